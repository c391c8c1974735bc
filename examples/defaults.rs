//! Do the labs' defaults teach what a student should see? Each lab's default run — the model
//! and the data its page's own URL reader gives, only the seed changed — trains natively for
//! 3 000 iterations on seeds 1..=N (one after the other, the worker's code at the worker's
//! profile), and this prints what the page would read out at 1 000, 2 000 and 3 000:
//!
//! * `#/gan-2d`: modes covered and the smoothed JS estimate, from the 1 000 samples a snapshot
//!   carries, with the estimator's noise floor (the page's `modes-covered`, `js-estimate`);
//! * `#/vae-lab`: the KL term and whether the codes collapsed (`kl`, `collapse-status`).
//!
//! Then one line each against issue 18's targets: every mode with JS ≤ 0.15 nats on ≥ 9 of
//! 10 seeds; KL ≥ 0.5 nats and not collapsed on ≥ 4 of 5 seeds. Last, the 2-D lab's
//! one-click experiments on eight Gaussians as their buttons write them, 4 000 iterations on
//! seeds 1–3: mode collapse (at most 3 modes, JS > 0.3) and its cure (all 8, JS < 0.15) — the
//! long run the browser tests leave to the benchmark. `cargo xtask bench` runs it;
//! `cargo run --profile worker --features engine --example defaults -- [seeds] [iterations]
//! [gan-2d query] [vae-lab query]` alone, e.g. to try a candidate default. A native run follows the browser's within float rounding (GAN Lab's model, seed 1:
//! modes 1 / 2 and JS 0.61 here as in the page).

use futures::executor::block_on;
use genlab::lessons::gan_common::{BOX, GRID_N, plane_view};
use genlab::lessons::vae_lab::derive::{collapsed, rms_std, view_for};
use genlab::lessons::{gan_2d, vae_lab};
use genlab::math::samples2d::{bandwidth, estimate};
use genlab::protocol::{Backend, ModelSpec, RunSpec, Snapshot, View};
use genlab::route::Query;
use genlab::spec::DataSource;
use genlab::train::run::{Run, cpu_autodiff_device};

/// Where each run is read out; the last is the run's length.
const AT: [u64; 3] = [1000, 2000, 3000];

