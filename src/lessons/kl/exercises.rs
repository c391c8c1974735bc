//! The exercises of the KL lesson: a value, a one-way infinity (checked live), the properties of
//! KL and the Gaussian closed form.

use crate::exercise::{Exercise, Kind};
use crate::i18n::Text;

/// The lesson's exercises.
pub static EXERCISES: [Exercise; 4] = [
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
