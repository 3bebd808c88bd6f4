//! The evaluate stage: runs every clause rule of a compiled pack over one prepared document
//! in one pass and says, per rule, whether the contract satisfies it. A prefilter over the
//! pieces of every rule's topic patterns (`prefilter`) picks, per sentence, the few rules
//! worth confirming, so the text is scanned once whatever the number of rules;
//! who-is-bound-by-what is read once per sentence and shared by the rules that need it.

use crate::model::{ClauseOutcome, Document, Evidence, RuleId, Verdict};
use crate::normalise::parties::{self, Parties};
use crate::normalise::structure::{
    prepare, Antecedent, DefinitionsReadIn, PreparedDocument, Sentence,
};
use crate::rules::clause::{
    self, CompiledClause, CompiledVocabulary, Judgement, Miss, PartyTerms, SentenceBinding,
};
use crate::rules::pieces::split_at_gaps;
use crate::rules::{AppliesTo, RuleError, RulePack};
use prefilter::{Hits, Prefilter};
use std::cell::RefCell;
use std::rc::Rc;

mod prefilter;

/// Longest evidence quoted, in characters; longer sentences are cut around the start.
const EVIDENCE_CHARS: usize = 400;

/// Per-document terms for the parties, from the contract's own definitions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentContext {
    pub provider_terms: Vec<String>,
    pub authority_terms: Vec<String>,
}

impl DocumentContext {
    /// The terms the document's parties clause defined for each side.
    pub fn of(parties: &Parties) -> DocumentContext {
        DocumentContext {
            provider_terms: parties.provider_terms.clone(),
            authority_terms: parties.authority_terms.clone(),
        }
    }

    /// With the people the document defines as employed by one side ("\"Fieldworker\" means
    /// an enumerator employed by the Service Provider") as terms for that side, singular and
    /// plural: "Fieldworkers shall not accept any gift" binds the provider. A term that already
    /// names a party ("\"Contractor\" means the company engaged by the Council") keeps its side.
    fn with_people(
        &self,
        people: &[(String, String)],
        vocab: &CompiledVocabulary,
    ) -> Option<DocumentContext> {
        let mut out: Option<DocumentContext> = None;
        for (term, employer) in people {
            let known =
                |terms: &[String]| terms.iter().any(|t| t.trim().eq_ignore_ascii_case(term));
            if known(&self.provider_terms)
                || known(&self.authority_terms)
                || vocab.is_party_word(&term.to_lowercase())
            {
                continue;
            }
            let names = |terms: &[String]| {
                terms.iter().any(|t| {
                    let t = t.trim().to_lowercase();
                    !t.is_empty()
                        && employer
                            .strip_prefix(t.as_str())
                            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\'']))
                })
            };
            let provider = names(&self.provider_terms);
            if !provider && !names(&self.authority_terms) {
                continue;
            }
            let ctx = out.get_or_insert_with(|| self.clone());
            let terms = if provider {
                &mut ctx.provider_terms
            } else {
                &mut ctx.authority_terms
            };
            let plural = format!("{term}s");
            for t in [term.clone(), plural] {
                if !terms.iter().any(|known| known.eq_ignore_ascii_case(&t)) {
                    terms.push(t);
                }
            }
        }
        out
    }
}

/// The whole per-document path of a check after reading: parties, sentences, every clause
/// rule. For tools and tests that start from a `Document`.
pub fn evaluate_read_document(
    pack: &CompiledPack,
    document: &Document,
    file: &str,
) -> Vec<ClauseOutcome> {
    let ctx = DocumentContext::of(&parties::find_parties(document));
    evaluate_document(pack, &prepare(document), &ctx, file)
}

/// The clause rules compiled once for a whole run.
#[derive(Debug)]
pub struct CompiledPack {
    rules: Vec<(RuleId, CompiledClause)>,
    vocabulary: CompiledVocabulary,
    /// Every piece of every route (see `split_at_gaps`), deduplicated.
    prefilter: Prefilter,
    /// The ways a sentence can name a rule's topic, in rule order.
    routes: Vec<Route>,
    /// Per prefilter piece, the routes whose first piece it is: a sentence's candidate
    /// routes are found from the pieces it matched, not by trying every route.
    routes_from: Vec<Vec<u32>>,
    /// `topic_set` minimum per rule (0 where the rule has none).
    set_min: Vec<usize>,
    /// The rules that follow clause references (`ClauseSpec::follow_references`), each with
    /// the prefilter pieces of all its routes.
    follow_references: Vec<(usize, Vec<usize>)>,
}

