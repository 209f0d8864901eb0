//! The contract desk as Zendesk Support API v2 serves it: search with `include=tickets(…)`
//! sideloads and offset pages, comments with `include=users`, macros, safe updates.

use async_trait::async_trait;
use base64::Engine;
use frontdesk::backend::View;
use frontdesk::canned::Audience;
use frontdesk::config::{BackendKind, Profile};
use serde_json::{Value, json};
use wiremock::matchers::{body_partial_json, header, method, path, query_param};
use wiremock::{Mock, MockServer};

use super::{Errors, Fixture, REPLY, STALE, VERSION, json};

/// Zendesk.
pub struct Zendesk;

pub fn ticket(id: u64, subject: &str, status: &str, priority: &str, requester: u64) -> Value {
    json!({
        "id": id, "subject": subject, "status": status, "priority": priority,
        "requester_id": requester, "assignee_id": if id == 101 { json!(9) } else { Value::Null },
        "group_id": 3, "tags": ["billing", "vip"],
        "created_at": format!("2026-11-{:02}T08:00:00Z", if id == 90 { 1 } else { 20 }),
        "updated_at": if id == 101 { VERSION } else { "2026-11-20T08:00:00Z" },
        // The first reply was in time; the next reply's clock runs; resolution's is paused.
        "slas": if id == 101 { json!({ "policy_metrics": [
            { "metric": "first_reply_time", "stage": "achieved", "breach_at": "2026-11-20T09:00:00Z" },
            { "metric": "next_reply_time", "stage": "active", "breach_at": "2026-11-21T10:20:00Z" },
            { "metric": "requester_wait_time", "stage": "paused", "breach_at": "2026-11-20T11:00:00Z" }
        ] }) } else { json!("unexpected") },
        "custom_fields": [{ "id": 360001, "value": "billing" }, { "id": 360002, "value": null }],
        "result_type": "ticket"
    })
}

pub fn users() -> Value {
    json!([
        { "id": 7, "name": "Jürgen Müller", "email": "jurgen@example.de", "role": "end-user",
          "organization_id": 55, "iana_time_zone": "Europe/Berlin", "locale": "de-DE" },
        { "id": 8, "name": "Ольга Смирнова", "email": "olga@example.ru", "role": "end-user" },
        { "id": 9, "name": "Sam Rivera", "email": "sam@example.com", "role": "agent" },
        { "id": 10, "name": "王芳", "email": "wang@example.cn", "role": "end-user" }
    ])
}

pub fn authorized(m: wiremock::MockBuilder) -> wiremock::MockBuilder {
    m.and(header("authorization", Zendesk::auth().as_str()))
}

impl Errors for Zendesk {
    fn profile(url: &str) -> Profile {
        let mut p = Profile::new("zendesk", BackendKind::Zendesk);
        p.url = Some(url.to_string());
        p.user = Some("sam@example.com".into());
        p
    }
    fn secret() -> &'static str {
        "zd-api-token"
    }
    fn auth() -> String {
        let pair =
            base64::engine::general_purpose::STANDARD.encode("sam@example.com/token:zd-api-token");
        format!("Basic {pair}")
    }
    fn me_path() -> &'static str {
        "/api/v2/users/me"
    }
    fn me_body() -> Value {
        json!({ "user": { "id": 9, "name": "Sam Rivera", "email": "sam@example.com",
                          "role": "agent", "signature": "Sam\nAcme Support" } })
    }
    fn unauthorized() -> (Value, &'static str) {
        (
            json!({ "error": "Couldn't authenticate you" }),
            "Couldn't authenticate you",
        )
    }
    fn unprocessable() -> (Value, &'static str) {
        (
            json!({ "error": "RecordInvalid", "description": "Record validation errors",
                    "details": { "status": [{ "description": "Status: closed prevents ticket update" }] } }),
            "closed prevents ticket update",
        )
    }
    fn required() -> Option<(u16, Value, &'static str)> {
        Some((
            422,
            json!({ "error": "RecordInvalid", "description": "Record validation errors",
                    "details": { "base": [{ "description": "Type: is required when solving a ticket",
                                            "error": null, "ticket_field_id": 360001,
                                            "ticket_field_type": "FieldTagger" }] } }),
            "360001",
        ))
    }
}

