//! Native training speed on CPU flex and ndarray, printed as figures (not a timed test):
//! GAN Lab's default GAN (one iteration = 2 D + 1 G updates) on 8 Gaussians, and the
//! reference VAE (encoder 2→32→32→4, decoder 2→32→32→2, Adam 1e-3, batch 256).
//!
//! `cargo xtask bench` runs it in release mode (then the browser figures, see the README).

use std::time::Instant;

use genlab::data::Shape2d;
use genlab::protocol::Backend;
use genlab::train::DataSource;
use genlab::train::gan::{GanConfig, GanSession};
use genlab::train::run::cpu_autodiff_device;
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
    // `cargo run --release --example bench -- flex` measures one backend only (for profiling).
    let only: Option<String> = std::env::args().nth(1);
    for backend in [Backend::Flex, Backend::Ndarray] {
        if only.as_deref().is_some_and(|o| o != backend.as_str()) {
            continue;
        }
        let device = cpu_autodiff_device(backend);
        let name = backend.as_str();
        let mut gan = GanSession::new(
            GanConfig::gan_lab(1),
            DataSource::Shape(Shape2d::EightGaussians),
            device.clone(),
        );
        let gan_rate = rate(2000, || {
            gan.step();
        });
        println!("{{\"backend\":\"{name}\",\"model\":\"gan\",\"iters_per_s\":{gan_rate:.1}}}");
        let mut vae = VaeSession::new(
            VaeConfig::reference(1),
            DataSource::Shape(Shape2d::EightGaussians),
            device,
        );
        let vae_rate = rate(1000, || {
            vae.step();
        });
        println!("{{\"backend\":\"{name}\",\"model\":\"vae\",\"steps_per_s\":{vae_rate:.1}}}");
    }
}
