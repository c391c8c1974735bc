//! The KL lesson's words: the seminar's slide «Функция близости Кульбака-Лейблера», with its
//! slip fixed: a divergence maps into [0, ∞], not ℝ — KL is +∞ when Q misses mass of P.

// The words themselves are in `text.toml`, beside this file (`build.rs` compiles it).
include!(concat!(env!("OUT_DIR"), "/words/lessons/kl/text.rs"));
