//! The training worker's entry: a dedicated Web Worker running its own wasm (Trunk
//! `data-type="worker"`), answering [`ToWorker`] messages with [`FromWorker`] ones.
//!
//! One driver loop owns the run. Messages are queued by the `onmessage` handler and handled
//! between chunks of training; a chunk lasts about [`CHUNK_MS`], then the loop yields to the
//! event loop (a `MessageChannel` round trip: no 4 ms timer clamp) so messages get in. When no
//! run is training, the loop sleeps until a message arrives.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use burn::tensor::Device;
use futures::StreamExt;
use futures::channel::mpsc;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageChannel, MessageEvent};
use web_time::Instant;

use crate::data::Shape2d;
use crate::protocol::{Backend, BenchModel, Control, FromWorker, ModelSpec, RunSpec, ToWorker};
use crate::spec::{DataSource, GanConfig, VaeConfig};
use crate::train;
use crate::train::run::{Run, cpu_autodiff_device};

/// How long one chunk of training runs before the loop looks at its messages, ms.
const CHUNK_MS: f64 = 12.0;

thread_local! {
    /// The WebGPU device once initialised, or the reason it is unavailable. WebGPU is
    /// initialised at most once per worker: burn's runtime cannot be re-registered.
    static WEBGPU: RefCell<Option<Result<Device, String>>> = const { RefCell::new(None) };
}

/// Installs the message handler, starts the driver, then tells the page the worker is ready.
pub fn run() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let (tx, rx) = mpsc::unbounded::<ToWorker>();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        match serde_wasm_bindgen::from_value::<ToWorker>(event.data()) {
            Ok(request) => {
                if tx.unbounded_send(request).is_err() {
                    post(
                        &reply_scope,
                        &FromWorker::Error {
                            id: None,
                            message: "the worker's driver has stopped".into(),
                        },
                    );
                }
            }
            Err(err) => post(
                &reply_scope,
                &FromWorker::Error {
                    id: None,
                    message: format!("unreadable request: {err}"),
                },
            ),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    let driver_scope = scope.clone();
    wasm_bindgen_futures::spawn_local(async move {
        Driver::new(driver_scope).run(rx).await;
    });
    post(&scope, &FromWorker::Ready);
}

/// The run in progress and what the page asked of it.
struct Current {
    id: u32,
    run: Run,
    backend: Backend,
    fallback: Option<String>,
}

struct Driver {
    scope: DedicatedWorkerGlobalScope,
    current: Option<Current>,
    /// Iterations per second cap; `None`: as fast as possible.
    speed: Option<f64>,
    /// Iterations the cap still allows (a token bucket), and when it was last filled.
    allowance: f64,
    filled: Instant,
    /// (time, iteration) pairs of the last second or so, for the steps/s readout.
    rate: VecDeque<(Instant, u64)>,
    yielder: Yielder,
}

impl Driver {
    fn new(scope: DedicatedWorkerGlobalScope) -> Driver {
        Driver {
            scope,
            current: None,
            speed: None,
            allowance: 0.0,
            filled: Instant::now(),
            rate: VecDeque::new(),
            yielder: Yielder::new(),
        }
    }

    async fn run(mut self, mut rx: mpsc::UnboundedReceiver<ToWorker>) {
        loop {
            while let Ok(message) = rx.try_recv() {
                self.handle(message).await;
            }
            let training = self.current.as_ref().is_some_and(|c| c.run.is_running());
            if training {
                self.chunk().await;
                self.yielder.yield_now().await;
            } else {
                match rx.next().await {
                    Some(message) => self.handle(message).await,
                    None => return,
                }
            }
        }
    }

    /// Trains for about [`CHUNK_MS`] (or what the speed cap allows), then reads the losses.
    async fn chunk(&mut self) {
        let now = Instant::now();
        let budget = match self.speed {
            Some(cap) => {
                let dt = now.duration_since(self.filled).as_secs_f64();
                self.allowance = (self.allowance + cap * dt).min(cap.max(1.0));
                self.filled = now;
                if self.allowance < 1.0 {
                    // Nothing allowed yet: wait a little (messages still get in).
                    self.yielder.sleep(8).await;
                    return;
                }
                self.allowance.floor() as u64
            }
            None => u64::MAX,
        };
        let Some(current) = self.current.as_mut() else {
            return;
        };
        let mut done = 0u64;
        while done < budget && now.elapsed().as_secs_f64() * 1e3 < CHUNK_MS {
            let step = current.run.train(1);
            if step == 0 {
                break;
            }
            done += step;
        }
        if self.speed.is_some() {
            self.allowance -= done as f64;
        }
        if let Err(err) = current.run.flush().await {
            let id = current.id;
            self.fail(id, &err.to_string());
            return;
        }
        self.note_rate();
    }

