//! Lesson: the conditional GAN objective (`#/cgan-objective?py=…&data1=…&g1=…&…&class=…&step=…`).
//! Two or three classes with shared weights p(y), each with its own p_data(x|y) and p_g(x|y);
//! D*(x, y) per class, per-class JS and C_y, and C(G) = Σ p(y)·C_y.

mod text;

use leptos::prelude::*;

use crate::components::{
    Derivation, DistEditor, EmbedSnippet, Exercises, MixtureBinding, MixtureEditor, MixturePlot,
    Notices, PlotCanvas, Readout, RichText, cue, tr, use_page,
};
use crate::data::mixture_edit::x_range;
use crate::data::{Component, Mixture};
use crate::exercise::{Exercise, Kind};
use crate::i18n::{NATS, Text, format_number};
use crate::math::gan::{cgan, d_star, js};
use crate::params::mixture::{format_mixture, mixture_param};
use crate::params::{self, Notice, format_probabilities};
use crate::plot::lines::{Curve, HLine, LinesFigure, draw_lines, sample};
use crate::route::Query;

use super::gan_common::{DATA_COLOR, G_COLOR, THIRD_COLOR, bind, step_param};
use super::{Lesson, Part};

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "cgan-objective",
    part: Part::ConditionalGans,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    view: || view! { <CganObjective/> }.into_any(),
};

/// Most classes.
pub const MAX_CLASSES: usize = 3;
const DATA_KEYS: [&str; MAX_CLASSES] = ["data1", "data2", "data3"];
const G_KEYS: [&str; MAX_CLASSES] = ["g1", "g2", "g3"];
/// Defaults of p_data(x|y), by class.
pub const DEFAULT_DATA: [&str; MAX_CLASSES] = ["1:-2:0.7", "1:2:0.7", "1:0:1"];
/// Defaults of p_g(x|y), by class.
pub const DEFAULT_G: [&str; MAX_CLASSES] = ["1:-1:1", "1:2:0.7", "1:1:1"];
const DEFAULT_PY: &[f64] = &[0.5, 0.5];
/// URL keys (dropped by "Reset to defaults").
pub const KEYS: &[&str] = &[
    "py", "data1", "g1", "data2", "g2", "data3", "g3", "class", "step",
];
const JS_NAMES: [&str; MAX_CLASSES] = ["js-y1", "js-y2", "js-y3"];
const C_NAMES: [&str; MAX_CLASSES] = ["c-y1", "c-y2", "c-y3"];
const CLASS_COLORS: [plotters::style::RGBColor; MAX_CLASSES] = [DATA_COLOR, G_COLOR, THIRD_COLOR];

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
    let py = match q
        .get("py")
        .map(|raw| params::parse_probabilities("py", raw, 2, MAX_CLASSES))
    {
        Some(Ok((p, notice))) => {
            notices.extend(notice);
            p
        }
        Some(Err(n)) => {
            notices.push(n);
            DEFAULT_PY.to_vec()
        }
        None => DEFAULT_PY.to_vec(),
    };
    let data = (0..MAX_CLASSES)
        .map(|k| mixture_param(q, DATA_KEYS[k], DEFAULT_DATA[k], &mut notices))
        .collect();
    let g = (0..MAX_CLASSES)
        .map(|k| mixture_param(q, G_KEYS[k], DEFAULT_G[k], &mut notices))
        .collect();
    let class = match q
        .get("class")
        .map(|raw| params::parse_integer("class", raw, 1, py.len()))
    {
        Some(Ok(c)) => c,
        Some(Err(n)) => {
            notices.push(n);
            1
        }
        None => 1,
    };
    let step = step_param(q, text::STEPS.len(), &mut notices);
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

/// Σ_y p(y)·m_y as one mixture (at most 3 classes × 3 components).
fn marginal(py: &[f64], ms: &[Mixture]) -> Mixture {
    let components: Vec<Component> = py
        .iter()
        .zip(ms)
        .flat_map(|(w, m)| {
            m.components()
                .iter()
                .map(move |c| Component { w: c.w * w, ..*c })
        })
        .filter(|c| c.w > 0.0)
        .collect();
    Mixture::new(components).unwrap_or_else(|_| Mixture::standard_normal())
}

