//! Sentences with locations: splits a `Document` into the sentences clause rules judge, each
//! with its heading path, clause number and paragraph, the lead-in of the list it belongs to
//! ("The Supplier shall:"), and the context that keeps a hit from counting (a definition, a
//! table-of-contents line, a heading, switched-off text). Also folds the text into the form
//! patterns are matched against.

use super::definitions::Definitions;
use super::inline_lists::{inline_list, without_asides};
use super::list_labels::LabelDepths;
use super::table_rows::{
    clauses_switched_off, field_row_reading, row_readings, RowLeadIn, OWN_DUTY,
};
use crate::model::{Block, BlockKind, Document, Location};
use regex::Regex;
use std::borrow::Cow;
use std::sync::{Arc, LazyLock};

/// One sentence of contract text, ready for clause rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence as written (with its lead-in, if any), for evidence.
    pub text: String,
    /// `text` folded for matching: lower case, straight quotes, plain dashes, single spaces.
    pub folded: String,
    /// `folded` with each clause reference followed by what it points at ("clause 3.2
    /// (standards of conduct: ...)"), when the sentence makes a reference the document
    /// resolves; for rules that follow references.
    pub folded_refs: Option<String>,
    /// Byte ranges of `folded_refs` that were read in (each " (...)" after a reference):
    /// they name topics, but who is bound, and how firmly, is for the sentence as written.
    pub read_in: Vec<(usize, usize)>,
    /// The sentence read with the one before it, where it points back to it for what it
    /// binds the party to ("The Seven Principles apply to the Services. The Provider shall
    /// ensure that its Staff observe them").
    pub antecedent: Option<Box<Antecedent>>,
    /// The terms the document defines that the sentence uses, as indexes into
    /// `PreparedDocument::definitions`.
    pub defined: Vec<u32>,
    /// `folded` with the defined terms it uses followed by what they mean ("observe the
    /// ethical standards (the seven principles of public life ...)"), where a definition
    /// carries what the sentence binds the party to.
    pub with_definitions: Option<Box<DefinitionsReadIn>>,
    /// For a sentence whose subject is a pronoun ("It shall comply with ..."), the sentence
    /// before it (folded), whose subject the pronoun stands for.
    pub pronoun_for: Option<Box<str>>,
    /// The heading path folded the same way, for rules that accept a topic from the section.
    /// Shared by the sentences of a block, which all stand under the same path.
    pub folded_section: Arc<str>,
    pub location: Location,
    pub context: Context,
}

impl Sentence {
    /// `folded_refs` with what was read in blanked out (same length, so a position in one is
    /// a position in the other): the sentence's own parties, cues and negations.
    pub fn refs_as_written(&self) -> Option<String> {
        Some(blanked(self.folded_refs.as_deref()?, &self.read_in))
    }
}

/// A sentence with the sentence before it read in after the words that point back to it:
/// "observe them (the seven principles of public life apply to the services)". The topic may
/// come from what was read in; who is bound, and how firmly, only from the sentence itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Antecedent {
    pub folded: String,
    /// The byte range of `folded` that was read in.
    pub read_in: (usize, usize),
    /// The sentence before, as written, quoted with the sentence as evidence.
    pub text: String,
}

impl Antecedent {
    /// What was read in: the sentence before, folded.
    pub fn said(&self) -> &str {
        &self.folded[self.read_in.0..self.read_in.1]
    }

    /// `folded` with what was read in blanked out, as `Sentence::refs_as_written`.
    pub fn as_written(&self) -> String {
        blanked(&self.folded, &[self.read_in])
    }
}

/// `text` with the byte ranges `spans` (each over whole characters) turned to spaces: what was
/// read in blanked out, the length kept, so a position in one text is a position in the other.
fn blanked(text: &str, spans: &[(usize, usize)]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for &(start, end) in spans {
        bytes[start..end].fill(b' ');
    }
    String::from_utf8(bytes).expect("spaces over whole characters keep UTF-8")
}

/// A sentence with the definitions of the terms it uses read in after them. As with a
/// reference, what was read in may name the topic; who is bound, and how firmly, comes only
/// from the sentence as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinitionsReadIn {
    pub folded: String,
    /// Byte ranges of `folded` that were read in.
    pub read_in: Vec<(usize, usize)>,
    /// The definitions read in, as indexes into `PreparedDocument::definitions`.
    pub terms: Vec<u32>,
}

impl DefinitionsReadIn {
    /// `folded` with what was read in blanked out, as `Sentence::refs_as_written`.
    pub fn as_written(&self) -> String {
        blanked(&self.folded, &self.read_in)
    }
}

/// Defined terms whose definitions are read in where a sentence uses them, except those so
/// wide that their definitions name every topic in passing: "the Services" (which may
/// include complaints handling), "Law" (which lists the Bribery Act among fifty), the
/// parties and the documents themselves.
static TOO_WIDE_TO_READ_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:the )?(?:services?|contract|agreement|call-?off contract|framework(?: agreement)?|conditions|terms|specification|service specification|schedules?|laws?|applicable laws?|legislation|relevant legislation|guidance|good industry practice|policies|goods|deliverables|premises|sites?|personnel|staff|key personnel|service users?|users?|data|personal data|confidential information|information|documents?|records|term|appendix|appendices|annex(?:es)?|attachments?|exhibits?|clauses?|paragraphs?|project|grant|contract period|services? period|charges|price|losses|default|month|year|working days?|business days?|party|parties|(?:transferring |relevant |key )?(?:employees|workers|staff members))$").unwrap()
});

/// How much of a definition is read in: its opening, where what a term is about stands.
const DEFINITION_READ_IN: usize = 200;

/// `folded` with each defined term it uses (first use only) followed by the opening of its
/// definition, and the byte ranges read in. None when no usable definition applies.
fn read_in_definitions(
    folded: &str,
    used: &[u32],
    definitions: &Definitions,
) -> Option<DefinitionsReadIn> {
    let mut insertions: Vec<(usize, String)> = Vec::new();
    let mut terms = Vec::new();
    for &d in used {
        let term = fold(definitions.term(d));
        if TOO_WIDE_TO_READ_IN.is_match(&term) || definitions.names_people(d) {
            continue;
        }
        let body = &definitions.bodies[d as usize];
        if body.trim().is_empty() {
            continue;
        }
        // The first use standing as a word (a plural "s" allowed).
        let Some(end) = folded.match_indices(term.as_str()).find_map(|(at, _)| {
            let end = at + term.len();
            let before = folded[..at].chars().next_back();
            let mut after = folded[end..].chars();
            let (end, next) = match after.next() {
                Some('s') => (end + 1, after.next()),
                other => (end, other),
            };
            (!before.is_some_and(char::is_alphanumeric) && !next.is_some_and(char::is_alphanumeric))
                .then_some(end)
        }) else {
            continue;
        };
        if insertions.iter().any(|(at, _)| *at == end) {
            continue;
        }
        insertions.push((end, read_in_text(body, DEFINITION_READ_IN)));
        terms.push(d);
    }
    if insertions.is_empty() {
        return None;
    }
    insertions.sort_by_key(|(at, _)| *at);
    let mut out = String::with_capacity(folded.len() + insertions.len() * DEFINITION_READ_IN);
    let mut read_in = Vec::with_capacity(insertions.len());
    let mut last = 0;
    for (at, text) in insertions {
        out.push_str(&folded[last..at]);
        read_in.push((out.len(), out.len() + text.len()));
        out.push_str(&text);
        last = at;
    }
    out.push_str(&folded[last..]);
    Some(DefinitionsReadIn {
        folded: out,
        read_in,
        terms,
    })
}

/// Why a sentence that names a topic might still not count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    /// A definition (`"X" means ...`) or in a definitions section.
    pub definition: bool,
    /// A table-of-contents line.
    pub toc: bool,
    /// A heading: names a topic but carries no obligation.
    pub heading: bool,
    /// In a clause or section switched off ("[Not used]", disapplied by another clause).
    pub disabled: bool,
    /// In the recitals ("Background", "Whereas"): narrative that obliges no one.
    pub recital: bool,
    /// An item of a list inside the sentence before, read with its lead-in: another
    /// reading of that sentence, not a sentence of its own.
    pub list_item: bool,
}

/// A document split into sentences, in reading order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PreparedDocument {
    pub sentences: Vec<Sentence>,
    /// What each defined term means, folded; `Sentence::defined` indexes it.
    pub definitions: Vec<String>,
    /// Terms defined as people someone employs, with the words naming the employer
    /// (`Definitions::people`).
    pub defined_people: Vec<(String, String)>,
}

static LEADING_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^\s*(
            (?:clause|article|section|paragraph|condition|gcc|scc)\s+(?:[ivx]{1,4}\.)?\d+(?:\.\d+)*\.? |
            [ivx]{1,4}\.\d{1,3}(?:\.\d{1,3}){0,4}\.? |
            (?:schedule|annex|appendix|part)\s+[0-9a-z]{1,4}\b\.? |
            \d{1,3}(?:\.\d{1,3}){0,4}\.? |
            article\s+(?:x{1,3}(?:ix|iv|v?i{0,3})|ix|iv|vi{0,3}|i{1,3})\b\.? |
            \([a-z]{1,3}\) | \([ivxlc]{1,6}\) | [a-z]\) | [ivx]{1,5}\)
        )(?:\s*[:\u{2013}\u{2014}-])?(?:\s+|$)",
    )
    .unwrap()
});
static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)^\W{0,3}["'][^"']{1,80}["']\s*(?:\([^)]{0,40}\)\s*)?(?:means|shall mean|has the meaning|have the meaning|includes|refers to)\b"#).unwrap()
});
/// How list items end: "...;", "...; and", "...; or", "..., and".
static LIST_ITEM_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:;|; and|; or|, and|, or)\s*$").unwrap());
/// A lead-in that defines a term: `"Cause" shall mean where you:`.
static DEFINES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""[^"]{1,60}"\s+(?:shall )?(?:means?|includes?)\b"#).unwrap());
/// A paragraph that introduces the table after it: "shall meet the following requirements:",
/// "shall report monthly against the indicators in Table 3", "set out in the table below".
static TABLE_LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?::\s*$|\b(?:the following|below|as follows|(?:in|of|at|under) (?:the |this )?table|tables? \d{1,2}\b))").unwrap()
});
static DEFINITIONS_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(definitions?|interpretation|glossary|defined terms)\b").unwrap()
});
/// A heading over the recitals.
static RECITALS_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\W*(?:background|recitals?|whereas|preamble)\W*$").unwrap());
/// A paragraph that opens the recitals without a heading of its own: "BACKGROUND (A) ...",
/// "Recitals:", "WHEREAS ...".
static RECITALS_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:(?:background|recitals?)\s*(?::|\(|$)|whereas\b)").unwrap()
});
static WHEREAS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\W*(?:and )?whereas\b").unwrap());
/// Where the operative part begins after the recitals.
static OPERATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:now,? (?:therefore|it is)|it is (?:hereby )?agreed|the parties (?:hereby )?agree|agreed terms|in consideration of)").unwrap()
});
/// A table cell that defines the term in the cell before it: | Prohibited Act | means ... |.
pub(super) static MEANS_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W{0,3}(?:means|shall mean|has the meaning|have the meaning|refers to)\b")
        .unwrap()
});
/// A firm obligation, which a definition's body does not carry.
static OBLIGES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:shall|must|agrees? to|undertakes? to)\b").unwrap());
/// A clause number a title may carry: "9", "9.", "12.3".
static CLAUSE_TITLE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}(?:\.\d{1,3})*\.?$").unwrap());
/// A quoted, numbered clause: `"21A.1 The Contractor shall ...`, as a variation inserts it.
static QUOTED_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^["\u{201C}'\u{2018}]\s*\d{1,3}[A-Z]?(?:\.\d{1,3})*\.?\s+\p{Lu}"#).unwrap()
});
/// The opening of a quoted list item a variation adds: `"(f) ` before "the Contractor ...".
static QUOTED_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"^["\u{201C}'\u{2018}]\s*(?:\([a-z]{1,4}\)\s+)?"#).unwrap());
/// A clause number of two or more levels: "3.6", "12.1.4".
static CLAUSE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}(?:\.\d{1,3})+\.?$").unwrap());
static TOC_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\.{4,}|…{2,}|\t)\s*\d{1,4}\s*$").unwrap());
static SWITCHED_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:\[?\s*(?:not used|reserved|intentionally (?:left )?blank|deleted|not applicable)\s*\]?)\W*$").unwrap()
});
/// What follows a disapplication that narrows it to some people or cases ("clause 7 does
/// not apply to Sub-contractors"): the clause still binds everyone else. Not "to this
/// Agreement", which disapplies it whole. Nor does a disapplication for a time ("does not
/// apply until 1 August 2026", "during the Mobilisation Period"): the clause binds after it.
static DISAPPLIED_ONLY_TO_SOME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:(?:to|in relation to|in respect of|for)\s+(this\b|the (?:agreement|contract|services)\b)?|until\b|before\b|during\b)",
    )
    .unwrap()
});

fn disapplied_only_to_some(after: &str) -> bool {
    DISAPPLIED_ONLY_TO_SOME
        .captures(after)
        .is_some_and(|c| c.get(1).is_none())
}

static DISAPPLIES_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:clause|paragraph|section|condition)s?\s+|\b(?:gcc?|scc?)\s?)(\d+(?:\.\d+)*(?:\([a-z0-9]{1,4}\))*)(?:\s*\([^)]{0,60}\))?\s+(?:shall not apply|does not apply|do not apply|is disapplied|are disapplied|is not used|are not used|is deleted|are deleted|shall not be used)").unwrap()
});
static BRACKETED_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\[\s*(?:guidance|note|drafting note|drafting|explanatory note|optional|buyer note|instructions?)\b[^\]]{0,2000}\]").unwrap()
});
static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\[\s*(?:insert|enter|specify|tbc|tbd|x{2,})\b[^\]]{0,300}\]").unwrap()
});

/// A lead-in whose items each complete a duty: "shall:", "undertakes to:", "must ensure that:",
/// or a duty to hand things over whose items are the things ("must give the Customer:",
/// "shall provide the Authority with:").
static LEADS_INTO_DUTIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:shall|must|will|to|that|ensure|undertakes?|agrees?)|\b(?:shall|must|will|undertakes? to|agrees? to)\s+(?:give|provide|submit|deliver|send|supply|produce|prepare|publish|make available)\b[^:;.]{0,60})\s*:\s*$").unwrap()
});

/// A paragraph that ends in a colon and so leads into the list after it.
struct LeadIn {
    text: String,
    /// The list depth of the items it leads into.
    depth: u8,
    /// It opens a definition ("\"Cause\" means where you:").
    defines: bool,
}

