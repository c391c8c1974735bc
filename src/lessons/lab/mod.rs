//! What every lab shares (lab bundle only): a training run in the worker seen through signals
//! ([`LabRun`]), its controls and notices ([`RunControls`]), the GAN's hyperparameters bound to
//! the URL ([`GanSettings`]), and export and share ([`ExportBar`]).

pub(crate) mod controls;
mod figures;
mod hooks;
mod settings;

pub use controls::{ExportBar, RunControls};
pub use figures::{
    ITERATION_AXIS, NATS_AXIS, draw_points, elbo_figure, history_csv, losses_alt, losses_figure,
    paint_field, vae_history_csv,
};
pub use hooks::{DERIVE_EVERY_MS, paced, use_throttled};
pub use settings::GanSettings;

use leptos::prelude::*;

use crate::protocol::{
    Backend, Control, GanView, ModelSpec, Quantity, RunSpec, RunStatus, Status, StepKind, VaeView,
    View,
};
use crate::route::Route;
use crate::web::trainer::{Trainer, TrainerEvent};

/// One row of a run's history (one per snapshot that brought a new iteration).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HistoryRow {
    /// Iterations done.
    pub iteration: u64,
    /// The discriminator's loss (the last logged batch).
    pub loss_d: f64,
    /// The generator's loss.
    pub loss_g: f64,
    /// V(D, G) over the view's samples.
    pub v: f64,
    /// Mean D on the view's data and generated samples.
    pub d_real: f64,
    /// Mean D on generated samples.
    pub d_fake: f64,
    /// A lab's own estimate (the labs' JS estimate), NaN if none.
    pub extra: f64,
    /// A VAE's E_q[log p(x|z)] over the view's fresh data (NaN for a GAN).
    pub recon: f64,
    /// A VAE's KL(q(z|x) ‖ N(0, I)) (NaN for a GAN).
    pub kl: f64,
}

impl HistoryRow {
    /// A row with only `iteration` set (the rest NaN).
    pub fn at(iteration: u64) -> HistoryRow {
        HistoryRow {
            iteration,
            loss_d: f64::NAN,
            loss_g: f64::NAN,
            v: f64::NAN,
            d_real: f64::NAN,
            d_fake: f64::NAN,
            extra: f64::NAN,
            recon: f64::NAN,
            kl: f64::NAN,
        }
    }

    /// The ELBO, recon − KL (NaN for a GAN).
    pub fn elbo(&self) -> f64 {
        self.recon - self.kl
    }
}

/// Most history rows kept (older ones are thinned by half when full).
const HISTORY_MAX: usize = 2000;

/// Halves a full history (every other row kept).
fn thin(h: &mut Vec<HistoryRow>) {
    if h.len() >= HISTORY_MAX {
        let kept: Vec<HistoryRow> = h.iter().copied().step_by(2).collect();
        *h = kept;
    }
}

/// A run in the worker, seen through signals.
#[derive(Clone, Copy)]
pub struct LabRun {
    trainer: StoredValue<Trainer, LocalStorage>,
    /// Where the run stands.
    pub status: RwSignal<RunStatus>,
    /// Iterations done (`None` before the first snapshot).
    pub iteration: RwSignal<Option<u64>>,
    /// Iterations per second.
    pub rate: RwSignal<f64>,
    /// The page's frames per second.
    pub fps: RwSignal<f64>,
    /// The backend really used (none before the first snapshot).
    pub used: RwSignal<Option<Backend>>,
    /// Why WebGPU is not used.
    pub fallback: RwSignal<Option<String>>,
    /// The worker died or could not start.
    pub failed: RwSignal<Option<String>>,
    /// The worker refused a setting.
    pub refused: RwSignal<Option<crate::web::trainer::Refusal>>,
    /// What diverged, and when.
    pub diverged: RwSignal<Option<(Quantity, u64)>>,
    /// The latest GAN view.
    pub gan: RwSignal<Option<GanView>>,
    /// The latest VAE view.
    pub vae: RwSignal<Option<VaeView>>,
    /// Losses and V over time.
    pub history: RwSignal<Vec<HistoryRow>>,
    /// The last losses logged.
    pub losses: RwSignal<(f64, f64)>,
    /// The spec of the run in the worker.
    spec: StoredValue<Option<RunSpec>>,
}

