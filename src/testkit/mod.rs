//! Test support: the interface wired to a demo desk. Effects are answered by the real demo
//! desk one at a time and in order, so tests are deterministic; debounce timers fire at once,
//! and effects meant for the terminal are recorded instead of performed.

use std::sync::Arc;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use tokio::sync::mpsc::unbounded_channel;

use crate::app::effect::Effect;
use crate::app::msg::Msg;
use crate::app::runner::{Files, Runner};
use crate::app::state::{RequestId, Setup, State};
use crate::app::{init, update};
use crate::backend::demo::DemoDesk;
use crate::backend::{TicketId, TicketSummary};
use crate::keymap::{Key, KeyChord, Keymap};

mod faulty;
pub mod pure;

pub use faulty::{Fault, Faults};

pub fn fixed_now() -> Timestamp {
    "2026-11-22T12:00:00Z".parse().expect("valid timestamp")
}

/// A state wired to a demo desk.
pub struct Harness {
    pub state: State,
    pub desk: Arc<DemoDesk>,
    /// Failures to inject into the desk's answers.
    pub faults: Arc<Faults>,
    runner: Runner,
    /// Effects for the terminal host, in the order asked for.
    pub host_effects: Vec<Effect>,
    /// Draft and outbox saves, in the order asked for.
    pub stored: Vec<Effect>,
    /// Outbox retry timers not yet fired (tests fire them with `Msg::Elapsed`).
    pub timers: Vec<RequestId>,
    /// Poll timers not yet fired (`fire_poll`).
    pub polls: Vec<RequestId>,
}

impl Harness {
    /// An 80x24 screen on the demo desk, every view loaded.
    pub async fn new() -> Self {
        Self::sized(80, 24).await
    }

    /// A screen of the given size on the demo desk, every view loaded.
    pub async fn sized(width: u16, height: u16) -> Self {
        Self::with(width, height, |_| {}).await
    }

    /// A screen of the given size on the demo desk, starting from a setup `adjust` changed
    /// (drafts and an outbox from an earlier run, say).
    pub async fn with(width: u16, height: u16, adjust: impl FnOnce(&mut Setup)) -> Self {
        let desk = DemoDesk::new(fixed_now(), fixed_now).expect("demo data");
        Self::with_desk(width, height, desk, adjust).await
    }

    /// A screen of the given size on `desk`, a demo desk set up its own way.
    pub async fn with_desk(
        width: u16,
        height: u16,
        desk: DemoDesk,
        adjust: impl FnOnce(&mut Setup),
    ) -> Self {
        let desk = Arc::new(desk);
        let faults = Arc::new(Faults::default());
        let (keymap, _) = Keymap::shipped("default").expect("default keymap");
        let (tx, _rx) = unbounded_channel();
        let faulty = Arc::new(faulty::FaultyDesk {
            inner: desk.clone(),
            faults: faults.clone(),
        });
        let runner = Runner::new(faulty, tx, Files::default());
        let mut setup = Setup {
            unresolved_style: crate::theme::Theme::shipped("default")
                .map(|(t, _)| t.get("compose.unresolved"))
                .unwrap_or_default(),
            ..Setup::new(
                desk.as_ref(),
                Arc::new(keymap),
                fixed_now(),
                TimeZone::UTC,
                (width, height),
            )
        };
        // Replies go unsigned unless a test asks for the signature, so bodies read as typed.
        setup.signing = crate::app::state::Signing::Off;
        adjust(&mut setup);
        let mut state = State::new(setup);
        let fx = init(&mut state);
        let mut harness = Self {
            state,
            desk,
            faults,
            runner,
            host_effects: Vec::new(),
            stored: Vec::new(),
            timers: Vec::new(),
            polls: Vec::new(),
        };
        harness.settle(fx).await;
        harness
    }

    /// Applies a message and everything it leads to.
    pub async fn msg(&mut self, msg: Msg) {
        let fx = update(&mut self.state, msg);
        self.settle(fx).await;
    }

