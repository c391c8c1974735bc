//! The live training panel's words, RU and EN.

use crate::i18n::Text;
use crate::protocol::RunStatus;

/// The panel's heading.
pub const TITLE: Text = Text::new("Live training", "Обучение вживую");
/// What the panel does.
pub const LEAD: Text = Text::new(
    "A model trained in the worker while this page stays responsive: the page asks for the latest state once per frame. The figure below shows data (blue discs) and the model's samples (orange discs).",
    "Модель обучается в воркере, а страница остаётся отзывчивой: раз в кадр она запрашивает последнее состояние. На рисунке ниже — данные (синие точки) и образцы модели (оранжевые точки).",
);
pub const MODEL: Text = Text::new("Model", "Модель");
pub const LR: Text = Text::new(
    "Discriminator learning rate",
    "Скорость обучения дискриминатора",
);
pub const VAE_LR: Text = Text::new("Learning rate", "Скорость обучения");
pub const START: Text = Text::new("Start", "Старт");
pub const PAUSE: Text = Text::new("Pause", "Пауза");
pub const RESUME: Text = Text::new("Resume", "Продолжить");
pub const NEG_ELBO: Text = Text::new("−ELBO of the batch", "−ELBO батча");
pub const ELBO: Text = Text::new(
    "ELBO (2 048 fresh data points)",
    "ELBO (2 048 новых точек данных)",
);
pub const D_REAL: Text = Text::new("mean D on data", "среднее D на данных");
pub const D_FAKE: Text = Text::new("mean D on samples", "среднее D на образцах");
pub const MEMORY: Text = Text::new("Worker memory", "Память воркера");
pub const MB: Text = Text::new("MB", "МБ");
/// The samples figure's caption (what is drawn, in which colour).
pub const SAMPLES_CAPTION: Text = Text::new(
    "Data and samples: the data (blue discs) and the model's samples (orange discs). For 1-D data the points are spread vertically by a fixed jitter, so that overlapping points stay visible; the height means nothing.",
    "Данные и образцы: данные (синие точки) и образцы модели (оранжевые точки). Для одномерных данных точки разнесены по вертикали постоянным случайным сдвигом, чтобы совпадающие точки оставались видны; высота ничего не значит.",
);
/// The samples figure's text alternative, 2-D data; {n}, {m} filled in.
pub const SAMPLES_ALT_2D: Text = Text::new(
    "x axis: first coordinate; y axis: second coordinate. {n} data points (blue) and {m} model samples (orange).",
    "Ось x: первая координата; ось y: вторая координата. {n} точек данных (синие) и {m} образцов модели (оранжевые).",
);
/// The samples figure's text alternative, 1-D data.
pub const SAMPLES_ALT_1D: Text = Text::new(
    "x axis: x; y axis: a fixed random jitter that keeps points apart. {n} data points (blue) and {m} model samples (orange).",
    "Ось x: x; ось y: постоянный случайный сдвиг, разносящий точки. {n} точек данных (синие) и {m} образцов модели (оранжевые).",
);
pub const BAD_LR: Text = Text::new(
    "Not applied: the learning rate must be a number from 0.000001 to {max}; training goes on with",
    "Не применено: скорость обучения должна быть числом от 0,000001 до {max}; обучение продолжается с",
);
pub const DIVERGED_HINT: Text = Text::new(
    "Lower the learning rate and reset.",
    "Уменьшите скорость обучения и сбросьте.",
);

/// What the panel's `train-status` says: its own words ("not started", "finished"), not the
/// labs'.
pub fn status_word(s: RunStatus) -> Text {
    match s {
        RunStatus::Idle => Text::new("not started", "не запущено"),
        RunStatus::Running => Text::new("training", "идёт"),
        RunStatus::Paused => Text::new("paused", "пауза"),
        RunStatus::Done => Text::new("finished", "завершено"),
        RunStatus::Diverged => Text::new("diverged", "разошлось"),
    }
}
