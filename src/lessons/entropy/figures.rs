//! The entropy lesson's figures, tied to the derivation: the terms −pᵢ·log pᵢ on the curve
//! (step 4 rings (1, 0)), and the limit x·log x → 0 with its probe slider (step 5 lights it).

use leptos::prelude::*;

use crate::components::{Area, PlotCanvas, Readout, cue, tr, use_page};
use crate::math::{Unit, xlogx};
use crate::plot::xlogx::{LimitFigure, TermsFigure, draw_limit, draw_terms};

use super::params::X_MIN;
use super::text;
use crate::i18n::format_number;
use crate::lessons::dists::{Dists, amount, label, numbers};

/// The terms of p on −x·log x, with the entropy `h` in its text alternative.
pub fn terms(d: Dists, h: Memo<f64>) -> impl IntoView {
    let page = use_page();
    let (p, unit, step) = (d.shown[0], d.unit, d.step);
    let term_axis = move || {
        if unit.get() == Unit::Bits {
            text::TERM_AXIS_BITS
        } else {
            text::TERM_AXIS_NATS
        }
    };
    let draw = move |area: &Area, scale| {
        let fig = TermsFigure {
            p: p.get(),
            unit: unit.get(),
            highlight_one: step.get() == 4,
            y_label: term_axis().into(),
        };
        draw_terms(area, &fig, scale)
    };
    let alt = Signal::derive(move || {
        let l = page.lang.get();
        page.t(text::TERMS_ALT)
            .replace("{y}", term_axis())
            .replace("{p}", &p.with(|p| numbers(p, l, "; ")))
            .replace("{h}", &amount(h.get(), 6, unit.get(), l))
    });
    view! { <PlotCanvas name="plot-terms" draw=draw label=alt caption=label(text::TERMS_CAPTION)/> }
}

/// The limit section: a slider for the probe x (a draft while dragging, the URL on release),
/// its readouts and the x·log x curve.
pub fn limit(x_url: Memo<f64>, step: Signal<usize>) -> impl IntoView {
    let page = use_page();
    let x_draft = RwSignal::new(None::<f64>);
    let x = Memo::new(move |_| x_draft.get().unwrap_or_else(|| x_url.get()));
    let x_log_x = Memo::new(move |_| xlogx(x.get()));
    let slider_x = move |ev: &leptos::ev::Event| {
        event_target_value(ev)
            .parse::<f64>()
            .ok()
            .map(|e| 10f64.powf(e).clamp(X_MIN, 1.0))
    };
    let draw = move |area: &Area, scale| {
        let fig = LimitFigure {
            x: x.get(),
            highlight: step.get() == 5,
            x_label: page.t(text::X_AXIS_LOG).into(),
        };
        draw_limit(area, &fig, scale)
    };
    let alt = Signal::derive(move || {
        let l = page.lang.get();
        page.t(text::LIMIT_ALT)
            .replace("{x}", &format_number(x.get(), 4, l))
            .replace("{v}", &format_number(x_log_x.get(), 4, l))
    });
    view! {
        <section class="limit" aria-labelledby="limit-title" class:cue=cue(step, &[5])>
            <h2 id="limit-title">{tr(text::LIMIT)}</h2>
            <label class="slider">
                <span>{tr(text::PROBE)}</span>
                <input type="range" min="-12" max="0" step="0.1" data-testid="x-slider"
                    prop:value=move || format!("{:.1}", x.get().log10())
                    on:input=move |ev| x_draft.set(slider_x(&ev))
                    on:change=move |ev| {
                        x_draft.set(None);
                        if let Some(v) = slider_x(&ev) {
                            page.update_query(|q| q.set("x", format!("{v:e}")));
                        }
                    }/>
            </label>
            <div class="readouts">
                <Readout name="x" label=Signal::derive(|| "x =".to_string()) value=x digits=3/>
                <Readout name="x-log-x" label=Signal::derive(|| "x·ln x =".to_string()) value=x_log_x digits=4/>
            </div>
            <PlotCanvas name="plot-limit" draw=draw label=alt caption=label(text::LIMIT_CAPTION)/>
        </section>
    }
}
