//! A plane of marks in layers: points (one colour, or one per point), paths and segments, drawn
//! over axes that may keep x and y on the same scale. The VAE lab draws its data space with it
//! (data, reconstructions, prior samples, the decoder's image of a latent lattice) and its latent
//! space (codes μ(x) over the prior's 1σ and 2σ circles, or over its density for a 1-D code).
//! Marks outside the ranges are left out; paths are clipped to them. The 2-D GAN lab's field
//! (`field2d`) draws its layers with the same machinery ([`draw_layers`]).

use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::element::DashedPathElement;
use plotters::prelude::*;

use super::chart::{Axes, Chart, DrawError, legend, legend_corner};
use super::lines::Frame;
use super::{CURVE, HIGHLIGHT, INK, Scale};

/// Class colours (cycled): blue, orange, green, purple, red, teal, brown, grey-pink.
pub const CLASS_COLORS: [RGBColor; 8] = [
    CURVE,
    HIGHLIGHT,
    RGBColor(0x2e, 0x8b, 0x57),
    RGBColor(0x8e, 0x44, 0xad),
    RGBColor(0xc0, 0x39, 0x2b),
    RGBColor(0x16, 0xa0, 0x85),
    RGBColor(0x8d, 0x6e, 0x63),
    RGBColor(0xd8, 0x1b, 0x60),
];

/// One layer of marks, drawn in the order given.
#[derive(Clone, Debug, PartialEq)]
pub struct Layer {
    /// Legend text (empty: no legend entry).
    pub label: String,
    /// The layer's colour (of its paths, its legend entry, and its points unless `colors`).
    pub color: RGBColor,
    /// Points, as (x, y).
    pub points: Vec<(f64, f64)>,
    /// One colour per point (empty: `color` for all).
    pub colors: Vec<RGBColor>,
    /// One opacity per point (empty: `alpha` for all).
    pub alphas: Vec<f64>,
    /// A ring of this colour and width (CSS pixels), drawn opaque around each point.
    pub outline: Option<(RGBColor, f64)>,
    /// The points' radius in CSS pixels.
    pub radius: f64,
    /// Filled discs, or rings.
    pub filled: bool,
    /// Opacity of points (unless `alphas`) and paths, 0–1.
    pub alpha: f64,
    /// Paths (polylines), each clipped to the ranges.
    pub paths: Vec<Vec<(f64, f64)>>,
    /// The paths' width in CSS pixels.
    pub width: f64,
    /// Dashed paths.
    pub dashed: bool,
}

impl Default for Layer {
    fn default() -> Layer {
        Layer {
            label: String::new(),
            color: INK,
            points: Vec::new(),
            colors: Vec::new(),
            alphas: Vec::new(),
            outline: None,
            radius: 2.5,
            filled: true,
            alpha: 0.8,
            paths: Vec::new(),
            width: 1.5,
            dashed: false,
        }
    }
}

/// What [`draw_plane`] draws.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlaneFigure {
    /// The x range (an empty or non-finite range shows [−1, 1]).
    pub x: (f64, f64),
    /// The y range.
    pub y: (f64, f64),
    /// Keep one unit of x as long as one unit of y (a square plot for equal ranges).
    pub equal: bool,
    /// The layers, bottom first.
    pub layers: Vec<Layer>,
    /// Axis descriptions.
    pub x_label: String,
    /// Axis descriptions.
    pub y_label: String,
}

/// A range that plotters can draw: `(lo, hi)` if increasing with a finite width, else [−1, 1].
pub(super) fn usable((lo, hi): (f64, f64)) -> (f64, f64) {
    if (hi - lo).is_finite() && hi > lo {
        (lo, hi)
    } else {
        (-1.0, 1.0)
    }
}

/// The symmetric range [−r, r] holding every finite value with a 10 % margin, at least
/// [−`min`, `min`] and at most [−`max`, `max`].
pub fn symmetric_range(values: impl IntoIterator<Item = f64>, min: f64, max: f64) -> (f64, f64) {
    let r = values
        .into_iter()
        .filter(|v| v.is_finite())
        .fold(0.0f64, |m, v| m.max(v.abs()));
    let r = (1.1 * r).clamp(min, max);
    (-r, r)
}

