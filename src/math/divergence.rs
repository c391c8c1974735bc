//! Divergences between discrete distributions (cross-entropy, KL, Jensen–Shannon) and between
//! two Gaussians, all in nats (convert with [`Unit::from_nats`](super::Unit::from_nats)).
//!
//! Conventions, as in the seminar: a term with pᵢ = 0 contributes 0 (0·log q = 0, even where
//! qᵢ = 0), and a term with pᵢ > 0 = qᵢ makes KL and cross-entropy +∞. No function here returns
//! NaN for probability vectors, whatever zeros they hold. The two vectors of a pair are meant to
//! have the same length; only their common prefix is read.
//!
//! Sums are accumulated sorted by magnitude and compensated, and each per-outcome term uses the
//! form of the logarithm that keeps its last digits when p ≈ q. JS's terms are all ≥ 0, so even
//! a tiny JS (and its square root, √JS) is right to the last digits; KL's terms have both signs
//! and partly cancel, which for p ≈ q costs a few of its digits, never its sign.

/// Entries summed on the stack before [`accurate_sum`] falls back to a heap buffer.
const STACK_TERMS: usize = 32;

/// Sums `terms` accurately: from small to large magnitude, with Neumaier's compensation.
///
/// Non-finite terms short-circuit to a plain sum (compensation would turn ∞ − ∞ into NaN).
fn sorted_sum(terms: &mut [f64]) -> f64 {
    if terms.iter().any(|t| !t.is_finite()) {
        return terms.iter().sum();
    }
    terms.sort_unstable_by(|a, b| a.abs().total_cmp(&b.abs()));
    let (mut sum, mut carry) = (0.0_f64, 0.0_f64);
    for &t in terms.iter() {
        let s = sum + t;
        carry += if sum.abs() >= t.abs() {
            (sum - s) + t
        } else {
            (t - s) + sum
        };
        sum = s;
    }
    sum + carry
}

/// [`sorted_sum`] of an iterator, without a heap allocation for short vectors.
fn accurate_sum(terms: impl ExactSizeIterator<Item = f64>) -> f64 {
    if terms.len() <= STACK_TERMS {
        let mut buf = [0.0; STACK_TERMS];
        let mut len = 0;
        for (slot, t) in buf.iter_mut().zip(terms) {
            *slot = t;
            len += 1;
        }
        sorted_sum(&mut buf[..len])
    } else {
        let mut v: Vec<f64> = terms.collect();
        sorted_sum(&mut v)
    }
}

/// Whether `x > 0` (false for NaN): the test for "in the support" throughout.
fn positive(x: f64) -> bool {
    x > 0.0
}

/// `a·ln(a/b)` for a > 0, b > 0, computed accurately.
///
/// Near a = b it is `a·ln_1p((a − b)/b)` (a − b is exact there, so the tiny logarithm keeps
/// full relative precision); elsewhere `a·ln(a/b)`, falling back to `a·(ln a − ln b)` when
/// the ratio overflows or underflows.
fn a_ln_a_over_b(a: f64, b: f64) -> f64 {
    let ratio = a / b;
    if (0.5..=2.0).contains(&ratio) {
        a * ((a - b) / b).ln_1p()
    } else if ratio.is_finite() && ratio > 0.0 {
        a * ratio.ln()
    } else {
        a * (a.ln() - b.ln())
    }
}

/// The KL contribution of one outcome: `p·ln(p/q)`, 0 where p = 0 (or p is not positive),
/// +∞ where p > 0 and q = 0 (or q is not positive).
fn kl_term(p: f64, q: f64) -> f64 {
    if !positive(p) {
        0.0
    } else if !positive(q) {
        f64::INFINITY
    } else {
        a_ln_a_over_b(p, q)
    }
}

/// `+0.0` for anything that is not positive (negative rounding, −0.0), else `x`.
fn nonneg(x: f64) -> f64 {
    if positive(x) { x } else { 0.0 }
}

