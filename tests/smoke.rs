//! The real binary in a real pseudo-terminal, started from an interactive shell the way a
//! person starts it. Each test checks what the person would see, and that the terminal is
//! handed back exactly as it was (`stty -a` before and after, alternate screen left, cursor
//! shown, bracketed paste off).

mod pty;

use pty::Shell;

/// frontdesk is on screen with its views loaded.
fn in_frontdesk(s: &vt100::Screen) -> bool {
    s.alternate_screen() && s.contents().contains(" 1 Mine ") && s.contents().contains("updated ")
}

fn back_at_the_prompt(s: &vt100::Screen) -> bool {
    !s.alternate_screen() && s.contents().trim_end().ends_with("fd$")
}

/// Checks the terminal is as it was before frontdesk started: main screen, cursor shown, and
/// `stty -a` unchanged. (Bracketed paste is not compared: bash's readline switches it on and
/// off around every prompt itself.)
fn assert_restored(shell: &mut Shell) {
    {
        let parser = shell.parser.lock().expect("parser");
        assert!(
            !parser.screen().alternate_screen(),
            "left the alternate screen"
        );
        assert!(!parser.screen().hide_cursor(), "the cursor is shown again");
    }
    shell.run("stty -a > after.txt");
    let before = std::fs::read_to_string(shell.path("before.txt")).expect("before");
    let after = std::fs::read_to_string(shell.path("after.txt")).expect("after");
    assert_eq!(
        before, after,
        "the terminal modes (stty -a) came back as they were"
    );
}

#[test]
fn starts_on_the_demo_shows_help_quits_and_restores_the_terminal() {
    let mut shell = Shell::start(80, 24, &[]);
    shell.run("stty -a > before.txt");
    shell.line("frontdesk --demo");
    shell.wait_until("the queue", in_frontdesk);
    assert!(
        shell.screen().contains("j/k move"),
        "the hint line:\n{}",
        shell.screen()
    );
    // Help opens at the keys of where you are: the queue's.
    shell.type_bytes(b"?");
    shell.wait_for("queue — the ticket list");
    shell.type_bytes(b"q");
    shell.wait_until("help to close", |s| {
        !s.contents().contains("queue — the ticket list")
    });
    shell.type_bytes(b"q");
    shell.wait_until("the shell prompt", back_at_the_prompt);
    assert_restored(&mut shell);
}

/// `frontdesk open N` starts on ticket N, its conversation on screen; `q` goes back to the
/// queue it would have started on.
#[test]
fn open_starts_on_the_ticket_asked_for() {
    let mut shell = Shell::start(100, 30, &[]);
    shell.line("frontdesk --demo open 4208");
    shell.wait_until("the conversation", |s| {
        let screen = s.contents();
        screen.contains("#4208 Refund for duplicate charge")
            && screen.contains("The invoice is attached.")
            && screen
                .lines()
                .last()
                .is_some_and(|l| l.contains("j/k scroll"))
    });
    shell.type_bytes(b"q");
    shell.wait_until("the queue", in_frontdesk);
    shell.type_bytes(b"q");
    shell.wait_until("the shell prompt", back_at_the_prompt);
}

#[test]
fn a_crash_in_a_background_task_restores_the_terminal_and_says_why() {
    let mut shell = Shell::start(80, 24, &[]);
    shell.run("stty -a > before.txt");
    let marker = shell.path("crash.toml");
    shell.line(&format!(
        "frontdesk --demo --crash-test --config {}",
        marker.display()
    ));
    shell.wait_until("the queue", in_frontdesk);
    write_a_draft(&mut shell, "Crash-proof words");
    pty::signal_process(&marker.display().to_string(), "USR1");
    shell.wait_until("the shell prompt", back_at_the_prompt);
    assert!(
        shell.screen().contains("crash test: SIGUSR1 received"),
        "the panic message is readable:\n{}",
        shell.screen()
    );
    assert_restored(&mut shell);
    assert_draft_on_disk(&shell, "Crash-proof words");
}

/// Opens the first ticket of the queue, starts a reply and types `text` into it.
fn write_a_draft(shell: &mut Shell, text: &str) {
    shell.type_bytes(b"\rr");
    shell.wait_for("the customer sees this");
    shell.type_bytes(text.as_bytes());
    shell.wait_for(text);
}

/// The draft file of the first ticket holds `text`.
fn assert_draft_on_disk(shell: &Shell, text: &str) {
    let drafts = shell.path("data/frontdesk/drafts/demo");
    let found = std::fs::read_dir(&drafts)
        .expect("the drafts folder")
        .filter_map(Result::ok)
        .any(|f| std::fs::read_to_string(f.path()).is_ok_and(|t| t.contains(text)));
    assert!(found, "a draft in {} holds {text}", drafts.display());
}

