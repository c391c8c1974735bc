//! Reading page parameters from the URL or a text field: every bad value becomes a
//! [`Notice`] for the page and a sensible fallback, never a panic or a blank page.

pub mod bench;
pub mod gan;
pub mod mixture;
mod notice;
pub mod pages;
pub mod table;
pub mod vae;

pub use notice::Notice;

/// The largest difference of a sum from 1 that is taken as rounding, not as a mistake.
pub const SUM_TOLERANCE: f64 = 1e-9;

/// Reads a probability vector such as `0.2,0.3,0.5`.
///
/// Zeros are allowed. A sum off 1 by more than [`SUM_TOLERANCE`] is normalised with a notice;
/// within it the values are kept exactly as written (so `0.1,0.2,0.7` stays as typed). Any
/// other problem gives a notice and `Err`, and the caller keeps its defaults.
pub fn parse_probabilities(
    param: &'static str,
    raw: &str,
    min_len: usize,
    max_len: usize,
) -> Result<(Vec<f64>, Option<Notice>), Notice> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(Notice::Empty { param });
    }
    let mut values = Vec::new();
    for token in raw.split(',') {
        let token = token.trim();
        let value: f64 = token
            .parse()
            .ok()
            .filter(|v: &f64| v.is_finite())
            .ok_or_else(|| Notice::NotANumber {
                param,
                token: shorten(token),
            })?;
        if value < 0.0 {
            return Err(Notice::Negative { param });
        }
        values.push(value);
    }
    if values.len() < min_len || values.len() > max_len {
        return Err(Notice::WrongLength {
            param,
            len: values.len(),
            min: min_len,
            max: max_len,
        });
    }
    let sum: f64 = values.iter().sum();
    if sum == 0.0 {
        return Err(Notice::AllZero { param });
    }
    if (sum - 1.0).abs() > SUM_TOLERANCE {
        let normalised = values.iter().map(|v| v / sum).collect();
        return Ok((normalised, Some(Notice::Normalised { param, sum })));
    }
    Ok((values, None))
}

/// Reads one of a fixed set of words.
pub fn parse_choice<T>(
    param: &'static str,
    raw: &str,
    allowed: &'static [&'static str],
    parse: impl Fn(&str) -> Option<T>,
) -> Result<T, Notice> {
    parse(raw.trim()).ok_or_else(|| Notice::BadChoice {
        param,
        value: shorten(raw),
        allowed,
    })
}

/// Reads a compute backend (`flex`, `ndarray`, `webgpu`).
pub fn parse_backend(param: &'static str, raw: &str) -> Result<crate::protocol::Backend, Notice> {
    parse_choice(
        param,
        raw,
        &["flex", "ndarray", "webgpu"],
        crate::protocol::Backend::parse,
    )
}

/// Reads a whole number in `min..=max`.
pub fn parse_integer(
    param: &'static str,
    raw: &str,
    min: usize,
    max: usize,
) -> Result<usize, Notice> {
    raw.trim()
        .parse::<usize>()
        .ok()
        .filter(|v| (min..=max).contains(v))
        .ok_or_else(|| Notice::BadInteger {
            param,
            value: shorten(raw),
            min,
            max,
        })
}

/// Reads a finite number in `min..=max`.
pub fn parse_number(param: &'static str, raw: &str, min: f64, max: f64) -> Result<f64, Notice> {
    raw.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && (min..=max).contains(v))
        .ok_or_else(|| Notice::OutOfRange {
            param,
            value: shorten(raw),
            min,
            max,
        })
}

/// Writes a probability vector for the URL: the shortest decimal that reads back exactly.
pub fn format_probabilities(values: &[f64]) -> String {
    values
        .iter()
        .map(|v| format!("{v}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// Keeps a quoted bad value short enough for a notice.
fn shorten(s: &str) -> String {
    const MAX: usize = 24;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn ok(raw: &str) -> (Vec<f64>, Option<Notice>) {
        parse_probabilities("p", raw, 2, 10).unwrap_or_else(|n| panic!("{raw}: {n:?}"))
    }

    #[test]
    fn exact_sums_are_kept_as_typed() {
        assert_eq!(ok("0.1,0.2,0.7"), (vec![0.1, 0.2, 0.7], None));
        assert_eq!(ok(" 0.2 , 0.3,0.5 "), (vec![0.2, 0.3, 0.5], None));
        assert_eq!(ok("0,1"), (vec![0.0, 1.0], None));
    }

    #[test]
    fn off_sums_are_normalised_with_a_notice() {
        let (v, n) = ok("1,1,2");
        assert_eq!(v, vec![0.25, 0.25, 0.5]);
        assert_eq!(
            n,
            Some(Notice::Normalised {
                param: "p",
                sum: 4.0
            })
        );
        // Just above the tolerance is normalised, just below is not.
        assert!(ok("0.5,0.500000002").1.is_some());
        assert!(ok("0.5,0.5000000005").1.is_none());
    }

    #[test]
    fn garbage_gives_notices() {
        let err = |raw: &str| parse_probabilities("p", raw, 2, 10).err();
        assert_eq!(err(""), Some(Notice::Empty { param: "p" }));
        assert_eq!(
            err("a,b"),
            Some(Notice::NotANumber {
                param: "p",
                token: "a".into()
            })
        );
        assert_eq!(
            err("0.5,NaN"),
            Some(Notice::NotANumber {
                param: "p",
                token: "NaN".into()
            })
        );
        assert_eq!(
            err("0.5,inf"),
            Some(Notice::NotANumber {
                param: "p",
                token: "inf".into()
            })
        );
        assert_eq!(err("0.5,-0.5,1"), Some(Notice::Negative { param: "p" }));
        assert_eq!(
            err("1"),
            Some(Notice::WrongLength {
                param: "p",
                len: 1,
                min: 2,
                max: 10
            })
        );
        assert_eq!(err("0,0"), Some(Notice::AllZero { param: "p" }));
        assert!(err(&["0.05"; 11].join(",")).is_some());
        assert!(err("0.5,,0.5").is_some());
    }

    #[test]
    fn every_notice_has_words_in_both_languages() {
        let notices = [
            Notice::NotANumber {
                param: "p",
                token: "x".into(),
            },
            Notice::Negative { param: "p" },
            Notice::Empty { param: "p" },
            Notice::WrongLength {
                param: "p",
                len: 1,
                min: 2,
                max: 10,
            },
            Notice::AllZero { param: "p" },
            Notice::Normalised {
                param: "p",
                sum: 2.0,
            },
            Notice::BadChoice {
                param: "unit",
                value: "x".into(),
                allowed: &["nats", "bits"],
            },
            Notice::BadInteger {
                param: "step",
                value: "x".into(),
                min: 1,
                max: 6,
            },
            Notice::OutOfRange {
                param: "x",
                value: "2".into(),
                min: 1e-12,
                max: 1.0,
            },
        ];
        for n in &notices {
            let (en, ru) = (n.message(Lang::En), n.message(Lang::Ru));
            assert!(en.is_ascii() || en.contains('“'), "{en}");
            assert!(ru.chars().any(|c| ('а'..='я').contains(&c)), "{ru}");
        }
    }

    #[test]
    fn url_form_round_trips() {
        let v = vec![0.1, 0.2, 0.7, 1.0 / 3.0];
        let s = format_probabilities(&v);
        let back: Vec<f64> = s
            .split(',')
            .map(|t| t.parse().unwrap_or(f64::NAN))
            .collect();
        assert_eq!(back, v);
    }
}
