//! The `frontdesk` command run as a script would run it: no terminal, private config folder,
//! none of the FRONTDESK_* variables unless a test sets them.

mod script;

use std::process::Command;

use script::{Run, dead_port, pretty, shape, zendesk_env};

#[test]
fn a_first_run_says_how_to_start() {
    let run = Run::new();
    let (code, out) = run.run(&[], &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("frontdesk --demo"), "{out}");
    assert!(
        out.contains("frontdesk login") && out.contains("frontdesk doctor"),
        "{out}"
    );
    assert!(
        out.contains("backend = \"rt\""),
        "an example profile: {out}"
    );
    assert!(
        out.contains(
            &run.home
                .path()
                .join("frontdesk/config.toml")
                .display()
                .to_string()
        ),
        "where the config goes: {out}"
    );
}

#[test]
fn an_unknown_profile_names_the_ones_there_are() {
    let run = Run::new();
    run.config("[profiles.work]\nbackend = \"rt\"\nurl = \"http://127.0.0.1:1\"\n");
    let (code, out) = run.run(&["--profile", "play"], &[]);
    assert_eq!(code, 2);
    assert!(
        out.contains("there is no profile \"play\" in config.toml (it has: work)"),
        "{out}"
    );
}

#[test]
fn a_missing_credential_names_all_three_ways_to_give_one() {
    let run = Run::new();
    let url = format!("http://127.0.0.1:{}", dead_port());
    let (code, out) = run.run(
        &[],
        &[
            ("FRONTDESK_BACKEND", "rt"),
            ("FRONTDESK_URL", &url),
            ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent"),
        ],
    );
    assert_eq!(code, 2, "{out}");
    for way in ["FRONTDESK_TOKEN", "token_cmd", "frontdesk login"] {
        assert!(out.contains(way), "mentions {way}: {out}");
    }
}

#[test]
fn doctor_explains_a_dead_server() {
    let run = Run::new();
    let port = dead_port();
    let url = format!("http://127.0.0.1:{port}");
    let (code, out) = run.run(
        &["doctor"],
        &[
            ("FRONTDESK_BACKEND", "rt"),
            ("FRONTDESK_URL", &url),
            ("FRONTDESK_TOKEN", "1-14-x"),
        ],
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("✓ credential    from FRONTDESK_TOKEN"),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "✗ connect       127.0.0.1:{port}: Connection refused"
        )),
        "{out}"
    );
    assert!(out.contains("is the help desk running"), "the fix: {out}");
}

#[test]
fn doctor_lists_config_problems_and_passes_on_the_demo() {
    let run = Run::new();
    run.config("theme = 3\n[profiles.x]\nbackend = \"kayako\"\n");
    let (code, out) = run.run(&["doctor", "--demo"], &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("theme must be a string") && out.contains("unknown backend \"kayako\""),
        "{out}"
    );
    run.config("");
    let (code, out) = run.run(&["doctor", "--demo"], &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("✓ profile       demo · demo"), "{out}");
}

#[test]
fn a_script_gets_a_clear_refusal_without_a_terminal() {
    let (code, out) = Run::new().run(&["--demo"], &[]);
    assert_eq!(code, 2);
    assert!(out.contains("needs a terminal"), "{out}");
}

#[test]
fn list_actions_prints_the_keymap_vocabulary() {
    let (code, out) = Run::new().run(&["--list-actions"], &[]);
    assert_eq!(code, 0);
    assert!(
        out.lines().any(|l| l.starts_with("reply_with_canned ")),
        "{out}"
    );
}

#[test]
fn logout_without_a_keyring_says_so() {
    let run = Run::new();
    let url = format!("http://127.0.0.1:{}", dead_port());
    let env = [
        ("FRONTDESK_BACKEND", "rt"),
        ("FRONTDESK_URL", url.as_str()),
        ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent"),
    ];
    let (code, out) = run.run(&["logout"], &env);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("could not reach the OS keyring") && out.contains("no Secret Service"),
        "{out}"
    );
}

