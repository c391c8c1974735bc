//! The entropy lesson's state, read from and written to the URL:
//! `#/entropy?p=0.2,0.3,0.5&unit=nats&step=1&x=0.001`. The distribution, unit and step are
//! read as in the other information-theory lessons ([`DistsParams`]); `x` is this lesson's own.

use crate::lessons::dists::DistsParams;
use crate::params::Notice;
use crate::params::pages::{ENTROPY, ENTROPY_X};
use crate::route::Query;

/// Smallest probe x of the limit figure (the table's lower bound).
pub const X_MIN: f64 = match ENTROPY_X.kind {
    crate::params::table::Kind::Real { min, .. } => min,
    _ => 0.0,
};

/// Everything the lesson shows.
#[derive(Clone, Debug, PartialEq)]
pub struct EntropyParams {
    /// The distribution `p` (the only one), the unit and the step.
    pub dists: DistsParams,
    /// The probe point of the limit figure, in [10⁻¹², 1].
    pub x: f64,
}

impl Default for EntropyParams {
    fn default() -> Self {
        EntropyParams::from_query(&Query::default()).0
    }
}

impl EntropyParams {
    /// Reads the lesson's parameters ([`ENTROPY`]); each bad one gives a notice and its
    /// default.
    pub fn from_query(q: &Query) -> (EntropyParams, Vec<Notice>) {
        let (dists, mut notices) = DistsParams::from_query(q, &ENTROPY, &["p"]);
        let x = ENTROPY_X.read_real(q, &mut notices);
        (EntropyParams { dists, x }, notices)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::Unit;

    #[test]
    fn reads_the_url() {
        let q = Query::parse("p=0,1,0&unit=bits&step=4&x=1e-9");
        let (p, notices) = EntropyParams::from_query(&q);
        assert!(notices.is_empty());
        assert_eq!(
            p,
            EntropyParams {
                dists: DistsParams {
                    dists: vec![vec![0.0, 1.0, 0.0]],
                    unit: Unit::Bits,
                    step: 4,
                },
                x: 1e-9
            }
        );
    }

    #[test]
    fn bad_values_fall_back_one_by_one() {
        let q = Query::parse("p=abc&unit=furlongs&step=99&x=2");
        let (p, notices) = EntropyParams::from_query(&q);
        assert_eq!(p, EntropyParams::default());
        assert_eq!(notices.len(), 4);
        let q = Query::parse("p=1,1&step=0");
        let (p, notices) = EntropyParams::from_query(&q);
        assert_eq!(p.dists.dists, vec![vec![0.5, 0.5]]);
        assert_eq!(notices.len(), 2);
    }
}
