//! The cGAN lab's readouts: modes covered, and per class the generated samples' and the data's
//! mean distance to the class centre. Each carries the iteration it was computed for.

use leptos::prelude::*;

use super::figures::swatch;
use super::state::Lab;
use super::{MAX_CLASSES, text};
use crate::components::{Readout, tr};
use crate::lessons::gan_2d::kit::modes_readout;

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

/// Modes covered, of all the data's modes.
pub fn modes(lab: Lab) -> impl IntoView {
    view! {
        <div class="readouts">
            {modes_readout(text::MODES, lab.by_class, |d| d.modes)}
        </div>
    }
}

/// The per-class table: the samples' distance to the class centre beside the data's own.
pub fn distance_table(lab: Lab) -> impl IntoView {
    let at = lab.by_class.iteration();
    let (class, classes) = (lab.class, lab.classes);
    let row = move |k: usize| {
        let blank = Signal::derive(String::new);
        view! {
            <tr hidden=move || { k >= classes.get() } class:cue=move || class.get() == Some(k)>
                <th scope="row">{swatch(k)} {k + 1}</th>
                <td><Readout name=CLASS_DIST[k] label=blank value=lab.stat(k, |s| s.gen_dist) digits=3 iteration=at/></td>
                <td><Readout name=DATA_DIST[k] label=blank value=lab.stat(k, |s| s.data_dist) digits=3 iteration=at/></td>
            </tr>
        }
    };
    view! {
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
    }
}
