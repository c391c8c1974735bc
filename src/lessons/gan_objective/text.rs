//! The GAN objective lesson's words: the seminar's slide «GAN и оптимальное распределение D/G (1)»
//! — the value V(D, G) over z and over x ~ p_g — with a discriminator the user controls.

use crate::components::Step;
use crate::i18n::Text;

/// Title.
pub const TITLE: Text = Text::new("The GAN objective V(D, G)", "Целевая функция GAN V(D, G)");
/// Contents line.
pub const SUMMARY: Text = Text::new(
    "The minimax objective, written as an expectation over z and over x ~ p_g; move a discriminator of your own and watch V(D, G) never exceed V(D*, G).",
    "Минимаксная целевая функция как матожидание по z и по x ~ p_g; двигайте свой дискриминатор и убедитесь, что V(D, G) никогда не превышает V(D*, G).",
);
/// Lead paragraph.
pub const LEAD: Text = Text::new(
    "A generator $G$ turns noise $z \\sim p_z$ into samples whose distribution we call $p_g$; a discriminator $D(x) \\in (0, 1)$ says how sure it is that $x$ is real. Below, $p_{data}$ and $p_g$ are 1-D Gaussian mixtures you can drag, and $D$ is a logistic curve you steer. Every number is a numerical integral (adaptive Gauss–Kronrod quadrature, accurate to about $10^{-12}$), not an estimate from samples.",
    "Генератор $G$ превращает шум $z \\sim p_z$ в образцы, распределение которых мы обозначаем $p_g$; дискриминатор $D(x) \\in (0, 1)$ выражает, насколько он уверен, что $x$ настоящий. Ниже $p_{data}$ и $p_g$ — одномерные смеси гауссиан, которые можно перетаскивать, а $D$ — логистическая кривая, которой вы управляете. Все числа — численные интегралы (адаптивная квадратура Гаусса–Кронрода, точность около $10^{-12}$), а не оценки по выборке.",
);

