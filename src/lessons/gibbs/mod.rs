//! Lesson: Gibbs' inequality (`#/gibbs?p=…&q=…&unit=…&step=…`). Two editable distributions
//! over the same outcomes, the gap Σ p·log p − Σ p·log q live, and the seminar's proof tied to
//! two figures: log x ≤ x − 1 with the ratios qᵢ/pᵢ, and the per-index bound as bars.

mod exercises;
mod figures;
mod text;

use leptos::prelude::*;

use crate::components::{cue, tr, use_params};
use crate::math::divergence::{cross_entropy, kl};
use crate::math::{entropy, simplex};
use crate::params::Notice;
use crate::route::Query;

use super::dists::{Dists, DistsParams, amount_readout};
use super::{Lesson, Part};

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "gibbs",
    part: Part::Derivations,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    lab: false,
    view: || view! { <GibbsLesson/> }.into_any(),
};

const NAMES: &[&str] = &["p", "q"];

/// The lesson's parameters from the URL.
fn read(q: &Query) -> (DistsParams, Vec<Notice>) {
    DistsParams::from_query(q, &crate::params::pages::GIBBS, NAMES)
}

#[component]
fn GibbsLesson() -> impl IntoView {
    let pp = use_params(&[crate::params::pages::GIBBS], read);
    let d = Dists::new(pp.params, NAMES);
    let [p, q, _] = d.shown;
    let (unit, step) = (d.unit, d.step);

    // Numbers (nats inside, the unit on display).
    let h = Memo::new(move |_| p.with(|p| entropy(p, unit.get())));
    let cross = Memo::new(move |_| {
        unit.get()
            .from_nats(p.with(|p| q.with(|q| cross_entropy(p, q))))
    });
    let gap = Memo::new(move |_| unit.get().from_nats(p.with(|p| q.with(|q| kl(p, q)))));
    let infinite_gap = Signal::derive(move || gap.get() == f64::INFINITY);
    let one_hot_p = Signal::derive(move || p.with(|p| p.contains(&1.0)));

    let random_q = move |_| {
        let mut rng = crate::data::Rng::new(js_sys::Date::now() as u64);
        d.set(1, simplex::random(&mut rng, p.with_untracked(Vec::len)));
    };
    let make_equal = move |_| d.set(1, p.get_untracked());
    let buttons = view! {
        <button type="button" data-testid="random-q" on:click=random_q>{tr(text::RANDOM)}</button>
        <button type="button" data-testid="make-equal" class:cue=cue(step, &[7]) on:click=make_equal>
            {tr(text::MAKE_EQUAL)}
        </button>
    };
    let rest = view! {
        <div class="readouts" class:cue=cue(step, &[2, 7])>
            {amount_readout("entropy", text::ENTROPY, h, d.unit_name)}
            {amount_readout("cross-entropy", text::CROSS, cross, d.unit_name)}
            {amount_readout("gibbs-gap", text::GAP, gap, d.unit_name)}
        </div>
        <Show when=move || infinite_gap.get()>
            <p class="notice" role="status" data-testid="gap-infinite">{tr(text::INFINITE_GAP)}</p>
        </Show>
        <Show when=move || gap.get() == 0.0>
            <p class="notice" role="status" data-testid="gap-zero">{tr(text::ZERO_GAP)}</p>
        </Show>
        <Show when=move || one_hot_p.get()>
            <p class="hint" role="status" data-testid="one-hot-p">{tr(text::ONE_HOT_P)}</p>
        </Show>
    };
    let grid = view! {
        {d.playground(text::PLAYGROUND, text::PLAYGROUND_HINT, buttons.into_any(), rest.into_any())}
        {figures::figures(d)}
    };
    let checks = (vec![("infinite-gap", infinite_gap)], vec![]);
    d.frame(&LESSON, pp, grid.into_any(), &exercises::EXERCISES, checks)
}

#[cfg(test)]
mod tests {
    #[test]
    fn exercises_are_valid() {
        assert_eq!(
            crate::exercise::validate(&super::exercises::EXERCISES),
            Ok(())
        );
    }
}
