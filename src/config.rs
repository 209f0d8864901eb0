//! `config.toml`: the user's settings and help desk profiles. Read from text so tests need no
//! files; every problem becomes a diagnostic and the setting keeps its default (a broken
//! profile is left out, and using it explains why).

use std::collections::BTreeMap;

use crate::diag::Diagnostic;
use crate::model::View;

/// Which kind of help desk a profile talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackendKind {
    Demo,
    Rt,
    Zendesk,
    Freshdesk,
    Zammad,
    Redmine,
    HelpScout,
    Jira,
}

impl BackendKind {
    /// Every kind, as written in config files.
    pub const ALL: [(&'static str, BackendKind); 8] = [
        ("demo", BackendKind::Demo),
        ("rt", BackendKind::Rt),
        ("zendesk", BackendKind::Zendesk),
        ("freshdesk", BackendKind::Freshdesk),
        ("zammad", BackendKind::Zammad),
        ("redmine", BackendKind::Redmine),
        ("helpscout", BackendKind::HelpScout),
        ("jira", BackendKind::Jira),
    ];

    /// Reads a kind as written in config files or `FRONTDESK_BACKEND`.
    pub fn parse(name: &str) -> Result<Self, String> {
        let lower = name.trim().to_ascii_lowercase();
        let lower = match lower.as_str() {
            "request-tracker" | "requesttracker" => "rt".to_string(),
            "help-scout" | "help scout" => "helpscout".to_string(),
            "jsm" | "jira-service-management" => "jira".to_string(),
            _ => lower,
        };
        Self::ALL
            .iter()
            .find(|(n, _)| *n == lower)
            .map(|(_, k)| *k)
            .ok_or_else(|| {
                let known: Vec<&str> = Self::ALL.iter().map(|(n, _)| *n).collect();
                crate::fl!(
                    "config-unknown-backend",
                    name = name,
                    known = known.join(", ")
                )
            })
    }

    /// The name as written in config files.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, k)| *k == self)
            .map_or("?", |(n, _)| n)
    }
}

/// Priority numbers for help desks that store a number (Request Tracker): the number each
/// level is written as, and the threshold from which a number counts as that level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PriorityScale {
    pub low: i64,
    pub normal: i64,
    pub high: i64,
    pub urgent: i64,
}

impl Default for PriorityScale {
    /// Request Tracker's own labels (Low 0, Medium 50, High 100) and one step above for urgent.
    fn default() -> Self {
        Self {
            low: 0,
            normal: 50,
            high: 100,
            urgent: 150,
        }
    }
}

/// One help desk account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub backend: BackendKind,
    pub url: Option<String>,
    pub user: Option<String>,
    /// A shell command that prints the token, e.g. `pass show rt`.
    pub token_cmd: Option<String>,
    /// How the credential is sent, where a help desk offers a choice (Request Tracker:
    /// `token`, the default, or `basic` with the password as the credential).
    pub auth: Option<String>,
    /// The queue's tabs; empty means the backend's defaults.
    pub views: Vec<View>,
    pub priorities: PriorityScale,
    /// Agents to offer in the assign menu when the help desk will not list them.
    pub agents: Vec<String>,
    /// Help Scout, which has no priority: the dropdown custom field that keeps one (without
    /// it, tags named urgent, high and low do).
    pub priority_field: Option<String>,
    pub theme: Option<String>,
    pub keymap: Option<String>,
    /// The demo desk only: how many tickets to generate instead of the shipped 320 (for trying
    /// and measuring frontdesk on a large queue; `--demo-tickets`).
    pub demo_tickets: Option<usize>,
    /// Response and resolution targets, quick wins.
    pub triage: crate::triage::Triage,
    /// Sends the credential over plain `http://` to a host that is not this machine. Off
    /// unless the profile says `insecure_http = true`: the token would cross the network
    /// readable by anyone on the way.
    pub insecure_http: bool,
    /// Where a reply's signature comes from: the desk (the agent's own there, the default),
    /// nowhere, or a file.
    pub signature: Signature,
    /// Customers' time zones where the desk keeps none, by their organisation's name or
    /// their language's code: `{ fi = "Europe/Helsinki", "Williams Bakery" = "Pacific/Auckland" }`.
    pub time_zones: BTreeMap<String, String>,
}

/// Where a reply's signature comes from (`signature = "desk"`, `"none"` or a file's path).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Signature {
    /// The agent's signature as the desk keeps it, where it keeps one.
    #[default]
    Desk,
    None,
    File(std::path::PathBuf),
}

