//! The GAN-vs-VAE lab's state: its parameters from the URL, the two runs (one per worker, one
//! data set, seed and backend), the VAE's true samples, and what is derived from both runs'
//! snapshots.
//!
//! Two runs double the page's work per frame, so everything drawn or derived is throttled
//! while training: the scatter plots at most every [`PLOT_EVERY_MS`], the readouts that change
//! every frame every [`READOUT_EVERY_MS`], the estimates and the history figures every
//! [`DERIVE_EVERY_MS`]; each tick moves once more after the last change, so the last state is
//! always the one shown.

use std::f64::consts::LN_2;

use leptos::prelude::*;

use super::measure::{Comparison, Reference};
use super::{Params, read, run_specs, vae_samples, view};
use crate::components::{PageParams, use_params};
use crate::lessons::gan_2d::kit::extra_into_history;
use crate::lessons::lab::{DERIVE_EVERY_MS, LabRun, paced, use_throttled};

/// The scatter plots are redrawn at most this often.
const PLOT_EVERY_MS: u64 = 80;
/// Readouts that change every frame (iterations, speeds, losses, the ELBO, the frame rate) and
/// the share link follow at most this often.
const READOUT_EVERY_MS: u64 = 125;
const LOG4: f64 = 2.0 * LN_2;

/// An estimate and the iteration of the snapshot it was computed from (`None` before there
/// are data).
pub type Estimate = Option<(Option<u64>, Comparison)>;

/// When one run's parts are redrawn or derived again.
#[derive(Clone, Copy)]
pub struct Ticks {
    /// The scatter plot.
    pub plot: ReadSignal<u64>,
    /// The history figure.
    pub history: ReadSignal<u64>,
    /// The readouts that change every frame.
    pub readouts: ReadSignal<u64>,
}

/// The lab's state, shared by its parts.
#[derive(Clone, Copy)]
pub struct Lab {
    /// The parameters and their notices.
    pub pp: PageParams<Params>,
    /// Both models' seed.
    pub seed: Memo<u64>,
    /// The GAN's run.
    pub gan: LabRun,
    /// The VAE's run.
    pub vae: LabRun,
    /// The VAE's true samples: decoder means plus σ_x·ε (the same ε every frame).
    pub vae_points: Memo<Vec<f32>>,
    /// The GAN's ticks.
    pub gan_ticks: Ticks,
    /// The VAE's ticks.
    pub vae_ticks: Ticks,
    /// The GAN's samples against the data (paced).
    pub gan_est: Memo<Estimate>,
    /// The VAE's samples against the data (paced).
    pub vae_est: Memo<Estimate>,
    /// Whether the plots show the data.
    pub show_data: RwSignal<bool>,
}

