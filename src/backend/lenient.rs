//! Deserialisers that accept what help desks actually send: ids as numbers or strings, dates
//! that may be null or malformed, lists that may be null. A field that cannot be read becomes
//! "unknown" rather than failing the whole page.

use jiff::Timestamp;
use serde::{Deserialize, Deserializer};

/// An id written as a number or a string; null becomes empty.
pub fn id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => s,
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    })
}

/// An optional id written as a number or a string.
pub fn opt_id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) if !s.is_empty() => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

/// A list of ids written as numbers or strings; null, and anything else, reads as empty.
pub fn ids<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::Array(items) => items
            .into_iter()
            .filter_map(|v| match v {
                serde_json::Value::String(s) if !s.is_empty() => Some(s),
                serde_json::Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    })
}

/// An ISO 8601 time, or `None` when missing, null or unreadable.
pub fn opt_time<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Timestamp>, D::Error> {
    Ok(Option::<serde_json::Value>::deserialize(d)?
        .and_then(|v| v.as_str().and_then(|s| s.parse().ok())))
}

/// A list that may be null.
pub fn list<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// A string that may be null.
pub fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => s,
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    })
}

/// A value of any shape that reads as its default when it cannot be read.
pub fn or_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned + Default,
{
    let value = serde_json::Value::deserialize(d)?;
    Ok(serde_json::from_value(value).unwrap_or_default())
}

/// A list whose records are read one by one: a record that cannot be read is left out (and
/// logged) instead of failing the page it is on, so one bad ticket or comment never hides the
/// others. Null reads as empty.
pub fn each<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let values = Option::<Vec<serde_json::Value>>::deserialize(d)?.unwrap_or_default();
    let total = values.len();
    let kept: Vec<T> = values
        .into_iter()
        .filter_map(|v| match serde_json::from_value(v) {
            Ok(item) => Some(item),
            Err(err) => {
                tracing::warn!(%err, "left out a record the help desk sent that cannot be read");
                None
            }
        })
        .collect();
    if kept.len() < total {
        tracing::warn!(
            kept = kept.len(),
            total,
            "some records of a page were left out"
        );
    }
    Ok(kept)
}

/// A bare JSON array read as [`each`] reads a field.
#[derive(Debug)]
pub struct Each<T>(pub Vec<T>);

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for Each<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        each(d).map(Each)
    }
}

#[cfg(test)]
mod each_tests {
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Row {
        id: u64,
        subject: String,
    }

    #[derive(Debug, Deserialize)]
    struct Page {
        #[serde(deserialize_with = "super::each")]
        tickets: Vec<Row>,
    }

    #[test]
    fn one_unreadable_record_leaves_the_rest_of_the_page() {
        let page: Page = serde_json::from_str(
            r#"{"tickets": [{"id": 1, "subject": "ok"}, {"id": "x", "subject": 5}, {"id": 3, "subject": "also ok"}]}"#,
        )
        .expect("the page reads");
        let ids: Vec<u64> = page.tickets.iter().map(|r| r.id).collect();
        assert_eq!(ids, [1, 3]);
        let bare: super::Each<Row> =
            serde_json::from_str(r#"[{"id": 1, "subject": "ok"}, null]"#).expect("reads");
        assert_eq!(bare.0.len(), 1);
    }
}
