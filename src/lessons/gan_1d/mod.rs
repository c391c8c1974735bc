//! Lab: a 1-D GAN trained live against the exact theory (`#/gan-1d?data=…&seed=…&steps=N&
//! autorun=1`). The model trains in the worker; the page pushes the noise density through the
//! generator's graph to get p_g exactly, and draws the optimal D* and C(G) = 2·JS − log 4 for
//! it beside the trained D and V(D, G).

#[cfg(feature = "labs")]
mod lab;
mod text;

#[cfg(feature = "labs")]
use leptos::prelude::*;

use crate::data::Mixture;
use crate::params::Notice;
use crate::params::gan::GanLabParams;
use crate::params::mixture::mixture_param;
use crate::route::Query;
use crate::spec::GanConfig;

use super::{Lesson, Part};

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "gan-1d",
    part: Part::Derivations,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &[],
    #[cfg(feature = "labs")]
    view: || view! { <lab::Gan1dLab/> }.into_any(),
    #[cfg(not(feature = "labs"))]
    view: crate::app::lab_bundle,
};

/// Default p_data: N(1, 0.5²), which the default GAN learns within ~3 000 iterations.
pub const DEFAULT_DATA: &str = "1:1:0.5";
/// The URL keys the lab owns beside the hyperparameters.
pub const DATA_KEYS: &[&str] = &["data"];

/// The lab's parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// p_data.
    pub data: Mixture,
    /// The model and run.
    pub run: GanLabParams,
}

/// Reads the URL.
pub fn read(q: &Query) -> (Params, Vec<Notice>) {
    let mut notices = Vec::new();
    let data = mixture_param(q, "data", DEFAULT_DATA, &mut notices);
    let (run, more) = GanLabParams::from_query(q, GanConfig::default_1d(1));
    notices.extend(more);
    (Params { data, run }, notices)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::validate;

    #[test]
    fn reads_the_url_and_its_exercises_are_valid() {
        let (p, n) = read(&Query::parse(
            "data=0.5:-1:0.3,0.5:1:0.3&seed=9&steps=500&autorun=1",
        ));
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(p.data.components().len(), 2);
        assert_eq!(
            (p.run.config.seed, p.run.steps, p.run.autorun),
            (9, Some(500), true)
        );
        let (p, n) = read(&Query::parse("data=1:0&d-lr=abc"));
        assert_eq!(n.len(), 2);
        assert_eq!(
            p.data,
            Mixture::parse(DEFAULT_DATA).unwrap_or_else(|e| panic!("{e}"))
        );
        validate(&text::EXERCISES).unwrap_or_else(|e| panic!("{e}"));
    }
}
