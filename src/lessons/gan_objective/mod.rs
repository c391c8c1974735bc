//! Lesson: the GAN objective (`#/gan-objective?data=…&g=…&d=a:b&step=…`). V(D, G) in both of the
//! seminar's forms, for editable mixtures p_data and p_g and a logistic discriminator
//! D(x) = σ(a·x + b) the user steers, beside the optimal D* and V(D*, G) = C(G).

mod exercises;
mod text;

use leptos::prelude::*;

use crate::components::{
    Area, MixtureBinding, PageCtx, PageParams, PlotCanvas, RichText, Slider, cue, tr, use_page,
    use_params,
};
use crate::data::Mixture;
use crate::data::mixture_edit::x_range;
use crate::i18n::{Text, format_number};
use crate::math::gan::{d_star, sigmoid, v_linear};
use crate::params::mixture::mixture_param;
use crate::params::pages::GAN_OBJECTIVE;
use crate::params::{Notice, parse_number};
use crate::plot::INK;
use crate::plot::lines::{draw_lines, sample};
use crate::route::Query;

use super::gan_common::{
    Densities, Drafted, THIRD_COLOR, TheoryPage, bind_pair, c_of, curve, d_figure, fill, label,
    nats_readout, rich, step_param,
};
use super::{Lesson, Part};
use exercises::EXERCISES;

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "gan-objective",
    part: Part::Derivations,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    lab: false,
    view: || view! { <GanObjective/> }.into_any(),
};

/// Default p_data.
pub const DEFAULT_DATA: &str = GAN_OBJECTIVE.default_of("data");
/// Default p_g.
pub const DEFAULT_G: &str = GAN_OBJECTIVE.default_of("g");
/// Range of the slope a.
pub const A_RANGE: (f64, f64) = (-10.0, 10.0);
/// Range of the offset b.
pub const B_RANGE: (f64, f64) = (-20.0, 20.0);

/// Reads `d=a:b`.
pub fn parse_d(raw: &str) -> Result<(f64, f64), Notice> {
    let (a, b) = raw.split_once(':').ok_or_else(|| Notice::OutOfRange {
        param: "d",
        value: raw.chars().take(40).collect(),
        min: A_RANGE.0,
        max: A_RANGE.1,
    })?;
    Ok((
        parse_number("d", a, A_RANGE.0, A_RANGE.1)?,
        parse_number("d", b, B_RANGE.0, B_RANGE.1)?,
    ))
}

fn format_d((a, b): (f64, f64)) -> String {
    let r = |x: f64| (x * 1e4).round() / 1e4 + 0.0;
    format!("{}:{}", r(a), r(b))
}

#[derive(Clone, Debug, PartialEq)]
struct Params {
    data: Mixture,
    g: Mixture,
    d: (f64, f64),
    step: usize,
}

fn read(q: &Query) -> (Params, Vec<Notice>) {
    let mut notices = Vec::new();
    let t = &GAN_OBJECTIVE;
    let data = mixture_param(q, &t.row("data"), &mut notices);
    let g = mixture_param(q, &t.row("g"), &mut notices);
    let d_row = t.row("d");
    let d = d_row
        .given(q, &mut notices, |_, raw| parse_d(raw))
        .unwrap_or_else(|| parse_d(d_row.default).unwrap_or((1.0, 0.0)));
    let step = step_param(q, t, &mut notices);
    (Params { data, g, d, step }, notices)
}

/// The page's state: the mixtures, the user's D and the values of V.
#[derive(Clone, Copy)]
struct State {
    data: MixtureBinding,
    g: MixtureBinding,
    d: Drafted<(f64, f64)>,
    v_dg: Memo<f64>,
    v_star: Memo<f64>,
    gap: Signal<f64>,
    range: Memo<(f64, f64)>,
}

