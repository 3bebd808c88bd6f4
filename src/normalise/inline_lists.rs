//! Lists written inside one sentence: "The Client may terminate this Contract: (a) if ...;
//! (b) if the Consultant has engaged in a Sanctionable Practice; and (c) ...", or "a
//! performance report showing: visits made; breakdowns; and complaints received and upheld".
//!
//! A reader takes each item with the words that lead into it, as with a list set out over
//! several paragraphs; rule patterns, which stop at a semicolon, cannot. This module only
//! finds the lead-in and the items; `structure` makes each "lead-in … item" a sentence of its
//! own beside the whole sentence, so an item is read with its own subject and verb and
//! without its neighbours' words.

use regex::Regex;
use std::sync::LazyLock;

/// A list found inside one sentence: the words before it and each item, trimmed of the
/// joining punctuation ("; and").
#[derive(Debug, PartialEq, Eq)]
pub struct InlineList<'t> {
    pub stem: &'t str,
    pub items: Vec<&'t str>,
}

/// Longer lead-ins are not read into each item: a sentence that long is seldom a list, and
/// each item would carry its whole length again.
const STEM_LIMIT: usize = 600;
/// A "list" of more items than this is more likely a register of names or figures written
/// out in prose; the first items are still read.
const ITEM_LIMIT: usize = 16;

/// An item marker "(a)", "(ii)" or "(3)" opening an item: at the start or after white space
/// or joining punctuation, and followed by white space ("paragraph (c))" is no marker).
static MARKER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[\s:;,—–-])\(([a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)\s").unwrap());

#[derive(Clone, Copy, PartialEq, Eq)]
enum Series {
    Letters,
    Roman,
    Digits,
}

/// The list in `sentence`, if it holds one of at least two items.
pub fn inline_list(sentence: &str) -> Option<InlineList<'_>> {
    // Both kinds need an item separator; most sentences have none.
    if !sentence.contains(';') && !sentence.contains('(') {
        return None;
    }
    marked(sentence).or_else(|| unmarked(sentence))
}

/// Items marked "(a) ...; (b) ...": a series starting at (a), (i) or (1) and running on in
/// order; markers of a nested series ("(i)" under "(a)") stay inside their item.
fn marked(sentence: &str) -> Option<InlineList<'_>> {
    let mut series: Option<Series> = None;
    let mut expected: Option<String> = None;
    // Where each item's marker starts and its text begins.
    let mut starts: Vec<(usize, usize)> = Vec::new();
    for caps in MARKER.captures_iter(sentence) {
        let label = caps.get(1).expect("group 1 always takes part");
        let whole = caps.get(0).expect("the match");
        // The marker begins at its '(' (the character before belongs to the text).
        let marker_at = label.start() - 1;
        match series {
            None => {
                let kind = match label.as_str() {
                    "a" => Series::Letters,
                    "i" => Series::Roman,
                    "1" => Series::Digits,
                    _ => continue,
                };
                series = Some(kind);
                expected = next_label(kind, label.as_str());
                starts.push((marker_at, whole.end()));
            }
            Some(kind) => {
                if expected.as_deref() == Some(label.as_str()) {
                    expected = next_label(kind, label.as_str());
                    starts.push((marker_at, whole.end()));
                    if starts.len() == ITEM_LIMIT {
                        break;
                    }
                }
            }
        }
    }
    if starts.len() < 2 {
        return None;
    }
    let stem = trim_stem(&sentence[..starts[0].0]);
    if stem.split_whitespace().nth(1).is_none() || stem.len() > STEM_LIMIT {
        return None;
    }
    let items = starts
        .iter()
        .enumerate()
        .map(|(i, &(_, from))| {
            let to = starts.get(i + 1).map_or(sentence.len(), |&(at, _)| at);
            trim_item(&sentence[from..to])
        })
        .filter(|item| !item.is_empty())
        .collect::<Vec<_>>();
    (items.len() >= 2).then_some(InlineList { stem, items })
}

