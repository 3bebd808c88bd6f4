//! The prefilter pass: which of the pack's topic-pattern pieces a sentence matches.
//!
//! This owns the answer for every piece (the same set, for every text, as `regex::RegexSet`
//! over the pieces) and how it is found. Three steps, each cheap from the first document:
//!
//! 1. An Aho-Corasick automaton over literals each piece requires (`literals.rs` reads them
//!    off each piece's HIR) reports every occurrence of every literal in one pass.
//! 2. Most pieces of the default pack (256 of 377) are only a few strings between word
//!    boundaries (`\bcodes? of conduct\b`, `\b(?:report|disclos)\w*`): an occurrence of one
//!    of their strings with the boundaries around it settles them, with no regex.
//! 3. The other pieces whose literal occurred are confirmed by one lazy DFA over them,
//!    searched anchored to one piece at a time: where the literal starts when every match
//!    begins with one of its literals (104 pieces), else from the text's start with the
//!    piece behind `(?s-u:.)*?` (17 pieces).
//!
//! Before this, one lazy DFA over all the pieces scanned each sentence, reporting every
//! piece (`MatchKind::All`). Each of its states held the start of every branch of all 377
//! pieces, so each new transition cost about 120,000 instructions, some 23,000 of them per
//! worker thread and run: its warm-up was the largest cost of a run over short contracts
//! (28 % of the instructions for 200 short real DOCX; 200 such files now take 1.5 s instead
//! of 2.05 s, and 12 MB less memory). The trade: warm, that DFA scanned faster, about
//! 12-13 ns a byte against 17-19 here (in-process, the sentences of 100 generated
//! contracts), so it wins again after some 700 long contracts per worker; its first pass
//! over those sentences took 550-600 ms against 220-260 ms here (docs/benchmarks.md,
//! "Prefilter front end"). The confirming DFA's states hold one piece each, so they are
//! cheap to build and its cache stays small (3.8 MB after 300 generated contracts, against
//! about 12 MB).
//!
//! That DFA is kept (`Whole`) for pieces that need Unicode mode, which the literal reading
//! does not attempt, and as the reference the front end is tested against.
//!
//! The answer is the same whichever engine gives it: should a lazy DFA give up (a byte it
//! cannot handle, or for `Whole` its cache cleared again and again on some odd text), that
//! search is done again by the PikeVM over the same NFA. `Whole` is driven directly rather
//! than through `regex::RegexSet`, whose calls cost about 240 ns before scanning a byte.

mod literals;

use aho_corasick::automaton::{Automaton, StateID as AcStateID};
use aho_corasick::nfa::contiguous::NFA as LiteralNfa;
use aho_corasick::{Anchored as AcAnchored, MatchKind as AcMatchKind};
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
    Whole(Box<Whole>),
}

