//! The contract desk as Help Scout's Mailbox API 2.0 serves it: an OAuth app's id and secret
//! exchanged for a bearer token, HAL pages of conversations, a conversation with its threads
//! embedded, saved replies (a bare list, then each one's text), the priority kept in tags,
//! a reply or note as a thread, tags as the whole set.

use async_trait::async_trait;
use frontdesk::backend::View;
use frontdesk::config::{BackendKind, Profile};
use serde_json::{Value, json};
use wiremock::matchers::{body_json, body_partial_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{Errors, Fixture, REPLY, VERSION, json};

/// Help Scout.
pub struct HelpScout;

/// The token the fixture's token endpoint hands out.
pub const TOKEN: &str = "hs-token-1";

fn person(id: u64) -> Value {
    let (first, last, email) = match id {
        7 => ("Jürgen", "Müller", "jurgen@example.de"),
        8 => ("Ольга", "Смирнова", "olga@example.ru"),
        9 => ("Sam", "Rivera", "sam@example.com"),
        _ => ("王芳", "", "wang@example.cn"),
    };
    json!({ "id": id, "first": first, "last": last, "email": email })
}

/// A conversation as lists give it; the priority is a tag.
pub fn conversation(id: u64, subject: &str, status: &str, priority: &str, customer: u64) -> Value {
    let mut tags = vec![json!({ "id": 1, "tag": priority, "color": "#ff0000" })];
    if id == 101 {
        tags.splice(
            0..0,
            [
                json!({ "id": 2, "tag": "billing" }),
                json!({ "id": 3, "tag": "vip" }),
            ],
        );
    }
    let mut c = json!({
        "id": id, "number": 5000 + id, "threads": 4, "type": "email", "folderId": 993,
        "status": status, "state": "published", "subject": subject, "mailboxId": 85,
        "primaryCustomer": person(customer), "tags": tags, "cc": [],
        "createdAt": format!("2026-11-{:02}T08:00:00Z", if id == 90 { 1 } else { 20 }),
        "userUpdatedAt": if id == 101 { VERSION } else { "2026-11-20T08:00:00Z" },
        "customerWaitingSince": { "time": "2026-11-20T10:20:00Z", "friendly": "1 hour ago" },
    });
    if id == 101 {
        c["assignee"] = person(9);
    }
    c
}

pub fn authorized(m: wiremock::MockBuilder) -> wiremock::MockBuilder {
    m.and(header("authorization", HelpScout::auth().as_str()))
}

/// HAL: a list under `_embedded`, with its page.
pub fn page(key: &str, items: Vec<Value>, number: u64, pages: u64, total: u64) -> Value {
    json!({ "_embedded": { key: items },
            "page": { "size": 25, "totalElements": total, "totalPages": pages, "number": number } })
}

/// Conversation 101 with `threads` embedded, as `embed=threads` and plain reads give it.
pub async fn mount_conversation(server: &MockServer, threads: Vec<Value>) {
    let mut c = conversation(101, "Rechnung doppelt — 二重請求", "active", "urgent", 7);
    c["_embedded"] = json!({ "threads": threads });
    authorized(Mock::given(method("GET")))
        .and(path("/v2/conversations/101"))
        .respond_with(json(200, c))
        .mount(server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/v2/users/me"))
        .respond_with(json(200, HelpScout::me_body()))
        .mount(server)
        .await;
}

/// A thread as Help Scout lists it.
pub fn thread(id: u64, kind: &str, by: u64, body: &str, min: u32) -> Value {
    let mut who = person(by);
    who["type"] = json!(if by == 9 { "user" } else { "customer" });
    json!({ "id": id, "type": kind, "status": "active", "state": "published", "body": body,
            "createdBy": who, "createdAt": format!("2026-11-20T10:{min:02}:00Z") })
}

/// Help Scout answers a new thread with 201 and no body.
pub fn created() -> ResponseTemplate {
    ResponseTemplate::new(201).insert_header("resource-id", "777")
}

impl Errors for HelpScout {
    fn profile(url: &str) -> Profile {
        let mut p = Profile::new("helpscout", BackendKind::HelpScout);
        p.url = Some(url.to_string());
        p.user = Some("hs-app-id".into());
        p
    }
    fn secret() -> &'static str {
        "hs-app-secret"
    }
    fn auth() -> String {
        format!("Bearer {TOKEN}")
    }
    fn me_path() -> &'static str {
        "/v2/users/me"
    }
    fn me_body() -> Value {
        json!({ "id": 9, "firstName": "Sam", "lastName": "Rivera", "email": "sam@example.com",
                "role": "owner", "type": "user" })
    }
    fn unauthorized() -> (Value, &'static str) {
        (
            json!({ "logRef": "a1b2", "message": "The access token is invalid or expired" }),
            "invalid or expired",
        )
    }
    fn unprocessable() -> (Value, &'static str) {
        (
            json!({ "logRef": "c3d4", "message": "Validation error",
                    "_embedded": { "errors": [{ "path": "customer", "message": "may not be empty" }] } }),
            "customer: may not be empty",
        )
    }
    fn login() -> Option<(&'static str, Value)> {
        Some((
            "/v2/oauth2/token",
            json!({ "token_type": "bearer", "access_token": TOKEN, "expires_in": 172800 }),
        ))
    }
}