pub fn prepare(doc: &Document) -> PreparedDocument {
    let mut out = PreparedDocument::default();
    // Each block's number and the text after it, worked out once for both passes.
    let mut numbered: Vec<(Option<String>, &str)> = doc.blocks.iter().map(split_number).collect();
    let unstyled_headings = unstyled_headings(doc, &numbered);
    let targets = reference_targets(doc, &numbered);
    let mut definitions = Definitions::of(doc);
    // "“Integrity Clauses” means clauses 11 to 13": what the term stands for is what those
    // clauses are about, so their headings are read into the definition.
    definitions.expand_bodies(|body| expand_references(body, &targets).map(|(text, _)| text));
    let mut row_readings = row_readings(doc);
    let mut headings: Vec<(u8, String)> = Vec::new();
    // The titles of the schedules, annexes and parts met so far, folded (see
    // `read_in_own_part`).
    let mut part_titles: Vec<String> = Vec::new();
    // The heading path as written and folded, while `headings` stays as it is.
    let mut paths: Option<(Option<String>, Arc<str>)> = None;
    let mut current_clause: Option<String> = None;
    // The lead-ins ("The Provider undertakes to:") whose list is being read, outermost
    // first: an item that is itself a lead-in ("(c) ensure that Staff are trained on:")
    // adds its own for the items under it, and the outer one resumes after them.
    let mut lead_ins: Vec<LeadIn> = Vec::new();
    let mut just_led_in = false;
    let mut lead_in_number: Option<String> = None;
    // The nesting that item labels show where the format gives no list levels (text, PDF).
    let mut label_depths = LabelDepths::default();
    let mut definitions_level: Option<u8> = None;
    let mut in_recitals = false;
    // Recitals under their own heading run to the next heading; recitals opened by a
    // paragraph ("Whereas:", "BACKGROUND (A) ...") continue only through lettered items.
    let mut recitals_by_heading = false;
    let mut section_disabled = false;
    // Where the current section's sentences begin, so that "[Not used]" can reach back.
    let mut section_start = 0;
    let mut disabled_clauses: Vec<String> = clauses_switched_off(doc);
    // The paragraph just read, if it introduces a table; and the lead-in of the table being
    // read. A KPI row ("Number of complaints received, upheld ...") carries the duty of the
    // sentence above the table ("The Provider shall report monthly against the following
    // indicators"), as a list item carries its lead-in's.
    let mut introduces_table: Option<String> = None;
    let mut table_lead_in: Option<String> = None;
    // The last sentence read as written (not an item read out of a list inside it).
    let mut last_whole: Option<usize> = None;

    for (index, block) in doc.blocks.iter().enumerate() {
        let (number, raw_body) = std::mem::take(&mut numbered[index]);
        // Drafting notes go before the block is cut into sentences: a note of several
        // sentences ("[Guidance: ... . The Supplier shall ...]") must not leave its later
        // sentences behind as contract text.
        // A note opens with '[': without one there is nothing to look for.
        let cleaned = if raw_body.contains('[') {
            BRACKETED_NOTE.replace_all(raw_body, " ")
        } else {
            Cow::Borrowed(raw_body)
        };
        // So do the options of a form left unticked: "☐ The Provider must ..." is a duty the
        // commissioner did not choose.
        let cleaned = match without_unticked(&cleaned) {
            Cow::Owned(kept) => Cow::Owned(kept),
            Cow::Borrowed(_) => cleaned,
        };
        let body: &str = cleaned.trim();
        let paragraph = Some(index as u32 + 1);
        let kind = unstyled_headings[index].map_or(block.kind, BlockKind::Heading);
        if let BlockKind::Heading(styled) = kind {
            let level = part_level(styled, body, number.as_deref(), &headings);
            while headings.last().is_some_and(|(l, _)| *l >= level) {
                headings.pop();
            }
            let title = match &number {
                Some(n) => format!("{n} {body}"),
                None => body.to_string(),
            };
            let folded_title = fold(title.trim());
            if PART_TITLE.is_match(&folded_title) {
                part_titles.push(folded_title);
            }
            headings.push((level, title.trim().to_string()));
            paths = None;
            if definitions_level.is_some_and(|l| level <= l) {
                definitions_level = None;
            }
            if DEFINITIONS_HEADING.is_match(body) {
                definitions_level = Some(level);
            }
            // Recitals have no sub-headings: any heading ends them.
            in_recitals = RECITALS_HEADING.is_match(body);
            recitals_by_heading = in_recitals;
            if let Some(n) = &number {
                current_clause = Some(n.trim_end_matches('.').to_string());
            }
            section_disabled = heading_switches_off(body);
            section_start = out.sentences.len();
            lead_ins.clear();
        } else if matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem(_))
            && is_clause_title(number.as_deref(), body)
        {
            // "9. Former Officers and Members" as a numbered paragraph is a heading in all
            // but its style: a "[Not used]" under it reaches back to it, not to the last
            // styled heading, and the next such title ends what it switched off.
            section_disabled = heading_switches_off(body);
            section_start = out.sentences.len();
        } else if SWITCHED_OFF.is_match(body)
            && number.is_none()
            && block.kind != BlockKind::TableCell
        {
            // "[Not used]" under a heading switches the whole section off, heading included.
            // A numbered "7.1 [Not used]" switches off clause 7.1 alone, and an order form's
            // "Complaints handling | Not applicable" its own row: what follows still stands.
            section_disabled = true;
            for s in &mut out.sentences[section_start..] {
                s.context.disabled = true;
            }
        }
        if !matches!(block.kind, BlockKind::Heading(_)) {
            // Recitals end at the operative part: the next heading, a numbered clause
            // ("1.1"), "NOW IT IS AGREED"; recitals without a heading also end at the first
            // paragraph that is not a lettered item or another "whereas".
            let numbered_clause = number
                .as_deref()
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
            let lettered = number.as_deref().is_some_and(|n| {
                n.trim_start_matches('(')
                    .starts_with(|c: char| c.is_ascii_alphabetic())
            });
            if RECITALS_OPEN.is_match(body) {
                in_recitals = true;
            } else if numbered_clause
                || OPERATIVE.is_match(body)
                || (!recitals_by_heading && !lettered && !WHEREAS.is_match(body))
            {
                in_recitals = false;
            }
        }
        let clause = clause_reference(&number, &mut current_clause);
        if let Some(c) = may_have_digit(body)
            .then(|| DISAPPLIES_CLAUSE.captures(body))
            .flatten()
            .filter(|c| !disapplied_only_to_some(&body[c.get(0).map_or(0, |m| m.end())..]))
        {
            disabled_clauses.push(c[1].to_string());
        }
        // The heading path, made (and folded) again only when a heading changes it.
        if paths.is_none() {
            let section = (!headings.is_empty()).then(|| {
                headings
                    .iter()
                    .map(|(_, t)| t.as_str())
                    .collect::<Vec<_>>()
                    .join(" > ")
            });
            let folded: Arc<str> = section.as_deref().map(fold).unwrap_or_default().into();
            paths = Some((section, folded));
        }
        let (section, folded_path) = paths.as_ref().expect("made above");
        // A paragraph that continues a list without list markup: after a lead-in, it opens
        // in lower case or ends like a list item ("...; and").
        let continues_list = !lead_ins.is_empty()
            && block.kind == BlockKind::Paragraph
            && number.is_none()
            && (opens_lower(QUOTED_ITEM.replace(body, "").as_ref())
                || LIST_ITEM_END.is_match(body));
        // A clause numbered "3.6" after "3.2 The Provider shall: (a) ..." is the next clause,
        // not an item of 3.2 ("3.2.1" would be).
        let next_clause = number.as_deref().is_some_and(|n| {
            CLAUSE_NUMBER.is_match(n)
                && !lead_in_number
                    .as_deref()
                    .is_some_and(|l| n.starts_with(&format!("{}.", l.trim_end_matches('.'))))
        });
        let is_item = !next_clause
            && (matches!(block.kind, BlockKind::ListItem(_))
                || number.as_deref().is_some_and(is_sub_item_number)
                || continues_list);
        let depth = match (block.kind, number.as_deref()) {
            (BlockKind::ListItem(d), _) => d,
            (BlockKind::Paragraph, Some(label)) if is_item && is_sub_item_number(label) => {
                label_depths.depth_of(label)
            }
            _ if continues_list => lead_ins.last().map_or(0, |l| l.depth),
            _ => 0,
        };
        if !is_item && !matches!(block.kind, BlockKind::TableCell) {
            lead_ins.clear();
            label_depths.reset();
        }
        // The first item after a lead-in is its item whatever its depth: a clause numbered
        // "3.2" ("The Provider shall:") may be followed by a list of its own numbering that
        // starts again at level 0. Its siblings then belong to the lead-in too.
        if is_item && just_led_in {
            if let Some(l) = lead_ins.last_mut() {
                l.depth = l.depth.min(depth);
            }
        }
        just_led_in = false;
        // A numbered clause quoted whole under "A new clause 21A is inserted as follows:"
        // is a provision of its own; the words inserting it would only stand in its way.
        if is_item {
            // Back out of the lists nested deeper than this item.
            while lead_ins.len() > 1 && lead_ins.last().is_some_and(|l| l.depth > depth) {
                lead_ins.pop();
            }
        }
        let leading: Vec<&LeadIn> = if is_item && !QUOTED_CLAUSE.is_match(body) {
            lead_ins.iter().filter(|l| l.depth <= depth).collect()
        } else {
            Vec::new()
        };
        let list_stem = (!leading.is_empty()).then(|| {
            leading
                .iter()
                .map(|l| l.text.as_str())
                .collect::<Vec<_>>()
                .join(" … ")
        });
        // Items of a definition ("\"Cause\" shall mean where you: ...") are definitions too.
        let in_definition_list = leading.iter().any(|l| l.defines);
        if block.kind == BlockKind::TableCell {
            if let Some(intro) = introduces_table.take() {
                table_lead_in = Some(intro);
            }
        } else {
            table_lead_in = None;
        }
        // Only a row's requirement takes the lead-in: not a label ("Gifts and hospitality"),
        // which would stand as evidence in place of the requirement, and not a cell that
        // states its own duty ("The Operator shall ...").
        // A row's own party comes first, then the sentence above the table, then what a
        // reporting schedule implies.
        let row_reading = std::mem::take(&mut row_readings[index]);
        let row = row_reading.lead_in;
        let stem = list_stem
            .or_else(|| match &row {
                Some(RowLeadIn::Party(party)) => Some(party.clone()),
                _ => None,
            })
            .or_else(|| {
                table_lead_in.clone().filter(|_| {
                    body.split_whitespace().nth(4).is_some() && !OWN_DUTY.is_match(body)
                })
            })
            .or_else(|| {
                (row == Some(RowLeadIn::Reported)).then(|| RowLeadIn::REPORTED.to_string())
            });

        let context = Context {
            definition: definitions_level.is_some()
                || is_definition(body)
                || in_definition_list
                || defines_in_table(doc, index),
            recital: in_recitals && !matches!(block.kind, BlockKind::Heading(_)),
            toc: block.kind == BlockKind::TocEntry || TOC_LINE.is_match(body),
            heading: matches!(block.kind, BlockKind::Heading(_)),
            disabled: section_disabled || row_reading.disabled,
            list_item: false,
        };
        // One heading path for every sentence of the block: fold it once. A table cell's
        // neighbours stand in for it too: the row's label ("Gifts and hospitality") heads the
        // requirement beside it, and "then annually" in the next cell is part of it.
        let folded_section: Arc<str> = match row_context(doc, index) {
            Some(row) => fold(&format!("{} > {row}", section.as_deref().unwrap_or(""))).into(),
            None => folded_path.clone(),
        };
        let sentences = split_sentences(body);
        // Each sentence as written, then each item of a list inside it with its lead-in
        // ("The Client may terminate ... … if the Consultant has engaged in a Sanctionable
        // Practice"), read as a sentence of its own.
        let mut readings: Vec<(String, Cow<'_, str>, bool)> = Vec::with_capacity(sentences.len());
        for &sentence in &sentences {
            let mut text = match &stem {
                Some(s) => format!("{s} … {sentence}"),
                None => sentence.to_string(),
            };
            // "Acknowledge a Member's complaint and send a full response | Operator | Within
            // 2 and 10 Working Days of receipt": the row's timing completes its requirement.
            if let Some(when) = &row_reading.when {
                text = format!("{} ({when})", text.trim_end_matches(['.', ';']));
            }
            // The list is looked for in the sentence with its lead-in: a table cell listing a
            // return's contents ("Products distributed; complaints received") takes the
            // sentence above the table as the lead-in of each item.
            let items: Vec<(String, String)> = match inline_list(&text) {
                Some(list) => {
                    let lead_in = without_asides(list.stem);
                    list.items
                        .into_iter()
                        .map(|item| (format!("{lead_in} … {item}"), item.to_string()))
                        .collect()
                }
                None => Vec::new(),
            };
            readings.push((text, Cow::Borrowed(sentence), false));
            for (text, item) in items {
                readings.push((text, Cow::Owned(item), true));
            }
            // A table row written out as fields ("Detail: ...; Responsible party: Service
            // Provider") binds the party it names, as the row of a table does.
            if let Some(reading) = field_row_reading(sentence) {
                readings.push((reading, Cow::Borrowed(sentence), true));
            }
        }
        for (text, own_words, is_item) in readings {
            let folded = fold(&mark_placeholders(&text));
            let (folded_refs, read_in) = match expand_references(&folded, &targets) {
                Some((text, spans)) => (Some(text), spans),
                None => (None, Vec::new()),
            };
            let (folded_refs, read_in) =
                read_in_own_part(&folded, folded_refs, read_in, &headings, &part_titles);
            let mut context = context;
            context.definition |= is_definition(&own_words);
            context.list_item = is_item;
            // The sentence before, in this paragraph or the one before (paragraphs count
            // from 1, blocks from 0) under the same heading, if it is contract text. An item
            // read out of a list has its lead-in instead.
            let before = match block.kind {
                BlockKind::Paragraph | BlockKind::ListItem(_)
                    if !context.definition && !is_item =>
                {
                    last_whole
                        .and_then(|at| out.sentences.get(at))
                        .filter(|before| {
                            before.location.paragraph.is_some_and(|p| p >= index as u32)
                                && before.folded_section == folded_section
                                && !(before.context.heading
                                    || before.context.toc
                                    || before.context.definition)
                        })
                }
                _ => None,
            };
            // Not the "it" of "It shall be a condition that ...", which stands for no one.
            let pronoun_for = before
                .filter(|_| {
                    PRONOUN_SUBJECT
                        .find(&folded)
                        .is_some_and(|m| !folded[m.end()..].starts_with(" be "))
                })
                .map(|b| b.folded.as_str().into());
            let antecedent = match block.kind {
                BlockKind::Paragraph | BlockKind::ListItem(_)
                    if !context.definition && !is_item =>
                {
                    before
                        .and_then(|before| read_antecedent(&folded, before))
                        .or_else(|| {
                            // "7. Bribery and fraud / 7.1 The Consultant shall not commit any
                            // such act": the heading is what the clause points back to.
                            let (_, title) = headings.last()?;
                            read_heading_antecedent(&folded, title)
                        })
                }
                _ => None,
            };
            let defined = if context.definition {
                Vec::new()
            } else {
                definitions.uses(&text)
            };
            let with_definitions =
                read_in_definitions(&folded, &defined, &definitions).map(Box::new);
            if !is_item {
                last_whole = Some(out.sentences.len());
            }
            out.sentences.push(Sentence {
                text,
                folded,
                folded_refs,
                read_in,
                antecedent,
                defined,
                with_definitions,
                pronoun_for,
                folded_section: folded_section.clone(),
                location: Location {
                    section: section.clone(),
                    clause: clause.clone(),
                    paragraph,
                    page: block.page,
                    ..Location::default()
                },
                context,
            });
        }
        // The paragraph's last sentence is what leads into the table.
        introduces_table = None;
        if block.kind != BlockKind::TableCell
            && !context.heading
            && !context.definition
            && !context.toc
            && !context.disabled
        {
            if let Some(last) = sentences.last() {
                if TABLE_LEAD_IN.is_match(last) {
                    // Without its full stop, so that patterns reach from it into a row.
                    introduces_table = Some(last.trim().trim_end_matches('.').to_string());
                }
            }
        }
        if body.trim_end().ends_with(':') && !context.heading {
            // Only a lead-in that opens a list of duties ("The Provider undertakes to:")
            // carries into a list nested under one of its items; the items under "shall
            // include:" or "except where:" are things or conditions, not duties.
            let nested = is_item
                && lead_ins
                    .last()
                    .is_some_and(|l| LEADS_INTO_DUTIES.is_match(&l.text));
            if !nested {
                lead_ins.clear();
                lead_in_number = number.clone();
            }
            lead_ins.push(LeadIn {
                text: body.trim().to_string(),
                depth: if is_item { depth + 1 } else { 0 },
                defines: context.definition || DEFINES.is_match(&fold(body)),
            });
            just_led_in = true;
        }
    }
    // "comply with the Supplier Code of Conduct set out in Schedule D", where Schedule D says
    // only "[Not used]": the duty points at nothing.
    let empty_parts = switched_off_parts(doc);
    if !empty_parts.is_empty() {
        for s in &mut out.sentences {
            if PART_CONTENTS.captures_iter(&s.folded).any(|c| {
                empty_parts
                    .iter()
                    .any(|(kind, id)| c[1] == **kind && c[2] == **id)
            }) {
                s.context.disabled = true;
            }
        }
    }
    if !disabled_clauses.is_empty() {
        for s in &mut out.sentences {
            if let Some(c) = &s.location.clause {
                if disabled_clauses.iter().any(|d| {
                    c == d || c.starts_with(&format!("{d}.")) || c.starts_with(&format!("{d}("))
                }) {
                    s.context.disabled = true;
                }
            }
        }
    }
    out.defined_people = definitions.people();
    out.definitions = definitions.bodies;
    out
}

