//! Scripted keys through the real event loop (the one the binary runs) against the demo desk,
//! on ratatui's TestBackend. The script waits for screens, never for time.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use frontdesk::app::Msg;
use frontdesk::app::runner::Runner;
use frontdesk::app::state::State;
use frontdesk::backend::demo::DemoDesk;
use frontdesk::backend::{HelpDesk, MessageKind, TicketId};
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

fn now() -> Timestamp {
    "2026-11-22T12:00:00Z".parse().expect("valid")
}

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
}

/// frontdesk running in its event loop, with a way to type and to read the screen.
struct Running {
    keys: UnboundedSender<Msg>,
    screen: watch::Receiver<String>,
    desk: Arc<DemoDesk>,
    task: JoinHandle<anyhow::Result<State>>,
    _config: tempfile::TempDir,
}

impl Running {
    /// Starts frontdesk as the binary does, with the given files in its config folder.
    fn start(files: &[(&str, &str)]) -> Self {
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
        let desk = Arc::new(DemoDesk::new(now(), now).expect("demo"));
        let user = startup::load(&paths, false);
        let setup = startup::setup(
            desk.as_ref(),
            &user,
            now(),
            jiff::tz::TimeZone::UTC,
            (100, 30),
        );
        let (tx, rx) = unbounded_channel();
        let runner = Runner::new(desk.clone(), tx.clone(), user.files.clone());
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
            desk,
            task,
            _config: config,
        }
    }

    fn press(&self, keys: &str) {
        for name in keys.split_whitespace() {
            let chord: KeyChord = name.parse().expect("key name");
            self.keys.send(Msg::Key(chord)).expect("loop running");
        }
    }

    fn type_text(&self, text: &str) {
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
    async fn wait_for(&mut self, what: &str) -> String {
        let waited = tokio::time::timeout(Duration::from_secs(10), async {
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

fn top_ticket(screen: &str) -> TicketId {
    let row = screen.lines().nth(2).expect("first row");
    let id = row
        .split_whitespace()
        .find_map(|w| w.parse::<u64>().ok())
        .expect("an id on the first row");
    TicketId(id)
}

#[tokio::test(flavor = "multi_thread")]
async fn open_the_top_ticket_insert_a_canned_response_by_a_misspelt_query_and_send() {
    let mut app = Running::start(&[]);
    let screen = app.wait_for("updated ").await;
    let id = top_ticket(&screen);

    app.press("enter");
    app.wait_for(&format!("#{id} ")).await;
    app.press("r");
    app.wait_for("the customer sees this").await;
    app.press("ctrl-t");
    app.type_text("refnd");
    app.wait_for("> refnd").await;
    app.press("enter");
    app.wait_for("on send: status → solved, +tag refund").await;
    app.press("ctrl-s");
    let screen = app.wait_for("Reply sent to").await;

    let ticket = app.desk.ticket(id).await.expect("ticket");
    let last = ticket.conversation.last().expect("messages");
    assert_eq!(last.kind, MessageKind::Public);
    assert!(
        last.body.contains("I've refunded the charge in question"),
        "{}",
        last.body
    );
    assert!(
        !last.body.contains("{{"),
        "placeholders were rendered: {}",
        last.body
    );
    assert_eq!(ticket.summary.status.name, "solved");
    assert!(
        screen.contains("Sam Rivera → customer"),
        "the reply shows in the conversation:\n{screen}"
    );

    app.press("ctrl-c");
    let state = app.task.await.expect("joined").expect("loop ended cleanly");
    assert!(state.quit);
}

#[tokio::test(flavor = "multi_thread")]
async fn user_files_overlay_the_defaults_and_a_broken_one_is_reported_on_screen() {
    let local = "+++\ntitle = \"Our weekend hours\"\nabbrev = \";wk\"\n+++\nWe answer on weekends from 10 to 16, {{requester.first_name | default: \"friend\"}}.\n";
    let mut app = Running::start(&[
        (
            "keymap.toml",
            "[queue]\nx = \"open_ticket\"\nbogus = \"quit\"\n",
        ),
        ("theme.toml", "[styles\n"),
        ("responses/weekend.md", local),
    ]);
    let screen = app.wait_for("updated ").await;
    assert!(
        screen.contains("problems in your config files (:messages lists them)"),
        "{screen}"
    );
    app.press("x");
    app.wait_for("── Conversation").await;
    app.press("r");
    app.type_text(";wk");
    app.press("tab");
    app.wait_for("We answer on weekends from 10 to 16").await;
    app.press("ctrl-t");
    app.type_text("weekend");
    app.wait_for(";wk · local").await;
    app.press("esc esc : ");
    app.type_text("messages");
    app.press("enter");
    let screen = app.wait_for("Messages").await;
    assert!(
        screen.contains("keymap.toml: [queue] unknown key \"bogus\""),
        "{screen}"
    );
    assert!(screen.contains("theme.toml: line 1"), "{screen}");
}
