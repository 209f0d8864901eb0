//! Building the interface's starting point from the user's files and a help desk. Shared by
//! the binary and the tests, so tests start frontdesk exactly as a user does.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::app::runner::Files;
use crate::app::state::records::{DraftRecord, from_bytes};
use crate::app::state::{Outgoing, Setup, Signing};
use crate::backend::HelpDesk;
use crate::config::{Config, Profile};
use crate::diag::Diagnostic;
use crate::keymap::Keymap;
use crate::paths::Paths;
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
    /// How many other frontdesks are running on the same profile.
    pub others_running: usize,
    /// The profile's views as last seen.
    pub cache: Option<crate::app::state::records::Cache>,
    /// What the profile sent today, by an earlier run.
    pub today: crate::app::state::records::Tally,
    /// The profile's recent searches, newest first.
    pub searches: Vec<String>,
    /// The commands this profile's agent allowed to be sent ticket text.
    pub consent: Vec<String>,
}

fn read(path: &Path, diags: &mut Vec<Diagnostic>) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
        Err(err) => {
            diags.push(Diagnostic::new(
                path.display().to_string(),
                crate::fl!("start-cannot-read", why = err.to_string()),
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
    let mut places = profile.map(|p| crate::store::writer::Places {
        cache_max: config.cache_max,
        ..paths.places(&p.name)
    });
    let mut others_running = 0;
    let (drafts, outbox) = match &mut places {
        Some(places) => {
            let (files, problems) = crate::store::drafts::load_all(&places.drafts);
            for why in problems {
                diags.push(Diagnostic::new("data", why));
            }
            let drafts = drafts_from(files, &mut diags);
            let outbox = match crate::store::outbox::Claim::start(&places.outbox) {
                Ok((claim, found)) => {
                    places.claim = Some(Arc::new(claim));
                    others_running = found.others.len();
                    diags.extend(found.problem.map(|why| Diagnostic::new("data", why)));
                    outbox_items(found.items, places, &mut diags)
                }
                Err(err) => {
                    diags.push(Diagnostic::new(
                        "data",
                        crate::fl!(
                            "start-outbox-unopened",
                            path = places.outbox.display().to_string(),
                            why = err.to_string()
                        ),
                    ));
                    Vec::new()
                }
            };
            (drafts, outbox)
        }
        None => (Vec::new(), Vec::new()),
    };
    let cache = places
        .as_ref()
        .and_then(|p| crate::store::read(&p.cache))
        .and_then(|bytes| from_bytes(&bytes).ok());
    let today = places
        .as_ref()
        .and_then(|p| crate::store::read(&p.tally))
        .and_then(|bytes| from_bytes(&bytes).ok())
        .unwrap_or_default();
    let consent = places
        .as_ref()
        .and_then(|p| crate::store::read(&p.consent))
        .and_then(|bytes| from_bytes(&bytes).ok())
        .unwrap_or_default();
    let searches = places
        .as_ref()
        .and_then(|p| crate::store::read(&p.searches))
        .and_then(|bytes| from_bytes(&bytes).ok())
        .unwrap_or_default();
    UserFiles {
        consent,
        searches,
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
        others_running,
        cache,
    }
}

/// The drafts in `files`, oldest first; a file that is not a draft is reported and left where
/// it is, for the agent to rescue.
fn drafts_from(
    files: Vec<(std::path::PathBuf, Vec<u8>)>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<DraftRecord> {
    let mut drafts: Vec<DraftRecord> = Vec::new();
    for (path, bytes) in files {
        match from_bytes::<DraftRecord>(&bytes) {
            Ok(record) => drafts.push(record),
            Err(why) => diags.push(Diagnostic::new(
                "data",
                crate::fl!(
                    "start-draft-unreadable",
                    path = path.display().to_string(),
                    why = why.to_string()
                ),
            )),
        }
    }
    drafts.sort_by_key(|d| (d.saved_at, d.ticket));
    drafts
}

/// The outbox entries this frontdesk took over, as replies (see `runner::read_entries`).
/// Ids are made unique again, since entries may come from several earlier runs.
fn outbox_items(
    values: Vec<serde_json::Value>,
    places: &crate::store::writer::Places,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Outgoing> {
    let (mut items, problem) = crate::app::runner::read_entries(values, &places.outbox);
    diags.extend(problem.map(|why| Diagnostic::new("data", why)));
    let mut ids: Vec<u64> = items.iter().map(|i| i.id).collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.len() != items.len() {
        for (n, item) in items.iter_mut().enumerate() {
            item.id = n as u64 + 1;
        }
    }
    items
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
    let mut diagnostics = user.diagnostics.clone();
    let signing = match &profile.signature {
        crate::config::Signature::Desk => Signing::Desk,
        crate::config::Signature::None => Signing::Off,
        crate::config::Signature::File(path) => match std::fs::read_to_string(path) {
            Ok(text) => Signing::Text(crate::text::clean_text(&text)),
            Err(err) => {
                diagnostics.push(crate::diag::Diagnostic::new(
                    path.display().to_string(),
                    crate::fl!("start-signature-unreadable", why = err.to_string()),
                ));
                Signing::Off
            }
        },
    };
    Setup {
        signing,
        long_thread: user.config.long_thread,
        time_zones: profile.time_zones.clone(),
        triage: profile.triage.clone(),
        poll: user.config.poll_interval,
        poll_budget: user.config.poll_budget,
        bell: user.config.bell,
        unresolved_style: user.theme.get("compose.unresolved"),
        usage: user.usage.clone(),
        diagnostics,
        drafts: user.drafts.clone(),
        outbox: user.outbox.clone(),
        others_running: user.others_running,
        cache: user.cache.clone(),
        today: user.today,
        searches: user.searches.clone(),
        consent: user.consent.clone(),
        translate_cmd: user.config.translate_cmd.clone(),
        languages: user.config.languages.clone(),
        files: crate::desktop::files(&user.config, user.files.places.as_ref()),
        ..Setup::new(desk, user.keymap.clone(), now, tz, size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_that_cannot_be_read_is_reported_and_the_rest_come_back_oldest_first() {
        let record = |ticket: u64, at: &str| DraftRecord {
            ticket: crate::model::TicketId(ticket),
            public: true,
            text: format!("draft {ticket}"),
            changes: Default::default(),
            canned_used: Vec::new(),
            seen: None,
            saved_at: at.parse().expect("time"),
            files: Vec::new(),
            cc: Vec::new(),
            bcc: Vec::new(),
            new_ticket: None,
            forward: None,
        };
        let bytes = crate::app::state::records::to_bytes;
        let files = vec![
            (
                "102.json".into(),
                bytes(&record(102, "2026-11-22T12:00:00Z")),
            ),
            ("103.json".into(), b"{half a dr".to_vec()),
            (
                "101.json".into(),
                bytes(&record(101, "2026-11-22T11:00:00Z")),
            ),
        ];
        let mut diags = Vec::new();
        let drafts = drafts_from(files, &mut diags);
        let tickets: Vec<u64> = drafts.iter().map(|d| d.ticket.0).collect();
        assert_eq!(tickets, [101, 102]);
        assert_eq!(diags.len(), 1);
        assert!(diags[0].message.contains("103.json") && diags[0].message.contains("untouched"));
    }
}
