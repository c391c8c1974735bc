//! The optimal discriminator lesson's words: the seminar's theorem argmax_D V(D, G) = D_G =
//! p_data/(p_data + p_g) and its proof through f(s) = p_data·log s + p_g·log(1 − s) on [0, 1]
//! (with 0·log 0 = 0), with what the slide leaves out: where a density is 0 the maximum moves to
//! an end of [0, 1], and the theorem lets D be any function.

use crate::components::Step;
use crate::i18n::Text;

/// Title.
pub const TITLE: Text = Text::new(
    "The optimal discriminator D*",
    "Оптимальный дискриминатор D*",
);
/// Contents line.
pub const SUMMARY: Text = Text::new(
    "D* = p_data/(p_data + p_g), proved pointwise: at each x the maximiser of p_data·log s + p_g·log(1 − s).",
    "D* = p_data/(p_data + p_g), доказательство поточечное: в каждой точке x — точка максимума p_data·log s + p_g·log(1 − s).",
);
/// Lead paragraph.
pub const LEAD: Text = Text::new(
    "For a fixed generator, which discriminator is best? The value $V(D, G)$ is an integral over $x$, and $D(x)$ may be chosen separately at every $x$: so it is enough to maximise one function of one number $s = D(x)$. Drag the probe $x$ and watch the maximiser of $f(s)$ land on $D^*(x)$.",
    "Какой дискриминатор лучший при фиксированном генераторе? Значение $V(D, G)$ — интеграл по $x$, и $D(x)$ можно выбирать в каждой точке $x$ отдельно, поэтому достаточно максимизировать функцию одного числа $s = D(x)$. Двигайте точку $x$ и смотрите, как точка максимума $f(s)$ совпадает с $D^*(x)$.",
);

