//! Who a contract is between: the provider and the authority named in the parties clause
//! (or a cover table), the defined terms each is called by, and the contract reference.
//! The authority is never returned as the provider; placeholders such as "[Provider name]"
//! are not names.

use super::names;
use crate::model::{BlockKind, Document, Provider};
use regex::Regex;
use std::sync::LazyLock;

/// What the parties clause and the cover of a contract say about who it binds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parties {
    /// The provider, when one could be found; never the authority.
    pub provider: Option<Provider>,
    /// The authority's name, when found.
    pub authority: Option<String>,
    /// Defined terms this contract uses for the provider (e.g. "Seller", "you") beyond the
    /// pack's vocabulary.
    pub provider_terms: Vec<String>,
    /// Defined terms this contract uses for the authority (e.g. "Buyer", "we").
    pub authority_terms: Vec<String>,
    /// The contract reference stated in the document (e.g. "C-114", "RM6089").
    pub contract_ref: Option<String>,
}

/// How far into a document the parties clause and reference are looked for.
const HEAD_BLOCKS: usize = 80;

const PROVIDER_TERMS: &[&str] = &[
    "supplier",
    "provider",
    "service provider",
    "contractor",
    "consultant",
    "vendor",
    "grantee",
    "operator",
    "seller",
    "licensor",
    "recipient",
    "grant recipient",
    "you",
    "organisation",
    "organization",
    "partner",
    "delivery partner",
    "sub-contractor",
    "subcontractor",
    "developer",
    "distributor",
    "reseller",
];
const AUTHORITY_TERMS: &[&str] = &[
    "authority",
    "contracting authority",
    "council",
    "buyer",
    "customer",
    "commissioner",
    "co-ordinating commissioner",
    "coordinating commissioner",
    "department",
    "trust",
    "purchaser",
    "client",
    "ccs",
    "the crown",
    "crown",
    "we",
    "us",
    "board",
    "icb",
    "ccg",
    "funder",
    "grantor",
    "principal",
    "employer",
    "minister",
    "secretary of state",
];
/// Words that mark a name as a public body rather than a provider.
static PUBLIC_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(council|department|ministry|secretary of state|authority|nhs england|integrated care board|\bicb\b|clinical commissioning group|commissioner|crown commercial service|government|borough|county|city of|commonwealth|state of|agency|police|fire and rescue|combined authority|executive)\b").unwrap()
});
static DEFINED_TERM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\(\s*(?:each\s+|together\s+)?(?:the\s+|an?\s+)?(?:hereinafter\s+(?:called\s+|referred\s+to\s+as\s+)?)?(?:the\s+)?["“'‘]([^"”'’]{1,40})["”'’]"#).unwrap()
});
static BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)\bbetween\s*:?\s*(?:\(1\)|1\.|\(a\))?\s*(.{3,300}?)\s*(?:;\s*)?\band\s*(?:\(2\)|2\.|\(b\))?\s*(.{3,300}?)(?:[.;]\s|[.;]?$|\s+\(together|\s+\(each)").unwrap()
});
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:the\s+)?(supplier|provider|service provider|contractor|consultant|vendor|grantee|operator|seller|authority|council|buyer|customer|commissioner|co-ordinating commissioner|purchaser|client|department)(?:'s)?(?:\s+(?:legal\s+|registered\s+|full\s+|organisation\s+)?name)?\s*(?::|-|–|\|)?\s*(.*)$").unwrap()
});
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:contract|agreement|call[- ]off|order|framework|tender|procurement|grant)\s*(?:reference|ref\.?|number|no\.?|id)(?:\s*(?:number|no\.?))?\s*(?::|-|–|is)?\s*([A-Z0-9][A-Z0-9/_.\-]{2,40})").unwrap()
});
static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)[\[<{]|\binsert\b|x{3,}|\bname of\b|\btbc\b|\btbd\b|\bplaceholder\b|_{3,}|\.{4,}",
    )
    .unwrap()
});
/// Where a party's name ends and its address or registration begins.
static NAME_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\s*\(|,|\s+(?:whose|with|at|acting|a company|an? [a-z]+ (?:company|corporation|incorporated|registered)|incorporated|registered|company number|company no|charity number|trading as|t/a)\b)").unwrap()
});
/// Registration and address tails written between a name and its defined term.
static NAME_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:,?\s*(?:an?|the)\s+(?:private |public )?(?:company|corporation|charity|charitable|community interest company|limited liability partnership|society|body corporate|statutory body)\b[^()"“]*|,?\s*(?:whose|with its|having its) (?:registered|principal|head) (?:office|place of business)[^()"“]*|\s*\((?:company|charity|registered|registration|companies house) (?:number|no\.?|registration)[^)]*\))\s*$"#).unwrap()
});
/// Words of a parties clause.
static PARTIES_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:between|made by|entered into|parties|party)\b|\(1\)|\(2\)").unwrap()
});
/// Words that mark a name as an organisation's.
static ORGANISATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:ltd|limited|plc|llp|cic|inc|incorporated|corporation|corp|company|group|trust|charity|partnership|foundation|association|society|gmbh|llc|pty|s\.a)\b\.?").unwrap()
});
/// Jurisdictions whose "and" is not the one between the parties.
static ENGLAND_AND_WALES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(England|Scotland|Great Britain)\s+and\s+(Wales|Northern Ireland)\b")
        .unwrap()
});
/// Where registration details begin, wherever they stand in the text before a defined term.
static TAIL_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s+(?:(?:an?|the)\s+(?:private |public )?(?:limited )?(?:company|corporation|charity|charitable|community interest company|limited liability partnership|society|body corporate)\b|whose registered|with (?:its )?registered|incorporated (?:in|under)|registered (?:in|under|as|with)|company (?:number|no)|\((?:company|charity|registered|registration|reg\.)\s)").unwrap()
});
/// Words that label a field rather than name a party ("Signature", "Company name").
static LABEL_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:signature|signed|name|company name|supplier name|provider name|address|date|title|position|email|e-mail|telephone|contact|security contact|registered office|company number|by|for and on behalf of)\b|\b(?:agreement|contract|schedule|framework|terms and conditions|order form|specification|documents?)\b").unwrap()
});

