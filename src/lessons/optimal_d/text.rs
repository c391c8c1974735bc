//! The optimal discriminator lesson's words: the seminar's theorem argmax_D V(D, G) = D_G =
//! p_data/(p_data + p_g) and its proof through f(s) = p_data·log s + p_g·log(1 − s), with what
//! the slide leaves out: where a density is 0 the maximum moves to an end of [0, 1].

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
    "D* = p_data/(p_data + p_g), доказательство поточечно: в каждой точке x — максимум p_data·log s + p_g·log(1 − s).",
);
/// Lead paragraph.
pub const LEAD: Text = Text::new(
    "For a fixed generator, which discriminator is best? The value $V(D, G)$ is an integral over $x$, and $D(x)$ may be chosen separately at every $x$: so it is enough to maximise one function of one number $s = D(x)$. Drag the probe $x$ and watch the maximiser of $f(s)$ land on $D^*(x)$.",
    "Какой дискриминатор лучший при фиксированном генераторе? Значение $V(D, G)$ — интеграл по $x$, и $D(x)$ можно выбирать в каждой точке $x$ отдельно, поэтому достаточно максимизировать функцию одного числа $s = D(x)$. Двигайте точку $x$ и смотрите, как максимум $f(s)$ попадает в $D^*(x)$.",
);

/// The derivation.
pub static STEPS: [Step; 7] = [
    Step {
        text: Text::new(
            "Theorem. For a fixed $G$, the best discriminator is (where $p_{data}(x) + p_g(x) > 0$; elsewhere $D$ does not affect $V$)",
            "Теорема. При фиксированном $G$ лучший дискриминатор (там, где $p_{data}(x) + p_g(x) > 0$; в остальных точках $D$ не влияет на $V$)",
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
            "At the probe $x$, with $p_{data} = p_{data}(x)$ and $p_g = p_g(x)$ fixed numbers, look at the function of $s = D(x)$ (the right-hand plot):",
            "В точке $x$, где $p_{data} = p_{data}(x)$ и $p_g = p_g(x)$ — фиксированные числа, рассмотрим функцию от $s = D(x)$ (правый график):",
        ),
        tex: Some("f(s) = p_{data} \\log s + p_g \\log(1 - s), \\quad s \\in (0, 1)"),
    },
    Step {
        text: Text::new(
            "Its derivative vanishes at exactly one point, $s^*$ (the marked maximum):",
            "Её производная обращается в ноль ровно в одной точке $s^*$ (отмеченный максимум):",
        ),
        tex: Some(
            "f'(s) = \\frac{p_{data}}{s} - \\frac{p_g}{1 - s} = 0 \\Leftrightarrow p_{data}(1 - s) - p_g s = 0 \\Leftrightarrow s = \\frac{p_{data}}{p_{data} + p_g}",
        ),
    },
    Step {
        text: Text::new(
            "It is a maximum: when both densities are positive, $f'$ goes from $+\\infty$ to $-\\infty$ (and $f'' = -p_{data}/s^2 - p_g/(1 - s)^2 < 0$, so $f$ is strictly concave).",
            "Это максимум: когда обе плотности положительны, $f'$ меняется от $+\\infty$ до $-\\infty$ (и $f'' = -p_{data}/s^2 - p_g/(1 - s)^2 < 0$, то есть $f$ строго вогнута).",
        ),
        tex: Some("\\lim_{s \\to 0+} f'(s) > 0, \\qquad \\lim_{s \\to 1-} f'(s) < 0"),
    },
    Step {
        text: Text::new(
            "Where one density is 0 the slide's limits fail, yet the formula still holds: if $p_g(x) = 0 < p_{data}(x)$, $f = p_{data} \\log s$ grows all the way to $s = 1 = D^*(x)$; if $p_{data}(x) = 0 < p_g(x)$ the maximum is at $s = 0$. Move $x$ far into one tail to see it (the densities are then tiny, and $D^*$ is computed from their logarithms).",
            "Там, где одна из плотностей равна 0, пределы со слайда неверны, но формула остаётся верной: если $p_g(x) = 0 < p_{data}(x)$, то $f = p_{data} \\log s$ растёт до самого $s = 1 = D^*(x)$; если $p_{data}(x) = 0 < p_g(x)$, максимум в $s = 0$. Уведите $x$ далеко в хвост, чтобы это увидеть (плотности там крошечные, и $D^*$ считается через их логарифмы).",
        ),
        tex: Some("p_g(x) = 0 \\Rightarrow s^* = 1, \\qquad p_{data}(x) = 0 \\Rightarrow s^* = 0"),
    },
    Step {
        text: Text::new(
            "Choosing $D(x) = s^*$ at every $x$ maximises every integrand at once, hence the integral. ∎ Where $p_{data} = p_g$, $D^* = \\tfrac12$: the discriminator cannot tell.",
            "Выбор $D(x) = s^*$ в каждой точке максимизирует каждое подынтегральное выражение сразу, а значит и интеграл. ∎ Где $p_{data} = p_g$, там $D^* = \\tfrac12$: дискриминатор не может различить.",
        ),
        tex: Some("D^*(x) = D_G(x) = \\frac{p_{data}(x)}{p_{data}(x) + p_g(x)}"),
    },
];

