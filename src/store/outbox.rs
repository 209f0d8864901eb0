//! The outbox on disk: `<data>/outbox/<profile>.json`, shared by every frontdesk running on
//! the profile (two tmux windows, a laptop and an SSH session on one home folder).
//!
//! Each entry belongs to one running frontdesk, its owner, which alone sends it; a frontdesk
//! holds an exclusive lock on `<profile>.owners/<its id>.lock` for as long as it runs, so the
//! operating system says who is still alive even after a crash. Every change to the file is
//! a merge made under `<profile>.json.lock`: a frontdesk rewrites its own entries and keeps
//! everyone else's. At start a frontdesk takes over the entries whose owner is gone, under
//! the same lock, so two starting together never both take (and send) the same reply. A
//! running frontdesk does the same whenever asked (`adopt`), so a reply left by one that quit
//! goes out without waiting for the next start; until the interface has saved the adopted
//! entries as its own, every save keeps them (see `Claim::save`), so none is lost in between.
//!
//! The store knows entries only as JSON values; what is in them is the interface's business.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// This frontdesk's place in a profile's shared outbox, held for as long as it runs.
#[derive(Debug)]
pub struct Claim {
    path: PathBuf,
    me: String,
    /// Locked while this frontdesk runs: how others know it is alive.
    _alive: File,
    /// Entries taken over while running, by adoption number, until a save names that number.
    adopted: Mutex<Adopted>,
}

#[derive(Debug, Default)]
struct Adopted {
    last: u64,
    unsaved: Vec<(u64, Value)>,
}

/// What starting on a shared outbox found.
#[derive(Debug, Default)]
pub struct Found {
    /// Entries this frontdesk now owns: left by an earlier run, or by one that is gone.
    pub items: Vec<Value>,
    /// Other frontdesks running on the profile, and how many entries they are sending.
    pub others: Vec<(String, usize)>,
    /// Something worth telling the agent (a file moved aside).
    pub problem: Option<String>,
}

/// The file's shape. Older versions wrote a bare array of entries, read as owned by no one.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Shared {
    entries: Vec<Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    owner: String,
    item: Value,
}

impl Claim {
    /// Joins the profile's outbox at `path` and takes over every entry without a living
    /// owner.
    pub fn start(path: &Path) -> std::io::Result<(Self, Found)> {
        let owners = owners_dir(path);
        super::create_private_dir_all(&owners)?;
        let me = format!("{}-{:08x}", std::process::id(), fastrand::u32(..));
        // Locked before it has its name: whoever sees `<me>.lock` sees it locked, so nobody
        // can take this frontdesk for a dead one while it starts.
        let starting = owners.join(format!("{me}.starting"));
        let alive = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&starting)?;
        alive.lock()?;
        std::fs::rename(&starting, owners.join(format!("{me}.lock")))?;
        let claim = Self {
            path: path.to_path_buf(),
            me,
            _alive: alive,
            adopted: Mutex::default(),
        };
        let mut found = Found::default();
        claim.under_lock(|shared, problem| {
            found.problem = problem;
            claim.take_over(shared, &mut found.others);
            found.items = shared
                .entries
                .iter()
                .filter(|e| e.owner == claim.me)
                .map(|e| e.item.clone())
                .collect();
        })?;
        // Others running with nothing in the outbox are still others; the files of those
        // that ended go.
        for other in living(&owners, &claim.me) {
            if !found.others.iter().any(|o| o.0 == other) {
                found.others.push((other, 0));
            }
        }
        Ok((claim, found))
    }

    /// Makes every entry whose owner is gone this frontdesk's, counting the living others'
    /// in `others`.
    fn take_over(&self, shared: &mut Shared, others: &mut Vec<(String, usize)>) {
        let owners = owners_dir(&self.path);
        let mut gone = Vec::new();
        for entry in &mut shared.entries {
            if entry.owner == self.me {
                continue;
            }
            if entry.owner.is_empty() || !is_alive(&owners, &entry.owner) {
                if !entry.owner.is_empty() {
                    gone.push(entry.owner.clone());
                }
                entry.owner = self.me.clone();
            } else if let Some(other) = others.iter_mut().find(|o| o.0 == entry.owner) {
                other.1 += 1;
            } else {
                others.push((entry.owner.clone(), 1));
            }
        }
        for owner in gone {
            let _ = std::fs::remove_file(owners.join(format!("{owner}.lock")));
        }
    }

    /// Takes over the entries of every frontdesk on the profile that is gone, as at start,
    /// and returns them with the number that a save must name once they are among the entries
    /// it saves (0 and nothing when there were none).
    pub fn adopt(&self) -> std::io::Result<(u64, Vec<Value>)> {
        let mut taken = Vec::new();
        self.under_lock(|shared, _| {
            let mine: Vec<usize> = (0..shared.entries.len())
                .filter(|&i| shared.entries[i].owner == self.me)
                .collect();
            self.take_over(shared, &mut Vec::new());
            taken = (0..shared.entries.len())
                .filter(|i| !mine.contains(i) && shared.entries[*i].owner == self.me)
                .map(|i| shared.entries[i].item.clone())
                .collect();
        })?;
        if taken.is_empty() {
            return Ok((0, taken));
        }
        let mut adopted = self.adopted.lock().unwrap_or_else(|e| e.into_inner());
        adopted.last += 1;
        let number = adopted.last;
        adopted
            .unsaved
            .extend(taken.iter().map(|item| (number, item.clone())));
        Ok((number, taken))
    }

    /// Replaces this frontdesk's entries with `items`, keeping everyone else's. `adopted` is
    /// the newest adoption whose entries `items` holds: entries adopted later are not in
    /// `items` yet and are kept beside them.
    pub fn save(&self, items: &[Value], adopted: u64) -> std::io::Result<()> {
        let unsaved: Vec<Value> = {
            let mut held = self.adopted.lock().unwrap_or_else(|e| e.into_inner());
            held.unsaved.retain(|(number, _)| *number > adopted);
            held.unsaved.iter().map(|(_, item)| item.clone()).collect()
        };
        self.under_lock(|shared, _| {
            shared.entries.retain(|e| e.owner != self.me);
            shared
                .entries
                .extend(items.iter().chain(&unsaved).map(|item| Entry {
                    owner: self.me.clone(),
                    item: item.clone(),
                }));
        })
    }

    /// Reads the file, lets `change` edit it and writes it back, all while holding the
    /// outbox's lock.
    fn under_lock(&self, change: impl FnOnce(&mut Shared, Option<String>)) -> std::io::Result<()> {
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(lock_file(&self.path))?;
        lock.lock()?;
        let (mut shared, problem) = read(&self.path);
        change(&mut shared, problem);
        let written = if shared.entries.is_empty() {
            match std::fs::remove_file(&self.path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            }
        } else {
            serde_json::to_vec_pretty(&shared)
                .map_err(std::io::Error::other)
                .and_then(|json| super::write_atomic(&self.path, &json))
        };
        drop(lock);
        written
    }
}

