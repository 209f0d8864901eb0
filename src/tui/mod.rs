//! The terminal front end: sets the terminal up, wires input, signals and effects to the event
//! loop, and restores everything on the way out.

pub mod colours;
pub mod event_loop;
mod quiet;
pub mod terminal;

use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use tokio::signal::unix::{SignalKind, signal};
use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};

use crate::app::Msg;
use crate::app::runner::{Files, Runner};
use crate::app::state::{Setup, State};
use crate::backend::HelpDesk;
use crate::theme::Theme;

/// Runs the interface in this terminal until the user quits; `first` is handled as soon as
/// it starts (a ticket the command line named).
pub async fn run(
    desk: Arc<dyn HelpDesk>,
    mut setup: Setup,
    theme: Theme,
    files: Files,
    first: Option<Msg>,
) -> anyhow::Result<()> {
    let guard = terminal::Guard::enter()?;
    // One frame, one write: ratatui flushes once per draw, and the buffer holds a whole frame
    // of a large terminal, so the terminal never shows half a frame.
    let screen = std::io::BufWriter::with_capacity(256 * 1024, terminal::Screen);
    // Colour codes as the terminal can show them (crossterm writes 256-colour codes even
    // for the 16 ANSI colours).
    let colours = colours::Colours::detect(|name| std::env::var(name).ok());
    let screen = colours::Fitted::new(screen, colours);
    let mut term = Terminal::new(quiet::Quiet::new(CrosstermBackend::new(screen)))?;
    let size = term.size()?;
    setup.size = (size.width, size.height);
    let (tx, rx) = unbounded_channel();
    if let Some(msg) = first {
        let _ = tx.send(msg);
    }
    forward_signals(tx.clone())?;
    let mut host = terminal::TerminalHost {
        input: terminal::InputPump::start(tx.clone()),
    };
    let runner = Runner::new(desk, tx, files);
    let state = State::new(setup);
    let result = event_loop::run(&mut term, &mut host, &theme, state, runner, rx, None).await;
    host.input.pause().await;
    drop(guard);
    let state = result?;
    if let Some(farewell) = &state.farewell {
        // The screen is the shell's again: for unsaved replies, the agent's last copy.
        println!("{farewell}");
    }
    Ok(())
}

/// SIGTERM and SIGHUP (the SSH link dropped) end the program through the loop, so the
/// terminal is restored and nothing is left half-done.
fn forward_signals(tx: UnboundedSender<Msg>) -> std::io::Result<()> {
    for kind in [SignalKind::terminate(), SignalKind::hangup()] {
        let mut stream = signal(kind)?;
        let tx = tx.clone();
        tokio::spawn(async move {
            while stream.recv().await.is_some() {
                tracing::info!(signal = ?kind, "asked to end; saving and quitting");
                if tx.send(Msg::Terminate).is_err() {
                    break;
                }
            }
        });
    }
    Ok(())
}
