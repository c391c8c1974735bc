//! What the GAN labs share (lab bundle): the run that a page's parameters start, the values
//! derived from its snapshots beside the iteration they were computed for, the share link, the
//! losses figure, the 2-D labs' view, field and layer switches, and a lab page's head and foot.
//! The 1-D, 2-D and cGAN labs build on it (the GAN-vs-VAE lab takes a piece). It belongs in
//! `lessons/lab/`, which another session owns; it lives here until it moves there.

use leptos::prelude::*;

use crate::components::{
    Area, EmbedSnippet, Exercises, Notices, PlotCanvas, RichText, tr, use_page,
};
use crate::exercise::Exercise;
use crate::i18n::Text;
use crate::lessons::lab::{
    DERIVE_EVERY_MS, LabRun, RunControls, losses_alt, losses_figure, on_change, paced, share_link,
    use_throttled,
};
use crate::params::Notice;
use crate::params::gan::{GanLabParams, gan_query};
use crate::plot::Scale;
use crate::plot::field2d::{Field2dFigure, heatmap_rgba};
use crate::plot::lines::draw_lines;
use crate::protocol::{Backend, GanView, ModelSpec, RunSpec, View};
use crate::spec::{DataSource, GanConfig, Point};

// `text` in the page's language, as a signal (a readout's label, a caption): the theory
// lessons' helper, under the name the labs know it by.
pub use crate::lessons::gan_common::label as words;

/// A GAN lab's parameters: its data beside the model and the run.
pub trait GanParams: Clone + PartialEq + Send + Sync + 'static {
    /// The data the model trains on.
    fn data(&self) -> DataSource;
    /// The model and the run.
    fn run(&self) -> &GanLabParams;
    /// The URL pairs with which a shared link restores the data.
    fn data_pairs(&self) -> Vec<(&'static str, String)>;
    /// The view a new run's snapshots carry, where it follows the data (`None`: unchanged).
    fn view(&self) -> Option<View> {
        None
    }
}

/// The URL pairs of drawn points (`data=drawn&points=…`, each point written by `format`); none
/// for a named data set, which the route already holds.
pub fn drawn_pairs(
    data: &DataSource,
    format: fn(&[Point]) -> String,
) -> Vec<(&'static str, String)> {
    match data {
        DataSource::Points(points) => {
            vec![("data", "drawn".to_string()), ("points", format(points))]
        }
        _ => Vec::new(),
    }
}

/// The run spec of `p`: its GAN on its data, paused unless told to train.
pub fn gan_spec(p: &impl GanParams, paused: bool) -> RunSpec {
    let run = p.run();
    RunSpec {
        model: ModelSpec::Gan(run.config.clone()),
        data: p.data(),
        backend: run.backend,
        steps: run.steps,
        paused,
    }
}

/// A GAN lab's run (its snapshots carry `view`) and its model. A new run starts when the data,
/// the backend or the link's steps/autorun change; new hyperparameters go to the running model
/// (the worker restarts it if they must).
pub fn use_gan_run<P: GanParams>(params: Memo<P>, view: View) -> (LabRun, Memo<GanConfig>) {
    let run = LabRun::new(view);
    let start_key = Memo::new(move |_| {
        params.with(|p| {
            let r = p.run();
            (p.data(), r.backend, r.steps, r.autorun)
        })
    });
    run.restart_on(start_key, move |keep_running| {
        let p = params.get_untracked();
        if let Some(view) = p.view() {
            run.set_view(view);
        }
        gan_spec(&p, !(p.run().autorun || keep_running))
    });
    let config = Memo::new(move |_| params.with(|p| p.run().config.clone()));
    on_change(config, move |c| run.set_model(ModelSpec::Gan(c)));
    (run, config)
}

/// The link that restores the run: the page's data pairs, every hyperparameter and (once it
/// has trained) its iterations.
pub fn gan_share_link<P: GanParams>(params: Memo<P>, run: LabRun) -> Signal<String> {
    let page = use_page();
    Signal::derive(move || {
        let p = params.get();
        share_link(
            page.route.get(),
            p.data_pairs(),
            gan_query(&p.run().config),
            run.iteration.get(),
        )
    })
}

/// What a lab derives from its run's latest GAN snapshot, kept beside the iteration it was
/// computed for (a readout's `data-iteration`, so a test waits for the final state).
pub struct Derived<T: Send + Sync + 'static>(Memo<Option<(Option<u64>, T)>>);

