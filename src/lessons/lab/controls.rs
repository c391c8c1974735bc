//! The run's controls, status and notices, and the export/share bar; and the pieces they are
//! made of (speed and backend pickers, a run's notices and readouts, export buttons), which the
//! GAN-vs-VAE lab's pair of runs and the engine page's live panel are built from too.

use leptos::either::Either;
use leptos::prelude::*;

use super::{LabRun, history_csv, vae_history_csv};
use crate::components::{NameReadout, Readout, quoted, tr, use_page};
use crate::i18n::Text;
use crate::protocol::{Backend, Control, Quantity, RunStatus, StepKind};
use crate::web;

const PLAY: Text = Text::new("▶ Train", "▶ Обучать");
const PAUSE: Text = Text::new("⏸ Pause", "⏸ Пауза");
pub(crate) const STEP_D: Text = Text::new("D step", "Шаг D");
pub(crate) const STEP_G: Text = Text::new("G step", "Шаг G");
pub(crate) const STEP_IT: Text = Text::new("One iteration", "Одна итерация");
pub(crate) const RESET: Text = Text::new("Reset", "Сбросить");
pub(crate) const SPEED: Text = Text::new("Speed limit", "Предел темпа");
/// The run's control bar, for assistive technology.
const CONTROLS: Text = Text::new("Training run", "Запуск обучения");
pub(crate) const MAX: Text = Text::new("as fast as possible", "как можно быстрее");
pub(crate) const PER_SEC: Text = Text::new("it/s", "итераций/с");
pub(crate) const BACKEND: Text = Text::new("Backend", "Бэкенд");
pub(crate) const STATUS: Text = Text::new("Run:", "Обучение:");
pub(crate) const ITERATION: Text = Text::new("Iteration", "Итерация");
pub(crate) const LOSS_D: Text = Text::new("D loss", "Потери D");
pub(crate) const LOSS_G: Text = Text::new("G loss", "Потери G");
/// Iterations per second (never «скорость обучения»: that is the learning rate). Shown only
/// while the run trains (see [`rate_while_running`]).
pub(crate) const RATE: Text = Text::new("Speed, it/s", "Темп, итераций/с");
pub(crate) const FPS: Text = Text::new("Page frame rate", "Частота кадров страницы");
pub(crate) const FPS_UNIT: Text = Text::new("fps", "к/с");
pub(crate) const USED: Text = Text::new("Backend used:", "Бэкенд:");
pub(crate) const FALLBACK: Text = Text::new(
    "WebGPU is not available or failed, so training runs on the CPU (flex). Reason:",
    "WebGPU недоступен или отказал, поэтому обучение идёт на CPU (flex). Причина:",
);
pub(crate) const FAILED: Text = Text::new(
    "The training worker stopped:",
    "Обучающий воркер остановился:",
);
pub(crate) const RETRY: Text = Text::new("Start it again", "Запустить заново");
pub(crate) const REFUSED: Text = Text::new(
    "The worker refused a setting:",
    "Воркер отклонил настройку:",
);
pub(crate) const DIVERGED_D: Text = Text::new(
    "Training diverged: the discriminator's loss became NaN or infinite at iteration",
    "Обучение разошлось: функция потерь дискриминатора приняла значение NaN или бесконечность на итерации",
);
pub(crate) const DIVERGED_G: Text = Text::new(
    "Training diverged: the generator's loss became NaN or infinite at iteration",
    "Обучение разошлось: функция потерь генератора приняла значение NaN или бесконечность на итерации",
);
pub(crate) const DIVERGED_ELBO: Text = Text::new(
    "Training diverged: the ELBO became NaN or infinite at iteration",
    "Обучение разошлось: ELBO приняло значение NaN или бесконечность на итерации",
);
const DIVERGED_HINT: Text = Text::new(
    "The run is paused. Lower the learning rates and reset: your settings are kept.",
    "Обучение на паузе. Уменьшите скорости обучения и сбросьте: ваши настройки сохранены.",
);
/// What a lab's `train-status` says.
pub fn status_word(s: RunStatus) -> Text {
    match s {
        RunStatus::Idle => Text::new("starting", "запуск"),
        RunStatus::Running => Text::new("training", "идёт"),
        RunStatus::Paused => Text::new("paused", "пауза"),
        RunStatus::Done => Text::new(
            "finished — press ▶ to continue",
            "завершено — нажмите ▶, чтобы продолжить",
        ),
        RunStatus::Diverged => Text::new("diverged", "разошлось"),
    }
}
pub(crate) const EXPORT: Text = Text::new("Export", "Экспорт");
const CSV: Text = Text::new("training log (CSV)", "журнал обучения (CSV)");
const SHARE: Text = Text::new(
    "Copy a link to this run",
    "Скопировать ссылку на этот запуск",
);
const SHARED: Text = Text::new(
    "Copied. The link restores the data, every setting and the seed; with the same backend it reproduces this run's numbers.",
    "Скопировано. Ссылка восстанавливает данные, все настройки и зерно; на том же бэкенде она повторяет числа этого запуска.",
);
const SHARE_REFUSED: Text = Text::new(
    "The browser did not allow copying; select the link and copy it yourself:",
    "Браузер не разрешил копирование; выделите ссылку и скопируйте её сами:",
);
const LINK: Text = Text::new("Link", "Ссылка");