/// The block's clause number (from the reader, or stated at the start of its text) and the
/// text after it.
fn split_number(block: &Block) -> (Option<String>, &str) {
    if let Some(n) = &block.number {
        return (Some(n.clone()), block.text.as_str());
    }
    match LEADING_NUMBER.captures(&block.text) {
        Some(c) if block.text.len() > c[0].len() || block.kind != BlockKind::Paragraph => {
            let number = c[1].trim().to_string();
            (Some(number), &block.text[c[0].len()..])
        }
        _ => (None, block.text.as_str()),
    }
}

fn is_sub_item_number(n: &str) -> bool {
    n.starts_with('(') || n.ends_with(')')
}

/// "27.2" stands alone; "(a)" is qualified by the clause it sits in: "27.2(a)".
fn clause_reference(number: &Option<String>, current: &mut Option<String>) -> Option<String> {
    let n = number.as_ref()?.trim_end_matches('.').to_string();
    // "b." under clause 11 is 11(b), as "(b)" is; a letter alone starts no clause of its own.
    let lettered = n.len() <= 2
        && n.bytes().all(|b| b.is_ascii_lowercase())
        && current
            .as_deref()
            .is_some_and(|c| c.starts_with(|ch: char| ch.is_ascii_digit()));
    if is_sub_item_number(&n) || lettered {
        let item = if n.starts_with('(') {
            n
        } else {
            format!("({})", n.trim_end_matches(')'))
        };
        return Some(match current {
            Some(c) => format!("{c}{item}"),
            None => item,
        });
    }
    *current = Some(n.clone());
    Some(n)
}

/// A definitions table: a cell starting "means ..." after a cell, or the term cell before
/// such a cell.
fn defines_in_table(doc: &Document, index: usize) -> bool {
    let cell = |i: usize| doc.blocks.get(i).filter(|b| b.kind == BlockKind::TableCell);
    let Some(block) = cell(index) else {
        return false;
    };
    let before = index.checked_sub(1).and_then(cell);
    let next = cell(index + 1);
    // | Transparency Reports | the information which the Supplier is required to ... |: a
    // short term, then a body opening in lower case, as definition tables are laid out. An
    // order form's | Conduct | the Supplier shall comply with ... | is an obligation still.
    let term_then_body = |term: &Block, body: &Block| {
        is_defined_term(&term.text) && opens_lower(&body.text) && !OBLIGES.is_match(&body.text)
    };
    (before.is_some() && MEANS_CELL.is_match(&block.text))
        || next.is_some_and(|n| MEANS_CELL.is_match(&n.text))
        || before.is_some_and(|b| term_then_body(b, block))
        || next.is_some_and(|n| term_then_body(block, n))
}

/// "clause 3.2, 3.5 or 3.6", "section 6", "conditions 2 and 3", "Articles 9 to 11", "cl.
/// 8-10", "SC2/SC5", "Special Terms ST1 to ST3": the numbers a sentence refers to.
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:clauses?|conditions?|sections?|paragraphs?|parts?|articles?|special (?:conditions?|terms?)|gcc|scc|cls?\.?|arts?\.?|paras?\.?|secs?\.?)\s+((?:[ivx]{1,4}\.|[a-z]{1,2})?\d{1,3}(?:\.\d{1,3})*(?:\s*(?:,|and|or|to|through|-|/|&)\s*(?:[ivx]{1,4}\.|[a-z]{1,2})?\d{1,3}(?:\.\d{1,3})*)*)|\b((?:sc|gc)\d{1,3}(?:\.\d{1,3})*(?:\s*(?:,|and|or|to|-|/)\s*(?:sc|gc)\d{1,3}(?:\.\d{1,3})*)*)\b|\barticles?\s+((?:x{1,3}(?:ix|iv|v?i{0,3})|ix|iv|vi{0,3}|i{1,3})(?:\s*(?:,|and|or|to|through|-)\s*(?:x{1,3}(?:ix|iv|v?i{0,3})|ix|iv|vi{0,3}|i{1,3}))*)\b").unwrap()
});
/// One roman numeral of a reference list ("articles iv and v").
static ROMAN_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:x{1,3}(?:ix|iv|v?i{0,3})|ix|iv|vi{0,3}|i{1,3})\b").unwrap());

/// "iv" as "4": articles numbered in roman ("ARTICLE IV") are found by their value, so that
/// "Article IV", "Article 4" and a range "Articles III to V" all name them. None for what is
/// not a roman numeral below 40.
fn roman_value(numeral: &str) -> Option<u32> {
    let whole = ROMAN_NUMBER
        .find(numeral)
        .is_some_and(|m| !m.is_empty() && m.len() == numeral.len());
    if !whole {
        return None;
    }
    let value = |c: char| match c {
        'i' => 1,
        'v' => 5,
        _ => 10,
    };
    let digits: Vec<i32> = numeral.chars().map(value).collect();
    let total: i32 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            // "iv", "ix": a smaller numeral before a larger one is taken away.
            if digits.get(i + 1).is_some_and(|&next| next > d) {
                -d
            } else {
                d
            }
        })
        .sum();
    u32::try_from(total).ok()
}
static REFERENCE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\b[ivx]{1,4}\.|\b[a-z]{1,2})?\d{1,3}(?:\.\d{1,3})*").unwrap());
/// What joins a number in a reference list to the one before: "to", "through" and a dash
/// make a range ("clauses 3 to 6" names 4 and 5 too).
static RANGE_JOINER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:to|through|-)\s*$").unwrap());
/// "cl. 8", "Art. 9": the abbreviation's full stop would end a rule's gap, as a sentence's does.
static ABBREVIATED_REFERENCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(cls?|arts?|paras?|secs?)\. (\d)").unwrap());
/// "clause 17 of the Master Agreement", "section 7 of the Bribery Act 2010", "paragraph 3 of
/// Schedule 2": numbers of another document or part, which this document's clauses of the
/// same number do not explain. ("Clause 5 of this Contract" and "of the Agreement" are its own.)
static ELSEWHERE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*,?\s*(?:of|in|under) (\w+(?: \w+)?)").unwrap());
/// "subject to clause 31.8", "in accordance with clause 14": a reference that qualifies the
/// sentence rather than naming what it is about, so what it points at is not read in.
static QUALIFYING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:subject to|without prejudice to|notwithstanding|pursuant to|in accordance with|(?:save|except|other than) as (?:\w+ )?(?:provided|set out|stated|specified|permitted) (?:in|by|under)|(?:as )?(?:set out|provided|described|specified|referred to|defined) in)(?: (?:the provisions of|the terms of|any of))?\s*$").unwrap()
});
/// What "in" or "of" after a reference may introduce that is no other document: "complied
/// with clause 3 in the previous year", "clause 4 in writing", "clause 5 in full".
static NOT_A_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:the|a|an|each|every|any|that|its|their) )?(?:previous|preceding|last|past|prior|following|next|first|current|same|coming|relevant|reporting|year|years|month|months|quarter|period|writing|full|force|respect|relation|connection|particular|part|whole|time|good|all|accordance|practice|future)\b").unwrap()
});
static OWN_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:this|these|the (?:agreement|contract|conditions|terms|grant))\b").unwrap()
});
/// "SC6 The Contractor shall ...", "A4. Code of conduct.", "F4. At least once a year ...":
/// NHS and NI special and general conditions, and paragraphs numbered within a lettered part.
/// "23.3 The Provider shall ..." opening a paragraph that has a number of its own: a quoted
/// clause's number (two levels at least, so "3 months" is no number).
static QUOTED_CLAUSE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{1,3}(?:\.\d{1,3}){1,3})\.?\s+").unwrap());
static CONDITION_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*([A-Z]{1,2}\d{1,3}(?:\.\d{1,3})*)\b").unwrap());

/// What each clause number of the document points at, folded: a heading's title, or the
/// opening of a numbered paragraph.
fn reference_targets(
    doc: &Document,
    numbered: &[(Option<String>, &str)],
) -> std::collections::HashMap<String, String> {
    const OPENING: usize = 160;
    let mut targets = std::collections::HashMap::new();
    // A numbered paragraph that quotes a clause with its own number ("1.6  23.3 The Provider
    // shall procure ...", as a deed of variation inserts clauses): the quoted number names it
    // too, after the document's own numbers.
    let quoted = doc
        .blocks
        .iter()
        .zip(numbered)
        .filter_map(|(block, (number, body))| {
            number.as_ref()?;
            let c = QUOTED_CLAUSE_NUMBER.captures(body)?;
            Some((block, (Some(c[1].to_string()), &body[c[0].len()..])))
        });
    let quoted: Vec<_> = quoted.collect();
    let own = doc
        .blocks
        .iter()
        .zip(numbered.iter().map(|(n, b)| (n.clone(), *b)));
    for (block, (number, body)) in own.chain(quoted) {
        let mut body = body;
        let number = number.as_ref().map(|n| n.to_lowercase()).or_else(|| {
            let c = CONDITION_NUMBER.captures(body)?;
            let number = c[1].to_lowercase();
            // "ST1 The Supplier shall ...": the title is what follows the number.
            body = body[c[0].len()..].trim_start_matches(|ch: char| {
                ch.is_whitespace() || matches!(ch, '.' | ':' | '-' | ')')
            });
            Some(number)
        });
        let Some(number) = number else { continue };
        let number = number.trim().trim_end_matches('.');
        // "Clause 6" and "6" are the same clause; a schedule's or annex's number is not.
        let key = match number.split_once(' ') {
            // "GCC 3": a General Condition of Contract (World Bank and other development
            // banks' forms), which the Special Conditions amend by the same number.
            Some(("clause" | "article" | "section" | "paragraph" | "condition" | "gcc", n)) => {
                n.trim()
            }
            Some(_) => continue,
            None => number,
        };
        let roman = number
            .strip_prefix("article ")
            .and_then(|n| roman_value(n.trim()))
            .map(|v| v.to_string());
        let key = roman.as_deref().unwrap_or(key);
        if REFERENCE_NUMBER.find(key).is_none_or(|m| m.as_str() != key) {
            continue;
        }
        let key = key.to_string();
        let heading = matches!(block.kind, BlockKind::Heading(_));
        if heading || !targets.contains_key(&key) {
            // A byte past the opening is enough to cut it where the whole fold would.
            let text = fold_prefix(body, OPENING + 1);
            let end = (0..=OPENING.min(text.len()))
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            // ASCII for ASCII, byte by byte: the result stays UTF-8.
            let mut title = text.into_bytes();
            title.truncate(end);
            for b in &mut title {
                if matches!(*b, b'.' | b';' | b'(' | b')') {
                    *b = b',';
                }
            }
            let title = String::from_utf8(title).expect("ASCII replaced by ASCII");
            targets.insert(key, title);
        }
    }
    targets
}

