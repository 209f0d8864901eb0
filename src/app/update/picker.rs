//! The canned-response picker and the command palette: a query line over a ranked list.

use super::{Effect, State, perform};
use crate::action::Action;
use crate::app::state::RequestId;
use crate::app::state::files::Purpose;
use crate::app::state::input::LineInput;
use crate::app::state::overlay::{Insertion, Overlay, Palette, Picker};
use crate::app::state::{Focus, Level};
use crate::backend::{Error, TicketId};
use crate::canned::placeholder::{self, Context, render};
use crate::canned::rank::{matcher, rank, rank_among};
use crate::canned::{Actions, Audience, Canned, Rendered, Source};
use crate::keymap::KeyChord;

/// Opens the picker for the open draft. Returns whether it opened.
pub fn open_picker(state: &mut State) -> bool {
    // With marked tickets in the queue, a response's actions go to all of them.
    let marked = (state.focus == Focus::Queue && !state.queue.marks.is_empty())
        .then_some(crate::app::state::marks::MARKED);
    let Some(ticket) = marked.or(state.compose.open.filter(|_| state.focus == Focus::Compose))
    else {
        state
            .status
            .push(Level::Info, crate::fl!("picker-open-first"));
        return false;
    };
    // Still loading: the picker opens and fills in when the responses arrive.
    if state.canned.list.value.is_none() && !state.canned.list.is_loading() {
        let why = state
            .canned
            .list
            .error
            .clone()
            .unwrap_or_else(|| crate::fl!("picker-still-loading"));
        state
            .status
            .push(Level::Warning, crate::fl!("picker-unavailable", why = why));
        return false;
    }
    state.overlay = Some(Overlay::Picker(Picker {
        ticket,
        query: LineInput::default(),
        matches: Vec::new(),
        ranked_for: None,
        selected: 0,
    }));
    rerank(state);
    true
}

/// Ranks all the responses against the query; the selection goes back to the best match.
pub fn rerank(state: &mut State) {
    if let Some(Overlay::Picker(p)) = &mut state.overlay {
        p.ranked_for = None;
    }
    narrow(state);
}

/// Ranks the responses against the query, looking only at what the previous query matched
/// when this one starts with it (typing on); the selection goes back to the best match.
fn narrow(state: &mut State) {
    // The customer's language puts each response's variant in it first.
    let language = match &state.overlay {
        Some(Overlay::Picker(p)) => state
            .detail
            .loaded()
            .filter(|t| t.summary.id == p.ticket)
            .and(state.detail.spoken.as_ref())
            .map(|spoken| spoken.code.clone()),
        _ => None,
    };
    let canned = state.canned.list.value.as_deref().unwrap_or_default();
    let Some(Overlay::Picker(p)) = &mut state.overlay else {
        return;
    };
    let query = p.query.text().trim().to_string();
    p.matches = if state.canned.index.len() == canned.len() {
        let among: Option<Vec<usize>> = p
            .ranked_for
            .as_deref()
            .filter(|before| !before.is_empty() && query.starts_with(before))
            .map(|_| p.matches.iter().map(|r| r.index).collect());
        let (index, usage) = (&state.canned.index, &state.canned.usage);
        rank_among(&query, canned, index, usage, among.as_deref())
    } else {
        rank(&query, canned, &state.canned.usage)
    };
    crate::canned::variants::prefer(&mut p.matches, canned, language.as_deref());
    p.ranked_for = Some(query);
    p.selected = 0;
}

/// A key typed into the picker's query.
pub fn query_key(state: &mut State, chord: &KeyChord) {
    if let Some(Overlay::Picker(p)) = &mut state.overlay
        && p.query.key(chord)
    {
        narrow(state);
    }
}

/// Actions of the picker context.
pub fn picker_action(state: &mut State, action: Action, fx: &mut Vec<Effect>) -> bool {
    let Some(Overlay::Picker(p)) = &mut state.overlay else {
        return false;
    };
    match action {
        Action::SelectNext => p.selected = (p.selected + 1).min(p.matches.len().saturating_sub(1)),
        Action::SelectPrev => p.selected = p.selected.saturating_sub(1),
        Action::Insert | Action::Confirm => {
            let chosen = p.matches.get(p.selected).map(|r| r.index);
            let canned = chosen.and_then(|i| state.canned.list.value.as_ref()?.get(i).cloned());
            let for_marked = p.ticket == crate::app::state::marks::MARKED;
            state.overlay = None;
            match canned {
                Some(canned) if for_marked => super::bulk::canned(state, &canned),
                Some(canned) => insert(state, &canned, fx),
                None => state
                    .status
                    .push(Level::Info, crate::fl!("picker-nothing-inserted")),
            }
        }
        Action::Cancel | Action::Back => state.overlay = None,
        _ => return false,
    }
    true
}

