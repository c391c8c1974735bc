//! The JS lesson's words: the seminar's slides «Метрика на основе функции близости
//! Йенсена-Шеннона» (1) and (2), in their order, with the triangle inequality — which the
//! seminar leaves to Endres & Schindelin (2003) — checked live by a counterexample search.

// The words themselves are in `text.toml`, beside this file (`build.rs` compiles it).
include!(concat!(env!("OUT_DIR"), "/words/lessons/js/text.rs"));

/// Candidate names.
pub const SQRT_JS_NAME: &str = "√D_JS";
/// Candidate names.
pub const JS_NAME: &str = "D_JS";