impl LabRun {
    /// A run whose snapshots carry `view`; nothing starts until [`LabRun::start`].
    pub fn new(view: View) -> LabRun {
        let status = RwSignal::new(RunStatus::Idle);
        let iteration = RwSignal::new(None::<u64>);
        let rate = RwSignal::new(f64::NAN);
        let fps = RwSignal::new(f64::NAN);
        let used = RwSignal::new(None);
        let fallback = RwSignal::new(None);
        let failed = RwSignal::new(None);
        let refused = RwSignal::new(None);
        let diverged = RwSignal::new(None);
        let gan = RwSignal::new(None);
        let vae = RwSignal::new(None);
        let history = RwSignal::new(Vec::<HistoryRow>::new());
        let losses = RwSignal::new((f64::NAN, f64::NAN));
        let listener = move |event: TrainerEvent| match event {
            TrainerEvent::Snapshot(s, frames) => {
                fps.set(frames);
                rate.set(s.steps_per_sec);
                used.set(Some(s.backend));
                if s.fallback.is_some() && fallback.get_untracked().is_none() {
                    fallback.set(s.fallback.clone());
                }
                let st = RunStatus::from(&s.status);
                let div = match &s.status {
                    Status::Diverged { what, iteration } => Some((*what, *iteration)),
                    _ => None,
                };
                if status.get_untracked() != st {
                    status.set(st);
                }
                if diverged.get_untracked() != div {
                    diverged.set(div);
                }
                if let Some(p) = s.log.last() {
                    losses.set((p.a, p.b));
                }
                let it = s.iteration;
                if iteration
                    .get_untracked()
                    .is_some_and(|previous| it < previous)
                {
                    // The run restarted (reset, new seed or architecture).
                    history.set(Vec::new());
                    losses.set((f64::NAN, f64::NAN));
                }
                iteration.set(Some(it));
                if let Some(g) = s.gan {
                    let new =
                        history.with_untracked(|h| h.last().is_none_or(|r| r.iteration != it));
                    if new {
                        let (a, b) = losses.get_untracked();
                        history.update(|h| {
                            thin(h);
                            h.push(HistoryRow {
                                loss_d: a,
                                loss_g: b,
                                v: g.v,
                                d_real: g.d_real,
                                d_fake: g.d_fake,
                                ..HistoryRow::at(it)
                            });
                        });
                    }
                    // The worker resends its cached view while nothing trained: skip the
                    // per-frame derived work (KDEs, mode counts) when it is unchanged.
                    if gan.with_untracked(|old| old.as_ref() != Some(&g)) {
                        gan.set(Some(g));
                    }
                }
                if let Some(v) = s.vae {
                    let new =
                        history.with_untracked(|h| h.last().is_none_or(|r| r.iteration != it));
                    if new {
                        let (a, _) = losses.get_untracked();
                        history.update(|h| {
                            thin(h);
                            h.push(HistoryRow {
                                loss_d: a,
                                recon: v.recon_term,
                                kl: v.kl_term,
                                ..HistoryRow::at(it)
                            });
                        });
                    }
                    if vae.with_untracked(|old| old.as_ref() != Some(&v)) {
                        vae.set(Some(v));
                    }
                }
            }
            TrainerEvent::Fallback(reason) => fallback.set(Some(reason)),
            TrainerEvent::Failed(reason) => {
                failed.set(Some(reason));
                status.set(RunStatus::Idle);
            }
            TrainerEvent::Refused(reason) => refused.set(Some(reason)),
        };
        LabRun {
            trainer: StoredValue::new_local(Trainer::new(view, listener)),
            status,
            iteration,
            rate,
            fps,
            used,
            fallback,
            failed,
            refused,
            diverged,
            gan,
            vae,
            history,
            losses,
            spec: StoredValue::new(None),
        }
    }

    /// Starts `spec` as a new run (history cleared).
    pub fn start(&self, spec: RunSpec) {
        self.failed.set(None);
        self.refused.set(None);
        self.diverged.set(None);
        self.history.set(Vec::new());
        self.losses.set((f64::NAN, f64::NAN));
        self.iteration.set(None);
        self.spec.set_value(Some(spec.clone()));
        self.trainer.with_value(|t| t.start(spec));
    }

