//! The lines above a draft's text: who it goes to (To, CC, BCC) and the files going with it.
//! At 80 columns each still shows all it has: lists are cut with a count of the rest.

use ratatui::text::{Line, Span};

use super::clip;
use crate::app::state::{Draft, State};
use crate::backend::human_size;
use crate::text::{fit_list, width};
use crate::theme::Theme;

/// The lines above a reply's text: To, CC and BCC (one line where the composer is small); a
/// note says it has no recipients.
pub fn recipients(
    state: &State,
    draft: &Draft,
    theme: &Theme,
    w: usize,
    room: u16,
) -> Vec<Line<'static>> {
    let dim = theme.get("ui.dim");
    let label = theme.get("compose.footer");
    let key = super::hints::key_for(
        &state.session.keymap,
        crate::keymap::Context::Compose,
        crate::action::Action::EditRecipients,
    )
    .unwrap_or_else(|| "edit_recipients".into());
    if !draft.public {
        return vec![clip(
            Line::styled(format!(" {}", crate::fl!("compose-note-no-one")), dim),
            w,
        )];
    }
    if let Some(forward) = &draft.forward {
        let files = match forward.files.len() {
            0 => String::new(),
            n => format!(" · {}", crate::fl!("compose-files-from-message", n = n)),
        };
        return vec![clip(
            Line::from(vec![
                Span::styled(" To ", label),
                Span::raw(forward.to.join(", ")),
                Span::styled(files, dim),
            ]),
            w,
        )];
    }
    let ticket = state
        .detail
        .loaded()
        .filter(|t| t.summary.id == draft.ticket);
    let requester = ticket.map(|t| &t.summary.requester);
    let to = requester.map_or_else(String::new, |r| {
        match (r.name.is_empty(), r.email.is_empty()) {
            (false, false) => format!("{} <{}>", r.name, r.email),
            _ => r.display_name().to_string(),
        }
    });
    let support = state.session.capabilities.recipients;
    let on_ticket: Vec<String> = ticket.map(|t| t.cc.clone()).unwrap_or_default();
    let on_ticket_said = if support.cc_stays {
        crate::fl!("compose-also-on-ticket")
    } else {
        crate::fl!("compose-copied-before")
    };
    let bcc_text = if !support.bcc {
        crate::fl!("compose-no-bcc")
    } else if draft.bcc.is_empty() {
        "—".to_string()
    } else {
        draft.bcc.join(", ")
    };
    let bcc_dim = !support.bcc || draft.bcc.is_empty();
    if draft.form.is_none() && room >= 9 {
        let mut cc = vec![Span::styled(" Cc   ", label)];
        if !support.cc {
            cc.push(Span::styled(crate::fl!("compose-no-copies"), dim));
        } else {
            if draft.cc.is_empty() {
                cc.push(Span::styled(
                    format!("— ({})", crate::fl!("compose-key-adds", key = key.as_str())),
                    dim,
                ));
            } else {
                cc.push(Span::raw(draft.cc.join(", ")));
            }
            if !on_ticket.is_empty() {
                cc.push(Span::styled(
                    format!(" · {on_ticket_said}: {}", on_ticket.join(", ")),
                    dim,
                ));
            }
        }
        let bcc = vec![
            Span::styled(" Bcc  ", label),
            Span::styled(bcc_text, if bcc_dim { dim } else { Default::default() }),
        ];
        let to = vec![Span::styled(" To   ", label), Span::raw(to)];
        return [to, cc, bcc]
            .into_iter()
            .map(|spans| clip(Line::from(spans), w))
            .collect();
    }
    // One line (a small composer, or a new ticket whose customer the form names): To by
    // name, then the copies, each list cut with a count so that To, CC and BCC all show.
    let to_short = requester.map_or_else(String::new, |r| r.display_name().to_string());
    let mut parts: Vec<(&str, String, bool)> = Vec::new();
    if draft.form.is_none() {
        parts.push((" To ", to_short, false));
    }
    let cc_text = if !support.cc {
        (crate::fl!("compose-no-copies"), true)
    } else if draft.cc.is_empty() {
        (
            format!("— ({})", crate::fl!("compose-key-adds", key = key.as_str())),
            true,
        )
    } else {
        (String::new(), false)
    };
    parts.push((" Cc ", cc_text.0, cc_text.1));
    parts.push((" Bcc ", bcc_text, bcc_dim));
    // What the fixed parts take; the copies have the rest.
    let labels: usize = parts.iter().map(|(l, _, _)| width(l) + 3).sum();
    let fixed: usize = parts
        .iter()
        .filter(|(l, t, _)| *l != " Cc " || !t.is_empty())
        .map(|(_, t, _)| width(t).min(w / 3))
        .sum();
    let cc_room = w.saturating_sub(labels + fixed).max(8);
    let mut spans = Vec::new();
    for (i, (name, text, faint)) in parts.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" ·", dim));
        }
        spans.push(Span::styled(name.to_string(), label));
        let text = if name == " Cc " && text.is_empty() {
            fit_list(&draft.cc, cc_room)
        } else {
            crate::text::truncate(&text, w / 3)
        };
        spans.push(Span::styled(
            text,
            if faint { dim } else { Default::default() },
        ));
    }
    vec![clip(Line::from(spans), w)]
}

/// The files going with the draft: how many and how large in all, then their names, cut
/// with a count of the rest; the key that changes them where there is room.
pub fn files_line(state: &State, draft: &Draft, theme: &Theme, w: usize) -> Line<'static> {
    let key = super::hints::key_for(
        &state.session.keymap,
        crate::keymap::Context::Compose,
        crate::action::Action::AttachFile,
    )
    .unwrap_or_else(|| "attach_file".into());
    let total: u64 = draft.files.iter().map(|f| f.size).sum();
    let head = format!(
        " 📎 {}: ",
        crate::fl!(
            "compose-files-count",
            count = draft.files.len(),
            size = human_size(total)
        )
    );
    let hint = crate::fl!("compose-files-key", key = key);
    let names: Vec<String> = draft.files.iter().map(|f| f.name.clone()).collect();
    let room = w.saturating_sub(width(&head) + 1);
    let all_fit = width(&names.join(", ")) + width(&hint) <= room;
    let listed = if all_fit {
        names.join(", ")
    } else {
        fit_list(&names, room)
    };
    let mut spans = vec![Span::styled(
        format!("{head}{listed}"),
        theme.get("message.attachment"),
    )];
    if all_fit {
        spans.push(Span::styled(hint, theme.get("ui.dim")));
    }
    clip(Line::from(spans), w)
}
