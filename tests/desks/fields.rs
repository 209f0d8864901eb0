//! Custom fields on desks we cannot run, as their documentation shows them: Zendesk's and
//! Freshdesk's ticket fields read (system fields and inactive ones left out; `required`, and
//! Freshdesk's `required_for_closure`, meaning required to solve, so the interface asks
//! before), a ticket's values named by them, and a change written as `custom_fields`.

use std::collections::BTreeMap;

use frontdesk::backend::{Changes, FieldKind, TicketId};
use serde_json::json;
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer};

use super::zendesk::{Zendesk, authorized};
use super::{Fixture, connect, json};

async fn mount_fields(server: &MockServer) {
    authorized(Mock::given(method("GET")))
        .and(path("/api/v2/ticket_fields"))
        .respond_with(json(
            200,
            json!({ "ticket_fields": [
                { "id": 1, "type": "subject", "title": "Subject", "active": true },
                { "id": 2, "type": "status", "title": "Status", "active": true, "required": true },
                { "id": 360001, "type": "tagger", "title": "Type", "active": true, "required": true,
                  "custom_field_options": [{ "name": "Billing", "value": "billing" },
                                           { "name": "Shipping", "value": "shipping" }] },
                { "id": 360002, "type": "text", "title": "Order number", "active": true },
                { "id": 360003, "type": "checkbox", "title": "Old flag", "active": false }
            ], "meta": { "has_more": false } }),
        ))
        .mount(server)
        .await;
}

pub async fn zendesk_fields_are_defined_shown_and_written() {
    let server = MockServer::start().await;
    mount_fields(&server).await;
    <Zendesk as Fixture>::mount_ticket(&server).await;
    authorized(Mock::given(method("PUT")))
        .and(path("/api/v2/tickets/101"))
        .and(body_partial_json(json!({ "ticket": {
            "custom_fields": [{ "id": 360002, "value": "SO-2026-0815" }] } })))
        .respond_with(json(200, json!({ "ticket": { "id": 101 } })))
        .expect(1)
        .mount(&server)
        .await;
    let desk = connect::<Zendesk>(&server);
    let defs = desk.field_definitions().await.expect("definitions");
    let kinds: Vec<(&str, FieldKind, bool)> = defs
        .iter()
        .map(|d| (d.name.as_str(), d.kind, d.required_to_solve))
        .collect();
    assert_eq!(
        kinds,
        [
            ("Type", FieldKind::Choice, true),
            ("Order number", FieldKind::Text, false)
        ]
    );
    let ticket = desk.ticket(TicketId(101)).await.expect("ticket");
    let shown: Vec<(&str, Vec<String>)> = ticket
        .fields
        .iter()
        .map(|f| (f.name.as_str(), f.values.clone()))
        .collect();
    assert_eq!(
        shown,
        [
            ("Type", vec!["billing".to_string()]),
            ("Order number", vec![])
        ]
    );
    assert_eq!(defs[0].label_of("billing"), "Billing");
    let change = Changes {
        fields: BTreeMap::from([("360002".to_string(), vec!["SO-2026-0815".to_string()])]),
        ..Changes::default()
    };
    desk.update(TicketId(101), change, None)
        .await
        .expect("written");
}

pub async fn freshdesk_fields_are_defined_shown_and_required_for_closure() {
    use super::freshdesk::Freshdesk;
    let server = MockServer::start().await;
    super::freshdesk::authorized(Mock::given(method("GET")))
        .and(path("/api/v2/ticket_fields"))
        .respond_with(json(
            200,
            json!([
                { "id": 1, "name": "requester", "label": "Search a requester", "type": "default_requester" },
                { "id": 2, "name": "status", "label": "Status", "type": "default_status",
                  "choices": { "2": ["Open", "Being Processed"] } },
                { "id": 7, "name": "cf_product", "label": "Product", "type": "custom_dropdown",
                  "required_for_closure": true, "choices": ["Billing", "Shipping"] },
                { "id": 8, "name": "cf_order_number", "label": "Order number", "type": "custom_text" }
            ]),
        ))
        .mount(&server)
        .await;
    <Freshdesk as Fixture>::mount_ticket(&server).await;
    let desk = connect::<Freshdesk>(&server);
    let defs = desk.field_definitions().await.expect("definitions");
    let kinds: Vec<(&str, FieldKind, bool)> = defs
        .iter()
        .map(|d| (d.name.as_str(), d.kind, d.required_to_solve))
        .collect();
    assert_eq!(
        kinds,
        [
            ("Product", FieldKind::Choice, true),
            ("Order number", FieldKind::Text, false)
        ]
    );
    let ticket = desk.ticket(TicketId(101)).await.expect("ticket");
    let shown: Vec<(&str, String)> = ticket
        .fields
        .iter()
        .map(|f| (f.name.as_str(), f.shown()))
        .collect();
    assert_eq!(
        shown,
        [
            ("Product", "Billing".to_string()),
            ("Order number", "—".to_string())
        ]
    );
}

