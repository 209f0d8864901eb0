//! The `frontdesk` command line: the interface by default, plus `login`, `logout` and `doctor`.

mod cache;
mod commands;
mod doctor;
mod login;
mod say;
mod script;
mod secret;
mod shell;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

pub use commands::Command;

use crate::action::Action;
use crate::config::{BackendKind, Profile};
use crate::paths::Paths;
use crate::profile::{self, Choice, Env};
use crate::{connect, startup, tui};
use script::write::Asked;

/// A fast, keyboard-driven terminal client for the help desk your team already runs.
#[derive(Debug, Parser)]
#[command(version, about)]
pub struct Cli {
    /// Use the built-in demo desk (no account needed).
    #[arg(long, global = true)]
    pub demo: bool,
    /// With --demo: generate this many tickets instead of 320, to try frontdesk on a large
    /// queue.
    #[arg(long, value_name = "N", requires = "demo")]
    pub demo_tickets: Option<usize>,
    /// The profile from config.toml to use (default: default_profile, or FRONTDESK_PROFILE).
    #[arg(long, short, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// The config file (default: ~/.config/frontdesk/config.toml, or FRONTDESK_CONFIG). Its
    /// folder also holds keymap.toml, theme.toml and responses/.
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Print every action name a keymap can use, and exit.
    #[arg(long)]
    pub list_actions: bool,
    /// Print where frontdesk reads and writes its files, and exit.
    #[arg(long)]
    pub paths: bool,
    /// Panic in a background task on SIGUSR1: lets tests check that a crash restores the
    /// terminal.
    #[arg(long, hide = true)]
    pub crash_test: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Runs the command line.
pub async fn run(cli: Cli) -> ExitCode {
    match dispatch(cli).await {
        Ok(code) => code,
        Err(err) => {
            say::err(format!("frontdesk: {err}"));
            ExitCode::from(2)
        }
    }
}

async fn dispatch(cli: Cli) -> Result<ExitCode, String> {
    if let Some(Command::Man) = cli.command {
        shell::man(&mut std::io::stdout().lock()).map_err(|e| e.to_string())?;
        return Ok(ExitCode::SUCCESS);
    }
    let paths = Paths::resolve(cli.config.clone()).map_err(|e| e.to_string())?;
    // Everything frontdesk says from here on is in the agent's language.
    let language = crate::startup::read_config(&paths).0.language;
    let language = crate::i18n::start(language.as_deref());
    if cli.list_actions {
        for action in Action::all() {
            say::out(format!("{:<22} {}", action.name(), action.description()));
        }
        return Ok(ExitCode::SUCCESS);
    }
    if cli.paths {
        say::out(format!("config file   {}", paths.config_file.display()));
        say::out(format!("keymap        {}", paths.keymap().display()));
        say::out(format!("theme         {}", paths.theme().display()));
        say::out(format!("responses     {}", paths.responses().display()));
        say::out(format!("data          {}", paths.data_dir.display()));
        say::out(format!("language      {}", language.describe()));
        say::out(format!(
            "log           {}",
            crate::log::path(&paths.data_dir).display()
        ));
        return Ok(ExitCode::SUCCESS);
    }
    let log_warning = crate::log::init(&paths.data_dir);
    if let Some(warning) = &log_warning
        && cli.command.is_some()
    {
        say::err(format!("frontdesk: {warning}"));
    }
    let env = Env::from_process();
    let chosen = choose_profile(&cli, &paths, &env);
    match cli.command {
        Some(Command::Doctor) => return Ok(doctor::run(&paths, chosen, &env).await),
        Some(Command::Cache { action }) => {
            let config = startup::read_config(&paths).0;
            let profiles: Vec<_> = config.profiles.into_values().collect();
            return Ok(cache::run(&paths, action, config.cache_max, &profiles).await);
        }
        Some(Command::Login) => {
            return login::login(&chosen.map_err(|c| c.to_string())?, &env).await;
        }
        Some(Command::Logout) => return login::logout(&chosen.map_err(|c| c.to_string())?).await,
        Some(Command::Completions { shell }) => {
            let config = startup::read_config(&paths).0;
            let views: Vec<String> = config
                .profiles
                .values()
                .flat_map(|p| p.views.iter().map(|v| v.name.clone()))
                .collect();
            let profiles: Vec<String> = config.profiles.into_keys().collect();
            shell::completions(shell, &profiles, &views, &mut std::io::stdout().lock());
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::Open { .. }) | Some(Command::Man) | None => {}
        Some(_) => {
            let profile = chosen.map_err(|c| c.to_string());
            return Ok(scripted(cli.command, profile, &env, &paths).await);
        }
    }
    let first = match cli.command {
        Some(Command::Open { id }) => {
            Some(crate::app::Msg::OpenTicket(crate::backend::TicketId(id)))
        }
        _ => None,
    };
    let profile = match chosen {
        Ok(profile) => profile,
        Err(Choice::FirstRun) => {
            say::out(first_run(&paths));
            return Ok(ExitCode::SUCCESS);
        }
        Err(other) => return Err(other.to_string()),
    };
    // The credential first: a missing one is explained even when output is piped.
    let connected = connect::connect(&profile, &env).await?;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(crate::fl!("start-needs-terminal"));
    }
    if cli.crash_test {
        crash_on_sigusr1()?;
    }
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let mut user = startup::load(&paths, no_color, Some(&profile));
    if let Some(warning) = log_warning {
        user.diagnostics
            .push(crate::diag::Diagnostic::new("FRONTDESK_LOG", warning));
    }
    if let Some(risk) = connect::plain_http_risk(&profile) {
        // Allowed by insecure_http = true, or `connect` would have refused: still said.
        user.diagnostics.push(crate::diag::Diagnostic::new(
            "config.toml",
            crate::fl!("connect-plain-http-allowed", risk = risk),
        ));
    }
    tracing::info!(
        version = env!("CARGO_PKG_VERSION"),
        profile = %profile.name,
        backend = ?profile.backend,
        "started"
    );
    let setup = startup::setup(
        connected.desk.as_ref(),
        &profile,
        &user,
        jiff::Timestamp::now(),
        jiff::tz::TimeZone::system(),
        (80, 24),
    );
    tui::run(connected.desk, setup, user.theme, user.files, first)
        .await
        .map_err(|e| format!("{e:#}"))?;
    Ok(ExitCode::SUCCESS)
}