/// The derivation.
pub static STEPS: [Step; 7] = [
    Step {
        text: Text::new(
            "Theorem. For a fixed $G$, among all functions $D$ with values in $[0, 1]$ the best discriminator is (where $p_{data}(x) + p_g(x) > 0$; elsewhere $D$ does not affect $V$)",
            "Теорема. При фиксированном $G$ среди всех функций $D$ со значениями в $[0, 1]$ лучший дискриминатор (там, где $p_{data}(x) + p_g(x) > 0$; в остальных точках $D$ не влияет на $V$)",
        ),
        tex: Some("\\arg\\max_D V(D, G) = D_G = \\frac{p_{data}}{p_{data} + p_g}"),
    },
    Step {
        text: Text::new(
            "Proof. Write $V$ as one integral; the integrand at each $x$ depends on $D$ only through the number $D(x)$, so maximise it pointwise:",
            "Доказательство. Запишем $V$ одним интегралом; подынтегральное выражение в каждой точке $x$ зависит от $D$ только через число $D(x)$, поэтому максимизируем его поточечно:",
        ),
        tex: Some(
            "V(D, G) = \\int_x \\big(p_{data}(x) \\log D(x) + p_g(x) \\log(1 - D(x))\\big)\\, dx",
        ),
    },
    Step {
        text: Text::new(
            "At the probe $x$, with $p_{data} = p_{data}(x)$ and $p_g = p_g(x)$ fixed numbers, look at the function of $s = D(x)$ on the closed interval $[0, 1]$ (the plot of $f$), with the convention $0 \\cdot \\log 0 = 0$ (a zero density drops its term; a positive one sends $f$ to $-\\infty$ at that end):",
            "В точке $x$, где $p_{data} = p_{data}(x)$ и $p_g = p_g(x)$ — фиксированные числа, рассмотрим функцию от $s = D(x)$ на отрезке $[0, 1]$ (график $f$) с соглашением $0 \\cdot \\log 0 = 0$ (слагаемое с нулевой плотностью пропадает, а с положительной уводит $f$ в $-\\infty$ на соответствующем конце):",
        ),
        tex: Some("f(s) = p_{data} \\log s + p_g \\log(1 - s), \\quad s \\in [0, 1]"),
    },
    Step {
        text: Text::new(
            "When both densities are positive, its derivative vanishes inside $(0, 1)$ at exactly one point, $s^*$ (the marked maximum):",
            "Когда обе плотности положительны, её производная обращается в ноль внутри $(0, 1)$ ровно в одной точке $s^*$ (отмеченный максимум):",
        ),
        tex: Some(
            "f'(s) = \\frac{p_{data}}{s} - \\frac{p_g}{1 - s} = 0 \\Leftrightarrow p_{data}(1 - s) - p_g s = 0 \\Leftrightarrow s = \\frac{p_{data}}{p_{data} + p_g}",
        ),
    },
    Step {
        text: Text::new(
            "It is the maximum over all of $[0, 1]$: $f'$ goes from $+\\infty$ to $-\\infty$ ($f'' = -p_{data}/s^2 - p_g/(1 - s)^2 < 0$, so $f$ is strictly concave), and at both ends $f = -\\infty$.",
            "Это максимум на всём отрезке $[0, 1]$: $f'$ меняется от $+\\infty$ до $-\\infty$ ($f'' = -p_{data}/s^2 - p_g/(1 - s)^2 < 0$, то есть $f$ строго вогнута), а на обоих концах $f = -\\infty$.",
        ),
        tex: Some("\\lim_{s \\to 0+} f'(s) > 0, \\qquad \\lim_{s \\to 1-} f'(s) < 0"),
    },
    Step {
        text: Text::new(
            "Where one density is 0 the slide's limits fail, yet the formula still holds: if $p_g(x) = 0 < p_{data}(x)$, then $f = p_{data} \\log s$ increases on $[0, 1]$ up to $f(1) = 0$, so the maximum is at the end $s = 1 = D^*(x)$; if $p_{data}(x) = 0 < p_g(x)$ it is at $s = 0$. On the open interval $(0, 1)$ there would be no maximum at all: that is why $f$ is taken on $[0, 1]$. Move $x$ far into one tail to approach this (the densities are then tiny, and $D^*$ is computed from their logarithms).",
            "Там, где одна из плотностей равна 0, неравенства для пределов со слайда не выполняются, но формула остаётся верной: если $p_g(x) = 0 < p_{data}(x)$, то $f = p_{data} \\log s$ возрастает на $[0, 1]$ до $f(1) = 0$, и максимум — на конце $s = 1 = D^*(x)$; если $p_{data}(x) = 0 < p_g(x)$, максимум в $s = 0$. На интервале $(0, 1)$ максимума не было бы вовсе — поэтому $f$ рассматривается на отрезке $[0, 1]$. Уведите $x$ далеко в хвост, чтобы приблизиться к этому случаю (плотности там крошечные, и $D^*$ считается через их логарифмы).",
        ),
        tex: Some("p_g(x) = 0 \\Rightarrow s^* = 1, \\qquad p_{data}(x) = 0 \\Rightarrow s^* = 0"),
    },
    Step {
        text: Text::new(
            "Choosing $D(x) = s^*$ at every $x$ maximises every integrand at once, hence the integral. ∎ Where $p_{data} = p_g$, $D^* = \\tfrac12$: the discriminator cannot tell. The proof picks $D(x)$ freely at every $x$, so it assumes $D$ may be any function. A real discriminator belongs to a family (a network; in the previous lesson, a logistic curve $\\sigma(a x + b)$), and its best member may miss $D^*$: then $\\max V$ over the family stays below $C(G) = V(D^*, G)$.",
            "Выбор $D(x) = s^*$ в каждой точке максимизирует каждое подынтегральное выражение сразу, а значит, и интеграл. ∎ Где $p_{data} = p_g$, там $D^* = \\tfrac12$: дискриминатор не может их различить. Доказательство выбирает $D(x)$ в каждой точке свободно, то есть предполагает, что $D$ может быть любой функцией. Настоящий дискриминатор принадлежит семейству (нейросеть; в предыдущем уроке — логистическая кривая $\\sigma(a x + b)$), и лучший его член может не совпасть с $D^*$: тогда максимум $V$ по семейству остаётся ниже $C(G) = V(D^*, G)$.",
        ),
        tex: Some("D^*(x) = D_G(x) = \\frac{p_{data}(x)}{p_{data}(x) + p_g(x)}"),
    },
];

