//! The 2-D GAN lab's page (lab bundle).

use std::f64::consts::LN_2;
use std::time::Duration;

use leptos::prelude::*;

use super::{DATA_KEYS, MAX_POINTS, Params, format_points, read, text};
use crate::components::{
    EmbedSnippet, Exercises, Notices, PlotCanvas, Readout, RichText, tr, use_page,
};
use crate::i18n::Text;
use crate::lessons::gan_common::{SHAPE_LABELS, modes_readout};
use crate::lessons::lab::{
    ExportBar, GanSettings, LabRun, RunControls, draw_points, losses_alt, losses_figure, on_change,
    paint_field, share_link,
};
use crate::math::samples2d::{Estimate2d, bandwidth, estimate};
use crate::params::gan::{KEYS, gan_query};
use crate::plot::field2d::{Field2dFigure, heatmap_rgba};
use crate::plot::lines::{Frame, draw_lines};
use crate::protocol::{Backend, GanView, Grid, ModelSpec, RunSpec, StepKind, View};
use crate::spec::{DataSource, Point};

/// The view box.
const BOX: (f64, f64) = (-1.25, 1.25);
/// The heat map's and the JS estimate's grid.
const GRID_N: u32 = 48;
const SAMPLES: u32 = 1000;
const LATTICE: u32 = 16;
const LOG4: f64 = 2.0 * LN_2;

/// GAN Lab's presets: its data sets with its default hyperparameters.
const PRESETS: [(&str, Text); 4] = [
    (
        "two-gaussians",
        Text::new("two Gaussians (default)", "две гауссианы (по умолчанию)"),
    ),
    ("line", Text::new("line", "отрезок")),
    ("ring", Text::new("ring", "кольцо")),
    (
        "three-blobs",
        Text::new("three disjoint blobs", "три отдельных пятна"),
    ),
];

/// Mode collapse on eight Gaussians: 32 × 32 nets with Adam, G three times per D step at four
/// times D's learning rate (one or two modes covered, hopping, at 4 000 iterations).
const COLLAPSE: &[(&str, &str)] = &[
    ("g-net", "32,32"),
    ("d-net", "32,32"),
    ("g-opt", "adam"),
    ("d-opt", "adam"),
    ("g-lr", "0.002"),
    ("d-lr", "0.0005"),
    ("k", "1:3"),
];
/// The same nets balanced (one G step per D step, equal learning rates): all eight modes.
const ALL_MODES: &[(&str, &str)] = &[
    ("g-net", "32,32"),
    ("d-net", "32,32"),
    ("g-opt", "adam"),
    ("d-opt", "adam"),
    ("g-lr", "0.001"),
    ("d-lr", "0.001"),
    ("k", "1:1"),
];

/// Derived estimates are refreshed at most this often while training (the plots every frame).
const DERIVE_EVERY_MS: u128 = 250;

fn view_spec() -> View {
    View {
        samples: SAMPLES,
        grid: Some(Grid {
            x: [BOX.0 as f32, BOX.1 as f32],
            y: Some([BOX.0 as f32, BOX.1 as f32]),
            n: GRID_N,
        }),
        class: None,
        manifold: Some(LATTICE),
    }
}

fn spec_of(p: &Params, paused: bool) -> RunSpec {
    RunSpec {
        model: ModelSpec::Gan(p.run.config.clone()),
        data: p.data.clone(),
        backend: p.run.backend,
        steps: p.run.steps,
        paused,
    }
}