    fn note_rate(&mut self) {
        let Some(current) = &self.current else {
            return;
        };
        let now = Instant::now();
        self.rate.push_back((now, current.run.iteration()));
        while self
            .rate
            .front()
            .is_some_and(|(t, _)| now.duration_since(*t).as_secs_f64() > 1.0)
        {
            self.rate.pop_front();
        }
    }

    fn steps_per_sec(&self) -> f64 {
        match (self.rate.front(), self.rate.back()) {
            (Some((t0, i0)), Some((t1, i1))) if t1 > t0 => {
                (i1.saturating_sub(*i0)) as f64 / t1.duration_since(*t0).as_secs_f64()
            }
            _ => 0.0,
        }
    }

    fn fail(&mut self, id: u32, message: &str) {
        self.current = None;
        post(
            &self.scope,
            &FromWorker::Error {
                id: Some(id),
                message: message.to_string(),
            },
        );
    }

    async fn handle(&mut self, message: ToWorker) {
        match message {
            ToWorker::Ping { id, backend, input } => {
                let (device, used, fallback) = device_for(backend).await;
                let reply = match train::sum_of_squares(&input, &device).await {
                    Ok(value) => FromWorker::Pong {
                        id,
                        backend: used,
                        value,
                        fallback,
                    },
                    Err(err) => FromWorker::Error {
                        id: Some(id),
                        message: err.to_string(),
                    },
                };
                post(&self.scope, &reply);
            }
            ToWorker::Start { run, spec } => self.start(run, spec).await,
            ToWorker::Control(control) => self.control(control).await,
            ToWorker::Snapshot(view) => {
                let steps_per_sec = if self.current.as_ref().is_some_and(|c| c.run.is_running()) {
                    self.steps_per_sec()
                } else {
                    0.0
                };
                let Some(current) = self.current.as_mut() else {
                    return;
                };
                let answer = current
                    .run
                    .snapshot(
                        current.id,
                        &view,
                        current.backend,
                        current.fallback.clone(),
                        steps_per_sec,
                    )
                    .await;
                match answer {
                    Ok(mut snapshot) => {
                        snapshot.memory = wasm_memory_bytes();
                        post(&self.scope, &FromWorker::Snapshot(Box::new(snapshot)));
                    }
                    Err(err) => {
                        let id = current.id;
                        self.fail(id, &err.to_string());
                    }
                }
            }
            ToWorker::Bench {
                id,
                model,
                backend,
                steps,
            } => {
                let reply = bench(id, model, backend, steps).await;
                post(&self.scope, &reply);
            }
        }
    }

    async fn start(&mut self, id: u32, spec: RunSpec) {
        let (device, backend, fallback) = autodiff_device_for(spec.backend).await;
        match Run::new(spec, device) {
            Ok(run) => {
                self.rate.clear();
                self.current = Some(Current {
                    id,
                    run,
                    backend,
                    fallback,
                });
            }
            Err(problem) => self.fail(id, &problem),
        }
    }

    async fn control(&mut self, control: Control) {
        let Some(current) = self.current.as_mut() else {
            return;
        };
        let result = match control {
            Control::Pause => {
                current.run.set_running(false);
                Ok(())
            }
            Control::Resume => {
                current.run.set_running(true);
                self.rate.clear();
                Ok(())
            }
            Control::Step(kind) => {
                current.run.step(kind);
                current.run.flush().await.map_err(|e| e.to_string())
            }
            Control::Reset => {
                self.rate.clear();
                let paused = !current.run.is_running();
                current.run.reset(paused)
            }
            Control::Speed(cap) => {
                self.speed = cap.filter(|c| c.is_finite() && *c > 0.0);
                self.allowance = 0.0;
                self.filled = Instant::now();
                Ok(())
            }
            Control::Set(model) => current.run.set(model),
            Control::Limit(limit) => {
                current.run.set_limit(limit);
                Ok(())
            }
        };
        if let Err(message) = result {
            post(
                &self.scope,
                &FromWorker::Error {
                    id: Some(current.id),
                    message,
                },
            );
        }
    }
}

/// How long a benchmark warms up at least.
const WARMUP: std::time::Duration = std::time::Duration::from_secs(3);

