use super::*;

#[test]
fn every_shipped_theme_parses_cleanly_and_covers_the_names_the_ui_uses() {
    for (name, _) in SHIPPED {
        let (theme, diags) = Theme::shipped(name).expect("shipped");
        assert!(diags.is_empty(), "{name}: {diags:?}");
        for key in [
            "queue.row.selected",
            "queue.row.selected.away",
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

#[test]
fn a_palette_entry_recolours_every_style_that_names_it_even_inherited_ones() {
    let user = "[palette]\nurgent = \"green\"\n";
    let (theme, diags) = Theme::load("default", Some(("theme.toml", user)), false);
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(theme.get("queue.priority.urgent").fg, Some(Color::Green));
    assert_eq!(theme.get("queue.overdue").fg, Some(Color::Green));
    let (light, _) = Theme::load("light", Some(("theme.toml", user)), false);
    assert_eq!(light.get("compose.unresolved").bg, Some(Color::Green));
}

#[test]
fn a_bad_palette_entry_is_reported_and_the_old_colour_kept() {
    let user = "[palette]\nurgent = \"puce\"\n";
    let (theme, diags) = Theme::load("default", Some(("theme.toml", user)), false);
    assert!(diags[0].message.contains("urgent"), "{diags:?}");
    assert_eq!(theme.get("queue.priority.urgent").fg, Some(Color::LightRed));
}

/// The colour a terminal shows for `color`, by xterm's standard palette.
fn rgb(color: Color) -> Option<(u8, u8, u8)> {
    Some(match color {
        Color::Black => (0, 0, 0),
        Color::Red => (205, 0, 0),
        Color::Green => (0, 205, 0),
        Color::Yellow => (205, 205, 0),
        Color::Blue => (0, 0, 238),
        Color::Magenta => (205, 0, 205),
        Color::Cyan => (0, 205, 205),
        Color::Gray => (229, 229, 229),
        Color::DarkGray => (127, 127, 127),
        Color::LightRed => (255, 0, 0),
        Color::LightGreen => (0, 255, 0),
        Color::LightYellow => (255, 255, 0),
        Color::LightBlue => (92, 92, 255),
        Color::LightMagenta => (255, 0, 255),
        Color::LightCyan => (0, 255, 255),
        Color::White => (255, 255, 255),
        Color::Rgb(r, g, b) => (r, g, b),
        _ => return None,
    })
}

/// WCAG's relative luminance.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Every style of `theme` that sets a colour, with too little contrast against a terminal
/// whose text is `text` on `background`.
fn unreadable(theme: &Theme, text: (u8, u8, u8), background: (u8, u8, u8)) -> Vec<String> {
    let mut bad = Vec::new();
    for (name, style) in &theme.styles {
        if style.fg.is_none() && style.bg.is_none() {
            continue;
        }
        let fg = style.fg.and_then(rgb).unwrap_or(text);
        let bg = style.bg.and_then(rgb).unwrap_or(background);
        let ratio = contrast(fg, bg);
        // 3:1 is WCAG's floor for large or bold text; terminal text is small, so the
        // secondary styles sit just above it and the rest well above.
        if ratio < 3.0 {
            bad.push(format!("{name}: {ratio:.2}"));
        }
    }
    bad.sort();
    bad
}

#[test]
fn every_style_of_the_light_theme_reads_on_white() {
    let (light, _) = Theme::shipped("light").expect("shipped");
    let bad = unreadable(&light, (0, 0, 0), (255, 255, 255));
    assert!(bad.is_empty(), "too little contrast on white: {bad:?}");
}

#[test]
fn every_style_of_the_default_theme_reads_on_black() {
    let (dark, _) = Theme::shipped("default").expect("shipped");
    let bad = unreadable(&dark, (229, 229, 229), (0, 0, 0));
    assert!(bad.is_empty(), "too little contrast on black: {bad:?}");
}
