//! Attachments saved to the agent's download folder. Their names come from strangers, so a
//! name is made safe before anything is created with it; a file is written under a temporary
//! name and given its real one only when whole, never over an existing file, readable by the
//! agent alone.

use std::path::{Path, PathBuf};

/// The longest name created, in characters (file systems allow 255 bytes).
const MAX_NAME: usize = 120;

/// A stranger's file name made safe to create and to show: no directories (`/`, `\`, `..`),
/// no control or bidirectional-override characters (which can make `gpj.exe` read as
/// `exe.jpg`), no leading dots (hidden files) or dashes (read as options by commands), not
/// too long, the extension kept visible.
pub fn safe_name(name: &str) -> String {
    let last = name
        .rsplit(['/', '\\'])
        .find(|part| !part.trim().is_empty() && *part != "." && *part != "..")
        .unwrap_or("");
    let cleaned: String = without_marks(last)
        .chars()
        .filter(|c| !c.is_control() && !is_invisible(*c))
        .collect();
    let mut cleaned = cleaned.trim().to_string();
    while cleaned.contains("..") {
        cleaned = cleaned.replace("..", ".");
    }
    let unhidden = cleaned
        .trim_start_matches(['.', '-', ' '])
        .trim_end_matches(['.', ' '])
        .to_string();
    // Nothing left but an extension (".png" once an escape sequence before it is gone): the
    // file keeps its type under a plain name.
    let only_extension = cleaned.starts_with('.')
        && (1..=5).contains(&unhidden.len())
        && unhidden.chars().all(|c| c.is_ascii_alphanumeric());
    let cleaned = if unhidden.is_empty() {
        "attachment".to_string()
    } else if only_extension {
        format!("attachment.{unhidden}")
    } else {
        unhidden
    };
    shorten(&cleaned)
}

/// `name` without the marks text cleaning leaves where bidirectional controls were
/// (`⟨RLO⟩`): on screen they warn, in a file name they are clutter.
fn without_marks(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(at) = rest.find('⟨') {
        out.push_str(&rest[..at]);
        let after = &rest[at + '⟨'.len_utf8()..];
        match after.find('⟩') {
            Some(end)
                if (2..=4).contains(&end)
                    && after[..end].chars().all(|c| c.is_ascii_uppercase()) =>
            {
                rest = &after[end + '⟩'.len_utf8()..];
            }
            _ => {
                out.push('⟨');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Characters that change how text is shown without showing themselves: bidirectional
/// controls, zero-width characters, the byte-order mark.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// `name` cut to [`MAX_NAME`] characters, the cut made in the stem so the extension stays.
fn shorten(name: &str) -> String {
    if name.chars().count() <= MAX_NAME {
        return name.to_string();
    }
    let (stem, ext) = split_extension(name);
    let ext: String = ext.chars().take(16).collect();
    let keep = MAX_NAME - ext.chars().count() - 1;
    let stem: String = stem.chars().take(keep).collect();
    format!("{}…{ext}", stem.trim_end())
}

/// `("report", ".pdf")`; a name without a dot (or only a leading one) has no extension.
fn split_extension(name: &str) -> (&str, &str) {
    match name.rfind('.') {
        Some(at) if at > 0 => name.split_at(at),
        _ => (name, ""),
    }
}

/// The names tried for `name` in turn: `name`, `name (1).ext`, `name (2).ext`…
fn candidates(name: &str) -> impl Iterator<Item = String> + '_ {
    let (stem, ext) = split_extension(name);
    std::iter::once(name.to_string()).chain((1..).map(move |n| format!("{stem} ({n}){ext}")))
}

/// A download being written: a temporary file in the folder it will end up in.
pub struct Part {
    file: tempfile::NamedTempFile,
    dir: PathBuf,
}

impl Part {
    /// Starts a file in `dir` (created if missing), readable by the agent alone.
    pub fn start(dir: &Path) -> std::io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        let file = tempfile::Builder::new()
            .prefix(".frontdesk-")
            .suffix(".part")
            .tempfile_in(dir)?;
        Ok(Self {
            file,
            dir: dir.to_path_buf(),
        })
    }

    /// The open file, to write the bytes into.
    pub fn file(&self) -> std::io::Result<std::fs::File> {
        self.file.as_file().try_clone()
    }

    /// The temporary file's path, to read back what was written.
    pub fn path(&self) -> &Path {
        self.file.path()
    }

    /// Gives the finished file its name (made safe): the first of `name`, `name (1).ext`…
    /// that does not exist yet. Returns where it is.
    pub fn keep(self, name: &str) -> std::io::Result<PathBuf> {
        self.file.as_file().sync_all()?;
        let mut file = self.file;
        for candidate in candidates(&safe_name(name)).take(10_000) {
            let path = self.dir.join(&candidate);
            match file.persist_noclobber(&path) {
                Ok(_) => return Ok(path),
                Err(err) if err.error.kind() == std::io::ErrorKind::AlreadyExists => {
                    file = err.file;
                }
                Err(err) => return Err(err.error),
            }
        }
        Err(std::io::Error::other("too many files of that name already"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_strangers_are_made_safe() {
        assert_eq!(safe_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_name("..\\..\\boot.ini"), "boot.ini");
        assert_eq!(safe_name("\u{1b}]0;x\u{7}.png"), "]0;x.png");
        assert_eq!(safe_name("invoice\u{202E}gpj.exe"), "invoicegpj.exe");
        // The same names as text cleaning leaves them, which is what the interface holds.
        let shown = crate::text::clean_line("\u{1b}]0;x\u{7}.png");
        assert_eq!(safe_name(&shown), "attachment.png");
        let shown = crate::text::clean_line("invoice\u{202E}gpj.exe");
        assert_eq!(safe_name(&shown), "invoicegpj.exe");
        assert_eq!(safe_name("⟨x⟩ notes.txt"), "⟨x⟩ notes.txt");
        assert_eq!(safe_name(".bashrc"), "bashrc");
        assert_eq!(safe_name("--rf.txt"), "rf.txt");
        assert_eq!(safe_name("a..b.txt"), "a.b.txt");
        assert_eq!(safe_name("../"), "attachment");
        assert_eq!(safe_name(""), "attachment");
        let long = format!("{}.pdf", "x".repeat(500));
        let short = safe_name(&long);
        assert_eq!(short.chars().count(), MAX_NAME);
        assert!(short.ends_with("….pdf"), "{short}");
    }

    #[test]
    fn a_saved_file_never_replaces_another() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut kept = Vec::new();
        for text in ["one", "two", "three"] {
            let part = Part::start(dir.path()).expect("start");
            std::fs::write(part.path(), text).expect("write");
            kept.push(part.keep("report.pdf").expect("keep"));
        }
        let names: Vec<_> = kept
            .iter()
            .map(|p| {
                p.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(names, ["report.pdf", "report (1).pdf", "report (2).pdf"]);
        assert_eq!(
            std::fs::read_to_string(&kept[0]).ok().as_deref(),
            Some("one")
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&kept[2])
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
        assert_eq!(left.len(), 3, "no temporary file is left behind");
    }
}
