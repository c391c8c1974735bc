//! The worker's run driver natively: snapshots carry what the plots need, looking never changes
//! a run, limits stop it, a diverging run stops itself, hyperparameters apply live or restart,
//! and the ndarray backend trains like flex.
#![cfg(feature = "engine")]

use futures::executor::block_on;
use genlab::data::{Mixture, Shape2d};
use genlab::protocol::{
    Backend, Grid, ModelSpec, Quantity, RunSpec, Snapshot, Status, StepKind, View,
};
use genlab::spec::{DataSource, GanConfig, Optim, VaeConfig};
use genlab::train::run::{Run, cpu_autodiff_device};

fn spec(model: ModelSpec, data: DataSource) -> RunSpec {
    RunSpec {
        model,
        data,
        backend: Backend::Flex,
        steps: None,
        paused: false,
    }
}

fn gan_2d(seed: u64) -> RunSpec {
    spec(
        ModelSpec::Gan(GanConfig::gan_lab(seed)),
        DataSource::Shape(Shape2d::TwoGaussians),
    )
}

fn view() -> View {
    View {
        samples: 64,
        grid: Some(Grid {
            x: [-1.0, 1.0],
            y: Some([-1.0, 1.0]),
            n: 16,
        }),
        class: None,
        manifold: None,
    }
}

fn snap(run: &mut Run, backend: Backend) -> Snapshot {
    block_on(run.snapshot(1, &view(), backend, None, 0.0)).unwrap_or_else(|e| panic!("{e}"))
}

