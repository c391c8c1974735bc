//! The JS lesson's live search for counterexamples to the triangle inequality: a chunk of
//! random triples per animation frame until stopped or done, with each candidate's violations
//! and its worst triple, which a button loads into the editors (lit at step 7).

use leptos::prelude::*;

use crate::components::{cue, tr, use_page};
use crate::i18n::Lang;
use crate::math::triangle::{Candidate, Search, Triple};

use super::text;
use crate::i18n::format_number;
use crate::lessons::dists::{Dists, numbers};

/// Triples checked per animation frame by the search.
const PER_FRAME: usize = 400;
/// The search stops by itself after this many triples.
const SEARCH_LIMIT: u64 = 40_000;

/// What the search shows, copied out of [`Search`] after each frame.
#[derive(Clone, Debug, Default, PartialEq)]
struct SearchView {
    running: bool,
    tried: u64,
    violations: [u64; 3],
    worst: [Option<(f64, Triple)>; 3],
}

/// One frame of search `id`: checks a chunk, shows it, and asks for the next frame. `run_id`
/// numbers the searches: a frame of a stopped or replaced search ends its chain, and after the
/// page is left every access is a `try_` (the signals are gone), never a panic.
fn frame(
    search: StoredValue<Option<Search>, LocalStorage>,
    view: RwSignal<SearchView>,
    run_id: StoredValue<u32>,
    id: u32,
) {
    let current = run_id.try_get_value() == Some(id);
    if !current || !view.try_with_untracked(|v| v.running).unwrap_or(false) {
        return;
    }
    let snapshot = search.try_update_value(|s| {
        let s = s.as_mut()?;
        s.step(PER_FRAME);
        let idx = |c: Candidate| Candidate::ALL.iter().position(|x| *x == c).unwrap_or(0);
        let mut out = SearchView {
            running: s.tried() < SEARCH_LIMIT,
            tried: s.tried(),
            ..SearchView::default()
        };
        for c in Candidate::ALL {
            out.violations[idx(c)] = s.violations(c);
            out.worst[idx(c)] = s.worst(c).map(|(e, t)| (e, t.clone()));
        }
        Some(out)
    });
    match snapshot.flatten() {
        Some(v) => {
            let again = v.running;
            view.try_set(v);
            if again {
                request_animation_frame(move || frame(search, view, run_id, id));
            }
        }
        None => {
            view.try_update(|v| v.running = false);
        }
    }
}

/// A triple in the page's language: «(0,25; 0,75)» in Russian, "(0.25, 0.75)" in English.
fn triple_text(tr: &Triple, lang: Lang) -> String {
    let sep = if lang == Lang::Ru { "; " } else { ", " };
    let f = |v: &[f64]| numbers(v, lang, sep);
    format!("P = ({}), Q = ({}), R = ({})", f(&tr.p), f(&tr.q), f(&tr.r))
}

/// The search section over the editors `d` (its triples have their number of outcomes).
pub fn section(d: Dists) -> impl IntoView {
    let page = use_page();
    let search_view = RwSignal::new(SearchView::default());
    let search = StoredValue::new_local(None::<Search>);
    let run_id = StoredValue::new(0u32);
    let start = move |_| {
        let n = d.shown[0].with_untracked(Vec::len);
        search.set_value(Some(Search::new(n, js_sys::Date::now() as u64)));
        let id = run_id.get_value().wrapping_add(1);
        run_id.set_value(id);
        search_view.set(SearchView {
            running: true,
            ..SearchView::default()
        });
        request_animation_frame(move || frame(search, search_view, run_id, id));
    };
    let stop = move |_| search_view.update(|v| v.running = false);
    on_cleanup(move || search_view.try_update(|v| v.running = false).unwrap_or(()));
    let running = move || search_view.with(|v| v.running);
    let tried = move || search_view.with(|v| v.tried.to_string());
    let done_verdict = Signal::derive(move || {
        search_view.with(|v| {
            !v.running
                && v.tried > 0
                && v.violations[0] == 0
                && v.violations[1] > 0
                && v.violations[2] > 0
        })
    });
    let candidate_name = move |c: Candidate| match c {
        Candidate::SqrtJs => text::SQRT_JS_NAME.to_string(),
        Candidate::Js => text::JS_NAME.to_string(),
        Candidate::SymKl => page.t(text::SYM_KL_NAME).to_string(),
    };
    let row = move |(k, &c): (usize, &Candidate)| {
        let violations = move || search_view.with(|v| v.violations[k].to_string());
        view! {
            <tr data-testid=format!("search-{}", c.as_str())>
                <th scope="row">{move || candidate_name(c)}</th>
                <td><output data-testid=format!("violations-{}", c.as_str()) data-value=violations>
                    {violations}
                </output></td>
                <td>
                    {move || search_view.with(|v| v.worst[k].clone()).filter(|(e, _)| *e > 0.0).map(|(e, tr)| {
                        let lang = page.lang.get();
                        let shown = triple_text(&tr, lang);
                        view! {
                            <span class="worst">{format_number(e, 4, lang)} " — " {shown}</span>
                            " "
                            <button type="button" data-testid=format!("load-{}", c.as_str())
                                on:click=move |_| d.load(&[tr.p.clone(), tr.q.clone(), tr.r.clone()])>{page.t(text::LOAD)}</button>
                        }
                    })}
                </td>
            </tr>
        }
    };
    view! {
        <section class="search" aria-labelledby="search-title" class:cue=cue(d.step, &[7])>
            <h2 id="search-title">{tr(text::SEARCH)}</h2>
            <p class="hint">{tr(text::SEARCH_HINT)}</p>
            <div class="button-row">
                <button type="button" data-testid="search-start" disabled=running on:click=start>
                    {tr(text::START)}
                </button>
                <button type="button" data-testid="search-stop" disabled=move || !running() on:click=stop>
                    {tr(text::STOP)}
                </button>
            </div>
            <p>
                {tr(text::TRIED)} ": "
                <output data-testid="search-tried" data-value=tried>{tried}</output>
            </p>
            <table class="search-table">
                <thead><tr>
                    <th scope="col">{tr(text::CANDIDATE)}</th>
                    <th scope="col">{tr(text::VIOLATIONS)}</th>
                    <th scope="col">{tr(text::WORST)}</th>
                </tr></thead>
                <tbody>
                    {Candidate::ALL.iter().enumerate().map(row).collect_view()}
                </tbody>
            </table>
            <Show when=move || done_verdict.get()>
                <p class="notice" role="status" data-testid="search-verdict">{tr(text::VERDICT)}</p>
            </Show>
        </section>
    }
}
