//! The KL lesson's figure of contributions: pᵢ·log(pᵢ/qᵢ) and qᵢ·log(qᵢ/pᵢ) per outcome, in
//! the unit; step 4 rings the outcomes that make a direction infinite.

use leptos::prelude::*;

use crate::components::{Area, PlotCanvas, use_page};
use crate::math::divergence::kl_terms;
use crate::plot::divergence::draw_bars;

use super::text;
use crate::lessons::dists::{Dists, by_outcome, label, outcome_bars};

/// The bars of both directions' contributions.
pub fn terms(d: Dists) -> impl IntoView {
    let page = use_page();
    let [p, q, _] = d.shown;
    let (unit, step) = (d.unit, d.step);
    // Both directions' contributions in the unit.
    let both = move || {
        let u = unit.get();
        let to_unit = |v: Vec<f64>| v.into_iter().map(|x| u.from_nats(x)).collect::<Vec<_>>();
        let (a, b) = p.with(|p| q.with(|q| (kl_terms(p, q), kl_terms(q, p))));
        [to_unit(a), to_unit(b)]
    };
    let draw = move |area: &Area, scale| {
        let [a, b] = both();
        let s = step.get();
        let highlighted = a
            .iter()
            .zip(&b)
            .map(|(x, y)| s == 4 && (x.is_infinite() || y.is_infinite()))
            .collect();
        let mut fig = outcome_bars(
            vec![("p·log(p/q)".into(), a), ("q·log(q/p)".into(), b)],
            d.with_unit(text::TERMS_AXIS),
        );
        fig.highlighted = highlighted;
        draw_bars(area, &fig, scale)
    };
    let alt = Signal::derive(move || {
        let list = by_outcome(&both(), " / ", page.lang.get());
        page.t(text::TERMS_ALT)
            .replace("{y}", &d.with_unit(text::TERMS_AXIS))
            .replace("{t}", &list)
    });
    view! { <PlotCanvas name="plot-kl-terms" draw=draw label=alt caption=label(text::TERMS_CAPTION)/> }
}