#[test]
fn sigterm_ends_it_cleanly() {
    let mut shell = Shell::start(80, 24, &[]);
    shell.run("stty -a > before.txt");
    let marker = shell.path("term.toml");
    shell.line(&format!("frontdesk --demo --config {}", marker.display()));
    shell.wait_until("the queue", in_frontdesk);
    write_a_draft(&mut shell, "Words before SIGTERM");
    pty::signal_process(&marker.display().to_string(), "TERM");
    shell.wait_until("the shell prompt", back_at_the_prompt);
    assert_restored(&mut shell);
    assert_draft_on_disk(&shell, "Words before SIGTERM");
}

#[test]
fn kill_9_while_writing_then_a_restart_brings_the_draft_back() {
    let mut shell = Shell::start(80, 24, &[]);
    let marker = shell.path("kill.toml");
    shell.line(&format!("frontdesk --demo --config {}", marker.display()));
    shell.wait_until("the queue", in_frontdesk);
    write_a_draft(&mut shell, "Nearly finished answer");
    // The save while typing is what survives a kill -9: wait for it to land.
    let file = shell.path("data/frontdesk/drafts/demo/4076.json");
    shell.wait_for_file(&file, |t| t.contains("Nearly finished answer"));
    pty::signal_process(&marker.display().to_string(), "KILL");
    // Nothing restored the terminal; the person types blind, as they would.
    shell.line("stty sane; tput rmcup; clear");
    shell.wait_until("the shell prompt", back_at_the_prompt);
    shell.line(&format!("frontdesk --demo --config {}", marker.display()));
    shell.wait_until("the queue", in_frontdesk);
    assert!(
        shell.screen().contains('✎'),
        "marked in the queue:\n{}",
        shell.screen()
    );
    shell.type_bytes(b"\r");
    shell.wait_for("is back");
    shell.type_bytes(b"r");
    shell.wait_for("Nearly finished answer");
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_redraws_everything() {
    let mut shell = Shell::start(80, 24, &[]);
    shell.run("stty -a > before.txt");
    shell.line("frontdesk --demo");
    shell.wait_until("the queue", in_frontdesk);
    shell.type_bytes(b"\x1a");
    shell.wait_until("the job to stop", |s| {
        !s.alternate_screen() && s.contents().contains("Stopped")
    });
    shell.run("stty -a > after.txt");
    let stty_before = std::fs::read_to_string(shell.path("before.txt")).expect("before");
    let stty_after = std::fs::read_to_string(shell.path("after.txt")).expect("after");
    assert_eq!(
        stty_before, stty_after,
        "while suspended the shell has its terminal back"
    );
    shell.line("fg");
    shell.wait_until("the queue again", |s| {
        in_frontdesk(s) && s.contents().contains("j/k move")
    });
    shell.type_bytes(b"q");
    shell.wait_until("the shell prompt", back_at_the_prompt);
    assert_restored(&mut shell);
}

#[test]
fn resizing_redraws_for_the_new_size() {
    let mut shell = Shell::start(80, 24, &[]);
    shell.line("frontdesk --demo");
    shell.wait_until("the queue", in_frontdesk);
    shell.resize(160, 48);
    shell.wait_until("queue and detail side by side", |s| {
        let text = s.contents();
        text.contains("Northwind Support (demo)") && text.contains("── Conversation")
    });
    shell.resize(80, 24);
    shell.wait_until("one pane again", |s| {
        in_frontdesk(s) && !s.contents().contains("── Conversation")
    });
    shell.type_bytes(b"q");
    shell.wait_until("the shell prompt", back_at_the_prompt);
}

#[test]
fn ctrl_e_hands_the_draft_to_the_editor_and_takes_it_back() {
    // Closed before use: a script still open for writing cannot be executed.
    let editor = tempfile::Builder::new()
        .suffix(".sh")
        .tempfile()
        .expect("script")
        .into_temp_path();
    std::fs::write(
        &editor,
        "#!/bin/sh\nprintf 'Written in the editor. Token variables: %s.\\n' \"$(env | grep -c FRONTDESK_TOKEN)\" >> \"$1\"\n",
    )
    .expect("write");
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&editor)
        .status()
        .expect("chmod");
    let path = editor.display().to_string();
    let mut shell = Shell::start(
        80,
        24,
        &[
            ("EDITOR", &path),
            ("VISUAL", ""),
            ("FRONTDESK_TOKEN", "never-for-the-editor"),
        ],
    );
    shell.line("frontdesk --demo");
    shell.wait_until("the queue", in_frontdesk);
    shell.type_bytes(b"\rr");
    shell.wait_for("the customer sees this");
    shell.type_bytes(b"Typed here. \x05");
    // The file the editor gets ends with a newline, so what it appends is a line of its own.
    shell.wait_until("the edited draft", |s| {
        let text = s.contents();
        s.alternate_screen()
            && text.contains("│Typed here.")
            && text.contains("│Written in the editor. Token variables: 0.")
    });
    shell.type_bytes(b"\x1b");
    shell.wait_for("Draft reply saved");
}

