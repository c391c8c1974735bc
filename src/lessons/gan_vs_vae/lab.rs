//! The GAN-vs-VAE lab's page (lab bundle): two runs, one per worker, on the same data, seed and
//! backend; two identical scatter plots; the same estimates for both. It composes the state
//! ([`super::state`]), the controls, the figures, the readouts and the words.

use leptos::prelude::*;

use super::controls::{data_controls, export_bar, pair_controls};
use super::exercises::EXERCISES;
use super::figures::{gan_losses, gan_samples, vae_elbo, vae_samples};
use super::readouts::{floors, gan_readouts, vae_readouts};
use super::state::use_lab;
use super::text;
use crate::components::{EmbedSnippet, Exercises, Math, Notices, RichText, tr, use_page};
use crate::lessons::lab::controls::label;

/// Why the two differ: each model's objective, words around its formula.
fn objective(o: &'static text::Objective, id: &'static str) -> impl IntoView {
    let page = use_page();
    view! {
        <section aria-labelledby=id>
            <h3 id=id>{tr(o.title)}</h3>
            <p><RichText text=Signal::derive(move || page.t(o.before))/></p>
            {o.tex.map(|tex| view! { <Math tex=tex display=true/> })}
            <p><RichText text=Signal::derive(move || page.t(o.after))/></p>
        </section>
    }
}

/// The two objectives and what to look for.
fn prose() -> impl IntoView {
    view! {
        <section aria-labelledby="gvv-why">
            <h2 id="gvv-why">{tr(text::WHY)}</h2>
            {objective(&text::GAN_OBJECTIVE, "gvv-why-gan")}
            {objective(&text::VAE_OBJECTIVE, "gvv-why-vae")}
        </section>
        <section aria-labelledby="gvv-look">
            <h2 id="gvv-look">{tr(text::WHAT_TO_SEE)}</h2>
            <ul>
                {text::LOOK.iter().map(|x| view! { <li>{tr(*x)}</li> }).collect_view()}
            </ul>
        </section>
    }
}

/// The lab.
#[component]
pub fn GanVsVae() -> impl IntoView {
    let page = use_page();
    let lab = use_lab();
    view! {
        <article class="lesson lab" data-testid="lesson-gan-vs-vae">
            <h1>{tr(text::TITLE)}</h1>
            <p class="lead"><RichText text=Signal::derive(move || page.t(text::LEAD))/></p>
            <Notices notices=lab.pp.notices on_reset=lab.pp.reset/>
            {pair_controls(lab)}
            {data_controls(lab)}
            <div class="lab-grid">
                <section aria-labelledby="gvv-gan">
                    <h2 id="gvv-gan">{tr(text::GAN_TITLE)}</h2>
                    {gan_samples(lab)}
                    {gan_readouts(lab)}
                    <h3>{tr(text::GAN_LOSSES)}</h3>
                    {gan_losses(lab)}
                </section>
                <section aria-labelledby="gvv-vae">
                    <h2 id="gvv-vae">{tr(text::VAE_TITLE)}</h2>
                    {vae_samples(lab)}
                    {vae_readouts(lab)}
                    <h3>{tr(text::VAE_ELBO)}</h3>
                    {vae_elbo(lab)}
                </section>
            </div>
            <section aria-labelledby="gvv-same">
                <h2 id="gvv-same">{tr(text::SAME_ESTIMATORS)}</h2>
                {floors(lab)}
            </section>
            <p class="hint">{tr(text::ESTIMATORS_NOTE)}</p>
            {prose()}
            {export_bar(lab)}
            <Exercises lesson="gan-vs-vae" exercises=&EXERCISES/>
            <EmbedSnippet title=label(text::TITLE)/>
        </article>
    }
}
