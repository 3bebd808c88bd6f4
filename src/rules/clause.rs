//! Clause rules: the pattern specification a pack states (topic phrases, the party an
//! obligation must bind, decoys) and how one sentence is judged against it, using the shared
//! vocabulary (party synonyms, obligation and permissive cues, negations).
//!
//! A sentence satisfies a rule when it names the topic (outside any decoy), is not negated or
//! switched off, and an obligation cue in it binds the provider: the party named nearest
//! before the cue, within the same clause, is on the provider side. Permissive wording,
//! generic topics, missing `also` elements and definitions make a weak match instead.

use super::ascii::{self, Regex};
use super::lazy::{self, Lazy};
use super::pieces::Gated;
use super::Vocabulary;
use regex::bytes::{Regex as ByteRegex, RegexBuilder as ByteRegexBuilder};
use serde::Deserialize;

/// A clause rule's patterns as written in the pack (`[rule.clause]`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClauseSpec {
    /// Any of these names the topic.
    #[serde(default)]
    pub topic: Vec<String>,
    /// At least `min` distinct words of `words` in one sentence also name the topic.
    pub topic_set: Option<TopicSet>,
    /// Topics that, found alone, make only a weak match.
    #[serde(default)]
    pub weak_topic: Vec<String>,
    /// Decoys: a topic hit inside one of these does not count.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Shared decoys by name, from the vocabulary's `decoys` table, added to `exclude`.
    #[serde(default)]
    pub exclude_shared: Vec<String>,
    /// Decoy definitions: a sentence using a term the document defines with a definition
    /// matching one of these ("\"Complaint\" means any formal complaint raised by the
    /// Authority") does not count ("respond to any Complaint within 10 days").
    #[serde(default)]
    pub exclude_defined: Vec<String>,
    /// A further element a full pass needs; without it the match is weak.
    #[serde(default)]
    pub also: Vec<String>,
    /// What to say when `also` is missing.
    pub also_missing: Option<String>,
    /// `also` may stand in another sentence of the same paragraph: a reporting frequency
    /// ("submit a monitoring return every six months. The return will include the complaints
    /// received") rather than what the sentence itself must name.
    #[serde(default)]
    pub also_in_paragraph: bool,
    /// Who the obligation must bind.
    #[serde(default)]
    pub party: PartyRule,
    /// Headings that name the topic: under such a heading, a sentence matching one of
    /// `section_terms` names the topic too ("32. Conflicts of interest" ... "notify the Buyer
    /// of any such conflict").
    #[serde(default)]
    pub section_topic: Vec<String>,
    #[serde(default)]
    pub section_terms: Vec<String>,
    /// Read clause references with what they point at: "breaches clause 3.2 or 3.5" is
    /// matched as "breaches clause 3.2 (standards of conduct: ...) or 3.5 (...)". For rules
    /// whose sentence carries the obligation itself and names the other clauses only by
    /// number (a remedy for breach of the ethics clauses).
    #[serde(default)]
    pub follow_references: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicSet {
    pub words: Vec<String>,
    pub min: usize,
}

/// Who a clause rule's obligation must bind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartyRule {
    /// The provider side must be bound (a passive obligation naming the provider counts).
    #[default]
    Provider,
    /// A right or obligation of the authority also counts ("the Authority may audit").
    ProviderOrAuthority,
    /// A passive obligation naming no party also counts; one bound only on the authority
    /// still does not.
    Any,
}

impl ClauseSpec {
    /// Checks what can be checked before compiling: there is a topic, regexes compile.
    pub fn validate(&self) -> Result<(), String> {
        if self.topic.is_empty() && self.topic_set.is_none() && self.weak_topic.is_empty() {
            return Err("a clause rule needs `topic`, `topic_set` or `weak_topic`".into());
        }
        if self.section_topic.is_empty() != self.section_terms.is_empty() {
            return Err("`section_topic` and `section_terms` go together".into());
        }
        if let Some(set) = &self.topic_set {
            if set.min == 0 || set.min > set.words.len() {
                return Err(format!(
                    "topic_set.min must be between 1 and the number of words ({})",
                    set.words.len()
                ));
            }
        }
        let all = self
            .topic
            .iter()
            .chain(&self.weak_topic)
            .chain(&self.exclude)
            .chain(&self.exclude_defined)
            .chain(&self.also)
            .chain(&self.section_topic)
            .chain(&self.section_terms)
            .chain(self.topic_set.iter().flat_map(|s| &s.words));
        for pattern in all {
            check_syntax(pattern)
                .map_err(|e| format!("pattern `{pattern}` is not a valid regex: {e}"))?;
        }
        Ok(())
    }
}

pub fn validate_vocabulary(v: &Vocabulary) -> Result<(), String> {
    let lists = [
        ("provider", &v.provider),
        ("authority", &v.authority),
        ("obligation", &v.obligation),
        ("permissive", &v.permissive),
        ("authority_right", &v.authority_right),
        ("negation", &v.negation),
        ("qualifier", &v.qualifier),
        ("disabled", &v.disabled),
    ];
    for (name, list) in lists {
        for pattern in list.iter() {
            check_syntax(pattern)
                .map_err(|e| format!("vocabulary.{name}: `{pattern}` is not a valid regex: {e}"))?;
        }
    }
    for (name, list) in &v.decoys {
        for pattern in list {
            check_syntax(pattern).map_err(|e| {
                format!("vocabulary.decoys.{name}: `{pattern}` is not a valid regex: {e}")
            })?;
        }
    }
    Ok(())
}

/// Whether a pattern is a valid regex, without compiling it: parsing the whole default pack
/// this way takes milliseconds, where compiling every pattern twice (once to validate, once
/// to run) cost a sixth of a second at every start. A pattern too large to compile is still
/// refused, naming its rule, when the pack is compiled. Patterns run case-insensitive, but
/// they are checked without folding case, which was half the cost of checking: folding
/// fails only where regex-syntax lacks its case tables, which `regex` always includes, so
/// the answers and messages are the same (`lazy::tests`).
fn check_syntax(pattern: &str) -> Result<(), String> {
    regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .map(drop)
        .map_err(|e| e.to_string())
}

/// The lazy DFA cache each compiled pattern may fill per worker thread. The pack has about
/// four hundred patterns, so this is most of a scan's fixed memory: at 16 MiB the caches of
/// two threads grew to about 60 MB over a corpus; at 64 KiB to about 15 MB. At 32 KiB a
/// two-thread scan of the 2,000 corpus peaks 10 MiB lower; it once took 10 % longer
/// (patterns with long gaps exhaust the cache and fall back to the backtracker), but since
/// the prefilter confirms fewer patterns the difference is within noise, and the memory is
/// needed to keep 20,000 contracts under 200 MB; 128 KiB is no faster than 64
/// (docs/benchmarks.md).
pub(crate) const PATTERN_DFA_BYTES: usize = 1 << 15;

pub(crate) fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    // Unicode mode as written, run in ASCII mode on ASCII text (`ascii::Regex`).
    Regex::case_insensitive(&ascii_boundaries(pattern), 1 << 22, PATTERN_DFA_BYTES)
}

/// A rule's own pattern, compiled to run on a sentence's bytes in ASCII mode: `\w`, `\b`,
/// case and classes such as the gap `[^.;]{0,160}` are ASCII or byte classes. In Unicode
/// mode each `\w` or negated class is a UTF-8 automaton, repeated by every bounded gap, and
/// the pack's patterns together took some 60 MB; in ASCII mode about a sixth. The words rules
/// look for are ASCII; the one difference is that a gap's bound counts bytes, so a gap over
/// non-ASCII letters reaches a little less far. A pattern that needs Unicode (a user pack's
/// non-ASCII class) is compiled in Unicode mode instead.
pub(crate) fn compile_rule_pattern(pattern: &str) -> Result<ByteRegex, regex::Error> {
    let build = |pattern: &str, unicode: bool| {
        ByteRegexBuilder::new(pattern)
            .unicode(unicode)
            .case_insensitive(true)
            .size_limit(1 << 22)
            .dfa_size_limit(PATTERN_DFA_BYTES)
            .build()
    };
    build(pattern, false).or_else(|_| build(&ascii_boundaries(pattern), true))
}

