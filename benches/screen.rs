//! What one keystroke costs, at queue sizes where it must not grow: drawing the queue, the
//! ticket and the picker on a 200x60 screen, moving the selection, filtering, ranking canned
//! responses, and laying out a long conversation. Run with `cargo bench`; see the README for
//! figures and the machine they came from.

use std::hint::black_box;
use std::sync::Arc;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use frontdesk::app::state::{Setup, State};
use frontdesk::app::{Effect, Loaded, Msg, update};
use frontdesk::backend::demo::DemoDesk;
use frontdesk::backend::{HelpDesk, Message, MessageKind, Page, Ticket, TicketSummary, View};
use frontdesk::canned::Canned;
use frontdesk::keymap::{KeyChord, Keymap};
use frontdesk::theme::Theme;
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;

fn now() -> Timestamp {
    "2026-11-22T12:00:00Z".parse().expect("time")
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime")
}

/// `n` queue rows: the demo desk's tickets, repeated with new numbers.
fn rows(desk: &DemoDesk, n: usize) -> Vec<TicketSummary> {
    let all = View {
        name: "All".into(),
        query: String::new(),
        quick: false,
    };
    let mut base = Vec::new();
    let mut page = None;
    let rt = runtime();
    loop {
        let got: Page = rt
            .block_on(desk.list_view(&all, page.as_deref()))
            .expect("a page");
        base.extend(got.tickets);
        match got.next {
            Some(next) => page = Some(next),
            None => break,
        }
    }
    (0..n)
        .map(|i| {
            let mut row = base[i % base.len()].clone();
            row.id = frontdesk::backend::TicketId(100_000 + i as u64);
            row
        })
        .collect()
}

/// A state on a 200x60 screen whose first view holds `rows`.
fn state_with(desk: &DemoDesk, rows: Vec<TicketSummary>) -> State {
    let (keymap, _) = Keymap::shipped("default").expect("keymap");
    let mut state = State::new(Setup {
        views: vec![View {
            name: "All".into(),
            query: String::new(),
            quick: false,
        }],
        poll: None,
        ..Setup::new(
            desk,
            Arc::new(keymap),
            now(),
            jiff::tz::TimeZone::UTC,
            (WIDTH, HEIGHT),
        )
    });
    let fx = frontdesk::app::init(&mut state);
    let req = fx
        .iter()
        .find_map(|e| match e {
            Effect::LoadView { req, .. } => Some(*req),
            _ => None,
        })
        .expect("a view load");
    update(
        &mut state,
        Msg::Loaded(Loaded::View {
            req,
            view: 0,
            first_page: true,
            result: Ok(Page {
                total: Some(rows.len()),
                tickets: rows,
                next: None,
            }),
        }),
    );
    state
}

fn key(name: &str) -> Msg {
    Msg::Key(name.parse::<KeyChord>().expect("key"))
}

/// Feeds `ticket` to the state as the answer to opening the selected row.
fn open(state: &mut State, ticket: Ticket) {
    let fx = update(state, key("enter"));
    let req = fx
        .iter()
        .find_map(|e| match e {
            Effect::LoadTicket { req, .. } => Some(*req),
            _ => None,
        })
        .expect("a ticket load");
    update(
        state,
        Msg::Loaded(Loaded::Ticket {
            req,
            result: Ok(ticket),
        }),
    );
}

/// A ticket with a `messages`-message conversation in several scripts.
fn long_ticket(row: &TicketSummary, messages: usize) -> Ticket {
    let bodies = [
        "Hello, I was charged twice for my subscription this month. Could you refund one of the charges? Thanks.",
        "Vaihdoin salasanan, mutta kirjautuminen ei silti onnistu. Sivu sanoo vain \"virheelliset tunnukset\".",
        "重置密码后无法登录，页面一直显示错误。请尽快帮忙处理，谢谢！",
        "Не могу войти в личный кабинет после смены пароля.\n\nСпасибо.",
    ];
    Ticket {
        summary: row.clone(),
        conversation: (0..messages)
            .map(|i| Message {
                id: i.to_string(),
                kind: [
                    MessageKind::Customer,
                    MessageKind::Public,
                    MessageKind::Internal,
                ][i % 3],
                author: format!("Person {i}"),
                body: bodies[i % bodies.len()].repeat(1 + i % 3),
                created_at: now() - jiff::SignedDuration::from_mins((messages - i) as i64 * 37),
                attachments: Vec::new(),
            })
            .collect(),
        older_not_shown: false,
        links: Vec::new(),
        cc: Vec::new(),
        url: None,
        fields: Vec::new(),
        time: None,
        queue: None,
        signature: None,
    }
}

