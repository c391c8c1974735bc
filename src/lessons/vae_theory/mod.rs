//! Lesson: the VAE and the reparametrization trick
//! (`#/vae-theory?trick=1|0&f=square|sin&mu=…&sigma=…&c=…&n=…&seed=…&step=…`).
//! The seminar's scheme as a static SVG whose marks follow the trick toggle (red: no
//! backprop; blue: the losses; dashed: where each loss term's gradient reaches), and a numeric
//! demo of ∂/∂μ E[f(z)] by the pathwise, score-function and finite-difference estimators with
//! their spread over repeated batches ([`crate::math::vae`]).

mod text;

use leptos::prelude::*;

use crate::components::{
    Derivation, EmbedSnippet, Exercises, Notices, Readout, RichText, cue, tr, use_page,
};
use crate::data::Rng;
use crate::exercise::{Exercise, Kind};
use crate::i18n::{NATS, Text, format_number, typed_decimal};
use crate::math::vae::{Estimator, TestFn, compare, kl_to_standard, standard_normals};
use crate::params::{Notice, parse_choice, parse_integer, parse_number};
use crate::route::Query;

use super::{Lesson, Part};

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "vae-theory",
    part: Part::Vae,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    view: || view! { <VaeTheoryLesson/> }.into_any(),
};

/// URL keys (dropped by "Reset to defaults").
pub const KEYS: &[&str] = &["trick", "f", "mu", "sigma", "c", "n", "seed", "step"];

/// A numeric parameter of the demo: URL key, label, range, slider step, default.
struct Num {
    key: &'static str,
    label: Text,
    min: f64,
    max: f64,
    step: &'static str,
    default: f64,
}

/// Index of μ in [`VaeParams::nums`].
pub const MU: usize = 0;
/// Index of σ.
pub const SIGMA: usize = 1;
/// Index of the centre c of (z − c)².
pub const C: usize = 2;
/// Index of n, the draws per batch (a whole number, typed rather than dragged).
pub const N: usize = 3;

static NUMS: [Num; 4] = [
    Num {
        key: "mu",
        label: text::MEAN,
        min: -3.0,
        max: 3.0,
        step: "0.05",
        default: 0.5,
    },
    Num {
        key: "sigma",
        label: text::SPREAD,
        min: 0.1,
        max: 3.0,
        step: "0.05",
        default: 1.0,
    },
    Num {
        key: "c",
        label: text::CENTRE,
        min: -3.0,
        max: 3.0,
        step: "0.1",
        default: 1.0,
    },
    Num {
        key: "n",
        label: text::SAMPLES,
        min: 2.0,
        max: 10_000.0,
        step: "1",
        default: 100.0,
    },
];

/// The largest seed.
pub const MAX_SEED: usize = 999_999_999;
/// Batches per spread estimate.
pub const REPEATS: usize = 200;

/// The lesson's state, read from the URL.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VaeParams {
    /// Whether the scheme shows the reparametrization trick (default) or plain sampling.
    pub trick: bool,
    /// The test function: sin z, else (z − c)² (default).
    pub sin: bool,
    /// μ, σ, c and n, indexed by [`MU`], [`SIGMA`], [`C`], [`N`].
    pub nums: [f64; 4],
    /// The seed of the demo's draws.
    pub seed: usize,
    /// Revealed derivation steps, 1-based.
    pub step: usize,
}

impl Default for VaeParams {
    fn default() -> VaeParams {
        VaeParams {
            trick: true,
            sin: false,
            nums: NUMS.each_ref().map(|n| n.default),
            seed: 1,
            step: 1,
        }
    }
}

/// Reads `key` with `parse` into `slot`; a bad value leaves the default and adds its notice.
fn read<T>(
    q: &Query,
    key: &str,
    slot: &mut T,
    notices: &mut Vec<Notice>,
    parse: impl Fn(&str) -> Result<T, Notice>,
) {
    if let Some(raw) = q.get(key) {
        match parse(raw) {
            Ok(v) => *slot = v,
            Err(n) => notices.push(n),
        }
    }
}

impl VaeParams {
    /// Reads the URL; every bad value gives its notice and its default.
    pub fn from_query(q: &Query, steps: usize) -> (VaeParams, Vec<Notice>) {
        let mut p = VaeParams::default();
        let mut notices = Vec::new();
        read(q, "trick", &mut p.trick, &mut notices, |raw| {
            parse_choice("trick", raw, &["1", "0"], |s| match s {
                "1" => Some(true),
                "0" => Some(false),
                _ => None,
            })
        });
        read(q, "f", &mut p.sin, &mut notices, |raw| {
            parse_choice("f", raw, &["square", "sin"], |s| match s {
                "square" => Some(false),
                "sin" => Some(true),
                _ => None,
            })
        });
        for (k, num) in NUMS.iter().enumerate() {
            read(q, num.key, &mut p.nums[k], &mut notices, |raw| {
                if k == N {
                    parse_integer(num.key, raw, num.min as usize, num.max as usize)
                        .map(|v| v as f64)
                } else {
                    parse_number(num.key, raw, num.min, num.max)
                }
            });
        }
        read(q, "seed", &mut p.seed, &mut notices, |raw| {
            parse_integer("seed", raw, 0, MAX_SEED)
        });
        read(q, "step", &mut p.step, &mut notices, |raw| {
            parse_integer("step", raw, 1, steps)
        });
        (p, notices)
    }

