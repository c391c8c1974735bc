//! What the GAN lessons share. The theory lessons (the GAN objective, the optimal D, C(G), the
//! cGAN objective): their page frame, p_data and p_g bound to the URL (`data=`, `g=`), numbers
//! edited with a draft, the step parameter, labels, names and colours. The labs: the 2-D
//! shapes, the modes readout, the balanced GAN and the drawn-points reader.

use std::f64::consts::LN_2;

use leptos::prelude::*;
use plotters::style::RGBColor;

use crate::components::{MixtureBinding, use_page};
use crate::data::Mixture;
use crate::i18n::Text;
use crate::math::gan::js;
use crate::params::mixture::format_mixture;
use crate::params::table::Table;
use crate::params::{self, Notice};
use crate::plot::{CURVE, POINT};
use crate::route::Query;

mod theory;

pub use theory::{
    Densities, DraftSlider, Drafted, TheoryPage, curve, d_figure, editors, fill, label, mark,
    nats_readout, rich,
};

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

/// `step=N` in the range of `table`'s step row (default 1), or a notice.
pub fn step_param(q: &Query, table: &Table, notices: &mut Vec<Notice>) -> usize {
    table.row("step").read_int(q, notices) as usize
}

/// C(G) = 2·JS − log 4 from JS(p_data‖p_g), nats.
pub fn c_from_js(js: f64) -> f64 {
    2.0 * js - 2.0 * LN_2
}

/// C(G) = V(D*, G) = 2·JS(p_data‖p_g) − log 4, nats (the accurate route to the integral).
pub fn c_of(data: &Mixture, g: &Mixture) -> f64 {
    c_from_js(js(data, g))
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
    let Drafted { value, draft } = Drafted::new(committed);
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

/// p_data and p_g bound to `data=` and `g=`.
pub fn bind_pair(data: Memo<Mixture>, g: Memo<Mixture>) -> (MixtureBinding, MixtureBinding) {
    (
        bind("data", P_DATA, DATA_COLOR, data),
        bind("g", P_G, G_COLOR, g),
    )
}

/// The 2-D shapes' names in the labs' data menus, in [`Shape2d::NAMES`](crate::data::Shape2d)
/// order.
pub const SHAPE_LABELS: [(&str, Text); 7] = [
    ("line", Text::new("line", "отрезок")),
    ("two-gaussians", Text::new("two Gaussians", "две гауссианы")),
    ("ring", Text::new("ring", "кольцо")),
    (
        "three-blobs",
        Text::new("three disjoint blobs", "три отдельных пятна"),
    ),
    (
        "eight-gaussians",
        Text::new("eight Gaussians", "восемь гауссиан"),
    ),
    ("spiral", Text::new("spiral", "спираль")),
    ("two-moons", Text::new("two moons", "два полумесяца")),
];

/// The 2-D labs' view box (both axes).
pub const BOX: (f64, f64) = (-1.25, 1.25);
/// The 2-D labs' grid of D(x, y) (per axis), also the JS estimate's.
pub const GRID_N: u32 = 48;
/// Data and generated samples in each 2-D snapshot.
const PLANE_SAMPLES: u32 = 1000;
/// G's manifold in the 2-D labs: an m × m noise lattice.
pub const LATTICE: u32 = 16;

/// What a 2-D lab's snapshots carry: samples (of class `class`, if one is picked), and with
/// `field` D on the box's grid and G's manifold.
pub fn plane_view(class: Option<usize>, field: bool) -> crate::protocol::View {
    crate::protocol::View {
        samples: PLANE_SAMPLES,
        grid: field.then_some(crate::protocol::Grid {
            x: [BOX.0 as f32, BOX.1 as f32],
            y: Some([BOX.0 as f32, BOX.1 as f32]),
            n: GRID_N,
        }),
        class: class.map(|k| k as u32),
        manifold: field.then_some(LATTICE),
    }
}

/// The 2-D labs' balanced GAN: GAN Lab's defaults (2-D uniform noise, ReLU, tanh output, batch
/// 150, the non-saturating loss) with 32 × 32 networks, Adam at 0.001 for both and one D step
/// per G step. It covers all eight modes of eight Gaussians within 4 000 iterations (seeds
/// 1–3, the 2-D lab's "balanced" preset); the cGAN lab makes it conditional.
pub fn balanced_gan_2d(seed: u64) -> crate::spec::GanConfig {
    use crate::spec::{GanConfig, Optim};
    GanConfig {
        g_hidden: vec![32, 32],
        d_hidden: vec![32, 32],
        g_optim: Optim::Adam { lr: 0.001 },
        d_optim: Optim::Adam { lr: 0.001 },
        k_d: 1,
        k_g: 1,
        ..GanConfig::gan_lab(seed)
    }
}

/// A 2-D lab's `data`: one of `names` (a shape name, or `drawn` with the points of `points=`,
/// read by `parse_points`). An unknown name, unreadable points or fewer points than a batch
/// (`sizes` = (batch, most points)) each add a notice and give `default`.
pub fn data_2d(
    q: &Query,
    names: &'static [&'static str],
    default: crate::spec::DataSource,
    (batch, max_points): (usize, usize),
    parse_points: fn(&str) -> Result<Vec<crate::spec::Point>, Notice>,
    notices: &mut Vec<Notice>,
) -> crate::spec::DataSource {
    use crate::data::Shape2d;
    use crate::spec::DataSource;
    let Some(raw) = q.get("data") else {
        return default;
    };
    match params::parse_choice("data", raw, names, |s| {
        names.iter().copied().find(|n| *n == s)
    }) {
        Err(n) => {
            notices.push(n);
            default
        }
        Ok("drawn") => match q.get("points").map(parse_points) {
            Some(Ok(points)) if points.len() >= batch => DataSource::Points(points),
            Some(Ok(points)) => {
                notices.push(Notice::WrongLength {
                    param: "points",
                    len: points.len(),
                    min: batch,
                    max: max_points,
                });
                default
            }
            Some(Err(n)) => {
                notices.push(n);
                default
            }
            None => {
                notices.push(Notice::Empty { param: "points" });
                default
            }
        },
        Ok(name) => Shape2d::parse(name).map_or(default, DataSource::Shape),
    }
}

