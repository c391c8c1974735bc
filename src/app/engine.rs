//! `#/engine`: starts the training worker (the second wasm module, with burn) and checks it
//! answers: a ping computed with burn tensors on CPU flex and on WebGPU, with the fallback to
//! the CPU shown when WebGPU is missing. Below, the live training panel.

use leptos::prelude::*;

use crate::components::{NameReadout, Readout, quoted, tr, use_page};
use crate::i18n::{ENGINE_TITLE, Text};
use crate::lessons::lab::controls::label;
use crate::protocol::{Backend, FromWorker, ToWorker, ping_reference};
use crate::web::worker_client::EngineClient;

const LEAD: Text = Text::new(
    "The labs train their models in a Web Worker, a separate wasm module with burn, loaded only when needed. This page starts it and asks it to compute Σx² for x = (1, 2, 3, 4) with burn tensors on the CPU (flex) and on WebGPU.",
    "Лаборатории обучают модели в воркере — фоновом потоке браузера со своим модулем WebAssembly и библиотекой burn, который загружается только по необходимости. Эта страница запускает воркер и просит вычислить Σx² для x = (1; 2; 3; 4) тензорами burn на CPU (flex) и на WebGPU.",
);
const STATUS: Text = Text::new("Worker:", "Воркер:");
const STARTING: Text = Text::new("starting", "запускается");
const READY: Text = Text::new("ready", "готов");
const ERROR: Text = Text::new("error", "ошибка");

const EXPECTED: Text = Text::new("Expected Σx² =", "Ожидается Σx² =");
const ON_FLEX: Text = Text::new("Σx² on CPU (flex) =", "Σx² на CPU (flex) =");
const ON_GPU: Text = Text::new("Σx² on the WebGPU request =", "Σx² по запросу WebGPU =");
const GPU_BACKEND: Text = Text::new("Computed by:", "Вычислено на:");
const FALLBACK: Text = Text::new(
    "WebGPU is not available here, so the CPU (flex) computed instead. Reason:",
    "WebGPU здесь недоступен, поэтому вычислил CPU (flex). Причина:",
);
const FAILED: Text = Text::new(
    "The training worker failed:",
    "Обучающий воркер не работает:",
);
const RETRY: Text = Text::new("Start it again", "Запустить заново");
const START_MS: Text = Text::new(
    "Worker start (load + compile) =",
    "Запуск воркера (загрузка + компиляция) =",
);
const FLEX_MS: Text = Text::new("CPU ping round trip =", "Пинг на CPU туда и обратно =");
const GPU_MS: Text = Text::new(
    "WebGPU ping round trip (with device set-up) =",
    "Пинг на WebGPU туда и обратно (с настройкой устройства) =",
);
const MS: Text = Text::new("ms", "мс");

const INPUT: [f32; 4] = [1.0, 2.0, 3.0, 4.0];
const FLEX_ID: u32 = 1;
const GPU_ID: u32 = 2;

/// Where the worker stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WorkerStatus {
    /// Loading and compiling.
    Starting,
    /// It said `Ready`.
    Ready,
    /// It could not start, or died.
    Error,
}

/// A worker page's status: a machine word for `data-value`, words for people.
pub(super) trait PageStatus: Copy + Send + Sync + 'static {
    /// The `data-value`.
    fn as_str(self) -> &'static str;
    /// What people read.
    fn word(self) -> Text;
}

impl PageStatus for WorkerStatus {
    fn as_str(self) -> &'static str {
        match self {
            WorkerStatus::Starting => "starting",
            WorkerStatus::Ready => "ready",
            WorkerStatus::Error => "error",
        }
    }

    fn word(self) -> Text {
        match self {
            WorkerStatus::Starting => STARTING,
            WorkerStatus::Ready => READY,
            WorkerStatus::Error => ERROR,
        }
    }
}

/// A page's status readout `name`, labelled `words`.
pub(super) fn status_readout<S: PageStatus>(
    name: &'static str,
    words: Text,
    status: RwSignal<S>,
) -> impl IntoView {
    let page = use_page();
    let value = Signal::derive(move || status.get().as_str().to_string());
    let shown = Signal::derive(move || page.t(status.get().word()).to_string());
    view! { <NameReadout name=name label=label(words) value=value shown=shown/> }
}

