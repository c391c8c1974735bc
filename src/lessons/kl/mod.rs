//! Lesson: divergences and Kullback–Leibler (`#/kl?p=…&q=…&gp=μ:σ&gq=μ:σ&unit=…&step=…`).
//! Both directions of KL side by side with per-outcome contributions (∞ shown as ∞, with its
//! reason), and a continuous panel: two Gaussians with the closed-form KL.

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
use crate::math::divergence::{kl, kl_gauss, kl_terms};
use crate::params::{Notice, format_probabilities};
use crate::plot::divergence::{BarSeries, BarsFigure, GaussFigure, draw_bars, draw_gaussians};
use crate::route::Query;

use super::dists::{DistsParams, amount, set_aligned};
use super::{Lesson, Part};

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "kl",
    part: Part::Derivations,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    view: || view! { <KlLesson/> }.into_any(),
};

/// URL keys (dropped by "Reset to defaults").
pub const KEYS: &[&str] = &["p", "q", "gp", "gq", "unit", "step"];
const DEFAULT_P: &[f64] = &[0.5, 0.5];
const DEFAULT_Q: &[f64] = &[0.25, 0.75];
const DEFAULT_GP: (f64, f64) = (0.0, 1.0);
const DEFAULT_GQ: (f64, f64) = (1.0, 1.5);
/// Range of a Gaussian's mean.
pub const MEAN_RANGE: (f64, f64) = (-5.0, 5.0);
/// Range of a Gaussian's spread.
pub const SPREAD_RANGE: (f64, f64) = (0.1, 5.0);

/// Reads `gp=μ:σ`; a bad value gives a notice and `None`.
pub fn parse_gauss(param: &'static str, raw: &str) -> Result<(f64, f64), Notice> {
    let bad = || Notice::OutOfRange {
        param,
        value: raw.chars().take(40).collect(),
        min: SPREAD_RANGE.0,
        max: SPREAD_RANGE.1,
    };
    let (mu, sigma) = raw.split_once(':').ok_or_else(bad)?;
    let mu = crate::params::parse_number(param, mu, MEAN_RANGE.0, MEAN_RANGE.1)?;
    let sigma = crate::params::parse_number(param, sigma, SPREAD_RANGE.0, SPREAD_RANGE.1)?;
    Ok((mu, sigma))
}

fn gauss_param(
    q: &Query,
    param: &'static str,
    default: (f64, f64),
    notices: &mut Vec<Notice>,
) -> (f64, f64) {
    match q.get(param).map(|raw| parse_gauss(param, raw)) {
        Some(Ok(g)) => g,
        Some(Err(n)) => {
            notices.push(n);
            default
        }
        None => default,
    }
}

fn format_gauss((mu, sigma): (f64, f64)) -> String {
    let r = |x: f64| (x * 1e6).round() / 1e6;
    format!("{}:{}", r(mu), r(sigma))
}