/// "X Council of County Hall": an organisation name ends before " of " and an address.
static ORGANISATION_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:council|limited|ltd|plc|llp|cic|trust|board|department|authority|inc|corporation|company|group|partnership|charity|university|college)\.?\s+of\s").unwrap()
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Provider,
    Authority,
    Unknown,
}

pub fn find_parties(doc: &Document) -> Parties {
    // Past the first blocks, "between" clauses are about other things.
    let between_blocks = 15;
    let head: Vec<&str> = doc
        .blocks
        .iter()
        .filter(|b| b.kind != BlockKind::TocEntry)
        .take(HEAD_BLOCKS)
        .map(|b| b.text.as_str())
        .collect();
    let mut parties = Parties {
        contract_ref: find_reference(&head),
        ..Parties::default()
    };
    let mut named: Vec<(String, Side, Option<String>)> = Vec::new();
    for (i, text) in head.iter().enumerate() {
        named.extend(defined_parties(text));
        if let Some((value, side)) = labelled(text, head.get(i + 1).copied()) {
            named.push((value, side, None));
        }
    }
    if named.iter().all(|(_, s, _)| *s == Side::Unknown) {
        if let Some((a, b)) = head.iter().take(between_blocks).find_map(|t| between(t)) {
            named.push((a, Side::Unknown, None));
            named.push((b, Side::Unknown, None));
        }
    }
    resolve_unknowns(&mut named);
    for (name, side, term) in &named {
        match side {
            Side::Provider => {
                if parties.provider.is_none() && is_name(name) {
                    parties.provider = Some(names::provider(name));
                }
                if let Some(t) = term {
                    push_term(&mut parties.provider_terms, t);
                }
            }
            Side::Authority => {
                if parties.authority.is_none() && is_name(name) {
                    parties.authority = Some(names::display_name(name));
                }
                if let Some(t) = term {
                    push_term(&mut parties.authority_terms, t);
                }
            }
            Side::Unknown => {}
        }
    }
    // The authority is never the provider, whatever the clause looked like.
    if let (Some(p), Some(a)) = (&parties.provider, &parties.authority) {
        if p.key == names::provider_key(a) {
            parties.provider = None;
        }
    }
    parties
}