/// Heading.
pub const DENSITIES: Text = Text::new("p_data, p_g and the probe x", "p_data, p_g и точка x");
/// Hint.
pub const DENSITIES_HINT: Text = Text::new(
    "Drag the handles or use the sliders to edit the densities; the x slider (or a click on the D* plot) moves the probe.",
    "Перетаскивайте маркеры или ползунки, чтобы менять плотности; ползунок x (или щелчок по графику D*) двигает точку.",
);
/// Caption.
pub const DENSITIES_CAPTION: Text = Text::new(
    "p_data (blue) and p_g (red), shaded, and the probe x (orange vertical line).",
    "p_data (синяя) и p_g (красная) с заливкой и точка x (оранжевая вертикальная линия).",
);
/// Caption.
pub const DSTAR_CAPTION: Text = Text::new(
    "D*(x) over x (black), the grey line at ½; the orange line and dot mark D*(x) at the probe.",
    "D*(x) по x (чёрная линия), серая линия — уровень ½; оранжевые линия и точка отмечают D*(x) в выбранной точке.",
);
/// Caption.
pub const F_CAPTION: Text = Text::new(
    "f(s) divided by p_data(x) + p_g(x) (blue), for s from 0 to 1: the same maximiser, and a curve that stays visible where both densities are tiny. The orange line and dot mark the maximum s* = D*(x).",
    "f(s), делённая на p_data(x) + p_g(x) (синяя кривая), при s от 0 до 1: точка максимума та же, а кривая видна и там, где обе плотности крошечные. Оранжевые линия и точка отмечают максимум s* = D*(x).",
);
/// Alt text; {x}, {d} filled in.
pub const DSTAR_ALT: Text = Text::new(
    "x axis: x; y axis: D*. The optimal discriminator D*(x) over x; at the probe x = {x} it is {d}.",
    "Ось x: x; ось y: D*. Оптимальный дискриминатор D*(x) в зависимости от x; в точке x = {x} он равен {d}.",
);
/// Alt text; {pd}, {pg}, {s} filled in.
pub const F_ALT: Text = Text::new(
    "Horizontal axis: s from 0 to 1; vertical axis: f(s)/(p_data + p_g). f(s) for p_data(x) = {pd} and p_g(x) = {pg}; the maximum is at s* = {s}.",
    "Горизонтальная ось: s от 0 до 1; вертикальная ось: f(s)/(p_data + p_g). f(s) при p_data(x) = {pd} и p_g(x) = {pg}; максимум в s* = {s}.",
);
/// Readout label.
pub const P_DATA_X: Text = Text::new("p_data(x) =", "p_data(x) =");
/// Readout label.
pub const P_G_X: Text = Text::new("p_g(x) =", "p_g(x) =");
/// Readout label.
pub const D_STAR: Text = Text::new("D*(x) =", "D*(x) =");
/// Readout label.
pub const S_STAR: Text = Text::new("maximiser of f: s* =", "точка максимума f: s* =");
/// Readout label.
pub const F_PRIME_0: Text = Text::new("f′ near s = 0:", "f′ около s = 0:");
/// Readout label.
pub const F_PRIME_1: Text = Text::new("f′ near s = 1:", "f′ около s = 1:");
/// Slider label.
pub const PROBE: Text = Text::new("probe x", "точка x");
/// The link to the previous lesson's logistic-D gap (the theorem's "any function" assumption).
pub const GAP_LINK: Text = Text::new(
    "When D must be a logistic curve σ(a·x + b), its best choice can miss D*: see the gap V(D*, G) − V(D, G) in the previous lesson, for these p_data and p_g",
    "Если D обязан быть логистической кривой σ(a·x + b), лучший выбор может не совпасть с D*: посмотрите на зазор V(D*, G) − V(D, G) в предыдущем уроке для этих p_data и p_g",
);
