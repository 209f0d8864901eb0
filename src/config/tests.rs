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
    let text = "[profiles.a]\nbackend = \"jira\"\n[profiles.b]\nbackend = \"rt\"\nurll = \"x\"\n[profiles.c]\nbackend = \"rt\"\n[profiles.c.priorities]\nlow = 10\nnormal = 5\n";
    let (config, diags) = Config::parse("config.toml", text);
    assert!(config.profiles.is_empty());
    let text: Vec<String> = diags.iter().map(ToString::to_string).collect();
    assert!(
        text[0].contains("[profiles.a] unknown backend \"jira\""),
        "{text:?}"
    );
    assert!(text[1].contains("unknown setting \"urll\""), "{text:?}");
    assert!(text[2].contains("must rise"), "{text:?}");
    assert_eq!(config.broken_profiles.len(), 3);
}
