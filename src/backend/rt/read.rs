//! Reading Request Tracker's collections (every page, or the newest pages first) and a whole
//! ticket from them.

use reqwest::Method;
use serde_json::json;

use super::wire::{Collection, Part, Transaction};
use super::{MAX_PAGES, PER_PAGE, RtDesk, convert};
use crate::backend::{Error, Result, Ticket, TicketId};

impl RtDesk {
    /// Every page of a collection under `path`, up to [`MAX_PAGES`].
    pub(super) async fn all<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        params: &[(&str, &str)],
    ) -> Result<Vec<T>> {
        let mut items = Vec::new();
        let mut page = 1;
        loop {
            let number = page.to_string();
            let mut query = params.to_vec();
            query.extend([("per_page", PER_PAGE), ("page", number.as_str())]);
            let collection: Collection<T> = self.shell.http.get(path, &query).await?;
            let next = collection.next_page();
            items.extend(collection.items);
            match next {
                Some(n) if n <= MAX_PAGES => page = n,
                _ => return Ok(items),
            }
        }
    }

    /// A collection read newest first (by id), up to [`MAX_PAGES`], returned oldest first
    /// with whether older items were left unread: a very long history loses its oldest end,
    /// never its newest.
    pub(super) async fn newest<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        params: &[(&str, &str)],
        search: Option<&serde_json::Value>,
        id: impl Fn(&T) -> &str,
    ) -> Result<(Vec<T>, bool)> {
        let mut items = Vec::new();
        let mut page = 1;
        let more = loop {
            let number = page.to_string();
            let mut query = params.to_vec();
            query.extend([
                ("orderby", "id"),
                ("order", "DESC"),
                ("per_page", PER_PAGE),
                ("page", number.as_str()),
            ]);
            let collection: Collection<T> = match search {
                Some(search) => self
                    .shell
                    .http
                    .send(Method::POST, path, &query, Some(search), &[])
                    .await?
                    .json()?,
                None => self.shell.http.get(path, &query).await?,
            };
            let next = collection.next_page();
            items.extend(collection.items);
            match next {
                Some(n) if n <= MAX_PAGES => page = n,
                Some(_) => break true,
                None => break false,
            }
        };
        // By number, whatever order the server kept: ids are RT's creation order.
        items.sort_by_cached_key(|item| id(item).parse::<u64>().unwrap_or(u64::MAX));
        Ok((items, more))
    }

    /// Ticket `id` with its conversation, files and watchers.
    pub(super) async fn read_ticket(&self, id: TicketId) -> Result<Ticket> {
        let query = format!("id = {id}");
        let history_path = format!("ticket/{id}/history");
        let parts_path = format!("ticket/{id}/attachments");
        // The messages' text parts with their content; every file part without it (RT would
        // send a file's whole content in the list, and a large one would not fit an answer).
        let texts = json!([{ "field": "Filename", "operator": "IS", "value": "NULL" }]);
        let record_path = format!("ticket/{id}");
        let (rows, record, history, parts, files) = tokio::join!(
            self.tickets(&query, &[], 1, "1"),
            // The record itself for its links (RT 5.0 lists them among the record's
            // `_hyperlinks`) and its custom fields, never in a search's rows.
            self.shell
                .http
                .get::<super::wire::TicketRecord>(&record_path, &[]),
            self.newest::<Transaction>(
                &history_path,
                &[
                    ("fields", "Type,Creator,Created"),
                    ("fields[Creator]", "Name,RealName,EmailAddress,Privileged")
                ],
                None,
                |t| &t.id,
            ),
            self.newest::<Part>(
                &parts_path,
                &[("fields", "TransactionId,ContentType,Filename,Content")],
                Some(&texts),
                |p| &p.id,
            ),
            self.newest::<Part>(
                &parts_path,
                &[("fields", "TransactionId,ContentType,Filename,ContentLength")],
                None,
                |p| &p.id,
            ),
        );
        let row = rows?
            .items
            .into_iter()
            .next()
            .ok_or_else(|| Error::NotFound(format!("ticket {id}")))?;
        let ((history, older_history), (mut parts, _)) = (history?, parts?);
        parts.extend(
            files?
                .0
                .into_iter()
                .filter(|p| p.filename.as_deref().is_some_and(|f| !f.is_empty())),
        );
        let mut summary = convert::summary(&row, &self.scale)
            .ok_or_else(|| Error::NotFound(format!("ticket {id}")))?;
        let requestors: Vec<String> = row
            .requestor
            .iter()
            .map(|r| r.login().to_string())
            .collect();
        let conversation =
            convert::conversation(id, &history, &parts, &requestors, &self.shell.web);
        let (waiting, replies) = crate::backend::waiting_and_replies(&conversation);
        // A ticket an agent created on a customer's behalf opens with the agent's words, but
        // they are the request: until RT has told the requestor anything, the customer waits
        // from creation, as the list says (and the ticket keeps its response target).
        let untold = row
            .told
            .is_none()
            .then_some(summary.waiting_since)
            .flatten();
        if summary.status.kind.is_active()
            && summary.status.kind != crate::backend::StatusKind::Pending
        {
            summary.waiting_since = waiting.or(untold);
        }
        summary.replies = Some(replies);
        summary.version = history.last().map(|t| t.id.clone());
        let url = crate::backend::HelpDesk::ticket_url(self, id);
        Ok(Ticket {
            signature: None,
            summary,
            conversation,
            older_not_shown: older_history,
            // Links are a nicety: a ticket whose record will not come still opens.
            time: convert::time(&row),
            queue: convert::queue(&row),
            fields: record
                .as_ref()
                .map(|r| convert::fields(&r.custom_fields))
                .unwrap_or_default(),
            links: record
                .map(|r| convert::links(&r.hyperlinks))
                .unwrap_or_default(),
            cc: convert::watchers(&row),
            url,
        })
    }
}
