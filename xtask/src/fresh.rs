//! Whether `dist/` is newer than every input of the release build, so a warm `serve` or `test`
//! skips Trunk (which otherwise reruns wasm-bindgen and wasm-opt, ~50 s, on every build).

use std::path::Path;
use std::time::SystemTime;

/// Files and folders whose contents make `dist/`.
const INPUTS: &[&str] = &[
    "src",
    "assets",
    "style",
    "index.html",
    "Cargo.toml",
    "Cargo.lock",
    "Trunk.toml",
    ".cargo/config.toml",
];

/// `dist/index.html` is written last, when Trunk applies a finished build.
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
