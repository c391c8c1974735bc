//! The C(G) lesson's words: the seminar's slide «GAN и оптимальное распределение D/G (3)» —
//! C(G) = max_D V(D, G) = KL(p_data‖M) + KL(p_g‖M) − 2·log 2 = 2·JS(p_data‖p_g) − log 4.

use crate::components::Step;
use crate::i18n::Text;

/// Title.
pub const TITLE: Text = Text::new(
    "The criterion C(G) = 2·JS − log 4",
    "Критерий C(G) = 2·JS − log 4",
);
/// Contents line.
pub const SUMMARY: Text = Text::new(
    "With the best discriminator, the GAN objective is 2·JS(p_data‖p_g) − log 4: minimal exactly at p_g = p_data.",
    "При лучшем дискриминаторе целевая функция GAN равна 2·JS(p_data‖p_g) − log 4 и минимальна ровно при p_g = p_data.",
);
/// Lead paragraph.
pub const LEAD: Text = Text::new(
    "Put the optimal discriminator into $V$ and what is left depends on the generator alone: $C(G) = \\max_D V(D, G)$. The proof turns it into two KL divergences against the mixture $M = (p_{data} + p_g)/2$, that is, into the Jensen–Shannon divergence. Move $p_g$ toward $p_{data}$ with the slider and follow $C(G)$ down to its floor $-\\log 4$.",
    "Подставим оптимальный дискриминатор в $V$ — останется функция одного генератора: $C(G) = \\max_D V(D, G)$. Доказательство превращает её в две дивергенции KL относительно смеси $M = (p_{data} + p_g)/2$, то есть в дивергенцию Йенсена–Шеннона. Двигайте $p_g$ к $p_{data}$ ползунком и следите, как $C(G)$ опускается до своего минимума $-\\log 4$.",
);

/// The derivation.
pub static STEPS: [Step; 6] = [
    Step {
        text: Text::new(
            "Theorem. Let $C(G) = \\max_D V(D, G)$. Then $\\arg\\min_G C(G) = p_{data}$ and $C(p_{data}) = -\\log 4$. Proof: substitute $D^* = p_{data}/(p_{data} + p_g)$:",
            "Теорема. Пусть $C(G) = \\max_D V(D, G)$. Тогда $\\arg\\min_G C(G) = p_{data}$ и $C(p_{data}) = -\\log 4$. Доказательство: подставим $D^* = p_{data}/(p_{data} + p_g)$:",
        ),
        tex: Some(
            "C(G) = \\mathbb{E}_{x \\sim p_{data}} \\log \\frac{p_{data}(x)}{p_{data}(x) + p_g(x)} + \\mathbb{E}_{x \\sim p_g} \\log \\frac{p_g(x)}{p_{data}(x) + p_g(x)}",
        ),
    },
    Step {
        text: Text::new(
            "Divide and multiply by 2 in the first term: it is a KL divergence against the mixture $M = (p_{data} + p_g)/2$ (dashed green), minus $\\log 2$:",
            "Разделим и умножим на 2 в первом слагаемом: это дивергенция KL относительно смеси $M = (p_{data} + p_g)/2$ (зелёный пунктир) минус $\\log 2$:",
        ),
        tex: Some(
            "\\mathbb{E}_{x \\sim p_{data}} \\log \\frac{p_{data}(x)}{\\frac{p_{data}(x) + p_g(x)}{2}} - \\log 2 = D_{KL}(p_{data} \\,\\|\\, M) - \\log 2",
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
            "Together the two KL terms are twice the Jensen–Shannon divergence (the readouts add up to the last digit):",
            "Вместе два слагаемых KL дают удвоенную дивергенцию Йенсена–Шеннона (показания сходятся до последней цифры):",
        ),
        tex: Some(
            "C(G) = D_{KL}(p_{data} \\,\\|\\, M) + D_{KL}(p_g \\,\\|\\, M) - 2 \\log 2 = 2 D_{JS}(p_{data} \\,\\|\\, p_g) - \\log 4",
        ),
    },
    Step {
        text: Text::new(
            "$D_{JS} \\ge 0$, with equality only when the two distributions coincide; so $C(G) \\ge -\\log 4$, reached exactly at $p_g = p_{data}$ (the right-hand plot: $C$ along the path of $p_g$, the floor drawn). ∎",
            "$D_{JS} \\ge 0$, и равенство — только при совпадении распределений; поэтому $C(G) \\ge -\\log 4$, и минимум достигается ровно при $p_g = p_{data}$ (правый график: $C$ вдоль пути $p_g$, минимум отмечен). ∎",
        ),
        tex: Some(
            "C(G) = -\\log 4 \\Leftrightarrow D_{JS}(p_{data} \\,\\|\\, p_g) = 0 \\Leftrightarrow p_g = p_{data}",
        ),
    },
    Step {
        text: Text::new(
            "Remark. The generator is pushed to copy the data: $p_g = p_{data}$. The other end: when the supports do not overlap, $D_{JS} = \\log 2$ and $C(G) = 0$ however far apart they are — a flat objective that tells $G$ nothing about which way to move.",
            "Замечание. Генератор стремится полностью повторить распределение данных: $p_g = p_{data}$. Другой край: если носители не пересекаются, $D_{JS} = \\log 2$ и $C(G) = 0$, как бы далеко они ни были, — плоская функция, которая не подсказывает $G$, куда двигаться.",
        ),
        tex: Some("D_{JS} \\le \\log 2 \\Rightarrow -\\log 4 \\le C(G) \\le 0"),
    },
];

