//! The edits the mixture editor makes to a 1-D mixture (weights kept summing to 1, values kept
//! in range), where its drag handles sit, and how a drag moves them.

use super::{Component, Mixture};
use crate::i18n::{Lang, format_number};

/// Most components an edited mixture has.
pub const MAX_COMPONENTS: usize = 3;
/// Range of a component's mean.
pub const MU_RANGE: (f64, f64) = (-10.0, 10.0);
/// Range of a component's spread.
pub const SIGMA_RANGE: (f64, f64) = (0.05, 5.0);
/// Smallest weight the editor sets while other components exist (a zero weight would hide a
/// component's handles).
pub const MIN_WEIGHT: f64 = 0.01;

/// One edit of one component.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Edit {
    /// Weight of component k; the others are rescaled so all sum to 1.
    Weight(usize, f64),
    /// Mean of component k.
    Mu(usize, f64),
    /// Spread of component k.
    Sigma(usize, f64),
    /// A new component (weight 1/(n + 1), beside the last one).
    Add,
    /// Removes component k (the last one stays).
    Remove(usize),
}

/// The mixture after an edit, values clamped to their ranges.
pub fn apply(m: &Mixture, edit: Edit) -> Mixture {
    let mut cs: Vec<Component> = m.components().to_vec();
    let n = cs.len();
    match edit {
        Edit::Weight(k, w) if k < n && n > 1 => {
            let w = if w.is_finite() { w } else { cs[k].w };
            let w = w.clamp(MIN_WEIGHT, 1.0 - MIN_WEIGHT * (n - 1) as f64);
            let rest: f64 = cs
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != k)
                .map(|(_, c)| c.w)
                .sum();
            for (i, c) in cs.iter_mut().enumerate() {
                c.w = if i == k {
                    w
                } else if rest > 0.0 {
                    (c.w / rest * (1.0 - w)).max(MIN_WEIGHT)
                } else {
                    (1.0 - w) / (n - 1) as f64
                };
            }
        }
        Edit::Mu(k, mu) if k < n && mu.is_finite() => cs[k].mu = mu.clamp(MU_RANGE.0, MU_RANGE.1),
        Edit::Sigma(k, s) if k < n && s.is_finite() => {
            cs[k].sigma = s.clamp(SIGMA_RANGE.0, SIGMA_RANGE.1)
        }
        Edit::Add if n < MAX_COMPONENTS => {
            let last = cs[n - 1];
            let mu = if last.mu + 2.0 <= MU_RANGE.1 {
                last.mu + 2.0
            } else {
                last.mu - 2.0
            };
            for c in &mut cs {
                c.w *= n as f64 / (n + 1) as f64;
            }
            cs.push(Component {
                w: 1.0 / (n + 1) as f64,
                mu,
                sigma: 1.0,
            });
        }
        Edit::Remove(k) if k < n && n > 1 => {
            cs.remove(k);
        }
        _ => {}
    }
    Mixture::new(cs).unwrap_or_else(|_| m.clone())
}

/// Which handle of a component: its peak (drag: mean, and weight) or its spread (at μ + σ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandleKind {
    /// At (μ, the weighted component's peak).
    Peak,
    /// At (μ + σ, the weighted component's height there).
    Spread,
}

const INV_SQRT_2PI: f64 = 0.398_942_280_401_432_7;

/// Where component k's handle sits.
pub fn handle_at(m: &Mixture, k: usize, kind: HandleKind) -> (f64, f64) {
    let c = m.components()[k];
    match kind {
        HandleKind::Peak => (c.mu, c.w * INV_SQRT_2PI / c.sigma),
        HandleKind::Spread => (
            c.mu + c.sigma,
            c.w * INV_SQRT_2PI * (-0.5f64).exp() / c.sigma,
        ),
    }
}

/// The mixture after dragging component k's handle to `(x, y)` (data coordinates): the peak
/// moves the mean, and with other components present its height sets the weight; the spread
/// handle sets σ = x − μ.
pub fn drag(m: &Mixture, k: usize, kind: HandleKind, (x, y): (f64, f64)) -> Mixture {
    let c = m.components()[k];
    match kind {
        HandleKind::Peak => {
            let moved = apply(m, Edit::Mu(k, x));
            if m.components().len() > 1 && y.is_finite() {
                apply(&moved, Edit::Weight(k, y * c.sigma / INV_SQRT_2PI))
            } else {
                moved
            }
        }
        HandleKind::Spread => apply(m, Edit::Sigma(k, x - c.mu)),
    }
}

