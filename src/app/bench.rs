//! `#/bench?model=gan|vae&backend=flex|ndarray|webgpu&steps=N`: starts a fresh training worker,
//! warms up, times exactly N training steps there and only then fills `steps-per-sec` and
//! `backend` (the backend really used, after any fallback). A figure, not a test.

use leptos::prelude::*;

use super::engine::{PageStatus, status_readout, worker_notices};
use crate::components::{NameReadout, Notices, Readout, tr, use_page, use_params};
use crate::i18n::{BENCH_TITLE, Text};
use crate::lessons::lab::controls::{backend_name, backend_select, label};
use crate::params::bench::{BenchParams, MAX_STEPS, MIN_STEPS};
use crate::protocol::{Backend, BenchModel, FromWorker, ToWorker};
use crate::web::worker_client::EngineClient;

const LEAD: Text = Text::new(
    "Times the training worker on one of two reference models: GAN Lab's default GAN (one step is one iteration: 2 discriminator and 1 generator updates, batch 150) or the reference VAE (encoder 2→32→32→4, decoder 2→32→32→2, Adam with learning rate 10⁻³, batch 256). A fresh worker warms up first (at least 3 s, so the browser has compiled the hot code with its optimising compiler), then exactly the chosen number of steps is timed; the results appear only when the timing is over.",
    "Замеряет обучающий воркер на одной из двух эталонных моделей: GAN по умолчанию из GAN Lab (шаг — одна итерация: 2 обновления дискриминатора и 1 генератора, батч 150) или эталонный VAE (энкодер 2→32→32→4, декодер 2→32→32→2, Adam со скоростью обучения 10⁻³, батч 256). Новый воркер сначала разогревается (не меньше 3 с, чтобы браузер успел скомпилировать горячий код оптимизирующим компилятором), затем замеряется ровно заданное число шагов; результаты появляются только по окончании замера.",
);
const MODEL: Text = Text::new("Model", "Модель");
const BACKEND: Text = Text::new("Backend", "Бэкенд");
const STEPS: Text = Text::new("Timed steps", "Шагов в замере");
const RUN: Text = Text::new("Run again", "Замерить снова");
const STATUS: Text = Text::new("Status:", "Состояние:");
const RATE: Text = Text::new("Speed =", "Темп =");
const PER_SEC: Text = Text::new("steps/s", "шагов/с");
const USED: Text = Text::new("Backend used:", "Использован бэкенд:");
const SECONDS: Text = Text::new("Timed for", "Замер длился");
const SEC: Text = Text::new("s", "с");
const MEM_START: Text = Text::new(
    "Worker memory after warm-up =",
    "Память воркера после разогрева =",
);
const MEM_END: Text = Text::new("Worker memory at the end =", "Память воркера в конце =");
const MB: Text = Text::new("MB", "МБ");
const FALLBACK: Text = Text::new(
    "WebGPU is not available here, so this ran on the CPU (flex). Reason:",
    "WebGPU здесь недоступен, поэтому замер шёл на CPU (flex). Причина:",
);
const FAILED: Text = Text::new("The benchmark failed:", "Замер не удался:");
const RETRY: Text = Text::new("Try again", "Попробовать снова");

/// Where the benchmark stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BenchStatus {
    /// The worker loads.
    Starting,
    /// Warming up, then timing.
    Running,
    /// The timing is over.
    Done,
    /// The worker could not start, refused, or died.
    Error,
}

impl PageStatus for BenchStatus {
    fn as_str(self) -> &'static str {
        match self {
            BenchStatus::Starting => "starting",
            BenchStatus::Running => "running",
            BenchStatus::Done => "done",
            BenchStatus::Error => "error",
        }
    }

    fn word(self) -> Text {
        match self {
            BenchStatus::Starting => Text::new("starting the worker", "запуск воркера"),
            BenchStatus::Running => Text::new("warming up and timing", "разогрев и замер"),
            BenchStatus::Done => Text::new("done", "готово"),
            BenchStatus::Error => Text::new("failed", "ошибка"),
        }
    }
}

/// What a finished timing found.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Timing {
    /// Timed steps per second.
    rate: f64,
    /// How long the timed steps took.
    seconds: f64,
    /// The backend really used.
    used: Backend,
    /// The worker's wasm memory after the warm-up and at the end, bytes.
    memory: [f64; 2],
}

