//! The real terminal: entering and leaving full-screen mode on every exit path (normal quit,
//! error, panic, signal), reading input, and the host services the event loop needs.

use std::io::{Write, stdout};
use std::sync::{Mutex, Once, PoisonError, TryLockError};

use async_trait::async_trait;
use base64::Engine;
use crossterm::event::{
    DisableBracketedPaste, EnableBracketedPaste, Event, EventStream, KeyEventKind,
};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use futures::StreamExt;
use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::event_loop::Host;
use crate::app::Msg;
use crate::keymap::KeyChord;

/// Puts the terminal in full-screen raw mode.
pub fn enter() -> std::io::Result<()> {
    enable_raw_mode()?;
    execute!(
        stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    )
}

/// Gives the terminal back as it was. Safe to call more than once.
pub fn leave() {
    // Each step is attempted even if an earlier one failed: a half-restored terminal is worse.
    let _ = execute!(
        stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = stdout().flush();
}

/// Whether the terminal has been handed back for good (after a panic). Frames are written
/// under this lock, so the hand-back can never be followed by half a frame from another thread.
static RELEASED: Mutex<bool> = Mutex::new(false);

/// Standard output for frames: each write holds the terminal lock, and once the terminal has
/// been handed back for good, frames are dropped.
pub struct Screen;

impl Screen {
    fn with<T>(
        default: T,
        f: impl FnOnce(&mut std::io::Stdout) -> std::io::Result<T>,
    ) -> std::io::Result<T> {
        let released = RELEASED.lock().unwrap_or_else(PoisonError::into_inner);
        if *released {
            Ok(default)
        } else {
            f(&mut stdout())
        }
    }
}

impl Write for Screen {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        Self::with(buf.len(), |out| out.write(buf))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Self::with((), |out| out.flush())
    }
}

/// Hands the terminal back for good: waits for a frame being written to finish, restores the
/// terminal, and stops all later frames.
fn release_for_good() {
    // A panic on the thread that holds the lock would never see it released; after a short
    // wait the terminal is restored anyway.
    let mut waited = 0;
    let mut guard = loop {
        match RELEASED.try_lock() {
            Ok(guard) => break Some(guard),
            Err(TryLockError::Poisoned(poisoned)) => break Some(poisoned.into_inner()),
            Err(TryLockError::WouldBlock) if waited < 200 => {
                std::thread::sleep(std::time::Duration::from_millis(1));
                waited += 1;
            }
            Err(TryLockError::WouldBlock) => break None,
        }
    };
    if let Some(released) = guard.as_mut() {
        **released = true;
    }
    leave();
}

/// Restores the terminal before a panic message is printed, so the message is readable and
/// the shell is usable afterwards, writes the drafts as last seen, then ends the process. Ending it matters: tokio catches a
/// panic in a background task and would let the interface run on in a restored terminal.
pub fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            release_for_good();
            crate::store::drafts::save_after_panic();
            previous(info);
            std::process::exit(101);
        }));
    });
}

/// Leaves full-screen mode when dropped, whatever path leads out.
pub struct Guard;

impl Guard {
    /// Enters full-screen mode.
    pub fn enter() -> std::io::Result<Self> {
        install_panic_hook();
        enter()?;
        Ok(Guard)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        leave();
    }
}

/// Turns a terminal event into a message, if it is one the interface cares about.
pub fn to_msg(event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            KeyChord::from_event(&key).map(Msg::Key)
        }
        Event::Paste(text) => Some(Msg::Paste(text)),
        Event::Resize(width, height) => Some(Msg::Resize { width, height }),
        _ => None,
    }
}

/// Reads terminal input on a task and forwards it as messages. It can be stopped, so that an
/// external editor (or the shell, after ctrl-z) gets every key typed while it runs.
pub struct InputPump {
    tx: UnboundedSender<Msg>,
    running: Option<(oneshot::Sender<()>, JoinHandle<()>)>,
}

impl InputPump {
    /// Starts reading.
    pub fn start(tx: UnboundedSender<Msg>) -> Self {
        let mut pump = Self { tx, running: None };
        pump.resume();
        pump
    }