/// Class weights for the swap button: p(1) and p(2) both set to their mean (their sum and
/// p(3) kept), so that swapping classes 1 and 2 leaves the overall distribution unchanged.
fn swap_weights(py: &[f64]) -> Vec<f64> {
    let mut w = py.to_vec();
    if w.len() >= 2 {
        let half = 0.5 * (w[0] + w[1]);
        w[0] = half;
        w[1] = half;
    }
    w
}

/// The lesson's exercises.
static EXERCISES: [Exercise; 3] = [
    Exercise {
        id: "total",
        prompt: Text::new(
            "Two classes with $p(y) = (\\tfrac14, \\tfrac34)$. Class 1 is generated perfectly; class 2 has $D_{JS} = \\log 2$ (disjoint). What is $C(G)$ in nats? (4 decimals)",
            "Два класса, $p(y) = (\\tfrac14, \\tfrac34)$. Класс 1 генерируется идеально, у класса 2 $D_{JS} = \\log 2$ (носители не пересекаются). Чему равно $C(G)$ в натах? (4 знака после запятой)",
        ),
        kind: Kind::Number {
            answer: -0.346_573_590_279_972_6,
            tol: 5e-4,
        },
        hint: Text::new(
            "$C_1 = -\\log 4$, $C_2 = 2 \\log 2 - \\log 4 = 0$; weigh them by $p(y)$.",
            "$C_1 = -\\log 4$, $C_2 = 2 \\log 2 - \\log 4 = 0$; взвесьте их по $p(y)$.",
        ),
        solution: Text::new(
            "$\\tfrac14 \\cdot (-\\log 4) + \\tfrac34 \\cdot 0 = -\\tfrac12 \\log 2 \\approx -0.3466$.",
            "$\\tfrac14 \\cdot (-\\log 4) + \\tfrac34 \\cdot 0 = -\\tfrac12 \\log 2 \\approx -0{,}3466$.",
        ),
    },
    Exercise {
        id: "swapped",
        prompt: Text::new(
            "Make the generator's overall distribution $p_g(x)$ equal to $p_{data}(x)$ (mixture JS below $10^{-6}$) while $C(G)$ stays above $-1$. Then press Check.",
            "Добейтесь, чтобы общее распределение генератора $p_g(x)$ совпало с $p_{data}(x)$ (JS смесей меньше $10^{-6}$), а $C(G)$ осталось больше $-1$. Затем нажмите «Проверить».",
        ),
        kind: Kind::Construction,
        hint: Text::new(
            "Let the generator answer a request for one class with examples of another. When does its overall distribution still match the data's?",
            "Пусть генератор отвечает на запрос одного класса примерами другого. Когда его общее распределение всё ещё совпадает с распределением данных?",
        ),
        solution: Text::new(
            "Make the two classes equally likely, $p(1) = p(2)$, and let $p_g(\\cdot \\mid 1) = p_{data}(\\cdot \\mid 2)$, $p_g(\\cdot \\mid 2) = p_{data}(\\cdot \\mid 1)$ (and $p_g(\\cdot \\mid 3) = p_{data}(\\cdot \\mid 3)$ with three classes): the “Generator swaps classes 1 and 2” button does all of it (with three classes, keep $p(3)$ small: a correctly generated class 3 pulls $C(G)$ down by about $p(3) \\log 4$). The mixtures then agree, since $p_g(x) - p_{data}(x) = (p(1) - p(2))(p_{data}(x \\mid 2) - p_{data}(x \\mid 1)) = 0$, yet each class is generated wrongly and $C(G)$ stays far above $-\\log 4$. With unequal weights the swap alone is not enough: $p(y) = (0.3, 0.7)$ leaves a mixture JS of about 0.082 nats.",
            "Сделайте классы равновероятными, $p(1) = p(2)$, и положите $p_g(\\cdot \\mid 1) = p_{data}(\\cdot \\mid 2)$, $p_g(\\cdot \\mid 2) = p_{data}(\\cdot \\mid 1)$ (и $p_g(\\cdot \\mid 3) = p_{data}(\\cdot \\mid 3)$ при трёх классах) — всё это делает кнопка «Генератор путает классы 1 и 2» (при трёх классах $p(3)$ должно быть мало: верно порождённый класс 3 тянет $C(G)$ вниз примерно на $p(3) \\log 4$). Тогда смеси совпадают, потому что $p_g(x) - p_{data}(x) = (p(1) - p(2))(p_{data}(x \\mid 2) - p_{data}(x \\mid 1)) = 0$, но каждый класс порождается неверно, и $C(G)$ остаётся намного выше $-\\log 4$. При неравных весах одной подмены мало: при $p(y) = (0{,}3; 0{,}7)$ JS смесей около 0,082 ната.",
        ),
    },
    Exercise {
        id: "joint",
        prompt: Text::new(
            "In the first expectation of the cGAN objective, how are $x$ and $y$ drawn?",
            "Как выбираются $x$ и $y$ в первом матожидании целевой функции cGAN?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "together, $(x, y) \\sim p_{data}(x, y)$: a real example with its own label",
                    "вместе, $(x, y) \\sim p_{data}(x, y)$: настоящий пример со своей меткой",
                ),
                Text::new(
                    "independently, $x \\sim p_{data}(x)$ and $y \\sim p(y)$",
                    "независимо, $x \\sim p_{data}(x)$ и $y \\sim p(y)$",
                ),
                Text::new("$y$ is chosen by the generator", "$y$ выбирает генератор"),
            ],
            correct: &[0],
        },
        hint: Text::new(
            "With independent draws, what would $D$ learn about labels?",
            "Что $D$ узнал бы о метках при независимом выборе?",
        ),
        solution: Text::new(
            "Jointly. Drawn independently, a real example $x$ from class $y'$ would get a label $y \\ne y'$ with probability $1 - \\sum_y p(y)^2$ — half of all real pairs for two equally likely classes, $\\tfrac38$ for $p(y) = (\\tfrac14, \\tfrac34)$ — and $D$ could not learn that a label belongs to its example.",
            "Совместно. При независимом выборе настоящий пример $x$ класса $y'$ получал бы чужую метку $y \\ne y'$ с вероятностью $1 - \\sum_y p(y)^2$ — половина всех настоящих пар при двух равновероятных классах, $\\tfrac38$ при $p(y) = (\\tfrac14, \\tfrac34)$, — и $D$ не смог бы выучить, что метка принадлежит своему примеру.",
        ),
    },
];

