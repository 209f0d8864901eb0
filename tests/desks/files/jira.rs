//! Jira Service Management's files: the issue's `attachment` field (a comment's own files come
//! with it under `expand=attachment`), downloaded from the content link with the same
//! credential; sent as temporary files of the service desk, then attached with the comment's
//! text in one request. Copies become request participants.

use async_trait::async_trait;
use serde_json::json;
use wiremock::matchers::{body_partial_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{CC, FILE, Files, STEPS, body_text};
use crate::desks::jira::{Jira, authorized, mount_issue};
use crate::desks::{REPLY, json};

/// The service desk 101 belongs to.
async fn mount_request(server: &MockServer) {
    authorized(Mock::given(method("GET")))
        .and(path("/rest/servicedeskapi/request/101"))
        .respond_with(json(
            200,
            json!({ "issueId": "101", "issueKey": "SUP-101", "serviceDeskId": "1" }),
        ))
        .mount(server)
        .await;
}

#[async_trait]
impl Files for Jira {
    async fn mount_ticket_with_file(server: &MockServer) {
        let link = format!("{}/rest/api/3/attachment/content/5", server.uri());
        mount_issue(
            server,
            json!({ "attachment": [{ "id": "5", "filename": "log.txt", "mimeType": "text/plain",
                                     "size": FILE.len(), "content": link }] }),
            vec![],
            vec![json!({ "accountId": "12", "displayName": "Anna Schmidt" })],
        )
        .await;
        authorized(Mock::given(method("GET")))
            .and(path("/rest/api/3/attachment/content/5"))
            .respond_with(ResponseTemplate::new(200).set_body_bytes(FILE))
            .expect(1)
            .mount(server)
            .await;
    }

    async fn expect_reply_with_file(server: &MockServer, public: bool) {
        mount_issue(server, json!({}), vec![], vec![]).await;
        mount_request(server).await;
        let steps = String::from_utf8_lossy(STEPS).into_owned();
        authorized(Mock::given(method("POST")))
            .and(path("/rest/servicedeskapi/servicedesk/1/attachTemporaryFile"))
            .and(header("x-atlassian-token", "no-check"))
            .and(move |r: &wiremock::Request| {
                let form = body_text(r);
                form.contains("filename=\"steps.txt\"") && form.contains(&steps)
            })
            .respond_with(json(
                201,
                json!({ "temporaryAttachments": [{ "temporaryAttachmentId": "tmp-1", "fileName": "steps.txt" }] }),
            ))
            .expect(1)
            .mount(server)
            .await;
        if public {
            authorized(Mock::given(method("GET")))
                .and(path("/rest/api/3/user/search"))
                .and(query_param("query", CC))
                .respond_with(json(
                    200,
                    json!([{ "accountId": "14", "displayName": "Dave Hill", "emailAddress": CC }]),
                ))
                .mount(server)
                .await;
            authorized(Mock::given(method("POST")))
                .and(path("/rest/servicedeskapi/request/101/participant"))
                .and(body_partial_json(json!({ "accountIds": ["14"] })))
                .respond_with(json(200, json!({ "values": [] })))
                .expect(1)
                .mount(server)
                .await;
        }
        authorized(Mock::given(method("POST")))
            .and(path("/rest/servicedeskapi/request/101/attachment"))
            .and(body_partial_json(
                json!({ "temporaryAttachmentIds": ["tmp-1"], "public": public,
                                           "additionalComment": { "body": REPLY } }),
            ))
            .respond_with(json(201, json!({ "attachments": { "values": [] } })))
            .expect(1)
            .mount(server)
            .await;
    }

    fn copied() -> Vec<&'static str> {
        vec!["Anna Schmidt"]
    }

    async fn refuse_too_large(server: &MockServer) {
        mount_issue(server, json!({}), vec![], vec![]).await;
        mount_request(server).await;
        authorized(Mock::given(method("POST")))
            .and(path(
                "/rest/servicedeskapi/servicedesk/1/attachTemporaryFile",
            ))
            .respond_with(json(
                413,
                json!({ "errorMessages": ["The file is too big: the limit is 10 MB."] }),
            ))
            .expect(1)
            .mount(server)
            .await;
    }
}
