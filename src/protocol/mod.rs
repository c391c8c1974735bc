//! The messages between the lesson page and the training worker (the second wasm module).
//!
//! Both sides are compiled from this one definition, so they cannot drift apart. Messages are
//! plain data, sent with `serde-wasm-bindgen`. The worker speaks first ([`FromWorker::Ready`]):
//! anything posted before its wasm has installed its handler would be lost.

use serde::{Deserialize, Serialize};

use crate::spec::{DataSource, GanConfig, SpecError, VaeConfig};

mod packed;

/// A compute backend the worker can train on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Backend {
    /// burn-flex on the CPU (the default).
    Flex,
    /// burn-ndarray on the CPU (deprecated in burn 0.22; kept because the course names it).
    Ndarray,
    /// burn-wgpu on the browser's WebGPU.
    WebGpu,
}

impl Backend {
    /// The name shown in readouts and used in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Backend::Flex => "flex",
            Backend::Ndarray => "ndarray",
            Backend::WebGpu => "webgpu",
        }
    }

    /// Parses [`Backend::as_str`].
    pub fn parse(s: &str) -> Option<Backend> {
        match s {
            "flex" => Some(Backend::Flex),
            "ndarray" => Some(Backend::Ndarray),
            "webgpu" => Some(Backend::WebGpu),
            _ => None,
        }
    }
}

/// Which model a run trains.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ModelSpec {
    /// A GAN (conditional when its config says so).
    Gan(GanConfig),
    /// A VAE.
    Vae(VaeConfig),
}

impl ModelSpec {
    /// Why this model cannot be trained on `data`, if it cannot.
    pub fn problem(&self, data: &DataSource) -> Option<SpecError> {
        match self {
            ModelSpec::Gan(c) => c.problem(),
            ModelSpec::Vae(c) => c.problem(),
        }
        .or_else(|| data.problem())
    }
}

/// A training run: model, data, backend and an optional iteration limit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunSpec {
    /// The model and its hyperparameters (seed included).
    pub model: ModelSpec,
    /// What it learns.
    pub data: DataSource,
    /// Where it trains (WebGPU falls back to flex).
    pub backend: Backend,
    /// Stop after this many iterations (a shared link's `steps=N`); `None` trains until paused.
    pub steps: Option<u64>,
    /// Start paused (a lab that opens without `autorun`).
    pub paused: bool,
}

/// One unit of a single step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepKind {
    /// One discriminator update (GAN only; a VAE makes one update).
    D,
    /// One generator update (GAN only; a VAE makes one update).
    G,
    /// One whole iteration (k_D D updates and k_G G updates; one VAE update).
    Iteration,
}

/// A control of the running session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Control {
    /// Stop stepping; the model stays.
    Pause,
    /// Go on stepping.
    Resume,
    /// One step while paused.
    Step(StepKind),
    /// Start again from the seed (same spec).
    Reset,
    /// Cap the speed at this many iterations per second; `None`: as fast as possible.
    Speed(Option<f64>),
    /// New hyperparameters. Learning rates, loss, k_D:k_G, batch and β apply at once; a change
    /// of architecture, seed or data restarts the run.
    Set(ModelSpec),
    /// A new iteration limit (`None`: none). A run that had finished at its old limit is
    /// paused, so it can go on.
    Limit(Option<u64>),
}

/// What a snapshot should carry (the page's view of the run).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct View {
    /// Generated (or reconstructed) samples and real samples to send, each.
    pub samples: u32,
    /// Where to evaluate the discriminator (GAN) or decode a grid of codes (VAE).
    pub grid: Option<Grid>,
    /// A cGAN's class to generate and discriminate for; `None`: classes drawn from p(y).
    pub class: Option<u32>,
    /// The generator's manifold: G on an `m × m` lattice of noise values (the first two noise
    /// dimensions over [−1, 1] for uniform noise, [−2.5, 2.5] for Gaussian noise, the others 0),
    /// m in 2–64; a 1-D noise gives `m` points (2–1024; Gaussian over [−6, 6]); `None`: not sent.
    #[serde(default)]
    pub manifold: Option<u32>,
}

/// A regular grid: `n` points over `x` (1-D), or `n × n` over `x × y` (2-D, row-major, y
/// rows from `y[0]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Grid {
    /// x range.
    pub x: [f32; 2],
    /// y range for a 2-D grid.
    pub y: Option<[f32; 2]>,
    /// Points per axis (2–256).
    pub n: u32,
}

impl Grid {
    /// The grid's points, flattened `[points, dim]`.
    pub fn points(&self) -> Vec<f32> {
        let n = self.n.clamp(2, 256) as usize;
        let at = |r: [f32; 2], i: usize| r[0] + (r[1] - r[0]) * i as f32 / (n - 1) as f32;
        match self.y {
            None => (0..n).map(|i| at(self.x, i)).collect(),
            Some(y) => (0..n)
                .flat_map(|j| (0..n).flat_map(move |i| [at(self.x, i), at(y, j)]))
                .collect(),
        }
    }
}

