//! One line-chart figure for the GAN theory lessons: curves (solid, dashed or filled), horizontal
//! reference lines (the −log 4 floor, D = ½), a vertical marker (the probe x), and draggable
//! handles. It returns the chart's [`Frame`] so the page can map a pointer back to data
//! coordinates.

use plotters::coord::Shift;
use plotters::prelude::*;

use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::chart::{Axes, DrawError, halo_text, legend, legend_corner};
use super::{HIGHLIGHT, INK, Scale};

/// A curve.
#[derive(Clone, Debug, PartialEq)]
pub struct Curve {
    /// Legend text, in the figure's language (empty: no legend entry).
    pub label: String,
    /// Colour.
    pub color: RGBColor,
    /// The points, in order of x.
    pub points: Vec<(f64, f64)>,
    /// Dashed rather than solid.
    pub dashed: bool,
    /// Filled down to y = 0 (lightly).
    pub fill: bool,
}

/// A horizontal reference line.
#[derive(Clone, Debug, PartialEq)]
pub struct HLine {
    /// Its height.
    pub y: f64,
    /// Its label, written at the left end.
    pub label: String,
}

/// A point drawn as a handle (or a highlighted point).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Handle {
    /// Where.
    pub at: (f64, f64),
    /// Colour.
    pub color: RGBColor,
    /// Filled disc, or a ring.
    pub filled: bool,
}

/// What [`draw_lines`] draws.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LinesFigure {
    /// The x range.
    pub x: (f64, f64),
    /// The y range; `None`: from 0 (or the lowest point) to 12 % above the highest point.
    pub y: Option<(f64, f64)>,
    /// The curves.
    pub curves: Vec<Curve>,
    /// Reference lines.
    pub hlines: Vec<HLine>,
    /// A vertical marker at this x, with its label.
    pub marker: Option<(f64, String)>,
    /// Handles and marked points.
    pub handles: Vec<Handle>,
    /// The x axis' description, in the figure's language.
    pub x_label: String,
    /// The y axis' description, in the figure's language.
    pub y_label: String,
}

/// Where the plotting area lies in backend pixels, and the data ranges it shows: enough to map
/// a pointer to data coordinates and back.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// Pixel columns of x = lo and x = hi.
    pub px: (f64, f64),
    /// Pixel rows of y = lo and y = hi (the first is the larger).
    pub py: (f64, f64),
    /// The x range.
    pub x: (f64, f64),
    /// The y range.
    pub y: (f64, f64),
}

impl Frame {
    /// Data coordinates of a backend pixel.
    pub fn to_data(&self, (u, v): (f64, f64)) -> (f64, f64) {
        let x = self.x.0 + (u - self.px.0) / (self.px.1 - self.px.0) * (self.x.1 - self.x.0);
        let y = self.y.0 + (v - self.py.0) / (self.py.1 - self.py.0) * (self.y.1 - self.y.0);
        (x, y)
    }

    /// Backend pixel of data coordinates.
    pub fn to_pixel(&self, (x, y): (f64, f64)) -> (f64, f64) {
        let u = self.px.0 + (x - self.x.0) / (self.x.1 - self.x.0) * (self.px.1 - self.px.0);
        let v = self.py.0 + (y - self.y.0) / (self.y.1 - self.y.0) * (self.py.1 - self.py.0);
        (u, v)
    }
}

/// `n + 1` points of `f` evenly over `range`.
pub fn sample(range: (f64, f64), n: usize, f: impl Fn(f64) -> f64) -> Vec<(f64, f64)> {
    (0..=n)
        .map(|i| {
            let x = range.0 + (range.1 - range.0) * i as f64 / n as f64;
            (x, f(x))
        })
        .collect()
}

/// The runs of finite points of a curve, in order: a missing point (infinite or NaN) ends a
/// run, so a curve is drawn with a gap there rather than bridged across. Single points are
/// dropped (no line to draw).
fn segments(points: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
    points
        .split(|p| !(p.0.is_finite() && p.1.is_finite()))
        .filter(|run| run.len() >= 2)
        .map(<[(f64, f64)]>::to_vec)
        .collect()
}