/// Jira lists the fields a transition's screen requires: the change is held back with them
/// named (and typed: an option's allowed values) before anything is written, then sent with
/// them in the transition's own `fields`.
pub async fn jira_asks_for_a_transition_s_required_fields_before_sending() {
    use super::jira::Jira;
    use frontdesk::backend::Error;
    use wiremock::ResponseTemplate;
    let server = MockServer::start().await;
    super::jira::mount_issue(&server, json!({}), Vec::new(), Vec::new()).await;
    super::jira::authorized(Mock::given(method("GET")))
        .and(path("/rest/api/3/issue/101/transitions"))
        .and(wiremock::matchers::query_param("expand", "transitions.fields"))
        .respond_with(json(
            200,
            json!({ "transitions": [
                { "id": "31", "name": "Resolve",
                  "to": { "name": "Resolved", "statusCategory": { "key": "done" } },
                  "fields": { "customfield_100": {
                      "required": true, "name": "Root cause", "hasDefaultValue": false,
                      "schema": { "type": "option", "custom": "com.atlassian.jira.plugin.system.customfieldtypes:select" },
                      "allowedValues": [{ "id": "1", "value": "Bug" }, { "id": "2", "value": "Config" }] } } }] }),
        ))
        .with_priority(1)
        .mount(&server)
        .await;
    super::jira::authorized(Mock::given(method("POST")))
        .and(path("/rest/api/3/issue/101/transitions"))
        .and(body_partial_json(json!({ "transition": { "id": "31" },
                                        "fields": { "customfield_100": { "value": "Config" } } })))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let desk = connect::<Jira>(&server);
    let solve = Changes {
        status: Some("Resolved".into()),
        ..Changes::default()
    };
    let err = desk
        .update(TicketId(101), solve.clone(), None)
        .await
        .expect_err("held back");
    let Error::FieldsRequired(missing) = err else {
        panic!("{err:?}")
    };
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0].name, "Root cause");
    let def = missing[0].def.as_ref().expect("typed");
    assert_eq!(def.kind, FieldKind::Choice);
    assert_eq!(def.options.len(), 2);
    let with_cause = Changes {
        fields: BTreeMap::from([("customfield_100".to_string(), vec!["Config".to_string()])]),
        ..solve
    };
    desk.update(TicketId(101), with_cause, None)
        .await
        .expect("resolved with its root cause");
}

/// Help Scout's fields come per mailbox; a conversation's dropdown holds its option's id (the
/// header shows the label); a change is written back as the whole set, since Help Scout
/// removes any field a write leaves out.
pub async fn helpscout_fields_are_written_as_the_whole_set() {
    use super::helpscout::{HelpScout, page};
    use wiremock::ResponseTemplate;
    let server = super::start::<HelpScout>().await;
    let auth = super::helpscout::authorized;
    auth(Mock::given(method("GET")))
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
        .mount(&server)
        .await;
    auth(Mock::given(method("GET")))
        .and(path("/v2/mailboxes/85/fields"))
        .respond_with(json(
            200,
            json!({ "_embedded": { "fields": [
            { "id": 104, "name": "Product", "type": "DROPDOWN", "required": true,
              "options": [{ "id": 168, "label": "Billing" }, { "id": 169, "label": "Shipping" }] },
            { "id": 105, "name": "Order number", "type": "SINGLE_LINE" }
        ] } }),
        ))
        .mount(&server)
        .await;
    let mut c = super::helpscout::conversation(101, "Rechnung doppelt", "active", "urgent", 7);
    c["customFields"] = json!([
        { "id": 104, "name": "Product", "value": "168", "text": "Billing" },
        { "id": 105, "name": "Order number", "value": "SO-1", "text": "SO-1" }
    ]);
    c["_embedded"] = json!({ "threads": [] });
    auth(Mock::given(method("GET")))
        .and(path("/v2/conversations/101"))
        .respond_with(json(200, c))
        .mount(&server)
        .await;
    auth(Mock::given(method("PUT")))
        .and(path("/v2/conversations/101/fields"))
        .and(wiremock::matchers::body_json(json!({ "fields": [
            { "id": 104, "value": "169" }, { "id": 105, "value": "SO-1" }] })))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let desk = connect::<HelpScout>(&server);
    let defs = desk.field_definitions().await.expect("definitions");
    assert_eq!(defs[0].kind, FieldKind::Choice);
    assert_eq!(defs[0].label_of("168"), "Billing");
    assert!(
        !defs[0].required_to_solve,
        "a flag for Help Scout's own forms only"
    );
    let ticket = desk.ticket(TicketId(101)).await.expect("ticket");
    assert_eq!(ticket.fields[0].values, ["168"]);
    let change = Changes {
        fields: BTreeMap::from([("104".to_string(), vec!["169".to_string()])]),
        ..Changes::default()
    };
    desk.update(TicketId(101), change, None)
        .await
        .expect("written");
}

