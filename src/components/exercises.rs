//! The exercises that end a lesson (self-study): a number, a choice, or a construction checked
//! against the lesson's live editors; a hint from the start, the solution after a first try.
//! Progress (solved / tried, never the answers) is kept in `localStorage` under
//! [`crate::exercise::storage_key`] and can be reset. The checking itself is [`crate::exercise`].

use leptos::prelude::*;

use crate::components::tr;

use crate::exercise::{
    Answer, BadInput, Exercise, Kind, Progress, Status, storage_key, tolerance_text,
};
use crate::i18n::{Lang, Text};

use super::{RichText, use_page};

const EXERCISES: Text = Text::new("Exercises", "Упражнения");
const EXERCISE_N: Text = Text::new("Exercise {k}", "Упражнение {k}");
const SOLVED_OF: Text = Text::new("{k} of {n} solved", "Решено {k} из {n}");
const SOLVED: Text = Text::new("solved", "решено");
const RESET: Text = Text::new("Reset progress", "Сбросить прогресс");
const CLEARED: Text = Text::new("Progress cleared.", "Прогресс сброшен.");
const YOUR_ANSWER: Text = Text::new("Your answer", "Ваш ответ");
const WITHIN: Text = Text::new(
    "Answers within {tol} count.",
    "Засчитываются ответы с точностью {tol}.",
);
const CHOOSE_ALL: Text = Text::new(
    "Tick every right option (there may be several).",
    "Отметьте все верные варианты (их может быть несколько).",
);
const CONSTRUCT: Text = Text::new(
    "Nothing to type: set the lesson's editors above, then press «Check».",
    "Вводить ничего не нужно: настройте редакторы урока выше и нажмите «Проверить».",
);
const CHECK: Text = Text::new("Check", "Проверить");
const HINT: Text = Text::new("Hint", "Подсказка");
const SOLUTION: Text = Text::new("Solution", "Решение");
const SOLUTION_LOCKED: Text = Text::new(
    "The solution opens after your first try.",
    "Решение откроется после первой попытки.",
);
const RIGHT: Text = Text::new("Right!", "Верно!");
const WRONG: Text = Text::new("Not yet — try again.", "Пока нет — попробуйте ещё раз.");
const UNWIRED: Text = Text::new(
    "This exercise cannot be checked on this page (no live check).",
    "Это упражнение нельзя проверить на этой странице (нет живой проверки).",
);

/// The page's storage, if the browser grants it (private modes and some iframes refuse).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The stored progress; empty when there is none, storage is refused, or it is garbage.
fn load(lesson: &str) -> Progress {
    storage()
        .and_then(|s| s.get_item(&storage_key(lesson)).ok()?)
        .map(|stored| Progress::parse(&stored))
        .unwrap_or_default()
}

/// Stores the progress (removes the key when empty). A refusal (no storage, quota) is
/// ignored: progress then lasts as long as the page.
fn save(lesson: &str, progress: &Progress) {
    if let Some(storage) = storage() {
        let key = storage_key(lesson);
        let _ = if progress.is_empty() {
            storage.remove_item(&key)
        } else {
            storage.set_item(&key, &progress.to_storage())
        };
    }
}

/// A construction's live condition and its optional "what is wrong now".
#[derive(Clone, Copy)]
struct LiveCheck {
    met: Signal<bool>,
    why_not: Option<Signal<String>>,
}

/// What the last "Check" said.
#[derive(Clone, Debug, PartialEq)]
enum Verdict {
    Right,
    /// Wrong; for a construction, the lesson's "what is wrong now" at that moment.
    Wrong(Option<String>),
    Bad(BadInput),
    /// A construction without a live check: a slip in the lesson.
    Unwired,
}

impl Verdict {
    /// The `data-verdict` spelling.
    fn tag(&self) -> &'static str {
        match self {
            Verdict::Right => "right",
            Verdict::Wrong(_) => "wrong",
            Verdict::Bad(_) => "bad-input",
            Verdict::Unwired => "unwired",
        }
    }
}

