//! The chart set-up every figure shares: a white background, a margin and label areas in CSS
//! pixels, the axes with tick labels in the page's language, a light grid, the legend box and
//! its swatches. A figure says how its axes differ ([`Axes`]) and draws only its own marks.

use plotters::coord::Shift;
use plotters::coord::ranged1d::{AsRangedCoord, Ranged, ValueFormatter};
use plotters::prelude::*;

use super::lines::Frame;
use super::{GRID, INK, Scale};

/// A chart of x against y on a drawing area.
pub(crate) type Chart<'a, DB, X, Y> = ChartContext<'a, DB, Cartesian2d<X, Y>>;

/// The coordinate type plotters makes of a range `X` (e.g. `Range<f64>`, or a log scale).
pub(crate) type Coord<X> = <X as AsRangedCoord>::CoordDescType;

/// A chart of the ranges `X` and `Y` with its tick counts, as [`Axes::build`] makes it.
pub(crate) type Built<'c, DB, X, Y> = (Chart<'c, DB, Coord<X>, Coord<Y>>, Ticks);

/// What plotters returns when drawing on `DB` fails.
pub(crate) type DrawError<DB> = DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>;

/// A figure's text: sans-serif of `size` CSS pixels, in ink.
pub(crate) fn font(scale: Scale, size: f64) -> TextStyle<'static> {
    ("sans-serif", scale.px(size)).into_font().color(&INK)
}

/// How many tick labels each axis gets: fixed by [`Axes::build`] from the area's width, and
/// kept for every later [`Axes::mesh`] on the same chart.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ticks(usize, usize);

/// How a figure's axes look. Sizes are CSS pixels; [`Axes::LESSON`] is the lessons' figures,
/// [`Axes::PLANE`] the labs' 2-D planes; a figure changes the fields it needs.
#[derive(Clone, Copy)]
pub(crate) struct Axes<'a> {
    /// Text size of tick labels and axis descriptions.
    pub text: f64,
    /// Space around the chart.
    pub margin: f64,
    /// Height of the x labels' area under the plot.
    pub x_area: f64,
    /// Width of the y labels' area left of the plot.
    pub y_area: f64,
    /// Keep this width per height of data (x and y on one scale): the plotting area is
    /// centred with that aspect. `None` fills the area.
    pub aspect: Option<f64>,
    /// The number of x tick labels; `None`: about one per 70 CSS pixels of width.
    pub x_labels: Option<usize>,
    /// The number of y tick labels; `None`: as many as on x.
    pub y_labels: Option<usize>,
    /// The x axis' description.
    pub x_desc: Option<&'a str>,
    /// The y axis' description.
    pub y_desc: Option<&'a str>,
    /// The x tick labels' text; `None`: [`Scale::tick`].
    pub x_tick: Option<&'a dyn Fn(&f64) -> String>,
    /// Opacity of the light and of the bold grid lines.
    pub grid: (f64, f64),
    /// Draw the grid lines at x ticks (vertical).
    pub x_grid: bool,
    /// Draw the grid lines at y ticks (horizontal).
    pub y_grid: bool,
    /// Draw the x axis with its labels.
    pub x_axis: bool,
    /// Draw the y axis with its labels.
    pub y_axis: bool,
}

impl Axes<'static> {
    /// The lessons' figures: 14 px text, a 10 px margin, plotters' 11 y labels.
    pub const LESSON: Axes<'static> = Axes {
        text: 14.0,
        margin: 10.0,
        x_area: 36.0,
        y_area: 52.0,
        aspect: None,
        x_labels: None,
        y_labels: Some(11),
        x_desc: None,
        y_desc: None,
        x_tick: None,
        grid: (0.5, 1.0),
        x_grid: true,
        y_grid: true,
        x_axis: true,
        y_axis: true,
    };

    /// The labs' planes: 13 px text, an 8 px margin, as many y labels as x, a fainter grid.
    pub const PLANE: Axes<'static> = Axes {
        text: 13.0,
        margin: 8.0,
        x_area: 28.0,
        y_area: 40.0,
        y_labels: None,
        grid: (0.35, 0.7),
        ..Axes::LESSON
    };
}

