//! Self-study exercises at the end of a lesson: what an exercise is, how an answer is checked,
//! and the progress kept in the browser. Pure (no leptos, no `web_sys`): the widget is
//! `components::Exercises`; this module is tested natively.
//!
//! A lesson declares its exercises as a constant:
//!
//! ```
//! use genlab::exercise::{Exercise, Kind};
//! use genlab::i18n::Text;
//!
//! const EXERCISES: &[Exercise] = &[Exercise {
//!     id: "h-half-quarter",
//!     prompt: Text::new(
//!         "Compute $H(\\tfrac12, \\tfrac14, \\tfrac14)$ in bits.",
//!         "Вычислите $H(\\tfrac12, \\tfrac14, \\tfrac14)$ в битах.",
//!     ),
//!     kind: Kind::Number { answer: 1.5, tol: 1e-3 },
//!     hint: Text::new("Each term is $-p \\log_2 p$.", "Каждое слагаемое равно $-p \\log_2 p$."),
//!     solution: Text::new("$\\tfrac12 \\cdot 1 + 2 \\cdot \\tfrac14 \\cdot 2 = 1.5$ bits.",
//!                         "$\\tfrac12 \\cdot 1 + 2 \\cdot \\tfrac14 \\cdot 2 = 1{,}5$ бита."),
//! }];
//! assert_eq!(genlab::exercise::validate(EXERCISES), Ok(()));
//! ```

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::i18n::{Lang, Text, format_number};

/// What kind of answer an exercise takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// A number, accepted when |typed − `answer`| ≤ `tol`. The field takes what
    /// [`parse_answer`] reads: `1.5`, `1,5`, `3/2`, `-0.25`.
    Number {
        /// The right value.
        answer: f64,
        /// The accepted distance from it (≥ 0; 0 asks for the exact value).
        tol: f64,
    },
    /// Tick the right options (checkboxes): right when exactly the set `correct` is ticked.
    Choice {
        /// The options, shown in this order (inline `$…$` math allowed).
        options: &'static [Text],
        /// Indices into `options` of the right ones (any number, possibly several).
        correct: &'static [usize],
    },
    /// Build something in the lesson's editors: right when the lesson's live condition
    /// (a `LiveCheck` given to the widget under the same id) holds as "Check" is pressed.
    Construction,
}

/// One exercise.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Exercise {
    /// Unique within the lesson; `[A-Za-z0-9_-]` only. Used in the storage and in the test ids
    /// (`exercise-<id>`, …), so keep it stable once published.
    pub id: &'static str,
    /// The task (inline `$…$` math allowed).
    pub prompt: Text,
    /// How the answer is given and checked.
    pub kind: Kind,
    /// A hint, available from the start.
    pub hint: Text,
    /// The worked solution, available after a first try. For [`Kind::Number`] it should state
    /// the exact value.
    pub solution: Text,
}

/// An answer as the student gave it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer<'a> {
    /// The text typed into a number field.
    Typed(&'a str),
    /// The indices of the ticked options.
    Chosen(&'a [usize]),
    /// Whether the lesson's live condition holds now.
    Live(bool),
}

impl Exercise {
    /// Checks an answer: `Ok(true)` when right, `Ok(false)` when wrong (an attempt),
    /// `Err` when it cannot be read (not an attempt). An answer of the wrong shape for the
    /// kind is wrong.
    pub fn check(&self, answer: Answer<'_>) -> Result<bool, BadInput> {
        match (self.kind, answer) {
            (Kind::Number { answer, tol }, Answer::Typed(typed)) => {
                check_number(answer, tol, typed)
            }
            (Kind::Choice { correct, .. }, Answer::Chosen(chosen)) => {
                Ok(check_choice(correct, chosen))
            }
            (Kind::Construction, Answer::Live(met)) => Ok(met),
            _ => Ok(false),
        }
    }
}

/// The longest piece of bad input quoted back in a message.
const QUOTE_MAX: usize = 40;

/// A typed answer that is not a number.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BadInput {
    /// Nothing was typed.
    #[error("no answer typed")]
    Empty,
    /// Something was typed that [`parse_answer`] cannot read; the text (trimmed, cut to a
    /// readable length).
    #[error("«{0}» is not a number")]
    NotANumber(String),
}

const EMPTY_MSG: Text = Text::new(
    "Type a number first: e.g. 1.5 or 3/2 (a decimal comma works too).",
    "Сначала введите число: например, 1,5 или 3/2 (десятичная точка тоже подойдёт).",
);
const NOT_A_NUMBER_MSG: Text = Text::new(
    "«{s}» is not a number: write e.g. 1.5 or 3/2 (a decimal comma works too).",
    "«{s}» — не число: напишите, например, 1,5 или 3/2 (десятичная точка тоже подойдёт).",
);

