//! The one file that touches a canvas: sizes it for the device pixel ratio and hands a
//! plotters drawing area to a `draw_*` function from [`crate::plot`]. Redraws whenever a
//! signal the drawing reads changes, or the window is resized.

use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

use crate::plot::Scale;

/// A figure: a canvas with a text alternative (`label`) and a visible caption.
#[component]
pub fn PlotCanvas<F>(
    /// The `data-testid` of the canvas.
    name: &'static str,
    /// Draws the figure; reads signals, so it reruns when they change.
    draw: F,
    /// The text alternative: what the figure shows, with its numbers.
    #[prop(into)]
    label: Signal<String>,
    /// The visible caption.
    #[prop(into)]
    caption: Signal<String>,
    /// Height as a fraction of width.
    #[prop(default = 0.6)]
    aspect: f64,
) -> impl IntoView
where
    F: Fn(&DrawingArea<CanvasBackend, Shift>, Scale) + 'static,
{
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let resized = RwSignal::new(0u32);
    let handle = window_event_listener(leptos::ev::resize, move |_| resized.update(|n| *n += 1));
    on_cleanup(move || handle.remove());
    Effect::new(move |_| {
        resized.track();
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
        draw(&root, Scale(dpr));
        let _ = root.present();
    });
    view! {
        <figure class="plot">
            <canvas node_ref=canvas_ref data-testid=name role="img" aria-label=label
                style=format!("aspect-ratio: {} / {}", 1000, (1000.0 * aspect).round())></canvas>
            <figcaption>{caption}</figcaption>
        </figure>
    }
}
