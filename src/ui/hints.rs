//! The hint line: the most useful keys of the current context, read from the live keymap so
//! it tells the truth after a user rebinds something.

use ratatui::text::{Line, Span};

use crate::action::Action;
use crate::app::state::State;
use crate::keymap::{Context, Keymap};
use crate::theme::Theme;

/// The actions worth a hint in each context, with the word shown.
fn hints(context: Context) -> &'static [(&'static [Action], &'static str)] {
    use Action::*;
    match context {
        Context::Queue => &[
            (&[SelectNext, SelectPrev], "move"),
            (&[OpenTicket], "open"),
            (&[Reply], "reply"),
            (&[Note], "note"),
            (&[SetStatus], "status"),
            (&[Filter], "filter"),
            (&[NextView], "view"),
            (&[CommandPalette], "commands"),
            (&[Help], "help"),
        ],
        Context::Detail => &[
            (&[Back], "back"),
            (&[ScrollDown, ScrollUp], "scroll"),
            (&[Reply], "reply"),
            (&[Note], "note"),
            (&[ReplyWithCanned], "canned"),
            (&[SetStatus], "status"),
            (&[AssignToMe], "take"),
            (&[Attachments], "files"),
            (&[FocusNext], "other tickets"),
            (&[Help], "help"),
        ],
        Context::Compose => &[
            (&[Send], "send"),
            (&[PickCanned], "canned"),
            (&[AttachFile], "attach"),
            (&[EditRecipients], "cc"),
            (&[ExpandAbbreviation], "expand"),
            (&[OpenEditor], "editor"),
            (&[LogTime], "time"),
            (&[Leave], "leave"),
        ],
        Context::Files => &[
            (&[SelectNext, SelectPrev], "move"),
            (&[OpenAttachment], "open"),
            (&[SaveAttachment], "save"),
            (&[Back], "close"),
        ],
        Context::Picker => &[
            (&[SelectNext, SelectPrev], "move"),
            (&[Insert], "insert"),
            (&[Cancel], "cancel"),
        ],
        Context::Filter => &[
            (&[Confirm], "keep filter"),
            (&[Cancel], "clear"),
            (&[SelectNext, SelectPrev], "move"),
        ],
        Context::Menu | Context::Palette => &[
            (&[SelectNext, SelectPrev], "move"),
            (&[Confirm], "choose"),
            (&[Cancel], "cancel"),
        ],
        Context::Prompt => &[
            (&[Complete], "complete"),
            (&[Confirm], "save"),
            (&[Cancel], "cancel"),
        ],
        Context::Panel => &[(&[ScrollDown, ScrollUp], "scroll"), (&[Back], "close")],
        Context::Form => &[
            (&[SelectNext, SelectPrev], "field"),
            (&[Confirm], "choose"),
            (&[Send], "save"),
            (&[Cancel], "cancel"),
        ],
        Context::Global => &[],
    }
}

/// The new-ticket form's hints, in place of the composer's.
const FORM: &[(&[Action], &str)] = &[
    (&[Action::Send], "open ticket"),
    (&[Action::ExpandAbbreviation], "next field"),
    (&[Action::PrevField], "back a field"),
    (&[Action::PickCanned], "canned"),
    (&[Action::SetQueue], "queue"),
    (&[Action::SetPriority], "priority"),
    (&[Action::ToggleAudience], "public/internal"),
    (&[Action::Leave], "keep as draft"),
];

/// The first key bound to `action` in `context`, else in global.
pub fn key_for(keymap: &Keymap, context: Context, action: Action) -> Option<String> {
    keymap
        .keys_for(context, action)
        .into_iter()
        .chain(keymap.keys_for(Context::Global, action))
        .next()
        .map(|k| k.to_string())
}

/// The hint line for the current context, fitted to `width` columns: hints are left out
/// from the least useful up, but the last one (help, where there is one) always stays, so a
/// narrow terminal still says where to find the rest.
pub fn line(state: &State, theme: &Theme, width: usize) -> Line<'static> {
    let context = state.context();
    let keymap = &state.session.keymap;
    let form = context == Context::Compose
        && state.overlay.is_none()
        && state.compose.current().is_some_and(|d| d.form.is_some());
    let table = if form { FORM } else { hints(context) };
    let mut shown: Vec<(String, &str)> = table
        .iter()
        .filter_map(|(actions, word)| {
            let keys: Vec<String> = actions
                .iter()
                .filter_map(|a| key_for(keymap, context, *a))
                .collect();
            (!keys.is_empty()).then(|| (keys.join("/"), *word))
        })
        .collect();
    // Only some prompts complete (tags, files, addresses); the others have nothing for tab.
    if let Some(crate::app::state::overlay::Overlay::Prompt(p)) = &state.overlay
        && !p.completes()
    {
        shown.retain(|(_, word)| *word != "complete");
    }
    // A yes-or-no question answers to the letters themselves, whatever the keymap says.
    if let Some(crate::app::state::overlay::Overlay::Menu(menu)) = &state.overlay
        && menu.question.is_some()
    {
        shown.splice(0..0, [("y".to_string(), "yes"), ("n".to_string(), "no")]);
    }
    let needed = |hints: &[(String, &str)]| -> usize {
        let words: usize = hints
            .iter()
            .map(|(k, w)| crate::text::width(k) + 1 + crate::text::width(w))
            .sum();
        words + 3 * hints.len().saturating_sub(1) + 2
    };
    while shown.len() > 1 && needed(&shown) > width {
        shown.remove(shown.len() - 2);
    }
    let mut spans = vec![Span::raw(" ")];
    for (keys, word) in shown {
        if spans.len() > 1 {
            spans.push(Span::styled(" · ", theme.get("ui.dim")));
        }
        spans.push(Span::styled(keys, theme.get("ui.hint.key")));
        spans.push(Span::styled(format!(" {word}"), theme.get("ui.hint")));
    }
    spans.push(Span::raw(" "));
    Line::from(spans)
}
