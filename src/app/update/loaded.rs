//! Answers from the help desk and the writer, routed to the pane they belong to. Each carries
//! the request it answers; the pane drops answers to requests superseded meanwhile. Nothing
//! calls back into this file: it only routes.

use super::{Effect, State, detail, menu, outbox, picker, queue, responses, saves, session};
use super::{attach, bulk, files, new_ticket, opening, tags, watch};
use crate::app::msg::Loaded;

/// Hands one answer to its pane.
pub fn apply(state: &mut State, loaded: Loaded, fx: &mut Vec<Effect>) {
    match loaded {
        Loaded::Me(result) => session::me(state, result),
        Loaded::Adopted {
            number,
            items,
            problem,
        } => super::takeover::adopted(state, number, items, problem, fx),
        Loaded::Agents(result) => session::agents(state, result),
        Loaded::Statuses(result) => session::statuses(state, result),
        Loaded::Fields(result) => session::fields(state, result, fx),
        Loaded::View {
            req,
            view,
            first_page,
            result,
        } => queue::page_loaded(state, req, view, first_page, result, fx),
        Loaded::Ticket { req, result } => detail::ticket_loaded(state, req, result, fx),
        Loaded::Prefetched { id, ticket } => super::ahead::arrived(state, id, ticket, fx),
        Loaded::Cached { id, record } => detail::cached(state, id, record),
        Loaded::History { req, result } => detail::history_loaded(state, req, result),
        Loaded::Changes { req, result } => super::changes::loaded(state, req, result),
        Loaded::Canned {
            req,
            result,
            diagnostics,
        } => responses::loaded(state, req, result, diagnostics),
        Loaded::Rendered {
            req,
            ticket,
            canned,
            result,
        } => picker::rendered(state, req, ticket, &canned, result, fx),
        Loaded::Sent { req, result, .. } => outbox::sent(state, req, result, fx),
        Loaded::Checked { req, result } => outbox::checked(state, req, result, fx),
        Loaded::Filtered { req, view, visible } => queue::filtered(state, req, view, visible, fx),
        Loaded::TagsCounted { req, words } => tags::counted(state, req, words),
        Loaded::Changed { req, result, cost } => watch::answered(state, req, result, cost, fx),
        Loaded::Stored { kind, result } => saves::stored(state, kind, result),
        Loaded::Copied(result) => saves::copied(state, result, fx),
        Loaded::Updated {
            ticket,
            what,
            result,
        } => menu::updated(state, ticket, what, result, fx),
        Loaded::Progress { req, done } => files::progress(state, req, done),
        Loaded::Created { req, result } => opening::created(state, req, result, fx),
        Loaded::FoundCreated { req, result } => opening::found(state, req, result, fx),
        Loaded::BulkApplied { req, result } => bulk::applied(state, req, result, fx),
        Loaded::BulkChecked { req, result } => bulk::checked(state, req, result, fx),
        Loaded::Queues { req, result } => new_ticket::queues(state, req, result, fx),
        Loaded::Merged {
            source,
            target,
            result,
        } => super::merge::merged(state, source, target, result, fx),
        Loaded::Translated {
            ticket,
            message,
            result,
        } => super::translate::translated(state, ticket, &message, result, fx),
        Loaded::Fetched { req, result } => files::fetched(state, req, result, fx),
        Loaded::Described { ticket, result, .. } => attach::described(state, ticket, result, fx),
        Loaded::Listed { req, result } => attach::listed(state, req, result),
    }
}
