//! What the VAE lab computes from a snapshot, in plain f64 (tested natively): the view it asks
//! the worker for, −H of a 1-D mixture, histograms of reconstructions and prior samples, true
//! samples dec(z) + σ_x·ε beside the decoder means, the model's marginal density p(x) from the
//! decoded latent grid, the data's spread, and the codes' colours.
// The lesson bundle only lists the lab; the page that uses all this is in the lab bundle.
#![cfg_attr(not(feature = "labs"), allow(dead_code))]

use plotters::style::RGBColor;

use crate::data::{Mixture, Rng};
use crate::math::quad::integrate_over;
use crate::plot::plane::{CLASS_COLORS, ramp, ramp_2d};
use crate::protocol::{Grid, VaeView, View};

/// Data and prior samples per snapshot: enough for smooth 1-D histograms; fewer points in 2-D,
/// where each is a mark on the canvas.
pub fn samples_for(dim: usize) -> u32 {
    if dim == 1 { 2000 } else { 600 }
}

/// The latent grid the decoder is evaluated on: 201 codes over [−4, 4] for a 1-D latent (all but
/// 6·10⁻⁵ of the prior's mass; z = −2, −1, 0, 1, 2 are nodes 50, 75, …, 150), a 25 × 25
/// lattice over [−3, 3]² for a 2-D one (z = −2, …, 2 along either axis are nodes 4, 8, …, 20).
pub fn latent_grid(z_dim: usize) -> Grid {
    if z_dim >= 2 {
        Grid {
            x: [-3.0, 3.0],
            y: Some([-3.0, 3.0]),
            n: 25,
        }
    } else {
        Grid {
            x: [-4.0, 4.0],
            y: None,
            n: 201,
        }
    }
}

/// What the lab's snapshots carry.
pub fn view_for(dim: usize, z_dim: usize) -> View {
    View {
        samples: samples_for(dim),
        grid: Some(latent_grid(z_dim)),
        class: None,
        manifold: None,
    }
}

/// −H(p) = ∫ p log p in nats for a 1-D mixture, by adaptive quadrature: the most the mean
/// log-likelihood E log p_model(x) of any model can reach on these data (Gibbs' inequality),
/// and so the ceiling of the ELBO.
pub fn neg_entropy(m: &Mixture) -> f64 {
    integrate_over(&[m], |x| {
        let p = m.pdf(x);
        if p > 0.0 { p * p.ln() } else { 0.0 }
    })
}

/// A histogram normalised to a density over all of `xs` (points outside `range` count in the
/// total but not in a bin), as a step outline from (lo, 0) to (hi, 0); and the fraction outside.
pub fn histogram(xs: &[f64], range: (f64, f64), bins: usize) -> (Vec<(f64, f64)>, f64) {
    let (lo, hi) = range;
    let bins = bins.max(1);
    if !(hi > lo && (hi - lo).is_finite()) || xs.is_empty() {
        return (Vec::new(), 0.0);
    }
    let w = (hi - lo) / bins as f64;
    let mut counts = vec![0usize; bins];
    let mut outside = 0usize;
    for &x in xs {
        let i = ((x - lo) / w).floor();
        if i >= 0.0 && i < bins as f64 {
            counts[i as usize] += 1;
        } else {
            outside += 1;
        }
    }
    let n = xs.len() as f64;
    let mut out = Vec::with_capacity(2 * bins + 2);
    out.push((lo, 0.0));
    for (i, c) in counts.iter().enumerate() {
        let h = *c as f64 / (n * w);
        out.push((lo + i as f64 * w, h));
        out.push((lo + (i + 1) as f64 * w, h));
    }
    out.push((hi, 0.0));
    (out, outside as f64 / n)
}

/// `n` standard normal draws from a fixed seed (the page's ε for true samples: a steady picture).
pub fn normals(n: usize, seed: u64) -> Vec<f64> {
    let mut rng = Rng::new(seed);
    (0..n).map(|_| rng.normal()).collect()
}

