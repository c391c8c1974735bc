//! The engine page's live training panel: a GAN or VAE trained in the worker, with every
//! control of the protocol (start, pause, resume, single steps, reset, speed, a learning rate
//! changed mid-run) and the snapshot's numbers. The labs build on the same [`Trainer`].
//!
//! URL: `#/engine?train=gan-2d|gan-1d|vae&backend=flex|ndarray|webgpu&steps=N` starts that run at
//! once (`steps` stops it after N iterations, so a link reproduces a run).

use leptos::prelude::*;

use crate::components::tr;
use crate::lessons::lab::controls::{
    BACKEND, DIVERGED_D, DIVERGED_ELBO, DIVERGED_G, FAILED, FALLBACK, FPS, FPS_UNIT, ITERATION,
    LOSS_D, LOSS_G, MAX, PER_SEC, RATE, REFUSED, RESET, RETRY, SPEED, STATUS, STEP_D, STEP_G,
    STEP_IT, USED, backend_name, rate_while_running,
};

use crate::components::{NameReadout, Notices, PlotCanvas, Readout, use_page};
use crate::data::{Mixture, Shape2d};
use crate::i18n::{Text, input_number, typed_decimal};
use crate::params::{self, Notice};
use crate::plot::samples::{SamplesFigure, draw_samples};
use crate::protocol::{
    Backend, Control, LogPoint, ModelSpec, Quantity, RunSpec, Status, StepKind, View,
};
use crate::route::Query;
use crate::spec::{DataSource, GanConfig, Optim, VaeConfig};
use crate::web::trainer::{Trainer, TrainerEvent};

const TITLE: Text = Text::new("Live training", "Обучение вживую");
const LEAD: Text = Text::new(
    "A model trained in the worker while this page stays responsive: the page asks for the latest state once per frame. The figure below shows data (blue discs) and the model's samples (orange discs).",
    "Модель обучается в воркере, а страница остаётся отзывчивой: раз в кадр она запрашивает последнее состояние. На рисунке ниже — данные (синие точки) и образцы модели (оранжевые точки).",
);
const MODEL: Text = Text::new("Model", "Модель");
const LR: Text = Text::new(
    "Discriminator learning rate",
    "Скорость обучения дискриминатора",
);
const VAE_LR: Text = Text::new("Learning rate", "Скорость обучения");
const START: Text = Text::new("Start", "Старт");
const PAUSE: Text = Text::new("Pause", "Пауза");
const RESUME: Text = Text::new("Resume", "Продолжить");
const NEG_ELBO: Text = Text::new("−ELBO of the batch", "−ELBO батча");
const ELBO: Text = Text::new(
    "ELBO (2 048 fresh data points)",
    "ELBO (2 048 новых точек данных)",
);
const D_REAL: Text = Text::new("mean D on data", "среднее D на данных");
const D_FAKE: Text = Text::new("mean D on samples", "среднее D на образцах");
const MEMORY: Text = Text::new("Worker memory", "Память воркера");
const MB: Text = Text::new("MB", "МБ");
/// The samples figure's caption (what is drawn, in which colour).
const SAMPLES_CAPTION: Text = Text::new(
    "Data and samples: the data (blue discs) and the model's samples (orange discs). For 1-D data the points are spread vertically by a fixed jitter, so that overlapping points stay visible; the height means nothing.",
    "Данные и образцы: данные (синие точки) и образцы модели (оранжевые точки). Для одномерных данных точки разнесены по вертикали постоянным случайным сдвигом, чтобы совпадающие точки оставались видны; высота ничего не значит.",
);
/// The samples figure's text alternative, 2-D data; {n}, {m} filled in.
const SAMPLES_ALT_2D: Text = Text::new(
    "x axis: first coordinate; y axis: second coordinate. {n} data points (blue) and {m} model samples (orange).",
    "Ось x: первая координата; ось y: вторая координата. {n} точек данных (синие) и {m} образцов модели (оранжевые).",
);
/// The samples figure's text alternative, 1-D data.
const SAMPLES_ALT_1D: Text = Text::new(
    "x axis: x; y axis: a fixed random jitter that keeps points apart. {n} data points (blue) and {m} model samples (orange).",
    "Ось x: x; ось y: постоянный случайный сдвиг, разносящий точки. {n} точек данных (синие) и {m} образцов модели (оранжевые).",
);
const BAD_LR: Text = Text::new(
    "Not applied: the learning rate must be a number from 0.000001 to 10; training goes on with",
    "Не применено: скорость обучения должна быть числом от 0,000001 до 10; обучение продолжается с",
);
const DIVERGED_HINT: Text = Text::new(
    "Lower the learning rate and reset.",
    "Уменьшите скорость обучения и сбросьте.",
);
const STATES: [(&str, Text); 5] = [
    ("idle", Text::new("not started", "не запущено")),
    ("running", Text::new("training", "идёт")),
    ("paused", Text::new("paused", "пауза")),
    ("done", Text::new("finished", "завершено")),
    ("diverged", Text::new("diverged", "разошлось")),
];

