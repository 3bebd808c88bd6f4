//! For one piece, sets of literals its matches must hold: the literals a match must begin
//! with (so the piece can be tried anchored where one occurred) and the rarest-looking set a
//! match must contain somewhere.
//!
//! This walks the HIR the piece is compiled from, parsed case-insensitively in ASCII mode,
//! rather than using `regex_syntax::hir::literal::Extractor`: there every folded letter is a
//! two-byte class, so `nolan (?:principles|standards)` alone would be tens of thousands of
//! literals and the extractor gives up, and it returns only prefixes or suffixes where the best set is often
//! inside (`(?:may|shall|for)\b(?: \w+){0,3} (?:audit|inspect)`). Here a class is taken as
//! its lower-case bytes, which is sound because the literals are looked for ASCII
//! case-insensitively: any byte a class matches is found as its own lower case.

use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// Bounds the literals one set may hold; a cross product that would pass it is cut there.
const MAX_SET: usize = 128;
/// A literal this long is particular enough; longer ones only grow the automaton (except
/// for `Need::Words`, whose strings are found whole).
pub(super) const MAX_LEN: usize = 12;
/// A class with more lower-case bytes than this is not spelled out.
const MAX_CLASS: usize = 10;

type Set = Vec<Vec<u8>>;

/// What a piece must hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Need {
    /// The piece matches exactly where one of these occurs (ASCII case aside) with a word
    /// boundary before it (if `before`) and after it (if `after`): no regex is needed.
    Words { set: Set, before: bool, after: bool },
    /// Every match begins with one of these.
    Prefix(Set),
    /// Every match holds one of these somewhere.
    Inner(Set),
    /// Nothing usable: the piece is confirmed on every text.
    Nothing,
}

/// How much a set lets through, as if a literal of `n` bytes occurred at a given place with
/// chance 4^-n (capped at 8): short and common words (`for`, `to `) score high. Crude, but it
/// only has to rank a piece's own options.
fn cost(set: &Set) -> f64 {
    set.iter()
        .map(|l| 0.25f64.powi(l.len().min(8) as i32))
        .sum()
}

/// Cut to `MAX_LEN`: a match that holds a literal holds its start.
fn truncated(set: Set) -> Set {
    normalise(
        set.into_iter()
            .map(|mut l| {
                l.truncate(MAX_LEN);
                l
            })
            .collect(),
    )
}

fn usable(set: &Set) -> bool {
    !set.is_empty() && set.iter().all(|l| !l.is_empty())
}

/// An anchored try costs a few bytes of automaton; an inner literal means scanning the
/// whole text for the piece, so a prefix set is preferred unless it lets through much more.
const PREFIX_PREFERENCE: f64 = 8.0;

pub(super) fn need(hir: &Hir) -> Need {
    if let Some((set, before, after)) = words(hir) {
        return Need::Words { set, before, after };
    }
    let info = walk(hir);
    let prefix = truncated(info.exact.clone().unwrap_or(info.prefix));
    let inner = info.exact.or(info.required).map(truncated);
    match (usable(&prefix), inner.filter(usable)) {
        (true, Some(inner)) if cost(&prefix) > PREFIX_PREFERENCE * cost(&inner) => {
            Need::Inner(inner)
        }
        (true, _) => Need::Prefix(prefix),
        (false, Some(inner)) => Need::Inner(inner),
        (false, None) => Need::Nothing,
    }
}