/// A rule's own pattern as `compile_rule_pattern` compiles it, on first use (`lazy`); at once
/// if its compiling might fail, so that a pack's errors come when it is compiled.
pub(crate) fn lazy_rule_pattern(pattern: &str) -> Result<Lazy, regex::Error> {
    Lazy::new(pattern, compile_rule_pattern, |p| {
        lazy::surely_builds(p, false, 1 << 22)
            || lazy::surely_builds(&ascii_boundaries(p), true, 1 << 22)
    })
}

/// Word boundaries as ASCII boundaries: Unicode `\b` makes the regex engine give up its fast
/// DFA on any text with a non-ASCII letter, and the words rules look for are ASCII.
pub(crate) fn ascii_boundaries(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

/// One alternation of fragments, each bounded by `\b` on the sides where it begins or ends
/// with a word character (so `\[not used\]` works as well as `shall`), or a regex that never
/// matches when there are none.
pub(crate) fn alternation(fragments: &[String]) -> Result<Regex, regex::Error> {
    if fragments.is_empty() {
        return compile(r"[^\s\S]");
    }
    let joined = fragments
        .iter()
        .map(|f| bounded(f))
        .collect::<Vec<_>>()
        .join("|");
    compile(&joined)
}

fn bounded(fragment: &str) -> String {
    let starts_literal =
        fragment.starts_with(['\\', '[', '"', '\'']) && !fragment.starts_with("\\b");
    let ends_literal = fragment.ends_with(['\\', ']', '"', '\'']) || fragment.ends_with("\\]");
    format!(
        "{}(?:{fragment}){}",
        if starts_literal { "" } else { r"\b" },
        if ends_literal { "" } else { r"\b" }
    )
}

/// Where a sentence names a rule's topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicHit {
    /// Byte offsets of the hits in the folded sentence, in order; never empty.
    pub starts: Vec<usize>,
    /// Where each hit ends, beside `starts`.
    pub ends: Vec<usize>,
    /// False when only a weak (generic) topic matched.
    pub specific: bool,
}

impl TopicHit {
    fn new(mut spans: Vec<(usize, usize)>, specific: bool) -> TopicHit {
        spans.sort_unstable();
        spans.dedup_by_key(|s| s.0);
        let (starts, ends) = spans.into_iter().unzip();
        TopicHit {
            starts,
            ends,
            specific,
        }
    }

    /// Keeps only the hits for which `keep(start, end)` holds.
    pub fn retain(&mut self, keep: impl Fn(usize, usize) -> bool) {
        let spans: Vec<(usize, usize)> = self
            .starts
            .iter()
            .zip(&self.ends)
            .map(|(&s, &e)| (s, e))
            .filter(|&(s, e)| keep(s, e))
            .collect();
        (self.starts, self.ends) = spans.into_iter().unzip();
    }
}

/// A clause spec compiled once per run.
#[derive(Debug)]
pub struct CompiledClause {
    pub topic: Vec<Lazy>,
    pub topic_set: Option<(Vec<Lazy>, usize)>,
    pub weak_topic: Vec<Lazy>,
    pub exclude: Vec<Gated>,
    pub exclude_defined: Vec<Lazy>,
    pub also: Vec<Lazy>,
    pub also_missing: String,
    pub also_in_paragraph: bool,
    pub party: PartyRule,
    pub section_topic: Vec<Lazy>,
    pub section_terms: Vec<Lazy>,
    pub follow_references: bool,
}

impl CompiledClause {
    pub fn compile(spec: &ClauseSpec) -> Result<CompiledClause, regex::Error> {
        let many = |v: &[String]| {
            v.iter()
                .map(|p| lazy_rule_pattern(p))
                .collect::<Result<Vec<_>, _>>()
        };
        Ok(CompiledClause {
            topic: many(&spec.topic)?,
            topic_set: match &spec.topic_set {
                Some(s) => Some((
                    s.words
                        .iter()
                        .map(|w| lazy_rule_pattern(&format!(r"\b(?:{w})\b")))
                        .collect::<Result<_, _>>()?,
                    s.min,
                )),
                None => None,
            },
            weak_topic: many(&spec.weak_topic)?,
            exclude: spec
                .exclude
                .iter()
                .map(|p| Gated::new(p))
                .collect::<Result<_, _>>()?,
            exclude_defined: many(&spec.exclude_defined)?,
            also: many(&spec.also)?,
            also_missing: spec
                .also_missing
                .clone()
                .unwrap_or_else(|| "a required element is missing".into()),
            also_in_paragraph: spec.also_in_paragraph,
            party: spec.party,
            section_topic: many(&spec.section_topic)?,
            section_terms: many(&spec.section_terms)?,
            follow_references: spec.follow_references,
        })
    }

    /// Where the (normalised) text names the topic outside every decoy: the byte offsets of
    /// the hits, and whether the topic is specific (`false` when only a weak, generic topic
    /// matched). `None` when the text does not name the topic.
    pub fn topic_hit(&self, text: &str) -> Option<TopicHit> {
        self.topic_hit_among(text, None)
    }

    /// How many topic patterns the rule has, by slot: `topic` first, then `weak_topic`,
    /// then the words of `topic_set`.
    pub fn topic_slots(&self) -> usize {
        self.topic.len()
            + self.weak_topic.len()
            + self.topic_set.as_ref().map_or(0, |(words, _)| words.len())
    }

    /// As `topic_hit`, running only the topic patterns whose slot (see `topic_slots`) is
    /// set in `possible`: the caller knows the others cannot match (the prefilter found
    /// one of their pieces missing).
    pub fn topic_hit_among(&self, text: &str, possible: Option<&[bool]>) -> Option<TopicHit> {
        let may = |slot: usize| possible.is_none_or(|p| p[slot]);
        let weak_from = self.topic.len();
        let set_from = weak_from + self.weak_topic.len();
        let text = text.as_bytes();
        // Decoys are looked for only once a topic pattern has matched: most sentences the
        // prefilter lets through name no topic after all.
        let decoys = std::cell::OnceCell::new();
        let clear = |start: usize, end: usize| {
            !overlaps(decoys.get_or_init(|| self.decoys(text)), start, end)
        };
        let hits = |res: &[Lazy], first_slot: usize| -> Vec<(usize, usize)> {
            let mut at: Vec<(usize, usize)> = Vec::new();
            for (_, r) in res.iter().enumerate().filter(|(i, _)| may(first_slot + i)) {
                let mut from = 0;
                while let Some(m) = r.find_at(text, from) {
                    if clear(m.start(), m.end()) {
                        at.push((m.start(), m.end()));
                        from = m.end().max(m.start() + 1);
                    } else {
                        // A match that runs into a decoy may hide one that does not, starting
                        // inside it: "the Council's monitoring officers to monitor and audit".
                        from = m.start() + 1;
                    }
                    if from > text.len() {
                        break;
                    }
                }
            }
            at.sort_unstable();
            at.dedup_by_key(|s| s.0);
            at
        };
        let specific = hits(&self.topic, 0);
        if !specific.is_empty() {
            return Some(TopicHit::new(specific, true));
        }
        if let Some((words, min)) = &self.topic_set {
            let firsts: Vec<(usize, usize)> = words
                .iter()
                .enumerate()
                .filter(|(i, _)| may(set_from + i))
                .filter_map(|(_, r)| {
                    r.find_iter(text)
                        .find(|m| clear(m.start(), m.end()))
                        .map(|m| (m.start(), m.end()))
                })
                .collect();
            if firsts.len() >= *min {
                return Some(TopicHit::new(firsts, true));
            }
        }
        let weak = hits(&self.weak_topic, weak_from);
        (!weak.is_empty()).then(|| TopicHit::new(weak, false))
    }

