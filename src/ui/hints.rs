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
            (&[FocusNext], "other tickets"),
            (&[Help], "help"),
        ],
        Context::Compose => &[
            (&[Send], "send"),
            (&[PickCanned], "canned"),
            (&[ExpandAbbreviation], "expand"),
            (&[OpenEditor], "editor"),
            (&[Leave], "leave"),
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
        Context::Global => &[],
    }
}

/// The first key bound to `action` in `context`, else in global.
pub fn key_for(keymap: &Keymap, context: Context, action: Action) -> Option<String> {
    keymap
        .keys_for(context, action)
        .into_iter()
        .chain(keymap.keys_for(Context::Global, action))
        .next()
        .map(|k| k.to_string())
}

/// The hint line for the current context.
pub fn line(state: &State, theme: &Theme) -> Line<'static> {
    let context = state.context();
    let keymap = &state.session.keymap;
    let mut spans = vec![Span::raw(" ")];
    for (actions, word) in hints(context) {
        let keys: Vec<String> = actions
            .iter()
            .filter_map(|a| key_for(keymap, context, *a))
            .collect();
        if keys.is_empty() {
            continue;
        }
        if spans.len() > 1 {
            spans.push(Span::styled(" · ", theme.get("ui.dim")));
        }
        spans.push(Span::styled(keys.join("/"), theme.get("ui.hint.key")));
        spans.push(Span::styled(format!(" {word}"), theme.get("ui.hint")));
    }
    spans.push(Span::raw(" "));
    Line::from(spans)
}
