//! Lesson: Jensen–Shannon and √JS as a metric (`#/js?p=…&q=…&r=…&unit=…&step=…`). The mixture M,
//! the log 2 bound, the metric axioms, a triangle of √JS distances between three editable
//! distributions, and a live search for counterexamples to the triangle inequality.

mod text;

use leptos::prelude::*;

use crate::components::{UnitPicker, cue, tr};

use crate::components::{
    Derivation, DistEditor, EmbedSnippet, Exercises, Notices, PlotCanvas, Readout, RichText,
    use_page,
};
use crate::exercise::{Exercise, Kind};
use crate::i18n::{BITS, NATS, Text, format_number};
use crate::math::Unit;
use crate::math::divergence::{js, kl, mixture, sqrt_js};
use crate::math::triangle::{Candidate, Search, Triple};
use crate::params::format_probabilities;
use crate::plot::divergence::{
    BarSeries, BarsFigure, GaugeFigure, TriangleFigure, draw_bars, draw_gauge, draw_triangle,
};

use super::dists::{DistsParams, set_aligned};
use super::{Lesson, Part};

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "js",
    part: Part::Derivations,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    view: || view! { <JsLesson/> }.into_any(),
};

/// URL keys (dropped by "Reset to defaults").
pub const KEYS: &[&str] = &["p", "q", "r", "unit", "step"];
const DEFAULT_P: &[f64] = &[0.6, 0.3, 0.1];
// Q off the way from P to R: here even D_JS keeps the triangle inequality (0.231 ≤ 0.149 +
// 0.147), so the exercise that breaks it needs work and step 4's example shows the contrast.
const DEFAULT_Q: &[f64] = &[0.1, 0.7, 0.2];
const DEFAULT_R: &[f64] = &[0.1, 0.2, 0.7];
/// Triples checked per animation frame by the search.
const PER_FRAME: usize = 400;
/// The search stops by itself after this many triples.
const SEARCH_LIMIT: u64 = 40_000;

/// The classic counterexample to JS's triangle inequality (step 4): P, Q, R.
const CLASSIC: [&[f64]; 3] = [&[1.0, 0.0], &[0.5, 0.5], &[0.0, 1.0]];

/// Whether D_JS(P‖R) > D_JS(P‖Q) + D_JS(Q‖R) beyond rounding: JS's triangle inequality fails.
fn breaks_js_triangle(p: &[f64], q: &[f64], r: &[f64]) -> bool {
    let (a, b, c) = (js(p, r), js(p, q), js(q, r));
    a > b + c + crate::math::triangle::TOLERANCE * a.max(1.0)
}

