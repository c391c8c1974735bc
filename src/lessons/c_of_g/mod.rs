//! Lesson: C(G) = 2·JS − log 4 (`#/c-of-g?data=…&g=…&move=shift|morph&t=…&step=…`). The proof's
//! two KL terms against M = (p_data + p_g)/2 as readouts, and a "move p_g" slider carrying p_g
//! toward p_data with C(G) plotted along the way above its floor −log 4.

mod exercises;
mod text;

use leptos::prelude::*;

use crate::components::{
    Area, MixtureBinding, PageCtx, PageParams, PlotCanvas, cue, tr, use_page, use_params,
};
use crate::data::Mixture;
use crate::data::mixture_edit::x_range;
use crate::i18n::format_number;
use crate::math::gan::{js, kl_to_mixture_mean, morph, shift};
use crate::params::Notice;
use crate::params::mixture::{format_mixture, mixture_param};
use crate::params::pages::C_OF_G;
use crate::plot::Scale;
use crate::plot::lines::{Curve, HLine, LinesFigure, draw_lines, sample};
use crate::route::Query;

use super::gan_common::{
    DATA_COLOR, Densities, DraftSlider, Drafted, G_COLOR, THIRD_COLOR, TheoryPage, bind_pair,
    c_from_js, c_of, curve, fill, label, mark, nats_readout, step_param,
};
use super::{Lesson, Part};
use exercises::EXERCISES;

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "c-of-g",
    part: Part::Derivations,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    lab: false,
    view: || view! { <CofG/> }.into_any(),
};

/// Default p_data.
pub const DEFAULT_DATA: &str = C_OF_G.default_of("data");
/// Default p_g.
pub const DEFAULT_G: &str = C_OF_G.default_of("g");
/// Points of the C(t) curve.
const CURVE_POINTS: usize = 24;

/// How p_g is carried toward p_data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Every component's mean shifted by t·(mean(p_data) − mean(p_g)).
    Shift,
    /// (1 − t)·p_g + t·p_data.
    Morph,
}

impl Move {
    fn parse(s: &str) -> Option<Move> {
        match s {
            "shift" => Some(Move::Shift),
            "morph" => Some(Move::Morph),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Move::Shift => "shift",
            Move::Morph => "morph",
        }
    }
}

/// p_g moved a fraction t of the way toward p_data.
pub fn moved(g: &Mixture, data: &Mixture, how: Move, t: f64) -> Mixture {
    match how {
        Move::Shift => shift(g, t * (data.mean() - g.mean())),
        Move::Morph => morph(g, data, t).unwrap_or_else(|_| g.clone()),
    }
}

/// A p_g whose support practically misses p_data's: N(±9.5, 0.2²) on the side where p_data
/// has less mass.
fn far_away(data: &Mixture) -> Mixture {
    let at = if data.pdf(9.5) <= data.pdf(-9.5) {
        9.5
    } else {
        -9.5
    };
    Mixture::gaussian(at, 0.2).unwrap_or_else(|_| Mixture::standard_normal())
}

#[derive(Clone, Debug, PartialEq)]
struct Params {
    data: Mixture,
    g: Mixture,
    how: Move,
    t: f64,
    step: usize,
}

fn read(q: &Query) -> (Params, Vec<Notice>) {
    let mut notices = Vec::new();
    let table = &C_OF_G;
    let data = mixture_param(q, &table.row("data"), &mut notices);
    let g = mixture_param(q, &table.row("g"), &mut notices);
    let how = Move::parse(table.row("move").read_word(q, &mut notices)).unwrap_or(Move::Shift);
    let t = table.row("t").read_real(q, &mut notices);
    let step = step_param(q, table, &mut notices);
    (
        Params {
            data,
            g,
            how,
            t,
            step,
        },
        notices,
    )
}

/// The page's state: the mixtures, the move of p_g and the proof's terms for the moved p_g.
#[derive(Clone, Copy)]
struct State {
    data: MixtureBinding,
    g: MixtureBinding,
    how: Memo<Move>,
    t: Drafted<f64>,
    /// p_g moved a fraction t toward p_data.
    g_t: Memo<Mixture>,
    js_v: Memo<f64>,
    c_v: Signal<f64>,
    /// C along the whole path, from the committed values (not recomputed during a drag).
    path: Memo<Vec<(f64, f64)>>,
    range: Memo<(f64, f64)>,
}

