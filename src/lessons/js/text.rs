//! The JS lesson's words: the seminar's slides «Метрика на основе функции близости
//! Йенсена-Шеннона» (1) and (2), in their order, with the triangle inequality — which the
//! seminar leaves to Endres & Schindelin (2003) — checked live by a counterexample search.

use crate::components::Step;
use crate::i18n::Text;

/// Title.
pub const TITLE: Text = Text::new(
    "Jensen–Shannon, and √JS as a metric",
    "Йенсен–Шеннон и метрика √JS",
);
/// Contents line.
pub const SUMMARY: Text = Text::new(
    "A symmetric, bounded divergence through the mixture M; its square root is a true metric.",
    "Симметричная ограниченная функция близости через смесь M; её корень — настоящая метрика.",
);
/// Lead paragraph.
pub const LEAD: Text = Text::new(
    "KL is asymmetric and can be infinite. Measuring both $P$ and $Q$ against their average $M$ fixes both: $D_{JS}$ is symmetric and never above $\\log 2$. Its square root even satisfies the triangle inequality — search for a counterexample below and see that none exists, while $D_{JS}$ itself and symmetrised KL fail.",
    "KL несимметрична и может быть бесконечной. Если сравнивать и $P$, и $Q$ с их средним $M$, обе беды уходят: $D_{JS}$ симметрична и не превосходит $\\log 2$. А её корень удовлетворяет даже неравенству треугольника — поищите контрпример ниже и убедитесь, что его нет, тогда как сама $D_{JS}$ и симметризованная KL его нарушают.",
);

/// The derivation.
pub static STEPS: [Step; 6] = [
    Step {
        text: Text::new(
            "The Jensen–Shannon divergence measures $P$ and $Q$ against their mixture $M$ (green bars):",
            "Функция близости Йенсена–Шеннона сравнивает $P$ и $Q$ с их смесью $M$ (зелёные столбики):",
        ),
        tex: Some(
            "D_{JS}(P\\|Q) = \\frac12 D_{KL}(P\\|M) + \\frac12 D_{KL}(Q\\|M), \\quad M = \\frac12 (P + Q)",
        ),
    },
    Step {
        text: Text::new(
            "$M > 0$ wherever $P$ or $Q$ is, so both KL terms are finite; each is at most $\\log 2$ because $p \\le 2m$. So $0 \\le D_{JS} \\le \\log 2$, with $\\log 2$ exactly for disjoint supports (the gauge's orange line).",
            "$M > 0$ везде, где положительно $P$ или $Q$, поэтому оба слагаемых KL конечны; каждое не больше $\\log 2$, так как $p \\le 2m$. Значит, $0 \\le D_{JS} \\le \\log 2$, причём $\\log 2$ — ровно при непересекающихся носителях (оранжевая черта шкалы).",
        ),
        tex: Some("0 \\le D_{JS}(P\\|Q) \\le \\log 2"),
    },
    Step {
        text: Text::new(
            "Definition. A function $d : X \\times X \\to \\mathbb{R}$ is a metric on $X$ if (1) $d(x, y) = 0 \\Leftrightarrow x = y$, (2) $d(x, y) = d(y, x)$, (3) $d(x, z) \\le d(x, y) + d(y, z)$. (Non-negativity follows: $0 = d(x, x) \\le 2 d(x, y)$.)",
            "Определение. Функция $d : X \\times X \\to \\mathbb{R}$ называется метрикой на $X$, если (1) $d(x, y) = 0 \\Leftrightarrow x = y$, (2) $d(x, y) = d(y, x)$, (3) $d(x, z) \\le d(x, y) + d(y, z)$. (Неотрицательность отсюда следует: $0 = d(x, x) \\le 2 d(x, y)$.)",
        ),
        tex: None,
    },
    Step {
        text: Text::new(
            "Theorem (Endres & Schindelin, 2003). $\\sqrt{D_{JS}(P\\|Q)}$ is a metric. Proof of (1), from the properties of the divergence $D_{KL}$:",
            "Теорема (Endres, Schindelin, 2003). $\\sqrt{D_{JS}(P\\|Q)}$ — метрика. Доказательство (1) — из свойств функции близости $D_{KL}$:",
        ),
        tex: Some(
            "\\sqrt{D_{JS}(P\\|Q)} = 0 \\Leftrightarrow D_{KL}(P\\|M) = D_{KL}(Q\\|M) = 0 \\Leftrightarrow P = Q = \\tfrac12 (P + Q)",
        ),
    },
    Step {
        text: Text::new(
            "(2) Symmetry: swapping $P$ and $Q$ swaps the two terms and leaves $M$ unchanged.",
            "(2) Симметрия: перестановка $P$ и $Q$ меняет местами слагаемые и не меняет $M$.",
        ),
        tex: Some(
            "\\sqrt{D_{JS}(P\\|Q)} = \\sqrt{\\tfrac12 D_{KL}(P\\|M) + \\tfrac12 D_{KL}(Q\\|M)} = \\sqrt{D_{JS}(Q\\|P)}",
        ),
    },
    Step {
        text: Text::new(
            "(3) The triangle inequality is the hard part (Endres & Schindelin, 2003). Check it live: edit $R$ and watch the triangle, or search thousands of random triples for a counterexample — none exists for $\\sqrt{D_{JS}}$, while $D_{JS}$ itself and symmetrised KL break it. ∎",
            "(3) С неравенством треугольника всё действительно сложнее (Endres, Schindelin, 2003). Проверьте вживую: меняйте $R$ и смотрите на треугольник или переберите тысячи случайных троек в поисках контрпримера — для $\\sqrt{D_{JS}}$ его нет, а сама $D_{JS}$ и симметризованная KL неравенство нарушают. ∎",
        ),
        tex: Some("\\sqrt{D_{JS}(P\\|R)} \\le \\sqrt{D_{JS}(P\\|Q)} + \\sqrt{D_{JS}(Q\\|R)}"),
    },
];

