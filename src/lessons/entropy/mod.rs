//! Lesson: entropy of a one-hot vector (`#/entropy`). Parameters, derivation steps, controls,
//! figures — the template every lesson follows.

mod params;
mod text;

pub use params::EntropyParams;

use leptos::prelude::*;

use crate::components::{UnitPicker, cue, tr};

use crate::components::{
    Derivation, DistEditor, EmbedSnippet, Math, Notices, PlotCanvas, Readout, RichText, use_page,
};
use crate::i18n::{BITS, NATS, format_number};
use crate::math::{Unit, entropy, simplex, xlogx};
use crate::params::format_probabilities;
use crate::plot::xlogx::{LimitFigure, TermsFigure, draw_limit, draw_terms};

use super::dists::amount;
use super::{Lesson, Part};

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "entropy",
    part: Part::Derivations,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    view: || view! { <EntropyLesson/> }.into_any(),
};

#[component]
fn EntropyLesson() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let t = move |x: crate::i18n::Text| x.get(lang.get());

    // Parameters: the URL is the source; drags preview through drafts.
    let parsed = Memo::new(move |_| {
        page.route
            .with(|r| EntropyParams::from_query(&r.query, text::STEPS.len()))
    });
    let params = Memo::new(move |_| parsed.with(|(p, _)| p.clone()));
    let notices = Signal::derive(move || parsed.with(|(_, n)| n.clone()));
    let p_draft = RwSignal::new(None::<Vec<f64>>);
    let x_draft = RwSignal::new(None::<f64>);
    let p = Memo::new(move |_| {
        p_draft
            .get()
            .unwrap_or_else(|| params.with(|s| s.p.clone()))
    });
    let x = Memo::new(move |_| x_draft.get().unwrap_or_else(|| params.with(|s| s.x)));
    let unit = Memo::new(move |_| params.with(|s| s.unit));
    let step = Signal::derive(move || params.with(|s| s.step));

    // Numbers.
    let h = Memo::new(move |_| p.with(|p| entropy(p, unit.get())));
    let h_max = Memo::new(move |_| unit.get().from_nats((p.with(Vec::len) as f64).ln()));
    let x_log_x = Memo::new(move |_| xlogx(x.get()));
    let unit_name =
        Signal::derive(move || t(if unit.get() == Unit::Bits { BITS } else { NATS }).to_string());

    // Controls write the URL.
    let commit_p = Callback::new(move |v: Vec<f64>| {
        page.update_query(|q| q.set("p", format_probabilities(&v)))
    });
    let set_step =
        Callback::new(move |k: usize| page.update_query(|q| q.set("step", k.to_string())));
    let reset = Callback::new(move |_| {
        page.update_query(|q| params::KEYS.iter().for_each(|k| q.remove(k)))
    });
    let one_hot = move |_| {
        commit_p.run(simplex::one_hot(
            p.with_untracked(Vec::len),
            p.with_untracked(|p| simplex::argmax(p)),
        ))
    };
    let uniform = move |_| commit_p.run(simplex::uniform(p.with_untracked(Vec::len)));
    let slider_x = move |ev: &leptos::ev::Event| {
        event_target_value(ev)
            .parse::<f64>()
            .ok()
            .map(|e| 10f64.powf(e).clamp(params::X_MIN, 1.0))
    };

    // Figures, tied to the derivation: step 4 rings (1, 0), step 5 lights the limit curve.
    let term_axis = move || {
        if unit.get() == Unit::Bits {
            text::TERM_AXIS_BITS
        } else {
            text::TERM_AXIS_NATS
        }
    };
    let draw_terms_fig = move |area: &_, scale| {
        let fig = TermsFigure {
            p: p.get(),
            unit: unit.get(),
            highlight_one: step.get() == 4,
            y_label: term_axis().into(),
        };
        let _ = draw_terms(area, &fig, scale);
    };
    let draw_limit_fig = move |area: &_, scale| {
        let fig = LimitFigure {
            x: x.get(),
            highlight: step.get() == 5,
            x_label: t(text::X_AXIS_LOG).into(),
        };
        let _ = draw_limit(area, &fig, scale);
    };
    let terms_alt = Signal::derive(move || {
        let l = lang.get();
        let ps = p.with(|p| {
            p.iter()
                .map(|v| format_number(*v, 4, l))
                .collect::<Vec<_>>()
                .join("; ")
        });
        t(text::TERMS_ALT)
            .replace("{y}", term_axis())
            .replace("{p}", &ps)
            .replace("{h}", &amount(h.get(), 6, unit.get(), l))
    });
    let limit_alt = Signal::derive(move || {
        let l = lang.get();
        t(text::LIMIT_ALT)
            .replace("{x}", &format_number(x.get(), 4, l))
            .replace("{v}", &format_number(x_log_x.get(), 4, l))
    });

    view! {
        <article class="lesson" data-testid="lesson-entropy">
            <h1>{tr(text::TITLE)}</h1>
            <p class="lead"><RichText text=Signal::derive(move || t(LESSON.lead))/></p>
            <Notices notices=notices on_reset=reset/>
            <div class="lesson-grid">
                <Derivation steps=&text::STEPS current=step set_step=set_step/>
                <section class="playground" aria-labelledby="playground-title">
                    <h2 id="playground-title">{tr(text::PLAYGROUND)}</h2>
                    <p class="hint">{tr(text::PLAYGROUND_HINT)}</p>
                    <DistEditor name="p" value=p draft=p_draft commit=commit_p/>
                    <div class="button-row">
                        <button type="button" data-testid="one-hot" class:cue=cue(step, &[3, 6]) on:click=one_hot>
                            {tr(text::ONE_HOT)}
                        </button>
                        <button type="button" data-testid="uniform" on:click=uniform>{tr(text::UNIFORM)}</button>
                        <UnitPicker unit=unit/>
                    </div>
                    <div class="readouts" class:cue=cue(step, &[6])>
                        <Readout name="entropy" label=Signal::derive(move || t(text::ENTROPY).to_string()) value=h unit=unit_name digits=6/>
                        <Readout name="entropy-max" label=Signal::derive(move || t(text::ENTROPY_MAX).to_string()) value=h_max unit=unit_name digits=6/>
                    </div>
                    <PlotCanvas name="plot-terms" draw=draw_terms_fig label=terms_alt
                        caption=Signal::derive(move || t(text::TERMS_CAPTION).to_string())/>
                </section>
                <section class="limit" aria-labelledby="limit-title" class:cue=cue(step, &[5])>
                    <h2 id="limit-title">{tr(text::LIMIT)}</h2>
                    <label class="slider">
                        <span>{tr(text::PROBE)}</span>
                        <input type="range" min="-12" max="0" step="0.1" data-testid="x-slider"
                            prop:value=move || format!("{:.1}", x.get().log10())
                            on:input=move |ev| x_draft.set(slider_x(&ev))
                            on:change=move |ev| {
                                x_draft.set(None);
                                if let Some(v) = slider_x(&ev) {
                                    page.update_query(|q| q.set("x", format!("{v:e}")));
                                }
                            }/>
                    </label>
                    <div class="readouts">
                        <Readout name="x" label=Signal::derive(|| "x =".to_string()) value=x digits=3/>
                        <Readout name="x-log-x" label=Signal::derive(|| "x·ln x =".to_string()) value=x_log_x digits=4/>
                    </div>
                    <PlotCanvas name="plot-limit" draw=draw_limit_fig label=limit_alt
                        caption=Signal::derive(move || t(text::LIMIT_CAPTION).to_string())/>
                </section>
                <section class="why" aria-labelledby="why-title" data-testid="why-one-hot" class:cue=cue(step, &[6])>
                    <h2 id="why-title">{tr(text::WHY_TITLE)}</h2>
                    <p><RichText text=Signal::derive(move || t(text::WHY.text))/></p>
                    {text::WHY.tex.map(|tex| view! { <Math tex=tex display=true/> })}
                    <p><RichText text=Signal::derive(move || t(text::WHY_AFTER))/></p>
                </section>
            </div>
            <EmbedSnippet title=Signal::derive(move || t(text::TITLE).to_string())/>
        </article>
    }
}
