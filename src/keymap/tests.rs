use super::*;

fn chord(s: &str) -> KeyChord {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

#[test]
fn every_shipped_keymap_parses_cleanly() {
    for (name, _) in SHIPPED {
        let (map, diags) = Keymap::shipped(name).expect("shipped keymap exists");
        assert!(diags.is_empty(), "{name}: {diags:?}");
        assert!(
            map.bindings(Context::Queue).count() > 20,
            "{name} has queue bindings"
        );
    }
}

#[test]
fn default_keymap_is_the_documented_one() {
    let (map, _) = Keymap::shipped("default").expect("default exists");
    let expect = [
        (Context::Global, "?", Action::Help),
        (Context::Global, "ctrl-c", Action::Quit),
        (Context::Global, "ctrl-r", Action::Refresh),
        (Context::Global, ":", Action::CommandPalette),
        (Context::Global, "S", Action::Stats),
        (Context::Queue, "j", Action::SelectNext),
        (Context::Queue, "down", Action::SelectNext),
        (Context::Queue, "G", Action::SelectLast),
        (Context::Queue, "ctrl-u", Action::PageUp),
        (Context::Queue, "l", Action::OpenTicket),
        (Context::Queue, "/", Action::Filter),
        (Context::Queue, "shift-tab", Action::PrevView),
        (Context::Queue, "9", Action::View(9)),
        (Context::Queue, "a", Action::AssignToMe),
        (Context::Queue, "q", Action::Quit),
        (Context::Detail, "h", Action::Back),
        (Context::Detail, "J", Action::NextTicket),
        (Context::Detail, "c", Action::ReplyWithCanned),
        (Context::Detail, "A", Action::Assign),
        (Context::Detail, "t", Action::EditTags),
        (Context::Detail, "tab", Action::FocusNext),
        (Context::Detail, "y", Action::CopyLink),
        (Context::Compose, "ctrl-t", Action::PickCanned),
        (Context::Compose, "tab", Action::ExpandAbbreviation),
        (Context::Compose, "ctrl-e", Action::OpenEditor),
        (Context::Compose, "ctrl-s", Action::Send),
        (Context::Compose, "esc", Action::Leave),
        (Context::Picker, "ctrl-n", Action::SelectNext),
        (Context::Picker, "up", Action::SelectPrev),
        (Context::Picker, "enter", Action::Insert),
        (Context::Picker, "esc", Action::Cancel),
    ];
    for (context, key, action) in expect {
        assert_eq!(
            map.lookup(context, &chord(key)),
            Some(action),
            "{} {key}",
            context.name()
        );
    }
}

#[test]
fn user_file_overrides_per_key_and_keeps_the_rest() {
    let user = "[queue]\nj = \"select_prev\"\nx = \"open_ticket\"\n";
    let (map, diags) = Keymap::load("default", Some(("keymap.toml", user)));
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(
        map.lookup(Context::Queue, &chord("j")),
        Some(Action::SelectPrev)
    );
    assert_eq!(
        map.lookup(Context::Queue, &chord("x")),
        Some(Action::OpenTicket)
    );
    assert_eq!(
        map.lookup(Context::Queue, &chord("k")),
        Some(Action::SelectPrev)
    );
    assert_eq!(
        map.lookup(Context::Queue, &chord("enter")),
        Some(Action::OpenTicket)
    );
}

#[test]
fn noop_unbinds_an_inherited_key() {
    let user = "[queue]\nq = \"noop\"\n";
    let (map, diags) = Keymap::load("default", Some(("keymap.toml", user)));
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(map.lookup(Context::Queue, &chord("q")), None);
    assert_eq!(
        map.lookup(Context::Global, &chord("ctrl-c")),
        Some(Action::Quit)
    );
}

#[test]
fn a_malformed_file_is_reported_and_the_defaults_carry_on() {
    let (map, diags) = Keymap::load("default", Some(("keymap.toml", "[queue\nj = ")));
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert!(
        diags[0].to_string().starts_with("keymap.toml: line 1"),
        "{}",
        diags[0]
    );
    assert_eq!(
        map,
        Keymap::shipped("default")
            .map(|(m, _)| m)
            .unwrap_or_default()
    );
}

#[test]
fn bad_lines_are_reported_one_by_one_and_good_lines_still_apply() {
    let user =
        "[queue]\nj = \"fly\"\nhyper-x = \"quit\"\nx = \"open_ticket\"\n[nowhere]\na = \"quit\"\n";
    let (map, diags) = Keymap::load("default", Some(("keymap.toml", user)));
    let text: Vec<String> = diags.iter().map(ToString::to_string).collect();
    assert_eq!(text.len(), 3, "{text:?}");
    assert!(text.iter().any(|d| d.contains("unknown action \"fly\"")));
    assert!(text.iter().any(|d| d.contains("unknown key \"hyper-x\"")));
    assert!(text.iter().any(|d| d.contains("[nowhere]")));
    assert_eq!(
        map.lookup(Context::Queue, &chord("j")),
        Some(Action::SelectNext)
    );
    assert_eq!(
        map.lookup(Context::Queue, &chord("x")),
        Some(Action::OpenTicket)
    );
}

#[test]
fn a_user_file_may_inherit_another_shipped_keymap() {
    let user = "inherits = \"emacs\"\n[queue]\nx = \"quit\"\n";
    let (map, diags) = Keymap::load("default", Some(("keymap.toml", user)));
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(
        map.lookup(Context::Queue, &chord("ctrl-n")),
        Some(Action::SelectNext)
    );
    assert_eq!(map.lookup(Context::Queue, &chord("x")), Some(Action::Quit));
}

#[test]
fn an_unknown_base_falls_back_to_default_with_a_message() {
    let (map, diags) = Keymap::load("vim-ultra", None);
    assert_eq!(diags.len(), 1);
    assert!(diags[0].message.contains("vim-ultra"));
    assert_eq!(
        map.lookup(Context::Queue, &chord("j")),
        Some(Action::SelectNext)
    );
}

/// The keys page in docs/ carries every default binding, generated from
/// `keymaps/default.toml`: the test fails when the two differ, and
/// `FRONTDESK_WRITE_DOCS=1 cargo test keys_page` writes the page's table again.
#[test]
fn the_keys_page_lists_the_default_keymap() {
    const MARK: &str = "<!-- Generated from keymaps/default.toml: FRONTDESK_WRITE_DOCS=1 cargo test keys_page. Do not edit below. -->";
    let _english = crate::i18n::speak_here(crate::i18n::Language::En);
    let (map, _) = Keymap::shipped("default").expect("the default keymap");
    let mut table = String::new();
    for context in Context::ALL {
        let about = crate::i18n::text(&format!("context-{}", context.name()));
        table.push_str(&format!("\n### `[{}]`: {about}\n\n", context.name()));
        table.push_str("| key | action | what it does |\n|---|---|---|\n");
        for (key, action) in map.bindings(context) {
            let key = key.to_string().replace('|', "\\|");
            table.push_str(&format!(
                "| `{key}` | `{}` | {} |\n",
                action.name(),
                action.description()
            ));
        }
    }
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/keys.md");
    let page = std::fs::read_to_string(&path).expect("docs/keys.md");
    let prose = page.split(MARK).next().unwrap_or_default().trim_end();
    let wanted = format!("{prose}\n\n{MARK}\n{table}");
    if std::env::var_os("FRONTDESK_WRITE_DOCS").is_some() {
        std::fs::write(&path, &wanted).expect("write docs/keys.md");
        return;
    }

    assert!(
        page == wanted,
        "docs/keys.md differs from keymaps/default.toml; run FRONTDESK_WRITE_DOCS=1 cargo test keys_page"
    );
}
