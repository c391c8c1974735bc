//! Editing a probability vector while keeping it one: what the distribution editor's bars,
//! fields and buttons do to p.

/// The uniform distribution over `n` outcomes.
pub fn uniform(n: usize) -> Vec<f64> {
    vec![1.0 / n as f64; n]
}

/// The one-hot vector with its 1 at `hot` (clamped into range).
pub fn one_hot(n: usize, hot: usize) -> Vec<f64> {
    let mut p = vec![0.0; n];
    if n > 0 {
        p[hot.min(n - 1)] = 1.0;
    }
    p
}

/// The index of the largest entry (the first of equals).
pub fn argmax(p: &[f64]) -> usize {
    p.iter()
        .enumerate()
        .fold((0, f64::NEG_INFINITY), |best, (i, &v)| {
            if v > best.1 { (i, v) } else { best }
        })
        .0
}

/// Rounds to 12 decimals, so an edit gives `0.1`, not `1 − 0.9 = 0.09999999999999998`, in the
/// URL and the fields; the sum stays within 1e-11 of 1, far inside the 1e-9 that counts as exact.
fn tidy(x: f64) -> f64 {
    (x * 1e12).round() / 1e12
}

/// Sets `p[i] = v` (clamped to [0, 1]) and rescales the other entries so the sum stays 1;
/// if the others are all zero, they share the rest equally. Entries are [`tidy`].
pub fn set_entry(p: &[f64], i: usize, v: f64) -> Vec<f64> {
    let v = v.clamp(0.0, 1.0);
    let others: f64 = p
        .iter()
        .enumerate()
        .filter(|&(j, _)| j != i)
        .map(|(_, x)| x)
        .sum();
    let rest = 1.0 - v;
    let n_others = p.len().saturating_sub(1);
    p.iter()
        .enumerate()
        .map(|(j, &x)| {
            tidy(if j == i {
                v
            } else if others > 0.0 {
                x * rest / others
            } else if n_others > 0 {
                rest / n_others as f64
            } else {
                x
            })
        })
        .collect()
}

/// Changes the number of outcomes: a new outcome starts at 0 (H is unchanged); removing the
/// last one gives its mass back to the others in proportion.
pub fn resize(p: &[f64], n: usize) -> Vec<f64> {
    if n >= p.len() {
        let mut q = p.to_vec();
        q.resize(n, 0.0);
        return q;
    }
    let kept = &p[..n];
    let sum: f64 = kept.iter().sum();
    if sum > 0.0 {
        kept.iter().map(|x| tidy(x / sum)).collect()
    } else {
        uniform(n)
    }
}

/// A random distribution over `n` outcomes, uniform on the simplex (normalised exponential
/// draws), rounded to 3 decimals so it reads well in the editor; the last entry takes the
/// rounding, so the sum is 1 within 1e-12.
pub fn random(rng: &mut crate::data::Rng, n: usize) -> Vec<f64> {
    if n == 0 {
        return Vec::new();
    }
    let draws: Vec<f64> = (0..n).map(|_| -(1.0 - rng.uniform()).ln()).collect();
    let total: f64 = draws.iter().sum();
    let mut p: Vec<f64> = draws
        .iter()
        .map(|d| (d / total * 1000.0).round() / 1000.0)
        .collect();
    let head: f64 = p[..n - 1].iter().sum();
    if head > 1.0 {
        // Rounding pushed the head over 1: fall back to the unrounded draws.
        return draws.iter().map(|d| tidy(d / total)).collect();
    }
    p[n - 1] = tidy(1.0 - head);
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(p: &[f64]) -> f64 {
        p.iter().sum()
    }

    #[test]
    fn set_entry_keeps_a_distribution() {
        let p = set_entry(&[0.2, 0.3, 0.5], 0, 0.6);
        assert_eq!(p[0], 0.6);
        assert!((p[1] - 0.15).abs() < 1e-15 && (p[2] - 0.25).abs() < 1e-15);
        assert!((sum(&p) - 1.0).abs() < 1e-15);
        let q = set_entry(&[1.0, 0.0, 0.0], 0, 0.4);
        assert_eq!(q, vec![0.4, 0.3, 0.3]);
        assert_eq!(set_entry(&[0.5, 0.5], 1, 7.0), vec![0.0, 1.0]);
        assert_eq!(set_entry(&[0.5, 0.5], 0, 0.9), vec![0.9, 0.1]);
        let thirds = set_entry(&[0.2, 0.3, 0.5], 0, 1.0 / 3.0);
        assert!((sum(&thirds) - 1.0).abs() < 1e-11);
    }

    #[test]
    fn random_is_a_distribution() {
        let mut rng = crate::data::Rng::new(7);
        for n in 2..=10 {
            let p = random(&mut rng, n);
            assert_eq!(p.len(), n);
            assert!(p.iter().all(|&x| (0.0..=1.0).contains(&x)));
            assert!((sum(&p) - 1.0).abs() < 1e-12);
        }
    }

    #[test]
    fn resize_and_presets() {
        assert_eq!(resize(&[0.5, 0.5], 3), vec![0.5, 0.5, 0.0]);
        assert_eq!(resize(&[0.25, 0.25, 0.5], 2), vec![0.5, 0.5]);
        assert_eq!(resize(&[0.0, 0.0, 1.0], 2), vec![0.5, 0.5]);
        assert_eq!(one_hot(3, 5), vec![0.0, 0.0, 1.0]);
        assert_eq!(argmax(&[0.2, 0.5, 0.3]), 1);
        assert!((sum(&uniform(7)) - 1.0).abs() < 1e-15);
    }
}