fn main() {
    let mut args = std::env::args().skip(1);
    let seeds: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let last: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(AT[2]);
    // To try another setting: a query each lab's reader adds to the seed (`-- 10 3000 k=1:1
    // data=0.5:-1.5:0.4,0.5:1.5:0.4`); `-` leaves a lab at its default.
    let extra = |a: Option<String>| {
        a.filter(|q| q != "-")
            .map_or(String::new(), |q| format!("&{q}"))
    };
    let (gan_extra, vae_extra) = (extra(args.next()), extra(args.next()));
    let mut at: Vec<u64> = AT.iter().map(|&n| n.min(last)).chain([last]).collect();
    at.dedup();

    let mut good = 0;
    for seed in 1..=seeds {
        let (line, modes, js) = gan_2d_run(&format!("seed={seed}{gan_extra}"), &at);
        good += u64::from(modes.0 == modes.1 && js <= 0.15);
        println!("gan-2d default, seed {seed:2}:{line}");
    }
    println!(
        "gan-2d default: {good} of {seeds} seeds cover every mode with JS ≤ 0.15 nats at {last} iterations (target: ≥ 9 of 10)"
    );

    let vae_seeds = seeds.div_ceil(2);
    let mut good = 0;
    for seed in 1..=vae_seeds {
        let (p, _) = vae_lab::read(&Query::parse(&format!("seed={seed}{vae_extra}")));
        let view = view_for(p.data.dim(), p.run.config.z_dim);
        let spec = ModelSpec::Vae(p.run.config.clone());
        let exact_std = match &p.data {
            DataSource::Mixture(m) => Some(m.std()),
            _ => None,
        };
        let dim = p.data.dim();
        let mut line = format!("vae-lab default, seed {seed:2}:");
        let mut last_ok = false;
        for (n, s) in train(spec, p.data, &view, &at) {
            let Some(v) = s.vae else { continue };
            let std = exact_std.unwrap_or_else(|| rms_std(&v.data, dim));
            let gone = collapsed(v.kl_term, v.sigma_x / std);
            line += &format!(
                "  @{n} KL {:.3} σ_x {:.3} {}",
                v.kl_term,
                v.sigma_x,
                match gone {
                    Some(true) => "collapsed",
                    Some(false) => "using z",
                    None => "?",
                }
            );
            last_ok = v.kl_term >= 0.5 && gone == Some(false);
        }
        good += u64::from(last_ok);
        println!("{line}");
    }
    println!(
        "vae-lab default: {good} of {vae_seeds} seeds end with KL ≥ 0.5 nats, not collapsed, at {last} iterations (target: ≥ 4 of 5)"
    );

    // The 2-D lab's one-click experiments on eight Gaussians, as their buttons write them:
    // mode collapse (at most 3 modes, JS > 0.3 nats) and its cure (all 8, JS < 0.15 nats), at
    // 4 000 iterations on seeds 1–3.
    let preset_seeds = seeds.min(3);
    let mut missed = Vec::new();
    let long = [1000, 2000, 4000];
    for (name, pairs, collapses) in [
        ("collapse", gan_2d::COLLAPSE, true),
        ("all-modes", gan_2d::ALL_MODES, false),
    ] {
        let pairs: String = pairs.iter().map(|(k, v)| format!("&{k}={v}")).collect();
        let mut good = 0;
        for seed in 1..=preset_seeds {
            let query = format!("data=eight-gaussians{pairs}&seed={seed}");
            let (line, modes, js) = gan_2d_run(&query, &long);
            let ok = if collapses {
                modes.0 <= 3 && js > 0.3
            } else {
                modes.0 == modes.1 && js < 0.15
            };
            good += u64::from(ok);
            println!("gan-2d preset {name}, seed {seed}:{line}");
        }
        let target = if collapses {
            "at most 3 of 8 modes and JS > 0.3 nats"
        } else {
            "all 8 modes and JS < 0.15 nats"
        };
        println!(
            "gan-2d preset {name}: {good} of {preset_seeds} seeds end with {target} at 4000 iterations"
        );
        // The presets' lesson (and the 2-D lab's exercise on them) holds on most seeds; the
        // benchmark fails where it does not.
        if 2 * good < preset_seeds + 1 {
            missed.push(name);
        }
    }
    if !missed.is_empty() {
        eprintln!("the 2-D lab's presets missed their targets: {missed:?}");
        std::process::exit(1);
    }
}

/// Trains the 2-D lab as its page reads `query`, reading out at `at`: the readouts' line, and
/// at the last (modes covered, modes in the data) and the smoothed JS estimate.
fn gan_2d_run(query: &str, at: &[u64]) -> (String, (usize, usize), f64) {
    let (p, notices) = gan_2d::read(&Query::parse(query));
    assert!(notices.is_empty(), "{query}: {notices:?}");
    let spec = ModelSpec::Gan(p.run.config.clone());
    let mut line = String::new();
    let mut last = ((0, 0), f64::NAN);
    for (n, s) in train(spec, p.data, &plane_view(None, false), at) {
        let Some(g) = s.gan else { continue };
        let h = bandwidth(&g.real, BOX, GRID_N as usize);
        let e = estimate(&g.real, &g.real_labels, &g.fake, h, BOX, GRID_N as usize);
        line += &format!(
            "  @{n} modes {}/{} JS {:.3} (floor {:.3})",
            e.modes.0, e.modes.1, e.js, e.js_noise
        );
        last = (e.modes, e.js);
    }
    (line, last.0, last.1)
}

/// Trains `model` on `data` (flex) and takes a snapshot with `view` at each of `at`.
fn train(model: ModelSpec, data: DataSource, view: &View, at: &[u64]) -> Vec<(u64, Snapshot)> {
    let spec = RunSpec {
        model,
        data,
        backend: Backend::Flex,
        steps: None,
        paused: false,
    };
    let mut run = Run::new(spec, cpu_autodiff_device(Backend::Flex))
        .unwrap_or_else(|e| panic!("the default does not start: {e}"));
    let mut out = Vec::new();
    for &n in at {
        // A diverged run stops itself (`train` then makes no step): read it out where it stopped.
        while run.iteration() < n {
            if run.train((n - run.iteration()).min(50)) == 0 {
                break;
            }
        }
        let snapshot = block_on(run.snapshot(1, view, Backend::Flex, None, 0.0))
            .unwrap_or_else(|e| panic!("snapshot: {e}"));
        out.push((n, snapshot));
    }
    out
}
