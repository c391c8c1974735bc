//! What the labs draw and export from a run: the history as CSV, the loss and ELBO figures,
//! and a 2-D field with its heat map and the points the user draws.

use leptos::prelude::*;

use super::HistoryRow;
use crate::i18n::{Lang, Text, format_number};
use crate::lessons::gan_common::{DATA_COLOR, G_COLOR};
use crate::plot::lines::{Curve, HLine, LinesFigure};

/// The history figures' x axis.
pub const ITERATION_AXIS: Text = Text::new("iteration", "итерация");
/// The history figures' y axis.
pub const NATS_AXIS: Text = Text::new("nats", "нат");
/// The losses figure's curves.
const D_LOSS: Text = Text::new("D's loss", "потери D");
const G_LOSS: Text = Text::new("G's loss", "потери G");
const C_OF_G: Text = Text::new("2·JS − log 4", "2·JS − log 4");
/// The losses figure's text alternative; {it}, {d}, {g} filled in.
const LOSSES_ALT: Text = Text::new(
    "x axis: iteration; y axis: nats. D's batch loss (blue) and G's (red) over training; at iteration {it}: D's loss {d}, G's loss {g}.",
    "Ось x: итерация; ось y: нат. Потери D (синяя линия) и G (красная линия) на батче по ходу обучения; на итерации {it}: потери D {d}, потери G {g}.",
);
/// Added to [`LOSSES_ALT`] when the figure shows the JS estimate; {c} filled in.
const LOSSES_ALT_JS: Text = Text::new(
    " 2·JS − log 4 from the smoothed estimate (black, dashed) = {c}; the grey line is −log 4 = −1.386.",
    " 2·JS − log 4 по сглаженной оценке (чёрная, штриховая) = {c}; серая линия — −log 4 = −1,386.",
);
/// Before the first snapshot.
const NO_RUN_YET: Text = Text::new(
    "x axis: iteration; y axis: nats. No iterations yet.",
    "Ось x: итерация; ось y: нат. Итераций ещё нет.",
);

/// The history as CSV: one row per snapshot, the columns named in the first line.
pub fn history_csv(rows: &[HistoryRow], extra_name: &str) -> String {
    let mut out = format!("iteration,loss_d,loss_g,v,d_real,d_fake,{extra_name}\n");
    for r in rows {
        out.push_str(&format!(
            "{},{:?},{:?},{:?},{:?},{:?},{:?}\n",
            r.iteration, r.loss_d, r.loss_g, r.v, r.d_real, r.d_fake, r.extra
        ));
    }
    out
}

/// A VAE's history as CSV: the batch loss −(recon − β·KL) and the view's ELBO and its terms.
pub fn vae_history_csv(rows: &[HistoryRow]) -> String {
    let mut out = String::from("iteration,loss,elbo,recon,kl\n");
    for r in rows {
        out.push_str(&format!(
            "{},{:?},{:?},{:?},{:?}\n",
            r.iteration,
            r.loss_d,
            r.elbo(),
            r.recon,
            r.kl
        ));
    }
    out
}

/// One quantity of the history over iterations, its non-finite rows left out.
fn history_curve(
    rows: &[HistoryRow],
    label: &str,
    color: plotters::style::RGBColor,
    f: fn(&HistoryRow) -> f64,
    dashed: bool,
) -> Curve {
    Curve {
        label: label.into(),
        color,
        points: rows
            .iter()
            .filter(|r| f(r).is_finite())
            .map(|r| (r.iteration as f64, f(r)))
            .collect(),
        dashed,
        fill: false,
    }
}

/// A VAE's ELBO (black), reconstruction term (blue, dashed) and −KL (red, dashed) over
/// training, with `bound` (−H(data), the most any model's mean log-likelihood can reach) as a
/// grey line when known; axis words in `lang`.
pub fn elbo_figure(rows: &[HistoryRow], bound: Option<(f64, &str)>, lang: Lang) -> LinesFigure {
    let last = rows.last().map_or(1.0, |r| r.iteration.max(1) as f64);
    let curve = |label: &str, color, f: fn(&HistoryRow) -> f64, dashed| {
        history_curve(rows, label, color, f, dashed)
    };
    LinesFigure {
        x: (0.0, last),
        curves: vec![
            curve("ELBO", crate::plot::INK, HistoryRow::elbo, false),
            curve("E log p(x|z)", DATA_COLOR, |r| r.recon, true),
            curve("−KL", G_COLOR, |r| -r.kl, true),
        ],
        hlines: bound
            .filter(|b| b.0.is_finite())
            .map(|(y, label)| HLine {
                y,
                label: label.into(),
            })
            .into_iter()
            .collect(),
        x_label: ITERATION_AXIS.get(lang).into(),
        y_label: NATS_AXIS.get(lang).into(),
        ..LinesFigure::default()
    }
}

