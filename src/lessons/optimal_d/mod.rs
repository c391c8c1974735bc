//! Lesson: the optimal discriminator (`#/optimal-d?data=…&g=…&x=…&step=…`). The theorem
//! D* = p_data/(p_data + p_g) and its pointwise proof: at a draggable x, f(s) with its maximum
//! at s* = D*(x), the signs of f′ at the ends, and what happens where a density is 0.

mod text;

use leptos::prelude::*;

use crate::components::{
    Derivation, EmbedSnippet, Exercises, MixtureEditor, MixturePlot, Notices, PlotCanvas, Readout,
    RichText, Slider, cue, tr, use_page,
};
use crate::data::Mixture;
use crate::data::mixture_edit::x_range;
use crate::exercise::{Exercise, Kind};
use crate::i18n::{Text, format_number};
use crate::math::gan::{argmax_s, d_star, f_s_prime};
use crate::params::Notice;
use crate::params::mixture::{format_mixture, mixture_param, number_param};
use crate::plot::HIGHLIGHT;
use crate::plot::lines::{Curve, Frame, HLine, Handle, LinesFigure, draw_lines, sample};
use crate::route::{Query, Route};

use super::gan_common::{DATA_COLOR, G_COLOR, P_DATA, P_G, bind, step_param};
use super::{Lesson, Part};

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "optimal-d",
    part: Part::Derivations,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    view: || view! { <OptimalD/> }.into_any(),
};

/// URL keys (dropped by "Reset to defaults").
pub const KEYS: &[&str] = &["data", "g", "x", "step"];
/// Default p_data.
pub const DEFAULT_DATA: &str = "0.5:-2:0.7,0.5:1.5:1";
/// Default p_g.
pub const DEFAULT_G: &str = "1:0:1.5";
const DEFAULT_X: f64 = 0.5;
/// Range of the probe.
pub const X_RANGE: (f64, f64) = (-10.0, 10.0);

#[derive(Clone, Debug, PartialEq)]
struct Params {
    data: Mixture,
    g: Mixture,
    x: f64,
    step: usize,
}

fn read(q: &Query) -> (Params, Vec<Notice>) {
    let mut notices = Vec::new();
    let data = mixture_param(q, "data", DEFAULT_DATA, &mut notices);
    let g = mixture_param(q, "g", DEFAULT_G, &mut notices);
    let x = number_param(q, "x", X_RANGE, DEFAULT_X, &mut notices);
    let step = step_param(q, text::STEPS.len(), &mut notices);
    (Params { data, g, x, step }, notices)
}

/// The maximiser of f(s) = p_d·log s + p_g·log(1 − s) from the densities at x; where one of
/// them underflows to 0 (far in a tail, though a Gaussian density is never 0), the same ratio
/// from their logarithms.
fn s_star(data: &Mixture, g: &Mixture, x: f64) -> f64 {
    let (pd, pg) = (data.pdf(x), g.pdf(x));
    match argmax_s(pd, pg) {
        Some(s) if pd > 0.0 && pg > 0.0 => s,
        _ => d_star(data, g, x),
    }
}

/// f(s)/(p_data(x) + p_g(x)) = D*·log s + (1 − D*)·log(1 − s): the same maximiser as f, and
/// still visible where both densities are tiny.
fn f_scaled(ds: f64, s: f64) -> f64 {
    let term = |w: f64, v: f64| if w == 0.0 { 0.0 } else { w * v.ln() };
    term(ds, s) + term(1.0 - ds, 1.0 - s)
}

/// `#/gan-objective?…&step=5&data=…&g=…`: the logistic discriminator's lesson for these mixtures,
/// keeping the language and lecture mode of `from`.
fn gap_lesson_hash(from: &Query, data: &Mixture, g: &Mixture) -> String {
    let mut to = Route::to("gan-objective");
    for key in ["lang", "lecture"] {
        if let Some(v) = from.get(key) {
            to.query.set(key, v);
        }
    }
    to.query.set("data", format_mixture(data));
    to.query.set("g", format_mixture(g));
    to.query.set("step", "5");
    to.to_hash()
}

