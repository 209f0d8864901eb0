//! Messages: everything that happens to the interface, from the terminal or from finished work.

use jiff::Timestamp;

use super::state::RequestId;
use crate::backend::{Agent, Error, Page, QueueRef, Ticket, TicketId, TicketSummary};
use crate::canned::Canned;
use crate::diag::Diagnostic;
use crate::keymap::KeyChord;

/// One thing that happened.
// Messages are moved once through a channel; boxing the large ones would only add allocations.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Msg {
    /// The time of the batch of messages about to be handled.
    Clock(Timestamp),
    Key(KeyChord),
    Paste(String),
    Resize {
        width: u16,
        height: u16,
    },
    /// A debounce timer ran out.
    Elapsed(RequestId),
    /// A second has passed while a countdown is shown.
    Tick,
    /// The help desk asked frontdesk to hold its requests until then (`None`: it may go on).
    Throttled(Option<Timestamp>),
    /// The external editor returned with the draft's new text.
    Edited {
        ticket: TicketId,
        /// The form's paragraph field the text is for; `None`: the ticket's draft.
        field: Option<String>,
        result: Result<String, String>,
    },
    /// The process was asked to end (SIGTERM, SIGHUP).
    Terminate,
    /// An entry made outside the interface (a command for scripts: `frontdesk reply`, `set`,
    /// `new`) joins the outbox and starts, as a sent draft would.
    Queue(Box<super::state::Outgoing>),
    /// Every entry in the outbox is tried now (`frontdesk outbox retry`).
    RetryAll,
    /// The outbox entry with this number is discarded (`frontdesk outbox drop`).
    DropOutgoing(u64),
    /// Ticket N is opened, as `#N` would open it (`frontdesk open N`).
    OpenTicket(TicketId),
    Loaded(Loaded),
}

/// A finished download.
#[derive(Debug, Clone)]
pub enum Fetched {
    /// Saved to the download folder.
    Saved(std::path::PathBuf),
    /// Saved, and handed to the desktop's opener.
    Opened(std::path::PathBuf),
    /// The start of a text file, cleaned.
    Text { text: String, cut: bool },
    /// A picture, decoded.
    Image(std::sync::Arc<image::DynamicImage>),
}

/// The answer to an effect.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Loaded {
    Me(Result<Agent, Error>),
    Agents(Result<Vec<Agent>, Error>),
    Statuses(Result<Vec<crate::backend::Status>, Error>),
    Fields(Result<Vec<crate::backend::FieldDef>, Error>),
    View {
        req: RequestId,
        view: usize,
        first_page: bool,
        result: Result<Page, Error>,
    },
    Ticket {
        req: RequestId,
        result: Result<Ticket, Error>,
    },
    /// The tickets changed since the last poll.
    Changed {
        req: RequestId,
        result: Result<Vec<TicketSummary>, Error>,
        /// What the poll cost, and the desk's limit as its answers said.
        cost: crate::app::state::watch::PollCost,
    },
    /// The conversation kept on disk for a ticket, if any.
    Cached {
        id: TicketId,
        record: Option<Box<crate::app::state::records::CachedTicket>>,
    },
    /// A ticket fetched ahead of need (errors are not worth telling).
    Prefetched {
        id: TicketId,
        ticket: Option<Ticket>,
    },
    History {
        req: RequestId,
        result: Result<Vec<TicketSummary>, Error>,
    },
    Changes {
        req: RequestId,
        result: Result<Vec<crate::backend::Event>, Error>,
    },
    Canned {
        req: RequestId,
        result: Result<Vec<Canned>, Error>,
        diagnostics: Vec<Diagnostic>,
    },
    /// A canned response as the help desk rendered it (`None`: frontdesk renders it).
    Rendered {
        req: RequestId,
        ticket: TicketId,
        canned: Canned,
        result: Result<Option<crate::canned::Rendered>, Error>,
    },
    Sent {
        req: RequestId,
        ticket: TicketId,
        public: bool,
        result: Result<(), Error>,
    },
    /// A large view's filter, computed off the UI task: indices of the matching tickets.
    Filtered {
        req: RequestId,
        view: usize,
        visible: Vec<usize>,
    },
    /// The tags of a large queue, counted off the UI task.
    TagsCounted {
        req: RequestId,
        words: Vec<crate::app::state::complete::Word>,
    },
    /// Outbox entries taken over from frontdesks on the profile that quit, with the adoption's
    /// number (0: none) and anything worth saying about entries that could not be read.
    Adopted {
        number: u64,
        items: Vec<crate::app::state::Outgoing>,
        problem: Option<String>,
    },
    /// The ticket, read to find out whether a reply arrived.
    Checked {
        req: RequestId,
        result: Result<Ticket, Error>,
    },
    Updated {
        ticket: TicketId,
        what: String,
        result: Result<(), Error>,
    },
    /// The copy of unsaved work was written (where), or not (why).
    Copied(Result<std::path::PathBuf, String>),
    /// A new ticket opened, with its number.
    Created {
        req: RequestId,
        result: Result<TicketId, Error>,
    },
    /// The ticket an earlier try created, if the desk has one.
    FoundCreated {
        req: RequestId,
        result: Result<Option<TicketId>, Error>,
    },
    /// A bulk step's answer: each ticket with how it went.
    BulkApplied {
        req: RequestId,
        result: Result<crate::backend::Outcomes, Error>,
    },
    /// The tickets of a bulk step as they are now (`None`: gone).
    BulkChecked {
        req: RequestId,
        result: Result<Vec<(TicketId, Option<TicketSummary>)>, Error>,
    },
    /// The queues or groups a new ticket can start in.
    Queues {
        req: RequestId,
        result: Result<Vec<QueueRef>, Error>,
    },
    /// A message translated by the agent's command (or why not).
    Translated {
        ticket: TicketId,
        message: String,
        result: Result<String, String>,
    },
    /// A merge done (or why not).
    Merged {
        source: TicketId,
        target: TicketId,
        result: Result<(), Error>,
    },
    /// Bytes of a download so far.
    Progress {
        req: RequestId,
        done: u64,
    },
    /// A download finished (or why not).
    Fetched {
        req: RequestId,
        result: Result<Fetched, Error>,
    },
    /// A file to attach, read (or why not).
    Described {
        req: RequestId,
        ticket: TicketId,
        result: Result<crate::backend::OutgoingFile, String>,
    },
    /// A folder's entries (name, whether a folder), for completing a path.
    Listed {
        req: RequestId,
        result: Result<Vec<(String, bool)>, String>,
    },
    /// A file frontdesk keeps was written (or not).
    Stored {
        /// Which of the writer's files; `None` for the others (usage counts).
        kind: Option<crate::app::state::Kept>,
        result: Result<(), String>,
    },
}
