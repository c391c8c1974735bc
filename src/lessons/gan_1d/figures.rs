//! The 1-D lab's figures: p_data against the generated samples and the exact p_g, the trained D
//! against D*, and V(D, G) against C(G) over training; each with its text alternative and a
//! link to the theory lesson's step it illustrates.

use leptos::prelude::*;

use super::derive::LOG4;
use super::readouts::dstar_readouts;
use super::state::Lab;
use super::text;
use crate::app::link_to;
use crate::components::{Area, MixtureEditor, PlotCanvas, tr, use_page};
use crate::data::Mixture;
use crate::i18n::format_number;
use crate::lessons::gan_2d::kit::words;
use crate::lessons::gan_common::{
    DATA_COLOR, G_COLOR, THIRD_COLOR, c_from_js, curve, d_figure, fill,
};
use crate::lessons::lab::{ITERATION_AXIS, NATS_AXIS};
use crate::params::mixture::format_mixture;
use crate::plot::lines::{Curve, HLine, LinesFigure, draw_lines, sample};
use crate::plot::{HIGHLIGHT, INK, Scale};

/// `c` filled down to 0 (lightly).
fn filled(c: Curve) -> Curve {
    Curve { fill: true, ..c }
}

/// A link to a theory lesson's step, with this p_data and p_g as a Gaussian fit.
fn theory(lab: Lab, slug: &'static str, step: usize) -> Signal<String> {
    let page = use_page();
    let g_mean = lab.sampled.number(|s| s.mean);
    let g_std = lab.sampled.number(|s| s.std);
    Signal::derive(move || {
        let mut hash = link_to(&page.route.get(), slug);
        let g = Mixture::gaussian(
            (g_mean.get() * 1e3).round() / 1e3,
            (g_std.get() * 1e3).round().max(50.0) / 1e3,
        )
        .ok();
        hash.push_str(if hash.contains('?') { "&" } else { "?" });
        hash.push_str(&format!(
            "step={step}&data={}",
            format_mixture(&lab.committed.get())
        ));
        if let Some(g) = g.filter(|_| g_mean.get().is_finite()) {
            hash.push_str(&format!("&g={}", format_mixture(&g)));
        }
        hash
    })
}

/// "the theory lesson, this step →", to `slug`'s step `step`.
fn proof_link(lab: Lab, slug: &'static str, step: usize, id: &'static str) -> impl IntoView {
    view! { <a href=theory(lab, slug, step) data-testid=id>{tr(text::PROOF_LINK)} " →"</a> }
}

/// p_data, the samples' histogram and kernel estimate, and the exact p_g; p_data's editor.
pub fn densities(lab: Lab) -> impl IntoView {
    let page = use_page();
    let data = lab.data;
    let draw = move |area: &Area, scale: Scale| {
        let lang = scale.lang;
        let x = lab.range.get();
        let p_data = sample(x, 400, |t| data.value.with(|m| m.pdf(t)));
        let mut curves = vec![filled(curve("p_data", DATA_COLOR, p_data, false))];
        lab.sampled.with(|s| {
            if let Some(s) = s {
                let hist = curve(text::CURVE_HIST.get(lang), HIGHLIGHT, s.hist.clone(), false);
                curves.push(filled(hist));
                curves.push(curve(
                    text::CURVE_KDE.get(lang),
                    HIGHLIGHT,
                    s.kde.clone(),
                    false,
                ));
            }
        });
        lab.exact.with(|e| {
            if let Some(e) = e {
                curves.push(curve(
                    text::CURVE_PG.get(lang),
                    G_COLOR,
                    e.exact.clone(),
                    true,
                ));
            }
        });
        let fig = LinesFigure {
            x,
            curves,
            x_label: "x".into(),
            y_label: text::AXIS_DENSITY.get(lang).into(),
            ..LinesFigure::default()
        };
        draw_lines(area, &fig, scale)
    };
    let (g_mean, g_std) = (
        lab.sampled.number(|s| s.mean),
        lab.sampled.number(|s| s.std),
    );
    let alt = Signal::derive(move || {
        let (dm, ds) = data.value.with(|m| (m.mean(), m.std()));
        let values = [
            ("{dm}", dm),
            ("{ds}", ds),
            ("{gm}", g_mean.get()),
            ("{gs}", g_std.get()),
        ];
        fill(page.lang.get(), text::ALT, &values)
    });
    let outside = move || {
        lab.sampled.with(|s| {
            s.filter(|s| s.outside > 0.0).map(|s| {
                format!(
                    " · {} % {}",
                    format_number(100.0 * s.outside, 4, page.lang.get()),
                    page.t(text::OUTSIDE)
                )
            })
        })
    };
    view! {
        <section aria-labelledby="lab-densities">
            <h2 id="lab-densities">{tr(text::DENSITIES)}</h2>
            <PlotCanvas name="plot-densities" draw=draw label=alt caption=words(text::DENSITIES_CAPTION)/>
            <p class="proof-link">{proof_link(lab, "gan-objective", 3, "link-objective")} {outside}</p>
            <h3>{tr(text::DATA)}</h3>
            <MixtureEditor binding=data/>
        </section>
    }
}

