//! The GAN labs' hyperparameters in the URL: `seed`, `loss`, `g-opt`, `d-opt`, `g-lr`, `d-lr`,
//! `k` (k_D:k_G), `g-net`, `d-net` (hidden widths), `batch`, `act`, and the run's `steps`,
//! `autorun` and `backend`. A bad value gives a notice and that value's default; the others
//! still apply. [`gan_query`] writes a configuration back in full, so a shared link restores
//! it exactly even if the defaults change.

use super::pages as P;
use super::table::{Kind, Param};
use super::{Notice, parse_integer};
use crate::protocol::Backend;
use crate::route::Query;
use crate::spec::{Activation, GanConfig, GanLoss, Optim};

/// What a GAN lab's URL sets beside its data.
#[derive(Clone, Debug, PartialEq)]
pub struct GanLabParams {
    /// The model, seed included.
    pub config: GanConfig,
    /// Stop after this many iterations.
    pub steps: Option<u64>,
    /// Start training on load.
    pub autorun: bool,
    /// Where to train.
    pub backend: Backend,
}

/// Largest seed (a 32-bit number, the same on every platform).
pub const MAX_SEED: usize = P::MAX_SEED as usize;

const LOSSES: &[&str] = match P::LOSS.kind {
    Kind::Word(w) => w,
    _ => &[],
};
const OPTS: &[&str] = match P::G_OPT.kind {
    Kind::Word(w) => w,
    _ => &[],
};
pub(crate) const ACTS: &[&str] = match P::ACT.kind {
    Kind::Word(w) => w,
    _ => &[],
};

/// The URL spelling of a loss.
pub fn loss_name(loss: GanLoss) -> &'static str {
    match loss {
        GanLoss::Minimax => LOSSES[0],
        GanLoss::NonSaturating => LOSSES[1],
        GanLoss::LeastSquares => LOSSES[2],
    }
}

fn parse_loss(s: &str) -> Option<GanLoss> {
    [
        GanLoss::Minimax,
        GanLoss::NonSaturating,
        GanLoss::LeastSquares,
    ]
    .into_iter()
    .find(|l| loss_name(*l) == s)
}

/// The URL spelling of an optimizer.
pub fn opt_name(o: Optim) -> &'static str {
    match o {
        Optim::Adam { .. } => OPTS[0],
        Optim::Sgd { .. } => OPTS[1],
    }
}

/// The URL spelling of an activation.
pub fn act_name(a: Activation) -> &'static str {
    match a {
        Activation::Relu => ACTS[0],
        Activation::LeakyRelu => ACTS[1],
        Activation::Tanh => ACTS[2],
    }
}

pub(crate) fn parse_act(s: &str) -> Option<Activation> {
    [Activation::Relu, Activation::LeakyRelu, Activation::Tanh]
        .into_iter()
        .find(|a| act_name(*a) == s)
}

/// Hidden widths `16,16`: 1–[`MAX_LAYERS`](P::MAX_LAYERS) layers of
/// 1–[`MAX_WIDTH`](P::MAX_WIDTH) units.
pub fn parse_net(param: &'static str, raw: &str) -> Result<Vec<usize>, Notice> {
    let parts: Vec<&str> = raw.split(',').map(str::trim).collect();
    if parts.is_empty() || parts.len() > P::MAX_LAYERS || parts.iter().any(|p| p.is_empty()) {
        return Err(Notice::WrongLength {
            param,
            len: parts.iter().filter(|p| !p.is_empty()).count(),
            min: 1,
            max: P::MAX_LAYERS,
        });
    }
    parts
        .iter()
        .map(|p| parse_integer(param, p, 1, P::MAX_WIDTH))
        .collect()
}

