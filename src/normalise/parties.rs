//! Who a contract is between: the provider and the authority named in the parties clause
//! (or a cover table), the defined terms each is called by, and the contract reference.
//!
//! Three sources, in order of trust: the parties clause in prose ("This Agreement is made
//! between (1) X (the "Authority") and (2) Y Limited ... (the "Provider")", "by and between
//! X, a Delaware corporation ("Company"), and Y ("Consultant")", "Between us, X and you");
//! labelled cover lines and table cells ("Supplier: Acme Ltd", "Provider name | Acme Ltd",
//! "Party A: ..."); and role terms defined anywhere near the top ("Acme Ltd ("we", "us")").
//! A party's side comes from its defined term (Supplier, Provider, Consultant ... against
//! Authority, Council, Buyer ...), else from its name (a council, a department), else from
//! the other party's side. The authority is never returned as the provider; placeholders
//! such as "[Provider name]" are not names; a contract whose parties cannot be told apart
//! (a mutual NDA, "PivX" and "Detto") has no provider rather than a guessed one.

use super::names;
use crate::model::{BlockKind, Document, Provider};
use regex::Regex;
use std::sync::LazyLock;

/// What the parties clause and the cover of a contract say about who it binds. Serialisable
/// because shard outputs carry it to `probity merge` (see `crate::shard`).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Parties {
    /// The provider, when one could be found; never the authority.
    pub provider: Option<Provider>,
    /// The authority's name, when found.
    pub authority: Option<String>,
    /// Defined terms this contract uses for the provider (e.g. "Seller", "you", "Fonterra")
    /// beyond the pack's vocabulary.
    pub provider_terms: Vec<String>,
    /// Defined terms this contract uses for the authority (e.g. "Buyer", "we").
    pub authority_terms: Vec<String>,
    /// The contract reference stated in the document (e.g. "C-114"); a framework reference
    /// (e.g. "RM6089") when that is the only one.
    pub contract_ref: Option<String>,
    /// The framework agreement the contract is called off under, when stated. Many
    /// contracts share one, so it never ties documents together on its own.
    pub framework_ref: Option<String>,
}

impl Parties {
    /// Whether `contract_ref` is only the framework's reference.
    pub fn reference_is_framework(&self) -> bool {
        self.contract_ref.is_some() && self.contract_ref == self.framework_ref
    }
}

/// How far into a document the parties clause and reference are looked for.
const HEAD_BLOCKS: usize = 120;
/// How much text of the head is looked at, so one enormous block costs bounded time.
const HEAD_CHARS: usize = 60_000;
/// The most blocks a parties clause spreads over ("BETWEEN:", "(1) ...", "AND:", ...).
const CLAUSE_BLOCKS: usize = 12;
const CLAUSE_CHARS: usize = 5_000;
/// How many opening blocks may define the parties without an opener, and how far role
/// terms defined in passing ("Acme Ltd ("we")") are looked for.
const OPENING_BLOCKS: usize = 15;
const ROLE_BLOCKS: usize = 40;
/// How much text around a defined term can hold the name it defines; bounds the work on
/// long run-on paragraphs.
const NAME_WINDOW: usize = 400;

/// Defined terms that make a party the provider.
const PROVIDER_TERMS: &[&str] = &[
    "supplier",
    "provider",
    "service provider",
    "contractor",
    "consultant",
    "vendor",
    "grantee",
    "grant recipient",
    "grant holder",
    "recipient",
    "charity",
    "lead partner",
    "consultancy",
    "operator",
    "seller",
    "licensor",
    "organisation",
    "organization",
    "delivery partner",
    "developer",
    "distributor",
    "reseller",
    "manufacturer",
    "partner organisation",
    "recipient organisation",
    "funded organisation",
    "grant-holder",
    "beneficiary",
    "service partner",
    "delivery body",
    "implementing partner",
    "partner",
    "concessionaire",
    "lead provider",
    "framework supplier",
    "call-off supplier",
    "call off supplier",
    "jv",
    "joint venture",
    "consortium",
    "you",
    "your",
];
/// Defined terms that make a party the authority (the buying or funding side).
const AUTHORITY_TERMS: &[&str] = &[
    "authority",
    "contracting authority",
    "contracting body",
    "local authority",
    "commissioners",
    "commissioning body",
    "council",
    "buyer",
    "customer",
    "client",
    "commissioner",
    "co-ordinating commissioner",
    "coordinating commissioner",
    "department",
    "trust",
    "purchaser",
    "ccs",
    "crown",
    "the crown",
    "board",
    "icb",
    "ccg",
    "funder",
    "grantor",
    "principal",
    "employer",
    "minister",
    "secretary of state",
    "service recipient",
    "we",
    "us",
    "our",
];
/// Parties that stand beside the contract without being either side of it: a guarantor or
/// parent company undertakes for the provider, and is not the provider whose duties are
/// checked. They do not count when the one party left unknown is found by elimination.
const THIRD_PARTY_TERMS: &[&str] = &["guarantor", "parent company", "parent", "surety"];
/// Defined terms that are never a party ("the Agreement", "Effective Date").
static NOT_PARTY_TERM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:the\s+)?(?:parties|party|agreement|contract|deed|order|services?|effective date|commencement date|start date|date|term|schedule|goods|products?|deliverables|premises|property|confidential information|purpose|territory|affiliates?|group|mnda|dpa|standard terms|cover page|key terms)$").unwrap()
});
/// Words that mark a name as a public body rather than a provider.
static PUBLIC_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(council|department|ministry|secretary of state|minister|nhs england|integrated care board|icb|clinical commissioning group|crown commercial service|government|borough|county|city of|commonwealth of|state of|police|fire and rescue|combined authority|local authority|health board|cabinet office|executive agency|(?:health service|health and safety|scottish|northern ireland) executive|his majesty|her majesty)\b").unwrap()
});
/// The kind of body a public authority's name says it is ("County of Alder Creek",
/// "Department of Veterans Services"): a document that goes on to call it "the County" uses
/// that word as the authority's term without ever defining it.
static BODY_KIND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:county|city|council|department|ministry|agency|board|trust|authority|executive|government|state|province|commonwealth|municipality|district|shire|borough|region|commission)\b").unwrap()
});
/// Where a parties clause starts: "This Agreement ... between", "BETWEEN:", "by and between".
static OPENER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)(?:\b(?:agreement|contract|order|memorandum|deed|terms|grant|mou|licen[cs]e|arrangement|framework)\b.{0,300}?\b(?:by and between|between|(?:entered into|made|executed|concluded) by(?: and between)?)\b|^\s*(?:by and )?between\b|^\s*parties\b)\s*:?"#).unwrap()
});
/// Where the parties clause ends and the recitals or terms begin.
/// Text without one of these cannot match `OPENER` (each of its branches holds one, with
/// the same case folding), and this looks for them far faster: `OPENER`'s `.{0,300}?` is
/// too big for the lazy DFA, so each search of it fell back to a slower engine: most of the
/// party search's time on short real contracts (docs/benchmarks.md).
static OPENER_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)between|parties|(?:entered into|made|executed|concluded) by").unwrap()
});

/// `OPENER`'s first match, looked for only in text that holds one of its words.
fn opener(text: &str) -> Option<regex::Match<'_>> {
    OPENER_WORDS
        .is_match(text)
        .then(|| OPENER.find(text))
        .flatten()
}

