//! The theory of the original GAN in 1-D, for Gaussian mixtures p_data and p_g, all in nats:
//! the value V(D, G), the optimal discriminator D* = p_data/(p_data + p_g), the virtual
//! training criterion C(G) = V(D*, G) = 2·JS(p_data‖p_g) − ln 4, its two KL terms, the
//! pointwise maximisation behind D*, and the conditional GAN's per-class sum.
//!
//! Everything is evaluated in log space: far in the tails both densities underflow to 0, yet
//! their logarithms (and D*, a sigmoid of their difference) stay finite and accurate. Integrals
//! over the real line use [`quad`](super::quad) and are accurate to about 10⁻¹² absolute.

use std::f64::consts::LN_2;

use super::quad::integrate_over;
use super::vae::log_normal;
use crate::data::{Component, Mixture, MixtureError};

/// ln(1 + eᵘ), without overflow for large u or loss of digits for very negative u.
pub fn softplus(u: f64) -> f64 {
    if u > 0.0 {
        u + (-u).exp().ln_1p()
    } else {
        u.exp().ln_1p()
    }
}

/// The logistic sigmoid σ(u) = 1/(1 + e⁻ᵘ), accurate in both tails.
pub fn sigmoid(u: f64) -> f64 {
    if u >= 0.0 {
        1.0 / (1.0 + (-u).exp())
    } else {
        let e = u.exp();
        e / (1.0 + e)
    }
}

/// ln σ(u) = −softplus(−u): ≈ u for u → −∞, ≈ −e⁻ᵘ for u → +∞.
pub fn log_sigmoid(u: f64) -> f64 {
    -softplus(-u)
}

/// ln(2σ(u)) = ln 2 − softplus(−u), accurate also near u = 0, where it is ≈ u/2.
fn ln_2_sigmoid(u: f64) -> f64 {
    if u > -30.0 {
        -((-u).exp_m1() / 2.0).ln_1p()
    } else {
        LN_2 - softplus(-u)
    }
}

/// ln p(x) of a mixture, by log-sum-exp over its components: finite wherever p(x) underflows
/// (x = 50 for N(0, 1) gives −1250.92), and −∞ only if every weight is 0.
pub fn log_pdf(m: &Mixture, x: f64) -> f64 {
    let terms = || {
        m.components()
            .iter()
            .filter(|c| c.w > 0.0)
            .map(|c| c.w.ln() + log_normal(x, c.mu, c.sigma))
    };
    let top = terms().fold(f64::NEG_INFINITY, f64::max);
    if !top.is_finite() {
        return top;
    }
    top + terms().map(|t| (t - top).exp()).sum::<f64>().ln()
}

/// The logit of the optimal discriminator, ln p_data(x) − ln p_g(x).
pub fn d_star_logit(data: &Mixture, g: &Mixture, x: f64) -> f64 {
    log_pdf(data, x) - log_pdf(g, x)
}

/// The optimal discriminator D*(x) = p_data(x)/(p_data(x) + p_g(x)) = σ(ln p_data − ln p_g),
/// right also where both densities underflow.
pub fn d_star(data: &Mixture, g: &Mixture, x: f64) -> f64 {
    sigmoid(d_star_logit(data, g, x))
}

/// V(D, G) = ∫ p_data ln D + p_g ln(1 − D) for the logistic discriminator D(x) = σ(a·x + b),
/// with ln σ(u) = −softplus(−u) and ln(1 − σ(u)) = −softplus(u). At most [`c_of_g`].
pub fn v_linear(data: &Mixture, g: &Mixture, a: f64, b: f64) -> f64 {
    integrate_over(&[data, g], |x| {
        let u = a * x + b;
        -data.pdf(x) * softplus(-u) - g.pdf(x) * softplus(u)
    })
}

