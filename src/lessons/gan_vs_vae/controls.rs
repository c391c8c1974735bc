//! One control bar for two runs: play/pause, one iteration, reset and a speed cap act on both;
//! one backend picker restarts both there. Each run's status, iteration, speed, backend used
//! and notices are shown under its own test ids; the page's frame rate once.

use leptos::prelude::*;

use super::lab::paced;
use super::text;
use crate::components::{NameReadout, Readout, tr, use_page};
use crate::i18n::Text;
use crate::lessons::lab::LabRun;
use crate::lessons::lab::controls::{
    DIVERGED_D, DIVERGED_ELBO, DIVERGED_G, FAILED, FALLBACK, FPS, FPS_UNIT, ITERATION, MAX,
    PER_SEC, RATE, REFUSED, RETRY, SPEED, STATUS, USED, backend_name, rate_while_running,
};
use crate::protocol::{Backend, Control, Quantity, StepKind};

/// The test ids of one run's readouts and notices.
#[derive(Clone, Copy)]
pub struct RunIds {
    /// The model's name in labels.
    pub model: Text,
    /// `…-status`.
    pub status: &'static str,
    /// `…-iteration`.
    pub iteration: &'static str,
    /// `…-steps-per-sec`.
    pub rate: &'static str,
    /// `…-backend` (the backend really used).
    pub backend: &'static str,
    /// `…-fallback`, `…-failed`, `…-refused`, `…-diverged`.
    pub fallback: &'static str,
    /// The worker stopped.
    pub failed: &'static str,
    /// A setting was refused.
    pub refused: &'static str,
    /// The run diverged.
    pub diverged: &'static str,
}

/// The GAN's ids.
pub const GAN_IDS: RunIds = RunIds {
    model: text::GAN,
    status: "gan-status",
    iteration: "gan-iteration",
    rate: "gan-steps-per-sec",
    backend: "gan-backend",
    fallback: "gan-fallback",
    failed: "gan-failed",
    refused: "gan-refused",
    diverged: "gan-diverged",
};

/// The VAE's ids.
pub const VAE_IDS: RunIds = RunIds {
    model: text::VAE,
    status: "vae-status",
    iteration: "vae-iteration",
    rate: "vae-steps-per-sec",
    backend: "vae-backend",
    fallback: "vae-fallback",
    failed: "vae-failed",
    refused: "vae-refused",
    diverged: "vae-diverged",
};

/// Whether `run` is training now (reactive).
fn running(run: LabRun) -> bool {
    run.status.get() == "running"
}

/// One run's status line and notices.
fn run_status(run: LabRun, ids: RunIds, tick: ReadSignal<u64>) -> impl IntoView {
    let page = use_page();
    let t = move |x: Text| page.t(x);
    let label = move |x: Text| Signal::derive(move || page.t(x).to_string());
    let status = run.status;
    // Every snapshot sets the backend used; a memo passes on only a change.
    let used = Memo::new(move |_| run.used.get());
    let shown = Signal::derive(move || {
        let s = status.get();
        text::STATES
            .iter()
            .find(|(k, _)| *k == s)
            .map_or(s.to_string(), |(_, x)| t(*x).to_string())
    });
    view! {
        <div class="readouts" role="group" aria-label=move || t(ids.model)>
            <strong>{tr(ids.model)}</strong>
            <NameReadout name=ids.status label=label(STATUS) value=Signal::derive(move || status.get().to_string()) shown=shown/>
            <Readout name=ids.iteration label=label(ITERATION) value=paced(tick, move || run.iteration.get()) digits=9/>
            {rate_while_running(move || status.get() == "running", ids.rate, label(RATE), paced(tick, move || run.rate.get()))}
            <NameReadout name=ids.backend label=label(USED) value=used shown=Signal::derive(move || backend_name(&used.get()).to_string())/>
        </div>
        {move || run.failed.get().map(|e| view! {
            <div class="notices" role="alert">
                <p class="notice notice-error" data-testid=ids.failed>{t(ids.model)} ": " {t(FAILED)} " " {e}</p>
                <button type="button" on:click=move |_| run.retry()>{t(RETRY)}</button>
            </div>
        })}
        {move || run.refused.get().map(|e| view! {
            <p class="notice notice-error" role="alert" data-testid=ids.refused>{t(ids.model)} ": " {t(REFUSED)} " " {e}</p>
        })}
        {move || run.diverged.get().map(|(what, at)| {
            let words = match what {
                Quantity::LossD => DIVERGED_D,
                Quantity::LossG => DIVERGED_G,
                Quantity::Elbo => DIVERGED_ELBO,
            };
            view! {
                <p class="notice notice-error" role="alert" data-testid=ids.diverged>{t(ids.model)} ": " {t(words)} " " {at} "."</p>
            }
        })}
        {move || run.fallback.get().map(|reason| view! {
            <p class="notice" role="status" data-testid=ids.fallback>{t(ids.model)} ": " {t(FALLBACK)} " " {reason}</p>
        })}
    }
}

