//! The values of `config.toml`'s settings, each read with a message that says what to write.

use super::Graphics;

/// `max_download = 100` (megabytes), or a string with a unit: `"250MB"`, `"2GB"`.
pub(super) fn megabytes(value: &toml::Value) -> Option<u64> {
    const MB: u64 = 1024 * 1024;
    match value {
        toml::Value::Integer(n) if *n > 0 => Some(*n as u64 * MB),
        toml::Value::String(s) => {
            let s = s.trim().to_ascii_lowercase();
            let (number, unit) = match s.find(|c: char| !c.is_ascii_digit() && c != '.') {
                Some(at) => s.split_at(at),
                None => (s.as_str(), "mb"),
            };
            let n: f64 = number.parse().ok().filter(|n: &f64| *n > 0.0)?;
            let scale = match unit.trim() {
                "kb" | "k" => 1024.0,
                "mb" | "m" | "" => MB as f64,
                "gb" | "g" => (MB * 1024) as f64,
                _ => return None,
            };
            Some((n * scale) as u64)
        }
        _ => None,
    }
}

/// `images = "auto" | "halfblocks" | "kitty" | "sixel" | "iterm2"`.
pub(super) fn graphics(value: &str) -> Result<Option<Graphics>, String> {
    Ok(match value.trim().to_ascii_lowercase().as_str() {
        "auto" => None,
        "halfblocks" | "blocks" => Some(Graphics::Halfblocks),
        "kitty" => Some(Graphics::Kitty),
        "sixel" => Some(Graphics::Sixel),
        "iterm2" | "iterm" => Some(Graphics::Iterm2),
        other => {
            return Err(crate::fl!("config-images-unknown", value = other));
        }
    })
}

/// `poll_interval = "60s"`, at least 5 seconds, or `"off"`.
pub(super) fn poll_interval(value: &toml::Value) -> Result<Option<std::time::Duration>, String> {
    if value.as_str() == Some("off") {
        return Ok(None);
    }
    let d = crate::triage::duration(value, "poll_interval")
        .map_err(|why| crate::fl!("config-poll-interval-or-off", why = why))?;
    if d < jiff::SignedDuration::from_secs(5) {
        return Err(crate::fl!("config-poll-interval-short"));
    }
    Ok(std::time::Duration::try_from(d).ok())
}

/// `poll_budget = "5%"`: the share of the desk's rate limit polling may use.
pub(super) fn share(value: &toml::Value) -> Result<f64, String> {
    let why = || crate::fl!("config-poll-budget");
    let text = value.as_str().ok_or_else(why)?.trim();
    let number = text.strip_suffix('%').ok_or_else(why)?.trim();

    match number.parse::<f64>() {
        Ok(n) if n > 0.0 && n <= 100.0 => Ok(n / 100.0),
        _ => Err(why()),
    }
}