/// Playground heading.
pub const PLAYGROUND: Text = Text::new("P, Q and R", "P, Q и R");
/// Playground hint.
pub const PLAYGROUND_HINT: Text = Text::new(
    "Drag a bar, type a value, or use the arrow keys on a bar; all three share their outcomes.",
    "Тяните столбик, введите число или нажимайте стрелки на столбике; у всех трёх одни и те же исходы.",
);
/// Readout label.
pub const JS_PQ: Text = Text::new("D_JS(P‖Q) =", "D_JS(P‖Q) =");
/// Readout label.
pub const SQRT_PQ: Text = Text::new("√D_JS(P‖Q) =", "√D_JS(P‖Q) =");
/// Readout label.
pub const SQRT_QR: Text = Text::new("√D_JS(Q‖R) =", "√D_JS(Q‖R) =");
/// Readout label.
pub const SQRT_PR: Text = Text::new("√D_JS(P‖R) =", "√D_JS(P‖R) =");
/// Mixture caption.
pub const MIX_CAPTION: Text = Text::new(
    "P (blue), Q (red) and their mixture M = (P + Q)/2 (green), per outcome.",
    "P (синие), Q (красные) и их смесь M = (P + Q)/2 (зелёные) по исходам.",
);
/// Mixture alternative text.
pub const MIX_ALT: Text = Text::new(
    "Bar chart of P, Q and M per outcome: {t}.",
    "Столбчатая диаграмма P, Q и M по исходам: {t}.",
);
/// Gauge caption.
pub const GAUGE_CAPTION: Text = Text::new(
    "D_JS(P‖Q) on its scale from 0 to log 2 (orange): it can reach the bound, never pass it.",
    "D_JS(P‖Q) на шкале от 0 до log 2 (оранжевая черта): может достичь границы, но не перейти её.",
);
/// Gauge alternative text.
pub const GAUGE_ALT: Text = Text::new(
    "A bar of length D_JS(P‖Q) = {v} on a scale whose bound log 2 = {b} is marked.",
    "Полоса длины D_JS(P‖Q) = {v} на шкале с отмеченной границей log 2 = {b}.",
);
/// Triangle caption.
pub const TRIANGLE_CAPTION: Text = Text::new(
    "The triangle with sides √D_JS between P, Q and R: it always closes, because √JS is a metric.",
    "Треугольник со сторонами √D_JS между P, Q и R: он всегда замыкается, потому что √JS — метрика.",
);
/// Triangle alternative text.
pub const TRIANGLE_ALT: Text = Text::new(
    "A triangle P, Q, R with sides d(P,Q) = {pq}, d(Q,R) = {qr}, d(P,R) = {pr}.",
    "Треугольник P, Q, R со сторонами d(P,Q) = {pq}, d(Q,R) = {qr}, d(P,R) = {pr}.",
);
/// Search heading.
pub const SEARCH: Text = Text::new("Search for a counterexample", "Поиск контрпримера");
/// Search explanation.
pub const SEARCH_HINT: Text = Text::new(
    "Draws random triples (P, Q, R) over n outcomes, many with zeros or skewed, and checks d(P,R) ≤ d(P,Q) + d(Q,R) with every point in the middle, allowing 10⁻¹² for rounding.",
    "Перебирает случайные тройки (P, Q, R) на n исходах, многие — с нулями или перекошенные, и проверяет d(P,R) ≤ d(P,Q) + d(Q,R) для каждой точки в роли средней, с допуском 10⁻¹² на округление.",
);
/// Button.
pub const START: Text = Text::new("Search", "Искать");
/// Button.
pub const STOP: Text = Text::new("Stop", "Остановить");
/// Label.
pub const TRIED: Text = Text::new("Triples tried", "Проверено троек");
/// Label.
pub const VIOLATIONS: Text = Text::new("violations", "нарушений");
/// Label.
pub const WORST: Text = Text::new("worst excess", "наибольшее превышение");
/// Button.
pub const LOAD: Text = Text::new(
    "Load the worst into the editors",
    "Загрузить худшую в редакторы",
);
/// Candidate names.
pub const SQRT_JS_NAME: &str = "√D_JS";
/// Candidate names.
pub const JS_NAME: &str = "D_JS";
/// Candidate names.
pub const SYM_KL_NAME: Text = Text::new("D_KL(P‖Q) + D_KL(Q‖P)", "D_KL(P‖Q) + D_KL(Q‖P)");
/// Search verdict.
pub const VERDICT: Text = Text::new(
    "√D_JS: no counterexample, as the theorem says. D_JS and symmetrised KL: counterexamples found — divergences, not metrics.",
    "√D_JS: контрпримеров нет, как и утверждает теорема. D_JS и симметризованная KL: контрпримеры найдены — это функции близости, но не метрики.",
);
/// Table heading.
pub const CANDIDATE: Text = Text::new("candidate d", "кандидат d");
