//! Running the `frontdesk` binary as a script would: no terminal, a private config and data
//! folder, none of the FRONTDESK_* variables unless a test sets them. Shared by the test
//! binaries of the commands for scripts.

#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

pub struct Run {
    pub home: tempfile::TempDir,
}

impl Run {
    pub fn new() -> Self {
        Self {
            home: tempfile::tempdir().expect("tempdir"),
        }
    }

    pub fn config(&self, text: &str) {
        let dir = self.home.path().join("frontdesk");
        std::fs::create_dir_all(&dir).expect("config dir");
        std::fs::write(dir.join("config.toml"), text).expect("config");
    }

    /// Runs frontdesk with `args`; returns its exit code and what it printed (stdout, then
    /// stderr).
    pub fn run(&self, args: &[&str], env: &[(&str, &str)]) -> (i32, String) {
        let (code, out, err) = self.apart(args, env, None);
        (code, format!("{out}{err}"))
    }

    /// Runs frontdesk with `args` and `stdin` on its standard input (none: an empty one);
    /// returns its exit code, its stdout and its stderr.
    pub fn apart(
        &self,
        args: &[&str],
        env: &[(&str, &str)],
        stdin: Option<&str>,
    ) -> (i32, String, String) {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_frontdesk"));
        cmd.args(args)
            .env("XDG_CONFIG_HOME", self.home.path())
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            // English, whatever the machine speaks (a test may ask for another).
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES");
        for var in [
            "FRONTDESK_PROFILE",
            "FRONTDESK_BACKEND",
            "FRONTDESK_URL",
            "FRONTDESK_USER",
            "FRONTDESK_TOKEN",
            "FRONTDESK_CONFIG",
            "NO_COLOR",
        ] {
            cmd.env_remove(var);
        }
        cmd.envs(env.iter().copied())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("run frontdesk");
        if let Some(mut input) = child.stdin.take() {
            // Written whole, then closed: the end of the text is the end of the input.
            input
                .write_all(stdin.unwrap_or_default().as_bytes())
                .expect("write stdin");
        }
        let Output {
            status,
            stdout,
            stderr,
        } = child.wait_with_output().expect("frontdesk ends");
        (
            status.code().unwrap_or(-1),
            String::from_utf8_lossy(&stdout).into_owned(),
            String::from_utf8_lossy(&stderr).into_owned(),
        )
    }

    /// The data folder frontdesk keeps its outbox and drafts in.
    pub fn data(&self) -> std::path::PathBuf {
        self.home.path().join("data")
    }
}

/// A port on 127.0.0.1 where nothing listens.
pub fn dead_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

/// The environment that points frontdesk at the Zendesk mock at `uri`.
pub fn zendesk_env(uri: &str) -> [(&'static str, &str); 4] {
    [
        ("FRONTDESK_BACKEND", "zendesk"),
        ("FRONTDESK_URL", uri),
        ("FRONTDESK_USER", "sam@example.com"),
        ("FRONTDESK_TOKEN", "abc"),
    ]
}

/// The shape of a JSON value: every field with the type of its value, arrays by their
/// first element, so the schema is checked and the demo's changing times are not.
pub fn shape(value: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), shape(v))).collect())
        }
        Value::Array(items) => Value::Array(items.first().map(shape).into_iter().collect()),
        Value::String(_) => Value::String("string".into()),
        Value::Number(_) => Value::String("number".into()),
        Value::Bool(_) => Value::String("bool".into()),
        Value::Null => Value::String("null".into()),
    }
}

pub fn pretty(value: &serde_json::Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

/// How many messages of `ticket` (as `show --json` prints it) for `audience` (`public`,
/// `internal`) hold `text`.
pub fn messages_with(ticket: &serde_json::Value, text: &str, audience: &str) -> usize {
    ticket["messages"].as_array().map_or(0, |messages| {
        messages
            .iter()
            .filter(|m| {
                m["audience"] == audience && m["body"].as_str().is_some_and(|b| b.contains(text))
            })
            .count()
    })
}