/// A help desk that answers every request with escape sequences in every name it has.
fn hostile_zendesk(runtime: &tokio::runtime::Runtime) -> wiremock::MockServer {
    runtime.block_on(async {
        let server = wiremock::MockServer::start().await;
        let evil = "Sam\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[?1000h\u{9b}31m Rivera";
        wiremock::Mock::given(wiremock::matchers::any())
            .respond_with(
                wiremock::ResponseTemplate::new(200).set_body_json(serde_json::json!({
                    "user": { "id": evil, "name": evil, "email": evil, "role": "agent" },
                    "views": [{ "id": 1, "title": evil, "active": true }],
                    "tickets": [], "users": [], "count": 0, "meta": { "has_more": false }
                })),
            )
            .mount(&server)
            .await;
        server
    })
}

#[test]
fn doctor_never_prints_what_a_server_says_raw() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = hostile_zendesk(&runtime);
    let run = Run::new();
    let uri = server.uri();
    let env = zendesk_env(&uri);
    let (_code, out) = run.run(&["doctor"], &env);
    assert!(out.contains("Sam"), "the name is shown, cleaned: {out}");
    assert!(
        !out.contains(['\u{1b}', '\u{7}', '\u{9b}']),
        "doctor printed control characters: {out:?}"
    );
}

#[test]
fn a_config_with_a_syntax_error_says_where_not_welcome() {
    let run = Run::new();
    run.config("[profiles.work]\nbackend = \"rt\"\nurl = \"https://rt.example.com\n");
    let (code, out) = run.run(&[], &[]);
    assert_eq!(code, 2, "{out}");
    assert!(!out.contains("Welcome"), "{out}");
    assert!(
        out.contains("config.toml cannot be read: line 3, column"),
        "the file, line and column: {out}"
    );
    assert!(out.contains("frontdesk doctor"), "what to do: {out}");
}

#[test]
fn a_token_is_never_sent_over_plain_http_to_another_machine_unless_the_profile_says_so() {
    let run = Run::new();
    // 192.0.2.1 is a documentation address: nothing is ever sent there, the check comes first.
    let env = [
        ("FRONTDESK_BACKEND", "rt"),
        ("FRONTDESK_URL", "http://192.0.2.1"),
        ("FRONTDESK_TOKEN", "1-14-x"),
    ];
    let (code, out) = run.run(&[], &env);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("plain http:// to another machine") && out.contains("insecure_http = true"),
        "{out}"
    );
    let (code, out) = run.run(&["doctor"], &env);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("✗ url"), "{out}");
    assert!(
        !out.contains("dns"),
        "doctor stops before sending anything: {out}"
    );
}

#[test]
fn cache_clear_empties_the_cache_and_keeps_drafts_and_the_outbox() {
    let run = Run::new();
    let data = run.home.path().join("data/frontdesk");
    let files = [
        "cache/work.json",
        "cache/work/tickets/101.json",
        "cache/home/tickets/7.json",
        "drafts/work/101.json",
        "outbox/work.json",
    ];
    for file in files {
        let path = data.join(file);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
        std::fs::write(path, "{}").expect("write");
    }
    let (code, text) = run.run(&["cache"], &[]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("3 files, 6 B (cache_max 200 MB)"), "{text}");
    let (code, text) = run.run(&["cache", "clear"], &[]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("Removed 3 cached files"), "{text}");
    assert!(!data.join("cache").exists());
    assert!(data.join("drafts/work/101.json").exists());
    assert!(data.join("outbox/work.json").exists());
    let (code, text) = run.run(&["cache", "clear"], &[]);
    assert_eq!(code, 0, "nothing to clear is fine: {text}");
    assert!(text.contains("Removed 0 cached files"), "{text}");
}