/// `folded` with each reference the document resolves followed by what it points at, the
/// number's own target and its parent heading ("3.2" under "3 standards of conduct"), and
/// the byte ranges of what was read in.
fn expand_references(
    folded: &str,
    targets: &std::collections::HashMap<String, String>,
) -> Option<(String, Vec<(usize, usize)>)> {
    if targets.is_empty() || !may_have_digit(folded) || !REFERENCE.is_match(folded) {
        return None;
    }
    // Abbreviations are spelt out piece by piece (none spans a piece's end, which is a
    // number's), so the ranges read in stay true.
    let abbreviated = |piece: &str| {
        ABBREVIATED_REFERENCE
            .replace_all(piece, "$1 $2")
            .into_owned()
    };
    let mut out = String::with_capacity(folded.len() + 200);
    let mut read_in = Vec::new();
    let mut last = 0;
    for list in REFERENCE.captures_iter(folded) {
        let whole = list.get(0).expect("a match has a whole");
        let roman = list.get(3).is_some();
        let list = list
            .get(1)
            .or_else(|| list.get(2))
            .or_else(|| list.get(3))
            .expect("one group matches");
        if ELSEWHERE
            .captures(&folded[list.end()..])
            .is_some_and(|c| !OWN_DOCUMENT.is_match(&c[1]) && !NOT_A_DOCUMENT.is_match(&c[1]))
        {
            continue;
        }
        let from = (whole.start().saturating_sub(60)..=whole.start())
            .find(|&i| folded.is_char_boundary(i))
            .unwrap_or(whole.start());
        if QUALIFYING.is_match(folded[from..whole.start()].trim_end()) {
            continue;
        }
        // Each number of the list with where it ends and the key it is looked up by ("iv" in
        // a list of roman articles is "4").
        let numbers: Vec<(usize, usize, String)> = if roman {
            ROMAN_NUMBER
                .find_iter(list.as_str())
                .filter_map(|m| Some((m.start(), m.end(), roman_value(m.as_str())?.to_string())))
                .collect()
        } else {
            REFERENCE_NUMBER
                .find_iter(list.as_str())
                .map(|m| (m.start(), m.end(), m.as_str().to_string()))
                .collect()
        };
        let mut previous: Option<(usize, &str)> = None;
        for (number_start, number_end, key) in &numbers {
            let end = list.start() + number_end;
            let joiner = previous.map(|(after, _)| &list.as_str()[after..*number_start]);
            let range_from = previous
                .filter(|_| joiner.is_some_and(|j| RANGE_JOINER.is_match(j)))
                .map(|(_, from)| from);
            previous = Some((*number_end, key.as_str()));
            // A block that opens with its own number ("SC12 The Contractor ...") names itself.
            if list.start() + number_start == 0 {
                continue;
            }
            // A title already given ("clause 11 (conduct)") needs no help.
            if folded[end..].starts_with(" (") {
                continue;
            }
            // The end of a range stands for every number after its start.
            let numbers = match range_from.and_then(|from| range_after(from, key)) {
                Some(numbers) => numbers,
                None => vec![key.clone()],
            };
            let found: Vec<&str> = numbers
                .iter()
                .flat_map(|n| targets_of(n, targets))
                .collect();
            if found.is_empty() {
                continue;
            }
            out.push_str(&abbreviated(&folded[last..end]));
            let start = out.len();
            out.push_str(" (");
            out.push_str(&abbreviated(&found.join(": ")));
            out.push(')');
            read_in.push((start, out.len()));
            last = end;
        }
    }
    (!read_in.is_empty()).then(|| {
        out.push_str(&abbreviated(&folded[last..]));
        // Rule patterns bridge words with gaps that stop at a full stop ("[^.;]{0,160}"), and
        // "clause 3.2" must not end the stretch from "terminate" to what clause 3.2 is about.
        let bytes = out.as_bytes();
        let decimal: Vec<usize> = (1..bytes.len().saturating_sub(1))
            .filter(|&i| {
                // "3.2", and the part prefix of "ii.4" (EU model contracts).
                bytes[i] == b'.'
                    && (bytes[i - 1].is_ascii_digit() || matches!(bytes[i - 1], b'i' | b'v' | b'x'))
                    && bytes[i + 1].is_ascii_digit()
            })
            .collect();
        let mut out = out.into_bytes();
        for i in decimal {
            out[i] = b'-';
        }
        let out = String::from_utf8(out).expect("ASCII for ASCII keeps UTF-8");
        (out, read_in)
    })
}

/// Folded text to read in after a word of a sentence: " (...)" holding at most `limit` bytes of
/// it, cut on a character boundary, with its full stops, semicolons and brackets made commas so
/// that rule patterns, whose gaps stop at a full stop, reach across it.
fn read_in_text(text: &str, limit: usize) -> String {
    let end = (0..=limit.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let inner: String = text[..end]
        .chars()
        .map(|c| {
            if matches!(c, '.' | ';' | '(' | ')') {
                ','
            } else {
                c
            }
        })
        .collect();
    format!(" ({inner})")
}

/// "comply with this Schedule", "audit compliance with this clause": the part the sentence
/// stands in, read in with its heading ("this schedule (schedule 4 - probity and conduct
/// requirements)") as a numbered reference is; the first such phrase only. The heading is the
/// innermost one that names the same kind of part, else the innermost one.
///
/// A schedule's title may stand at the level of its own clauses' headings ("Schedule 3:
/// Conduct" then "1. Principles", both Heading 1), which pops it off the path: the titles
/// of parts met so far (`parts`, folded, latest last) are looked in next. "this Schedule 3"
/// looks for that schedule's title by its number.
fn read_in_own_part(
    folded: &str,
    folded_refs: Option<String>,
    mut read_in: Vec<(usize, usize)>,
    headings: &[(u8, String)],
    parts: &[String],
) -> (Option<String>, Vec<(usize, usize)>) {
    const TITLE: usize = 160;
    let base = folded_refs.as_deref().unwrap_or(folded);
    let (m, named) = match THIS_PART.captures(base) {
        Some(m) => (m, None),
        None => match THIS_NUMBERED_PART.captures(base) {
            Some(m) => {
                let named = format!("{} {}", &m[1], &m[2]);
                (m, Some(named))
            }
            None => return (folded_refs, read_in),
        },
    };
    let kind = &m[1];
    let path = || headings.iter().rev().map(|(_, t)| fold(t));
    let heading = match &named {
        Some(named) => {
            let is_it = |t: &String| {
                t.strip_prefix(named.as_str())
                    .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_alphanumeric()))
            };
            path()
                .find(is_it)
                .or_else(|| parts.iter().rev().find(|t| is_it(t)).cloned())
        }
        None => path()
            .find(|t| t.starts_with(kind))
            .or_else(|| parts.iter().rev().find(|t| t.starts_with(kind)).cloned())
            .or_else(|| headings.last().map(|(_, t)| fold(t))),
    };
    let Some(heading) = heading else {
        return (folded_refs, read_in);
    };
    let insert = read_in_text(&heading, TITLE);
    // After "this schedule 3"; after "this schedule" alone (THIS_PART's match runs on).
    let at = match named {
        Some(_) => m.get(0).expect("the match").end(),
        None => m.get(1).expect("the kind").end(),
    };
    let mut out = String::with_capacity(base.len() + insert.len());
    out.push_str(&base[..at]);
    out.push_str(&insert);
    out.push_str(&base[at..]);
    for span in &mut read_in {
        if span.0 >= at {
            *span = (span.0 + insert.len(), span.1 + insert.len());
        }
    }
    read_in.push((at, at + insert.len()));
    read_in.sort_unstable();
    (Some(out), read_in)
}

/// A clause title set as a numbered paragraph: "9. Former Officers and Members", "12 Records
/// and Inspection". A few capitalised words, no sentence, no duty, no lead-in; "3. Code of
/// conduct. [Not used]" is a clause switched off, not a title.
fn is_clause_title(number: Option<&str>, body: &str) -> bool {
    let Some(number) = number else {
        return false;
    };
    let words = body.split_whitespace().count();
    CLAUSE_TITLE_NUMBER.is_match(number)
        && (1..=8).contains(&words)
        && body.starts_with(|c: char| c.is_uppercase())
        && !body.contains(['.', ';', ':', ',', '['])
        && !OWN_DUTY.is_match(body)
}

/// The numbered clause titles set as ordinary paragraphs or list items that are headings in
/// all but their style: "12. Records, audit and information" followed by "12.1 ...". Each
/// takes the level the document's styled headings give its top-level clauses (1 when none
/// does), so it ends the section before it.
fn unstyled_headings(doc: &Document, numbered: &[(Option<String>, &str)]) -> Vec<Option<u8>> {
    let top_level = |n: &str| {
        let n = n.trim_end_matches('.');
        !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
    };
    let level = doc
        .blocks
        .iter()
        .zip(numbered)
        .find_map(|(block, (number, _))| match block.kind {
            BlockKind::Heading(level) if number.as_deref().is_some_and(top_level) => Some(level),
            _ => None,
        })
        .unwrap_or(1);
    (0..doc.blocks.len())
        .map(|i| {
            let block = &doc.blocks[i];
            let (Some(number), body) = &numbered[i] else {
                return None;
            };
            let words = body.split_whitespace().count();
            let title = matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem(_))
                && top_level(number)
                && (1..=8).contains(&words)
                && body.starts_with(|c: char| c.is_uppercase())
                && !body.contains(['.', ';', ':', '['])
                && !body.ends_with(',')
                && !OWN_DUTY.is_match(body);
            if !title {
                return None;
            }
            let clause = number.trim_end_matches('.');
            let next = numbered.get(i + 1).and_then(|(n, _)| n.as_deref())?;
            let first_sub = next
                .strip_prefix(clause)
                .and_then(|rest| rest.strip_prefix('.'))
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
            let next_is_text = !matches!(doc.blocks[i + 1].kind, BlockKind::Heading(_));
            (first_sub && next_is_text).then_some(level)
        })
        .collect()
}

/// A heading that switches its part off: "[Not used]" alone, or within it ("Annex 2 [Not
/// used]").
fn heading_switches_off(heading: &str) -> bool {
    SWITCHED_OFF.is_match(heading) || heading.to_lowercase().contains("[not used]")
}

/// The schedules, annexes and appendices whose heading is followed by nothing but "[Not
/// used]" (or whose heading says so), as (kind, id) folded: ("schedule", "d").
fn switched_off_parts(doc: &Document) -> Vec<(String, String)> {
    let mut parts = Vec::new();
    let mut open: Option<(u8, String, String, bool)> = None;
    let mut close = |open: &mut Option<(u8, String, String, bool)>| {
        if let Some((_, kind, id, true)) = open.take() {
            parts.push((kind, id));
        }
    };
    for block in &doc.blocks {
        let text = block.text.trim();
        if let BlockKind::Heading(level) = block.kind {
            if open.as_ref().is_some_and(|(l, ..)| level <= *l) {
                close(&mut open);
            }
            // The number may be the block's own ("Schedule D" before "Supplier Code ...").
            let heading = match &block.number {
                Some(n) => fold(&format!("{n} {text}")),
                None => fold(text),
            };
            if let Some(c) = PART_HEADING.captures(&heading) {
                // Nothing said yet: switched off only once a "[Not used]" is read, or at once
                // when the heading says so.
                let off = heading_switches_off(text);
                open = Some((level, c[1].to_string(), c[2].to_string(), off));
                if off {
                    close(&mut open);
                }
            }
            continue;
        }
        let Some((_, _, _, off)) = open.as_mut() else {
            continue;
        };
        let body = match block.number {
            Some(_) => text,
            None => LEADING_NUMBER.find(text).map_or(text, |m| &text[m.end()..]),
        };
        if body.trim().is_empty() {
            continue;
        }
        if SWITCHED_OFF.is_match(body) {
            *off = true;
        } else {
            // The part says something: it stands.
            open = None;
        }
    }
    close(&mut open);
    parts
}

/// "Schedule D – Supplier Code of Conduct", "Annex 2", folded.
static PART_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(schedule|annex|annexure|appendix|exhibit|attachment) ([0-9]{1,3}|[a-z]{1,2})\b")
        .unwrap()
});
/// What a sentence takes from a part: "set out in Schedule D", "contained in Annex 2".
/// So does a duty bound to the part itself: "comply with Schedule 4 (Supplier Code of
/// Conduct)", "in accordance with the requirements of Annex 2".
static PART_CONTENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:set out|contained|specified|described|attached|provided|included|found|appended) (?:in|at|as)|(?:comply|complies|complying|compliance|observe|observes|adhere|adheres|abide|abides|accordance) (?:with|to|by)(?: the (?:requirements|terms|provisions|obligations|standards) (?:of|in|set out in))?) (schedule|annex|annexure|appendix|exhibit|attachment) ([0-9]{1,3}|[a-z]{1,2})\b").unwrap()
});

/// "observe them", "comply with these standards": a sentence that binds a party to what the
/// sentence before it named, read with that sentence after the words that point back (its
/// full stops and semicolons made commas, so patterns reach across it).
fn read_antecedent(folded: &str, before: &Sentence) -> Option<Box<Antecedent>> {
    const REACH: usize = 400;
    let m = POINTS_BACK.find(folded)?;
    let said = before.folded.trim().trim_end_matches(['.', ';', ':']);
    Some(read_in_after(
        folded,
        m.end(),
        &read_in_text(said, REACH),
        before.text.clone(),
    ))
}

/// `folded` with `insert` put in at `at`, as an `Antecedent` quoting `text`.
fn read_in_after(folded: &str, at: usize, insert: &str, text: String) -> Box<Antecedent> {
    let mut out = String::with_capacity(folded.len() + insert.len());
    out.push_str(&folded[..at]);
    out.push_str(insert);
    out.push_str(&folded[at..]);
    Box::new(Antecedent {
        folded: out,
        read_in: (at, at + insert.len()),
        text,
    })
}

/// A sentence whose subject is a pronoun standing for the last sentence's ("It shall ...").
static PRONOUN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:it|they) (?:(?:also|further|then) )?(?:shall|must|will|is to|are to|agrees|agree|undertakes|undertake|may|should|is responsible|are responsible)\b").unwrap()
});

/// "shall not commit any such act", "is placed in one", "of any that arises": words that
/// point back to what the clause's heading names, when they do not point back to a
/// sentence before them.
static POINTS_BACK_TO_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // "any such conflict" names its own topic; "any such act" only the heading's.
        r"\b(?:(?:any|such an?|no|every) such (?:acts?|conduct|cases?|matters?|things?|events?|circumstances?|incidents?|practices?|behaviou?r)",
        r"|(?:commit|engage in|permit|allow|tolerate) (?:any )?such(?: (?:acts?|conduct|practices?|behaviou?r))?",
        r"|(?:placed|put|find (?:itself|themselves)) in one|(?:any|each) (?:one )?that aris(?:es|ing)",
        r"|(?:prevent|avoid|report|notify|declare|disclose|record|manage|detect|investigate) (?:them|any of them)",
        r")\b"
    ))
    .unwrap()
});

/// A clause under a heading that points back to what the heading names, read with the
/// heading's words after the words that point back (as `read_antecedent`).
fn read_heading_antecedent(folded: &str, heading: &str) -> Option<Box<Antecedent>> {
    let m = POINTS_BACK_TO_HEADING.find(folded)?;
    let title = fold(heading);
    let title = title
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ')
        .trim();
    if title.is_empty() {
        return None;
    }
    let quoted = format!("{}:", heading.trim().trim_end_matches(':'));
    Some(read_in_after(
        folded,
        m.end(),
        &read_in_text(title, 160),
        quoted,
    ))
}

