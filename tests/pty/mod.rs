//! An interactive shell in a pseudo-terminal, for running the real binary as a user would.
//! A reader thread feeds everything the terminal receives into a vt100 parser and signals
//! each chunk, so waits are for output, never for time.
//!
//! Shared by several test binaries, each using part of it.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, SlavePty, native_pty_system};

/// How long any one wait may take before the test fails with the screen it saw.
const PATIENCE: Duration = Duration::from_secs(20);

/// A bash session in a pseudo-terminal.
pub struct Shell {
    pub parser: Arc<Mutex<vt100::Parser>>,
    chunks: Receiver<()>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn MasterPty + Send>,
    _slave: Box<dyn SlavePty + Send>,
    _child: Box<dyn Child + Send + Sync>,
    pub home: tempfile::TempDir,
    marks: u32,
    /// Every byte the terminal received, for checks the screen cannot show (escape sequences).
    raw: Arc<Mutex<Vec<u8>>>,
}

impl Shell {
    /// Starts `bash` with job control, a known prompt, and private config and data folders.
    pub fn start(cols: u16, rows: u16, env: &[(&str, &str)]) -> Self {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let home = tempfile::tempdir().expect("tempdir");
        let mut cmd = CommandBuilder::new("bash");
        cmd.args(["--norc", "--noprofile", "-i"]);
        cmd.cwd(home.path());
        cmd.env("PS1", "fd$ ");
        cmd.env("TERM", "xterm-256color");
        cmd.env("HOME", home.path());
        cmd.env("XDG_CONFIG_HOME", home.path().join("config"));
        cmd.env("XDG_DATA_HOME", home.path().join("data"));
        cmd.env(
            "PATH",
            format!(
                "{}:{}",
                bin_dir().display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        );
        cmd.env_remove("NO_COLOR");
        // English unless a test asks for another language, whatever the machine speaks.
        cmd.env("LANG", "C.UTF-8");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        cmd.env("RUST_BACKTRACE", "0");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn bash");
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            nonzero(rows),
            nonzero(cols),
            0,
        )));
        let (tx, chunks) = channel();
        let feed = parser.clone();
        let raw = Arc::new(Mutex::new(Vec::new()));
        let record = raw.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                record.lock().expect("raw").extend_from_slice(&buf[..n]);
                feed.lock().expect("parser").process(&buf[..n]);
                if tx.send(()).is_err() {
                    break;
                }
            }
        });
        let mut shell = Self {
            parser,
            chunks,
            writer,
            master: pair.master,
            _slave: pair.slave,
            _child: child,
            home,
            marks: 0,
            raw,
        };
        shell.wait_until("the prompt", |s| s.contents().contains("fd$ "));
        shell
    }

    /// Sends bytes as if typed.
    pub fn type_bytes(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    /// Types a line and presses enter.
    pub fn line(&mut self, text: &str) {
        self.type_bytes(format!("{text}\r").as_bytes());
    }

    /// Runs a shell command and waits for it to finish.
    pub fn run(&mut self, command: &str) {
        self.marks += 1;
        let mark = self.marks;
        // The typed line shows `$((N*1))`; only the output shows the bare number.
        self.line(&format!("{command}; echo \"done-$(({mark}*1))\""));
        let done = format!("done-{mark}");
        self.wait_until(&done, |s| s.contents().lines().any(|l| l.trim() == done));
    }

    /// Waits until `ready` holds for the screen; fails showing the screen after a while.
    pub fn wait_until(&mut self, what: &str, ready: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if ready(self.parser.lock().expect("parser").screen()) {
                return;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.chunks.recv_timeout(left) {
                Ok(()) => {}
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                    let screen = self.parser.lock().expect("parser").screen().contents();
                    panic!("waited for {what}; the screen shows:\n{screen}");
                }
            }
        }
    }

    /// Runs `check` on the screen as it is now; fails with what it says.
    pub fn check(&self, check: impl Fn(&vt100::Screen) -> Result<(), String>) {
        if let Err(why) = check(self.parser.lock().expect("parser").screen()) {
            panic!("{why}");
        }
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&mut self, text: &str) {
        self.wait_until(text, |s| s.contents().contains(text));
    }

    /// The screen as text.
    pub fn screen(&self) -> String {
        self.parser.lock().expect("parser").screen().contents()
    }

    /// Changes the terminal size, as a window resize does.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.parser
            .lock()
            .expect("parser")
            .screen_mut()
            .set_size(nonzero(rows), nonzero(cols));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize");
    }

    /// How many bytes the terminal has received so far.
    pub fn raw_len(&self) -> usize {
        self.raw.lock().expect("raw").len()
    }

    /// The bytes the terminal received after the first `from`.
    pub fn raw_since(&self, from: usize) -> Vec<u8> {
        self.raw.lock().expect("raw")[from..].to_vec()
    }

    /// Waits until `ready` holds for the file at `path` (checked whenever the terminal shows
    /// something new, and at least every 50 ms); fails after a while.
    pub fn wait_for_file(&mut self, path: &std::path::Path, ready: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if std::fs::read_to_string(path).is_ok_and(|t| ready(&t)) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "waited for {}; it holds: {:?}",
                path.display(),
                std::fs::read_to_string(path)
            );
            let _ = self
                .chunks
                .recv_timeout(std::time::Duration::from_millis(50));
        }
    }

    /// A path inside the session's private home.
    pub fn path(&self, name: &str) -> PathBuf {
        self.home.path().join(name)
    }
}

/// Sends `signal` (e.g. `TERM`) to the process whose command line contains `marker`, found
/// through /proc so the test needs no extra tools.
pub fn signal_process(marker: &str, signal: &str) {
    let pid = std::fs::read_dir("/proc")
        .expect("/proc")
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse::<u32>().ok()))
        .find(|pid| {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            let args: Vec<&[u8]> = cmdline.split(|b| *b == 0).collect();
            args.first().is_some_and(|a| a.ends_with(b"frontdesk"))
                && args.contains(&marker.as_bytes())
        })
        .unwrap_or_else(|| panic!("no frontdesk process with {marker}"));
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("kill -{signal} {pid}"))
        .status()
        .expect("sh");
    assert!(status.success(), "kill -{signal} {pid}");
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a terminal has at least one row and column")
}

/// Where cargo put the binary under test.
fn bin_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_frontdesk"))
        .parent()
        .expect("bin dir")
        .to_path_buf()
}
