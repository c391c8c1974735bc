//! The project's two commands, for a fresh Debian machine with only rustup and cargo:
//!
//! * `cargo xtask serve`: installs what is missing, builds the release `dist/` and serves it
//!   on 127.0.0.1, printing the URL;
//! * `cargo xtask test`: installs what is missing, then fmt → clippy (host and wasm32) →
//!   native tests → one release build → size budget → Playwright end-to-end tests.
//!
//! Each install is skipped when already satisfied, so a warm run starts working at once.

mod fresh;
mod serve;
mod sizes;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve_app(args.get(1).map(String::as_str)),
        Some("test") => test_all(),
        Some("build") => build().map(|_| ()),
        Some("bench") => bench(),
        Some("install") => tools::ensure_build_tools().and_then(|()| tools::ensure_browser_tools()),
        _ => {
            eprintln!(
                "usage: cargo xtask serve [PORT] | cargo xtask test | cargo xtask build | cargo xtask bench | cargo xtask install"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Runs a command in the repository root with the project's tools on PATH.
pub fn run(program: &str, args: &[&str]) -> Result<(), String> {
    run_in(&root(), program, args, &[])
}

/// Runs a command in `dir` with extra environment.
pub fn run_in(
    dir: &Path,
    program: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<(), String> {
    println!("$ {program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("PATH", tools::path_with_tools())
        .envs(env.iter().copied())
        .status()
        .map_err(|e| format!("could not start {program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

/// Times a stage and prints its duration.
fn stage<T>(name: &str, f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    println!("\n=== {name}");
    let start = Instant::now();
    let out = f();
    println!(
        "=== {name}: {:.1} s{}",
        start.elapsed().as_secs_f64(),
        if out.is_ok() { "" } else { " (failed)" }
    );
    out
}

/// Builds the release `dist/` (both wasm modules) unless it is newer than every input, and
/// checks the size budget.
fn build() -> Result<sizes::Report, String> {
    stage("install build tools", tools::ensure_build_tools)?;
    if fresh::dist_is_fresh(&root()) {
        println!("\ndist/ is newer than every source: not rebuilding");
    } else {
        // Trunk runs cargo `--offline` (Trunk.toml), so every crate of every target (the
        // worker's wasm32 burn included) must be in the cache first: on a fresh machine
        // `cargo xtask serve` reaches this before anything else has fetched them.
        stage("cargo fetch", || run("cargo", &["fetch", "--locked"]))?;
        let started = std::time::SystemTime::now();
        stage("trunk build --release", || {
            run("trunk", &["build", "--release"])
        })?;
        // Dated from the build's start, so a source saved while it ran still counts as newer.
        fresh::date_build(&root(), started);
    }
    let report = sizes::report(&root().join("dist"))?;
    report.print();
    report.check_budget()?;
    Ok(report)
}

/// Training speed as figures: native (flex, ndarray), then in headless Chromium on the release
/// `dist/` (`#/bench`), then TensorFlow.js' reference trainer from `../shared/peers/` in the
/// same run when it is there (installed once into a scratch folder outside the project).
fn bench() -> Result<(), String> {
    // Native examples at the worker's profile (opt-level 3), so native figures time and train
    // the same code.
    fn example(name: &str, args: &[&str]) -> Result<(), String> {
        let mut all = vec![
            "run",
            "--profile",
            "worker",
            "--features",
            "engine",
            "--example",
            name,
            "--",
        ];
        all.extend_from_slice(args);
        run("cargo", &all)
    }
    stage("native (worker profile)", || example("bench", &[]))?;
    // Issue 18's check of the labs' defaults: 10 seeds of the 2-D GAN lab, 5 of the VAE lab;
    // then the 2-D lab's collapse and all-modes presets, 3 seeds of 4 000 iterations.
    stage(
        "the labs' defaults and presets (native, worker profile)",
        || example("defaults", &["10"]),
    )?;
    build()?;
    stage("headless Chromium (#/bench)", || {
        tools::ensure_browser_tools()?;
        let server = serve::Server::start(&root().join("dist"), 0, "/")?;
        let url = server.url();
        let env = [("APP_URL", url.as_str()), ("CHROMIUM", tools::CHROMIUM)];
        let e2e = root().join("tests").join("e2e");
        // Exactly N timed steps per model and backend, then 30 s of live training on
        // #/engine (steps/s with a snapshot per frame, page fps, page heap, worker memory).
        let result = run_in(&e2e, "node", &["bench.mjs"], &env)
            .and_then(|()| {
                run_in(
                    &e2e,
                    "node",
                    &["live.mjs"],
                    &[env[0], env[1], ("SECONDS", "30")],
                )
            })
            // Page fps in the labs while training, at 1×, 2× and 3× CPU slowdown.
            .and_then(|()| run_in(&e2e, "node", &["lab_fps.mjs"], &env));
        server.stop();
        result
    })?;
    let peers = root().join("..").join("shared").join("peers");
    if !peers.join("gan_tfjs.mjs").exists() {
        println!("\n(no ../shared/peers/: TensorFlow.js reference skipped)");
        return Ok(());
    }
    stage("TensorFlow.js reference (Node, wasm backend)", || {
        let scratch = std::env::temp_dir().join("genlab-peers");
        if !scratch.join("node_modules").join("@tensorflow").exists() {
            std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
            for file in ["gan_tfjs.mjs", "package.json"] {
                std::fs::copy(peers.join(file), scratch.join(file)).map_err(|e| e.to_string())?;
            }
            run_in(
                &scratch,
                "npm",
                &["install", "--no-audit", "--no-fund"],
                &[],
            )?;
        }
        run_in(
            &scratch,
            "node",
            // Warm-ups of about 3 s, as the #/bench page's, so both sides are timed after
            // V8 has optimised their hot code.
            &[
                "gan_tfjs.mjs",
                "--backend",
                "wasm",
                "--warmup",
                "1500",
                "--iters",
                "1500",
            ],
            &[],
        )?;
        run_in(
            &scratch,
            "node",
            &[
                "gan_tfjs.mjs",
                "--backend",
                "wasm",
                "--model",
                "vae",
                "--warmup",
                "900",
                "--iters",
                "800",
            ],
            &[],
        )
    })
}

fn serve_app(port: Option<&str>) -> Result<(), String> {
    let total = Instant::now();
    build()?;
    let port: u16 = port
        .unwrap_or("8080")
        .parse()
        .map_err(|_| "the port must be a number".to_string())?;
    let server = serve::Server::start(&root().join("dist"), port, "/")?;
    println!(
        "\nbuilt and ready in {:.1} s",
        total.elapsed().as_secs_f64()
    );
    println!("\n  Serving dist/ at {}  (Ctrl-C stops)\n", server.url());
    server.wait();
    Ok(())
}

fn test_all() -> Result<(), String> {
    let total = Instant::now();
    stage("install build tools", tools::ensure_build_tools)?;
    stage("install browser test tools", tools::ensure_browser_tools)?;
    stage("fmt", || run("cargo", &["fmt", "--all", "--check"]))?;
    stage("clippy (host)", || {
        run(
            "cargo",
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--all-features",
                "--",
                "-D",
                "warnings",
            ],
        )
    })?;
    stage("clippy (wasm32, lesson bundle)", || {
        run(
            "cargo",
            &[
                "clippy",
                "--target",
                "wasm32-unknown-unknown",
                "--lib",
                "--bin",
                "genlab",
                "--",
                "-D",
                "warnings",
            ],
        )
    })?;
    stage("clippy (wasm32, lab bundle)", || {
        run(
            "cargo",
            &[
                "clippy",
                "--target",
                "wasm32-unknown-unknown",
                "--features",
                "labs",
                "--lib",
                "--bin",
                "labs",
                "--",
                "-D",
                "warnings",
            ],
        )
    })?;
    stage("clippy (wasm32, training worker)", || {
        run(
            "cargo",
            &[
                "clippy",
                "--target",
                "wasm32-unknown-unknown",
                "--no-default-features",
                "--features",
                "engine",
                "--lib",
                "--bin",
                "worker",
                "--",
                "-D",
                "warnings",
            ],
        )
    })?;
    stage("native tests", || {
        run("cargo", &["test", "--workspace", "--all-features"])
    })?;
    build()?;
    stage("browser tests (Playwright, release dist/)", || {
        // Served from a sub-folder, as a course site would host it.
        let server = serve::Server::start(&root().join("dist"), 0, "/course/genlab/")?;
        let url = server.url();
        let shots = root().join("target").join("screenshots");
        let shots = shots.to_string_lossy();
        let e2e = root().join("tests").join("e2e");
        // Test files run side by side, one a core (at most 4): each waits on the page's
        // state, never on time, so a busy machine only makes them slower.
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        let concurrency = format!("--test-concurrency={cores}");
        let result = run_in(
            &e2e,
            "node",
            &["--test", &concurrency, "--test-reporter=spec"],
            &[
                ("APP_URL", url.as_str()),
                ("SCREENSHOT_DIR", &shots),
                ("CHROMIUM", tools::CHROMIUM),
            ],
        );
        server.stop();
        result
    })?;
    println!(
        "\nall checks passed in {:.1} s; screenshots in target/screenshots/",
        total.elapsed().as_secs_f64()
    );
    Ok(())
}
