use super::*;
use crate::backend::{MessageKind, Priority, StatusKind};

fn macro_from(json: &str) -> wire::Macro {
    serde_json::from_str(json).expect("macro")
}

#[test]
fn a_macro_carries_its_text_and_its_actions() {
    let m = macro_from(
        r#"{"id": 42, "title": "Refund issued", "active": true, "description": "money back",
            "actions": [
              {"field": "comment_value", "value": ["channel:all", "Hi {{ticket.requester.first_name}}, refunded."]},
              {"field": "status", "value": "solved"},
              {"field": "priority", "value": "low"},
              {"field": "assignee_id", "value": "current_user"},
              {"field": "current_tags", "value": "refund billing"},
              {"field": "remove_tags", "value": "triage"}
            ]}"#,
    );
    let canned = convert::canned(&m).expect("active");
    assert_eq!(canned.id, "zendesk:42");
    assert_eq!(canned.body, "Hi {{requester.first_name}}, refunded.");
    assert_eq!(canned.actions.status.as_deref(), Some("solved"));
    assert_eq!(canned.actions.priority, Some(Priority::Low));
    assert_eq!(canned.actions.assignee.as_deref(), Some("me"));
    assert_eq!(canned.actions.tags_add, ["refund", "billing"]);
    assert_eq!(canned.actions.tags_remove, ["triage"]);
    assert_eq!(canned.keywords, ["money back"]);
}

#[test]
fn inactive_macros_are_left_out() {
    let m = macro_from(r#"{"id": 1, "title": "Old", "active": false, "actions": []}"#);
    assert!(convert::canned(&m).is_none());
}

#[test]
fn private_comments_are_notes_and_end_users_are_customers() {
    let comments: Vec<wire::Comment> = serde_json::from_str(
        r#"[{"id": 1, "author_id": 7, "body": "Card declined", "public": true, "created_at": "2026-11-20T10:00:00Z"},
            {"id": 2, "author_id": 9, "body": "x", "html_body": "<p>SSO cache <b>again</b>?</p>", "public": false, "created_at": "2026-11-20T10:05:00Z"},
            {"id": 3, "author_id": 9, "body": "On it", "public": true, "created_at": "2026-11-20T10:06:00Z"},
            {"id": 4, "author_id": 8, "body": "Me too (cc)", "public": true, "created_at": "2026-11-20T10:07:00Z"}]"#,
    )
    .expect("comments");
    let users: Vec<wire::User> = serde_json::from_str(
        r#"[{"id": 7, "name": "Ann", "role": "end-user"}, {"id": 9, "name": "Bob", "role": "agent"},
            {"id": 8, "name": "Cc Person", "role": "end-user"}]"#,
    )
    .expect("users");
    let conversation = convert::conversation(&comments, &users, "7");
    let kinds: Vec<MessageKind> = conversation.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [
            MessageKind::Customer,
            MessageKind::Internal,
            MessageKind::Public,
            MessageKind::Customer
        ]
    );
    assert_eq!(conversation[1].body, "SSO cache again?");
    assert_eq!(conversation[1].author, "Bob");
}

#[test]
fn statuses_mean_what_zendesk_means() {
    assert_eq!(convert::status("hold").kind, StatusKind::Pending);
    assert_eq!(convert::status("solved").kind, StatusKind::Solved);
    assert_eq!(convert::priority(None), Priority::Normal);
    assert_eq!(convert::priority(Some("urgent")), Priority::Urgent);
}

#[test]
fn the_url_may_be_given_with_or_without_the_api_path() {
    assert_eq!(
        crate::backend::http::bases("https://acme.zendesk.com/api/v2/", "api/v2").1,
        "https://acme.zendesk.com/api/v2/"
    );
    assert_eq!(
        crate::backend::http::bases("https://acme.zendesk.com", "api/v2").0,
        "https://acme.zendesk.com/"
    );
}

#[test]
fn a_token_needs_the_agents_address_and_oauth_does_not() {
    let mut profile = Profile::new("z", crate::config::BackendKind::Zendesk);
    profile.url = Some("https://acme.zendesk.com".into());
    let err = ZendeskDesk::new(&profile, "t", Timeouts::default())
        .err()
        .expect("needs user");
    assert!(err.contains("user = "), "{err}");
    profile.auth = Some("oauth".into());
    assert!(ZendeskDesk::new(&profile, "t", Timeouts::default()).is_ok());
    profile.auth = Some("password".into());
    assert!(ZendeskDesk::new(&profile, "t", Timeouts::default()).is_err());
}

#[test]
fn the_sla_clock_that_runs_first_is_named_and_a_paused_one_is_paused() {
    let slas = |json: &str| -> wire::Slas { serde_json::from_str(json).expect("slas") };
    let running = slas(
        r#"{"policy_metrics":[
            {"metric":"next_reply_time","stage":"active","breach_at":"2026-12-07T12:00:00Z"},
            {"metric":"requester_wait_time","stage":"active","breach_at":"2026-12-09T12:00:00Z"}]}"#,
    );
    let clock = running.clock().expect("a clock");
    assert_eq!((clock.name.as_str(), clock.paused), ("next reply", false));
    let paused = slas(r#"{"policy_metrics":[{"metric":"requester_wait_time","stage":"paused"}]}"#);
    let clock = paused.clock().expect("a clock");
    assert_eq!(
        (clock.name.as_str(), clock.paused),
        ("requester wait", true)
    );
    assert_eq!(paused.next_breach(), None, "a paused clock sets no target");
}