impl std::fmt::Debug for Prefilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (engine, pieces) = match &self.engine {
            Engine::Literals(front) => ("literals", front.pieces),
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
            None => Engine::Whole(Box::new(Whole::new(pieces, cache_bytes)?)),
        };
        Ok(Prefilter {
            engine,
            #[cfg(test)]
            pieces: pieces.to_vec(),
        })
    }

    pub(super) fn len(&self) -> usize {
        match &self.engine {
            Engine::Literals(front) => front.pieces,
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
/// they are small: 300 generated contracts filled 3.8 MB without clearing it once. Unlike
/// `Whole`, it never gives up when cleared often: its searches are short (anchored at a
/// literal, or one sentence), so a clear costs a little re-building, not a thrashing scan.
const CONFIRM_CACHE_BYTES: usize = 1 << 23;

/// The literal front end: an Aho-Corasick automaton over literals each piece requires;
/// pieces that are only words between word boundaries are settled by their occurrences, the
/// others confirmed by one DFA over them, searched anchored to one piece at a time.
pub(super) struct Front {
    /// Every literal, driven byte by byte here: the `AhoCorasick`
    /// wrapper's overlapping search goes through a trait object per byte. A contiguous NFA
    /// rather than a DFA: as fast here (the DFA's 4.6 MB table misses the caches as the
    /// whole-set DFA did), 20 times smaller (236 KB) and cheaper to build.
    ac: LiteralNfa,
    ac_start: AcStateID,
    /// Per literal, its length.
    literal_len: Vec<u32>,
    /// Per literal, its range in `targets`.
    of_literal: Vec<(u32, u32)>,
    /// The pieces each literal may start (or, for `Need::Inner` pieces, occurs in).
    targets: Vec<Target>,
    /// The strings of `How::Words` pieces longer than a literal, found in full by comparing
    /// the text where their literal (their start) occurred.
    whole_words: Vec<Vec<u8>>,
    /// How each piece is confirmed.
    how: Vec<How>,
    /// Pieces without a usable literal, tried on every text.
    always: Vec<u32>,
    /// The pieces confirmed by a search, each as one pattern: the piece, or for pieces not
    /// tried where a literal starts, the piece after any bytes (`(?s-u:.)*?`), so that an
    /// anchored search from the start of the text is an unanchored search for it alone.
    confirm: DFA,
    pieces: usize,
    scratch: ScratchPool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum How {
    /// Matched wherever a literal occurs with these word boundaries before and after it.
    Words { before: bool, after: bool },
    /// Confirmed by the DFA's pattern, anchored where the literal starts.
    AtLiteral(PatternID),
    /// Confirmed by the DFA's pattern (`(?s-u:.)*?` and the piece) from the text's start.
    Anywhere(PatternID),
}

#[derive(Debug, Clone, Copy)]
struct Target {
    piece: u32,
    /// For a `How::Words` piece whose string is longer than its literal, the string's index
    /// in `whole_words`; else `u32::MAX`.
    whole: u32,
}

type ScratchPool = Pool<Scratch, Box<dyn Fn() -> Scratch + Send + Sync>>;

/// Per thread: the confirming DFA's cache and the candidates of one text.
struct Scratch {
    cache: Cache,
    candidates: Vec<(u32, u32)>,
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `(?-u:\b)` at `at`.
fn word_boundary(text: &[u8], at: usize) -> bool {
    let before = at > 0 && is_word_byte(text[at - 1]);
    let after = at < text.len() && is_word_byte(text[at]);
    before != after
}

impl Front {
    /// None when a piece needs Unicode mode (or will not compile in ASCII mode): the whole
    /// set DFA then does the work as before.
    fn new(pieces: &[String]) -> Option<Front> {
        let config = syntax_config(false);
        let hirs: Vec<Hir> = pieces
            .iter()
            .map(|p| syntax::parse_with(p, &config).ok())
            .collect::<Option<_>>()?;
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut index: std::collections::HashMap<Vec<u8>, usize> = Default::default();
        let mut pieces_of: Vec<Vec<Target>> = Vec::new();
        let mut whole_words: Vec<Vec<u8>> = Vec::new();
        let mut how = Vec::with_capacity(pieces.len());
        let mut always = Vec::new();
        let mut patterns: Vec<Hir> = Vec::new();
        for (i, hir) in hirs.into_iter().enumerate() {
            let pattern = PatternID::new_unchecked(patterns.len());
            let (set, h) = match literals::need(&hir) {
                Need::Words { set, before, after } => (set, How::Words { before, after }),
                Need::Prefix(set) => {
                    patterns.push(hir);
                    (set, How::AtLiteral(pattern))
                }
                Need::Inner(set) => {
                    patterns.push(after_anything(hir));
                    (set, How::Anywhere(pattern))
                }
                Need::Nothing => {
                    patterns.push(after_anything(hir));
                    always.push(i as u32);
                    (Vec::new(), How::Anywhere(pattern))
                }
            };
            for string in set {
                let literal = &string[..string.len().min(literals::MAX_LEN)];
                let whole = if literal.len() < string.len() {
                    whole_words.push(string.clone());
                    (whole_words.len() - 1) as u32
                } else {
                    u32::MAX
                };
                let l = *index.entry(literal.to_vec()).or_insert_with(|| {
                    literals.push(literal.to_vec());
                    pieces_of.push(Vec::new());
                    literals.len() - 1
                });
                pieces_of[l].push(Target {
                    piece: i as u32,
                    whole,
                });
            }
            how.push(h);
        }
        // The literals are lower case (`literals.rs` folds them) and the search lowers each
        // byte before it steps, which is ASCII case-insensitive matching for half the
        // automaton an `ascii_case_insensitive` build makes.
        let ac = LiteralNfa::builder()
            .match_kind(AcMatchKind::Standard)
            .prefilter(false)
            .build(&literals)
            .ok()?;
        let ac_start = ac.start_state(AcAnchored::No).ok()?;
        let literal_len = literals.iter().map(|l| l.len() as u32).collect();
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
            ac_start,
            literal_len,
            of_literal,
            targets,
            whole_words,
            how,
            always,
            confirm,
            pieces: pieces.len(),
            scratch,
        })
    }

    fn find(&self, text: &[u8], hits: &mut PatternSet) {
        let mut scratch = self.scratch.get();
        let Scratch { cache, candidates } = &mut *scratch;
        candidates.clear();
        let mut state = self.ac_start;
        for (i, &byte) in text.iter().enumerate() {
            state = self
                .ac
                .next_state(AcAnchored::No, state, byte.to_ascii_lowercase());
            if !self.ac.is_special(state) || !self.ac.is_match(state) {
                continue;
            }
            for k in 0..self.ac.match_len(state) {
                let literal = self.ac.match_pattern(state, k).as_usize();
                let end = i + 1;
                let start = end - self.literal_len[literal] as usize;
                self.occurred(text, literal, start, end, hits, candidates);
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
            let pattern = match self.how[piece as usize] {
                How::AtLiteral(p) | How::Anywhere(p) => p,
                How::Words { .. } => continue,
            };
            let input = Input::new(text)
                .range(at as usize..)
                .anchored(Anchored::Pattern(pattern))
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

    /// One occurrence of a literal at `start..end`: settles the pieces it settles, and
    /// makes the others candidates.
    #[inline]
    fn occurred(
        &self,
        text: &[u8],
        literal: usize,
        start: usize,
        end: usize,
        hits: &mut PatternSet,
        candidates: &mut Vec<(u32, u32)>,
    ) {
        let (from, to) = self.of_literal[literal];
        for &Target { piece, whole } in &self.targets[from as usize..to as usize] {
            let at = match self.how[piece as usize] {
                How::Words { before, after } => {
                    let end = match self.whole_words.get(whole as usize) {
                        None => end,
                        Some(w) => match text.get(start..start + w.len()) {
                            Some(t) if t.eq_ignore_ascii_case(w) => start + w.len(),
                            _ => continue,
                        },
                    };
                    if (!before || word_boundary(text, start))
                        && (!after || word_boundary(text, end))
                    {
                        hits.insert(PatternID::new_unchecked(piece as usize));
                    }
                    continue;
                }
                How::AtLiteral(_) => start as u32,
                How::Anywhere(_) => 0,
            };
            if candidates.last() != Some(&(piece, at)) {
                candidates.push((piece, at));
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
                    Need::Words { set: s, .. } | Need::Prefix(s) | Need::Inner(s) => s,
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
        let count = |f: fn(&How) -> bool| front.how.iter().filter(|h| f(h)).count();
        println!(
            "pieces {}, literals {}, settled by words {}, tried where a literal starts {}, \
             over the text {}, always {}; Aho-Corasick {:?} {} bytes; confirming DFA {} bytes",
            pre.len(),
            front.literal_count(),
            count(|h| matches!(h, How::Words { .. })),
            count(|h| matches!(h, How::AtLiteral(_))),
            count(|h| matches!(h, How::Anywhere(_))) - front.always.len(),
            front.always.len(),
            "contiguous NFA",
            front.ac.memory_usage(),
            front.confirm.memory_usage(),
        );
        assert!(front.always.len() <= 2, "{:?}", front.always);
    }

    /// Times the front end against the whole-set DFA in one process, over the folded
    /// sentences of the documents listed (one path a line) in the file named by
    /// `PROBITY_PREFILTER_BENCH`: a fresh engine's first pass (with its warm-up) and a second.
    /// `cargo test --release --lib bench_front_and_whole -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn bench_front_and_whole() {
        use std::time::Instant;
        let list = std::env::var("PROBITY_PREFILTER_BENCH").unwrap();
        let limits = crate::read::Limits::default();
        let mut texts: Vec<String> = Vec::new();
        for path in std::fs::read_to_string(list).unwrap().lines() {
            let Ok((_, crate::read::Content::Document(doc))) =
                crate::read::read_file(std::path::Path::new(path), &limits)
            else {
                continue;
            };
            let prepared = crate::normalise::structure::prepare(&doc);
            texts.extend(prepared.sentences.into_iter().map(|s| s.folded));
        }
        let bytes: usize = texts.iter().map(String::len).sum();
        println!("{} texts, {} bytes", texts.len(), bytes);
        let pieces = default_prefilter().pieces().to_vec();
        let rounds: usize = std::env::var("PROBITY_BENCH_ROUNDS").map_or(3, |r| r.parse().unwrap());
        for round in 0..rounds {
            for engine in ["whole", "front"] {
                if std::env::var("PROBITY_BENCH_ENGINE").is_ok_and(|e| e != engine) {
                    continue;
                }
                let t = Instant::now();
                let pre = match engine {
                    "whole" => Prefilter {
                        engine: Engine::Whole(Box::new(Whole::new(&pieces, 1 << 24).unwrap())),
                        pieces: pieces.clone(),
                    },
                    _ => Prefilter::new(&pieces, 1 << 24).unwrap(),
                };
                let built = t.elapsed();
                let mut hits = pre.hits();
                let mut found = 0usize;
                let mut passes = Vec::new();
                for _ in 0..6 {
                    let t = Instant::now();
                    for text in &texts {
                        pre.find(text.as_bytes(), &mut hits);
                        found += hits.iter().count();
                    }
                    passes.push(t.elapsed());
                }
                if let Some(front) = pre.front() {
                    println!(
                        "confirming DFA cache (bytes, clears): {:?}",
                        front.cache_figures()
                    );
                }
                println!(
                    "round {round} {engine}: build {built:?}, first pass {:?}, fastest of five \
                     more {:?} ({:.2} ns/byte), {found} hits",
                    passes[0],
                    passes[1..].iter().min().unwrap(),
                    passes[1..].iter().min().unwrap().as_nanos() as f64 / bytes as f64
                );
            }
        }
    }
}
