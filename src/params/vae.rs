//! The VAE labs' hyperparameters in the URL: `seed`, `z` (latent dimension 1–2), `net` (hidden
//! widths of encoder and decoder), `act`, `lr` (Adam), `batch`, `beta` (the KL weight) and
//! `reparam` (1: z = μ + σ·ε; 0: z sampled with gradients stopped), and the run's `steps`,
//! `autorun` and `backend`. A bad value gives a notice and that value's default; the others still
//! apply. [`vae_query`] writes a configuration back in full.

use super::gan::{ACTS, act_name, format_net, parse_act, parse_net, run_keys};
use super::{Notice, parse_choice, parse_integer, parse_number};
use crate::protocol::Backend;
use crate::route::Query;
use crate::spec::VaeConfig;

use super::gan::MAX_SEED;

/// What a VAE lab's URL sets beside its data.
#[derive(Clone, Debug, PartialEq)]
pub struct VaeLabParams {
    /// The model, seed included.
    pub config: VaeConfig,
    /// Stop after this many iterations.
    pub steps: Option<u64>,
    /// Start training on load.
    pub autorun: bool,
    /// Where to train.
    pub backend: Backend,
}

/// The URL keys of the hyperparameters and the run.
pub const KEYS: &[&str] = &[
    "seed", "z", "net", "act", "lr", "batch", "beta", "reparam", "steps", "autorun", "backend",
];

/// The largest β a link or the slider may set.
pub const MAX_BETA: f64 = 10.0;

impl VaeLabParams {
    /// Reads the parameters over `defaults`. Each bad value gives a notice and keeps its default.
    pub fn from_query(q: &Query, defaults: VaeConfig) -> (VaeLabParams, Vec<Notice>) {
        let mut notices = Vec::new();
        let mut c = defaults;
        let mut take = |r: Result<(), Notice>| {
            if let Err(n) = r {
                notices.push(n);
            }
        };
        if let Some(raw) = q.get("seed") {
            take(parse_integer("seed", raw, 0, MAX_SEED).map(|s| c.seed = s as u64));
        }
        if let Some(raw) = q.get("z") {
            take(parse_integer("z", raw, 1, 2).map(|z| c.z_dim = z));
        }
        if let Some(raw) = q.get("net") {
            take(parse_net("net", raw).map(|w| c.hidden = w));
        }
        if let Some(raw) = q.get("act") {
            take(parse_choice("act", raw, ACTS, parse_act).map(|a| c.activation = a));
        }
        if let Some(raw) = q.get("lr") {
            take(parse_number("lr", raw, 1e-6, 1.0).map(|lr| c.lr = lr));
        }
        if let Some(raw) = q.get("batch") {
            take(parse_integer("batch", raw, 8, 1024).map(|b| c.batch = b));
        }
        if let Some(raw) = q.get("beta") {
            take(parse_number("beta", raw, 0.0, MAX_BETA).map(|b| c.beta = b));
        }
        if let Some(raw) = q.get("reparam") {
            take(parse_integer("reparam", raw, 0, 1).map(|r| c.reparametrize = r == 1));
        }
        let (steps, autorun, backend) = run_keys(q, &mut notices);
        let out = VaeLabParams {
            config: c,
            steps,
            autorun,
            backend,
        };
        (out, notices)
    }
}

/// Every hyperparameter of `c` as URL pairs (seed included), in [`KEYS`] order.
pub fn vae_query(c: &VaeConfig) -> Vec<(&'static str, String)> {
    vec![
        ("seed", c.seed.to_string()),
        ("z", c.z_dim.to_string()),
        ("net", format_net(&c.hidden)),
        ("act", act_name(c.activation).into()),
        ("lr", format!("{:?}", c.lr)),
        ("batch", c.batch.to_string()),
        ("beta", format!("{:?}", c.beta)),
        ("reparam", u8::from(c.reparametrize).to_string()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Activation;

    #[test]
    fn a_full_query_round_trips() {
        let mut c = VaeConfig::reference(9);
        c.z_dim = 1;
        c.hidden = vec![16, 8];
        c.activation = Activation::Tanh;
        c.lr = 0.003;
        c.batch = 64;
        c.beta = 0.25;
        c.reparametrize = false;
        let text: Vec<String> = vae_query(&c)
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        let q = Query::parse(&format!("{}&steps=500&autorun=1", text.join("&")));
        let (p, notices) = VaeLabParams::from_query(&q, VaeConfig::reference(1));
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(p.config, c);
        assert_eq!(
            (p.steps, p.autorun, p.backend),
            (Some(500), true, Backend::Flex)
        );
    }

    #[test]
    fn bad_values_give_notices_and_keep_their_defaults() {
        let q = Query::parse("z=3&beta=-1&reparam=yes&lr=0.01&steps=0");
        let (p, notices) = VaeLabParams::from_query(&q, VaeConfig::reference(1));
        assert_eq!(notices.len(), 4, "{notices:?}");
        let d = VaeConfig::reference(1);
        assert_eq!((p.config.z_dim, p.config.beta), (d.z_dim, d.beta));
        assert!(p.config.reparametrize);
        assert_eq!(p.config.lr, 0.01, "a good value still applies");
        assert_eq!(p.steps, None);
    }
}
