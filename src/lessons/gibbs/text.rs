//! The Gibbs lesson's words: the seminar's slides «Неравенство Гиббса», in their order, with
//! two gaps closed: an index with pᵢ > 0 and qᵢ = 0 (then log(qᵢ/pᵢ) = −∞, outside the bound
//! log x ≤ x − 1, and the inequality holds strictly), and the pᵢ = 0 case, where
//! 0·log qᵢ = 0 exactly (with 0·log 0 = 0 when qᵢ = 0 too).

use crate::components::Step;
use crate::i18n::Text;

/// Title.
pub const TITLE: Text = Text::new("Gibbs' inequality", "Неравенство Гиббса");
/// Contents line.
pub const SUMMARY: Text = Text::new(
    "Σ p·log p ≥ Σ p·log q, with equality only at q = p: why the Kullback–Leibler divergence is never negative.",
    "Σ p·log p ≥ Σ p·log q, и равенство только при q = p: поэтому функция близости Кульбака–Лейблера неотрицательна.",
);
/// Lead paragraph.
pub const LEAD: Text = Text::new(
    "Replace the true distribution $p$ inside the logarithm by any other $q$ and the average $\\sum_i p_i \\log q_i$ can only go down. Edit $p$ and $q$ below and watch the gap; the proof explains, index by index, why it never turns negative.",
    "Замените истинное распределение $p$ под логарифмом любым другим $q$ — и среднее $\\sum_i p_i \\log q_i$ может только уменьшиться. Меняйте $p$ и $q$ ниже и следите за зазором; доказательство по индексам объясняет, почему он никогда не становится отрицательным.",
);

