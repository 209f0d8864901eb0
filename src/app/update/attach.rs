//! The composer's files and copies: `attach_file` (a path prompt with Tab completing from the
//! file system; with files attached, a menu to add or remove one) and `edit_recipients` (CC,
//! then BCC where the desk takes it, completed from the people on the ticket).

use super::{Effect, State, drafts};
use crate::app::state::complete::{self, Cycle, Word, path_candidates, split_path};
use crate::app::state::input::LineInput;
use crate::app::state::overlay::{Choice, Menu, Overlay, Prompt, PromptFor};
use crate::app::state::{Level, RequestId};
use crate::backend::{OutgoingFile, TicketId, human_size, is_address};

/// `attach_file`: the path prompt, or with files already attached, what to do with them.
pub fn attach(state: &mut State) {
    let Some(draft) = state.compose.current() else {
        return;
    };
    let ticket = draft.ticket;
    if draft.files.is_empty() {
        path_prompt(state, ticket);
        return;
    }
    let mut items = vec![(crate::fl!("attach-another"), Choice::AttachAnother)];
    items.extend(draft.files.iter().map(|f| {
        (
            crate::fl!(
                "attach-remove",
                name = f.name.as_str(),
                size = human_size(f.size)
            ),
            Choice::RemoveFile(f.path.clone()),
        )
    }));
    state.overlay = Some(Overlay::Menu(Menu {
        title: crate::fl!("attach-files-title"),
        ticket,
        items,
        selected: 0,
        query: Default::default(),
        question: None,
    }));
}

/// Opens the path prompt for the draft of `ticket`.
pub fn path_prompt(state: &mut State, ticket: TicketId) {
    state.overlay = Some(Overlay::Prompt(Prompt {
        title: crate::fl!("attach-path-title"),
        purpose: PromptFor::AttachFile { ticket },
        input: LineInput::default(),
        words: Vec::new(),
        counting: None,
        words_for: None,
        cycle: None,
    }));
}

/// Takes a file off the draft of `ticket`.
pub fn remove(state: &mut State, ticket: TicketId, path: &std::path::Path, fx: &mut Vec<Effect>) {
    let Some(draft) = state.compose.drafts.get_mut(&ticket) else {
        return;
    };
    let Some(at) = draft.files.iter().position(|f| f.path == path) else {
        return;
    };
    let gone = draft.files.remove(at);
    forget(state, std::slice::from_ref(&gone), fx);
    state.status.push(
        Level::Info,
        crate::fl!("attach-removed", name = gone.name.as_str()),
    );
    drafts::touched(state, ticket, fx);
    drafts::save_now(state, fx);
}

/// Enter in the path prompt: the file is read (size, checksum, type) before it is attached.
pub fn confirm_path(state: &mut State, ticket: TicketId, typed: &str, fx: &mut Vec<Effect>) {
    if typed.trim().is_empty() {
        return;
    }
    let path = state.files.resolve(typed);
    let req = state.requests.issue();
    fx.push(Effect::DescribeFile { req, ticket, path });
}

/// The file was read: attached, unless the desk would refuse it.
pub fn described(
    state: &mut State,
    ticket: TicketId,
    result: Result<OutgoingFile, String>,
    fx: &mut Vec<Effect>,
) {
    let file = match result {
        Ok(file) => file,
        Err(why) => {
            state.status.push(Level::Error, why);
            return;
        }
    };
    let limits = state.session.capabilities.files;
    let Some(draft) = state.compose.drafts.get_mut(&ticket) else {
        return;
    };
    let mut would_be = draft.files.clone();
    would_be.retain(|f| f.path != file.path);
    would_be.push(file.clone());
    if let Some(why) = limits.refusal(&would_be) {
        let why = super::wording::files_refused(&why);
        state
            .status
            .push(Level::Error, crate::fl!("attach-refused", why = why));
        return;
    }
    let what = crate::fl!(
        "attach-done",
        name = file.name.as_str(),
        size = human_size(file.size)
    );
    draft.attach(file);
    draft.error = None;
    state.status.push(Level::Info, what);
    drafts::touched(state, ticket, fx);
    // Attaching is deliberate: it is on disk at once, so a crash before sending keeps it.
    drafts::save_now(state, fx);
}

/// Tab in the path prompt: completes the last part of the path from its folder's entries,
/// which are listed off the UI task the first time a folder is asked about.
pub fn complete_path(state: &mut State, fx: &mut Vec<Effect>) {
    let Some(Overlay::Prompt(prompt)) = &mut state.overlay else {
        return;
    };
    let text = prompt.input.text().to_string();
    let (folder, _) = split_path(&text);
    if prompt.words_for.as_deref() != Some(folder) {
        let req = state.requests.issue();
        prompt.counting = Some(req);
        prompt.words_for = Some(folder.to_string());
        prompt.words.clear();
        prompt.cycle = None;
        let dir = if folder.is_empty() {
            state.files.resolve(".")
        } else {
            state.files.resolve(folder)
        };
        fx.push(Effect::ListDir { req, dir });
        return;
    }
    complete_in(prompt);
}

/// A folder's entries arrived: the Tab that asked for them completes now.
pub fn listed(state: &mut State, req: RequestId, result: Result<Vec<(String, bool)>, String>) {
    let Some(Overlay::Prompt(prompt)) = &mut state.overlay else {
        return;
    };
    if prompt.counting != Some(req) {
        return;
    }
    prompt.counting = None;
    match result {
        Ok(entries) => {
            prompt.words = entries
                .into_iter()
                .map(|(name, dir)| Word {
                    text: if dir { format!("{name}/") } else { name },
                    uses: 0,
                })
                .collect();
            // With nothing typed after the slash, the folder's entries are shown below the
            // field; the next tab goes through them.
            let text = prompt.input.text().to_string();
            if !split_path(&text).1.is_empty() {
                complete_in(prompt);
            }
        }
        Err(why) => state.status.push(Level::Warning, why),
    }
}

