//! The demo desk's attachments: a few files shipped with frontdesk that scenario messages
//! name, and the files agents send with replies, kept in memory so they can be opened again.
//! A message's files are a bit mask over [`SHIPPED`], so a record stays small.

use crate::backend::{Attachment, Error, OutgoingFile, Result};

/// Files scenario messages may carry: name, media type, bytes.
const SHIPPED: [(&str, &str, &[u8]); 4] = [
    (
        "checkout-error.png",
        "image/png",
        include_bytes!("../../../data/demo/files/checkout-error.png"),
    ),
    (
        "payment.log",
        "text/plain",
        include_bytes!("../../../data/demo/files/payment.log"),
    ),
    (
        "orders.csv",
        "text/csv",
        include_bytes!("../../../data/demo/files/orders.csv"),
    ),
    (
        "invoice-77.pdf",
        "application/pdf",
        include_bytes!("../../../data/demo/files/invoice-77.pdf"),
    ),
];

/// The mask naming `names`, or why one of them is not a shipped file.
pub fn mask(names: &[String]) -> std::result::Result<u8, String> {
    names.iter().try_fold(0u8, |mask, name| {
        let at = SHIPPED
            .iter()
            .position(|(n, ..)| n == name)
            .ok_or_else(|| format!("no demo file called {name} in data/demo/files"))?;
        Ok(mask | 1 << at)
    })
}

/// The attachments a mask names.
pub fn shipped(mask: u8) -> Vec<Attachment> {
    SHIPPED
        .iter()
        .enumerate()
        .filter(|(at, _)| mask & (1 << at) != 0)
        .map(|(at, (name, mime, bytes))| Attachment {
            name: (*name).into(),
            mime: (*mime).into(),
            size: Some(bytes.len() as u64),
            inline: false,
            source: format!("demo:{at}"),
        })
        .collect()
}

/// Files agents have sent, kept for the session.
#[derive(Debug, Default)]
pub struct Sent {
    files: Vec<Vec<u8>>,
}

impl Sent {
    /// Keeps the files of a reply; returns them as the message's attachments.
    pub fn keep(&mut self, files: &[OutgoingFile], bytes: Vec<Vec<u8>>) -> Vec<Attachment> {
        files
            .iter()
            .zip(bytes)
            .map(|(file, bytes)| {
                self.files.push(bytes);
                Attachment {
                    name: crate::text::clean_line(&file.name),
                    mime: file.mime.clone(),
                    size: Some(file.size),
                    inline: false,
                    source: format!("sent:{}", self.files.len() - 1),
                }
            })
            .collect()
    }

    /// The bytes behind an attachment's source.
    pub fn bytes(&self, source: &str) -> Result<Vec<u8>> {
        let missing = || Error::NotFound(format!("demo attachment {source}"));
        let (kind, at) = source.split_once(':').ok_or_else(missing)?;
        let at: usize = at.parse().map_err(|_| missing())?;
        match kind {
            "demo" => SHIPPED.get(at).map(|(.., b)| b.to_vec()),
            "sent" => self.files.get(at).cloned(),
            _ => None,
        }
        .ok_or_else(missing)
    }
}
