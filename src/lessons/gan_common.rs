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

/// The modes readout of the 2-D labs, "modes covered 7 / 8": two numbers under one label,
/// each with its own `data-testid` and exact `data-value` (`modes-covered`, `modes-total`).
#[cfg(feature = "labs")]
pub fn modes_readout(
    label: Signal<String>,
    covered: Signal<f64>,
    total: Signal<f64>,
) -> impl IntoView {
    let page = use_page();
    let machine = |v: f64| {
        if v.is_nan() {
            String::new()
        } else {
            format!("{v:?}")
        }
    };
    let shown = move |v: f64| crate::i18n::format_number(v, 2, page.lang.get());
    view! {
        <div class="readout">
            <span class="readout-label">{label}</span>
            <output data-testid="modes-covered" data-value=move || machine(covered.get()) aria-live="polite">
                {move || shown(covered.get())}
            </output>
            " / "
            <output data-testid="modes-total" data-value=move || machine(total.get())>
                {move || shown(total.get())}
            </output>
        </div>
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
