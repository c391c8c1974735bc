//! Lesson: Jensen–Shannon and √JS as a metric (`#/js?p=…&q=…&r=…&unit=…&step=…`). The mixture M,
//! the log 2 bound, the metric axioms, a triangle of √JS distances between three editable
//! distributions, and a live search for counterexamples to the triangle inequality.

mod exercises;
mod figures;
mod search;
mod text;

use leptos::prelude::*;

use crate::components::{cue, tr, use_params};
use crate::params::Notice;
use crate::route::Query;

use super::dists::{Dists, DistsParams, amount_readout};
use super::{Lesson, Part};
use figures::Distances;

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "js",
    part: Part::Derivations,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    lab: false,
    view: || view! { <JsLesson/> }.into_any(),
};

const NAMES: &[&str] = &["p", "q", "r"];

/// The classic counterexample to JS's triangle inequality (step 4): P, Q, R.
const CLASSIC: [&[f64]; 3] = [&[1.0, 0.0], &[0.5, 0.5], &[0.0, 1.0]];

/// The readouts of the three pairs: D_JS, then √D_JS.
const JS_READOUTS: [(&str, crate::i18n::Text); 3] = [
    ("js-pq", text::JS_PQ),
    ("js-qr", text::JS_QR),
    ("js-pr", text::JS_PR),
];
const SQRT_READOUTS: [(&str, crate::i18n::Text); 3] = [
    ("sqrt-js-pq", text::SQRT_PQ),
    ("sqrt-js-qr", text::SQRT_QR),
    ("sqrt-js-pr", text::SQRT_PR),
];

/// The lesson's parameters from the URL.
fn read(q: &Query) -> (DistsParams, Vec<Notice>) {
    DistsParams::from_query(q, &crate::params::pages::JS, NAMES)
}

#[component]
fn JsLesson() -> impl IntoView {
    let pp = use_params(&[crate::params::pages::JS], read);
    let d = Dists::new(pp.params, NAMES);
    let step = d.step;
    let dist = Distances::new(d);
    let sqrt_unit = Signal::derive(move || format!("√{}", d.unit_name.get()));
    let load_classic = move |_| d.load(&CLASSIC.map(<[f64]>::to_vec));

    let buttons = view! {
        <button type="button" data-testid="load-classic" class:cue=cue(step, &[4]) on:click=load_classic>
            {tr(text::LOAD_CLASSIC)}
        </button>
    };
    let rest = view! {
        <div class="readouts" class:cue=cue(step, &[1, 2, 4, 5, 6])>
            {JS_READOUTS.iter().zip(dist.js).map(|(&(name, text), v)| amount_readout(name, text, v, d.unit_name)).collect_view()}
            {SQRT_READOUTS.iter().zip(dist.sqrt).map(|(&(name, text), v)| amount_readout(name, text, v, sqrt_unit)).collect_view()}
        </div>
    };
    let grid = view! {
        {d.playground(text::PLAYGROUND, text::PLAYGROUND_HINT, buttons.into_any(), rest.into_any())}
        {figures::figures(d, dist)}
        {search::section(d)}
    };
    let checks = exercises::checks(d);
    d.frame(&LESSON, pp, grid.into_any(), &exercises::EXERCISES, checks)
}

#[cfg(test)]
mod tests {
    use super::exercises::{EXERCISES, breaks_js_triangle};
    use super::*;
    use crate::math::divergence::{js, sqrt_js};
    use std::f64::consts::LN_2;

    #[test]
    fn the_classic_counterexample_has_the_numbers_of_step_4() {
        let [p, q, r] = CLASSIC;
        let (pq, qr, pr) = (js(p, q), js(q, r), js(p, r));
        assert!((pr - LN_2).abs() < 1e-15, "JS(P‖R) = log 2: {pr}");
        let three_quarters = 0.75 * (4.0f64 / 3.0).ln();
        assert!((pq - three_quarters).abs() < 1e-15 && (qr - three_quarters).abs() < 1e-15);
        assert!((pq - 0.216).abs() < 5e-4 && (pq + qr - 0.432).abs() < 5e-4);
        assert!((pr - 0.693).abs() < 5e-4);
        assert!(breaks_js_triangle(p, q, r));
        // √JS keeps the inequality: 0.833 ≤ 0.465 + 0.465.
        let (spq, sqr, spr) = (sqrt_js(p, q), sqrt_js(q, r), sqrt_js(p, r));
        assert!(spr <= spq + sqr);
        assert!((spr - 0.833).abs() < 5e-4 && (spq - 0.465).abs() < 5e-4);
    }

    #[test]
    fn the_positive_counterexample_of_the_exercise() {
        let (p, q, r) = ([0.9, 0.1], [0.5, 0.5], [0.1, 0.9]);
        assert!(breaks_js_triangle(&p, &q, &r));
        assert!((js(&p, &r) - 0.368).abs() < 5e-4);
        assert!((js(&p, &q) - 0.102).abs() < 5e-4 && (js(&q, &r) - 0.102).abs() < 5e-4);
        assert!(!breaks_js_triangle(&p, &p, &r), "Q = P never breaks it");
    }

    const NAMES_3: [&str; 3] = ["p", "q", "r"];

    #[test]
    fn the_defaults_keep_the_js_triangle() {
        let [p, q, r] =
            NAMES_3.map(|n| crate::lessons::dists::default_of(&crate::params::pages::JS, n));
        assert_eq!(p, [0.6, 0.3, 0.1]);
        assert!(!breaks_js_triangle(&p, &q, &r));
        assert!(js(&p, &r) + 0.05 < js(&p, &q) + js(&q, &r));
    }

    #[test]
    fn exercises_are_valid() {
        assert_eq!(crate::exercise::validate(&EXERCISES), Ok(()));
    }
}
