//! Redmine's files: `attachments` on the issue (a journal's `attachment` detail says which
//! note added one; the rest came with the description), downloaded from `content_url` with
//! the same key; sent by uploading the bytes first (`POST /uploads.json`, raw) and naming the
//! token in the note. Copies are watchers, found by address.

use async_trait::async_trait;
use serde_json::json;
use wiremock::matchers::{body_bytes, body_partial_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{CC, FILE, Files, STEPS, body_text};
use crate::desks::redmine::{Redmine, authorized, mount_issue, no_content};
use crate::desks::{REPLY, json};

#[async_trait]
impl Files for Redmine {
    async fn mount_ticket_with_file(server: &MockServer) {
        let link = format!("{}/attachments/download/5/log.txt", server.uri());
        mount_issue(
            server,
            json!({
                "attachments": [{ "id": 5, "filename": "log.txt", "filesize": FILE.len(),
                                  "content_type": "text/plain", "content_url": link,
                                  "author": { "id": 7, "name": "Jürgen Müller" } }],
                "watchers": [{ "id": 12, "name": "Anna Schmidt" }]
            }),
        )
        .await;
        authorized(Mock::given(method("GET")))
            .and(path("/attachments/download/5/log.txt"))
            .respond_with(ResponseTemplate::new(200).set_body_bytes(FILE))
            .expect(1)
            .mount(server)
            .await;
    }

    async fn expect_reply_with_file(server: &MockServer, public: bool) {
        mount_issue(server, json!({})).await;
        authorized(Mock::given(method("POST")))
            .and(path("/uploads.json"))
            .and(query_param("filename", "steps.txt"))
            .and(header("content-type", "application/octet-stream"))
            .and(body_bytes(STEPS))
            .respond_with(json(
                201,
                json!({ "upload": { "id": 1, "token": "1.5e2f" } }),
            ))
            .expect(1)
            .mount(server)
            .await;
        if public {
            authorized(Mock::given(method("GET")))
                .and(path("/users.json"))
                .and(query_param("name", CC))
                .respond_with(json(
                    200,
                    json!({ "users": [{ "id": 14, "login": "dave", "firstname": "Dave",
                                        "lastname": "Hill", "mail": CC }], "total_count": 1 }),
                ))
                .mount(server)
                .await;
            authorized(Mock::given(method("POST")))
                .and(path("/issues/101/watchers.json"))
                .and(body_partial_json(json!({ "user_id": 14 })))
                .respond_with(no_content())
                .expect(1)
                .mount(server)
                .await;
        }
        authorized(Mock::given(method("PUT")))
            .and(path("/issues/101.json"))
            .and(body_partial_json(json!({ "issue": {
                "notes": REPLY, "private_notes": !public,
                "uploads": [{ "token": "1.5e2f", "filename": "steps.txt",
                              "content_type": "text/plain" }] } })))
            .and(|r: &wiremock::Request| !body_text(r).contains("audit@"))
            .respond_with(no_content())
            .expect(1)
            .mount(server)
            .await;
    }

    fn copied() -> Vec<&'static str> {
        vec!["Anna Schmidt"]
    }

    async fn refuse_too_large(server: &MockServer) {
        mount_issue(server, json!({})).await;
        authorized(Mock::given(method("POST")))
            .and(path("/uploads.json"))
            .respond_with(json(
                422,
                json!({ "errors": ["This file cannot be uploaded because it exceeds the maximum allowed file size (5242880)"] }),
            ))
            .expect(1)
            .mount(server)
            .await;
    }
}
