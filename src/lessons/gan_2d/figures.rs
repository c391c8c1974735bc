//! The 2-D lab's figures: data and samples over D's heat map (with G's gradients and manifold,
//! and the points being drawn), the model overview that slow motion walks through, and the
//! losses with the JS estimate.

use std::time::Duration;

use leptos::prelude::*;

use super::MAX_POINTS;
use super::kit::{GRID_N, field_figure, heat_map, layer_toggles, losses_plot, words};
use super::state::Lab;
use super::text;
use crate::components::{Area, PlotCanvas, tr, use_page};
use crate::lessons::lab::{LabRun, draw_points, paint_field};
use crate::protocol::{RunStatus, StepKind};
use crate::spec::GanConfig;

/// The field: data, samples, G's gradients and manifold over D's heat map; drawing adds points.
pub fn field(lab: Lab) -> impl IntoView {
    let page = use_page();
    let Lab {
        run,
        show,
        drawing,
        drawn,
        frame,
        ..
    } = lab;
    let draw = move |area: &Area, scale| {
        let busy = drawing.get();
        let layers = [0, 1, 2, 3].map(|i| show[i].get() && !busy);
        let points = drawn.with(|d| d.iter().map(|p| (p.x, p.label)).collect());
        let fig = run.gan.with(|g| field_figure(g.as_ref(), layers, points));
        let heat = show[4].get() && !busy;
        let rgba = run
            .gan
            .with(|g| g.as_ref().filter(|_| heat).and_then(heat_map));
        paint_field(area, &fig, scale, ("plot-field", rgba, GRID_N), frame)
    };
    let on_pointer = draw_points(drawing, frame, drawn, MAX_POINTS, || 0);
    let fmt = move |v: f64| crate::i18n::format_number(v, 3, page.lang.get());
    let (d_real, d_fake) = (lab.d.number(|d| d.0), lab.d.number(|d| d.1));
    let modes = lab.estimate.number(|e| e.modes.0 as f64);
    let modes_total = lab.estimate.number(|e| e.modes.1 as f64);
    let alt = Signal::derive(move || {
        let n = run.gan.with(|g| g.as_ref().map_or(0, |g| g.fake.len() / 2));
        page.t(text::FIELD_ALT)
            .replace("{n}", &n.to_string())
            .replace("{dr}", &fmt(d_real.get()))
            .replace("{df}", &fmt(d_fake.get()))
            .replace("{m}", &fmt(modes.get()))
            .replace("{t}", &fmt(modes_total.get()))
    });
    view! {
        <section aria-labelledby="lab-field">
            <h2 id="lab-field">{tr(text::FIELD)}</h2>
            {layer_toggles(show, text::SHOW, text::LAYERS)}
            <PlotCanvas name="plot-field" draw=draw label=alt caption=words(text::FIELD_CAPTION) aspect=1.0 on_pointer=on_pointer/>
        </section>
    }
}

/// Slow motion: one iteration's sub-steps, 1.2 s apart (D's and G's updates really made), with
/// the overview highlighted. Pauses a running run first.
fn walk(run: LabRun, config: Memo<GanConfig>, sub: RwSignal<Option<usize>>) {
    if sub.get_untracked().is_some() {
        return;
    }
    if run.status.get_untracked().is_running() {
        run.toggle();
    }
    fn tick(k: usize, sub: RwSignal<Option<usize>>, run: LabRun, config: Memo<GanConfig>) {
        sub.set(Some(k));
        let c = config.get_untracked();
        match k {
            3 => (0..c.k_d).for_each(|_| run.step(StepKind::D)),
            4 => (0..c.k_g).for_each(|_| run.step(StepKind::G)),
            _ => {}
        }
        set_timeout(
            move || {
                if k < 4 {
                    tick(k + 1, sub, run, config);
                } else {
                    sub.set(None);
                }
            },
            Duration::from_millis(1200),
        );
    }
    tick(0, sub, run, config);
}

/// The model overview and the slow-motion walk through one iteration.
pub fn overview(lab: Lab) -> impl IntoView {
    let page = use_page();
    let Lab {
        run, config, sub, ..
    } = lab;
    let hl = move |steps: &'static [usize]| {
        Signal::derive(move || sub.get().is_some_and(|k| steps.contains(&k)))
    };
    let busy = move || sub.get().is_some() || run.status.get() == RunStatus::Idle;
    view! {
        <section aria-labelledby="lab-overview">
            <h2 id="lab-overview">{tr(text::OVERVIEW)}</h2>
            <svg class="overview" viewBox="0 0 320 170" role="img" aria-label=move || page.t(text::OVERVIEW_ALT) data-testid="overview">
                <g class="node" class:hl=hl(&[0])><rect x="4" y="10" width="64" height="30" rx="4"/><text x="36" y="30">"z ~ p_z"</text></g>
                <g class="node" class:hl=hl(&[1, 4])><rect x="92" y="10" width="50" height="30" rx="4"/><text x="117" y="30">"G"</text></g>
                <g class="node" class:hl=hl(&[1])><rect x="166" y="10" width="60" height="30" rx="4"/><text x="196" y="30">"G(z)"</text></g>
                <g class="node" class:hl=hl(&[0])><rect x="166" y="70" width="60" height="30" rx="4"/><text x="196" y="90">"x ~ p_data"</text></g>
                <g class="node" class:hl=hl(&[2, 3])><rect x="250" y="40" width="50" height="30" rx="4"/><text x="275" y="60">"D"</text></g>
                <g class="node" class:hl=hl(&[2, 3, 4])><rect x="200" y="125" width="110" height="30" rx="4"/><text x="255" y="145">{tr(text::LOSS_NODE)}</text></g>
                <path class="flow" d="M68 25 H92 M142 25 H166 M226 25 L250 50 M226 85 L250 60 M275 70 V125"/>
                <path class="grad" class:hl=hl(&[3, 4]) d="M200 140 C 120 140, 117 100, 117 40"/>
            </svg>
            <button type="button" data-testid="slow-motion" disabled=busy on:click=move |_| walk(run, config, sub)>{tr(text::SLOW)}</button>
            <ol class="substeps">
                {text::SLOW_STEPS.iter().enumerate().map(|(k, s)| view! {
                    <li class:hl=move || sub.get() == Some(k) data-testid=format!("substep-{k}")>{tr(*s)}</li>
                }).collect_view()}
            </ol>
        </section>
    }
}

/// The losses with 2·JS − log 4 estimated, and how the estimate is made.
pub fn losses(lab: Lab) -> impl IntoView {
    view! {
        <section aria-labelledby="lab-losses">
            <h2 id="lab-losses">{tr(text::LOSSES)}</h2>
            {losses_plot(lab.run, true, text::LOSS_CAPTION, 0.5)}
            <p class="hint">{tr(text::JS_NOTE)}</p>
        </section>
    }
}
