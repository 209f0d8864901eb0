//! Attachments from the keyboard: listing, viewing and saving what customers sent, attaching
//! files to a reply, and copies to other people.

use super::*;
use crate::app::state::files::Viewed;
use crate::app::state::overlay::{Overlay, PromptFor};

/// A harness whose downloads go to, and whose typed paths start in, `dir`.
async fn harness_in(dir: &std::path::Path) -> Harness {
    let dir = dir.to_path_buf();
    Harness::with(100, 30, move |setup| {
        setup.files.download_dir = dir.join("downloads");
        setup.files.cwd = dir.clone();
        setup.files.home = Some(dir);
    })
    .await
}

/// Opens the first ticket in the view that has attachments.
async fn open_one_with_files(h: &mut Harness) -> TicketId {
    for (pos, id) in h.visible_ids().into_iter().enumerate() {
        let ticket = h.desk.ticket(id).await.expect("ticket");
        if ticket.conversation.iter().any(|m| m.attachments.len() >= 2) {
            if let Some(view) = h.state.queue.current_mut() {
                view.selected = pos;
            }
            h.keys("enter").await;
            return id;
        }
    }
    panic!("the demo has a ticket with a screenshot and a log");
}

fn list_names(h: &Harness) -> Vec<String> {
    match &h.state.overlay {
        Some(Overlay::Files(list)) => list
            .items
            .iter()
            .map(|i| i.attachment.name.clone())
            .collect(),
        other => panic!("the attachment list is open, not {other:?}"),
    }
}

#[tokio::test]
async fn o_lists_the_files_and_the_message_shows_them() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = harness_in(dir.path()).await;
    open_one_with_files(&mut h).await;
    h.keys("g").await;
    assert!(
        h.screen()
            .contains("📎 checkout-error.png · image/png · 236 B"),
        "{}",
        h.screen()
    );
    h.keys("o").await;
    assert_eq!(list_names(&h), ["checkout-error.png", "payment.log"]);
    h.keys("esc").await;
    assert!(h.state.overlay.is_none());
}

#[tokio::test]
async fn a_log_opens_in_the_viewer_and_s_saves_it_byte_for_byte() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = harness_in(dir.path()).await;
    open_one_with_files(&mut h).await;
    h.keys("o j enter").await;
    let Some(Overlay::Viewer(viewer)) = &h.state.overlay else {
        panic!("the viewer is open: {:?}", h.state.overlay);
    };
    let Viewed::Text { lines, cut } = &viewer.content else {
        panic!("a log is text");
    };
    assert!(!cut);
    assert!(lines[3].contains("issuer_timeout"), "{lines:?}");
    assert!(
        h.screen().contains("authorisation failed"),
        "{}",
        h.screen()
    );
    h.keys("s").await;
    let saved = dir.path().join("downloads/payment.log");
    let shipped = include_bytes!("../../../../data/demo/files/payment.log");
    assert_eq!(std::fs::read(&saved).expect("saved"), shipped);
    assert!(h.notice().contains("payment.log"), "{}", h.notice());
    h.keys("s").await;
    assert!(
        dir.path().join("downloads/payment (1).log").exists(),
        "a second save never replaces the first"
    );
    h.keys("esc").await;
    assert!(
        matches!(h.state.overlay, Some(Overlay::Files(_))),
        "esc goes back to the list"
    );
}

/// `/` in the text viewer searches as in `less`: typing brings the first line holding it
/// to the top, enter keeps it, `n` and `N` go to the next and previous such line, and the
/// title counts them.
#[tokio::test]
async fn the_text_viewer_searches_with_slash_n_and_capital_n() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = harness_in(dir.path()).await;
    open_one_with_files(&mut h).await;
    h.keys("o j enter").await;
    let scroll = |h: &Harness| match &h.state.overlay {
        Some(Overlay::Viewer(v)) => v.scroll,
        other => panic!("the viewer is open: {other:?}"),
    };
    h.keys("/").await;
    h.type_text("ERROR").await;
    assert_eq!(scroll(&h), 3, "the first ERROR line comes to the top");
    assert!(h.screen().contains("/ERROR"), "{}", h.screen());
    assert!(h.screen().contains("matches"), "{}", h.screen());
    h.keys("enter n").await;
    assert_eq!(scroll(&h), 6, "n: the next one");
    h.keys("N").await;
    assert_eq!(scroll(&h), 3, "N: back to the previous one");
    h.keys("N").await;
    assert!(
        h.notice().contains("No more matches above"),
        "{}",
        h.notice()
    );
    h.keys("esc").await;
    assert!(
        matches!(&h.state.overlay, Some(Overlay::Viewer(v)) if v.search.is_none()),
        "esc drops the search first"
    );
    h.keys("esc").await;
    assert!(matches!(h.state.overlay, Some(Overlay::Files(_))));
}