/// C(G) = V(D*, G) = ∫ p_data ln D* + p_g ln(1 − D*), with ln D* = −softplus(ln p_g − ln p_data)
/// and ln(1 − D*) = −softplus(ln p_data − ln p_g).
///
/// ≥ −ln 4, equal to −ln 4 iff p_g = p_data, and → 0 as the two separate; it equals
/// 2·[`js`] − ln 4 (which is the more accurate route to the same number).
pub fn c_of_g(data: &Mixture, g: &Mixture) -> f64 {
    integrate_over(&[data, g], |x| {
        let (ld, lg) = (log_pdf(data, x), log_pdf(g, x));
        -ld.exp() * softplus(lg - ld) - lg.exp() * softplus(ld - lg)
    })
}

/// KL(p‖q) = ∫ p ln(p/q) between two mixtures, by quadrature; ≥ 0 (rounding clamped).
pub fn kl(p: &Mixture, q: &Mixture) -> f64 {
    integrate_over(&[p, q], |x| {
        let (lp, lq) = (log_pdf(p, x), log_pdf(q, x));
        lp.exp() * (lp - lq)
    })
    .max(0.0)
}

/// KL(p ‖ m) with m = (p + q)/2, one of the two terms of C(G) = KL(p_data‖m) + KL(p_g‖m) − ln 4.
/// In [0, ln 2].
pub fn kl_to_mixture_mean(p: &Mixture, q: &Mixture) -> f64 {
    // ln(p/m) = ln(2p/(p + q)) = ln(2σ(ln p − ln q)).
    integrate_over(&[p, q], |x| {
        let (lp, lq) = (log_pdf(p, x), log_pdf(q, x));
        lp.exp() * ln_2_sigmoid(lp - lq)
    })
    .clamp(0.0, LN_2)
}

/// (1 + d)ln(1 + d) + (1 − d)ln(1 − d) for d = tanh(t/2), i.e. 2(ln 2 − H(σ(t))), accurately
/// for every t (≈ t²/4 near 0, → 2 ln 2 as |t| → ∞).
fn js_shape_of_logit(t: f64) -> f64 {
    let t = t.abs();
    if t <= 3.0_f64.ln() {
        // 2d·atanh(d) + ln(1 − d²) with atanh(d) = t/2: both terms ≈ t²/2 and −t²/4.
        let d = (0.5 * t).tanh();
        d * t + (-d * d).ln_1p()
    } else {
        let e = (-t).exp();
        2.0 * LN_2 - 2.0 * t * e / (1.0 + e) - 2.0 * e.ln_1p()
    }
}

/// The Jensen–Shannon divergence ½KL(p‖m) + ½KL(q‖m), m = (p + q)/2, of two mixtures, in nats.
///
/// Integrated pointwise as ((p + q)/4)·f(d), d = (p − q)/(p + q), with f from the discrete JS
/// (every term ≥ 0, computed from ln p − ln q), so it is symmetric, in [0, ln 2], accurate
/// also when p ≈ q, and → ln 2 as the two separate.
pub fn js(p: &Mixture, q: &Mixture) -> f64 {
    integrate_over(&[p, q], |x| {
        let (lp, lq) = (log_pdf(p, x), log_pdf(q, x));
        0.25 * (lp.exp() + lq.exp()) * js_shape_of_logit(lp - lq)
    })
    .clamp(0.0, LN_2)
}

/// `p·ln x` with 0·ln x = 0 (also at x = 0).
fn weighted_ln(p: f64, ln_x: f64) -> f64 {
    if p == 0.0 { 0.0 } else { p * ln_x }
}

/// The pointwise objective of the optimal-discriminator proof, f(s) = p_d·ln s + p_g·ln(1 − s)
/// for s ∈ [0, 1], with 0·ln 0 = 0: f(0) = 0 if p_d = 0 and −∞ if p_d > 0 (likewise at s = 1
/// with p_g).
pub fn f_s(pd: f64, pg: f64, s: f64) -> f64 {
    weighted_ln(pd, s.ln()) + weighted_ln(pg, (-s).ln_1p())
}

/// f′(s) = p_d/s − p_g/(1 − s); a zero density contributes 0, so at s = 0 it is +∞ only when
/// p_d > 0 (−∞ at s = 1 when p_g > 0).
pub fn f_s_prime(pd: f64, pg: f64, s: f64) -> f64 {
    let ratio = |p: f64, x: f64| if p == 0.0 { 0.0 } else { p / x };
    ratio(pd, s) - ratio(pg, 1.0 - s)
}

