//! One contract for every HTTP help desk. Each backend's fixture serves the same small desk
//! from a mock server on 127.0.0.1, in that backend's documented JSON, and accepts only the
//! requests the backend documents (method, path, query, auth header, body): a request frontdesk
//! gets wrong finds no mock and fails the scenario.
//!
//! The desk: ticket 101 "Rechnung doppelt — 二重請求" from Jürgen Müller (urgent, open,
//! assigned to Sam Rivera, agent 9) with a customer message in HTML, a public reply, an internal
//! note and a customer follow-up; ticket 102 "Не могу войти" from Ольга Смирнова (low, new,
//! unassigned); on the second page ticket 103 "打印机坏了" from 王芳 (high). Jürgen's history
//! holds 101 and the solved 90. The canned response "Refund issued" greets the requester by
//! first name in the backend's own placeholder syntax.

pub mod budget;
pub mod bulk;
pub mod conditions;
pub mod create;
pub mod doctor;
pub mod errors;
pub mod fields;
pub mod files;
pub mod forward;
pub mod freshdesk;
pub mod helpscout;
pub mod history;
pub mod hostile;
pub mod jira;
pub mod links;
pub mod lookups;
pub mod macro_picker;
pub mod merge;
pub mod redmine;
pub mod rt;
pub mod rt_session;
pub mod search;
pub mod zammad;
pub mod zendesk;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use frontdesk::backend::http::Timeouts;
use frontdesk::backend::{Changes, Error, HelpDesk, MessageKind, Priority, Reply, TicketId, View};
use frontdesk::config::Profile;
use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::faults::{Fault, FaultProxy};

/// The version (updated_at) every fixture gives ticket 101.
pub const VERSION: &str = "2026-11-20T10:30:00Z";
/// A version some other agent's change replaced.
pub const STALE: &str = "2026-11-20T09:00:00Z";
/// The reply every write scenario sends.
pub const REPLY: &str = "Danke, Jürgen — erstattet.";

