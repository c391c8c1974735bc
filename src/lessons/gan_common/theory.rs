//! The theory lessons' page pieces: the page frame, the densities section, numbers edited with
//! a draft, labels and the figures' shared parts.

use leptos::prelude::*;
use plotters::style::RGBColor;

use crate::components::{
    Derivation, EmbedSnippet, Exercises, MixtureBinding, MixtureEditor, MixturePlot, Notices,
    PageCtx, Readout, RichText, Slider, cue, tr, use_page,
};
use crate::exercise::Exercise;
use crate::i18n::{Lang, NATS, Text, format_number};
use crate::params::Notice;
use crate::plot::HIGHLIGHT;
use crate::plot::lines::{Curve, HLine, Handle, LinesFigure};

use super::super::Lesson;

/// A value the page edits by dragging: the URL's value, or the drag in progress.
pub struct Drafted<T: Send + Sync + 'static> {
    /// What is shown: the draft while a control is held, else the committed value.
    pub value: Memo<T>,
    /// Set while a control is held.
    pub draft: RwSignal<Option<T>>,
}

impl<T: Send + Sync + 'static> Clone for Drafted<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Drafted<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> Drafted<T> {
    /// Shows `committed` (from the URL) until a control holds a draft.
    pub fn new(committed: Memo<T>) -> Self {
        let draft = RwSignal::new(None::<T>);
        let value = Memo::new(move |_| draft.get().unwrap_or_else(|| committed.get()));
        Drafted { value, draft }
    }

    /// Shows `v` while the control is held.
    pub fn show(self, v: T) {
        self.draft.set(Some(v));
    }
}

impl Drafted<f64> {
    /// Ends a drag: drops the draft and writes `v` to `key`, within `range`, to 4 decimals.
    pub fn commit(self, page: PageCtx, key: &'static str, (lo, hi): (f64, f64), v: f64) {
        self.draft.set(None);
        let v = (v.clamp(lo, hi) * 1e4).round() / 1e4 + 0.0;
        page.update_query(|q| q.set(key, v.to_string()));
    }
}

/// A slider (step 0.01) over the URL number `key`: a drag shows a draft, the release writes it.
#[component]
pub fn DraftSlider(
    /// The slider's `data-testid`.
    name: &'static str,
    /// Its URL key.
    key: &'static str,
    /// Its label.
    label: Text,
    /// The number shown and its draft.
    num: Drafted<f64>,
    /// Its range.
    range: (f64, f64),
) -> impl IntoView {
    let page = use_page();
    view! {
        <Slider name=name label=label value=num.value min=range.0 max=range.1 step=0.01
            draft=Callback::new(move |v| num.show(v))
            commit=Callback::new(move |v| num.commit(page, key, range, v))/>
    }
}

/// `text` in the page's language, as a signal (labels, captions).
pub fn label(text: Text) -> Signal<String> {
    let page = use_page();
    Signal::derive(move || page.t(text).to_string())
}

/// `text` in the page's language, for [`RichText`] (inline math).
pub fn rich(text: Text) -> Signal<&'static str> {
    let page = use_page();
    Signal::derive(move || page.t(text))
}

/// `text` in `lang` with each `{key}` replaced by its number (4 decimals, `lang`'s separator):
/// the figures' text alternatives.
pub fn fill(lang: Lang, text: Text, values: &[(&str, f64)]) -> String {
    values.iter().fold(text.get(lang).to_string(), |s, (k, v)| {
        s.replace(k, &format_number(*v, 4, lang))
    })
}

/// A readout in nats.
pub fn nats_readout(
    name: &'static str,
    text: Signal<String>,
    value: Signal<f64>,
    digits: usize,
) -> impl IntoView {
    view! { <Readout name=name label=text value=value unit=label(NATS) digits=digits/> }
}