/// The lesson's exercises.
static EXERCISES: [Exercise; 3] = [
    Exercise {
        id: "where-half",
        prompt: Text::new(
            "For $p_{data} = \\mathcal{N}(1, 1)$ and $p_g = \\mathcal{N}(-1, 1)$, at which $x$ is $D^*(x) = \\tfrac12$?",
            "Для $p_{data} = \\mathcal{N}(1, 1)$ и $p_g = \\mathcal{N}(-1, 1)$: в какой точке $x$ выполнено $D^*(x) = \\tfrac12$?",
        ),
        kind: Kind::Number {
            answer: 0.0,
            tol: 1e-3,
        },
        hint: Text::new(
            "$D^* = \\tfrac12$ exactly where the two densities are equal.",
            "$D^* = \\tfrac12$ ровно там, где плотности равны.",
        ),
        solution: Text::new(
            "$p_{data}(x) = p_g(x) \\Leftrightarrow (x - 1)^2 = (x + 1)^2 \\Leftrightarrow x = 0$.",
            "$p_{data}(x) = p_g(x) \\Leftrightarrow (x - 1)^2 = (x + 1)^2 \\Leftrightarrow x = 0$.",
        ),
    },
    Exercise {
        id: "d-star-value",
        prompt: Text::new(
            "At a point where $p_{data}(x) = 0.3$ and $p_g(x) = 0.1$, what is $D^*(x)$?",
            "В точке, где $p_{data}(x) = 0{,}3$ и $p_g(x) = 0{,}1$, чему равно $D^*(x)$?",
        ),
        kind: Kind::Number {
            answer: 0.75,
            tol: 1e-6,
        },
        hint: Text::new(
            "$s^* = p_{data}/(p_{data} + p_g)$.",
            "$s^* = p_{data}/(p_{data} + p_g)$.",
        ),
        solution: Text::new("$0.3/0.4 = 0.75$.", "$0{,}3/0{,}4 = 0{,}75$."),
    },
    Exercise {
        id: "zero-density",
        prompt: Text::new(
            "At a point where $p_g(x) = 0$ but $p_{data}(x) > 0$, what does $f(s) = p_{data} \\log s + p_g \\log(1 - s)$ do on $[0, 1]$ (with $0 \\cdot \\log 0 = 0$)?",
            "В точке, где $p_g(x) = 0$, а $p_{data}(x) > 0$, как ведёт себя $f(s) = p_{data} \\log s + p_g \\log(1 - s)$ на $[0, 1]$ (при $0 \\cdot \\log 0 = 0$)?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "it increases, so its maximum on $[0, 1]$ is at $s = 1 = D^*(x)$",
                    "возрастает, поэтому её максимум на $[0, 1]$ в $s = 1 = D^*(x)$",
                ),
                Text::new(
                    "$f'(s) \\to -\\infty$ as $s \\to 1$",
                    "$f'(s) \\to -\\infty$ при $s \\to 1$",
                ),
                Text::new(
                    "it has no maximum on $[0, 1]$",
                    "у неё нет максимума на $[0, 1]$",
                ),
                Text::new("$D^*(x) = \\tfrac12$", "$D^*(x) = \\tfrac12$"),
                Text::new(
                    "on the open interval $(0, 1)$ it has no maximum: the largest value is taken only at the end $s = 1$",
                    "на интервале $(0, 1)$ у неё нет максимума: наибольшее значение достигается только на конце $s = 1$",
                ),
            ],
            correct: &[0, 4],
        },
        hint: Text::new(
            "With $p_g = 0$ only $p_{data} \\log s$ is left; what is $f(1)$?",
            "При $p_g = 0$ остаётся только $p_{data} \\log s$; чему равно $f(1)$?",
        ),
        solution: Text::new(
            "The convention leaves $f = p_{data} \\log s$, with $f(0) = -\\infty$ and $f(1) = 0$; $f' = p_{data}/s > 0$ everywhere, so the slide's limit at $s \\to 1$ fails, yet the maximum over $[0, 1]$ is at $s = 1 = p_{data}/(p_{data} + 0) = D^*(x)$. On the open $(0, 1)$, $f$ only approaches 0 and has no maximum: that is why $f$ is taken on the closed $[0, 1]$.",
            "Соглашение оставляет $f = p_{data} \\log s$, где $f(0) = -\\infty$ и $f(1) = 0$; $f' = p_{data}/s > 0$ всюду, так что неравенство для предела со слайда при $s \\to 1$ не выполняется, но максимум на $[0, 1]$ — в $s = 1 = p_{data}/(p_{data} + 0) = D^*(x)$. На интервале $(0, 1)$ функция $f$ лишь приближается к 0 и максимума не имеет: поэтому $f$ рассматривается на отрезке $[0, 1]$.",
        ),
    },
];

