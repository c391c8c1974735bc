//! The VAE lab's words, RU and EN, in the seminar's terms («Вариационный автоэнкодер»: энкодер,
//! декодер, репараметризационный трюк) and consistent with the theory lesson `#/vae-theory`.
// The lesson bundle only lists the lab (title, summary, lead); the rest is the lab bundle's.
#![cfg_attr(not(feature = "labs"), allow(dead_code))]

// The words themselves are in `text.toml`, beside this file (`build.rs` compiles it).
include!(concat!(env!("OUT_DIR"), "/words/lessons/vae_lab/text.rs"));