static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(?:whereas|recitals|background|now,? therefore|it is (?:hereby )?agreed|witnesseth|witnesses that|agrees? (?:as follows|to)|in consideration|for the purpose of|hereby agree)\b|\((?:each|together|collectively|individually|jointly|both)\b|\beach (?:a|of which is|being) ["“]?part"#).unwrap()
});
/// A block that starts after the parties: recitals, a first clause, agreed terms.
static AFTER_PARTIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:whereas|recitals|background|now,? therefore|it is (?:hereby )?agreed|witnesseth|in consideration|the parties agree|agreed terms|operative provisions|definitions|interpretation|signed|signature|in witness|executed|1\.?\s+[A-Z])").unwrap()
});
/// Party numbering inside a clause: "(1)", "(2)", "(a)".
static PARTY_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(\s*(?:[1-9]|[a-c]|i{1,3})\s*\)\s*").unwrap());
/// Quoted defined terms inside a bracket.
static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"["“”'‘’]{1,2}([^"“”'‘’]{1,40}?)\s*["“”'‘’]{1,2}"#).unwrap());
/// An unquoted defined term: "(the Company)", "(the Executive)".
static UNQUOTED_TERM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:hereinafter\s+(?:called|referred\s+to\s+as)\s+)?the\s+([A-Z][A-Za-z-]+(?:\s+[A-Z][A-Za-z-]+){0,2})\s*$").unwrap()
});
/// A role word alone in a bracket, unquoted and without "the", as Australian drafting
/// defines its parties: "... of New South Wales (Principal) and Ironbark Pty Ltd
/// (Contractor)". Only role words, so "Acme (Scotland) Limited" defines nothing.
static BARE_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    let roles: Vec<String> = PROVIDER_TERMS
        .iter()
        .chain(AUTHORITY_TERMS)
        .filter(|t| !matches!(**t, "we" | "us" | "our" | "you" | "your"))
        .map(|t| regex::escape(t).replace(' ', r"\s+"))
        .collect();
    Regex::new(&format!(r"(?i)^\s*({})\s*$", roles.join("|"))).unwrap()
});
/// "Supplier: Acme Ltd", "Provider name | Acme", "Name of Supplier", "Party A: ...".
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:[a-z]{0,2}\d{1,2}(?:\.\d{1,2})?[.)]?\s+)?(?:the\s+)?(?:name of (?:the )?)?(?:(?:issuing|ordering|requesting|purchasing|contracting|commissioning|buying|funding)\s+)?(service provider|supplier|provider|contractor|consultant|vendor|grantee|grant recipient|operator|seller|contracting authority|authority|council|buyer|customer|client|co-ordinating commissioner|commissioner|purchaser|department|funder|board|trust|party [ab12])(?:'s)?(?:\s*\((?:you|us|we|the [a-z]+(?: [a-z]+)?)\))?(\s+(?:legal\s+|registered\s+|full\s+|organisation\s+|company\s+|trading\s+)?name)?\s*(:|-|–|\|)?\s*(.*)$").unwrap()
});
/// "Name: Acme Ltd" or "Company name: Acme Ltd" under a role heading.
static NAME_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:legal|registered|full|company|organisation|trading)\s+)?name\s*[:.\-–|]?\s*(.*)$").unwrap()
});
/// A role term defined near a name anywhere in the head: `Acme Ltd ("we", "us")`.
static ROLE_DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\(\s*(?:each\s+|together\s+)?(?:hereinafter\s+(?:called\s+|referred\s+to\s+as\s+)?)?(?:the\s+)?["“]([^"”]{1,30})["”][^()]{0,60}\)"#).unwrap()
});
/// Pronouns defined in brackets without quotes, as plain-English terms write them: "Wyvern
/// Heath District Council (we, us, the Council)", "(you, the Provider)".
static PRONOUN_BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(\s*((?i:we|us|our|you|your)(?:\s*(?:,|\band\b|\bor\b)\s*(?:(?i:we|us|our|you|your)|the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))*)\s*\)").unwrap()
});
/// A sentence of the head that says who the pronouns are: `"we", "us" and "our" mean the
/// Council, and "you" and "your" mean the Provider`, `references to "you" are to the Supplier`.
static PRONOUN_DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)((?:["“”'‘’](?:we|us|our|you|your)["“”'‘’]\s*(?:,|and|or)?\s*)+)(?:means?|shall mean|refers? to|(?:is|are) (?:a )?references? to|(?:is|are) to)\s+(?:the\s+)?([A-Za-z][\w&.'-]*(?:\s+[A-Za-z][\w&.'-]*){0,4})"#).unwrap()
});
/// The same unquoted, as plain-English letters write it: "In this letter, we, us and our
/// mean the Tywi Valley Skills Partnership". Two pronouns at least, so prose ("you mean
/// the project") defines nothing.
static PRONOUN_LIST_DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b((?:we|us|our|you|your)(?:(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)(?:we|us|our|you|your))+)\s+(?:means?|refers? to|(?:is|are) references? to)\s+(?:the\s+)?([A-Za-z][\w&.'-]*(?:\s+[A-Za-z][\w&.'-]*){0,4})"#).unwrap()
});
static PRONOUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(we|us|our|you|your)\b").unwrap());
static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[\[\]<>{}]|\binsert\b|x{3,}|\bname of\b|\byour name\b|\bname here\b|\btbc\b|\btbd\b|\bplaceholder\b|_{2,}|\.{3,}|…|\bcompany name\b|\bprovider name\b|\bsupplier name\b").unwrap()
});
/// Where a party's name ends and its description, address or registration begins.
static NAME_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s+(?:whose|with (?:its|a|an|offices?|principal|registered)|at\s+\d|having|acting|being|located|incorporated|registered|organi[sz]ed|duly|existing|a company|an? (?:[a-z]+ ){0,3}(?:company|corporation|limited|partnership|society|charity|body|entity|association|llc|business|individual|agency|trust)\b|company (?:number|no)|charity (?:number|no)|(?:as )?represented by|trading as|t/a|and its (?:affiliates|subsidiaries)|as (?:explained|described|defined|set out|specified|identified|named))\b").unwrap()
});
/// A company's name ends in its legal form: "Western Riverina Farm Finance Counselling Ltd".
static ENDS_IN_LEGAL_FORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:inc|llc|l\.l\.c|ltd|limited|plc|llp|lp|corp|corporation|gmbh|cic|cio|incorporated)\.?$").unwrap()
});
/// After a comma, a legal form continues the name ("Kiddo, Inc.", "Premier Nutrition
/// Company, LLC"); anything else starts its description.
static LEGAL_FORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:inc|llc|l\.l\.c|ltd|limited|plc|llp|lp|l\.p|corp|corporation|co|s\.?a|n\.?v|b\.?v|ag|gmbh|pty|pte)\b\.?").unwrap()
});
/// "X Council of County Hall": an organisation name ends before " of " and an address.
static ORGANISATION_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:council|limited|ltd|plc|llp|cic|inc|corporation|group|partnership|charity|foundation)\.?\s+of\s").unwrap()
});
/// Words an organisation name often ends with; used to choose where "X and Y" splits.
static ORGANISATION_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:council|limited|ltd|plc|llp|cic|llc|inc|corp|corporation|company|trust|board|department|authority|service|services|foundation|group|charity|partnership|university|college|agency|office|ministry)\.?\s*$").unwrap()
});
/// Contract references: label, then the value on the same line.
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(contract|agreement|call[- ]off(?: contract)?|order|purchase order|work order|framework(?: agreement)?|tender|procurement|grant|award|project)\s*(?:reference\b|ref\b\.?|number\b|no\b\.?|id\b)(?:\s*(?:number\b|no\b\.?))?\s*(?::|-|–|is\b|\|)?\s*([A-Z0-9](?:[A-Z0-9/_.\-]| ?/ ?){2,40})").unwrap()
});
/// "Reference: C-114" opening a line of a cover (which may run on into the next label when
/// a reader joins the cover's lines).
static BARE_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:our\s+)?(?:reference|ref\.?)(?:\s*(?:number|no\.?))?\s*:\s*([A-Z0-9][A-Z0-9/_.\-]{2,40})(?:\s|$)").unwrap()
});
/// "Schedule 3 to Contract 4471-HS": a contract named by its reference alone (upper case
/// and digits, so "Contract made ..." is none; `is_named_reference` checks the value).
static CONTRACT_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:[Cc]ontract|CONTRACT)\s+([A-Z0-9][A-Z0-9/_.\-]{2,40})").unwrap()
});
/// A reference label alone in a cell, with the value in the next one.
static REFERENCE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(contract|agreement|call[- ]off(?: contract)?|order|purchase order|work order|framework(?: agreement)?|tender|procurement|grant|award|project)?\s*(?:reference|ref\.?|number|no\.?|id)(?:\s*(?:number|no\.?))?\s*[:.]?\s*$").unwrap()
});
/// CCS framework numbers ("RM6089", "RM1043.8") name a framework, not one contract.
static FRAMEWORK_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^RM\d{3,5}(?:\.\d{1,2})?$").unwrap());

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Provider,
    Authority,
    Unknown,
}

/// One party as a source states it: its name (possibly missing or a placeholder) and the
/// terms the contract calls it by.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Party {
    name: String,
    terms: Vec<String>,
    side: Side,
}

impl Party {
    fn new(name: String, terms: Vec<String>) -> Party {
        let side = side_of_terms(&terms);
        Party { name, terms, side }
    }
}

pub fn find_parties(doc: &Document) -> Parties {
    let (head, numbered) = head_of(doc);
    let (mut contract_ref, mut framework_ref) = find_references(&head);
    if contract_ref.is_none() || contract_ref == framework_ref {
        // A schedule published on its own may state its contract only in the page header.
        let furniture: Vec<&str> = doc.furniture.iter().map(String::as_str).collect();
        let (mut stated, framework) = find_references(&furniture);
        // A running header often carries the reference with no label: "Tarnside County
        // Council | Home to School Transport | TCC/ST/2025/031".
        if stated.is_none() {
            stated = furniture.iter().find_map(|l| bare_reference_in(l));
        }
        framework_ref = framework_ref.or(framework);
        if stated.is_some() && stated != framework_ref {
            contract_ref = stated;
        } else if contract_ref.is_none() {
            contract_ref.clone_from(&framework_ref);
        }
    }
    let mut parties = Parties {
        contract_ref,
        framework_ref,
        ..Parties::default()
    };
    let mut clause = parties_clause(&head, &numbered);
    resolve_sides(&mut clause);
    let mut labelled = labelled_parties(&head);
    resolve_sides(&mut labelled);
    let mut defined = role_definitions(&head);
    resolve_sides(&mut defined);
    for party in clause.iter().chain(&labelled).chain(&defined) {
        record(&mut parties, party);
    }
    // The authority is never the provider, whatever the clause looked like.
    if let (Some(p), Some(a)) = (&parties.provider, &parties.authority) {
        if p.key == names::provider_key(a) {
            parties.provider = None;
        }
    }
    if let Some(authority) = parties.authority.clone() {
        // The name as the head writes it, with what follows it on its line: "Department of
        // Veterans Services, County of Alder Creek" is cut to its first part as a name, but
        // the document may call it "the County".
        let written = head
            .iter()
            .find_map(|t| {
                let at = t.find(authority.as_str())?;
                let line = head_chars(&t[at..], 100);
                Some(line.split(['.', ';', '(']).next().unwrap_or(line))
            })
            .unwrap_or(authority.as_str());
        for kind in BODY_KIND.find_iter(written) {
            let kind = capitalised(kind.as_str());
            // "the County" or "The County" as words (no regex compiled per document).
            let called = ["the ", "The "].iter().any(|article| {
                let phrase = format!("{article}{kind}");
                head.iter().any(|t| {
                    t.match_indices(&phrase).any(|(at, _)| {
                        let before = t[..at].chars().next_back();
                        let after = t[at + phrase.len()..].chars().next();
                        !before.is_some_and(char::is_alphanumeric)
                            && !after.is_some_and(char::is_alphanumeric)
                    })
                })
            });
            if called && side_of_term(&kind) != Side::Provider {
                push_term(&mut parties.authority_terms, &kind);
            }
        }
    }
    define_pronouns(&head, &mut parties);
    // "We are pleased to offer you a grant": where the authority writes as "we", the one it
    // writes to is "you", the provider, unless the document says otherwise.
    if has(&parties.authority_terms, "we")
        && !has(&parties.authority_terms, "you")
        && !has(&parties.provider_terms, "we")
    {
        push_term(&mut parties.provider_terms, "you");
    }
    complete_pronouns(&mut parties.provider_terms);
    complete_pronouns(&mut parties.authority_terms);
    parties
}

