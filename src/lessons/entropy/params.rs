//! The entropy lesson's state, read from and written to the URL:
//! `#/entropy?p=0.2,0.3,0.5&unit=nats&step=1&x=0.001`.

use crate::math::Unit;
use crate::params::{self, Notice};
use crate::route::Query;

/// Fewest outcomes.
pub const MIN_N: usize = 2;
/// Most outcomes.
pub const MAX_N: usize = 10;
/// Smallest probe x of the limit figure.
pub const X_MIN: f64 = 1e-12;

/// Everything the lesson shows.
#[derive(Clone, Debug, PartialEq)]
pub struct EntropyParams {
    /// The distribution.
    pub p: Vec<f64>,
    /// nats (the seminar's) or bits.
    pub unit: Unit,
    /// Revealed derivation steps, 1-based.
    pub step: usize,
    /// The probe point of the limit figure, in [10⁻¹², 1].
    pub x: f64,
}

impl Default for EntropyParams {
    fn default() -> Self {
        EntropyParams {
            p: vec![0.2, 0.3, 0.5],
            unit: Unit::Nats,
            step: 1,
            x: 1e-3,
        }
    }
}

/// The URL keys this lesson owns (dropped by "Reset to defaults").
pub const KEYS: &[&str] = &["p", "unit", "step", "x"];

impl EntropyParams {
    /// Reads the lesson's parameters; each bad one gives a notice and its default.
    pub fn from_query(q: &Query, steps: usize) -> (EntropyParams, Vec<Notice>) {
        let mut out = EntropyParams::default();
        let mut notices = Vec::new();
        if let Some(raw) = q.get("p") {
            match params::parse_probabilities("p", raw, MIN_N, MAX_N) {
                Ok((p, notice)) => {
                    out.p = p;
                    notices.extend(notice);
                }
                Err(notice) => notices.push(notice),
            }
        }
        if let Some(raw) = q.get("unit") {
            match params::parse_choice("unit", raw, &["nats", "bits"], Unit::parse) {
                Ok(unit) => out.unit = unit,
                Err(notice) => notices.push(notice),
            }
        }
        if let Some(raw) = q.get("step") {
            match params::parse_integer("step", raw, 1, steps) {
                Ok(step) => out.step = step,
                Err(notice) => notices.push(notice),
            }
        }
        if let Some(raw) = q.get("x") {
            match params::parse_number("x", raw, X_MIN, 1.0) {
                Ok(x) => out.x = x,
                Err(notice) => notices.push(notice),
            }
        }
        (out, notices)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_url() {
        let q = Query::parse("p=0,1,0&unit=bits&step=4&x=1e-9");
        let (p, notices) = EntropyParams::from_query(&q, 6);
        assert!(notices.is_empty());
        assert_eq!(
            p,
            EntropyParams {
                p: vec![0.0, 1.0, 0.0],
                unit: Unit::Bits,
                step: 4,
                x: 1e-9
            }
        );
    }

    #[test]
    fn bad_values_fall_back_one_by_one() {
        let q = Query::parse("p=abc&unit=furlongs&step=99&x=2");
        let (p, notices) = EntropyParams::from_query(&q, 6);
        assert_eq!(p, EntropyParams::default());
        assert_eq!(notices.len(), 4);
        let q = Query::parse("p=1,1&step=0");
        let (p, notices) = EntropyParams::from_query(&q, 6);
        assert_eq!(p.p, vec![0.5, 0.5]);
        assert_eq!(notices.len(), 2);
    }
}
