//! The C(G) lesson's words: the seminar's slide «GAN и оптимальное распределение D/G (3)» —
//! C(G) = max_D V(D, G) = KL(p_data‖M) + KL(p_g‖M) − 2·log 2 = 2·JS(p_data‖p_g) − log 4.

use crate::components::Step;
use crate::i18n::Text;

/// Title.
pub const TITLE: Text = Text::new(
    "The criterion C(G) = 2·JS − log 4",
    "Критерий C(G) и функция близости Йенсена–Шеннона",
);
/// Contents line.
pub const SUMMARY: Text = Text::new(
    "With the best discriminator, the GAN objective is 2·JS(p_data‖p_g) − log 4: minimal exactly at p_g = p_data.",
    "При лучшем дискриминаторе целевая функция GAN равна 2·JS(p_data‖p_g) − log 4 и минимальна ровно при p_g = p_data.",
);
/// Lead paragraph.
pub const LEAD: Text = Text::new(
    "Put the optimal discriminator into $V$ and what is left depends on the generator alone: $C(G) = \\max_D V(D, G)$. The proof turns it into two KL divergences against the mixture $M = (p_{data} + p_g)/2$, that is, into the Jensen–Shannon divergence. Move $p_g$ toward $p_{data}$ with the slider and follow $C(G)$ down to its floor $-\\log 4$.",
    "Подставим оптимальный дискриминатор в $V$ — останется функция одного генератора: $C(G) = \\max_D V(D, G)$. Доказательство превращает её в две функции близости Кульбака–Лейблера относительно смеси $M = (p_{data} + p_g)/2$, то есть в функцию близости Йенсена–Шеннона. Двигайте $p_g$ к $p_{data}$ ползунком и следите, как $C(G)$ опускается до своего минимума $-\\log 4$.",
);

/// The derivation.
pub static STEPS: [Step; 6] = [
    Step {
        text: Text::new(
            "Theorem. Let $C(G) = \\max_D V(D, G)$. Then $\\arg\\min_G C(G) = p_{data}$ and $C(p_{data}) = -\\log 4$. Proof: substitute $D^* = D_G = p_{data}/(p_{data} + p_g)$:",
            "Теорема. Пусть $C(G) = \\max_D V(D, G)$. Тогда $\\arg\\min_G C(G) = p_{data}$ и $C(p_{data}) = -\\log 4$. Доказательство: подставим $D^* = D_G = p_{data}/(p_{data} + p_g)$:",
        ),
        tex: Some(
            "C(G) = \\mathbb{E}_{x \\sim p_{data}} \\log D_G(x) + \\mathbb{E}_{x \\sim p_g} \\log(1 - D_G(x)) = \\mathbb{E}_{x \\sim p_{data}} \\log \\frac{p_{data}(x)}{p_{data}(x) + p_g(x)} + \\mathbb{E}_{x \\sim p_g} \\log \\frac{p_g(x)}{p_{data}(x) + p_g(x)}",
        ),
    },
    Step {
        text: Text::new(
            "In the first term $\\frac{p_{data}}{p_{data} + p_g} = \\frac12 \\cdot \\frac{p_{data}}{M}$, where $M = (p_{data} + p_g)/2$ is the mixture (green, dashed): the term is a KL divergence against $M$, minus $\\log 2$:",
            "В первом слагаемом $\\frac{p_{data}}{p_{data} + p_g} = \\frac12 \\cdot \\frac{p_{data}}{M}$, где $M = (p_{data} + p_g)/2$ — смесь (зелёный пунктир); поэтому слагаемое равно функции близости KL относительно $M$ минус $\\log 2$:",
        ),
        tex: Some(
            "\\mathbb{E}_{x \\sim p_{data}} \\log \\frac{p_{data}(x)}{p_{data}(x) + p_g(x)} = \\mathbb{E}_{x \\sim p_{data}} \\log \\frac{p_{data}(x)}{\\frac{p_{data}(x) + p_g(x)}{2}} - \\mathbb{E}_{x \\sim p_{data}} \\log 2 = D_{KL}(p_{data} \\,\\|\\, M) - \\log 2",
        ),
    },
    Step {
        text: Text::new(
            "The same for the second term:",
            "То же для второго слагаемого:",
        ),
        tex: Some(
            "\\mathbb{E}_{x \\sim p_g} \\log \\frac{p_g(x)}{p_{data}(x) + p_g(x)} = D_{KL}(p_g \\,\\|\\, M) - \\log 2",
        ),
    },
    Step {
        text: Text::new(
            "Together the two KL terms are twice the Jensen–Shannon divergence (the readouts agree to the last digit shown):",
            "Вместе два слагаемых KL дают удвоенную функцию близости Йенсена–Шеннона (показания совпадают до последней показанной цифры):",
        ),
        tex: Some(
            "C(G) = D_{KL}(p_{data} \\,\\|\\, M) + D_{KL}(p_g \\,\\|\\, M) - 2 \\log 2 = 2 D_{JS}(p_{data} \\,\\|\\, p_g) - \\log 4",
        ),
    },
    Step {
        text: Text::new(
            "$D_{JS} \\ge 0$, with equality only when the two distributions coincide; so $C(G) \\ge -\\log 4$, reached exactly at $p_g = p_{data}$ (the plot of $C(G)$ along the path of $p_g$, with the floor $-\\log 4$ drawn). ∎",
            "$D_{JS} \\ge 0$, и равенство — только при совпадении распределений; поэтому $C(G) \\ge -\\log 4$, и минимум достигается ровно при $p_g = p_{data}$ (график $C(G)$ вдоль пути $p_g$, уровень $-\\log 4$ отмечен). ∎",
        ),
        tex: Some(
            "C(G) = -\\log 4 \\Leftrightarrow D_{JS}(p_{data} \\,\\|\\, p_g) = 0 \\Leftrightarrow p_g = p_{data}",
        ),
    },
    Step {
        text: Text::new(
            "Remark. The generator is pushed to copy the data: $p_g = p_{data}$. At the other end, when the supports do not overlap, $D_{JS} = \\log 2$ and $C(G) = 0$ however far apart they are: the criterion is flat there and tells $G$ nothing about which way to move.",
            "Замечание. Генератор стремится полностью повторить распределение данных: $p_g = p_{data}$. На другом краю, когда носители не пересекаются, $D_{JS} = \\log 2$ и $C(G) = 0$, как бы далеко они ни были: критерий там постоянен и не подсказывает $G$, куда двигаться.",
        ),
        tex: Some("D_{JS} \\le \\log 2 \\Rightarrow -\\log 4 \\le C(G) \\le 0"),
    },
];