/// Inserts a canned response at the cursor of the open draft, rendered for its ticket, and
/// queues its actions to apply with the send. Where the help desk renders its own responses
/// (Zendesk macros), it is asked first and the text goes in when it answers.
pub fn insert(state: &mut State, canned: &Canned, fx: &mut Vec<Effect>) {
    let Some(id) = state.compose.open else { return };
    // A new ticket has no number the desk could render for: frontdesk renders it.
    let new = id == crate::app::state::new_ticket::NEW_TICKET;
    if !new && state.session.capabilities.server_side_canned && canned.source == Source::Backend {
        let req = state.requests.issue();
        if let Some(draft) = state.compose.drafts.get_mut(&id) {
            draft.rendering = Some(req);
            state.focus = Focus::Compose;
            state.status.push(
                Level::Info,
                crate::fl!(
                    "picker-rendering",
                    title = canned.title.as_str(),
                    id = id.to_string()
                ),
            );
            fx.push(Effect::RenderCanned {
                req,
                ticket: id,
                canned: canned.clone(),
            });
        }
        return;
    }
    render_here(state, id, canned, fx);
}

/// The help desk's rendering of a canned response arrived (or failed: frontdesk renders it).
pub fn rendered(
    state: &mut State,
    req: RequestId,
    ticket: TicketId,
    canned: &Canned,
    result: Result<Option<Rendered>, Error>,
    fx: &mut Vec<Effect>,
) {
    let Some(draft) = state
        .compose
        .drafts
        .get_mut(&ticket)
        .filter(|d| d.rendering == Some(req))
    else {
        return;
    };
    draft.rendering = None;
    match result {
        Ok(Some(rendered)) => {
            let unresolved = placeholder::leftovers(&rendered.text);
            let placed = Placed {
                text: &rendered.text,
                unresolved: &unresolved,
                audience: rendered.audience,
                files: rendered.files,
            };
            place(state, ticket, canned, placed, fx);
        }
        Ok(None) => render_here(state, ticket, canned, fx),
        Err(err) => {
            state.status.push(
                Level::Warning,
                crate::fl!(
                    "picker-rendered-here",
                    title = canned.title.as_str(),
                    why = super::wording::explain(&err)
                ),
            );
            render_here(state, ticket, canned, fx);
        }
    }
}

/// Renders `canned` for ticket `id` with frontdesk's own placeholders and places it.
fn render_here(state: &mut State, id: TicketId, canned: &Canned, fx: &mut Vec<Effect>) {
    let summary = state
        .detail
        .loaded()
        .filter(|t| t.summary.id == id)
        .map(|t| (t.summary.clone(), t.url.clone()))
        .or_else(|| state.queue.find(id).map(|t| (t.clone(), None)))
        .or_else(|| super::new_ticket::as_summary(state).map(|t| (t, None)));
    let Some((ticket, url)) = summary else {
        state
            .status
            .push(Level::Warning, crate::fl!("picker-ticket-loading"));
        return;
    };
    let ctx = Context {
        ticket: &ticket,
        url: url.as_deref(),
        agent: state.session.me.as_ref(),
    };
    let rendered = render(&canned.body, &ctx);
    let placed = Placed {
        text: &rendered.text,
        unresolved: &rendered.unresolved,
        audience: canned.audience,
        files: Vec::new(),
    };
    place(state, id, canned, placed, fx);
}

/// A response rendered for a ticket, about to go in.
struct Placed<'a> {
    text: &'a str,
    unresolved: &'a [String],
    audience: Audience,
    files: Vec<crate::backend::Attachment>,
}

/// Puts rendered text at the cursor of ticket `id`'s draft, with the response's actions.
fn place(state: &mut State, id: TicketId, canned: &Canned, placed: Placed, fx: &mut Vec<Effect>) {
    let insertion = Insertion {
        ticket: id,
        canned: canned.clone(),
        text: placed.text.to_string(),
        unresolved: placed.unresolved.to_vec(),
        audience: placed.audience,
        make_public: None,
        files: placed.files,
    };
    if let Some(insertion) = super::audience::settled(state, insertion) {
        put(state, insertion, fx);
    }
}

