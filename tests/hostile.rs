//! Hostile ticket text through the real binary in a pseudo-terminal: a Zendesk on 127.0.0.1
//! (a mock answering in Zendesk's documented JSON) serves subjects, names, tags, comments and
//! macros made of escape sequences, controls and bidi tricks. Every byte frontdesk writes is
//! checked: none of the sequences reaches the terminal, while the readable text does.

mod mockdesk;
mod pty;

use pty::Shell;

fn corpus() -> Vec<String> {
    serde_json::from_str(include_str!("data/hostile.json")).expect("corpus")
}

/// Escape sequences frontdesk itself never writes while drawing, found in `bytes`: OSC, DCS,
/// SOS, PM, APC, charset selection and reset in 7-bit form, C1 controls as UTF-8, BEL, and
/// the CSI requests a ticket could use to make the terminal answer or leave the screen.
fn forbidden(bytes: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    for (i, w) in bytes.windows(2).enumerate() {
        if w[0] == 0x1b && matches!(w[1], b']' | b'P' | b'X' | b'^' | b'_' | b'c' | b'(' | b')') {
            found.push(format!("ESC {} at {i}", w[1] as char));
        }
        if w[0] == 0xc2 && (0x80..=0x9f).contains(&w[1]) {
            found.push(format!("C1 {:#x} at {i}", w[1]));
        }
    }
    if bytes.contains(&0x07) {
        found.push("BEL".into());
    }
    let text = String::from_utf8_lossy(bytes);
    for request in [
        "\x1b[6n",
        "\x1b[21t",
        "\x1b[2J\x1b[HCleared",
        "\u{202e}",
        "\u{2067}",
    ] {
        if text.contains(request) {
            found.push(format!("{request:?}"));
        }
    }
    found
}

#[test]
fn hostile_ticket_text_never_reaches_the_terminal() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = runtime.block_on(mockdesk::zendesk(corpus()));
    let mut shell = Shell::start(
        160,
        120,
        &[
            ("FRONTDESK_BACKEND", "zendesk"),
            ("FRONTDESK_URL", &server.uri()),
            ("FRONTDESK_USER", "sam@example.com"),
            ("FRONTDESK_TOKEN", "zd-token"),
        ],
    );
    let from = shell.raw_len();
    shell.line("frontdesk");
    shell.wait_until("the queue", |s| s.contents().contains("updated "));
    // The ticket, with every hostile comment…
    shell.type_bytes(b"\r");
    shell.wait_for("── Conversation · 26 messages");
    let screen = shell.screen();
    // …and the canned-response picker over it, listing the hostile macros.
    shell.type_bytes(b"r\x14");
    shell.wait_until("the picker", |s| {
        s.contents().contains("Canned responses") && s.contents().contains("kitty image")
    });
    let drawn = shell.raw_since(from);
    // Out again, one step at a time: picker, composer, ticket, frontdesk. Each wait ends on
    // the hint line of the next place: the bottom row is written last, so the whole frame is
    // there and the key before was read. (Waiting only for something to vanish once let
    // `qq` follow an unread ESC, which the terminal reads as alt-q.)
    let hints = |s: &vt100::Screen| s.contents().lines().last().unwrap_or_default().to_string();
    shell.type_bytes(b"\x1b");
    shell.wait_until("the composer's hints", |s| {
        !s.contents().contains("Canned responses") && hints(s).contains("send")
    });
    shell.type_bytes(b"\x1b");
    shell.wait_until("the ticket's hints", |s| {
        !s.contents().contains("the customer sees") && hints(s).contains("scroll")
    });
    shell.type_bytes(b"q");
    shell.wait_until("the queue's hints", |s| hints(s).contains("filter"));
    shell.type_bytes(b"q");
    shell.wait_until("the prompt", |s| !s.alternate_screen());

    assert_eq!(
        forbidden(&drawn),
        Vec::<String>::new(),
        "escape sequences reached the terminal"
    );
    for readable in [
        "Refund DENIED",
        "invoice⟨RLO⟩gnp.exe",
        "你好，世界",
        "click here",
    ] {
        assert!(screen.contains(readable), "{readable} is shown:\n{screen}");
    }
    assert!(!screen.contains("pwned"), "{screen}");
}

