//! The entropy lesson's words: the seminar's derivation (slides «Энтропия для унитарного
//! кодирования»), with its slips fixed: the limit is one-sided, x → 0⁺, and it is
//! «правило Лопиталя».

use crate::components::Step;
use crate::i18n::Text;

/// Title.
pub const TITLE: Text = Text::new(
    "Entropy of a one-hot vector",
    "Энтропия для унитарного кодирования",
);
/// Contents line.
pub const SUMMARY: Text = Text::new(
    "Why H = 0 for a one-hot vector: 0·log 0 = 0 by L'Hôpital's rule.",
    "Почему H = 0 для унитарного вектора: 0·log 0 = 0 по правилу Лопиталя.",
);
/// Lead paragraph.
pub const LEAD: Text = Text::new(
    "A classifier's target is a one-hot vector: 1 at the true class, 0 elsewhere. Its entropy is zero — but the formula contains $0 \\log 0$, and $\\log 0$ is undefined. The derivation settles it with a limit; the playground lets you watch it happen.",
    "Целевой вектор классификатора задаётся унитарным кодированием: единица на месте верного класса, нули на остальных. Его энтропия равна нулю, но в формуле встречается $0 \\log 0$, а $\\log 0$ не определён. Вывод разрешает это с помощью предела; ниже это можно увидеть своими глазами.",
);

/// The derivation.
pub static STEPS: [Step; 6] = [
    Step {
        text: Text::new(
            "Let $p = (p_1, \\dots, p_n)$ be a distribution: $\\sum_{i=1}^n p_i = 1$, $0 \\le p_i \\le 1$.",
            "Пусть $p = (p_1, \\dots, p_n)$, $\\sum_{i=1}^n p_i = 1$, $0 \\le p_i \\le 1$.",
        ),
        tex: None,
    },
    Step {
        text: Text::new(
            "Its entropy, in nats: as throughout the seminar, $\\log$ is the natural logarithm $\\ln$. To get bits, divide by $\\ln 2$ (the playground's unit switch does this); for example, $-\\log 4 \\approx -1.386$ nats $= -2$ bits, a value the GAN lessons meet again.",
            "Энтропия, в натах: как и везде в семинаре, $\\log$ — натуральный логарифм $\\ln$. Чтобы перейти к битам, делим на $\\ln 2$ (это делает переключатель единиц в песочнице); например, $-\\log 4 \\approx -1{,}386$ ната $= -2$ бита — это значение ещё встретится в уроках о GAN.",
        ),
        tex: Some("H(p) = -\\sum_{i=1}^n p_i \\log p_i"),
    },
    Step {
        text: Text::new(
            "The one-hot encoding of class $y_c$ (try the “One-hot” button):",
            "Унитарное кодирование для класса $y_c$ (нажмите кнопку «Унитарный»):",
        ),
        tex: Some(
            "y = (0, \\dots, 1, \\dots, 0), \\qquad y_i = \\begin{cases} 1, & i = y_c, \\\\ 0, & i \\ne y_c. \\end{cases}",
        ),
    },
    Step {
        text: Text::new(
            "In this case, for $i = y_c$ (the point ringed in orange on the first plot):",
            "В этом случае для $i = y_c$ (точка в оранжевом кольце на первом графике):",
        ),
        tex: Some("p_i \\log p_i = 1 \\cdot \\log 1 = 1 \\cdot 0 = 0"),
    },
    Step {
        text: Text::new(
            "For $i \\ne y_c$, $p_i = 0$ and $\\log 0$ is undefined, so $0 \\log 0$ is taken as the one-sided limit $x \\to 0^+$ (the log exists only for $x > 0$). It has the form $-\\infty / \\infty$, so L'Hôpital's rule applies (second plot: the curve, orange at this step, returns to 0):",
            "Для $i \\ne y_c$ имеем $p_i = 0$, а $\\log 0$ не определён, поэтому $0 \\log 0$ понимаем как односторонний предел при $x \\to 0^+$ (логарифм есть лишь при $x > 0$). Это неопределённость вида $-\\infty / \\infty$, и применимо правило Лопиталя (второй график: кривая, на этом шаге оранжевая, возвращается к 0):",
        ),
        tex: Some(
            "\\begin{aligned} p_i \\log p_i &= \\lim_{x \\to 0^+} x \\log x = \\lim_{x \\to 0^+} \\frac{\\log x}{1/x} = \\lim_{x \\to 0^+} \\frac{(\\log x)'}{(1/x)'} \\\\ &= \\lim_{x \\to 0^+} \\frac{1/x}{-1/x^2} = -\\lim_{x \\to 0^+} x = 0 \\end{aligned}",
        ),
    },
    Step {
        text: Text::new(
            "All cases are covered, so for a one-hot vector (why this matters: see the classification loss below)",
            "Таким образом, все случаи разобраны, и для унитарного вектора (зачем это нужно — см. ниже о функции потерь классификатора)",
        ),
        tex: Some("H(p) = -\\sum_{i=1}^n p_i \\log p_i = 0"),
    },
];

