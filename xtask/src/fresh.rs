//! Whether `dist/` is newer than every input of the release build, so a warm `serve` or `test`
//! skips Trunk: even with nothing to compile, Trunk reruns wasm-bindgen and wasm-opt on all
//! three wasm modules (minutes on the 22 MB worker).
//!
//! The inputs ([`INPUTS`]) are the sources, assets, styles, the HTML shell, the manifests and
//! `build.rs` with its modules in `build/`, which render every formula to MathML and compile
//! the pages' words: an edit to them changes the pages without touching `src/`.
//! `dist/index.html` is dated from the moment the build started ([`date_build`]), so a file
//! saved during a build counts as newer.

use std::path::Path;
use std::time::SystemTime;

/// Files and folders whose contents make `dist/`.
const INPUTS: &[&str] = &[
    "src",
    "assets",
    "style",
    "index.html",
    "build.rs",
    "build",
    "Cargo.toml",
    "Cargo.lock",
    "Trunk.toml",
    ".cargo/config.toml",
];

/// Whether `dist/` is newer than every input. `dist/index.html` is written last, when Trunk
/// applies a finished build.
pub fn dist_is_fresh(root: &Path) -> bool {
    let Some(built) = modified(&root.join("dist").join("index.html")) else {
        return false;
    };
    INPUTS
        .iter()
        .all(|input| newest(&root.join(input)).is_none_or(|t| t < built))
}

/// Dates the finished `dist/` from `started`, the moment Trunk began reading its inputs: a
/// file edited during the build is then newer, and the next build does not skip it.
pub fn date_build(root: &Path, started: SystemTime) {
    let index = root.join("dist").join("index.html");
    if let Ok(file) = std::fs::File::options().write(true).open(&index) {
        let _ = file.set_modified(started);
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// The newest modification time under `path`.
fn newest(path: &Path) -> Option<SystemTime> {
    let own = modified(path);
    let Ok(entries) = std::fs::read_dir(path) else {
        return own;
    };
    entries
        .flatten()
        .map(|e| newest(&e.path()))
        .fold(own, |a, b| a.max(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// A project with every input, and a dist/ built at `built`.
    fn project(name: &str, built: SystemTime) -> std::path::PathBuf {
        let root = std::env::temp_dir().join(format!("genlab-fresh-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for input in INPUTS {
            let path = root.join(input);
            if input.contains('.') {
                std::fs::create_dir_all(path.parent().unwrap_or(&root)).ok();
                std::fs::write(&path, "x").ok();
            } else {
                std::fs::create_dir_all(&path).ok();
                std::fs::write(path.join("f"), "x").ok();
            }
        }
        std::fs::create_dir_all(root.join("dist")).ok();
        std::fs::write(root.join("dist").join("index.html"), "x").ok();
        date_build(&root, built);
        root
    }

    fn touch(path: &Path, at: SystemTime) {
        if let Ok(f) = std::fs::File::options().write(true).open(path) {
            let _ = f.set_modified(at);
        }
    }

    #[test]
    fn every_input_counts_build_rs_included() {
        let now = SystemTime::now();
        let built = now + Duration::from_secs(60);
        let root = project("inputs", built);
        assert!(
            dist_is_fresh(&root),
            "a dist/ newer than every input is fresh"
        );
        for input in ["build.rs", "build/f", "src/f", "Trunk.toml", "index.html"] {
            touch(&root.join(input), built + Duration::from_secs(1));
            assert!(
                !dist_is_fresh(&root),
                "{input} newer than dist/ must rebuild"
            );
            touch(&root.join(input), now);
            assert!(dist_is_fresh(&root));
        }
        let _ = std::fs::remove_dir_all(&root);
    }
}
