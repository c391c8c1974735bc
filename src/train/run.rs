//! A training run as the worker drives it: a GAN or VAE session with its status, its log and
//! the view the page plots. Pure Rust (no `web_sys`): the worker calls [`Run::train`] in
//! chunks between messages, and [`Run::snapshot`] when the page asks.
//!
//! Looking never changes a run: the samples shown come from a separate generator of random
//! numbers (fixed real samples and fixed noise, so the picture is steady), so a seed gives the
//! same numbers however often the page looks. Losses are read back only at a snapshot or the end
//! of a chunk (asynchronously, as WebGPU requires), never inside the hot loop. The view itself
//! is computed in `run/view.rs`.

mod view;

use burn::tensor::{Device, Tensor};

use super::EngineError;
use super::gan::GanSession;
use super::vae::VaeSession;
use crate::data::Rng;
use crate::protocol::{
    Backend, GanView, LogPoint, ModelSpec, Quantity, RunSpec, Snapshot, Status, StepKind, VaeView,
    View,
};
use crate::spec::SpecError;
use view::ViewSamples;

pub use view::noise_lattice;

/// Salt of the view's generator of random numbers (any constant unlike a user's seed).
const VIEW_SALT: u64 = 0x5EED_F00D_CAFE_D00D;

/// Fresh data samples behind a VAE's ELBO readouts.
pub const ELBO_SAMPLES: usize = 2048;

enum Model {
    Gan(Box<GanSession>),
    Vae(Box<VaeSession>),
}

/// A run in the worker.
pub struct Run {
    spec: RunSpec,
    device: Device,
    model: Model,
    status: Status,
    log: Vec<LogPoint>,
    /// The losses of the last step taken, not yet read back: (iteration, a, b).
    pending: Option<(u64, Tensor<1>, Tensor<1>)>,
    view_rng: Rng,
    samples: Option<ViewSamples>,
    /// The last view sent and what it was computed for; reused while nothing changed.
    cached: Option<(View, Option<GanView>, Option<VaeView>)>,
}

impl Run {
    /// A new run of `spec` on an autodiff `device`; refuses a spec that cannot be trained.
    pub fn new(spec: RunSpec, device: Device) -> Result<Run, SpecError> {
        if let Some(problem) = spec.model.problem(&spec.data) {
            return Err(problem);
        }
        let model = match &spec.model {
            ModelSpec::Gan(c) => Model::Gan(Box::new(GanSession::new(
                c.clone(),
                spec.data.clone(),
                device.clone(),
            ))),
            ModelSpec::Vae(c) => Model::Vae(Box::new(VaeSession::new(
                c.clone(),
                spec.data.clone(),
                device.clone(),
            ))),
        };
        let seed = match &spec.model {
            ModelSpec::Gan(c) => c.seed,
            ModelSpec::Vae(c) => c.seed,
        };
        Ok(Run {
            status: if spec.paused {
                Status::Paused
            } else {
                Status::Running
            },
            spec,
            device,
            model,
            log: Vec::new(),
            pending: None,
            view_rng: Rng::new(seed ^ VIEW_SALT),
            samples: None,
            cached: None,
        })
    }

    /// The spec it runs.
    pub fn spec(&self) -> &RunSpec {
        &self.spec
    }

    /// The same spec from its seed again (the model restarts; the status follows `paused`).
    pub fn reset(&mut self, paused: bool) -> Result<(), SpecError> {
        let mut spec = self.spec.clone();
        spec.paused = paused;
        *self = Run::new(spec, self.device.clone())?;
        Ok(())
    }

    /// Iterations completed.
    pub fn iteration(&self) -> u64 {
        match &self.model {
            Model::Gan(s) => s.iteration(),
            Model::Vae(s) => s.steps(),
        }
    }

    /// Where it stands.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// Pauses or resumes (a finished or diverged run stays as it is).
    pub fn set_running(&mut self, running: bool) {
        match self.status {
            Status::Running | Status::Paused => {
                self.status = if running {
                    Status::Running
                } else {
                    Status::Paused
                };
            }
            Status::Done | Status::Diverged { .. } => {}
        }
    }

    /// A new iteration limit; a run that finished at its old one is paused, to go on.
    pub fn set_limit(&mut self, limit: Option<u64>) {
        self.spec.steps = limit;
        if self.status == Status::Done && limit.is_none_or(|l| self.iteration() < l) {
            self.status = Status::Paused;
        }
    }

    /// Whether [`Run::train`] would step.
    pub fn is_running(&self) -> bool {
        self.status == Status::Running
    }

