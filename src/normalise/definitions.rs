//! Defined terms: which capitalised terms a document defines and with what ("\"Complaint\"
//! means any formal complaint raised by the Authority in relation to the performance of this
//! Contract"), and where a sentence uses one. A defined term means what its definition says
//! wherever it is used, so a rule can tell that "respond to any Complaint within 10 Working
//! Days" is about the authority's complaints, not service users'. This module only finds
//! terms and uses; what a definition makes of a sentence is the rules' matter.

use super::structure::{fold, MEANS_CELL};
use crate::model::{BlockKind, Document};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::Regex;
use std::sync::LazyLock;

/// `"Complaint" means ...`, `1.2 'Prohibited Act' shall mean ...`, and, unquoted,
/// `Complaint means ...` (as Markdown bold renders): a capitalised term opening its block,
/// or following "In this clause," (a definition for one clause).
static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^\s*(?:(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z0-9]{1,4}\))\s+)?(?i:(?:in|for the purposes? of) (?:this|these) (?:clause|section|schedule|paragraph|part|agreement|contract|conditions|annex)(?: \d{1,3}(?:\.\d{1,3})*)?,?\s+)?[^\w"'“”‘’]{0,3}(?:["'“”‘’]([A-Z][^"'“”‘’]{0,59})["'“”‘’]|([A-Z][\w-]*(?: [A-Z][\w-]*){0,3}))\s*(?:\([^)]{0,40}\)\s*)?(?:means|shall mean|refers to)\s+(.+)"#,
    )
    .unwrap()
});

/// "employed or engaged by the Consultant", "engaged by the Provider to deliver": who employs
/// the people a term names (up to three words after "by").
static EMPLOYED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:employed|engaged|appointed|contracted|deployed|recruited|retained|hired)\b(?: (?:or|and|and/or) (?:employed|engaged|appointed|contracted|deployed|recruited|retained|hired))?(?: \w+)? by (?:the |a |an |any )?(\w[\w-]*(?: \w[\w-]*){0,2})",
    )
    .unwrap()
});

/// How much of a definition is kept: enough for what it is about, not its whole list.
const BODY: usize = 300;

/// The terms a document defines, with their definitions folded, and a finder for their uses.
#[derive(Debug, Default)]
pub struct Definitions {
    /// As written ("Complaint"), to find uses that keep the capital.
    written: Vec<String>,
    /// The definitions, folded and cut to `BODY`, by term.
    pub bodies: Vec<String>,
    finder: Option<AhoCorasick>,
}

impl Definitions {
    pub fn of(doc: &Document) -> Definitions {
        let mut defs = Definitions::default();
        let mut add = |term: &str, body: &str| {
            let term = term.trim();
            // "The Authority means" names a party, and a one-letter term is noise.
            if term.len() < 2 || term.starts_with("The ") || defs.written.iter().any(|t| t == term)
            {
                return;
            }
            let end = (0..=BODY.min(body.len()))
                .rev()
                .find(|&i| body.is_char_boundary(i))
                .unwrap_or(0);
            defs.written.push(term.to_string());
            defs.bodies.push(fold(&body[..end]));
        };
        for (index, block) in doc.blocks.iter().enumerate() {
            if block.kind == BlockKind::TableCell {
                let term_cell = index
                    .checked_sub(1)
                    .and_then(|i| doc.blocks.get(i))
                    .filter(|b| b.kind == BlockKind::TableCell);
                if let (Some(term), Some(means)) = (term_cell, MEANS_CELL.find(&block.text)) {
                    let body = block.text[means.end()..].trim_start();
                    let term = term
                        .text
                        .trim()
                        .trim_matches(|c: char| !c.is_alphanumeric());
                    if term.starts_with(|c: char| c.is_uppercase()) && term.len() <= 60 {
                        add(term, body);
                    }
                }
                continue;
            }
            if let Some(c) = may_define(&block.text)
                .then(|| DEFINITION.captures(&block.text))
                .flatten()
            {
                let term = c
                    .get(1)
                    .or_else(|| c.get(2))
                    .expect("one term group matches");
                add(term.as_str(), &c[3]);
            }
        }
        if !defs.written.is_empty() {
            // A finder per document: the NFA builds in a fraction of the DFA's time, and
            // the sentences it scans are short.
            defs.finder = AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::NoncontiguousNFA))
                .match_kind(MatchKind::LeftmostLongest)
                .build(&defs.written)
                .ok();
        }
        defs
    }

    /// Terms defined as people someone employs or engages ("\"Fieldworker\" means an
    /// enumerator employed or engaged by the Service Provider"), each with the words naming
    /// that employer, folded ("service provider"): which side they stand on is for whoever
    /// knows the parties.
    pub fn people(&self) -> Vec<(String, String)> {
        self.written
            .iter()
            .zip(&self.bodies)
            .filter_map(|(term, body)| {
                let c = EMPLOYED_BY.captures(body)?;
                Some((term.clone(), c[1].to_string()))
            })
            .collect()
    }

    /// The defined terms `text` uses with their capital ("any Complaint" uses "Complaint",
    /// "any complaint" does not), as indexes into `bodies`, in order.
    pub fn uses(&self, text: &str) -> Vec<u32> {
        let Some(finder) = &self.finder else {
            return Vec::new();
        };
        let mut terms: Vec<u32> = finder
            .find_iter(text)
            .filter(|m| whole_word(text, m.start(), m.end()))
            .map(|m| m.pattern().as_u32())
            .collect();
        terms.sort_unstable();
        terms.dedup();
        terms
    }
}

