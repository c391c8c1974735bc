//! The live counterexample search of the lesson "√JS is a metric" (Endres & Schindelin, 2003):
//! random triples (P, Q, R) of distributions checked against the triangle inequality
//! d(P, R) ≤ d(P, Q) + d(Q, R) for three symmetric candidates. √JS never breaks it; JS itself
//! and symmetrised KL do, and the search finds such triples within a few hundred draws.

use super::divergence::{js, sqrt_js, sym_kl};
use crate::data::Rng;

/// A violation counts only if its excess is above `TOLERANCE·max(1, d(P, R))`, so that
/// rounding in a near-equality (say Q = P) is never reported as a counterexample.
pub const TOLERANCE: f64 = 1e-12;

/// The most outcomes a [`Search`] draws over (larger `n` is clamped to this).
pub const MAX_OUTCOMES: usize = 1000;

/// Entries of drawn distributions are multiples of 1/`GRID` (six decimals).
const GRID: f64 = 1e6;

/// A symmetric "distance" whose triangle inequality the search tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Candidate {
    /// √JS, the Jensen–Shannon distance: a metric.
    SqrtJs,
    /// The Jensen–Shannon divergence itself: symmetric, but not a metric.
    Js,
    /// Symmetrised KL (Jeffreys): symmetric, possibly +∞, not a metric.
    SymKl,
}

impl Candidate {
    /// Every candidate, in display order.
    pub const ALL: [Candidate; 3] = [Candidate::SqrtJs, Candidate::Js, Candidate::SymKl];

    /// The stable spelling (test ids, URLs): `sqrt-js`, `js`, `sym-kl`.
    pub fn as_str(self) -> &'static str {
        match self {
            Candidate::SqrtJs => "sqrt-js",
            Candidate::Js => "js",
            Candidate::SymKl => "sym-kl",
        }
    }

    /// Parses [`Candidate::as_str`]'s spelling.
    pub fn parse(s: &str) -> Option<Candidate> {
        Candidate::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// d(p, q) in nats (√nats for √JS). Symmetric bit for bit: d(p, q) == d(q, p).
    pub fn distance(self, p: &[f64], q: &[f64]) -> f64 {
        match self {
            Candidate::SqrtJs => sqrt_js(p, q),
            Candidate::Js => js(p, q),
            Candidate::SymKl => sym_kl(p, q),
        }
    }

    /// The position in [`Candidate::ALL`].
    fn index(self) -> usize {
        match self {
            Candidate::SqrtJs => 0,
            Candidate::Js => 1,
            Candidate::SymKl => 2,
        }
    }
}

/// Three distributions over the same outcomes; in a reported counterexample Q is the middle
/// point, so the broken inequality reads d(P, R) > d(P, Q) + d(Q, R).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Triple {
    /// The first end point.
    pub p: Vec<f64>,
    /// The middle point.
    pub q: Vec<f64>,
    /// The second end point.
    pub r: Vec<f64>,
}

/// `lhs − a − b` for the inequality lhs ≤ a + b, without NaN: an infinite right side is never
/// exceeded (−∞, also when lhs = ∞ too); an infinite left side over a finite right is +∞.
fn excess_of(lhs: f64, a: f64, b: f64) -> f64 {
    let rhs = a + b;
    if rhs == f64::INFINITY {
        f64::NEG_INFINITY
    } else if lhs == f64::INFINITY {
        f64::INFINITY
    } else {
        let e = lhs - a - b;
        if e.is_nan() { f64::NEG_INFINITY } else { e }
    }
}

/// Whether an excess breaks the inequality beyond rounding, given its left side.
fn breaks(excess: f64, lhs: f64) -> bool {
    excess > TOLERANCE * lhs.max(1.0)
}

/// Which point of a triple is the middle of the worst inequality.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Middle {
    P,
    Q,
    R,
}

/// The worst of the three inequalities, from the pairwise distances (d_pq, d_qr, d_pr):
/// (excess, its left side, the middle point). Ties keep the earlier, Q first.
fn worst_of(d_pq: f64, d_qr: f64, d_pr: f64) -> (f64, f64, Middle) {
    let options = [
        (excess_of(d_pr, d_pq, d_qr), d_pr, Middle::Q),
        (excess_of(d_pq, d_pr, d_qr), d_pq, Middle::R),
        (excess_of(d_qr, d_pq, d_pr), d_qr, Middle::P),
    ];
    let mut best = options[0];
    for o in &options[1..] {
        if o.0 > best.0 {
            best = *o;
        }
    }
    best
}

