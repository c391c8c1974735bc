//! The demo's numbers: the exact ∂/∂μ E[f(z)], the KL to the prior, and per estimator one
//! batch, the mean and the spread over [`REPEATS`] batches ([`crate::math::vae`]).

use crate::data::Rng;
use crate::math::vae::{Estimator, compare, kl_to_standard, standard_normals};

use super::state::{MU, N, SIGMA, VaeParams};

/// Batches per spread estimate.
pub const REPEATS: usize = 200;

/// One estimator's numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    /// Its estimate from one batch (the first of the repeats).
    pub batch: f64,
    /// The mean of its estimates over [`REPEATS`] batches.
    pub mean: f64,
    /// Their spread (standard deviation).
    pub std: f64,
}

/// Everything the demo shows, for one set of parameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Demo {
    /// The exact gradient, in closed form.
    pub exact: f64,
    /// KL(N(μ, σ²) ‖ N(0, 1)).
    pub kl_prior: f64,
    /// The reparametrization trick.
    pub pathwise: Estimate,
    /// The score function.
    pub score: Estimate,
    /// The score function minus the leave-one-out mean of f.
    pub score_baseline: Estimate,
    /// Central finite differences.
    pub fd: Estimate,
}

/// The demo's numbers for `p`. The one batch is the first of the [`REPEATS`] (both start from
/// `Rng::new(seed)`).
pub fn demo(p: &VaeParams) -> Demo {
    let (f, mu, sigma) = (p.test_fn(), p.nums[MU], p.nums[SIGMA]);
    let n = p.nums[N] as usize;
    let exact = f.exact_gradient(mu, sigma);
    let kl_prior = kl_to_standard(mu, sigma);
    let eps = standard_normals(&mut Rng::new(p.seed as u64), n);
    let spreads = compare(&Estimator::ALL, f, mu, sigma, n, REPEATS, p.seed as u64);
    let [pathwise, score, score_baseline, fd] = std::array::from_fn(|i| Estimate {
        batch: Estimator::ALL[i].estimate(f, mu, sigma, &eps),
        mean: spreads[i].mean,
        std: spreads[i].std,
    });
    Demo {
        exact,
        kl_prior,
        pathwise,
        score,
        score_baseline,
        fd,
    }
}

#[cfg(test)]
mod tests {
    use super::super::state::read;
    use super::*;
    use crate::route::Query;

    fn parse(s: &str) -> VaeParams {
        let (p, notices) = read(&Query::parse(s));
        assert!(notices.is_empty(), "{s}: {notices:?}");
        p
    }

    /// The estimators in the order of [`Estimator::ALL`].
    fn all(d: &Demo) -> [Estimate; 4] {
        [d.pathwise, d.score, d.score_baseline, d.fd]
    }

    /// Every estimator's mean is within 4 standard errors of the exact value.
    fn assert_unbiased(d: &Demo, case: &str) {
        for (k, e) in all(d).iter().enumerate() {
            let se = e.std / (REPEATS as f64).sqrt();
            assert!(
                (e.mean - d.exact).abs() <= 4.0 * se + 1e-9,
                "{case} {k}: {d:?}"
            );
        }
    }

    #[test]
    fn the_demo_matches_closed_forms_and_the_estimators() {
        let p = VaeParams::default();
        let d = demo(&p);
        assert_eq!(d.exact, -1.0, "2(μ − c) = 2(0.5 − 1)");
        assert!((d.kl_prior - 0.5 * (0.25 + 1.0 - 1.0 - 0.0)).abs() < 1e-15);
        // The one batch is the first repeat; estimators are unbiased within 4 standard errors.
        assert_unbiased(&d, "defaults");
        let one = compare(&[Estimator::Score], p.test_fn(), 0.5, 1.0, 100, 1, 1);
        assert_eq!(one[0].mean, d.score.batch);
    }

    /// The cases `tests/e2e/vae_theory.test.mjs` checks in the browser, natively (same seeds,
    /// same draws), so its assertions are known to hold.
    #[test]
    fn the_browser_test_cases_hold() {
        let cases = [
            "",
            "f=sin&mu=0.7&sigma=1.3&n=50&seed=3",
            "mu=2&c=-1&sigma=1&n=100&seed=1",
            "f=sin&mu=-2&sigma=0.4&n=400&seed=7",
            "mu=3&c=-3&sigma=1",
        ];
        for case in cases {
            let p = parse(case);
            let d = demo(&p);
            assert_unbiased(&d, case);
            if !p.sin {
                // Finite differences are exact for a quadratic: the pathwise numbers.
                assert!(
                    (d.fd.std - d.pathwise.std).abs() <= 1e-6 * d.pathwise.std,
                    "{case}"
                );
                // Pathwise spread 2σ/√n within 20 %.
                let want = 2.0 * p.nums[SIGMA] / p.nums[N].sqrt();
                assert!(
                    (d.pathwise.std / want - 1.0).abs() < 0.2,
                    "{case}: {}",
                    d.pathwise.std
                );
            }
        }
        let d = demo(&parse("mu=2&c=-1&sigma=1&n=100&seed=1"));
        assert!(d.score.std > 4.0 * d.pathwise.std, "{d:?}");
        assert!(
            d.score_baseline.std < d.score.std && d.score_baseline.std > d.pathwise.std,
            "{d:?}"
        );
        let d = demo(&parse("mu=3&c=-3&sigma=1"));
        assert!(
            d.score.std >= 10.0 * d.pathwise.std,
            "the construction's example: {d:?}"
        );
        let d = demo(&VaeParams::default());
        assert!(
            d.score.std < 10.0 * d.pathwise.std,
            "the defaults do not solve it"
        );
        // Resampling changes the batch, not the exact value.
        let (a, b) = (demo(&parse("seed=1")), demo(&parse("seed=2")));
        assert_eq!(a.exact, b.exact);
        assert_ne!(a.pathwise.batch, b.pathwise.batch);
    }
}
