//! A training run as the worker drives it: a GAN or VAE session with its status, its log and
//! the view the page plots. Pure Rust (no `web_sys`): the worker calls [`Run::train`] in
//! chunks between messages, and [`Run::snapshot`] when the page asks.
//!
//! Looking never changes a run: the samples shown come from a separate generator of random
//! numbers (fixed real samples and fixed noise, so the picture is steady), so a seed gives the
//! same numbers however often the page looks. Losses are read back only at a snapshot or the end
//! of a chunk (asynchronously, as WebGPU requires), never inside the hot loop.

use burn::tensor::{Device, Tensor, TensorData};

use super::EngineError;
use super::gan::GanSession;
use super::vae::VaeSession;
use crate::data::Rng;
use crate::protocol::{
    Backend, GanView, LogPoint, ModelSpec, Quantity, RunSpec, Snapshot, Status, StepKind, VaeView,
    View,
};

/// Salt of the view's generator of random numbers (any constant unlike a user's seed).
const VIEW_SALT: u64 = 0x5EED_F00D_CAFE_D00D;

/// Fresh data samples behind a VAE's ELBO readouts.
pub const ELBO_SAMPLES: usize = 2048;

enum Model {
    Gan(Box<GanSession>),
    Vae(Box<VaeSession>),
}

