//! The 2-D lab's readouts: D's mean on data and samples, the JS estimate beside its noise floor,
//! and the modes covered. Each number carries the iteration of the snapshot it came from.

use leptos::prelude::*;

use super::kit::{modes_readout, words};
use super::state::Lab;
use super::text;
use crate::components::Readout;
use crate::i18n::NATS;

/// The lab's numbers, under the run's controls.
pub fn readouts(lab: Lab) -> impl IntoView {
    let (d, e) = (lab.d, lab.estimate);
    let (at_d, at_e) = (d.iteration(), e.iteration());
    view! {
        <div class="readouts">
            <Readout name="d-real" label=words(text::D_REAL) value=d.number(|d| d.0) iteration=at_d/>
            <Readout name="d-fake" label=words(text::D_FAKE) value=d.number(|d| d.1) iteration=at_d/>
            <Readout name="d-mean" label=words(text::D_MEAN) value=d.number(|d| 0.5 * (d.0 + d.1)) iteration=at_d/>
            <Readout name="js-estimate" label=words(text::JS_EST) value=e.number(|e| e.js) unit=words(NATS) iteration=at_e/>
            <Readout name="js-noise" label=words(text::JS_NOISE) value=e.number(|e| e.js_noise) unit=words(NATS) iteration=at_e/>
            {modes_readout(text::MODES, e, |e| e.modes)}
        </div>
    }
}
