//! The GAN objective lesson's words: the seminar's slide «GAN и оптимальное распределение D/G (1)»
//! — the value V(D, G) over z and over x ~ p_g — with a discriminator the user controls.

// The words themselves are in `text.toml`, beside this file (`build.rs` compiles it).
include!(concat!(
    env!("OUT_DIR"),
    "/words/lessons/gan_objective/text.rs"
));