/// The lesson's exercises.
static EXERCISES: [Exercise; 4] = [
    Exercise {
        id: "which-metrics",
        prompt: Text::new(
            "Which of these are metrics on distributions?",
            "Какие из этих функций — метрики на распределениях?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new("$D_{KL}(P\\|Q)$", "$D_{KL}(P\\|Q)$"),
                Text::new("$D_{JS}(P\\|Q)$", "$D_{JS}(P\\|Q)$"),
                Text::new("$\\sqrt{D_{JS}(P\\|Q)}$", "$\\sqrt{D_{JS}(P\\|Q)}$"),
            ],
            correct: &[2],
        },
        hint: Text::new(
            "Check symmetry first, then step 4 and the counterexample search.",
            "Сначала проверьте симметрию, затем посмотрите шаг 4 и запустите поиск контрпримера.",
        ),
        solution: Text::new(
            "Only $\\sqrt{D_{JS}}$. $D_{KL}$ is not symmetric (and can be $\\infty$); $D_{JS}$ is symmetric but breaks the triangle inequality, e.g. $P = (1, 0)$, $Q = (\\tfrac12, \\tfrac12)$, $R = (0, 1)$: $\\log 2 \\approx 0.693 > 2 \\cdot 0.216$ (step 4).",
            "Только $\\sqrt{D_{JS}}$. $D_{KL}$ несимметрична (и бывает $\\infty$); $D_{JS}$ симметрична, но нарушает неравенство треугольника, например $P = (1, 0)$, $Q = (\\tfrac12, \\tfrac12)$, $R = (0, 1)$: $\\log 2 \\approx 0{,}693 > 2 \\cdot 0{,}216$ (шаг 4).",
        ),
    },
    Exercise {
        id: "kl-infinite-js-finite",
        prompt: Text::new(
            "Set $P$ and $Q$ so that $D_{KL}(P\\|Q) = \\infty$ while $D_{JS}(P\\|Q)$ is finite, then press Check.",
            "Задайте $P$ и $Q$ так, чтобы $D_{KL}(P\\|Q) = \\infty$, а $D_{JS}(P\\|Q)$ была конечной, и нажмите «Проверить».",
        ),
        kind: Kind::Construction,
        hint: Text::new(
            "JS is always finite (why?); so only the KL condition is hard.",
            "JS всегда конечна (почему?), так что трудно только условие на KL.",
        ),
        solution: Text::new(
            "Any $q_i = 0 < p_i$, e.g. p = (0.5, 0.5, 0), q = (1, 0, 0): KL is ∞, JS ≈ 0.2158 nats — $M$ has mass wherever $P$ does.",
            "Любое $q_i = 0 < p_i$, например p = (0,5; 0,5; 0), q = (1, 0, 0): KL = ∞, JS ≈ 0,2158 ната — у $M$ есть масса везде, где она есть у $P$.",
        ),
    },
    Exercise {
        id: "js-disjoint",
        prompt: Text::new(
            "$D_{JS}$ in bits for $P = (1, 0)$ and $Q = (0, 1)$?",
            "Чему равна $D_{JS}$ в битах для $P = (1, 0)$ и $Q = (0, 1)$?",
        ),
        kind: Kind::Number {
            answer: 1.0,
            tol: 1e-3,
        },
        hint: Text::new(
            "Disjoint supports reach the bound.",
            "Непересекающиеся носители достигают границы.",
        ),
        solution: Text::new(
            "$\\log 2$ nats $= 1$ bit: $M = (\\tfrac12, \\tfrac12)$ and each KL term is $\\log 2$.",
            "$\\log 2$ ната $= 1$ бит: $M = (\\tfrac12, \\tfrac12)$, и каждое слагаемое KL равно $\\log 2$.",
        ),
    },
    Exercise {
        id: "js-triangle-positive",
        prompt: Text::new(
            "The classic counterexample of step 4 uses zeros. Set $P$, $Q$, $R$ with every probability positive so that $D_{JS}(P\\|R) > D_{JS}(P\\|Q) + D_{JS}(Q\\|R)$, then press Check.",
            "Классический контрпример шага 4 использует нули. Задайте $P$, $Q$, $R$ так, чтобы все вероятности были положительны и $D_{JS}(P\\|R) > D_{JS}(P\\|Q) + D_{JS}(Q\\|R)$, и нажмите «Проверить».",
        ),
        kind: Kind::Construction,
        hint: Text::new(
            "Load the classic example, then move a little mass onto each zero: keep $Q$ halfway between $P$ and $R$.",
            "Загрузите классический пример и переложите немного массы на каждый ноль, оставив $Q$ посередине между $P$ и $R$.",
        ),
        solution: Text::new(
            "$P = (0.9, 0.1)$, $Q = (\\tfrac12, \\tfrac12)$, $R = (0.1, 0.9)$: $D_{JS}(P\\|R) \\approx 0.368 > 0.102 + 0.102$. Zeros are not what breaks it: $D_{JS}$ behaves like a squared distance, and squaring a metric can break the triangle inequality, since $(a + b)^2 \\ge a^2 + b^2$.",
            "$P = (0{,}9; 0{,}1)$, $Q = (\\tfrac12, \\tfrac12)$, $R = (0{,}1; 0{,}9)$: $D_{JS}(P\\|R) \\approx 0{,}368 > 0{,}102 + 0{,}102$. Дело не в нулях: $D_{JS}$ ведёт себя как квадрат расстояния, а квадрат метрики может нарушать неравенство треугольника, так как $(a + b)^2 \\ge a^2 + b^2$.",
        ),
    },
];

