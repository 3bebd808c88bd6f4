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
        r#"^\s*(?:(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z0-9]{1,4}\))\s+)?(?i:(?:in|for the purposes? of) (?:this|these) (?:clause|section|schedule|paragraph|part|agreement|contract|conditions|annex)(?: \d{1,3}(?:\.\d{1,3})*)?,?\s+)?[^\w"'“”‘’]{0,3}(?:["'“”‘’]([A-Z][^"'“”‘’]{0,59})["'“”‘’]|([A-Z][\w-]*(?: [A-Z][\w-]*){0,3}))\s*(?:\([^)]{0,40}\)\s*)?(?:means|shall mean|refers to):?\s+(.+)"#,
    )
    .unwrap()
});

/// A quoted term defined inside a running list of definitions ("In this Contract: “Applicant”
/// means a person who applies for a Card; “Card” means ...", "(d) “Sanctionable Practice”
/// means any corrupt ... practice"): the term, up to where its definition begins.
static INLINE_DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"["“”]([A-Z][^"“”]{0,59})["“”]\s*(?:\([^)]{0,40}\)\s*)?(?:means|shall mean|refers to)\s+"#)
        .unwrap()
});

/// Each quoted term of a running list with its definition, which runs to the next semicolon
/// or to where the next term's definition begins ("“Community Centres” means the six centres
/// listed in Schedule 1. “Concern” means any expression of dissatisfaction ...").
fn inline_definitions(text: &str) -> Vec<(&str, &str)> {
    let heads: Vec<regex::Captures> = INLINE_DEFINITION.captures_iter(text).collect();
    heads
        .iter()
        .enumerate()
        .map(|(i, head)| {
            let from = head.get(0).expect("a match has a whole").end();
            let next = heads.get(i + 1).map_or(text.len(), |n| {
                n.get(0).expect("a match has a whole").start()
            });
            let body = &text[from..next];
            let body = body.split(';').next().unwrap_or(body).trim_end();
            (head.get(1).expect("the term").as_str(), body)
        })
        .collect()
}

