//! The VAE's hyperparameters, bound to the URL: a typed value is read by the very parser a link
//! goes through ([`check_setting`]: `VaeLabParams::from_query` on that one key), so a bad value is refused with
//! the link's message and the last good one stays. The fields of one decimal number (learning
//! rate, β) show it in the page's language (`0,003` in Russian) and take either separator.

use leptos::prelude::*;

use super::check_setting;
use crate::components::{tr, use_page};
use crate::i18n::{Text, input_number, typed_decimal};
use crate::params::Notice;
use crate::params::gan::{act_name, format_net};
use crate::spec::VaeConfig;

const TITLE: Text = Text::new("Model and training", "Модель и обучение");
const Z: Text = Text::new("Latent dimension", "Размерность латентного пространства");
const NET: Text = Text::new(
    "Hidden layers (encoder and decoder)",
    "Скрытые слои (энкодер и декодер)",
);
const ACT: Text = Text::new("Activation", "Активация");
const LR: Text = Text::new("Learning rate (Adam)", "Скорость обучения (Adam)");
const BATCH: Text = Text::new("Batch", "Батч");
const BETA: Text = Text::new("β", "β");
const SEED: Text = Text::new("Seed", "Зерно");
const NEW_SEED: Text = Text::new("New seed", "Новое зерно");
const RESTART: Text = Text::new(
    "Learning rate, batch, β and the trick apply to the running model; the latent dimension, the layers, the activation and the seed start it again.",
    "Скорость обучения, батч, β и трюк применяются к обучаемой модели; размерность латентного пространства, слои, активация и зерно запускают обучение заново.",
);
/// The activations offered, by their URL names.
const ACTIVATIONS: [(&str, Text); 3] = [
    ("relu", Text::new("ReLU", "ReLU")),
    ("leaky-relu", Text::new("leaky ReLU", "ReLU с утечкой")),
    ("tanh", Text::new("tanh", "tanh")),
];
const KEPT: Text = Text::new(
    "Not applied; the previous value stays.",
    "Не применено; осталось прежнее значение.",
);

/// The hyperparameter form.
#[component]
pub fn VaeSettings(
    /// The configuration in the URL.
    config: Memo<VaeConfig>,
) -> impl IntoView {
    let page = use_page();
    let error = RwSignal::new(None::<Notice>);
    // Writes `key=value` if a link would accept it; otherwise says why and keeps the URL.
    let write = move |key: &'static str, value: String| match config
        .with_untracked(|c| check_setting(key, &value, c))
    {
        Ok(()) => {
            error.set(None);
            page.update_query(|q| q.set(key, value));
        }
        Err(n) => error.set(Some(n)),
    };
    let c = move |f: fn(&VaeConfig) -> String| Signal::derive(move || config.with(f));
    // A decimal setting in the page's language.
    let d = move |f: fn(&VaeConfig) -> f64| {
        Signal::derive(move || input_number(config.with(f), page.lang.get()))
    };
    let text_input = move |key: &'static str, label: Text, shown: Signal<String>| {
        view! {
            <label>{tr(label)} " "
                <input type="text" data-testid=format!("set-{key}") size="8" prop:value=shown
                    on:change=move |ev| write(key, event_target_value(&ev).trim().to_string())/>
            </label>
        }
    };
    // One decimal number: a typed `0,5` is read as `0.5` (the URL keeps the point).
    let decimal_input = move |key: &'static str, label: Text, shown: Signal<String>| {
        view! {
            <label>{tr(label)} " "
                <input type="text" inputmode="decimal" data-testid=format!("set-{key}") size="8" prop:value=shown
                    on:change=move |ev| write(key, typed_decimal(&event_target_value(&ev)))/>
            </label>
        }
    };
    let choice = move |key: &'static str,
                       label: Text,
                       options: Vec<(&'static str, Text)>,
                       shown: Signal<String>| {
        view! {
            <label>{tr(label)} " "
                <select data-testid=format!("set-{key}") on:change=move |ev| write(key, event_target_value(&ev))>
                    {options.into_iter().map(|(v, name)| view! {
                        <option value=v selected=move || shown.get() == v>{tr(name)}</option>
                    }).collect_view()}
                </select>
            </label>
        }
    };
    view! {
        <details class="lab-settings" open>
            <summary>{tr(TITLE)}</summary>
            <div class="controls">
                {choice("z", Z, vec![("1", Text::new("1", "1")), ("2", Text::new("2", "2"))], c(|c| c.z_dim.to_string()))}
                {text_input("net", NET, c(|c| format_net(&c.hidden)))}
                {choice("act", ACT, ACTIVATIONS.to_vec(), c(|c| act_name(c.activation).to_string()))}
                {decimal_input("lr", LR, d(|c| c.lr))}
                {text_input("batch", BATCH, c(|c| c.batch.to_string()))}
                {decimal_input("beta", BETA, d(|c| c.beta))}
                {text_input("seed", SEED, c(|c| c.seed.to_string()))}
                <button type="button" data-testid="new-seed" on:click=move |_| {
                    let seed = (js_sys::Math::random() * 1e9).floor() as u64;
                    write("seed", seed.to_string());
                }>{tr(NEW_SEED)}</button>
            </div>
            <p class="hint">{tr(RESTART)}</p>
            {move || error.get().map(|n| view! {
                <p class="notice notice-error" role="alert" data-testid="settings-error">
                    {n.message(page.lang.get())} " " {page.t(KEPT)}
                </p>
            })}
        </details>
    }
}