/// Cross-entropy H(p, q) = −Σ pᵢ·ln qᵢ in nats.
///
/// Terms with pᵢ = 0 are 0 (even where qᵢ = 0); a pᵢ > 0 with qᵢ = 0 makes it +∞.
/// H(p, q) = H(p) + KL(p‖q) ≥ H(p).
pub fn cross_entropy(p: &[f64], q: &[f64]) -> f64 {
    let terms = p.iter().zip(q).map(|(&pi, &qi)| {
        if !positive(pi) {
            0.0
        } else if !positive(qi) {
            f64::INFINITY
        } else {
            -pi * qi.ln()
        }
    });
    nonneg(accurate_sum(terms))
}

/// The per-outcome contributions pᵢ·ln(pᵢ/qᵢ) to KL(p‖q), in nats.
///
/// 0 where pᵢ = 0, +∞ where pᵢ > 0 = qᵢ. Individual terms are negative wherever qᵢ > pᵢ;
/// only their sum is guaranteed ≥ 0.
pub fn kl_terms(p: &[f64], q: &[f64]) -> Vec<f64> {
    p.iter().zip(q).map(|(&pi, &qi)| kl_term(pi, qi)).collect()
}

/// Kullback–Leibler divergence KL(p‖q) = Σ_{pᵢ>0} pᵢ·ln(pᵢ/qᵢ), in nats.
///
/// +∞ when some pᵢ > 0 has qᵢ = 0; never NaN; never negative (rounding below zero is clamped
/// to +0.0). Not symmetric: KL(p‖q) ≠ KL(q‖p) in general.
pub fn kl(p: &[f64], q: &[f64]) -> f64 {
    nonneg(accurate_sum(
        p.iter().zip(q).map(|(&pi, &qi)| kl_term(pi, qi)),
    ))
}

/// The gap in Gibbs' inequality, Σ pᵢ·ln pᵢ − Σ pᵢ·ln qᵢ = −H(p) + H(p, q), in nats.
///
/// By the identity Σ pᵢ·ln pᵢ − Σ pᵢ·ln qᵢ = Σ pᵢ·ln(pᵢ/qᵢ) this is exactly KL(p‖q), and
/// it is computed as such (subtracting two large sums would lose the small gap): ≥ 0, zero
/// iff p = q, +∞ when q misses part of p's support.
pub fn gibbs_gap(p: &[f64], q: &[f64]) -> f64 {
    kl(p, q)
}

/// One outcome of the seminar's proof of Gibbs' inequality, ln x ≤ x − 1 at x = qᵢ/pᵢ,
/// multiplied by pᵢ.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GibbsTerm {
    /// The outcome's index in p and q.
    pub index: usize,
    /// Whether pᵢ > 0, i.e. i ∈ I, the support of p that the proof sums over.
    pub in_support: bool,
    /// pᵢ·ln(qᵢ/pᵢ): −∞ where qᵢ = 0; 0 outside the support (0·log qᵢ = 0).
    pub lhs: f64,
    /// pᵢ·(qᵢ/pᵢ − 1) = qᵢ − pᵢ; 0 outside the support.
    pub rhs: f64,
}

/// The per-outcome inequalities pᵢ·ln(qᵢ/pᵢ) ≤ pᵢ·(qᵢ/pᵢ − 1) = qᵢ − pᵢ behind Gibbs'
/// inequality.
///
/// For pᵢ > 0, `lhs ≤ rhs` holds for every term (guaranteed also after rounding), with
/// equality iff qᵢ = pᵢ. Summed over the support I, the right sides give Σ_I qᵢ − 1 ≤ 0,
/// hence Σ pᵢ·ln(qᵢ/pᵢ) ≤ 0. Outcomes with pᵢ = 0 are the proof's separate case: both sides
/// are 0 and `in_support` is false.
pub fn gibbs_terms(p: &[f64], q: &[f64]) -> Vec<GibbsTerm> {
    p.iter()
        .zip(q)
        .enumerate()
        .map(|(index, (&pi, &qi))| {
            if pi > 0.0 {
                let rhs = qi - pi;
                let lhs = if qi > 0.0 {
                    // ln x ≤ x − 1 is exact mathematics; keep it true after rounding.
                    (-a_ln_a_over_b(pi, qi)).min(rhs)
                } else {
                    f64::NEG_INFINITY
                };
                GibbsTerm {
                    index,
                    in_support: true,
                    lhs,
                    rhs,
                }
            } else {
                GibbsTerm {
                    index,
                    in_support: false,
                    lhs: 0.0,
                    rhs: 0.0,
                }
            }
        })
        .collect()
}