/// Puts a canned response into its draft, with the field changes it carries.
pub fn put(state: &mut State, insertion: Insertion, fx: &mut Vec<Effect>) {
    let Insertion {
        ticket: id,
        canned,
        text,
        unresolved,
        make_public,
        files,
        ..
    } = insertion;
    if let (Some(public), Some(draft)) = (make_public, state.compose.drafts.get_mut(&id))
        && draft.public != public
    {
        draft.public = public;
        state
            .status
            .push(Level::Warning, super::audience::now_words(public));
    }
    super::drafts::touched(state, id, fx);
    let changes = match canned
        .actions
        .to_changes(state.session.me.as_ref(), &state.session.agents)
    {
        Ok(changes) => changes,
        Err(who) => {
            state.status.push(
                Level::Warning,
                crate::fl!("picker-no-agent", who = who.as_str()),
            );
            let without = Actions {
                assignee: None,
                ..canned.actions.clone()
            };
            without.to_changes(None, &[]).unwrap_or_default()
        }
    };
    let changes = crate::backend::Changes {
        fields: state.session.fields_by_id(changes.fields.clone()),
        ..changes
    };
    let Some(draft) = state.compose.drafts.get_mut(&id) else {
        return;
    };
    draft.editor.insert_str(&text);
    draft.changes.merge(&changes);
    draft.canned_used.push(canned.id.clone());
    draft.error = None;
    if state.compose.open == Some(id) {
        state.focus = Focus::Compose;
    }
    if !unresolved.is_empty() {
        state.status.push(
            Level::Warning,
            crate::fl!("picker-unresolved", names = unresolved.join(", ")),
        );
    }
    // The response's files: from the agent's disk, or fetched from the help desk.
    for path in &canned.actions.attach {
        super::attach::confirm_path(state, id, path, fx);
    }
    for file in files {
        super::files::fetch(state, id, file, Purpose::Attach(id), true, fx);
    }
}

/// Opens the command palette.
pub fn open_palette(state: &mut State) -> bool {
    if state.overlay.is_some() {
        return false;
    }
    state.overlay = Some(Overlay::Palette(Palette {
        query: LineInput::default(),
        matches: Vec::new(),
        selected: 0,
    }));
    refind(state);
    true
}

/// Actions the palette offers: everything a person would run by name.
fn offered(action: Action) -> bool {
    !matches!(
        action,
        Action::Noop
            | Action::Confirm
            | Action::Cancel
            | Action::Insert
            | Action::Complete
            | Action::CommandPalette
    )
}

/// Matches actions against the palette query, by name first, then by description.
pub fn refind(state: &mut State) {
    let Some(Overlay::Palette(p)) = &mut state.overlay else {
        return;
    };
    let matcher = matcher();
    let query = p.query.text().trim().to_string();
    let lower = query.to_lowercase();
    let mut found: Vec<(i64, Action, Vec<usize>)> = Action::all()
        .filter(|a| offered(*a))
        .filter_map(|a| {
            if query.is_empty() {
                return Some((0, a, Vec::new()));
            }
            // A desk's own word for it (`close`, `macro`) comes first: the agent knows what
            // they want, only not frontdesk's name for it.
            if let Some(score) = word_score(&a.words(), &lower) {
                return Some((score, a, Vec::new()));
            }
            // Found by what the palette shows first, then by its English title (an agent's
            // words from the docs work in any language), the keymap name or description.
            if let Some((score, hits)) = matcher.hits(&a.title(), &query) {
                return Some((score * 2, a, hits));
            }
            [a.english_title(), a.name().to_string(), a.description()]
                .iter()
                .filter_map(|text| matcher.score(text, &query))
                .max()
                .map(|score| (score, a, Vec::new()))
        })
        .collect();
    found.sort_by_key(|x| std::cmp::Reverse(x.0));
    p.matches = found.into_iter().map(|(_, a, hits)| (a, hits)).collect();
    p.selected = 0;
}

/// How well `query` names one of an action's `words`: a whole word best, the start of one
/// (three letters at least) next; `None` when it names none.
fn word_score(words: &[String], query: &str) -> Option<i64> {
    const WORD: i64 = 1 << 40;
    if words.iter().any(|w| w == query) {
        return Some(WORD * 2);
    }
    (query.chars().count() >= 3 && words.iter().any(|w| w.starts_with(query))).then_some(WORD)
}

/// A key typed into the palette's query.
pub fn palette_key(state: &mut State, chord: &KeyChord) {
    if let Some(Overlay::Palette(p)) = &mut state.overlay
        && p.query.key(chord)
    {
        refind(state);
    }
}

/// Actions of the palette context.
pub fn palette_action(state: &mut State, action: Action, fx: &mut Vec<Effect>) -> bool {
    let Some(Overlay::Palette(p)) = &mut state.overlay else {
        return false;
    };
    match action {
        Action::SelectNext => p.selected = (p.selected + 1).min(p.matches.len().saturating_sub(1)),
        Action::SelectPrev => p.selected = p.selected.saturating_sub(1),
        Action::Confirm => {
            let chosen = p.matches.get(p.selected).map(|(a, _)| *a);
            state.overlay = None;
            if let Some(action) = chosen {
                perform(state, action, fx);
            }
        }
        Action::Cancel | Action::Back => state.overlay = None,
        _ => return false,
    }
    true
}
