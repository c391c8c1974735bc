//! The exercises of the Gibbs inequality lesson: two numbers (entropy in bits, a cross-entropy),
//! one construction (an infinite gap, checked live) and one choice (when the gap is zero).

use crate::exercise::{Exercise, Kind};
use crate::i18n::Text;

/// The lesson's exercises.
pub static EXERCISES: [Exercise; 4] = [
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