/// One way a sentence can make a rule worth confirming: one of its topic, weak-topic or
/// section-term patterns, or one word of its topic set. A sentence can only match the
/// pattern if it matches every piece, so a route whose pieces did not all match in the
/// prefilter pass is skipped without running the rule's own regexes.
#[derive(Debug)]
struct Route {
    rule: usize,
    pieces: Vec<usize>,
    kind: RouteKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RouteKind {
    /// A `topic` or `weak_topic` pattern, with its slot (`CompiledClause::topic_slots`).
    Topic(usize),
    /// One word of the rule's `topic_set`, with its slot; counts towards its minimum.
    SetWord(usize),
    /// A `section_terms` pattern: counts only under a heading matching `section_topic`.
    Section,
}

impl CompiledPack {
    pub fn compile(pack: &RulePack) -> Result<CompiledPack, RuleError> {
        let invalid = |message: String| RuleError::Invalid {
            file: "rule pack".into(),
            message,
        };
        let vocabulary = CompiledVocabulary::compile(&pack.vocabulary)
            .map_err(|e| invalid(format!("vocabulary: {e}")))?;
        let mut rules = Vec::new();
        let mut pieces: Vec<String> = Vec::new();
        let mut routes = Vec::new();
        let mut set_min = Vec::new();
        let mut add = |pattern: &str, rule: usize, kind: RouteKind, routes: &mut Vec<Route>| {
            let ids = split_at_gaps(pattern)
                .into_iter()
                .map(|piece| {
                    let piece = clause::ascii_boundaries(&piece);
                    match pieces.iter().position(|p| *p == piece) {
                        Some(i) => i,
                        None => {
                            pieces.push(piece);
                            pieces.len() - 1
                        }
                    }
                })
                .collect();
            routes.push(Route {
                rule,
                pieces: ids,
                kind,
            });
        };
        for def in pack.applying_to(AppliesTo::Contract) {
            let Some(spec) = pack.clause_spec(def)? else {
                continue;
            };
            let spec = &spec;
            let compiled = CompiledClause::compile(spec)
                .map_err(|e| invalid(format!("rule {}: {e}", def.id)))?;
            let r = rules.len();
            // Slots in the order `CompiledClause::topic_slots` gives them.
            let mut slot = 0;
            for p in spec.topic.iter().chain(&spec.weak_topic) {
                add(p, r, RouteKind::Topic(slot), &mut routes);
                slot += 1;
            }
            match &spec.topic_set {
                Some(set) => {
                    for w in &set.words {
                        // As `CompiledClause` bounds each word.
                        let word = format!(r"\b(?:{w})\b");
                        add(&word, r, RouteKind::SetWord(slot), &mut routes);
                        slot += 1;
                    }
                    set_min.push(set.min);
                }
                None => set_min.push(0),
            }
            for p in &spec.section_terms {
                add(p, r, RouteKind::Section, &mut routes);
            }
            rules.push((def.id.clone(), compiled));
        }
        // ASCII mode, as the rules' own patterns (`clause::compile_rule_pattern`), unless a
        // piece needs Unicode. The cache bound is for the whole-set DFA used only then (see
        // `prefilter`): one cache per thread that scans every sentence; at 2 MiB it thrashed
        // (four times slower), so this one stays generous.
        let prefilter = Prefilter::new(&pieces, 1 << 24)
            .map_err(|e| invalid(format!("topic patterns: {e}")))?;
        let follow_references = (0..rules.len())
            .filter(|&r| rules[r].1.follow_references)
            .map(|r| {
                let mut pieces: Vec<usize> = routes
                    .iter()
                    .filter(|route| route.rule == r)
                    .flat_map(|route| route.pieces.iter().copied())
                    .collect();
                pieces.sort_unstable();
                pieces.dedup();
                (r, pieces)
            })
            .collect();
        let mut routes_from = vec![Vec::new(); prefilter.len()];
        for (i, route) in routes.iter().enumerate() {
            // `split_at_gaps` gives every pattern a piece at least.
            let first = *route.pieces.first().expect("a route has pieces");
            routes_from[first].push(i as u32);
        }
        Ok(CompiledPack {
            rules,
            vocabulary,
            prefilter,
            routes,
            routes_from,
            set_min,
            follow_references,
        })
    }

