//! `#/engine`: starts the training worker (the second wasm module, with burn) and checks it
//! answers: a ping computed with burn tensors on CPU flex and on WebGPU, with the fallback to
//! the CPU shown when WebGPU is missing.

use leptos::prelude::*;

use crate::components::tr;

use crate::components::{NameReadout, Readout, use_page};
use crate::i18n::{ENGINE_TITLE, Text};
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

/// The worker's status in words (`data-value` keeps the machine word).
fn status_word(status: &str) -> Text {
    match status {
        "ready" => READY,
        "error" => ERROR,
        _ => STARTING,
    }
}
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

/// The engine check page.
#[component]
pub fn EnginePage() -> impl IntoView {
    let page = use_page();
    let t = move |x: Text| x.get(page.lang.get());
    let status = RwSignal::new("starting".to_string());
    let flex = RwSignal::new(f64::NAN);
    let gpu = RwSignal::new(f64::NAN);
    let gpu_backend = RwSignal::new(String::new());
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

    let start = move || {
        status.set("starting".into());
        started.set_value(web_time::Instant::now());
        error.set(None);
        client.set_value(None);
        let on_message = move |message: FromWorker| match message {
            FromWorker::Ready => {
                status.set("ready".into());
                start_ms.set(ms(started));
                sent.set_value(web_time::Instant::now());
                client.with_value(|c| {
                    if let Some(c) = c {
                        for (id, backend) in [(FLEX_ID, Backend::Flex), (GPU_ID, Backend::WebGpu)] {
                            if let Err(e) = c.send(&ToWorker::Ping {
                                id,
                                backend,
                                input: INPUT.to_vec(),
                            }) {
                                error.set(Some(e));
                            }
                        }
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
                    gpu_backend.set(backend.as_str().into());
                    fallback.set(reason);
                }
            }
            FromWorker::Error { message, .. } | FromWorker::Died { message } => {
                status.set("error".into());
                error.set(Some(message));
            }
            FromWorker::Snapshot(_) | FromWorker::Bench { .. } => {}
        };
        match EngineClient::start(on_message) {
            Ok(c) => client.set_value(Some(c)),
            Err(e) => {
                status.set("error".into());
                error.set(Some(e));
            }
        }
    };
    start();
    on_cleanup(move || client.set_value(None));

    view! {
        <article class="engine" data-testid="engine">
            <h1>{tr(ENGINE_TITLE)}</h1>
            <p class="lead">{tr(LEAD)}</p>
            {move || error.get().map(|e| view! {
                <div class="notices" role="alert">
                    <p class="notice notice-error" data-testid="engine-error">{t(FAILED)} " " {e}</p>
                    <button type="button" on:click=move |_| start()>{t(RETRY)}</button>
                </div>
            })}
            {move || fallback.get().map(|reason| view! {
                <p class="notice" role="status" data-testid="webgpu-fallback">{t(FALLBACK)} " " {reason}</p>
            })}
            <div class="readouts">
                <NameReadout name="worker-status" label=Signal::derive(move || t(STATUS).to_string()) value=status
                    shown=Signal::derive(move || t(status_word(&status.get())).to_string())/>
                <Readout name="ping-expected" label=Signal::derive(move || t(EXPECTED).to_string()) value=Signal::derive(|| ping_reference(&INPUT))/>
                <Readout name="ping-flex" label=Signal::derive(move || t(ON_FLEX).to_string()) value=flex/>
                <Readout name="ping-webgpu" label=Signal::derive(move || t(ON_GPU).to_string()) value=gpu/>
                <Readout name="worker-start-ms" label=Signal::derive(move || t(START_MS).to_string()) value=start_ms unit=Signal::derive(move || t(MS).to_string())/>
                <Readout name="ping-flex-ms" label=Signal::derive(move || t(FLEX_MS).to_string()) value=flex_ms unit=Signal::derive(move || t(MS).to_string())/>
                <Readout name="ping-webgpu-ms" label=Signal::derive(move || t(GPU_MS).to_string()) value=gpu_ms unit=Signal::derive(move || t(MS).to_string())/>
                <NameReadout name="webgpu-backend" label=Signal::derive(move || t(GPU_BACKEND).to_string()) value=gpu_backend/>
            </div>
            <super::train_panel::TrainPanel/>
        </article>
    }
}
