//! Figures of the Gibbs, KL and JS lessons: log x against x − 1 with the ratios qᵢ/pᵢ, grouped
//! bars with infinite values drawn as such, two Gaussian densities, a bounded gauge and the
//! triangle of three distances.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{CURVE, GRID, HIGHLIGHT, INK, POINT, Scale, x_label_count};

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
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&WHITE)?;
    let font = ("sans-serif", scale.px(14.0)).into_font().color(&INK);
    let (y_min, y_max) = (-3.0, 2.0);
    let mut chart = ChartBuilder::on(area)
        .margin(scale.px(10.0))
        .x_label_area_size(scale.px(36.0))
        .y_label_area_size(scale.px(44.0))
        .build_cartesian_2d(0f64..LOG_BOUND_X_MAX, y_min..y_max)?;
    chart
        .configure_mesh()
        .x_labels(x_label_count(area, scale))
        .light_line_style(GRID.mix(0.5))
        .bold_line_style(GRID)
        .x_desc("x")
        .x_label_formatter(&|v| scale.tick(v))
        .y_label_formatter(&|v| scale.tick(v))
        .label_style(font.clone())
        .axis_desc_style(font.clone())
        .draw()?;
    let width = scale.px(if fig.highlight { 3.5 } else { 2.5 });
    let ln_curve = (1..=600)
        .map(|i| LOG_BOUND_X_MAX * i as f64 / 600.0)
        .map(|x| (x, x.ln()))
        .filter(|&(_, y)| y >= y_min);
    chart
        .draw_series(LineSeries::new(ln_curve, CURVE.stroke_width(width)))?
        .label("ln x")
        .legend(|(x, y)| PathElement::new([(x, y), (x + 18, y)], CURVE.stroke_width(3)));
    let line = [(0.0, -1.0), (LOG_BOUND_X_MAX, LOG_BOUND_X_MAX - 1.0)];
    chart
        .draw_series(LineSeries::new(line, INK.stroke_width(width)))?
        .label("x − 1")
        .legend(|(x, y)| PathElement::new([(x, y), (x + 18, y)], INK.stroke_width(3)));
    if fig.highlight {
        chart.draw_series(std::iter::once(Circle::new(
            (1.0, 0.0),
            scale.px(11.0),
            HIGHLIGHT.stroke_width(scale.px(3.0)),
        )))?;
    }
    let label_font = ("sans-serif", scale.px(13.0)).into_font().color(&POINT);
    for &(i, x) in &fig.ratios {
        let shown = x.min(LOG_BOUND_X_MAX);
        let top = (shown - 1.0).min(y_max);
        if x > 0.0 {
            let y = x.ln().max(y_min);
            chart.draw_series(std::iter::once(PathElement::new(
                [(shown, y), (shown, top)],
                POINT.mix(0.6).stroke_width(scale.px(2.0)),
            )))?;
            chart.draw_series(std::iter::once(Circle::new(
                (shown, y),
                scale.px(5.0),
                POINT.filled(),
            )))?;
            chart.draw_series(std::iter::once(Text::new(
                format!("{i}"),
                (shown, y),
                label_font.clone(),
            )))?;
        } else {
            // q_i = 0: ln 0 = −∞, drawn as an arrow leaving the plot downwards.
            let y0 = y_min + 0.6;
            chart.draw_series(std::iter::once(PathElement::new(
                [(0.02, top), (0.02, y_min)],
                POINT.stroke_width(scale.px(2.0)),
            )))?;
            chart.draw_series(std::iter::once(Text::new(
                format!("{i}: −∞"),
                (0.06, y0),
                label_font.clone(),
            )))?;
        }
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(GRID)
        .label_font(font)
        .draw()?;
    Ok(())
}

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

