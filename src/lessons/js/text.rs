//! The JS lesson's words: the seminar's slides «Метрика на основе функции близости
//! Йенсена-Шеннона» (1) and (2), in their order, with the triangle inequality — which the
//! seminar leaves to Endres & Schindelin (2003) — checked live by a counterexample search.

use crate::components::Step;
use crate::i18n::Text;

/// Title.
pub const TITLE: Text = Text::new(
    "Jensen–Shannon, and √JS as a metric",
    "Метрика на основе функции близости Йенсена–Шеннона",
);
/// Contents line.
pub const SUMMARY: Text = Text::new(
    "A symmetric, bounded divergence through the mixture M; it breaks the triangle inequality, but its square root is a true metric.",
    "Симметричная ограниченная функция близости через смесь M; она нарушает неравенство треугольника, а её корень — настоящая метрика.",
);
/// Lead paragraph.
pub const LEAD: Text = Text::new(
    "KL is asymmetric and can be infinite. Measuring both $P$ and $Q$ against their average $M$ fixes both: $D_{JS}$ is symmetric and never above $\\log 2$. It is still not a metric, since it breaks the triangle inequality, but its square root is one (Endres & Schindelin, 2003). Search for counterexamples below: you will find some for $D_{JS}$ and for symmetrised KL, and none for $\\sqrt{D_{JS}}$.",
    "KL несимметрична и может быть бесконечной. Если сравнивать и $P$, и $Q$ с их средним $M$, устраняются оба недостатка: $D_{JS}$ симметрична и не превосходит $\\log 2$. Метрикой она всё же не является — нарушает неравенство треугольника, — а вот её квадратный корень метрикой является (Endres, Schindelin, 2003). Поищите контрпримеры ниже: для $D_{JS}$ и для симметризованной KL они найдутся, для $\\sqrt{D_{JS}}$ — нет.",
);

/// The derivation.
pub static STEPS: [Step; 7] = [
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
            "$M > 0$ wherever $P$ or $Q$ is positive, so both KL terms are finite; each is at most $\\log 2$ because $p \\le 2m$. So $0 \\le D_{JS} \\le \\log 2$, with $\\log 2$ exactly for disjoint supports (the gauge's orange line).",
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
            "Is $D_{JS}$ itself a metric? It satisfies (1) and (2): the next two steps prove them for $\\sqrt{D_{JS}}$, and the same arguments work for $D_{JS}$. But it fails (3). The classic counterexample is $P = (1, 0)$, $Q = (\\tfrac12, \\tfrac12)$, $R = (0, 1)$ (the button “Load the classic example” puts it into the editors). Here $M = \\tfrac12 (P + Q) = (\\tfrac34, \\tfrac14)$, $D_{KL}(P\\|M) = \\log\\tfrac43$ and $D_{KL}(Q\\|M) = \\tfrac12 \\log\\tfrac23 + \\tfrac12 \\log 2 = \\tfrac12 \\log\\tfrac43$, so $D_{JS}(P\\|Q) = \\tfrac34 \\log\\tfrac43 \\approx 0.216$, and $D_{JS}(Q\\|R)$ is the same by symmetry; $P$ and $R$ have disjoint supports. So $D_{JS}(P\\|R) = \\log 2 \\approx 0.693$ exceeds $D_{JS}(P\\|Q) + D_{JS}(Q\\|R) \\approx 0.432$ (see the playground’s readouts). The reason: $D_{JS}$ behaves like a squared distance. On a line, the points $0$, $\\tfrac12$, $1$ give $|0 - 1|^2 = 1 > (\\tfrac12)^2 + (\\tfrac12)^2 = \\tfrac12$, while $|x - y|$ itself gives $1 \\le \\tfrac12 + \\tfrac12$. The square root repairs the example too: $\\sqrt{0.693} \\approx 0.833 \\le 0.465 + 0.465$.",
            "Является ли метрикой сама $D_{JS}$? Свойства (1) и (2) у неё есть: следующие два шага доказывают их для $\\sqrt{D_{JS}}$, и те же рассуждения годятся для $D_{JS}$. А свойства (3) нет. Классический контрпример: $P = (1, 0)$, $Q = (\\tfrac12, \\tfrac12)$, $R = (0, 1)$ (кнопка «Загрузить классический пример» ставит их в редакторы). Здесь $M = \\tfrac12 (P + Q) = (\\tfrac34, \\tfrac14)$, $D_{KL}(P\\|M) = \\log\\tfrac43$ и $D_{KL}(Q\\|M) = \\tfrac12 \\log\\tfrac23 + \\tfrac12 \\log 2 = \\tfrac12 \\log\\tfrac43$, поэтому $D_{JS}(P\\|Q) = \\tfrac34 \\log\\tfrac43 \\approx 0{,}216$; по симметрии столько же и $D_{JS}(Q\\|R)$, а носители $P$ и $R$ не пересекаются. Итак, $D_{JS}(P\\|R) = \\log 2 \\approx 0{,}693$ больше, чем $D_{JS}(P\\|Q) + D_{JS}(Q\\|R) \\approx 0{,}432$ (см. показания в песочнице). Причина в том, что $D_{JS}$ ведёт себя как квадрат расстояния. На прямой точки $0$, $\\tfrac12$, $1$ дают $|0 - 1|^2 = 1 > (\\tfrac12)^2 + (\\tfrac12)^2 = \\tfrac12$, а само $|x - y|$ даёт $1 \\le \\tfrac12 + \\tfrac12$. Квадратный корень исправляет и этот пример: $\\sqrt{0{,}693} \\approx 0{,}833 \\le 0{,}465 + 0{,}465$.",
        ),
        tex: Some(
            "D_{JS}(P\\|R) = \\log 2 > \\tfrac32 \\log\\tfrac43 = D_{JS}(P\\|Q) + D_{JS}(Q\\|R)",
        ),
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
            "(3) The triangle inequality is the hard part; its proof is in Endres & Schindelin (2003), and we do not reproduce it here. Check it live: edit $R$ and watch the triangle, or search thousands of random triples for a counterexample. You won't find one for $\\sqrt{D_{JS}}$ (a search proves nothing, the theorem does), while $D_{JS}$ itself and symmetrised KL break the inequality.",
            "(3) С неравенством треугольника всё действительно сложнее; его доказательство — в статье Endres, Schindelin (2003), здесь мы его не приводим. Проверьте неравенство вживую: меняйте $R$ и следите за треугольником или переберите тысячи случайных троек в поисках контрпримера. Для $\\sqrt{D_{JS}}$ вы его не найдёте (перебор ничего не доказывает — доказывает теорема), а сама $D_{JS}$ и симметризованная KL неравенство нарушают.",
        ),
        tex: Some("\\sqrt{D_{JS}(P\\|R)} \\le \\sqrt{D_{JS}(P\\|Q)} + \\sqrt{D_{JS}(Q\\|R)}"),
    },
];

