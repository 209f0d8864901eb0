//! The vocabulary of things a key can do. The names are what keymap files and the command
//! palette use, so renaming one is a breaking change for users' keymaps.

use std::fmt;
use std::str::FromStr;

/// One user-level command, bound to keys in keymap files and listed in the command palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    Help,
    Quit,
    Refresh,
    CommandPalette,
    Stats,
    Suspend,
    Messages,
    Outbox,
    RetrySave,
    SelectNext,
    SelectPrev,
    SelectFirst,
    SelectLast,
    PageDown,
    PageUp,
    OpenTicket,
    Filter,
    NextView,
    PrevView,
    View(u8),
    Reply,
    Note,
    ReplyWithCanned,
    AssignToMe,
    Assign,
    SetStatus,
    SetPriority,
    EditTags,
    Back,
    ScrollDown,
    ScrollUp,
    NextTicket,
    PrevTicket,
    FocusNext,
    CopyLink,
    PickCanned,
    ExpandAbbreviation,
    OpenEditor,
    Send,
    Leave,
    Insert,
    Complete,
    Confirm,
    Cancel,
    Attachments,
    OpenAttachment,
    SaveAttachment,
    AttachFile,
    EditRecipients,
    NextMessage,
    PrevMessage,
    FirstMessage,
    LastMessage,
    GoToTicket,
    Search,
    MergeTicket,
    NewTicket,
    SetQueue,
    PrevField,
    ToggleAudience,
    ToggleMark,
    MarkRange,
    Links,
    Fields,
    /// Move the ticket (or the marked tickets) to another queue or group.
    MoveTicket,
    /// Show the ticket's changes between its messages: folded, all, none.
    ShowChanges,
    /// Forward the message being read to someone outside the ticket.
    ForwardMessage,
    LogTime,
    /// Unbinds a key inherited from a base keymap.
    Noop,
}

/// Every action with its keymap name and the one-line description shown in help and the palette.
const TABLE: &[(Action, &str, &str)] = &[
    (Action::Help, "help", "show every key binding"),
    (Action::Quit, "quit", "quit frontdesk"),
    (
        Action::Refresh,
        "refresh",
        "reload the views and the open ticket",
    ),
    (
        Action::CommandPalette,
        "command_palette",
        "find any action by name",
    ),
    (Action::Stats, "stats", "open the stats panel"),
    (
        Action::Suspend,
        "suspend",
        "suspend to the shell (fg resumes)",
    ),
    (
        Action::Messages,
        "messages",
        "show recent messages and warnings",
    ),
    (
        Action::Outbox,
        "outbox",
        "show replies not yet delivered: send now, edit or discard",
    ),
    (
        Action::RetrySave,
        "retry_save",
        "save the outbox and drafts again after a failed save",
    ),
    (Action::SelectNext, "select_next", "move down"),
    (Action::SelectPrev, "select_prev", "move up"),
    (Action::SelectFirst, "select_first", "go to the first row"),
    (Action::SelectLast, "select_last", "go to the last row"),
    (Action::PageDown, "page_down", "move down a page"),
    (Action::PageUp, "page_up", "move up a page"),
    (
        Action::OpenTicket,
        "open_ticket",
        "open the selected ticket",
    ),
    (Action::Filter, "filter", "filter the view fuzzily"),
    (Action::NextView, "next_view", "switch to the next view"),
    (Action::PrevView, "prev_view", "switch to the previous view"),
    (Action::View(1), "view_1", "switch to view 1"),
    (Action::View(2), "view_2", "switch to view 2"),
    (Action::View(3), "view_3", "switch to view 3"),
    (Action::View(4), "view_4", "switch to view 4"),
    (Action::View(5), "view_5", "switch to view 5"),
    (Action::View(6), "view_6", "switch to view 6"),
    (Action::View(7), "view_7", "switch to view 7"),
    (Action::View(8), "view_8", "switch to view 8"),
    (Action::View(9), "view_9", "switch to view 9"),
    (Action::Reply, "reply", "write a public reply"),
    (Action::Note, "note", "write an internal note"),
    (
        Action::ReplyWithCanned,
        "reply_with_canned",
        "reply with a canned response",
    ),
    (
        Action::AssignToMe,
        "assign_to_me",
        "assign the ticket to me",
    ),
    (Action::Assign, "assign", "assign the ticket to an agent"),
    (Action::SetStatus, "set_status", "change the status"),
    (Action::SetPriority, "set_priority", "change the priority"),
    (Action::EditTags, "edit_tags", "add or remove tags"),
    (Action::Back, "back", "go back"),
    (Action::ScrollDown, "scroll_down", "scroll down"),
    (Action::ScrollUp, "scroll_up", "scroll up"),
    (
        Action::NextTicket,
        "next_ticket",
        "open the next ticket in the view",
    ),
    (
        Action::PrevTicket,
        "prev_ticket",
        "open the previous ticket in the view",
    ),
    (
        Action::FocusNext,
        "focus_next",
        "switch between conversation and other tickets",
    ),
    (
        Action::CopyLink,
        "copy_link",
        "copy the ticket's link to the clipboard",
    ),
    (
        Action::PickCanned,
        "pick_canned",
        "insert a canned response",
    ),
    (
        Action::ExpandAbbreviation,
        "expand_abbreviation",
        "expand the abbreviation before the cursor",
    ),
    (
        Action::OpenEditor,
        "open_editor",
        "edit the draft in $VISUAL / $EDITOR",
    ),
    (Action::Send, "send", "send the reply or note"),
    (
        Action::Leave,
        "leave",
        "leave the composer (the draft stays)",
    ),
    (Action::Insert, "insert", "insert the selected response"),
    (
        Action::Complete,
        "complete",
        "complete the word being typed (again: the next candidate)",
    ),
    (Action::Confirm, "confirm", "accept"),
    (Action::Cancel, "cancel", "cancel"),
    (
        Action::Attachments,
        "attachments",
        "list the ticket's attachments: open or save them",
    ),
    (
        Action::OpenAttachment,
        "open_attachment",
        "open the attachment: text and pictures here, others with the desktop",
    ),
    (
        Action::SaveAttachment,
        "save_attachment",
        "save the attachment to the download folder",
    ),
    (
        Action::AttachFile,
        "attach_file",
        "attach a file to the reply (or remove one)",
    ),
    (
        Action::EditRecipients,
        "edit_recipients",
        "edit who gets a copy of the reply (CC, BCC)",
    ),
    (
        Action::NextMessage,
        "next_message",
        "go to the next message",
    ),
    (
        Action::PrevMessage,
        "prev_message",
        "go to the previous message",
    ),
    (
        Action::FirstMessage,
        "first_message",
        "go to the first message",
    ),
    (
        Action::LastMessage,
        "last_message",
        "go to the latest message",
    ),
    (
        Action::GoToTicket,
        "go_to_ticket",
        "open ticket #N by its number, in a view or not",
    ),
    (
        Action::Search,
        "search",
        "search the whole desk: words, an e-mail address, or the desk's own query",
    ),
    (
        Action::MergeTicket,
        "merge_ticket",
        "merge this ticket into another (a duplicate into the original)",
    ),
    (
        Action::NewTicket,
        "new_ticket",
        "open a new ticket for a customer (one who phoned, say)",
    ),
    (
        Action::SetQueue,
        "set_queue",
        "choose the queue or group of a new ticket",
    ),
    (
        Action::PrevField,
        "prev_field",
        "back to the previous field of a form",
    ),
    (
        Action::ToggleAudience,
        "toggle_audience",
        "switch the draft between public (the customer sees it) and internal",
    ),
    (
        Action::ToggleMark,
        "toggle_mark",
        "mark or unmark the ticket for a change to many at once (s, p, A, a, t apply to all)",
    ),
    (
        Action::MarkRange,
        "mark_range",
        "start marking a range of tickets (move to stretch it; again to stop)",
    ),
    (
        Action::Links,
        "links",
        "open a ticket this one is linked to (refers to, depends on, problem, parent…)",
    ),
    (
        Action::Fields,
        "fields",
        "edit the ticket's custom fields (the empty ones too)",
    ),
    (
        Action::ForwardMessage,
        "forward_message",
        "forward the message being read to someone else, quoted, with its files",
    ),
    (
        Action::ShowChanges,
        "show_changes",
        "show the ticket's changes between its messages (again: every change; again: none)",
    ),
    (
        Action::MoveTicket,
        "move_ticket",
        "move the ticket to another queue, group, project or mailbox",
    ),
    (
        Action::LogTime,
        "log_time",
        "log the time spent with the reply or note (where the desk keeps time)",
    ),
    (Action::Noop, "noop", "unbind this key"),
];

