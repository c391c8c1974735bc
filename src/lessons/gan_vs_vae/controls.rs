//! The GAN-vs-VAE lab's controls: one bar for two runs (play/pause, one iteration, reset and a
//! speed cap act on both; one backend picker restarts both there; each run's status,
//! iteration, speed, backend used and notices under its own test ids; the page's frame rate
//! once), the data and seed both models share, and the export bar.

use leptos::prelude::*;

use super::state::Lab;
use super::text;
use crate::components::{Readout, tr, use_page};
use crate::i18n::Text;
use crate::lessons::lab::controls::{
    EXPORT, FPS, FPS_UNIT, ITERATION, NoticeIds, RATE, backend_select, csv_button, label,
    png_button, rate_while_running, run_notices, share_button, share_result, speed_select,
    status_readout, status_word, used_readout,
};
use crate::lessons::lab::{LabRun, paced};
use crate::params::gan::MAX_SEED;
use crate::params::parse_integer;
use crate::protocol::{Backend, Control, RunStatus, StepKind};

/// The test ids of one run's readouts and notices.
#[derive(Clone, Copy)]
struct RunIds {
    /// The model's name in labels.
    model: Text,
    /// `…-status`.
    status: &'static str,
    /// `…-iteration`.
    iteration: &'static str,
    /// `…-steps-per-sec`.
    rate: &'static str,
    /// `…-backend` (the backend really used).
    backend: &'static str,
    /// `…-failed`, `…-refused`, `…-diverged`, `…-fallback`.
    notices: NoticeIds,
}

/// The GAN's ids.
const GAN_IDS: RunIds = RunIds {
    model: text::GAN,
    status: "gan-status",
    iteration: "gan-iteration",
    rate: "gan-steps-per-sec",
    backend: "gan-backend",
    notices: NoticeIds {
        failed: "gan-failed",
        refused: "gan-refused",
        diverged: "gan-diverged",
        fallback: "gan-fallback",
        reset: None,
        model: Some(text::GAN),
    },
};

/// The VAE's ids.
const VAE_IDS: RunIds = RunIds {
    model: text::VAE,
    status: "vae-status",
    iteration: "vae-iteration",
    rate: "vae-steps-per-sec",
    backend: "vae-backend",
    notices: NoticeIds {
        failed: "vae-failed",
        refused: "vae-refused",
        diverged: "vae-diverged",
        fallback: "vae-fallback",
        reset: None,
        model: Some(text::VAE),
    },
};

/// One run's status line (its per-frame numbers on `tick`) and notices.
fn run_status(run: LabRun, ids: RunIds, tick: ReadSignal<u64>) -> impl IntoView {
    let page = use_page();
    let iteration = paced(tick, move || {
        run.iteration.get().map_or(f64::NAN, |i| i as f64)
    });
    let running = move || run.status.get().is_running();
    view! {
        <div class="readouts" role="group" aria-label=move || page.t(ids.model)>
            <strong>{tr(ids.model)}</strong>
            {status_readout(run, ids.status, status_word)}
            <Readout name=ids.iteration label=label(ITERATION) value=iteration digits=9/>
            {rate_while_running(running, ids.rate, label(RATE), paced(tick, move || run.rate.get()).into())}
            {used_readout(run, ids.backend)}
        </div>
        {run_notices(run, ids.notices, None)}
    }
}

/// The bar: buttons for both runs, the shared backend picker and frame rate, and each run's
/// status.
pub fn pair_controls(lab: Lab) -> impl IntoView {
    let page = use_page();
    let t = move |x: Text| page.t(x);
    let (gan, vae) = (lab.gan, lab.vae);
    let both = [gan, vae];
    let any_running = Signal::derive(move || gan.is_running() || vae.is_running());
    let idle = Signal::derive(move || both.iter().all(|r| r.status.get() == RunStatus::Idle));
    let play = move |_| {
        if any_running.get_untracked() {
            for r in both {
                if r.status.get_untracked().is_running() {
                    r.control(Control::Pause);
                }
            }
        } else {
            // A finished run goes on past its limit; a diverged one stays stopped.
            for r in both {
                if r.status.get_untracked() != RunStatus::Diverged {
                    r.toggle();
                }
            }
        }
    };
    let fps = paced(lab.gan_ticks.readouts, move || {
        gan.fps.get().min(vae.fps.get())
    });
    let backend = lab.pp.field(|p| p.backend);
    let on_backend = move |b: Backend| page.update_query(|q| q.set("backend", b.as_str()));
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
                {speed_select("lab-speed", [300, 30, 3], move |cap| both.iter().for_each(|r| r.control(Control::Speed(cap))))}
                {backend_select("lab-backend", text::BACKEND, move || backend.get(), on_backend)}
                <Readout name="fps" label=label(FPS) value=fps unit=label(FPS_UNIT) digits=3/>
            </div>
            {run_status(gan, GAN_IDS, lab.gan_ticks.readouts)}
            {run_status(vae, VAE_IDS, lab.vae_ticks.readouts)}
        </div>
    }
}

