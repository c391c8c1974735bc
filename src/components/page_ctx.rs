//! The page's shared state, provided by the app shell: the route (the URL is the single source
//! of the page's state) and the language.

use leptos::prelude::*;

use crate::i18n::{Lang, Text};
use crate::params::Notice;
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

/// A page's parameters, read from the route by one reader (see [`use_params`]).
pub struct PageParams<P: Send + Sync + 'static> {
    /// The parameters: the URL's values, defaults where a value is missing or bad.
    pub params: Memo<P>,
    /// One notice per bad value (shown by `Notices`).
    pub notices: Signal<Vec<Notice>>,
    /// "Reset to defaults": drops the page's keys from the URL.
    pub reset: Callback<()>,
}

impl<P: Send + Sync + 'static> Clone for PageParams<P> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<P: Send + Sync + 'static> Copy for PageParams<P> {}

impl<P: Clone + PartialEq + Send + Sync + 'static> PageParams<P> {
    /// One part of the parameters, as its own memo (a plain `fn`, so every field shares one
    /// closure type in the bundle).
    pub fn field<T: Clone + PartialEq + Send + Sync + 'static>(
        &self,
        part: fn(&P) -> T,
    ) -> Memo<T> {
        let params = self.params;
        Memo::new(move |_| params.with(part))
    }

    /// The parameters now, without tracking.
    pub fn now(&self) -> P {
        self.params.get_untracked()
    }
}

/// The page's parameters from the route: `read` turns the query into values and notices (its
/// bad values fall back to defaults), `tables` are the page's parameter tables ("Reset to
/// defaults" drops their keys). What every page used to repeat as its preamble.
pub fn use_params<P: Clone + PartialEq + Send + Sync + 'static>(
    tables: &'static [crate::params::table::Table],
    read: fn(&Query) -> (P, Vec<Notice>),
) -> PageParams<P> {
    let page = use_page();
    let parsed = Memo::new(move |_| page.route.with(|r| read(&r.query)));
    let params = Memo::new(move |_| parsed.with(|(p, _)| p.clone()));
    let notices = Signal::derive(move || parsed.with(|(_, n)| n.clone()));
    let reset = Callback::new(move |_| {
        page.update_query(|q| crate::params::table::clear(tables, q));
    });
    PageParams {
        params,
        notices,
        reset,
    }
}
