//! The demo's controls: the test function, a slider for μ, σ and c (previewing while dragged),
//! a whole-number field for n, and "draw again" beside the seed.

use leptos::prelude::*;

use crate::components::{Readout, tr};
use crate::i18n::{format_number, typed_decimal};

use super::super::gan_common::label;
use super::state::{MAX_SEED, N, NUMS, State};
use super::text;

/// The test function and the four numbers.
pub fn sliders(s: State) -> impl IntoView {
    let live = s.live;
    view! {
        <div class="sliders">
            <label class="slider">
                <span>{tr(text::FUNCTION)}</span>
                <select data-testid="f-select"
                    on:change=move |ev| s.set("f", event_target_value(&ev))>
                    {[("square", "(z − c)²", false), ("sin", "sin z", true)].into_iter().map(|(key, name, sin)| view! {
                        <option value=key selected=move || live.with(|p| p.sin == sin)>{name}</option>
                    }).collect_view()}
                </select>
            </label>
            {(0..NUMS.len()).map(|k| control(s, k)).collect_view()}
        </div>
    }
}

/// One control per number: a range slider (drafts while dragging, the URL on release), or for
/// n a whole-number field (the URL on change; a value out of range gives a notice). A typed
/// decimal comma reads as a point, as everywhere in the app.
fn control(s: State, k: usize) -> impl IntoView {
    let (num, live, draft, lang) = (&NUMS[k], s.live, s.draft, s.page.lang);
    let read = move || live.with(|p| p.nums[k]);
    let kind = if k == N { "number" } else { "range" };
    view! {
        <label class="slider">
            <span>{tr(num.label)} " = " {move || format_number(read(), 4, lang.get())}</span>
            <input type=kind
                min=num.range().0 max=num.range().1 step=num.step
                data-testid=format!("{}-input", num.key())
                prop:value=move || read().to_string()
                on:input=move |ev| {
                    if k != N && let Ok(v) = typed_decimal(&event_target_value(&ev)).parse::<f64>() {
                        draft.set(Some((k, v.clamp(num.range().0, num.range().1))));
                    }
                }
                on:change=move |ev| {
                    draft.set(None);
                    s.set(num.key(), typed_decimal(&event_target_value(&ev)));
                }/>
        </label>
    }
}

/// "Draw again" (the next seed) and the seed readout.
pub fn resample(s: State) -> impl IntoView {
    let live = s.live;
    let next = move |_| {
        let next = (live.with_untracked(|p| p.seed) + 1) % (MAX_SEED + 1);
        s.set("seed", next.to_string());
    };
    view! {
        <div class="button-row">
            <button type="button" data-testid="resample" on:click=next>{tr(text::RESAMPLE)}</button>
            <Readout name="seed" label=label(text::SEED)
                value=Signal::derive(move || live.with(|p| p.seed as f64)) digits=10/>
        </div>
    }
}
