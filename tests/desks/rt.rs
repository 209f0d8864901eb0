//! Request Tracker in the error scenarios (its data scenarios run against a real RT in
//! `rt_live`): token auth, `GET /REST/2.0/user/{id}` for `me`, `{"message": …}` errors.

use frontdesk::config::{BackendKind, Profile};
use serde_json::{Value, json};

use super::Errors;

/// A Request Tracker whose errors are checked.
pub struct Rt;

impl Errors for Rt {
    fn profile(url: &str) -> Profile {
        let mut p = Profile::new("rt", BackendKind::Rt);
        p.url = Some(url.to_string());
        p
    }
    fn secret() -> &'static str {
        "1-14-0123456789abcdef0123456789abcdef"
    }
    fn auth() -> String {
        format!("token {}", Self::secret())
    }
    fn me_path() -> &'static str {
        "/REST/2.0/user/14"
    }
    fn me_body() -> Value {
        json!({ "id": 14, "Name": "sam", "RealName": "Sam Rivera", "EmailAddress": "sam@example.com" })
    }
    fn unauthorized() -> (Value, &'static str) {
        (json!({ "message": "Unauthorized" }), "Unauthorized")
    }
    fn unprocessable() -> (Value, &'static str) {
        (
            json!({ "message": "Invalid value for Status: 'bogus'" }),
            "Invalid value for Status",
        )
    }
}