    /// Whether the sentence names the topic through its heading: the heading path matches
    /// `section_topic` and the sentence one of `section_terms`; the hit is where the term
    /// stands in the sentence.
    pub fn section_hit(&self, text: &str, section: &str) -> Option<TopicHit> {
        if self.section_topic.is_empty() {
            return None;
        }
        // Decoys count here too: a "Gift Aid" heading is no gifts clause.
        let firsts_clear = |res: &[Lazy], text: &[u8]| -> Vec<(usize, usize)> {
            let decoys = std::cell::OnceCell::new();
            res.iter()
                .filter_map(|r| {
                    r.find_iter(text)
                        .find(|m| {
                            !overlaps(decoys.get_or_init(|| self.decoys(text)), m.start(), m.end())
                        })
                        .map(|m| (m.start(), m.end()))
                })
                .collect()
        };
        if firsts_clear(&self.section_topic, section.as_bytes()).is_empty() {
            return None;
        }
        let at = firsts_clear(&self.section_terms, text.as_bytes());
        (!at.is_empty()).then(|| TopicHit::new(at, true))
    }

    /// Where the rule's decoys stand in the text.
    /// Whether a defined term's definition makes its uses decoys (`exclude_defined`): "any
    /// formal complaint raised by the Authority", for complaint-handling rules.
    pub fn is_decoy_definition(&self, definition: &str) -> bool {
        self.exclude_defined
            .iter()
            .any(|r| r.is_match(definition.as_bytes()))
    }

    fn decoys(&self, text: &[u8]) -> Vec<(usize, usize)> {
        self.exclude
            .iter()
            .flat_map(|r| r.find_iter(text).map(|m| (m.start(), m.end())))
            .collect()
    }

    /// Whether `text` has what the rule also needs, outside its decoys: "fraud" in "liability
    /// for fraud" (a limitation clause read in after a flow-down's reference) is no ethical
    /// topic, as it names none where it stands.
    pub fn has_also(&self, text: &str) -> bool {
        if self.also.is_empty() {
            return true;
        }
        let text = text.as_bytes();
        let decoys = std::cell::OnceCell::new();
        self.also.iter().any(|r| {
            r.find_iter(text)
                .any(|m| !overlaps(decoys.get_or_init(|| self.decoys(text)), m.start(), m.end()))
        })
    }
}

fn overlaps(spans: &[(usize, usize)], start: usize, end: usize) -> bool {
    spans.iter().any(|&(s, e)| start < e && end > s)
}

/// The shared vocabulary compiled once per run, plus the per-document terms.
#[derive(Debug)]
pub struct CompiledVocabulary {
    provider: Regex,
    authority: Regex,
    /// "the Council's", "the Authority's": whatever follows belongs to the authority.
    authority_possessive: Regex,
    /// "require(s) the Supplier to", "procure that its Staff": the provider is bound though
    /// another party speaks.
    provider_object: Regex,
    /// "entitling the Department to", "gives the Council the right to": a right of the
    /// authority though the sentence's subject is something else ("A breach ... is an Event
    /// of Default entitling the Department to terminate").
    authority_object: Regex,
    obligation: Regex,
    permissive: Regex,
    /// "expects the Supplier to", "encourages": weak whoever speaks.
    expectation: Regex,
    authority_right: Regex,
    negation: Regex,
    qualifier: Regex,
    disabled: Regex,
    /// Where a sentence's clauses part: ';', a list item's join to its lead-in, and a proviso
    /// ("save that", "provided that"), which may carve out of what comes before without
    /// negating it.
    clause_break: Regex,
    /// ", and shall take such steps, if any, as it considers appropriate": a second duty of
    /// the same clause, whose qualifier is its own, not the first duty's.
    second_duty: Regex,
}

impl CompiledVocabulary {
    pub fn compile(v: &Vocabulary) -> Result<CompiledVocabulary, regex::Error> {
        let authority = alternation(&v.authority)?;
        let provider_alt = alternation_body(&v.provider);
        let authority_alt = alternation_body(&v.authority);
        Ok(CompiledVocabulary {
            provider: alternation(&v.provider)?,
            // "the Council's staff", "Council employees": whatever follows belongs to the authority.
            authority_possessive: compile(&format!(
                r"\b(?:{authority_alt})(?:'s|s')?(?: own)?(?:\s|$)"
            ))?,
            authority,
            // "requires the Supplier to"; and the double negative "Nothing in clause 9 relieves
            // the Contractor or its Personnel of the duty to report", which states the duty.
            provider_object: compile(&format!(
                r"\b(?:requir(?:e|es|ed|ing)|oblige[sd]?|direct(?:s|ed)?|instruct(?:s|ed)?)\s+(?:the\s+|its\s+|each\s+|any\s+|all\s+)?(?:{provider_alt})\s+to\b|\bnothing\b[^.;]{{0,60}}?\b(?:relieves?|releases?|absolves?|excuses?)\s+(?:the\s+)?(?:{provider_alt})(?:\s+(?:or|and)\s+(?:its|their)\s+[\w-]+)?\s+(?:of|from)\s+(?:the|its|their|any)\s+(?:duty|duties|obligations?)\s+to\b"
            ))?,
            authority_object: compile(&format!(
                r"\b(?:entitl(?:e|es|ed|ing)|empower(?:s|ed|ing)?|authori[sz](?:e|es|ed|ing)|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|enabl(?:e|es|ed|ing)|giv(?:e|es|ing))\s+(?:the\s+)?(?:{authority_alt})\s+(?:(?:the|a)\s+right\s+)?to\b"
            ))?,
            obligation: alternation(&v.obligation)?,
            permissive: alternation(&v.permissive)?,
            expectation: compile(
                r"\b(?:expects?|expected|expectation|encourages?|encouraged|invites?|invited|hopes?|asks?|requests?)\b",
            )?,
            authority_right: alternation(&v.authority_right)?,
            negation: alternation(&v.negation)?,
            qualifier: alternation(&v.qualifier)?,
            disabled: alternation(&v.disabled)?,
            // "may keep a register, and if it does so it shall ...": what follows binds only
            // if the permission is taken, so it does not make the permission firm. A list
            // item or table requirement joined to its lead-in (" … ") is a clause of its own:
            // with no cue it takes the lead-in's, but "The Supplier shall comply with the
            // following: … the Supplier is encouraged to adopt a policy" stays encouraged.
            second_duty: compile(r",\s(?:and|but) (?:shall|will|must)\b")?,
            clause_break: compile(
                r";|\s…\s|,?\s\b(?:save|except|provided(?: always)?|but so) that\b|,\s*but\b|,?\s\b(?:and )?(?:if|where|when) (?:it|they|the \w+) (?:does|do|chooses? to do|elects? to do|decides? to do) so\b",
            )?,
        })
    }

    pub fn is_disabled(&self, text: &str) -> bool {
        self.disabled.is_match(text)
    }

    /// Whether `word` (folded) is, as a whole, one of the vocabulary's words for a party
    /// ("contractor", "staff", "council").
    pub fn is_party_word(&self, word: &str) -> bool {
        [&self.provider, &self.authority].iter().any(|re| {
            re.find_iter(word)
                .any(|m| m.start() == 0 && m.end() == word.len())
        })
    }

    /// Whether a sentence binds no one and carves nothing out: no duty, permission,
    /// expectation, right, negation, qualifier or switch-off ("The Seven Principles apply to
    /// the Services"). Only such a sentence can lend its topic to the next one's duty ("The
    /// Provider shall observe them"); one with a cue of its own has said how firm it is.
    pub fn binds_no_one(&self, text: &str) -> bool {
        ![
            &self.obligation,
            &self.permissive,
            &self.expectation,
            &self.authority_right,
            &self.authority_object,
            &self.negation,
            &self.qualifier,
            &self.disabled,
        ]
        .iter()
        .any(|cue| cue.is_match(text))
    }
}

fn alternation_body(fragments: &[String]) -> String {
    if fragments.is_empty() {
        return r"[^\s\S]".into();
    }
    fragments
        .iter()
        .map(|f| format!("(?:{f})"))
        .collect::<Vec<_>>()
        .join("|")
}

/// Contract-specific defined terms for the parties ("the Seller", "you").
#[derive(Debug, Default)]
pub struct PartyTerms {
    provider: Option<Regex>,
    authority: Option<Regex>,
}

impl PartyTerms {
    pub fn new(provider: &[String], authority: &[String]) -> PartyTerms {
        PartyTerms::of(terms_regex(provider), terms_regex(authority))
    }

    /// From each side's regex as `terms_regex` makes it (which a caller may keep for
    /// documents with the same terms on that side).
    pub fn of(provider: Option<Regex>, authority: Option<Regex>) -> PartyTerms {
        PartyTerms {
            provider,
            authority,
        }
    }
}

