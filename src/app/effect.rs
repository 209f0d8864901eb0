//! Effects: work `update` asks for and never does itself. The event loop hands them to the
//! runner (help desk calls, files) or the terminal host (editor, clipboard, suspend).

use std::time::Duration;

use super::state::{Outgoing, RequestId};
use crate::app::state::records::DraftRecord;
use crate::backend::{Changes, Contact, Opening, Reply, TicketId, View};
use crate::canned::Canned;

/// What to do with a downloaded attachment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handling {
    /// Into the download folder.
    Save,
    /// Read for the built-in viewer (only the start of a long file); not kept.
    ViewText,
    /// Decoded for showing in the terminal; not kept.
    ViewImage,
    /// Into the download folder, then handed to the desktop's opener.
    OpenExternally,
}

/// Work under way that a later effect may abort.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Work {
    /// A `LoadView`, `LoadTicket` or `LoadHistory`, by its request.
    Request(RequestId),
    /// A ticket fetched ahead.
    Prefetch(TicketId),
}

/// One piece of work to do outside `update`.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    LoadMe,
    LoadAgents,
    /// The statuses the desk has, for the status menu.
    LoadStatuses,
    /// The desk's custom field definitions.
    LoadFields,
    LoadView {
        req: RequestId,
        view: usize,
        spec: View,
        page: Option<String>,
    },
    LoadTicket {
        req: RequestId,
        id: TicketId,
    },
    /// Fetch a ticket ahead of need.
    Prefetch(TicketId),
    /// Stop work the agent has moved away from; its connection closes.
    Abort(Work),
    LoadHistory {
        req: RequestId,
        requester: Contact,
    },
    /// The ticket's history of changes.
    LoadChanges {
        req: RequestId,
        ticket: TicketId,
    },
    /// The help desk's responses merged with the local files.
    LoadCanned {
        req: RequestId,
    },
    /// Ask the help desk to render a canned response for a ticket (Zendesk macros).
    RenderCanned {
        req: RequestId,
        ticket: TicketId,
        canned: Canned,
    },
    /// Filter a large view's tickets off the UI task.
    Filter {
        req: RequestId,
        view: usize,
        tickets: std::sync::Arc<Vec<crate::backend::TicketSummary>>,
        languages: std::sync::Arc<crate::app::state::queue::Languages>,
        query: String,
    },
    /// Count the tags of a large queue off the UI task, for the tags prompt.
    CountTags {
        req: RequestId,
        views: Vec<std::sync::Arc<Vec<crate::backend::TicketSummary>>>,
        also: Vec<String>,
    },
    /// Answer with `Msg::Tick` after `delay`, to keep a countdown moving.
    Tick(Duration),
    /// Answer with `Msg::Elapsed(req)` after `delay`.
    Debounce {
        req: RequestId,
        delay: Duration,
    },
    /// Answer with `Msg::Elapsed(req)` after `delay`: the next try of a reply in the outbox.
    /// (Kept apart from `Debounce` so tests can fire it when they choose.)
    Retry {
        req: RequestId,
        delay: Duration,
    },
    Send {
        req: RequestId,
        ticket: TicketId,
        reply: Reply,
    },
    /// Change a ticket's fields for the outbox entry whose try is `req`, guarded by the
    /// version the agent saw; answered as `Loaded::Sent`.
    Apply {
        req: RequestId,
        ticket: TicketId,
        changes: Changes,
        expected_version: Option<String>,
    },
    /// Read the ticket to find out whether a reply whose try failed midway arrived.
    CheckDelivery {
        req: RequestId,
        ticket: TicketId,
    },
    /// Change fields; `expected_version` is the version the agent saw, where known.
    Update {
        ticket: TicketId,
        changes: Changes,
        what: String,
        expected_version: Option<String>,
    },
    /// Save a draft (atomically, in order with the other saves).
    SaveDraft(Box<DraftRecord>),
    /// Remove a draft's file.
    RemoveDraft(TicketId),
    /// Remove customer files fetched into a draft that nothing needs any more (only those in
    /// the draft files' folder; the agent's own files are never touched).
    ForgetFiles(Vec<std::path::PathBuf>),
    /// Save the whole outbox: this frontdesk's entries, which hold every entry adopted from
    /// frontdesks that quit up to adoption `.1` (`store::outbox::Claim::save`).
    SaveOutbox(Vec<Outgoing>, u64),
    /// Take over the outbox entries of frontdesks on this profile that are gone.
    AdoptOutbox,
    /// Save the views as last seen, for the next start.
    SaveCache(crate::app::state::records::Cache),
    /// Keep a ticket's conversation as last read, for opening it at once next time.
    SaveConversation(Box<crate::app::state::records::CachedTicket>),
    /// Read the conversation kept for a ticket; answered with `Loaded::Cached`.
    ReadConversation(TicketId),
    /// Save what was sent today.
    SaveTally(crate::app::state::records::Tally),
    /// Keep a copy of unsaved replies and drafts (this text) outside the data folder, in the
    /// system's temporary folder; answered with `Loaded::Copied`.
    KeepCopy(String),
    /// Store how often each canned response was used.
    SaveUsage(Vec<(String, u32)>),
    /// Hand the draft (or, with `field`, a paragraph field of the form) to $VISUAL /
    /// $EDITOR.
    OpenEditor {
        ticket: TicketId,
        text: String,
        field: Option<String>,
    },
    /// Put text on the clipboard (OSC 52).
    Copy(String),
    /// Answer with `Msg::Elapsed(req)` after `delay`: time for the next poll. (Kept apart
    /// from `Debounce` so tests can fire it when they choose.)
    PollAfter {
        req: RequestId,
        delay: Duration,
    },
    /// Ask the help desk which tickets changed since `since`.
    Poll {
        req: RequestId,
        since: jiff::Timestamp,
    },
    /// Download an attachment, answering with `Loaded::Progress` as bytes arrive and
    /// `Loaded::Fetched` at the end. More than `limit` bytes fails the download.
    Download {
        req: RequestId,
        ticket: TicketId,
        attachment: crate::backend::Attachment,
        handling: Handling,
        dir: std::path::PathBuf,
        limit: Option<u64>,
    },
    /// Read a file the agent attaches: its size, checksum and type.
    DescribeFile {
        req: RequestId,
        ticket: TicketId,
        path: std::path::PathBuf,
    },
    /// List a folder, for completing a path.
    ListDir {
        req: RequestId,
        dir: std::path::PathBuf,
    },
    /// Open a new ticket (an outbox entry's try).
    Create {
        req: RequestId,
        opening: Box<Opening>,
        message: Reply,
    },
    /// Look for the ticket an earlier try of `opening` may have created.
    FindCreated {
        req: RequestId,
        opening: Box<Opening>,
    },
    /// Make one change to a batch of tickets (a bulk job's step).
    BulkApply {
        req: RequestId,
        tickets: Vec<TicketId>,
        changes: Changes,
    },
    /// Read the tickets a bulk step was changing when its answer was lost.
    BulkCheck {
        req: RequestId,
        tickets: Vec<TicketId>,
    },
    /// Read the queues or groups a new ticket can start in.
    LoadQueues {
        req: RequestId,
    },
    /// Merge ticket `source` into `target`.
    Merge {
        source: TicketId,
        target: TicketId,
    },
    /// Keep the recent searches (newest first) for the next start.
    SaveSearches(Vec<String>),
    /// Keep the commands allowed to be sent ticket text.
    SaveConsent(Vec<String>),
    /// Run the agent's translate command on a message's text.
    Translate(Box<crate::app::runner::translate::Job>),
    /// Ring the terminal bell.
    Bell,
    Suspend,
    Quit,
}