impl State {
    fn new(pp: PageParams<Params>) -> State {
        let (data, g) = bind_pair(pp.field(|p| p.data.clone()), pp.field(|p| p.g.clone()));
        let how = pp.field(|p| p.how);
        let t = Drafted::new(pp.field(|p| p.t));
        let g_t = Memo::new(move |_| {
            data.value
                .with(|d| g.value.with(|m| moved(m, d, how.get(), t.value.get())))
        });
        let js_v = Memo::new(move |_| data.value.with(|d| g_t.with(|m| js(d, m))));
        State {
            data,
            g,
            how,
            t,
            g_t,
            js_v,
            c_v: Signal::derive(move || c_from_js(js_v.get())),
            path: pp.field(|p| {
                (0..=CURVE_POINTS)
                    .map(|i| {
                        let s = i as f64 / CURVE_POINTS as f64;
                        (s, c_of(&p.data, &moved(&p.g, &p.data, p.how, s)))
                    })
                    .collect()
            }),
            range: pp.field(|p| x_range(&[&p.data, &p.g])),
        }
    }

    /// The moved p_g (once t > 0) and M, drawn over p_data and p_g.
    fn extra(self, lang: Memo<crate::i18n::Lang>) -> Signal<Vec<Curve>> {
        Signal::derive(move || {
            let x = self.range.get();
            let t = self.t.value;
            let mut curves = Vec::new();
            self.g_t.with(|m| {
                self.data.value.with(|d| {
                    if t.get() > 0.0 {
                        let name = format!("p_g, t = {}", format_number(t.get(), 3, lang.get()));
                        curves.push(curve(&name, G_COLOR, sample(x, 400, |v| m.pdf(v)), true));
                    }
                    let mean = sample(x, 400, |v| 0.5 * (m.pdf(v) + d.pdf(v)));
                    curves.push(curve("M", THIRD_COLOR, mean, true));
                })
            });
            curves
        })
    }
}

#[component]
fn CofG() -> impl IntoView {
    let page = use_page();
    let pp = use_params(&[crate::params::pages::C_OF_G], read);
    let step: Signal<usize> = pp.field(|p| p.step).into();
    let st = State::new(pp);
    let kl_d = Memo::new(move |_| {
        st.data
            .value
            .with(|d| st.g_t.with(|m| kl_to_mixture_mean(d, m)))
    });
    let kl_g = Memo::new(move |_| {
        st.data
            .value
            .with(|d| st.g_t.with(|m| kl_to_mixture_mean(m, d)))
    });
    view! {
        <TheoryPage lesson=&LESSON step=step notices=pp.notices reset=pp.reset exercises=&EXERCISES>
            <Densities title=text::DENSITIES hint=text::DENSITIES_HINT caption=text::DENSITIES_CAPTION
                step=step cues=&[1, 2, 3] data=st.data g=st.g x=st.range extra=st.extra(page.lang)>
                <div class="readouts" class:cue=cue(step, &[2, 3, 4])>
                    {nats_readout("kl-data-m", label(text::KL_DATA_M), kl_d.into(), 6)}
                    {nats_readout("kl-g-m", label(text::KL_G_M), kl_g.into(), 6)}
                    {nats_readout("js", label(text::JS), st.js_v.into(), 6)}
                    {nats_readout("c-of-g", label(text::C), st.c_v, 6)}
                </div>
            </Densities>
            <MovePg st=st step=step/>
        </TheoryPage>
    }
}

/// Writes a new p_g and drops t (the move starts again from it).
fn set_g(page: PageCtx, m: &Mixture) {
    page.update_query(|q| {
        q.set("g", format_mixture(m));
        q.remove("t");
    })
}

