//! The prefilter pass: which of the pack's topic-pattern pieces a sentence matches, in one
//! overlapping scan of a lazy DFA over every piece.
//!
//! This drives `regex-automata`'s lazy DFA directly rather than through `regex::RegexSet`.
//! The set answers the same question, but each call cost about 240 ns before it scanned a
//! byte (measured on empty text: 34 ms for the 140,000 sentences of 100 generated
//! contracts, against 1.5 ms here), a quarter of the whole pass; and it returned a fresh
//! `SetMatches` each time. Here a document reuses its `PatternSet`, and each worker thread
//! keeps its DFA cache in a pool, as the set did.
//!
//! The answer is the same whichever engine gives it: should the lazy DFA give up (its cache
//! cleared again and again on some odd text, or a byte it cannot handle), that search is done
//! again by the PikeVM over the same NFA.

mod literals;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind as AcMatchKind};
use literals::Need;
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{self, pikevm::PikeVM, NFA};
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID, PatternSet};
use regex_syntax::hir::{Class, ClassBytes, ClassBytesRange, Hir, Repetition};

/// The pieces one text matched.
#[derive(Debug, Clone)]
pub(super) struct Hits(PatternSet);

impl Hits {
    pub(super) fn matched_any(&self) -> bool {
        !self.0.is_empty()
    }

    pub(super) fn matched(&self, piece: usize) -> bool {
        self.0.contains(PatternID::new_unchecked(piece))
    }

    /// Adds the pieces `other` matched: a text read in where a sentence uses a defined term
    /// is scanned once per document, not once per sentence.
    pub(super) fn union(&mut self, other: &Hits) {
        for piece in other.0.iter() {
            self.0.insert(piece);
        }
    }

    /// The pieces matched, in order.
    pub(super) fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().map(|p| p.as_usize())
    }
}

/// Which pieces a text matches, by literals first where every piece can be so found in ASCII
/// mode (the default pack's can), else by the one lazy DFA over every piece.
pub(super) struct Prefilter {
    engine: Engine,
    /// The pieces as given, for tests that compare with another engine.
    #[cfg(test)]
    pieces: Vec<String>,
}

enum Engine {
    Literals(Box<Front>),
    Whole(Whole),
}

impl std::fmt::Debug for Prefilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (engine, pieces) = match &self.engine {
            Engine::Literals(front) => ("literals", front.confirm.pattern_len()),
            Engine::Whole(whole) => ("whole", whole.dfa.pattern_len()),
        };
        f.debug_struct("Prefilter")
            .field("engine", &engine)
            .field("pieces", &pieces)
            .finish()
    }
}

impl Prefilter {
    /// The pieces as the rules' own patterns are compiled: case-insensitive, in ASCII mode
    /// (bytes) unless a piece needs Unicode. `cache_bytes` bounds each thread's cache of the
    /// whole-set DFA, used only when the pieces need Unicode mode.
    pub(super) fn new(pieces: &[String], cache_bytes: usize) -> Result<Prefilter, String> {
        let engine = match Front::new(pieces) {
            Some(front) => Engine::Literals(Box::new(front)),
            None => Engine::Whole(Whole::new(pieces, cache_bytes)?),
        };
        Ok(Prefilter {
            engine,
            #[cfg(test)]
            pieces: pieces.to_vec(),
        })
    }

    pub(super) fn len(&self) -> usize {
        match &self.engine {
            Engine::Literals(front) => front.confirm.pattern_len(),
            Engine::Whole(whole) => whole.dfa.pattern_len(),
        }
    }

    /// An empty answer, to be filled by `find`.
    pub(super) fn hits(&self) -> Hits {
        Hits(PatternSet::new(self.len()))
    }

    /// Fills `hits` with the pieces `text` matches (anywhere, overlapping).
    pub(super) fn find(&self, text: &[u8], hits: &mut Hits) {
        hits.0.clear();
        match &self.engine {
            Engine::Literals(front) => front.find(text, &mut hits.0),
            Engine::Whole(whole) => whole.find(text, &mut hits.0),
        }
    }

    #[cfg(test)]
    pub(super) fn pieces(&self) -> &[String] {
        &self.pieces
    }

    #[cfg(test)]
    pub(super) fn front(&self) -> Option<&Front> {
        match &self.engine {
            Engine::Literals(front) => Some(front),
            Engine::Whole(_) => None,
        }
    }
}