/// Completes like a shell: one candidate is taken whole, several extend to what they share,
/// and a Tab with nothing more to share cycles through them.
fn complete_in(prompt: &mut Prompt) {
    if prompt.cycle_on() {
        return;
    }
    let text = prompt.input.text().to_string();
    let (_, part) = split_path(&text);
    let found: Vec<String> = path_candidates(&prompt.words, part)
        .into_iter()
        .map(str::to_string)
        .collect();
    let typed = part.chars().count();
    match found.as_slice() {
        [] => {}
        [only] => prompt.input.replace_before_cursor(typed, only),
        [first, rest @ ..] => {
            let shared = rest.iter().fold(first.as_str(), |common, w| {
                let end = common
                    .char_indices()
                    .zip(w.chars())
                    .find(|((_, a), b)| a != b)
                    .map_or(common.len().min(w.len()), |((i, _), _)| i);
                &common[..end]
            });
            if shared.chars().count() > typed {
                prompt.input.replace_before_cursor(typed, shared);
            } else {
                prompt.input.replace_before_cursor(typed, first);
                prompt.cycle = Some(Cycle {
                    candidates: found,
                    index: 0,
                });
            }
        }
    }
}

/// `edit_recipients`: the CC prompt (BCC follows where the desk takes it).
pub fn recipients(state: &mut State) {
    let Some(draft) = state.compose.current() else {
        return;
    };
    let support = state.session.capabilities.recipients;
    if !draft.public {
        state
            .status
            .push(Level::Info, crate::fl!("recipients-note-has-none"));
        return;
    }
    if !support.cc {
        state
            .status
            .push(Level::Info, crate::fl!("recipients-no-copies"));
        return;
    }
    let (ticket, text) = (draft.ticket, draft.cc.join(", "));
    recipients_prompt(state, ticket, false, &text);
}

fn recipients_prompt(state: &mut State, ticket: TicketId, bcc: bool, text: &str) {
    let stays = state.session.capabilities.recipients.cc_stays && !bcc;
    let title = match (bcc, stays) {
        (true, _) => crate::fl!("recipients-bcc-title"),
        (false, true) => crate::fl!("recipients-cc-stays-title"),
        (false, false) => crate::fl!("recipients-cc-title"),
    };
    let spaced = if text.is_empty() {
        String::new()
    } else {
        format!("{text}, ")
    };
    state.overlay = Some(Overlay::Prompt(Prompt {
        title,
        purpose: PromptFor::Recipients { ticket, bcc },
        input: LineInput::with_text(&spaced),
        words: known_addresses(state),
        counting: None,
        words_for: None,
        cycle: None,
    }));
}

/// Addresses Tab offers: the ticket's copies, the requesters of the requester's other tickets
/// (a colleague who wrote in before), the agents; never the requester, who gets the reply anyway.
fn known_addresses(state: &State) -> Vec<Word> {
    let mut seen: Vec<String> = Vec::new();
    let mut add = |address: &str| {
        let address = address.trim();
        if is_address(address) && !seen.iter().any(|s| s.eq_ignore_ascii_case(address)) {
            seen.push(address.to_string());
        }
    };
    // The requester gets the reply anyway: offered are the others seen around them.
    let requester = state
        .detail
        .loaded()
        .map(|t| t.summary.requester.email.clone())
        .unwrap_or_default();
    if let Some(ticket) = state.detail.loaded() {
        ticket.cc.iter().for_each(|a| add(a));
    }
    for other in state.detail.others() {
        add(&other.requester.email);
    }
    for agent in &state.session.agents {
        add(&agent.email);
    }
    seen.into_iter()
        .filter(|a| !a.eq_ignore_ascii_case(&requester))
        .map(|text| Word { text, uses: 0 })
        .collect()
}

/// Enter in a recipients prompt: every address checked; then BCC, where the desk takes it.
/// Returns whether the prompt is done (a wrong address keeps it open).
pub fn confirm_recipients(
    state: &mut State,
    ticket: TicketId,
    bcc: bool,
    field: &str,
    fx: &mut Vec<Effect>,
) -> bool {
    let list = complete::addresses(field);
    let wrong: Vec<&String> = list.iter().filter(|a| !is_address(a)).collect();
    if !wrong.is_empty() {
        let shown: Vec<&str> = wrong.iter().map(|a| a.as_str()).collect();
        state.status.push(
            Level::Error,
            crate::fl!("recipients-not-address", wrong = shown.join(", ")),
        );
        return false;
    }
    let Some(draft) = state.compose.drafts.get_mut(&ticket) else {
        return true;
    };
    if bcc {
        draft.bcc = list;
    } else {
        draft.cc = list;
    }
    let next_bcc = !bcc && state.session.capabilities.recipients.bcc;
    let bcc_text = draft.bcc.join(", ");
    drafts::touched(state, ticket, fx);
    if next_bcc {
        recipients_prompt(state, ticket, true, &bcc_text);
        return false;
    }
    true
}

/// Customer files fetched into a draft (a macro's) go once nothing needs them: the reply was
/// delivered, discarded, or the file taken off the draft. The agent's own files stay.
pub fn forget(state: &State, files: &[crate::backend::OutgoingFile], fx: &mut Vec<Effect>) {
    let fetched: Vec<std::path::PathBuf> = files
        .iter()
        .map(|f| f.path.clone())
        .filter(|p| p.starts_with(&state.files.attach_dir))
        .collect();
    if !fetched.is_empty() {
        fx.push(Effect::ForgetFiles(fetched));
    }
}