    /// The routes whose pieces all matched, in route order, into `out`.
    fn matched_routes(&self, hits: &Hits, out: &mut Vec<u32>) {
        out.clear();
        for piece in hits.iter() {
            for &r in &self.routes_from[piece] {
                let route = &self.routes[r as usize];
                if route.pieces[1..].iter().all(|&p| hits.matched(p)) {
                    out.push(r);
                }
            }
        }
        out.sort_unstable();
    }

    pub fn rule_count(&self) -> usize {
        self.rules.len()
    }
}

/// The best sentence found so far for one rule.
#[derive(Default)]
struct Best<'a> {
    verdict: Option<Found<'a>>,
    /// Whether the satisfying sentence stands under a heading that names the topic; such a
    /// sentence is the clearest evidence, so the search for this rule can stop.
    in_own_section: bool,
    near_miss: Option<(Miss, &'a Sentence, String)>,
}

/// A sentence that decided a rule: the verdict, the sentence, why, and where in the folded
/// sentence the topic stands (so long evidence is cut around it).
struct Found<'a> {
    verdict: Verdict,
    sentence: &'a Sentence,
    why: String,
    at: usize,
    /// Decided with the sentence before read in ("... observe them"), which the evidence
    /// quotes too.
    with_antecedent: bool,
}