/// Pronouns a sentence of the head assigns to a side by naming it: `"you" and "your" mean the
/// Provider`. The side is the named role's, or the side of the party so named or so called.
fn define_pronouns(head: &[&str], parties: &mut Parties) {
    for text in head.iter().take(ROLE_BLOCKS) {
        let definitions = PRONOUN_DEFINITION
            .captures_iter(text)
            .chain(PRONOUN_LIST_DEFINITION.captures_iter(text));
        for c in definitions {
            let named = c[2].trim_end_matches(|ch: char| !ch.is_alphanumeric());
            let named = named
                .strip_suffix(" and")
                .or_else(|| named.strip_suffix(" or"))
                .unwrap_or(named)
                .trim();
            let is = |terms: &[String], name: Option<&str>| {
                terms.iter().any(|t| t.eq_ignore_ascii_case(named))
                    || name.is_some_and(|n| names::provider_key(n) == names::provider_key(named))
            };
            let side = match side_of_term(named) {
                Side::Unknown if is(&parties.authority_terms, parties.authority.as_deref()) => {
                    Side::Authority
                }
                Side::Unknown
                    if is(
                        &parties.provider_terms,
                        parties.provider.as_ref().map(|p| p.name.as_str()),
                    ) =>
                {
                    Side::Provider
                }
                // A party named only here ("'you' means Crosswise Community Patrols CIC of
                // ..."): a public body is the authority, a company the provider.
                Side::Unknown if PUBLIC_BODY.is_match(named) => Side::Authority,
                Side::Unknown if COMPANY_FORM.is_match(named) => Side::Provider,
                // Otherwise the one who writes as "we" is the authority and "you" the
                // provider, as in a grant letter ("we, us and our mean the Tywi Valley
                // Skills Partnership"), unless the pronouns are already the other way.
                Side::Unknown
                    if !has(&parties.provider_terms, "we")
                        && !has(&parties.authority_terms, "you") =>
                {
                    if first_person(&c[1]) {
                        Side::Authority
                    } else {
                        Side::Provider
                    }
                }
                side => side,
            };
            let terms = match side {
                Side::Provider => &mut parties.provider_terms,
                Side::Authority => &mut parties.authority_terms,
                Side::Unknown => continue,
            };
            for pronoun in PRONOUN.find_iter(&c[1]) {
                push_term(terms, &pronoun.as_str().to_lowercase());
            }
        }
    }
}

/// A side that calls itself "we" is also "us" and "our"; one that is "you" is also "your".
/// Contracts define one or two of them ("we", "us") and use the rest.
fn first_person(pronouns: &str) -> bool {
    PRONOUN
        .find(pronouns)
        .is_some_and(|p| matches!(p.as_str().to_lowercase().as_str(), "we" | "us" | "our"))
}

fn has(terms: &[String], term: &str) -> bool {
    terms.iter().any(|t| t.eq_ignore_ascii_case(term))
}

fn complete_pronouns(terms: &mut Vec<String>) {
    const FAMILIES: [&[&str]; 2] = [&["we", "us", "our"], &["you", "your"]];
    for family in FAMILIES {
        if terms
            .iter()
            .any(|t| family.contains(&t.to_lowercase().as_str()))
        {
            for word in family {
                if !terms.iter().any(|t| t.eq_ignore_ascii_case(word)) {
                    terms.push((*word).to_string());
                }
            }
        }
    }
}

/// The first blocks of the document, contents lines left out, bounded in count and size,
/// with whether each carries a number ("1.", "(2)") as a list of parties does.
fn head_of(doc: &Document) -> (Vec<&str>, Vec<bool>) {
    let mut total = 0;
    doc.blocks
        .iter()
        .filter(|b| b.kind != BlockKind::TocEntry)
        .take(HEAD_BLOCKS)
        .take_while(|b| {
            total += b.text.len();
            total <= HEAD_CHARS
        })
        .map(|b| (b.text.as_str(), b.number.is_some()))
        .unzip()
}

/// Adds a party's name and terms to what is known, first source first.
fn record(parties: &mut Parties, party: &Party) {
    match party.side {
        Side::Provider => {
            if parties.provider.is_none() && is_name(&party.name) {
                parties.provider = Some(names::provider(&party.name));
            }
            for t in &party.terms {
                push_term(&mut parties.provider_terms, t);
            }
        }
        Side::Authority => {
            if parties.authority.is_none() && is_name(&party.name) {
                parties.authority = Some(names::display_name(&party.name));
            }
            for t in &party.terms {
                push_term(&mut parties.authority_terms, t);
            }
        }
        Side::Unknown => {}
    }
}

// ---------------------------------------------------------------------------------------
// The parties clause in prose.

/// The parties named in the first parties clause of the head: after an opener ("This
/// Agreement is made between"), or, near the top, a paragraph that defines two parties
/// itself ("Aduro Biotech, Inc. ... ("Aduro") and IREYA B.V ... ("Consultant") agree to").
fn parties_clause(head: &[&str], numbered: &[bool]) -> Vec<Party> {
    for (i, text) in head.iter().enumerate() {
        if let Some(opener) = opener(text) {
            let following = head.get(i + 1..).unwrap_or(&[]);
            let following_numbered = numbered.get(i + 1..).unwrap_or(&[]);
            let clause = clause_text(&text[opener.end()..], following, following_numbered);
            let found = split_parties(&clause);
            let named = found.iter().filter(|p| is_name(&p.name)).count();
            if named >= 2 || found.iter().any(|p| p.side != Side::Unknown) {
                return found;
            }
        }
        if i < OPENING_BLOCKS {
            let found = split_parties(&clause_text(text, &[], &[]));
            let defined = found.iter().filter(|p| !p.terms.is_empty()).count();
            if defined >= 2 && found.iter().any(|p| p.side != Side::Unknown) {
                return found;
            }
        }
    }
    Vec::new()
}

/// The clause from its opener on, joined over the blocks it spreads across and cut where
/// the recitals or terms begin. After a bare "BETWEEN:" or "Parties:", numbered blocks
/// are the parties, one each.
fn clause_text(first: &str, following: &[&str], numbered: &[bool]) -> String {
    let list = first.trim().is_empty();
    let mut text = first.to_string();
    for (i, block) in following.iter().take(CLAUSE_BLOCKS).enumerate() {
        let is_numbered = numbered.get(i).copied().unwrap_or(false);
        // A clause that has ended its sentence is complete ("... between X and Y.").
        let ended = text.trim_end().ends_with(['.', '!', '?']) && !(list && is_numbered);
        // A block that opens a parties clause of its own starts afresh (a cover's
        // "BETWEEN X AND Y" before the clause itself).
        let restarts = OPENER_WORDS.is_match(block) && OPENER.is_match(block);
        if ended || restarts || text.len() > CLAUSE_CHARS || AFTER_PARTIES.is_match(block) {
            break;
        }
        text.push_str(if list && is_numbered { " ; " } else { " " });
        text.push_str(block);
    }
    let end = CLAUSE_END.find(&text).map_or(text.len(), |m| m.start());
    let mut end = end.min(CLAUSE_CHARS);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

/// Splits a parties clause into its parties: at ";" and party numbers, at "and" once a
/// party has its defined term or after a comma, else at the "and" that ends an
/// organisation's name.
fn split_parties(clause: &str) -> Vec<Party> {
    let clause = PARTY_NUMBER.replace_all(clause, " ; ");
    let mut segments: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    let mut has_term = false;
    // Where in `current` the last defined term's bracket closed.
    let mut term_end = 0;
    let chars: Vec<(usize, char)> = clause.char_indices().collect();
    let mut i = 0;
    while let Some(&(pos, c)) = chars.get(i) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 && bracket_has_term(&current) {
                    has_term = true;
                    term_end = current.len() + 1;
                }
            }
            _ => {}
        }
        if depth == 0 && c == ';' {
            segments.push(std::mem::take(&mut current));
            has_term = false;
            term_end = 0;
            i += 1;
            continue;
        }
        if depth == 0 && c.is_whitespace() {
            let rest = &clause[pos..];
            if let Some(after) = and_at(rest) {
                let after_comma = current.trim_end().ends_with([',', ')']);
                // "a registered society (number 30281R) and registered social landlord, of
                // ...": a description going on in lower case, not the next party.
                let skip = rest
                    .char_indices()
                    .nth(after)
                    .map_or(rest.len(), |(b, _)| b);
                let next = &rest[skip..];
                let description_goes_on = next.starts_with(|c: char| c.is_lowercase())
                    && !["the ", "you", "we ", "we,", "us,", "us "]
                        .iter()
                        .any(|w| next.starts_with(w));
                // After "X (the "Council")" an "and" parts the parties, unless the
                // sentence has gone on to say something ("(the "Council") is pleased to
                // award ... centres and pools to ..."): then it is prose, not a list.
                let listing = has_term && !SAYS_SOMETHING.is_match(&current[term_end..]);
                if listing || (after_comma && !description_goes_on) {
                    segments.push(std::mem::take(&mut current));
                    has_term = false;
                    term_end = 0;
                    i += after;
                    continue;
                }
            }
        }
        current.push(c);
        i += 1;
    }
    segments.push(current);
    let mut segments: Vec<String> = segments
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .collect();
    // A sentence that defines two parties and says something of them ("X (the "Council")
    // is pleased to award ... to Y (the "Operator")") is prose, whose "and"s belong to it;
    // role definitions find its parties.
    let prose = |s: &str| terms_in(s).len() >= 2 && SAYS_SOMETHING.is_match(s);
    if segments.len() == 1 && !prose(&segments[0]) {
        segments = split_plain_pair(&segments[0]);
    }
    segments
        .iter()
        .map(|s| party_of_segment(s))
        .filter(|p| !p.name.is_empty() || !p.terms.is_empty())
        .collect()
}

