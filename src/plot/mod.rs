//! Figures drawn with plotters, generic over [`plotters::prelude::DrawingBackend`] so native
//! tests render them to SVG and the page renders them to a canvas (`components::plot_canvas` is
//! the one file that touches the canvas). Every figure sets up its chart with `chart::Axes`.

mod bars;
mod chart;
mod distance;
pub mod divergence;
pub mod field2d;
pub mod lines;
pub mod plane;
pub mod samples;
pub mod xlogx;

use plotters::style::RGBColor;

use crate::i18n::Lang;

/// A tick label: rounded to 9 decimals (no `0.15000000000000002`), never `-0`, with a true
/// minus sign and the decimal separator of `lang` (a comma in Russian).
pub fn tick(v: &f64, lang: Lang) -> String {
    let r = (v * 1e9).round() / 1e9;
    let s = format!("{}", if r == 0.0 { 0.0 } else { r }).replace('-', "−");
    match lang {
        Lang::Ru => s.replace('.', ","),
        Lang::En => s,
    }
}

/// How a figure is drawn for its page: sizes of text and marks (multiplied by the device pixel
/// ratio) and the language of its words and numbers.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    /// Backend pixels per CSS pixel.
    pub ratio: f64,
    /// The page's language: tick labels follow its decimal separator.
    pub lang: Lang,
}

impl Scale {
    /// A scale of `ratio` backend pixels per CSS pixel, for a page in `lang`.
    pub const fn new(ratio: f64, lang: Lang) -> Scale {
        Scale { ratio, lang }
    }

    /// A length in backend pixels for `css_px` CSS pixels.
    pub fn px(self, css_px: f64) -> u32 {
        (css_px * self.ratio).round().max(1.0) as u32
    }

    /// A tick label in this figure's language (see [`tick`]).
    pub fn tick(self, v: &f64) -> String {
        tick(v, self.lang)
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

#[cfg(test)]
mod tests {
    #[test]
    fn ticks_are_clean() {
        use crate::i18n::Lang::{En, Ru};
        assert_eq!(super::tick(&-0.0, En), "0");
        assert_eq!(super::tick(&-1e-17, En), "0");
        assert_eq!(super::tick(&(0.1 + 0.05), En), "0.15");
        assert_eq!(super::tick(&-0.35, En), "−0.35");
        assert_eq!(super::tick(&-0.35, Ru), "−0,35");
        assert_eq!(super::tick(&2.0, Ru), "2");
    }
}
