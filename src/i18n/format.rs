//! Times and dates the way the interface's language writes them: `14:05` or `14.05`,
//! `Oct 24`, `24 окт.`, `24.10.`, `10月24日`.

use jiff::Zoned;

/// The time of day, hours and minutes.
pub fn clock(at: &Zoned) -> String {
    crate::fl!(
        "time-of-day",
        hour = format!("{:02}", at.hour()),
        minute = format!("{:02}", at.minute())
    )
}

/// The day and month, short.
pub fn day_month(at: &Zoned) -> String {
    let month = super::text(&format!("month-{}", at.month()));
    crate::fl!("date-day-month", month = month, day = at.day().to_string())
}

/// A priority's name: `urgent`, `kiireellinen`.
pub fn priority(p: crate::model::Priority) -> String {
    use crate::model::Priority;
    match p {
        Priority::Urgent => crate::fl!("priority-urgent"),
        Priority::High => crate::fl!("priority-high"),
        Priority::Normal => crate::fl!("priority-normal"),
        Priority::Low => crate::fl!("priority-low"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, speak_here};

    #[test]
    fn dates_and_times_are_written_the_language_s_way() {
        let at: Zoned = "2026-10-24T08:26:00+03:00[Europe/Helsinki]"
            .parse()
            .expect("time");
        let said = |language| {
            let _here = speak_here(language);
            format!("{} {}", day_month(&at), clock(&at))
        };
        assert_eq!(said(Language::En), "Oct 24 08:26");
        assert_eq!(said(Language::Fi), "24.10. 08.26");
        assert_eq!(said(Language::Ru), "24 окт. 08:26");
        assert_eq!(said(Language::De), "24. Okt. 08:26");
        assert_eq!(said(Language::Et), "24. okt 08:26");
        assert_eq!(said(Language::Zh), "10月24日 08:26");
    }
}
