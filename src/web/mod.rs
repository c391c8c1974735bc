//! Browser adapters: the location hash, storage, the document, and the training worker.
//! Everything that touches `web_sys` outside components lives here.

pub mod bundle;
pub mod location;
#[cfg(feature = "labs")]
pub mod trainer;
#[cfg(feature = "labs")]
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

/// Saves `href` (a `data:` URL) as the file `name`, through a temporary link.
pub fn download(name: &str, href: &str) -> Result<(), Refused> {
    use wasm_bindgen::JsCast;
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(Refused)?;
    let a = doc
        .create_element("a")
        .map_err(|_| Refused)?
        .dyn_into::<web_sys::HtmlElement>()
        .map_err(|_| Refused)?;
    a.set_attribute("href", href).map_err(|_| Refused)?;
    a.set_attribute("download", name).map_err(|_| Refused)?;
    a.click();
    Ok(())
}

/// The figure whose canvas has `data-testid=testid`, as a PNG `data:` URL.
pub fn canvas_png(testid: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let canvas = web_sys::window()?
        .document()?
        .query_selector(&format!("canvas[data-testid=\"{testid}\"]"))
        .ok()??
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .ok()?;
    canvas.to_data_url().ok()
}

/// Text as a `data:` URL of type `mime` (percent-encoded).
pub fn data_url(mime: &str, text: &str) -> String {
    format!(
        "data:{mime};charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(text))
    )
}

/// Draws an `n × n` RGBA image (row 0 at the top) into the rectangle `(x0, y0)–(x1, y1)`
/// (backend pixels) of the canvas with `data-testid=testid`, smoothly scaled: the heat maps'
/// one image per frame.
pub fn blit_rgba(testid: &str, rgba: &[u8], n: u32, (x0, y0): (i32, i32), (x1, y1): (i32, i32)) {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let target = doc
        .query_selector(&format!("canvas[data-testid=\"{testid}\"]"))
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
    thread_local! {
        // One scratch canvas for every frame, not a new element per frame.
        static SCRATCH: std::cell::RefCell<Option<web_sys::HtmlCanvasElement>> =
            const { std::cell::RefCell::new(None) };
    }
    let image = SCRATCH.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_none() {
            *s = doc
                .create_element("canvas")
                .ok()
                .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        }
        s.clone()
    });
    let context = |c: &web_sys::HtmlCanvasElement| {
        c.get_context("2d")
            .ok()
            .flatten()
            .and_then(|x| x.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    };
    let (Some(target), Some(image)) = (target, image) else {
        return;
    };
    if image.width() != n || image.height() != n {
        image.set_width(n);
        image.set_height(n);
    }
    let (Some(dst), Some(src)) = (context(&target), context(&image)) else {
        return;
    };
    let Ok(data) =
        web_sys::ImageData::new_with_u8_clamped_array_and_sh(wasm_bindgen::Clamped(rgba), n, n)
    else {
        return;
    };
    let _ = src.put_image_data(&data, 0.0, 0.0);
    dst.set_image_smoothing_enabled(true);
    let _ = dst.draw_image_with_html_canvas_element_and_dw_and_dh(
        &image,
        f64::from(x0),
        f64::from(y0),
        f64::from(x1 - x0),
        f64::from(y1 - y0),
    );
}
