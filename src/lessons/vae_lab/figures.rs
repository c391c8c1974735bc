//! The VAE lab's figures, built from a [`Derived`] snapshot as plain data (tested natively by
//! rendering to SVG): data beside reconstructions, sampling from the prior, the latent space,
//! the decoded latent grid; 1-D data as densities and histograms, 2-D data as a plane of points.
//! Legends and axis descriptions use notation only (the same in both languages; Dec as in the
//! seminar); the captions in `text.toml` say the rest, including what the legend cannot show
//! (dashes, rings, per-point colours). The ELBO figure's words are set where it is drawn.
// The lesson bundle only lists the lab; the page that uses all this is in the lab bundle.
#![cfg_attr(not(feature = "labs"), allow(dead_code))]

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};
use plotters::style::RGBColor;

use super::derive::{Derived, latent_grid};
use crate::data::Mixture;
use crate::lessons::gan_common::curve;
use crate::plot::lines::{Curve, Frame, LinesFigure, draw_lines, sample};
use crate::plot::plane::{
    Layer, PlaneFigure, circle, draw_plane, lattice_paths, pairs, ramp, symmetric_range,
};
use crate::plot::{CURVE, HIGHLIGHT, INK, Scale};

/// Reconstructions.
pub const RECON_COLOR: RGBColor = HIGHLIGHT;
/// Decoder means at prior codes.
pub const MEANS_COLOR: RGBColor = RGBColor(0x8e, 0x44, 0xad);
/// True samples from the model.
pub const SAMPLES_COLOR: RGBColor = RGBColor(0x2e, 0x8b, 0x57);
/// The prior's marks.
const PRIOR_COLOR: RGBColor = RGBColor(0x77, 0x77, 0x77);
/// Most points of one kind drawn in 2-D (the view has 600).
const MAX_MARKS: usize = 600;
/// Data points drawn faintly behind other marks.
const BACKDROP: usize = 300;
/// Data–reconstruction pairs joined by a line.
const JOINED: usize = 200;
/// The latent values marked on the decoder's image of the latent line or lattice.
pub const MARKS: [f64; 5] = [-2.0, -1.0, 0.0, 1.0, 2.0];

/// A figure of either kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    /// Curves over x.
    Lines(LinesFigure),
    /// Points and paths in a plane.
    Plane(PlaneFigure),
}

/// Draws either kind.
pub fn draw_figure<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fig: &Figure,
    scale: Scale,
) -> Result<Frame, DrawingAreaErrorKind<DB::ErrorType>> {
    match fig {
        Figure::Lines(f) => draw_lines(area, f, scale),
        Figure::Plane(f) => draw_plane(area, f, scale),
    }
}

/// A density figure over x in `range`, y from 0 to `cap`.
fn density(range: (f64, f64), cap: f64, curves: Vec<Curve>) -> Figure {
    Figure::Lines(LinesFigure {
        x: range,
        y: Some((0.0, cap)),
        curves,
        x_label: "x".into(),
        y_label: "p".into(),
        ..LinesFigure::default()
    })
}

/// A square plane `b` × `b` with equal axes, named `x` and `y`.
fn square(b: (f64, f64), (x, y): (&str, &str), layers: Vec<Layer>) -> Figure {
    Figure::Plane(PlaneFigure {
        x: b,
        y: b,
        equal: true,
        layers,
        x_label: x.into(),
        y_label: y.into(),
    })
}

/// `points` with every y above `cap` lowered to it (a spike stays visible as a flat top and
/// does not squash the rest).
fn capped(points: &[(f64, f64)], cap: f64) -> Vec<(f64, f64)> {
    points.iter().map(|&(x, y)| (x, y.min(cap))).collect()
}

/// The y range of a density plot: up to 1.3 × the tallest of `reference`, so a histogram
/// spike (all means at one point) is cut rather than flattening p_data.
fn density_cap(reference: &[&[(f64, f64)]]) -> f64 {
    let top = reference
        .iter()
        .flat_map(|c| c.iter().map(|p| p.1))
        .filter(|y| y.is_finite())
        .fold(0.0, f64::max);
    if top > 0.0 { 1.3 * top } else { 1.0 }
}

/// The first `MAX_MARKS` points of a flattened `[n, 2]` buffer.
fn marks(values: &[f32]) -> Vec<(f64, f64)> {
    let mut p = pairs(values);
    p.truncate(MAX_MARKS);
    p
}

