//! The shell: hash routing from the lesson registry, language, lecture and embed modes,
//! keyboard step navigation, and the pages that are not lessons.

mod about;
#[cfg(feature = "labs")]
mod bench;
mod contents;
#[cfg(feature = "labs")]
mod engine;
mod glossary;
#[cfg(feature = "labs")]
mod train_panel;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use crate::components::{Notices, PageCtx, use_page};
use crate::i18n::{
    ABOUT_TITLE, APP_NAME, APP_SHORT, CONTENTS, FULLSCREEN, FULLSCREEN_REFUSED, GLOSSARY_TITLE,
    HOME_LEAD, LAB_FAILED, LAB_HOME, LAB_LOADING, LANGUAGE, LECTURE_MODE, Lang, MENU, NAV_LABEL,
    NEXT_LESSON, NOT_FOUND_HINT, NOT_FOUND_TEXT, NOT_FOUND_TITLE, OPEN_FULL, PREV_LESSON,
};
use crate::lessons::{self, LESSONS};
use crate::params::{self, Notice};
use crate::route::Route;
use crate::web;

use contents::Contents;

/// The app.
#[component]
pub fn App() -> impl IntoView {
    let route = RwSignal::new(web::location::current_route());
    let lang_fallback = RwSignal::new(web::stored_lang().unwrap_or_else(web::browser_lang));
    let lang = Memo::new(move |_| {
        route
            .with(|r| r.query.get("lang").and_then(Lang::parse))
            .unwrap_or_else(|| lang_fallback.get())
    });
    let page = PageCtx {
        route,
        lang,
        lang_fallback,
    };
    provide_context(page);

    // Links, back/forward and hand edits of the hash all arrive as `hashchange`.
    let on_hash = window_event_listener(ev::hashchange, move |_| {
        route.set(web::location::current_route())
    });
    let on_key = window_event_listener(ev::keydown, move |ev| step_key(page, &ev));
    on_cleanup(move || {
        on_hash.remove();
        on_key.remove();
    });

    let slug = Memo::new(move |_| route.with(|r| r.slug.clone()));
    let flag =
        move |key: &'static str| Memo::new(move |_| route.with(|r| r.query.get(key) == Some("1")));
    let embed = flag("embed");
    let lecture = flag("lecture");
    let global_notices = Signal::derive(move || route.with(|r| global_notices(&r.query)));
    // A lab needs the width: its contents fold into the header's "Contents" button, which opens
    // them over the page until the next page or Escape. The home page is the contents.
    let folded = Memo::new(move |_| lessons::find(&slug.get()).is_some_and(|(_, l)| l.lab));
    let home = Memo::new(move |_| slug.with(String::is_empty));
    let toc_open = RwSignal::new(false);
    Effect::new(move |_| {
        slug.track();
        toc_open.set(false);
    });
    let on_escape = window_event_listener(ev::keydown, move |ev| {
        if ev.key() == "Escape" && toc_open.get_untracked() {
            toc_open.set(false);
        }
    });
    on_cleanup(move || on_escape.remove());

    // Pushes the language and title to the document.
    Effect::new(move |_| {
        let l = lang.get();
        let title = match lessons::find(&slug.get()) {
            Some((_, lesson)) => format!("{} — {}", lesson.title.get(l), APP_SHORT.get(l)),
            None => APP_NAME.get(l).to_string(),
        };
        web::set_document_meta(l, &title);
    });

    let main_view = move || match slug.get().as_str() {
        "" => view! { <Home/> }.into_any(),
        "glossary" => view! { <glossary::GlossaryPage/> }.into_any(),
        "about" => view! { <about::AboutPage/> }.into_any(),
        #[cfg(feature = "labs")]
        "engine" => view! { <engine::EnginePage/> }.into_any(),
        #[cfg(feature = "labs")]
        "bench" => view! { <bench::BenchPage/> }.into_any(),
        #[cfg(not(feature = "labs"))]
        "engine" | "bench" => lab_bundle(),
        other => match lessons::find(other) {
            Some((index, lesson)) => view! { {(lesson.view)()} <PrevNext index=index/> }.into_any(),
            None => view! { <NotFound slug=other.to_string()/> }.into_any(),
        },
    };

    view! {
        <div class="app" class:lecture=lecture class:embed=embed>
            <a class="skip-link" href="#main" on:click=|ev| { ev.prevent_default(); focus_main(); }>
                {move || if lang.get() == Lang::Ru { "К содержимому" } else { "Skip to content" }}
            </a>
            <Show when=move || !embed.get()>
                <Header lecture=lecture folded=folded toc_open=toc_open/>
            </Show>
            <div class="layout" class:folded=move || folded.get() || home.get()>
                <Show when=move || !embed.get() && !home.get()>
                    <nav id="site-nav" class="site-nav" class:folded=folded class:open=toc_open
                        aria-label=move || page.t(NAV_LABEL) data-testid="site-nav">
                        <Contents/>
                    </nav>
                </Show>
                <main id="main" tabindex="-1">
                    <Notices notices=global_notices on_reset=Callback::new(move |_| page.update_query(|q| crate::params::table::clear(&[crate::params::pages::GLOBAL], q)))/>
                    {main_view}
                </main>
            </div>
            <Show when=move || embed.get()>
                <p class="embed-footer">
                    <a href=move || full_app_link(&route.get()) target="_blank" rel="noopener" data-testid="open-full">
                        {move || page.t(OPEN_FULL)} " ↗"
                    </a>
                </p>
            </Show>
        </div>
    }
}

