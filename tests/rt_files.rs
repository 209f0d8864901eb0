//! Files and copies against a real Request Tracker 5 (see `rt/mod.rs`): what a customer
//! attached is listed, saved byte for byte and shown; what the agent attaches and copies
//! arrives in RT as sent, also after frontdesk was killed between attaching and sending.

mod pty;
mod rt;

use base64::Engine;
use frontdesk::backend::http::{Sink, Timeouts};
use frontdesk::backend::rt::RtDesk;
use frontdesk::backend::{HelpDesk, Reply, TicketId, View, outgoing};
use frontdesk::config::{BackendKind, Profile};
use rt::{Lab, Rest};
use serde_json::json;

const PNG: &[u8] = include_bytes!("../data/demo/files/checkout-error.png");
const LOG: &[u8] = b"2026-11-26 07:58:31 ERROR payment: issuer_timeout (code 91)\n";

fn desk(lab: &Lab, queue: &str) -> RtDesk {
    let mut p = Profile::new("lab", BackendKind::Rt);
    p.url = Some(lab.url.clone());
    p.views = vec![View {
        name: "Lab".into(),
        query: format!("Queue = '{queue}' AND Status = '__Active__'"),
        quick: false,
    }];
    RtDesk::new(&p, &lab.token, Timeouts::default()).expect("an RT desk")
}

/// A customer's ticket created through REST with a screenshot and a log attached.
async fn ticket_with_files(rest: &Rest, queue: &str, subject: &str) -> u64 {
    let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
    let created = rest
        .post(
            "ticket",
            json!({ "Queue": queue, "Subject": subject, "Requestor": "maija.files@example.fi",
                    "Content": "Kuvakaappaus ja loki liitteenä.", "ContentType": "text/plain",
                    "Attachments": [
                        { "FileName": "screen.png", "FileType": "image/png", "FileContent": b64(PNG) },
                        { "FileName": "payment.log", "FileType": "text/plain", "FileContent": b64(LOG) }
                    ] }),
        )
        .await;
    created["id"]
        .as_str()
        .and_then(|id| id.parse().ok())
        .expect("a ticket id")
}