/// `t` reordered so that `middle` becomes Q (the end points keep their relative order).
fn reordered(t: &Triple, middle: Middle) -> Triple {
    let (p, q, r) = match middle {
        Middle::Q => (&t.p, &t.q, &t.r),
        Middle::R => (&t.p, &t.r, &t.q),
        Middle::P => (&t.q, &t.p, &t.r),
    };
    Triple {
        p: p.clone(),
        q: q.clone(),
        r: r.clone(),
    }
}

/// d(P, R) − d(P, Q) − d(Q, R): positive when Q as the middle point breaks the triangle
/// inequality. Never NaN: ∞ on the right gives −∞ (no violation), ∞ only on the left +∞.
pub fn excess(c: Candidate, t: &Triple) -> f64 {
    excess_of(
        c.distance(&t.p, &t.r),
        c.distance(&t.p, &t.q),
        c.distance(&t.q, &t.r),
    )
}

/// Whether Q as the middle point breaks the triangle inequality beyond rounding:
/// [`excess`] > [`TOLERANCE`]·max(1, d(P, R)).
pub fn violates(c: Candidate, t: &Triple) -> bool {
    breaks(excess(c, t), c.distance(&t.p, &t.r))
}

/// The worst of the triple's three triangle inequalities (Q, R or P as the middle point;
/// with a symmetric d these cover every ordering): its excess, and the triple reordered so
/// that the middle point is Q, i.e. `excess(c, &reordered)` is the returned excess.
pub fn worst_ordering(c: Candidate, t: &Triple) -> (f64, Triple) {
    let (e, _, middle) = worst_of(
        c.distance(&t.p, &t.q),
        c.distance(&t.q, &t.r),
        c.distance(&t.p, &t.r),
    );
    (e, reordered(t, middle))
}

/// What the search has seen for one candidate.
#[derive(Clone, Debug, Default)]
struct Tally {
    violations: u64,
    worst: Option<(f64, Triple)>,
}

/// A seeded random search for triangle-inequality violations, advanced in chunks (the page
/// calls [`Search::step`] once per animation frame).
#[derive(Clone, Debug)]
pub struct Search {
    n: usize,
    rng: Rng,
    tried: u64,
    tally: [Tally; 3],
    /// The triple being checked; reused, so a draw allocates nothing.
    scratch: Triple,
    /// Raw (unrounded) weights of a draw; reused.
    raw: Vec<f64>,
}

impl Search {
    /// A search over distributions on `n` outcomes (clamped to 1..=[`MAX_OUTCOMES`]),
    /// reproducible from `seed`.
    pub fn new(n: usize, seed: u64) -> Search {
        let n = n.clamp(1, MAX_OUTCOMES);
        Search {
            n,
            rng: Rng::new(seed),
            tried: 0,
            tally: Default::default(),
            scratch: Triple {
                p: vec![0.0; n],
                q: vec![0.0; n],
                r: vec![0.0; n],
            },
            raw: vec![0.0; n],
        }
    }

    /// The number of outcomes.
    pub fn n(&self) -> usize {
        self.n
    }

    /// Triples checked so far.
    pub fn tried(&self) -> u64 {
        self.tried
    }

    /// Triples that broke `c`'s triangle inequality (beyond [`TOLERANCE`]) so far.
    pub fn violations(&self, c: Candidate) -> u64 {
        self.tally[c.index()].violations
    }

    /// The largest excess seen so far for `c` (a counterexample when positive, else how close
    /// the search came), with its triple ordered so that Q is the middle point; `None` before
    /// the first step.
    pub fn worst(&self, c: Candidate) -> Option<(f64, &Triple)> {
        self.tally[c.index()].worst.as_ref().map(|(e, t)| (*e, t))
    }

    /// Draws `count` new random triples and checks each against all three candidates, in all
    /// three orderings.
    pub fn step(&mut self, count: usize) {
        for _ in 0..count {
            self.draw();
            self.check();
            self.tried += 1;
        }
    }

    /// Checks the scratch triple, updating the tallies.
    fn check(&mut self) {
        let t = &self.scratch;
        let js_pq = js(&t.p, &t.q);
        let js_qr = js(&t.q, &t.r);
        let js_pr = js(&t.p, &t.r);
        let distances = [
            (js_pq.sqrt(), js_qr.sqrt(), js_pr.sqrt()),
            (js_pq, js_qr, js_pr),
            (sym_kl(&t.p, &t.q), sym_kl(&t.q, &t.r), sym_kl(&t.p, &t.r)),
        ];
        for (tally, (pq, qr, pr)) in self.tally.iter_mut().zip(distances) {
            let (e, lhs, middle) = worst_of(pq, qr, pr);
            if breaks(e, lhs) {
                tally.violations += 1;
            }
            if tally.worst.as_ref().is_none_or(|(w, _)| e > *w) {
                tally.worst = Some((e, reordered(t, middle)));
            }
        }
    }

