//! The 2-D GAN lab's main figure: real samples, generated samples, the generator's gradient at
//! each generated sample (where the discriminator pushes it), the generator's image of a latent
//! lattice as a warped grid, and the points the user drew, over the discriminator's heat map.
//! The conditional GAN lab colours every sample by its class ([`CLASS_PALETTE`]).
//!
//! The heat map is not drawn here: the page blits an image from [`heatmap_rgba`] into the
//! rectangle that [`draw_field_2d`] hands its `underlay` callback, after the background and
//! before the marks, which is far cheaper than drawing n² rectangles through plotters.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::lines::Frame;
use super::{CURVE, GRID, HIGHLIGHT, INK, Scale, x_label_count};

/// The warped lattice's colour: a grey purple, distinct from both sample colours.
const MANIFOLD: RGBColor = RGBColor(0x7b, 0x6f, 0xa8);
/// Fill colours of drawn points by class (cycled).
const CLASS_COLORS: [RGBColor; 4] = [
    CURVE,
    HIGHLIGHT,
    RGBColor(0x2e, 0x8b, 0x57),
    RGBColor(0x8e, 0x44, 0xad),
];
/// Class colours for labelled samples (class k: `CLASS_PALETTE[k % 8]`): Okabe and Ito's
/// colour-blind-safe palette, its yellow darkened to read on white and on the light heat map.
pub const CLASS_PALETTE: [RGBColor; 8] = [
    RGBColor(0x00, 0x72, 0xb2), // blue
    RGBColor(0xe6, 0x9f, 0x00), // orange
    RGBColor(0x00, 0x9e, 0x73), // bluish green
    RGBColor(0xcc, 0x79, 0xa7), // reddish purple
    RGBColor(0x56, 0xb4, 0xe9), // sky blue
    RGBColor(0xd5, 0x5e, 0x00), // vermilion
    RGBColor(0x33, 0x33, 0x33), // near black
    RGBColor(0xa8, 0x92, 0x00), // dark yellow
];

/// The colour of class `k` as CSS (`#rrggbb`), for legends beside the figure.
pub fn class_css(k: usize) -> String {
    let RGBColor(r, g, b) = CLASS_PALETTE[k % CLASS_PALETTE.len()];
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The longest gradient arrow, as a fraction of the x range.
const ARROW_FRACTION: f64 = 0.08;

/// What [`draw_field_2d`] draws. Point sets are flattened `[n, 2]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Field2dFigure {
    /// The x range shown (an empty or non-finite range shows [−1, 1]).
    pub x: (f64, f64),
    /// The y range shown.
    pub y: (f64, f64),
    /// Real samples, `[n, 2]`.
    pub real: Vec<f32>,
    /// Generated samples, `[n, 2]`.
    pub fake: Vec<f32>,
    /// −∂L_G/∂x at each generated sample, `[n, 2]` (drawn scaled: the longest is 8 % of x).
    pub arrows: Vec<f32>,
    /// G on an m × m latent lattice, `[m·m, 2]`, row-major.
    pub manifold: Vec<f32>,
    /// The lattice's side m.
    pub manifold_m: usize,
    /// Points the user drew, with their class.
    pub drawn: Vec<([f32; 2], u8)>,
    /// Show the real samples.
    pub show_real: bool,
    /// Show the generated samples.
    pub show_fake: bool,
    /// Show the gradient arrows.
    pub show_arrows: bool,
    /// Show the warped lattice.
    pub show_manifold: bool,
    /// Colour samples and drawn points by class with [`CLASS_PALETTE`] (rings: data, discs:
    /// generated) rather than blue data and orange samples.
    pub by_class: bool,
    /// With `by_class`: the real samples' classes (a missing label is class 0).
    pub real_labels: Vec<u8>,
    /// With `by_class`: the generated samples' classes.
    pub fake_labels: Vec<u8>,
    /// With `by_class`: the class in focus; the other classes' data are drawn faint.
    pub focus: Option<u8>,
}

