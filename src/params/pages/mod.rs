//! Every page's parameter table (see [`super::table`]): the shared rows (language, modes,
//! units, steps), the derivation lessons' tables and the labs'
//! (a run's seed, limit and backend, the GAN's and the VAE's hyperparameters, each lab's data).
//! [`ALL`] is the README's table of addresses, in its order.

mod labs;
mod lessons;

pub use labs::*;
pub use lessons::*;

use super::table::{Param, Table};
use crate::i18n::Text;

/// A label.
const fn t(en: &'static str, ru: &'static str) -> Text {
    Text::new(en, ru)
}

// ---- every page ----

/// `lang`.
pub const LANG: Param = Param::word(
    "lang",
    &["ru", "en"],
    "",
    t("Language", "Язык"),
    "language; wins over the browser's and the last choice",
);
/// `embed`.
pub const EMBED: Param = Param::flag(
    "embed",
    "",
    t("Embedded", "Встроено"),
    "only the lesson, without header and navigation, for an iframe",
);
/// `lecture`.
pub const LECTURE: Param = Param::flag(
    "lecture",
    "",
    t("Lecture mode", "Режим лекции"),
    "lecture mode: big type, no sidebar",
);

/// Parameters every page reads.
pub const GLOBAL: Table = Table {
    slugs: &[],
    params: &[LANG, EMBED, LECTURE],
};

// ---- shared by lessons ----

/// `unit`: nats or bits.
pub const UNIT: Param = Param::word(
    "unit",
    &["nats", "bits"],
    "nats",
    t("Unit", "Единицы"),
    "unit of every readout and plot (nats, as in the seminar, or bits)",
);

/// `step`: derivation steps revealed, `1..=steps`.
pub const fn step(steps: u64) -> Param {
    Param::int(
        "step",
        1,
        steps,
        "1",
        t("Step", "Шаг"),
        "derivation steps revealed",
    )
}

/// A probability vector of 2–10 outcomes.
pub(crate) const fn probabilities(
    key: &'static str,
    default: &'static str,
    doc: &'static str,
) -> Param {
    Param::form(
        key,
        "2–10 probabilities `0.2,0.3,0.5`",
        default,
        t("Distribution", "Распределение"),
        doc,
    )
}

/// A Gaussian mixture `w:μ:σ,…`.
pub(crate) const fn mixture(key: &'static str, default: &'static str, doc: &'static str) -> Param {
    Param::form(
        key,
        "1–3 components `w:μ:σ,…`: w ≥ 0 (normalised), μ in [−10, 10], σ in [0.05, 5]",
        default,
        t("Mixture", "Смесь"),
        doc,
    )
}

pub(crate) const SAME_OUTCOMES: &str = "same length as `p` (a different length gives a notice and the defaults; a missing one follows the other, uniform)";

/// The tables of `#/gan-1d`, as "Reset to defaults" drops them.
pub const GAN_1D_PAGE: &[Table] = &[GAN_1D, GAN, RUN];
/// The tables of `#/gan-2d`.
pub const GAN_2D_PAGE: &[Table] = &[GAN_2D, GAN, RUN];
/// The tables of `#/cgan-lab`.
pub const CGAN_LAB_PAGE: &[Table] = &[CGAN_LAB, GAN, RUN];
/// The tables of `#/vae-lab`.
pub const VAE_LAB_PAGE: &[Table] = &[VAE_LAB, VAE, RUN];

/// Every table, in the README's order.
pub const ALL: &[Table] = &[
    GLOBAL,
    ENTROPY,
    GIBBS,
    KL,
    JS,
    GAN_OBJECTIVE,
    OPTIMAL_D,
    C_OF_G,
    CGAN_OBJECTIVE,
    VAE_THEORY,
    GAN_1D,
    GAN_2D,
    CGAN_LAB,
    GAN,
    VAE_LAB,
    VAE,
    GAN_VS_VAE,
    RUN,
    ENGINE,
    BENCH,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::table::Kind;
    use crate::route::Query;

    #[test]
    fn every_default_reads_back_in_range() {
        for table in ALL {
            for p in table.params {
                if p.default.is_empty() || matches!(p.kind, Kind::Form(_)) {
                    continue;
                }
                assert_eq!(p.check(p.default), Ok(()), "{:?} {}", table.slugs, p.key);
            }
        }
    }

    #[test]
    fn a_table_names_each_key_once() {
        for table in ALL {
            let mut keys: Vec<&str> = table.keys().collect();
            keys.sort_unstable();
            let n = keys.len();
            keys.dedup();
            assert_eq!(keys.len(), n, "{:?}", table.slugs);
        }
    }

    #[test]
    fn readers_fall_back_to_the_default_with_a_notice() {
        let q = Query::parse("n=1&mu=0.25&f=cos");
        let mut notices = Vec::new();
        assert_eq!(VAE_N.read_int(&q, &mut notices), 100);
        assert_eq!(VAE_MU.read_real(&q, &mut notices), 0.25);
        assert_eq!(VAE_THEORY.params[1].read_word(&q, &mut notices), "square");
        assert_eq!(
            VAE_SIGMA.read_real(&q, &mut notices),
            1.0,
            "absent: the default"
        );
        assert_eq!(notices.len(), 2, "{notices:?}");
    }
}