/// `cache clear` also removes customer files fetched into drafts that no draft and no outbox
/// entry names any more (left by a crash after their reply went), and keeps those still
/// needed.
#[test]
fn cache_clear_removes_customer_files_left_from_sent_replies() {
    let run = Run::new();
    let data = run.home.path().join("data/frontdesk");
    let files = data.join("drafts/work/files");
    std::fs::create_dir_all(&files).expect("files");
    std::fs::create_dir_all(data.join("outbox")).expect("outbox");
    let (needed, queued, left) = (
        files.join("refund-form.pdf"),
        files.join("payment.log"),
        files.join("passport.png"),
    );
    let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(2 * 3600);
    for path in [&needed, &queued, &left] {
        std::fs::write(path, b"customer data").expect("file");
        std::fs::File::options()
            .write(true)
            .open(path)
            .and_then(|f| f.set_modified(long_ago))
            .expect("an old file");
    }
    let draft = serde_json::json!({ "ticket": 101, "files": [{ "path": needed }] });
    std::fs::write(data.join("drafts/work/101.json"), draft.to_string()).expect("draft");
    let outbox = serde_json::json!({ "entries": [{ "owner": "", "item": { "reply": { "files": [{ "path": queued }] } } }] });
    std::fs::write(data.join("outbox/work.json"), outbox.to_string()).expect("outbox");
    let (code, text) = run.run(&["cache", "clear"], &[]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("Removed 1 customer file left behind"),
        "{text}"
    );
    assert!(!left.exists());
    assert!(
        needed.exists() && queued.exists(),
        "what a draft or the outbox needs stays"
    );
}

/// Bash completes the commands, and after `--profile` the profiles config.toml names, through
/// the script `frontdesk completions bash` prints.
#[test]
fn bash_completes_commands_profiles_and_views() {
    let run = Run::new();
    run.config(
        "[profiles.work]\nbackend = \"demo\"\n[[profiles.work.views]]\nname = \"Billing\"\nquery = \"tag:billing\"\n[profiles.staging]\nbackend = \"demo\"\n",
    );
    let (code, script) = run.run(&["completions", "bash"], &[]);
    assert_eq!(code, 0, "{script}");
    let file = run.home.path().join("frontdesk.bash");
    std::fs::write(&file, &script).expect("script");
    let complete = |words: &str| {
        let probe = format!(
            "source {}; COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
             COMP_LINE=\"${{COMP_WORDS[*]}}\"; COMP_POINT=${{#COMP_LINE}}; \
             _frontdesk frontdesk \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
             echo \"${{COMPREPLY[@]}}\"",
            file.display()
        );
        let out = Command::new("bash")
            .args(["--norc", "-c", &probe])
            .output()
            .expect("bash");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let commands = complete("frontdesk do");
    assert!(
        commands.split_whitespace().any(|w| w == "doctor"),
        "{commands}"
    );
    let profiles = complete("frontdesk --profile ''");
    let mut found: Vec<&str> = profiles.split_whitespace().collect();
    found.sort();
    assert_eq!(found, ["staging", "work"], "{profiles}");
    let views = complete("frontdesk ls U");
    assert_eq!(views.trim(), "Unassigned", "{views}");
    let views = complete("frontdesk ls B");
    assert_eq!(views.trim(), "Billing", "a profile's own view: {views}");
    let commands = complete("frontdesk re");
    assert_eq!(commands.trim(), "reply", "{commands}");
}

/// The man page renders with `man` where it is installed, and names the commands.
#[test]
fn the_man_page_is_roff_with_every_command() {
    let (code, page) = Run::new().run(&["man"], &[]);
    assert_eq!(code, 0, "{page}");
    assert!(page.contains(".TH frontdesk"), "{page}");
    for command in ["login", "doctor", "cache", "completions"] {
        assert!(page.contains(command), "no {command} in the man page");
    }
}

/// `ls` and `show` print the documented JSON: the schema is a snapshot, so a change to it
/// is a decision, not an accident.
#[test]
fn ls_and_show_print_the_documented_json() {
    let run = Run::new();
    let (code, out) = run.run(&["--demo", "ls", "Mine", "--json", "--limit", "5"], &[]);
    assert_eq!(code, 0, "{out}");
    let rows: serde_json::Value = serde_json::from_str(&out).expect("a JSON array");
    assert_eq!(rows.as_array().map(Vec::len), Some(5));
    let assigned = rows[0]["assignee"]["name"].as_str().unwrap_or_default();
    assert_eq!(assigned, "Sam Rivera", "Mine is the agent's own: {rows}");
    insta::assert_snapshot!("ls_row", pretty(&shape(&rows[0])));

    let (code, out) = run.run(&["--demo", "show", "4076", "--json"], &[]);
    assert_eq!(code, 0, "{out}");
    let ticket: serde_json::Value = serde_json::from_str(&out).expect("a JSON object");
    assert_eq!(ticket["id"], 4076);
    assert!(ticket["messages"].as_array().is_some_and(|m| m.len() > 1));
    insta::assert_snapshot!("show_ticket", pretty(&shape(&ticket)));

    let (code, out) = run.run(&["--demo", "ls", "Mine", "--json", "--limit", "1"], &[]);
    assert_eq!(code, 0, "{out}");
    let one: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert!(
        one.is_array(),
        "ls prints an array even of one ticket: {out}"
    );

    let (code, out) = run.run(&["--demo", "ls", "2", "--jsonl", "--limit", "3"], &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.lines().count(), 3, "one object a line: {out}");
    for line in out.lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("each line is JSON");
    }
}

