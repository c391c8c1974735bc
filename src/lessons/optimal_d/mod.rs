//! Lesson: the optimal discriminator (`#/optimal-d?data=…&g=…&x=…&step=…`). The theorem
//! D* = p_data/(p_data + p_g) and its pointwise proof: at a draggable x, f(s) with its maximum
//! at s* = D*(x), the signs of f′ at the ends, and what happens where a density is 0.

mod exercises;
mod text;

use leptos::prelude::*;

use crate::components::{
    Area, MixtureBinding, PageParams, PlotCanvas, Readout, cue, tr, use_page, use_params,
};
use crate::data::Mixture;
use crate::data::mixture_edit::x_range;
use crate::math::gan::{argmax_s, d_star, f_s_prime};
use crate::params::Notice;
use crate::params::mixture::{format_mixture, mixture_param};
use crate::params::pages::OPTIMAL_D;
use crate::plot::INK;
use crate::plot::lines::{Frame, LinesFigure, draw_lines, sample};
use crate::route::{Query, Route};

use super::gan_common::{
    DATA_COLOR, Densities, DraftSlider, Drafted, TheoryPage, bind_pair, curve, d_figure, fill,
    label, mark, step_param,
};
use super::{Lesson, Part};
use exercises::EXERCISES;

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "optimal-d",
    part: Part::Derivations,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    lab: false,
    view: || view! { <OptimalD/> }.into_any(),
};

/// Default p_data.
pub const DEFAULT_DATA: &str = OPTIMAL_D.default_of("data");
/// Default p_g.
pub const DEFAULT_G: &str = OPTIMAL_D.default_of("g");
/// Range of the probe.
pub const X_RANGE: (f64, f64) = OPTIMAL_D.range_of("x");

#[derive(Clone, Debug, PartialEq)]
struct Params {
    data: Mixture,
    g: Mixture,
    x: f64,
    step: usize,
}

fn read(q: &Query) -> (Params, Vec<Notice>) {
    let mut notices = Vec::new();
    let t = &OPTIMAL_D;
    let data = mixture_param(q, &t.row("data"), &mut notices);
    let g = mixture_param(q, &t.row("g"), &mut notices);
    let x = t.row("x").read_real(q, &mut notices);
    let step = step_param(q, t, &mut notices);
    (Params { data, g, x, step }, notices)
}

/// The maximiser of f(s) = p_d·log s + p_g·log(1 − s) from the densities at x; where one of
/// them underflows to 0 (far in a tail, though a Gaussian density is never 0), the same ratio
/// from their logarithms.
fn s_star(data: &Mixture, g: &Mixture, x: f64) -> f64 {
    let (pd, pg) = (data.pdf(x), g.pdf(x));
    match argmax_s(pd, pg) {
        Some(s) if pd > 0.0 && pg > 0.0 => s,
        _ => d_star(data, g, x),
    }
}

/// f(s)/(p_data(x) + p_g(x)) = D*·log s + (1 − D*)·log(1 − s): the same maximiser as f, and
/// still visible where both densities are tiny.
fn f_scaled(ds: f64, s: f64) -> f64 {
    let term = |w: f64, v: f64| if w == 0.0 { 0.0 } else { w * v.ln() };
    term(ds, s) + term(1.0 - ds, 1.0 - s)
}

/// `#/gan-objective?…&step=5&data=…&g=…`: the logistic discriminator's lesson for these mixtures,
/// keeping the language and lecture mode of `from`.
fn gap_lesson_hash(from: &Query, data: &Mixture, g: &Mixture) -> String {
    let mut to = Route::to("gan-objective");
    for key in ["lang", "lecture"] {
        if let Some(v) = from.get(key) {
            to.query.set(key, v);
        }
    }
    to.query.set("data", format_mixture(data));
    to.query.set("g", format_mixture(g));
    to.query.set("step", "5");
    to.to_hash()
}

/// The page's state: the mixtures, the probe x and the values at x.
#[derive(Clone, Copy)]
struct State {
    params: Memo<Params>,
    data: MixtureBinding,
    g: MixtureBinding,
    x: Drafted<f64>,
    pd: Memo<f64>,
    pg: Memo<f64>,
    ds: Memo<f64>,
    ss: Memo<f64>,
    range: Memo<(f64, f64)>,
}

impl State {
    fn new(pp: PageParams<Params>) -> State {
        let (data, g) = bind_pair(pp.field(|p| p.data.clone()), pp.field(|p| p.g.clone()));
        let x = Drafted::new(pp.field(|p| p.x));
        let at = x.value;
        State {
            params: pp.params,
            data,
            g,
            x,
            pd: Memo::new(move |_| data.value.with(|m| m.pdf(at.get()))),
            pg: Memo::new(move |_| g.value.with(|m| m.pdf(at.get()))),
            ds: Memo::new(move |_| {
                data.value
                    .with(|d| g.value.with(|m| d_star(d, m, at.get())))
            }),
            ss: Memo::new(move |_| {
                data.value
                    .with(|d| g.value.with(|m| s_star(d, m, at.get())))
            }),
            range: pp.field(|p| {
                let (lo, hi) = x_range(&[&p.data, &p.g]);
                (lo.min(p.x - 0.5), hi.max(p.x + 0.5))
            }),
        }
    }
}

