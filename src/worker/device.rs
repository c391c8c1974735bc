//! The worker's devices: the CPU backends, and WebGPU initialised at most once with a fallback
//! to flex (and its reason) where no adapter is there; and the worker's wasm memory.

use std::cell::RefCell;

use burn::tensor::Device;
use wasm_bindgen::JsCast;

use crate::protocol::Backend;
use crate::train;
use crate::train::run::cpu_autodiff_device;

thread_local! {
    /// The WebGPU device once initialised, or the reason it is unavailable. WebGPU is
    /// initialised at most once per worker: burn's runtime cannot be re-registered.
    static WEBGPU: RefCell<Option<Result<Device, String>>> = const { RefCell::new(None) };
}

/// The worker's wasm memory, bytes (reported with each snapshot and around a benchmark).
pub(super) fn wasm_memory_bytes() -> f64 {
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
pub(super) async fn autodiff_device_for(backend: Backend) -> (Device, Backend, Option<String>) {
    match backend {
        Backend::Flex | Backend::Ndarray => (cpu_autodiff_device(backend), backend, None),
        Backend::WebGpu => {
            let (device, used, fallback) = device_for(backend).await;
            (device.autodiff(), used, fallback)
        }
    }
}

/// The device for `backend`, falling back to CPU flex when WebGPU is unavailable.
pub(super) async fn device_for(backend: Backend) -> (Device, Backend, Option<String>) {
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
