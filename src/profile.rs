//! Which help desk account to use: `--profile`, else `FRONTDESK_PROFILE`, else the config's
//! `default_profile` (or its only profile); then `FRONTDESK_BACKEND`, `FRONTDESK_URL` and
//! `FRONTDESK_USER` override the profile's values, so scripts and CI need no config file at all.

use std::fmt;

use crate::config::{BackendKind, Config, Profile};

/// The environment variables frontdesk reads, passed in so tests need not set real ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Env {
    pub profile: Option<String>,
    pub backend: Option<String>,
    pub url: Option<String>,
    pub user: Option<String>,
    pub token: Option<String>,
}

impl Env {
    /// The values set in this process's environment (empty values count as unset).
    pub fn from_process() -> Self {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Self {
            profile: var("FRONTDESK_PROFILE"),
            backend: var("FRONTDESK_BACKEND"),
            url: var("FRONTDESK_URL"),
            user: var("FRONTDESK_USER"),
            token: var(crate::credentials::TOKEN_VAR),
        }
    }
}

/// Why no profile could be chosen, each with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// Nothing is configured at all: a first run.
    FirstRun,
    /// The named profile does not exist.
    Unknown { name: String, known: Vec<String> },
    /// The named profile exists but could not be read.
    Broken { name: String, why: String },
    /// Several profiles and none chosen.
    Ambiguous { known: Vec<String> },
    /// The profile lacks something it needs.
    Incomplete {
        name: String,
        missing: &'static str,
        example: String,
    },
    /// `FRONTDESK_BACKEND` names no backend.
    BadBackend(String),
    /// `config.toml` cannot be read as TOML, so no profile in it can be known.
    Unreadable { file: String, why: String },
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Choice::FirstRun => f.write_str(&crate::fl!("profile-first-run")),
            Choice::Unknown { name, known } if known.is_empty() => {
                f.write_str(&crate::fl!("profile-none-yet", name = name.as_str()))
            }
            Choice::Unknown { name, known } => f.write_str(&crate::fl!(
                "profile-unknown",
                name = name.as_str(),
                known = known.join(", ")
            )),
            Choice::Broken { name, why } => f.write_str(&crate::fl!(
                "profile-broken",
                name = name.as_str(),
                why = why.as_str()
            )),
            Choice::Ambiguous { known } => f.write_str(&crate::fl!(
                "profile-ambiguous",
                known = known.join(", "),
                first = known.first().map_or("NAME", String::as_str)
            )),
            Choice::Incomplete {
                name,
                missing,
                example,
            } => f.write_str(&crate::fl!(
                "profile-incomplete",
                name = name.as_str(),
                missing = missing.to_string(),
                example = example.as_str(),
                var = missing.to_ascii_uppercase()
            )),
            Choice::BadBackend(why) => write!(f, "FRONTDESK_BACKEND: {why}"),
            Choice::Unreadable { file, why } => f.write_str(&crate::fl!(
                "profile-unreadable",
                file = file.as_str(),
                why = why.as_str()
            )),
        }
    }
}

