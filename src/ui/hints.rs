//! The hint line: the most useful keys of the current context, read from the live keymap so
//! it tells the truth after a user rebinds something.

use ratatui::text::{Line, Span};

use crate::action::Action;
use crate::app::state::State;
use crate::keymap::{Context, Keymap};
use crate::theme::Theme;

/// The actions worth a hint in each context, with the message that names them.
fn hints(context: Context) -> &'static [(&'static [Action], &'static str)] {
    use Action::*;
    match context {
        Context::Queue => &[
            (&[SelectNext, SelectPrev], "hint-move"),
            (&[OpenTicket], "hint-open"),
            (&[Reply], "hint-reply"),
            (&[Note], "hint-note"),
            (&[SetStatus], "hint-status"),
            (&[Filter], "hint-filter"),
            (&[NextView], "hint-view"),
            (&[CommandPalette], "hint-commands"),
            (&[Help], "hint-help"),
        ],
        Context::Detail => &[
            (&[Back], "hint-back"),
            (&[ScrollDown, ScrollUp], "hint-scroll"),
            (&[Reply], "hint-reply"),
            (&[Note], "hint-note"),
            (&[ReplyWithCanned], "hint-canned"),
            (&[SetStatus], "hint-status"),
            (&[AssignToMe], "hint-take"),
            (&[Attachments], "hint-files"),
            (&[FocusNext], "hint-other-tickets"),
            (&[Help], "hint-help"),
        ],
        Context::Compose => &[
            (&[Send], "hint-send"),
            (&[PickCanned], "hint-canned"),
            (&[AttachFile], "hint-attach"),
            (&[EditRecipients], "hint-cc"),
            (&[ExpandAbbreviation], "hint-expand"),
            (&[OpenEditor], "hint-editor"),
            (&[LogTime], "hint-time"),
            (&[Leave], "hint-leave"),
        ],
        Context::Files => &[
            (&[SelectNext, SelectPrev], "hint-move"),
            (&[OpenAttachment], "hint-open"),
            (&[SaveAttachment], "hint-save"),
            (&[Back], "hint-close"),
        ],
        Context::Picker => &[
            (&[SelectNext, SelectPrev], "hint-move"),
            (&[Insert], "hint-insert"),
            (&[Cancel], "hint-cancel"),
        ],
        Context::Filter => &[
            (&[Confirm], "hint-keep-filter"),
            (&[Cancel], "hint-clear"),
            (&[SelectNext, SelectPrev], "hint-move"),
        ],
        Context::Menu | Context::Palette => &[
            (&[SelectNext, SelectPrev], "hint-move"),
            (&[Confirm], "hint-choose"),
            (&[Cancel], "hint-cancel"),
        ],
        Context::Prompt => &[
            (&[Complete], "hint-complete"),
            (&[Confirm], "hint-save"),
            (&[Cancel], "hint-cancel"),
        ],
        Context::Panel => &[
            (&[ScrollDown, ScrollUp], "hint-scroll"),
            (&[Back], "hint-close"),
        ],
        Context::Form => &[
            (&[SelectNext, SelectPrev], "hint-field"),
            (&[Confirm], "hint-choose"),
            (&[Send], "hint-save"),
            (&[Cancel], "hint-cancel"),
        ],
        Context::Global => &[],
    }
}

/// Help's hints: it can be searched.
const HELP: &[(&[Action], &str)] = &[
    (&[Action::Filter], "hint-search"),
    (&[Action::ScrollDown, Action::ScrollUp], "hint-scroll"),
    (&[Action::Back], "hint-close"),
];

/// The new-ticket form's hints, in place of the composer's.
const FORM: &[(&[Action], &str)] = &[
    (&[Action::Send], "hint-open-ticket"),
    (&[Action::ExpandAbbreviation], "hint-next-field"),
    (&[Action::PrevField], "hint-back-a-field"),
    (&[Action::PickCanned], "hint-canned"),
    (&[Action::SetQueue], "hint-queue"),
    (&[Action::SetPriority], "hint-priority"),
    (&[Action::ToggleAudience], "hint-public-internal"),
    (&[Action::Leave], "hint-keep-draft"),
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
    // Help and the text viewer can be searched; the other panels cannot.
    let help = context == Context::Panel
        && match &state.overlay {
            Some(crate::app::state::overlay::Overlay::Panel(p)) => {
                p.kind == crate::app::state::overlay::PanelKind::Help
            }
            Some(crate::app::state::overlay::Overlay::Viewer(v)) => {
                matches!(v.content, crate::app::state::files::Viewed::Text { .. })
            }
            _ => false,
        };
    let table = if form {
        FORM
    } else if help {
        HELP
    } else {
        hints(context)
    };
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
        shown.retain(|(_, word)| *word != "hint-complete");
    }
    // A yes-or-no question answers to the letters themselves, whatever the keymap says.
    if let Some(crate::app::state::overlay::Overlay::Menu(menu)) = &state.overlay
        && menu.question.is_some()
    {
        shown.splice(
            0..0,
            [("y".to_string(), "hint-yes"), ("n".to_string(), "hint-no")],
        );
    }
    // The words in the interface's language, each found once.
    let shown: Vec<(String, String)> = shown
        .into_iter()
        .map(|(keys, id)| (keys, crate::i18n::text(id)))
        .collect();
    let mut shown = shown;
    let needed = |hints: &[(String, String)]| -> usize {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every hint names a message English has (the ids are made at run time, so the
    /// compiler cannot check them).
    #[test]
    fn every_hint_is_a_message() {
        let ids = Context::ALL
            .into_iter()
            .flat_map(|c| hints(c).iter())
            .chain(FORM.iter())
            .map(|(_, id)| *id)
            .chain(["hint-yes", "hint-no", "hint-complete"]);
        for id in ids {
            let text = crate::i18n::english(id);
            assert!(!text.contains("No localization"), "{id}: {text}");
        }
    }
}