/// What the search shows, copied out of [`Search`] after each frame.
#[derive(Clone, Debug, Default, PartialEq)]
struct SearchView {
    running: bool,
    tried: u64,
    violations: [u64; 3],
    worst: [Option<(f64, Triple)>; 3],
}

#[component]
fn JsLesson() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let t = move |x: Text| x.get(lang.get());

    let parsed = Memo::new(move |_| {
        page.route.with(|r| {
            DistsParams::from_query(
                &r.query,
                &["p", "q", "r"],
                &[DEFAULT_P, DEFAULT_Q, DEFAULT_R],
                text::STEPS.len(),
            )
        })
    });
    let params = Memo::new(move |_| parsed.with(|(p, _)| p.clone()));
    let notices = Signal::derive(move || parsed.with(|(_, n)| n.clone()));
    let drafts = [
        RwSignal::new(None::<Vec<f64>>),
        RwSignal::new(None::<Vec<f64>>),
        RwSignal::new(None::<Vec<f64>>),
    ];
    let dist = move |k: usize| {
        Memo::new(move |_| {
            drafts[k]
                .get()
                .unwrap_or_else(|| params.with(|s| s.dists[k].clone()))
        })
    };
    let (p, q, r) = (dist(0), dist(1), dist(2));
    let unit = Memo::new(move |_| params.with(|s| s.unit));
    let step = Signal::derive(move || params.with(|s| s.step));
    let u = move |v: f64| unit.get().from_nats(v);

    let js_pq = Memo::new(move |_| u(p.with(|p| q.with(|q| js(p, q)))));
    let js_qr = Memo::new(move |_| u(q.with(|q| r.with(|r| js(q, r)))));
    let js_pr = Memo::new(move |_| u(p.with(|p| r.with(|r| js(p, r)))));
    // √JS in the chosen unit: √(JS in that unit).
    let sq = move |a: Memo<Vec<f64>>, b: Memo<Vec<f64>>| {
        Memo::new(move |_| {
            let nats = a.with(|a| b.with(|b| sqrt_js(a, b)));
            if unit.get() == Unit::Bits {
                nats / std::f64::consts::LN_2.sqrt()
            } else {
                nats
            }
        })
    };
    let (sq_pq, sq_qr, sq_pr) = (sq(p, q), sq(q, r), sq(p, r));
    let unit_name =
        Signal::derive(move || t(if unit.get() == Unit::Bits { BITS } else { NATS }).to_string());
    let sqrt_unit = Signal::derive(move || format!("√{}", unit_name.get()));

    // Editors: all three keep one number of outcomes.
    let commit = move |k: usize| {
        Callback::new(move |v: Vec<f64>| {
            let now = [p.get_untracked(), q.get_untracked(), r.get_untracked()];
            page.update_query(|query| set_aligned(query, &["p", "q", "r"], k, &v, &now))
        })
    };
    let load = move |triple: Triple| {
        page.update_query(|query| {
            query.set("p", format_probabilities(&triple.p));
            query.set("q", format_probabilities(&triple.q));
            query.set("r", format_probabilities(&triple.r));
        })
    };
    let load_classic = move |_| {
        load(Triple {
            p: CLASSIC[0].to_vec(),
            q: CLASSIC[1].to_vec(),
            r: CLASSIC[2].to_vec(),
        })
    };
    let set_step =
        Callback::new(move |k: usize| page.update_query(|q| q.set("step", k.to_string())));
    let reset =
        Callback::new(move |_| page.update_query(|q| KEYS.iter().for_each(|k| q.remove(k))));

    // Figures.
    let fmt = move |v: f64| format_number(v, 4, lang.get());
    let draw_mix = move |area: &_, scale| {
        let (pv, qv) = (p.get(), q.get());
        let m = mixture(&pv, &qv);
        let fig = BarsFigure {
            categories: (1..=pv.len()).map(|i| i.to_string()).collect(),
            series: vec![
                BarSeries {
                    label: "P".into(),
                    values: pv,
                },
                BarSeries {
                    label: "Q".into(),
                    values: qv,
                },
                BarSeries {
                    label: "M".into(),
                    values: m,
                },
            ],
            greyed: vec![],
            highlighted: vec![],
            y_label: t(text::PROBABILITY).into(),
            reference: None,
        };
        let _ = draw_bars(area, &fig, scale);
    };
    let mix_alt = Signal::derive(move || {
        let (pv, qv) = (p.get(), q.get());
        let m = mixture(&pv, &qv);
        let list = (0..pv.len())
            .map(|i| format!("{}: {} / {} / {}", i + 1, fmt(pv[i]), fmt(qv[i]), fmt(m[i])))
            .collect::<Vec<_>>()
            .join("; ");
        t(text::MIX_ALT).replace("{t}", &list)
    });
    let bound = Signal::derive(move || u(std::f64::consts::LN_2));
    let draw_js_gauge = move |area: &_, scale| {
        let fig = GaugeFigure {
            value: js_pq.get(),
            max: bound.get(),
            max_label: format!("log 2 = {}", fmt(bound.get())),
            label: format!("D_JS = {}", fmt(js_pq.get())),
        };
        let _ = draw_gauge(area, &fig, scale);
    };
    let gauge_alt = Signal::derive(move || {
        t(text::GAUGE_ALT)
            .replace("{u}", &unit_name.get())
            .replace("{v}", &fmt(js_pq.get()))
            .replace("{b}", &fmt(bound.get()))
    });
    let draw_tri = move |area: &_, scale| {
        let fig = TriangleFigure {
            pq: sq_pq.get(),
            qr: sq_qr.get(),
            pr: sq_pr.get(),
        };
        let _ = draw_triangle(area, &fig, scale);
    };
    let tri_alt = Signal::derive(move || {
        t(text::TRIANGLE_ALT)
            .replace("{u}", &unit_name.get())
            .replace("{pq}", &fmt(sq_pq.get()))
            .replace("{qr}", &fmt(sq_qr.get()))
            .replace("{pr}", &fmt(sq_pr.get()))
    });

    // The counterexample search: a chunk per animation frame until stopped or done.
    let search_view = RwSignal::new(SearchView::default());
    let search = StoredValue::new_local(None::<Search>);
    // `run` numbers the searches: a frame of a stopped or replaced search ends its chain, and
    // after the page is left every access is a `try_` (the signals are gone), never a panic.
    let run_id = StoredValue::new(0u32);
    fn frame(
        search: StoredValue<Option<Search>, LocalStorage>,
        view: RwSignal<SearchView>,
        run_id: StoredValue<u32>,
        id: u32,
    ) {
        let current = run_id.try_get_value() == Some(id);
        if !current || !view.try_with_untracked(|v| v.running).unwrap_or(false) {
            return;
        }
        let snapshot = search.try_update_value(|s| {
            let s = s.as_mut()?;
            s.step(PER_FRAME);
            let idx = |c: Candidate| Candidate::ALL.iter().position(|x| *x == c).unwrap_or(0);
            let mut out = SearchView {
                running: s.tried() < SEARCH_LIMIT,
                tried: s.tried(),
                ..SearchView::default()
            };
            for c in Candidate::ALL {
                out.violations[idx(c)] = s.violations(c);
                out.worst[idx(c)] = s.worst(c).map(|(e, t)| (e, t.clone()));
            }
            Some(out)
        });
        match snapshot.flatten() {
            Some(v) => {
                let again = v.running;
                view.try_set(v);
                if again {
                    request_animation_frame(move || frame(search, view, run_id, id));
                }
            }
            None => {
                view.try_update(|v| v.running = false);
            }
        }
    }
    let start = move |_| {
        let n = p.with_untracked(Vec::len);
        search.set_value(Some(Search::new(n, js_sys::Date::now() as u64)));
        let id = run_id.get_value().wrapping_add(1);
        run_id.set_value(id);
        search_view.set(SearchView {
            running: true,
            ..SearchView::default()
        });
        request_animation_frame(move || frame(search, search_view, run_id, id));
    };
    let stop = move |_| search_view.update(|v| v.running = false);
    on_cleanup(move || search_view.try_update(|v| v.running = false).unwrap_or(()));

    let candidate_name = move |c: Candidate| match c {
        Candidate::SqrtJs => text::SQRT_JS_NAME.to_string(),
        Candidate::Js => text::JS_NAME.to_string(),
        Candidate::SymKl => t(text::SYM_KL_NAME).to_string(),
    };
    // Numbers in the page's language: «(0,25; 0,75)» in Russian, "(0.25, 0.75)" in English.
    let triple_text = move |tr: &Triple| {
        let l = lang.get();
        let sep = if l == crate::i18n::Lang::Ru {
            "; "
        } else {
            ", "
        };
        let f = |v: &[f64]| {
            v.iter()
                .map(|x| format_number(*x, 4, l))
                .collect::<Vec<_>>()
                .join(sep)
        };
        format!("P = ({}), Q = ({}), R = ({})", f(&tr.p), f(&tr.q), f(&tr.r))
    };
    let label = move |x: Text| Signal::derive(move || t(x).to_string());
    let kl_inf_js_finite = Signal::derive(move || {
        p.with(|p| q.with(|q| kl(p, q) == f64::INFINITY && js(p, q).is_finite()))
    });
    let js_breaks = Signal::derive(move || {
        let (pv, qv, rv) = (p.get(), q.get(), r.get());
        breaks_js_triangle(&pv, &qv, &rv)
    });
    let all_positive = Signal::derive(move || {
        [p.get(), q.get(), r.get()]
            .iter()
            .all(|v| v.iter().all(|&x| x > 0.0))
    });
    let positive_breaks = Signal::derive(move || all_positive.get() && js_breaks.get());
    let positive_why_not = Signal::derive(move || {
        if !all_positive.get() {
            t(text::WHY_ZERO).to_string()
        } else if !js_breaks.get() {
            t(text::WHY_HOLDS).to_string()
        } else {
            String::new()
        }
    });
    let done_verdict = Signal::derive(move || {
        search_view.with(|v| {
            !v.running
                && v.tried > 0
                && v.violations[0] == 0
                && v.violations[1] > 0
                && v.violations[2] > 0
        })
    });

    view! {
        <article class="lesson" data-testid="lesson-js">
            <h1>{tr(text::TITLE)}</h1>
            <p class="lead"><RichText text=Signal::derive(move || t(LESSON.lead))/></p>
            <Notices notices=notices on_reset=reset/>
            <div class="lesson-grid">
                <Derivation steps=&text::STEPS current=step set_step=set_step/>
                <section class="playground" aria-labelledby="playground-title">
                    <h2 id="playground-title">{tr(text::PLAYGROUND)}</h2>
                    <p class="hint">{tr(text::PLAYGROUND_HINT)}</p>
                    <DistEditor name="p" value=p draft=drafts[0] commit=commit(0)/>
                    <DistEditor name="q" value=q draft=drafts[1] commit=commit(1)/>
                    <DistEditor name="r" value=r draft=drafts[2] commit=commit(2)/>
                    <div class="button-row">
                        <button type="button" data-testid="load-classic" class:cue=cue(step, &[4]) on:click=load_classic>
                            {tr(text::LOAD_CLASSIC)}
                        </button>
                        <UnitPicker unit=unit/>
                    </div>
                    <div class="readouts" class:cue=cue(step, &[1, 2, 4, 5, 6])>
                        <Readout name="js-pq" label=label(text::JS_PQ) value=js_pq unit=unit_name digits=6/>
                        <Readout name="js-qr" label=label(text::JS_QR) value=js_qr unit=unit_name digits=6/>
                        <Readout name="js-pr" label=label(text::JS_PR) value=js_pr unit=unit_name digits=6/>
                        <Readout name="sqrt-js-pq" label=label(text::SQRT_PQ) value=sq_pq unit=sqrt_unit digits=6/>
                        <Readout name="sqrt-js-qr" label=label(text::SQRT_QR) value=sq_qr unit=sqrt_unit digits=6/>
                        <Readout name="sqrt-js-pr" label=label(text::SQRT_PR) value=sq_pr unit=sqrt_unit digits=6/>
                    </div>
                </section>
                <section class="figures">
                    <div class:cue=cue(step, &[1])>
                        <PlotCanvas name="plot-mixture" draw=draw_mix label=mix_alt caption=label(text::MIX_CAPTION)/>
                    </div>
                    <div class:cue=cue(step, &[2])>
                        <PlotCanvas name="plot-gauge" draw=draw_js_gauge label=gauge_alt caption=label(text::GAUGE_CAPTION) aspect=0.22/>
                    </div>
                    <div class:cue=cue(step, &[4, 7])>
                        <PlotCanvas name="plot-triangle" draw=draw_tri label=tri_alt caption=label(text::TRIANGLE_CAPTION) aspect=0.5/>
                    </div>
                </section>
                <section class="search" aria-labelledby="search-title" class:cue=cue(step, &[7])>
                    <h2 id="search-title">{tr(text::SEARCH)}</h2>
                    <p class="hint">{tr(text::SEARCH_HINT)}</p>
                    <div class="button-row">
                        <button type="button" data-testid="search-start" disabled=move || search_view.with(|v| v.running) on:click=start>
                            {tr(text::START)}
                        </button>
                        <button type="button" data-testid="search-stop" disabled=move || !search_view.with(|v| v.running) on:click=stop>
                            {tr(text::STOP)}
                        </button>
                    </div>
                    <p>
                        {tr(text::TRIED)} ": "
                        <output data-testid="search-tried" data-value=move || search_view.with(|v| v.tried.to_string())>
                            {move || search_view.with(|v| v.tried.to_string())}
                        </output>
                    </p>
                    <table class="search-table">
                        <thead><tr>
                            <th scope="col">{tr(text::CANDIDATE)}</th>
                            <th scope="col">{tr(text::VIOLATIONS)}</th>
                            <th scope="col">{tr(text::WORST)}</th>
                        </tr></thead>
                        <tbody>
                            {Candidate::ALL.iter().enumerate().map(|(k, &c)| view! {
                                <tr data-testid=format!("search-{}", c.as_str())>
                                    <th scope="row">{move || candidate_name(c)}</th>
                                    <td><output data-testid=format!("violations-{}", c.as_str())
                                        data-value=move || search_view.with(|v| v.violations[k].to_string())>
                                        {move || search_view.with(|v| v.violations[k].to_string())}
                                    </output></td>
                                    <td>
                                        {move || search_view.with(|v| v.worst[k].clone()).filter(|(e, _)| *e > 0.0).map(|(e, tr)| {
                                            let shown = triple_text(&tr);
                                            let tr2 = tr.clone();
                                            view! {
                                                <span class="worst">{fmt(e)} " — " {shown}</span>
                                                " "
                                                <button type="button" data-testid=format!("load-{}", c.as_str())
                                                    on:click=move |_| load(tr2.clone())>{t(text::LOAD)}</button>
                                            }
                                        })}
                                    </td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    <Show when=move || done_verdict.get()>
                        <p class="notice" role="status" data-testid="search-verdict">{tr(text::VERDICT)}</p>
                    </Show>
                </section>
            </div>
            <Exercises lesson="js" exercises=&EXERCISES
                checks=vec![("kl-infinite-js-finite", kl_inf_js_finite), ("js-triangle-positive", positive_breaks)]
                why_not=vec![("js-triangle-positive", positive_why_not)]/>
            <EmbedSnippet title=Signal::derive(move || t(text::TITLE).to_string())/>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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

    #[test]
    fn the_defaults_keep_the_js_triangle() {
        assert!(!breaks_js_triangle(DEFAULT_P, DEFAULT_Q, DEFAULT_R));
        assert!(
            js(DEFAULT_P, DEFAULT_R) + 0.05 < js(DEFAULT_P, DEFAULT_Q) + js(DEFAULT_Q, DEFAULT_R)
        );
    }

    #[test]
    fn exercises_are_valid() {
        assert_eq!(crate::exercise::validate(&EXERCISES), Ok(()));
    }
}