/// A command for scripts: the profile and the desk first, each failure with its own code.
async fn scripted(
    command: Option<Command>,
    profile: Result<Profile, String>,
    env: &Env,
    paths: &Paths,
) -> ExitCode {
    let profile = match profile {
        Ok(profile) => profile,
        Err(why) => {
            say::err(format!("frontdesk: {why}"));
            return script::exit::code(script::exit::CONFIG);
        }
    };
    let desk = match connect::connect(&profile, env).await {
        Ok(connected) => connected.desk,
        Err(why) => {
            say::err(format!("frontdesk: {why}"));
            return script::exit::code(script::exit::CONFIG);
        }
    };
    match command {
        Some(Command::Ls {
            view,
            limit,
            output,
        }) => script::ls(desk, &profile, view.as_deref(), limit, output).await,
        Some(Command::Show { id, output }) => script::show(desk, id, output).await,
        Some(Command::Search {
            query,
            limit,
            output,
        }) => script::search(desk, &profile, &query.join(" "), limit, output).await,
        Some(Command::Reply {
            id,
            text,
            copies,
            wait,
        }) => {
            let asked = Asked::Message {
                ticket: id,
                public: true,
                text,
                copies,
            };
            script::write::run(desk, &profile, paths, asked, wait).await
        }
        Some(Command::Note { id, text, wait }) => {
            let asked = Asked::Message {
                ticket: id,
                public: false,
                text,
                copies: Default::default(),
            };
            script::write::run(desk, &profile, paths, asked, wait).await
        }
        Some(Command::Set { id, changes, wait }) => {
            let asked = Asked::Change {
                ticket: id,
                pairs: changes,
            };
            script::write::run(desk, &profile, paths, asked, wait).await
        }
        Some(Command::New {
            to,
            subject,
            priority,
            note,
            text,
            wait,
        }) => {
            let opened = script::write::Opened {
                to,
                subject,
                priority,
                note,
            };
            let asked = Asked::Open { opened, text };
            script::write::run(desk, &profile, paths, asked, wait).await
        }
        Some(Command::Outbox { action, output }) => {
            script::outbox::run(desk, &profile, paths, action, output).await
        }
        _ => script::exit::code(script::exit::USAGE),
    }
}

fn choose_profile(cli: &Cli, paths: &Paths, env: &Env) -> Result<Profile, Choice> {
    if cli.demo {
        let mut demo = Profile::new("demo", BackendKind::Demo);
        demo.demo_tickets = cli.demo_tickets;
        return Ok(demo);
    }
    let (config, problems) = startup::read_config(paths);
    match profile::choose(&config, cli.profile.as_deref(), env) {
        // Nothing configured because the file is not TOML: say that, not "welcome".
        Err(Choice::FirstRun) if config.profiles.is_empty() && !problems.is_empty() => {
            let syntax = problems.iter().find_map(|d| d.syntax.clone());
            match syntax {
                Some(why) => Err(Choice::Unreadable {
                    file: paths.config_file.display().to_string(),
                    why,
                }),
                None => Err(Choice::FirstRun),
            }
        }
        chosen => chosen,
    }
}

fn crash_on_sigusr1() -> Result<(), String> {
    let mut usr1 = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::user_defined1())
        .map_err(|e| e.to_string())?;
    tokio::spawn(async move {
        usr1.recv().await;
        panic!("crash test: SIGUSR1 received");
    });
    Ok(())
}

/// What a first run with nothing configured prints: how to start, in the agent's language
/// (the commands and the config's words stay as they are typed).
pub fn first_run(paths: &Paths) -> String {
    let config = paths.config_file.display().to_string();
    format!(
        "{welcome}

{none}

    frontdesk --demo

{connect}

    default_profile = \"work\"

    [profiles.work]
    backend = \"rt\"                    # zendesk, freshdesk, zammad, redmine, helpscout, jira
    url = \"https://rt.example.com\"
    # user = \"you@example.com\"          # Zendesk: the agent e-mail the API token belongs to

{then}

    FRONTDESK_BACKEND=rt FRONTDESK_URL=https://rt.example.com FRONTDESK_TOKEN=… frontdesk

{readme}",
        welcome = crate::fl!("first-run-welcome"),
        none = crate::fl!("first-run-none"),
        connect = crate::fl!("first-run-connect", config = config),
        then = crate::fl!("first-run-then"),
        readme = crate::fl!("first-run-readme"),
    )
}
