//! The `frontdesk` command.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use frontdesk::action::Action;
use frontdesk::backend::HelpDesk;
use frontdesk::backend::demo::DemoDesk;
use frontdesk::paths::Paths;
use frontdesk::{startup, tui};

/// A fast, keyboard-driven terminal client for the help desk your team already runs.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Cli {
    /// Use the built-in demo desk (no account needed).
    #[arg(long)]
    demo: bool,
    /// The config file (default: ~/.config/frontdesk/config.toml). Its folder also holds
    /// keymap.toml, theme.toml and responses/.
    #[arg(long, value_name = "PATH")]
    config: Option<PathBuf>,
    /// Print every action name a keymap can use, and exit.
    #[arg(long)]
    list_actions: bool,
    /// Print where frontdesk reads and writes its files, and exit.
    #[arg(long)]
    paths: bool,
    /// Panic in a background task on SIGUSR1: lets tests check that a crash restores the
    /// terminal.
    #[arg(long, hide = true)]
    crash_test: bool,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli).await {
        Ok(code) => code,
        Err(err) => {
            eprintln!("frontdesk: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if cli.list_actions {
        for action in Action::all() {
            println!("{:<22} {}", action.name(), action.description());
        }
        return Ok(ExitCode::SUCCESS);
    }
    let paths = Paths::resolve(cli.config)?;
    if cli.paths {
        println!("config file   {}", paths.config_file.display());
        println!("keymap        {}", paths.keymap().display());
        println!("theme         {}", paths.theme().display());
        println!("responses     {}", paths.responses().display());
        println!("data          {}", paths.data_dir.display());
        return Ok(ExitCode::SUCCESS);
    }
    if !cli.demo {
        eprintln!(
            "frontdesk has no help desk to connect to yet.\n\n  Try it on the built-in demo desk:  frontdesk --demo\n\nSee the README for connecting to your own help desk."
        );
        return Ok(ExitCode::from(2));
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        anyhow::bail!(
            "frontdesk is a full-screen program and needs a terminal on stdin and stdout"
        );
    }
    if cli.crash_test {
        let mut usr1 =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::user_defined1())?;
        tokio::spawn(async move {
            usr1.recv().await;
            panic!("crash test: SIGUSR1 received");
        });
    }
    let desk: Arc<dyn HelpDesk> = Arc::new(DemoDesk::now().map_err(anyhow::Error::msg)?);
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let user = startup::load(&paths, no_color);
    let tz = jiff::tz::TimeZone::system();
    let setup = startup::setup(desk.as_ref(), &user, jiff::Timestamp::now(), tz, (80, 24));
    tui::run(desk, setup, user.theme, user.files).await?;
    Ok(ExitCode::SUCCESS)
}
