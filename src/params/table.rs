//! One table of every page's URL parameters: key, kind (its range or words), default, unit
//! and label. Readers take ranges and defaults from here ([`Param::read_int`], [`Param::real`],
//! [`Param::word`]), settings forms their labels and checks ([`Param::check`]), and the
//! README's table of addresses is this table written out ([`readme_table`]; a native test
//! fails when they disagree).

use super::{Notice, parse_choice, parse_integer, parse_number};
use crate::i18n::Text;
use crate::route::Query;

/// What values a parameter takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// A whole number in `min..=max`.
    Int {
        /// Smallest.
        min: u64,
        /// Largest.
        max: u64,
    },
    /// A finite number in `min..=max`.
    Real {
        /// Smallest.
        min: f64,
        /// Largest.
        max: f64,
    },
    /// One of these words.
    Word(&'static [&'static str]),
    /// `1` (on) or `0` (off).
    Flag,
    /// A value with its own reader (a list, a mixture, a ratio): its form, as the README
    /// writes it.
    Form(&'static str),
}

/// The reader of a form value: `(key, raw)` to its notice, if any.
pub type FormCheck = fn(&'static str, &str) -> Result<(), Notice>;

/// One URL parameter.
#[derive(Clone, Copy, Debug)]
pub struct Param {
    /// The URL key.
    pub key: &'static str,
    /// Its values.
    pub kind: Kind,
    /// The default as a URL writes it; empty where the default is "absent" (no limit, off)
    /// or depends on other parameters (the lab's model, the data's dimension).
    pub default: &'static str,
    /// The unit of a number, if it has one.
    pub unit: Option<Text>,
    /// What it sets, as a settings form labels it.
    pub label: Text,
    /// What it means, for the README (English, one phrase).
    pub doc: &'static str,
    /// The reader of a [`Kind::Form`] value, for [`Param::check`].
    pub form_check: Option<FormCheck>,
}

impl Param {
    /// A parameter of `kind`, no unit, no form checker.
    const fn new(
        key: &'static str,
        kind: Kind,
        default: &'static str,
        label: Text,
        doc: &'static str,
    ) -> Param {
        Param {
            key,
            kind,
            default,
            unit: None,
            label,
            doc,
            form_check: None,
        }
    }

    /// A whole number in `min..=max`.
    pub const fn int(
        key: &'static str,
        min: u64,
        max: u64,
        default: &'static str,
        label: Text,
        doc: &'static str,
    ) -> Param {
        Param::new(key, Kind::Int { min, max }, default, label, doc)
    }

    /// A number in `min..=max`.
    pub const fn real(
        key: &'static str,
        min: f64,
        max: f64,
        default: &'static str,
        label: Text,
        doc: &'static str,
    ) -> Param {
        Param::new(key, Kind::Real { min, max }, default, label, doc)
    }

    /// One of `words`.
    pub const fn word(
        key: &'static str,
        words: &'static [&'static str],
        default: &'static str,
        label: Text,
        doc: &'static str,
    ) -> Param {
        Param::new(key, Kind::Word(words), default, label, doc)
    }

    /// `0` or `1`.
    pub const fn flag(
        key: &'static str,
        default: &'static str,
        label: Text,
        doc: &'static str,
    ) -> Param {
        Param::new(key, Kind::Flag, default, label, doc)
    }

    /// A value with its own reader, written as `form`.
    pub const fn form(
        key: &'static str,
        form: &'static str,
        default: &'static str,
        label: Text,
        doc: &'static str,
    ) -> Param {
        Param::new(key, Kind::Form(form), default, label, doc)
    }

    /// The same parameter with another range (e.g. `step` with a lesson's number of steps).
    pub const fn with_kind(self, kind: Kind) -> Param {
        Param { kind, ..self }
    }

    /// The same parameter with another default.
    pub const fn with_default(self, default: &'static str) -> Param {
        Param { default, ..self }
    }

    /// The same parameter with the reader of its form.
    pub const fn with_check(self, check: FormCheck) -> Param {
        Param {
            form_check: Some(check),
            ..self
        }
    }

    /// The same parameter with a unit.
    pub const fn with_unit(self, unit: Text) -> Param {
        Param {
            unit: Some(unit),
            ..self
        }
    }

    /// The least and the largest value of a number (unbounded for words, flags and forms).
    pub fn range(&self) -> (f64, f64) {
        match self.kind {
            Kind::Real { min, max } => (min, max),
            Kind::Int { min, max } => (min as f64, max as f64),
            _ => (f64::NEG_INFINITY, f64::INFINITY),
        }
    }

    /// Reads a whole number in range.
    pub fn int_of(&self, raw: &str) -> Result<u64, Notice> {
        match self.kind {
            Kind::Int { min, max } => {
                parse_integer(self.key, raw, min as usize, max as usize).map(|v| v as u64)
            }
            Kind::Flag => parse_integer(self.key, raw, 0, 1).map(|v| v as u64),
            _ => Err(self.bad(raw)),
        }
    }

    /// Reads a number in range.
    pub fn real_of(&self, raw: &str) -> Result<f64, Notice> {
        match self.kind {
            Kind::Real { min, max } => parse_number(self.key, raw, min, max),
            Kind::Int { min, max } => parse_number(self.key, raw, min as f64, max as f64),
            _ => Err(self.bad(raw)),
        }
    }

    /// Reads one of the words.
    pub fn word_of(&self, raw: &str) -> Result<&'static str, Notice> {
        match self.kind {
            Kind::Word(words) => parse_choice(self.key, raw, words, |s| {
                words.iter().copied().find(|w| *w == s)
            }),
            _ => Err(self.bad(raw)),
        }
    }

    /// Reads `0`/`1`.
    pub fn flag_of(&self, raw: &str) -> Result<bool, Notice> {
        self.int_of(raw).map(|v| v == 1)
    }

    /// Whether `raw` is a value of this parameter (a form's value by its reader, if the table
    /// names one).
    pub fn check(&self, raw: &str) -> Result<(), Notice> {
        match self.kind {
            Kind::Int { .. } | Kind::Flag => self.int_of(raw).map(|_| ()),
            Kind::Real { .. } => self.real_of(raw).map(|_| ()),
            Kind::Word(_) => self.word_of(raw).map(|_| ()),
            Kind::Form(_) => self.form_check.map_or(Ok(()), |check| check(self.key, raw)),
        }
    }

    /// The URL's whole number, its default where the URL has none, or the default and a
    /// notice where the URL's is bad.
    pub fn read_int(&self, q: &Query, notices: &mut Vec<Notice>) -> u64 {
        self.read(q, notices, Self::int_of)
    }

    /// The URL's number, as [`Param::read_int`].
    pub fn read_real(&self, q: &Query, notices: &mut Vec<Notice>) -> f64 {
        self.read(q, notices, Self::real_of)
    }

    /// The URL's word, as [`Param::read_int`].
    pub fn read_word(&self, q: &Query, notices: &mut Vec<Notice>) -> &'static str {
        self.read(q, notices, Self::word_of)
    }

    /// The URL's flag, as [`Param::read_int`].
    pub fn read_flag(&self, q: &Query, notices: &mut Vec<Notice>) -> bool {
        self.read(q, notices, Self::flag_of)
    }

    /// The URL's value read by `of` if it is there: `Some(Ok)`, or `Some(Err)` with the notice
    /// pushed; `None` if the URL has no such key.
    pub fn given<T>(
        &self,
        q: &Query,
        notices: &mut Vec<Notice>,
        of: impl Fn(&Param, &str) -> Result<T, Notice>,
    ) -> Option<T> {
        let raw = q.get(self.key)?;
        match of(self, raw) {
            Ok(v) => Some(v),
            Err(n) => {
                notices.push(n);
                None
            }
        }
    }

    fn read<T: Default>(
        &self,
        q: &Query,
        notices: &mut Vec<Notice>,
        of: fn(&Param, &str) -> Result<T, Notice>,
    ) -> T {
        self.given(q, notices, of)
            .unwrap_or_else(|| of(self, self.default).unwrap_or_else(|_| self.fallback(of)))
    }

    /// The smallest value, where the default itself does not read (a table mistake the
    /// tests catch; never reached in a correct table), else the type's zero.
    fn fallback<T: Default>(&self, of: fn(&Param, &str) -> Result<T, Notice>) -> T {
        let lowest = match self.kind {
            Kind::Int { min, .. } => min.to_string(),
            Kind::Real { min, .. } => format!("{min}"),
            Kind::Word(words) => words.first().copied().unwrap_or_default().to_string(),
            Kind::Flag | Kind::Form(_) => "0".to_string(),
        };
        of(self, &lowest).unwrap_or_default()
    }

    fn bad(&self, raw: &str) -> Notice {
        Notice::BadChoice {
            param: self.key,
            value: raw.chars().take(24).collect(),
            allowed: &[],
        }
    }

    /// Its values as the README writes them.
    pub fn values(&self) -> String {
        match self.kind {
            Kind::Int { min, max } => format!("{}–{}", readme_int(min), readme_int(max)),
            Kind::Real { min, max } => format!("{}–{}", readme_real(min), readme_real(max)),
            Kind::Word(words) => words
                .iter()
                .map(|w| format!("`{w}`"))
                .collect::<Vec<_>>()
                .join(", "),
            Kind::Flag => "`1`, `0`".into(),
            Kind::Form(form) => form.into(),
        }
    }
}