/// The fixed samples the view shows, drawn once per sample count.
struct ViewSamples {
    n: usize,
    real: Vec<f32>,
    real_labels: Vec<usize>,
    /// GAN noise `[n, z]` or VAE prior codes `[n, z]`.
    z: Vec<f32>,
    z_labels: Vec<usize>,
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
    pub fn new(spec: RunSpec, device: Device) -> Result<Run, String> {
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
    pub fn reset(&mut self, paused: bool) -> Result<(), String> {
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
    pub fn set(&mut self, model: ModelSpec) -> Result<(), String> {
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

    fn view_samples(&mut self, n: usize) -> &ViewSamples {
        if self.samples.as_ref().is_none_or(|s| s.n != n) {
            let rng = &mut self.view_rng;
            let (real, real_labels) = self.spec.data.sample_labelled(n, rng);
            let (z_dim, uniform) = match &self.spec.model {
                ModelSpec::Gan(c) => (c.z_dim, c.noise == crate::spec::Noise::Uniform),
                ModelSpec::Vae(c) => (c.z_dim, false),
            };
            let z = (0..n * z_dim)
                .map(|_| {
                    if uniform {
                        rng.range(-1.0, 1.0) as f32
                    } else {
                        rng.normal() as f32
                    }
                })
                .collect();
            let z_labels = self.spec.data.sample_labelled(n, rng).1;
            self.samples = Some(ViewSamples {
                n,
                real,
                real_labels,
                z,
                z_labels,
            });
        }
        match &self.samples {
            Some(s) => s,
            None => unreachable!("drawn above"),
        }
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

    async fn gan_view(&mut self, view: &View) -> Result<GanView, EngineError> {
        let n = view.samples.clamp(1, 20_000) as usize;
        let dim = self.spec.data.dim();
        let class = view.class.map(|c| c as usize);
        let samples = self.view_samples(n);
        let (real, z) = (samples.real.clone(), samples.z.clone());
        let real_labels = samples.real_labels.clone();
        let fake_labels = match class {
            Some(c) => vec![c; n],
            None => samples.z_labels.clone(),
        };
        let Model::Gan(s) = &self.model else {
            unreachable!("a GAN view of a GAN")
        };
        let device = s.device().clone();
        let z_dim = s.config().z_dim;
        let uniform = s.config().noise == crate::spec::Noise::Uniform;
        let fake = s.generate_from(z, &fake_labels); // [n, dim]
        let dir = s.g_direction(fake.clone(), &fake_labels); // [n, dim]
        let real_t = Tensor::<2>::from_data(TensorData::new(real.clone(), [n, dim]), &device);
        let l_real = s.d_logits_labelled(real_t, &real_labels); // [n, 1]
        let l_fake = s.d_logits_labelled(fake.clone(), &fake_labels); // [n, 1]
        let grid = view.grid.as_ref().map(|g| g.points());
        let grid_n = grid.as_ref().map_or(0, |g| g.len() / dim);
        let mut parts = vec![
            fake.reshape([n * dim]),
            dir.reshape([n * dim]),
            l_real.reshape([n]),
            l_fake.reshape([n]),
        ];
        if let Some(points) = grid.filter(|_| grid_n > 0) {
            let x = Tensor::<2>::from_data(TensorData::new(points, [grid_n, dim]), &device);
            let labels = vec![class.unwrap_or(0); grid_n];
            parts.push(s.d_logits_labelled(x, &labels).reshape([grid_n]));
        }
        let lattice = view.manifold.map(|m| {
            noise_lattice(
                m.clamp(2, if z_dim == 1 { 1024 } else { 64 }) as usize,
                z_dim,
                uniform,
            )
        });
        let lattice_n = lattice.as_ref().map_or(0, |z| z.len() / z_dim);
        if let Some(z) = lattice {
            let labels = vec![class.unwrap_or(0); lattice_n];
            parts.push(s.generate_from(z, &labels).reshape([lattice_n * dim]));
        }
        let all = read(Tensor::cat(parts, 0)).await?;
        let (fake, rest) = all.split_at(n * dim);
        let (dir, rest) = rest.split_at(n * dim);
        let (l_real, rest) = rest.split_at(n);
        let (l_fake, rest) = rest.split_at(n);
        let (l_grid, manifold) = rest.split_at(grid_n);
        let mean = |v: &[f32], f: &dyn Fn(f64) -> f64| {
            v.iter().map(|&l| f(f64::from(l))).sum::<f64>() / v.len() as f64
        };
        // log σ(l) = −softplus(−l), log(1 − σ(l)) = −softplus(l): finite for any logit.
        let v = mean(l_real, &|l| -softplus(-l)) + mean(l_fake, &|l| -softplus(l));
        Ok(GanView {
            real,
            real_labels: labels_u8(&real_labels),
            fake: fake.to_vec(),
            fake_labels: labels_u8(&fake_labels),
            fake_grad: dir.to_vec(),
            d_grid: l_grid
                .iter()
                .map(|&l| sigmoid(f64::from(l)) as f32)
                .collect(),
            manifold: manifold.to_vec(),
            d_real: mean(l_real, &sigmoid),
            d_fake: mean(l_fake, &sigmoid),
            v,
        })
    }

    async fn vae_view(&mut self, view: &View) -> Result<VaeView, EngineError> {
        let n = view.samples.clamp(1, 20_000) as usize;
        let dim = self.spec.data.dim();
        let samples = self.view_samples(n);
        let (data, z) = (samples.real.clone(), samples.z.clone());
        let labels = labels_u8(&samples.real_labels);
        let mut eval_rng = self.view_rng.clone();
        let Model::Vae(s) = &self.model else {
            unreachable!("a VAE view of a VAE")
        };
        let z_dim = s.config().z_dim;
        let device = s.device().clone();
        let x = Tensor::<2>::from_data(TensorData::new(data.clone(), [n, dim]), &device);
        let codes = s.encode(x); // [n, z]
        let recon = s.decode(codes.clone()); // [n, dim]
        let prior = s.decode(Tensor::from_data(TensorData::new(z, [n, z_dim]), &device)); // [n, dim]
        let (recon_term, kl_term) = s.evaluate_with(ELBO_SAMPLES, &mut eval_rng);
        let mut parts = vec![
            codes.reshape([n * z_dim]),
            recon.reshape([n * dim]),
            prior.reshape([n * dim]),
            recon_term,
            kl_term,
            s.sigma_x(),
        ];
        let grid_n = match &view.grid {
            Some(g) if (g.y.is_some()) == (z_dim == 2) && z_dim <= 2 => {
                let points = g.points();
                let m = points.len() / z_dim;
                parts.push(
                    s.decode(Tensor::from_data(
                        TensorData::new(points, [m, z_dim]),
                        &device,
                    ))
                    .reshape([m * dim]),
                );
                m
            }
            _ => 0,
        };
        self.view_rng = eval_rng;
        let all = read(Tensor::cat(parts, 0)).await?;
        let (codes, rest) = all.split_at(n * z_dim);
        let (recon, rest) = rest.split_at(n * dim);
        let (prior, rest) = rest.split_at(n * dim);
        let (terms, grid) = rest.split_at(3);
        debug_assert_eq!(grid.len(), grid_n * dim);
        Ok(VaeView {
            data,
            labels,
            recon: recon.to_vec(),
            codes: codes.to_vec(),
            prior: prior.to_vec(),
            decoded_grid: grid.to_vec(),
            recon_term: f64::from(terms[0]),
            kl_term: f64::from(terms[1]),
            sigma_x: f64::from(terms[2]),
        })
    }
}

/// log(1 + eˣ) without overflow.
fn softplus(x: f64) -> f64 {
    x.max(0.0) + (-x.abs()).exp().ln_1p()
}

/// σ(x) = 1 / (1 + e⁻ˣ).
fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

/// An `m × m` lattice of noise vectors `[m·m, z_dim]` (row-major, the second dimension in
/// rows): the first two dimensions over [−1, 1] (uniform noise) or [−2.5, 2.5] (Gaussian), the
/// others 0. A 1-D noise gives `m` points, over [−6, 6] if Gaussian (all but 2·10⁻⁹ of its
/// mass), so the page can push p_z through G and get p_g exactly.
pub fn noise_lattice(m: usize, z_dim: usize, uniform: bool) -> Vec<f32> {
    let r = match (uniform, z_dim) {
        (true, _) => 1.0,
        (false, 1) => 6.0,
        (false, _) => 2.5,
    };
    let at = |i: usize| (-r + 2.0 * r * i as f64 / (m - 1).max(1) as f64) as f32;
    let rows = if z_dim >= 2 { m } else { 1 };
    let mut out = Vec::with_capacity(m * rows * z_dim);
    for j in 0..rows {
        for i in 0..m {
            for k in 0..z_dim {
                out.push(match k {
                    0 => at(i),
                    1 => at(j),
                    _ => 0.0,
                });
            }
        }
    }
    out
}

fn labels_u8(labels: &[usize]) -> Vec<u8> {
    labels.iter().map(|&y| y.min(255) as u8).collect()
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