fn new_run(spec: RunSpec) -> Run {
    let device = cpu_autodiff_device(spec.backend);
    Run::new(spec, device).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_gan_snapshot_carries_the_plots_and_looking_changes_nothing() {
    let mut looked = new_run(gan_2d(3));
    let mut unlooked = new_run(gan_2d(3));
    for _ in 0..10 {
        looked.train(20);
        let s = snap(&mut looked, Backend::Flex);
        assert_eq!(s.log.len(), 1, "one log entry per chunk");
        assert!(s.log[0].a.is_finite() && s.log[0].b.is_finite());
    }
    unlooked.train(200);
    let a = snap(&mut looked, Backend::Flex);
    let b = snap(&mut unlooked, Backend::Flex);
    assert_eq!(a.iteration, 200);
    assert_eq!(a.status, Status::Running);
    let (ga, gb) = (
        a.gan.unwrap_or_else(|| panic!("GAN view")),
        b.gan.unwrap_or_else(|| panic!("GAN view")),
    );
    assert_eq!(
        ga, gb,
        "the same seed gives the same run whether looked at or not"
    );
    assert_eq!(ga.real.len(), 128);
    assert_eq!(ga.fake.len(), 128);
    assert_eq!(ga.fake_grad.len(), 128);
    assert_eq!(ga.d_grid.len(), 256);
    assert!(ga.d_grid.iter().all(|d| (0.0..=1.0).contains(d)));
    assert!(ga.fake_grad.iter().any(|g| *g != 0.0));
    assert!((0.0..=1.0).contains(&ga.d_real) && (0.0..=1.0).contains(&ga.d_fake));
}

#[test]
fn a_limit_stops_the_run_and_single_steps_count() {
    let mut s = gan_2d(1);
    s.steps = Some(30);
    let mut run = new_run(s);
    assert_eq!(run.train(100), 30);
    assert_eq!(run.status(), &Status::Done);
    assert_eq!(run.train(10), 0);
    run.set_limit(None);
    assert_eq!(
        run.status(),
        &Status::Paused,
        "lifting the limit lets it go on"
    );
    run.set_running(true);
    assert_eq!(run.train(5), 5);
    let mut paused = gan_2d(1);
    paused.paused = true;
    let mut run = new_run(paused);
    assert_eq!(run.train(10), 0, "a paused run does not train");
    run.step(StepKind::D);
    run.step(StepKind::G);
    assert_eq!(
        run.iteration(),
        0,
        "D and G steps are parts of an iteration"
    );
    run.step(StepKind::Iteration);
    assert_eq!(run.iteration(), 1);
    assert_eq!(snap(&mut run, Backend::Flex).log.len(), 1);
}

#[test]
fn a_diverging_run_stops_and_says_why() {
    // Values near f32's limit: the squared error overflows to ∞ at once.
    let data = DataSource::Uniform {
        lo: -3e38,
        hi: 3e38,
    };
    let mut run = new_run(spec(ModelSpec::Vae(VaeConfig::reference(2)), data));
    run.train(5);
    let s = snap(&mut run, Backend::Flex);
    assert!(
        matches!(
            s.status,
            Status::Diverged {
                what: Quantity::Elbo,
                ..
            }
        ),
        "{:?}",
        s.status
    );
    assert_eq!(run.train(5), 0, "a diverged run does not go on");
    run.reset(false).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(run.status(), &Status::Running);
    assert_eq!(run.iteration(), 0);
}

#[test]
fn hyperparameters_apply_live_or_restart() {
    let mut run = new_run(gan_2d(4));
    run.train(50);
    let faster = GanConfig {
        d_optim: Optim::Sgd { lr: 0.05 },
        k_d: 1,
        ..GanConfig::gan_lab(4)
    };
    run.set(ModelSpec::Gan(faster))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(run.iteration(), 50, "learning rate and k_D change in place");
    let wider = GanConfig {
        g_hidden: vec![16, 16],
        ..GanConfig::gan_lab(4)
    };
    run.set(ModelSpec::Gan(wider))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(run.iteration(), 0, "a new architecture starts again");
    let bad = GanConfig {
        batch: 0,
        ..GanConfig::gan_lab(4)
    };
    assert!(run.set(ModelSpec::Gan(bad)).is_err());
    assert!(Run::new(gan_2d(1), cpu_autodiff_device(Backend::Flex)).is_ok());
}

#[test]
fn ndarray_trains_like_flex() {
    let data = DataSource::Mixture(Mixture::gaussian(1.0, 0.5).unwrap_or_else(|e| panic!("{e}")));
    let mut runs: Vec<Snapshot> = [Backend::Flex, Backend::Ndarray]
        .into_iter()
        .map(|backend| {
            let mut s = spec(ModelSpec::Gan(GanConfig::default_1d(5)), data.clone());
            s.backend = backend;
            let mut run = new_run(s);
            run.train(20);
            let mut v = view();
            v.grid = Some(Grid {
                x: [-2.0, 3.0],
                y: None,
                n: 50,
            });
            block_on(run.snapshot(1, &v, backend, None, 0.0)).unwrap_or_else(|e| panic!("{e}"))
        })
        .collect();
    let nd = runs.pop().unwrap_or_else(|| unreachable!());
    let fx = runs.pop().unwrap_or_else(|| unreachable!());
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-3 * a.abs().max(1.0);
    assert!(
        close(fx.log[0].a, nd.log[0].a),
        "{:?} vs {:?}",
        fx.log,
        nd.log
    );
    assert!(
        close(fx.log[0].b, nd.log[0].b),
        "{:?} vs {:?}",
        fx.log,
        nd.log
    );
    let (fg, ng) = (
        fx.gan.unwrap_or_else(|| unreachable!()),
        nd.gan.unwrap_or_else(|| unreachable!()),
    );
    assert_eq!(fg.d_grid.len(), 50);
    for (a, b) in fg.fake.iter().zip(&ng.fake) {
        assert!(close(f64::from(*a), f64::from(*b)), "{a} vs {b}");
    }
}

#[test]
fn a_vae_snapshot_has_codes_reconstructions_and_the_elbo() {
    let mut run = new_run(spec(
        ModelSpec::Vae(VaeConfig::reference(1)),
        DataSource::Shape(Shape2d::EightGaussians),
    ));
    run.train(100);
    let s = snap(&mut run, Backend::Flex);
    let v = s.vae.unwrap_or_else(|| panic!("VAE view"));
    assert_eq!(v.codes.len(), 128);
    assert_eq!(v.recon.len(), 128);
    assert_eq!(v.prior.len(), 128);
    assert_eq!(v.decoded_grid.len(), 16 * 16 * 2);
    assert!(v.kl_term >= 0.0 && v.recon_term.is_finite() && v.sigma_x > 0.0);
}

#[test]
fn a_gan_view_carries_the_manifold_and_v_from_logits() {
    let mut run = new_run(gan_2d(5));
    run.train(50);
    let view = View {
        manifold: Some(5),
        ..view()
    };
    let s = block_on(run.snapshot(1, &view, Backend::Flex, None, 0.0))
        .unwrap_or_else(|e| panic!("{e}"));
    let g = s.gan.unwrap_or_else(|| panic!("GAN view"));
    assert_eq!(
        g.manifold.len(),
        5 * 5 * 2,
        "G on a 5 × 5 noise lattice, 2-D"
    );
    assert!(
        g.manifold.iter().all(|v| v.is_finite() && v.abs() <= 1.0),
        "tanh output"
    );
    // V = E log D(x) + E log(1 − D(G(z))) ≤ 0, and it is never below what the means allow
    // by Jensen: E log D ≤ log E D.
    assert!(g.v < 0.0 && g.v.is_finite());
    assert!(g.v <= g.d_real.ln() + (1.0 - g.d_fake).ln() + 1e-9);
    let lattice = genlab::train::run::noise_lattice(3, 3, true);
    assert_eq!(lattice.len(), 27);
    assert_eq!(&lattice[..3], &[-1.0, -1.0, 0.0]);
    assert_eq!(&lattice[24..], &[1.0, 1.0, 0.0]);
    let line = genlab::train::run::noise_lattice(4, 1, false);
    let want = [-6.0, -2.0, 2.0, 6.0];
    assert!(
        line.iter()
            .zip(want)
            .all(|(a, b)| (f64::from(*a) - b).abs() < 1e-6)
    );
}