/// A whole number as the README writes it: thin groups of three above 9 999.
fn readme_int(v: u64) -> String {
    let s = v.to_string();
    if s.len() <= 4 {
        return s;
    }
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// A number as the README writes it (`1e-6`, `0.1`, `10`).
fn readme_real(v: f64) -> String {
    if v != 0.0 && v.abs() < 1e-3 {
        format!("{v:e}")
    } else {
        format!("{v}")
    }
}

/// The parameters of a page (or of several pages that read the same keys).
#[derive(Clone, Copy, Debug)]
pub struct Table {
    /// The pages' slugs (empty: every page).
    pub slugs: &'static [&'static str],
    /// Their parameters.
    pub params: &'static [Param],
}

impl Table {
    /// The parameter with URL key `key`.
    pub fn get(&self, key: &str) -> Option<&'static Param> {
        self.params.iter().find(|p| p.key == key)
    }

    /// The default of row `key` as a URL writes it (empty where the table has no such row), for
    /// constants: `const DEFAULT_G: &str = OPTIMAL_D.default_of("g");`.
    pub const fn default_of(&self, key: &str) -> &'static str {
        let mut i = 0;
        while i < self.params.len() {
            if same(self.params[i].key, key) {
                return self.params[i].default;
            }
            i += 1;
        }
        ""
    }

    /// The range of number row `key` (`(0, 0)` where the table has no such row).
    pub const fn range_of(&self, key: &str) -> (f64, f64) {
        let mut i = 0;
        while i < self.params.len() {
            if same(self.params[i].key, key) {
                return match self.params[i].kind {
                    Kind::Real { min, max } => (min, max),
                    Kind::Int { min, max } => (min as f64, max as f64),
                    _ => (0.0, 0.0),
                };
            }
            i += 1;
        }
        (0.0, 0.0)
    }

    /// Row `key`; a key the table lacks gives a row without a default, so its reader falls
    /// back to the type's zero (a table mistake: debug builds, so the tests, stop on it).
    pub fn row(&self, key: &'static str) -> Param {
        debug_assert!(self.get(key).is_some(), "no row {key}");
        self.get(key)
            .copied()
            .unwrap_or(Param::form(key, "", "", Text::new("", ""), ""))
    }

    /// The URL keys, in table order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> {
        self.params.iter().map(|p| p.key)
    }
}

/// Whether two keys are the same (a `const` comparison).
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Drops every key of `tables` from `q` (a page's "Reset to defaults", a preset's clean start).
pub fn clear(tables: &[Table], q: &mut Query) {
    for k in tables.iter().flat_map(Table::keys) {
        q.remove(k);
    }
}

/// The README's table of addresses: one row per parameter of every table in `tables`.
pub fn readme_table(tables: &[Table]) -> String {
    let mut out =
        String::from("| page | parameter | values | default | meaning |\n|---|---|---|---|---|\n");
    for table in tables {
        let pages = if table.slugs.is_empty() {
            "*(any page)*".to_string()
        } else {
            table
                .slugs
                .iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        for p in table.params {
            let default = if p.default.is_empty() {
                "—".to_string()
            } else {
                format!("`{}`", p.default)
            };
            out.push_str(&format!(
                "| {pages} | `{}` | {} | {default} | {} |\n",
                p.key,
                p.values().replace('|', "\\|"),
                p.doc.replace('|', "\\|")
            ));
        }
    }
    out
}
