//! Tests of `field2d`.
use super::*;
use crate::i18n::Lang;

fn figure() -> Field2dFigure {
    Field2dFigure {
        x: (-2.0, 2.0),
        y: (-2.0, 2.0),
        real: vec![0.5, 0.5, -1.0, 1.0, 1.5, -1.5],
        fake: vec![0.0, 0.0, 1.0, 1.0],
        arrows: vec![0.3, 0.4, -1.0, 0.0],
        manifold: (0..9)
            .flat_map(|k| [(k % 3) as f32 - 1.0, (k / 3) as f32 - 1.0])
            .collect(),
        manifold_m: 3,
        drawn: vec![([0.2, -0.3], 0), ([-0.5, 0.5], 1)],
        show_real: true,
        show_fake: true,
        show_arrows: true,
        show_manifold: true,
        by_class: false,
        real_labels: vec![],
        fake_labels: vec![],
        focus: None,
    }
}

fn render(fig: &Field2dFigure, size: (u32, u32)) -> (String, Frame, Vec<[i32; 4]>) {
    let mut svg = String::new();
    let mut calls = Vec::new();
    let frame = {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let mut record = |a: (i32, i32), b: (i32, i32)| calls.push([a.0, a.1, b.0, b.1]);
        draw_field_2d(&root, fig, Scale::new(1.0, Lang::En), &mut record)
            .unwrap_or_else(|e| panic!("{e:?}"))
    };
    (svg, frame, calls)
}

