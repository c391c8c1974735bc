//! The lesson's figures: the seminar's scheme as a static SVG whose marks follow the trick
//! toggle (red: no backpropagation; blue: the losses; dashed: where each loss term's gradient
//! reaches; the current step's parts lit), and the generation scheme.

use leptos::prelude::*;

use crate::components::{cue, tr};

use super::super::gan_common::label;
use super::state::State;
use super::text;

/// The scheme's panel: the trick toggle, the scheme and generation.
pub fn scheme_panel(s: State) -> impl IntoView {
    let step = s.step;
    view! {
        <section class="vae-panel" aria-labelledby="vae-scheme-title">
            <h2 id="vae-scheme-title">{tr(text::SCHEME)}</h2>
            <label class="vae-toggle" class:cue=cue(step, &[4, 5])>
                <input type="checkbox" data-testid="trick-toggle" prop:checked=s.trick
                    on:change=move |ev| {
                        s.set("trick", if event_target_checked(&ev) { "1" } else { "0" }.into())
                    }/>
                " " {tr(text::TRICK)}
            </label>
            {scheme(s)}
            {generation(step)}
        </section>
    }
}

/// The training scheme, with or without the trick.
fn scheme(s: State) -> impl IntoView {
    let (step, trick, page) = (s.step, s.trick, s.page);
    let scheme_label = Signal::derive(move || {
        page.t(if trick.get() {
            text::SCHEME_ON
        } else {
            text::SCHEME_OFF
        })
        .to_string()
    });
    view! {
        <figure class="vae-figure">
            <svg class="vae-scheme" data-testid="vae-scheme" viewBox="0 0 760 330"
                role="img" aria-label=scheme_label
                data-trick=move || if trick.get() { "1" } else { "0" }>
                <defs>
                    <marker id="vae-a" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
                        <path d="M0,0L10,5L0,10z" class="vae-a-fwd"></path>
                    </marker>
                    <marker id="vae-ag" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
                        <path d="M0,0L10,5L0,10z" class="vae-a-rec"></path>
                    </marker>
                    <marker id="vae-ak" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
                        <path d="M0,0L10,5L0,10z" class="vae-a-kl"></path>
                    </marker>
                </defs>
                <g class="vae-fwd">
                    <path d="M54,110H82"></path>
                    <path d="M184,100L222,82"></path>
                    <path d="M184,120L222,138"></path>
                    <path d="M264,80L318,102"></path>
                    <path d="M264,140L318,118"></path>
                    <path d="M448,110H476"></path>
                    <path d="M578,110H606"></path>
                    <path d="M630,130V248"></path>
                    <path d="M32,130V318H700V308"></path>
                    <path d="M228,166V248"></path>
                    <path class="vae-on" d="M384,48V88"></path>
                </g>
                <g class="vae-nodes" class:cue=cue(step, &[1])>
                    <rect class="vae-group" x="216" y="56" width="56" height="110" rx="8"></rect>
                    <rect x="10" y="90" width="44" height="40" rx="6"></rect>
                    <text x="32" y="110">"x"</text>
                    <polygon points="84,70 184,92 184,128 84,150"></polygon>
                    <text x="132" y="110">{tr(text::ENCODER)}</text>
                    <rect x="224" y="62" width="40" height="36" rx="6"></rect>
                    <text x="244" y="80">"μ"</text>
                    <rect x="224" y="122" width="40" height="36" rx="6"></rect>
                    <text x="244" y="140">"σ"</text>
                    <polygon points="478,92 578,70 578,150 478,128"></polygon>
                    <text x="530" y="110">{tr(text::DECODER)}</text>
                    <rect x="608" y="90" width="44" height="40" rx="6"></rect>
                    <text x="630" y="110">"x̂"</text>
                </g>
                <g class="vae-z" data-testid="scheme-z" class:cue=cue(step, &[4, 5])>
                    <rect class="vae-off vae-red" x="320" y="90" width="128" height="40" rx="20"></rect>
                    <rect class="vae-on" x="320" y="90" width="128" height="40" rx="6"></rect>
                    <text class="vae-off" x="384" y="110">"z ~ N(μ, σ²)"</text>
                    <text class="vae-on" x="384" y="110">"z = μ + σ·ε"</text>
                </g>
                <g class="vae-on vae-noise" data-testid="scheme-noise" class:cue=cue(step, &[5])>
                    <rect x="334" y="14" width="100" height="34" rx="17"></rect>
                    <text x="384" y="31">"ε ~ N(0, 1)"</text>
                </g>
                <g class="vae-loss" class:cue=cue(step, &[2, 3])>
                    <rect x="560" y="250" width="190" height="56" rx="8"></rect>
                    <text x="655" y="268">{tr(text::RECON)}</text>
                    <text x="655" y="290">"−log p(x|z)"</text>
                    <rect x="130" y="250" width="210" height="56" rx="8"></rect>
                    <text x="235" y="268">"KL(q(z|x) ‖ N(0, I))"</text>
                    <text x="235" y="290">"½(μ² + σ² − 1 − ln σ²)"</text>
                </g>
                <g class="vae-grad" class:cue=cue(step, &[4, 5])>
                    <path d="M640,248V215H528V142"></path>
                    <path d="M528,215H384V134"></path>
                    <path class="vae-on" data-testid="scheme-grad-through-z" d="M384,215H262V168"></path>
                    <path class="vae-on" d="M262,215H118V141"></path>
                </g>
                <g class="vae-grad vae-grad-kl" class:cue=cue(step, &[3])>
                    <path d="M246,248V168"></path>
                    <path d="M160,248V136"></path>
                </g>
                <g class="vae-off vae-block" data-testid="scheme-blocked">
                    <text class="vae-x" x="366" y="216">"✕"</text>
                    <text x="450" y="236">{tr(text::BLOCKED)}</text>
                </g>
            </svg>
            <figcaption class="hint">{tr(text::SCHEME_CAPTION)}</figcaption>
        </figure>
    }
}

/// Generation: z from the prior, the decoder only (lit at step 7).
fn generation(step: Signal<usize>) -> impl IntoView {
    view! {
        <div class="vae-gen" data-testid="generation" class:cue=cue(step, &[7])>
            <h3>{tr(text::GENERATION)}</h3>
            <svg class="vae-scheme vae-scheme-gen" viewBox="0 0 420 60" role="img"
                aria-label=label(text::GENERATION_ALT)>
                <g class="vae-fwd">
                    <path d="M120,30H156"></path>
                    <path d="M260,30H296"></path>
                </g>
                <g class="vae-nodes">
                    <rect x="10" y="10" width="110" height="40" rx="20"></rect>
                    <text x="65" y="30">"z ~ N(0, I)"</text>
                    <polygon points="158,18 258,6 258,54 158,42"></polygon>
                    <text x="210" y="30">{tr(text::DECODER)}</text>
                    <rect x="298" y="10" width="60" height="40" rx="6"></rect>
                    <text x="328" y="30">"x"</text>
                </g>
            </svg>
            <p class="hint">{tr(text::GENERATION_NOTE)}</p>
        </div>
    }
}
