//! The 1-D GAN lab's page (lab bundle).

use std::f64::consts::LN_2;

use leptos::prelude::*;

use super::{DATA_KEYS, Params, read, text};
use crate::app::link_to;
use crate::components::{
    EmbedSnippet, Exercises, MixtureEditor, Notices, PlotCanvas, Readout, RichText, tr, use_page,
};
use crate::data::Mixture;
use crate::data::mixture_edit::x_range;
use crate::i18n::{NATS, Text, format_number};
use crate::lessons::gan_common::{DATA_COLOR, G_COLOR, P_DATA, THIRD_COLOR, bind};
use crate::lessons::lab::{
    ExportBar, GanSettings, ITERATION_AXIS, LabRun, NATS_AXIS, RunControls, losses_alt,
    losses_figure, on_change, share_link,
};
use crate::math::kde::{kde_1d, mean_std, silverman_bandwidth};
use crate::math::pushforward::{Bins, bin_density, js_bins, pushforward};
use crate::params::gan::{KEYS, gan_query};
use crate::params::mixture::format_mixture;
use crate::plot::Scale;
use crate::plot::lines::{Curve, HLine, LinesFigure, draw_lines};
use crate::protocol::{Backend, Grid, ModelSpec, RunSpec, View};
use crate::spec::DataSource;

/// Generated samples per snapshot (the g-mean and g-std readouts).
const SAMPLES: u32 = 2000;
/// Noise lattice for the exact p_g.
const LATTICE: usize = 1024;
/// Bins of the exact p_g and of JS.
const BINS: usize = 2000;
const HIST_BINS: usize = 60;
const LOG4: f64 = 2.0 * LN_2;
/// D* is not drawn where both densities are below this fraction of their own peak: there it
/// is a ratio of two negligible numbers (and 0/0 where both vanish), which says nothing.
pub(super) const DSTAR_MASK: f64 = 1e-6;
/// Points of the D* curve over the plot's x range.
const DSTAR_POINTS: usize = 300;

