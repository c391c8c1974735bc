//! Lesson: C(G) = 2·JS − log 4 (`#/c-of-g?data=…&g=…&move=shift|morph&t=…&step=…`). The proof's
//! two KL terms against M = (p_data + p_g)/2 as readouts, and a "move p_g" slider carrying p_g
//! toward p_data with C(G) plotted along the way above its floor −log 4.

mod text;

use std::f64::consts::LN_2;

use leptos::prelude::*;

use crate::components::{
    Derivation, EmbedSnippet, Exercises, MixtureEditor, MixturePlot, Notices, PlotCanvas, Readout,
    RichText, Slider, cue, tr, use_page,
};
use crate::data::Mixture;
use crate::data::mixture_edit::x_range;
use crate::exercise::{Exercise, Kind};
use crate::i18n::{NATS, Text, format_number};
use crate::math::gan::{js, kl_to_mixture_mean, morph, shift};
use crate::params::mixture::{format_mixture, mixture_param, number_param};
use crate::params::{Notice, parse_choice};
use crate::plot::lines::{Curve, HLine, Handle, LinesFigure, draw_lines, sample};
use crate::plot::{HIGHLIGHT, Scale};
use crate::route::Query;

use super::gan_common::{DATA_COLOR, G_COLOR, P_DATA, P_G, THIRD_COLOR, bind, step_param};
use super::{Lesson, Part};

/// The registry entry.
pub const LESSON: Lesson = Lesson {
    slug: "c-of-g",
    part: Part::Derivations,
    title: text::TITLE,
    summary: text::SUMMARY,
    lead: text::LEAD,
    derivation: &text::STEPS,
    view: || view! { <CofG/> }.into_any(),
};

/// URL keys (dropped by "Reset to defaults").
pub const KEYS: &[&str] = &["data", "g", "move", "t", "step"];
/// Default p_data.
pub const DEFAULT_DATA: &str = "0.5:-2:0.6,0.5:2:0.6";
/// Default p_g.
pub const DEFAULT_G: &str = "1:-4:1";
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