impl<'a> Axes<'a> {
    /// The text style of the tick labels (and of legends and notes beside them).
    pub fn font(&self, scale: Scale) -> TextStyle<'static> {
        font(scale, self.text)
    }

    /// Fills `area` white and builds a chart of `x` against `y` on it, without axes: for a
    /// figure that draws its mesh in parts ([`Axes::mesh`]) or none.
    pub fn build<'c, DB: DrawingBackend, X: AsRangedCoord, Y: AsRangedCoord>(
        &self,
        area: &DrawingArea<DB, Shift>,
        scale: Scale,
        x: X,
        y: Y,
    ) -> Result<Built<'c, DB, X, Y>, DrawError<DB>> {
        area.fill(&WHITE)?;
        // A zero size stays zero (no label area), where `Scale::px` gives at least one pixel.
        let px = |css: f64| if css > 0.0 { scale.px(css) } else { 0 };
        let (margin, x_area, y_area) = (px(self.margin), px(self.x_area), px(self.y_area));
        // The last x tick label is centred on the right edge: room for its half.
        let right = margin + if self.x_axis { px(0.9 * self.text) } else { 0 };
        let inner = match self.aspect {
            // Room for the axes, then a plotting area with the data's aspect, centred.
            Some(aspect) => {
                let (w, h) = area.dim_in_pixel();
                let pw = f64::from(w.saturating_sub(margin + right + y_area).max(1));
                let ph = f64::from(h.saturating_sub(2 * margin + x_area).max(1));
                let side_w = pw.min(ph * aspect);
                let side_h = (side_w / aspect).min(ph);
                let (ex, ey) = ((pw - side_w) as u32, (ph - side_h) as u32);
                area.margin(ey / 2, ey - ey / 2, ex / 2, ex - ex / 2)
            }
            None => area.clone(),
        };
        let chart = ChartBuilder::on(&inner)
            .margin(margin)
            .margin_right(right)
            .x_label_area_size(x_area)
            .y_label_area_size(y_area)
            .build_cartesian_2d(x, y)?;
        let n_x = self
            .x_labels
            .unwrap_or_else(|| x_label_count(&inner, scale));
        Ok((chart, Ticks(n_x, self.y_labels.unwrap_or(n_x))))
    }

    /// Draws the parts of the mesh this asks for: grid lines, axes, tick labels, descriptions.
    pub fn mesh<DB: DrawingBackend, X, Y>(
        &self,
        chart: &mut Chart<'_, DB, X, Y>,
        scale: Scale,
        Ticks(n_x, n_y): Ticks,
    ) -> Result<(), DrawError<DB>>
    where
        X: Ranged<ValueType = f64> + ValueFormatter<f64>,
        Y: Ranged<ValueType = f64> + ValueFormatter<f64>,
    {
        let tick = |v: &f64| scale.tick(v);
        let x_tick: &dyn Fn(&f64) -> String = self.x_tick.unwrap_or(&tick);
        let font = self.font(scale);
        let mut mesh = chart.configure_mesh();
        mesh.x_labels(n_x)
            .y_labels(n_y)
            .light_line_style(GRID.mix(self.grid.0))
            .bold_line_style(GRID.mix(self.grid.1))
            .x_label_formatter(x_tick)
            .y_label_formatter(&tick)
            .label_style(font.clone())
            .axis_desc_style(font);
        if let Some(desc) = self.x_desc {
            mesh.x_desc(desc);
        }
        if let Some(desc) = self.y_desc {
            mesh.y_desc(desc);
        }
        if !self.x_grid {
            mesh.disable_x_mesh();
        }
        if !self.y_grid {
            mesh.disable_y_mesh();
        }
        if !self.x_axis {
            mesh.disable_x_axis();
        }
        if !self.y_axis {
            mesh.disable_y_axis();
        }
        mesh.draw()
    }

    /// Fills `area` white and builds a chart of `x` against `y` with its whole mesh drawn.
    pub fn chart<'c, DB: DrawingBackend, X: AsRangedCoord, Y: AsRangedCoord>(
        &self,
        area: &DrawingArea<DB, Shift>,
        scale: Scale,
        x: X,
        y: Y,
    ) -> Result<Chart<'c, DB, Coord<X>, Coord<Y>>, DrawError<DB>>
    where
        X::CoordDescType: Ranged<ValueType = f64> + ValueFormatter<f64>,
        Y::CoordDescType: Ranged<ValueType = f64> + ValueFormatter<f64>,
    {
        let (mut chart, ticks) = self.build(area, scale, x, y)?;
        self.mesh(&mut chart, scale, ticks)?;
        Ok(chart)
    }
}

/// Draws the legend of the chart's labelled series at `position`, on a light box.
pub(crate) fn legend<'c, DB: DrawingBackend + 'c, X: Ranged, Y: Ranged>(
    chart: &mut Chart<'c, DB, X, Y>,
    position: SeriesLabelPosition,
    font: TextStyle<'_>,
) -> Result<(), DrawError<DB>> {
    chart
        .configure_series_labels()
        .position(position)
        .background_style(WHITE.mix(0.85))
        .border_style(GRID)
        .label_font(font)
        .draw()
}

