//! The view a snapshot carries, computed from the model as it stands: the fixed samples it
//! shows (drawn once per sample count from the run's own generator of random numbers, so looking
//! never changes the run), the GAN's samples, D's field and G's manifold, the VAE's codes,
//! reconstructions and ELBO terms. Everything is read back in one asynchronous read.

use burn::tensor::{Tensor, TensorData};

use super::{ELBO_SAMPLES, Model, Run, read};
use crate::protocol::{GanView, ModelSpec, VaeView, View};
use crate::train::EngineError;

/// Salt of the ELBO's fresh draws (any constant unlike a user's seed).
const EVAL_SALT: u64 = 0xD1B5_4A32_D192_ED03;

/// The fixed samples the view shows, drawn once per sample count.
pub(super) struct ViewSamples {
    n: usize,
    real: Vec<f32>,
    real_labels: Vec<usize>,
    /// GAN noise `[n, z]` or VAE prior codes `[n, z]`.
    z: Vec<f32>,
    z_labels: Vec<usize>,
}

impl Run {
    /// The generator of a view's fresh draws: from the seed and the iteration.
    fn eval_rng(&self) -> crate::data::Rng {
        let seed = match &self.spec.model {
            ModelSpec::Gan(c) => c.seed,
            ModelSpec::Vae(c) => c.seed,
        };
        crate::data::Rng::new(
            seed ^ EVAL_SALT ^ self.iteration().wrapping_mul(0x9E37_79B9_7F4A_7C15),
        )
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

    pub(super) async fn gan_view(&mut self, view: &View) -> Result<GanView, EngineError> {
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

    pub(super) async fn vae_view(&mut self, view: &View) -> Result<VaeView, EngineError> {
        let n = view.samples.clamp(1, 20_000) as usize;
        let dim = self.spec.data.dim();
        let samples = self.view_samples(n);
        let (data, z) = (samples.real.clone(), samples.z.clone());
        let labels = labels_u8(&samples.real_labels);
        // The ELBO's fresh draws follow the run's seed and iteration only, so a seeded run
        // reads the same ELBO at the same iteration however often it was looked at.
        let mut eval_rng = self.eval_rng();
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
