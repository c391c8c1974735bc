//! The conditional GAN lab's words, RU and EN.
// The lesson bundle only lists the lab (title, summary, lead); the rest is the lab bundle's.
#![cfg_attr(not(feature = "labs"), allow(dead_code))]

use crate::components::Step;
use crate::i18n::Text;

pub const TITLE: Text = Text::new(
    "Lab: a conditional GAN on labelled points",
    "Лаборатория: условный GAN на размеченных точках",
);
pub const SUMMARY: Text = Text::new(
    "G and D see the class label: samples coloured by class, one class on demand, D's field per class, per-class distances",
    "G и D видят метку класса: точки раскрашены по классам, один класс по заказу, поле D для класса, расстояния по классам",
);
pub const LEAD: Text = Text::new(
    "A conditional GAN trains in your browser on labelled points. The generator gets a label $y$ with its noise and should draw an example of that class, $G(z, y)$; the discriminator judges pairs, $D(x, y)$. Colours are classes: rings are data, discs are generated samples. Pick one class to generate only that class and to see the discriminator's field $D(x, y)$ for it.",
    "В браузере обучается условный GAN на размеченных точках. Генератор получает вместе с шумом метку $y$ и должен порождать пример этого класса, $G(z, y)$; дискриминатор оценивает пары, $D(x, y)$. Цвет — это класс: кольца — данные, диски — сгенерированные образцы. Выберите один класс, чтобы генерировать только его и увидеть поле дискриминатора $D(x, y)$ для него.",
);

pub const FIELD: Text = Text::new("Data and samples by class", "Данные и образцы по классам");
pub const FIELD_CAPTION: Text = Text::new(
    "Rings: data, discs: generated samples, coloured by class (the colours are listed under the figure). With one class picked, the other classes' data turn faint and the background is D(x, y) for that class: light blue where D → 1 (\"data of this class\"), white at ½, light orange where D → 0 (\"generated\"); the grey-purple grid is the image of a noise lattice under G(·, y). Dark grey arrows −∂L_G/∂x appear when \"G's gradients\" is ticked.",
    "Кольца — данные, диски — сгенерированные образцы, цвет — класс (цвета перечислены под рисунком). Если выбран один класс, данные остальных классов бледнеют, а фон — это D(x, y) для этого класса: светло-синий при D → 1 («данные этого класса»), белый при ½, светло-оранжевый при D → 0 («сгенерировано»); серо-фиолетовая сетка — образ решётки шума под действием G(·, y). Тёмно-серые стрелки −∂L_G/∂x появляются, если отмечен флажок «градиенты G».",
);
/// Alt text; {n}, {which}, {m}, {t}, {list} filled in.
pub const FIELD_ALT: Text = Text::new(
    "x axis: first coordinate; y axis: second coordinate. {n} generated samples of {which}; modes covered {m} / {t}; mean distance of each class's samples to its class centre (data's own in brackets): {list}.",
    "Ось x: первая координата; ось y: вторая координата. {n} сгенерированных образцов, {which}; покрыто мод: {m} / {t}; среднее расстояние образцов каждого класса до центра класса (у данных — в скобках): {list}.",
);
pub const EVERY_CLASS: Text = Text::new("every class", "все классы");
pub const CLASS: Text = Text::new("class", "класс");
pub const SHOW: Text = Text::new("Show", "Показать");
pub const SHOW_REAL: Text = Text::new("data", "данные");
pub const SHOW_FAKE: Text = Text::new("samples", "образцы");
pub const SHOW_ARROWS: Text = Text::new("G's gradients", "градиенты G");
pub const SHOW_MANIFOLD: Text = Text::new("G's manifold", "многообразие G");
pub const SHOW_HEAT: Text = Text::new("D's field", "поле D");
pub const GENERATE: Text = Text::new("Generate", "Генерировать");
pub const ALL_CLASSES: Text = Text::new("every class, y ~ p(y)", "все классы, y ~ p(y)");
pub const HEAT_NEEDS_CLASS: Text = Text::new(
    "The discriminator's field depends on the label: D(x, 1) and D(x, 2) are different functions of x. Pick one class to see its field and G's manifold for it.",
    "Поле дискриминатора зависит от метки: D(x, 1) и D(x, 2) — разные функции x. Выберите один класс, чтобы увидеть его поле и многообразие G для него.",
);
pub const LEGEND: Text = Text::new("Classes", "Классы");
pub const LEGEND_DATA: Text = Text::new("○ data", "○ данные");
pub const LEGEND_FAKE: Text = Text::new("● generated samples", "● сгенерированные образцы");