/// The point of a pair `[x, y]` (its first two values), or `None` if not finite.
pub(super) fn pair(p: &[f32]) -> Option<(f64, f64)> {
    let (x, y) = (f64::from(p[0]), f64::from(p[1]));
    (x.is_finite() && y.is_finite()).then_some((x, y))
}

/// The pairs of a flattened `[n, 2]` buffer, non-finite ones left out.
pub fn pairs(values: &[f32]) -> Vec<(f64, f64)> {
    values.chunks_exact(2).filter_map(pair).collect()
}

/// Whether `p` lies in the box `x` × `y` (edges included; never for NaN).
pub(super) fn inside(p: (f64, f64), x: (f64, f64), y: (f64, f64)) -> bool {
    p.0 >= x.0 && p.0 <= x.1 && p.1 >= y.0 && p.1 <= y.1
}

/// A circle of radius `r` about `c` as a closed path of `n` segments.
pub fn circle(c: (f64, f64), r: f64, n: usize) -> Vec<(f64, f64)> {
    let n = n.max(3);
    (0..=n)
        .map(|i| {
            let t = std::f64::consts::TAU * i as f64 / n as f64;
            (c.0 + r * t.cos(), c.1 + r * t.sin())
        })
        .collect()
}

/// The runs of consecutive present points, as paths of at least two points.
fn runs(points: impl Iterator<Item = Option<(f64, f64)>>) -> Vec<Vec<(f64, f64)>> {
    let points: Vec<Option<(f64, f64)>> = points.collect();
    points
        .split(Option::is_none)
        .filter(|run| run.len() >= 2)
        .map(|run| run.iter().flatten().copied().collect())
        .collect()
}

/// The rows and columns of an `m × m` lattice of points flattened `[m·m, 2]` (row-major) as
/// paths; a non-finite point cuts its row and column. Too short a buffer gives no paths.
pub fn lattice_paths(values: &[f32], m: usize) -> Vec<Vec<(f64, f64)>> {
    if m < 2 || values.len() < 2 * m * m {
        return Vec::new();
    }
    let at = |k: usize| pair(&values[2 * k..]);
    let rows = (0..m).flat_map(|r| runs((0..m).map(move |c| at(r * m + c))));
    let cols = (0..m).flat_map(|c| runs((0..m).map(move |r| at(r * m + c))));
    rows.chain(cols).collect()
}

/// The part of segment a–b inside the box (Liang–Barsky), or `None`. An end inside the box
/// comes back as it is, so a path wholly inside stays one path.
pub(super) fn clip(
    a: (f64, f64),
    b: (f64, f64),
    x: (f64, f64),
    y: (f64, f64),
) -> Option<((f64, f64), (f64, f64))> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, a.0 - x.0),
        (dx, x.1 - a.0),
        (-dy, a.1 - y.0),
        (dy, y.1 - a.1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else if p < 0.0 {
            t0 = t0.max(q / p);
        } else {
            t1 = t1.min(q / p);
        }
    }
    let at = |t: f64, end| {
        if t == 0.0 || t == 1.0 {
            end
        } else {
            (a.0 + t * dx, a.1 + t * dy)
        }
    };
    (t0 <= t1).then(|| (at(t0, a), at(t1, b)))
}

/// A path clipped to the box: the pieces that stay inside it.
pub fn clip_path(path: &[(f64, f64)], x: (f64, f64), y: (f64, f64)) -> Vec<Vec<(f64, f64)>> {
    let mut out = Vec::new();
    let mut cur: Vec<(f64, f64)> = Vec::new();
    for w in path.windows(2) {
        let finite = w.iter().all(|p| p.0.is_finite() && p.1.is_finite());
        match clip(w[0], w[1], x, y).filter(|_| finite) {
            Some((a, b)) => {
                if cur.last() != Some(&a) {
                    if cur.len() >= 2 {
                        out.push(std::mem::take(&mut cur));
                    }
                    cur.clear();
                    cur.push(a);
                }
                cur.push(b);
            }
            None => {
                if cur.len() >= 2 {
                    out.push(std::mem::take(&mut cur));
                }
                cur.clear();
            }
        }
    }
    if cur.len() >= 2 {
        out.push(cur);
    }
    out
}

