//! The labs' parameters: a run's seed, limit and backend, the GAN's and the VAE's
//! hyperparameters, each lab's data, and the engine and benchmark pages.

use super::{mixture, t};
use crate::params::Notice;
use crate::params::table::{Param, Table};

// ---- the labs ----

/// Largest seed of a training run (a 32-bit number, the same on every platform).
pub const MAX_SEED: u64 = u32::MAX as u64;

/// `seed`: the run's seed.
pub const SEED: Param = Param::int(
    "seed",
    0,
    MAX_SEED,
    "",
    t("Seed", "Зерно"),
    "the run's seed (default: the lab's)",
);
/// `steps`: stop after N iterations.
pub const STEPS: Param = Param::int(
    "steps",
    1,
    10_000_000,
    "",
    t("Iterations", "Итерации"),
    "stop after N iterations (none: train until paused)",
);
/// `autorun`: start on load.
pub const AUTORUN: Param = Param::flag(
    "autorun",
    "0",
    t("Start on load", "Запуск при открытии"),
    "start training on load — a link with `seed`, `steps` and `autorun=1` reproduces a run exactly on the same backend",
);
/// `backend`.
pub const BACKEND: Param = Param::word(
    "backend",
    &["flex", "ndarray", "webgpu"],
    "flex",
    t("Backend", "Бэкенд"),
    "where it trains (WebGPU falls back to flex with a notice)",
);

/// What every lab's run reads.
pub const RUN: Table = Table {
    slugs: &["gan-1d", "gan-2d", "cgan-lab", "vae-lab"],
    params: &[SEED, STEPS, AUTORUN, BACKEND],
};

/// A learning rate (the GANs': 1e-6–10).
pub const G_LR: Param = Param::real(
    "g-lr",
    1e-6,
    10.0,
    "",
    t("G learning rate", "Скорость обучения G"),
    "G's learning rate",
);
/// D's learning rate.
pub const D_LR: Param = Param::real(
    "d-lr",
    1e-6,
    10.0,
    "",
    t("D learning rate", "Скорость обучения D"),
    "D's learning rate",
);
/// G's loss.
pub const LOSS: Param = Param::word(
    "loss",
    &["minimax", "non-saturating", "least-squares"],
    "",
    t("Generator's loss", "Функция потерь генератора"),
    "G's loss",
);
/// G's optimizer.
pub const G_OPT: Param = Param::word(
    "g-opt",
    &["adam", "sgd"],
    "",
    t("G optimizer", "Оптимизатор G"),
    "G's optimizer",
);
/// D's optimizer.
pub const D_OPT: Param = Param::word(
    "d-opt",
    &["adam", "sgd"],
    "",
    t("D optimizer", "Оптимизатор D"),
    "D's optimizer",
);
/// Fewest and most updates per iteration.
pub const K_RANGE: (u64, u64) = (1, 10);
/// k_D:k_G.
pub const K: Param = Param::form(
    "k",
    "`kD:kG`, 1–10 each",
    "",
    t(
        "k_D:k_G (updates per iteration)",
        "k_D:k_G (шагов за итерацию)",
    ),
    "D and G updates per iteration",
)
.with_check(check_k);

fn check_k(_: &'static str, raw: &str) -> Result<(), Notice> {
    crate::params::gan::parse_k(raw).map(|_| ())
}

fn check_net(key: &'static str, raw: &str) -> Result<(), Notice> {
    crate::params::gan::parse_net(key, raw).map(|_| ())
}
/// Most hidden layers a form or link may set.
pub const MAX_LAYERS: usize = 4;
/// Most units in a hidden layer a form or link may set.
pub const MAX_WIDTH: usize = 128;
/// G's hidden widths.
pub const G_NET: Param = Param::form(
    "g-net",
    "1–4 hidden widths of 1–128, `16,16`",
    "",
    t("G hidden layers", "Скрытые слои G"),
    "G's hidden layers",
)
.with_check(check_net);
/// D's hidden widths.
pub const D_NET: Param = Param::form(
    "d-net",
    "1–4 hidden widths of 1–128, `16,16`",
    "",
    t("D hidden layers", "Скрытые слои D"),
    "D's hidden layers",
)
.with_check(check_net);
/// The batch.
pub const BATCH: Param = Param::int(
    "batch",
    8,
    1024,
    "",
    t("Batch", "Батч"),
    "samples per batch",
);
/// The hidden activation.
pub const ACT: Param = Param::word(
    "act",
    &["relu", "leaky-relu", "tanh"],
    "",
    t("Activation", "Активация"),
    "the hidden layers' activation",
);

/// The GAN labs' hyperparameters (their defaults are each lab's model).
pub const GAN: Table = Table {
    slugs: &["gan-1d", "gan-2d", "cgan-lab"],
    params: &[LOSS, G_OPT, G_LR, D_OPT, D_LR, K, G_NET, D_NET, BATCH, ACT],
};

