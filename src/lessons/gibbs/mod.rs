//! Lesson: Gibbs' inequality (`#/gibbs?p=…&q=…&unit=…&step=…`). Two editable distributions
//! over the same outcomes, the gap Σ p·log p − Σ p·log q live, and the seminar's proof tied to
//! two figures: log x ≤ x − 1 with the ratios qᵢ/pᵢ, and the per-index bound as bars.

mod text;

use leptos::prelude::*;

use crate::components::{UnitPicker, cue, tr};

use crate::components::{
    Derivation, DistEditor, EmbedSnippet, Exercises, Notices, PlotCanvas, Readout, RichText,
    use_page,
};
use crate::exercise::{Exercise, Kind};
use crate::i18n::{BITS, NATS, Text, format_number};
use crate::math::divergence::{cross_entropy, gibbs_terms, kl};
use crate::math::{Unit, entropy, simplex};
use crate::plot::divergence::{BarSeries, BarsFigure, LogBoundFigure, draw_bars, draw_log_bound};

use super::dists::{DistsParams, set_aligned};
use super::{Lesson, Part};

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "gibbs",
    part: Part::Derivations,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    view: || view! { <GibbsLesson/> }.into_any(),
};

/// URL keys (dropped by "Reset to defaults").
pub const KEYS: &[&str] = &["p", "q", "unit", "step"];
const DEFAULT_P: &[f64] = &[0.5, 0.3, 0.2];
const DEFAULT_Q: &[f64] = &[0.2, 0.5, 0.3];