/// The plane's square view: the data (and `more`) with a margin, at least [−1.25, 1.25]².
fn plane_box(d: &Derived, more: &[&[f32]]) -> (f64, f64) {
    let values = d
        .view
        .data
        .iter()
        .chain(more.iter().flat_map(|m| m.iter()))
        .map(|&v| f64::from(v));
    symmetric_range(values, 1.25, 4.0)
}

fn data_layer(d: &Derived, alpha: f64, label: &str, most: usize) -> Layer {
    let mut points = marks(&d.view.data);
    points.truncate(most);
    Layer {
        label: label.into(),
        color: CURVE,
        points,
        filled: false,
        alpha,
        ..Layer::default()
    }
}

fn p_data_curve(m: &Mixture, range: (f64, f64)) -> Curve {
    let density = sample(range, 400, |x| m.pdf(x));
    Curve {
        fill: true,
        ..curve("p_data", CURVE, density, false)
    }
}

/// Data and reconstructions: 1-D, p_data and the reconstructions' histogram; 2-D, data and
/// reconstructions with the first pairs joined.
pub fn data_figure(d: &Derived, m: &Mixture, range: (f64, f64)) -> Figure {
    if d.dim == 1 {
        let p = p_data_curve(m, range);
        let cap = density_cap(&[&p.points]);
        let recon = capped(&d.recon_hist, cap);
        density(
            range,
            cap,
            vec![p, curve("Dec(μ(x))", RECON_COLOR, recon, false)],
        )
    } else {
        let b = plane_box(d, &[&d.view.recon]);
        let joined = pairs(&d.view.data)
            .into_iter()
            .zip(pairs(&d.view.recon))
            .take(JOINED)
            .map(|(a, r)| vec![a, r])
            .collect();
        let layers = vec![
            Layer {
                color: PRIOR_COLOR,
                paths: joined,
                width: 0.8,
                alpha: 0.5,
                ..Layer::default()
            },
            data_layer(d, 0.7, "x", MAX_MARKS),
            Layer {
                label: "Dec(μ(x))".into(),
                color: RECON_COLOR,
                points: marks(&d.view.recon),
                ..Layer::default()
            },
        ];
        square(b, ("x₁", "x₂"), layers)
    }
}

/// Sampling from the prior: decoder means and true samples (1-D: histograms, with p_data and
/// the model's density; 2-D: points over the data).
pub fn prior_figure(d: &Derived, m: &Mixture, range: (f64, f64)) -> Figure {
    if d.dim == 1 {
        let p = p_data_curve(m, range);
        let cap = density_cap(&[&p.points, &d.samples_hist, &d.model]);
        let hist =
            |label: &str, color, h: &[(f64, f64)]| curve(label, color, capped(h, cap), false);
        let curves = vec![
            p,
            hist("Dec(z)", MEANS_COLOR, &d.means_hist),
            hist("Dec(z) + σ_x·ε", SAMPLES_COLOR, &d.samples_hist),
            curve("p(x)", INK, capped(&d.model, cap), true),
        ];
        density(range, cap, curves)
    } else {
        let b = plane_box(d, &[&d.view.prior, &d.samples]);
        let layers = vec![
            data_layer(d, 0.25, "x ~ p_data", BACKDROP),
            Layer {
                label: "Dec(z)".into(),
                color: MEANS_COLOR,
                points: marks(&d.view.prior),
                ..Layer::default()
            },
            Layer {
                label: "Dec(z) + σ_x·ε".into(),
                color: SAMPLES_COLOR,
                points: marks(&d.samples),
                alpha: 0.6,
                ..Layer::default()
            },
        ];
        square(b, ("x₁", "x₂"), layers)
    }
}