/// A duty to keep what was named before: the verb, then a pronoun or "these/such" with a
/// word for rules ("comply with them", "adhere to such principles", "abide by the same"); or
/// a law or code named before ("any request under that Act").
static POINTS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:observes?|observing|compl(?:y|ies|ying) with|adher(?:e|es|ing) to|abid(?:e|es|ing) by",
        r"|uphold(?:s|ing)?|follow(?:s|ing)?|act(?:s|ing)? (?:in accordance|consistently) with",
        r"|conform(?:s|ing)? (?:to|with)|(?:be|is|are|remain) bound by|appl(?:y|ies|ying)",
        r"|promot(?:e|es|ing)|embed(?:s|ding)?|implement(?:s|ing)?)",
        r" (?:(?:these|those|such|the said|the above|the foregoing)",
        r" (?:principles|standards|requirements|obligations|rules|codes?|polic(?:y|ies)",
        r"|procedures?|provisions|values)|them|it|these|those|the same)\b",
        // "assist the Council to respond to any request under that Act"
        r"|\b(?:under|of|with|by|pursuant to) (?:that|the said) (?:act|legislation|law|statute|regulations|code|policy)\b"
    ))
    .unwrap()
});

/// "this Schedule", "this clause": a sentence naming the part it stands in, unless a number or
/// a title follows ("this Clause 5" is a numbered reference; "this Part (Conduct)" is titled).
/// "this schedule 3", "this annex b": the part the sentence stands in, named by its number.
static THIS_NUMBERED_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bthis (schedule|part|annex|appendix) (\d{1,3}[a-z]?|[a-z])\b").unwrap()
});
/// Folded headings that title a part of the contract ("schedule 3 ...", "annex b ...").
static PART_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:schedule|part|annex|annexe|appendix)\b").unwrap());
static THIS_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bthis (schedule|clause|section|part|annex|appendix|article|condition)\b(?:$|[^ (\d]| [^(\d])").unwrap()
});

/// What a clause number points at, then what its parents do ("3.2", then "3").
fn targets_of<'t>(
    number: &str,
    targets: &'t std::collections::HashMap<String, String>,
) -> Vec<&'t str> {
    let mut key = number.to_string();
    let mut found = Vec::new();
    loop {
        if let Some(t) = targets.get(&key) {
            found.push(t.as_str());
        }
        match key.rfind('.') {
            Some(i) => key.truncate(i),
            None => break,
        }
    }
    // "clause 12" in a document that numbers only its sub-clauses ("12.1 ...", "12.2 ..."):
    // the opening of the first stands for the clause.
    if found.is_empty() && !number.contains('.') {
        if let Some(t) = targets.get(&format!("{number}.1")) {
            return vec![t.as_str()];
        }
    }
    // "GC13", "SC8" (General and Service Conditions, as NHS contracts cite them) in a
    // document that numbers its conditions plainly ("13. Ethical standards" under "General
    // Conditions") and has no block numbered "GC..." or "SC..." at all: the plain number.
    if found.is_empty() {
        if let Some((prefix, bare)) = ["gc", "sc"]
            .iter()
            .find_map(|p| number.strip_prefix(p).map(|bare| (*p, bare)))
        {
            if !targets.keys().any(|k| k.starts_with(prefix)) {
                return targets_of(bare, targets);
            }
        }
    }
    found
}

/// The numbers a range "from to last" names after `from`, ending with `last`: "3 to 6" gives
/// 4, 5, 6; "3.1-3.3" gives 3.2, 3.3. None when the ends are not siblings or the range is
/// implausibly long (a date or a count, not clauses).
fn range_after(from: &str, last: &str) -> Option<Vec<String>> {
    const LONGEST: u32 = 20;
    let split = |n: &str| -> Option<(String, u32)> {
        let (prefix, tail) = match n.rfind('.') {
            Some(i) => (&n[..=i], &n[i + 1..]),
            None => {
                let digits = n.find(|c: char| c.is_ascii_digit())?;
                (&n[..digits], &n[digits..])
            }
        };
        Some((prefix.to_string(), tail.parse().ok()?))
    };
    let (prefix, start) = split(from)?;
    let (last_prefix, end) = split(last)?;
    if prefix != last_prefix || end <= start || end - start > LONGEST {
        return None;
    }
    Some((start + 1..=end).map(|n| format!("{prefix}{n}")).collect())
}

/// The other cells of a table cell's row, each cut short; where the reader marks no rows
/// (PDF, plain text), the cell before and the cell after.
fn row_context(doc: &Document, index: usize) -> Option<String> {
    const CUT: usize = 200;
    // Cells either side taken in: a hostile "row" of thousands of cells stays cheap.
    const REACH: usize = 8;
    let cut = |text: &str| {
        let end = (0..=CUT.min(text.len()))
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        text[..end].to_string()
    };
    let block = doc.blocks.get(index)?;
    if block.kind != BlockKind::TableCell {
        return None;
    }
    let same_row = |b: &Block| b.kind == BlockKind::TableCell && b.row == block.row;
    if block.row.is_some() {
        // The whole row, this cell left out: a KPI's frequency column belongs with its
        // measure however many cells lie between.
        let start = (0..index)
            .rev()
            .take(REACH)
            .take_while(|&i| same_row(&doc.blocks[i]))
            .last()
            .unwrap_or(index);
        let end = (index + 1..doc.blocks.len())
            .take(REACH)
            .take_while(|&i| same_row(&doc.blocks[i]))
            .last()
            .unwrap_or(index);
        let before: Vec<String> = (start..index).map(|i| cut(&doc.blocks[i].text)).collect();
        let after: Vec<String> = (index + 1..=end)
            .map(|i| cut(&doc.blocks[i].text))
            .collect();
        return (start < index || end > index)
            .then(|| format!("{} | {}", before.join(" | "), after.join(" | ")));
    }
    // A reader that does not mark rows: the neighbouring cells stand in for the row.
    let cell = |i: usize| {
        doc.blocks
            .get(i)
            .filter(|b| b.kind == BlockKind::TableCell)
            .map(|b| cut(&b.text))
    };
    let before = index.checked_sub(1).and_then(cell);
    let after = cell(index + 1);
    (before.is_some() || after.is_some()).then(|| {
        format!(
            "{} | {}",
            before.unwrap_or_default(),
            after.unwrap_or_default()
        )
    })
}

/// "Part F: Annual certificate" styled as the "Schedule 4: Ethical Standards" heading it
/// follows is a part of that schedule, one level below it, so "this Schedule" in Part F
/// still finds Schedule 4; any other heading keeps its styled level.
fn part_level(styled: u8, body: &str, number: Option<&str>, headings: &[(u8, String)]) -> u8 {
    let title = match number {
        Some(n) => format!("{n} {body}"),
        None => body.to_string(),
    };
    let is_part = PART_OF_SCHEDULE.is_match(&title);
    let under_schedule = || {
        // The nearest heading not below this one (an earlier part, nested, is below it).
        headings
            .iter()
            .rev()
            .find(|(l, _)| *l <= styled)
            .is_some_and(|(l, t)| *l == styled && SCHEDULE_TITLE.is_match(t))
    };
    if is_part && under_schedule() {
        styled.saturating_add(1)
    } else {
        styled
    }
}

static PART_OF_SCHEDULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:part)\s+[A-Z0-9]{1,4}\b").unwrap());
static SCHEDULE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:schedule|annex|annexe|appendix)\s+[A-Z0-9]{1,4}\b").unwrap()
});

/// A cell that can be a defined term: short, one line, no sentence in it, opening with a
/// capital letter or a quote.
fn is_defined_term(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 60
        && !text.contains(['.', ';', ':', '\n'])
        && text.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '\u{201C}'))
}

fn opens_lower(text: &str) -> bool {
    text.trim_start().starts_with(|c: char| c.is_lowercase())
}

/// `DEFINITION` is anchored at the start and spans at most about 150 folded characters
/// (3 + 1 + 80 + 1 + 1 + 42 + 1 + 17 + 1), so folding the first `DEFINITION_SPAN` characters
/// gives the same answer as folding the whole block, which long paragraphs made costly.
fn is_definition(text: &str) -> bool {
    // The folded text must open with at most three characters before a quote; each
    // character of the text other than white space and the characters folding drops makes
    // at least one folded character, so the quote is among the first four of those. Most
    // sentences fail this at once and need not be folded.
    let opens_with_quote = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{00AD}' | '\u{200B}' | '\u{FEFF}'))
        .take(4)
        .any(|c| {
            matches!(
                c,
                '\'' | '"'
                    | '`'
                    | '\u{2018}'
                    | '\u{2019}'
                    | '\u{201A}'
                    | '\u{2032}'
                    | '\u{201C}'
                    | '\u{201D}'
                    | '\u{201E}'
                    | '\u{2033}'
                    | '«'
                    | '»'
            )
        });
    opens_with_quote && DEFINITION.is_match(&fold_prefix(text, DEFINITION_SPAN))
}

const DEFINITION_SPAN: usize = 256;

/// Tick boxes as forms print them, unticked and ticked.
const UNTICKED_BOX: char = '\u{2610}';
const BOXES: [char; 3] = ['\u{2610}', '\u{2611}', '\u{2612}'];

/// `text` without the options left unticked: from an unticked box (☐) to the next box of
/// either kind, or the end. A "[ ]" counts as an unticked box only where it opens the block
/// (a Markdown task list, a plain-text form): elsewhere it is a template's blank ("dated [ ]").
/// Borrowed only when nothing was removed.
fn without_unticked(text: &str) -> Cow<'_, str> {
    let opening = text.trim_start();
    if opening.starts_with("[ ]") || opening.starts_with("[  ]") {
        let rest = &opening[opening.find(']').map_or(0, |i| i + 1)..];
        return match rest.find(BOXES) {
            Some(next) => Cow::Owned(format!(" {}", &rest[next..])),
            None => Cow::Owned(String::new()),
        };
    }
    let Some(first) = text.find(UNTICKED_BOX) else {
        return Cow::Borrowed(text);
    };
    let mut kept = String::with_capacity(text.len());
    kept.push_str(&text[..first]);
    let mut at = first;
    while let Some(offset) = text[at..].find(BOXES) {
        let start = at + offset;
        let mark = text[start..].chars().next().map_or(1, char::len_utf8);
        let end = text[start + mark..]
            .find(BOXES)
            .map_or(text.len(), |next| start + mark + next);
        if !text[start..].starts_with(UNTICKED_BOX) {
            kept.push_str(&text[start..end]);
        }
        kept.push(' ');
        at = end;
        if end == text.len() {
            break;
        }
    }
    Cow::Owned(kept)
}

/// Placeholders stay in the evidence as written but match as one marker.
fn mark_placeholders(text: &str) -> Cow<'_, str> {
    if !text.contains('[') {
        return Cow::Borrowed(text);
    }
    PLACEHOLDER.replace_all(text, " [placeholder] ")
}

/// Lower case, straight quotes, plain dashes, single spaces: the form every pattern sees.
pub fn fold(text: &str) -> String {
    fold_prefix(text, usize::MAX)
}

/// `fold`, stopping once `max` bytes are written: the result is then a prefix of `fold(text)`
/// (folding never looks ahead, except to drop one trailing space at the very end).
fn fold_prefix(text: &str, max: usize) -> String {
    // Most text is plain: printable ASCII words between single spaces, no space at the
    // start, nor at the end where the whole text is folded. Folding it only lowers its case.
    let n = text.len().min(max);
    let head = &text.as_bytes()[..n];
    if is_plain(head) && (n < text.len() || head.last() != Some(&b' ')) {
        return text[..n].to_ascii_lowercase();
    }
    let mut out: Vec<u8> = Vec::with_capacity(text.len().min(max.saturating_add(4)));
    let bytes = text.as_bytes();
    let mut space = false;
    let mut i = 0;
    while i < bytes.len() {
        if out.len() >= max {
            return String::from_utf8(out).expect("only whole characters are written");
        }
        // A run of plain ASCII (and single spaces after it), which is nearly all contract
        // text, is copied in lower case at once, up to `max`; a character is decoded only
        // where the byte is not plain ASCII.
        let b = bytes[i];
        if is_plain_byte(b) {
            let end = bytes.len().min(i.saturating_add(max - out.len()));
            let mut j = i + 1;
            while j < end && (is_plain_byte(bytes[j]) || bytes[j] == b' ' && bytes[j - 1] != b' ') {
                j += 1;
            }
            out.extend(bytes[i..j].iter().map(u8::to_ascii_lowercase));
            space = bytes[j - 1] == b' ';
            i = j;
            continue;
        }
        let c = if b == b' ' {
            i += 1;
            ' '
        } else {
            let c = text[i..]
                .chars()
                .next()
                .expect("i is at a character boundary");
            i += c.len_utf8();
            match c {
                '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' | '`' => '\'',
                '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '«' | '»' => '"',
                '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
                '\u{00AD}' | '\u{200B}' | '\u{FEFF}' => continue,
                c if c.is_whitespace() => ' ',
                c => c,
            }
        };
        if c == ' ' {
            if !space && !out.is_empty() {
                out.push(b' ');
            }
            space = true;
            continue;
        }
        space = false;
        let mut utf8 = [0; 4];
        for lower in c.to_lowercase() {
            out.extend_from_slice(lower.encode_utf8(&mut utf8).as_bytes());
        }
    }
    if out.last() == Some(&b' ') {
        out.pop();
    }
    String::from_utf8(out).expect("only whole characters are written")
}

/// Whether `text` may hold a digit as a Unicode-mode `\d` reads one: an ASCII digit, or any
/// character outside ASCII (other scripts have digits of their own). A pattern that needs a
/// digit (a clause number: `DISAPPLIES_CLAUSE`, `REFERENCE`) cannot match text without one,
/// which is most sentences, so they are not run on it.
fn may_have_digit(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit() || !b.is_ascii())
}

/// Two spaces, looked for with a searcher built once (building one for each text cost as
/// much as the search).
static DOUBLE_SPACE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b"  "));

/// A byte folding keeps but for its case: printable ASCII other than '`'.
fn is_plain_byte(b: u8) -> bool {
    b.is_ascii_graphic() && b != b'`'
}

