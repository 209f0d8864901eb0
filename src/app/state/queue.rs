//! The queue pane: one tab per view, each with its tickets in triage order, a fuzzy filter,
//! and a selection that follows the same ticket across refreshes.

use std::cmp::Ordering;
use std::collections::HashSet;
use std::sync::Arc;

use super::input::LineInput;
use super::remote::RequestId;
use crate::backend::{TicketId, TicketSummary, View};

use super::queue_filter::ranked;
pub use super::queue_filter::{Languages, filtered, haystack, languages_of};

/// How a view's tickets are ordered (see `triage::Triage::order`).
pub type Order<'a> = dyn Fn(&TicketSummary, &TicketSummary) -> Ordering + 'a;

/// One tab of the queue.
#[derive(Debug, Clone)]
pub struct ViewState {
    pub view: View,
    /// Loaded tickets in triage order. Shared, so a large view can be filtered off the UI
    /// task without copying it.
    pub tickets: Arc<Vec<TicketSummary>>,
    /// Indices into `tickets` that pass the filter, in order.
    pub visible: Vec<usize>,
    /// How many tickets the whole view holds, when the help desk says.
    pub total: Option<usize>,
    /// Token for the next page, when there is more to load.
    pub next_page: Option<String>,
    pub pending: Option<RequestId>,
    pub error: Option<String>,
    /// Whether a first answer has arrived.
    pub loaded: bool,
    /// Selected row, an index into `visible`.
    pub selected: usize,
    /// First row shown.
    pub scroll: usize,
    /// Tickets that appeared since the previous load, marked in the queue.
    pub fresh: HashSet<TicketId>,
    /// The filter running off the UI task, if any: only its answer is taken.
    pub filter_req: Option<RequestId>,
    /// Characters in the longest ticket number loaded, for the number column: kept here so
    /// drawing never looks at more than the rows on screen.
    pub id_width: usize,
    /// Whether any loaded ticket has a target: the Target column shows only then.
    pub targets: bool,
    /// A search of the whole desk (`ctrl-f`): a tab of its own until closed, never cached.
    pub search: bool,
    /// Each loaded ticket's customer language, found once when the ticket arrives (the
    /// queue's column and the `lang:` filter read it; drawing detects nothing).
    pub languages: Arc<Languages>,
}

impl ViewState {
    /// An empty tab for `view`.
    pub fn new(view: View) -> Self {
        Self {
            view,
            tickets: Arc::default(),
            visible: Vec::new(),
            total: None,
            next_page: None,
            pending: None,
            error: None,
            loaded: false,
            selected: 0,
            scroll: 0,
            fresh: HashSet::new(),
            filter_req: None,
            id_width: 4,
            targets: false,
            search: false,
            languages: Arc::default(),
        }
    }

    /// The selected ticket, if any row is visible.
    pub fn selected_ticket(&self) -> Option<&TicketSummary> {
        self.visible.get(self.selected).map(|&i| &self.tickets[i])
    }

    /// The count shown on the tab: the help desk's total, else what is loaded.
    pub fn count(&self) -> usize {
        self.total.unwrap_or(self.tickets.len())
    }

