//! Whole-screen snapshots on ratatui's TestBackend, at the smallest supported size (80x24)
//! and a large one (160x48, queue and detail side by side). The demo desk, the clock and the
//! time zone are fixed, so a snapshot changes only when the screen does.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

use crate::testkit::Harness;
use crate::theme::Theme;

fn draw(h: &Harness, theme: &Theme) -> Buffer {
    let (w, ht) = h.state.session.size;
    let mut terminal = Terminal::new(TestBackend::new(w, ht)).expect("test terminal");
    terminal
        .draw(|f| super::view(f, &h.state, theme))
        .expect("draw");
    terminal.backend().buffer().clone()
}

fn text(buffer: &Buffer) -> String {
    super::screen_text(buffer)
}

fn screen(h: &Harness) -> String {
    let (theme, _) = Theme::shipped("default").expect("theme");
    text(&draw(h, &theme))
}

async fn at(width: u16, height: u16, keys: &str, typed: &str) -> Harness {
    let mut h = Harness::sized(width, height).await;
    h.keys(keys).await;
    h.type_text(typed).await;
    h
}

macro_rules! screens {
    ($($name:ident: $keys:expr, $typed:expr;)*) => {$(
        #[tokio::test]
        async fn $name() {
            for (w, h) in [(80, 24), (160, 48)] {
                let harness = at(w, h, $keys, $typed).await;
                insta::assert_snapshot!(format!("{}_{w}x{h}", stringify!($name)), screen(&harness));
            }
        }
    )*};
}

screens! {
    queue: "", "";
    queue_filtered: "3 /", "billing";
    detail: "j enter", "";
    detail_other_tickets: "enter tab j", "";
    composer_reply: "enter r", "Thanks for the details, ";
    composer_note: "enter n", "Checked the gateway logs: nothing unusual.";
    picker: "enter r ctrl-t", "refnd";
    help: "?", "";
    palette: ":", "assign";
    status_menu: "s", "";
    fields_form: "enter f", "";
    detail_changes: "enter H", "";
    fields_form_dropdown: "enter f down", "gro";
    tags_prompt: "t", "re";
    stats: "S", "";
}

#[tokio::test]
async fn composer_with_a_canned_response_and_an_unresolved_placeholder() {
    let h = at(80, 24, "enter r ctrl-t", "order status").await;
    let mut h = h;
    h.keys("enter").await;
    insta::assert_snapshot!(screen(&h));
}

#[tokio::test]
async fn refused_send_explains_itself_on_screen() {
    let mut h = at(100, 30, "enter r ctrl-t", "order status").await;
    h.keys("enter ctrl-s").await;
    let s = screen(&h);
    assert!(
        s.contains("Not sent: {{order.number}} has no value for this ticket"),
        "{s}"
    );
}

#[tokio::test]
async fn reply_and_note_titles_differ_in_words_and_style() {
    let (theme, _) = Theme::shipped("default").expect("theme");
    let reply = at(80, 24, "enter r", "").await;
    let note = at(80, 24, "enter n", "").await;
    let (rb, nb) = (draw(&reply, &theme), draw(&note, &theme));
    let (rs, ns) = (text(&rb), text(&nb));
    let title = |s: &str| {
        s.lines()
            .position(|l| l.contains(" — "))
            .expect("a composer title")
    };
    let (rt, nt) = (title(&rs), title(&ns));
    let reply_title = rs.lines().nth(rt).unwrap_or_default();
    let note_title = ns.lines().nth(nt).unwrap_or_default();
    assert!(
        reply_title.contains("Reply to Grace Williams on #4076 — the customer sees this"),
        "{reply_title}"
    );
    assert!(
        note_title.contains("Internal note on #4076 — agents only"),
        "{note_title}"
    );
    assert_ne!(
        rb[(2, rt as u16)].style(),
        nb[(2, nt as u16)].style(),
        "styled apart too"
    );
}

#[tokio::test]
async fn no_color_screens_carry_no_colour_but_still_mark_selection_and_notes() {
    let (mono, _) = Theme::load("default", None, true);
    let h = at(80, 24, "enter", "").await;
    let buffer = draw(&h, &mono);
    for cell in buffer.content() {
        let style = cell.style();
        assert!(
            style.fg.is_none_or(|c| c == ratatui::style::Color::Reset),
            "{cell:?}"
        );
        assert!(
            style.bg.is_none_or(|c| c == ratatui::style::Color::Reset),
            "{cell:?}"
        );
    }
    let q = at(80, 24, "", "").await;
    let buffer = draw(&q, &mono);
    assert!(
        buffer[(3, 2)]
            .style()
            .add_modifier
            .contains(Modifier::REVERSED),
        "the selected row is reversed"
    );
}