    /// Presses keys written as in keymap files, separated by spaces: `j j enter ctrl-t`.
    pub async fn keys(&mut self, keys: &str) {
        for name in keys.split_whitespace() {
            let chord: KeyChord = name.parse().unwrap_or_else(|e| panic!("{name}: {e}"));
            self.msg(Msg::Key(chord)).await;
        }
    }

    /// Types text character by character, as a person would.
    pub async fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            let chord = if c == '\n' {
                KeyChord::plain(Key::Enter)
            } else {
                KeyChord::char(c)
            };
            self.msg(Msg::Key(chord)).await;
        }
    }

    pub async fn settle(&mut self, fx: Vec<Effect>) {
        let mut pending: std::collections::VecDeque<Effect> = fx.into();
        while let Some(effect) = pending.pop_front() {
            let answer = match effect {
                Effect::Debounce { req, .. } => Some(Msg::Elapsed(req)),
                Effect::Retry { req, .. } => {
                    self.timers.push(req);
                    None
                }
                Effect::PollAfter { req, .. } => {
                    self.polls.push(req);
                    None
                }
                Effect::SaveDraft(_)
                | Effect::RemoveDraft(_)
                | Effect::ForgetFiles(_)
                | Effect::SaveOutbox(..)
                | Effect::SaveCache(_)
                | Effect::SaveConversation(_)
                | Effect::SaveTally(_)
                | Effect::SaveConsent(_) => {
                    self.stored.push(effect);
                    None
                }
                // Countdown ticks are answered by the test, one at a time.
                Effect::Tick(_)
                | Effect::OpenEditor { .. }
                | Effect::Copy(_)
                | Effect::Bell
                | Effect::Suspend
                | Effect::Quit => {
                    self.host_effects.push(effect);
                    None
                }
                other => self.runner.perform(other).await,
            };
            if let Some(msg) = answer {
                pending.extend(update(&mut self.state, msg));
            }
        }
    }

    /// Fires the poll timer: the help desk is asked what changed.
    pub async fn fire_poll(&mut self) {
        let req = self.polls.pop().expect("a poll is scheduled");
        self.polls.clear();
        self.msg(Msg::Elapsed(req)).await;
    }

    /// Fires the oldest outbox retry timer.
    pub async fn fire_retry(&mut self) {
        assert!(!self.timers.is_empty(), "a retry is scheduled");
        let req = self.timers.remove(0);
        self.msg(Msg::Elapsed(req)).await;
    }

    /// The outbox as it was last saved.
    pub fn saved_outbox(&self) -> Option<&Vec<crate::app::state::Outgoing>> {
        self.stored.iter().rev().find_map(|e| match e {
            Effect::SaveOutbox(items, _) => Some(items),
            _ => None,
        })
    }

    /// The selected row of the view on screen.
    pub fn selected(&self) -> &TicketSummary {
        self.state.queue.selected().expect("a ticket is selected")
    }

    /// Ids of the visible rows of the view on screen.
    pub fn visible_ids(&self) -> Vec<TicketId> {
        let view = self.state.queue.current().expect("a view");
        view.visible.iter().map(|&i| view.tickets[i].id).collect()
    }

    /// The text of the latest notice.
    pub fn notice(&self) -> String {
        self.state
            .status
            .history
            .last()
            .map(|n| n.text.clone())
            .unwrap_or_default()
    }

    /// The text of the open draft.
    pub fn draft_text(&self) -> String {
        self.state
            .compose
            .current()
            .expect("a draft is open")
            .text()
    }

    /// The screen as text, drawn with the default theme at the state's size.
    pub fn screen(&self) -> String {
        screen_of(&self.state)
    }
}

/// `state` drawn with the default theme at its size, as text.
pub fn screen_of(state: &State) -> String {
    let (w, h) = state.session.size;
    let (theme, _) = crate::theme::Theme::shipped("default").expect("theme");
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|f| crate::ui::view(f, state, &theme))
        .expect("draw");
    crate::ui::screen_text(terminal.backend().buffer())
}