/// The playground's heading.
pub const PLAYGROUND: Text = Text::new(
    "Try it: a distribution and its entropy",
    "Попробуйте: распределение и его энтропия",
);
/// Playground hint.
pub const PLAYGROUND_HINT: Text = Text::new(
    "Drag a bar, type a value, or focus a bar and use the arrow keys; the other values rescale so that they still sum to 1.",
    "Перетащите столбик, введите число или выберите столбик и нажимайте стрелки; остальные значения масштабируются так, чтобы сумма оставалась равной 1.",
);
/// Button.
pub const ONE_HOT: Text = Text::new("One-hot", "Унитарный");
/// Button.
pub const UNIFORM: Text = Text::new("Uniform", "Равномерный");
/// Readout label.
pub const ENTROPY: Text = Text::new("Entropy H(p) =", "Энтропия H(p) =");
/// Readout label.
pub const ENTROPY_MAX: Text =
    Text::new("Largest possible, log n =", "Наибольшая возможная, log n =");
/// Figure caption.
pub const TERMS_CAPTION: Text = Text::new(
    "The blue curve is −x·log x on (0, 1]; each red point is one term −pᵢ·log pᵢ of H(p), so H(p) is the sum of the points' heights. Points at x = 0 and x = 1 contribute 0; at step 4 an orange ring marks the point (1, 0).",
    "Синяя кривая — −x·log x на (0, 1]; каждая красная точка — слагаемое −pᵢ·log pᵢ из H(p), так что H(p) — сумма высот точек. Точки в x = 0 и x = 1 дают 0; на шаге 4 оранжевое кольцо отмечает точку (1, 0).",
);
/// Figure alternative text; `{y}` (the y axis), `{p}` and `{h}` are filled in.
pub const TERMS_ALT: Text = Text::new(
    "Plot of −x·log x for x from 0 to 1, peaking at x = 1/e. x axis: x; y axis: {y}. Marked: the terms of p = ({p}); H(p) = {h}.",
    "График −x·log x при x от 0 до 1 с максимумом в x = 1/e. Ось x: x; ось y: {y}. Отмечены слагаемые для p = ({p}); H(p) = {h}.",
);
/// Limit section heading.
pub const LIMIT: Text = Text::new(
    "The limit x·log x → 0 as x → 0⁺",
    "Предел x·log x → 0 при x → 0⁺",
);
/// Slider label.
pub const PROBE: Text = Text::new(
    "Move x towards 0 (log scale):",
    "Двигайте x к нулю (логарифмическая шкала):",
);
/// Axis label.
pub const X_AXIS_LOG: Text = Text::new("x (log scale)", "x (логарифмическая шкала)");
/// Limit caption.
pub const LIMIT_CAPTION: Text = Text::new(
    "x·ln x (blue; orange at step 5) on a logarithmic x axis, with the red point at the slider's x. As x → 0⁺, ln x → −∞, but |ln x| grows more slowly than 1/x, so the product x·ln x = ln x / (1/x) returns to 0.",
    "x·ln x (синяя кривая; на шаге 5 оранжевая) на логарифмической оси x; красная точка — x, заданный ползунком. При x → 0⁺ ln x → −∞, но |ln x| растёт медленнее, чем 1/x, поэтому произведение x·ln x = ln x / (1/x) стремится к 0.",
);
/// Limit alternative text.
pub const LIMIT_ALT: Text = Text::new(
    "Plot of x·ln x for x from 10⁻¹² to 1. x axis: x, logarithmic scale; y axis: x·ln x. The curve dips to −1/e at x = 1/e and rises back to 0 as x → 0. Marked: x = {x}, x·ln x = {v}.",
    "График x·ln x при x от 10⁻¹² до 1. Ось x: x, логарифмическая шкала; ось y: x·ln x. Кривая опускается до −1/e в x = 1/e и возвращается к 0 при x → 0. Отмечено: x = {x}, x·ln x = {v}.",
);
/// Y axis label of the terms figure, per unit.
pub const TERM_AXIS_NATS: &str = "−x·ln x";
/// Y axis label of the terms figure in bits.
pub const TERM_AXIS_BITS: &str = "−x·log₂ x";

