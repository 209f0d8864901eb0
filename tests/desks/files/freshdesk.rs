//! Freshdesk's files: `attachments` on the ticket (its description) and on conversations, with
//! pre-signed storage links fetched without the credential that expire (a fresh one comes
//! with the ticket read again); a message with files is one multipart form.

use async_trait::async_trait;
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{BCC, CC, FILE, Files, body_text, other_host, without_credential};
use crate::desks::freshdesk::{Freshdesk, authorized, ticket};
use crate::desks::{Fixture, REPLY, json};

/// Ticket 101 with `log.txt` on its description, to be fetched from `link`.
fn with_file(link: &str) -> serde_json::Value {
    let mut t = ticket(101, "Rechnung doppelt — 二重請求", 2, 4, 7);
    t["attachments"] = json!([{
        "id": 77, "name": "log.txt", "content_type": "text/plain", "size": FILE.len(),
        "attachment_url": link, "created_at": "2026-11-20T08:00:00Z"
    }]);
    t["cc_emails"] = json!(["anna@example.de"]);
    t["reply_cc_emails"] = json!(["Anna@example.de", "boss@example.de"]);
    t
}

#[async_trait]
impl Files for Freshdesk {
    async fn mount_ticket_with_file(server: &MockServer) {
        let storage = other_host(server);
        let expired = format!("{storage}/s3/log.txt?X-Amz-Signature=old");
        let fresh = format!("{storage}/s3/log.txt?X-Amz-Signature=new");
        // The ticket as first read carries a link that has expired by the time it is used;
        // read again, it carries a fresh one.
        for (link, times) in [(&expired, Some(1)), (&fresh, None)] {
            let mock = authorized(Mock::given(method("GET")))
                .and(path("/api/v2/tickets/101"))
                .and(query_param("include", "requester,stats"))
                .respond_with(json(200, with_file(link)))
                .with_priority(1);
            let mock = match times {
                Some(n) => mock.up_to_n_times(n),
                None => mock,
            };
            mock.mount(server).await;
        }
        Self::mount_ticket(server).await;
        Mock::given(method("GET"))
            .and(path("/s3/log.txt"))
            .and(query_param("X-Amz-Signature", "old"))
            .and(without_credential)
            .respond_with(ResponseTemplate::new(403).set_body_string("Request has expired"))
            .expect(1)
            .mount(server)
            .await;
        Mock::given(method("GET"))
            .and(path("/s3/log.txt"))
            .and(query_param("X-Amz-Signature", "new"))
            .and(without_credential)
            .respond_with(ResponseTemplate::new(200).set_body_bytes(FILE))
            .expect(1)
            .mount(server)
            .await;
    }

    async fn expect_reply_with_file(server: &MockServer, public: bool) {
        Self::mount_ticket(server).await;
        let endpoint = if public {
            "/api/v2/tickets/101/reply"
        } else {
            "/api/v2/tickets/101/notes"
        };
        authorized(Mock::given(method("POST")))
            .and(path(endpoint))
            .and(|r: &wiremock::Request| {
                r.headers
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|v| v.starts_with("multipart/form-data; boundary="))
            })
            .and(move |r: &wiremock::Request| {
                let body = body_text(r);
                let has = |part: &str| body.contains(part);
                let file = has("name=\"attachments[]\"; filename=\"steps.txt\"")
                    && has("Content-Type: text/plain")
                    && has("1. Clear the cache\n2. Try again\n");
                let text = has("name=\"body\"") && has(REPLY);
                let copies = has(&format!("name=\"cc_emails[]\"\r\n\r\n{CC}"))
                    && has(&format!("name=\"bcc_emails[]\"\r\n\r\n{BCC}"));
                let private = has("name=\"private\"\r\n\r\ntrue");
                file && text
                    && if public {
                        copies && !private
                    } else {
                        private && !copies
                    }
            })
            .respond_with(json(201, json!({ "id": 5, "body": REPLY })))
            .expect(1)
            .mount(server)
            .await;
    }

    fn copied() -> Vec<&'static str> {
        vec!["anna@example.de", "boss@example.de"]
    }

    async fn refuse_too_large(server: &MockServer) {
        Self::mount_ticket(server).await;
        authorized(Mock::given(method("POST")))
            .and(path("/api/v2/tickets/101/reply"))
            .respond_with(json(
                413,
                json!({ "description": "Validation failed",
                        "errors": [{ "field": "attachments", "message": "total size exceeds 20 MB", "code": "invalid_size" }] }),
            ))
            .expect(1)
            .mount(server)
            .await;
    }
}