impl State {
    fn new(pp: PageParams<Params>) -> State {
        let (data, g) = bind_pair(pp.field(|p| p.data.clone()), pp.field(|p| p.g.clone()));
        let d = Drafted::new(pp.field(|p| p.d));
        let v_dg = Memo::new(move |_| {
            let (a, b) = d.value.get();
            data.value
                .with(|pd| g.value.with(|pg| v_linear(pd, pg, a, b)))
        });
        // V(D*, G) = C(G) = 2·JS − log 4 (the accurate route to the same integral).
        let v_star = Memo::new(move |_| data.value.with(|pd| g.value.with(|pg| c_of(pd, pg))));
        let gap = Signal::derive(move || (v_star.get() - v_dg.get()).max(0.0));
        State {
            data,
            g,
            d,
            v_dg,
            v_star,
            gap,
            range: pp.field(|p| x_range(&[&p.data, &p.g])),
        }
    }

    /// Whether the mixtures are the defaults and D is within 0.001 of D* ("reach-dstar").
    fn reached(self) -> Signal<bool> {
        Signal::derive(move || {
            let same = |m: &Mixture, s: &str| Mixture::parse(s).is_ok_and(|d| d == *m);
            self.data.value.with(|m| same(m, DEFAULT_DATA))
                && self.g.value.with(|m| same(m, DEFAULT_G))
                && self.gap.get() < 1e-3
        })
    }
}

#[component]
fn GanObjective() -> impl IntoView {
    let pp = use_params(&[crate::params::pages::GAN_OBJECTIVE], read);
    let step: Signal<usize> = pp.field(|p| p.step).into();
    let st = State::new(pp);
    view! {
        <TheoryPage lesson=&LESSON step=step notices=pp.notices reset=pp.reset exercises=&EXERCISES
            checks=vec![("reach-dstar", st.reached())]>
            <Densities title=text::DENSITIES hint=text::DENSITIES_HINT caption=text::DENSITIES_CAPTION
                step=step cues=&[1, 2, 3] data=st.data g=st.g x=st.range/>
            <Discriminator st=st step=step/>
        </TheoryPage>
    }
}

/// The slider of a (`which` = 0) or b (1).
fn d_slider(page: PageCtx, d: Drafted<(f64, f64)>, which: usize) -> impl IntoView {
    let (name, label, r) = if which == 0 {
        ("d-a", Text::new("a", "a"), A_RANGE)
    } else {
        ("d-b", Text::new("b", "b"), B_RANGE)
    };
    let with = move |v: f64| {
        let (a, b) = d.value.get_untracked();
        if which == 0 { (v, b) } else { (a, v) }
    };
    view! {
        <Slider name=name label=label
            value=Signal::derive(move || if which == 0 { d.value.get().0 } else { d.value.get().1 })
            min=r.0 max=r.1 step=0.05
            draft=Callback::new(move |v| d.show(with(v)))
            commit=Callback::new(move |v| set_d(page, d, with(v)))/>
    }
}

/// Ends a drag of a or b (or "D ≡ ½"): drops the draft and writes `d=a:b`.
fn set_d(page: PageCtx, d: Drafted<(f64, f64)>, v: (f64, f64)) {
    d.draft.set(None);
    page.update_query(|q| q.set("d", format_d(v)));
}

