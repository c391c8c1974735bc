//! The lesson registry: the single source for routes, the table of contents, prev/next links,
//! keyboard step navigation, and the browser tests (which walk the contents). Adding a lesson
//! is one module plus one line in [`LESSONS`].

/// A lab's registry entry and its modules, the same for every lab: `modules` are the page's
/// (compiled into the lab bundle only, with the `labs` feature), `exercises.rs` also into the
/// native tests, `text.rs` always (the lesson bundle lists the lab). The lesson bundle's entry
/// loads the lab bundle (`app::lab_bundle`); the lab bundle's renders `page`.
macro_rules! lab_lesson {
    (
        slug: $slug:literal,
        part: $part:ident,
        page: $($page:ident)::+,
        modules: [$($module:ident),* $(,)?] $(,)?
    ) => {
        $(
            #[cfg(feature = "labs")]
            mod $module;
        )*
        #[cfg(any(feature = "labs", test))]
        mod exercises;
        mod text;

        /// The registry entry.
        pub const LESSON: $crate::lessons::Lesson = $crate::lessons::Lesson {
            slug: $slug,
            part: $crate::lessons::Part::$part,
            title: text::TITLE,
            summary: text::SUMMARY,
            lead: text::LEAD,
            derivation: &[],
            lab: true,
            #[cfg(feature = "labs")]
            view: || {
                use leptos::prelude::*;
                view! { <$($page)::+/> }.into_any()
            },
            #[cfg(not(feature = "labs"))]
            view: $crate::app::lab_bundle,
        };
    };
}
pub(crate) use lab_lesson;

pub mod c_of_g;
pub mod cgan_lab;
pub mod cgan_objective;
pub mod dists;
pub mod entropy;
pub mod gan_1d;
pub mod gan_2d;
pub mod gan_common;
pub mod gan_objective;
pub mod gan_vs_vae;
pub mod gibbs;
pub mod js;
pub mod kl;
#[cfg(feature = "labs")]
pub mod lab;
pub mod optimal_d;
pub mod vae_lab;
pub mod vae_theory;

use leptos::prelude::*;

use crate::components::Step;
use crate::i18n::{PART_CGAN, PART_DERIVATIONS, PART_VAE, Text};

/// The seminar's three parts, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// 1. Deriving the formulas: entropy, Gibbs, KL, JS, the GAN objective.
    Derivations,
    /// 2. Conditional GANs.
    ConditionalGans,
    /// 3. The variational autoencoder.
    Vae,
}

impl Part {
    /// All parts, in the seminar's order.
    pub const ALL: [Part; 3] = [Part::Derivations, Part::ConditionalGans, Part::Vae];

    /// The part's title.
    pub fn title(self) -> Text {
        match self {
            Part::Derivations => PART_DERIVATIONS,
            Part::ConditionalGans => PART_CGAN,
            Part::Vae => PART_VAE,
        }
    }
}

/// A registered lesson.
pub struct Lesson {
    /// The route: `#/<slug>`.
    pub slug: &'static str,
    /// Which part of the seminar it belongs to.
    pub part: Part,
    /// Its title.
    pub title: Text,
    /// One line for the contents.
    pub summary: Text,
    /// The opening paragraph (may hold inline `$…$` math).
    pub lead: Text,
    /// The derivation it reveals step by step (`step=1..=len` in the URL); may be empty.
    pub derivation: &'static [Step],
    /// A lab (it trains in the page): its figures need the width, so the contents fold away.
    pub lab: bool,
    /// Renders the lesson; it reads its parameters from the route in context.
    pub view: fn() -> AnyView,
}

/// Every lesson, in the seminar's order.
pub static LESSONS: &[Lesson] = &[
    entropy::LESSON,
    gibbs::LESSON,
    kl::LESSON,
    js::LESSON,
    gan_objective::LESSON,
    optimal_d::LESSON,
    c_of_g::LESSON,
    gan_1d::LESSON,
    gan_2d::LESSON,
    cgan_objective::LESSON,
    cgan_lab::LESSON,
    vae_theory::LESSON,
    vae_lab::LESSON,
    gan_vs_vae::LESSON,
];

/// The lesson at `slug`, with its index in [`LESSONS`].
pub fn find(slug: &str) -> Option<(usize, &'static Lesson)> {
    LESSONS.iter().enumerate().find(|(_, l)| l.slug == slug)
}

/// The lessons of one part.
pub fn in_part(part: Part) -> impl Iterator<Item = &'static Lesson> {
    LESSONS.iter().filter(move |l| l.part == part)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_a_table_and_its_step_row_counts_its_steps() {
        use crate::params::pages::ALL;
        use crate::params::table::Kind;
        for l in LESSONS {
            let tables: Vec<_> = ALL.iter().filter(|t| t.slugs.contains(&l.slug)).collect();
            assert!(!tables.is_empty(), "{}: no parameter table", l.slug);
            let step = tables.iter().find_map(|t| t.get("step"));
            match (l.derivation.len(), step.map(|p| p.kind)) {
                (0, None) => {}
                (n, Some(Kind::Int { min: 1, max })) => assert_eq!(max, n as u64, "{}", l.slug),
                (n, kind) => panic!("{}: {n} steps, step row {kind:?}", l.slug),
            }
        }
    }

    #[test]
    fn registry_is_consistent() {
        let mut slugs: Vec<&str> = LESSONS.iter().map(|l| l.slug).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), LESSONS.len(), "slugs must be unique");
        for l in LESSONS {
            assert!(
                l.slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}",
                l.slug
            );
            assert!(
                !["", "glossary", "engine"].contains(&l.slug),
                "{} is reserved",
                l.slug
            );
            for t in [l.title, l.summary, l.lead] {
                assert!(!t.en.is_empty() && !t.ru.is_empty(), "{}", l.slug);
            }
        }
        // Parts appear in the seminar's order.
        let parts: Vec<usize> = LESSONS
            .iter()
            .map(|l| Part::ALL.iter().position(|p| *p == l.part).unwrap_or(9))
            .collect();
        assert!(parts.windows(2).all(|w| w[0] <= w[1]));
    }
}
