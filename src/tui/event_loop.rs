//! The event loop: one task owns the state. It takes messages in batches, runs `update` on
//! each, starts the effects, and draws once per batch. Nothing is drawn while nothing happens.
//! Generic over the terminal backend and the host, so tests run the very same loop on
//! ratatui's TestBackend.

use std::collections::VecDeque;

use async_trait::async_trait;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use tokio::sync::mpsc::UnboundedReceiver;

use crate::app::runner::Runner;
use crate::app::{Effect, Msg, State, init, update};
use crate::theme::Theme;
use crate::ui;

/// The most messages handled before drawing, so a flood of input still shows progress.
const BATCH: usize = 256;

/// What the loop needs from the terminal it runs in, beyond drawing.
#[async_trait]
pub trait Host: Send {
    /// Hands the terminal back to the shell until the user resumes (ctrl-z, then fg).
    async fn suspend(&mut self) -> std::io::Result<()>;
    /// Lets the user edit `text` in $VISUAL / $EDITOR and returns the result.
    async fn edit(&mut self, text: String) -> Result<String, String>;
    /// Puts `text` on the clipboard.
    fn copy(&mut self, text: &str);
    /// Rings the terminal bell.
    fn bell(&mut self);
}

/// Called after every draw with the state and the screen, so tests can wait for a screen.
pub type Observer<'a> = &'a mut (dyn FnMut(&State, &Buffer) + Send);

/// Runs until the state says quit or every message source is gone; returns the final state.
pub async fn run<B, H>(
    terminal: &mut Terminal<B>,
    host: &mut H,
    theme: &Theme,
    mut state: State,
    runner: Runner,
    mut rx: UnboundedReceiver<Msg>,
    mut observer: Option<Observer<'_>>,
) -> anyhow::Result<State>
where
    B: Backend,
    B::Error: std::error::Error + Send + Sync + 'static,
    H: Host,
{
    let mut queue: VecDeque<Msg> = VecDeque::new();
    let effects = init(&mut state);
    handle(effects, &mut state, terminal, host, &runner, &mut queue).await?;
    draw(terminal, &state, theme, &mut observer)?;
    let mut drafts_revision = state.compose.revision;
    runner.remember_drafts(state.compose.records(state.session.now));
    while !state.quit {
        let Some(first) = rx.recv().await else { break };
        queue.push_back(Msg::Clock(jiff::Timestamp::now()));
        queue.push_back(first);
        let mut taken = 1;
        while taken < BATCH {
            match rx.try_recv() {
                Ok(msg) => queue.push_back(msg),
                Err(_) => break,
            }
            taken += 1;
        }
        while let Some(msg) = queue.pop_front() {
            let effects = update(&mut state, msg);
            handle(effects, &mut state, terminal, host, &runner, &mut queue).await?;
            if state.quit {
                break;
            }
        }
        if state.compose.revision != drafts_revision {
            // A panic cannot reach the state; it writes this copy instead.
            drafts_revision = state.compose.revision;
            runner.remember_drafts(state.compose.records(state.session.now));
        }
        if !state.quit {
            draw(terminal, &state, theme, &mut observer)?;
        }
    }
    // Drafts and the outbox are on disk before the process may end.
    runner.flush().await;
    Ok(state)
}

fn draw<B>(
    terminal: &mut Terminal<B>,
    state: &State,
    theme: &Theme,
    observer: &mut Option<Observer<'_>>,
) -> anyhow::Result<()>
where
    B: Backend,
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let frame = terminal.draw(|f| ui::view(f, state, theme))?;
    if let Some(observe) = observer {
        observe(state, frame.buffer);
    }
    Ok(())
}

/// Makes the next draw repaint every cell, after something else used the screen.
/// (`Terminal::clear` would do it too, but it asks the terminal for the cursor position and
/// reads the answer from stdin, racing the input reader.)
fn redraw_everything<B>(terminal: &mut Terminal<B>) -> anyhow::Result<()>
where
    B: Backend,
    B::Error: std::error::Error + Send + Sync + 'static,
{
    terminal
        .backend_mut()
        .clear_region(ratatui::backend::ClearType::All)?;
    terminal.current_buffer_mut().reset();
    terminal.swap_buffers();
    Ok(())
}

/// Starts background effects and does the terminal ones here, in order.
async fn handle<B, H>(
    effects: Vec<Effect>,
    state: &mut State,
    terminal: &mut Terminal<B>,
    host: &mut H,
    runner: &Runner,
    queue: &mut VecDeque<Msg>,
) -> anyhow::Result<()>
where
    B: Backend,
    B::Error: std::error::Error + Send + Sync + 'static,
    H: Host,
{
    for effect in effects {
        match effect {
            Effect::Quit => state.quit = true,
            Effect::Suspend => {
                host.suspend().await?;
                redraw_everything(terminal)?;
            }
            Effect::OpenEditor {
                ticket,
                text,
                field,
            } => {
                let result = host.edit(text).await;
                redraw_everything(terminal)?;
                queue.push_back(Msg::Edited {
                    ticket,
                    field,
                    result,
                });
            }
            Effect::Copy(text) => host.copy(&text),
            Effect::Bell => host.bell(),
            other => runner.spawn(other),
        }
    }
    Ok(())
}
