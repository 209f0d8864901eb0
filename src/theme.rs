//! Themes are data: semantic names (`queue.row.selected`, `message.internal`) mapped to styles,
//! with a `[palette]` of named colours and `inherits` from a shipped theme. A lookup of
//! `a.b.c` falls back to `a.b`, then `a`, so a theme only names what it changes.

use std::collections::HashMap;

use ratatui::style::{Color, Modifier, Style};

use crate::diag::Diagnostic;
use crate::preset::{self, Layered};

/// The themes shipped with frontdesk, by name.
pub const SHIPPED: &[(&str, &str)] = &[
    ("default", include_str!("../themes/default.toml")),
    ("light", include_str!("../themes/light.toml")),
    ("mono", include_str!("../themes/mono.toml")),
];

/// A resolved theme. The styles are kept as written too, so that a palette entry laid over
/// later (a user's `urgent = "green"`) recolours every style that names it, including the
/// ones it inherited.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Theme {
    /// Colour names, merged over every file so far.
    palette: toml::Table,
    /// Each style as written, by name; only ones that parsed.
    specs: HashMap<String, toml::Value>,
    /// `specs` resolved against `palette`.
    styles: HashMap<String, Style>,
}

impl Theme {
    /// The style for a semantic name, falling back to its shorter prefixes.
    pub fn get(&self, name: &str) -> Style {
        let mut key = name;
        loop {
            if let Some(style) = self.styles.get(key) {
                return *style;
            }
            match key.rfind('.') {
                Some(dot) => key = &key[..dot],
                None => return Style::default(),
            }
        }
    }

    /// The shipped theme called `name`, with its `inherits` chain resolved.
    pub fn shipped(name: &str) -> Option<(Theme, Vec<Diagnostic>)> {
        preset::shipped(name)
    }

    /// Loads the theme a user chose: `NO_COLOR` forces `mono`; otherwise the shipped `base`,
    /// then the user's own file over it. Problems are reported, never fatal.
    pub fn load(
        base: &str,
        user: Option<(&str, &str)>,
        no_color: bool,
    ) -> (Theme, Vec<Diagnostic>) {
        if no_color {
            return preset::shipped("mono").unwrap_or_default();
        }
        preset::load(base, user)
    }
}

impl Layered for Theme {
    const KIND: &'static str = "theme";
    const SHIPPED: &'static [(&'static str, &'static str)] = SHIPPED;

    fn overlay(&mut self, file: &str, table: &toml::Table, diags: &mut Vec<Diagnostic>) {
        match table.get("palette") {
            Some(toml::Value::Table(palette)) => {
                for (name, value) in palette {
                    // Checked alone: an entry names a colour directly, never another entry.
                    match value.as_str().map(|c| parse_color(c, &toml::Table::new())) {
                        Some(Ok(_)) => {
                            self.palette.insert(name.clone(), value.clone());
                        }
                        Some(Err(msg)) => diags.push(Diagnostic::new(
                            file,
                            crate::fl!("theme-palette-bad", name = name.as_str(), why = msg),
                        )),
                        None => diags.push(Diagnostic::new(
                            file,
                            crate::fl!("theme-palette-string", name = name.as_str()),
                        )),
                    }
                }
            }
            Some(_) => diags.push(Diagnostic::new(file, crate::fl!("theme-palette-table"))),
            None => {}
        }
        match table.get("styles") {
            Some(toml::Value::Table(styles)) => {
                for (name, value) in styles {
                    match parse_style(value, &self.palette) {
                        Ok(_) => {
                            self.specs.insert(name.clone(), value.clone());
                        }
                        Err(msg) => {
                            let said =
                                crate::fl!("theme-style-bad", name = name.as_str(), why = msg);
                            diags.push(Diagnostic::new(file, said))
                        }
                    }
                }
            }
            Some(_) => diags.push(Diagnostic::new(file, crate::fl!("theme-styles-table"))),
            None => {}
        }
        // Every style again, so the merged palette reaches the inherited ones too.
        self.styles = self
            .specs
            .iter()
            .map(|(name, spec)| {
                let style = parse_style(spec, &self.palette).unwrap_or_default();
                (name.clone(), style)
            })
            .collect();
    }
}

/// A style is either a colour string (the foreground) or a table of `fg`, `bg`, `modifiers`.
fn parse_style(value: &toml::Value, palette: &toml::Table) -> Result<Style, String> {
    let mut style = Style::default();
    match value {
        toml::Value::String(fg) => style = style.fg(parse_color(fg, palette)?),
        toml::Value::Table(t) => {
            for (field, v) in t {
                match (field.as_str(), v) {
                    ("fg", toml::Value::String(c)) => style = style.fg(parse_color(c, palette)?),
                    ("bg", toml::Value::String(c)) => style = style.bg(parse_color(c, palette)?),
                    ("modifiers", toml::Value::Array(list)) => {
                        for m in list {
                            let m = m
                                .as_str()
                                .ok_or_else(|| crate::fl!("theme-modifiers-strings"))?;
                            style = style.add_modifier(parse_modifier(m)?);
                        }
                    }
                    _ => {
                        return Err(crate::fl!("theme-unexpected-field", field = field.as_str()));
                    }
                }
            }
        }
        _ => return Err(crate::fl!("theme-style-shape")),
    }
    Ok(style)
}

fn parse_color(name: &str, palette: &toml::Table) -> Result<Color, String> {
    if let Some(alias) = palette.get(name).and_then(|v| v.as_str()) {
        // Palette entries name a colour directly; they do not chain.
        return parse_color(alias, &toml::Table::new());
    }
    let color = match name {
        "reset" | "default" => Color::Reset,
        "black" => Color::Black,
        "red" => Color::Red,
        "green" => Color::Green,
        "yellow" => Color::Yellow,
        "blue" => Color::Blue,
        "magenta" => Color::Magenta,
        "cyan" => Color::Cyan,
        "gray" | "grey" => Color::Gray,
        "darkgray" | "darkgrey" => Color::DarkGray,
        "lightred" => Color::LightRed,
        "lightgreen" => Color::LightGreen,
        "lightyellow" => Color::LightYellow,
        "lightblue" => Color::LightBlue,
        "lightmagenta" => Color::LightMagenta,
        "lightcyan" => Color::LightCyan,
        "white" => Color::White,
        hex if hex.starts_with('#') && hex.len() == 7 => {
            let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16);
            match (channel(1), channel(3), channel(5)) {
                (Ok(r), Ok(g), Ok(b)) => Color::Rgb(r, g, b),
                _ => return Err(crate::fl!("theme-bad-hex", hex = hex)),
            }
        }
        other => return Err(crate::fl!("theme-unknown-colour", colour = other)),
    };
    Ok(color)
}

fn parse_modifier(name: &str) -> Result<Modifier, String> {
    Ok(match name {
        "bold" => Modifier::BOLD,
        "dim" => Modifier::DIM,
        "italic" => Modifier::ITALIC,
        "underlined" | "underline" => Modifier::UNDERLINED,
        "reversed" | "reverse" => Modifier::REVERSED,
        "crossed_out" => Modifier::CROSSED_OUT,
        other => return Err(crate::fl!("theme-unknown-modifier", modifier = other)),
    })
}

#[cfg(test)]
mod tests;
