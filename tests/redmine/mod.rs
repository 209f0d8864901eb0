//! A real Redmine 5 for the live tests, on 127.0.0.1, from Debian's packages (redmine,
//! redmine-sqlite, ruby-webrick), with everything it writes under `target/`: its SQLite
//! database, files, logs and the mails it sends. One per test binary, started on first use
//! and stopped when the test process exits. If it cannot start, every test that needs it
//! fails and says why.
//!
//! Nothing of the system's own Redmine is touched. Debian's Redmine keeps an instance's
//! config, files, logs and cache in `instances/<name>`, found by `REDMINE_INSTANCE`; the
//! lab's "instance" is a relative path from there to its own folder. Its Gemfile adds
//! WEBrick (Ruby 3.1 ships none and Debian's Gemfile names no server) to Debian's.

#![allow(dead_code)]

#[path = "../rt/proxy.rs"]
pub mod proxy;

#[path = "../lab/mod.rs"]
mod lab;

use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Mutex, OnceLock};

use frontdesk::backend::http::Timeouts;
use frontdesk::backend::redmine::RedmineDesk;
use frontdesk::config::{BackendKind, Profile};
use serde_json::{Value, json};

const ROOT: &str = "/usr/share/redmine";

/// Turns the REST API on, names the admin Sam Rivera, makes the agents and customers and
/// three issue custom fields, lets
/// files up to 512 KB in (so a too-large one is small to send), and prints each API key.
/// Redmine sends no notifications: its mail jobs run on threads of their own, outside the
/// one-request-at-a-time lock, and SQLite refuses a writer that meets one.
const SETUP_RUBY: &str = r#"
Setting.rest_api_enabled = "1"
Setting.attachment_max_size = "512"
Setting.notified_events = []
Setting.host_name = "127.0.0.1"
admin = User.find_by_login("admin")
admin.must_change_passwd = false
admin.firstname = "Sam"; admin.lastname = "Rivera"; admin.mail = "sam@lab.example"
admin.save!
def person(login, first, last, mail)
  u = User.new(firstname: first, lastname: last, mail: mail, language: "en")
  u.login = login; u.password = "lab-#{login}-password"; u.password_confirmation = u.password
  u.status = User::STATUS_ACTIVE; u.mail_notification = "all"; u.save!; u
end
bob = person("bob", "Bob", "Lindqvist", "bob@lab.example")
jurgen = person("jurgen", "Jürgen", "Müller", "jurgen@example.de")
dave = person("dave", "Dave", "Hill", "dave@example.com")
person("olga", "Ольга", "Смирнова", "olga@example.ru")
# Issue custom fields on every project, as a shop's Redmine has them.
[["Order number", "string", []], ["Product", "list", ["Billing", "Shipping"]], ["Renewal", "date", []]].each do |name, format, values|
  cf = IssueCustomField.new(name: name, field_format: format, is_for_all: true, visible: true, editable: true)
  cf.possible_values = values unless values.empty?
  cf.tracker_ids = Tracker.pluck(:id)
  cf.save!
end
puts "admin #{admin.api_key}"
puts "bob #{bob.api_key}"
puts "jurgen #{jurgen.api_key}"
"#;

/// A running Redmine.
pub struct Lab {
    /// The web root, e.g. `http://127.0.0.1:43127`.
    pub url: String,
    pub port: u16,
    /// The admin's API key (as "Sam Rivera").
    pub key: String,
    /// Bob's key: a Developer, who may not close issues (Redmine's default workflow).
    pub bob_key: String,
    /// Jürgen's key: a customer (Reporter) who writes in.
    pub jurgen_key: String,
    pub dir: PathBuf,
    /// Held for the process's life; when it closes, the wrapper stops the server.
    _lifeline: Mutex<ChildStdin>,
    _server: Mutex<Child>,
}

static LAB: OnceLock<Result<Lab, String>> = OnceLock::new();

/// The lab, started on first use. Blocks; call it from `spawn_blocking` in async tests.
pub fn lab() -> &'static Lab {
    match LAB.get_or_init(start) {
        Ok(lab) => lab,
        Err(why) => panic!("Redmine did not start: {why}"),
    }
}