    /// Replaces the tickets (first page) or appends (later pages), keeping the selection on
    /// the same ticket and marking tickets not seen before. Returns whether the view still
    /// needs filtering off the UI task: a large view's first page with a filter on, or a
    /// filter answer that was on its way (its row numbers are stale now).
    #[must_use]
    pub fn receive(
        &mut self,
        tickets: Vec<TicketSummary>,
        first_page: bool,
        filter: &str,
        order: &Order<'_>,
        allowed: &[String],
    ) -> bool {
        let keep = self.selected_ticket().map(|t| t.id);
        let spoken = languages_of(&tickets, allowed);
        if first_page {
            self.languages = Arc::new(spoken.clone());
        } else {
            Arc::make_mut(&mut self.languages).extend(spoken.clone());
        }
        let filter = filter.trim();
        let was_filtering = self.filter_req.take().is_some();
        // Which tickets pass the filter, by id (row numbers change below): those that passed
        // before, and those of this page that do.
        let passing: Option<HashSet<TicketId>> = (!filter.is_empty()).then(|| {
            let before = self.visible.iter().map(|&i| self.tickets[i].id);
            let page = filtered(&tickets, &spoken, filter)
                .into_iter()
                .map(|i| tickets[i].id);
            before.chain(page).collect()
        });
        let page_width = tickets.iter().map(|t| t.id.to_string().len()).max();
        if first_page {
            if self.loaded {
                let known: HashSet<TicketId> = self.tickets.iter().map(|t| t.id).collect();
                self.fresh = tickets
                    .iter()
                    .map(|t| t.id)
                    .filter(|id| !known.contains(id))
                    .collect();
            }
            self.tickets = Arc::new(tickets);
            self.id_width = 4;
        } else {
            let known: HashSet<TicketId> = self.tickets.iter().map(|t| t.id).collect();
            Arc::make_mut(&mut self.tickets)
                .extend(tickets.into_iter().filter(|t| !known.contains(&t.id)));
        }
        Arc::make_mut(&mut self.tickets).sort_by(|a, b| order(a, b));
        self.id_width = self.id_width.max(page_width.unwrap_or(0));
        self.targets = self.tickets.iter().any(|t| t.due_at.is_some());
        self.loaded = true;
        let large = self.tickets.len() > FILTER_INLINE;
        match passing {
            // A later page: what passed before still does; only the new rows are looked at.
            Some(passing) if !first_page => {
                self.show_passing(&passing, keep, filter);
                was_filtering
            }
            // A large first page: the rows that passed before stay until the answer comes.
            Some(passing) if large => {
                self.show_passing(&passing, keep, filter);
                true
            }
            _ => {
                self.refilter(filter, keep);
                false
            }
        }
    }

    /// Sorts again as time moves tickets nearer their targets, keeping the selection.
    pub fn resort(&mut self, order: &Order<'_>, filter: &str) {
        let keep = self.selected_ticket().map(|t| t.id);
        let passing: HashSet<TicketId> = self.visible.iter().map(|&i| self.tickets[i].id).collect();
        Arc::make_mut(&mut self.tickets).sort_by(|a, b| order(a, b));
        self.targets = self.tickets.iter().any(|t| t.due_at.is_some());
        self.show_passing(&passing, keep, filter);
    }

    /// Shows the tickets whose ids are in `passing`, best match to `filter` first, then in
    /// triage order.
    fn show_passing(&mut self, passing: &HashSet<TicketId>, keep: Option<TicketId>, filter: &str) {
        let visible = self.tickets.iter().enumerate();
        let visible = visible.filter(|(_, t)| passing.contains(&t.id));
        let indices = visible.map(|(i, _)| i).collect();
        let ranked = ranked(&self.tickets, &self.languages, indices, filter);
        self.show_filtered(ranked, keep);
    }

    /// Recomputes `visible` for `filter`, keeping `keep` selected when it is still there.
    pub fn refilter(&mut self, filter: &str, keep: Option<TicketId>) {
        self.show_filtered(filtered(&self.tickets, &self.languages, filter), keep);
    }

    /// Shows `visible` (a filter's result), keeping `keep` selected when it is still there.
    pub fn show_filtered(&mut self, visible: Vec<usize>, keep: Option<TicketId>) {
        self.visible = visible;
        self.selected = keep
            .and_then(|id| self.visible.iter().position(|&i| self.tickets[i].id == id))
            .unwrap_or(self.selected)
            .min(self.visible.len().saturating_sub(1));
    }

    /// Moves the selection by `delta` rows (clamped) and keeps it on screen.
    pub fn move_selection(&mut self, delta: isize, rows: usize) {
        let last = self.visible.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
        self.keep_in_view(rows);
    }

    /// Selects `id`'s row where it is shown, keeping it on screen; whether it is shown.
    pub fn select_id(&mut self, id: TicketId, rows: usize) -> bool {
        let Some(row) = self.visible.iter().position(|&i| self.tickets[i].id == id) else {
            return false;
        };
        self.selected = row;
        self.keep_in_view(rows);
        true
    }

    /// Scrolls the least needed to show the selected row in a window of `rows` rows.
    pub fn keep_in_view(&mut self, rows: usize) {
        let rows = rows.max(1);
        if self.selected < self.scroll {
            self.scroll = self.selected;
        } else if self.selected >= self.scroll + rows {
            self.scroll = self.selected + 1 - rows;
        }
        self.scroll = self.scroll.min(self.visible.len().saturating_sub(rows));
    }
}

/// Views with more tickets than this are filtered off the UI task; smaller ones at once.
pub const FILTER_INLINE: usize = 5_000;

