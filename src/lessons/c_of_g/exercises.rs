//! The C(G) lesson's exercises (checked by [`crate::exercise`], shown by
//! [`crate::components::Exercises`]).

use crate::exercise::{Exercise, Kind};
use crate::i18n::Text;

/// The lesson's exercises.
pub static EXERCISES: [Exercise; 3] = [
    Exercise {
        id: "disjoint",
        prompt: Text::new(
            "What is $C(G)$ when the supports of $p_{data}$ and $p_g$ do not overlap?",
            "Чему равно $C(G)$, если носители $p_{data}$ и $p_g$ не пересекаются?",
        ),
        kind: Kind::Number {
            answer: 0.0,
            tol: 1e-4,
        },
        hint: Text::new(
            "On disjoint supports $M = p/2$ wherever $p > 0$. Try “Move p_g far away”: two Gaussians always overlap, but far apart $D_{JS}$ is $\\log 2$ to 12 decimal places.",
            "На непересекающихся носителях $M = p/2$ там, где $p > 0$. Попробуйте кнопку «Увести p_g далеко»: гауссианы всегда перекрываются, но вдали друг от друга $D_{JS}$ равна $\\log 2$ с точностью до 12 знаков после запятой.",
        ),
        solution: Text::new(
            "Each KL term is $\\log 2$, so $D_{JS} = \\log 2$ and $C(G) = 2 \\log 2 - \\log 4 = 0$.",
            "Каждое слагаемое KL равно $\\log 2$, поэтому $D_{JS} = \\log 2$ и $C(G) = 2 \\log 2 - \\log 4 = 0$.",
        ),
    },
    Exercise {
        id: "js-from-c",
        prompt: Text::new(
            "A generator has $C(G) = -1$ nat. What is $D_{JS}(p_{data} \\| p_g)$ in nats? (4 decimals)",
            "У генератора $C(G) = -1$ нат. Чему равна $D_{JS}(p_{data} \\| p_g)$ в натах? (4 знака после запятой)",
        ),
        kind: Kind::Number {
            answer: 0.193_147_180_559_945_3,
            tol: 5e-4,
        },
        hint: Text::new(
            "Solve $C = 2 D_{JS} - \\log 4$.",
            "Решите $C = 2 D_{JS} - \\log 4$.",
        ),
        solution: Text::new(
            "$D_{JS} = (C + \\log 4)/2 = (\\log 4 - 1)/2 \\approx 0.1931$.",
            "$D_{JS} = (C + \\log 4)/2 = (\\log 4 - 1)/2 \\approx 0{,}1931$.",
        ),
    },
    Exercise {
        id: "bounds",
        prompt: Text::new(
            "Which hold for every $p_{data}$ and $p_g$?",
            "Что верно при любых $p_{data}$ и $p_g$?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new("$C(G) \\ge -\\log 4$", "$C(G) \\ge -\\log 4$"),
                Text::new(
                    "$C(G) = -\\log 4$ only if $p_g = p_{data}$",
                    "$C(G) = -\\log 4$ только при $p_g = p_{data}$",
                ),
                Text::new("$C(G) \\le 0$", "$C(G) \\le 0$"),
                Text::new(
                    "$C(G) = D_{KL}(p_{data} \\| p_g) - \\log 4$",
                    "$C(G) = D_{KL}(p_{data} \\| p_g) - \\log 4$",
                ),
            ],
            correct: &[0, 1, 2],
        },
        hint: Text::new(
            "$0 \\le D_{JS} \\le \\log 2$, and $D_{JS} = 0$ only for equal distributions.",
            "$0 \\le D_{JS} \\le \\log 2$, и $D_{JS} = 0$ только для равных распределений.",
        ),
        solution: Text::new(
            "The first three follow from $0 \\le D_{JS} \\le \\log 2$; the last mixes up JS and KL (KL can be $+\\infty$, $C(G)$ cannot).",
            "Первые три следуют из $0 \\le D_{JS} \\le \\log 2$; последнее путает JS и KL (KL может быть $+\\infty$, а $C(G)$ — нет).",
        ),
    },
];
