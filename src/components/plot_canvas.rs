//! The one file that touches a canvas: sizes it for the device pixel ratio and hands a
//! plotters drawing area to a `draw_*` function from [`crate::plot`]. Redraws whenever a
//! signal the drawing reads changes, or the window is resized.

use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

use crate::plot::Scale;

/// How much larger a figure's text, lines and markers are in lecture mode.
const LECTURE_ZOOM: f64 = 1.5;

/// A drawing function, boxed: [`PlotCanvas`] is then one function rather than one copy (with
/// its own effect) per figure, which kept ~15 KB gzipped out of the lesson bundle.
pub struct Draw(Box<DrawFn>);

/// The drawing function's type: a `draw_*` function's failure comes back as its message.
pub type DrawFn = dyn Fn(&Area, Scale) -> Result<(), String>;

/// What a figure draws on.
pub type Area = DrawingArea<CanvasBackend, Shift>;

/// What a figure's drawing closure may return: nothing (it cannot fail), or the `Result` of
/// the `draw_*` function it ends with (whatever that returns on success is dropped).
pub trait Drawn {
    /// The failure's message, if any.
    fn into_result(self) -> Result<(), String>;
}

impl Drawn for () {
    fn into_result(self) -> Result<(), String> {
        Ok(())
    }
}

impl<T, E: std::fmt::Display> Drawn for Result<T, E> {
    fn into_result(self) -> Result<(), String> {
        self.map(|_| ()).map_err(|e| e.to_string())
    }
}

impl<F, R> From<F> for Draw
where
    F: Fn(&Area, Scale) -> R + 'static,
    R: Drawn,
{
    fn from(f: F) -> Draw {
        Draw(Box::new(move |area, scale| f(area, scale).into_result()))
    }
}

/// A figure: a canvas with a text alternative (`label`) and a visible caption.
#[component]
pub fn PlotCanvas(
    /// The `data-testid` of the canvas.
    name: &'static str,
    /// Draws the figure; reads signals, so it reruns when they change.
    #[prop(into)]
    draw: Draw,
    /// The text alternative: what the figure shows, with its numbers.
    #[prop(into)]
    label: Signal<String>,
    /// The visible caption.
    #[prop(into)]
    caption: Signal<String>,
    /// Height as a fraction of width.
    #[prop(default = 0.6)]
    aspect: f64,
    /// Pointer input on the canvas: (phase, x, y) in backend pixels, phase 0 down, 1 move
    /// (while held), 2 up. Makes the canvas a drag surface (no touch scrolling on it).
    #[prop(optional)]
    on_pointer: Option<Callback<(u8, f64, f64)>>,
) -> impl IntoView {
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let resized = RwSignal::new(0u32);
    let handle = window_event_listener(leptos::ev::resize, move |_| resized.update(|n| *n += 1));
    on_cleanup(move || handle.remove());
    let page = crate::components::use_page();
    let lecture = Memo::new(move |_| page.route.with(|r| r.query.get("lecture") == Some("1")));
    let failed = StoredValue::new(false);
    Effect::new(move |_| {
        resized.track();
        // Read before the canvas: a language switch redraws the figure's words and ticks.
        let lang = page.lang.get();
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        let dpr = web_sys::window()
            .map(|w| w.device_pixel_ratio())
            .unwrap_or(1.0)
            .max(1.0);
        let css_width = f64::from(canvas.client_width().max(320));
        let width = (css_width * dpr).round() as u32;
        let height = (css_width * aspect * dpr).round() as u32;
        if canvas.width() != width || canvas.height() != height {
            canvas.set_width(width);
            canvas.set_height(height);
        }
        let Some(backend) = CanvasBackend::with_canvas_object(canvas) else {
            return;
        };
        let root = backend.into_drawing_area();
        // In lecture mode a figure's text, lines and markers are half as large again (ticks
        // ≥ 20 px, lines ≥ 3.5 px), and it gets fewer ticks, for the back row.
        let zoom = if lecture.get() { LECTURE_ZOOM } else { 1.0 };
        let drawn = (draw.0)(&root, Scale::new(dpr * zoom, lang))
            .and_then(|()| root.present().map_err(|e| e.to_string()));
        // A figure that cannot draw says so once in the console (a redraw every frame would
        // flood it), and draws again as soon as it can.
        match drawn {
            Err(e) if !failed.get_value() => {
                failed.set_value(true);
                web_sys::console::warn_1(&format!("figure {name}: {e}").into());
            }
            Err(_) => {}
            Ok(()) => failed.set_value(false),
        }
    });
    // Pointer position in backend pixels (the canvas is sized for the device pixel ratio).
    let held = StoredValue::new(false);
    let pointer = move |phase: u8, ev: leptos::ev::PointerEvent| {
        let (Some(cb), Some(canvas)) = (on_pointer, canvas_ref.get_untracked()) else {
            return;
        };
        match phase {
            0 => {
                held.set_value(true);
                let _ = canvas.set_pointer_capture(ev.pointer_id());
            }
            1 if !held.get_value() => return,
            2 if !held.get_value() => return,
            2 => held.set_value(false),
            _ => {}
        }
        let rect = canvas.get_bounding_client_rect();
        let k = f64::from(canvas.width()) / rect.width().max(1.0);
        cb.run((
            phase,
            (f64::from(ev.client_x()) - rect.left()) * k,
            (f64::from(ev.client_y()) - rect.top()) * k,
        ));
    };
    view! {
        <figure class="plot">
            <canvas node_ref=canvas_ref data-testid=name role="img" aria-label=label
                class:drag=on_pointer.is_some()
                on:pointerdown=move |ev| pointer(0, ev)
                on:pointermove=move |ev| pointer(1, ev)
                on:pointerup=move |ev| pointer(2, ev)
                on:pointercancel=move |ev| pointer(2, ev)
                style=format!("aspect-ratio: {} / {}", 1000, (1000.0 * aspect).round())></canvas>
            <figcaption>{caption}</figcaption>
        </figure>
    }
}