#[tokio::test]
async fn a_picture_is_decoded_and_drawn_in_half_blocks() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = harness_in(dir.path()).await;
    open_one_with_files(&mut h).await;
    h.keys("o enter").await;
    let Some(Overlay::Viewer(viewer)) = &h.state.overlay else {
        panic!("the viewer is open: {:?}", h.state.overlay);
    };
    let Viewed::Image(image) = &viewer.content else {
        panic!("a PNG is a picture");
    };
    assert_eq!((image.width(), image.height()), (120, 72));
    let screen = h.screen();
    assert!(screen.contains('▀') || screen.contains('▄'), "{screen}");
}

#[tokio::test]
async fn a_file_over_max_download_is_fetched_only_once_confirmed() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = harness_in(dir.path()).await;
    h.state.files.max_download = 100;
    open_one_with_files(&mut h).await;
    h.keys("o j s").await;
    match &h.state.overlay {
        Some(Overlay::Menu(menu)) => assert!(
            menu.title.contains("over max_download (100 B)"),
            "{}",
            menu.title
        ),
        other => panic!("asked first, not {other:?}"),
    }
    assert!(!dir.path().join("downloads/payment.log").exists());
    h.keys("enter").await;
    assert!(dir.path().join("downloads/payment.log").exists());
}

#[tokio::test]
async fn a_file_attached_in_the_composer_goes_out_with_the_reply() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("steps.txt"), "1. Clear the cache\n").expect("write");
    let mut h = harness_in(dir.path()).await;
    let id = open_one_with_files(&mut h).await;
    h.keys("r").await;
    h.type_text("See the steps attached.").await;
    h.keys("ctrl-o").await;
    assert!(matches!(
        &h.state.overlay,
        Some(Overlay::Prompt(p)) if matches!(p.purpose, PromptFor::AttachFile { .. })
    ));
    h.type_text("ste").await;
    h.keys("tab").await;
    assert!(
        matches!(&h.state.overlay, Some(Overlay::Prompt(p)) if p.input.text() == "steps.txt"),
        "tab completes from the folder"
    );
    h.keys("enter").await;
    let draft = h.state.compose.current().expect("draft");
    assert_eq!(draft.files.len(), 1);
    assert_eq!(
        (draft.files[0].name.as_str(), draft.files[0].size),
        ("steps.txt", 19)
    );
    assert!(
        h.screen().contains("📎 1 file, 19 B: steps.txt"),
        "{}",
        h.screen()
    );
    let saved = h.stored.iter().rev().find_map(|e| match e {
        crate::app::effect::Effect::SaveDraft(r) => Some((**r).clone()),
        _ => None,
    });
    assert_eq!(
        saved.map(|r| r.files.len()),
        Some(1),
        "attaching saves the draft at once, file and all"
    );
    h.keys("ctrl-s").await;
    let ticket = h.desk.ticket(id).await.expect("ticket");
    let last = ticket.conversation.last().expect("reply");
    assert_eq!(last.body, "See the steps attached.");
    assert_eq!(last.attachments.len(), 1);
    let mut bytes = Vec::new();
    let mut sink = crate::backend::http::Sink::new(&mut bytes, None, |_| {});
    h.desk
        .download(id, &last.attachments[0], &mut sink)
        .await
        .expect("download");
    drop(sink);
    assert_eq!(bytes, b"1. Clear the cache\n");
}

#[tokio::test]
async fn a_file_changed_after_attaching_holds_the_reply_back() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("invoice.pdf");
    std::fs::write(&path, "first version").expect("write");
    let mut h = harness_in(dir.path()).await;
    let id = open_one_with_files(&mut h).await;
    let before = h.desk.ticket(id).await.expect("ticket").conversation.len();
    h.keys("r").await;
    h.type_text("The invoice.").await;
    h.keys("ctrl-o").await;
    h.type_text("invoice.pdf").await;
    h.keys("enter").await;
    std::fs::write(&path, "a different file").expect("write");
    h.keys("ctrl-s").await;
    let after = h.desk.ticket(id).await.expect("ticket").conversation.len();
    assert_eq!(before, after, "nothing was posted");
    let draft = h
        .state
        .compose
        .drafts
        .get(&id)
        .expect("back in the composer");
    assert_eq!(draft.files.len(), 1, "the file stays attached");
    assert!(
        draft
            .error
            .as_deref()
            .unwrap_or_default()
            .contains("invoice.pdf changed since you attached it"),
        "{:?}",
        draft.error
    );
}

