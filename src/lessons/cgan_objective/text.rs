//! The conditional GAN lesson's words: the seminar's slide «Условные состязательные
//! генеративные сети», with its expectation fixed (x and y are drawn together from the data,
//! not independently), and the theory of the previous lessons applied per class.

use crate::components::Step;
use crate::i18n::Text;

/// Title.
pub const TITLE: Text = Text::new(
    "The conditional GAN objective",
    "Целевая функция условного GAN",
);
/// Contents line.
pub const SUMMARY: Text = Text::new(
    "Both networks see the label y; the objective, D* and C(G) split into p(y)-weighted per-class terms.",
    "Обе сети видят метку y; целевая функция, D* и C(G) распадаются на слагаемые по классам с весами p(y).",
);
/// Lead paragraph.
pub const LEAD: Text = Text::new(
    "A conditional GAN (Mirza & Osindero, 2014) generates on demand: the generator gets a label $y$ with the noise, the discriminator judges pairs $(x, y)$. Here there are two or three classes with weights $p(y)$, and each class has its own $p_{data}(x \\mid y)$ and $p_g(x \\mid y)$ to edit. Every number is a numerical integral (adaptive Gauss–Kronrod quadrature, accurate to about $10^{-12}$).",
    "Условный GAN (Mirza, Osindero, 2014) порождает примеры по заказу: генератор получает вместе с шумом метку $y$, а дискриминатор оценивает пары $(x, y)$. Здесь два или три класса с весами $p(y)$, и у каждого класса свои $p_{data}(x \\mid y)$ и $p_g(x \\mid y)$, которые можно менять. Все числа — численные интегралы (адаптивная квадратура Гаусса–Кронрода, точность около $10^{-12}$).",
);

/// The derivation.
pub static STEPS: [Step; 6] = [
    Step {
        text: Text::new(
            "Both networks are given the label: $G(z, y)$ generates an example of class $y$, $D(x, y)$ says whether $x$ is a real example of class $y$.",
            "Обе сети получают метку: $G(z, y)$ порождает пример класса $y$, $D(x, y)$ говорит, является ли $x$ настоящим примером класса $y$.",
        ),
        tex: None,
    },
    Step {
        text: Text::new(
            "The objective. The seminar writes $x \\sim p_{data}$, $y \\sim p_y$, as if they were drawn independently; in fact $x$ and its label come together from the data, $(x, y) \\sim p_{data}(x, y) = p(y)\\, p_{data}(x \\mid y)$, while the generator's label is drawn from $p(y)$:",
            "Целевая функция. В семинаре написано $x \\sim p_{data}$, $y \\sim p_y$, как будто они выбираются независимо; на самом деле $x$ и его метка берутся из данных вместе, $(x, y) \\sim p_{data}(x, y) = p(y)\\, p_{data}(x \\mid y)$, а метка для генератора выбирается из $p(y)$:",
        ),
        tex: Some(
            "\\min_G \\max_D \\left[\\mathbb{E}_{(x, y) \\sim p_{data}(x, y)} \\log D(x, y) + \\mathbb{E}_{z \\sim p_z,\\, y \\sim p(y)} \\log(1 - D(G(z, y), y))\\right]",
        ),
    },
    Step {
        text: Text::new(
            "Write $p_g(x \\mid y)$ for the distribution of $G(z, y)$. The value splits into one GAN value per class, weighted by $p(y)$:",
            "Обозначим через $p_g(x \\mid y)$ распределение $G(z, y)$. Значение $V$ распадается на сумму значений GAN по классам с весами $p(y)$:",
        ),
        tex: Some(
            "V(D, G) = \\sum_y p(y) \\int_x \\big(p_{data}(x \\mid y) \\log D(x, y) + p_g(x \\mid y) \\log(1 - D(x, y))\\big)\\, dx",
        ),
    },
    Step {
        text: Text::new(
            "Each class is the unconditional problem again, so the optimal discriminator is, class by class (the plot of $D^*$):",
            "Каждый класс — снова безусловная задача, поэтому оптимальный дискриминатор для каждого класса равен (график $D^*$):",
        ),
        tex: Some("D^*(x, y) = \\frac{p_{data}(x \\mid y)}{p_{data}(x \\mid y) + p_g(x \\mid y)}"),
    },
    Step {
        text: Text::new(
            "and the criterion is the $p(y)$-weighted sum of per-class terms (the table), at least $-\\log 4$, with equality exactly when $p_g(\\cdot \\mid y) = p_{data}(\\cdot \\mid y)$ for every class with $p(y) > 0$:",
            "а критерий — сумма слагаемых по классам с весами $p(y)$ (таблица), не меньше $-\\log 4$, и равенство ровно тогда, когда $p_g(\\cdot \\mid y) = p_{data}(\\cdot \\mid y)$ для каждого класса с $p(y) > 0$:",
        ),
        tex: Some(
            "C(G) = \\sum_y p(y) \\big(2 D_{JS}(p_{data}(\\cdot \\mid y) \\,\\|\\, p_g(\\cdot \\mid y)) - \\log 4\\big) \\ge -\\log 4",
        ),
    },
    Step {
        text: Text::new(
            "Remark. Matching the overall distribution $p_g(x) = \\sum_y p(y)\\, p_g(x \\mid y)$ is not enough. Let $G$ produce class 1's examples when asked for class 2 and vice versa (and any other class correctly). Then the two overall distributions differ by the expression below, so they coincide exactly when $p(1) = p(2)$ (for two different classes): the mixture JS readout is 0 while $C(G)$ stays well above $-\\log 4$. With unequal weights the swap shows in the mixture too: for $p(y) = (0.3, 0.7)$ and the default classes the mixture JS is about 0.082 nats. Either way the label must be respected.",
            "Замечание. Совпадения общего распределения $p_g(x) = \\sum_y p(y)\\, p_g(x \\mid y)$ недостаточно. Пусть $G$ по запросу класса 2 порождает примеры класса 1 и наоборот (а остальные классы — верно). Тогда общие распределения отличаются на выражение ниже и совпадают ровно при $p(1) = p(2)$ (если классы различны): JS смесей равна 0, а $C(G)$ остаётся заметно выше $-\\log 4$. При неравных весах подмена видна и в смеси: при $p(y) = (0{,}3; 0{,}7)$ и классах по умолчанию JS смесей около 0,082 ната. Так или иначе, метку нужно соблюдать.",
        ),
        tex: Some(
            "p_g(x) - p_{data}(x) = \\big(p(1) - p(2)\\big)\\big(p_{data}(x \\mid 2) - p_{data}(x \\mid 1)\\big)",
        ),
    },
];