/// The midpoint mixture M = (P + Q)/2, elementwise.
pub fn mixture(p: &[f64], q: &[f64]) -> Vec<f64> {
    p.iter().zip(q).map(|(&a, &b)| 0.5 * (a + b)).collect()
}

/// f(d) = (1 + d)·ln(1 + d) + (1 − d)·ln(1 − d) for |d| ≤ 1, accurately (≈ d² for small d).
///
/// For |d| ≤ ½ it is evaluated as 2d·atanh(d) + ln(1 − d²), whose two terms are of opposite
/// sign but differ by a factor of about 2, so nothing cancels badly; at |d| = 1 it is 2·ln 2.
fn js_shape(d: f64) -> f64 {
    let d = d.abs().min(1.0);
    if d <= 0.5 {
        2.0 * d * d.atanh() + (-d * d).ln_1p()
    } else if d < 1.0 {
        (1.0 + d) * d.ln_1p() + (1.0 - d) * (-d).ln_1p()
    } else {
        2.0 * std::f64::consts::LN_2
    }
}

/// The JS contribution of one outcome, ½[p·ln(2p/(p+q)) + q·ln(2q/(p+q))], with 0·ln(…) = 0.
///
/// Writing s = p + q and d = (p − q)/s, it equals (s/4)·f(d) with f from [`js_shape`]; one
/// side zero is d = ±1, f = 2·ln 2, so disjoint supports sum to exactly ln 2 up to rounding.
fn js_term(p: f64, q: f64) -> f64 {
    let s = p + q;
    if !positive(s) {
        return 0.0;
    }
    let d = if p > 0.0 && q > 0.0 { (p - q) / s } else { 1.0 };
    0.25 * s * js_shape(d)
}

/// Jensen–Shannon divergence JS(P, Q) = ½·KL(P‖M) + ½·KL(Q‖M), M = (P + Q)/2, in nats.
///
/// Symmetric (bit for bit), always finite, in [0, ln 2]: 0 iff P = Q, ln 2 iff the supports
/// are disjoint. Computed per outcome as ½[p·ln(2p/(p+q)) + q·ln(2q/(p+q))] in a form that
/// stays accurate when p ≈ q, and clamped to [0, ln 2] against rounding.
pub fn js(p: &[f64], q: &[f64]) -> f64 {
    let sum = accurate_sum(p.iter().zip(q).map(|(&a, &b)| js_term(a, b)));
    nonneg(sum).min(std::f64::consts::LN_2)
}

/// √JS(P, Q), the Jensen–Shannon distance: a metric on distributions (Endres & Schindelin,
/// 2003), in √nats, in [0, √ln 2].
pub fn sqrt_js(p: &[f64], q: &[f64]) -> f64 {
    js(p, q).sqrt()
}

/// Symmetrised KL (Jeffreys divergence) KL(p‖q) + KL(q‖p), in nats; +∞ unless p and q have
/// the same support. Symmetric, but not a metric.
pub fn sym_kl(p: &[f64], q: &[f64]) -> f64 {
    kl(p, q) + kl(q, p)
}

