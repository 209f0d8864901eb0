//! Colours as the terminal can show them. crossterm writes every colour as a 256-colour
//! (`38;5;N`) or 24-bit (`38;2;R;G;B`) code, even the 16 ANSI ones; a 16-colour terminal
//! (`TERM=xterm`, the Linux console) shows those wrong or not at all. What frontdesk writes
//! passes through [`Fitted`], which rewrites colour codes to what the terminal reported.

use std::io::{self, Write};

/// How many colours the terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colours {
    /// `NO_COLOR`: none at all.
    None,
    /// The 16 ANSI colours (`3x`/`9x`).
    Sixteen,
    /// The xterm 256-colour palette.
    Palette256,
    /// 24-bit colour.
    TrueColour,
}

impl Colours {
    /// What the environment says: `NO_COLOR`, then `COLORTERM`, then `TERM`. A terminal
    /// that says nothing gets the 16 colours every terminal has.
    pub fn detect(env: impl Fn(&str) -> Option<String>) -> Self {
        if env("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return Self::None;
        }
        let colorterm = env("COLORTERM").unwrap_or_default().to_ascii_lowercase();
        if colorterm == "truecolor" || colorterm == "24bit" {
            return Self::TrueColour;
        }
        let term = env("TERM").unwrap_or_default().to_ascii_lowercase();
        if term.ends_with("-direct") {
            Self::TrueColour
        } else if term.contains("256color") {
            Self::Palette256
        } else {
            Self::Sixteen
        }
    }

    /// What `doctor` says about it, with where it came from.
    pub fn describe(self, env: impl Fn(&str) -> Option<String>) -> String {
        let term = env("TERM").unwrap_or_default();
        let colorterm = env("COLORTERM").unwrap_or_default();
        let which = match self {
            Self::None => "none",
            Self::Sixteen => "sixteen",
            Self::Palette256 => "palette",
            Self::TrueColour => "true",
        };
        crate::fl!(
            "doctor-colours",
            depth = which,
            term = term,
            colorterm = colorterm
        )
    }
}

/// A writer that rewrites colour codes for `colours` on their way to `inner`. Escape
/// sequences split across writes are held until they are whole.
pub struct Fitted<W: Write> {
    inner: W,
    colours: Colours,
    pending: Vec<u8>,
}

impl<W: Write> Fitted<W> {
    pub fn new(inner: W, colours: Colours) -> Self {
        Self {
            inner,
            colours,
            pending: Vec::new(),
        }
    }
}

impl<W: Write> Write for Fitted<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.colours == Colours::TrueColour {
            return self.inner.write(buf);
        }
        let mut out = Vec::with_capacity(buf.len());
        for &byte in buf {
            if self.pending.is_empty() {
                if byte == 0x1b {
                    self.pending.push(byte);
                } else {
                    out.push(byte);
                }
                continue;
            }
            self.pending.push(byte);
            let complete = match self.pending.get(1) {
                Some(b'[') => self.pending.len() > 2 && (0x40..=0x7e).contains(&byte),
                // Not a CSI: passed on as it is.
                Some(_) => true,
                None => false,
            };
            if complete || self.pending.len() > 64 {
                let sequence = std::mem::take(&mut self.pending);
                out.extend(rewrite(&sequence, self.colours));
            }
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// One whole escape sequence, with its colour codes fitted; others unchanged.
fn rewrite(sequence: &[u8], colours: Colours) -> Vec<u8> {
    let Some(params) = sequence
        .strip_prefix(b"\x1b[")
        .and_then(|s| s.strip_suffix(b"m"))
        .and_then(|s| std::str::from_utf8(s).ok())
    else {
        return sequence.to_vec();
    };
    let parts: Vec<&str> = params.split(';').collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let layer = parts[i];
        let colour = match (layer, parts.get(i + 1)) {
            ("38" | "48", Some(&"5")) => {
                let n = parts.get(i + 2).and_then(|n| n.parse::<u8>().ok());
                i += 3;
                n.map(|n| (layer == "38", index_rgb(n), Some(n)))
            }
            ("38" | "48", Some(&"2")) => {
                let c = |k: usize| parts.get(i + k).and_then(|n| n.parse::<u8>().ok());
                let rgb = c(2).zip(c(3)).zip(c(4)).map(|((r, g), b)| (r, g, b));
                i += 5;
                rgb.map(|rgb| (layer == "38", rgb, None))
            }
            _ => {
                out.push(layer.to_string());
                i += 1;
                continue;
            }
        };
        let Some((fore, rgb, index)) = colour else {
            continue;
        };
        match colours {
            Colours::None => {}
            Colours::Sixteen => {
                let n = index.filter(|n| *n < 16).unwrap_or_else(|| nearest_16(rgb));
                let base = match (fore, n < 8) {
                    (true, true) => 30,
                    (true, false) => 90 - 8,
                    (false, true) => 40,
                    (false, false) => 100 - 8,
                };
                out.push((base + u16::from(n)).to_string());
            }
            Colours::Palette256 | Colours::TrueColour => {
                let n = index.unwrap_or_else(|| nearest_256(rgb));
                out.push(format!("{};5;{n}", if fore { 38 } else { 48 }));
            }
        }
    }
    if out.is_empty() {
        // Only colours, and no colour is shown: nothing to say.
        return Vec::new();
    }
    format!("\x1b[{}m", out.join(";")).into_bytes()
}

