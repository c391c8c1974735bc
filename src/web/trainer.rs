//! The page's side of a training run: starts the worker, sends the run once the worker is
//! ready, pulls one snapshot per animation frame (a new request only after the last answer, so
//! messages never pile up), measures the page's frame rate, and survives the worker's death: a
//! run on WebGPU restarts on CPU flex with a notice; any other death is reported for a retry.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;

use super::worker_client::EngineClient;
use crate::protocol::{Backend, Control, FromWorker, RunSpec, Snapshot, ToWorker, View};

/// What the page hears from a run.
#[derive(Clone, Debug)]
pub enum TrainerEvent {
    /// The latest state, with the page's frames per second.
    Snapshot(Box<Snapshot>, f64),
    /// WebGPU failed mid-run (the worker died); the run started again on CPU flex.
    Fallback(String),
    /// The worker could not start or died; [`Trainer::retry`] starts it again.
    Failed(String),
    /// The worker refused a request (a bad setting); the run goes on as it was.
    Refused(Refusal),
}

/// What the worker refused: a setting it will not train (said in the page's language), or a
/// request it could not serve (the engine's words).
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// A run or setting outside the limits.
    Spec(crate::spec::SpecError),
    /// Anything else.
    Other(String),
}

impl Refusal {
    /// In words, in `lang`.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        match self {
            Refusal::Spec(problem) => problem.message(lang),
            Refusal::Other(message) => message.clone(),
        }
    }
}

type Listener = Rc<dyn Fn(TrainerEvent)>;

struct Inner {
    client: Option<EngineClient>,
    ready: bool,
    run: u32,
    spec: Option<RunSpec>,
    view: View,
    awaiting: bool,
    listener: Listener,
    frame: Option<Closure<dyn FnMut(f64)>>,
    frame_id: Option<i32>,
    /// Frame times of the last second, ms.
    frames: std::collections::VecDeque<f64>,
}

/// A training run driven from the page. Dropping it stops the worker.
pub struct Trainer {
    inner: Rc<RefCell<Inner>>,
}

impl Trainer {
    /// A trainer that reports to `listener`; the worker starts with the first run.
    pub fn new(view: View, listener: impl Fn(TrainerEvent) + 'static) -> Trainer {
        Trainer {
            inner: Rc::new(RefCell::new(Inner {
                client: None,
                ready: false,
                run: 0,
                spec: None,
                view,
                awaiting: false,
                listener: Rc::new(listener),
                frame: None,
                frame_id: None,
                frames: std::collections::VecDeque::new(),
            })),
        }
    }

    /// Starts `spec` as a new run (the worker starts first if needed). Returns the run's id.
    pub fn start(&self, spec: RunSpec) -> u32 {
        let run = {
            let mut inner = self.inner.borrow_mut();
            inner.run += 1;
            inner.spec = Some(spec);
            inner.awaiting = false;
            inner.run
        };
        if self.inner.borrow().client.is_none() {
            self.spawn();
        } else {
            send_start(&self.inner);
        }
        self.ensure_frames();
        run
    }

    /// Starts the worker again after a failure, with the last run.
    pub fn retry(&self) {
        let old = self.inner.borrow_mut().client.take();
        drop_later(old);
        if self.inner.borrow().spec.is_some() {
            self.spawn();
            self.ensure_frames();
        }
    }

    /// Sends a control to the run.
    pub fn control(&self, control: Control) {
        if let ToWorkerOutcome::Refused(e) = send(&self.inner, &ToWorker::Control(control.clone()))
        {
            let listener = self.inner.borrow().listener.clone();
            listener(TrainerEvent::Failed(e));
        }
        // Keep the spec in step, so a restart (fallback, retry) resumes what the user set.
        if let Control::Set(model) = control
            && let Some(spec) = self.inner.borrow_mut().spec.as_mut()
        {
            spec.model = model;
        }
    }

    /// What the snapshots should carry from now on.
    pub fn set_view(&self, view: View) {
        self.inner.borrow_mut().view = view;
    }

    /// Lets `also` hear every event too, before the listener (a page that shows more of the
    /// snapshot than the listener keeps).
    pub fn also(&self, also: impl Fn(&TrainerEvent) + 'static) {
        let mut inner = self.inner.borrow_mut();
        let listener = inner.listener.clone();
        inner.listener = Rc::new(move |event| {
            also(&event);
            listener(event);
        });
    }

    fn spawn(&self) {
        spawn(&self.inner);
    }

    fn ensure_frames(&self) {
        if self.inner.borrow().frame.is_some() {
            return;
        }
        let weak = Rc::downgrade(&self.inner);
        let closure = Closure::<dyn FnMut(f64)>::new(move |now: f64| on_frame(&weak, now));
        self.inner.borrow_mut().frame = Some(closure);
        request_frame(&self.inner);
    }
}

impl Drop for Trainer {
    fn drop(&mut self) {
        let mut inner = self.inner.borrow_mut();
        if let (Some(id), Some(window)) = (inner.frame_id.take(), web_sys::window()) {
            let _ = window.cancel_animation_frame(id);
        }
        inner.frame = None;
        inner.client = None; // terminates the worker
    }
}