#[async_trait]
impl Fixture for HelpScout {
    async fn mount_queue(server: &MockServer) -> View {
        let list = |number: &str| {
            authorized(Mock::given(method("GET")))
                .and(path("/v2/conversations"))
                .and(query_param("status", "open"))
                .and(query_param("sortField", "modifiedAt"))
                .and(query_param("sortOrder", "desc"))
                .and(query_param("page", number))
        };
        list("1")
            .respond_with(json(
                200,
                page(
                    "conversations",
                    vec![
                        conversation(101, "Rechnung doppelt — 二重請求", "active", "urgent", 7),
                        conversation(102, "Не могу войти", "active", "low", 8),
                    ],
                    1,
                    2,
                    3,
                ),
            ))
            .mount(server)
            .await;
        list("2")
            .respond_with(json(
                200,
                page(
                    "conversations",
                    vec![conversation(103, "打印机坏了", "active", "high", 10)],
                    2,
                    2,
                    3,
                ),
            ))
            .mount(server)
            .await;
        View {
            name: "All open".into(),
            query: "status=open".into(),
            quick: false,
        }
    }

    async fn mount_ticket(server: &MockServer) {
        mount_conversation(
            server,
            vec![
                thread(4, "customer", 7, "Danke! 谢谢", 20),
                thread(5, "lineitem", 9, "Assigned to Sam Rivera", 7),
                thread(3, "note", 9, "Refund in Stripe?", 6),
                thread(2, "reply", 9, "<p>Wir prüfen das.</p>", 5),
                thread(
                    1,
                    "customer",
                    7,
                    "<p>I was charged <b>twice</b> &amp; need help.</p>",
                    0,
                ),
            ],
        )
        .await;
    }

    async fn mount_history(server: &MockServer) {
        authorized(Mock::given(method("GET")))
            .and(path("/v2/conversations"))
            .and(query_param("status", "all"))
            .and(query_param("query", "(customerIds:7)"))
            .and(query_param("sortField", "createdAt"))
            .and(query_param("sortOrder", "desc"))
            .respond_with(json(
                200,
                page(
                    "conversations",
                    vec![
                        conversation(101, "Rechnung doppelt — 二重請求", "active", "urgent", 7),
                        conversation(90, "Alte Rechnung", "closed", "normal", 7),
                    ],
                    1,
                    1,
                    2,
                ),
            ))
            .mount(server)
            .await;
    }

    async fn mount_canned(server: &MockServer) {
        authorized(Mock::given(method("GET")))
            .and(path("/v2/mailboxes"))
            .respond_with(json(
                200,
                page(
                    "mailboxes",
                    vec![json!({ "id": 85, "name": "Billing" })],
                    1,
                    1,
                    1,
                ),
            ))
            .mount(server)
            .await;
        authorized(Mock::given(method("GET")))
            .and(path("/v2/mailboxes/85/saved-replies"))
            .respond_with(json(
                200,
                json!([{ "id": 42, "name": "Refund issued", "preview": "Hallo…" }]),
            ))
            .mount(server)
            .await;
        authorized(Mock::given(method("GET")))
            .and(path("/v2/mailboxes/85/saved-replies/42"))
            .respond_with(json(
                200,
                json!({ "id": 42, "name": "Refund issued",
                        "text": "<p>Hallo {%customer.firstName,fallback=there%},</p><p>we refunded you.</p>" }),
            ))
            .mount(server)
            .await;
    }

    async fn expect_reply(server: &MockServer, public: bool) {
        mount_conversation(server, vec![]).await;
        // The tag set first (safe to send twice), with the priority tag kept.
        authorized(Mock::given(method("PUT")))
            .and(path("/v2/conversations/101/tags"))
            .and(body_json(
                json!({ "tags": ["billing", "vip", "urgent", "refund"] }),
            ))
            .respond_with(ResponseTemplate::new(204))
            .expect(1)
            .mount(server)
            .await;
        let (at, thread) = if public {
            (
                "/v2/conversations/101/reply",
                json!({ "customer": { "id": 7 }, "user": 9, "status": "closed",
                        "text": "Danke, Jürgen — erstattet." }),
            )
        } else {
            (
                "/v2/conversations/101/notes",
                json!({ "user": 9, "text": "Danke, Jürgen — erstattet." }),
            )
        };
        assert_eq!(thread["text"], REPLY);
        authorized(Mock::given(method("POST")))
            .and(path(at))
            .and(body_partial_json(thread))
            .respond_with(created())
            .expect(1)
            .mount(server)
            .await;
    }

    async fn expect_update(server: &MockServer) {
        mount_conversation(server, vec![]).await;
        // Priority high replaces the urgent tag; refund in, vip out.
        authorized(Mock::given(method("PUT")))
            .and(path("/v2/conversations/101/tags"))
            .and(body_json(json!({ "tags": ["billing", "refund", "high"] })))
            .respond_with(ResponseTemplate::new(204))
            .expect(1)
            .mount(server)
            .await;
        for op in [
            json!({ "op": "replace", "path": "/assignTo", "value": 9 }),
            json!({ "op": "replace", "path": "/status", "value": "pending" }),
        ] {
            authorized(Mock::given(method("PATCH")))
                .and(path("/v2/conversations/101"))
                .and(body_json(op))
                .respond_with(ResponseTemplate::new(204))
                .expect(1)
                .mount(server)
                .await;
        }
    }

    async fn mount_conflict(server: &MockServer) {
        mount_conversation(server, vec![]).await;
    }

    fn pending() -> &'static str {
        "pending"
    }
    fn target() -> Option<&'static str> {
        // Help Scout keeps no due time.
        None
    }
}
