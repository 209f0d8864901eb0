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

/// A resolved theme.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Theme {
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
        let empty = toml::Table::new();
        let palette = match table.get("palette") {
            Some(toml::Value::Table(p)) => p,
            Some(_) => {
                diags.push(Diagnostic::new(file, "[palette] must be a table"));
                &empty
            }
            None => &empty,
        };
        let Some(styles) = table.get("styles") else {
            return;
        };
        let Some(styles) = styles.as_table() else {
            diags.push(Diagnostic::new(file, "[styles] must be a table"));
            return;
        };
        for (name, value) in styles {
            match parse_style(value, palette) {
                Ok(style) => {
                    self.styles.insert(name.clone(), style);
                }
                Err(msg) => diags.push(Diagnostic::new(file, format!("{name}: {msg}; ignored"))),
            }
        }
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
                            let m = m.as_str().ok_or("modifiers are strings")?;
                            style = style.add_modifier(parse_modifier(m)?);
                        }
                    }
                    _ => {
                        return Err(format!(
                            "unexpected field \"{field}\" (use fg, bg, modifiers)"
                        ));
                    }
                }
            }
        }
        _ => return Err("a style is a colour or a table { fg, bg, modifiers }".into()),
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
                _ => return Err(format!("\"{hex}\" is not a #rrggbb colour")),
            }
        }
        other => return Err(format!("unknown colour \"{other}\"")),
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
        other => return Err(format!("unknown modifier \"{other}\"")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_theme_parses_cleanly_and_covers_the_names_the_ui_uses() {
        for (name, _) in SHIPPED {
            let (theme, diags) = Theme::shipped(name).expect("shipped");
            assert!(diags.is_empty(), "{name}: {diags:?}");
            for key in [
                "queue.row.selected",
                "message.internal",
                "compose.unresolved",
            ] {
                assert_ne!(theme.get(key), Style::default(), "{name} styles {key}");
            }
        }
    }

    #[test]
    fn lookup_falls_back_to_prefixes() {
        let (theme, _) = Theme::shipped("default").expect("shipped");
        assert_eq!(
            theme.get("queue.priority.urgent.extra"),
            theme.get("queue.priority.urgent")
        );
    }

    #[test]
    fn user_file_overrides_per_key_with_its_palette() {
        let user = "[palette]\nbrand = \"#ff8800\"\n[styles]\n\"message.internal\" = { fg = \"brand\", modifiers = [\"italic\"] }\n";
        let (theme, diags) = Theme::load("default", Some(("theme.toml", user)), false);
        assert!(diags.is_empty(), "{diags:?}");
        let internal = theme.get("message.internal");
        assert_eq!(internal.fg, Some(Color::Rgb(0xff, 0x88, 0)));
        assert!(internal.add_modifier.contains(Modifier::ITALIC));
        let (default, _) = Theme::shipped("default").expect("shipped");
        assert_eq!(
            theme.get("queue.row.selected"),
            default.get("queue.row.selected")
        );
    }

    #[test]
    fn a_bad_user_file_is_reported_and_the_base_theme_is_kept() {
        let (theme, diags) = Theme::load("default", Some(("theme.toml", "[styles\n")), false);
        assert_eq!(diags.len(), 1);
        assert_eq!(
            theme,
            Theme::shipped("default")
                .map(|(t, _)| t)
                .unwrap_or_default()
        );
        let (_, diags) = Theme::load(
            "default",
            Some(("theme.toml", "[styles]\n\"a\" = \"puce\"\n")),
            false,
        );
        assert!(
            diags[0].message.contains("unknown colour \"puce\""),
            "{diags:?}"
        );
    }

    #[test]
    fn no_color_selects_mono_without_any_colour() {
        let (theme, _) = Theme::load("default", None, true);
        for (name, _) in SHIPPED {
            let (shipped, _) = Theme::shipped(name).expect("shipped");
            for key in shipped.styles.keys() {
                let style = theme.get(key);
                assert!(
                    style.fg.is_none() && style.bg.is_none(),
                    "mono colours {key}"
                );
            }
        }
    }
}
