//! Multilayer perceptrons: configurable depth, width and activation; linear or tanh output.
//! Initial weights come from the run's [`Rng`], so a seed fixes them on every backend.

use burn::module::{Module, Param};
use burn::nn::Linear;
use burn::tensor::activation::{leaky_relu, relu};
use burn::tensor::{Device, Tensor, TensorData};

use crate::data::Rng;
pub use crate::spec::Activation;

/// The shape of an MLP.
#[derive(Clone, Debug, PartialEq)]
pub struct MlpSpec {
    /// Input width.
    pub input: usize,
    /// Hidden layer widths (the depth is their count).
    pub hidden: Vec<usize>,
    /// Output width.
    pub output: usize,
    /// Hidden nonlinearity.
    pub activation: Activation,
    /// tanh on the output (else linear).
    pub tanh_out: bool,
}

/// An MLP.
#[derive(Module, Debug)]
pub struct Mlp {
    layers: Vec<Linear>,
    #[module(skip)]
    activation: Activation,
    #[module(skip)]
    tanh_out: bool,
}

impl Mlp {
    /// A new MLP with weights and biases uniform in ±1/√fan_in (burn's default scheme), drawn
    /// from `rng`.
    pub fn new(spec: &MlpSpec, rng: &mut Rng, device: &Device) -> Mlp {
        let widths: Vec<usize> = std::iter::once(spec.input)
            .chain(spec.hidden.iter().copied())
            .chain(std::iter::once(spec.output))
            .collect();
        let layers = widths
            .windows(2)
            .map(|w| {
                let (fan_in, fan_out) = (w[0], w[1]);
                let k = 1.0 / (fan_in as f64).sqrt();
                let mut draw = |n: usize| {
                    (0..n)
                        .map(|_| rng.range(-k, k) as f32)
                        .collect::<Vec<f32>>()
                };
                let weight = Tensor::<2>::from_data(
                    TensorData::new(draw(fan_in * fan_out), [fan_in, fan_out]),
                    device,
                );
                let bias =
                    Tensor::<1>::from_data(TensorData::new(draw(fan_out), [fan_out]), device);
                Linear {
                    weight: Param::from_tensor(weight),
                    bias: Some(Param::from_tensor(bias)),
                }
            })
            .collect();
        Mlp {
            layers,
            activation: spec.activation,
            tanh_out: spec.tanh_out,
        }
    }

    /// `[batch, input]` → `[batch, output]`.
    pub fn forward(&self, x: Tensor<2>) -> Tensor<2> {
        let last = self.layers.len().saturating_sub(1);
        let mut h = x;
        for (i, layer) in self.layers.iter().enumerate() {
            h = layer.forward(h);
            if i < last {
                h = match self.activation {
                    Activation::Relu => relu(h),
                    Activation::LeakyRelu => leaky_relu(h, 0.2),
                    Activation::Tanh => h.tanh(),
                };
            }
        }
        if self.tanh_out { h.tanh() } else { h }
    }
}