/// What a fixture needs for the error scenarios, which every HTTP backend shares.
pub trait Errors {
    /// The profile pointing at `url`.
    fn profile(url: &str) -> Profile;
    /// The credential to connect with.
    fn secret() -> &'static str;
    /// The header that credential must produce.
    fn auth() -> String;
    /// Which header carries it.
    fn auth_header() -> &'static str {
        "authorization"
    }
    /// The path `me()` asks for.
    fn me_path() -> &'static str;
    /// A body for `me_path` naming Sam Rivera.
    fn me_body() -> Value;
    /// What the backend sends with a 401, and a phrase of it the agent must see.
    fn unauthorized() -> (Value, &'static str);
    /// A 422 body, and a phrase of it the agent must see.
    fn unprocessable() -> (Value, &'static str);
    /// The desk's refusal of a change for a field it wants filled (status and body, as its
    /// documentation shows it), and the field it names; `None` where the desk has no such
    /// refusal.
    fn required() -> Option<(u16, Value, &'static str)> {
        None
    }
    /// Where the desk exchanges the credential for a token before any request, and what it
    /// answers (Help Scout's OAuth token endpoint).
    fn login() -> Option<(&'static str, Value)> {
        None
    }
}

/// A mock server for fixture `F`, with the desk's login mounted where it has one, so every
/// scenario starts from a desk that can sign in.
pub async fn start<F: Errors>() -> MockServer {
    let server = MockServer::start().await;
    if let Some((at, answer)) = F::login() {
        Mock::given(method("POST"))
            .and(path(at))
            .respond_with(json(200, answer))
            .mount(&server)
            .await;
    }
    server
}

/// What a fixture needs for the data scenarios.
#[async_trait]
pub trait Fixture: Errors {
    /// Mounts the two queue pages; returns the view that lists them.
    async fn mount_queue(server: &MockServer) -> View;
    /// Mounts ticket 101 with its conversation.
    async fn mount_ticket(server: &MockServer);
    /// Mounts Jürgen's tickets.
    async fn mount_history(server: &MockServer);
    /// Mounts the canned responses.
    async fn mount_canned(server: &MockServer);
    /// Expects the reply (or note) on 101 with status solved and tag refund, exactly once.
    async fn expect_reply(server: &MockServer, public: bool);
    /// Expects status, priority high, assignee 9 and tags on 101, exactly once.
    async fn expect_update(server: &MockServer);
    /// Makes 101 look changed since [`STALE`], and refuses any write.
    async fn mount_conflict(server: &MockServer);
    /// A status this backend can set that means "waiting on the customer".
    fn pending() -> &'static str;
    /// When 101's clock runs out by the help desk's own SLA data in the queue.
    /// `None` where the desk keeps no such time (Help Scout).
    fn target() -> Option<&'static str>;
    /// Whether the backend keeps tags.
    fn tags() -> bool {
        true
    }
    /// Whether the desk has canned responses of its own.
    fn canned() -> bool {
        true
    }
}

/// A desk for the fixture, talking to `server` with short timeouts so waits stay short.
pub fn connect<F: Errors>(server: &MockServer) -> Arc<dyn HelpDesk> {
    connect_at::<F>(&server.uri())
}

/// A desk for the fixture at `url` (a proxy in front of the mock server, say).
pub fn connect_at<F: Errors>(url: &str) -> Arc<dyn HelpDesk> {
    let timeouts = Timeouts {
        connect: Duration::from_secs(2),
        request: Duration::from_millis(800),
        rate_limit_default: Duration::from_millis(300),
        rate_limit_max: Duration::from_secs(5),
        rate_limit_retries: 2,
        read_retries: 2,
        read_backoff: Duration::from_millis(20),
        // Small, so a test can send more than it without sending hundreds of megabytes.
        max_answer: 2 * 1024 * 1024,
    };
    frontdesk::connect::with_timeouts(&F::profile(url), F::secret(), timeouts).expect("desk")
}

/// How many API requests the server has seen. A session exchange (Request Tracker's web page
/// `GET /Helpers/…`, once per process, answered 404 by these mocks so the token goes along)
/// and a token exchange (Help Scout's `POST /v2/oauth2/token`) are not one.
pub async fn requests(server: &MockServer) -> usize {
    server.received_requests().await.map_or(0, |r| {
        r.iter()
            .filter(|r| {
                !r.url.path().starts_with("/Helpers/") && !r.url.path().ends_with("/oauth2/token")
            })
            .count()
    })
}

/// Whether the desk's requests are ever held (the countdown the interface shows), known once
/// the desk is dropped.
pub fn watch_holds(desk: &Arc<dyn HelpDesk>) -> tokio::task::JoinHandle<bool> {
    let mut holds = desk.throttle().expect("an HTTP desk").subscribe();
    tokio::spawn(async move {
        let mut held = false;
        while holds.changed().await.is_ok() {
            held |= holds.borrow().is_some();
        }
        held
    })
}

/// A JSON answer.
pub fn json(status: u16, body: Value) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(body)
}

// ---- data scenarios ----------------------------------------------------------------------

