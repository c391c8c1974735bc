//! Lesson: the GAN objective (`#/gan-objective?data=…&g=…&d=a:b&step=…`). V(D, G) in both of the
//! seminar's forms, for editable mixtures p_data and p_g and a logistic discriminator
//! D(x) = σ(a·x + b) the user steers, beside the optimal D* and V(D*, G) = C(G).

mod text;

use std::f64::consts::LN_2;

use leptos::prelude::*;

use crate::components::{
    Derivation, EmbedSnippet, Exercises, MixtureEditor, MixturePlot, Notices, PlotCanvas, Readout,
    RichText, Slider, cue, tr, use_page,
};
use crate::data::Mixture;
use crate::data::mixture_edit::x_range;
use crate::exercise::{Exercise, Kind};
use crate::i18n::{NATS, Text, format_number};
use crate::math::gan::{d_star, js, sigmoid, v_linear};
use crate::params::mixture::mixture_param;
use crate::params::{Notice, parse_number};
use crate::plot::lines::{Curve, HLine, LinesFigure, draw_lines, sample};
use crate::route::Query;

use super::gan_common::{DATA_COLOR, G_COLOR, P_DATA, P_G, THIRD_COLOR, bind, step_param};
use super::{Lesson, Part};

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "gan-objective",
    part: Part::Derivations,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    view: || view! { <GanObjective/> }.into_any(),
};

/// URL keys (dropped by "Reset to defaults").
pub const KEYS: &[&str] = &["data", "g", "d", "step"];
/// Default p_data.
pub const DEFAULT_DATA: &str = "1:1:1";
/// Default p_g.
pub const DEFAULT_G: &str = "1:-1:1";
const DEFAULT_D: (f64, f64) = (1.0, 0.0);
/// Range of the slope a.
pub const A_RANGE: (f64, f64) = (-10.0, 10.0);
/// Range of the offset b.
pub const B_RANGE: (f64, f64) = (-20.0, 20.0);

/// Reads `d=a:b`.
pub fn parse_d(raw: &str) -> Result<(f64, f64), Notice> {
    let (a, b) = raw.split_once(':').ok_or_else(|| Notice::OutOfRange {
        param: "d",
        value: raw.chars().take(40).collect(),
        min: A_RANGE.0,
        max: A_RANGE.1,
    })?;
    Ok((
        parse_number("d", a, A_RANGE.0, A_RANGE.1)?,
        parse_number("d", b, B_RANGE.0, B_RANGE.1)?,
    ))
}

fn format_d((a, b): (f64, f64)) -> String {
    let r = |x: f64| (x * 1e4).round() / 1e4 + 0.0;
    format!("{}:{}", r(a), r(b))
}

#[derive(Clone, Debug, PartialEq)]
struct Params {
    data: Mixture,
    g: Mixture,
    d: (f64, f64),
    step: usize,
}

fn read(q: &Query) -> (Params, Vec<Notice>) {
    let mut notices = Vec::new();
    let data = mixture_param(q, "data", DEFAULT_DATA, &mut notices);
    let g = mixture_param(q, "g", DEFAULT_G, &mut notices);
    let d = match q.get("d").map(parse_d) {
        Some(Ok(d)) => d,
        Some(Err(n)) => {
            notices.push(n);
            DEFAULT_D
        }
        None => DEFAULT_D,
    };
    let step = step_param(q, text::STEPS.len(), &mut notices);
    (Params { data, g, d, step }, notices)
}

