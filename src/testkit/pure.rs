//! `update` with nothing behind it: no runner, no help desk answering. A test says which
//! answers arrive, in which order, and reads the effects asked for. For the rules that hold
//! whatever a desk does: stale answers dropped, the outbox's states, a conflict handed back.

use std::sync::Arc;

use jiff::tz::TimeZone;

use super::fixed_now;
use crate::app::effect::Effect;
use crate::app::msg::{Loaded, Msg};
use crate::app::state::{Setup, State};
use crate::app::{init, update};
use crate::backend::demo::DemoDesk;
use crate::keymap::{KeyChord, Keymap};
use crate::model::{Page, Status, StatusKind, Ticket, TicketId, TicketSummary};

/// A state, and the effects the last step asked for.
pub struct Pure {
    pub state: State,
    pub fx: Vec<Effect>,
}

impl Pure {
    /// The interface at start on a 100x30 screen, each view waiting for its first page.
    pub fn new() -> Self {
        // Only for the setup (views, capabilities); nothing is ever asked of it.
        let desk = DemoDesk::new(fixed_now(), fixed_now).expect("demo data");
        let (keymap, _) = Keymap::shipped("default").expect("default keymap");
        let setup = Setup::new(
            &desk,
            Arc::new(keymap),
            fixed_now(),
            TimeZone::UTC,
            (100, 30),
        );
        let mut state = State::new(setup);
        let fx = init(&mut state);
        Self { state, fx }
    }

    /// The interface with the first view's first page answered with `rows`.
    pub fn with_rows(rows: &[(u64, &str)]) -> Self {
        let mut pure = Self::new();
        let req = pure
            .find(|e| match e {
                Effect::LoadView { req, view: 0, .. } => Some(*req),
                _ => None,
            })
            .expect("the first view is asked for");
        let tickets = rows.iter().map(|(id, subject)| row(*id, subject)).collect();
        pure.on(Msg::Loaded(Loaded::View {
            req,
            view: 0,
            first_page: true,
            result: Ok(Page {
                tickets,
                total: Some(rows.len()),
                next: None,
            }),
        }));
        pure
    }

    /// View `view`'s first page answered with `result`, as the request under way.
    pub fn answer_view(&mut self, view: usize, result: Result<Page, crate::backend::Error>) {
        let req = self.state.queue.views[view]
            .pending
            .expect("the view was asked for");
        self.on(Msg::Loaded(Loaded::View {
            req,
            view,
            first_page: true,
            result,
        }));
    }

    /// One message in; `fx` holds what it asked for.
    pub fn on(&mut self, msg: Msg) -> &[Effect] {
        self.fx = update(&mut self.state, msg);
        &self.fx
    }

    /// Keys as in keymap files, one message each; `fx` holds what the last asked for, plus
    /// every earlier key's effects before it.
    pub fn keys(&mut self, keys: &str) {
        let mut all = Vec::new();
        for name in keys.split_whitespace() {
            let chord: KeyChord = name.parse().unwrap_or_else(|e| panic!("{name}: {e}"));
            all.extend(update(&mut self.state, Msg::Key(chord)));
        }
        self.fx = all;
    }

    /// Types `text` into whatever has focus, a key per character.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.fx = update(&mut self.state, Msg::Key(KeyChord::char(c)));
        }
    }

    /// The first of the last effects `pick` says something about.
    pub fn find<T>(&self, pick: impl Fn(&Effect) -> Option<T>) -> Option<T> {
        self.fx.iter().find_map(pick)
    }
}

/// An open, normal ticket row.
pub fn row(id: u64, subject: &str) -> TicketSummary {
    TicketSummary {
        subject: subject.into(),
        status: Status::new("open", StatusKind::Open),
        created_at: fixed_now(),
        updated_at: fixed_now(),
        ..TicketSummary::new(TicketId(id))
    }
}

/// A ticket as a desk would answer for `summary`, with no messages.
pub fn ticket(summary: TicketSummary) -> Ticket {
    Ticket {
        summary,
        conversation: Vec::new(),
        older_not_shown: false,
        links: Vec::new(),
        cc: Vec::new(),
        url: None,
        fields: Vec::new(),
        time: None,
        queue: None,
        signature: None,
    }
}