/// The derivation.
pub static STEPS: [Step; 7] = [
    Step {
        text: Text::new(
            "Let $p = (p_1, \\dots, p_n)$ and $q = (q_1, \\dots, q_n)$ be distributions: $\\sum_i p_i = \\sum_i q_i = 1$, $0 \\le p_i, q_i \\le 1$.",
            "Пусть $p = (p_1, \\dots, p_n)$ и $q = (q_1, \\dots, q_n)$ — распределения: $\\sum_i p_i = \\sum_i q_i = 1$, $0 \\le p_i, q_i \\le 1$.",
        ),
        tex: None,
    },
    Step {
        text: Text::new(
            "Gibbs' inequality: for any distributions $p, q$, with equality only when $p = q$ (the right side may be $-\\infty$: then it holds strictly),",
            "Неравенство Гиббса: для любых распределений $p, q$, причём равенство достигается только при $p = q$ (правая часть может равняться $-\\infty$ — тогда неравенство строгое),",
        ),
        tex: Some("\\sum_{i=1}^n p_i \\log p_i \\ge \\sum_{i=1}^n p_i \\log q_i"),
    },
    Step {
        text: Text::new(
            "Proof. For $x > 0$, $\\log x \\le x - 1$, with equality only at $x = 1$ (first plot: the line touches the curve at $x = 1$ and stays above it).",
            "Доказательство. При $x > 0$ имеем $\\log x \\le x - 1$, причём равенство только при $x = 1$ (первый график: прямая касается кривой в $x = 1$ и лежит выше неё).",
        ),
        tex: Some("\\log x \\le x - 1, \\quad x > 0"),
    },
    Step {
        text: Text::new(
            "Let $I$ be the set of indices where $p_i > 0$ (second plot: the indices outside $I$ are grey).",
            "Пусть $I$ — множество индексов, в которых $p_i > 0$ (второй график: индексы вне $I$ серые).",
        ),
        tex: Some("I = \\{\\, i : p_i > 0 \\,\\}"),
    },
    Step {
        text: Text::new(
            "Then, applying the bound to $x = q_i / p_i$ for each $i \\in I$, we get the chain below (second plot: each blue bar $p_i \\log(q_i/p_i)$ stays below its red bar $q_i - p_i$; first plot: the ratios on the curve). If $q_i = 0$ for some $i \\in I$, that term is $-\\infty$ and the inequality holds strictly.",
            "Тогда, применяя оценку к $x = q_i / p_i$ для каждого $i \\in I$, получаем цепочку ниже (второй график: синий столбик $p_i \\log(q_i/p_i)$ не выше красного $q_i - p_i$; первый график: отношения на кривой). Если $q_i = 0$ для некоторого $i \\in I$, это слагаемое равно $-\\infty$, и неравенство строгое.",
        ),
        tex: Some(
            "\\begin{aligned} \\sum_{i \\in I} p_i \\log q_i - \\sum_{i \\in I} p_i \\log p_i &= \\sum_{i \\in I} p_i \\log \\frac{q_i}{p_i} \\le \\sum_{i \\in I} p_i \\left(\\frac{q_i}{p_i} - 1\\right) \\\\ &= \\sum_{i \\in I} q_i - \\sum_{i \\in I} p_i \\le 1 - 1 = 0 \\end{aligned}",
        ),
    },
    Step {
        text: Text::new(
            "The case $p_i = 0$: $p_i \\log p_i = 0$ (see the entropy lesson), and $p_i \\log q_i = 0 \\cdot \\log q_i = 0$ as well (if $q_i = 0$ too, it is $0 \\log 0 = 0$). So the indices outside $I$ add nothing to either side:",
            "Случай $p_i = 0$: $p_i \\log p_i = 0$ (см. урок об энтропии), и $p_i \\log q_i = 0 \\cdot \\log q_i = 0$ (если и $q_i = 0$, это $0 \\log 0 = 0$). Значит, индексы вне $I$ ничего не добавляют ни к одной из частей:",
        ),
        tex: Some("\\sum_{i : p_i = 0} p_i \\log q_i - \\sum_{i : p_i = 0} p_i \\log p_i = 0"),
    },
    Step {
        text: Text::new(
            "Hence $\\sum_i p_i \\log p_i \\ge \\sum_i p_i \\log q_i$. Equality needs $q_i / p_i = 1$ for every $i \\in I$; then $\\sum_{i \\in I} q_i = 1$, so $q_i = 0 = p_i$ for $i \\notin I$ too: $p = q$. ∎ (Press “Make q = p” and watch the gap close.)",
            "Таким образом, $\\sum_i p_i \\log p_i \\ge \\sum_i p_i \\log q_i$. Равенство требует $q_i / p_i = 1$ для всех $i \\in I$; тогда $\\sum_{i \\in I} q_i = 1$, и $q_i = 0 = p_i$ при $i \\notin I$: $p = q$. ∎ (Нажмите «q = p» и посмотрите, как зазор обращается в нуль.)",
        ),
        tex: Some(
            "\\sum_{i=1}^n p_i \\log p_i - \\sum_{i=1}^n p_i \\log q_i = D_{KL}(p \\,\\|\\, q) \\ge 0",
        ),
    },
];

