//! Zendesk's files: comments list `attachments` whose `content_url` is on the account and
//! redirects to signed storage on another host; uploads go first (`POST /uploads`, raw bytes)
//! and the comment names the token; copies join `email_ccs` in the same update.

use async_trait::async_trait;
use serde_json::json;
use wiremock::matchers::{body_bytes, body_partial_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{CC, FILE, Files, STEPS, other_host, without_credential};
use crate::desks::zendesk::Zendesk;
use crate::desks::{Errors, Fixture, REPLY, json};

fn authorized(m: wiremock::MockBuilder) -> wiremock::MockBuilder {
    m.and(header("authorization", Zendesk::auth().as_str()))
}

#[async_trait]
impl Files for Zendesk {
    async fn mount_ticket_with_file(server: &MockServer) {
        let link = format!("{}/attachments/token/abc/?name=log.txt", server.uri());
        authorized(Mock::given(method("GET")))
            .and(path("/api/v2/tickets/101/comments"))
            .and(query_param("include_inline_images", "true"))
            .respond_with(json(
                200,
                json!({
                    "comments": [{
                        "id": 1, "type": "Comment", "author_id": 7, "public": true,
                        "body": "Here is the log.", "created_at": "2026-11-20T10:00:00Z",
                        "attachments": [{
                            "id": 500, "file_name": "log.txt", "content_url": link,
                            "content_type": "text/plain", "size": FILE.len(),
                            "inline": false, "deleted": false
                        }, {
                            "id": 501, "file_name": "redacted.txt", "content_url": link,
                            "content_type": "text/plain", "size": 1, "deleted": true
                        }]
                    }],
                    "users": [{ "id": 7, "name": "Jürgen Müller", "role": "end-user" }],
                    "meta": { "has_more": false }
                }),
            ))
            .with_priority(1)
            .mount(server)
            .await;
        let mut ticket =
            crate::desks::zendesk::ticket(101, "Rechnung doppelt — 二重請求", "open", "urgent", 7);
        ticket["email_cc_ids"] = json!([10]);
        ticket["follower_ids"] = json!([9, 404]);
        authorized(Mock::given(method("GET")))
            .and(path("/api/v2/tickets/101"))
            .respond_with(json(
                200,
                json!({ "ticket": ticket, "users": crate::desks::zendesk::users() }),
            ))
            .with_priority(1)
            .mount(server)
            .await;
        Self::mount_ticket(server).await;
        // The account's link answers with a signed link on the storage host...
        let signed = format!("{}/storage/log.txt?signature=s1", other_host(server));
        authorized(Mock::given(method("GET")))
            .and(path("/attachments/token/abc/"))
            .respond_with(ResponseTemplate::new(302).insert_header("location", signed.as_str()))
            .expect(1)
            .mount(server)
            .await;
        // ...which is fetched without the Zendesk credential.
        Mock::given(method("GET"))
            .and(path("/storage/log.txt"))
            .and(query_param("signature", "s1"))
            .and(without_credential)
            .respond_with(ResponseTemplate::new(200).set_body_bytes(FILE))
            .expect(1)
            .mount(server)
            .await;
    }

    async fn expect_reply_with_file(server: &MockServer, public: bool) {
        authorized(Mock::given(method("POST")))
            .and(path("/api/v2/uploads"))
            .and(query_param("filename", "steps.txt"))
            .and(header("content-type", "text/plain"))
            .and(body_bytes(STEPS))
            .respond_with(json(
                201,
                json!({ "upload": { "token": "tok-1", "attachment": { "id": 9 } } }),
            ))
            .expect(1)
            .mount(server)
            .await;
        let mut ticket =
            json!({ "comment": { "body": REPLY, "public": public, "uploads": ["tok-1"] } });
        if public {
            ticket["email_ccs"] = json!([{ "user_email": CC, "action": "put" }]);
        }
        authorized(Mock::given(method("PUT")))
            .and(path("/api/v2/tickets/101"))
            .and(body_partial_json(json!({ "ticket": ticket })))
            .and(move |r: &wiremock::Request| public || !super::body_text(r).contains("email_ccs"))
            .respond_with(json(200, json!({ "ticket": { "id": 101 } })))
            .expect(1)
            .mount(server)
            .await;
    }

    fn copied() -> Vec<&'static str> {
        // The CC and the followers by address; one the sideload does not know, by id.
        vec!["wang@example.cn", "sam@example.com", "user 404"]
    }

    async fn refuse_too_large(server: &MockServer) {
        authorized(Mock::given(method("POST")))
            .and(path("/api/v2/uploads"))
            .respond_with(json(413, json!({ "error": "Request Entity Too Large" })))
            .expect(1)
            .mount(server)
            .await;
    }
}
