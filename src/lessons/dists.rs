//! What the entropy, Gibbs, KL and JS lessons share: their distributions over the same outcomes
//! (`p`, `q`, `r`), the unit and the revealed step read from the URL (e.g.
//! `#/kl?p=0.5,0.5&q=0.25,0.75&unit=bits&step=3`); the editors' state ([`Dists`]) with its
//! playground; the page frame (title, lead, notices, derivation, exercises, embed); and amounts
//! written with their unit.

use leptos::prelude::*;

use crate::components::{
    Derivation, DistEditor, EmbedSnippet, Exercises, Notices, PageCtx, PageParams, Readout,
    RichText, UnitPicker, tr, use_page,
};
use crate::exercise::Exercise;
use crate::i18n::{BITS, Lang, NATS, Text, format_number};
use crate::math::Unit;
use crate::params::pages::UNIT;
use crate::params::table::Table;
use crate::params::{self, Notice};
use crate::plot::divergence::{BarSeries, BarsFigure};
use crate::route::Query;

use super::Lesson;

/// Fewest outcomes.
pub const MIN_N: usize = 2;
/// Most outcomes.
pub const MAX_N: usize = 10;

/// Distributions over the same n outcomes, the unit and the step.
#[derive(Clone, Debug, PartialEq)]
pub struct DistsParams {
    /// One vector per name, all of one length.
    pub dists: Vec<Vec<f64>>,
    /// nats (the seminar's) or bits.
    pub unit: Unit,
    /// Revealed derivation steps, 1-based.
    pub step: usize,
}

impl DistsParams {
    /// Reads `names` (each a probability row of `table`, with its default), `unit` and
    /// `step` (the table's rows). Each unreadable vector gives its notice and its default; if
    /// the vectors then differ in length, one notice and the defaults for all of them.
    pub fn from_query(
        q: &Query,
        table: &Table,
        names: &[&'static str],
    ) -> (DistsParams, Vec<Notice>) {
        let mut notices = Vec::new();
        let defaults: Vec<Vec<f64>> = names.iter().map(|n| default_of(table, n)).collect();
        let mut dists = defaults.clone();
        let mut given = vec![false; names.len()];
        for (i, name) in names.iter().enumerate() {
            if let Some(raw) = q.get(name) {
                match params::parse_probabilities(name, raw, MIN_N, MAX_N) {
                    Ok((p, notice)) => {
                        dists[i] = p;
                        given[i] = true;
                        notices.extend(notice);
                    }
                    Err(notice) => notices.push(notice),
                }
            }
        }
        // A vector absent from the URL follows the ones given: uniform over their n outcomes
        // (an unreadable one keeps its default, so a mismatch then restores all defaults).
        if let Some(n) = (0..names.len()).find(|&i| given[i]).map(|i| dists[i].len()) {
            for i in 0..names.len() {
                if q.get(names[i]).is_none() && dists[i].len() != n {
                    dists[i] = crate::math::simplex::uniform(n);
                }
            }
        }
        let lens: Vec<usize> = dists.iter().map(Vec::len).collect();
        if lens.windows(2).any(|w| w[0] != w[1]) {
            notices.push(Notice::LengthMismatch {
                params: names.join(", "),
                lens,
            });
            dists = defaults;
        }
        let unit = Unit::parse(UNIT.read_word(q, &mut notices)).unwrap_or(Unit::Nats);
        let step = table
            .get("step")
            .map_or(1, |s| s.read_int(q, &mut notices) as usize);
        (DistsParams { dists, unit, step }, notices)
    }
}

/// The default of `table`'s probability row `name` (uniform over two outcomes where the table
/// has none that reads: a table mistake the tests catch).
pub fn default_of(table: &Table, name: &str) -> Vec<f64> {
    table
        .get(name)
        .and_then(|p| params::parse_probabilities(p.key, p.default, MIN_N, MAX_N).ok())
        .map_or_else(|| crate::math::simplex::uniform(MIN_N), |(p, _)| p)
}

/// Writes distribution `k` of `names` into the query as `v`; any other that no longer has
/// `v`'s number of outcomes is resized to it (`current` holds them all, in `names` order), so
/// the editors always share their outcomes.
pub fn set_aligned(
    query: &mut Query,
    names: &[&'static str],
    k: usize,
    v: &[f64],
    current: &[Vec<f64>],
) {
    for (j, name) in names.iter().enumerate() {
        if j == k {
            query.set(name, crate::params::format_probabilities(v));
        } else if let Some(other) = current.get(j).filter(|o| o.len() != v.len()) {
            query.set(
                name,
                crate::params::format_probabilities(&crate::math::simplex::resize(other, v.len())),
            );
        }
    }
}

/// Most distributions a lesson edits (P, Q and R in the JS lesson).
pub const MAX_DISTS: usize = 3;

/// The editors of a lesson's distributions (`names`, at most [`MAX_DISTS`]), with the unit and
/// step they share. Drags preview through drafts; a release, a typed value or a button writes
/// the URL, and the editors always keep one number of outcomes.
#[derive(Clone, Copy)]
pub struct Dists {
    page: PageCtx,
    names: &'static [&'static str],
    drafts: [RwSignal<Option<Vec<f64>>>; MAX_DISTS],
    /// Each distribution as shown, in `names` order: the drag in progress, else the URL's (the
    /// entries past `names` stay empty).
    pub shown: [Memo<Vec<f64>>; MAX_DISTS],
    /// nats or bits.
    pub unit: Memo<Unit>,
    /// Revealed derivation steps, 1-based.
    pub step: Signal<usize>,
    /// The unit's name in the page's language.
    pub unit_name: Signal<String>,
}

impl Dists {
    /// The editors of `names` over the parameters read from the URL.
    pub fn new(params: Memo<DistsParams>, names: &'static [&'static str]) -> Dists {
        let page = use_page();
        let drafts: [RwSignal<Option<Vec<f64>>>; MAX_DISTS] =
            std::array::from_fn(|_| RwSignal::new(None));
        let shown = std::array::from_fn(|k| {
            let draft = drafts[k];
            Memo::new(move |_| {
                draft
                    .get()
                    .unwrap_or_else(|| params.with(|s| s.dists.get(k).cloned().unwrap_or_default()))
            })
        });
        let unit = Memo::new(move |_| params.with(|s| s.unit));
        let step = Memo::new(move |_| params.with(|s| s.step)).into();
        let unit_name = Signal::derive(move || {
            page.t(if unit.get() == Unit::Bits { BITS } else { NATS })
                .to_string()
        });
        Dists {
            page,
            names,
            drafts,
            shown,
            unit,
            step,
            unit_name,
        }
    }

