//! A variational autoencoder with a Gaussian encoder q(z|x) = N(μ, σ²) and a Gaussian decoder
//! p(x|z) = N(dec(z), σ_x²·I) whose σ_x is learned, so the ELBO
//! E_q[log p(x|z)] − KL(q(z|x) ‖ N(0, I)) is a true lower bound on log p(x) in nats, every
//! constant included. z = μ + σ·ε (the reparametrization trick); the "no reparametrization"
//! variant samples z with gradients stopped, so reconstruction sends no pathwise gradient to the
//! encoder (only the KL term reaches it).

use burn::module::{Module, Param};
use burn::optim::{AdamConfig, GradientsParams, ModuleOptimizer};
use burn::tensor::{Device, Tensor, TensorData};

use super::DataSource;
use super::mlp::{Mlp, MlpSpec};
use crate::data::Rng;
pub use crate::spec::VaeConfig;

/// The ELBO and its two terms, mean per sample, in nats.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Elbo {
    /// E_q[log p(x|z)].
    pub recon: f64,
    /// KL(q(z|x) ‖ N(0, I)).
    pub kl: f64,
}

impl Elbo {
    /// recon − kl.
    pub fn elbo(&self) -> f64 {
        self.recon - self.kl
    }
}

/// Encoder, decoder and the decoder's log σ_x.
#[derive(Module, Debug)]
pub struct Vae {
    encoder: Mlp,
    decoder: Mlp,
    log_sigma_x: Param<Tensor<1>>,
    #[module(skip)]
    z_dim: usize,
}

/// The per-sample terms of a batch: (`[n, 1]` log p(x|z), `[n, 1]` KL, `[n, z]` μ).
type Terms = (Tensor<2>, Tensor<2>, Tensor<2>);

impl Vae {
    fn terms(&self, x: Tensor<2>, eps: Tensor<2>, reparametrize: bool) -> Terms {
        let [n, dim] = x.dims();
        let h = self.encoder.forward(x.clone()); // [n, 2z]
        let mu = h.clone().narrow(1, 0, self.z_dim); // [n, z]
        let log_var = h.narrow(1, self.z_dim, self.z_dim); // [n, z]
        let sigma = log_var.clone().mul_scalar(0.5).exp();
        let z = mu.clone() + sigma * eps;
        let z = if reparametrize { z } else { z.detach() };
        let mean = self.decoder.forward(z); // [n, dim]
        let log_sigma_x = self.log_sigma_x.val().reshape([1, 1]); // [1, 1]
        // log N(x; mean, σ_x²) = −½ Σ_d [log 2π + 2 log σ_x + (x − mean)² / σ_x²]
        let inv_var = log_sigma_x.clone().mul_scalar(-2.0).exp();
        let sq = (x - mean).powi_scalar(2).sum_dim(1); // [n, 1]
        let log_px = (sq * inv_var + log_sigma_x.mul_scalar(2.0 * dim as f64))
            .add_scalar(dim as f64 * (std::f64::consts::TAU).ln())
            .mul_scalar(-0.5);
        // KL(N(μ, σ²) ‖ N(0, I)) = ½ Σ_j (μ² + σ² − 1 − log σ²)
        let kl = (mu.clone().powi_scalar(2) + log_var.clone().exp() - log_var)
            .add_scalar(-1.0)
            .sum_dim(1)
            .mul_scalar(0.5);
        debug_assert_eq!(log_px.dims(), [n, 1]);
        (log_px, kl, mu)
    }
}

/// A VAE being trained.
pub struct VaeSession {
    config: VaeConfig,
    data: DataSource,
    device: Device,
    rng: Rng,
    vae: Vae,
    optim: ModuleOptimizer,
    steps: u64,
}

impl VaeSession {
    /// A new run on an autodiff `device`.
    pub fn new(config: VaeConfig, data: DataSource, device: Device) -> VaeSession {
        let mut rng = Rng::new(config.seed);
        let dim = data.dim();
        let spec = |input, output| MlpSpec {
            input,
            hidden: config.hidden.clone(),
            output,
            activation: config.activation,
            tanh_out: false,
        };
        let encoder = Mlp::new(&spec(dim, 2 * config.z_dim), &mut rng, &device);
        let decoder = Mlp::new(&spec(config.z_dim, dim), &mut rng, &device);
        let log_sigma_x = Param::from_tensor(Tensor::<1>::zeros([1], &device));
        let vae = Vae {
            encoder,
            decoder,
            log_sigma_x,
            z_dim: config.z_dim,
        };
        VaeSession {
            optim: AdamConfig::new().init(),
            config,
            data,
            device,
            rng,
            vae,
            steps: 0,
        }
    }

