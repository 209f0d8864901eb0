//! `update` tests: keys go in, state comes out (see `testkit` for how effects are answered).

mod ahead;
mod audience;
mod bulk;
mod compose;
mod detail;
mod files;
mod filter;
mod focus;
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
mod targets;
mod watch;

use super::update;
use crate::app::msg::Msg;
use crate::backend::{HelpDesk, TicketId, TicketSummary};
use crate::testkit::Harness;