/// `NAME ... ("Term")` pairs in one block.
fn defined_parties(text: &str) -> Vec<(String, Side, Option<String>)> {
    let mut out = Vec::new();
    let mut from = 0;
    for caps in DEFINED_TERM.captures_iter(text) {
        let whole = caps.get(0).map_or(0..0, |m| m.range());
        let term = caps[1].trim().to_string();
        let side = side_of_term(&term);
        let before = &text[from..whole.start];
        from = whole.end;
        if matches!(
            term.to_lowercase().as_str(),
            "parties" | "party" | "agreement" | "contract" | "services"
        ) {
            continue;
        }
        let name = name_before(before);
        // A term the vocabulary does not know names a party only in a parties clause or
        // when it follows an organisation's name; elsewhere it is some other definition.
        let party_like = ORGANISATION.is_match(&name)
            || PUBLIC_BODY.is_match(&name)
            || PARTIES_CUE.is_match(text);
        if side != Side::Unknown || (!name.is_empty() && party_like) {
            out.push((name, side, Some(term)));
        }
    }
    out
}

/// The name a defined term follows: the text after the last "between", "and", "(1)" or
/// "(2)", cut where the address or registration details begin.
fn name_before(before: &str) -> String {
    static START: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:\bbetween\b\s*:?|\band\b|\(\d\)|^\s*\d\.|\bby\b|;|:|\bwith\b)\s*")
            .unwrap()
    });
    let before = ENGLAND_AND_WALES.replace_all(before, "England & Wales");
    let before = NAME_TAIL.replace(&before, "");
    let start = START.find_iter(&before).last().map_or(0, |m| m.end());
    cut_name(&before[start..])
}

/// The name at the start of `candidate`, without address or registration details.
fn cut_name(candidate: &str) -> String {
    let candidate = &candidate[..TAIL_START
        .find(candidate)
        .map_or(candidate.len(), |m| m.start())];
    let mut end = NAME_END
        .find(candidate)
        .map_or(candidate.len(), |m| m.start());
    if let Some(m) = ORGANISATION_OF.find(&candidate[..end]) {
        end = m.end() - " of ".len();
    }
    candidate[..end].trim().to_string()
}

fn side_of_term(term: &str) -> Side {
    let t = term.trim().to_lowercase();
    let t = t.trim_start_matches("the ");
    let provider = PROVIDER_TERMS.contains(&t);
    let authority = AUTHORITY_TERMS.contains(&t);
    match (provider, authority) {
        (true, false) => Side::Provider,
        (false, true) => Side::Authority,
        _ => Side::Unknown,
    }
}

/// "Supplier: Acme Ltd", or a cover-table cell "Supplier" followed by the name.
fn labelled(text: &str, next: Option<&str>) -> Option<(String, Side)> {
    let caps = LABELLED.captures(text)?;
    let side = side_of_term(&caps[1]);
    let label_end = caps.get(1).map_or(0, |m| m.end());
    let rest = caps[2].trim();
    // "Supplier: Acme Ltd" or a label cell followed by the name; never "Supplier is ...".
    let separated = text[label_end..]
        .trim_start()
        .starts_with([':', '|', '-', '–'])
        || text[label_end..]
            .trim_start()
            .to_lowercase()
            .starts_with("name");
    if !rest.is_empty() && !separated {
        return None;
    }
    let value = if rest.is_empty() { next?.trim() } else { rest };
    if LABEL_WORDS.is_match(value) || !looks_like_organisation(value) {
        return None;
    }
    // A label line must be short; a sentence starting "The Supplier shall ..." is no label.
    if value.split_whitespace().count() > 12
        || value.to_lowercase().contains(" shall ")
        || value.to_lowercase().starts_with("shall")
    {
        return None;
    }
    Some((cut_name(value), side))
}

fn between(text: &str) -> Option<(String, String)> {
    let caps = BETWEEN.captures(text)?;
    let clean = |s: &str| cut_name(&NAME_TAIL.replace(s, ""));
    let (a, b) = (clean(&caps[1]), clean(&caps[2]));
    // Without defined terms, only a plain pair of organisations is trusted.
    let organisation = |s: &str| ORGANISATION.is_match(s) || PUBLIC_BODY.is_match(s);
    (is_name(&a) && is_name(&b) && (organisation(&a) || organisation(&b))).then_some((a, b))
}

