//! frontdesk: a fast, keyboard-driven terminal client for the help desk a support team
//! already runs. The binary is a thin shell around this library so that tests drive the real
//! code; see ARCHITECTURE.md for the map.

pub mod action;
pub mod app;
pub mod backend;
pub mod canned;
pub mod cli;
pub mod config;
pub mod connect;
pub mod credentials;
pub mod desktop;
pub mod diag;
pub mod i18n;
pub mod keymap;
pub mod log;
pub mod model;
pub mod paths;
pub mod preset;
pub mod profile;
pub mod startup;
pub mod store;
#[cfg(test)]
mod testkit;
pub mod text;
pub mod theme;
pub mod triage;
pub mod tui;
pub mod ui;
