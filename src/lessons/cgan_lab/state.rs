//! The cGAN lab's state: its parameters from the URL, the run they drive, the per-class
//! distances and modes derived from the run's snapshots (paced, with the iteration each was
//! computed for), and what the page's controls hold (shown layers, points being drawn).

use leptos::prelude::*;

use super::{ClassStat, Params, class_stats, classes_of, format_points, read};
use crate::components::{PageParams, use_params};
use crate::lessons::gan_2d::kit::{Derived, GanParams, extra_into_history, use_gan_run};
use crate::lessons::lab::LabRun;
use crate::math::samples2d::modes_covered;
use crate::params::gan::GanLabParams;
use crate::plot::lines::Frame;
use crate::protocol::{Grid, View};
use crate::spec::{DataSource, GanConfig, Point};

/// The view box.
pub const BOX: (f64, f64) = (-1.25, 1.25);
/// The discriminator's grid (per axis).
pub const GRID_N: u32 = 48;
/// Data and generated samples in each snapshot.
const SAMPLES: u32 = 1000;
/// G's manifold: an m × m noise lattice.
pub const LATTICE: u32 = 16;

impl GanParams for Params {
    fn data(&self) -> DataSource {
        self.data.clone()
    }

    fn run(&self) -> &GanLabParams {
        &self.run
    }

    /// The data set's name, or the drawn points themselves.
    fn data_pairs(&self) -> Vec<(&'static str, String)> {
        match &self.data {
            DataSource::Points(points) => vec![
                ("data", "drawn".to_string()),
                ("points", format_points(points)),
            ],
            data => vec![("data", data_name(data).to_string())],
        }
    }
}

/// The data's name in the URL and the data menu (`drawn` for drawn points).
pub fn data_name(data: &DataSource) -> &'static str {
    match data {
        DataSource::Shape(s) => s.as_str(),
        _ => "drawn",
    }
}

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

/// The numbers derived from one snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct ByClass {
    /// Per class: centre and distances.
    pub stats: Vec<ClassStat>,
    /// Modes covered, of all.
    pub modes: (usize, usize),
}

impl ByClass {
    /// The mean over classes of the generated samples' distance to their centre (the CSV's
    /// extra column), if any class has samples.
    fn mean_gen_dist(&self) -> Option<f64> {
        let v: Vec<f64> = self
            .stats
            .iter()
            .map(|s| s.gen_dist)
            .filter(|v| v.is_finite())
            .collect();
        Some(v.iter().sum::<f64>() / v.len() as f64).filter(|m| m.is_finite())
    }
}

/// The lab's state, shared by its parts.
#[derive(Clone, Copy)]
pub struct Lab {
    /// The URL's parameters, notices and reset.
    pub pp: PageParams<Params>,
    /// The run.
    pub run: LabRun,
    /// The model's configuration.
    pub config: Memo<GanConfig>,
    /// The class picked (0-based); `None`: every class.
    pub class: Memo<Option<usize>>,
    /// How many classes the data have.
    pub classes: Memo<usize>,
    /// Per-class distances and modes covered (paced).
    pub by_class: Derived<ByClass>,
    /// The field's layers shown: data, samples, G's gradients, G's manifold, D's field.
    pub show: [RwSignal<bool>; 5],
    /// Whether clicks on the field add points.
    pub drawing: RwSignal<bool>,
    /// The points drawn so far.
    pub drawn: RwSignal<Vec<Point>>,
    /// The class a drawn point gets (0-based).
    pub draw_class: RwSignal<usize>,
    /// Why the drawn points cannot be used yet.
    pub too_few: RwSignal<Option<String>>,
    /// The field's frame (pointer position to data coordinates).
    pub frame: StoredValue<Option<Frame>>,
}

/// Reads the URL, starts the run, follows the class picker and derives from the snapshots;
/// the mean distance joins the history row of its snapshot.
pub fn use_lab() -> Lab {
    let pp = use_params(crate::params::pages::CGAN_LAB_PAGE, read);
    let class = pp.field(|p| p.class);
    let classes = pp.field(|p| classes_of(&p.data));
    let (run, config) = use_gan_run(pp.params, view_spec(class.get_untracked()));
    // The class picker changes what is looked at, never the run.
    Effect::new(move |previous: Option<Option<usize>>| {
        let k = class.get();
        if previous.is_some_and(|p| p != k) {
            run.set_view(view_spec(k));
        }
        k
    });
    let by_class = Derived::paced(run, move |g| ByClass {
        stats: class_stats(
            &g.real,
            &g.real_labels,
            &g.fake,
            &g.fake_labels,
            classes.get_untracked(),
        ),
        modes: modes_covered(&g.real, &g.real_labels, &g.fake),
    });
    extra_into_history(run, move || {
        by_class.with(|d| d.and_then(ByClass::mean_gen_dist))
    });
    Lab {
        pp,
        run,
        config,
        class,
        classes,
        by_class,
        show: [true, true, false, true, true].map(RwSignal::new),
        drawing: RwSignal::new(false),
        drawn: RwSignal::new(Vec::new()),
        draw_class: RwSignal::new(0),
        too_few: RwSignal::new(None),
        frame: StoredValue::new(None),
    }
}

impl Lab {
    /// Class `k`'s number `f` (NaN without that class).
    pub fn stat(self, k: usize, f: fn(&ClassStat) -> f64) -> Signal<f64> {
        let by_class = self.by_class;
        Signal::derive(move || {
            by_class.with(|d| d.and_then(|d| d.stats.get(k)).map_or(f64::NAN, f))
        })
    }
}