/// The profile's config in `shell`'s home: the lab, one view over `queue`, downloads in `dl`.
fn configure(shell: &pty::Shell, lab: &Lab, queue: &str) {
    let config = format!(
        "default_profile = \"lab\"\ndownload_dir = \"~/dl\"\n[profiles.lab]\nbackend = \"rt\"\nurl = \"{}\"\n[[profiles.lab.views]]\nname = \"Files\"\nquery = \"Queue = '{queue}' AND Status = '__Active__'\"\n",
        lab.url
    );
    std::fs::create_dir_all(shell.path("config/frontdesk")).expect("config dir");
    std::fs::write(shell.path("config/frontdesk/config.toml"), config).expect("config");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_customers_files_are_listed_and_download_byte_for_byte() {
    let lab = tokio::task::spawn_blocking(rt::lab).await.expect("lab");
    let rest = Rest::new(lab);
    let queue = rest.queue("q-files-in").await;
    let id = ticket_with_files(&rest, &queue, "Kassa ei toimi (liitteet)").await;
    let desk = desk(lab, &queue);
    let ticket = desk.ticket(TicketId(id)).await.expect("ticket");
    let files: Vec<_> = ticket
        .conversation
        .iter()
        .flat_map(|m| &m.attachments)
        .collect();
    let listed: Vec<_> = files
        .iter()
        .map(|f| (f.name.as_str(), f.mime.as_str(), f.size))
        .collect();
    assert_eq!(
        listed,
        [
            ("screen.png", "image/png", Some(PNG.len() as u64)),
            ("payment.log", "text/plain", Some(LOG.len() as u64))
        ]
    );
    assert_eq!(
        ticket.conversation[0].body, "Kuvakaappaus ja loki liitteenä.",
        "the text is the message, the files are not in it"
    );
    for (file, want) in files.iter().zip([PNG, LOG]) {
        let mut bytes = Vec::new();
        let mut sink = Sink::new(&mut bytes, None, |_| {});
        desk.download(TicketId(id), file, &mut sink)
            .await
            .expect("download");
        drop(sink);
        assert_eq!(bytes, want, "{} comes down as it went up", file.name);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reply_with_a_file_and_a_cc_arrives_in_rt_as_sent() {
    let lab = tokio::task::spawn_blocking(rt::lab).await.expect("lab");
    let rest = Rest::new(lab);
    let queue = rest.queue("q-files-out").await;
    let id = rest
        .ticket(
            &queue,
            "Laskun kopio",
            "maija.out@example.fi",
            50,
            "Tarvitsen laskun.",
        )
        .await;
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("invoice.png");
    std::fs::write(&path, PNG).expect("write");
    let desk = desk(lab, &queue);
    let reply = Reply {
        body: "Lasku liitteenä.".into(),
        public: true,
        files: vec![outgoing::describe(&path).expect("describe")],
        cc: vec!["kirjanpito@example.fi".into()],
        ..Reply::default()
    };
    desk.reply(TicketId(id), reply).await.expect("sent");
    let files = rest.files(id).await;
    assert_eq!(
        files,
        [(
            "invoice.png".to_string(),
            "image/png".to_string(),
            PNG.to_vec()
        )]
    );
    let cc = rest.get(&format!("ticket/{id}?fields=Cc")).await;
    assert!(
        cc["Cc"].to_string().contains("kirjanpito@example.fi"),
        "the copy is a Cc of the ticket: {cc}"
    );
    let ticket = desk.ticket(TicketId(id)).await.expect("ticket");
    assert_eq!(
        ticket.cc,
        ["kirjanpito@example.fi"],
        "and frontdesk shows it"
    );
    // A second reply with the same copy leaves the role as it is.
    let again = Reply {
        body: "Ja toinen.".into(),
        public: true,
        cc: vec!["kirjanpito@example.fi".into()],
        ..Reply::default()
    };
    desk.reply(TicketId(id), again).await.expect("sent");
    let ticket = desk.ticket(TicketId(id)).await.expect("ticket");
    assert_eq!(ticket.cc, ["kirjanpito@example.fi"]);
}

#[test]
fn the_real_binary_saves_and_shows_files_and_keeps_an_attachment_through_kill_9() {
    let lab = rt::lab();
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let rest = Rest::new(lab);
    let (queue, id) = runtime.block_on(async {
        let queue = rest.queue("q-files-e2e").await;
        let id = ticket_with_files(&rest, &queue, "Liitteet päästä päähän").await;
        (queue, id)
    });
    let mut shell = pty::Shell::start(100, 30, &[("FRONTDESK_TOKEN", &lab.token)]);
    configure(&shell, lab, &queue);
    std::fs::write(shell.path("steps.txt"), "1. Tyhjennä välimuisti\n").expect("steps");

    shell.line("frontdesk --profile lab");
    shell.wait_for("Liitteet päästä päähän");
    shell.type_bytes(b"\r");
    shell.wait_for("── Conversation");
    shell.wait_for("📎 payment.log · text/plain");
    // Both saved, byte for byte, readable by the agent alone.
    shell.type_bytes(b"o");
    shell.wait_for("Attachments of #");
    shell.type_bytes(b"s");
    shell.wait_for("Saved screen.png as");
    shell.type_bytes(b"j");
    shell.type_bytes(b"s");
    shell.wait_for("Saved payment.log as");
    assert_eq!(
        std::fs::read(shell.path("dl/screen.png")).expect("png"),
        PNG
    );
    assert_eq!(
        std::fs::read(shell.path("dl/payment.log")).expect("log"),
        LOG
    );
    // The log opens in the viewer.
    shell.type_bytes(b"\r");
    shell.wait_for("issuer_timeout (code 91)");
    shell.type_bytes(b"q");
    shell.wait_for("Attachments of #");
    shell.type_bytes(b"q");

    // A reply with a file attached, then frontdesk killed before it is sent.
    shell.type_bytes(b"r");
    shell.wait_for("Reply to");
    shell.type_bytes("Ohjeet liitteenä.".as_bytes());
    shell.type_bytes(b"\x0f");
    shell.wait_for("Attach a file");
    shell.type_bytes(b"steps.txt\r");
    shell.wait_for(": steps.txt");
    let drafts = shell.path(&format!("data/frontdesk/drafts/lab/{id}.json"));
    shell.wait_for_file(&drafts, |t| t.contains("steps.txt"));
    pty::signal_process("lab", "KILL");
    // Nothing restored the terminal; the person types blind, as they would.
    shell.line("stty sane; tput rmcup; clear");
    shell.wait_until("the shell prompt", |s| {
        !s.alternate_screen() && s.contents().trim_end().ends_with("fd$")
    });

    // Started again, the draft is back with its file, and sending delivers both.
    shell.line("frontdesk --profile lab");
    shell.wait_for("Liitteet päästä päähän");
    shell.type_bytes(b"\r");
    shell.wait_for("── Conversation");
    shell.type_bytes(b"r");
    shell.wait_for(": steps.txt");
    shell.type_bytes(b"\x13");
    shell.wait_for("Reply sent to");
    shell.type_bytes(b"qq");
    shell.wait_until("the shell prompt", |s| !s.alternate_screen());
    let files = runtime.block_on(rest.files(id));
    assert!(
        files.iter().any(|(name, _, bytes)| name == "steps.txt"
            && bytes == "1. Tyhjennä välimuisti\n".as_bytes()),
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_larger_than_any_answer_leaves_the_ticket_readable_and_streams_down() {
    let lab = tokio::task::spawn_blocking(rt::lab).await.expect("lab");
    let rest = Rest::new(lab);
    let queue = rest.queue("q-files-big").await;
    let big: Vec<u8> = (0..3 * 1024 * 1024u32).map(|i| (i % 251) as u8).collect();
    let b64 = base64::engine::general_purpose::STANDARD.encode(&big);
    let created = rest
        .post(
            "ticket",
            json!({ "Queue": queue, "Subject": "Iso tiedosto", "Requestor": "big@example.fi",
                    "Content": "Tietokantavedos liitteenä.", "ContentType": "text/plain",
                    "Attachments": [{ "FileName": "dump.bin", "FileType": "application/octet-stream", "FileContent": b64 }] }),
        )
        .await;
    let id: u64 = created["id"]
        .as_str()
        .and_then(|i| i.parse().ok())
        .expect("id");
    // Answers are read up to 1 MB here: RT would send the file's content in its list of
    // parts, so the ticket is read without it.
    let timeouts = Timeouts {
        max_answer: 1024 * 1024,
        ..Timeouts::default()
    };
    let mut p = Profile::new("lab", BackendKind::Rt);
    p.url = Some(lab.url.clone());
    let desk = RtDesk::new(&p, &lab.token, timeouts).expect("desk");
    let ticket = desk.ticket(TicketId(id)).await.expect("the ticket reads");
    let file = ticket
        .conversation
        .iter()
        .flat_map(|m| &m.attachments)
        .next()
        .expect("the file is listed");
    assert_eq!(file.size, Some(big.len() as u64));
    let mut bytes = Vec::new();
    let mut chunks = 0u32;
    let mut sink = Sink::new(&mut bytes, None, |_| chunks += 1);
    desk.download(TicketId(id), file, &mut sink)
        .await
        .expect("downloads past the answer bound");
    drop(sink);
    assert!(chunks > 1, "streamed in chunks");
    assert_eq!(bytes, big);
}