/// One side's terms as `PartyTerms` looks for them.
pub fn terms_regex(terms: &[String]) -> Option<Regex> {
    let escaped: Vec<String> = terms
        .iter()
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty())
        .map(|t| regex::escape(&t))
        .collect();
    (!escaped.is_empty())
        .then(|| alternation(&escaped).ok())
        .flatten()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Side {
    Provider,
    Authority,
}

/// What binds the clause a topic stands in: the view `judge` reads, taken from a
/// `SentenceBinding` for one topic hit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Binding {
    /// The negation or disapplication found, if any.
    pub negation: Option<String>,
    /// A firm obligation cue bound to the provider.
    pub provider_firm: Option<String>,
    /// A permissive cue bound to the provider, or an expectation aimed at it.
    pub provider_permissive: Option<String>,
    /// A firm obligation or a right bound to the authority.
    pub authority_bound: Option<String>,
    /// A firm obligation cue with no party named before it.
    pub passive_firm: Option<String>,
    /// A qualifier that softens any obligation in the sentence ("reasonable endeavours").
    pub qualifier: Option<String>,
    pub mentions_provider: bool,
    /// The authority is named before the topic (so a statement with no cue is about it).
    pub mentions_authority: bool,
}

impl Binding {
    /// The binding of a whole sentence, every clause of it together.
    pub fn of(text: &str, vocab: &CompiledVocabulary, terms: &PartyTerms) -> Binding {
        SentenceBinding::of(text, vocab, terms).over(0, text.len())
    }
}

/// What kind of cue an obligation, permission or right is, after party binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CueKind {
    ProviderFirm,
    ProviderPermissive,
    AuthorityBound,
    PassiveFirm,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Cue {
    at: usize,
    kind: CueKind,
    word: String,
}

/// Who is bound by what in one normalised sentence, with where each cue, negation and
/// qualifier stands, computed once and shared by every rule whose topic the sentence names.
/// A sentence of several clauses ("...; the Council's officers are bound by ...") is judged
/// clause by clause: a topic takes the cues of the clause (between semicolons) it stands in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SentenceBinding {
    cues: Vec<Cue>,
    negations: Vec<(usize, String)>,
    qualifiers: Vec<(usize, String)>,
    /// Where a second duty of a clause begins (", and shall ...").
    second_duties: Vec<usize>,
    provider_mentions: Vec<usize>,
    authority_mentions: Vec<usize>,
    /// Byte ranges of the sentence's clauses, split at ';'.
    clauses: Vec<(usize, usize)>,
}

impl SentenceBinding {
    /// Reads who is bound by what in one normalised sentence.
    pub fn of(text: &str, vocab: &CompiledVocabulary, terms: &PartyTerms) -> SentenceBinding {
        Self::continuing(text, None, vocab, terms)
    }

    /// As `of`, for a sentence whose subject is a pronoun ("It shall comply with ..."):
    /// `before` is the sentence the pronoun looks back to, whose subject it stands for.
    pub fn continuing(
        text: &str,
        before: Option<&str>,
        vocab: &CompiledVocabulary,
        terms: &PartyTerms,
    ) -> SentenceBinding {
        let carried = before.and_then(|b| {
            parties_in(b, vocab, terms)
                .first()
                .filter(|p| is_determiner(&b[..p.0]))
                .map(|p| p.2)
        });
        let found = |re: &Regex| -> Vec<(usize, String)> {
            re.find_iter(text)
                .map(|m| (m.start(), m.as_str().to_string()))
                .collect()
        };
        let parties = parties_in(text, vocab, terms);
        let party_before = |pos: usize| -> Option<Side> {
            // The clause the cue stands in starts after the last ';' before it.
            let clause_start = text[..pos].rfind(';').map_or(0, |i| i + 1);
            // "an officer who declares an interest in the Provider will take no part": a
            // party ending a "who" clause right before the cue is not its subject.
            let in_who_clause = |p: &&(usize, usize, Side)| {
                text[p.1..pos].trim().is_empty() && ends_who_clause(&text[..p.0])
            };
            let in_clause = || {
                parties
                    .iter()
                    .filter(|p| p.1 <= pos && p.0 >= clause_start)
                    .filter(|p| !in_who_clause(p))
            };
            // "X acknowledges that the Council is ... and shall assist": a cue joined by "and"
            // continues the clause's subject, not the last party named.
            let joined = text[clause_start..pos].trim_end().ends_with(" and");
            let named = if joined {
                in_clause().min_by_key(|p| p.0)
            } else {
                in_clause().max_by_key(|p| p.1)
            };
            // "The Supplier shall keep a policy; and shall not retaliate ...": a clause that
            // names no party continues the sentence's subject.
            named
                .or_else(|| parties.iter().filter(|p| p.1 <= pos).min_by_key(|p| p.0))
                .map(|p| p.2)
                .or(carried)
        };
        // Where a permissive cue ends, so that "the Contractor may require its
        // sub-contractors to" stays a permission.
        let permissive: Vec<ascii::Match> = vocab.permissive.find_iter(text).collect();
        let mut cues = Vec::new();
        let mut cue = |at: usize, kind: CueKind, word: &str| {
            cues.push(Cue {
                at,
                kind,
                word: word.to_string(),
            })
        };
        for m in vocab.obligation.find_iter(text) {
            // "encourages the Contractor to confirm", "asks it to commit to": an infinitive is
            // governed by what comes before it, not a cue of its own.
            if text[..m.start()].ends_with(" to ") {
                continue;
            }
            // "The Operator is to provide", "is to be supplied": but not "the purpose of this
            // Schedule is to set out", which binds no one.
            let word = m.as_str();
            if (word.starts_with("is to") || word.starts_with("are to"))
                && !text[m.end()..].starts_with(" be ")
                && !parties.iter().any(|p| p.1 + 1 == m.start())
            {
                continue;
            }
            // "shall aim to respond", "will seek to assist", "must endeavour to": the duty is
            // only to try, and the permissive cue after it says so.
            if permissive.iter().any(|p| p.start() == m.end() + 1) {
                continue;
            }
            // "should confirm that", "may agree to", "may, if asked, confirm": the permission
            // governs the cue after it.
            if permissive
                .iter()
                .any(|p| p.end() < m.start() && leads_into(&text[p.end()..m.start()]))
            {
                continue;
            }
            // A permission earlier in the same clause governs a cue in a question it asks
            // ("should agree with the Council how any conflict will be managed") or in a
            // relative clause ("may propose to the Council the steps it will take"): both
            // are part of what is permitted, not a duty.
            let clause_start = text[..m.start()].rfind(';').map_or(0, |i| i + 1);
            let governed = permissive.iter().any(|p| {
                p.start() >= clause_start
                    && p.end() < m.start()
                    && (EMBEDDED_QUESTION.is_match(&text[p.end()..m.start()])
                        || in_relative_clause(text, m.start()))
            });
            if governed {
                continue;
            }
            // "The Nolan Principles shall be observed by the Supplier": the agent of a
            // passive duty is who it binds, whatever was named before it.
            let bound = passive_agent(text, m.end(), &parties).or_else(|| party_before(m.start()));
            let kind = match bound {
                Some(Side::Provider) => CueKind::ProviderFirm,
                Some(Side::Authority) => CueKind::AuthorityBound,
                None => CueKind::PassiveFirm,
            };
            cue(m.start(), kind, m.as_str());
        }
        for m in vocab.provider_object.find_iter(text) {
            // "requires its employees to", said of the authority's own people, binds them.
            let object = parties
                .iter()
                .find(|p| p.0 >= m.start() && p.1 <= m.end())
                .map(|p| p.2);
            let permitted = permissive.iter().any(|p| p.end() + 1 == m.start())
                && party_before(m.start()) == Some(Side::Provider);
            let kind = if object == Some(Side::Authority) {
                CueKind::AuthorityBound
            } else if permitted {
                CueKind::ProviderPermissive
            } else {
                CueKind::ProviderFirm
            };
            cue(m.start(), kind, m.as_str());
        }
        for m in &permissive {
            let agent = passive_agent(text, m.end(), &parties);
            // "information it holds may be requested under the Act": a passive saying what
            // may happen to something the provider holds permits the provider nothing. (Said
            // of the provider itself, "the Provider may be required to", or done by it, "may
            // be observed by the Supplier", it stays a cue.)
            let possibility = agent.is_none()
                && text[m.end()..]
                    .strip_prefix(" be")
                    .is_some_and(|rest| PASSIVE_PARTICIPLE.is_match(rest))
                && !parties.iter().any(|p| p.1 + 1 == m.start());
            if possibility {
                continue;
            }
            let bound = agent.or_else(|| party_before(m.start()));
            if bound == Some(Side::Provider) {
                cue(m.start(), CueKind::ProviderPermissive, m.as_str());
            }
        }
        for m in vocab.authority_right.find_iter(text) {
            // "The Department may propose measures": a suggestion is no power to act.
            let suggests = SUGGESTION.is_match(&text[m.end()..]);
            if party_before(m.start()) == Some(Side::Authority) && !suggests {
                cue(m.start(), CueKind::AuthorityBound, m.as_str());
            }
        }
        for m in vocab.authority_object.find_iter(text) {
            cue(m.start(), CueKind::AuthorityBound, m.as_str());
        }
        // The same with the contract's own name for the authority ("entitling the City to
        // terminate"), which the vocabulary's pattern cannot know.
        for &(start, end, side) in &parties {
            if side != Side::Authority {
                continue;
            }
            let from = (start.saturating_sub(40)..=start)
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(start);
            let after = &text[end..];
            let to = after.starts_with(" to ") || after.starts_with(" the right to ");
            if let Some(verb) = AUTHORITY_OBJECT_VERB
                .find(&text[from..start])
                .filter(|_| to)
            {
                // The vocabulary's pattern may have found it too: a second cue of the same
                // kind changes nothing.
                cue(from + verb.start(), CueKind::AuthorityBound, verb.as_str());
            }
        }
        for m in vocab.expectation.find_iter(text) {
            // "not offer, give, request or accept any bribe": a verb in a list of acts, not
            // a request made of anyone.
            let after = &text[m.end()..];
            if after.starts_with(',') || after.starts_with(" or ") || after.starts_with(" and ") {
                continue;
            }
            // "follow any reasonable steps we ask you to take": a request in a relative
            // clause describes the steps; the duty is to follow them.
            if in_relative_clause(text, m.start()) {
                continue;
            }
            // "asks the Provider to", "encourages all Providers": the request is made of the
            // provider named just after it. "ask visitors what they think" (a list item
            // under "You must:") is the provider's own act, not a request made of it.
            let aimed_at_provider = parties
                .iter()
                .any(|p| p.2 == Side::Provider && p.0 >= m.end() && p.0 <= m.end() + OBJECT_REACH);
            // "The Provider is expected/encouraged/invited to": said of the party before.
            let said_of_provider = matches!(m.as_str(), "expected" | "encouraged" | "invited")
                && party_before(m.start()) == Some(Side::Provider);
            if aimed_at_provider || said_of_provider {
                cue(m.start(), CueKind::ProviderPermissive, m.as_str());
            }
        }
        cues.sort_by_key(|c| c.at);
        let mut clauses = Vec::new();
        let mut start = 0;
        for m in vocab.clause_break.find_iter(text) {
            clauses.push((start, m.start()));
            start = m.end();
        }
        clauses.push((start, text.len()));
        SentenceBinding {
            cues,
            negations: found(&vocab.negation),
            qualifiers: found(&vocab.qualifier),
            second_duties: vocab
                .second_duty
                .find_iter(text)
                .map(|m| m.start())
                .collect(),
            provider_mentions: parties
                .iter()
                .filter(|p| p.2 == Side::Provider)
                .map(|p| p.0)
                .collect(),
            authority_mentions: parties
                .iter()
                .filter(|p| p.2 == Side::Authority)
                .map(|p| p.0)
                .collect(),
            clauses,
        }
    }

