//! `#/bench?model=gan|vae&backend=flex|ndarray|webgpu&steps=N`: starts a fresh training worker,
//! warms up, times exactly N training steps there and only then fills `steps-per-sec` and
//! `backend` (the backend really used, after any fallback). A figure, not a test.

use leptos::prelude::*;

use crate::components::tr;

use crate::components::{NameReadout, Notices, Readout, use_page};
use crate::i18n::{BENCH_TITLE, Text};
use crate::lessons::lab::controls::backend_name;
use crate::params::bench::{BenchParams, KEYS, MAX_STEPS, MIN_STEPS};
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
const STATES: [(&str, Text); 4] = [
    (
        "starting",
        Text::new("starting the worker", "запуск воркера"),
    ),
    (
        "running",
        Text::new("warming up and timing", "разогрев и замер"),
    ),
    ("done", Text::new("done", "готово")),
    ("error", Text::new("failed", "ошибка")),
];

/// The benchmark page.
#[component]
pub fn BenchPage() -> impl IntoView {
    let page = use_page();
    let t = move |x: Text| x.get(page.lang.get());
    let parsed = Memo::new(move |_| page.route.with(|r| BenchParams::from_query(&r.query)));
    let params = Memo::new(move |_| parsed.get().0);
    let notices = Signal::derive(move || parsed.get().1);

    let status = RwSignal::new("starting".to_string());
    let rate = RwSignal::new(f64::NAN);
    let seconds = RwSignal::new(f64::NAN);
    let used = RwSignal::new(String::new());
    let mem = RwSignal::new([f64::NAN; 2]);
    let fallback = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let client = StoredValue::new_local(None::<EngineClient>);
    let request = StoredValue::new(0u32);

    let start = move |p: BenchParams| {
        client.set_value(None);
        status.set("starting".into());
        rate.set(f64::NAN);
        seconds.set(f64::NAN);
        used.set(String::new());
        mem.set([f64::NAN; 2]);
        fallback.set(None);
        error.set(None);
        let id = request.get_value() + 1;
        request.set_value(id);
        let on_message = move |message: FromWorker| {
            if request.get_value() != id {
                return; // an answer about an older request
            }
            match message {
                FromWorker::Ready => {
                    status.set("running".into());
                    let sent = client.with_value(|c| {
                        c.as_ref().map(|c| {
                            c.send(&ToWorker::Bench {
                                id,
                                model: p.model,
                                backend: p.backend,
                                steps: p.steps,
                            })
                        })
                    });
                    if let Some(Err(e)) = sent {
                        status.set("error".into());
                        error.set(Some(e));
                    }
                }
                FromWorker::Bench {
                    backend,
                    fallback: reason,
                    steps,
                    seconds: s,
                    memory,
                    ..
                } => {
                    used.set(backend.as_str().into());
                    fallback.set(reason);
                    seconds.set(s);
                    mem.set(memory);
                    rate.set(f64::from(steps) / s);
                    status.set("done".into());
                }
                FromWorker::Error { message, .. } | FromWorker::Died { message } => {
                    status.set("error".into());
                    error.set(Some(message));
                }
                FromWorker::Pong { .. } | FromWorker::Snapshot(_) => {}
            }
        };
        match EngineClient::start(on_message) {
            Ok(c) => client.set_value(Some(c)),
            Err(e) => {
                status.set("error".into());
                error.set(Some(e));
            }
        }
    };
    // A new worker for every change of the parameters (and on first load).
    Effect::new(move |_| start(params.get()));
    on_cleanup(move || client.set_value(None));

    let set = move |key: &'static str, value: String| {
        page.update_query(|q| q.set(key, value));
    };
    let on_reset = Callback::new(move |_| {
        page.update_query(|q| {
            for k in KEYS {
                q.remove(k);
            }
        })
    });
    let status_text = move || {
        let s = status.get();
        STATES
            .iter()
            .find(|(k, _)| *k == s)
            .map_or(s.clone(), |(_, text)| t(*text).to_string())
    };
    let mb = |bytes: f64| bytes / 1_048_576.0;

    view! {
        <article class="engine bench" data-testid="bench">
            <h1>{tr(BENCH_TITLE)}</h1>
            <p class="lead">{tr(LEAD)}</p>
            <Notices notices=notices on_reset=on_reset/>
            <div class="controls">
                <label>{tr(MODEL)} " "
                    <select data-testid="bench-model" on:change=move |ev| set("model", event_target_value(&ev))>
                        {[BenchModel::Gan, BenchModel::Vae].into_iter().map(|m| view! {
                            <option value=m.as_str() selected=move || params.get().model == m>{m.as_str().to_uppercase()}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>{tr(BACKEND)} " "
                    <select data-testid="bench-backend" on:change=move |ev| set("backend", event_target_value(&ev))>
                        {[Backend::Flex, Backend::Ndarray, Backend::WebGpu].into_iter().map(|b| view! {
                            <option value=b.as_str() selected=move || params.get().backend == b>{backend_name(b.as_str())}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>{tr(STEPS)} " "
                    <input type="number" data-testid="bench-steps" min=MIN_STEPS max=MAX_STEPS
                        prop:value=move || params.get().steps.to_string()
                        on:change=move |ev| set("steps", event_target_value(&ev))/>
                </label>
                <button type="button" on:click=move |_| start(params.get_untracked())>{tr(RUN)}</button>
            </div>
            {move || error.get().map(|e| view! {
                <div class="notices" role="alert">
                    <p class="notice notice-error" data-testid="bench-error">{t(FAILED)} " " {e}</p>
                    <button type="button" on:click=move |_| start(params.get_untracked())>{t(RETRY)}</button>
                </div>
            })}
            {move || fallback.get().map(|reason| view! {
                <p class="notice" role="status" data-testid="webgpu-fallback">{t(FALLBACK)} " " {reason}</p>
            })}
            <div class="readouts">
                <NameReadout name="bench-status" label=Signal::derive(move || t(STATUS).to_string()) value=status shown=Signal::derive(status_text)/>
                <Readout name="steps-per-sec" label=Signal::derive(move || t(RATE).to_string()) value=rate unit=Signal::derive(move || t(PER_SEC).to_string())/>
                <NameReadout name="backend" label=Signal::derive(move || t(USED).to_string()) value=used shown=Signal::derive(move || backend_name(&used.get()).to_string())/>
                <Readout name="bench-seconds" label=Signal::derive(move || t(SECONDS).to_string()) value=seconds unit=Signal::derive(move || t(SEC).to_string())/>
                <Readout name="memory-start" label=Signal::derive(move || t(MEM_START).to_string()) value=Signal::derive(move || mb(mem.get()[0])) unit=Signal::derive(move || t(MB).to_string())/>
                <Readout name="memory-end" label=Signal::derive(move || t(MEM_END).to_string()) value=Signal::derive(move || mb(mem.get()[1])) unit=Signal::derive(move || t(MB).to_string())/>
            </div>
        </article>
    }
}