/// Names whose side the term did not tell: public bodies are the authority; if one side is
/// known, the unknown party is the other.
fn resolve_unknowns(named: &mut [(String, Side, Option<String>)]) {
    for entry in named.iter_mut().filter(|e| e.1 == Side::Unknown) {
        if PUBLIC_BODY.is_match(&entry.0) {
            entry.1 = Side::Authority;
        }
    }
    let has = |side| named.iter().any(|e| e.1 == side && !e.0.is_empty());
    let (has_provider, has_authority) = (has(Side::Provider), has(Side::Authority));
    for entry in named.iter_mut().filter(|e| e.1 == Side::Unknown) {
        if has_authority && !has_provider {
            entry.1 = Side::Provider;
        } else if has_provider && !has_authority {
            entry.1 = Side::Authority;
        }
    }
}

fn push_term(terms: &mut Vec<String>, term: &str) {
    let t = term.trim().to_string();
    if !t.is_empty() && !terms.iter().any(|x| x.eq_ignore_ascii_case(&t)) {
        terms.push(t);
    }
}

/// A field value that reads as an organisation's name, not a phrase: short, capitalised,
/// not opening with a preposition or pronoun, not ending like a sentence.
fn looks_like_organisation(value: &str) -> bool {
    const OPENERS: &[&str] = &[
        "to",
        "you",
        "your",
        "we",
        "our",
        "for",
        "in",
        "on",
        "by",
        "at",
        "as",
        "with",
        "see",
        "if",
        "web-based",
    ];
    let first = value.split_whitespace().next().unwrap_or("").to_lowercase();
    value.split_whitespace().count() <= 8
        && value.chars().next().is_some_and(char::is_uppercase)
        && !OPENERS.contains(&first.as_str())
        && !value.ends_with(['.', ';', ':'])
}

/// A real name: letters, not a placeholder, not a sentence, not a field label.
fn is_name(s: &str) -> bool {
    let words = s.split_whitespace().count();
    const PRONOUNS: &[&str] = &["you", "we", "us", "they", "it", "i", "me"];
    const FUNCTION_WORDS: &[&str] = &[
        "to", "the", "from", "of", "and", "for", "by", "a", "an", "with", "in", "on",
    ];
    let content_words = s
        .split_whitespace()
        .filter(|w| !FUNCTION_WORDS.contains(&w.to_lowercase().as_str()))
        .count();
    content_words > 0
        && (1..=12).contains(&words)
        && !PRONOUNS.contains(&s.trim().to_lowercase().as_str())
        && !LABEL_WORDS.is_match(s)
        && s.trim_start_matches("the ")
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && s.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !PLACEHOLDER.is_match(s)
        && !s.to_lowercase().starts_with("the supplier")
        && !s.to_lowercase().starts_with("the provider")
}

