//! The 2-D lab's state: its parameters from the URL, the run, the divergence estimate derived
//! from the run's snapshots (paced), and what the page's controls hold (shown layers, points
//! being drawn, the slow-motion sub-step).

use leptos::prelude::*;

use super::kit::{
    BOX, Derived, GRID_N, GanParams, drawn_pairs, extra_into_history, plane_view, use_gan_run,
};
use super::{Params, format_points, read};
use crate::components::{PageParams, use_params};
use crate::lessons::gan_common::c_from_js;
use crate::lessons::lab::LabRun;
use crate::math::samples2d::{self, Estimate2d, bandwidth};
use crate::params::gan::GanLabParams;
use crate::plot::lines::Frame;
use crate::spec::{DataSource, GanConfig, Point};

impl GanParams for Params {
    fn data(&self) -> DataSource {
        self.data.clone()
    }

    fn run(&self) -> &GanLabParams {
        &self.run
    }

    /// Drawn points travel in the link; a named data set is already in the route.
    fn data_pairs(&self) -> Vec<(&'static str, String)> {
        drawn_pairs(&self.data, format_points)
    }
}

/// The lab's state, shared by its parts.
#[derive(Clone, Copy)]
pub struct Lab {
    /// The parameters and their notices.
    pub pp: PageParams<Params>,
    /// The training run.
    pub run: LabRun,
    /// The model's hyperparameters.
    pub config: Memo<GanConfig>,
    /// D's mean on data and on samples, from every snapshot.
    pub d: Derived<(f64, f64)>,
    /// JS, its noise floor and the modes covered, from smoothed densities (paced).
    pub estimate: Derived<Estimate2d>,
    /// The field's layers shown: data, samples, G's gradients, G's manifold, D's heat map.
    pub show: [RwSignal<bool>; 5],
    /// Whether clicks on the field add points.
    pub drawing: RwSignal<bool>,
    /// The points drawn so far.
    pub drawn: RwSignal<Vec<Point>>,
    /// Why the drawn points cannot be used yet.
    pub too_few: RwSignal<Option<String>>,
    /// The field's frame (pointer position to data coordinates).
    pub frame: StoredValue<Option<Frame>>,
    /// The slow-motion sub-step shown.
    pub sub: RwSignal<Option<usize>>,
}

/// Reads the URL, starts the run and derives from its snapshots; C(G)'s estimate joins the
/// history row of its snapshot.
pub fn use_lab() -> Lab {
    let pp = use_params(crate::params::pages::GAN_2D_PAGE, read);
    let params = pp.params;
    let (run, config) = use_gan_run(params, plane_view(None, true));
    let d = Derived::every_snapshot(run, |g| (g.d_real, g.d_fake));
    // The bandwidth is computed once per data set: it is O(n²).
    let data_h = StoredValue::new(None::<(DataSource, f64)>);
    let estimate = Derived::paced(run, move |g| {
        let data = params.with_untracked(|p| p.data.clone());
        let h = match data_h.get_value() {
            Some((d, h)) if d == data => h,
            _ => {
                let h = bandwidth(&g.real, BOX, GRID_N as usize);
                data_h.set_value(Some((data, h)));
                h
            }
        };
        samples2d::estimate(&g.real, &g.real_labels, &g.fake, h, BOX, GRID_N as usize)
    });
    extra_into_history(run, move || estimate.with(|e| e.map(|e| c_from_js(e.js))));
    Lab {
        pp,
        run,
        config,
        d,
        estimate,
        show: [true, true, true, true, true].map(RwSignal::new),
        drawing: RwSignal::new(false),
        drawn: RwSignal::new(Vec::new()),
        too_few: RwSignal::new(None),
        frame: StoredValue::new(None),
        sub: RwSignal::new(None),
    }
}
