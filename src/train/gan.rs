//! A GAN training session: generator and discriminator MLPs, their optimizers, and the loop
//! (k_D discriminator steps, then k_G generator steps, per iteration). All randomness (initial
//! weights, noise, data) is drawn from the run's [`Rng`] on the host, so a seed gives the same
//! run on the CPU backends, and the same start on WebGPU.

use burn::optim::{AdamConfig, GradientsParams, ModuleOptimizer, SgdConfig};
use burn::tensor::activation::sigmoid;
use burn::tensor::{Device, Tensor, TensorData};

use super::DataSource;
use super::losses::{d_loss, g_loss};
use super::mlp::{Mlp, MlpSpec};
pub use crate::spec::{GanConfig, Noise, Optim};
use crate::data::Rng;

/// A fresh optimizer of `optim`'s kind.
fn init_optim(optim: Optim) -> ModuleOptimizer {
    match optim {
        Optim::Sgd { .. } => SgdConfig::new().init(),
        Optim::Adam { .. } => AdamConfig::new().with_beta_1(0.5).with_beta_2(0.999).init(),
    }
}

/// A GAN being trained.
pub struct GanSession {
    config: GanConfig,
    data: DataSource,
    device: Device,
    rng: Rng,
    g: Mlp,
    d: Mlp,
    g_opt: ModuleOptimizer,
    d_opt: ModuleOptimizer,
    iteration: u64,
    /// One-hot width: the data's classes for a cGAN, 0 otherwise.
    classes: usize,
}

impl GanSession {
    /// A new run on `device` (an autodiff device, e.g. `Device::flex().autodiff()`).
    pub fn new(config: GanConfig, data: DataSource, device: Device) -> GanSession {
        let mut rng = Rng::new(config.seed);
        let dim = data.dim();
        let classes = if config.conditional {
            data.classes()
        } else {
            0
        };
        let g_spec = MlpSpec {
            input: config.z_dim + classes,
            hidden: config.g_hidden.clone(),
            output: dim,
            activation: config.activation,
            tanh_out: config.g_tanh_out,
        };
        let d_spec = MlpSpec {
            input: dim + classes,
            hidden: config.d_hidden.clone(),
            output: 1,
            activation: config.activation,
            tanh_out: false,
        };
        let g = Mlp::new(&g_spec, &mut rng, &device);
        let d = Mlp::new(&d_spec, &mut rng, &device);
        GanSession {
            g_opt: init_optim(config.g_optim),
            d_opt: init_optim(config.d_optim),
            config,
            data,
            device,
            rng,
            g,
            d,
            iteration: 0,
            classes,
        }
    }

    /// Completed iterations.
    pub fn iteration(&self) -> u64 {
        self.iteration
    }

    fn noise(&mut self, n: usize) -> Tensor<2> {
        let z_dim = self.config.z_dim;
        let values: Vec<f32> = (0..n * z_dim)
            .map(|_| match self.config.noise {
                Noise::Uniform => self.rng.range(-1.0, 1.0) as f32,
                Noise::Gaussian => self.rng.normal() as f32,
            })
            .collect();
        Tensor::from_data(TensorData::new(values, [n, z_dim]), &self.device)
    }

    /// A data batch `[n, dim]` with its labels.
    fn real(&mut self, n: usize) -> (Tensor<2>, Vec<usize>) {
        let dim = self.data.dim();
        let (values, labels) = self.data.sample_labelled(n, &mut self.rng);
        let x = Tensor::from_data(TensorData::new(values, [n, dim]), &self.device);
        (x, labels)
    }

    /// Labels for fake samples, drawn from the data's p(y) (shared by data and generator).
    fn fake_labels(&mut self, n: usize) -> Vec<usize> {
        if self.classes == 0 {
            Vec::new()
        } else {
            self.data.sample_labelled(n, &mut self.rng).1
        }
    }