    /// A new run whenever `key` changes (the lab's data, backend, or the link's steps and
    /// autorun), built by `spec(keep_running)`: `keep_running` says the old run was running, so
    /// the new one should not start paused.
    pub fn restart_on<K: Send + Sync + 'static>(
        self,
        key: Memo<K>,
        spec: impl Fn(bool) -> RunSpec + 'static,
    ) {
        Effect::new(move |_| {
            // Read, not `track()`: a memo never read never computes, so it would have no
            // sources and this effect would never run again.
            key.with(|_| ());
            let keep_running = self.status.get_untracked().is_running();
            self.start(spec(keep_running));
        });
    }

    /// Iterations done as a readout's number (NaN, an empty `data-value`, before the first
    /// snapshot).
    pub fn iteration_value(&self) -> Signal<f64> {
        let it = self.iteration;
        Signal::derive(move || it.get().map_or(f64::NAN, |i| i as f64))
    }

    /// The status as its `data-value` word.
    pub fn status_name(&self) -> Signal<String> {
        let st = self.status;
        Signal::derive(move || st.get().as_str().to_string())
    }

    /// Whether the run is training now.
    pub fn is_running(&self) -> bool {
        self.status.get().is_running()
    }

    /// Starts `spec` with nothing of the previous run shown: no status, backend, notice or
    /// view until its first snapshot (a page whose one run changes model).
    pub fn start_afresh(&self, spec: RunSpec) {
        self.status.set(RunStatus::Idle);
        self.used.set(None);
        self.fallback.set(None);
        self.gan.set(None);
        self.vae.set(None);
        self.start(spec);
    }

    /// Calls `f` with every snapshot of the run, before the run's signals take it (for what a
    /// page shows beyond them, such as the worker's memory).
    pub fn on_snapshot(&self, f: impl Fn(&crate::protocol::Snapshot) + 'static) {
        self.trainer.with_value(|t| {
            t.also(move |event| {
                if let TrainerEvent::Snapshot(s, _) = event {
                    f(s);
                }
            })
        });
    }

    /// The spec of the run in the worker.
    pub fn spec(&self) -> Option<RunSpec> {
        self.spec.get_value()
    }

    /// Sends a control.
    pub fn control(&self, c: Control) {
        if let Control::Set(m) = &c {
            self.spec.update_value(|s| {
                if let Some(s) = s {
                    s.model = m.clone();
                }
            });
        }
        self.trainer.with_value(|t| t.control(c));
    }

    /// New hyperparameters for the run (live, or a restart from the seed: the worker decides).
    pub fn set_model(&self, model: ModelSpec) {
        self.refused.set(None);
        self.control(Control::Set(model));
    }

    /// Play (lifting a finished run's limit) or pause.
    pub fn toggle(&self) {
        match self.status.get_untracked() {
            RunStatus::Running => self.control(Control::Pause),
            RunStatus::Done => {
                self.control(Control::Limit(None));
                self.control(Control::Resume);
            }
            _ => self.control(Control::Resume),
        }
    }

    /// One step of `kind`.
    pub fn step(&self, kind: StepKind) {
        self.control(Control::Step(kind));
    }

    /// Back to the seed.
    pub fn reset(&self) {
        self.diverged.set(None);
        self.history.set(Vec::new());
        self.control(Control::Reset);
    }

    /// What snapshots carry from now on.
    pub fn set_view(&self, view: View) {
        self.trainer.with_value(|t| t.set_view(view));
    }

    /// Starts the worker again after a failure.
    pub fn retry(&self) {
        self.failed.set(None);
        self.trainer.with_value(|t| t.retry());
    }

    /// The backend asked for.
    pub fn backend(&self) -> Backend {
        self.spec
            .with_value(|s| s.as_ref().map_or(Backend::Flex, |s| s.backend))
    }
}

/// Calls `f` with each new value of `memo` after its first (a lab's hyperparameters: sent to
/// the running model, which applies them live or restarts).
pub fn on_change<T: Clone + Send + Sync + 'static>(memo: Memo<T>, f: impl Fn(T) + 'static) {
    Effect::new(move |previous: Option<()>| {
        let value = memo.get();
        if previous.is_some() {
            f(value);
        }
    });
}

/// The link that restores a run: `route` with the lab's `data` pairs, every hyperparameter
/// (`model`: [`gan_query`](crate::params::gan::gan_query) or the VAE's),
/// and (once it has trained) `steps=<iterations>&autorun=1`.
pub fn share_link(
    mut route: Route,
    data: Vec<(&'static str, String)>,
    model: Vec<(&'static str, String)>,
    iteration: Option<u64>,
) -> String {
    for (k, v) in data.into_iter().chain(model) {
        route.query.set(k, v);
    }
    if let Some(iteration) = iteration.filter(|&i| i > 0) {
        route.query.set("steps", format!("{iteration}"));
        route.query.set("autorun", "1");
    }
    format!("{}{}", crate::web::page_base(), route.to_hash())
}