/// A range that plotters can draw: `(lo, hi)` if increasing with a finite width, else [−1, 1].
fn usable((lo, hi): (f64, f64)) -> (f64, f64) {
    if (hi - lo).is_finite() && hi > lo {
        (lo, hi)
    } else {
        (-1.0, 1.0)
    }
}

/// The finite points of a flattened `[n, 2]` buffer (`None` where not finite, to keep indices).
fn pairs(values: &[f32]) -> impl Iterator<Item = Option<(f64, f64)>> + '_ {
    values.chunks_exact(2).map(|p| {
        let (x, y) = (f64::from(p[0]), f64::from(p[1]));
        (x.is_finite() && y.is_finite()).then_some((x, y))
    })
}

/// The part of segment a–b inside the box (Liang–Barsky), or `None`.
fn clip(
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
    (t0 <= t1).then_some((
        (a.0 + t0 * dx, a.1 + t0 * dy),
        (a.0 + t1 * dx, a.1 + t1 * dy),
    ))
}

/// A path through `points`, cut where a point is missing and clipped to the box.
fn polylines(
    points: impl Iterator<Item = Option<(f64, f64)>>,
    x: (f64, f64),
    y: (f64, f64),
) -> Vec<Vec<(f64, f64)>> {
    let mut out = Vec::new();
    let mut cur: Vec<(f64, f64)> = Vec::new();
    let mut flush = |cur: &mut Vec<(f64, f64)>| {
        if cur.len() >= 2 {
            out.push(std::mem::take(cur));
        }
        cur.clear();
    };
    let mut prev = None;
    for p in points {
        match prev.zip(p).and_then(|(a, b)| clip(a, b, x, y)) {
            Some((a, b)) => {
                if cur.last() != Some(&a) {
                    flush(&mut cur);
                    cur.push(a);
                }
                cur.push(b);
            }
            None => flush(&mut cur),
        }
        prev = p;
    }
    flush(&mut cur);
    out
}

/// The warped lattice: one path per lattice row and per lattice column.
fn lattice_paths(fig: &Field2dFigure, x: (f64, f64), y: (f64, f64)) -> Vec<Vec<(f64, f64)>> {
    let m = fig.manifold_m;
    if m < 2 || fig.manifold.len() < 2 * m * m {
        return Vec::new();
    }
    let at: Vec<Option<(f64, f64)>> = pairs(&fig.manifold[..2 * m * m]).collect();
    let rows = (0..m).flat_map(|r| polylines((0..m).map(|c| at[r * m + c]), x, y));
    let cols = (0..m).flat_map(|c| polylines((0..m).map(|r| at[r * m + c]), x, y));
    rows.chain(cols).collect()
}

/// Gradient arrows as (shaft, head) in data coordinates: shafts clipped to the box, heads (a
/// small V drawn in pixel space so it looks the same at any aspect) only on unclipped tips.
fn arrow_paths(fig: &Field2dFigure, frame: &Frame, head_px: f64) -> Vec<Vec<(f64, f64)>> {
    let (x, y) = (frame.x, frame.y);
    let inside = |p: (f64, f64)| p.0 >= x.0 && p.0 <= x.1 && p.1 >= y.0 && p.1 <= y.1;
    let valid: Vec<((f64, f64), (f64, f64))> = pairs(&fig.fake)
        .zip(pairs(&fig.arrows))
        .filter_map(|(p, a)| p.zip(a))
        .filter(|&(p, a)| inside(p) && (a.0 != 0.0 || a.1 != 0.0))
        .collect();
    let longest = valid
        .iter()
        .map(|(_, a)| a.0.hypot(a.1))
        .fold(0.0, f64::max);
    if !(longest > 0.0 && longest.is_finite()) {
        return Vec::new();
    }
    let k = ARROW_FRACTION * (x.1 - x.0) / longest;
    let mut out = Vec::new();
    for (p, a) in valid {
        let tip = (p.0 + k * a.0, p.1 + k * a.1);
        let Some((from, to)) = clip(p, tip, x, y) else {
            continue;
        };
        out.push(vec![from, to]);
        let (u, v) = (frame.to_pixel(p), frame.to_pixel(tip));
        let len = (v.0 - u.0).hypot(v.1 - u.1);
        if to != tip || len < 2.0 {
            continue;
        }
        let (dx, dy) = ((v.0 - u.0) / len, (v.1 - u.1) / len);
        let h = head_px.min(0.5 * len);
        let (c, s) = (0.9, 0.44); // cos, sin of ~26°: the head's half-angle
        let wing = |sin: f64| {
            frame.to_data((v.0 - h * (c * dx - sin * dy), v.1 - h * (sin * dx + c * dy)))
        };
        out.push(vec![wing(s), tip, wing(-s)]);
    }
    out
}