    /// Fills the scratch triple with a fresh random triple.
    ///
    /// The kinds of draw are mixed so that counterexamples show up quickly: uniform on the
    /// simplex (Dirichlet(1)), sparse and skewed (Dirichlet(0.2)-like, some entries exactly 0),
    /// and Q on the segment between P and R, where squared distances like JS break the
    /// triangle inequality. Every distribution is rounded to multiples of 1e-6 summing to
    /// exactly 1 in decimal, so a found triple can be typed back in and reproduces.
    fn draw(&mut self) {
        let mode = self.rng.below(4);
        let mut scratch = std::mem::take(&mut self.scratch);
        match mode {
            0 => {
                for v in [&mut scratch.p, &mut scratch.q, &mut scratch.r] {
                    self.fill(v, Kind::Flat);
                }
            }
            1 => {
                for v in [&mut scratch.p, &mut scratch.q, &mut scratch.r] {
                    self.fill(v, Kind::Sparse);
                }
            }
            2 => {
                let kind = self.random_kind();
                self.fill(&mut scratch.p, kind);
                let kind = self.random_kind();
                self.fill(&mut scratch.r, kind);
                let lambda = self.rng.uniform();
                for ((q, &p), &r) in scratch.q.iter_mut().zip(&scratch.p).zip(&scratch.r) {
                    *q = lambda * p + (1.0 - lambda) * r;
                }
                round_to_grid(&mut scratch.q);
            }
            _ => {
                for v in [&mut scratch.p, &mut scratch.q, &mut scratch.r] {
                    let kind = self.random_kind();
                    self.fill(v, kind);
                }
            }
        }
        self.scratch = scratch;
    }

    /// Flat or sparse, half and half.
    fn random_kind(&mut self) -> Kind {
        if self.rng.below(2) == 0 {
            Kind::Flat
        } else {
            Kind::Sparse
        }
    }

    /// Fills `v` with a random distribution of the given kind, rounded to the grid.
    fn fill(&mut self, v: &mut [f64], kind: Kind) {
        let raw = &mut self.raw;
        for x in raw.iter_mut() {
            // Exp(1) = −ln U with U in (0, 1].
            let e = -(1.0 - self.rng.uniform()).ln();
            *x = match kind {
                Kind::Flat => e,
                // Gamma(α) = Gamma(1 + α)·U^(1/α); with Exp standing in for Gamma(1.2) and
                // α = 0.2 this piles mass near 0, so a few entries dominate. A third are 0.
                Kind::Sparse => {
                    if self.rng.below(3) == 0 {
                        0.0
                    } else {
                        e * self.rng.uniform().powi(5)
                    }
                }
            };
        }
        if !raw.iter().any(|&x| x > 0.0) {
            let hot = self.rng.below(raw.len());
            raw[hot] = 1.0;
        }
        v.copy_from_slice(raw);
        round_to_grid(v);
    }
}

/// How one distribution of a triple is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Dirichlet(1): uniform on the simplex.
    Flat,
    /// Dirichlet(0.2)-like, with exact zeros.
    Sparse,
}

