//! The cGAN objective lesson's state: a pair of mixtures per class bound to the URL, the class
//! weights p(y), the per-class terms, C(G) and the JS of the two overall mixtures; and the
//! buttons' URL edits.

use leptos::prelude::*;

use crate::components::{MixtureBinding, PageCtx, PageParams};
use crate::data::mixture_edit::x_range;
use crate::data::{Component, Mixture};
use crate::i18n::Text;
use crate::math::gan::{ClassTerms, cgan, js};
use crate::params::format_probabilities;
use crate::params::mixture::format_mixture;

use super::super::gan_common::{DATA_COLOR, Drafted, G_COLOR, bind};
use super::{DATA_KEYS, G_KEYS, MAX_CLASSES, Params};

/// The mixtures' names, by class.
const LABELS: [(Text, Text); MAX_CLASSES] = [
    (
        Text::new("p_data(x | y = 1)", "p_data(x | y = 1)"),
        Text::new("p_g(x | y = 1)", "p_g(x | y = 1)"),
    ),
    (
        Text::new("p_data(x | y = 2)", "p_data(x | y = 2)"),
        Text::new("p_g(x | y = 2)", "p_g(x | y = 2)"),
    ),
    (
        Text::new("p_data(x | y = 3)", "p_data(x | y = 3)"),
        Text::new("p_g(x | y = 3)", "p_g(x | y = 3)"),
    ),
];

/// The page's state.
#[derive(Clone, Copy)]
pub(super) struct State {
    /// The URL's parameters.
    pub(super) params: Memo<Params>,
    /// (p_data(x|y), p_g(x|y)) for every possible class.
    pub(super) pairs: StoredValue<Vec<(MixtureBinding, MixtureBinding)>>,
    /// The class weights p(y) and their draft.
    pub(super) py: Drafted<Vec<f64>>,
    /// How many classes.
    pub(super) n: Memo<usize>,
    /// The class shown, from 1.
    pub(super) class: Memo<usize>,
    /// The per-class terms and C(G).
    pub(super) terms: Memo<(Vec<ClassTerms>, f64)>,
    /// C(G) = Σ p(y)·C_y.
    pub(super) total: Signal<f64>,
    /// JS between the overall mixtures p_data(x) and p_g(x).
    pub(super) marginal_js: Memo<f64>,
    /// The x range of every mixture.
    pub(super) range: Memo<(f64, f64)>,
}

/// The shown mixtures of the first `n` classes: p_data (`which` = 0) or p_g (1).
fn current(
    pairs: StoredValue<Vec<(MixtureBinding, MixtureBinding)>>,
    n: Memo<usize>,
    which: usize,
) -> Vec<Mixture> {
    pairs.with_value(|ps| {
        ps.iter()
            .take(n.get())
            .map(|p| (if which == 0 { p.0 } else { p.1 }).value.get())
            .collect()
    })
}

impl State {
    /// Binds every class's mixtures and derives the terms.
    pub(super) fn new(pp: PageParams<Params>) -> State {
        let params = pp.params;
        let pairs: Vec<(MixtureBinding, MixtureBinding)> = (0..MAX_CLASSES)
            .map(|k| {
                (
                    bind(
                        DATA_KEYS[k],
                        LABELS[k].0,
                        DATA_COLOR,
                        Memo::new(move |_| params.with(|p| p.data[k].clone())),
                    ),
                    bind(
                        G_KEYS[k],
                        LABELS[k].1,
                        G_COLOR,
                        Memo::new(move |_| params.with(|p| p.g[k].clone())),
                    ),
                )
            })
            .collect();
        let pairs = StoredValue::new(pairs);
        let py = Drafted::new(pp.field(|p| p.py.clone()));
        let n = Memo::new(move |_| py.value.with(Vec::len));
        let terms = Memo::new(move |_| {
            let (d, g) = (current(pairs, n, 0), current(pairs, n, 1));
            py.value.with(|w| cgan(w, &d, &g))
        });
        State {
            params,
            pairs,
            py,
            n,
            class: Memo::new(move |_| params.with(|p| p.class).min(n.get())),
            terms,
            total: Signal::derive(move || terms.with(|t| t.1)),
            marginal_js: Memo::new(move |_| {
                let (d, g) = (current(pairs, n, 0), current(pairs, n, 1));
                py.value.with(|w| js(&marginal(w, &d), &marginal(w, &g)))
            }),
            range: pp.field(|p| {
                let all: Vec<&Mixture> = p.data.iter().chain(&p.g).collect();
                x_range(&all)
            }),
        }
    }

    /// The shown mixtures of the classes in use: p_data (`which` = 0) or p_g (1).
    pub(super) fn current(self, which: usize) -> Vec<Mixture> {
        current(self.pairs, self.n, which)
    }

    /// "swapped": the overall mixtures agree while C(G) stays above −1.
    pub(super) fn swapped(self) -> Signal<bool> {
        Signal::derive(move || self.marginal_js.get() < 1e-6 && self.total.get() > -1.0)
    }

    /// Writes the weights p(y) and drops their draft.
    pub(super) fn commit_py(self, page: PageCtx, v: &[f64]) {
        self.py.draft.set(None);
        page.update_query(|q| q.set("py", format_probabilities(v)));
    }

    /// The swap with the condition that makes the mixtures agree: p(1) = p(2), class 3 right.
    pub(super) fn swap(self, page: PageCtx) {
        let (d, w) = self
            .params
            .with_untracked(|p| (p.data.clone(), swap_weights(&p.py)));
        page.update_query(|q| {
            q.set("g1", format_mixture(&d[1]));
            q.set("g2", format_mixture(&d[0]));
            if w.len() > 2 {
                q.set("g3", format_mixture(&d[2]));
            }
            q.set("py", format_probabilities(&w));
        });
    }

    /// Every p_g(x|y) set to its p_data(x|y).
    pub(super) fn match_all(self, page: PageCtx) {
        let d = self.params.with_untracked(|p| p.data.clone());
        page.update_query(|q| {
            for (k, m) in d.iter().enumerate() {
                q.set(G_KEYS[k], format_mixture(m));
            }
        });
    }
}

/// Σ_y p(y)·m_y as one mixture (at most 3 classes × 3 components).
pub(super) fn marginal(py: &[f64], ms: &[Mixture]) -> Mixture {
    let components: Vec<Component> = py
        .iter()
        .zip(ms)
        .flat_map(|(w, m)| {
            m.components()
                .iter()
                .map(move |c| Component { w: c.w * w, ..*c })
        })
        .filter(|c| c.w > 0.0)
        .collect();
    Mixture::new(components).unwrap_or_else(|_| Mixture::standard_normal())
}

/// Class weights for the swap button: p(1) and p(2) both set to their mean (their sum and
/// p(3) kept), so that swapping classes 1 and 2 leaves the overall distribution unchanged.
pub(super) fn swap_weights(py: &[f64]) -> Vec<f64> {
    let mut w = py.to_vec();
    if w.len() >= 2 {
        let half = 0.5 * (w[0] + w[1]);
        w[0] = half;
        w[1] = half;
    }
    w
}