/// The bar: buttons for both runs, the shared backend picker and frame rate, and each run's
/// status.
#[component]
pub fn PairControls(
    /// The GAN's run.
    gan: LabRun,
    /// The VAE's run.
    vae: LabRun,
    /// When to refresh the GAN's per-frame readouts.
    gan_tick: ReadSignal<u64>,
    /// When to refresh the VAE's.
    vae_tick: ReadSignal<u64>,
    /// The backend both were started on (from the URL).
    #[prop(into)]
    backend: Signal<Backend>,
    /// Called with a newly picked backend (the page restarts both runs there).
    on_backend: Callback<Backend>,
) -> impl IntoView {
    let page = use_page();
    let t = move |x: Text| page.t(x);
    let both = [gan, vae];
    let any_running = Signal::derive(move || running(gan) || running(vae));
    let idle = Signal::derive(move || both.iter().all(|r| r.status.get() == "idle"));
    let play = move |_| {
        if any_running.get_untracked() {
            for r in both {
                if r.status.get_untracked() == "running" {
                    r.control(Control::Pause);
                }
            }
        } else {
            // A finished run goes on past its limit; a diverged one stays stopped.
            for r in both {
                if r.status.get_untracked() != "diverged" {
                    r.toggle();
                }
            }
        }
    };
    let fps = paced(gan_tick, move || gan.fps.get().min(vae.fps.get()));
    view! {
        <div class="lab-controls" role="group" aria-label=move || t(text::CONTROLS)>
            <div class="controls">
                <button type="button" class="primary" data-testid="lab-play" disabled=idle on:click=play>
                    {move || if any_running.get() { t(text::PAUSE) } else { t(text::PLAY) }}
                </button>
                <button type="button" data-testid="lab-step" disabled=idle
                    on:click=move |_| both.iter().for_each(|r| r.step(StepKind::Iteration))>{tr(text::STEP)}</button>
                <button type="button" data-testid="lab-reset" disabled=idle
                    on:click=move |_| both.iter().for_each(|r| r.reset())>{tr(text::RESET)}</button>
                <label>{tr(SPEED)} " "
                    <select data-testid="lab-speed" on:change=move |ev| {
                        let cap = event_target_value(&ev).parse::<f64>().ok();
                        both.iter().for_each(|r| r.control(Control::Speed(cap)));
                    }>
                        <option value="max">{tr(MAX)}</option>
                        {[300, 30, 3].into_iter().map(|n| view! {
                            <option value=n.to_string()>{n} " " {tr(PER_SEC)}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>{tr(text::BACKEND)} " "
                    <select data-testid="lab-backend" on:change=move |ev| {
                        if let Some(b) = Backend::parse(&event_target_value(&ev)) {
                            on_backend.run(b);
                        }
                    }>
                        {[Backend::Flex, Backend::Ndarray, Backend::WebGpu].into_iter().map(|b| view! {
                            <option value=b.as_str() selected=move || backend.get() == b>{backend_name(b.as_str())}</option>
                        }).collect_view()}
                    </select>
                </label>
                <Readout name="fps" label=Signal::derive(move || t(FPS).to_string()) value=fps
                    unit=Signal::derive(move || t(FPS_UNIT).to_string()) digits=3/>
            </div>
            {run_status(gan, GAN_IDS, gan_tick)}
            {run_status(vae, VAE_IDS, vae_tick)}
        </div>
    }
}
