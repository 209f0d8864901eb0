//! Everything the interface knows, split by pane. Only `update` changes it; views read it.

pub mod complete;
pub mod compose;
pub mod detail;
pub mod field_form;
pub mod files;
pub mod input;
pub mod marks;
pub mod new_ticket;
pub mod outbox;
pub mod overlay;
pub mod queue;
mod queue_filter;
pub mod records;
pub mod remote;
pub mod seen;
mod session;
pub mod timeline;
pub mod translation;
pub mod watch;

use std::collections::HashMap;
use std::sync::Arc;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use ratatui::style::Style;

pub use compose::{ComposeState, Draft};
pub use detail::{DetailState, Prefetch};
pub use outbox::{Outbox, Outgoing};
pub use overlay::Overlay;
pub use queue::{QueueState, ViewState};
pub use remote::{Remote, RequestId, Requests};
pub use session::{Session, Signing, customer_time};
pub use watch::{News, Watch};

use crate::backend::{Capabilities, View};
use crate::canned::Canned;
use crate::diag::Diagnostic;
use crate::keymap::{Context, Keymap};

/// Which pane takes keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Queue,
    Detail,
    Compose,
}

/// How much a notice matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Info,
    Warning,
    Error,
}

/// A message for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub level: Level,
    pub text: String,
}

/// What of the agent's a save keeps, as the status line tells of a save that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kept {
    Drafts,
    Outbox,
    Cache,
    Tally,
}

/// The status line: the latest notice until the next key, and a history for `:messages`.
#[derive(Debug, Default)]
pub struct StatusLine {
    pub history: Vec<Notice>,
    /// Whether the latest notice is still on screen.
    pub showing: bool,
    /// Files that could not be saved, and why: shown whenever no newer notice is, until a
    /// save of the same kind succeeds.
    pub unsaved: Vec<(Kept, Notice)>,
}

/// How many notices `:messages` keeps.
const HISTORY: usize = 100;

impl StatusLine {
    /// Shows a notice and keeps it in the history.
    pub fn push(&mut self, level: Level, text: impl Into<String>) {
        self.history.push(Notice {
            level,
            text: text.into(),
        });
        if self.history.len() > HISTORY {
            self.history.remove(0);
        }
        self.showing = true;
    }

    /// The notice on screen, if any: the latest until the next key, else a file that could
    /// not be saved.
    pub fn current(&self) -> Option<&Notice> {
        self.history
            .last()
            .filter(|_| self.showing)
            .or_else(|| self.unsaved.last().map(|(_, notice)| notice))
    }

    /// A save of `kind` failed: the problem stays on the status line until one succeeds.
    pub fn save_failed(&mut self, kind: Kept, text: String) {
        self.push(Level::Error, text.clone());
        self.unsaved.retain(|(k, _)| *k != kind);
        self.unsaved.push((
            kind,
            Notice {
                level: Level::Error,
                text,
            },
        ));
    }

    /// A save of `kind` succeeded after failing; whether a problem was taken down.
    pub fn saved(&mut self, kind: Kept) -> bool {
        let before = self.unsaved.len();
        self.unsaved.retain(|(k, _)| *k != kind);
        self.unsaved.len() != before
    }
}

/// Canned responses from every source, and how often each was used.
#[derive(Debug, Default)]
pub struct CannedState {
    pub list: Remote<Vec<Canned>>,
    /// What ranking needs of `list`, prepared when it loads.
    pub index: crate::canned::rank::Index,
    pub usage: HashMap<String, u32>,
}

/// Everything the interface knows.
#[derive(Debug)]
pub struct State {
    pub session: Session,
    pub focus: Focus,
    pub queue: QueueState,
    pub detail: DetailState,
    pub prefetch: Prefetch,
    pub compose: ComposeState,
    pub outbox: Outbox,
    pub canned: CannedState,
    pub overlay: Option<Overlay>,
    pub status: StatusLine,
    pub requests: Requests,
    /// New tickets and replies noticed by polling.
    pub watch: Watch,
    /// Attachments: downloads under way, where they go.
    pub files: files::FilesState,
    /// Set when the program should end.
    pub quit: bool,
    /// Printed in the terminal once the screen is left: the replies and drafts that could not
    /// be saved, or where a copy of them went.
    pub farewell: Option<String>,
}

