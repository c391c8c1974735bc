//! The optimal-D lesson's exercises (checked by [`crate::exercise`], shown by
//! [`crate::components::Exercises`]).

use crate::exercise::{Exercise, Kind};
use crate::i18n::Text;

/// The lesson's exercises.
pub static EXERCISES: [Exercise; 3] = [
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
