//! The whole desk against a real Request Tracker 5 (see `rt/mod.rs`): searching beyond the
//! views, and opening a ticket no view holds.

mod pty;
mod rt;
mod script;

use frontdesk::backend::http::Timeouts;
use frontdesk::backend::rt::RtDesk;
use frontdesk::backend::{Changes, HelpDesk, TicketId, View};
use frontdesk::config::{BackendKind, Profile};
use frontdesk::model::search::{SearchSyntax, plan};
use rt::Rest;
use script::messages_with;

fn desk(lab: &rt::Lab) -> RtDesk {
    let mut p = Profile::new("lab", BackendKind::Rt);
    p.url = Some(lab.url.clone());
    RtDesk::new(&p, &lab.token, Timeouts::default()).expect("an RT desk")
}

/// A shell whose frontdesk has one profile, `lab`, with one view of `query`.
fn shell_on(lab: &rt::Lab, (cols, rows): (u16, u16), query: &str) -> pty::Shell {
    let shell = pty::Shell::start(cols, rows, &[("FRONTDESK_TOKEN", &lab.token)]);
    let config = format!(
        "default_profile = \"lab\"\n[profiles.lab]\nbackend = \"rt\"\nurl = \"{}\"\n[[profiles.lab.views]]\nname = \"Lab\"\nquery = \"{query}\"\n",
        lab.url
    );
    std::fs::create_dir_all(shell.path("config/frontdesk")).expect("config dir");
    std::fs::write(shell.path("config/frontdesk/config.toml"), config).expect("config");
    shell
}

async fn search(desk: &RtDesk, typed: &str) -> Vec<u64> {
    assert_eq!(desk.capabilities().search, SearchSyntax::TicketSql);
    let planned = plan(SearchSyntax::TicketSql, typed).expect("a plan");
    let view = View {
        name: "Search".into(),
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
    // The lab runs with full-text search on (unindexed): words of a message find it too.
    let by_body = search(&desk, "paperi jumissa").await;
    assert_eq!(by_body, [id], "words of the first message");
    let mut theirs = search(&desk, "tiina.haku@example.fi").await;
    theirs.sort();
    assert_eq!(theirs, [id, other], "by requester");
    // The desk's own language goes as written; a mistake in it is the desk's to explain.
    let sql = search(&desk, &format!("Queue = '{queue}' AND Status = 'resolved'")).await;
    assert_eq!(sql, [id]);
    let planned = plan(SearchSyntax::TicketSql, "Subject = ").expect("sent as written");
    let bad = View {
        name: "Search".into(),
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
    let mut shell = shell_on(
        lab,
        (100, 30),
        &format!("Queue = '{queue}' AND Status = '__Active__'"),
    );
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

/// How many times RT recorded a status change on the ticket.
async fn status_changes(rest: &Rest, id: u64) -> usize {
    rest.history(id)
        .await
        .iter()
        .filter(|(kind, _)| kind == "Status")
        .count()
}

/// The `had` of a bulk change's progress on screen (`▕███░░▏ 7/25`), if one shows.
fn progress(screen: &vt100::Screen, all: usize) -> Option<usize> {
    let text = screen.contents();
    let at = text.find(&format!("/{all}"))?;
    let before = &text[..at];
    let digits: String = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.parse().ok()
}

#[test]
fn a_bulk_status_change_on_25_tickets_survives_kill_9_and_changes_each_once() {
    const N: usize = 25;
    let lab = rt::lab();
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let rest = Rest::new(lab);
    let (queue, ids) = runtime.block_on(async {
        let queue = rest.queue("q-bulk").await;
        let mut ids = Vec::new();
        for n in 0..N {
            let subject = format!("Roskaposti {n:02}");
            ids.push(
                rest.ticket(&queue, &subject, "spam@example.net", 10, "Osta nyt!")
                    .await,
            );
        }
        (queue, ids)
    });
    let mut shell = shell_on(lab, (120, 40), &format!("Queue = '{queue}'"));
    shell.line("frontdesk --profile lab");
    shell.wait_for("Roskaposti 24");
    // Every row marked with a range: v, then to the last row.
    shell.type_bytes(b"v");
    shell.wait_for("Marking a range");
    shell.type_bytes(b"G");
    shell.wait_for("25 marked");
    shell.type_bytes(b"s");
    shell.wait_for("Status of 25 marked tickets");
    shell.type_bytes(b"resolved\r");
    shell.wait_for("Change 25 marked tickets: status → resolved?");
    shell.type_bytes(b"y");
    // Killed in the middle of the job.
    shell.wait_until("the job under way", |s| {
        progress(s, N).is_some_and(|had| (2..=N - 5).contains(&had))
    });
    pty::signal_process("lab", "KILL");
    shell.line("stty sane; tput rmcup; clear");
    shell.wait_until("the shell prompt", |s| {
        !s.alternate_screen() && s.contents().trim_end().ends_with("fd$")
    });
    let changed_before: usize = runtime.block_on(async {
        let mut n = 0;
        for &id in &ids {
            n += status_changes(&rest, id).await;
        }
        n
    });
    assert!(changed_before < N, "the kill came before the end");
    // The next start takes the job over and finishes it.
    shell.line("frontdesk --profile lab");
    shell.wait_for("status → resolved: 25 of 25 tickets changed");
    shell.type_bytes(b"qq");
    shell.wait_until("the shell prompt", |s| !s.alternate_screen());
    runtime.block_on(async {
        for &id in &ids {
            let ticket = rest.get(&format!("ticket/{id}")).await;
            assert_eq!(ticket["Status"], "resolved", "#{id}");
            assert_eq!(status_changes(&rest, id).await, 1, "#{id} changed once");
        }
    });
}

#[tokio::test(flavor = "multi_thread")]
async fn links_show_as_rt_keeps_them() {
    let lab = tokio::task::spawn_blocking(rt::lab).await.expect("lab");
    let rest = Rest::new(lab);
    let queue = rest.queue("q-links").await;
    let make = |subject: &'static str| {
        let (rest, queue) = (&rest, &queue);
        async move {
            rest.ticket(queue, subject, "linkki@example.fi", 10, "x")
                .await
        }
    };
    let (a, b, c) = (
        make("Tulostin savuaa").await,
        make("Kaikki tulostimet").await,
        make("Uusi tulostin").await,
    );
    rest.put(
        &format!("ticket/{a}"),
        serde_json::json!({ "RefersTo": b, "DependsOn": c }),
    )
    .await;
    let desk = desk(lab);
    let ticket = desk.ticket(TicketId(a)).await.expect("ticket");
    let mut links: Vec<(String, u64)> = ticket
        .links
        .iter()
        .map(|l| (l.kind.clone(), l.id.0))
        .collect();
    links.sort();
    assert_eq!(
        links,
        [("depends on".to_string(), c), ("refers to".to_string(), b)]
    );
    let other = desk.ticket(TicketId(b)).await.expect("ticket");
    assert_eq!(
        other
            .links
            .iter()
            .map(|l| (l.kind.as_str(), l.id.0))
            .collect::<Vec<_>>(),
        [("referred to by", a)]
    );
}

/// Every file under the data folder's `cache/`, with its contents.
fn cache_files(shell: &pty::Shell) -> Vec<(std::path::PathBuf, String)> {
    let mut files = Vec::new();
    let mut dirs = vec![shell.path("data/frontdesk/cache")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                files.push((path, text));
            }
        }
    }
    files
}