/// The data and the seed (both models'), and whether the plots show the data.
pub fn data_controls(lab: Lab) -> impl IntoView {
    let page = use_page();
    let data_name = lab.pp.field(|p| p.data.as_str());
    let seed = lab.seed;
    let show_data = lab.show_data;
    // A seed typed that is not one: kept in the field, the old one in the URL.
    let seed_text = RwSignal::new(None::<String>);
    let seed_bad = RwSignal::new(false);
    let set_seed = move |raw: String| match parse_integer("seed", &raw, 0, MAX_SEED) {
        Ok(s) => {
            seed_bad.set(false);
            seed_text.set(None);
            page.update_query(|q| q.set("seed", s.to_string()));
        }
        Err(_) => {
            seed_bad.set(true);
            seed_text.set(Some(raw));
        }
    };
    let next_seed = move |_| {
        let s = (seed.get_untracked() + 1) % (MAX_SEED as u64 + 1);
        set_seed(s.to_string());
    };
    view! {
        <div class="controls">
            <label>{tr(text::DATA)} " "
                <select data-testid="lab-data" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    page.update_query(|q| q.set("data", v));
                }>
                    {crate::lessons::gan_common::SHAPE_LABELS.iter().map(|(k, name)| view! {
                        <option value=*k selected=move || data_name.get() == *k>{tr(*name)}</option>
                    }).collect_view()}
                </select>
            </label>
            <label>{tr(text::SEED)} " "
                <input type="number" min="0" max=MAX_SEED.to_string() step="1" data-testid="lab-seed"
                    aria-invalid=move || seed_bad.get().to_string()
                    prop:value=move || seed_text.get().unwrap_or_else(|| seed.get().to_string())
                    on:change=move |ev| set_seed(event_target_value(&ev))/>
            </label>
            <button type="button" data-testid="lab-next-seed" on:click=next_seed>{tr(text::NEXT_SEED)}</button>
            <label><input type="checkbox" data-testid="show-data" prop:checked=move || show_data.get()
                on:change=move |ev| show_data.set(event_target_checked(&ev))/> " " {tr(text::SHOW_DATA)}</label>
        </div>
        <Show when=move || seed_bad.get()>
            <p class="notice notice-error" role="alert" data-testid="seed-error">{tr(text::SEED_BAD)}</p>
        </Show>
    }
}

/// The figures as PNG, each run's log as CSV, and the link to both runs.
pub fn export_bar(lab: Lab) -> impl IntoView {
    let link = lab.link();
    let shared = RwSignal::new(None::<bool>);
    let figures = [
        ("plot-gan", text::GAN_TITLE),
        ("plot-vae", text::VAE_TITLE),
        ("plot-gan-losses", text::GAN_LOSSES),
        ("plot-vae-elbo", text::VAE_ELBO),
    ];
    view! {
        <div class="export-bar controls">
            <span>{tr(EXPORT)} ":"</span>
            {figures.into_iter().map(|(id, name)| png_button("gan-vs-vae", id, name)).collect_view()}
            {csv_button("export-gan-csv", "gan-vs-vae-gan.csv".into(), text::GAN_CSV, lab.gan, (false, "c_of_g"))}
            {csv_button("export-vae-csv", "gan-vs-vae-vae.csv".into(), text::VAE_CSV, lab.vae, (true, ""))}
            {share_button(link, shared, text::SHARE)}
        </div>
        {share_result(link, shared, text::SHARED)}
    }
}
