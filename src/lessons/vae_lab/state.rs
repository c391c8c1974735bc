//! The VAE lab's state: its parameters from the URL, the run they drive, the readouts' numbers
//! (every snapshot, with its iteration) and the figures' contents (on the labs' throttle).

use leptos::prelude::*;

use super::derive::{Derived, EPS_SEED, derive, neg_entropy, normals, rms_std, view_for};
use super::{Params, default_data, format_data, read};
use crate::components::{PageParams, use_page, use_params};
use crate::data::Mixture;
use crate::data::mixture_edit::x_range;
use crate::lessons::lab::{DERIVE_EVERY_MS, LabRun, on_change, paced, share_link, use_throttled};
use crate::params::vae::vae_query;
use crate::protocol::{ModelSpec, RunSpec, VaeView, View};
use crate::spec::{DataSource, VaeConfig};


/// What the snapshots carry for these data and this latent.
fn view_of(p: &Params) -> View {
    view_for(p.data.dim(), p.run.config.z_dim)
}

/// The run of `p`: paused unless the link says `autorun=1` or the run it replaces was
/// training (`keep_running`).
fn spec_of(p: &Params, keep_running: bool) -> RunSpec {
    RunSpec {
        model: ModelSpec::Vae(p.run.config.clone()),
        data: p.data.clone(),
        backend: p.run.backend,
        steps: p.run.steps,
        paused: !(p.run.autorun || keep_running),
    }
}

/// The run of the page's parameters. A new run when the data, the backend or the link's
/// steps/autorun change; new hyperparameters go to the running model (β, the trick, lr and
/// batch live; the worker restarts it for the others). The snapshots' view follows the data's
/// and the latent's dimension, sent before the run or the model it is for.
fn use_vae_run(params: Memo<Params>, config: Memo<VaeConfig>) -> LabRun {
    let run = LabRun::new(params.with_untracked(view_of));
    let start_key = Memo::new(move |_| {
        params.with(|p| (p.data.clone(), p.run.backend, p.run.steps, p.run.autorun))
    });
    run.restart_on(start_key, move |keep_running| {
        let p = params.get_untracked();
        run.set_view(view_of(&p));
        spec_of(&p, keep_running)
    });
    on_change(config, move |c| {
        run.set_view(view_for(params.with_untracked(|p| p.data.dim()), c.z_dim));
        run.set_model(ModelSpec::Vae(c));
    });
    run
}

/// Whether a snapshot fits data of dimension `dim` (a new run's first snapshot may still be the
/// old run's), and its latent dimension.
fn latent_of(v: &VaeView, dim: usize) -> Option<usize> {
    let n = v.data.len() / dim.max(1);
    let fits = n > 0
        && v.data.len() == n * dim
        && v.recon.len() == v.data.len()
        && v.prior.len() == v.data.len()
        && v.codes.len().is_multiple_of(n);
    let z = v.codes.len() / n.max(1);
    (fits && (1..=2).contains(&z)).then_some(z)
}

/// The lab's state, shared by its parts.
#[derive(Clone, Copy)]
pub struct Vae {
    /// The URL's parameters, notices and reset.
    pub pp: PageParams<Params>,
    /// The data's dimension (1 or 2).
    pub dim: Memo<usize>,
    /// The model's configuration.
    pub config: Memo<VaeConfig>,
    /// The 1-D data (the default mixture while the data are a 2-D shape).
    pub mixture: Memo<Mixture>,
    /// The 1-D figures' x range.
    pub range: Memo<(f64, f64)>,
    /// −H of the 1-D data in nats: the ceiling of the mean ELBO.
    pub neg_h: Memo<f64>,
    /// The run.
    pub run: LabRun,
    /// The iteration of the snapshot the readouts show.
    pub at: Memo<Option<u64>>,
    /// The mean ELBO over the snapshot's fresh data: recon − KL (one view, so exactly).
    pub elbo: Signal<f64>,
    /// E_q log p(x|z).
    pub recon: Signal<f64>,
    /// KL(q(z|x) ‖ N(0, I)).
    pub kl: Signal<f64>,
    /// The decoder's σ_x.
    pub sigma_x: Signal<f64>,
    /// The data's spread: the mixture's standard deviation (1-D), the snapshot's
    /// root-mean-square one over both axes (2-D).
    pub data_std: Memo<f64>,
    /// σ_x over the data's spread.
    pub ratio: Signal<f64>,
    /// Whether the codes have collapsed to the prior (KL near 0, σ_x at the data's spread);
    /// `None` before the first snapshot.
    pub collapsed: Signal<Option<bool>>,
    /// The figures' contents from the last paced snapshot that fits the data.
    pub derived: Memo<Option<Derived>>,
}