    /// The binding that governs a topic found at `at`: the cues of its own clause when that
    /// clause has any, else everything from the start of the sentence to the end of its
    /// clause (an inline list item "(b) maintain a policy;" takes the "The Supplier shall"
    /// before it, and a negation before it, but nothing after it).
    pub fn at(&self, at: usize) -> Binding {
        let (start, end) = self
            .clauses
            .iter()
            .copied()
            .find(|&(s, e)| s <= at && at <= e)
            .unwrap_or((0, usize::MAX));
        // A clause's own cue governs a topic it comes before ("the Supplier is encouraged to
        // adopt a whistleblowing policy"), not one after it: "(a) maintain a whistleblowing
        // policy, which the Council may inspect" is still bound by the lead-in's "shall".
        let own = self
            .cues
            .iter()
            .any(|c| start <= c.at && c.at < end && c.at <= at);
        let from = if own { start } else { 0 };
        // A duty joined on after the topic's own ("shall notify the Trust of any conflict, and
        // shall take such steps, if any, as it considers appropriate") brings its qualifier,
        // negation and cue only to its own topics, when the topic's duty has a cue of its own.
        // Otherwise ("acknowledges that the Council is subject to the FOIA, and shall assist
        // it") the cue after governs. What stands before the topic still reaches it: "shall
        // observe, and shall ensure that its Staff observe, the Seven Principles".
        let duty_from = self
            .second_duties
            .iter()
            .copied()
            .rfind(|&s| start <= s && s <= at)
            .unwrap_or(start);
        let duty_to = self
            .second_duties
            .iter()
            .copied()
            .find(|&s| s > at && s < end)
            .unwrap_or(end);
        let end = if duty_to != end && self.cues.iter().any(|c| duty_from <= c.at && c.at <= at) {
            duty_to
        } else {
            end
        };
        let mut binding = self.over(from, end);
        // A statement is about the authority when the authority is named before the topic
        // ("The Council operates a whistleblowing policy"), not when its word is part of the
        // topic ("customer satisfaction").
        binding.mentions_authority = self.authority_mentions.iter().any(|&m| from <= m && m < at);
        binding
    }

    /// For a topic found at several places: the first place whose clause is not negated, or
    /// the first place when all are. Returns the binding and the place.
    /// A place whose clause binds the provider firmly comes before both: "About complaints
    /// from families: … You must acknowledge a complaint within 3 days" is judged at the
    /// item, not at the lead-in that only names the topic.
    pub fn for_hits(&self, hits: &[usize]) -> (Binding, usize) {
        let mut first = None;
        let mut first_unnegated = None;
        for &at in hits {
            let b = self.at(at);
            if b.negation.is_none() {
                if b.provider_firm.is_some() {
                    return (b, at);
                }
                if first_unnegated.is_none() {
                    first_unnegated = Some((b.clone(), at));
                }
            }
            first.get_or_insert((b, at));
        }
        first_unnegated.or(first).unwrap_or_else(|| (self.at(0), 0))
    }

    fn over(&self, start: usize, end: usize) -> Binding {
        let within = |at: usize| start <= at && at < end;
        let first = |list: &[(usize, String)]| {
            list.iter()
                .find(|(at, _)| within(*at))
                .map(|(_, w)| w.clone())
        };
        let cue = |kind: CueKind| {
            self.cues
                .iter()
                .find(|c| c.kind == kind && within(c.at))
                .map(|c| c.word.clone())
        };
        Binding {
            negation: first(&self.negations),
            provider_firm: cue(CueKind::ProviderFirm),
            provider_permissive: cue(CueKind::ProviderPermissive),
            authority_bound: cue(CueKind::AuthorityBound),
            passive_firm: cue(CueKind::PassiveFirm),
            qualifier: first(&self.qualifiers),
            mentions_provider: self.provider_mentions.iter().any(|&at| within(at)),
            mentions_authority: self.authority_mentions.iter().any(|&at| within(at)),
        }
    }
}

/// The words between a permission and a later cue that make the cue part of a question the
/// permission governs: "should agree with the Council how any conflict will be managed".
static EMBEDDED_QUESTION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^[^,;:]{0,60}\b(?:how|whether|what|which|when)\b[^,;:]{0,80}$").unwrap()
});

/// How far after an expectation verb ("asks", "encourages") the party it is made of may
/// start: a determiner or two ("asks each of the Providers").
const OBJECT_REACH: usize = 16;

