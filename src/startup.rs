//! Building the interface's starting point from the user's files and a help desk. Shared by
//! the binary and the tests, so tests start frontdesk exactly as a user does.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::app::runner::Files;
use crate::app::state::{Outgoing, Setup};
use crate::backend::HelpDesk;
use crate::config::{Config, Profile};
use crate::diag::Diagnostic;
use crate::keymap::Keymap;
use crate::paths::Paths;
use crate::store::drafts::DraftRecord;
use crate::theme::Theme;

/// The user's files, read and resolved.
#[derive(Debug)]
pub struct UserFiles {
    pub config: Config,
    pub keymap: Arc<Keymap>,
    pub theme: Theme,
    pub usage: HashMap<String, u32>,
    pub files: Files,
    pub diagnostics: Vec<Diagnostic>,
    /// The profile's drafts from an earlier run.
    pub drafts: Vec<DraftRecord>,
    /// The profile's undelivered replies from an earlier run.
    pub outbox: Vec<Outgoing>,
    /// The profile's views as last seen.
    pub cache: Option<crate::store::cache::Cache>,
    /// What the profile sent today, by an earlier run.
    pub today: crate::store::tally::Tally,
}

fn read(path: &Path, diags: &mut Vec<Diagnostic>) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
        Err(err) => {
            diags.push(Diagnostic::new(
                path.display().to_string(),
                format!("cannot read: {err}; using defaults"),
            ));
            None
        }
    }
}

/// Reads `config.toml`: missing means defaults; problems are reported.
pub fn read_config(paths: &Paths) -> (Config, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let config = match read(&paths.config_file, &mut diags) {
        Some(text) => {
            let (config, found) = Config::parse("config.toml", &text);
            diags.extend(found);
            config
        }
        None => Config::default(),
    };
    (config, diags)
}

/// Reads config, keymap and theme (the profile may choose its own keymap and theme). Missing
/// files mean defaults; bad ones are reported.
pub fn load(paths: &Paths, no_color: bool, profile: Option<&Profile>) -> UserFiles {
    let (mut config, mut diags) = read_config(paths);
    if let Some(theme) = profile.and_then(|p| p.theme.clone()) {
        config.theme = theme;
    }
    if let Some(keymap) = profile.and_then(|p| p.keymap.clone()) {
        config.keymap = keymap;
    }
    let keymap_text = read(&paths.keymap(), &mut diags);
    let (keymap, found) = Keymap::load(
        &config.keymap,
        keymap_text.as_deref().map(|t| ("keymap.toml", t)),
    );
    diags.extend(found);
    let theme_text = read(&paths.theme(), &mut diags);
    let (theme, found) = Theme::load(
        &config.theme,
        theme_text.as_deref().map(|t| ("theme.toml", t)),
        no_color,
    );
    diags.extend(found);
    let places = profile.map(|p| paths.places(&p.name));
    let (drafts, outbox) = match &places {
        Some(places) => {
            let (drafts, problems) = crate::store::drafts::load_all(&places.drafts);
            let (outbox, problem) = crate::store::outbox::load(&places.outbox);
            for why in problems.into_iter().chain(problem) {
                diags.push(Diagnostic::new("data", why));
            }
            (drafts, outbox)
        }
        None => (Vec::new(), Vec::new()),
    };
    let cache = places
        .as_ref()
        .and_then(|p| crate::store::cache::load(&p.cache));
    let today = places
        .as_ref()
        .map(|p| crate::store::tally::load(&p.tally))
        .unwrap_or_default();
    UserFiles {
        today,
        config,
        keymap: Arc::new(keymap),
        theme,
        usage: crate::store::usage::load(&paths.usage()),
        files: Files {
            responses: Some(paths.responses()),
            usage: Some(paths.usage()),
            places,
        },
        diagnostics: diags,
        drafts,
        outbox,
        cache,
    }
}

/// The interface's starting point for `desk`.
pub fn setup(
    desk: &dyn HelpDesk,
    profile: &crate::config::Profile,
    user: &UserFiles,
    now: Timestamp,
    tz: TimeZone,
    size: (u16, u16),
) -> Setup {
    Setup {
        long_thread: user.config.long_thread,
        triage: profile.triage.clone(),
        poll: user.config.poll_interval,
        bell: user.config.bell,
        unresolved_style: user.theme.get("compose.unresolved"),
        usage: user.usage.clone(),
        diagnostics: user.diagnostics.clone(),
        drafts: user.drafts.clone(),
        outbox: user.outbox.clone(),
        cache: user.cache.clone(),
        today: user.today,
        ..Setup::new(desk, user.keymap.clone(), now, tz, size)
    }
}
