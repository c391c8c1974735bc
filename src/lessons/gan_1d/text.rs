//! The 1-D GAN lab's words, RU and EN.
// The lesson bundle only lists the lab (title, summary, lead); the rest is the lab bundle's.
#![cfg_attr(not(feature = "labs"), allow(dead_code))]

use crate::i18n::Text;

pub const TITLE: Text = Text::new(
    "Lab: a 1-D GAN against the exact theory",
    "Лаборатория: одномерный GAN и точная теория",
);
pub const SUMMARY: Text = Text::new(
    "Train a GAN on a density you draw and watch D approach D* and C(G) fall to −log 4",
    "Обучите GAN на нарисованной плотности и смотрите, как D приближается к D*, а C(G) опускается к −log 4",
);
pub const LEAD: Text = Text::new(
    "A small GAN trains in your browser on $p_{data}$, a mixture you edit. Over its learned $D(x)$ the exact $D^*(x) = p_{data}/(p_{data} + p_g)$ for the current generator is drawn. Beside $V(D, G)$ of the trained $D$ the lab tracks $C(G) = \\max_D V(D, G) = 2 \\cdot JS(p_{data} \\| p_g) - \\log 4$, whose least value $-\\log 4$ is reached only at $p_g = p_{data}$. $V$ itself has no such floor: $D \\equiv \\tfrac12$ gives $V = -\\log 4$ for every $p_g$, and a poor $D$ gives less. Here $p_g$ is exact: the noise density pushed through $G$, with no sampling.",
    "Небольшой GAN обучается в браузере на $p_{data}$ — смеси, которую вы редактируете. Поверх выученного $D(x)$ нарисован точный $D^*(x) = p_{data}/(p_{data} + p_g)$ для текущего генератора. Рядом с $V(D, G)$ обученного $D$ лаборатория отслеживает $C(G) = \\max_D V(D, G) = 2 \\cdot JS(p_{data} \\| p_g) - \\log 4$; наименьшее значение $-\\log 4$ эта функция принимает только при $p_g = p_{data}$. У самой $V$ такой нижней границы нет: $D \\equiv \\tfrac12$ даёт $V = -\\log 4$ при любой $p_g$, а плохой $D$ может дать ещё меньше. Здесь $p_g$ точная: плотность шума, пропущенная через $G$, без выборки.",
);
pub const DATA: Text = Text::new("The data p_data", "Данные p_data");
pub const DENSITIES: Text = Text::new("p_data and p_g", "p_data и p_g");
pub const DENSITIES_CAPTION: Text = Text::new(
    "p_data (blue line, lightly filled), a histogram of 2 000 generated samples (orange steps, lightly filled), their kernel density estimate (orange line) and p_g pushed exactly through G (red, dashed). The objective V(D, G) written as an integral over p_g:",
    "p_data (синяя линия со светлой заливкой), гистограмма 2 000 сгенерированных образцов (оранжевые ступеньки со светлой заливкой), их ядерная оценка плотности (оранжевая линия) и p_g, точно пропущенная через G (красная штриховая). Целевая функция V(D, G) как интеграл по p_g:",
);
pub const D_TITLE: Text = Text::new("The discriminator and D*", "Дискриминатор и D*");
pub const D_CAPTION: Text = Text::new(
    "The trained D(x) (green) and the optimal D*(x) = p_data/(p_data + p_g) for the current G (black, dashed), with the grey line at ½. D* is not drawn where both p_data and p_g are below 10⁻⁶ of their peak: there it is a ratio of two negligible numbers. Where p_g vanishes and p_data does not, D* = 1; as p_g → p_data, D* → ½ wherever the densities are not negligible. D chases D* where there are data or samples; far from both nothing trains it. The proof:",
    "Обученный D(x) (зелёный) и оптимальный D*(x) = p_data/(p_data + p_g) для текущего G (чёрный штриховой), серая линия — уровень ½. D* не нарисован там, где и p_data, и p_g меньше 10⁻⁶ своего максимума: там это отношение двух пренебрежимо малых чисел. Где p_g обращается в нуль, а p_data нет, D* = 1; при p_g → p_data D* → ½ всюду, где плотности не пренебрежимо малы. D догоняет D* там, где есть данные или образцы; вдали от них его ничто не обучает. Доказательство:",
);
pub const DSTAR_FROM: Text = Text::new("D* drawn from x =", "D* нарисован от x =");
pub const DSTAR_TO: Text = Text::new("to x =", "до x =");
pub const V_TITLE: Text = Text::new("V(D, G) over training", "V(D, G) в ходе обучения");
pub const V_CAPTION: Text = Text::new(
    "V(D, G) of the trained D on 2 000 data and 2 000 generated samples (green), C(G) = max_D V = 2·JS(p_data‖p_g) − log 4 for the exact p_g (black, dashed), and the grey line at −log 4, the least value of C(G). V ≤ C(G) for every D (D* maximises V), up to the sampling noise of V's estimate. −log 4 is a floor for C(G) only: D ≡ ½ gives V = −log 4 for any p_g (an untrained D, close to ½ everywhere, shows about that at iteration 0), and a poor D can give V below −log 4. So V near −log 4 alone proves nothing; C(G) = −log 4 means p_g = p_data. The proof:",
    "V(D, G) обученного D на 2 000 точках данных и 2 000 сгенерированных образцах (зелёная), C(G) = max_D V = 2·JS(p_data‖p_g) − log 4 для точной p_g (чёрная штриховая) и серая линия на уровне −log 4 — наименьшего значения C(G). V ≤ C(G) при любом D (V максимизируется на D*) — с точностью до шума выборочной оценки V. Нижняя граница −log 4 есть только у C(G): D ≡ ½ даёт V = −log 4 при любой p_g (необученный D, всюду близкий к ½, показывает примерно это на нулевой итерации), а плохой D может дать V ниже −log 4. Поэтому близость V к −log 4 сама по себе ничего не доказывает; C(G) = −log 4 означает p_g = p_data. Доказательство:",
);
pub const LOSS_TITLE: Text = Text::new("Losses", "Функции потерь");
pub const LOSS_CAPTION: Text = Text::new(
    "The discriminator's batch loss (blue) and the generator's (red), in nats.",
    "Потери дискриминатора (синяя) и генератора (красная) на батче, в натах.",
);
pub const PROOF_LINK: Text = Text::new("the theory lesson, this step", "урок с теорией, этот шаг");
pub const G_MEAN: Text = Text::new(
    "mean of p_g (2 000 samples)",
    "среднее p_g (2 000 образцов)",
);
pub const G_STD: Text = Text::new("std of p_g", "ст. откл. p_g");
pub const DATA_MEAN: Text = Text::new("mean of p_data", "среднее p_data");
pub const DATA_STD: Text = Text::new("std of p_data", "ст. откл. p_data");
pub const D_MEAN: Text = Text::new("mean D (data and samples)", "среднее D (данные и образцы)");
pub const JS_EST: Text = Text::new("JS(p_data‖p_g), exact p_g", "JS(p_data‖p_g), точная p_g");
pub const V_NOW: Text = Text::new("V(D, G)", "V(D, G)");
pub const OUTSIDE: Text = Text::new(
    "of generated samples fall outside the plot",
    "сгенерированных образцов за пределами графика",
);
// Words drawn on the figures.
pub const AXIS_DENSITY: Text = Text::new("density", "плотность");
pub const CURVE_HIST: Text = Text::new("samples (histogram)", "образцы (гистограмма)");
pub const CURVE_KDE: Text = Text::new("kernel estimate", "ядерная оценка");
pub const CURVE_PG: Text = Text::new("p_g (exact)", "p_g (точная)");
// Text alternatives of the figures.
pub const ALT: Text = Text::new(
    "x axis: x; y axis: density. p_data with mean {dm} and std {ds}; generated samples with mean {gm} and std {gs}, as a histogram and a kernel density estimate; p_g pushed exactly through G.",
    "Ось x: x; ось y: плотность. p_data со средним {dm} и ст. откл. {ds}; сгенерированные образцы со средним {gm} и ст. откл. {gs} — гистограмма и ядерная оценка плотности; p_g, точно пропущенная через G.",
);
/// {span} is [`D_SPAN`] or [`D_SPAN_NONE`]; {d} the mean D.
pub const D_ALT: Text = Text::new(
    "x axis: x; y axis: D. The trained D(x) and the optimal D*(x){span}; mean D on data and samples {d}.",
    "Ось x: x; ось y: D. Обученный D(x) и оптимальный D*(x){span}; среднее D на данных и образцах {d}.",
);
pub const D_SPAN: Text = Text::new(
    ", drawn for x from {lo} to {hi} (elsewhere both densities are below 10⁻⁶ of their peak)",
    ", нарисованный при x от {lo} до {hi} (в остальных точках обе плотности меньше 10⁻⁶ своего максимума)",
);
pub const D_SPAN_NONE: Text = Text::new(" (not computed yet)", " (ещё не вычислен)");
pub const V_ALT: Text = Text::new(
    "x axis: iteration; y axis: nats. V(D, G) = {v} (green); C(G) = 2·JS − log 4 = {c} (black, dashed); the grey line is −log 4 = −1.386.",
    "Ось x: итерация; ось y: нат. V(D, G) = {v} (зелёная); C(G) = 2·JS − log 4 = {c} (чёрная штриховая); серая линия — −log 4 = −1,386.",
);
pub const TRY: Text = Text::new("Try", "Попробуйте");
pub const TRY_BIMODAL: Text = Text::new("two bumps", "два горба");
pub const TRY_MINIMAX: Text = Text::new("the minimax loss", "минимаксную функцию потерь");
pub const TRY_DIVERGE: Text = Text::new(
    "LSGAN with SGD at learning rate 1 (diverges)",
    "LSGAN и SGD со скоростью обучения 1 (расходится)",
);
pub const EXPLAIN: Text = Text::new(
    "Two bumps: G is continuous and the noise z ~ N(0, 1) has connected support (the whole line), so the image of that line under G is connected: p_g cannot split into two separate pieces, and it keeps a thin bridge of mass between the modes (G can only make it thin, by carrying a short stretch of z quickly across the gap). Minimax: early on D rejects the samples confidently and log(1 − D(G(z))) is nearly flat there, so G barely moves (the seminar's game as written); the non-saturating loss −log D(G(z)) has the same fixed point and strong gradients.",
    "Два горба: G непрерывен, а носитель шума z ~ N(0, 1) связен (вся прямая), поэтому образ этой прямой под действием G связен: p_g не может распасться на два отдельных куска и сохраняет тонкий мостик массы между модами (G может лишь сделать его тонким, быстро пронося короткий отрезок значений z через провал). Минимакс: в начале D уверенно отвергает образцы, и функция log(1 − D(G(z))) там почти постоянна, поэтому G почти не движется (игра из семинара как есть); ненасыщающая функция потерь −log D(G(z)) имеет ту же неподвижную точку и сильные градиенты.",
);
