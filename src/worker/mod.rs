//! The training worker's entry: a dedicated Web Worker running its own wasm (Trunk
//! `data-type="worker"`), answering [`ToWorker`] messages with [`FromWorker`] ones.

use std::cell::RefCell;

use burn::tensor::Device;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::protocol::{Backend, FromWorker, ToWorker};
use crate::train;

thread_local! {
    /// The WebGPU device once initialised, or the reason it is unavailable. WebGPU is
    /// initialised at most once per worker: burn's runtime cannot be re-registered.
    static WEBGPU: RefCell<Option<Result<Device, String>>> = const { RefCell::new(None) };
}

/// Installs the message handler, then tells the page the worker is ready.
pub fn run() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let scope = reply_scope.clone();
        match serde_wasm_bindgen::from_value::<ToWorker>(event.data()) {
            Ok(request) => wasm_bindgen_futures::spawn_local(async move {
                post(&scope, &handle(request).await);
            }),
            Err(err) => post(
                &scope,
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
    post(&scope, &FromWorker::Ready);
}

async fn handle(request: ToWorker) -> FromWorker {
    match request {
        ToWorker::Ping { id, backend, input } => {
            let (device, used, fallback) = device_for(backend).await;
            match train::sum_of_squares(&input, &device).await {
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
            }
        }
    }
}

/// The device for `backend`, falling back to CPU flex when WebGPU is unavailable.
async fn device_for(backend: Backend) -> (Device, Backend, Option<String>) {
    if backend == Backend::Flex {
        return (train::cpu_device(), Backend::Flex, None);
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
