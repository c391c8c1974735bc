//! A labelled range input: shows its value, previews while dragged (`draft`), and reports the
//! finished value once (`commit`, on `change`: release, or each key press).

use leptos::prelude::*;

use crate::i18n::{Text, format_number};

use super::{tr, use_page};

/// One slider.
#[component]
pub fn Slider(
    /// The input's `data-testid`.
    #[prop(into)]
    name: String,
    /// What it sets, e.g. "a" or "mean μ".
    label: Text,
    /// The value shown.
    #[prop(into)]
    value: Signal<f64>,
    /// Smallest value.
    min: f64,
    /// Largest value.
    max: f64,
    /// Step.
    step: f64,
    /// While dragged.
    draft: Callback<f64>,
    /// When released.
    commit: Callback<f64>,
    /// Greyed out.
    #[prop(optional, into)]
    disabled: Signal<bool>,
) -> impl IntoView {
    let page = use_page();
    let read = move |ev: &leptos::ev::Event| {
        event_target_value(ev)
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .map(|v| v.clamp(min, max))
    };
    view! {
        <label class="slider">
            <span>{tr(label)} " = " {move || format_number(value.get(), 4, page.lang.get())}</span>
            <input type="range" min=min max=max step=step data-testid=name disabled=disabled
                prop:value=move || value.get().to_string()
                on:input=move |ev| { if let Some(v) = read(&ev) { draft.run(v) } }
                on:change=move |ev| { if let Some(v) = read(&ev) { commit.run(v) } }/>
        </label>
    }
}
