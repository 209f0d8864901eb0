//! Every language says everything English says, with the arguments English is given; plurals
//! and the choice of language behave as a Russian or Finnish agent expects.

use std::collections::{BTreeMap, BTreeSet};

use super::*;

/// Each message id of a file, with the `$arguments` its text uses.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let path = format!("{}/frontdesk.ftl", language.code());
    let file = Files::get(&path).unwrap_or_else(|| panic!("{path} is built in"));
    let text = String::from_utf8_lossy(&file.data).into_owned();
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let starts_message =
            line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && line.contains(" =");
        if starts_message {
            let id = line
                .split(" =")
                .next()
                .unwrap_or_default()
                .trim()
                .to_string();
            found.entry(id.clone()).or_default();
            current = Some(id);
        } else if line.starts_with('#') || line.trim().is_empty() {
            current = None;
            continue;
        }
        if let Some(id) = &current {
            let arguments = found.entry(id.clone()).or_default();
            // Arguments are `$name` inside a placeable; a `$EDITOR` in the text is text.
            for placeable in line.split('{').skip(1) {
                let inside = placeable.split('}').next().unwrap_or_default();
                for part in inside.split('$').skip(1) {
                    let name: String = part
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                        .collect();
                    if !name.is_empty() {
                        arguments.insert(name);
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_language_has_every_message_with_english_arguments() {
    let english = messages(Language::En);
    assert!(
        english.len() > 100,
        "English has {} messages",
        english.len()
    );
    for language in Language::ALL.into_iter().skip(1) {
        let theirs = messages(language);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !theirs.contains_key(*id))
            .collect();
        let extra: Vec<&String> = theirs
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language} has messages English lacks: {extra:?}"
        );
        for (id, arguments) in &theirs {
            let given = &english[id];
            let unknown: Vec<&String> = arguments.difference(given).collect();
            assert!(
                unknown.is_empty(),
                "{language} {id} uses {unknown:?}, which English is not given"
            );
        }
    }
}

/// A file Fluent cannot read would leave its language silently English.
#[test]
fn every_file_is_valid_fluent() {
    for language in Language::ALL {
        let path = format!("{}/frontdesk.ftl", language.code());
        let file = Files::get(&path).unwrap_or_else(|| panic!("{path} is built in"));
        let text = String::from_utf8_lossy(&file.data).into_owned();
        if let Err((_, errors)) = fluent::FluentResource::try_new(text) {
            panic!("{path}: {errors:?}");
        }
    }
}

#[test]
fn every_action_has_a_title_and_a_description_in_english() {
    for action in crate::action::Action::all() {
        let title = action.title();
        assert!(!title.contains("No localization"), "{action}: {title}");
        assert!(
            !action.description().contains("No localization"),
            "{action}"
        );
    }
}

#[test]
fn russian_counts_one_few_many() {
    let _ru = speak_here(Language::Ru);
    assert_eq!(crate::fl!("n-tickets", n = 1), "1 тикет");
    assert_eq!(crate::fl!("n-tickets", n = 3), "3 тикета");
    assert_eq!(crate::fl!("n-tickets", n = 5), "5 тикетов");
    assert_eq!(crate::fl!("n-tickets", n = 21), "21 тикет");
    assert_eq!(crate::fl!("n-tickets", n = 12), "12 тикетов");
}

#[test]
fn finnish_counts_one_and_other() {
    let _fi = speak_here(Language::Fi);
    assert_eq!(crate::fl!("n-tickets", n = 1), "1 tiketti");
    assert_eq!(crate::fl!("n-tickets", n = 4), "4 tikettiä");
}

#[test]
fn a_thread_s_language_is_its_own() {
    let _de = speak_here(Language::De);
    assert_eq!(language(), Language::De);
    let other = std::thread::spawn(language).join().expect("thread");
    assert_eq!(other, Language::En, "other threads keep the process's");
}

#[test]
fn the_language_comes_from_config_then_the_locale_then_english() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    };
    let chosen = choose(Some("fi"), env(&[("LANG", "ru_RU.UTF-8")]));
    assert_eq!(
        (chosen.language, chosen.source),
        (Language::Fi, Source::Config)
    );
    let chosen = choose(
        None,
        env(&[("LANG", "ru_RU.UTF-8"), ("LC_MESSAGES", "de_DE.UTF-8")]),
    );
    assert_eq!(chosen.language, Language::De, "LC_MESSAGES before LANG");
    let chosen = choose(
        None,
        env(&[("LC_ALL", "et_EE.UTF-8"), ("LC_MESSAGES", "de_DE")]),
    );
    assert_eq!(chosen.language, Language::Et, "LC_ALL first");
    assert_eq!(chosen.describe(), "eesti (et), from LC_ALL=et_EE.UTF-8");
    let chosen = choose(None, env(&[("LANG", "zh_CN.UTF-8")]));
    assert_eq!(chosen.language, Language::Zh);
    let chosen = choose(None, env(&[("LC_ALL", "C"), ("LANG", "fi_FI.UTF-8")]));
    assert_eq!(
        (chosen.language, chosen.source),
        (Language::En, Source::Default)
    );
    let chosen = choose(None, env(&[("LANG", "sv_SE.UTF-8")]));
    assert_eq!(chosen.language, Language::En);
    assert!(
        chosen
            .describe()
            .contains("\"sv_SE.UTF-8\" is not translated yet")
    );
    let chosen = choose(None, env(&[]));
    assert_eq!(
        (chosen.language, chosen.source),
        (Language::En, Source::Default)
    );
}