/// Draws the figure and returns the [`Frame`] of its plotting area. `underlay` is called once,
/// after the background and axes and before the marks, with the plotting area's top-left and
/// bottom-right backend pixels (the corners of data (x.0, y.1) and (x.1, y.0)): the page draws
/// the discriminator's heat map there. The plotting area keeps x and y on the same scale.
/// Non-finite values are skipped, and so is anything outside the view.
pub fn draw_field_2d<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fig: &Field2dFigure,
    scale: Scale,
    underlay: &mut dyn FnMut((i32, i32), (i32, i32)),
) -> Result<Frame, DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&WHITE)?;
    let (x, y) = (usable(fig.x), usable(fig.y));
    // Room for the axes, then a plotting area with the data's aspect, centred.
    let (margin, x_labels, y_labels) = (scale.px(8.0), scale.px(28.0), scale.px(40.0));
    let (w, h) = area.dim_in_pixel();
    let pw = f64::from(w.saturating_sub(2 * margin + y_labels).max(1));
    let ph = f64::from(h.saturating_sub(2 * margin + x_labels).max(1));
    let aspect = (x.1 - x.0) / (y.1 - y.0);
    let side_w = pw.min(ph * aspect);
    let side_h = (side_w / aspect).min(ph);
    let (ex, ey) = ((pw - side_w) as u32, (ph - side_h) as u32);
    let inner = area.margin(ey / 2, ey - ey / 2, ex / 2, ex - ex / 2);
    let mut chart = ChartBuilder::on(&inner)
        .margin(margin)
        .x_label_area_size(x_labels)
        .y_label_area_size(y_labels)
        .build_cartesian_2d(x.0..x.1, y.0..y.1)?;
    let font = ("sans-serif", scale.px(13.0)).into_font().color(&INK);
    let n_labels = x_label_count(&inner, scale);
    // Axes and labels first; the mesh lines go over the heat map, so after the underlay.
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(n_labels)
        .y_labels(n_labels)
        .x_label_formatter(&|v| scale.tick(v))
        .y_label_formatter(&|v| scale.tick(v))
        .label_style(font)
        .draw()?;
    let (cols, rows) = chart.plotting_area().get_pixel_range();
    let frame = Frame {
        px: (f64::from(cols.start), f64::from(cols.end)),
        py: (f64::from(rows.end), f64::from(rows.start)),
        x,
        y,
    };
    underlay((cols.start, rows.start), (cols.end, rows.end));
    chart
        .configure_mesh()
        .disable_axes()
        .x_labels(n_labels)
        .y_labels(n_labels)
        .light_line_style(GRID.mix(0.35))
        .bold_line_style(GRID.mix(0.7))
        .draw()?;
    let inside = |p: &(f64, f64)| p.0 >= x.0 && p.0 <= x.1 && p.1 >= y.0 && p.1 <= y.1;
    if fig.show_manifold {
        let style = MANIFOLD.mix(0.75).stroke_width(scale.px(1.0));
        let paths = lattice_paths(fig, x, y).into_iter();
        chart.draw_series(paths.map(|p| PathElement::new(p, style)))?;
    }
    let r = scale.px(2.5);
    let class_of = |labels: &[u8], i: usize| labels.get(i).copied().unwrap_or(0);
    let colour = |class: u8| CLASS_PALETTE[usize::from(class) % CLASS_PALETTE.len()];
    if fig.show_real {
        let ring = |i: usize| {
            if !fig.by_class {
                return CURVE.mix(0.8).stroke_width(scale.px(1.2));
            }
            let class = class_of(&fig.real_labels, i);
            let alpha = if fig.focus.is_none_or(|f| f == class) {
                0.8
            } else {
                0.2
            };
            colour(class).mix(alpha).stroke_width(scale.px(1.2))
        };
        let points = pairs(&fig.real).enumerate();
        let points = points.filter_map(|(i, p)| p.filter(inside).map(|p| (i, p)));
        chart.draw_series(points.map(|(i, p)| Circle::new(p, r, ring(i))))?;
    }
    if fig.show_fake {
        let disc = |i: usize| {
            if fig.by_class {
                colour(class_of(&fig.fake_labels, i)).mix(0.85).filled()
            } else {
                HIGHLIGHT.mix(0.85).filled()
            }
        };
        let points = pairs(&fig.fake).enumerate();
        let points = points.filter_map(|(i, p)| p.filter(inside).map(|p| (i, p)));
        chart.draw_series(points.map(|(i, p)| Circle::new(p, r, disc(i))))?;
    }
    if fig.show_arrows {
        let style = INK.mix(0.75).stroke_width(scale.px(1.0));
        let paths = arrow_paths(fig, &frame, f64::from(scale.px(4.0))).into_iter();
        chart.draw_series(paths.map(|p| PathElement::new(p, style)))?;
    }
    let big = scale.px(5.0);
    for &([px, py], class) in &fig.drawn {
        let p = (f64::from(px), f64::from(py));
        if p.0.is_finite() && p.1.is_finite() && inside(&p) {
            let fill = if fig.by_class {
                colour(class)
            } else {
                CLASS_COLORS[usize::from(class) % CLASS_COLORS.len()]
            };
            chart.draw_series([
                Circle::new(p, big, fill.filled()),
                Circle::new(p, big, BLACK.stroke_width(scale.px(1.5))),
            ])?;
        }
    }
    Ok(frame)
}

