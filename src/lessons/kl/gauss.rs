//! The KL lesson's continuous panel: two Gaussians `gp=μ:σ`, `gq=μ:σ` from the URL, moved by
//! sliders (drafts while dragging, the URL on release), with the closed-form KL both ways.

use leptos::prelude::*;

use crate::components::{Area, PageCtx, PlotCanvas, cue, tr, use_page};
use crate::i18n::{Text, format_number};
use crate::math::divergence::kl_gauss;
use crate::params::Notice;
use crate::params::table::Param;
use crate::plot::divergence::{GaussFigure, draw_gaussians};
use crate::route::Query;

use super::text;
use crate::lessons::dists::{Dists, amount, amount_readout, label};

/// Range of a Gaussian's mean.
pub const MEAN_RANGE: (f64, f64) = (-5.0, 5.0);
/// Range of a Gaussian's spread.
pub const SPREAD_RANGE: (f64, f64) = (0.1, 5.0);

/// A Gaussian: mean and spread (standard deviation).
pub type Gauss = (f64, f64);

/// Reads `gp=μ:σ`; a bad value gives a notice.
pub fn parse_gauss(param: &'static str, raw: &str) -> Result<Gauss, Notice> {
    let bad = || Notice::OutOfRange {
        param,
        value: raw.chars().take(40).collect(),
        min: SPREAD_RANGE.0,
        max: SPREAD_RANGE.1,
    };
    let (mu, sigma) = raw.split_once(':').ok_or_else(bad)?;
    let mu = crate::params::parse_number(param, mu, MEAN_RANGE.0, MEAN_RANGE.1)?;
    let sigma = crate::params::parse_number(param, sigma, SPREAD_RANGE.0, SPREAD_RANGE.1)?;
    Ok((mu, sigma))
}

/// Table row `param` from the URL, else its default (with a notice when the value is bad).
pub fn gauss_param(q: &Query, param: &Param, notices: &mut Vec<Notice>) -> Gauss {
    param
        .given(q, notices, |p, raw| parse_gauss(p.key, raw))
        .unwrap_or_else(|| parse_gauss(param.key, param.default).unwrap_or((0.0, 1.0)))
}

/// `μ:σ` for the URL, to 6 decimals.
pub fn format_gauss((mu, sigma): Gauss) -> String {
    let r = |x: f64| (x * 1e6).round() / 1e6;
    format!("{}:{}", r(mu), r(sigma))
}

/// The panel's state: P's and Q's Gaussians as shown, and the drag in progress.
#[derive(Clone, Copy)]
struct Panel {
    page: PageCtx,
    shown: Memo<(Gauss, Gauss)>,
    draft: RwSignal<Option<(Gauss, Gauss)>>,
}

/// The Gaussian panel over the URL's pair `url` (lit at step 5).
pub fn panel(url: Memo<(Gauss, Gauss)>, d: Dists) -> impl IntoView {
    let page = use_page();
    let draft = RwSignal::new(None::<(Gauss, Gauss)>);
    let shown = Memo::new(move |_| draft.get().unwrap_or_else(|| url.get()));
    let g = Panel { page, shown, draft };
    let unit = d.unit;
    let g_pq = Memo::new(move |_| {
        let ((m1, s1), (m2, s2)) = shown.get();
        unit.get().from_nats(kl_gauss(m1, s1, m2, s2))
    });
    let g_qp = Memo::new(move |_| {
        let ((m1, s1), (m2, s2)) = shown.get();
        unit.get().from_nats(kl_gauss(m2, s2, m1, s1))
    });
    let draw = move |area: &Area, scale| {
        let (p, q) = shown.get();
        let fig = GaussFigure {
            p,
            q,
            x_label: page.t(text::X_AXIS).into(),
        };
        draw_gaussians(area, &fig, scale)
    };
    let alt = Signal::derive(move || {
        let ((mp, sp), (mq, sq)) = shown.get();
        let (u, l) = (unit.get(), page.lang.get());
        let fmt = |v: f64| format_number(v, 4, l);
        page.t(text::GAUSS_ALT)
            .replace("{mp}", &fmt(mp))
            .replace("{sp}", &fmt(sp))
            .replace("{mq}", &fmt(mq))
            .replace("{sq}", &fmt(sq))
            .replace("{pq}", &amount(g_pq.get(), 4, u, l))
            .replace("{qp}", &amount(g_qp.get(), 4, u, l))
    });
    view! {
        <section class="gauss" aria-labelledby="gauss-title" class:cue=cue(d.step, &[5])>
            <h2 id="gauss-title">{tr(text::GAUSS)}</h2>
            <p class="hint">{tr(text::GAUSS_HINT)}</p>
            <div class="sliders">
                {slider(g, 0, 0, MEAN_RANGE, "0.1")}
                {slider(g, 0, 1, SPREAD_RANGE, "0.05")}
                {slider(g, 1, 0, MEAN_RANGE, "0.1")}
                {slider(g, 1, 1, SPREAD_RANGE, "0.05")}
            </div>
            <div class="readouts">
                {amount_readout("kl-gauss-pq", text::G_PQ, g_pq, d.unit_name)}
                {amount_readout("kl-gauss-qp", text::G_QP, g_qp, d.unit_name)}
            </div>
            <PlotCanvas name="plot-gauss" draw=draw label=alt caption=label(text::GAUSS_CAPTION)/>
        </section>
    }
}

/// The slider of Gaussian `which` (0 P, 1 Q), `field` 0 its mean, 1 its spread.
fn slider(
    g: Panel,
    which: usize,
    field: usize,
    range: (f64, f64),
    step_size: &'static str,
) -> impl IntoView {
    let read = move || {
        let v = g.shown.get();
        let pair = if which == 0 { v.0 } else { v.1 };
        if field == 0 { pair.0 } else { pair.1 }
    };
    let apply = move |x: f64| {
        let mut v = g.shown.get_untracked();
        let pair = if which == 0 { &mut v.0 } else { &mut v.1 };
        if field == 0 {
            pair.0 = x
        } else {
            pair.1 = x
        }
        v
    };
    let parse = move |ev: &leptos::ev::Event| {
        event_target_value(ev)
            .parse::<f64>()
            .ok()
            .map(|v| v.clamp(range.0, range.1))
    };
    let page = g.page;
    let who = if which == 0 { "p" } else { "q" };
    let name: Text = if field == 0 { text::MEAN } else { text::SPREAD };
    let greek = if field == 0 { "μ" } else { "σ" };
    view! {
        <label class="slider">
            <span>{move || format!("{} {}{who}", page.t(name), greek)} " = " {move || format_number(read(), 4, page.lang.get())}</span>
            <input type="range" min=range.0 max=range.1 step=step_size
                data-testid=format!("g{who}-{}", if field == 0 { "mu" } else { "sigma" })
                prop:value=move || read().to_string()
                on:input=move |ev| { if let Some(v) = parse(&ev) { g.draft.set(Some(apply(v))) } }
                on:change=move |ev| {
                    if let Some(v) = parse(&ev) {
                        let v = apply(v);
                        g.draft.set(None);
                        page.update_query(|q| {
                            q.set("gp", format_gauss(v.0));
                            q.set("gq", format_gauss(v.1));
                        });
                    }
                }/>
        </label>
    }
}
