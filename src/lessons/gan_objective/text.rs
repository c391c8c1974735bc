//! The GAN objective lesson's words: the seminar's slide «GAN и оптимальное распределение D/G (1)»
//! — the value V(D, G) over z and over x ~ p_g — with a discriminator the user controls.

use crate::components::Step;
use crate::i18n::Text;

/// Title.
pub const TITLE: Text = Text::new("The GAN objective V(D, G)", "Целевая функция GAN V(D, G)");
/// Contents line.
pub const SUMMARY: Text = Text::new(
    "The minimax value over z and over x ~ p_g; move a discriminator of your own and watch V(D, G) stay below V(D*, G).",
    "Минимакс по z и по x ~ p_g; двигайте свой дискриминатор и смотрите, как V(D, G) остаётся ниже V(D*, G).",
);
/// Lead paragraph.
pub const LEAD: Text = Text::new(
    "A generator $G$ turns noise $z \\sim p_z$ into samples whose distribution we call $p_g$; a discriminator $D(x) \\in (0, 1)$ says how sure it is that $x$ is real. Below, $p_{data}$ and $p_g$ are 1-D Gaussian mixtures you can drag, and $D$ is a logistic curve you steer. Every number is an exact integral, not a sample estimate.",
    "Генератор $G$ превращает шум $z \\sim p_z$ в примеры, распределение которых мы обозначаем $p_g$; дискриминатор $D(x) \\in (0, 1)$ говорит, насколько он уверен, что $x$ настоящий. Ниже $p_{data}$ и $p_g$ — одномерные смеси гауссиан, которые можно тянуть, а $D$ — логистическая кривая, которой вы управляете. Все числа — точные интегралы, а не оценки по выборке.",
);

/// The derivation.
pub static STEPS: [Step; 5] = [
    Step {
        text: Text::new(
            "The original objective (Goodfellow et al., 2014): $D$ maximises, $G$ minimises",
            "Исходная функция потерь (Goodfellow et al., 2014): $D$ её максимизирует, $G$ минимизирует",
        ),
        tex: Some(
            "\\min_G \\max_D V(D, G) = \\min_G \\max_D \\left[\\mathbb{E}_{x \\sim p_{data}} \\log D(x) + \\mathbb{E}_{z \\sim p_z} \\log(1 - D(G(z)))\\right]",
        ),
    },
    Step {
        text: Text::new(
            "$p_g$ is the distribution of $G(z)$, so an average over $z$ of a function of $G(z)$ is an average over $x \\sim p_g$:",
            "$p_g$ — распределение $G(z)$, поэтому среднее по $z$ от функции $G(z)$ — это среднее по $x \\sim p_g$:",
        ),
        tex: Some(
            "V(D, G) = \\mathbb{E}_{x \\sim p_{data}} \\log D(x) + \\mathbb{E}_{x \\sim p_g} \\log(1 - D(x))",
        ),
    },
    Step {
        text: Text::new(
            "Written as one integral over $x$ (the shaded densities in the first plot weigh $\\log D$ and $\\log(1 - D)$):",
            "В виде одного интеграла по $x$ (закрашенные плотности на первом графике взвешивают $\\log D$ и $\\log(1 - D)$):",
        ),
        tex: Some(
            "V(D, G) = \\int_x \\big(p_{data}(x) \\log D(x) + p_g(x) \\log(1 - D(x))\\big)\\, dx",
        ),
    },
    Step {
        text: Text::new(
            "Take $D(x) = \\sigma(a x + b)$ and move $a$, $b$: $V(D, G)$ never exceeds $V(D^*, G)$, the value at the optimal discriminator $D^* = p_{data}/(p_{data} + p_g)$ (the dashed curve; proved in the next lesson). $D \\equiv \\tfrac12$ ($a = b = 0$) gives $-\\log 4$ whatever $p_g$ is.",
            "Возьмите $D(x) = \\sigma(a x + b)$ и двигайте $a$, $b$: $V(D, G)$ никогда не превышает $V(D^*, G)$ — значения при оптимальном дискриминаторе $D^* = p_{data}/(p_{data} + p_g)$ (пунктир; доказательство — в следующем уроке). $D \\equiv \\tfrac12$ ($a = b = 0$) даёт $-\\log 4$ при любом $p_g$.",
        ),
        tex: Some("V(D, G) \\le V(D^*, G) = \\max_D V(D, G)"),
    },
    Step {
        text: Text::new(
            "When $p_{data} = \\mathcal{N}(\\mu_d, s^2)$ and $p_g = \\mathcal{N}(\\mu_g, s^2)$ share their spread, $\\log D^*/(1 - D^*) = \\log p_{data} - \\log p_g$ is linear in $x$, so a logistic $D$ reaches the maximum exactly (for the defaults: $a = 2$, $b = 0$). For other shapes no logistic curve does: the gap stays positive.",
            "Если $p_{data} = \\mathcal{N}(\\mu_d, s^2)$ и $p_g = \\mathcal{N}(\\mu_g, s^2)$ с одинаковым разбросом, то $\\log D^*/(1 - D^*) = \\log p_{data} - \\log p_g$ линейна по $x$, и логистический $D$ достигает максимума точно (по умолчанию: $a = 2$, $b = 0$). Для других форм никакая логистическая кривая этого не может: разрыв остаётся положительным.",
        ),
        tex: Some(
            "a = \\frac{\\mu_d - \\mu_g}{s^2}, \\quad b = \\frac{\\mu_g^2 - \\mu_d^2}{2 s^2}",
        ),
    },
];

/// Heading.
pub const DENSITIES: Text = Text::new("p_data and p_g", "p_data и p_g");
/// Hint.
pub const DENSITIES_HINT: Text = Text::new(
    "Drag a filled dot to move a component (up and down sets its weight), a ring to change its spread, or use the sliders.",
    "Тяните закрашенную точку, чтобы сдвинуть компоненту (вверх-вниз — её вес), кольцо — чтобы изменить разброс, или используйте ползунки.",
);
/// Caption.
pub const DENSITIES_CAPTION: Text = Text::new(
    "The two densities; the handles edit them.",
    "Две плотности; маркеры их редактируют.",
);
/// Heading.
pub const DISCRIMINATOR: Text = Text::new("Your discriminator", "Ваш дискриминатор");
/// Caption.
pub const D_CAPTION: Text = Text::new(
    "Your D(x) = σ(a·x + b) and the optimal D*(x); the grey line is ½.",
    "Ваш D(x) = σ(a·x + b) и оптимальный D*(x); серая линия — ½.",
);
/// Alt text; {a}, {b}, {v}, {vs} are filled in.
pub const D_ALT: Text = Text::new(
    "Your discriminator D(x) = σ({a}·x + {b}) beside the optimal D*(x) = p_data/(p_data + p_g); V(D, G) = {v}, V(D*, G) = {vs}.",
    "Ваш дискриминатор D(x) = σ({a}·x + {b}) рядом с оптимальным D*(x) = p_data/(p_data + p_g); V(D, G) = {v}, V(D*, G) = {vs}.",
);
/// Readout label.
pub const V_D_G: Text = Text::new("V(D, G) =", "V(D, G) =");
/// Readout label.
pub const V_DSTAR: Text = Text::new("V(D*, G) = C(G) =", "V(D*, G) = C(G) =");
/// Readout label.
pub const GAP: Text = Text::new("V(D*, G) − V(D, G) =", "V(D*, G) − V(D, G) =");
/// Button.
pub const HALF: Text = Text::new("D ≡ ½", "D ≡ ½");
