//! Grouped bars for the divergence lessons (one group per outcome, one bar per series), with
//! infinite values drawn as such: a hatched bar to the plot's edge labelled "∞" or "−∞".

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::chart::{Axes, DrawError, font, legend, legend_corner, line_swatch};
use super::divergence::SERIES;
use super::{GRID, HIGHLIGHT, INK, Scale};

/// One series of a grouped bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BarSeries {
    /// Legend text.
    pub label: String,
    /// One value per category; ±∞ is drawn as a bar to the edge with "∞".
    pub values: Vec<f64>,
}

/// A grouped bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BarsFigure {
    /// Up to three series, coloured by [`SERIES`].
    pub series: Vec<BarSeries>,
    /// Category labels under the groups.
    pub categories: Vec<String>,
    /// Greyed categories (not part of the current step's sum, e.g. pᵢ = 0).
    pub greyed: Vec<bool>,
    /// Highlighted categories (ringed in the step's colour).
    pub highlighted: Vec<bool>,
    /// y axis label.
    pub y_label: String,
    /// A dashed horizontal reference line and its label (e.g. log 2).
    pub reference: Option<(f64, String)>,
}

/// The y range the bars need: finite values plus a margin; at least [0, 0.1].
fn bar_range(fig: &BarsFigure) -> (f64, f64) {
    let finite = fig
        .series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .chain(fig.reference.iter().map(|r| r.0))
        .filter(|v| v.is_finite());
    let (lo, hi) = finite.fold((0.0f64, 0.1f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let has_inf = |sign: f64| {
        fig.series
            .iter()
            .flat_map(|s| s.values.iter())
            .any(|v| v.is_infinite() && v.signum() == sign)
    };
    let pad = 0.12 * (hi - lo).max(0.1);
    let hi = hi + pad * if has_inf(1.0) { 3.0 } else { 1.0 };
    let lo = if lo < 0.0 || has_inf(-1.0) {
        lo - pad * if has_inf(-1.0) { 3.0 } else { 1.0 }
    } else {
        lo
    };
    (lo, hi)
}

/// The label under category slot `x` (categories sit at 0.5, 1.5, …; other ticks are blank).
fn category_label(categories: &[String], x: f64) -> String {
    let k = x - 0.5;
    if (k - k.round()).abs() < 1e-9 && k >= 0.0 {
        categories
            .get(k.round() as usize)
            .cloned()
            .unwrap_or_default()
    } else {
        String::new()
    }
}

/// Draws grouped bars; infinite values run to the plot's edge, hatched, labelled "∞" or "−∞".
pub fn draw_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fig: &BarsFigure,
    scale: Scale,
) -> Result<(), DrawError<DB>> {
    let n = fig.categories.len().max(1);
    let (lo, hi) = bar_range(fig);
    let x_tick = |x: &f64| category_label(&fig.categories, *x);
    let axes = Axes {
        x_area: 30.0,
        y_area: 56.0,
        x_labels: Some(n * 2 + 1),
        x_tick: Some(&x_tick),
        y_desc: Some(&fig.y_label),
        x_grid: false,
        ..Axes::LESSON
    };
    let mut chart = axes.chart(area, scale, 0f64..n as f64, lo..hi)?;
    let axis = INK.stroke_width(scale.px(1.0));
    chart.draw_series([PathElement::new([(0.0, 0.0), (n as f64, 0.0)], axis)])?;
    let bar_w = 0.8 / fig.series.len().max(1) as f64;
    let inf_font = font(scale, 22.0).pos(Pos::new(HPos::Center, VPos::Center));
    // Where the bars and the reference line are, for the legend's corner.
    let mut covered: Vec<(f64, f64)> = Vec::new();
    for c in 0..fig.categories.len() {
        let grey = fig.greyed.get(c).copied().unwrap_or(false);
        if fig.highlighted.get(c).copied().unwrap_or(false) {
            let band = [(c as f64 + 0.04, lo), (c as f64 + 0.96, hi)];
            chart.draw_series([Rectangle::new(band, HIGHLIGHT.mix(0.15).filled())])?;
        }
        for (s, series) in fig.series.iter().enumerate() {
            let Some(&v) = series.values.get(c).filter(|v| !v.is_nan()) else {
                continue;
            };
            let colour = SERIES[s % SERIES.len()];
            let x0 = c as f64 + 0.1 + s as f64 * bar_w;
            let x1 = x0 + bar_w * 0.9;
            let top = if v.is_infinite() {
                if v > 0.0 { hi } else { lo }
            } else {
                v
            };
            let style = if grey {
                GRID.filled()
            } else if v.is_infinite() {
                colour.mix(0.35).filled()
            } else {
                colour.filled()
            };
            chart.draw_series([Rectangle::new([(x0, 0.0), (x1, top)], style)])?;
            for i in 0..=2 {
                for j in 0..=6 {
                    let x = x0 + (x1 - x0) * f64::from(i) / 2.0;
                    covered.push((x, top * f64::from(j) / 6.0));
                }
            }
            if v.is_infinite() {
                let (label, y) = if v > 0.0 {
                    ("∞", hi - 0.08 * (hi - lo))
                } else {
                    ("−∞", lo + 0.08 * (hi - lo))
                };
                let mid = ((x0 + x1) / 2.0, y);
                chart.draw_series([Text::new(label, mid, inf_font.clone())])?;
            }
        }
    }
    if let Some((y, label)) = &fig.reference {
        covered.extend((0..=20).map(|i| (n as f64 * f64::from(i) / 20.0, *y)));
        let style = HIGHLIGHT.stroke_width(scale.px(2.0));
        let line = [(0.0, *y), (n as f64, *y)];
        chart
            .draw_series(DashedLineSeries::new(
                line,
                scale.px(6.0),
                scale.px(4.0),
                style,
            ))?
            .label(label.as_str())
            .legend(line_swatch(HIGHLIGHT));
    }
    for (s, series) in fig.series.iter().enumerate() {
        let colour = SERIES[s % SERIES.len()];
        chart
            .draw_series(std::iter::empty::<Rectangle<(f64, f64)>>())?
            .label(series.label.as_str())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 14, y + 5)], colour.filled()));
    }
    let labels: Vec<&str> = fig
        .reference
        .iter()
        .map(|r| r.1.as_str())
        .chain(fig.series.iter().map(|s| s.label.as_str()))
        .collect();
    let font = axes.font(scale);
    let ranges = ((0.0, n as f64), (lo, hi));
    let corner = legend_corner(
        &chart,
        &labels,
        &font,
        scale,
        covered.iter().copied(),
        ranges,
    );
    legend(&mut chart, corner, font)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_range_leaves_room_for_infinity() {
        let fig = BarsFigure {
            series: vec![BarSeries {
                label: "a".into(),
                values: vec![0.5, f64::INFINITY, -0.2],
            }],
            categories: vec!["1".into(), "2".into(), "3".into()],
            greyed: vec![],
            highlighted: vec![],
            y_label: String::new(),
            reference: None,
        };
        let (lo, hi) = bar_range(&fig);
        assert!(lo < -0.2 && hi > 0.5 + 0.1);
    }
}