/// The x range that shows every component of `ms` (μ ± 3.5σ), at least [−5, 5].
pub fn x_range(ms: &[&Mixture]) -> (f64, f64) {
    let cs = || ms.iter().flat_map(|m| m.components().iter());
    let lo = cs().map(|c| c.mu - 3.5 * c.sigma).fold(-5.0, f64::min);
    let hi = cs().map(|c| c.mu + 3.5 * c.sigma).fold(5.0, f64::max);
    (lo.max(-14.0), hi.min(14.0))
}

/// A mixture in words for a figure's text alternative, numbers in `lang`'s locale:
/// `0.5·N(−2, 0.7²) + 0.5·N(1.5, 1²)`, in Russian `0,5·N(−2; 0,7²) + 0,5·N(1,5; 1²)` (a
/// semicolon between arguments, since the comma is the decimal separator).
pub fn describe(m: &Mixture, lang: Lang) -> String {
    let n = |v: f64| format_number(v, 3, lang);
    let sep = match lang {
        Lang::En => ", ",
        Lang::Ru => "; ",
    };
    m.components()
        .iter()
        .map(|c| format!("{}·N({}{sep}{}²)", n(c.w), n(c.mu), n(c.sigma)))
        .collect::<Vec<_>>()
        .join(" + ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Mixture {
        Mixture::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    fn weights(m: &Mixture) -> Vec<f64> {
        m.components().iter().map(|c| c.w).collect()
    }

    #[test]
    fn weight_edits_keep_the_sum() {
        let x = m("0.5:0:1,0.3:1:1,0.2:2:1");
        let y = apply(&x, Edit::Weight(0, 0.8));
        let w = weights(&y);
        assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!((w[0] - 0.8).abs() < 1e-12);
        assert!(
            (w[1] / w[2] - 1.5).abs() < 1e-9,
            "the others keep their ratio"
        );
        // One component: its weight stays 1.
        assert_eq!(apply(&m("1:0:1"), Edit::Weight(0, 0.3)), m("1:0:1"));
        // Clamped so no component vanishes.
        let w = weights(&apply(&x, Edit::Weight(1, 1.0)));
        assert!(w.iter().all(|v| *v > 0.9 * MIN_WEIGHT), "{w:?}");
    }

    #[test]
    fn add_remove_and_clamp() {
        let one = m("1:0:1");
        let two = apply(&one, Edit::Add);
        assert_eq!(two.components().len(), 2);
        assert_eq!(weights(&two), vec![0.5, 0.5]);
        assert_eq!(two.components()[1].mu, 2.0);
        let three = apply(&two, Edit::Add);
        assert_eq!(apply(&three, Edit::Add), three, "at most 3");
        assert_eq!(apply(&one, Edit::Remove(0)), one, "the last one stays");
        assert_eq!(apply(&two, Edit::Remove(0)), m("1:2:1"));
        assert_eq!(apply(&one, Edit::Mu(0, 99.0)).components()[0].mu, 10.0);
        assert_eq!(
            apply(&one, Edit::Sigma(0, -1.0)).components()[0].sigma,
            0.05
        );
        assert_eq!(apply(&one, Edit::Mu(5, 1.0)), one, "no such component");
    }

    #[test]
    fn handles_follow_drags() {
        let x = m("0.5:-1:1,0.5:2:0.5");
        for kind in [HandleKind::Peak, HandleKind::Spread] {
            for k in 0..2 {
                // Dragging a handle onto where it already is changes nothing.
                let y = drag(&x, k, kind, handle_at(&x, k, kind));
                for (a, b) in x.components().iter().zip(y.components()) {
                    assert!((a.w - b.w).abs() < 1e-12 && (a.mu - b.mu).abs() < 1e-12);
                    assert!((a.sigma - b.sigma).abs() < 1e-12);
                }
            }
        }
        let moved = drag(&x, 1, HandleKind::Spread, (3.0, 0.0));
        assert!((moved.components()[1].sigma - 1.0).abs() < 1e-12);
        let moved = drag(&x, 0, HandleKind::Peak, (0.0, 0.3));
        assert_eq!(moved.components()[0].mu, 0.0);
        assert!((handle_at(&moved, 0, HandleKind::Peak).1 - 0.3).abs() < 1e-12);
    }

    #[test]
    fn ranges_and_words() {
        assert_eq!(x_range(&[&m("1:0:1")]), (-5.0, 5.0));
        assert_eq!(x_range(&[&m("1:8:2")]), (-5.0, 14.0));
        assert_eq!(describe(&m("1:-2:0.7"), Lang::En), "1·N(−2, 0.7²)");
        let two = m("0.3:-2:0.7,0.7:1:1");
        assert_eq!(describe(&two, Lang::En), "0.3·N(−2, 0.7²) + 0.7·N(1, 1²)");
        assert_eq!(describe(&two, Lang::Ru), "0,3·N(−2; 0,7²) + 0,7·N(1; 1²)");
    }
}