impl Profile {
    /// A profile with nothing but its name and backend set.
    pub fn new(name: impl Into<String>, backend: BackendKind) -> Self {
        Self {
            name: name.into(),
            backend,
            url: None,
            user: None,
            token_cmd: None,
            auth: None,
            views: Vec::new(),
            priorities: PriorityScale::default(),
            agents: Vec::new(),
            priority_field: None,
            theme: None,
            keymap: None,
            demo_tickets: None,
            triage: crate::triage::Triage::default(),
            insecure_http: false,
            signature: Signature::Desk,
            time_zones: BTreeMap::new(),
        }
    }
}

/// How the terminal shows pictures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Graphics {
    /// Unicode half blocks in colour: every terminal, tmux and SSH included.
    #[default]
    Halfblocks,
    Kitty,
    Sixel,
    Iterm2,
}

/// `max_download`'s default: 100 MB.
pub const MAX_DOWNLOAD: u64 = 100 * 1024 * 1024;

/// How much of the disk conversations may take unless the config says: 200 MB.
pub const CACHE_MAX: u64 = 200 * 1024 * 1024;

/// The user's settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// A shipped theme (`default`, `light`, `mono`); `theme.toml` in the config dir overlays it.
    pub theme: String,
    /// A shipped keymap (`default`, `emacs`); `keymap.toml` in the config dir overlays it.
    pub keymap: String,
    /// More replies than this flags a conversation for a second look.
    pub long_thread: u32,
    /// How often to ask the help desk what changed; `None`: never.
    pub poll_interval: Option<std::time::Duration>,
    /// The share of the desk's rate limit (per minute) polling may use, from 0 to 1.
    pub poll_budget: f64,
    /// The most bytes of conversations kept on disk; the least recently opened go first.
    pub cache_max: u64,
    /// Whether an urgent arrival rings the terminal bell.
    pub bell: bool,
    pub default_profile: Option<String>,
    /// The interface's language (`fi`, `ru`…); `None`: the locale's (`LC_ALL`, `LC_MESSAGES`,
    /// `LANG`), else English.
    pub language: Option<String>,
    /// A command that translates: text on stdin, the source and target language as its
    /// arguments, the translation on stdout (`trans -b`, a local model, a LibreTranslate
    /// script). `None`: nothing is ever translated.
    pub translate_cmd: Option<String>,
    /// The languages customers' messages are told apart among (codes); the six frontdesk
    /// speaks by default.
    pub languages: Vec<String>,
    /// Where saved attachments go; `None`: the desktop's download folder.
    pub download_dir: Option<std::path::PathBuf>,
    /// Attachments larger than this many bytes are downloaded only once confirmed.
    pub max_download: u64,
    /// How pictures are drawn: `None` finds out from the terminal.
    pub images: Option<Graphics>,
    pub profiles: BTreeMap<String, Profile>,
    /// Profiles that were written but could not be used, with why.
    pub broken_profiles: BTreeMap<String, String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            theme: "default".into(),
            keymap: "default".into(),
            long_thread: 6,
            poll_interval: Some(std::time::Duration::from_secs(60)),
            poll_budget: 0.05,
            cache_max: CACHE_MAX,
            bell: true,
            default_profile: None,
            language: None,
            translate_cmd: None,
            languages: crate::text::language::DEFAULT
                .iter()
                .map(|c| c.to_string())
                .collect(),
            download_dir: None,
            max_download: MAX_DOWNLOAD,
            images: None,
            profiles: BTreeMap::new(),
            broken_profiles: BTreeMap::new(),
        }
    }
}

