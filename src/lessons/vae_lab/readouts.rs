//! The VAE lab's readouts: the ELBO and its two terms, σ_x against the data's spread, and on
//! 1-D data −H(data) with the ELBO's gap to it. Each number from a snapshot carries the
//! snapshot's iteration.

use leptos::prelude::*;

use super::state::Vae;
use super::text;
use crate::components::{Readout, use_page};
use crate::i18n::{NATS, Text};
use crate::lessons::gan_2d::kit::words;

/// `one` on 1-D data, `two` on 2-D data, in the page's language.
pub fn by_dim(vae: Vae, one: Text, two: Text) -> Signal<String> {
    let page = use_page();
    let dim = vae.dim;
    Signal::derive(move || page.t(if dim.get() == 1 { one } else { two }).to_string())
}

/// The readouts.
pub fn readouts(vae: Vae) -> impl IntoView {
    let (at, neg_h, elbo) = (vae.at, vae.neg_h, vae.elbo);
    let gap = Signal::derive(move || elbo.get() - neg_h.get());
    let nats = words(NATS);
    view! {
        <div class="readouts">
            <Readout name="elbo" label=words(text::ELBO) value=elbo unit=nats digits=5 iteration=at/>
            <Readout name="recon" label=words(text::RECON) value=vae.recon unit=nats digits=5 iteration=at/>
            <Readout name="kl" label=words(text::KL) value=vae.kl unit=nats digits=5 iteration=at/>
            <Readout name="sigma-x" label=words(text::SIGMA_X) value=vae.sigma_x digits=4 iteration=at/>
            <Readout name="data-std" label=by_dim(vae, text::DATA_STD_1D, text::DATA_STD_2D) value=vae.data_std digits=4 iteration=at/>
            <Readout name="sigma-ratio" label=words(text::SIGMA_RATIO) value=vae.ratio digits=3 iteration=at/>
            <Show when=move || vae.dim.get() == 1>
                <Readout name="neg-entropy" label=words(text::NEG_H) value=neg_h unit=nats digits=5/>
                <Readout name="elbo-gap" label=words(text::GAP) value=gap unit=nats digits=3 iteration=at/>
            </Show>
        </div>
    }
}