/// The maximiser s* = p_d/(p_d + p_g) of [`f_s`] over [0, 1]; `None` when both densities are
/// 0 (then f ≡ 0 and every s maximises it).
pub fn argmax_s(pd: f64, pg: f64) -> Option<f64> {
    let total = pd + pg;
    (total > 0.0).then(|| pd / total)
}

/// The mixture (1 − t)·g + t·data (t clamped to [0, 1]) as one mixture holding both sets of
/// components, zero weights dropped: t = 0 gives `g`, t = 1 gives `data`. Fails only when the
/// two together exceed [`Mixture::MAX_COMPONENTS`].
pub fn morph(g: &Mixture, data: &Mixture, t: f64) -> Result<Mixture, MixtureError> {
    let t = t.clamp(0.0, 1.0);
    let scaled = |m: &Mixture, s: f64| -> Vec<Component> {
        m.components()
            .iter()
            .map(|c| Component { w: c.w * s, ..*c })
            .filter(|c| c.w > 0.0)
            .collect()
    };
    let mut components = scaled(g, 1.0 - t);
    components.extend(scaled(data, t));
    Mixture::new(components)
}

/// `g` with every component's mean moved by `delta`.
pub fn shift(g: &Mixture, delta: f64) -> Mixture {
    let moved = g
        .components()
        .iter()
        .map(|c| Component {
            mu: c.mu + delta,
            ..*c
        })
        .collect();
    // Same count, weights and spreads as a valid mixture: `new` cannot refuse them.
    Mixture::new(moved).unwrap_or_else(|_| g.clone())
}

/// One class of a conditional GAN.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClassTerms {
    /// JS(p_data(·|y) ‖ p_g(·|y)), nats.
    pub js: f64,
    /// C_y = 2·JS − ln 4.
    pub c: f64,
}