/// The lab's state: parameters, the run they drive, its numbers and the figures' contents.
pub fn use_vae() -> Vae {
    let pp = use_params(crate::params::pages::VAE_LAB_PAGE, read);
    let dim = pp.field(|p| p.data.dim());
    let config = pp.field(|p| p.run.config.clone());
    let mixture = pp.field(|p| match &p.data {
        DataSource::Mixture(m) => m.clone(),
        _ => match default_data() {
            DataSource::Mixture(m) => m,
            _ => Mixture::standard_normal(),
        },
    });
    let range = Memo::new(move |_| mixture.with(|m| x_range(&[m])));
    let neg_h = Memo::new(move |_| mixture.with(neg_entropy));
    let run = use_vae_run(pp.params, config);
    // The run's signals take the iteration before the view, so this reads the view's own.
    let at = Memo::new(move |_| {
        run.vae.track();
        run.iteration.get_untracked()
    });
    let view_value = move |f: fn(&VaeView) -> f64| {
        Signal::derive(move || run.vae.with(|v| v.as_ref().map_or(f64::NAN, f)))
    };
    // The figures' contents, at most every DERIVE_EVERY_MS while training and always on the
    // last snapshot; one fixed ε for the true samples. `paced` reads untracked.
    let eps = StoredValue::new(normals(2000, EPS_SEED));
    let tick = use_throttled(DERIVE_EVERY_MS, move || run.vae.track());
    let derived = paced(tick, move || {
        let d = dim.get();
        run.vae.with(|v| {
            let (v, z) = v.as_ref().and_then(|v| latent_of(v, d).map(|z| (v, z)))?;
            Some(eps.with_value(|e| derive(v, d, z, range.get(), e)))
        })
    });
    let (elbo, kl, sigma_x) = (
        view_value(|v| v.recon_term - v.kl_term),
        view_value(|v| v.kl_term),
        view_value(|v| v.sigma_x),
    );
    let data_std = Memo::new(move |_| {
        if dim.get() == 1 {
            mixture.with(Mixture::std)
        } else {
            run.vae.with(|v| {
                v.as_ref()
                    .filter(|v| v.data.len().is_multiple_of(2))
                    .map_or(f64::NAN, |v| rms_std(&v.data, 2))
            })
        }
    });
    let ratio = Signal::derive(move || sigma_x.get() / data_std.get());
    let collapsed = Signal::derive(move || super::derive::collapsed(kl.get(), ratio.get()));
    Vae {
        pp,
        dim,
        config,
        mixture,
        range,
        neg_h,
        run,
        at,
        elbo,
        recon: view_value(|v| v.recon_term),
        kl,
        sigma_x,
        data_std,
        ratio,
        collapsed,
        derived,
    }
}

impl Vae {
    /// The link that restores this run: data, hyperparameters, seed and iterations.
    pub fn share_link(self) -> Signal<String> {
        let page = use_page();
        let (params, run) = (self.pp.params, self.run);
        Signal::derive(move || {
            let p = params.get();
            share_link(
                page.route.get(),
                vec![("data", format_data(&p.data))],
                vae_query(&p.run.config),
                run.iteration.get(),
            )
        })
    }
}
