//! The GAN losses: values and gradients against f64 references (closed forms and finite
//! differences), stable at extreme logits (no NaN, no ∞).
#![cfg(feature = "engine")]

use burn::tensor::{Device, Tensor, TensorData};
use genlab::train::losses::{GanLoss, d_loss, d_loss_joint, g_loss};

const LOGITS: [f64; 6] = [-40.0, -3.0, -0.5, 0.0, 2.0, 35.0];

fn softplus(x: f64) -> f64 {
    x.max(0.0) + (-x.abs()).exp().ln_1p()
}

/// f64 reference of a generator loss over the logits.
fn g_ref(kind: GanLoss, u: &[f64]) -> f64 {
    let n = u.len() as f64;
    u.iter()
        .map(|&u| match kind {
            GanLoss::Minimax => -softplus(u),
            GanLoss::NonSaturating => softplus(-u),
            GanLoss::LeastSquares => 0.5 * (u - 1.0) * (u - 1.0),
        })
        .sum::<f64>()
        / n
}

fn tensor(u: &[f64], device: &Device) -> Tensor<2> {
    let v: Vec<f32> = u.iter().map(|&x| x as f32).collect();
    Tensor::from_data(TensorData::new(v, [u.len(), 1]), device)
}

fn read(t: Tensor<2>) -> Vec<f64> {
    t.into_data()
        .try_to_vec::<f32>()
        .unwrap_or_else(|e| panic!("{e:?}"))
        .into_iter()
        .map(f64::from)
        .collect()
}

#[test]
fn generator_losses_match_f64_and_finite_differences() {
    let device = Device::flex().autodiff();
    for kind in [
        GanLoss::Minimax,
        GanLoss::NonSaturating,
        GanLoss::LeastSquares,
    ] {
        let u = tensor(&LOGITS, &device).require_grad();
        let loss = g_loss(kind, u.clone());
        let value = f64::from(loss.clone().into_scalar::<f32>());
        let reference = g_ref(kind, &LOGITS);
        assert!(
            (value - reference).abs() <= 1e-5 * reference.abs().max(1.0),
            "{kind:?}: {value} vs {reference}"
        );
        let grad = read(
            u.grad(&loss.backward())
                .unwrap_or_else(|| panic!("{kind:?}: no gradient")),
        );
        for (i, g) in grad.iter().enumerate() {
            let h = 1e-6;
            let (mut up, mut down) = (LOGITS, LOGITS);
            up[i] += h;
            down[i] -= h;
            let fd = (g_ref(kind, &up) - g_ref(kind, &down)) / (2.0 * h);
            assert!(g.is_finite(), "{kind:?}: gradient {g} at u = {}", LOGITS[i]);
            assert!(
                (g - fd).abs() <= 1e-4 * fd.abs().max(1e-2),
                "{kind:?} at u = {}: {g} vs {fd}",
                LOGITS[i]
            );
        }
    }
}

#[test]
fn discriminator_loss_is_the_negated_value_and_stable() {
    let device = Device::flex().autodiff();
    let real = tensor(&LOGITS, &device).require_grad();
    let fake = tensor(&LOGITS.map(|u| -u), &device).require_grad();
    let loss = d_loss(GanLoss::NonSaturating, real.clone(), fake.clone());
    let value = f64::from(loss.clone().into_scalar::<f32>());
    // −V = E softplus(−u_real) + E softplus(u_fake).
    let n = LOGITS.len() as f64;
    let reference: f64 = LOGITS
        .iter()
        .map(|&u| softplus(-u) + softplus(-u))
        .sum::<f64>()
        / n;
    assert!(
        (value - reference).abs() <= 1e-5 * reference,
        "{value} vs {reference}"
    );
    let grads = loss.backward();
    let g_real = read(real.grad(&grads).unwrap_or_else(|| panic!("no gradient")));
    for (g, u) in g_real.iter().zip(LOGITS) {
        // d/du softplus(−u)/n = −σ(−u)/n.
        let expected = -1.0 / (1.0 + u.exp()) / n;
        assert!(
            (g - expected).abs() <= 1e-6,
            "at u = {u}: {g} vs {expected}"
        );
    }
    assert!(
        read(fake.grad(&grads).unwrap_or_else(|| panic!("no gradient")))
            .iter()
            .all(|g| g.is_finite())
    );
}

#[test]
fn the_joint_discriminator_loss_equals_the_two_pass_one() {
    let device = Device::flex().autodiff();
    let n = LOGITS.len();
    let fake_logits = LOGITS.map(|u| 0.7 * u - 1.0);
    let both: Vec<f64> = LOGITS.iter().chain(fake_logits.iter()).copied().collect();
    let sign: Vec<f64> = (0..2 * n).map(|i| if i < n { -1.0 } else { 1.0 }).collect();
    let target: Vec<f64> = (0..2 * n).map(|i| if i < n { 1.0 } else { 0.0 }).collect();
    for kind in [
        GanLoss::Minimax,
        GanLoss::NonSaturating,
        GanLoss::LeastSquares,
    ] {
        let two = d_loss(
            kind,
            tensor(&LOGITS, &device),
            tensor(&fake_logits, &device),
        )
        .into_scalar::<f32>();
        let one = d_loss_joint(
            kind,
            tensor(&both, &device),
            tensor(&sign, &device),
            tensor(&target, &device),
        )
        .into_scalar::<f32>();
        assert!(
            (one - two).abs() <= 1e-5 * two.abs().max(1.0),
            "{kind:?}: {one} vs {two}"
        );
    }
}
