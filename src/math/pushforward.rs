//! The 1-D generator's density, exactly from G's graph: the noise z ~ N(0, 1) pushed through
//! G. On a fine lattice of z, each interval's probability mass goes to the interval between the
//! images of its ends (spread uniformly), summed over every branch, so a non-monotone G and a
//! collapsed G (a spike) come out right. With p_data's mass in the same bins this gives D* and
//! JS(p_data ‖ p_g) with no sampling noise and no smoothing: the binned JS is a lower bound of
//! the true one that converges to it as the bins shrink.

/// Probability masses on `n` equal bins over `[lo, hi]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Bins {
    /// Left edge.
    pub lo: f64,
    /// Right edge.
    pub hi: f64,
    /// Mass per bin.
    pub mass: Vec<f64>,
}

impl Bins {
    /// Bin width.
    pub fn width(&self) -> f64 {
        (self.hi - self.lo) / self.mass.len().max(1) as f64
    }

    /// The centre of bin `i`.
    pub fn centre(&self, i: usize) -> f64 {
        self.lo + (i as f64 + 0.5) * self.width()
    }

    /// Density (mass / width) per bin.
    pub fn density(&self) -> Vec<f64> {
        let w = self.width();
        self.mass.iter().map(|m| m / w).collect()
    }

    /// The mass inside `[lo, hi]`.
    pub fn total(&self) -> f64 {
        self.mass.iter().sum()
    }
}

/// N(0, 1) density.
fn phi(z: f64) -> f64 {
    (-0.5 * z * z).exp() / (2.0 * std::f64::consts::PI).sqrt()
}

/// p_g on `n` bins over `[lo, hi]` from G on an increasing lattice `z` of N(0, 1) noise
/// (`gz[i] = G(z[i])`). Each interval's mass (Simpson's rule; ~1e-12 for a lattice step of
/// 0.01) is spread over `[min, max]` of its end images; non-finite images are dropped.
pub fn pushforward(z: &[f64], gz: &[f64], lo: f64, hi: f64, n: usize) -> Bins {
    let n = n.max(1);
    let mut mass = vec![0.0; n];
    let w = (hi - lo) / n as f64;
    for (zs, gs) in z.windows(2).zip(gz.windows(2)) {
        let dz = zs[1] - zs[0];
        let m = dz / 6.0 * (phi(zs[0]) + 4.0 * phi(0.5 * (zs[0] + zs[1])) + phi(zs[1]));
        let (a, b) = (gs[0].min(gs[1]), gs[0].max(gs[1]));
        if !(a.is_finite() && b.is_finite() && m > 0.0) {
            continue;
        }
        spread(&mut mass, lo, w, a, b, m);
    }
    Bins { lo, hi, mass }
}

/// Adds mass `m`, uniform over `[a, b]`, to the bins (what falls outside is dropped).
fn spread(mass: &mut [f64], lo: f64, w: f64, a: f64, b: f64, m: f64) {
    let n = mass.len();
    let bin = |x: f64| ((x - lo) / w).floor();
    if b - a <= 1e-12 * w {
        let i = bin(a);
        if i >= 0.0 && (i as usize) < n {
            mass[i as usize] += m;
        }
        return;
    }
    let density = m / (b - a);
    let first = bin(a).max(0.0) as usize;
    let last = bin(b).min(n as f64 - 1.0);
    if last < 0.0 {
        return;
    }
    for (i, slot) in mass
        .iter_mut()
        .enumerate()
        .take(last as usize + 1)
        .skip(first)
    {
        let left = lo + i as f64 * w;
        let overlap = (b.min(left + w) - a.max(left)).max(0.0);
        *slot += density * overlap;
    }
}

/// A density's mass on `n` bins over `[lo, hi]` (Simpson's rule per bin).
pub fn bin_density(pdf: impl Fn(f64) -> f64, lo: f64, hi: f64, n: usize) -> Bins {
    let n = n.max(1);
    let w = (hi - lo) / n as f64;
    let mass = (0..n)
        .map(|i| {
            let a = lo + i as f64 * w;
            w / 6.0 * (pdf(a) + 4.0 * pdf(a + 0.5 * w) + pdf(a + w))
        })
        .collect();
    Bins { lo, hi, mass }
}

/// JS(P ‖ Q) in nats between two binnings of the same bins (0·log 0 = 0).
pub fn js_bins(p: &Bins, q: &Bins) -> f64 {
    if p.mass.len() != q.mass.len() {
        return f64::NAN;
    }
    let half = |a: f64, b: f64| {
        if a > 0.0 {
            0.5 * a * (2.0 * a / (a + b)).ln()
        } else {
            0.0
        }
    };
    p.mass
        .iter()
        .zip(&q.mass)
        .map(|(&a, &b)| half(a, b) + half(b, a))
        .sum::<f64>()
        .clamp(0.0, std::f64::consts::LN_2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lattice(m: usize) -> Vec<f64> {
        (0..m)
            .map(|i| -6.0 + 12.0 * i as f64 / (m - 1) as f64)
            .collect()
    }

    fn normal(mu: f64, s: f64) -> impl Fn(f64) -> f64 {
        move |x| phi((x - mu) / s) / s
    }

    #[test]
    fn a_linear_g_gives_its_gaussian() {
        // G(z) = 1 + 0.5 z: p_g = N(1, 0.5²), so JS against it is ~0 and its bins match.
        let z = lattice(1024);
        let gz: Vec<f64> = z.iter().map(|z| 1.0 + 0.5 * z).collect();
        let pg = pushforward(&z, &gz, -4.0, 6.0, 400);
        let pd = bin_density(normal(1.0, 0.5), -4.0, 6.0, 400);
        assert!((pg.total() - 1.0).abs() < 1e-8, "{}", pg.total());
        let worst = pg
            .mass
            .iter()
            .zip(&pd.mass)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        assert!(worst < 1e-5, "{worst}"); // of bin masses ~0.02
        let js = js_bins(&pd, &pg);
        assert!(js < 1e-8, "{js}");
    }

    #[test]
    fn folded_and_collapsed_generators() {
        let z = lattice(1024);
        // |z| has density 2φ on x > 0: a non-monotone G sums both branches.
        let gz: Vec<f64> = z.iter().map(|z| z.abs()).collect();
        let pg = pushforward(&z, &gz, -1.0, 5.0, 600);
        let dens = pg.density();
        let i = 100 + 60; // centre 0.605 (bin width 0.01; bin 160 covers [0.6, 0.61])
        assert!(
            (dens[i] - 2.0 * phi(pg.centre(i))).abs() < 2e-3,
            "{}",
            dens[i]
        );
        assert!(pg.mass[..100].iter().all(|m| *m == 0.0));
        // A constant G is a point mass: all of it in one bin; JS against N(0, 1) is near log 2.
        let gz = vec![0.3; z.len()];
        let pg = pushforward(&z, &gz, -5.0, 5.0, 1000);
        assert_eq!(pg.mass.iter().filter(|m| **m > 0.0).count(), 1);
        let pd = bin_density(normal(0.0, 1.0), -5.0, 5.0, 1000);
        assert!(js_bins(&pd, &pg) > 0.6);
        // Disjoint supports: exactly log 2.
        let far = bin_density(normal(40.0, 0.5), -5.0, 60.0, 650);
        let near = bin_density(normal(0.0, 0.5), -5.0, 60.0, 650);
        assert!((js_bins(&near, &far) - std::f64::consts::LN_2).abs() < 1e-12);
    }
}
