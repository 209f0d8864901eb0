//! Layered presets: shipped TOML files (keymaps, themes) embedded in the binary, each able to
//! say `inherits = "other"`, with the user's own file laid over the chosen one. What cannot be
//! used is reported as a diagnostic and the rest carries on.

use crate::diag::Diagnostic;

/// Something built by laying TOML files over each other.
pub trait Layered: Default {
    /// What this is called in messages and the folder its shipped files live in, e.g. `keymap`.
    const KIND: &'static str;
    /// The shipped files, by name.
    const SHIPPED: &'static [(&'static str, &'static str)];

    /// Lays one parsed file over `self`, reporting what it cannot use.
    fn overlay(&mut self, file: &str, table: &toml::Table, diags: &mut Vec<Diagnostic>);
}

/// How deep `inherits` may chain before it is taken for a loop.
const MAX_DEPTH: u8 = 8;

/// The shipped preset `name` with its `inherits` chain resolved; `None` if there is none.
pub fn shipped<T: Layered>(name: &str) -> Option<(T, Vec<Diagnostic>)> {
    let mut value = T::default();
    let mut diags = Vec::new();
    overlay_shipped(&mut value, name, &mut diags, 0)?;
    Some((value, diags))
}

/// The shipped preset `base` (or the one the user's file `inherits`; `default` if neither
/// exists), with the user's file laid over it.
pub fn load<T: Layered>(base: &str, user: Option<(&str, &str)>) -> (T, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let user_table = user.and_then(|(file, text)| match text.parse::<toml::Table>() {
        Ok(table) => Some((file, table)),
        Err(err) => {
            diags.push(Diagnostic::from_toml(file, text, &err));
            None
        }
    });
    let base = user_table
        .as_ref()
        .and_then(|(_, t)| t.get("inherits"))
        .and_then(|v| v.as_str())
        .unwrap_or(base);
    let mut value = T::default();
    if overlay_shipped(&mut value, base, &mut diags, 0).is_none() {
        let kind = T::KIND;
        diags.push(Diagnostic::new(
            "config",
            crate::fl!("preset-no-shipped", kind = kind, name = base),
        ));
        overlay_shipped(&mut value, "default", &mut diags, 0);
    }
    if let Some((file, table)) = user_table {
        value.overlay(file, &table, &mut diags);
    }
    (value, diags)
}

fn overlay_shipped<T: Layered>(
    value: &mut T,
    name: &str,
    diags: &mut Vec<Diagnostic>,
    depth: u8,
) -> Option<()> {
    let text = T::SHIPPED.iter().find(|(n, _)| *n == name)?.1;
    let file = format!("{}s/{name}.toml", T::KIND);
    match text.parse::<toml::Table>() {
        Ok(table) => {
            if let Some(parent) = table.get("inherits").and_then(|v| v.as_str())
                && (depth > MAX_DEPTH || overlay_shipped(value, parent, diags, depth + 1).is_none())
            {
                diags.push(Diagnostic::new(
                    &file,
                    crate::fl!("preset-cannot-inherit", parent = parent),
                ));
            }
            value.overlay(&file, &table, diags);
        }
        Err(err) => diags.push(Diagnostic::from_toml(&file, text, &err)),
    }
    Some(())
}