/// True samples dec(z) + σ_x·ε from the decoder means `means` (`[n, dim]`), with ε from `eps`
/// (reused cyclically if shorter).
pub fn noisy(means: &[f32], sigma_x: f64, eps: &[f64]) -> Vec<f32> {
    if eps.is_empty() {
        return means.to_vec();
    }
    means
        .iter()
        .enumerate()
        .map(|(i, &m)| (f64::from(m) + sigma_x * eps[i % eps.len()]) as f32)
        .collect()
}

/// Below this KL (nats) with σ_x above [`COLLAPSED_RATIO`] of the data's spread, the page
/// says the codes have collapsed to the prior.
pub const COLLAPSED_KL: f64 = 0.05;
/// See [`COLLAPSED_KL`].
pub const COLLAPSED_RATIO: f64 = 0.9;

/// Whether the codes have collapsed to the prior, from the KL term (nats) and σ_x over the
/// data's spread (`ratio`); none while either is unknown.
pub fn collapsed(kl: f64, ratio: f64) -> Option<bool> {
    (kl.is_finite() && ratio.is_finite()).then_some(kl < COLLAPSED_KL && ratio > COLLAPSED_RATIO)
}

/// The spread of `[n, dim]` points: √(mean over axes of each axis's variance). It is the σ_x of
/// a decoder that ignores z (one isotropic Gaussian at the data's mean), the value σ_x stalls at
/// when the codes collapse to the prior.
pub fn rms_std(points: &[f32], dim: usize) -> f64 {
    let dim = dim.max(1);
    let n = points.len() / dim;
    if n < 2 {
        return f64::NAN;
    }
    let mut total = 0.0;
    for d in 0..dim {
        let axis = points.iter().skip(d).step_by(dim).map(|&v| f64::from(v));
        let mean = axis.clone().sum::<f64>() / n as f64;
        total += axis.map(|v| (v - mean).powi(2)).sum::<f64>() / n as f64;
    }
    (total / dim as f64).sqrt()
}

/// The standard normal density in `z.len()` dimensions.
fn prior_pdf(z: &[f32]) -> f64 {
    let sq: f64 = z.iter().map(|&v| f64::from(v).powi(2)).sum();
    (-0.5 * sq).exp() / std::f64::consts::TAU.powf(0.5 * z.len() as f64)
}

/// The model's marginal density p(x) = ∫ N(z; 0, I) N(x; dec(z), σ_x²) dz of 1-D data, from the
/// decoder's means `decoded` on `grid` (1-D or 2-D latent), at `n + 1` points over `range`. Each
/// grid node carries the prior's mass there and a Gaussian widened to the spread of its
/// neighbours' decoded values, so the sum stays smooth when σ_x is smaller than the grid's step.
pub fn model_density(
    decoded: &[f32],
    grid: &Grid,
    sigma_x: f64,
    range: (f64, f64),
    n: usize,
) -> Vec<(f64, f64)> {
    let z = grid.points();
    let z_dim = if grid.y.is_some() { 2 } else { 1 };
    let m = grid.n.clamp(2, 256) as usize;
    let nodes = z.len() / z_dim;
    if decoded.len() != nodes || !(sigma_x > 0.0 && sigma_x.is_finite()) || n == 0 {
        return Vec::new();
    }
    let weights: Vec<f64> = z.chunks_exact(z_dim).map(prior_pdf).collect();
    let total: f64 = weights.iter().sum();
    let dec = |k: usize| f64::from(decoded[k]);
    // Half the largest step to a grid neighbour (along each latent axis).
    let spread = |k: usize| {
        let (i, j) = (k % m, k / m);
        let mut h = 0.0f64;
        let mut look = |other: usize| {
            if other < nodes && dec(other).is_finite() {
                h = h.max(0.5 * (dec(other) - dec(k)).abs());
            }
        };
        if i > 0 {
            look(k - 1);
        }
        if i + 1 < m {
            look(k + 1);
        }
        if z_dim == 2 {
            if j > 0 {
                look(k - m);
            }
            if j + 1 < m {
                look(k + m);
            }
        }
        h
    };
    let nodes: Vec<(f64, f64, f64)> = (0..nodes)
        .filter(|&k| dec(k).is_finite())
        .map(|k| {
            let s = (sigma_x * sigma_x + spread(k).powi(2)).sqrt();
            (weights[k] / total, dec(k), s)
        })
        .collect();
    (0..=n)
        .map(|i| {
            let x = range.0 + (range.1 - range.0) * i as f64 / n as f64;
            let p = nodes
                .iter()
                .map(|&(w, mu, s)| {
                    let u = (x - mu) / s;
                    w * (-0.5 * u * u).exp() / (s * std::f64::consts::TAU.sqrt())
                })
                .sum();
            (x, p)
        })
        .collect()
}