/// u − ln(1 + u) for u > −1, accurately also for small |u| (≈ u²/2).
fn u_minus_ln1p(u: f64) -> f64 {
    if u.abs() < 0.125 {
        // u − ln(1+u) = Σ_{k≥2} (−1)ᵏ uᵏ/k; 0.125¹⁸ < 1e-16.
        let mut sum = 0.0;
        let mut power = u * u;
        for k in 2..=20 {
            let term = power / k as f64;
            sum += if k % 2 == 0 { term } else { -term };
            power *= u;
        }
        sum
    } else {
        u - u.ln_1p()
    }
}

/// KL(N(μ₁, σ₁²) ‖ N(μ₂, σ₂²)) = ln(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½, in nats.
///
/// Evaluated as ½[(ρ − ln(1 + ρ)) + (μ₁ − μ₂)²/σ₂²] with ρ = σ₁²/σ₂² − 1, which keeps its
/// digits when σ₁ ≈ σ₂. Clamped to ≥ +0.0. A σ that is not positive, or any non-finite
/// argument, gives +∞ (the limit for a collapsing Gaussian), never NaN.
pub fn kl_gauss(mu1: f64, s1: f64, mu2: f64, s2: f64) -> f64 {
    let finite = mu1.is_finite() && mu2.is_finite() && s1.is_finite() && s2.is_finite();
    if !finite || !positive(s1) || !positive(s2) {
        return f64::INFINITY;
    }
    let ratio = s1 / s2;
    let rho = (ratio - 1.0) * (ratio + 1.0);
    let z = (mu1 - mu2) / s2;
    let value = 0.5 * (u_minus_ln1p(rho) + z * z);
    if value.is_nan() {
        f64::INFINITY
    } else {
        nonneg(value)
    }
}

