//! Lab: a 1-D GAN trained live against the exact theory (`#/gan-1d?data=…&seed=…&steps=N&
//! autorun=1`). The model trains in the worker; the page pushes the noise density through the
//! generator's graph to get p_g exactly, and draws the optimal D* and C(G) = 2·JS − log 4 for
//! it beside the trained D and V(D, G).
//!
//! What is pure lives here (the URL), so it is tested natively. The page (lab bundle only) is
//! `Gan1dLab` below, composed of its state (`state.rs`: parameters, run, what is derived from
//! the snapshots, computed in `derive.rs`), `figures.rs` and `readouts.rs`; its words are in
//! `text.toml`, its exercises in `exercises.rs`. What it shares with the other GAN labs is
//! `gan_2d::kit`.

super::lab_lesson! {
    slug: "gan-1d",
    part: Derivations,
    page: Gan1dLab,
    modules: [derive, figures, readouts, state],
}

#[cfg(feature = "labs")]
use leptos::prelude::*;

use crate::data::Mixture;
use crate::params::Notice;
use crate::params::gan::GanLabParams;
use crate::params::mixture::mixture_param;
use crate::route::Query;
use crate::spec::GanConfig;

/// Default p_data: N(1, 0.5²), which the default GAN learns within ~3 000 iterations.
pub const DEFAULT_DATA: &str = crate::params::pages::GAN_1D.default_of("data");

/// The lab's parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// p_data.
    pub data: Mixture,
    /// The model and run.
    pub run: GanLabParams,
}

/// Reads the URL.
pub fn read(q: &Query) -> (Params, Vec<Notice>) {
    let mut notices = Vec::new();
    let data = mixture_param(q, &crate::params::pages::GAN_1D.row("data"), &mut notices);
    let (run, more) = GanLabParams::from_query(q, GanConfig::default_1d(1));
    notices.extend(more);
    (Params { data, run }, notices)
}

/// The lab: the run's controls and readouts over the figures, the model's settings, presets
/// one click away, export and exercises.
#[cfg(feature = "labs")]
#[component]
fn Gan1dLab() -> impl IntoView {
    use crate::components::tr;
    use crate::lessons::gan_2d::kit::{gan_share_link, lab_foot, lab_head, lab_stage, losses_plot};
    use crate::lessons::lab::{ExportBar, GanSettings};

    let lab = state::use_lab();
    let figures = vec![
        ("plot-densities", text::DENSITIES),
        ("plot-d", text::D_TITLE),
        ("plot-v", text::V_TITLE),
        ("plot-losses", text::LOSS_TITLE),
    ];
    view! {
        <article class="lesson lab" data-testid="lesson-gan-1d">
            {lab_head(text::TITLE, lab.pp.notices, lab.pp.reset, lab.run)}
            {lab_stage(text::LEAD, figures::densities(lab), readouts::readouts(lab))}
            <div class="lab-grid">
                {figures::discriminator(lab)}
                {figures::value(lab)}
                <section aria-labelledby="lab-losses">
                    <h2 id="lab-losses">{tr(text::LOSS_TITLE)}</h2>
                    {losses_plot(lab.run, false, text::LOSS_CAPTION, 0.45)}
                </section>
            </div>
            <GanSettings config=lab.config/>
            {try_buttons()}
            <p class="hint">{tr(text::EXPLAIN)}</p>
            <ExportBar run=lab.run figures=figures stem="gan-1d" extra="c_of_g" link=gan_share_link(lab.pp.params, lab.run)/>
            {lab_foot("gan-1d", text::TITLE, &exercises::EXERCISES)}
        </article>
    }
}

/// "Try": presets one click away (each writes its pairs into the URL).
#[cfg(feature = "labs")]
fn try_buttons() -> impl IntoView {
    use crate::components::{tr, use_page};

    const BIMODAL: &[(&str, &str)] = &[("data", "0.5:-1.5:0.4,0.5:1.5:0.4")];
    const MINIMAX: &[(&str, &str)] = &[("loss", "minimax")];
    const DIVERGE: &[(&str, &str)] = &[
        ("loss", "least-squares"),
        ("g-opt", "sgd"),
        ("d-opt", "sgd"),
        ("g-lr", "1"),
        ("d-lr", "1"),
    ];
    let page = use_page();
    let button = move |id: &'static str, pairs: &'static [(&'static str, &'static str)], name| {
        let set = move |_| page.update_query(|q| pairs.iter().for_each(|(k, v)| q.set(k, *v)));
        view! { <button type="button" data-testid=id on:click=set>{tr(name)}</button> }
    };
    view! {
        <div class="controls try">
            <span>{tr(text::TRY)} ":"</span>
            {button("try-bimodal", BIMODAL, text::TRY_BIMODAL)}
            {button("try-minimax", MINIMAX, text::TRY_MINIMAX)}
            {button("try-diverge", DIVERGE, text::TRY_DIVERGE)}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::validate;

    #[test]
    fn reads_the_url_and_its_exercises_are_valid() {
        let (p, n) = read(&Query::parse(
            "data=0.5:-1:0.3,0.5:1:0.3&seed=9&steps=500&autorun=1",
        ));
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(p.data.components().len(), 2);
        assert_eq!(
            (p.run.config.seed, p.run.steps, p.run.autorun),
            (9, Some(500), true)
        );
        let (p, n) = read(&Query::parse("data=1:0&d-lr=abc"));
        assert_eq!(n.len(), 2);
        assert_eq!(
            p.data,
            Mixture::parse(DEFAULT_DATA).unwrap_or_else(|e| panic!("{e}"))
        );
        validate(&exercises::EXERCISES).unwrap_or_else(|e| panic!("{e}"));
    }
}
