//! The VAE's pieces in 1-D: the reparametrization trick as a numeric experiment, the closed-form
//! KL of a Gaussian encoder to the N(0, 1) prior, and the Gaussian decoder's log-likelihood.
//!
//! For z ~ N(μ, σ²) and a test function f with a closed-form E[f(z)], the gradient ∂/∂μ E[f(z)]
//! is estimated from n draws z = μ + σε, ε ~ N(0, 1), in three ways: pathwise (the
//! reparametrization trick, mean of f′(μ + σε)), by the score function (mean of
//! f(z)·(z − μ)/σ², optionally with a baseline), and by central finite differences with common
//! random numbers. Repeating each estimate shows its spread around the exact gradient.

use super::divergence::kl_gauss;
use crate::data::Rng;

/// A test function f with closed forms for E[f(z)] and ∂/∂μ E[f(z)] under z ~ N(μ, σ²).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TestFn {
    /// f(z) = (z − c)²: E = (μ − c)² + σ², ∂/∂μ E = 2(μ − c).
    Square {
        /// The centre c.
        c: f64,
    },
    /// f(z) = sin z: E = sin μ·e^(−σ²/2), ∂/∂μ E = cos μ·e^(−σ²/2).
    Sin,
}

impl Default for TestFn {
    fn default() -> TestFn {
        TestFn::Square { c: 1.0 }
    }
}

impl TestFn {
    /// f(z).
    pub fn value(self, z: f64) -> f64 {
        match self {
            TestFn::Square { c } => (z - c) * (z - c),
            TestFn::Sin => z.sin(),
        }
    }

    /// f′(z).
    pub fn derivative(self, z: f64) -> f64 {
        match self {
            TestFn::Square { c } => 2.0 * (z - c),
            TestFn::Sin => z.cos(),
        }
    }

    /// E[f(z)] for z ~ N(μ, σ²).
    pub fn expectation(self, mu: f64, sigma: f64) -> f64 {
        match self {
            TestFn::Square { c } => (mu - c) * (mu - c) + sigma * sigma,
            TestFn::Sin => mu.sin() * (-0.5 * sigma * sigma).exp(),
        }
    }

    /// The exact gradient ∂/∂μ E[f(z)].
    pub fn exact_gradient(self, mu: f64, sigma: f64) -> f64 {
        match self {
            TestFn::Square { c } => 2.0 * (mu - c),
            TestFn::Sin => mu.cos() * (-0.5 * sigma * sigma).exp(),
        }
    }
}

/// The default step h of [`Estimator::FiniteDifference`]: its bias is O(h²), its rounding
/// O(ε/h).
pub const FD_STEP: f64 = 1e-3;

/// An estimator of ∂/∂μ E[f(z)] from standard-normal draws ε₁…εₙ (zᵢ = μ + σεᵢ).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Estimator {
    /// The reparametrization trick: (1/n)Σ f′(μ + σεᵢ).
    Pathwise,
    /// The score function (REINFORCE): (1/n)Σ f(zᵢ)·εᵢ/σ, since ∂/∂μ ln N(z; μ, σ²) = (z − μ)/σ².
    Score,
    /// The score function with the leave-one-out mean of f as baseline, still unbiased:
    /// (1/(n − 1))Σ (f(zᵢ) − f̄)·εᵢ/σ (plain [`Estimator::Score`] for n = 1).
    ScoreBaseline,
    /// Central differences with common random numbers:
    /// (1/n)Σ [f(μ + h + σεᵢ) − f(μ − h + σεᵢ)]/2h.
    FiniteDifference {
        /// The step h > 0.
        h: f64,
    },
}

impl Estimator {
    /// The four estimators, finite differences with [`FD_STEP`].
    pub const ALL: [Estimator; 4] = [
        Estimator::Pathwise,
        Estimator::Score,
        Estimator::ScoreBaseline,
        Estimator::FiniteDifference { h: FD_STEP },
    ];