/// One outcome per clause rule, in pack order; `file` is the path as the report prints it.
pub fn evaluate_document(
    pack: &CompiledPack,
    doc: &PreparedDocument,
    ctx: &DocumentContext,
    file: &str,
) -> Vec<ClauseOutcome> {
    let with_people = ctx.with_people(&doc.defined_people, &pack.vocabulary);
    let terms = party_terms(with_people.as_ref().unwrap_or(ctx));
    let terms = &*terms;
    let mut best: Vec<Best> = (0..pack.rules.len()).map(|_| Best::default()).collect();
    let mut candidates: Vec<usize> = Vec::new();
    let mut set_words: Vec<usize> = vec![0; pack.rules.len()];
    // Which rules' `section_topic` the current heading path matches, worked out once per
    // heading path (consecutive sentences share it).
    let mut section_cache: Option<(&str, Vec<Option<bool>>)> = None;
    // Per rule and defined term, whether the term's definition is one of the rule's decoys,
    // worked out when first needed.
    let mut decoy_definition: Vec<Option<bool>> =
        vec![None; pack.rules.len() * doc.definitions.len()];
    // Per rule, which of its topic patterns the prefilter left possible in this sentence
    // (all pieces matched), so confirming a candidate runs only those; and the rules marked.
    let mut possible: Vec<Vec<bool>> = pack
        .rules
        .iter()
        .map(|(_, rule)| vec![false; rule.topic_slots()])
        .collect();
    let mut marked: Vec<usize> = Vec::new();
    let mut matched_routes: Vec<u32> = Vec::new();
    let mut hits = pack.prefilter.hits();
    let mut more_hits = pack.prefilter.hits();
    // What each definition's text matches, scanned when a sentence first reads it in.
    let mut definition_hits: Vec<Option<Hits>> = vec![None; doc.definitions.len()];
    for (index, sentence) in doc.sentences.iter().enumerate() {
        pack.prefilter.find(sentence.folded.as_bytes(), &mut hits);
        // A sentence using a defined term ("observe the Ethical Standards") may name its
        // topic only through the definition read in after it: its pieces count as the
        // sentence's, and the rule is confirmed on the text with the definition read in.
        if let Some(with) = sentence.with_definitions.as_deref() {
            for &d in &with.terms {
                let body = definition_hits[d as usize].get_or_insert_with(|| {
                    let mut found = pack.prefilter.hits();
                    pack.prefilter
                        .find(doc.definitions[d as usize].as_bytes(), &mut found);
                    found
                });
                hits.union(body);
            }
        }
        // A sentence pointing back ("observe them") may name its topic only through the
        // sentence before it; such sentences are few, so their read-in text is scanned too.
        let antecedent = sentence
            .antecedent
            .as_deref()
            .filter(|a| pack.vocabulary.binds_no_one(a.said()));
        let antecedent_hits = antecedent
            .map(|a| {
                pack.prefilter.find(a.folded.as_bytes(), &mut more_hits);
                &more_hits
            })
            .filter(|h| h.matched_any());
        if !hits.matched_any() && antecedent_hits.is_none() {
            continue;
        }
        candidates.clear();
        set_words.iter_mut().for_each(|n| *n = 0);
        for r in marked.drain(..) {
            possible[r].iter_mut().for_each(|p| *p = false);
        }
        pack.matched_routes(&hits, &mut matched_routes);
        for route in matched_routes.iter().map(|&r| &pack.routes[r as usize]) {
            let worth = match route.kind {
                RouteKind::Topic(slot) => {
                    possible[route.rule][slot] = true;
                    marked.push(route.rule);
                    true
                }
                RouteKind::SetWord(slot) => {
                    possible[route.rule][slot] = true;
                    marked.push(route.rule);
                    set_words[route.rule] += 1;
                    set_words[route.rule] >= pack.set_min[route.rule]
                }
                _ if candidates.last() == Some(&route.rule) => false,
                RouteKind::Section => {
                    let section = &*sentence.folded_section;
                    if section_cache.as_ref().is_none_or(|(s, _)| *s != section) {
                        section_cache = Some((section, vec![None; pack.rules.len()]));
                    }
                    let (_, known) = section_cache.as_mut().expect("set above");
                    *known[route.rule].get_or_insert_with(|| {
                        pack.rules[route.rule]
                            .1
                            .section_topic
                            .iter()
                            .any(|r| r.is_match(section.as_bytes()))
                    })
                }
            };
            if worth && candidates.last() != Some(&route.rule) {
                candidates.push(route.rule);
            }
        }
        // With its references read in, a sentence can name more topics than it says: a rule
        // that follows references is a candidate where a reference was read in and the
        // sentence itself has some piece of the rule's patterns (the "certify" or "audit"
        // that the clause read in does not supply). Scanning the expanded text with the
        // prefilter instead made its lazy DFA thrash.
        if sentence.folded_refs.is_some() {
            for (r, pieces) in &pack.follow_references {
                if !candidates.contains(r) && pieces.iter().any(|&p| hits.matched(p)) {
                    candidates.push(*r);
                }
            }
        }
        if let Some(more) = antecedent_hits {
            pack.matched_routes(more, &mut matched_routes);
            for route in matched_routes.iter().map(|&r| &pack.routes[r as usize]) {
                let names_topic = matches!(route.kind, RouteKind::Topic(_) | RouteKind::SetWord(_));
                if names_topic && !candidates.contains(&route.rule) {
                    candidates.push(route.rule);
                }
            }
        }
        if candidates.is_empty() {
            continue;
        }
        // Who is bound, and how, read once per text: as written, with its references read
        // in, with the sentence before it read in.
        let mut bindings: [Option<SentenceBinding>; 4] = [None, None, None, None];
        for &r in &candidates {
            let (_, rule) = &pack.rules[r];
            if best[r].in_own_section {
                continue;
            }
            // A sentence using a defined term whose definition is one of the rule's decoys
            // ("Complaint" defined as the authority's own) is about that, not the topic.
            let uses_decoy = sentence.defined.iter().any(|&d| {
                *decoy_definition[r * doc.definitions.len() + d as usize]
                    .get_or_insert_with(|| rule.is_decoy_definition(&doc.definitions[d as usize]))
            });
            if uses_decoy {
                continue;
            }
            // The sentence as written, then (for rules that follow references) with its
            // references read in, which counts only if it satisfies the rule; so what the
            // sentence says itself is not pushed out of a pattern's reach by the text read in
            // ("complied with section 4 and ... these ethical standards"). The prefilter
            // scanned the sentence as written, so it narrows the patterns to try only there.
            let mut judged: Option<(Judgement, usize, bool)> = None;
            let texts = [
                Some((sentence.folded.as_str(), Some(possible[r].as_slice()))),
                sentence
                    .folded_refs
                    .as_deref()
                    .filter(|_| rule.follow_references)
                    .map(|refs| (refs, None)),
                antecedent.map(|a| (a.folded.as_str(), None)),
                sentence
                    .with_definitions
                    .as_deref()
                    .map(|d| (d.folded.as_str(), None)),
            ];
            for (i, text) in texts.into_iter().enumerate() {
                let Some((folded, narrowed)) = text else {
                    continue;
                };
                if matches!(judged, Some((Judgement::Satisfied, ..))) {
                    break;
                }
                // A generic topic ("material default ... terminate") gives way to the
                // heading when the heading names the rule's topic.
                let hit = match rule.topic_hit_among(folded, narrowed) {
                    Some(h) if h.specific => Some(h),
                    generic => rule
                        .section_hit(folded, &sentence.folded_section)
                        .or(generic),
                };
                let Some(mut hit) = hit else {
                    continue;
                };
                // When the sentence as written names no topic (or only inside a decoy), a
                // text with something read in counts only for a topic it read in: the same
                // words of the sentence's own are no better for having been pushed out of a
                // decoy's reach by the text inserted among them.
                if i > 0 && judged.is_none() {
                    let ranges: &[(usize, usize)] = match i {
                        1 => &sentence.read_in,
                        2 => antecedent.map_or(&[], |a| std::slice::from_ref(&a.read_in)),
                        _ => sentence
                            .with_definitions
                            .as_deref()
                            .map_or(&[], |d| d.read_in.as_slice()),
                    };
                    hit.retain(|start, end| ranges.iter().any(|&(s, e)| start < e && s < end));
                    if hit.starts.is_empty() {
                        continue;
                    }
                }
                let mut at = hit.starts[0];
                let judgement = match not_counted(sentence, &pack.vocabulary) {
                    Some((miss, why)) => Judgement::NotCounted(miss, why),
                    None if sentence.context.definition => {
                        Judgement::Weak("a definition only, with no obligation".into())
                    }
                    None => {
                        // Who is bound, and how, is read from the sentence as written.
                        let sb = bindings[i].get_or_insert_with(|| {
                            let as_written = match i {
                                0 => None,
                                1 => sentence.refs_as_written(),
                                2 => antecedent.map(Antecedent::as_written),
                                _ => sentence
                                    .with_definitions
                                    .as_deref()
                                    .map(DefinitionsReadIn::as_written),
                            };
                            SentenceBinding::continuing(
                                as_written.as_deref().unwrap_or(folded),
                                sentence.pronoun_for.as_deref(),
                                &pack.vocabulary,
                                terms,
                            )
                        });
                        let (b, place) = sb.for_hits(&hit.starts);
                        at = place;
                        // What a rule also needs (a reporting frequency) may stand in
                        // another sentence of the paragraph: "... submit a monitoring return
                        // every six months. The return will include the complaints received".
                        let in_paragraph = || {
                            paragraph_neighbours(&doc.sentences, index)
                                .any(|s| rule.has_also(&s.folded))
                        };
                        clause::judge(
                            rule,
                            folded,
                            &sentence.folded_section,
                            hit.specific,
                            &b,
                            &in_paragraph,
                        )
                    }
                };
                // Text read in can make a sentence satisfy a rule, never merely name its
                // topic: a weak match from a clause number alone says nothing.
                if i > 0 && !matches!(judgement, Judgement::Satisfied) {
                    continue;
                }
                let better = match (&judged, &judgement) {
                    (None, _) => true,
                    (Some((Judgement::Satisfied, ..)), _) => false,
                    (Some(_), Judgement::Satisfied) => true,
                    (Some((Judgement::NotCounted(..), ..)), Judgement::Weak(_)) => true,
                    _ => false,
                };
                if better {
                    judged = Some((judgement, at, i == 2));
                }
            }
            let Some((judgement, at, with_antecedent)) = judged else {
                continue;
            };
            let slot = &mut best[r];
            let satisfied = slot
                .verdict
                .as_ref()
                .is_some_and(|f| f.verdict == Verdict::Satisfied);
            let found = |verdict, why| Found {
                verdict,
                sentence,
                why,
                at,
                with_antecedent,
            };
            match judgement {
                Judgement::Satisfied => {
                    let own = rule.topic_hit(&sentence.folded_section).is_some();
                    if !satisfied || own {
                        slot.verdict = Some(found(Verdict::Satisfied, "satisfied".into()));
                        slot.in_own_section = own;
                    }
                }
                Judgement::Weak(why) => {
                    if slot.verdict.is_none() {
                        slot.verdict = Some(found(Verdict::Weak, why));
                    }
                }
                Judgement::NotCounted(miss, why) => {
                    // The first of the most telling kind: a negated clause explains a gap
                    // better than a table-of-contents line.
                    if slot.near_miss.as_ref().is_none_or(|(m, _, _)| miss > *m) {
                        slot.near_miss = Some((miss, sentence, why));
                    }
                }
            }
        }
    }
    // Sentences as a reader counts them: an item read out of a list is part of its sentence.
    let searched = doc
        .sentences
        .iter()
        .filter(|s| !s.context.list_item)
        .count();
    pack.rules
        .iter()
        .zip(best)
        .map(|((id, _), best)| outcome(id, best, searched, file))
        .collect()
}