/// Writes hidden widths.
pub fn format_net(widths: &[usize]) -> String {
    widths
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// `k_D:k_G`, each in [`K_RANGE`](P::K_RANGE).
pub fn parse_k(raw: &str) -> Result<(usize, usize), Notice> {
    let (min, max) = (P::K_RANGE.0 as usize, P::K_RANGE.1 as usize);
    let bad = || Notice::BadInteger {
        param: "k",
        value: raw.chars().take(24).collect(),
        min,
        max,
    };
    let (d, g) = raw.split_once(':').ok_or_else(bad)?;
    let d = parse_integer("k", d, min, max).map_err(|_| bad())?;
    let g = parse_integer("k", g, min, max).map_err(|_| bad())?;
    Ok((d, g))
}

fn with_lr(o: Optim, lr: f64) -> Optim {
    match o {
        Optim::Adam { .. } => Optim::Adam { lr },
        Optim::Sgd { .. } => Optim::Sgd { lr },
    }
}

fn with_kind(o: Optim, kind: &str) -> Optim {
    match kind {
        "sgd" => Optim::Sgd { lr: o.lr() },
        _ => Optim::Adam { lr: o.lr() },
    }
}

impl GanLabParams {
    /// Reads the parameters over `defaults` (a lab's default model; its seed is the default
    /// seed). Each bad value gives a notice and keeps its default.
    pub fn from_query(q: &Query, defaults: GanConfig) -> (GanLabParams, Vec<Notice>) {
        let mut notices = Vec::new();
        let mut c = defaults;
        let n = &mut notices;
        if let Some(s) = P::SEED.given(q, n, Param::int_of) {
            c.seed = s;
        }
        if let Some(l) = P::LOSS.given(q, n, Param::word_of) {
            c.loss = parse_loss(l).unwrap_or(c.loss);
        }
        if let Some(k) = P::G_OPT.given(q, n, Param::word_of) {
            c.g_optim = with_kind(c.g_optim, k);
        }
        if let Some(k) = P::D_OPT.given(q, n, Param::word_of) {
            c.d_optim = with_kind(c.d_optim, k);
        }
        if let Some(lr) = P::G_LR.given(q, n, Param::real_of) {
            c.g_optim = with_lr(c.g_optim, lr);
        }
        if let Some(lr) = P::D_LR.given(q, n, Param::real_of) {
            c.d_optim = with_lr(c.d_optim, lr);
        }
        if let Some((d, g)) = P::K.given(q, n, |_, raw| parse_k(raw)) {
            (c.k_d, c.k_g) = (d, g);
        }
        if let Some(w) = P::G_NET.given(q, n, |p, raw| parse_net(p.key, raw)) {
            c.g_hidden = w;
        }
        if let Some(w) = P::D_NET.given(q, n, |p, raw| parse_net(p.key, raw)) {
            c.d_hidden = w;
        }
        if let Some(b) = P::BATCH.given(q, n, Param::int_of) {
            c.batch = b as usize;
        }
        if let Some(a) = P::ACT.given(q, n, Param::word_of) {
            c.activation = parse_act(a).unwrap_or(c.activation);
        }
        let (steps, autorun, backend) = run_keys(q, &mut notices);
        let out = GanLabParams {
            config: c,
            steps,
            autorun,
            backend,
        };
        (out, notices)
    }
}

/// A lab's run keys: `steps` (stop after N iterations), `autorun` (0/1) and `backend`; a bad
/// value adds a notice and keeps its default (no limit, paused, flex).
pub fn run_keys(q: &Query, notices: &mut Vec<Notice>) -> (Option<u64>, bool, Backend) {
    let steps = P::STEPS.given(q, notices, Param::int_of);
    let autorun = P::AUTORUN.read_flag(q, notices);
    let backend = P::BACKEND.read_word(q, notices);
    (
        steps,
        autorun,
        Backend::parse(backend).unwrap_or(Backend::Flex),
    )
}

/// Every hyperparameter of `c` as URL pairs (seed included), in the order of the tables'
/// rows ([`crate::params::pages::RUN`]'s seed, then [`crate::params::pages::GAN`]'s).
pub fn gan_query(c: &GanConfig) -> Vec<(&'static str, String)> {
    vec![
        ("seed", c.seed.to_string()),
        ("loss", loss_name(c.loss).into()),
        ("g-opt", opt_name(c.g_optim).into()),
        ("d-opt", opt_name(c.d_optim).into()),
        ("g-lr", format!("{:?}", c.g_optim.lr())),
        ("d-lr", format!("{:?}", c.d_optim.lr())),
        ("k", format!("{}:{}", c.k_d, c.k_g)),
        ("g-net", format_net(&c.g_hidden)),
        ("d-net", format_net(&c.d_hidden)),
        ("batch", c.batch.to_string()),
        ("act", act_name(c.activation).into()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Query {
        Query::parse(s)
    }

    #[test]
    fn a_full_query_round_trips() {
        let mut c = GanConfig::default_1d(7);
        c.loss = GanLoss::Minimax;
        c.g_optim = Optim::Sgd { lr: 0.05 };
        c.k_d = 3;
        c.d_hidden = vec![8, 4, 2];
        c.batch = 64;
        c.activation = Activation::Tanh;
        let text: Vec<String> = gan_query(&c)
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        let (p, notices) = GanLabParams::from_query(&q(&text.join("&")), GanConfig::default_1d(1));
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(p.config, c);
    }

    #[test]
    fn bad_values_give_notices_and_keep_defaults() {
        let d = GanConfig::default_1d(1);
        let (p, notices) = GanLabParams::from_query(
            &q(
                "seed=-1&loss=wgan&g-lr=0&k=2:&g-net=16,,16&d-net=4096&batch=3&steps=0&autorun=2&backend=tpu&d-lr=0.01",
            ),
            d.clone(),
        );
        assert_eq!(notices.len(), 10, "{notices:?}");
        assert_eq!(p.config.seed, 1);
        assert_eq!(p.config.loss, d.loss);
        assert_eq!(p.config.g_optim, d.g_optim);
        assert_eq!(
            p.config.d_optim,
            Optim::Adam { lr: 0.01 },
            "good values still apply"
        );
        assert_eq!(p.config.g_hidden, d.g_hidden);
        assert_eq!(
            (p.steps, p.autorun, p.backend),
            (None, false, Backend::Flex)
        );
        assert_eq!(parse_k("2:1"), Ok((2, 1)));
        assert!(parse_k("11:1").is_err() && parse_k("2").is_err());
    }
}
