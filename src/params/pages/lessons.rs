//! The derivation lessons' parameters.

use super::{SAME_OUTCOMES, UNIT, mixture, probabilities, step, t};
use crate::params::table::{Param, Table};

// ---- the derivation lessons ----

/// `#/entropy`.
pub const ENTROPY: Table = Table {
    slugs: &["entropy"],
    params: &[
        probabilities(
            "p",
            "0.2,0.3,0.5",
            "the distribution (zeros allowed; a sum off 1 by more than 1e-9 is normalised with a notice)",
        ),
        UNIT,
        step(6),
        ENTROPY_X,
    ],
};

/// The entropy lesson's probe `x` of the limit figure.
pub const ENTROPY_X: Param = Param::real(
    "x",
    1e-12,
    1.0,
    "0.001",
    t("x", "x"),
    "the probe of the limit figure x·log x → 0",
);

/// `#/gibbs`.
pub const GIBBS: Table = Table {
    slugs: &["gibbs"],
    params: &[
        probabilities("p", "0.5,0.3,0.2", "the distribution p"),
        probabilities("q", "0.2,0.5,0.3", SAME_OUTCOMES),
        UNIT,
        step(7),
    ],
};

/// A Gaussian `μ:σ` of the KL lesson's continuous panel.
const fn gaussian(key: &'static str, default: &'static str, doc: &'static str) -> Param {
    Param::form(
        key,
        "`μ:σ`, μ in [−5, 5], σ in [0.1, 5]",
        default,
        t("Gaussian", "Гауссиана"),
        doc,
    )
}

/// The KL lesson's continuous P.
pub const KL_GP: Param = gaussian("gp", "0:1", "the continuous panel's P");
/// The KL lesson's continuous Q.
pub const KL_GQ: Param = gaussian("gq", "1:1.5", "the continuous panel's Q");

/// `#/kl`.
pub const KL: Table = Table {
    slugs: &["kl"],
    params: &[
        probabilities("p", "0.5,0.5", "P"),
        probabilities("q", "0.25,0.75", SAME_OUTCOMES),
        KL_GP,
        KL_GQ,
        UNIT,
        step(5),
    ],
};

/// `#/js`. Q lies off the way from P to R: there even D_JS keeps the triangle inequality
/// (0.231 ≤ 0.149 + 0.147), so the exercise that breaks it needs work and step 4's example
/// shows the contrast.
pub const JS: Table = Table {
    slugs: &["js"],
    params: &[
        probabilities("p", "0.6,0.3,0.1", "P"),
        probabilities("q", "0.1,0.7,0.2", "Q, sharing P's outcomes"),
        probabilities("r", "0.1,0.2,0.7", "R, sharing P's outcomes"),
        UNIT,
        step(7),
    ],
};

/// `#/gan-objective`.
pub const GAN_OBJECTIVE: Table = Table {
    slugs: &["gan-objective"],
    params: &[
        mixture("data", "1:1:1", "p_data"),
        mixture(
            "g",
            "1:-1:1",
            "p_g (the same form on every GAN theory page)",
        ),
        Param::form(
            "d",
            "`a:b`, a in [−10, 10], b in [−20, 20]",
            "1:0",
            t("Your D", "Ваш D"),
            "your discriminator D(x) = σ(a·x + b)",
        ),
        step(5),
    ],
};

/// `#/optimal-d`.
pub const OPTIMAL_D: Table = Table {
    slugs: &["optimal-d"],
    params: &[
        mixture("data", "0.5:-2:0.7,0.5:1.5:1", "p_data"),
        mixture("g", "1:0:1.5", "p_g"),
        Param::real(
            "x",
            -10.0,
            10.0,
            "0.5",
            t("x", "x"),
            "the probe x where f(s) is drawn",
        ),
        step(7),
    ],
};

/// `#/c-of-g`.
pub const C_OF_G: Table = Table {
    slugs: &["c-of-g"],
    params: &[
        mixture("data", "0.5:-2:0.6,0.5:2:0.6", "p_data"),
        mixture("g", "1:-4:1", "p_g"),
        Param::word(
            "move",
            &["shift", "morph"],
            "shift",
            t("How p_g moves", "Как движется p_g"),
            "how p_g is carried toward p_data: shift its mean onto p_data's, or (1 − t)·p_g + t·p_data",
        ),
        Param::real("t", 0.0, 1.0, "0", t("t", "t"), "how far"),
        step(6),
    ],
};

/// `#/cgan-objective`.
pub const CGAN_OBJECTIVE: Table = Table {
    slugs: &["cgan-objective"],
    params: &[
        Param::form(
            "py",
            "2 or 3 probabilities `0.5,0.5`",
            "0.5,0.5",
            t("p(y)", "p(y)"),
            "class weights p(y) (normalised with a notice)",
        ),
        mixture("data1", "1:-2:0.7", "p_data(x|y=1)"),
        mixture("g1", "1:-1:1", "p_g(x|y=1)"),
        mixture("data2", "1:2:0.7", "p_data(x|y=2)"),
        mixture("g2", "1:2:0.7", "p_g(x|y=2)"),
        mixture("data3", "1:0:1", "p_data(x|y=3)"),
        mixture("g3", "1:1:1", "p_g(x|y=3)"),
        Param::int(
            "class",
            1,
            3,
            "1",
            t("Class", "Класс"),
            "the class whose densities are shown and edited",
        ),
        step(6),
    ],
};

/// `#/vae-theory`'s numbers.
pub const VAE_MU: Param = Param::real("mu", -3.0, 3.0, "0.5", t("μ", "μ"), "z ~ N(μ, σ²): μ");
/// σ.
pub const VAE_SIGMA: Param = Param::real("sigma", 0.1, 3.0, "1", t("σ", "σ"), "σ");
/// The centre c of (z − c)².
pub const VAE_C: Param = Param::real(
    "c",
    -3.0,
    3.0,
    "1",
    t("c", "c"),
    "the test function's centre, f(z) = (z − c)²",
);
/// Draws per estimate.
pub const VAE_N: Param = Param::int("n", 2, 10_000, "100", t("n", "n"), "samples per estimate");

/// `#/vae-theory`.
pub const VAE_THEORY: Table = Table {
    slugs: &["vae-theory"],
    params: &[
        Param::word(
            "trick",
            &["1", "0"],
            "1",
            t("Reparametrization trick", "Трюк репараметризации"),
            "with or without the reparametrization trick (the scheme's gradient paths)",
        ),
        Param::word(
            "f",
            &["square", "sin"],
            "square",
            t("Test function", "Тестовая функция"),
            "the test function f(z) = (z − c)² or sin z",
        ),
        VAE_C,
        VAE_MU,
        VAE_SIGMA,
        VAE_N,
        Param::int(
            "seed",
            0,
            999_999_999,
            "1",
            t("Seed", "Зерно"),
            "the seed of the draws",
        ),
        step(7),
    ],
};