/// The user's discriminator: a and b, the values of V, the warning about D ≡ ½ and the figure
/// of D beside D*.
#[component]
fn Discriminator(st: State, step: Signal<usize>) -> impl IntoView {
    let page = use_page();
    let d = st.d;
    let draw_d = move |area: &Area, scale| {
        let (a, b) = d.value.get();
        let x = st.range.get();
        let fig = st.data.value.with(|pd| {
            st.g.value.with(|pg| {
                let curves = vec![
                    curve(
                        "D(x)",
                        THIRD_COLOR,
                        sample(x, 300, |t| sigmoid(a * t + b)),
                        false,
                    ),
                    curve("D*(x)", INK, sample(x, 300, |t| d_star(pd, pg, t)), true),
                ];
                d_figure(x, curves, "D")
            })
        });
        draw_lines(area, &fig, scale).map(drop)
    };
    let d_alt = Signal::derive(move || {
        let (a, b) = d.value.get();
        let lang = page.lang.get();
        let sign = if b < 0.0 { "−" } else { "+" };
        let values = [
            ("{a}", a),
            ("{v}", st.v_dg.get()),
            ("{vs}", st.v_star.get()),
        ];
        fill(lang, text::D_ALT, &values).replace(
            "{b}",
            &format!("{sign} {}", format_number(b.abs(), 4, lang)),
        )
    });
    view! {
        <section class="discriminator" aria-labelledby="d-title" class:cue=cue(step, &[4, 5])>
            <h2 id="d-title">{tr(text::DISCRIMINATOR)}</h2>
            <div class="sliders">
                {d_slider(page, d, 0)}
                {d_slider(page, d, 1)}
                <button type="button" data-testid="d-half" on:click=move |_| set_d(page, d, (0.0, 0.0))>{tr(text::HALF)}</button>
            </div>
            <div class="readouts">
                {nats_readout("v-d-g", label(text::V_D_G), st.v_dg.into(), 6)}
                {nats_readout("v-dstar", label(text::V_DSTAR), st.v_star.into(), 6)}
                {nats_readout("v-gap", label(text::GAP), st.gap, 4)}
            </div>
            <p class="hint warning" role="note" data-testid="warning-half">
                <RichText text=rich(text::WARN_HALF)/>
            </p>
            <PlotCanvas name="plot-d" draw=draw_d label=d_alt caption=label(text::D_CAPTION)/>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use std::f64::consts::LN_2;

    use super::*;
    use crate::exercise::{Kind, validate};
    use crate::lessons::gan_common::mix as m;
    use crate::math::gan::js;

    #[test]
    fn reads_the_url() {
        let (p, n) = read(&Query::parse("d=2:-0.5&step=3"));
        assert!(n.is_empty());
        assert_eq!((p.d, p.step), ((2.0, -0.5), 3));
        assert_eq!(p.data, m(DEFAULT_DATA));
        let (p, n) = read(&Query::parse("d=abc&data=1:0:0&g=x&step=9"));
        assert_eq!(n.len(), 4, "{n:?}");
        assert_eq!((p.d, p.step), ((1.0, 0.0), 1));
        assert!(parse_d("11:0").is_err() && parse_d("0:21").is_err() && parse_d("1").is_err());
        assert_eq!(format_d((0.1 + 0.2, -0.0)), "0.3:0");
    }

    #[test]
    fn exercises_are_valid_and_right() {
        validate(&EXERCISES).unwrap_or_else(|e| panic!("{e}"));
        // D ≡ ½ gives −log 4 for any pair; a = 2, b = 0 is D* for the defaults.
        let (pd, pg) = (m(DEFAULT_DATA), m(DEFAULT_G));
        let Kind::Number { answer, .. } = EXERCISES[0].kind else {
            panic!("a number")
        };
        assert!((v_linear(&pd, &pg, 0.0, 0.0) - answer).abs() < 1e-12);
        let best = 2.0 * js(&pd, &pg) - 2.0 * LN_2;
        assert!((v_linear(&pd, &pg, 2.0, 0.0) - best).abs() < 1e-10);
        assert!(v_linear(&pd, &pg, 1.0, 0.0) < best - 1e-3);
        // D ≡ ½ with p_g ≠ p_data: V = −log 4 while C(G) is well above it (the warning's case).
        assert!(best > -4f64.ln() + 0.5, "{best}");
        let Kind::Choice { correct, .. } = EXERCISES[1].kind else {
            panic!("a choice")
        };
        assert_eq!(correct, &[1, 2]);
        // The logistic D reaches D* for p_g = p_data with a = b = 0 (no gap).
        let mix = m("0.3:-2:0.5,0.7:1:1.5");
        let c = 2.0 * js(&mix, &mix) - 2.0 * LN_2;
        assert!((v_linear(&mix, &mix, 0.0, 0.0) - c).abs() < 1e-12);
    }
}
