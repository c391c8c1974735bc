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
pub use split::{Segment, key, segments};

/// `(key, MathML)`, sorted by key ([`key`] of the LaTeX and the style).
static TABLE: &[(u64, &str)] = include!(concat!(env!("OUT_DIR"), "/mathml.rs"));

/// `(LaTeX, display)` of each [`TABLE`] entry, in the same order (for the native tests).
#[cfg(not(target_arch = "wasm32"))]
static SOURCES: &[(&str, bool)] = include!(concat!(env!("OUT_DIR"), "/mathml_sources.rs"));

/// The MathML of a formula that appears in the sources (`display`: block rather than inline
/// style), or `None` for one built at run time or with a LaTeX error.
pub fn mathml(tex: &str, display: bool) -> Option<&'static str> {
    let k = key(tex, display);
    TABLE
        .binary_search_by_key(&k, |(h, _)| *h)
        .ok()
        .map(|i| TABLE[i].1)
}

/// Every formula of the sources: `(LaTeX, display, MathML)`.
#[cfg(not(target_arch = "wasm32"))]
pub fn table() -> Vec<(&'static str, bool, &'static str)> {
    SOURCES
        .iter()
        .zip(TABLE)
        .map(|((tex, display), (_, html))| (*tex, *display, *html))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_matches_the_renderer() {
        assert!(TABLE.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(SOURCES.len(), TABLE.len());
        for (tex, display, html) in table() {
            assert_eq!(to_mathml(tex, display).as_deref(), Ok(html), "{tex}");
            assert_eq!(mathml(tex, display), Some(html), "{tex}");
        }
        assert!(mathml("p_i = 0", false).is_some());
        assert!(mathml("not a formula of the sources", false).is_none());
    }
}
