//! The optimal discriminator lesson's words: the seminar's theorem argmax_D V(D, G) = D_G =
//! p_data/(p_data + p_g) and its proof through f(s) = p_data·log s + p_g·log(1 − s) on [0, 1]
//! (with 0·log 0 = 0), with what the slide leaves out: where a density is 0 the maximum moves to
//! an end of [0, 1], and the theorem lets D be any function.

// The words themselves are in `text.toml`, beside this file (`build.rs` compiles it).
include!(concat!(env!("OUT_DIR"), "/words/lessons/optimal_d/text.rs"));