/// Playground heading.
pub const PLAYGROUND: Text = Text::new("Two distributions", "Два распределения");
/// Playground hint.
pub const PLAYGROUND_HINT: Text = Text::new(
    "Drag a bar, type a value, or focus a bar and use the arrow keys; p and q always have the same outcomes.",
    "Перетащите столбик, введите число или выберите столбик и нажимайте стрелки; у p и q всегда одни и те же исходы.",
);
/// Button.
pub const RANDOM: Text = Text::new("Random q", "Случайное q");
/// Button.
pub const MAKE_EQUAL: Text = Text::new("Make q = p", "q = p");
/// Readout label.
pub const ENTROPY: Text = Text::new("H(p) = −Σ p·log p =", "H(p) = −Σ p·log p =");
/// Readout label.
pub const CROSS: Text = Text::new(
    "Cross-entropy −Σ p·log q =",
    "Перекрёстная энтропия −Σ p·log q =",
);
/// Readout label.
pub const GAP: Text = Text::new(
    "Gap Σ p·log p − Σ p·log q =",
    "Зазор Σ p·log p − Σ p·log q =",
);
/// Why the gap is infinite.
pub const INFINITE_GAP: Text = Text::new(
    "The gap is +∞: some qᵢ = 0 where pᵢ > 0, so pᵢ·log qᵢ = −∞ and the inequality holds strictly.",
    "Зазор равен +∞: при некотором i имеем qᵢ = 0, а pᵢ > 0, поэтому pᵢ·log qᵢ = −∞, и неравенство строгое.",
);
/// Shown when the gap is exactly 0.
pub const ZERO_GAP: Text = Text::new(
    "The gap is 0: q = p, the only case of equality.",
    "Зазор равен 0: q = p — единственный случай равенства.",
);
/// Shown while p is one-hot: the cross-entropy is the gap, the classification loss.
pub const ONE_HOT_P: Text = Text::new(
    "p is one-hot, so H(p) = 0 and the cross-entropy equals the gap: both are −log q at p's outcome, the classification loss of the entropy lesson.",
    "p — унитарный вектор, поэтому H(p) = 0 и перекрёстная энтропия равна зазору: оба равны −log q на исходе p — это функция потерь классификации из урока об энтропии.",
);
/// First figure's caption.
pub const BOUND_CAPTION: Text = Text::new(
    "ln x (blue) never rises above the line x − 1 (black), touching it only at x = 1 (ringed in orange at step 3). Red points, numbered by i: the ratios qᵢ/pᵢ for i ∈ I on the curve ln x, each joined to the line by a light red segment; a ratio 0 (qᵢ = 0) is a red arrow down to −∞.",
    "ln x (синяя) нигде не выше прямой x − 1 (чёрная) и касается её только в x = 1 (на шаге 3 это место обведено оранжевым кольцом). Красные точки с номерами i — отношения qᵢ/pᵢ при i ∈ I на кривой ln x, каждая соединена с прямой светло-красным отрезком; отношение 0 (qᵢ = 0) — красная стрелка вниз, к −∞.",
);
/// First figure's alternative text; `{r}` is filled in.
pub const BOUND_ALT: Text = Text::new(
    "Plot of ln x and the line x − 1 for x from 0 to 3, touching at x = 1. x axis: x; y axis: the values of ln x and x − 1. Marked ratios qᵢ/pᵢ: {r}.",
    "График ln x и прямой x − 1 при x от 0 до 3, касающихся в x = 1. Ось x: x; ось y: значения ln x и x − 1. Отмечены отношения qᵢ/pᵢ: {r}.",
);
/// Second figure's caption.
pub const TERMS_CAPTION: Text = Text::new(
    "Per index i: pᵢ·log(qᵢ/pᵢ) (blue) is never above qᵢ − pᵢ (red); from step 4 the indices with pᵢ = 0 are grey and add nothing. A bar labelled −∞ runs to the bottom edge. The blue bars sum to −gap, the red ones to Σ_I qᵢ − 1 ≤ 0 (divided by ln 2 in bits). A light orange band marks the indices that step 5 (an infinite term) or step 6 (pᵢ = 0) is about.",
    "По индексам i: pᵢ·log(qᵢ/pᵢ) (синие) никогда не выше qᵢ − pᵢ (красные); начиная с шага 4 индексы с pᵢ = 0 серые, они ничего не добавляют. Столбик с пометкой −∞ доходит до нижнего края. Синие столбики в сумме дают −зазор, красные — Σ_I qᵢ − 1 ≤ 0 (в битах — делённое на ln 2). Светло-оранжевая полоса отмечает индексы, о которых говорит шаг 5 (бесконечное слагаемое) или шаг 6 (pᵢ = 0).",
);
/// Second figure's alternative text; `{y}` (the y axis) and `{t}` are filled in.
pub const TERMS_ALT: Text = Text::new(
    "Bar chart per index i of pᵢ·log(qᵢ/pᵢ) and qᵢ − pᵢ. x axis: index i; y axis: {y}. Values, i: pᵢ·log(qᵢ/pᵢ) ≤ qᵢ − pᵢ: {t}.",
    "Столбчатая диаграмма pᵢ·log(qᵢ/pᵢ) и qᵢ − pᵢ по индексам i. Ось x: индекс i; ось y: {y}. Значения, i: pᵢ·log(qᵢ/pᵢ) ≤ qᵢ − pᵢ: {t}.",
);
/// Series label.
pub const LHS: &str = "pᵢ·log(qᵢ/pᵢ)";
/// Series label.
pub const RHS: &str = "qᵢ − pᵢ";
/// y axis of the terms figure; `{u}` is the unit.
pub const TERMS_AXIS: Text = Text::new("term ({u})", "слагаемое, {u}");