/// Where a run stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Status {
    /// Training.
    Running,
    /// Paused by the user (or opened paused).
    Paused,
    /// Reached its iteration limit.
    Done,
    /// A loss turned NaN or infinite: the run stops, saying which and when.
    Diverged {
        /// The quantity that stopped being finite.
        what: Quantity,
        /// The iteration it was seen at.
        iteration: u64,
    },
}

/// Where a run stands as the page sees it: [`Status`] without its details, plus `Idle` (no
/// run yet, or the worker failed). A string only at the `data-value` edge ([`RunStatus::as_str`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunStatus {
    /// Nothing running: before the first snapshot, or after the worker failed.
    Idle,
    /// Training.
    Running,
    /// Paused.
    Paused,
    /// Reached its iteration limit.
    Done,
    /// Stopped on a NaN or infinite loss.
    Diverged,
}

impl RunStatus {
    /// The `data-value` of the `train-status` readout.
    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Idle => "idle",
            RunStatus::Running => "running",
            RunStatus::Paused => "paused",
            RunStatus::Done => "done",
            RunStatus::Diverged => "diverged",
        }
    }

    /// Whether the run is training now.
    pub fn is_running(self) -> bool {
        self == RunStatus::Running
    }
}

impl From<&Status> for RunStatus {
    fn from(s: &Status) -> RunStatus {
        match s {
            Status::Running => RunStatus::Running,
            Status::Paused => RunStatus::Paused,
            Status::Done => RunStatus::Done,
            Status::Diverged { .. } => RunStatus::Diverged,
        }
    }
}

/// A logged quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Quantity {
    /// The discriminator's loss.
    LossD,
    /// The generator's loss.
    LossG,
    /// The VAE's (β-weighted) negative ELBO.
    Elbo,
}

/// One entry of the training log (one per chunk of steps).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogPoint {
    /// Iterations completed when it was taken.
    pub iteration: u64,
    /// GAN: the discriminator's loss; VAE: −ELBO of the batch (β-weighted).
    pub a: f64,
    /// GAN: the generator's loss; VAE: unused (NaN-free 0).
    pub b: f64,
}

/// A GAN's state for the plots.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GanView {
    /// Real samples `[n, dim]` (a fixed set, so the picture is steady).
    #[serde(with = "packed::f32s")]
    pub real: Vec<f32>,
    /// Their class labels.
    #[serde(with = "packed::u8s")]
    pub real_labels: Vec<u8>,
    /// Generated samples `[n, dim]` from a fixed set of noise vectors.
    #[serde(with = "packed::f32s")]
    pub fake: Vec<f32>,
    /// Their class labels.
    #[serde(with = "packed::u8s")]
    pub fake_labels: Vec<u8>,
    /// −∂L_G/∂x at each fake sample `[n, dim]`: where the generator moves it.
    #[serde(with = "packed::f32s")]
    pub fake_grad: Vec<f32>,
    /// D(x) on the view's grid.
    #[serde(with = "packed::f32s")]
    pub d_grid: Vec<f32>,
    /// G on the view's noise lattice, `[m·m, dim]` (row-major, second noise dimension in rows).
    #[serde(with = "packed::f32s")]
    pub manifold: Vec<f32>,
    /// Mean D over the real samples.
    pub d_real: f64,
    /// Mean D over the fake samples.
    pub d_fake: f64,
    /// V(D, G) = E log D(x) + E log(1 − D(G(z))) over the view's real and fake samples, in
    /// nats, computed in f64 from D's logits (so a saturated D gives a large finite value, not
    /// log 0).
    pub v: f64,
}

/// A VAE's state for the plots.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VaeView {
    /// Data samples `[n, dim]` (fixed).
    #[serde(with = "packed::f32s")]
    pub data: Vec<f32>,
    /// Their labels.
    #[serde(with = "packed::u8s")]
    pub labels: Vec<u8>,
    /// Their reconstructions: decoder means at z = μ(x), `[n, dim]`.
    #[serde(with = "packed::f32s")]
    pub recon: Vec<f32>,
    /// Their codes μ(x), `[n, z]`.
    #[serde(with = "packed::f32s")]
    pub codes: Vec<f32>,
    /// Decoder means for prior samples z ~ N(0, I), `[n, dim]`.
    #[serde(with = "packed::f32s")]
    pub prior: Vec<f32>,
    /// Decoder means on the view's grid of codes (a 2-D latent), `[points, dim]`.
    #[serde(with = "packed::f32s")]
    pub decoded_grid: Vec<f32>,
    /// E_q[log p(x|z)], mean per sample in nats, over fresh data.
    pub recon_term: f64,
    /// KL(q(z|x) ‖ N(0, I)), mean per sample.
    pub kl_term: f64,
    /// The decoder's σ_x.
    pub sigma_x: f64,
}