/// Colours by class label (cycled).
pub fn class_colors(labels: &[u8]) -> Vec<RGBColor> {
    labels
        .iter()
        .map(|&y| CLASS_COLORS[usize::from(y) % CLASS_COLORS.len()])
        .collect()
}

/// Colours by position in data space (`[n, dim]`): along a ramp over the data's 1st–99th
/// percentile in 1-D, by both coordinates in 2-D.
pub fn position_colors(data: &[f32], dim: usize) -> Vec<RGBColor> {
    let dim = dim.clamp(1, 2);
    let bounds = |d: usize| {
        let mut v: Vec<f64> = data
            .iter()
            .skip(d)
            .step_by(dim)
            .map(|&x| f64::from(x))
            .filter(|x| x.is_finite())
            .collect();
        if v.is_empty() {
            return (0.0, 1.0);
        }
        v.sort_by(f64::total_cmp);
        let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
        let (lo, hi) = (at(0.01), at(0.99));
        if hi > lo {
            (lo, hi)
        } else {
            (lo - 1.0, lo + 1.0)
        }
    };
    let (bx, by) = (bounds(0), bounds(dim - 1));
    let t = |v: f32, (lo, hi): (f64, f64)| (f64::from(v) - lo) / (hi - lo);
    data.chunks_exact(dim)
        .map(|p| {
            if dim == 1 {
                ramp(t(p[0], bx))
            } else {
                ramp_2d(t(p[0], bx), t(p[1], by))
            }
        })
        .collect()
}

/// The ε seed of the page's true samples (any constant).
pub const EPS_SEED: u64 = 0x00E5_1105;
/// Bins of the 1-D histograms.
pub const BINS: usize = 60;

/// What the page draws from one snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    /// The snapshot the rest is computed from.
    pub view: VaeView,
    /// The data's dimension.
    pub dim: usize,
    /// The latent's dimension.
    pub z_dim: usize,
    /// True samples dec(z) + σ_x·ε, `[n, dim]`.
    pub samples: Vec<f32>,
    /// 1-D: histograms (step outlines) of reconstructions, decoder means and true samples.
    pub recon_hist: Vec<(f64, f64)>,
    /// 1-D: decoder means at prior codes.
    pub means_hist: Vec<(f64, f64)>,
    /// 1-D: true samples.
    pub samples_hist: Vec<(f64, f64)>,
    /// 1-D: the model's marginal density p(x).
    pub model: Vec<(f64, f64)>,
    /// Fraction of true samples outside the plot (1-D).
    pub outside: f64,
    /// The codes coloured by class, and by position in data space.
    pub by_class: Vec<RGBColor>,
    /// The codes coloured by position.
    pub by_position: Vec<RGBColor>,
}

