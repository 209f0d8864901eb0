//! Finding the secret for a profile, in this order: `FRONTDESK_TOKEN`, the profile's
//! `token_cmd`, the OS keyring (bounded by a timeout, because on a headless machine the Secret
//! Service may be missing or hang). frontdesk never writes a token to a plain file.

use std::fmt;
use std::process::Stdio;
use std::time::Duration;

use crate::config::Profile;

/// The environment variable that may hold the token. It is never passed on to the programs
/// frontdesk starts (`token_cmd`, the editor).
pub const TOKEN_VAR: &str = "FRONTDESK_TOKEN";

/// Turns core dumps off for the rest of the process: a token is held in memory, and a crash
/// must not write it to a file.
pub fn no_core_dumps() {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
        let limit = getrlimit(Resource::Core);
        let off = Rlimit {
            current: Some(0),
            maximum: limit.maximum,
        };
        if let Err(err) = setrlimit(Resource::Core, off) {
            tracing::warn!(%err, "could not turn core dumps off");
        }
    }
}

/// The keyring service name entries are stored under.
const SERVICE: &str = "frontdesk";
/// How long the keyring may take before it counts as unavailable.
pub const KEYRING_TIMEOUT: Duration = Duration::from_secs(3);
/// How long `token_cmd` may take (it may ask for a passphrase).
const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);

/// Where a secret came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Env,
    Command(String),
    Keyring,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Env => f.write_str("FRONTDESK_TOKEN"),
            Source::Command(cmd) => write!(f, "token_cmd ({cmd})"),
            Source::Keyring => f.write_str(&crate::fl!("credential-from-keyring")),
        }
    }
}

/// A secret and where it came from. Its Debug output never shows the secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Credential {
    pub secret: String,
    pub source: Source,
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Credential {{ source: {:?}, secret: <{} characters> }}",
            self.source,
            self.secret.len()
        )
    }
}

/// The keyring entry name for a profile: its user and URL, so renaming a profile keeps its
/// token and two profiles for the same account share one.
pub fn account(profile: &Profile) -> String {
    let url = profile
        .url
        .as_deref()
        .unwrap_or("demo")
        .trim_end_matches('/');
    match &profile.user {
        Some(user) => format!("{user}@{url}"),
        None => url.to_string(),
    }
}

/// Finds the secret for `profile`; `env_token` is `FRONTDESK_TOKEN`.
pub async fn lookup(profile: &Profile, env_token: Option<&str>) -> Result<Credential, String> {
    if let Some(token) = env_token {
        return Ok(Credential {
            secret: token.trim().to_string(),
            source: Source::Env,
        });
    }
    if let Some(cmd) = &profile.token_cmd {
        let secret = run_token_cmd(cmd).await?;
        return Ok(Credential {
            secret,
            source: Source::Command(cmd.clone()),
        });
    }
    let keyring = match keyring_get(&account(profile)).await {
        Ok(Some(secret)) => {
            return Ok(Credential {
                secret,
                source: Source::Keyring,
            });
        }
        Ok(None) => crate::fl!("keyring-none-stored"),
        Err(why) => why,
    };
    Err(crate::fl!(
        "credential-missing",
        profile = profile.name.as_str(),
        account = account(profile),
        keyring = keyring
    ))
}

/// Runs `token_cmd` through the shell and returns the first line it prints. The terminal stays
/// connected so a password manager can ask for its passphrase.
async fn run_token_cmd(cmd: &str) -> Result<String, String> {
    let child = tokio::process::Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .env_remove(TOKEN_VAR)
        .stdin(Stdio::inherit())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| crate::fl!("token-cmd-no-start", why = e.to_string()))?;
    let output = wait_for_token_cmd(cmd, child).await?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let why = match stderr.lines().next() {
            Some(line) => crate::text::clean_line(line),
            None => crate::fl!("token-cmd-no-message"),
        };
        return Err(crate::fl!(
            "token-cmd-failed-with",
            cmd = cmd,
            status = output.status.to_string(),
            why = why
        ));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let secret = stdout.lines().next().unwrap_or_default().trim().to_string();
    if secret.is_empty() {
        return Err(crate::fl!("token-cmd-printed-nothing", cmd = cmd));
    }
    Ok(secret)
}

