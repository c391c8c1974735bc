//! Gaussian kernel density estimates on grids, and the Jensen–Shannon divergence between two
//! densities sampled on the same grid: how the GAN labs turn real and generated samples into
//! densities they can draw and compare.
//!
//! GAN Lab compares grid histograms, which are badly under-filled by a few hundred samples, so
//! its divergence stays high even when the generator has converged. Here both sides are smoothed
//! with the same kernel: the estimate is the JS divergence between the two *smoothed* densities,
//! which is at most the true one (smoothing is a Markov kernel, and JS decreases under those) and
//! close to 0 when the two distributions match.
//!
//! Kernels are evaluated exactly at the grid points (no binning), and each sample touches only
//! the grid points within a few bandwidths of it, so these run every animation frame.

use std::f64::consts::{LN_2, PI};

/// The smallest bandwidth the estimators return (so a collapsed sample never gives 0 or NaN).
pub const MIN_BANDWIDTH: f64 = 1e-3;
/// 1-D kernels are cut at ± this many bandwidths (the Gaussian there is below 1.6·10⁻⁸ of its peak).
const WINDOW_1D: f64 = 6.0;
/// 2-D kernels are cut at ± this many bandwidths per axis.
const WINDOW_2D: f64 = 5.0;

/// Mean and population standard deviation (1/n) of `xs`; `(NaN, NaN)` when empty. Nothing is
/// skipped: a NaN in `xs` gives NaN.
pub fn mean_std(xs: &[f64]) -> (f64, f64) {
    if xs.is_empty() {
        return (f64::NAN, f64::NAN);
    }
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    let var = xs.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / n;
    (mean, var.sqrt())
}

/// The `p`-quantile of sorted values, interpolating linearly between order statistics.
fn quantile(sorted: &[f64], p: f64) -> f64 {
    let at = p * (sorted.len() - 1) as f64;
    let i = at.floor() as usize;
    let j = (i + 1).min(sorted.len() - 1);
    sorted[i] + (at - i as f64) * (sorted[j] - sorted[i])
}

/// Silverman's rule of thumb, 0.9·min(σ, IQR/1.34)·n^(−1/5), over the finite values of `xs`
/// (σ alone when the IQR is 0). Never below [`MIN_BANDWIDTH`], never NaN.
pub fn silverman_bandwidth(xs: &[f64]) -> f64 {
    let mut finite: Vec<f64> = xs.iter().copied().filter(|x| x.is_finite()).collect();
    if finite.is_empty() {
        return MIN_BANDWIDTH;
    }
    finite.sort_by(f64::total_cmp);
    let (_, sigma) = mean_std(&finite);
    let iqr = quantile(&finite, 0.75) - quantile(&finite, 0.25);
    let spread = if iqr > 0.0 {
        sigma.min(iqr / 1.34)
    } else {
        sigma
    };
    let h = 0.9 * spread * (finite.len() as f64).powf(-0.2);
    if h >= MIN_BANDWIDTH { h } else { MIN_BANDWIDTH }
}

/// A function sampled at `values.len()` (≥ 2) equally spaced points from `lo` to `hi` inclusive.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Grid1 {
    /// The first grid point.
    pub lo: f64,
    /// The last grid point.
    pub hi: f64,
    /// The function at each grid point.
    pub values: Vec<f64>,
}

impl Grid1 {
    /// The distance between neighbouring grid points.
    pub fn step(&self) -> f64 {
        (self.hi - self.lo) / self.values.len().saturating_sub(1).max(1) as f64
    }

    /// The `i`-th grid point.
    pub fn x(&self, i: usize) -> f64 {
        self.lo + i as f64 * self.step()
    }

    /// The function at `x` by linear interpolation; 0 outside [lo, hi] (and for NaN).
    pub fn at(&self, x: f64) -> f64 {
        let last = self.values.len().saturating_sub(1);
        if !(x >= self.lo && x <= self.hi) || last == 0 {
            return 0.0;
        }
        let t = (x - self.lo) / self.step();
        let i = (t.floor() as usize).min(last - 1);
        let f = (t - i as f64).clamp(0.0, 1.0);
        self.values[i] * (1.0 - f) + self.values[i + 1] * f
    }

    /// ∫ over [lo, hi] by the trapezoid rule.
    pub fn integral(&self) -> f64 {
        trapezoid(&self.values, self.step())
    }
}

/// Trapezoid rule over equally spaced values.
fn trapezoid(values: &[f64], step: f64) -> f64 {
    match values {
        [] | [_] => 0.0,
        [first, .., last] => step * (values.iter().sum::<f64>() - 0.5 * (first + last)),
    }
}