/// A colour along a ramp for t in [0, 1] (dark blue → teal → yellow-orange; clamped), for
/// colouring codes by their position in 1-D data space.
pub fn ramp(t: f64) -> RGBColor {
    const STOPS: [(f64, f64, f64); 4] = [
        (0x2c as f64, 0x1e as f64, 0x8c as f64),
        (0x1f as f64, 0x8a as f64, 0x9c as f64),
        (0x6a as f64, 0xb5 as f64, 0x3c as f64),
        (0xe8 as f64, 0x8b as f64, 0x12 as f64),
    ];
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        0.5
    };
    let s = t * (STOPS.len() - 1) as f64;
    let i = (s.floor() as usize).min(STOPS.len() - 2);
    let f = s - i as f64;
    let mix = |a: f64, b: f64| (a + f * (b - a)).round().clamp(0.0, 255.0) as u8;
    let (a, b) = (STOPS[i], STOPS[i + 1]);
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

/// A colour for a position (u, v) in [0, 1]² (clamped): red grows with u, blue falls with u,
/// green grows with v; for colouring codes by their position in 2-D data space.
pub fn ramp_2d(u: f64, v: f64) -> RGBColor {
    let c = |t: f64| {
        if t.is_finite() {
            t.clamp(0.0, 1.0)
        } else {
            0.5
        }
    };
    let (u, v) = (c(u), c(v));
    let ch = |t: f64| (30.0 + 200.0 * t).round() as u8;
    RGBColor(ch(u), ch(0.85 * v), ch(1.0 - u))
}

/// Draws the figure and returns the [`Frame`] of its plotting area.
pub fn draw_plane<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fig: &PlaneFigure,
    scale: Scale,
) -> Result<Frame, DrawError<DB>> {
    let (x, y) = (usable(fig.x), usable(fig.y));
    let axes = Axes {
        x_area: 36.0,
        y_area: 48.0,
        aspect: fig.equal.then(|| (x.1 - x.0) / (y.1 - y.0)),
        y_labels: (!fig.equal).then_some(6),
        x_desc: Some(&fig.x_label),
        y_desc: Some(&fig.y_label),
        ..Axes::PLANE
    };
    let mut chart = axes.chart(area, scale, x.0..x.1, y.0..y.1)?;
    let frame = Frame::of(&chart, x, y);
    if draw_layers(&mut chart, &frame, &fig.layers, scale)? {
        // Where no data is: the corner with the fewest points and path vertices under it.
        let labels: Vec<&str> = fig
            .layers
            .iter()
            .filter(|l| !l.label.is_empty())
            .map(|l| l.label.as_str())
            .collect();
        let points = fig
            .layers
            .iter()
            .flat_map(|l| l.points.iter().chain(l.paths.iter().flatten()).copied());
        let font = axes.font(scale);
        let corner = legend_corner(&chart, &labels, &font, scale, points, (x, y));
        legend(&mut chart, corner, font)?;
    }
    Ok(frame)
}