/// Draws the figure. Infinite or NaN points are left out of the curves, which break there. A
/// curve with an empty label has no legend entry; the legend draws each curve's dash style
/// and fill.
pub fn draw_lines<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fig: &LinesFigure,
    scale: Scale,
) -> Result<Frame, DrawError<DB>> {
    let finite = || {
        fig.curves
            .iter()
            .flat_map(|c| c.points.iter().map(|p| p.1))
            .chain(fig.hlines.iter().map(|h| h.y))
            .filter(|y| y.is_finite())
    };
    let (y_lo, y_hi) = fig.y.unwrap_or_else(|| {
        let lo = finite().fold(0.0, f64::min);
        let hi = finite().fold(f64::MIN_POSITIVE, f64::max);
        (
            lo - 0.06 * (hi - lo) * f64::from(u8::from(lo < 0.0)),
            hi + 0.12 * (hi - lo),
        )
    });
    let (x_lo, x_hi) = fig.x;
    let axes = Axes {
        y_labels: Some(6),
        x_desc: Some(&fig.x_label),
        y_desc: Some(&fig.y_label),
        ..Axes::LESSON
    };
    let mut chart = axes.chart(area, scale, x_lo..x_hi, y_lo..y_hi)?;
    let font = axes.font(scale);
    let (rule, above) = (
        INK.mix(0.6).stroke_width(scale.px(1.5)),
        font.clone().pos(Pos::new(HPos::Left, VPos::Bottom)),
    );
    for h in &fig.hlines {
        chart.draw_series([PathElement::new([(x_lo, h.y), (x_hi, h.y)], rule)])?;
        let at = (x_lo + 0.01 * (x_hi - x_lo), h.y);
        halo_text(&mut chart, &h.label, at, &above, scale)?;
    }
    for c in &fig.curves {
        let style = c.color.stroke_width(scale.px(2.5));
        // A curve is cut where a point is missing (infinite or NaN): the gap stays a gap.
        let segments = segments(&c.points);
        if c.fill {
            for seg in &segments {
                chart.draw_series(AreaSeries::new(seg.iter().copied(), 0.0, c.color.mix(0.12)))?;
            }
        }
        // The legend's swatch draws what the curve looks like: a dashed curve gets dashes, a
        // filled one a light box under its line.
        let (w, h) = (scale.px(18.0) as i32, scale.px(5.0) as i32);
        let (dash, gap) = if c.dashed {
            (scale.px(6.0) as i32, scale.px(6.0) as i32)
        } else {
            (w, 0)
        };
        let (color, fill, dashed) = (c.color, c.fill, c.dashed);
        let line = color.stroke_width(scale.px(3.0));
        let swatch = move |(x, y): (i32, i32)| {
            let box_style = if fill {
                color.mix(0.25).filled()
            } else {
                TRANSPARENT.filled()
            };
            let second = if dashed { (dash + gap, w) } else { (0, w) };
            EmptyElement::at((x, y))
                + Rectangle::new([(0, -h), (w, h)], box_style)
                + PathElement::new(vec![(0, 0), (dash, 0)], line)
                + PathElement::new(vec![(second.0, 0), (second.1, 0)], line)
        };
        let mut labelled = c.label.is_empty();
        for seg in segments {
            let drawn = if c.dashed {
                chart.draw_series(DashedLineSeries::new(
                    seg,
                    scale.px(7.0),
                    scale.px(5.0),
                    style,
                ))?
            } else {
                chart.draw_series(LineSeries::new(seg, style))?
            };
            if !labelled {
                drawn.label(c.label.as_str()).legend(swatch);
                labelled = true;
            }
        }
    }
    if let Some((x, label)) = &fig.marker {
        let style = HIGHLIGHT.stroke_width(scale.px(2.0));
        chart.draw_series([PathElement::new([(*x, y_lo), (*x, y_hi)], style)])?;
        halo_text(&mut chart, label, (*x, y_hi), &font, scale)?;
    }
    let radius = scale.px(6.0);
    for h in &fig.handles {
        if h.at.0.is_finite() && h.at.1.is_finite() {
            let style = if h.filled {
                h.color.filled()
            } else {
                h.color.stroke_width(scale.px(2.5))
            };
            chart.draw_series([Circle::new(h.at, radius, style)])?;
        }
    }
    let labels: Vec<&str> = fig
        .curves
        .iter()
        .filter(|c| !c.label.is_empty())
        .map(|c| c.label.as_str())
        .collect();
    if !labels.is_empty() {
        // Where no curve runs (nor a reference line or the marker).
        let points = fig
            .curves
            .iter()
            .flat_map(|c| c.points.iter().copied())
            .chain(fig.hlines.iter().flat_map(|h| {
                (0..=20).map(move |i| (x_lo + (x_hi - x_lo) * f64::from(i) / 20.0, h.y))
            }))
            .chain(fig.marker.iter().flat_map(|(x, _)| {
                let x = *x;
                (0..=20).map(move |i| (x, y_lo + (y_hi - y_lo) * f64::from(i) / 20.0))
            }));
        let ranges = ((x_lo, x_hi), (y_lo, y_hi));
        let corner = legend_corner(&chart, &labels, &font, scale, points, ranges);
        legend(&mut chart, corner, font)?;
    }
    Ok(Frame::of(&chart, (x_lo, x_hi), (y_lo, y_hi)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::plot::CURVE;

    #[test]
    fn frame_maps_both_ways() {
        let f = Frame {
            px: (50.0, 950.0),
            py: (560.0, 10.0),
            x: (-5.0, 5.0),
            y: (0.0, 1.1),
        };
        let (x, y) = f.to_data(f.to_pixel((1.25, 0.5)));
        assert!((x - 1.25).abs() < 1e-12 && (y - 0.5).abs() < 1e-12);
        assert_eq!(f.to_data((50.0, 560.0)), (-5.0, 0.0));
    }

    #[test]
    fn curves_break_at_missing_points() {
        let pts = [
            (0.0, 1.0),
            (1.0, 2.0),
            (2.0, f64::NAN),
            (3.0, 1.0),
            (4.0, f64::INFINITY),
            (5.0, 1.0),
            (6.0, 2.0),
        ];
        let runs = segments(&pts);
        assert_eq!(
            runs,
            vec![vec![(0.0, 1.0), (1.0, 2.0)], vec![(5.0, 1.0), (6.0, 2.0)]]
        );
    }

    #[test]
    fn draws_to_svg_and_reports_its_frame() {
        let mut svg = String::new();
        let fig = LinesFigure {
            x: (-3.0, 3.0),
            curves: vec![Curve {
                label: "p".into(),
                color: CURVE,
                points: sample((-3.0, 3.0), 100, |x| (-x * x / 2.0).exp()),
                dashed: true,
                fill: true,
            }],
            hlines: vec![HLine {
                y: 0.5,
                label: "½".into(),
            }],
            marker: Some((0.5, "x".into())),
            handles: vec![Handle {
                at: (0.0, 1.0),
                color: CURVE,
                filled: true,
            }],
            ..LinesFigure::default()
        };
        let frame = {
            let root = SVGBackend::with_string(&mut svg, (600, 400)).into_drawing_area();
            draw_lines(&root, &fig, Scale::new(1.0, Lang::En)).unwrap_or_else(|e| panic!("{e:?}"))
        };
        assert!(frame.px.0 < frame.px.1 && frame.py.0 > frame.py.1);
        assert_eq!(frame.x, (-3.0, 3.0));
        assert!(frame.y.1 > 1.0 && frame.y.0 == 0.0);
        assert!(svg.contains("<circle"));
    }
}