/// What the interface starts from.
#[derive(Debug)]
pub struct Setup {
    pub desk: String,
    pub capabilities: Capabilities,
    pub views: Vec<View>,
    pub keymap: Arc<Keymap>,
    pub now: Timestamp,
    pub tz: TimeZone,
    pub size: (u16, u16),
    pub long_thread: u32,
    /// Customers' time zones by organisation or language, where the desk keeps none.
    pub time_zones: std::collections::BTreeMap<String, String>,
    pub triage: crate::triage::Triage,
    /// How often to poll for changes (`None`: never), and whether urgent news rings the bell.
    pub poll: Option<std::time::Duration>,
    /// The share of the desk's rate limit polling may use.
    pub poll_budget: f64,
    pub bell: bool,
    pub unresolved_style: Style,
    pub usage: HashMap<String, u32>,
    /// Problems found in the user's files, shown at start.
    pub diagnostics: Vec<Diagnostic>,
    /// Where a public reply's signature comes from.
    pub signing: Signing,
    /// Other frontdesks running on the same profile, found at start.
    pub others_running: usize,
    /// Drafts saved by an earlier run.
    pub drafts: Vec<crate::app::state::records::DraftRecord>,
    /// Replies an earlier run could not deliver.
    pub outbox: Vec<Outgoing>,
    /// The views as an earlier run last saw them, shown until live data arrives.
    pub cache: Option<crate::app::state::records::Cache>,
    /// What was sent today, as an earlier run left it.
    pub today: crate::app::state::records::Tally,
    /// Searches an earlier run made, newest first.
    pub searches: Vec<String>,
    /// Commands allowed to be sent ticket text (asked once per profile).
    pub consent: Vec<String>,
    /// The command that translates, if the agent set one.
    pub translate_cmd: Option<String>,
    /// The languages customers write in, as the team set them (`languages`).
    pub languages: Vec<String>,
    /// Where attachments are saved, and how pictures are shown.
    pub files: files::FilesState,
}

impl Setup {
    /// A start on `desk` with the configuration's defaults and nothing from an earlier run;
    /// callers override what they know (the user's files, a test's choices).
    pub fn new(
        desk: &dyn crate::backend::HelpDesk,
        keymap: Arc<Keymap>,
        now: Timestamp,
        tz: TimeZone,
        size: (u16, u16),
    ) -> Self {
        let config = crate::config::Config::default();
        Self {
            desk: desk.label(),
            capabilities: desk.capabilities(),
            views: desk.default_views(),
            keymap,
            now,
            tz,
            size,
            long_thread: config.long_thread,
            time_zones: Default::default(),
            triage: Default::default(),
            poll: config.poll_interval,
            poll_budget: config.poll_budget,
            bell: config.bell,
            unresolved_style: Style::default(),
            usage: HashMap::new(),
            diagnostics: Vec::new(),
            signing: Signing::Desk,
            others_running: 0,
            drafts: Vec::new(),
            outbox: Vec::new(),
            cache: None,
            today: Default::default(),
            searches: Vec::new(),
            consent: Vec::new(),
            translate_cmd: None,
            languages: crate::text::language::DEFAULT
                .iter()
                .map(|c| c.to_string())
                .collect(),
            files: files::FilesState::new(std::env::temp_dir()),
        }
    }
}

