//! The entropy lesson's words: the seminar's derivation (slides «Энтропия для унитарного
//! кодирования»), with its slips fixed: the limit is one-sided, x → 0⁺, and it is
//! «правило Лопиталя».

// The words themselves are in `text.toml`, beside this file (`build.rs` compiles it).
include!(concat!(env!("OUT_DIR"), "/words/lessons/entropy/text.rs"));

/// Y axis label of the terms figure, per unit.
pub const TERM_AXIS_NATS: &str = "−x·ln x";
/// Y axis label of the terms figure in bits.
pub const TERM_AXIS_BITS: &str = "−x·log₂ x";
