//! A GAN training session: generator and discriminator MLPs, their optimizers, and the loop
//! (k_D discriminator steps, then k_G generator steps, per iteration). All randomness (initial
//! weights, noise, data) is drawn from the run's [`Rng`] on the host, so a seed gives the same
//! run on the CPU backends, and the same start on WebGPU.

use burn::module::Module;
use burn::optim::{AdamConfig, GradientsParams, ModuleOptimizer, SgdConfig};
use burn::tensor::activation::sigmoid;
use burn::tensor::{Device, Tensor, TensorData};

use super::DataSource;
use super::losses::{d_loss_joint, g_loss};
use super::mlp::{Mlp, MlpSpec};
use crate::data::Rng;
pub use crate::spec::{GanConfig, Noise, Optim};

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
    /// The joint D loss's sign and target columns for a batch size.
    targets: Option<(usize, Tensor<2>, Tensor<2>)>,
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
            targets: None,
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
    ///
    /// Real and fake samples go through D in one pass (`[2n, dim]`), and G runs with its
    /// parameters untracked: fewer and larger ops, the same loss as two passes.
    pub fn d_step(&mut self) -> Tensor<1> {
        let n = self.config.batch;
        let dim = self.data.dim();
        let (real, mut labels) = self.data.sample_labelled(n, &mut self.rng);
        let fake_y = self.fake_labels(n);
        let z = self.noise(n);
        let fake = self
            .g
            .clone()
            .no_grad()
            .forward(self.with_labels(z, &fake_y))
            .detach(); // [n, dim]
        let real = Tensor::<2>::from_data(TensorData::new(real, [n, dim]), &self.device);
        labels.extend(fake_y);
        let x = self.with_labels(Tensor::cat(vec![real, fake], 0), &labels); // [2n, dim (+ classes)]
        let logits = self.d.forward(x); // [2n, 1]
        let (sign, target) = self.joint_targets(n);
        let loss = d_loss_joint(self.config.loss, logits, sign, target);
        let grads = GradientsParams::from_grads(loss.backward(), &self.d);
        self.d = self
            .d_opt
            .step(self.config.d_optim.lr(), self.d.clone(), grads);
        loss.detach()
    }

    /// The constant tensors of the joint D loss for batch `n` (cached: made once per size).
    fn joint_targets(&mut self, n: usize) -> (Tensor<2>, Tensor<2>) {
        if self.targets.as_ref().is_none_or(|(m, _, _)| *m != n) {
            let sign: Vec<f32> = (0..2 * n).map(|i| if i < n { -1.0 } else { 1.0 }).collect();
            let target: Vec<f32> = (0..2 * n).map(|i| if i < n { 1.0 } else { 0.0 }).collect();
            let sign = Tensor::from_data(TensorData::new(sign, [2 * n, 1]), &self.device);
            let target = Tensor::from_data(TensorData::new(target, [2 * n, 1]), &self.device);
            self.targets = Some((n, sign, target));
        }
        match &self.targets {
            Some((_, sign, target)) => (sign.clone(), target.clone()),
            None => unreachable!("set above"),
        }
    }

    /// One generator update; returns its loss. D's parameters are untracked, so the backward
    /// pass computes only what G needs.
    pub fn g_step(&mut self) -> Tensor<1> {
        let n = self.config.batch;
        let fake_y = self.fake_labels(n);
        let fake = self.fake(&fake_y, n); // [n, dim]
        let logits = self
            .d
            .clone()
            .no_grad()
            .forward(self.with_labels(fake, &fake_y));
        let loss = g_loss(self.config.loss, logits);
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
        let labels = vec![class; x.dims()[0]];
        self.discriminate_labelled(x, &labels)
    }

    /// Samples from the data (drawn from the run's generator of random numbers).
    pub fn real_batch(&mut self, n: usize) -> Tensor<2> {
        self.real(n).0
    }

    /// The configuration.
    pub fn config(&self) -> &GanConfig {
        &self.config
    }

    /// Takes the hyperparameters that can change mid-run (loss, optimizers' learning rates,
    /// batch, k_D, k_G) from `new`; returns `false`, changing nothing, when `new` differs in
    /// anything else (architecture, noise, seed, optimizer kind), which needs a new run.
    pub fn set_live(&mut self, new: &GanConfig) -> bool {
        let same_kind = |a: Optim, b: Optim| {
            matches!(
                (a, b),
                (Optim::Sgd { .. }, Optim::Sgd { .. }) | (Optim::Adam { .. }, Optim::Adam { .. })
            )
        };
        let restart = GanConfig {
            loss: self.config.loss,
            g_optim: self.config.g_optim,
            d_optim: self.config.d_optim,
            batch: self.config.batch,
            k_d: self.config.k_d,
            k_g: self.config.k_g,
            ..new.clone()
        } != self.config
            || !same_kind(new.g_optim, self.config.g_optim)
            || !same_kind(new.d_optim, self.config.d_optim);
        if restart {
            return false;
        }
        self.config = new.clone();
        true
    }

    /// The one-hot width (0 for an unconditional GAN).
    pub fn classes(&self) -> usize {
        self.classes
    }

    /// G(z, y) for given noise values `[n, z_dim]` and labels (ignored unless conditional).
    pub fn generate_from(&self, z: Vec<f32>, labels: &[usize]) -> Tensor<2> {
        let n = z.len() / self.config.z_dim;
        let z = Tensor::from_data(TensorData::new(z, [n, self.config.z_dim]), &self.device);
        let labels = if self.classes == 0 { &[][..] } else { labels };
        self.g
            .clone()
            .no_grad()
            .forward(self.with_labels(z, labels))
            .detach()
    }

    /// −∂L_G/∂x at the samples `x` (`[n, dim]`): the direction the generator's loss pushes
    /// each fake sample, for labels `labels`.
    pub fn g_direction(&self, x: Tensor<2>, labels: &[usize]) -> Tensor<2> {
        let x = x.detach().require_grad();
        let labels = if self.classes == 0 { &[][..] } else { labels };
        let logits = self
            .d
            .clone()
            .no_grad()
            .forward(self.with_labels(x.clone(), labels));
        let n = x.dims()[0];
        let loss = g_loss(self.config.loss, logits).mul_scalar(n as f64);
        let grads = loss.backward();
        match x.grad(&grads) {
            Some(g) => g.neg(),
            None => x.zeros_like().detach(),
        }
    }

    /// D(x) for labels `labels` (`[n, dim]` → `[n, 1]`).
    pub fn discriminate_labelled(&self, x: Tensor<2>, labels: &[usize]) -> Tensor<2> {
        let labels = if self.classes == 0 { &[][..] } else { labels };
        sigmoid(
            self.d
                .clone()
                .no_grad()
                .forward(self.with_labels(x, labels)),
        )
        .detach()
    }

    /// D's logits for labels `labels` (`[n, dim]` → `[n, 1]`): D = σ(logit).
    pub fn d_logits_labelled(&self, x: Tensor<2>, labels: &[usize]) -> Tensor<2> {
        let labels = if self.classes == 0 { &[][..] } else { labels };
        self.d
            .clone()
            .no_grad()
            .forward(self.with_labels(x, labels))
            .detach()
    }

    /// The data source.
    pub fn data(&self) -> &DataSource {
        &self.data
    }

    /// The device.
    pub fn device(&self) -> &Device {
        &self.device
    }
}
