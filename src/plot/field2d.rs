//! The 2-D GAN lab's main figure: real samples, generated samples, the generator's gradient at
//! each generated sample (where the discriminator pushes it), the generator's image of a latent
//! lattice as a warped grid, and the points the user drew, over the discriminator's heat map.
//! The conditional GAN lab colours every sample by its class ([`CLASS_PALETTE`]).
//!
//! The heat map is not drawn here: the page blits an image from [`heatmap_rgba`] into the
//! rectangle that [`draw_field_2d`] hands its `underlay` callback, after the background and
//! before the marks, which is far cheaper than drawing n² rectangles through plotters. The marks
//! are layers of a plane ([`super::plane::Layer`]), drawn, clipped and kept to the view there.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::chart::{Axes, DrawError};
use super::lines::Frame;
use super::plane::{Layer, clip, draw_layers, inside, lattice_paths, pair, usable};
use super::{CURVE, HIGHLIGHT, INK, Scale};

/// G's manifold: the purple its captions name, distinct from both sample colours and strong
/// enough to be seen under them.
const MANIFOLD: RGBColor = RGBColor(0x6a, 0x3d, 0x9a);
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

/// A typical gradient arrow (the median length), as a fraction of the x range.
const ARROW_FRACTION: f64 = 0.03;
/// No arrow is drawn longer than this fraction of the x range.
const ARROW_CAP: f64 = 0.12;
/// At most this many arrows, evenly through the samples: a field, not a blot.
const MAX_ARROWS: usize = 120;

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
    /// −∂L_G/∂x at each generated sample, `[n, 2]` (at most [`MAX_ARROWS`] drawn, the median 3 %
    /// of the x range long, none over 12 %: a push four times the median still shows as one).
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

/// The finite points of a flattened `[n, 2]` buffer, in order, and (when `by_class`) their
/// classes; a missing label is class 0.
fn classed(values: &[f32], labels: &[u8], by_class: bool) -> (Vec<(f64, f64)>, Vec<u8>) {
    let class = |i: usize| labels.get(i).copied().unwrap_or(0);
    let found = values.chunks_exact(2).enumerate();
    let found = found.filter_map(|(i, p)| Some((pair(p)?, class(i))));
    let (points, classes): (Vec<_>, Vec<u8>) = found.unzip();
    (points, if by_class { classes } else { Vec::new() })
}

/// The colour of class `k` in [`CLASS_PALETTE`].
fn class_color(k: u8) -> RGBColor {
    CLASS_PALETTE[usize::from(k) % CLASS_PALETTE.len()]
}