/// A ticket read once opens at the next start from its copy on disk, with RT out of reach
/// ("cached … · offline"); the copies hold the conversation but neither the token nor RT's
/// session cookie, and only their owner can read them.
#[test]
fn a_ticket_opens_from_its_last_copy_when_rt_is_away() {
    let lab = rt::lab();
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let rest = Rest::new(lab);
    let queue = runtime.block_on(async {
        let queue = rest.queue("q-cache").await;
        rest.ticket(
            &queue,
            "Välimuisti toimii",
            "cache.reader@example.fi",
            50,
            "Tämä viesti luetaan levyltä.",
        )
        .await;
        queue
    });
    let mut shell = shell_on(lab, (100, 30), &format!("Queue = '{queue}'"));
    shell.line("frontdesk");
    shell.wait_for("Välimuisti toimii");
    shell.type_bytes(b"\r");
    shell.wait_for("Tämä viesti luetaan levyltä.");
    shell.type_bytes(b"qq");
    shell.wait_until("the shell prompt", |s| !s.alternate_screen());

    let files = cache_files(&shell);
    assert!(
        files
            .iter()
            .any(|(_, text)| text.contains("Tämä viesti luetaan levyltä.")),
        "the conversation was kept: {files:?}"
    );
    for (path, text) in &files {
        assert!(
            !text.contains(&lab.token),
            "the token in {}",
            path.display()
        );
        assert!(
            !text.contains("RT_SID"),
            "the session cookie in {}",
            path.display()
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o077, 0, "{} is private", path.display());
        }
    }

    // The desk is gone (nothing listens on port 9): the views and the ticket come from disk.
    let config = shell.path("config/frontdesk/config.toml");
    let text = std::fs::read_to_string(&config).expect("config");
    std::fs::write(&config, text.replace(&lab.url, "http://127.0.0.1:9")).expect("config");
    shell.line("frontdesk");
    shell.wait_for("Välimuisti toimii");
    shell.type_bytes(b"\r");
    shell.wait_for("Tämä viesti luetaan levyltä.");
    // The ticket's own header says where its copy is from, beside the views' title.
    shell.wait_for("Välimuisti toimii · cached");
    shell.wait_for("ago · offline");
    shell.type_bytes(b"qq");
    shell.wait_until("the shell prompt", |s| !s.alternate_screen());
}

