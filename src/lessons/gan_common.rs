//! What the GAN theory lessons share: p_data and p_g bound to the URL (`data=`, `g=`), the step
//! parameter, their names and colours.

use leptos::prelude::*;
use plotters::style::RGBColor;

use crate::components::{MixtureBinding, use_page};
use crate::data::Mixture;
use crate::i18n::Text;
use crate::params::mixture::format_mixture;
use crate::params::{self, Notice};
use crate::plot::{CURVE, POINT};
use crate::route::Query;

/// p_data's name.
pub const P_DATA: Text = Text::new("p_data", "p_data");
/// p_g's name.
pub const P_G: Text = Text::new("p_g", "p_g");
/// p_data's colour.
pub const DATA_COLOR: RGBColor = CURVE;
/// p_g's colour.
pub const G_COLOR: RGBColor = POINT;
/// A third colour (the mixture M, the user's D).
pub const THIRD_COLOR: RGBColor = RGBColor(0x1e, 0x82, 0x49);

/// `step=N` in `1..=steps` (default 1), or a notice.
pub fn step_param(q: &Query, steps: usize, notices: &mut Vec<Notice>) -> usize {
    match q
        .get("step")
        .map(|raw| params::parse_integer("step", raw, 1, steps))
    {
        Some(Ok(s)) => s,
        Some(Err(n)) => {
            notices.push(n);
            1
        }
        None => 1,
    }
}

/// A mixture editable on the page: shows `committed` (from the URL) or the drag in progress,
/// and writes a finished edit to the URL parameter `name`.
pub fn bind(
    name: &'static str,
    label: Text,
    color: RGBColor,
    committed: Memo<Mixture>,
) -> MixtureBinding {
    let page = use_page();
    let draft = RwSignal::new(None::<Mixture>);
    let value = Memo::new(move |_| draft.get().unwrap_or_else(|| committed.get()));
    let commit = Callback::new(move |m: Mixture| {
        page.update_query(|q| q.set(name, format_mixture(&m)));
    });
    MixtureBinding {
        name,
        label,
        color,
        value,
        draft,
        commit,
    }
}
