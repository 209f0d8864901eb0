//! The views as last seen, on disk (`<data>/cache/<profile>.json`), so frontdesk paints a
//! queue the moment it starts and replaces it with live data when that arrives. Only the
//! first rows of each view are kept; an unreadable or outdated file is simply not used.

use std::path::Path;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::model::TicketSummary;

/// How many rows of each view are kept: more than a screen, far less than a queue.
pub const ROWS: usize = 200;

/// One view as last loaded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CachedView {
    pub name: String,
    pub query: String,
    pub total: Option<usize>,
    pub tickets: Vec<TicketSummary>,
}

/// Every view as last loaded, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cache {
    pub saved_at: Timestamp,
    pub views: Vec<CachedView>,
}

/// Writes the cache.
pub fn save(path: &Path, cache: &Cache) -> std::io::Result<()> {
    let json = serde_json::to_vec(cache).map_err(std::io::Error::other)?;
    super::write_atomic(path, &json)
}

/// The cache, if there is a readable one.
pub fn load(path: &Path) -> Option<Cache> {
    let text = std::fs::read_to_string(path).ok()?;
    serde_json::from_str(&text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cache_round_trips_and_garbage_is_ignored() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("cache/work.json");
        let cache = Cache {
            saved_at: "2026-11-22T12:00:00Z".parse().expect("time"),
            views: vec![CachedView {
                name: "Mine".into(),
                query: "assignee:me".into(),
                total: Some(0),
                tickets: Vec::new(),
            }],
        };
        save(&path, &cache).expect("save");
        assert_eq!(load(&path), Some(cache));
        std::fs::write(&path, "{\"saved_at\": 3").expect("write");
        assert_eq!(load(&path), None);
    }
}
