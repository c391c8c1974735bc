//! Lesson: entropy of a one-hot vector (`#/entropy`). The page composes the shared editors
//! ([`Dists`]) with this lesson's buttons and readouts, its [`figures`] and the closing "why".

mod figures;
mod params;
mod text;

pub use params::EntropyParams;

use leptos::prelude::*;

use crate::components::{Math, RichText, cue, tr, use_page, use_params};
use crate::math::{entropy, simplex};
use crate::route::Query;

use super::dists::{Dists, amount_readout};
use super::{Lesson, Part};

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "entropy",
    part: Part::Derivations,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    lab: false,
    view: || view! { <EntropyLesson/> }.into_any(),
};

/// The lesson's parameters from the URL.
fn read(q: &Query) -> (EntropyParams, Vec<crate::params::Notice>) {
    EntropyParams::from_query(q)
}

#[component]
fn EntropyLesson() -> impl IntoView {
    let pp = use_params(&[crate::params::pages::ENTROPY], read);
    let d = Dists::new(pp.field(|e| e.dists.clone()), &["p"]);
    let (p, unit, step) = (d.shown[0], d.unit, d.step);
    let h = Memo::new(move |_| p.with(|p| entropy(p, unit.get())));
    let h_max = Memo::new(move |_| unit.get().from_nats((p.with(Vec::len) as f64).ln()));
    let one_hot = move |_| {
        d.set(
            0,
            simplex::one_hot(
                p.with_untracked(Vec::len),
                p.with_untracked(|p| simplex::argmax(p)),
            ),
        )
    };
    let uniform = move |_| d.set(0, simplex::uniform(p.with_untracked(Vec::len)));
    let buttons = view! {
        <button type="button" data-testid="one-hot" class:cue=cue(step, &[3, 6]) on:click=one_hot>
            {tr(text::ONE_HOT)}
        </button>
        <button type="button" data-testid="uniform" on:click=uniform>{tr(text::UNIFORM)}</button>
    };
    let rest = view! {
        <div class="readouts" class:cue=cue(step, &[6])>
            {amount_readout("entropy", text::ENTROPY, h, d.unit_name)}
            {amount_readout("entropy-max", text::ENTROPY_MAX, h_max, d.unit_name)}
        </div>
        {figures::terms(d, h)}
    };
    let grid = view! {
        {d.playground(text::PLAYGROUND, text::PLAYGROUND_HINT, buttons.into_any(), rest.into_any())}
        {figures::limit(pp.field(|e| e.x), step)}
        {why(step)}
    };
    d.frame(&LESSON, pp, grid.into_any(), &[], Default::default())
}

/// Why the one-hot vector has zero entropy (lit at step 6).
fn why(step: Signal<usize>) -> impl IntoView {
    let page = use_page();
    view! {
        <section class="why" aria-labelledby="why-title" data-testid="why-one-hot" class:cue=cue(step, &[6])>
            <h2 id="why-title">{tr(text::WHY_TITLE)}</h2>
            <p><RichText text=Signal::derive(move || page.t(text::WHY.text))/></p>
            {text::WHY.tex.map(|tex| view! { <Math tex=tex display=true/> })}
            <p><RichText text=Signal::derive(move || page.t(text::WHY_AFTER))/></p>
        </section>
    }
}
