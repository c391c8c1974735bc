//! The lesson's state: its URL parameters (one table of numbers, one reader built on
//! [`crate::params`]) and the page's signals: a dragged slider previews through a draft, and
//! the demo's numbers are a memo of only what they depend on.

use leptos::prelude::*;

use crate::components::{PageCtx, PageParams, use_page, use_params};
use crate::i18n::Text;
use crate::math::vae::TestFn;
use crate::params::Notice;
use crate::params::pages::{VAE_C, VAE_MU, VAE_N, VAE_SIGMA, VAE_THEORY};
use crate::params::table::Param;
use crate::route::Query;

use super::demo::{Demo, demo};
use super::text;

/// A numeric parameter of the demo: its table row (key, range, default), label and slider step.
pub struct Num {
    /// The table row.
    pub param: Param,
    /// The control's label.
    pub label: Text,
    /// The slider's step.
    pub step: &'static str,
}

impl Num {
    /// The URL key.
    pub fn key(&self) -> &'static str {
        self.param.key
    }

    /// The least and the largest value.
    pub fn range(&self) -> (f64, f64) {
        self.param.range()
    }
}

/// Index of μ in [`VaeParams::nums`].
pub const MU: usize = 0;
/// Index of σ.
pub const SIGMA: usize = 1;
/// Index of the centre c of (z − c)².
pub const C: usize = 2;
/// Index of n, the draws per batch (a whole number, typed rather than dragged).
pub const N: usize = 3;

/// The demo's numbers, indexed by [`MU`], [`SIGMA`], [`C`], [`N`].
pub static NUMS: [Num; 4] = [
    Num {
        param: VAE_MU,
        label: text::MEAN,
        step: "0.05",
    },
    Num {
        param: VAE_SIGMA,
        label: text::SPREAD,
        step: "0.05",
    },
    Num {
        param: VAE_C,
        label: text::CENTRE,
        step: "0.1",
    },
    Num {
        param: VAE_N,
        label: text::SAMPLES,
        step: "1",
    },
];

/// The largest seed.
pub const MAX_SEED: usize = VAE_THEORY.range_of("seed").1 as usize;

/// The lesson's state, read from the URL.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VaeParams {
    /// Whether the scheme shows the reparametrization trick (default) or plain sampling.
    pub trick: bool,
    /// The test function: sin z, else (z − c)² (default).
    pub sin: bool,
    /// μ, σ, c and n, indexed by [`MU`], [`SIGMA`], [`C`], [`N`].
    pub nums: [f64; 4],
    /// The seed of the demo's draws.
    pub seed: usize,
    /// Revealed derivation steps, 1-based.
    pub step: usize,
}

impl Default for VaeParams {
    fn default() -> VaeParams {
        read(&Query::default()).0
    }
}

impl VaeParams {
    /// The demo's test function.
    pub fn test_fn(&self) -> TestFn {
        if self.sin {
            TestFn::Sin
        } else {
            TestFn::Square { c: self.nums[C] }
        }
    }
}

/// Reads the URL ([`VAE_THEORY`]); every bad value gives its notice and its default.
pub fn read(q: &Query) -> (VaeParams, Vec<Notice>) {
    let t = &VAE_THEORY;
    let mut n = Vec::new();
    let trick = t.row("trick").read_word(q, &mut n) == "1";
    let sin = t.row("f").read_word(q, &mut n) == "sin";
    let nums = NUMS.each_ref().map(|num| {
        if num.param.key == VAE_N.key {
            num.param.read_int(q, &mut n) as f64
        } else {
            num.param.read_real(q, &mut n)
        }
    });
    let seed = t.row("seed").read_int(q, &mut n) as usize;
    let step = t.row("step").read_int(q, &mut n) as usize;
    let p = VaeParams {
        trick,
        sin,
        nums,
        seed,
        step,
    };
    (p, n)
}

