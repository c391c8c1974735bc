//! Real and generated samples of a training run: a 2-D scatter, or for 1-D data a strip of
//! points (x against a fixed jitter, so overlapping samples stay visible).

use plotters::coord::Shift;
use plotters::prelude::*;

use super::chart::{Axes, DrawError};
use super::{CURVE, HIGHLIGHT, Scale};

/// What the samples figure shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SamplesFigure {
    /// Data dimension (1 or 2).
    pub dim: usize,
    /// Real samples, flattened `[n, dim]`.
    pub real: Vec<f32>,
    /// Generated samples, flattened `[n, dim]`.
    pub fake: Vec<f32>,
}

impl SamplesFigure {
    /// The square view that holds every sample, with a margin (at least [−1, 1]).
    fn range(&self) -> (f64, f64) {
        let max = self
            .real
            .iter()
            .chain(&self.fake)
            .filter(|v| v.is_finite())
            .fold(1.0f64, |m, v| m.max(f64::from(v.abs())));
        let r = (max * 1.1).min(1e6);
        (-r, r)
    }
}

/// Draws real samples (blue) and generated ones (orange).
pub fn draw_samples<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    fig: &SamplesFigure,
    scale: Scale,
) -> Result<(), DrawError<DB>> {
    let (lo, hi) = fig.range();
    let dim = fig.dim.clamp(1, 2);
    let (y_lo, y_hi) = if dim == 2 { (lo, hi) } else { (-1.0, 1.0) };
    let axes = Axes {
        x_labels: Some(11),
        y_labels: Some(11),
        grid: (0.5, 1.0),
        ..Axes::PLANE
    };
    let mut chart = axes.chart(area, scale, lo..hi, y_lo..y_hi)?;
    let r = scale.px(2.5);
    let points = |values: &[f32]| -> Vec<(f64, f64)> {
        values
            .chunks_exact(dim)
            .enumerate()
            .filter(|(_, p)| p.iter().all(|v| v.is_finite()))
            .map(|(i, p)| {
                let x = f64::from(p[0]);
                let y = if dim == 2 {
                    f64::from(p[1])
                } else {
                    // A fixed jitter in (−0.9, 0.9) by index (golden-ratio sequence).
                    ((i as f64 * 0.618_033_988_75).fract() - 0.5) * 1.8
                };
                (x, y)
            })
            .collect()
    };
    chart.draw_series(
        points(&fig.real)
            .into_iter()
            .map(|p| Circle::new(p, r, CURVE.mix(0.6).filled())),
    )?;
    chart.draw_series(
        points(&fig.fake)
            .into_iter()
            .map(|p| Circle::new(p, r, HIGHLIGHT.mix(0.8).filled())),
    )?;
    Ok(())
}