/// Pages are followed, people come from sideloads, and a page costs one request once the
/// desk's fixed lists (agents, states) are known.
pub async fn queue_pages_at_a_constant_cost<F: Fixture>() {
    let server = start::<F>().await;
    let view = F::mount_queue(&server).await;
    let desk = connect::<F>(&server);
    let first = desk.list_view(&view, None).await.expect("page 1");
    let before = requests(&server).await;
    let again = desk.list_view(&view, None).await.expect("page 1 again");
    assert_eq!(
        requests(&server).await - before,
        1,
        "a queue page is one request"
    );
    assert_eq!(again.tickets.len(), first.tickets.len());
    let ids: Vec<u64> = first.tickets.iter().map(|t| t.id.0).collect();
    assert_eq!(ids[..2], [101, 102], "in the help desk's order");
    let t = &first.tickets[0];
    assert_eq!(t.subject, "Rechnung doppelt — 二重請求");
    assert_eq!(t.requester.name, "Jürgen Müller");
    assert_eq!(t.priority, Priority::Urgent);
    assert_eq!(
        t.assignee.as_ref().map(|a| a.name.as_str()),
        Some("Sam Rivera")
    );
    assert_eq!(
        t.due_at.map(|d| d.to_string()).as_deref(),
        F::target(),
        "the help desk's own target"
    );
    assert_eq!(first.tickets[1].requester.name, "Ольга Смирнова");
    assert_eq!(first.tickets[1].priority, Priority::Low);
    assert!(first.tickets[1].assignee.is_none());

    let next = first.next.as_deref().expect("a second page");
    let before = requests(&server).await;
    let second = desk.list_view(&view, Some(next)).await.expect("page 2");
    assert_eq!(requests(&server).await - before, 1);
    assert_eq!(second.tickets[0].id.0, 103);
    assert_eq!(second.tickets[0].requester.name, "王芳");
    assert_eq!(second.tickets[0].priority, Priority::High);
    assert!(second.next.is_none(), "the last page says so");
}

/// The conversation tells customer, public and internal apart and reads HTML as text.
pub async fn a_ticket_reads_as_a_conversation<F: Fixture>() {
    let server = start::<F>().await;
    F::mount_ticket(&server).await;
    let desk = connect::<F>(&server);
    let ticket = desk.ticket(TicketId(101)).await.expect("ticket");
    let kinds: Vec<MessageKind> = ticket.conversation.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [
            MessageKind::Customer,
            MessageKind::Public,
            MessageKind::Internal,
            MessageKind::Customer
        ]
    );
    let first = &ticket.conversation[0];
    assert_eq!(first.body, "I was charged twice & need help.");
    assert!(!first.body.contains('<'), "no markup: {}", first.body);
    assert_eq!(ticket.conversation[1].body, "Wir prüfen das.");
    assert_eq!(ticket.conversation[2].body, "Refund in Stripe?");
    assert_eq!(ticket.conversation[3].body, "Danke! 谢谢");
    assert_eq!(ticket.summary.requester.email, "jurgen@example.de");
    assert_eq!(ticket.summary.version.as_deref(), Some(VERSION));
    assert_eq!(
        ticket.summary.replies,
        Some(2),
        "internal notes are not replies"
    );
    assert!(
        ticket.summary.waiting_since.is_some(),
        "the customer wrote last"
    );
    if F::tags() {
        assert_eq!(ticket.summary.tags, ["billing", "vip"]);
    }
}

/// The requester's other tickets, newest first.
pub async fn the_requesters_tickets<F: Fixture>() {
    let server = start::<F>().await;
    F::mount_ticket(&server).await;
    F::mount_history(&server).await;
    let desk = connect::<F>(&server);
    let ticket = desk.ticket(TicketId(101)).await.expect("ticket");
    let history = desk
        .requester_tickets(&ticket.summary.requester)
        .await
        .expect("history");
    let ids: Vec<u64> = history.iter().map(|t| t.id.0).collect();
    assert_eq!(ids, [101, 90]);
    assert!(!history[1].status.kind.is_active());
}

/// Canned responses arrive with placeholders in frontdesk's syntax.
pub async fn canned_responses_speak_our_placeholders<F: Fixture>() {
    let server = start::<F>().await;
    F::mount_canned(&server).await;
    let desk = connect::<F>(&server);
    let canned = desk.canned_responses().await.expect("canned");
    if !F::canned() {
        assert!(canned.is_empty(), "{canned:?}");
        assert_eq!(
            requests(&server).await,
            0,
            "nothing asked of a desk that has none"
        );
        return;
    }
    let refund = canned
        .iter()
        .find(|c| c.title == "Refund issued")
        .unwrap_or_else(|| panic!("no Refund issued in {canned:?}"));
    // A fallback the desk gives comes along as a filter (`| default: "there"`).
    let greeting = refund.body.split(',').next().unwrap_or_default();
    assert!(
        greeting.starts_with("Hallo {{requester.first_name") && greeting.ends_with("}}"),
        "{}",
        refund.body
    );
    assert!(!refund.body.contains('<'), "{}", refund.body);
}