/// Playground heading.
pub const PLAYGROUND: Text = Text::new("P, Q and R", "P, Q и R");
/// Playground hint.
pub const PLAYGROUND_HINT: Text = Text::new(
    "Drag a bar, type a value, or use the arrow keys on a bar; all three share their outcomes.",
    "Перетащите столбик, введите число или нажимайте стрелки на столбике; у всех трёх одни и те же исходы.",
);
/// Button: the classic counterexample of step 4.
pub const LOAD_CLASSIC: Text =
    Text::new("Load the classic example", "Загрузить классический пример");
/// Readout label.
pub const JS_PQ: Text = Text::new("D_JS(P‖Q) =", "D_JS(P‖Q) =");
/// Readout label.
pub const JS_QR: Text = Text::new("D_JS(Q‖R) =", "D_JS(Q‖R) =");
/// Readout label.
pub const JS_PR: Text = Text::new("D_JS(P‖R) =", "D_JS(P‖R) =");
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
    "Bar chart of P, Q and M per outcome. x axis: outcome; y axis: probability. Values, outcome: P / Q / M: {t}.",
    "Столбчатая диаграмма P, Q и M по исходам. Ось x: исход; ось y: вероятность. Значения, исход: P / Q / M: {t}.",
);
/// y axis of the mixture figure.
pub const PROBABILITY: Text = Text::new("probability", "вероятность");
/// Gauge caption.
pub const GAUGE_CAPTION: Text = Text::new(
    "D_JS(P‖Q) as a blue bar on its scale from 0 to log 2 (orange line): it can reach the bound, never pass it.",
    "D_JS(P‖Q) — синяя полоса на шкале от 0 до log 2 (оранжевая черта): она может достичь границы, но не перейти её.",
);
/// Gauge alternative text; `{u}` is the unit.
pub const GAUGE_ALT: Text = Text::new(
    "A scale from 0 to log 2 (x axis: D_JS in {u}; no y axis) with a bar of length D_JS(P‖Q) = {v} and the bound log 2 = {b} marked.",
    "Шкала от 0 до log 2 (ось x: D_JS, {u}; оси y нет) с полосой длины D_JS(P‖Q) = {v} и отмеченной границей log 2 = {b}.",
);
/// Triangle caption.
pub const TRIANGLE_CAPTION: Text = Text::new(
    "The triangle P, Q, R with sides √D_JS drawn to scale: P–Q and Q–R blue, P–R red, each labelled with its length. It always closes, because √D_JS is a metric; three lengths that broke the triangle inequality would be drawn as two blue segments too short to meet.",
    "Треугольник P, Q, R со сторонами √D_JS в масштабе: P–Q и Q–R синие, P–R красная, у каждой подписана длина. Он всегда замыкается, потому что √D_JS — метрика; если бы длины нарушали неравенство треугольника, были бы нарисованы два синих отрезка, слишком коротких, чтобы сойтись.",
);
/// Triangle alternative text; `{u}` is the unit.
pub const TRIANGLE_ALT: Text = Text::new(
    "A triangle P, Q, R drawn to scale, without axes; sides in √{u}: d(P,Q) = {pq}, d(Q,R) = {qr}, d(P,R) = {pr}.",
    "Треугольник P, Q, R в масштабе, без осей; стороны в √{u}: d(P,Q) = {pq}, d(Q,R) = {qr}, d(P,R) = {pr}.",
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
    "√D_JS: no counterexample found, as the theorem says (the proof is Endres & Schindelin, 2003; a search can only fail to find one). D_JS and symmetrised KL: counterexamples found, so they are divergences but not metrics.",
    "√D_JS: контрпримеров не найдено, как и утверждает теорема (доказательство — Endres, Schindelin, 2003; перебор может лишь не найти контрпример). D_JS и симметризованная KL: контрпримеры найдены — это функции близости, но не метрики.",
);
/// Table heading.
pub const CANDIDATE: Text = Text::new("candidate d", "кандидат d");
/// Why the positive-counterexample exercise is not met yet: a zero somewhere.
pub const WHY_ZERO: Text = Text::new("Some probability is 0.", "Какая-то вероятность равна 0.");
/// Why the positive-counterexample exercise is not met yet: the inequality holds.
pub const WHY_HOLDS: Text = Text::new(
    "Here D_JS(P‖R) ≤ D_JS(P‖Q) + D_JS(Q‖R).",
    "Здесь D_JS(P‖R) ≤ D_JS(P‖Q) + D_JS(Q‖R).",
);
