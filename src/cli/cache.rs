//! `frontdesk cache` says what the cache holds; `frontdesk cache clear` empties it. The cache
//! is the views and conversations as last read, for every profile: never drafts, the outbox
//! or anything else that would be lost.

use std::process::ExitCode;

use super::say;
use crate::model::human_size;
use crate::paths::Paths;
use crate::store::conversations;

/// What `frontdesk cache` does.
#[derive(Debug, Clone, Copy, clap::Subcommand)]
pub enum CacheAction {
    /// Remove every cached view and conversation (drafts and the outbox stay).
    Clear,
}

pub fn run(paths: &Paths, action: Option<CacheAction>, max: u64) -> ExitCode {
    let root = paths.cache();
    match action {
        None => {
            let (files, bytes) = conversations::measure(&root).unwrap_or((0, 0));
            say::out(format!(
                "{}: {files} file{}, {} (cache_max {}). `frontdesk cache clear` empties it.",
                root.display(),
                if files == 1 { "" } else { "s" },
                human_size(bytes),
                human_size(max)
            ));
            ExitCode::SUCCESS
        }
        Some(CacheAction::Clear) => match conversations::clear(&root) {
            Ok((files, bytes)) => {
                say::out(format!(
                    "Removed {files} cached file{} ({}) from {}. Drafts and the outbox are kept.",
                    if files == 1 { "" } else { "s" },
                    human_size(bytes),
                    root.display()
                ));
                ExitCode::SUCCESS
            }
            Err(err) => {
                say::err(format!(
                    "frontdesk: could not empty {}: {err}. Remove the folder by hand; frontdesk builds it again.",
                    root.display()
                ));
                ExitCode::FAILURE
            }
        },
    }
}
