//! Every word in the page's language: each `Text::new(en, ru)` pair in `src/` is read from the
//! source (as `build.rs` reads formulas), and
//!
//! * its English side holds no Cyrillic letter;
//! * its Russian side holds no Latin word but the names, abbreviations and symbols listed in
//!   `tests/e2e/latin_ok.txt` (a single Latin letter is a symbol); inside `$…$` only the
//!   words of `\text{…}`-like commands count, and `math:` entries are allowed there;
//! * numbers: a decimal comma in Russian (`0{,}5` inside a formula, where `0,5` would read
//!   as two arguments), a decimal point in English;
//! * a display formula (`tex: Some(…)`, shown in both languages) holds no word but the listed
//!   names and symbols, and no decimal point (Russian writes a decimal comma: such a formula needs a `Text` per language).
//!
//! The browser test `tests/e2e/language.test.mjs` checks what is rendered (composed strings,
//! figures' text alternatives); this one also sees hints, solutions and notices no page shows
//! until asked.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use syn::visit::Visit;

/// The allowed Latin words: (anywhere, inside formulas only).
fn allowed() -> (BTreeSet<String>, BTreeSet<String>) {
    let list = std::fs::read_to_string("tests/e2e/latin_ok.txt")
        .unwrap_or_else(|e| panic!("tests/e2e/latin_ok.txt: {e}"));
    let mut anywhere = BTreeSet::new();
    let mut math = BTreeSet::new();
    for line in list.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        match line.strip_prefix("math:") {
            Some(word) => math.insert(word.to_string()),
            None => anywhere.insert(line.to_string()),
        };
    }
    (anywhere, math)
}

/// Latin words of prose: runs of letters, digits and `_` that start with a Latin letter
/// (`p_data` is one word); `{name}` placeholders are not text, and a letter with a subscript
/// (`k_D`, `p_data`) counts as its head.
fn prose_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut in_placeholder = false;
    for c in text.chars().chain(std::iter::once(' ')) {
        if in_placeholder {
            in_placeholder = c != '}';
            continue;
        }
        if c == '{' {
            in_placeholder = true;
            continue;
        }
        let latin = c.is_ascii_alphabetic();
        if latin || (!word.is_empty() && (c.is_ascii_digit() || c == '_')) {
            word.push(c);
        } else {
            // What follows `_` is a subscript: `k_D` is the symbol k, `max_D` the word max.
            let head = word.split('_').next().unwrap_or("");
            if !head.is_empty() {
                out.push(head.to_string());
            }
            word.clear();
        }
    }
    out
}

/// The words a formula shows as text: the arguments of `\text`, `\textrm`, `\mathrm`,
/// `\operatorname` and `\textit` (everything else in a formula is symbols).
fn math_words(tex: &str) -> Vec<String> {
    let mut out = Vec::new();
    for cmd in [
        "\\text{",
        "\\textrm{",
        "\\mathrm{",
        "\\operatorname{",
        "\\textit{",
    ] {
        let mut rest = tex;
        while let Some(i) = rest.find(cmd) {
            let after = &rest[i + cmd.len()..];
            let end = after.find('}').unwrap_or(after.len());
            out.extend(prose_words(&after[..end]));
            rest = &after[end..];
        }
    }
    out
}

/// The `$…$` formulas and the prose between them.
fn split_math(text: &str) -> (String, Vec<String>) {
    let mut prose = String::new();
    let mut formulas = Vec::new();
    for (i, part) in text.split('$').enumerate() {
        if i % 2 == 0 {
            prose.push_str(part);
            prose.push(' ');
        } else {
            formulas.push(part.to_string());
        }
    }
    (prose, formulas)
}

#[derive(Default)]
struct Pairs {
    file: PathBuf,
    /// For a compiled `text.toml`: its source, where each string's line is found.
    toml: Option<String>,
    /// (file, line, en, ru).
    pairs: Vec<(PathBuf, usize, String, String)>,
    /// (file, line, tex) of display formulas.
    display: Vec<(PathBuf, usize, String)>,
}

impl Pairs {
    /// Where `s` is written: its line in the Rust source, or in the `text.toml` it was
    /// compiled from (the first line holding its opening words).
    fn line(&self, s: &syn::LitStr) -> usize {
        let Some(toml) = &self.toml else {
            return s.span().start().line;
        };
        let value = s.value();
        let start: String = value.chars().take(40).collect();
        toml.lines()
            .position(|l| l.contains(&start))
            .map_or(0, |i| i + 1)
    }
}

fn lit(e: &syn::Expr) -> Option<&syn::LitStr> {
    match e {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s),
        _ => None,
    }
}

impl<'ast> Visit<'ast> for Pairs {
    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        if let syn::Expr::Path(p) = &*call.func {
            let names: Vec<String> = p
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            if names.ends_with(&["Text".into(), "new".into()])
                && let [en, ru] = call.args.iter().collect::<Vec<_>>().as_slice()
                && let (Some(en), Some(ru)) = (lit(en), lit(ru))
            {
                let line = self.line(en);
                self.pairs
                    .push((self.file.clone(), line, en.value(), ru.value()));
            }
        }
        syn::visit::visit_expr_call(self, call);
    }

    fn visit_field_value(&mut self, f: &'ast syn::FieldValue) {
        if let syn::Member::Named(name) = &f.member
            && name == "tex"
            && let syn::Expr::Call(call) = &f.expr
            && let [arg] = call.args.iter().collect::<Vec<_>>().as_slice()
            && let Some(s) = lit(arg)
        {
            let line = self.line(s);
            self.display.push((self.file.clone(), line, s.value()));
        }
        syn::visit::visit_field_value(self, f);
    }
}

