//! LaTeX → MathML with pulldown-latex. Run by `build.rs` on every formula in the sources (the
//! page gets the finished MathML, not the parser) and natively by the formula tests.

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
        annotation: None,
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
}