/// Every row of the queue on screen is exactly the screen's width and has its status in the
/// header's status column.
fn assert_aligned(s: &str) {
    let header = s.lines().nth(1).expect("header");
    let status_col = crate::text::width(&header[..header.find("Status").expect("status column")]);
    for row in s.lines().skip(2).take_while(|l| !l.starts_with('└')) {
        if !row.contains(" open ")
            && !row.contains(" new ")
            && !row.contains(" pending ")
            && !row.contains(" hold ")
        {
            continue;
        }
        let status = ["open", "new", "pending", "hold"]
            .iter()
            .filter_map(|st| row.find(&format!(" {st} ")))
            .min();
        let col = status
            .map(|i| crate::text::width(&row[..i]) + 1)
            .expect("status shown");
        assert_eq!(col, status_col, "{row}");
        assert_eq!(crate::text::width(row), 80, "{row}");
    }
}

#[tokio::test]
async fn cjk_rows_keep_the_columns_aligned() {
    let h = at(80, 24, "3", "").await;
    let s = screen(&h);
    let wide = s
        .lines()
        .skip(2)
        .filter(|l| l.chars().any(|c| crate::text::width(&c.to_string()) == 2));
    assert!(wide.count() > 0, "the first page shows some CJK text:\n{s}");
    assert_aligned(&s);
}

#[tokio::test]
async fn emoji_rows_keep_the_columns_aligned() {
    let h = at(80, 24, "3 G G G /", "gift cards").await;
    let s = screen(&h);
    assert!(s.contains("Gift cards 🎁"), "{s}");
    assert_aligned(&s);
}

/// The cells showing `needle` on screen, found in the text of `buffer`.
fn cells_of(buffer: &Buffer, needle: &str) -> Vec<ratatui::style::Style> {
    let s = text(buffer);
    let (y, line) = s
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle} on screen:\n{s}"));
    let x = crate::text::width(&line[..line.find(needle).unwrap_or_default()]);
    (0..crate::text::width(needle))
        .map(|i| buffer[((x + i) as u16, y as u16)].style())
        .collect()
}

#[tokio::test]
async fn the_picker_highlights_the_matched_characters() {
    let (theme, _) = Theme::shipped("default").expect("theme");
    let h = at(80, 24, "enter r ctrl-t", "refnd").await;
    let buffer = draw(&h, &theme);
    let title = " Refund approved";
    let styles = cells_of(&buffer, title);
    let hit = theme.get("picker.match");
    let marked: String = title
        .chars()
        .zip(&styles)
        .filter(|(_, s)| s.add_modifier.contains(hit.add_modifier))
        .map(|(c, _)| c)
        .collect();
    assert_eq!(marked, "Refnd", "exactly the typed letters stand out");
}

#[tokio::test]
async fn an_unresolved_placeholder_is_highlighted_in_the_draft() {
    let (theme, _) = Theme::shipped("default").expect("theme");
    let mut h = at(100, 30, "enter r ctrl-t", "order status").await;
    h.keys("enter").await;
    let buffer = draw(&h, &theme);
    let styles = cells_of(&buffer, "{{order.number}}");
    let unresolved = theme.get("compose.unresolved");
    assert!(styles.iter().all(|s| s.bg == unresolved.bg), "{styles:?}");
    let plain = cells_of(&buffer, "left our warehouse");
    assert!(
        plain.iter().all(|s| s.bg != unresolved.bg),
        "only the placeholder stands out"
    );
}

/// The character at display column `col` of `line`, if one starts there.
fn char_at(line: &str, col: usize) -> Option<char> {
    let mut at = 0;
    for c in line.chars() {
        if at == col {
            return Some(c);
        }
        at += crate::text::width(&c.to_string());
    }
    None
}

#[tokio::test]
async fn a_window_over_cjk_text_keeps_its_border_in_place() {
    // At 160x48 the picker's left edge falls inside the queue's subjects, some of them CJK.
    let h = at(160, 48, "enter c", "pass").await;
    let s = screen(&h);
    let lines: Vec<&str> = s.lines().collect();
    let top = lines
        .iter()
        .position(|l| l.contains("┌ Canned responses"))
        .expect("picker");
    let col = crate::text::width(&lines[top][..lines[top].find("┌ Canned").unwrap_or_default()]);
    let covers_cjk = lines[top..]
        .iter()
        .take_while(|l| char_at(l, col) != Some('└'))
        .any(|l| {
            l.chars()
                .take(col)
                .any(|c| crate::text::width(&c.to_string()) == 2)
        });
    assert!(covers_cjk, "the picker sits over CJK text:\n{s}");
    for line in lines[top + 1..]
        .iter()
        .take_while(|l| char_at(l, col) != Some('└'))
    {
        assert_eq!(
            char_at(line, col),
            Some('│'),
            "the picker's left border is in place:\n{s}"
        );
        assert_eq!(crate::text::width(line), 160, "{line}");
    }
}

