//! "Embed this": a copy-paste iframe snippet for the lesson in its current state.

use leptos::prelude::*;

use crate::i18n::{COPIED, COPY, COPY_FAILED, EMBED_HOWTO, EMBED_THIS};
use crate::web;

use super::use_page;

/// The iframe snippet for `hash` (which should carry `embed=1`) under `base`.
pub fn iframe_snippet(base: &str, hash: &str, title: &str) -> String {
    let title = title.replace('"', "&quot;");
    format!(
        r#"<iframe src="{base}{hash}" title="{title}" width="100%" height="720" style="border:0" loading="lazy" allowfullscreen></iframe>"#
    )
}

/// The disclosure with the snippet and a copy button.
#[component]
pub fn EmbedSnippet(
    /// The lesson's title in the current language.
    #[prop(into)]
    title: Signal<String>,
) -> impl IntoView {
    let page = use_page();
    let copied = RwSignal::new(None::<bool>);
    let snippet = move || {
        let mut route = page.route.get();
        route.query.set("embed", "1");
        route.query.remove("lecture");
        iframe_snippet(&web::page_base(), &route.to_hash(), &title.get())
    };
    let copy = move |_| {
        let text = snippet();
        leptos::task::spawn_local(async move {
            copied.set(Some(web::copy_text(text).await.is_ok()));
        });
    };
    view! {
        <details class="embed-box" data-testid="embed">
            <summary>{move || page.t(EMBED_THIS)}</summary>
            <p>{move || page.t(EMBED_HOWTO)}</p>
            <textarea readonly rows="3" data-testid="embed-snippet" aria-label=move || page.t(EMBED_THIS)
                prop:value=snippet></textarea>
            <button type="button" on:click=copy>{move || page.t(COPY)}</button>
            {move || copied.get().map(|ok| view! {
                <span role="status">{if ok { page.t(COPIED) } else { page.t(COPY_FAILED) }}</span>
            })}
        </details>
    }
}
