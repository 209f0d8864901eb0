//! What the agent's machine offers for attachments, found once at start: the download folder,
//! a desktop opener, how the terminal can show pictures, and where typed paths start.

use std::path::{Path, PathBuf};

use crate::app::state::files::{FilesState, Graphics};
use crate::config::Config;

/// The attachment settings for this run, from the configuration and the environment.
pub fn files(config: &Config, places: Option<&crate::store::writer::Places>) -> FilesState {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let download_dir = match &config.download_dir {
        Some(dir) => expand(dir, home.as_deref()),
        None => directories::UserDirs::new()
            .and_then(|dirs| dirs.download_dir().map(Path::to_path_buf))
            .or_else(|| home.as_ref().map(|h| h.join("Downloads")))
            .unwrap_or_else(std::env::temp_dir),
    };
    let (cell_pixels, graphics) = pictures(config.images);
    let mut files = FilesState {
        max_download: config.max_download,
        opener: has_opener(),
        graphics,
        cell_pixels,
        cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
        home,
        ..FilesState::new(download_dir)
    };
    // Beside the drafts that name them: private, and kept until the reply is sent.
    if let Some(places) = places {
        files.attach_dir = crate::store::draft_files::dir(&places.drafts);
    }
    files
}

/// `~/x` as a path under `home`.
fn expand(dir: &Path, home: Option<&Path>) -> PathBuf {
    match (dir.strip_prefix("~"), home) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => dir.to_path_buf(),
    }
}

/// Whether a desktop is there to open files: `open` on macOS; elsewhere `xdg-open` on the
/// path and a display to show on (over SSH there is none).
fn has_opener() -> bool {
    if cfg!(target_os = "macos") {
        return std::env::var_os("SSH_CONNECTION").is_none();
    }
    let display = ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()));
    display && on_path("xdg-open")
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// The terminal's cell size in pixels (where it says) and the way to draw pictures: what the
/// configuration asks for, else what the terminal is known to take. Inside tmux, and wherever
/// nothing is known, half blocks: they work everywhere.
fn pictures(configured: Option<Graphics>) -> ((u16, u16), Graphics) {
    let cell = crossterm::terminal::window_size()
        .ok()
        .filter(|s| s.width > 0 && s.height > 0 && s.columns > 0 && s.rows > 0)
        .map_or((10, 20), |s| (s.width / s.columns, s.height / s.rows));
    let var = |name: &str| std::env::var(name).unwrap_or_default().to_ascii_lowercase();
    let graphics = configured.unwrap_or_else(|| {
        let (term, program) = (var("TERM"), var("TERM_PROGRAM"));
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        if set("TMUX") || term.starts_with("screen") || term.starts_with("tmux") {
            Graphics::Halfblocks
        } else if term.contains("kitty")
            || set("KITTY_WINDOW_ID")
            || program == "wezterm"
            || program == "ghostty"
        {
            Graphics::Kitty
        } else if program == "iterm.app" {
            Graphics::Iterm2
        } else if term.starts_with("foot") || term.contains("mlterm") {
            Graphics::Sixel
        } else {
            Graphics::Halfblocks
        }
    });
    (cell, graphics)
}
