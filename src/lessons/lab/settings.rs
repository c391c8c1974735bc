//! A GAN's hyperparameters, bound to the URL: keys, labels and checks come from the parameter
//! table ([`crate::params::pages::GAN`]), so what is typed is checked exactly as a link is, a
//! bad value is refused with a message and the last good one stays.

use leptos::prelude::*;

use crate::components::{tr, use_page};
use crate::i18n::{Text, input_number, typed_decimal};
use crate::params::Notice;
use crate::params::gan::{act_name, format_net, loss_name, opt_name};
use crate::params::pages as P;
use crate::params::table::Param;
use crate::spec::GanConfig;

const TITLE: Text = Text::new("Model and training", "Модель и обучение");
const LOSSES: [(&str, Text); 3] = [
    (
        "minimax",
        Text::new("minimax: log(1 − D(G(z)))", "минимаксная: log(1 − D(G(z)))"),
    ),
    (
        "non-saturating",
        Text::new("non-saturating: −log D(G(z))", "ненасыщающая: −log D(G(z))"),
    ),
    (
        "least-squares",
        Text::new("least squares (LSGAN)", "наименьших квадратов (LSGAN)"),
    ),
];
const NEW_SEED: Text = Text::new("New seed", "Новое зерно");
const KEPT: Text = Text::new(
    "Not applied; the previous value stays.",
    "Не применено; осталось прежнее значение.",
);

/// The hyperparameter form.
#[component]
pub fn GanSettings(
    /// The configuration in the URL.
    config: Memo<GanConfig>,
) -> impl IntoView {
    let page = use_page();
    let error = RwSignal::new(None::<Notice>);
    // Writes `key=value` if `check` accepts it; otherwise says why and keeps the URL.
    let write = move |key: &'static str, value: String, check: Result<(), Notice>| match check {
        Ok(()) => {
            error.set(None);
            page.update_query(|q| q.set(key, value));
        }
        Err(n) => error.set(Some(n)),
    };
    // A field of one value; `decimal`: one fractional number, shown in the page's locale and
    // read with either decimal separator (the URL always gets a point). Other fields hold lists
    // or integers, where a comma separates.
    let text_input = move |param: &'static Param, shown: Signal<String>, decimal: bool| {
        let key = param.key;
        view! {
            <label>{tr(param.label)} " "
                <input type="text" data-testid=format!("set-{key}") size="8" prop:value=shown
                    inputmode=decimal.then_some("decimal")
                    on:change=move |ev| {
                        let raw = event_target_value(&ev);
                        let v = if decimal { typed_decimal(&raw) } else { raw.trim().to_string() };
                        let checked = param.check(&v);
                        write(key, v, checked);
                    }/>
            </label>
        }
    };
    let choice = move |param: &'static Param,
                       options: Vec<(&'static str, Text)>,
                       shown: Signal<&'static str>| {
        let key = param.key;
        view! {
            <label>{tr(param.label)} " "
                <select data-testid=format!("set-{key}") on:change=move |ev| write(key, event_target_value(&ev), Ok(()))>
                    {options.into_iter().map(|(v, name)| view! {
                        <option value=v selected=move || shown.get() == v>{tr(name)}</option>
                    }).collect_view()}
                </select>
            </label>
        }
    };
    let opts = || {
        vec![
            ("adam", Text::new("Adam", "Adam")),
            ("sgd", Text::new("SGD", "SGD")),
        ]
    };
    let c = move |f: fn(&GanConfig) -> String| Signal::derive(move || config.with(f));
    let lr = move |f: fn(&GanConfig) -> f64| {
        Signal::derive(move || input_number(config.with(f), page.lang.get()))
    };
    view! {
        <details class="lab-settings" open>
            <summary>{tr(TITLE)}</summary>
            <div class="controls">
                {choice(&P::LOSS, LOSSES.to_vec(), Signal::derive(move || loss_name(config.get().loss)))}
                {choice(&P::G_OPT, opts(), Signal::derive(move || opt_name(config.get().g_optim)))}
                {text_input(&P::G_LR, lr(|c| c.g_optim.lr()), true)}
                {choice(&P::D_OPT, opts(), Signal::derive(move || opt_name(config.get().d_optim)))}
                {text_input(&P::D_LR, lr(|c| c.d_optim.lr()), true)}
                {text_input(&P::K, c(|c| format!("{}:{}", c.k_d, c.k_g)), false)}
                {text_input(&P::G_NET, c(|c| format_net(&c.g_hidden)), false)}
                {text_input(&P::D_NET, c(|c| format_net(&c.d_hidden)), false)}
                {text_input(&P::BATCH, c(|c| c.batch.to_string()), false)}
                {choice(&P::ACT, vec![
                    ("relu", Text::new("ReLU", "ReLU")),
                    ("leaky-relu", Text::new("leaky ReLU", "ReLU с утечкой")),
                    ("tanh", Text::new("tanh", "tanh")),
                ], Signal::derive(move || act_name(config.get().activation)))}
                {text_input(&P::SEED, c(|c| c.seed.to_string()), false)}
                <button type="button" data-testid="new-seed" on:click=move |_| {
                    let seed = (js_sys::Math::random() * 1e9).floor() as u64;
                    write("seed", seed.to_string(), Ok(()));
                }>{tr(NEW_SEED)}</button>
            </div>
            {move || error.get().map(|n| view! {
                <p class="notice notice-error" role="alert" data-testid="settings-error">
                    {n.message(page.lang.get())} " " {page.t(KEPT)}
                </p>
            })}
        </details>
    }
}