/// A piece that is `\b`, a few strings, `\b` (either `\b` optional), as most are; or such
/// strings then something that may match empty and asserts nothing (`\w*`), which a match
/// can always leave out. The strings must be spelled in both cases wherever they have a
/// letter (as a case-insensitive parse does, unless a piece turns it off), since they are
/// looked for ASCII case-insensitively and not checked again.
fn words(hir: &Hir) -> Option<(Set, bool, bool)> {
    let one = std::slice::from_ref(hir);
    let mut parts: &[Hir] = match hir.kind() {
        HirKind::Concat(subs) => subs,
        _ => one,
    };
    let is_boundary = |h: &Hir| matches!(h.kind(), HirKind::Look(Look::WordAscii));
    let before = parts.first().is_some_and(is_boundary);
    if before {
        parts = &parts[1..];
    }
    let after = parts.last().is_some_and(is_boundary);
    if after {
        parts = &parts[..parts.len() - 1];
    } else {
        while let Some(last) = parts.last() {
            let p = last.properties();
            if p.minimum_len() == Some(0) && p.look_set().is_empty() && parts.len() > 1 {
                parts = &parts[..parts.len() - 1];
            } else {
                break;
            }
        }
    }
    if parts.is_empty()
        || parts
            .iter()
            .any(|h| !h.properties().look_set().is_empty() || !both_cases(h))
    {
        return None;
    }
    let set = match parts {
        [one] => walk(one).exact?,
        _ => concat(parts).exact?,
    };
    usable(&set).then(|| (normalise(set), before, after))
}

/// Whether every letter the node matches, it matches in both cases.
fn both_cases(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(lit) => !lit.0.iter().any(u8::is_ascii_alphabetic),
        HirKind::Class(Class::Bytes(c)) => c.iter().all(|r| {
            (r.start()..=r.end())
                .filter(u8::is_ascii_alphabetic)
                .all(|b| {
                    let other = if b.is_ascii_lowercase() {
                        b.to_ascii_uppercase()
                    } else {
                        b.to_ascii_lowercase()
                    };
                    c.iter().any(|r| r.start() <= other && other <= r.end())
                })
        }),
        HirKind::Class(Class::Unicode(c)) => c.iter().all(|r| {
            (r.start()..=r.end())
                .filter(char::is_ascii_alphabetic)
                .all(|ch| {
                    let other = if ch.is_ascii_lowercase() {
                        ch.to_ascii_uppercase()
                    } else {
                        ch.to_ascii_lowercase()
                    };
                    c.iter().any(|r| r.start() <= other && other <= r.end())
                })
        }),
        HirKind::Repetition(rep) => both_cases(&rep.sub),
        HirKind::Capture(cap) => both_cases(&cap.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().all(both_cases),
    }
}

#[derive(Debug, Clone)]
struct Info {
    /// Every string the node matches (lower case), when there are few and they are short.
    exact: Option<Set>,
    /// Every match begins with one of these (`[""]` says nothing).
    prefix: Set,
    /// Every match holds one of these; the cheapest such set found.
    required: Option<Set>,
}

impl Info {
    fn exact(set: Set) -> Info {
        Info {
            prefix: set.clone(),
            required: None,
            exact: Some(set),
        }
    }

    fn nothing() -> Info {
        Info {
            exact: None,
            prefix: vec![Vec::new()],
            required: None,
        }
    }

    /// The best set every match holds, exact or not.
    fn best(&self) -> Option<Set> {
        [
            self.exact.as_ref(),
            self.required.as_ref(),
            Some(&self.prefix),
        ]
        .into_iter()
        .flatten()
        .filter(|s| usable(s))
        .min_by(|a, b| cost(a).total_cmp(&cost(b)))
        .cloned()
    }
}

fn cheapest(options: impl IntoIterator<Item = Set>) -> Option<Set> {
    options
        .into_iter()
        .filter(usable)
        .min_by(|a, b| cost(a).total_cmp(&cost(b)))
}

fn normalise(mut set: Set) -> Set {
    set.sort_unstable();
    set.dedup();
    set
}

fn product(a: &Set, b: &Set) -> Set {
    // Most steps add one byte (a folded letter is a class of its own): appending the same
    // string to every literal keeps them distinct, so no sort is needed (nor order kept:
    // sets are sorted again where they are handed out).
    if let [only] = b.as_slice() {
        let mut out = a.clone();
        for l in &mut out {
            l.extend_from_slice(only);
        }
        return out;
    }
    let mut out = Vec::with_capacity(a.len() * b.len());
    for x in a {
        for y in b {
            let mut l = x.clone();
            l.extend_from_slice(y);
            out.push(l);
        }
    }
    normalise(out)
}