#[async_trait]
impl Fixture for Zendesk {
    async fn mount_queue(server: &MockServer) -> View {
        let search = |page: &str| {
            authorized(Mock::given(method("GET")))
                .and(path("/api/v2/search"))
                .and(query_param("query", "type:ticket status<solved"))
                .and(query_param("sort_by", "priority"))
                .and(query_param("sort_order", "desc"))
                .and(query_param(
                    "include",
                    "tickets(users,groups,organizations,metric_sets,slas)",
                ))
                .and(query_param("per_page", "100"))
                .and(query_param("page", page))
        };
        search("1")
            .respond_with(json(
                200,
                json!({
                    "results": [ticket(101, "Rechnung doppelt — 二重請求", "open", "urgent", 7),
                                ticket(102, "Не могу войти", "new", "low", 8)],
                    "users": users(), "groups": [{ "id": 3, "name": "Billing" }],
                    "organizations": [{ "id": 55, "name": "Müller GmbH" }],
                    "metric_sets": [{ "ticket_id": 101, "replies": 1,
                                      "requester_updated_at": "2026-11-20T10:20:00Z",
                                      "assignee_updated_at": "2026-11-20T10:10:00Z" }],
                    "next_page": format!("{}/api/v2/search?page=2", server.uri()),
                    "count": 3
                }),
            ))
            .mount(server)
            .await;
        search("2")
            .respond_with(json(
                200,
                json!({ "results": [ticket(103, "打印机坏了", "pending", "high", 10)],
                        "users": users(), "next_page": null, "count": 3 }),
            ))
            .mount(server)
            .await;
        View {
            name: "All open".into(),
            query: "type:ticket status<solved".into(),
            quick: false,
        }
    }

    async fn mount_ticket(server: &MockServer) {
        authorized(Mock::given(method("GET")))
            .and(path("/api/v2/tickets/101"))
            .and(query_param("include", "users,groups,organizations,slas"))
            .respond_with(json(
                200,
                json!({ "ticket": ticket(101, "Rechnung doppelt — 二重請求", "open", "urgent", 7),
                        "users": users(), "groups": [{ "id": 3, "name": "Billing" }],
                        "organizations": [{ "id": 55, "name": "Müller GmbH" }] }),
            ))
            .mount(server)
            .await;
        let comment =
            |id: u64, author: u64, body: &str, html: Option<&str>, public: bool, min: u32| {
                json!({ "id": id, "type": "Comment", "author_id": author, "body": body,
                    "html_body": html, "public": public,
                    "created_at": format!("2026-11-20T10:{min:02}:00Z") })
            };
        authorized(Mock::given(method("GET")))
            .and(path("/api/v2/tickets/101/comments"))
            .and(query_param("include", "users"))
            .and(query_param("page[size]", "100"))
            .respond_with(json(
                200,
                json!({
                    "comments": [
                        comment(1, 7, "I was charged twice & need help.",
                                Some("<p>I was charged <b>twice</b> &amp; need help.</p>"), true, 0),
                        comment(2, 9, "Wir prüfen das.", None, true, 5),
                        comment(3, 9, "Refund in Stripe?", None, false, 6),
                        comment(4, 7, "Danke! 谢谢", None, true, 20)
                    ],
                    "users": users(),
                    "meta": { "has_more": false, "after_cursor": null }
                }),
            ))
            .mount(server)
            .await;
    }

