//! Tests of `kde`.
use super::*;
use crate::data::Rng;
use crate::math::quad;

fn normals(seed: u64, n: usize, mu: f64, sigma: f64) -> Vec<f64> {
    let mut r = Rng::new(seed);
    (0..n).map(|_| mu + sigma * r.normal()).collect()
}

fn points(seed: u64, n: usize, at: (f64, f64), sigma: f64) -> Vec<f32> {
    let mut r = Rng::new(seed);
    (0..n)
        .flat_map(|_| [at.0 + sigma * r.normal(), at.1 + sigma * r.normal()])
        .map(|v| v as f32)
        .collect()
}

fn normal_pdf(x: f64, mu: f64, var: f64) -> f64 {
    (-(x - mu) * (x - mu) / (2.0 * var)).exp() / (2.0 * PI * var).sqrt()
}

#[test]
fn mean_std_of_a_known_vector() {
    let v = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
    assert_eq!(mean_std(&v), (5.0, 2.0));
    assert!(mean_std(&[]).0.is_nan() && mean_std(&[]).1.is_nan());
    assert!(mean_std(&[1.0, f64::NAN]).0.is_nan());
}

#[test]
fn silverman_follows_the_rule_and_never_vanishes() {
    let xs = normals(3, 1000, 0.0, 2.0);
    // For a normal sample IQR/1.34 ≈ σ; h ≈ 0.9·σ·n^(−1/5).
    let rule = 0.9 * mean_std(&xs).1 * 1000f64.powf(-0.2);
    let h = silverman_bandwidth(&xs);
    assert!((h / rule - 1.0).abs() < 0.06, "h {h}");
    assert_eq!(silverman_bandwidth(&[1.0]), MIN_BANDWIDTH);
    assert_eq!(silverman_bandwidth(&[3.0; 10]), MIN_BANDWIDTH);
    assert_eq!(silverman_bandwidth(&[]), MIN_BANDWIDTH);
    // IQR 0 but σ > 0: σ is used.
    let v = [0.0, 0.0, 0.0, 0.0, 0.0, 10.0];
    let rule = 0.9 * mean_std(&v).1 * 6f64.powf(-0.2);
    assert!((silverman_bandwidth(&v) - rule).abs() < 1e-12);
}

#[test]
fn grid1_interpolates_and_integrates() {
    let g = Grid1 {
        lo: 0.0,
        hi: 2.0,
        values: vec![0.0, 1.0, 0.0],
    };
    assert_eq!((g.step(), g.x(2)), (1.0, 2.0));
    assert!((g.at(0.5) - 0.5).abs() < 1e-15 && (g.at(1.0) - 1.0).abs() < 1e-15);
    assert_eq!(
        (g.at(-0.1), g.at(2.1), g.at(f64::NAN), g.at(2.0)),
        (0.0, 0.0, 0.0, 0.0)
    );
    assert!((g.integral() - 1.0).abs() < 1e-15);
}

#[test]
fn kde_1d_matches_the_direct_sum() {
    let xs = normals(5, 300, 0.5, 1.5);
    for (h, n) in [(0.3, 512), (0.01, 64)] {
        let g = kde_1d(&xs, h, -5.0, 6.0, n);
        for i in 0..n {
            let kernels = xs.iter().map(|&m| normal_pdf(g.x(i), m, h * h));
            let direct = kernels.sum::<f64>() / 300.0;
            // Rounding, plus what the ±6h window cuts: under e^(−18) of one kernel's peak.
            let cut = (-18.0f64).exp() / (h * (2.0 * PI).sqrt());
            let err = (g.values[i] - direct).abs();
            assert!(err <= 1e-12 * direct + cut, "i {i} h {h}: {err}");
        }
    }
}

#[test]
fn kde_of_normal_samples_is_a_smoothed_normal() {
    let xs = normals(11, 200_000, 0.0, 1.0);
    let h = silverman_bandwidth(&xs);
    let g = kde_1d(&xs, h, -7.0, 7.0, 701);
    assert!((g.integral() - 1.0).abs() < 1e-3, "∫ {}", g.integral());
    // E[KDE] is exactly N(0, 1 + h²); its noise (one sd) is under 2 % out to |x| = 2.
    for i in 0..g.values.len() {
        let x = g.x(i);
        if x.abs() <= 2.0 {
            let want = normal_pdf(x, 0.0, 1.0 + h * h);
            let err = (g.values[i] / want - 1.0).abs();
            assert!(err < 0.05, "x {x}: {err}");
        }
    }
    // Non-finite samples are skipped; no samples give zeros.
    let with_nan = kde_1d(&[0.0, f64::NAN, f64::INFINITY], 0.5, -3.0, 3.0, 61);
    assert!((with_nan.integral() - 1.0).abs() < 1e-3);
    let zero = |g: Grid1| g.values.iter().all(|&v| v == 0.0);
    assert!(zero(kde_1d(&[], 0.5, -3.0, 3.0, 61)));
    assert!(zero(kde_1d(&[0.0], f64::NAN, 1.0, 1.0, 1)));
}

