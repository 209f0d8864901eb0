//! `frontdesk cache` says what the cache holds; `frontdesk cache clear` empties it. The cache
//! is the views and conversations as last read, for every profile: never drafts, the outbox
//! or anything else that would be lost.

use std::process::ExitCode;

use super::say;
use crate::model::human_size;
use crate::paths::Paths;
use crate::store::{conversations, draft_files};

/// Drops the desk sessions kept in the OS keyring for every profile (the next start logs in
/// again). A machine without a keyring is asked once, not once per profile.
async fn forget_sessions(profiles: &[crate::config::Profile]) {
    let mut dropped = 0;
    for profile in profiles
        .iter()
        .filter(|p| p.backend == crate::config::BackendKind::Rt)
    {
        match crate::credentials::forget_session(profile).await {
            Ok(true) => dropped += 1,
            Ok(false) => {}
            Err(_) => return,
        }
    }
    if dropped > 0 {
        say::out(crate::fl!("cache-sessions-dropped", count = dropped));
    }
}

/// Customer files fetched into drafts that no draft or outbox entry needs (left by a crash
/// between a reply's delivery and their removal), at least an hour old so that a running
/// frontdesk's fresh fetch is never taken.
fn clear_draft_files(paths: &Paths) -> ExitCode {
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let left = draft_files::orphans(&paths.data_dir, hour_ago);
    if left.is_empty() {
        return ExitCode::SUCCESS;
    }
    let mut failed = false;
    for path in &left {
        if let Err(err) = std::fs::remove_file(path) {
            failed = true;
            say::err(crate::fl!(
                "cache-remove-failed",
                path = path.display().to_string(),
                why = err.to_string()
            ));
        }
    }
    say::out(crate::fl!("cache-draft-files-removed", count = left.len()));
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// What `frontdesk cache` does.
#[derive(Debug, Clone, Copy, clap::Subcommand)]
pub enum CacheAction {
    /// Remove every cached view and conversation, and customer files left from sent replies
    /// (drafts and the outbox stay).
    Clear,
}

pub async fn run(
    paths: &Paths,
    action: Option<CacheAction>,
    max: u64,
    profiles: &[crate::config::Profile],
) -> ExitCode {
    let root = paths.cache();
    match action {
        None => {
            let (files, bytes) = conversations::measure(&root).unwrap_or((0, 0));
            say::out(crate::fl!(
                "cache-summary",
                path = root.display().to_string(),
                count = files,
                size = human_size(bytes),
                max = human_size(max)
            ));
            ExitCode::SUCCESS
        }
        Some(CacheAction::Clear) => match conversations::clear(&root) {
            Ok((files, bytes)) => {
                say::out(crate::fl!(
                    "cache-cleared",
                    count = files,
                    size = human_size(bytes),
                    path = root.display().to_string()
                ));
                forget_sessions(profiles).await;
                clear_draft_files(paths)
            }
            Err(err) => {
                say::err(crate::fl!(
                    "cache-clear-failed",
                    path = root.display().to_string(),
                    why = err.to_string()
                ));

                ExitCode::FAILURE
            }
        },
    }
}