#[tokio::test]
async fn a_file_over_the_desks_limit_is_not_attached() {
    let dir = tempfile::tempdir().expect("dir");
    let big = std::fs::File::create(dir.path().join("dump.bin")).expect("create");
    big.set_len(26 * 1024 * 1024).expect("size");
    let mut h = harness_in(dir.path()).await;
    open_one_with_files(&mut h).await;
    h.keys("r ctrl-o").await;
    h.type_text("~/dump.bin").await;
    h.keys("enter").await;
    assert!(h.state.compose.current().expect("draft").files.is_empty());
    assert!(
        h.notice()
            .contains("dump.bin is 26 MB; the help desk takes files up to 25 MB each"),
        "{}",
        h.notice()
    );
}

#[tokio::test]
async fn copies_are_checked_kept_with_the_draft_and_sent() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = harness_in(dir.path()).await;
    open_one_with_files(&mut h).await;
    h.keys("r").await;
    h.type_text("Looping in your colleague.").await;
    h.keys("ctrl-l").await;
    let requester = h
        .state
        .detail
        .loaded()
        .expect("ticket")
        .summary
        .requester
        .email
        .clone();
    match &h.state.overlay {
        Some(Overlay::Prompt(p)) => assert!(
            !p.words.is_empty() && p.words.iter().all(|w| w.text != requester),
            "addresses seen are offered, the requester is not: {:?}",
            p.words
        ),
        other => panic!("the CC prompt, not {other:?}"),
    }
    h.type_text("dave@example.com, not-an-address").await;
    h.keys("enter").await;
    assert!(h.notice().contains("Not an e-mail address: not-an-address"));
    assert!(
        matches!(&h.state.overlay, Some(Overlay::Prompt(p)) if matches!(p.purpose, PromptFor::Recipients { bcc: false, .. })),
        "the prompt stays open to fix it"
    );
    for _ in 0.."not-an-address".len() {
        h.keys("backspace").await;
    }
    h.keys("enter").await;
    assert!(
        matches!(&h.state.overlay, Some(Overlay::Prompt(p)) if matches!(p.purpose, PromptFor::Recipients { bcc: true, .. })),
        "then BCC, which the demo desk takes"
    );
    h.type_text("audit@example.com").await;
    h.keys("enter").await;
    let draft = h.state.compose.current().expect("draft");
    assert_eq!(draft.cc, ["dave@example.com"]);
    assert_eq!(draft.bcc, ["audit@example.com"]);
    assert!(h.screen().contains("dave@example.com"), "{}", h.screen());
    h.keys("ctrl-s").await;
    let sent = h.stored.iter().find_map(|e| match e {
        crate::app::effect::Effect::SaveOutbox(items, _) => items.first().cloned(),
        _ => None,
    });
    let reply = sent.expect("queued").reply;
    assert_eq!(
        (reply.cc, reply.bcc),
        (
            vec!["dave@example.com".to_string()],
            vec!["audit@example.com".to_string()]
        )
    );
}

#[tokio::test]
async fn a_note_has_no_recipients_and_says_so() {
    let mut h = Harness::new().await;
    h.keys("enter n ctrl-l").await;
    assert!(h.state.overlay.is_none());
    assert!(h.notice().contains("no recipients"), "{}", h.notice());
}

#[tokio::test]
async fn a_local_canned_response_attaches_its_file() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("refund-form.pdf"), "%PDF-1.4 form").expect("write");
    let mut h = harness_in(dir.path()).await;
    let mut canned = crate::canned::local::parse(
        "form.md",
        "+++\ntitle = \"Refund form attached\"\n[actions]\nattach = [\"~/refund-form.pdf\"]\n+++\nPlease fill in the attached form.",
    )
    .expect("parses");
    canned.id = "local:form.md".into();
    let req = h.state.requests.issue();
    h.state.canned.list.start(req);
    h.msg(Msg::Loaded(crate::app::msg::Loaded::Canned {
        req,
        result: Ok(vec![canned]),
        diagnostics: Vec::new(),
    }))
    .await;
    h.keys("enter r ctrl-t").await;
    h.type_text("refund form").await;
    h.keys("enter").await;
    let draft = h.state.compose.current().expect("draft");
    assert!(draft.text().contains("Please fill in the attached form."));
    let names: Vec<_> = draft.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["refund-form.pdf"]);
}