/// Items without markers after a colon, parted by semicolons: "a report showing: visits
/// made; breakdowns; and complaints received". The lead-in may also be one `structure` put
/// before a list item or a table cell ("The Grantee shall submit the returns in the table
/// below … Products distributed; complaints received"), joined by " … ".
fn unmarked(sentence: &str) -> Option<InlineList<'_>> {
    // The lead-in ends at the last colon or joiner before the first semicolon; the colon of
    // a lead-in is followed by a space ("10:30" is a time).
    let head = &sentence[..sentence.find(';')?];
    let (at, separator) = [": ", " … "]
        .iter()
        .filter_map(|sep| head.rfind(sep).map(|at| (at, sep.len())))
        .max()?;
    let stem = trim_stem(&sentence[..at]);
    if stem.split_whitespace().nth(2).is_none() || stem.len() > STEM_LIMIT {
        return None;
    }
    let rest = &sentence[at + separator..];
    let items = rest
        .split(';')
        .map(trim_item)
        .filter(|item| !item.is_empty())
        .take(ITEM_LIMIT)
        .collect::<Vec<_>>();
    (items.len() >= 2).then_some(InlineList { stem, items })
}

/// The lead-in without its bracketed asides ("by notice (10 days in the case of paragraph
/// (c))"), for reading before each item: an aside says something of the list as a whole and
/// would stand between an item and the verb that governs it. Unbalanced brackets are left.
pub fn without_asides(stem: &str) -> std::borrow::Cow<'_, str> {
    if !stem.contains('(') {
        return stem.into();
    }
    let mut out = String::with_capacity(stem.len());
    let mut depth = 0usize;
    let mut aside_start = 0;
    for (at, c) in stem.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    aside_start = out.len();
                }
                depth += 1;
                out.push(c);
            }
            ')' if depth > 0 => {
                depth -= 1;
                out.push(c);
                if depth == 0 {
                    out.truncate(aside_start);
                    // "notice (10 days) if" leaves one space, not two.
                    if out.ends_with(' ') && stem[at + 1..].starts_with([' ', ',', ';', ':']) {
                        out.pop();
                    }
                }
            }
            _ => out.push(c),
        }
    }
    if depth > 0 {
        return stem.into();
    }
    out.truncate(out.trim_end().len());
    out.into()
}

/// The label after `label` in its series; none after "(z)" or "(xx)", which ends the list.
fn next_label(series: Series, label: &str) -> Option<String> {
    match series {
        Series::Letters => {
            let mut chars = label.chars();
            let c = chars.next()?;
            (chars.next().is_none() && c.is_ascii_lowercase() && c < 'z')
                .then(|| ((c as u8 + 1) as char).to_string())
        }
        Series::Digits => Some((label.parse::<u32>().ok()? + 1).to_string()),
        Series::Roman => {
            const ROMAN: [&str; 20] = [
                "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
                "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
            ];
            let at = ROMAN.iter().position(|r| *r == label)?;
            ROMAN.get(at + 1).map(|r| r.to_string())
        }
    }
}

fn trim_stem(stem: &str) -> &str {
    stem.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '—' | '–' | '-'))
        .trim_start()
}