/// The lesson's exercises.
static EXERCISES: [Exercise; 4] = [
    Exercise {
        id: "kl-value",
        prompt: Text::new(
            "Compute $D_{KL}(P\\|Q)$ in nats for $p = (\\tfrac12, \\tfrac12)$, $q = (\\tfrac14, \\tfrac34)$ (4 decimals).",
            "Найдите $D_{KL}(P\\|Q)$ в натах для $p = (\\tfrac12, \\tfrac12)$, $q = (\\tfrac14, \\tfrac34)$ (4 знака после запятой).",
        ),
        kind: Kind::Number {
            answer: 0.143_841_036_225_890_3,
            tol: 5e-4,
        },
        hint: Text::new(
            "$\\tfrac12 \\log \\frac{1/2}{1/4} + \\tfrac12 \\log \\frac{1/2}{3/4}$.",
            "$\\tfrac12 \\log \\frac{1/2}{1/4} + \\tfrac12 \\log \\frac{1/2}{3/4}$.",
        ),
        solution: Text::new(
            "$\\tfrac12 \\log 2 + \\tfrac12 \\log \\tfrac23 = \\tfrac12 \\log \\tfrac43 \\approx 0.1438$ nats (the default editors show it).",
            "$\\tfrac12 \\log 2 + \\tfrac12 \\log \\tfrac23 = \\tfrac12 \\log \\tfrac43 \\approx 0{,}1438$ ната (это значения редакторов по умолчанию).",
        ),
    },
    Exercise {
        id: "one-way-infinite",
        prompt: Text::new(
            "Make $D_{KL}(P\\|Q) = +\\infty$ while $D_{KL}(Q\\|P)$ stays finite, then press Check.",
            "Добейтесь, чтобы $D_{KL}(P\\|Q) = +\\infty$, а $D_{KL}(Q\\|P)$ осталась конечной, и нажмите «Проверить».",
        ),
        kind: Kind::Construction,
        hint: Text::new(
            "Infinity comes from an outcome where one distribution is 0 and the other is not. Which way round?",
            "Бесконечность возникает на исходе, где одно распределение равно 0, а другое нет. В какую сторону?",
        ),
        solution: Text::new(
            "Give Q a zero where P is positive, but never the reverse, e.g. p = (0.5, 0.5), q = (1, 0).",
            "Поставьте в Q ноль там, где P положительно, но не наоборот, например p = (0,5; 0,5), q = (1, 0).",
        ),
    },
    Exercise {
        id: "kl-properties",
        prompt: Text::new(
            "Which statements about $D_{KL}$ are true?",
            "Какие утверждения о $D_{KL}$ верны?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "$D_{KL}(P\\|Q) \\ge 0$ for all $P, Q$",
                    "$D_{KL}(P\\|Q) \\ge 0$ при любых $P, Q$",
                ),
                Text::new(
                    "$D_{KL}(P\\|Q) = D_{KL}(Q\\|P)$ for all $P, Q$",
                    "$D_{KL}(P\\|Q) = D_{KL}(Q\\|P)$ при любых $P, Q$",
                ),
                Text::new(
                    "$D_{KL}(P\\|Q) = +\\infty$ for some $P, Q$",
                    "$D_{KL}(P\\|Q) = +\\infty$ при некоторых $P, Q$",
                ),
                Text::new(
                    "$D_{KL}(P\\|R) \\le D_{KL}(P\\|Q) + D_{KL}(Q\\|R)$ for all $P, Q, R$",
                    "$D_{KL}(P\\|R) \\le D_{KL}(P\\|Q) + D_{KL}(Q\\|R)$ при любых $P, Q, R$",
                ),
            ],
            correct: &[0, 2],
        },
        hint: Text::new(
            "Gibbs' inequality settles the first. The playground settles the second (the default editors) and the third (a zero in $q$). The last involves three distributions and the playground holds two: enter the pairs $(P, Q)$, $(Q, R)$ and $(P, R)$ one after another, e.g. for $P = (1, 0)$, $Q = (\\tfrac12, \\tfrac12)$, $R = (\\tfrac14, \\tfrac34)$.",
            "Первое следует из неравенства Гиббса. Второе и третье проверяются в песочнице (редакторы по умолчанию и ноль в $q$). В последнем участвуют три распределения, а в песочнице их два: введите по очереди пары $(P, Q)$, $(Q, R)$ и $(P, R)$, например для $P = (1, 0)$, $Q = (\\tfrac12, \\tfrac12)$, $R = (\\tfrac14, \\tfrac34)$.",
        ),
        solution: Text::new(
            "True: non-negativity (Gibbs) and $+\\infty$ for some pairs, e.g. $p = (\\tfrac12, \\tfrac12)$, $q = (1, 0)$. False: symmetry (the default editors give 0.1438 and 0.1308 nats) and the triangle inequality, e.g. $p = (1, 0)$, $q = (\\tfrac12, \\tfrac12)$, $r = (\\tfrac14, \\tfrac34)$: $D_{KL}(p\\|r) = \\log 4 \\approx 1.386$, while $D_{KL}(p\\|q) + D_{KL}(q\\|r) = \\log 2 + \\tfrac12 \\log\\tfrac43 \\approx 0.837$. The JS lesson's search finds such triples for symmetrised KL too.",
            "Верно: неотрицательность (неравенство Гиббса) и $+\\infty$ для некоторых пар, например $p = (\\tfrac12, \\tfrac12)$, $q = (1, 0)$. Неверно: симметрия (редакторы по умолчанию дают 0,1438 и 0,1308 ната) и неравенство треугольника, например $p = (1, 0)$, $q = (\\tfrac12, \\tfrac12)$, $r = (\\tfrac14, \\tfrac34)$: $D_{KL}(p\\|r) = \\log 4 \\approx 1{,}386$, а $D_{KL}(p\\|q) + D_{KL}(q\\|r) = \\log 2 + \\tfrac12 \\log\\tfrac43 \\approx 0{,}837$. Поиск в уроке о функции близости Йенсена–Шеннона находит такие тройки и для симметризованной KL.",
        ),
    },
    Exercise {
        id: "gauss-shift",
        prompt: Text::new(
            "$D_{KL}\\big(\\mathcal N(0, 1) \\,\\|\\, \\mathcal N(1, 1)\\big)$ in nats?",
            "Чему равна $D_{KL}\\big(\\mathcal N(0, 1) \\,\\|\\, \\mathcal N(1, 1)\\big)$ в натах?",
        ),
        kind: Kind::Number {
            answer: 0.5,
            tol: 1e-3,
        },
        hint: Text::new(
            "Equal spreads: only the $(\\mu_p - \\mu_q)^2 / (2\\sigma_q^2)$ term is left. Set the Gaussian panel to check.",
            "Разбросы равны: остаётся только $(\\mu_p - \\mu_q)^2 / (2\\sigma_q^2)$. Проверьте на панели гауссиан.",
        ),
        solution: Text::new(
            "$\\log 1 + \\frac{1 + 1}{2} - \\frac12 = \\frac12$ nat.",
            "$\\log 1 + \\frac{1 + 1}{2} - \\frac12 = \\frac12$ ната.",
        ),
    },
];

