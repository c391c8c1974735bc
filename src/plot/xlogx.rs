//! The entropy lesson's figures: the terms −x·log x of H(p), and x·log x → 0 as x → 0⁺.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::chart::{Axes, DrawError};
use super::{CURVE, HIGHLIGHT, INK, POINT, Scale};
use crate::math::{Unit, neg_xlogx, xlogx};

/// What the terms figure shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TermsFigure {
    /// The distribution; each pᵢ is marked at (pᵢ, −pᵢ·log pᵢ).
    pub p: Vec<f64>,
    /// The unit of the y axis.
    pub unit: Unit,
    /// Mark the point (1, 0): the step "1·log 1 = 0".
    pub highlight_one: bool,
    /// Axis label for y, in the page's language.
    pub y_label: String,
}

/// Draws −x·log x on (0, 1] with the distribution's terms marked.
pub fn draw_terms<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fig: &TermsFigure,
    scale: Scale,
) -> Result<(), DrawError<DB>> {
    let y_max = fig.unit.from_nats(0.42);
    let axes = Axes {
        x_desc: Some("x"),
        y_desc: Some(&fig.y_label),
        ..Axes::LESSON
    };
    let mut chart = axes.chart(area, scale, 0f64..1.02f64, 0f64..y_max)?;
    let curve = (1..=500).map(|i| {
        let x = i as f64 / 500.0;
        (x, fig.unit.from_nats(neg_xlogx(x)))
    });
    chart.draw_series(LineSeries::new(curve, CURVE.stroke_width(scale.px(2.5))))?;
    let r = scale.px(6.0);
    chart.draw_series(
        fig.p
            .iter()
            .map(|&x| Circle::new((x, fig.unit.from_nats(neg_xlogx(x))), r, POINT.filled())),
    )?;
    if fig.highlight_one {
        let ring = HIGHLIGHT.stroke_width(scale.px(3.0));
        chart.draw_series([Circle::new((1.0, 0.0), scale.px(12.0), ring)])?;
    }
    Ok(())
}

/// What the limit figure shows.
#[derive(Clone, Debug, PartialEq)]
pub struct LimitFigure {
    /// The probe point x, in (0, 1].
    pub x: f64,
    /// Emphasise the curve: the L'Hôpital step is on screen.
    pub highlight: bool,
    /// Axis label for x, in the page's language.
    pub x_label: String,
}

/// The smallest x the limit figure shows.
pub const LIMIT_X_MIN: f64 = 1e-12;

/// Draws x·ln x against a logarithmic x axis from 10⁻¹² to 1: the curve visibly returns to 0
/// as x → 0⁺, although log x → −∞.
pub fn draw_limit<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fig: &LimitFigure,
    scale: Scale,
) -> Result<(), DrawError<DB>> {
    let x_tick = |x: &f64| format!("1e{}", x.log10().round());
    let axes = Axes {
        y_area: 56.0,
        x_desc: Some(&fig.x_label),
        y_desc: Some("x·ln x"),
        x_tick: Some(&x_tick),
        ..Axes::LESSON
    };
    let x_range = (LIMIT_X_MIN..1f64).log_scale();
    let mut chart = axes.chart(area, scale, x_range, -0.4f64..0.05f64)?;
    chart.draw_series(LineSeries::new(
        [(LIMIT_X_MIN, 0.0), (1.0, 0.0)],
        INK.stroke_width(scale.px(1.0)),
    ))?;
    let width = if fig.highlight { 4.0 } else { 2.5 };
    let colour = if fig.highlight { HIGHLIGHT } else { CURVE };
    let curve = (0..=600).map(|i| {
        let x = 10f64.powf(-12.0 + 12.0 * i as f64 / 600.0);
        (x, xlogx(x))
    });
    chart.draw_series(LineSeries::new(curve, colour.stroke_width(scale.px(width))))?;
    let x = fig.x.clamp(LIMIT_X_MIN, 1.0);
    chart.draw_series([Circle::new((x, xlogx(x)), scale.px(7.0), POINT.filled())])?;
    Ok(())
}