/// The panel's models.
const MODELS: [(&str, Text); 3] = [
    (
        "gan-2d",
        Text::new(
            "GAN, GAN Lab's defaults, two Gaussians",
            "GAN, настройки GAN Lab, две гауссианы",
        ),
    ),
    (
        "gan-1d",
        Text::new(
            "GAN, 1-D default, N(1, 0.5²)",
            "GAN, одномерный по умолчанию, N(1; 0,5²)",
        ),
    ),
    (
        "vae",
        Text::new("VAE, reference, 8 Gaussians", "VAE, эталонный, 8 гауссиан"),
    ),
];

/// The panel's URL parameters.
#[derive(Clone, Debug, PartialEq)]
struct PanelParams {
    model: Option<&'static str>,
    backend: Backend,
    steps: Option<u64>,
}

fn parse(q: &Query) -> (PanelParams, Vec<Notice>) {
    let mut out = PanelParams {
        model: None,
        backend: Backend::Flex,
        steps: None,
    };
    let mut notices = Vec::new();
    if let Some(raw) = q.get("train") {
        match params::parse_choice("train", raw, &["gan-2d", "gan-1d", "vae"], |s| {
            MODELS.iter().find(|(k, _)| *k == s).map(|(k, _)| *k)
        }) {
            Ok(m) => out.model = Some(m),
            Err(n) => notices.push(n),
        }
    }
    if let Some(raw) = q.get("backend") {
        match params::parse_backend("backend", raw) {
            Ok(b) => out.backend = b,
            Err(n) => notices.push(n),
        }
    }
    if let Some(raw) = q.get("steps") {
        match params::parse_integer("steps", raw, 1, 10_000_000) {
            Ok(n) => out.steps = Some(n as u64),
            Err(n) => notices.push(n),
        }
    }
    (out, notices)
}