/// What an authority "may" do that gives it no power over the provider: suggest, not direct.
static SUGGESTION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^ (?:also )?(?:propose|suggest|recommend|advise|discuss|invite|encourage|offer)\b",
    )
    .unwrap()
});

/// A verb that gives the party after it a right ("entitling the", "allows").
static AUTHORITY_OBJECT_VERB: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:entitl(?:e|es|ed|ing)|empower(?:s|ed|ing)?|authori[sz](?:e|es|ed|ing)|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|enabl(?:e|es|ed|ing)|giv(?:e|es|ing)) (?:the )?$",
    )
    .unwrap()
});

/// A passive verb after a cue ("shall be observed", "must also be notified to the Council",
/// "is to be supplied promptly").
static PASSIVE_BE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^ (?:(?:also|not|at all times|promptly|in turn) )?be\b").unwrap()
});

/// A participle right after "be" ("observed", "promptly supplied", "given", "made").
static PASSIVE_PARTICIPLE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^ (?:\w+ly )?\w+(?:ed|en|wn|ne|ld|lt|pt|nt|de|id|ot|ut)\b").unwrap()
});

/// What may stand between a passive verb and "by" its agent: an adverb, and a short phrase
/// naming who it is done to or with ("to the Board").
static AGENT_GAP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?: \w+ly)?(?: (?:to|with) (?:the |its |a |an )?[\w'-]+(?: [\w'-]+){0,2})?$",
    )
    .unwrap()
});

/// The side whose party is the agent ("... by the Supplier") of a passive verb right after
/// a cue ending at `cue_end`, if the verb is passive and the agent is named in the same
/// clause, before any comma, with nothing but `AGENT_GAP` between.
fn passive_agent(text: &str, cue_end: usize, parties: &[(usize, usize, Side)]) -> Option<Side> {
    // "is to be supplied": the cue may end in "be" itself.
    let be_end = if text[..cue_end].ends_with(" be") {
        cue_end
    } else {
        cue_end + PASSIVE_BE.find(&text[cue_end..])?.end()
    };
    let participle = PASSIVE_PARTICIPLE.find(&text[be_end..])?;
    let rest = &text[cue_end..];
    let verb = (be_end - cue_end)..(be_end - cue_end + participle.end());
    // At most 100 bytes past the verb, cut where a character starts.
    let mut reach = (verb.end + 100).min(rest.len());
    while !rest.is_char_boundary(reach) {
        reach -= 1;
    }
    let clause_end = rest
        .find([';', ',', '.', ':', '…'])
        .unwrap_or(rest.len())
        .min(reach);
    let window = &rest[verb.end..clause_end];
    let by = window.find(" by ")?;
    let window_start = cue_end + verb.end;
    // The agent must belong to the verb: "observed by", "notified promptly to the Council
    // by", not "made available for inspection by" (the inspection's agent).
    if !AGENT_GAP.is_match(&window[..by]) {
        return None;
    }
    let after_by = window_start + by + " by ".len();
    parties
        .iter()
        .find(|p| p.0 >= after_by && is_determiner(&text[after_by..p.0]))
        .map(|p| p.2)
}

/// Whether what stands before a party's word is only a determiner ("the ", "its ", "").
fn is_determiner(text: &str) -> bool {
    matches!(
        text,
        "" | "the " | "its " | "each " | "every " | "any " | "a " | "an " | "their " | "all "
    )
}

/// Whether the words between a permission and a cue leave the cue governed by it: nothing
/// ("may confirm") or a short aside between commas ("may, if asked, confirm").
fn leads_into(between: &str) -> bool {
    between == " "
        || between
            .strip_prefix(", ")
            .and_then(|aside| aside.strip_suffix(", "))
            .is_some_and(|aside| aside.len() <= 40 && !aside.contains([',', ';', '.']))
}

/// Whether the cue at `at` opens a relative clause on a noun: "the steps it will take",
/// "the measures which they shall adopt", "the steps we ask you to take". A pronoun after a conjunction or a complementiser
/// ("and it shall", "confirms that it will") is a clause of its own; "that" is not taken as
/// a relative pronoun, since after a verb it is a complementiser.
/// Whether `before` ends inside a relative clause on a person that is still open: "any
/// officer who declares an interest in" (no comma or semicolon since "who").
fn ends_who_clause(before: &str) -> bool {
    const REACH: usize = 100;
    let from = (before.len().saturating_sub(REACH)..=before.len())
        .find(|&i| before.is_char_boundary(i))
        .unwrap_or(before.len());
    let tail = &before[from..];
    [" who ", " whom ", " whose "]
        .iter()
        .filter_map(|w| tail.rfind(w).map(|i| i + w.len()))
        .max()
        .is_some_and(|open| !tail[open..].contains([',', ';']))
}

fn in_relative_clause(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let Some(rest) = before
        .strip_suffix(" it")
        .or_else(|| before.strip_suffix(" they"))
        .or_else(|| before.strip_suffix(" we"))
    else {
        return false;
    };
    let rest = rest.strip_suffix(" which").unwrap_or(rest);
    let word = rest.rsplit(' ').next().unwrap_or("");
    !word.is_empty()
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            word,
            "and"
                | "but"
                | "or"
                | "nor"
                | "so"
                | "that"
                | "if"
                | "where"
                | "when"
                | "whenever"
                | "unless"
                | "whether"
                | "because"
                | "as"
                | "once"
                | "until"
                | "before"
                | "after"
                | "while"
                | "though"
                | "although"
                | "since"
                | "then"
                | "than"
                | "how"
                | "what"
                | "provided"
                | "providing"
        )
}

/// Every party named in the sentence: (start, end, side), in order. "The Council's staff"
/// belongs to the Council.
/// Words that make the party after them what a sentence is about ("a complaint about the
/// Provider", "allegations against any Staff"), checked on the text before the party.
static SUBJECT_MATTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:about|against|concerning|regarding|relating to|in respect of) (?:the |a |an |any |its |their |one of its )?$",
    )
    .unwrap()
});

fn parties_in(
    text: &str,
    vocab: &CompiledVocabulary,
    terms: &PartyTerms,
) -> Vec<(usize, usize, Side)> {
    let mut parties: Vec<(usize, usize, Side)> = Vec::new();
    let mut possessive_ends: Vec<usize> = vocab
        .authority_possessive
        .find_iter(text)
        .map(|m| m.end())
        .collect();
    // The contract's own terms for the authority own things too: "our own employees",
    // "the Trust's staff".
    if let Some(re) = &terms.authority {
        // "we" and "us" are no possessives ("we will", "us the"); "our" is.
        for m in re
            .find_iter(text)
            .filter(|m| !matches!(m.as_str(), "we" | "us"))
        {
            let after = &text[m.end()..];
            let after = after
                .strip_prefix("'s")
                .or_else(|| after.strip_prefix("s'"))
                .unwrap_or(after);
            let after = after.strip_prefix(" own").unwrap_or(after);
            if after.starts_with(' ') {
                possessive_ends.push(text.len() - after.len() + 1);
            }
        }
    }
    let mut add = |re: &Regex, side: Side| {
        for m in re.find_iter(text) {
            // "any complaint about an Observer shall be referred to ...": a party that is
            // what the sentence is about, not who it binds.
            let from = (m.start().saturating_sub(32)..=m.start())
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(m.start());
            if SUBJECT_MATTER.is_match(&text[from..m.start()]) {
                continue;
            }
            let side = if side == Side::Provider
                && possessive_ends
                    .iter()
                    .any(|&e| e == m.start() || e + 1 == m.start())
            {
                Side::Authority
            } else {
                side
            };
            parties.push((m.start(), m.end(), side));
        }
    };
    add(&vocab.provider, Side::Provider);
    add(&vocab.authority, Side::Authority);
    if let Some(re) = &terms.provider {
        add(re, Side::Provider);
    }
    if let Some(re) = &terms.authority {
        add(re, Side::Authority);
    }
    parties.sort();
    // "The Commissioner, the Chief Constable and all police officers and police staff are
    // bound by ...": people named generically ("staff", "employees") in a list that the
    // authority opens are the authority's own. A cue between them ("the Council may require
    // that staff ...") ends the list.
    for i in 1..parties.len() {
        let (start, end, side) = parties[i];
        let (_, before_end, before_side) = parties[i - 1];
        if side == Side::Provider
            && before_side == Side::Authority
            && GENERIC_PEOPLE.contains(&&text[start..end])
            && before_end <= start
        {
            let between = &text[before_end..start];
            // "The Health Board's framework requires its employees to ...": "its" people
            // belong to the party named last.
            let theirs = between.len() <= 80
                && (between.ends_with(" its ") || between.ends_with(" their "))
                && !between.contains(['.', ';', ':']);
            let listing = between.len() <= 80
                && between.contains(" and ")
                && !between.contains(['.', ';', ':'])
                && !vocab.obligation.is_match(between)
                && !vocab.permissive.is_match(between)
                && !vocab.authority_right.is_match(between);
            if listing || theirs {
                parties[i].2 = Side::Authority;
            }
        }
    }
    parties
}

