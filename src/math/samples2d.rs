//! Estimates from 2-D samples that the labs show beside their plots: how many of the data's
//! modes (classes) a model's samples cover, and the Jensen–Shannon divergence between data and
//! samples from kernel-smoothed densities, with the estimator's own noise floor.

use std::collections::HashMap;

use super::kde::{js_grid_2d, kde_2d, knn_bandwidth_2d};

/// What the labs derive from data and model samples.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimate2d {
    /// JS(p_data‖p_model) in nats between the smoothed densities.
    pub js: f64,
    /// The same estimator between two halves of the data sample: its noise floor.
    pub js_noise: f64,
    /// (modes covered, modes in the data).
    pub modes: (usize, usize),
}

/// A sample is counted for a mode when a data sample of that mode lies within this distance.
pub const MODE_RADIUS: f32 = 0.1;

/// The modes (classes) the samples `fake` cover: each sample joins the class of its nearest
/// data sample within [`MODE_RADIUS`]; a class is covered when it gets at least a quarter of its
/// share. The data samples are hashed into cells of that radius, so this is linear in the
/// sample count. Points are flattened `[n, 2]`; `labels` has one class per data point.
pub fn modes_covered(real: &[f32], labels: &[u8], fake: &[f32]) -> (usize, usize) {
    let classes = labels
        .iter()
        .map(|&l| usize::from(l) + 1)
        .max()
        .unwrap_or(1);
    let n_real = labels.len();
    let cell = |x: f32| (x / MODE_RADIUS).floor() as i32;
    let mut cells: HashMap<(i32, i32), Vec<usize>> = HashMap::new();
    let mut share = vec![0usize; classes];
    for (i, (r, &l)) in real.chunks_exact(2).zip(labels).enumerate() {
        share[usize::from(l)] += 1;
        if r[0].is_finite() && r[1].is_finite() {
            cells.entry((cell(r[0]), cell(r[1]))).or_default().push(i);
        }
    }
    let mut got = vec![0usize; classes];
    for f in fake.chunks_exact(2) {
        if !(f[0].is_finite() && f[1].is_finite()) {
            continue;
        }
        let (cx, cy) = (cell(f[0]), cell(f[1]));
        let mut best = (MODE_RADIUS * MODE_RADIUS, None);
        for key in (cx - 1..=cx + 1).flat_map(|x| (cy - 1..=cy + 1).map(move |y| (x, y))) {
            for &i in cells.get(&key).map_or(&[][..], Vec::as_slice) {
                let d = (real[2 * i] - f[0]).powi(2) + (real[2 * i + 1] - f[1]).powi(2);
                if d < best.0 {
                    best = (d, Some(i));
                }
            }
        }
        if let Some(i) = best.1 {
            got[usize::from(labels[i])] += 1;
        }
    }
    let fakes = (fake.len() / 2).max(1) as f64;
    let covered = (0..classes)
        .filter(|&k| {
            share[k] > 0 && got[k] as f64 >= 0.25 * share[k] as f64 / n_real as f64 * fakes
        })
        .count();
    (covered, classes)
}

/// The kernel bandwidth for a data sample: its local scale ([`knn_bandwidth_2d`]), at least one
/// step of an `n`-point grid over `range`, so the kernel never falls between grid points.
/// O(n²) in the samples: compute it once per data set.
pub fn bandwidth(real: &[f32], range: (f64, f64), n: usize) -> f64 {
    let step = (range.1 - range.0) / (n.max(2) - 1) as f64;
    knn_bandwidth_2d(real).max(step)
}

/// The estimates for data `real` (with `labels`) and model samples `fake`, densities smoothed
/// with bandwidth `h` on an `n × n` grid over `range` × `range`.
pub fn estimate(
    real: &[f32],
    labels: &[u8],
    fake: &[f32],
    h: f64,
    range: (f64, f64),
    n: usize,
) -> Estimate2d {
    let p = kde_2d(real, h, range, range, n);
    let q = kde_2d(fake, h, range, range, n);
    let half = real.len() / 4 * 2;
    let a = kde_2d(&real[..half], h, range, range, n);
    let b = kde_2d(&real[half..2 * half], h, range, range, n);
    Estimate2d {
        js: js_grid_2d(&p, &q),
        js_noise: js_grid_2d(&a, &b),
        modes: modes_covered(real, labels, fake),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Rng, Shape2d, sample_2d};

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

    #[test]
    fn a_matching_sample_covers_every_mode_and_sits_near_the_noise_floor() {
        let mut rng = Rng::new(5);
        let (real, labels) = draw(Shape2d::EightGaussians, 1000, &mut rng);
        let (same, _) = draw(Shape2d::EightGaussians, 1000, &mut rng);
        let range = (-1.25, 1.25);
        let h = bandwidth(&real, range, 48);
        let e = estimate(&real, &labels, &same, h, range, 48);
        assert_eq!(e.modes, (8, 8));
        assert!(e.js < e.js_noise, "{e:?}");
        assert!(e.js_noise < 0.03, "{e:?}");
    }

    #[test]
    fn a_collapsed_sample_covers_one_mode_and_a_line_is_not_mistaken_for_two_modes() {
        let mut rng = Rng::new(6);
        let range = (-1.25, 1.25);
        let (real, labels) = draw(Shape2d::EightGaussians, 1000, &mut rng);
        let one: Vec<f32> = real
            .chunks_exact(2)
            .zip(&labels)
            .filter(|(_, l)| **l == 0)
            .flat_map(|(p, _)| [p[0], p[1]])
            .collect();
        let h = bandwidth(&real, range, 48);
        let e = estimate(&real, &labels, &one, h, range, 48);
        assert_eq!(e.modes, (1, 8));
        assert!(e.js > 0.4, "{e:?}");
        // Two Gaussians and a generator that draws a thin line through both: both modes are
        // "covered", but the estimate (kernel at the data's local scale) is far above its floor.
        let (real, labels) = draw(Shape2d::TwoGaussians, 1000, &mut rng);
        let line: Vec<f32> = real
            .chunks_exact(2)
            .flat_map(|p| {
                let t = p[0] * 0.78 + p[1] * 0.62;
                [t * 0.78, t * 0.62]
            })
            .collect();
        let h = bandwidth(&real, range, 48);
        let e = estimate(&real, &labels, &line, h, range, 48);
        assert_eq!(e.modes.1, 2);
        assert!(e.js > 5.0 * e.js_noise, "{e:?}");
        assert_eq!(modes_covered(&[], &[], &line), (0, 1));
    }
}
