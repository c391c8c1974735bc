//! Adaptive Gauss–Kronrod quadrature (G10–K21, QUADPACK's `qk21` rule and error estimate) for
//! integrals over the real line against 1-D Gaussian mixtures.
//!
//! Outside every component's μ ± 12σ a Gaussian has mass < 2·10⁻³², so an integrand made of
//! mixture densities (times logarithms, polynomials, …) is integrated over the union of those
//! ranges only, see [`support`]. [`integrate_over`] also cuts that union at μ + kσ for every
//! component (k ∈ {0, ±1, ±3, ±6, ±12}), so that a narrow component inside a wide one is never
//! stepped over by the first rule, and then bisects the subinterval with the largest error
//! estimate until the estimates sum to at most 10⁻¹² absolute (or 10⁻¹³ of ∫|f| when that is
//! larger), or until [`MAX_SPLITS`] bisections: it always terminates.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use crate::data::Mixture;

/// The absolute tolerance on the sum of the error estimates.
pub const ABS_TOL: f64 = 1e-12;
/// The tolerance relative to ∫|f|, for integrands of large magnitude.
pub const REL_TOL: f64 = 1e-13;
/// The most bisections of one integral (each costs 42 evaluations of the integrand).
pub const MAX_SPLITS: usize = 2000;
/// Half-width of a component's range, in standard deviations.
pub const SIGMAS: f64 = 12.0;
/// Where [`integrate_over`] cuts the support, in standard deviations from each mean.
const CUTS: [f64; 9] = [-12.0, -6.0, -3.0, -1.0, 0.0, 1.0, 3.0, 6.0, 12.0];

/// Kronrod abscissae on [−1, 1] (descending; the odd-indexed ones are the Gauss nodes). These
/// and the weights below are QUADPACK's `qk21` constants, rounded to f64.
const XGK: [f64; 11] = [
    0.995_657_163_025_808_1,
    0.973_906_528_517_171_7,
    0.930_157_491_355_708_2,
    0.865_063_366_688_984_5,
    0.780_817_726_586_416_9,
    0.679_409_568_299_024_4,
    0.562_757_134_668_604_7,
    0.433_395_394_129_247_2,
    0.294_392_862_701_460_2,
    0.148_874_338_981_631_22,
    0.0,
];
/// Kronrod weights, matching [`XGK`].
const WGK: [f64; 11] = [
    0.011_694_638_867_371_874,
    0.032_558_162_307_964_725,
    0.054_755_896_574_351_995,
    0.075_039_674_810_919_96,
    0.093_125_454_583_697_6,
    0.109_387_158_802_297_64,
    0.123_491_976_262_065_84,
    0.134_709_217_311_473_34,
    0.142_775_938_577_060_09,
    0.147_739_104_901_338_49,
    0.149_445_554_002_916_9,
];
/// Gauss weights of the nodes XGK[1], XGK[3], …, XGK[9].
const WG: [f64; 5] = [
    0.066_671_344_308_688_14,
    0.149_451_349_150_580_6,
    0.219_086_362_515_982_04,
    0.269_266_719_309_996_35,
    0.295_524_224_714_752_87,
];

/// One subinterval with its Kronrod value, error estimate and ∫|f| estimate.
#[derive(Clone, Copy, Debug)]
struct Segment {
    a: f64,
    b: f64,
    value: f64,
    err: f64,
    abs: f64,
}

// Ordered by error estimate, so that a max-heap pops the worst segment first.
impl Ord for Segment {
    fn cmp(&self, other: &Self) -> Ordering {
        self.err.total_cmp(&other.err)
    }
}

