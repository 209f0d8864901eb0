//! Windows drawn over the panes: the canned-response picker, the command palette, small
//! menus, one-line prompts and read-only panels. One at a time; it takes every key.

use super::RequestId;
use super::complete::{Cycle, Word};
use super::files::{FileList, Purpose, Viewer};
use super::input::LineInput;
use crate::action::Action;
use crate::backend::{AgentId, Changes, Priority, TicketId};
use crate::canned::rank::Ranked;
use crate::canned::{Audience, Canned};

/// The window on top, if any.
#[derive(Debug)]
pub enum Overlay {
    Picker(Picker),
    Palette(Palette),
    Menu(Menu),
    Prompt(Prompt),
    Panel(Panel),
    /// A ticket's attachments.
    Files(FileList),
    /// One attachment's contents.
    Viewer(Viewer),
    /// A ticket's custom fields, to edit.
    Form(super::field_form::FieldForm),
}

/// The canned-response picker, for the draft of `ticket`.
#[derive(Debug)]
pub struct Picker {
    pub ticket: TicketId,
    pub query: LineInput,
    pub matches: Vec<Ranked>,
    /// The (trimmed) query `matches` answer; a longer query ranks only among them.
    pub ranked_for: Option<String>,
    pub selected: usize,
}

/// The command palette: actions found by fuzzy name.
#[derive(Debug)]
pub struct Palette {
    pub query: LineInput,
    /// Matching actions with the matched character positions of their names.
    pub matches: Vec<(Action, Vec<usize>)>,
    pub selected: usize,
}

/// What a menu choice does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Status(String),
    /// A status that deletes or hides the ticket, confirmed.
    StatusConfirmed(String),
    /// Merge `source` into `target`, once confirmed.
    MergeInto {
        source: TicketId,
        target: TicketId,
    },
    /// Merge `source` into a ticket whose number is typed.
    MergeByNumber(TicketId),
    /// The merge, confirmed.
    MergeConfirmed {
        source: TicketId,
        target: TicketId,
    },
    Priority(Priority),
    /// The change for the marked tickets, confirmed: (what changes, in words).
    BulkConfirmed(Box<(crate::backend::Changes, String)>),
    /// Open this ticket (a linked one).
    Open(TicketId),
    /// A new ticket's queue (`None`: the desk's default).
    Queue(Option<crate::backend::QueueRef>),
    Assignee(Option<AgentId>),
    /// Time logged without a message, with a status change or none: (the change, in words).
    Timed(Box<(crate::backend::Changes, String)>),
    /// Move the ticket (or the marked ones) to this queue or group.
    MoveTo(crate::backend::QueueRef),
    /// An outbox entry, by id: opens what can be done with it.
    Outgoing(u64),
    /// Try every outbox entry now.
    SendAllNow,
    SendNow(u64),
    /// Back to the composer as a draft.
    EditOutgoing(u64),
    DiscardOutgoing(u64),
    /// The draft on this ticket, thrown away once confirmed.
    DiscardDraft(TicketId),
    /// Quitting while replies or drafts could not be saved.
    Leaving(Leave),
    /// A canned response for the other audience, to go in after all.
    Insert(Box<Insertion>),
    /// A draft's audience, as the agent chose it.
    Audience {
        ticket: TicketId,
        public: bool,
    },
    /// A download over `max_download`, confirmed.
    Fetch(Box<FetchAsk>),
    /// The path prompt, for one more file on the draft.
    AttachAnother,
    /// A file off the draft.
    RemoveFile(std::path::PathBuf),
    /// The agent allows this command to be sent ticket text (`translate_cmd`).
    AllowCommand {
        command: String,
        draft: bool,
    },
    /// Close the menu, nothing else.
    Nothing,
}

/// A download waiting for the agent's word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchAsk {
    pub ticket: TicketId,
    pub attachment: crate::backend::Attachment,
    pub purpose: Purpose,
}

/// A rendered canned response on its way into a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Insertion {
    pub ticket: TicketId,
    pub canned: Canned,
    pub text: String,
    /// Placeholders left without a value.
    pub unresolved: Vec<String>,
    /// Who the text is for: the response's own, or what the desk rendered it as.
    pub audience: Audience,
    /// The draft's audience once it is in, where the agent chose one.
    pub make_public: Option<bool>,
    /// Files on the help desk the response brings (a Zendesk macro's), fetched on insert.
    pub files: Vec<crate::backend::Attachment>,
}

/// What to do about work that could not be saved, when quitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    SaveAgain,
    /// A copy in the system's temporary folder (often another filesystem), then quit.
    CopyAndQuit,
    PrintAndQuit,
    QuitAnyway,
    Stay,
}

/// A small menu of choices for one ticket.
#[derive(Debug)]
pub struct Menu {
    pub title: String,
    pub ticket: TicketId,
    pub items: Vec<(String, Choice)>,
    /// An index into [`Menu::shown`].
    pub selected: usize,
    /// Typed to narrow the items (fifty agents to the Joes).
    pub query: LineInput,
    /// Set where the menu asks yes or no before changing something.
    pub question: Option<Question>,
}

/// A yes-or-no question: the menu's first item says yes and its last no. `y` and `n` answer
/// it; `enter` takes the selection, which starts on no.
#[derive(Debug, Default)]
pub struct Question {
    /// What the yes changes, one line each (`#12 Printer on fire`), shown above the answers.
    pub listing: Vec<String>,
    /// The first line of `listing` on screen.
    pub scroll: usize,
}