    /// Starts reading again after `pause`.
    pub fn resume(&mut self) {
        if self.running.is_some() {
            return;
        }
        let (stop_tx, mut stop_rx) = oneshot::channel();
        let tx = self.tx.clone();
        let task = tokio::spawn(async move {
            let mut events = EventStream::new();
            loop {
                tokio::select! {
                    _ = &mut stop_rx => break,
                    event = events.next() => match event {
                        Some(Ok(event)) => {
                            if let Some(msg) = to_msg(event)
                                && tx.send(msg).is_err() {
                                    break;
                                }
                        }
                        // Input is gone (terminal closed): ask the program to end cleanly.
                        Some(Err(_)) | None => {
                            tracing::warn!(error = ?event.and_then(Result::err), "the terminal's input ended; quitting");
                            let _ = tx.send(Msg::Terminate);
                            break;
                        }
                    },
                }
            }
        });
        self.running = Some((stop_tx, task));
    }

    /// Stops reading and waits until the reader has let go of the terminal.
    pub async fn pause(&mut self) {
        if let Some((stop, task)) = self.running.take() {
            let _ = stop.send(());
            let _ = task.await;
        }
    }
}

/// The host for a real terminal.
pub struct TerminalHost {
    pub input: InputPump,
}

#[async_trait]
impl Host for TerminalHost {
    async fn suspend(&mut self) -> std::io::Result<()> {
        self.input.pause().await;
        leave();
        signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
        // Execution continues here once the shell resumes us (SIGCONT).
        enter()?;
        self.input.resume();
        Ok(())
    }

    async fn edit(&mut self, text: String) -> Result<String, String> {
        self.input.pause().await;
        leave();
        let result = run_editor(&text).await;
        let entered = enter().map_err(|e| e.to_string());
        self.input.resume();
        entered?;
        result
    }

    fn bell(&mut self) {
        // Through the frame writer, so it never lands inside half a frame.
        let mut screen = Screen;
        let _ = screen.write_all(b"\x07");
        let _ = screen.flush();
    }

    fn copy(&mut self, text: &str) {
        // OSC 52 asks the terminal (and tmux, with set-clipboard on) to set the clipboard. The
        // sequence is built here from cleaned text, never taken from a ticket.
        let encoded =
            base64::engine::general_purpose::STANDARD.encode(crate::text::clean_line(text));
        let mut out = stdout();
        let _ = write!(out, "\x1b]52;c;{encoded}\x07");
        let _ = out.flush();
    }
}

/// Runs $VISUAL or $EDITOR (else `vi`) on a temporary file holding `text`.
pub async fn run_editor(text: &str) -> Result<String, String> {
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|v| !v.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".to_string());
    let file = tempfile::Builder::new()
        .prefix("frontdesk-draft-")
        .suffix(".md")
        .tempfile()
        .map_err(|e| e.to_string())?;
    std::fs::write(file.path(), as_file(text)).map_err(|e| e.to_string())?;
    // Through the shell, so EDITOR may carry arguments ("code --wait", "emacsclient -t").
    let status = tokio::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("frontdesk")
        .arg(file.path())
        .env_remove(crate::credentials::TOKEN_VAR)
        .status()
        .await
        .map_err(|e| {
            crate::fl!(
                "editor-no-start",
                editor = editor.as_str(),
                why = e.to_string()
            )
        })?;
    if !status.success() {
        return Err(crate::fl!(
            "editor-exited",
            editor = editor.as_str(),
            status = status.to_string()
        ));
    }

    let edited = std::fs::read_to_string(file.path()).map_err(|e| e.to_string())?;
    Ok(crate::text::clean_text(&edited))
}

/// The draft as the editor's file: a text file ends with a newline (editors add one on save,
/// some complain when it is missing); the composer takes one trailing newline off again.
pub fn as_file(text: &str) -> String {
    if text.ends_with('\n') {
        text.to_string()
    } else {
        format!("{text}\n")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_editors_file_ends_with_a_newline_once() {
        assert_eq!(super::as_file("Hello"), "Hello\n");
        assert_eq!(super::as_file("Hello\n"), "Hello\n");
        assert_eq!(super::as_file(""), "\n");
    }
}