fn walk(hir: &Hir) -> Info {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Info::exact(vec![Vec::new()]),
        HirKind::Literal(lit) => Info::exact(vec![lit.0.to_ascii_lowercase()]),
        HirKind::Class(class) => match class_bytes(class) {
            Some(bytes) => Info::exact(bytes.into_iter().map(|b| vec![b]).collect()),
            None => Info::nothing(),
        },
        HirKind::Capture(cap) => walk(&cap.sub),
        HirKind::Repetition(rep) => {
            let sub = walk(&rep.sub);
            if let (Some(e), Some(max)) = (&sub.exact, rep.max) {
                if let Some(set) = powers(e, rep.min, max) {
                    return Info::exact(set);
                }
            }
            if rep.min == 0 {
                return Info::nothing();
            }
            Info {
                exact: None,
                prefix: sub.exact.clone().unwrap_or_else(|| sub.prefix.clone()),
                required: sub.best(),
            }
        }
        HirKind::Concat(subs) => concat(subs),
        HirKind::Alternation(subs) => {
            let infos: Vec<Info> = subs.iter().map(walk).collect();
            let exact = infos
                .iter()
                .map(|i| i.exact.clone())
                .collect::<Option<Vec<Set>>>()
                .map(|sets| normalise(sets.concat()))
                .filter(|s| s.len() <= MAX_SET);
            let prefix = normalise(
                infos
                    .iter()
                    .flat_map(|i| i.exact.clone().unwrap_or_else(|| i.prefix.clone()))
                    .collect(),
            );
            let prefix = if prefix.len() <= 4 * MAX_SET {
                prefix
            } else {
                vec![Vec::new()]
            };
            let required = infos
                .iter()
                .map(Info::best)
                .collect::<Option<Vec<Set>>>()
                .map(|sets| normalise(sets.concat()))
                .filter(|s| s.len() <= 4 * MAX_SET);
            Info {
                exact,
                prefix,
                required,
            }
        }
    }
}

/// `sub` repeated `min..=max` times, if that stays small.
fn powers(sub: &Set, min: u32, max: u32) -> Option<Set> {
    let mut out: Set = Vec::new();
    let mut power: Set = vec![Vec::new()];
    for k in 0..=max {
        if k >= min {
            out.extend(power.iter().cloned());
        }
        if k < max {
            if power.len() * sub.len() > MAX_SET {
                return None;
            }
            power = product(&power, sub);
        }
        if out.len() > MAX_SET {
            return None;
        }
    }
    Some(normalise(out))
}

fn concat(subs: &[Hir]) -> Info {
    // `run` is the cross product of the exact parts since the last part that was not (or
    // since the product was cut); while no part has broken it, it is also the prefix.
    let mut run: Set = vec![Vec::new()];
    let mut at_start = true;
    let mut prefix: Set = vec![Vec::new()];
    let mut options: Vec<Set> = Vec::new();
    for sub in subs {
        let info = walk(sub);
        match info.exact {
            Some(e) => {
                // As in `product`, without the copy.
                if let [only] = e.as_slice() {
                    for l in &mut run {
                        l.extend_from_slice(only);
                    }
                    continue;
                }
                if run.len() * e.len() <= MAX_SET {
                    run = product(&run, &e);
                    continue;
                }
                let done = std::mem::replace(&mut run, e);
                if at_start {
                    prefix = done.clone();
                    at_start = false;
                }
                options.push(done);
            }
            None => {
                let done = std::mem::replace(&mut run, vec![Vec::new()]);
                if at_start {
                    prefix = if done.len() * info.prefix.len() <= MAX_SET {
                        product(&done, &info.prefix)
                    } else {
                        done.clone()
                    };
                    at_start = false;
                }
                options.push(done);
                options.extend(info.best());
            }
        }
    }
    if at_start {
        return Info::exact(run);
    }
    options.push(run);
    Info {
        exact: None,
        prefix,
        required: cheapest(options),
    }
}

