//! Asking for a secret on the terminal. Echo goes off *before* the prompt is shown (input typed
//! or pasted earlier is discarded), so no part of a token is ever displayed; ctrl-c gives the
//! terminal back as it was.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};

use tokio::signal::unix::{SignalKind, signal};

use rustix::termios::{LocalModes, OptionalActions, Termios, tcgetattr, tcsetattr};

/// Puts the terminal back as it was when dropped.
struct Quiet {
    tty: File,
    saved: Termios,
}

impl Quiet {
    fn restore(&self) {
        let _ = tcsetattr(&self.tty, OptionalActions::Now, &self.saved);
    }
}

impl Drop for Quiet {
    fn drop(&mut self) {
        self.restore();
    }
}

/// Shows `prompt` on the terminal and reads one line without echoing it.
pub async fn read_secret(prompt: &str) -> std::io::Result<String> {
    // The handlers are installed before echo goes off: a ctrl-c that lands between the two
    // would otherwise kill the process with the terminal still silent.
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    let mut hangup = signal(SignalKind::hangup())?;
    let tty = OpenOptions::new().read(true).write(true).open("/dev/tty")?;
    let saved = tcgetattr(&tty)?;
    let mut quiet = saved.clone();
    quiet.local_modes.remove(LocalModes::ECHO);
    quiet.local_modes.insert(LocalModes::ECHONL);
    // Flush: what was typed before this point was typed before anything was asked.
    tcsetattr(&tty, OptionalActions::Flush, &quiet)?;
    let guard = Quiet {
        tty: tty.try_clone()?,
        saved,
    };
    let mut out = tty.try_clone()?;
    out.write_all(prompt.as_bytes())?;
    out.flush()?;
    let reading = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        BufReader::new(tty).read_line(&mut line).map(|_| line)
    });
    tokio::select! {
        line = reading => {
            drop(guard);
            let line = line.map_err(std::io::Error::other)??;
            Ok(line.trim_end_matches(['\r', '\n']).to_string())
        }
        _ = interrupt.recv() => interrupted(&guard, &mut out, 130),
        _ = terminate.recv() => interrupted(&guard, &mut out, 143),
        _ = hangup.recv() => interrupted(&guard, &mut out, 129),
    }
}

/// Gives the terminal back and leaves with the shell's code for the signal.
fn interrupted(guard: &Quiet, out: &mut File, code: i32) -> ! {
    guard.restore();
    let _ = out.write_all(b"\n");
    std::process::exit(code);
}
