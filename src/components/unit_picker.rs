//! The nats / bits switch of the information-theory lessons: one radio group that writes
//! `unit=` to the URL.

use leptos::prelude::*;

use crate::i18n::{BITS, NATS, UNIT};
use crate::math::Unit;

use super::{tr, use_page};

/// Radio buttons for the unit (`unit-nats`, `unit-bits`), stored in the URL.
#[component]
pub fn UnitPicker(
    /// The unit shown.
    #[prop(into)]
    unit: Signal<Unit>,
) -> impl IntoView {
    let page = use_page();
    let set_unit = move |u: Unit| page.update_query(|q| q.set("unit", u.as_str()));
    view! {
        <fieldset class="unit-picker">
            <legend>{tr(UNIT)}</legend>
            {[Unit::Nats, Unit::Bits].into_iter().map(|u| view! {
                <label>
                    <input type="radio" name="unit" data-testid=format!("unit-{}", u.as_str())
                        prop:checked=move || unit.get() == u on:change=move |_| set_unit(u)/>
                    {tr(if u == Unit::Bits { BITS } else { NATS })}
                </label>
            }).collect_view()}
        </fieldset>
    }
}