/// Waits for `token_cmd` to finish. After a second it says what frontdesk is waiting for (a
/// password manager may be asking for a passphrase); ctrl-c stops it, and so does
/// [`COMMAND_TIMEOUT`]. The child is killed when this returns early.
async fn wait_for_token_cmd(
    cmd: &str,
    child: tokio::process::Child,
) -> Result<std::process::Output, String> {
    use std::io::IsTerminal;
    let output = child.wait_with_output();
    tokio::pin!(output);
    let notice = tokio::time::sleep(Duration::from_secs(1));
    tokio::pin!(notice);
    let deadline = tokio::time::sleep(COMMAND_TIMEOUT);
    tokio::pin!(deadline);
    let mut told = false;
    loop {
        tokio::select! {
            done = &mut output => {
                return done.map_err(|e| crate::fl!("token-cmd-failed", why = e.to_string()));
            }
            _ = &mut notice, if !told => {
                told = true;
                if std::io::stderr().is_terminal() {
                    eprintln!(
                        "{}",
                        crate::text::clean_line(&crate::fl!("token-cmd-waiting", cmd = cmd))
                    );
                }
            }
            _ = tokio::signal::ctrl_c() => {
                return Err(crate::fl!("token-cmd-stopped", cmd = cmd));
            }
            _ = &mut deadline => {
                return Err(crate::fl!(
                    "token-cmd-timed-out",
                    cmd = cmd,
                    seconds = COMMAND_TIMEOUT.as_secs()
                ));
            }
        }
    }
}

/// Runs a keyring operation off the async threads, giving up after [`KEYRING_TIMEOUT`].
async fn with_keyring<T: Send + 'static>(
    op: impl FnOnce() -> Result<T, keyring::Error> + Send + 'static,
) -> Result<T, String> {
    let task = tokio::task::spawn_blocking(op);
    match tokio::time::timeout(KEYRING_TIMEOUT, task).await {
        Err(_) => Err(crate::fl!(
            "keyring-no-answer",
            seconds = KEYRING_TIMEOUT.as_secs()
        )),
        Ok(Err(join)) => Err(crate::fl!("keyring-failed", why = join.to_string())),
        Ok(Ok(Err(keyring::Error::NoDefaultStore))) => Err(crate::fl!("keyring-none-here")),
        Ok(Ok(Err(err))) => Err(crate::fl!("keyring-unavailable", why = err.to_string())),

        Ok(Ok(Ok(value))) => Ok(value),
    }
}

/// The secret stored for `account`, `None` if there is none.
pub async fn keyring_get(account: &str) -> Result<Option<String>, String> {
    let account = account.to_string();
    with_keyring(
        move || match keyring::Entry::new(SERVICE, &account)?.get_password() {
            Ok(secret) => Ok(Some(secret)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(err) => Err(err),
        },
    )
    .await
}

/// Stores `secret` for `account`.
pub async fn keyring_set(account: &str, secret: &str) -> Result<(), String> {
    let (account, secret) = (account.to_string(), secret.to_string());
    with_keyring(move || keyring::Entry::new(SERVICE, &account)?.set_password(&secret)).await
}

/// Removes the secret stored for `account`; `false` if there was none.
pub async fn keyring_delete(account: &str) -> Result<bool, String> {
    let account = account.to_string();
    with_keyring(
        move || match keyring::Entry::new(SERVICE, &account)?.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(err) => Err(err),
        },
    )
    .await
}

/// The keyring entry a profile's desk session is kept under, beside its token. Only RT takes
/// one: its credential costs a bcrypt hash per request, its session a lookup, so a start that
/// resumes the session saves a login. Never kept anywhere but the keyring.
pub fn session_account(profile: &Profile) -> String {
    format!("{} (session)", account(profile))
}

