//! The conditional GAN lab's page (lab bundle): the run and its readouts, the field by class,
//! the objective with the per-class distances, the losses, the data (or drawn points), the
//! hyperparameters, export and exercises. The parts are in `state`, `figures`, `readouts` and
//! `draw`; this composes them.

use leptos::prelude::*;

use super::state::{Lab, use_lab};
use super::{draw, exercises, figures, readouts, text};
use crate::app::link_to;
use crate::components::{Math, RichText, tr, use_page};
use crate::lessons::gan_2d::kit::{gan_share_link, lab_foot, lab_head, lab_stage, losses_plot};
use crate::lessons::lab::{ExportBar, GanSettings};

/// The objective and, under it, the per-class distances.
fn objective(lab: Lab) -> impl IntoView {
    let page = use_page();
    let derivation = Signal::derive(move || link_to(&page.route.get(), "cgan-objective"));
    view! {
        <section aria-labelledby="lab-objective">
            <h2 id="lab-objective">{tr(text::OBJECTIVE)}</h2>
            <p><RichText text=Signal::derive(move || page.t(text::OBJECTIVE_STEP.text))/></p>
            {text::OBJECTIVE_STEP.tex.map(|tex| view! { <Math tex=tex display=true/> })}
            {text::OBJECTIVE_NOTES.iter().map(|t| view! {
                <p class="hint"><RichText text=Signal::derive(move || page.t(*t))/></p>
            }).collect_view()}
            <p class="proof-link"><a href=derivation data-testid="link-cgan-objective">{tr(text::OBJECTIVE_LINK)} " →"</a></p>
            {readouts::distance_table(lab)}
        </section>
    }
}

/// The lab.
#[component]
pub fn CganLab() -> impl IntoView {
    let lab = use_lab();
    let figures = vec![("plot-field", text::FIELD), ("plot-losses", text::LOSSES)];
    let link = gan_share_link(lab.pp.params, lab.run);
    view! {
        <article class="lesson lab" data-testid="lesson-cgan-lab">
            {lab_head(text::TITLE, lab.pp.notices, lab.pp.reset, lab.run)}
            {lab_stage(text::LEAD, figures::field(lab), readouts::modes(lab))}
            <div class="lab-grid">
                {objective(lab)}
                <section aria-labelledby="lab-losses">
                    <h2 id="lab-losses">{tr(text::LOSSES)}</h2>
                    {losses_plot(lab.run, false, text::LOSS_CAPTION, 0.5)}
                </section>
            </div>
            {draw::data_controls(lab)}
            <GanSettings config=lab.config/>
            <ExportBar run=lab.run figures=figures stem="cgan-lab" extra="class_dist_mean" link=link/>
            {lab_foot("cgan-lab", text::TITLE, &exercises::EXERCISES)}
        </article>
    }
}
