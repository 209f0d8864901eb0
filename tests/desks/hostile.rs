//! What a broken or hostile help desk sends, for every backend: an answer too large to read,
//! a lone UTF-16 surrogate, escape sequences in the agent's own name.

use serde_json::Value;
use wiremock::ResponseTemplate;

use super::errors::mount_me;
use super::{Errors, connect};
use frontdesk::backend::Error;

/// `F::me_body()` as JSON text with the surname "Rivera" written as `name`, already
/// JSON-escaped.
fn me_text_naming<F: Errors>(name: &str) -> String {
    let text = serde_json::to_string(&F::me_body()).expect("json");
    assert!(text.contains("Rivera"), "the fixture names Sam Rivera");
    text.replacen("Rivera", name, 1)
}

/// An answer larger than the limit fails with a message that says so, without reading it.
pub async fn a_huge_answer_is_refused_not_read<F: Errors>() {
    let server = super::start::<F>().await;
    let mut body = F::me_body();
    let padding = "x".repeat(3 * 1024 * 1024);
    if let Value::Object(map) = &mut body {
        map.insert("padding".into(), Value::String(padding));
    }
    mount_me::<F>(&server, super::json(200, body)).await;
    let err = connect::<F>(&server).me().await.expect_err("too large");
    assert!(
        matches!(&err, Error::TooLarge { .. }) && err.to_string().contains("too large to read"),
        "{err:?}"
    );
}

/// One lone surrogate, as a JavaScript front end cuts an emoji, does not fail the answer.
pub async fn a_lone_surrogate_is_read_as_a_replacement_character<F: Errors>() {
    let server = super::start::<F>().await;
    let text = me_text_naming::<F>(r"\ud83d Rivera");
    mount_me::<F>(
        &server,
        ResponseTemplate::new(200).set_body_raw(text, "application/json"),
    )
    .await;
    let me = connect::<F>(&server)
        .me()
        .await
        .expect("read despite the surrogate");
    assert!(
        me.name.contains('\u{fffd}') && me.name.contains("Rivera"),
        "{:?}",
        me.name
    );
}

/// Escape sequences in the agent's own name never reach anything that prints it.
pub async fn a_hostile_name_is_cleaned<F: Errors>() {
    let server = super::start::<F>().await;
    let text = me_text_naming::<F>(r"\u001b]0;pwned\u0007\u001b[2J\u001b[?1000h Rivera");
    mount_me::<F>(
        &server,
        ResponseTemplate::new(200).set_body_raw(text, "application/json"),
    )
    .await;
    let me = connect::<F>(&server).me().await.expect("me");
    assert!(!me.name.contains(['\u{1b}', '\u{7}']), "{:?}", me.name);
    assert!(me.name.contains("Rivera"), "{:?}", me.name);
}
