//! Starting the training worker and talking to it. The worker is a classic worker (Trunk's
//! generated loader uses `importScripts`), and it speaks first with
//! [`FromWorker::Ready`](crate::protocol::FromWorker::Ready).

use wasm_bindgen::prelude::*;
use web_sys::{ErrorEvent, MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::protocol::{FromWorker, ToWorker};

/// The loader Trunk generates for `src/bin/worker.rs`, relative to the page, so the app works
/// from any sub-folder.
pub const WORKER_URL: &str = "./worker_loader.js";

/// A running worker with its handlers; dropping it terminates the worker.
pub struct EngineClient {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl EngineClient {
    /// Starts the worker. `on_message` gets every decoded message; undecodable ones and load
    /// failures arrive as [`FromWorker::Error`], the worker's death as [`FromWorker::Died`].
    pub fn start(on_message: impl Fn(FromWorker) + 'static) -> Result<EngineClient, String> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Classic);
        let worker =
            Worker::new_with_options(WORKER_URL, &options).map_err(|e| format!("{e:?}"))?;
        let on_message = std::rc::Rc::new(on_message);
        let deliver = on_message.clone();
        let on_msg = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let message = serde_wasm_bindgen::from_value::<FromWorker>(event.data())
                .unwrap_or_else(|e| FromWorker::Error {
                    id: None,
                    message: format!("unreadable answer: {e}"),
                });
            deliver(message);
        });
        let on_err = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
            event.prevent_default();
            let message = if event.message().is_empty() {
                "the worker script failed to load".to_string()
            } else {
                event.message()
            };
            on_message(FromWorker::Died { message });
        });
        worker.set_onmessage(Some(on_msg.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_err.as_ref().unchecked_ref()));
        Ok(EngineClient {
            worker,
            _on_message: on_msg,
            _on_error: on_err,
        })
    }

    /// Sends a request. Only call after [`FromWorker::Ready`]: earlier messages are lost.
    pub fn send(&self, request: &ToWorker) -> Result<(), String> {
        let value = serde_wasm_bindgen::to_value(request).map_err(|e| e.to_string())?;
        self.worker
            .post_message(&value)
            .map_err(|e| format!("{e:?}"))
    }
}

impl Drop for EngineClient {
    fn drop(&mut self) {
        // A message the worker posted before it was terminated may still be queued for this
        // page: with the handlers unset it finds none, instead of a dropped closure (which
        // throws "closure invoked recursively or after being dropped").
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}