/// The lesson's exercises.
static EXERCISES: [Exercise; 4] = [
    Exercise {
        id: "constant-half",
        prompt: Text::new(
            "What is $V(D, G)$ in nats for the constant discriminator $D(x) = \\tfrac12$, whatever $p_{data}$ and $p_g$ are? (4 decimals)",
            "Чему равно $V(D, G)$ в натах для постоянного дискриминатора $D(x) = \\tfrac12$ при любых $p_{data}$ и $p_g$? (4 знака после запятой)",
        ),
        kind: Kind::Number {
            answer: -1.386_294_361_119_890_6,
            tol: 5e-4,
        },
        hint: Text::new(
            "Both expectations average a constant: $\\log \\tfrac12$. Set $a = b = 0$ to check.",
            "Оба матожидания усредняют константу $\\log \\tfrac12$. Поставьте $a = b = 0$ и проверьте.",
        ),
        solution: Text::new(
            "$\\log \\tfrac12 + \\log \\tfrac12 = -\\log 4 \\approx -1.3863$ for every $p_g$. It is the same number as the minimum of $C(G)$, reached only at $p_g = p_{data}$ (where $D^* \\equiv \\tfrac12$); but this $D$ is not $D^*$, so here $-\\log 4$ says nothing about $p_g$.",
            "$\\log \\tfrac12 + \\log \\tfrac12 = -\\log 4 \\approx -1{,}3863$ при любом $p_g$. Это то же число, что и минимум $C(G)$, который достигается только при $p_g = p_{data}$ (тогда $D^* \\equiv \\tfrac12$); но этот $D$ — не $D^*$, так что здесь $-\\log 4$ ничего не говорит о $p_g$.",
        ),
    },
    Exercise {
        id: "half-not-sufficient",
        prompt: Text::new(
            "A trained discriminator outputs $D(x) = \\tfrac12$ at every $x$, and $V(D, G) = -\\log 4$. Which conclusions are right?",
            "Обученный дискриминатор выдаёт $D(x) = \\tfrac12$ при всех $x$, и $V(D, G) = -\\log 4$. Какие выводы верны?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "$p_g = p_{data}$: the generator has won",
                    "$p_g = p_{data}$: генератор победил",
                ),
                Text::new(
                    "none about $p_g$ by itself: $D \\equiv \\tfrac12$ gives $V = -\\log 4$ for every $p_g$",
                    "сам по себе никакой вывод о $p_g$ не следует: $D \\equiv \\tfrac12$ даёт $V = -\\log 4$ при любом $p_g$",
                ),
                Text::new(
                    "if this $D$ is the optimal $D^*$ for this $G$, then $p_g = p_{data}$",
                    "если этот $D$ — оптимальный $D^*$ для данного $G$, то $p_g = p_{data}$",
                ),
                Text::new("$C(G) = -\\log 4$", "$C(G) = -\\log 4$"),
            ],
            correct: &[1, 2],
        },
        hint: Text::new(
            "Press “D ≡ ½” with $p_g \\ne p_{data}$ and compare $V(D, G)$ with $V(D^*, G) = C(G)$.",
            "Нажмите «D ≡ ½» при $p_g \\ne p_{data}$ и сравните $V(D, G)$ с $V(D^*, G) = C(G)$.",
        ),
        solution: Text::new(
            "With $D \\equiv \\tfrac12$, $V = \\log \\tfrac12 + \\log \\tfrac12 = -\\log 4$ whatever $p_g$ is: on the defaults $V(D, G) = -1.3863$ while $C(G) \\approx -0.7126$. So $D \\approx \\tfrac12$ everywhere is necessary at the optimum ($p_g = p_{data}$ gives $D^* \\equiv \\tfrac12$) but not sufficient: a discriminator that has learnt nothing says the same. Only if $D = D^*$ does $D^* = p_{data}/(p_{data} + p_g) \\equiv \\tfrac12$ force $p_{data} = p_g$, and only then does $C(G) = -\\log 4$ (the fourth option) follow.",
            "При $D \\equiv \\tfrac12$ имеем $V = \\log \\tfrac12 + \\log \\tfrac12 = -\\log 4$ при любом $p_g$: по умолчанию $V(D, G) = -1{,}3863$, а $C(G) \\approx -0{,}7126$. Поэтому «$D \\approx \\tfrac12$ всюду» — необходимое условие оптимума ($p_g = p_{data}$ даёт $D^* \\equiv \\tfrac12$), но не достаточное: так же отвечает дискриминатор, который ничему не научился. Только если $D = D^*$, равенство $p_{data}/(p_{data} + p_g) \\equiv \\tfrac12$ влечёт $p_{data} = p_g$, и только тогда следует $C(G) = -\\log 4$ (четвёртый вариант).",
        ),
    },
    Exercise {
        id: "reach-dstar",
        prompt: Text::new(
            "Keep $p_{data} = \\mathcal{N}(1, 1)$ and $p_g = \\mathcal{N}(-1, 1)$ (the defaults) and set $a$, $b$ so that $V(D, G)$ is within 0.001 of $V(D^*, G)$. Then press Check.",
            "Оставьте $p_{data} = \\mathcal{N}(1, 1)$ и $p_g = \\mathcal{N}(-1, 1)$ (по умолчанию) и подберите $a$, $b$ так, чтобы $V(D, G)$ отличалось от $V(D^*, G)$ меньше чем на 0,001. Затем нажмите «Проверить».",
        ),
        kind: Kind::Construction,
        hint: Text::new(
            "With equal spreads $\\log\\frac{D^*}{1 - D^*} = \\log p_{data} - \\log p_g$ is linear in $x$.",
            "При равных разбросах $\\log\\frac{D^*}{1 - D^*} = \\log p_{data} - \\log p_g$ линейна по $x$.",
        ),
        solution: Text::new(
            "$\\log p_{data} - \\log p_g = \\frac{(x + 1)^2 - (x - 1)^2}{2} = 2x$, so $a = 2$, $b = 0$ gives $D = D^*$ exactly.",
            "$\\log p_{data} - \\log p_g = \\frac{(x + 1)^2 - (x - 1)^2}{2} = 2x$, поэтому $a = 2$, $b = 0$ дают ровно $D = D^*$.",
        ),
    },
    Exercise {
        id: "why-pg",
        prompt: Text::new(
            "Why may $\\mathbb{E}_{z \\sim p_z} \\log(1 - D(G(z)))$ be written as $\\mathbb{E}_{x \\sim p_g} \\log(1 - D(x))$?",
            "Почему $\\mathbb{E}_{z \\sim p_z} \\log(1 - D(G(z)))$ можно записать как $\\mathbb{E}_{x \\sim p_g} \\log(1 - D(x))$?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "$p_g$ is by definition the distribution of $x = G(z)$, $z \\sim p_z$",
                    "$p_g$ по определению — распределение $x = G(z)$, $z \\sim p_z$",
                ),
                Text::new("$G$ must be invertible", "$G$ должен быть обратимым"),
                Text::new(
                    "$D$ must be the optimal $D^*$",
                    "$D$ должен быть оптимальным $D^*$",
                ),
                Text::new(
                    "it holds for any function $h$: $\\mathbb{E}_z h(G(z)) = \\mathbb{E}_{x \\sim p_g} h(x)$",
                    "это верно для любой функции $h$: $\\mathbb{E}_z h(G(z)) = \\mathbb{E}_{x \\sim p_g} h(x)$",
                ),
            ],
            correct: &[0, 3],
        },
        hint: Text::new(
            "It is a change of variables in the expectation; nothing about $D$ is used.",
            "Это замена переменной в матожидании; никаких свойств $D$ она не использует.",
        ),
        solution: Text::new(
            "The expectation of $h(G(z))$ depends only on the distribution of $G(z)$, which is $p_g$. No invertibility and no optimal $D$ are needed.",
            "Матожидание $h(G(z))$ зависит только от распределения $G(z)$, то есть от $p_g$. Ни обратимость, ни оптимальность $D$ не нужны.",
        ),
    },
];