/// A usable bandwidth: `h` if positive and finite, else [`MIN_BANDWIDTH`].
fn usable(h: f64) -> f64 {
    if h.is_finite() && h > 0.0 {
        h
    } else {
        MIN_BANDWIDTH
    }
}

/// The grid indices within `reach` of `at` on the grid `lo + k·step`, `k < n`, or `None`.
fn window(at: f64, reach: f64, lo: f64, step: f64, n: usize) -> Option<(usize, usize)> {
    let first = ((at - reach - lo) / step).ceil().max(0.0);
    let last = ((at + reach - lo) / step).floor().min((n - 1) as f64);
    (first <= last).then_some((first as usize, last as usize))
}

/// The Gaussian kernel density estimate of the finite values of `xs` with bandwidth `h`, at `n`
/// (≥ 2) equally spaced points from `lo` to `hi`. Each sample adds to the grid points within ±6h
/// (a Gaussian recurrence, two multiplications per point, when the grid resolves the kernel).
/// All zeros when there is no finite sample or the range is empty.
pub fn kde_1d(xs: &[f64], bandwidth: f64, lo: f64, hi: f64, n: usize) -> Grid1 {
    let n = n.max(2);
    let mut grid = Grid1 {
        lo,
        hi,
        values: vec![0.0; n],
    };
    let count = xs.iter().filter(|x| x.is_finite()).count();
    if count == 0 || !(lo.is_finite() && hi.is_finite() && hi > lo) {
        return grid;
    }
    let h = usable(bandwidth);
    let step = grid.step();
    let c = 0.5 / (h * h);
    let values = &mut grid.values;
    for &mu in xs.iter().filter(|x| x.is_finite()) {
        let Some((first, last)) = window(mu, WINDOW_1D * h, lo, step, n) else {
            continue;
        };
        let d0 = lo + first as f64 * step - mu;
        if step < h {
            // exp(−c(d+s)²) = exp(−cd²)·exp(−c(2ds+s²)); the second factor shrinks by
            // exp(−2cs²) per step. d ≥ −6h and s < h keep every factor within [e⁻¹⁹, e⁶].
            let mut g = (-c * d0 * d0).exp();
            let mut r = (-c * (2.0 * d0 * step + step * step)).exp();
            let rr = (-2.0 * c * step * step).exp();
            for v in &mut values[first..=last] {
                *v += g;
                g *= r;
                r *= rr;
            }
        } else {
            for (k, v) in values[first..=last].iter_mut().enumerate() {
                let d = d0 + k as f64 * step;
                *v += (-c * d * d).exp();
            }
        }
    }
    let norm = 1.0 / (count as f64 * h * (2.0 * PI).sqrt());
    values.iter_mut().for_each(|v| *v *= norm);
    grid
}

/// ½p·log(2p/m) + ½q·log(2q/m) with m = p + q and 0·log 0 = 0 (negative values count as 0).
fn js_term(p: f64, q: f64) -> f64 {
    let (p, q) = (p.max(0.0), q.max(0.0));
    let m = p + q;
    let mut t = 0.0;
    if p > 0.0 {
        t += 0.5 * p * (2.0 * p / m).ln();
    }
    if q > 0.0 {
        t += 0.5 * q * (2.0 * q / m).ln();
    }
    t
}

/// JS(p‖q) in nats of two densities sampled on the same equally spaced grid (spacing `step`),
/// by the trapezoid rule, clamped to [0, log 2]. NaN when the lengths differ or a value is NaN.
pub fn js_grid(p: &[f64], q: &[f64], step: f64) -> f64 {
    if p.len() != q.len() {
        return f64::NAN;
    }
    if p.iter().chain(q).any(|v| v.is_nan()) {
        return f64::NAN;
    }
    let terms: Vec<f64> = p.iter().zip(q).map(|(&a, &b)| js_term(a, b)).collect();
    trapezoid(&terms, step).clamp(0.0, LN_2)
}

/// A function sampled on an `n × n` grid over `x` × `y` (ends included), row-major: row `j` is
/// y = y.0 + j·(y.1 − y.0)/(n − 1), column `i` likewise for x.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Grid2 {
    /// The x range (first and last column).
    pub x: (f64, f64),
    /// The y range (first and last row).
    pub y: (f64, f64),
    /// Points per side.
    pub n: usize,
    /// `[n, n]` values, row-major.
    pub values: Vec<f64>,
}

impl Grid2 {
    /// The area each grid point stands for: Δx·Δy.
    pub fn cell_area(&self) -> f64 {
        let k = self.n.max(2) as f64 - 1.0;
        (self.x.1 - self.x.0) / k * (self.y.1 - self.y.0) / k
    }