/// `frontdesk ls` and `show` for scripts against the real Request Tracker: the view's
/// tickets as JSON, the ticket with its message, and RT's own "not found" as exit code 5.
#[tokio::test(flavor = "multi_thread")]
async fn ls_and_show_print_rt_s_tickets_as_json() {
    let lab = tokio::task::spawn_blocking(rt::lab).await.expect("lab");
    let rest = Rest::new(lab);
    let queue = rest.queue("q-cli").await;
    let id = rest
        .ticket(
            &queue,
            "Skriptille näkyvä",
            "script@example.fi",
            10,
            "Hei skripti!",
        )
        .await;
    let dir = tempfile::tempdir().expect("dir");
    let config = format!(
        "[profiles.lab]\nbackend = \"rt\"\nurl = \"{}\"\n[[profiles.lab.views]]\nname = \"Lab\"\nquery = \"Queue = '{queue}'\"\n",
        lab.url
    );
    std::fs::create_dir_all(dir.path().join("frontdesk")).expect("config dir");
    std::fs::write(dir.path().join("frontdesk/config.toml"), config).expect("config");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_frontdesk"))
            .args(args)
            .env("XDG_CONFIG_HOME", dir.path())
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env("FRONTDESK_TOKEN", &lab.token)
            .env("LANG", "C.UTF-8")
            .env_remove("FRONTDESK_PROFILE")
            .output()
            .expect("frontdesk");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, out, err) = run(&["ls", "Lab", "--json", "-p", "lab"]);
    assert_eq!(code, 0, "{out}{err}");
    let rows: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(rows[0]["id"], id, "{rows}");
    assert_eq!(rows[0]["requester"]["email"], "script@example.fi");
    let link = format!("Ticket/Display.html?id={id}");
    assert!(
        rows[0]["url"].as_str().is_some_and(|u| u.ends_with(&link)),
        "a row links to RT's page: {rows}"
    );
    let (code, out, err) = run(&["show", &id.to_string(), "--json", "-p", "lab"]);
    assert_eq!(code, 0, "{out}{err}");
    let ticket: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(ticket["subject"], "Skriptille näkyvä");
    let bodies: Vec<&str> = ticket["messages"]
        .as_array()
        .map(|m| m.iter().filter_map(|m| m["body"].as_str()).collect())
        .unwrap_or_default();
    assert!(
        bodies.iter().any(|b| b.contains("Hei skripti!")),
        "{ticket}"
    );
    let (code, _, err) = run(&["show", "999999", "-p", "lab"]);
    assert_eq!(code, 5, "{err}");

    // Writes through the outbox, each seen once in RT afterwards.
    let n = id.to_string();
    let (code, out, err) = run(&["reply", &n, "-m", "Kiitos, korjattu.", "-p", "lab"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = run(&["note", &n, "-m", "Sisäinen huomio", "-p", "lab"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = run(&["set", &n, "status=resolved", "priority=high", "-p", "lab"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = run(&["show", &n, "--json", "-p", "lab"]);
    assert_eq!(code, 0, "{out}{err}");
    let ticket: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(ticket["status"]["name"], "resolved", "{ticket}");
    assert_eq!(ticket["priority"], "high", "{ticket}");
    assert_eq!(
        messages_with(&ticket, "Kiitos, korjattu.", "public"),
        1,
        "{ticket}"
    );
    assert_eq!(
        messages_with(&ticket, "Sisäinen huomio", "internal"),
        1,
        "{ticket}"
    );
    let (code, number, err) = run(&[
        "new",
        "--for",
        "uusi@example.fi",
        "--subject",
        "Skriptin avaama",
        "-m",
        "Aloitus",
        "-p",
        "lab",
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run(&["show", number.trim(), "--json", "-p", "lab"]);
    assert_eq!(code, 0, "{out}{err}");
    let opened: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(opened["subject"], "Skriptin avaama", "{opened}");
    assert_eq!(opened["requester"]["email"], "uusi@example.fi", "{opened}");
}