/// Whether every row of the frame is exactly as wide as the screen to a terminal that adds up
/// code points one by one, as tmux and xterm do (tmux 3.3 draws `❤️` in 1 column and `👍🏽`
/// in 4, where ratatui counts 2 for each). vt100 measures like ratatui, so the rows are
/// measured again here, cell by cell, with that terminal's rule: a row that comes out narrower
/// or wider would shift everything after the emoji on such a terminal.
fn rows_fit_a_code_point_terminal(screen: &vt100::Screen) -> Result<(), String> {
    use unicode_width::UnicodeWidthChar;
    let (rows, cols) = screen.size();
    let (rows, cols) = (rows.get(), cols.get());
    for row in 0..rows {
        let text: String = (0..cols)
            .filter_map(|col| screen.cell(row, col))
            .map(|cell| cell.contents().to_string())
            .map(|c| if c.is_empty() { String::new() } else { c })
            .collect();
        // An empty cell after a wide character is its second half; blank cells are spaces.
        let blank_cells = (0..cols)
            .filter_map(|col| screen.cell(row, col))
            .filter(|cell| cell.contents().is_empty() && !cell.is_wide_continuation())
            .count();
        let measured: usize =
            text.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>() + blank_cells;
        if measured != usize::from(cols) {
            return Err(format!(
                "row {row} is {measured} columns to such a terminal, not {cols}: {text:?}\n{}",
                screen.contents()
            ));
        }
    }
    Ok(())
}

#[test]
fn emoji_of_every_width_keep_each_row_as_wide_as_the_screen() {
    let texts: Vec<String> = [
        "I ❤️ this shop",
        "Greetings from 🇫🇮 and 🇩🇪",
        "🏳️ surrender, the invoice is wrong",
        "👍🏽 thanks a lot",
        "🏳️‍🌈 pride week order",
        "1️⃣ first, 2️⃣ second ✔️ ⚠️",
        "👩🏽‍💻 developer account",
        "🏴\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f} Welsh office",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = runtime.block_on(mockdesk::zendesk(texts));
    let mut shell = Shell::start(
        100,
        30,
        &[
            ("FRONTDESK_BACKEND", "zendesk"),
            ("FRONTDESK_URL", &server.uri()),
            ("FRONTDESK_USER", "sam@example.com"),
            ("FRONTDESK_TOKEN", "zd-token"),
        ],
    );
    shell.line("frontdesk");
    shell.wait_until("the queue", |s| s.contents().contains("updated "));
    let hints = |s: &vt100::Screen| s.contents().lines().last().unwrap_or_default().to_string();
    shell.wait_until("the whole queue frame", |s| hints(s).contains("filter"));
    shell.check(rows_fit_a_code_point_terminal);
    shell.type_bytes(b"\r");
    shell.wait_until("the ticket's hints", |s| hints(s).contains("scroll"));
    shell.wait_for("── Conversation · 8 messages");
    shell.check(rows_fit_a_code_point_terminal);
    shell.type_bytes(b"q");
    shell.wait_until("the queue's hints", |s| hints(s).contains("filter"));
    shell.type_bytes(b"q");
    shell.wait_until("the prompt", |s| !s.alternate_screen());
}

/// File names from strangers, as the Zendesk mock serves them.
fn hostile_files() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let long: &'static str = Box::leak(format!("{}.txt", "long".repeat(125)).into_boxed_str());
    vec![
        ("../../etc/passwd", "text/plain", b"root:x:0:0\n".to_vec()),
        (
            "\u{1b}]0;pwned\u{7}.png",
            "image/png",
            b"not a picture".to_vec(),
        ),
        (
            "invoice\u{202e}fdp.exe",
            "application/octet-stream",
            b"MZ".to_vec(),
        ),
        (".bashrc", "text/plain", b"alias ls=rm\n".to_vec()),
        ("--help.txt", "text/plain", b"help\n".to_vec()),
        (long, "text/plain", b"long\n".to_vec()),
        (
            "screenshot.png",
            "image/png",
            include_bytes!("../data/demo/files/checkout-error.png").to_vec(),
        ),
    ]
}

/// Whether every escape sequence in `bytes` is one a half-block picture needs: colours (SGR)
/// and moving or hiding the cursor. Anything else (a graphics protocol, a title, a query) is
/// listed.
fn beyond_colour_and_movement(bytes: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != 0x1b {
            i += 1;
            continue;
        }
        if bytes.get(i + 1) != Some(&b'[') {
            found.push(format!(
                "ESC {:?} at {i}",
                bytes.get(i + 1).map(|b| *b as char)
            ));
            i += 1;
            continue;
        }
        let mut j = i + 2;
        while j < bytes.len() && matches!(bytes[j], b'0'..=b'9' | b';' | b'?' | b':') {
            j += 1;
        }
        if j >= bytes.len() {
            // Still arriving: the rest of the frame is on its way, not a sequence of its own.
            break;
        }
        match bytes.get(j) {
            Some(b'm' | b'H' | b'J' | b'K' | b'l' | b'h' | b'A' | b'B' | b'C' | b'D' | b'G') => {}
            other => found.push(
                format!(
                    "CSI {:?} at {i}",
                    String::from_utf8_lossy(&bytes[i..(j + 1).min(bytes.len())])
                ) + &format!(" ({other:?})"),
            ),
        }
        i = j + 1;
    }
    found
}