/// The lesson's exercises.
static EXERCISES: [Exercise; 4] = [
    Exercise {
        id: "entropy-bits",
        prompt: Text::new(
            "What is $H(\\tfrac12, \\tfrac14, \\tfrac14)$ in bits?",
            "Чему равна $H(\\tfrac12, \\tfrac14, \\tfrac14)$ в битах?",
        ),
        kind: Kind::Number {
            answer: 1.5,
            tol: 1e-3,
        },
        hint: Text::new(
            "$-\\log_2 \\tfrac12 = 1$ and $-\\log_2 \\tfrac14 = 2$; weight them by the probabilities. You can check it with p = (0.5, 0.25, 0.25) and the unit “bits”.",
            "$-\\log_2 \\tfrac12 = 1$, $-\\log_2 \\tfrac14 = 2$; усредните их с весами-вероятностями. Проверить можно, задав p = (0,5; 0,25; 0,25) и единицы «бит».",
        ),
        solution: Text::new(
            "$H = \\tfrac12 \\cdot 1 + \\tfrac14 \\cdot 2 + \\tfrac14 \\cdot 2 = 1.5$ bits.",
            "$H = \\tfrac12 \\cdot 1 + \\tfrac14 \\cdot 2 + \\tfrac14 \\cdot 2 = 1{,}5$ бита.",
        ),
    },
    Exercise {
        id: "cross-entropy",
        prompt: Text::new(
            "For $p = (\\tfrac12, \\tfrac12)$ and $q = (\\tfrac14, \\tfrac34)$, what is the cross-entropy $-\\sum_i p_i \\log_2 q_i$ in bits (3 decimals)?",
            "Для $p = (\\tfrac12, \\tfrac12)$ и $q = (\\tfrac14, \\tfrac34)$ найдите перекрёстную энтропию $-\\sum_i p_i \\log_2 q_i$ в битах (3 знака после запятой).",
        ),
        kind: Kind::Number {
            answer: 1.207_518_749_639_422,
            tol: 1e-3,
        },
        hint: Text::new(
            "$-\\tfrac12 \\log_2 \\tfrac14 - \\tfrac12 \\log_2 \\tfrac34$; by Gibbs' inequality it is at least $H(p) = 1$ bit.",
            "$-\\tfrac12 \\log_2 \\tfrac14 - \\tfrac12 \\log_2 \\tfrac34$; по неравенству Гиббса это не меньше $H(p) = 1$ бита.",
        ),
        solution: Text::new(
            "$1 + \\tfrac12 \\log_2 \\tfrac43 \\approx 1.2075$ bits: $H(p) = 1$ bit plus the gap $D_{KL}(p\\|q) \\approx 0.2075$ bits.",
            "$1 + \\tfrac12 \\log_2 \\tfrac43 \\approx 1{,}2075$ бита: $H(p) = 1$ бит плюс зазор $D_{KL}(p\\|q) \\approx 0{,}2075$ бита.",
        ),
    },
    Exercise {
        id: "infinite-gap",
        prompt: Text::new(
            "Set the editors so that the gap is $+\\infty$, then press Check.",
            "Задайте распределения так, чтобы зазор был равен $+\\infty$, и нажмите «Проверить».",
        ),
        kind: Kind::Construction,
        hint: Text::new(
            "Which term $p_i \\log q_i$ can be $-\\infty$?",
            "Какое слагаемое $p_i \\log q_i$ может равняться $-\\infty$?",
        ),
        solution: Text::new(
            "Put $q_i = 0$ at an outcome with $p_i > 0$, e.g. p = (0.5, 0.5, 0), q = (1, 0, 0).",
            "Положите $q_i = 0$ там, где $p_i > 0$, например p = (0,5; 0,5; 0), q = (1, 0, 0).",
        ),
    },
    Exercise {
        id: "equality",
        prompt: Text::new(
            "When is $\\sum_i p_i \\log p_i = \\sum_i p_i \\log q_i$?",
            "Когда $\\sum_i p_i \\log p_i = \\sum_i p_i \\log q_i$?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new("exactly when q = p", "ровно при q = p"),
                Text::new(
                    "whenever q and p have the same support",
                    "всякий раз, когда у q и p одинаковый носитель",
                ),
                Text::new("whenever q is uniform", "всякий раз, когда q равномерное"),
                Text::new("whenever H(p) = 0", "всякий раз, когда H(p) = 0"),
            ],
            correct: &[0],
        },
        hint: Text::new(
            "Look at the last step of the proof: where can $\\log x = x - 1$?",
            "Посмотрите на последний шаг доказательства: где $\\log x = x - 1$?",
        ),
        solution: Text::new(
            "Only $q = p$: equality needs $q_i/p_i = 1$ on $I$, which forces $q = p$. A one-hot $p$ has $H(p) = 0$, but any $q$ with less mass on its outcome gives a positive gap. Same support or a uniform $q$ is not enough: the default $p$ and $q$ share their support, and a uniform $q$ differs from any non-uniform $p$.",
            "Только $q = p$: равенство требует $q_i/p_i = 1$ на $I$, откуда $q = p$. У унитарного $p$ энтропия $H(p) = 0$, но любое $q$ с меньшей массой на его исходе даёт положительный зазор. Одинакового носителя или равномерного $q$ мало: у $p$ и $q$ по умолчанию носитель общий, а равномерное $q$ отличается от любого неравномерного $p$.",
        ),
    },
];

