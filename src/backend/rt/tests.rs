use super::write::refused;
use super::*;

#[test]
fn the_url_may_be_given_with_or_without_the_rest_path() {
    for url in [
        "https://rt.example.com",
        "https://rt.example.com/",
        "https://rt.example.com/REST/2.0/",
    ] {
        assert_eq!(
            super::super::http::bases(url, "REST/2.0"),
            (
                "https://rt.example.com/".into(),
                "https://rt.example.com/REST/2.0/".into()
            )
        );
    }
    assert_eq!(
        super::super::http::bases("http://h/rt", "REST/2.0").1,
        "http://h/rt/REST/2.0/",
        "RT under a path"
    );
}

#[test]
fn ticketsql_literals_are_escaped() {
    assert_eq!(quoted("o'neil@example.com"), "o\\'neil@example.com");
}

#[test]
fn refusals_hidden_in_a_200_become_errors() {
    assert!(refused(r#"["Ticket 1: Status changed from 'new' to 'open'"]"#).is_ok());
    assert!(matches!(
        refused(r#"["Permission Denied"]"#),
        Err(Error::Invalid(_))
    ));
    assert!(matches!(
        refused(r#"["Ticket 1: 'bogus' isn't a valid status for this ticket."]"#),
        Err(Error::Invalid(_))
    ));
}
