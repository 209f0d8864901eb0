//! A refusal that names fields the desk wants filled, in each desk's shape, so the agent is
//! asked for them instead of shown an error: Zendesk's `details.base[].ticket_field_id`,
//! Freshdesk's `errors[].field`, Jira's `errors` map, Zammad's "Missing required value for
//! field", Redmine's "cannot be blank".

use serde_json::Value;

use crate::backend::Missing;
use crate::text::clean_line;

/// The fields `body` (a 400 or 422's) says are missing, if that is what it says.
pub fn missing_fields(body: &str) -> Option<Vec<Missing>> {
    let json: Value = serde_json::from_str(body.trim()).ok()?;
    let found = zendesk(&json)
        .or_else(|| zammad(&json))
        .or_else(|| listed(&json))
        .or_else(|| jira(&json))?;
    (!found.is_empty()).then_some(found)
}

fn missing(field: &str, name: &str, reason: &str) -> Missing {
    Missing {
        field: clean_line(field),
        name: clean_line(name),
        reason: clean_line(reason),
        def: None,
    }
}

/// `{"details":{"base":[{"description":"Type: is required when solving a ticket",
/// "ticket_field_id":360001}]}}`
fn zendesk(json: &Value) -> Option<Vec<Missing>> {
    let base = json.get("details")?.get("base")?.as_array()?;
    let found: Vec<Missing> = base
        .iter()
        .filter_map(|e| {
            let id = e.get("ticket_field_id")?;
            let id = id
                .as_u64()
                .map_or_else(|| id.as_str().unwrap_or("").to_string(), |n| n.to_string());
            let text = e.get("description")?.as_str()?;
            let (name, reason) = text.split_once(':').unwrap_or((text, "is required"));
            Some(missing(&id, name.trim(), reason.trim()))
        })
        .collect();
    Some(found)
}

/// `{"error":"Missing required value for field 'my_field'!"}`
fn zammad(json: &Value) -> Option<Vec<Missing>> {
    let text = ["error", "error_human"].iter().find_map(|k| {
        json.get(*k)?
            .as_str()
            .filter(|t| t.starts_with("Missing required"))
    })?;
    let rest = text.strip_prefix("Missing required value for field '")?;
    let (field, _) = rest.split_once('\'')?;
    Some(vec![missing(field, field, "is required")])
}

/// Freshdesk's `{"errors":[{"field":"cf_product","code":"missing_field","message":…}]}` and
/// Redmine's `{"errors":["Product cannot be blank"]}`.
fn listed(json: &Value) -> Option<Vec<Missing>> {
    let errors = json.get("errors")?.as_array()?;
    let found = errors
        .iter()
        .filter_map(|e| match e {
            Value::String(text) => {
                let (name, _) = text.split_once(" cannot be blank")?;
                Some(missing(name, name, "cannot be blank"))
            }
            Value::Object(_) => {
                let field = e.get("field")?.as_str()?;
                let message = e.get("message").and_then(Value::as_str).unwrap_or("");
                let code = e.get("code").and_then(Value::as_str).unwrap_or("");
                // Freshdesk reports a field required for closure as a mismatch against null.
                let absent = code == "missing_field"
                    || message.contains("required")
                    || (code == "datatype_mismatch" && message.contains("Null"));
                absent.then(|| missing(field, field, "is required to close"))
            }
            _ => None,
        })
        .collect();
    Some(found)
}

/// `{"errorMessages":[],"errors":{"customfield_12312":"Story type is required."}}`
fn jira(json: &Value) -> Option<Vec<Missing>> {
    let errors = json.get("errors")?.as_object()?;
    let found = errors
        .iter()
        .filter_map(|(field, text)| {
            let text = text.as_str()?;
            let name = text
                .strip_suffix(" is required.")
                .or_else(|| text.strip_suffix(" is required"))?;
            Some(missing(field, name, "is required"))
        })
        .collect();
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(body: &str) -> Vec<(String, String)> {
        missing_fields(body)
            .unwrap_or_default()
            .into_iter()
            .map(|m| (m.field, m.name))
            .collect()
    }

    fn pair(field: &str, name: &str) -> (String, String) {
        (field.into(), name.into())
    }

    #[test]
    fn each_desk_s_refusal_names_its_fields() {
        let zendesk = r#"{"error":"RecordInvalid","description":"Record validation errors","details":{"base":[{"description":"Type: is required when solving a ticket","error":null,"ticket_field_id":360001,"ticket_field_type":"FieldTagger"}]}}"#;
        assert_eq!(names(zendesk), [pair("360001", "Type")]);
        let freshdesk = r#"{"description":"Validation failed","errors":[{"field":"cf_product","code":"datatype_mismatch","message":"Value set is of type Null.It should be a/an String"}]}"#;
        assert_eq!(names(freshdesk), [pair("cf_product", "cf_product")]);
        let jira =
            r#"{"errorMessages":[],"errors":{"customfield_12312":"Story type is required."}}"#;
        assert_eq!(names(jira), [pair("customfield_12312", "Story type")]);
        let zammad = r#"{"error":"Missing required value for field 'product'!"}"#;
        assert_eq!(names(zammad), [pair("product", "product")]);
        let redmine = r#"{"errors":["Product cannot be blank"]}"#;
        assert_eq!(names(redmine), [pair("Product", "Product")]);
    }

    #[test]
    fn other_refusals_stay_refusals() {
        assert!(missing_fields(r#"{"errors":["Subject is too long"]}"#).is_none());
        assert!(missing_fields(r#"{"error":"Invalid value 'x' for field 'y'!"}"#).is_none());
        assert!(missing_fields(r#"{"errors":{"summary":"Summary is too long."}}"#).is_none());
        assert!(missing_fields("not json").is_none());
    }
}
