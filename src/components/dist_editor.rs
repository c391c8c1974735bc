//! An editable discrete distribution: drag a bar, type a value, or use the keyboard on a bar
//! (↑/↓ ±0.01, PageUp/PageDown ±0.1, Home/End 0/1). The others rescale so Σp = 1 always.
//! Drags preview through `draft` and reach the URL once, on release. The fields show values in
//! the page's locale (a decimal comma in Russian) and accept either separator. A lesson may name
//! the vector (the legend), its length and its entries (e.g. "p(y)", classes, "p(y = 1)");
//! without those it is `name`, "Outcomes n" and `name₁`, `name₂`, ….

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, PointerEvent};

use crate::i18n::{Lang, Text, format_number, input_number, typed_decimal};
use crate::math::simplex;

use super::{PageCtx, use_page};

const OUTCOMES: Text = Text::new("Outcomes n", "Число исходов n");
const FEWER: Text = Text::new("One outcome fewer", "На один исход меньше");
const MORE: Text = Text::new("One outcome more", "На один исход больше");
const BAD_VALUE: Text = Text::new(
    "must be a number from 0 to 1; the previous value is kept.",
    "должно быть числом от 0 до 1; оставлено прежнее значение.",
);

/// The editor of a probability vector.
#[component]
pub fn DistEditor(
    /// The parameter's name (`p`), used in labels and test ids.
    name: &'static str,
    /// The distribution shown (the draft while dragging, else the URL's).
    #[prop(into)]
    value: Signal<Vec<f64>>,
    /// The drag in progress, if any.
    draft: RwSignal<Option<Vec<f64>>>,
    /// Stores a new distribution (in the URL).
    commit: Callback<Vec<f64>>,
    /// Fewest outcomes.
    #[prop(default = 2)]
    min_n: usize,
    /// Most outcomes.
    #[prop(default = 10)]
    max_n: usize,
    /// The legend (default: `name`).
    #[prop(optional)]
    legend: Option<Text>,
    /// What the length counts, shown as "… = n" (default: "Outcomes n").
    #[prop(optional)]
    count_label: Option<Text>,
    /// One entry's name, `{k}` replaced by its number from 1 (default: `name` with the number
    /// as a subscript, p₁).
    #[prop(optional)]
    entry_label: Option<Text>,
    /// The "−" button's accessible name (default: "One outcome fewer").
    #[prop(optional)]
    fewer_label: Option<Text>,
    /// The "+" button's accessible name (default: "One outcome more").
    #[prop(optional)]
    more_label: Option<Text>,
) -> impl IntoView {
    let page = use_page();
    let ed = Editor {
        page,
        name,
        value,
        draft,
        commit,
        entry_label,
        error: RwSignal::new(None),
    };
    // A memo, so the bars are rebuilt only when n changes (not on every drag step).
    let n_memo = Memo::new(move |_| value.with(Vec::len));
    let n = move || n_memo.get();
    let set_n = move |m: usize| {
        commit.run(simplex::resize(
            &value.get_untracked(),
            m.clamp(min_n, max_n),
        ))
    };
    view! {
        <fieldset class="dist-editor">
            <legend data-testid=format!("{name}-legend")>{move || legend.map_or(name, |t| page.t(t))}</legend>
            <div class="n-control">
                <span data-testid=format!("{name}-count-label")>{move || page.t(count_label.unwrap_or(OUTCOMES))} " = " <output data-testid=format!("{name}-n")>{n}</output></span>
                <button type="button" aria-label=move || page.t(fewer_label.unwrap_or(FEWER)) data-testid=format!("{name}-fewer")
                    disabled=move || { n() <= min_n } on:click=move |_| set_n(n() - 1)>"−"</button>
                <button type="button" aria-label=move || page.t(more_label.unwrap_or(MORE)) data-testid=format!("{name}-more")
                    disabled=move || { n() >= max_n } on:click=move |_| set_n(n() + 1)>"+"</button>
            </div>
            <div class="bars">
                {move || (0..n()).map(|i| ed.bar(i)).collect_view()}
            </div>
            {move || ed.error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="input-error">{e}</p> })}
        </fieldset>
    }
}

/// One editor's state, shared by its bars.
#[derive(Clone, Copy)]
struct Editor {
    page: PageCtx,
    name: &'static str,
    value: Signal<Vec<f64>>,
    draft: RwSignal<Option<Vec<f64>>>,
    commit: Callback<Vec<f64>>,
    entry_label: Option<Text>,
    /// The last unreadable typed value's message.
    error: RwSignal<Option<String>>,
}

impl Editor {
    /// Entry `i`'s name: p₁, or the lesson's label.
    fn entry(self, i: usize, lang: Lang) -> String {
        match self.entry_label {
            Some(t) => t.get(lang).replace("{k}", &(i + 1).to_string()),
            None => format!("{}{}", self.name, subscript(i + 1)),
        }
    }

    /// Entry `i` set to `v`, the others rescaled.
    fn with_entry(self, i: usize, v: f64) -> Vec<f64> {
        simplex::set_entry(&self.value.get_untracked(), i, v)
    }

