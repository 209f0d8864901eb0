//! frontdesk's log: `frontdesk.log` in the data folder, for finding out afterwards what
//! happened to a request or a reply. It records requests by method and path only, never a
//! header, a query or a token, and every line is cleaned of control characters on its way
//! out, whatever a help desk put in an error message.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// A log larger than this is moved to `frontdesk.log.1` at start, replacing the older one.
const ROTATE_AT: u64 = 5 * 1024 * 1024;

/// The log file in `data_dir`.
pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join("frontdesk.log")
}

/// The level asked for in `FRONTDESK_LOG` (`off`, `error`, `warn`, `info`, `debug`, `trace`);
/// `info` when unset, and when unreadable (with the reason).
pub fn level(value: Option<&str>) -> (LevelFilter, Option<String>) {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => (LevelFilter::INFO, None),
        Some(v) => match v.parse::<LevelFilter>() {
            Ok(level) => (level, None),
            Err(_) => (
                LevelFilter::INFO,
                Some(format!(
                    "FRONTDESK_LOG={v} is not a level (off, error, warn, info, debug, trace); logging at info"
                )),
            ),
        },
    }
}

/// Starts logging to the file in `data_dir`. Returns a warning when the log cannot be used;
/// frontdesk then runs without one.
pub fn init(data_dir: &Path) -> Option<String> {
    let (level, warning) = level(std::env::var("FRONTDESK_LOG").ok().as_deref());
    if level == LevelFilter::OFF {
        return warning;
    }
    let file = match open(&path(data_dir)) {
        Ok(file) => file,
        Err(err) => {
            return Some(format!(
                "cannot write the log {}: {err}; running without it",
                path(data_dir).display()
            ));
        }
    };
    // Only frontdesk's own events: libraries below it log at a level where headers appear.
    let filter = Targets::new()
        .with_target("frontdesk", level)
        .with_default(LevelFilter::WARN);
    let layer = tracing_subscriber::fmt::layer()
        .with_ansi(false)
        .with_target(false)
        .with_writer(Mutex::new(CleanLines(file)));
    // A second init (tests in one process) keeps the first subscriber.
    let _ = tracing_subscriber::registry()
        .with(layer)
        .with(filter)
        .try_init();
    warning
}

/// Opens the log for appending, readable by the user alone (it names tickets and people),
/// in a data folder likewise; an older log or folder made with looser modes is tightened.
fn open(path: &Path) -> std::io::Result<File> {
    if let Some(dir) = path.parent() {
        crate::store::create_private_dir_all(dir)?;
        crate::store::private_dir(dir)?;
    }
    if std::fs::metadata(path).is_ok_and(|m| m.len() > ROTATE_AT) {
        std::fs::rename(path, path.with_extension("log.1"))?;
    }
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}

/// Writes each line cleaned of control characters and escape sequences.
struct CleanLines<W>(W);

impl<W: Write> Write for CleanLines<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        let mut out = String::with_capacity(text.len());
        for line in text.split_inclusive('\n') {
            out.push_str(&crate::text::clean_line(line));
            if line.ends_with('\n') {
                out.push('\n');
            }
        }
        self.0.write_all(out.as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_come_from_the_variable_and_a_bad_one_is_explained() {
        assert_eq!(level(None).0, LevelFilter::INFO);
        assert_eq!(level(Some("debug")).0, LevelFilter::DEBUG);
        assert_eq!(level(Some("off")).0, LevelFilter::OFF);
        let (fallback, why) = level(Some("loud"));
        assert_eq!(fallback, LevelFilter::INFO);
        assert!(why.is_some_and(|w| w.contains("FRONTDESK_LOG=loud")));
    }

    #[test]
    fn log_lines_lose_escape_sequences_but_keep_their_breaks() {
        let mut out = CleanLines(Vec::new());
        out.write_all(b"refused: \x1b]0;owned\x07Bad \x1b[2Jrequest\nnext\n")
            .expect("write");
        assert_eq!(
            String::from_utf8(out.0).expect("utf-8"),
            "refused: Bad request\nnext\n"
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_log_and_its_folder_are_the_users_alone_even_when_made_looser_before() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let data = dir.path().join("data");
        std::fs::create_dir_all(&data).expect("mkdir");
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let log = data.join("frontdesk.log");
        std::fs::write(&log, "older\n").expect("write");
        std::fs::set_permissions(&log, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        drop(open(&log).expect("open"));
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&log), 0o600);
        assert_eq!(mode(&data), 0o700);
        let fresh = dir.path().join("new/deeper/frontdesk.log");
        drop(open(&fresh).expect("open"));
        assert_eq!(mode(&fresh), 0o600);
        assert_eq!(mode(fresh.parent().expect("dir")), 0o700);
    }
}
