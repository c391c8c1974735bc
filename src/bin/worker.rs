//! The training worker's wasm module: see [`genlab::worker`].

fn main() {
    #[cfg(target_arch = "wasm32")]
    genlab::worker::run();
}
