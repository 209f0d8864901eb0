//! A Zendesk on 127.0.0.1 for the tests that run the real binary: it answers in Zendesk's
//! documented JSON with tickets, people, comments and macros made of the texts a test gives.
//! Shared by several test binaries.

#![allow(dead_code)]

use serde_json::{Value, json};
use wiremock::matchers::{method, path, path_regex};
use wiremock::{Mock, MockServer, ResponseTemplate};

pub fn answer(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

/// A Zendesk whose every text field is one of `texts`: ticket `i + 1` is titled `texts[i]`, and
/// every ticket's conversation holds all of them.
pub async fn zendesk(texts: Vec<String>) -> MockServer {
    let server = MockServer::start().await;
    let users: Vec<Value> = texts
        .iter()
        .enumerate()
        .map(|(i, name)| json!({ "id": 100 + i, "name": name, "email": format!("u{i}@example.com"), "role": "end-user" }))
        .chain([json!({ "id": 9, "name": "Sam Rivera", "email": "sam@example.com", "role": "agent" })])
        .collect();
    let ticket = |i: usize| {
        json!({ "id": i + 1, "subject": texts[i], "status": "open", "priority": "high",
                "requester_id": 100 + i, "assignee_id": 9, "tags": [texts[i], "ok"],
                "created_at": "2026-11-20T08:00:00Z", "updated_at": "2026-11-20T09:00:00Z",
                "result_type": "ticket" })
    };
    let tickets: Vec<Value> = (0..texts.len()).map(ticket).collect();
    Mock::given(method("GET"))
        .and(path("/api/v2/users/me"))
        .respond_with(answer(json!({ "user": users.last() })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/users"))
        .respond_with(answer(json!({ "users": [users.last()] })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/search"))
        .respond_with(answer(json!({ "results": tickets, "users": users, "count": tickets.len(), "next_page": null })))
        .mount(&server)
        .await;
    let comments: Vec<Value> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let html = (i % 2 == 0).then(|| format!("<p>{text}</p>"));
            json!({ "id": i + 1, "type": "Comment", "author_id": 100 + i, "body": text,
                    "html_body": html, "public": true,
                    "created_at": format!("2026-11-20T10:{i:02}:00Z") })
        })
        .collect();
    for i in 0..texts.len() {
        Mock::given(method("GET"))
            .and(path(format!("/api/v2/tickets/{}", i + 1)))
            .respond_with(answer(json!({ "ticket": ticket(i), "users": users })))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path(format!("/api/v2/tickets/{}/comments", i + 1)))
            .respond_with(answer(json!({ "comments": comments, "users": users,
                                         "meta": { "has_more": false } })))
            .mount(&server)
            .await;
    }
    Mock::given(method("GET"))
        .and(path_regex(r"^/api/v2/users/\d+/tickets/requested$"))
        .respond_with(answer(json!({ "tickets": tickets, "users": users })))
        .mount(&server)
        .await;
    let macros: Vec<Value> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            json!({ "id": 500 + i, "title": text, "active": true,
                                  "actions": [{ "field": "comment_value", "value": text }] })
        })
        .collect();
    Mock::given(method("GET"))
        .and(path("/api/v2/macros/active"))
        .respond_with(answer(
            json!({ "macros": macros, "meta": { "has_more": false } }),
        ))
        .mount(&server)
        .await;
    server
}

/// Puts `files` (name, media type, bytes) on the first comment of every ticket of a
/// [`zendesk`] desk, each downloadable from the desk's own host.
pub async fn attach(server: &MockServer, texts: &[String], files: &[(&str, &str, Vec<u8>)]) {
    let attachments: Vec<Value> = files
        .iter()
        .enumerate()
        .map(|(i, (name, mime, bytes))| {
            json!({ "id": 700 + i, "file_name": name, "content_type": mime, "size": bytes.len(),
                    "content_url": format!("{}/attachments/token/f{i}/", server.uri()),
                    "inline": false })
        })
        .collect();
    let users: Vec<Value> = texts
        .iter()
        .enumerate()
        .map(|(i, name)| json!({ "id": 100 + i, "name": name, "role": "end-user" }))
        .collect();
    let comments = json!([{ "id": 1, "type": "Comment", "author_id": 100, "public": true,
                            "body": "Files attached.", "created_at": "2026-11-20T10:00:00Z",
                            "attachments": attachments }]);
    Mock::given(method("GET"))
        .and(path_regex(r"^/api/v2/tickets/\d+/comments$"))
        .respond_with(answer(json!({ "comments": comments, "users": users,
                                     "meta": { "has_more": false } })))
        .with_priority(1)
        .mount(server)
        .await;
    for (i, (_, mime, bytes)) in files.iter().enumerate() {
        Mock::given(method("GET"))
            .and(path(format!("/attachments/token/f{i}/")))
            .respond_with(
                ResponseTemplate::new(200)
                    .insert_header("content-type", *mime)
                    .set_body_bytes(bytes.clone()),
            )
            .mount(server)
            .await;
    }
}