    /// Writes distribution `k` to the URL; the others follow its number of outcomes.
    pub fn set(self, k: usize, v: Vec<f64>) {
        let now: Vec<Vec<f64>> = self.shown[..self.names.len()]
            .iter()
            .map(|d| d.get_untracked())
            .collect();
        self.page
            .update_query(|query| set_aligned(query, self.names, k, &v, &now));
    }

    /// Writes all the distributions at once, in `names` order (a swap, a loaded example).
    pub fn load(self, dists: &[Vec<f64>]) {
        self.page.update_query(|query| {
            for (name, v) in self.names.iter().zip(dists) {
                query.set(name, params::format_probabilities(v));
            }
        })
    }

    /// The editors, one per name (`p-bar-0`, `q-input-1`, …).
    pub fn editors(self) -> impl IntoView {
        (0..self.names.len())
            .map(|k| {
                let commit = Callback::new(move |v: Vec<f64>| self.set(k, v));
                view! {
                    <DistEditor name=self.names[k] value=self.shown[k] draft=self.drafts[k] commit=commit/>
                }
            })
            .collect_view()
    }

    /// The playground: its title and hint, the editors, a row of the lesson's `buttons` with
    /// the unit picker, then the rest (readouts, notes, figures).
    pub fn playground(
        self,
        title: Text,
        hint: Text,
        buttons: AnyView,
        rest: AnyView,
    ) -> impl IntoView {
        view! {
            <section class="playground" aria-labelledby="playground-title">
                <h2 id="playground-title">{tr(title)}</h2>
                <p class="hint">{tr(hint)}</p>
                {self.editors()}
                <div class="button-row">
                    {buttons}
                    <UnitPicker unit=self.unit/>
                </div>
                {rest}
            </section>
        }
    }

    /// The lesson's page around `grid` (which starts with the playground), with the page's
    /// notices and reset, its exercises and their live checks.
    pub fn frame<P: Send + Sync + 'static>(
        self,
        lesson: &'static Lesson,
        pp: PageParams<P>,
        grid: AnyView,
        exercises: &'static [Exercise],
        checks: Checks,
    ) -> impl IntoView + use<P> {
        lesson_page(
            lesson, pp.notices, pp.reset, self.step, grid, exercises, checks,
        )
    }

    /// `text` in the page's language with `{u}` the unit's name (an axis, a text alternative).
    pub fn with_unit(self, text: Text) -> String {
        self.page.t(text).replace("{u}", &self.unit_name.get())
    }
}

