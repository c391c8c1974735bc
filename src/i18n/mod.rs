//! Russian and English text: every word the app shows comes from a [`Text`] pair, so a string
//! cannot exist in one language only.

mod glossary;
mod ui;

pub use glossary::{GLOSSARY, Term};
pub use ui::*;

use serde::{Deserialize, Serialize};

/// A language of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Russian, the seminar's language.
    Ru,
}

impl Lang {
    /// Both languages, in the order the switcher shows them.
    pub const ALL: [Lang; 2] = [Lang::Ru, Lang::En];

    /// The BCP 47 tag, also the URL spelling (`lang=ru|en`) and `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// Parses [`Lang::tag`] exactly.
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }

    /// The first supported language among the browser's preferences (`navigator.languages`),
    /// English when none is.
    pub fn from_browser<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(|tag| {
                let primary = tag
                    .split(['-', '_'])
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                Lang::parse(&primary)
            })
            .unwrap_or_default()
    }
}

/// One piece of text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Russian.
    pub ru: &'static str,
}

impl Text {
    /// A pair of translations.
    pub const fn new(en: &'static str, ru: &'static str) -> Text {
        Text { en, ru }
    }

    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Ru => self.ru,
        }
    }
}

/// Formats a number for people: up to `digits` significant digits, trailing zeros trimmed,
/// a decimal comma in Russian, a true minus sign, and ∞ for infinities.
pub fn format_number(value: f64, digits: usize, lang: Lang) -> String {
    if value.is_nan() {
        return "—".into();
    }
    if value.is_infinite() {
        return if value > 0.0 {
            "∞".into()
        } else {
            "−∞".into()
        };
    }
    let digits = digits.max(1);
    let magnitude = if value == 0.0 {
        0
    } else {
        value.abs().log10().floor() as i32
    };
    let mut s = if (-4..6).contains(&magnitude) {
        let decimals = (digits as i32 - 1 - magnitude).max(0) as usize;
        let mut s = format!("{value:.decimals$}");
        if s.contains('.') {
            s = s.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        s
    } else {
        let s = format!("{value:.prec$e}", prec = digits - 1);
        let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let mantissa = if mantissa.contains('.') {
            mantissa.trim_end_matches('0').trim_end_matches('.')
        } else {
            mantissa
        };
        format!("{mantissa}·10^{exp}")
    };
    if s == "-0" {
        s = "0".into();
    }
    if lang == Lang::Ru {
        s = s.replace('.', ",");
    }
    s.replace('-', "−")
}

/// A unit's word agreeing with the number shown before it (`shown`, as [`format_number`]
/// writes it). Units are named in the plural, as the unit pickers spell them: "nats", «нат».
/// English: "1 nat", "0.5 nats". Russian: after a decimal fraction the genitive singular
/// («0,5 ната»), else by the last digits («1 нат», «2 ната», «5 нат», «12 нат»); ∞ takes the
/// plural. Other words are returned unchanged.
pub fn agree(unit: &str, shown: &str) -> String {
    let one = shown == "1" || shown == "−1";
    let (singular, few) = match unit {
        "nats" => return if one { "nat".into() } else { unit.into() },
        "bits" => return if one { "bit".into() } else { unit.into() },
        "нат" => ("нат", "ната"),
        "бит" => ("бит", "бита"),
        _ => return unit.into(),
    };
    if shown.contains([',', '.', '·']) {
        return few.into();
    }
    let digits: String = shown.chars().filter(char::is_ascii_digit).collect();
    let Ok(n) = digits.parse::<u64>() else {
        return unit.into(); // ∞, —
    };
    match (n % 10, n % 100) {
        (1, t) if t != 11 => singular.into(),
        (2..=4, t) if !(12..=14).contains(&t) => few.into(),
        _ => unit.into(),
    }
}

/// A number as an input field shows it: the exact shortest form (`0.001`, `16`), with the
/// decimal comma in Russian. [`typed_decimal`] reads it back, whichever separator was typed.
pub fn input_number(value: f64, lang: Lang) -> String {
    let s = format!("{value}");
    match lang {
        Lang::Ru => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A typed number with either decimal separator (`0,5` or `0.5`), as the URL and the parsers
/// spell it (`0.5`). Only for fields that hold a single number: in a list the comma separates.
pub fn typed_decimal(raw: &str) -> String {
    raw.trim().replace(',', ".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_agree_with_their_numbers() {
        assert_eq!(agree("нат", "0,0433"), "ната");
        assert_eq!(agree("нат", "1"), "нат");
        assert_eq!(agree("бит", "2"), "бита");
        assert_eq!(agree("нат", "5"), "нат");
        assert_eq!(agree("нат", "12"), "нат");
        assert_eq!(agree("бит", "21"), "бит");
        assert_eq!(agree("нат", "−2"), "ната");
        assert_eq!(agree("нат", "∞"), "нат");
        assert_eq!(agree("нат", "2,5·10^−9"), "ната");
        assert_eq!(agree("nats", "1"), "nat");
        assert_eq!(agree("nats", "1.5"), "nats");
        assert_eq!(agree("мс", "1,5"), "мс");
    }

    #[test]
    fn input_numbers_round_trip_in_both_languages() {
        assert_eq!(input_number(0.001, Lang::Ru), "0,001");
        assert_eq!(input_number(0.001, Lang::En), "0.001");
        assert_eq!(input_number(16.0, Lang::Ru), "16");
        assert_eq!(typed_decimal(" 0,001 "), "0.001");
        assert_eq!(typed_decimal("3e-4"), "3e-4");
        for v in [0.001, 2.5, 1e-6, 10.0] {
            for lang in Lang::ALL {
                assert_eq!(typed_decimal(&input_number(v, lang)).parse::<f64>(), Ok(v));
            }
        }
    }

    #[test]
    fn browser_preference_picks_first_supported() {
        assert_eq!(Lang::from_browser(["de-DE", "ru-RU", "en"]), Lang::Ru);
        assert_eq!(Lang::from_browser(["en-GB", "ru"]), Lang::En);
        assert_eq!(Lang::from_browser(["fr"]), Lang::En);
        assert_eq!(Lang::from_browser([]), Lang::En);
    }

    #[test]
    fn numbers_for_people() {
        assert_eq!(format_number(1.0296530140645737, 4, Lang::En), "1.03");
        assert_eq!(format_number(1.0296530140645737, 4, Lang::Ru), "1,03");
        assert_eq!(format_number(0.0, 4, Lang::En), "0");
        assert_eq!(format_number(-0.0, 4, Lang::En), "0");
        assert_eq!(format_number(-0.5, 4, Lang::En), "−0.5");
        assert_eq!(format_number(f64::INFINITY, 4, Lang::En), "∞");
        assert_eq!(format_number(2.5e-9, 3, Lang::En), "2.5·10^−9");
        assert_eq!(format_number(123.456, 4, Lang::En), "123.5");
    }
}