/// The codes μ(x) over the prior: a 1-D latent against N(0, 1)'s density (codes spread
/// vertically by a fixed jitter), a 2-D latent inside its 1σ and 2σ circles. Coloured by class
/// or by position in data space.
pub fn latent_figure(d: &Derived, by_position: bool) -> Figure {
    let colors = if by_position {
        &d.by_position
    } else {
        &d.by_class
    };
    let codes: Vec<f64> = d.view.codes.iter().map(|&v| f64::from(v)).collect();
    let dashed = |paths: Vec<Vec<(f64, f64)>>, label: &str| Layer {
        label: label.into(),
        color: PRIOR_COLOR,
        paths,
        dashed: true,
        alpha: 0.9,
        ..Layer::default()
    };
    if d.z_dim == 1 {
        let x = symmetric_range(codes.iter().copied(), 3.5, 8.0);
        let density = sample(x, 300, |z| (-0.5 * z * z).exp());
        let sigmas = [-2.0, -1.0, 1.0, 2.0]
            .map(|s: f64| vec![(s, 0.0), (s, (-0.5 * s * s).exp())])
            .to_vec();
        let n = codes.len().min(MAX_MARKS);
        // A fixed jitter in (0.05, 0.95) by index (golden-ratio sequence).
        let points = (0..n)
            .map(|i| (codes[i], 0.05 + 0.9 * (i as f64 * 0.618_033_988_75).fract()))
            .collect();
        Figure::Plane(PlaneFigure {
            x,
            y: (0.0, 1.1),
            equal: false,
            layers: vec![
                dashed(vec![density], "N(0, 1)"),
                dashed(sigmas, ""),
                Layer {
                    label: "μ(x)".into(),
                    color: INK,
                    points,
                    colors: colors.clone(),
                    alpha: 0.7,
                    ..Layer::default()
                },
            ],
            x_label: "z".into(),
            y_label: "N(z; 0, 1) / N(0; 0, 1)".into(),
        })
    } else {
        let b = symmetric_range(codes.iter().copied(), 3.0, 8.0);
        let circles = vec![circle((0.0, 0.0), 1.0, 96), circle((0.0, 0.0), 2.0, 96)];
        let layers = vec![
            dashed(circles, "N(0, I): 1σ, 2σ"),
            Layer {
                label: "μ(x)".into(),
                color: INK,
                points: marks(&d.view.codes),
                colors: colors.clone(),
                alpha: 0.7,
                ..Layer::default()
            },
        ];
        square(b, ("z₁", "z₂"), layers)
    }
}

/// The indices along one axis of the latent grid at which z is one of the [`MARKS`].
fn mark_nodes(z_dim: usize) -> Vec<usize> {
    let g = latent_grid(z_dim);
    let m = g.n as usize;
    let step = f64::from(g.x[1] - g.x[0]) / (m - 1) as f64;
    MARKS
        .iter()
        .map(|z| ((z - f64::from(g.x[0])) / step).round() as usize)
        .collect()
}

/// The decoded latent grid. 1-D data: dec(z) (± σ_x) over a 1-D latent, or dec(z₁, z₂) along
/// z₁ for z₂ at the [`MARKS`]; 2-D data: the image of the latent line as a path, or of the
/// lattice as a warped grid, over the data.
pub fn decoded_figure(d: &Derived) -> Figure {
    let g = latent_grid(d.z_dim);
    let m = g.n as usize;
    let nodes = g.points();
    let z_at = |k: usize| f64::from(nodes[k * d.z_dim]);
    let dec = &d.view.decoded_grid;
    let expected = if d.z_dim == 1 { m } else { m * m } * d.dim;
    let ok = dec.len() == expected;
    let marks_at = mark_nodes(d.z_dim);
    match (d.dim, d.z_dim) {
        (1, 1) => {
            let line = |k: f64| -> Vec<(f64, f64)> {
                if !ok {
                    return Vec::new();
                }
                (0..m)
                    .map(|i| (z_at(i), f64::from(dec[i]) + k * d.view.sigma_x))
                    .collect()
            };
            Figure::Lines(LinesFigure {
                x: (f64::from(g.x[0]), f64::from(g.x[1])),
                curves: vec![
                    curve("Dec(z)", INK, line(0.0), false),
                    curve("Dec(z) + σ_x", SAMPLES_COLOR, line(1.0), true),
                    curve("Dec(z) − σ_x", SAMPLES_COLOR, line(-1.0), true),
                ],
                x_label: "z".into(),
                y_label: "x".into(),
                ..LinesFigure::default()
            })
        }
        (1, _) => {
            let curves = MARKS
                .iter()
                .zip(&marks_at)
                .enumerate()
                .map(|(c, (z2, &j))| {
                    let points = if ok {
                        (0..m)
                            .map(|i| (z_at(i), f64::from(dec[j * m + i])))
                            .collect()
                    } else {
                        Vec::new()
                    };
                    let color = ramp(c as f64 / (MARKS.len() - 1) as f64);
                    // A true minus sign, as in every label the app draws.
                    let name = format!("z₂ = {z2}").replace('-', "−");
                    curve(&name, color, points, false)
                })
                .collect();
            Figure::Lines(LinesFigure {
                x: (f64::from(g.x[0]), f64::from(g.x[1])),
                curves,
                x_label: "z₁".into(),
                y_label: "x".into(),
                ..LinesFigure::default()
            })
        }
        (_, z) => {
            let image: &[f32] = if ok { dec } else { &[] };
            let b = plane_box(d, &[image]);
            let (paths, color) = if z == 1 {
                (vec![pairs(image)], INK)
            } else {
                (lattice_paths(image, m), MEANS_COLOR)
            };
            // The images of the marked codes: along the line, or of the lattice's diagonal.
            let marked: Vec<(usize, f64)> = marks_at
                .iter()
                .zip(MARKS)
                .map(|(&i, zv)| (if z == 1 { i } else { i * m + i }, zv))
                .collect();
            let at = |k: usize| {
                image
                    .get(2 * k..2 * k + 2)
                    .map(|p| (f64::from(p[0]), f64::from(p[1])))
            };
            let (points, colors): (Vec<(f64, f64)>, Vec<RGBColor>) = marked
                .iter()
                .filter_map(|&(k, zv)| at(k).map(|p| (p, ramp((zv + 2.0) / 4.0))))
                .unzip();
            let label = if z == 1 {
                "Dec(z), z = −2 … 2"
            } else {
                "Dec(z₁, z₂), z₁ = z₂ = −2 … 2"
            };
            let layers = vec![
                data_layer(d, 0.2, "x ~ p_data", BACKDROP),
                Layer {
                    label: "Dec".into(),
                    color,
                    paths,
                    width: if z == 1 { 2.0 } else { 1.0 },
                    alpha: 0.8,
                    ..Layer::default()
                },
                Layer {
                    label: label.into(),
                    color: INK,
                    points,
                    colors,
                    radius: 5.0,
                    alpha: 1.0,
                    ..Layer::default()
                },
            ];
            square(b, ("x₁", "x₂"), layers)
        }
    }
}