fn start() -> Result<Lab, String> {
    if !Path::new(ROOT).join("config.ru").exists() {
        return Err(
            "Redmine is not installed. `bash .ci/run` installs it; or run, as root:\n  \
             apt-get update && apt-get install -y --no-install-recommends redmine redmine-sqlite ruby-webrick"
                .into(),
        );
    }
    let port = lab::free_port()?;
    // Said once per test binary (shown with --nocapture, and in any failure's output).
    eprintln!(
        "redmine lab: redmine {} on 127.0.0.1:{port}",
        lab::package_version("redmine")
    );
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    lab::remove_stale(&root, "redmine-lab-");
    let dir = root.join(format!("redmine-lab-{}-{port}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["config", "log", "tmp", "files", "mails"] {
        std::fs::create_dir_all(dir.join(sub)).map_err(|e| e.to_string())?;
    }
    let write = |name: &str, text: String| {
        std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"))
    };
    write(
        "config/database.yml",
        format!(
            "production:\n  adapter: sqlite3\n  database: {}\n  encoding: utf8\n  timeout: 5000\n",
            dir.join("redmine.sqlite3").display()
        ),
    )?;
    // Mail that would go out (none, with notifications off) is written here, never sent.
    write(
        "config/configuration.yml",
        format!(
            "production:\n  email_delivery:\n    delivery_method: :file\n    file_settings:\n      location: {}\n",
            dir.join("mails").display()
        ),
    )?;
    write(
        "config/secret_key.txt",
        format!("frontdesk-lab-{port}-{}\n", std::process::id()),
    )?;
    write(
        "Gemfile",
        format!("eval_gemfile \"{ROOT}/Gemfile\"\ngem \"webrick\"\n"),
    )?;
    write("setup.rb", SETUP_RUBY.to_string())?;
    // One request at a time: SQLite refuses a second writer at once ("database is locked")
    // instead of waiting, which the tests' parallel writes would meet.
    write(
        "config.ru",
        format!(
            "require ::File.expand_path('config/environment', '{ROOT}')\nuse Rack::Lock\nrun RedmineApp::Application\n"
        ),
    )?;
    // From Debian's `instances/` up to `/`, then down to the lab.
    let instance = format!(
        "../../../..{}",
        dir.canonicalize().map_err(|e| e.to_string())?.display()
    );
    let env = [
        ("REDMINE_INSTANCE", instance),
        ("BUNDLE_GEMFILE", dir.join("Gemfile").display().to_string()),
        ("RAILS_ENV", "production".to_string()),
        ("REDMINE_LANG", "en".to_string()),
        // Where a migration writes the schema it leaves (else into Debian's own tree).
        ("SCHEMA", dir.join("schema.rb").display().to_string()),
    ];
    let rails = |args: &[&str], what: &str| {
        lab::run(
            Command::new(args[0])
                .args(&args[1..])
                .envs(env.clone())
                .current_dir(ROOT),
            what,
        )
    };
    rails(&["rake", "db:migrate"], "creating Redmine's database")?;
    rails(
        &["rake", "redmine:load_default_data"],
        "loading Redmine's default trackers, statuses and roles",
    )?;
    let setup = dir.join("setup.rb").display().to_string();
    let keys = rails(&["bin/rails", "runner", &setup], "the lab setup script")?;
    let key_of = |login: &str| {
        keys.lines()
            .find_map(|l| l.strip_prefix(&format!("{login} ")))
            .map(str::to_string)
            .ok_or(format!("no key for {login} in: {keys}"))
    };
    let (key, bob_key, jurgen_key) = (key_of("admin")?, key_of("bob")?, key_of("jurgen")?);

    // The wrapper shell waits for its stdin to close (when this process exits, however it
    // exits), then stops the server.
    let log = std::fs::File::create(dir.join("server.log")).map_err(|e| e.to_string())?;
    let script = format!(
        "rackup -s webrick -o 127.0.0.1 -p {port} {} & pid=$!; cat >/dev/null; kill $pid; wait $pid",
        dir.join("config.ru").display()
    );
    let mut server = Command::new("sh")
        .arg("-c")
        .arg(script)
        .envs(env)
        .current_dir(ROOT)
        .stdin(Stdio::piped())
        .stdout(log.try_clone().map_err(|e| e.to_string())?)
        .stderr(log)
        .spawn()
        .map_err(|e| format!("starting Redmine: {e}"))?;
    let lifeline = server
        .stdin
        .take()
        .ok_or("no stdin for the server wrapper")?;
    // Rails takes seconds to load; the API is probed until it answers.
    let probe = format!(
        "GET /users/current.json HTTP/1.0\r\nHost: 127.0.0.1\r\nX-Redmine-API-Key: {key}\r\n\r\n"
    );
    lab::wait_for_200(port, &probe, "Redmine", &dir.join("server.log"))?;
    Ok(Lab {
        url: format!("http://127.0.0.1:{port}"),
        port,
        key,
        bob_key,
        jurgen_key,
        dir,
        _lifeline: Mutex::new(lifeline),
        _server: Mutex::new(server),
    })
}

/// A REST client for setting the stage and checking results.
pub struct Rest {
    client: reqwest::Client,
    base: String,
    key: String,
}

impl Rest {
    /// The admin's client for the lab.
    pub fn new(lab: &Lab) -> Self {
        Self::as_key(lab, &lab.key)
    }

    /// A client with `key`.
    pub fn as_key(lab: &Lab, key: &str) -> Self {
        Self {
            client: reqwest::Client::new(),
            base: format!("{}/", lab.url),
            key: key.to_string(),
        }
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let mut req = self
            .client
            .request(method.clone(), format!("{}{path}", self.base))
            .header("X-Redmine-API-Key", &self.key);
        if let Some(body) = body {
            req = req.json(&body);
        }
        lab::call(req, &format!("{method} {path}")).await
    }

    pub async fn get(&self, path: &str) -> Value {
        self.call(reqwest::Method::GET, path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> Value {
        self.call(reqwest::Method::POST, path, Some(body)).await
    }

    pub async fn put(&self, path: &str, body: Value) {
        self.call(reqwest::Method::PUT, path, Some(body)).await;
    }

    /// The raw bytes at `path`.
    pub async fn bytes(&self, path: &str) -> Vec<u8> {
        let res = self
            .client
            .get(format!("{}{path}", self.base))
            .header("X-Redmine-API-Key", &self.key)
            .send()
            .await
            .expect("download");
        assert!(res.status().is_success(), "{path}: {}", res.status());
        res.bytes().await.expect("bytes").to_vec()
    }

    /// The id of the project named by `identifier`.
    pub async fn read_project(&self, identifier: &str) -> String {
        let project = self.get(&format!("projects/{identifier}.json")).await;
        project["project"]["id"].to_string()
    }

    /// A project of its own for one test, with every tracker, Bob as a Developer and the
    /// customers as Reporters, tracking issues and time; returns its identifier.
    pub async fn project(&self, identifier: &str) -> String {
        let trackers = self.get("trackers.json").await;
        let tracker_ids: Vec<Value> = trackers["trackers"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|t| t["id"].clone())
            .collect();
        let created = self
            .post(
                "projects.json",
                json!({ "project": { "name": format!("Lab {identifier}"), "identifier": identifier,
                                     "tracker_ids": tracker_ids,
                                     "enabled_module_names": ["issue_tracking", "time_tracking"] } }),
            )
            .await;
        let project = created["project"]["id"].clone();
        let roles = self.get("roles.json").await;
        let role = |name: &str| {
            roles["roles"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|r| r["name"] == name)
                .map(|r| r["id"].clone())
                .unwrap_or_else(|| panic!("no role {name} in {roles}"))
        };
        let users = self.get("users.json?limit=100").await;
        for user in users["users"].as_array().into_iter().flatten() {
            let login = user["login"].as_str().unwrap_or_default();
            let role = match login {
                "bob" => role("Developer"),
                "jurgen" | "dave" | "olga" => role("Reporter"),
                _ => continue,
            };
            self.post(
                &format!("projects/{project}/memberships.json"),
                json!({ "membership": { "user_id": user["id"], "role_ids": [role] } }),
            )
            .await;
        }
        identifier.to_string()
    }

    /// An issue in `project` with `priority` (1 Low … 5 Immediate); returns its id.
    pub async fn issue(&self, project: &str, subject: &str, priority: u64, text: &str) -> u64 {
        let created = self
            .post(
                "issues.json",
                json!({ "issue": { "project_id": project, "subject": subject,
                                   "priority_id": priority, "description": text } }),
            )
            .await;
        created["issue"]["id"].as_u64().expect("an issue id")
    }

    /// The issue with its journals, files and watchers.
    pub async fn read(&self, id: u64) -> Value {
        self.get(&format!(
            "issues/{id}.json?include=journals,attachments,watchers"
        ))
        .await["issue"]
            .clone()
    }
}

/// A desk on the lab with `key`.
pub fn desk_with(lab: &Lab, key: &str) -> RedmineDesk {
    let mut p = Profile::new("lab", BackendKind::Redmine);
    p.url = Some(lab.url.clone());
    RedmineDesk::new(&p, key, Timeouts::default()).expect("a Redmine desk")
}

/// Redmine keeps times to the second: a change made in the same second as the one an agent
/// read cannot be told from it, so a test that needs a later change waits for the next one.
pub async fn next_second() {
    let now = jiff::Timestamp::now();
    let into = now.subsec_nanosecond() as u64;
    tokio::time::sleep(std::time::Duration::from_nanos(
        1_000_000_000 - into + 5_000_000,
    ))
    .await;
}
