//! Reusable widgets. Components only wire: every number they show comes from [`crate::math`]
//! (or, in the labs, from the training worker).

mod derivation;
mod dist_editor;
mod embed;
mod math;
mod notices;
mod page_ctx;
mod plot_canvas;
mod readout;

pub use derivation::{Derivation, Step};
pub use dist_editor::DistEditor;
pub use embed::EmbedSnippet;
pub use math::{Math, RichText};
pub use notices::Notices;
pub use page_ctx::{PageCtx, use_page};
pub use plot_canvas::PlotCanvas;
pub use readout::{NameReadout, Readout};