/// The syntax every piece is read with, as the rules' own patterns.
fn syntax_config(unicode: bool) -> syntax::Config {
    syntax::Config::new()
        .unicode(unicode)
        .utf8(false)
        .case_insensitive(true)
}

fn thompson_config() -> thompson::Config {
    thompson::Config::new()
        .utf8(false)
        .nfa_size_limit(Some(1 << 26))
        .which_captures(thompson::WhichCaptures::None)
}

/// Bounds each thread's cache of the confirming DFA. Its states hold one piece each, so
/// they are small: the default pack's fixtures and 300 generated contracts need well under
/// this.
const CONFIRM_CACHE_BYTES: usize = 1 << 23;

/// The literal front end: an Aho-Corasick automaton over literals each piece requires,
/// then one DFA over every piece, searched anchored to one piece at a time, to confirm the
/// pieces whose literals occurred.
pub(super) struct Front {
    ac: AhoCorasick,
    /// Per literal, its range in `targets`.
    of_literal: Vec<(u32, u32)>,
    /// The pieces each literal may start (or, for `Need::Inner` pieces, occurs in).
    targets: Vec<u32>,
    /// Per piece, whether it is tried where its literal starts (else over the whole text).
    at_literal: Vec<bool>,
    /// Pieces without a usable literal, tried on every text.
    always: Vec<u32>,
    /// Pattern `i` is piece `i`, or for pieces not tried where a literal starts, piece `i`
    /// after any bytes (`(?s-u:.)*?`), so that an anchored search from the start of the text
    /// is an unanchored search for that piece alone.
    confirm: DFA,
    scratch: ScratchPool,
}

type ScratchPool = Pool<Scratch, Box<dyn Fn() -> Scratch + Send + Sync>>;

/// Per thread: the confirming DFA's cache and the candidates of one text.
struct Scratch {
    cache: Cache,
    candidates: Vec<(u32, u32)>,
}

impl Front {
    /// None when a piece needs Unicode mode (or will not compile in ASCII mode): the whole
    /// set DFA then does the work as before.
    fn new(pieces: &[String]) -> Option<Front> {
        let config = syntax_config(false);
        let hirs: Vec<Hir> = pieces
            .iter()
            .map(|p| syntax::parse_with(p, &config))
            .collect::<Result<_, _>>()
            .ok()?;
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut index: std::collections::HashMap<Vec<u8>, usize> = Default::default();
        let mut pieces_of: Vec<Vec<u32>> = Vec::new();
        let mut at_literal = Vec::with_capacity(pieces.len());
        let mut always = Vec::new();
        let mut patterns: Vec<Hir> = Vec::with_capacity(pieces.len());
        for (i, hir) in hirs.into_iter().enumerate() {
            let (set, anchored) = match literals::need(&hir) {
                Need::Prefix(set) => (set, true),
                Need::Inner(set) => (set, false),
                Need::Nothing => {
                    always.push(i as u32);
                    (Vec::new(), false)
                }
            };
            for literal in set {
                let l = *index.entry(literal.clone()).or_insert_with(|| {
                    literals.push(literal);
                    pieces_of.push(Vec::new());
                    literals.len() - 1
                });
                pieces_of[l].push(i as u32);
            }
            at_literal.push(anchored);
            patterns.push(if anchored { hir } else { after_anything(hir) });
        }
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(AcMatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&literals)
            .ok()?;
        let mut of_literal = Vec::with_capacity(literals.len());
        let mut targets = Vec::new();
        for ps in pieces_of {
            let from = targets.len() as u32;
            targets.extend(ps);
            of_literal.push((from, targets.len() as u32));
        }
        let nfa = thompson::Compiler::new()
            .configure(thompson_config())
            .build_many_from_hir(&patterns)
            .ok()?;
        let confirm = DFA::builder()
            .configure(
                DFA::config()
                    .match_kind(MatchKind::All)
                    .starts_for_each_pattern(true)
                    .cache_capacity(CONFIRM_CACHE_BYTES)
                    .unicode_word_boundary(true),
            )
            .build_from_nfa(nfa)
            .ok()?;
        let for_caches = confirm.clone();
        let scratch: ScratchPool = Pool::new(Box::new(move || Scratch {
            cache: for_caches.create_cache(),
            candidates: Vec::new(),
        }));
        Some(Front {
            ac,
            of_literal,
            targets,
            at_literal,
            always,
            confirm,
            scratch,
        })
    }