pub const OBJECTIVE: Text = Text::new("The objective", "Целевая функция");
/// The seminar's objective with the label drawn per class.
pub static OBJECTIVE_STEP: Step = Step {
    text: Text::new(
        "Both networks are given the label; the data's label comes with its example, the generator's is drawn from $p(y)$:",
        "Обе сети получают метку; метка данных приходит вместе с примером, метка для генератора выбирается из $p(y)$:",
    ),
    tex: Some(
        "\\begin{aligned} \\min_G \\max_D V(D, G) = {} &\\mathbb{E}_{y \\sim p(y)} \\mathbb{E}_{x \\sim p_{data}(x \\mid y)} \\log D(x, y) \\\\ &+ \\mathbb{E}_{y \\sim p(y)} \\mathbb{E}_{z \\sim p_z} \\log\\big(1 - D(G(z, y), y)\\big) \\end{aligned}",
    ),
};
pub const OBJECTIVE_NOTES: [Text; 3] = [
    Text::new(
        "For a fixed label $y = k$ this is the ordinary GAN game between $D(\\cdot, k)$ and $G(\\cdot, k)$ on $p_{data}(x \\mid k)$, weighted by $p(k)$. So the optimal discriminator is, class by class, $D^*(x, k) = \\frac{p_{data}(x \\mid k)}{p_{data}(x \\mid k) + p_g(x \\mid k)}$: the field shown for a picked class.",
        "При фиксированной метке $y = k$ это обычная игра GAN между $D(\\cdot, k)$ и $G(\\cdot, k)$ на $p_{data}(x \\mid k)$ с весом $p(k)$. Поэтому оптимальный дискриминатор для каждого класса — $D^*(x, k) = \\frac{p_{data}(x \\mid k)}{p_{data}(x \\mid k) + p_g(x \\mid k)}$: это поле и показано для выбранного класса.",
    ),
    Text::new(
        "The optimum is $p_g(x \\mid y) = p_{data}(x \\mid y)$ for every class. Matching only the overall $p_{data}(x)$ is not enough: a generator that ignores its label draws every mode for every class, and each per-class term stays large.",
        "Оптимум — $p_g(x \\mid y) = p_{data}(x \\mid y)$ для каждого класса. Совпадения только общего $p_{data}(x)$ недостаточно: генератор, игнорирующий метку, рисует все моды для каждого класса, и каждое слагаемое по классу остаётся большим.",
    ),
    Text::new(
        "In the networks the label is a one-hot vector concatenated to $z$ (for G) and to $x$ (for D), as in Mirza, Osindero (2014).",
        "В сетях метка — вектор унитарного кодирования, приписанный к $z$ (для G) и к $x$ (для D), как у Mirza, Osindero (2014).",
    ),
];
pub const OBJECTIVE_LINK: Text = Text::new(
    "The derivation, with exact integrals: the conditional GAN objective",
    "Вывод с точными интегралами: целевая функция условного GAN",
);

pub const DISTANCES: Text = Text::new(
    "Each class at its own place?",
    "Каждый класс на своём месте?",
);
pub const DISTANCES_NOTE: Text = Text::new(
    "For each class: the mean Euclidean distance of its generated samples to the class centre (the mean of that class's data), beside the same distance for the data itself. A generator that respects the label matches the data's spread; one that draws the wrong class or ignores the label is far off (on eight Gaussians the neighbouring mode is 0.54 away; a generator that ignores the label scores 0.88). Refreshed four times a second; with one class picked only that class has samples.",
    "Для каждого класса: среднее евклидово расстояние его сгенерированных образцов до центра класса (среднего данных этого класса), рядом — то же расстояние для самих данных. Генератор, соблюдающий метку, повторяет разброс данных; рисующий не тот класс или игнорирующий метку — далеко (на восьми гауссианах соседняя мода в 0,54; генератор, игнорирующий метку, даёт 0,88). Обновляется четыре раза в секунду; если выбран один класс, образцы есть только у него.",
);
pub const TABLE_CLASS: Text = Text::new("class", "класс");
pub const TABLE_GEN: Text = Text::new("samples → centre", "образцы → центр");
pub const TABLE_DATA: Text = Text::new("data → centre", "данные → центр");
pub const MODES: Text = Text::new("modes covered", "покрыто мод");

pub const LOSSES: Text = Text::new("Losses", "Функции потерь");
pub const LOSS_CAPTION: Text = Text::new(
    "D's batch loss (blue) and G's (red) over training, in nats.",
    "Потери D (синяя линия) и G (красная линия) на батче по ходу обучения, в натах.",
);

pub const DATA: Text = Text::new("Data", "Данные");
pub const DATA_NAMES: [(&str, Text); 3] = [
    (
        "eight-gaussians",
        Text::new("eight Gaussians, 8 classes", "восемь гауссиан, 8 классов"),
    ),
    (
        "two-moons",
        Text::new("two moons, 2 classes", "два полумесяца, 2 класса"),
    ),
    ("drawn", Text::new("your points", "ваши точки")),
];
pub const DRAW: Text = Text::new("Draw your own points", "Нарисовать свои точки");
pub const DRAW_CLASS: Text = Text::new("Class to draw", "Рисуемый класс");
pub const DRAW_HINT: Text = Text::new(
    "Pick a class, click or drag on the plot to add points of it, switch the class and go on; then use them. A batch needs at least as many points as its size.",
    "Выберите класс, щёлкайте или ведите по графику, чтобы добавить его точки, смените класс и продолжайте; затем используйте их. Точек должно быть не меньше размера батча.",
);
pub const DRAW_USE: Text = Text::new("Train on these points", "Обучать на этих точках");
pub const DRAW_CLEAR: Text = Text::new("Clear", "Очистить");
pub const DRAW_CANCEL: Text = Text::new("Stop drawing", "Закончить рисование");
pub const DRAWN: Text = Text::new("points drawn", "точек нарисовано");
pub const TOO_FEW: Text = Text::new(
    "Too few points: a batch takes {b}, you drew {n}. Draw more, or lower the batch size below.",
    "Слишком мало точек: батч — {b}, нарисовано {n}. Нарисуйте ещё или уменьшите размер батча ниже.",
);
