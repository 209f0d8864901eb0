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
pub mod create;
pub mod files;
pub mod freshdesk;
pub mod hostile;
pub mod links;
pub mod merge;
pub mod redmine;
pub mod rt;
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
use wiremock::matchers::{header, method, path};
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
    fn target() -> &'static str;
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
/// is not one.
pub async fn requests(server: &MockServer) -> usize {
    server.received_requests().await.map_or(0, |r| {
        r.iter()
            .filter(|r| !r.url.path().starts_with("/Helpers/"))
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
    let server = MockServer::start().await;
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
        Some(F::target()),
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
    let server = MockServer::start().await;
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
    let server = MockServer::start().await;
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
    let server = MockServer::start().await;
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
    assert!(
        refund.body.starts_with("Hallo {{requester.first_name}},"),
        "{}",
        refund.body
    );
    assert!(!refund.body.contains('<'), "{}", refund.body);
}

/// A reply and a note go where the backend documents, with the changes that ride along.
pub async fn replies_and_notes_are_posted<F: Fixture>() {
    for public in [true, false] {
        let server = MockServer::start().await;
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
    let server = MockServer::start().await;
    F::expect_update(&server).await;
    let desk = connect::<F>(&server);
    let changes = every_field::<F>();
    desk.update(TicketId(101), changes, Some(VERSION.into()))
        .await
        .expect("updated");
}

/// A ticket someone else changed is a conflict, and nothing is written.
pub async fn a_conflict_writes_nothing<F: Fixture>() {
    let server = MockServer::start().await;
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

// ---- error scenarios ---------------------------------------------------------------------

async fn mount_me<F: Errors>(server: &MockServer, answer: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(F::me_path()))
        .and(header(F::auth_header(), F::auth().as_str()))
        .respond_with(answer)
        .mount(server)
        .await;
}

/// The credential goes in the documented header and `me` reads the agent.
pub async fn the_credential_is_sent_as_documented<F: Errors>() {
    let server = MockServer::start().await;
    mount_me::<F>(&server, json(200, F::me_body())).await;
    let me = connect::<F>(&server).me().await.expect("me");
    assert_eq!(me.name, "Sam Rivera");
}

/// 401 is an authentication error in the server's words.
pub async fn unauthorized_is_explained<F: Errors>() {
    let server = MockServer::start().await;
    let (body, phrase) = F::unauthorized();
    mount_me::<F>(&server, json(401, body)).await;
    let err = connect::<F>(&server).me().await.expect_err("401");
    assert!(
        matches!(&err, Error::Auth(m) if m.contains(phrase)),
        "{err:?}"
    );
}

/// 404 is "not found".
pub async fn not_found_is_explained<F: Errors>() {
    let server = MockServer::start().await;
    mount_me::<F>(&server, ResponseTemplate::new(404)).await;
    let err = connect::<F>(&server).me().await.expect_err("404");
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
}

/// 422 carries the validation message.
pub async fn unprocessable_is_explained<F: Errors>() {
    let server = MockServer::start().await;
    let (body, phrase) = F::unprocessable();
    mount_me::<F>(&server, json(422, body)).await;
    let err = connect::<F>(&server).me().await.expect_err("422");
    assert!(
        matches!(&err, Error::Invalid(m) if m.contains(phrase)),
        "{err:?}"
    );
}

/// Answers 429 once with `retry_after` (if any), then succeeds; returns whether the throttle
/// was seen holding requests.
async fn rate_limited_once<F: Errors>(retry_after: Option<String>) -> bool {
    let server = MockServer::start().await;
    let mut limited = ResponseTemplate::new(429).set_body_string("Too Many Requests");
    if let Some(value) = retry_after {
        limited = limited.insert_header("retry-after", value.as_str());
    }
    Mock::given(method("GET"))
        .and(path(F::me_path()))
        .respond_with(limited)
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    mount_me::<F>(&server, json(200, F::me_body())).await;
    let desk = connect::<F>(&server);
    let watcher = watch_holds(&desk);
    let me = desk.me().await.expect("answered after waiting");
    assert_eq!(me.name, "Sam Rivera");
    assert_eq!(requests(&server).await, 2, "asked once more, not more");
    drop(desk);
    watcher.await.unwrap_or(false)
}

/// `Retry-After: 1` is waited out, shown as a hold, and the request repeated.
pub async fn a_429_with_seconds_is_waited_out<F: Errors>() {
    assert!(rate_limited_once::<F>(Some("1".into())).await, "hold shown");
}

/// `Retry-After` as an HTTP date.
pub async fn a_429_with_a_date_is_waited_out<F: Errors>() {
    let at = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(1);
    let date = jiff::fmt::rfc2822::to_string(&at.to_zoned(jiff::tz::TimeZone::UTC))
        .expect("date")
        .replace("+0000", "GMT");
    assert!(rate_limited_once::<F>(Some(date)).await, "hold shown");
}

/// No `Retry-After`: the bounded default wait.
pub async fn a_429_without_retry_after_waits_the_default<F: Errors>() {
    assert!(rate_limited_once::<F>(None).await, "hold shown");
}

/// A wait beyond the limit is not sat out: the call fails saying how long.
pub async fn a_long_429_fails_with_the_wait<F: Errors>() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(F::me_path()))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "3600"))
        .mount(&server)
        .await;
    let err = connect::<F>(&server).me().await.expect_err("429");
    assert_eq!(
        err,
        Error::RateLimited {
            retry_after: Some(Duration::from_secs(3600))
        }
    );
    assert_eq!(requests(&server).await, 1);
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
    }
}

