//! What defines a training run, as plain data: the models' hyperparameters and the data they
//! learn. No burn here, so the lesson bundle can build these and send them to the worker
//! ([`crate::protocol`]); the engine (`train`) turns them into tensors.

use serde::{Deserialize, Serialize};

use crate::data::{Mixture, Rng, Shape2d, sample_2d};
mod error;

pub use error::{Key, MAX_CLASS, MAX_POINTS, SpecError};
use error::{MAX_NOISE, batch_problem, hidden_problem, in_k, lr_problem, range_of};

use crate::params::pages as P;

/// A hidden layer's nonlinearity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Activation {
    /// max(0, x).
    #[default]
    Relu,
    /// max(0.2x, x).
    LeakyRelu,
    /// tanh x.
    Tanh,
}

/// An optimizer and its learning rate.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Optim {
    /// Plain stochastic gradient descent.
    Sgd {
        /// Learning rate.
        lr: f64,
    },
    /// Adam with β₁ = 0.5, β₂ = 0.999 (the usual GAN choice).
    Adam {
        /// Learning rate.
        lr: f64,
    },
}

impl Optim {
    /// The learning rate.
    pub fn lr(self) -> f64 {
        match self {
            Optim::Sgd { lr } | Optim::Adam { lr } => lr,
        }
    }
}

/// The generator's noise z.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Noise {
    /// U(−1, 1) in each dimension.
    Uniform,
    /// N(0, 1) in each dimension.
    #[default]
    Gaussian,
}

/// The generator's objective.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum GanLoss {
    /// The seminar's minimax game: G minimises E log(1 − D(G(z))) (saturates early on).
    Minimax,
    /// G minimises −E log D(G(z)): the same fixed point, strong gradients early on.
    #[default]
    NonSaturating,
    /// Least squares (LSGAN) on the raw outputs: D → 1 on data, 0 on fakes; G → 1.
    LeastSquares,
}

/// Everything that defines a GAN run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GanConfig {
    /// Noise dimension.
    pub z_dim: usize,
    /// Noise distribution.
    pub noise: Noise,
    /// Generator hidden widths.
    pub g_hidden: Vec<usize>,
    /// Discriminator hidden widths.
    pub d_hidden: Vec<usize>,
    /// Hidden activation of both networks.
    pub activation: Activation,
    /// tanh on the generator's output.
    pub g_tanh_out: bool,
    /// The generator's objective.
    pub loss: GanLoss,
    /// Generator optimizer.
    pub g_optim: Optim,
    /// Discriminator optimizer.
    pub d_optim: Optim,
    /// Batch size (real and fake each).
    pub batch: usize,
    /// Discriminator steps per iteration.
    pub k_d: usize,
    /// Generator steps per iteration.
    pub k_g: usize,
    /// A conditional GAN: G and D also see the class label y, one-hot, concatenated to z and x.
    pub conditional: bool,
    /// The run's seed.
    pub seed: u64,
}

impl GanConfig {
    /// The 1-D default: learns N(μ, σ) with |μ| ≤ 2, 0.3 ≤ σ ≤ 1.5 within 4 000 iterations
    /// (mean within 0.1, std within 20 %; `tests/gan.rs`).
    pub fn default_1d(seed: u64) -> GanConfig {
        GanConfig {
            z_dim: 1,
            noise: Noise::Gaussian,
            g_hidden: vec![16, 16],
            d_hidden: vec![32, 32],
            activation: Activation::LeakyRelu,
            g_tanh_out: false,
            loss: GanLoss::NonSaturating,
            // A faster discriminator (two time-scale updates) keeps G from oscillating.
            g_optim: Optim::Adam { lr: 5e-4 },
            d_optim: Optim::Adam { lr: 3e-3 },
            batch: 128,
            k_d: 1,
            k_g: 1,
            conditional: false,
            seed,
        }
    }

    /// GAN Lab's defaults: G 2→8→8→2 (ReLU, tanh out), D 2→8→8→1, batch 150, SGD lr 0.1 for
    /// both, 2 D steps per G step, log loss (G minimises −log D(G(z)), as GAN Lab does).
    pub fn gan_lab(seed: u64) -> GanConfig {
        GanConfig {
            z_dim: 2,
            noise: Noise::Uniform,
            g_hidden: vec![8, 8],
            d_hidden: vec![8, 8],
            activation: Activation::Relu,
            g_tanh_out: true,
            loss: GanLoss::NonSaturating,
            g_optim: Optim::Sgd { lr: 0.1 },
            d_optim: Optim::Sgd { lr: 0.1 },
            batch: 150,
            k_d: 2,
            k_g: 1,
            conditional: false,
            seed,
        }
    }

