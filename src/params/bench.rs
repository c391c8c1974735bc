//! The benchmark page's parameters: `#/bench?model=gan|vae&backend=flex|ndarray|webgpu&steps=N`.

use super::{Notice, parse_backend, parse_choice, parse_integer};
use crate::protocol::{Backend, BenchModel};
use crate::route::Query;

/// Fewest timed steps.
pub const MIN_STEPS: usize = 1;
/// Most timed steps (100 000: the memory check's length, with room).
pub const MAX_STEPS: usize = 1_000_000;

/// What the benchmark page times.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BenchParams {
    /// Which model.
    pub model: BenchModel,
    /// Which backend is asked for.
    pub backend: Backend,
    /// Timed steps.
    pub steps: u32,
}

impl Default for BenchParams {
    fn default() -> Self {
        BenchParams {
            model: BenchModel::Gan,
            backend: Backend::Flex,
            steps: 2000,
        }
    }
}

/// The URL keys the page owns.
pub const KEYS: &[&str] = &["model", "backend", "steps"];

impl BenchParams {
    /// Reads the parameters; each bad one gives a notice and its default.
    pub fn from_query(q: &Query) -> (BenchParams, Vec<Notice>) {
        let mut out = BenchParams::default();
        let mut notices = Vec::new();
        if let Some(raw) = q.get("model") {
            match parse_choice("model", raw, &["gan", "vae"], BenchModel::parse) {
                Ok(m) => out.model = m,
                Err(n) => notices.push(n),
            }
        }
        if let Some(raw) = q.get("backend") {
            match parse_backend("backend", raw) {
                Ok(b) => out.backend = b,
                Err(n) => notices.push(n),
            }
        }
        if let Some(raw) = q.get("steps") {
            match parse_integer("steps", raw, MIN_STEPS, MAX_STEPS) {
                Ok(n) => out.steps = n as u32,
                Err(n) => notices.push(n),
            }
        }
        (out, notices)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_good_values_and_refuses_bad_ones() {
        let q = Query::parse("model=vae&backend=ndarray&steps=500");
        let (p, n) = BenchParams::from_query(&q);
        assert!(n.is_empty());
        assert_eq!(
            p,
            BenchParams {
                model: BenchModel::Vae,
                backend: Backend::Ndarray,
                steps: 500
            }
        );
        let q = Query::parse("model=cnn&backend=tpu&steps=0");
        let (p, n) = BenchParams::from_query(&q);
        assert_eq!(n.len(), 3);
        assert_eq!(p, BenchParams::default());
    }
}