#[component]
fn GibbsLesson() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let t = move |x: Text| x.get(lang.get());

    let parsed = Memo::new(move |_| {
        page.route.with(|r| {
            DistsParams::from_query(
                &r.query,
                &["p", "q"],
                &[DEFAULT_P, DEFAULT_Q],
                text::STEPS.len(),
            )
        })
    });
    let params = Memo::new(move |_| parsed.with(|(p, _)| p.clone()));
    let notices = Signal::derive(move || parsed.with(|(_, n)| n.clone()));
    let p_draft = RwSignal::new(None::<Vec<f64>>);
    let q_draft = RwSignal::new(None::<Vec<f64>>);
    let p = Memo::new(move |_| {
        p_draft
            .get()
            .unwrap_or_else(|| params.with(|s| s.dists[0].clone()))
    });
    let q = Memo::new(move |_| {
        q_draft
            .get()
            .unwrap_or_else(|| params.with(|s| s.dists[1].clone()))
    });
    let unit = Memo::new(move |_| params.with(|s| s.unit));
    let step = Signal::derive(move || params.with(|s| s.step));

    // Numbers (nats inside, the unit on display).
    let h = Memo::new(move |_| p.with(|p| entropy(p, unit.get())));
    let cross = Memo::new(move |_| {
        unit.get()
            .from_nats(p.with(|p| q.with(|q| cross_entropy(p, q))))
    });
    let gap = Memo::new(move |_| unit.get().from_nats(p.with(|p| q.with(|q| kl(p, q)))));
    let unit_name =
        Signal::derive(move || t(if unit.get() == Unit::Bits { BITS } else { NATS }).to_string());

    // Controls write the URL; p and q always keep the same number of outcomes.
    let commit = move |k: usize| {
        Callback::new(move |v: Vec<f64>| {
            let now = [p.get_untracked(), q.get_untracked()];
            page.update_query(|query| set_aligned(query, &["p", "q"], k, &v, &now))
        })
    };
    let (commit_p, commit_q) = (commit(0), commit(1));
    let set_step =
        Callback::new(move |k: usize| page.update_query(|q| q.set("step", k.to_string())));
    let reset =
        Callback::new(move |_| page.update_query(|q| KEYS.iter().for_each(|k| q.remove(k))));
    let random_q = move |_| {
        let mut rng = crate::data::Rng::new(js_sys::Date::now() as u64);
        commit_q.run(simplex::random(&mut rng, p.with_untracked(Vec::len)));
    };
    let make_equal = move |_| commit_q.run(p.get_untracked());

    let terms_axis = move || t(text::TERMS_AXIS).replace("{u}", &unit_name.get());
    // Figures, tied to the derivation: step 3 lights the bound, step 4 greys i ∉ I, step 5
    // compares the bars, step 6 rings the pᵢ = 0 indices.
    let draw_bound = move |area: &_, scale| {
        let ratios = p.with(|p| {
            q.with(|q| {
                p.iter()
                    .zip(q)
                    .enumerate()
                    .filter(|(_, (pi, _))| **pi > 0.0)
                    .map(|(i, (pi, qi))| (i + 1, qi / pi))
                    .collect()
            })
        });
        let fig = LogBoundFigure {
            ratios,
            highlight: step.get() == 3,
        };
        let _ = draw_log_bound(area, &fig, scale);
    };
    let draw_terms = move |area: &_, scale| {
        let u = unit.get();
        let terms = p.with(|p| q.with(|q| gibbs_terms(p, q)));
        let fig = BarsFigure {
            series: vec![
                BarSeries {
                    label: text::LHS.into(),
                    values: terms.iter().map(|t| u.from_nats(t.lhs)).collect(),
                },
                BarSeries {
                    label: text::RHS.into(),
                    values: terms.iter().map(|t| u.from_nats(t.rhs)).collect(),
                },
            ],
            categories: (1..=terms.len()).map(|i| i.to_string()).collect(),
            greyed: terms
                .iter()
                .map(|t| step.get() >= 4 && !t.in_support)
                .collect(),
            highlighted: terms
                .iter()
                .map(|t| {
                    (step.get() == 6 && !t.in_support)
                        || (step.get() == 5 && t.lhs == f64::NEG_INFINITY)
                })
                .collect(),
            y_label: terms_axis(),
            reference: None,
        };
        let _ = draw_bars(area, &fig, scale);
    };
    let fmt = move |v: f64| format_number(v, 4, lang.get());
    let bound_alt = Signal::derive(move || {
        let r = p.with(|p| {
            q.with(|q| {
                p.iter()
                    .zip(q)
                    .enumerate()
                    .filter(|(_, (pi, _))| **pi > 0.0)
                    .map(|(i, (pi, qi))| format!("{}: {}", i + 1, fmt(qi / pi)))
                    .collect::<Vec<_>>()
                    .join("; ")
            })
        });
        t(text::BOUND_ALT).replace("{r}", &r)
    });
    let terms_alt = Signal::derive(move || {
        let u = unit.get();
        let list = p
            .with(|p| q.with(|q| gibbs_terms(p, q)))
            .iter()
            .map(|g| {
                format!(
                    "{}: {} ≤ {}",
                    g.index + 1,
                    fmt(u.from_nats(g.lhs)),
                    fmt(u.from_nats(g.rhs))
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        t(text::TERMS_ALT)
            .replace("{y}", &terms_axis())
            .replace("{t}", &list)
    });
    let infinite_gap = Signal::derive(move || gap.get() == f64::INFINITY);
    let one_hot_p = Signal::derive(move || p.with(|p| p.contains(&1.0)));
    let label = move |x: Text| Signal::derive(move || t(x).to_string());

    view! {
        <article class="lesson" data-testid="lesson-gibbs">
            <h1>{tr(text::TITLE)}</h1>
            <p class="lead"><RichText text=Signal::derive(move || t(LESSON.lead))/></p>
            <Notices notices=notices on_reset=reset/>
            <div class="lesson-grid">
                <Derivation steps=&text::STEPS current=step set_step=set_step/>
                <section class="playground" aria-labelledby="playground-title">
                    <h2 id="playground-title">{tr(text::PLAYGROUND)}</h2>
                    <p class="hint">{tr(text::PLAYGROUND_HINT)}</p>
                    <DistEditor name="p" value=p draft=p_draft commit=commit_p/>
                    <DistEditor name="q" value=q draft=q_draft commit=commit_q/>
                    <div class="button-row">
                        <button type="button" data-testid="random-q" on:click=random_q>{tr(text::RANDOM)}</button>
                        <button type="button" data-testid="make-equal" class:cue=cue(step, &[7]) on:click=make_equal>
                            {tr(text::MAKE_EQUAL)}
                        </button>
                        <UnitPicker unit=unit/>
                    </div>
                    <div class="readouts" class:cue=cue(step, &[2, 7])>
                        <Readout name="entropy" label=label(text::ENTROPY) value=h unit=unit_name digits=6/>
                        <Readout name="cross-entropy" label=label(text::CROSS) value=cross unit=unit_name digits=6/>
                        <Readout name="gibbs-gap" label=label(text::GAP) value=gap unit=unit_name digits=6/>
                    </div>
                    <Show when=move || infinite_gap.get()>
                        <p class="notice" role="status" data-testid="gap-infinite">{tr(text::INFINITE_GAP)}</p>
                    </Show>
                    <Show when=move || gap.get() == 0.0>
                        <p class="notice" role="status" data-testid="gap-zero">{tr(text::ZERO_GAP)}</p>
                    </Show>
                    <Show when=move || one_hot_p.get()>
                        <p class="hint" role="status" data-testid="one-hot-p">{tr(text::ONE_HOT_P)}</p>
                    </Show>
                </section>
                <section class="figures">
                    <div class:cue=cue(step, &[3])>
                        <PlotCanvas name="plot-bound" draw=draw_bound label=bound_alt
                            caption=label(text::BOUND_CAPTION)/>
                    </div>
                    <div class:cue=cue(step, &[4, 5, 6])>
                        <PlotCanvas name="plot-terms" draw=draw_terms label=terms_alt
                            caption=label(text::TERMS_CAPTION)/>
                    </div>
                </section>
            </div>
            <Exercises lesson="gibbs" exercises=&EXERCISES checks=vec![("infinite-gap", infinite_gap)]/>
            <EmbedSnippet title=Signal::derive(move || t(text::TITLE).to_string())/>
        </article>
    }
}