/// Words that make the stretch after a defined term a statement rather than a party's
/// description.
static SAYS_SOMETHING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:is|are|was|were|will|shall|has|have|had|agrees?|awards?|appoints?|accepts?|confirms?|wishes|invites?|intends?)\b").unwrap()
});

/// If `rest` (starting at white space) begins " and " / " AND: ", the number of chars to
/// skip past it.
fn and_at(rest: &str) -> Option<usize> {
    static AND: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s+(?:and|AND|And)\s*:?\s+").unwrap());
    AND.find(rest).map(|m| rest[..m.end()].chars().count())
}

/// Whether the last bracket of `segment` holds a defined term (not an address detail).
fn bracket_has_term(segment: &str) -> bool {
    let Some(open) = segment.rfind('(') else {
        return false;
    };
    !terms_in(&segment[open..]).is_empty()
}

/// "X Council and Y Ltd" with no terms or commas: split at the "and" that ends an
/// organisation's name, else at the first "and" followed by a capital.
fn split_plain_pair(segment: &str) -> Vec<String> {
    static AND: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+(?:and|AND)\s+").unwrap());
    let candidates: Vec<(usize, usize)> = AND
        .find_iter(segment)
        .filter(|m| {
            let after = &segment[m.end()..];
            let after = after
                .strip_prefix("the ")
                .or_else(|| after.strip_prefix("The "))
                .unwrap_or(after);
            after
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || matches!(c, '[' | '<' | '"' | '“'))
        })
        .map(|m| (m.start(), m.end()))
        .collect();
    let chosen = candidates
        .iter()
        .find(|(s, _)| ORGANISATION_END.is_match(&segment[..*s]))
        .or(candidates.first());
    match chosen {
        Some(&(s, e)) => vec![segment[..s].to_string(), segment[e..].to_string()],
        None => vec![segment.to_string()],
    }
}

/// One party from its stretch of the clause: the name at its start, the terms in its
/// brackets; "us, X" and "you, Y" define "we" and "you".
fn party_of_segment(segment: &str) -> Party {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:[,:;]\s*)*(?:(?:by and )?between\b\s*:?\s*)?(?:and\b\s*:?\s*)?(?:(us|we|you)\b\s*,?\s*)?")
            .unwrap()
    });
    let mut terms = terms_in(segment);
    let (lead_end, pronoun) = match LEAD.captures(segment) {
        Some(c) => (
            c.get(0).map_or(0, |m| m.end()),
            c.get(1).map(|m| m.as_str().to_lowercase()),
        ),
        None => (0, None),
    };
    match pronoun.as_deref() {
        Some("us") | Some("we") => terms.insert(0, "we".to_string()),
        Some("you") => terms.insert(0, "you".to_string()),
        _ => {}
    }
    Party::new(cut_name(&segment[lead_end..]), terms)
}

/// The defined terms in the brackets of a stretch of text: quoted terms, or "(the Company)".
fn terms_in(segment: &str) -> Vec<String> {
    // "..., the organisation named in the order form, referred to in these terms as "you"":
    // a term defined in the sentence rather than in a bracket.
    static REFERRED_TO_AS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)\b(?:referred\s+to|called|known)(?:\s+in\s+(?:these|this)\s+\w+(?:\s+\w+)?)?\s+as\s+["“]([^"“”]{1,40})["”]"#).unwrap()
    });
    let mut terms = Vec::new();
    for c in REFERRED_TO_AS.captures_iter(segment) {
        let t = c[1].trim();
        if !NOT_PARTY_TERM.is_match(t) && t.chars().any(char::is_alphabetic) {
            push_term(&mut terms, t);
        }
    }
    for bracket in brackets(segment) {
        let quoted: Vec<String> = QUOTED
            .captures_iter(bracket)
            .map(|c| c[1].trim().to_string())
            .collect();
        let found = if quoted.is_empty() {
            // "(the JV, and each of Pacific and Salish a JV Member)": the term is the
            // bracket's first piece.
            let first = bracket.split([',', ';']).next().unwrap_or(bracket);
            UNQUOTED_TERM
                .captures(bracket)
                .or_else(|| BARE_ROLE.captures(bracket))
                .or_else(|| UNQUOTED_TERM.captures(first))
                .map(|c| vec![c[1].to_string()])
                .unwrap_or_default()
        } else {
            quoted
        };
        for t in found {
            if !NOT_PARTY_TERM.is_match(&t) && t.chars().any(char::is_alphabetic) {
                push_term(&mut terms, &t);
            }
        }
    }
    terms
}

/// The contents of every closed bracket, innermost first; a bracket left open (a drafting
/// slip such as "(Company No. [ ] of [Address] (the "Contractor")") still yields the
/// closed ones inside it.
fn brackets(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '(' => open.push(i + 1),
            ')' => {
                if let Some(start) = open.pop() {
                    out.push(&text[start..i]);
                }
            }
            _ => {}
        }
    }
    out
}

/// The name at the start of `candidate`, without description, address or registration.
fn cut_name(candidate: &str) -> String {
    let candidate = head_chars(candidate, NAME_WINDOW);
    let mut end = candidate.len();
    if let Some(m) = NAME_END.find(candidate) {
        end = m.start();
    }
    // A bracket ends the name when it holds a term or registration ("(the Provider)",
    // "(company number ...)"), not when it is part of it ("Fonterra (USA) Inc").
    let mut depth_start = None;
    for (i, c) in candidate[..end].char_indices() {
        if c == '(' {
            depth_start = Some(i);
            let close = candidate[i..].find(')').map_or(candidate.len(), |j| i + j);
            let inside = &candidate[i + 1..close.min(candidate.len())];
            let descriptive = !terms_in(&candidate[i..(close + 1).min(candidate.len())]).is_empty()
                || inside.chars().filter(char::is_ascii_digit).count() >= 4
                || inside.split_whitespace().count() > 3;
            if descriptive {
                end = i;
                break;
            }
        }
    }
    let _ = depth_start;
    // A comma ends the name unless a legal form follows ("Kiddo, Inc.").
    let mut search = 0;
    while let Some(j) = candidate[search..end].find(',') {
        let at = search + j;
        if LEGAL_FORM.is_match(&candidate[at + 1..]) {
            search = at + 1;
            continue;
        }
        end = at;
        break;
    }
    if let Some(j) = address_of(&candidate[..end]) {
        end = j;
    } else if let Some(m) = ORGANISATION_OF.find(&candidate[..end]) {
        // The name ends before " of"; the white space matched may be any width.
        let of = m.as_str().to_lowercase().rfind("of").unwrap_or(0);
        end = candidate[..m.start() + of].trim_end().len();
    }
    candidate[..end]
        .trim()
        .trim_end_matches([',', ';', ':'])
        .trim()
        .to_string()
}

/// "NIGEL CROCKETT of 12 Mill Lane" / "X of (the ...": where " of " starts an address.
fn address_of(text: &str) -> Option<usize> {
    static OF: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\s+of\s*(?:\d|\(|$|the\s+\d)").unwrap());
    OF.find(text).map(|m| m.start())
}

// ---------------------------------------------------------------------------------------
// Labelled cover lines and table cells.

/// "Supplier: Acme Ltd", a cell "Supplier" followed by the name, or a role heading
/// followed by "Name: Acme Ltd".
fn labelled_parties(head: &[&str]) -> Vec<Party> {
    let mut out = Vec::new();
    for (i, text) in head.iter().enumerate() {
        let Some((role, rest)) = label(text) else {
            continue;
        };
        let value = if rest.is_empty() {
            match head.get(i + 1) {
                // A role heading over a "Name:" line.
                Some(next) => match NAME_LINE.captures(next).and_then(|n| n.get(1)) {
                    Some(n) if !n.as_str().trim().is_empty() => n.as_str(),
                    Some(_) => head.get(i + 2).copied().unwrap_or(""),
                    None if label(next).is_some() => "",
                    None => next,
                },
                None => "",
            }
        } else {
            rest
        };
        let value = value.trim();
        // A label line is short; "The Supplier shall ..." is a sentence, not a label. A
        // longer one is a company's name followed by its registration and address ("Acme
        // Ltd, ABN 38 615 220 904, 22 Banna Avenue, Griffith NSW 2680") only when the name
        // it starts with ends in a legal form.
        let lower = value.to_lowercase();
        let long = value.split_whitespace().count() > 15;
        if (long && !ENDS_IN_LEGAL_FORM.is_match(&cut_name(value)))
            || value.split_whitespace().count() > 40
            || [" shall ", " must ", " will ", " may "]
                .iter()
                .any(|w| format!(" {lower} ").contains(w))
            || lower.starts_with("shall")
            || lower.starts_with("means")
        {
            continue;
        }
        let term = if role.to_lowercase().starts_with("party ") {
            role
        } else {
            capitalised(&role)
        };
        out.push(Party::new(cut_name(value), vec![term]));
    }
    out
}

/// The role and value of a label line. "Department for Widgets" is a name, not the label
/// "Department": a label with its value on the same line says so with a colon, a bar or
/// "name".
fn label(text: &str) -> Option<(String, &str)> {
    let caps = LABELLED.captures(text)?;
    let rest = caps.get(4).map_or("", |m| m.as_str().trim());
    if !rest.is_empty() && caps.get(2).is_none() && caps.get(3).is_none() {
        return None;
    }
    Some((caps[1].trim().to_string(), rest))
}

/// At most the first `n` bytes of `text`, cut at a character boundary.
fn head_chars(text: &str, n: usize) -> &str {
    let mut end = n.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// At most the last `n` bytes of `text`, cut at a character boundary.
fn tail(text: &str, n: usize) -> &str {
    let mut start = text.len().saturating_sub(n);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

fn capitalised(word: &str) -> String {
    let lower = word.to_lowercase();
    let mut chars = lower.chars();
    chars.next().map_or_else(String::new, |f| {
        f.to_uppercase().collect::<String>() + chars.as_str()
    })
}

// ---------------------------------------------------------------------------------------
// Role terms defined anywhere in the head.

/// `Acme Ltd ("we", "us", "our")`, `... Acme Ltd (the "Supplier")` outside a parties clause.
/// Only role terms count here; "(the "Effective Date")" is no party.
/// The office a letter is addressed to, before the organisation's name.
static ADDRESSEE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:the\s+)?(?:secretary|chair(?:person|man|woman)?|chief executive(?: officer)?|ceo|director|managing director|manager|treasurer|clerk|chief officer|head of [a-z ]{1,30}|company secretary|accounting officer|board of (?:directors|trustees))\s*,\s*").unwrap()
});

