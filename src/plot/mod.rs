//! Figures drawn with plotters, generic over [`DrawingBackend`] so native tests render them to
//! SVG and the page renders them to a canvas (`components::plot_canvas` is the one file that
//! touches the canvas).

pub mod divergence;
pub mod field2d;
pub mod lines;
pub mod plane;
pub mod samples;
pub mod xlogx;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingBackend};
use plotters::style::RGBColor;

/// A tick label: rounded to 9 decimals (no `0.15000000000000002`) and never `-0`.
pub fn tick(v: &f64) -> String {
    let r = (v * 1e9).round() / 1e9;
    format!("{}", if r == 0.0 { 0.0 } else { r })
}

/// Sizes of text and marks, multiplied by the device pixel ratio on the page.
#[derive(Clone, Copy, Debug)]
pub struct Scale(pub f64);

impl Scale {
    /// A length in backend pixels for `css_px` CSS pixels.
    pub fn px(self, css_px: f64) -> u32 {
        (css_px * self.0).round().max(1.0) as u32
    }
}

/// The curve's colour (a blue that keeps 4.5:1 contrast on white).
pub const CURVE: RGBColor = RGBColor(0x1f, 0x4e, 0x99);
/// Points from the user's distribution.
pub const POINT: RGBColor = RGBColor(0xc0, 0x39, 0x2b);
/// Highlights tied to the current derivation step.
pub const HIGHLIGHT: RGBColor = RGBColor(0xe6, 0x7e, 0x22);
/// Axis and text colour.
pub const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
/// Light grid lines.
pub const GRID: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);

/// About one x tick label per 70 CSS pixels, so a phone-width plot stays legible.
pub(crate) fn x_label_count<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scale: Scale,
) -> usize {
    let css_width = f64::from(area.dim_in_pixel().0) / scale.0.max(1.0);
    ((css_width / 70.0) as usize).clamp(3, 12)
}

#[cfg(test)]
mod tests {
    #[test]
    fn ticks_are_clean() {
        assert_eq!(super::tick(&-0.0), "0");
        assert_eq!(super::tick(&-1e-17), "0");
        assert_eq!(super::tick(&(0.1 + 0.05)), "0.15");
        assert_eq!(super::tick(&-0.35), "-0.35");
    }
}