    /// Why this configuration cannot be trained, if it cannot (checked before a run starts,
    /// so a bad value from a page gets a message rather than a panic in the worker). The
    /// limits are the parameter table's, so whatever a link or the form accepts trains.
    pub fn problem(&self) -> Option<SpecError> {
        if !(1..=MAX_NOISE).contains(&self.z_dim) {
            Some(SpecError::NoiseDim(self.z_dim))
        } else if let Some(e) = batch_problem(self.batch) {
            Some(e)
        } else if !in_k(self.k_d) || !in_k(self.k_g) {
            Some(SpecError::Updates(self.k_d, self.k_g))
        } else if let Some(e) = lr_problem(&P::G_LR, self.g_optim.lr())
            .or_else(|| lr_problem(&P::D_LR, self.d_optim.lr()))
        {
            Some(e)
        } else {
            hidden_problem(&self.g_hidden).or_else(|| hidden_problem(&self.d_hidden))
        }
    }
}

/// Everything that defines a VAE run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VaeConfig {
    /// Latent dimension.
    pub z_dim: usize,
    /// Hidden widths of the encoder and of the decoder.
    pub hidden: Vec<usize>,
    /// Hidden activation.
    pub activation: Activation,
    /// Adam's learning rate.
    pub lr: f64,
    /// Batch size.
    pub batch: usize,
    /// Weight of the KL term (1 = the ELBO).
    pub beta: f64,
    /// Use z = μ + σ·ε; `false` stops gradients at the sample.
    pub reparametrize: bool,
    /// The run's seed.
    pub seed: u64,
}

impl VaeConfig {
    /// The reference VAE of the benchmarks: encoder 2→32→32→4 (μ, log σ²), decoder 2→32→32→2,
    /// ReLU, Adam 1e-3, batch 256.
    pub fn reference(seed: u64) -> VaeConfig {
        VaeConfig {
            z_dim: 2,
            hidden: vec![32, 32],
            activation: Activation::Relu,
            lr: 1e-3,
            batch: 256,
            beta: 1.0,
            reparametrize: true,
            seed,
        }
    }

    /// Why this configuration cannot be trained, if it cannot (the parameter table's limits).
    pub fn problem(&self) -> Option<SpecError> {
        let (bmin, bmax) = range_of(&P::BETA);
        if !(1..=MAX_NOISE).contains(&self.z_dim) {
            Some(SpecError::LatentDim(self.z_dim))
        } else if let Some(e) = batch_problem(self.batch) {
            Some(e)
        } else if let Some(e) = lr_problem(&P::LR, self.lr) {
            Some(e)
        } else if !(self.beta.is_finite() && (bmin..=bmax).contains(&self.beta)) {
            Some(SpecError::OutOfRange {
                key: Key(P::BETA.key),
                value: self.beta,
                min: bmin,
                max: bmax,
            })
        } else {
            hidden_problem(&self.hidden)
        }
    }
}

/// A point drawn by the user, with the class it was drawn as.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// Position.
    pub x: [f32; 2],
    /// Class label.
    pub label: u8,
}

/// What a model learns to imitate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum DataSource {
    /// A 1-D Gaussian mixture (one class per component).
    Mixture(Mixture),
    /// 1-D uniform on [lo, hi] (one class).
    Uniform {
        /// Left end.
        lo: f64,
        /// Right end, > lo.
        hi: f64,
    },
    /// A 2-D shape.
    Shape(Shape2d),
    /// User-drawn 2-D points, sampled with replacement (with a little jitter so a handful of
    /// points still describes a density).
    Points(Vec<Point>),
}

impl DataSource {
    /// The 1-D bimodal preset: ½ N(−1.5, 0.4²) + ½ N(1.5, 0.4²).
    pub fn bimodal() -> DataSource {
        DataSource::Mixture(
            Mixture::parse("0.5:-1.5:0.4,0.5:1.5:0.4").unwrap_or_else(|_| unreachable!()),
        )
    }

    /// The data's dimension.
    pub fn dim(&self) -> usize {
        match self {
            DataSource::Mixture(_) | DataSource::Uniform { .. } => 1,
            DataSource::Shape(_) | DataSource::Points(_) => 2,
        }
    }

    /// How many classes its samples are labelled with (a mixture: one per component).
    pub fn classes(&self) -> usize {
        match self {
            DataSource::Mixture(m) => m.components().len(),
            DataSource::Uniform { .. } => 1,
            DataSource::Shape(s) => s.classes(),
            DataSource::Points(p) => p
                .iter()
                .map(|p| usize::from(p.label) + 1)
                .max()
                .unwrap_or(1),
        }
    }