    /// The demo's test function.
    pub fn test_fn(&self) -> TestFn {
        if self.sin {
            TestFn::Sin
        } else {
            TestFn::Square { c: self.nums[C] }
        }
    }
}

/// The demo's readouts, in the order [`demo`] returns their values: the exact gradient, the
/// KL to the prior, then per estimator of [`Estimator::ALL`] one batch, the mean and the
/// spread over [`REPEATS`] batches.
pub const READOUTS: [&str; 14] = [
    "grad-exact",
    "kl-prior",
    "grad-pathwise",
    "grad-score",
    "grad-score-baseline",
    "grad-fd",
    "mean-pathwise",
    "mean-score",
    "mean-score-baseline",
    "mean-fd",
    "std-pathwise",
    "std-score",
    "std-score-baseline",
    "std-fd",
];
/// Where the one-batch estimates start in [`READOUTS`].
const BATCH: usize = 2;
/// Where the means start.
const MEAN: usize = 6;
/// Where the spreads start.
const STD: usize = 10;

/// The demo's numbers for `p`, in the order of [`READOUTS`]. The one batch is the first of
/// the [`REPEATS`] (both start from `Rng::new(seed)`).
pub fn demo(p: &VaeParams) -> [f64; 14] {
    let (f, mu, sigma) = (p.test_fn(), p.nums[MU], p.nums[SIGMA]);
    let n = p.nums[N] as usize;
    let mut out = [0.0; 14];
    out[0] = f.exact_gradient(mu, sigma);
    out[1] = kl_to_standard(mu, sigma);
    let eps = standard_normals(&mut Rng::new(p.seed as u64), n);
    let spreads = compare(&Estimator::ALL, f, mu, sigma, n, REPEATS, p.seed as u64);
    for (i, (est, s)) in Estimator::ALL.iter().zip(spreads).enumerate() {
        out[BATCH + i] = est.estimate(f, mu, sigma, &eps);
        out[MEAN + i] = s.mean;
        out[STD + i] = s.std;
    }
    out
}

/// The estimator rows of the table, in the order of [`Estimator::ALL`].
static ROWS: [Text; 4] = [text::PATHWISE, text::SCORE, text::SCORE_BASELINE, text::FD];