/// Whether `text` holds the words a `DEFINITION` needs ("means", "shall mean", "refers to",
/// which it matches case-sensitively); most blocks do not, and are not matched against it.
fn may_define(text: &str) -> bool {
    let text = text.as_bytes();
    static MEAN: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"mean"));
    static REFERS: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"refers to"));
    MEAN.find(text).is_some() || REFERS.find(text).is_some()
}

/// Whether `text[start..end]` stands as a word, allowing a plural "s" ("Complaints").
fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let next = match after.next() {
        Some('s') => after.next(),
        other => other,
    };
    !before.is_some_and(char::is_alphanumeric) && !next.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Block;

    fn doc(blocks: Vec<Block>) -> Document {
        Document { blocks }
    }

    proptest::proptest! {
        // Blocks skipped for want of "mean" or "refers to" cannot be definitions.
        #[test]
        fn only_blocks_that_cannot_define_are_skipped(
            text in "(?:\"|\u{201C}|\u{201D}|'|[A-Z][a-z]{0,5}|1\\.2 |\\(a\\) | |means|MEANS|Means|shall mean|refers to|REFERS TO|mean|In this clause, |x){0,12}",
        ) {
            if DEFINITION.is_match(&text) {
                proptest::prop_assert!(may_define(&text), "{}", text);
            }
        }
    }

    #[test]
    fn quoted_unquoted_and_table_definitions_are_found() {
        let d =
            doc(vec![
            Block::new(
                BlockKind::Paragraph,
                "1.2 \u{201C}Complaint\u{201D} means any formal complaint raised by the Authority.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "Prohibited Act means offering a bribe.",
            ),
            Block::new(BlockKind::TableCell, "Service User"),
            Block::new(BlockKind::TableCell, "means a person receiving the Services"),
            Block::new(BlockKind::Paragraph, "The Supplier means Acme Ltd."),
            Block::new(
                BlockKind::Paragraph,
                "16.1 In this clause, \"Service Complaint\" means a written complaint made by the Authority's Project Officer.",
            ),
        ]);
        let defs = Definitions::of(&d);
        assert_eq!(
            defs.written,
            [
                "Complaint",
                "Prohibited Act",
                "Service User",
                "Service Complaint"
            ]
        );
        assert_eq!(
            defs.bodies[0],
            "any formal complaint raised by the authority."
        );
    }

    #[test]
    fn a_use_keeps_the_capital_and_may_be_plural() {
        let d = doc(vec![
            Block::new(
                BlockKind::Paragraph,
                "\"Complaint\" means any complaint raised by the Council.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "\"Staff\" means the Provider's employees.",
            ),
        ]);
        let defs = Definitions::of(&d);
        assert_eq!(defs.uses("Respond to Complaints and inform Staff."), [0, 1]);
        assert!(defs
            .uses("respond to any complaint; a Complainter")
            .is_empty());
    }
}
