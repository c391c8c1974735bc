//! What the page measures on both models' samples, with the same estimators and the same
//! sample sizes: the labs' smoothed JS estimate and mode count
//! ([`estimate`](crate::math::samples2d::estimate)), and two nearest-neighbour distances that
//! separate the two ways of being wrong: samples off the data (blur, a VAE's failure) and data
//! far from every sample (dropped modes, a GAN's failure).
//!
//! Two models are measured several times a second, so what depends on the data alone (the
//! kernel bandwidth, the data's smoothed density, the noise floors) is computed once per data
//! sample in a [`Reference`]; its estimates equal [`estimate`](crate::math::samples2d::estimate)'s
//! exactly (a unit test checks it).

use crate::math::kde::{Grid2, js_grid_2d, kde_2d};
use crate::math::samples2d::{Estimate2d, bandwidth, modes_covered};

use super::{BOX, GRID_N};

/// Nearest-neighbour distances between data and model samples; every mean is over the same
/// number of points (half the data sample), so the three numbers compare directly.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Neighbours {
    /// Mean distance from a model sample to the nearest data point: how far samples stray
    /// off the data (blur).
    pub to_data: f64,
    /// Mean distance from a data point to the nearest model sample: how much of the data the
    /// model leaves without samples (dropped modes).
    pub to_model: f64,
    /// The same distances between two halves of the data sample: what a perfect model scores.
    pub floor: f64,
}

/// The finite points of a flattened `[n, 2]` buffer, sorted by x (for [`mean_nearest`]).
fn sorted(points: &[f32]) -> Vec<(f32, f32)> {
    let mut out: Vec<(f32, f32)> = points
        .chunks_exact(2)
        .filter(|p| p[0].is_finite() && p[1].is_finite())
        .map(|p| (p[0], p[1]))
        .collect();
    out.sort_by(|a, b| a.0.total_cmp(&b.0));
    out
}

/// The mean over the finite points of `from` (flattened `[n, 2]`) of the distance to the
/// nearest point of `to` (from [`sorted`]); NaN if either has none. Each query sweeps outward
/// in x from its place in `to` and stops once the x gap alone exceeds the best distance.
fn mean_nearest(from: &[f32], to: &[(f32, f32)]) -> f64 {
    if to.is_empty() {
        return f64::NAN;
    }
    let (mut sum, mut n) = (0.0, 0usize);
    for a in from
        .chunks_exact(2)
        .filter(|p| p[0].is_finite() && p[1].is_finite())
    {
        let (x, y) = (a[0], a[1]);
        let i = to.partition_point(|p| p.0 < x);
        let mut best = f32::INFINITY;
        let mut visit = |p: &(f32, f32)| {
            let dx = p.0 - x;
            if dx * dx >= best {
                return false;
            }
            best = best.min(dx * dx + (p.1 - y) * (p.1 - y));
            true
        };
        for p in &to[i..] {
            if !visit(p) {
                break;
            }
        }
        for p in to[..i].iter().rev() {
            if !visit(p) {
                break;
            }
        }
        sum += f64::from(best).sqrt();
        n += 1;
    }
    if n == 0 { f64::NAN } else { sum / n as f64 }
}

/// Floats in the first half of a data sample of `len` floats (a whole number of points).
fn half(len: usize) -> usize {
    len / 4 * 2
}

/// Everything the page derives for one model.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// JS estimate, its noise floor and the modes covered.
    pub estimate: Estimate2d,
    /// Nearest-neighbour distances.
    pub neighbours: Neighbours,
}

/// What the estimates need from the data sample alone.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    real: Vec<f32>,
    labels: Vec<u8>,
    /// The kernel bandwidth ([`bandwidth`]: the data's local scale).
    h: f64,
    /// The data's smoothed density on the grid.
    p: Grid2,
    js_noise: f64,
    /// The first half of the data, sorted by x.
    first: Vec<(f32, f32)>,
    floor: f64,
}

impl Reference {
    /// The reference for data `real` (flattened `[n, 2]`) with one class label per point.
    /// O(n²) in the points (the bandwidth): build it once per data sample.
    pub fn new(real: &[f32], labels: &[u8]) -> Reference {
        let h = bandwidth(real, BOX, GRID_N);
        let grid = |points: &[f32]| kde_2d(points, h, BOX, BOX, GRID_N);
        let k = half(real.len());
        let (a, b) = (&real[..k], &real[k..2 * k]);
        let (first, second) = (sorted(a), sorted(b));
        Reference {
            real: real.to_vec(),
            labels: labels.to_vec(),
            h,
            p: grid(real),
            js_noise: js_grid_2d(&grid(a), &grid(b)),
            floor: 0.5 * (mean_nearest(b, &first) + mean_nearest(a, &second)),
            first,
        }
    }

    /// Whether this is the reference for `real`.
    pub fn is_for(&self, real: &[f32]) -> bool {
        self.real == real
    }

    /// The kernel bandwidth.
    pub fn bandwidth(&self) -> f64 {
        self.h
    }