/// The queue pane.
#[derive(Debug)]
pub struct QueueState {
    pub views: Vec<ViewState>,
    pub active: usize,
    pub filter: LineInput,
    /// Whether keys go to the filter line.
    pub filtering: bool,
    /// Tickets marked for a bulk change.
    pub marks: super::marks::Marks,
}

impl QueueState {
    /// Tabs for `views`, each filled from `cache` where the cache holds the same view.
    pub fn from_cache(
        views: Vec<View>,
        cache: Option<crate::app::state::records::Cache>,
        order: &Order<'_>,
        allowed: &[String],
    ) -> Self {
        let mut queue = Self::new(views);
        for cached in cache.map(|c| c.views).unwrap_or_default() {
            if let Some(view) = queue
                .views
                .iter_mut()
                .find(|v| v.view.name == cached.name && v.view.query == cached.query)
            {
                // No filter is on at start, so nothing is left to filter.
                let _ = view.receive(cached.tickets, true, "", order, allowed);
                view.total = cached.total;
            }
        }
        queue
    }

    /// Brings the `changed` tickets up to date wherever they are shown, and sorts every view
    /// again: time alone moves tickets nearer their targets.
    pub fn bring_up_to_date(
        &mut self,
        changed: &[TicketSummary],
        order: &Order<'_>,
        allowed: &[String],
    ) {
        let by_id: std::collections::HashMap<TicketId, &TicketSummary> =
            changed.iter().map(|t| (t.id, t)).collect();
        let spoken = languages_of(changed, allowed);
        for view in &mut self.views {
            if view.tickets.iter().any(|t| by_id.contains_key(&t.id)) {
                for t in Arc::make_mut(&mut view.tickets) {
                    if let Some(fresh) = by_id.get(&t.id) {
                        *t = (*fresh).clone();
                    }
                }
                let languages = Arc::make_mut(&mut view.languages);
                for (id, said) in &spoken {
                    if by_id.contains_key(id) {
                        languages.insert(*id, said.clone());
                    }
                }
            }
            view.resort(order, self.filter.text());
        }
    }

    /// The first rows of every loaded view, to start from next time.
    pub fn to_cache(&self, saved_at: jiff::Timestamp) -> crate::app::state::records::Cache {
        crate::app::state::records::Cache {
            saved_at,
            fields: Vec::new(),
            views: self
                .views
                .iter()
                .filter(|v| v.loaded && v.error.is_none() && !v.search)
                .map(|v| crate::app::state::records::CachedView {
                    name: v.view.name.clone(),
                    query: v.view.query.clone(),
                    total: v.total,
                    tickets: v
                        .tickets
                        .iter()
                        .take(crate::app::state::records::CACHED_ROWS)
                        .cloned()
                        .collect(),
                })
                .collect(),
        }
    }
    /// Opens `view` as the search tab (replacing an earlier search) and makes it the tab on
    /// screen; returns its index.
    pub fn open_search(&mut self, view: View) -> usize {
        let tab = ViewState {
            search: true,
            ..ViewState::new(view)
        };
        let at = match self.views.iter().position(|v| v.search) {
            Some(at) => {
                self.views[at] = tab;
                at
            }
            None => {
                self.views.push(tab);
                self.views.len() - 1
            }
        };
        self.active = at;
        at
    }

    /// Closes the search tab, if it is the one on screen; whether it was.
    pub fn close_search(&mut self) -> bool {
        if !self.current().is_some_and(|v| v.search) {
            return false;
        }
        self.views.remove(self.active);
        self.active = 0;
        true
    }

    /// A queue with one empty tab per view.
    pub fn new(views: Vec<View>) -> Self {
        Self {
            views: views.into_iter().map(ViewState::new).collect(),
            active: 0,
            filter: LineInput::default(),
            filtering: false,
            marks: Default::default(),
        }
    }

    /// The tab on screen.
    pub fn current(&self) -> Option<&ViewState> {
        self.views.get(self.active)
    }

    /// The tab on screen, to change it.
    pub fn current_mut(&mut self) -> Option<&mut ViewState> {
        self.views.get_mut(self.active)
    }

    /// The selected ticket of the tab on screen.
    pub fn selected(&self) -> Option<&TicketSummary> {
        self.current()?.selected_ticket()
    }

    /// Finds a loaded ticket in any tab.
    pub fn find(&self, id: TicketId) -> Option<&TicketSummary> {
        self.views
            .iter()
            .flat_map(|v| v.tickets.iter())
            .find(|t| t.id == id)
    }
}