/// The VAE's latent dimension.
pub const Z: Param = Param::int(
    "z",
    1,
    2,
    "",
    t("Latent dimension", "Размерность латентного пространства"),
    "latent dimension (default: the data's)",
);
/// The VAE's hidden widths.
pub const NET: Param = Param::form(
    "net",
    "1–4 hidden widths of 1–128, `32,32`",
    "32,32",
    t("Hidden layers", "Скрытые слои"),
    "the encoder's and the decoder's hidden layers",
)
.with_check(check_net);
/// The VAE's learning rate.
pub const LR: Param = Param::real(
    "lr",
    1e-6,
    1.0,
    "0.003",
    t("Learning rate", "Скорость обучения"),
    "Adam's learning rate",
);
/// The largest β a link or the slider may set.
pub const MAX_BETA: f64 = 10.0;
/// The KL weight.
pub const BETA: Param = Param::real(
    "beta",
    0.0,
    MAX_BETA,
    "1",
    t("β", "β"),
    "the KL term's weight (1: the ELBO)",
);
/// Reparametrize or not.
pub const REPARAM: Param = Param::flag(
    "reparam",
    "1",
    t("Reparametrization trick", "Трюк репараметризации"),
    "1: z = μ + σ·ε; 0: z sampled with gradients stopped",
);

/// The VAE lab's hyperparameters.
pub const VAE: Table = Table {
    slugs: &["vae-lab"],
    params: &[
        Z,
        NET,
        ACT.with_default("leaky-relu"),
        LR,
        BATCH.with_default("256"),
        BETA,
        REPARAM,
    ],
};

/// A 2-D shape's name.
const SHAPES: &[&str] = &[
    "two-gaussians",
    "line",
    "ring",
    "three-blobs",
    "eight-gaussians",
    "spiral",
    "two-moons",
];

/// `#/gan-1d`'s data.
pub const GAN_1D: Table = Table {
    slugs: &["gan-1d"],
    params: &[mixture("data", "1:1:0.5", "p_data of the 1-D GAN lab")],
};

/// `#/gan-2d`'s data.
pub const GAN_2D: Table = Table {
    slugs: &["gan-2d"],
    params: &[
        Param::form(
            "data",
            "`two-gaussians`, `line`, `ring`, `three-blobs`, `eight-gaussians`, `spiral`, `two-moons`, `drawn`",
            "two-gaussians",
            t("Data", "Данные"),
            "the data; `drawn` takes the points you drew",
        ),
        Param::form(
            "points",
            "`x:y,…`, at least a batch, each coordinate in [−1.5, 1.5]",
            "",
            t("Drawn points", "Нарисованные точки"),
            "the points drawn for `data=drawn`",
        ),
    ],
};

/// `#/cgan-lab`'s data.
pub const CGAN_LAB: Table = Table {
    slugs: &["cgan-lab"],
    params: &[
        Param::form(
            "data",
            "`eight-gaussians`, `two-moons`, `drawn`",
            "eight-gaussians",
            t("Data", "Данные"),
            "labelled 2-D data: 8 classes, 2 classes, or points you drew",
        ),
        Param::form(
            "points",
            "`x:y:class,…`, class 1–8",
            "",
            t("Drawn points", "Нарисованные точки"),
            "the points drawn for `data=drawn`, each with its class",
        ),
        Param::form(
            "class",
            "1–8 or `all`",
            "all",
            t("Class", "Класс"),
            "generate only class K (and show D(x|y=K) and G's manifold for it), or every class",
        ),
    ],
};

/// `#/vae-lab`'s data.
pub const VAE_LAB: Table = Table {
    slugs: &["vae-lab"],
    params: &[Param::form(
        "data",
        "a mixture `w:μ:σ,…` or a 2-D shape name (as `gan-2d`, without `drawn`)",
        "0.5:-1.5:0.4,0.5:1.5:0.4",
        t("Data", "Данные"),
        "the data (two bumps; `1:1:0.5` shows posterior collapse)",
    )],
};

/// `#/gan-vs-vae`'s data and length.
pub const GAN_VS_VAE: Table = Table {
    slugs: &["gan-vs-vae"],
    params: &[
        Param::word(
            "data",
            SHAPES,
            "two-moons",
            t("Data (both)", "Данные (для обоих)"),
            "one data set for both models",
        ),
        SEED,
        STEPS.with_default("4000"),
        AUTORUN,
        BACKEND,
    ],
};

/// `#/engine`.
pub const ENGINE: Table = Table {
    slugs: &["engine"],
    params: &[
        Param::word(
            "train",
            &["gan-2d", "gan-1d", "vae"],
            "",
            t("Model", "Модель"),
            "starts that live training run at once (GAN Lab's GAN on two Gaussians, the 1-D GAN on N(1, 0.5²), the reference VAE on 8 Gaussians; seed 1)",
        ),
        BACKEND,
        STEPS,
    ],
};

/// Fewest timed steps of the benchmark.
pub const BENCH_MIN_STEPS: u64 = 1;
/// Most timed steps (100 000: the memory check's length, with room).
pub const BENCH_MAX_STEPS: u64 = 1_000_000;

/// `#/bench`.
pub const BENCH: Table = Table {
    slugs: &["bench"],
    params: &[
        Param::word(
            "model",
            &["gan", "vae"],
            "gan",
            t("Model", "Модель"),
            "which reference model to time",
        ),
        Param::word(
            "backend",
            &["flex", "ndarray", "webgpu"],
            "flex",
            t("Backend", "Бэкенд"),
            "where (the `backend` readout says what was really used)",
        ),
        Param::int(
            "steps",
            BENCH_MIN_STEPS,
            BENCH_MAX_STEPS,
            "2000",
            t("Steps", "Шаги"),
            "timed steps after the warm-up",
        ),
    ],
};
