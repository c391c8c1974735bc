//! The 1-D GAN lab's words, RU and EN.
// The lesson bundle only lists the lab (title, summary, lead); the rest is the lab bundle's.
#![cfg_attr(not(feature = "labs"), allow(dead_code))]

use crate::exercise::{Exercise, Kind};
use crate::i18n::Text;

pub const TITLE: Text = Text::new(
    "Lab: a 1-D GAN against the exact theory",
    "Лаборатория: одномерный GAN и точная теория",
);
pub const SUMMARY: Text = Text::new(
    "Train a GAN on a density you draw and watch D approach D* and V approach −log 4",
    "Обучите GAN на нарисованной плотности и смотрите, как D приближается к D*, а V — к −log 4",
);
pub const LEAD: Text = Text::new(
    "A small GAN trains in your browser on $p_{data}$, a mixture you edit. Over its learned $D(x)$ the exact $D^*(x) = p_{data}/(p_{data} + p_g)$ for the current generator is drawn, and $V(D, G)$ is tracked against its floor $-\\log 4 = 2 \\cdot JS - \\log 4$ at $JS = 0$. Here $p_g$ is exact: the noise density pushed through $G$, with no sampling.",
    "Небольшой GAN обучается в браузере на $p_{data}$ — смеси, которую вы редактируете. Поверх выученного $D(x)$ нарисован точный $D^*(x) = p_{data}/(p_{data} + p_g)$ для текущего генератора, а $V(D, G)$ отслеживается на фоне нижней границы $-\\log 4 = 2 \\cdot JS - \\log 4$ при $JS = 0$. Здесь $p_g$ точная: плотность шума, пропущенная через $G$, без выборки.",
);
pub const DATA: Text = Text::new("The data p_data", "Данные p_data");
pub const DENSITIES: Text = Text::new("p_data and p_g", "p_data и p_g");
pub const DENSITIES_CAPTION: Text = Text::new(
    "p_data (blue), a histogram of 2 000 generated samples (orange bars), their kernel density (orange), and p_g pushed exactly through G (dashed). V(D, G) as an integral over p_g:",
    "p_data (синяя), гистограмма 2 000 сгенерированных точек (оранжевые столбцы), их ядерная оценка плотности (оранжевая) и p_g, точно пропущенная через G (штрихи). V(D, G) как интеграл по p_g:",
);
pub const D_TITLE: Text = Text::new("The discriminator and D*", "Дискриминатор и D*");
pub const D_CAPTION: Text = Text::new(
    "The trained D(x) (green) and the optimal D*(x) = p_data/(p_data + p_g) for the current G (dashed): D chases D*, and both tend to ½ as p_g → p_data. The proof:",
    "Обученный D(x) (зелёный) и оптимальный D*(x) = p_data/(p_data + p_g) для текущего G (штрихи): D догоняет D*, и оба стремятся к ½ при p_g → p_data. Доказательство:",
);
pub const V_TITLE: Text = Text::new("V(D, G) over training", "V(D, G) в ходе обучения");
pub const V_CAPTION: Text = Text::new(
    "V(D, G) on 2 000 data and generated samples (green), C(G) = 2·JS(p_data‖p_g) − log 4 for the exact p_g (dashed), and the floor −log 4. V ≤ C(G) always (D is at best D*); both reach −log 4 only when p_g = p_data. The proof:",
    "V(D, G) на 2 000 точках данных и генератора (зелёная), C(G) = 2·JS(p_data‖p_g) − log 4 для точной p_g (штрихи) и граница −log 4. Всегда V ≤ C(G) (лучший D — это D*); −log 4 обе достигают только при p_g = p_data. Доказательство:",
);
pub const LOSS_TITLE: Text = Text::new("Losses", "Потери");
pub const LOSS_CAPTION: Text = Text::new(
    "The discriminator's and the generator's batch losses.",
    "Потери дискриминатора и генератора на батче.",
);
pub const PROOF_LINK: Text = Text::new("the theory lesson, this step", "урок с теорией, этот шаг");
pub const G_MEAN: Text = Text::new("mean of p_g (2 000 samples)", "среднее p_g (2 000 точек)");
pub const G_STD: Text = Text::new("std of p_g", "ст. откл. p_g");
pub const DATA_MEAN: Text = Text::new("mean of p_data", "среднее p_data");
pub const DATA_STD: Text = Text::new("std of p_data", "ст. откл. p_data");
pub const D_MEAN: Text = Text::new("mean D (data and samples)", "среднее D (данные и образцы)");
pub const JS_EST: Text = Text::new("JS(p_data‖p_g), exact p_g", "JS(p_data‖p_g), точная p_g");
pub const V_NOW: Text = Text::new("V(D, G)", "V(D, G)");
pub const OUTSIDE: Text = Text::new(
    "of generated samples fall outside the plot",
    "сгенерированных точек за пределами графика",
);
pub const ALT: Text = Text::new(
    "Densities: p_data with mean {dm} and std {ds}; generated samples with mean {gm} and std {gs}.",
    "Плотности: p_data со средним {dm} и ст. откл. {ds}; сгенерированные точки со средним {gm} и ст. откл. {gs}.",
);
pub const D_ALT: Text = Text::new(
    "The trained D and D*: mean D on data and samples {d}.",
    "Обученный D и D*: среднее D на данных и образцах {d}.",
);
pub const V_ALT: Text = Text::new(
    "V(D, G) = {v}; 2·JS − log 4 = {c}.",
    "V(D, G) = {v}; 2·JS − log 4 = {c}.",
);
pub const TRY: Text = Text::new("Try", "Попробуйте");
pub const TRY_BIMODAL: Text = Text::new("two bumps", "два горба");
pub const TRY_MINIMAX: Text = Text::new("the minimax loss", "минимаксные потери");
pub const TRY_DIVERGE: Text = Text::new(
    "LSGAN with SGD at learning rate 1 (diverges)",
    "LSGAN и SGD со скоростью обучения 1 (расходится)",
);
pub const EXPLAIN: Text = Text::new(
    "Two bumps: a one-hidden-unit-wide path from z to x must stretch over the gap, so p_g leaves a thin bridge between the modes. Minimax: early on D rejects the samples confidently and log(1 − D(G(z))) is flat there, so G barely moves (the seminar's game as written); the non-saturating −log D(G(z)) has the same fixed point and strong gradients.",
    "Два горба: отображение z → x должно перекинуться через провал, поэтому p_g оставляет тонкий мостик между модами. Минимакс: в начале D уверенно отвергает образцы, и log(1 − D(G(z))) там почти плоская, поэтому G почти не движется (игра из семинара как есть); ненасыщающиеся −log D(G(z)) имеют ту же неподвижную точку и сильные градиенты.",
);