/// The document's party terms compiled, remembered per worker thread for the last few sets
/// of terms: a bulk scan of one authority's contracts meets the same few sets again and
/// again, and compiling them afresh was 2 % of a scan. Each side's regex is remembered on its
/// own too, for the terms of one side meet those of the other in many pairs.
fn party_terms(ctx: &DocumentContext) -> Rc<PartyTerms> {
    /// Few enough that the regexes held (each with its lazy-DFA cache) stay small.
    const KEEP: usize = 8;
    type Known = Vec<((Vec<String>, Vec<String>), Rc<PartyTerms>)>;
    type Sides = Vec<(Vec<String>, Option<crate::rules::ascii::Regex>)>;
    thread_local! {
        static KNOWN: RefCell<Known> = const { RefCell::new(Vec::new()) };
        // Compiled regexes only: each `PartyTerms` searches with its own clones, whose
        // caches go with it.
        static SIDES: RefCell<Sides> = const { RefCell::new(Vec::new()) };
    }
    let key = (ctx.provider_terms.clone(), ctx.authority_terms.clone());
    KNOWN.with_borrow_mut(|known| {
        remember(known, key, KEEP, || {
            SIDES.with_borrow_mut(|sides| {
                let mut side = |terms: &Vec<String>| {
                    remember(sides, terms.clone(), 2 * KEEP, || {
                        clause::terms_regex(terms)
                    })
                };
                let provider = side(&ctx.provider_terms);
                Rc::new(PartyTerms::of(provider, side(&ctx.authority_terms)))
            })
        })
    })
}