/// The conditional GAN's criterion: per class y, JS and C_y = 2·JS(p_data(·|y)‖p_g(·|y)) − ln 4,
/// and the total C = Σ_y p(y)·C_y.
///
/// `weights` are p(y) up to normalisation (negative or NaN entries count as 0; if none is
/// positive the classes weigh equally). Only as many classes as all three slices hold are used.
/// D* of a class is [`d_star`] of that class's pair.
pub fn cgan(weights: &[f64], data: &[Mixture], g: &[Mixture]) -> (Vec<ClassTerms>, f64) {
    let terms: Vec<ClassTerms> = data
        .iter()
        .zip(g)
        .take(weights.len())
        .map(|(d, g)| {
            let js = js(d, g);
            ClassTerms {
                js,
                c: 2.0 * js - 2.0 * LN_2,
            }
        })
        .collect();
    let w: Vec<f64> = weights[..terms.len()]
        .iter()
        .map(|&w| if w > 0.0 { w } else { 0.0 })
        .collect();
    let total: f64 = w.iter().sum();
    let c = if total > 0.0 {
        w.iter().zip(&terms).map(|(w, t)| w / total * t.c).sum()
    } else {
        terms.iter().map(|t| t.c).sum::<f64>() / terms.len().max(1) as f64
    };
    (terms, c)
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
    fn softplus_and_sigmoid_are_stable() {
        assert_eq!(softplus(1000.0), 1000.0);
        assert_eq!(softplus(-1000.0), 0.0);
        assert_near(softplus(0.0), LN_2, 1e-16);
        assert_near(softplus(-40.0), (-40.0_f64).exp(), 1e-30);
        assert_near(log_sigmoid(-1000.0), -1000.0, 0.0);
        assert_near(log_sigmoid(40.0), -(-40.0_f64).exp(), 1e-30);
        assert_eq!(sigmoid(-1000.0), 0.0);
        assert_eq!(sigmoid(1000.0), 1.0);
        assert_near(sigmoid(-40.0) / (-40.0_f64).exp(), 1.0, 1e-15);
        for u in [-50.0, -30.5, -3.0, -1e-9, 0.0, 1e-9, 0.7, 25.0] {
            assert_near(ln_2_sigmoid(u), LN_2 + log_sigmoid(u), 1e-15);
        }
        assert_near(ln_2_sigmoid(1e-9) / 5e-10, 1.0, 1e-9);
    }

    #[test]
    fn log_pdf_is_finite_in_the_tails() {
        let n = mix("1:0:1");
        let want = -1250.0 - 0.5 * std::f64::consts::TAU.ln();
        assert_near(log_pdf(&n, 50.0), want, 1e-12);
        assert_eq!(n.pdf(50.0), 0.0);
        let m = mix("0.3:-1:0.5,0.7:2:0.25");
        for x in [-3.0, 0.0, 0.5, 2.1] {
            assert_near(log_pdf(&m, x), m.pdf(x).ln(), 1e-13);
        }
        // Far right, the narrow component's tail loses to the wide one's.
        let x = 60.0;
        let w = (0.3_f64).ln() + log_normal(x, -1.0, 0.5);
        assert_near(
            log_pdf(&m, x),
            w.max((0.7_f64).ln() + log_normal(x, 2.0, 0.25)),
            1e-9,
        );
    }

    // Literals below: mpmath 1.3, mp.dps = 30, densities as exact mixtures, integrals by
    // mp.quad over (−∞, breakpoints at every μ, μ ± σ, μ ± 3σ, ∞), same at dps = 40 and by
    // Gauss–Legendre on [−40, 40] cut every 1/8; rounded to 17 digits.

    #[test]
    fn d_star_matches_mpmath_also_in_the_tails() {
        let (data, g) = (mix("1:0:1"), mix("0.5:1:1,0.5:-2:2"));
        for (x, want) in [
            (0.0, 0.687_333_410_029_297_3),
            (1.5, 0.395_933_475_457_583_6),
            (-3.0, 0.047_904_057_187_594_58),
            (40.0, 8.480_231_895_686_888e-252),
            (-40.0, 3.602_702_925_990_085e-269),
        ] {
            let got = d_star(&data, &g, x);
            assert!(
                (got - want).abs() <= 1e-12 * want,
                "D*({x}) = {got:e}, want {want:e}"
            );
        }
        // Both densities underflow at x = 40 (e⁻⁸⁰⁰), yet D* is right.
        assert_eq!(data.pdf(40.0) + mix("1:1:1").pdf(40.0), 0.0);
        let got = d_star(&data, &mix("1:1:1"), 40.0);
        let want = 7.004_352_026_168_645e-18; // σ(−39.5)
        assert!((got - want).abs() <= 1e-13 * want, "{got:e}");
        assert_near(d_star_logit(&data, &mix("1:1:1"), 40.0), -39.5, 1e-12);
    }

    #[test]
    fn v_linear_matches_mpmath() {
        let (data, g) = (mix("1:0:1"), mix("1:2:0.5"));
        assert_near(
            v_linear(&data, &g, -1.3, 0.7),
            -0.733_645_970_917_597_8,
            1e-12,
        );
        assert_near(v_linear(&data, &g, 0.0, 0.0), -2.0 * LN_2, 1e-15);
    }

    #[test]
    fn c_of_g_matches_mpmath_and_js() {
        let (data, g) = (mix("0.5:-1:0.5,0.5:1:0.5"), mix("1:0.5:1"));
        let (c, j) = (c_of_g(&data, &g), js(&data, &g));
        assert_near(c, -1.241_372_574_238_223, 1e-12);
        assert_near(j, 0.072_460_893_440_833_81, 1e-12);
        assert_near(c, 2.0 * j - 2.0 * LN_2, 1e-12);
        // The proof's two KL terms.
        let (kd, kg) = (kl_to_mixture_mean(&data, &g), kl_to_mixture_mean(&g, &data));
        assert_near(kd, 0.072_716_290_457_280_58, 1e-12);
        assert_near(kg, 0.072_205_496_424_387_05, 1e-12);
        assert_near(c, kd + kg - 2.0 * LN_2, 1e-12);
        assert_near(kl(&data, &g), 0.310_426_986_823_078_34, 1e-12);
        assert_near(kl(&g, &data), 0.346_182_222_205_276_6, 1e-12);
    }

    #[test]
    fn js_of_two_gaussians_matches_mpmath() {
        let (p, q) = (mix("1:0:1"), mix("1:1:2"));
        assert_near(js(&p, &q), 0.128_174_973_054_398, 1e-12);
        assert_eq!(js(&p, &q).to_bits(), js(&q, &p).to_bits());
    }

    #[test]
    fn c_of_g_bounds() {
        let data = mix("0.5:-1:0.5,0.5:1:0.5");
        assert_near(c_of_g(&data, &data), -2.0 * LN_2, 1e-14);
        assert_eq!(js(&data, &data), 0.0);
        // Far apart: D* = 1 on the data, 0 on the fakes; C → 0 and JS → ln 2.
        let far = shift(&data, 200.0);
        assert_near(c_of_g(&data, &far), 0.0, 1e-9);
        assert_near(js(&data, &far), LN_2, 1e-9);
        for g in ["1:0.5:1", "1:-3:0.05", "0.5:4:2,0.5:-1:0.5", "1:0:0.7"] {
            let g = mix(g);
            let (c, j) = (c_of_g(&data, &g), js(&data, &g));
            assert!(c >= -2.0 * LN_2 - 1e-14, "{c}");
            assert!((0.0..=LN_2).contains(&j));
            assert_near(c, 2.0 * j - 2.0 * LN_2, 1e-12);
            assert_eq!(j.to_bits(), js(&g, &data).to_bits());
        }
    }

    #[test]
    fn kl_of_gaussians_matches_closed_form() {
        for (m1, s1, m2, s2) in [
            (0.3, 1.2, -0.5, 0.7),
            (0.0, 0.05, 1.0, 3.0),
            (1.0, 2.0, 1.0, 2.0),
        ] {
            let (p, q) = (mix(&format!("1:{m1}:{s1}")), mix(&format!("1:{m2}:{s2}")));
            let want = kl_gauss(m1, s1, m2, s2);
            assert_near(kl(&p, &q), want, 1e-10 * want.max(1.0));
        }
    }

    #[test]
    fn kl_with_a_kinked_log_q() {
        // ln q of two narrow, far-apart components switches from one parabola to the other
        // within ~10⁻³ near x = 2.12: a near-kink in p·ln(p/q), whose size is ~10⁴ there.
        // mpmath, Gauss–Legendre on [−40, 40] cut every 1/8, at the crossover and at
        // ±10⁻², …, ±10⁻⁶ around it: 345.996578360224524 (plain tanh-sinh without those cuts
        // is off by 1.5e-6).
        let (p, q) = (
            mix("0.2:-1:0.05,0.5:0:3,0.3:4:0.05"),
            mix("0.5:-1:0.06,0.5:4.2:0.04"),
        );
        assert_near(kl(&p, &q), 345.996_578_360_224_5, 1e-10);
        assert_near(c_of_g(&p, &q), 2.0 * js(&p, &q) - 2.0 * LN_2, 1e-12);
    }

    #[test]
    fn v_is_below_c_for_every_linear_discriminator() {
        let (data, g) = (mix("0.5:-1:0.5,0.5:1:0.5"), mix("1:0.5:1"));
        let c = c_of_g(&data, &g);
        for a in [-3.0, -1.0, -0.2, 0.0, 0.4, 2.0] {
            for b in [-2.0, -0.5, 0.0, 0.3, 1.5] {
                assert!(v_linear(&data, &g, a, b) <= c, "a = {a}, b = {b}");
            }
        }
        // Two Gaussians of equal σ: D* is exactly logistic-linear, so V reaches C there.
        let (p, q) = (mix("1:0:1"), mix("1:2:1"));
        assert_near(v_linear(&p, &q, -2.0, 2.0), c_of_g(&p, &q), 1e-12);
    }

    #[test]
    fn pointwise_discriminator() {
        assert_eq!(f_s(0.0, 0.5, 0.0), 0.0);
        assert_eq!(f_s(0.3, 0.5, 0.0), f64::NEG_INFINITY);
        assert_eq!(f_s(0.3, 0.0, 1.0), 0.0);
        assert_eq!(f_s(0.3, 0.2, 1.0), f64::NEG_INFINITY);
        assert_eq!(f_s_prime(0.3, 0.0, 0.0), f64::INFINITY);
        assert_eq!(f_s_prime(0.0, 0.2, 1.0), f64::NEG_INFINITY);
        assert_eq!(f_s_prime(0.0, 0.0, 0.5), 0.0);
        assert_eq!(argmax_s(0.0, 0.0), None);
        assert_eq!(argmax_s(0.0, 0.7), Some(0.0));
        let (pd, pg) = (0.3, 0.6);
        let s = argmax_s(pd, pg).unwrap_or(f64::NAN);
        assert_near(s, 1.0 / 3.0, 1e-16);
        assert_near(f_s_prime(pd, pg, s), 0.0, 1e-15);
        assert_near(
            f_s(pd, pg, 0.25),
            0.3 * 0.25_f64.ln() + 0.6 * 0.75_f64.ln(),
            1e-15,
        );
        for k in 1..100 {
            let t = k as f64 / 100.0;
            assert!(f_s(pd, pg, t) <= f_s(pd, pg, s));
        }
    }

    #[test]
    fn morph_and_shift() {
        let (g, data) = (mix("1:3:1"), mix("0.5:-1:0.5,0.5:1:0.5"));
        assert_eq!(morph(&g, &data, 0.0), Ok(g.clone()));
        assert_eq!(morph(&g, &data, 1.0), Ok(data.clone()));
        assert_eq!(morph(&g, &data, 7.0), Ok(data.clone()));
        let m = morph(&g, &data, 0.25).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(m.components().len(), 3);
        for x in [-2.0, 0.0, 3.5] {
            assert_near(m.pdf(x), 0.75 * g.pdf(x) + 0.25 * data.pdf(x), 1e-16);
        }
        // C(G) decreases to −ln 4 along the path.
        let cs: Vec<f64> = (0..=4)
            .map(|k| morph(&g, &data, k as f64 / 4.0).map_or(f64::NAN, |m| c_of_g(&data, &m)))
            .collect();
        assert!(cs.windows(2).all(|w| w[1] < w[0]), "{cs:?}");
        assert_near(cs[4], -2.0 * LN_2, 1e-14);
        let big = mix("1:0:1,1:1:1,1:2:1,1:3:1,1:4:1");
        assert!(morph(&big, &big, 0.5).is_err());
        let s = shift(&data, 2.5);
        assert_eq!(s.components()[1].mu, 3.5);
        assert_near(s.mean(), data.mean() + 2.5, 1e-15);
    }

    #[test]
    fn conditional_gan_sums_classes() {
        let data = [mix("1:-1:0.5"), mix("1:2:1")];
        let g = [mix("1:0:1"), mix("1:2:1")];
        let (terms, total) = cgan(&[1.0, 3.0], &data, &g);
        assert_eq!(terms.len(), 2);
        assert_eq!(terms[1].js, 0.0);
        assert_near(terms[1].c, -2.0 * LN_2, 0.0);
        assert_near(terms[0].js, js(&data[0], &g[0]), 0.0);
        assert_near(terms[0].c, c_of_g(&data[0], &g[0]), 1e-12);
        assert_near(total, 0.25 * terms[0].c + 0.75 * terms[1].c, 1e-15);
        let (_, equal) = cgan(&[0.0, -1.0], &data, &g);
        assert_near(equal, 0.5 * (terms[0].c + terms[1].c), 1e-15);
        assert_eq!(cgan(&[1.0], &data, &g).0.len(), 1);
        assert_eq!(cgan(&[], &data, &g), (vec![], 0.0));
    }
}
