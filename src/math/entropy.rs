//! Entropy of a discrete distribution, with the convention 0·log 0 = 0 that the seminar
//! derives by L'Hôpital's rule (x·log x → 0 as x → 0⁺).

use serde::{Deserialize, Serialize};

/// The unit of information: which logarithm a readout uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unit {
    /// Natural logarithm, as in the seminar.
    #[default]
    Nats,
    /// Base-2 logarithm.
    Bits,
}

impl Unit {
    /// The URL spelling (`unit=nats|bits`).
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Nats => "nats",
            Unit::Bits => "bits",
        }
    }

    /// Parses the URL spelling.
    pub fn parse(s: &str) -> Option<Unit> {
        match s {
            "nats" => Some(Unit::Nats),
            "bits" => Some(Unit::Bits),
            _ => None,
        }
    }

    /// Converts a value in nats into this unit.
    pub fn from_nats(self, nats: f64) -> f64 {
        match self {
            Unit::Nats => nats,
            Unit::Bits => nats / std::f64::consts::LN_2,
        }
    }
}

/// `x·ln x` for x ≥ 0, continuously extended by its limit 0 at x = 0.
///
/// Negative or NaN input gives NaN: callers validate distributions first.
pub fn xlogx(x: f64) -> f64 {
    if x == 0.0 { 0.0 } else { x * x.ln() }
}

/// `−x·ln x`, the per-outcome term of the entropy (≥ 0 on [0, 1], maximal 1/e at x = 1/e).
pub fn neg_xlogx(x: f64) -> f64 {
    -xlogx(x)
}

/// Entropy H(p) = −Σ pᵢ·log pᵢ in the given unit.
///
/// Terms with pᵢ = 0 contribute 0. The sum is accumulated from small to large terms, which
/// keeps the last digits right for long, skewed vectors.
pub fn entropy(p: &[f64], unit: Unit) -> f64 {
    let mut terms: Vec<f64> = p.iter().map(|&x| neg_xlogx(x)).collect();
    terms.sort_by(|a, b| a.total_cmp(b));
    let nats: f64 = terms.iter().sum();
    // H ≥ 0 exactly; a one-hot vector sums to +0.0, never −0.0.
    unit.from_nats(nats) + 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOL: f64 = 1e-15;

    #[test]
    fn xlogx_limit_at_zero_is_zero() {
        assert_eq!(xlogx(0.0), 0.0);
        assert!(xlogx(1e-300).abs() < 1e-297);
        assert_eq!(xlogx(1.0), 0.0);
    }

    #[test]
    fn one_hot_has_zero_entropy() {
        let h = entropy(&[0.0, 1.0, 0.0, 0.0], Unit::Nats);
        assert_eq!(h, 0.0);
        assert!(h.is_sign_positive());
    }

    #[test]
    fn uniform_entropy_is_log_n() {
        for n in 2..=10 {
            let p = vec![1.0 / n as f64; n];
            let h = entropy(&p, Unit::Nats);
            assert!((h - (n as f64).ln()).abs() < 4.0 * TOL, "n = {n}: {h}");
            let bits = entropy(&p, Unit::Bits);
            assert!(
                (bits - (n as f64).log2()).abs() < 4.0 * TOL,
                "n = {n}: {bits}"
            );
        }
    }

    #[test]
    fn hand_computed_value() {
        // H(0.5, 0.25, 0.25) = 1.5 bits exactly.
        assert!((entropy(&[0.5, 0.25, 0.25], Unit::Bits) - 1.5).abs() < TOL);
    }

    #[test]
    fn neg_xlogx_peaks_at_one_over_e() {
        let e = std::f64::consts::E;
        assert!((neg_xlogx(1.0 / e) - 1.0 / e).abs() < TOL);
        assert!(neg_xlogx(0.3) < 1.0 / e && neg_xlogx(0.4) < 1.0 / e);
    }
}
