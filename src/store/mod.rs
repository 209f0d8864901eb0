//! Files frontdesk keeps for itself in its data directory. Every write is atomic: a reader
//! (or a crash) sees the old file or the new one, never half of one.

pub mod conversations;
pub mod download;
pub mod draft_files;
pub mod drafts;
pub mod outbox;
pub mod usage;
pub mod writer;

use std::io::Write;
use std::path::Path;

/// Writes `text` to a new file in the system's temporary folder, readable by the user alone:
/// the way out when the data folder cannot be written. Returns the file.
pub fn keep_copy(text: &str) -> std::io::Result<std::path::PathBuf> {
    let mut file = tempfile::Builder::new()
        .prefix("frontdesk-unsaved-")
        .suffix(".txt")
        .tempfile_in(std::env::temp_dir())?;
    file.write_all(text.as_bytes())?;
    file.as_file().sync_all()?;
    let (_, path) = file.keep().map_err(|e| e.error)?;
    Ok(path)
}

/// Reads a file the store wrote; `None` when it is missing or unreadable (a cache or a tally
/// that cannot be read is simply not used).
pub fn read(path: &Path) -> Option<Vec<u8>> {
    std::fs::read(path).ok()
}

/// Writes `bytes` to `path` through a temporary file in the same directory, flushed to disk
/// before it replaces the old file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_replacing(path, bytes, true)
}

/// [`write_atomic`] without waiting for the disk: for copies that can be fetched again (a
/// conversation's cache), where a file lost to a power cut is only read as missing, and a
/// burst of them must not hold up a draft's save behind one flush each.
pub fn write_cached(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_replacing(path, bytes, false)
}

fn write_replacing(path: &Path, bytes: &[u8], flush: bool) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    create_private_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    if flush {
        tmp.as_file().sync_all()?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Creates `dir` and its missing parents readable by the user alone: they hold customers'
/// words.
pub fn create_private_dir_all(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Makes an existing folder readable by the user alone.
pub fn private_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}
