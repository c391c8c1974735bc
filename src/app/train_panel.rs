//! The engine page's live training panel: a GAN or VAE trained in the worker, with every
//! control of the protocol (start, pause, resume, single steps, reset, speed, a learning rate
//! changed mid-run) and the snapshot's numbers. Built on the labs' [`LabRun`] and their
//! controls' pieces; its own are the model picker, the learning rate and its status words.
//!
//! URL: `#/engine?train=gan-2d|gan-1d|vae&backend=flex|ndarray|webgpu&steps=N` starts that run at
//! once (`steps` stops it after N iterations, so a link reproduces a run).

mod text;

use leptos::prelude::*;

use crate::components::{Area, Notices, PageParams, PlotCanvas, Readout, tr, use_page, use_params};
use crate::data::{Mixture, Shape2d};
use crate::i18n::{Text, format_number, input_number, typed_decimal};
use crate::lessons::lab::LabRun;
use crate::lessons::lab::controls::{
    BACKEND, ITERATION, LOSS_D, LOSS_G, NoticeIds, RESET, STEP_D, STEP_G, STEP_IT, backend_select,
    label, run_notices, speed_readouts, speed_select, status_readout, used_readout,
};
use crate::params::Notice;
use crate::plot::samples::{SamplesFigure, draw_samples};
use crate::protocol::{Backend, Control, ModelSpec, RunSpec, StepKind, View};
use crate::route::Query;
use crate::spec::{DataSource, GanConfig, Optim, VaeConfig};
use text::*;

/// The panel's notices.
const NOTICES: NoticeIds = NoticeIds {
    failed: "train-failed",
    refused: "train-refused",
    diverged: "train-diverged",
    fallback: "train-fallback",
    reset: Some((DIVERGED_HINT, None)),
    model: None,
};

/// The panel's models.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Model {
    Gan2d,
    Gan1d,
    Vae,
}

/// Each model's URL spelling and the picker's words.
const MODELS: [(Model, &str, Text); 3] = [
    (
        Model::Gan2d,
        "gan-2d",
        Text::new(
            "GAN, GAN Lab's defaults, two Gaussians",
            "GAN, настройки GAN Lab, две гауссианы",
        ),
    ),
    (
        Model::Gan1d,
        "gan-1d",
        Text::new(
            "GAN, 1-D default, N(1, 0.5²)",
            "GAN, одномерный по умолчанию, N(1; 0,5²)",
        ),
    ),
    (
        Model::Vae,
        "vae",
        Text::new("VAE, reference, 8 Gaussians", "VAE, эталонный, 8 гауссиан"),
    ),
];

impl Model {
    fn parse(s: &str) -> Option<Model> {
        MODELS.iter().find(|(_, k, _)| *k == s).map(|(m, _, _)| *m)
    }

    /// The learning rate the panel shows (and changes): D's for a GAN, the VAE's own.
    fn default_lr(self) -> f64 {
        match self {
            Model::Gan1d => 3e-3,
            Model::Vae => 1e-3,
            Model::Gan2d => 0.1,
        }
    }

    /// The table row of the learning rate the panel changes (its range: D's for a GAN, the
    /// VAE's own, as the worker checks them).
    fn lr_param(self) -> &'static crate::params::table::Param {
        match self {
            Model::Vae => &crate::params::pages::LR,
            Model::Gan1d | Model::Gan2d => &crate::params::pages::D_LR,
        }
    }

    /// The run, seed 1, with learning rate `lr`.
    fn spec(self, backend: Backend, steps: Option<u64>, lr: f64) -> RunSpec {
        let (model, data) = match self {
            Model::Gan1d => (
                ModelSpec::Gan(GanConfig {
                    d_optim: Optim::Adam { lr },
                    ..GanConfig::default_1d(1)
                }),
                DataSource::Mixture(Mixture::gaussian(1.0, 0.5).unwrap_or_else(|_| unreachable!())),
            ),
            Model::Vae => (
                ModelSpec::Vae(VaeConfig {
                    lr,
                    ..VaeConfig::reference(1)
                }),
                DataSource::Shape(Shape2d::EightGaussians),
            ),
            Model::Gan2d => (
                ModelSpec::Gan(GanConfig {
                    d_optim: Optim::Sgd { lr },
                    ..GanConfig::gan_lab(1)
                }),
                DataSource::Shape(Shape2d::TwoGaussians),
            ),
        };
        RunSpec {
            model,
            data,
            backend,
            steps,
            paused: false,
        }
    }
}

/// The panel's URL parameters.
#[derive(Clone, Debug, PartialEq)]
struct PanelParams {
    model: Option<Model>,
    backend: Backend,
    steps: Option<u64>,
}

fn parse(q: &Query) -> (PanelParams, Vec<Notice>) {
    use crate::params::table::Param;
    let t = &crate::params::pages::ENGINE;
    let mut notices = Vec::new();
    let model = t
        .row("train")
        .given(q, &mut notices, Param::word_of)
        .and_then(Model::parse);
    let backend = Backend::parse(t.row("backend").read_word(q, &mut notices));
    let steps = t.row("steps").given(q, &mut notices, Param::int_of);
    let out = PanelParams {
        model,
        backend: backend.unwrap_or(Backend::Flex),
        steps,
    };
    (out, notices)
}