/// The lesson's exercises.
static EXERCISES: [Exercise; 5] = [
    Exercise {
        id: "grad-value",
        prompt: Text::new(
            "For $z \\sim \\mathcal{N}(\\mu, \\sigma^2)$ with $\\mu = 0.5$, $\\sigma = 1$, compute $\\frac{\\partial}{\\partial \\mu}\\mathbb{E}\\big[(z - 1)^2\\big]$.",
            "Для $z \\sim \\mathcal{N}(\\mu, \\sigma^2)$ с $\\mu = 0{,}5$, $\\sigma = 1$ найдите $\\frac{\\partial}{\\partial \\mu}\\mathbb{E}\\big[(z - 1)^2\\big]$.",
        ),
        kind: Kind::Number {
            answer: -1.0,
            tol: 1e-3,
        },
        hint: Text::new(
            "$\\mathbb{E}\\big[(z - c)^2\\big] = (\\mu - c)^2 + \\sigma^2$.",
            "$\\mathbb{E}\\big[(z - c)^2\\big] = (\\mu - c)^2 + \\sigma^2$.",
        ),
        solution: Text::new(
            "$2(\\mu - c) = 2(0.5 - 1) = -1$ exactly; these are the demo's defaults, so it is the “exact” row. Pathwise: $\\mathbb{E}[2(z - 1)] = -1$ too.",
            "$2(\\mu - c) = 2(0{,}5 - 1) = -1$ точно; это значения демонстрации по умолчанию, так что ответ стоит в строке «точно». По пути: $\\mathbb{E}[2(z - 1)] = -1$ тоже.",
        ),
    },
    Exercise {
        id: "lowest-spread",
        prompt: Text::new(
            "For $f(z) = (z - c)^2$, which estimators have the smallest spread over repeated batches (same draws for all)?",
            "У каких оценок для $f(z) = (z - c)^2$ наименьший разброс по повторам (значения $z$ у всех одни и те же)?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new("pathwise (the trick)", "по пути (трюк)"),
                Text::new("score function", "через функцию вклада"),
                Text::new(
                    "score function with the mean of $f$ as baseline",
                    "через функцию вклада со средним $f$ в качестве базового значения",
                ),
                Text::new(
                    "central finite differences",
                    "центральные конечные разности",
                ),
            ],
            correct: &[0, 3],
        },
        hint: Text::new(
            "What is $\\big[f(z + h) - f(z - h)\\big] / 2h$ for a quadratic $f$? Compare the spread column.",
            "Чему равно $\\big[f(z + h) - f(z - h)\\big] / 2h$ для квадратичной $f$? Сравните столбец разброса.",
        ),
        solution: Text::new(
            "Pathwise and finite differences, equally: for a quadratic the central difference is $f'(z)$ exactly, draw by draw, so both spread as $2\\sigma/\\sqrt{n}$ (per-draw variance $4\\sigma^2$). The score terms $f(z)\\,\\varepsilon/\\sigma$ weight $f$ itself by noise: per draw the variance is $(\\mu - c)^4/\\sigma^2 + 14(\\mu - c)^2 + 15\\sigma^2$. Subtracting the mean of $f$ brings it down to $8(\\mu - c)^2 + 10\\sigma^2$ (the best constant baseline to $8(\\mu - c)^2 + 6\\sigma^2$), still above $4\\sigma^2$.",
            "По пути и конечные разности, одинаково: для квадратичной функции центральная разность равна $f'(z)$ точно, для каждого значения $z$, и разброс обеих равен $2\\sigma/\\sqrt{n}$ (дисперсия одного слагаемого $4\\sigma^2$). Слагаемые $f(z)\\,\\varepsilon/\\sigma$ оценки через функцию вклада умножают саму $f$ на шум: дисперсия одного слагаемого равна $(\\mu - c)^4/\\sigma^2 + 14(\\mu - c)^2 + 15\\sigma^2$. Вычитание среднего $f$ снижает её до $8(\\mu - c)^2 + 10\\sigma^2$ (лучшее постоянное базовое значение — до $8(\\mu - c)^2 + 6\\sigma^2$), но это всё ещё больше $4\\sigma^2$.",
        ),
    },
    Exercise {
        id: "generation-prior",
        prompt: Text::new(
            "When a trained VAE generates a new object, $z$ is drawn from …",
            "Когда обученный VAE порождает новый объект, $z$ берётся из …",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "$\\mathcal{N}(\\mu, \\sigma^2)$ with the encoder's $\\mu, \\sigma$",
                    "$\\mathcal{N}(\\mu, \\sigma^2)$ с $\\mu, \\sigma$ энкодера",
                ),
                Text::new(
                    "the prior $\\mathcal{N}(0, I)$",
                    "априорного $\\mathcal{N}(0, I)$",
                ),
                Text::new(
                    "$\\mathcal{N}(0, I)$, then passed through the encoder and the decoder",
                    "$\\mathcal{N}(0, I)$, а затем проходит через энкодер и декодер",
                ),
            ],
            correct: &[1],
        },
        hint: Text::new(
            "What would the encoder need as its input?",
            "Что энкодеру нужно на вход?",
        ),
        solution: Text::new(
            "The prior $\\mathcal{N}(0, I)$, and only the decoder runs. $\\mu, \\sigma$ are the encoder's outputs for a given $x$, and generation has no $x$ (the seminar's slide says $\\mathcal{N}(\\mu, \\sigma^2)$: a slip).",
            "Из априорного $\\mathcal{N}(0, I)$, и работает только декодер. $\\mu, \\sigma$ — выходы энкодера для данного $x$, а при генерации $x$ нет (на слайде семинара $\\mathcal{N}(\\mu, \\sigma^2)$ — описка).",
        ),
    },
    Exercise {
        id: "noisy-score",
        prompt: Text::new(
            "With $f(z) = (z - c)^2$, set $\\mu$, $\\sigma$ and $c$ so that the score function's spread is at least 10 times the pathwise spread, then press Check.",
            "При $f(z) = (z - c)^2$ подберите $\\mu$, $\\sigma$ и $c$ так, чтобы разброс оценки через функцию вклада был хотя бы в 10 раз больше разброса оценки по пути, и нажмите «Проверить».",
        ),
        kind: Kind::Construction,
        hint: Text::new(
            "The pathwise spread is $2\\sigma/\\sqrt{n}$ whatever $\\mu$ and $c$. The score estimate multiplies $f(z)$ itself by noise: make $f$ large where the draws fall.",
            "Разброс оценки по пути равен $2\\sigma/\\sqrt{n}$ при любых $\\mu$ и $c$. Оценка через функцию вклада умножает на шум саму $f(z)$: сделайте $f$ большой там, куда попадают значения $z$.",
        ),
        solution: Text::new(
            "Move $\\mu$ far from $c$, e.g. $\\mu = 3$, $c = -3$, $\\sigma = 1$: the score terms $(6 + \\varepsilon)^2 \\varepsilon$ have a spread of about 43 per draw against 2 for the pathwise $2(6 + \\varepsilon)$, some 21 times more.",
            "Отведите $\\mu$ далеко от $c$, например $\\mu = 3$, $c = -3$, $\\sigma = 1$: у слагаемых $(6 + \\varepsilon)^2 \\varepsilon$ разброс около 43 на одно значение против 2 у оценки по пути $2(6 + \\varepsilon)$, примерно в 21 раз больше.",
        ),
    },
    Exercise {
        id: "baseline",
        prompt: Text::new(
            "For $f(z) = (z - c)^2$ with $\\mu = 0.5$, $\\sigma = 1$, $c = 1$ (the demo's defaults), the score estimate subtracts a constant baseline $b$ from $f$. For which $b$ is its spread larger than with no baseline ($b = 0$)?",
            "Для $f(z) = (z - c)^2$ при $\\mu = 0{,}5$, $\\sigma = 1$, $c = 1$ (значения демонстрации по умолчанию) оценка через функцию вклада вычитает из $f$ постоянное базовое значение $b$. При каких $b$ её разброс больше, чем без базового значения ($b = 0$)?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new("$b = 1.25$, the mean of $f$", "$b = 1{,}25$ — среднее $f$"),
                Text::new("$b = 3.25$", "$b = 3{,}25$"),
                Text::new("$b = 6$", "$b = 6$"),
                Text::new("$b = 10$", "$b = 10$"),
                Text::new("$b = -2$", "$b = -2$"),
            ],
            correct: &[3, 4],
        },
        hint: Text::new(
            "Per draw the variance is $\\mathbb{E}\\big[(f - b)^2 \\varepsilon^2\\big]/\\sigma^2$ minus the squared gradient: its least value plus $(b - b^*)^2/\\sigma^2$, where $b^* = \\mathbb{E}\\big[f\\,\\varepsilon^2\\big]$. Write $f = (a + \\sigma\\varepsilon)^2$ with $a = \\mu - c$, and use $\\mathbb{E}\\varepsilon^2 = 1$, $\\mathbb{E}\\varepsilon^4 = 3$.",
            "Дисперсия одного слагаемого равна $\\mathbb{E}\\big[(f - b)^2 \\varepsilon^2\\big]/\\sigma^2$ минус квадрат градиента, то есть её наименьшему значению плюс $(b - b^*)^2/\\sigma^2$, где $b^* = \\mathbb{E}\\big[f\\,\\varepsilon^2\\big]$. Запишите $f = (a + \\sigma\\varepsilon)^2$, где $a = \\mu - c$, и воспользуйтесь тем, что $\\mathbb{E}\\varepsilon^2 = 1$, $\\mathbb{E}\\varepsilon^4 = 3$.",
        ),
        solution: Text::new(
            "$b^* = \\mathbb{E}\\big[(a + \\sigma\\varepsilon)^2 \\varepsilon^2\\big] = a^2 + 3\\sigma^2 = 3.25$. A baseline spreads more than none when $|b - 3.25| > 3.25$, that is outside $[0, 6.5]$: $b = 10$ and $b = -2$. Per draw the variances are $18.6$ with no baseline, $12$ for the mean of $f$, $8$ for $3.25$ (the best constant), $15.6$ for $6$, $53.6$ for $10$ and $35.6$ for $-2$. A baseline does not shrink the spread by itself: only a suitable one does.",
            "$b^* = \\mathbb{E}\\big[(a + \\sigma\\varepsilon)^2 \\varepsilon^2\\big] = a^2 + 3\\sigma^2 = 3{,}25$. Базовое значение увеличивает разброс, когда $|b - 3{,}25| > 3{,}25$, то есть вне отрезка $[0; 6{,}5]$: это $b = 10$ и $b = -2$. Дисперсии одного слагаемого: $18{,}6$ без базового значения, $12$ для среднего $f$, $8$ для $3{,}25$ (лучшая постоянная), $15{,}6$ для $6$, $53{,}6$ для $10$ и $35{,}6$ для $-2$. Само по себе базовое значение разброс не уменьшает: уменьшает только подходящее.",
        ),
    },
];

