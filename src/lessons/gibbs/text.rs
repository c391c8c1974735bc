//! The Gibbs lesson's words: the seminar's slides «Неравенство Гиббса», in their order, with
//! two gaps closed: an index with pᵢ > 0 and qᵢ = 0 (then log(qᵢ/pᵢ) = −∞, outside the bound
//! log x ≤ x − 1, and the inequality holds strictly), and the pᵢ = 0 case, where
//! 0·log qᵢ = 0 exactly (with 0·log 0 = 0 when qᵢ = 0 too).

// The words themselves are in `text.toml`, beside this file (`build.rs` compiles it).
include!(concat!(env!("OUT_DIR"), "/words/lessons/gibbs/text.rs"));

/// Series label.
pub const LHS: &str = "pᵢ·log(qᵢ/pᵢ)";
/// Series label.
pub const RHS: &str = "qᵢ − pᵢ";