#[component]
fn GanObjective() -> impl IntoView {
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
    let d_draft = RwSignal::new(None::<(f64, f64)>);
    let d = Memo::new(move |_| d_draft.get().unwrap_or_else(|| params.with(|p| p.d)));

    let v_dg = Memo::new(move |_| {
        let (a, b) = d.get();
        data.value
            .with(|pd| g.value.with(|pg| v_linear(pd, pg, a, b)))
    });
    // V(D*, G) = C(G) = 2·JS − log 4 (the accurate route to the same integral).
    let v_star = Memo::new(move |_| {
        data.value
            .with(|pd| g.value.with(|pg| 2.0 * js(pd, pg) - 2.0 * LN_2))
    });
    let gap = Signal::derive(move || (v_star.get() - v_dg.get()).max(0.0));
    let range = Memo::new(move |_| params.with(|p| x_range(&[&p.data, &p.g])));

    let set_d = move |d: (f64, f64)| {
        d_draft.set(None);
        page.update_query(|q| q.set("d", format_d(d)));
    };
    let slider = move |which: usize| {
        let (name, label, r, stepsize) = if which == 0 {
            ("d-a", Text::new("a", "a"), A_RANGE, 0.05)
        } else {
            ("d-b", Text::new("b", "b"), B_RANGE, 0.05)
        };
        let with = move |v: f64| {
            let (a, b) = d.get_untracked();
            if which == 0 { (v, b) } else { (a, v) }
        };
        view! {
            <Slider name=name label=label value=Signal::derive(move || if which == 0 { d.get().0 } else { d.get().1 })
                min=r.0 max=r.1 step=stepsize
                draft=Callback::new(move |v| d_draft.set(Some(with(v))))
                commit=Callback::new(move |v| set_d(with(v)))/>
        }
    };
    let draw_d = move |area: &_, scale| {
        let (a, b) = d.get();
        let x = range.get();
        let fig = data.value.with(|pd| {
            g.value.with(|pg| LinesFigure {
                x,
                y: Some((0.0, 1.05)),
                curves: vec![
                    Curve {
                        label: "D(x)".into(),
                        color: THIRD_COLOR,
                        points: sample(x, 300, |t| sigmoid(a * t + b)),
                        dashed: false,
                        fill: false,
                    },
                    Curve {
                        label: "D*(x)".into(),
                        color: crate::plot::INK,
                        points: sample(x, 300, |t| d_star(pd, pg, t)),
                        dashed: true,
                        fill: false,
                    },
                ],
                hlines: vec![HLine {
                    y: 0.5,
                    label: "½".into(),
                }],
                x_label: "x".into(),
                y_label: "D".into(),
                ..LinesFigure::default()
            })
        });
        let _ = draw_lines(area, &fig, scale);
    };
    let fmt = move |v: f64| format_number(v, 4, lang.get());
    let d_alt = Signal::derive(move || {
        let (a, b) = d.get();
        let sign = if b < 0.0 { "−" } else { "+" };
        page.t(text::D_ALT)
            .replace("{a}", &fmt(a))
            .replace("{b}", &format!("{sign} {}", fmt(b.abs())))
            .replace("{v}", &fmt(v_dg.get()))
            .replace("{vs}", &fmt(v_star.get()))
    });
    let label = move |x: Text| Signal::derive(move || page.t(x).to_string());
    let nats = label(NATS);
    let reset =
        Callback::new(move |_| page.update_query(|q| KEYS.iter().for_each(|k| q.remove(k))));
    let set_step =
        Callback::new(move |k: usize| page.update_query(|q| q.set("step", k.to_string())));
    let reached = Signal::derive(move || {
        let same = |m: &Mixture, s: &str| Mixture::parse(s).is_ok_and(|d| d == *m);
        data.value.with(|m| same(m, DEFAULT_DATA))
            && g.value.with(|m| same(m, DEFAULT_G))
            && gap.get() < 1e-3
    });

    view! {
        <article class="lesson" data-testid="lesson-gan-objective">
            <h1>{tr(text::TITLE)}</h1>
            <p class="lead"><RichText text=Signal::derive(move || page.t(LESSON.lead))/></p>
            <Notices notices=notices on_reset=reset/>
            <div class="lesson-grid">
                <Derivation steps=&text::STEPS current=step set_step=set_step/>
                <section class="playground" aria-labelledby="densities-title">
                    <h2 id="densities-title">{tr(text::DENSITIES)}</h2>
                    <p class="hint">{tr(text::DENSITIES_HINT)}</p>
                    <div class:cue=cue(step, &[1, 2, 3])>
                        <MixturePlot name="plot-densities" bindings=vec![data, g]
                            extra=Signal::derive(Vec::new) marker=Signal::derive(|| None)
                            x=range caption=label(text::DENSITIES_CAPTION)/>
                    </div>
                    <div class="mixture-editors">
                        <MixtureEditor binding=data/>
                        <MixtureEditor binding=g/>
                    </div>
                </section>
                <section class="discriminator" aria-labelledby="d-title" class:cue=cue(step, &[4, 5])>
                    <h2 id="d-title">{tr(text::DISCRIMINATOR)}</h2>
                    <div class="sliders">
                        {slider(0)}
                        {slider(1)}
                        <button type="button" data-testid="d-half" on:click=move |_| set_d((0.0, 0.0))>{tr(text::HALF)}</button>
                    </div>
                    <div class="readouts">
                        <Readout name="v-d-g" label=label(text::V_D_G) value=v_dg unit=nats digits=6/>
                        <Readout name="v-dstar" label=label(text::V_DSTAR) value=v_star unit=nats digits=6/>
                        <Readout name="v-gap" label=label(text::GAP) value=gap unit=nats digits=4/>
                    </div>
                    <p class="hint warning" role="note" data-testid="warning-half">
                        <RichText text=Signal::derive(move || page.t(text::WARN_HALF))/>
                    </p>
                    <PlotCanvas name="plot-d" draw=draw_d label=d_alt caption=label(text::D_CAPTION)/>
                </section>
            </div>
            <Exercises lesson="gan-objective" exercises=&EXERCISES checks=vec![("reach-dstar", reached)]/>
            <EmbedSnippet title=Signal::derive(move || page.t(text::TITLE).to_string())/>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::validate;

    #[test]
    fn reads_the_url() {
        let (p, n) = read(&Query::parse("d=2:-0.5&step=3"));
        assert!(n.is_empty());
        assert_eq!((p.d, p.step), ((2.0, -0.5), 3));
        assert_eq!(
            p.data,
            Mixture::parse(DEFAULT_DATA).unwrap_or_else(|e| panic!("{e}"))
        );
        let (p, n) = read(&Query::parse("d=abc&data=1:0:0&g=x&step=9"));
        assert_eq!(n.len(), 4, "{n:?}");
        assert_eq!((p.d, p.step), (DEFAULT_D, 1));
        assert!(parse_d("11:0").is_err() && parse_d("0:21").is_err() && parse_d("1").is_err());
        assert_eq!(format_d((0.1 + 0.2, -0.0)), "0.3:0");
    }

    #[test]
    fn exercises_are_valid_and_right() {
        validate(&EXERCISES).unwrap_or_else(|e| panic!("{e}"));
        // D ≡ ½ gives −log 4 for any pair; a = 2, b = 0 is D* for the defaults.
        let (pd, pg) = (
            Mixture::parse(DEFAULT_DATA).unwrap_or_else(|e| panic!("{e}")),
            Mixture::parse(DEFAULT_G).unwrap_or_else(|e| panic!("{e}")),
        );
        let Kind::Number { answer, .. } = EXERCISES[0].kind else {
            panic!("a number")
        };
        assert!((v_linear(&pd, &pg, 0.0, 0.0) - answer).abs() < 1e-12);
        let best = 2.0 * js(&pd, &pg) - 2.0 * LN_2;
        assert!((v_linear(&pd, &pg, 2.0, 0.0) - best).abs() < 1e-10);
        assert!(v_linear(&pd, &pg, 1.0, 0.0) < best - 1e-3);
        // D ≡ ½ with p_g ≠ p_data: V = −log 4 while C(G) is well above it (the warning's case).
        assert!(best > -4f64.ln() + 0.5, "{best}");
        let Kind::Choice { correct, .. } = EXERCISES[1].kind else {
            panic!("a choice")
        };
        assert_eq!(correct, &[1, 2]);
        // The logistic D reaches D* for p_g = p_data with a = b = 0 (no gap).
        let mix = Mixture::parse("0.3:-2:0.5,0.7:1:1.5").unwrap_or_else(|e| panic!("{e}"));
        let c = 2.0 * js(&mix, &mix) - 2.0 * LN_2;
        assert!((v_linear(&mix, &mix, 0.0, 0.0) - c).abs() < 1e-12);
    }
}