/// Reads drawn points `x:y` or `x:y:class`, comma-separated: coordinates in [−1.5, 1.5], at most
/// `max_points` points, classes 1–`max_classes` (a point without one is class 1; labels count
/// from 0). A bad point or count is a notice.
pub fn parse_points(
    raw: &str,
    max_points: usize,
    max_classes: usize,
) -> Result<Vec<crate::spec::Point>, Notice> {
    let bad = |v: &str| Notice::OutOfRange {
        param: "points",
        value: v.chars().take(24).collect(),
        min: -1.5,
        max: 1.5,
    };
    let parts: Vec<&str> = raw.split(',').filter(|s| !s.trim().is_empty()).collect();
    if parts.is_empty() || parts.len() > max_points {
        return Err(Notice::WrongLength {
            param: "points",
            len: parts.len(),
            min: 1,
            max: max_points,
        });
    }
    parts
        .iter()
        .map(|p| {
            let mut fields = p.split(':');
            let (Some(x), Some(y), label, None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                return Err(bad(p));
            };
            let read = |s: &str| {
                s.trim()
                    .parse::<f32>()
                    .ok()
                    .filter(|v| v.is_finite() && v.abs() <= 1.5)
                    .ok_or_else(|| bad(p))
            };
            let label = match label {
                None => 0,
                Some(l) => params::parse_integer("points", l, 1, max_classes)? - 1,
            };
            Ok(crate::spec::Point {
                x: [read(x)?, read(y)?],
                label: label as u8,
            })
        })
        .collect()
}

/// Writes drawn points (3 decimals): `x:y`, or `x:y:class` (classes from 1) `with_class`.
pub fn format_points(points: &[crate::spec::Point], with_class: bool) -> String {
    let r = |v: f32| (f64::from(v) * 1e3).round() / 1e3 + 0.0;
    points
        .iter()
        .map(|p| {
            let xy = format!("{}:{}", r(p.x[0]), r(p.x[1]));
            if with_class {
                format!("{xy}:{}", u32::from(p.label) + 1)
            } else {
                xy
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// A mixture from its URL form, for the lessons' tests.
#[cfg(test)]
pub fn mix(s: &str) -> Mixture {
    Mixture::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}