fn spec_for(model: &str, backend: Backend, steps: Option<u64>, lr: f64) -> RunSpec {
    let (model, data) = match model {
        "gan-1d" => (
            ModelSpec::Gan(GanConfig {
                d_optim: Optim::Adam { lr },
                ..GanConfig::default_1d(1)
            }),
            DataSource::Mixture(Mixture::gaussian(1.0, 0.5).unwrap_or_else(|_| unreachable!())),
        ),
        "vae" => (
            ModelSpec::Vae(VaeConfig {
                lr,
                ..VaeConfig::reference(1)
            }),
            DataSource::Shape(Shape2d::EightGaussians),
        ),
        _ => (
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

fn default_lr(model: &str) -> f64 {
    match model {
        "gan-1d" => 3e-3,
        "vae" => 1e-3,
        _ => 0.1,
    }
}

/// The live training panel.
#[component]
pub fn TrainPanel() -> impl IntoView {
    let page = use_page();
    let t = move |x: Text| x.get(page.lang.get());
    let parsed = Memo::new(move |_| page.route.with(|r| parse(&r.query)));
    let notices = Signal::derive(move || parsed.get().1);

    let model = RwSignal::new(parsed.get_untracked().0.model.unwrap_or("gan-2d"));
    let backend = RwSignal::new(parsed.get_untracked().0.backend);
    let lr = RwSignal::new(default_lr(model.get_untracked()));
    let started = RwSignal::new(false);
    let status = RwSignal::new("idle".to_string());
    let iteration = RwSignal::new(f64::NAN);
    let last = RwSignal::new(None::<LogPoint>);
    let d_real = RwSignal::new(f64::NAN);
    let d_fake = RwSignal::new(f64::NAN);
    let elbo = RwSignal::new(f64::NAN);
    let rate = RwSignal::new(f64::NAN);
    let fps = RwSignal::new(f64::NAN);
    let memory = RwSignal::new(f64::NAN);
    let used = RwSignal::new(String::new());
    let figure = RwSignal::new(SamplesFigure::default());
    let fallback = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<String>);
    let refused = RwSignal::new(None::<String>);
    let diverged = RwSignal::new(None::<(Quantity, u64)>);

    let listener = move |event: TrainerEvent| match event {
        TrainerEvent::Snapshot(s, frames) => {
            iteration.set(s.iteration as f64);
            if let Some(p) = s.log.last() {
                last.set(Some(*p));
            }
            rate.set(s.steps_per_sec);
            fps.set(frames);
            memory.set(if s.memory > 0.0 {
                s.memory / 1_048_576.0
            } else {
                f64::NAN
            });
            used.set(s.backend.as_str().into());
            if s.fallback.is_some() {
                fallback.set(s.fallback.clone());
            }
            let (st, div) = match &s.status {
                Status::Running => ("running", None),
                Status::Paused => ("paused", None),
                Status::Done => ("done", None),
                Status::Diverged { what, iteration } => ("diverged", Some((*what, *iteration))),
            };
            status.set(st.into());
            diverged.set(div);
            if let Some(g) = &s.gan {
                d_real.set(g.d_real);
                d_fake.set(g.d_fake);
                let dim = g.real.len() / g.real_labels.len().max(1);
                figure.set(SamplesFigure {
                    dim,
                    real: g.real.clone(),
                    fake: g.fake.clone(),
                });
            }
            if let Some(v) = &s.vae {
                elbo.set(v.recon_term - v.kl_term);
                let dim = v.data.len() / v.labels.len().max(1);
                figure.set(SamplesFigure {
                    dim,
                    real: v.data.clone(),
                    fake: v.prior.clone(),
                });
            }
        }
        TrainerEvent::Fallback(reason) => fallback.set(Some(reason)),
        TrainerEvent::Failed(reason) => {
            failed.set(Some(reason));
            status.set("idle".into());
        }
        TrainerEvent::Refused(reason) => {
            let prefix = REFUSED.get(page.lang.get_untracked());
            refused.set(Some(format!("{prefix} {reason}")));
        }
    };
    let view_spec = View {
        samples: 256,
        grid: None,
        class: None,
        manifold: None,
    };
    let trainer = StoredValue::new_local(Trainer::new(view_spec, listener));

    let start = move || {
        failed.set(None);
        refused.set(None);
        fallback.set(None);
        diverged.set(None);
        last.set(None);
        status.set("idle".into());
        iteration.set(f64::NAN);
        used.set(String::new());
        started.set(true);
        let steps = parsed.get_untracked().0.steps;
        let spec = spec_for(
            model.get_untracked(),
            backend.get_untracked(),
            steps,
            lr.get_untracked(),
        );
        trainer.with_value(|tr| tr.start(spec));
    };
    // A link with `train=` starts its run, on load and whenever the link changes.
    let wanted = Memo::new(move |_| parsed.get().0);
    Effect::new(move |_| {
        let w = wanted.get();
        if let Some(m) = w.model {
            model.set(m);
            backend.set(w.backend);
            lr.set(default_lr(m));
            start();
        }
    });
    let control = move |c: Control| trainer.with_value(|tr| tr.control(c));
    let set_lr =
        move |value: String| match params::parse_number("lr", &typed_decimal(&value), 1e-6, 10.0) {
            Ok(v) => {
                refused.set(None);
                lr.set(v);
                if started.get_untracked() {
                    let spec = spec_for(model.get_untracked(), backend.get_untracked(), None, v);
                    control(Control::Set(spec.model));
                }
            }
            Err(_) => {
                let kept =
                    crate::i18n::format_number(lr.get_untracked(), 6, page.lang.get_untracked());
                refused.set(Some(format!("{} {kept}.", t(BAD_LR))));
            }
        };
    let is_gan = move || model.get() != "vae";
    let label = move |x: Text| Signal::derive(move || t(x).to_string());
    let status_text = move || {
        let s = status.get();
        STATES
            .iter()
            .find(|(k, _)| *k == s)
            .map_or(s.clone(), |(_, text)| t(*text).to_string())
    };

    view! {
        <section class="train-panel" data-testid="train-panel" aria-labelledby="train-title">
            <h2 id="train-title">{tr(TITLE)}</h2>
            <p>{tr(LEAD)}</p>
            <Notices notices=notices on_reset=Callback::new(move |_| page.update_query(|q| {
                for k in ["train", "backend", "steps"] {
                    q.remove(k);
                }
            }))/>
            <div class="controls">
                <label>{tr(MODEL)} " "
                    <select data-testid="train-model" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some((k, _)) = MODELS.iter().find(|(k, _)| *k == v) {
                            model.set(k);
                            lr.set(default_lr(k));
                        }
                    }>
                        {MODELS.iter().map(|(k, name)| view! {
                            <option value=*k selected=move || model.get() == *k>{tr(*name)}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>{tr(BACKEND)} " "
                    <select data-testid="train-backend-choice" on:change=move |ev| {
                        if let Some(b) = Backend::parse(&event_target_value(&ev)) { backend.set(b) }
                    }>
                        {[Backend::Flex, Backend::Ndarray, Backend::WebGpu].into_iter().map(|b| view! {
                            <option value=b.as_str() selected=move || backend.get() == b>{backend_name(b.as_str())}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>{move || if is_gan() { t(LR) } else { t(VAE_LR) }} " "
                    <input type="text" inputmode="decimal" size="10" data-testid="train-lr"
                        prop:value=move || input_number(lr.get(), page.lang.get())
                        on:change=move |ev| set_lr(event_target_value(&ev))/>
                </label>
                <label>{tr(SPEED)} " "
                    <select data-testid="train-speed" on:change=move |ev| {
                        let cap = event_target_value(&ev).parse::<f64>().ok();
                        control(Control::Speed(cap));
                    }>
                        <option value="max">{tr(MAX)}</option>
                        {[100, 10, 1].into_iter().map(|n| view! {
                            <option value=n.to_string()>{n} " " {tr(PER_SEC)}</option>
                        }).collect_view()}
                    </select>
                </label>
            </div>
            <div class="controls">
                <button type="button" data-testid="train-start" on:click=move |_| start()>{tr(START)}</button>
                <button type="button" data-testid="train-pause" disabled=move || !started.get()
                    on:click=move |_| control(if status.get_untracked() == "running" { Control::Pause } else { Control::Resume })>
                    {move || if status.get() == "running" { t(PAUSE) } else { t(RESUME) }}
                </button>
                <button type="button" data-testid="train-step-d" disabled=move || !started.get() || !is_gan()
                    on:click=move |_| control(Control::Step(StepKind::D))>{tr(STEP_D)}</button>
                <button type="button" data-testid="train-step-g" disabled=move || !started.get() || !is_gan()
                    on:click=move |_| control(Control::Step(StepKind::G))>{tr(STEP_G)}</button>
                <button type="button" data-testid="train-step" disabled=move || !started.get()
                    on:click=move |_| control(Control::Step(StepKind::Iteration))>{tr(STEP_IT)}</button>
                <button type="button" data-testid="train-reset" disabled=move || !started.get()
                    on:click=move |_| { diverged.set(None); control(Control::Reset) }>{tr(RESET)}</button>
            </div>
            {move || failed.get().map(|e| view! {
                <div class="notices" role="alert">
                    <p class="notice notice-error" data-testid="train-failed">{t(FAILED)} " " {e}</p>
                    <button type="button" on:click=move |_| { failed.set(None); trainer.with_value(|tr| tr.retry()) }>{t(RETRY)}</button>
                </div>
            })}
            {move || refused.get().map(|e| view! {
                <p class="notice notice-error" role="alert" data-testid="train-refused">{e}</p>
            })}
            {move || diverged.get().map(|(what, at)| {
                let text = match what {
                    Quantity::LossD => DIVERGED_D,
                    Quantity::LossG => DIVERGED_G,
                    Quantity::Elbo => DIVERGED_ELBO,
                };
                view! {
                    <div class="notices" role="alert">
                        <p class="notice notice-error" data-testid="train-diverged">{t(text)} " " {at} ". " {t(DIVERGED_HINT)}</p>
                        <button type="button" on:click=move |_| { diverged.set(None); control(Control::Reset) }>{t(RESET)}</button>
                    </div>
                }
            })}
            {move || fallback.get().map(|reason| view! {
                <p class="notice" role="status" data-testid="train-fallback">{t(FALLBACK)} " " {reason}</p>
            })}
            <div class="readouts">
                <NameReadout name="train-status" label=label(STATUS) value=status shown=Signal::derive(status_text)/>
                <Readout name="iteration" label=label(ITERATION) value=iteration digits=9/>
                <Readout name="loss-d" label=Signal::derive(move || if is_gan() { t(LOSS_D).to_string() } else { t(NEG_ELBO).to_string() }) value=Signal::derive(move || last.get().map_or(f64::NAN, |p| p.a))/>
                <Show when=is_gan>
                    <Readout name="loss-g" label=label(LOSS_G) value=Signal::derive(move || last.get().map_or(f64::NAN, |p| p.b))/>
                    <Readout name="d-real" label=label(D_REAL) value=d_real/>
                    <Readout name="d-fake" label=label(D_FAKE) value=d_fake/>
                </Show>
                <Show when=move || !is_gan()>
                    <Readout name="elbo" label=label(ELBO) value=elbo/>
                </Show>
                {rate_while_running(move || status.get() == "running", "steps-per-sec", label(RATE), Signal::derive(move || rate.get()))}
                <Readout name="fps" label=label(FPS) value=fps unit=label(FPS_UNIT) digits=3/>
                <Readout name="worker-memory" label=label(MEMORY) value=memory unit=label(MB)/>
                <NameReadout name="train-backend" label=label(USED) value=used shown=Signal::derive(move || backend_name(&used.get()).to_string())/>
            </div>
            <PlotCanvas name="train-samples"
                draw=move |area: &_, scale|  { let _ = draw_samples(area, &figure.get(), scale); }
                label=Signal::derive(move || figure.with(|f| {
                    let dim = f.dim.max(1);
                    let alt = if dim == 1 { SAMPLES_ALT_1D } else { SAMPLES_ALT_2D };
                    t(alt)
                        .replace("{n}", &(f.real.len() / dim).to_string())
                        .replace("{m}", &(f.fake.len() / dim).to_string())
                }))
                caption=label(SAMPLES_CAPTION)
                aspect=0.7/>
        </section>
    }
}
