//! Which language frontdesk speaks: `language` in config.toml, else the locale the system
//! names (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders them), else English.

use std::fmt;

/// A language frontdesk's interface is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    En,
    Fi,
    Ru,
    De,
    Et,
    Zh,
}

impl Language {
    pub const ALL: [Language; 6] = [
        Language::En,
        Language::Fi,
        Language::Ru,
        Language::De,
        Language::Et,
        Language::Zh,
    ];

    /// Its code, as config.toml and the message files name it.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fi => "fi",
            Language::Ru => "ru",
            Language::De => "de",
            Language::Et => "et",
            Language::Zh => "zh",
        }
    }

    /// Its name in itself.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Fi => "suomi",
            Language::Ru => "русский",
            Language::De => "Deutsch",
            Language::Et => "eesti",
            Language::Zh => "中文",
        }
    }

    /// The language a code or a locale names: `fi`, `ru-RU`, `de_DE.UTF-8`, `zh_CN@x`.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let code = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == code)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.native_name(), self.code())
    }
}

/// Where the choice came from, for `--paths` and `doctor`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// `language = "…"` in config.toml.
    Config,
    /// An environment variable, with its value.
    Environment(&'static str, String),
    /// Nothing named one (or only `C`/`POSIX`).
    Default,
}

/// The language chosen, why, and what was asked for that frontdesk does not speak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen {
    pub language: Language,
    pub source: Source,
    /// A language asked for but not translated (`sv_SE.UTF-8`): English stands in.
    pub unknown: Option<String>,
}

impl Chosen {
    /// One line: `suomi (fi), from LANG=fi_FI.UTF-8`.
    pub fn describe(&self) -> String {
        let from = match &self.source {
            Source::Config => crate::fl!("language-from-config"),
            Source::Environment(name, value) => crate::fl!(
                "language-from-env",
                name = name.to_string(),
                value = value.as_str()
            ),
            Source::Default => crate::fl!("language-default"),
        };
        let language = self.language.to_string();
        match &self.unknown {
            Some(asked) => crate::fl!(
                "language-not-translated",
                language = language,
                from = from,
                asked = asked.as_str()
            ),
            None => crate::fl!("language-chosen", language = language, from = from),
        }
    }
}

/// The language to speak: the config's, else the locale's, else English. `env` reads a
/// variable (the process environment, or a test's).
pub fn choose(config: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Chosen {
    if let Some(asked) = config.map(str::trim).filter(|s| !s.is_empty()) {
        return match Language::from_locale(asked) {
            Some(language) => Chosen {
                language,
                source: Source::Config,
                unknown: None,
            },
            None => Chosen {
                language: Language::En,
                source: Source::Config,
                unknown: Some(asked.to_string()),
            },
        };
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        let Some(value) = env(name).filter(|v| !v.trim().is_empty()) else {
            continue;
        };
        if matches!(value.as_str(), "C" | "POSIX") || value.starts_with("C.") {
            break;
        }
        let language = Language::from_locale(&value);
        return Chosen {
            language: language.unwrap_or_default(),
            unknown: language.is_none().then(|| value.clone()),
            source: Source::Environment(name, value),
        };
    }
    Chosen {
        language: Language::En,
        source: Source::Default,
        unknown: None,
    }
}
