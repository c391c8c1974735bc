//! The GAN-vs-VAE lab's page (lab bundle): two runs, one per worker, on the same data, seed and
//! backend; two identical scatter plots; the same estimates for both.
//!
//! Two runs double the page's work per frame, so everything drawn or derived is throttled
//! while training: the scatter plots at most every [`PLOT_EVERY_MS`], the estimates and the
//! history figures every [`DERIVE_EVERY_MS`], and all of them once more when a run stops, so
//! the last state is always the one shown.

use std::f64::consts::LN_2;
use std::time::Duration;

use leptos::prelude::*;

use super::controls::PairControls;
use super::measure::{Comparison, Reference};
use super::{BOX, KEYS, Params, query, read, run_specs, text, vae_samples, view};
use crate::components::{
    EmbedSnippet, Exercises, Math, Notices, PlotCanvas, Readout, RichText, tr, use_page,
};
use crate::i18n::{NATS, Text};
use crate::lessons::lab::controls::{LOSS_D, LOSS_G};
use crate::lessons::lab::{
    LabRun, elbo_figure, history_csv, losses_alt, losses_figure, share_link, vae_history_csv,
};
use crate::params::gan::MAX_SEED;
use crate::params::parse_integer;
use crate::plot::field2d::{Field2dFigure, draw_field_2d};
use crate::plot::lines::draw_lines;
use crate::protocol::{Backend, GanView, VaeView};
use crate::web;

/// The scatter plots are redrawn at most this often.
const PLOT_EVERY_MS: u64 = 80;
/// Readouts that change every frame (iterations, speeds, losses, the ELBO, the frame rate) and
/// the share link follow at most this often.
const READOUT_EVERY_MS: u64 = 125;
/// Estimates and history figures are refreshed at most this often.
const DERIVE_EVERY_MS: u64 = 250;
const LOG4: f64 = 2.0 * LN_2;

/// A counter that follows `source` (whatever signals it reads) at most every `every_ms`: a
/// change within that time is shown when it is up (a trailing update), so the last state is
/// always the one shown. Drawing, deriving and readouts track the counter, not the source:
/// a run that sends a new view every frame costs a few redraws a second.
pub(super) fn throttled(every_ms: u64, source: impl Fn() + 'static) -> ReadSignal<u64> {
    let tick = RwSignal::new(0u64);
    let last = StoredValue::new(None::<web_time::Instant>);
    let pending = StoredValue::new(false);
    let bump = move || {
        last.try_set_value(Some(web_time::Instant::now()));
        tick.try_update(|n| *n += 1);
    };
    Effect::new(move |_| {
        source();
        if pending.get_value() {
            return;
        }
        let since = last
            .get_value()
            .map_or(u64::MAX, |t| t.elapsed().as_millis() as u64);
        if since >= every_ms {
            bump();
        } else {
            pending.set_value(true);
            set_timeout(
                move || {
                    pending.try_set_value(false);
                    bump();
                },
                Duration::from_millis(every_ms - since),
            );
        }
    });
    tick.read_only()
}

/// `value` read whenever `tick` moves (and not when its own signals change).
pub(super) fn paced(
    tick: ReadSignal<u64>,
    value: impl Fn() -> f64 + Send + Sync + 'static,
) -> Signal<f64> {
    Signal::derive(move || {
        tick.track();
        untrack(&value)
    })
}

/// One model's figure: the data and its samples, same box and colours for both models.
fn field(real: &[f32], samples: &[f32], show_data: bool) -> Field2dFigure {
    Field2dFigure {
        x: BOX,
        y: BOX,
        real: real.to_vec(),
        fake: samples.to_vec(),
        show_real: show_data,
        show_fake: true,
        ..Field2dFigure::default()
    }
}