/// Whether folding leaves these bytes as they are but for case: printable ASCII other than
/// '`' (which becomes '\''), and spaces only singly and not first.
fn is_plain(bytes: &[u8]) -> bool {
    // No early exit: the byte test vectorises.
    let printable = bytes.iter().fold(true, |ok, &b| {
        ok & ((b' '..=b'~').contains(&b) & (b != b'`'))
    });
    printable && bytes.first() != Some(&b' ') && DOUBLE_SPACE.find(bytes).is_none()
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "eg", "ie", "etc", "cl", "cll", "no", "nos", "ltd", "co", "inc", "plc", "para",
    "paras", "s", "ss", "art", "arts", "reg", "regs", "sch", "vol", "p", "pp", "mr", "mrs", "ms",
    "dr", "st", "v", "vs", "approx", "dept", "est", "fig", "op", "cit", "ibid", "al", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.k", "u.s", "a.m",
    "p.m", "llp", "corp", "cap", "ch", "chap", "sec", "secs", "pt", "cf", "ref",
];

/// Splits a block into sentences at `.`, `!` or `?` followed by space and a capital, quote,
/// bracket or digit, except after abbreviations, initials and clause numbers.
pub fn split_sentences(text: &str) -> Vec<&str> {
    let mut sentences = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    // Only the three stops can end a sentence: jump from one to the next.
    for i in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
        if ends_sentence(text, i) {
            let end = i + 1;
            let piece = text[start..end].trim();
            if !piece.is_empty() {
                sentences.push(piece);
            }
            start = end;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        sentences.push(rest);
    }
    sentences
}

