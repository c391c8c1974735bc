//! What the 1-D lab computes from one snapshot: the exact p_g (the noise lattice pushed
//! through G), JS and D* from it ([`exact`], cheap: every snapshot, since each history row
//! takes its C(G)), and the generated samples' histogram, kernel estimate and moments
//! ([`sampled`], the costly part: paced).

use std::f64::consts::LN_2;

use crate::data::Mixture;
use crate::math::kde::{kde_1d, mean_std, silverman_bandwidth};
use crate::math::pushforward::{Bins, bin_density, js_bins, pushforward};
use crate::protocol::{GanView, Grid, View};

/// Generated samples per snapshot (the g-mean and g-std readouts).
const SAMPLES: u32 = 2000;
/// Noise lattice for the exact p_g.
const LATTICE: usize = 1024;
/// Bins of the exact p_g and of JS.
const BINS: usize = 2000;
const HIST_BINS: usize = 60;
/// log 4, the floor of C(G) = 2·JS − log 4.
pub const LOG4: f64 = 2.0 * LN_2;
/// D* is not drawn where both densities are below this fraction of their own peak: there it
/// is a ratio of two negligible numbers (and 0/0 where both vanish), which says nothing.
pub const DSTAR_MASK: f64 = 1e-6;
/// Points of the D* curve over the plot's x range.
const DSTAR_POINTS: usize = 300;

/// What follows from G's exact p_g and D on one snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct Exact {
    /// JS(p_data‖p_g) of the exact p_g, with the mass both lose at the ends as one more bin.
    pub js: f64,
    /// The exact p_g on the plot's range.
    pub exact: Vec<(f64, f64)>,
    /// The trained D on the plot's grid.
    pub d: Vec<(f64, f64)>,
    /// D* on the plot's grid, NaN where it is masked (both densities negligible).
    pub dstar: Vec<(f64, f64)>,
    /// The first and last x where D* is drawn (NaN if nowhere).
    pub dstar_span: (f64, f64),
    /// Mean D on data and samples.
    pub d_mean: f64,
    /// V(D, G) of the trained D.
    pub v: f64,
}

/// What the generated samples show.
#[derive(Clone, Debug, PartialEq)]
pub struct Sampled {
    /// Their mean.
    pub mean: f64,
    /// Their standard deviation.
    pub std: f64,
    /// The fraction outside the plot.
    pub outside: f64,
    /// Their histogram, as a step outline normalised to a density.
    pub hist: Vec<(f64, f64)>,
    /// Their kernel density estimate.
    pub kde: Vec<(f64, f64)>,
}

/// What the snapshots carry for a plot over `range`.
pub fn view_for(range: (f64, f64)) -> View {
    View {
        samples: SAMPLES,
        grid: Some(Grid {
            x: [range.0 as f32, range.1 as f32],
            y: None,
            n: 201,
        }),
        class: None,
        manifold: Some(LATTICE as u32),
    }
}

/// The bins' range: p_data ± 8σ and everything G reaches, within ±50.
fn bin_range(data: &Mixture, gz: &[f64]) -> (f64, f64) {
    let cs = data.components();
    let lo = cs
        .iter()
        .map(|c| c.mu - 8.0 * c.sigma)
        .fold(f64::INFINITY, f64::min);
    let hi = cs
        .iter()
        .map(|c| c.mu + 8.0 * c.sigma)
        .fold(f64::NEG_INFINITY, f64::max);
    let g = gz.iter().filter(|v| v.is_finite());
    let glo = g.clone().fold(lo, |a, &b| a.min(b));
    let ghi = g.fold(hi, |a, &b| a.max(b));
    (glo.max(-50.0) - 1e-9, ghi.min(50.0) + 1e-9)
}

/// The generated samples of `g` over the plot's `range`.
pub fn sampled(g: &GanView, range: (f64, f64)) -> Sampled {
    let fake: Vec<f64> = g.fake.iter().map(|&v| f64::from(v)).collect();
    let (mean, std) = mean_std(&fake);
    let (lo, hi) = range;
    let w = (hi - lo) / HIST_BINS as f64;
    let mut counts = vec![0usize; HIST_BINS];
    let mut outside = 0usize;
    for &x in &fake {
        let i = ((x - lo) / w).floor();
        if i >= 0.0 && (i as usize) < HIST_BINS {
            counts[i as usize] += 1;
        } else {
            outside += 1;
        }
    }
    let n = fake.len().max(1) as f64;
    let mut hist = vec![(lo, 0.0)];
    for (i, c) in counts.iter().enumerate() {
        let h = *c as f64 / (n * w);
        hist.push((lo + i as f64 * w, h));
        hist.push((lo + (i + 1) as f64 * w, h));
    }
    hist.push((hi, 0.0));
    let kde = kde_1d(&fake, silverman_bandwidth(&fake), lo, hi, 300);
    let kde = (0..kde.values.len())
        .map(|i| (kde.x(i), kde.values[i]))
        .collect();
    Sampled {
        mean,
        std,
        outside: outside as f64 / n,
        hist,
        kde,
    }
}

