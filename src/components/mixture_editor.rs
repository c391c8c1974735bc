//! Editing 1-D Gaussian mixtures (p_data, p_g): sliders per component (weight, mean, spread;
//! keyboard-accessible), add/remove, and [`MixturePlot`], the density figure whose handles are
//! dragged — a component's peak moves its mean (and its height sets the weight), the ring at
//! μ + σ sets its spread. Drags write a draft; releasing writes the URL.

use leptos::prelude::*;
use plotters::style::RGBColor;

use crate::data::Mixture;
use crate::data::mixture_edit::{
    Edit, HandleKind, MAX_COMPONENTS, MU_RANGE, SIGMA_RANGE, apply, describe, drag, handle_at,
};
use crate::i18n::{Text, format_number};
use crate::plot::Scale;
use crate::plot::lines::{Curve, Frame, Handle, LinesFigure, draw_lines, sample};

use super::{PlotCanvas, Slider, tr, use_page};

/// One editable mixture: its URL parameter (also the test-id prefix), its name on the page,
/// its colour, the value shown (the draft while dragging), the draft, and what commits it.
#[derive(Clone, Copy)]
pub struct MixtureBinding {
    /// URL parameter and `data-testid` prefix (`data`, `g`, `data1`, …).
    pub name: &'static str,
    /// Shown name (`p_data`, `p_g`).
    pub label: Text,
    /// Curve and handle colour.
    pub color: RGBColor,
    /// The mixture shown.
    pub value: Memo<Mixture>,
    /// Set while a control is held.
    pub draft: RwSignal<Option<Mixture>>,
    /// Writes the finished edit (to the URL).
    pub commit: Callback<Mixture>,
}

impl MixtureBinding {
    /// Shows an edit at once; `done` also commits it.
    fn edit(self, edit: Edit, done: bool) {
        let next = apply(&self.value.get_untracked(), edit);
        if done {
            self.draft.set(None);
            self.commit.run(next);
        } else {
            self.draft.set(Some(next));
        }
    }
}

const ADD: Text = Text::new("Add a component", "Добавить компоненту");
const REMOVE: Text = Text::new("Remove", "Убрать");
const WEIGHT: Text = Text::new("weight", "вес");
const MEAN: Text = Text::new("mean μ", "среднее μ");
const SPREAD: Text = Text::new("spread σ", "разброс σ");

