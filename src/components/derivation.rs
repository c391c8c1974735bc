//! A derivation revealed one step at a time. The step lives in the URL (`step=N`); the app
//! shell maps → / Space / PageDown and ← / PageUp (what presentation clickers send) to it.

use leptos::prelude::*;

use crate::i18n::{ALL_STEPS, DERIVATION, NEXT_STEP, PREV_STEP, STEP_KEYS, STEP_OF, Text};

use super::{Math, RichText, use_page};

/// One step: words (with inline `$…$` math) and an optional display formula.
#[derive(Clone, Copy, Debug)]
pub struct Step {
    /// What the step says.
    pub text: Text,
    /// The step's display formula, LaTeX.
    pub tex: Option<&'static str>,
}

/// Whether the current step is one of `steps`: what lights a control or figure tied to them
/// (`class:cue=cue(step, &[4, 5])`). A signal, so every cue shares one rendering path.
pub fn cue(current: Signal<usize>, steps: &'static [usize]) -> Signal<bool> {
    Signal::derive(move || steps.contains(&current.get()))
}

/// Whether lecture mode lays the derivation beside the figures (the CSS's wide screen).
fn side_by_side() -> bool {
    window()
        .match_media("(min-width: 56rem)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// The figure the current step talks about: the one its cue lights (or the first in the cued
/// control's section), else the lesson's first figure beside the derivation.
fn step_figure() -> Option<web_sys::Element> {
    let doc = document();
    let beside = ".lesson-grid > :not(.derivation)";
    let first = |el: &web_sys::Element| -> Option<web_sys::Element> {
        if el.tag_name().eq_ignore_ascii_case("figure") {
            return Some(el.clone());
        }
        el.query_selector("figure").ok().flatten()
    };
    // A cued figure first; else the figure of a cued control's section.
    let cued_figure = doc
        .query_selector(&format!("{beside} .cue figure, {beside} figure.cue"))
        .ok()
        .flatten();
    let cued = cued_figure.or_else(|| {
        doc.query_selector(&format!("{beside} .cue, {beside}.cue"))
            .ok()
            .flatten()
            .and_then(|cue| {
                first(&cue).or_else(|| {
                    cue.closest("section")
                        .ok()
                        .flatten()
                        .and_then(|s| first(&s))
                })
            })
    });
    cued.or_else(|| {
        doc.query_selector(&format!("{beside} figure"))
            .ok()
            .flatten()
    })
}

/// The derivation, showing steps `1..=current`.
#[component]
pub fn Derivation(
    /// All steps.
    steps: &'static [Step],
    /// How many are revealed (1-based, clamped by the caller to `1..=steps.len()`).
    #[prop(into)]
    current: Signal<usize>,
    /// Reveals up to the given step; by default it writes `step=` to the URL.
    #[prop(optional)]
    set_step: Option<Callback<usize>>,
) -> impl IntoView {
    let page = use_page();
    let set_step = set_step.unwrap_or_else(|| {
        Callback::new(move |k: usize| page.update_query(|q| q.set("step", k.to_string())))
    });
    let n = steps.len();
    let counter = move || {
        page.t(STEP_OF)
            .replace("{k}", &current.get().to_string())
            .replace("{n}", &n.to_string())
    };
    let list_ref = NodeRef::<leptos::html::Ol>::new();
    let lecture = Memo::new(move |_| page.route.with(|r| r.query.get("lecture") == Some("1")));
    // Keep the newest step in view on a projector (pushes state to the DOM only). In lecture
    // mode the derivation stands beside the figures (a slide per step): first the figure the
    // step talks about (its cue), or else the first figure, comes into view, then the step.
    Effect::new(move |_| {
        let k = current.get();
        let slide = lecture.get();
        let Some(list) = list_ref.get() else { return };
        // After the next frame: the step's cues are drawn by then.
        request_animation_frame(move || {
            let nearest = || {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                options
            };
            if slide
                && side_by_side()
                && let Some(figure) = step_figure()
            {
                figure.scroll_into_view_with_scroll_into_view_options(&nearest());
            }
            if let Ok(Some(el)) = list.query_selector(&format!("[data-step='{k}']")) {
                el.scroll_into_view_with_scroll_into_view_options(&nearest());
            }
        });
    });
    view! {
        <section class="derivation" aria-labelledby="derivation-title">
            <h2 id="derivation-title">{move || page.t(DERIVATION)}</h2>
            <ol class="steps" node_ref=list_ref aria-live="polite">
                {steps.iter().enumerate().map(|(i, step)| {
                    let k = i + 1;
                    let text = Signal::derive(move || step.text.get(page.lang.get()));
                    view! {
                        <li class="step" data-step=k data-testid=format!("step-{k}")
                            class:current=move || current.get() == k
                            hidden=move || { k > current.get() }>
                            <p><RichText text=text/></p>
                            {step.tex.map(|tex| view! { <Math tex=tex display=true/> })}
                        </li>
                    }
                }).collect_view()}
            </ol>
            <div class="step-bar">
                <button type="button" data-testid="prev-step" disabled=move || { current.get() <= 1 }
                    on:click=move |_| set_step.run(current.get_untracked().saturating_sub(1).max(1))>
                    "← " {move || page.t(PREV_STEP)}
                </button>
                <span class="step-counter" data-testid="step-counter">{counter}</span>
                <button type="button" data-testid="next-step" disabled=move || { current.get() >= n }
                    on:click=move |_| set_step.run((current.get_untracked() + 1).min(n))>
                    {move || page.t(NEXT_STEP)} " →"
                </button>
                <button type="button" data-testid="all-steps" disabled=move || { current.get() >= n }
                    on:click=move |_| set_step.run(n)>
                    {move || page.t(ALL_STEPS)}
                </button>
            </div>
            <p class="hint">{move || page.t(STEP_KEYS)}</p>
        </section>
    }
}
