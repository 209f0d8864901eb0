use super::*;

#[test]
fn settings_are_read_and_mistakes_reported_one_by_one() {
    let (config, diags) = Config::parse(
        "config.toml",
        "theme = \"light\"\nlong_thread = \"six\"\ncolour = 1\n",
    );
    assert_eq!(config.theme, "light");
    assert_eq!(config.long_thread, 6);
    assert_eq!(diags.len(), 2, "{diags:?}");
    let (config, diags) = Config::parse("config.toml", "theme = ");
    assert_eq!(config, Config::default());
    assert!(diags[0].message.contains("line 1"));
}

#[test]
fn profiles_with_views_priorities_and_agents() {
    let text = r#"
default_profile = "work"

[profiles.work]
backend = "rt"
url = "https://rt.example.com"
user = "sam"
token_cmd = "pass show rt"
agents = ["bob", "alice"]

[profiles.work.priorities]
low = 0
normal = 30
high = 60
urgent = 90

[[profiles.work.views]]
name = "Billing"
query = "Queue = 'Billing' AND Status = '__Active__'"

[profiles.play]
backend = "demo"
"#;
    let (config, diags) = Config::parse("config.toml", text);
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(config.default_profile.as_deref(), Some("work"));
    let work = &config.profiles["work"];
    assert_eq!(work.backend, BackendKind::Rt);
    assert_eq!(work.url.as_deref(), Some("https://rt.example.com"));
    assert_eq!(work.token_cmd.as_deref(), Some("pass show rt"));
    assert_eq!(work.agents, ["bob", "alice"]);
    assert_eq!(
        work.priorities,
        PriorityScale {
            low: 0,
            normal: 30,
            high: 60,
            urgent: 90
        }
    );
    assert_eq!(work.views[0].name, "Billing");
    assert_eq!(config.profiles["play"].backend, BackendKind::Demo);
}

#[test]
fn a_broken_profile_is_reported_and_left_out() {
    let text = "[profiles.a]\nbackend = \"kayako\"\n[profiles.b]\nbackend = \"rt\"\nurll = \"x\"\n[profiles.c]\nbackend = \"rt\"\n[profiles.c.priorities]\nlow = 10\nnormal = 5\n";
    let (config, diags) = Config::parse("config.toml", text);
    assert!(config.profiles.is_empty());
    let text: Vec<String> = diags.iter().map(ToString::to_string).collect();
    assert!(
        text[0].contains("[profiles.a] unknown backend \"kayako\""),
        "{text:?}"
    );
    assert!(text[1].contains("unknown setting \"urll\""), "{text:?}");
    assert!(text[2].contains("must rise"), "{text:?}");
    assert_eq!(config.broken_profiles.len(), 3);
}

#[test]
fn polling_bell_targets_and_quick_wins_are_read_and_bad_values_explained() {
    let text = "poll_interval = \"2m\"\nbell = false\n[profiles.w]\nbackend = \"demo\"\nquick_replies = 2\nquick_tags = [\"faq\"]\n[profiles.w.targets.first_response]\nurgent = \"30m\"\n[[profiles.w.views]]\nname = \"Easy\"\nquery = \"status:active\"\nquick = true\n";
    let (config, diags) = Config::parse("config.toml", text);
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(
        config.poll_interval,
        Some(std::time::Duration::from_secs(120))
    );
    assert!(!config.bell);
    let w = &config.profiles["w"];
    assert_eq!(w.triage.quick_replies, 2);
    assert_eq!(w.triage.quick_tags, ["faq"]);
    assert_eq!(
        w.triage.first_response.urgent,
        Some(jiff::SignedDuration::from_mins(30))
    );
    assert!(w.views[0].quick);

    let (off, _) = Config::parse("config.toml", "poll_interval = \"off\"");
    assert_eq!(off.poll_interval, None);
    for bad in [
        "poll_interval = \"1s\"",
        "poll_interval = \"often\"",
        "bell = \"yes\"",
    ] {
        let (config, diags) = Config::parse("config.toml", bad);
        assert_eq!(diags.len(), 1, "{bad}: {diags:?}");
        assert_eq!(
            config.poll_interval,
            Some(std::time::Duration::from_secs(60))
        );
        assert!(config.bell, "the default carries on");
    }
    let (config, diags) = Config::parse(
        "config.toml",
        "[profiles.x]\nbackend = \"demo\"\n[profiles.x.targets.first_response]\nurgent = \"soon\"\n",
    );
    assert!(config.profiles.is_empty());
    assert!(
        diags[0]
            .to_string()
            .contains("targets.first_response.urgent"),
        "{diags:?}"
    );
}

#[test]
fn a_signature_comes_from_the_desk_a_file_or_nowhere() {
    let text = "[profiles.a]\nbackend = \"demo\"\n[profiles.b]\nbackend = \"demo\"\nsignature = \"none\"\n[profiles.c]\nbackend = \"demo\"\nsignature = \"/srv/team/signature.txt\"\n";
    let (config, diags) = Config::parse("config.toml", text);
    assert!(diags.is_empty(), "{diags:?}");
    use crate::config::Signature;
    assert_eq!(config.profiles["a"].signature, Signature::Desk);
    assert_eq!(config.profiles["b"].signature, Signature::None);
    assert_eq!(
        config.profiles["c"].signature,
        Signature::File("/srv/team/signature.txt".into())
    );
}

#[test]
fn languages_and_translate_cmd_are_read_and_a_bad_list_is_said() {
    let (config, diags) = Config::parse(
        "config.toml",
        "language = \"fi\"\ntranslate_cmd = \"trans -b\"\nlanguages = [\"fi\", \"et-EE\"]\n",
    );
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(config.language.as_deref(), Some("fi"));
    assert_eq!(config.translate_cmd.as_deref(), Some("trans -b"));
    assert_eq!(config.languages, ["fi", "et"]);
    let (config, diags) = Config::parse("config.toml", "languages = [\"fi\", \"klingon\"]\n");
    assert_eq!(config.languages.len(), 6, "the six stay");
    assert!(diags[0].message.contains("languages must be"), "{diags:?}");
    let (_, diags) = Config::parse("config.toml", "language = \"sv\"\n");
    assert!(diags[0].message.contains("not translated yet"), "{diags:?}");
}

/// A misspelt key is named with the key it most likely meant, at the top and in a profile;
/// one near nothing is only called unknown.
#[test]
fn a_misspelt_key_says_which_key_was_meant() {
    let text = "tehme = \"light\"\ncolour_scheme = 1\n[profiles.w]\nbackend = \"rt\"\nurl = \"https://rt.example\"\ntoken_comand = \"pass show rt\"\n";
    let (_, diags) = Config::parse("config.toml", text);
    let text: Vec<String> = diags.iter().map(ToString::to_string).collect();
    assert!(
        text.iter()
            .any(|d| d.contains("unknown setting \"tehme\" (did you mean theme?); ignored")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|d| d.contains("unknown setting \"colour_scheme\"; ignored")),
        "{text:?}"
    );
    assert!(
        text.iter().any(|d| d
            .contains("[profiles.w] unknown setting \"token_comand\" (did you mean token_cmd?)")),
        "{text:?}"
    );
}