/// The density of N(μ, σ²) at x; 0 for σ not positive.
pub fn gauss_pdf(x: f64, mu: f64, s: f64) -> f64 {
    if !positive(s) {
        return 0.0;
    }
    let z = (x - mu) / s;
    (-0.5 * z * z).exp() / (s * (std::f64::consts::TAU).sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::{Unit, entropy};
    use std::f64::consts::LN_2;

    /// |got − want| ≤ 1e-12·max(1, |want|).
    fn close(got: f64, want: f64) -> bool {
        (got - want).abs() <= 1e-12 * want.abs().max(1.0)
    }

    macro_rules! assert_close {
        ($got:expr, $want:expr) => {{
            let (g, w): (f64, f64) = ($got, $want);
            assert!(close(g, w), "{} = {g:e}, want {w:e}", stringify!($got));
        }};
    }

    /// A small deterministic generator for test vectors (independent of `crate::data`).
    struct Lcg(u64);

    impl Lcg {
        fn uniform(&mut self) -> f64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (self.0 >> 11) as f64 / (1u64 << 53) as f64
        }

        /// A random distribution over `n` outcomes, with some exact zeros.
        fn dist(&mut self, n: usize) -> Vec<f64> {
            let mut v: Vec<f64> = (0..n)
                .map(|_| {
                    let u = self.uniform();
                    if u < 0.25 { 0.0 } else { u * u * u }
                })
                .collect();
            if v.iter().all(|&x| x == 0.0) {
                v[0] = 1.0;
            }
            let s: f64 = v.iter().sum();
            v.iter().map(|x| x / s).collect()
        }
    }

    // References below were computed independently with mpmath at 60 digits from the same
    // binary inputs, then rounded to f64.

    #[test]
    fn kl_hand_computed() {
        // ½ ln(½/¼) + ½ ln(½/¾) = ½ ln(4/3).
        assert_close!(kl(&[0.5, 0.5], &[0.25, 0.75]), 0.143_841_036_225_890_45);
        assert_close!(
            gibbs_gap(&[0.5, 0.5], &[0.25, 0.75]),
            0.143_841_036_225_890_45
        );
        assert_close!(
            cross_entropy(&[0.5, 0.5], &[0.25, 0.75]),
            0.836_988_216_785_835_8
        );
        assert_close!(
            kl(&[0.2, 0.3, 0.5], &[0.1, 0.6, 0.3]),
            0.186_098_093_827_000_85
        );
        assert_close!(
            cross_entropy(&[0.2, 0.3, 0.5], &[0.1, 0.6, 0.3]),
            1.215_751_107_891_574_4
        );
    }

    #[test]
    fn kl_with_zeros() {
        // p₀ = 0: the term vanishes, whatever q₀.
        assert_close!(
            kl(&[0.0, 0.25, 0.75], &[0.2, 0.3, 0.5]),
            0.258_518_441_882_634_6
        );
        assert_close!(kl(&[0.0, 1.0], &[0.0, 1.0]), 0.0);
        // q₀ = 0 < p₀: infinite.
        assert_eq!(kl(&[0.25, 0.75], &[0.0, 1.0]), f64::INFINITY);
        assert_eq!(cross_entropy(&[0.25, 0.75], &[0.0, 1.0]), f64::INFINITY);
        assert_eq!(cross_entropy(&[0.0, 1.0], &[0.0, 1.0]), 0.0);
        assert_eq!(sym_kl(&[0.0, 1.0], &[0.5, 0.5]), f64::INFINITY);
        let t = kl_terms(&[0.0, 0.5, 0.5], &[0.5, 0.0, 0.5]);
        assert_eq!(t, vec![0.0, f64::INFINITY, 0.0]);
    }

    #[test]
    fn kl_of_equal_is_positive_zero() {
        let p = [0.1, 0.2, 0.3, 0.4];
        let d = kl(&p, &p);
        assert_eq!(d, 0.0);
        assert!(d.is_sign_positive());
        assert!(kl(&[1.0], &[1.0]).is_sign_positive());
    }

    #[test]
    fn kl_near_equal_keeps_digits() {
        let (p, q) = ([0.5 + 1e-6, 0.5 - 1e-6], [0.5, 0.5]);
        let want = 2.000_055_511_156_564_7e-12;
        assert!((kl(&p, &q) - want).abs() < 1e-9 * want, "{}", kl(&p, &q));
        let want = 5.000_000_000_015_834e-13;
        assert!((js(&p, &q) - want).abs() < 1e-9 * want, "{}", js(&p, &q));
    }

    #[test]
    fn kl_terms_sum_to_kl_and_may_be_negative() {
        let (p, q) = ([0.5, 0.5], [0.25, 0.75]);
        let t = kl_terms(&p, &q);
        assert!(t[1] < 0.0);
        assert_close!(t.iter().sum::<f64>(), kl(&p, &q));
    }

    #[test]
    fn cross_entropy_is_entropy_plus_kl() {
        let mut g = Lcg(3);
        for n in 1..=8 {
            for _ in 0..200 {
                let (p, q) = (g.dist(n), g.dist(n));
                let (ce, h, d) = (cross_entropy(&p, &q), entropy(&p, Unit::Nats), kl(&p, &q));
                assert!(!ce.is_nan() && !d.is_nan());
                if d.is_infinite() {
                    assert_eq!(ce, f64::INFINITY);
                } else {
                    assert!((ce - h - d).abs() < 1e-12 * ce.max(1.0), "{p:?} {q:?}");
                }
            }
        }
    }

    #[test]
    fn js_hand_computed() {
        assert_close!(js(&[0.1, 0.9], &[0.6, 0.4]), 0.148_399_318_834_280_12);
        // The lesson's counterexample legs: JS((1,0), (½,½)) ≈ 0.216.
        assert_close!(js(&[1.0, 0.0], &[0.5, 0.5]), 0.215_761_554_338_835_7);
        assert_close!(
            js(&[0.2, 0.0, 0.8], &[0.0, 0.7, 0.3]),
            0.370_873_240_492_992_36
        );
    }

    #[test]
    fn js_is_half_kl_to_the_mixture() {
        let mut g = Lcg(5);
        for _ in 0..500 {
            let (p, q) = (g.dist(5), g.dist(5));
            let m = mixture(&p, &q);
            assert_close!(js(&p, &q), 0.5 * kl(&p, &m) + 0.5 * kl(&q, &m));
        }
    }

    #[test]
    fn js_of_disjoint_supports_is_ln_2() {
        assert_close!(js(&[1.0, 0.0], &[0.0, 1.0]), LN_2);
        assert_close!(js(&[0.3, 0.7, 0.0, 0.0], &[0.0, 0.0, 0.9, 0.1]), LN_2);
        assert_close!(sqrt_js(&[1.0, 0.0], &[0.0, 1.0]), LN_2.sqrt());
    }

    #[test]
    fn js_of_equal_is_zero() {
        let p = [0.1, 0.0, 0.6, 0.3];
        assert_eq!(js(&p, &p), 0.0);
        assert!(js(&p, &p).is_sign_positive());
        assert_eq!(sqrt_js(&p, &p), 0.0);
    }

    #[test]
    fn js_is_symmetric_and_bounded() {
        let mut g = Lcg(11);
        for n in 1..=10 {
            for _ in 0..300 {
                let (p, q) = (g.dist(n), g.dist(n));
                let (a, b) = (js(&p, &q), js(&q, &p));
                assert_eq!(a.to_bits(), b.to_bits(), "{p:?} {q:?}");
                assert!((0.0..=LN_2).contains(&a), "{a}");
                assert_eq!(sym_kl(&p, &q).to_bits(), sym_kl(&q, &p).to_bits());
            }
        }
    }

    #[test]
    fn gibbs_lhs_below_rhs() {
        let t = gibbs_terms(&[0.5, 0.5, 0.0], &[0.25, 0.5, 0.25]);
        assert!(t.iter().all(|g| g.lhs <= g.rhs));
        assert_close!(t[0].lhs, 0.5 * 0.5_f64.ln());
        assert_close!(t[0].rhs, -0.25);
        assert_eq!((t[1].lhs, t[1].rhs), (0.0, 0.0)); // q = p: equality
        assert!(t[1].in_support && !t[2].in_support);
        assert_eq!((t[2].lhs, t[2].rhs), (0.0, 0.0));
        let t = gibbs_terms(&[0.5, 0.5], &[0.0, 1.0]);
        assert_eq!(t[0].lhs, f64::NEG_INFINITY);
        assert_eq!(t[0].rhs, -0.5);

        let mut g = Lcg(7);
        for _ in 0..2000 {
            let (p, q) = (g.dist(6), g.dist(6));
            let terms = gibbs_terms(&p, &q);
            for t in &terms {
                assert!(!t.lhs.is_nan() && !t.rhs.is_nan());
                assert!(t.lhs <= t.rhs, "{t:?}");
                if t.in_support && p[t.index] != q[t.index] {
                    assert!(t.lhs < t.rhs, "{t:?}");
                }
            }
            // Σ rhs over the support ≤ 0, and −Σ lhs = KL.
            let lhs: f64 = terms.iter().map(|t| t.lhs).sum();
            assert!(terms.iter().map(|t| t.rhs).sum::<f64>() <= 1e-15);
            if lhs.is_finite() {
                assert!((-lhs - gibbs_gap(&p, &q)).abs() < 1e-12);
            } else {
                assert_eq!(gibbs_gap(&p, &q), f64::INFINITY);
            }
        }
    }

    #[test]
    fn mixture_is_midpoint() {
        assert_eq!(mixture(&[1.0, 0.0], &[0.5, 0.5]), vec![0.75, 0.25]);
    }

    #[test]
    fn no_nan_with_zeros() {
        let vs: [&[f64]; 5] = [
            &[0.0, 0.0, 1.0],
            &[1.0, 0.0, 0.0],
            &[0.5, 0.5, 0.0],
            &[0.0, 0.5, 0.5],
            &[1.0 / 3.0; 3],
        ];
        for p in vs {
            for q in vs {
                let values = [
                    cross_entropy(p, q),
                    kl(p, q),
                    gibbs_gap(p, q),
                    js(p, q),
                    sqrt_js(p, q),
                    sym_kl(p, q),
                ];
                assert!(
                    values.iter().all(|v| !v.is_nan() && *v >= 0.0),
                    "{values:?}"
                );
                assert!(kl_terms(p, q).iter().all(|v| !v.is_nan()));
                assert!(
                    gibbs_terms(p, q)
                        .iter()
                        .all(|t| !t.lhs.is_nan() && !t.rhs.is_nan())
                );
                assert!(js(p, q).is_finite());
            }
        }
    }

    #[test]
    fn kl_gauss_hand_computed() {
        assert_close!(kl_gauss(0.3, 1.2, -0.5, 0.7), 1.083_452_478_859_149_7);
        // σ₂ = σ₁(1 + 1e-5): ρ − ln(1+ρ) cancels badly unless evaluated by its series.
        let want = 9.999_833_335_714_326e-11;
        let got = kl_gauss(0.0, 1.0, 0.0, 1.0 + 1e-5);
        assert!((got - want).abs() < 1e-9 * want, "{got}");
        assert_eq!(kl_gauss(0.4, 2.0, 0.4, 2.0), 0.0);
        assert!(kl_gauss(0.4, 2.0, 0.4, 2.0).is_sign_positive());
        assert_eq!(kl_gauss(0.0, 0.0, 0.0, 1.0), f64::INFINITY);
        assert_eq!(kl_gauss(f64::NAN, 1.0, 0.0, 1.0), f64::INFINITY);
        assert_close!(gauss_pdf(0.7, 0.2, 1.5), 0.251_588_818_461_995_43);
        assert_eq!(gauss_pdf(0.0, 0.0, 0.0), 0.0);
    }

    #[test]
    fn kl_gauss_equal_variances() {
        for &(m1, m2, s) in &[(0.0, 1.0, 1.0), (-2.0, 3.0, 0.5), (1.5, 1.25, 4.0)] {
            let dm: f64 = m1 - m2;
            assert_close!(kl_gauss(m1, s, m2, s), dm * dm / (2.0 * s * s));
        }
    }

    #[test]
    fn kl_gauss_matches_numerical_integral() {
        for &(m1, s1, m2, s2) in &[
            (0.3, 1.2, -0.5, 0.7),
            (0.0, 0.5, 1.0, 2.0),
            (2.0, 1.0, 2.5, 1.0),
        ] {
            // Simpson's rule for ∫ p ln(p/q) over μ₁ ± 12σ₁ (the tails beyond are < 1e-30).
            let (a, b, steps) = (m1 - 12.0 * s1, m1 + 12.0 * s1, 20_000);
            let h = (b - a) / steps as f64;
            let f = |x: f64| {
                let (p, q) = (gauss_pdf(x, m1, s1), gauss_pdf(x, m2, s2));
                if p > 0.0 { p * (p / q).ln() } else { 0.0 }
            };
            let mut sum = f(a) + f(b);
            for i in 1..steps {
                let w = if i % 2 == 1 { 4.0 } else { 2.0 };
                sum += w * f(a + i as f64 * h);
            }
            let integral = sum * h / 3.0;
            let closed = kl_gauss(m1, s1, m2, s2);
            assert!((integral - closed).abs() < 1e-9, "{integral} vs {closed}");
        }
    }

    #[test]
    fn long_vectors_use_the_heap_path() {
        let n = 100;
        let p = vec![1.0 / n as f64; n];
        let mut q = vec![0.5 / (n - 1) as f64; n];
        q[0] = 0.5;
        assert!((kl(&p, &q) - kl_terms(&p, &q).iter().sum::<f64>()).abs() < 1e-12);
        assert!(js(&p, &q) > 0.0 && js(&p, &q) < LN_2);
    }
}