/// The panel's state: the run, and the choices for the next start.
#[derive(Clone, Copy)]
struct Panel {
    params: PageParams<PanelParams>,
    run: LabRun,
    model: RwSignal<Model>,
    backend: RwSignal<Backend>,
    lr: RwSignal<f64>,
    /// A run was started (the run's buttons work).
    started: RwSignal<bool>,
    /// The worker's wasm memory in MB (NaN where not measured).
    memory: RwSignal<f64>,
    /// A learning rate typed out of range: the one kept.
    kept_lr: RwSignal<Option<f64>>,
}

impl Panel {
    fn new() -> Panel {
        let params = use_params(&[crate::params::pages::ENGINE], parse);
        let first = params.now();
        let model = first.model.unwrap_or(Model::Gan2d);
        let run = LabRun::new(View {
            samples: 256,
            grid: None,
            class: None,
            manifold: None,
        });
        let memory = RwSignal::new(f64::NAN);
        let mb = |bytes: f64| {
            if bytes > 0.0 {
                bytes / 1_048_576.0
            } else {
                f64::NAN
            }
        };
        run.on_snapshot(move |s| memory.set(mb(s.memory)));
        let panel = Panel {
            params,
            run,
            model: RwSignal::new(model),
            backend: RwSignal::new(first.backend),
            lr: RwSignal::new(model.default_lr()),
            started: RwSignal::new(false),
            memory,
            kept_lr: RwSignal::new(None),
        };
        // A link with `train=` starts its run, on load and whenever the link changes.
        Effect::new(move |_| {
            let wanted = params.params.get();
            if let Some(m) = wanted.model {
                panel.model.set(m);
                panel.backend.set(wanted.backend);
                panel.lr.set(m.default_lr());
                panel.start();
            }
        });
        panel
    }

    /// A new run of the chosen model, backend and learning rate (and the link's limit).
    fn start(self) {
        self.kept_lr.set(None);
        self.started.set(true);
        let spec = self.model.get_untracked().spec(
            self.backend.get_untracked(),
            self.params.now().steps,
            self.lr.get_untracked(),
        );
        self.run.start_afresh(spec);
    }

    /// A typed learning rate: applied to the running model, or refused with the one kept.
    fn set_lr(self, typed: String) {
        self.run.refused.set(None);
        let row = self.model.get_untracked().lr_param();
        match row.real_of(&typed_decimal(&typed)) {
            Ok(v) => {
                self.kept_lr.set(None);
                self.lr.set(v);
                if self.started.get_untracked() {
                    let spec =
                        self.model
                            .get_untracked()
                            .spec(self.backend.get_untracked(), None, v);
                    self.run.control(Control::Set(spec.model));
                }
            }
            Err(_) => self.kept_lr.set(Some(self.lr.get_untracked())),
        }
    }

    /// Pause a training run, resume any other.
    fn pause_or_resume(self) {
        self.run
            .control(if self.run.status.get_untracked().is_running() {
                Control::Pause
            } else {
                Control::Resume
            });
    }

    fn is_gan(self) -> bool {
        self.model.get() != Model::Vae
    }
}

/// The model, backend, learning rate and speed.
fn settings(p: Panel) -> impl IntoView {
    let page = use_page();
    view! {
        <div class="controls">
            <label>{tr(MODEL)} " "
                <select data-testid="train-model" on:change=move |ev| {
                    if let Some(m) = Model::parse(&event_target_value(&ev)) {
                        p.model.set(m);
                        p.lr.set(m.default_lr());
                    }
                }>
                    {MODELS.into_iter().map(|(m, key, name)| view! {
                        <option value=key selected=move || p.model.get() == m>{tr(name)}</option>
                    }).collect_view()}
                </select>
            </label>
            {backend_select("train-backend-choice", BACKEND, move || p.backend.get(), move |b| p.backend.set(b))}
            <label>{move || if p.is_gan() { page.t(LR) } else { page.t(VAE_LR) }} " "
                <input type="text" inputmode="decimal" size="10" data-testid="train-lr"
                    prop:value=move || input_number(p.lr.get(), page.lang.get())
                    on:change=move |ev| p.set_lr(event_target_value(&ev))/>
            </label>
            {speed_select("train-speed", [100, 10, 1], move |cap| p.run.control(Control::Speed(cap)))}
        </div>
    }
}

