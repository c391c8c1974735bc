//! The JS lesson's distances and figures: D_JS and √D_JS for the three pairs (in the unit), the
//! mixture M of P and Q (step 1), D_JS(P‖Q) on its gauge up to log 2 (step 2), and the
//! triangle of √JS distances (steps 4 and 7).

use leptos::prelude::*;

use crate::components::{Area, PlotCanvas, cue, use_page};
use crate::i18n::format_number;
use crate::math::Unit;
use crate::math::divergence::{js, mixture, sqrt_js};
use crate::plot::divergence::{GaugeFigure, TriangleFigure, draw_bars, draw_gauge, draw_triangle};

use super::text;
use crate::lessons::dists::{Dists, by_outcome, label, outcome_bars};

/// The pairs of the triangle, in the readouts' order: (P, Q), (Q, R), (P, R).
const PAIRS: [(usize, usize); 3] = [(0, 1), (1, 2), (0, 2)];

/// D_JS and √D_JS of each pair, in the chosen unit (√JS as √(JS in that unit)).
#[derive(Clone, Copy)]
pub struct Distances {
    /// D_JS(P‖Q), D_JS(Q‖R), D_JS(P‖R).
    pub js: [Memo<f64>; 3],
    /// √D_JS of the same pairs.
    pub sqrt: [Memo<f64>; 3],
}

impl Distances {
    /// The distances between the editors' distributions.
    pub fn new(d: Dists) -> Distances {
        let unit = d.unit;
        let js = PAIRS.map(|(a, b)| {
            let (a, b) = (d.shown[a], d.shown[b]);
            Memo::new(move |_| unit.get().from_nats(a.with(|a| b.with(|b| js(a, b)))))
        });
        let sqrt = PAIRS.map(|(a, b)| {
            let (a, b) = (d.shown[a], d.shown[b]);
            Memo::new(move |_| {
                let nats = a.with(|a| b.with(|b| sqrt_js(a, b)));
                if unit.get() == Unit::Bits {
                    nats / std::f64::consts::LN_2.sqrt()
                } else {
                    nats
                }
            })
        });
        Distances { js, sqrt }
    }
}

/// The three figures, each lit at its steps.
pub fn figures(d: Dists, dist: Distances) -> impl IntoView {
    let page = use_page();
    let [p, q, _] = d.shown;
    let [js_pq, _, _] = dist.js;
    let [sq_pq, sq_qr, sq_pr] = dist.sqrt;
    let fmt = move |v: f64| format_number(v, 4, page.lang.get());
    let columns = move || {
        let (pv, qv) = (p.get(), q.get());
        let m = mixture(&pv, &qv);
        [pv, qv, m]
    };
    let draw_mix = move |area: &Area, scale| {
        let [pv, qv, m] = columns();
        let fig = outcome_bars(
            vec![("P".into(), pv), ("Q".into(), qv), ("M".into(), m)],
            page.t(text::PROBABILITY).into(),
        );
        draw_bars(area, &fig, scale)
    };
    let mix_alt = Signal::derive(move || {
        let list = by_outcome(&columns(), " / ", page.lang.get());
        page.t(text::MIX_ALT).replace("{t}", &list)
    });
    let bound = Signal::derive(move || d.unit.get().from_nats(std::f64::consts::LN_2));
    let draw_js_gauge = move |area: &Area, scale| {
        let fig = GaugeFigure {
            value: js_pq.get(),
            max: bound.get(),
            max_label: format!("log 2 = {}", fmt(bound.get())),
            label: format!("D_JS = {}", fmt(js_pq.get())),
        };
        draw_gauge(area, &fig, scale)
    };
    let gauge_alt = Signal::derive(move || {
        d.with_unit(text::GAUGE_ALT)
            .replace("{v}", &fmt(js_pq.get()))
            .replace("{b}", &fmt(bound.get()))
    });
    let draw_tri = move |area: &Area, scale| {
        let fig = TriangleFigure {
            pq: sq_pq.get(),
            qr: sq_qr.get(),
            pr: sq_pr.get(),
        };
        draw_triangle(area, &fig, scale)
    };
    let tri_alt = Signal::derive(move || {
        d.with_unit(text::TRIANGLE_ALT)
            .replace("{pq}", &fmt(sq_pq.get()))
            .replace("{qr}", &fmt(sq_qr.get()))
            .replace("{pr}", &fmt(sq_pr.get()))
    });
    let step = d.step;
    view! {
        <section class="figures">
            <div class:cue=cue(step, &[1])>
                <PlotCanvas name="plot-mixture" draw=draw_mix label=mix_alt caption=label(text::MIX_CAPTION)/>
            </div>
            <div class:cue=cue(step, &[2])>
                <PlotCanvas name="plot-gauge" draw=draw_js_gauge label=gauge_alt caption=label(text::GAUGE_CAPTION) aspect=0.22/>
            </div>
            <div class:cue=cue(step, &[4, 7])>
                <PlotCanvas name="plot-triangle" draw=draw_tri label=tri_alt caption=label(text::TRIANGLE_CAPTION) aspect=0.5/>
            </div>
        </section>
    }
}
