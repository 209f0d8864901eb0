use super::*;

#[test]
fn each_ending_has_its_exit_code() {
    let code = |outcome: Outcome| outcome.code();
    assert_eq!(code(Outcome::default()), exit::OK);
    assert_eq!(
        code(Outcome {
            waiting: 1,
            ..Outcome::default()
        }),
        exit::QUEUED
    );
    assert_eq!(
        code(Outcome {
            waiting: 1,
            held: true,
            ..Outcome::default()
        }),
        exit::AUTH,
        "held until the credential is fixed"
    );
    assert_eq!(
        code(Outcome {
            refused: Some(Error::Conflict),
            ..Outcome::default()
        }),
        exit::REFUSED
    );
    assert_eq!(
        code(Outcome {
            refused: Some(Error::NotFound("ticket 9".into())),
            ..Outcome::default()
        }),
        exit::NOT_FOUND
    );
    assert_eq!(
        code(Outcome {
            refused: Some(Error::Local("the file changed".into())),
            ..Outcome::default()
        }),
        exit::REFUSED,
        "a refusal never ends as a bare failure"
    );
}

#[test]
fn only_the_outbox_s_work_is_done_without_a_screen() {
    let ticket = TicketId(4);
    assert!(delivers(&Effect::CheckDelivery {
        req: crate::app::state::RequestId(1),
        ticket
    }));
    assert!(!delivers(&Effect::RemoveDraft(ticket)));
    assert!(!delivers(&Effect::LoadMe));
    assert!(!delivers(&Effect::AdoptOutbox));
}