/// What the lesson bundle shows for a page that lives in the lab bundle: a line while it
/// replaces itself with the lab bundle ([`web::bundle`]).
pub fn lab_bundle() -> AnyView {
    let page = use_page();
    let lang = page.lang.get_untracked();
    web::bundle::switch_to_labs(
        LAB_LOADING.get(lang),
        LAB_FAILED.get(lang),
        LAB_HOME.get(lang),
    );
    view! { <p class="bundle-loading" role="status">{LAB_LOADING.get(lang)}</p> }.into_any()
}

/// Notices for the parameters every page shares.
fn global_notices(q: &crate::route::Query) -> Vec<Notice> {
    let mut out = Vec::new();
    for p in crate::params::pages::GLOBAL.params {
        if let Some(raw) = q.get(p.key)
            && let Err(n) = p.check(raw)
        {
            out.push(n);
        }
    }
    out
}

/// The same page without `embed=1`, as an absolute link.
fn full_app_link(route: &Route) -> String {
    let mut route = route.clone();
    route.query.remove("embed");
    format!("{}{}", web::page_base(), route.to_hash())
}

fn focus_main() {
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

/// → / Space / PageDown reveal the next derivation step, ← / PageUp go back: what
/// presentation clickers send. Keys meant for a focused control are left to it.
fn step_key(page: PageCtx, ev: &KeyboardEvent) {
    if ev.default_prevented() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
        return;
    }
    let key = ev.key();
    let forward = match key.as_str() {
        "ArrowRight" | "PageDown" | " " => true,
        "ArrowLeft" | "PageUp" => false,
        _ => return,
    };
    if let Some(target) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let tag = target.tag_name().to_ascii_lowercase();
        let editing = matches!(tag.as_str(), "input" | "textarea" | "select")
            || target
                .closest("[role=slider],[contenteditable]")
                .ok()
                .flatten()
                .is_some();
        let activates = key == " " && matches!(tag.as_str(), "button" | "a" | "summary");
        if editing || activates {
            return;
        }
    }
    let Some((_, lesson)) = page.route.with_untracked(|r| lessons::find(&r.slug)) else {
        return;
    };
    let steps = lesson.derivation.len();
    if steps == 0 {
        return;
    }
    let current = page.route.with_untracked(|r| {
        r.query
            .get("step")
            .and_then(|s| params::parse_integer("step", s, 1, steps).ok())
            .unwrap_or(1)
    });
    let next = if forward {
        (current + 1).min(steps)
    } else {
        current.saturating_sub(1).max(1)
    };
    ev.prevent_default();
    if next != current {
        page.update_query(|q| q.set("step", next.to_string()));
    }
}

/// A link to `slug` that keeps the language and lecture mode the user chose in the URL.
pub fn link_to(route: &Route, slug: &str) -> String {
    let mut target = Route::to(slug);
    for key in ["lang", "lecture"] {
        if let Some(v) = route.query.get(key) {
            target.query.set(key, v);
        }
    }
    target.to_hash()
}

