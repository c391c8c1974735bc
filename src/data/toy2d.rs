//! 2-D toy shapes: those GAN Lab offers (a line, two Gaussians, a ring, three disjoint blobs)
//! and the usual harder ones (8 Gaussians on a ring, a spiral, two moons). Each sample carries
//! a class label for the conditional GAN.

use serde::{Deserialize, Serialize};

use super::Rng;

/// A 2-D data shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shape2d {
    /// A noisy diagonal segment.
    Line,
    /// Two Gaussian blobs.
    TwoGaussians,
    /// A noisy circle.
    Ring,
    /// Three disjoint blobs.
    ThreeBlobs,
    /// Eight Gaussians on a circle.
    EightGaussians,
    /// A two-armed spiral.
    Spiral,
    /// Two interleaved half circles.
    TwoMoons,
}

impl Shape2d {
    /// Every shape's URL name, in menu order (the order of [`Shape2d::ALL`]).
    pub const NAMES: [&'static str; 7] = [
        "line",
        "two-gaussians",
        "ring",
        "three-blobs",
        "eight-gaussians",
        "spiral",
        "two-moons",
    ];

    /// Every shape, in menu order.
    pub const ALL: [Shape2d; 7] = [
        Shape2d::Line,
        Shape2d::TwoGaussians,
        Shape2d::Ring,
        Shape2d::ThreeBlobs,
        Shape2d::EightGaussians,
        Shape2d::Spiral,
        Shape2d::TwoMoons,
    ];

    /// The URL spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Shape2d::Line => "line",
            Shape2d::TwoGaussians => "two-gaussians",
            Shape2d::Ring => "ring",
            Shape2d::ThreeBlobs => "three-blobs",
            Shape2d::EightGaussians => "eight-gaussians",
            Shape2d::Spiral => "spiral",
            Shape2d::TwoMoons => "two-moons",
        }
    }

    /// Parses [`Shape2d::as_str`].
    pub fn parse(s: &str) -> Option<Shape2d> {
        Shape2d::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// How many class labels its samples carry.
    pub fn classes(self) -> usize {
        match self {
            Shape2d::Line | Shape2d::Ring => 1,
            Shape2d::TwoGaussians | Shape2d::Spiral | Shape2d::TwoMoons => 2,
            Shape2d::ThreeBlobs => 3,
            Shape2d::EightGaussians => 8,
        }
    }
}

/// One labelled sample of `shape`, roughly within [−1, 1]².
pub fn sample_2d(shape: Shape2d, rng: &mut Rng) -> ([f64; 2], usize) {
    let noise = |rng: &mut Rng, s: f64| [s * rng.normal(), s * rng.normal()];
    match shape {
        Shape2d::Line => {
            let t = rng.range(-0.8, 0.8);
            let n = noise(rng, 0.03);
            ([t + n[0], 0.5 * t + n[1]], 0)
        }
        Shape2d::TwoGaussians => {
            let k = rng.below(2);
            let c = if k == 0 { [-0.5, -0.4] } else { [0.5, 0.4] };
            let n = noise(rng, 0.12);
            ([c[0] + n[0], c[1] + n[1]], k)
        }
        Shape2d::Ring => {
            let a = rng.range(0.0, std::f64::consts::TAU);
            let r = 0.6 + 0.04 * rng.normal();
            ([r * a.cos(), r * a.sin()], 0)
        }
        Shape2d::ThreeBlobs => {
            let k = rng.below(3);
            let c = [[-0.6, -0.5], [0.6, -0.5], [0.0, 0.6]][k];
            let n = noise(rng, 0.08);
            ([c[0] + n[0], c[1] + n[1]], k)
        }
        Shape2d::EightGaussians => {
            let k = rng.below(8);
            let a = std::f64::consts::TAU * k as f64 / 8.0;
            let n = noise(rng, 0.05);
            ([0.7 * a.cos() + n[0], 0.7 * a.sin() + n[1]], k)
        }
        Shape2d::Spiral => {
            let k = rng.below(2);
            let t = rng.uniform().sqrt() * 3.0 * std::f64::consts::PI;
            let r = 0.8 * t / (3.0 * std::f64::consts::PI);
            let a = t + std::f64::consts::PI * k as f64;
            let n = noise(rng, 0.02);
            ([r * a.cos() + n[0], r * a.sin() + n[1]], k)
        }
        Shape2d::TwoMoons => {
            let k = rng.below(2);
            let a = rng.range(0.0, std::f64::consts::PI);
            let n = noise(rng, 0.04);
            let (x, y) = if k == 0 {
                (a.cos(), a.sin())
            } else {
                (1.0 - a.cos(), 0.5 - a.sin())
            };
            ([0.6 * (x - 0.5) + n[0], 0.6 * (y - 0.25) + n[1]], k)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_stay_in_view_and_label_their_classes() {
        let mut rng = Rng::new(5);
        for shape in Shape2d::ALL {
            assert_eq!(Shape2d::parse(shape.as_str()), Some(shape));
            let mut seen = vec![0usize; shape.classes()];
            for _ in 0..5_000 {
                let ([x, y], k) = sample_2d(shape, &mut rng);
                assert!(x.abs() < 1.3 && y.abs() < 1.3, "{shape:?}: ({x}, {y})");
                seen[k] += 1;
            }
            assert!(
                seen.iter().all(|&c| c > 5_000 / shape.classes() / 2),
                "{shape:?}: {seen:?}"
            );
        }
    }

    #[test]
    fn eight_gaussians_sit_on_their_circle() {
        let mut rng = Rng::new(9);
        for _ in 0..1000 {
            let ([x, y], k) = sample_2d(Shape2d::EightGaussians, &mut rng);
            let a = std::f64::consts::TAU * k as f64 / 8.0;
            assert!(((x - 0.7 * a.cos()).powi(2) + (y - 0.7 * a.sin()).powi(2)).sqrt() < 0.3);
        }
    }
}
