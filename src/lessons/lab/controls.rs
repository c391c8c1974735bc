//! The run's controls, status and notices, and the export/share bar.

use leptos::prelude::*;

use super::{LabRun, history_csv, vae_history_csv};
use crate::components::{NameReadout, Readout, tr, use_page};
use crate::i18n::Text;
use crate::protocol::{Backend, Control, Quantity, StepKind};
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
const STATES: [(&str, Text); 5] = [
    ("idle", Text::new("starting", "запуск")),
    ("running", Text::new("training", "идёт")),
    ("paused", Text::new("paused", "пауза")),
    (
        "done",
        Text::new(
            "finished — press ▶ to continue",
            "завершено — нажмите ▶, чтобы продолжить",
        ),
    ),
    ("diverged", Text::new("diverged", "разошлось")),
];
const EXPORT: Text = Text::new("Export", "Экспорт");
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
    let label = move |x: Text| Signal::derive(move || page.t(x).to_string());
    let status = run.status;
    let busy = Signal::derive(move || status.get() == "idle");
    let status_text = Signal::derive(move || {
        let s = status.get();
        STATES
            .iter()
            .find(|(k, _)| *k == s)
            .map_or(s.to_string(), |(_, text)| t(*text).to_string())
    });
    let backend = RwSignal::new(run.backend());
    view! {
        <div class="lab-controls" role="group" aria-label=move || t(CONTROLS)>
            <div class="controls">
                <button type="button" class="primary" data-testid="lab-play" disabled=busy
                    on:click=move |_| run.toggle()>
                    {move || if status.get() == "running" { t(PAUSE) } else { t(PLAY) }}
                </button>
                {(!vae).then(|| view! {
                    <button type="button" data-testid="lab-step-d" disabled=busy on:click=move |_| run.step(StepKind::D)>{tr(STEP_D)}</button>
                    <button type="button" data-testid="lab-step-g" disabled=busy on:click=move |_| run.step(StepKind::G)>{tr(STEP_G)}</button>
                })}
                <button type="button" data-testid="lab-step" disabled=busy on:click=move |_| run.step(StepKind::Iteration)>{tr(STEP_IT)}</button>
                <button type="button" data-testid="lab-reset" disabled=busy on:click=move |_| run.reset()>{tr(RESET)}</button>
                <label>{tr(SPEED)} " "
                    <select data-testid="lab-speed" on:change=move |ev| {
                        run.control(Control::Speed(event_target_value(&ev).parse::<f64>().ok()));
                    }>
                        <option value="max">{tr(MAX)}</option>
                        {[300, 30, 3].into_iter().map(|n| view! {
                            <option value=n.to_string()>{n} " " {tr(PER_SEC)}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>{tr(BACKEND)} " "
                    <select data-testid="lab-backend" on:change=move |ev| {
                        if let Some(b) = Backend::parse(&event_target_value(&ev)) {
                            backend.set(b);
                            on_backend.run(b);
                        }
                    }>
                        {[Backend::Flex, Backend::Ndarray, Backend::WebGpu].into_iter().map(|b| view! {
                            <option value=b.as_str() selected=move || backend.get() == b>{backend_name(b.as_str())}</option>
                        }).collect_view()}
                    </select>
                </label>
            </div>
            {move || run.failed.get().map(|e| view! {
                <div class="notices" role="alert">
                    <p class="notice notice-error" data-testid="lab-failed">{t(FAILED)} " " {e}</p>
                    <button type="button" on:click=move |_| run.retry()>{t(RETRY)}</button>
                </div>
            })}
            {move || run.refused.get().map(|e| view! {
                <p class="notice notice-error" role="alert" data-testid="lab-refused">{t(REFUSED)} " " {e}</p>
            })}
            {move || run.diverged.get().map(|(what, at)| {
                let text = match what {
                    Quantity::LossD => DIVERGED_D,
                    Quantity::LossG => DIVERGED_G,
                    Quantity::Elbo => DIVERGED_ELBO,
                };
                view! {
                    <div class="notices" role="alert">
                        <p class="notice notice-error" data-testid="lab-diverged">{t(text)} " " {at} ". " {t(DIVERGED_HINT)}</p>
                        <button type="button" data-testid="lab-diverged-reset" on:click=move |_| run.reset()>{t(RESET)}</button>
                    </div>
                }
            })}
            {move || run.fallback.get().map(|reason| view! {
                <p class="notice" role="status" data-testid="lab-fallback">{t(FALLBACK)} " " {reason}</p>
            })}
            <div class="readouts">
                <NameReadout name="train-status" label=label(STATUS) value=Signal::derive(move || status.get().to_string()) shown=status_text/>
                <Readout name="iteration" label=label(ITERATION) value=run.iteration digits=9/>
                <Readout name="loss-d" label=label(loss_d) value=Signal::derive(move || run.losses.get().0)/>
                {(!vae).then(|| view! { <Readout name="loss-g" label=label(LOSS_G) value=Signal::derive(move || run.losses.get().1)/> })}
                {rate_while_running(move || status.get() == "running", "steps-per-sec", label(RATE), Signal::derive(move || run.rate.get()))}
                <Readout name="fps" label=label(FPS) value=run.fps unit=label(FPS_UNIT) digits=3/>
                <NameReadout name="train-backend" label=label(USED) value=run.used shown=Signal::derive(move || backend_name(&run.used.get()).to_string())/>
            </div>
        </div>
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
    let page = use_page();
    let t = move |x: Text| page.t(x);
    let shared = RwSignal::new(None::<bool>);
    let share = move |_| {
        let text = link.get_untracked();
        leptos::task::spawn_local(async move {
            shared.set(Some(web::copy_text(text).await.is_ok()));
        });
    };
    let csv = move |_| {
        let text = run.history.with_untracked(|h| {
            if vae {
                vae_history_csv(h)
            } else {
                history_csv(h, extra)
            }
        });
        let _ = web::download(&format!("{stem}.csv"), &web::data_url("text/csv", &text));
    };
    view! {
        <div class="export-bar controls">
            <span>{tr(EXPORT)} ":"</span>
            {figures.into_iter().map(|(id, name)| view! {
                <button type="button" data-testid=format!("export-{id}") on:click=move |_| {
                    if let Some(url) = web::canvas_png(id) {
                        let _ = web::download(&format!("{stem}-{id}.png"), &url);
                    }
                }>{tr(name)} " (PNG)"</button>
            }).collect_view()}
            <button type="button" data-testid="export-csv" on:click=csv>{tr(CSV)}</button>
            <button type="button" data-testid="share" on:click=share>{tr(SHARE)}</button>
        </div>
        {move || shared.get().map(|ok| view! {
            <p class="notice" role="status" data-testid="share-status">{if ok { t(SHARED) } else { t(SHARE_REFUSED) }}</p>
        })}
        <label class="share-link">{tr(LINK)} " "
            <input type="text" readonly data-testid="share-link" prop:value=link
                on:focus=move |ev| { event_target::<web_sys::HtmlInputElement>(&ev).select(); }/>
        </label>
    }
}