/// Bars per outcome 1…n, one series per `(label, values)`, nothing greyed or ringed.
pub fn outcome_bars(series: Vec<(String, Vec<f64>)>, y_label: String) -> BarsFigure {
    let n = series.first().map_or(0, |(_, v)| v.len());
    BarsFigure {
        series: series
            .into_iter()
            .map(|(label, values)| BarSeries { label, values })
            .collect(),
        categories: (1..=n).map(|i| i.to_string()).collect(),
        greyed: vec![],
        highlighted: vec![],
        y_label,
        reference: None,
    }
}

/// The values per outcome for a text alternative, to 4 digits in the page's language:
/// "1: 0.5 / 0.25; 2: 0.5 / 0.75" with `sep` " / ".
pub fn by_outcome(columns: &[Vec<f64>], sep: &str, lang: Lang) -> String {
    // As many rows as the shortest column (the editors keep them equal).
    let n = columns.iter().map(Vec::len).min().unwrap_or(0);
    (0..n)
        .map(|i| {
            let row: Vec<f64> = columns.iter().filter_map(|c| c.get(i).copied()).collect();
            format!("{}: {}", i + 1, numbers(&row, lang, sep))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A text in the page's language, as a signal (labels, captions).
pub fn label(text: Text) -> Signal<String> {
    let page = use_page();
    Signal::derive(move || page.t(text).to_string())
}

/// A readout of an amount in the lesson's unit, to 6 digits.
pub fn amount_readout(
    name: &'static str,
    text: Text,
    value: Memo<f64>,
    unit: Signal<String>,
) -> impl IntoView {
    view! { <Readout name=name label=label(text) value=value unit=unit digits=6/> }
}

/// A lesson page's live checks of its construction exercises, and their "why not yet" lines,
/// by exercise id.
pub type Checks = (
    Vec<(&'static str, Signal<bool>)>,
    Vec<(&'static str, Signal<String>)>,
);

/// The page of a lesson (one copy for all of them): title, lead, notices (with "Reset to
/// defaults"), the derivation beside the lesson's `grid`, its exercises (none when empty) and
/// the embed snippet.
fn lesson_page(
    lesson: &'static Lesson,
    notices: Signal<Vec<Notice>>,
    reset: Callback<()>,
    step: Signal<usize>,
    grid: AnyView,
    exercises: &'static [Exercise],
    (checks, why_not): Checks,
) -> impl IntoView {
    let page = use_page();
    let set_step =
        Callback::new(move |k: usize| page.update_query(|q| q.set("step", k.to_string())));
    view! {
        <article class="lesson" data-testid=format!("lesson-{}", lesson.slug)>
            <h1>{tr(lesson.title)}</h1>
            <p class="lead"><RichText text=Signal::derive(move || page.t(lesson.lead))/></p>
            <Notices notices=notices on_reset=reset/>
            <div class="lesson-grid">
                <Derivation steps=lesson.derivation current=step set_step=set_step/>
                {grid}
            </div>
            {(!exercises.is_empty()).then(|| view! {
                <Exercises lesson=lesson.slug exercises=exercises checks=checks why_not=why_not/>
            })}
            <EmbedSnippet title=label(lesson.title)/>
        </article>
    }
}

/// A list of numbers in the page's language, to 4 digits: «0,25; 0,75» in Russian,
/// "0.25, 0.75" in English (`sep` overrides the separator).
pub fn numbers(v: &[f64], lang: Lang, sep: &str) -> String {
    v.iter()
        .map(|x| format_number(*x, 4, lang))
        .collect::<Vec<_>>()
        .join(sep)
}

/// An amount of information as people read it, with the unit agreeing with the number:
/// "0.1438 nats", "1 nat"; «0,1438 ната» (after a decimal fraction the genitive singular),
/// «1 нат», «2 ната», «5 нат»; ∞ takes the plural ("∞ nats", «∞ нат»). For figure text
/// alternatives and notices of the information-theory lessons.
pub fn amount(value: f64, digits: usize, unit: Unit, lang: Lang) -> String {
    let number = format_number(value, digits, lang);
    let word = match (lang, unit) {
        (Lang::En, Unit::Nats) => "nats",
        (Lang::En, Unit::Bits) => "bits",
        (Lang::Ru, Unit::Nats) => "нат",
        (Lang::Ru, Unit::Bits) => "бит",
    };
    format!("{number} {}", crate::i18n::agree(word, &number))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::params::pages::{probabilities, step};

    const P: &[f64] = &[0.5, 0.5];
    const Q: &[f64] = &[0.25, 0.75];
    /// Three rows (the third with P's default), the unit and five steps.
    const T: Table = Table {
        slugs: &[],
        params: &[
            probabilities("p", "0.5,0.5", ""),
            probabilities("q", "0.25,0.75", ""),
            probabilities("r", "0.5,0.5", ""),
            UNIT,
            step(5),
        ],
    };

    #[test]
    fn amounts_agree_with_their_numbers() {
        use Lang::{En, Ru};
        assert_eq!(amount(0.0433, 4, Unit::Nats, Ru), "0,0433 ната");
        assert_eq!(amount(1.0, 4, Unit::Nats, Ru), "1 нат");
        assert_eq!(amount(2.0, 4, Unit::Bits, Ru), "2 бита");
        assert_eq!(amount(5.0, 4, Unit::Nats, Ru), "5 нат");
        assert_eq!(amount(12.0, 4, Unit::Nats, Ru), "12 нат");
        assert_eq!(amount(21.0, 4, Unit::Bits, Ru), "21 бит");
        assert_eq!(amount(0.0, 4, Unit::Nats, Ru), "0 нат");
        assert_eq!(amount(f64::INFINITY, 4, Unit::Nats, Ru), "∞ нат");
        assert_eq!(amount(1.5, 4, Unit::Bits, En), "1.5 bits");
        assert_eq!(amount(1.0, 4, Unit::Bits, En), "1 bit");
        assert_eq!(amount(0.0, 4, Unit::Nats, En), "0 nats");
    }

    #[test]
    fn reads_the_url() {
        let q = Query::parse("p=0.2,0.8&q=1,0&unit=bits&step=3");
        let (d, notices) = DistsParams::from_query(&q, &T, &["p", "q"]);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(d.dists, vec![vec![0.2, 0.8], vec![1.0, 0.0]]);
        assert_eq!((d.unit, d.step), (Unit::Bits, 3));
    }

    #[test]
    fn different_lengths_give_one_notice_and_defaults() {
        let q = Query::parse("p=0.2,0.8&q=0.1,0.2,0.7");
        let (d, notices) = DistsParams::from_query(&q, &T, &["p", "q"]);
        assert_eq!(d.dists, vec![P.to_vec(), Q.to_vec()]);
        assert!(matches!(
            notices.as_slice(),
            [Notice::LengthMismatch { .. }]
        ));
        // Only p given, with 3 outcomes: q follows it, uniform.
        let q = Query::parse("p=0.2,0.3,0.5");
        let (d, notices) = DistsParams::from_query(&q, &T, &["p", "q"]);
        assert!(notices.is_empty());
        assert_eq!(d.dists[1], crate::math::simplex::uniform(3));
    }

    #[test]
    fn editors_stay_aligned() {
        let mut q = Query::parse("p=0.5,0.5&q=0.25,0.75");
        set_aligned(
            &mut q,
            &["p", "q"],
            0,
            &[0.5, 0.5, 0.0],
            &[P.to_vec(), Q.to_vec()],
        );
        assert_eq!(q.get("p"), Some("0.5,0.5,0"));
        assert_eq!(q.get("q"), Some("0.25,0.75,0"));
        set_aligned(
            &mut q,
            &["p", "q"],
            1,
            &[1.0, 0.0, 0.0],
            &[vec![0.5, 0.5, 0.0], vec![0.25, 0.75, 0.0]],
        );
        assert_eq!(q.get("p"), Some("0.5,0.5,0"), "same length: untouched");
    }

    #[test]
    fn each_bad_value_has_its_notice() {
        let q = Query::parse("p=a,b&q=-1,2&r=1,1&unit=x&step=0");
        let (d, notices) = DistsParams::from_query(&q, &T, &["p", "q", "r"]);
        assert_eq!(d.dists[2], vec![0.5, 0.5], "r normalised");
        assert_eq!(d.dists[0], P.to_vec());
        assert_eq!(notices.len(), 5, "{notices:?}");
    }
}