/// The trained D against D* (drawn where the densities are not negligible), and where D* is
/// drawn.
pub fn discriminator(lab: Lab) -> impl IntoView {
    let page = use_page();
    let draw = move |area: &Area, scale| {
        let mut curves = Vec::new();
        lab.exact.with(|e| {
            if let Some(e) = e {
                curves.push(curve("D(x)", THIRD_COLOR, e.d.clone(), false));
                curves.push(curve("D*(x)", INK, e.dstar.clone(), true));
            }
        });
        draw_lines(area, &d_figure(lab.range.get(), curves, "D"), scale)
    };
    let (from, to) = (
        lab.exact.number(|e| e.dstar_span.0),
        lab.exact.number(|e| e.dstar_span.1),
    );
    let d_mean = lab.exact.number(|e| e.d_mean);
    let alt = Signal::derive(move || {
        let (from, to, lang) = (from.get(), to.get(), page.lang.get());
        let span = if from.is_finite() && to.is_finite() {
            fill(lang, text::D_SPAN, &[("{lo}", from), ("{hi}", to)])
        } else {
            text::D_SPAN_NONE.get(lang).to_string()
        };
        fill(lang, text::D_ALT, &[("{d}", d_mean.get())]).replace("{span}", &span)
    });
    view! {
        <section aria-labelledby="lab-d">
            <h2 id="lab-d">{tr(text::D_TITLE)}</h2>
            <PlotCanvas name="plot-d" draw=draw label=alt caption=words(text::D_CAPTION)/>
            {dstar_readouts(lab)}
            <p class="proof-link">{proof_link(lab, "optimal-d", 7, "link-optimal-d")}</p>
        </section>
    }
}

/// V(D, G) of the trained D and C(G) = 2·JS − log 4 over training, above the floor −log 4.
pub fn value(lab: Lab) -> impl IntoView {
    let page = use_page();
    let run = lab.run;
    let draw = move |area: &Area, scale: Scale| {
        let lang = scale.lang;
        let fig = run.history.with(|h| {
            let last = h.last().map_or(1.0, |r| r.iteration.max(1) as f64);
            let v: Vec<(f64, f64)> = h
                .iter()
                .filter(|r| r.v.is_finite())
                .map(|r| (r.iteration as f64, r.v))
                .collect();
            let c: Vec<(f64, f64)> = h
                .iter()
                .filter(|r| r.extra.is_finite())
                .map(|r| (r.iteration as f64, r.extra))
                .collect();
            let lo = v
                .iter()
                .chain(&c)
                .map(|p| p.1)
                .fold(-LOG4 - 0.1, f64::min)
                .max(-6.0);
            LinesFigure {
                x: (0.0, last),
                y: Some((lo, 0.05)),
                curves: vec![
                    curve("V(D, G)", THIRD_COLOR, v, false),
                    curve("C(G) = 2·JS − log 4", INK, c, true),
                ],
                hlines: vec![HLine {
                    y: -LOG4,
                    label: "−log 4".into(),
                }],
                x_label: ITERATION_AXIS.get(lang).into(),
                y_label: NATS_AXIS.get(lang).into(),
                ..LinesFigure::default()
            }
        });
        draw_lines(area, &fig, scale)
    };
    let (v, js) = (lab.exact.number(|e| e.v), lab.exact.number(|e| e.js));
    let alt = Signal::derive(move || {
        let values = [("{v}", v.get()), ("{c}", c_from_js(js.get()))];
        fill(page.lang.get(), text::V_ALT, &values)
    });
    view! {
        <section aria-labelledby="lab-v">
            <h2 id="lab-v">{tr(text::V_TITLE)}</h2>
            <PlotCanvas name="plot-v" draw=draw label=alt caption=words(text::V_CAPTION)/>
            <p class="proof-link">{proof_link(lab, "c-of-g", 5, "link-c-of-g")}</p>
        </section>
    }
}