/// Draws `layers` in order on a chart showing `frame`'s ranges: each layer's paths clipped to
/// them, then its points inside them; a labelled layer gets a legend entry (a disc for points,
/// a dashed or solid line for paths). Returns whether any layer is labelled.
pub(super) fn draw_layers<'c, DB: DrawingBackend + 'c>(
    chart: &mut Chart<'c, DB, RangedCoordf64, RangedCoordf64>,
    frame: &Frame,
    layers: &[Layer],
    scale: Scale,
) -> Result<bool, DrawError<DB>> {
    let (x, y) = (frame.x, frame.y);
    let mut labelled = false;
    for layer in layers {
        let alpha = |i: usize| layer.alphas.get(i).copied().unwrap_or(layer.alpha);
        let style = layer.color.mix(layer.alpha.clamp(0.0, 1.0));
        let style = style.stroke_width(scale.px(layer.width));
        for p in layer.paths.iter().flat_map(|p| clip_path(p, x, y)) {
            if layer.dashed {
                let (dash, gap) = (scale.px(6.0), scale.px(4.0));
                chart.draw_series(DashedLineSeries::new(p, dash, gap, style))?;
            } else {
                chart.draw_series([PathElement::new(p, style)])?;
            }
        }
        if !layer.points.is_empty() && layer.radius > 0.0 {
            let r = scale.px(layer.radius);
            let mark = |i: usize| {
                let c = layer.colors.get(i).copied().unwrap_or(layer.color);
                let c = c.mix(alpha(i).clamp(0.0, 1.0));
                if layer.filled {
                    c.filled()
                } else {
                    c.stroke_width(scale.px(1.2))
                }
            };
            let ring = |p| {
                layer
                    .outline
                    .map(|(c, w)| Circle::new(p, r, c.stroke_width(scale.px(w))))
            };
            let points = layer.points.iter().enumerate();
            let points = points.filter(|&(_, &p)| inside(p, x, y));
            let marks = points
                .flat_map(|(i, &p)| std::iter::once(Circle::new(p, r, mark(i))).chain(ring(p)));
            chart.draw_series(marks)?;
        }
        if !layer.label.is_empty() {
            labelled = true;
            let c = layer.color;
            let with_point = !layer.points.is_empty();
            let dashed = layer.dashed;
            let series = chart.draw_series(std::iter::empty::<Circle<(f64, f64), u32>>())?;
            series.label(layer.label.as_str()).legend(
                move |(px, py): (i32, i32)| -> DynElement<'static, DB, (i32, i32)> {
                    if with_point {
                        Circle::new((px + 9, py), 4, c.filled()).into_dyn()
                    } else if dashed {
                        // A dashed path's swatch is dashed too: two dashes and a gap.
                        DashedPathElement::new([(px, py), (px + 18, py)], 7, 4, c.stroke_width(3))
                            .into_dyn()
                    } else {
                        PathElement::new([(px, py), (px + 18, py)], c.stroke_width(3)).into_dyn()
                    }
                },
            );
        }
    }
    Ok(labelled)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::plot::GRID;

    fn render(fig: &PlaneFigure, size: (u32, u32)) -> (String, Frame) {
        let mut svg = String::new();
        let frame = {
            let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
            draw_plane(&root, fig, Scale::new(1.0, Lang::En)).unwrap_or_else(|e| panic!("{e:?}"))
        };
        (svg, frame)
    }

    #[test]
    fn draws_points_paths_and_legend_and_keeps_equal_axes_square() {
        let fig = PlaneFigure {
            x: (-2.0, 2.0),
            y: (-2.0, 2.0),
            equal: true,
            layers: vec![
                Layer {
                    label: "prior 1σ".into(),
                    color: GRID,
                    paths: vec![circle((0.0, 0.0), 1.0, 64)],
                    dashed: true,
                    ..Layer::default()
                },
                Layer {
                    label: "codes".into(),
                    color: CURVE,
                    // The third point is outside the ranges and is left out.
                    points: vec![(0.5, 0.5), (-1.0, 1.0), (5.0, 0.0)],
                    colors: vec![CLASS_COLORS[1], CLASS_COLORS[2]],
                    ..Layer::default()
                },
                Layer {
                    color: INK,
                    paths: vec![vec![(-3.0, 0.0), (3.0, 0.0)]],
                    ..Layer::default()
                },
            ],
            x_label: "z₁".into(),
            y_label: "z₂".into(),
        };
        let (svg, frame) = render(&fig, (640, 480));
        assert_eq!(
            svg.matches("<circle").count(),
            2 + 1,
            "two codes, one legend disc"
        );
        assert!(
            svg.contains("#E67E22") && svg.contains("#2E8B57"),
            "per-point colours"
        );
        assert!(svg.contains("prior 1σ") && svg.contains("codes"));
        // The dashed layer's legend swatch is two short dashes, not one solid stroke.
        let swatches: Vec<&str> = svg
            .split("<polyline")
            .skip(1)
            .filter(|e| e.contains("#DDDDDD") && e.contains("stroke-width=\"3\""))
            .collect();
        assert_eq!(swatches.len(), 2, "{swatches:?}");
        let (w, h) = (frame.px.1 - frame.px.0, frame.py.0 - frame.py.1);
        assert!((w - h).abs() <= 2.0, "square: {w} × {h}");
        assert_eq!(frame.x, (-2.0, 2.0));
    }

    #[test]
    fn bad_ranges_and_values_never_panic() {
        let fig = PlaneFigure {
            x: (f64::NAN, 1.0),
            y: (1.0, 1.0),
            equal: false,
            layers: vec![Layer {
                points: vec![(f64::NAN, 0.0), (0.0, f64::INFINITY), (0.2, 0.3)],
                paths: vec![vec![(0.0, 0.0), (f64::NAN, 1.0), (0.5, 0.5)]],
                ..Layer::default()
            }],
            ..PlaneFigure::default()
        };
        let (svg, frame) = render(&fig, (300, 200));
        assert_eq!(frame.x, (-1.0, 1.0));
        assert_eq!(svg.matches("<circle").count(), 1);
    }

    #[test]
    fn lattices_circles_clipping_and_ramps() {
        // A 3 × 3 lattice: 3 rows and 3 columns; a NaN point cuts its row and its column.
        let grid: Vec<f32> = (0..9)
            .flat_map(|k| [(k % 3) as f32, (k / 3) as f32])
            .collect();
        assert_eq!(lattice_paths(&grid, 3).len(), 6);
        let mut holed = grid.clone();
        holed[8] = f32::NAN; // point 4, the centre
        let paths = lattice_paths(&holed, 3);
        assert_eq!(
            paths.len(),
            4,
            "the middle row and column are cut to single points"
        );
        assert!(lattice_paths(&grid[..10], 3).is_empty());
        let c = circle((1.0, 0.0), 2.0, 8);
        assert_eq!(c.len(), 9);
        assert!(
            c.iter()
                .all(|p| ((p.0 - 1.0).hypot(p.1) - 2.0).abs() < 1e-12)
        );
        // A path crossing the box keeps only its inside part.
        let pieces = clip_path(
            &[(-2.0, 0.0), (0.0, 0.0), (2.0, 0.0)],
            (-1.0, 1.0),
            (-1.0, 1.0),
        );
        assert_eq!(pieces, vec![vec![(-1.0, 0.0), (0.0, 0.0), (1.0, 0.0)]]);
        assert!(clip_path(&[(2.0, 2.0), (3.0, 3.0)], (-1.0, 1.0), (-1.0, 1.0)).is_empty());
        // A path wholly inside comes back whole and exact: no piece ends a rounding away.
        let ring = circle((0.3, 0.0), 1.0, 64);
        assert_eq!(clip_path(&ring, (-2.0, 2.0), (-2.0, 2.0)), vec![ring]);
        assert_eq!(
            symmetric_range([0.5, -3.0, f64::NAN], 1.0, 10.0),
            (-3.3000000000000003, 3.3000000000000003)
        );
        assert_eq!(symmetric_range([], 1.5, 10.0), (-1.5, 1.5));
        assert_eq!(pairs(&[1.0, 2.0, f32::NAN, 0.0, 3.0]), vec![(1.0, 2.0)]);
        assert_ne!(ramp(0.0), ramp(1.0));
        assert_eq!(ramp(-5.0), ramp(0.0));
        assert_eq!(ramp(f64::NAN), ramp(0.5));
        assert_ne!(ramp_2d(0.0, 0.0), ramp_2d(1.0, 1.0));
    }
}