impl State {
    /// The state before anything has been loaded.
    pub fn new(setup: Setup) -> Self {
        let mut status = StatusLine::default();
        for diag in &setup.diagnostics {
            status.push(Level::Warning, diag.to_string());
        }
        if setup.diagnostics.len() > 1 {
            status.push(
                Level::Warning,
                crate::fl!("start-config-problems", count = setup.diagnostics.len()),
            );
        }

        if setup.others_running > 0 {
            status.push(
                Level::Warning,
                crate::fl!("start-others-running", count = setup.others_running),
            );
        }
        if !setup.drafts.is_empty() {
            status.push(
                Level::Info,
                crate::fl!("start-drafts-kept", count = setup.drafts.len()),
            );
        }
        if !setup.outbox.is_empty() {
            status.push(
                Level::Warning,
                crate::fl!("start-outbox-waiting", count = setup.outbox.len()),
            );
        }
        Self {
            session: Session {
                desk: setup.desk,
                me: None,
                agents: Vec::new(),
                seen_owners: Vec::new(),
                capabilities: setup.capabilities,
                keymap: setup.keymap,
                now: setup.now,
                tz: setup.tz,
                size: setup.size,
                long_thread: setup.long_thread,
                time_zones: setup.time_zones,
                unresolved_style: setup.unresolved_style,
                refreshed_at: None,
                cached_at: setup.cache.as_ref().map(|c| c.saved_at),
                away: None,
                today: setup.today,
                throttled_until: None,
                triage: setup.triage.clone(),
                ask_again: false,
                after_views: false,
                searches: setup.searches,
                consent: setup.consent,
                translate_cmd: setup.translate_cmd,
                languages: setup.languages.clone(),
                queues: Remote::default(),
                fields: setup
                    .cache
                    .as_ref()
                    .map(|c| c.fields.clone())
                    .unwrap_or_default(),
                move_waiting: None,
                signing: setup.signing,
                fields_unknown: Vec::new(),
            },
            focus: Focus::Queue,
            queue: QueueState::from_cache(
                setup.views,
                setup.cache,
                &setup.triage.order(setup.now),
                &setup.languages,
            ),

            detail: DetailState::default(),
            prefetch: Prefetch::default(),
            compose: ComposeState {
                drafts: setup
                    .drafts
                    .into_iter()
                    .map(|r| (r.ticket, Draft::restore(r, setup.unresolved_style)))
                    .collect(),
                ..ComposeState::default()
            },
            outbox: Outbox::restored(setup.outbox),
            canned: CannedState {
                list: Remote::default(),
                index: Default::default(),
                usage: setup.usage,
            },
            overlay: None,
            status,
            requests: Requests::default(),
            watch: Watch {
                every: setup.poll,
                share: setup.poll_budget,
                bell: setup.bell,
                ..Watch::default()
            },
            files: setup.files,
            quit: false,
            farewell: None,
        }
    }

    /// The version of a ticket as the agent last saw it: from the open ticket if it is that
    /// one, else from its queue row.
    pub fn version_seen(&self, id: crate::backend::TicketId) -> Option<String> {
        self.detail
            .loaded()
            .filter(|t| t.summary.id == id)
            .map(|t| t.summary.version.clone())
            .unwrap_or_else(|| self.queue.find(id).and_then(|t| t.version.clone()))
    }

    /// The signature a public reply on ticket `id` gets: where the agent signs with the
    /// desk's and the desk keeps one for the ticket's group (Zammad), that one; else the
    /// session's (`Session::signature`).
    pub fn signature_for(&self, id: crate::backend::TicketId) -> Option<&str> {
        let ticket = self.detail.loaded().filter(|t| t.summary.id == id);
        self.signature_on(ticket)
    }

    /// The signature a public reply on `ticket` gets (the desk's for the ticket, where it
    /// has one and signing is the desk's), when the ticket is at hand.
    pub fn signature_on<'a>(
        &'a self,
        ticket: Option<&'a crate::backend::Ticket>,
    ) -> Option<&'a str> {
        let of_ticket = ticket
            .and_then(|t| t.signature.as_deref())
            .map(str::trim)
            .filter(|s| !s.is_empty());
        match (&self.session.signing, of_ticket) {
            (session::Signing::Desk, Some(signature)) => Some(signature),
            _ => self.session.signature(),
        }
    }

    /// Where keys go now, for keymap lookup.
    pub fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Picker(_)) => Context::Picker,
            Some(Overlay::Palette(_)) => Context::Palette,
            Some(Overlay::Menu(_)) => Context::Menu,
            Some(Overlay::Prompt(_)) => Context::Prompt,
            // Typing into help's search edits a line, as the queue's filter does.
            Some(Overlay::Panel(p)) if p.typing => Context::Filter,
            Some(Overlay::Viewer(v)) if v.typing => Context::Filter,
            Some(Overlay::Panel(_) | Overlay::Viewer(_)) => Context::Panel,
            Some(Overlay::Files(_)) => Context::Files,
            Some(Overlay::Form(_)) => Context::Form,
            None => match self.focus {
                Focus::Queue if self.queue.filtering => Context::Filter,
                Focus::Queue => Context::Queue,
                Focus::Detail => Context::Detail,
                Focus::Compose => Context::Compose,
            },
        }
    }
}

/// Why the help desk cannot be used just now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Away {
    /// What happened, in the agent's words.
    pub why: String,
    /// The desk refused the credential: it answers, but not to this agent until they sign in
    /// again. Otherwise it did not answer at all.
    pub signed_out: bool,
}

impl Away {
    /// What the title bar calls it.
    pub fn label(&self) -> String {
        if self.signed_out {
            crate::fl!("title-signed-out")
        } else {
            crate::fl!("title-offline")
        }
    }
}