#[component]
fn VaeTheoryLesson() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let t = move |x: Text| x.get(lang.get());

    // Parameters: the URL is the source; a dragged slider previews through the draft.
    let parsed = Memo::new(move |_| {
        page.route
            .with(|r| VaeParams::from_query(&r.query, text::STEPS.len()))
    });
    let notices = Signal::derive(move || parsed.with(|(_, n)| n.clone()));
    let draft = RwSignal::new(None::<(usize, f64)>);
    let live = Memo::new(move |_| {
        let mut p = parsed.with(|(p, _)| *p);
        if let Some((k, v)) = draft.get() {
            p.nums[k] = v;
        }
        p
    });
    let step = Signal::derive(move || live.with(|p| p.step));
    let trick = Signal::derive(move || live.with(|p| p.trick));
    // Only what the numbers depend on, so a step or the toggle does not rerun the demo.
    let inputs = Memo::new(move |_| {
        live.with(|p| VaeParams {
            trick: true,
            step: 1,
            ..*p
        })
    });
    let values = Memo::new(move |_| inputs.with(demo));
    let value = move |k: usize| Signal::derive(move || values.with(|v| v[k]));
    let label = move |x: Text| Signal::derive(move || t(x).to_string());
    let nats = label(NATS);
    let fmt = move |v: f64| format_number(v, 4, lang.get());

    let set_step =
        Callback::new(move |k: usize| page.update_query(|q| q.set("step", k.to_string())));
    let reset =
        Callback::new(move |_| page.update_query(|q| KEYS.iter().for_each(|k| q.remove(k))));
    let set = move |key: &'static str, v: String| page.update_query(|q| q.set(key, v));
    let resample = move |_| {
        let next = (live.with_untracked(|p| p.seed) + 1) % (MAX_SEED + 1);
        set("seed", next.to_string());
    };

    // One control per number: a range slider (drafts while dragging, the URL on release), or
    // for n a whole-number field (the URL on change; a value out of range gives a notice). A
    // typed decimal comma reads as a point, as everywhere in the app.
    let control = move |k: usize| {
        let num = &NUMS[k];
        let read = move || live.with(|p| p.nums[k]);
        let kind = if k == N { "number" } else { "range" };
        view! {
            <label class="slider">
                <span>{tr(num.label)} " = " {move || fmt(read())}</span>
                <input type=kind
                    min=num.min max=num.max step=num.step
                    data-testid=format!("{}-input", num.key)
                    prop:value=move || read().to_string()
                    on:input=move |ev| {
                        if k != N && let Ok(v) = typed_decimal(&event_target_value(&ev)).parse::<f64>() {
                            draft.set(Some((k, v.clamp(num.min, num.max))));
                        }
                    }
                    on:change=move |ev| {
                        draft.set(None);
                        set(num.key, typed_decimal(&event_target_value(&ev)));
                    }/>
            </label>
        }
    };

    let scheme_label = Signal::derive(move || {
        t(if trick.get() {
            text::SCHEME_ON
        } else {
            text::SCHEME_OFF
        })
        .to_string()
    });
    let noisy_score = Signal::derive(move || {
        !live.with(|p| p.sin) && values.with(|v| v[STD + 1] >= 10.0 * v[STD])
    });

    view! {
        <article class="lesson" data-testid="lesson-vae-theory">
            <h1>{tr(text::TITLE)}</h1>
            <p class="lead"><RichText text=Signal::derive(move || t(LESSON.lead))/></p>
            <Notices notices=notices on_reset=reset/>
            <div class="lesson-grid">
                <Derivation steps=&text::STEPS current=step set_step=set_step/>
                <section class="vae-panel" aria-labelledby="vae-scheme-title">
                    <h2 id="vae-scheme-title">{tr(text::SCHEME)}</h2>
                    <label class="vae-toggle" class:cue=cue(step, &[4, 5])>
                        <input type="checkbox" data-testid="trick-toggle" prop:checked=trick
                            on:change=move |ev| {
                                set("trick", if event_target_checked(&ev) { "1" } else { "0" }.into())
                            }/>
                        " " {tr(text::TRICK)}
                    </label>
                    <figure class="vae-figure">
                        <svg class="vae-scheme" data-testid="vae-scheme" viewBox="0 0 760 330"
                            role="img" aria-label=scheme_label
                            data-trick=move || if trick.get() { "1" } else { "0" }>
                            <defs>
                                <marker id="vae-a" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
                                    <path d="M0,0L10,5L0,10z" class="vae-a-fwd"></path>
                                </marker>
                                <marker id="vae-ag" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
                                    <path d="M0,0L10,5L0,10z" class="vae-a-rec"></path>
                                </marker>
                                <marker id="vae-ak" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
                                    <path d="M0,0L10,5L0,10z" class="vae-a-kl"></path>
                                </marker>
                            </defs>
                            <g class="vae-fwd">
                                <path d="M54,110H82"></path>
                                <path d="M184,100L222,82"></path>
                                <path d="M184,120L222,138"></path>
                                <path d="M264,80L318,102"></path>
                                <path d="M264,140L318,118"></path>
                                <path d="M448,110H476"></path>
                                <path d="M578,110H606"></path>
                                <path d="M630,130V248"></path>
                                <path d="M32,130V318H700V308"></path>
                                <path d="M228,166V248"></path>
                                <path class="vae-on" d="M384,48V88"></path>
                            </g>
                            <g class="vae-nodes" class:cue=cue(step, &[1])>
                                <rect class="vae-group" x="216" y="56" width="56" height="110" rx="8"></rect>
                                <rect x="10" y="90" width="44" height="40" rx="6"></rect>
                                <text x="32" y="110">"x"</text>
                                <polygon points="84,70 184,92 184,128 84,150"></polygon>
                                <text x="132" y="110">{tr(text::ENCODER)}</text>
                                <rect x="224" y="62" width="40" height="36" rx="6"></rect>
                                <text x="244" y="80">"μ"</text>
                                <rect x="224" y="122" width="40" height="36" rx="6"></rect>
                                <text x="244" y="140">"σ"</text>
                                <polygon points="478,92 578,70 578,150 478,128"></polygon>
                                <text x="530" y="110">{tr(text::DECODER)}</text>
                                <rect x="608" y="90" width="44" height="40" rx="6"></rect>
                                <text x="630" y="110">"x̂"</text>
                            </g>
                            <g class="vae-z" data-testid="scheme-z" class:cue=cue(step, &[4, 5])>
                                <rect class="vae-off vae-red" x="320" y="90" width="128" height="40" rx="20"></rect>
                                <rect class="vae-on" x="320" y="90" width="128" height="40" rx="6"></rect>
                                <text class="vae-off" x="384" y="110">"z ~ N(μ, σ²)"</text>
                                <text class="vae-on" x="384" y="110">"z = μ + σ·ε"</text>
                            </g>
                            <g class="vae-on vae-noise" data-testid="scheme-noise" class:cue=cue(step, &[5])>
                                <rect x="334" y="14" width="100" height="34" rx="17"></rect>
                                <text x="384" y="31">"ε ~ N(0, 1)"</text>
                            </g>
                            <g class="vae-loss" class:cue=cue(step, &[2, 3])>
                                <rect x="560" y="250" width="190" height="56" rx="8"></rect>
                                <text x="655" y="268">{tr(text::RECON)}</text>
                                <text x="655" y="290">"−log p(x|z)"</text>
                                <rect x="130" y="250" width="210" height="56" rx="8"></rect>
                                <text x="235" y="268">"KL(q(z|x) ‖ N(0, I))"</text>
                                <text x="235" y="290">"½(μ² + σ² − 1 − ln σ²)"</text>
                            </g>
                            <g class="vae-grad" class:cue=cue(step, &[4, 5])>
                                <path d="M640,248V215H528V142"></path>
                                <path d="M528,215H384V134"></path>
                                <path class="vae-on" data-testid="scheme-grad-through-z" d="M384,215H262V168"></path>
                                <path class="vae-on" d="M262,215H118V141"></path>
                            </g>
                            <g class="vae-grad vae-grad-kl" class:cue=cue(step, &[3])>
                                <path d="M246,248V168"></path>
                                <path d="M160,248V136"></path>
                            </g>
                            <g class="vae-off vae-block" data-testid="scheme-blocked">
                                <text class="vae-x" x="366" y="216">"✕"</text>
                                <text x="450" y="236">{tr(text::BLOCKED)}</text>
                            </g>
                        </svg>
                        <figcaption class="hint">{tr(text::SCHEME_CAPTION)}</figcaption>
                    </figure>
                    <div class="vae-gen" data-testid="generation" class:cue=cue(step, &[7])>
                        <h3>{tr(text::GENERATION)}</h3>
                        <svg class="vae-scheme vae-scheme-gen" viewBox="0 0 420 60" role="img"
                            aria-label=label(text::GENERATION_ALT)>
                            <g class="vae-fwd">
                                <path d="M120,30H156"></path>
                                <path d="M260,30H296"></path>
                            </g>
                            <g class="vae-nodes">
                                <rect x="10" y="10" width="110" height="40" rx="20"></rect>
                                <text x="65" y="30">"z ~ N(0, I)"</text>
                                <polygon points="158,18 258,6 258,54 158,42"></polygon>
                                <text x="210" y="30">{tr(text::DECODER)}</text>
                                <rect x="298" y="10" width="60" height="40" rx="6"></rect>
                                <text x="328" y="30">"x"</text>
                            </g>
                        </svg>
                        <p class="hint">{tr(text::GENERATION_NOTE)}</p>
                    </div>
                </section>
                <section class="vae-panel" aria-labelledby="vae-demo-title" class:cue=cue(step, &[6])>
                    <h2 id="vae-demo-title">{tr(text::DEMO)}</h2>
                    <p class="hint">{tr(text::DEMO_HINT)}</p>
                    <div class="sliders">
                        <label class="slider">
                            <span>{tr(text::FUNCTION)}</span>
                            <select data-testid="f-select"
                                on:change=move |ev| set("f", event_target_value(&ev))>
                                {[("square", "(z − c)²", false), ("sin", "sin z", true)].into_iter().map(|(key, name, sin)| view! {
                                    <option value=key selected=move || live.with(|p| p.sin == sin)>{name}</option>
                                }).collect_view()}
                            </select>
                        </label>
                        {control(MU)}
                        {control(SIGMA)}
                        {control(C)}
                        {control(N)}
                    </div>
                    <div class="button-row">
                        <button type="button" data-testid="resample" on:click=resample>{tr(text::RESAMPLE)}</button>
                        <Readout name="seed" label=label(text::SEED)
                            value=Signal::derive(move || live.with(|p| p.seed as f64)) digits=10/>
                    </div>
                    <table class="vae-table">
                        <thead>
                            <tr>
                                <th scope="col">{tr(text::ESTIMATOR)}</th>
                                <th scope="col">{tr(text::ONE_BATCH)}</th>
                                <th scope="col">{tr(text::MEAN_200)}</th>
                                <th scope="col">{tr(text::STD_200)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <tr>
                                <th scope="row">{tr(text::EXACT)}</th>
                                <td><Readout name=READOUTS[0] label=String::new() value=value(0) digits=6/></td>
                                <td></td>
                                <td></td>
                            </tr>
                            {ROWS.iter().enumerate().map(|(i, row)| view! {
                                <tr>
                                    <th scope="row">{tr(*row)}</th>
                                    <td><Readout name=READOUTS[BATCH + i] label=String::new() value=value(BATCH + i) digits=6/></td>
                                    <td><Readout name=READOUTS[MEAN + i] label=String::new() value=value(MEAN + i) digits=6/></td>
                                    <td><Readout name=READOUTS[STD + i] label=String::new() value=value(STD + i) digits=4/></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    <div class="readouts" class:cue=cue(step, &[3])>
                        <Readout name=READOUTS[1] label=label(text::KL_PRIOR) value=value(1) unit=nats digits=6/>
                    </div>
                </section>
            </div>
            <Exercises lesson="vae-theory" exercises=&EXERCISES checks=vec![("noisy-score", noisy_score)]/>
            <EmbedSnippet title=label(text::TITLE)/>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> (VaeParams, Vec<Notice>) {
        VaeParams::from_query(&Query::parse(s), text::STEPS.len())
    }

    #[test]
    fn reads_the_url() {
        let (p, notices) = parse("trick=0&f=sin&mu=-1.5&sigma=0.3&c=2&n=500&seed=42&step=7");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(
            p,
            VaeParams {
                trick: false,
                sin: true,
                nums: [-1.5, 0.3, 2.0, 500.0],
                seed: 42,
                step: 7,
            }
        );
        assert_eq!(p.test_fn(), TestFn::Sin);
        let (d, notices) = parse("");
        assert!(notices.is_empty());
        assert_eq!(d, VaeParams::default());
        assert_eq!(d.test_fn(), TestFn::Square { c: 1.0 });
        assert!(d.trick);
    }

    #[test]
    fn each_bad_value_has_its_notice_and_default() {
        let (p, notices) = parse("trick=maybe&f=cos&mu=abc&sigma=0&c=9&n=1&seed=-1&step=99");
        assert_eq!(p, VaeParams::default());
        assert_eq!(notices.len(), 8, "{notices:?}");
        assert!(notices.iter().all(Notice::fell_back));
        for (raw, key) in [
            ("n=2.5", "n"),
            ("n=10001", "n"),
            ("sigma=0.05", "sigma"),
            ("mu=NaN", "mu"),
            ("mu=inf", "mu"),
            ("seed=1000000000", "seed"),
            ("step=0", "step"),
            ("trick=", "trick"),
        ] {
            let (p, notices) = parse(raw);
            assert_eq!(p, VaeParams::default(), "{raw}");
            assert!(
                matches!(
                    notices.as_slice(),
                    [Notice::BadInteger { param, .. } | Notice::OutOfRange { param, .. } | Notice::BadChoice { param, .. }] if *param == key
                ),
                "{raw}: {notices:?}"
            );
        }
        // Edges are allowed.
        let (p, notices) = parse("mu=-3&sigma=0.1&c=3&n=10000&seed=0");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(p.nums, [-3.0, 0.1, 3.0, 10_000.0]);
    }

    #[test]
    fn the_demo_matches_closed_forms_and_the_estimators() {
        let p = VaeParams::default();
        let v = demo(&p);
        assert_eq!(v[0], -1.0, "2(μ − c) = 2(0.5 − 1)");
        assert!((v[1] - 0.5 * (0.25 + 1.0 - 1.0 - 0.0)).abs() < 1e-15);
        // The one batch is the first repeat; estimators are unbiased within 4 standard errors.
        let se = |k: usize| v[STD + k] / (REPEATS as f64).sqrt();
        for k in 0..4 {
            assert!(
                (v[MEAN + k] - v[0]).abs() <= 4.0 * se(k) + 1e-9,
                "{k}: {v:?}"
            );
        }
        let one = compare(&[Estimator::Score], p.test_fn(), 0.5, 1.0, 100, 1, 1);
        assert_eq!(one[0].mean, v[BATCH + 1]);
    }

    /// The cases `tests/e2e/vae_theory.test.mjs` checks in the browser, natively (same seeds,
    /// same draws), so its assertions are known to hold.
    #[test]
    fn the_browser_test_cases_hold() {
        let cases = [
            "",
            "f=sin&mu=0.7&sigma=1.3&n=50&seed=3",
            "mu=2&c=-1&sigma=1&n=100&seed=1",
            "f=sin&mu=-2&sigma=0.4&n=400&seed=7",
            "mu=3&c=-3&sigma=1",
        ];
        for case in cases {
            let (p, notices) = parse(case);
            assert!(notices.is_empty());
            let v = demo(&p);
            for k in 0..4 {
                let se = v[STD + k] / (REPEATS as f64).sqrt();
                assert!(
                    (v[MEAN + k] - v[0]).abs() <= 4.0 * se + 1e-9,
                    "{case} {k}: {v:?}"
                );
            }
            if !p.sin {
                // Finite differences are exact for a quadratic: the pathwise numbers.
                assert!((v[STD + 3] - v[STD]).abs() <= 1e-6 * v[STD], "{case}");
                // Pathwise spread 2σ/√n within 20 %.
                let want = 2.0 * p.nums[SIGMA] / p.nums[N].sqrt();
                assert!((v[STD] / want - 1.0).abs() < 0.2, "{case}: {}", v[STD]);
            }
        }
        let v = demo(&parse("mu=2&c=-1&sigma=1&n=100&seed=1").0);
        assert!(v[STD + 1] > 4.0 * v[STD], "{v:?}");
        assert!(v[STD + 2] < v[STD + 1] && v[STD + 2] > v[STD], "{v:?}");
        let v = demo(&parse("mu=3&c=-3&sigma=1").0);
        assert!(
            v[STD + 1] >= 10.0 * v[STD],
            "the construction's example: {v:?}"
        );
        let v = demo(&VaeParams::default());
        assert!(v[STD + 1] < 10.0 * v[STD], "the defaults do not solve it");
        // Resampling changes the batch, not the exact value.
        let (a, b) = (demo(&parse("seed=1").0), demo(&parse("seed=2").0));
        assert_eq!(a[0], b[0]);
        assert_ne!(a[BATCH], b[BATCH]);
    }

    #[test]
    fn every_word_is_in_the_page_language() {
        use text::*;
        let mut texts = vec![
            TITLE,
            SUMMARY,
            LEAD,
            SCHEME,
            TRICK,
            ENCODER,
            DECODER,
            RECON,
            BLOCKED,
            SCHEME_OFF,
            SCHEME_ON,
            SCHEME_CAPTION,
            GENERATION,
            GENERATION_ALT,
            GENERATION_NOTE,
            DEMO,
            DEMO_HINT,
            FUNCTION,
            MEAN,
            SPREAD,
            CENTRE,
            SAMPLES,
            RESAMPLE,
            SEED,
            ESTIMATOR,
            ONE_BATCH,
            MEAN_200,
            STD_200,
            EXACT,
            PATHWISE,
            SCORE,
            SCORE_BASELINE,
            FD,
            KL_PRIOR,
        ];
        for s in &STEPS {
            texts.push(s.text);
            // A displayed formula is shared by both languages: its words must do for both.
            if let Some(tex) = s.tex {
                let wrapped: &'static str = Box::leak(format!("${tex}$").into_boxed_str());
                texts.push(Text::new(wrapped, wrapped));
            }
        }
        for e in &EXERCISES {
            texts.extend([e.prompt, e.hint, e.solution]);
            if let Kind::Choice { options, .. } = e.kind {
                texts.extend(options);
            }
        }
        for t in &texts {
            for bad in [
                "backprop",
                "seed",
                "f64",
                "функция счёта",
                "функцию счёта",
                "функции счёта",
                "сэмпл",
                "пачк",
                "дивергенц",
                "потери =",
            ] {
                assert!(!t.ru.contains(bad), "{bad}: {}", t.ru);
            }
        }
        // The score function is spelled out where the contents and the derivation first name it.
        for first in [SUMMARY, STEPS[3].text] {
            assert!(
                first.ru.contains("функци") && first.ru.contains("(градиент логарифма плотности)"),
                "{}",
                first.ru
            );
        }
    }

    /// Per-draw variance of the score terms (f(z) − b)·ε/σ for z = μ + σε, by a large sample.
    fn score_variance(f: TestFn, mu: f64, sigma: f64, b: f64, eps: &[f64]) -> f64 {
        let terms: Vec<f64> = eps
            .iter()
            .map(|&e| (f.value(mu + sigma * e) - b) * e / sigma)
            .collect();
        let m = terms.iter().sum::<f64>() / terms.len() as f64;
        terms.iter().map(|t| (t - m) * (t - m)).sum::<f64>() / terms.len() as f64
    }

    /// The baseline exercise and step 6: the variance is least at b* = E[f ε²] and grows by
    /// (b − b*)²/σ², so a baseline far from b* spreads more than none; and the variances the
    /// `lowest-spread` solution quotes.
    #[test]
    fn a_baseline_helps_only_near_its_optimum() {
        let eps = standard_normals(&mut Rng::new(17), 2_000_000);
        let (mu, sigma, c) = (0.5, 1.0, 1.0);
        let f = TestFn::Square { c };
        let a: f64 = mu - c;
        let best = a * a + 3.0 * sigma * sigma;
        let closed =
            |b: f64| 8.0 * a * a + 6.0 * sigma * sigma + (b - best).powi(2) / (sigma * sigma);
        let none = score_variance(f, mu, sigma, 0.0, &eps);
        assert!(
            (none / closed(0.0) - 1.0).abs() < 0.03,
            "{none} vs {}",
            closed(0.0)
        );
        assert!(
            (closed(0.0) - (a.powi(4) / sigma.powi(2) + 14.0 * a * a + 15.0 * sigma * sigma)).abs()
                < 1e-12
        );
        let Kind::Choice { options, correct } = EXERCISES[4].kind else {
            panic!("the baseline exercise is a choice")
        };
        let bs = [1.25, 3.25, 6.0, 10.0, -2.0];
        assert_eq!(options.len(), bs.len());
        let worse: Vec<usize> = bs
            .iter()
            .enumerate()
            .filter(|&(_, &b)| {
                let v = score_variance(f, mu, sigma, b, &eps);
                assert!(
                    (v / closed(b) - 1.0).abs() < 0.03,
                    "b = {b}: {v} vs {}",
                    closed(b)
                );
                v > none
            })
            .map(|(i, _)| i)
            .collect();
        assert_eq!(worse, correct, "the baselines that widen the spread");
        assert_eq!(f.expectation(mu, sigma), 1.25, "option 0 is the mean of f");
        // The lowest-spread solution: the mean of f as baseline leaves 8a² + 10σ² per draw.
        let (mu, sigma, c) = (2.0, 1.3, -1.0);
        let f = TestFn::Square { c };
        let a: f64 = mu - c;
        let v = score_variance(f, mu, sigma, f.expectation(mu, sigma), &eps);
        let want = 8.0 * a * a + 10.0 * sigma * sigma;
        assert!((v / want - 1.0).abs() < 0.03, "{v} vs {want}");
    }

    #[test]
    fn exercises_are_valid() {
        assert_eq!(crate::exercise::validate(&EXERCISES), Ok(()));
        assert_eq!(KEYS.len(), NUMS.len() + 4);
        for num in &NUMS {
            assert!(KEYS.contains(&num.key));
            assert!((num.min..=num.max).contains(&num.default));
        }
    }
}