    /// Σ value × cell area: about 1 for a density whose mass lies inside the box.
    pub fn mass(&self) -> f64 {
        self.values.iter().sum::<f64>() * self.cell_area()
    }
}

/// Scott's rule for an isotropic 2-D kernel, n^(−1/6)·(σx + σy)/2, over the finite points of
/// `points` (flattened `[n, 2]`). Never below [`MIN_BANDWIDTH`], never NaN.
pub fn scott_bandwidth_2d(points: &[f32]) -> f64 {
    let (xs, ys): (Vec<f64>, Vec<f64>) = points
        .chunks_exact(2)
        .filter(|p| p[0].is_finite() && p[1].is_finite())
        .map(|p| (f64::from(p[0]), f64::from(p[1])))
        .unzip();
    if xs.is_empty() {
        return MIN_BANDWIDTH;
    }
    let h = (xs.len() as f64).powf(-1.0 / 6.0) * 0.5 * (mean_std(&xs).1 + mean_std(&ys).1);
    if h >= MIN_BANDWIDTH { h } else { MIN_BANDWIDTH }
}

/// The isotropic Gaussian kernel density estimate of the finite points of `points` (flattened
/// `[n, 2]`) with bandwidth `h`, at the points of an `n × n` grid over `x` × `y`; each sample
/// adds to the grid points within ±5h per axis. A density: [`Grid2::mass`] ≈ 1 when the mass
/// lies inside the box and h is at least about one grid step (a narrower kernel falls between
/// the grid points).
pub fn kde_2d(points: &[f32], bandwidth: f64, x: (f64, f64), y: (f64, f64), n: usize) -> Grid2 {
    let n = n.max(2);
    let mut grid = Grid2 {
        x,
        y,
        n,
        values: vec![0.0; n * n],
    };
    let ok = |(a, b): (f64, f64)| a.is_finite() && b.is_finite() && b > a;
    let finite = |p: &&[f32]| p[0].is_finite() && p[1].is_finite();
    let count = points.chunks_exact(2).filter(finite).count();
    if count == 0 || !ok(x) || !ok(y) {
        return grid;
    }
    let h = usable(bandwidth);
    let c = 0.5 / (h * h);
    let (sx, sy) = ((x.1 - x.0) / (n - 1) as f64, (y.1 - y.0) / (n - 1) as f64);
    let mut gx = vec![0.0; n];
    for p in points.chunks_exact(2).filter(finite) {
        let (px, py) = (f64::from(p[0]), f64::from(p[1]));
        let Some((i0, i1)) = window(px, WINDOW_2D * h, x.0, sx, n) else {
            continue;
        };
        let Some((j0, j1)) = window(py, WINDOW_2D * h, y.0, sy, n) else {
            continue;
        };
        // The kernel is separable: exp(−c(dx² + dy²)) = exp(−c·dx²)·exp(−c·dy²).
        for (i, g) in (i0..=i1).zip(&mut gx) {
            let d = x.0 + i as f64 * sx - px;
            *g = (-c * d * d).exp();
        }
        let gx = &gx[..=i1 - i0];
        for j in j0..=j1 {
            let d = y.0 + j as f64 * sy - py;
            let gy = (-c * d * d).exp();
            let row = &mut grid.values[j * n + i0..=j * n + i1];
            row.iter_mut().zip(gx).for_each(|(v, g)| *v += gy * g);
        }
    }
    let norm = 1.0 / (count as f64 * 2.0 * PI * h * h);
    grid.values.iter_mut().for_each(|v| *v *= norm);
    grid
}

