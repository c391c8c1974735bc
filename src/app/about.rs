//! `#/about`: what the companion is and where its content comes from, the checks a lecturer
//! runs before a lecture (the training engine and the benchmark, kept out of the students'
//! contents), and the credits and licences.

use leptos::prelude::*;

use super::link_to;
use crate::components::use_page;
use crate::i18n::{ABOUT_TITLE, BENCH_TITLE, ENGINE_TITLE, Text};

const LEAD: Text = Text::new(
    "This app accompanies the seminar “Generative adversarial networks” of the course “Introduction to artificial intelligence. Modern computer vision” (D.\u{a0}N.\u{a0}Babin, I.\u{a0}E.\u{a0}Ivanov, A.\u{a0}A.\u{a0}Petyushko; Department of Mathematical Theory of Intelligent Systems). Its derivations follow the seminar's slides; the labs let you see them at work. Everything is computed in your browser: nothing you do is sent anywhere.",
    "Это приложение сопровождает семинар «Генеративные состязательные сети» курса «Введение в искусственный интеллект. Современное компьютерное зрение» (Д.\u{a0}Н.\u{a0}Бабин, И.\u{a0}Е.\u{a0}Иванов, А.\u{a0}А.\u{a0}Петюшко; кафедра математической теории интеллектуальных систем). Выводы следуют слайдам семинара, а лаборатории показывают их в действии. Всё вычисляется в вашем браузере: ничего из того, что вы делаете, никуда не отправляется.",
);
const CHECKS: Text = Text::new("Before a lecture", "Перед лекцией");
const CHECKS_TEXT: Text = Text::new(
    "Open both on the computer you will project from: the engine check says whether training works in this browser and whether WebGPU is available; the benchmark says how many training iterations per second this machine runs.",
    "Откройте обе страницы на компьютере, с которого будете показывать: проверка движка скажет, работает ли обучение в этом браузере и доступен ли WebGPU, а замер — сколько итераций обучения в секунду выполняет этот компьютер.",
);
const DATA: Text = Text::new("Data", "Данные");
const DATA_TEXT: Text = Text::new(
    "Every data set is generated in the page from its parameters: the 1-D Gaussian mixtures, the 2-D shapes (a line, two Gaussians, a ring, three disjoint blobs, eight Gaussians, a spiral, two moons), their labelled versions in the conditional GAN lab, and the points you draw. Nothing is downloaded.",
    "Все данные порождаются на странице по их параметрам: одномерные смеси гауссиан, двумерные фигуры (отрезок, две гауссианы, кольцо, три отдельных пятна, восемь гауссиан, спираль, две луны), их размеченные варианты в лаборатории условного GAN и точки, которые вы рисуете. Ничего не скачивается.",
);
const CREDITS: Text = Text::new("Credits and licences", "Авторы и лицензии");
const CODE: Text = Text::new(
    "The app's code is licensed under",
    "Код приложения распространяется по лицензии",
);
const OR: Text = Text::new("or", "или");
const YOUR_CHOICE: Text = Text::new("at your option", "на ваш выбор");
const LIBRARIES: Text = Text::new(
    "The pages, the formulas, the training and the plots are built on the libraries",
    "Страницы, формулы, обучение и графики построены на библиотеках",
);
const FONT: Text = Text::new(
    "Formulas are set in a subset of the font",
    "Формулы набраны подмножеством шрифта",
);
const LICENCE: Text = Text::new("licence", "лицензия");
const FONT_LICENCE: Text = Text::new("licence text", "текст лицензии");
const IDEAS: Text = Text::new(
    "The 2-D lab is modelled on GAN Lab: its default model is GAN Lab's, and GAN Lab's data sets are presets there.",
    "Двумерная лаборатория построена по образцу GAN Lab: модель по умолчанию взята из GAN Lab, а его наборы данных доступны как пресеты.",
);

/// Names, licences and a reference, as written in English (`lang="en"` for a screen reader).
fn en(text: &'static str) -> impl IntoView {
    view! { <span lang="en">{text}</span> }
}

/// `#/about`.
#[component]
pub fn AboutPage() -> impl IntoView {
    let page = use_page();
    let t = move |x: Text| move || page.t(x);
    let to = move |slug: &'static str| move || link_to(&page.route.get(), slug);
    view! {
        <article class="about" data-testid="about">
            <h1>{t(ABOUT_TITLE)}</h1>
            <p class="lead">{t(LEAD)}</p>
            <h2>{t(CHECKS)}</h2>
            <p>{t(CHECKS_TEXT)}</p>
            <ul>
                <li><a href=to("engine") data-slug="engine" data-testid="about-engine">{t(ENGINE_TITLE)}</a></li>
                <li><a href=to("bench") data-slug="bench" data-testid="about-bench">{t(BENCH_TITLE)}</a></li>
            </ul>
            <h2>{t(DATA)}</h2>
            <p>{t(DATA_TEXT)}</p>
            <h2>{t(CREDITS)}</h2>
            <ul>
                <li>{t(CODE)} " " {en("MIT")} " " {t(OR)} " " {en("Apache-2.0")} " (" {t(YOUR_CHOICE)} ")."</li>
                <li>{t(LIBRARIES)} " " {en("Leptos (MIT), pulldown-latex (MIT), Burn (MIT / Apache-2.0), Plotters (MIT)")} "."</li>
                <li>{t(FONT)} " " {en("STIX Two Math")} " (" {t(LICENCE)} " " {en("SIL Open Font License 1.1")} ", "
                    <a href="assets/fonts/STIX-LICENSE.txt">{t(FONT_LICENCE)}</a> ")."</li>
                <li>{t(IDEAS)} " " <span lang="en">"M. Kahng, N. Thorat, D. H. Chau, F. B. Viégas, M. Wattenberg. "
                    <a href="https://doi.org/10.1109/TVCG.2018.2864500">"GAN Lab: Understanding Complex Deep Generative Models using Interactive Visual Experimentation"</a>
                    ". IEEE VIS, 2018."</span></li>
            </ul>
        </article>
    }
}
