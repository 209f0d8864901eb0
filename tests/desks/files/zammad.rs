//! Zammad's files: `attachments` on each article, downloaded raw from
//! `/ticket_attachment/{ticket}/{article}/{id}` with the same credential; sent as base64 in the
//! article itself, with its `cc` (a string) on an e-mail reply.

use async_trait::async_trait;
use base64::Engine;
use serde_json::json;
use wiremock::matchers::{body_partial_json, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{CC, FILE, Files, STEPS, body_text};
use crate::desks::zammad::{Zammad, authorized};
use crate::desks::{Fixture, REPLY, json};

#[async_trait]
impl Files for Zammad {
    async fn mount_ticket_with_file(server: &MockServer) {
        authorized(Mock::given(method("GET")))
            .and(path("/api/v1/ticket_articles/by_ticket/101"))
            .and(query_param("expand", "true"))
            .respond_with(json(
                200,
                json!([{
                    "id": 1, "ticket_id": 101, "sender": "Customer", "internal": false,
                    "from": "Jürgen Müller <jurgen@example.de>", "content_type": "text/plain",
                    "body": "Here is the log.", "type": "email", "cc": "anna@example.de",
                    "created_at": "2026-11-20T10:00:00.000Z",
                    "attachments": [{
                        "id": 5, "filename": "log.txt", "size": FILE.len().to_string(),
                        "preferences": { "Mime-Type": "text/plain" }
                    }]
                }]),
            ))
            .with_priority(1)
            .mount(server)
            .await;
        Self::mount_ticket(server).await;
        authorized(Mock::given(method("GET")))
            .and(path("/api/v1/ticket_attachment/101/1/5"))
            .respond_with(ResponseTemplate::new(200).set_body_bytes(FILE))
            .expect(1)
            .mount(server)
            .await;
    }

    async fn expect_reply_with_file(server: &MockServer, public: bool) {
        Self::mount_ticket(server).await;
        let data = base64::engine::general_purpose::STANDARD.encode(STEPS);
        let mut article = json!({
            "body": REPLY, "internal": !public,
            "attachments": [{ "filename": "steps.txt", "mime-type": "text/plain", "data": data }]
        });
        if public {
            article["cc"] = json!(CC);
        }
        authorized(Mock::given(method("PUT")))
            .and(path("/api/v1/tickets/101"))
            .and(body_partial_json(json!({ "article": article })))
            .and(move |r: &wiremock::Request| public || !body_text(r).contains("\"cc\""))
            .respond_with(json(200, json!({ "id": 101 })))
            .expect(1)
            .mount(server)
            .await;
    }

    fn copied() -> Vec<&'static str> {
        vec!["anna@example.de"]
    }

    async fn refuse_too_large(server: &MockServer) {
        Self::mount_ticket(server).await;
        // nginx in front of Zammad refuses a large body itself, in HTML.
        authorized(Mock::given(method("PUT")))
            .and(path("/api/v1/tickets/101"))
            .respond_with(ResponseTemplate::new(413).set_body_string(
                "<html><head><title>413 Request Entity Too Large</title></head></html>",
            ))
            .expect(1)
            .mount(server)
            .await;
    }
}
