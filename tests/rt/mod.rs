//! A real Request Tracker 5 for the live tests, on 127.0.0.1, from Debian's packages
//! (request-tracker5, rt5-db-sqlite), with its SQLite database under `target/`. One per test
//! binary, started on first use and stopped when the test process exits. If it cannot start,
//! every test that needs it fails and says why.

#![allow(dead_code)]

pub mod proxy;

#[path = "../lab/mod.rs"]
mod lab;

use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Mutex, OnceLock};

use serde_json::{Value, json};

const SETUP_DB: &str = "/usr/sbin/rt-setup-database-5";
const SERVER: &str = "/usr/share/request-tracker5/libexec/rt-server";

/// Grants an e-mail desk's rights, makes a second agent, and prints an auth token for each.
const SETUP_PERL: &str = r#"
use strict; use warnings;
use lib '/usr/share/request-tracker5/lib';
use RT; RT::LoadConfig(); RT::Init();
my $everyone = RT::Group->new(RT->SystemUser); $everyone->LoadSystemInternalGroup('Everyone');
$everyone->PrincipalObj->GrantRight(Right => $_, Object => RT->System) for qw(CreateTicket ReplyToTicket);
my $staff = RT::Group->new(RT->SystemUser); $staff->LoadSystemInternalGroup('Privileged');
$staff->PrincipalObj->GrantRight(Right => $_, Object => RT->System)
    for qw(OwnTicket ShowTicket SeeQueue ReplyToTicket CommentOnTicket ModifyTicket TakeTicket ShowTicketComments SeeCustomField ShowArticle SeeClass);
my $root = RT::User->new(RT->SystemUser); $root->Load('root');
$root->SetRealName('Sam Rivera'); $root->SetSignature("Sam Rivera\nLab Support");
my $bob = RT::User->new(RT->SystemUser);
my ($ok, $msg) = $bob->Create(Name => 'bob', RealName => 'Bob Lindqvist', EmailAddress => 'bob@lab.example', Privileged => 1);
die "bob: $msg\n" unless $ok;
# Custom fields on every queue's tickets, as a shop's RT has them.
for my $def (['Order number', 'Freeform'], ['Product', 'Select'], ['Renewal', 'Date']) {
    my $cf = RT::CustomField->new(RT->SystemUser);
    my ($id, $m) = $cf->Create(Name => $def->[0], Type => $def->[1], MaxValues => 1, LookupType => 'RT::Queue-RT::Ticket');
    die "$def->[0]: $m\n" unless $id;
    my ($added, $why) = $cf->AddToObject(RT::Queue->new(RT->SystemUser));
    die "$def->[0] on every queue: $why\n" unless $added;
    $cf->AddValue(Name => $_) for $def->[1] eq 'Select' ? qw(Billing Shipping) : ();
}
for my $login (qw(root bob)) {
    my $u = RT::User->new(RT->SystemUser); $u->Load($login);
    my $t = RT::AuthToken->new(RT->SystemUser);
    my ($id, $m, $auth) = $t->Create(Owner => $u->id, Description => 'frontdesk tests');
    die "$login token: $m\n" unless $id;
    print "$login $auth\n";
}
"#;

/// A running Request Tracker.
pub struct Lab {
    /// The web root, e.g. `http://127.0.0.1:43127`.
    pub url: String,
    /// root's auth token (an RT superuser, as "Sam Rivera").
    pub token: String,
    /// bob's auth token (a plain agent).
    pub bob_token: String,
    pub dir: PathBuf,
    /// Held for the process's life; when it closes, the wrapper stops the server.
    _lifeline: Mutex<ChildStdin>,
    _server: Mutex<Child>,
}

impl Lab {
    /// The port RT listens on, for proxies in front of it.
    pub fn port(&self) -> u16 {
        self.url
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .expect("the lab's url ends in its port")
    }
}

static LAB: OnceLock<Result<Lab, String>> = OnceLock::new();

/// The lab as RT ships, started on first use. Blocks; call it from `spawn_blocking` in async
/// tests.
pub fn lab() -> &'static Lab {
    match LAB.get_or_init(|| start(false)) {
        Ok(lab) => lab,
        Err(why) => panic!("Request Tracker did not start: {why}"),
    }
}

/// The lab configured as an RT behind a proxy is: `@ReferrerWhitelist` names the proxies'
/// address (127.0.0.1 on any port), so frontdesk reaching RT through one stays on its session
/// as RT's own pages would. For the tests whose faults target one particular request: there
/// a write refused as cross-site and repeated would take the fault meant for the real one. A
/// test binary uses one of the two labs, never both.
pub fn lab_behind_proxies() -> &'static Lab {
    match LAB.get_or_init(|| start(true)) {
        Ok(lab) => lab,
        Err(why) => panic!("Request Tracker did not start: {why}"),
    }
}