/// Draws grouped bars; infinite values run to the plot's edge, hatched, labelled "∞" or "−∞".
pub fn draw_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fig: &BarsFigure,
    scale: Scale,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&WHITE)?;
    let font = ("sans-serif", scale.px(14.0)).into_font().color(&INK);
    let n = fig.categories.len().max(1);
    let (lo, hi) = bar_range(fig);
    let mut chart = ChartBuilder::on(area)
        .margin(scale.px(10.0))
        .x_label_area_size(scale.px(30.0))
        .y_label_area_size(scale.px(56.0))
        .build_cartesian_2d(0f64..n as f64, lo..hi)?;
    let categories = fig.categories.clone();
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(n * 2 + 1)
        .x_label_formatter(&|x| {
            let k = x - 0.5;
            if (k - k.round()).abs() < 1e-9 && k >= 0.0 {
                categories
                    .get(k.round() as usize)
                    .cloned()
                    .unwrap_or_default()
            } else {
                String::new()
            }
        })
        .light_line_style(GRID.mix(0.5))
        .bold_line_style(GRID)
        .y_desc(fig.y_label.as_str())
        .y_label_formatter(&|v| scale.tick(v))
        .label_style(font.clone())
        .axis_desc_style(font.clone())
        .draw()?;
    chart.draw_series(std::iter::once(PathElement::new(
        [(0.0, 0.0), (n as f64, 0.0)],
        INK.stroke_width(scale.px(1.0)),
    )))?;
    let k = fig.series.len().max(1) as f64;
    let group = 0.8;
    let bar_w = group / k;
    let inf_font = ("sans-serif", scale.px(22.0)).into_font().color(&INK);
    for (c, _) in fig.categories.iter().enumerate() {
        let grey = fig.greyed.get(c).copied().unwrap_or(false);
        if fig.highlighted.get(c).copied().unwrap_or(false) {
            chart.draw_series(std::iter::once(Rectangle::new(
                [(c as f64 + 0.04, lo), (c as f64 + 0.96, hi)],
                HIGHLIGHT.mix(0.15).filled(),
            )))?;
        }
        for (s, series) in fig.series.iter().enumerate() {
            let Some(&v) = series.values.get(c) else {
                continue;
            };
            if v.is_nan() {
                continue;
            }
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
            chart.draw_series(std::iter::once(Rectangle::new(
                [(x0, 0.0), (x1, top)],
                style,
            )))?;
            if v.is_infinite() {
                let label = if v > 0.0 { "∞" } else { "−∞" };
                let y = if v > 0.0 {
                    hi - 0.08 * (hi - lo)
                } else {
                    lo + 0.08 * (hi - lo)
                };
                chart.draw_series(std::iter::once(Text::new(
                    label,
                    ((x0 + x1) / 2.0, y),
                    inf_font.clone().pos(Pos::new(HPos::Center, VPos::Center)),
                )))?;
            }
        }
    }
    if let Some((y, label)) = &fig.reference {
        chart
            .draw_series(DashedLineSeries::new(
                [(0.0, *y), (n as f64, *y)],
                scale.px(6.0),
                scale.px(4.0),
                HIGHLIGHT.stroke_width(scale.px(2.0)),
            ))?
            .label(label.as_str())
            .legend(|(x, y)| PathElement::new([(x, y), (x + 18, y)], HIGHLIGHT.stroke_width(3)));
    }
    for (s, series) in fig.series.iter().enumerate() {
        let colour = SERIES[s % SERIES.len()];
        chart
            .draw_series(std::iter::empty::<Rectangle<(f64, f64)>>())?
            .label(series.label.as_str())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 14, y + 5)], colour.filled()));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(GRID)
        .label_font(font)
        .draw()?;
    Ok(())
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
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&WHITE)?;
    let font = ("sans-serif", scale.px(14.0)).into_font().color(&INK);
    let lo = (fig.p.0 - 4.0 * fig.p.1).min(fig.q.0 - 4.0 * fig.q.1);
    let hi = (fig.p.0 + 4.0 * fig.p.1).max(fig.q.0 + 4.0 * fig.q.1);
    let pdf = |x: f64, (mu, s): (f64, f64)| crate::math::divergence::gauss_pdf(x, mu, s);
    let peak = pdf(fig.p.0, fig.p).max(pdf(fig.q.0, fig.q));
    let mut chart = ChartBuilder::on(area)
        .margin(scale.px(10.0))
        .x_label_area_size(scale.px(36.0))
        .y_label_area_size(scale.px(48.0))
        .build_cartesian_2d(lo..hi, 0f64..peak * 1.12)?;
    chart
        .configure_mesh()
        .x_labels(x_label_count(area, scale))
        .light_line_style(GRID.mix(0.5))
        .bold_line_style(GRID)
        .x_desc(fig.x_label.as_str())
        .x_label_formatter(&|v| scale.tick(v))
        .y_label_formatter(&|v| scale.tick(v))
        .label_style(font.clone())
        .axis_desc_style(font.clone())
        .draw()?;
    for (name, params, colour) in [("p(x)", fig.p, SERIES[0]), ("q(x)", fig.q, SERIES[1])] {
        let curve = (0..=400).map(|i| {
            let x = lo + (hi - lo) * i as f64 / 400.0;
            (x, pdf(x, params))
        });
        chart
            .draw_series(LineSeries::new(curve, colour.stroke_width(scale.px(2.5))))?
            .label(name)
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 18, y)], colour.stroke_width(3)));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(GRID)
        .label_font(font)
        .draw()?;
    Ok(())
}