/// Heading.
pub const DENSITIES: Text = Text::new("p_data, p_g and M", "p_data, p_g и M");
/// Hint.
pub const DENSITIES_HINT: Text = Text::new(
    "Edit p_data and p_g with the handles or sliders; the “move p_g” slider carries p_g (dashed red) toward p_data.",
    "Меняйте p_data и p_g маркерами или ползунками; ползунок «сдвинуть p_g» ведёт p_g (красный пунктир) к p_data.",
);
/// Caption.
pub const DENSITIES_CAPTION: Text = Text::new(
    "p_data, p_g, the moved p_g (dashed red) and M = (p_data + p_g)/2 (dashed green).",
    "p_data, p_g, сдвинутое p_g (красный пунктир) и M = (p_data + p_g)/2 (зелёный пунктир).",
);
/// Heading.
pub const MOVE: Text = Text::new("Move p_g toward p_data", "Сдвинуть p_g к p_data");
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
pub const DISJOINT: Text = Text::new("Make the supports disjoint", "Развести носители");
/// Caption.
pub const CURVE_CAPTION: Text = Text::new(
    "C(G) along the path of p_g (t from 0 to 1) and the floor −log 4; the dot is the current t.",
    "C(G) вдоль пути p_g (t от 0 до 1) и минимум −log 4; точка — текущее t.",
);
/// Alt text; {t}, {c} filled in.
pub const CURVE_ALT: Text = Text::new(
    "C(G) against t, never below −log 4 ≈ −1.386; at t = {t} it is {c}.",
    "C(G) в зависимости от t, нигде не ниже −log 4 ≈ −1,386; при t = {t} оно равно {c}.",
);
/// Readout label.
pub const KL_DATA_M: Text = Text::new("D_KL(p_data‖M) =", "D_KL(p_data‖M) =");
/// Readout label.
pub const KL_G_M: Text = Text::new("D_KL(p_g‖M) =", "D_KL(p_g‖M) =");
/// Readout label.
pub const JS: Text = Text::new("D_JS(p_data‖p_g) =", "D_JS(p_data‖p_g) =");
/// Readout label.
pub const C: Text = Text::new("C(G) =", "C(G) =");
