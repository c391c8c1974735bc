//! The training engine: burn tensors on a runtime [`Device`]. No leptos, no `web_sys`.
//!
//! Models ([`mlp`]), stable losses ([`losses`]) and the GAN session ([`gan`]); the worker
//! computes its ping with [`sum_of_squares`].

pub mod gan;
pub mod losses;
pub mod mlp;
pub mod run;
pub mod vae;

pub use crate::spec::DataSource;

use burn::tensor::{Device, Tensor};

use crate::protocol::Backend;
use thiserror::Error;

/// What can go wrong inside the engine.
#[derive(Debug, Error)]
pub enum EngineError {
    /// A tensor could not be read back from the device.
    #[error("reading a tensor back failed: {0}")]
    Read(String),
}

/// The CPU device the engine uses by default: burn-flex.
pub fn cpu_device() -> Device {
    Device::flex()
}

/// The device of a CPU backend: flex, or the deprecated ndarray (this is its one call site);
/// WebGPU's CPU side is flex.
pub fn cpu_device_for(backend: Backend) -> Device {
    match backend {
        // The course names ndarray; burn 0.22 deprecates it (flex is the default).
        #[allow(deprecated)]
        Backend::Ndarray => Device::ndarray(),
        Backend::Flex | Backend::WebGpu => Device::flex(),
    }
}

/// Σ xᵢ² of `input`, computed as burn tensor operations on `device`.
///
/// The read back is async, as WebGPU requires on the web; on the CPU it completes at once.
pub async fn sum_of_squares(input: &[f32], device: &Device) -> Result<f64, EngineError> {
    let x = Tensor::<1>::from_floats(input, device); // [n]
    let s = (x.clone() * x).sum(); // [1]
    let v: f32 = s
        .into_scalar_async()
        .await
        .map_err(|e| EngineError::Read(format!("{e:?}")))?;
    Ok(f64::from(v))
}