fn role_definitions(head: &[&str]) -> Vec<Party> {
    let mut out = Vec::new();
    for text in head.iter().take(ROLE_BLOCKS) {
        let mut from = 0;
        // Quoted role terms, and unquoted pronouns in brackets, in the order they stand.
        let mut found: Vec<(regex::Match, Vec<String>)> = ROLE_DEFINITION
            .find_iter(text)
            .map(|m| (m, terms_in(m.as_str())))
            .chain(PRONOUN_BRACKET.captures_iter(text).filter_map(|c| {
                let terms = c[1]
                    .split([','])
                    .flat_map(|t| t.split(" and ").flat_map(|t| t.split(" or ")))
                    .map(|t| t.trim().trim_start_matches("the ").to_string())
                    .filter(|t| !t.is_empty())
                    .collect();
                Some((c.get(0)?, terms))
            }))
            .collect();
        found.sort_by_key(|(m, _)| m.start());
        for (whole, terms) in found {
            if whole.start() < from {
                continue;
            }
            let before = tail(text.get(from..whole.start()).unwrap_or(""), NAME_WINDOW);
            from = whole.end();
            let name = name_before(before);
            // Away from the parties clause a role term counts only beside a real name
            // (or as a pronoun): "(the "Board")" in a definition names no party.
            let pronoun = terms
                .iter()
                .any(|t| matches!(t.to_lowercase().as_str(), "we" | "us" | "our" | "you"));
            // A public body's own short name ("the Health Service Executive ("the HSE")")
            // is the authority's term even though no role word says so.
            let known = side_of_terms(&terms) != Side::Unknown
                || (PUBLIC_BODY.is_match(&name) && terms.iter().any(|t| short_for(t, &name)));
            if !known || !(is_name(&name) || pronoun) {
                continue;
            }
            out.push(Party::new(name, terms));
        }
    }
    out
}

/// Whether `term` is a short name for `name`: one of its words ("the Ministry" for "Ministry
/// of Health") or its initials ("HSE" for "Health Service Executive").
fn short_for(term: &str, name: &str) -> bool {
    let term = term
        .trim()
        .trim_start_matches("the ")
        .trim_start_matches("The ");
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.contains(&term) {
        return true;
    }
    let initials: String = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .filter_map(|w| w.chars().next())
        .collect();
    term.len() >= 2 && term.chars().all(|c| c.is_ascii_uppercase()) && initials.contains(term)
}

/// The name a defined term follows: registration and address details dropped from the
/// end, then the text after the last connective, cut where the description begins.
fn name_before(before: &str) -> String {
    static START: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?:\bbetween\b\s*:?|\band\b|\bby\b|\bwith\b|\bfrom\b|\bto\b|\(\d\)|[.;:]\s)\s*",
        )
        .unwrap()
    });
    // "England and Wales" is not the "and" between two parties.
    let before = JURISDICTION_AND.replace_all(before, "$1 & $2");
    let end = TAIL_START.find(&before).map_or(before.len(), |m| m.start());
    let before = &before[..end];
    // "and" joins two parties only after an organisation's name or a closed description;
    // in "Department for Work and Pensions" it is part of the name.
    let start = START
        .find_iter(before)
        .filter(|m| {
            let word = m.as_str().trim();
            let left = before[..m.start()].trim_end();
            !word.eq_ignore_ascii_case("and")
                || ORGANISATION_END.is_match(left)
                || left.ends_with([',', ')', ';'])
        })
        .last()
        .map_or(0, |m| m.end());
    // A letter's addressee: "To: The Secretary, Slieve Bawn Responders CLG".
    let candidate = &before[start..];
    let candidate = ADDRESSEE
        .find(candidate)
        .map_or(candidate, |m| &candidate[m.end()..]);
    cut_name(candidate)
}

/// Jurisdictions joined by "and", which is not the "and" between the parties.
static JURISDICTION_AND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(England|Scotland|Great Britain)\s+and\s+(Wales|Northern Ireland)\b")
        .unwrap()
});
/// Where registration details begin in the text before a defined term.
static TAIL_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s+(?:(?:an?|the)\s+(?:private |public )?(?:limited )?(?:company|corporation|charity|charitable|community interest company|limited liability partnership|society|body corporate)\b|whose registered|with (?:its )?registered|incorporated (?:in|under)|registered (?:in|under|as|with)|company (?:number|no)|\((?:company|charity|registered|registration|reg\.)\s)").unwrap()
});

// ---------------------------------------------------------------------------------------
// Sides.

/// A defined term as the role lists spell it: lower case, without "the".
fn role_word(term: &str) -> String {
    let t = term.trim().to_lowercase();
    t.strip_prefix("the ")
        .map_or_else(|| t.clone(), str::to_string)
}

fn side_of_term(term: &str) -> Side {
    let t = role_word(term);
    let t = t.as_str();
    let provider = PROVIDER_TERMS.contains(&t);
    let authority = AUTHORITY_TERMS.contains(&t);
    match (provider, authority) {
        (true, false) => Side::Provider,
        (false, true) => Side::Authority,
        _ => Side::Unknown,
    }
}

fn side_of_terms(terms: &[String]) -> Side {
    let sides: Vec<Side> = terms
        .iter()
        .map(|t| side_of_term(t))
        .filter(|s| *s != Side::Unknown)
        .collect();
    match sides.first() {
        Some(&first) if sides.iter().all(|s| *s == first) => first,
        _ => Side::Unknown,
    }
}

/// Sides the terms did not tell. "We" and "you" name sides only together with the names:
/// a public body is the authority; an organisation with a company form ("Acme Ltd") that
/// calls itself "we" is a supplier writing its own terms; otherwise "we" is the authority
/// and "you" the provider. A public body's name makes it the authority; with two parties,
/// knowing one side tells the other.
fn resolve_sides(parties: &mut [Party]) {
    let public = |p: &Party| !p.name.is_empty() && PUBLIC_BODY.is_match(&p.name);
    let we_side = parties
        .iter()
        .find(|p| has_pronoun(p, &["we", "us", "our"]))
        .map(|p| {
            if public(p) {
                Side::Authority
            } else if COMPANY_FORM.is_match(&p.name) {
                Side::Provider
            } else {
                Side::Authority
            }
        });
    for p in parties.iter_mut() {
        if has_pronoun(p, &["we", "us", "our"]) {
            p.side = we_side.unwrap_or(Side::Authority);
        } else if has_pronoun(p, &["you", "your"]) {
            p.side = if public(p) {
                Side::Authority
            } else {
                we_side.map_or(Side::Provider, opposite)
            };
        }
    }
    for p in parties.iter_mut() {
        if p.side == Side::Unknown && public(p) {
            p.side = Side::Authority;
        }
    }
    // One party left unknown while every other is on one side: it is on the other. A
    // guarantor is on neither.
    let third_party = |p: &Party| {
        !p.terms.is_empty()
            && p.terms
                .iter()
                .all(|t| THIRD_PARTY_TERMS.contains(&role_word(t).as_str()))
    };
    let unknown: Vec<usize> = (0..parties.len())
        .filter(|&i| parties[i].side == Side::Unknown && !third_party(&parties[i]))
        .collect();
    let known: Vec<Side> = parties
        .iter()
        .map(|p| p.side)
        .filter(|s| *s != Side::Unknown)
        .collect();
    if let ([only], Some(&first)) = (unknown.as_slice(), known.first()) {
        if known.iter().all(|s| *s == first) {
            parties[*only].side = opposite(first);
        }
    }
    // Labels that name either side ("Licensee": the buyer of a software licence, the
    // operator of a council's leisure centre) can put every party on the authority's side;
    // when only one of them is a public body, the others are the providers.
    let publics = parties.iter().filter(|p| public(p)).count();
    if parties.len() >= 2 && publics == 1 && parties.iter().all(|p| p.side == Side::Authority) {
        for p in parties.iter_mut().filter(|p| !public(p)) {
            p.side = Side::Provider;
        }
    }
}

fn opposite(side: Side) -> Side {
    match side {
        Side::Provider => Side::Authority,
        Side::Authority => Side::Provider,
        Side::Unknown => Side::Unknown,
    }
}

fn has_pronoun(p: &Party, pronouns: &[&str]) -> bool {
    p.terms
        .iter()
        .any(|t| pronouns.contains(&t.to_lowercase().as_str()))
}