#[tokio::test]
async fn stats_leave_out_what_the_desk_does_not_report() {
    // As on Request Tracker: no tags, no reply counts.
    let mut h = Harness::sized(80, 24).await;
    h.state.session.capabilities.tags = false;
    let triage = h.state.session.triage.clone();
    let order = triage.order(h.state.session.now);
    for view in &mut h.state.queue.views {
        let tickets = view
            .tickets
            .iter()
            .cloned()
            .map(|mut t| {
                t.replies = None;
                t
            })
            .collect();
        let _ = view.receive(tickets, true, "", &order, &[]);
    }
    drop(order);
    h.keys("S").await;
    let s = screen(&h);
    assert!(s.contains("Open: 115"), "{s}");
    assert!(!s.contains("Quick wins:"), "{s}");
    assert!(!s.contains("Long conversations"), "{s}");
}

#[tokio::test]
async fn targets_stay_in_view_side_by_side_at_120_columns() {
    let h = at(120, 40, "", "").await;
    let screen = h.screen();
    let header = screen.lines().nth(1).unwrap_or_default();
    assert!(header.contains("Target"), "{header}");
    assert!(
        !header.contains("Requester"),
        "the requester gives way to the target: {header}"
    );
    let meta = screen.lines().nth(2).unwrap_or_default();
    assert!(meta.contains("target 3w over"), "{meta}");
    let hints = screen.lines().last().unwrap_or_default();
    assert!(hints.contains("? help"), "{hints}");
}

#[tokio::test]
async fn the_hint_line_keeps_help_at_80_columns() {
    for keys in ["", "enter", "enter tab"] {
        let h = at(80, 24, keys, "").await;
        let screen = h.screen();
        let hints = screen.lines().last().unwrap_or_default();
        assert!(hints.contains("? help"), "{keys}: {hints}");
    }
}

/// Where the desk keeps time, the header says what was worked against the estimate.
#[tokio::test]
async fn the_header_says_the_time_worked() {
    let mut h = at(200, 40, "enter", "").await;
    if let Some(ticket) = h.state.detail.ticket.value.as_mut() {
        ticket.time = Some(crate::backend::TimeWorked {
            worked: 45,
            estimated: Some(120),
        });
    }
    let screen = h.screen();
    let meta = screen
        .lines()
        .find(|l| l.contains("urgent · open"))
        .unwrap_or_else(|| panic!("the meta line:\n{screen}"));
    assert!(meta.contains("worked 45m of 2h"), "{meta}");
}

#[tokio::test]
async fn composer_shows_the_signature_a_reply_gets() {
    let mut h = Harness::with(80, 24, |s| s.signing = crate::app::state::Signing::Desk).await;
    h.keys("enter r").await;
    h.type_text("Thanks for the details, ").await;
    insta::assert_snapshot!(screen(&h));
}

/// The form a desk's refusal opens: only the fields it named, each with its reason.
#[tokio::test]
async fn required_fields_form() {
    for (w, ht) in [(80, 24), (160, 48)] {
        let mut h = Harness::sized(w, ht).await;
        let refund = h.state.queue.views[2]
            .tickets
            .iter()
            .find(|t| t.tags.iter().any(|g| g == "refund"))
            .map(|t| t.id)
            .expect("a refund ticket");
        h.keys("#").await;
        h.type_text(&refund.to_string()).await;
        h.keys("enter s").await;
        h.type_text("solved").await;
        h.keys("enter").await;
        insta::assert_snapshot!(format!("required_fields_form_{w}x{ht}"), screen(&h));
    }
}

#[tokio::test]
async fn a_wide_queue_has_a_column_for_the_customer_s_language() {
    let h = at(230, 20, "", "").await;
    let screen = screen(&h);
    let header = screen.lines().nth(1).unwrap_or_default();
    assert!(header.contains("Lang"), "{screen}");
    let finnish = screen
        .lines()
        .find(|l| l.contains("4233"))
        .unwrap_or_default();
    assert!(
        finnish.contains(" fi? "),
        "guessed from the subject: {finnish}"
    );
}
