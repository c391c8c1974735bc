//! The VAE lab's page (lab bundle): the run and its controls, the readouts, β and the
//! reparametrization trick live, five figures, the data (a 1-D mixture editor or a 2-D shape),
//! presets, the hyperparameter form, export, exercises. The parts are in `state`, `readouts`,
//! `controls` and `plots`; this composes them.

use leptos::prelude::*;

use super::settings::VaeSettings;
use super::state::{Vae, use_vae};
use super::{controls, exercises, plots, readouts, text};
use crate::components::{Notices, tr, use_page};
use crate::lessons::gan_2d::kit::{lab_foot, lab_stage};
use crate::lessons::lab::{ExportBar, RunControls};
use crate::protocol::Backend;

/// The page's head: title, the URL's notices and the run's controls for a VAE (the
/// backend picked there goes to the URL). `gan_2d::kit::lab_head` is the GAN labs' one.
fn head(vae: Vae) -> impl IntoView {
    let page = use_page();
    let on_backend =
        Callback::new(move |b: Backend| page.update_query(|q| q.set("backend", b.as_str())));
    view! {
        <h1>{tr(text::TITLE)}</h1>
        <Notices notices=vae.pp.notices on_reset=vae.pp.reset/>
        <RunControls run=vae.run on_backend=on_backend vae=true/>
    }
}

/// The lab.
#[component]
pub fn VaeLab() -> impl IntoView {
    let vae = use_vae();
    let figures = vec![
        ("plot-data", text::DATA_FIG),
        ("plot-prior", text::PRIOR_FIG),
        ("plot-latent", text::LATENT),
        ("plot-decoded", text::DECODED),
        ("plot-elbo", text::ELBO_FIG),
    ];
    let (main, rest) = plots::plots(vae);
    view! {
        <article class="lesson lab" data-testid="lesson-vae-lab">
            {head(vae)}
            {lab_stage(text::LEAD, main, readouts::readouts(vae))}
            {controls::objective(vae)}
            {rest}
            {controls::data_controls(vae)}
            <VaeSettings config=vae.config/>
            <ExportBar run=vae.run figures=figures stem="vae-lab" extra="elbo" vae=true link=vae.share_link()/>
            {lab_foot("vae-lab", text::TITLE, &exercises::EXERCISES)}
        </article>
    }
}