/// The derivation.
pub static STEPS: [Step; 5] = [
    Step {
        text: Text::new(
            "The original objective (Goodfellow et al., 2014): $D$ maximises it, $G$ minimises it",
            "Исходная целевая функция (Goodfellow и др., 2014): $D$ её максимизирует, $G$ минимизирует",
        ),
        tex: Some(
            "\\min_G \\max_D V(D, G) = \\min_G \\max_D \\left[\\mathbb{E}_{x \\sim p_{data}} \\log D(x) + \\mathbb{E}_{z \\sim p_z} \\log(1 - D(G(z)))\\right]",
        ),
    },
    Step {
        text: Text::new(
            "$p_g$ is the distribution of $G(z)$, so an average over $z$ of a function of $G(z)$ is an average over $x \\sim p_g$:",
            "$p_g$ — распределение $G(z)$, поэтому среднее по $z$ от функции от $G(z)$ есть среднее по $x \\sim p_g$:",
        ),
        tex: Some(
            "V(D, G) = \\mathbb{E}_{x \\sim p_{data}} \\log D(x) + \\mathbb{E}_{x \\sim p_g} \\log(1 - D(x))",
        ),
    },
    Step {
        text: Text::new(
            "Written as one integral over $x$ (the shaded densities in the first plot weigh $\\log D$ and $\\log(1 - D)$):",
            "В виде одного интеграла по $x$ (закрашенные плотности на первом графике служат весами для $\\log D$ и $\\log(1 - D)$):",
        ),
        tex: Some(
            "V(D, G) = \\int_x \\big(p_{data}(x) \\log D(x) + p_g(x) \\log(1 - D(x))\\big)\\, dx",
        ),
    },
    Step {
        text: Text::new(
            "Take $D(x) = \\sigma(a x + b)$ and move $a$, $b$: $V(D, G)$ never exceeds $V(D^*, G)$, the value at the optimal discriminator $D^* = p_{data}/(p_{data} + p_g)$ (the black dashed curve; the proof is in the next lesson). $D \\equiv \\tfrac12$ ($a = b = 0$) gives $V = -\\log 4$ whatever $p_g$ is, and a poor $D$ can give even less: $V(D, G)$ alone says little about $p_g$. Only its maximum over $D$, $C(G) = V(D^*, G)$, reaches $-\\log 4$ exactly when $p_g = p_{data}$.",
            "Возьмите $D(x) = \\sigma(a x + b)$ и двигайте $a$, $b$: $V(D, G)$ никогда не превышает $V(D^*, G)$ — значения при оптимальном дискриминаторе $D^* = p_{data}/(p_{data} + p_g)$ (чёрный пунктир; доказательство — в следующем уроке). $D \\equiv \\tfrac12$ ($a = b = 0$) даёт $V = -\\log 4$ при любом $p_g$, а плохой $D$ может дать ещё меньше, так что одно лишь значение $V(D, G)$ о $p_g$ почти ничего не говорит. Только его максимум по $D$, $C(G) = V(D^*, G)$, равен $-\\log 4$ ровно тогда, когда $p_g = p_{data}$.",
        ),
        tex: Some("V(D, G) \\le V(D^*, G) = \\max_D V(D, G) = C(G)"),
    },
    Step {
        text: Text::new(
            "A logistic $D$ reaches $D^*$ exactly when $\\log\\frac{D^*}{1 - D^*} = \\log p_{data} - \\log p_g$ is linear in $x$. It is when $p_{data} = \\mathcal{N}(\\mu_d, s^2)$ and $p_g = \\mathcal{N}(\\mu_g, s^2)$ share their spread (for the defaults: $a = 2$, $b = 0$), and when $p_g = p_{data}$ ($a = b = 0$, $D^* \\equiv \\tfrac12$). For most other pairs — Gaussians of different spreads, most mixtures — it is not: no logistic curve reaches $D^*$, and the gap $V(D^*, G) - V(D, G)$ stays positive for every $a$ and $b$.",
            "Логистический $D$ совпадает с $D^*$ ровно тогда, когда $\\log\\frac{D^*}{1 - D^*} = \\log p_{data} - \\log p_g$ линейна по $x$. Так бывает, если $p_{data} = \\mathcal{N}(\\mu_d, s^2)$ и $p_g = \\mathcal{N}(\\mu_g, s^2)$ имеют одинаковый разброс (по умолчанию: $a = 2$, $b = 0$), и если $p_g = p_{data}$ ($a = b = 0$, $D^* \\equiv \\tfrac12$). Для большинства других пар — гауссиан с разными разбросами, большинства смесей — это не так: никакая логистическая кривая не совпадает с $D^*$, и зазор $V(D^*, G) - V(D, G)$ остаётся положительным при любых $a$ и $b$.",
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
    "Перетащите закрашенную точку, чтобы сдвинуть компоненту (вверх-вниз — её вес), кольцо — чтобы изменить разброс, или используйте ползунки.",
);
/// Caption.
pub const DENSITIES_CAPTION: Text = Text::new(
    "p_data (blue) and p_g (red), shaded; a filled dot moves a component, a ring sets its spread.",
    "p_data (синяя) и p_g (красная) с заливкой; закрашенная точка двигает компоненту, кольцо задаёт её разброс.",
);
/// Heading.
pub const DISCRIMINATOR: Text = Text::new("Your discriminator", "Ваш дискриминатор");
/// Caption.
pub const D_CAPTION: Text = Text::new(
    "Your D(x) = σ(a·x + b) (green, solid) and the optimal D*(x) (black, dashed); the grey line is ½.",
    "Ваш D(x) = σ(a·x + b) (зелёная сплошная линия) и оптимальный D*(x) (чёрный пунктир); серая линия — уровень ½.",
);
/// Alt text; {a}, {b} (with its sign: "+ 1" or "− 1"), {v}, {vs} are filled in.
pub const D_ALT: Text = Text::new(
    "x axis: x; y axis: D. Your discriminator D(x) = σ({a}·x {b}) (green) beside the optimal D*(x) = p_data/(p_data + p_g) (black, dashed) and the level ½; V(D, G) = {v}, V(D*, G) = {vs}.",
    "Ось x: x; ось y: D. Ваш дискриминатор D(x) = σ({a}·x {b}) (зелёный) рядом с оптимальным D*(x) = p_data/(p_data + p_g) (чёрный пунктир) и уровнем ½; V(D, G) = {v}, V(D*, G) = {vs}.",
);
/// Readout label.
pub const V_D_G: Text = Text::new("V(D, G) =", "V(D, G) =");
/// Readout label.
pub const V_DSTAR: Text = Text::new("V(D*, G) = C(G) =", "V(D*, G) = C(G) =");
/// Readout label.
pub const GAP: Text = Text::new("V(D*, G) − V(D, G) =", "V(D*, G) − V(D, G) =");
/// Button.
pub const HALF: Text = Text::new("D ≡ ½", "D ≡ ½");
/// The warning beside the readouts: V = −log 4 is not C(G) = −log 4.
pub const WARN_HALF: Text = Text::new(
    "Careful: $V(D, G) = -\\log 4$ does not mean $p_g = p_{data}$. The constant $D \\equiv \\tfrac12$ gives $V = -\\log 4$ for every $p_g$ — press “D ≡ ½” and compare with $V(D^*, G) = C(G)$. A discriminator that says ½ everywhere is what the optimum looks like when $p_g = p_{data}$ ($D^* \\equiv \\tfrac12$), but also what a discriminator that has learnt nothing looks like: “$D \\approx \\tfrac12$ everywhere” is necessary, not sufficient.",
    "Осторожно: из $V(D, G) = -\\log 4$ не следует $p_g = p_{data}$. Постоянный $D \\equiv \\tfrac12$ даёт $V = -\\log 4$ при любом $p_g$ — нажмите «D ≡ ½» и сравните с $V(D^*, G) = C(G)$. Дискриминатор, всюду выдающий ½, так выглядит в оптимуме при $p_g = p_{data}$ ($D^* \\equiv \\tfrac12$), но так же выглядит и дискриминатор, который ничему не научился: условие «$D \\approx \\tfrac12$ всюду» необходимое, но не достаточное.",
);