#[component]
fn OptimalD() -> impl IntoView {
    let pp = use_params(&[crate::params::pages::OPTIMAL_D], read);
    let step: Signal<usize> = pp.field(|p| p.step).into();
    let st = State::new(pp);
    let at = st.x.value;
    view! {
        <TheoryPage lesson=&LESSON step=step notices=pp.notices reset=pp.reset exercises=&EXERCISES>
            <Densities title=text::DENSITIES hint=text::DENSITIES_HINT caption=text::DENSITIES_CAPTION
                step=step cues=&[1, 2, 6] data=st.data g=st.g x=st.range
                marker=Signal::derive(move || Some((at.get(), "x".to_string())))>
                <div class="sliders" class:cue=cue(step, &[3, 6])>
                    <DraftSlider name="x-slider" key="x" label=text::PROBE num=st.x range=X_RANGE/>
                </div>
                <div class="readouts" class:cue=cue(step, &[3, 4, 6, 7])>
                    <Readout name="p-data-x" label=label(text::P_DATA_X) value=st.pd digits=6/>
                    <Readout name="p-g-x" label=label(text::P_G_X) value=st.pg digits=6/>
                    <Readout name="d-star" label=label(text::D_STAR) value=st.ds digits=6/>
                    <Readout name="s-star" label=label(text::S_STAR) value=st.ss digits=6/>
                </div>
            </Densities>
            <ProofPlots st=st step=step/>
        </TheoryPage>
    }
}