fn find_reference(head: &[&str]) -> Option<String> {
    for (i, text) in head.iter().enumerate() {
        if let Some(c) = REFERENCE.captures(text) {
            let value = c[1].trim_end_matches(['.', ',', ';', ':']).to_string();
            if value.chars().any(|c| c.is_ascii_digit()) {
                return Some(value);
            }
        }
        // A cover-table label with the value in the next cell.
        let label = text.trim().trim_end_matches(':').to_lowercase();
        if matches!(
            label.as_str(),
            "contract reference"
                | "contract number"
                | "contract ref"
                | "reference"
                | "call-off reference"
                | "agreement number"
                | "order number"
        ) {
            if let Some(next) = head.get(i + 1) {
                let v = next.trim();
                if !v.contains(' ') && v.chars().any(|c| c.is_ascii_digit()) && v.len() <= 40 {
                    return Some(v.to_string());
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Block;

    fn parties_of(texts: &[&str]) -> Parties {
        find_parties(&Document {
            blocks: texts
                .iter()
                .map(|t| Block::new(BlockKind::Paragraph, *t))
                .collect(),
        })
    }

    fn provider_name(p: &Parties) -> Option<&str> {
        p.provider.as_ref().map(|p| p.name.as_str())
    }

    #[test]
    fn numbered_parties_clause_with_defined_terms() {
        let p = parties_of(&["THIS CONTRACT is made on 1 April 2025 BETWEEN (1) NORTHSHIRE COUNTY COUNCIL of County Hall (the \u{201C}Council\u{201D}); and (2) GREENFIELD CARE SERVICES LTD (company number 04567123) whose registered office is at 12 Mill Lane (the \u{201C}Provider\u{201D})."]);
        assert_eq!(provider_name(&p), Some("Greenfield Care Services Ltd"));
        assert_eq!(p.authority.as_deref(), Some("Northshire County Council"));
    }

    #[test]
    fn registration_tails_and_addresses_are_not_part_of_the_name() {
        let p = parties_of(&["This Call-Off Contract is between the DEPARTMENT FOR EXAMPLE SERVICES (the \"Buyer\") and BRIGHTWAY FACILITIES MANAGEMENT LIMITED, a company registered in England and Wales under number 08812345 (the \"Supplier\")."]);
        assert_eq!(
            provider_name(&p),
            Some("Brightway Facilities Management Limited")
        );
        assert_eq!(
            p.authority.as_deref(),
            Some("Department for Example Services")
        );
        let p = parties_of(&["BETWEEN: (1) University of Northshire of 1 College Road (the \"Authority\") and (2) Acme Ltd whose registered office is at 1 High St (the \"Contractor\")"]);
        assert_eq!(provider_name(&p), Some("Acme Ltd"));
    }

    #[test]
    fn labels_and_sentences_are_not_names() {
        let p = parties_of(&[
            "SUPPLIER",
            "FACILITIES MANAGEMENT SERVICES FRAMEWORK AGREEMENT",
            "Supplier is entitled to additional time.",
        ]);
        assert_eq!(provider_name(&p), None);
        let p = parties_of(&["(1) BICYCLETX LIMITED a company incorporated in England and Wales with company number 11137591 whose registered office is at Cambridge (\"Provider\")"]);
        assert_eq!(provider_name(&p), Some("Bicycletx Limited"));
    }

    #[test]
    fn plain_between_and_uses_public_body_words() {
        let p = parties_of(&[
            "This Contract is between Riverside Borough Council and Bright Futures Ltd.",
        ]);
        assert_eq!(provider_name(&p), Some("Bright Futures Ltd"));
    }

    #[test]
    fn us_style_and_unusual_terms_become_provider_terms() {
        let p = parties_of(&["This Consulting Agreement is entered into by and between Aduro Biotech, Inc., a Delaware corporation (\"Company\"), and Dr. Jane Doe (\"Consultant\")."]);
        assert_eq!(provider_name(&p), Some("Dr. Jane Doe"));
        assert!(p.provider_terms.iter().any(|t| t == "Consultant"));
        let p = parties_of(&["This agreement is between the Department for Example (the \"Buyer\") and Widget Makers LLP (the \"Seller\")."]);
        assert_eq!(provider_name(&p), Some("Widget Makers LLP"));
        assert_eq!(p.provider_terms, vec!["Seller"]);
    }

    #[test]
    fn placeholders_are_not_names_and_the_authority_never_is_the_provider() {
        let p = parties_of(&["This Agreement is made between Riverside Borough Council (the \"Council\") and [Grantee name] (the \"Grantee\")."]);
        assert_eq!(provider_name(&p), None);
        assert_eq!(p.authority.as_deref(), Some("Riverside Borough Council"));
    }

    #[test]
    fn cover_table_labels_and_references() {
        let p = parties_of(&[
            "Contract Reference",
            "NCC-HC-2025-014",
            "Supplier",
            "Acme Facilities Limited",
            "Buyer",
            "Department for Widgets",
        ]);
        assert_eq!(provider_name(&p), Some("Acme Facilities Limited"));
        assert_eq!(p.contract_ref.as_deref(), Some("NCC-HC-2025-014"));
        let p = parties_of(&["Call-Off Reference: DES-FM-0092"]);
        assert_eq!(p.contract_ref.as_deref(), Some("DES-FM-0092"));
    }
}