fn owners_dir(path: &Path) -> PathBuf {
    path.with_extension("owners")
}

fn lock_file(path: &Path) -> PathBuf {
    path.with_extension("json.lock")
}

/// Whether the frontdesk `owner` still holds its lock.
fn is_alive(owners: &Path, owner: &str) -> bool {
    // An owner id is ours to have written, but the file is the user's: keep it one name.
    if owner.contains(['/', '\\']) || owner.starts_with('.') {
        return false;
    }
    let Ok(file) = File::open(owners.join(format!("{owner}.lock"))) else {
        return false;
    };
    match file.try_lock() {
        Ok(()) => false,
        Err(std::fs::TryLockError::WouldBlock) => true,
        // A lock that cannot be asked about is taken as held: never send another's reply.
        Err(std::fs::TryLockError::Error(_)) => true,
    }
}

/// Every other frontdesk alive on the profile. The lock files of those that ended are
/// removed on the way (a file is only ever named `.lock` once it is locked).
fn living(owners: &Path, me: &str) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(owners) else {
        return Vec::new();
    };
    let mut alive = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(owner) = name.strip_suffix(".lock") else {
            continue;
        };
        if owner == me {
            continue;
        }
        if is_alive(owners, owner) {
            alive.push(owner.to_string());
        } else {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    alive
}

impl Drop for Claim {
    fn drop(&mut self) {
        // Still locked while it goes; a frontdesk ending cleanly leaves no file behind.
        let _ = std::fs::remove_file(owners_dir(&self.path).join(format!("{}.lock", self.me)));
    }
}

/// The file as it is. One that cannot be read is moved aside (never deleted) and reported.
fn read(path: &Path) -> (Shared, Option<String>) {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Shared::default(), None),
        Err(e) => {
            return (
                Shared::default(),
                Some(format!("cannot read the outbox {}: {e}", path.display())),
            );
        }
    };
    if let Ok(shared) = serde_json::from_str::<Shared>(&text) {
        return (shared, None);
    }
    if let Ok(items) = serde_json::from_str::<Vec<Value>>(&text) {
        let entries = items
            .into_iter()
            .map(|item| Entry {
                owner: String::new(),
                item,
            })
            .collect();
        return (Shared { entries }, None);
    }
    let why = serde_json::from_str::<Shared>(&text)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    let aside = path.with_extension("json.unreadable");
    let kept = if std::fs::rename(path, &aside).is_ok() {
        format!("moved to {}", aside.display())
    } else {
        "left in place".into()
    };
    (
        Shared::default(),
        Some(format!(
            "the outbox {} cannot be read ({why}); {kept}",
            path.display()
        )),
    )
}

#[cfg(test)]
mod tests;
