//! 1-D mixtures of Gaussians in the lessons' URL format `w:mu:sigma,w:mu:sigma` (weights are
//! normalised to sum 1; sigma > 0).

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::Rng;

/// One Gaussian component.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Component {
    /// Weight (normalised in a [`Mixture`]).
    pub w: f64,
    /// Mean.
    pub mu: f64,
    /// Standard deviation, > 0.
    pub sigma: f64,
}

/// A 1-D Gaussian mixture. Its serde form is the list of components, checked on the way in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "Vec<Component>", into = "Vec<Component>")]
pub struct Mixture {
    components: Vec<Component>,
}

/// Why a mixture string was refused.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum MixtureError {
    /// Nothing was given.
    #[error("the mixture is empty")]
    Empty,
    /// A component is not `w:mu:sigma`.
    #[error("“{0}” is not of the form w:mu:sigma")]
    Malformed(String),
    /// A number is unreadable or not finite.
    #[error("“{0}” is not a finite number")]
    NotANumber(String),
    /// A weight is negative, or all are zero.
    #[error("weights must be ≥ 0 and not all zero")]
    BadWeights,
    /// A spread is not positive.
    #[error("sigma must be > 0")]
    BadSigma,
    /// Too many components.
    #[error("at most {0} components")]
    TooMany(usize),
}

impl TryFrom<Vec<Component>> for Mixture {
    type Error = MixtureError;
    fn try_from(components: Vec<Component>) -> Result<Mixture, MixtureError> {
        Mixture::new(components)
    }
}

impl From<Mixture> for Vec<Component> {
    fn from(m: Mixture) -> Vec<Component> {
        m.components
    }
}

impl Mixture {
    /// The most components a mixture may have (the cGAN lesson's marginal: 3 classes of 3).
    pub const MAX_COMPONENTS: usize = 9;

    /// A mixture from components; weights are normalised.
    pub fn new(components: Vec<Component>) -> Result<Mixture, MixtureError> {
        if components.is_empty() {
            return Err(MixtureError::Empty);
        }
        if components.len() > Self::MAX_COMPONENTS {
            return Err(MixtureError::TooMany(Self::MAX_COMPONENTS));
        }
        if components
            .iter()
            .any(|c| !(c.sigma.is_finite() && c.sigma > 0.0))
        {
            return Err(MixtureError::BadSigma);
        }
        let total: f64 = components.iter().map(|c| c.w).sum();
        if components.iter().any(|c| c.w < 0.0 || !c.w.is_finite())
            || total <= 0.0
            || total.is_nan()
        {
            return Err(MixtureError::BadWeights);
        }
        Ok(Mixture {
            components: components
                .into_iter()
                .map(|c| Component {
                    w: c.w / total,
                    ..c
                })
                .collect(),
        })
    }

    /// N(0, 1).
    pub fn standard_normal() -> Mixture {
        Mixture {
            components: vec![Component {
                w: 1.0,
                mu: 0.0,
                sigma: 1.0,
            }],
        }
    }

    /// A single Gaussian N(mu, sigma²).
    pub fn gaussian(mu: f64, sigma: f64) -> Result<Mixture, MixtureError> {
        Mixture::new(vec![Component { w: 1.0, mu, sigma }])
    }

    /// Parses `w:mu:sigma,…`.
    pub fn parse(s: &str) -> Result<Mixture, MixtureError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(MixtureError::Empty);
        }
        let number = |t: &str| -> Result<f64, MixtureError> {
            t.trim()
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(|| MixtureError::NotANumber(t.trim().into()))
        };
        let components = s
            .split(',')
            .map(|part| {
                let fields: Vec<&str> = part.split(':').collect();
                match fields.as_slice() {
                    [w, mu, sigma] => Ok(Component {
                        w: number(w)?,
                        mu: number(mu)?,
                        sigma: number(sigma)?,
                    }),
                    _ => Err(MixtureError::Malformed(part.trim().into())),
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        Mixture::new(components)
    }

    /// The components, weights summing to 1.
    pub fn components(&self) -> &[Component] {
        &self.components
    }

    /// The URL form, shortest round-trip numbers.
    pub fn to_param(&self) -> String {
        self.components
            .iter()
            .map(|c| format!("{}:{}:{}", c.w, c.mu, c.sigma))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The density at `x`.
    pub fn pdf(&self, x: f64) -> f64 {
        self.components
            .iter()
            .map(|c| {
                let z = (x - c.mu) / c.sigma;
                c.w * (-0.5 * z * z).exp() / (c.sigma * (std::f64::consts::TAU).sqrt())
            })
            .sum()
    }

    /// The mean.
    pub fn mean(&self) -> f64 {
        self.components.iter().map(|c| c.w * c.mu).sum()
    }

    /// The standard deviation.
    pub fn std(&self) -> f64 {
        let m = self.mean();
        let second: f64 = self
            .components
            .iter()
            .map(|c| c.w * (c.sigma * c.sigma + c.mu * c.mu))
            .sum();
        (second - m * m).max(0.0).sqrt()
    }

    /// One sample.
    pub fn sample(&self, rng: &mut Rng) -> f64 {
        self.sample_labelled(rng).0
    }

    /// One sample with the index of the component it came from (its class, for a cGAN).
    pub fn sample_labelled(&self, rng: &mut Rng) -> (f64, usize) {
        let u = rng.uniform();
        let mut acc = 0.0;
        let last = self.components.len() - 1;
        let mut k = last;
        for (i, c) in self.components.iter().enumerate() {
            acc += c.w;
            if u < acc {
                k = i;
                break;
            }
        }
        let c = self.components[k];
        (c.mu + c.sigma * rng.normal(), k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_normalises() {
        let m = Mixture::parse("1:-2:0.5, 3:2:1").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            m.components()[0],
            Component {
                w: 0.25,
                mu: -2.0,
                sigma: 0.5
            }
        );
        assert_eq!(Mixture::parse(&m.to_param()), Ok(m.clone()));
        assert!((m.mean() - 1.0).abs() < 1e-15);
    }

    #[test]
    fn refuses_bad_strings() {
        assert_eq!(Mixture::parse(""), Err(MixtureError::Empty));
        assert_eq!(
            Mixture::parse("1:2"),
            Err(MixtureError::Malformed("1:2".into()))
        );
        assert_eq!(
            Mixture::parse("1:x:1"),
            Err(MixtureError::NotANumber("x".into()))
        );
        assert_eq!(Mixture::parse("1:0:0"), Err(MixtureError::BadSigma));
        assert_eq!(Mixture::parse("-1:0:1"), Err(MixtureError::BadWeights));
        assert_eq!(Mixture::parse("0:0:1"), Err(MixtureError::BadWeights));
    }

    #[test]
    fn samples_have_the_right_moments() {
        let m = Mixture::parse("0.3:-1:0.4,0.7:2:0.8").unwrap_or_else(|e| panic!("{e}"));
        let mut rng = Rng::new(3);
        let xs: Vec<f64> = (0..200_000).map(|_| m.sample(&mut rng)).collect();
        let mean = xs.iter().sum::<f64>() / xs.len() as f64;
        let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / xs.len() as f64;
        assert!((mean - m.mean()).abs() < 0.01, "{mean} vs {}", m.mean());
        assert!((var.sqrt() - m.std()).abs() < 0.01);
        // ∫ pdf = 1 (trapezoid on a wide grid).
        let h = 1e-3;
        let integral: f64 = (-10_000..=10_000).map(|i| m.pdf(i as f64 * h)).sum::<f64>() * h;
        assert!((integral - 1.0).abs() < 1e-9, "{integral}");
    }
}
