//! Fetching ahead: the top of a view, the rows around a resting selection, the fetches the
//! agent moved away from called off, and the copy kept on disk shown until the live one.

use crate::app::effect::{Effect, Work};
use crate::app::msg::{Loaded, Msg};
use crate::app::state::RequestId;
use crate::backend::{Page, TicketId};
use crate::testkit::pure::{Pure, row, ticket};

/// Every view answered, the first with eight rows (last, so `fx` holds what it asked for).
fn eight() -> Pure {
    let mut pure = Pure::new();
    let asked: Vec<(RequestId, usize)> = pure
        .fx
        .iter()
        .filter_map(|e| match e {
            Effect::LoadView { req, view, .. } => Some((*req, *view)),
            _ => None,
        })
        .collect();
    let subjects = [
        "Double charge",
        "Login fails",
        "Export",
        "Invoice",
        "VPN",
        "Printer",
        "Mailbox",
        "Laptop",
    ];
    for (req, view) in asked.into_iter().rev() {
        let tickets = if view == 0 {
            (1..).zip(subjects).map(|(id, s)| row(id, s)).collect()
        } else {
            Vec::new()
        };
        pure.on(Msg::Loaded(Loaded::View {
            req,
            view,
            first_page: true,
            result: Ok(Page {
                total: Some(tickets.len()),
                tickets,
                next: None,
            }),
        }));
    }
    pure
}

/// The view's rows as shown, by id.
fn shown(pure: &Pure) -> Vec<u64> {
    let view = pure.state.queue.current().expect("a view");
    view.visible.iter().map(|&i| view.tickets[i].id.0).collect()
}

fn prefetched(fx: &[Effect]) -> Vec<u64> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::Prefetch(id) => Some(id.0),
            _ => None,
        })
        .collect()
}

fn aborted(fx: &[Effect]) -> Vec<Work> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::Abort(work) => Some(*work),
            _ => None,
        })
        .collect()
}

#[test]
fn a_views_first_screen_is_fetched_from_the_top() {
    let pure = eight();
    assert_eq!(prefetched(&pure.fx), shown(&pure)[..3]);
}

#[test]
fn the_resting_selection_is_fetched_with_its_neighbours_and_opens_at_once() {
    let mut pure = eight();
    let rows = shown(&pure);
    pure.keys("j j j j");
    let timers: Vec<_> = pure
        .fx
        .iter()
        .filter_map(|e| match e {
            Effect::Debounce { req, .. } => Some(*req),
            _ => None,
        })
        .collect();
    assert_eq!(
        timers.len(),
        2,
        "a wait per move to a row not already on its way (the top three were)"
    );
    assert!(prefetched(&pure.fx).is_empty(), "holding j fetches nothing");
    // The top rows were still on their way; the selection left them behind.
    let top: Vec<Work> = rows[..3]
        .iter()
        .map(|id| Work::Prefetch(TicketId(*id)))
        .collect();
    assert_eq!(aborted(&pure.fx), top);
    assert!(pure.state.prefetch.pending.is_empty());

    // The first moves' waits were overtaken by the last: they fetch nothing.
    pure.on(Msg::Elapsed(timers[0]));
    assert!(pure.fx.is_empty(), "{:?}", pure.fx);
    pure.on(Msg::Elapsed(timers[1]));
    assert_eq!(
        prefetched(&pure.fx),
        [rows[4], rows[5], rows[3]],
        "the row, then below, then above"
    );

    let summary = pure.state.queue.selected().cloned().expect("a row");
    pure.on(Msg::Loaded(Loaded::Prefetched {
        id: summary.id,
        ticket: Some(ticket(summary)),
    }));
    pure.keys("enter");
    assert_eq!(
        pure.state.detail.loaded().map(|t| t.summary.id),
        Some(TicketId(rows[4])),
        "shown at once, before the fresh copy arrives"
    );
}

#[test]
fn a_ticket_load_overtaken_by_another_is_aborted() {
    let mut pure = eight();
    pure.keys("enter");
    let first = pure
        .find(|e| match e {
            Effect::LoadTicket { req, .. } => Some(*req),
            _ => None,
        })
        .expect("loading");
    let history = pure.state.detail.history.pending.expect("history loading");
    pure.keys("J");
    assert_eq!(
        aborted(&pure.fx),
        [Work::Request(first), Work::Request(history)]
    );
    assert!(
        pure.fx
            .iter()
            .any(|e| matches!(e, Effect::LoadTicket { id, .. } if id.0 == shown(&pure)[1]))
    );
}

#[test]
fn a_view_listed_again_calls_off_the_listing_under_way() {
    let mut pure = Pure::new();
    let pending: Vec<_> = pure.state.queue.views.iter().map(|v| v.pending).collect();
    pure.keys("ctrl-r");
    let calls = aborted(&pure.fx);
    assert_eq!(calls.len(), pending.len(), "{calls:?}");
    for req in pending.into_iter().flatten() {
        assert!(calls.contains(&Work::Request(req)));
    }
}

#[test]
fn a_ticket_shows_its_copy_from_disk_until_the_live_one_arrives() {
    let mut pure = eight();
    let rows = shown(&pure);
    // Moved past the rows fetched ahead: nothing of this one is in memory.
    pure.keys("j j j j j enter");
    let id = TicketId(rows[5]);
    assert_eq!(pure.state.detail.id, Some(id));
    assert!(pure.fx.contains(&Effect::ReadConversation(id)));
    let req = pure
        .find(|e| match e {
            Effect::LoadTicket { req, .. } => Some(*req),
            _ => None,
        })
        .expect("loading");
    let summary = pure.state.queue.find(id).cloned().expect("a row");
    let mut old = ticket(summary.clone());
    old.summary.subject = "As it was".into();
    let saved_at = pure.state.session.now - jiff::SignedDuration::from_mins(3);
    pure.on(Msg::Loaded(Loaded::Cached {
        id,
        record: Some(Box::new(crate::app::state::records::CachedTicket {
            saved_at,
            ticket: old,
        })),
    }));
    assert_eq!(pure.state.detail.cached_at, Some(saved_at));
    let screen = crate::testkit::screen_of(&pure.state);
    assert!(screen.contains("As it was · cached 3m ago · ⟳"), "{screen}");

    pure.on(Msg::Loaded(Loaded::Ticket {
        req,
        result: Ok(ticket(summary)),
    }));
    assert_eq!(
        pure.state.detail.cached_at, None,
        "the live copy replaced it"
    );
    assert!(
        pure.fx
            .iter()
            .any(|e| matches!(e, Effect::SaveConversation(r) if r.ticket.summary.id == id)),
        "and is kept for next time"
    );
    // A copy from disk arriving late changes nothing.
    pure.on(Msg::Loaded(Loaded::Cached {
        id,
        record: Some(Box::new(crate::app::state::records::CachedTicket {
            saved_at,
            ticket: ticket(pure.state.queue.find(id).cloned().expect("row")),
        })),
    }));
    assert_eq!(pure.state.detail.cached_at, None);
}
