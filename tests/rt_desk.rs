//! The whole desk against a real Request Tracker 5 (see `rt/mod.rs`): searching beyond the
//! views, and opening a ticket no view holds.

mod pty;
mod rt;

use frontdesk::backend::http::Timeouts;
use frontdesk::backend::rt::RtDesk;
use frontdesk::backend::search::{SearchSyntax, plan};
use frontdesk::backend::{Changes, HelpDesk, TicketId, View};
use frontdesk::config::{BackendKind, Profile};
use rt::Rest;

fn desk(lab: &rt::Lab) -> RtDesk {
    let mut p = Profile::new("lab", BackendKind::Rt);
    p.url = Some(lab.url.clone());
    RtDesk::new(&p, &lab.token, Timeouts::default()).expect("an RT desk")
}

async fn search(desk: &RtDesk, typed: &str) -> Vec<u64> {
    assert_eq!(desk.capabilities().search, SearchSyntax::TicketSql);
    let planned = plan(SearchSyntax::TicketSql, typed).expect("a plan");
    let view = View {
        name: planned.name,
        query: planned.query,
        quick: false,
    };
    let page = desk.list_view(&view, None).await.expect("searched");
    page.tickets.iter().map(|t| t.id.0).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn search_finds_resolved_tickets_by_subject_words_and_by_requester() {
    let lab = tokio::task::spawn_blocking(rt::lab).await.expect("lab");
    let rest = Rest::new(lab);
    let queue = rest.queue("q-search").await;
    let id = rest
        .ticket(
            &queue,
            "Tulostin jumissa kolmannessa kerroksessa",
            "tiina.haku@example.fi",
            10,
            "Paperi jumissa.",
        )
        .await;
    let other = rest
        .ticket(
            &queue,
            "Laskun kopio",
            "tiina.haku@example.fi",
            10,
            "Tarvitsen laskun.",
        )
        .await;
    let desk = desk(lab);
    desk.update(
        TicketId(id),
        Changes {
            status: Some("resolved".into()),
            ..Changes::default()
        },
        None,
    )
    .await
    .expect("resolved");
    let found = search(&desk, "tulostin kerroksessa").await;
    assert_eq!(
        found,
        [id],
        "words of the subject, in any order, resolved included"
    );
    let mut theirs = search(&desk, "tiina.haku@example.fi").await;
    theirs.sort();
    assert_eq!(theirs, [id, other], "by requester");
    // The desk's own language goes as written; a mistake in it is the desk's to explain.
    let sql = search(&desk, &format!("Queue = '{queue}' AND Status = 'resolved'")).await;
    assert_eq!(sql, [id]);
    let planned = plan(SearchSyntax::TicketSql, "Subject = ").expect("sent as written");
    let bad = View {
        name: planned.name,
        query: planned.query,
        quick: false,
    };
    let err = desk.list_view(&bad, None).await.expect_err("RT refuses it");
    assert!(
        err.to_string().contains("Incomplete query"),
        "RT's own words: {err}"
    );
    // #N: a ticket no view holds opens by its number.
    let ticket = desk.ticket(TicketId(id)).await.expect("opened by number");
    assert_eq!(ticket.summary.status.name, "resolved");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_merge_leaves_the_source_merged_into_the_target() {
    let lab = tokio::task::spawn_blocking(rt::lab).await.expect("lab");
    let rest = Rest::new(lab);
    let queue = rest.queue("q-merge").await;
    let target = rest
        .ticket(
            &queue,
            "Kassa ei toimi",
            "merja.merge@example.fi",
            10,
            "Ensimmäinen viesti.",
        )
        .await;
    let source = rest
        .ticket(
            &queue,
            "Kassa ei toimi (uudelleen)",
            "merja.merge@example.fi",
            10,
            "Toinen viesti.",
        )
        .await;
    let desk = desk(lab);
    assert!(desk.capabilities().merge.is_some());
    desk.merge(TicketId(source), TicketId(target))
        .await
        .expect("merged");
    let merged = rest.get(&format!("ticket/{source}")).await;
    assert_eq!(
        merged["EffectiveId"]["id"].as_str(),
        Some(target.to_string().as_str()),
        "RT now answers for the target: {merged}"
    );
    let into = desk.ticket(TicketId(target)).await.expect("target");
    let bodies: Vec<&str> = into.conversation.iter().map(|m| m.body.as_str()).collect();
    assert!(
        bodies.contains(&"Toinen viesti."),
        "the merged ticket's messages show with the target's: {bodies:?}"
    );
}

#[test]
fn the_real_binary_opens_a_ticket_outside_every_view_by_its_number() {
    let lab = rt::lab();
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let rest = Rest::new(lab);
    let (queue, id) = runtime.block_on(async {
        let queue = rest.queue("q-goto").await;
        rest.ticket(&queue, "Avoin asia", "goto.open@example.fi", 10, "Auki.")
            .await;
        let id = rest
            .ticket(
                &queue,
                "Ratkaistu jo aikaa sitten",
                "goto.done@example.fi",
                10,
                "Valmis.",
            )
            .await;
        rest.put(
            &format!("ticket/{id}"),
            serde_json::json!({ "Status": "resolved" }),
        )
        .await;
        (queue, id)
    });
    let mut shell = pty::Shell::start(100, 30, &[("FRONTDESK_TOKEN", &lab.token)]);
    let config = format!(
        "default_profile = \"lab\"\n[profiles.lab]\nbackend = \"rt\"\nurl = \"{}\"\n[[profiles.lab.views]]\nname = \"Open\"\nquery = \"Queue = '{queue}' AND Status = '__Active__'\"\n",
        lab.url
    );
    std::fs::create_dir_all(shell.path("config/frontdesk")).expect("config dir");
    std::fs::write(shell.path("config/frontdesk/config.toml"), config).expect("config");
    shell.line("frontdesk");
    shell.wait_for("Avoin asia");
    assert!(
        !shell.screen().contains("Ratkaistu"),
        "the resolved one is in no view"
    );
    shell.type_bytes(b"#");
    shell.wait_for("Go to ticket #");
    shell.type_bytes(format!("{id}\r").as_bytes());
    shell.wait_for("Ratkaistu jo aikaa sitten");
    shell.wait_for("resolved");
    shell.type_bytes(b"qq");
    shell.wait_until("the shell prompt", |s| !s.alternate_screen());
}