/// Reads the `.rs` files below `dir` (with `only`, the files of that name only).
fn scan(dir: &Path, out: &mut Pairs, only: Option<&str>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            scan(&path, out, only);
        } else if path.extension().is_some_and(|e| e == "rs")
            && only.is_none_or(|name| path.file_name().is_some_and(|n| n == name))
        {
            let source = std::fs::read_to_string(&path).unwrap_or_default();
            let file =
                syn::parse_file(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.file = path.clone();
            out.toml = None;
            // A compiled `text.toml` is reported as its source.
            if let Ok(below) = path.strip_prefix(concat!(env!("OUT_DIR"), "/words")) {
                out.file = Path::new("src").join(below).with_extension("toml");
                out.toml = std::fs::read_to_string(&out.file).ok();
            }
            out.visit_file(&file);
        }
    }
}

fn pairs() -> Pairs {
    let mut out = Pairs::default();
    scan(Path::new("src"), &mut out, None);
    // The pages' words, `text.toml`, as `build.rs` compiled them.
    scan(
        &Path::new(env!("OUT_DIR")).join("words"),
        &mut out,
        Some("text.rs"),
    );
    out
}

fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

#[test]
fn english_text_has_no_cyrillic() {
    let found = pairs();
    assert!(found.pairs.len() > 500, "found {} pairs", found.pairs.len());
    let bad: Vec<String> = found
        .pairs
        .iter()
        .filter(|(.., en, _)| has_cyrillic(en))
        .map(|(f, l, en, _)| format!("{}:{l}: {en}", f.display()))
        .collect();
    assert!(
        bad.is_empty(),
        "Cyrillic in English text:\n{}",
        bad.join("\n")
    );
}

#[test]
fn russian_text_has_no_latin_words() {
    let (anywhere, math) = allowed();
    let found = pairs();
    let mut bad = Vec::new();
    for (f, l, _, ru) in &found.pairs {
        let (prose, formulas) = split_math(ru);
        let mut words: Vec<String> = prose_words(&prose)
            .into_iter()
            .filter(|w| w.chars().count() > 1 && !anywhere.contains(w))
            .collect();
        for tex in &formulas {
            words.extend(
                math_words(tex).into_iter().filter(|w| {
                    w.chars().count() > 1 && !anywhere.contains(w) && !math.contains(w)
                }),
            );
        }
        if !words.is_empty() {
            bad.push(format!("{}:{l}: {words:?} in «{ru}»", f.display()));
        }
    }
    assert!(
        bad.is_empty(),
        "{} Russian texts with Latin words (allowed ones are listed in tests/e2e/latin_ok.txt):\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// A digit, `sep`, a digit: a decimal separator (`0.5`, `0,5`).
fn has_decimal(s: &str, sep: char) -> bool {
    let c: Vec<char> = s.chars().collect();
    c.windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == sep && w[2].is_ascii_digit())
}

#[test]
fn numbers_are_written_as_each_language_writes_them() {
    let found = pairs();
    let mut bad = Vec::new();
    for (f, l, en, ru) in &found.pairs {
        let (prose, formulas) = split_math(ru);
        if has_decimal(&prose, '.') {
            bad.push(format!(
                "{}:{l}: a decimal point in Russian: «{ru}»",
                f.display()
            ));
        }
        // In a formula `0,5` reads as two arguments: Russian writes `0{,}5`.
        if formulas
            .iter()
            .any(|m| has_decimal(m, '.') || has_decimal(m, ','))
        {
            bad.push(format!(
                "{}:{l}: write 0{{,}}5 in a Russian formula: «{ru}»",
                f.display()
            ));
        }
        if has_decimal(en, ',') || en.contains("{,}") {
            bad.push(format!(
                "{}:{l}: a decimal comma in English: \"{en}\"",
                f.display()
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn display_formulas_are_the_same_in_both_languages() {
    let (anywhere, math) = allowed();
    let found = pairs();
    assert!(!found.display.is_empty());
    let bad: Vec<String> = found
        .display
        .iter()
        .filter(|(.., tex)| {
            let b = tex.as_bytes();
            let decimal_point = b
                .windows(3)
                .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit());
            has_cyrillic(tex)
                || decimal_point
                || math_words(tex)
                    .iter()
                    .any(|w| w.chars().count() > 1 && !anywhere.contains(w) && !math.contains(w))
        })
        .map(|(f, l, tex)| format!("{}:{l}: {tex}", f.display()))
        .collect();
    assert!(
        bad.is_empty(),
        "display formulas are shown in both languages: no words, no decimal point:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_scanner_finds_what_it_should() {
    assert_eq!(
        prose_words("средняя {x} p_data loss k_D max_D"),
        ["p", "loss", "k", "max"]
    );
    assert_eq!(
        math_words("D \\ne Q \\text{ in general}"),
        ["in", "general"]
    );
    assert!(math_words("p_{data} \\log x").is_empty());
    let (prose, formulas) = split_math("a $x_{data}$ b");
    assert_eq!(formulas, ["x_{data}"]);
    assert_eq!(prose_words(&prose), ["a", "b"]);
}
