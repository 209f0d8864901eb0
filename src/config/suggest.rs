//! "Did you mean": the known key nearest a misspelt one (`token_comand` → `token_cmd`).

/// The settings at the top of config.toml.
pub(super) const TOP_KEYS: &[&str] = &[
    "bell",
    "cache_max",
    "default_profile",
    "download_dir",
    "images",
    "keymap",
    "language",
    "languages",
    "long_thread",
    "max_download",
    "poll_budget",
    "poll_interval",
    "profiles",
    "theme",
    "translate_cmd",
];

/// The settings of a `[profiles.NAME]` table.
pub(super) const PROFILE_KEYS: &[&str] = &[
    "agents",
    "auth",
    "backend",
    "insecure_http",
    "keymap",
    "priorities",
    "priority_field",
    "quick_replies",
    "quick_tags",
    "signature",
    "targets",
    "theme",
    "time_zones",
    "token_cmd",
    "url",
    "user",
    "views",
];

/// The known key `typed` most likely meant, or `"none"` when none is close: near in
/// letters (a slip or two), or one that begins the same way.
pub(super) fn did_you_mean(typed: &str, known: &[&str]) -> String {
    nearest(typed, known).map_or_else(|| "none".to_string(), str::to_string)
}

/// The known name `typed` most likely meant, if one is close (case aside): a setting, a
/// canned response's title.
pub fn nearest<'a>(typed: &str, known: &[&'a str]) -> Option<&'a str> {
    let typed = typed.to_lowercase();
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&typed, &k.to_lowercase()), *k))
        .filter(|(distance, k)| *distance <= 2.max(k.chars().count() / 3))
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slip_finds_the_key_and_nonsense_finds_none() {
        assert_eq!(did_you_mean("token_comand", PROFILE_KEYS), "token_cmd");
        assert_eq!(did_you_mean("urll", PROFILE_KEYS), "url");
        assert_eq!(did_you_mean("tehme", TOP_KEYS), "theme");
        assert_eq!(did_you_mean("Poll_Intervall", TOP_KEYS), "poll_interval");
        assert_eq!(did_you_mean("colour_scheme", TOP_KEYS), "none");
    }
}
