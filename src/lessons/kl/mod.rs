//! Lesson: divergences and Kullback–Leibler (`#/kl?p=…&q=…&gp=μ:σ&gq=μ:σ&unit=…&step=…`).
//! Both directions of KL side by side with per-outcome contributions (∞ shown as ∞, with its
//! reason), and a continuous panel: two Gaussians with the closed-form KL.

mod exercises;
mod figures;
mod gauss;
mod text;

use leptos::prelude::*;

use crate::components::{cue, subscript, tr, use_page, use_params};
use crate::math::divergence::kl;
use crate::params::Notice;
use crate::params::pages::{KL, KL_GP, KL_GQ};
use crate::route::Query;

use super::dists::{Dists, DistsParams, amount_readout};
use super::{Lesson, Part};
use gauss::{Gauss, gauss_param};

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "kl",
    part: Part::Derivations,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    lab: false,
    view: || view! { <KlLesson/> }.into_any(),
};

const NAMES: &[&str] = &["p", "q"];

/// The lesson's parameters: the discrete pair and the two Gaussians.
#[derive(Clone, Debug, PartialEq)]
pub struct KlParams {
    /// p, q, the unit and the step.
    pub dists: DistsParams,
    /// P's Gaussian (`gp`).
    pub gp: Gauss,
    /// Q's Gaussian (`gq`).
    pub gq: Gauss,
}

/// The lesson's parameters from the URL.
fn read(q: &Query) -> (KlParams, Vec<Notice>) {
    let (dists, mut notices) = DistsParams::from_query(q, &KL, NAMES);
    let gp = gauss_param(q, &KL_GP, &mut notices);
    let gq = gauss_param(q, &KL_GQ, &mut notices);
    (KlParams { dists, gp, gq }, notices)
}

#[component]
fn KlLesson() -> impl IntoView {
    let page = use_page();
    let pp = use_params(&[KL], read);
    let d = Dists::new(pp.field(|k| k.dists.clone()), NAMES);
    let [p, q, _] = d.shown;
    let (unit, step) = (d.unit, d.step);

    let kl_pq = Memo::new(move |_| unit.get().from_nats(p.with(|p| q.with(|q| kl(p, q)))));
    let kl_qp = Memo::new(move |_| unit.get().from_nats(p.with(|p| q.with(|q| kl(q, p)))));
    // The first outcome that makes a direction infinite (1-based), for the reason line.
    let missing = move |a: &[f64], b: &[f64]| {
        a.iter()
            .zip(b)
            .position(|(x, y)| *x > 0.0 && *y == 0.0)
            .map(|i| i + 1)
    };
    let inf_pq = Memo::new(move |_| p.with(|p| q.with(|q| missing(p, q))));
    let inf_qp = Memo::new(move |_| p.with(|p| q.with(|q| missing(q, p))));
    let one_way = Signal::derive(move || kl_pq.get() == f64::INFINITY && kl_qp.get().is_finite());
    let swap = move |_| d.load(&[q.get_untracked(), p.get_untracked()]);

    let buttons = view! {
        <button type="button" data-testid="swap" class:cue=cue(step, &[4]) on:click=swap>{tr(text::SWAP)}</button>
    };
    let rest = view! {
        <div class="readouts" class:cue=cue(step, &[2, 3, 4])>
            {amount_readout("kl-pq", text::KL_PQ, kl_pq, d.unit_name)}
            {amount_readout("kl-qp", text::KL_QP, kl_qp, d.unit_name)}
        </div>
        {move || inf_pq.get().map(|i| view! {
            <p class="notice" role="status" data-testid="kl-pq-infinite">{page.t(text::INF_PQ).replace("{i}", &subscript(i))}</p>
        })}
        {move || inf_qp.get().map(|i| view! {
            <p class="notice" role="status" data-testid="kl-qp-infinite">{page.t(text::INF_QP).replace("{i}", &subscript(i))}</p>
        })}
        <div class:cue=cue(step, &[4])>
            {figures::terms(d)}
        </div>
    };
    let grid = view! {
        {d.playground(text::PLAYGROUND, text::PLAYGROUND_HINT, buttons.into_any(), rest.into_any())}
        {gauss::panel(pp.field(|k| (k.gp, k.gq)), d)}
    };
    let checks = (vec![("one-way-infinite", one_way)], vec![]);
    d.frame(&LESSON, pp, grid.into_any(), &exercises::EXERCISES, checks)
}

#[cfg(test)]
mod tests {
    use super::gauss::{format_gauss, parse_gauss};
    use super::*;

    #[test]
    fn gaussians_from_the_url() {
        assert_eq!(parse_gauss("gp", "0.5:2"), Ok((0.5, 2.0)));
        assert!(parse_gauss("gp", "0.5").is_err());
        assert!(parse_gauss("gp", "0:0").is_err(), "σ must be positive");
        assert!(parse_gauss("gp", "9:1").is_err(), "μ out of range");
        assert!(parse_gauss("gp", "a:b").is_err());
        assert_eq!(format_gauss((0.1 + 0.2, 1.0)), "0.3:1");
    }

    #[test]
    fn reads_the_url() {
        let q = Query::parse("p=0.2,0.8&gq=2:0.5&gp=9:1");
        let (k, notices) = read(&q);
        assert_eq!(k.dists.dists, vec![vec![0.2, 0.8], vec![0.25, 0.75]]);
        assert_eq!((k.gp, k.gq), ((0.0, 1.0), (2.0, 0.5)));
        assert_eq!(notices.len(), 1, "{notices:?}");
    }

    #[test]
    fn exercises_are_valid() {
        assert_eq!(crate::exercise::validate(&exercises::EXERCISES), Ok(()));
    }
}