    fn find(&self, text: &[u8], hits: &mut PatternSet) {
        let mut scratch = self.scratch.get();
        let Scratch { cache, candidates } = &mut *scratch;
        candidates.clear();
        for m in self.ac.find_overlapping_iter(text) {
            let (from, to) = self.of_literal[m.pattern().as_usize()];
            for &piece in &self.targets[from as usize..to as usize] {
                let at = if self.at_literal[piece as usize] {
                    m.start() as u32
                } else {
                    0
                };
                if candidates.last() != Some(&(piece, at)) {
                    candidates.push((piece, at));
                }
            }
        }
        candidates.extend(self.always.iter().map(|&p| (p, 0)));
        candidates.sort_unstable();
        candidates.dedup();
        for &(piece, at) in candidates.iter() {
            let id = PatternID::new_unchecked(piece as usize);
            if hits.contains(id) {
                continue;
            }
            let input = Input::new(text)
                .range(at as usize..)
                .anchored(Anchored::Pattern(id))
                .earliest(true);
            let found = match self.confirm.try_search_fwd(cache, &input) {
                Ok(m) => m.is_some(),
                Err(_) => slow_is_match(self.confirm.get_nfa(), &input),
            };
            if found {
                hits.insert(id);
            }
        }
    }

    #[cfg(test)]
    pub(super) fn cache_figures(&self) -> (usize, usize) {
        let s = self.scratch.get();
        (s.cache.memory_usage(), s.cache.clear_count())
    }

    #[cfg(test)]
    fn literal_count(&self) -> usize {
        self.of_literal.len()
    }
}

/// `(?s-u:.)*?` then `hir`: searched anchored, it finds `hir` anywhere.
fn after_anything(hir: Hir) -> Hir {
    let any = Hir::class(Class::Bytes(ClassBytes::new([ClassBytesRange::new(
        0, 255,
    )])));
    Hir::concat(vec![
        Hir::repetition(Repetition {
            min: 0,
            max: None,
            greedy: false,
            sub: Box::new(any),
        }),
        hir,
    ])
}

/// The same search by the PikeVM, which never gives up; for the rare search a lazy DFA will
/// not finish (its cache cleared again and again on some odd text, or a byte it cannot
/// handle).
fn slow_is_match(nfa: &NFA, input: &Input<'_>) -> bool {
    let vm = PikeVM::builder()
        .configure(PikeVM::config().match_kind(MatchKind::All))
        .build_from_nfa(nfa.clone())
        .expect("a PikeVM builds from any NFA");
    vm.is_match(&mut vm.create_cache(), input.clone())
}

type CachePool = Pool<Cache, Box<dyn Fn() -> Cache + Send + Sync>>;

/// The pieces compiled into one lazy DFA that reports every piece matching somewhere: the
/// engine for pieces that need Unicode mode, and the reference the front end is tested
/// against.
struct Whole {
    dfa: DFA,
    caches: CachePool,
}

impl Whole {
    fn new(pieces: &[String], cache_bytes: usize) -> Result<Whole, String> {
        let build = |unicode: bool| {
            DFA::builder()
                .syntax(syntax_config(unicode))
                .thompson(thompson_config())
                .configure(
                    DFA::config()
                        .match_kind(MatchKind::All)
                        .cache_capacity(cache_bytes)
                        // As `regex` configures its lazy DFA: a `\b` of Unicode mode quits on
                        // non-ASCII bytes, and a cache that thrashes gives up; both searches
                        // are done again by the PikeVM.
                        .unicode_word_boundary(true)
                        .minimum_cache_clear_count(Some(3))
                        .minimum_bytes_per_state(Some(10)),
                )
                .build_many(pieces)
                .map_err(|e| e.to_string())
        };
        let dfa = build(false).or_else(|_| build(true))?;
        let for_caches = dfa.clone();
        let caches: CachePool = Pool::new(Box::new(move || for_caches.create_cache()));
        Ok(Whole { dfa, caches })
    }

    fn find(&self, text: &[u8], hits: &mut PatternSet) {
        let input = Input::new(text);
        let mut cache = self.caches.get();
        if self
            .dfa
            .try_which_overlapping_matches(&mut cache, &input, hits)
            .is_err()
        {
            hits.clear();
            self.slow(&input, hits);
        }
    }

