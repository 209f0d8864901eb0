//! One response in several languages: `refund.md` beside `refund.fi.md` and `refund.ru.md`
//! (or `lang = "fi"` and a shared `id` in their front matter). The picker offers the variant
//! in the customer's language first, then the default (the one without a language), then the
//! others, each where its family first ranked.

use std::collections::HashMap;

use super::Canned;
use super::rank::Ranked;

/// A file stem split into the response's name and its language: `refund.fi` → (`refund`,
/// `fi`); a stem without a language suffix is all name.
pub fn split_stem(stem: &str) -> (&str, Option<&str>) {
    match stem.rsplit_once('.') {
        Some((name, code))
            if !name.is_empty()
                && (2..=3).contains(&code.len())
                && code.chars().all(|c| c.is_ascii_lowercase()) =>
        {
            (name, Some(code))
        }
        _ => (stem, None),
    }
}

/// How much `c` fits a customer writing `language`: theirs first, then the default, then
/// the rest.
pub fn fit(c: &Canned, language: Option<&str>) -> u8 {
    match (c.language.as_deref(), language) {
        (Some(theirs), Some(wanted)) if theirs == wanted => 0,
        (None, _) => 1,
        _ => 2,
    }
}

/// Reorders `ranked` so each family of variants sits together where its best-ranked member
/// was, the one in `language` (the customer's) first. A match in one language brings its
/// family along: "refund" finds the Finnish text too, though it says "hyvitys".
pub fn prefer(ranked: &mut Vec<Ranked>, canned: &[Canned], language: Option<&str>) {
    // The families with more than one member, each with its members: one pass over the
    // responses, so a keystroke stays linear in their number.
    let mut families: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in canned.iter().enumerate() {
        if let Some(family) = c.family.as_deref() {
            families.entry(family).or_default().push(i);
        }
    }
    families.retain(|_, members| members.len() > 1);
    if families.is_empty() {
        return;
    }
    let family_of = |i: usize| {
        canned
            .get(i)
            .and_then(|c| c.family.as_deref())
            .filter(|f| families.contains_key(f))
    };
    let all = std::mem::take(ranked);
    let rank_of: HashMap<usize, usize> =
        all.iter().enumerate().map(|(n, r)| (r.index, n)).collect();
    let position = |i: usize| rank_of.get(&i).copied().unwrap_or(usize::MAX);
    let mut out: Vec<Ranked> = Vec::with_capacity(all.len());
    let mut placed: Vec<&str> = Vec::new();
    for r in &all {
        let Some(family) = family_of(r.index) else {
            out.push(r.clone());
            continue;
        };
        if placed.contains(&family) {
            continue;
        }
        placed.push(family);
        let mut members = families.get(family).cloned().unwrap_or_default();
        members.sort_by_key(|&i| (fit(&canned[i], language), position(i)));
        for i in members {
            out.push(match rank_of.get(&i) {
                Some(&n) => all[n].clone(),
                None => Ranked {
                    index: i,
                    score: r.score,
                    title_hits: Vec::new(),
                },
            });
        }
    }
    *ranked = out;
}
