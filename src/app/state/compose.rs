//! The composer: one draft per ticket, kept when the agent leaves it, so switching tickets
//! never loses typed text.

use std::collections::HashMap;

use jiff::Timestamp;
use ratatui::style::Style;
use ratatui_textarea::TextArea;

use super::input::{editor, text_of};
use super::new_ticket::{NEW_TICKET, NewForm};
use super::remote::RequestId;
use super::seen::Seen;
use crate::app::state::records::DraftRecord;
use crate::backend::{Changes, OutgoingFile, TicketId};

/// The pattern that highlights `{{…}}` placeholders left in a draft.
const PLACEHOLDER: &str = r"\{\{[^{}]*\}\}";

/// A reply or note being written.
#[derive(Debug, Clone)]
pub struct Draft {
    pub ticket: TicketId,
    /// `true`: the customer will read it. `false`: an internal note.
    pub public: bool,
    pub editor: TextArea<'static>,
    /// Changes from inserted canned responses, applied with the send.
    pub changes: Changes,
    /// Canned responses inserted, counted as used when the draft is sent.
    pub canned_used: Vec<String>,
    /// Why the last send failed or was refused.
    pub error: Option<String>,
    /// A canned response the help desk is rendering for this draft, if any.
    pub rendering: Option<RequestId>,
    /// The ticket as the agent had it when starting (or last confirming) the draft.
    pub seen: Option<Seen>,
    /// What changed on the ticket since `seen`, shown above the text until sent.
    pub changed: Vec<String>,
    /// The agent has been shown `changed` once at send: the next send goes through.
    pub confirm_armed: bool,
    /// The agent changed the ticket themselves: its next load becomes `seen` silently.
    pub resync: bool,
    /// When the draft was saved by an earlier run, until the agent has been told it is back.
    pub restored_at: Option<Timestamp>,
    /// Changed since it was last saved.
    pub dirty: bool,
    /// Files going with it, in the order attached.
    pub files: Vec<OutgoingFile>,
    /// Copies beyond the requester (a reply's only; a note goes to agents).
    pub cc: Vec<String>,
    pub bcc: Vec<String>,
    /// The form of a new ticket (this draft is its first message); `None` for a reply.
    pub form: Option<NewForm>,
    /// Set where the draft forwards one of the ticket's messages to someone else.
    pub forward: Option<crate::backend::Forward>,
}

impl Draft {
    /// An empty draft; `unresolved` styles leftover placeholders.
    pub fn new(ticket: TicketId, public: bool, unresolved: Style) -> Self {
        let mut draft = Self {
            ticket,
            public,
            editor: editor(""),
            changes: Changes::default(),
            canned_used: Vec::new(),
            error: None,
            rendering: None,
            seen: None,
            changed: Vec::new(),
            confirm_armed: false,
            resync: false,
            restored_at: None,
            dirty: false,
            files: Vec::new(),
            cc: Vec::new(),
            bcc: Vec::new(),
            form: None,
            forward: None,
        };
        draft.editor.set_search_style(unresolved);
        draft.editor.set_placeholder_text(if public {
            crate::fl!("draft-placeholder-reply")
        } else {
            crate::fl!("draft-placeholder-note")
        });
        // The pattern is a constant known to compile; a failure would only lose highlighting.
        let _ = draft.editor.set_search_pattern(PLACEHOLDER);
        draft
    }

    /// A draft saved by an earlier run.
    pub fn restore(record: DraftRecord, unresolved: Style) -> Self {
        let mut draft = Self::new(record.ticket, record.public, unresolved);
        draft.editor.insert_str(&record.text);
        draft.changes = record.changes;
        draft.canned_used = record.canned_used;
        draft.seen = record.seen;
        draft.restored_at = Some(record.saved_at);
        draft.files = record.files;
        draft.cc = record.cc;
        draft.bcc = record.bcc;
        draft.form = record.new_ticket.map(NewForm::restore);
        draft.forward = record.forward;
        draft
    }

