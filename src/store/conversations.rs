//! Conversations as last read, one file per ticket, so a ticket opens at once from its last
//! copy while the live one loads. The folder is bounded: past its size, the conversations
//! written longest ago go first (every ticket opened is written again when its live copy
//! arrives, so that is the least recently used).

use std::collections::{BTreeSet, HashMap};
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// One ticket's file in `dir`.
pub fn path(dir: &Path, id: u64) -> PathBuf {
    dir.join(format!("{id}.json"))
}

/// The conversation kept for ticket `id`, if there is one and it can be read.
pub fn read(dir: &Path, id: u64) -> Option<Vec<u8>> {
    super::read(&path(dir, id))
}

/// A folder of conversations kept within `max` bytes. What is in it is read from the disk
/// the first time it is written to, then followed in memory (one writer per process).
#[derive(Debug)]
pub struct Conversations {
    dir: PathBuf,
    max: u64,
    known: Option<Known>,
}

#[derive(Debug, Default)]
struct Known {
    sizes: HashMap<u64, (u64, SystemTime)>,
    by_age: BTreeSet<(SystemTime, u64)>,
    total: u64,
}

impl Known {
    fn read(dir: &Path) -> Self {
        let mut known = Known::default();
        let Ok(entries) = std::fs::read_dir(dir) else {
            return known;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(id) = name
                .to_str()
                .and_then(|n| n.strip_suffix(".json"))
                .and_then(|n| n.parse::<u64>().ok())
            else {
                continue;
            };
            if let Ok(meta) = entry.metadata() {
                let written = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
                known.insert(id, meta.len(), written);
            }
        }
        known
    }

    fn insert(&mut self, id: u64, size: u64, written: SystemTime) {
        self.remove(id);
        self.sizes.insert(id, (size, written));
        self.by_age.insert((written, id));
        self.total += size;
    }

    fn remove(&mut self, id: u64) {
        if let Some((size, written)) = self.sizes.remove(&id) {
            self.by_age.remove(&(written, id));
            self.total -= size;
        }
    }

    fn oldest(&self) -> Option<u64> {
        self.by_age.first().map(|(_, id)| *id)
    }
}

impl Conversations {
    pub fn new(dir: PathBuf, max: u64) -> Self {
        Self {
            dir,
            max,
            known: None,
        }
    }

    /// Writes ticket `id`'s conversation (readable by the user alone, like every file the
    /// store writes), then removes the oldest others until the folder fits its bound. A
    /// conversation larger than the whole bound is not kept.
    pub fn save(&mut self, id: u64, bytes: &[u8]) -> io::Result<()> {
        let dir = self.dir.clone();
        let known = self.known.get_or_insert_with(|| Known::read(&dir));
        let size = bytes.len() as u64;
        if size > self.max {
            known.remove(id);
            return remove(&path(&dir, id));
        }
        super::write_cached(&path(&dir, id), bytes)?;
        known.insert(id, size, SystemTime::now());
        while known.total > self.max {
            let Some(oldest) = known.oldest().filter(|o| *o != id) else {
                break;
            };
            known.remove(oldest);
            remove(&path(&dir, oldest))?;
        }
        Ok(())
    }

    /// Bytes kept now, as followed in memory.
    pub fn size(&self) -> Option<u64> {
        self.known.as_ref().map(|k| k.total)
    }
}

fn remove(file: &Path) -> io::Result<()> {
    match std::fs::remove_file(file) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Removes everything under the cache folder `root` (the views and the conversations of
/// every profile); returns how many files and bytes went.
pub fn clear(root: &Path) -> io::Result<(u64, u64)> {
    let measured = measure(root)?;
    match std::fs::remove_dir_all(root) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(measured),
    }
}

/// How many files and bytes are under `root`.
pub fn measure(root: &Path) -> io::Result<(u64, u64)> {
    let mut files = 0;
    let mut bytes = 0;
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        for entry in entries {
            let entry = entry?;
            let meta = entry.metadata()?;
            if meta.is_dir() {
                stack.push(entry.path());
            } else {
                files += 1;
                bytes += meta.len();
            }
        }
    }
    Ok((files, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folder_keeps_within_its_bound_dropping_the_oldest() {
        let dir = tempfile::tempdir().expect("tempdir");
        let folder = dir.path().join("tickets");
        let mut kept = Conversations::new(folder.clone(), 250);
        for id in 1..=3 {
            kept.save(id, &[b'x'; 100]).expect("saved");
        }
        assert!(!path(&folder, 1).exists(), "the oldest went");
        assert!(path(&folder, 2).exists() && path(&folder, 3).exists());
        assert_eq!(kept.size(), Some(200));
        // Written again, 2 is the newest: 3 goes next.
        kept.save(2, &[b'y'; 100]).expect("saved");
        kept.save(4, &[b'z'; 100]).expect("saved");
        assert!(!path(&folder, 3).exists());
        assert_eq!(read(&folder, 2).as_deref(), Some(&[b'y'; 100][..]));
        // Too large for the whole bound: not kept at all.
        kept.save(5, &[b'w'; 300]).expect("skipped");
        assert!(!path(&folder, 5).exists());

        // Another run finds what is there and goes on bounding it.
        let mut again = Conversations::new(folder.clone(), 250);
        again.save(6, &[b'v'; 100]).expect("saved");
        assert_eq!(again.size(), Some(200));

        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path(&folder, 6))
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "readable by the user alone");
        }
        assert_eq!(clear(dir.path()).expect("cleared"), (2, 200));
        assert!(!dir.path().exists());
    }
}
