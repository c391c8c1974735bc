//! Lab: a 2-D GAN beyond GAN Lab (`#/gan-2d?data=…&seed=…&steps=N&autorun=1`): samples over
//! the discriminator's heat map, the generator's gradients and manifold, losses, GAN Lab's
//! data sets and presets and your own points, slow motion through one iteration with a model
//! overview, and a divergence estimate computed from smoothed densities.
//!
//! What is pure lives here (the URL, drawn points), so it is tested natively. The page (lab
//! bundle only) is `Gan2dLab` below, composed of its state (`state.rs`: parameters, run, the
//! estimate derived from the snapshots, what the controls hold), `figures.rs`, `readouts.rs`
//! and `controls.rs` (data, drawing, presets); its words are in `text.toml`, its exercises in
//! `exercises.rs`. `kit.rs` holds what every GAN lab shares (the 1-D and cGAN labs use it too).

super::lab_lesson! {
    slug: "gan-2d",
    part: Derivations,
    page: Gan2dLab,
    modules: [controls, figures, readouts, state],
}

#[cfg(feature = "labs")]
pub(crate) mod kit;

#[cfg(feature = "labs")]
use leptos::prelude::*;

use crate::data::Shape2d;
use crate::params::Notice;
use crate::params::gan::GanLabParams;
use crate::route::Query;
use crate::spec::{DataSource, GanConfig, Point};

use super::gan_common::{self, data_2d};

/// The default seed.
pub const DEFAULT_SEED: u64 = 4;
/// Most points one may draw.
pub const MAX_POINTS: usize = 2000;
/// The data names a link may give: the shapes and your own points.
static DATA_NAMES: [&str; Shape2d::NAMES.len() + 1] = joined(&Shape2d::NAMES, &["drawn"]);

/// `a` then `b` as one array of `N = a.len() + b.len()` names (checked when compiled): a list
/// of URL names or keys built from lists kept elsewhere.
pub(crate) const fn joined<const N: usize>(
    a: &[&'static str],
    b: &[&'static str],
) -> [&'static str; N] {
    assert!(N == a.len() + b.len(), "N counts both lists");
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = if i < a.len() { a[i] } else { b[i - a.len()] };
        i += 1;
    }
    out
}

/// The lab's parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// The data.
    pub data: DataSource,
    /// The model and run.
    pub run: GanLabParams,
}

/// Reads drawn points `x:y,x:y,…` (each coordinate in [−1.5, 1.5]; one class).
pub fn parse_points(raw: &str) -> Result<Vec<Point>, Notice> {
    gan_common::parse_points(raw, MAX_POINTS, 1)
}

/// Writes drawn points (3 decimals).
pub fn format_points(points: &[Point]) -> String {
    gan_common::format_points(points, false)
}

// The one-click experiments on eight Gaussians (the presets' pairs, written into the URL;
// `examples/defaults.rs` trains both for `cargo xtask bench`).

/// Mode collapse on eight Gaussians: 32 × 32 nets with Adam, G three times per D step at four
/// times D's learning rate (one or two modes covered, hopping, at 4 000 iterations).
pub const COLLAPSE: &[(&str, &str)] = &[
    ("g-net", "32,32"),
    ("d-net", "32,32"),
    ("g-opt", "adam"),
    ("d-opt", "adam"),
    ("g-lr", "0.002"),
    ("d-lr", "0.0005"),
    ("k", "1:3"),
];
/// The same nets balanced (one G step per D step, equal learning rates): all eight modes.
pub const ALL_MODES: &[(&str, &str)] = &[
    ("g-net", "32,32"),
    ("d-net", "32,32"),
    ("g-opt", "adam"),
    ("d-opt", "adam"),
    ("g-lr", "0.001"),
    ("d-lr", "0.001"),
    ("k", "1:1"),
];

/// Reads the URL. Drawn points fewer than a batch are refused with a notice (GAN Lab's
/// default data instead).
pub fn read(q: &Query) -> (Params, Vec<Notice>) {
    let mut notices = Vec::new();
    // Seed 4: GAN Lab's small ReLU networks with SGD sometimes end with a dead, constant D
    // (seed 1 does, within 3 000 iterations); the default should show a GAN that works.
    let (run, more) = GanLabParams::from_query(q, GanConfig::gan_lab(DEFAULT_SEED));
    notices.extend(more);
    let default = DataSource::Shape(Shape2d::TwoGaussians);
    let data = data_2d(
        q,
        &DATA_NAMES,
        default,
        (run.config.batch, MAX_POINTS),
        parse_points,
        &mut notices,
    );
    (Params { data, run }, notices)
}

/// The lab: the run's controls and readouts over the field, the overview and the losses; the
/// data, drawing and presets; the model's settings, export and exercises.
#[cfg(feature = "labs")]
#[component]
fn Gan2dLab() -> impl IntoView {
    use crate::lessons::lab::{ExportBar, GanSettings};
    use kit::{gan_share_link, lab_foot, lab_head, lab_stage};

    let lab = state::use_lab();
    let figures = vec![("plot-field", text::FIELD), ("plot-losses", text::LOSSES)];
    view! {
        <article class="lesson lab" data-testid="lesson-gan-2d">
            {lab_head(text::TITLE, lab.pp.notices, lab.pp.reset, lab.run)}
            {lab_stage(text::LEAD, figures::field(lab), readouts::readouts(lab))}
            <div class="lab-grid">
                {figures::overview(lab)}
                {figures::losses(lab)}
            </div>
            {controls::data_menu(lab)}
            {controls::draw_panel(lab)}
            {controls::presets()}
            <GanSettings config=lab.config/>
            <ExportBar run=lab.run figures=figures stem="gan-2d" extra="c_of_g" link=gan_share_link(lab.pp.params, lab.run)/>
            {lab_foot("gan-2d", text::TITLE, &exercises::EXERCISES)}
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::validate;

    #[test]
    fn reads_data_and_refuses_too_few_points() {
        let (p, n) = read(&Query::parse("data=ring&seed=3"));
        assert!(n.is_empty());
        assert_eq!(p.data, DataSource::Shape(Shape2d::Ring));
        let few = format_points(
            &[Point {
                x: [0.1, 0.2],
                label: 0,
            }; 10],
        );
        let (p, n) = read(&Query::parse(&format!("data=drawn&points={few}")));
        assert_eq!(n.len(), 1, "fewer points than a batch (150)");
        assert_eq!(p.data, DataSource::Shape(Shape2d::TwoGaussians));
        let (p, n) = read(&Query::parse(&format!("data=drawn&points={few}&batch=8")));
        assert!(n.is_empty(), "{n:?}");
        assert!(matches!(p.data, DataSource::Points(ref v) if v.len() == 10));
        assert!(parse_points("0.1:2").is_err() && parse_points("x").is_err());
        let (_, n) = read(&Query::parse("data=moon"));
        assert_eq!(n.len(), 1);
        validate(&exercises::EXERCISES).unwrap_or_else(|e| panic!("{e}"));
    }
}
