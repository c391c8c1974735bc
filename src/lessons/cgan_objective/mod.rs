//! Lesson: the conditional GAN objective (`#/cgan-objective?py=…&data1=…&g1=…&…&class=…&step=…`).
//! Two or three classes with shared weights p(y), each with its own p_data(x|y) and p_g(x|y);
//! D*(x, y) per class, per-class JS and C_y, and C(G) = Σ p(y)·C_y.

mod exercises;
mod state;
mod terms;
mod text;

use leptos::prelude::*;

use crate::components::{DistEditor, MixturePlot, cue, tr, use_page, use_params};
use crate::data::Mixture;
use crate::params::mixture::mixture_param;
use crate::params::pages::CGAN_OBJECTIVE;
use crate::params::table::{Kind, Param};
use crate::params::{self, Notice};
use crate::route::Query;

use super::gan_common::{TheoryPage, editors, label, step_param};
use super::{Lesson, Part};
use exercises::EXERCISES;
use state::State;
use terms::Terms;

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "cgan-objective",
    part: Part::ConditionalGans,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    lab: false,
    view: || view! { <CganObjective/> }.into_any(),
};

/// Most classes.
pub const MAX_CLASSES: usize = 3;
const DATA_KEYS: [&str; MAX_CLASSES] = ["data1", "data2", "data3"];
const G_KEYS: [&str; MAX_CLASSES] = ["g1", "g2", "g3"];
/// Defaults of p_data(x|y), by class.
pub const DEFAULT_DATA: [&str; MAX_CLASSES] = [
    CGAN_OBJECTIVE.default_of("data1"),
    CGAN_OBJECTIVE.default_of("data2"),
    CGAN_OBJECTIVE.default_of("data3"),
];
/// Defaults of p_g(x|y), by class.
pub const DEFAULT_G: [&str; MAX_CLASSES] = [
    CGAN_OBJECTIVE.default_of("g1"),
    CGAN_OBJECTIVE.default_of("g2"),
    CGAN_OBJECTIVE.default_of("g3"),
];

#[derive(Clone, Debug, PartialEq)]
struct Params {
    py: Vec<f64>,
    data: Vec<Mixture>,
    g: Vec<Mixture>,
    class: usize,
    step: usize,
}

fn read(q: &Query) -> (Params, Vec<Notice>) {
    let mut notices = Vec::new();
    let t = &CGAN_OBJECTIVE;
    let read_py = |p: &Param, raw: &str| params::parse_probabilities(p.key, raw, 2, MAX_CLASSES);
    let py_row = t.row("py");
    let (py, normalised) = py_row
        .given(q, &mut notices, read_py)
        .unwrap_or_else(|| read_py(&py_row, py_row.default).unwrap_or((vec![0.5, 0.5], None)));
    notices.extend(normalised);
    let data = DATA_KEYS
        .iter()
        .map(|k| mixture_param(q, &t.row(k), &mut notices))
        .collect();
    let g = G_KEYS
        .iter()
        .map(|k| mixture_param(q, &t.row(k), &mut notices))
        .collect();
    // The class's range follows p(y)'s number of classes.
    let class_row = t.row("class").with_kind(Kind::Int {
        min: 1,
        max: py.len() as u64,
    });
    let class = class_row.read_int(q, &mut notices) as usize;
    let step = step_param(q, t, &mut notices);
    (
        Params {
            py,
            data,
            g,
            class,
            step,
        },
        notices,
    )
}

#[component]
fn CganObjective() -> impl IntoView {
    let pp = use_params(&[crate::params::pages::CGAN_OBJECTIVE], read);
    let step: Signal<usize> = pp.field(|p| p.step).into();
    let st = State::new(pp);
    view! {
        <TheoryPage lesson=&LESSON step=step notices=pp.notices reset=pp.reset exercises=&EXERCISES
            checks=vec![("swapped", st.swapped())]>
            <Classes st=st step=step/>
            <Terms st=st step=step/>
        </TheoryPage>
    }
}

