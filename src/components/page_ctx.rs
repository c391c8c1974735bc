//! The page's shared state, provided by the app shell: the route (the URL is the single source
//! of the page's state) and the language.

use leptos::prelude::*;

use crate::i18n::{Lang, Text};
use crate::route::{Query, Route};
use crate::web;

/// Route and language, in context for every component.
#[derive(Clone, Copy)]
pub struct PageCtx {
    /// The current route; set on `hashchange` and by [`PageCtx::update_query`].
    pub route: RwSignal<Route>,
    /// The language shown: `lang=` from the URL, else the user's last choice, else the browser's.
    pub lang: Memo<Lang>,
    /// The language chosen without a `lang=` in the URL (storage or browser).
    pub lang_fallback: RwSignal<Lang>,
}

impl PageCtx {
    /// Changes the current page's parameters: the URL is replaced (no history entry, no
    /// `hashchange`) and every memo reading the route updates.
    pub fn update_query(&self, change: impl FnOnce(&mut Query)) {
        let mut route = self.route.get_untracked();
        change(&mut route.query);
        web::location::replace_route(&route);
        self.route.set(route);
    }

    /// The text in the current language (reactive).
    pub fn t(&self, text: Text) -> &'static str {
        text.get(self.lang.get())
    }
}

/// The page context; the app shell always provides it.
pub fn use_page() -> PageCtx {
    expect_context::<PageCtx>()
}

/// The text in the page's language, as a view that follows language changes. One function with
/// one closure type for every translated label: a `move || t(X)` per label would be its own
/// type, and each costs the lesson bundle its own copy of leptos' rendering code.
pub fn tr(text: Text) -> impl IntoView + Copy + use<> {
    let page = use_page();
    move || page.t(text)
}