impl BadInput {
    /// What to tell the student, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            BadInput::Empty => EMPTY_MSG.get(lang).to_string(),
            BadInput::NotANumber(s) => NOT_A_NUMBER_MSG.get(lang).replace("{s}", s),
        }
    }
}

/// Reads a typed number: an optional sign (`-`, `−` or `+`), then a decimal with `.` or `,`
/// (`1.5`, `1,5`, `.5`, `2`) or a simple fraction of two such decimals (`3/2`, `1 / 4`).
/// Surrounding spaces are ignored. Nothing else is read: no exponents (`1e3`), no `inf`/`NaN`,
/// no zero denominator. Always finite when `Some`.
pub fn parse_answer(s: &str) -> Option<f64> {
    let s = s.trim();
    let first = s.chars().next()?;
    let (negative, rest) = match first {
        '-' | '−' => (true, &s[first.len_utf8()..]),
        '+' => (false, &s[first.len_utf8()..]),
        _ => (false, s),
    };
    let value = match rest.split_once('/') {
        Some((num, den)) => {
            let den = decimal(den.trim())?;
            if den == 0.0 {
                return None;
            }
            decimal(num.trim())? / den
        }
        None => decimal(rest)?,
    };
    let value = if negative { -value } else { value };
    value.is_finite().then_some(value)
}

/// An unsigned decimal: digits with at most one `.` or `,`, at least one digit.
fn decimal(s: &str) -> Option<f64> {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let separators = s.chars().filter(|c| matches!(c, '.' | ',')).count();
    if digits == 0 || separators > 1 || digits + separators != s.chars().count() {
        return None;
    }
    s.replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
}

/// Checks a typed number against `answer`: `Ok(true)` when |x − answer| ≤ |tol| (with a hair
/// of slack for floating point, so `1.51` passes for 1.5 ± 0.01), `Err` when unreadable.
pub fn check_number(answer: f64, tol: f64, typed: &str) -> Result<bool, BadInput> {
    let trimmed = typed.trim();
    if trimmed.is_empty() {
        return Err(BadInput::Empty);
    }
    let x = parse_answer(trimmed).ok_or_else(|| BadInput::NotANumber(quote(trimmed)))?;
    let tol = tol.abs();
    let slack = 1e-9 * tol + 4.0 * f64::EPSILON * answer.abs().max(1.0);
    Ok((x - answer).abs() <= tol + slack)
}

/// The text cut to [`QUOTE_MAX`] characters (with `…` when cut).
fn quote(s: &str) -> String {
    if s.chars().count() <= QUOTE_MAX {
        s.to_string()
    } else {
        let mut cut: String = s.chars().take(QUOTE_MAX).collect();
        cut.push('…');
        cut
    }
}

/// Whether exactly the options in `correct` were chosen (order and repeats do not matter).
pub fn check_choice(correct: &[usize], chosen: &[usize]) -> bool {
    let set = |v: &[usize]| {
        let mut v = v.to_vec();
        v.sort_unstable();
        v.dedup();
        v
    };
    set(correct) == set(chosen)
}

/// The tolerance as shown next to a number field (`±0.01`), or `None` for an exact answer.
pub fn tolerance_text(tol: f64, lang: Lang) -> Option<String> {
    (tol.is_finite() && tol.abs() > 0.0).then(|| format!("±{}", format_number(tol.abs(), 3, lang)))
}

/// The `localStorage` key of a lesson's progress: `genlab.exercises.<lesson>`.
pub fn storage_key(lesson: &str) -> String {
    format!("genlab.exercises.{lesson}")
}

/// Where a student stands on one exercise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Status {
    /// Not tried yet.
    #[default]
    New,
    /// Tried and not solved, this many times (≥ 1).
    Tried(u32),
    /// Solved (stays solved until the progress is reset).
    Solved,
}

impl Status {
    /// The `data-state` spelling: `new`, `tried` or `solved`.
    pub fn tag(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Tried(_) => "tried",
            Status::Solved => "solved",
        }
    }

    /// Whether the solution may be shown: after a first try, or once solved.
    pub fn solution_open(self) -> bool {
        self != Status::New
    }
}

/// Whether `id` is a valid exercise id: non-empty, at most 64 of `[A-Za-z0-9_-]`.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A lesson's progress: a [`Status`] per exercise id. Stored as a compact string,
/// `id=solved;id2=tried:3` (see [`Progress::parse`] and [`Progress::to_storage`]); the
/// answers themselves are never stored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    entries: BTreeMap<String, Status>,
}

