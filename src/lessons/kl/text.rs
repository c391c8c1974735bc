//! The KL lesson's words: the seminar's slide «Функция близости Кульбака-Лейблера», with its
//! slip fixed: a divergence maps into [0, ∞], not ℝ — KL is +∞ when Q misses mass of P.

use crate::components::Step;
use crate::i18n::Text;

/// Title.
pub const TITLE: Text = Text::new(
    "Divergences and the Kullback–Leibler divergence",
    "Функции близости и функция близости Кульбака–Лейблера",
);
/// Contents line.
pub const SUMMARY: Text = Text::new(
    "What a divergence is; D_KL ≥ 0 by Gibbs' inequality; it is asymmetric, and +∞ where q = 0 < p.",
    "Что такое функция близости; D_KL ≥ 0 по неравенству Гиббса; она несимметрична и равна +∞, если q = 0 там, где p > 0.",
);
/// Lead paragraph.
pub const LEAD: Text = Text::new(
    "A divergence measures how far a distribution $Q$ is from $P$ without being a distance: it need be neither symmetric nor obey the triangle inequality. The Kullback–Leibler divergence is the gap of Gibbs' inequality; below are both of its directions side by side, and the same for two Gaussians.",
    "Функция близости показывает, насколько распределение $Q$ отличается от $P$, но не обязана быть расстоянием: от неё не требуют ни симметрии, ни неравенства треугольника. Функция близости Кульбака–Лейблера — это зазор в неравенстве Гиббса; ниже — оба её направления рядом и то же самое для двух гауссиан.",
);

/// The derivation.
pub static STEPS: [Step; 5] = [
    Step {
        text: Text::new(
            "Definition. Let $S$ be a set of probability distributions on a common space of outcomes (for instance, all distributions over $n$ outcomes). A divergence on $S$ is a function $D(\\cdot\\|\\cdot) : S \\times S \\to [0, \\infty]$ such that (1) $D(P\\|Q) \\ge 0$ for all $P, Q \\in S$ and (2) $D(P\\|Q) = 0 \\Leftrightarrow P = Q$. (The seminar writes $\\mathbb{R}$ for the values; $+\\infty$ must be allowed, as KL shows. With values in $[0, \\infty]$, condition (1) holds by itself; it is needed only when the values are allowed to be negative.)",
            "Определение. Пусть $S$ — множество распределений вероятностей на одном и том же пространстве исходов (например, все распределения на $n$ исходах). Функцией близости (дивергенцией) на $S$ называется функция $D(\\cdot\\|\\cdot) : S \\times S \\to [0, \\infty]$, такая что (1) $D(P\\|Q) \\ge 0$ для всех $P, Q \\in S$ и (2) $D(P\\|Q) = 0 \\Leftrightarrow P = Q$. (В семинаре множеством значений указано $\\mathbb{R}$, но значение $+\\infty$ нужно допустить — это показывает KL. При значениях в $[0, \\infty]$ условие (1) выполняется само собой; оно нужно, лишь если допускаются отрицательные значения.)",
        ),
        tex: None,
    },
    Step {
        text: Text::new(
            "The Kullback–Leibler divergence (terms with $p(x) = 0$ are $0$; a term with $p(x) > 0 = q(x)$ is $+\\infty$):",
            "Функция близости Кульбака–Лейблера (слагаемые с $p(x) = 0$ равны $0$; слагаемое с $p(x) > 0 = q(x)$ равно $+\\infty$):",
        ),
        tex: Some("D_{KL}(P\\|Q) = \\sum_x p(x) \\log \\frac{p(x)}{q(x)}"),
    },
    Step {
        text: Text::new(
            "It is a divergence. Proof: by Gibbs' inequality, with equality only at $P = Q$. ∎",
            "Это функция близости. Доказательство: по неравенству Гиббса, причём равенство достигается только при $P = Q$. ∎",
        ),
        tex: Some("D_{KL}(P\\|Q) = \\sum_x p(x) \\log p(x) - \\sum_x p(x) \\log q(x) \\ge 0"),
    },
    Step {
        text: Text::new(
            "It is not symmetric: compare the two directions in the plot. Each outcome contributes $p \\log(p/q)$ to one direction and $q \\log(q/p)$ to the other. Where $q(x) = 0 < p(x)$, $D_{KL}(P\\|Q) = +\\infty$ while $D_{KL}(Q\\|P)$ may stay finite. So, in general,",
            "Она несимметрична: сравните два направления на графике. Каждый исход вносит $p \\log(p/q)$ в одно направление и $q \\log(q/p)$ — в другое. Где $q(x) = 0 < p(x)$, $D_{KL}(P\\|Q) = +\\infty$, а $D_{KL}(Q\\|P)$ может остаться конечной. Поэтому в общем случае",
        ),
        tex: Some("D_{KL}(P\\|Q) \\ne D_{KL}(Q\\|P)"),
    },
    Step {
        text: Text::new(
            "For densities the sum becomes an integral; for two Gaussians it has a closed form (the panel below):",
            "Для плотностей сумма становится интегралом; для двух гауссиан есть явная формула (панель ниже):",
        ),
        tex: Some(
            "D_{KL}\\big(\\mathcal{N}(\\mu_p, \\sigma_p^2) \\,\\|\\, \\mathcal{N}(\\mu_q, \\sigma_q^2)\\big) = \\log\\frac{\\sigma_q}{\\sigma_p} + \\frac{\\sigma_p^2 + (\\mu_p - \\mu_q)^2}{2\\sigma_q^2} - \\frac12",
        ),
    },
];

