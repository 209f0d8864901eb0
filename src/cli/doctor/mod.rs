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
    let language = crate::i18n::chosen().describe();
    report.line(Verdict::Ok, "language", language, None);
    match chosen {
        Ok(profile) => {
            let url =
                crate::connect::address(&profile).unwrap_or_else(|| crate::fl!("doctor-built-in"));
            report.line(
                Verdict::Ok,
                "profile",
                format!("{} · {} · {url}", profile.name, profile.backend.name()),
                None,
            );
            if profile.backend != BackendKind::Demo {
                connection(&mut report, &profile, env).await;
            }
        }
        Err(Choice::FirstRun) => report.line(
            Verdict::Fail,
            "profile",
            crate::fl!("doctor-no-desk"),
            Some(&crate::fl!("doctor-no-desk-fix")),
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
            crate::fl!("doctor-config-missing", file = file.as_str()),
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
            crate::fl!("doctor-config-profiles", file = file.as_str(), n = n),
            None,
        );
    } else {
        let problems: Vec<String> = diags.iter().map(|d| d.message.clone()).collect();
        report.line(
            Verdict::Fail,
            "config",
            crate::fl!("doctor-config-problems", file = file.as_str()),
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
        crate::fl!(
            "doctor-credential-from",
            source = credential.source.to_string()
        ),
        None,
    );

    let Some(url) = crate::connect::address(profile).and_then(|u| reqwest::Url::parse(&u).ok())
    else {
        return report.line(
            Verdict::Fail,
            "url",
            crate::fl!("doctor-url-invalid"),
            Some(&crate::fl!("doctor-url-invalid-fix")),
        );
    };
    if let Some(risk) = crate::connect::plain_http_risk(profile) {
        if profile.insecure_http {
            report.line(
                Verdict::Warn,
                "url",
                crate::fl!("doctor-url-allowed", risk = risk.as_str()),
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
                crate::fl!(
                    "doctor-dns-unknown",
                    host = host.as_str(),
                    error = err.to_string()
                ),
                Some(&crate::fl!("doctor-dns-unknown-fix")),
            );
        }
        Err(_) => {
            return report.line(
                Verdict::Fail,
                "dns",
                crate::fl!("doctor-dns-slow", host = host.as_str()),
                Some(&crate::fl!("doctor-dns-slow-fix")),
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
                crate::fl!("doctor-connect-ok", host = host.as_str(), port = port),
                None,
            );
        }
        Ok(Err(err)) => {
            let fix = crate::fl!("doctor-connect-refused-fix", port = port);
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
                crate::fl!("doctor-connect-slow", host = host.as_str(), port = port),
                Some(&crate::fl!("doctor-connect-slow-fix")),
            );
        }
    }

    let desk = match crate::connect::with_secret(profile, &credential.secret) {
        Ok(desk) => desk,
        Err(why) => return report.line(Verdict::Fail, "setup", why, None),
    };
    match desk.me().await {
        Ok(me) => {
            let said = if url.scheme() == "https" {
                crate::fl!(
                    "doctor-auth-tls",
                    name = me.name.as_str(),
                    id = me.id.0.as_str()
                )
            } else {
                crate::fl!(
                    "doctor-auth",
                    name = me.name.as_str(),
                    id = me.id.0.as_str()
                )
            };
            report.line(Verdict::Ok, "auth", said, None);
        }
        Err(err) => return advice::auth_failure(report, profile, &err),
    }
    if profile.backend == BackendKind::HelpScout {
        // Help Scout has no priority; say where frontdesk keeps one.
        let kept = match &profile.priority_field {
            Some(field) => crate::fl!("doctor-priority-field", field = field.as_str()),
            None => crate::fl!("doctor-priority-tags"),
        };
        report.line(Verdict::Ok, "priority", kept, None);
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
                    crate::fl!("doctor-view-lists", view = name.as_str(), n = n),
                    None,
                );
            }
            Err(Error::Invalid(why)) => {
                let fix = crate::fl!("doctor-view-rejected-fix", query = query.as_str());
                report.line(
                    Verdict::Fail,
                    "queue",
                    crate::fl!(
                        "doctor-view-rejected",
                        view = name.as_str(),
                        why = why.as_str()
                    ),
                    Some(&fix),
                );
            }
            Err(Error::Forbidden(why)) => {
                report.line(
                    Verdict::Fail,
                    "queue",
                    crate::fl!(
                        "doctor-view-forbidden",
                        view = name.as_str(),
                        why = why.as_str()
                    ),
                    Some(&crate::fl!("doctor-view-forbidden-fix")),
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
    let env = |name: &str| std::env::var(name).ok();
    let colours = crate::tui::colours::Colours::detect(env);
    report.line(Verdict::Ok, "colours", colours.describe(env), None);
    if !std::io::stdout().is_terminal() {
        return report.line(
            Verdict::Warn,
            "terminal",
            crate::fl!("doctor-not-a-terminal"),
            None,
        );
    }
    match crossterm::terminal::size() {
        Ok((w, h)) if w >= 80 && h >= 24 => report.line(
            Verdict::Ok,
            "terminal",
            if w >= 120 {
                crate::fl!("doctor-terminal-wide", w = w, h = h)
            } else {
                format!("{w}x{h}")
            },
            None,
        ),
        Ok((w, h)) => report.line(
            Verdict::Warn,
            "terminal",
            crate::fl!("doctor-terminal-small", w = w, h = h),
            Some(&crate::fl!("doctor-terminal-small-fix")),
        ),
        Err(err) => report.line(
            Verdict::Warn,
            "terminal",
            crate::fl!("doctor-terminal-unknown", error = err.to_string()),
            None,
        ),
    }
    let colours = if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        crate::fl!("doctor-no-color")
    } else {
        let colorterm = std::env::var("COLORTERM").unwrap_or_default();
        let term = std::env::var("TERM").unwrap_or_default();
        let depth = if colorterm.contains("truecolor") || colorterm.contains("24bit") {
            crate::fl!("doctor-colours-24")
        } else if term.contains("256") {
            crate::fl!("doctor-colours-256")
        } else {
            crate::fl!("doctor-colours-16")
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
            Some(&crate::fl!("doctor-language-fix")),
        ),
    }
}