/// The lower-case bytes a small class matches.
fn class_bytes(class: &Class) -> Option<Vec<u8>> {
    let mut out: Vec<u8> = Vec::new();
    match class {
        Class::Bytes(c) => {
            for r in c.iter() {
                if usize::from(r.end() - r.start()) >= 2 * MAX_CLASS + 2 {
                    return None;
                }
                out.extend((r.start()..=r.end()).map(|b| b.to_ascii_lowercase()));
            }
        }
        Class::Unicode(c) => {
            for r in c.iter() {
                // A class past ASCII would need its UTF-8 forms; such pieces are compiled in
                // Unicode mode and never come here, but say nothing rather than be wrong.
                if !r.end().is_ascii() || (r.end() as u32 - r.start() as u32) >= 22 {
                    return None;
                }
                out.extend((r.start() as u8..=r.end() as u8).map(|b| b.to_ascii_lowercase()));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    (out.len() <= MAX_CLASS).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::util::syntax;

    fn need_of(piece: &str) -> Need {
        let config = syntax::Config::new()
            .unicode(false)
            .utf8(false)
            .case_insensitive(true);
        need(&syntax::parse_with(piece, &config).unwrap())
    }

    fn set(words: &[&str]) -> Set {
        normalise(words.iter().map(|w| w.as_bytes().to_vec()).collect())
    }

    #[test]
    fn words_prefixes_inner_literals_and_nothing() {
        let words = |w: &[&str], before: bool, after: bool| Need::Words {
            set: set(w),
            before,
            after,
        };
        assert_eq!(
            need_of(r"(?-u:\b)nolan (?:principles|standards)(?-u:\b)"),
            words(&["nolan principles", "nolan standards"], true, true)
        );
        assert_eq!(
            need_of(r"(?-u:\b)(?:report|notify|disclose)\w*"),
            words(&["disclose", "notify", "report"], true, false)
        );
        assert_eq!(
            need_of(r"codes? of (?:business )?ethics\.?"),
            words(
                &[
                    "code of business ethics",
                    "code of ethics",
                    "codes of business ethics",
                    "codes of ethics"
                ],
                false,
                false
            )
        );
        assert_eq!(
            need_of(r"(?-u:\b)(?:report|notify|disclose)\w*(?-u:\b)"),
            Need::Prefix(set(&["disclose", "notify", "report"]))
        );
        // Letters matched in one case only cannot be taken as found.
        assert_eq!(
            need_of(r"(?-u:\b)(?-i:Nolan) principles(?-u:\b)"),
            Need::Prefix(set(&["nolan princi"]))
        );
        assert_eq!(
            need_of(r"(?-u:\b)codes? of (?:business )?ethics(?-u:\b)(?: \w+)?"),
            Need::Prefix(set(&[
                "code of busi",
                "code of ethi",
                "codes of bus",
                "codes of eth"
            ]))
        );
        assert_eq!(
            need_of(
                r"(?-u:\b)(?:may|shall|for)(?-u:\b)(?: \w+){0,3} (?:audit(?:s|ed|ing)?|inspect)(?-u:\b)"
            ),
            Need::Inner(set(&[
                " audit",
                " audited",
                " auditing",
                " audits",
                " inspect"
            ]))
        );
        assert_eq!(
            need_of(r"\([^)]{0,20}(?-u:\b)conduct(?-u:\b)"),
            Need::Inner(set(&["conduct"]))
        );
        assert_eq!(
            need_of(r"(?-u:\b)[a-z]{1,2}\d{1,3}(?-u:\b)"),
            Need::Inner(set(&["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]))
        );
        assert_eq!(need_of(r"(?-u:\b)[a-z]{2,}\w*"), Need::Nothing);
        assert_eq!(need_of(r"(?-u:\b)\w*ing\b"), Need::Inner(set(&["ing"])));
    }
}