/// Playground heading.
pub const PLAYGROUND: Text = Text::new("P and Q", "P и Q");
/// Playground hint.
pub const PLAYGROUND_HINT: Text = Text::new(
    "Drag a bar, type a value, or use the arrow keys on a bar. Try a zero in q where p is positive.",
    "Перетащите столбик, введите число или нажимайте стрелки на столбике. Попробуйте поставить ноль в q там, где p положительно.",
);
/// Button.
pub const SWAP: Text = Text::new("Swap p and q", "Поменять p и q");
/// Readout label.
pub const KL_PQ: Text = Text::new("D_KL(P‖Q) =", "D_KL(P‖Q) =");
/// Readout label.
pub const KL_QP: Text = Text::new("D_KL(Q‖P) =", "D_KL(Q‖P) =");
/// Why D_KL(P‖Q) is infinite; `{i}` is the outcome.
pub const INF_PQ: Text = Text::new(
    "D_KL(P‖Q) = ∞: q{i} = 0 while p{i} > 0, so p·log(p/q) = +∞ there (Q gives no chance to something P does).",
    "D_KL(P‖Q) = ∞: q{i} = 0, а p{i} > 0, и там p·log(p/q) = +∞ (Q запрещает исход, возможный при P).",
);
/// Why D_KL(Q‖P) is infinite; `{i}` is the outcome.
pub const INF_QP: Text = Text::new(
    "D_KL(Q‖P) = ∞: p{i} = 0 while q{i} > 0, so q·log(q/p) = +∞ there.",
    "D_KL(Q‖P) = ∞: p{i} = 0, а q{i} > 0, и там q·log(q/p) = +∞.",
);
/// Bars caption.
pub const TERMS_CAPTION: Text = Text::new(
    "Per outcome x: p·log(p/q) (blue, sums to D_KL(P‖Q)) and q·log(q/p) (red, sums to D_KL(Q‖P)). Single terms may be negative; the sums never are. A pale bar running to the top edge and marked ∞ is infinite; at step 4 a light orange band marks the outcomes with an infinite term.",
    "По исходам x: p·log(p/q) (синие, в сумме D_KL(P‖Q)) и q·log(q/p) (красные, в сумме D_KL(Q‖P)). Отдельные слагаемые бывают отрицательными, суммы — никогда. Бледный столбик до верхнего края с пометкой ∞ означает бесконечное слагаемое; на шаге 4 светло-оранжевая полоса отмечает исходы с бесконечным слагаемым.",
);
/// Bars alternative text; `{y}` (the y axis) and `{t}` are filled in.
pub const TERMS_ALT: Text = Text::new(
    "Bar chart of the per-outcome contributions to both directions of KL. x axis: outcome x; y axis: {y}. Values, x: p·log(p/q) / q·log(q/p): {t}.",
    "Столбчатая диаграмма вкладов исходов в оба направления KL. Ось x: исход x; ось y: {y}. Значения, x: p·log(p/q) / q·log(q/p): {t}.",
);
/// y axis; `{u}` is the unit.
pub const TERMS_AXIS: Text = Text::new("contribution ({u})", "вклад, {u}");
/// Gaussian panel heading.
pub const GAUSS: Text = Text::new("Two Gaussians", "Две гауссианы");
/// Gaussian panel hint.
pub const GAUSS_HINT: Text = Text::new(
    "Move the means and spreads: equal spreads give (μ_p − μ_q)²/(2σ²) both ways; unequal spreads make the two directions differ.",
    "Двигайте средние и разбросы: при равных разбросах обе величины равны (μ_p − μ_q)²/(2σ²); при разных разбросах два направления дают разные значения.",
);
/// Slider label.
pub const MEAN: Text = Text::new("mean", "среднее");
/// Slider label.
pub const SPREAD: Text = Text::new("spread", "разброс");
/// Gaussian caption.
pub const GAUSS_CAPTION: Text = Text::new(
    "The densities p(x) of P (blue) and q(x) of Q (red); the spread is the standard deviation σ.",
    "Плотности p(x) распределения P (синяя) и q(x) распределения Q (красная); разброс — стандартное отклонение σ.",
);
/// Gaussian alternative text.
pub const GAUSS_ALT: Text = Text::new(
    "Two Gaussian densities. x axis: x; y axis: density. P: mean {mp}, spread {sp}; Q: mean {mq}, spread {sq}. D_KL(P‖Q) = {pq}, D_KL(Q‖P) = {qp}.",
    "Две гауссианы. Ось x: x; ось y: плотность. P: среднее {mp}, разброс {sp}; Q: среднее {mq}, разброс {sq}. D_KL(P‖Q) = {pq}, D_KL(Q‖P) = {qp}.",
);
/// Readout label.
pub const G_PQ: Text = Text::new("D_KL(P‖Q) for the Gaussians =", "D_KL(P‖Q) для гауссиан =");
/// Readout label.
pub const G_QP: Text = Text::new("D_KL(Q‖P) for the Gaussians =", "D_KL(Q‖P) для гауссиан =");
/// x axis.
pub const X_AXIS: Text = Text::new("x", "x");