impl Action {
    /// The name used in keymap files.
    pub fn name(self) -> &'static str {
        Self::entry(self).1
    }

    /// What the command palette calls it: a person's words, `…` where more is asked.
    pub fn title(self) -> &'static str {
        crate::action_titles::title(self)
    }

    /// A short description for help and the command palette.
    pub fn description(self) -> &'static str {
        Self::entry(self).2
    }

    /// All actions, in a stable order (the order of help and the palette).
    pub fn all() -> impl Iterator<Item = Action> {
        TABLE.iter().map(|(action, _, _)| *action)
    }

    fn entry(self) -> &'static (Action, &'static str, &'static str) {
        // Every variant has a row; the fallback only guards against a View(n) outside 1..=9.
        TABLE
            .iter()
            .find(|(a, _, _)| *a == self)
            .unwrap_or(&TABLE[TABLE.len() - 1])
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error for an action name no keymap understands.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown action \"{0}\" (see `frontdesk --list-actions`)")]
pub struct UnknownAction(pub String);

/// Other names accepted in keymap files: the picker's words in DESIGN.md, which mean the same
/// as the names used everywhere else.
const ALIASES: &[(&str, Action)] = &[("next", Action::SelectNext), ("prev", Action::SelectPrev)];

impl FromStr for Action {
    type Err = UnknownAction;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        TABLE
            .iter()
            .map(|(action, name, _)| (*name, *action))
            .chain(ALIASES.iter().copied())
            .find(|(name, _)| *name == s)
            .map(|(_, action)| action)
            .ok_or_else(|| UnknownAction(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_round_trips() {
        for action in Action::all() {
            assert_eq!(action.name().parse::<Action>(), Ok(action));
        }
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<_> = Action::all().map(Action::name).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
    }

    #[test]
    fn the_pickers_next_and_prev_are_accepted() {
        assert_eq!("next".parse(), Ok(Action::SelectNext));
        assert_eq!("prev".parse(), Ok(Action::SelectPrev));
    }

    #[test]
    fn unknown_name_is_an_error_naming_it() {
        let err = "fly".parse::<Action>().unwrap_err();
        assert!(err.to_string().contains("\"fly\""));
    }
}
