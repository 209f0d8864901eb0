//! How often the agent used each canned response, to break ranking ties and for the stats
//! panel. A missing or unreadable file means no counts yet.

use std::collections::HashMap;
use std::path::Path;

/// Reads the counts; anything unreadable counts as none.
pub fn load(path: &Path) -> HashMap<String, u32> {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Writes the counts.
pub fn save(path: &Path, counts: &[(String, u32)]) -> std::io::Result<()> {
    let map: HashMap<&str, u32> = counts.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let json = serde_json::to_vec_pretty(&map).map_err(std::io::Error::other)?;
    super::write_atomic(path, &json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_survive_a_round_trip_and_garbage_reads_as_empty() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("sub/usage.json");
        save(&path, &[("demo:3".into(), 4)]).expect("save");
        assert_eq!(load(&path).get("demo:3"), Some(&4));
        std::fs::write(&path, "{not json").expect("write");
        assert!(load(&path).is_empty());
    }
}
