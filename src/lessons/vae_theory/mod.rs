//! Lesson: the VAE and the reparametrization trick
//! (`#/vae-theory?trick=1|0&f=square|sin&mu=…&sigma=…&c=…&n=…&seed=…&step=…`).
//! The seminar's scheme as a static SVG whose marks follow the trick toggle (`figures`), and a
//! numeric demo of ∂/∂μ E[f(z)] by the pathwise, score-function and finite-difference
//! estimators with their spread over repeated batches (`demo`, [`crate::math::vae`]), with its
//! `controls` and `readouts`. The URL holds the state (`state`); `text` and `exercises` the words.

mod controls;
mod demo;
mod exercises;
mod figures;
mod readouts;
mod state;
mod text;

use leptos::prelude::*;

use crate::components::{cue, tr};

use super::gan_common::TheoryPage;
use super::{Lesson, Part};
use state::State;

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "vae-theory",
    part: Part::Vae,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    lab: false,
    view: || view! { <VaeTheoryLesson/> }.into_any(),
};

#[component]
fn VaeTheoryLesson() -> impl IntoView {
    let s = state::use_state();
    view! {
        <TheoryPage lesson=&LESSON step=s.step notices=s.pp.notices reset=s.pp.reset
            exercises=&exercises::EXERCISES checks=vec![("noisy-score", exercises::noisy_score(s))]>
            {figures::scheme_panel(s)}
            {demo_panel(s)}
        </TheoryPage>
    }
}

/// The gradient estimators' demo: its controls and readouts (lit at step 6).
fn demo_panel(s: State) -> impl IntoView {
    view! {
        <section class="vae-panel" aria-labelledby="vae-demo-title" class:cue=cue(s.step, &[6])>
            <h2 id="vae-demo-title">{tr(text::DEMO)}</h2>
            <p class="hint">{tr(text::DEMO_HINT)}</p>
            {controls::sliders(s)}
            {controls::resample(s)}
            {readouts::table(s)}
            {readouts::kl_prior(s)}
        </section>
    }
}