/// 5,000 canned responses: the demo's, repeated with distinct titles.
fn canned(desk: &DemoDesk, n: usize) -> Vec<Canned> {
    let base = runtime().block_on(desk.canned_responses()).expect("canned");
    (0..n)
        .map(|i| {
            let mut c = base[i % base.len()].clone();
            c.id = format!("bench:{i}");
            c.title = format!("{} {}", c.title, i / base.len());
            c
        })
        .collect()
}

fn draw(terminal: &mut Terminal<TestBackend>, state: &State, theme: &Theme) {
    terminal
        .draw(|f| frontdesk::ui::view(f, state, theme))
        .expect("draw");
}

fn benches(c: &mut Criterion) {
    let desk = DemoDesk::new(now(), now).expect("demo");
    let (theme, _) = Theme::shipped("default").expect("theme");
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("terminal");

    for n in [1_000usize, 100_000] {
        let label = if n >= 1000 {
            format!("{}k", n / 1000)
        } else {
            n.to_string()
        };
        let mut state = state_with(&desk, rows(&desk, n));
        c.bench_function(&format!("queue/draw/{label}"), |b| {
            b.iter(|| draw(&mut terminal, black_box(&state), &theme))
        });
        c.bench_function(&format!("queue/move/{label}"), |b| {
            let mut down = true;
            b.iter(|| {
                let fx = update(&mut state, key(if down { "j" } else { "k" }));
                down = !down;
                black_box(fx)
            })
        });
        c.bench_function(&format!("queue/move_and_draw/{label}"), |b| {
            let mut down = true;
            b.iter(|| {
                update(&mut state, key(if down { "j" } else { "k" }));
                down = !down;
                draw(&mut terminal, &state, &theme)
            })
        });
        c.bench_function(&format!("queue/filter_keystroke/{label}"), |b| {
            update(&mut state, key("/"));
            let mut typed = false;
            b.iter(|| {
                let fx = update(&mut state, key(if typed { "backspace" } else { "r" }));
                typed = !typed;
                black_box(fx)
            });
            update(&mut state, key("esc"));
        });
        c.bench_function(&format!("queue/filter_work_off_task/{label}"), |b| {
            let tickets = state.queue.views[0].tickets.clone();
            let languages = state.queue.views[0].languages.clone();
            let queries = ["r", "re", "ref", "refu", "refun", "refund"];
            let mut i = 0;
            b.iter(|| {
                i = (i + 1) % queries.len();
                black_box(frontdesk::app::state::queue::filtered(
                    &tickets, &languages, queries[i],
                ))
            })
        });
        // Opening the tags prompt: the tags are counted at once, or for a large queue off
        // the UI task (the second figure).
        c.bench_function(&format!("tags/open_prompt/{label}"), |b| {
            b.iter(|| {
                update(&mut state, key("t"));
                black_box(update(&mut state, key("esc")))
            })
        });
        c.bench_function(&format!("tags/count_off_task/{label}"), |b| {
            let views = [state.queue.views[0].tickets.clone()];
            b.iter(|| black_box(frontdesk::app::state::complete::tags_of(&views, &[])))
        });
        let row = state.queue.selected().cloned().expect("a row");
        let mut with_ticket = state_with(&desk, rows(&desk, n));
        open(&mut with_ticket, long_ticket(&row, 100));
        c.bench_function(&format!("detail/draw_100_messages/{label}"), |b| {
            b.iter(|| draw(&mut terminal, black_box(&with_ticket), &theme))
        });
    }

    let row = rows(&desk, 1).remove(0);
    let ticket = long_ticket(&row, 100);
    let mut group = c.benchmark_group("conversation");
    group.bench_with_input(BenchmarkId::new("layout", 100), &ticket, |b, ticket| {
        b.iter(|| {
            black_box(frontdesk::app::state::detail::transcript(
                ticket,
                120,
                now(),
                &jiff::tz::TimeZone::UTC,
                (&[], false),
                (&Default::default(), ""),
            ))
        })
    });
    // Opening a ticket from its copy on disk: the file read and parsed, then shown (the
    // update lays it out), as the runner and `update` do while the live copy loads.
    let dir = tempfile::tempdir().expect("tempdir");
    let record = frontdesk::app::state::records::CachedTicket {
        saved_at: now(),
        ticket: ticket.clone(),
    };
    let mut kept = frontdesk::store::conversations::Conversations::new(dir.path().into(), u64::MAX);
    kept.save(row.id.0, &frontdesk::app::state::records::to_bytes(&record))
        .expect("saved");
    let mut waiting = state_with(&desk, vec![row.clone()]);
    update(&mut waiting, key("enter"));
    group.bench_function("open_from_cache/100", |b| {
        b.iter(|| {
            waiting.detail.ticket.value = None;
            let bytes = frontdesk::store::conversations::read(dir.path(), row.id.0).expect("read");
            let record: frontdesk::app::state::records::CachedTicket =
                frontdesk::app::state::records::from_bytes(&bytes).expect("parsed");
            update(
                &mut waiting,
                Msg::Loaded(Loaded::Cached {
                    id: row.id,
                    record: Some(Box::new(record)),
                }),
            );
            black_box(waiting.detail.transcript.len())
        })
    });
    group.finish();

    let responses = canned(&desk, 5_000);
    let usage = Default::default();
    let index = frontdesk::canned::rank::Index::new(&responses);
    c.bench_function("canned/rank_5k_per_keystroke", |b| {
        let queries = ["r", "re", "ref", "refu", "refun", "refund"];
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % queries.len();
            black_box(frontdesk::canned::rank::rank_with(
                queries[i], &responses, &index, &usage,
            ))
        })
    });

    // As the picker ranks while the agent types: each keystroke looks only at what the one
    // before it matched. One iteration is the six keystrokes of "refund".
    c.bench_function("canned/rank_5k_typing_refund", |b| {
        let queries = ["r", "re", "ref", "refu", "refun", "refund"];
        b.iter(|| {
            let mut among: Option<Vec<usize>> = None;
            for query in queries {
                let ranked = frontdesk::canned::rank::rank_among(
                    query,
                    &responses,
                    &index,
                    &usage,
                    among.as_deref(),
                );
                among = Some(ranked.iter().map(|r| r.index).collect());
            }
            black_box(among)
        })
    });

    let mut picking = state_with(&desk, rows(&desk, 1_000));
    let row = picking.queue.selected().cloned().expect("a row");
    open(&mut picking, long_ticket(&row, 10));
    let _ = frontdesk::app::init(&mut picking);
    // Canned responses are asked for once the views have answered; here they are asked
    // for at once, as that moment does.
    let req = picking.requests.issue();
    picking.canned.list.start(req);

    update(
        &mut picking,
        Msg::Loaded(Loaded::Canned {
            req,
            result: Ok(responses.clone()),
            diagnostics: Vec::new(),
        }),
    );
    update(&mut picking, key("r"));
    update(&mut picking, key("ctrl-t"));
    for c in "refund".chars() {
        update(&mut picking, Msg::Key(KeyChord::char(c)));
    }
    c.bench_function("picker/draw_5k", |b| {
        b.iter(|| draw(&mut terminal, black_box(&picking), &theme))
    });
    c.bench_function("picker/keystroke_5k", |b| {
        let mut typed = false;
        b.iter(|| {
            let fx = update(&mut picking, key(if typed { "backspace" } else { "s" }));
            typed = !typed;
            black_box(fx)
        })
    });
}

criterion_group! {
    name = screen;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = benches
}
criterion_main!(screen);