impl<T: Send + Sync + 'static> Clone for Derived<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Derived<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> Derived<T> {
    /// `f` of every new snapshot (what is cheap, or what each history row needs). Signals `f`
    /// reads are tracked too.
    pub fn every_snapshot(run: LabRun, f: impl Fn(&GanView) -> T + Send + Sync + 'static) -> Self {
        Derived(Memo::new(move |_| latest(run, &f)))
    }

    /// `f` of the latest snapshot at most every [`DERIVE_EVERY_MS`] while snapshots come, and
    /// always of the last one (the costly estimates). Only new snapshots move it.
    pub fn paced(run: LabRun, f: impl Fn(&GanView) -> T + Send + Sync + 'static) -> Self {
        let tick = use_throttled(DERIVE_EVERY_MS, move || run.gan.track());
        Derived(paced(tick, move || latest(run, &f)))
    }

    /// Reads the value (`None` before the first snapshot).
    pub fn with<R>(&self, f: impl FnOnce(Option<&T>) -> R) -> R {
        self.0.with(|d| f(d.as_ref().map(|(_, v)| v)))
    }

    /// One number of the value, NaN before the first snapshot.
    pub fn number(self, f: fn(&T) -> f64) -> Signal<f64> {
        Signal::derive(move || self.with(|d| d.map_or(f64::NAN, f)))
    }

    /// The iteration of the snapshot the value was computed from.
    pub fn iteration(self) -> Signal<Option<u64>> {
        let memo = self.0;
        Signal::derive(move || memo.with(|d| d.as_ref().and_then(|(it, _)| *it)))
    }
}

/// `f` of the run's latest GAN snapshot with its iteration (set before the snapshot's view).
fn latest<T>(run: LabRun, f: &impl Fn(&GanView) -> T) -> Option<(Option<u64>, T)> {
    run.gan
        .with(|g| g.as_ref().map(|g| (run.iteration.get_untracked(), f(g))))
}

/// Writes `extra()`, when there is one, into the history row of the latest snapshot: the
/// lab's own column of the CSV and its curve over training. An effect, since the row is the
/// run's.
pub fn extra_into_history(run: LabRun, extra: impl Fn() -> Option<f64> + 'static) {
    Effect::new(move |_| {
        if let Some(x) = extra() {
            run.history.update(|h| {
                if let Some(last) = h.last_mut() {
                    last.extra = x;
                }
            });
        }
    });
}

/// The losses over training (`plot-losses`), with the lab's C(G) estimate where `c_of_g`.
pub fn losses_plot(run: LabRun, c_of_g: bool, caption: Text, aspect: f64) -> impl IntoView {
    let page = use_page();
    let draw = move |area: &Area, scale: Scale| {
        let fig = run.history.with(|h| losses_figure(h, c_of_g, scale.lang));
        draw_lines(area, &fig, scale)
    };
    let alt = Signal::derive(move || run.history.with(|h| losses_alt(h, c_of_g, page.lang.get())));
    view! {
        <PlotCanvas name="plot-losses" draw=draw label=alt caption=words(caption) aspect=aspect/>
    }
}

pub use crate::lessons::gan_common::{BOX, GRID_N, LATTICE, plane_view};

/// The field of snapshot `g` (empty before the first) over [`BOX`]: data, samples, G's
/// gradients and manifold where `layers` shows them, and the points being drawn.
pub fn field_figure(
    g: Option<&GanView>,
    layers: [bool; 4],
    drawn: Vec<([f32; 2], u8)>,
) -> Field2dFigure {
    let part = |f: fn(&GanView) -> &Vec<f32>| g.map(f).cloned().unwrap_or_default();
    Field2dFigure {
        x: BOX,
        y: BOX,
        real: part(|g| &g.real),
        fake: part(|g| &g.fake),
        arrows: part(|g| &g.fake_grad),
        manifold: part(|g| &g.manifold),
        manifold_m: LATTICE as usize,
        drawn,
        show_real: layers[0],
        show_fake: layers[1],
        show_arrows: layers[2],
        show_manifold: layers[3],
        ..Default::default()
    }
}