#[tokio::test]
async fn a_macros_files_are_fetched_into_the_draft() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = harness_in(dir.path()).await;
    h.state.files.attach_dir = dir.path().join("attach");
    let id = open_one_with_files(&mut h).await;
    h.keys("r").await;
    let req = h.state.requests.issue();
    if let Some(draft) = h.state.compose.drafts.get_mut(&id) {
        draft.rendering = Some(req);
    }
    let ticket = h.desk.ticket(id).await.expect("ticket");
    let log = ticket
        .conversation
        .iter()
        .flat_map(|m| &m.attachments)
        .find(|a| a.name == "payment.log")
        .cloned()
        .expect("a file the desk can serve");
    let canned = h.state.canned.list.value.clone().unwrap_or_default()[0].clone();
    h.msg(Msg::Loaded(crate::app::msg::Loaded::Rendered {
        req,
        ticket: id,
        canned,
        result: Ok(Some(crate::canned::Rendered {
            text: "Here is the log again.".into(),
            audience: crate::canned::Audience::Public,
            files: vec![log],
        })),
    }))
    .await;
    let draft = h.state.compose.drafts.get(&id).expect("draft");
    assert!(draft.text().contains("Here is the log again."));
    assert_eq!(draft.files.len(), 1, "fetched, then attached");
    assert!(draft.files[0].path.starts_with(dir.path().join("attach")));
    assert_eq!(
        std::fs::read(&draft.files[0].path).expect("kept"),
        include_bytes!("../../../../data/demo/files/payment.log")
    );
    // Sent and delivered: the customer's file is let go, after the outbox save.
    let fetched = draft.files[0].path.clone();
    h.stored.clear();
    h.keys("ctrl-s").await;
    assert!(h.state.outbox.items.is_empty(), "delivered");
    let saved = h.stored.iter().rposition(
        |e| matches!(e, crate::app::effect::Effect::SaveOutbox(items, _) if items.is_empty()),
    );
    let forgot = h.stored.iter().position(|e| {
        matches!(e, crate::app::effect::Effect::ForgetFiles(paths) if paths == std::slice::from_ref(&fetched))
    });
    assert!(
        matches!((saved, forgot), (Some(s), Some(f)) if s < f),
        "the file goes after the outbox without its reply is saved: {:?}",
        h.stored
    );
}

#[tokio::test]
async fn a_reply_with_a_file_whose_answer_was_lost_is_posted_once_with_its_file() {
    use crate::testkit::Fault;
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("steps.txt"), "1. Clear the cache\n").expect("write");
    let mut h = harness_in(dir.path()).await;
    let id = open_one_with_files(&mut h).await;
    let before = h.desk.ticket(id).await.expect("ticket").conversation.len();
    h.faults
        .replies([Fault::ApplyThenFail(crate::backend::Error::Interrupted(
            "connection reset".into(),
        ))]);
    h.keys("r").await;
    h.type_text("Steps attached.").await;
    h.keys("ctrl-o").await;
    h.type_text("steps.txt").await;
    h.keys("enter ctrl-s").await;
    let waiting = &h.state.outbox.items[0];
    assert!(waiting.unsure, "the try may have arrived");
    assert_eq!(
        waiting.reply.files.len(),
        1,
        "the file waits with the reply"
    );
    h.fire_retry().await;
    assert_eq!(
        h.faults.reply_calls(),
        1,
        "found on the desk: not posted again"
    );
    let after = h.desk.ticket(id).await.expect("ticket");
    assert_eq!(after.conversation.len(), before + 1);
    let last = after.conversation.last().expect("reply");
    let names: Vec<_> = last.attachments.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["steps.txt"]);
}

#[tokio::test]
async fn the_palette_finds_the_attachments() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = harness_in(dir.path()).await;
    open_one_with_files(&mut h).await;
    h.keys(":").await;
    h.type_text("attachments").await;
    h.keys("enter").await;
    assert_eq!(list_names(&h), ["checkout-error.png", "payment.log"]);
}

#[tokio::test]
async fn g_and_capital_g_move_through_help_too() {
    let mut h = Harness::new().await;
    h.keys("? G").await;
    let Some(Overlay::Panel(panel)) = &h.state.overlay else {
        panic!("help is open");
    };
    assert!(panel.scroll > 0, "G: the end of help");
    h.keys("g").await;
    let Some(Overlay::Panel(panel)) = &h.state.overlay else {
        panic!("help is open");
    };
    assert_eq!(panel.scroll, 0);
}
