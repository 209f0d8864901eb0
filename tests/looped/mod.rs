//! frontdesk's real event loop on ratatui's TestBackend, driven by scripted keys, for any help
//! desk. Scripts wait for screens, never for time. Shared by several test binaries.

#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use frontdesk::app::Msg;
use frontdesk::app::runner::Runner;
use frontdesk::app::state::State;
use frontdesk::backend::HelpDesk;
use frontdesk::keymap::{Key, KeyChord};
use frontdesk::paths::Paths;
use frontdesk::tui::event_loop::{self, Host};
use frontdesk::{startup, ui};
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// A host with no terminal behind it: nothing to suspend, no editor, no clipboard.
struct NoTerminal;

#[async_trait]
impl Host for NoTerminal {
    async fn suspend(&mut self) -> std::io::Result<()> {
        Ok(())
    }
    async fn edit(&mut self, text: String) -> Result<String, String> {
        Ok(text)
    }
    fn copy(&mut self, _text: &str) {}

    fn bell(&mut self) {}
}

/// frontdesk running in its event loop, with a way to type and to read the screen.
pub struct Running {
    keys: UnboundedSender<Msg>,
    screen: watch::Receiver<String>,
    pub task: JoinHandle<anyhow::Result<State>>,
    _config: tempfile::TempDir,
}

impl Running {
    /// Starts frontdesk on `desk` as the binary does, with the given files in its config
    /// folder, at `now` on a 100x30 screen.
    pub fn start(desk: Arc<dyn HelpDesk>, now: Timestamp, files: &[(&str, &str)]) -> Self {
        let config = tempfile::tempdir().expect("tempdir");
        for (name, text) in files {
            let path = config.path().join(name);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, text).expect("write");
        }
        let paths = Paths {
            config_file: config.path().join("config.toml"),
            config_dir: config.path().to_path_buf(),
            data_dir: config.path().join("data"),
        };
        // With a profile, as the binary runs: drafts and the outbox are kept on disk.
        let profile = frontdesk::config::Profile::new("test", frontdesk::config::BackendKind::Demo);
        let user = startup::load(&paths, false, Some(&profile));
        let setup = startup::setup(
            desk.as_ref(),
            &profile,
            &user,
            now,
            jiff::tz::TimeZone::UTC,
            (100, 30),
        );
        let (tx, rx) = unbounded_channel();
        let runner = Runner::new(desk, tx.clone(), user.files.clone());
        let (screen_tx, screen) = watch::channel(String::new());
        let theme = user.theme;
        let task = tokio::spawn(async move {
            let mut terminal = Terminal::new(TestBackend::new(100, 30))?;
            let mut observer = move |_: &State, buffer: &ratatui::buffer::Buffer| {
                screen_tx.send_replace(ui::screen_text(buffer));
            };
            event_loop::run(
                &mut terminal,
                &mut NoTerminal,
                &theme,
                State::new(setup),
                runner,
                rx,
                Some(&mut observer),
            )
            .await
        });
        Self {
            keys: tx,
            screen,
            task,
            _config: config,
        }
    }

    /// Sends a message as the terminal or a signal would (`Msg::Terminate` for SIGHUP).
    pub fn send(&self, msg: Msg) {
        self.keys.send(msg).expect("loop running");
    }

    /// The data folder: drafts, the outbox, the cache.
    pub fn data_dir(&self) -> std::path::PathBuf {
        self._config.path().join("data")
    }

    /// Waits for the loop to end and returns its final state.
    pub async fn finish(self) -> (State, tempfile::TempDir) {
        let state = self
            .task
            .await
            .expect("the loop did not panic")
            .expect("the loop ended cleanly");
        (state, self._config)
    }

    pub fn press(&self, keys: &str) {
        for name in keys.split_whitespace() {
            let chord: KeyChord = name.parse().expect("key name");
            self.keys.send(Msg::Key(chord)).expect("loop running");
        }
    }

    pub fn type_text(&self, text: &str) {
        for c in text.chars() {
            let chord = if c == '\n' {
                KeyChord::plain(Key::Enter)
            } else {
                KeyChord::char(c)
            };
            self.keys.send(Msg::Key(chord)).expect("loop running");
        }
    }

    /// Waits until the screen shows `what`; fails with the last screen after 10 s.
    pub async fn wait_for(&mut self, what: &str) -> String {
        self.wait_for_within(what, Duration::from_secs(10)).await
    }

    /// Waits until the screen shows `what`; fails with the last screen after `limit`.
    pub async fn wait_for_within(&mut self, what: &str, limit: Duration) -> String {
        let waited = tokio::time::timeout(limit, async {
            loop {
                if self.screen.borrow_and_update().contains(what) {
                    return;
                }
                if self.screen.changed().await.is_err() {
                    return;
                }
            }
        })
        .await;
        let screen = self.screen.borrow().clone();
        assert!(
            waited.is_ok() && screen.contains(what),
            "waited for {what:?}; the screen shows:\n{screen}"
        );
        screen
    }
}
