//! Figures of the Gibbs, KL and JS lessons: log x against x − 1 with the ratios qᵢ/pᵢ, grouped
//! bars with infinite values drawn as such ([`draw_bars`]), two Gaussian densities, a bounded
//! gauge and the triangle of three distances ([`draw_gauge`], [`draw_triangle`]).

use plotters::coord::Shift;
use plotters::prelude::*;

pub use super::bars::{BarSeries, BarsFigure, draw_bars};
use super::chart::{Axes, DrawError, legend, line_swatch};
pub use super::distance::{GaugeFigure, TriangleFigure, draw_gauge, draw_triangle, triangle_apex};
use super::{CURVE, HIGHLIGHT, INK, POINT, Scale};

/// Series colours of grouped bars (blue, red, green), each ≥ 3:1 against white.
pub const SERIES: [RGBColor; 3] = [CURVE, POINT, RGBColor(0x1e, 0x82, 0x49)];

/// What the "log x ≤ x − 1" figure shows.
#[derive(Clone, Debug, PartialEq)]
pub struct LogBoundFigure {
    /// The ratios xᵢ = qᵢ/pᵢ for the indices in I (pᵢ > 0), with their 1-based index; a ratio 0
    /// (qᵢ = 0) sits at log 0 = −∞ and is drawn as an arrow down.
    pub ratios: Vec<(usize, f64)>,
    /// Emphasise the two curves and their touching point (the step on screen).
    pub highlight: bool,
}

/// The x range of [`draw_log_bound`].
pub const LOG_BOUND_X_MAX: f64 = 3.0;

/// Draws ln x and x − 1 on (0, 3], touching at x = 1, with each ratio qᵢ/pᵢ marked on ln x and
/// its gap to x − 1 drawn as a vertical segment.
pub fn draw_log_bound<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fig: &LogBoundFigure,
    scale: Scale,
) -> Result<(), DrawError<DB>> {
    let (y_min, y_max) = (-3.0, 2.0);
    let axes = Axes {
        y_area: 44.0,
        x_desc: Some("x"),
        ..Axes::LESSON
    };
    let mut chart = axes.chart(area, scale, 0f64..LOG_BOUND_X_MAX, y_min..y_max)?;
    let width = scale.px(if fig.highlight { 3.5 } else { 2.5 });
    let ln_curve = (1..=600)
        .map(|i| LOG_BOUND_X_MAX * i as f64 / 600.0)
        .map(|x| (x, x.ln()))
        .filter(|&(_, y)| y >= y_min);
    chart
        .draw_series(LineSeries::new(ln_curve, CURVE.stroke_width(width)))?
        .label("ln x")
        .legend(line_swatch(CURVE));
    let line = [(0.0, -1.0), (LOG_BOUND_X_MAX, LOG_BOUND_X_MAX - 1.0)];
    chart
        .draw_series(LineSeries::new(line, INK.stroke_width(width)))?
        .label("x − 1")
        .legend(line_swatch(INK));
    if fig.highlight {
        let ring = HIGHLIGHT.stroke_width(scale.px(3.0));
        chart.draw_series([Circle::new((1.0, 0.0), scale.px(11.0), ring)])?;
    }
    let label_font = super::chart::font(scale, 13.0).color(&POINT);
    for &(i, x) in &fig.ratios {
        let shown = x.min(LOG_BOUND_X_MAX);
        let top = (shown - 1.0).min(y_max);
        if x > 0.0 {
            let y = x.ln().max(y_min);
            let gap = POINT.mix(0.6).stroke_width(scale.px(2.0));
            chart.draw_series([PathElement::new([(shown, y), (shown, top)], gap)])?;
            chart.draw_series([Circle::new((shown, y), scale.px(5.0), POINT.filled())])?;
            chart.draw_series([Text::new(format!("{i}"), (shown, y), label_font.clone())])?;
        } else {
            // q_i = 0: ln 0 = −∞, drawn as an arrow leaving the plot downwards.
            let arrow = POINT.stroke_width(scale.px(2.0));
            chart.draw_series([PathElement::new([(0.02, top), (0.02, y_min)], arrow)])?;
            let label = Text::new(format!("{i}: −∞"), (0.06, y_min + 0.6), label_font.clone());
            chart.draw_series([label])?;
        }
    }
    legend(&mut chart, SeriesLabelPosition::UpperLeft, axes.font(scale))
}

/// Two 1-D Gaussians.
#[derive(Clone, Debug, PartialEq)]
pub struct GaussFigure {
    /// P = N(μ, σ²): (μ, σ).
    pub p: (f64, f64),
    /// Q = N(μ, σ²): (μ, σ).
    pub q: (f64, f64),
    /// x axis label.
    pub x_label: String,
}

/// Draws the densities of P (blue) and Q (red) over the range that holds both.
pub fn draw_gaussians<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fig: &GaussFigure,
    scale: Scale,
) -> Result<(), DrawError<DB>> {
    let lo = (fig.p.0 - 4.0 * fig.p.1).min(fig.q.0 - 4.0 * fig.q.1);
    let hi = (fig.p.0 + 4.0 * fig.p.1).max(fig.q.0 + 4.0 * fig.q.1);
    let pdf = |x: f64, (mu, s): (f64, f64)| crate::math::divergence::gauss_pdf(x, mu, s);
    let peak = pdf(fig.p.0, fig.p).max(pdf(fig.q.0, fig.q));
    let axes = Axes {
        y_area: 48.0,
        x_desc: Some(&fig.x_label),
        ..Axes::LESSON
    };
    let mut chart = axes.chart(area, scale, lo..hi, 0f64..peak * 1.12)?;
    for (name, params, colour) in [("p(x)", fig.p, SERIES[0]), ("q(x)", fig.q, SERIES[1])] {
        let curve = (0..=400).map(|i| {
            let x = lo + (hi - lo) * i as f64 / 400.0;
            (x, pdf(x, params))
        });
        chart
            .draw_series(LineSeries::new(curve, colour.stroke_width(scale.px(2.5))))?
            .label(name)
            .legend(line_swatch(colour));
    }
    legend(
        &mut chart,
        SeriesLabelPosition::UpperRight,
        axes.font(scale),
    )
}