/// An item without the words joining it to the next ("; and", ", or") or to the one before.
fn trim_item(item: &str) -> &str {
    let mut item = item.trim();
    loop {
        let before = item;
        for tail in ["and", "or", "and/or"] {
            if let Some(rest) = item.strip_suffix(tail) {
                if rest.is_empty()
                    || rest.ends_with(|c: char| c.is_whitespace() || matches!(c, ';' | ','))
                {
                    item = rest;
                }
            }
        }
        item = item.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ';' | ','));
        if item == before {
            break;
        }
    }
    for head in ["and ", "or "] {
        if let Some(rest) = item.strip_prefix(head) {
            item = rest;
        }
    }
    item.trim()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lettered_items_carry_the_lead_in() {
        let s = "The Client may terminate this Contract by notice (10 days in the case of \
                 paragraph (c)): (a) if the Consultant fails to remedy a failure; (b) if the \
                 Consultant becomes insolvent; (c) if the Consultant has engaged in a \
                 Sanctionable Practice; and (d) if the Consultant fails to comply with a \
                 direction under GCC 5.3.4.";
        let list = inline_list(s).unwrap();
        assert_eq!(
            list.stem,
            "The Client may terminate this Contract by notice (10 days in the case of paragraph (c))"
        );
        assert_eq!(list.items.len(), 4);
        assert_eq!(
            list.items[2],
            "if the Consultant has engaged in a Sanctionable Practice"
        );
        assert_eq!(
            list.items[3],
            "if the Consultant fails to comply with a direction under GCC 5.3.4."
        );
    }

    #[test]
    fn nested_markers_stay_in_their_item() {
        let s = "The Provider shall (a) keep a register of (i) gifts and (ii) hospitality; \
                 and (b) publish it annually.";
        let list = inline_list(s).unwrap();
        assert_eq!(list.stem, "The Provider shall");
        assert_eq!(
            list.items,
            [
                "keep a register of (i) gifts and (ii) hospitality",
                "publish it annually."
            ]
        );
    }

    #[test]
    fn roman_and_numbered_series() {
        let s = "The Supplier shall: (i) declare interests; (ii) keep records.";
        assert_eq!(
            inline_list(s).unwrap().items,
            ["declare interests", "keep records."]
        );
        let s = "The Supplier shall: (1) declare interests; (2) keep records.";
        assert_eq!(inline_list(s).unwrap().items.len(), 2);
    }

    #[test]
    fn unmarked_items_after_a_colon() {
        let s = "By the tenth Working Day of each month the Contractor shall give the \
                 Association a performance report showing: planned visits completed; \
                 entrapments; and complaints from Residents received and upheld.";
        let list = inline_list(s).unwrap();
        assert_eq!(
            list.stem,
            "By the tenth Working Day of each month the Contractor shall give the Association \
             a performance report showing"
        );
        assert_eq!(
            list.items,
            [
                "planned visits completed",
                "entrapments",
                "complaints from Residents received and upheld."
            ]
        );
    }

    #[test]
    fn a_lead_in_joined_by_structure() {
        let s = "The Grantee shall submit the returns in the table below … Products \
                 distributed; number of venues; complaints received and how each was resolved";
        let list = inline_list(s).unwrap();
        assert_eq!(
            list.stem,
            "The Grantee shall submit the returns in the table below"
        );
        assert_eq!(list.items.len(), 3);
        // The last lead-in before the first item wins.
        let s = "The Provider shall: … report monthly on: visits; complaints received";
        let list = inline_list(s).unwrap();
        assert_eq!(list.stem, "The Provider shall: … report monthly on");
        assert_eq!(list.items, ["visits", "complaints received"]);
    }

    #[test]
    fn not_lists() {
        // One item, a time, a cross-reference, a lone bracketed letter.
        assert_eq!(inline_list("The Provider shall (a) keep records."), None);
        assert_eq!(inline_list("Meetings start at 10:30; bring papers."), None);
        assert_eq!(
            inline_list("As set out in paragraph (a) above; see also clause 4."),
            None
        );
        assert_eq!(
            inline_list("Note: this applies; so does clause 4."),
            None,
            "a lead-in of one word"
        );
        assert_eq!(
            inline_list("See (b) and (c) of clause 4; both apply."),
            None
        );
        assert_eq!(
            inline_list("The Staff must: … comply with all conduct requirements; and"),
            None,
            "a list item's own joining word is no item"
        );
    }

    #[test]
    fn asides_are_left_out_of_the_lead_in() {
        assert_eq!(
            without_asides(
                "The Client may terminate by notice (10 days in the case of paragraph (c))"
            ),
            "The Client may terminate by notice"
        );
        assert_eq!(
            without_asides("The Provider (at its own cost) shall"),
            "The Provider shall"
        );
        assert_eq!(without_asides("an open (bracket"), "an open (bracket");
        assert_eq!(without_asides("no brackets"), "no brackets");
    }

    proptest! {
        /// Any text: no panic, every item is a piece of the sentence and no item is empty.
        #[test]
        fn items_are_pieces_of_the_sentence(s in "[a-z():; ,.ivx1-3]{0,80}") {
            if let Some(list) = inline_list(&s) {
                prop_assert!(list.items.len() >= 2);
                prop_assert!(without_asides(list.stem).len() <= list.stem.len());
                prop_assert!(s.contains(list.stem));
                for item in &list.items {
                    prop_assert!(!item.is_empty());
                    prop_assert!(s.contains(item));
                }
            }
        }
    }
}