/// A value on a bounded scale: D_JS on [0, log 2].
#[derive(Clone, Debug, PartialEq)]
pub struct GaugeFigure {
    /// The value.
    pub value: f64,
    /// The bound.
    pub max: f64,
    /// The bound's label (e.g. "log 2").
    pub max_label: String,
    /// The value's label.
    pub label: String,
}

/// Draws a horizontal bar from 0 to the value with the bound drawn as a line.
pub fn draw_gauge<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fig: &GaugeFigure,
    scale: Scale,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&WHITE)?;
    let font = ("sans-serif", scale.px(14.0)).into_font().color(&INK);
    let top = fig.max * 1.08;
    let mut chart = ChartBuilder::on(area)
        .margin(scale.px(10.0))
        .x_label_area_size(scale.px(30.0))
        .y_label_area_size(scale.px(8.0))
        .build_cartesian_2d(0f64..top, 0f64..1f64)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .disable_y_axis()
        .x_labels(x_label_count(area, scale))
        .x_label_formatter(&|v| scale.tick(v))
        .light_line_style(GRID.mix(0.5))
        .bold_line_style(GRID)
        .label_style(font.clone())
        .draw()?;
    chart.draw_series(std::iter::once(Rectangle::new(
        [(0.0, 0.3), (fig.value.clamp(0.0, top), 0.7)],
        SERIES[0].filled(),
    )))?;
    chart.draw_series(std::iter::once(PathElement::new(
        [(fig.max, 0.05), (fig.max, 0.95)],
        HIGHLIGHT.stroke_width(scale.px(3.0)),
    )))?;
    chart.draw_series(std::iter::once(Text::new(
        fig.max_label.clone(),
        (fig.max, 0.95),
        font.clone().pos(Pos::new(HPos::Right, VPos::Top)),
    )))?;
    chart.draw_series(std::iter::once(Text::new(
        fig.label.clone(),
        (0.0, 0.95),
        font.pos(Pos::new(HPos::Left, VPos::Top)),
    )))?;
    Ok(())
}

/// Three distances between P, Q and R, drawn as a triangle when they make one.
#[derive(Clone, Debug, PartialEq)]
pub struct TriangleFigure {
    /// d(P, Q).
    pub pq: f64,
    /// d(Q, R).
    pub qr: f64,
    /// d(P, R).
    pub pr: f64,
}