#[test]
fn js_grid_identical_disjoint_and_exact() {
    let lo = -14.0;
    let n = 29_001;
    let step = 29.0 / (n - 1) as f64;
    let on =
        |f: &dyn Fn(f64) -> f64| -> Vec<f64> { (0..n).map(|i| f(lo + i as f64 * step)).collect() };
    let p = on(&|x| normal_pdf(x, 0.0, 1.0));
    assert_eq!(js_grid(&p, &p, step), 0.0);
    let a = on(&|x| normal_pdf(x, -5.0, 0.01));
    let b = on(&|x| normal_pdf(x, 5.0, 0.01));
    assert!((js_grid(&a, &b, step) - LN_2).abs() < 1e-9);
    let q = on(&|x| normal_pdf(x, 1.0, 1.0));
    let pieces = [
        (-14.0, -1.0),
        (-1.0, 0.0),
        (0.0, 1.0),
        (1.0, 2.0),
        (2.0, 15.0),
    ];
    let f = |x| js_term(normal_pdf(x, 0.0, 1.0), normal_pdf(x, 1.0, 1.0));
    let exact = quad::integrate(f, &pieces);
    // 0.111 421 482 184 723 by a Riemann sum with step 10⁻⁴ over [−15, 16] (Python).
    assert!((exact - 0.111_421_482_184_723).abs() < 1e-9, "{exact}");
    assert!((js_grid(&p, &q, step) - exact).abs() < 1e-6);
    assert!(js_grid(&p, &q[1..], step).is_nan());
}

#[test]
fn kde_2d_is_a_density_and_js_separates() {
    let (x, y, n) = ((-4.0, 4.0), (-4.0, 4.0), 64);
    let real = points(1, 2000, (0.0, 0.0), 1.0);
    let fake = points(2, 2000, (0.0, 0.0), 1.0);
    let h = scott_bandwidth_2d(&real);
    assert!((h - 2000f64.powf(-1.0 / 6.0)).abs() < 0.03, "h {h}");
    let p = kde_2d(&real, h, x, y, n);
    let q = kde_2d(&fake, h, x, y, n);
    assert!((p.mass() - 1.0).abs() < 5e-3, "mass {}", p.mass());
    let same = js_grid_2d(&p, &q);
    assert!((0.0..0.02).contains(&same), "same {same}");
    let left = points(3, 2000, (-2.0, 0.0), 0.3);
    let right = points(4, 2000, (2.0, 0.0), 0.3);
    let apart = js_grid_2d(&kde_2d(&left, h, x, y, n), &kde_2d(&right, h, x, y, n));
    assert!(apart > 0.6, "apart {apart}");
    // Mismatched grids: NaN, not a panic; NaN points are skipped.
    assert!(js_grid_2d(&p, &kde_2d(&real, h, x, y, 32)).is_nan());
    let values = vec![0.0; 3];
    let broken = Grid2 {
        values,
        ..p.clone()
    };
    assert!(js_grid_2d(&broken, &broken).is_nan());
    let nan = kde_2d(&[0.0, 0.0, f32::NAN, 1.0, 5.0], 0.5, x, y, n);
    assert!((nan.mass() - 1.0).abs() < 1e-3);
}

/// Run with `cargo test --release --lib kde -- --ignored --nocapture`.
#[test]
#[ignore = "timing: meaningful only in an optimised build"]
fn fast_enough_for_every_frame() {
    let xs = normals(9, 2000, 0.0, 1.0);
    let pts = points(9, 2000, (0.0, 0.0), 1.0);
    let (h1, h2) = (silverman_bandwidth(&xs), scott_bandwidth_2d(&pts));
    let time = |f: &dyn Fn() -> f64| {
        let start = web_time::Instant::now();
        let mut sink = 0.0;
        for _ in 0..100 {
            sink += f();
        }
        assert!(sink.is_finite());
        start.elapsed().as_secs_f64() * 10.0 // ms per call
    };
    let t1 = time(&|| kde_1d(&xs, h1, -5.0, 5.0, 512).values[256]);
    let t2 = time(&|| kde_2d(&pts, h2, (-4.0, 4.0), (-4.0, 4.0), 64).values[2080]);
    println!("kde_1d 2000×512: {t1:.3} ms; kde_2d 2000 on 64²: {t2:.3} ms");
    assert!(t1 < 5.0 && t2 < 10.0);
}

#[test]
fn knn_bandwidth_follows_the_local_scale() {
    let mut rng = Rng::new(3);
    // Two tight clusters (σ = 0.02) two units apart: Scott's rule sees the spread of 1, the
    // k-nearest-neighbour rule the clusters' scale.
    let points: Vec<f32> = (0..400)
        .flat_map(|i| {
            let c = if i % 2 == 0 { -1.0 } else { 1.0 };
            [
                (c + 0.02 * rng.normal()) as f32,
                (0.02 * rng.normal()) as f32,
            ]
        })
        .collect();
    let knn = knn_bandwidth_2d(&points);
    assert!(knn > 0.005 && knn < 0.05, "{knn}");
    assert!(scott_bandwidth_2d(&points) > 5.0 * knn);
    assert_eq!(knn_bandwidth_2d(&[]), MIN_BANDWIDTH);
    assert_eq!(knn_bandwidth_2d(&[0.0, 0.0, 0.0, 0.0]), MIN_BANDWIDTH);
    assert_eq!(knn_bandwidth_2d(&[f32::NAN, 1.0, 0.5, 0.5]), MIN_BANDWIDTH);
}