    /// Completed steps.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    fn batch(&mut self, n: usize) -> (Tensor<2>, Tensor<2>) {
        let mut rng = self.rng.clone();
        let batch = self.batch_from(n, &mut rng);
        self.rng = rng;
        batch
    }

    fn batch_from(&self, n: usize, rng: &mut Rng) -> (Tensor<2>, Tensor<2>) {
        let dim = self.data.dim();
        let x = self.data.sample(n, rng);
        let eps: Vec<f32> = (0..n * self.config.z_dim)
            .map(|_| rng.normal() as f32)
            .collect();
        (
            Tensor::from_data(TensorData::new(x, [n, dim]), &self.device),
            Tensor::from_data(TensorData::new(eps, [n, self.config.z_dim]), &self.device),
        )
    }

    /// One Adam step on −(recon − β·KL); returns the batch's negative ELBO (not read back).
    pub fn step(&mut self) -> Tensor<1> {
        let (x, eps) = self.batch(self.config.batch);
        let (log_px, kl, _) = self.vae.terms(x, eps, self.config.reparametrize);
        let loss = (kl.mul_scalar(self.config.beta) - log_px).mean();
        let grads = GradientsParams::from_grads(loss.backward(), &self.vae);
        self.vae = self.optim.step(self.config.lr, self.vae.clone(), grads);
        self.steps += 1;
        loss.detach()
    }

    /// The ELBO's terms over `n` fresh data samples (one ε each), as tensors `[1]`:
    /// (recon, kl). Read them back with `into_scalar_async` on WebGPU.
    pub fn evaluate(&mut self, n: usize) -> (Tensor<1>, Tensor<1>) {
        let (x, eps) = self.batch(n);
        let (log_px, kl, _) = self.vae.terms(x, eps, true);
        (log_px.mean().detach(), kl.mean().detach())
    }

    /// The ELBO's terms over `n` fresh data samples drawn from `rng` (not the run's own, so
    /// looking does not change the run).
    pub fn evaluate_with(&self, n: usize, rng: &mut Rng) -> (Tensor<1>, Tensor<1>) {
        let (x, eps) = self.batch_from(n, rng);
        let (log_px, kl, _) = self.vae.terms(x, eps, true);
        (log_px.mean().detach(), kl.mean().detach())
    }

    /// The decoder's means at codes `z` (`[n, z]` → `[n, dim]`).
    pub fn decode(&self, z: Tensor<2>) -> Tensor<2> {
        self.vae.decoder.clone().no_grad().forward(z).detach()
    }

    /// The configuration.
    pub fn config(&self) -> &VaeConfig {
        &self.config
    }

    /// The data source.
    pub fn data(&self) -> &DataSource {
        &self.data
    }

    /// The device.
    pub fn device(&self) -> &Device {
        &self.device
    }

    /// Takes learning rate, batch, β and the reparametrization switch from `new`; returns
    /// `false`, changing nothing, when `new` differs in anything else (a new run).
    pub fn set_live(&mut self, new: &VaeConfig) -> bool {
        let restart = VaeConfig {
            lr: self.config.lr,
            batch: self.config.batch,
            beta: self.config.beta,
            reparametrize: self.config.reparametrize,
            ..new.clone()
        } != self.config;
        if restart {
            return false;
        }
        self.config = new.clone();
        true
    }

    /// The encoder's means μ(x) for `x` (`[n, dim]` → `[n, z]`).
    pub fn encode(&self, x: Tensor<2>) -> Tensor<2> {
        let h = self.vae.encoder.clone().no_grad().forward(x);
        h.narrow(1, 0, self.config.z_dim).detach()
    }

    /// σ_x, the decoder's learned noise scale.
    pub fn sigma_x(&self) -> Tensor<1> {
        self.vae.log_sigma_x.val().exp().detach()
    }

    /// Fresh data samples from the run's generator.
    pub fn real_batch(&mut self, n: usize) -> Tensor<2> {
        self.batch(n).0
    }
}
