//! Pure f64 information theory: entropy and its building block `x·log x`, divergences between
//! distributions, and the triangle-inequality search of the Jensen–Shannon lesson.
//!
//! No leptos, no `web_sys`: everything here is unit-tested natively, and every lesson readout
//! is computed here.

pub mod divergence;
mod entropy;
pub mod gan;
pub mod kde;
pub mod pushforward;
pub mod quad;
pub mod samples2d;
pub mod simplex;
pub mod triangle;
pub mod vae;

pub use divergence::{cross_entropy, js, kl, sqrt_js, sym_kl};
pub use entropy::{Unit, entropy, neg_xlogx, xlogx};
