//! The demo's readouts: the table of estimators (one batch, mean and spread over the repeats,
//! against the exact value) and the KL to the prior.

use leptos::prelude::*;

use crate::components::{Readout, cue, tr};
use crate::i18n::{NATS, Text};

use super::super::gan_common::label;
use super::demo::{Demo, Estimate};
use super::state::State;
use super::text;

/// One estimator's row: its name, its numbers in [`Demo`], and the `data-testid`s of its
/// one-batch, mean and spread readouts.
type Row = (Text, fn(&Demo) -> Estimate, [&'static str; 3]);

/// The estimator rows, in the order of [`crate::math::vae::Estimator::ALL`].
static ROWS: [Row; 4] = [
    (
        text::PATHWISE,
        |d| d.pathwise,
        ["grad-pathwise", "mean-pathwise", "std-pathwise"],
    ),
    (
        text::SCORE,
        |d| d.score,
        ["grad-score", "mean-score", "std-score"],
    ),
    (
        text::SCORE_BASELINE,
        |d| d.score_baseline,
        [
            "grad-score-baseline",
            "mean-score-baseline",
            "std-score-baseline",
        ],
    ),
    (text::FD, |d| d.fd, ["grad-fd", "mean-fd", "std-fd"]),
];

/// One number of the demo, following its parameters.
fn number(values: Memo<Demo>, part: fn(&Demo) -> f64) -> Signal<f64> {
    Signal::derive(move || values.with(part))
}

/// One number of an estimator's row.
fn cell(values: Memo<Demo>, row: fn(&Demo) -> Estimate, part: fn(&Estimate) -> f64) -> Signal<f64> {
    Signal::derive(move || values.with(|d| part(&row(d))))
}

/// The table of estimators, the exact value first.
pub fn table(s: State) -> impl IntoView {
    let values = s.values;
    view! {
        <table class="vae-table">
            <thead>
                <tr>
                    <th scope="col">{tr(text::ESTIMATOR)}</th>
                    <th scope="col">{tr(text::ONE_BATCH)}</th>
                    <th scope="col">{tr(text::MEAN_200)}</th>
                    <th scope="col">{tr(text::STD_200)}</th>
                </tr>
            </thead>
            <tbody>
                <tr>
                    <th scope="row">{tr(text::EXACT)}</th>
                    <td><Readout name="grad-exact" label=String::new() value=number(values, |d| d.exact) digits=6/></td>
                    <td></td>
                    <td></td>
                </tr>
                {ROWS.iter().map(|&(name, row, [batch, mean, std])| view! {
                    <tr>
                        <th scope="row">{tr(name)}</th>
                        <td><Readout name=batch label=String::new() value=cell(values, row, |e| e.batch) digits=6/></td>
                        <td><Readout name=mean label=String::new() value=cell(values, row, |e| e.mean) digits=6/></td>
                        <td><Readout name=std label=String::new() value=cell(values, row, |e| e.std) digits=4/></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// The KL of the encoder's distribution to the prior (lit at step 3).
pub fn kl_prior(s: State) -> impl IntoView {
    view! {
        <div class="readouts" class:cue=cue(s.step, &[3])>
            <Readout name="kl-prior" label=label(text::KL_PRIOR) value=number(s.values, |d| d.kl_prior) unit=label(NATS) digits=6/>
        </div>
    }
}
