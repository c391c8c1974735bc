//! The one component that shows a computed number: formatted for people, with the exact value
//! in `data-value` (shortest round-trip f64; `inf`, `-inf`; empty while there is none) and a `data-testid` that course
//! staff and tests read.

use leptos::prelude::*;

use crate::i18n::{agree, format_number};

use super::use_page;

/// The exact machine form of a readout value.
pub fn machine_value(value: f64) -> String {
    // NaN means "no value yet" (a benchmark still running): the attribute stays empty.
    if value.is_nan() {
        return String::new();
    }
    // `{:?}` is Rust's shortest round-trip form: 0.1 → "0.1", ∞ → "inf", 1e-7 → "1e-7".
    format!("{value:?}")
}

/// A labelled number.
#[component]
pub fn Readout(
    /// The `data-testid`.
    name: &'static str,
    /// The label, in the page's language.
    #[prop(into)]
    label: Signal<String>,
    /// The value.
    #[prop(into)]
    value: Signal<f64>,
    /// The unit after the number.
    #[prop(optional, into)]
    unit: Signal<String>,
    /// Significant digits shown.
    #[prop(default = 4)]
    digits: usize,
    /// For a value derived from a training run: the iteration it was computed for, shown as
    /// `data-iteration` so a test (or a course page) can wait for the final state.
    #[prop(optional, into)]
    iteration: Option<Signal<Option<u64>>>,
) -> impl IntoView {
    let page = use_page();
    let computed_at = move || iteration.and_then(|i| i.get()).map(|i| i.to_string());
    let shown = Memo::new(move |_| format_number(value.get(), digits, page.lang.get()));
    view! {
        <div class="readout">
            <span class="readout-label">{label}</span>
            <output data-testid=name data-value=move || machine_value(value.get()) data-iteration=computed_at aria-live="polite">
                {shown}
            </output>
            // «0,5 ната», «2 бита», "1 nat": the unit agrees with the number shown.
            <span class="readout-unit">{move || agree(&unit.get(), &shown.get())}</span>
        </div>
    }
}

/// A labelled name (a backend, a status).
#[component]
pub fn NameReadout(
    /// The `data-testid`.
    name: &'static str,
    /// The label.
    #[prop(into)]
    label: Signal<String>,
    /// The machine value (shown unless `shown` is given).
    #[prop(into)]
    value: Signal<String>,
    /// What people read instead of the machine value (a translated status).
    #[prop(optional, into)]
    shown: Option<Signal<String>>,
) -> impl IntoView {
    let shown = shown.unwrap_or(value);
    view! {
        <div class="readout">
            <span class="readout-label">{label}</span>
            <output data-testid=name data-value=move || value.get() aria-live="polite">{move || shown.get()}</output>
        </div>
    }
}
