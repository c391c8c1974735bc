//! The Gibbs lesson's figures, tied to the derivation: log x ≤ x − 1 with the ratios qᵢ/pᵢ
//! (step 3 lights the bound), and the per-index bound as bars (step 4 greys i ∉ I, step 5
//! compares the bars, step 6 rings the pᵢ = 0 indices).

use leptos::prelude::*;

use crate::components::{Area, PlotCanvas, cue, use_page};
use crate::i18n::format_number;
use crate::math::divergence::gibbs_terms;
use crate::plot::divergence::{LogBoundFigure, draw_bars, draw_log_bound};

use super::text;
use crate::lessons::dists::{Dists, by_outcome, label, outcome_bars};

/// The two figures, each lit at its steps.
pub fn figures(d: Dists) -> impl IntoView {
    let page = use_page();
    let [p, q, _] = d.shown;
    let (unit, step) = (d.unit, d.step);
    // The ratios qᵢ/pᵢ over I = {i : pᵢ > 0}, numbered from 1.
    let ratios = move || -> Vec<(usize, f64)> {
        p.with(|p| {
            q.with(|q| {
                p.iter()
                    .zip(q)
                    .enumerate()
                    .filter(|(_, (pi, _))| **pi > 0.0)
                    .map(|(i, (pi, qi))| (i + 1, qi / pi))
                    .collect()
            })
        })
    };
    let draw_bound = move |area: &Area, scale| {
        let fig = LogBoundFigure {
            ratios: ratios(),
            highlight: step.get() == 3,
        };
        draw_log_bound(area, &fig, scale)
    };
    let bound_alt = Signal::derive(move || {
        let l = page.lang.get();
        let r = ratios()
            .iter()
            .map(|(i, r)| format!("{i}: {}", format_number(*r, 4, l)))
            .collect::<Vec<_>>()
            .join("; ");
        page.t(text::BOUND_ALT).replace("{r}", &r)
    });
    // Both sides of each term in the unit.
    let sides = move || {
        let u = unit.get();
        let terms = p.with(|p| q.with(|q| gibbs_terms(p, q)));
        let lhs = terms.iter().map(|t| u.from_nats(t.lhs)).collect();
        let rhs = terms.iter().map(|t| u.from_nats(t.rhs)).collect();
        (terms, [lhs, rhs])
    };
    let draw_terms = move |area: &Area, scale| {
        let (terms, [lhs, rhs]) = sides();
        let s = step.get();
        let mut fig = outcome_bars(
            vec![(text::LHS.into(), lhs), (text::RHS.into(), rhs)],
            d.with_unit(text::TERMS_AXIS),
        );
        fig.greyed = terms.iter().map(|t| s >= 4 && !t.in_support).collect();
        fig.highlighted = terms
            .iter()
            .map(|t| (s == 6 && !t.in_support) || (s == 5 && t.lhs == f64::NEG_INFINITY))
            .collect();
        draw_bars(area, &fig, scale)
    };
    let terms_alt = Signal::derive(move || {
        let list = by_outcome(&sides().1, " ≤ ", page.lang.get());
        page.t(text::TERMS_ALT)
            .replace("{y}", &d.with_unit(text::TERMS_AXIS))
            .replace("{t}", &list)
    });
    view! {
        <section class="figures">
            <div class:cue=cue(step, &[3])>
                <PlotCanvas name="plot-bound" draw=draw_bound label=bound_alt
                    caption=label(text::BOUND_CAPTION)/>
            </div>
            <div class:cue=cue(step, &[4, 5, 6])>
                <PlotCanvas name="plot-terms" draw=draw_terms label=terms_alt
                    caption=label(text::TERMS_CAPTION)/>
            </div>
        </section>
    }
}