/// Heading of the remark after the derivation (seminar: «Энтропия для унитарного
/// кодирования», the reason the slide is there).
pub const WHY_TITLE: Text = Text::new(
    "Why H = 0 matters: the classification loss",
    "Зачем это нужно: функция потерь классификатора",
);
/// The remark: one-hot entropy 0 turns cross-entropy into KL and into −log q at the true class.
pub static WHY: Step = Step {
    text: Text::new(
        "A classifier predicts a distribution $q = (q_1, \\dots, q_n)$ over the classes and is trained on the one-hot target $y$ with the cross-entropy $H(y, q) = -\\sum_i y_i \\log q_i$ as its loss. Adding and subtracting $\\sum_i y_i \\log y_i$ splits it as $H(y, q) = H(y) + D_{KL}(y\\|q)$, where $D_{KL} \\ge 0$ is the Kullback–Leibler divergence (the Gibbs and KL lessons). For a one-hot $y$ the first term is the $H(y) = 0$ just derived, and of the sum only the term $i = y_c$ is left, so",
        "Классификатор выдаёт распределение $q = (q_1, \\dots, q_n)$ по классам и обучается на унитарном целевом векторе $y$; функция потерь — перекрёстная энтропия $H(y, q) = -\\sum_i y_i \\log q_i$. Если прибавить и вычесть $\\sum_i y_i \\log y_i$, она раскладывается в сумму $H(y, q) = H(y) + D_{KL}(y\\|q)$, где $D_{KL} \\ge 0$ — функция близости Кульбака–Лейблера (уроки о неравенстве Гиббса и о KL). Для унитарного $y$ первое слагаемое — только что полученное $H(y) = 0$, а от суммы остаётся одно слагаемое с $i = y_c$, поэтому",
    ),
    tex: Some("H(y, q) = D_{KL}(y \\,\\|\\, q) = -\\log q_{y_c}"),
};
/// After the remark's formula.
pub const WHY_AFTER: Text = Text::new(
    "This is the usual classification loss: minimising the cross-entropy is minimising the KL divergence from the target, and the loss depends only on the probability given to the true class. See it live in the Gibbs lesson: make $p$ one-hot, and the cross-entropy equals the gap.",
    "Это привычная функция потерь классификации: минимизировать перекрёстную энтропию — то же самое, что минимизировать функцию близости Кульбака–Лейблера от целевого вектора, и потери зависят только от вероятности, которую модель даёт верному классу. Проверьте в уроке о неравенстве Гиббса: сделайте $p$ унитарным, и перекрёстная энтропия совпадёт с зазором.",
);
