//! Request Tracker as it ships today (request-tracker5 from Debian's security updates): its
//! REST 2.0 takes the web session's cookie on a write only from RT's own pages (`Origin` or
//! `Referer` naming RT's host). Everything an agent does runs here twice: with the url RT
//! calls itself, all on the session; and through a proxy on another port (as behind a reverse
//! proxy RT is not told of), where RT refuses the session on writes and frontdesk falls back
//! to the token. (Another host name will not do here: RT reads `localhost` as `127.0.0.1`.)

mod rt;

use frontdesk::backend::http::Timeouts;
use frontdesk::backend::outgoing;
use frontdesk::backend::rt::RtDesk;
use frontdesk::backend::{AgentId, Changes, HelpDesk, Reply, TicketId, View};
use frontdesk::config::{BackendKind, Profile};
use rt::{Lab, Rest};

async fn lab() -> &'static Lab {
    tokio::task::spawn_blocking(rt::lab)
        .await
        .expect("lab thread")
}

/// A desk on `url` whose one view is `queue`, as bob, a plain agent, would have it.
fn desk(url: &str, token: &str, queue: &str) -> RtDesk {
    let mut profile = Profile::new("lab", BackendKind::Rt);
    profile.url = Some(url.to_string());
    profile.views = vec![View {
        name: "Lab".into(),
        query: format!("Queue = '{queue}' AND Status = '__Active__'"),
        quick: false,
    }];
    RtDesk::new(&profile, token, Timeouts::default()).expect("an RT desk")
}

