//! The shell's and the shared components' words.

use super::Text;

/// The app's name.
pub const APP_NAME: Text = Text::new(
    "Generative models: a seminar companion",
    "Генеративные модели: спутник семинара",
);
/// Short name for the header.
pub const APP_SHORT: Text = Text::new("GenLab", "GenLab");
/// The table of contents heading.
pub const CONTENTS: Text = Text::new("Contents", "Содержание");
/// Accessible name of the site navigation.
pub const NAV_LABEL: Text = Text::new("Lessons", "Уроки");
/// The seminar's first part.
pub const PART_DERIVATIONS: Text = Text::new("1. Deriving the formulas", "1. Вывод формул");
/// The seminar's second part.
pub const PART_CGAN: Text = Text::new(
    "2. Conditional GANs",
    "2. Условные состязательные генеративные сети",
);
/// The seminar's third part.
pub const PART_VAE: Text = Text::new(
    "3. The variational autoencoder",
    "3. Вариационный автоэнкодер",
);
/// A part with no lessons written yet.
pub const PART_EMPTY: Text = Text::new(
    "Lessons of this part are not written yet.",
    "Уроки этой части ещё не написаны.",
);
/// The glossary page's title.
pub const GLOSSARY_TITLE: Text = Text::new(
    "Glossary: Russian — English",
    "Глоссарий: русский — английский",
);
/// The glossary's column headings.
pub const GLOSSARY_RU: Text = Text::new("Russian (the seminar)", "Русский (семинар)");
/// The glossary's column headings.
pub const GLOSSARY_EN: Text = Text::new("English", "Английский");
/// The glossary's column headings.
pub const GLOSSARY_NOTE: Text = Text::new("Meaning", "Смысл");
/// The header's menu button on a phone.
pub const MENU: Text = Text::new("Menu", "Меню");
/// `#/about`: the credits, licences, data sources and the lecturer's checks.
pub const ABOUT_TITLE: Text = Text::new("About this app", "О приложении");
/// The benchmark page's title.
pub const BENCH_TITLE: Text = Text::new("Training benchmark", "Замер темпа обучения");
/// The engine page's title.
pub const ENGINE_TITLE: Text = Text::new("Training engine check", "Проверка обучающего движка");
/// While the lab bundle loads.
pub const LAB_LOADING: Text = Text::new(
    "Loading the lab (the training code is a separate download)…",
    "Загружается лаборатория (код обучения скачивается отдельно)…",
);
/// When the lab bundle cannot load.
pub const LAB_FAILED: Text = Text::new(
    "The lab could not be loaded (is the connection down?). Reload the page to try again, or",
    "Не удалось загрузить лабораторию (нет связи?). Перезагрузите страницу, чтобы попробовать снова, или",
);
/// The way back from a failed lab bundle.
pub const LAB_HOME: Text = Text::new("go to the contents", "перейдите к содержанию");
/// Home page lead.
pub const HOME_LEAD: Text = Text::new(
    "Interactive lessons for the seminar «Generative adversarial networks»: every derivation step by step, with live plots. Use → and ← (or a presentation clicker) to reveal the steps.",
    "Интерактивные уроки к семинару «Генеративные состязательные сети»: каждый вывод шаг за шагом, с живыми графиками. Шаги открываются клавишами → и ← (или пультом для презентаций).",
);
/// Not-found page.
pub const NOT_FOUND_TITLE: Text = Text::new("No such page", "Такой страницы нет");
/// Not-found page text; the unknown slug follows.
pub const NOT_FOUND_TEXT: Text = Text::new(
    "There is no lesson at this address:",
    "По этому адресу нет урока:",
);
/// Not-found page: where to go.
pub const NOT_FOUND_HINT: Text = Text::new(
    "Pick a lesson from the contents below.",
    "Выберите урок в содержании ниже.",
);
/// Language switcher label.
pub const LANGUAGE: Text = Text::new("Language", "Язык");
/// Lecture mode toggle.
pub const LECTURE_MODE: Text = Text::new("Lecture mode", "Режим лекции");
/// Fullscreen toggle.
pub const FULLSCREEN: Text = Text::new("Fullscreen", "Во весь экран");
/// Fullscreen refused by the browser.
pub const FULLSCREEN_REFUSED: Text = Text::new(
    "The browser refused fullscreen here (an iframe may need allowfullscreen).",
    "Браузер не дал включить полноэкранный режим (если урок встроен в другую страницу, она должна это разрешать).",
);
/// Previous lesson link.
pub const PREV_LESSON: Text = Text::new("Previous lesson", "Предыдущий урок");
/// Next lesson link.
pub const NEXT_LESSON: Text = Text::new("Next lesson", "Следующий урок");
/// The derivation's heading.
pub const DERIVATION: Text = Text::new("Derivation", "Вывод");
/// Step counter, "Step 2 of 6".
pub const STEP_OF: Text = Text::new("Step {k} of {n}", "Шаг {k} из {n}");
/// Step navigation.
pub const PREV_STEP: Text = Text::new("Previous step", "Предыдущий шаг");
/// Step navigation.
pub const NEXT_STEP: Text = Text::new("Next step", "Следующий шаг");
/// Step navigation.
pub const ALL_STEPS: Text = Text::new("Show all steps", "Показать все шаги");
/// Step navigation hint.
pub const STEP_KEYS: Text = Text::new(
    "Keys: → Space PageDown next, ← PageUp back.",
    "Клавиши: → Пробел PageDown — дальше, ← PageUp — назад.",
);
/// Notice region label.
pub const NOTICES: Text = Text::new("Notices", "Сообщения");
/// Dismiss a notice.
pub const DISMISS: Text = Text::new("Dismiss", "Закрыть");
/// Reset the lesson to its defaults.
pub const RESET_DEFAULTS: Text = Text::new("Reset to defaults", "Вернуть значения по умолчанию");
/// The "Embed this" disclosure.
pub const EMBED_THIS: Text = Text::new("Embed this", "Встроить на страницу");
/// Embed instructions.
pub const EMBED_HOWTO: Text = Text::new(
    "Paste this into a course page; the lesson opens in its current state, without the site navigation.",
    "Вставьте это на страницу курса: урок откроется в текущем состоянии, без навигации сайта.",
);
/// Copy button.
pub const COPY: Text = Text::new("Copy", "Копировать");
/// Copied confirmation.
pub const COPIED: Text = Text::new("Copied", "Скопировано");
/// Copy refused.
pub const COPY_FAILED: Text = Text::new(
    "Copying was refused: select the text and copy it by hand.",
    "Копирование запрещено браузером: выделите текст и скопируйте вручную.",
);
/// Link from an embedded lesson to the full app.
pub const OPEN_FULL: Text = Text::new("Open in the full app", "Открыть в полном приложении");
/// Units.
pub const NATS: Text = Text::new("nats", "нат");
/// Units.
pub const BITS: Text = Text::new("bits", "бит");
/// Unit picker label.
pub const UNIT: Text = Text::new("Unit", "Единицы");
/// Plot caption prefix for screen readers.
pub const PLOT: Text = Text::new("Plot", "График");