    /// Arrows, PageUp/PageDown, Home/End on bar `i`.
    fn on_key(self, i: usize, ev: KeyboardEvent) {
        let p = self.value.get_untracked();
        let v = p[i];
        let target = match ev.key().as_str() {
            "ArrowUp" | "ArrowRight" => v + 0.01,
            "ArrowDown" | "ArrowLeft" => v - 0.01,
            "PageUp" => v + 0.1,
            "PageDown" => v - 0.1,
            "Home" => 0.0,
            "End" => 1.0,
            _ => return,
        };
        ev.prevent_default();
        self.commit
            .run(simplex::set_entry(&p, i, (target * 1e6).round() / 1e6));
    }

    /// A value typed into field `i`: stored if it is a probability, else an error and the kept
    /// value shown again.
    fn on_input(self, i: usize, ev: leptos::ev::Event) {
        let text = event_target_value(&ev);
        match typed_decimal(&text).parse::<f64>() {
            Ok(v) if (0.0..=1.0).contains(&v) => {
                self.error.set(None);
                self.commit.run(self.with_entry(i, v));
            }
            _ => {
                let lang = self.page.lang.get_untracked();
                self.error.set(Some(format!(
                    "{} = «{}» {}",
                    self.entry(i, lang),
                    text.trim(),
                    BAD_VALUE.get(lang)
                )));
                // Show the kept value again.
                if let Some(input) = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    input.set_value(&field_text(self.value.get_untracked()[i], lang));
                }
            }
        }
    }

    /// Bar `i`: a slider to drag or key, and its text field.
    fn bar(self, i: usize) -> impl IntoView {
        let Editor {
            page,
            name,
            value,
            draft,
            commit,
            ..
        } = self;
        let on_down = move |ev: PointerEvent| {
            if let Some(el) = ev
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
            if let Some(v) = from_pointer(&ev) {
                draft.set(Some(self.with_entry(i, v)));
            }
        };
        let on_move = move |ev: PointerEvent| {
            if let Some(base) = draft.get_untracked()
                && let Some(v) = from_pointer(&ev)
            {
                draft.set(Some(simplex::set_entry(&base, i, v)));
            }
        };
        let on_up = move |_ev: PointerEvent| {
            if let Some(p) = draft.get_untracked() {
                draft.set(None);
                commit.run(p);
            }
        };
        let now = move || value.with(|p| p.get(i).copied().unwrap_or(0.0));
        let height = move || format!("{:.3}%", now() * 100.0);
        let label = move || self.entry(i, page.lang.get());
        view! {
            <div class="bar-col">
                <div class="bar-track" role="slider" tabindex="0"
                    data-testid=format!("{name}-bar-{i}")
                    aria-label=label aria-valuemin="0" aria-valuemax="1"
                    aria-valuenow=move || now().to_string()
                    aria-valuetext=move || format_number(now(), 4, page.lang.get())
                    on:pointerdown=on_down on:pointermove=on_move on:pointerup=on_up on:pointercancel=on_up
                    on:keydown=move |ev| self.on_key(i, ev)>
                    <div class="bar" style:height=height></div>
                </div>
                <label class="bar-field">
                    <span>{label}</span>
                    <input type="text" inputmode="decimal" data-testid=format!("{name}-input-{i}")
                        prop:value=move || field_text(now(), page.lang.get()) on:change=move |ev| self.on_input(i, ev)/>
                </label>
            </div>
        }
    }
}

/// Where a pointer is on a bar, as a value from 0 (bottom) to 1 (top).
fn from_pointer(ev: &PointerEvent) -> Option<f64> {
    let el = ev.current_target()?.dyn_into::<web_sys::Element>().ok()?;
    let rect = el.get_bounding_client_rect();
    (rect.height() > 0.0).then(|| 1.0 - (f64::from(ev.client_y()) - rect.top()) / rect.height())
}

/// The value as the text field shows it: at most 6 decimals, with the decimal separator of
/// `lang` (a comma in Russian).
fn field_text(v: f64, lang: Lang) -> String {
    let rounded = (v * 1e6).round() / 1e6 + 0.0;
    input_number(rounded, lang)
}

/// `1` → `₁`, for labels like p₁ (and the KL lesson's reason lines).
pub fn subscript(k: usize) -> String {
    k.to_string()
        .chars()
        .map(|c| char::from_u32(0x2080 + c.to_digit(10).unwrap_or(0)).unwrap_or(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_show_the_locale_and_read_back() {
        assert_eq!(field_text(0.3, Lang::En), "0.3");
        assert_eq!(field_text(0.3, Lang::Ru), "0,3");
        assert_eq!(field_text(1.0 / 3.0, Lang::Ru), "0,333333");
        assert_eq!(field_text(0.0, Lang::En), "0");
        assert_eq!(field_text(1.0, Lang::Ru), "1");
        assert_eq!(field_text(-1e-9, Lang::En), "0");
        for lang in Lang::ALL {
            let shown = field_text(0.125, lang);
            assert_eq!(typed_decimal(&shown).parse::<f64>(), Ok(0.125));
        }
        assert_eq!(subscript(12), "₁₂");
    }
}
