//! Formulas are LaTeX in the sources and MathML in the page, rendered by the browser with the
//! shipped math font. The LaTeX → MathML step (pulldown-latex) runs at build time: `build.rs`
//! finds every formula in `src/` (inline `$…$` in any string literal, display formulas in
//! `tex: Some(…)` fields) and writes a sorted table, so the lesson bundle carries MathML and no
//! parser (~40 KB gzipped saved). Native builds keep the renderer for the formula tests.

#[cfg(not(target_arch = "wasm32"))]
mod render;
mod split;

#[cfg(not(target_arch = "wasm32"))]
pub use render::to_mathml;
pub use split::{Segment, segments};

/// `(LaTeX, display, MathML)`, sorted by LaTeX then display.
static TABLE: &[(&str, bool, &str)] = include!(concat!(env!("OUT_DIR"), "/mathml.rs"));

/// The MathML of a formula that appears in the sources (`display`: block rather than inline
/// style), or `None` for one built at run time or with a LaTeX error.
pub fn mathml(tex: &str, display: bool) -> Option<&'static str> {
    TABLE
        .binary_search_by(|(t, d, _)| (*t, *d).cmp(&(tex, display)))
        .ok()
        .map(|i| TABLE[i].2)
}

/// Every formula of the sources: `(LaTeX, display, MathML)`.
pub fn table() -> &'static [(&'static str, bool, &'static str)] {
    TABLE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_matches_the_renderer() {
        assert!(
            TABLE
                .windows(2)
                .all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1))
        );
        for (tex, display, html) in TABLE {
            assert_eq!(to_mathml(tex, *display).as_deref(), Ok(*html), "{tex}");
        }
        assert!(mathml("p_i = 0", false).is_some());
        assert!(mathml("not a formula of the sources", false).is_none());
    }
}
