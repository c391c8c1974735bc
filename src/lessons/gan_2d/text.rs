//! The 2-D GAN lab's words, RU and EN.
// The lesson bundle only lists the lab (title, summary, lead); the rest is the lab bundle's.
#![cfg_attr(not(feature = "labs"), allow(dead_code))]

use crate::i18n::Text;

pub const TITLE: Text = Text::new(
    "Lab: a 2-D GAN, inside and out",
    "Лаборатория: двумерный GAN изнутри",
);
pub const SUMMARY: Text = Text::new(
    "GAN Lab's views and more: D's heat map, G's gradients and manifold, slow motion, an estimate of JS",
    "Всё, что есть в GAN Lab, и больше: тепловая карта D, градиенты и многообразие G, замедленный режим, оценка функции близости Йенсена–Шеннона",
);
pub const LEAD: Text = Text::new(
    "A GAN with GAN Lab's defaults trains in your browser. The background is the discriminator: blue where it says \"data\" ($D \\to 1$), orange where it says \"generated\" ($D \\to 0$), white at $D = \\tfrac12$. The arrows show where the generator's loss pushes each generated sample; the grid is the image of the noise square under $G$.",
    "В браузере обучается GAN с настройками GAN Lab. Фон — это дискриминатор: синий там, где он говорит «данные» ($D \\to 1$), оранжевый — «сгенерировано» ($D \\to 0$), белый при $D = \\tfrac12$. Стрелки показывают, куда функция потерь генератора толкает каждый сгенерированный образец; сетка — образ квадрата шума под действием $G$.",
);
pub const FIELD: Text = Text::new(
    "Data, samples and the discriminator",
    "Данные, образцы и дискриминатор",
);
pub const FIELD_CAPTION: Text = Text::new(
    "Blue rings: data; orange discs: generated samples; background: D(x), light blue where D → 1, white at ½, light orange where D → 0; dark grey arrows: −∂L_G/∂x, where G's loss pushes each sample; grey-purple grid: the image of a noise lattice under G (G's manifold). The checkboxes above hide each layer.",
    "Синие кольца — данные; оранжевые диски — сгенерированные образцы; фон — D(x): светло-синий при D → 1, белый при ½, светло-оранжевый при D → 0; тёмно-серые стрелки — −∂L_G/∂x, куда функция потерь G толкает каждый образец; серо-фиолетовая сетка — образ решётки шума под действием G (многообразие G). Флажки над рисунком скрывают каждый слой.",
);
pub const FIELD_ALT: Text = Text::new(
    "x axis: first coordinate; y axis: second coordinate. {n} generated samples over the heat map of D; mean D on data {dr}, on samples {df}; modes covered {m} / {t}.",
    "Ось x: первая координата; ось y: вторая координата. {n} сгенерированных образцов на тепловой карте D; среднее D на данных {dr}, на образцах {df}; покрыто мод: {m} / {t}.",
);
pub const LOSSES: Text = Text::new("Losses and the JS estimate", "Потери и оценка JS");
pub const LOSS_CAPTION: Text = Text::new(
    "D's batch loss (blue) and G's (red), and 2·JS − log 4 estimated from smoothed densities (black, dashed), with the grey line at −log 4, its value when p_g = p_data.",
    "Потери D (синяя линия) и G (красная линия) на батче и оценка 2·JS − log 4 по сглаженным плотностям (чёрная штриховая); серая линия — уровень −log 4, значение при p_g = p_data.",
);
/// The overview's node for the losses.
pub const LOSS_NODE: Text = Text::new("loss: −V / L_G", "потери: −V / L_G");
pub const SHOW: Text = Text::new("Show", "Показать");
/// The field's layers, in the switches' order: data, samples, G's gradients, G's manifold,
/// D's heat map.
pub const LAYERS: [Text; 5] = [
    Text::new("data", "данные"),
    Text::new("samples", "образцы"),
    Text::new("G's gradients", "градиенты G"),
    Text::new("G's manifold", "многообразие G"),
    Text::new("D's heat map", "тепловая карта D"),
];
pub const DATA: Text = Text::new("Data", "Данные");
pub const YOUR_POINTS: Text = Text::new("your points", "ваши точки");
pub const DRAW: Text = Text::new("Draw your own points", "Нарисовать свои точки");
pub const DRAW_HINT: Text = Text::new(
    "Click or drag on the plot to add points, then use them. A batch needs at least as many points as its size.",
    "Щёлкайте или ведите по графику, чтобы добавить точки, затем используйте их. Точек должно быть не меньше размера батча.",
);
pub const DRAW_USE: Text = Text::new("Train on these points", "Обучать на этих точках");
pub const DRAW_CLEAR: Text = Text::new("Clear", "Очистить");
pub const DRAW_CANCEL: Text = Text::new("Stop drawing", "Закончить рисование");
pub const DRAWN: Text = Text::new("points drawn", "точек нарисовано");
pub const TOO_FEW: Text = Text::new(
    "Too few points: a batch takes {b}, you drew {n}. Draw more, or lower the batch size below.",
    "Слишком мало точек: батч — {b}, нарисовано {n}. Нарисуйте ещё или уменьшите размер батча ниже.",
);
/// GAN Lab's presets: its data sets (with its default hyperparameters) and their names.
pub const PRESET_DATA: [(&str, Text); 4] = [
    (
        "two-gaussians",
        Text::new("two Gaussians (default)", "две гауссианы (по умолчанию)"),
    ),
    ("line", Text::new("line", "отрезок")),
    ("ring", Text::new("ring", "кольцо")),
    (
        "three-blobs",
        Text::new("three disjoint blobs", "три отдельных пятна"),
    ),
];

