//! The cGAN lab's data: the data menu, and drawing labelled points on the field (a class to
//! draw, the count, "train on these points" once there are enough for a batch).

use leptos::prelude::*;

use super::figures::swatch;
use super::state::{Lab, data_name};
use super::{MAX_CLASSES, MAX_POINTS, format_points, text};
use crate::components::{PageCtx, tr, use_page};
use crate::lessons::lab::draw_points;

/// The field's pointer handler: a click or drag adds points of the class being drawn.
pub fn on_pointer(lab: Lab) -> Callback<(u8, f64, f64)> {
    let class = lab.draw_class;
    draw_points(lab.drawing, lab.frame, lab.drawn, MAX_POINTS, move || {
        class.get_untracked().min(MAX_CLASSES - 1) as u8
    })
}

/// "Train on these points": writes them to the URL (every class shown), or says why not.
fn use_drawn(page: PageCtx, lab: Lab) {
    let n = lab.drawn.with_untracked(Vec::len);
    let batch = lab.config.get_untracked().batch;
    if n < batch {
        lab.too_few.set(Some(
            page.t(text::TOO_FEW)
                .replace("{b}", &batch.to_string())
                .replace("{n}", &n.to_string()),
        ));
        return;
    }
    lab.too_few.set(None);
    lab.drawing.set(false);
    let points = lab.drawn.with_untracked(|d| format_points(d));
    page.update_query(|q| {
        q.set("data", "drawn");
        q.set("points", points);
        q.remove("class");
    });
}

/// The data menu and the drawing panel.
pub fn data_controls(lab: Lab) -> impl IntoView {
    let page = use_page();
    let Lab {
        drawing,
        drawn,
        draw_class,
        too_few,
        ..
    } = lab;
    let data_name = lab.pp.field(|p| data_name(&p.data));
    let pick_data = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if v == "drawn" {
            drawing.set(true);
        } else {
            page.update_query(|q| {
                q.set("data", v);
                q.remove("points");
                q.remove("class");
            });
        }
    };
    let class_button = move |k: usize| {
        view! {
            <button type="button" data-testid=format!("draw-class-{}", k + 1)
                aria-pressed=move || (draw_class.get() == k).to_string()
                class:primary=move || draw_class.get() == k
                on:click=move |_| draw_class.set(k)>{swatch(k)} {k + 1}</button>
        }
    };
    view! {
        <div class="controls">
            <label>{tr(text::DATA)} " "
                <select data-testid="lab-data" on:change=pick_data>
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
                    {(0..MAX_CLASSES).map(class_button).collect_view()}
                </div>
                <p class="hint">{tr(text::DRAW_HINT)} " " <output data-testid="drawn-count">{move || drawn.with(Vec::len)}</output> " " {tr(text::DRAWN)}</p>
                <button type="button" class="primary" data-testid="draw-use" on:click=move |_| use_drawn(page, lab)>{tr(text::DRAW_USE)}</button>
                <button type="button" data-testid="draw-clear" on:click=move |_| drawn.set(Vec::new())>{tr(text::DRAW_CLEAR)}</button>
                <button type="button" data-testid="draw-cancel" on:click=move |_| { drawing.set(false); too_few.set(None); }>{tr(text::DRAW_CANCEL)}</button>
            </div>
        </Show>
        {move || too_few.get().map(|m| view! { <p class="notice notice-error" role="alert" data-testid="draw-too-few">{m}</p> })}
    }
}