/// A definition that opens by naming people ("any person who ...", "those staff of ...").
static PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*(?:(?:the|a|an|any|all|each|every|those|such) )?(?:persons?|people|individuals?|staff|employees?|officers?|members?|workers?|personnel|agents?|volunteers?|practitioners?)\b").unwrap()
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
            // A definition ends where the next one of a running list begins.
            let body = match INLINE_DEFINITION.find(body) {
                Some(next) => body[..next.start()].trim_end(),
                None => body,
            };
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
            // "“Ethics Requirements” means:" set out as a list: the items are the body.
            let listed;
            let text = match listed_body(doc, index) {
                Some(items) => {
                    listed = format!("{} {items}", block.text.trim_end());
                    listed.as_str()
                }
                None => block.text.as_str(),
            };
            if let Some(c) = may_define(text)
                .then(|| DEFINITION.captures(text))
                .flatten()
            {
                let term = c
                    .get(1)
                    .or_else(|| c.get(2))
                    .expect("one term group matches");
                add(term.as_str(), &c[3]);
            }
            // Every quoted term of a running list (a term already found keeps its body).
            if may_define(&block.text) {
                for (term, body) in inline_definitions(&block.text) {
                    add(term, body);
                }
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

    /// Rewrites each definition `expand` has something for ("clauses 11 to 13" with the
    /// clauses' headings read in).
    pub fn expand_bodies(&mut self, expand: impl Fn(&str) -> Option<String>) {
        for body in &mut self.bodies {
            if let Some(expanded) = expand(body) {
                *body = expanded;
            }
        }
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

    /// Whether the definition of term `index` says who someone is ("all persons employed or
    /// engaged by the Supplier", "each kinesiologist ... engaged by the Service Provider",
    /// "those staff of the Sub-contractor at band 8d and above"): such a term names people,
    /// not what they are bound to.
    pub fn names_people(&self, index: u32) -> bool {
        let body = &self.bodies[index as usize];
        PEOPLE.is_match(body) || EMPLOYED_BY.is_match(body)
    }

    /// A defined term as the document writes it ("Ethical Standards").
    pub fn term(&self, index: u32) -> &str {
        &self.written[index as usize]
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

/// The list items that make up the body of a definition ending in a colon ("“Ethics
/// Requirements” means:" followed by "(a) the Seven Principles of Public Life; and", "(b)
/// ..."), joined, cut near `BODY`: the items after it that stand deeper than it does.
fn listed_body(doc: &Document, index: usize) -> Option<String> {
    let block = &doc.blocks[index];
    if !block.text.trim_end().ends_with(':') || !may_define(&block.text) {
        return None;
    }
    let depth = match block.kind {
        BlockKind::ListItem(depth) => Some(depth),
        BlockKind::Paragraph => None,
        _ => return None,
    };
    let mut body = String::new();
    for item in &doc.blocks[index + 1..] {
        let deeper = match item.kind {
            BlockKind::ListItem(d) => depth.is_none_or(|depth| d > depth),
            // Plain text keeps "(a) the Seven Principles ..." a numbered paragraph.
            BlockKind::Paragraph => {
                depth.is_none() && item.number.as_deref().is_some_and(is_item_label)
            }
            _ => false,
        };
        if !deeper {
            break;
        }
        if body.len() >= BODY {
            break;
        }
        if !body.is_empty() {
            body.push(' ');
        }
        body.push_str(item.text.trim());
    }
    (!body.is_empty()).then_some(body)
}

/// "(a)", "(iv)", "b)", "c.": a list item's label, not a clause number ("3.2").
fn is_item_label(number: &str) -> bool {
    let label = number.trim_start_matches('(');
    let Some(letters) = label.strip_suffix(')').or_else(|| label.strip_suffix('.')) else {
        return false;
    };
    (1..=4).contains(&letters.len()) && letters.bytes().all(|b| b.is_ascii_lowercase())
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
        Document {
            blocks,
            ..Document::default()
        }
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
    fn every_term_of_a_running_list_is_found_with_its_own_definition() {
        let d = doc(vec![Block::new(
            BlockKind::Paragraph,
            "1. Definitions. In this Contract: \u{201C}Card\u{201D} means an identity card; \u{201C}Ethical Standards\u{201D} means the seven principles; (c) \u{201C}Staff\u{201D} means all persons employed by the Vendor.",
        )]);
        let defs = Definitions::of(&d);
        let terms: Vec<&str> = (0..3).map(|i| defs.term(i)).collect();
        assert_eq!(terms, ["Card", "Ethical Standards", "Staff"]);
        assert_eq!(defs.bodies[1], "the seven principles");
        assert!(!defs.names_people(1));
        assert!(defs.names_people(2));
        // The first definition of a block ends where the next begins.
        let d = doc(vec![Block::new(
            BlockKind::Paragraph,
            "\"Practitioner\" means a physiotherapist, \"Participant\" means an adult.",
        )]);
        let defs = Definitions::of(&d);
        assert_eq!(defs.bodies[0], "a physiotherapist,");
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
    fn definitions_run_together_with_full_stops_are_each_found() {
        let d = doc(vec![Block::new(
            BlockKind::Paragraph,
            "1.1 \"Centres\" means the six centres in Schedule 1. \"Concern\" means any expression of dissatisfaction by a hirer. \"Staff\" means the Contractor's employees; and",
        )]);
        let defs = Definitions::of(&d);
        assert_eq!(defs.written, ["Centres", "Concern", "Staff"]);
        assert_eq!(
            defs.bodies[1],
            "any expression of dissatisfaction by a hirer."
        );
        assert_eq!(defs.bodies[2], "the contractor's employees");
    }

    #[test]
    fn a_definition_set_out_as_a_list_takes_its_items_as_its_body() {
        let d = doc(vec![
            Block::new(
                BlockKind::Paragraph,
                "\u{201C}Ethics Requirements\u{201D} means:",
            ),
            Block::new(
                BlockKind::ListItem(0),
                "the Seven Principles of Public Life; and",
            ),
            Block::new(BlockKind::ListItem(0), "the COSCA Code of Practice."),
            Block::new(
                BlockKind::Paragraph,
                "\u{201C}Grant\u{201D} means the sum of money.",
            ),
            Block::new(BlockKind::Paragraph, "\"Principles\" means:"),
            Block::new(BlockKind::Paragraph, "the Nolan Principles;").with_number("(a)"),
            Block::new(BlockKind::Paragraph, "a clause, not an item").with_number("3.2"),
            Block::new(BlockKind::ListItem(0), "\u{201C}Staff\u{201D} means:"),
            Block::new(BlockKind::ListItem(0), "the next definition, not a body"),
        ]);
        let defs = Definitions::of(&d);
        assert_eq!(defs.written, ["Ethics Requirements", "Grant", "Principles"]);
        assert_eq!(
            defs.bodies[0],
            "the seven principles of public life; and the cosca code of practice."
        );
        assert_eq!(defs.bodies[1], "the sum of money.");
        assert_eq!(defs.bodies[2], "the nolan principles;");
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