pub const PRESETS: Text = Text::new("GAN Lab's presets", "Пресеты GAN Lab");
pub const ONE_CLICK: Text = Text::new("One click", "В один щелчок");
pub const MINIMAX: Text = Text::new(
    "minimax vs non-saturating",
    "минимаксная функция потерь против ненасыщающей",
);
pub const MINIMAX_EXPLAIN: Text = Text::new(
    "The seminar's game as written, G minimising log(1 − D(G(z))): while D confidently rejects the samples the loss is flat and the arrows are short, so G starts slowly. The non-saturating loss −log D(G(z)) has the same fixed point p_g = p_data and long arrows where D confidently rejects the samples.",
    "Игра из семинара как есть, G минимизирует log(1 − D(G(z))): пока D уверенно отвергает образцы, эта функция потерь почти постоянна и стрелки короткие, поэтому G стартует медленно. Ненасыщающая функция потерь −log D(G(z)) имеет ту же неподвижную точку p_g = p_data и длинные стрелки там, где D уверенно отвергает образцы.",
);
pub const COLLAPSE: Text = Text::new("mode collapse", "коллапс мод");
pub const COLLAPSE_EXPLAIN: Text = Text::new(
    "Mode collapse: eight modes, 32 × 32 networks, and a generator stepped three times per discriminator step at four times its learning rate. G outruns D: it moves all its samples to whichever mode D currently rates highest, D then learns to reject that mode, and G hops to the next. Its samples sit on one or two modes at a time; watch the modes-covered readout and the arrows pointing away from the crowded mode. The JS estimate stays far above its noise floor.",
    "Коллапс мод: восемь мод, сети 32 × 32, генератор делает три шага на каждый шаг дискриминатора со скоростью обучения вчетверо выше. G обгоняет D: переносит все образцы в ту моду, которую D сейчас оценивает выше всех, D учится её отвергать, и G перескакивает к следующей. Образцы сидят в одной-двух модах; следите за числом покрытых мод и за стрелками, уводящими из переполненной моды. Оценка JS остаётся намного выше уровня шума.",
);
pub const ALL_MODES: Text = Text::new("the same, balanced", "то же, сбалансированно");
pub const ALL_MODES_EXPLAIN: Text = Text::new(
    "The same networks with one G step per D step and equal learning rates: D keeps up, every mode G abandons is still rated as data, and within a few thousand iterations all eight modes are covered (JS near 0.1 nats). Collapse is a matter of the training dynamics, not of the objective: its optimum p_g = p_data covers every mode.",
    "Те же сети, один шаг G на шаг D и равные скорости обучения: D успевает, каждая покинутая G мода по-прежнему считается данными, и за несколько тысяч итераций покрыты все восемь мод (JS около 0,1 ната). Коллапс мод — свойство динамики обучения, а не целевой функции: её оптимум p_g = p_data покрывает все моды.",
);
pub const SLOW: Text = Text::new(
    "Slow motion: one iteration step by step",
    "Замедленно: одна итерация по шагам",
);
pub const SLOW_STEPS: [Text; 5] = [
    Text::new(
        "1. Draw a batch of data x ~ p_data and of noise z ~ p_z.",
        "1. Взять батч данных x ~ p_data и шума z ~ p_z.",
    ),
    Text::new(
        "2. The generator maps the noise to samples G(z).",
        "2. Генератор переводит шум в образцы G(z).",
    ),
    Text::new(
        "3. The discriminator scores both: D(x) and D(G(z)); its loss is −V.",
        "3. Дискриминатор оценивает и те и другие: D(x) и D(G(z)); его функция потерь — это −V.",
    ),
    Text::new(
        "4. Update D (k_D times): the heat map sharpens.",
        "4. Обновить D (k_D раз): тепловая карта становится резче.",
    ),
    Text::new(
        "5. Update G through D (k_G times): samples move along the arrows.",
        "5. Обновить G через D (k_G раз): образцы сдвигаются по стрелкам.",
    ),
];
pub const OVERVIEW: Text = Text::new("Model overview", "Схема модели");
pub const OVERVIEW_ALT: Text = Text::new(
    "Noise z goes through the generator G to samples; data and samples go through the discriminator D to the losses; gradients flow back to D and, through D, to G.",
    "Шум z проходит через генератор G и становится образцами; данные и образцы проходят через дискриминатор D к функциям потерь; градиенты идут обратно в D и через D — в G.",
);
pub const MODES: Text = Text::new("modes covered", "покрыто мод");
pub const JS_EST: Text = Text::new(
    "JS(p_data‖p_g), smoothed estimate",
    "JS(p_data‖p_g), сглаженная оценка",
);
pub const JS_NOISE: Text = Text::new(
    "its noise floor: the same estimate between two halves of the data",
    "её уровень шума: та же оценка между двумя половинами данных",
);
pub const JS_NOTE: Text = Text::new(
    "Both densities are smoothed with the same Gaussian kernel from 1 000 samples each, on a 48 × 48 grid. The kernel's width is the data's local scale (the median distance to the √n-th nearest data point), not its overall spread: a wide kernel would blur each mode and let a generator that draws a thin line through the modes score as if it had learned them. Smoothing never increases JS, so this is a lower bound up to sampling noise; the noise is shown beside it: the estimate between two halves of the data sample, which a perfect generator would match or beat. GAN Lab bins samples on a grid with too few samples per cell, which overstates JS.",
    "Обе плотности сглажены одним гауссовым ядром по 1 000 точкам каждая, на сетке 48 × 48. Ширина ядра — локальный масштаб данных (медиана расстояния до √n-го ближайшего соседа), а не их общий разброс: широкое ядро размыло бы каждую моду, и генератор, рисующий тонкую линию через моды, получил бы оценку как выучивший их. Сглаживание не увеличивает JS, так что это нижняя оценка с точностью до шума выборки; шум показан рядом: та же оценка между двумя половинами выборки данных — идеальный генератор даст столько же или меньше. GAN Lab раскладывает точки по клеткам, в которых слишком мало точек, и этим завышает JS.",
);
pub const D_REAL: Text = Text::new("mean D on data", "среднее D на данных");
pub const D_FAKE: Text = Text::new("mean D on samples", "среднее D на образцах");
pub const D_MEAN: Text = Text::new("mean D (data and samples)", "среднее D (данные и образцы)");
