//! Browser adapters: the location hash, storage, the document, and the training worker.
//! Everything that touches `web_sys` outside components lives here.

pub mod location;
pub mod trainer;
pub mod worker_client;

use crate::i18n::Lang;

const LANG_KEY: &str = "genlab.lang";

/// The language stored by an earlier visit, if any.
pub fn stored_lang() -> Option<Lang> {
    let storage = web_sys::window()?.local_storage().ok()??;
    Lang::parse(&storage.get_item(LANG_KEY).ok()??)
}

/// Remembers the user's language (storage may be refused, e.g. in some iframes: then the
/// choice lasts only as long as the page).
pub fn store_lang(lang: Lang) {
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        let _ = storage.set_item(LANG_KEY, lang.tag());
    }
}

/// The browser's preferred language among those we have.
pub fn browser_lang() -> Lang {
    let Some(window) = web_sys::window() else {
        return Lang::default();
    };
    let langs: Vec<String> = window
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    Lang::from_browser(langs.iter().map(String::as_str))
}

/// Sets `<html lang>` and the document title.
pub fn set_document_meta(lang: Lang, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.tag());
    }
    document.set_title(title);
}

/// The browser refused a request (fullscreen, the clipboard).
#[derive(Debug, thiserror::Error)]
#[error("the browser refused")]
pub struct Refused;

/// Toggles fullscreen on the whole page. `Err` when the browser refuses (e.g. an iframe
/// without `allowfullscreen`).
pub fn toggle_fullscreen() -> Result<(), Refused> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(Refused)?;
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
        Ok(())
    } else if document.fullscreen_enabled() {
        let root = document.document_element().ok_or(Refused)?;
        root.request_fullscreen().map_err(|_| Refused)
    } else {
        Err(Refused)
    }
}

/// The page's address without its hash: the base for links that others copy.
pub fn page_base() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Copies text to the clipboard; `Err` if the browser refuses.
pub async fn copy_text(text: String) -> Result<(), Refused> {
    let window = web_sys::window().ok_or(Refused)?;
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| Refused)
}
