//! `H`: the ticket's changes between its messages, folded, all, hidden.

use super::*;

fn transcript(h: &Harness) -> String {
    let lines = &h.state.detail.transcript;
    let text = lines
        .iter()
        .map(|l| l.iter().map(|s| s.text.as_str()).collect::<String>());
    text.collect::<Vec<_>>().join("\n")
}

#[tokio::test]
async fn h_shows_who_changed_what_between_the_messages_then_all_then_none() {
    let mut h = Harness::sized(160, 48).await;
    h.keys("enter").await;
    assert!(!transcript(&h).contains('⟳'), "hidden at first");
    h.keys("H").await;
    let shown = transcript(&h);
    assert!(shown.contains("⟳"), "{shown}");
    assert!(shown.contains("Grace Williams · Status → new"), "{shown}");
    assert!(shown.contains("Sam Rivera · Status new → open"), "{shown}");
    // Made now, it shows at the end, after the last message.
    h.keys("p").await;
    h.type_text("low").await;
    h.keys("enter").await;
    let shown = transcript(&h);
    let last = shown.lines().last().unwrap_or_default();
    assert!(last.contains("Priority urgent → low"), "{shown}");
    // A long run folds into one line; H again shows every change; once more, none.
    for tag in ["a", "b", "c"] {
        h.keys("t").await;
        h.type_text(&format!(" {tag}")).await;
        h.keys("enter").await;
    }
    let folded = transcript(&h);
    assert!(folded.contains("4 changes · Sam Rivera"), "{folded}");
    h.keys("H").await;
    let all = transcript(&h);
    assert!(all.contains("Tags → +c"), "{all}");
    h.keys("H").await;
    assert!(!transcript(&h).contains('⟳'));
}

#[tokio::test]
async fn the_choice_stays_from_ticket_to_ticket() {
    let mut h = Harness::sized(160, 48).await;
    h.keys("enter H J").await;
    assert!(transcript(&h).contains('⟳'), "{}", transcript(&h));
}

#[tokio::test]
async fn changes_made_while_they_were_hidden_show_when_shown_again() {
    let mut h = Harness::sized(160, 48).await;
    h.keys("enter H H H").await;
    assert!(!transcript(&h).contains('⟳'), "hidden");
    h.keys("m").await;
    h.type_text("platf").await;
    h.keys("enter H").await;
    let shown = transcript(&h);
    assert!(shown.contains("Group Billing → Platform"), "{shown}");
}