    /// New hyperparameters: applied in place when only live ones changed; otherwise the run
    /// restarts from its seed with them. A spec that cannot be trained is refused unchanged.
    pub fn set(&mut self, model: ModelSpec) -> Result<(), SpecError> {
        if let Some(problem) = model.problem(&self.spec.data) {
            return Err(problem);
        }
        let live = match (&mut self.model, &model) {
            (Model::Gan(s), ModelSpec::Gan(c)) => s.set_live(c),
            (Model::Vae(s), ModelSpec::Vae(c)) => s.set_live(c),
            _ => false,
        };
        self.spec.model = model;
        self.cached = None;
        if live {
            Ok(())
        } else {
            let paused = self.status != Status::Running;
            self.reset(paused)
        }
    }

    /// Trains up to `n` iterations while running; stops at the spec's limit. Returns the
    /// iterations done. Nothing is read back.
    pub fn train(&mut self, n: u64) -> u64 {
        if !self.is_running() {
            return 0;
        }
        let mut done = 0;
        while done < n {
            if self
                .spec
                .steps
                .is_some_and(|limit| self.iteration() >= limit)
            {
                self.status = Status::Done;
                break;
            }
            self.step_once(StepKind::Iteration);
            done += 1;
        }
        if self
            .spec
            .steps
            .is_some_and(|limit| self.iteration() >= limit)
        {
            self.status = Status::Done;
        }
        done
    }

    /// One step of `kind`, whatever the status (the page's single-step button while paused).
    pub fn step(&mut self, kind: StepKind) {
        if !matches!(self.status, Status::Diverged { .. }) {
            self.step_once(kind);
        }
    }

    fn step_once(&mut self, kind: StepKind) {
        let it = self.iteration();
        self.cached = None;
        match &mut self.model {
            Model::Gan(s) => {
                let (d, g) = match kind {
                    StepKind::D => (s.d_step(), Tensor::zeros([1], &self.device)),
                    StepKind::G => (Tensor::zeros([1], &self.device), s.g_step()),
                    StepKind::Iteration => s.step(),
                };
                self.pending = Some((it + u64::from(kind == StepKind::Iteration), d, g));
            }
            Model::Vae(s) => {
                let loss = s.step();
                self.pending = Some((it + 1, loss, Tensor::zeros([1], &self.device)));
            }
        }
    }

    /// Reads the last step's losses into the log; a NaN or infinite loss pauses the run as
    /// diverged.
    pub async fn flush(&mut self) -> Result<(), EngineError> {
        let Some((iteration, a, b)) = self.pending.take() else {
            return Ok(());
        };
        let values = read(Tensor::cat(vec![a, b], 0)).await?;
        let (a, b) = (f64::from(values[0]), f64::from(values[1]));
        self.log.push(LogPoint { iteration, a, b });
        let what = match self.model {
            Model::Gan(_) if !a.is_finite() => Some(Quantity::LossD),
            Model::Gan(_) if !b.is_finite() => Some(Quantity::LossG),
            Model::Vae(_) if !a.is_finite() => Some(Quantity::Elbo),
            _ => None,
        };
        if let Some(what) = what {
            self.status = Status::Diverged { what, iteration };
        }
        Ok(())
    }

    /// The run's state for the page: status, log since the last snapshot, and the view.
    pub async fn snapshot(
        &mut self,
        run: u32,
        view: &View,
        backend: Backend,
        fallback: Option<String>,
        steps_per_sec: f64,
    ) -> Result<Snapshot, EngineError> {
        self.flush().await?;
        let fresh = match &self.cached {
            Some((v, gan, vae)) if v == view => (gan.clone(), vae.clone()),
            _ => {
                let views = match self.model {
                    Model::Gan(_) => (Some(self.gan_view(view).await?), None),
                    Model::Vae(_) => (None, Some(self.vae_view(view).await?)),
                };
                self.cached = Some((view.clone(), views.0.clone(), views.1.clone()));
                views
            }
        };
        Ok(Snapshot {
            run,
            iteration: self.iteration(),
            status: self.status.clone(),
            backend,
            fallback,
            steps_per_sec,
            log: std::mem::take(&mut self.log),
            memory: 0.0,
            gan: fresh.0,
            vae: fresh.1,
        })
    }
}

/// A tensor's values, read back asynchronously (the only read WebGPU allows on the web).
async fn read(t: Tensor<1>) -> Result<Vec<f32>, EngineError> {
    t.into_data_async()
        .await
        .map_err(|e| EngineError::Read(format!("{e:?}")))?
        .try_into_vec::<f32>()
        .map_err(|e| EngineError::Read(format!("{e:?}")))
}

/// The autodiff device for a backend's CPU side: flex, or the deprecated ndarray.
pub fn cpu_autodiff_device(backend: Backend) -> Device {
    super::cpu_device_for(backend).autodiff()
}
