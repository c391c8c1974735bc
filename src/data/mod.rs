//! Seeded toy data sets: 1-D mixtures and the 2-D shapes of GAN Lab and beyond, plus the
//! random numbers for noise and initial weights. Everything random in a run comes from one
//! [`Rng`] drawn on the host, so a seed gives the same run on every backend.

mod mixture;
pub mod mixture_edit;
mod rng;
mod toy2d;

pub use mixture::{Component, Mixture, MixtureError};
pub use rng::Rng;
pub use toy2d::{Shape2d, sample_2d};