#[component]
fn OptimalD() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let parsed = Memo::new(move |_| page.route.with(|r| read(&r.query)));
    let params = Memo::new(move |_| parsed.with(|(p, _)| p.clone()));
    let notices = Signal::derive(move || parsed.with(|(_, n)| n.clone()));
    let step = Signal::derive(move || params.with(|p| p.step));
    let data = bind(
        "data",
        P_DATA,
        DATA_COLOR,
        Memo::new(move |_| params.with(|p| p.data.clone())),
    );
    let g = bind(
        "g",
        P_G,
        G_COLOR,
        Memo::new(move |_| params.with(|p| p.g.clone())),
    );
    let x_draft = RwSignal::new(None::<f64>);
    let x = Memo::new(move |_| x_draft.get().unwrap_or_else(|| params.with(|p| p.x)));

    let pd = Memo::new(move |_| data.value.with(|m| m.pdf(x.get())));
    let pg = Memo::new(move |_| g.value.with(|m| m.pdf(x.get())));
    let ds = Memo::new(move |_| data.value.with(|d| g.value.with(|m| d_star(d, m, x.get()))));
    let ss = Memo::new(move |_| data.value.with(|d| g.value.with(|m| s_star(d, m, x.get()))));
    let fp0 = Signal::derive(move || f_s_prime(pd.get(), pg.get(), 1e-6));
    let fp1 = Signal::derive(move || f_s_prime(pd.get(), pg.get(), 1.0 - 1e-6));
    let range = Memo::new(move |_| {
        params.with(|p| {
            let (lo, hi) = x_range(&[&p.data, &p.g]);
            (lo.min(p.x - 0.5), hi.max(p.x + 0.5))
        })
    });
    let set_x = Callback::new(move |v: f64| {
        x_draft.set(None);
        let v = (v.clamp(X_RANGE.0, X_RANGE.1) * 1e4).round() / 1e4 + 0.0;
        page.update_query(|q| q.set("x", v.to_string()));
    });

    let fmt = move |v: f64| format_number(v, 4, lang.get());
    let frame = StoredValue::new(None::<Frame>);
    let draw_dstar = move |area: &_, scale| {
        let (r, at, d) = (range.get(), x.get(), ds.get());
        let fig = data.value.with(|pd| {
            g.value.with(|pg| LinesFigure {
                x: r,
                y: Some((0.0, 1.05)),
                curves: vec![Curve {
                    label: "D*(x)".into(),
                    color: crate::plot::INK,
                    points: sample(r, 400, |t| d_star(pd, pg, t)),
                    dashed: false,
                    fill: false,
                }],
                hlines: vec![HLine {
                    y: 0.5,
                    label: "½".into(),
                }],
                marker: Some((at, "x".into())),
                handles: vec![Handle {
                    at: (at, d),
                    color: HIGHLIGHT,
                    filled: true,
                }],
                x_label: "x".into(),
                y_label: "D*".into(),
            })
        });
        if let Ok(f) = draw_lines(area, &fig, scale) {
            frame.set_value(Some(f));
        }
    };
    // A click or drag on the D* plot moves the probe.
    let probe = Callback::new(move |(phase, u, v): (u8, f64, f64)| {
        if let Some(f) = frame.get_value() {
            let t = f.to_data((u, v)).0.clamp(X_RANGE.0, X_RANGE.1);
            if phase == 2 {
                set_x.run(t);
            } else {
                x_draft.set(Some(t));
            }
        }
    });
    let draw_f = move |area: &_, scale| {
        let (d, s) = (ds.get(), ss.get());
        let fig = LinesFigure {
            x: (0.0, 1.0),
            curves: vec![Curve {
                label: "f(s) / (p_data + p_g)".into(),
                color: DATA_COLOR,
                points: sample((0.002, 0.998), 300, |t| f_scaled(d, t)),
                dashed: false,
                fill: false,
            }],
            marker: Some((s, "s*".into())),
            handles: vec![Handle {
                at: (s, f_scaled(d, s)),
                color: HIGHLIGHT,
                filled: true,
            }],
            x_label: "s".into(),
            y_label: "f(s) / (p_data + p_g)".into(),
            ..LinesFigure::default()
        };
        let _ = draw_lines(area, &fig, scale);
    };
    let dstar_alt = Signal::derive(move || {
        page.t(text::DSTAR_ALT)
            .replace("{x}", &fmt(x.get()))
            .replace("{d}", &fmt(ds.get()))
    });
    let f_alt = Signal::derive(move || {
        page.t(text::F_ALT)
            .replace("{pd}", &fmt(pd.get()))
            .replace("{pg}", &fmt(pg.get()))
            .replace("{s}", &fmt(ss.get()))
    });
    let label = move |t: Text| Signal::derive(move || page.t(t).to_string());
    // The previous lesson with these mixtures, at the step on the logistic D's gap.
    let gap_link = Signal::derive(move || {
        page.route
            .with(|r| params.with(|p| gap_lesson_hash(&r.query, &p.data, &p.g)))
    });
    let reset =
        Callback::new(move |_| page.update_query(|q| KEYS.iter().for_each(|k| q.remove(k))));
    let set_step =
        Callback::new(move |k: usize| page.update_query(|q| q.set("step", k.to_string())));

    view! {
        <article class="lesson" data-testid="lesson-optimal-d">
            <h1>{tr(text::TITLE)}</h1>
            <p class="lead"><RichText text=Signal::derive(move || page.t(LESSON.lead))/></p>
            <Notices notices=notices on_reset=reset/>
            <div class="lesson-grid">
                <Derivation steps=&text::STEPS current=step set_step=set_step/>
                <section class="playground" aria-labelledby="densities-title">
                    <h2 id="densities-title">{tr(text::DENSITIES)}</h2>
                    <p class="hint">{tr(text::DENSITIES_HINT)}</p>
                    <div class:cue=cue(step, &[1, 2, 6])>
                        <MixturePlot name="plot-densities" bindings=vec![data, g]
                            extra=Signal::derive(Vec::new)
                            marker=Signal::derive(move || Some((x.get(), "x".to_string())))
                            x=range caption=label(text::DENSITIES_CAPTION)/>
                    </div>
                    <div class="sliders" class:cue=cue(step, &[3, 6])>
                        <Slider name="x-slider" label=text::PROBE value=x min=X_RANGE.0 max=X_RANGE.1 step=0.01
                            draft=Callback::new(move |v| x_draft.set(Some(v))) commit=set_x/>
                    </div>
                    <div class="readouts" class:cue=cue(step, &[3, 4, 6, 7])>
                        <Readout name="p-data-x" label=label(text::P_DATA_X) value=pd digits=6/>
                        <Readout name="p-g-x" label=label(text::P_G_X) value=pg digits=6/>
                        <Readout name="d-star" label=label(text::D_STAR) value=ds digits=6/>
                        <Readout name="s-star" label=label(text::S_STAR) value=ss digits=6/>
                    </div>
                    <div class="mixture-editors">
                        <MixtureEditor binding=data/>
                        <MixtureEditor binding=g/>
                    </div>
                </section>
                <section class="proof-plots" aria-label="D*, f(s)">
                    <div class:cue=cue(step, &[1, 7])>
                        <PlotCanvas name="plot-dstar" draw=draw_dstar label=dstar_alt
                            caption=label(text::DSTAR_CAPTION) on_pointer=probe/>
                    </div>
                    <div class:cue=cue(step, &[3, 4, 5, 6])>
                        <PlotCanvas name="plot-f" draw=draw_f label=f_alt caption=label(text::F_CAPTION)/>
                    </div>
                    <div class="readouts" class:cue=cue(step, &[5, 6])>
                        <Readout name="f-prime-0" label=label(text::F_PRIME_0) value=fp0 digits=4/>
                        <Readout name="f-prime-1" label=label(text::F_PRIME_1) value=fp1 digits=4/>
                    </div>
                    <p class="proof-link" class:cue=cue(step, &[1, 7])>
                        <a href=gap_link data-testid="link-logistic-gap">{tr(text::GAP_LINK)} " →"</a>
                    </p>
                </section>
            </div>
            <Exercises lesson="optimal-d" exercises=&EXERCISES/>
            <EmbedSnippet title=Signal::derive(move || page.t(text::TITLE).to_string())/>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::validate;
    use crate::math::gan::f_s;

    fn m(s: &str) -> Mixture {
        Mixture::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn reads_the_url() {
        let (p, n) = read(&Query::parse("x=-3.5&step=7"));
        assert!(n.is_empty());
        assert_eq!((p.x, p.step, p.data), (-3.5, 7, m(DEFAULT_DATA)));
        let (p, n) = read(&Query::parse("x=11&g=1:0:-1"));
        assert_eq!(n.len(), 2);
        assert_eq!((p.x, p.g), (DEFAULT_X, m(DEFAULT_G)));
    }

    #[test]
    fn s_star_is_d_star_even_in_the_tails() {
        let (d, g) = (m("1:-3:0.3"), m("1:3:0.3"));
        for x in [-9.5, -1.0, 0.0, 0.3, 2.0, 9.5] {
            let (a, b) = (s_star(&d, &g, x), d_star(&d, &g, x));
            assert!(
                (a - b).abs() <= 1e-12 * b.abs().max(1e-300),
                "{x}: {a} vs {b}"
            );
        }
        // Both densities underflow at x = 9.5 (σ = 0.3): the maximiser still comes out right.
        assert_eq!(d.pdf(9.5), 0.0);
        assert!(s_star(&d, &g, 9.5) > 0.0 && s_star(&d, &g, 9.5) < 1e-100);
        // f/(p_d + p_g) peaks at D*.
        for ds in [0.0, 0.2, 0.5, 0.9, 1.0] {
            let best = (0..=1000)
                .map(|i| f64::from(i) / 1000.0)
                .max_by(|a, b| f_scaled(ds, *a).total_cmp(&f_scaled(ds, *b)))
                .unwrap_or(-1.0);
            assert!((best - ds).abs() < 1e-3, "{ds}: {best}");
        }
    }

    #[test]
    fn exercises_are_valid_and_right() {
        validate(&EXERCISES).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d_star(&m("1:1:1"), &m("1:-1:1"), 0.0), 0.5);
        assert!((argmax_s(0.3, 0.1).unwrap_or(0.0) - 0.75).abs() < 1e-15);
        // On [0, 1] with 0·log 0 = 0: p_g = 0 puts the maximum at the end s = 1 (f(1) = 0),
        // p_data = 0 at s = 0; inside (0, 1) every value is below it.
        assert_eq!(argmax_s(0.4, 0.0), Some(1.0));
        assert_eq!(argmax_s(0.0, 0.4), Some(0.0));
        assert_eq!(f_s(0.4, 0.0, 1.0), 0.0);
        assert_eq!(f_s(0.4, 0.0, 0.0), f64::NEG_INFINITY);
        assert!(f_s(0.4, 0.0, 0.999) < 0.0 && f_s(0.0, 0.4, 0.0) == 0.0);
        let Kind::Choice { correct, .. } = EXERCISES[2].kind else {
            panic!("a choice")
        };
        assert_eq!(correct, &[0, 4]);
    }

    #[test]
    fn the_gap_link_keeps_the_mixtures_and_the_language() {
        let q = Query::parse("lang=ru&x=1");
        let h = gap_lesson_hash(&q, &m("0.5:-2:0.7,0.5:1.5:1"), &m("1:0:1.5"));
        assert!(h.starts_with("#/gan-objective?"), "{h}");
        let r = Route::parse(&h);
        assert_eq!(r.query.get("lang"), Some("ru"));
        assert_eq!(r.query.get("step"), Some("5"));
        assert_eq!(r.query.get("x"), None);
        assert_eq!(r.query.get("data").map(m), Some(m("0.5:-2:0.7,0.5:1.5:1")));
        assert_eq!(r.query.get("g").map(m), Some(m("1:0:1.5")));
    }
}