/// The lab.
#[component]
pub fn GanVsVae() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let parsed = Memo::new(move |_| page.route.with(|r| read(&r.query)));
    let params = Memo::new(move |_| parsed.with(|(p, _)| p.clone()));
    let notices = Signal::derive(move || parsed.with(|(_, n)| n.clone()));
    let gan = LabRun::new(view());
    let vae = LabRun::new(view());

    // New data, seed, limit or backend: both start again, together.
    Effect::new(move |_| {
        // Read, not `track()`: a memo never read never computes (see the 2-D lab).
        params.with(|_| ());
        let p = params.get_untracked();
        let keep_running =
            gan.status.get_untracked() == "running" || vae.status.get_untracked() == "running";
        let (g, v) = run_specs(&p, !(p.autorun || keep_running));
        gan.start(g);
        vae.start(v);
    });

    // The VAE's true samples: decoder means plus σ_x·ε (the same ε every frame).
    let seed = Memo::new(move |_| params.with(|p| p.seed));
    let vae_points = Memo::new(move |_| {
        let seed = seed.get();
        vae.vae.with(|v| {
            v.as_ref()
                .map(|v| vae_samples(&v.prior, v.sigma_x, seed))
                .unwrap_or_default()
        })
    });

    let gan_plot = throttled(PLOT_EVERY_MS, move || gan.gan.track());
    let vae_plot = throttled(PLOT_EVERY_MS, move || vae_points.track());
    let gan_tick = throttled(DERIVE_EVERY_MS, move || gan.gan.track());
    let vae_tick = throttled(DERIVE_EVERY_MS, move || vae_points.track());
    let gan_hist = throttled(DERIVE_EVERY_MS, move || gan.history.track());
    let vae_hist = throttled(DERIVE_EVERY_MS, move || vae.history.track());
    let gan_ui = throttled(READOUT_EVERY_MS, move || {
        gan.iteration.track();
        gan.rate.track();
        gan.fps.track();
        gan.losses.track();
    });
    let vae_ui = throttled(READOUT_EVERY_MS, move || {
        vae.iteration.track();
        vae.rate.track();
        vae.fps.track();
        vae.vae.track();
    });

    // What depends on the data alone (the kernel bandwidth is O(n²)) is computed once per
    // data sample; both runs share it (one seed, the same sample).
    let reference = StoredValue::new(None::<Reference>);
    let measure = move |real: &[f32], labels: &[u8], samples: &[f32]| -> Comparison {
        if !reference.with_value(|r| r.as_ref().is_some_and(|r| r.is_for(real))) {
            reference.set_value(Some(Reference::new(real, labels)));
        }
        reference.with_value(|r| match r {
            Some(r) => r.compare(samples),
            None => Reference::new(real, labels).compare(samples),
        })
    };
    let gan_est = RwSignal::new(None::<Comparison>);
    let vae_est = RwSignal::new(None::<Comparison>);
    Effect::new(move |_| {
        gan_tick.track();
        let c = gan.gan.with_untracked(|g| {
            g.as_ref()
                .filter(|g| !g.real.is_empty())
                .map(|g| measure(&g.real, &g.real_labels, &g.fake))
        });
        gan_est.set(c);
    });
    Effect::new(move |_| {
        vae_tick.track();
        let samples = vae_points.get_untracked();
        let c = vae.vae.with_untracked(|v| {
            v.as_ref()
                .filter(|v| !v.data.is_empty())
                .map(|v| measure(&v.data, &v.labels, &samples))
        });
        vae_est.set(c);
    });
    // The GAN's history carries 2·JS − log 4 for its losses figure.
    Effect::new(move |_| {
        if let Some(js) = gan_est.with(|e| e.as_ref().map(|e| e.estimate.js)) {
            gan.history.update(|h| {
                if let Some(last) = h.last_mut() {
                    last.extra = 2.0 * js - LOG4;
                }
            });
        }
    });

    let show_data = RwSignal::new(true);
    let draw_gan = move |area: &_, scale| {
        gan_plot.track();
        let show = show_data.get();
        let fig = gan.gan.with_untracked(|g| {
            let g = g.as_ref();
            let empty = GanView::default();
            let g = g.unwrap_or(&empty);
            field(&g.real, &g.fake, show)
        });
        let _ = draw_field_2d(area, &fig, scale, &mut |_, _| {});
    };
    let draw_vae = move |area: &_, scale| {
        vae_plot.track();
        let show = show_data.get();
        let samples = vae_points.get_untracked();
        let fig = vae.vae.with_untracked(|v| {
            let empty = VaeView::default();
            let v = v.as_ref().unwrap_or(&empty);
            field(&v.data, &samples, show)
        });
        let _ = draw_field_2d(area, &fig, scale, &mut |_, _| {});
    };
    let draw_gan_losses = move |area: &_, scale: crate::plot::Scale| {
        gan_hist.track();
        let fig = gan
            .history
            .with_untracked(|h| losses_figure(h, true, scale.lang));
        let _ = draw_lines(area, &fig, scale);
    };
    let draw_vae_elbo = move |area: &_, scale: crate::plot::Scale| {
        vae_hist.track();
        let fig = vae
            .history
            .with_untracked(|h| elbo_figure(h, None, scale.lang));
        let _ = draw_lines(area, &fig, scale);
    };
    let gan_losses_label = Signal::derive(move || {
        gan_hist.track();
        gan.history
            .with_untracked(|h| losses_alt(h, true, lang.get()))
    });
    let vae_elbo_label = Signal::derive(move || {
        vae_hist.track();
        let fmt = |v: f64| crate::i18n::format_number(v, 4, lang.get());
        vae.history.with_untracked(|h| match h.last() {
            Some(r) => page
                .t(text::VAE_ELBO_ALT)
                .replace("{it}", &r.iteration.to_string())
                .replace("{elbo}", &fmt(r.elbo()))
                .replace("{recon}", &fmt(r.recon))
                .replace("{kl}", &fmt(-r.kl)),
            None => page.t(text::VAE_ELBO_NONE).to_string(),
        })
    });

    // Readouts.
    type Pick = fn(&Comparison) -> f64;
    let of = move |est: RwSignal<Option<Comparison>>, f: Pick| {
        Signal::derive(move || est.with(|e| e.as_ref().map_or(f64::NAN, f)))
    };
    let shared = move |f: Pick| {
        Signal::derive(move || {
            gan_est.with(|g| {
                g.as_ref()
                    .map(f)
                    .or_else(|| vae_est.with(|v| v.as_ref().map(f)))
                    .unwrap_or(f64::NAN)
            })
        })
    };
    let modes: Pick = |e| e.estimate.modes.0 as f64;
    let js: Pick = |e| e.estimate.js;
    let to_data: Pick = |e| e.neighbours.to_data;
    let to_model: Pick = |e| e.neighbours.to_model;
    let modes_total = shared(|e| e.estimate.modes.1 as f64);
    let js_noise = shared(|e| e.estimate.js_noise);
    let nn_floor = shared(|e| e.neighbours.floor);
    let vv = move |f: fn(&VaeView) -> f64| {
        paced(vae_ui, move || {
            vae.vae.with(|v| v.as_ref().map_or(f64::NAN, f))
        })
    };
    let elbo = vv(|v| v.recon_term - v.kl_term);
    let recon = vv(|v| v.recon_term);
    let kl = vv(|v| v.kl_term);
    let sigma_x = vv(|v| v.sigma_x);
    let label = move |x: Text| Signal::derive(move || page.t(x).to_string());
    let nats = label(NATS);
    let fmt = move |v: f64| crate::i18n::format_number(v, 3, lang.get());
    let alt = move |model: Text, est: RwSignal<Option<Comparison>>| {
        Signal::derive(move || {
            let at = |f: Pick| est.with(|e| e.as_ref().map_or(f64::NAN, f));
            page.t(text::PLOT_ALT)
                .replace("{model}", page.t(model))
                .replace("{n}", &super::SAMPLES.to_string())
                .replace("{m}", &fmt(at(modes)))
                .replace("{t}", &fmt(modes_total.get()))
                .replace("{js}", &fmt(at(js)))
                .replace("{blur}", &fmt(at(to_data)))
                .replace("{gap}", &fmt(at(to_model)))
        })
    };

    // Data and seed.
    let data_name = Signal::derive(move || params.with(|p| p.data.as_str()));
    let seed_text = RwSignal::new(None::<String>);
    let seed_bad = RwSignal::new(false);
    let set_seed = move |raw: String| match parse_integer("seed", &raw, 0, MAX_SEED) {
        Ok(s) => {
            seed_bad.set(false);
            seed_text.set(None);
            page.update_query(|q| q.set("seed", s.to_string()));
        }
        Err(_) => {
            seed_bad.set(true);
            seed_text.set(Some(raw));
        }
    };
    let next_seed = move |_| {
        let s = (seed.get_untracked() + 1) % (MAX_SEED as u64 + 1);
        set_seed(s.to_string());
    };
    let on_backend =
        Callback::new(move |b: Backend| page.update_query(|q| q.set("backend", b.as_str())));
    let backend = Signal::derive(move || params.with(|p| p.backend));
    let reset_all =
        Callback::new(move |_| page.update_query(|q| KEYS.iter().for_each(|k| q.remove(k))));

    // Export and share.
    let link = Signal::derive(move || {
        gan_ui.track();
        vae_ui.track();
        let p: Params = params.get();
        let (a, b) = untrack(|| (gan.iteration.get(), vae.iteration.get()));
        let both = if a.is_finite() && b.is_finite() {
            a.min(b)
        } else {
            f64::NAN
        };
        share_link(page.route.get(), query(&p), Vec::new(), both)
    });
    let shared_ok = RwSignal::new(None::<bool>);
    let share = move |_| {
        let text = link.get_untracked();
        leptos::task::spawn_local(async move {
            shared_ok.set(Some(web::copy_text(text).await.is_ok()));
        });
    };
    let png = move |id: &'static str| {
        move |_| {
            if let Some(url) = web::canvas_png(id) {
                let _ = web::download(&format!("gan-vs-vae-{id}.png"), &url);
            }
        }
    };
    let csv = move |run: LabRun, is_vae: bool, name: &'static str| {
        move |_| {
            let text = run.history.with_untracked(|h| {
                if is_vae {
                    vae_history_csv(h)
                } else {
                    history_csv(h, "c_of_g")
                }
            });
            let _ = web::download(name, &web::data_url("text/csv", &text));
        }
    };
    let objective = |o: &'static text::Objective, id: &'static str| {
        view! {
            <section aria-labelledby=id>
                <h3 id=id>{tr(o.title)}</h3>
                <p><RichText text=Signal::derive(move || page.t(o.before))/></p>
                {o.tex.map(|tex| view! { <Math tex=tex display=true/> })}
                <p><RichText text=Signal::derive(move || page.t(o.after))/></p>
            </section>
        }
    };

    view! {
        <article class="lesson lab" data-testid="lesson-gan-vs-vae">
            <h1>{tr(text::TITLE)}</h1>
            <p class="lead"><RichText text=Signal::derive(move || page.t(text::LEAD))/></p>
            <Notices notices=notices on_reset=reset_all/>
            <PairControls gan=gan vae=vae gan_tick=gan_ui vae_tick=vae_ui backend=backend on_backend=on_backend/>
            <div class="controls">
                <label>{tr(text::DATA)} " "
                    <select data-testid="lab-data" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        page.update_query(|q| q.set("data", v));
                    }>
                        {crate::lessons::gan_common::SHAPE_LABELS.iter().map(|(k, name)| view! {
                            <option value=*k selected=move || data_name.get() == *k>{tr(*name)}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>{tr(text::SEED)} " "
                    <input type="number" min="0" max=MAX_SEED.to_string() step="1" data-testid="lab-seed"
                        aria-invalid=move || seed_bad.get().to_string()
                        prop:value=move || seed_text.get().unwrap_or_else(|| seed.get().to_string())
                        on:change=move |ev| set_seed(event_target_value(&ev))/>
                </label>
                <button type="button" data-testid="lab-next-seed" on:click=next_seed>{tr(text::NEXT_SEED)}</button>
                <label><input type="checkbox" data-testid="show-data" prop:checked=move || show_data.get()
                    on:change=move |ev| show_data.set(event_target_checked(&ev))/> " " {tr(text::SHOW_DATA)}</label>
            </div>
            <Show when=move || seed_bad.get()>
                <p class="notice notice-error" role="alert" data-testid="seed-error">{tr(text::SEED_BAD)}</p>
            </Show>
            <section aria-labelledby="gvv-same">
                <h2 id="gvv-same">{tr(text::SAME_ESTIMATORS)}</h2>
                <div class="readouts">
                    <Readout name="modes-total" label=label(text::MODES_OF) value=modes_total digits=2/>
                    <Readout name="js-noise" label=label(text::JS_NOISE) value=js_noise unit=nats/>
                    <Readout name="nn-floor" label=label(text::NN_FLOOR) value=nn_floor/>
                </div>
            </section>
            <div class="lab-grid">
                <section aria-labelledby="gvv-gan">
                    <h2 id="gvv-gan">{tr(text::GAN_TITLE)}</h2>
                    <PlotCanvas name="plot-gan" draw=draw_gan label=alt(text::GAN, gan_est) caption=label(text::GAN_CAPTION) aspect=1.0/>
                    <div class="readouts">
                        <Readout name="gan-modes" label=label(text::MODES) value=of(gan_est, modes) digits=2/>
                        <Readout name="gan-js" label=label(text::JS) value=of(gan_est, js) unit=nats/>
                        <Readout name="gan-to-data" label=label(text::TO_DATA) value=of(gan_est, to_data)/>
                        <Readout name="gan-to-model" label=label(text::TO_MODEL) value=of(gan_est, to_model)/>
                        <Readout name="loss-d" label=label(LOSS_D) value=paced(gan_ui, move || gan.losses.get().0)/>
                        <Readout name="loss-g" label=label(LOSS_G) value=paced(gan_ui, move || gan.losses.get().1)/>
                    </div>
                    <h3>{tr(text::GAN_LOSSES)}</h3>
                    <PlotCanvas name="plot-gan-losses" draw=draw_gan_losses label=gan_losses_label caption=label(text::GAN_LOSSES_CAPTION) aspect=0.5/>
                </section>
                <section aria-labelledby="gvv-vae">
                    <h2 id="gvv-vae">{tr(text::VAE_TITLE)}</h2>
                    <PlotCanvas name="plot-vae" draw=draw_vae label=alt(text::VAE, vae_est) caption=label(text::VAE_CAPTION) aspect=1.0/>
                    <div class="readouts">
                        <Readout name="vae-modes" label=label(text::MODES) value=of(vae_est, modes) digits=2/>
                        <Readout name="vae-js" label=label(text::JS) value=of(vae_est, js) unit=nats/>
                        <Readout name="vae-to-data" label=label(text::TO_DATA) value=of(vae_est, to_data)/>
                        <Readout name="vae-to-model" label=label(text::TO_MODEL) value=of(vae_est, to_model)/>
                        <Readout name="elbo" label=label(text::ELBO) value=elbo unit=nats/>
                        <Readout name="recon" label=label(text::RECON) value=recon unit=nats/>
                        <Readout name="kl" label=label(text::KL) value=kl unit=nats/>
                        <Readout name="sigma-x" label=label(text::SIGMA_X) value=sigma_x/>
                    </div>
                    <h3>{tr(text::VAE_ELBO)}</h3>
                    <PlotCanvas name="plot-vae-elbo" draw=draw_vae_elbo label=vae_elbo_label caption=label(text::VAE_ELBO_CAPTION) aspect=0.5/>
                </section>
            </div>
            <p class="hint">{tr(text::ESTIMATORS_NOTE)}</p>
            <section aria-labelledby="gvv-why">
                <h2 id="gvv-why">{tr(text::WHY)}</h2>
                {objective(&text::GAN_OBJECTIVE, "gvv-why-gan")}
                {objective(&text::VAE_OBJECTIVE, "gvv-why-vae")}
            </section>
            <section aria-labelledby="gvv-look">
                <h2 id="gvv-look">{tr(text::WHAT_TO_SEE)}</h2>
                <ul>
                    {text::LOOK.iter().map(|x| view! { <li>{tr(*x)}</li> }).collect_view()}
                </ul>
            </section>
            <div class="export-bar controls">
                <span>{tr(text::EXPORT)} ":"</span>
                <button type="button" data-testid="export-plot-gan" on:click=png("plot-gan")>{tr(text::GAN_TITLE)} " (PNG)"</button>
                <button type="button" data-testid="export-plot-vae" on:click=png("plot-vae")>{tr(text::VAE_TITLE)} " (PNG)"</button>
                <button type="button" data-testid="export-plot-gan-losses" on:click=png("plot-gan-losses")>{tr(text::GAN_LOSSES)} " (PNG)"</button>
                <button type="button" data-testid="export-plot-vae-elbo" on:click=png("plot-vae-elbo")>{tr(text::VAE_ELBO)} " (PNG)"</button>
                <button type="button" data-testid="export-gan-csv" on:click=csv(gan, false, "gan-vs-vae-gan.csv")>{tr(text::GAN_CSV)}</button>
                <button type="button" data-testid="export-vae-csv" on:click=csv(vae, true, "gan-vs-vae-vae.csv")>{tr(text::VAE_CSV)}</button>
                <button type="button" data-testid="share" on:click=share>{tr(text::SHARE)}</button>
            </div>
            {move || shared_ok.get().map(|ok| view! {
                <p class="notice" role="status" data-testid="share-status">{if ok { page.t(text::SHARED) } else { page.t(text::SHARE_REFUSED) }}</p>
            })}
            <label class="share-link">{tr(text::LINK)} " "
                <input type="text" readonly data-testid="share-link" prop:value=link
                    on:focus=move |ev| { event_target::<web_sys::HtmlInputElement>(&ev).select(); }/>
            </label>
            <Exercises lesson="gan-vs-vae" exercises=&text::EXERCISES/>
            <EmbedSnippet title=Signal::derive(move || page.t(text::TITLE).to_string())/>
        </article>
    }
}
