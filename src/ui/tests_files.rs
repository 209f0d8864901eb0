//! Snapshots of attachments and copies: a message with files, the attachment list, and the
//! composer with CC, BCC and two files, at 80x24 and 160x48.

use crate::testkit::Harness;

/// The demo desk at `w`×`h`, typed paths starting in `dir`.
async fn harness(w: u16, h: u16, dir: &std::path::Path) -> Harness {
    let dir = dir.to_path_buf();
    Harness::with(w, h, move |setup| {
        setup.files.download_dir = "/home/agent/Downloads".into();
        setup.files.cwd = dir;
    })
    .await
}

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

#[tokio::test]
async fn a_message_with_attachments() {
    let dir = tempfile::tempdir().expect("dir");
    for (w, h) in SIZES {
        let mut harness = harness(w, h, dir.path()).await;
        // The third ticket of Mine is the mobile checkout one, with a screenshot and a log.
        harness.keys("j j enter g").await;
        insta::assert_snapshot!(
            format!("message_with_attachments_{w}x{h}"),
            harness.screen()
        );
    }
}

#[tokio::test]
async fn the_attachment_list() {
    let dir = tempfile::tempdir().expect("dir");
    for (w, h) in SIZES {
        let mut harness = harness(w, h, dir.path()).await;
        harness.keys("j j enter o j").await;
        insta::assert_snapshot!(format!("attachment_list_{w}x{h}"), harness.screen());
    }
}

#[tokio::test]
async fn the_composer_with_copies_and_two_files() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("steps.pdf"), vec![0u8; 240 * 1024]).expect("write");
    std::fs::write(dir.path().join("server.log"), "GET /checkout 502\n").expect("write");
    for (w, h) in SIZES {
        let mut harness = harness(w, h, dir.path()).await;
        harness.keys("j j enter r").await;
        harness.type_text("Here are the steps and the log.").await;
        for file in ["steps.pdf", "server.log"] {
            harness.keys("ctrl-o").await;
            if harness
                .state
                .overlay
                .as_ref()
                .is_some_and(|o| matches!(o, crate::app::state::overlay::Overlay::Menu(_)))
            {
                harness.keys("enter").await;
            }
            harness.type_text(file).await;
            harness.keys("enter").await;
        }
        harness.keys("ctrl-l").await;
        harness.type_text("dave@example.com").await;
        harness.keys("enter").await;
        harness.type_text("audit@example.com").await;
        harness.keys("enter").await;
        insta::assert_snapshot!(
            format!("composer_with_copies_and_files_{w}x{h}"),
            harness.screen()
        );
    }
}

#[tokio::test]
async fn the_search_tab_and_the_merge_confirmation() {
    let dir = tempfile::tempdir().expect("dir");
    for (w, h) in SIZES {
        let mut harness = harness(w, h, dir.path()).await;
        harness.keys("ctrl-f").await;
        harness.type_text("vat").await;
        harness.keys("enter").await;
        insta::assert_snapshot!(format!("search_tab_{w}x{h}"), harness.screen());
        harness.keys("esc enter M enter").await;
        insta::assert_snapshot!(format!("merge_confirmation_{w}x{h}"), harness.screen());
    }
}

#[tokio::test]
async fn the_new_ticket_form() {
    let dir = tempfile::tempdir().expect("dir");
    for (w, h) in SIZES {
        let mut harness = harness(w, h, dir.path()).await;
        harness.keys("N").await;
        harness.type_text("mar").await;
        insta::assert_snapshot!(format!("new_ticket_suggestions_{w}x{h}"), harness.screen());
        harness.keys("tab").await;
        harness.type_text("Printer on fire").await;
        harness.keys("ctrl-p").await;
        harness.type_text("high").await;
        harness.keys("enter tab").await;
        harness
            .type_text("Called at 10:05; the printer smokes.")
            .await;
        insta::assert_snapshot!(format!("new_ticket_form_{w}x{h}"), harness.screen());
    }
}

#[tokio::test]
async fn marks_the_bulk_confirmation_and_its_progress() {
    use crate::app::state::marks::Bulk;
    let dir = tempfile::tempdir().expect("dir");
    for (w, h) in SIZES {
        let mut harness = harness(w, h, dir.path()).await;
        harness.keys("space space v j j s").await;
        harness.type_text("solved").await;
        harness.keys("enter").await;
        insta::assert_snapshot!(format!("bulk_confirmation_{w}x{h}"), harness.screen());
        harness.keys("esc esc").await;
        // A job a third of the way through, one ticket refused, as the title bar shows it.
        let tickets: Vec<_> = harness.visible_ids().into_iter().take(24).collect();
        let mut bulk = Bulk::new(
            crate::backend::Changes {
                status: Some("solved".into()),
                ..Default::default()
            },
            "status → solved".into(),
            tickets.clone(),
        );
        bulk.done = tickets[..7].to_vec();
        bulk.failed = vec![(tickets[7], "not allowed".into())];
        harness
            .state
            .outbox
            .items
            .push(crate::app::state::Outgoing::for_bulk(
                1,
                bulk,
                crate::testkit::fixed_now(),
            ));
        harness.keys("space").await;
        insta::assert_snapshot!(format!("bulk_progress_{w}x{h}"), harness.screen());
    }
}

/// At 80x24 a reply with copies and many files still shows To, CC and BCC, how many files
/// go with it, and as many names as fit.
#[tokio::test]
async fn at_80_columns_recipients_and_files_all_show() {
    let mut h = crate::testkit::Harness::sized(80, 24).await;
    h.keys("enter r").await;
    let ticket = h.state.compose.open.expect("a draft");
    let draft = h.state.compose.drafts.get_mut(&ticket).expect("draft");
    draft.cc = (1..=4)
        .map(|i| format!("colleague{i}@example.com"))
        .collect();
    draft.bcc = vec!["audit@example.com".into()];
    draft.files = (1..=5)
        .map(|i| crate::backend::OutgoingFile {
            path: format!("/tmp/screenshot-{i}.png").into(),
            name: format!("screenshot-{i}.png"),
            mime: "image/png".into(),
            size: 200_000,
            sha256: String::new(),
        })
        .collect();
    let screen = h.screen();
    let heads = screen
        .lines()
        .find(|l| l.contains(" To "))
        .expect("the recipients line");
    for part in [
        " To ",
        " Cc ",
        " Bcc ",
        "audit@example.com",
        "colleague1@example.com",
        "+",
    ] {
        assert!(heads.contains(part), "{part} in {heads}");
    }
    let files = screen
        .lines()
        .find(|l| l.contains("screenshot-1"))
        .expect("the files line");
    assert!(files.contains("5 files, 977 KB"), "{files}");
    assert!(
        files.contains("screenshot-1.png") && files.contains("+"),
        "{files}"
    );
}