impl Progress {
    /// Reads the stored form. Never fails: an unreadable entry is skipped, so garbage gives
    /// empty progress.
    pub fn parse(stored: &str) -> Progress {
        let entries = stored
            .split(';')
            .filter_map(|entry| {
                let (id, status) = entry.trim().split_once('=')?;
                if !valid_id(id) {
                    return None;
                }
                let status = match status {
                    "solved" => Status::Solved,
                    _ => {
                        let n = status.strip_prefix("tried:")?.parse::<u32>().ok()?;
                        (n > 0).then_some(Status::Tried(n))?
                    }
                };
                Some((id.to_string(), status))
            })
            .collect();
        Progress { entries }
    }

    /// The stored form, read back by [`Progress::parse`]; empty when nothing was tried.
    pub fn to_storage(&self) -> String {
        let mut out = String::new();
        for (id, status) in &self.entries {
            let sep = if out.is_empty() { "" } else { ";" };
            let _ = match status {
                Status::New => continue,
                Status::Tried(n) => write!(out, "{sep}{id}=tried:{n}"),
                Status::Solved => write!(out, "{sep}{id}=solved"),
            };
        }
        out
    }

    /// The status of exercise `id` ([`Status::New`] when unknown).
    pub fn status(&self, id: &str) -> Status {
        self.entries.get(id).copied().unwrap_or_default()
    }

    /// Records a checked answer: right → solved; wrong → one more try, unless already solved
    /// (a solved exercise stays solved). Invalid ids are ignored.
    pub fn record(&mut self, id: &str, right: bool) {
        if !valid_id(id) {
            return;
        }
        let next = match (self.status(id), right) {
            (_, true) | (Status::Solved, false) => Status::Solved,
            (Status::Tried(n), false) => Status::Tried(n.saturating_add(1)),
            (Status::New, false) => Status::Tried(1),
        };
        self.entries.insert(id.to_string(), next);
    }

    /// How many of `exercises` are solved (stored ids of exercises no longer listed do not
    /// count).
    pub fn solved(&self, exercises: &[Exercise]) -> usize {
        exercises
            .iter()
            .filter(|e| self.status(e.id) == Status::Solved)
            .count()
    }

