//! The cGAN lab's figures: the field (data and samples by class, G's gradients and manifold,
//! D's field for a picked class) with its class picker, layer toggles and legend.

use leptos::prelude::*;

use super::draw::on_pointer;
use super::state::{BOX, GRID_N, LATTICE, Lab};
use super::{ALL, MAX_CLASSES, text};
use crate::components::{Area, PageCtx, PlotCanvas, tr, use_page};
use crate::lessons::gan_2d::kit::{layer_toggles, words};
use crate::lessons::lab::paint_field;
use crate::plot::Scale;
use crate::plot::field2d::{Field2dFigure, class_css, heatmap_rgba};

/// A round colour swatch of class `k` (decoration: the class number stands beside it).
pub fn swatch(k: usize) -> impl IntoView {
    view! {
        <span aria-hidden="true" style=format!(
            "display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; margin-right: 0.2em; vertical-align: -0.05em; background: {}",
            class_css(k)
        )></span>
    }
}

/// "class 3" in the page's language (`k` 0-based).
pub fn class_name(page: PageCtx, k: usize) -> String {
    format!("{} {}", page.t(text::CLASS), k + 1)
}

/// Draws the field: the snapshot's layers that are ticked (only the drawn points while
/// drawing), D(x, y) under them for a picked class.
fn draw_field(lab: Lab, area: &Area, scale: Scale) -> Result<(), String> {
    let (run, show, k, busy) = (lab.run, lab.show, lab.class.get(), lab.drawing.get());
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
                lab.drawn
                    .with(|d| d.iter().map(|p| (p.x, p.label)).collect())
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
    paint_field(area, &fig, scale, ("plot-field", rgba, GRID_N), lab.frame)
}

/// The field's text alternative: what is shown, modes covered, and each class's distance.
fn field_alt(lab: Lab) -> Signal<String> {
    let page = use_page();
    let fmt = move |v: f64| crate::i18n::format_number(v, 3, page.lang.get());
    let modes = lab.by_class.number(|d| d.modes.0 as f64);
    let total = lab.by_class.number(|d| d.modes.1 as f64);
    Signal::derive(move || {
        let which = lab.class.get().map_or_else(
            || page.t(text::EVERY_CLASS).to_string(),
            |k| class_name(page, k),
        );
        let list = lab.by_class.with(|d| {
            d.map_or_else(String::new, |d| {
                d.stats
                    .iter()
                    .enumerate()
                    .map(|(k, s)| {
                        let (g, d) = (fmt(s.gen_dist), fmt(s.data_dist));
                        format!("{} {g} ({d})", class_name(page, k))
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            })
        });
        let n = lab
            .run
            .gan
            .with(|g| g.as_ref().map_or(0, |g| g.fake.len() / 2));
        page.t(text::FIELD_ALT)
            .replace("{n}", &n.to_string())
            .replace("{which}", &which)
            .replace("{m}", &fmt(modes.get()))
            .replace("{t}", &fmt(total.get()))
            .replace("{list}", &list)
    })
}

/// The class picker: every class (`class` leaves the URL) or one.
fn class_picker(lab: Lab) -> impl IntoView {
    let page = use_page();
    let (class, classes) = (lab.class, lab.classes);
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
    let option = move |k: usize| {
        view! {
            <option value=(k + 1).to_string() hidden=move || { k >= classes.get() } disabled=move || { k >= classes.get() }
                prop:selected=move || class.get() == Some(k)>{move || class_name(page, k)}</option>
        }
    };
    view! {
        <div class="controls">
            <label>{tr(text::GENERATE)} " "
                <select data-testid="class-pick" on:change=pick_class>
                    <option value=ALL prop:selected=move || class.get().is_none()>{tr(text::ALL_CLASSES)}</option>
                    {(0..MAX_CLASSES).map(option).collect_view()}
                </select>
            </label>
        </div>
    }
}

/// The field's section: class picker, layer toggles, the figure and its legend.
pub fn field(lab: Lab) -> impl IntoView {
    let classes = lab.classes;
    let names = [
        text::SHOW_REAL,
        text::SHOW_FAKE,
        text::SHOW_ARROWS,
        text::SHOW_MANIFOLD,
        text::SHOW_HEAT,
    ];
    view! {
        <section aria-labelledby="lab-field">
            <h2 id="lab-field">{tr(text::FIELD)}</h2>
            {class_picker(lab)}
            {layer_toggles(lab.show, text::SHOW, names)}
            <PlotCanvas name="plot-field" draw=move |area: &Area, scale| draw_field(lab, area, scale)
                label=field_alt(lab) caption=words(text::FIELD_CAPTION) aspect=1.0 on_pointer=on_pointer(lab)/>
            <p class="hint" data-testid="class-legend">
                {tr(text::LEGEND)} ": " {tr(text::LEGEND_DATA)} ", " {tr(text::LEGEND_FAKE)} "; "
                {(0..MAX_CLASSES).map(|k| view! {
                    <span hidden=move || { k >= classes.get() }>{swatch(k)} {k + 1} " "</span>
                }).collect_view()}
            </p>
            <Show when=move || lab.class.get().is_none()>
                <p class="hint" data-testid="heat-needs-class">{tr(text::HEAT_NEEDS_CLASS)}</p>
            </Show>
        </section>
    }
}
