//! The KL lesson's words: the seminar's slide «Функция близости Кульбака-Лейблера», with its
//! slip fixed: a divergence maps into [0, ∞], not ℝ — KL is +∞ when Q misses mass of P.

use crate::components::Step;
use crate::i18n::Text;

/// Title.
pub const TITLE: Text = Text::new(
    "Divergences and Kullback–Leibler",
    "Функции близости и дивергенция Кульбака–Лейблера",
);
/// Contents line.
pub const SUMMARY: Text = Text::new(
    "What a divergence is; D_KL ≥ 0 from Gibbs; asymmetric, and +∞ where q misses p's mass.",
    "Что такое функция близости; D_KL ≥ 0 из неравенства Гиббса; несимметрична и равна +∞, где q теряет массу p.",
);
/// Lead paragraph.
pub const LEAD: Text = Text::new(
    "A divergence measures how far a distribution $Q$ is from $P$ without being a distance: it need not be symmetric. The Kullback–Leibler divergence is the gap of Gibbs' inequality; below, both directions side by side, and the same for two Gaussians.",
    "Функция близости (дивергенция) измеряет, насколько распределение $Q$ далеко от $P$, но не обязана быть расстоянием: симметрии не требуется. Дивергенция Кульбака–Лейблера — это разрыв в неравенстве Гиббса; ниже оба направления рядом, а также то же для двух гауссиан.",
);

/// The derivation.
pub static STEPS: [Step; 5] = [
    Step {
        text: Text::new(
            "Definition. A divergence between distributions on one space $S$ is a function $D(\\cdot\\|\\cdot) : S \\times S \\to [0, \\infty]$ such that (1) $D(P\\|Q) \\ge 0$ for all $P, Q \\in S$ and (2) $D(P\\|Q) = 0 \\Leftrightarrow P = Q$. (The seminar writes $\\mathbb{R}$; the value $+\\infty$ must be allowed, as KL shows.)",
            "Определение. Функция близости (divergence) двух распределений на одном пространстве $S$ — это функция $D(\\cdot\\|\\cdot) : S \\times S \\to [0, \\infty]$, такая что (1) $D(P\\|Q) \\ge 0$ для всех $P, Q \\in S$ и (2) $D(P\\|Q) = 0 \\Leftrightarrow P = Q$. (В семинаре написано $\\mathbb{R}$; значение $+\\infty$ нужно допустить — это показывает KL.)",
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
            "Это функция близости. Доказательство: по неравенству Гиббса, причём равенство только при $P = Q$. ∎",
        ),
        tex: Some("D_{KL}(P\\|Q) = \\sum_x p(x) \\log p(x) - \\sum_x p(x) \\log q(x) \\ge 0"),
    },
    Step {
        text: Text::new(
            "It is not symmetric: compare the two directions in the plot — each outcome weighs $\\log(p/q)$ by $p$ on one side and $\\log(q/p)$ by $q$ on the other. Where $q(x) = 0 < p(x)$, $D_{KL}(P\\|Q) = +\\infty$ while $D_{KL}(Q\\|P)$ may stay finite.",
            "Она несимметрична: сравните два направления на графике — каждый исход взвешивает $\\log(p/q)$ с весом $p$ в одном и $\\log(q/p)$ с весом $q$ в другом. Где $q(x) = 0 < p(x)$, $D_{KL}(P\\|Q) = +\\infty$, а $D_{KL}(Q\\|P)$ может остаться конечной.",
        ),
        tex: Some("D_{KL}(P\\|Q) \\ne D_{KL}(Q\\|P) \\text{ in general}"),
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
    "Тяните столбик, введите число или нажимайте стрелки на столбике. Попробуйте ноль в q там, где p положительно.",
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
    "D_KL(P‖Q) = ∞: q{i} = 0, а p{i} > 0, и там p·log(p/q) = +∞ (Q не допускает того, что возможно при P).",
);
/// Why D_KL(Q‖P) is infinite; `{i}` is the outcome.
pub const INF_QP: Text = Text::new(
    "D_KL(Q‖P) = ∞: p{i} = 0 while q{i} > 0, so q·log(q/p) = +∞ there.",
    "D_KL(Q‖P) = ∞: p{i} = 0, а q{i} > 0, и там q·log(q/p) = +∞.",
);
/// Bars caption.
pub const TERMS_CAPTION: Text = Text::new(
    "Per outcome x: p·log(p/q) (blue, sums to D_KL(P‖Q)) and q·log(q/p) (red, sums to D_KL(Q‖P)). Single terms may be negative; the sums never are. A bar reaching the edge marked ∞ is infinite.",
    "По исходам x: p·log(p/q) (синие, в сумме D_KL(P‖Q)) и q·log(q/p) (красные, в сумме D_KL(Q‖P)). Отдельные слагаемые бывают отрицательными, суммы — никогда. Столбик до края с пометкой ∞ бесконечен.",
);
/// Bars alternative text; `{t}` is filled in.
pub const TERMS_ALT: Text = Text::new(
    "Bar chart of the per-outcome contributions to both directions of KL: {t}.",
    "Столбчатая диаграмма вкладов исходов в оба направления KL: {t}.",
);
/// y axis.
pub const TERMS_AXIS: Text = Text::new("contribution", "вклад");
/// Gaussian panel heading.
pub const GAUSS: Text = Text::new("Two Gaussians", "Две гауссианы");
/// Gaussian panel hint.
pub const GAUSS_HINT: Text = Text::new(
    "Move the means and spreads: equal spreads give (μ_p − μ_q)²/(2σ²) both ways; unequal spreads make the two directions differ.",
    "Двигайте средние и разбросы: при равных разбросах обе величины равны (μ_p − μ_q)²/(2σ²); при разных направления расходятся.",
);
/// Slider label.
pub const MEAN: Text = Text::new("mean", "среднее");
/// Slider label.
pub const SPREAD: Text = Text::new("spread", "разброс");
/// Gaussian caption.
pub const GAUSS_CAPTION: Text = Text::new(
    "The densities of P (blue) and Q (red).",
    "Плотности P (синяя) и Q (красная).",
);
/// Gaussian alternative text.
pub const GAUSS_ALT: Text = Text::new(
    "Two normal densities: P with mean {mp} and spread {sp}, Q with mean {mq} and spread {sq}.",
    "Две нормальные плотности: P со средним {mp} и разбросом {sp}, Q со средним {mq} и разбросом {sq}.",
);
/// Readout label.
pub const G_PQ: Text = Text::new("D_KL(P‖Q) for the Gaussians =", "D_KL(P‖Q) для гауссиан =");
/// Readout label.
pub const G_QP: Text = Text::new("D_KL(Q‖P) for the Gaussians =", "D_KL(Q‖P) для гауссиан =");
/// x axis.
pub const X_AXIS: Text = Text::new("x", "x");