/// A company form in a name: the mark of a business rather than a public body.
static COMPANY_FORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:ltd|limited|plc|llp|llc|inc|incorporated|corp|corporation|cic|gmbh|pty)\b\.?",
    )
    .unwrap()
});

/// Adds a defined term once, without quotes or a leading "the" (the rules match the term
/// with or without its article).
fn push_term(terms: &mut Vec<String>, term: &str) {
    let t = term.trim().trim_matches(|c: char| !c.is_alphanumeric());
    let t = match t.get(..4) {
        Some(article) if article.eq_ignore_ascii_case("the ") && t.len() > 4 => &t[4..],
        _ => t,
    };
    let t = t.trim().to_string();
    if !t.is_empty() && !terms.iter().any(|x| x.eq_ignore_ascii_case(&t)) {
        terms.push(t);
    }
}

/// A real name: a capital or digit in its first word, not a placeholder, not a sentence,
/// not a role word.
fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    let first = if first.eq_ignore_ascii_case("the") {
        words.get(1).copied().unwrap_or("")
    } else {
        first
    };
    words.len() <= 12
        && first
            .chars()
            .any(|c| c.is_uppercase() || c.is_ascii_digit())
        && s.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !PLACEHOLDER.is_match(s)
        && side_of_term(s) == Side::Unknown
        && !s.to_lowercase().starts_with("party ")
        && !NOT_PARTY_TERM.is_match(s)
        && !NOT_A_NAME.is_match(s)
}

/// Words that show a "name" is a title, a form label or a phrase: "Facilities Management
/// Services Framework Agreement", "Company Representative", "Signature", "That is".
static NOT_A_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:agreement|contract|schedule|framework|terms and conditions|conditions|order form|annex|appendix|clause|version|template|representative|signature|signed|witness|address|telephone|e-?mail|abn|acn|duns|date|details|authorised officer|deed)\b|^(?:the\s+)?(?:agency|company|organisation|organization|party|parties|individual|person|entity|business)$|^(?:that|this|these|those|such|each|any|all|it|its|which|who|if|in|on|for|as|where|when|whereas|if|no|not|our|your|their|his|her|see|under|upon|subject)\b").unwrap()
});

// ---------------------------------------------------------------------------------------
// References.

/// The contract reference and the framework reference stated in the head. A contract's own
/// reference is preferred; the framework's stands in when it is the only one.
fn find_references(head: &[&str]) -> (Option<String>, Option<String>) {
    let mut contract = None;
    let mut framework = None;
    for (i, text) in head.iter().enumerate() {
        // A cover's lines often arrive as one paragraph ("Framework Agreement Reference:
        // RM9342 / Call-Off Reference: CO-7781"), so every labelled reference in it counts.
        let mut found: Vec<(String, String)> = REFERENCE
            .captures_iter(text)
            .map(|c| (c[1].to_lowercase(), c[2].to_string()))
            .collect();
        if found.is_empty() {
            found.extend(
                CONTRACT_NAMED
                    .captures(text)
                    .map(|c| c[1].trim_end_matches(['.', ',', ';', ':', '-']).to_string())
                    .filter(|v| is_named_reference(v))
                    .map(|v| ("contract".to_string(), v)),
            );
        }
        if found.is_empty() {
            found.extend(if BARE_REFERENCE.is_match(text) {
                BARE_REFERENCE
                    .captures(text)
                    .map(|c| (String::new(), c[1].to_string()))
            } else {
                REFERENCE_LABEL.captures(text).and_then(|c| {
                    let value = head.get(i + 1)?.trim();
                    let label = c.get(1).map_or("", |m| m.as_str()).to_lowercase();
                    // "Reference" alone needs a value that looks like one.
                    let plain = !value.contains(' ') && value.len() <= 40;
                    plain.then(|| (label, value.to_string()))
                })
            });
        }
        for (label, value) in found {
            // "TCC / ST / 2025 / 031" is "TCC/ST/2025/031".
            let value: String = value
                .trim_end_matches(['.', ',', ';', ':', ' ', '/'])
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            let usable = value.chars().any(|c| c.is_ascii_digit())
                && !PLACEHOLDER.is_match(&value)
                && !looks_like_date(&value);
            if !usable {
                continue;
            }
            if label.starts_with("framework") || FRAMEWORK_NUMBER.is_match(&value) {
                framework.get_or_insert(value);
            } else {
                contract.get_or_insert(value);
            }
        }
    }
    (contract.or_else(|| framework.clone()), framework)
}

/// A value after a bare "Contract" that reads as a reference: digits with letters or
/// separators ("4471-HS", "WCC/ASC/2025/114"), not a number ("2025", "4.2") or a financial
/// year ("2025/26").
fn is_named_reference(value: &str) -> bool {
    static FINANCIAL_YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\d{4}[/\-]\d{2}(?:\d{2})?$").unwrap());
    value.bytes().any(|b| b.is_ascii_digit())
        && value
            .bytes()
            .any(|b| b.is_ascii_uppercase() || matches!(b, b'/' | b'-' | b'_'))
        && !FINANCIAL_YEAR.is_match(value)
}

/// A field of a header line that is a reference and nothing else: one token of letters and
/// digits with at least two separators ("TCC/ST/2025/031", "WCC-HC-2025-07"), not a date.
fn bare_reference_in(line: &str) -> Option<String> {
    line.split(['|', '–', '—', '\t'])
        .flat_map(|field| field.split(" - "))
        .map(str::trim)
        .find(|field| {
            let separators = field
                .bytes()
                .filter(|b| matches!(b, b'/' | b'-' | b'_'))
                .count();
            !field.contains(char::is_whitespace)
                && field.len() <= 40
                && separators >= 2
                && is_named_reference(field)
                && !looks_like_date(field)
        })
        .map(str::to_string)
}

