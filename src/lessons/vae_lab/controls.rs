//! What the reader changes on the VAE lab besides the hyperparameter form: β and the
//! reparametrization trick live (with what they do to the codes), and the data (the menu, the
//! 1-D mixture editor, the presets).

use leptos::prelude::*;

use super::state::Vae;
use super::{BIMODAL, DEFAULT_DATA, GAUSSIAN, text};
use crate::app::link_to;
use crate::components::{MixtureEditor, Slider, tr, use_page};
use crate::i18n::Text;
use crate::lessons::gan_common::{DATA_COLOR, P_DATA, bind};
use crate::params::vae::MAX_BETA;
use crate::spec::DataSource;

/// A preset: its button's id, its label, and the URL pairs it sets over the defaults.
type Preset = (&'static str, Text, &'static [(&'static str, &'static str)]);

/// The presets.
const PRESETS: [Preset; 6] = [
    ("try-bimodal", text::TRY_BIMODAL, &[("data", BIMODAL)]),
    (
        "try-gaussian",
        text::TRY_GAUSSIAN,
        &[("data", GAUSSIAN)],
    ),
    (
        "try-no-trick",
        text::TRY_NO_TRICK,
        &[("data", BIMODAL), ("reparam", "0")],
    ),
    (
        "try-beta",
        text::TRY_BETA,
        &[("data", BIMODAL), ("beta", "3")],
    ),
    ("try-moons", text::TRY_MOONS, &[("data", "two-moons")]),
    ("try-ring", text::TRY_RING, &[("data", "ring")]),
];

/// The objective: β and the trick, live; whether the codes are used or collapsed; the way to
/// the derivation.
pub fn objective(vae: Vae) -> impl IntoView {
    let page = use_page();
    let config = vae.config;
    let theory = Signal::derive(move || {
        let mut hash = link_to(&page.route.get(), "vae-theory");
        hash.push_str(if hash.contains('?') { "&" } else { "?" });
        let trick = u8::from(config.with(|c| c.reparametrize));
        hash.push_str(&format!("trick={trick}&step=4"));
        hash
    });
    let beta_draft = RwSignal::new(None::<f64>);
    let beta_shown =
        Signal::derive(move || beta_draft.get().unwrap_or_else(|| config.with(|c| c.beta)));
    let on_beta_draft = Callback::new(move |v: f64| beta_draft.set(Some(v)));
    let on_beta = Callback::new(move |v: f64| {
        beta_draft.set(None);
        let v = ((v * 100.0).round() / 100.0).clamp(0.0, MAX_BETA);
        page.update_query(|q| q.set("beta", format!("{v:?}")));
    });
    let trick = Memo::new(move |_| config.with(|c| c.reparametrize));
    let on_trick = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        page.update_query(|q| q.set("reparam", if on { "1" } else { "0" }));
    };
    let collapsed = vae.collapsed;
    view! {
        <section class="vae-objective" aria-labelledby="lab-objective">
            <h2 id="lab-objective">{tr(text::OBJECTIVE)}</h2>
            <div class="controls">
                <Slider name="beta-slider" label=text::BETA value=beta_shown min=0.0 max=MAX_BETA step=0.05
                    draft=on_beta_draft commit=on_beta/>
                <label>
                    <input type="checkbox" data-testid="reparam-toggle" prop:checked=move || trick.get() on:change=on_trick/>
                    " " {tr(text::REPARAM)}
                </label>
            </div>
            <p class="hint">{tr(text::LIVE)}</p>
            <p data-testid="trick-explain">{move || page.t(if trick.get() { text::TRICK_ON } else { text::TRICK_OFF })}</p>
            {move || collapsed.get().map(|c| view! {
                <p class="notice" role="status" data-testid="collapse-status" data-value=if c { "collapsed" } else { "using" }>
                    {page.t(if c { text::COLLAPSED } else { text::USING })}
                </p>
            })}
            <p class="hint">{tr(text::BETA_EXPLAIN)}</p>
            <p class="proof-link"><a href=theory data-testid="link-theory">{tr(text::THEORY_LINK)} " →"</a></p>
        </section>
    }
}

/// The data: the menu (a 1-D mixture or a 2-D shape), the mixture's editor, the presets.
pub fn data_controls(vae: Vae) -> impl IntoView {
    let page = use_page();
    let dim = vae.dim;
    let data = bind("data", P_DATA, DATA_COLOR, vae.mixture);
    let data_name = vae.pp.field(|p| match &p.data {
        DataSource::Shape(s) => s.as_str(),
        _ => "mixture",
    });
    let pick_data = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let new_dim = if v == "mixture" { 1 } else { 2 };
        page.update_query(|q| {
            if new_dim != dim.get_untracked() {
                // The latent's default follows the data's dimension.
                q.remove("z");
            }
            if v == "mixture" {
                q.set("data", DEFAULT_DATA);
            } else {
                q.set("data", v);
            }
        });
    };
    let preset = move |pairs: &'static [(&'static str, &'static str)]| {
        page.update_query(|q| {
            crate::params::table::clear(crate::params::pages::VAE_LAB_PAGE, q);
            pairs.iter().for_each(|(k, v)| q.set(k, *v));
        })
    };
    view! {
        <div class="controls">
            <label>{tr(text::DATA)} " "
                <select data-testid="lab-data" on:change=pick_data>
                    <option value="mixture" selected=move || data_name.get() == "mixture">{tr(text::MIXTURE)}</option>
                    {text::SHAPE_NAMES.iter().map(|(k, name)| view! {
                        <option value=*k selected=move || data_name.get() == *k>{tr(*name)}</option>
                    }).collect_view()}
                </select>
            </label>
        </div>
        <Show when=move || dim.get() == 1>
            <h3>{tr(text::P_DATA_1D)}</h3>
            <MixtureEditor binding=data/>
        </Show>
        <div class="controls try">
            <span>{tr(text::TRY)} ":"</span>
            {PRESETS.iter().map(|&(id, name, pairs)| view! {
                <button type="button" data-testid=id on:click=move |_| preset(pairs)>{tr(name)}</button>
            }).collect_view()}
        </div>
        <p class="hint">{tr(text::RING_EXPLAIN)}</p>
    }
}