    /// Whether nothing was tried.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Checks a lesson's exercise list, for the lesson's unit test: unique valid ids; for numbers
/// a finite answer and tolerance ≥ 0; for choices at least two options and right indices in
/// range without repeats; balanced `$` in every text. The first problem found, by id.
pub fn validate(exercises: &[Exercise]) -> Result<(), String> {
    let mut seen = Vec::new();
    for e in exercises {
        let id = e.id;
        if !valid_id(id) {
            return Err(format!("`{id}`: ids are 1–64 of [A-Za-z0-9_-]"));
        }
        if seen.contains(&id) {
            return Err(format!("`{id}`: id used twice"));
        }
        seen.push(id);
        let mut texts = vec![
            ("prompt", e.prompt),
            ("hint", e.hint),
            ("solution", e.solution),
        ];
        match e.kind {
            Kind::Number { answer, tol } => {
                if !answer.is_finite() || !tol.is_finite() || tol < 0.0 {
                    return Err(format!(
                        "`{id}`: the answer must be finite and the tolerance ≥ 0"
                    ));
                }
            }
            Kind::Choice { options, correct } => {
                if options.len() < 2 {
                    return Err(format!("`{id}`: a choice needs at least two options"));
                }
                if correct.iter().any(|&k| k >= options.len()) {
                    return Err(format!("`{id}`: a right option's index is out of range"));
                }
                let mut distinct = correct.to_vec();
                distinct.sort_unstable();
                distinct.dedup();
                if distinct.len() != correct.len() {
                    return Err(format!("`{id}`: a right option is listed twice"));
                }
                texts.extend(options.iter().map(|&o| ("option", o)));
            }
            Kind::Construction => {}
        }
        for (what, text) in texts {
            for s in [text.en, text.ru] {
                if s.trim().is_empty() {
                    return Err(format!("`{id}`: an empty {what}"));
                }
                if s.matches('$').count() % 2 == 1 {
                    return Err(format!("`{id}`: unbalanced `$` in the {what}: {s}"));
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_decimals_fractions_and_signs() {
        assert_eq!(parse_answer("1.5"), Some(1.5));
        assert_eq!(parse_answer("1,5"), Some(1.5));
        assert_eq!(parse_answer(" 1.5 "), Some(1.5));
        assert_eq!(parse_answer("3/2"), Some(1.5));
        assert_eq!(parse_answer(" 3 / 2 "), Some(1.5));
        assert_eq!(parse_answer("1,5/3"), Some(0.5));
        assert_eq!(parse_answer("-0.25"), Some(-0.25));
        assert_eq!(parse_answer("−0,25"), Some(-0.25));
        assert_eq!(parse_answer("-3/4"), Some(-0.75));
        assert_eq!(parse_answer("+2"), Some(2.0));
        assert_eq!(parse_answer("-.5"), Some(-0.5));
        assert_eq!(parse_answer("5."), Some(5.0));
        assert_eq!(parse_answer("0"), Some(0.0));
    }

    #[test]
    fn rejects_everything_else() {
        for bad in [
            "", " ", "abc", "1/0", "0/0", "1e3", "inf", "-inf", "NaN", "1.2.3", "1,5,0", "1 5",
            "--1", "- 1", "3/-2", "1/2/3", "/2", "2/", ".", ",", "-", "½", "0x10", "1_000",
            "1.5abc",
        ] {
            assert_eq!(parse_answer(bad), None, "{bad:?}");
        }
        // Overflowing digit strings are not numbers either.
        assert_eq!(parse_answer(&"9".repeat(400)), None);
    }

    #[test]
    fn tolerance_edges() {
        assert_eq!(check_number(1.5, 0.01, "1.5"), Ok(true));
        assert_eq!(check_number(1.5, 0.01, "1.51"), Ok(true));
        assert_eq!(check_number(1.5, 0.01, "1,49"), Ok(true));
        assert_eq!(check_number(1.5, 0.01, "1.5101"), Ok(false));
        assert_eq!(check_number(1.5, 0.01, "1.4899"), Ok(false));
        assert_eq!(check_number(1.5, 0.0, "3/2"), Ok(true));
        assert_eq!(check_number(1.5, 0.0, "1.5000001"), Ok(false));
        assert_eq!(check_number(0.1 + 0.2, 0.0, "0.3"), Ok(true));
        assert_eq!(check_number(-0.25, 1e-3, "-1/4"), Ok(true));
        assert_eq!(check_number(1.5, -0.01, "1.51"), Ok(true));
        assert_eq!(check_number(1.5, 0.01, "  "), Err(BadInput::Empty));
        assert_eq!(
            check_number(1.5, 0.01, " abc "),
            Err(BadInput::NotANumber("abc".into()))
        );
        assert_eq!(check_number(f64::NAN, 0.01, "1"), Ok(false));
    }

    #[test]
    fn bad_input_messages_quote_the_text_in_both_languages() {
        let bad = BadInput::NotANumber("abc".into());
        assert_eq!(
            bad.message(Lang::En),
            "«abc» is not a number: write e.g. 1.5 or 3/2 (a decimal comma works too)."
        );
        assert!(bad.message(Lang::Ru).starts_with("«abc» — не число"));
        assert!(!BadInput::Empty.message(Lang::Ru).is_empty());
        let Err(BadInput::NotANumber(long)) = check_number(1.0, 0.0, &"x".repeat(100)) else {
            panic!("long garbage must be bad input");
        };
        assert_eq!(long.chars().count(), QUOTE_MAX + 1);
    }

    #[test]
    fn choice_is_the_exact_set() {
        assert!(check_choice(&[2], &[2]));
        assert!(check_choice(&[0, 2], &[2, 0]));
        assert!(check_choice(&[0, 2], &[2, 0, 2]));
        assert!(check_choice(&[], &[]));
        assert!(!check_choice(&[0, 2], &[0]));
        assert!(!check_choice(&[0, 2], &[0, 1, 2]));
        assert!(!check_choice(&[2], &[]));
    }

    #[test]
    fn progress_records_and_round_trips() {
        let mut p = Progress::default();
        assert_eq!(p.to_storage(), "");
        p.record("a", false);
        p.record("a", false);
        p.record("b", true);
        p.record("c", false);
        p.record("c", true);
        p.record("c", false); // solved stays solved
        p.record("bad;id", true); // ignored
        assert_eq!(p.status("a"), Status::Tried(2));
        assert_eq!(p.status("b"), Status::Solved);
        assert_eq!(p.status("c"), Status::Solved);
        assert_eq!(p.status("zzz"), Status::New);
        let stored = p.to_storage();
        assert_eq!(stored, "a=tried:2;b=solved;c=solved");
        assert_eq!(Progress::parse(&stored), p);
    }

    #[test]
    fn progress_survives_garbage() {
        for garbage in [
            "",
            "garbage",
            "{\"a\":1}",
            ";;;",
            "=solved",
            "a=tried:0",
            "a=tried:-1",
            "a=tried:x",
            "a=tried:99999999999",
            "a b=solved",
            "a=SOLVED",
            "\u{0}\u{ffff}",
        ] {
            assert!(Progress::parse(garbage).is_empty(), "{garbage:?}");
        }
        let mixed = Progress::parse("x=solved;junk;y=tried:3;z=?");
        assert_eq!(mixed.status("x"), Status::Solved);
        assert_eq!(mixed.status("y"), Status::Tried(3));
        assert_eq!(mixed.to_storage(), "x=solved;y=tried:3");
    }

    const OPTIONS: &[Text] = &[
        Text::new("$D_{KL}$", "$D_{KL}$"),
        Text::new("$D_{JS}$", "$D_{JS}$"),
        Text::new("$\\sqrt{D_{JS}}$", "$\\sqrt{D_{JS}}$"),
    ];
    const T: Text = Text::new("t", "т");
    const LIST: &[Exercise] = &[
        Exercise {
            id: "num",
            prompt: Text::new("$H(\\tfrac12, \\tfrac14, \\tfrac14)$", "$H$"),
            kind: Kind::Number {
                answer: 1.5,
                tol: 1e-3,
            },
            hint: T,
            solution: T,
        },
        Exercise {
            id: "metric",
            prompt: T,
            kind: Kind::Choice {
                options: OPTIONS,
                correct: &[2],
            },
            hint: T,
            solution: T,
        },
        Exercise {
            id: "build",
            prompt: T,
            kind: Kind::Construction,
            hint: T,
            solution: T,
        },
    ];

    #[test]
    fn exercises_check_their_answers() {
        assert_eq!(LIST[0].check(Answer::Typed("3/2")), Ok(true));
        assert_eq!(LIST[0].check(Answer::Typed("1")), Ok(false));
        assert!(LIST[0].check(Answer::Typed("x")).is_err());
        assert_eq!(LIST[1].check(Answer::Chosen(&[2])), Ok(true));
        assert_eq!(LIST[1].check(Answer::Chosen(&[1, 2])), Ok(false));
        assert_eq!(LIST[2].check(Answer::Live(true)), Ok(true));
        assert_eq!(LIST[2].check(Answer::Live(false)), Ok(false));
        assert_eq!(LIST[2].check(Answer::Typed("1")), Ok(false));
        let mut p = Progress::parse("num=solved;metric=tried:1;gone=solved");
        assert_eq!(p.solved(LIST), 1);
        p.record("build", true);
        assert_eq!(p.solved(LIST), 2);
    }

    #[test]
    fn validation_catches_authoring_slips() {
        assert_eq!(validate(LIST), Ok(()));
        let mut twice = LIST.to_vec();
        twice.push(LIST[0]);
        assert!(validate(&twice).is_err());
        let bad_kinds = [
            Kind::Number {
                answer: f64::NAN,
                tol: 0.0,
            },
            Kind::Number {
                answer: 1.0,
                tol: -1.0,
            },
            Kind::Choice {
                options: OPTIONS,
                correct: &[3],
            },
            Kind::Choice {
                options: OPTIONS,
                correct: &[1, 1],
            },
            Kind::Choice {
                options: &OPTIONS[..1],
                correct: &[0],
            },
        ];
        for kind in bad_kinds {
            assert!(
                validate(&[Exercise { kind, ..LIST[0] }]).is_err(),
                "{kind:?}"
            );
        }
        let bad_id = [Exercise {
            id: "a=b",
            ..LIST[0]
        }];
        assert!(validate(&bad_id).is_err());
        let bad_math = [Exercise {
            prompt: Text::new("$x", "$x$"),
            ..LIST[0]
        }];
        assert!(validate(&bad_math).is_err());
    }

    #[test]
    fn tolerance_is_shown_for_people() {
        assert_eq!(tolerance_text(0.01, Lang::En).as_deref(), Some("±0.01"));
        assert_eq!(tolerance_text(0.01, Lang::Ru).as_deref(), Some("±0,01"));
        assert_eq!(tolerance_text(0.0, Lang::En), None);
    }

    #[test]
    fn storage_key_is_scoped_by_lesson() {
        assert_eq!(storage_key("entropy"), "genlab.exercises.entropy");
    }

    #[test]
    fn status_tags_and_solution_gate() {
        assert_eq!(Status::New.tag(), "new");
        assert_eq!(Status::Tried(2).tag(), "tried");
        assert_eq!(Status::Solved.tag(), "solved");
        assert!(!Status::New.solution_open());
        assert!(Status::Tried(1).solution_open());
        assert!(Status::Solved.solution_open());
    }
}