/// The exercises block that ends a lesson: a progress line, a reset button and the list.
#[component]
pub fn Exercises(
    /// The storage scope, normally the lesson's slug (key `genlab.exercises.<lesson>`).
    lesson: &'static str,
    /// The exercises, in order (2–4 per lesson); check them with
    /// [`crate::exercise::validate`] in the lesson's tests.
    exercises: &'static [Exercise],
    /// The live conditions of the [`Kind::Construction`] exercises, by exercise id: whether
    /// the lesson's editors satisfy it now. "Check" reads it.
    #[prop(optional)]
    checks: Vec<(&'static str, Signal<bool>)>,
    /// Optional "what is wrong now" messages (in the page's language) for construction
    /// exercises, by id, shown after "Not yet" when the check fails; an empty one shows nothing.
    #[prop(optional)]
    why_not: Vec<(&'static str, Signal<String>)>,
) -> impl IntoView {
    let page = use_page();
    let t = move |x: Text| x.get(page.lang.get());

    #[cfg(debug_assertions)]
    {
        if let Err(problem) = crate::exercise::validate(exercises) {
            leptos::logging::warn!("exercises of `{lesson}`: {problem}");
        }
        for id in checks
            .iter()
            .map(|c| c.0)
            .chain(why_not.iter().map(|w| w.0))
        {
            if !exercises
                .iter()
                .any(|e| e.id == id && e.kind == Kind::Construction)
            {
                leptos::logging::warn!(
                    "exercises of `{lesson}`: a live check for `{id}`, which is no construction"
                );
            }
        }
    }

    let progress = RwSignal::new(load(lesson));
    // Bumped by "Reset progress": the list is rebuilt, so typed answers, ticks, open hints
    // and feedback go too.
    let generation = RwSignal::new(0_u32);
    let cleared = RwSignal::new(false);
    let record = Callback::new(move |(id, right): (&'static str, bool)| {
        progress.update(|p| p.record(id, right));
        progress.with_untracked(|p| save(lesson, p));
        cleared.set(false);
    });
    let reset = move |_| {
        progress.set(Progress::default());
        save(lesson, &Progress::default());
        generation.update(|g| *g = g.wrapping_add(1));
        cleared.set(true);
    };
    let solved = Memo::new(move |_| progress.with(|p| p.solved(exercises)));
    let total = exercises.len();
    let progress_text = move || {
        t(SOLVED_OF)
            .replace("{k}", &solved.get().to_string())
            .replace("{n}", &total.to_string())
    };
    let title_id = format!("exercises-{lesson}-title");

    view! {
        <section class="exercises" data-testid="exercises" aria-labelledby=title_id.clone()>
            <h2 id=title_id.clone()>{tr(EXERCISES)}</h2>
            <div class="exercises-bar">
                <p class="exercises-progress" data-testid="exercise-progress"
                    data-value=move || solved.get().to_string() data-total=total.to_string()>
                    {progress_text}
                </p>
                <button type="button" data-testid="exercises-reset" on:click=reset>
                    {tr(RESET)}
                </button>
                <span class="exercises-cleared" role="status">
                    {move || cleared.get().then(|| t(CLEARED))}
                </span>
            </div>
            <ol class="exercise-list">
                {move || {
                    generation.track();
                    exercises
                        .iter()
                        .enumerate()
                        .map(|(i, ex)| {
                            let live = checks.iter().find(|c| c.0 == ex.id).map(|c| LiveCheck {
                                met: c.1,
                                why_not: why_not.iter().find(|w| w.0 == ex.id).map(|w| w.1),
                            });
                            view! {
                                <ExerciseItem number=i + 1 ex=ex lesson=lesson
                                    progress=progress record=record live=live/>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </section>
    }
}

/// One exercise's answer in progress: what is typed, what is ticked, and the last verdict.
#[derive(Clone, Copy)]
struct Attempt {
    typed: RwSignal<String>,
    chosen: RwSignal<Vec<usize>>,
    /// The verdict with a counter: every check re-renders the feedback, so a screen reader
    /// announces a repeated "Not yet" too.
    verdict: RwSignal<Option<(u32, Verdict)>>,
}

impl Attempt {
    fn new() -> Attempt {
        Attempt {
            typed: RwSignal::new(String::new()),
            chosen: RwSignal::new(Vec::new()),
            verdict: RwSignal::new(None),
        }
    }

    /// "Check": the answer against the exercise (a construction against its live check),
    /// recorded unless it could not be read.
    fn check(
        self,
        ex: &'static Exercise,
        live: Option<LiveCheck>,
        record: Callback<(&'static str, bool)>,
    ) {
        let result = match (ex.kind, live) {
            (Kind::Number { .. }, _) => self.typed.with_untracked(|s| ex.check(Answer::Typed(s))),
            (Kind::Choice { .. }, _) => self.chosen.with_untracked(|c| ex.check(Answer::Chosen(c))),
            (Kind::Construction, Some(l)) => ex.check(Answer::Live(l.met.get_untracked())),
            (Kind::Construction, None) => Ok(false),
        };
        let next = match result {
            _ if ex.kind == Kind::Construction && live.is_none() => Verdict::Unwired,
            Ok(right) => {
                record.run((ex.id, right));
                if right {
                    Verdict::Right
                } else {
                    Verdict::Wrong(
                        live.and_then(|l| l.why_not)
                            .map(|w| w.get_untracked())
                            .filter(|s| !s.trim().is_empty()),
                    )
                }
            }
            Err(bad) => Verdict::Bad(bad),
        };
        self.verdict.update(|v| {
            let n = v.as_ref().map_or(0, |(n, _)| n.wrapping_add(1));
            *v = Some((n, next));
        });
    }

    /// An edit makes the last verdict stale: it goes.
    fn stale(self) {
        if self.verdict.with_untracked(Option::is_some) {
            self.verdict.set(None);
        }
    }

    /// The feedback line for the last verdict, in `lang`.
    fn feedback(self, lang: Lang) -> Option<impl IntoView + use<>> {
        self.verdict.get().map(|(_, v)| {
            let text = match &v {
                Verdict::Right => RIGHT.get(lang).to_string(),
                Verdict::Wrong(None) => WRONG.get(lang).to_string(),
                Verdict::Wrong(Some(why)) => format!("{} {why}", WRONG.get(lang)),
                Verdict::Bad(bad) => bad.message(lang),
                Verdict::Unwired => UNWIRED.get(lang).to_string(),
            };
            let mark = if v == Verdict::Right { "✓ " } else { "" };
            view! { <span class=format!("verdict verdict-{}", v.tag())><span aria-hidden="true">{mark}</span>{text}</span> }
        })
    }
}

/// The answer field: a text input (number), check boxes (choice), or a note (construction).
fn answer(ex: &'static Exercise, dom: &str, feedback_id: &str, at: Attempt) -> AnyView {
    let lang = use_page().lang;
    let id = ex.id;
    match ex.kind {
        Kind::Number { tol, .. } => {
            let tol_id = format!("{dom}-tol");
            view! {
                <label class="exercise-field">
                    <span>{tr(YOUR_ANSWER)}</span>
                    <input type="text" autocomplete="off" spellcheck="false"
                        data-testid=format!("exercise-{id}-input")
                        aria-describedby=format!("{tol_id} {feedback_id}")
                        aria-invalid=move || at.verdict.with(|v| matches!(v, Some((_, Verdict::Bad(_)))).to_string())
                        prop:value=move || at.typed.get()
                        on:input=move |ev| { at.typed.set(event_target_value(&ev)); at.stale(); }/>
                </label>
                <span class="hint exercise-tol" id=tol_id>
                    {move || tolerance_text(tol, lang.get()).map(|s| WITHIN.get(lang.get()).replace("{tol}", &s))}
                </span>
            }
            .into_any()
        }
        Kind::Choice { options, .. } => view! {
            <fieldset class="exercise-options">
                <legend>{tr(CHOOSE_ALL)}</legend>
                {options.iter().enumerate().map(|(j, option)| {
                    let text = Signal::derive(move || option.get(lang.get()));
                    view! {
                        <label class="exercise-option">
                            <input type="checkbox" data-testid=format!("exercise-{id}-option-{j}")
                                prop:checked=move || at.chosen.with(|c| c.contains(&j))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    at.chosen.update(|c| {
                                        c.retain(|&x| x != j);
                                        if on { c.push(j); }
                                    });
                                    at.stale();
                                }/>
                            <span><RichText text=text/></span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        }
        .into_any(),
        Kind::Construction => {
            view! { <p class="hint exercise-construct">{tr(CONSTRUCT)}</p> }.into_any()
        }
    }
}

/// One exercise: prompt, answer, "Check", feedback, hint and solution.
#[component]
fn ExerciseItem(
    /// 1-based position, for the heading.
    number: usize,
    ex: &'static Exercise,
    lesson: &'static str,
    progress: RwSignal<Progress>,
    /// Stores a checked answer: (id, right).
    record: Callback<(&'static str, bool)>,
    live: Option<LiveCheck>,
) -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let t = move |x: Text| x.get(lang.get());
    let id = ex.id;
    let dom = format!("ex-{lesson}-{id}");
    let status = Memo::new(move |_| progress.with(|p| p.status(id)));
    let at = Attempt::new();
    let feedback_id = format!("{dom}-feedback");
    let verdict_tag = move || at.verdict.with(|v| v.as_ref().map_or("", |(_, v)| v.tag()));
    let prompt = Signal::derive(move || ex.prompt.get(lang.get()));

    view! {
        <li class="exercise" class:solved=move || status.get() == Status::Solved
            data-testid=format!("exercise-{id}") data-state=move || status.get().tag()>
            <h3 class="exercise-title" id=format!("{dom}-title")>
                {move || t(EXERCISE_N).replace("{k}", &number.to_string())}
                <Show when=move || status.get() == Status::Solved>
                    <span class="exercise-mark" aria-hidden="true">"✓"</span>
                    <span class="visually-hidden">{move || format!(" ({})", t(SOLVED))}</span>
                </Show>
            </h3>
            <p class="exercise-prompt"><RichText text=prompt/></p>
            <form class="exercise-answer" novalidate
                on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); at.check(ex, live, record); }>
                {answer(ex, &dom, &feedback_id, at)}
                <button type="submit" data-testid=format!("exercise-{id}-check")>{tr(CHECK)}</button>
            </form>
            <p class="exercise-feedback" role="status" id=feedback_id
                data-testid=format!("exercise-{id}-feedback") data-verdict=verdict_tag>
                {move || at.feedback(lang.get())}
            </p>
            <ExerciseHelp ex=ex dom=dom status=status/>
        </li>
    }
}

/// An exercise's hint (open from the start) and solution (open after a first try), each
/// behind its button.
#[component]
fn ExerciseHelp(ex: &'static Exercise, dom: String, status: Memo<Status>) -> impl IntoView {
    let lang = use_page().lang;
    let id = ex.id;
    let hint_open = RwSignal::new(false);
    let solution_open = RwSignal::new(false);
    let hint_id = format!("{dom}-hint");
    let solution_id = format!("{dom}-solution");
    let locked_id = format!("{dom}-locked");
    let open = move || status.get().solution_open();
    let hint_text = Signal::derive(move || ex.hint.get(lang.get()));
    let solution_text = Signal::derive(move || ex.solution.get(lang.get()));

    view! {
        <div class="exercise-help">
            <button type="button" data-testid=format!("exercise-{id}-hint")
                aria-expanded=move || hint_open.get().to_string() aria-controls=hint_id.clone()
                on:click=move |_| hint_open.update(|o| *o = !*o)>
                {tr(HINT)}
            </button>
            <button type="button" data-testid=format!("exercise-{id}-solution")
                aria-expanded=move || (open() && solution_open.get()).to_string()
                aria-controls=solution_id.clone()
                aria-describedby={
                    let locked = locked_id.clone();
                    move || (!open()).then(|| locked.clone())
                }
                disabled=move || !open()
                on:click=move |_| solution_open.update(|o| *o = !*o)>
                {tr(SOLUTION)}
            </button>
            <span class="hint exercise-locked" id=locked_id hidden=open>
                {tr(SOLUTION_LOCKED)}
            </span>
        </div>
        <div class="exercise-hint" id=hint_id data-testid=format!("exercise-{id}-hint-text")
            hidden=move || !hint_open.get()>
            <strong>{tr(HINT)} ": "</strong>
            <RichText text=hint_text/>
        </div>
        <div class="exercise-solution" id=solution_id data-testid=format!("exercise-{id}-solution-text")
            hidden=move || !(open() && solution_open.get())>
            // Rendered only when shown, so the page holds no spoiler to find.
            <Show when=move || open() && solution_open.get()>
                <strong>{tr(SOLUTION)} ": "</strong>
                <RichText text=solution_text/>
            </Show>
        </div>
    }
}