/// A backend's name as people read it (`webgpu` is WebGPU); the machine name stays in URLs and
/// `data-value`.
pub(crate) fn backend_name(machine: &str) -> &str {
    if machine == "webgpu" {
        "WebGPU"
    } else {
        machine
    }
}

/// A readout's label: `text` in the page's language.
pub(crate) fn label(text: Text) -> Signal<String> {
    let page = use_page();
    Signal::derive(move || page.t(text).to_string())
}

/// The speed readout `name` (iterations per second), shown only while `running()`: a stopped
/// run has no speed (its last snapshot would read 0). The readout stays in the page, hidden,
/// with an empty value.
pub(crate) fn rate_while_running(
    running: impl Fn() -> bool + Copy + Send + Sync + 'static,
    name: &'static str,
    label: Signal<String>,
    rate: Signal<f64>,
) -> impl IntoView {
    let value = Signal::derive(move || if running() { rate.get() } else { f64::NAN });
    view! {
        <div style:display=move || if running() { "contents" } else { "none" }>
            <Readout name=name label=label value=value/>
        </div>
    }
}

/// The speed limit picker `testid`: as fast as possible, or one of `caps` iterations per
/// second; `on_cap` hears the new limit.
pub(crate) fn speed_select(
    testid: &'static str,
    caps: [u32; 3],
    on_cap: impl Fn(Option<f64>) + 'static,
) -> impl IntoView {
    view! {
        <label>{tr(SPEED)} " "
            <select data-testid=testid on:change=move |ev| on_cap(event_target_value(&ev).parse::<f64>().ok())>
                <option value="max">{tr(MAX)}</option>
                {caps.into_iter().map(|n| view! {
                    <option value=n.to_string()>{n} " " {tr(PER_SEC)}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// The backend picker `testid`, labelled `name`: `selected()` is shown, `on_pick` hears a new
/// choice.
pub(crate) fn backend_select(
    testid: &'static str,
    name: Text,
    selected: impl Fn() -> Backend + Copy + Send + Sync + 'static,
    on_pick: impl Fn(Backend) + 'static,
) -> impl IntoView {
    view! {
        <label>{tr(name)} " "
            <select data-testid=testid on:change=move |ev| {
                if let Some(b) = Backend::parse(&event_target_value(&ev)) {
                    on_pick(b);
                }
            }>
                {[Backend::Flex, Backend::Ndarray, Backend::WebGpu].into_iter().map(|b| view! {
                    <option value=b.as_str() selected=move || selected() == b>{backend_name(b.as_str())}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// Where a run's notices go (their test ids) and how a divergence is answered.
#[derive(Clone, Copy)]
pub(crate) struct NoticeIds {
    /// The worker stopped (the notice has a retry button).
    pub failed: &'static str,
    /// The worker refused a setting.
    pub refused: &'static str,
    /// The run diverged.
    pub diverged: &'static str,
    /// WebGPU is not used.
    pub fallback: &'static str,
    /// After the divergence: a hint and a reset button (with its test id, if any); `None`
    /// where one bar resets several runs (a one-line notice).
    pub reset: Option<(Text, Option<&'static str>)>,
    /// Where a page has several runs: the model's name before each notice.
    pub model: Option<Text>,
}

/// A lab's notices.
const LAB_NOTICES: NoticeIds = NoticeIds {
    failed: "lab-failed",
    refused: "lab-refused",
    diverged: "lab-diverged",
    fallback: "lab-fallback",
    reset: Some((DIVERGED_HINT, Some("lab-diverged-reset"))),
    model: None,
};

/// What diverged, in words.
fn diverged_words(what: Quantity) -> Text {
    match what {
        Quantity::LossD => DIVERGED_D,
        Quantity::LossG => DIVERGED_G,
        Quantity::Elbo => DIVERGED_ELBO,
    }
}

/// `run`'s notices: the worker stopped (retry), a setting refused (or the page's own `note`
/// about a value it did not send, while the worker refused nothing), the run diverged, WebGPU
/// not used.
pub(crate) fn run_notices(
    run: LabRun,
    ids: NoticeIds,
    note: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let page = use_page();
    let t = move |x: Text| page.t(x);
    let from = move || ids.model.map(|m| format!("{}: ", t(m))).unwrap_or_default();
    let refused = move || {
        run.refused
            .get()
            .map(|e| format!("{}{} {}", from(), t(REFUSED), e.message(page.lang.get())))
            .or_else(|| note.and_then(|n| n.get()))
    };
    view! {
        {move || run.failed.get().map(|e| view! {
            <div class="notices" role="alert">
                <p class="notice notice-error" data-testid=ids.failed>{from()} {t(FAILED)} " " {quoted(e)}</p>
                <button type="button" on:click=move |_| run.retry()>{t(RETRY)}</button>
            </div>
        })}
        {move || refused().map(|e| view! {
            <p class="notice notice-error" role="alert" data-testid=ids.refused>{e}</p>
        })}
        {move || run.diverged.get().map(|(what, at)| {
            let said = format!("{}{} {at}.", from(), t(diverged_words(what)));
            match ids.reset {
                Some((hint, testid)) => Either::Left(view! {
                    <div class="notices" role="alert">
                        <p class="notice notice-error" data-testid=ids.diverged>{said} " " {t(hint)}</p>
                        <button type="button" data-testid=testid on:click=move |_| run.reset()>{t(RESET)}</button>
                    </div>
                }),
                None => Either::Right(view! {
                    <p class="notice notice-error" role="alert" data-testid=ids.diverged>{said}</p>
                }),
            }
        })}
        {move || run.fallback.get().map(|reason| view! {
            <p class="notice" role="status" data-testid=ids.fallback>{from()} {t(FALLBACK)} " " {quoted(reason)}</p>
        })}
    }
}

/// `run`'s status as readout `name`, in `words` (the labs' [`status_word`], or a page's own).
pub(crate) fn status_readout(
    run: LabRun,
    name: &'static str,
    words: fn(RunStatus) -> Text,
) -> impl IntoView {
    let page = use_page();
    let status = run.status;
    let shown = Signal::derive(move || page.t(words(status.get())).to_string());
    view! { <NameReadout name=name label=label(STATUS) value=run.status_name() shown=shown/> }
}

/// The backend `run` really uses, as readout `name` (every snapshot sets it; a memo passes on
/// only a change).
pub(crate) fn used_readout(run: LabRun, name: &'static str) -> impl IntoView {
    let used = Memo::new(move |_| run.used.get().map_or("", Backend::as_str).to_string());
    let shown = Signal::derive(move || backend_name(&used.get()).to_string());
    view! { <NameReadout name=name label=label(USED) value=used shown=shown/> }
}

/// `run`'s speed (while it trains) and the page's frame rate.
pub(crate) fn speed_readouts(run: LabRun) -> impl IntoView {
    let status = run.status;
    view! {
        {rate_while_running(move || status.get().is_running(), "steps-per-sec", label(RATE), run.rate.into())}
        <Readout name="fps" label=label(FPS) value=run.fps unit=label(FPS_UNIT) digits=3/>
    }
}

/// Play/pause, single steps, reset, speed and backend; the run's status, speed and notices.
#[component]
pub fn RunControls(
    /// The run.
    run: LabRun,
    /// Called with a newly picked backend (the lab restarts its run there).
    on_backend: Callback<Backend>,
    /// A VAE's run: no D or G step, and the loss shown is the batch's −(recon − β·KL).
    #[prop(optional)]
    vae: bool,
) -> impl IntoView {
    let page = use_page();
    let loss_d = if vae {
        Text::new(
            "Batch loss −(E log p(x|z) − β·KL)",
            "Потери на батче −(E log p(x|z) − β·KL)",
        )
    } else {
        LOSS_D
    };
    let t = move |x: Text| page.t(x);
    let status = run.status;
    let busy = Signal::derive(move || status.get() == RunStatus::Idle);
    let backend = RwSignal::new(run.backend());
    view! {
        <div class="lab-controls" role="group" aria-label=move || t(CONTROLS)>
            <div class="controls">
                <button type="button" class="primary" data-testid="lab-play" disabled=busy
                    on:click=move |_| run.toggle()>
                    {move || if status.get().is_running() { t(PAUSE) } else { t(PLAY) }}
                </button>
                {(!vae).then(|| view! {
                    <button type="button" data-testid="lab-step-d" disabled=busy on:click=move |_| run.step(StepKind::D)>{tr(STEP_D)}</button>
                    <button type="button" data-testid="lab-step-g" disabled=busy on:click=move |_| run.step(StepKind::G)>{tr(STEP_G)}</button>
                })}
                <button type="button" data-testid="lab-step" disabled=busy on:click=move |_| run.step(StepKind::Iteration)>{tr(STEP_IT)}</button>
                <button type="button" data-testid="lab-reset" disabled=busy on:click=move |_| run.reset()>{tr(RESET)}</button>
                {speed_select("lab-speed", [300, 30, 3], move |cap| run.control(Control::Speed(cap)))}
                {backend_select("lab-backend", BACKEND, move || backend.get(), move |b| {
                    backend.set(b);
                    on_backend.run(b);
                })}
            </div>
            {run_notices(run, LAB_NOTICES, None)}
            <div class="readouts">
                {status_readout(run, "train-status", status_word)}
                <Readout name="iteration" label=label(ITERATION) value=run.iteration_value() digits=9/>
                <Readout name="loss-d" label=label(loss_d) value=Signal::derive(move || run.losses.get().0)/>
                {(!vae).then(|| view! { <Readout name="loss-g" label=label(LOSS_G) value=Signal::derive(move || run.losses.get().1)/> })}
                {speed_readouts(run)}
                {used_readout(run, "train-backend")}
            </div>
        </div>
    }
}

/// A button that saves canvas `id` as `{stem}-{id}.png` (test id `export-{id}`).
pub(crate) fn png_button(stem: &'static str, id: &'static str, name: Text) -> impl IntoView {
    view! {
        <button type="button" data-testid=format!("export-{id}") on:click=move |_| {
            if let Some(url) = web::canvas_png(id) {
                let _ = web::download(&format!("{stem}-{id}.png"), &url);
            }
        }>{tr(name)} " (PNG)"</button>
    }
}

/// A button (test id `testid`) that saves `run`'s history as CSV file `file`: a VAE's columns,
/// or a GAN's with `extra` naming its last column.
pub(crate) fn csv_button(
    testid: &'static str,
    file: String,
    name: Text,
    run: LabRun,
    (vae, extra): (bool, &'static str),
) -> impl IntoView {
    let csv = move |_| {
        let text = run.history.with_untracked(|h| {
            if vae {
                vae_history_csv(h)
            } else {
                history_csv(h, extra)
            }
        });
        let _ = web::download(&file, &web::data_url("text/csv", &text));
    };
    view! { <button type="button" data-testid=testid on:click=csv>{tr(name)}</button> }
}

/// The "copy a link" button (`name`): copies `link` and says in `shared` whether it could.
pub(crate) fn share_button(
    link: Signal<String>,
    shared: RwSignal<Option<bool>>,
    name: Text,
) -> impl IntoView {
    let share = move |_| {
        let text = link.get_untracked();
        leptos::task::spawn_local(async move {
            shared.set(Some(web::copy_text(text).await.is_ok()));
        });
    };
    view! { <button type="button" data-testid="share" on:click=share>{tr(name)}</button> }
}

/// Under the export bar: whether the link was copied (`done` when it was), and the link itself
/// to copy by hand.
pub(crate) fn share_result(
    link: Signal<String>,
    shared: RwSignal<Option<bool>>,
    done: Text,
) -> impl IntoView {
    let page = use_page();
    view! {
        {move || shared.get().map(|ok| view! {
            <p class="notice" role="status" data-testid="share-status">{if ok { page.t(done) } else { page.t(SHARE_REFUSED) }}</p>
        })}
        <label class="share-link">{tr(LINK)} " "
            <input type="text" readonly data-testid="share-link" prop:value=link
                on:focus=move |ev| { event_target::<web_sys::HtmlInputElement>(&ev).select(); }/>
        </label>
    }
}

/// PNG export of the lab's figures, the training log as CSV, and a share link.
#[component]
pub fn ExportBar(
    /// The run (its history is the CSV).
    run: LabRun,
    /// The figures: canvas `data-testid` and a label.
    figures: Vec<(&'static str, Text)>,
    /// The CSV's file name stem and the name of the history's extra column.
    stem: &'static str,
    /// The name of the history's extra column.
    extra: &'static str,
    /// A VAE's history (loss, ELBO, recon, KL columns) rather than a GAN's.
    #[prop(optional)]
    vae: bool,
    /// The full link to this run (data, settings and seed).
    link: Signal<String>,
) -> impl IntoView {
    let shared = RwSignal::new(None::<bool>);
    view! {
        <div class="export-bar controls">
            <span>{tr(EXPORT)} ":"</span>
            {figures.into_iter().map(|(id, name)| png_button(stem, id, name)).collect_view()}
            {csv_button("export-csv", format!("{stem}.csv"), CSV, run, (vae, extra))}
            {share_button(link, shared, SHARE)}
        </div>
        {share_result(link, shared, SHARED)}
    }
}