/// The value remembered for `key`, made and remembered if it is not, in a list that keeps
/// the `keep` most recently used (most recent last).
fn remember<K: PartialEq, V: Clone>(
    list: &mut Vec<(K, V)>,
    key: K,
    keep: usize,
    make: impl FnOnce() -> V,
) -> V {
    if let Some(i) = list.iter().position(|(k, _)| *k == key) {
        let entry = list.remove(i);
        let value = entry.1.clone();
        list.push(entry);
        return value;
    }
    let value = make();
    if list.len() >= keep {
        list.remove(0);
    }
    list.push((key, value.clone()));
    value
}

/// Context that keeps a topic hit from counting at all.
fn not_counted(sentence: &Sentence, vocab: &CompiledVocabulary) -> Option<(Miss, String)> {
    let c = &sentence.context;
    // Switched-off text first: "2. Nolan Principles" over "[Not used]" is best explained
    // as not used, not as a heading.
    let (miss, why) = if c.disabled || vocab.is_disabled(&sentence.folded) {
        (Miss::SwitchedOff, "in text marked not used or disapplied")
    } else if c.toc {
        (Miss::TableOfContents, "a table-of-contents line")
    } else if c.heading {
        (Miss::Heading, "a heading with no obligation")
    } else if c.recital {
        (Miss::Recital, "in the recitals, which oblige no one")
    } else if sentence.folded.contains("[placeholder]") {
        (Miss::SwitchedOff, "a drafting placeholder ([insert ...])")
    } else {
        return None;
    };
    Some((miss, why.to_string()))
}

