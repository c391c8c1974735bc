//! The 2-D lab's own controls: the data menu, drawing your own points, and GAN Lab's presets
//! and the one-click experiments (each writes the URL).

use leptos::prelude::*;

use super::state::Lab;
use super::{ALL_MODES, COLLAPSE, format_points, text};
use crate::components::{tr, use_page};
use crate::lessons::gan_common::SHAPE_LABELS;

/// The data menu (a shape, or your own points) and "Draw your own points".
pub fn data_menu(lab: Lab) -> impl IntoView {
    let page = use_page();
    let Lab { drawing, drawn, .. } = lab;
    let data_name = Signal::derive(move || {
        page.route
            .with(|r| r.query.get("data").unwrap_or("two-gaussians").to_string())
    });
    let pick = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if v == "drawn" {
            drawing.set(true)
        } else {
            page.update_query(|q| {
                q.set("data", v);
                q.remove("points");
            })
        }
    };
    view! {
        <div class="controls">
            <label>{tr(text::DATA)} " "
                <select data-testid="lab-data" on:change=pick>
                    {SHAPE_LABELS.iter().chain(&[("drawn", text::YOUR_POINTS)]).map(|(k, name)| view! {
                        <option value=*k selected=move || data_name.get() == *k>{tr(*name)}</option>
                    }).collect_view()}
                </select>
            </label>
            <button type="button" data-testid="draw-start" on:click=move |_| { drawing.set(true); drawn.set(Vec::new()); }>{tr(text::DRAW)}</button>
        </div>
    }
}

/// While drawing: the count, "Train on these points" (refused, with a message, below a
/// batch), clear and stop.
pub fn draw_panel(lab: Lab) -> impl IntoView {
    let page = use_page();
    let Lab {
        drawing,
        drawn,
        too_few,
        config,
        ..
    } = lab;
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
    view! {
        <Show when=move || drawing.get()>
            <div class="notices draw-panel" role="group">
                <p class="hint">{tr(text::DRAW_HINT)} " " <output data-testid="drawn-count">{move || drawn.with(Vec::len)}</output> " " {tr(text::DRAWN)}</p>
                <button type="button" class="primary" data-testid="draw-use" on:click=use_drawn>{tr(text::DRAW_USE)}</button>
                <button type="button" data-testid="draw-clear" on:click=move |_| drawn.set(Vec::new())>{tr(text::DRAW_CLEAR)}</button>
                <button type="button" data-testid="draw-cancel" on:click=move |_| { drawing.set(false); too_few.set(None); }>{tr(text::DRAW_CANCEL)}</button>
            </div>
        </Show>
        {move || too_few.get().map(|m| view! { <p class="notice notice-error" role="alert" data-testid="draw-too-few">{m}</p> })}
    }
}

/// GAN Lab's presets and the one-click experiments, with what each shows.
pub fn presets() -> impl IntoView {
    let page = use_page();
    // Drops every setting of the page, then sets the data and the pairs.
    let set_pairs = move |data: &'static str, pairs: &'static [(&'static str, &'static str)]| {
        page.update_query(|q| {
            crate::params::table::clear(crate::params::pages::GAN_2D_PAGE, q);
            q.set("data", data);
            for (k, v) in pairs {
                q.set(k, *v);
            }
        })
    };
    view! {
        <div class="controls try">
            <span>{tr(text::PRESETS)} ":"</span>
            {text::PRESET_DATA.iter().map(|(data, name)| view! {
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
    }
}