/// The page's state, shared by its parts.
#[derive(Clone, Copy)]
pub struct State {
    /// Route and language.
    pub page: PageCtx,
    /// The URL's parameters, their notices and "Reset to defaults".
    pub pp: PageParams<VaeParams>,
    /// A slider being dragged: its index in [`NUMS`] and value, previewed before the URL.
    pub draft: RwSignal<Option<(usize, f64)>>,
    /// The parameters shown: the URL's, with the draft.
    pub live: Memo<VaeParams>,
    /// Revealed derivation steps.
    pub step: Signal<usize>,
    /// Whether the scheme shows the trick.
    pub trick: Signal<bool>,
    /// The demo's numbers for [`State::live`].
    pub values: Memo<Demo>,
}

/// The page's state from the URL.
pub fn use_state() -> State {
    let page = use_page();
    let pp = use_params(&[crate::params::pages::VAE_THEORY], read);
    let params = pp.params;
    let draft = RwSignal::new(None::<(usize, f64)>);
    let live = Memo::new(move |_| {
        let mut p = params.get();
        if let Some((k, v)) = draft.get() {
            p.nums[k] = v;
        }
        p
    });
    // Only what the numbers depend on, so a step or the toggle does not rerun the demo.
    let inputs = Memo::new(move |_| {
        live.with(|p| VaeParams {
            trick: true,
            step: 1,
            ..*p
        })
    });
    State {
        page,
        pp,
        draft,
        live,
        step: pp.field(|p| p.step).into(),
        trick: pp.field(|p| p.trick).into(),
        values: Memo::new(move |_| inputs.with(demo)),
    }
}

impl State {
    /// Sets one URL key (the page follows).
    pub fn set(self, key: &'static str, value: String) {
        self.page.update_query(|q| q.set(key, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> (VaeParams, Vec<Notice>) {
        read(&Query::parse(s))
    }

    #[test]
    fn reads_the_url() {
        let (p, notices) = parse("trick=0&f=sin&mu=-1.5&sigma=0.3&c=2&n=500&seed=42&step=7");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(
            p,
            VaeParams {
                trick: false,
                sin: true,
                nums: [-1.5, 0.3, 2.0, 500.0],
                seed: 42,
                step: 7,
            }
        );
        assert_eq!(p.test_fn(), TestFn::Sin);
        let (d, notices) = parse("");
        assert!(notices.is_empty());
        assert_eq!(d, VaeParams::default());
        assert_eq!(d.test_fn(), TestFn::Square { c: 1.0 });
        assert!(d.trick);
    }

    #[test]
    fn each_bad_value_has_its_notice_and_default() {
        let (p, notices) = parse("trick=maybe&f=cos&mu=abc&sigma=0&c=9&n=1&seed=-1&step=99");
        assert_eq!(p, VaeParams::default());
        assert_eq!(notices.len(), 8, "{notices:?}");
        assert!(notices.iter().all(Notice::fell_back));
        for (raw, key) in [
            ("n=2.5", "n"),
            ("n=10001", "n"),
            ("sigma=0.05", "sigma"),
            ("mu=NaN", "mu"),
            ("mu=inf", "mu"),
            ("seed=1000000000", "seed"),
            ("step=0", "step"),
            ("trick=", "trick"),
        ] {
            let (p, notices) = parse(raw);
            assert_eq!(p, VaeParams::default(), "{raw}");
            assert!(
                matches!(
                    notices.as_slice(),
                    [Notice::BadInteger { param, .. } | Notice::OutOfRange { param, .. } | Notice::BadChoice { param, .. }] if *param == key
                ),
                "{raw}: {notices:?}"
            );
        }
        // Edges are allowed.
        let (p, notices) = parse("mu=-3&sigma=0.1&c=3&n=10000&seed=0");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(p.nums, [-3.0, 0.1, 3.0, 10_000.0]);
    }

    #[test]
    fn every_number_is_a_row_of_the_table_with_its_default() {
        let d = VaeParams::default();
        for (k, num) in NUMS.iter().enumerate() {
            assert!(VAE_THEORY.get(num.key()).is_some(), "{}", num.key());
            assert_eq!(d.nums[k].to_string(), num.param.default, "{}", num.key());
        }
        assert_eq!(d.nums, [0.5, 1.0, 1.0, 100.0]);
        assert_eq!((d.seed, d.step, d.trick, d.sin), (1, 1, true, false));
        assert_eq!(MAX_SEED, 999_999_999);
    }
}