/// RGBA bytes (`[n, n, 4]`, row 0 at the top) of the discriminator's values D(x) ∈ [0, 1] on an
/// n × n grid given row-major with row 0 at y = y.lo (the bottom), so rows are flipped. A light
/// diverging map: D = 1 light blue (the data's side), D = ½ white, D = 0 light orange; NaN (or a
/// missing value) light grey. Values outside [0, 1] are clamped.
pub fn heatmap_rgba(values: &[f32], n: usize) -> Vec<u8> {
    const DATA: [f64; 3] = [158.0, 197.0, 240.0]; // #9ec5f0
    const FAKE: [f64; 3] = [248.0, 201.0, 160.0]; // #f8c9a0
    const MISSING: [u8; 4] = [224, 224, 224, 255];
    let mut out = Vec::with_capacity(4 * n * n);
    for row in (0..n).rev() {
        for col in 0..n {
            let d = values.get(row * n + col).copied().unwrap_or(f32::NAN);
            if d.is_nan() {
                out.extend_from_slice(&MISSING);
                continue;
            }
            let t = (2.0 * f64::from(d.clamp(0.0, 1.0)) - 1.0).abs();
            let end = if d >= 0.5 { DATA } else { FAKE };
            out.extend(end.map(|c| (255.0 + t * (c - 255.0)).round() as u8));
            out.push(255);
        }
    }
    out
}

#[cfg(test)]
#[path = "field2d_tests.rs"]
mod tests;
