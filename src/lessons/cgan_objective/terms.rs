//! The cGAN objective lesson's terms: JS and C_y per class, C(G) and the overall mixtures' JS,
//! the swap and match buttons, and D*(x, y) for every class.

use leptos::prelude::*;
use plotters::style::RGBColor;

use crate::components::{Area, PlotCanvas, RichText, cue, tr, use_page};
use crate::i18n::format_number;
use crate::math::gan::d_star;
use crate::plot::lines::{draw_lines, sample};

use super::super::gan_common::{
    DATA_COLOR, G_COLOR, THIRD_COLOR, curve, d_figure, label, nats_readout, rich,
};
use super::state::State;
use super::{MAX_CLASSES, text};

const JS_NAMES: [&str; MAX_CLASSES] = ["js-y1", "js-y2", "js-y3"];
const C_NAMES: [&str; MAX_CLASSES] = ["c-y1", "c-y2", "c-y3"];
const CLASS_COLORS: [RGBColor; MAX_CLASSES] = [DATA_COLOR, G_COLOR, THIRD_COLOR];

/// Class `k`'s row of the table (hidden when the class is not in use).
fn row(st: State, k: usize) -> impl IntoView {
    let terms = st.terms;
    let js_k = Signal::derive(move || terms.with(|t| t.0.get(k).map_or(f64::NAN, |c| c.js)));
    let c_k = Signal::derive(move || terms.with(|t| t.0.get(k).map_or(f64::NAN, |c| c.c)));
    let blank = Signal::derive(String::new);
    let hidden = Signal::derive(move || k >= st.n.get());
    view! {
        <tr hidden=hidden>
            <th scope="row">{k + 1}</th>
            <td>{nats_readout(JS_NAMES[k], blank, js_k, 6)}</td>
            <td>{nats_readout(C_NAMES[k], blank, c_k, 6)}</td>
        </tr>
    }
}

/// The per-class terms, the totals, the two buttons and the D* figure.
#[component]
pub(super) fn Terms(st: State, step: Signal<usize>) -> impl IntoView {
    let page = use_page();
    let draw_dstar = move |area: &Area, scale| {
        let x = st.range.get();
        let (d, g) = (st.current(0), st.current(1));
        let curves = d
            .iter()
            .zip(&g)
            .enumerate()
            .map(|(k, (pd, pg))| {
                let points = sample(x, 300, |t| d_star(pd, pg, t));
                curve(
                    &format!("D*(x, {})", k + 1),
                    CLASS_COLORS[k],
                    points,
                    k == 1,
                )
            })
            .collect();
        draw_lines(area, &d_figure(x, curves, "D*(x, y)"), scale).map(drop)
    };
    let dstar_alt = Signal::derive(move || {
        let lang = page.lang.get();
        let list = st.terms.with(|t| {
            t.0.iter()
                .enumerate()
                .map(|(k, c)| format!("y = {}: {}", k + 1, format_number(c.c, 4, lang)))
                .collect::<Vec<_>>()
                .join("; ")
        });
        page.t(text::DSTAR_ALT).replace("{list}", &list)
    });
    view! {
        <section class="cgan-terms" aria-labelledby="terms-title">
            <h2 id="terms-title">{tr(text::TERMS)}</h2>
            <table class="terms" class:cue=cue(step, &[5])>
                <thead><tr>
                    <th scope="col">{tr(text::TABLE_CLASS)}</th>
                    <th scope="col"><RichText text=rich(text::TABLE_JS)/></th>
                    <th scope="col"><RichText text=rich(text::TABLE_C)/></th>
                </tr></thead>
                <tbody>{row(st, 0)}{row(st, 1)}{row(st, 2)}</tbody>
            </table>
            <p><RichText text=rich(text::TOTAL_FORMULA)/></p>
            <div class="readouts" class:cue=cue(step, &[5, 6])>
                {nats_readout("c-total", label(text::TOTAL), st.total, 6)}
                {nats_readout("js-marginal", label(text::MARGINAL), st.marginal_js.into(), 6)}
            </div>
            <div class="button-row" class:cue=cue(step, &[6])>
                <button type="button" data-testid="swap-classes" on:click=move |_| st.swap(page)>{tr(text::SWAP)}</button>
                <button type="button" data-testid="match-all" on:click=move |_| st.match_all(page)>{tr(text::MATCH)}</button>
            </div>
            <p class="hint" data-testid="swap-note"><RichText text=rich(text::SWAP_NOTE)/></p>
            <div class:cue=cue(step, &[4])>
                <PlotCanvas name="plot-dstar" draw=draw_dstar label=dstar_alt caption=label(text::DSTAR_CAPTION)/>
            </div>
        </section>
    }
}
