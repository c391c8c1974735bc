//! The table of contents, from the lesson registry, in the seminar's three parts.

use leptos::prelude::*;

use crate::components::use_page;
use crate::i18n::{ABOUT_TITLE, CONTENTS, GLOSSARY_TITLE, PART_EMPTY};
use crate::lessons::{self, Part};

use super::link_to;

/// The contents list (the site `<nav>` wraps it; the home and not-found pages show it too).
#[component]
pub fn Contents() -> impl IntoView {
    let page = use_page();
    let current = Memo::new(move |_| page.route.with(|r| r.slug.clone()));
    let item = move |slug: &'static str,
                     title: crate::i18n::Text,
                     summary: Option<crate::i18n::Text>| {
        view! {
            <li>
                <a href=move || link_to(&page.route.get(), slug) data-testid=format!("toc-{slug}") data-slug=slug
                    aria-current=move || (current.get() == slug).then_some("page")>
                    {move || page.t(title)}
                </a>
                {summary.map(|s| view! { <span class="toc-summary">{move || page.t(s)}</span> })}
            </li>
        }
    };
    view! {
        <div class="contents" data-testid="contents">
            <h2>{move || page.t(CONTENTS)}</h2>
            {Part::ALL.into_iter().map(|part| {
                let entries: Vec<_> = lessons::in_part(part).collect();
                view! {
                    <section class="toc-part">
                        <h3>{move || page.t(part.title())}</h3>
                        {if entries.is_empty() {
                            view! { <p class="toc-empty">{move || page.t(PART_EMPTY)}</p> }.into_any()
                        } else {
                            view! {
                                <ol class="toc-lessons">
                                    {entries.into_iter().map(|l| item(l.slug, l.title, Some(l.summary))).collect_view()}
                                </ol>
                            }.into_any()
                        }}
                    </section>
                }
            }).collect_view()}
            <ul class="toc-extra">
                {item("glossary", GLOSSARY_TITLE, None)}
                {item("about", ABOUT_TITLE, None)}
            </ul>
        </div>
    }
}
