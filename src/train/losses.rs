//! GAN losses on discriminator logits u, computed stably: log σ(u) = −softplus(−u) and
//! log(1 − σ(u)) = −softplus(u), with softplus(x) = −log σ(−x) from burn's log-sum-exp
//! `log_sigmoid` (which has its own backward; `max(x, 0) + log1p(e^(−|x|))` would give a zero
//! gradient at x = 0 through `abs` and `relu`, as `tests/losses.rs` showed).

use burn::tensor::Tensor;
use burn::tensor::activation::log_sigmoid;

pub use crate::spec::GanLoss;

/// softplus(x) = log(1 + eˣ), without overflow for large |x|.
pub fn softplus(x: Tensor<2>) -> Tensor<2> {
    log_sigmoid(x.neg()).neg()
}

/// The discriminator's loss for logits on a real and a fake batch (`[batch, 1]` each).
pub fn d_loss(kind: GanLoss, real: Tensor<2>, fake: Tensor<2>) -> Tensor<1> {
    match kind {
        // −E log D(x) − E log(1 − D(G(z))): the negated V(D, G) of the seminar.
        GanLoss::Minimax | GanLoss::NonSaturating => {
            softplus(real.neg()).mean() + softplus(fake).mean()
        }
        GanLoss::LeastSquares => {
            (real - 1.0).powi_scalar(2).mean().mul_scalar(0.5)
                + fake.powi_scalar(2).mean().mul_scalar(0.5)
        }
    }
}

/// The generator's loss for the discriminator's logits on a fake batch.
pub fn g_loss(kind: GanLoss, fake: Tensor<2>) -> Tensor<1> {
    match kind {
        // E log(1 − D(G(z))) = −E softplus(u).
        GanLoss::Minimax => softplus(fake).mean().neg(),
        // −E log D(G(z)) = E softplus(−u).
        GanLoss::NonSaturating => softplus(fake.neg()).mean(),
        GanLoss::LeastSquares => (fake - 1.0).powi_scalar(2).mean().mul_scalar(0.5),
    }
}

/// The discriminator's loss from one pass over `[real; fake]` (`[2n, 1]` logits): `sign` is −1 on
/// real rows and +1 on fake ones, `target` 1 on real rows and 0 on fake ones. Equal to
/// [`d_loss`] on the two halves, with fewer ops.
pub fn d_loss_joint(
    kind: GanLoss,
    logits: Tensor<2>,
    sign: Tensor<2>,
    target: Tensor<2>,
) -> Tensor<1> {
    let n = logits.dims()[0] as f64 / 2.0;
    match kind {
        GanLoss::Minimax | GanLoss::NonSaturating => softplus(logits * sign).sum().div_scalar(n),
        GanLoss::LeastSquares => (logits - target).powi_scalar(2).sum().mul_scalar(0.5 / n),
    }
}
