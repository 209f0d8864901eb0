//! `update` tests: keys go in, state comes out (see `testkit` for how effects are answered).

mod ahead;
mod audience;
mod bulk;
mod changes;
mod compose;
mod detail;
mod fields;
mod files;
mod filter;
mod focus;
mod forward;
mod freshness;
mod go_to;
mod menus;
mod merge;
mod new_ticket;
mod offline_changes;
mod outbox;
mod own_conflict;
mod queue;
mod reading;
mod remote;
mod rules;
mod saves;
mod search;
mod signature;
mod targets;
mod time_spent;
mod translate;
mod variants;
mod watch;

use super::update;
use crate::app::msg::Msg;
use crate::backend::{HelpDesk, TicketId, TicketSummary};
use crate::testkit::Harness;

/// A solved ticket of the demo desk: the default views hold active tickets only, so no view
/// shows it.
async fn a_solved_ticket(h: &Harness) -> TicketId {
    let solved = crate::backend::View {
        name: "all".into(),
        query: "status:solved".into(),
        quick: false,
    };
    h.desk
        .list_view(&solved, None)
        .await
        .expect("solved tickets")
        .tickets[0]
        .id
}