/// A y range for the ELBO figure that ignores the first `skip` fraction of training (the
/// first snapshots can sit tens of nats below the rest) and keeps `bound` in view.
pub fn fit_elbo_range(fig: &mut LinesFigure, skip: f64, bound: Option<f64>) {
    let from = fig.x.0 + skip * (fig.x.1 - fig.x.0);
    let ys: Vec<f64> = fig
        .curves
        .iter()
        .flat_map(|c| c.points.iter())
        .filter(|p| p.0 >= from && p.1.is_finite())
        .map(|p| p.1)
        .chain(bound.filter(|b| b.is_finite()))
        .collect();
    let lo = ys.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = ys.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if lo.is_finite() && hi.is_finite() {
        let pad = (0.08 * (hi - lo)).max(0.05);
        fig.y = Some((lo - pad, hi + pad));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lessons::vae_lab::derive::{EPS_SEED, derive, normals};
    use crate::protocol::VaeView;
    use plotters::prelude::*;

    fn render(fig: &Figure) -> String {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (600, 420)).into_drawing_area();
            draw_figure(&root, fig, Scale::new(1.0, crate::i18n::Lang::En))
                .unwrap_or_else(|e| panic!("{e:?}"));
        }
        svg
    }

    /// A fake snapshot: data x, codes (x − 1)/0.5, reconstructions x, decoder dec(z) = 1 + ½z
    /// on the grid, σ_x = 0.1 (or its 2-D version).
    fn snapshot(dim: usize, z_dim: usize) -> Derived {
        let n = 300;
        let e = normals(n * 2, 11);
        let data: Vec<f32> = e[..n * dim]
            .iter()
            .map(|v| (1.0 + 0.5 * v) as f32)
            .collect();
        let codes: Vec<f32> = e[..n * z_dim].iter().map(|&v| v as f32).collect();
        let grid = latent_grid(z_dim).points();
        let decoded: Vec<f32> = grid
            .chunks_exact(z_dim)
            .flat_map(|z| {
                let x = 1.0 + 0.5 * z[0];
                if dim == 1 {
                    vec![x]
                } else {
                    vec![x, 0.5 * z[z_dim - 1]]
                }
            })
            .collect();
        let view = VaeView {
            data: data.clone(),
            labels: (0..n).map(|i| (i % 2) as u8).collect(),
            recon: data.clone(),
            codes,
            prior: data,
            decoded_grid: decoded,
            recon_term: 0.1,
            kl_term: 0.6,
            sigma_x: 0.1,
        };
        derive(&view, dim, z_dim, (-1.0, 3.0), &normals(2000, EPS_SEED))
    }

    #[test]
    fn every_figure_of_every_kind_renders() {
        let m = Mixture::gaussian(1.0, 0.5).unwrap_or_else(|e| panic!("{e}"));
        for (dim, z) in [(1, 1), (1, 2), (2, 1), (2, 2)] {
            let d = snapshot(dim, z);
            for (name, fig) in [
                ("data", data_figure(&d, &m, (-1.0, 3.0))),
                ("prior", prior_figure(&d, &m, (-1.0, 3.0))),
                ("latent-class", latent_figure(&d, false)),
                ("latent-position", latent_figure(&d, true)),
                ("decoded", decoded_figure(&d)),
            ] {
                let svg = render(&fig);
                assert!(svg.len() > 1000, "{dim}/{z} {name}");
                match (&fig, dim) {
                    (Figure::Lines(f), 1) => {
                        assert!(
                            f.curves.iter().all(|c| !c.points.is_empty()),
                            "{dim}/{z} {name}"
                        )
                    }
                    (Figure::Plane(f), _) => {
                        assert!(
                            f.layers.iter().any(|l| !l.points.is_empty()),
                            "{dim}/{z} {name}"
                        )
                    }
                    (Figure::Lines(_), _) => panic!("2-D data are drawn in a plane: {name}"),
                }
            }
        }
    }

    #[test]
    fn the_decoded_grid_is_read_in_the_workers_order() {
        // 1-D data, 2-D latent: the rows are dec along z₁ at z₂ = −2 … 2 (here dec ignores z₂).
        let d = snapshot(1, 2);
        let Figure::Lines(f) = decoded_figure(&d) else {
            panic!("lines")
        };
        assert_eq!(f.curves.len(), 5);
        for c in &f.curves {
            assert_eq!(c.points.len(), 25);
            assert!(
                c.points
                    .iter()
                    .all(|&(z1, x)| (x - (1.0 + 0.5 * z1)).abs() < 1e-6)
            );
        }
        // 2-D data, 2-D latent: the marked nodes are on the lattice's diagonal z₁ = z₂.
        let d = snapshot(2, 2);
        let Figure::Plane(f) = decoded_figure(&d) else {
            panic!("plane")
        };
        let marked = &f.layers[2].points;
        assert_eq!(marked.len(), 5);
        for (p, z) in marked.iter().zip(MARKS) {
            assert!((p.0 - (1.0 + 0.5 * z)).abs() < 1e-6 && (p.1 - 0.5 * z).abs() < 1e-6);
        }
        assert_eq!(f.layers[1].paths.len(), 50, "25 rows and 25 columns");
        // 1-D latent: dec(z) ± σ_x.
        let d = snapshot(1, 1);
        let Figure::Lines(f) = decoded_figure(&d) else {
            panic!("lines")
        };
        let (mid, up) = (&f.curves[0].points, &f.curves[1].points);
        assert!((up[100].1 - mid[100].1 - 0.1).abs() < 1e-9 && mid[100].0 == 0.0);
        // A snapshot of the wrong shape draws no grid rather than a wrong one.
        let mut bad = snapshot(2, 2);
        bad.view.decoded_grid.truncate(10);
        let Figure::Plane(f) = decoded_figure(&bad) else {
            panic!("plane")
        };
        assert!(f.layers[1].paths.is_empty() && f.layers[2].points.is_empty());
    }

    #[test]
    fn spikes_are_capped_and_the_elbo_range_skips_the_start() {
        let mut d = snapshot(1, 1);
        d.means_hist = vec![(0.0, 0.0), (1.0, 500.0), (1.1, 0.0)];
        let m = Mixture::gaussian(1.0, 0.5).unwrap_or_else(|e| panic!("{e}"));
        let Figure::Lines(f) = prior_figure(&d, &m, (-1.0, 3.0)) else {
            panic!("lines")
        };
        let (_, top) = f.y.unwrap_or((0.0, 0.0));
        assert!(top < 5.0, "{top}");
        assert!(f.curves[1].points.iter().all(|p| p.1 <= top));
        let mut fig = LinesFigure {
            x: (0.0, 1000.0),
            curves: vec![curve(
                "ELBO",
                INK,
                vec![(0.0, -40.0), (100.0, -2.0), (1000.0, -0.8)],
                false,
            )],
            ..LinesFigure::default()
        };
        fit_elbo_range(&mut fig, 0.05, Some(-0.72));
        let (lo, hi) = fig.y.unwrap_or((0.0, 0.0));
        assert!(lo > -3.0 && lo < -2.0 && hi > -0.72, "{lo} {hi}");
    }
}