#[test]
fn no_color_draws_without_colour() {
    let mut shell = Shell::start(80, 24, &[("NO_COLOR", "1")]);
    shell.line("frontdesk --demo");
    shell.wait_until("the queue", in_frontdesk);
    let parser = shell.parser.lock().expect("parser");
    let screen = parser.screen();
    let mut reversed = false;
    for row in 0..24 {
        for col in 0..80 {
            let cell = screen.cell(row, col).expect("cell");
            assert_eq!(
                cell.fgcolor(),
                vt100::Color::Default,
                "({row},{col}) {:?}",
                cell.contents()
            );
            assert_eq!(cell.bgcolor(), vt100::Color::Default, "({row},{col})");
            reversed |= cell.inverse();
        }
    }
    assert!(reversed, "the selected row is shown reversed instead");
}

/// A Russian-speaking system gets frontdesk in Russian from the first start: no English word
/// of the hint line is left on screen, in the queue or in a ticket.
#[test]
fn a_russian_locale_speaks_russian_from_the_first_start() {
    let mut shell = Shell::start(80, 24, &[("LANG", "ru_RU.UTF-8")]);
    shell.line("frontdesk --demo");
    shell.wait_until("the queue in Russian, with its hint line", |s| {
        let screen = s.contents();
        s.alternate_screen()
            && screen.contains("Клиент")
            && screen.contains("4076")
            && screen
                .lines()
                .last()
                .is_some_and(|hints| hints.contains("справка"))
    });
    let english = [
        "move",
        "open",
        "reply",
        "note",
        "status",
        "filter",
        "view",
        "commands",
        "help",
        "back",
        "scroll",
        "canned",
        "take",
        "files",
        "other tickets",
    ];
    let hint_line = |screen: &str| screen.lines().last().unwrap_or_default().to_string();
    let queue = shell.screen();
    let hints = hint_line(&queue);
    assert!(hints.contains("справка"), "{queue}");
    for word in english {
        assert!(
            !hints.contains(&format!(" {word}")),
            "\"{word}\" in {hints}"
        );
    }
    assert!(
        queue.contains("Тема") && queue.contains("Клиент"),
        "{queue}"
    );
    shell.type_bytes(b"\r");
    // The whole frame: the ticket above, its hint line below (a frame may arrive in parts).
    shell.wait_until("the ticket's hint line", |s| {
        let screen = s.contents();
        screen.contains("Переписка")
            && screen
                .lines()
                .last()
                .is_some_and(|hints| hints.contains("шаблон"))
    });
    let ticket = shell.screen();
    let hints = hint_line(&ticket);
    for word in english {
        assert!(
            !hints.contains(&format!(" {word}")),
            "\"{word}\" in {hints}"
        );
    }
    assert!(hints.contains("шаблон"), "{ticket}");
}

/// On a 16-colour terminal (`TERM=xterm`) every colour goes out as an ANSI code (`3x`, `9x`,
/// `4x`, `10x`), never as a 256-colour or 24-bit one, in the default theme and the light one.
#[test]
fn a_16_colour_terminal_gets_only_ansi_colour_codes() {
    for theme in ["default", "light"] {
        let mut shell = Shell::start(100, 30, &[("TERM", "xterm"), ("COLORTERM", "")]);
        let config = shell.path("config/frontdesk");
        std::fs::create_dir_all(&config).expect("config dir");
        std::fs::write(config.join("config.toml"), format!("theme = \"{theme}\"\n"))
            .expect("config");
        let from = shell.raw_len();
        shell.line("frontdesk --demo");
        shell.wait_until("the queue", |s| s.contents().contains("4076"));
        // A ticket and a reply: the audience line is coloured too.
        shell.type_bytes(b"\r");
        shell.wait_until("the ticket", |s| s.contents().contains("Conversation"));
        shell.type_bytes(b"r");
        shell.wait_until("the composer", |s| {
            s.contents().contains("the customer sees")
        });
        let written = String::from_utf8_lossy(&shell.raw_since(from)).into_owned();
        assert!(
            written.contains("\x1b[3") || written.contains("\x1b[9"),
            "{theme}: colours at all"
        );
        for code in ["38;5;", "48;5;", "38;2;", "48;2;"] {
            assert!(
                !written.contains(code),
                "{theme}: {code} written to a 16-colour terminal"
            );
        }
        shell.type_bytes(b"\x03");
        shell.wait_until("the shell again", |s| !s.alternate_screen());
    }
}