/// The run's state, sent when the page asks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The run it belongs to (the page drops answers about older runs).
    pub run: u32,
    /// Iterations completed.
    pub iteration: u64,
    /// Where it stands.
    pub status: Status,
    /// The backend really used.
    pub backend: Backend,
    /// Why the requested backend is not used, if it is not.
    pub fallback: Option<String>,
    /// Iterations per second over the last second or so of training.
    pub steps_per_sec: f64,
    /// Log entries since the previous snapshot.
    pub log: Vec<LogPoint>,
    /// The worker's wasm memory in bytes (0 where not measured, as in native runs).
    pub memory: f64,
    /// GAN state.
    pub gan: Option<GanView>,
    /// VAE state.
    pub vae: Option<VaeView>,
}

/// The benchmark's model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BenchModel {
    /// GAN Lab's default GAN on 8 Gaussians; a step is one iteration (2 D + 1 G updates).
    Gan,
    /// The reference VAE (encoder 2→32→32→4, decoder 2→32→32→2, Adam 1e-3, batch 256).
    Vae,
}

impl BenchModel {
    /// The URL spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            BenchModel::Gan => "gan",
            BenchModel::Vae => "vae",
        }
    }

    /// Parses [`BenchModel::as_str`].
    pub fn parse(s: &str) -> Option<BenchModel> {
        [BenchModel::Gan, BenchModel::Vae]
            .into_iter()
            .find(|m| m.as_str() == s)
    }
}

/// A request from the page to the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ToWorker {
    /// Run the ping computation on `backend` and answer [`FromWorker::Pong`].
    Ping {
        /// Echoed back, so a late answer to an old request can be recognised and dropped.
        id: u32,
        /// Where to compute.
        backend: Backend,
        /// The input vector; the worker returns Σ xᵢ² computed with burn tensors.
        input: Vec<f32>,
    },
    /// Start a run (replacing any run in progress). Snapshots carry `run`.
    Start {
        /// The page's counter for this run.
        run: u32,
        /// What to train.
        spec: RunSpec,
    },
    /// Change the run in progress.
    Control(Control),
    /// Ask for the latest state; answered with [`FromWorker::Snapshot`]. The page asks once per
    /// animation frame and only after the previous answer arrived, so nothing piles up.
    Snapshot(View),
    /// Time `steps` training steps after a warm-up; answered with [`FromWorker::Bench`].
    Bench {
        /// Echoed back.
        id: u32,
        /// Which model.
        model: BenchModel,
        /// Where.
        backend: Backend,
        /// How many timed steps.
        steps: u32,
    },
}

/// A message from the worker to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FromWorker {
    /// The worker's wasm is loaded and its message handler installed.
    Ready,
    /// The answer to [`ToWorker::Ping`].
    Pong {
        /// The request's id.
        id: u32,
        /// The backend that actually computed (differs from the request after a fallback).
        backend: Backend,
        /// Σ xᵢ², computed with burn.
        value: f64,
        /// Why the requested backend was not used, if it was not.
        fallback: Option<String>,
    },
    /// The answer to [`ToWorker::Snapshot`] (boxed: it is by far the largest message).
    Snapshot(Box<Snapshot>),
    /// The answer to [`ToWorker::Bench`].
    Bench {
        /// The request's id.
        id: u32,
        /// The backend really used.
        backend: Backend,
        /// Why the requested backend was not used, if it was not.
        fallback: Option<String>,
        /// Timed steps.
        steps: u32,
        /// Seconds they took (the last result read back, so queued GPU work is included).
        seconds: f64,
        /// The worker's wasm memory before and after, bytes.
        memory: [f64; 2],
    },
    /// The worker stopped (its script failed to load, or its wasm trapped: a panic, a WebGPU
    /// device lost). Made by the page's client from the worker's `error` event, never sent by
    /// the worker itself.
    Died {
        /// What the browser reported.
        message: String,
    },
    /// A run or a setting the worker will not train (the page checks first; this is the
    /// worker's own check, shown in the page's language).
    Refused {
        /// The run the refused start or setting was for.
        id: Option<u32>,
        /// Why.
        problem: SpecError,
    },
    /// A request could not be served.
    Error {
        /// The request's id, when the request could be read.
        id: Option<u32>,
        /// What went wrong, in words for the page's notice.
        message: String,
    },
}

/// The ping's expected answer, computed in plain f64 (the test oracle for the worker).
pub fn ping_reference(input: &[f32]) -> f64 {
    input.iter().map(|&x| f64::from(x) * f64::from(x)).sum()
}