/// Derives the plots' contents from a snapshot of a VAE on data of dimension `dim` with a
/// latent of `z_dim`, histograms over `range` (1-D), with the page's fixed ε.
pub fn derive(view: &VaeView, dim: usize, z_dim: usize, range: (f64, f64), eps: &[f64]) -> Derived {
    let samples = noisy(&view.prior, view.sigma_x, eps);
    let f64s = |v: &[f32]| v.iter().map(|&x| f64::from(x)).collect::<Vec<f64>>();
    let (mut recon_hist, mut means_hist, mut samples_hist, mut model) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut outside = 0.0;
    if dim == 1 {
        recon_hist = histogram(&f64s(&view.recon), range, BINS).0;
        means_hist = histogram(&f64s(&view.prior), range, BINS).0;
        let (h, out) = histogram(&f64s(&samples), range, BINS);
        samples_hist = h;
        outside = out;
        model = model_density(
            &view.decoded_grid,
            &latent_grid(z_dim),
            view.sigma_x,
            range,
            300,
        );
    }
    Derived {
        by_class: class_colors(&view.labels),
        by_position: position_colors(&view.data, dim),
        view: view.clone(),
        dim,
        z_dim,
        samples,
        recon_hist,
        means_hist,
        samples_hist,
        model,
        outside,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(curve: &[(f64, f64)]) -> f64 {
        curve
            .windows(2)
            .map(|w| 0.5 * (w[0].1 + w[1].1) * (w[1].0 - w[0].0))
            .sum()
    }

    #[test]
    fn grids_and_views_match_the_worker() {
        for (dim, z) in [(1, 1), (1, 2), (2, 1), (2, 2)] {
            let v = view_for(dim, z);
            let g = v.grid.unwrap_or_else(|| panic!("a grid"));
            // The worker decodes the grid only when its shape matches the latent.
            assert_eq!(g.y.is_some(), z == 2);
            assert_eq!(g.points().len() / z, if z == 1 { 201 } else { 625 });
            assert!(v.samples >= 600);
        }
    }

    #[test]
    fn entropy_histograms_and_spread() {
        let m = Mixture::gaussian(1.0, 0.5).unwrap_or_else(|e| panic!("{e}"));
        let want = -0.5 * (std::f64::consts::TAU * std::f64::consts::E * 0.25).ln();
        assert!((neg_entropy(&m) - want).abs() < 1e-10);
        // Two far bumps: H = H(one bump) + log 2.
        let b = Mixture::parse("0.5:-5:0.5,0.5:5:0.5").unwrap_or_else(|e| panic!("{e}"));
        assert!((neg_entropy(&b) - (want - std::f64::consts::LN_2)).abs() < 1e-9);
        let xs: Vec<f64> = normals(20_000, 3).iter().map(|e| 1.0 + 0.5 * e).collect();
        let (h, out) = histogram(&xs, (-1.0, 3.0), 40);
        assert_eq!(h.len(), 82);
        assert!(
            (area(&h) + out - 1.0).abs() < 1e-9,
            "density over all samples"
        );
        assert!(out < 1e-3);
        assert_eq!(histogram(&[], (0.0, 1.0), 5).0, Vec::new());
        assert_eq!(histogram(&[0.5], (1.0, 1.0), 5).0, Vec::new());
        let (_, out) = histogram(&[5.0, 0.5], (0.0, 1.0), 5);
        assert_eq!(out, 0.5);
        let pts: Vec<f32> = xs.iter().map(|&x| x as f32).collect();
        assert!((rms_std(&pts, 1) - 0.5).abs() < 0.01);
        // Per-axis spreads 1 and 3: √((1 + 9)/2).
        let plane: Vec<f32> = normals(40_000, 5)
            .chunks_exact(2)
            .flat_map(|e| [e[0] as f32, (3.0 * e[1]) as f32])
            .collect();
        assert!((rms_std(&plane, 2) - 5f64.sqrt()).abs() < 0.05);
        assert!(rms_std(&[1.0], 1).is_nan());
    }

    #[test]
    fn true_samples_add_the_decoders_noise() {
        let eps = normals(4000, EPS_SEED);
        let means = vec![2.0f32; 4000];
        let s = noisy(&means, 0.5, &eps);
        assert!((rms_std(&s, 1) - 0.5).abs() < 0.02, "the blur is σ_x");
        assert!(rms_std(&means, 1) == 0.0, "the means alone have none");
        assert_eq!(noisy(&[1.0, 2.0], 3.0, &[]), vec![1.0, 2.0]);
        assert_eq!(noisy(&[1.0, 2.0, 3.0], 1.0, &[1.0]), vec![2.0, 3.0, 4.0]);
    }

    #[test]
    fn the_marginal_density_from_the_grid_is_exact_for_linear_decoders() {
        // dec(z) = μ + s·z with σ_x: p(x) = N(μ, s² + σ_x²), whichever latent dimension.
        let (mu, s, sx) = (1.0, 0.4, 0.3);
        for z_dim in [1, 2] {
            let grid = latent_grid(z_dim);
            let decoded: Vec<f32> = grid
                .points()
                .chunks_exact(z_dim)
                .map(|z| (mu + s * f64::from(z[0])) as f32)
                .collect();
            let p = model_density(&decoded, &grid, sx, (-2.0, 4.0), 600);
            let sd = (s * s + sx * sx).sqrt();
            let worst = p
                .iter()
                .map(|&(x, px)| {
                    let want = (-0.5 * ((x - mu) / sd).powi(2)).exp()
                        / (sd * std::f64::consts::TAU.sqrt());
                    (px - want).abs()
                })
                .fold(0.0, f64::max);
            // The nodes' widening adds (half a step)² to the variance: small here.
            assert!(worst < 0.02, "z {z_dim}: {worst}");
            assert!((area(&p) - 1.0).abs() < 0.01, "z {z_dim}");
        }
        assert!(model_density(&[1.0], &latent_grid(1), 0.5, (0.0, 1.0), 10).is_empty());
        assert!(model_density(&[0.0; 201], &latent_grid(1), 0.0, (0.0, 1.0), 10).is_empty());
        // A decoder that ignores z: p(x) = N(dec, σ_x²), however small σ_x.
        let p = model_density(&[0.0; 201], &latent_grid(1), 0.05, (-1.0, 1.0), 400);
        assert!((area(&p) - 1.0).abs() < 1e-3);
    }

    #[test]
    fn colours_and_the_whole_derivation() {
        assert_eq!(
            class_colors(&[0, 1, 8]),
            vec![CLASS_COLORS[0], CLASS_COLORS[1], CLASS_COLORS[0]]
        );
        let line: Vec<f32> = (0..101).map(|i| i as f32 / 100.0).collect();
        let c = position_colors(&line, 1);
        assert_eq!(c.len(), 101);
        assert_ne!(c[0], c[100]);
        assert_eq!(position_colors(&[0.5, 0.5], 1).len(), 2);
        let plane: Vec<f32> = vec![0.0, 0.0, 1.0, 1.0, 0.0, 1.0];
        assert_eq!(position_colors(&plane, 2).len(), 3);
        let view = VaeView {
            data: line.clone(),
            labels: vec![0; 101],
            recon: line.clone(),
            codes: line.clone(),
            prior: vec![0.5; 101],
            decoded_grid: vec![0.5; 201],
            recon_term: -0.5,
            kl_term: 0.25,
            sigma_x: 0.3,
        };
        let eps = normals(101, EPS_SEED);
        let d = derive(&view, 1, 1, (-1.0, 2.0), &eps);
        assert_eq!(d.samples.len(), 101);
        assert_eq!(d.recon_hist.len(), 2 * BINS + 2);
        assert!((area(&d.model) - 1.0).abs() < 1e-3);
        assert_eq!((d.by_class.len(), d.by_position.len()), (101, 101));
        let flat = derive(&VaeView::default(), 2, 2, (-1.0, 1.0), &eps);
        assert!(flat.recon_hist.is_empty() && flat.model.is_empty() && flat.samples.is_empty());
    }
}
