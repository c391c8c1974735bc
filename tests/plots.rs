//! The plotting functions render natively (to SVG) and draw what the lesson says they draw.

use genlab::i18n::Lang;
use genlab::math::Unit;
use genlab::plot::Scale;
use genlab::plot::xlogx::{LimitFigure, TermsFigure, draw_limit, draw_terms};
use plotters::prelude::*;

fn svg(draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, plotters::coord::Shift>)) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (800, 480)).into_drawing_area();
        draw(&root);
        root.present().unwrap_or_else(|e| panic!("present: {e:?}"));
    }
    out
}

#[test]
fn terms_figure_marks_each_probability_and_the_ring_at_one() {
    let fig = TermsFigure {
        p: vec![0.2, 0.3, 0.5],
        unit: Unit::Nats,
        highlight_one: false,
        y_label: "−x·ln x".into(),
    };
    let plain =
        svg(|a| draw_terms(a, &fig, Scale::new(1.0, Lang::En)).unwrap_or_else(|e| panic!("{e:?}")));
    assert!(plain.contains("<polyline"), "the curve is drawn");
    assert_eq!(plain.matches("<circle").count(), 3, "one point per pᵢ");
    assert!(plain.contains("−x·ln x"));
    let ringed = svg(|a| {
        draw_terms(
            a,
            &TermsFigure {
                highlight_one: true,
                ..fig.clone()
            },
            Scale::new(1.0, Lang::En),
        )
        .unwrap_or_else(|e| panic!("{e:?}"))
    });
    assert_eq!(ringed.matches("<circle").count(), 4, "step 4 rings (1, 0)");
}

#[test]
fn limit_figure_draws_the_probe() {
    let fig = LimitFigure {
        x: 1e-6,
        highlight: true,
        x_label: "x".into(),
    };
    let out =
        svg(|a| draw_limit(a, &fig, Scale::new(2.0, Lang::En)).unwrap_or_else(|e| panic!("{e:?}")));
    assert_eq!(out.matches("<circle").count(), 1);
    assert!(out.matches("\n1e-").count() >= 3, "log-scale tick labels");
}

#[test]
fn samples_figure_draws_every_finite_sample() {
    use genlab::plot::samples::{SamplesFigure, draw_samples};
    let fig = SamplesFigure {
        dim: 2,
        real: vec![0.5, 0.5, -0.5, 0.2, f32::NAN, 0.0],
        fake: vec![0.1, -0.9],
    };
    let out = svg(|a| {
        draw_samples(a, &fig, Scale::new(1.0, Lang::En)).unwrap_or_else(|e| panic!("{e:?}"))
    });
    assert_eq!(
        out.matches("<circle").count(),
        3,
        "two real, one fake, NaN skipped"
    );
    let strip = SamplesFigure {
        dim: 1,
        real: vec![0.5, 1.5, -2.0],
        fake: vec![0.0; 4],
    };
    let out = svg(|a| {
        draw_samples(a, &strip, Scale::new(1.0, Lang::En)).unwrap_or_else(|e| panic!("{e:?}"))
    });
    assert_eq!(out.matches("<circle").count(), 7);
}
