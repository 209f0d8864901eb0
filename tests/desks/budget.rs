//! Requests within the desk's limits: the rate-limit budget its answers report is never run
//! into, polling costs one request per interval however many views are open, and work the
//! agent moved away from is called off.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use frontdesk::backend::http::Timeouts;

use super::zendesk::Zendesk;
use super::{Errors, connect};
use crate::faults::{Fault, FaultProxy};
use crate::looped::Running;

/// A desk that allows `per_window` requests a window and says so as Zendesk does; one more is
/// refused with a 429, which the test counts.
struct Limited {
    per_window: u32,
    window: Duration,
    state: Arc<Mutex<Counts>>,
}

#[derive(Default)]
struct Counts {
    started: Option<Instant>,
    used: u32,
    answered: u32,
    refused: u32,
}

impl Respond for Limited {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let mut c = self.state.lock().expect("counts");
        let now = Instant::now();
        let started = *c.started.get_or_insert(now);
        if now.duration_since(started) >= self.window {
            c.started = Some(now);
            c.used = 0;
        }
        c.used += 1;
        if c.used > self.per_window {
            c.refused += 1;
            return ResponseTemplate::new(429).insert_header("retry-after", "1");
        }
        c.answered += 1;
        let ends = self
            .window
            .saturating_sub(now.duration_since(c.started.unwrap_or(now)));
        ResponseTemplate::new(200)
            .set_body_json(Zendesk::me_body())
            .insert_header("x-rate-limit", "700")
            .insert_header("x-rate-limit-remaining", "690")
            .insert_header("ratelimit-limit", self.per_window.to_string().as_str())
            .insert_header(
                "ratelimit-remaining",
                (self.per_window - c.used).to_string().as_str(),
            )
            .insert_header(
                "ratelimit-reset",
                ends.as_secs().max(1).to_string().as_str(),
            )
    }
}

/// The desk says two requests are left: eight more, sent at once, wait for the next windows
/// instead of being refused, and the wait shows as a hold the interface counts down.
pub async fn a_desk_saying_two_remain_is_never_run_into() {
    let server = MockServer::start().await;
    let counts = Arc::new(Mutex::new(Counts::default()));
    Mock::given(method("GET"))
        .and(path(Zendesk::me_path()))
        .respond_with(Limited {
            per_window: 3,
            window: Duration::from_secs(1),
            state: counts.clone(),
        })
        .mount(&server)
        .await;
    let desk = connect::<Zendesk>(&server);
    let watcher = super::watch_holds(&desk);
    desk.me().await.expect("the first answer says two remain");
    let limit = desk.throttle().and_then(|t| t.rate_limit()).expect("read");
    assert_eq!((limit.limit, limit.remaining), (Some(700), 2));

    let calls = (0..8).map(|_| {
        let desk = desk.clone();
        tokio::spawn(async move { desk.me().await })
    });
    for call in calls {
        call.await.expect("joined").expect("answered");
    }
    let (refused, answered) = {
        let c = counts.lock().expect("counts");
        (c.refused, c.answered)
    };
    assert_eq!(
        refused, 0,
        "frontdesk waited instead of running into the limit"
    );
    assert_eq!(answered, 9);
    drop(desk);
    assert!(watcher.await.unwrap_or(false), "the wait was shown");
}