    /// The estimate of ∂/∂μ E[f(z)], z ~ N(μ, σ²), from the draws `eps` (NaN if there are none).
    pub fn estimate(self, f: TestFn, mu: f64, sigma: f64, eps: &[f64]) -> f64 {
        let mean =
            |g: &dyn Fn(f64) -> f64| eps.iter().map(|&e| g(e)).sum::<f64>() / eps.len() as f64;
        match self {
            Estimator::Pathwise => mean(&|e| f.derivative(mu + sigma * e)),
            Estimator::Score => mean(&|e| f.value(mu + sigma * e) * e / sigma),
            Estimator::ScoreBaseline if eps.len() >= 2 => {
                let n = eps.len() as f64;
                let fbar = mean(&|e| f.value(mu + sigma * e));
                mean(&|e| (f.value(mu + sigma * e) - fbar) * e / sigma) * n / (n - 1.0)
            }
            Estimator::ScoreBaseline => Estimator::Score.estimate(f, mu, sigma, eps),
            Estimator::FiniteDifference { h } => mean(&|e| {
                let z = mu + sigma * e;
                (f.value(z + h) - f.value(z - h)) / (2.0 * h)
            }),
        }
    }
}

/// `n` standard-normal draws.
pub fn standard_normals(rng: &mut Rng, n: usize) -> Vec<f64> {
    (0..n).map(|_| rng.normal()).collect()
}

/// The mean and spread of an estimator over repeated experiments.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    /// The mean of the estimates.
    pub mean: f64,
    /// Their sample standard deviation (n − 1 in the denominator; 0 for one repeat).
    pub std: f64,
}

/// Runs `repeats` experiments of `n` draws each from `Rng::new(seed)`, every estimator seeing
/// the same draws in an experiment, and returns each estimator's [`Spread`] (in the order of
/// `estimators`). All means are NaN when `n` or `repeats` is 0.
pub fn compare(
    estimators: &[Estimator],
    f: TestFn,
    mu: f64,
    sigma: f64,
    n: usize,
    repeats: usize,
    seed: u64,
) -> Vec<Spread> {
    let mut rng = Rng::new(seed);
    let mut runs = vec![Vec::with_capacity(repeats); estimators.len()];
    for _ in 0..repeats {
        let eps = standard_normals(&mut rng, n);
        for (est, run) in estimators.iter().zip(&mut runs) {
            run.push(est.estimate(f, mu, sigma, &eps));
        }
    }
    runs.iter()
        .map(|v| {
            let r = v.len() as f64;
            let mean = v.iter().sum::<f64>() / r;
            let ss: f64 = v.iter().map(|x| (x - mean) * (x - mean)).sum();
            Spread {
                mean,
                std: if v.len() > 1 {
                    (ss / (r - 1.0)).sqrt()
                } else {
                    0.0
                },
            }
        })
        .collect()
}

/// KL(N(μ, σ²) ‖ N(0, 1)) = ½(μ² + σ² − 1 − ln σ²), the VAE's regulariser, in nats; accurate
/// also for σ ≈ 1 (see [`kl_gauss`]), +∞ for σ ≤ 0.
pub fn kl_to_standard(mu: f64, sigma: f64) -> f64 {
    kl_gauss(mu, sigma, 0.0, 1.0)
}

/// ½ ln 2π, correctly rounded (mpmath).
const LN_SQRT_2PI: f64 = 0.918_938_533_204_672_8;

/// ln N(x; mean, σ²) = −½ ln 2π − ln σ − ½((x − mean)/σ)², the Gaussian decoder's
/// log-likelihood; −∞ for σ ≤ 0.
pub fn log_normal(x: f64, mean: f64, sigma: f64) -> f64 {
    if sigma.is_nan() || sigma <= 0.0 {
        return f64::NEG_INFINITY;
    }
    let z = (x - mean) / sigma;
    -LN_SQRT_2PI - sigma.ln() - 0.5 * z * z
}

#[cfg(test)]
mod tests {
    use super::*;

    const FNS: [TestFn; 3] = [
        TestFn::Square { c: 1.0 },
        TestFn::Square { c: -2.5 },
        TestFn::Sin,
    ];

    fn assert_near(got: f64, want: f64, tol: f64) {
        assert!((got - want).abs() <= tol, "{got:e} vs {want:e}");
    }

    #[test]
    fn exact_gradients_and_derivatives() {
        let h = 1e-5;
        for f in FNS {
            for (mu, sigma) in [(0.0, 1.0), (0.7, 0.3), (-1.2, 2.0)] {
                let fd = (f.expectation(mu + h, sigma) - f.expectation(mu - h, sigma)) / (2.0 * h);
                assert_near(f.exact_gradient(mu, sigma), fd, 1e-8);
                let fd = (f.value(mu + h) - f.value(mu - h)) / (2.0 * h);
                assert_near(f.derivative(mu), fd, 1e-8);
            }
        }
        assert_near(
            TestFn::Sin.expectation(0.5, 1.0),
            0.5_f64.sin() * (-0.5_f64).exp(),
            0.0,
        );
        assert_eq!(TestFn::default(), TestFn::Square { c: 1.0 });
    }