/// Heading.
pub const DENSITIES: Text = Text::new("p_data, p_g and M", "p_data, p_g и M");
/// Hint.
pub const DENSITIES_HINT: Text = Text::new(
    "Edit p_data and p_g with the handles or sliders; the “move p_g: t” slider carries p_g (red, dashed) toward p_data.",
    "Меняйте p_data и p_g маркерами или ползунками; ползунок «сдвиг p_g: t» ведёт p_g (красный пунктир) к p_data.",
);
/// Caption.
pub const DENSITIES_CAPTION: Text = Text::new(
    "p_data (blue) and p_g (red), shaded; for t > 0 the moved p_g (red, dashed); M = (p_data + p_g)/2 for the moved p_g (green, dashed).",
    "p_data (синяя) и p_g (красная) с заливкой; при t > 0 — сдвинутая p_g (красный пунктир); M = (p_data + p_g)/2 для сдвинутой p_g (зелёный пунктир).",
);
/// Heading.
pub const MOVE: Text = Text::new("Move p_g toward p_data", "Сдвиг p_g к p_data");
/// Slider label.
pub const MOVE_T: Text = Text::new("move p_g: t", "сдвиг p_g: t");
/// Select label.
pub const MODE: Text = Text::new("How", "Как");
/// Option.
pub const SHIFT: Text = Text::new(
    "shift p_g's mean onto p_data's",
    "сдвиг среднего p_g к среднему p_data",
);
/// Option.
pub const MORPH: Text = Text::new(
    "morph: (1 − t)·p_g + t·p_data",
    "перетекание: (1 − t)·p_g + t·p_data",
);
/// Button.
pub const SET_EQUAL: Text = Text::new("Set p_g = p_data", "Положить p_g = p_data");
/// Button.
pub const DISJOINT: Text = Text::new(
    "Move p_g far away (supports practically disjoint)",
    "Увести p_g далеко (носители практически не пересекаются)",
);
/// Caption.
pub const CURVE_CAPTION: Text = Text::new(
    "C(G) (blue) along the path of p_g, t from 0 to 1; the grey lines are the floor −log 4 ≈ −1.386 and the ceiling 0; the orange dot is the current t.",
    "C(G) (синяя кривая) вдоль пути p_g, t от 0 до 1; серые линии — нижняя граница −log 4 ≈ −1,386 и верхняя граница 0; оранжевая точка — текущее t.",
);
/// Alt text; {t}, {c} filled in.
pub const CURVE_ALT: Text = Text::new(
    "x axis: t; y axis: C(G), nats. C(G) along the path of p_g, never below −log 4 ≈ −1.386; at t = {t} it is {c}.",
    "Ось x: t; ось y: C(G), нат. C(G) вдоль пути p_g, нигде не ниже −log 4 ≈ −1,386; при t = {t} C(G) = {c}.",
);
/// The y axis of the C(G) plot (drawn on the canvas).
pub const AXIS_C: Text = Text::new("C(G), nats", "C(G), нат");
/// Readout label.
pub const KL_DATA_M: Text = Text::new("D_KL(p_data‖M) =", "D_KL(p_data‖M) =");
/// Readout label.
pub const KL_G_M: Text = Text::new("D_KL(p_g‖M) =", "D_KL(p_g‖M) =");
/// Readout label.
pub const JS: Text = Text::new("D_JS(p_data‖p_g) =", "D_JS(p_data‖p_g) =");
/// Readout label.
pub const C: Text = Text::new("C(G) =", "C(G) =");