/// Gradient arrows in data coordinates: each shaft from its sample to its tip (the plane clips
/// it to the view), and a head (a small V drawn in pixel space so it looks the same at any
/// aspect) only where the tip is in view.
fn arrow_paths(fig: &Field2dFigure, frame: &Frame, head_px: f64) -> Vec<Vec<(f64, f64)>> {
    let (x, y) = (frame.x, frame.y);
    let valid: Vec<((f64, f64), (f64, f64))> = fig
        .fake
        .chunks_exact(2)
        .zip(fig.arrows.chunks_exact(2))
        .filter_map(|(p, a)| pair(p).zip(pair(a)))
        .filter(|&(p, a)| inside(p, x, y) && (a.0 != 0.0 || a.1 != 0.0))
        .collect();
    let every = valid.len().div_ceil(MAX_ARROWS).max(1);
    let valid: Vec<_> = valid.into_iter().step_by(every).collect();
    let mut lengths: Vec<f64> = valid.iter().map(|(_, a)| a.0.hypot(a.1)).collect();
    lengths.sort_by(f64::total_cmp);
    let Some(&typical) = lengths.get(lengths.len() / 2) else {
        return Vec::new();
    };
    if !(typical > 0.0 && typical.is_finite()) {
        return Vec::new();
    }
    // The median arrow is ARROW_FRACTION of the range, the others in proportion up to the cap:
    // where the pushes differ, the figure shows it; one huge push does not shrink the rest.
    let k = ARROW_FRACTION * (x.1 - x.0) / typical;
    let cap = ARROW_CAP * (x.1 - x.0);
    let valid: Vec<_> = valid
        .into_iter()
        .map(|(p, a)| {
            let len = k * a.0.hypot(a.1);
            let shrink = if len > cap { cap / len } else { 1.0 };
            (p, (a.0 * shrink, a.1 * shrink))
        })
        .collect();
    let mut out = Vec::new();
    for (p, a) in valid {
        let tip = (p.0 + k * a.0, p.1 + k * a.1);
        let Some((_, to)) = clip(p, tip, x, y) else {
            continue;
        };
        out.push(vec![p, tip]);
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

/// The figure's marks as plane layers, bottom first: the warped lattice, the real samples
/// (rings), the generated ones (discs), the gradient arrows and the drawn points.
fn layers(fig: &Field2dFigure, frame: &Frame, scale: Scale) -> Vec<Layer> {
    let mut layers = Vec::new();
    if fig.show_manifold {
        layers.push(Layer {
            color: MANIFOLD,
            alpha: 0.8,
            paths: lattice_paths(&fig.manifold, fig.manifold_m),
            width: 1.5,
            ..Layer::default()
        });
    }
    if fig.show_real {
        let (points, classes) = classed(&fig.real, &fig.real_labels, fig.by_class);
        let faint = |&k: &u8| {
            if fig.focus.is_none_or(|f| f == k) {
                0.8
            } else {
                0.2
            }
        };
        layers.push(Layer {
            color: CURVE,
            colors: classes.iter().map(|&k| class_color(k)).collect(),
            alphas: classes.iter().map(faint).collect(),
            points,
            filled: false,
            ..Layer::default()
        });
    }
    if fig.show_fake {
        let (points, classes) = classed(&fig.fake, &fig.fake_labels, fig.by_class);
        layers.push(Layer {
            color: HIGHLIGHT,
            colors: classes.into_iter().map(class_color).collect(),
            points,
            alpha: 0.85,
            ..Layer::default()
        });
    }
    if fig.show_arrows {
        layers.push(Layer {
            color: INK,
            alpha: 0.45,
            paths: arrow_paths(fig, frame, f64::from(scale.px(4.0))),
            width: 1.0,
            ..Layer::default()
        });
    }
    let drawn_color = |k: u8| {
        if fig.by_class {
            class_color(k)
        } else {
            CLASS_COLORS[usize::from(k) % CLASS_COLORS.len()]
        }
    };
    layers.push(Layer {
        points: fig
            .drawn
            .iter()
            .map(|&([x, y], _)| (f64::from(x), f64::from(y)))
            .collect(),
        colors: fig.drawn.iter().map(|&(_, k)| drawn_color(k)).collect(),
        radius: 5.0,
        alpha: 1.0,
        outline: Some((BLACK, 1.5)),
        ..Layer::default()
    });
    layers
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
) -> Result<Frame, DrawError<DB>> {
    let (x, y) = (usable(fig.x), usable(fig.y));
    let axes = Axes {
        aspect: Some((x.1 - x.0) / (y.1 - y.0)),
        ..Axes::PLANE
    };
    let (mut chart, ticks) = axes.build(area, scale, x.0..x.1, y.0..y.1)?;
    // Axes and labels first; the grid lines go over the heat map, so after the underlay.
    let labels = Axes {
        x_grid: false,
        y_grid: false,
        ..axes
    };
    labels.mesh(&mut chart, scale, ticks)?;
    let frame = Frame::of(&chart, x, y);
    let (cols, rows) = chart.plotting_area().get_pixel_range();
    underlay((cols.start, rows.start), (cols.end, rows.end));
    let grid = Axes {
        x_axis: false,
        y_axis: false,
        ..axes
    };
    grid.mesh(&mut chart, scale, ticks)?;
    draw_layers(&mut chart, &frame, &layers(fig, &frame, scale), scale)?;
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