/// Heading.
pub const DENSITIES: Text = Text::new("p_data, p_g and the probe x", "p_data, p_g и точка x");
/// Hint.
pub const DENSITIES_HINT: Text = Text::new(
    "Drag the handles or use the sliders to edit the densities; the x slider (or a click on the D* plot) moves the probe.",
    "Тяните маркеры или ползунки, чтобы менять плотности; ползунок x (или щелчок по графику D*) двигает точку.",
);
/// Caption.
pub const DENSITIES_CAPTION: Text = Text::new(
    "The two densities and the probe x (orange).",
    "Две плотности и точка x (оранжевая).",
);
/// Caption.
pub const DSTAR_CAPTION: Text = Text::new(
    "D*(x) over x; the dot is D*(x) at the probe.",
    "D*(x) по x; точка — D*(x) в выбранном x.",
);
/// Caption.
pub const F_CAPTION: Text = Text::new(
    "f(s) = p_data(x)·log s + p_g(x)·log(1 − s) on (0, 1); its maximum is at s* = D*(x).",
    "f(s) = p_data(x)·log s + p_g(x)·log(1 − s) на (0, 1); её максимум в s* = D*(x).",
);
/// Alt text; {x}, {d} filled in.
pub const DSTAR_ALT: Text = Text::new(
    "The optimal discriminator D*(x) over x; at the probe x = {x} it is {d}.",
    "Оптимальный дискриминатор D*(x) по x; в точке x = {x} он равен {d}.",
);
/// Alt text; {pd}, {pg}, {s} filled in.
pub const F_ALT: Text = Text::new(
    "f(s) for p_data(x) = {pd} and p_g(x) = {pg}; the maximum is at s* = {s}.",
    "f(s) при p_data(x) = {pd} и p_g(x) = {pg}; максимум в s* = {s}.",
);
/// Readout label.
pub const P_DATA_X: Text = Text::new("p_data(x) =", "p_data(x) =");
/// Readout label.
pub const P_G_X: Text = Text::new("p_g(x) =", "p_g(x) =");
/// Readout label.
pub const D_STAR: Text = Text::new("D*(x) =", "D*(x) =");
/// Readout label.
pub const S_STAR: Text = Text::new("argmax f = s* =", "argmax f = s* =");
/// Readout label.
pub const F_PRIME_0: Text = Text::new("f′ near s = 0:", "f′ около s = 0:");
/// Readout label.
pub const F_PRIME_1: Text = Text::new("f′ near s = 1:", "f′ около s = 1:");
/// Slider label.
pub const PROBE: Text = Text::new("probe x", "точка x");
