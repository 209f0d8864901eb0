//! The runner's file work: downloading attachments (streamed to disk, progress reported),
//! reading what the viewer shows, and the agent's own files (described for attaching, listed
//! for completing a path). Blocking file work goes to blocking tasks.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::sync::mpsc::UnboundedSender;

use super::super::effect::Handling;
use super::super::msg::{Fetched, Loaded, Msg};
use super::super::state::RequestId;
use crate::backend::http::Sink;
use crate::backend::{Attachment, Error, HelpDesk, TicketId};
use crate::store::download::Part;

/// How often progress is reported: every this many bytes.
const PROGRESS_EVERY: u64 = 512 * 1024;
/// The most of a text file the viewer shows.
const VIEW_TEXT: u64 = 2 * 1024 * 1024;
/// Pictures larger than this (either side) are scaled down once decoded: a terminal shows
/// far fewer pixels, and memory stays bounded.
const IMAGE_SIDE: u32 = 2048;

/// One download, start to end.
pub async fn download(
    desk: &dyn HelpDesk,
    tx: &UnboundedSender<Msg>,
    req: RequestId,
    (ticket, attachment): (TicketId, &Attachment),
    handling: Handling,
    (dir, limit): (&Path, Option<u64>),
) -> Result<Fetched, Error> {
    // What is only looked at goes to a private temporary folder and is gone afterwards.
    let keep = matches!(handling, Handling::Save | Handling::OpenExternally);
    let scratch = if keep {
        None
    } else {
        Some(tempfile::tempdir().map_err(|e| local(&crate::fl!("files-no-temp"), e))?)
    };
    let target = scratch.as_ref().map_or(dir, |s| s.path()).to_path_buf();
    let part = blocking(move || Part::start(&target)).await?.map_err(|e| {
        let path = dir.display().to_string();
        local(&crate::fl!("files-cannot-write-to", path = path), e)
    })?;
    let file = part
        .file()
        .map_err(|e| local(&crate::fl!("files-cannot-write-file"), e))?;
    let mut last = 0u64;
    let progress = |done: u64| {
        if done - last >= PROGRESS_EVERY {
            last = done;
            let _ = tx.send(Msg::Loaded(Loaded::Progress { req, done }));
        }
    };
    let mut sink = Sink::new(tokio::fs::File::from_std(file), limit, progress);
    desk.download(ticket, attachment, &mut sink).await?;
    drop(sink);
    match handling {
        Handling::Save | Handling::OpenExternally => {
            let name = attachment.name.clone();
            let path = blocking(move || part.keep(&name)).await?.map_err(|e| {
                let path = dir.display().to_string();
                local(&crate::fl!("files-cannot-save-into", path = path), e)
            })?;
            if handling == Handling::OpenExternally
                && safe_to_open(&path)
                && open_with_desktop(&path).await
            {
                Ok(Fetched::Opened(path))
            } else {
                Ok(Fetched::Saved(path))
            }
        }
        Handling::ViewText => {
            let path = part.path().to_path_buf();
            blocking(move || read_text(&path))
                .await?
                .map_err(|e| local(&crate::fl!("files-cannot-read-back"), e))
        }
        Handling::ViewImage => {
            let path = part.path().to_path_buf();
            blocking(move || decode_image(&path))
                .await?
                .map_err(Error::Local)
        }
    }
}

/// The start of a text file as the viewer shows it: cleaned like ticket text (escape
/// sequences, bidirectional tricks), invalid UTF-8 replaced.
fn read_text(path: &Path) -> std::io::Result<Fetched> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let size = file.metadata()?.len();
    let mut bytes = Vec::new();
    file.take(VIEW_TEXT).read_to_end(&mut bytes)?;
    let text = String::from_utf8_lossy(&bytes);
    Ok(Fetched::Text {
        text: crate::text::clean_text(&text.replace("\r\n", "\n")),
        cut: size > VIEW_TEXT,
    })
}

/// A picture decoded from `path`, whatever its name claims it is, within memory limits;
/// a file the decoder cannot read (or that makes it fail) is an error to show, never a crash.
fn decode_image(path: &Path) -> Result<Fetched, String> {
    let read = || -> Result<image::DynamicImage, String> {
        let mut reader = image::ImageReader::open(path)
            .map_err(|e| e.to_string())?
            .with_guessed_format()
            .map_err(|e| e.to_string())?;
        let mut limits = image::Limits::default();
        limits.max_image_width = Some(16_384);
        limits.max_image_height = Some(16_384);
        limits.max_alloc = Some(256 * 1024 * 1024);
        reader.limits(limits);
        reader.decode().map_err(|e| e.to_string())
    };
    let decoded = std::panic::catch_unwind(read)
        .map_err(|_| crate::fl!("files-decoder-failed"))?
        .map_err(|e| crate::fl!("files-not-a-picture", why = e))?;
    let fitted = if decoded.width() > IMAGE_SIDE || decoded.height() > IMAGE_SIDE {
        decoded.thumbnail(IMAGE_SIDE, IMAGE_SIDE)
    } else {
        decoded
    };
    Ok(Fetched::Image(Arc::new(fitted)))
}

