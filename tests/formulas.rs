//! Every formula of every registered lesson renders to MathML without a LaTeX error, and every
//! character it uses is in the shipped math font subset (`assets/fonts/math-glyphs.txt`, the
//! list the subset was cut from; see the README).

use genlab::i18n::Text;
use genlab::latex::{Segment, mathml, segments, table, to_mathml};
use genlab::lessons::LESSONS;

fn all_tex() -> Vec<(String, &'static str, bool)> {
    let mut out = Vec::new();
    let mut texts = |where_: &str, t: Text| {
        for s in [t.en, t.ru] {
            for seg in segments(s) {
                if let Segment::Math(tex) = seg {
                    out.push((where_.to_string(), tex, false));
                }
            }
        }
    };
    for lesson in LESSONS {
        texts(lesson.slug, lesson.lead);
        texts(lesson.slug, lesson.title);
        for (i, step) in lesson.derivation.iter().enumerate() {
            texts(&format!("{} step {}", lesson.slug, i + 1), step.text);
        }
    }
    for lesson in LESSONS {
        for (i, step) in lesson.derivation.iter().enumerate() {
            if let Some(tex) = step.tex {
                out.push((format!("{} step {}", lesson.slug, i + 1), tex, true));
            }
        }
    }
    out
}

/// The characters of the MathML's text nodes.
fn text_chars(mathml: &str) -> Vec<char> {
    let mut inside_tag = false;
    let mut in_annotation = false;
    let mut out = Vec::new();
    let mut tag = String::new();
    for c in mathml.chars() {
        match c {
            '<' => {
                inside_tag = true;
                tag.clear();
            }
            '>' => {
                inside_tag = false;
                if tag.starts_with("annotation") {
                    in_annotation = true;
                } else if tag.starts_with("/annotation") {
                    in_annotation = false;
                }
            }
            _ if inside_tag => tag.push(c),
            _ if !in_annotation => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn every_formula_renders() {
    let formulas = all_tex();
    assert!(formulas.len() >= 10, "found {} formulas", formulas.len());
    for (where_, tex, display) in formulas {
        if let Err(e) = to_mathml(tex, display) {
            panic!("{where_}: {e}");
        }
        // The page looks formulas up in the table build.rs made from the sources.
        assert!(
            mathml(tex, display).is_some(),
            "{where_}: `{tex}` is not in the build-time table"
        );
    }
    // The table holds every formula of the sources (exercises, labels), all rendered.
    for (tex, display, html) in table() {
        assert!(html.starts_with("<math"), "{tex} ({display})");
    }
}

#[test]
fn every_glyph_is_in_the_font_subset() {
    let glyphs = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/fonts/math-glyphs.txt"
    ))
    .unwrap_or_default();
    assert!(
        !glyphs.is_empty(),
        "assets/fonts/math-glyphs.txt is missing"
    );
    // Every missing glyph at once, so one run of pyftsubset fixes them all.
    let mut missing = std::collections::BTreeMap::<char, String>::new();
    let sources = table()
        .into_iter()
        .map(|(tex, display, _)| ("a source file".to_string(), tex, display));
    for (where_, tex, display) in all_tex().into_iter().chain(sources) {
        let mathml = to_mathml(tex, display).unwrap_or_default();
        for c in text_chars(&mathml) {
            // Entities such as &amp; are ASCII, and ASCII is in the subset.
            if !glyphs.contains(c) {
                missing.entry(c).or_insert_with(|| where_.to_string());
            }
        }
    }
    let report: Vec<String> = missing
        .iter()
        .map(|(c, w)| format!("`{c}` (U+{:04X}, {w})", *c as u32))
        .collect();
    assert!(
        missing.is_empty(),
        "not in the font subset (add them to assets/fonts/math-glyphs.txt and rerun the README's pyftsubset): {}\nall: {}",
        report.join(", "),
        missing.keys().collect::<String>()
    );
}

/// `0{,}5` in a Russian formula reads as one number, 0,5, with no space after the comma (the
/// browser tests look for "0,5"; a bare `0,5` would read as two arguments).
#[test]
fn a_braced_decimal_comma_is_one_number() {
    let html = genlab::latex::mathml("\\mu = 0{,}5", false).unwrap_or_default();
    let mut shown = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => shown.push(c),
            _ => {}
        }
    }
    assert!(shown.ends_with("=0,5"), "{html}");
}