/// Start, pause/resume, single steps and reset.
fn buttons(p: Panel) -> impl IntoView {
    let page = use_page();
    let run = p.run;
    let idle = move || !p.started.get();
    view! {
        <div class="controls">
            <button type="button" data-testid="train-start" on:click=move |_| p.start()>{tr(START)}</button>
            <button type="button" data-testid="train-pause" disabled=idle on:click=move |_| p.pause_or_resume()>
                {move || if run.status.get().is_running() { page.t(PAUSE) } else { page.t(RESUME) }}
            </button>
            <button type="button" data-testid="train-step-d" disabled=move || idle() || !p.is_gan()
                on:click=move |_| run.step(StepKind::D)>{tr(STEP_D)}</button>
            <button type="button" data-testid="train-step-g" disabled=move || idle() || !p.is_gan()
                on:click=move |_| run.step(StepKind::G)>{tr(STEP_G)}</button>
            <button type="button" data-testid="train-step" disabled=idle
                on:click=move |_| run.step(StepKind::Iteration)>{tr(STEP_IT)}</button>
            <button type="button" data-testid="train-reset" disabled=idle
                on:click=move |_| run.reset()>{tr(RESET)}</button>
        </div>
    }
}

/// The snapshot's numbers.
fn readouts(p: Panel) -> impl IntoView {
    let page = use_page();
    let run = p.run;
    let is_gan = move || p.is_gan();
    let loss_d =
        Signal::derive(move || page.t(if is_gan() { LOSS_D } else { NEG_ELBO }).to_string());
    let gan = move |f: fn(&crate::protocol::GanView) -> f64| {
        Signal::derive(move || run.gan.with(|g| g.as_ref().map_or(f64::NAN, f)))
    };
    let elbo = Signal::derive(move || {
        run.vae
            .with(|v| v.as_ref().map_or(f64::NAN, |v| v.recon_term - v.kl_term))
    });
    view! {
        <div class="readouts">
            {status_readout(run, "train-status", status_word)}
            <Readout name="iteration" label=label(ITERATION) value=run.iteration_value() digits=9/>
            <Readout name="loss-d" label=loss_d value=Signal::derive(move || run.losses.get().0)/>
            <Show when=is_gan>
                <Readout name="loss-g" label=label(LOSS_G) value=Signal::derive(move || run.losses.get().1)/>
                <Readout name="d-real" label=label(D_REAL) value=gan(|g| g.d_real)/>
                <Readout name="d-fake" label=label(D_FAKE) value=gan(|g| g.d_fake)/>
            </Show>
            <Show when=move || !is_gan()>
                <Readout name="elbo" label=label(ELBO) value=elbo/>
            </Show>
            {speed_readouts(run)}
            <Readout name="worker-memory" label=label(MEMORY) value=p.memory unit=label(MB)/>
            {used_readout(run, "train-backend")}
        </div>
    }
}

/// Data `real` (one label a point) and model samples `fake`, as the samples figure.
fn samples(real: &[f32], labels: &[u8], fake: &[f32]) -> SamplesFigure {
    SamplesFigure {
        dim: real.len() / labels.len().max(1),
        real: real.to_vec(),
        fake: fake.to_vec(),
    }
}

/// The latest snapshot's data and samples, whichever model it is.
fn samples_plot(run: LabRun) -> impl IntoView {
    let page = use_page();
    let figure = Memo::new(move |_| {
        let gan = run.gan.with(|g| {
            g.as_ref()
                .map(|g| samples(&g.real, &g.real_labels, &g.fake))
        });
        let vae = || {
            run.vae
                .with(|v| v.as_ref().map(|v| samples(&v.data, &v.labels, &v.prior)))
        };
        gan.or_else(vae).unwrap_or_default()
    });
    let alt = Signal::derive(move || {
        figure.with(|f| {
            let dim = f.dim.max(1);
            let alt = if dim == 1 {
                SAMPLES_ALT_1D
            } else {
                SAMPLES_ALT_2D
            };
            page.t(alt)
                .replace("{n}", &(f.real.len() / dim).to_string())
                .replace("{m}", &(f.fake.len() / dim).to_string())
        })
    });
    view! {
        <PlotCanvas name="train-samples"
            draw=move |area: &Area, scale| figure.with(|f| draw_samples(area, f, scale))
            label=alt caption=label(SAMPLES_CAPTION) aspect=0.7/>
    }
}

/// The live training panel.
#[component]
pub fn TrainPanel() -> impl IntoView {
    let page = use_page();
    let p = Panel::new();
    let note = Signal::derive(move || {
        p.kept_lr.get().map(|kept| {
            let lang = page.lang.get();
            // Both rows start at 10⁻⁶ (the text's); they end at 10 (D's) or 1 (the VAE's).
            let max = p.model.get().lr_param().range().1;
            let kept = format_number(kept, 6, lang);
            let rule = page
                .t(BAD_LR)
                .replace("{max}", &format_number(max, 6, lang));
            format!("{rule} {kept}.")
        })
    });
    view! {
        <section class="train-panel" data-testid="train-panel" aria-labelledby="train-title">
            <h2 id="train-title">{tr(TITLE)}</h2>
            <p>{tr(LEAD)}</p>
            <Notices notices=p.params.notices on_reset=p.params.reset/>
            {settings(p)}
            {buttons(p)}
            {run_notices(p.run, NOTICES, Some(note))}
            {readouts(p)}
            {samples_plot(p.run)}
        </section>
    }
}