/// Whether a downloaded file may go to the desktop's opener: documents, pictures, sound and
/// video, judged by its name and by its bytes, never a program or a script (an opener may run
/// those). Anything else is only saved.
fn safe_to_open(path: &Path) -> bool {
    const RUNNABLE: &[&str] = &[
        "exe", "com", "scr", "bat", "cmd", "msi", "ps1", "vbs", "js", "jse", "wsf", "hta", "sh",
        "bash", "zsh", "command", "app", "appimage", "desktop", "jar", "py", "pl", "rb", "run",
        "bin", "elf", "deb", "rpm", "dmg", "pkg", "lnk", "reg",
    ];
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if extension.is_empty() || RUNNABLE.contains(&extension.as_str()) {
        return false;
    }
    let named = mime_guess::from_path(path)
        .first()
        .map(|m| m.essence_str().to_string())
        .unwrap_or_default();
    let document = ["image/", "audio/", "video/", "text/", "font/"]
        .iter()
        .any(|p| named.starts_with(p))
        || named == "application/pdf"
        || named == "application/rtf"
        || named.starts_with("application/vnd.openxmlformats-officedocument.")
        || named.starts_with("application/vnd.oasis.opendocument.")
        || named.starts_with("application/vnd.ms-")
        || named == "application/msword";
    let sniffed_program = infer::get_from_path(path)
        .ok()
        .flatten()
        .is_some_and(|kind| kind.matcher_type() == infer::MatcherType::App);
    document && !sniffed_program
}

/// Hands `path` to the desktop's opener (`open` on macOS, `xdg-open` elsewhere) without
/// waiting for what it opens; whether it started.
async fn open_with_desktop(path: &Path) -> bool {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    tokio::process::Command::new(opener)
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(false)
        .spawn()
        .is_ok()
}

/// A file the agent attaches, described.
pub async fn describe(path: PathBuf) -> Result<crate::backend::OutgoingFile, String> {
    let shown = path.display().to_string();
    blocking(move || crate::backend::outgoing::describe(&path))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| crate::fl!("files-cannot-attach", path = shown, why = e.to_string()))
}

/// A folder's entries, folders marked, hidden ones left out unless asked for by a leading dot
/// (the completer asks for what the agent typed).
pub async fn list(dir: PathBuf) -> Result<Vec<(String, bool)>, String> {
    let shown = dir.display().to_string();
    blocking(move || {
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(&dir)?.flatten().take(5_000) {
            let name = entry.file_name().to_string_lossy().into_owned();
            let is_dir = entry.path().is_dir();
            entries.push((name, is_dir));
        }
        entries.sort();
        Ok::<_, std::io::Error>(entries)
    })
    .await
    .map_err(|e| e.to_string())?
    .map_err(|e| crate::fl!("files-cannot-list", path = shown, why = e.to_string()))
}

/// Runs blocking file work off the async workers; a panic there becomes an error.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Error> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| Error::Local(crate::fl!("files-work-failed", why = e.to_string())))
}

fn local(what: &str, err: std::io::Error) -> Error {
    Error::Local(format!("{what}: {err}"))
}

#[cfg(test)]
mod tests {
    use super::safe_to_open;

    #[test]
    fn only_documents_go_to_the_desktop_never_programs() {
        let dir = tempfile::tempdir().expect("dir");
        let file = |name: &str, bytes: &[u8]| {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).expect("write");
            path
        };
        assert!(safe_to_open(&file("invoice.pdf", b"%PDF-1.4")));
        assert!(safe_to_open(&file("report.docx", b"PK\x03\x04")));
        assert!(!safe_to_open(&file("setup.exe", b"MZ")));
        assert!(!safe_to_open(&file("fix.sh", b"#!/bin/sh")));
        assert!(!safe_to_open(&file("run.desktop", b"[Desktop Entry]")));
        assert!(!safe_to_open(&file("noextension", b"data")));
        assert!(
            !safe_to_open(&file("invoice.pdf.exe", b"MZ")),
            "the last extension counts"
        );
        let mut elf = b"\x7fELF\x02\x01\x01".to_vec();
        elf.resize(64, 0);
        assert!(
            !safe_to_open(&file("photo.png", &elf)),
            "a program named like a picture is caught by its bytes"
        );
    }
}
