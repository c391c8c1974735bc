//! Native training speed on CPU flex, printed as figures (not a timed test):
//! GAN Lab's default GAN (one iteration = 2 D + 1 G updates) on 8 Gaussians, and the
//! reference VAE (encoder 2→32→32→4, decoder 2→32→32→2, Adam 1e-3, batch 256).
//!
//! `cargo xtask bench` runs it in release mode.

use std::time::Instant;

use burn::tensor::Device;
use genlab::data::Shape2d;
use genlab::train::DataSource;
use genlab::train::gan::{GanConfig, GanSession};
use genlab::train::vae::{VaeConfig, VaeSession};

fn rate(steps: usize, mut step: impl FnMut()) -> f64 {
    for _ in 0..steps / 10 {
        step(); // warm-up
    }
    let start = Instant::now();
    for _ in 0..steps {
        step();
    }
    steps as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    let device = Device::flex().autodiff();
    let mut gan = GanSession::new(
        GanConfig::gan_lab(1),
        DataSource::Shape(Shape2d::EightGaussians),
        device.clone(),
    );
    let gan_rate = rate(2000, || {
        gan.step();
    });
    println!("{{\"backend\":\"flex\",\"model\":\"gan\",\"iters_per_s\":{gan_rate:.1}}}");
    let mut vae = VaeSession::new(
        VaeConfig::reference(1),
        DataSource::Shape(Shape2d::EightGaussians),
        device,
    );
    let vae_rate = rate(1000, || {
        vae.step();
    });
    println!("{{\"backend\":\"flex\",\"model\":\"vae\",\"steps_per_s\":{vae_rate:.1}}}");
}
