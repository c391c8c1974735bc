//! The location hash: reading it, replacing it without a history entry, and listening for
//! `hashchange` (links, back/forward, and hand edits all arrive that way).

use wasm_bindgen::JsValue;

use crate::route::Route;

/// The current route, from `location.hash`.
pub fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

/// Replaces the URL's hash with `route` without a new history entry and without firing
/// `hashchange` (controls call this; the page already shows the new state).
pub fn replace_route(route: &Route) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&route.to_hash()));
}