fn start(behind_proxies: bool) -> Result<Lab, String> {
    if !Path::new(SETUP_DB).exists() || !Path::new(SERVER).exists() {
        return Err(
            "Request Tracker 5 is not installed. `bash .ci/run` installs it; or run, as root:\n  \
             apt-get update && apt-get install -y --no-install-recommends request-tracker5 rt5-db-sqlite"
                .into(),
        );
    }
    let port = lab::free_port()?;
    // Said once per test binary (shown with --nocapture, and in any failure's output).
    eprintln!(
        "rt lab: request-tracker5 {} on 127.0.0.1:{port}{}",
        lab::package_version("request-tracker5"),
        if behind_proxies {
            ", trusting local proxies"
        } else {
            ", as shipped"
        }
    );
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    lab::remove_stale(&root, "rt-lab-");
    let dir = root.join(format!("rt-lab-{}-{port}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("conf.d")).map_err(|e| e.to_string())?;
    let db = dir.join("rt5.db");
    let config = format!(
        "Set($rtname, 'rtlab');\nSet($Organization, 'lab.example');\nSet($DatabaseType, 'SQLite');\n\
         Set($DatabaseName, '{db}');\nSet($WebDomain, '127.0.0.1');\nSet($WebPort, {port});\nSet($WebPath, '');\n\
         Set($WebBaseURL, 'http://127.0.0.1:{port}');\nSet($Timezone, 'UTC');\nSet(%FullTextSearch, Enable => 1, Indexed => 0);\nSet($MailCommand, 'testfile');\n\
         Set($LogToSTDERR, 'error'); Set($LogToSyslog, undef); Set($LogToFile, undef);\n\
         Set(%ServiceAgreements, (QueueDefault => {{ 'q-sla' => 'Kiireellinen' }}, Levels => {{ 'Kiireellinen' => {{ Response => {{ RealMinutes => 120 }}, Resolve => {{ RealMinutes => 1440 }} }} }}));\n{proxies}1;\n",
        db = db.display(),
        proxies = if behind_proxies {
            // Any port: RT drops a trailing `*` (Perl's split), so one entry per last digit.
            "Set(@ReferrerWhitelist, map { \"127.0.0.1:*$_\" } 0..9);\n"
        } else {
            ""
        }
    );
    let site = dir.join("conf.d/00-lab.pm");
    std::fs::write(&site, config).map_err(|e| e.to_string())?;
    let env = [
        ("RT_SITE_CONFIG", site.clone()),
        ("RT_SITE_CONFIG_DIR", dir.join("conf.d")),
    ];

    lab::run(
        Command::new(SETUP_DB)
            .args(["--action", "init", "--skip-create"])
            .envs(env.clone())
            .current_dir(&dir),
        "rt-setup-database-5",
    )?;
    std::fs::write(dir.join("setup.pl"), SETUP_PERL).map_err(|e| e.to_string())?;
    let tokens = lab::run(
        Command::new("perl")
            .arg(dir.join("setup.pl"))
            .envs(env.clone()),
        "the lab setup script",
    )?;
    let token_of = |login: &str| {
        tokens
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{login} ")))
            .map(str::to_string)
            .ok_or(format!("no token for {login} in: {tokens}"))
    };
    let (token, bob_token) = (token_of("root")?, token_of("bob")?);

    // The wrapper shell waits for its stdin to close (when this process exits, however it
    // exits), then stops the server.
    let log = std::fs::File::create(dir.join("server.log")).map_err(|e| e.to_string())?;
    let script = format!(
        "{SERVER} --server Starlet --max-workers 6 --host 127.0.0.1 --port {port} & pid=$!; cat >/dev/null; kill $pid; wait $pid"
    );
    let mut server = Command::new("sh")
        .arg("-c")
        .arg(script)
        .envs(env)
        .stdin(Stdio::piped())
        .stdout(log.try_clone().map_err(|e| e.to_string())?)
        .stderr(log)
        .spawn()
        .map_err(|e| format!("starting rt-server: {e}"))?;
    let lifeline = server
        .stdin
        .take()
        .ok_or("no stdin for the server wrapper")?;
    let url = format!("http://127.0.0.1:{port}");
    // RT takes seconds to load; its REST endpoint is probed until it answers.
    let probe = format!(
        "GET /REST/2.0/rt HTTP/1.0\r\nHost: 127.0.0.1\r\nAuthorization: token {token}\r\n\r\n"
    );
    lab::wait_for_200(port, &probe, "rt-server", &dir.join("server.log"))?;
    Ok(Lab {
        url,
        token,
        bob_token,
        dir,
        _lifeline: Mutex::new(lifeline),
        _server: Mutex::new(server),
    })
}

/// A REST client for setting the stage and checking results, as root.
pub struct Rest {
    client: reqwest::Client,
    base: String,
    token: String,
}

impl Rest {
    /// root's client for the lab.
    pub fn new(lab: &Lab) -> Self {
        Self {
            client: reqwest::Client::new(),
            base: format!("{}/REST/2.0/", lab.url),
            token: lab.token.clone(),
        }
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let mut req = self
            .client
            .request(method.clone(), format!("{}{path}", self.base))
            .header("Authorization", format!("token {}", self.token));
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

    pub async fn put(&self, path: &str, body: Value) -> Value {
        self.call(reqwest::Method::PUT, path, Some(body)).await
    }

    /// Creates a queue and returns its name.
    pub async fn queue(&self, name: &str) -> String {
        self.post("queue", json!({ "Name": name })).await;
        name.to_string()
    }

    /// A ticket created by an agent on behalf of `requestor`.
    pub async fn ticket(
        &self,
        queue: &str,
        subject: &str,
        requestor: &str,
        priority: i64,
        text: &str,
    ) -> u64 {
        let created = self
            .post("ticket", json!({ "Queue": queue, "Subject": subject, "Requestor": requestor, "Priority": priority, "Content": text, "ContentType": "text/plain" }))
            .await;
        created["id"]
            .as_str()
            .and_then(|id| id.parse().ok())
            .expect("a ticket id")
    }

    /// A message from a customer, the way RT receives mail: through its mail gateway. A new
    /// subject opens a ticket; `Re: [rtlab #N] …` adds to ticket N. Returns the ticket.
    pub async fn mail(&self, queue: &str, from: &str, subject: &str, text: &str) -> u64 {
        let message = format!(
            "From: {from}\r\nTo: support@lab.example\r\nSubject: {subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        );
        let form = reqwest::multipart::Form::new()
            .text("queue", queue.to_string())
            .text("action", "correspond")
            .text("message", message);
        let url = self
            .base
            .replace("/REST/2.0/", "/REST/1.0/NoAuth/mail-gateway");
        let res = self
            .client
            .post(url)
            .multipart(form)
            .send()
            .await
            .expect("mail gateway");
        let answer = res.text().await.unwrap_or_default();
        assert!(
            answer.starts_with("ok"),
            "the mail gateway refused the message: {answer}"
        );
        let bare = subject.trim_start_matches("Re: ");
        let bare = bare.split_once("] ").map_or(bare, |(_, s)| s);
        let query = format!(
            "tickets?query=Subject = '{}'&orderby=id&order=DESC",
            bare.replace('\'', "\\'")
        );
        let found = self.get(&query).await;
        found["items"][0]["id"]
            .as_str()
            .and_then(|id| id.parse().ok())
            .expect("the mailed ticket")
    }

    /// The ticket's history: (transaction type, creator) in order.
    pub async fn history(&self, id: u64) -> Vec<(String, String)> {
        let h = self
            .get(&format!(
                "ticket/{id}/history?fields=Type,Creator&per_page=100"
            ))
            .await;
        h["items"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|t| {
                (
                    t["Type"].as_str().unwrap_or_default().to_string(),
                    t["Creator"]["id"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    }

    /// The text of every part of the ticket's mail.
    pub async fn contents(&self, id: u64) -> Vec<String> {
        let parts = self
            .get(&format!(
                "ticket/{id}/attachments?fields=Content,ContentType&per_page=100"
            ))
            .await;
        parts["items"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p["Content"].as_str().map(str::to_string))
            .collect()
    }

    /// Every file of the ticket's mail: name, type and bytes (from RT's base64).
    #[allow(dead_code)] // used by some of the test binaries that share this module
    pub async fn files(&self, id: u64) -> Vec<(String, String, Vec<u8>)> {
        use base64::Engine;
        let parts = self
            .get(&format!(
                "ticket/{id}/attachments?fields=Filename,ContentType&per_page=100"
            ))
            .await;
        let mut files = Vec::new();
        for part in parts["items"].as_array().into_iter().flatten() {
            let name = part["Filename"].as_str().unwrap_or_default();
            if name.is_empty() {
                continue;
            }
            let one = self
                .get(&format!(
                    "attachment/{}",
                    part["id"].as_str().unwrap_or_default()
                ))
                .await;
            let content = one["Content"]
                .as_str()
                .unwrap_or_default()
                .replace(['\n', '\r'], "");
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(content)
                .expect("base64 content");
            let mime = part["ContentType"].as_str().unwrap_or_default().to_string();
            files.push((name.to_string(), mime, bytes));
        }
        files
    }
}