/// Sliders for every component of one mixture.
#[component]
pub fn MixtureEditor(binding: MixtureBinding) -> impl IntoView {
    let b = binding;
    let n = Memo::new(move |_| b.value.with(|m| m.components().len()));
    let slider = move |k: usize, field: usize| {
        let (lo, hi, step, label) = match field {
            0 => (0.0, 1.0, 0.01, WEIGHT),
            1 => (MU_RANGE.0, MU_RANGE.1, 0.05, MEAN),
            _ => (SIGMA_RANGE.0, SIGMA_RANGE.1, 0.05, SPREAD),
        };
        let value = Signal::derive(move || {
            b.value.with(|m| {
                m.components()
                    .get(k)
                    .map_or(0.0, |c| [c.w, c.mu, c.sigma][field.min(2)])
            })
        });
        let edit = move |v: f64| match field {
            0 => Edit::Weight(k, v),
            1 => Edit::Mu(k, v),
            _ => Edit::Sigma(k, v),
        };
        let id = ["w", "mu", "sigma"][field.min(2)];
        view! {
            <Slider name=format!("{}-{id}-{}", b.name, k + 1) label=label value=value
                min=lo max=hi step=step
                disabled=Signal::derive(move || field == 0 && n.get() == 1)
                draft=Callback::new(move |v| b.edit(edit(v), false))
                commit=Callback::new(move |v| b.edit(edit(v), true))/>
        }
    };
    let full = Signal::derive(move || n.get() >= MAX_COMPONENTS);
    let rows = move || {
        (0..n.get())
            .map(|k| {
                view! {
                    <div class="mixture-row">
                        <span class="mixture-k">{k + 1}</span>
                        {slider(k, 0)}
                        {slider(k, 1)}
                        {slider(k, 2)}
                        <button type="button" data-testid=format!("{}-remove-{}", b.name, k + 1)
                            disabled=move || n.get() == 1
                            on:click=move |_| b.edit(Edit::Remove(k), true)>{tr(REMOVE)}</button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="mixture-editor" data-testid=format!("{}-editor", b.name)>
            <legend>{tr(b.label)}</legend>
            {rows}
            <button type="button" data-testid=format!("{}-add", b.name)
                disabled=full
                on:click=move |_| b.edit(Edit::Add, true)>{tr(ADD)}</button>
        </fieldset>
    }
}

/// The densities of the bound mixtures with drag handles, plus `extra` curves, over `x`.
#[component]
pub fn MixturePlot(
    /// The canvas `data-testid`.
    name: &'static str,
    /// Mixtures drawn with handles.
    bindings: Vec<MixtureBinding>,
    /// More curves (not draggable), e.g. the moved p_g or the mixture M; none by default.
    #[prop(optional, into)]
    extra: Signal<Vec<Curve>>,
    /// A vertical marker (the probe x) and its label; none by default.
    #[prop(optional, into)]
    marker: Signal<Option<(f64, String)>>,
    /// The x range.
    #[prop(into)]
    x: Signal<(f64, f64)>,
    /// The caption.
    #[prop(into)]
    caption: Signal<String>,
) -> impl IntoView {
    let page = use_page();
    let frame = StoredValue::new(None::<(Frame, Scale)>);
    // While a handle is held the y range stays put, so the handle follows the pointer.
    let held_y = RwSignal::new(None::<(f64, f64)>);
    let grabbed = StoredValue::new(None::<(usize, usize, HandleKind)>);
    let bindings = StoredValue::new(bindings);
    let draw = move |area: &_, scale: Scale| {
        let mut fig = LinesFigure {
            x: x.get(),
            y: held_y.get(),
            x_label: "x".into(),
            y_label: DENSITY.get(scale.lang).into(),
            marker: marker.get(),
            ..LinesFigure::default()
        };
        for b in bindings.get_value() {
            b.value.with(|m| {
                fig.curves.push(Curve {
                    label: b.label.get(scale.lang).into(),
                    color: b.color,
                    points: sample(fig.x, 400, |x| m.pdf(x)),
                    dashed: false,
                    fill: true,
                });
                for k in 0..m.components().len() {
                    for (kind, filled) in [(HandleKind::Peak, true), (HandleKind::Spread, false)] {
                        fig.handles.push(Handle {
                            at: handle_at(m, k, kind),
                            color: b.color,
                            filled,
                        });
                    }
                }
            });
        }
        fig.curves.extend(extra.get());
        draw_lines(area, &fig, scale).map(|f| frame.set_value(Some((f, scale))))
    };
    let on_pointer = Callback::new(move |(phase, u, v): (u8, f64, f64)| {
        let Some((f, scale)) = frame.get_value() else {
            return;
        };
        let bs = bindings.get_value();
        match phase {
            0 => {
                // The nearest handle within 16 CSS pixels.
                let reach = f64::from(scale.px(16.0));
                let mut best = None;
                for (i, b) in bs.iter().enumerate() {
                    let m = b.value.get_untracked();
                    for k in 0..m.components().len() {
                        for kind in [HandleKind::Peak, HandleKind::Spread] {
                            let (hu, hv) = f.to_pixel(handle_at(&m, k, kind));
                            let d = (hu - u).hypot(hv - v);
                            if d <= reach && best.is_none_or(|(bd, _)| d < bd) {
                                best = Some((d, (i, k, kind)));
                            }
                        }
                    }
                }
                grabbed.set_value(best.map(|b| b.1));
                if best.is_some() {
                    held_y.set(Some(f.y));
                }
            }
            _ => {
                let Some((i, k, kind)) = grabbed.get_value() else {
                    return;
                };
                let b = bs[i];
                let next = drag(&b.value.get_untracked(), k, kind, f.to_data((u, v)));
                if phase == 2 {
                    grabbed.set_value(None);
                    held_y.set(None);
                    b.draft.set(None);
                    b.commit.run(next);
                } else {
                    b.draft.set(Some(next));
                }
            }
        }
    });
    // The text alternative: the axes, then each mixture with its numbers in the page's locale.
    let label = Signal::derive(move || {
        let lang = page.lang.get();
        let mixtures = bindings
            .get_value()
            .iter()
            .map(|b| {
                let m = b.value.with(|m| describe(m, lang));
                format!("{}: {m}", b.label.get(lang))
            })
            .collect::<Vec<_>>()
            .join("; ");
        let probe = marker
            .get()
            .map(|(x, _)| PROBE.get(lang).replace("{x}", &format_number(x, 4, lang)))
            .unwrap_or_default();
        format!("{} {mixtures}.{probe}", AXES.get(lang))
    });
    view! {
        <PlotCanvas name=name draw=draw label=label caption=caption on_pointer=on_pointer/>
    }
}

const DENSITY: Text = Text::new("density", "плотность");
/// The start of the density figure's text alternative.
const AXES: Text = Text::new("x axis: x; y axis: density.", "Ось x: x; ось y: плотность.");
/// The probe line in the text alternative; {x} filled in.
const PROBE: Text = Text::new(
    " The vertical line marks x = {x}.",
    " Вертикальная линия отмечает x = {x}.",
);
