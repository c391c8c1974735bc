//! The VAE lab's page (lab bundle): the run and its controls, the readouts, five figures, β and
//! the reparametrization trick live, the data (a 1-D mixture editor or a 2-D shape), presets,
//! the hyperparameter form, export, exercises.

use leptos::prelude::*;

use super::derive::{Derived, EPS_SEED, derive, neg_entropy, normals, rms_std, view_for};
use super::figures::{
    Figure, data_figure, decoded_figure, draw_figure, fit_elbo_range, latent_figure, prior_figure,
};
use super::settings::VaeSettings;
use super::{BIMODAL, DATA_KEYS, DEFAULT_DATA, Params, default_data, format_data, read, text};
use crate::app::link_to;
use crate::components::{
    EmbedSnippet, Exercises, MixtureEditor, Notices, PlotCanvas, Readout, RichText, Slider, tr,
    use_page,
};
use crate::data::Mixture;
use crate::data::mixture_edit::x_range;
use crate::i18n::{NATS, Text, format_number};
use crate::lessons::gan_common::{DATA_COLOR, P_DATA, bind};
use crate::lessons::lab::{ExportBar, LabRun, RunControls, elbo_figure, on_change, share_link};
use crate::params::vae::{KEYS, MAX_BETA, vae_query};
use crate::plot::Scale;
use crate::plot::lines::draw_lines;
use crate::plot::plane::PlaneFigure;
use crate::protocol::{Backend, ModelSpec, RunSpec, VaeView};
use crate::spec::DataSource;