#[component]
fn Header(lecture: Memo<bool>, folded: Memo<bool>, toc_open: RwSignal<bool>) -> impl IntoView {
    let page = use_page();
    let fullscreen_refused = RwSignal::new(false);
    let set_lang = move |l: Lang| {
        web::store_lang(l);
        page.lang_fallback.set(l);
        page.update_query(|q| q.set("lang", l.tag()));
    };
    // On a phone the controls fold into a menu button (CSS shows the button and hides the
    // controls below 40rem); a choice made there closes it.
    let menu_open = RwSignal::new(false);
    Effect::new(move |_| {
        page.route.with(|r| r.slug.clone());
        menu_open.set(false);
    });
    let on_escape = window_event_listener(ev::keydown, move |ev| {
        if ev.key() == "Escape" && menu_open.get_untracked() {
            menu_open.set(false);
        }
    });
    on_cleanup(move || on_escape.remove());
    view! {
        <header class="site-header">
            <a class="brand" href=move || link_to(&page.route.get(), "")>{move || page.t(APP_NAME)}</a>
            <button type="button" class="menu-toggle" data-testid="menu-toggle" aria-controls="header-controls"
                aria-expanded=move || menu_open.get().to_string() on:click=move |_| menu_open.update(|o| *o = !*o)>
                "☰ " {move || page.t(MENU)}
            </button>
            <div id="header-controls" class="header-controls" class:open=menu_open
                on:click=move |ev| {
                    let on_button = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|el| el.closest("button").ok().flatten())
                        .is_some();
                    if on_button {
                        menu_open.set(false);
                    }
                }>
                <Show when=move || folded.get()>
                    <button type="button" class="toc-toggle" data-testid="toc-toggle" aria-controls="site-nav"
                        aria-expanded=move || toc_open.get().to_string() on:click=move |_| toc_open.update(|o| *o = !*o)>
                        "☰ " {move || page.t(CONTENTS)}
                    </button>
                </Show>
                <div role="group" class="lang-switch" aria-label=move || page.t(LANGUAGE)>
                    {Lang::ALL.into_iter().map(|l| view! {
                        <button type="button" data-testid=format!("lang-{}", l.tag()) lang=l.tag()
                            aria-pressed=move || (page.lang.get() == l).to_string()
                            on:click=move |_| set_lang(l)>
                            {l.tag().to_uppercase()}
                        </button>
                    }).collect_view()}
                </div>
                <button type="button" data-testid="lecture-toggle" aria-pressed=move || lecture.get().to_string()
                    on:click=move |_| page.update_query(|q| if lecture.get_untracked() { q.remove("lecture") } else { q.set("lecture", "1") })>
                    {move || page.t(LECTURE_MODE)}
                </button>
                <button type="button" data-testid="fullscreen" on:click=move |_| fullscreen_refused.set(web::toggle_fullscreen().is_err())>
                    {move || page.t(FULLSCREEN)}
                </button>
            </div>
            <Show when=move || fullscreen_refused.get()>
                <p class="notice" role="status">{move || page.t(FULLSCREEN_REFUSED)}</p>
            </Show>
        </header>
    }
}

#[component]
fn Home() -> impl IntoView {
    let page = use_page();
    view! {
        <article class="home" data-testid="home">
            <h1>{move || page.t(APP_NAME)}</h1>
            <p class="lead">{move || page.t(HOME_LEAD)}</p>
            // The home page is the contents (the side navigation is not shown here).
            <nav aria-label=move || page.t(NAV_LABEL)>
                <Contents/>
            </nav>
        </article>
    }
}

#[component]
fn NotFound(slug: String) -> impl IntoView {
    let page = use_page();
    view! {
        <article class="not-found" data-testid="not-found">
            <h1>{move || page.t(NOT_FOUND_TITLE)}</h1>
            <p>{move || page.t(NOT_FOUND_TEXT)} " " <code>{format!("#/{slug}")}</code></p>
            <p>{move || page.t(NOT_FOUND_HINT)}</p>
            <Contents/>
        </article>
    }
}

#[component]
fn PrevNext(index: usize) -> impl IntoView {
    let page = use_page();
    let link = move |i: usize, label: crate::i18n::Text, testid: &'static str| {
        LESSONS.get(i).map(|lesson| {
            view! {
                <a href=move || link_to(&page.route.get(), lesson.slug) data-testid=testid>
                    {move || page.t(label)} ": " {move || page.t(lesson.title)}
                </a>
            }
        })
    };
    view! {
        <div class="prev-next">
            {index.checked_sub(1).and_then(|i| link(i, PREV_LESSON, "prev-lesson"))}
            {link(index + 1, NEXT_LESSON, "next-lesson")}
            <a href=move || link_to(&page.route.get(), "glossary")>{move || page.t(GLOSSARY_TITLE)}</a>
            <a href=move || link_to(&page.route.get(), "about") data-testid="about-link">{move || page.t(ABOUT_TITLE)}</a>
        </div>
    }
}
