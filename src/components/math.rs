//! Formulas: LaTeX in the source, MathML in the page.

use leptos::prelude::*;

use crate::latex::{self, Segment};

/// A formula of the sources (rendered at build time). A LaTeX error or a formula missing from
/// the table (a bug) shows the source in code type.
#[component]
pub fn Math(
    /// The LaTeX source.
    tex: &'static str,
    /// Block (display) style rather than inline.
    #[prop(optional)]
    display: bool,
) -> impl IntoView {
    match latex::mathml(tex, display) {
        Some(html) => {
            let class = if display { "math math-display" } else { "math" };
            view! { <span class=class inner_html=html></span> }.into_any()
        }
        None => view! { <code class="math-error">{tex}</code> }.into_any(),
    }
}

/// Lesson text with inline `$…$` formulas.
#[component]
pub fn RichText(
    /// The text.
    #[prop(into)]
    text: Signal<&'static str>,
) -> impl IntoView {
    move || {
        latex::segments(text.get())
            .into_iter()
            .map(|segment| match segment {
                Segment::Words(words) => words.into_any(),
                Segment::Math(tex) => view! { <Math tex=tex/> }.into_any(),
            })
            .collect_view()
    }
}