/// Normalises non-negative weights `v` (not all 0) and rounds them to multiples of 1/GRID that
/// sum to 1 exactly in decimal: the rounding remainder goes to the largest entry. The f64 sum
/// is then within n·1e-16 of 1.
fn round_to_grid(v: &mut [f64]) {
    let total: f64 = v.iter().sum();
    if !(total.is_finite() && total > 0.0) {
        let n = v.len().max(1) as f64;
        v.iter_mut().for_each(|x| *x = (GRID / n).floor());
    } else {
        v.iter_mut().for_each(|x| *x = (*x / total * GRID).round());
    }
    // Now whole numbers of grid units; fix the total to exactly GRID.
    let units: f64 = v.iter().sum();
    let mut largest = 0;
    for (i, &x) in v.iter().enumerate() {
        if x > v[largest] {
            largest = i;
        }
    }
    if let Some(x) = v.get_mut(largest) {
        // |GRID − units| ≤ n/2 ≤ GRID/n for n ≤ MAX_OUTCOMES, so this stays ≥ 0.
        *x = (*x + (GRID - units)).max(0.0);
    }
    v.iter_mut().for_each(|x| *x /= GRID);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn triple(p: &[f64], q: &[f64], r: &[f64]) -> Triple {
        Triple {
            p: p.to_vec(),
            q: q.to_vec(),
            r: r.to_vec(),
        }
    }

    #[test]
    fn names_round_trip() {
        for c in Candidate::ALL {
            assert_eq!(Candidate::parse(c.as_str()), Some(c));
            assert_eq!(Candidate::ALL[c.index()], c);
        }
        assert_eq!(Candidate::parse("kl"), None);
    }

    #[test]
    fn lesson_counterexample_breaks_js_only() {
        let t = triple(&[1.0, 0.0], &[0.5, 0.5], &[0.0, 1.0]);
        // ln 2 − 2·0.2157615543388357 (mpmath).
        let want = std::f64::consts::LN_2 - 2.0 * 0.215_761_554_338_835_7;
        assert!((excess(Candidate::Js, &t) - want).abs() < 1e-12);
        assert!(violates(Candidate::Js, &t));
        assert!(!violates(Candidate::SqrtJs, &t));
        assert!(excess(Candidate::SqrtJs, &t) < 0.0);
        // Different supports: every sym-KL is +∞, so no violation (and no NaN).
        assert_eq!(excess(Candidate::SymKl, &t), f64::NEG_INFINITY);
        assert!(!violates(Candidate::SymKl, &t));
        // Put R in the middle: the worst ordering moves (½,½) back into Q.
        let (e, w) = worst_ordering(Candidate::Js, &triple(&t.p, &t.r, &t.q));
        assert_eq!(w, t);
        assert_eq!(e, excess(Candidate::Js, &t));
    }

    #[test]
    fn infinite_sides() {
        assert_eq!(excess_of(f64::INFINITY, 1.0, 2.0), f64::INFINITY);
        assert_eq!(excess_of(1.0, f64::INFINITY, 2.0), f64::NEG_INFINITY);
        assert_eq!(
            excess_of(f64::INFINITY, f64::INFINITY, 2.0),
            f64::NEG_INFINITY
        );
        assert_eq!(excess_of(3.0, 1.0, 0.5), 1.5);
    }

    #[test]
    fn drawn_distributions_are_on_the_grid() {
        let mut s = Search::new(5, 3);
        for _ in 0..2000 {
            s.draw();
            for v in [&s.scratch.p, &s.scratch.q, &s.scratch.r] {
                assert_eq!(v.len(), 5);
                let sum: f64 = v.iter().sum();
                assert!((sum - 1.0).abs() < 1e-9, "{v:?}");
                for &x in v {
                    assert!((0.0..=1.0).contains(&x));
                    assert!((x * GRID - (x * GRID).round()).abs() < 1e-6, "{x}");
                }
            }
        }
    }

    fn run(n: usize, seed: u64, count: usize) -> Search {
        let mut s = Search::new(n, seed);
        // In frame-sized chunks, as the page does.
        for _ in 0..count / 500 {
            s.step(500);
        }
        s
    }

    #[test]
    fn sqrt_js_holds_js_and_sym_kl_break() {
        for n in [2, 3, 5] {
            let s = run(n, 42 + n as u64, 20_000);
            assert_eq!(s.tried(), 20_000);
            assert_eq!(s.violations(Candidate::SqrtJs), 0, "n = {n}");
            assert!(s.violations(Candidate::Js) > 1000, "n = {n}");
            assert!(s.violations(Candidate::SymKl) > 1000, "n = {n}");
            for c in Candidate::ALL {
                let Some((e, t)) = s.worst(c) else {
                    panic!("no worst triple for {c:?}");
                };
                assert!(!e.is_nan());
                if c == Candidate::SqrtJs {
                    assert!(e <= TOLERANCE, "n = {n}: {e}");
                } else {
                    assert!(e > 0.0, "{c:?}");
                }
                // The reported triple, recomputed from scratch, breaks the inequality as stated.
                assert_eq!(excess(c, t), e, "{c:?}");
                assert_eq!(violates(c, t), c != Candidate::SqrtJs, "{c:?} {t:?}");
            }
        }
    }

    #[test]
    fn violations_are_found_quickly() {
        let s = run(3, 9, 500);
        assert!(s.violations(Candidate::Js) > 0);
        assert!(s.violations(Candidate::SymKl) > 0);
    }

    #[test]
    fn deterministic_per_seed() {
        let (a, b) = (run(4, 7, 3000), run(4, 7, 3000));
        let c = run(4, 8, 3000);
        for k in Candidate::ALL {
            assert_eq!(a.violations(k), b.violations(k));
            assert_eq!(a.worst(k), b.worst(k));
        }
        assert_ne!(a.worst(Candidate::Js), c.worst(Candidate::Js));
    }

    #[test]
    fn degenerate_sizes() {
        let mut s = Search::new(0, 1);
        assert_eq!(s.n(), 1);
        s.step(10);
        for c in Candidate::ALL {
            assert_eq!(s.violations(c), 0);
            assert_eq!(s.worst(c).map(|(e, _)| e), Some(0.0));
        }
        assert!(
            s.worst(Candidate::Js)
                .is_some_and(|(_, t)| t.p == vec![1.0])
        );
        assert_eq!(Search::new(1 << 20, 1).n(), MAX_OUTCOMES);
    }
}
