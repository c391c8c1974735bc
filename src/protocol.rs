//! The messages between the lesson page and the training worker (the second wasm module).
//!
//! Both sides are compiled from this one definition, so they cannot drift apart. Messages are
//! plain data, sent with `serde-wasm-bindgen`. The worker speaks first ([`FromWorker::Ready`]):
//! anything posted before its wasm has installed its handler would be lost.

use serde::{Deserialize, Serialize};

/// A compute backend the worker can train on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Backend {
    /// burn-flex on the CPU (the default).
    Flex,
    /// burn-wgpu on the browser's WebGPU.
    WebGpu,
}

impl Backend {
    /// The name shown in readouts and used in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Backend::Flex => "flex",
            Backend::WebGpu => "webgpu",
        }
    }

    /// Parses [`Backend::as_str`].
    pub fn parse(s: &str) -> Option<Backend> {
        match s {
            "flex" => Some(Backend::Flex),
            "webgpu" => Some(Backend::WebGpu),
            _ => None,
        }
    }
}

/// A request from the page to the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ToWorker {
    /// Run the ping computation on `backend` and answer [`FromWorker::Pong`].
    Ping {
        /// Echoed back, so a late answer to an old request can be recognised and dropped.
        id: u32,
        /// Where to compute.
        backend: Backend,
        /// The input vector; the worker returns Σ xᵢ² computed with burn tensors.
        input: Vec<f32>,
    },
}

/// A message from the worker to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FromWorker {
    /// The worker's wasm is loaded and its message handler installed.
    Ready,
    /// The answer to [`ToWorker::Ping`].
    Pong {
        /// The request's id.
        id: u32,
        /// The backend that actually computed (differs from the request after a fallback).
        backend: Backend,
        /// Σ xᵢ², computed with burn.
        value: f64,
        /// Why the requested backend was not used, if it was not.
        fallback: Option<String>,
    },
    /// A request could not be served.
    Error {
        /// The request's id, when the request could be read.
        id: Option<u32>,
        /// What went wrong, in words for the page's notice.
        message: String,
    },
}

/// The ping's expected answer, computed in plain f64 (the test oracle for the worker).
pub fn ping_reference(input: &[f32]) -> f64 {
    input.iter().map(|&x| f64::from(x) * f64::from(x)).sum()
}