/// xterm's default colours for the 16 ANSI indices.
const ANSI: [(u8, u8, u8); 16] = [
    (0, 0, 0),
    (205, 0, 0),
    (0, 205, 0),
    (205, 205, 0),
    (0, 0, 238),
    (205, 0, 205),
    (0, 205, 205),
    (229, 229, 229),
    (127, 127, 127),
    (255, 0, 0),
    (0, 255, 0),
    (255, 255, 0),
    (92, 92, 255),
    (255, 0, 255),
    (0, 255, 255),
    (255, 255, 255),
];

/// The colour of a 256-palette index.
fn index_rgb(n: u8) -> (u8, u8, u8) {
    const STEPS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match n {
        0..=15 => ANSI[usize::from(n)],
        16..=231 => {
            let n = n - 16;
            (
                STEPS[usize::from(n / 36)],
                STEPS[usize::from(n / 6 % 6)],
                STEPS[usize::from(n % 6)],
            )
        }
        _ => {
            let grey = 8 + (n - 232) * 10;
            (grey, grey, grey)
        }
    }
}

fn distance(a: (u8, u8, u8), b: (u8, u8, u8)) -> u32 {
    let d = |x: u8, y: u8| (i32::from(x) - i32::from(y)).pow(2) as u32;
    d(a.0, b.0) + d(a.1, b.1) + d(a.2, b.2)
}

fn nearest_16(rgb: (u8, u8, u8)) -> u8 {
    (0u8..16)
        .min_by_key(|&n| distance(ANSI[usize::from(n)], rgb))
        .unwrap_or(7)
}

fn nearest_256(rgb: (u8, u8, u8)) -> u8 {
    (16u8..=255)
        .min_by_key(|&n| distance(index_rgb(n), rgb))
        .unwrap_or(7)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(colours: Colours, pieces: &[&[u8]]) -> String {
        let mut out = Fitted::new(Vec::new(), colours);
        for piece in pieces {
            out.write_all(piece).expect("write");
        }
        String::from_utf8(out.inner).expect("utf-8")
    }

    #[test]
    fn the_environment_says_how_many_colours() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Colours::detect(env(&[("TERM", "xterm")])), Colours::Sixteen);
        assert_eq!(Colours::detect(env(&[("TERM", "linux")])), Colours::Sixteen);
        assert_eq!(
            Colours::detect(env(&[("TERM", "tmux-256color")])),
            Colours::Palette256
        );
        assert_eq!(
            Colours::detect(env(&[
                ("TERM", "xterm-256color"),
                ("COLORTERM", "truecolor")
            ])),
            Colours::TrueColour
        );
        assert_eq!(
            Colours::detect(env(&[("TERM", "xterm-256color"), ("NO_COLOR", "1")])),
            Colours::None
        );
    }

    #[test]
    fn a_16_colour_terminal_gets_ansi_codes() {
        // crossterm's red and darkgray, its light red background, and a 24-bit green.
        let written = through(
            Colours::Sixteen,
            &[
                b"a\x1b[38;5;1mb\x1b[1;38;5;8m",
                b"\x1b[48;5;9mc\x1b[38;2;26;127;26md",
            ],
        );
        assert_eq!(written, "a\x1b[31mb\x1b[1;90m\x1b[101mc\x1b[32md");
    }

    #[test]
    fn a_sequence_split_between_writes_is_rewritten_whole() {
        let written = through(
            Colours::Sixteen,
            &[b"x\x1b[38;", b"5;1", b"2mY\x1b[", b"2J"],
        );
        assert_eq!(written, "x\x1b[94mY\x1b[2J");
    }

    #[test]
    fn a_256_colour_terminal_gets_24_bit_colours_as_the_nearest_index() {
        let written = through(Colours::Palette256, &[b"\x1b[38;2;255;0;0m\x1b[38;5;8m"]);
        assert_eq!(written, "\x1b[38;5;196m\x1b[38;5;8m");
    }

    #[test]
    fn true_colour_passes_everything_and_none_drops_colours_only() {
        let raw: &[u8] = b"\x1b[38;2;1;2;3mA\x1b[1;38;5;9mB";
        assert_eq!(
            through(Colours::TrueColour, &[raw]),
            String::from_utf8_lossy(raw)
        );
        assert_eq!(through(Colours::None, &[raw]), "A\x1b[1mB");
    }
}