#[component]
fn CganObjective() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let parsed = Memo::new(move |_| page.route.with(|r| read(&r.query)));
    let params = Memo::new(move |_| parsed.with(|(p, _)| p.clone()));
    let notices = Signal::derive(move || parsed.with(|(_, n)| n.clone()));
    let step = Signal::derive(move || params.with(|p| p.step));
    let labels = [
        (
            Text::new("p_data(x | y = 1)", "p_data(x | y = 1)"),
            Text::new("p_g(x | y = 1)", "p_g(x | y = 1)"),
        ),
        (
            Text::new("p_data(x | y = 2)", "p_data(x | y = 2)"),
            Text::new("p_g(x | y = 2)", "p_g(x | y = 2)"),
        ),
        (
            Text::new("p_data(x | y = 3)", "p_data(x | y = 3)"),
            Text::new("p_g(x | y = 3)", "p_g(x | y = 3)"),
        ),
    ];
    let pairs: Vec<(MixtureBinding, MixtureBinding)> = (0..MAX_CLASSES)
        .map(|k| {
            (
                bind(
                    DATA_KEYS[k],
                    labels[k].0,
                    DATA_COLOR,
                    Memo::new(move |_| params.with(|p| p.data[k].clone())),
                ),
                bind(
                    G_KEYS[k],
                    labels[k].1,
                    G_COLOR,
                    Memo::new(move |_| params.with(|p| p.g[k].clone())),
                ),
            )
        })
        .collect();
    let pairs = StoredValue::new(pairs);
    let py_draft = RwSignal::new(None::<Vec<f64>>);
    let py = Memo::new(move |_| {
        py_draft
            .get()
            .unwrap_or_else(|| params.with(|p| p.py.clone()))
    });
    let n = Memo::new(move |_| py.with(Vec::len));
    let class = Memo::new(move |_| params.with(|p| p.class).min(n.get()));
    let current = move |f: fn(&MixtureBinding) -> Memo<Mixture>, which: usize| {
        pairs.with_value(|ps| {
            ps.iter()
                .take(n.get())
                .map(|p| f(if which == 0 { &p.0 } else { &p.1 }).get())
                .collect::<Vec<_>>()
        })
    };
    let value = |b: &MixtureBinding| b.value;
    let terms = Memo::new(move |_| {
        let (d, g) = (current(value, 0), current(value, 1));
        py.with(|w| cgan(w, &d, &g))
    });
    let total = Signal::derive(move || terms.with(|t| t.1));
    let marginal_js = Memo::new(move |_| {
        let (d, g) = (current(value, 0), current(value, 1));
        py.with(|w| js(&marginal(w, &d), &marginal(w, &g)))
    });
    let range = Memo::new(move |_| {
        params.with(|p| {
            let all: Vec<&Mixture> = p.data.iter().chain(&p.g).collect();
            x_range(&all)
        })
    });

    let commit_py = Callback::new(move |v: Vec<f64>| {
        py_draft.set(None);
        page.update_query(|q| q.set("py", format_probabilities(&v)));
    });
    let set_class = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        page.update_query(|q| q.set("class", v));
    };
    // The swap with the condition that makes the mixtures agree: p(1) = p(2), class 3 right.
    let swap = move |_| {
        let (d, w) = params.with_untracked(|p| (p.data.clone(), swap_weights(&p.py)));
        page.update_query(|q| {
            q.set("g1", format_mixture(&d[1]));
            q.set("g2", format_mixture(&d[0]));
            if w.len() > 2 {
                q.set("g3", format_mixture(&d[2]));
            }
            q.set("py", format_probabilities(&w));
        });
    };
    let match_all = move |_| {
        let d = params.with_untracked(|p| p.data.clone());
        page.update_query(|q| {
            for (k, m) in d.iter().enumerate() {
                q.set(G_KEYS[k], format_mixture(m));
            }
        });
    };

    let fmt = move |v: f64| format_number(v, 4, lang.get());
    let draw_dstar = move |area: &_, scale| {
        let x = range.get();
        let (d, g) = (current(value, 0), current(value, 1));
        let curves = d
            .iter()
            .zip(&g)
            .enumerate()
            .map(|(k, (pd, pg))| Curve {
                label: format!("D*(x, {})", k + 1),
                color: CLASS_COLORS[k],
                points: sample(x, 300, |t| d_star(pd, pg, t)),
                dashed: k == 1,
                fill: false,
            })
            .collect();
        let fig = LinesFigure {
            x,
            y: Some((0.0, 1.05)),
            curves,
            hlines: vec![HLine {
                y: 0.5,
                label: "½".into(),
            }],
            x_label: "x".into(),
            y_label: "D*(x, y)".into(),
            ..LinesFigure::default()
        };
        let _ = draw_lines(area, &fig, scale);
    };
    let dstar_alt = Signal::derive(move || {
        let list = terms.with(|t| {
            t.0.iter()
                .enumerate()
                .map(|(k, c)| format!("y = {}: {}", k + 1, fmt(c.c)))
                .collect::<Vec<_>>()
                .join("; ")
        });
        page.t(text::DSTAR_ALT).replace("{list}", &list)
    });
    let label = move |x: Text| Signal::derive(move || page.t(x).to_string());
    let rich = move |x: Text| Signal::derive(move || page.t(x));
    let nats = label(NATS);
    let reset =
        Callback::new(move |_| page.update_query(|q| KEYS.iter().for_each(|k| q.remove(k))));
    let set_step =
        Callback::new(move |k: usize| page.update_query(|q| q.set("step", k.to_string())));
    let swapped = Signal::derive(move || marginal_js.get() < 1e-6 && total.get() > -1.0);
    let row = move |k: usize| {
        let js_k = Signal::derive(move || terms.with(|t| t.0.get(k).map_or(f64::NAN, |c| c.js)));
        let c_k = Signal::derive(move || terms.with(|t| t.0.get(k).map_or(f64::NAN, |c| c.c)));
        let blank = Signal::derive(String::new);
        let hidden = Signal::derive(move || k >= n.get());
        view! {
            <tr hidden=hidden>
                <th scope="row">{k + 1}</th>
                <td><Readout name=JS_NAMES[k] label=blank value=js_k unit=nats digits=6/></td>
                <td><Readout name=C_NAMES[k] label=blank value=c_k unit=nats digits=6/></td>
            </tr>
        }
    };
    let editors = move || {
        let k = class.get() - 1;
        let (d, g) = pairs.with_value(|ps| ps[k]);
        view! {
            <MixturePlot name="plot-densities" bindings=vec![d, g] extra=Signal::derive(Vec::new)
                marker=Signal::derive(|| None) x=range caption=label(text::DENSITIES_CAPTION)/>
            <div class="mixture-editors">
                <MixtureEditor binding=d/>
                <MixtureEditor binding=g/>
            </div>
        }
    };

    view! {
        <article class="lesson" data-testid="lesson-cgan-objective">
            <h1>{tr(text::TITLE)}</h1>
            <p class="lead"><RichText text=Signal::derive(move || page.t(LESSON.lead))/></p>
            <Notices notices=notices on_reset=reset/>
            <div class="lesson-grid">
                <Derivation steps=&text::STEPS current=step set_step=set_step/>
                <section class="playground" aria-labelledby="classes-title">
                    <h2 id="classes-title">{tr(text::CLASSES)}</h2>
                    <p class="hint">{tr(text::CLASSES_HINT)}</p>
                    <DistEditor name="py" value=py draft=py_draft commit=commit_py min_n=2 max_n=MAX_CLASSES
                        legend=text::PY_LEGEND count_label=text::PY_COUNT entry_label=text::PY_ENTRY
                        fewer_label=text::PY_FEWER more_label=text::PY_MORE/>
                    <label class="select">
                        <span>{tr(text::CLASS)}</span>
                        <select data-testid="class-pick" prop:value=move || class.get().to_string() on:change=set_class>
                            {move || (1..=n.get()).map(|k| view! { <option value=k.to_string()>{k}</option> }).collect_view()}
                        </select>
                    </label>
                    <div class:cue=cue(step, &[2, 3])>{editors}</div>
                </section>
                <section class="cgan-terms" aria-labelledby="terms-title">
                    <h2 id="terms-title">{tr(text::TERMS)}</h2>
                    <table class="terms" class:cue=cue(step, &[5])>
                        <thead><tr>
                            <th scope="col">{tr(text::TABLE_CLASS)}</th>
                            <th scope="col"><RichText text=rich(text::TABLE_JS)/></th>
                            <th scope="col"><RichText text=rich(text::TABLE_C)/></th>
                        </tr></thead>
                        <tbody>{row(0)}{row(1)}{row(2)}</tbody>
                    </table>
                    <p><RichText text=rich(text::TOTAL_FORMULA)/></p>
                    <div class="readouts" class:cue=cue(step, &[5, 6])>
                        <Readout name="c-total" label=label(text::TOTAL) value=total unit=nats digits=6/>
                        <Readout name="js-marginal" label=label(text::MARGINAL) value=marginal_js unit=nats digits=6/>
                    </div>
                    <div class="button-row" class:cue=cue(step, &[6])>
                        <button type="button" data-testid="swap-classes" on:click=swap>{tr(text::SWAP)}</button>
                        <button type="button" data-testid="match-all" on:click=match_all>{tr(text::MATCH)}</button>
                    </div>
                    <p class="hint" data-testid="swap-note"><RichText text=rich(text::SWAP_NOTE)/></p>
                    <div class:cue=cue(step, &[4])>
                        <PlotCanvas name="plot-dstar" draw=draw_dstar label=dstar_alt caption=label(text::DSTAR_CAPTION)/>
                    </div>
                </section>
            </div>
            <Exercises lesson="cgan-objective" exercises=&EXERCISES checks=vec![("swapped", swapped)]/>
            <EmbedSnippet title=Signal::derive(move || page.t(text::TITLE).to_string())/>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::validate;
    use std::f64::consts::LN_2;

    fn m(s: &str) -> Mixture {
        Mixture::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn reads_the_url() {
        let (p, n) = read(&Query::parse("py=1,2,1&class=3&g3=1:0:2"));
        assert_eq!(n.len(), 1, "py normalised: {n:?}");
        assert_eq!(p.py, vec![0.25, 0.5, 0.25]);
        assert_eq!((p.class, p.g[2].clone()), (3, m("1:0:2")));
        let (p, n) = read(&Query::parse("py=abc&class=3&data1=zz"));
        assert_eq!(n.len(), 3, "{n:?}");
        assert_eq!((p.py, p.class), (DEFAULT_PY.to_vec(), 1));
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
