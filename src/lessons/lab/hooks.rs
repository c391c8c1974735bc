//! Hooks every lab uses: a throttle for the work derived from snapshots ([`use_throttled`])
//! and values read on its tick ([`paced`]).

use std::time::Duration;

use leptos::prelude::*;

/// How often a lab recomputes what it derives from the run's snapshots (KDEs, mode counts,
/// histories) while training.
pub const DERIVE_EVERY_MS: u64 = 250;

/// A tick that moves when `source`'s signals change, at most once every `every_ms`, and always
/// once more after the last change (so what is derived on it ends on the final state).
pub fn use_throttled(every_ms: u64, source: impl Fn() + 'static) -> ReadSignal<u64> {
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
pub fn paced<T: Clone + PartialEq + Send + Sync + 'static>(
    tick: ReadSignal<u64>,
    value: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<T> {
    Memo::new(move |_| {
        tick.track();
        untrack(&value)
    })
}