/// The classes: their weights p(y), the class shown, and its two mixtures with their editors.
#[component]
fn Classes(st: State, step: Signal<usize>) -> impl IntoView {
    let page = use_page();
    let (n, class) = (st.n, st.class);
    let set_class = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        page.update_query(|q| q.set("class", v));
    };
    let shown = move || {
        let (d, g) = st.pairs.with_value(|ps| ps[class.get() - 1]);
        view! {
            <MixturePlot name="plot-densities" bindings=vec![d, g] x=st.range
                caption=label(text::DENSITIES_CAPTION)/>
            {editors(d, g)}
        }
    };
    view! {
        <section class="playground" aria-labelledby="classes-title">
            <h2 id="classes-title">{tr(text::CLASSES)}</h2>
            <p class="hint">{tr(text::CLASSES_HINT)}</p>
            <DistEditor name="py" value=st.py.value draft=st.py.draft
                commit=Callback::new(move |v: Vec<f64>| st.commit_py(page, &v))
                min_n=2 max_n=MAX_CLASSES legend=text::PY_LEGEND count_label=text::PY_COUNT
                entry_label=text::PY_ENTRY fewer_label=text::PY_FEWER more_label=text::PY_MORE/>
            <label class="select">
                <span>{tr(text::CLASS)}</span>
                <select data-testid="class-pick" prop:value=move || class.get().to_string() on:change=set_class>
                    {move || (1..=n.get()).map(|k| view! { <option value=k.to_string()>{k}</option> }).collect_view()}
                </select>
            </label>
            <div class:cue=cue(step, &[2, 3])>{shown}</div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use std::f64::consts::LN_2;

    use super::state::{marginal, swap_weights};
    use super::*;
    use crate::exercise::{Kind, validate};
    use crate::lessons::gan_common::mix as m;
    use crate::math::gan::{cgan, js};

    #[test]
    fn reads_the_url() {
        let (p, n) = read(&Query::parse("py=1,2,1&class=3&g3=1:0:2"));
        assert_eq!(n.len(), 1, "py normalised: {n:?}");
        assert_eq!(p.py, vec![0.25, 0.5, 0.25]);
        assert_eq!((p.class, p.g[2].clone()), (3, m("1:0:2")));
        let (p, n) = read(&Query::parse("py=abc&class=3&data1=zz"));
        assert_eq!(n.len(), 3, "{n:?}");
        assert_eq!((p.py, p.class), (vec![0.5, 0.5], 1));
        assert_eq!(p.data[0], m(DEFAULT_DATA[0]));
    }

    #[test]
    fn swapped_classes_fool_the_marginal_only() {
        let py = [0.5, 0.5];
        let d = [m(DEFAULT_DATA[0]), m(DEFAULT_DATA[1])];
        let g = [d[1].clone(), d[0].clone()];
        assert!(js(&marginal(&py, &d), &marginal(&py, &g)) < 1e-12);
        let (_, total) = cgan(&py, &d, &g);
        assert!(total > -1.0, "{total}");
        // Matching every class reaches the floor.
        let (_, total) = cgan(&py, &d, &d);
        assert!((total + 2.0 * LN_2).abs() < 1e-12);
        // Nine components fit in one mixture.
        let three = [
            m("0.2:0:1,0.3:1:1,0.5:2:1"),
            m("1:3:1"),
            m("0.5:4:1,0.5:5:1"),
        ];
        let nine = [three[0].clone(), three[0].clone(), three[0].clone()];
        assert_eq!(marginal(&[0.2, 0.3, 0.5], &nine).components().len(), 9);
    }

    #[test]
    fn swapping_matches_the_mixture_only_with_equal_weights() {
        let d = [m(DEFAULT_DATA[0]), m(DEFAULT_DATA[1]), m(DEFAULT_DATA[2])];
        let g = [d[1].clone(), d[0].clone(), d[2].clone()];
        // p(y) = (0.3, 0.7): the swapped mixture is off by JS ≈ 0.082 nats (the remark's number).
        let off = js(
            &marginal(&[0.3, 0.7], &d[..2]),
            &marginal(&[0.3, 0.7], &g[..2]),
        );
        assert!((off - 0.0817).abs() < 5e-4, "{off}");
        // The button's weights: p(1) = p(2), the sum and p(3) kept; then the mixtures agree.
        assert_eq!(swap_weights(&[0.3, 0.7]), vec![0.5, 0.5]);
        let w = swap_weights(&[0.2, 0.3, 0.5]);
        assert_eq!(w, vec![0.25, 0.25, 0.5]);
        assert!(js(&marginal(&w, &d), &marginal(&w, &g)) < 1e-12);
        let (_, total) = cgan(&w, &d, &g);
        assert!(total > -1.0, "{total}");
        // The share of wrong labels under independent draws, 1 − Σ p(y)²: ½ and ⅜.
        let wrong = |p: &[f64]| 1.0 - p.iter().map(|x| x * x).sum::<f64>();
        assert_eq!(wrong(&[0.5, 0.5]), 0.5);
        assert_eq!(wrong(&[0.25, 0.75]), 0.375);
    }

    #[test]
    fn exercises_are_valid_and_right() {
        validate(&EXERCISES).unwrap_or_else(|e| panic!("{e}"));
        let Kind::Number { answer, .. } = EXERCISES[0].kind else {
            panic!("a number")
        };
        assert!((0.25 * (-4f64.ln()) - answer).abs() < 1e-15);
    }
}
