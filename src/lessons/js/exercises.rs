//! The exercises of the Jensen–Shannon lesson: which candidates are metrics, KL infinite with JS
//! finite and a positive counterexample to the JS triangle (both checked live, by [`checks`]),
//! JS in bits.

use leptos::prelude::*;

use crate::components::use_page;
use crate::exercise::{Exercise, Kind};
use crate::i18n::Text;
use crate::lessons::dists::{Checks, Dists};
use crate::math::divergence::{js, kl};

use super::text;

/// Whether D_JS(P‖R) > D_JS(P‖Q) + D_JS(Q‖R) beyond rounding: JS's triangle inequality fails.
pub fn breaks_js_triangle(p: &[f64], q: &[f64], r: &[f64]) -> bool {
    let (a, b, c) = (js(p, r), js(p, q), js(q, r));
    a > b + c + crate::math::triangle::TOLERANCE * a.max(1.0)
}

/// The live checks of the construction exercises on the editors `d`: KL infinite with JS
/// finite, and a positive counterexample to JS's triangle (with why it is not one yet).
pub fn checks(d: Dists) -> Checks {
    let page = use_page();
    let [p, q, r] = d.shown;
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
            page.t(text::WHY_ZERO).to_string()
        } else if !js_breaks.get() {
            page.t(text::WHY_HOLDS).to_string()
        } else {
            String::new()
        }
    });
    (
        vec![
            ("kl-infinite-js-finite", kl_inf_js_finite),
            ("js-triangle-positive", positive_breaks),
        ],
        vec![("js-triangle-positive", positive_why_not)],
    )
}

/// The lesson's exercises.
pub static EXERCISES: [Exercise; 4] = [
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
