//! LaTeX → MathML in Rust (pulldown-latex): formulas are written as LaTeX in the lessons and
//! reach the page as MathML, rendered by the browser with the shipped math font.

use pulldown_latex::config::DisplayMode;
use pulldown_latex::{Parser, RenderConfig, Storage, push_mathml};

/// Renders `tex` to a `<math>` element. Errors in the LaTeX come back as `Err` with the
/// message, so the caller can show the source instead.
pub fn to_mathml(tex: &str, display: bool) -> Result<String, String> {
    let storage = Storage::new();
    let parser = Parser::new(tex, &storage);
    let config = RenderConfig {
        display_mode: if display {
            DisplayMode::Block
        } else {
            DisplayMode::Inline
        },
        annotation: Some(tex),
        ..Default::default()
    };
    let mut out = String::new();
    push_mathml(&mut out, parser, config).map_err(|e| e.to_string())?;
    if out.contains("<merror") {
        return Err(format!("LaTeX error in `{tex}`"));
    }
    // Two pulldown-latex 0.8 slips: it escapes the entity it writes for `\ ` (a control
    // space) twice, and after a binary `-` it puts the operator's thin space *inside*
    // `<munder>` (`-\lim_{x}` gets three children and renders as a subscript).
    let thin = r#"<mspace width="0.1667em" />"#;
    Ok(out
        .replace("&amp;nbsp;", "&#xA0;")
        .replace(&format!("<munder>{thin}"), &format!("{thin}<munder>"))
        .replace(
            &format!("<munderover>{thin}"),
            &format!("{thin}<munderover>"),
        ))
}

/// A piece of lesson text: plain words or inline math between `$…$`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Words.
    Words(&'a str),
    /// Inline LaTeX.
    Math(&'a str),
}

/// Splits lesson text at `$`: odd pieces are math. Unbalanced `$` makes the last piece words.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let pieces: Vec<&str> = text.split('$').collect();
    let balanced = pieces.len() % 2 == 1;
    pieces
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.is_empty())
        .map(|(i, s)| {
            if i % 2 == 1 && (balanced || i + 1 < pieces.len()) {
                Segment::Math(s)
            } else {
                Segment::Words(s)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_mathml() {
        let m = to_mathml(r"H(p) = -\sum_{i=1}^n p_i \log p_i", true).unwrap_or_default();
        assert!(m.starts_with("<math"), "{m}");
        assert!(m.contains("∑"), "{m}");
        assert!(to_mathml(r"\frac{1}{", false).is_err());
        let spaced = to_mathml(r"y_i = 0 \ (i \ne y_c)", false).unwrap_or_default();
        assert!(!spaced.contains("&amp;"), "{spaced}");
        let lim = to_mathml(r"= -\lim_{x \to 0^+} x", true).unwrap_or_default();
        assert!(lim.contains("<munder><mi>lim</mi>"), "{lim}");
    }

    #[test]
    fn splits_inline_math() {
        assert_eq!(
            segments("Let $p$ be $q$."),
            vec![
                Segment::Words("Let "),
                Segment::Math("p"),
                Segment::Words(" be "),
                Segment::Math("q"),
                Segment::Words(".")
            ]
        );
        assert_eq!(segments("no math"), vec![Segment::Words("no math")]);
    }
}