    async fn mount_history(server: &MockServer) {
        authorized(Mock::given(method("GET")))
            .and(path("/api/v2/users/7/tickets/requested"))
            .and(query_param("sort_by", "created_at"))
            .and(query_param("sort_order", "desc"))
            .respond_with(json(
                200,
                json!({ "tickets": [ticket(90, "Alte Rechnung", "solved", "normal", 7),
                                    ticket(101, "Rechnung doppelt — 二重請求", "open", "urgent", 7)],
                        "users": users() }),
            ))
            .mount(server)
            .await;
    }

    async fn mount_canned(server: &MockServer) {
        authorized(Mock::given(method("GET")))
            .and(path("/api/v2/macros/active"))
            .and(query_param("page[size]", "100"))
            .respond_with(json(
                200,
                json!({
                    "macros": [
                        { "id": 42, "title": "Refund issued", "active": true, "actions": [
                            { "field": "comment_value",
                              "value": "Hallo {{ticket.requester.first_name}},\n\nwe refunded you.\n{{current_user.signature}}" },
                            { "field": "status", "value": "solved" },
                            { "field": "current_tags", "value": "refund" } ] },
                        { "id": 43, "title": "Retired", "active": false, "actions": [] }
                    ],
                    "meta": { "has_more": false }
                }),
            ))
            .mount(server)
            .await;
    }

    async fn expect_reply(server: &MockServer, public: bool) {
        let mut ticket = json!({ "comment": { "body": REPLY, "public": public },
                                 "additional_tags": ["refund"],
                                 "safe_update": true, "updated_stamp": VERSION });
        if public {
            ticket["status"] = json!("solved");
        }
        authorized(Mock::given(method("PUT")))
            .and(path("/api/v2/tickets/101"))
            .and(body_partial_json(json!({ "ticket": ticket })))
            .respond_with(json(200, json!({ "ticket": { "id": 101 }, "audit": {} })))
            .expect(1)
            .mount(server)
            .await;
    }

    async fn expect_update(server: &MockServer) {
        authorized(Mock::given(method("PUT")))
            .and(path("/api/v2/tickets/101"))
            .and(body_partial_json(json!({ "ticket": {
                "status": "pending", "priority": "high", "assignee_id": 9,
                "additional_tags": ["refund"], "remove_tags": ["vip"],
                "safe_update": true, "updated_stamp": VERSION } })))
            .respond_with(json(200, json!({ "ticket": { "id": 101 } })))
            .expect(1)
            .mount(server)
            .await;
    }

    async fn mount_conflict(server: &MockServer) {
        authorized(Mock::given(method("PUT")))
            .and(path("/api/v2/tickets/101"))
            .and(body_partial_json(
                json!({ "ticket": { "safe_update": true, "updated_stamp": STALE } }),
            ))
            .respond_with(json(
                409,
                json!({ "error": "UpdateConflict", "description": "The ticket was updated by someone else" }),
            ))
            .expect(1)
            .mount(server)
            .await;
    }

    fn target() -> Option<&'static str> {
        Some("2026-11-21T10:20:00Z")
    }
    fn pending() -> &'static str {
        "pending"
    }
}