/// A read whose answer is lost on the way (the connection drops after the server answered)
/// is tried again, and the agent never sees the hiccup.
pub async fn a_dropped_read_is_tried_again<F: Errors>() {
    let server = MockServer::start().await;
    mount_me::<F>(&server, json(200, F::me_body())).await;
    let proxy = FaultProxy::start(server.address().port()).await;
    proxy.break_next("GET", F::me_path(), Fault::ForwardThenDrop);
    let desk = connect_at::<F>(&format!("http://127.0.0.1:{}", proxy.port));
    desk.me().await.expect("the second try answers");
    assert!(proxy.all_used());
    assert_eq!(requests(&server).await, 2, "read twice");
}

/// A write whose answer is lost is not repeated (it may have been carried out), and the error
/// says so, so the outbox checks before trying again.
pub async fn a_dropped_write_is_not_repeated<F: Fixture>() {
    let server = MockServer::start().await;
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

/// An answer slower than the request timeout is a timeout.
pub async fn a_slow_answer_times_out<F: Errors>() {
    let server = MockServer::start().await;
    mount_me::<F>(
        &server,
        json(200, F::me_body()).set_delay(Duration::from_secs(3)),
    )
    .await;
    let err = connect::<F>(&server).me().await.expect_err("timeout");
    assert_eq!(err, Error::Timeout);
}

/// `frontdesk doctor` logging every request at the most detailed level: the log shows the
/// requests, and neither the credential nor the Authorization header that carries it.
pub async fn the_log_never_holds_the_credential<F: Errors>() {
    let server = MockServer::start().await;
    mount_me::<F>(&server, json(200, F::me_body())).await;
    let home = tempfile::tempdir().expect("home");
    let profile = F::profile(&server.uri());
    let backend = frontdesk::config::BackendKind::ALL
        .iter()
        .find(|(_, kind)| *kind == profile.backend)
        .map(|(name, _)| *name)
        .expect("a backend name");
    let mut cmd = tokio::process::Command::new(env!("CARGO_BIN_EXE_frontdesk"));
    cmd.arg("doctor")
        .env("XDG_CONFIG_HOME", home.path())
        .env("FRONTDESK_DATA_DIR", home.path())
        .env("FRONTDESK_LOG", "trace")
        .env("FRONTDESK_BACKEND", backend)
        .env("FRONTDESK_URL", server.uri())
        .env("FRONTDESK_TOKEN", F::secret())
        .env_remove("FRONTDESK_PROFILE")
        .env_remove("FRONTDESK_CONFIG");
    match &profile.user {
        Some(user) => cmd.env("FRONTDESK_USER", user),
        None => cmd.env_remove("FRONTDESK_USER"),
    };
    let out = cmd.output().await.expect("doctor runs");
    let log = std::fs::read_to_string(frontdesk::log::path(home.path())).expect("a log");
    assert!(
        log.contains(F::me_path()),
        "the log records requests: {log}\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let header = F::auth();
    let encoded = header.split_whitespace().last().unwrap_or(&header);
    for secret in [F::secret(), header.as_str(), encoded] {
        assert!(!log.contains(secret), "{secret} is in the log:\n{log}");
    }
    for name in ["authorization", F::auth_header()] {
        assert!(
            !log.to_ascii_lowercase().contains(name),
            "a header is in the log:\n{log}"
        );
    }
}