/// The losses over training, D's blue and G's red; with `c_of_g`, also the history's
/// 2·JS − log 4 (black, dashed) above the grey −log 4 line. Words in `lang`.
pub fn losses_figure(rows: &[HistoryRow], c_of_g: bool, lang: Lang) -> LinesFigure {
    let last = rows.last().map_or(1.0, |r| r.iteration.max(1) as f64);
    let curve = |label: &str, color, f: fn(&HistoryRow) -> f64, dashed| {
        history_curve(rows, label, color, f, dashed)
    };
    let mut curves = vec![
        curve(D_LOSS.get(lang), DATA_COLOR, |r| r.loss_d, false),
        curve(G_LOSS.get(lang), G_COLOR, |r| r.loss_g, false),
    ];
    let mut hlines = Vec::new();
    if c_of_g {
        curves.push(curve(C_OF_G.get(lang), crate::plot::INK, |r| r.extra, true));
        hlines.push(HLine {
            y: -2.0 * std::f64::consts::LN_2,
            label: "−log 4".into(),
        });
    }
    LinesFigure {
        x: (0.0, last),
        curves,
        hlines,
        x_label: ITERATION_AXIS.get(lang).into(),
        y_label: NATS_AXIS.get(lang).into(),
        ..LinesFigure::default()
    }
}

/// The text alternative of [`losses_figure`]: its axes and the last row's numbers, in `lang`.
pub fn losses_alt(rows: &[HistoryRow], c_of_g: bool, lang: Lang) -> String {
    let Some(last) = rows.last() else {
        return NO_RUN_YET.get(lang).to_string();
    };
    let fmt = |v: f64| format_number(v, 4, lang);
    let mut out = LOSSES_ALT
        .get(lang)
        .replace("{it}", &last.iteration.to_string())
        .replace("{d}", &fmt(last.loss_d))
        .replace("{g}", &fmt(last.loss_g));
    if c_of_g {
        out.push_str(&LOSSES_ALT_JS.get(lang).replace("{c}", &fmt(last.extra)));
    }
    out
}

/// Draws a 2-D lab's field on canvas `canvas`: `fig` over the discriminator's heat map `heat`
/// (an `n × n` RGBA image blitted under the marks), keeping the plot's frame in `frame` for
/// the pointer. A drawing failure is returned for `PlotCanvas` to report.
pub fn paint_field(
    area: &crate::components::Area,
    fig: &crate::plot::field2d::Field2dFigure,
    scale: crate::plot::Scale,
    (canvas, heat, n): (&str, Option<Vec<u8>>, u32),
    frame: StoredValue<Option<crate::plot::lines::Frame>>,
) -> Result<(), String> {
    let mut under = |a: (i32, i32), b: (i32, i32)| {
        if let Some(rgba) = &heat {
            crate::web::blit_rgba(canvas, rgba, n, a, b);
        }
    };
    let f = crate::plot::field2d::draw_field_2d(area, fig, scale, &mut under)
        .map_err(|e| e.to_string())?;
    frame.set_value(Some(f));
    Ok(())
}

/// A pointer handler that adds a point of class `label()` where the user clicks or drags on
/// a 2-D field while `drawing` (inside ±1.5, at most `max` points).
pub fn draw_points(
    drawing: RwSignal<bool>,
    frame: StoredValue<Option<crate::plot::lines::Frame>>,
    drawn: RwSignal<Vec<crate::spec::Point>>,
    max: usize,
    label: impl Fn() -> u8 + Send + Sync + 'static,
) -> Callback<(u8, f64, f64)> {
    Callback::new(move |(phase, u, v): (u8, f64, f64)| {
        if !drawing.get_untracked() || phase == 2 {
            return;
        }
        if let Some(f) = frame.get_value() {
            let (x, y) = f.to_data((u, v));
            if x.abs() <= 1.5 && y.abs() <= 1.5 && drawn.with_untracked(Vec::len) < max {
                let label = label();
                drawn.update(|d| {
                    d.push(crate::spec::Point {
                        x: [x as f32, y as f32],
                        label,
                    })
                });
            }
        }
    })
}