    /// `t` with the one-hot labels appended (`[n, w]` → `[n, w + classes]`); `t` itself for
    /// an unconditional GAN.
    fn with_labels(&self, t: Tensor<2>, labels: &[usize]) -> Tensor<2> {
        if self.classes == 0 {
            return t;
        }
        let n = labels.len();
        let mut onehot = vec![0f32; n * self.classes];
        for (i, &y) in labels.iter().enumerate() {
            onehot[i * self.classes + y.min(self.classes - 1)] = 1.0;
        }
        let y = Tensor::from_data(TensorData::new(onehot, [n, self.classes]), &self.device);
        Tensor::cat(vec![t, y], 1)
    }

    /// G(z, y) for fresh noise, `[n, dim]`.
    fn fake(&mut self, labels: &[usize], n: usize) -> Tensor<2> {
        let z = self.noise(n);
        self.g.forward(self.with_labels(z, labels))
    }

    /// One discriminator update; returns its loss (a `[1]` tensor, not read back).
    pub fn d_step(&mut self) -> Tensor<1> {
        let n = self.config.batch;
        let (real, real_y) = self.real(n); // [n, dim]
        let fake_y = self.fake_labels(n);
        let fake = self.fake(&fake_y, n).detach(); // [n, dim]
        let real_logits = self.d.forward(self.with_labels(real, &real_y));
        let fake_logits = self.d.forward(self.with_labels(fake, &fake_y));
        let loss = d_loss(self.config.loss, real_logits, fake_logits);
        let grads = GradientsParams::from_grads(loss.backward(), &self.d);
        self.d = self
            .d_opt
            .step(self.config.d_optim.lr(), self.d.clone(), grads);
        loss.detach()
    }

    /// One generator update; returns its loss.
    pub fn g_step(&mut self) -> Tensor<1> {
        let n = self.config.batch;
        let fake_y = self.fake_labels(n);
        let fake = self.fake(&fake_y, n); // [n, dim]
        let logits = self.d.forward(self.with_labels(fake, &fake_y));
        let loss = g_loss(self.config.loss, logits);
        // Gradients reach D's parameters too; only G's are applied.
        let grads = GradientsParams::from_grads(loss.backward(), &self.g);
        self.g = self
            .g_opt
            .step(self.config.g_optim.lr(), self.g.clone(), grads);
        loss.detach()
    }

    /// One iteration: k_D discriminator steps, then k_G generator steps. Returns the last D and
    /// G losses.
    pub fn step(&mut self) -> (Tensor<1>, Tensor<1>) {
        let mut d = Tensor::zeros([1], &self.device);
        for _ in 0..self.config.k_d {
            d = self.d_step();
        }
        let mut g = Tensor::zeros([1], &self.device);
        for _ in 0..self.config.k_g {
            g = self.g_step();
        }
        self.iteration += 1;
        (d, g)
    }

    /// `n` generated samples, `[n, dim]` (no gradient); a cGAN draws their labels from p(y).
    pub fn generate(&mut self, n: usize) -> Tensor<2> {
        let labels = self.fake_labels(n);
        self.fake(&labels, n).detach()
    }

    /// `n` samples of one class from a conditional generator, `[n, dim]`.
    pub fn generate_class(&mut self, n: usize, class: usize) -> Tensor<2> {
        let labels = if self.classes == 0 {
            Vec::new()
        } else {
            vec![class; n]
        };
        self.fake(&labels, n).detach()
    }

    /// The discriminator's probability D(x) = σ(logit) at `x` (`[n, dim]` → `[n, 1]`); a
    /// cGAN's D is asked about class `class`.
    pub fn discriminate(&self, x: Tensor<2>, class: usize) -> Tensor<2> {
        let n = x.dims()[0];
        let labels = if self.classes == 0 {
            Vec::new()
        } else {
            vec![class; n]
        };
        sigmoid(self.d.forward(self.with_labels(x, &labels))).detach()
    }

    /// Samples from the data (drawn from the run's generator of random numbers).
    pub fn real_batch(&mut self, n: usize) -> Tensor<2> {
        self.real(n).0
    }
}