/// Piped, `ls` is tab-separated: number, priority, status, waiting since, address, subject.
#[test]
fn piped_ls_is_tab_separated() {
    let (code, out) = Run::new().run(&["--demo", "ls", "--limit", "3"], &[]);
    assert_eq!(code, 0, "{out}");
    for line in out.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 6, "{line}");
        assert!(fields[0].parse::<u64>().is_ok(), "{line}");
        assert!(
            ["urgent", "high", "normal", "low"].contains(&fields[1]),
            "{line}"
        );
    }
}

/// Each failure a script may want to tell apart has its own exit code.
#[test]
fn scripts_get_an_exit_code_for_each_failure() {
    let run = Run::new();
    let (code, out) = run.run(&["--demo", "show", "1"], &[]);
    assert_eq!(code, 5, "not found: {out}");
    let (code, out) = run.run(&["--demo", "ls", "Nowhere"], &[]);
    assert_eq!(code, 5, "no such view: {out}");
    assert!(out.contains("Mine, Unassigned"), "{out}");
    let (code, out) = run.run(&["ls", "--profile", "nope"], &[]);
    assert_eq!(code, 3, "configuration: {out}");
    let (code, out) = run.run(&["--demo", "ls", "--json", "--jsonl"], &[]);
    assert_eq!(code, 2, "usage: {out}");
    run.config(&format!(
        "[profiles.rt]\nbackend = \"rt\"\nurl = \"http://127.0.0.1:{}\"\n",
        dead_port()
    ));
    let (code, out) = run.run(&["ls", "-p", "rt"], &[("FRONTDESK_TOKEN", "x")]);
    assert_eq!(code, 8, "unreachable: {out}");
    assert!(out.contains("cannot reach the help desk"), "{out}");
}

/// What a hostile server says stays inert in JSON and in the table alike.
#[test]
fn hostile_text_stays_inert_in_every_output() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = hostile_zendesk(&runtime);
    let uri = server.uri();
    let env = zendesk_env(&uri);
    for args in [
        &["ls", "--json"][..],
        &["ls"][..],
        &["ls", "--jsonl"][..],
        &["search", "anything", "--json"][..],
        &["set", "1", "assignee=me"][..],
        &["reply", "1", "-m", "hello"][..],
        &["outbox"][..],
    ] {
        let (_code, out) = Run::new().run(args, &env);
        assert!(
            !out.contains(['\u{1b}', '\u{7}', '\u{9b}']),
            "{args:?} printed control characters: {out:?}"
        );
    }
}
