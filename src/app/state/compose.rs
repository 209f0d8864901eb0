//! The composer: one draft per ticket, kept when the agent leaves it, so switching tickets
//! never loses typed text.

use std::collections::HashMap;

use ratatui::style::Style;
use ratatui_textarea::TextArea;

use super::input::{editor, text_of};
use super::remote::RequestId;
use crate::backend::{Changes, TicketId};

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
    /// The send under way, if any.
    pub sending: Option<RequestId>,
    /// A canned response the help desk is rendering for this draft, if any.
    pub rendering: Option<RequestId>,
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
            sending: None,
            rendering: None,
        };
        draft.editor.set_search_style(unresolved);
        draft.editor.set_placeholder_text(if public {
            "Write your reply. ctrl-t inserts a canned response; ctrl-s sends."
        } else {
            "Write a note for other agents. ctrl-t inserts a canned response; ctrl-s adds it."
        });
        // The pattern is a constant known to compile; a failure would only lose highlighting.
        let _ = draft.editor.set_search_pattern(PLACEHOLDER);
        draft
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
        self.text().trim().is_empty() && self.changes.is_empty()
    }
}

/// The composer pane.
#[derive(Debug, Default)]
pub struct ComposeState {
    pub drafts: HashMap<TicketId, Draft>,
    /// The draft on screen and taking keys.
    pub open: Option<TicketId>,
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

    /// Drafts with text in them, for the quit warning.
    pub fn unsent(&self) -> usize {
        self.drafts.values().filter(|d| !d.is_blank()).count()
    }
}