/// JS(p‖q) in nats of two densities on the same grid, Σ over grid points of the JS integrand ×
/// cell area, clamped to [0, log 2]. NaN (never a panic) when the grids differ or a value is NaN.
pub fn js_grid_2d(p: &Grid2, q: &Grid2) -> f64 {
    let same = p.n == q.n && p.x == q.x && p.y == q.y;
    if !same || p.values.len() != p.n * p.n || q.values.len() != q.n * q.n {
        return f64::NAN;
    }
    if p.values.iter().chain(&q.values).any(|v| v.is_nan()) {
        return f64::NAN;
    }
    let sum: f64 = p
        .values
        .iter()
        .zip(&q.values)
        .map(|(&a, &b)| js_term(a, b))
        .sum();
    (sum * p.cell_area()).clamp(0.0, LN_2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Rng;
    use crate::math::quad;

    fn normals(seed: u64, n: usize, mu: f64, sigma: f64) -> Vec<f64> {
        let mut r = Rng::new(seed);
        (0..n).map(|_| mu + sigma * r.normal()).collect()
    }

    fn points(seed: u64, n: usize, at: (f64, f64), sigma: f64) -> Vec<f32> {
        let mut r = Rng::new(seed);
        (0..n)
            .flat_map(|_| [at.0 + sigma * r.normal(), at.1 + sigma * r.normal()])
            .map(|v| v as f32)
            .collect()
    }

    fn normal_pdf(x: f64, mu: f64, var: f64) -> f64 {
        (-(x - mu) * (x - mu) / (2.0 * var)).exp() / (2.0 * PI * var).sqrt()
    }

    #[test]
    fn mean_std_of_a_known_vector() {
        let v = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
        assert_eq!(mean_std(&v), (5.0, 2.0));
        assert!(mean_std(&[]).0.is_nan() && mean_std(&[]).1.is_nan());
        assert!(mean_std(&[1.0, f64::NAN]).0.is_nan());
    }

    #[test]
    fn silverman_follows_the_rule_and_never_vanishes() {
        let xs = normals(3, 1000, 0.0, 2.0);
        // For a normal sample IQR/1.34 ≈ σ; h ≈ 0.9·σ·n^(−1/5).
        let rule = 0.9 * mean_std(&xs).1 * 1000f64.powf(-0.2);
        let h = silverman_bandwidth(&xs);
        assert!((h / rule - 1.0).abs() < 0.06, "h {h}");
        assert_eq!(silverman_bandwidth(&[1.0]), MIN_BANDWIDTH);
        assert_eq!(silverman_bandwidth(&[3.0; 10]), MIN_BANDWIDTH);
        assert_eq!(silverman_bandwidth(&[]), MIN_BANDWIDTH);
        // IQR 0 but σ > 0: σ is used.
        let v = [0.0, 0.0, 0.0, 0.0, 0.0, 10.0];
        let rule = 0.9 * mean_std(&v).1 * 6f64.powf(-0.2);
        assert!((silverman_bandwidth(&v) - rule).abs() < 1e-12);
    }

    #[test]
    fn grid1_interpolates_and_integrates() {
        let g = Grid1 {
            lo: 0.0,
            hi: 2.0,
            values: vec![0.0, 1.0, 0.0],
        };
        assert_eq!((g.step(), g.x(2)), (1.0, 2.0));
        assert!((g.at(0.5) - 0.5).abs() < 1e-15 && (g.at(1.0) - 1.0).abs() < 1e-15);
        assert_eq!(
            (g.at(-0.1), g.at(2.1), g.at(f64::NAN), g.at(2.0)),
            (0.0, 0.0, 0.0, 0.0)
        );
        assert!((g.integral() - 1.0).abs() < 1e-15);
    }

    #[test]
    fn kde_1d_matches_the_direct_sum() {
        let xs = normals(5, 300, 0.5, 1.5);
        for (h, n) in [(0.3, 512), (0.01, 64)] {
            let g = kde_1d(&xs, h, -5.0, 6.0, n);
            for i in 0..n {
                let kernels = xs.iter().map(|&m| normal_pdf(g.x(i), m, h * h));
                let direct = kernels.sum::<f64>() / 300.0;
                // Rounding, plus what the ±6h window cuts: under e^(−18) of one kernel's peak.
                let cut = (-18.0f64).exp() / (h * (2.0 * PI).sqrt());
                let err = (g.values[i] - direct).abs();
                assert!(err <= 1e-12 * direct + cut, "i {i} h {h}: {err}");
            }
        }
    }

    #[test]
    fn kde_of_normal_samples_is_a_smoothed_normal() {
        let xs = normals(11, 200_000, 0.0, 1.0);
        let h = silverman_bandwidth(&xs);
        let g = kde_1d(&xs, h, -7.0, 7.0, 701);
        assert!((g.integral() - 1.0).abs() < 1e-3, "∫ {}", g.integral());
        // E[KDE] is exactly N(0, 1 + h²); its noise (one sd) is under 2 % out to |x| = 2.
        for i in 0..g.values.len() {
            let x = g.x(i);
            if x.abs() <= 2.0 {
                let want = normal_pdf(x, 0.0, 1.0 + h * h);
                let err = (g.values[i] / want - 1.0).abs();
                assert!(err < 0.05, "x {x}: {err}");
            }
        }
        // Non-finite samples are skipped; no samples give zeros.
        let with_nan = kde_1d(&[0.0, f64::NAN, f64::INFINITY], 0.5, -3.0, 3.0, 61);
        assert!((with_nan.integral() - 1.0).abs() < 1e-3);
        let zero = |g: Grid1| g.values.iter().all(|&v| v == 0.0);
        assert!(zero(kde_1d(&[], 0.5, -3.0, 3.0, 61)));
        assert!(zero(kde_1d(&[0.0], f64::NAN, 1.0, 1.0, 1)));
    }

    #[test]
    fn js_grid_identical_disjoint_and_exact() {
        let lo = -14.0;
        let n = 29_001;
        let step = 29.0 / (n - 1) as f64;
        let on = |f: &dyn Fn(f64) -> f64| -> Vec<f64> {
            (0..n).map(|i| f(lo + i as f64 * step)).collect()
        };
        let p = on(&|x| normal_pdf(x, 0.0, 1.0));
        assert_eq!(js_grid(&p, &p, step), 0.0);
        let a = on(&|x| normal_pdf(x, -5.0, 0.01));
        let b = on(&|x| normal_pdf(x, 5.0, 0.01));
        assert!((js_grid(&a, &b, step) - LN_2).abs() < 1e-9);
        let q = on(&|x| normal_pdf(x, 1.0, 1.0));
        let pieces = [
            (-14.0, -1.0),
            (-1.0, 0.0),
            (0.0, 1.0),
            (1.0, 2.0),
            (2.0, 15.0),
        ];
        let f = |x| js_term(normal_pdf(x, 0.0, 1.0), normal_pdf(x, 1.0, 1.0));
        let exact = quad::integrate(f, &pieces);
        // 0.111 421 482 184 723 by a Riemann sum with step 10⁻⁴ over [−15, 16] (Python).
        assert!((exact - 0.111_421_482_184_723).abs() < 1e-9, "{exact}");
        assert!((js_grid(&p, &q, step) - exact).abs() < 1e-6);
        assert!(js_grid(&p, &q[1..], step).is_nan());
    }

    #[test]
    fn kde_2d_is_a_density_and_js_separates() {
        let (x, y, n) = ((-4.0, 4.0), (-4.0, 4.0), 64);
        let real = points(1, 2000, (0.0, 0.0), 1.0);
        let fake = points(2, 2000, (0.0, 0.0), 1.0);
        let h = scott_bandwidth_2d(&real);
        assert!((h - 2000f64.powf(-1.0 / 6.0)).abs() < 0.03, "h {h}");
        let p = kde_2d(&real, h, x, y, n);
        let q = kde_2d(&fake, h, x, y, n);
        assert!((p.mass() - 1.0).abs() < 5e-3, "mass {}", p.mass());
        let same = js_grid_2d(&p, &q);
        assert!((0.0..0.02).contains(&same), "same {same}");
        let left = points(3, 2000, (-2.0, 0.0), 0.3);
        let right = points(4, 2000, (2.0, 0.0), 0.3);
        let apart = js_grid_2d(&kde_2d(&left, h, x, y, n), &kde_2d(&right, h, x, y, n));
        assert!(apart > 0.6, "apart {apart}");
        // Mismatched grids: NaN, not a panic; NaN points are skipped.
        assert!(js_grid_2d(&p, &kde_2d(&real, h, x, y, 32)).is_nan());
        let values = vec![0.0; 3];
        let broken = Grid2 {
            values,
            ..p.clone()
        };
        assert!(js_grid_2d(&broken, &broken).is_nan());
        let nan = kde_2d(&[0.0, 0.0, f32::NAN, 1.0, 5.0], 0.5, x, y, n);
        assert!((nan.mass() - 1.0).abs() < 1e-3);
    }

    /// Run with `cargo test --release --lib kde -- --ignored --nocapture`.
    #[test]
    #[ignore = "timing: meaningful only in an optimised build"]
    fn fast_enough_for_every_frame() {
        let xs = normals(9, 2000, 0.0, 1.0);
        let pts = points(9, 2000, (0.0, 0.0), 1.0);
        let (h1, h2) = (silverman_bandwidth(&xs), scott_bandwidth_2d(&pts));
        let time = |f: &dyn Fn() -> f64| {
            let start = web_time::Instant::now();
            let mut sink = 0.0;
            for _ in 0..100 {
                sink += f();
            }
            assert!(sink.is_finite());
            start.elapsed().as_secs_f64() * 10.0 // ms per call
        };
        let t1 = time(&|| kde_1d(&xs, h1, -5.0, 5.0, 512).values[256]);
        let t2 = time(&|| kde_2d(&pts, h2, (-4.0, 4.0), (-4.0, 4.0), 64).values[2080]);
        println!("kde_1d 2000×512: {t1:.3} ms; kde_2d 2000 on 64²: {t2:.3} ms");
        assert!(t1 < 5.0 && t2 < 10.0);
    }
}
