//! The two page bundles. Lesson pages run the small lesson bundle (`src/main.rs`); the labs,
//! the engine page and the benchmark run the lab bundle (`src/bin/labs.rs`, feature `labs`):
//! the same app with the labs' pages compiled in, so the lesson bundle stays within its size
//! budget. When the lesson bundle is asked for a lab it unmounts itself and loads the lab
//! bundle in its place, once per page load (Trunk builds it like the worker, a classic script
//! defining `wasm_bindgen`); from then on the lab bundle serves every page.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

/// The lab bundle's script and wasm, relative to the page (any sub-folder works).
pub const LAB_SCRIPT: &str = "./labs.js";
const LAB_WASM: &str = "./labs_bg.wasm";
/// The placeholder shown while the lab bundle loads (and its error, if it cannot).
pub const PLACEHOLDER_ID: &str = "bundle-loading";

thread_local! {
    static MOUNTED: RefCell<Option<Box<dyn std::any::Any>>> = const { RefCell::new(None) };
    static SWITCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Mounts the app on `<body>`, keeping the handle so the app can unmount itself.
pub fn mount() {
    // The lab bundle replaces the placeholder the lesson bundle left.
    if let Some(old) = document().and_then(|d| d.get_element_by_id(PLACEHOLDER_ID)) {
        old.remove();
    }
    let Some(body) = document().and_then(|d| d.body()) else {
        return;
    };
    let handle = leptos::mount::mount_to(body, crate::app::App);
    MOUNTED.with(|m| *m.borrow_mut() = Some(Box::new(handle)));
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Whether this is the lab bundle.
pub const fn is_lab_bundle() -> bool {
    cfg!(feature = "labs")
}

/// Replaces the lesson bundle with the lab bundle: after the current event, unmounts the app
/// (its listeners go with it), shows `loading` and loads the lab bundle, which mounts the
/// same app with the labs. If the script cannot load, `failed` is shown with a link home.
pub fn switch_to_labs(loading: &'static str, failed: &'static str, home: &'static str) {
    if SWITCHING.with(|s| s.replace(true)) {
        return;
    }
    let run = Closure::once_into_js(move || {
        MOUNTED.with(|m| drop(m.borrow_mut().take()));
        let Some(doc) = document() else { return };
        let Some(body) = doc.body() else { return };
        let Ok(note) = doc.create_element("p") else {
            return;
        };
        note.set_id(PLACEHOLDER_ID);
        note.set_class_name("bundle-loading");
        note.set_attribute("role", "status").ok();
        note.set_text_content(Some(loading));
        body.append_child(&note).ok();
        let Ok(script) = doc.create_element("script") else {
            return;
        };
        script.set_attribute("src", LAB_SCRIPT).ok();
        let fail = move |note: &web_sys::Element| {
            note.set_inner_html(&format!(
                "{failed} <a href=\"./#/\" data-testid=\"bundle-home\">{home}</a>"
            ));
            note.set_attribute("role", "alert").ok();
        };
        let note_load = note.clone();
        let start = Closure::once_into_js(move || {
            // `wasm_bindgen` is the global binding the no-modules glue declares (a top-level
            // `let`, so not a property of `window`: only global code sees it); it returns a
            // promise that fails if the wasm cannot be fetched or compiled.
            let init = js_sys::Function::new_no_args(&format!(
                "return wasm_bindgen({{ module_or_path: '{LAB_WASM}' }})"
            ));
            let started = init
                .call0(&JsValue::NULL)
                .ok()
                .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
            match started {
                Some(promise) => {
                    let on_err =
                        Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| fail(&note_load));
                    let _ = promise.catch(&on_err);
                    on_err.forget(); // runs at most once, for this one page load
                }
                None => fail(&note_load),
            }
        });
        let note_err = note.clone();
        let error = Closure::once_into_js(move || fail(&note_err));
        script
            .add_event_listener_with_callback("load", start.unchecked_ref())
            .ok();
        script
            .add_event_listener_with_callback("error", error.unchecked_ref())
            .ok();
        body.append_child(&script).ok();
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback(run.unchecked_ref());
    }
}
