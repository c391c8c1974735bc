//! `genlab`: an interactive companion to the seminar on generative models.
//!
//! Three wasm modules are built from this one crate (see the README, "Three wasm modules"):
//!
//! * the **lesson bundle** (`src/main.rs`, feature `ui`): leptos pages, plots and formulas;
//! * the **lab bundle** (`src/bin/labs.rs`, feature `labs`): the same app plus the labs, loaded
//!   in its place when a lab opens (`web::bundle`);
//! * the **training worker** (`src/bin/worker.rs`, feature `engine`): burn, in a Web Worker.
//!
//! Arrows run one way: [`math`] ← `train` ← `worker`; [`plot`] ← `components` ← `lessons` ←
//! `app`. Lessons reach training only through messages ([`protocol`]) to the worker, so burn
//! never enters the lesson bundle. Pure modules ([`math`], [`i18n`], [`route`], [`params`],
//! [`plot`], [`protocol`]) carry no leptos and no `web_sys`, so `cargo test` stays
//! native and fast.

pub mod data;
pub mod exercise;
pub mod i18n;
pub mod math;
pub mod params;
pub mod plot;
pub mod protocol;
pub mod route;
pub mod spec;

#[cfg(feature = "ui")]
pub mod latex;

#[cfg(feature = "ui")]
pub mod app;
#[cfg(feature = "ui")]
pub mod components;
#[cfg(feature = "ui")]
pub mod lessons;
#[cfg(feature = "ui")]
pub mod web;

#[cfg(feature = "engine")]
pub mod train;
#[cfg(all(feature = "engine", target_arch = "wasm32"))]
pub mod worker;
