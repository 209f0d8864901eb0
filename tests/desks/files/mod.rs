//! The contract for files and copies, shared by every HTTP backend whose fixture serves the
//! contract desk: ticket 101's first customer message carries `log.txt` (text/plain), whose
//! bytes are [`FILE`]; a reply or note goes out with `steps.txt` and, for a reply, copies to
//! [`CC`] (and [`BCC`] where the desk takes hidden copies).

pub mod freshdesk;
pub mod helpscout;
pub mod jira;
pub mod redmine;
pub mod zammad;
pub mod zendesk;

use async_trait::async_trait;
use frontdesk::backend::http::Sink;
use frontdesk::backend::{Error, Reply, TicketId, outgoing};
use wiremock::MockServer;

use super::{Fixture, REPLY, connect};

/// The bytes of the customer's `log.txt`.
pub const FILE: &[u8] = b"12:00 ERROR checkout failed\n";
/// The bytes of the agent's `steps.txt`.
pub const STEPS: &[u8] = b"1. Clear the cache\n2. Try again\n";
pub const CC: &str = "dave@example.com";
pub const BCC: &str = "audit@example.com";

/// What a fixture adds for the file scenarios.
#[async_trait]
pub trait Files: Fixture {
    /// Serves ticket 101 with `log.txt` on its first customer message, downloadable where
    /// the desk documents (the fixture asserts which requests carry the credential).
    async fn mount_ticket_with_file(server: &MockServer);
    /// Expects a reply (`public`) or note carrying `steps.txt`, and the copies the desk takes.
    async fn expect_reply_with_file(server: &MockServer, public: bool);
    /// Refuses the file as too large, the way the desk does.
    async fn refuse_too_large(server: &MockServer);
    /// Who else receives replies on ticket 101 as served by `mount_ticket_with_file`.
    fn copied() -> Vec<&'static str>;
}

/// The attachment is listed on its message, and its bytes come down whole.
pub async fn a_file_is_listed_and_downloaded<F: Files>() {
    let server = super::start::<F>().await;
    F::mount_ticket_with_file(&server).await;
    let desk = connect::<F>(&server);
    let ticket = desk.ticket(TicketId(101)).await.expect("ticket");
    assert_eq!(ticket.cc, F::copied(), "who else receives replies");
    let files: Vec<_> = ticket
        .conversation
        .iter()
        .flat_map(|m| &m.attachments)
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let file = files[0];
    assert_eq!(
        (file.name.as_str(), file.mime.as_str(), file.size),
        ("log.txt", "text/plain", Some(FILE.len() as u64))
    );
    let mut bytes = Vec::new();
    let mut sink = Sink::new(&mut bytes, None, |_| {});
    let written = desk
        .download(TicketId(101), file, &mut sink)
        .await
        .expect("download");
    drop(sink);
    assert_eq!(written, FILE.len() as u64);
    assert_eq!(bytes, FILE);
}

/// A reply, or a note, goes out with its file, and a reply with its copies.
pub async fn a_message_carries_its_file_and_copies<F: Files>(public: bool) {
    let server = super::start::<F>().await;
    F::expect_reply_with_file(&server, public).await;
    let desk = connect::<F>(&server);
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("steps.txt");
    std::fs::write(&path, STEPS).expect("write");
    let reply = Reply {
        body: REPLY.into(),
        public,
        files: vec![outgoing::describe(&path).expect("describe")],
        cc: if public { vec![CC.into()] } else { Vec::new() },
        bcc: if public { vec![BCC.into()] } else { Vec::new() },
        ..Reply::default()
    };
    desk.reply(TicketId(101), reply).await.expect("sent");
    // The mocks' expectations are checked when the server is dropped.
}

/// A desk that refuses the file as too large says so in words that say what to do.
pub async fn a_too_large_file_is_explained<F: Files>() {
    let server = super::start::<F>().await;
    F::refuse_too_large(&server).await;
    let desk = connect::<F>(&server);
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("steps.txt");
    std::fs::write(&path, STEPS).expect("write");
    let reply = Reply {
        body: REPLY.into(),
        public: true,
        files: vec![outgoing::describe(&path).expect("describe")],
        ..Reply::default()
    };
    let err = desk.reply(TicketId(101), reply).await.expect_err("refused");
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    assert!(err.to_string().contains("too large"), "{err}");
    assert!(!err.is_transient(), "trying again will not make it smaller");
}

/// A request's body as text, for matching multipart forms.
pub fn body_text(request: &wiremock::Request) -> String {
    String::from_utf8_lossy(&request.body).into_owned()
}

/// Whether a request carries no credential at all.
pub fn without_credential(request: &wiremock::Request) -> bool {
    !request.headers.contains_key("authorization")
}

/// The mock server's address with `localhost` for `127.0.0.1`: another host, as far as the
/// credential is concerned, on the same server.
pub fn other_host(server: &MockServer) -> String {
    server.uri().replace("127.0.0.1", "localhost")
}