/// A figure's text alternative for a snapshot: its template and the numbers for its slots.
type AltOf = (Text, Vec<(&'static str, f64)>);

/// The figures are redrawn at most this often while training (the readouts every frame).
const DERIVE_EVERY_MS: u128 = 250;
/// Below this KL (nats) with σ_x above [`COLLAPSED_RATIO`] of the data's spread, the page
/// says the codes have collapsed to the prior.
const COLLAPSED_KL: f64 = 0.05;
/// See [`COLLAPSED_KL`].
const COLLAPSED_RATIO: f64 = 0.9;

fn spec_of(p: &Params, paused: bool) -> RunSpec {
    RunSpec {
        model: ModelSpec::Vae(p.run.config.clone()),
        data: p.data.clone(),
        backend: p.run.backend,
        steps: p.run.steps,
        paused,
    }
}

/// Whether a snapshot fits data of dimension `dim` (a new run's first snapshot may still be the
/// old run's), and its latent dimension.
fn latent_of(v: &VaeView, dim: usize) -> Option<usize> {
    let n = v.data.len() / dim.max(1);
    let fits = n > 0
        && v.data.len() == n * dim
        && v.recon.len() == v.data.len()
        && v.prior.len() == v.data.len()
        && v.codes.len().is_multiple_of(n);
    let z = v.codes.len() / n.max(1);
    (fits && (1..=2).contains(&z)).then_some(z)
}

/// The lab.
#[component]
pub fn VaeLab() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let parsed = Memo::new(move |_| page.route.with(|r| read(&r.query)));
    let params = Memo::new(move |_| parsed.with(|(p, _)| p.clone()));
    let notices = Signal::derive(move || parsed.with(|(_, n)| n.clone()));
    let data_src = Memo::new(move |_| params.with(|p| p.data.clone()));
    let dim = Memo::new(move |_| data_src.with(DataSource::dim));
    let config = Memo::new(move |_| params.with(|p| p.run.config.clone()));
    let mixture = Memo::new(move |_| {
        data_src.with(|d| match d {
            DataSource::Mixture(m) => m.clone(),
            _ => match default_data() {
                DataSource::Mixture(m) => m,
                _ => Mixture::standard_normal(),
            },
        })
    });
    let data = bind("data", P_DATA, DATA_COLOR, mixture);
    let range = Memo::new(move |_| mixture.with(|m| x_range(&[m])));
    let run = LabRun::new(view_for(
        dim.get_untracked(),
        config.with_untracked(|c| c.z_dim),
    ));

    // A new run when the data, the backend or the link's steps/autorun change; new
    // hyperparameters go to the running model (β, the trick, lr and batch live; the worker
    // restarts it for the others).
    let start_key = Memo::new(move |_| {
        params.with(|p| (p.data.clone(), p.run.backend, p.run.steps, p.run.autorun))
    });
    run.restart_on(start_key, move |keep_running| {
        let p = params.get_untracked();
        run.set_view(view_for(p.data.dim(), p.run.config.z_dim));
        spec_of(&p, !(p.run.autorun || keep_running))
    });
    on_change(config, move |c| {
        run.set_view(view_for(dim.get_untracked(), c.z_dim));
        run.set_model(ModelSpec::Vae(c));
    });

    // The figures' contents, at most every DERIVE_EVERY_MS while running (always when the run
    // stops or pauses).
    let eps = StoredValue::new(normals(2000, EPS_SEED));
    let derived = RwSignal::new(None::<Derived>);
    let last_derived = StoredValue::new(None::<web_time::Instant>);
    Effect::new(move |_| {
        let running = run.status.get() == "running";
        run.vae.with(|v| {
            let d = dim.get_untracked();
            let Some((v, z)) = v.as_ref().and_then(|v| latent_of(v, d).map(|z| (v, z))) else {
                derived.set(None);
                return;
            };
            let due = last_derived
                .get_value()
                .is_none_or(|t| t.elapsed().as_millis() >= DERIVE_EVERY_MS);
            if !due && running {
                return;
            }
            last_derived.set_value(Some(web_time::Instant::now()));
            let r = range.get_untracked();
            derived.set(Some(eps.with_value(|e| derive(v, d, z, r, e))));
        });
    });

    // Readouts: every snapshot, all from one view (so elbo = recon − kl exactly).
    let view_value = move |f: fn(&VaeView) -> f64| {
        Signal::derive(move || run.vae.with(|v| v.as_ref().map_or(f64::NAN, f)))
    };
    let elbo = view_value(|v| v.recon_term - v.kl_term);
    let recon = view_value(|v| v.recon_term);
    let kl = view_value(|v| v.kl_term);
    let sigma_x = view_value(|v| v.sigma_x);
    let neg_h = Memo::new(move |_| mixture.with(neg_entropy));
    let data_std = Memo::new(move |_| {
        if dim.get() == 1 {
            mixture.with(Mixture::std)
        } else {
            run.vae.with(|v| {
                v.as_ref()
                    .filter(|v| v.data.len().is_multiple_of(2))
                    .map_or(f64::NAN, |v| rms_std(&v.data, 2))
            })
        }
    });
    let ratio = Signal::derive(move || sigma_x.get() / data_std.get());
    let gap = Signal::derive(move || elbo.get() - neg_h.get());
    let collapsed = Signal::derive(move || {
        let (k, r) = (kl.get(), ratio.get());
        (k.is_finite() && r.is_finite()).then_some(k < COLLAPSED_KL && r > COLLAPSED_RATIO)
    });

    // The figures.
    let by_position = RwSignal::new(false);
    let figure = move |build: fn(&Derived, &Mixture, (f64, f64), bool) -> Figure| {
        move |area: &_, scale| {
            let fig = derived.with(|d| {
                d.as_ref()
                    .map(|d| mixture.with(|m| build(d, m, range.get(), by_position.get())))
            });
            // Before the first snapshot: empty axes.
            let fig = fig.unwrap_or_else(|| Figure::Plane(PlaneFigure::default()));
            let _ = draw_figure(area, &fig, scale);
        }
    };
    let draw_data = figure(|d, m, r, _| data_figure(d, m, r));
    let draw_prior = figure(|d, m, r, _| prior_figure(d, m, r));
    let draw_latent = figure(|d, _, _, pos| latent_figure(d, pos));
    let draw_decoded = figure(|d, _, _, _| decoded_figure(d));
    let draw_elbo = move |area: &_, scale: Scale| {
        let bound = (dim.get() == 1).then(|| neg_h.get());
        let label = text::NEG_H_LINE.get(scale.lang);
        // Axis words in the figure's language (the curves' labels are notation).
        let mut fig = run
            .history
            .with(|h| elbo_figure(h, bound.map(|b| (b, label)), scale.lang));
        fit_elbo_range(&mut fig, 0.03, bound);
        let _ = draw_lines(area, &fig, scale);
    };

    // Text alternatives: the axes, then what is shown now with its numbers in the page's
    // language (the figures are empty axes until the first snapshot).
    let fmt = move |v: f64| format_number(v, 4, lang.get());
    let with_derived = move |f: fn(&Derived) -> AltOf| {
        Signal::derive(move || match derived.with(|d| d.as_ref().map(f)) {
            Some((t, pairs)) => pairs
                .into_iter()
                .fold(page.t(t).to_string(), |s, (k, v)| s.replace(k, &fmt(v))),
            None => page.t(text::EMPTY_ALT).to_string(),
        })
    };
    let data_alt = with_derived(|d| {
        let t = if d.dim == 1 {
            text::DATA_ALT_1D
        } else {
            text::DATA_ALT_2D
        };
        let pairs = vec![
            ("{ds}", rms_std(&d.view.data, d.dim)),
            ("{rs}", rms_std(&d.view.recon, d.dim)),
        ];
        (t, pairs)
    });
    let prior_alt = with_derived(|d| {
        let t = if d.dim == 1 {
            text::PRIOR_ALT_1D
        } else {
            text::PRIOR_ALT_2D
        };
        let pairs = vec![
            ("{ms}", rms_std(&d.view.prior, d.dim)),
            ("{ss}", rms_std(&d.samples, d.dim)),
            ("{ds}", rms_std(&d.view.data, d.dim)),
        ];
        (t, pairs)
    });
    let latent_alt = with_derived(|d| {
        let n = d.view.codes.len() / d.z_dim.max(1);
        let q = d
            .view
            .codes
            .iter()
            .map(|&c| f64::from(c).powi(2))
            .sum::<f64>()
            / n.max(1) as f64;
        let t = if d.z_dim == 1 {
            text::LATENT_ALT_1D
        } else {
            text::LATENT_ALT_2D
        };
        (t, vec![("{n}", n as f64), ("{q}", q)])
    });
    let decoded_alt = with_derived(|d| {
        let first = d
            .view
            .decoded_grid
            .iter()
            .step_by(d.dim.max(1))
            .map(|&v| f64::from(v))
            .filter(|v| v.is_finite());
        let lo = first.clone().fold(f64::INFINITY, f64::min);
        let hi = first.fold(f64::NEG_INFINITY, f64::max);
        let t = match (d.dim, d.z_dim) {
            (1, 1) => text::DECODED_ALT_11,
            (1, _) => text::DECODED_ALT_12,
            _ => text::DECODED_ALT_2D,
        };
        (t, vec![("{lo}", lo), ("{hi}", hi), ("{s}", d.view.sigma_x)])
    });
    let elbo_alt = Signal::derive(move || {
        if !elbo.get().is_finite() {
            return page.t(text::ELBO_ALT_EMPTY).to_string();
        }
        let mut s = page
            .t(text::ELBO_ALT)
            .replace("{e}", &fmt(elbo.get()))
            .replace("{r}", &fmt(recon.get()))
            .replace("{k}", &fmt(kl.get()))
            .replace("{i}", &format_number(run.iteration.get(), 12, lang.get()));
        if dim.get() == 1 {
            s.push_str(
                &page
                    .t(text::ELBO_ALT_BOUND)
                    .replace("{h}", &fmt(neg_h.get())),
            );
        }
        s
    });
    let label = move |x: Text| Signal::derive(move || page.t(x).to_string());
    let by_dim = move |one: Text, two: Text| {
        Signal::derive(move || page.t(if dim.get() == 1 { one } else { two }).to_string())
    };
    let by_latent = move |one: Text, two: Text| {
        Signal::derive(move || {
            let z = derived.with(|d| d.as_ref().map_or(1, |d| d.z_dim));
            page.t(if z == 1 { one } else { two }).to_string()
        })
    };
    let decoded_caption = Signal::derive(move || {
        let (d, z) = derived.with(|d| d.as_ref().map_or((1, 1), |d| (d.dim, d.z_dim)));
        page.t(match (d, z) {
            (1, 1) => text::DECODED_CAPTION_11,
            (1, _) => text::DECODED_CAPTION_12,
            (_, 1) => text::DECODED_CAPTION_21,
            _ => text::DECODED_CAPTION_22,
        })
        .to_string()
    });
    let nats = label(NATS);

    // URL writers.
    let theory = Signal::derive(move || {
        let mut hash = link_to(&page.route.get(), "vae-theory");
        hash.push_str(if hash.contains('?') { "&" } else { "?" });
        let trick = u8::from(config.with(|c| c.reparametrize));
        hash.push_str(&format!("trick={trick}&step=4"));
        hash
    });
    let share = Signal::derive(move || {
        let p = params.get();
        share_link(
            page.route.get(),
            vec![("data", format_data(&p.data))],
            vae_query(&p.run.config),
            run.iteration.get(),
        )
    });
    let reset_all = Callback::new(move |_| {
        page.update_query(|q| KEYS.iter().chain(DATA_KEYS).for_each(|k| q.remove(k)))
    });
    let preset = move |pairs: &'static [(&'static str, &'static str)]| {
        move |_| {
            page.update_query(|q| {
                KEYS.iter().chain(DATA_KEYS).for_each(|k| q.remove(k));
                pairs.iter().for_each(|(k, v)| q.set(k, *v));
            })
        }
    };
    let on_backend =
        Callback::new(move |b: Backend| page.update_query(|q| q.set("backend", b.as_str())));
    let data_name = Memo::new(move |_| {
        data_src.with(|d| match d {
            DataSource::Shape(s) => s.as_str(),
            _ => "mixture",
        })
    });
    let pick_data = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let new_dim = if v == "mixture" { 1 } else { 2 };
        page.update_query(|q| {
            if new_dim != dim.get_untracked() {
                // The latent's default follows the data's dimension.
                q.remove("z");
            }
            if v == "mixture" {
                q.set("data", DEFAULT_DATA);
            } else {
                q.set("data", v);
            }
        });
    };
    let beta_draft = RwSignal::new(None::<f64>);
    let beta_shown =
        Signal::derive(move || beta_draft.get().unwrap_or_else(|| config.with(|c| c.beta)));
    let on_beta_draft = Callback::new(move |v: f64| beta_draft.set(Some(v)));
    let on_beta = Callback::new(move |v: f64| {
        beta_draft.set(None);
        let v = ((v * 100.0).round() / 100.0).clamp(0.0, MAX_BETA);
        page.update_query(|q| q.set("beta", format!("{v:?}")));
    });
    let trick = Memo::new(move |_| config.with(|c| c.reparametrize));
    let on_trick = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        page.update_query(|q| q.set("reparam", if on { "1" } else { "0" }));
    };
    let outside = Signal::derive(move || {
        derived.with(|d| {
            d.as_ref()
                .filter(|d| d.dim == 1 && d.outside > 0.0)
                .map(|d| format!("{} % {}", fmt(100.0 * d.outside), page.t(text::OUTSIDE)))
        })
    });

    view! {
        <article class="lesson lab" data-testid="lesson-vae-lab">
            <h1>{tr(text::TITLE)}</h1>
            <p class="lead"><RichText text=Signal::derive(move || page.t(text::LEAD))/></p>
            <Notices notices=notices on_reset=reset_all/>
            <RunControls run=run on_backend=on_backend vae=true/>
            <div class="readouts">
                <Readout name="elbo" label=label(text::ELBO) value=elbo unit=nats digits=5/>
                <Readout name="recon" label=label(text::RECON) value=recon unit=nats digits=5/>
                <Readout name="kl" label=label(text::KL) value=kl unit=nats digits=5/>
                <Readout name="sigma-x" label=label(text::SIGMA_X) value=sigma_x digits=4/>
                <Readout name="data-std" label=by_dim(text::DATA_STD_1D, text::DATA_STD_2D) value=data_std digits=4/>
                <Readout name="sigma-ratio" label=label(text::SIGMA_RATIO) value=ratio digits=3/>
                <Show when=move || dim.get() == 1>
                    <Readout name="neg-entropy" label=label(text::NEG_H) value=neg_h unit=nats digits=5/>
                    <Readout name="elbo-gap" label=label(text::GAP) value=gap unit=nats digits=3/>
                </Show>
            </div>
            <section class="vae-objective" aria-labelledby="lab-objective">
                <h2 id="lab-objective">{tr(text::OBJECTIVE)}</h2>
                <div class="controls">
                    <Slider name="beta-slider" label=text::BETA value=beta_shown min=0.0 max=MAX_BETA step=0.05
                        draft=on_beta_draft commit=on_beta/>
                    <label>
                        <input type="checkbox" data-testid="reparam-toggle" prop:checked=move || trick.get() on:change=on_trick/>
                        " " {tr(text::REPARAM)}
                    </label>
                </div>
                <p class="hint">{tr(text::LIVE)}</p>
                <p data-testid="trick-explain">{move || page.t(if trick.get() { text::TRICK_ON } else { text::TRICK_OFF })}</p>
                {move || collapsed.get().map(|c| view! {
                    <p class="notice" role="status" data-testid="collapse-status" data-value=if c { "collapsed" } else { "using" }>
                        {page.t(if c { text::COLLAPSED } else { text::USING })}
                    </p>
                })}
                <p class="hint">{tr(text::BETA_EXPLAIN)}</p>
                <p class="proof-link"><a href=theory data-testid="link-theory">{tr(text::THEORY_LINK)} " →"</a></p>
            </section>
            <div class="lab-grid">
                <section aria-labelledby="lab-data-fig">
                    <h2 id="lab-data-fig">{tr(text::DATA_FIG)}</h2>
                    <PlotCanvas name="plot-data" draw=draw_data label=data_alt caption=by_dim(text::DATA_CAPTION_1D, text::DATA_CAPTION_2D)/>
                </section>
                <section aria-labelledby="lab-prior">
                    <h2 id="lab-prior">{tr(text::PRIOR_FIG)}</h2>
                    <PlotCanvas name="plot-prior" draw=draw_prior label=prior_alt caption=by_dim(text::PRIOR_CAPTION_1D, text::PRIOR_CAPTION_2D)/>
                    {move || outside.get().map(|s| view! { <p class="hint">{s}</p> })}
                    <p class="hint">{tr(text::BLUR)}</p>
                </section>
                <section aria-labelledby="lab-latent">
                    <h2 id="lab-latent">{tr(text::LATENT)}</h2>
                    <div class="controls" role="radiogroup" aria-label=move || page.t(text::COLOR_BY)>
                        <span>{tr(text::COLOR_BY)} ":"</span>
                        <label><input type="radio" name="vae-color" data-testid="color-class" prop:checked=move || !by_position.get()
                            on:change=move |_| by_position.set(false)/> " " {tr(text::BY_CLASS)}</label>
                        <label><input type="radio" name="vae-color" data-testid="color-position" prop:checked=move || by_position.get()
                            on:change=move |_| by_position.set(true)/> " " {tr(text::BY_POSITION)}</label>
                    </div>
                    <PlotCanvas name="plot-latent" draw=draw_latent label=latent_alt caption=by_latent(text::LATENT_CAPTION_1D, text::LATENT_CAPTION_2D)/>
                </section>
                <section aria-labelledby="lab-decoded">
                    <h2 id="lab-decoded">{tr(text::DECODED)}</h2>
                    <PlotCanvas name="plot-decoded" draw=draw_decoded label=decoded_alt caption=decoded_caption/>
                </section>
                <section aria-labelledby="lab-elbo">
                    <h2 id="lab-elbo">{tr(text::ELBO_FIG)}</h2>
                    <PlotCanvas name="plot-elbo" draw=draw_elbo label=elbo_alt caption=by_dim(text::ELBO_CAPTION_1D, text::ELBO_CAPTION_2D) aspect=0.5/>
                </section>
            </div>
            <div class="controls">
                <label>{tr(text::DATA)} " "
                    <select data-testid="lab-data" on:change=pick_data>
                        <option value="mixture" selected=move || data_name.get() == "mixture">{tr(text::MIXTURE)}</option>
                        {text::SHAPE_NAMES.iter().map(|(k, name)| view! {
                            <option value=*k selected=move || data_name.get() == *k>{tr(*name)}</option>
                        }).collect_view()}
                    </select>
                </label>
            </div>
            <Show when=move || dim.get() == 1>
                <h3>{tr(text::P_DATA_1D)}</h3>
                <MixtureEditor binding=data/>
            </Show>
            <div class="controls try">
                <span>{tr(text::TRY)} ":"</span>
                <button type="button" data-testid="try-gaussian" on:click=preset(&[("data", DEFAULT_DATA)])>{tr(text::TRY_GAUSSIAN)}</button>
                <button type="button" data-testid="try-bimodal" on:click=preset(&[("data", BIMODAL)])>{tr(text::TRY_BIMODAL)}</button>
                <button type="button" data-testid="try-no-trick" on:click=preset(&[("data", BIMODAL), ("reparam", "0")])>{tr(text::TRY_NO_TRICK)}</button>
                <button type="button" data-testid="try-beta" on:click=preset(&[("data", BIMODAL), ("beta", "3")])>{tr(text::TRY_BETA)}</button>
                <button type="button" data-testid="try-moons" on:click=preset(&[("data", "two-moons")])>{tr(text::TRY_MOONS)}</button>
                <button type="button" data-testid="try-ring" on:click=preset(&[("data", "ring")])>{tr(text::TRY_RING)}</button>
            </div>
            <p class="hint">{tr(text::RING_EXPLAIN)}</p>
            <VaeSettings config=config/>
            <ExportBar run=run figures=vec![
                ("plot-data", text::DATA_FIG),
                ("plot-prior", text::PRIOR_FIG),
                ("plot-latent", text::LATENT),
                ("plot-decoded", text::DECODED),
                ("plot-elbo", text::ELBO_FIG),
            ] stem="vae-lab" extra="elbo" vae=true link=share/>
            <Exercises lesson="vae-lab" exercises=&text::EXERCISES/>
            <EmbedSnippet title=Signal::derive(move || page.t(text::TITLE).to_string())/>
        </article>
    }
}