/// What the page derives from one snapshot.
#[derive(Clone, Debug, PartialEq)]
struct Derived {
    mean: f64,
    std: f64,
    outside: f64,
    hist: Vec<(f64, f64)>,
    kde: Vec<(f64, f64)>,
    exact: Vec<(f64, f64)>,
    d: Vec<(f64, f64)>,
    /// D* on the plot's grid, NaN where it is masked (both densities negligible).
    dstar: Vec<(f64, f64)>,
    /// The first and last x where D* is drawn (NaN if nowhere).
    dstar_span: (f64, f64),
    js: f64,
    d_mean: f64,
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

fn derive(g: &crate::protocol::GanView, data: &Mixture, range: (f64, f64)) -> Derived {
    let fake: Vec<f64> = g.fake.iter().map(|&v| f64::from(v)).collect();
    let (mean, std) = mean_std(&fake);
    let (lo, hi) = range;
    // Histogram, as a step outline normalised to a density.
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
    let dstar = match &pg_bins {
        Some(pg) => {
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
        None => Vec::new(),
    };
    let drawn = || dstar.iter().filter(|p| p.1.is_finite()).map(|p| p.0);
    let dstar_span = (
        drawn().next().unwrap_or(f64::NAN),
        drawn().next_back().unwrap_or(f64::NAN),
    );
    Derived {
        mean,
        std,
        outside: outside as f64 / n,
        hist,
        kde,
        exact,
        d,
        dstar,
        dstar_span,
        js,
        d_mean: 0.5 * (g.d_real + g.d_fake),
    }
}

/// D*(x) = p/(p + q) at each `(x, p_data(x), p_g(x))`, NaN where both densities are below
/// [`DSTAR_MASK`] of their own largest value on these points (or both are 0).
pub(super) fn dstar_masked(pq: &[(f64, f64, f64)]) -> Vec<(f64, f64)> {
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

fn view_for(range: (f64, f64)) -> View {
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

fn spec_of(p: &Params, paused: bool) -> RunSpec {
    RunSpec {
        model: ModelSpec::Gan(p.run.config.clone()),
        data: DataSource::Mixture(p.data.clone()),
        backend: p.run.backend,
        steps: p.run.steps,
        paused,
    }
}

/// The lab.
#[component]
pub fn Gan1dLab() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let parsed = Memo::new(move |_| page.route.with(|r| read(&r.query)));
    let params = Memo::new(move |_| parsed.with(|(p, _)| p.clone()));
    let notices = Signal::derive(move || parsed.with(|(_, n)| n.clone()));
    let data_m = Memo::new(move |_| params.with(|p| p.data.clone()));
    let config = Memo::new(move |_| params.with(|p| p.run.config.clone()));
    let data = bind("data", P_DATA, DATA_COLOR, data_m);
    let range = Memo::new(move |_| data_m.with(|m| x_range(&[m])));
    let run = LabRun::new(view_for(range.get_untracked()));

    // A new run when the data, the backend or the link's steps/autorun change; new
    // hyperparameters go to the running model (the worker restarts it if they must).
    let start_key = Memo::new(move |_| {
        params.with(|p| (p.data.clone(), p.run.backend, p.run.steps, p.run.autorun))
    });
    run.restart_on(start_key, move |keep_running| {
        let p = params.get_untracked();
        run.set_view(view_for(range.get_untracked()));
        spec_of(&p, !(p.run.autorun || keep_running))
    });
    on_change(config, move |c| run.set_model(ModelSpec::Gan(c)));

    let derived = Memo::new(move |_| {
        run.gan.with(|g| {
            g.as_ref()
                .map(|g| data_m.with(|d| derive(g, d, range.get())))
        })
    });
    // C(G) joins the history row of its snapshot.
    Effect::new(move |_| {
        if let Some(js) = derived.with(|d| d.as_ref().map(|d| d.js)) {
            run.history.update(|h| {
                if let Some(last) = h.last_mut() {
                    last.extra = 2.0 * js - LOG4;
                }
            });
        }
    });
    let value = move |f: fn(&Derived) -> f64| {
        Signal::derive(move || derived.with(|d| d.as_ref().map_or(f64::NAN, f)))
    };
    let g_mean = value(|d| d.mean);
    let g_std = value(|d| d.std);
    let d_mean = value(|d| d.d_mean);
    let js = value(|d| d.js);
    let v_now = Signal::derive(move || run.gan.with(|g| g.as_ref().map_or(f64::NAN, |g| g.v)));
    let data_mean = Signal::derive(move || data.value.with(Mixture::mean));
    let data_std = Signal::derive(move || data.value.with(Mixture::std));

    let draw_densities = move |area: &_, scale: Scale| {
        let lang = scale.lang;
        let x = range.get();
        let mut curves = vec![Curve {
            label: "p_data".into(),
            color: DATA_COLOR,
            points: crate::plot::lines::sample(x, 400, |t| data.value.with(|m| m.pdf(t))),
            dashed: false,
            fill: true,
        }];
        derived.with(|d| {
            if let Some(d) = d {
                curves.push(Curve {
                    label: text::CURVE_HIST.get(lang).into(),
                    color: crate::plot::HIGHLIGHT,
                    points: d.hist.clone(),
                    dashed: false,
                    fill: true,
                });
                curves.push(Curve {
                    label: text::CURVE_KDE.get(lang).into(),
                    color: crate::plot::HIGHLIGHT,
                    points: d.kde.clone(),
                    dashed: false,
                    fill: false,
                });
                curves.push(Curve {
                    label: text::CURVE_PG.get(lang).into(),
                    color: G_COLOR,
                    points: d.exact.clone(),
                    dashed: true,
                    fill: false,
                });
            }
        });
        let fig = LinesFigure {
            x,
            curves,
            x_label: "x".into(),
            y_label: text::AXIS_DENSITY.get(lang).into(),
            ..LinesFigure::default()
        };
        let _ = draw_lines(area, &fig, scale);
    };
    let draw_d = move |area: &_, scale| {
        let mut curves = Vec::new();
        derived.with(|d| {
            if let Some(d) = d {
                curves.push(Curve {
                    label: "D(x)".into(),
                    color: THIRD_COLOR,
                    points: d.d.clone(),
                    dashed: false,
                    fill: false,
                });
                curves.push(Curve {
                    label: "D*(x)".into(),
                    color: crate::plot::INK,
                    points: d.dstar.clone(),
                    dashed: true,
                    fill: false,
                });
            }
        });
        let fig = LinesFigure {
            x: range.get(),
            y: Some((0.0, 1.05)),
            curves,
            hlines: vec![HLine {
                y: 0.5,
                label: "½".into(),
            }],
            x_label: "x".into(),
            y_label: "D".into(),
            ..LinesFigure::default()
        };
        let _ = draw_lines(area, &fig, scale);
    };
    let draw_v = move |area: &_, scale: Scale| {
        let lang = scale.lang;
        let fig = run.history.with(|h| {
            let last = h.last().map_or(1.0, |r| r.iteration.max(1) as f64);
            let v: Vec<(f64, f64)> = h
                .iter()
                .filter(|r| r.v.is_finite())
                .map(|r| (r.iteration as f64, r.v))
                .collect();
            let c: Vec<(f64, f64)> = h
                .iter()
                .filter(|r| r.extra.is_finite())
                .map(|r| (r.iteration as f64, r.extra))
                .collect();
            let lo = v
                .iter()
                .chain(&c)
                .map(|p| p.1)
                .fold(-LOG4 - 0.1, f64::min)
                .max(-6.0);
            LinesFigure {
                x: (0.0, last),
                y: Some((lo, 0.05)),
                curves: vec![
                    Curve {
                        label: "V(D, G)".into(),
                        color: THIRD_COLOR,
                        points: v,
                        dashed: false,
                        fill: false,
                    },
                    Curve {
                        label: "C(G) = 2·JS − log 4".into(),
                        color: crate::plot::INK,
                        points: c,
                        dashed: true,
                        fill: false,
                    },
                ],
                hlines: vec![HLine {
                    y: -LOG4,
                    label: "−log 4".into(),
                }],
                x_label: ITERATION_AXIS.get(lang).into(),
                y_label: NATS_AXIS.get(lang).into(),
                ..LinesFigure::default()
            }
        });
        let _ = draw_lines(area, &fig, scale);
    };
    let draw_losses = move |area: &_, scale: Scale| {
        let fig = run.history.with(|h| losses_figure(h, false, scale.lang));
        let _ = draw_lines(area, &fig, scale);
    };

    let fmt = move |v: f64| format_number(v, 4, lang.get());
    let alt = Signal::derive(move || {
        page.t(text::ALT)
            .replace("{dm}", &fmt(data_mean.get()))
            .replace("{ds}", &fmt(data_std.get()))
            .replace("{gm}", &fmt(g_mean.get()))
            .replace("{gs}", &fmt(g_std.get()))
    });
    let dstar_from = value(|d| d.dstar_span.0);
    let dstar_to = value(|d| d.dstar_span.1);
    let d_alt = Signal::derive(move || {
        let (from, to) = (dstar_from.get(), dstar_to.get());
        let span = if from.is_finite() && to.is_finite() {
            page.t(text::D_SPAN)
                .replace("{lo}", &fmt(from))
                .replace("{hi}", &fmt(to))
        } else {
            page.t(text::D_SPAN_NONE).to_string()
        };
        page.t(text::D_ALT)
            .replace("{span}", &span)
            .replace("{d}", &fmt(d_mean.get()))
    });
    let v_alt = Signal::derive(move || {
        page.t(text::V_ALT)
            .replace("{v}", &fmt(v_now.get()))
            .replace("{c}", &fmt(2.0 * js.get() - LOG4))
    });
    let losses_label =
        Signal::derive(move || run.history.with(|h| losses_alt(h, false, lang.get())));
    let label = move |x: Text| Signal::derive(move || page.t(x).to_string());
    let nats = label(NATS);
    // A link to a theory lesson's step, with this p_data and p_g as a Gaussian fit.
    let theory = move |slug: &'static str, step: usize| {
        Signal::derive(move || {
            let mut hash = link_to(&page.route.get(), slug);
            let g = Mixture::gaussian(
                (g_mean.get() * 1e3).round() / 1e3,
                (g_std.get() * 1e3).round().max(50.0) / 1e3,
            )
            .ok();
            hash.push_str(if hash.contains('?') { "&" } else { "?" });
            hash.push_str(&format!(
                "step={step}&data={}",
                format_mixture(&data_m.get())
            ));
            if let Some(g) = g.filter(|_| g_mean.get().is_finite()) {
                hash.push_str(&format!("&g={}", format_mixture(&g)));
            }
            hash
        })
    };
    let share_link = Signal::derive(move || {
        let p = params.get();
        let data = vec![("data", format_mixture(&p.data))];
        share_link(
            page.route.get(),
            data,
            gan_query(&p.run.config),
            run.iteration.get(),
        )
    });
    let reset_all = Callback::new(move |_| {
        page.update_query(|q| KEYS.iter().chain(DATA_KEYS).for_each(|k| q.remove(k)))
    });
    let preset = move |pairs: &'static [(&'static str, &'static str)]| {
        move |_| page.update_query(|q| pairs.iter().for_each(|(k, v)| q.set(k, *v)))
    };
    let on_backend =
        Callback::new(move |b: Backend| page.update_query(|q| q.set("backend", b.as_str())));

    view! {
        <article class="lesson lab" data-testid="lesson-gan-1d">
            <h1>{tr(text::TITLE)}</h1>
            <p class="lead"><RichText text=Signal::derive(move || page.t(text::LEAD))/></p>
            <Notices notices=notices on_reset=reset_all/>
            <RunControls run=run on_backend=on_backend/>
            <div class="readouts">
                <Readout name="g-mean" label=label(text::G_MEAN) value=g_mean digits=4/>
                <Readout name="g-std" label=label(text::G_STD) value=g_std digits=4/>
                <Readout name="data-mean" label=label(text::DATA_MEAN) value=data_mean digits=4/>
                <Readout name="data-std" label=label(text::DATA_STD) value=data_std digits=4/>
                <Readout name="d-mean" label=label(text::D_MEAN) value=d_mean digits=4/>
                <Readout name="v-d-g" label=label(text::V_NOW) value=v_now unit=nats digits=5/>
                <Readout name="js-estimate" label=label(text::JS_EST) value=js unit=nats digits=4/>
            </div>
            <div class="lab-grid">
                <section aria-labelledby="lab-densities">
                    <h2 id="lab-densities">{tr(text::DENSITIES)}</h2>
                    <PlotCanvas name="plot-densities" draw=draw_densities label=alt caption=label(text::DENSITIES_CAPTION)/>
                    <p class="proof-link"><a href=theory("gan-objective", 3) data-testid="link-objective">{tr(text::PROOF_LINK)} " →"</a>
                        {move || derived.with(|d| d.as_ref().filter(|d| d.outside > 0.0).map(|d| format!(" · {} % {}", fmt(100.0 * d.outside), page.t(text::OUTSIDE))))}
                    </p>
                    <h3>{tr(text::DATA)}</h3>
                    <MixtureEditor binding=data/>
                </section>
                <section aria-labelledby="lab-d">
                    <h2 id="lab-d">{tr(text::D_TITLE)}</h2>
                    <PlotCanvas name="plot-d" draw=draw_d label=d_alt caption=label(text::D_CAPTION)/>
                    <div class="readouts">
                        <Readout name="dstar-from" label=label(text::DSTAR_FROM) value=dstar_from digits=3/>
                        <Readout name="dstar-to" label=label(text::DSTAR_TO) value=dstar_to digits=3/>
                    </div>
                    <p class="proof-link"><a href=theory("optimal-d", 7) data-testid="link-optimal-d">{tr(text::PROOF_LINK)} " →"</a></p>
                </section>
                <section aria-labelledby="lab-v">
                    <h2 id="lab-v">{tr(text::V_TITLE)}</h2>
                    <PlotCanvas name="plot-v" draw=draw_v label=v_alt caption=label(text::V_CAPTION)/>
                    <p class="proof-link"><a href=theory("c-of-g", 5) data-testid="link-c-of-g">{tr(text::PROOF_LINK)} " →"</a></p>
                </section>
                <section aria-labelledby="lab-losses">
                    <h2 id="lab-losses">{tr(text::LOSS_TITLE)}</h2>
                    <PlotCanvas name="plot-losses" draw=draw_losses label=losses_label caption=label(text::LOSS_CAPTION) aspect=0.45/>
                </section>
            </div>
            <GanSettings config=config/>
            <div class="controls try">
                <span>{tr(text::TRY)} ":"</span>
                <button type="button" data-testid="try-bimodal" on:click=preset(&[("data", "0.5:-1.5:0.4,0.5:1.5:0.4")])>{tr(text::TRY_BIMODAL)}</button>
                <button type="button" data-testid="try-minimax" on:click=preset(&[("loss", "minimax")])>{tr(text::TRY_MINIMAX)}</button>
                <button type="button" data-testid="try-diverge" on:click=preset(&[("loss", "least-squares"), ("g-opt", "sgd"), ("d-opt", "sgd"), ("g-lr", "1"), ("d-lr", "1")])>{tr(text::TRY_DIVERGE)}</button>
            </div>
            <p class="hint">{tr(text::EXPLAIN)}</p>
            <ExportBar run=run figures=vec![("plot-densities", text::DENSITIES), ("plot-d", text::D_TITLE), ("plot-v", text::V_TITLE), ("plot-losses", text::LOSS_TITLE)]
                stem="gan-1d" extra="c_of_g" link=share_link/>
            <Exercises lesson="gan-1d" exercises=&text::EXERCISES/>
            <EmbedSnippet title=Signal::derive(move || page.t(text::TITLE).to_string())/>
        </article>
    }
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