/// Times `steps` steps of a benchmark model after a warm-up of a tenth as many (at least 20)
/// lasting at least [`WARMUP`].
async fn bench(id: u32, model: BenchModel, backend: Backend, steps: u32) -> FromWorker {
    let (device, used, fallback) = autodiff_device_for(backend).await;
    let spec = RunSpec {
        model: match model {
            BenchModel::Gan => ModelSpec::Gan(GanConfig::gan_lab(1)),
            BenchModel::Vae => ModelSpec::Vae(VaeConfig::reference(1)),
        },
        data: DataSource::Shape(Shape2d::EightGaussians),
        backend: used,
        steps: None,
        paused: false,
    };
    let mut run = match Run::new(spec, device) {
        Ok(run) => run,
        Err(message) => {
            return FromWorker::Error {
                id: Some(id),
                message,
            };
        }
    };
    // Warm up for at least a tenth of the steps (20 or more) and at least WARMUP: V8 runs
    // fresh wasm in its baseline compiler and moves hot functions to its optimising one only
    // after they have run a while, and timing before that measures the compiler, not the
    // training (3 000 GAN iterations timed after 300 read ~1 500 it/s; after 3 s, ~2 400).
    let warmup_start = Instant::now();
    let mut warmed = 0u64;
    let least = u64::from((steps / 10).max(20));
    while warmed < least || warmup_start.elapsed() < WARMUP {
        let chunk = if warmed < least { least - warmed } else { 50 };
        run.train(chunk);
        warmed += chunk;
        if let Err(err) = run.flush().await {
            return FromWorker::Error {
                id: Some(id),
                message: err.to_string(),
            };
        }
    }
    let memory_before = wasm_memory_bytes();
    let start = Instant::now();
    run.train(u64::from(steps));
    // Reading the last losses waits for any queued GPU work.
    if let Err(err) = run.flush().await {
        return FromWorker::Error {
            id: Some(id),
            message: err.to_string(),
        };
    }
    let seconds = start.elapsed().as_secs_f64();
    FromWorker::Bench {
        id,
        backend: used,
        fallback,
        steps,
        seconds,
        memory: [memory_before, wasm_memory_bytes()],
    }
}

fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| {
            m.buffer()
                .unchecked_into::<js_sys::ArrayBuffer>()
                .byte_length() as f64
        })
        .unwrap_or(0.0)
}

/// The autodiff device for `backend`, falling back to flex when WebGPU is unavailable.
async fn autodiff_device_for(backend: Backend) -> (Device, Backend, Option<String>) {
    match backend {
        Backend::Flex | Backend::Ndarray => (cpu_autodiff_device(backend), backend, None),
        Backend::WebGpu => {
            let (device, used, fallback) = device_for(backend).await;
            (device.autodiff(), used, fallback)
        }
    }
}

/// The device for `backend`, falling back to CPU flex when WebGPU is unavailable.
async fn device_for(backend: Backend) -> (Device, Backend, Option<String>) {
    if backend != Backend::WebGpu {
        return (train::cpu_device_for(backend), backend, None);
    }
    if WEBGPU.with(|w| w.borrow().is_none()) {
        let init = Device::wgpu_options()
            .init_async()
            .await
            .map_err(|e| e.to_string());
        WEBGPU.with(|w| *w.borrow_mut() = Some(init));
    }
    match WEBGPU.with(|w| w.borrow().clone()) {
        Some(Ok(device)) => (device, Backend::WebGpu, None),
        Some(Err(reason)) => (train::cpu_device(), Backend::Flex, Some(reason)),
        None => (
            train::cpu_device(),
            Backend::Flex,
            Some("WebGPU was not initialised".into()),
        ),
    }
}

/// Yields to the worker's event loop without a timer's 4 ms clamp: a message posted to one's
/// own `MessageChannel` port arrives as the next task.
struct Yielder {
    channel: Option<MessageChannel>,
    waiting: Rc<RefCell<Option<js_sys::Function>>>,
    _on_message: Option<Closure<dyn FnMut(MessageEvent)>>,
}

impl Yielder {
    fn new() -> Yielder {
        let waiting: Rc<RefCell<Option<js_sys::Function>>> = Rc::new(RefCell::new(None));
        let Ok(channel) = MessageChannel::new() else {
            return Yielder {
                channel: None,
                waiting,
                _on_message: None,
            };
        };
        let wake = waiting.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |_: MessageEvent| {
            if let Some(resolve) = wake.borrow_mut().take() {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
        });
        channel
            .port1()
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Yielder {
            channel: Some(channel),
            waiting,
            _on_message: Some(on_message),
        }
    }

    async fn yield_now(&self) {
        let Some(channel) = &self.channel else {
            self.sleep(0).await;
            return;
        };
        let waiting = self.waiting.clone();
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            *waiting.borrow_mut() = Some(resolve);
        });
        if channel.port2().post_message(&JsValue::NULL).is_err() {
            self.waiting.borrow_mut().take();
            return;
        }
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }

    async fn sleep(&self, ms: i32) {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
            let _ = scope.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

fn post(scope: &DedicatedWorkerGlobalScope, message: &FromWorker) {
    match serde_wasm_bindgen::to_value(message) {
        Ok(value) => {
            if let Err(err) = scope.post_message(&value) {
                web_sys::console::error_2(&"worker: postMessage failed".into(), &err);
            }
        }
        Err(err) => web_sys::console::error_1(&format!("worker: encode failed: {err}").into()),
    }
}
