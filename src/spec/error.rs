//! Why a run cannot be trained ([`SpecError`]), against the parameter table's limits, so that
//! whatever a link or a settings form accepts also trains.

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, format_number};
use crate::params::pages as P;
use crate::params::table::Param;

/// Most noise dimensions of a GAN (no URL sets it; the labs use 1 or 2).
pub(super) const MAX_NOISE: usize = 16;

pub(super) fn in_k(k: usize) -> bool {
    (P::K_RANGE.0 as usize..=P::K_RANGE.1 as usize).contains(&k)
}

pub(super) fn range_of(param: &Param) -> (f64, f64) {
    param.range()
}

pub(super) fn batch_problem(batch: usize) -> Option<SpecError> {
    let (min, max) = range_of(&P::BATCH);
    (!(min..=max).contains(&(batch as f64))).then_some(SpecError::Batch(batch))
}

pub(super) fn lr_problem(param: &'static Param, lr: f64) -> Option<SpecError> {
    let (min, max) = range_of(param);
    (!(lr.is_finite() && (min..=max).contains(&lr))).then_some(SpecError::OutOfRange {
        key: Key(param.key),
        value: lr,
        min,
        max,
    })
}

pub(super) fn hidden_problem(hidden: &[usize]) -> Option<SpecError> {
    let ok = hidden.len() <= P::MAX_LAYERS && hidden.iter().all(|w| (1..=P::MAX_WIDTH).contains(w));
    (!ok).then(|| SpecError::Hidden(hidden.to_vec()))
}

/// Why a run's specification cannot be trained: found by the page before it sends a run, or by
/// the worker, which refuses it; shown in the page's language ([`SpecError::message`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum SpecError {
    /// A GAN's noise dimension.
    NoiseDim(usize),
    /// A VAE's latent dimension.
    LatentDim(usize),
    /// A batch size outside the table's range.
    Batch(usize),
    /// k_D:k_G outside the table's range.
    Updates(usize, usize),
    /// A number outside its range (learning rates, β).
    OutOfRange {
        /// The URL key it is set by (one of the parameter table's, also after the trip from
        /// the worker).
        key: Key,
        /// The value.
        value: f64,
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
    /// Hidden layers outside the table's limits.
    Hidden(Vec<usize>),
    /// Uniform data with its ends the wrong way round (or not finite).
    UniformEnds(f64, f64),
    /// No points were drawn.
    NoPoints,
    /// More points than a run takes.
    TooManyPoints(usize),
    /// A drawn point is not finite, or its class is beyond the labs' classes.
    BadPoint,
}

/// A URL key of the parameter table; read back (from the worker) as the table's own.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Key(pub &'static str);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        let key = String::deserialize(d)?;
        P::ALL
            .iter()
            .flat_map(|t| t.keys())
            .find(|k| *k == key)
            .map(Key)
            .ok_or_else(|| serde::de::Error::custom(format!("not a parameter: {key}")))
    }
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// Most drawn points a run takes.
pub const MAX_POINTS: usize = 10_000;
/// Highest class index of a drawn point.
pub const MAX_CLASS: u8 = 15;

impl SpecError {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let n = |v: f64| format_number(v, 6, lang);
        match self {
            SpecError::NoiseDim(d) if ru => {
                format!("размерность шума {d} вне диапазона 1–{MAX_NOISE}")
            }
            SpecError::NoiseDim(d) => format!("noise dimension {d} is outside 1–{MAX_NOISE}"),
            SpecError::LatentDim(d) if ru => {
                format!("размерность латентного пространства {d} вне диапазона 1–{MAX_NOISE}")
            }
            SpecError::LatentDim(d) => format!("latent dimension {d} is outside 1–{MAX_NOISE}"),
            SpecError::Batch(b) => {
                let (min, max) = range_of(&P::BATCH);
                if ru {
                    format!("размер батча {b} вне диапазона {}–{}", n(min), n(max))
                } else {
                    format!("batch size {b} is outside {}–{}", n(min), n(max))
                }
            }
            SpecError::Updates(d, g) if ru => format!(
                "k_D:k_G = {d}:{g} вне диапазона {}–{}",
                P::K_RANGE.0,
                P::K_RANGE.1
            ),
            SpecError::Updates(d, g) => format!(
                "k_D:k_G = {d}:{g} is outside {}–{}",
                P::K_RANGE.0,
                P::K_RANGE.1
            ),
            SpecError::OutOfRange {
                key,
                value,
                min,
                max,
            } if ru => {
                format!(
                    "{key} = {} вне диапазона [{}; {}]",
                    n(*value),
                    n(*min),
                    n(*max)
                )
            }
            SpecError::OutOfRange {
                key,
                value,
                min,
                max,
            } => {
                format!(
                    "{key} = {} is outside [{}, {}]",
                    n(*value),
                    n(*min),
                    n(*max)
                )
            }
            SpecError::Hidden(_) if ru => format!(
                "в сети не больше {} скрытых слоёв по 1–{} нейронов",
                P::MAX_LAYERS,
                P::MAX_WIDTH
            ),
            SpecError::Hidden(_) => format!(
                "networks have at most {} hidden layers of 1–{} units",
                P::MAX_LAYERS,
                P::MAX_WIDTH
            ),
            SpecError::UniformEnds(lo, hi) if ru => format!(
                "для равномерных данных нужно lo < hi (получено {}, {})",
                n(*lo),
                n(*hi)
            ),
            SpecError::UniformEnds(lo, hi) => {
                format!("uniform data needs lo < hi (got {}, {})", n(*lo), n(*hi))
            }
            SpecError::NoPoints if ru => "не нарисовано ни одной точки".into(),
            SpecError::NoPoints => "no points were drawn".into(),
            SpecError::TooManyPoints(_) if ru => format!(
                "не больше {} точек",
                format_number(MAX_POINTS as f64, 6, lang)
            ),
            SpecError::TooManyPoints(_) => format!(
                "at most {} points",
                format_number(MAX_POINTS as f64, 6, lang)
            ),
            SpecError::BadPoint if ru => {
                format!("нарисованная точка не конечна или её класс больше {MAX_CLASS}")
            }
            SpecError::BadPoint => {
                format!("a drawn point is not finite or its class is above {MAX_CLASS}")
            }
        }
    }
}

impl std::fmt::Display for SpecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::value::{Error, StrDeserializer};

    #[test]
    fn a_key_reads_back_as_the_tables_own_and_nothing_else() {
        let read = |s: &'static str| Key::deserialize(StrDeserializer::<Error>::new(s));
        assert_eq!(read("d-lr"), Ok(Key(P::D_LR.key)));
        assert_eq!(read("beta"), Ok(Key("beta")));
        assert!(read("nonsense").is_err());
    }
}
