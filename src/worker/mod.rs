//! The training worker's entry: a dedicated Web Worker running its own wasm (Trunk
//! `data-type="worker"`), answering [`ToWorker`] messages with [`FromWorker`] ones.
//!
//! One driver loop owns the run. Messages are queued by the `onmessage` handler and handled
//! between chunks of training; a chunk lasts about [`CHUNK_MS`], then the loop yields to the
//! event loop (a `MessageChannel` round trip: no 4 ms timer clamp) so messages get in. When no
//! run is training, the loop sleeps until a message arrives.

mod bench;
mod device;
mod yielder;

use std::collections::VecDeque;

use futures::StreamExt;
use futures::channel::mpsc;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};
use web_time::Instant;

use crate::protocol::{Backend, Control, FromWorker, RunSpec, ToWorker};
use crate::spec::SpecError;
use crate::train;
use crate::train::run::Run;
use bench::bench;
use device::{autodiff_device_for, device_for, wasm_memory_bytes};
use yielder::Yielder;

/// How long one chunk of training runs before the loop looks at its messages, ms.
const CHUNK_MS: f64 = 12.0;

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

    fn refuse(&mut self, id: u32, problem: SpecError) {
        self.current = None;
        post(
            &self.scope,
            &FromWorker::Refused {
                id: Some(id),
                problem,
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
            Err(problem) => self.refuse(id, problem),
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
                current.run.flush().await.map_err(Failure::Engine)
            }
            Control::Reset => {
                self.rate.clear();
                let paused = !current.run.is_running();
                current.run.reset(paused).map_err(Failure::Spec)
            }
            Control::Speed(cap) => {
                self.speed = cap.filter(|c| c.is_finite() && *c > 0.0);
                self.allowance = 0.0;
                self.filled = Instant::now();
                Ok(())
            }
            Control::Set(model) => current.run.set(model).map_err(Failure::Spec),
            Control::Limit(limit) => {
                current.run.set_limit(limit);
                Ok(())
            }
        };
        let id = Some(current.id);
        match result {
            Ok(()) => {}
            Err(Failure::Spec(problem)) => post(&self.scope, &FromWorker::Refused { id, problem }),
            Err(Failure::Engine(e)) => post(
                &self.scope,
                &FromWorker::Error {
                    id,
                    message: e.to_string(),
                },
            ),
        }
    }
}

/// Why a control failed: a setting refused, or the engine.
enum Failure {
    Spec(SpecError),
    Engine(crate::train::EngineError),
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