/// What an agent does in a day, each step checked in RT: opens a ticket, replies with a file
/// and a copy, adds a note, changes the status, assigns it to a colleague found without any
/// configuration, merges a duplicate and bulk-changes two tickets.
async fn a_working_day(rest: &Rest, desk: &RtDesk, queue: &str) {
    let id = rest
        .mail(
            queue,
            "Aino Laine <aino@example.fi>",
            &format!("Kassa {queue}"),
            "Kassa ei aukea.",
        )
        .await;
    let ticket = desk.ticket(TicketId(id)).await.expect("the ticket opens");
    assert_eq!(ticket.conversation[0].body, "Kassa ei aukea.");

    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("ohje.txt");
    std::fs::write(&path, "Käynnistä uudelleen.").expect("file");
    let reply = Reply {
        body: "Ohje liitteenä.".into(),
        public: true,
        files: vec![outgoing::describe(&path).expect("describe")],
        cc: vec!["tiimi@example.fi".into()],
        expected_version: ticket.summary.version.clone(),
        ..Reply::default()
    };
    desk.reply(TicketId(id), reply).await.expect("the reply");
    let note = Reply {
        body: "Kassa 3 taas.".into(),
        public: false,
        ..Reply::default()
    };
    desk.reply(TicketId(id), note).await.expect("the note");
    let history: Vec<String> = rest.history(id).await.into_iter().map(|(t, _)| t).collect();
    assert!(
        history.iter().any(|t| t == "Correspond") && history.iter().any(|t| t == "Comment"),
        "{history:?}"
    );
    assert_eq!(rest.files(id).await.len(), 1, "the file arrived");

    let team = desk.agents().await.expect("the team");
    let bob = team
        .iter()
        .find(|a| a.id.0 == "bob")
        .unwrap_or_else(|| panic!("bob can own tickets and is offered: {team:?}"));
    assert_eq!(bob.name, "Bob Lindqvist");
    let version = desk
        .ticket(TicketId(id))
        .await
        .expect("again")
        .summary
        .version;
    let changes = Changes {
        status: Some("open".into()),
        assignee: Some(Some(AgentId("bob".into()))),
        ..Changes::default()
    };
    desk.update(TicketId(id), changes, version)
        .await
        .expect("status and owner");
    let now = rest.get(&format!("ticket/{id}?fields=Status,Owner")).await;
    assert_eq!(now["Status"], "open", "{now}");
    assert_eq!(now["Owner"]["id"], "bob", "{now}");

    let duplicate = rest
        .ticket(queue, "Kassa (taas)", "aino@example.fi", 10, "Sama vika.")
        .await;
    desk.merge(TicketId(duplicate), TicketId(id))
        .await
        .expect("merged");
    let merged = rest.get(&format!("ticket/{duplicate}")).await;
    assert_eq!(merged["EffectiveId"]["id"], id.to_string(), "{merged}");

    let one = rest.ticket(queue, "Bulk 1", "b1@example.fi", 10, "x").await;
    let two = rest.ticket(queue, "Bulk 2", "b2@example.fi", 10, "x").await;
    let resolve = Changes {
        status: Some("resolved".into()),
        ..Changes::default()
    };
    let outcomes = desk
        .update_many(&[TicketId(one), TicketId(two)], &resolve)
        .await
        .expect("bulk");
    assert!(outcomes.iter().all(|(_, r)| r.is_ok()), "{outcomes:?}");
    for t in [one, two] {
        let now = rest.get(&format!("ticket/{t}?fields=Status")).await;
        assert_eq!(now["Status"], "resolved", "#{t}: {now}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn with_the_url_rt_calls_itself_everything_runs_on_the_session() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue("q-today-own").await;
    let desk = desk(&lab.url, &lab.bob_token, &queue);
    a_working_day(&rest, &desk, &queue).await;
    assert!(desk.session_active(), "requests carry RT's session");
    assert_eq!(desk.session_logins(), 1, "one exchange for the whole day");
    assert_eq!(
        desk.cross_site_refusals(),
        0,
        "RT took every write on the session"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn with_a_url_rt_does_not_know_itself_by_writes_fall_back_to_the_token() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue("q-today-other").await;
    let proxy = rt::proxy::Proxy::start(lab.port()).await;
    let desk = desk(
        &format!("http://127.0.0.1:{}", proxy.port),
        &lab.bob_token,
        &queue,
    );
    a_working_day(&rest, &desk, &queue).await;
    assert!(desk.session_active(), "reads stay on the session");
    assert_eq!(desk.session_logins(), 1);
    // POST (searches, replies) and PUT (changes) were each refused once, then carried the
    // token: every later one went straight through.
    assert_eq!(desk.cross_site_refusals(), 2, "once per kind of request");
    proxy.stop().await;
}

/// `frontdesk doctor` on a profile reaching RT at `url`, as bob: its report and whether it
/// passed.
async fn doctor(lab: &Lab, url: &str, queue: &str) -> (String, bool) {
    let home = tempfile::tempdir().expect("home");
    let config = home.path().join("config/frontdesk");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(
        config.join("config.toml"),
        format!(
            "default_profile = \"lab\"\n[profiles.lab]\nbackend = \"rt\"\nurl = \"{url}\"\n\
             insecure_http = true\nviews = [{{ name = \"Lab\", query = \"Queue = '{queue}'\" }}]\n"
        ),
    )
    .expect("config");
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_frontdesk"))
        .arg("doctor")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("FRONTDESK_TOKEN", &lab.bob_token)
        .output()
        .await
        .expect("doctor ran");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(!text.contains(&lab.bob_token), "the token is never printed");
    (text, out.status.success())
}

fn line<'a>(text: &'a str, step: &str) -> &'a str {
    text.lines()
        .find(|l| {
            l.split_once(' ')
                .is_some_and(|(_, rest)| rest.starts_with(step))
        })
        .unwrap_or_else(|| panic!("a {step} line in:\n{text}"))
}

/// `doctor` opens a ticket as the interface does and tries a search and a guarded change the
/// way frontdesk sends them: on a stock RT all on the session, with what each costs; through
/// a proxy RT is not told of, a warning with the way to put them back on the session.
#[tokio::test(flavor = "multi_thread")]
async fn doctor_tries_what_frontdesk_does_and_says_how_rt_takes_it() {
    let lab = lab().await;
    let rest = Rest::new(lab);
    let queue = rest.queue("q-today-doctor").await;
    let id = rest
        .ticket(&queue, "Doctor", "doc@example.fi", 10, "Hei.")
        .await;
    let before = rest.history(id).await.len();

    let (text, passed) = doctor(lab, &lab.url, &queue).await;
    assert!(passed, "{text}");
    let open = line(&text, "open");
    assert!(
        open.starts_with('✓') && open.contains(&format!("#{id} opens")),
        "{open}"
    );
    let cost = line(&text, "cost");
    assert!(
        cost.contains("a read with the credential takes")
            && cost.contains("the session frontdesk takes brings it to"),
        "{cost}"
    );
    let writes = line(&text, "writes");
    assert!(
        writes.starts_with('✓')
            && writes.contains("go on the session")
            && writes.contains("a change"),
        "{writes}"
    );

    let proxy = rt::proxy::Proxy::start(lab.port()).await;
    let other = format!("http://127.0.0.1:{}", proxy.port);
    let (text, passed) = doctor(lab, &other, &queue).await;
    assert!(
        passed,
        "a fallback that works is a warning, not a failure:\n{text}"
    );
    assert!(line(&text, "open").starts_with('✓'), "{text}");
    let writes = line(&text, "writes");
    assert!(
        writes.starts_with('!') && writes.contains(&format!("127.0.0.1:{}", proxy.port)),
        "{writes}"
    );
    assert!(text.contains("@ReferrerWhitelist"), "{text}");
    proxy.stop().await;
    assert_eq!(
        rest.history(id).await.len(),
        before,
        "doctor's change was refused as stale: nothing was written"
    );
}
