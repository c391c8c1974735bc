//! The glossary page: the seminar's Russian terms beside the English ones.

use leptos::prelude::*;

use crate::components::use_page;
use crate::i18n::{GLOSSARY, GLOSSARY_EN, GLOSSARY_NOTE, GLOSSARY_RU, GLOSSARY_TITLE};

/// `#/glossary`.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    let page = use_page();
    view! {
        <article class="glossary" data-testid="glossary">
            <h1>{move || page.t(GLOSSARY_TITLE)}</h1>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{move || page.t(GLOSSARY_RU)}</th>
                        <th scope="col">{move || page.t(GLOSSARY_EN)}</th>
                        <th scope="col">{move || page.t(GLOSSARY_NOTE)}</th>
                    </tr>
                </thead>
                <tbody>
                    {GLOSSARY.iter().map(|term| view! {
                        <tr>
                            <td lang="ru">{term.ru}</td>
                            <td lang="en">{term.en}</td>
                            <td>{move || page.t(term.note)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </article>
    }
}
