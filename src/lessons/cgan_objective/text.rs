//! The conditional GAN lesson's words: the seminar's slide «Условные состязательные
//! генеративные сети», with its expectation fixed (x and y are drawn together from the data,
//! not independently), and the theory of the previous lessons applied per class.

// The words themselves are in `text.toml`, beside this file (`build.rs` compiles it).
include!(concat!(
    env!("OUT_DIR"),
    "/words/lessons/cgan_objective/text.rs"
));
