//! The 1-D lab's readouts: p_g's moments against p_data's, D, V and JS, and where D* is drawn.
//! Each number taken from a snapshot carries that snapshot's iteration.

use leptos::prelude::*;

use super::state::Lab;
use super::text;
use crate::components::Readout;
use crate::data::Mixture;
use crate::i18n::NATS;
use crate::lessons::gan_2d::kit::words;

/// The lab's numbers, under the run's controls.
pub fn readouts(lab: Lab) -> impl IntoView {
    let (sampled, exact) = (lab.sampled.iteration(), lab.exact.iteration());
    let data = lab.data.value;
    let data_mean = Signal::derive(move || data.with(Mixture::mean));
    let data_std = Signal::derive(move || data.with(Mixture::std));
    view! {
        <div class="readouts">
            <Readout name="g-mean" label=words(text::G_MEAN) value=lab.sampled.number(|s| s.mean) digits=4 iteration=sampled/>
            <Readout name="g-std" label=words(text::G_STD) value=lab.sampled.number(|s| s.std) digits=4 iteration=sampled/>
            <Readout name="data-mean" label=words(text::DATA_MEAN) value=data_mean digits=4/>
            <Readout name="data-std" label=words(text::DATA_STD) value=data_std digits=4/>
            <Readout name="d-mean" label=words(text::D_MEAN) value=lab.exact.number(|e| e.d_mean) digits=4 iteration=exact/>
            <Readout name="v-d-g" label=words(text::V_NOW) value=lab.exact.number(|e| e.v) unit=words(NATS) digits=5 iteration=exact/>
            <Readout name="js-estimate" label=words(text::JS_EST) value=lab.exact.number(|e| e.js) unit=words(NATS) digits=4 iteration=exact/>
        </div>
    }
}

/// Where D* is drawn: the first and last x (elsewhere both densities are negligible).
pub fn dstar_readouts(lab: Lab) -> impl IntoView {
    let exact = lab.exact.iteration();
    view! {
        <div class="readouts">
            <Readout name="dstar-from" label=words(text::DSTAR_FROM) value=lab.exact.number(|e| e.dstar_span.0) digits=3 iteration=exact/>
            <Readout name="dstar-to" label=words(text::DSTAR_TO) value=lab.exact.number(|e| e.dstar_span.1) digits=3 iteration=exact/>
        </div>
    }
}