/// The exact p_g of `g` against p_data `data`, and D and D* over the plot's `range`.
pub fn exact(g: &GanView, data: &Mixture, range: (f64, f64)) -> Exact {
    let (lo, hi) = range;
    // The exact p_g: the noise lattice pushed through G.
    let z: Vec<f64> = (0..LATTICE)
        .map(|i| -6.0 + 12.0 * i as f64 / (LATTICE - 1) as f64)
        .collect();
    let gz: Vec<f64> = g.manifold.iter().map(|&v| f64::from(v)).collect();
    let (blo, bhi) = bin_range(data, &gz);
    let (js, exact, pg_bins) = if gz.len() == LATTICE {
        let pg = pushforward(&z, &gz, blo, bhi, BINS);
        let pd = bin_density(|x| data.pdf(x), blo, bhi, BINS);
        let js = js_with_rest(&pd, &pg);
        let dens = pg.density();
        let exact = (0..BINS)
            .map(|i| (pg.centre(i), dens[i]))
            .filter(|(x, _)| (lo..=hi).contains(x))
            .collect();
        (js, exact, Some(pg))
    } else {
        (f64::NAN, Vec::new(), None)
    };
    let grid_n = g.d_grid.len();
    let at = |i: usize| lo + (hi - lo) * i as f64 / (grid_n.max(2) - 1) as f64;
    let d = (0..grid_n)
        .map(|i| (at(i), f64::from(g.d_grid[i])))
        .collect();
    let dstar = pg_bins.map_or_else(Vec::new, |pg| dstar_on(&pg, data, range));
    let drawn = || dstar.iter().filter(|p| p.1.is_finite()).map(|p| p.0);
    let dstar_span = (
        drawn().next().unwrap_or(f64::NAN),
        drawn().next_back().unwrap_or(f64::NAN),
    );
    Exact {
        js,
        exact,
        d,
        dstar,
        dstar_span,
        d_mean: 0.5 * (g.d_real + g.d_fake),
        v: g.v,
    }
}

/// D* for the binned p_g `pg` on [`DSTAR_POINTS`] + 1 points of `range`.
fn dstar_on(pg: &Bins, data: &Mixture, (lo, hi): (f64, f64)) -> Vec<(f64, f64)> {
    let dens = pg.density();
    let w = pg.width();
    let pq: Vec<(f64, f64, f64)> = (0..=DSTAR_POINTS)
        .map(|i| {
            let x = lo + (hi - lo) * i as f64 / DSTAR_POINTS as f64;
            let k = ((x - pg.lo) / w).floor();
            let q = if k >= 0.0 && (k as usize) < dens.len() {
                dens[k as usize]
            } else {
                0.0
            };
            (x, data.pdf(x), q)
        })
        .collect();
    dstar_masked(&pq)
}

/// D*(x) = p/(p + q) at each `(x, p_data(x), p_g(x))`, NaN where both densities are below
/// [`DSTAR_MASK`] of their own largest value on these points (or both are 0).
pub fn dstar_masked(pq: &[(f64, f64, f64)]) -> Vec<(f64, f64)> {
    let peak_p = pq.iter().map(|t| t.1).fold(0.0, f64::max);
    let peak_q = pq.iter().map(|t| t.2).fold(0.0, f64::max);
    pq.iter()
        .map(|&(x, p, q)| {
            let negligible = p <= DSTAR_MASK * peak_p && q <= DSTAR_MASK * peak_q;
            let d = if negligible || p + q <= 0.0 {
                f64::NAN
            } else {
                p / (p + q)
            };
            (x, d)
        })
        .collect()
}

/// JS over the bins plus one more "outside" bin holding the mass both lose at the ends.
fn js_with_rest(pd: &Bins, pg: &Bins) -> f64 {
    let mut p = pd.clone();
    let mut q = pg.clone();
    p.mass.push((1.0 - pd.total()).max(0.0));
    q.mass.push((1.0 - pg.total()).max(0.0));
    js_bins(&p, &q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dstar_is_masked_where_both_densities_are_negligible() {
        // p_data on [0, 2], p_g on [1, 3] (boxes), nothing on [3, 4]; a tiny p_data tail at 3.5.
        let pq: Vec<(f64, f64, f64)> = (0..=40)
            .map(|i| {
                let x = f64::from(i) * 0.1;
                let p = if x <= 2.0 {
                    1.0
                } else if (x - 3.5).abs() < 1e-9 {
                    1e-9
                } else {
                    0.0
                };
                let q = if (1.0..=3.0).contains(&x) { 2.0 } else { 0.0 };
                (x, p, q)
            })
            .collect();
        let d = dstar_masked(&pq);
        let at = |x: f64| d[(x * 10.0).round() as usize].1;
        assert_eq!(at(0.5), 1.0, "only data: D* = 1");
        assert!((at(1.5) - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(at(2.5), 0.0, "only samples: D* = 0");
        assert!(at(3.5).is_nan(), "a negligible tail is masked");
        assert!(at(4.0).is_nan(), "0/0 is masked");
    }
}