/// Zendesk's three views (and quick wins, a fourth from the same list), polled every five
/// seconds: each poll is one search, and no view is listed again while nothing new arrives.
pub async fn polling_is_one_request_per_interval_whatever_the_views() {
    let texts = ["Printer on fire", "VPN drops", "Invoice twice"].map(String::from);
    let server = crate::mockdesk::zendesk(texts.to_vec()).await;
    let desk = connect::<Zendesk>(&server);
    let mut app = Running::start(
        desk,
        jiff::Timestamp::now(),
        &[("config.toml", "poll_interval = \"5s\"\n")],
    );
    let screen = app.wait_for("All open").await;
    assert!(
        screen.contains("Mine") && screen.contains("Unassigned"),
        "{screen}"
    );
    let searches = |requests: &[Request]| -> (usize, usize) {
        let mut polls = 0;
        let mut lists = 0;
        for r in requests.iter().filter(|r| r.url.path() == "/api/v2/search") {
            let query = r
                .url
                .query_pairs()
                .find(|(k, _)| k == "query")
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default();
            if query.contains("updated>") {
                polls += 1;
            } else {
                lists += 1;
            }
        }
        (polls, lists)
    };
    // Waits for the next poll to reach the desk (the interval is the app's, not the test's).
    let until_polls = |n: usize| {
        let server = &server;
        async move {
            let deadline = Instant::now() + Duration::from_secs(30);
            loop {
                let seen = server.received_requests().await.unwrap_or_default();
                if searches(&seen).0 >= n {
                    return seen;
                }
                assert!(Instant::now() < deadline, "no poll {n} within 30 s");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    };
    let first = until_polls(1).await;
    let second = until_polls(2).await;
    let (polls, lists) = searches(&second);
    assert_eq!(polls, 2);
    let listed: std::collections::HashSet<String> = first
        .iter()
        .filter(|r| r.url.path() == "/api/v2/search")
        .filter_map(|r| r.url.query_pairs().find(|(k, _)| k == "query"))
        .map(|(_, q)| q.into_owned())
        .collect();
    assert_eq!(
        listed.len(),
        4,
        "the three lists at start, and a poll: {listed:?}"
    );
    assert_eq!(lists, searches(&first).1, "no view listed again by polling");
    let between = second.len() - first.len();
    assert_eq!(between, 1, "one request from one poll to the next");
}

/// The agent moves down the queue while the tickets at its top are still being fetched ahead
/// (one of them stuck at the desk): those fetches are called off, and the desk sees the
/// connection close long before any timeout would have closed it.
pub async fn fetches_the_agent_moved_away_from_are_aborted() {
    let texts: Vec<String> = (1..=8).map(|i| format!("Ticket number {i}")).collect();
    let server = crate::mockdesk::zendesk(texts).await;
    let proxy = FaultProxy::start(server.address().port()).await;
    proxy.break_next("GET", "/api/v2/tickets/", Fault::Stall);
    let timeouts = Timeouts {
        request: Duration::from_secs(120),
        ..Timeouts::default()
    };
    let url = format!("http://127.0.0.1:{}", proxy.port);
    let desk =
        frontdesk::connect::with_timeouts(&Zendesk::profile(&url), Zendesk::secret(), timeouts)
            .expect("desk");
    let mut app = Running::start(desk, jiff::Timestamp::now(), &[]);
    app.wait_for("All open").await;
    tokio::time::timeout(Duration::from_secs(30), proxy.stalled(1))
        .await
        .expect("a ticket at the top is fetched ahead");
    app.press("j j j j j");
    tokio::time::timeout(Duration::from_secs(30), proxy.hung_up(1))
        .await
        .expect("the fetch was aborted, not left to time out (after 120 s)");
}

/// A desk that counts a write twice (Help Scout): with three requests left, one write fits
/// and the second waits for the next window instead of overdrawing it.
pub async fn a_write_that_counts_twice_waits_for_the_next_window() {
    let server = MockServer::start().await;
    let limited = ResponseTemplate::new(200)
        .set_body_json(serde_json::json!({}))
        .insert_header("x-ratelimit-limit-minute", "200")
        .insert_header("x-ratelimit-remaining-minute", "3")
        .insert_header("ratelimit-reset", "1");
    Mock::given(wiremock::matchers::any())
        .respond_with(limited)
        .mount(&server)
        .await;
    let http = frontdesk::backend::http::Http::new(
        &format!("{}/", server.uri()),
        None,
        Timeouts::default(),
    )
    .expect("a client")
    .with_write_cost(2);
    let mut holds = http.throttle().subscribe();
    let held = tokio::spawn(async move {
        while holds.changed().await.is_ok() {
            if holds.borrow().is_some() {
                return true;
            }
        }
        false
    });
    let body = serde_json::json!({ "text": "hello" });
    http.send(reqwest::Method::GET, "mailboxes", &[], None, &[])
        .await
        .expect("a read says three are left");
    let write = || {
        http.send(
            reqwest::Method::POST,
            "conversations",
            &[],
            Some(&body),
            &[],
        )
    };
    write().await.expect("one write fits");
    assert!(!held.is_finished(), "nothing waited yet");
    write().await.expect("the second write, after the window");
    drop(http);
    assert!(
        held.await.unwrap_or(false),
        "the second write waited, shown as a hold"
    );
}
