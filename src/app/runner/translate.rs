//! The agent's translate command, run off the UI task: the text on its standard input, the
//! source and target languages as its two arguments, the translation read from its standard
//! output. A command that hangs is stopped after a while; one that fails is reported with
//! what it said. Nothing it prints reaches the terminal uncleaned.

use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::app::msg::Loaded;
use crate::backend::TicketId;

/// How long a translation may take.
pub const PATIENCE: Duration = Duration::from_secs(30);

/// The most of its output that is read (a translation is about as long as its text).
const MOST: usize = 1 << 20;

/// One message to translate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub ticket: TicketId,
    pub message: String,
    /// The command line, run by `sh -c` with the languages appended as arguments.
    pub command: String,
    pub text: String,
    /// Language codes; `auto` where the source is not known.
    pub from: String,
    pub to: String,
    pub patience: Duration,
}

/// Runs `job` and answers with the cleaned translation, or why there is none.
pub async fn run(job: Job) -> Loaded {
    let result = match tokio::time::timeout(job.patience, translate(&job)).await {
        Ok(result) => result,
        Err(_) => {
            let seconds: u64 = job
                .patience
                .as_millis()
                .div_ceil(1000)
                .try_into()
                .unwrap_or(u64::MAX);
            Err(crate::fl!("translation-timeout", seconds = seconds))
        }
    };
    Loaded::Translated {
        ticket: job.ticket,
        message: job.message,
        result: result.map(|text| crate::text::clean_text(&text)),
    }
}

async fn translate(job: &Job) -> Result<String, String> {
    let mut child = tokio::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{} \"$@\"", job.command))
        .arg("frontdesk-translate")
        .arg(&job.from)
        .arg(&job.to)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| crate::fl!("translate-no-stdin"))?;

    let text = job.text.clone();
    // Written beside the reading, so a command that answers before reading all still ends.
    let writing = tokio::spawn(async move {
        let _ = stdin.write_all(text.as_bytes()).await;
    });
    let mut out = Vec::new();
    let mut err = Vec::new();
    let (stdout, stderr) = (child.stdout.take(), child.stderr.take());
    let read_out = async {
        if let Some(stdout) = stdout {
            let _ = stdout.take(MOST as u64).read_to_end(&mut out).await;
        }
    };
    let read_err = async {
        if let Some(stderr) = stderr {
            let _ = stderr.take(4096).read_to_end(&mut err).await;
        }
    };
    tokio::join!(read_out, read_err);
    let _ = writing.await;
    let status = child.wait().await.map_err(|e| e.to_string())?;
    let said = String::from_utf8_lossy(&err).trim().to_string();
    if !status.success() {
        return Err(if said.is_empty() {
            status.to_string()
        } else {
            crate::text::clean_line(&said)
        });
    }
    let text = String::from_utf8_lossy(&out).trim().to_string();
    if text.is_empty() {
        return Err(crate::fl!("translation-empty"));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(command: &str, patience: Duration) -> Job {
        Job {
            ticket: TicketId(1),
            message: "m".into(),
            command: command.into(),
            text: "Hei".into(),
            from: "fi".into(),
            to: "en".into(),
            patience,
        }
    }

    async fn said(command: &str, patience: Duration) -> Result<String, String> {
        match run(job(command, patience)).await {
            Loaded::Translated { result, .. } => result,
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn a_hanging_command_is_stopped_and_said() {
        let result = said("sleep 30 #", Duration::from_millis(300)).await;
        assert_eq!(
            result,
            Err("it gave no answer in 1 second and was stopped".to_string())
        );
    }

    #[tokio::test]
    async fn a_failing_command_is_reported_with_what_it_said() {
        let result = said("echo 'no such language' >&2; exit 3 #", PATIENCE).await;
        assert_eq!(result, Err("no such language".to_string()));
        let result = said("true #", PATIENCE).await;
        assert_eq!(result, Err("it printed nothing".to_string()));
    }

    #[tokio::test]
    async fn the_languages_come_as_arguments_and_the_output_is_cleaned() {
        let result = said("printf '\\033[2J%s-%s:' \"$1\" \"$2\"; cat #", PATIENCE).await;
        assert_eq!(result, Ok("fi-en:Hei".to_string()));
    }
}