/// Jira's custom fields: defined by `/field`, asked for by id with the issue, and read
/// whatever shape each value has.
pub async fn jira_custom_fields_come_with_the_issue() {
    use super::jira::Jira;
    let server = MockServer::start().await;
    super::jira::authorized(Mock::given(method("GET")))
        .and(path("/rest/api/3/field"))
        .respond_with(json(
            200,
            json!([
                { "id": "summary", "name": "Summary", "custom": false },
                { "id": "customfield_100", "name": "Root cause", "custom": true,
                  "schema": { "type": "option", "custom": "com.atlassian.jira.plugin.system.customfieldtypes:select" } },
                { "id": "customfield_101", "name": "Order number", "custom": true,
                  "schema": { "type": "string", "custom": "com.atlassian.jira.plugin.system.customfieldtypes:textfield" } }
            ]),
        ))
        .mount(&server)
        .await;
    super::jira::mount_issue(
        &server,
        json!({ "customfield_100": { "id": "2", "value": "Config" }, "customfield_101": "SO-2026-0815" }),
        Vec::new(),
        Vec::new(),
    )
    .await;
    let desk = connect::<Jira>(&server);
    let ticket = desk.ticket(TicketId(101)).await.expect("ticket");
    let shown: Vec<(&str, String)> = ticket
        .fields
        .iter()
        .map(|f| (f.name.as_str(), f.shown()))
        .collect();
    assert_eq!(
        shown,
        [
            ("Root cause", "Config".to_string()),
            ("Order number", "SO-2026-0815".to_string())
        ]
    );
    let asked = server.received_requests().await.unwrap_or_default();
    let issue = asked
        .iter()
        .find(|r| r.url.path() == "/rest/api/3/issue/101")
        .expect("the issue read");
    assert!(
        issue
            .url
            .query()
            .unwrap_or_default()
            .contains("customfield_101")
    );
    // Edited outside a transition, each value goes in the shape the edit screen wants.
    super::jira::authorized(Mock::given(method("GET")))
        .and(path("/rest/api/3/issue/101/editmeta"))
        .respond_with(json(
            200,
            json!({ "fields": {
                "customfield_100": { "name": "Root cause", "required": false,
                    "schema": { "type": "option" },
                    "allowedValues": [{ "id": "2", "value": "Config" }, { "id": "3", "value": "Code" }] },
                "customfield_101": { "name": "Order number", "schema": { "type": "string" } } } }),
        ))
        .mount(&server)
        .await;
    super::jira::authorized(Mock::given(method("PUT")))
        .and(path("/rest/api/3/issue/101"))
        .and(body_partial_json(json!({ "fields": {
            "customfield_100": { "value": "Code" }, "customfield_101": "SO-1" } })))
        .respond_with(json(204, json!({})))
        .expect(1)
        .mount(&server)
        .await;
    let change = Changes {
        fields: BTreeMap::from([
            ("customfield_100".to_string(), vec!["Code".to_string()]),
            ("customfield_101".to_string(), vec!["SO-1".to_string()]),
        ]),
        ..Changes::default()
    };
    desk.update(TicketId(101), change, None)
        .await
        .expect("written");
}

/// Zammad's own ticket attributes: defined where the token may read the object manager (an
/// administrator's), their values flat keys on the ticket, a select's by its key.
pub async fn zammad_attributes_are_defined_and_shown() {
    use super::zammad::Zammad;
    let server = MockServer::start().await;
    super::zammad::authorized(Mock::given(method("GET")))
        .and(path("/api/v1/object_manager_attributes"))
        .respond_with(json(
            200,
            json!([
                { "id": 1, "name": "title", "display": "Title", "object": "Ticket",
                  "data_type": "input", "editable": false, "active": true },
                { "id": 40, "name": "product", "display": "Product", "object": "Ticket",
                  "data_type": "select", "editable": true, "active": true,
                  "data_option": { "options": { "billing": "Billing", "shipping": "Shipping" } },
                  "screens": { "edit": { "ticket.agent": { "shown": true, "required": true } } } },
                { "id": 41, "name": "vip", "display": "VIP", "object": "User",
                  "data_type": "boolean", "editable": true, "active": true }
            ]),
        ))
        .mount(&server)
        .await;
    <Zammad as Fixture>::mount_ticket(&server).await;
    let desk = connect::<Zammad>(&server);
    let defs = desk.field_definitions().await.expect("definitions");
    assert_eq!(
        defs.len(),
        1,
        "only the ticket's own custom attributes: {defs:?}"
    );
    assert_eq!(
        (defs[0].kind, defs[0].required_to_solve),
        (FieldKind::Choice, true)
    );
    assert_eq!(defs[0].label_of("billing"), "Billing");
    let ticket = desk.ticket(TicketId(101)).await.expect("ticket");
    assert_eq!(ticket.fields.len(), 1);
    assert_eq!(ticket.fields[0].values, ["billing"]);
}