/// The corner of the plotting area (of the ranges `x` and `y`, `plot_px` backend pixels) where
/// a legend of `legend_px` backend pixels covers the fewest of `points`: upper right unless data is there, then upper left, lower
/// right, lower left.
pub(crate) fn emptiest_corner(
    points: impl Iterator<Item = (f64, f64)> + Clone,
    (x, y): ((f64, f64), (f64, f64)),
    legend_px: (f64, f64),
    plot_px: (f64, f64),
) -> SeriesLabelPosition {
    // The legend's box in data units, with a margin around it.
    let fraction = |legend: f64, plot: f64| ((legend + 20.0) / plot.max(1.0)).min(1.0);
    let w = fraction(legend_px.0, plot_px.0) * (x.1 - x.0);
    let h = fraction(legend_px.1, plot_px.1) * (y.1 - y.0);
    let corners = [
        (
            SeriesLabelPosition::UpperRight,
            (x.1 - w, x.1),
            (y.1 - h, y.1),
        ),
        (
            SeriesLabelPosition::UpperLeft,
            (x.0, x.0 + w),
            (y.1 - h, y.1),
        ),
        (
            SeriesLabelPosition::LowerRight,
            (x.1 - w, x.1),
            (y.0, y.0 + h),
        ),
        (
            SeriesLabelPosition::LowerLeft,
            (x.0, x.0 + w),
            (y.0, y.0 + h),
        ),
    ];
    let covered = |(_, (x0, x1), (y0, y1)): &(SeriesLabelPosition, (f64, f64), (f64, f64))| {
        points
            .clone()
            .filter(|&(px, py)| px >= *x0 && px <= *x1 && py >= *y0 && py <= *y1)
            .count()
    };
    let counts: Vec<usize> = corners.iter().map(covered).collect();
    let best = (0..corners.len()).min_by_key(|&i| counts[i]).unwrap_or(0);
    corners
        .into_iter()
        .nth(best)
        .map_or(SeriesLabelPosition::UpperRight, |c| c.0)
}

/// Where the legend of `labels` goes on `chart` (of the ranges `x` and `y`): the corner that
/// covers the fewest of `points` ([`emptiest_corner`]), for a legend of the labels' rows in
/// `font` beside their swatches.
pub(crate) fn legend_corner<'c, DB: DrawingBackend + 'c, X: Ranged, Y: Ranged>(
    chart: &Chart<'c, DB, X, Y>,
    labels: &[&str],
    font: &TextStyle<'_>,
    scale: Scale,
    points: impl Iterator<Item = (f64, f64)> + Clone,
    ranges: ((f64, f64), (f64, f64)),
) -> SeriesLabelPosition {
    let area = chart.plotting_area();
    let widest = labels
        .iter()
        .filter_map(|l| area.estimate_text_size(l, font).ok())
        .map(|(w, _)| f64::from(w))
        .fold(0.0, f64::max);
    let row = font.font.get_size() * 1.5;
    let legend_px = (
        widest + f64::from(scale.px(40.0)),
        labels.len() as f64 * row + f64::from(scale.px(10.0)),
    );
    let (cols, rows) = area.get_pixel_range();
    let plot_px = (
        f64::from(cols.end - cols.start),
        f64::from(rows.end - rows.start),
    );
    emptiest_corner(points, ranges, legend_px, plot_px)
}

/// `text` at `at` (data coordinates) anchored by `style`'s position, on a white box a little
/// larger than the text: a label stays legible where it crosses a line or the grid.
pub(crate) fn halo_text<
    'c,
    DB: DrawingBackend + 'c,
    X: Ranged<ValueType = f64>,
    Y: Ranged<ValueType = f64>,
>(
    chart: &mut Chart<'c, DB, X, Y>,
    text: &str,
    at: (f64, f64),
    style: &TextStyle<'_>,
    scale: Scale,
) -> Result<(), DrawError<DB>> {
    use plotters::style::text_anchor::{HPos, VPos};
    let (w, h) = chart
        .plotting_area()
        .estimate_text_size(text, style)
        .unwrap_or((0, 0));
    let (w, h) = (w as i32, h as i32);
    let pad = scale.px(2.0) as i32;
    let x0 = match style.pos.h_pos {
        HPos::Left => 0,
        HPos::Center => -w / 2,
        HPos::Right => -w,
    };
    let y0 = match style.pos.v_pos {
        VPos::Top => 0,
        VPos::Center => -h / 2,
        VPos::Bottom => -h,
    };
    let plate = Rectangle::new(
        [(x0 - pad, y0 - pad), (x0 + w + pad, y0 + h + pad)],
        WHITE.mix(0.85).filled(),
    );
    chart.draw_series([EmptyElement::at(at)
        + plate
        + Text::new(text.to_string(), (0, 0), style.clone())])?;
    Ok(())
}

/// A legend swatch: a short solid line in `color`.
pub(crate) fn line_swatch(color: RGBColor) -> impl Fn((i32, i32)) -> PathElement<(i32, i32)> {
    move |(x, y)| PathElement::new([(x, y), (x + 18, y)], color.stroke_width(3))
}

impl Frame {
    /// The frame of a chart's plotting area, showing the ranges `x` and `y`.
    pub(crate) fn of<DB: DrawingBackend, X: Ranged, Y: Ranged>(
        chart: &Chart<'_, DB, X, Y>,
        x: (f64, f64),
        y: (f64, f64),
    ) -> Frame {
        let (cols, rows) = chart.plotting_area().get_pixel_range();
        Frame {
            px: (f64::from(cols.start), f64::from(cols.end)),
            py: (f64::from(rows.end), f64::from(rows.start)),
            x,
            y,
        }
    }
}

/// About one x tick label per 70 CSS pixels, so a phone-width plot stays legible.
fn x_label_count<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, scale: Scale) -> usize {
    let css_width = f64::from(area.dim_in_pixel().0) / scale.ratio.max(1.0);
    ((css_width / 70.0) as usize).clamp(3, 12)
}
