//! Installing what the commands need, only when it is missing: the wasm32 target, trunk,
//! wasm-bindgen-cli (the exact version in Cargo.lock), binaryen's wasm-opt (npm, into
//! `target/tools`), Debian's chromium and chromium-driver, and playwright-core (npm). Never a
//! browser download.

use std::path::PathBuf;
use std::process::Command;

use crate::{root, run, run_in};

/// trunk: 0.22 needs a newer Rust than ours; without `--locked` it fails to compile.
const TRUNK_VERSION: &str = "0.21.14";
/// binaryen's npm release whose wasm-opt reports `version_132` (pinned in Trunk.toml).
const BINARYEN_VERSION: &str = "132.0.0";
/// Debian's chromium.
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// PATH with cargo's bin folder and `target/tools/node_modules/.bin` in front.
pub fn path_with_tools() -> String {
    let cargo_bin = std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo"))
        .join("bin");
    let npm_bin = root()
        .join("target")
        .join("tools")
        .join("node_modules")
        .join(".bin");
    format!(
        "{}:{}:{}",
        npm_bin.display(),
        cargo_bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// The output of `program args`, if it ran and succeeded.
fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program)
        .args(args)
        .env("PATH", path_with_tools())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The exact wasm-bindgen version pinned in Cargo.lock.
fn locked_wasm_bindgen() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(v.trim_end_matches('"').to_string());
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}

/// What `cargo xtask serve` needs.
pub fn ensure_build_tools() -> Result<(), String> {
    let targets = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets
        .lines()
        .any(|t| t.trim() == "wasm32-unknown-unknown")
    {
        run("rustup", &["target", "add", "wasm32-unknown-unknown"])?;
    }
    let trunk = output("trunk", &["--version"]).unwrap_or_default();
    let trunk_args = ["trunk", "--version", TRUNK_VERSION, "--locked"];
    let mut installs: Vec<(&[&str], &str)> = Vec::new();
    if !trunk.contains(TRUNK_VERSION) {
        // trunk builds a C library (libdeflate).
        ensure_debian_packages("cc", &["gcc", "libc6-dev"])?;
        installs.push((&trunk_args, "0"));
    }
    let wb = locked_wasm_bindgen()?;
    let have = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    // Without --locked: a locked dependency of the CLI is missing from the registry.
    let wb_args = ["wasm-bindgen-cli", "--version", wb.as_str()];
    if !have.split_whitespace().any(|w| w == wb) {
        installs.push((&wb_args, "1"));
    }
    // Side by side: each leaves a core idle while it links or compiles one large crate
    // (5.6 min for both on the 2-core machine against 6.4 one after the other).
    std::thread::scope(|s| {
        let running: Vec<_> = installs
            .iter()
            .map(|(args, opt)| s.spawn(move || cargo_install(args, opt)))
            .collect();
        running
            .into_iter()
            .map(|t| {
                t.join()
                    .unwrap_or_else(|_| Err("an install panicked".into()))
            })
            .collect::<Result<Vec<()>, String>>()
    })?;
    let opt = output("wasm-opt", &["--version"]).unwrap_or_default();
    if !opt.contains("version_132") {
        ensure_debian_packages("npm", &["nodejs", "npm"])?;
        let prefix = root().join("target").join("tools");
        std::fs::create_dir_all(&prefix).map_err(|e| e.to_string())?;
        let prefix = prefix.to_string_lossy().into_owned();
        run(
            "npm",
            &[
                "install",
                "--prefix",
                &prefix,
                "--no-audit",
                "--no-fund",
                &format!("binaryen@{BINARYEN_VERSION}"),
            ],
        )?;
    }
    println!(
        "tools: wasm32 target, trunk {TRUNK_VERSION}, wasm-bindgen {wb}, wasm-opt version_132"
    );
    Ok(())
}

/// Profile overrides for `cargo install` only: trunk and wasm-bindgen-cli ship a fat-LTO,
/// one-codegen-unit release profile (~11.5 min for both on a 2-core machine). Neither is
/// where a build spends its time, so they get no LTO, many codegen units, no debug info, and
/// the optimisation `opt_level` of [`cargo_install`].
const LIGHT_INSTALL: &[(&str, &str)] = &[
    ("CARGO_PROFILE_RELEASE_LTO", "off"),
    ("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "64"),
    ("CARGO_PROFILE_RELEASE_DEBUG", "false"),
    ("CARGO_PROFILE_RELEASE_INCREMENTAL", "false"),
];

/// `cargo install ARGS` with the light profile at `opt_level`: 0 for trunk (it copies, hashes
/// and rewrites a few files and waits on cargo, wasm-bindgen and wasm-opt), 1 for
/// wasm-bindgen (it parses and rewrites the 22 MB worker, which unoptimised code would slow).
fn cargo_install(args: &[&str], opt_level: &str) -> Result<(), String> {
    let mut all = vec!["install"];
    all.extend_from_slice(args);
    let mut env = LIGHT_INSTALL.to_vec();
    env.push(("CARGO_PROFILE_RELEASE_OPT_LEVEL", opt_level));
    run_in(&root(), "cargo", &all, &env)
}

/// What the browser tests need.
pub fn ensure_browser_tools() -> Result<(), String> {
    if !PathBuf::from(CHROMIUM).exists() {
        install_debian_packages(&["chromium", "chromium-driver"])?;
    }
    ensure_debian_packages("node", &["nodejs", "npm"])?;
    let e2e = root().join("tests").join("e2e");
    if !e2e.join("node_modules").join("playwright-core").exists() {
        run_in(&e2e, "npm", &["ci", "--no-audit", "--no-fund"], &[])?;
    }
    Ok(())
}

/// Installs Debian packages when `probe` is not on PATH.
fn ensure_debian_packages(probe: &str, packages: &[&str]) -> Result<(), String> {
    if output(probe, &["--version"]).is_some() {
        Ok(())
    } else {
        install_debian_packages(packages)
    }
}

/// `apt-get install` as root on Debian; elsewhere, a clear message of what to install.
fn install_debian_packages(packages: &[&str]) -> Result<(), String> {
    let root_user = output("id", &["-u"])
        .map(|s| s.trim() == "0")
        .unwrap_or(false);
    let debian = PathBuf::from("/etc/debian_version").exists();
    if !(root_user && debian) {
        return Err(format!(
            "please install the packages {} (e.g. `sudo apt-get install {}`), then rerun",
            packages.join(", "),
            packages.join(" ")
        ));
    }
    run("apt-get", &["update"])?;
    let mut args = vec!["install", "-y", "--no-install-recommends"];
    args.extend_from_slice(packages);
    run_in(
        &root(),
        "apt-get",
        &args,
        &[("DEBIAN_FRONTEND", "noninteractive")],
    )
}
