//! Reading the GAN theory lessons' 1-D mixtures from the URL (`data=w:mu:sigma,…`, `g=…`) within
//! their limits (key and default from the page's table row), and writing them back short.

use crate::data::Mixture;
use crate::data::mixture_edit::{MAX_COMPONENTS, MU_RANGE, SIGMA_RANGE};
use crate::route::Query;

use super::Notice;
use super::table::Param;

/// Reads a mixture within the lessons' limits.
pub fn parse_mixture(param: &'static str, raw: &str) -> Result<Mixture, Notice> {
    let bad = || Notice::BadMixture {
        param,
        value: raw.chars().take(40).collect(),
        max: MAX_COMPONENTS,
    };
    let m = Mixture::parse(raw).map_err(|_| bad())?;
    let within = |v: f64, (lo, hi): (f64, f64)| (lo..=hi).contains(&v);
    if m.components().len() > MAX_COMPONENTS
        || m.components()
            .iter()
            .any(|c| !within(c.mu, MU_RANGE) || !within(c.sigma, SIGMA_RANGE))
    {
        return Err(bad());
    }
    Ok(m)
}

/// The mixture of table row `param`, or its default (also when the URL's is malformed, with a
/// notice).
pub fn mixture_param(q: &Query, param: &Param, notices: &mut Vec<Notice>) -> Mixture {
    // Defaults are valid (each lesson's tests read them); N(0, 1) only guards a typo.
    param
        .given(q, notices, |p, raw| parse_mixture(p.key, raw))
        .unwrap_or_else(|| default_mixture(param))
}

/// The default mixture of table row `param` (N(0, 1) where it does not read: a table mistake
/// the lessons' tests catch).
pub fn default_mixture(param: &Param) -> Mixture {
    parse_mixture(param.key, param.default).unwrap_or_else(|_| Mixture::standard_normal())
}

/// The URL form with every number rounded to 6 decimals (short, stable links).
pub fn format_mixture(m: &Mixture) -> String {
    let r = |x: f64| {
        let v = (x * 1e6).round() / 1e6;
        if v == 0.0 { 0.0 } else { v }
    };
    m.components()
        .iter()
        .map(|c| format!("{}:{}:{}", r(c.w), r(c.mu), r(c.sigma)))
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Mixture {
        Mixture::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }
    #[test]
    fn reads_mixtures_within_limits() {
        assert_eq!(
            parse_mixture("data", "2:0:1,2:1:0.5"),
            Ok(m("0.5:0:1,0.5:1:0.5"))
        );
        for bad in [
            "abc",
            "1:0:0",
            "1:0:-1",
            "1:0",
            "",
            "1:11:1",
            "1:0:6",
            "1:0:0.01",
            "1:0:1,1:0:1,1:0:1,1:0:1",
            "-1:0:1",
            "0:0:1",
            "1:nan:1",
        ] {
            assert!(
                matches!(
                    parse_mixture("g", bad),
                    Err(Notice::BadMixture { param: "g", .. })
                ),
                "{bad}"
            );
        }
        let mut notices = Vec::new();
        let q = Query::parse("data=oops&g=1:2:3");
        let row = |key| crate::params::pages::mixture(key, "1:0:1", "");
        assert_eq!(mixture_param(&q, &row("data"), &mut notices), m("1:0:1"));
        assert_eq!(mixture_param(&q, &row("g"), &mut notices), m("1:2:3"));
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn formats_short_and_round_trips() {
        let x = m("1:0.1:1,2:-0.30000000000000004:0.5");
        assert_eq!(format_mixture(&x), "0.333333:0.1:1,0.666667:-0.3:0.5");
        assert!(parse_mixture("g", &format_mixture(&x)).is_ok());
    }
}