/// C(G) = 2·JS − log 4, nats.
fn c_of(data: &Mixture, g: &Mixture) -> f64 {
    2.0 * js(data, g) - 2.0 * LN_2
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
    let data = mixture_param(q, "data", DEFAULT_DATA, &mut notices);
    let g = mixture_param(q, "g", DEFAULT_G, &mut notices);
    let how = match q
        .get("move")
        .map(|raw| parse_choice("move", raw, &["shift", "morph"], Move::parse))
    {
        Some(Ok(m)) => m,
        Some(Err(n)) => {
            notices.push(n);
            Move::Shift
        }
        None => Move::Shift,
    };
    let t = number_param(q, "t", (0.0, 1.0), 0.0, &mut notices);
    let step = step_param(q, text::STEPS.len(), &mut notices);
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

/// The lesson's exercises.
static EXERCISES: [Exercise; 3] = [
    Exercise {
        id: "disjoint",
        prompt: Text::new(
            "What is $C(G)$ when the supports of $p_{data}$ and $p_g$ do not overlap?",
            "Чему равно $C(G)$, если носители $p_{data}$ и $p_g$ не пересекаются?",
        ),
        kind: Kind::Number {
            answer: 0.0,
            tol: 1e-4,
        },
        hint: Text::new(
            "On disjoint supports $M = p/2$ wherever $p > 0$. Try “Move p_g far away”: two Gaussians always overlap, but far apart $D_{JS}$ is $\\log 2$ to 12 decimal places.",
            "На непересекающихся носителях $M = p/2$ там, где $p > 0$. Попробуйте кнопку «Увести p_g далеко»: гауссианы всегда перекрываются, но вдали друг от друга $D_{JS}$ равна $\\log 2$ с точностью до 12 знаков после запятой.",
        ),
        solution: Text::new(
            "Each KL term is $\\log 2$, so $D_{JS} = \\log 2$ and $C(G) = 2 \\log 2 - \\log 4 = 0$.",
            "Каждое слагаемое KL равно $\\log 2$, поэтому $D_{JS} = \\log 2$ и $C(G) = 2 \\log 2 - \\log 4 = 0$.",
        ),
    },
    Exercise {
        id: "js-from-c",
        prompt: Text::new(
            "A generator has $C(G) = -1$ nat. What is $D_{JS}(p_{data} \\| p_g)$ in nats? (4 decimals)",
            "У генератора $C(G) = -1$ нат. Чему равна $D_{JS}(p_{data} \\| p_g)$ в натах? (4 знака после запятой)",
        ),
        kind: Kind::Number {
            answer: 0.193_147_180_559_945_3,
            tol: 5e-4,
        },
        hint: Text::new(
            "Solve $C = 2 D_{JS} - \\log 4$.",
            "Решите $C = 2 D_{JS} - \\log 4$.",
        ),
        solution: Text::new(
            "$D_{JS} = (C + \\log 4)/2 = (\\log 4 - 1)/2 \\approx 0.1931$.",
            "$D_{JS} = (C + \\log 4)/2 = (\\log 4 - 1)/2 \\approx 0{,}1931$.",
        ),
    },
    Exercise {
        id: "bounds",
        prompt: Text::new(
            "Which hold for every $p_{data}$ and $p_g$?",
            "Что верно при любых $p_{data}$ и $p_g$?",
        ),
        kind: Kind::Choice {
            options: &[
                Text::new("$C(G) \\ge -\\log 4$", "$C(G) \\ge -\\log 4$"),
                Text::new(
                    "$C(G) = -\\log 4$ only if $p_g = p_{data}$",
                    "$C(G) = -\\log 4$ только при $p_g = p_{data}$",
                ),
                Text::new("$C(G) \\le 0$", "$C(G) \\le 0$"),
                Text::new(
                    "$C(G) = D_{KL}(p_{data} \\| p_g) - \\log 4$",
                    "$C(G) = D_{KL}(p_{data} \\| p_g) - \\log 4$",
                ),
            ],
            correct: &[0, 1, 2],
        },
        hint: Text::new(
            "$0 \\le D_{JS} \\le \\log 2$, and $D_{JS} = 0$ only for equal distributions.",
            "$0 \\le D_{JS} \\le \\log 2$, и $D_{JS} = 0$ только для равных распределений.",
        ),
        solution: Text::new(
            "The first three follow from $0 \\le D_{JS} \\le \\log 2$; the last mixes up JS and KL (KL can be $+\\infty$, $C(G)$ cannot).",
            "Первые три следуют из $0 \\le D_{JS} \\le \\log 2$; последнее путает JS и KL (KL может быть $+\\infty$, а $C(G)$ — нет).",
        ),
    },
];

#[component]
fn CofG() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let parsed = Memo::new(move |_| page.route.with(|r| read(&r.query)));
    let params = Memo::new(move |_| parsed.with(|(p, _)| p.clone()));
    let notices = Signal::derive(move || parsed.with(|(_, n)| n.clone()));
    let step = Signal::derive(move || params.with(|p| p.step));
    let data = bind(
        "data",
        P_DATA,
        DATA_COLOR,
        Memo::new(move |_| params.with(|p| p.data.clone())),
    );
    let g = bind(
        "g",
        P_G,
        G_COLOR,
        Memo::new(move |_| params.with(|p| p.g.clone())),
    );
    let how = Memo::new(move |_| params.with(|p| p.how));
    let t_draft = RwSignal::new(None::<f64>);
    let t = Memo::new(move |_| t_draft.get().unwrap_or_else(|| params.with(|p| p.t)));
    let g_t = Memo::new(move |_| {
        data.value
            .with(|d| g.value.with(|m| moved(m, d, how.get(), t.get())))
    });

    let js_v = Memo::new(move |_| data.value.with(|d| g_t.with(|m| js(d, m))));
    let c_v = Signal::derive(move || 2.0 * js_v.get() - 2.0 * LN_2);
    let kl_d = Memo::new(move |_| data.value.with(|d| g_t.with(|m| kl_to_mixture_mean(d, m))));
    let kl_g = Memo::new(move |_| data.value.with(|d| g_t.with(|m| kl_to_mixture_mean(m, d))));
    // C along the whole path, from the committed values (not recomputed during a drag).
    let path = Memo::new(move |_| {
        params.with(|p| {
            (0..=CURVE_POINTS)
                .map(|i| {
                    let s = i as f64 / CURVE_POINTS as f64;
                    (s, c_of(&p.data, &moved(&p.g, &p.data, p.how, s)))
                })
                .collect::<Vec<_>>()
        })
    });
    let range = Memo::new(move |_| params.with(|p| x_range(&[&p.data, &p.g])));

    let extra = Signal::derive(move || {
        let x = range.get();
        let mut curves = Vec::new();
        g_t.with(|m| {
            data.value.with(|d| {
                if t.get() > 0.0 {
                    curves.push(Curve {
                        label: format!("p_g, t = {}", format_number(t.get(), 3, lang.get())),
                        color: G_COLOR,
                        points: sample(x, 400, |v| m.pdf(v)),
                        dashed: true,
                        fill: false,
                    });
                }
                curves.push(Curve {
                    label: "M".into(),
                    color: THIRD_COLOR,
                    points: sample(x, 400, |v| 0.5 * (m.pdf(v) + d.pdf(v))),
                    dashed: true,
                    fill: false,
                });
            })
        });
        curves
    });
    let draw_c = move |area: &_, scale: Scale| {
        let now = (t.get(), c_v.get());
        let fig = LinesFigure {
            x: (0.0, 1.0),
            y: Some((-1.5, 0.1)),
            curves: vec![Curve {
                label: "C(G)".into(),
                color: DATA_COLOR,
                points: path.get(),
                dashed: false,
                fill: false,
            }],
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
            handles: vec![Handle {
                at: now,
                color: HIGHLIGHT,
                filled: true,
            }],
            x_label: "t".into(),
            y_label: text::AXIS_C.get(scale.lang).into(),
        };
        let _ = draw_lines(area, &fig, scale);
    };
    let fmt = move |v: f64| format_number(v, 4, lang.get());
    let c_alt = Signal::derive(move || {
        page.t(text::CURVE_ALT)
            .replace("{t}", &fmt(t.get()))
            .replace("{c}", &fmt(c_v.get()))
    });
    let set_t = Callback::new(move |v: f64| {
        t_draft.set(None);
        let v = ((v.clamp(0.0, 1.0)) * 1e4).round() / 1e4;
        page.update_query(|q| q.set("t", v.to_string()));
    });
    let set_g = move |m: Mixture| {
        page.update_query(|q| {
            q.set("g", format_mixture(&m));
            q.remove("t");
        })
    };
    let label = move |x: Text| Signal::derive(move || page.t(x).to_string());
    let nats = label(NATS);
    let reset =
        Callback::new(move |_| page.update_query(|q| KEYS.iter().for_each(|k| q.remove(k))));
    let set_step =
        Callback::new(move |k: usize| page.update_query(|q| q.set("step", k.to_string())));

    view! {
        <article class="lesson" data-testid="lesson-c-of-g">
            <h1>{tr(text::TITLE)}</h1>
            <p class="lead"><RichText text=Signal::derive(move || page.t(LESSON.lead))/></p>
            <Notices notices=notices on_reset=reset/>
            <div class="lesson-grid">
                <Derivation steps=&text::STEPS current=step set_step=set_step/>
                <section class="playground" aria-labelledby="densities-title">
                    <h2 id="densities-title">{tr(text::DENSITIES)}</h2>
                    <p class="hint">{tr(text::DENSITIES_HINT)}</p>
                    <div class:cue=cue(step, &[1, 2, 3])>
                        <MixturePlot name="plot-densities" bindings=vec![data, g] extra=extra
                            marker=Signal::derive(|| None) x=range caption=label(text::DENSITIES_CAPTION)/>
                    </div>
                    <div class="readouts" class:cue=cue(step, &[2, 3, 4])>
                        <Readout name="kl-data-m" label=label(text::KL_DATA_M) value=kl_d unit=nats digits=6/>
                        <Readout name="kl-g-m" label=label(text::KL_G_M) value=kl_g unit=nats digits=6/>
                        <Readout name="js" label=label(text::JS) value=js_v unit=nats digits=6/>
                        <Readout name="c-of-g" label=label(text::C) value=c_v unit=nats digits=6/>
                    </div>
                    <div class="mixture-editors">
                        <MixtureEditor binding=data/>
                        <MixtureEditor binding=g/>
                    </div>
                </section>
                <section class="move-pg" aria-labelledby="move-title" class:cue=cue(step, &[5, 6])>
                    <h2 id="move-title">{tr(text::MOVE)}</h2>
                    <div class="sliders">
                        <label class="select">
                            <span>{tr(text::MODE)}</span>
                            <select data-testid="move-mode" prop:value=move || how.get().name()
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    page.update_query(|q| q.set("move", v));
                                }>
                                <option value="shift">{tr(text::SHIFT)}</option>
                                <option value="morph">{tr(text::MORPH)}</option>
                            </select>
                        </label>
                        <Slider name="move-t" label=text::MOVE_T value=t min=0.0 max=1.0 step=0.01
                            draft=Callback::new(move |v| t_draft.set(Some(v))) commit=set_t/>
                    </div>
                    <div class="button-row">
                        <button type="button" data-testid="set-g-data"
                            on:click=move |_| set_g(data.value.get_untracked())>{tr(text::SET_EQUAL)}</button>
                        <button type="button" data-testid="disjoint"
                            on:click=move |_| set_g(far_away(&data.value.get_untracked()))>{tr(text::DISJOINT)}</button>
                    </div>
                    <PlotCanvas name="plot-c-path" draw=draw_c label=c_alt caption=label(text::CURVE_CAPTION)/>
                </section>
            </div>
            <Exercises lesson="c-of-g" exercises=&EXERCISES/>
            <EmbedSnippet title=Signal::derive(move || page.t(text::TITLE).to_string())/>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::validate;

    fn m(s: &str) -> Mixture {
        Mixture::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

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
