//! The 1-D GAN lab's exercises, RU and EN.

use crate::exercise::{Exercise, Kind};
use crate::i18n::Text;

/// The exercises under the lab.
pub static EXERCISES: [Exercise; 4] = [
    Exercise {
        id: "floor",
        prompt: Text::new(
            "Train on the defaults. As $p_g \\to p_{data}$, which value does the dashed $C(G) = \\max_D V(D, G)$ approach, in nats? (3 decimals)",
            "Обучайте с настройками по умолчанию. К какому значению стремится штриховая $C(G) = \\max_D V(D, G)$ при $p_g \\to p_{data}$, в натах? (3 знака)",
        ),
        kind: Kind::Number {
            answer: -1.386_294_361_119_890_6,
            tol: 5e-3,
        },
        hint: Text::new(
            "$C(G) = 2 \\cdot JS(p_{data} \\| p_g) - \\log 4$, and $JS = 0$ exactly when the two distributions coincide.",
            "$C(G) = 2 \\cdot JS(p_{data} \\| p_g) - \\log 4$, а $JS = 0$ ровно тогда, когда распределения совпадают.",
        ),
        solution: Text::new(
            "$-\\log 4 \\approx -1.386$: $C(G) = 2 \\cdot JS - \\log 4$ at $JS = 0$, its least value, reached only at $p_g = p_{data}$.",
            "$-\\log 4 \\approx -1{,}386$: $C(G) = 2 \\cdot JS - \\log 4$ при $JS = 0$ — её наименьшее значение, которое достигается только при $p_g = p_{data}$.",
        ),
    },
    Exercise {
        id: "v-half",
        prompt: Text::new(
            "The readout $V(D, G)$ shows about $-1.386 = -\\log 4$. What does that tell you about $p_g$?",
            "Показание $V(D, G)$ — около $-1{,}386 = -\\log 4$. Что это говорит о $p_g$?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "nothing by itself: $D \\equiv \\tfrac12$ gives $V = \\log \\tfrac12 + \\log \\tfrac12 = -\\log 4$ for every $p_g$; only $C(G) = -\\log 4$ means $p_g = p_{data}$",
                    "само по себе ничего: $D \\equiv \\tfrac12$ даёт $V = \\log \\tfrac12 + \\log \\tfrac12 = -\\log 4$ при любой $p_g$; только $C(G) = -\\log 4$ означает $p_g = p_{data}$",
                ),
                Text::new(
                    "$p_g = p_{data}$, because $-\\log 4$ is the least value $V$ can take",
                    "$p_g = p_{data}$, ведь $-\\log 4$ — наименьшее значение $V$",
                ),
                Text::new(
                    "the trained $D$ equals $D^*$",
                    "обученный $D$ совпадает с $D^*$",
                ),
            ],
            correct: &[0],
        },
        hint: Text::new(
            "Compute $V$ for the constant $D \\equiv \\tfrac12$ and any $p_g$. Can a worse $D$ give less?",
            "Вычислите $V$ для постоянного $D \\equiv \\tfrac12$ и любой $p_g$. Может ли худший $D$ дать меньше?",
        ),
        solution: Text::new(
            "With $D \\equiv \\tfrac12$ both expectations are $\\log \\tfrac12$, so $V = -\\log 4$ whatever $p_g$ is: an untrained $D$, close to ½ everywhere, shows about that at iteration 0. A poor $D$ can give even less (for $D(x) = \\sigma(-2x)$ with $p_{data} = \\mathcal{N}(1, 1)$ and $p_g = \\mathcal{N}(-1, 1)$, the defaults of the lesson on the objective, $V \\approx -4.71$), so $-\\log 4$ is no floor of $V$. It is the floor of $C(G) = \\max_D V$, and $C(G) = -\\log 4$ holds only at $p_g = p_{data}$: $D \\approx \\tfrac12$ is necessary for a trained GAN, not sufficient.",
            "При $D \\equiv \\tfrac12$ оба матожидания равны $\\log \\tfrac12$, поэтому $V = -\\log 4$ при любой $p_g$: необученный $D$, всюду близкий к ½, показывает примерно это на нулевой итерации. Плохой $D$ может дать ещё меньше (для $D(x) = \\sigma(-2x)$ при $p_{data} = \\mathcal{N}(1, 1)$ и $p_g = \\mathcal{N}(-1, 1)$, как по умолчанию в уроке о целевой функции, $V \\approx -4{,}71$), так что $-\\log 4$ — не нижняя граница $V$. Это нижняя граница $C(G) = \\max_D V$, и $C(G) = -\\log 4$ только при $p_g = p_{data}$: $D \\approx \\tfrac12$ необходимо для обученного GAN, но не достаточно.",
        ),
    },
    Exercise {
        id: "v-below-c",
        prompt: Text::new(
            "During training the green $V(D, G)$ stays below the dashed $C(G)$ (up to sampling noise). Why?",
            "Во время обучения зелёная $V(D, G)$ остаётся ниже штриховой $C(G)$ (с точностью до шума выборки). Почему?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "$C(G) = \\max_D V(D, G)$, and the trained $D$ is at best $D^*$",
                    "$C(G) = \\max_D V(D, G)$, а обученный $D$ в лучшем случае равен $D^*$",
                ),
                Text::new(
                    "the generator's loss is minimised",
                    "функция потерь генератора минимизируется",
                ),
                Text::new(
                    "$JS$ is negative early in training",
                    "$JS$ отрицательна в начале обучения",
                ),
            ],
            correct: &[0],
        },
        hint: Text::new(
            "What is $C(G)$ by definition?",
            "Что такое $C(G)$ по определению?",
        ),
        solution: Text::new(
            "$C(G)$ is the maximum of $V$ over all $D$, reached at $D^*$; any other $D$ gives less. The green curve is an estimate from 4 000 samples, so it can poke above by its sampling noise.",
            "$C(G)$ — максимум $V$ по всем $D$, он достигается на $D^*$; любой другой $D$ даёт меньше. Зелёная кривая — оценка по 4 000 точкам, поэтому она может выступать выше на величину шума выборки.",
        ),
    },
    Exercise {
        id: "minimax-stall",
        prompt: Text::new(
            "Switch the loss to minimax and train from the same seed. Compared with the non-saturating loss, early on the generator…",
            "Переключите функцию потерь на минимаксную и обучите с тем же зерном. По сравнению с ненасыщающей функцией потерь в начале генератор…",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "moves more slowly: $\\log(1 - D(G(z)))$ is flat where $D$ rejects the samples",
                    "движется медленнее: $\\log(1 - D(G(z)))$ почти постоянна там, где $D$ отвергает образцы",
                ),
                Text::new("moves faster", "движется быстрее"),
                Text::new("converges to a different $p_g$", "сходится к другой $p_g$"),
            ],
            correct: &[0],
        },
        hint: Text::new(
            "Compare the slopes of $\\log(1 - s)$ and $-\\log s$ near $s = 0$.",
            "Сравните наклоны $\\log(1 - s)$ и $-\\log s$ около $s = 0$.",
        ),
        solution: Text::new(
            "Near $s = D(G(z)) \\approx 0$ the slope of $\\log(1 - s)$ is about $-1$, while $-\\log s$ has slope $-1/s$: huge. Both losses share the fixed point $p_g = p_{data}$.",
            "Около $s = D(G(z)) \\approx 0$ наклон $\\log(1 - s)$ примерно $-1$, а у $-\\log s$ он равен $-1/s$ — огромный. Неподвижная точка $p_g = p_{data}$ у обеих функций потерь общая.",
        ),
    },
];