/// A reply and a note go where the backend documents, with the changes that ride along.
pub async fn replies_and_notes_are_posted<F: Fixture>() {
    for public in [true, false] {
        let server = start::<F>().await;
        F::expect_reply(&server, public).await;
        let desk = connect::<F>(&server);
        let changes = Changes {
            status: Some("solved".into()).filter(|_| public),
            tags_add: if F::tags() {
                vec!["refund".into()]
            } else {
                vec![]
            },
            ..Changes::default()
        };
        let reply = Reply {
            body: REPLY.into(),
            public,
            changes,
            expected_version: Some(VERSION.into()),
            ..Reply::default()
        };
        desk.reply(TicketId(101), reply).await.expect("posted");
        // Expectations are checked when the server is dropped.
    }
}

/// Status, priority, assignee and tags change together.
pub async fn fields_change<F: Fixture>() {
    let server = start::<F>().await;
    F::expect_update(&server).await;
    let desk = connect::<F>(&server);
    let changes = every_field::<F>();
    desk.update(TicketId(101), changes, Some(VERSION.into()))
        .await
        .expect("updated");
}

/// A ticket someone else changed is a conflict, and nothing is written.
pub async fn a_conflict_writes_nothing<F: Fixture>() {
    let server = start::<F>().await;
    F::mount_conflict(&server).await;
    let desk = connect::<F>(&server);
    let reply = Reply {
        body: REPLY.into(),
        public: true,
        changes: Changes::default(),
        expected_version: Some(STALE.into()),
        ..Reply::default()
    };
    let err = desk
        .reply(TicketId(101), reply)
        .await
        .expect_err("conflict");
    assert_eq!(err, Error::Conflict);
    let writes = server
        .received_requests()
        .await
        .unwrap_or_default()
        .into_iter()
        .filter(|r| {
            r.method != wiremock::http::Method::GET && r.method != wiremock::http::Method::HEAD
        })
        .count();
    assert!(
        writes <= 1,
        "at most the refused write itself reached the server"
    );
}

/// The change [`Fixture::expect_update`] expects: status, priority, assignee and tags.
fn every_field<F: Fixture>() -> Changes {
    let tags = |tag: &str| {
        if F::tags() {
            vec![tag.to_string()]
        } else {
            vec![]
        }
    };
    Changes {
        status: Some(F::pending().into()),
        priority: Some(Priority::High),
        assignee: Some(Some(frontdesk::backend::AgentId("9".into()))),
        tags_add: tags("refund"),
        tags_remove: tags("vip"),
        ..Changes::default()
    }
}

/// A write whose answer is lost is not repeated (it may have been carried out), and the error
/// says so, so the outbox checks before trying again.
pub async fn a_dropped_write_is_not_repeated<F: Fixture>() {
    let server = start::<F>().await;
    F::expect_update(&server).await;
    let proxy = FaultProxy::start(server.address().port()).await;
    proxy.break_next("PUT", "101", Fault::ForwardThenDrop);
    let desk = connect_at::<F>(&format!("http://127.0.0.1:{}", proxy.port));
    let changes = every_field::<F>();
    let err = desk
        .update(TicketId(101), changes, Some(VERSION.into()))
        .await
        .expect_err("the answer was lost");
    assert!(err.may_have_been_applied(), "{err:?}");
    assert!(proxy.all_used());
    // The mock server checks on drop that each write arrived exactly once.
}