/// D(x, y) of snapshot `g` as the field's heat map (RGBA), if it carries the whole grid.
pub fn heat_map(g: &GanView) -> Option<Vec<u8>> {
    (g.d_grid.len() == (GRID_N * GRID_N) as usize).then(|| heatmap_rgba(&g.d_grid, GRID_N as usize))
}

/// The 2-D labs' modes readout, "modes covered 7 / 8": two numbers (`modes` of the derived
/// value) under one label `label`, each with its own `data-testid` and exact `data-value`
/// (`modes-covered`, `modes-total`) and the iteration they were computed for.
pub fn modes_readout<T: Clone + PartialEq + Send + Sync + 'static>(
    label: Text,
    from: Derived<T>,
    modes: fn(&T) -> (usize, usize),
) -> impl IntoView {
    let page = use_page();
    let part = move |total: bool| {
        Signal::derive(move || {
            let pick = |d: &T| {
                let (covered, all) = modes(d);
                (if total { all } else { covered }) as f64
            };
            from.with(|d| d.map_or(f64::NAN, pick))
        })
    };
    let (covered, total) = (part(false), part(true));
    let it = from.iteration();
    let at = move || it.get().map(|i| i.to_string());
    // The exact value (empty before the first), and the value people read.
    let machine = crate::components::machine_value;
    let shown = move |v: f64| crate::i18n::format_number(v, 2, page.lang.get());
    view! {
        <div class="readout">
            <span class="readout-label">{tr(label)}</span>
            <output data-testid="modes-covered" data-value=move || machine(covered.get()) data-iteration=at aria-live="polite">
                {move || shown(covered.get())}
            </output>
            " / "
            <output data-testid="modes-total" data-value=move || machine(total.get()) data-iteration=at>
                {move || shown(total.get())}
            </output>
        </div>
    }
}

/// The 2-D labs' layer switches, in [`LAYERS`] order (data, samples, G's gradients, G's
/// manifold, D's field), named `names` under the group's name `label`.
pub fn layer_toggles(show: [RwSignal<bool>; 5], label: Text, names: [Text; 5]) -> impl IntoView {
    let page = use_page();
    let toggle = move |i: usize| {
        view! {
            <label><input type="checkbox" data-testid=LAYERS[i] prop:checked=move || show[i].get()
                on:change=move |ev| show[i].set(event_target_checked(&ev))/> " " {tr(names[i])}</label>
        }
    };
    view! {
        <div class="controls" role="group" aria-label=move || page.t(label)>
            <span>{tr(label)} ":"</span>
            {(0..LAYERS.len()).map(toggle).collect_view()}
        </div>
    }
}

/// The layer switches' `data-testid`s.
pub const LAYERS: [&str; 5] = [
    "show-real",
    "show-fake",
    "show-arrows",
    "show-manifold",
    "show-heat",
];

/// A lab page's head: its title, the URL's notices (with "Reset to defaults") and the run's
/// controls (the backend picked there goes to the URL). The lead goes beside the main figure
/// ([`lab_stage`]).
pub fn lab_head(
    title: Text,
    notices: Signal<Vec<Notice>>,
    reset: Callback<()>,
    run: LabRun,
) -> impl IntoView {
    let page = use_page();
    let on_backend =
        Callback::new(move |b: Backend| page.update_query(|q| q.set("backend", b.as_str())));
    view! {
        <h1>{tr(title)}</h1>
        <Notices notices=notices on_reset=reset/>
        <RunControls run=run on_backend=on_backend/>
    }
}

/// A lab's first screen under its control bar: the `main` figure large, and beside it the
/// lead (what the figure shows) over the `side` readouts. The lead comes first in the page's
/// order (read first, and first on a phone); wide screens put the figure left.
pub fn lab_stage(lead: Text, main: impl IntoView, side: impl IntoView) -> impl IntoView {
    let page = use_page();
    view! {
        <div class="lab-stage">
            <div class="lab-side">
                <p class="lead"><RichText text=Signal::derive(move || page.t(lead))/></p>
                {side}
            </div>
            <div class="lab-main">{main}</div>
        </div>
    }
}

/// A lab page's foot: its exercises (stored under `slug`) and the embed snippet.
pub fn lab_foot(slug: &'static str, title: Text, exercises: &'static [Exercise]) -> impl IntoView {
    view! {
        <Exercises lesson=slug exercises=exercises/>
        <EmbedSnippet title=words(title)/>
    }
}
