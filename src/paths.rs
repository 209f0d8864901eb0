//! Where frontdesk's files live. On Linux: `~/.config/frontdesk/` for what the user writes
//! (config, keymap, theme, responses) and `~/.local/share/frontdesk/` for what frontdesk keeps.

use std::path::PathBuf;

use directories::ProjectDirs;

/// The files and folders frontdesk reads and writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub config_file: PathBuf,
    /// Holds `keymap.toml`, `theme.toml` and `responses/`.
    pub config_dir: PathBuf,
    /// Drafts, outbox, cache, usage counts, log.
    pub data_dir: PathBuf,
}

impl Paths {
    /// Resolves the paths: `--config` (else `FRONTDESK_CONFIG`) names the config file, and its
    /// folder holds the rest of the user's files; `FRONTDESK_DATA_DIR` moves the data folder.
    pub fn resolve(config_override: Option<PathBuf>) -> anyhow::Result<Self> {
        let dirs = ProjectDirs::from("", "", "frontdesk");
        let config_file = match config_override
            .or_else(|| std::env::var_os("FRONTDESK_CONFIG").map(PathBuf::from))
        {
            Some(file) => file,
            None => dirs
                .as_ref()
                .map(|d| d.config_dir().join("config.toml"))
                .ok_or_else(|| {
                    anyhow::anyhow!("cannot find a home directory; pass --config PATH")
                })?,
        };
        let config_dir = config_file
            .parent()
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("."));
        let data_dir = match std::env::var_os("FRONTDESK_DATA_DIR") {
            Some(dir) => PathBuf::from(dir),
            None => dirs
                .map(|d| d.data_dir().to_path_buf())
                .unwrap_or_else(|| config_dir.join("data")),
        };
        Ok(Self {
            config_file,
            config_dir,
            data_dir,
        })
    }

    /// The user's keymap overlay.
    pub fn keymap(&self) -> PathBuf {
        self.config_dir.join("keymap.toml")
    }

    /// The user's theme overlay.
    pub fn theme(&self) -> PathBuf {
        self.config_dir.join("theme.toml")
    }

    /// The folder of local canned responses.
    pub fn responses(&self) -> PathBuf {
        self.config_dir.join("responses")
    }

    /// Where `profile`'s drafts and outbox are kept.
    pub fn places(&self, profile: &str) -> crate::store::writer::Places {
        // A profile name is the user's to choose; as a file name it must stay one file.
        let name: String = profile
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || "-_.".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let name = if name.is_empty() || name.starts_with('.') {
            format!("_{name}")
        } else {
            name
        };
        crate::store::writer::Places {
            drafts: self.data_dir.join("drafts").join(&name),
            outbox: self.data_dir.join("outbox").join(format!("{name}.json")),
            claim: None,
            cache: self.data_dir.join("cache").join(format!("{name}.json")),
            conversations: self.data_dir.join("cache").join(&name).join("tickets"),
            cache_max: crate::config::CACHE_MAX,
            tally: self.data_dir.join("tally").join(format!("{name}.json")),
            searches: self.data_dir.join("searches").join(format!("{name}.json")),
            consent: self.data_dir.join("consent").join(format!("{name}.json")),
        }
    }

    /// Everything cached: the views and the conversations of every profile.
    pub fn cache(&self) -> PathBuf {
        self.data_dir.join("cache")
    }

    /// Usage counts of canned responses.
    pub fn usage(&self) -> PathBuf {
        self.data_dir.join("usage.json")
    }
}

/// `path` with a leading `~/` read as the home folder (as a shell would).
pub fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(path),
    }
}