/// The benchmark page.
#[component]
pub fn BenchPage() -> impl IntoView {
    let page = use_page();
    let pp = use_params(&[crate::params::pages::BENCH], BenchParams::from_query);
    let params = pp.params;
    let status = RwSignal::new(BenchStatus::Starting);
    let timing = RwSignal::new(None::<Timing>);
    let fallback = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let client = StoredValue::new_local(None::<EngineClient>);
    let request = StoredValue::new(0u32);

    let start = move |p: BenchParams| {
        client.set_value(None);
        status.set(BenchStatus::Starting);
        timing.set(None);
        fallback.set(None);
        error.set(None);
        let id = request.get_value() + 1;
        request.set_value(id);
        let fail = move |e: String| {
            status.set(BenchStatus::Error);
            error.set(Some(e));
        };
        let on_message = move |message: FromWorker| {
            if request.get_value() != id {
                return; // an answer about an older request
            }
            match message {
                FromWorker::Ready => {
                    status.set(BenchStatus::Running);
                    let (model, backend, steps) = (p.model, p.backend, p.steps);
                    let bench = ToWorker::Bench {
                        id,
                        model,
                        backend,
                        steps,
                    };
                    if let Some(Err(e)) = client.with_value(|c| c.as_ref().map(|c| c.send(&bench)))
                    {
                        fail(e);
                    }
                }
                FromWorker::Bench {
                    backend,
                    fallback: reason,
                    steps,
                    seconds,
                    memory,
                    ..
                } => {
                    fallback.set(reason);
                    let rate = f64::from(steps) / seconds;
                    timing.set(Some(Timing {
                        rate,
                        seconds,
                        used: backend,
                        memory,
                    }));
                    status.set(BenchStatus::Done);
                }
                FromWorker::Refused { problem, .. } => {
                    fail(problem.message(page.lang.get_untracked()));
                }
                FromWorker::Error { message, .. } | FromWorker::Died { message } => fail(message),
                FromWorker::Pong { .. } | FromWorker::Snapshot(_) => {}
            }
        };
        match EngineClient::start(on_message) {
            Ok(c) => client.set_value(Some(c)),
            Err(e) => fail(e),
        }
    };
    // A new worker for every change of the parameters (and on first load).
    Effect::new(move |_| start(params.get()));
    on_cleanup(move || client.set_value(None));

    let set = move |key: &'static str, value: String| {
        page.update_query(|q| q.set(key, value));
    };
    let found = move |f: fn(&Timing) -> f64| {
        Signal::derive(move || timing.with(|t| t.as_ref().map_or(f64::NAN, f)))
    };
    let used = Signal::derive(move || {
        timing
            .with(|t| t.map_or("", |t| t.used.as_str()))
            .to_string()
    });
    let retry = move || start(params.get_untracked());

    view! {
        <article class="engine bench" data-testid="bench">
            <h1>{tr(BENCH_TITLE)}</h1>
            <p class="lead">{tr(LEAD)}</p>
            <Notices notices=pp.notices on_reset=pp.reset/>
            <div class="controls">
                <label>{tr(MODEL)} " "
                    <select data-testid="bench-model" on:change=move |ev| set("model", event_target_value(&ev))>
                        {[BenchModel::Gan, BenchModel::Vae].into_iter().map(|m| view! {
                            <option value=m.as_str() selected=move || params.get().model == m>{m.as_str().to_uppercase()}</option>
                        }).collect_view()}
                    </select>
                </label>
                {backend_select("bench-backend", BACKEND, move || params.get().backend, move |b| set("backend", b.as_str().to_string()))}
                <label>{tr(STEPS)} " "
                    <input type="number" data-testid="bench-steps" min=MIN_STEPS max=MAX_STEPS
                        prop:value=move || params.get().steps.to_string()
                        on:change=move |ev| set("steps", event_target_value(&ev))/>
                </label>
                <button type="button" on:click=move |_| retry()>{tr(RUN)}</button>
            </div>
            {worker_notices((error, fallback), "bench-error", [FAILED, RETRY, FALLBACK], retry)}
            <div class="readouts">
                {status_readout("bench-status", STATUS, status)}
                <Readout name="steps-per-sec" label=label(RATE) value=found(|t| t.rate) unit=label(PER_SEC)/>
                <NameReadout name="backend" label=label(USED) value=used shown=Signal::derive(move || backend_name(&used.get()).to_string())/>
                <Readout name="bench-seconds" label=label(SECONDS) value=found(|t| t.seconds) unit=label(SEC)/>
                <Readout name="memory-start" label=label(MEM_START) value=found(|t| t.memory[0] / 1_048_576.0) unit=label(MB)/>
                <Readout name="memory-end" label=label(MEM_END) value=found(|t| t.memory[1] / 1_048_576.0) unit=label(MB)/>
            </div>
        </article>
    }
}
