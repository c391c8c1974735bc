//! Where training data comes from: a 1-D mixture or a 2-D shape, sampled with class labels
//! from the run's [`Rng`].

use crate::data::{Mixture, Rng, Shape2d, sample_2d};

/// What a model learns to imitate.
#[derive(Clone, Debug, PartialEq)]
pub enum DataSource {
    /// A 1-D Gaussian mixture.
    Mixture(Mixture),
    /// A 2-D shape.
    Shape(Shape2d),
}

impl DataSource {
    /// The data's dimension.
    pub fn dim(&self) -> usize {
        match self {
            DataSource::Mixture(_) => 1,
            DataSource::Shape(_) => 2,
        }
    }

    /// `n` samples, flattened `[n, dim]`.
    pub fn sample(&self, n: usize, rng: &mut Rng) -> Vec<f32> {
        self.sample_labelled(n, rng).0
    }

    /// How many classes its samples are labelled with (a mixture: one per component).
    pub fn classes(&self) -> usize {
        match self {
            DataSource::Mixture(m) => m.components().len(),
            DataSource::Shape(s) => s.classes(),
        }
    }

    /// `n` samples, flattened `[n, dim]`, with their class labels.
    pub fn sample_labelled(&self, n: usize, rng: &mut Rng) -> (Vec<f32>, Vec<usize>) {
        let mut xs = Vec::with_capacity(n * self.dim());
        let mut ys = Vec::with_capacity(n);
        for _ in 0..n {
            let y = match self {
                DataSource::Mixture(m) => {
                    let (x, y) = m.sample_labelled(rng);
                    xs.push(x as f32);
                    y
                }
                DataSource::Shape(s) => {
                    let (x, y) = sample_2d(*s, rng);
                    xs.extend(x.map(|v| v as f32));
                    y
                }
            };
            ys.push(y);
        }
        (xs, ys)
    }
}
