//! The commands for scripts against a real Redmine 5: `ls` and `show` as JSON, then a reply,
//! a private note and a change by `set`, each made once, and a new issue opened by `new`.

mod redmine;
mod script;

use redmine::Rest;
use script::messages_with;

#[tokio::test(flavor = "multi_thread")]
async fn scripts_read_and_write_redmine_issues() {
    let lab = tokio::task::spawn_blocking(redmine::lab)
        .await
        .expect("lab thread");
    let admin = Rest::new(lab);
    let project = admin.project("rm-cli").await;
    let jurgen = Rest::as_key(lab, &lab.jurgen_key);
    let id = jurgen
        .issue(
            &project,
            "Skript-Drucker",
            2,
            "Der Drucker druckt nur Skripte.",
        )
        .await;
    let dir = tempfile::tempdir().expect("dir");
    let config = format!(
        "[profiles.rm]\nbackend = \"redmine\"\nurl = \"{}\"\ninsecure_http = true\n\
         [[profiles.rm.views]]\nname = \"Lab\"\nquery = \"project_id={project}&status_id=open\"\n",
        lab.url
    );
    std::fs::create_dir_all(dir.path().join("frontdesk")).expect("config dir");
    std::fs::write(dir.path().join("frontdesk/config.toml"), config).expect("config");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_frontdesk"))
            .args(args)
            .args(["-p", "rm"])
            .env("XDG_CONFIG_HOME", dir.path())
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env("FRONTDESK_TOKEN", &lab.key)
            .env("LANG", "C.UTF-8")
            .env_remove("FRONTDESK_PROFILE")
            .stdin(std::process::Stdio::null())
            .output()
            .expect("frontdesk");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, out, err) = run(&["ls", "Lab", "--json"]);
    assert_eq!(code, 0, "{out}{err}");
    let rows: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(rows[0]["id"], id, "{rows}");
    let link = format!("/issues/{id}");
    assert!(
        rows[0]["url"].as_str().is_some_and(|u| u.ends_with(&link)),
        "{rows}"
    );

    let n = id.to_string();
    let (code, out, err) = run(&["reply", &n, "-m", "Wir schicken jemanden."]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = run(&["note", &n, "-m", "Toner bestellt."]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = run(&[
        "set",
        &n,
        "status=resolved",
        "priority=urgent",
        "assignee=Bob Lindqvist",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = run(&["set", &n, "status=Verschwunden"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("Resolved, Feedback"), "Redmine's own: {err}");

    let (code, out, err) = run(&["show", &n, "--json"]);
    assert_eq!(code, 0, "{out}{err}");
    let issue: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(issue["status"]["name"], "Resolved", "{issue}");
    assert_eq!(issue["priority"], "urgent", "{issue}");
    assert_eq!(issue["assignee"]["name"], "Bob Lindqvist", "{issue}");
    assert_eq!(
        messages_with(&issue, "Wir schicken jemanden.", "public"),
        1,
        "{issue}"
    );
    assert_eq!(
        messages_with(&issue, "Toner bestellt.", "internal"),
        1,
        "{issue}"
    );

    let (code, number, err) = run(&[
        "new",
        "--for",
        "jurgen@example.de",
        "--subject",
        "Neues aus dem Skript",
        "-m",
        "Bitte prüfen.",
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run(&["show", number.trim(), "--json"]);
    assert_eq!(code, 0, "{out}{err}");
    let opened: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(opened["subject"], "Neues aus dem Skript", "{opened}");
}
