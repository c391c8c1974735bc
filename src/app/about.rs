//! `#/about`: what the companion is and where its content comes from, the checks a lecturer
//! runs before a lecture (the training engine and the benchmark, kept out of the students'
//! contents), and the credits and licences.

use leptos::prelude::*;

use super::link_to;
use crate::components::use_page;
use crate::i18n::{ABOUT_TITLE, BENCH_TITLE, ENGINE_TITLE, Text};

const LEAD: Text = Text::new(
    "This app accompanies the seminar “Generative adversarial networks” of the course “Introduction to artificial intelligence. Modern computer vision” (D. N. Babin, I. E. Ivanov, A. A. Petyushko; Department of Mathematical Theory of Intelligent Systems). Every formula and every claim comes from the seminar's slides. Everything is computed in your browser: nothing you do is sent anywhere.",
    "Это приложение сопровождает семинар «Генеративные состязательные сети» курса «Введение в искусственный интеллект. Современное компьютерное зрение» (Д. Н. Бабин, И. Е. Иванов, А. А. Петюшко; кафедра Математической Теории Интеллектуальных Систем). Каждая формула и каждое утверждение взяты из слайдов семинара. Всё вычисляется в вашем браузере: ничего из того, что вы делаете, никуда не отправляется.",
);
const CHECKS: Text = Text::new("Before a lecture", "Перед лекцией");
const CHECKS_TEXT: Text = Text::new(
    "Open both on the computer you will project from: the engine check says whether training works in this browser and whether WebGPU is there; the benchmark says how many iterations per second this machine trains.",
    "Откройте обе страницы на компьютере, с которого будете показывать: проверка движка скажет, работает ли обучение в этом браузере и есть ли WebGPU, а замер — сколько итераций в секунду обучает эта машина.",
);
const DATA: Text = Text::new("Data", "Данные");
const DATA_TEXT: Text = Text::new(
    "Every data set is generated in the page from its parameters: the 1-D Gaussian mixtures, the 2-D shapes (two Gaussians, a line, a ring, three blobs) and the points you draw. Nothing is downloaded.",
    "Все данные порождаются на странице по их параметрам: одномерные смеси гауссиан, двумерные фигуры (две гауссианы, отрезок, кольцо, три облака) и точки, которые вы рисуете. Ничего не скачивается.",
);
const CREDITS: Text = Text::new("Credits and licences", "Авторы и лицензии");
const CODE: Text = Text::new(
    "The app's code, at your choice:",
    "Код приложения, на выбор:",
);
const OR: Text = Text::new("or", "или");
const LIBRARIES: Text = Text::new(
    "The pages, the training and the plots are built with",
    "Страницы, обучение и графики сделаны на",
);
const FONT: Text = Text::new(
    "Formulas are set in a subset of the font",
    "Формулы набраны подмножеством шрифта",
);
const UNDER: Text = Text::new("under the licence", "по лицензии");
const FONT_LICENCE: Text = Text::new("the licence", "текст лицензии");
const IDEAS: Text = Text::new(
    "The 2-D lab follows GAN Lab, whose settings it keeps as a preset:",
    "Двумерная лаборатория следует GAN Lab и сохраняет его настройки как пресет:",
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
                <li>{t(CODE)} " " {en("MIT")} " " {t(OR)} " " {en("Apache-2.0")} "."</li>
                <li>{t(LIBRARIES)} " " {en("Leptos (MIT), Burn (MIT / Apache-2.0), Plotters (MIT)")} "."</li>
                <li>{t(FONT)} " " {en("STIX Two Math")} " " {t(UNDER)} " " {en("SIL Open Font License 1.1")}
                    " (" <a href="assets/fonts/STIX-LICENSE.txt">{t(FONT_LICENCE)}</a> ")."</li>
                <li>{t(IDEAS)} " " {en("M. Kahng, N. Thorat, D. H. Chau, F. Viégas, M. Wattenberg. GAN Lab, 2018")} "."</li>
            </ul>
        </article>
    }
}