    /// Why this source cannot be sampled, if it cannot.
    pub fn problem(&self) -> Option<SpecError> {
        match self {
            DataSource::Uniform { lo, hi } if !(lo.is_finite() && hi.is_finite() && lo < hi) => {
                Some(SpecError::UniformEnds(*lo, *hi))
            }
            DataSource::Points(p) if p.is_empty() => Some(SpecError::NoPoints),
            DataSource::Points(p) if p.len() > MAX_POINTS => {
                Some(SpecError::TooManyPoints(p.len()))
            }
            DataSource::Points(p)
                if p.iter()
                    .any(|p| !p.x.iter().all(|v| v.is_finite()) || p.label > MAX_CLASS) =>
            {
                Some(SpecError::BadPoint)
            }
            _ => None,
        }
    }

    /// `n` samples, flattened `[n, dim]`.
    pub fn sample(&self, n: usize, rng: &mut Rng) -> Vec<f32> {
        self.sample_labelled(n, rng).0
    }

    /// `n` samples, flattened `[n, dim]`, with their class labels.
    pub fn sample_labelled(&self, n: usize, rng: &mut Rng) -> (Vec<f32>, Vec<usize>) {
        let mut xs = Vec::with_capacity(n * self.dim());
        let mut ys = Vec::with_capacity(n);
        for _ in 0..n {
            let y = match self {
                DataSource::Mixture(m) => {
                    let (x, y) = m.sample_labelled(rng);
                    xs.push(x as f32);
                    y
                }
                DataSource::Uniform { lo, hi } => {
                    xs.push(rng.range(*lo, *hi) as f32);
                    0
                }
                DataSource::Shape(s) => {
                    let (x, y) = sample_2d(*s, rng);
                    xs.extend(x.map(|v| v as f32));
                    y
                }
                DataSource::Points(points) => {
                    let p = points[rng.below(points.len())];
                    xs.extend(p.x.map(|v| v + (0.01 * rng.normal()) as f32));
                    usize::from(p.label)
                }
            };
            ys.push(y);
        }
        (xs, ys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn sources_sample_their_dimension_and_classes() {
        let mut rng = Rng::new(3);
        let points = DataSource::Points(vec![
            Point {
                x: [0.5, 0.5],
                label: 0,
            },
            Point {
                x: [-0.5, 0.0],
                label: 2,
            },
        ]);
        assert_eq!(points.classes(), 3);
        let (xs, ys) = points.sample_labelled(100, &mut rng);
        assert_eq!(xs.len(), 200);
        assert!(ys.iter().all(|&y| y == 0 || y == 2));
        let uniform = DataSource::Uniform { lo: -1.0, hi: 3.0 };
        let xs = uniform.sample(1000, &mut rng);
        assert!(xs.iter().all(|&x| (-1.0..3.0).contains(&x)));
        assert_eq!(DataSource::bimodal().classes(), 2);
        assert!(DataSource::Uniform { lo: 1.0, hi: 1.0 }.problem().is_some());
        assert!(DataSource::Points(vec![]).problem().is_some());
    }

    #[test]
    fn configs_refuse_bad_values() {
        let cfg = GanConfig::gan_lab(4);
        assert!(cfg.problem().is_none());
        let bad = GanConfig {
            batch: 0,
            ..cfg.clone()
        };
        assert!(bad.problem().is_some());
        let bad = GanConfig {
            g_optim: Optim::Adam { lr: f64::NAN },
            ..cfg
        };
        assert!(bad.problem().is_some());
        assert!(VaeConfig::reference(1).problem().is_none());
    }

    #[test]
    fn spec_errors_speak_both_languages() {
        let errors = [
            SpecError::NoiseDim(0),
            SpecError::LatentDim(17),
            SpecError::Batch(0),
            SpecError::Updates(0, 1),
            SpecError::OutOfRange {
                key: Key("lr"),
                value: 20.0,
                min: 1e-6,
                max: 1.0,
            },
            SpecError::Hidden(vec![0]),
            SpecError::UniformEnds(1.0, 1.0),
            SpecError::NoPoints,
            SpecError::TooManyPoints(20_000),
            SpecError::BadPoint,
        ];
        for e in &errors {
            let (en, ru) = (e.message(Lang::En), e.message(Lang::Ru));
            assert!(!en.chars().any(|c| ('а'..='я').contains(&c)), "{en}");
            assert!(ru.chars().any(|c| ('а'..='я').contains(&c)), "{ru}");
        }
        // Whatever the parameter table accepts trains.
        let mut c = GanConfig::gan_lab(1);
        c.batch = 1024;
        c.g_hidden = vec![128; 4];
        c.g_optim = Optim::Sgd { lr: 10.0 };
        assert_eq!(c.problem(), None);
        c.batch = 1025;
        assert_eq!(c.problem(), Some(SpecError::Batch(1025)));
    }
}