impl Menu {
    /// The items the query leaves, as indices into `items`, in their order.
    pub fn shown(&self) -> Vec<usize> {
        let query = self.query.text().trim();
        if query.is_empty() {
            return (0..self.items.len()).collect();
        }
        let matcher = crate::text::fuzzy::matcher();
        self.items
            .iter()
            .enumerate()
            .filter(|(_, (label, _))| matcher.score(label, query).is_some())
            .map(|(i, _)| i)
            .collect()
    }

    /// The item the selection is on.
    pub fn chosen(&self) -> Option<&(String, Choice)> {
        self.shown()
            .get(self.selected)
            .and_then(|&i| self.items.get(i))
    }
}

/// What a prompt's answer is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptFor {
    /// Space-separated tags for the ticket; `had` is what the agent was shown, so the answer
    /// adds and removes exactly what they changed.
    Tags { id: TicketId, had: Vec<String> },
    /// A file for the draft of `ticket`: a path, Tab completing from the file system.
    AttachFile { ticket: TicketId },
    /// The CC (or with `bcc`, the BCC) addresses of the draft of `ticket`.
    Recipients { ticket: TicketId, bcc: bool },
    /// A ticket number to open.
    GoTo,
    /// What to search the desk for; `recalled` is the earlier search shown (up/down).
    Search { recalled: Option<usize> },
    /// The ticket `source` is merged into.
    MergeInto { source: TicketId },
    /// The time spent on the draft of `ticket`.
    TimeSpent { ticket: TicketId },
    /// Time spent on `ticket`, logged on its own.
    TimeAlone { ticket: TicketId },
    /// Who the message `message` of `ticket` is forwarded to.
    ForwardTo { ticket: TicketId, message: String },
}

/// A one-line question.
#[derive(Debug)]
pub struct Prompt {
    pub title: String,
    pub purpose: PromptFor,
    pub input: LineInput,
    /// The words Tab completes to.
    pub words: Vec<Word>,
    /// Set while the words are found off the UI task (a large queue's tags, a folder's
    /// entries).
    pub counting: Option<RequestId>,
    /// The folder `words` lists, for a path prompt.
    pub words_for: Option<String>,
    /// Set while Tab cycles through candidates; any other key ends it.
    pub cycle: Option<Cycle>,
}

impl Prompt {
    /// An empty prompt for `purpose`.
    pub fn new(title: String, purpose: PromptFor) -> Self {
        Self {
            title,
            purpose,
            input: LineInput::default(),
            words: Vec::new(),
            counting: None,
            words_for: None,
            cycle: None,
        }
    }

    /// Whether tab completes in this prompt (tags, a file's path, addresses).
    pub fn completes(&self) -> bool {
        matches!(
            self.purpose,
            PromptFor::Tags { .. } | PromptFor::AttachFile { .. } | PromptFor::Recipients { .. }
        )
    }

    /// While Tab cycles through candidates: the next one replaces the current one in the
    /// field. Whether a cycle was under way.
    pub fn cycle_on(&mut self) -> bool {
        let Some(cycle) = &mut self.cycle else {
            return false;
        };
        let current = cycle.candidates[cycle.index].chars().count();
        cycle.index = (cycle.index + 1) % cycle.candidates.len();
        self.input
            .replace_before_cursor(current, &cycle.candidates[cycle.index]);
        true
    }
}

/// What the field's words change against what the agent was shown.
pub fn tag_changes(had: &[String], field: &str) -> Changes {
    let mut wanted: Vec<&str> = Vec::new();
    // `-word` removes a tag whether or not it was shown (how marked tickets lose one).
    let mut gone: Vec<String> = Vec::new();
    for w in field.split_whitespace() {
        if let Some(tag) = w.strip_prefix('-').filter(|t| !t.is_empty()) {
            gone.push(tag.to_string());
        } else if !wanted.contains(&w) {
            wanted.push(w);
        }
    }
    Changes {
        tags_add: wanted
            .iter()
            .filter(|w| !had.iter().any(|h| h == *w))
            .map(|w| w.to_string())
            .collect(),
        tags_remove: had
            .iter()
            .filter(|h| !wanted.contains(&h.as_str()) && !gone.contains(h))
            .cloned()
            .chain(gone.iter().cloned())
            .collect(),
        ..Changes::default()
    }
}

/// `+new -gone`, as the status line and the prompt's preview say it.
pub fn describe_tags(changes: &Changes) -> String {
    let mut what: Vec<String> = changes.tags_add.iter().map(|t| format!("+{t}")).collect();
    what.extend(changes.tags_remove.iter().map(|t| format!("-{t}")));
    what.join(" ")
}

/// Which read-only panel is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelKind {
    Help,
    Stats,
    Messages,
}

/// A read-only panel with its scroll position.
#[derive(Debug)]
pub struct Panel {
    pub kind: PanelKind,
    pub scroll: usize,
    /// Help's search (`/`): only the keys whose words hold it are listed.
    pub search: Option<LineInput>,
    /// Whether keys type into the search.
    pub typing: bool,
}

impl Panel {
    /// A panel at its top, with no search.
    pub fn new(kind: PanelKind) -> Self {
        Self {
            kind,
            scroll: 0,
            search: None,
            typing: false,
        }
    }

    /// What the search holds, trimmed; empty without one.
    pub fn query(&self) -> &str {
        self.search.as_ref().map_or("", |s| s.text().trim())
    }
}
