//! An issue's whole record on a real Redmine 5: custom fields defined, edited and read back;
//! time spent logged with a note; the journal's details as the history of changes; a move
//! between projects.

mod redmine;

use std::collections::BTreeMap;

use frontdesk::backend::{Changes, FieldKind, HelpDesk, QueueRef, Reply, TicketId};
use redmine::{Lab, Rest, desk_with};

async fn lab() -> &'static Lab {
    tokio::task::spawn_blocking(redmine::lab)
        .await
        .expect("lab thread")
}

#[tokio::test(flavor = "multi_thread")]
async fn custom_fields_time_history_and_a_move_without_the_web_page() {
    let lab = lab().await;
    let admin = Rest::new(lab);
    let (from, to) = (
        admin.project("rm-record").await,
        admin.project("rm-elsewhere").await,
    );
    let id = TicketId(
        admin
            .issue(&from, "Tilaus hukassa", 2, "Missä tilaus?")
            .await,
    );
    let desk = desk_with(lab, &lab.key);

    // Custom fields: an administrator's key reads their definitions.
    let defs = desk.field_definitions().await.expect("definitions");
    let kinds: Vec<(&str, FieldKind)> = defs.iter().map(|d| (d.name.as_str(), d.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("Order number", FieldKind::Text),
            ("Product", FieldKind::Choice),
            ("Renewal", FieldKind::Date)
        ]
    );
    let id_of = |name: &str| defs.iter().find(|d| d.name == name).map(|d| d.id.clone());
    let product = id_of("Product").expect("Product");
    let order = id_of("Order number").expect("Order number");
    let ticket = desk.ticket(id).await.expect("ticket");
    assert!(
        ticket.fields.iter().all(|f| !f.is_filled()),
        "{:?}",
        ticket.fields
    );
    let fields = BTreeMap::from([
        (product.clone(), vec!["Shipping".to_string()]),
        (order.clone(), vec!["SO-2026-0815".to_string()]),
    ]);
    let change = Changes {
        fields,
        ..Changes::default()
    };
    desk.update(id, change.clone(), ticket.summary.version.clone())
        .await
        .expect("fields set");
    let ticket = desk.ticket(id).await.expect("ticket");
    let shown: Vec<(String, String)> = ticket
        .fields
        .iter()
        .map(|f| (f.name.clone(), f.shown()))
        .collect();
    assert!(
        shown.contains(&("Product".into(), "Shipping".into())),
        "{shown:?}"
    );
    assert!(
        shown.contains(&("Order number".into(), "SO-2026-0815".into())),
        "{shown:?}"
    );
    assert!(change.held_by(&ticket));

    // Time spent goes with the note, in the same update.
    let note = Reply {
        body: "Soitin varastoon.".into(),
        public: false,
        changes: Changes {
            time_spent: Some(45),
            ..Changes::default()
        },
        ..Reply::default()
    };
    desk.reply(id, note).await.expect("the note");
    let ticket = desk.ticket(id).await.expect("ticket");
    assert_eq!(ticket.time.map(|t| t.worked), Some(45));

    // A move to another project.
    let elsewhere = QueueRef {
        id: admin.read_project(&to).await,
        name: String::new(),
    };
    let moving = Changes {
        queue: Some(elsewhere.clone()),
        ..Changes::default()
    };
    desk.update(id, moving.clone(), ticket.summary.version.clone())
        .await
        .expect("moved");
    let ticket = desk.ticket(id).await.expect("ticket");
    assert_eq!(
        ticket.queue.as_ref().map(|q| q.id.clone()),
        Some(elsewhere.id)
    );
    assert!(moving.held_by(&ticket));

    // The journal's details are the history.
    let changes = desk.changes(id).await.expect("history");
    let shown: Vec<String> = changes.iter().map(|e| e.shown()).collect();
    for wanted in ["Product → Shipping", "Order number → SO-2026-0815"] {
        assert!(shown.iter().any(|s| s == wanted), "{wanted} in {shown:#?}");
    }
    assert!(
        shown
            .iter()
            .any(|s| s.starts_with("Project Lab rm-record → Lab rm-elsewhere")),
        "{shown:#?}"
    );
    assert!(
        changes.iter().all(|e| e.who == "Sam Rivera"),
        "{changes:#?}"
    );
}

/// Time logged on its own carries a note; a second try with the same note (an earlier one
/// whose answer was lost) logs nothing more.
#[tokio::test(flavor = "multi_thread")]
async fn time_logged_without_a_message_is_made_once() {
    let lab = lab().await;
    let admin = Rest::new(lab);
    let project = admin.project("rm-time-alone").await;
    let id = TicketId(admin.issue(&project, "Puhelu", 2, "Soita minulle").await);
    let desk = desk_with(lab, &lab.key);
    let call = Changes {
        time_spent: Some(30),
        time_note: Some("Logged with frontdesk (test-30)".into()),
        ..Changes::default()
    };
    for _ in 0..2 {
        desk.update(id, call.clone(), None).await.expect("logged");
    }
    let ticket = desk.ticket(id).await.expect("ticket");
    assert_eq!(ticket.time.map(|t| t.worked), Some(30), "logged once");
}