/// The proof's figures: D* with the probe (a click or drag moves it), f(s) with its maximiser,
/// the signs of f′ at the ends, and the link to the logistic D's gap.
#[component]
fn ProofPlots(st: State, step: Signal<usize>) -> impl IntoView {
    let page = use_page();
    let (x, ds, ss) = (st.x, st.ds, st.ss);
    let frame = StoredValue::new(None::<Frame>);
    let draw_dstar = move |area: &Area, scale| {
        let (r, at, d) = (st.range.get(), x.value.get(), ds.get());
        let fig = st.data.value.with(|pd| {
            st.g.value.with(|pg| {
                let curves = vec![curve(
                    "D*(x)",
                    INK,
                    sample(r, 400, |t| d_star(pd, pg, t)),
                    false,
                )];
                LinesFigure {
                    marker: Some((at, "x".into())),
                    handles: vec![mark((at, d))],
                    ..d_figure(r, curves, "D*")
                }
            })
        });
        draw_lines(area, &fig, scale).map(|f| frame.set_value(Some(f)))
    };
    // A click or drag on the D* plot moves the probe.
    let probe = Callback::new(move |(phase, u, v): (u8, f64, f64)| {
        if let Some(f) = frame.get_value() {
            let t = f.to_data((u, v)).0.clamp(X_RANGE.0, X_RANGE.1);
            if phase == 2 {
                x.commit(page, "x", X_RANGE, t);
            } else {
                x.show(t);
            }
        }
    });
    let draw_f = move |area: &Area, scale| {
        let (d, s) = (ds.get(), ss.get());
        let fig = LinesFigure {
            x: (0.0, 1.0),
            curves: vec![curve(
                "f(s) / (p_data + p_g)",
                DATA_COLOR,
                sample((0.002, 0.998), 300, |t| f_scaled(d, t)),
                false,
            )],
            marker: Some((s, "s*".into())),
            handles: vec![mark((s, f_scaled(d, s)))],
            x_label: "s".into(),
            y_label: "f(s) / (p_data + p_g)".into(),
            ..LinesFigure::default()
        };
        draw_lines(area, &fig, scale).map(drop)
    };
    let dstar_alt = Signal::derive(move || {
        fill(
            page.lang.get(),
            text::DSTAR_ALT,
            &[("{x}", x.value.get()), ("{d}", ds.get())],
        )
    });
    let f_alt = Signal::derive(move || {
        let values = [
            ("{pd}", st.pd.get()),
            ("{pg}", st.pg.get()),
            ("{s}", ss.get()),
        ];
        fill(page.lang.get(), text::F_ALT, &values)
    });
    let fp0 = Signal::derive(move || f_s_prime(st.pd.get(), st.pg.get(), 1e-6));
    let fp1 = Signal::derive(move || f_s_prime(st.pd.get(), st.pg.get(), 1.0 - 1e-6));
    // The previous lesson with these mixtures, at the step on the logistic D's gap.
    let gap_link = Signal::derive(move || {
        page.route
            .with(|r| st.params.with(|p| gap_lesson_hash(&r.query, &p.data, &p.g)))
    });
    view! {
        <section class="proof-plots" aria-label="D*, f(s)">
            <div class:cue=cue(step, &[1, 7])>
                <PlotCanvas name="plot-dstar" draw=draw_dstar label=dstar_alt
                    caption=label(text::DSTAR_CAPTION) on_pointer=probe/>
            </div>
            <div class:cue=cue(step, &[3, 4, 5, 6])>
                <PlotCanvas name="plot-f" draw=draw_f label=f_alt caption=label(text::F_CAPTION)/>
            </div>
            <div class="readouts" class:cue=cue(step, &[5, 6])>
                <Readout name="f-prime-0" label=label(text::F_PRIME_0) value=fp0 digits=4/>
                <Readout name="f-prime-1" label=label(text::F_PRIME_1) value=fp1 digits=4/>
            </div>
            <p class="proof-link" class:cue=cue(step, &[1, 7])>
                <a href=gap_link data-testid="link-logistic-gap">{tr(text::GAP_LINK)} " →"</a>
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::{Kind, validate};
    use crate::lessons::gan_common::mix as m;
    use crate::math::gan::f_s;

    #[test]
    fn reads_the_url() {
        let (p, n) = read(&Query::parse("x=-3.5&step=7"));
        assert!(n.is_empty());
        assert_eq!((p.x, p.step, p.data), (-3.5, 7, m(DEFAULT_DATA)));
        let (p, n) = read(&Query::parse("x=11&g=1:0:-1"));
        assert_eq!(n.len(), 2);
        assert_eq!((p.x, p.g), (0.5, m(DEFAULT_G)));
    }

    #[test]
    fn s_star_is_d_star_even_in_the_tails() {
        let (d, g) = (m("1:-3:0.3"), m("1:3:0.3"));
        for x in [-9.5, -1.0, 0.0, 0.3, 2.0, 9.5] {
            let (a, b) = (s_star(&d, &g, x), d_star(&d, &g, x));
            assert!(
                (a - b).abs() <= 1e-12 * b.abs().max(1e-300),
                "{x}: {a} vs {b}"
            );
        }
        // Both densities underflow at x = 9.5 (σ = 0.3): the maximiser still comes out right.
        assert_eq!(d.pdf(9.5), 0.0);
        assert!(s_star(&d, &g, 9.5) > 0.0 && s_star(&d, &g, 9.5) < 1e-100);
        // f/(p_d + p_g) peaks at D*.
        for ds in [0.0, 0.2, 0.5, 0.9, 1.0] {
            let best = (0..=1000)
                .map(|i| f64::from(i) / 1000.0)
                .max_by(|a, b| f_scaled(ds, *a).total_cmp(&f_scaled(ds, *b)))
                .unwrap_or(-1.0);
            assert!((best - ds).abs() < 1e-3, "{ds}: {best}");
        }
    }

    #[test]
    fn exercises_are_valid_and_right() {
        validate(&EXERCISES).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d_star(&m("1:1:1"), &m("1:-1:1"), 0.0), 0.5);
        assert!((argmax_s(0.3, 0.1).unwrap_or(0.0) - 0.75).abs() < 1e-15);
        // On [0, 1] with 0·log 0 = 0: p_g = 0 puts the maximum at the end s = 1 (f(1) = 0),
        // p_data = 0 at s = 0; inside (0, 1) every value is below it.
        assert_eq!(argmax_s(0.4, 0.0), Some(1.0));
        assert_eq!(argmax_s(0.0, 0.4), Some(0.0));
        assert_eq!(f_s(0.4, 0.0, 1.0), 0.0);
        assert_eq!(f_s(0.4, 0.0, 0.0), f64::NEG_INFINITY);
        assert!(f_s(0.4, 0.0, 0.999) < 0.0 && f_s(0.0, 0.4, 0.0) == 0.0);
        let Kind::Choice { correct, .. } = EXERCISES[2].kind else {
            panic!("a choice")
        };
        assert_eq!(correct, &[0, 4]);
    }

    #[test]
    fn the_gap_link_keeps_the_mixtures_and_the_language() {
        let q = Query::parse("lang=ru&x=1");
        let h = gap_lesson_hash(&q, &m("0.5:-2:0.7,0.5:1.5:1"), &m("1:0:1.5"));
        assert!(h.starts_with("#/gan-objective?"), "{h}");
        let r = Route::parse(&h);
        assert_eq!(r.query.get("lang"), Some("ru"));
        assert_eq!(r.query.get("step"), Some("5"));
        assert_eq!(r.query.get("x"), None);
        assert_eq!(r.query.get("data").map(m), Some(m("0.5:-2:0.7,0.5:1.5:1")));
        assert_eq!(r.query.get("g").map(m), Some(m("1:0:1.5")));
    }
}