/// Zendesk renders a macro for the ticket itself; frontdesk uses that text.
pub async fn macros_are_rendered_by_zendesk() {
    let server = MockServer::start().await;
    Zendesk::mount_canned(&server).await;
    authorized(Mock::given(method("GET")))
        .and(path("/api/v2/tickets/101/macros/42/apply"))
        .respond_with(json(
            200,
            json!({ "result": { "ticket": { "id": 101, "status": "solved",
                    "comment": { "body": "Hallo Jürgen,\n\nwe refunded you.\nSam", "public": true } } } }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let form = format!("{}/macro_attachments/3/refund-form.pdf", server.uri());
    authorized(Mock::given(method("GET")))
        .and(path("/api/v2/macros/42/attachments"))
        .respond_with(json(
            200,
            json!({ "macro_attachments": [{ "id": 3, "filename": "refund-form.pdf",
                    "content_type": "application/pdf", "size": 1200, "content_url": form }] }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let desk = super::connect::<Zendesk>(&server);
    assert!(desk.capabilities().server_side_canned);
    let canned = desk.canned_responses().await.expect("macros");
    assert_eq!(canned.len(), 1, "inactive macros are left out");
    assert_eq!(canned[0].actions.status.as_deref(), Some("solved"));
    let text = desk
        .render_canned(frontdesk::backend::TicketId(101), &canned[0])
        .await
        .expect("applied");
    let text = text.expect("rendered");
    assert_eq!(text.text, "Hallo Jürgen,\n\nwe refunded you.\nSam");
    assert_eq!(text.audience, Audience::Public);
    let files: Vec<_> = text.files.iter().map(|f| f.describe()).collect();
    assert_eq!(
        files,
        ["refund-form.pdf · application/pdf · 1 KB"],
        "the macro's files come along"
    );
}

/// A macro that writes a private comment is an internal note, in its list entry and in the
/// comment Zendesk renders for the ticket.
pub async fn private_macros_are_internal_notes() {
    let server = MockServer::start().await;
    authorized(Mock::given(method("GET")))
        .and(path("/api/v2/macros/active"))
        .respond_with(json(
            200,
            json!({ "macros": [
                { "id": 44, "title": "Escalate to billing", "active": true, "actions": [
                    { "field": "comment_value", "value": "Billing: please check the double charge." },
                    { "field": "comment_mode_is_public", "value": "false" },
                    { "field": "status", "value": "open\u{1b}]0;owned\u{7}" } ] },
                { "id": 45, "title": "Looks private, renders private", "active": true, "actions": [
                    { "field": "comment_value", "value": "Agents: known issue." } ] }
              ],
              "meta": { "has_more": false } }),
        ))
        .mount(&server)
        .await;
    for id in [44, 45] {
        authorized(Mock::given(method("GET")))
            .and(path(format!("/api/v2/tickets/101/macros/{id}/apply")))
            .respond_with(json(
                200,
                json!({ "result": { "ticket": { "id": 101,
                        "comment": { "body": "For agents only", "public": false } } } }),
            ))
            .mount(&server)
            .await;
    }
    let desk = super::connect::<Zendesk>(&server);
    let canned = desk.canned_responses().await.expect("macros");
    assert_eq!(canned[0].audience, Audience::Internal);
    let status = canned[0].actions.status.clone().unwrap_or_default();
    assert!(
        status.starts_with("open") && !status.contains(['\u{1b}', '\u{7}']),
        "an action's value is cleaned like any text from the desk: {status:?}"
    );
    assert_eq!(canned[1].audience, Audience::Any);
    for macro_ in &canned {
        let rendered = desk
            .render_canned(frontdesk::backend::TicketId(101), macro_)
            .await
            .expect("applied")
            .expect("rendered by the desk");
        assert_eq!(rendered.audience, Audience::Internal, "{}", macro_.title);
    }
}

/// A view given as `view:Title` is found among the agent's views and listed by id, with
/// cursor pagination.
pub async fn views_by_title_use_cursor_pages() {
    let server = MockServer::start().await;
    authorized(Mock::given(method("GET")))
        .and(path("/api/v2/views/active"))
        .respond_with(json(
            200,
            json!({ "views": [{ "id": 360001, "title": "Billing queue", "active": true }] }),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let page = |after: Option<&str>| {
        let m = authorized(Mock::given(method("GET")))
            .and(path("/api/v2/views/360001/tickets"))
            .and(query_param("page[size]", "100"))
            .and(query_param(
                "include",
                "users,groups,organizations,metric_sets,slas",
            ));
        match after {
            Some(cursor) => m.and(query_param("page[after]", cursor)),
            None => m,
        }
    };
    page(Some("xyz"))
        .respond_with(json(
            200,
            json!({ "tickets": [ticket(103, "打印机坏了", "pending", "high", 10)], "users": users(),
                    "meta": { "has_more": false, "after_cursor": null } }),
        ))
        .with_priority(1)
        .mount(&server)
        .await;
    page(None)
        .respond_with(json(
            200,
            json!({ "tickets": [ticket(101, "Rechnung doppelt — 二重請求", "open", "urgent", 7)],
                    "users": users(), "meta": { "has_more": true, "after_cursor": "xyz" } }),
        ))
        .mount(&server)
        .await;
    let desk = super::connect::<Zendesk>(&server);
    let view = View {
        name: "Billing".into(),
        query: "view:Billing queue".into(),
        quick: false,
    };
    let first = desk.list_view(&view, None).await.expect("page 1");
    assert_eq!(first.tickets[0].requester.name, "Jürgen Müller");
    let second = desk
        .list_view(&view, first.next.as_deref())
        .await
        .expect("page 2");
    assert_eq!(second.tickets[0].id.0, 103);
    assert!(second.next.is_none());
    // The title was looked up once, not once per page.
    desk.list_view(&view, None).await.expect("again");
}

/// A conversation of 10,000 comments, answered newest first (as asked) a hundred to a page,
/// for the cursor asked: page N holds minutes 10,000 − 100N down.
struct TenThousandComments;

impl wiremock::Respond for TenThousandComments {
    fn respond(&self, request: &wiremock::Request) -> wiremock::ResponseTemplate {
        let page: u64 = request
            .url
            .query_pairs()
            .find(|(k, _)| k == "page[after]")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        let comments: Vec<Value> = (0..100)
            .map(|i| {
                let minute = 10_000 - (page * 100 + i);
                let at = jiff::Timestamp::from_second(1_790_000_000 + 60 * minute as i64)
                    .expect("time")
                    .to_string();
                json!({ "id": minute, "author_id": 7, "body": format!("message {minute}"),
                        "public": true, "created_at": at })
            })
            .collect();
        let more = page + 1 < 100;
        wiremock::ResponseTemplate::new(200).set_body_json(json!({
            "comments": comments,
            "users": users(),
            "meta": { "has_more": more, "after_cursor": more.then(|| (page + 1).to_string()) }
        }))
    }
}

/// A conversation longer than frontdesk reads keeps its newest messages, in order, and says
/// older ones are not shown.
pub async fn a_very_long_conversation_keeps_its_newest_messages() {
    let server = MockServer::start().await;
    Zendesk::mount_ticket(&server).await;
    authorized(Mock::given(method("GET")))
        .and(path("/api/v2/tickets/101/comments"))
        .and(query_param("sort_order", "desc"))
        .respond_with(TenThousandComments)
        .with_priority(1)
        .mount(&server)
        .await;
    let desk = super::connect::<Zendesk>(&server);
    let ticket = desk
        .ticket(frontdesk::backend::TicketId(101))
        .await
        .expect("ticket");
    assert!(ticket.older_not_shown);
    assert_eq!(
        ticket.conversation.len(),
        5_000,
        "as many as frontdesk reads"
    );
    let last = ticket.conversation.last().expect("messages");
    assert_eq!(last.body, "message 10000", "the newest is there, and last");
    let first = ticket.conversation.first().expect("messages");
    assert!(first.created_at < last.created_at, "oldest first");
}

/// The requester's locale is the language to answer in, over what their messages look like.
pub async fn the_requester_s_locale_is_their_language() {
    let server = MockServer::start().await;
    <Zendesk as Fixture>::mount_ticket(&server).await;
    let desk = super::connect::<Zendesk>(&server);
    let ticket = desk
        .ticket(frontdesk::backend::TicketId(101))
        .await
        .expect("ticket");
    assert_eq!(ticket.summary.requester.language.as_deref(), Some("de-DE"));
    let spoken = frontdesk::text::language::of_ticket(&ticket, &frontdesk::text::language::DEFAULT)
        .expect("a language");
    assert_eq!((spoken.code.as_str(), spoken.detected), ("de", false));
}