#[test]
fn draws_every_layer_and_reports_the_underlay() {
    let (svg, frame, calls) = render(&figure(), (640, 480));
    assert_eq!(
        svg.matches(r##"stroke="#1F4E99""##).count(),
        3,
        "real rings"
    );
    assert_eq!(
        svg.matches(r##"fill="#E67E22""##).count(),
        2 + 1,
        "fake discs, a drawn one"
    );
    assert_eq!(
        svg.matches(r##"fill="none" stroke="#000000""##).count(),
        2,
        "drawn outlines"
    );
    assert!(svg.contains("#6A3D9A"), "the lattice");
    assert_eq!(calls.len(), 1);
    let [l, t, r, b] = calls[0];
    assert!(0 <= l && l < r && r <= 640 && 0 <= t && t < b && b <= 480);
    // Equal ranges: a square plotting area.
    assert!(((r - l) - (b - t)).abs() <= 2, "{:?}", calls[0]);
    assert_eq!(frame.to_pixel((-2.0, 2.0)), (f64::from(l), f64::from(t)));
    assert_eq!(frame.to_pixel((2.0, -2.0)), (f64::from(r), f64::from(b)));
    assert_eq!(frame.to_data((f64::from(l), f64::from(b))), (-2.0, -2.0));
}

#[test]
fn hidden_layers_and_bad_values_draw_nothing_and_never_panic() {
    let hidden = Field2dFigure {
        show_real: false,
        show_fake: false,
        show_arrows: false,
        show_manifold: false,
        drawn: vec![],
        ..figure()
    };
    let (svg, _, calls) = render(&hidden, (300, 300));
    assert!(!svg.contains("<circle") && calls.len() == 1);
    let nan = f32::NAN;
    let bad = Field2dFigure {
        x: (-f64::MAX, f64::MAX),
        y: (3.0, 3.0),
        real: vec![nan, 0.0, 0.5, f32::INFINITY, 0.1],
        fake: vec![0.0, nan, 0.2, 0.2],
        arrows: vec![nan, nan, 0.0, 0.0, 1.0],
        manifold: vec![0.0, nan, 5.0, 5.0, 0.1, 0.1],
        manifold_m: 2,
        drawn: vec![([nan, 0.0], 200), ([9.0, 9.0], 3)],
        ..figure()
    };
    let (svg, frame, _) = render(&bad, (120, 90));
    assert_eq!((frame.x, frame.y), ((-1.0, 1.0), (-1.0, 1.0)));
    assert_eq!(
        svg.matches("<circle").count(),
        1,
        "only the fake at (0.2, 0.2)"
    );
    render(&Field2dFigure::default(), (10, 10));
    render(
        &Field2dFigure {
            x: (f64::NAN, 1.0),
            ..figure()
        },
        (200, 100),
    );
}

#[test]
fn classes_colour_data_samples_and_drawn_points_alike() {
    let fig = Field2dFigure {
        by_class: true,
        real_labels: vec![0, 1, 2],
        fake_labels: vec![3, 1],
        show_arrows: false,
        show_manifold: false,
        ..figure()
    };
    let (svg, _, _) = render(&fig, (640, 480));
    let count = |attr: &str, colour: RGBColor| {
        let RGBColor(r, g, b) = colour;
        svg.matches(&format!(r##"{attr}="#{r:02X}{g:02X}{b:02X}""##))
            .count()
    };
    let [c0, c1, c2, c3, ..] = CLASS_PALETTE;
    assert_eq!(
        (
            count("stroke", c0),
            count("stroke", c1),
            count("stroke", c2)
        ),
        (1, 1, 1),
        "data rings by class"
    );
    assert_eq!(count("fill", c3), 1, "a class-3 sample");
    assert_eq!(
        count("fill", c1),
        2,
        "a class-1 sample and a class-1 drawn point"
    );
    assert_eq!(count("fill", c0), 1, "a class-0 drawn point");
    assert_eq!(count("stroke", CURVE) + count("fill", HIGHLIGHT), 0);
    // A missing label is class 0; a class in focus leaves the others' data faint.
    let focused = Field2dFigure {
        real_labels: vec![1],
        focus: Some(1),
        ..fig
    };
    let (svg, _, _) = render(&focused, (640, 480));
    assert_eq!(svg.matches("opacity=\"0.2\"").count(), 2, "faint rings");
    assert_eq!(class_css(0), "#0072b2");
    assert_eq!(class_css(9), "#e69f00");
}

#[test]
fn clipping_keeps_segments_inside() {
    let b = (-1.0, 1.0);
    assert_eq!(
        clip((0.0, 0.0), (2.0, 0.0), b, b),
        Some(((0.0, 0.0), (1.0, 0.0)))
    );
    assert_eq!(clip((2.0, 2.0), (3.0, 0.0), b, b), None);
    let path = [(0.0, 0.0), (0.5, 0.0), (3.0, 0.0), (0.5, 0.5)];
    let paths = crate::plot::plane::clip_path(&path, b, b);
    assert_eq!(
        paths,
        vec![
            vec![(0.0, 0.0), (0.5, 0.0), (1.0, 0.0)],
            vec![(1.0, 0.4), (0.5, 0.5)]
        ]
    );
}

#[test]
fn heatmap_is_light_diverging_and_flipped() {
    // Row 0 (bottom): D = 0, ½; row 1 (top): D = 1, NaN.
    let img = heatmap_rgba(&[0.0, 0.5, 1.0, f32::NAN], 2);
    assert_eq!(img.len(), 16);
    assert_eq!(&img[0..4], &[0x9e, 0xc5, 0xf0, 255], "top left: D = 1");
    assert_eq!(&img[4..8], &[224, 224, 224, 255], "top right: NaN");
    assert_eq!(&img[8..12], &[0xf8, 0xc9, 0xa0, 255], "bottom left: D = 0");
    assert_eq!(&img[12..16], &[255, 255, 255, 255], "bottom right: D = ½");
    assert_eq!(heatmap_rgba(&[0.75], 1), vec![207, 226, 248, 255]);
    assert_eq!(heatmap_rgba(&[], 3).len(), 36);
}

#[test]
fn arrows_are_a_sparse_field_with_a_capped_length() {
    // 1 000 samples on a circle, each pushed outwards; one push 100 times the others.
    let n = 1000;
    let mut fig = figure();
    fig.fake = (0..n)
        .flat_map(|i| {
            let t = i as f32 * 0.0063;
            [t.cos(), t.sin()]
        })
        .collect();
    fig.arrows = (0..n)
        .flat_map(|i| {
            let t = i as f32 * 0.0063;
            let s = if i == 0 { 100.0 } else { 1.0 };
            [s * t.cos(), s * t.sin()]
        })
        .collect();
    let (_, frame, _) = render(&fig, (400, 400));
    let paths = arrow_paths(&fig, &frame, 4.0);
    let shafts: Vec<_> = paths.iter().filter(|p| p.len() == 2).collect();
    assert!(
        shafts.len() <= MAX_ARROWS && shafts.len() >= MAX_ARROWS / 2,
        "{}",
        shafts.len()
    );
    let width = fig.x.1 - fig.x.0;
    let length = |p: &&Vec<(f64, f64)>| (p[1].0 - p[0].0).hypot(p[1].1 - p[0].1);
    let longest = shafts.iter().map(length).fold(0.0, f64::max);
    assert!(
        longest <= ARROW_CAP * width + 1e-9,
        "the huge push is capped: {longest}"
    );
    // The ordinary pushes keep the typical length, not shrunk by the huge one.
    let typical = length(&shafts[1]);
    assert!((typical - ARROW_FRACTION * width).abs() < 1e-6, "{typical}");
}
