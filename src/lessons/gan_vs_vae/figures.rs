//! The GAN-vs-VAE lab's figures: each model's samples over the same data (same box, same
//! colours), the GAN's losses and the VAE's ELBO over training.

use leptos::prelude::*;

use super::state::{Estimate, Lab, number};
use super::{BOX, SAMPLES, text};
use crate::components::{Area, PlotCanvas, use_page};
use crate::i18n::{Lang, Text, format_number};
use crate::lessons::lab::controls::label;
use crate::lessons::lab::{HistoryRow, LabRun, elbo_figure, losses_alt, losses_figure};
use crate::plot::Scale;
use crate::plot::field2d::{Field2dFigure, draw_field_2d};
use crate::plot::lines::{LinesFigure, draw_lines};

/// One model's figure: the data and its samples, same box and colours for both models.
fn field(real: &[f32], samples: &[f32], show_data: bool) -> Field2dFigure {
    Field2dFigure {
        x: BOX,
        y: BOX,
        real: real.to_vec(),
        fake: samples.to_vec(),
        show_real: show_data,
        show_fake: true,
        ..Field2dFigure::default()
    }
}

/// The text alternative of `model`'s samples figure: its axes and its estimate's numbers.
fn samples_alt(lab: Lab, model: Text, est: Memo<Estimate>) -> Signal<String> {
    let page = use_page();
    let modes_total = super::readouts::shared(lab, |c| c.estimate.modes.1 as f64).0;
    let at = move |pick| number(est, pick);
    let (m, js, blur, gap) = (
        at(|c| c.estimate.modes.0 as f64),
        at(|c| c.estimate.js),
        at(|c| c.neighbours.to_data),
        at(|c| c.neighbours.to_model),
    );
    Signal::derive(move || {
        let fmt = |v: Signal<f64>| format_number(v.get(), 3, page.lang.get());
        page.t(text::PLOT_ALT)
            .replace("{model}", page.t(model))
            .replace("{n}", &SAMPLES.to_string())
            .replace("{m}", &fmt(m))
            .replace("{t}", &fmt(modes_total))
            .replace("{js}", &fmt(js))
            .replace("{blur}", &fmt(blur))
            .replace("{gap}", &fmt(gap))
    })
}

/// The GAN's samples over the data (`plot-gan`).
pub fn gan_samples(lab: Lab) -> impl IntoView {
    let (run, tick, show) = (lab.gan, lab.gan_ticks.plot, lab.show_data);
    let draw = move |area: &Area, scale| {
        tick.track();
        let show = show.get();
        let fig = run.gan.with_untracked(|g| match g {
            Some(g) => field(&g.real, &g.fake, show),
            None => field(&[], &[], show),
        });
        draw_field_2d(area, &fig, scale, &mut |_, _| {}).map(|_| ())
    };
    let alt = samples_alt(lab, text::GAN, lab.gan_est);
    view! { <PlotCanvas name="plot-gan" draw=draw label=alt caption=label(text::GAN_CAPTION) aspect=1.0/> }
}

/// The VAE's true samples over the data (`plot-vae`).
pub fn vae_samples(lab: Lab) -> impl IntoView {
    let (run, tick, show, points) = (lab.vae, lab.vae_ticks.plot, lab.show_data, lab.vae_points);
    let draw = move |area: &Area, scale| {
        tick.track();
        let show = show.get();
        let samples = points.get_untracked();
        let fig = run.vae.with_untracked(|v| match v {
            Some(v) => field(&v.data, &samples, show),
            None => field(&[], &samples, show),
        });
        draw_field_2d(area, &fig, scale, &mut |_, _| {}).map(|_| ())
    };
    let alt = samples_alt(lab, text::VAE, lab.vae_est);
    view! { <PlotCanvas name="plot-vae" draw=draw label=alt caption=label(text::VAE_CAPTION) aspect=1.0/> }
}

/// A history figure `name` of `run` (redrawn on `tick`): `figure` draws it, `alt` says it.
fn history_plot(
    (name, caption): (&'static str, Text),
    (run, tick): (LabRun, ReadSignal<u64>),
    figure: fn(&[HistoryRow], Lang) -> LinesFigure,
    alt: fn(&[HistoryRow], Lang) -> String,
) -> impl IntoView {
    let page = use_page();
    let draw = move |area: &Area, scale: Scale| {
        tick.track();
        let fig = run.history.with_untracked(|h| figure(h, scale.lang));
        draw_lines(area, &fig, scale).map(|_| ())
    };
    let said = Signal::derive(move || {
        tick.track();
        run.history.with_untracked(|h| alt(h, page.lang.get()))
    });
    view! { <PlotCanvas name=name draw=draw label=said caption=label(caption) aspect=0.5/> }
}

/// The GAN's losses and 2·JS − log 4 over training (`plot-gan-losses`).
pub fn gan_losses(lab: Lab) -> impl IntoView {
    history_plot(
        ("plot-gan-losses", text::GAN_LOSSES_CAPTION),
        (lab.gan, lab.gan_ticks.history),
        |h, lang| losses_figure(h, true, lang),
        |h, lang| losses_alt(h, true, lang),
    )
}

/// The text alternative of the VAE's ELBO figure: its axes and the last row's numbers.
fn elbo_alt(rows: &[HistoryRow], lang: Lang) -> String {
    let fmt = |v: f64| format_number(v, 4, lang);
    match rows.last() {
        Some(r) => text::VAE_ELBO_ALT
            .get(lang)
            .replace("{it}", &r.iteration.to_string())
            .replace("{elbo}", &fmt(r.elbo()))
            .replace("{recon}", &fmt(r.recon))
            .replace("{kl}", &fmt(-r.kl)),
        None => text::VAE_ELBO_NONE.get(lang).to_string(),
    }
}

/// The VAE's ELBO and its terms over training (`plot-vae-elbo`).
pub fn vae_elbo(lab: Lab) -> impl IntoView {
    history_plot(
        ("plot-vae-elbo", text::VAE_ELBO_CAPTION),
        (lab.vae, lab.vae_ticks.history),
        |h, lang| elbo_figure(h, None, lang),
        elbo_alt,
    )
}