/// Reads the URL, starts both runs (again, together, on new data, seed, limit or backend) and
/// derives from their snapshots; the GAN's 2·JS − log 4 joins its history row.
pub fn use_lab() -> Lab {
    let pp = use_params(&[crate::params::pages::GAN_VS_VAE], read);
    let params = pp.params;
    let gan = LabRun::new(view());
    let vae = LabRun::new(view());
    Effect::new(move |_| {
        // Read, not `track()`: a memo never read never computes (see `LabRun::restart_on`).
        params.with(|_| ());
        let p = params.get_untracked();
        let keep_running =
            gan.status.get_untracked().is_running() || vae.status.get_untracked().is_running();
        let (g, v) = run_specs(&p, !(p.autorun || keep_running));
        gan.start(g);
        vae.start(v);
    });
    let seed = pp.field(|p| p.seed);
    let vae_points = Memo::new(move |_| {
        let seed = seed.get();
        vae.vae.with(|v| {
            v.as_ref()
                .map(|v| vae_samples(&v.prior, v.sigma_x, seed))
                .unwrap_or_default()
        })
    });
    let gan_ticks = ticks(gan, move || gan.gan.track(), move || gan.losses.track());
    let vae_ticks = ticks(vae, move || vae_points.track(), move || vae.vae.track());
    // What depends on the data alone (the kernel bandwidth is O(n²)) is computed once per
    // data sample; both runs share it (one seed, the same sample).
    let reference = StoredValue::new(None::<Reference>);
    let gan_tick = use_throttled(DERIVE_EVERY_MS, move || gan.gan.track());
    let gan_est = paced(gan_tick, move || {
        gan.gan.with(|g| {
            g.as_ref().filter(|g| !g.real.is_empty()).map(|g| {
                (
                    gan.iteration.get(),
                    measure(reference, &g.real, &g.real_labels, &g.fake),
                )
            })
        })
    });
    let vae_tick = use_throttled(DERIVE_EVERY_MS, move || vae_points.track());
    let vae_est = paced(vae_tick, move || {
        let samples = vae_points.get();
        vae.vae.with(|v| {
            v.as_ref().filter(|v| !v.data.is_empty()).map(|v| {
                (
                    vae.iteration.get(),
                    measure(reference, &v.data, &v.labels, &samples),
                )
            })
        })
    });
    // The GAN's history carries 2·JS − log 4 for its losses figure.
    extra_into_history(gan, move || {
        gan_est.with(|e| e.as_ref().map(|(_, c)| 2.0 * c.estimate.js - LOG4))
    });
    Lab {
        pp,
        seed,
        gan,
        vae,
        vae_points,
        gan_ticks,
        vae_ticks,
        gan_est,
        vae_est,
        show_data: RwSignal::new(true),
    }
}

/// One run's ticks: its plot follows `samples`, its readouts the run's per-frame numbers and
/// `more`.
fn ticks(run: LabRun, samples: impl Fn() + 'static, more: impl Fn() + 'static) -> Ticks {
    Ticks {
        plot: use_throttled(PLOT_EVERY_MS, samples),
        history: use_throttled(DERIVE_EVERY_MS, move || run.history.track()),
        readouts: use_throttled(READOUT_EVERY_MS, move || {
            run.iteration.track();
            run.rate.track();
            run.fps.track();
            more();
        }),
    }
}

/// `samples` against data `real` (with its class `labels`), with the data's part taken from
/// `reference` (made again when the data change).
fn measure(
    reference: StoredValue<Option<Reference>>,
    real: &[f32],
    labels: &[u8],
    samples: &[f32],
) -> Comparison {
    if !reference.with_value(|r| r.as_ref().is_some_and(|r| r.is_for(real))) {
        reference.set_value(Some(Reference::new(real, labels)));
    }
    reference.with_value(|r| match r {
        Some(r) => r.compare(samples),
        None => Reference::new(real, labels).compare(samples),
    })
}

impl Lab {
    /// The link that restores both runs: data, seed, backend and, once both trained, the
    /// iteration both reached (the smaller). Follows the readouts' pace.
    pub fn link(self) -> Signal<String> {
        let page = crate::components::use_page();
        Signal::derive(move || {
            self.gan_ticks.readouts.track();
            self.vae_ticks.readouts.track();
            let p: Params = self.pp.params.get();
            let (a, b) = untrack(|| (self.gan.iteration.get(), self.vae.iteration.get()));
            let both = a.zip(b).map(|(a, b)| a.min(b));
            crate::lessons::lab::share_link(page.route.get(), super::query(&p), Vec::new(), both)
        })
    }
}

/// One number of an estimate (NaN before there is one).
pub fn number(est: Memo<Estimate>, pick: fn(&Comparison) -> f64) -> Signal<f64> {
    Signal::derive(move || est.with(|e| e.as_ref().map_or(f64::NAN, |(_, c)| pick(c))))
}

/// The iteration an estimate was computed for.
pub fn iteration(est: Memo<Estimate>) -> Signal<Option<u64>> {
    Signal::derive(move || est.with(|e| e.as_ref().and_then(|(it, _)| *it)))
}
