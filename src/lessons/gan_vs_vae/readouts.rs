//! The GAN-vs-VAE lab's readouts: what both models are measured against (the data's floors),
//! the same four estimates for each model, the GAN's losses and the VAE's ELBO terms. Each
//! carries the iteration of the snapshot it was computed from (`data-iteration`).

use leptos::prelude::*;

use super::measure::Comparison;
use super::state::{Estimate, Lab, iteration, number};
use super::text;
use crate::components::Readout;
use crate::i18n::NATS;
use crate::lessons::lab::controls::{LOSS_D, LOSS_G, label};
use crate::protocol::VaeView;

/// One number of a comparison.
type Pick = fn(&Comparison) -> f64;

/// A number both estimates share (it depends on the data alone): the GAN's, else the VAE's;
/// with its iteration.
pub fn shared(lab: Lab, pick: Pick) -> (Signal<f64>, Signal<Option<u64>>) {
    let (gan, vae) = (lab.gan_est, lab.vae_est);
    let either = move || {
        gan.with(|g| g.as_ref().map(|(it, c)| (*it, pick(c))))
            .or_else(|| vae.with(|v| v.as_ref().map(|(it, c)| (*it, pick(c)))))
    };
    (
        Signal::derive(move || either().map_or(f64::NAN, |(_, x)| x)),
        Signal::derive(move || either().and_then(|(it, _)| it)),
    )
}

/// What both models are measured against: the data's modes and the estimators' floors.
pub fn floors(lab: Lab) -> impl IntoView {
    let (modes, modes_at) = shared(lab, |c| c.estimate.modes.1 as f64);
    let (noise, noise_at) = shared(lab, |c| c.estimate.js_noise);
    let (floor, floor_at) = shared(lab, |c| c.neighbours.floor);
    view! {
        <div class="readouts">
            <Readout name="modes-total" label=label(text::MODES_OF) value=modes iteration=modes_at digits=2/>
            <Readout name="js-noise" label=label(text::JS_NOISE) value=noise iteration=noise_at unit=label(NATS)/>
            <Readout name="nn-floor" label=label(text::NN_FLOOR) value=floor iteration=floor_at/>
        </div>
    }
}

/// One model's estimates, under test ids `names` (modes, JS, to the data, to the model).
fn estimates(est: Memo<Estimate>, names: [&'static str; 4]) -> impl IntoView {
    let at = iteration(est);
    let [modes, js, to_data, to_model] = names;
    view! {
        <Readout name=modes label=label(text::MODES) value=number(est, |c| c.estimate.modes.0 as f64) iteration=at digits=2/>
        <Readout name=js label=label(text::JS) value=number(est, |c| c.estimate.js) iteration=at unit=label(NATS)/>
        <Readout name=to_data label=label(text::TO_DATA) value=number(est, |c| c.neighbours.to_data) iteration=at/>
        <Readout name=to_model label=label(text::TO_MODEL) value=number(est, |c| c.neighbours.to_model) iteration=at/>
    }
}

/// The GAN's estimates and its last losses.
pub fn gan_readouts(lab: Lab) -> impl IntoView {
    let (run, tick) = (lab.gan, lab.gan_ticks.readouts);
    let losses = crate::lessons::lab::paced(tick, move || (run.iteration.get(), run.losses.get()));
    let at = Signal::derive(move || losses.get().0);
    view! {
        <div class="readouts">
            {estimates(lab.gan_est, ["gan-modes", "gan-js", "gan-to-data", "gan-to-model"])}
            <Readout name="loss-d" label=label(LOSS_D) value=Signal::derive(move || losses.get().1.0) iteration=at/>
            <Readout name="loss-g" label=label(LOSS_G) value=Signal::derive(move || losses.get().1.1) iteration=at/>
        </div>
    }
}

/// The VAE's estimates and its ELBO's terms.
pub fn vae_readouts(lab: Lab) -> impl IntoView {
    let (run, tick) = (lab.vae, lab.vae_ticks.readouts);
    // E log p(x|z), KL and σ_x of the latest view (NaN before the first).
    let terms = crate::lessons::lab::paced(tick, move || {
        let of = |v: &VaeView| [v.recon_term, v.kl_term, v.sigma_x];
        (
            run.iteration.get(),
            run.vae.with(|v| v.as_ref().map_or([f64::NAN; 3], of)),
        )
    });
    let at = Signal::derive(move || terms.get().0);
    let part = move |f: fn([f64; 3]) -> f64| Signal::derive(move || f(terms.get().1));
    view! {
        <div class="readouts">
            {estimates(lab.vae_est, ["vae-modes", "vae-js", "vae-to-data", "vae-to-model"])}
            <Readout name="elbo" label=label(text::ELBO) value=part(|[recon, kl, _]| recon - kl) iteration=at unit=label(NATS)/>
            <Readout name="recon" label=label(text::RECON) value=part(|t| t[0]) iteration=at unit=label(NATS)/>
            <Readout name="kl" label=label(text::KL) value=part(|t| t[1]) iteration=at unit=label(NATS)/>
            <Readout name="sigma-x" label=label(text::SIGMA_X) value=part(|t| t[2]) iteration=at/>
        </div>
    }
}