pub static EXERCISES: [Exercise; 3] = [
    Exercise {
        id: "floor",
        prompt: Text::new(
            "Train on the defaults until $D$ is near ½. Which value does $V(D, G)$ approach, in nats? (3 decimals)",
            "Обучайте с настройками по умолчанию, пока $D$ не станет близок к ½. К какому значению стремится $V(D, G)$ в натах? (3 знака)",
        ),
        kind: Kind::Number {
            answer: -1.386_294_361_119_890_6,
            tol: 5e-3,
        },
        hint: Text::new(
            "With $D \\equiv \\tfrac12$ both expectations are $\\log \\tfrac12$.",
            "При $D \\equiv \\tfrac12$ оба матожидания равны $\\log \\tfrac12$.",
        ),
        solution: Text::new(
            "$-\\log 4 \\approx -1.386$: $C(G) = 2 \\cdot JS - \\log 4$ at $JS = 0$.",
            "$-\\log 4 \\approx -1{,}386$: $C(G) = 2 \\cdot JS - \\log 4$ при $JS = 0$.",
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
                    "потери генератора минимизируются",
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
            "$C(G)$ is the maximum of $V$ over all $D$, reached at $D^*$; any other $D$ gives less.",
            "$C(G)$ — максимум $V$ по всем $D$, он достигается на $D^*$; любой другой $D$ даёт меньше.",
        ),
    },
    Exercise {
        id: "minimax-stall",
        prompt: Text::new(
            "Switch the loss to minimax and train from the same seed. Compared with the non-saturating loss, early on the generator…",
            "Переключите потери на минимакс и обучите с тем же зерном. По сравнению с ненасыщающимися потерями в начале генератор…",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new(
                    "moves more slowly: $\\log(1 - D(G(z)))$ is flat where $D$ rejects the samples",
                    "движется медленнее: $\\log(1 - D(G(z)))$ плоская там, где $D$ отвергает образцы",
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
            "Около $s = D(G(z)) \\approx 0$ наклон $\\log(1 - s)$ примерно $-1$, а у $-\\log s$ он $-1/s$ — огромный. Неподвижная точка $p_g = p_{data}$ у обоих потерь общая.",
        ),
    },
];
