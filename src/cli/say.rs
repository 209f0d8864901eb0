//! Everything the commands print goes through here, cleaned like ticket text: a help desk's
//! user names, ids and error messages reach these lines, and a hostile server (or anyone on
//! an `http://` path) must not retitle, clear or take over the agent's terminal.

use std::io::Write;

/// Prints `text` on standard output, one cleaned line per line. A reader that went away
/// (`frontdesk --list-actions | head`) ends the program quietly, as `ls | head` does.
pub fn out(text: impl AsRef<str>) {
    let line = crate::text::clean_text(text.as_ref());
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = writeln!(stdout, "{line}")
        && e.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

/// Prints `fields` on standard output as one tab-separated line, each field cleaned to one
/// line first (its own tabs and line breaks become spaces), so the tabs are only ours.
pub fn out_fields(fields: &[String]) {
    let cleaned: Vec<String> = fields
        .iter()
        .map(|f| crate::text::clean_line(&f.replace(['\t', '\n', '\r'], " ")))
        .collect();
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = writeln!(stdout, "{}", cleaned.join("\t"))
        && e.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

/// Prints `text` on standard error, cleaned.
pub fn err(text: impl AsRef<str>) {
    let _ = writeln!(
        std::io::stderr().lock(),
        "{}",
        crate::text::clean_text(text.as_ref())
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn server_text_in_a_command_line_is_cleaned() {
        let hostile = "Sam\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[?1000h Rivera\nline two";
        let cleaned = crate::text::clean_text(hostile);
        assert!(!cleaned.contains('\u{1b}') && !cleaned.contains('\u{7}'));
        assert!(cleaned.contains("Rivera\nline two"), "{cleaned:?}");
    }
}
