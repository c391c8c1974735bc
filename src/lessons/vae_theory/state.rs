//! The lesson's state: its URL parameters (one table of numbers, one reader built on
//! [`crate::params`]) and the page's signals: a dragged slider previews through a draft, and
//! the demo's numbers are a memo of only what they depend on.

use leptos::prelude::*;

use crate::components::{PageCtx, PageParams, use_page, use_params};
use crate::i18n::Text;
use crate::math::vae::TestFn;
use crate::params::{Notice, parse_choice, parse_integer, parse_number};
use crate::route::Query;

use super::demo::{Demo, demo};
use super::text;

/// URL keys (dropped by "Reset to defaults").
pub const KEYS: &[&str] = &["trick", "f", "mu", "sigma", "c", "n", "seed", "step"];

/// A numeric parameter of the demo: URL key, label, range, slider step, default.
pub struct Num {
    /// The URL key.
    pub key: &'static str,
    /// The control's label.
    pub label: Text,
    /// The least value.
    pub min: f64,
    /// The largest value.
    pub max: f64,
    /// The slider's step.
    pub step: &'static str,
    /// The value without a URL key.
    pub default: f64,
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
        key: "mu",
        label: text::MEAN,
        min: -3.0,
        max: 3.0,
        step: "0.05",
        default: 0.5,
    },
    Num {
        key: "sigma",
        label: text::SPREAD,
        min: 0.1,
        max: 3.0,
        step: "0.05",
        default: 1.0,
    },
    Num {
        key: "c",
        label: text::CENTRE,
        min: -3.0,
        max: 3.0,
        step: "0.1",
        default: 1.0,
    },
    Num {
        key: "n",
        label: text::SAMPLES,
        min: 2.0,
        max: 10_000.0,
        step: "1",
        default: 100.0,
    },
];

/// The largest seed.
pub const MAX_SEED: usize = 999_999_999;

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
        VaeParams {
            trick: true,
            sin: false,
            nums: NUMS.each_ref().map(|n| n.default),
            seed: 1,
            step: 1,
        }
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

/// Reads `key` with `parse` into `slot`; a bad value leaves the default and adds its notice.
fn take<T>(
    q: &Query,
    key: &str,
    slot: &mut T,
    notices: &mut Vec<Notice>,
    parse: impl Fn(&str) -> Result<T, Notice>,
) {
    if let Some(raw) = q.get(key) {
        match parse(raw) {
            Ok(v) => *slot = v,
            Err(n) => notices.push(n),
        }
    }
}

/// Reads the URL; every bad value gives its notice and its default.
pub fn read(q: &Query) -> (VaeParams, Vec<Notice>) {
    let mut p = VaeParams::default();
    let mut notices = Vec::new();
    take(q, "trick", &mut p.trick, &mut notices, |raw| {
        parse_choice("trick", raw, &["1", "0"], |s| match s {
            "1" => Some(true),
            "0" => Some(false),
            _ => None,
        })
    });
    take(q, "f", &mut p.sin, &mut notices, |raw| {
        parse_choice("f", raw, &["square", "sin"], |s| match s {
            "square" => Some(false),
            "sin" => Some(true),
            _ => None,
        })
    });
    for (k, num) in NUMS.iter().enumerate() {
        take(q, num.key, &mut p.nums[k], &mut notices, |raw| {
            if k == N {
                parse_integer(num.key, raw, num.min as usize, num.max as usize).map(|v| v as f64)
            } else {
                parse_number(num.key, raw, num.min, num.max)
            }
        });
    }
    take(q, "seed", &mut p.seed, &mut notices, |raw| {
        parse_integer("seed", raw, 0, MAX_SEED)
    });
    take(q, "step", &mut p.step, &mut notices, |raw| {
        parse_integer("step", raw, 1, text::STEPS.len())
    });
    (p, notices)
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
    let pp = use_params(KEYS, read);
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
    fn every_number_has_its_key_and_a_default_in_range() {
        assert_eq!(KEYS.len(), NUMS.len() + 4);
        for num in &NUMS {
            assert!(KEYS.contains(&num.key));
            assert!((num.min..=num.max).contains(&num.default));
        }
    }
}
