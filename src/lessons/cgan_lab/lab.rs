//! The conditional GAN lab's page (lab bundle).

use leptos::prelude::*;

use super::{
    ALL, ClassStat, DATA_KEYS, MAX_CLASSES, MAX_POINTS, Params, class_stats, classes_of,
    format_points, read, text,
};
use crate::app::link_to;
use crate::components::{
    EmbedSnippet, Exercises, Math, Notices, PlotCanvas, Readout, RichText, tr, use_page,
};
use crate::i18n::Text;
use crate::lessons::gan_common::modes_readout;
use crate::lessons::lab::{
    ExportBar, GanSettings, LabRun, RunControls, draw_points, losses_alt, losses_figure, on_change,
    paint_field, share_link,
};
use crate::math::samples2d::modes_covered;
use crate::params::gan::{KEYS, gan_query};
use crate::plot::field2d::{Field2dFigure, class_css, heatmap_rgba};
use crate::plot::lines::{Frame, draw_lines};
use crate::protocol::{Backend, Grid, ModelSpec, RunSpec, View};
use crate::spec::{DataSource, Point};

/// The view box.
const BOX: (f64, f64) = (-1.25, 1.25);
/// The discriminator's grid (per axis).
const GRID_N: u32 = 48;
/// Data and generated samples in each snapshot.
const SAMPLES: u32 = 1000;
/// G's manifold: an m × m noise lattice.
const LATTICE: u32 = 16;
/// Derived numbers are refreshed at most this often while training (the plots every frame).
const DERIVE_EVERY_MS: u128 = 250;
/// Readout ids, by class.
const CLASS_DIST: [&str; MAX_CLASSES] = [
    "class-dist-1",
    "class-dist-2",
    "class-dist-3",
    "class-dist-4",
    "class-dist-5",
    "class-dist-6",
    "class-dist-7",
    "class-dist-8",
];
const DATA_DIST: [&str; MAX_CLASSES] = [
    "data-dist-1",
    "data-dist-2",
    "data-dist-3",
    "data-dist-4",
    "data-dist-5",
    "data-dist-6",
    "data-dist-7",
    "data-dist-8",
];

