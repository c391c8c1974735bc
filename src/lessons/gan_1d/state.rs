//! The 1-D lab's state: its parameters from the URL, the run, p_data as the editor shows it,
//! and what the page derives from the run's snapshots (the exact p_g on every snapshot, the
//! samples' estimates paced).

use leptos::prelude::*;

use super::derive::{self, Exact, Sampled, view_for};
use super::{Params, read};
use crate::components::{MixtureBinding, PageParams, use_params};
use crate::data::Mixture;
use crate::data::mixture_edit::x_range;
use crate::lessons::gan_2d::kit::{Derived, GanParams, extra_into_history, use_gan_run};
use crate::lessons::gan_common::{DATA_COLOR, P_DATA, bind, c_from_js};
use crate::lessons::lab::LabRun;
use crate::params::gan::GanLabParams;
use crate::params::mixture::format_mixture;
use crate::protocol::View;
use crate::spec::{DataSource, GanConfig};

impl GanParams for Params {
    fn data(&self) -> DataSource {
        DataSource::Mixture(self.data.clone())
    }

    fn run(&self) -> &GanLabParams {
        &self.run
    }

    fn data_pairs(&self) -> Vec<(&'static str, String)> {
        vec![("data", format_mixture(&self.data))]
    }

    /// D's grid spans the plot, which follows p_data.
    fn view(&self) -> Option<View> {
        Some(view_for(x_range(&[&self.data])))
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
    /// p_data as the editor shows it (the drag in progress included).
    pub data: MixtureBinding,
    /// p_data as the URL has it (what the run trains on).
    pub committed: Memo<Mixture>,
    /// The plots' x range.
    pub range: Memo<(f64, f64)>,
    /// The exact p_g, JS, D and D* of every snapshot.
    pub exact: Derived<Exact>,
    /// The generated samples' histogram, kernel estimate and moments (paced).
    pub sampled: Derived<Sampled>,
}

/// Reads the URL, starts the run and derives from its snapshots; C(G) joins the history row
/// of its snapshot.
pub fn use_lab() -> Lab {
    let pp = use_params(crate::params::pages::GAN_1D_PAGE, read);
    let committed = pp.field(|p| p.data.clone());
    let data = bind("data", P_DATA, DATA_COLOR, committed);
    let range = Memo::new(move |_| committed.with(|m| x_range(&[m])));
    let (run, config) = use_gan_run(pp.params, view_for(range.get_untracked()));
    let exact = Derived::every_snapshot(run, move |g| {
        committed.with(|d| derive::exact(g, d, range.get()))
    });
    let sampled = Derived::paced(run, move |g| derive::sampled(g, range.get_untracked()));
    extra_into_history(run, move || exact.with(|e| e.map(|e| c_from_js(e.js))));
    Lab {
        pp,
        run,
        config,
        data,
        committed,
        range,
        exact,
        sampled,
    }
}