/// The lab.
#[component]
pub fn Gan2dLab() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let parsed = Memo::new(move |_| page.route.with(|r| read(&r.query)));
    let params = Memo::new(move |_| parsed.with(|(p, _)| p.clone()));
    let notices = Signal::derive(move || parsed.with(|(_, n)| n.clone()));
    let config = Memo::new(move |_| params.with(|p| p.run.config.clone()));
    let run = LabRun::new(view_spec());

    let start_key = Memo::new(move |_| {
        params.with(|p| (p.data.clone(), p.run.backend, p.run.steps, p.run.autorun))
    });
    run.restart_on(start_key, move |keep_running| {
        let p = params.get_untracked();
        spec_of(&p, !(p.run.autorun || keep_running))
    });
    on_change(config, move |c| run.set_model(ModelSpec::Gan(c)));
    // The estimates, at most every DERIVE_EVERY_MS while running (always when it stops). The
    // bandwidth is computed once per data set: it is O(n²).
    let derived = RwSignal::new(None::<Estimate2d>);
    let last_derived = StoredValue::new(None::<web_time::Instant>);
    let data_h = StoredValue::new(None::<(DataSource, f64)>);
    Effect::new(move |_| {
        run.gan.with(|g| {
            let Some(g) = g else {
                derived.set(None);
                return;
            };
            let due = last_derived
                .get_value()
                .is_none_or(|t| t.elapsed().as_millis() >= DERIVE_EVERY_MS);
            if !due && run.status.get_untracked() == "running" {
                return;
            }
            last_derived.set_value(Some(web_time::Instant::now()));
            let data = params.with_untracked(|p| p.data.clone());
            let h = match data_h.get_value() {
                Some((d, h)) if d == data => h,
                _ => {
                    let h = bandwidth(&g.real, BOX, GRID_N as usize);
                    data_h.set_value(Some((data, h)));
                    h
                }
            };
            derived.set(Some(estimate(
                &g.real,
                &g.real_labels,
                &g.fake,
                h,
                BOX,
                GRID_N as usize,
            )));
        });
    });
    Effect::new(move |_| {
        if let Some(js) = derived.with(|d| d.as_ref().map(|d| d.js)) {
            run.history.update(|h| {
                if let Some(last) = h.last_mut() {
                    last.extra = 2.0 * js - LOG4;
                }
            });
        }
    });

    let show = [true, true, true, true, true].map(RwSignal::new);
    let drawing = RwSignal::new(false);
    let drawn = RwSignal::new(Vec::<Point>::new());
    let frame = StoredValue::new(None::<Frame>);
    let draw_field = move |area: &_, scale| {
        let fig = run.gan.with(|g| {
            let g = g.clone().unwrap_or_default();
            Field2dFigure {
                x: BOX,
                y: BOX,
                real: g.real,
                fake: g.fake,
                arrows: g.fake_grad,
                manifold: g.manifold,
                manifold_m: LATTICE as usize,
                drawn: drawn.with(|d| d.iter().map(|p| (p.x, p.label)).collect()),
                show_real: show[0].get() && !drawing.get(),
                show_fake: show[1].get() && !drawing.get(),
                show_arrows: show[2].get() && !drawing.get(),
                show_manifold: show[3].get() && !drawing.get(),
                ..Default::default()
            }
        });
        let heat = show[4].get() && !drawing.get();
        let rgba = run.gan.with(|g| {
            g.as_ref()
                .filter(|g| heat && g.d_grid.len() == (GRID_N * GRID_N) as usize)
                .map(|g| heatmap_rgba(&g.d_grid, GRID_N as usize))
        });
        paint_field(area, &fig, scale, ("plot-field", rgba, GRID_N), frame);
    };
    let on_pointer = draw_points(drawing, frame, drawn, MAX_POINTS, || 0);
    let draw_losses = move |area: &_, scale: crate::plot::Scale| {
        let fig = run.history.with(|h| losses_figure(h, true, scale.lang));
        let _ = draw_lines(area, &fig, scale);
    };
    let losses_label =
        Signal::derive(move || run.history.with(|h| losses_alt(h, true, lang.get())));

    // Slow motion: one iteration's sub-steps, 1.2 s apart, with the overview highlighted.
    let sub = RwSignal::new(None::<usize>);
    let walk = move || {
        if sub.get_untracked().is_some() {
            return;
        }
        if run.status.get_untracked() == "running" {
            run.toggle();
        }
        fn tick(
            k: usize,
            sub: RwSignal<Option<usize>>,
            run: LabRun,
            config: Memo<crate::spec::GanConfig>,
        ) {
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
    };
    let hl = move |steps: &'static [usize]| {
        Signal::derive(move || sub.get().is_some_and(|k| steps.contains(&k)))
    };

    let value = move |f: fn(&Estimate2d) -> f64| {
        Signal::derive(move || derived.with(|d| d.as_ref().map_or(f64::NAN, f)))
    };
    let js = value(|d| d.js);
    let js_noise = value(|d| d.js_noise);
    let modes = value(|d| d.modes.0 as f64);
    let modes_total = value(|d| d.modes.1 as f64);
    let gv = move |f: fn(&GanView) -> f64| {
        Signal::derive(move || run.gan.with(|g| g.as_ref().map_or(f64::NAN, f)))
    };
    let d_real = gv(|g| g.d_real);
    let d_fake = gv(|g| g.d_fake);
    let d_mean = gv(|g| 0.5 * (g.d_real + g.d_fake));
    let label = move |x: Text| Signal::derive(move || page.t(x).to_string());
    let fmt = move |v: f64| crate::i18n::format_number(v, 3, lang.get());
    let alt = Signal::derive(move || {
        page.t(text::FIELD_ALT)
            .replace(
                "{n}",
                &run.gan
                    .with(|g| g.as_ref().map_or(0, |g| g.fake.len() / 2))
                    .to_string(),
            )
            .replace("{dr}", &fmt(d_real.get()))
            .replace("{df}", &fmt(d_fake.get()))
            .replace("{m}", &fmt(modes.get()))
            .replace("{t}", &fmt(modes_total.get()))
    });
    let data_name = Signal::derive(move || {
        page.route
            .with(|r| r.query.get("data").unwrap_or("two-gaussians").to_string())
    });
    let share_link = Signal::derive(move || {
        let p = params.get();
        let data = match &p.data {
            DataSource::Points(points) => {
                vec![
                    ("data", "drawn".to_string()),
                    ("points", format_points(points)),
                ]
            }
            _ => Vec::new(),
        };
        share_link(
            page.route.get(),
            data,
            gan_query(&p.run.config),
            run.iteration.get(),
        )
    });
    let reset_all = Callback::new(move |_| {
        page.update_query(|q| KEYS.iter().chain(DATA_KEYS).for_each(|k| q.remove(k)))
    });
    let set_pairs = move |data: &'static str, pairs: &'static [(&'static str, &'static str)]| {
        page.update_query(|q| {
            for k in KEYS.iter().chain(DATA_KEYS) {
                q.remove(k);
            }
            q.set("data", data);
            for (k, v) in pairs {
                q.set(k, *v);
            }
        })
    };
    let too_few = RwSignal::new(None::<String>);
    let use_drawn = move |_| {
        let n = drawn.with_untracked(Vec::len);
        let batch = config.get_untracked().batch;
        if n < batch {
            too_few.set(Some(
                page.t(text::TOO_FEW)
                    .replace("{b}", &batch.to_string())
                    .replace("{n}", &n.to_string()),
            ));
            return;
        }
        too_few.set(None);
        drawing.set(false);
        let points = drawn.with_untracked(|d| format_points(d));
        page.update_query(|q| {
            q.set("data", "drawn");
            q.set("points", points);
        });
    };
    let on_backend =
        Callback::new(move |b: Backend| page.update_query(|q| q.set("backend", b.as_str())));
    let toggle = move |i: usize, name: Text, id: &'static str| {
        view! {
            <label><input type="checkbox" data-testid=id prop:checked=move || show[i].get()
                on:change=move |ev| show[i].set(event_target_checked(&ev))/> " " {tr(name)}</label>
        }
    };

    view! {
        <article class="lesson lab" data-testid="lesson-gan-2d">
            <h1>{tr(text::TITLE)}</h1>
            <p class="lead"><RichText text=Signal::derive(move || page.t(text::LEAD))/></p>
            <Notices notices=notices on_reset=reset_all/>
            <RunControls run=run on_backend=on_backend/>
            <div class="readouts">
                <Readout name="d-real" label=label(text::D_REAL) value=d_real/>
                <Readout name="d-fake" label=label(text::D_FAKE) value=d_fake/>
                <Readout name="d-mean" label=label(text::D_MEAN) value=d_mean/>
                <Readout name="js-estimate" label=label(text::JS_EST) value=js unit=label(crate::i18n::NATS)/>
                <Readout name="js-noise" label=label(text::JS_NOISE) value=js_noise unit=label(crate::i18n::NATS)/>
                {modes_readout(label(text::MODES), modes, modes_total)}
            </div>
            <div class="lab-grid">
                <section aria-labelledby="lab-field">
                    <h2 id="lab-field">{tr(text::FIELD)}</h2>
                    <div class="controls" role="group" aria-label=move || page.t(text::SHOW)>
                        <span>{tr(text::SHOW)} ":"</span>
                        {toggle(0, text::SHOW_REAL, "show-real")}
                        {toggle(1, text::SHOW_FAKE, "show-fake")}
                        {toggle(2, text::SHOW_ARROWS, "show-arrows")}
                        {toggle(3, text::SHOW_MANIFOLD, "show-manifold")}
                        {toggle(4, text::SHOW_HEAT, "show-heat")}
                    </div>
                    <PlotCanvas name="plot-field" draw=draw_field label=alt caption=label(text::FIELD_CAPTION) aspect=1.0 on_pointer=on_pointer/>
                </section>
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
                    <button type="button" data-testid="slow-motion" disabled=move || sub.get().is_some() || run.status.get() == "idle" on:click=move |_| walk()>{tr(text::SLOW)}</button>
                    <ol class="substeps">
                        {text::SLOW_STEPS.iter().enumerate().map(|(k, s)| view! {
                            <li class:hl=move || sub.get() == Some(k) data-testid=format!("substep-{k}")>{tr(*s)}</li>
                        }).collect_view()}
                    </ol>
                </section>
                <section aria-labelledby="lab-losses">
                    <h2 id="lab-losses">{tr(text::LOSSES)}</h2>
                    <PlotCanvas name="plot-losses" draw=draw_losses label=losses_label caption=label(text::LOSS_CAPTION) aspect=0.5/>
                    <p class="hint">{tr(text::JS_NOTE)}</p>
                </section>
            </div>
            <div class="controls">
                <label>{tr(text::DATA)} " "
                    <select data-testid="lab-data" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if v == "drawn" { drawing.set(true) } else { page.update_query(|q| { q.set("data", v); q.remove("points"); }) }
                    }>
                        {SHAPE_LABELS.iter().chain(&[("drawn", text::YOUR_POINTS)]).map(|(k, name)| view! {
                            <option value=*k selected=move || data_name.get() == *k>{tr(*name)}</option>
                        }).collect_view()}
                    </select>
                </label>
                <button type="button" data-testid="draw-start" on:click=move |_| { drawing.set(true); drawn.set(Vec::new()); }>{tr(text::DRAW)}</button>
            </div>
            <Show when=move || drawing.get()>
                <div class="notices draw-panel" role="group">
                    <p class="hint">{tr(text::DRAW_HINT)} " " <output data-testid="drawn-count">{move || drawn.with(Vec::len)}</output> " " {tr(text::DRAWN)}</p>
                    <button type="button" class="primary" data-testid="draw-use" on:click=use_drawn>{tr(text::DRAW_USE)}</button>
                    <button type="button" data-testid="draw-clear" on:click=move |_| drawn.set(Vec::new())>{tr(text::DRAW_CLEAR)}</button>
                    <button type="button" data-testid="draw-cancel" on:click=move |_| { drawing.set(false); too_few.set(None); }>{tr(text::DRAW_CANCEL)}</button>
                </div>
            </Show>
            {move || too_few.get().map(|m| view! { <p class="notice notice-error" role="alert" data-testid="draw-too-few">{m}</p> })}
            <div class="controls try">
                <span>{tr(text::PRESETS)} ":"</span>
                {PRESETS.iter().map(|(data, name)| view! {
                    <button type="button" data-testid=format!("preset-{data}") on:click=move |_| set_pairs(data, &[])>{tr(*name)}</button>
                }).collect_view()}
            </div>
            <div class="controls try">
                <span>{tr(text::ONE_CLICK)} ":"</span>
                <button type="button" data-testid="preset-minimax" on:click=move |_| set_pairs("two-gaussians", &[("loss", "minimax")])>{tr(text::MINIMAX)}</button>
                <button type="button" data-testid="preset-collapse" on:click=move |_| set_pairs("eight-gaussians", COLLAPSE)>{tr(text::COLLAPSE)}</button>
                <button type="button" data-testid="preset-all-modes" on:click=move |_| set_pairs("eight-gaussians", ALL_MODES)>{tr(text::ALL_MODES)}</button>
            </div>
            <p class="hint">{tr(text::MINIMAX_EXPLAIN)}</p>
            <p class="hint">{tr(text::COLLAPSE_EXPLAIN)}</p>
            <p class="hint">{tr(text::ALL_MODES_EXPLAIN)}</p>
            <GanSettings config=config/>
            <ExportBar run=run figures=vec![("plot-field", text::FIELD), ("plot-losses", text::LOSSES)] stem="gan-2d" extra="c_of_g" link=share_link/>
            <Exercises lesson="gan-2d" exercises=&text::EXERCISES/>
            <EmbedSnippet title=Signal::derive(move || page.t(text::TITLE).to_string())/>
        </article>
    }
}