impl PartialOrd for Segment {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Segment {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Segment {}

/// The 21-point Kronrod rule on [a, b] with QUADPACK's error estimate.
fn gk21(f: &impl Fn(f64) -> f64, a: f64, b: f64) -> Segment {
    let (center, half) = (0.5 * (a + b), 0.5 * (b - a));
    let fc = f(center);
    let mut pairs = [(0.0, 0.0); 10];
    let (mut gauss, mut kronrod, mut abs) = (0.0, WGK[10] * fc, WGK[10] * fc.abs());
    for (j, pair) in pairs.iter_mut().enumerate() {
        let dx = half * XGK[j];
        let (f1, f2) = (f(center - dx), f(center + dx));
        *pair = (f1, f2);
        kronrod += WGK[j] * (f1 + f2);
        abs += WGK[j] * (f1.abs() + f2.abs());
        if j % 2 == 1 {
            gauss += WG[j / 2] * (f1 + f2);
        }
    }
    let mean = 0.5 * kronrod;
    let spread = WGK[10] * (fc - mean).abs()
        + pairs
            .iter()
            .zip(WGK)
            .map(|(&(f1, f2), w)| w * ((f1 - mean).abs() + (f2 - mean).abs()))
            .sum::<f64>();
    let (spread, abs) = (spread * half.abs(), abs * half.abs());
    let mut err = ((kronrod - gauss) * half).abs();
    if spread != 0.0 && err != 0.0 {
        err = spread * (200.0 * err / spread).powf(1.5).min(1.0);
    }
    // The rounding floor: no rule can promise more than ~50 ulps of ∫|f|.
    err = err.max(50.0 * f64::EPSILON * abs);
    if !(kronrod * half).is_finite() {
        err = f64::INFINITY;
    }
    Segment {
        a,
        b,
        value: kronrod * half,
        err,
        abs,
    }
}

/// A compensated (Neumaier) sum.
fn compensated_sum(values: impl Iterator<Item = f64>) -> f64 {
    let (mut sum, mut carry) = (0.0_f64, 0.0_f64);
    for v in values {
        let s = sum + v;
        carry += if sum.abs() >= v.abs() {
            (sum - s) + v
        } else {
            (v - s) + sum
        };
        sum = s;
    }
    sum + carry
}

/// ∫ f over the union of `intervals` (pairs (a, b) with a < b; others are skipped), by globally
/// adaptive Gauss–Kronrod: the subinterval with the largest error estimate is bisected until
/// the estimates sum to at most max([`ABS_TOL`], [`REL_TOL`]·∫|f|), or [`MAX_SPLITS`] times.
///
/// The intervals should not overlap (each is integrated in full). A non-finite integrand value
/// makes the result non-finite.
pub fn integrate(f: impl Fn(f64) -> f64, intervals: &[(f64, f64)]) -> f64 {
    let mut heap: BinaryHeap<Segment> = intervals
        .iter()
        .filter(|(a, b)| a < b)
        .map(|&(a, b)| gk21(&f, a, b))
        .collect();
    let mut err: f64 = heap.iter().map(|s| s.err).sum();
    let mut abs: f64 = heap.iter().map(|s| s.abs).sum();
    for _ in 0..MAX_SPLITS {
        if err <= ABS_TOL.max(REL_TOL * abs) || !err.is_finite() {
            break;
        }
        let Some(worst) = heap.pop() else { break };
        let mid = 0.5 * (worst.a + worst.b);
        if !(worst.a < mid && mid < worst.b) {
            // Too narrow to bisect in f64: keep it, and stop counting its error.
            err -= worst.err;
            heap.push(Segment { err: 0.0, ..worst });
            continue;
        }
        let (left, right) = (gk21(&f, worst.a, mid), gk21(&f, mid, worst.b));
        err += left.err + right.err - worst.err;
        abs += left.abs + right.abs - worst.abs;
        heap.push(left);
        heap.push(right);
    }
    compensated_sum(heap.iter().map(|s| s.value))
}

/// The union of every component's [μ − 12σ, μ + 12σ] over all `mixtures`, as sorted disjoint
/// intervals (overlapping or touching ranges merged).
pub fn support(mixtures: &[&Mixture]) -> Vec<(f64, f64)> {
    let mut ranges: Vec<(f64, f64)> = mixtures
        .iter()
        .flat_map(|m| m.components())
        .map(|c| (c.mu - SIGMAS * c.sigma, c.mu + SIGMAS * c.sigma))
        .collect();
    ranges.sort_by(|x, y| x.0.total_cmp(&y.0));
    let mut merged: Vec<(f64, f64)> = Vec::with_capacity(ranges.len());
    for (a, b) in ranges {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

/// The [`support`] cut at μ + kσ of every component (k ∈ {0, ±1, ±3, ±6, ±12}): the starting
/// subintervals of [`integrate_over`].
fn pieces(mixtures: &[&Mixture]) -> Vec<(f64, f64)> {
    let union = support(mixtures);
    let mut cuts: Vec<f64> = mixtures
        .iter()
        .flat_map(|m| m.components())
        .flat_map(|c| CUTS.map(|k| c.mu + k * c.sigma))
        .collect();
    cuts.sort_by(f64::total_cmp);
    cuts.dedup();
    cuts.windows(2)
        .map(|w| (w[0], w[1]))
        .filter(|&(a, b)| {
            let mid = 0.5 * (a + b);
            a < b && union.iter().any(|&(lo, hi)| lo <= mid && mid <= hi)
        })
        .collect()
}

/// ∫ f over the real line, for an integrand that is negligible outside every component's
/// μ ± 12σ of `mixtures` (densities of those mixtures times tame factors): [`integrate`] over
/// their [`support`], started from cuts at each component's μ + kσ.
pub fn integrate_over(mixtures: &[&Mixture], f: impl Fn(f64) -> f64) -> f64 {
    integrate(f, &pieces(mixtures))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::divergence::kl_gauss;

    fn mix(s: &str) -> Mixture {
        Mixture::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    fn assert_near(got: f64, want: f64, tol: f64) {
        assert!((got - want).abs() <= tol, "{got:e} vs {want:e}");
    }

    #[test]
    fn rule_is_exact_for_polynomials() {
        // K21 integrates degree ≤ 31 exactly on one segment; G10 degree ≤ 19.
        for k in 0..=31 {
            let want = if k % 2 == 0 {
                2.0 / (k + 1) as f64
            } else {
                0.0
            };
            let s = gk21(&|x: f64| x.powi(k), -1.0, 1.0);
            assert_near(s.value, want, 1e-15);
            if k <= 19 {
                // Only the rounding floor, 50 ulps of ∫|f| ≤ 2.
                assert!(s.err <= 2.3e-14, "k = {k}: {}", s.err);
            }
        }
        // Weights sum to the interval length: Gauss and Kronrod separately.
        assert_near(2.0 * WG.iter().sum::<f64>(), 2.0, 1e-15);
        assert_near(2.0 * WGK.iter().sum::<f64>() - WGK[10], 2.0, 1e-15);
    }

    #[test]
    fn support_merges_overlaps() {
        let a = mix("1:0:1,1:20:1");
        let b = mix("1:10:0.5,1:100:0.1");
        assert_eq!(
            support(&[&a, &b]),
            vec![(-12.0, 32.0), (100.0 - 1.200_000_000_000_000_2, 101.2)]
        );
        let p = pieces(&[&a, &b]);
        assert!(p.windows(2).all(|w| w[0].1 <= w[1].0));
        assert_eq!(p.first().map(|s| s.0), Some(-12.0));
        assert_eq!(p.last().map(|s| s.1), Some(101.2));
        assert!(
            p.iter()
                .all(|&(a, b)| !(32.0..98.0).contains(&(0.5 * (a + b))))
        );
    }

    #[test]
    fn densities_integrate_to_one() {
        for s in [
            "1:0:1",
            "1:3.5:0.05",
            "1:-40:7",
            "0.2:-1:0.05,0.5:0:3,0.3:4:0.05",
            "0.3:0:0.05,0.3:0.1:3,0.4:30:0.5",
        ] {
            let m = mix(s);
            assert_near(integrate_over(&[&m], |x| m.pdf(x)), 1.0, 1e-12);
        }
    }

    #[test]
    fn moments() {
        let m = mix("0.2:-1:0.05,0.5:0:3,0.3:4:0.05");
        let second: f64 = m
            .components()
            .iter()
            .map(|c| c.w * (c.sigma * c.sigma + c.mu * c.mu))
            .sum();
        assert_near(integrate_over(&[&m], |x| x * m.pdf(x)), m.mean(), 1e-12);
        assert_near(
            integrate_over(&[&m], |x| x * x * m.pdf(x)),
            second,
            1e-12 * second,
        );
    }

    #[test]
    fn gaussian_kl_matches_closed_form() {
        for (m1, s1, m2, s2) in [
            (0.3, 1.2, -0.5, 0.7),
            (0.0, 0.05, 1.0, 3.0),
            (0.0, 3.0, 1.0, 0.05),
            (2.0, 1.0, 2.0, 1.0),
        ] {
            let (p, q) = (mix(&format!("1:{m1}:{s1}")), mix(&format!("1:{m2}:{s2}")));
            let lp = |x: f64| -0.5 * ((x - m1) / s1).powi(2) - s1.ln();
            let lq = |x: f64| -0.5 * ((x - m2) / s2).powi(2) - s2.ln();
            let got = integrate_over(&[&p, &q], |x| p.pdf(x) * (lp(x) - lq(x)));
            let want = kl_gauss(m1, s1, m2, s2);
            assert_near(got, want, 1e-10 * want.max(1.0));
        }
    }

    #[test]
    fn steep_integrands_terminate() {
        // A kink and a near-singularity: the error target may be out of reach, the loop ends.
        let v = integrate(|x: f64| x.abs().ln().max(-700.0), &[(-1.0, 1.0)]);
        assert_near(v, -2.0, 1e-9);
        let v = integrate(|x: f64| if x < 0.3 { 0.0 } else { 1.0 }, &[(0.0, 1.0)]);
        assert_near(v, 0.7, 1e-9);
        assert_eq!(integrate(|_| 1.0, &[(1.0, 1.0), (2.0, 1.0)]), 0.0);
        assert!(integrate(|_| f64::NAN, &[(0.0, 1.0)]).is_nan());
    }
}
