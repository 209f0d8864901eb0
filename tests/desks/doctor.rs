//! `frontdesk doctor` against each backend's mock: the advice for a refused credential is
//! that backend's own, and what a desk lacks is said.

use super::Errors;
use super::freshdesk::Freshdesk;
use super::helpscout::HelpScout;
use super::jira::Jira;
use super::redmine::Redmine;
use super::rt::Rt;
use super::zammad::Zammad;
use super::zendesk::Zendesk;

/// Refused by each backend, doctor fails with that backend's fix.
pub async fn knows_each_backends_authentication_errors() {
    async fn doctor<F: Errors>(backend: &str, user: Option<&str>) -> String {
        let server = super::start::<F>().await;
        let (body, _) = F::unauthorized();
        wiremock::Mock::given(wiremock::matchers::path(F::me_path()))
            .respond_with(super::json(401, body))
            .mount(&server)
            .await;
        let home = tempfile::tempdir().expect("home");
        let mut cmd = tokio::process::Command::new(env!("CARGO_BIN_EXE_frontdesk"));
        cmd.arg("doctor")
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("XDG_CONFIG_HOME", home.path())
            .env("XDG_DATA_HOME", home.path())
            .env("FRONTDESK_BACKEND", backend)
            .env("FRONTDESK_URL", server.uri())
            .env("FRONTDESK_TOKEN", F::secret())
            .env_remove("FRONTDESK_PROFILE")
            .env_remove("FRONTDESK_CONFIG");
        match user {
            Some(user) => cmd.env("FRONTDESK_USER", user),
            None => cmd.env_remove("FRONTDESK_USER"),
        };
        let out = cmd.output().await.expect("doctor runs");
        assert!(!out.status.success(), "a refused credential fails doctor");
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    }
    let zendesk = doctor::<Zendesk>("zendesk", Some("sam@example.com")).await;
    assert!(
        zendesk.contains("Couldn't authenticate you")
            && zendesk.contains("user = the agent's e-mail"),
        "{zendesk}"
    );
    let freshdesk = doctor::<Freshdesk>("freshdesk", None).await;
    assert!(freshdesk.contains("API key"), "{freshdesk}");
    let zammad = doctor::<Zammad>("zammad", None).await;
    assert!(
        zammad.contains("Authentication failed") && zammad.contains("Token Access"),
        "{zammad}"
    );
    let rt = doctor::<Rt>("rt", None).await;
    assert!(rt.contains("Auth Tokens"), "{rt}");
    let helpscout = doctor::<HelpScout>("helpscout", Some("hs-app-id")).await;
    assert!(
        helpscout.contains("invalid or expired") && helpscout.contains("App Secret"),
        "{helpscout}"
    );
    let jira = doctor::<Jira>("jira", Some("sam@example.com")).await;
    assert!(
        jira.contains("not authenticated") && jira.contains("id.atlassian.com"),
        "{jira}"
    );
    let redmine = doctor::<Redmine>("redmine", None).await;
    assert!(
        redmine.contains("API access key") && redmine.contains("REST web"),
        "{redmine}"
    );
}

/// Help Scout answering: doctor says where frontdesk keeps the priority Help Scout lacks.
pub async fn says_where_help_scouts_priority_is_kept() {
    let server = super::start::<HelpScout>().await;
    wiremock::Mock::given(wiremock::matchers::path(HelpScout::me_path()))
        .respond_with(super::json(200, HelpScout::me_body()))
        .mount(&server)
        .await;
    let home = tempfile::tempdir().expect("home");
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_frontdesk"))
        .arg("doctor")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("XDG_CONFIG_HOME", home.path())
        .env("XDG_DATA_HOME", home.path())
        .env("FRONTDESK_BACKEND", "helpscout")
        .env("FRONTDESK_URL", server.uri())
        .env("FRONTDESK_USER", "hs-app-id")
        .env("FRONTDESK_TOKEN", HelpScout::secret())
        .env_remove("FRONTDESK_PROFILE")
        .env_remove("FRONTDESK_CONFIG")
        .output()
        .await
        .expect("doctor runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("you are Sam Rivera"), "{text}");
    assert!(
        text.contains("Help Scout has none; frontdesk keeps it in the tags urgent, high and low"),
        "{text}"
    );
}
