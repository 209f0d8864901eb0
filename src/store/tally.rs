//! What the agent sent today from frontdesk, kept per profile so the stats panel's count
//! survives a restart; a new day starts again at zero. A missing or unreadable file is zero.

use std::path::Path;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Replies and notes delivered on one day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub day: Option<Date>,
    pub replies: u32,
    pub notes: u32,
}

impl Tally {
    /// The counts for `today`: these, or zeros when they are from another day.
    pub fn on(&self, today: Date) -> Self {
        if self.day == Some(today) {
            *self
        } else {
            Self {
                day: Some(today),
                ..Self::default()
            }
        }
    }

    /// Counts one delivered reply (`public`) or note on `today`.
    pub fn count(&mut self, today: Date, public: bool) {
        *self = self.on(today);
        if public {
            self.replies += 1;
        } else {
            self.notes += 1;
        }
    }
}

/// Reads the tally; anything unreadable is zero.
pub fn load(path: &Path) -> Tally {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Writes the tally.
pub fn save(path: &Path, tally: &Tally) -> std::io::Result<()> {
    let json = serde_json::to_vec_pretty(tally).map_err(std::io::Error::other)?;
    super::write_atomic(path, &json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_day_starts_at_zero_and_the_file_keeps_the_day() {
        let monday: Date = "2026-11-23".parse().expect("date");
        let tuesday: Date = "2026-11-24".parse().expect("date");
        let mut tally = Tally::default();
        tally.count(monday, true);
        tally.count(monday, true);
        tally.count(monday, false);
        assert_eq!((tally.replies, tally.notes), (2, 1));

        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("tally/work.json");
        save(&path, &tally).expect("save");
        let read = load(&path);
        assert_eq!(read.on(monday), tally);
        assert_eq!((read.on(tuesday).replies, read.on(tuesday).notes), (0, 0));

        std::fs::write(&path, "[garbage").expect("write");
        assert_eq!(load(&path), Tally::default());
    }
}
