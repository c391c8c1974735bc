//! The VAE lab's five figures on the page: data beside reconstructions, sampling from the
//! prior, the latent space, the decoded latent grid (built by `figures.rs` from the paced
//! [`Derived`]), and the ELBO over training; each with its caption and a text alternative that
//! says what is shown now, with its numbers in the page's language.

use leptos::prelude::*;

use super::derive::{Derived, rms_std};
use super::figures::{
    Figure, data_figure, decoded_figure, draw_figure, fit_elbo_range, latent_figure, prior_figure,
};
use super::readouts::by_dim;
use super::state::Vae;
use super::text;
use crate::components::{Area, PageCtx, PlotCanvas, tr, use_page};
use crate::data::Mixture;
use crate::i18n::{Text, format_number};
use crate::lessons::gan_common::fill;
use crate::lessons::lab::elbo_figure;
use crate::plot::Scale;
use crate::plot::lines::draw_lines;
use crate::plot::plane::PlaneFigure;

/// A figure's text alternative for a snapshot: its template and the numbers for its slots.
type AltOf = (Text, Vec<(&'static str, f64)>);
/// A figure built from the paced contents, the 1-D data, their x range and the latent's
/// colouring (by position or by class).
type Build = fn(&Derived, &Mixture, (f64, f64), bool) -> Figure;

/// Draws `build`'s figure (empty axes before the first snapshot).
fn draw(
    vae: Vae,
    build: Build,
    by_position: RwSignal<bool>,
    area: &Area,
    scale: Scale,
) -> Result<(), String> {
    let fig = vae.derived.with(|d| {
        d.as_ref().map(|d| {
            vae.mixture
                .with(|m| build(d, m, vae.range.get(), by_position.get()))
        })
    });
    let fig = fig.unwrap_or_else(|| Figure::Plane(PlaneFigure::default()));
    draw_figure(area, &fig, scale)
        .map(drop)
        .map_err(|e| e.to_string())
}

/// The text alternative `f` gives for the paced contents, in the page's language.
fn alt(vae: Vae, f: fn(&Derived) -> AltOf) -> Signal<String> {
    let page = use_page();
    Signal::derive(move || match vae.derived.with(|d| d.as_ref().map(f)) {
        Some((t, pairs)) => fill(page.lang.get(), t, &pairs),
        None => page.t(text::EMPTY_ALT).to_string(),
    })
}

fn data_alt(d: &Derived) -> AltOf {
    let t = if d.dim == 1 {
        text::DATA_ALT_1D
    } else {
        text::DATA_ALT_2D
    };
    let pairs = vec![
        ("{ds}", rms_std(&d.view.data, d.dim)),
        ("{rs}", rms_std(&d.view.recon, d.dim)),
    ];
    (t, pairs)
}

fn prior_alt(d: &Derived) -> AltOf {
    let t = if d.dim == 1 {
        text::PRIOR_ALT_1D
    } else {
        text::PRIOR_ALT_2D
    };
    let pairs = vec![
        ("{ms}", rms_std(&d.view.prior, d.dim)),
        ("{ss}", rms_std(&d.samples, d.dim)),
        ("{ds}", rms_std(&d.view.data, d.dim)),
    ];
    (t, pairs)
}

fn latent_alt(d: &Derived) -> AltOf {
    let n = d.view.codes.len() / d.z_dim.max(1);
    let q = d
        .view
        .codes
        .iter()
        .map(|&c| f64::from(c).powi(2))
        .sum::<f64>()
        / n.max(1) as f64;
    let t = if d.z_dim == 1 {
        text::LATENT_ALT_1D
    } else {
        text::LATENT_ALT_2D
    };
    (t, vec![("{n}", n as f64), ("{q}", q)])
}

fn decoded_alt(d: &Derived) -> AltOf {
    let first = d
        .view
        .decoded_grid
        .iter()
        .step_by(d.dim.max(1))
        .map(|&v| f64::from(v))
        .filter(|v| v.is_finite());
    let lo = first.clone().fold(f64::INFINITY, f64::min);
    let hi = first.fold(f64::NEG_INFINITY, f64::max);
    let t = match (d.dim, d.z_dim) {
        (1, 1) => text::DECODED_ALT_11,
        (1, _) => text::DECODED_ALT_12,
        _ => text::DECODED_ALT_2D,
    };
    (t, vec![("{lo}", lo), ("{hi}", hi), ("{s}", d.view.sigma_x)])
}

/// The ELBO figure's text alternative: the last ELBO, its terms and iteration, and −H(data).
fn elbo_alt(page: PageCtx, vae: Vae) -> Signal<String> {
    Signal::derive(move || {
        let lang = page.lang.get();
        let fmt = |v: f64| format_number(v, 4, lang);
        if !vae.elbo.get().is_finite() {
            return page.t(text::ELBO_ALT_EMPTY).to_string();
        }
        let mut s = page
            .t(text::ELBO_ALT)
            .replace("{e}", &fmt(vae.elbo.get()))
            .replace("{r}", &fmt(vae.recon.get()))
            .replace("{k}", &fmt(vae.kl.get()))
            .replace(
                "{i}",
                &format_number(vae.run.iteration_value().get(), 12, lang),
            );
        if vae.dim.get() == 1 {
            s.push_str(
                &page
                    .t(text::ELBO_ALT_BOUND)
                    .replace("{h}", &fmt(vae.neg_h.get())),
            );
        }
        s
    })
}

/// The ELBO and its terms over training, with −H(data) on 1-D data.
fn draw_elbo(vae: Vae, area: &Area, scale: Scale) -> Result<(), String> {
    let bound = (vae.dim.get() == 1).then(|| vae.neg_h.get());
    let label = text::NEG_H_LINE.get(scale.lang);
    // Axis words in the figure's language (the curves' labels are notation).
    let mut fig = vae
        .run
        .history
        .with(|h| elbo_figure(h, bound.map(|b| (b, label)), scale.lang));
    fit_elbo_range(&mut fig, 0.03, bound);
    draw_lines(area, &fig, scale)
        .map(drop)
        .map_err(|e| e.to_string())
}

/// One figure's section: its heading, then the canvas `name` with its alternative and caption.
fn section(
    vae: Vae,
    (id, heading, name): (&'static str, Text, &'static str),
    build: Build,
    by_position: RwSignal<bool>,
    (label, caption): (Signal<String>, Signal<String>),
) -> impl IntoView {
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{tr(heading)}</h2>
            <PlotCanvas name=name draw=move |area: &Area, scale| draw(vae, build, by_position, area, scale) label=label caption=caption/>
        </section>
    }
}

/// The five figures: the data and its reconstructions (the page's main figure), and the grid
/// of the other four.
pub fn plots(vae: Vae) -> (impl IntoView, impl IntoView) {
    let page = use_page();
    let by_position = RwSignal::new(false);
    let by_latent = move |one: Text, two: Text| {
        Signal::derive(move || {
            let z = vae.derived.with(|d| d.as_ref().map_or(1, |d| d.z_dim));
            page.t(if z == 1 { one } else { two }).to_string()
        })
    };
    let decoded_caption = Signal::derive(move || {
        let (d, z) = vae
            .derived
            .with(|d| d.as_ref().map_or((1, 1), |d| (d.dim, d.z_dim)));
        page.t(match (d, z) {
            (1, 1) => text::DECODED_CAPTION_11,
            (1, _) => text::DECODED_CAPTION_12,
            (_, 1) => text::DECODED_CAPTION_21,
            _ => text::DECODED_CAPTION_22,
        })
        .to_string()
    });
    let outside = Signal::derive(move || {
        vae.derived.with(|d| {
            d.as_ref()
                .filter(|d| d.dim == 1 && d.outside > 0.0)
                .map(|d| {
                    let share = format_number(100.0 * d.outside, 4, page.lang.get());
                    format!("{share} % {}", page.t(text::OUTSIDE))
                })
        })
    });
    let data = (
        alt(vae, data_alt),
        by_dim(vae, text::DATA_CAPTION_1D, text::DATA_CAPTION_2D),
    );
    let prior = (
        alt(vae, prior_alt),
        by_dim(vae, text::PRIOR_CAPTION_1D, text::PRIOR_CAPTION_2D),
    );
    let latent = (
        alt(vae, latent_alt),
        by_latent(text::LATENT_CAPTION_1D, text::LATENT_CAPTION_2D),
    );
    let main = section(
        vae,
        ("lab-data-fig", text::DATA_FIG, "plot-data"),
        |d, m, r, _| data_figure(d, m, r),
        by_position,
        data,
    );
    let rest = view! {
        <div class="lab-grid">
            <section aria-labelledby="lab-prior">
                <h2 id="lab-prior">{tr(text::PRIOR_FIG)}</h2>
                <PlotCanvas name="plot-prior" draw=move |area: &Area, scale| draw(vae, |d, m, r, _| prior_figure(d, m, r), by_position, area, scale)
                    label=prior.0 caption=prior.1/>
                {move || outside.get().map(|s| view! { <p class="hint">{s}</p> })}
                <p class="hint">{tr(text::BLUR)}</p>
            </section>
            <section aria-labelledby="lab-latent">
                <h2 id="lab-latent">{tr(text::LATENT)}</h2>
                <div class="controls" role="radiogroup" aria-label=move || page.t(text::COLOR_BY)>
                    <span>{tr(text::COLOR_BY)} ":"</span>
                    <label><input type="radio" name="vae-color" data-testid="color-class" prop:checked=move || !by_position.get()
                        on:change=move |_| by_position.set(false)/> " " {tr(text::BY_CLASS)}</label>
                    <label><input type="radio" name="vae-color" data-testid="color-position" prop:checked=move || by_position.get()
                        on:change=move |_| by_position.set(true)/> " " {tr(text::BY_POSITION)}</label>
                </div>
                <PlotCanvas name="plot-latent" draw=move |area: &Area, scale| draw(vae, |d, _, _, pos| latent_figure(d, pos), by_position, area, scale)
                    label=latent.0 caption=latent.1/>
            </section>
            {section(vae, ("lab-decoded", text::DECODED, "plot-decoded"), |d, _, _, _| decoded_figure(d), by_position, (alt(vae, decoded_alt), decoded_caption))}
            <section aria-labelledby="lab-elbo">
                <h2 id="lab-elbo">{tr(text::ELBO_FIG)}</h2>
                <PlotCanvas name="plot-elbo" draw=move |area: &Area, scale| draw_elbo(vae, area, scale) label=elbo_alt(page, vae)
                    caption=by_dim(vae, text::ELBO_CAPTION_1D, text::ELBO_CAPTION_2D) aspect=0.5/>
            </section>
        </div>
    };
    (main, rest)
}