    /// The estimates for model `samples` (flattened `[n, 2]`): the labs' JS estimate and mode
    /// count over all of them; the distances over as many of them as half the data.
    pub fn compare(&self, samples: &[f32]) -> Comparison {
        let q = kde_2d(samples, self.h, BOX, BOX, GRID_N);
        let k = half(self.real.len());
        let model = &samples[..k.min(samples.len() / 2 * 2)];
        let a = &self.real[..k];
        Comparison {
            estimate: Estimate2d {
                js: js_grid_2d(&self.p, &q),
                js_noise: self.js_noise,
                modes: modes_covered(&self.real, &self.labels, samples),
            },
            neighbours: Neighbours {
                to_data: mean_nearest(model, &self.first),
                to_model: mean_nearest(a, &sorted(model)),
                floor: self.floor,
            },
        }
    }
}

/// The page's estimates for data `real` (with its class `labels`) and model `samples`, in one
/// go (the page keeps the [`Reference`] instead).
pub fn compare(real: &[f32], labels: &[u8], samples: &[f32]) -> Comparison {
    Reference::new(real, labels).compare(samples)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Rng, Shape2d, sample_2d};
    use crate::math::samples2d::estimate;

    fn draw(shape: Shape2d, n: usize, rng: &mut Rng) -> (Vec<f32>, Vec<u8>) {
        let mut xs = Vec::new();
        let mut ls = Vec::new();
        for _ in 0..n {
            let (x, l) = sample_2d(shape, rng);
            xs.extend(x.map(|v| v as f32));
            ls.push(l as u8);
        }
        (xs, ls)
    }

    /// Brute force: every pair.
    fn brute(from: &[f32], to: &[f32]) -> f64 {
        let mut sum = 0.0;
        for a in from.chunks_exact(2) {
            let best = to
                .chunks_exact(2)
                .map(|b| (a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]))
                .fold(f32::INFINITY, f32::min);
            sum += f64::from(best).sqrt();
        }
        sum / (from.len() / 2) as f64
    }

    #[test]
    fn the_reference_gives_the_labs_estimate_exactly_and_the_sweep_the_nearest_point() {
        let mut rng = Rng::new(8);
        let (real, labels) = draw(Shape2d::TwoMoons, 1000, &mut rng);
        let (fake, _) = draw(Shape2d::Spiral, 1000, &mut rng);
        let r = Reference::new(&real, &labels);
        let h = bandwidth(&real, BOX, GRID_N);
        assert_eq!(r.bandwidth(), h);
        let c = r.compare(&fake);
        assert_eq!(c.estimate, estimate(&real, &labels, &fake, h, BOX, GRID_N));
        assert!(r.is_for(&real) && !r.is_for(&fake));
        let (a, b) = (&real[..1000], &real[1000..]);
        let close = |x: f64, y: f64| (x - y).abs() < 1e-12;
        assert!(close(c.neighbours.to_data, brute(&fake[..1000], a)));
        assert!(close(c.neighbours.to_model, brute(a, &fake[..1000])));
        assert!(close(c.neighbours.floor, 0.5 * (brute(b, a) + brute(a, b))));
    }

    #[test]
    fn blur_raises_the_distance_to_data_and_a_dropped_mode_the_distance_to_samples() {
        let mut rng = Rng::new(3);
        let (real, labels) = draw(Shape2d::EightGaussians, 1000, &mut rng);
        let (same, _) = draw(Shape2d::EightGaussians, 1000, &mut rng);
        let fair = compare(&real, &labels, &same).neighbours;
        assert!(
            (fair.to_data / fair.floor - 1.0).abs() < 0.2
                && (fair.to_model / fair.floor - 1.0).abs() < 0.2,
            "{fair:?}"
        );
        // Blurred: every sample moved by N(0, 0.15²) in each coordinate.
        let blurred: Vec<f32> = same
            .iter()
            .map(|&v| v + (0.15 * rng.normal()) as f32)
            .collect();
        let blur = compare(&real, &labels, &blurred).neighbours;
        assert!(blur.to_data > 2.0 * fair.floor, "{blur:?}");
        assert!(
            blur.to_model < 2.5 * fair.floor && blur.to_model < 0.5 * blur.to_data,
            "{blur:?}"
        );
        // Collapsed: only the first of the eight modes.
        let one: Vec<f32> = same
            .chunks_exact(2)
            .filter(|p| p[0] > 0.5 && p[1].abs() < 0.3)
            .flatten()
            .copied()
            .collect();
        let collapsed = compare(&real, &labels, &one);
        assert!(
            collapsed.neighbours.to_data < 1.5 * fair.floor,
            "{collapsed:?}"
        );
        assert!(
            collapsed.neighbours.to_model > 10.0 * fair.floor,
            "{collapsed:?}"
        );
        assert_eq!(collapsed.estimate.modes, (1, 8));
        // Nothing to compare with: NaN, never a panic.
        assert!(compare(&real, &labels, &[]).neighbours.to_data.is_nan());
        assert!(compare(&[], &[], &same).neighbours.floor.is_nan());
        let nan = [f32::NAN, 0.0, 0.1, 0.1];
        assert!(mean_nearest(&nan, &sorted(&[0.1, 0.1])).abs() < 1e-9);
    }
}