/// Which credential a kept session belongs to: one kept for another token is never resumed.
fn fingerprint(secret: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(secret.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The session kept for `profile` with this `secret`, if any.
pub async fn kept_session(profile: &Profile, secret: &str) -> Option<String> {
    let kept = keyring_get(&session_account(profile)).await.ok()??;
    let (owner, cookie) = kept.split_once(' ')?;
    (owner == fingerprint(secret)).then(|| cookie.to_string())
}

/// Keeps each new session of `profile` in the keyring (and drops one that never took), off
/// the task that logged in.
pub fn session_keeper(profile: &Profile, secret: &str) -> crate::backend::http::Keeper {
    let (account, owner) = (session_account(profile), fingerprint(secret));
    std::sync::Arc::new(move |cookie: Option<&str>| {
        let (account, kept) = (account.clone(), cookie.map(|c| format!("{owner} {c}")));
        tokio::spawn(async move {
            let done = match kept {
                Some(kept) => keyring_set(&account, &kept).await,
                None => keyring_delete(&account).await.map(|_| ()),
            };
            if let Err(why) = done {
                tracing::info!(%why, "the session could not be kept in the keyring");
            }
        });
    })
}

/// Drops the session kept for `profile` (`logout`, a new token, `cache clear`).
pub async fn forget_session(profile: &Profile) -> Result<bool, String> {
    keyring_delete(&session_account(profile)).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::BackendKind;

    #[cfg(unix)]
    #[tokio::test(flavor = "multi_thread")]
    async fn a_hanging_token_cmd_is_stopped_by_ctrl_c() {
        // Installed first, so an interrupt sent before the wait listens never ends the tests.
        let _installed = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
            .expect("handler");
        let pid = std::process::id().to_string();
        let interrupter = tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_millis(100)).await;
                let _ = tokio::process::Command::new("kill")
                    .args(["-INT", &pid])
                    .status()
                    .await;
            }
        });
        let result = run_token_cmd("sleep 30").await;
        interrupter.abort();
        let why = result.expect_err("stopped");
        assert!(why.contains("stopped with ctrl-c"), "{why}");
    }

    #[cfg(unix)]
    #[test]
    fn core_dumps_are_off_once_asked() {
        no_core_dumps();
        let limit = rustix::process::getrlimit(rustix::process::Resource::Core);
        assert_eq!(limit.current, Some(0));
    }

    fn profile(cmd: Option<&str>) -> Profile {
        let mut p = Profile::new("work", BackendKind::Rt);
        p.url = Some("https://rt.example.com/".into());
        p.user = Some("sam".into());
        p.token_cmd = cmd.map(str::to_string);
        p
    }

    #[tokio::test]
    async fn the_environment_comes_first() {
        let c = lookup(&profile(Some("echo from-cmd")), Some("from-env\n"))
            .await
            .expect("found");
        assert_eq!((c.secret.as_str(), c.source), ("from-env", Source::Env));
    }

    #[tokio::test]
    async fn token_cmd_prints_the_token() {
        let c = lookup(&profile(Some("printf '%s%s\\nignored' abc 123")), None)
            .await
            .expect("found");
        assert_eq!(c.secret, "abc123");
        assert!(matches!(c.source, Source::Command(_)));
        assert!(
            !format!("{c:?}").contains("abc123"),
            "Debug hides the secret"
        );
    }

    #[tokio::test]
    async fn a_failing_token_cmd_says_why() {
        let err = lookup(
            &profile(Some("echo 'gpg: decryption failed' >&2; exit 2")),
            None,
        )
        .await
        .unwrap_err();
        assert!(
            err.contains("gpg: decryption failed") && err.contains("exit status: 2"),
            "{err}"
        );
        let err = lookup(&profile(Some("true")), None).await.unwrap_err();
        assert!(err.contains("printed nothing"), "{err}");
    }

    #[test]
    fn the_keyring_account_names_user_and_url() {
        assert_eq!(account(&profile(None)), "sam@https://rt.example.com");
        assert_eq!(
            session_account(&profile(None)),
            "sam@https://rt.example.com (session)"
        );
    }

    #[test]
    fn a_session_is_bound_to_the_credential_it_was_taken_with() {
        assert_eq!(fingerprint("1-14-abc"), fingerprint("1-14-abc"));
        assert_ne!(fingerprint("1-14-abc"), fingerprint("1-14-abd"));
        assert_eq!(fingerprint("x").len(), 16);
        assert!(!fingerprint("1-14-abc").contains("abc"));
    }
}