/// A worker page's notices: the worker failed (`error`, test id `error_id`, with a button that
/// calls `retry`), and WebGPU was not used (`fallback`). `words`: the failure's lead, the
/// retry button, the fallback's lead.
pub(super) fn worker_notices(
    (error, fallback): (RwSignal<Option<String>>, RwSignal<Option<String>>),
    error_id: &'static str,
    words: [Text; 3],
    retry: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let page = use_page();
    let [failed, again, instead] = words;
    view! {
        {move || error.get().map(|e| view! {
            <div class="notices" role="alert">
                <p class="notice notice-error" data-testid=error_id>{page.t(failed)} " " {quoted(e)}</p>
                <button type="button" on:click=move |_| retry()>{page.t(again)}</button>
            </div>
        })}
        {move || fallback.get().map(|reason| view! {
            <p class="notice" role="status" data-testid="webgpu-fallback">{page.t(instead)} " " {quoted(reason)}</p>
        })}
    }
}

/// The engine check page.
#[component]
pub fn EnginePage() -> impl IntoView {
    let page = use_page();
    let status = RwSignal::new(WorkerStatus::Starting);
    let flex = RwSignal::new(f64::NAN);
    let gpu = RwSignal::new(f64::NAN);
    let gpu_backend = RwSignal::new(None::<Backend>);
    let fallback = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let client = StoredValue::new_local(None::<EngineClient>);
    // Timings (web-time: std's Instant panics on wasm32).
    let started = StoredValue::new(web_time::Instant::now());
    let sent = StoredValue::new(web_time::Instant::now());
    let start_ms = RwSignal::new(f64::NAN);
    let flex_ms = RwSignal::new(f64::NAN);
    let gpu_ms = RwSignal::new(f64::NAN);
    let ms = move |since: StoredValue<web_time::Instant>| {
        since.get_value().elapsed().as_secs_f64() * 1e3
    };
    let ping = move |c: &EngineClient| {
        for (id, backend) in [(FLEX_ID, Backend::Flex), (GPU_ID, Backend::WebGpu)] {
            let input = INPUT.to_vec();
            if let Err(e) = c.send(&ToWorker::Ping { id, backend, input }) {
                error.set(Some(e));
            }
        }
    };

    let start = move || {
        status.set(WorkerStatus::Starting);
        started.set_value(web_time::Instant::now());
        error.set(None);
        client.set_value(None);
        let on_message = move |message: FromWorker| match message {
            FromWorker::Ready => {
                status.set(WorkerStatus::Ready);
                start_ms.set(ms(started));
                sent.set_value(web_time::Instant::now());
                client.with_value(|c| {
                    if let Some(c) = c {
                        ping(c);
                    }
                });
            }
            FromWorker::Pong {
                id,
                backend,
                value,
                fallback: reason,
            } => {
                if id == FLEX_ID {
                    flex.set(value);
                    flex_ms.set(ms(sent));
                } else {
                    gpu.set(value);
                    gpu_ms.set(ms(sent));
                    gpu_backend.set(Some(backend));
                    fallback.set(reason);
                }
            }
            FromWorker::Refused { problem, .. } => {
                status.set(WorkerStatus::Error);
                error.set(Some(problem.message(page.lang.get_untracked())));
            }
            FromWorker::Error { message, .. } | FromWorker::Died { message } => {
                status.set(WorkerStatus::Error);
                error.set(Some(message));
            }
            FromWorker::Snapshot(_) | FromWorker::Bench { .. } => {}
        };
        match EngineClient::start(on_message) {
            Ok(c) => client.set_value(Some(c)),
            Err(e) => {
                status.set(WorkerStatus::Error);
                error.set(Some(e));
            }
        }
    };
    start();
    on_cleanup(move || client.set_value(None));
    let computed_by =
        Signal::derive(move || gpu_backend.get().map_or("", Backend::as_str).to_string());

    view! {
        <article class="engine" data-testid="engine">
            <h1>{tr(ENGINE_TITLE)}</h1>
            <p class="lead">{tr(LEAD)}</p>
            {worker_notices((error, fallback), "engine-error", [FAILED, RETRY, FALLBACK], start)}
            <div class="readouts">
                {status_readout("worker-status", STATUS, status)}
                <Readout name="ping-expected" label=label(EXPECTED) value=Signal::derive(|| ping_reference(&INPUT))/>
                <Readout name="ping-flex" label=label(ON_FLEX) value=flex/>
                <Readout name="ping-webgpu" label=label(ON_GPU) value=gpu/>
                <Readout name="worker-start-ms" label=label(START_MS) value=start_ms unit=label(MS)/>
                <Readout name="ping-flex-ms" label=label(FLEX_MS) value=flex_ms unit=label(MS)/>
                <Readout name="ping-webgpu-ms" label=label(GPU_MS) value=gpu_ms unit=label(MS)/>
                <NameReadout name="webgpu-backend" label=label(GPU_BACKEND) value=computed_by/>
            </div>
            <super::train_panel::TrainPanel/>
        </article>
    }
}
