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
    /// Throws the draft away, after one question.
    DiscardDraft,
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
    /// The next line holding the viewer's search (`n`).
    SearchNext,
    /// The previous one (`N`).
    SearchPrev,
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
    /// Translates the message being read with the agent's `translate_cmd`.
    TranslateMessage,
    /// Translates the draft into the customer's language, into the editor for review.
    TranslateDraft,
    LogTime,
    /// Unbinds a key inherited from a base keymap.
    Noop,
}

/// Every action with its keymap name. Titles and descriptions are messages
/// (`action-<name>`, `action-<name>-about` in `i18n/<lang>/frontdesk.ftl`).
const TABLE: &[(Action, &str)] = &[
    (Action::Help, "help"),
    (Action::Quit, "quit"),
    (Action::Refresh, "refresh"),
    (Action::CommandPalette, "command_palette"),
    (Action::Stats, "stats"),
    (Action::Suspend, "suspend"),
    (Action::Messages, "messages"),
    (Action::Outbox, "outbox"),
    (Action::RetrySave, "retry_save"),
    (Action::SelectNext, "select_next"),
    (Action::SelectPrev, "select_prev"),
    (Action::SelectFirst, "select_first"),
    (Action::SelectLast, "select_last"),
    (Action::PageDown, "page_down"),
    (Action::PageUp, "page_up"),
    (Action::OpenTicket, "open_ticket"),
    (Action::Filter, "filter"),
    (Action::NextView, "next_view"),
    (Action::PrevView, "prev_view"),
    (Action::View(1), "view_1"),
    (Action::View(2), "view_2"),
    (Action::View(3), "view_3"),
    (Action::View(4), "view_4"),
    (Action::View(5), "view_5"),
    (Action::View(6), "view_6"),
    (Action::View(7), "view_7"),
    (Action::View(8), "view_8"),
    (Action::View(9), "view_9"),
    (Action::Reply, "reply"),
    (Action::Note, "note"),
    (Action::ReplyWithCanned, "reply_with_canned"),
    (Action::AssignToMe, "assign_to_me"),
    (Action::Assign, "assign"),
    (Action::SetStatus, "set_status"),
    (Action::SetPriority, "set_priority"),
    (Action::EditTags, "edit_tags"),
    (Action::Back, "back"),
    (Action::ScrollDown, "scroll_down"),
    (Action::ScrollUp, "scroll_up"),
    (Action::NextTicket, "next_ticket"),
    (Action::PrevTicket, "prev_ticket"),
    (Action::FocusNext, "focus_next"),
    (Action::CopyLink, "copy_link"),
    (Action::PickCanned, "pick_canned"),
    (Action::ExpandAbbreviation, "expand_abbreviation"),
    (Action::OpenEditor, "open_editor"),
    (Action::Send, "send"),
    (Action::Leave, "leave"),
    (Action::DiscardDraft, "discard_draft"),
    (Action::Insert, "insert"),
    (Action::Complete, "complete"),
    (Action::Confirm, "confirm"),
    (Action::Cancel, "cancel"),
    (Action::Attachments, "attachments"),
    (Action::OpenAttachment, "open_attachment"),
    (Action::SaveAttachment, "save_attachment"),
    (Action::AttachFile, "attach_file"),
    (Action::EditRecipients, "edit_recipients"),
    (Action::NextMessage, "next_message"),
    (Action::SearchNext, "search_next"),
    (Action::SearchPrev, "search_prev"),
    (Action::PrevMessage, "prev_message"),
    (Action::FirstMessage, "first_message"),
    (Action::LastMessage, "last_message"),
    (Action::GoToTicket, "go_to_ticket"),
    (Action::Search, "search"),
    (Action::MergeTicket, "merge_ticket"),
    (Action::NewTicket, "new_ticket"),
    (Action::SetQueue, "set_queue"),
    (Action::PrevField, "prev_field"),
    (Action::ToggleAudience, "toggle_audience"),
    (Action::ToggleMark, "toggle_mark"),
    (Action::MarkRange, "mark_range"),
    (Action::Links, "links"),
    (Action::Fields, "fields"),
    (Action::ForwardMessage, "forward_message"),
    (Action::TranslateMessage, "translate_message"),
    (Action::TranslateDraft, "translate_draft"),
    (Action::ShowChanges, "show_changes"),
    (Action::MoveTicket, "move_ticket"),
    (Action::LogTime, "log_time"),
    (Action::Noop, "noop"),
];

impl Action {
    /// The name used in keymap files.
    pub fn name(self) -> &'static str {
        Self::entry(self).1
    }

    /// What the command palette calls it, in the interface's language: a person's words,
    /// `…` where more is asked.
    pub fn title(self) -> String {
        self.message("")
    }

    /// A short description for help and the command palette, in the interface's language.
    pub fn description(self) -> String {
        self.message("-about")
    }

    /// The title in English: the palette finds actions by their English words too.
    pub fn english_title(self) -> String {
        crate::i18n::english(&self.message_id(""))
    }

    /// The words agents of the various desks use for it (`close`, `macro`, `sulje`), in the
    /// interface's language and in English, lower-case; none for most actions.
    pub fn words(self) -> Vec<String> {
        let id = self.message_id("-words");
        if !crate::i18n::has(&id) {
            return Vec::new();
        }
        let both = format!("{} {}", crate::i18n::text(&id), crate::i18n::english(&id));
        both.split_whitespace().map(str::to_lowercase).collect()
    }

    /// The message of the action's `suffix` (`action-set-status`, `…-about`).
    fn message(self, suffix: &str) -> String {
        match self {
            Action::View(n) => {
                let id = format!("action-view{suffix}");
                crate::i18n::text_with(&id, "n", i64::from(n))
            }
            _ => crate::i18n::text(&self.message_id(suffix)),
        }
    }

    fn message_id(self, suffix: &str) -> String {
        match self {
            Action::View(_) => format!("action-view{suffix}"),
            _ => format!("action-{}{suffix}", self.name().replace('_', "-")),
        }
    }

    /// All actions, in a stable order (the order of help and the palette).
    pub fn all() -> impl Iterator<Item = Action> {
        TABLE.iter().map(|(action, _)| *action)
    }

    fn entry(self) -> &'static (Action, &'static str) {
        // Every variant has a row; the fallback only guards against a View(n) outside 1..=9.
        TABLE
            .iter()
            .find(|(a, _)| *a == self)
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
            .map(|(action, name)| (*name, *action))
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
