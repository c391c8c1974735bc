//! The state shared by the Gibbs, KL and JS lessons, read from the URL: distributions over the
//! same outcomes (`p`, `q`, `r`), the unit and the revealed step, e.g.
//! `#/kl?p=0.5,0.5&q=0.25,0.75&unit=bits&step=3`.

use crate::i18n::{Lang, format_number};
use crate::math::Unit;
use crate::params::{self, Notice};
use crate::route::Query;

/// Fewest outcomes.
pub const MIN_N: usize = 2;
/// Most outcomes.
pub const MAX_N: usize = 10;

/// Distributions over the same n outcomes, the unit and the step.
#[derive(Clone, Debug, PartialEq)]
pub struct DistsParams {
    /// One vector per name, all of one length.
    pub dists: Vec<Vec<f64>>,
    /// nats (the seminar's) or bits.
    pub unit: Unit,
    /// Revealed derivation steps, 1-based.
    pub step: usize,
}

impl DistsParams {
    /// Reads `names` (with `defaults`, same order), `unit` and `step`. Each unreadable vector
    /// gives its notice and its default; if the vectors then differ in length, one notice and
    /// the defaults for all of them.
    pub fn from_query(
        q: &Query,
        names: &[&'static str],
        defaults: &[&[f64]],
        steps: usize,
    ) -> (DistsParams, Vec<Notice>) {
        let mut notices = Vec::new();
        let mut dists: Vec<Vec<f64>> = defaults.iter().map(|d| d.to_vec()).collect();
        let mut given = vec![false; names.len()];
        for (i, name) in names.iter().enumerate() {
            if let Some(raw) = q.get(name) {
                match params::parse_probabilities(name, raw, MIN_N, MAX_N) {
                    Ok((p, notice)) => {
                        dists[i] = p;
                        given[i] = true;
                        notices.extend(notice);
                    }
                    Err(notice) => notices.push(notice),
                }
            }
        }
        // A vector absent from the URL follows the ones given: uniform over their n outcomes
        // (an unreadable one keeps its default, so a mismatch then restores all defaults).
        if let Some(n) = (0..names.len()).find(|&i| given[i]).map(|i| dists[i].len()) {
            for i in 0..names.len() {
                if q.get(names[i]).is_none() && dists[i].len() != n {
                    dists[i] = crate::math::simplex::uniform(n);
                }
            }
        }
        let lens: Vec<usize> = dists.iter().map(Vec::len).collect();
        if lens.windows(2).any(|w| w[0] != w[1]) {
            notices.push(Notice::LengthMismatch {
                params: names.join(", "),
                lens,
            });
            dists = defaults.iter().map(|d| d.to_vec()).collect();
        }
        let mut unit = Unit::Nats;
        if let Some(raw) = q.get("unit") {
            match params::parse_choice("unit", raw, &["nats", "bits"], Unit::parse) {
                Ok(u) => unit = u,
                Err(notice) => notices.push(notice),
            }
        }
        let mut step = 1;
        if let Some(raw) = q.get("step") {
            match params::parse_integer("step", raw, 1, steps) {
                Ok(s) => step = s,
                Err(notice) => notices.push(notice),
            }
        }
        (DistsParams { dists, unit, step }, notices)
    }
}

/// Writes distribution `k` of `names` into the query as `v`; any other that no longer has
/// `v`'s number of outcomes is resized to it (`current` holds them all, in `names` order), so
/// the editors always share their outcomes.
pub fn set_aligned(
    query: &mut Query,
    names: &[&'static str],
    k: usize,
    v: &[f64],
    current: &[Vec<f64>],
) {
    for (j, name) in names.iter().enumerate() {
        if j == k {
            query.set(name, crate::params::format_probabilities(v));
        } else if let Some(other) = current.get(j).filter(|o| o.len() != v.len()) {
            query.set(
                name,
                crate::params::format_probabilities(&crate::math::simplex::resize(other, v.len())),
            );
        }
    }
}

/// An amount of information as people read it, with the unit agreeing with the number:
/// "0.1438 nats", "1 nat"; «0,1438 ната» (after a decimal fraction the genitive singular),
/// «1 нат», «2 ната», «5 нат»; ∞ takes the plural ("∞ nats", «∞ нат»). For figure text
/// alternatives and notices of the information-theory lessons.
pub fn amount(value: f64, digits: usize, unit: Unit, lang: Lang) -> String {
    let number = format_number(value, digits, lang);
    let word = match (lang, unit) {
        (Lang::En, Unit::Nats) => "nats",
        (Lang::En, Unit::Bits) => "bits",
        (Lang::Ru, Unit::Nats) => "нат",
        (Lang::Ru, Unit::Bits) => "бит",
    };
    format!("{number} {}", crate::i18n::agree(word, &number))
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: &[f64] = &[0.5, 0.5];
    const Q: &[f64] = &[0.25, 0.75];

    #[test]
    fn amounts_agree_with_their_numbers() {
        use Lang::{En, Ru};
        assert_eq!(amount(0.0433, 4, Unit::Nats, Ru), "0,0433 ната");
        assert_eq!(amount(1.0, 4, Unit::Nats, Ru), "1 нат");
        assert_eq!(amount(2.0, 4, Unit::Bits, Ru), "2 бита");
        assert_eq!(amount(5.0, 4, Unit::Nats, Ru), "5 нат");
        assert_eq!(amount(12.0, 4, Unit::Nats, Ru), "12 нат");
        assert_eq!(amount(21.0, 4, Unit::Bits, Ru), "21 бит");
        assert_eq!(amount(0.0, 4, Unit::Nats, Ru), "0 нат");
        assert_eq!(amount(f64::INFINITY, 4, Unit::Nats, Ru), "∞ нат");
        assert_eq!(amount(1.5, 4, Unit::Bits, En), "1.5 bits");
        assert_eq!(amount(1.0, 4, Unit::Bits, En), "1 bit");
        assert_eq!(amount(0.0, 4, Unit::Nats, En), "0 nats");
    }

    #[test]
    fn reads_the_url() {
        let q = Query::parse("p=0.2,0.8&q=1,0&unit=bits&step=3");
        let (d, notices) = DistsParams::from_query(&q, &["p", "q"], &[P, Q], 5);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(d.dists, vec![vec![0.2, 0.8], vec![1.0, 0.0]]);
        assert_eq!((d.unit, d.step), (Unit::Bits, 3));
    }

    #[test]
    fn different_lengths_give_one_notice_and_defaults() {
        let q = Query::parse("p=0.2,0.8&q=0.1,0.2,0.7");
        let (d, notices) = DistsParams::from_query(&q, &["p", "q"], &[P, Q], 5);
        assert_eq!(d.dists, vec![P.to_vec(), Q.to_vec()]);
        assert!(matches!(
            notices.as_slice(),
            [Notice::LengthMismatch { .. }]
        ));
        // Only p given, with 3 outcomes: q follows it, uniform.
        let q = Query::parse("p=0.2,0.3,0.5");
        let (d, notices) = DistsParams::from_query(&q, &["p", "q"], &[P, Q], 5);
        assert!(notices.is_empty());
        assert_eq!(d.dists[1], crate::math::simplex::uniform(3));
    }

    #[test]
    fn editors_stay_aligned() {
        let mut q = Query::parse("p=0.5,0.5&q=0.25,0.75");
        set_aligned(
            &mut q,
            &["p", "q"],
            0,
            &[0.5, 0.5, 0.0],
            &[P.to_vec(), Q.to_vec()],
        );
        assert_eq!(q.get("p"), Some("0.5,0.5,0"));
        assert_eq!(q.get("q"), Some("0.25,0.75,0"));
        set_aligned(
            &mut q,
            &["p", "q"],
            1,
            &[1.0, 0.0, 0.0],
            &[vec![0.5, 0.5, 0.0], vec![0.25, 0.75, 0.0]],
        );
        assert_eq!(q.get("p"), Some("0.5,0.5,0"), "same length: untouched");
    }

    #[test]
    fn each_bad_value_has_its_notice() {
        let q = Query::parse("p=a,b&q=-1,2&r=1,1&unit=x&step=0");
        let (d, notices) = DistsParams::from_query(&q, &["p", "q", "r"], &[P, Q, P], 5);
        assert_eq!(d.dists[2], vec![0.5, 0.5], "r normalised");
        assert_eq!(d.dists[0], P.to_vec());
        assert_eq!(notices.len(), 5, "{notices:?}");
    }
}