impl Config {
    /// Reads `text` (the contents of `file`); what cannot be used is reported and defaulted.
    pub fn parse(file: &str, text: &str) -> (Config, Vec<Diagnostic>) {
        let mut config = Config::default();
        let mut diags = Vec::new();
        let table = match text.parse::<toml::Table>() {
            Ok(table) => table,
            Err(err) => {
                diags.push(Diagnostic::from_toml(file, text, &err));
                return (config, diags);
            }
        };
        for (key, value) in &table {
            match (key.as_str(), value) {
                ("theme", toml::Value::String(s)) => config.theme = s.clone(),
                ("keymap", toml::Value::String(s)) => config.keymap = s.clone(),
                ("default_profile", toml::Value::String(s)) => {
                    config.default_profile = Some(s.clone())
                }
                ("translate_cmd", toml::Value::String(s)) if !s.trim().is_empty() => {
                    config.translate_cmd = Some(s.trim().to_string())
                }
                ("languages", toml::Value::Array(list)) => {
                    let codes: Vec<String> = list
                        .iter()
                        .filter_map(|v| v.as_str())
                        .map(crate::text::language::base)
                        .filter(|c| !c.is_empty())
                        .collect();
                    let unknown: Vec<&String> = codes
                        .iter()
                        .filter(|c| !crate::text::language::known(c))
                        .collect();
                    if codes.is_empty() || codes.len() != list.len() || !unknown.is_empty() {
                        diags.push(Diagnostic::new(
                            file,
                            crate::fl!("config-languages", unknown = format!("{unknown:?}")),
                        ));
                    } else {
                        config.languages = codes;
                    }
                }
                ("translate_cmd", _) => {
                    diags.push(Diagnostic::new(file, crate::fl!("config-translate-cmd")))
                }
                ("language", toml::Value::String(s)) => {
                    if crate::i18n::Language::from_locale(s).is_none() && !s.trim().is_empty() {
                        diags.push(Diagnostic::new(
                            file,
                            crate::fl!("config-language-untranslated", language = s.as_str()),
                        ));
                    }
                    config.language = Some(s.clone());
                }
                ("long_thread", toml::Value::Integer(n)) if (0..=1000).contains(n) => {
                    config.long_thread = *n as u32
                }
                ("poll_interval", value) => match poll_interval(value) {
                    Ok(every) => config.poll_interval = every,
                    Err(why) => diags.push(Diagnostic::new(file, why)),
                },
                ("poll_budget", value) => match share(value) {
                    Ok(share) => config.poll_budget = share,
                    Err(why) => diags.push(Diagnostic::new(file, why)),
                },
                ("cache_max", value) => match megabytes(value) {
                    Some(bytes) => config.cache_max = bytes,
                    None => diags.push(Diagnostic::new(file, crate::fl!("config-cache-max"))),
                },
                ("download_dir", toml::Value::String(s)) if !s.trim().is_empty() => {
                    config.download_dir = Some(s.into())
                }
                ("download_dir", _) => {
                    diags.push(Diagnostic::new(file, crate::fl!("config-download-dir")))
                }
                ("max_download", value) => match megabytes(value) {
                    Some(bytes) => config.max_download = bytes,
                    None => diags.push(Diagnostic::new(file, crate::fl!("config-max-download"))),
                },
                ("images", toml::Value::String(s)) => match graphics(s) {
                    Ok(choice) => config.images = choice,
                    Err(why) => diags.push(Diagnostic::new(file, why)),
                },
                ("images", _) => diags.push(Diagnostic::new(file, crate::fl!("config-images"))),
                ("bell", toml::Value::Boolean(b)) => config.bell = *b,
                ("bell", _) => diags.push(Diagnostic::new(file, crate::fl!("config-bell"))),
                ("profiles", toml::Value::Table(profiles)) => {
                    for (name, value) in profiles {
                        match parse_profile(name, value) {
                            Ok(profile) => {
                                config.profiles.insert(name.clone(), profile);
                            }
                            Err(why) => {
                                diags.push(Diagnostic::new(
                                    file,
                                    crate::fl!(
                                        "config-profile-unusable",
                                        name = name.as_str(),
                                        why = why.as_str()
                                    ),
                                ));
                                config.broken_profiles.insert(name.clone(), why);
                            }
                        }
                    }
                }
                ("theme" | "keymap" | "default_profile" | "language", _) => {
                    let said = crate::fl!("config-must-be-string", key = key.as_str());
                    diags.push(Diagnostic::new(file, said));
                }
                ("long_thread", _) => {
                    diags.push(Diagnostic::new(file, crate::fl!("config-long-thread")))
                }
                ("profiles", _) => {
                    diags.push(Diagnostic::new(file, crate::fl!("config-profiles-tables")))
                }
                (other, _) => diags.push(Diagnostic::new(
                    file,
                    crate::fl!(
                        "config-unknown-setting",
                        key = other,
                        suggestion = did_you_mean(other, TOP_KEYS)
                    ),
                )),
            }
        }
        (config, diags)
    }
}

fn string(value: &toml::Value, key: &str) -> Result<String, String> {
    value
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| crate::fl!("config-must-be-string", key = key))
}