fn looks_like_date(value: &str) -> bool {
    static DATE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}$").unwrap());
    DATE.is_match(value)
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
            ..Document::default()
        })
    }

    fn provider_name(p: &Parties) -> Option<&str> {
        p.provider.as_ref().map(|p| p.name.as_str())
    }

    #[test]
    fn pronouns_defined_in_a_sentence_of_their_own_take_the_named_side() {
        let p = parties_of(&[
            "1.1 This contract is between Hartmoor Council (the \"Council\") and Carers Together Hartmoor, a registered charity (the \"Provider\").",
            "1.2 In this contract, \"we\", \"us\" and \"our\" mean the Council, and \"you\" and \"your\" mean the Provider.",
        ]);
        assert_eq!(p.authority_terms, ["Council", "we", "us", "our"]);
        assert_eq!(p.provider_terms, ["Provider", "you", "your"]);
    }

    #[test]
    fn pronouns_listed_in_brackets_without_quotes_take_the_named_side() {
        let p = parties_of(&[
            "These terms apply when Wyvern Heath District Council (we, us, the Council) buys the out-of-hours alarm response service from you.",
        ]);
        assert!(p.authority_terms.iter().any(|t| t == "we"), "{p:?}");
        assert!(p.authority_terms.iter().any(|t| t == "Council"), "{p:?}");
        assert!(!p.provider_terms.iter().any(|t| t == "we"), "{p:?}");
    }

    #[test]
    fn pronouns_defined_by_naming_a_public_body_and_a_company_take_their_sides() {
        let p = parties_of(&[
            "Ashworth County Council and Crosswise Community Patrols CIC",
            "1.2 In this agreement \"we\", \"us\" and \"our\" mean Ashworth County Council of County Hall, and \"you\" and \"your\" mean Crosswise Community Patrols CIC (company number 13579246) of The Old Depot.",
        ]);
        assert!(p.authority_terms.iter().any(|t| t == "we"), "{p:?}");
        assert!(p.provider_terms.iter().any(|t| t == "you"), "{p:?}");
        assert!(!p.authority_terms.iter().any(|t| t == "you"), "{p:?}");
    }

    #[test]
    fn a_bare_role_word_in_brackets_defines_a_party_and_a_bracketed_place_does_not() {
        let p = parties_of(&["This Arrangement is made on 17 March 2025 between the Bushfire Risk Mitigation Agency, ABN 11 222 333 444, for and on behalf of the Crown in right of the State of New South Wales (Principal) and Ironbark Vegetation (Scotland) Pty Ltd, ABN 55 666 777 888, of 9 Stringybark Road, Bellwood (Contractor)."]);
        assert_eq!(p.authority_terms, ["Principal"]);
        assert_eq!(p.provider_terms, ["Contractor"]);
    }

    #[test]
    fn a_service_arrangement_opens_a_parties_clause() {
        let p = parties_of(&["1.1 This Service Arrangement is made between Tusla - Child and Family Agency (the \"Agency\") and Ballymore Family Resource Centre CLG, a company limited by guarantee (the \"Service Provider\")."]);
        assert_eq!(
            provider_name(&p),
            Some("Ballymore Family Resource Centre CLG")
        );
        assert_eq!(p.authority_terms, ["Agency"]);
    }

    #[test]
    fn numbered_parties_clause_with_defined_terms() {
        let p = parties_of(&["THIS CONTRACT is made on 1 April 2025 BETWEEN (1) NORTHSHIRE COUNTY COUNCIL of County Hall (the \u{201C}Council\u{201D}); and (2) GREENFIELD CARE SERVICES LTD (company number 04567123) whose registered office is at 12 Mill Lane (the \u{201C}Provider\u{201D})."]);
        assert_eq!(provider_name(&p), Some("Greenfield Care Services Ltd"));
        assert_eq!(p.authority.as_deref(), Some("Northshire County Council"));
        assert_eq!(p.provider_terms, vec!["Provider"]);
        assert_eq!(p.authority_terms, vec!["Council"]);
    }

    #[test]
    fn secretary_of_state_and_a_clause_over_several_blocks() {
        let p = parties_of(&[
            "This Agreement is made on 1 May 2025",
            "BETWEEN:",
            "(1) THE SECRETARY OF STATE FOR HEALTH AND SOCIAL CARE of 39 Victoria Street, London (the \"Authority\"); and",
            "(2) ACME CARE LIMITED (company number 01234567) whose registered office is at 1 High Street (the \"Provider\").",
            "WHEREAS the Authority wishes to buy services.",
        ]);
        assert_eq!(provider_name(&p), Some("Acme Care Limited"));
        assert_eq!(
            p.authority.as_deref(),
            Some("Secretary of State for Health and Social Care")
        );
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
        assert_eq!(p.authority.as_deref(), Some("University of Northshire"));
    }

    #[test]
    fn order_form_from_and_to_lines() {
        let p = parties_of(&[
            "Call-Off Contract Reference: DWP-2025-0007",
            "From: the Department for Work and Pensions (\"Buyer\")",
            "To: Acme Digital Ltd (\"Supplier\")",
        ]);
        assert_eq!(provider_name(&p), Some("Acme Digital Ltd"));
        assert_eq!(
            p.authority.as_deref(),
            Some("Department for Work and Pensions")
        );
        assert_eq!(p.contract_ref.as_deref(), Some("DWP-2025-0007"));
    }

    #[test]
    fn grant_agreements_name_the_recipient() {
        let p = parties_of(&["This Grant Agreement is made between (1) Northshire County Council (\"the Funder\") and (2) Hope Community Trust, a registered charity (number 1100001) (\"the Recipient\")."]);
        assert_eq!(provider_name(&p), Some("Hope Community Trust"));
        assert_eq!(p.provider_terms, vec!["Recipient"]);
        assert_eq!(p.authority_terms, vec!["Funder"]);
    }

    #[test]
    fn a_cover_title_does_not_swallow_the_clause() {
        let p = parties_of(&[
            "BETWEEN",
            "HIGHWAYS ENGLAND COMPANY LIMITED",
            "AND",
            "[INSERT NAME OF CONTRACTOR]",
            "THIS AGREEMENT is made on [date]",
            "BETWEEN:",
            "(1) HIGHWAYS ENGLAND COMPANY LIMITED (Company No. 09346363) of Bridge House, 1 Walnut Tree Close, Guildford (\u{201C}HECL\u{201D}); and",
            "(2) [INSERT NAME OF CONTRACTOR] (Company No. [ ] of [Registered Address] (the \u{201C}Contractor\u{201D})",
            "each a \u{201C}Party\" and together the \u{201C}Parties\u{201D}.",
        ]);
        assert_eq!(provider_name(&p), None);
        assert_eq!(
            p.authority.as_deref(),
            Some("Highways England Company Limited")
        );
        assert_eq!(p.provider_terms, vec!["Contractor"]);
        assert_eq!(p.authority_terms, vec!["HECL"]);
    }

    #[test]
    fn a_numbered_list_of_parties() {
        let doc = Document {
            blocks: vec![
                Block::new(BlockKind::Paragraph, "Parties:"),
                Block::new(
                    BlockKind::Paragraph,
                    "Northshire County Council of County Hall, Northshire (the \"Council\").",
                )
                .with_number("1."),
                Block::new(
                    BlockKind::Paragraph,
                    "Hope Homecare Ltd (the \"Provider\").",
                )
                .with_number("2."),
                Block::new(BlockKind::Paragraph, "Services").with_number("3."),
            ],
            ..Document::default()
        };
        let p = find_parties(&doc);
        assert_eq!(provider_name(&p), Some("Hope Homecare Ltd"));
        assert_eq!(p.authority.as_deref(), Some("Northshire County Council"));
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
        assert_eq!(p.authority.as_deref(), Some("Riverside Borough Council"));
        // Which side neither name nor term tells: no provider rather than a guess.
        let p = parties_of(&["This Agreement is between Alpha Widgets Ltd and Beta Gadgets Ltd."]);
        assert_eq!(provider_name(&p), None);
    }

    #[test]
    fn us_style_and_unusual_terms_become_provider_terms() {
        let p = parties_of(&["This Consulting Agreement is entered into by and between Aduro Biotech, Inc., a Delaware corporation (\"Company\"), and Dr. Jane Doe (\"Consultant\")."]);
        assert_eq!(provider_name(&p), Some("Dr. Jane Doe"));
        assert_eq!(p.authority.as_deref(), Some("Aduro Biotech, Inc"));
        assert_eq!(p.provider_terms, vec!["Consultant"]);
        assert_eq!(p.authority_terms, vec!["Company"]);
        let p = parties_of(&["This agreement is between the Department for Example (the \"Buyer\") and Widget Makers LLP (the \"Seller\")."]);
        assert_eq!(provider_name(&p), Some("Widget Makers LLP"));
        assert_eq!(p.provider_terms, vec!["Seller"]);
    }

    #[test]
    fn letters_and_numbered_order_form_rows_name_the_provider() {
        let p = parties_of(&[
            "To: The Secretary, Slieve Bawn Responders CLG (\"the Recipient Organisation\").",
            "Dear Secretary, I am pleased to offer the Recipient Organisation a grant.",
        ]);
        assert_eq!(provider_name(&p), Some("Slieve Bawn Responders CLG"));
        assert_eq!(p.provider_terms, vec!["Recipient Organisation"]);
        // A description going on after "and" in lower case is still the first party's.
        let p = parties_of(&["THIS CONTRACT is made between GLANNAU HOUSING ASSOCIATION LIMITED, a registered society (number 30281R) and registered social landlord, of Quay Street, Carmarthen (the \"Association\"), and DRAGON LIFT SERVICES LIMITED of Swansea (the \"Contractor\")."]);
        assert_eq!(provider_name(&p), Some("Dragon Lift Services Limited"));
        assert_eq!(p.authority_terms, vec!["Association"]);
        // A defined term that is no short name of the public body before it names no party.
        let p = parties_of(&[
            "This Agreement is made between (1) NHS North Fenland Integrated Care Board (the \"ICB\") and (2) St Aidan's Hospice (the \"Grantee\").",
            "1.1 The ICB shall pay the Grantee a grant of 1,240,000 pounds (the \"Grant\").",
        ]);
        assert_eq!(p.authority_terms, vec!["ICB"]);
        // The writer of the letter, a public body, defines only its short name.
        let p = parties_of(&[
            "To: The Secretary, Slieve Bawn Responders CLG (\"the Recipient Organisation\").",
            "This offer is made by the Health Service Executive (\"the HSE\") under section 39 of the Health Act 2004.",
        ]);
        assert_eq!(p.authority.as_deref(), Some("Health Service Executive"));
        assert_eq!(p.authority_terms, vec!["HSE"]);
        assert_eq!(provider_name(&p), Some("Slieve Bawn Responders CLG"));
        let p = parties_of(&[
            "Requirement",
            "Detail",
            "A1 Buyer",
            "Department for Regional Infrastructure",
            "A2 Supplier",
            "Ferncastle Archive Logistics Ltd (company number 09876543)",
        ]);
        assert_eq!(provider_name(&p), Some("Ferncastle Archive Logistics Ltd"));
        // "Issuing department" labels the buyer; the document calls it "the County", a word
        // its written name holds.
        let p = parties_of(&[
            "Field",
            "Entry",
            "Issuing department",
            "Department of Veterans Services, County of Alder Creek",
            "Vendor",
            "Cascade Veterans Claims Services LLC, 1200 Front Street",
            "1. The County may audit Vendor's compliance with this purchase order.",
        ]);
        assert_eq!(
            p.authority.as_deref(),
            Some("Department of Veterans Services")
        );
        assert_eq!(p.authority_terms, vec!["Department", "County"]);
        assert_eq!(
            provider_name(&p),
            Some("Cascade Veterans Claims Services LLC")
        );
    }

    #[test]
    fn abbreviations_and_legal_forms_after_commas() {
        let p = parties_of(&["THIS MASTER SUPPLY AGREEMENT (\"Agreement\") is made as of 31 October 2019 (\"Effective Date\") by and between Premier Nutrition Company, LLC, a Delaware limited liability company with its headquarters located at 1222 67th Street (\"Buyer\" or \"PNC\"), and Fonterra (USA) Inc., a California corporation with its principal place of business located at 8700 W. Bryn Mawr Avenue (\"Supplier\" or \"Fonterra\") (each a \"Party\", collectively \"Parties\")."]);
        assert_eq!(provider_name(&p), Some("Fonterra (USA) Inc"));
        assert_eq!(
            p.authority.as_deref(),
            Some("Premier Nutrition Company, LLC")
        );
        assert_eq!(p.provider_terms, vec!["Supplier", "Fonterra"]);
        assert_eq!(p.authority_terms, vec!["Buyer", "PNC"]);
    }

    #[test]
    fn a_guarantor_is_neither_side_and_unusual_roles_are_the_provider() {
        let p = parties_of(&["This Contract is made between (1) Strathallan Council, having its principal office at Burgh Chambers (the Council); (2) Caledon Leisure Services Limited, registered in Scotland under number SC601122 (the Concessionaire); and (3) Caledon Active Group plc, registered in Scotland under number SC287760 (the Guarantor)."]);
        assert_eq!(provider_name(&p), Some("Caledon Leisure Services Limited"));
        assert_eq!(p.provider_terms, vec!["Concessionaire"]);
        assert_eq!(p.authority_terms, vec!["Council"]);
        let p = parties_of(&["This Partnership Services Agreement (Agreement) is entered into as of January 12, 2026 by and between the County of San Benito Hills, a political subdivision of the State of California (County), and Rising Path Recovery Collaborative, a California nonprofit public benefit corporation (Partner). County and Partner are each referred to as a Party."]);
        assert_eq!(
            provider_name(&p),
            Some("Rising Path Recovery Collaborative")
        );
        assert_eq!(p.provider_terms, vec!["Partner"]);
        // A term defined in the sentence, not in a bracket.
        let p = parties_of(&["These terms are made on 24 April 2026 between Matariki Plains District Council (the \"Council\") and Harbourside Services Limited, the organisation named in the order form, referred to in these terms as \"you\"."]);
        assert_eq!(provider_name(&p), Some("Harbourside Services Limited"));
        assert_eq!(p.provider_terms, vec!["you", "your"]);
        // Pronouns defined unquoted in a letter: "we" is the authority, "you" the provider.
        let p = parties_of(&[
            "1.1 We are pleased to offer you a grant of up to GBP 186,400 (the Grant).",
            "1.2 In this letter, we, us and our mean the Tywi Valley Skills Partnership, a partnership of public bodies. You and your mean Llwybr Ymlaen, the organisation named above.",
        ]);
        assert_eq!(p.authority_terms, vec!["we", "us", "our"]);
        assert!(
            p.provider_terms.iter().any(|t| t == "you"),
            "{:?}",
            p.provider_terms
        );
        // The term first in a bracket that goes on to define more.
        let p = parties_of(&["BETWEEN: CITY OF FRASERBANK, a municipality (the City); AND: PACIFIC MOBILITY LTD., a British Columbia company, carrying on business as the Fraserbank Accessible Transit Joint Venture (the JV, and each of its members a JV Member)."]);
        assert_eq!(p.provider_terms, vec!["JV"]);
        assert_eq!(p.authority_terms, vec!["City"]);
    }

    #[test]
    fn placeholders_are_not_names_and_the_authority_never_is_the_provider() {
        let p = parties_of(&["This Agreement is made between Riverside Borough Council (the \"Council\") and [Grantee name] (the \"Grantee\")."]);
        assert_eq!(provider_name(&p), None);
        assert_eq!(p.authority.as_deref(), Some("Riverside Borough Council"));
        assert_eq!(p.provider_terms, vec!["Grantee"]);
        for blank in ["<name>", "XXXX Ltd", "[insert]", "_________"] {
            let p = parties_of(&[&format!(
                "This Contract is between Northshire Council (the \"Authority\") and {blank} (the \"Supplier\")."
            )]);
            assert_eq!(provider_name(&p), None, "{blank}");
        }
        let p = parties_of(&[
            "Supplier: Northshire Council",
            "Authority: Northshire Council",
        ]);
        assert_eq!(provider_name(&p), None);
    }

    #[test]
    fn we_and_you_follow_the_names() {
        // A company calling itself "we" is a supplier writing its own terms.
        let p = parties_of(&["These terms are between Acme Care Ltd (\"we\", \"us\", \"our\") and the organisation buying the services (\"you\")."]);
        assert_eq!(provider_name(&p), Some("Acme Care Ltd"));
        assert_eq!(p.provider_terms, vec!["we", "us", "our"]);
        assert_eq!(
            p.authority_terms,
            vec!["you", "your"],
            "defined 'you' brings 'your'"
        );
        assert_eq!(p.authority, None);
        // A council that calls itself "we" is the authority; the grantee is "you".
        let p = parties_of(&[
            "This Grant Agreement is between us, Northshire County Council (\"we\"), and you, Hope Trust CIC (\"you\").",
        ]);
        assert_eq!(provider_name(&p), Some("Hope Trust CIC"));
        assert_eq!(p.authority.as_deref(), Some("Northshire County Council"));
        assert_eq!(p.authority_terms, vec!["we", "us", "our"]);
        assert_eq!(p.provider_terms, vec!["you", "your"]);
        // A supplier's own terms, "we" being the supplier and "you" the council.
        let p = parties_of(&["These terms are between Acme Care Ltd (\"we\") and Northshire County Council (\"you\")."]);
        assert_eq!(provider_name(&p), Some("Acme Care Ltd"));
        assert!(p.provider_terms.iter().any(|t| t == "we"));
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
        assert_eq!(p.authority.as_deref(), Some("Department for Widgets"));
        assert_eq!(p.contract_ref.as_deref(), Some("NCC-HC-2025-014"));
        let p = parties_of(&["Call-Off Reference: DES-FM-0092"]);
        assert_eq!(p.contract_ref.as_deref(), Some("DES-FM-0092"));
        let p = parties_of(&[
            "Provider name | Harbour Homecare Ltd",
            "Customer: Northshire Council",
        ]);
        assert_eq!(provider_name(&p), Some("Harbour Homecare Ltd"));
        let p = parties_of(&[
            "Seller",
            "Company name: Brightway Ltd",
            "Buyer",
            "Agency name",
        ]);
        assert_eq!(provider_name(&p), Some("Brightway Ltd"));
        // A plain-English order form says who "you" are.
        let p = parties_of(&["Service provider (you)", "Kampong Kindness Ltd, a charity"]);
        assert_eq!(provider_name(&p), Some("Kampong Kindness Ltd"));
        // A role heading over a blank name gives the term but no name.
        let p = parties_of(&["To the (\"SUPPLIER\")", "Name: [   ]"]);
        assert_eq!(provider_name(&p), None);
        // Obligations are not labels.
        let p = parties_of(&["Supplier shall keep records of all complaints."]);
        assert_eq!(provider_name(&p), None);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_any_text(texts in proptest::collection::vec(".{0,300}", 0..8)) {
            let blocks: Vec<&str> = texts.iter().map(String::as_str).collect();
            let p = parties_of(&blocks);
            if let (Some(provider), Some(authority)) = (&p.provider, &p.authority) {
                proptest::prop_assert_ne!(&provider.key, &names::provider_key(authority));
            }
        }

        #[test]
        fn never_panics_on_clause_like_text(
            a in "[A-Za-z&. ,()\u{a0}\u{2019}'\"“”]{0,60}",
            b in "[A-Za-z&. ,()\u{a0}0-9]{0,60}",
            t in "(Supplier|Council|we|you|Company|X)",
        ) {
            let text = format!("This Agreement is made between {a} of\u{a0}1 Road (the \"{t}\"); and (2) {b} Ltd of\u{a0}x (\"Provider\").");
            let _ = parties_of(&[&text, "Supplier:", &a]);
        }
    }

    #[test]
    fn references_prefer_the_contracts_own_over_the_framework() {
        let p = parties_of(&["Framework reference RM6089", "Contract No. C-114"]);
        assert_eq!(p.contract_ref.as_deref(), Some("C-114"));
        assert_eq!(p.framework_ref.as_deref(), Some("RM6089"));
        assert!(!p.reference_is_framework());
        let p = parties_of(&["Framework Agreement Reference: RM9342 Call-Off Reference: CO-7781"]);
        assert_eq!(p.contract_ref.as_deref(), Some("CO-7781"));
        assert_eq!(p.framework_ref.as_deref(), Some("RM9342"));
        let p = parties_of(&["Schedule 3 to Contract 4471-HS: Conduct and Conflicts"]);
        assert_eq!(p.contract_ref.as_deref(), Some("4471-HS"));
        let p = parties_of(&["Ref: WCC/ASC/2025/114 Provider: Brightwell Home Care Ltd"]);
        assert_eq!(p.contract_ref.as_deref(), Some("WCC/ASC/2025/114"));
        for none in [
            "Contract 2025/26 prices",
            "Contract 4.2 applies",
            "CONTRACT FOR SERVICES 2025",
        ] {
            assert_eq!(parties_of(&[none]).contract_ref, None, "{none}");
        }
        let p =
            parties_of(&["Purchase Order No. TCC / ST / 2025 / 031 (Home to School Transport)"]);
        assert_eq!(p.contract_ref.as_deref(), Some("TCC/ST/2025/031"));
        assert_eq!(
            bare_reference_in(
                "Tarnside County Council | Home to School Transport | TCC/ST/2025/031"
            ),
            Some("TCC/ST/2025/031".to_string())
        );
        for none in [
            "Page 1 of 3",
            "Issued 01/04/2025 | Version 2",
            "Schedule 1 | Page 2",
        ] {
            assert_eq!(bare_reference_in(none), None, "{none}");
        }
        let p = parties_of(&["Agreement number: RM3830"]);
        assert!(p.reference_is_framework());
        let p = parties_of(&["Contract Number: [   ]", "Order number: 01/02/2024"]);
        assert_eq!(p.contract_ref, None);
        let p = parties_of(&["Reference: NCC/2025/118"]);
        assert_eq!(p.contract_ref.as_deref(), Some("NCC/2025/118"));
        let p = parties_of(&["Reference: Schedule 3"]);
        assert_eq!(p.contract_ref, None);
        let p = parties_of(&["Agreement Number: AG-2024-77"]);
        assert_eq!(p.contract_ref.as_deref(), Some("AG-2024-77"));
    }

    proptest::proptest! {
        /// `opener` finds what `OPENER` alone finds.
        #[test]
        fn the_opener_s_words_only_skip_text_it_cannot_match(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "This", "Agreement", "is", "made", "MADE", "by", "and", "BETWEEN",
                    "between:", "Parties", "PARTIE\u{17f}", "entered", "into", "executed",
                    "the", "Council", "contract", "\n", "concluded", "Ltd.",
                ]),
                0..12,
            ),
        ) {
            let text = words.join(" ");
            let range = |m: Option<regex::Match<'_>>| m.map(|m| m.range());
            proptest::prop_assert_eq!(range(opener(&text)), range(OPENER.find(&text)), "{}", text);
            proptest::prop_assert_eq!(
                OPENER_WORDS.is_match(&text) && OPENER.is_match(&text),
                OPENER.is_match(&text)
            );
        }
    }
}
