//! The C(G) lesson's words: the seminar's slide «GAN и оптимальное распределение D/G (3)» —
//! C(G) = max_D V(D, G) = KL(p_data‖M) + KL(p_g‖M) − 2·log 2 = 2·JS(p_data‖p_g) − log 4.

// The words themselves are in `text.toml`, beside this file (`build.rs` compiles it).
include!(concat!(env!("OUT_DIR"), "/words/lessons/c_of_g/text.rs"));