#[test]
fn hostile_file_names_are_cleaned_on_screen_and_on_disk_and_pictures_are_plain_blocks() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let texts = vec!["Files from a stranger".to_string()];
    let files = hostile_files();
    let server = runtime.block_on(async {
        let server = mockdesk::zendesk(texts.clone()).await;
        mockdesk::attach(&server, &texts, &files).await;
        server
    });
    let mut shell = Shell::start(
        120,
        40,
        &[
            ("FRONTDESK_BACKEND", "zendesk"),
            ("FRONTDESK_URL", &server.uri()),
            ("FRONTDESK_USER", "sam@example.com"),
            ("FRONTDESK_TOKEN", "zd-token"),
            ("TERM_PROGRAM", ""),
            ("KITTY_WINDOW_ID", ""),
            ("TMUX", ""),
        ],
    );
    std::fs::create_dir_all(shell.path("config/frontdesk")).expect("config dir");
    std::fs::write(
        shell.path("config/frontdesk/config.toml"),
        "download_dir = \"~/dl\"\n",
    )
    .expect("config");
    let from = shell.raw_len();
    shell.line("frontdesk");
    shell.wait_until("the queue", |s| s.contents().contains("updated "));
    shell.type_bytes(b"\r");
    shell.wait_for("📎 screenshot.png");
    shell.type_bytes(b"o");
    shell.wait_for("Attachments of #1 (7)");
    let listed = shell.screen();
    let dl = shell.path("dl");
    // A download is written under a temporary name first; those are not saved files yet.
    let names = || -> Vec<String> {
        std::fs::read_dir(&dl)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    let saved_count = || {
        names()
            .iter()
            .filter(|n| !n.starts_with(".frontdesk-"))
            .count()
    };
    for n in 0..files.len() {
        let keys = if n == 0 { "s" } else { "js" };
        shell.type_bytes(keys.as_bytes());
        shell.wait_until("the save", |s| {
            saved_count() == n + 1
                && s.contents()
                    .lines()
                    .last()
                    .unwrap_or_default()
                    .contains("Saved")
        });
    }
    shell.wait_until("no temporary file left", |_| {
        names().iter().all(|n| !n.starts_with(".frontdesk-"))
    });
    let drawn = shell.raw_since(from);
    assert_eq!(forbidden(&drawn), Vec::<String>::new(), "on screen");
    assert!(listed.contains("invoice⟨RLO⟩fdp.exe"), "{listed}");
    assert!(
        listed.contains("../../etc/passwd"),
        "shown as sent, harmless on screen: {listed}"
    );

    let mut saved: Vec<String> = std::fs::read_dir(shell.path("dl"))
        .expect("the download folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    saved.sort();
    for name in &saved {
        assert!(
            !name.starts_with('.') && !name.starts_with('-'),
            "{name} is neither hidden nor an option"
        );
        assert!(
            name.chars().all(|c| !c.is_control()
                && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
            "{name:?}"
        );
        assert!(name.chars().count() <= 120, "{name}");
    }
    let long = saved
        .iter()
        .find(|n| n.starts_with("longlong"))
        .expect("the long one");
    assert!(
        long.ends_with("….txt"),
        "the extension stays visible: {long}"
    );
    for expected in [
        "passwd",
        "attachment.png",
        "invoicefdp.exe",
        "bashrc",
        "help.txt",
        "screenshot.png",
    ] {
        assert!(
            saved.iter().any(|n| n == expected),
            "{expected} in {saved:?}"
        );
    }
    assert_eq!(
        std::fs::read(shell.path("dl/passwd")).expect("passwd"),
        b"root:x:0:0\n",
        "inside the download folder, never at the path it named"
    );

    // The picture, in half blocks: colours and cursor movement only.
    let before = shell.raw_len();
    shell.type_bytes(b"\r");
    shell.wait_until("the picture", |s| {
        let text = s.contents();
        text.contains("screenshot.png · image/png") && (text.contains('▀') || text.contains('▄'))
    });
    let picture = shell.raw_since(before);
    assert_eq!(
        beyond_colour_and_movement(&picture),
        Vec::<String>::new(),
        "a half-block picture writes only colours and cursor moves"
    );
    // A file that claims to be a picture and is not says so; frontdesk goes on.
    shell.type_bytes(b"q");
    shell.wait_for("Attachments of #1");
    shell.type_bytes(b"k");
    for _ in 0..4 {
        shell.type_bytes(b"k");
    }
    shell.type_bytes(b"\r");
    shell.wait_for("cannot be shown as a picture");
    shell.type_bytes(b"q");
    shell.wait_until("the ticket", |s| !s.contents().contains("Attachments of"));
    shell.type_bytes(b"q");
    shell.wait_until("the queue's hints", |s| {
        s.contents()
            .lines()
            .last()
            .unwrap_or_default()
            .contains("filter")
    });
    shell.type_bytes(b"q");
    shell.wait_until("the prompt", |s| !s.alternate_screen());
}
