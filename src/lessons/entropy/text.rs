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
    "A classifier's target is a one-hot vector. Its entropy is zero — but the formula contains $0 \\log 0$, and $\\log 0$ is undefined. The derivation settles it with a limit; the playground lets you watch it happen.",
    "Целевой вектор классификатора — унитарный (one-hot). Его энтропия равна нулю, но в формуле встречается $0 \\log 0$, а $\\log 0$ не определён. Вывод решает это через предел; ниже это можно увидеть своими глазами.",
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
        text: Text::new("Its entropy is", "Энтропия"),
        tex: Some("H(p) = -\\sum_{i=1}^n p_i \\log p_i"),
    },
    Step {
        text: Text::new(
            "The one-hot encoding of class $y_c$ (try the “one-hot” button):",
            "Унитарное кодирование для класса $y_c$ (нажмите кнопку «унитарный»):",
        ),
        tex: Some(
            "y = (0, \\dots, 1, \\dots, 0), \\qquad y_i = \\begin{cases} 1, & i = y_c, \\\\ 0, & i \\ne y_c. \\end{cases}",
        ),
    },
    Step {
        text: Text::new(
            "In this case, for $i = y_c$ (the ringed point of the first plot):",
            "В этом случае для $i = y_c$ (точка в кружке на первом графике):",
        ),
        tex: Some("p_i \\log p_i = 1 \\cdot \\log 1 = 1 \\cdot 0 = 0"),
    },
    Step {
        text: Text::new(
            "For $i \\ne y_c$, $p_i = 0$ and $\\log 0$ is undefined, so $0 \\log 0$ is taken as the one-sided limit $x \\to 0^+$ (the log exists only for $x > 0$). It has the form $-\\infty / \\infty$, so L'Hôpital's rule applies (second plot: the curve returns to 0):",
            "Для $i \\ne y_c$ имеем $p_i = 0$, а $\\log 0$ не определён, поэтому $0 \\log 0$ понимаем как односторонний предел при $x \\to 0^+$ (логарифм есть лишь при $x > 0$). Это неопределённость вида $-\\infty / \\infty$, и применимо правило Лопиталя (второй график: кривая возвращается к 0):",
        ),
        tex: Some(
            "\\begin{aligned} p_i \\log p_i &= \\lim_{x \\to 0^+} x \\log x = \\lim_{x \\to 0^+} \\frac{\\log x}{1/x} = \\lim_{x \\to 0^+} \\frac{(\\log x)'}{(1/x)'} \\\\ &= \\lim_{x \\to 0^+} \\frac{1/x}{-1/x^2} = -\\lim_{x \\to 0^+} x = 0 \\end{aligned}",
        ),
    },
    Step {
        text: Text::new(
            "All cases are covered, so for a one-hot vector",
            "Таким образом, разобрали все случаи, и для унитарного вектора",
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
    "Тяните столбик, введите число или выберите столбик и нажимайте стрелки; остальные значения масштабируются, чтобы сумма оставалась равной 1.",
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
    "The curve −x·log x on (0, 1]; each red point is one term −pᵢ·log pᵢ of H(p). Points at x = 0 and x = 1 contribute 0.",
    "Кривая −x·log x на (0, 1]; каждая красная точка — слагаемое −pᵢ·log pᵢ из H(p). Точки в x = 0 и x = 1 дают 0.",
);
/// Figure alternative text; `{p}` and `{h}` are filled in.
pub const TERMS_ALT: Text = Text::new(
    "Plot of −x·log x from 0 to 1, peaking at x = 1/e, with the terms of p = ({p}) marked; H(p) = {h}.",
    "График −x·log x от 0 до 1 с максимумом в x = 1/e; отмечены слагаемые для p = ({p}); H(p) = {h}.",
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
    "x·ln x on a logarithmic x axis: log x falls without bound, yet x falls faster, so the product returns to 0.",
    "x·ln x на логарифмической оси x: log x неограниченно убывает, но x убывает быстрее, и произведение возвращается к 0.",
);
/// Limit alternative text.
pub const LIMIT_ALT: Text = Text::new(
    "Plot of x·ln x for x from 10⁻¹² to 1: it dips to −1/e at x = 1/e and rises back to 0 as x → 0. Marked: x = {x}, x·ln x = {v}.",
    "График x·ln x при x от 10⁻¹² до 1: минимум −1/e в x = 1/e и возврат к 0 при x → 0. Отмечено: x = {x}, x·ln x = {v}.",
);
/// Y axis label of the terms figure, per unit.
pub const TERM_AXIS_NATS: &str = "−x·ln x";
/// Y axis label of the terms figure in bits.
pub const TERM_AXIS_BITS: &str = "−x·log₂ x";