fn parse_profile(name: &str, value: &toml::Value) -> Result<Profile, String> {
    let table = value
        .as_table()
        .ok_or_else(|| crate::fl!("config-must-be-table"))?;
    let backend = table
        .get("backend")
        .ok_or_else(|| crate::fl!("config-needs-backend"))?;
    let mut profile = Profile::new(name, BackendKind::parse(&string(backend, "backend")?)?);
    for (key, value) in table {
        match key.as_str() {
            "backend" => {}
            "url" => profile.url = Some(string(value, key)?),
            "user" => profile.user = Some(string(value, key)?),
            "token_cmd" => profile.token_cmd = Some(string(value, key)?),
            "auth" => profile.auth = Some(string(value, key)?),
            "insecure_http" => {
                profile.insecure_http = value
                    .as_bool()
                    .ok_or_else(|| crate::fl!("config-insecure-http"))?
            }
            "theme" => profile.theme = Some(string(value, key)?),
            "priority_field" => profile.priority_field = Some(string(value, key)?),
            "signature" => {
                profile.signature = match string(value, key)?.as_str() {
                    "desk" => Signature::Desk,
                    "none" | "" => Signature::None,
                    path => Signature::File(crate::paths::expand_home(path)),
                }
            }
            "keymap" => profile.keymap = Some(string(value, key)?),
            "time_zones" => {
                let table = value
                    .as_table()
                    .ok_or_else(|| crate::fl!("config-time-zones"))?;
                for (who, zone) in table {
                    let zone = string(zone, &format!("time_zones.{who}"))?;
                    if jiff::tz::TimeZone::get(&zone).is_err() {
                        return Err(crate::fl!(
                            "config-not-a-zone",
                            who = who.as_str(),
                            zone = zone.as_str()
                        ));
                    }
                    profile.time_zones.insert(who.clone(), zone);
                }
            }
            "agents" => {
                let list = value
                    .as_array()
                    .ok_or_else(|| crate::fl!("config-agents"))?;
                profile.agents = list
                    .iter()
                    .map(|v| string(v, "each agent"))
                    .collect::<Result<_, _>>()?;
            }
            "views" => {
                let list = value.as_array().ok_or_else(|| crate::fl!("config-views"))?;
                for view in list {
                    let view = view
                        .as_table()
                        .ok_or_else(|| crate::fl!("config-view-table"))?;
                    let get = |k: &str| {
                        view.get(k)
                            .ok_or_else(|| crate::fl!("config-view-needs", key = k))
                            .and_then(|v| string(v, k))
                    };
                    let quick = match view.get("quick") {
                        None => false,
                        Some(toml::Value::Boolean(b)) => *b,
                        Some(_) => return Err(crate::fl!("config-view-quick")),
                    };
                    if let Some(other) = view
                        .keys()
                        .find(|k| !matches!(k.as_str(), "name" | "query" | "quick"))
                    {
                        return Err(crate::fl!("config-view-unknown", key = other.as_str()));
                    }
                    profile.views.push(View {
                        name: get("name")?,
                        query: get("query")?,
                        quick,
                    });
                }
            }
            "targets" => profile.triage.parse_targets(value)?,
            "quick_tags" => {
                let list = value
                    .as_array()
                    .ok_or_else(|| crate::fl!("config-quick-tags"))?;
                profile.triage.quick_tags = list
                    .iter()
                    .map(|v| string(v, "each quick tag"))
                    .collect::<Result<_, _>>()?;
            }
            "quick_replies" => {
                let n = value
                    .as_integer()
                    .filter(|n| (0..=1000).contains(n))
                    .ok_or_else(|| crate::fl!("config-quick-replies"))?;
                profile.triage.quick_replies = n as u32;
            }
            "priorities" => {
                let scale = value
                    .as_table()
                    .ok_or_else(|| crate::fl!("config-priorities"))?;
                let mut parsed = PriorityScale::default();
                for (level, n) in scale {
                    let n = n.as_integer().ok_or_else(|| {
                        crate::fl!("config-priority-number", level = level.as_str())
                    })?;
                    match level.as_str() {
                        "low" => parsed.low = n,
                        "normal" => parsed.normal = n,
                        "high" => parsed.high = n,
                        "urgent" => parsed.urgent = n,
                        other => {
                            return Err(crate::fl!("config-priority-unknown", level = other));
                        }
                    }
                }
                if !(parsed.low < parsed.normal
                    && parsed.normal < parsed.high
                    && parsed.high < parsed.urgent)
                {
                    return Err(crate::fl!("config-priorities-rise"));
                }
                profile.priorities = parsed;
            }
            other => {
                return Err(crate::fl!(
                    "config-profile-unknown-setting",
                    key = other,
                    suggestion = did_you_mean(other, PROFILE_KEYS)
                ));
            }
        }
    }
    Ok(profile)
}

pub mod suggest;
#[cfg(test)]
mod tests;
mod values;

use suggest::{PROFILE_KEYS, TOP_KEYS, did_you_mean};
use values::{graphics, megabytes, poll_interval, share};