    /// The same search by the PikeVM, which never gives up.
    fn slow(&self, input: &Input<'_>, hits: &mut PatternSet) {
        let vm = PikeVM::builder()
            .configure(PikeVM::config().match_kind(MatchKind::All))
            .build_from_nfa(self.dfa.get_nfa().clone())
            .expect("a PikeVM builds from any NFA");
        vm.which_overlapping_matches(&mut vm.create_cache(), input, hits);
    }
}

#[cfg(test)]
impl Prefilter {
    /// As `find`, by the one lazy DFA over every piece (the engine the front end replaced),
    /// and by the PikeVM over the same NFA; the two answers, for tests.
    pub(super) fn find_by_whole_set(&self, text: &[u8]) -> (Vec<usize>, Vec<usize>) {
        use std::collections::HashMap;
        use std::sync::{Arc, Mutex, OnceLock};
        // One per piece list, built once per test process: the whole set is slow to warm.
        static WHOLE: OnceLock<Mutex<HashMap<Vec<String>, Arc<Whole>>>> = OnceLock::new();
        let whole = WHOLE
            .get_or_init(Default::default)
            .lock()
            .unwrap()
            .entry(self.pieces.clone())
            .or_insert_with(|| Arc::new(Whole::new(&self.pieces, 1 << 24).unwrap()))
            .clone();
        let mut set = PatternSet::new(self.len());
        whole.find(text, &mut set);
        let fast = set.iter().map(|p| p.as_usize()).collect();
        set.clear();
        whole.slow(&Input::new(text), &mut set);
        let slow = set.iter().map(|p| p.as_usize()).collect();
        (fast, slow)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::bytes::RegexSetBuilder;

    const PIECES: [&str; 7] = [
        r"(?-u:\b)nolan (?:principles|standards)(?-u:\b)",
        r"(?-u:\b)audit\w*",
        r"(?-u:\b)(?:report|notify|disclose)\w*",
        r"(?-u:\b)(?:may|shall|for)(?-u:\b)(?: \w+){0,3} (?:audit(?:s|ed|ing)?|inspect)(?-u:\b)",
        r"\([^)]{0,20}(?-u:\b)conduct(?-u:\b)",
        r"(?-u:\b)[a-z]{1,2}\d{1,3}(?-u:\b)",
        r"(?-u:\b)[a-z]{2}\w*",
    ];

    fn set_answer(pieces: &[String], text: &str) -> Vec<usize> {
        let set = RegexSetBuilder::new(pieces)
            .unicode(false)
            .case_insensitive(true)
            .size_limit(1 << 26)
            .dfa_size_limit(1 << 24)
            .build()
            .unwrap();
        set.matches(text.as_bytes()).iter().collect()
    }

    fn answer(pre: &Prefilter, text: &str) -> Vec<usize> {
        let mut hits = pre.hits();
        pre.find(text.as_bytes(), &mut hits);
        hits.iter().collect()
    }

    proptest! {
        /// The front end, the whole-set lazy DFA, its PikeVM fallback and `regex::RegexSet`
        /// (which the whole set replaced) find the same pieces.
        #[test]
        fn agrees_with_the_regex_set(
            words in proptest::collection::vec(
                prop_oneof![
                    Just("Nolan"), Just("principles"), Just("audit"), Just("audited"),
                    Just("the"), Just("shall"), Just("for"), Just("(a"), Just("conduct)"),
                    Just("reporting"), Just("SC12"), Just("é"), Just("."), Just("inspect"),
                    Just("x"), Just("4"),
                ],
                0..14,
            ),
        ) {
            let text = words.join(" ");
            let pieces: Vec<String> = PIECES.iter().map(|p| p.to_string()).collect();
            let pre = Prefilter::new(&pieces, 1 << 16).unwrap();
            prop_assert!(pre.front().is_some());
            let found = answer(&pre, &text);
            let (whole, slow) = pre.find_by_whole_set(text.as_bytes());
            let want = set_answer(&pieces, &text);
            prop_assert_eq!(&found, &want, "{}", text);
            prop_assert_eq!(&whole, &want, "{}", text);
            prop_assert_eq!(&slow, &want, "{}", text);
            let mut hits = pre.hits();
            pre.find(text.as_bytes(), &mut hits);
            prop_assert_eq!(hits.matched_any(), !want.is_empty());
            for p in 0..PIECES.len() {
                prop_assert_eq!(hits.matched(p), want.contains(&p));
            }
        }
    }

    #[test]
    fn pieces_needing_unicode_still_build() {
        let pieces = vec![r"caf[éè]".to_string(), r"(?-u:\b)audit\w*".to_string()];
        let pre = Prefilter::new(&pieces, 1 << 20).unwrap();
        assert!(pre.front().is_none());
        assert_eq!(answer(&pre, "the café audited"), [0, 1]);
    }

    fn default_prefilter() -> &'static Prefilter {
        use std::sync::OnceLock;
        static PACK: OnceLock<super::super::CompiledPack> = OnceLock::new();
        &PACK
            .get_or_init(|| {
                super::super::CompiledPack::compile(
                    &crate::rules::RulePack::default_pack().unwrap(),
                )
                .unwrap()
            })
            .prefilter
    }