fn outcome(id: &RuleId, best: Best, searched: usize, file: &str) -> ClauseOutcome {
    match best.verdict {
        Some(found) => ClauseOutcome {
            rule: id.clone(),
            verdict: found.verdict,
            evidence: Some(Evidence {
                file: file.to_string(),
                text: match &found.sentence.antecedent {
                    Some(before) if found.with_antecedent => clip(
                        &format!("{} {}", before.text.trim(), found.sentence.text.trim()),
                        EVIDENCE_CHARS,
                    ),
                    _ => clip_around(&found.sentence.text, &found.sentence.folded, found.at),
                },
                location: found.sentence.location.clone(),
            }),
            note: found.why,
        },
        None => {
            let mut note = format!("searched {searched} sentences");
            if let Some((_, s, why)) = best.near_miss {
                let place = s.location.to_string();
                note.push_str(&format!(
                    "; nearest: \"{}\" ({why}{}{place})",
                    clip(&s.text, 120),
                    if place.is_empty() { "" } else { ", " }
                ));
            }
            ClauseOutcome {
                rule: id.clone(),
                verdict: Verdict::Missing,
                evidence: None,
                note,
            }
        }
    }
}

/// Evidence from a long sentence: its opening (which names the party bound) and, when the
/// topic stands further in, the stretch around the topic, cut on character boundaries.
/// `at` is a byte offset in `folded`; folding keeps characters roughly in place, so the
/// same character count into `text` lands near the topic.
fn clip_around(text: &str, folded: &str, at: usize) -> String {
    let text = text.trim();
    let total = text.chars().count();
    if total <= EVIDENCE_CHARS {
        return text.to_string();
    }
    let hit = folded.get(..at).map_or(0, |s| s.chars().count());
    if hit + 120 <= EVIDENCE_CHARS {
        return clip(text, EVIDENCE_CHARS);
    }
    const HEAD: usize = 120;
    let window = EVIDENCE_CHARS - HEAD;
    let from = hit.saturating_sub(window / 3).max(HEAD);
    let head: String = text.chars().take(HEAD).collect();
    let middle: String = text.chars().skip(from).take(window).collect();
    let tail = if from + window < total { "…" } else { "" };
    format!("{} … {}{tail}", head.trim_end(), middle.trim())
}