/// What the snapshots carry: D's grid and G's manifold need a label, so they come only with
/// one class picked (`class`, 0-based).
fn view_spec(class: Option<usize>) -> View {
    View {
        samples: SAMPLES,
        grid: class.map(|_| Grid {
            x: [BOX.0 as f32, BOX.1 as f32],
            y: Some([BOX.0 as f32, BOX.1 as f32]),
            n: GRID_N,
        }),
        class: class.map(|k| k as u32),
        manifold: class.map(|_| LATTICE),
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

/// The numbers derived from a snapshot.
#[derive(Clone, Debug, PartialEq)]
struct Derived {
    stats: Vec<ClassStat>,
    modes: (usize, usize),
}

/// A round colour swatch of class `k` (decoration: the class number stands beside it).
fn swatch(k: usize) -> impl IntoView {
    view! {
        <span aria-hidden="true" style=format!(
            "display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; margin-right: 0.2em; vertical-align: -0.05em; background: {}",
            class_css(k)
        )></span>
    }
}

/// The lab.
#[component]
pub fn CganLab() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let parsed = Memo::new(move |_| page.route.with(|r| read(&r.query)));
    let params = Memo::new(move |_| parsed.with(|(p, _)| p.clone()));
    let notices = Signal::derive(move || parsed.with(|(_, n)| n.clone()));
    let config = Memo::new(move |_| params.with(|p| p.run.config.clone()));
    let class = Memo::new(move |_| params.with(|p| p.class));
    let classes = Memo::new(move |_| params.with(|p| classes_of(&p.data)));
    let run = LabRun::new(view_spec(class.get_untracked()));

    let start_key = Memo::new(move |_| {
        params.with(|p| (p.data.clone(), p.run.backend, p.run.steps, p.run.autorun))
    });
    run.restart_on(start_key, move |keep_running| {
        let p = params.get_untracked();
        spec_of(&p, !(p.run.autorun || keep_running))
    });
    on_change(config, move |c| run.set_model(ModelSpec::Gan(c)));
    // The class picker changes what is looked at, never the run.
    Effect::new(move |previous: Option<Option<usize>>| {
        let k = class.get();
        if previous.is_some_and(|p| p != k) {
            run.set_view(view_spec(k));
        }
        k
    });

    // Per-class distances and modes, at most every DERIVE_EVERY_MS while running (always when
    // the status changes, so a finished run shows its last numbers).
    let derived = RwSignal::new(None::<Derived>);
    let last_derived = StoredValue::new(None::<web_time::Instant>);
    Effect::new(move |_| {
        let status = run.status.get();
        run.gan.with(|g| {
            let Some(g) = g else {
                derived.set(None);
                return;
            };
            let due = last_derived
                .get_value()
                .is_none_or(|t| t.elapsed().as_millis() >= DERIVE_EVERY_MS);
            if !due && status == "running" {
                return;
            }
            last_derived.set_value(Some(web_time::Instant::now()));
            let n = classes.get_untracked();
            derived.set(Some(Derived {
                stats: class_stats(&g.real, &g.real_labels, &g.fake, &g.fake_labels, n),
                modes: modes_covered(&g.real, &g.real_labels, &g.fake),
            }));
        });
    });
    // The CSV's extra column: the mean over classes of the samples' distance to their centre.
    Effect::new(move |_| {
        let mean = derived.with(|d| {
            d.as_ref().map(|d| {
                let v: Vec<f64> = d
                    .stats
                    .iter()
                    .map(|s| s.gen_dist)
                    .filter(|v| v.is_finite())
                    .collect();
                v.iter().sum::<f64>() / v.len() as f64
            })
        });
        if let Some(m) = mean.filter(|m| m.is_finite()) {
            run.history.update(|h| {
                if let Some(last) = h.last_mut() {
                    last.extra = m;
                }
            });
        }
    });

    // Layers: data, samples, G's gradients, G's manifold, D's field.
    let show = [true, true, false, true, true].map(RwSignal::new);
    let drawing = RwSignal::new(false);
    let drawn = RwSignal::new(Vec::<Point>::new());
    let draw_class = RwSignal::new(0usize);
    let frame = StoredValue::new(None::<Frame>);
    let draw_field = move |area: &_, scale| {
        let k = class.get();
        let busy = drawing.get();
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
                // Drawn points while drawing; once used they are the data (rings).
                drawn: if busy {
                    drawn.with(|d| d.iter().map(|p| (p.x, p.label)).collect())
                } else {
                    Vec::new()
                },
                show_real: show[0].get() && !busy,
                show_fake: show[1].get() && !busy,
                show_arrows: show[2].get() && !busy,
                show_manifold: show[3].get() && !busy && k.is_some(),
                by_class: true,
                real_labels: g.real_labels,
                fake_labels: g.fake_labels,
                focus: k.map(|k| k as u8),
            }
        });
        let heat = show[4].get() && !busy;
        // Only a snapshot of the picked class carries its D(x, y) (one in flight may not).
        let rgba = run.gan.with(|g| {
            g.as_ref()
                .filter(|g| {
                    heat && k.is_some_and(|k| g.fake_labels.first() == Some(&(k as u8)))
                        && g.d_grid.len() == (GRID_N * GRID_N) as usize
                })
                .map(|g| heatmap_rgba(&g.d_grid, GRID_N as usize))
        });
        paint_field(area, &fig, scale, ("plot-field", rgba, GRID_N), frame);
    };
    let on_pointer = draw_points(drawing, frame, drawn, MAX_POINTS, move || {
        draw_class.get_untracked().min(MAX_CLASSES - 1) as u8
    });
    let draw_losses = move |area: &_, scale: crate::plot::Scale| {
        let fig = run.history.with(|h| losses_figure(h, false, scale.lang));
        let _ = draw_lines(area, &fig, scale);
    };
    let losses_label =
        Signal::derive(move || run.history.with(|h| losses_alt(h, false, lang.get())));

    let label = move |x: Text| Signal::derive(move || page.t(x).to_string());
    let fmt = move |v: f64| crate::i18n::format_number(v, 3, lang.get());
    let stat = move |k: usize, f: fn(&ClassStat) -> f64| {
        Signal::derive(move || {
            derived.with(|d| d.as_ref().and_then(|d| d.stats.get(k)).map_or(f64::NAN, f))
        })
    };
    let modes =
        Signal::derive(move || derived.with(|d| d.as_ref().map_or(f64::NAN, |d| d.modes.0 as f64)));
    let modes_total =
        Signal::derive(move || derived.with(|d| d.as_ref().map_or(f64::NAN, |d| d.modes.1 as f64)));
    let class_name = move |k: usize| format!("{} {}", page.t(text::CLASS), k + 1);
    let alt = Signal::derive(move || {
        let which = class
            .get()
            .map_or_else(|| page.t(text::EVERY_CLASS).to_string(), class_name);
        let list = derived.with(|d| {
            d.as_ref().map_or_else(String::new, |d| {
                d.stats
                    .iter()
                    .enumerate()
                    .map(|(k, s)| {
                        format!(
                            "{} {} ({})",
                            class_name(k),
                            fmt(s.gen_dist),
                            fmt(s.data_dist)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            })
        });
        page.t(text::FIELD_ALT)
            .replace(
                "{n}",
                &run.gan
                    .with(|g| g.as_ref().map_or(0, |g| g.fake.len() / 2))
                    .to_string(),
            )
            .replace("{which}", &which)
            .replace("{m}", &fmt(modes.get()))
            .replace("{t}", &fmt(modes_total.get()))
            .replace("{list}", &list)
    });
    let data_name = Signal::derive(move || {
        params.with(|p| match &p.data {
            DataSource::Shape(s) => s.as_str(),
            _ => "drawn",
        })
    });
    // Written once per data set, not once per frame (up to 2 000 drawn points).
    let data_pairs = Memo::new(move |_| {
        params.with(|p| match &p.data {
            DataSource::Points(points) => vec![
                ("data", "drawn".to_string()),
                ("points", format_points(points)),
            ],
            _ => vec![("data", data_name.get().to_string())],
        })
    });
    let share_link = Signal::derive(move || {
        share_link(
            page.route.get(),
            data_pairs.get(),
            config.with(gan_query),
            run.iteration.get(),
        )
    });
    let objective_link = Signal::derive(move || link_to(&page.route.get(), "cgan-objective"));
    let reset_all = Callback::new(move |_| {
        page.update_query(|q| KEYS.iter().chain(DATA_KEYS).for_each(|k| q.remove(k)))
    });
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
            q.remove("class");
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
    let pick_class = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        page.update_query(|q| {
            if v == ALL {
                q.remove("class");
            } else {
                q.set("class", v);
            }
        });
    };
    let row = move |k: usize| {
        let blank = Signal::derive(String::new);
        view! {
            <tr hidden=move || { k >= classes.get() } class:cue=move || class.get() == Some(k)>
                <th scope="row">{swatch(k)} {k + 1}</th>
                <td><Readout name=CLASS_DIST[k] label=blank value=stat(k, |s| s.gen_dist) digits=3/></td>
                <td><Readout name=DATA_DIST[k] label=blank value=stat(k, |s| s.data_dist) digits=3/></td>
            </tr>
        }
    };

    view! {
        <article class="lesson lab" data-testid="lesson-cgan-lab">
            <h1>{tr(text::TITLE)}</h1>
            <p class="lead"><RichText text=Signal::derive(move || page.t(text::LEAD))/></p>
            <Notices notices=notices on_reset=reset_all/>
            <RunControls run=run on_backend=on_backend/>
            <div class="readouts">
                {modes_readout(label(text::MODES), modes, modes_total)}
            </div>
            <div class="lab-grid">
                <section aria-labelledby="lab-field">
                    <h2 id="lab-field">{tr(text::FIELD)}</h2>
                    <div class="controls">
                        <label>{tr(text::GENERATE)} " "
                            <select data-testid="class-pick" on:change=pick_class>
                                <option value=ALL prop:selected=move || class.get().is_none()>{tr(text::ALL_CLASSES)}</option>
                                {(0..MAX_CLASSES).map(|k| view! {
                                    <option value=(k + 1).to_string() hidden=move || { k >= classes.get() } disabled=move || { k >= classes.get() }
                                        prop:selected=move || class.get() == Some(k)>{move || class_name(k)}</option>
                                }).collect_view()}
                            </select>
                        </label>
                    </div>
                    <div class="controls" role="group" aria-label=move || page.t(text::SHOW)>
                        <span>{tr(text::SHOW)} ":"</span>
                        {toggle(0, text::SHOW_REAL, "show-real")}
                        {toggle(1, text::SHOW_FAKE, "show-fake")}
                        {toggle(2, text::SHOW_ARROWS, "show-arrows")}
                        {toggle(3, text::SHOW_MANIFOLD, "show-manifold")}
                        {toggle(4, text::SHOW_HEAT, "show-heat")}
                    </div>
                    <PlotCanvas name="plot-field" draw=draw_field label=alt caption=label(text::FIELD_CAPTION) aspect=1.0 on_pointer=on_pointer/>
                    <p class="hint" data-testid="class-legend">
                        {tr(text::LEGEND)} ": " {tr(text::LEGEND_DATA)} ", " {tr(text::LEGEND_FAKE)} "; "
                        {(0..MAX_CLASSES).map(|k| view! {
                            <span hidden=move || { k >= classes.get() }>{swatch(k)} {k + 1} " "</span>
                        }).collect_view()}
                    </p>
                    <Show when=move || class.get().is_none()>
                        <p class="hint" data-testid="heat-needs-class">{tr(text::HEAT_NEEDS_CLASS)}</p>
                    </Show>
                </section>
                <section aria-labelledby="lab-objective">
                    <h2 id="lab-objective">{tr(text::OBJECTIVE)}</h2>
                    <p><RichText text=Signal::derive(move || page.t(text::OBJECTIVE_STEP.text))/></p>
                    {text::OBJECTIVE_STEP.tex.map(|tex| view! { <Math tex=tex display=true/> })}
                    {text::OBJECTIVE_NOTES.iter().map(|t| view! {
                        <p class="hint"><RichText text=Signal::derive(move || page.t(*t))/></p>
                    }).collect_view()}
                    <p class="proof-link"><a href=objective_link data-testid="link-cgan-objective">{tr(text::OBJECTIVE_LINK)} " →"</a></p>
                    <h3 id="lab-distances">{tr(text::DISTANCES)}</h3>
                    <table class="terms" aria-labelledby="lab-distances" data-testid="class-table">
                        <thead><tr>
                            <th scope="col">{tr(text::TABLE_CLASS)}</th>
                            <th scope="col">{tr(text::TABLE_GEN)}</th>
                            <th scope="col">{tr(text::TABLE_DATA)}</th>
                        </tr></thead>
                        <tbody>{(0..MAX_CLASSES).map(row).collect_view()}</tbody>
                    </table>
                    <p class="hint">{tr(text::DISTANCES_NOTE)}</p>
                </section>
                <section aria-labelledby="lab-losses">
                    <h2 id="lab-losses">{tr(text::LOSSES)}</h2>
                    <PlotCanvas name="plot-losses" draw=draw_losses label=losses_label caption=label(text::LOSS_CAPTION) aspect=0.5/>
                </section>
            </div>
            <div class="controls">
                <label>{tr(text::DATA)} " "
                    <select data-testid="lab-data" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if v == "drawn" {
                            drawing.set(true);
                        } else {
                            page.update_query(|q| { q.set("data", v); q.remove("points"); q.remove("class"); });
                        }
                    }>
                        {text::DATA_NAMES.iter().map(|(k, name)| view! {
                            <option value=*k prop:selected=move || data_name.get() == *k>{tr(*name)}</option>
                        }).collect_view()}
                    </select>
                </label>
                <button type="button" data-testid="draw-start" on:click=move |_| { drawing.set(true); drawn.set(Vec::new()); }>{tr(text::DRAW)}</button>
            </div>
            <Show when=move || drawing.get()>
                <div class="notices draw-panel" role="group" aria-label=move || page.t(text::DRAW)>
                    <div class="controls" role="group" aria-label=move || page.t(text::DRAW_CLASS)>
                        <span>{tr(text::DRAW_CLASS)} ":"</span>
                        {(0..MAX_CLASSES).map(|k| view! {
                            <button type="button" data-testid=format!("draw-class-{}", k + 1)
                                aria-pressed=move || (draw_class.get() == k).to_string()
                                class:primary=move || draw_class.get() == k
                                on:click=move |_| draw_class.set(k)>{swatch(k)} {k + 1}</button>
                        }).collect_view()}
                    </div>
                    <p class="hint">{tr(text::DRAW_HINT)} " " <output data-testid="drawn-count">{move || drawn.with(Vec::len)}</output> " " {tr(text::DRAWN)}</p>
                    <button type="button" class="primary" data-testid="draw-use" on:click=use_drawn>{tr(text::DRAW_USE)}</button>
                    <button type="button" data-testid="draw-clear" on:click=move |_| drawn.set(Vec::new())>{tr(text::DRAW_CLEAR)}</button>
                    <button type="button" data-testid="draw-cancel" on:click=move |_| { drawing.set(false); too_few.set(None); }>{tr(text::DRAW_CANCEL)}</button>
                </div>
            </Show>
            {move || too_few.get().map(|m| view! { <p class="notice notice-error" role="alert" data-testid="draw-too-few">{m}</p> })}
            <GanSettings config=config/>
            <ExportBar run=run figures=vec![("plot-field", text::FIELD), ("plot-losses", text::LOSSES)] stem="cgan-lab" extra="class_dist_mean" link=share_link/>
            <Exercises lesson="cgan-lab" exercises=&text::EXERCISES/>
            <EmbedSnippet title=Signal::derive(move || page.t(text::TITLE).to_string())/>
        </article>
    }
}
