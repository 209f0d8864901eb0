//! Files a reply takes from the agent's disk: described when attached (size, checksum, media
//! type) and read again when sent, refusing a file that changed or vanished in between, so
//! the customer gets exactly what the agent attached.

use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::{Error, OutgoingFile, Result};

/// `path` described for attaching: its name, media type (from the bytes where they say, else
/// the name), size and SHA-256. Reads the file once, in chunks; a blocking call, for a
/// blocking task.
pub fn describe(path: &Path) -> std::io::Result<OutgoingFile> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    let mut file = std::fs::File::open(path)?;
    let mut hash = Sha256::new();
    let mut head = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        if head.len() < 8192 {
            head.extend_from_slice(&buf[..n.min(8192 - head.len())]);
        }
        hash.update(&buf[..n]);
        size += n as u64;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    Ok(OutgoingFile {
        path: path.to_path_buf(),
        mime: media_type(&name, &head),
        name,
        size,
        sha256: hex(&hash.finalize()),
    })
}

/// The media type of a file named `name` starting with `head`: what the bytes say (a PNG is
/// a PNG whatever it is called), else what the name says, else generic bytes.
pub fn media_type(name: &str, head: &[u8]) -> String {
    if let Some(kind) = infer::get(head) {
        return kind.mime_type().to_string();
    }
    mime_guess::from_path(name)
        .first()
        .map(|m| m.essence_str().to_string())
        .unwrap_or_else(|| "application/octet-stream".into())
}

/// The bytes of `file`, read now: refused (without sending anything) when the file is gone or
/// no longer what was attached.
pub async fn read(file: &OutgoingFile) -> Result<Vec<u8>> {
    let bytes = tokio::fs::read(&file.path).await.map_err(|e| {
        Error::Local(format!(
            "{} cannot be read any more ({e}); attach it again or remove it",
            file.name
        ))
    })?;
    let digest = hex(&Sha256::digest(&bytes));
    if bytes.len() as u64 != file.size || digest != file.sha256 {
        return Err(Error::Local(format!(
            "{} changed since you attached it; attach it again or remove it",
            file.name
        )));
    }
    Ok(bytes)
}

/// Reads every file of a reply, in order.
pub async fn read_all(files: &[OutgoingFile]) -> Result<Vec<Vec<u8>>> {
    let mut all = Vec::with_capacity(files.len());
    for file in files {
        all.push(read(file).await?);
    }
    Ok(all)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bytes_decide_the_type_before_the_name() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(media_type("notes.txt", png), "image/png");
        assert_eq!(media_type("server.log", b"plain words"), "text/plain");
        assert_eq!(media_type("data.csv", b"a,b"), "text/csv");
        assert_eq!(media_type("blob", b"\x01\x02"), "application/octet-stream");
    }

    #[tokio::test]
    async fn a_file_changed_after_attaching_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("invoice-77.pdf");
        std::fs::write(&path, b"first").expect("write");
        let file = describe(&path).expect("describe");
        assert_eq!((file.name.as_str(), file.size), ("invoice-77.pdf", 5));
        assert_eq!(read(&file).await, Ok(b"first".to_vec()));
        std::fs::write(&path, b"other").expect("write");
        let err = read(&file).await.expect_err("changed");
        assert!(err.to_string().contains("invoice-77.pdf changed"), "{err}");
        std::fs::remove_file(&path).expect("remove");
        let err = read(&file).await.expect_err("gone");
        assert!(err.to_string().contains("cannot be read any more"), "{err}");
    }
}
