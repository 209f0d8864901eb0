//! What Help Scout finds by name before it can ask: a folder a view names by its type, and
//! the custom field a profile keeps the priority in.

use serde_json::json;
use wiremock::matchers::{body_json, method, path, query_param};
use wiremock::{Mock, ResponseTemplate};

use super::helpscout::{HelpScout, authorized, conversation, page};
use super::{Errors, json};

/// With `priority_field`, the priority is read from that dropdown custom field and written
/// to it by option, and the tags are left alone.
pub async fn a_priority_kept_in_a_custom_field_is_read_and_written_there() {
    let server = super::start::<HelpScout>().await;
    let mut c = conversation(101, "Rechnung doppelt — 二重請求", "active", "urgent", 7);
    c["customFields"] =
        json!([{ "id": 6688, "name": "Priority", "value": "33077", "text": "Low" }]);
    authorized(Mock::given(method("GET")))
        .and(path("/v2/conversations/101"))
        .respond_with(json(200, c))
        .mount(&server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/v2/mailboxes/85/fields"))
        .respond_with(json(
            200,
            json!({ "_embedded": { "fields": [{ "id": 6688, "name": "Priority", "type": "DROPDOWN",
                "options": [{ "id": 33076, "label": "Urgent" }, { "id": 33077, "label": "Low" },
                            { "id": 33078, "label": "High" }] }] } }),
        ))
        .mount(&server)
        .await;
    authorized(Mock::given(method("PUT")))
        .and(path("/v2/conversations/101/fields"))
        .and(body_json(
            // As Help Scout documents it: the option's id as a string, the whole set.
            json!({ "fields": [{ "id": 6688, "value": "33078" }] }),
        ))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let mut profile = HelpScout::profile(&server.uri());
    profile.priority_field = Some("priority".into());
    let desk = frontdesk::connect::with_secret(&profile, HelpScout::secret()).expect("desk");
    let ticket = desk
        .ticket(frontdesk::backend::TicketId(101))
        .await
        .expect("ticket");
    assert_eq!(
        ticket.summary.priority,
        frontdesk::backend::Priority::Low,
        "the field, not the urgent tag"
    );
    assert!(
        ticket.summary.tags.contains(&"urgent".to_string()),
        "a plain tag when the field keeps the priority"
    );
    let changes = frontdesk::backend::Changes {
        priority: Some(frontdesk::backend::Priority::High),
        ..Default::default()
    };
    desk.update(frontdesk::backend::TicketId(101), changes, None)
        .await
        .expect("updated");
    let tags_written = server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .any(|r| r.url.path().ends_with("/tags"));
    assert!(!tags_written, "the tags are left alone");
}

/// The default Unassigned view names a folder by its type: it is looked up once in the first
/// mailbox, and the list asks for that folder by id.
pub async fn a_folder_named_by_its_type_is_looked_up_once() {
    let server = super::start::<HelpScout>().await;
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
        .expect(1)
        .mount(&server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/v2/mailboxes/85/folders"))
        .respond_with(json(
            200,
            page(
                "folders",
                vec![
                    json!({ "id": 991, "name": "Mine", "type": "mytickets" }),
                    json!({ "id": 993, "name": "Unassigned", "type": "unassigned" }),
                ],
                1,
                1,
                2,
            ),
        ))
        .expect(1)
        .mount(&server)
        .await;
    authorized(Mock::given(method("GET")))
        .and(path("/v2/conversations"))
        .and(query_param("mailbox", "85"))
        .and(query_param("folder", "993"))
        .and(query_param("status", "active"))
        .respond_with(json(
            200,
            page(
                "conversations",
                vec![conversation(102, "Не могу войти", "active", "low", 8)],
                1,
                1,
                1,
            ),
        ))
        .expect(2)
        .mount(&server)
        .await;
    let desk = super::connect::<HelpScout>(&server);
    let unassigned = desk
        .default_views()
        .into_iter()
        .find(|v| v.name == "Unassigned")
        .expect("a default view");
    for _ in 0..2 {
        let listed = desk.list_view(&unassigned, None).await.expect("listed");
        assert_eq!(listed.tickets[0].id.0, 102);
    }
}
