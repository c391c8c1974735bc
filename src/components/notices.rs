//! Notices for bad input: what was wrong, what is shown instead, and a way back.

use leptos::prelude::*;

use crate::i18n::{DISMISS, NOTICES, RESET_DEFAULTS};
use crate::params::Notice;

use super::use_page;

/// The notices of the current page. "Dismiss" hides them until the URL changes; "Reset to
/// defaults" runs `on_reset` (typically: drop the page's parameters).
#[component]
pub fn Notices(
    /// The notices to show.
    #[prop(into)]
    notices: Signal<Vec<Notice>>,
    /// Puts the page back to its defaults.
    #[prop(optional)]
    on_reset: Option<Callback<()>>,
) -> impl IntoView {
    let page = use_page();
    // Dismissal is remembered for one URL, so a new bad value shows again.
    let dismissed_at = RwSignal::new(None::<String>);
    let visible = move || {
        let here = page.route.with(|r| r.to_hash());
        !notices.with(Vec::is_empty) && dismissed_at.get().as_deref() != Some(here.as_str())
    };
    view! {
        <Show when=visible>
            <div class="notices" role="status" aria-label=move || page.t(NOTICES) data-testid="notices">
                <ul>
                    {move || notices.get().into_iter().map(|n| {
                        let class = if n.fell_back() { "notice notice-error" } else { "notice" };
                        view! { <li class=class data-testid="notice">{n.message(page.lang.get())}</li> }
                    }).collect_view()}
                </ul>
                <div class="notice-actions">
                    {on_reset.map(|reset| view! {
                        <button type="button" data-testid="reset-defaults" on:click=move |_| reset.run(())>
                            {move || page.t(RESET_DEFAULTS)}
                        </button>
                    })}
                    <button type="button" on:click=move |_| dismissed_at.set(Some(page.route.with_untracked(|r| r.to_hash()))) >
                        {move || page.t(DISMISS)}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// A message quoted as the browser, the graphics driver or the worker gave it (English, often
/// technical): set apart as code and marked `lang="en"`, so a Russian page reads its own words
/// around it and a screen reader pronounces it as English.
pub fn quoted(message: String) -> impl IntoView {
    view! { <code class="quoted" lang="en">{message}</code> }
}