/// Provider-side words that say whose people they are only by the company they keep.
const GENERIC_PEOPLE: &[&str] = &["staff", "personnel", "employees", "workers", "agents"];

/// Why a sentence that names a topic does not count, from least to most telling: the
/// near-miss a `missing` note quotes is the most telling one found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Miss {
    TableOfContents,
    Heading,
    Recital,
    SwitchedOff,
    WrongParty,
    Negated,
}

/// How one sentence stands against one rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Judgement {
    Satisfied,
    /// Counts as a weak match, with why.
    Weak(String),
    /// Names the topic but does not count: what kind of near-miss, and why in words.
    NotCounted(Miss, String),
}

/// Judges a sentence already known to name the rule's topic (`specific` false when only a
/// weak topic matched). `section` is the folded heading path, where an `also` element may
/// stand instead ("sits in an ethics clause").
pub fn judge(
    rule: &CompiledClause,
    text: &str,
    section: &str,
    specific: bool,
    binding: &Binding,
    also_in_paragraph: &dyn Fn() -> bool,
) -> Judgement {
    if let Some(neg) = &binding.negation {
        return Judgement::NotCounted(Miss::Negated, format!("negated or disapplied (\"{neg}\")"));
    }
    let firm = binding.provider_firm.is_some()
        || (rule.party == PartyRule::ProviderOrAuthority && binding.authority_bound.is_some())
        || (binding.passive_firm.is_some()
            && binding.authority_bound.is_none()
            && (binding.mentions_provider || rule.party == PartyRule::Any));
    if firm {
        if !specific {
            return Judgement::Weak("generic wording: the topic is not named specifically".into());
        }
        let also_found = rule.has_also(text)
            || rule.has_also(section)
            || (rule.also_in_paragraph && also_in_paragraph());
        if !also_found {
            return Judgement::Weak(rule.also_missing.clone());
        }
        if let Some(q) = &binding.qualifier {
            return Judgement::Weak(format!("qualified obligation (\"{q}\")"));
        }
        return Judgement::Satisfied;
    }
    if let Some(cue) = &binding.provider_permissive {
        return Judgement::Weak(format!("permissive wording (\"{cue}\")"));
    }
    if binding.authority_bound.is_some() {
        return Judgement::NotCounted(
            Miss::WrongParty,
            "binds the authority, not the provider".into(),
        );
    }
    if binding.passive_firm.is_some() {
        return Judgement::Weak("obligation names no party".into());
    }
    if binding.mentions_authority && !binding.mentions_provider {
        // "The Council operates a whistleblowing policy": a statement about the authority.
        return Judgement::NotCounted(
            Miss::WrongParty,
            "about the authority, not the provider".into(),
        );
    }
    Judgement::Weak("mentioned, but with no obligation on the provider".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RulePack;

    fn vocab() -> CompiledVocabulary {
        let pack = RulePack::default_pack().expect("default pack loads");
        CompiledVocabulary::compile(&pack.vocabulary).expect("vocabulary compiles")
    }

    fn binding_at(text: &str, topic: &str) -> Binding {
        let text = text.to_lowercase();
        let at = text.find(topic).expect("topic in text");
        SentenceBinding::of(&text, &vocab(), &PartyTerms::default()).at(at)
    }

    #[test]
    fn a_topic_is_judged_where_the_provider_is_bound() {
        let terms = PartyTerms::new(&["you".into()], &["we".into(), "us".into()]);
        let text =
            "about complaints from families: … you must acknowledge a complaint within 3 days";
        let hits: Vec<usize> = text.match_indices("complaint").map(|(i, _)| i).collect();
        let (b, at) = SentenceBinding::of(text, &vocab(), &terms).for_hits(&hits);
        assert!(b.provider_firm.is_some(), "{b:?}");
        assert_eq!(at, hits[1]);
    }

    #[test]
    fn a_passive_clause_long_past_its_verb_is_cut_between_characters() {
        // The 100-byte reach past "required" ends inside a two-byte letter (found by the
        // fuzz smoke run on a mutated fixture).
        for pad in 0..4 {
            let text = format!(
                "the contractor shall not be required to comply with the council's code of \
                 conduct for {}{} by the contractor",
                "x".repeat(pad),
                "œ".repeat(60)
            );
            let _ = binding_at(&text, "code of conduct");
        }
    }

    #[test]
    fn the_agent_of_a_passive_duty_is_bound() {
        let b = binding_at(
            "The Nolan Principles shall be observed by the Supplier.",
            "nolan",
        );
        assert!(b.provider_firm.is_some(), "{b:?}");
        let b = binding_at(
            "The Council's code of conduct must be followed by the Contractor's staff.",
            "code of conduct",
        );
        assert!(
            b.provider_firm.is_some() && b.authority_bound.is_none(),
            "{b:?}"
        );
        let b = binding_at(
            "Complaints from service users shall be monitored by the Council.",
            "complaints",
        );
        assert!(
            b.provider_firm.is_none() && b.authority_bound.is_some(),
            "{b:?}"
        );
        let b = binding_at(
            "The Nolan Principles may be observed by the Supplier.",
            "nolan",
        );
        assert!(
            b.provider_firm.is_none() && b.provider_permissive.is_some(),
            "{b:?}"
        );
        // A passive saying what may happen to something the provider holds is no permission.
        let b = binding_at(
            "The Supplier acknowledges that information it holds may be requested under the Act, and must give the Council any information it asks for.",
            "information it asks",
        );
        assert!(
            b.provider_firm.is_some() && b.provider_permissive.is_none(),
            "{b:?}"
        );
        let b = binding_at(
            "Any conflict of interest must be notified promptly to the Council by the Provider.",
            "conflict of interest",
        );
        assert!(
            b.provider_firm.is_some() && b.authority_bound.is_none(),
            "{b:?}"
        );
        let b = binding_at(
            "Complaints data is to be supplied to the Board by the Operator every quarter.",
            "complaints",
        );
        assert!(b.provider_firm.is_some(), "{b:?}");
        // "by" that belongs to a noun, not to the passive verb's agent.
        let b = binding_at(
            "The Contractor's records shall be made available for inspection by the Council.",
            "records",
        );
        assert!(b.provider_firm.is_some(), "{b:?}");
    }

    #[test]
    fn what_the_authority_owns_is_the_authority_s() {
        let terms = PartyTerms::new(&["you".into()], &["we".into(), "our".into()]);
        let text = "our own employees must follow our employee code of conduct";
        let at = text.find("code of conduct").unwrap();
        let b = SentenceBinding::of(text, &vocab(), &terms).at(at);
        assert!(
            b.provider_firm.is_none() && b.authority_bound.is_some(),
            "{b:?}"
        );
        let text = "the council's own staff must follow its code of conduct";
        let at = text.find("code of conduct").unwrap();
        let b = SentenceBinding::of(text, &vocab(), &PartyTerms::default()).at(at);
        assert!(b.provider_firm.is_none(), "{b:?}");
        // "we" is no possessive: in "we will ... you must", the provider is still bound.
        let text = "we will tell you, and you must follow the code of conduct";
        let at = text.find("code of conduct").unwrap();
        let b = SentenceBinding::of(text, &vocab(), &terms).at(at);
        assert!(b.provider_firm.is_some(), "{b:?}");
    }

    #[test]
    fn staff_listed_after_the_authority_are_its_own() {
        let b = binding_at(
            "the commissioner, the chief constable and all police officers and police staff are bound by the code of ethics",
            "code of ethics",
        );
        assert!(b.provider_firm.is_none(), "{b:?}");
        // A cue between them ends the list: the staff are the provider's again.
        let b = binding_at(
            "the council may require that staff comply with the code of ethics",
            "code of ethics",
        );
        assert!(b.authority_bound.is_some(), "{b:?}");
        let b = binding_at(
            "the supplier and its staff shall comply with the code of ethics",
            "code of ethics",
        );
        assert!(b.provider_firm.is_some(), "{b:?}");
        let b = binding_at(
            "the council's framework requires its employees to declare all gifts",
            "gifts",
        );
        assert!(b.provider_firm.is_none(), "{b:?}");
        let b = binding_at(
            "the council requires the supplier to ensure its employees declare all gifts",
            "gifts",
        );
        assert!(b.provider_firm.is_some(), "{b:?}");
    }

    #[test]
    fn a_decoy_in_the_heading_is_no_section_topic() {
        let spec = ClauseSpec {
            topic: vec![r"\bgifts and hospitality\b".into()],
            exclude: vec![r"\bgift aid\b".into()],
            section_topic: vec![r"\bgifts?\b".into()],
            section_terms: vec![r"\bgifts?\b".into(), r"\bdonations?\b".into()],
            ..ClauseSpec::default()
        };
        let rule = CompiledClause::compile(&spec).unwrap();
        assert!(rule
            .section_hit("you must claim gift aid on donations", "5. gift aid")
            .is_none());
        assert!(rule
            .section_hit("staff must record every gift offered", "5. gifts")
            .is_some());
        assert!(rule
            .section_hit("staff must claim gift aid on donations", "5. gifts")
            .is_some());
    }

    #[test]
    fn a_topic_takes_the_cues_of_its_own_clause() {
        let b = binding_at(
            "The Supplier shall provide the Services; the Council's officers are bound by the Nolan Principles.",
            "nolan",
        );
        assert!(b.provider_firm.is_none(), "{b:?}");
        assert!(b.authority_bound.is_some(), "{b:?}");
    }

    #[test]
    fn a_permission_governs_the_cue_it_leads_into() {
        let b = binding_at(
            "The Supplier should confirm that it disclosed any conflict of interest.",
            "conflict",
        );
        assert!(
            b.provider_firm.is_none() && b.provider_permissive.is_some(),
            "{b:?}"
        );
        let relative = binding_at(
            "The Supplier may propose to the Council the steps it will take to manage a conflict of interest.",
            "conflict",
        );
        assert!(
            relative.provider_firm.is_none() && relative.authority_bound.is_none(),
            "{relative:?}"
        );
        // A pronoun after a conjunction or a complementiser opens a clause of its own.
        let own = binding_at(
            "The Supplier may subcontract, and it shall manage any conflict of interest.",
            "conflict",
        );
        assert!(own.provider_firm.is_some(), "{own:?}");
        let aside = binding_at(
            "The Operator may, if asked, confirm that it disclosed any conflict of interest.",
            "conflict",
        );
        assert!(aside.provider_firm.is_none(), "{aside:?}");
        assert!(in_relative_clause(
            "the steps it will",
            "the steps it ".len()
        ));
        assert!(in_relative_clause(
            "the measures which they shall",
            "the measures which they ".len()
        ));
        assert!(!in_relative_clause(
            "confirms that it will",
            "confirms that it ".len()
        ));
        assert!(!in_relative_clause(
            "the supplier, and it shall",
            "the supplier, and it ".len()
        ));
    }

    #[test]
    fn a_negation_in_another_clause_does_not_cancel() {
        let b = binding_at(
            "The Supplier shall observe the Nolan Principles; Schedule 14 does not apply to this Clause.",
            "nolan",
        );
        assert_eq!(b.negation, None);
        assert!(b.provider_firm.is_some());
        let negated = binding_at(
            "The Supplier shall provide the Services; the Nolan Principles do not apply to the Supplier.",
            "nolan",
        );
        assert!(negated.negation.is_some(), "{negated:?}");
    }

    #[test]
    fn a_proviso_is_a_clause_of_its_own() {
        let b = binding_at(
            "The Supplier shall not be required to comply with Clause 5, but shall comply with the Nolan Principles.",
            "nolan",
        );
        assert!(b.negation.is_none() && b.provider_firm.is_some(), "{b:?}");
        let n = binding_at(
            "The Supplier shall comply with the Code, save that it shall not be required to comply with the Nolan Principles.",
            "nolan",
        );
        assert!(n.negation.is_some(), "{n:?}");
    }

    #[test]
    fn what_binds_only_if_a_permission_is_taken_does_not_make_it_firm() {
        let kept = binding_at(
            "The Operator may keep a register of interests, and if it does so it shall give the Council a copy each year.",
            "register of interests",
        );
        assert!(
            kept.provider_firm.is_none() && kept.provider_permissive.is_some(),
            "{kept:?}"
        );
        let flowed = binding_at(
            "The Supplier may sub-contract the Services, and if it does so it shall impose the Code of Conduct on each sub-contractor.",
            "code of conduct",
        );
        assert!(flowed.provider_firm.is_some(), "{flowed:?}");
    }

    #[test]
    fn an_inline_item_without_a_cue_takes_the_subject_and_negation_before_it() {
        let b = binding_at(
            "The Supplier shall (a) keep records; (b) maintain a whistleblowing policy; and (c) report annually.",
            "whistleblowing",
        );
        assert!(b.provider_firm.is_some(), "{b:?}");
        let n = binding_at(
            "The Supplier shall not be required to (a) keep records; (b) maintain a whistleblowing policy.",
            "whistleblowing",
        );
        assert!(n.negation.is_some(), "{n:?}");
    }

    #[test]
    fn a_clause_naming_no_party_continues_the_subject() {
        let b = binding_at(
            "The Contractor shall keep a policy; and shall not retaliate against anyone who reports a breach.",
            "retaliate",
        );
        assert!(b.provider_firm.is_some(), "{b:?}");
    }

    #[test]
    fn the_first_unnegated_hit_decides() {
        let text = "clause 14 (nolan principles) does not apply to lot 2; for lot 1 the supplier shall observe the nolan principles.";
        let sb = SentenceBinding::of(text, &vocab(), &PartyTerms::default());
        let hits: Vec<usize> = text.match_indices("nolan").map(|(i, _)| i).collect();
        let (b, at) = sb.for_hits(&hits);
        assert_eq!(at, hits[1]);
        assert!(b.negation.is_none() && b.provider_firm.is_some(), "{b:?}");
    }

    #[test]
    fn topic_hits_skip_decoys_and_report_where_they_stand() {
        let spec = ClauseSpec {
            topic: vec![r"\bnolan principles\b".into()],
            exclude: vec![r"\bnolan principles committee\b".into()],
            ..ClauseSpec::default()
        };
        let rule = CompiledClause::compile(&spec).unwrap();
        assert_eq!(rule.topic_hit("the nolan principles committee met"), None);
        let hit = rule
            .topic_hit("see the nolan principles committee and the nolan principles")
            .unwrap();
        assert_eq!(hit.starts, vec![43]);
        assert!(hit.specific);
    }

    #[test]
    fn rule_patterns_run_in_ascii_mode_on_any_text() {
        let gap = compile_rule_pattern(r"\bprovider\w*\b[^.;]{0,30}complaints").unwrap();
        assert!(gap.is_match("The Provider’s café handles complaints".as_bytes()));
        assert!(gap.is_match("PROVIDERS' complaints".as_bytes()));
        assert!(!gap.is_match(b"The Provider. Complaints"));
        assert!(!gap.is_match(b"subproviders handle complaints"));
        let classes = compile_rule_pattern(r"\b[\w-]+ principles").unwrap();
        assert!(classes.is_match(b"the nolan-style principles"));
        // A non-ASCII class needs Unicode mode, and gets it.
        let unicode = compile_rule_pattern(r"caf[éè]").unwrap();
        assert!(unicode.is_match("Café".as_bytes()));
    }
}
