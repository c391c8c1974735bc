//! The notices a bad parameter produces, in both languages.

use crate::i18n::{Lang, format_number};

/// A problem with a parameter, shown to the user as a notice with a way back.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A list value is not a number.
    NotANumber {
        /// The parameter (`p`, …).
        param: &'static str,
        /// The offending piece of text.
        token: String,
    },
    /// A probability is negative.
    Negative {
        /// The parameter.
        param: &'static str,
    },
    /// The list is empty.
    Empty {
        /// The parameter.
        param: &'static str,
    },
    /// The list has too few or too many entries.
    WrongLength {
        /// The parameter.
        param: &'static str,
        /// How many were given.
        len: usize,
        /// Fewest allowed.
        min: usize,
        /// Most allowed.
        max: usize,
    },
    /// Every entry is zero, so there is nothing to normalise.
    AllZero {
        /// The parameter.
        param: &'static str,
    },
    /// The entries did not sum to 1 and were divided by their sum.
    Normalised {
        /// The parameter.
        param: &'static str,
        /// Their sum before normalising.
        sum: f64,
    },
    /// A value is not one of the allowed words.
    BadChoice {
        /// The parameter.
        param: &'static str,
        /// What was given.
        value: String,
        /// What is allowed.
        allowed: &'static [&'static str],
    },
    /// A number is unreadable or outside its range.
    OutOfRange {
        /// The parameter.
        param: &'static str,
        /// What was given.
        value: String,
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
    /// Distributions that must share their outcomes have different lengths.
    LengthMismatch {
        /// The parameters, e.g. `p, q`.
        params: String,
        /// Their lengths, in the same order.
        lens: Vec<usize>,
    },
    /// A mixture `w:mu:sigma,…` is unreadable or out of range.
    BadMixture {
        /// The parameter.
        param: &'static str,
        /// What was given (shortened).
        value: String,
        /// Most components allowed.
        max: usize,
    },
    /// A whole number is out of range or unreadable.
    BadInteger {
        /// The parameter.
        param: &'static str,
        /// What was given.
        value: String,
        /// Smallest allowed.
        min: usize,
        /// Largest allowed.
        max: usize,
    },
}

impl Notice {
    /// Whether the value was replaced by defaults (rather than merely adjusted).
    pub fn fell_back(&self) -> bool {
        !matches!(self, Notice::Normalised { .. })
    }

    /// The notice in words.
    pub fn message(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        match self {
            Notice::NotANumber { param, token } => {
                if ru {
                    format!("«{param}»: «{token}» — не число; показаны значения по умолчанию.")
                } else {
                    format!("“{param}”: “{token}” is not a number; showing the defaults.")
                }
            }
            Notice::Negative { param } => {
                if ru {
                    format!(
                        "«{param}»: вероятности не бывают отрицательными; показаны значения по умолчанию."
                    )
                } else {
                    format!("“{param}”: probabilities cannot be negative; showing the defaults.")
                }
            }
            Notice::Empty { param } => {
                if ru {
                    format!("«{param}»: пустой список; показаны значения по умолчанию.")
                } else {
                    format!("“{param}”: the list is empty; showing the defaults.")
                }
            }
            Notice::WrongLength {
                param,
                len,
                min,
                max,
            } => {
                if ru {
                    format!(
                        "«{param}»: {len} значений, а нужно от {min} до {max}; показаны значения по умолчанию."
                    )
                } else {
                    format!(
                        "“{param}”: {len} values, but {min} to {max} are needed; showing the defaults."
                    )
                }
            }
            Notice::AllZero { param } => {
                if ru {
                    format!(
                        "«{param}»: все значения нулевые — это не распределение; показаны значения по умолчанию."
                    )
                } else {
                    format!(
                        "“{param}”: all values are zero, which is no distribution; showing the defaults."
                    )
                }
            }
            Notice::Normalised { param, sum } => {
                let s = format_number(*sum, 10, lang);
                if ru {
                    format!("«{param}»: сумма равна {s}, а не 1; значения поделены на сумму.")
                } else {
                    format!(
                        "“{param}”: the values sum to {s}, not 1; they were divided by their sum."
                    )
                }
            }
            Notice::BadChoice {
                param,
                value,
                allowed,
            } => {
                let list = allowed.join(", ");
                if ru {
                    format!("«{param}»: «{value}» не из {list}; взято значение по умолчанию.")
                } else {
                    format!("“{param}”: “{value}” is not one of {list}; using the default.")
                }
            }
            Notice::OutOfRange {
                param,
                value,
                min,
                max,
            } => {
                let (lo, hi) = (format_number(*min, 6, lang), format_number(*max, 6, lang));
                if ru {
                    format!(
                        "«{param}»: «{value}» — нужно число от {lo} до {hi}; взято значение по умолчанию."
                    )
                } else {
                    format!(
                        "“{param}”: “{value}” — a number from {lo} to {hi} is needed; using the default."
                    )
                }
            }
            Notice::LengthMismatch { params, lens } => {
                let lens = lens
                    .iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                if ru {
                    format!(
                        "«{params}»: у распределений разное число исходов ({lens}), а нужно одно и то же; показаны значения по умолчанию."
                    )
                } else {
                    format!(
                        "“{params}”: the distributions have different numbers of outcomes ({lens}), but they must share them; showing the defaults."
                    )
                }
            }
            Notice::BadMixture { param, value, max } => {
                if ru {
                    format!(
                        "«{param}»: «{value}» — нужна смесь w:μ:σ,… из 1–{max} компонент (w ≥ 0, μ от −10 до 10, σ от 0,05 до 5); показаны значения по умолчанию."
                    )
                } else {
                    format!(
                        "“{param}”: “{value}” — a mixture w:μ:σ,… of 1–{max} components is needed (w ≥ 0, μ from −10 to 10, σ from 0.05 to 5); showing the defaults."
                    )
                }
            }
            Notice::BadInteger {
                param,
                value,
                min,
                max,
            } => {
                if ru {
                    format!(
                        "«{param}»: «{value}» — нужно целое от {min} до {max}; взято значение по умолчанию."
                    )
                } else {
                    format!(
                        "“{param}”: “{value}” — a whole number from {min} to {max} is needed; using the default."
                    )
                }
            }
        }
    }
}