    /// An empty new ticket: its form, then its first message (public unless switched).
    pub fn new_ticket(unresolved: Style) -> Self {
        let mut draft = Self::new(NEW_TICKET, true, unresolved);
        draft.form = Some(NewForm::default());
        draft
            .editor
            .set_placeholder_text(crate::fl!("draft-placeholder-new"));

        draft
    }

    /// The draft as it is saved.
    pub fn record(&self, now: Timestamp) -> DraftRecord {
        DraftRecord {
            ticket: self.ticket,
            public: self.public,
            text: self.text(),
            changes: self.changes.clone(),
            canned_used: self.canned_used.clone(),
            seen: self.seen.clone(),
            saved_at: now,
            files: self.files.clone(),
            cc: self.cc.clone(),
            bcc: self.bcc.clone(),
            new_ticket: self.form.as_ref().map(NewForm::record),
            forward: self.forward.clone(),
        }
    }

    /// The draft's text.
    pub fn text(&self) -> String {
        text_of(&self.editor)
    }

    /// Replaces the whole text (after the external editor), keeping undo history.
    pub fn set_text(&mut self, text: &str) {
        self.editor.select_all();
        self.editor.cut();
        self.editor.insert_str(text);
    }

    /// Whether there is anything worth keeping.
    pub fn is_blank(&self) -> bool {
        self.text().trim().is_empty()
            && self.changes.is_empty()
            && self.files.is_empty()
            && self.cc.is_empty()
            && self.bcc.is_empty()
            && self.form.as_ref().is_none_or(NewForm::is_blank)
    }

    /// Adds a file, replacing one attached from the same path (attaching it again takes
    /// the file as it is now).
    pub fn attach(&mut self, file: OutgoingFile) {
        match self.files.iter_mut().find(|f| f.path == file.path) {
            Some(same) => *same = file,
            None => self.files.push(file),
        }
        self.dirty = true;
    }
}

/// The composer pane.
#[derive(Debug, Default)]
pub struct ComposeState {
    pub drafts: HashMap<TicketId, Draft>,
    /// The draft on screen and taking keys.
    pub open: Option<TicketId>,
    /// The composer was opened from the queue (`r`, `n`, `c` on a row): sending or leaving
    /// returns there, so the next key moves in the queue instead of acting on this ticket.
    pub from_queue: bool,
    /// The pending debounced save, if any.
    pub save_timer: Option<RequestId>,
    /// Counts changes to any draft, so the event loop knows when to refresh the copy kept
    /// for a panic.
    pub revision: u64,
}

impl ComposeState {
    /// The draft on screen.
    pub fn current(&self) -> Option<&Draft> {
        self.drafts.get(&self.open?)
    }

    /// The draft on screen, to change it.
    pub fn current_mut(&mut self) -> Option<&mut Draft> {
        self.drafts.get_mut(&self.open?)
    }

    /// Drafts with text in them.
    pub fn unsent(&self) -> usize {
        self.drafts.values().filter(|d| !d.is_blank()).count()
    }

    /// Every draft worth keeping, as saved.
    pub fn records(&self, now: Timestamp) -> Vec<DraftRecord> {
        self.drafts
            .values()
            .filter(|d| !d.is_blank())
            .map(|d| d.record(now))
            .collect()
    }
}

/// Whether `body` already carries `signature` (a canned response put it in, or a reply came
/// back from the outbox signed): compared on letters and digits, since a signature's
/// spacing and line breaks may differ.
pub fn signed(body: &str, signature: &str) -> bool {
    let plain = |t: &str| -> String { t.chars().filter(|c| c.is_alphanumeric()).collect() };
    let wanted = plain(signature);
    !wanted.is_empty() && plain(body).contains(&wanted)
}

/// `body` with `signature` under it, as mail signatures go (after a `-- ` line), unless it
/// already carries it.
pub fn with_signature(body: &str, signature: &str) -> String {
    if signed(body, signature) {
        return body.to_string();
    }
    format!("{}\n\n-- \n{}", body.trim_end(), signature.trim())
}

/// `body` without the signature [`with_signature`] put under it.
pub fn without_signature(body: &str, signature: &str) -> String {
    let added = format!("\n\n-- \n{}", signature.trim());
    body.strip_suffix(&added).unwrap_or(body).to_string()
}