    /// Words to build sentences from: those of the default pack's pieces, the literals the
    /// front end looks for (whole and in part, so that a literal occurs without its piece),
    /// and common contract words.
    fn words() -> &'static [String] {
        use std::sync::OnceLock;
        static WORDS: OnceLock<Vec<String>> = OnceLock::new();
        WORDS.get_or_init(|| {
            let pre = default_prefilter();
            let mut words: Vec<String> = Vec::new();
            for p in pre.pieces() {
                let cleaned: String = p
                    .replace(r"(?-u:\b)", " ")
                    .replace(r"\x27", "'")
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() || "-'(),".contains(c) {
                            c
                        } else {
                            ' '
                        }
                    })
                    .collect();
                words.extend(cleaned.split_whitespace().map(str::to_string));
            }
            for piece in 0..pre.len() {
                let hir = syntax::parse_with(&pre.pieces()[piece], &syntax_config(false)).unwrap();
                let set = match literals::need(&hir) {
                    Need::Prefix(s) | Need::Inner(s) => s,
                    Need::Nothing => Vec::new(),
                };
                for l in set {
                    let l = String::from_utf8(l).unwrap();
                    words.push(l.trim().to_string());
                    let cut = l.len().div_ceil(2);
                    if l.is_char_boundary(cut) {
                        words.push(l[..cut].to_string());
                    }
                }
            }
            for w in [
                "the",
                "supplier",
                "shall",
                "council",
                "any",
                "of",
                "and",
                "to",
                "in",
                "within",
                "10",
                "3.2",
                "(a)",
                "clause",
                "s",
                "ing",
                "ed",
                "-",
                "'s",
                "Staff",
                "AUDIT",
                "Sub-Contractor",
                "é",
                "€",
                "\t",
                "42",
            ] {
                words.push(w.to_string());
            }
            words.sort();
            words.dedup();
            words
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Over the default pack's pieces, on sentences made of their words and literals,
        /// the front end finds exactly what the whole-set lazy DFA finds.
        #[test]
        fn the_default_packs_pieces_agree_with_the_whole_set(
            picks in proptest::collection::vec((0usize..100_000, 0usize..8), 0..40),
        ) {
            const JOIN: [&str; 8] = [" ", " ", " ", " ", "", ", ", "; ", ". "];
            let words = words();
            let mut text = String::new();
            for (w, j) in &picks {
                text.push_str(&words[w % words.len()]);
                text.push_str(JOIN[*j]);
            }
            let pre = default_prefilter();
            let found = answer(pre, &text);
            let (whole, slow) = pre.find_by_whole_set(text.as_bytes());
            prop_assert_eq!(&found, &whole, "{}", &text);
            prop_assert_eq!(&found, &slow, "{}", &text);
        }
    }

    /// The default pack is served by the front end, and what it builds (figures for
    /// docs/benchmarks.md with `--nocapture`).
    #[test]
    fn the_default_pack_uses_the_front_end() {
        let pre = default_prefilter();
        let front = pre
            .front()
            .expect("the default pack's pieces take the front end");
        let anchored = front.at_literal.iter().filter(|&&a| a).count();
        println!(
            "pieces {}, literals {}, tried where a literal starts {}, over the text {}, \
             always {}; Aho-Corasick {:?} {} bytes; confirming DFA {} bytes",
            pre.len(),
            front.literal_count(),
            anchored,
            pre.len() - anchored - front.always.len(),
            front.always.len(),
            front.ac.kind(),
            front.ac.memory_usage(),
            front.confirm.memory_usage(),
        );
        assert!(front.always.len() <= 2, "{:?}", front.always);
    }
}