    #[test]
    fn expectations_match_a_large_sample() {
        let mut rng = Rng::new(11);
        let eps = standard_normals(&mut rng, 400_000);
        for f in FNS {
            let (mu, sigma) = (0.4, 1.3);
            let m = eps.iter().map(|e| f.value(mu + sigma * e)).sum::<f64>() / eps.len() as f64;
            assert_near(m, f.expectation(mu, sigma), 0.03);
        }
    }

    #[test]
    fn estimators_are_unbiased() {
        let (n, repeats) = (32, 400);
        for f in FNS {
            let (mu, sigma) = (0.3, 0.8);
            let exact = f.exact_gradient(mu, sigma);
            for (est, s) in
                Estimator::ALL
                    .iter()
                    .zip(compare(&Estimator::ALL, f, mu, sigma, n, repeats, 5))
            {
                let se = s.std / (repeats as f64).sqrt();
                assert!(
                    (s.mean - exact).abs() <= 4.0 * se + 1e-6,
                    "{est:?} on {f:?}: {} ± {se} vs {exact}",
                    s.mean
                );
            }
        }
    }

    #[test]
    fn score_function_spreads_more_than_pathwise() {
        let s = compare(&Estimator::ALL, TestFn::default(), 0.0, 1.0, 16, 200, 1);
        let [path, score, baseline, fd] = [s[0], s[1], s[2], s[3]];
        assert!(score.std > 2.0 * path.std, "{score:?} vs {path:?}");
        assert!(baseline.std < score.std);
        // For a quadratic, central differences are exact per draw: the pathwise estimate.
        assert_near(fd.mean, path.mean, 1e-9);
        assert_near(fd.std, path.std, 1e-9);
        // Pathwise for (z − c)² is 2(μ − c + σ·ε̄): its spread is 2σ/√n.
        assert_near(path.std, 2.0 / 4.0, 0.1);
    }

    #[test]
    fn deterministic_for_a_seed() {
        let run = |seed| compare(&Estimator::ALL, TestFn::Sin, 0.2, 1.1, 10, 20, seed);
        assert_eq!(run(3), run(3));
        assert_ne!(run(3), run(4));
        let one = compare(&[Estimator::Pathwise], TestFn::Sin, 0.2, 1.1, 10, 1, 3);
        assert_eq!(one[0].std, 0.0);
        assert!(
            compare(&[Estimator::Score], TestFn::Sin, 0.0, 1.0, 0, 3, 1)[0]
                .mean
                .is_nan()
        );
        let single = [0.8];
        assert_eq!(
            Estimator::ScoreBaseline.estimate(TestFn::Sin, 0.1, 1.0, &single),
            Estimator::Score.estimate(TestFn::Sin, 0.1, 1.0, &single)
        );
    }

    #[test]
    fn kl_and_log_likelihood() {
        assert_eq!(kl_to_standard(0.0, 1.0), 0.0);
        assert_near(
            kl_to_standard(1.5, 0.5),
            0.5 * (2.25 + 0.25 - 1.0 - 0.25_f64.ln()),
            1e-15,
        );
        assert_eq!(kl_to_standard(0.0, 0.0), f64::INFINITY);
        // σ = 1 + 1e-6, where σ² − 1 − ln σ² cancels: mpmath 1.3 (dps 30) on the same f64 σ.
        let (got, want) = (kl_to_standard(0.0, 1.0 + 1e-6), 9.999_996_665_023_835e-13);
        assert!((got - want).abs() < 1e-9 * want, "{got:e}");
        assert_near(log_normal(0.0, 0.0, 1.0), -0.918_938_533_204_672_8, 1e-16);
        assert_near(
            log_normal(2.0, 0.5, 0.3),
            0.5 * 0.3_f64.powi(-2) * -2.25 - 0.3_f64.ln() - 0.918_938_533_204_672_8,
            1e-14,
        );
        assert_eq!(log_normal(1.0, 0.0, 0.0), f64::NEG_INFINITY);
    }
}