/// Starts a worker whose messages go to `inner`.
fn spawn(inner: &Rc<RefCell<Inner>>) {
    let weak = Rc::downgrade(inner);
    let started = EngineClient::start(move |message| on_message(&weak, message));
    match started {
        Ok(client) => {
            let mut i = inner.borrow_mut();
            i.client = Some(client);
            i.ready = false;
            i.awaiting = false;
        }
        Err(e) => {
            let listener = inner.borrow().listener.clone();
            listener(TrainerEvent::Failed(e));
        }
    }
}

/// Drops a dead worker's client after the current event handler returns (its closures may be
/// the ones running now).
fn drop_later(client: Option<EngineClient>) {
    wasm_bindgen_futures::spawn_local(async move { drop(client) });
}

enum ToWorkerOutcome {
    Sent,
    NotReady,
    Refused(String),
}

fn send(inner: &Rc<RefCell<Inner>>, message: &ToWorker) -> ToWorkerOutcome {
    let inner = inner.borrow();
    match (&inner.client, inner.ready) {
        (Some(client), true) => match client.send(message) {
            Ok(()) => ToWorkerOutcome::Sent,
            Err(e) => ToWorkerOutcome::Refused(e),
        },
        _ => ToWorkerOutcome::NotReady,
    }
}

fn send_start(inner: &Rc<RefCell<Inner>>) {
    let message = {
        let i = inner.borrow();
        match &i.spec {
            Some(spec) => ToWorker::Start {
                run: i.run,
                spec: spec.clone(),
            },
            None => return,
        }
    };
    if let ToWorkerOutcome::Refused(e) = send(inner, &message) {
        let listener = inner.borrow().listener.clone();
        listener(TrainerEvent::Failed(e));
    }
}

fn on_message(weak: &Weak<RefCell<Inner>>, message: FromWorker) {
    let Some(inner) = weak.upgrade() else {
        return;
    };
    let listener = inner.borrow().listener.clone();
    match message {
        FromWorker::Ready => {
            inner.borrow_mut().ready = true;
            send_start(&inner);
        }
        FromWorker::Snapshot(snapshot) => {
            let (current, fps) = {
                let mut i = inner.borrow_mut();
                i.awaiting = false;
                (snapshot.run == i.run, fps(&i.frames))
            };
            if current {
                listener(TrainerEvent::Snapshot(snapshot, fps));
            }
        }
        FromWorker::Died { message } => {
            let on_gpu = {
                let mut i = inner.borrow_mut();
                drop_later(i.client.take());
                i.ready = false;
                i.awaiting = false;
                match i.spec.as_mut() {
                    Some(spec) if spec.backend == Backend::WebGpu => {
                        spec.backend = Backend::Flex;
                        true
                    }
                    _ => false,
                }
            };
            if on_gpu {
                spawn(&inner);
                listener(TrainerEvent::Fallback(message));
            } else {
                listener(TrainerEvent::Failed(message));
            }
        }
        FromWorker::Refused { problem, .. } => {
            inner.borrow_mut().awaiting = false;
            listener(TrainerEvent::Refused(Refusal::Spec(problem)));
        }
        FromWorker::Error { message, .. } => {
            inner.borrow_mut().awaiting = false;
            listener(TrainerEvent::Refused(Refusal::Other(message)));
        }
        FromWorker::Pong { .. } | FromWorker::Bench { .. } => {}
    }
}

fn request_frame(inner: &Rc<RefCell<Inner>>) {
    let id = {
        let i = inner.borrow();
        match (&i.frame, web_sys::window()) {
            (Some(closure), Some(window)) => window
                .request_animation_frame(closure.as_ref().unchecked_ref())
                .ok(),
            _ => None,
        }
    };
    inner.borrow_mut().frame_id = id;
}

fn on_frame(weak: &Weak<RefCell<Inner>>, now: f64) {
    let Some(inner) = weak.upgrade() else {
        return;
    };
    let ask = {
        let mut i = inner.borrow_mut();
        i.frames.push_back(now);
        while i.frames.front().is_some_and(|t| now - t > 1000.0) {
            i.frames.pop_front();
        }
        if i.ready && !i.awaiting && i.spec.is_some() {
            i.awaiting = true;
            Some(ToWorker::Snapshot(i.view.clone()))
        } else {
            None
        }
    };
    if let Some(message) = ask
        && !matches!(send(&inner, &message), ToWorkerOutcome::Sent)
    {
        inner.borrow_mut().awaiting = false;
    }
    request_frame(&inner);
}

/// Frames per second over the last second of frame times.
fn fps(frames: &std::collections::VecDeque<f64>) -> f64 {
    match (frames.front(), frames.back()) {
        (Some(first), Some(last)) if last > first => {
            (frames.len() - 1) as f64 * 1000.0 / (last - first)
        }
        _ => f64::NAN,
    }
}
