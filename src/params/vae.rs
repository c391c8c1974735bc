//! The VAE labs' hyperparameters in the URL: `seed`, `z` (latent dimension 1–2), `net` (hidden
//! widths of encoder and decoder), `act`, `lr` (Adam), `batch`, `beta` (the KL weight) and
//! `reparam` (1: z = μ + σ·ε; 0: z sampled with gradients stopped), and the run's `steps`,
//! `autorun` and `backend`. A bad value gives a notice and that value's default; the others still
//! apply. [`vae_query`] writes a configuration back in full.

use super::Notice;
use super::gan::{act_name, format_net, parse_act, parse_net, run_keys};
use super::pages as P;
use super::table::Param;
use crate::protocol::Backend;
use crate::route::Query;
use crate::spec::VaeConfig;

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

/// The largest β a link or the slider may set.
pub const MAX_BETA: f64 = P::MAX_BETA;

impl VaeLabParams {
    /// Reads the parameters over `defaults`. Each bad value gives a notice and keeps its default.
    pub fn from_query(q: &Query, defaults: VaeConfig) -> (VaeLabParams, Vec<Notice>) {
        let mut notices = Vec::new();
        let mut c = defaults;
        let n = &mut notices;
        if let Some(s) = P::SEED.given(q, n, Param::int_of) {
            c.seed = s;
        }
        if let Some(z) = P::Z.given(q, n, Param::int_of) {
            c.z_dim = z as usize;
        }
        if let Some(w) = P::NET.given(q, n, |p, raw| parse_net(p.key, raw)) {
            c.hidden = w;
        }
        if let Some(a) = P::ACT.given(q, n, Param::word_of) {
            c.activation = parse_act(a).unwrap_or(c.activation);
        }
        if let Some(lr) = P::LR.given(q, n, Param::real_of) {
            c.lr = lr;
        }
        if let Some(b) = P::BATCH.given(q, n, Param::int_of) {
            c.batch = b as usize;
        }
        if let Some(b) = P::BETA.given(q, n, Param::real_of) {
            c.beta = b;
        }
        if let Some(r) = P::REPARAM.given(q, n, Param::flag_of) {
            c.reparametrize = r;
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

/// Every hyperparameter of `c` as URL pairs (seed included): the run's seed, then the rows
/// of [`crate::params::pages::VAE`].
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
