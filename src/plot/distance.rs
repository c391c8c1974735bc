//! The JS lesson's distance figures: a value on a bounded gauge (D_JS on [0, log 2]) and the
//! triangle of three distances, which fails to close when they break the triangle inequality.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::chart::{Axes, DrawError};
use super::divergence::SERIES;
use super::{HIGHLIGHT, INK, POINT, Scale};

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
) -> Result<(), DrawError<DB>> {
    let top = fig.max * 1.08;
    let axes = Axes {
        x_area: 30.0,
        y_area: 8.0,
        y_grid: false,
        y_axis: false,
        ..Axes::LESSON
    };
    let mut chart = axes.chart(area, scale, 0f64..top, 0f64..1f64)?;
    let bar = [(0.0, 0.3), (fig.value.clamp(0.0, top), 0.7)];
    chart.draw_series([Rectangle::new(bar, SERIES[0].filled())])?;
    let bound = HIGHLIGHT.stroke_width(scale.px(3.0));
    chart.draw_series([PathElement::new([(fig.max, 0.05), (fig.max, 0.95)], bound)])?;
    let font = axes.font(scale);
    let at = |h| font.clone().pos(Pos::new(h, VPos::Top));
    chart.draw_series([
        Text::new(fig.max_label.clone(), (fig.max, 0.95), at(HPos::Right)),
        Text::new(fig.label.clone(), (0.0, 0.95), at(HPos::Left)),
    ])?;
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
) -> Result<(), DrawError<DB>> {
    let font = super::chart::font(scale, 15.0);
    let span = fig.pr.max(fig.pq).max(fig.qr).max(1e-9);
    let (w, h) = area.dim_in_pixel();
    let aspect = f64::from(h.max(1)) / f64::from(w.max(1));
    let x_range = (-0.25 * span)..(1.35 * span);
    let height = 1.6 * span * aspect;
    let y_range = (-0.25 * height)..(0.75 * height);
    let axes = Axes {
        x_area: 0.0,
        y_area: 0.0,
        ..Axes::LESSON
    };
    let (mut chart, _) = axes.build(area, scale, x_range, y_range)?;
    let (p, r) = ((0.0, 0.0), (fig.pr, 0.0));
    let stroke = scale.px(3.0);
    let mid = |a: (f64, f64), b: (f64, f64)| ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
    let side = |a, b, colour: RGBColor| PathElement::new([a, b], colour.stroke_width(stroke));
    let Some(q) = triangle_apex(fig.pq, fig.qr, fig.pr) else {
        let (q1, q2) = (fig.pq, fig.pr - fig.qr);
        chart.draw_series([
            side(p, r, SERIES[1]),
            side((p.0, 0.12 * span), (q1, 0.12 * span), SERIES[0]),
            side((q2, 0.22 * span), (r.0, 0.22 * span), SERIES[0]),
        ])?;
        let note = "d(P,Q) + d(Q,R) < d(P,R)";
        chart.draw_series([Text::new(note, (0.0, -0.12 * span), font.color(&POINT))])?;
        return Ok(());
    };
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
        chart.draw_series([Circle::new(at, scale.px(5.0), INK.filled())])?;
        chart.draw_series([Text::new(name, at, font.clone().pos(pos))])?;
    }
    let centred = font.pos(Pos::new(HPos::Center, VPos::Center));
    for (a, b, d) in [(p, q, fig.pq), (q, r, fig.qr), (p, r, fig.pr)] {
        let length = crate::i18n::format_number(d, 4, scale.lang);
        chart.draw_series([Text::new(length, mid(a, b), centred.clone())])?;
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
}
