use super::*;
use crate::canned::{Actions, Source};

fn canned(id: &str, title: &str, body: &str) -> Canned {
    Canned {
        id: id.into(),
        title: title.into(),
        keywords: vec![],
        abbrev: None,
        body: body.into(),
        actions: Actions::default(),
        source: Source::Backend,
        audience: crate::canned::Audience::Any,
        language: None,
        family: None,
    }
}

fn titles(query: &str, all: &[Canned], usage: &HashMap<String, u32>) -> Vec<String> {
    rank(query, all, usage)
        .into_iter()
        .map(|r| all[r.index].title.clone())
        .collect()
}

#[test]
fn a_misspelt_query_still_finds_the_response() {
    let all = [
        canned("1", "Password reset", "Use the link"),
        canned("2", "Refund approved", "Money back"),
    ];
    assert_eq!(titles("refnd", &all, &HashMap::new())[0], "Refund approved");
}

#[test]
fn matched_title_characters_are_reported() {
    let all = [canned("1", "Refund approved", "")];
    let r = rank("rfd", &all, &HashMap::new());
    assert_eq!(r[0].title_hits.len(), 3);
}

#[test]
fn ties_go_to_the_response_used_most() {
    let all = [
        canned("a", "Shipping delay", ""),
        canned("b", "Shipping delay", ""),
    ];
    let usage = HashMap::from([("b".to_string(), 5)]);
    let ranked = rank("ship", &all, &usage);
    assert_eq!(all[ranked[0].index].id, "b");
    let ranked = rank("", &all, &usage);
    assert_eq!(all[ranked[0].index].id, "b");
}

#[test]
fn titles_outrank_keywords_and_placeholders_do_not_match() {
    let mut keyworded = canned(
        "1",
        "Erstattung veranlasst",
        "Guten Tag {{requester.first_name | default: \"x\"}}",
    );
    keyworded.keywords = vec!["refund".into()];
    let all = [
        keyworded,
        canned("2", "Refund approved", "Done."),
        canned("3", "Other", "Hi {{requester.first_name}}"),
    ];
    assert_eq!(
        titles("refnd", &all, &HashMap::new()),
        ["Refund approved", "Erstattung veranlasst"]
    );
}

#[test]
fn the_reach_test_never_rejects_a_close_match() {
    let m = matcher();
    let bodies = [
        "We have refunded the duplicate charge; it shows in 3-5 days.",
        "Ihre Rückerstattung (Refund) ist unterwegs.",
        "r e f u n d spaced out",
        "REFUND in capitals",
        "Смена пароля: ссылка для сброса отправлена",
    ];
    for body in bodies {
        for query in [
            "refund",
            "refnd",
            "ref",
            "r",
            "пароля",
            "сброс",
            "capitals",
            "spaced",
        ] {
            let exact = m
                .score(body, query)
                .filter(|s| *s >= CLOSE_PER_CHAR * query.chars().count() as i64);
            assert_eq!(close_match(&m, body, query), exact, "{query} in {body}");
        }
    }
}

#[test]
fn non_matches_are_left_out() {
    let all = [canned("1", "Password reset", "Use the link")];
    assert!(titles("zzz", &all, &HashMap::new()).is_empty());
}

mod narrowing {
    use super::*;
    use proptest::prelude::*;

    fn response() -> impl Strategy<Value = Canned> {
        // A small alphabet, so that queries match often and in many ways.
        let text = "[abcé R{}\\-]{0,40}";
        (text, text, proptest::option::of("[abcR]{1,4}")).prop_map(|(title, body, abbrev)| Canned {
            abbrev,
            keywords: vec![body.chars().rev().collect()],
            ..canned("x", &title, &body)
        })
    }

    proptest! {
        #[test]
        fn typing_on_ranks_among_the_previous_matches_exactly_as_from_scratch(
            all in proptest::collection::vec(response(), 0..60),
            before in "[abcéR ]{0,3}",
            more in "[abcéR ]{1,3}",
        ) {
            let usage = HashMap::new();
            let index = Index::new(&all);
            let first = rank_with(&before, &all, &index, &usage);
            let among: Vec<usize> = first.iter().map(|r| r.index).collect();
            let query = format!("{before}{more}");
            let narrowed = rank_among(&query, &all, &index, &usage, Some(&among));
            prop_assert_eq!(narrowed, rank_with(&query, &all, &index, &usage));
        }
    }
}

#[test]
fn words_may_come_in_any_order() {
    let all = [
        canned("1", "Password reset steps", "Use the link"),
        canned("2", "Two-factor codes explained", "Open the app"),
        canned("3", "Refund approved", "Money back"),
    ];
    let none = HashMap::new();
    assert_eq!(
        titles("reset password", &all, &none),
        ["Password reset steps"]
    );
    assert_eq!(
        titles("two factor", &all, &none),
        ["Two-factor codes explained"]
    );
    assert_eq!(
        titles("factor two", &all, &none),
        ["Two-factor codes explained"]
    );
    assert!(
        titles("reset refund", &all, &none).is_empty(),
        "every word must match"
    );
    let ranked = rank("reset password", &all, &none);
    let marked: String = all[ranked[0].index]
        .title
        .chars()
        .enumerate()
        .filter(|(i, _)| ranked[0].title_hits.contains(i))
        .map(|(_, c)| c)
        .collect();
    assert_eq!(marked, "Passwordreset", "both words are highlighted");
}