#[component]
fn KlLesson() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let t = move |x: Text| x.get(lang.get());

    let parsed = Memo::new(move |_| {
        page.route.with(|r| {
            let (d, mut notices) = DistsParams::from_query(
                &r.query,
                &["p", "q"],
                &[DEFAULT_P, DEFAULT_Q],
                text::STEPS.len(),
            );
            let gp = gauss_param(&r.query, "gp", DEFAULT_GP, &mut notices);
            let gq = gauss_param(&r.query, "gq", DEFAULT_GQ, &mut notices);
            ((d, gp, gq), notices)
        })
    });
    let params = Memo::new(move |_| parsed.with(|(p, _)| p.0.clone()));
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
    let g_draft = RwSignal::new(None::<((f64, f64), (f64, f64))>);
    let gauss = Memo::new(move |_| {
        g_draft
            .get()
            .unwrap_or_else(|| parsed.with(|(p, _)| (p.1, p.2)))
    });

    let kl_pq = Memo::new(move |_| unit.get().from_nats(p.with(|p| q.with(|q| kl(p, q)))));
    let kl_qp = Memo::new(move |_| unit.get().from_nats(p.with(|p| q.with(|q| kl(q, p)))));
    let g_pq = Memo::new(move |_| {
        let ((m1, s1), (m2, s2)) = gauss.get();
        unit.get().from_nats(kl_gauss(m1, s1, m2, s2))
    });
    let g_qp = Memo::new(move |_| {
        let ((m1, s1), (m2, s2)) = gauss.get();
        unit.get().from_nats(kl_gauss(m2, s2, m1, s1))
    });
    let unit_name =
        Signal::derive(move || t(if unit.get() == Unit::Bits { BITS } else { NATS }).to_string());
    // The first outcome that makes a direction infinite (1-based), for the reason line.
    let missing = move |a: &[f64], b: &[f64]| {
        a.iter()
            .zip(b)
            .position(|(x, y)| *x > 0.0 && *y == 0.0)
            .map(|i| i + 1)
    };
    let inf_pq = Memo::new(move |_| p.with(|p| q.with(|q| missing(p, q))));
    let inf_qp = Memo::new(move |_| p.with(|p| q.with(|q| missing(q, p))));

    let commit = move |k: usize| {
        Callback::new(move |v: Vec<f64>| {
            let now = [p.get_untracked(), q.get_untracked()];
            page.update_query(|query| set_aligned(query, &["p", "q"], k, &v, &now))
        })
    };
    let (commit_p, commit_q) = (commit(0), commit(1));
    let swap = move |_| {
        let (a, b) = (p.get_untracked(), q.get_untracked());
        page.update_query(|query| {
            query.set("p", format_probabilities(&b));
            query.set("q", format_probabilities(&a));
        })
    };
    let set_step =
        Callback::new(move |k: usize| page.update_query(|q| q.set("step", k.to_string())));
    let reset =
        Callback::new(move |_| page.update_query(|q| KEYS.iter().for_each(|k| q.remove(k))));

    let terms_axis = move || t(text::TERMS_AXIS).replace("{u}", &unit_name.get());
    let draw_terms = move |area: &_, scale| {
        let u = unit.get();
        let (a, b) = p.with(|p| q.with(|q| (kl_terms(p, q), kl_terms(q, p))));
        let fig = BarsFigure {
            series: vec![
                BarSeries {
                    label: "p·log(p/q)".into(),
                    values: a.iter().map(|v| u.from_nats(*v)).collect(),
                },
                BarSeries {
                    label: "q·log(q/p)".into(),
                    values: b.iter().map(|v| u.from_nats(*v)).collect(),
                },
            ],
            categories: (1..=a.len()).map(|i| i.to_string()).collect(),
            greyed: vec![],
            highlighted: a
                .iter()
                .zip(&b)
                .map(|(x, y)| step.get() == 4 && (x.is_infinite() || y.is_infinite()))
                .collect(),
            y_label: terms_axis(),
            reference: None,
        };
        let _ = draw_bars(area, &fig, scale);
    };
    let fmt = move |v: f64| format_number(v, 4, lang.get());
    let terms_alt = Signal::derive(move || {
        let u = unit.get();
        let (a, b) = p.with(|p| q.with(|q| (kl_terms(p, q), kl_terms(q, p))));
        let list = a
            .iter()
            .zip(&b)
            .enumerate()
            .map(|(i, (x, y))| {
                format!(
                    "{}: {} / {}",
                    i + 1,
                    fmt(u.from_nats(*x)),
                    fmt(u.from_nats(*y))
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        t(text::TERMS_ALT)
            .replace("{y}", &terms_axis())
            .replace("{t}", &list)
    });
    let draw_gauss = move |area: &_, scale| {
        let (gp, gq) = gauss.get();
        let fig = GaussFigure {
            p: gp,
            q: gq,
            x_label: t(text::X_AXIS).into(),
        };
        let _ = draw_gaussians(area, &fig, scale);
    };
    let gauss_alt = Signal::derive(move || {
        let ((mp, sp), (mq, sq)) = gauss.get();
        let (u, l) = (unit.get(), lang.get());
        t(text::GAUSS_ALT)
            .replace("{mp}", &fmt(mp))
            .replace("{sp}", &fmt(sp))
            .replace("{mq}", &fmt(mq))
            .replace("{sq}", &fmt(sq))
            .replace("{pq}", &amount(g_pq.get(), 4, u, l))
            .replace("{qp}", &amount(g_qp.get(), 4, u, l))
    });
    // Gaussian sliders: drafts while dragging, the URL on release.
    let slider = move |which: usize, field: usize, range: (f64, f64), step_size: &'static str| {
        let read = move || {
            let g = gauss.get();
            let pair = if which == 0 { g.0 } else { g.1 };
            if field == 0 { pair.0 } else { pair.1 }
        };
        let apply = move |v: f64| {
            let mut g = gauss.get_untracked();
            let pair = if which == 0 { &mut g.0 } else { &mut g.1 };
            if field == 0 {
                pair.0 = v
            } else {
                pair.1 = v
            }
            g
        };
        let parse = move |ev: &leptos::ev::Event| {
            event_target_value(ev)
                .parse::<f64>()
                .ok()
                .map(|v| v.clamp(range.0, range.1))
        };
        let who = if which == 0 { "p" } else { "q" };
        let name = if field == 0 { text::MEAN } else { text::SPREAD };
        let greek = if field == 0 { "μ" } else { "σ" };
        view! {
            <label class="slider">
                <span>{move || format!("{} {}{who}", t(name), greek)} " = " {move || fmt(read())}</span>
                <input type="range" min=range.0 max=range.1 step=step_size
                    data-testid=format!("g{who}-{}", if field == 0 { "mu" } else { "sigma" })
                    prop:value=move || read().to_string()
                    on:input=move |ev| { if let Some(v) = parse(&ev) { g_draft.set(Some(apply(v))) } }
                    on:change=move |ev| {
                        if let Some(v) = parse(&ev) {
                            let g = apply(v);
                            g_draft.set(None);
                            page.update_query(|q| {
                                q.set("gp", format_gauss(g.0));
                                q.set("gq", format_gauss(g.1));
                            });
                        }
                    }/>
            </label>
        }
    };
    let label = move |x: Text| Signal::derive(move || t(x).to_string());
    let one_way = Signal::derive(move || kl_pq.get() == f64::INFINITY && kl_qp.get().is_finite());

    view! {
        <article class="lesson" data-testid="lesson-kl">
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
                        <button type="button" data-testid="swap" class:cue=cue(step, &[4]) on:click=swap>{tr(text::SWAP)}</button>
                        <UnitPicker unit=unit/>
                    </div>
                    <div class="readouts" class:cue=cue(step, &[2, 3, 4])>
                        <Readout name="kl-pq" label=label(text::KL_PQ) value=kl_pq unit=unit_name digits=6/>
                        <Readout name="kl-qp" label=label(text::KL_QP) value=kl_qp unit=unit_name digits=6/>
                    </div>
                    {move || inf_pq.get().map(|i| view! {
                        <p class="notice" role="status" data-testid="kl-pq-infinite">{t(text::INF_PQ).replace("{i}", &sub(i))}</p>
                    })}
                    {move || inf_qp.get().map(|i| view! {
                        <p class="notice" role="status" data-testid="kl-qp-infinite">{t(text::INF_QP).replace("{i}", &sub(i))}</p>
                    })}
                    <div class:cue=cue(step, &[4])>
                        <PlotCanvas name="plot-kl-terms" draw=draw_terms label=terms_alt caption=label(text::TERMS_CAPTION)/>
                    </div>
                </section>
                <section class="gauss" aria-labelledby="gauss-title" class:cue=cue(step, &[5])>
                    <h2 id="gauss-title">{tr(text::GAUSS)}</h2>
                    <p class="hint">{tr(text::GAUSS_HINT)}</p>
                    <div class="sliders">
                        {slider(0, 0, MEAN_RANGE, "0.1")}
                        {slider(0, 1, SPREAD_RANGE, "0.05")}
                        {slider(1, 0, MEAN_RANGE, "0.1")}
                        {slider(1, 1, SPREAD_RANGE, "0.05")}
                    </div>
                    <div class="readouts">
                        <Readout name="kl-gauss-pq" label=label(text::G_PQ) value=g_pq unit=unit_name digits=6/>
                        <Readout name="kl-gauss-qp" label=label(text::G_QP) value=g_qp unit=unit_name digits=6/>
                    </div>
                    <PlotCanvas name="plot-gauss" draw=draw_gauss label=gauss_alt caption=label(text::GAUSS_CAPTION)/>
                </section>
            </div>
            <Exercises lesson="kl" exercises=&EXERCISES checks=vec![("one-way-infinite", one_way)]/>
            <EmbedSnippet title=Signal::derive(move || t(text::TITLE).to_string())/>
        </article>
    }
}

/// `3` → `₃`.
fn sub(k: usize) -> String {
    k.to_string()
        .chars()
        .map(|c| char::from_u32(0x2080 + c.to_digit(10).unwrap_or(0)).unwrap_or(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaussians_from_the_url() {
        assert_eq!(parse_gauss("gp", "0.5:2"), Ok((0.5, 2.0)));
        assert!(parse_gauss("gp", "0.5").is_err());
        assert!(parse_gauss("gp", "0:0").is_err(), "σ must be positive");
        assert!(parse_gauss("gp", "9:1").is_err(), "μ out of range");
        assert!(parse_gauss("gp", "a:b").is_err());
        assert_eq!(format_gauss((0.1 + 0.2, 1.0)), "0.3:1");
    }
}
