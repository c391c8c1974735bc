//! The benchmark page's parameters: `#/bench?model=gan|vae&backend=flex|ndarray|webgpu&steps=N`.

use super::Notice;
use super::pages as P;
use super::table::Param;
use crate::protocol::{Backend, BenchModel};
use crate::route::Query;

/// Fewest timed steps.
pub const MIN_STEPS: usize = P::BENCH_MIN_STEPS as usize;
/// Most timed steps (100 000: the memory check's length, with room).
pub const MAX_STEPS: usize = P::BENCH_MAX_STEPS as usize;

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
    /// The table's defaults.
    fn default() -> Self {
        let [model, backend, steps] = P::BENCH.params else {
            unreachable!("the bench table has three rows")
        };
        BenchParams {
            model: BenchModel::parse(model.default).unwrap_or(BenchModel::Gan),
            backend: Backend::parse(backend.default).unwrap_or(Backend::Flex),
            steps: steps.default.parse().unwrap_or(2000),
        }
    }
}

impl BenchParams {
    /// Reads the parameters; each bad one gives a notice and its default.
    pub fn from_query(q: &Query) -> (BenchParams, Vec<Notice>) {
        let mut out = BenchParams::default();
        let mut notices = Vec::new();
        let [model, backend, steps] = P::BENCH.params else {
            unreachable!("the bench table has three rows")
        };
        let n = &mut notices;
        if let Some(m) = model.given(q, n, Param::word_of) {
            out.model = BenchModel::parse(m).unwrap_or(out.model);
        }
        if let Some(b) = backend.given(q, n, Param::word_of) {
            out.backend = Backend::parse(b).unwrap_or(out.backend);
        }
        if let Some(s) = steps.given(q, n, Param::int_of) {
            out.steps = s as u32;
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