/// Shortens text on a character boundary, marking the cut.
fn clip(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

/// The other sentences of the paragraph a sentence stands in, nearest first (at most a few
/// either side).
fn paragraph_neighbours(
    sentences: &[Sentence],
    index: usize,
) -> impl Iterator<Item = &Sentence> + '_ {
    const REACH: usize = 4;
    let paragraph = sentences[index].location.paragraph;
    let same = move |s: &&Sentence| s.location.paragraph == paragraph;
    let before = sentences[..index].iter().rev().take(REACH).take_while(same);
    let after = sentences[index + 1..].iter().take(REACH).take_while(same);
    before.chain(after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::pieces::is_regex;

    /// The default pack's patterns split into the same pieces whether a piece is checked by
    /// parsing (`is_regex`) or, as before, by compiling it.
    #[test]
    fn pieces_are_those_compiling_would_accept() {
        let pack = RulePack::default_pack().unwrap();
        let mut patterns = 0;
        for def in pack.applying_to(AppliesTo::Contract) {
            let spec = def.clause.as_ref().unwrap();
            let words = spec.topic_set.iter().flat_map(|s| &s.words);
            let words: Vec<String> = words.map(|w| format!(r"\b(?:{w})\b")).collect();
            for p in spec
                .topic
                .iter()
                .chain(&spec.weak_topic)
                .chain(&spec.section_terms)
                .chain(&words)
            {
                patterns += 1;
                let pieces = split_at_gaps(p);
                let compiled = pieces.iter().all(|piece| clause::compile(piece).is_ok());
                assert!(compiled || pieces == [p.clone()], "{p}");
            }
        }
        assert!(patterns > 200, "{patterns} patterns");
        assert!(!is_regex("(unclosed") && !is_regex("*") && is_regex(r"\bword\b"));
    }

    /// The routes found from the pieces a sentence matched are those whose pieces all
    /// matched, tried one by one.
    #[test]
    fn routes_are_found_from_the_matched_pieces() {
        let pack = CompiledPack::compile(&RulePack::default_pack().unwrap()).unwrap();
        let mut texts = 0;
        let mut found = Vec::new();
        for entry in std::fs::read_dir("fixtures/clauses").unwrap().flatten() {
            for file in std::fs::read_dir(entry.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                let Ok(text) = std::fs::read_to_string(file.path()) else {
                    continue;
                };
                for line in text.lines() {
                    let folded = crate::normalise::structure::fold(line);
                    let mut hits = pack.prefilter.hits();
                    pack.prefilter.find(folded.as_bytes(), &mut hits);
                    pack.matched_routes(&hits, &mut found);
                    let all: Vec<u32> = (0..pack.routes.len() as u32)
                        .filter(|&r| {
                            let pieces = &pack.routes[r as usize].pieces;
                            pieces.iter().all(|&p| hits.matched(p))
                        })
                        .collect();
                    assert_eq!(found, all, "{folded}");
                    texts += usize::from(!all.is_empty());
                }
            }
        }
        assert!(texts > 100, "{texts} lines with routes");
    }

    /// The default pack's prefilter finds, in every line of the clause fixtures, the pieces
    /// `regex::RegexSet` (which it replaced) finds.
    #[test]
    fn prefilter_agrees_with_a_regex_set_on_the_fixtures() {
        let pack = CompiledPack::compile(&RulePack::default_pack().unwrap()).unwrap();
        let set = regex::bytes::RegexSetBuilder::new(pack.prefilter.pieces())
            .unicode(false)
            .case_insensitive(true)
            .size_limit(1 << 26)
            .dfa_size_limit(1 << 24)
            .build()
            .unwrap();
        let mut hits = pack.prefilter.hits();
        let mut lines = 0;
        for entry in std::fs::read_dir("fixtures/clauses").unwrap().flatten() {
            for file in std::fs::read_dir(entry.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                let Ok(text) = std::fs::read_to_string(file.path()) else {
                    continue;
                };
                for line in text.lines() {
                    let folded = crate::normalise::structure::fold(line);
                    pack.prefilter.find(folded.as_bytes(), &mut hits);
                    let want: Vec<usize> = set.matches(folded.as_bytes()).iter().collect();
                    assert_eq!(hits.iter().collect::<Vec<_>>(), want, "{folded}");
                    lines += usize::from(!want.is_empty());
                }
            }
        }
        assert!(lines > 100, "{lines} lines with pieces");
    }

    #[test]
    fn long_evidence_keeps_the_opening_and_the_topic() {
        let text = format!(
            "The Supplier shall: {} comply with the Nolan Principles; and {}",
            "keep records of everything it does; ".repeat(20),
            "report yearly; ".repeat(20)
        );
        let folded = text.to_lowercase();
        let at = folded.find("nolan").unwrap();
        let quoted = clip_around(&text, &folded, at);
        assert!(quoted.chars().count() <= EVIDENCE_CHARS + 8, "{quoted}");
        assert!(quoted.starts_with("The Supplier shall:"), "{quoted}");
        assert!(quoted.contains("Nolan Principles"), "{quoted}");
        let short = "The Supplier shall observe the Nolan Principles.";
        assert_eq!(clip_around(short, &short.to_lowercase(), 31), short);
    }

    /// On every sentence (and definition and reference text) of every document under
    /// `fixtures/`, the prefilter finds what the whole-set lazy DFA it replaced finds.
    #[test]
    fn prefilter_agrees_with_the_whole_set_on_the_fixture_documents() {
        let pack = CompiledPack::compile(&RulePack::default_pack().unwrap()).unwrap();
        let limits = crate::read::Limits::default();
        let mut hits = pack.prefilter.hits();
        let (mut texts, mut with_pieces) = (0, 0);
        let mut dirs = vec![std::path::PathBuf::from("fixtures")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                let Ok((_, crate::read::Content::Document(doc))) =
                    crate::read::read_file(&path, &limits)
                else {
                    continue;
                };
                let prepared = prepare(&doc);
                let all = prepared
                    .sentences
                    .iter()
                    .flat_map(|s| std::iter::once(&s.folded).chain(&s.folded_refs))
                    .chain(&prepared.definitions);
                for folded in all {
                    pack.prefilter.find(folded.as_bytes(), &mut hits);
                    let found: Vec<usize> = hits.iter().collect();
                    let (whole, _) = pack.prefilter.find_by_whole_set(folded.as_bytes());
                    assert_eq!(found, whole, "{}: {folded}", path.display());
                    texts += 1;
                    with_pieces += usize::from(!found.is_empty());
                }
            }
        }
        assert!(
            with_pieces > 1000,
            "{texts} texts, {with_pieces} with pieces"
        );
    }
}