/// Heading.
pub const CLASSES: Text = Text::new("Classes and their densities", "Классы и их плотности");
/// Hint.
pub const CLASSES_HINT: Text = Text::new(
    "Set the class weights p(y) (2 or 3 classes), pick a class, and edit its two densities with the handles or sliders.",
    "Задайте веса классов p(y) (2 или 3 класса), выберите класс и меняйте его плотности маркерами или ползунками.",
);
/// Select label.
pub const CLASS: Text = Text::new("Class shown", "Показан класс");
/// Caption.
pub const DENSITIES_CAPTION: Text = Text::new(
    "p_data(x | y) (blue) and p_g(x | y) (red), shaded, for the chosen class; a filled dot moves a component, a ring sets its spread.",
    "p_data(x | y) (синяя) и p_g(x | y) (красная) с заливкой для выбранного класса; закрашенная точка двигает компоненту, кольцо задаёт её разброс.",
);
/// Caption.
pub const DSTAR_CAPTION: Text = Text::new(
    "D*(x, y) for each class: class 1 blue, class 2 red and dashed, class 3 green; the grey line is ½.",
    "D*(x, y) для каждого класса: класс 1 — синяя линия, класс 2 — красный пунктир, класс 3 — зелёная линия; серая линия — уровень ½.",
);
/// Alt text; {list} filled in.
pub const DSTAR_ALT: Text = Text::new(
    "x axis: x; y axis: D*(x, y). The optimal conditional discriminator D*(x, y), one curve per class; the per-class criterion: {list}.",
    "Ось x: x; ось y: D*(x, y). Оптимальный условный дискриминатор D*(x, y), по кривой на класс; критерий по классам: {list}.",
);
/// Table header.
pub const TABLE_CLASS: Text = Text::new("class y", "класс y");
/// Heading of the per-class table.
pub const TERMS: Text = Text::new("Per-class terms", "Слагаемые по классам");
/// Table header (a formula).
pub const TABLE_JS: Text = Text::new(
    "$D_{JS}(p_{data}(\\cdot \\mid y) \\,\\|\\, p_g(\\cdot \\mid y))$",
    "$D_{JS}(p_{data}(\\cdot \\mid y) \\,\\|\\, p_g(\\cdot \\mid y))$",
);
/// Table header (a formula).
pub const TABLE_C: Text = Text::new("$C_y = 2 D_{JS} - \\log 4$", "$C_y = 2 D_{JS} - \\log 4$");
/// The line before the total (a formula).
pub const TOTAL_FORMULA: Text = Text::new(
    "$C(G) = \\sum_y p(y)\\, C_y$:",
    "$C(G) = \\sum_y p(y)\\, C_y$:",
);
/// Readout label.
pub const TOTAL: Text = Text::new("C(G) =", "C(G) =");
/// Readout label.
pub const MARGINAL: Text = Text::new(
    "D_JS of the mixtures p_data(x), p_g(x) =",
    "D_JS смесей p_data(x) и p_g(x) =",
);
/// Button.
pub const SWAP: Text = Text::new(
    "Generator swaps classes 1 and 2 (and p(1) = p(2))",
    "Генератор путает классы 1 и 2 (и p(1) = p(2))",
);
/// Under the buttons: what the swap button does and why.
pub const SWAP_NOTE: Text = Text::new(
    "Swapping keeps $p_g(x) = p_{data}(x)$ only when $p(1) = p(2)$, so the button also sets $p(1) = p(2)$ (keeping their sum) and, with three classes, generates class 3 correctly. Change $p(y)$ afterwards and watch the mixture JS leave 0.",
    "Подмена сохраняет $p_g(x) = p_{data}(x)$ только при $p(1) = p(2)$, поэтому кнопка также делает $p(1) = p(2)$ (сохраняя их сумму), а при трёх классах порождает класс 3 верно. Измените потом $p(y)$ — и JS смесей станет больше 0.",
);
/// Button.
pub const MATCH: Text = Text::new("Set every p_g = p_data", "Положить все p_g = p_data");
/// The class-weight editor's legend.
pub const PY_LEGEND: Text = Text::new("class weights p(y)", "веса классов p(y)");
/// The class-weight editor's count.
pub const PY_COUNT: Text = Text::new("number of classes", "число классов");
/// One class weight; {k} is the class.
pub const PY_ENTRY: Text = Text::new("p(y = {k})", "p(y = {k})");
/// The "−" button.
pub const PY_FEWER: Text = Text::new("One class fewer", "На один класс меньше");
/// The "+" button.
pub const PY_MORE: Text = Text::new("One class more", "На один класс больше");
