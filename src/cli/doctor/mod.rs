//! `frontdesk doctor`: checks the setup one step at a time, each failure with its fix, and
//! stops at the first step the rest depend on.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Duration;

mod advice;
mod trials;

use crate::backend::{Error, HelpDesk, View};
use crate::config::{BackendKind, Profile};
use crate::credentials;
use crate::paths::Paths;
use crate::profile::{Choice, Env};

/// How one check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Ok,
    Warn,
    Fail,
}

struct Report {
    failed: bool,
}

impl Report {
    fn line(&mut self, verdict: Verdict, step: &str, detail: impl AsRef<str>, fix: Option<&str>) {
        let mark = match verdict {
            Verdict::Ok => "✓",
            Verdict::Warn => "!",
            Verdict::Fail => "✗",
        };
        super::say::out(format!("{mark} {step:<13} {}", detail.as_ref()));
        if let Some(fix) = fix {
            for line in fix.lines() {
                super::say::out(format!("  {:<13} {line}", ""));
            }
        }
        self.failed |= verdict == Verdict::Fail;
    }
}

/// Runs every check and prints the report; fails when any check failed.
pub async fn run(paths: &Paths, chosen: Result<Profile, Choice>, env: &Env) -> ExitCode {
    let mut report = Report { failed: false };
    config(&mut report, paths);
    match chosen {
        Ok(profile) => {
            let url = crate::connect::address(&profile).unwrap_or_else(|| "built in".into());
            report.line(Verdict::Ok, "profile", format!("{} · {} · {url}", profile.name, profile.backend.name()), None);
            if profile.backend != BackendKind::Demo {
                connection(&mut report, &profile, env).await;
            }
        }
        Err(Choice::FirstRun) => report.line(
            Verdict::Fail,
            "profile",
            "no help desk is configured",
            Some("add a [profiles.NAME] to config.toml (see the README), or set FRONTDESK_BACKEND and FRONTDESK_URL;\n`frontdesk --demo` works without any"),
        ),
        Err(other) => report.line(Verdict::Fail, "profile", other.to_string(), None),
    }
    terminal(&mut report);
    if report.failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn config(report: &mut Report, paths: &Paths) {
    let file = paths.config_file.display().to_string();
    if !paths.config_file.exists() {
        report.line(
            Verdict::Warn,
            "config",
            format!("{file} does not exist; defaults are used"),
            None,
        );
        return;
    }
    let (config, diags) = crate::startup::read_config(paths);
    if diags.is_empty() {
        let n = config.profiles.len();
        report.line(
            Verdict::Ok,
            "config",
            format!("{file} ({n} profile{})", if n == 1 { "" } else { "s" }),
            None,
        );
    } else {
        let problems: Vec<String> = diags.iter().map(|d| d.message.clone()).collect();
        report.line(
            Verdict::Fail,
            "config",
            format!("{file} has problems:"),
            Some(&problems.join("\n")),
        );
    }
}

async fn connection(report: &mut Report, profile: &Profile, env: &Env) {
    let credential = match credentials::lookup(profile, env.token.as_deref()).await {
        Ok(c) => c,
        Err(why) => return report.line(Verdict::Fail, "credential", why, None),
    };
    report.line(
        Verdict::Ok,
        "credential",
        format!("from {}", credential.source),
        None,
    );

    let Some(url) = crate::connect::address(profile).and_then(|u| reqwest::Url::parse(&u).ok())
    else {
        return report.line(
            Verdict::Fail,
            "url",
            "the url is not a valid URL",
            Some("write it like url = \"https://rt.example.com\""),
        );
    };
    if let Some(risk) = crate::connect::plain_http_risk(profile) {
        if profile.insecure_http {
            report.line(
                Verdict::Warn,
                "url",
                format!("{risk} (allowed by insecure_http = true)"),
                None,
            );
        } else {
            let fix = crate::connect::plain_http_fix(profile);
            return report.line(Verdict::Fail, "url", risk, Some(&fix));
        }
    }
    let host = url.host_str().unwrap_or_default().to_string();
    let port = url.port_or_known_default().unwrap_or(443);
    let lookup = tokio::time::timeout(
        Duration::from_secs(5),
        tokio::net::lookup_host((host.as_str(), port)),
    )
    .await;
    let addrs: Vec<std::net::SocketAddr> = match lookup {
        Ok(Ok(addrs)) => addrs.collect(),
        Ok(Err(err)) => {
            return report.line(
                Verdict::Fail,
                "dns",
                format!("{host} cannot be found ({err})"),
                Some("check the host name in the url, and your network or VPN"),
            );
        }
        Err(_) => {
            return report.line(
                Verdict::Fail,
                "dns",
                format!("looking up {host} took over 5 s"),
                Some("check your network and DNS settings"),
            );
        }
    };
    let first = addrs
        .first()
        .map(|a| a.ip().to_string())
        .unwrap_or_default();
    report.line(Verdict::Ok, "dns", format!("{host} → {first}"), None);

    let connect = tokio::time::timeout(
        Duration::from_secs(5),
        tokio::net::TcpStream::connect((host.as_str(), port)),
    )
    .await;
    match connect {
        Ok(Ok(stream)) => {
            // Closed at once: a single-process server (RT's standalone one) would otherwise
            // wait on this idle connection while the next checks time out.
            drop(stream);
            report.line(
                Verdict::Ok,
                "connect",
                format!("{host}:{port} answers"),
                None,
            );
        }
        Ok(Err(err)) => {
            let fix = format!(
                "is the help desk running and listening on port {port}? A firewall, proxy or VPN may be in the way"
            );
            return report.line(
                Verdict::Fail,
                "connect",
                format!("{host}:{port}: {err}"),
                Some(&fix),
            );
        }
        Err(_) => {
            return report.line(
                Verdict::Fail,
                "connect",
                format!("{host}:{port} did not answer within 5 s"),
                Some("a firewall may be dropping the connection, or a VPN is needed"),
            );
        }
    }

    let desk = match crate::connect::with_secret(profile, &credential.secret) {
        Ok(desk) => desk,
        Err(why) => return report.line(Verdict::Fail, "setup", why, None),
    };
    match desk.me().await {
        Ok(me) => {
            let tls = if url.scheme() == "https" {
                "TLS verified; "
            } else {
                ""
            };
            report.line(
                Verdict::Ok,
                "auth",
                format!("{tls}you are {} ({})", me.name, me.id.0),
                None,
            );
        }
        Err(err) => return advice::auth_failure(report, profile, &err),
    }
    if profile.backend == BackendKind::HelpScout {
        // Help Scout has no priority; say where frontdesk keeps one.
        let kept = match &profile.priority_field {
            Some(field) => format!("in the custom field \"{field}\" (priority_field)"),
            None => {
                "in the tags urgent, high and low (priority_field names a custom field instead)"
                    .into()
            }
        };
        report.line(
            Verdict::Ok,
            "priority",
            format!("Help Scout has none; frontdesk keeps it {kept}"),
            None,
        );
    }
    let first = permissions(report, desk.as_ref()).await;
    trials::open(report, desk.as_ref(), first).await;
    trials::cost(report, desk.as_ref(), first, &url).await;
}

/// Lists each view; returns the first ticket listed, for the checks that open one.
async fn permissions(report: &mut Report, desk: &dyn HelpDesk) -> Option<crate::backend::TicketId> {
    let mut first = None;
    for view in desk.default_views() {
        let View { name, query, .. } = &view;
        match desk.list_view(&view, None).await {
            Ok(page) => {
                first = first.or(page.tickets.first().map(|t| t.id));
                let n = page.total.unwrap_or(page.tickets.len());
                report.line(
                    Verdict::Ok,
                    "queue",
                    format!(
                        "view \"{name}\" lists {n} ticket{}",
                        if n == 1 { "" } else { "s" }
                    ),
                    None,
                );
            }
            Err(Error::Invalid(why)) => {
                let fix = format!("fix the view's query in config.toml: {query}");
                report.line(
                    Verdict::Fail,
                    "queue",
                    format!("view \"{name}\" was rejected: {why}"),
                    Some(&fix),
                );
            }
            Err(Error::Forbidden(why)) => {
                report.line(
                    Verdict::Fail,
                    "queue",
                    format!("view \"{name}\": not allowed ({why})"),
                    Some("ask an admin for the right to see tickets in that queue"),
                );
            }
            Err(other) => report.line(
                Verdict::Fail,
                "queue",
                format!("view \"{name}\": {other}"),
                None,
            ),
        }
    }
    first
}

fn terminal(report: &mut Report) {
    if !std::io::stdout().is_terminal() {
        return report.line(
            Verdict::Warn,
            "terminal",
            "stdout is not a terminal (fine for this check; the interface needs one)",
            None,
        );
    }
    match crossterm::terminal::size() {
        Ok((w, h)) if w >= 80 && h >= 24 => report.line(
            Verdict::Ok,
            "terminal",
            format!(
                "{w}x{h}{}",
                if w >= 120 {
                    ", wide enough for queue and ticket side by side"
                } else {
                    ""
                }
            ),
            None,
        ),
        Ok((w, h)) => report.line(
            Verdict::Warn,
            "terminal",
            format!("{w}x{h} is smaller than 80x24; some text will be cut"),
            Some("enlarge the window"),
        ),
        Err(err) => report.line(
            Verdict::Warn,
            "terminal",
            format!("size unknown ({err})"),
            None,
        ),
    }
    let colours = if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        "NO_COLOR is set: the mono theme (bold, reverse, underline) is used".to_string()
    } else {
        let colorterm = std::env::var("COLORTERM").unwrap_or_default();
        let term = std::env::var("TERM").unwrap_or_default();
        let depth = if colorterm.contains("truecolor") || colorterm.contains("24bit") {
            "24-bit colour"
        } else if term.contains("256") {
            "256 colours"
        } else {
            "16 colours (the default theme needs no more)"
        };
        format!("TERM={term}, {depth}")
    };
    report.line(Verdict::Ok, "colours", colours, None);
    let language = crate::i18n::chosen();
    match &language.unknown {
        None => report.line(Verdict::Ok, "language", language.describe(), None),
        Some(_) => report.line(
            Verdict::Warn,
            "language",
            language.describe(),
            Some("set language = \"fi\" (or en, ru, de, et, zh) in config.toml"),
        ),
    }
}