/// Carrying p_g toward p_data: how, how far, the two shortcut buttons and C along the path.
#[component]
fn MovePg(st: State, step: Signal<usize>) -> impl IntoView {
    let page = use_page();
    let t = st.t.value;
    let draw_c = move |area: &Area, scale: Scale| {
        let fig = LinesFigure {
            x: (0.0, 1.0),
            y: Some((-1.5, 0.1)),
            curves: vec![curve("C(G)", DATA_COLOR, st.path.get(), false)],
            hlines: vec![
                HLine {
                    y: -4f64.ln(),
                    label: "−log 4".into(),
                },
                HLine {
                    y: 0.0,
                    label: "0".into(),
                },
            ],
            marker: None,
            handles: vec![mark((t.get(), st.c_v.get()))],
            x_label: "t".into(),
            y_label: text::AXIS_C.get(scale.lang).into(),
        };
        draw_lines(area, &fig, scale).map(drop)
    };
    let c_alt = Signal::derive(move || {
        fill(
            page.lang.get(),
            text::CURVE_ALT,
            &[("{t}", t.get()), ("{c}", st.c_v.get())],
        )
    });
    let data = st.data.value;
    view! {
        <section class="move-pg" aria-labelledby="move-title" class:cue=cue(step, &[5, 6])>
            <h2 id="move-title">{tr(text::MOVE)}</h2>
            <div class="sliders">
                <label class="select">
                    <span>{tr(text::MODE)}</span>
                    <select data-testid="move-mode" prop:value=move || st.how.get().name()
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            page.update_query(|q| q.set("move", v));
                        }>
                        <option value="shift">{tr(text::SHIFT)}</option>
                        <option value="morph">{tr(text::MORPH)}</option>
                    </select>
                </label>
                <DraftSlider name="move-t" key="t" label=text::MOVE_T num=st.t range=(0.0, 1.0)/>
            </div>
            <div class="button-row">
                <button type="button" data-testid="set-g-data"
                    on:click=move |_| set_g(page, &data.get_untracked())>{tr(text::SET_EQUAL)}</button>
                <button type="button" data-testid="disjoint"
                    on:click=move |_| set_g(page, &far_away(&data.get_untracked()))>{tr(text::DISJOINT)}</button>
            </div>
            <PlotCanvas name="plot-c-path" draw=draw_c label=c_alt caption=label(text::CURVE_CAPTION)/>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use std::f64::consts::LN_2;

    use super::*;
    use crate::exercise::{Kind, validate};
    use crate::lessons::gan_common::mix as m;

    #[test]
    fn reads_the_url() {
        let (p, n) = read(&Query::parse("move=morph&t=0.25&step=6"));
        assert!(n.is_empty());
        assert_eq!((p.how, p.t, p.step), (Move::Morph, 0.25, 6));
        let (p, n) = read(&Query::parse("move=teleport&t=2"));
        assert_eq!(n.len(), 2);
        assert_eq!((p.how, p.t), (Move::Shift, 0.0));
    }

    #[test]
    fn both_paths_end_at_the_floor() {
        let (d, g) = (m(DEFAULT_DATA), m(DEFAULT_G));
        // Morphing ends at p_data itself; shifting ends with equal means (here: still apart).
        assert!((c_of(&d, &moved(&g, &d, Move::Morph, 1.0)) + 4f64.ln()).abs() < 1e-12);
        assert!(c_of(&d, &moved(&g, &d, Move::Morph, 0.5)) > -4f64.ln());
        let g2 = m("0.5:-1:0.6,0.5:3:0.6");
        let at_end = moved(&g2, &d, Move::Shift, 1.0);
        assert!((at_end.mean() - d.mean()).abs() < 1e-12);
        assert!((c_of(&d, &at_end) + 4f64.ln()).abs() < 1e-12);
        // The far-away p_g is practically disjoint: JS = log 2 to 1e-12.
        let far = far_away(&d);
        assert!((js(&d, &far) - LN_2).abs() < 1e-12);
        assert!(c_of(&d, &far).abs() < 1e-12);
        // The proof's identity: two KL terms − log 4 = C.
        let k = kl_to_mixture_mean(&d, &g) + kl_to_mixture_mean(&g, &d) - 4f64.ln();
        assert!((k - c_of(&d, &g)).abs() < 1e-12);
    }

    #[test]
    fn exercises_are_valid_and_right() {
        validate(&EXERCISES).unwrap_or_else(|e| panic!("{e}"));
        let Kind::Number { answer, .. } = EXERCISES[1].kind else {
            panic!("a number")
        };
        assert!((2.0 * answer - 4f64.ln() + 1.0).abs() < 1e-15);
    }
}