fn ends_sentence(text: &str, i: usize) -> bool {
    let after = &text[i + 1..];
    let mut chars = after.chars();
    // Must be followed by white space, then a sentence start.
    match chars.next() {
        Some(c) if c.is_whitespace() => {}
        _ => return false,
    }
    let next = after.trim_start().chars().next();
    if !next.is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(c, '"' | '\u{201C}' | '(' | '[' | '\'' | '\u{2018}')
    }) {
        return false;
    }
    if text.as_bytes()[i] != b'.' {
        return true;
    }
    let before = &text[..i];
    // The word before the stop: the letters, digits and dots it ends with.
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
        .last()
        .map_or(before.len(), |(at, _)| at);
    let word = &before[start..];
    let abbreviation = if word.is_ascii() {
        ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
    } else {
        ABBREVIATIONS.contains(&word.to_lowercase().as_str())
    };
    if abbreviation {
        return false;
    }
    // Statute citations as Canada, the US and others write them: "R.S.O. 1990, c. M.56",
    // "42 U.S.C. 1983", "S.C. 2019, c. 29". Dotted capitals before a number, and the
    // chapter's lower-case "c." before its number, are abbreviations.
    let dotted_capitals = word.len() >= 3
        && word.split('.').all(|piece| {
            let mut chars = piece.chars();
            chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.next().is_none()
        });
    let before_number = next.is_some_and(|c| c.is_ascii_digit())
        || after.trim_start().as_bytes().get(1) == Some(&b'.');
    if (dotted_capitals && next.is_some_and(|c| c.is_ascii_digit()))
        || (word == "c" && before_number)
    {
        return false;
    }
    // Initials ("J. Smith") and numbers ("clause 27.", "1.") do not end sentences when the
    // next thing is a number or the word is one letter.
    let mut letters = word.chars();
    if letters.next().is_some_and(char::is_uppercase) && letters.next().is_none() {
        return false;
    }
    if word.bytes().all(|b| b.is_ascii_digit() || b == b'.') && !word.is_empty() {
        // "in clause 27. The Supplier" ends; "27. " at the very start is a number.
        return before.trim_end().len() > word.len();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        // The prefix fold that `is_definition` uses must agree with folding the whole text.
        #[test]
        fn prefix_fold_agrees_with_whole_fold(
            text in "[\"'\u{201C}\u{201D}\u{2018}\u{2019}\u{AB}\u{BB}\u{AD}\u{FEFF} \t\u{0B}\u{A0}a-zA-Z()\u{2013}`]{0,400}",
            max in 0usize..300,
        ) {
            let whole = fold(&text);
            let prefix = fold_prefix(&text, max);
            proptest::prop_assert!(whole.starts_with(prefix.trim_end()), "{whole:?} / {prefix:?}");
            proptest::prop_assert_eq!(is_definition(&text), DEFINITION.is_match(&whole));
        }

        // The byte-at-a-time fold is the plain definition: each character mapped, runs of
        // space made one, none at either end.
        #[test]
        fn fold_is_the_character_by_character_definition(
            text in "(?s)[\"'\u{201C}\u{201D}\u{2018}\u{2019}\u{2013}\u{2212}\u{AD}\u{FEFF} \t\n\u{A0}\u{3000}a-zA-Z0-9`.;()ÀÉİßΣЖ\u{1F600}-]{0,200}",
        ) {
            let mut plain = String::new();
            for c in text.chars() {
                let c = match c {
                    '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' | '`' => '\'',
                    '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '«' | '»' => '"',
                    '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
                    '\u{00AD}' | '\u{200B}' | '\u{FEFF}' => continue,
                    c if c.is_whitespace() => ' ',
                    c => c,
                };
                if c == ' ' && (plain.is_empty() || plain.ends_with(' ')) {
                    continue;
                }
                plain.extend(c.to_lowercase());
            }
            let plain = plain.trim_end();
            proptest::prop_assert_eq!(fold(&text), plain);
        }
    }

    /// The sentence splitter as it was before it jumped from stop to stop and read the word
    /// before a stop in place: the reference the faster one must agree with.
    #[test]
    fn a_part_styled_as_its_schedule_nests_under_it() {
        let schedule = vec![
            (1, "Terms".to_string()),
            (2, "Schedule 4: Ethics".to_string()),
        ];
        assert_eq!(part_level(2, "Part F: Certificate", None, &schedule), 3);
        // A later part, with the earlier one nested.
        let mut with_part = schedule.clone();
        with_part.push((3, "Part F: Certificate".to_string()));
        assert_eq!(part_level(2, "Part G", None, &with_part), 3);
        // A part that opens the document's own division, or follows a clause heading, or a
        // schedule heading that is not a part.
        assert_eq!(
            part_level(2, "Part 2", None, &[(2, "5. Payment".into())]),
            2
        );
        assert_eq!(part_level(1, "Part 2: Schedules", None, &schedule), 1);
        assert_eq!(part_level(2, "Annex A", None, &schedule), 2);
    }

    fn split_sentences_before(text: &str) -> Vec<&str> {
        fn ends(text: &str, i: usize) -> bool {
            let after = &text[i + 1..];
            let mut chars = after.chars();
            match chars.next() {
                Some(c) if c.is_whitespace() => {}
                _ => return false,
            }
            let next = after.trim_start().chars().next();
            if !next.is_some_and(|c| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(c, '"' | '\u{201C}' | '(' | '[' | '\'' | '\u{2018}')
            }) {
                return false;
            }
            if text.as_bytes()[i] != b'.' {
                return true;
            }
            let before = &text[..i];
            let word: String = before
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric() || *c == '.')
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let lower = word.to_lowercase();
            if ABBREVIATIONS.contains(&lower.as_str()) {
                return false;
            }
            if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
                return false;
            }
            if word.chars().all(|c| c.is_ascii_digit() || c == '.') && !word.is_empty() {
                return before.trim_end().len() > word.len();
            }
            true
        }
        let mut sentences = Vec::new();
        let bytes = text.as_bytes();
        let mut start = 0;
        for i in 0..bytes.len() {
            if matches!(bytes[i], b'.' | b'!' | b'?') && ends(text, i) {
                let piece = text[start..i + 1].trim();
                if !piece.is_empty() {
                    sentences.push(piece);
                }
                start = i + 1;
            }
        }
        let rest = text[start..].trim();
        if !rest.is_empty() {
            sentences.push(rest);
        }
        sentences
    }

    proptest::proptest! {
        #[test]
        fn sentences_split_as_before(
            words in proptest::collection::vec(
                "(?:[A-Za-z]{1,6}|E\\.g|[0-9]{1,3}(?:\\.[0-9]{1,2})?|Co|NO|Ltd|\u{212A}|\u{130}|Éx|ß|[ivx]{1,3}|\\(a\\)|\"|\u{201C}|\u{2018}|\\[|')",
                0..30,
            ),
            gaps in proptest::collection::vec("(?:[ .!?]|\\. |\\.  |! |\\? |\\.\u{A0}|\\.\n|, |\\.\\.)", 0..30),
        ) {
            let mut text = String::new();
            for (i, w) in words.iter().enumerate() {
                text.push_str(w);
                text.push_str(gaps.get(i).map_or(" ", String::as_str));
            }
            proptest::prop_assert_eq!(split_sentences(&text), split_sentences_before(&text));
        }
    }

    /// `fold_prefix` as it was before plain text took a short cut: the reference.
    fn fold_prefix_before(text: &str, max: usize) -> String {
        let mut out = String::new();
        let mut space = false;
        for c in text.chars() {
            if out.len() >= max {
                return out;
            }
            let c = match c {
                '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' | '`' => '\'',
                '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '«' | '»' => '"',
                '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
                '\u{00AD}' | '\u{200B}' | '\u{FEFF}' => continue,
                c if c.is_whitespace() => ' ',
                c => c,
            };
            if c == ' ' {
                if !space && !out.is_empty() {
                    out.push(' ');
                }
                space = true;
                continue;
            }
            space = false;
            out.extend(c.to_lowercase());
        }
        if out.ends_with(' ') {
            out.pop();
        }
        out
    }

    proptest::proptest! {
        // Plain ASCII (the short cut) and text just off it fold as before, whole or cut.
        #[test]
        fn plain_text_folds_as_before(
            text in "(?:[ -~]|  |\t|\u{A0}|\u{2019}){0,120}",
            max in 0usize..140,
        ) {
            proptest::prop_assert_eq!(fold(&text), fold_prefix_before(&text, usize::MAX));
            proptest::prop_assert_eq!(fold_prefix(&text, max), fold_prefix_before(&text, max));
        }
    }

    proptest::proptest! {
        // The patterns skipped on text without a digit cannot match it: a clause number in
        // any script is a digit `may_have_digit` sees.
        #[test]
        fn patterns_needing_a_digit_are_skipped_only_without_one(
            text in "(?:[Cc]lause|section|[Pp]aragraph|sc|gc|cl\\. |[0-9]|\u{663}|\u{FF13}|\u{2163}| |s|\\(x\\)|shall not apply|is deleted|and|to|\\.|[a-z]){0,24}",
        ) {
            if DISAPPLIES_CLAUSE.is_match(&text) || REFERENCE.is_match(&text) {
                proptest::prop_assert!(may_have_digit(&text), "{}", text);
            }
        }
    }

    #[test]
    fn references_in_other_scripts_digits_are_still_looked_for() {
        // U+0663 is an Arabic-Indic three: `\d` reads it, so the text must not be skipped.
        let text = "clause \u{663} shall not apply";
        assert!(DISAPPLIES_CLAUSE.is_match(text) && may_have_digit(text));
        assert!(!may_have_digit("clause three shall not apply"));
    }

    #[test]
    fn long_definitions_are_found_by_the_prefix_fold() {
        let padded = format!(
            "\u{201C}Charges\u{201D}{}means the sums payable",
            " ".repeat(500)
        );
        assert!(is_definition(&padded));
        let long_term = format!("\"{}\" means x", "a".repeat(81));
        assert!(!is_definition(&long_term));
        assert!(is_definition(&format!(
            "\"{}\" (the \"x\") means y",
            "a".repeat(80)
        )));
        assert_eq!(fold("a\u{0B}b"), "a b");
    }

    fn doc(blocks: Vec<Block>) -> Document {
        Document {
            blocks,
            ..Document::default()
        }
    }

    #[test]
    fn splits_sentences_but_not_abbreviations_or_numbers() {
        let s = split_sentences("The Supplier shall comply with cl. 27.2, e.g. the Code. It must notify the Buyer. See J. Smith.");
        assert_eq!(
            s,
            vec![
                "The Supplier shall comply with cl. 27.2, e.g. the Code.",
                "It must notify the Buyer.",
                "See J. Smith."
            ]
        );
    }

    #[test]
    fn legal_abbreviations_numbers_and_initials_do_not_end_sentences() {
        let text = "Acme Ltd. shall comply with s. 7 of the Act, Schedule No. 5 and cl. 27.2(a), i.e. the Code, as J. R. Smith (Dr.) agreed on 1.5 days' notice. See clause 27. The Supplier shall report etc. to the U.K. Buyer! Will it? Yes.";
        assert_eq!(
            split_sentences(text),
            vec![
                "Acme Ltd. shall comply with s. 7 of the Act, Schedule No. 5 and cl. 27.2(a), i.e. the Code, as J. R. Smith (Dr.) agreed on 1.5 days' notice.",
                "See clause 27.",
                "The Supplier shall report etc. to the U.K. Buyer!",
                "Will it?",
                "Yes.",
            ]
        );
        // Statute chapters and sections as other jurisdictions cite them.
        let text = "It is investigated under the Ombudsman Ordinance (Cap. 397), and the \
                    Contractor shall co-operate under sec. 5 and Ch. 9. It shall report.";
        assert_eq!(
            split_sentences(text).len(),
            2,
            "{:?}",
            split_sentences(text)
        );
        let text = "The Provider acknowledges the Municipal Freedom of Information and \
                    Protection of Privacy Act, R.S.O. 1990, c. M.56, and shall provide records \
                    under 42 U.S.C. 1983 and S.C. 2019, c. 29. It shall report. Send it to the \
                    U.K. It ends in the U.S.A. The next one.";
        assert_eq!(
            split_sentences(text).len(),
            4,
            "{:?}",
            split_sentences(text)
        );
    }

    #[test]
    fn a_numbered_title_followed_by_its_first_clause_is_a_heading_whatever_its_case() {
        let d = doc(vec![
            Block::new(BlockKind::Heading(1), "11. Annual Ethics Statement"),
            Block::new(
                BlockKind::Paragraph,
                "11.1 The Provider shall send a yearly statement.",
            ),
            Block::new(BlockKind::Paragraph, "12. Records, audit and information"),
            Block::new(
                BlockKind::Paragraph,
                "12.1 The Council may inspect the records.",
            ),
            // A short numbered item with no clause of its own under it stays an item.
            Block::new(BlockKind::Paragraph, "13. Quarterly returns"),
            Block::new(BlockKind::Paragraph, "14. Annual report"),
        ]);
        let p = prepare(&d);
        let inspect = p
            .sentences
            .iter()
            .find(|s| s.text.contains("inspect"))
            .unwrap();
        assert_eq!(
            inspect.location.section.as_deref(),
            Some("12. Records, audit and information")
        );
        let numbered: Vec<_> = d.blocks.iter().map(split_number).collect();
        assert_eq!(
            unstyled_headings(&d, &numbered),
            vec![None, None, Some(1), None, None, None]
        );
    }

    #[test]
    fn headings_give_the_section_path_and_numbers_the_clause() {
        let d = doc(vec![
            Block::new(BlockKind::Heading(1), "Schedule 3"),
            Block::new(BlockKind::Heading(2), "12. Complaints"),
            Block::new(
                BlockKind::Paragraph,
                "12.1 The Provider shall operate a complaints procedure:",
            ),
            Block::new(BlockKind::ListItem(0), "(a) publicised to Service Users;"),
        ]);
        let p = prepare(&d);
        let first = p
            .sentences
            .iter()
            .find(|s| s.text.starts_with("The Provider"))
            .unwrap();
        assert_eq!(
            first.location.section.as_deref(),
            Some("Schedule 3 > 12. Complaints")
        );
        assert_eq!(first.location.clause.as_deref(), Some("12.1"));
        let item = p.sentences.last().unwrap();
        assert_eq!(item.location.clause.as_deref(), Some("12.1(a)"));
        assert!(
            item.text
                .starts_with("The Provider shall operate a complaints procedure:"),
            "{}",
            item.text
        );
        assert_eq!(item.location.paragraph, Some(4));
    }

    #[test]
    fn unmarked_list_paragraphs_after_a_lead_in_carry_it() {
        let d = doc(vec![
            Block::new(
                BlockKind::Paragraph,
                "7.1 The Supplier Staff involved in the performance of each Contract must:",
            ),
            Block::new(
                BlockKind::Paragraph,
                "be appropriately trained and qualified",
            ),
            Block::new(
                BlockKind::Paragraph,
                "Comply with all conduct requirements; and",
            ),
            Block::new(
                BlockKind::Paragraph,
                "7.2 The Buyer may object to any person.",
            ),
            Block::new(BlockKind::Paragraph, "\"Cause\" shall mean where you:"),
            Block::new(BlockKind::Paragraph, "commit fraud or bribery."),
        ]);
        let p = prepare(&d);
        assert!(
            p.sentences[1].text.starts_with("7.1 The Supplier Staff")
                || p.sentences[1].text.starts_with("The Supplier Staff"),
            "{}",
            p.sentences[1].text
        );
        assert!(
            p.sentences[2].text.contains("must: … Comply"),
            "{}",
            p.sentences[2].text
        );
        assert_eq!(p.sentences[3].text, "The Buyer may object to any person.");
        assert!(
            p.sentences[5].context.definition,
            "items of a definition are definitions"
        );
    }

    #[test]
    fn definitions_toc_and_switched_off_text_are_marked() {
        let d = doc(vec![
            Block::new(
                BlockKind::Paragraph,
                "\u{201C}Conflict of Interest\u{201D} means a conflict of financial interests;",
            ),
            Block::new(BlockKind::TocEntry, "32 Conflicts of interest"),
            Block::new(BlockKind::Paragraph, "Conflicts of interest ........ 14"),
            Block::new(BlockKind::Heading(1), "14. Nolan Principles"),
            Block::new(BlockKind::Paragraph, "[Not used]"),
            Block::new(
                BlockKind::Paragraph,
                "The Supplier shall comply with the Nolan Principles.",
            ),
        ]);
        let p = prepare(&d);
        assert!(p.sentences[0].context.definition);
        assert!(p.sentences[1].context.toc && p.sentences[2].context.toc);
        assert!(p.sentences[5].context.disabled);
    }

    #[test]
    fn a_clause_disapplied_elsewhere_is_switched_off() {
        let d = doc(vec![
            Block::new(
                BlockKind::Paragraph,
                "14.1 The Supplier shall comply with the Nolan Principles.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "20.1 Clause 14 (Nolan Principles) shall not apply to this Call-Off Contract.",
            ),
        ]);
        let p = prepare(&d);
        assert!(p.sentences[0].context.disabled);
    }

    #[test]
    fn a_clause_disapplied_only_for_some_people_still_binds_the_rest() {
        let d = doc(vec![
            Block::new(
                BlockKind::Paragraph,
                "7.2 The Nolan Principles shall be observed by the Supplier.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "7.4 The ethical obligations in clause 7 (Integrity) do not apply to Sub-contractors.",
            ),
        ]);
        let p = prepare(&d);
        assert!(!p.sentences[0].context.disabled);
    }

    #[test]
    fn not_used_under_a_numbered_title_paragraph_switches_off_that_clause_only() {
        let d = doc(vec![
            Block::new(BlockKind::Heading(1), "Terms and Conditions"),
            Block::new(BlockKind::Paragraph, "7. Integrity and Conduct"),
            Block::new(
                BlockKind::Paragraph,
                "7.1 The Provider shall comply with the Supplier Code of Conduct.",
            ),
            Block::new(BlockKind::Paragraph, "9. Former Officers and Members"),
            Block::new(BlockKind::Paragraph, "[Not used]"),
            Block::new(BlockKind::ListItem(0), "10. Data Protection"),
            Block::new(
                BlockKind::Paragraph,
                "10.1 The Provider shall keep personal data secure.",
            ),
            Block::new(BlockKind::Paragraph, "11. Code of conduct. [Not used]"),
            Block::new(BlockKind::Paragraph, "12. The Provider shall keep records."),
        ]);
        let p = prepare(&d);
        let disabled = |needle: &str| {
            p.sentences
                .iter()
                .find(|s| s.text.contains(needle))
                .unwrap_or_else(|| panic!("{needle}"))
                .context
                .disabled
        };
        assert!(!disabled("Supplier Code of Conduct"), "before the title");
        assert!(disabled("Former Officers"));
        assert!(!disabled("personal data"), "after the next title");
        assert!(
            !disabled("keep records"),
            "a clause switched off is no title"
        );
    }

    #[test]
    fn a_numbered_not_used_switches_off_its_clause_only() {
        let d = doc(vec![
            Block::new(BlockKind::Heading(1), "7. Conduct"),
            Block::new(BlockKind::Paragraph, "7.1 [Not used]"),
            Block::new(
                BlockKind::Paragraph,
                "7.2 The Provider shall adopt and enforce a written code of conduct.",
            ),
            Block::new(BlockKind::Heading(1), "8. Gifts"),
            Block::new(BlockKind::Paragraph, "[Not used]"),
        ]);
        let p = prepare(&d);
        let code = p
            .sentences
            .iter()
            .find(|s| s.text.contains("code of conduct"))
            .unwrap();
        assert!(
            !code.context.disabled,
            "7.2 still stands after 7.1 [Not used]"
        );
        let gifts = p
            .sentences
            .iter()
            .find(|s| s.text.contains("Gifts"))
            .unwrap();
        assert!(
            gifts.context.disabled,
            "an unnumbered [Not used] switches off its section"
        );
    }

    #[test]
    fn a_table_cell_reads_its_neighbours_as_context() {
        let d = doc(vec![
            Block::new(BlockKind::Heading(1), "Schedule 2 Reporting"),
            Block::new(
                BlockKind::TableCell,
                "The Supplier shall provide a signed statement.",
            ),
            Block::new(BlockKind::TableCell, "Then annually"),
            Block::new(BlockKind::Paragraph, "The Supplier shall attend meetings."),
        ]);
        let p = prepare(&d);
        let cell = &p.sentences[1];
        assert_eq!(
            cell.location.section.as_deref(),
            Some("Schedule 2 Reporting")
        );
        assert!(cell.folded_section.contains("then annually"), "{cell:?}");
        assert!(!p.sentences[3].folded_section.contains("annually"));
    }

    #[test]
    fn a_cell_reads_its_whole_row_and_no_other() {
        let cell = |text: &str, row: u32| Block::new(BlockKind::TableCell, text).in_row(Some(row));
        let d = doc(vec![
            cell("KPI 4", 1),
            cell("Complaints received and upheld", 1),
            cell("95% answered on time", 1),
            cell("Monthly report", 1),
            cell("KPI 5", 2),
            cell("Calls answered", 2),
        ]);
        let p = prepare(&d);
        let measure = &p.sentences[1];
        assert!(
            measure.folded_section.contains("kpi 4")
                && measure.folded_section.contains("monthly report"),
            "{measure:?}"
        );
        assert!(!p.sentences[5].folded_section.contains("monthly"));
        assert!(!measure.folded_section.contains("kpi 5"));
    }

    #[test]
    fn rows_of_a_table_carry_the_sentence_that_leads_into_it() {
        let cell = |text: &str, row: u32| Block::new(BlockKind::TableCell, text).in_row(Some(row));
        let d = doc(vec![
            Block::new(
                BlockKind::Paragraph,
                "10.1 The Operator shall meet the service levels. It shall report monthly \
                 against the indicators in the table below.",
            ),
            cell("Complaints received, upheld and not upheld", 1),
            cell("Monthly", 1),
            Block::new(BlockKind::Paragraph, "10.2 Charges are fixed."),
            cell("Complaints received", 2),
            Block::new(BlockKind::Heading(1), "Reporting arrangements:"),
            cell("Complaints received", 3),
        ]);
        let p = prepare(&d);
        let row = p
            .sentences
            .iter()
            .find(|s| s.text.ends_with("upheld and not upheld"))
            .expect("the row");
        assert_eq!(
            row.text,
            "It shall report monthly against the indicators in the table below … \
             Complaints received, upheld and not upheld"
        );
        // A table after a paragraph that does not introduce it, or after a heading, stands
        // alone.
        let alone: Vec<&Sentence> = p
            .sentences
            .iter()
            .filter(|s| s.text == "Complaints received")
            .collect();
        assert_eq!(alone.len(), 2, "{:?}", p.sentences);
    }

    #[test]
    fn paragraphs_numbered_in_a_lettered_part_are_references() {
        let d = doc(vec![
            Block::new(
                BlockKind::Paragraph,
                "A4. Code of conduct. The Provider shall adopt a code of conduct.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "A13. The Provider shall impose on sub-contractors obligations equivalent to \
                 paragraphs A4 and A10.",
            ),
        ]);
        let p = prepare(&d);
        let flow_down = p
            .sentences
            .iter()
            .find(|s| s.text.contains("impose"))
            .expect("the flow-down");
        let refs = flow_down
            .folded_refs
            .as_deref()
            .expect("a resolved reference");
        assert!(
            refs.contains("paragraphs a4 (code of conduct, the provider shall adopt"),
            "{refs}"
        );
    }

    #[test]
    fn this_schedule_is_read_with_its_heading() {
        let d = doc(vec![
            Block::new(
                BlockKind::Heading(1),
                "Schedule 4 - Probity and conduct requirements",
            ),
            Block::new(BlockKind::Heading(2), "Assurance"),
            Block::new(
                BlockKind::Paragraph,
                "The Supplier shall certify each year that it has complied with this Schedule.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "Clause 3 and this Schedule (Charges) stay as written.",
            ),
        ]);
        let p = prepare(&d);
        let at = |word: &str| p.sentences.iter().find(|s| s.text.contains(word)).unwrap();
        let s = at("certify");
        let refs = s.folded_refs.as_deref().expect("read in");
        assert!(
            refs.ends_with(
                "complied with this schedule (schedule 4 probity and conduct requirements)."
            ),
            "{refs}"
        );
        // What was read in is marked, so who is bound comes from the sentence as written.
        let (start, end) = s.read_in[0];
        assert_eq!(
            &refs[start..end],
            " (schedule 4 probity and conduct requirements)"
        );
        assert!(at("stay as written").folded_refs.is_none());
    }

    #[test]
    fn a_schedules_title_is_found_when_its_clause_headings_stand_at_its_level() {
        // Word and LibreOffice schedules published alone title themselves with the same
        // heading style as their clause headings, so the title is off the heading path.
        let d = doc(vec![
            Block::new(
                BlockKind::Heading(1),
                "Schedule 3 to Contract 4471-HS: Conduct and Conflicts",
            ),
            Block::new(BlockKind::Heading(1), "2. Supply chain"),
            Block::new(
                BlockKind::Paragraph,
                "2.1 The Provider shall procure that each Sub-contractor complies with \
                 obligations equivalent to those in this Schedule 3.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "2.2 The Provider shall comply with this Schedule.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "2.3 The Provider shall comply with this Schedule 4.",
            ),
        ]);
        let p = prepare(&d);
        let refs = |word: &str| {
            p.sentences
                .iter()
                .find(|s| s.text.contains(word))
                .unwrap()
                .folded_refs
                .clone()
        };
        let title = "(schedule 3 to contract 4471-hs: conduct and conflicts)";
        for clause in ["Sub-contractor", "this Schedule."] {
            let read = refs(clause).expect("read in");
            assert!(read.contains(title), "{read}");
        }
        // Another schedule by number is not this one.
        assert!(refs("Schedule 4").is_none_or(|r| !r.contains("conduct")));
    }

    #[test]
    fn special_terms_are_references_and_their_titles_drop_the_number() {
        let d = doc(vec![
            Block::new(
                BlockKind::TableCell,
                "ST1 The Supplier shall observe the Seven Principles of Public Life.",
            ),
            Block::new(
                BlockKind::TableCell,
                "ST2 The Supplier shall keep a gifts register.",
            ),
            Block::new(
                BlockKind::TableCell,
                "ST3 The Supplier shall certify annually that it has complied with Special \
                 Terms ST1 to ST2.",
            ),
        ]);
        let p = prepare(&d);
        let refs = p.sentences[2].folded_refs.as_deref().expect("resolved");
        assert!(
            refs.contains(
                "special terms st1 (the supplier shall observe the seven principles of public \
                 life,) to st2 (the supplier shall keep a gifts register,)"
            ),
            "{refs}"
        );
    }

    #[test]
    fn a_sentence_pointing_back_reads_the_one_before() {
        let d = doc(vec![
            Block::new(BlockKind::Heading(1), "3. Standards"),
            Block::new(
                BlockKind::Paragraph,
                "3.1 The Nolan Principles apply. The Provider shall observe them.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "3.2 The Provider shall comply with these standards.",
            ),
            Block::new(BlockKind::Heading(1), "4. Charges"),
            Block::new(
                BlockKind::Paragraph,
                "4.1 The Provider shall comply with them.",
            ),
        ]);
        let p = prepare(&d);
        let read = |i: usize| p.sentences[i].antecedent.as_ref().map(|a| a.folded.clone());
        assert_eq!(
            read(2).as_deref(),
            Some("the provider shall observe them (the nolan principles apply)."),
        );
        let a = p.sentences[2].antecedent.as_ref().unwrap();
        assert_eq!(a.said(), " (the nolan principles apply)");
        assert_eq!(a.as_written().len(), a.folded.len());
        assert!(!a.as_written().contains("nolan"));
        // The next clause under the same heading points back too; across a heading, and
        // without words that point back, nothing is read in.
        let next = read(3).unwrap();
        assert!(
            next.contains("these standards (the provider shall observe them)"),
            "{next}"
        );
        assert_eq!(read(1), None);
        assert_eq!(read(5), None, "{:?}", p.sentences[5]);
    }

    #[test]
    fn a_duty_taken_from_a_schedule_that_is_not_used_is_switched_off() {
        let d = doc(vec![
            Block::new(BlockKind::Heading(1), "5. Conduct"),
            Block::new(
                BlockKind::Paragraph,
                "5.1 The Operator shall comply with the code set out in Schedule D.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "5.2 The Operator shall comply with the code set out in Schedule E.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "5.3 The Operator shall comply with the code set out in Annex 2.",
            ),
            Block::new(BlockKind::Heading(1), "Schedule D - Code of Conduct"),
            Block::new(BlockKind::Paragraph, "1. [Not used]"),
            Block::new(BlockKind::Heading(1), "Schedule E - Code of Conduct"),
            Block::new(BlockKind::Paragraph, "1. [Not used]"),
            Block::new(BlockKind::Paragraph, "2. Staff shall act with integrity."),
            Block::new(BlockKind::Heading(1), "Annex 2 [Not used]"),
        ]);
        let p = prepare(&d);
        let off = |i: usize| p.sentences[i].context.disabled;
        assert!(off(1), "{:?}", p.sentences[1]);
        assert!(!off(2), "a schedule that says something stands");
        assert!(off(3), "a heading can switch its part off");
    }

    #[test]
    fn a_clause_numbered_only_by_its_sub_clauses_is_read_from_the_first() {
        let d = doc(vec![
            Block::new(BlockKind::Heading(1), "Part B: Integrity"),
            Block::new(
                BlockKind::Paragraph,
                "12.1 The Organisation shall uphold the standards of conduct of public office.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "12.2 The Organisation shall keep records.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "14.3 The Department may terminate if the Organisation breaches clause 12.",
            ),
        ]);
        let p = prepare(&d);
        let refs = p.sentences.last().unwrap().folded_refs.as_deref().unwrap();
        assert!(
            refs.contains("clause 12 (the organisation shall uphold the standards of conduct"),
            "{refs}"
        );
    }

    #[test]
    fn condition_numbers_fall_back_to_plain_numbers_only_where_none_are_prefixed() {
        let blocks = |first: &str| {
            vec![
                Block::new(BlockKind::Paragraph, "GENERAL CONDITIONS"),
                Block::new(BlockKind::Heading(1), first),
                Block::new(BlockKind::Heading(1), "13. Ethical standards"),
                Block::new(
                    BlockKind::Paragraph,
                    "13.1 The Provider must act with integrity.",
                ),
                Block::new(BlockKind::Heading(1), "18. Audit"),
                Block::new(
                    BlockKind::Paragraph,
                    "18.1 The Commissioner may audit compliance with GC13.",
                ),
            ]
        };
        let p = prepare(&doc(blocks("12. Term")));
        let refs = p.sentences.last().unwrap().folded_refs.as_deref().unwrap();
        assert!(refs.ends_with("gc13 (ethical standards)."), "{refs}");
        // A document that numbers some conditions "GC..." means its own GC13, which it lacks.
        let p = prepare(&doc(blocks("GC12 Term")));
        assert!(p.sentences.last().unwrap().folded_refs.is_none());
    }

    #[test]
    fn references_are_read_with_what_they_point_at() {
        let d = doc(vec![
            Block::new(BlockKind::Heading(1), "3. Conduct and Ethics"),
            Block::new(
                BlockKind::Paragraph,
                "3.2 The Provider shall comply with its Code of Ethics.",
            ),
            Block::new(BlockKind::Heading(1), "9. Termination"),
            Block::new(
                BlockKind::Paragraph,
                "9.1 The Council may terminate if the Provider breaches clause 3.2 or clause 11 (Fees).",
            ),
        ]);
        let p = prepare(&d);
        let refs = p.sentences.last().unwrap().folded_refs.as_deref().unwrap();
        assert!(
            refs.contains("clause 3-2 (the provider shall comply with its code of ethics,: conduct and ethics)"),
            "{refs}"
        );
        // A title already given, and a number the document does not have, stay as written.
        assert!(refs.ends_with("clause 11 (fees)."), "{refs}");
        assert!(p.sentences[0].folded_refs.is_none());
    }

    #[test]
    fn a_clause_quoted_with_its_own_number_is_found_by_it() {
        // A deed of variation's paragraph 1.4 inserts clause 23.1: "clause 23" names it.
        let numbered = |n: &str, text: &str| {
            let mut b = Block::new(BlockKind::ListItem(1), text);
            b.number = Some(n.to_string());
            b
        };
        let d = doc(vec![
            numbered("1.4", "23.1 The Provider shall comply with the Seven Principles of Public Life."),
            numbered(
                "1.5",
                "23.2 The Provider shall procure that each Sub-contractor complies with obligations equivalent to those in this clause 23.",
            ),
            numbered("1.6", "The Council may terminate for a breach of clause 1.4."),
        ]);
        let p = prepare(&d);
        let flow_down = p.sentences[1].folded_refs.as_deref().unwrap();
        assert!(
            flow_down.contains("clause 23 (the provider shall comply with the seven principles"),
            "{flow_down}"
        );
        // The paragraph's own number still names it first.
        let own = p.sentences[2].folded_refs.as_deref().unwrap();
        assert!(own.contains("clause 1-4 (23,1 the provider"), "{own}");
    }

    #[test]
    fn a_range_of_references_names_every_clause_in_it() {
        let d = doc(vec![
            Block::new(BlockKind::Heading(1), "8. Standards of Conduct"),
            Block::new(BlockKind::Heading(1), "9. Conflicts of Interest"),
            Block::new(BlockKind::Heading(1), "10. Anti-Bribery"),
            Block::new(BlockKind::Heading(1), "11. Sub-contracting"),
            Block::new(
                BlockKind::Paragraph,
                "11.1 Each Sub-contractor shall be bound by obligations no less onerous than cl. 8-10.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "11.2 The Authority may audit compliance with Articles 8 to 9 and clauses 2021 to 2025.",
            ),
        ]);
        let p = prepare(&d);
        let flow = p.sentences[4].folded_refs.as_deref().unwrap();
        assert!(
            flow.contains(
                "than cl 8 (standards of conduct)-10 (conflicts of interest: anti-bribery)"
            ),
            "{flow}"
        );
        let audit = p.sentences[5].folded_refs.as_deref().unwrap();
        assert!(
            audit.contains("articles 8 (standards of conduct) to 9 (conflicts of interest)"),
            "{audit}"
        );
        // Numbers the document has no clause for stay as written.
        assert!(audit.ends_with("clauses 2021 to 2025."), "{audit}");
    }

    #[test]
    fn a_reference_that_qualifies_the_sentence_is_not_read_in() {
        let d = doc(vec![
            Block::new(BlockKind::Heading(1), "7. Anti-Bribery"),
            Block::new(
                BlockKind::Paragraph,
                "8.1 The Council may verify the Charges, subject to clause 7.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "8.2 The Council may audit compliance with clause 7.",
            ),
        ]);
        let p = prepare(&d);
        assert!(p.sentences[1].folded_refs.is_none(), "{:?}", p.sentences[1]);
        assert!(p.sentences[2].folded_refs.is_some());
    }

    #[test]
    fn references_to_another_document_are_not_read_as_this_ones() {
        let d = doc(vec![
            Block::new(BlockKind::Heading(1), "7. Anti-Bribery"),
            Block::new(
                BlockKind::Paragraph,
                "8.1 The Provider shall comply with clause 7 of the Master Agreement and section 7 of the Bribery Act 2010.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "8.2 The Provider shall comply with clause 7 of this Contract.",
            ),
        ]);
        let p = prepare(&d);
        assert!(p.sentences[1].folded_refs.is_none(), "{:?}", p.sentences[1]);
        let own = p.sentences[2].folded_refs.as_deref().unwrap();
        assert!(
            own.contains("clause 7 (anti-bribery) of this contract"),
            "{own}"
        );
    }

    #[test]
    fn part_numbered_articles_are_clauses_and_references() {
        let d = doc(vec![
            Block::new(BlockKind::Heading(1), "II.4 Ethics"),
            Block::new(
                BlockKind::Paragraph,
                "II.4.1 The contractor must comply with the code of conduct.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "II.9.1 The contracting authority may audit compliance with Article II.4.",
            ),
        ]);
        let p = prepare(&d);
        assert_eq!(p.sentences[1].location.clause.as_deref(), Some("II.4.1"));
        let refs = p.sentences[2].folded_refs.as_deref().unwrap();
        assert!(refs.contains("article ii-4 (ethics)"), "{refs}");
    }

    #[test]
    fn articles_numbered_in_roman_or_headed_with_a_colon_are_references() {
        assert_eq!(roman_value("iv"), Some(4));
        assert_eq!(roman_value("xix"), Some(19));
        assert_eq!(roman_value("viii"), Some(8));
        assert_eq!(roman_value("of"), None);
        assert_eq!(roman_value(""), None);
        let d = doc(vec![
            Block::new(BlockKind::Heading(1), "ARTICLE IV - ETHICAL CONDUCT"),
            Block::new(
                BlockKind::Paragraph,
                "The Vendor shall act with honesty and integrity.",
            ),
            Block::new(BlockKind::Heading(1), "ARTICLE V: CONFLICTS OF INTEREST"),
            Block::new(BlockKind::Paragraph, "The Vendor shall disclose conflicts."),
            Block::new(BlockKind::Heading(1), "Article 6: Records"),
            Block::new(
                BlockKind::Paragraph,
                "The County may audit compliance with Articles IV and V, and with Article 6.",
            ),
        ]);
        let p = prepare(&d);
        let refs = p.sentences.last().unwrap().folded_refs.as_deref().unwrap();
        assert!(refs.contains("articles iv (ethical conduct)"), "{refs}");
        assert!(refs.contains("v (conflicts of interest)"), "{refs}");
        assert!(refs.contains("article 6 (records)"), "{refs}");
    }

    #[test]
    fn only_sibling_numbers_close_together_make_a_range() {
        assert_eq!(range_after("3", "6").unwrap(), ["4", "5", "6"]);
        assert_eq!(range_after("3.1", "3.3").unwrap(), ["3.2", "3.3"]);
        assert_eq!(range_after("sc2", "sc4").unwrap(), ["sc3", "sc4"]);
        assert!(range_after("3.1", "4").is_none());
        assert!(range_after("6", "3").is_none());
        assert!(range_after("1", "90").is_none());
    }

    #[test]
    fn folding_makes_quotes_dashes_and_case_uniform() {
        assert_eq!(
            fold("The  \u{201C}Supplier\u{201D} \u{2013} SHALL\u{00A0}act"),
            "the \"supplier\" - shall act"
        );
    }

    #[test]
    fn options_left_unticked_are_not_contract_text() {
        assert_eq!(
            without_unticked("\u{2610} The Provider must notify conflicts."),
            " "
        );
        assert_eq!(
            without_unticked(
                "Sub-contracting: \u{2610} The Provider must flow down. \u{2612} Not applicable."
            ),
            "Sub-contracting:  \u{2612} Not applicable. "
        );
        // A task list's open box, and a template's blank that is no box.
        assert!(matches!(
            without_unticked("[ ] Keep a register of interests."),
            Cow::Owned(t) if t.is_empty()
        ));
        assert_eq!(
            without_unticked("[ ] Keep a register. \u{2612} Train staff."),
            " \u{2612} Train staff."
        );
        let blank = "The Provider shall pay [ ] per hour and comply with the Nolan Principles.";
        assert!(matches!(without_unticked(blank), Cow::Borrowed(t) if t == blank));
        let ticked = "\u{2612} The Provider must comply with the Nolan Principles.";
        assert!(matches!(without_unticked(ticked), Cow::Borrowed(t) if t == ticked));
    }

    #[test]
    fn drafting_notes_are_removed_before_matching() {
        let d = doc(vec![Block::new(
            BlockKind::Paragraph,
            "[Guidance: the Supplier shall comply with the Nolan Principles] The Buyer will pay. [Note: Buyers should keep this. The Supplier shall observe the Nolan Principles.] The Supplier shall deliver.",
        )]);
        let p = prepare(&d);
        assert!(
            p.sentences.iter().all(|s| !s.folded.contains("nolan")),
            "{:?}",
            p.sentences
        );
        assert_eq!(p.sentences.len(), 2, "{:?}", p.sentences);
    }

    #[test]
    fn recitals_and_definition_tables_are_marked() {
        let d = doc(vec![
            Block::new(BlockKind::Heading(1), "Background"),
            Block::new(
                BlockKind::Paragraph,
                "(A) The Council is committed to the Nolan Principles.",
            ),
            Block::new(BlockKind::Heading(1), "1. Services"),
            Block::new(
                BlockKind::Paragraph,
                "1.1 The Supplier shall provide the Services.",
            ),
            Block::new(BlockKind::TableCell, "Prohibited Act"),
            Block::new(BlockKind::TableCell, "means to offer a bribe"),
            Block::new(BlockKind::TableCell, "Transparency Reports"),
            Block::new(
                BlockKind::TableCell,
                "the information the Supplier is required to provide",
            ),
            Block::new(BlockKind::TableCell, "Conduct"),
            Block::new(
                BlockKind::TableCell,
                "the Supplier shall comply with the Code",
            ),
        ]);
        let p = prepare(&d);
        let find = |t: &str| p.sentences.iter().find(|s| s.text.contains(t)).unwrap();
        assert!(find("committed").context.recital);
        assert!(!find("provide the Services").context.recital);
        assert!(find("Prohibited Act").context.definition);
        assert!(find("means to offer").context.definition);
        assert!(find("required to provide").context.definition);
        assert!(!find("comply with the Code").context.definition);

        let d = doc(vec![
            Block::new(
                BlockKind::Paragraph,
                "BACKGROUND (A) The Council is committed to the Nolan Principles.",
            ),
            Block::new(BlockKind::Paragraph, "(B) The Contractor tendered."),
            Block::new(BlockKind::Paragraph, "NOW IT IS AGREED as follows:"),
            Block::new(BlockKind::Paragraph, "The Contractor shall observe them."),
            Block::new(BlockKind::Paragraph, "WHEREAS the Buyer wishes to buy."),
            Block::new(BlockKind::Paragraph, "1.1 The Supplier shall deliver."),
            Block::new(
                BlockKind::Paragraph,
                "Whereas: the Provider is able to help.",
            ),
            Block::new(
                BlockKind::Paragraph,
                "The Provider shall provide the Services.",
            ),
        ]);
        let p = prepare(&d);
        let recital: Vec<bool> = p.sentences.iter().map(|s| s.context.recital).collect();
        assert_eq!(
            recital,
            vec![true, true, false, false, true, false, true, false]
        );
    }
}