/// Where Q sits with P at (0, 0) and R at (pr, 0), or `None` when the three lengths break the
/// triangle inequality (no triangle has them).
pub fn triangle_apex(pq: f64, qr: f64, pr: f64) -> Option<(f64, f64)> {
    if pr <= 0.0 {
        return (pq - qr).abs().le(&1e-12).then_some((0.0, pq));
    }
    let x = (pq * pq - qr * qr + pr * pr) / (2.0 * pr);
    let h2 = pq * pq - x * x;
    (h2 >= -1e-12 * pq.max(1.0)).then(|| (x, h2.max(0.0).sqrt()))
}

/// Draws the triangle P–Q–R with side lengths d; when no triangle has them, the two short
/// sides are drawn from P and R along the base, visibly failing to meet.
pub fn draw_triangle<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fig: &TriangleFigure,
    scale: Scale,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&WHITE)?;
    let font = ("sans-serif", scale.px(15.0)).into_font().color(&INK);
    let span = fig.pr.max(fig.pq).max(fig.qr).max(1e-9);
    let (w, h) = area.dim_in_pixel();
    let aspect = f64::from(h.max(1)) / f64::from(w.max(1));
    let x_range = (-0.25 * span)..(1.35 * span);
    let height = 1.6 * span * aspect;
    let y_range = (-0.25 * height)..(0.75 * height);
    let mut chart = ChartBuilder::on(area)
        .margin(scale.px(10.0))
        .build_cartesian_2d(x_range, y_range)?;
    let p = (0.0, 0.0);
    let r = (fig.pr, 0.0);
    let stroke = scale.px(3.0);
    let mid = |a: (f64, f64), b: (f64, f64)| ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
    let side = |a, b, colour: RGBColor| PathElement::new([a, b], colour.stroke_width(stroke));
    match triangle_apex(fig.pq, fig.qr, fig.pr) {
        Some(q) => {
            chart.draw_series([
                side(p, q, SERIES[0]),
                side(q, r, SERIES[0]),
                side(p, r, SERIES[1]),
            ])?;
            for (name, at, pos) in [
                ("P", p, Pos::new(HPos::Right, VPos::Top)),
                ("Q", q, Pos::new(HPos::Center, VPos::Bottom)),
                ("R", r, Pos::new(HPos::Left, VPos::Top)),
            ] {
                chart.draw_series(std::iter::once(Circle::new(
                    at,
                    scale.px(5.0),
                    INK.filled(),
                )))?;
                chart.draw_series(std::iter::once(Text::new(name, at, font.clone().pos(pos))))?;
            }
            for (a, b, d) in [(p, q, fig.pq), (q, r, fig.qr), (p, r, fig.pr)] {
                chart.draw_series(std::iter::once(Text::new(
                    crate::i18n::format_number(d, 4, scale.lang),
                    mid(a, b),
                    font.clone().pos(Pos::new(HPos::Center, VPos::Center)),
                )))?;
            }
        }
        None => {
            let q1 = (fig.pq, 0.0);
            let q2 = (fig.pr - fig.qr, 0.0);
            chart.draw_series([
                side(p, r, SERIES[1]),
                PathElement::new(
                    [(p.0, 0.12 * span), (q1.0, 0.12 * span)],
                    SERIES[0].stroke_width(stroke),
                ),
                PathElement::new(
                    [(q2.0, 0.22 * span), (r.0, 0.22 * span)],
                    SERIES[0].stroke_width(stroke),
                ),
            ])?;
            chart.draw_series(std::iter::once(Text::new(
                "d(P,Q) + d(Q,R) < d(P,R)",
                (0.0, -0.12 * span),
                font.clone().color(&POINT),
            )))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apex_of_a_right_triangle() {
        let (x, y) = triangle_apex(3.0, 4.0, 5.0).unwrap_or((f64::NAN, f64::NAN));
        assert!((x - 1.8).abs() < 1e-12 && (y - 2.4).abs() < 1e-12);
        assert!(triangle_apex(1.0, 1.0, 3.0).is_none());
        assert!(
            triangle_apex(1.0, 2.0, 3.0).is_some(),
            "degenerate is a triangle"
        );
    }

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
