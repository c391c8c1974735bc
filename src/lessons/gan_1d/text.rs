//! The 1-D GAN lab's words, RU and EN.
// The lesson bundle only lists the lab (title, summary, lead); the rest is the lab bundle's.
#![cfg_attr(not(feature = "labs"), allow(dead_code))]

// The words themselves are in `text.toml`, beside this file (`build.rs` compiles it).
include!(concat!(env!("OUT_DIR"), "/words/lessons/gan_1d/text.rs"));