/// Chooses the profile to use and applies the environment overrides.
pub fn choose(config: &Config, cli_profile: Option<&str>, env: &Env) -> Result<Profile, Choice> {
    let named = cli_profile
        .map(str::to_string)
        .or_else(|| env.profile.clone())
        .or_else(|| config.default_profile.clone());
    let known: Vec<String> = config.profiles.keys().cloned().collect();
    let env_backend = match env.backend.as_deref().map(BackendKind::parse) {
        Some(Ok(kind)) => Some(kind),
        Some(Err(why)) => return Err(Choice::BadBackend(why)),
        None => None,
    };
    let mut profile = match named {
        Some(name) => match config.profiles.get(&name) {
            Some(profile) => profile.clone(),
            None if config.broken_profiles.contains_key(&name) => {
                return Err(Choice::Broken {
                    why: config.broken_profiles[&name].clone(),
                    name,
                });
            }
            None => match env_backend {
                Some(kind) => Profile::new(name, kind),
                None => return Err(Choice::Unknown { name, known }),
            },
        },
        None => match (config.profiles.len(), env_backend) {
            (_, Some(kind)) if config.profiles.is_empty() => Profile::new("env", kind),
            (1, _) => config
                .profiles
                .values()
                .next()
                .cloned()
                .ok_or(Choice::FirstRun)?,
            (0, None) => return Err(Choice::FirstRun),
            _ => return Err(Choice::Ambiguous { known }),
        },
    };
    if let Some(kind) = env_backend {
        profile.backend = kind;
    }
    if let Some(url) = &env.url {
        profile.url = Some(url.clone());
    }
    if let Some(user) = &env.user {
        profile.user = Some(user.clone());
    }
    // Help Scout lives at one address; its app id is what the profile must say.
    if profile.backend == BackendKind::HelpScout && profile.user.is_none() {
        return Err(Choice::Incomplete {
            name: profile.name,
            missing: "user",
            example: "user = \"APP-ID\" (the App ID under Your Profile → My Apps)".into(),
        });
    }
    let needs_url = !matches!(profile.backend, BackendKind::Demo | BackendKind::HelpScout);
    if needs_url && profile.url.is_none() {
        let example = match profile.backend {
            BackendKind::Rt => "url = \"https://rt.example.com\"",
            BackendKind::Zendesk => "url = \"https://acme.zendesk.com\"",
            BackendKind::Freshdesk => "url = \"https://acme.freshdesk.com\"",
            BackendKind::Redmine => "url = \"https://redmine.example.com\"",
            BackendKind::Jira => "url = \"https://acme.atlassian.net\"",
            _ => "url = \"https://helpdesk.example.com\"",
        };
        return Err(Choice::Incomplete {
            name: profile.name,
            missing: "url",
            example: example.into(),
        });
    }
    Ok(profile)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(text: &str) -> Config {
        let (config, diags) = Config::parse("config.toml", text);
        assert!(diags.is_empty() || text.contains("kayako"), "{diags:?}");
        config
    }

    const TWO: &str =
        "[profiles.a]\nbackend = \"rt\"\nurl = \"http://a\"\n[profiles.b]\nbackend = \"demo\"\n";

    #[test]
    fn help_scout_needs_its_app_id_not_a_url() {
        let env = Env {
            backend: Some("helpscout".into()),
            ..Env::default()
        };
        let err = choose(&Config::default(), None, &env).expect_err("no app id");
        assert!(err.to_string().contains("FRONTDESK_USER"), "{err}");
        let env = Env {
            user: Some("app-1".into()),
            ..env
        };
        let profile = choose(&Config::default(), None, &env).expect("a profile");
        assert_eq!(profile.backend, BackendKind::HelpScout);
        assert!(profile.url.is_none(), "Help Scout's own address is used");
    }

    #[test]
    fn the_environment_alone_is_enough() {
        let env = Env {
            backend: Some("rt".into()),
            url: Some("http://127.0.0.1:9".into()),
            ..Env::default()
        };
        let profile = choose(&Config::default(), None, &env).expect("a profile");
        assert_eq!(
            (profile.backend, profile.url.as_deref()),
            (BackendKind::Rt, Some("http://127.0.0.1:9"))
        );
    }

    #[test]
    fn nothing_configured_is_a_first_run() {
        assert_eq!(
            choose(&Config::default(), None, &Env::default()),
            Err(Choice::FirstRun)
        );
    }

    #[test]
    fn flag_beats_environment_beats_default() {
        let mut c = config(TWO);
        c.default_profile = Some("a".into());
        let env = Env {
            profile: Some("b".into()),
            ..Env::default()
        };
        assert_eq!(
            choose(&c, None, &Env::default()).map(|p| p.name),
            Ok("a".into())
        );
        assert_eq!(choose(&c, None, &env).map(|p| p.name), Ok("b".into()));
        assert_eq!(choose(&c, Some("a"), &env).map(|p| p.name), Ok("a".into()));
    }

    #[test]
    fn environment_values_override_the_profile() {
        let env = Env {
            url: Some("http://other".into()),
            user: Some("bob".into()),
            ..Env::default()
        };
        let p = choose(&config(TWO), Some("a"), &env).expect("profile");
        assert_eq!(
            (p.url.as_deref(), p.user.as_deref()),
            (Some("http://other"), Some("bob"))
        );
    }

    #[test]
    fn problems_say_what_to_do() {
        let two = config(TWO);
        let unknown = choose(&two, Some("c"), &Env::default())
            .unwrap_err()
            .to_string();
        assert!(
            unknown.contains("no profile \"c\"") && unknown.contains("a, b"),
            "{unknown}"
        );
        let ambiguous = choose(&two, None, &Env::default()).unwrap_err().to_string();
        assert!(ambiguous.contains("--profile NAME"), "{ambiguous}");
        let no_url = choose(
            &config("[profiles.x]\nbackend = \"rt\"\n"),
            None,
            &Env::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(
            no_url.contains("url = \"https://rt.example.com\"") && no_url.contains("FRONTDESK_URL"),
            "{no_url}"
        );
        let bad = Env {
            backend: Some("kayako".into()),
            ..Env::default()
        };
        assert!(
            choose(&Config::default(), None, &bad)
                .unwrap_err()
                .to_string()
                .contains("unknown backend \"kayako\"")
        );
        let (broken, _) = Config::parse("config.toml", "[profiles.x]\nbackend = \"kayako\"\n");
        let why = choose(&broken, Some("x"), &Env::default())
            .unwrap_err()
            .to_string();
        assert!(why.contains("cannot be used: unknown backend"), "{why}");
    }
}