/// An unfilled curve.
pub fn curve(label: &str, color: RGBColor, points: Vec<(f64, f64)>, dashed: bool) -> Curve {
    Curve {
        label: label.into(),
        color,
        points,
        dashed,
        fill: false,
    }
}

/// The highlighted point (the probe on D*, the maximiser of f, the current C).
pub fn mark(at: (f64, f64)) -> Handle {
    Handle {
        at,
        color: HIGHLIGHT,
        filled: true,
    }
}

/// A discriminator's figure over `x`: the curves on [0, 1.05] with the line D = ½.
pub fn d_figure(x: (f64, f64), curves: Vec<Curve>, y_label: &str) -> LinesFigure {
    LinesFigure {
        x,
        y: Some((0.0, 1.05)),
        curves,
        hlines: vec![HLine {
            y: 0.5,
            label: "½".into(),
        }],
        x_label: "x".into(),
        y_label: y_label.into(),
        ..LinesFigure::default()
    }
}

/// The editors of a pair of mixtures, side by side.
pub fn editors(data: MixtureBinding, g: MixtureBinding) -> impl IntoView {
    view! {
        <div class="mixture-editors">
            <MixtureEditor binding=data/>
            <MixtureEditor binding=g/>
        </div>
    }
}

/// A theory lesson's page: title, lead, the URL's notices, the derivation beside the lesson's
/// own sections (`children`), its exercises and the embed snippet.
#[component]
pub fn TheoryPage(
    /// The registry entry: slug (`data-testid="lesson-<slug>"`), title, lead, derivation.
    lesson: &'static Lesson,
    /// The step shown.
    step: Signal<usize>,
    /// The URL's notices.
    notices: Signal<Vec<Notice>>,
    /// "Reset to defaults".
    reset: Callback<()>,
    /// The lesson's exercises.
    exercises: &'static [Exercise],
    /// The construction exercises' live checks, by id.
    #[prop(optional)]
    checks: Vec<(&'static str, Signal<bool>)>,
    children: Children,
) -> impl IntoView {
    view! {
        <article class="lesson" data-testid=format!("lesson-{}", lesson.slug)>
            <h1>{tr(lesson.title)}</h1>
            <p class="lead"><RichText text=rich(lesson.lead)/></p>
            <Notices notices=notices on_reset=reset/>
            <div class="lesson-grid">
                <Derivation steps=lesson.derivation current=step/>
                {children()}
            </div>
            <Exercises lesson=lesson.slug exercises=exercises checks=checks/>
            <EmbedSnippet title=label(lesson.title)/>
        </article>
    }
}

/// The first section of the GAN objective, optimal-D and C(G) lessons: p_data and p_g with drag
/// handles (lit on the steps `cues`), the lesson's controls and readouts (`children`), the
/// editors.
#[component]
pub fn Densities(
    /// The heading.
    title: Text,
    /// The hint under it.
    hint: Text,
    /// The figure's caption.
    caption: Text,
    /// The step shown.
    step: Signal<usize>,
    /// The steps that light the figure.
    cues: &'static [usize],
    /// p_data.
    data: MixtureBinding,
    /// p_g.
    g: MixtureBinding,
    /// The x range.
    #[prop(into)]
    x: Signal<(f64, f64)>,
    /// More curves (the moved p_g, M).
    #[prop(optional, into)]
    extra: Signal<Vec<Curve>>,
    /// The probe's marker.
    #[prop(optional, into)]
    marker: Signal<Option<(f64, String)>>,
    /// Controls and readouts between the figure and the editors.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <section class="playground" aria-labelledby="densities-title">
            <h2 id="densities-title">{tr(title)}</h2>
            <p class="hint">{tr(hint)}</p>
            <div class:cue=cue(step, cues)>
                <MixturePlot name="plot-densities" bindings=vec![data, g] extra=extra marker=marker
                    x=x caption=label(caption)/>
            </div>
            {children.map(|c| c())}
            {editors(data, g)}
        </section>
    }
}
