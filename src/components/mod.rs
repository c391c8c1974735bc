//! Reusable widgets. Components only wire: every number they show comes from [`crate::math`]
//! (or, in the labs, from the training worker).

mod derivation;
mod dist_editor;
mod embed;
mod exercises;
mod math;
mod mixture_editor;
mod notices;
mod page_ctx;
mod plot_canvas;
mod readout;
mod slider;
mod unit_picker;

pub use derivation::{Derivation, Step, cue};
pub use dist_editor::{DistEditor, subscript};
pub use embed::EmbedSnippet;
pub use exercises::Exercises;
pub use math::{Math, RichText};
pub use mixture_editor::{MixtureBinding, MixtureEditor, MixturePlot};
pub use notices::{Notices, quoted};
pub use page_ctx::{PageCtx, PageParams, tr, use_page, use_params};
pub use plot_canvas::{Area, PlotCanvas};
pub use readout::{NameReadout, Readout, machine_value};
pub use slider::Slider;
pub use unit_picker::UnitPicker;
