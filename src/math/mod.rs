//! Pure f64 information theory: entropy and its building block `x·log x`.
//!
//! No leptos, no `web_sys`: everything here is unit-tested natively, and every lesson readout
//! is computed here.

mod entropy;
pub mod simplex;

pub use entropy::{Unit, entropy, neg_xlogx, xlogx};
