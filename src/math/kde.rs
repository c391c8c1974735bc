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

/// A local-scale bandwidth for 2-D samples: the median, over the finite points of `points`
/// (flattened `[n, 2]`), of the distance to their k-th nearest neighbour, k = ⌈√n⌉. Scott's rule
/// uses the overall spread, so on clustered data (two tight modes far apart) it smooths each
/// mode far wider than the mode itself and a generator that draws a thin line through the modes
/// scores almost as well as one that learned them. This follows the data's local scale instead.
/// Never below [`MIN_BANDWIDTH`], never NaN; O(n²), so compute it once per data set.
pub fn knn_bandwidth_2d(points: &[f32]) -> f64 {
    let pts: Vec<(f64, f64)> = points
        .chunks_exact(2)
        .filter(|p| p[0].is_finite() && p[1].is_finite())
        .map(|p| (f64::from(p[0]), f64::from(p[1])))
        .collect();
    let n = pts.len();
    if n < 2 {
        return MIN_BANDWIDTH;
    }
    let k = ((n as f64).sqrt().ceil() as usize).clamp(1, n - 1);
    let mut distances = vec![0.0; n - 1];
    let mut kth: Vec<f64> = pts
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let others = pts.iter().enumerate().filter(|&(j, _)| j != i);
            for (d, (_, b)) in distances.iter_mut().zip(others) {
                *d = (a.0 - b.0).powi(2) + (a.1 - b.1).powi(2);
            }
            *distances.select_nth_unstable_by(k - 1, f64::total_cmp).1
        })
        .collect();
    let median = *kth.select_nth_unstable_by(n / 2, f64::total_cmp).1;
    median.sqrt().max(MIN_BANDWIDTH)
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
#[path = "kde_tests.rs"]
mod tests;
