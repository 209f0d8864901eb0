//! Keymaps are data: TOML files with one table per context, mapping key names to action names.
//! Shipped keymaps live in `keymaps/` and are embedded; a user's `keymap.toml` overrides them key
//! by key, and `"noop"` unbinds an inherited key.

mod chord;

use std::collections::BTreeMap;

pub use chord::{BadKey, Key, KeyChord};

use crate::action::Action;
use crate::diag::Diagnostic;
use crate::preset::{self, Layered};

/// Where a key press lands; each has its own table in a keymap file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    Global,
    Queue,
    Detail,
    Compose,
    Picker,
    Filter,
    Menu,
    Palette,
    Prompt,
    Panel,
    /// The list of a ticket's attachments.
    Files,
    /// The custom-fields form.
    Form,
}

impl Context {
    /// All contexts in the order help lists them.
    pub const ALL: [Context; 12] = [
        Context::Global,
        Context::Queue,
        Context::Detail,
        Context::Compose,
        Context::Picker,
        Context::Filter,
        Context::Menu,
        Context::Palette,
        Context::Prompt,
        Context::Panel,
        Context::Files,
        Context::Form,
    ];

    /// The table name in keymap files.
    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Queue => "queue",
            Context::Detail => "detail",
            Context::Compose => "compose",
            Context::Picker => "picker",
            Context::Filter => "filter",
            Context::Menu => "menu",
            Context::Palette => "palette",
            Context::Prompt => "prompt",
            Context::Panel => "panel",
            Context::Files => "files",
            Context::Form => "form",
        }
    }

    /// Whether printable keys type text here (so plain global keys like `?` stay out).
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Context::Compose
                | Context::Picker
                | Context::Filter
                | Context::Palette
                | Context::Prompt
                | Context::Menu
                | Context::Form
        )
    }

    fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// The keymaps shipped with frontdesk, by name.
pub const SHIPPED: &[(&str, &str)] = &[
    ("default", include_str!("../../keymaps/default.toml")),
    ("emacs", include_str!("../../keymaps/emacs.toml")),
];

/// A resolved keymap: for each context, which action each key runs, in the order the files
/// list them (so help and hints show `enter` before its alias `l`, as written).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keymap {
    contexts: BTreeMap<Context, Vec<(KeyChord, Action)>>,
}

impl Keymap {
    /// The action bound to `chord` in `context` (not looking at global).
    pub fn lookup(&self, context: Context, chord: &KeyChord) -> Option<Action> {
        self.contexts
            .get(&context)?
            .iter()
            .find(|(k, _)| k == chord)
            .map(|(_, a)| *a)
    }

    /// The keys bound to `action` in `context`, in key order.
    pub fn keys_for(&self, context: Context, action: Action) -> Vec<KeyChord> {
        self.bindings(context)
            .filter(|(_, a)| *a == action)
            .map(|(k, _)| k)
            .collect()
    }

    /// Every binding of a context.
    pub fn bindings(&self, context: Context) -> impl Iterator<Item = (KeyChord, Action)> + '_ {
        self.contexts
            .get(&context)
            .into_iter()
            .flat_map(|m| m.iter().map(|(k, a)| (*k, *a)))
    }

    /// The shipped keymap called `name`, with its `inherits` chain resolved.
    pub fn shipped(name: &str) -> Option<(Keymap, Vec<Diagnostic>)> {
        preset::shipped(name)
    }

    /// Loads the keymap a user chose: the shipped `base` (falling back to `default`), then the
    /// user's own file laid over it key by key. Problems are reported, never fatal.
    pub fn load(base: &str, user: Option<(&str, &str)>) -> (Keymap, Vec<Diagnostic>) {
        preset::load(base, user)
    }
}

impl Layered for Keymap {
    const KIND: &'static str = "keymap";
    const SHIPPED: &'static [(&'static str, &'static str)] = SHIPPED;

    /// Lays one parsed file over this keymap, key by key.
    fn overlay(&mut self, file: &str, table: &toml::Table, diags: &mut Vec<Diagnostic>) {
        for (section, value) in table {
            if section == "inherits" {
                continue;
            }
            let Some(context) = Context::from_name(section) else {
                diags.push(Diagnostic::new(
                    file,
                    crate::fl!("keymap-unknown-section", section = section.as_str()),
                ));
                continue;
            };
            let Some(bindings) = value.as_table() else {
                diags.push(Diagnostic::new(
                    file,
                    crate::fl!("keymap-section-table", section = section.as_str()),
                ));
                continue;
            };
            let target = self.contexts.entry(context).or_default();
            for (key, action) in bindings {
                let chord = match key.parse::<KeyChord>() {
                    Ok(chord) => chord,
                    Err(err) => {
                        let said =
                            crate::fl!("keymap-bad-key", section = section.as_str(), key = err.0);
                        diags.push(Diagnostic::new(file, said));
                        continue;
                    }
                };
                match action.as_str().map(str::parse::<Action>) {
                    Some(Ok(Action::Noop)) => target.retain(|(k, _)| *k != chord),
                    Some(Ok(action)) => match target.iter_mut().find(|(k, _)| *k == chord) {
                        Some(binding) => binding.1 = action,
                        None => target.push((chord, action)),
                    },
                    Some(Err(err)) => diags.push(Diagnostic::new(
                        file,
                        crate::fl!(
                            "keymap-bad-action",
                            section = section.as_str(),
                            key = key.as_str(),
                            action = err.0
                        ),
                    )),
                    None => diags.push(Diagnostic::new(
                        file,
                        crate::fl!(
                            "keymap-action-string",
                            section = section.as_str(),
                            key = key.as_str()
                        ),
                    )),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
