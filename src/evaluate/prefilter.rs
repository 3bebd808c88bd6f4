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

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{self, pikevm::PikeVM};
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, PatternID, PatternSet};

type CachePool = Pool<Cache, Box<dyn Fn() -> Cache + Send + Sync>>;

/// The pieces compiled into one lazy DFA that reports every piece matching somewhere.
pub(super) struct Prefilter {
    dfa: DFA,
    caches: CachePool,
    /// The pieces as given, for tests that compare with another engine.
    #[cfg(test)]
    pieces: Vec<String>,
}

impl std::fmt::Debug for Prefilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prefilter")
            .field("pieces", &self.dfa.pattern_len())
            .finish()
    }
}

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

impl Prefilter {
    /// The pieces as the rules' own patterns are compiled: case-insensitive, in ASCII mode
    /// (bytes) unless a piece needs Unicode. `cache_bytes` bounds each thread's DFA cache.
    pub(super) fn new(pieces: &[String], cache_bytes: usize) -> Result<Prefilter, String> {
        let build = |unicode: bool| {
            DFA::builder()
                .syntax(
                    syntax::Config::new()
                        .unicode(unicode)
                        .utf8(false)
                        .case_insensitive(true),
                )
                .thompson(
                    thompson::Config::new()
                        .utf8(false)
                        .nfa_size_limit(Some(1 << 26))
                        .which_captures(thompson::WhichCaptures::None),
                )
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
        Ok(Prefilter {
            dfa,
            caches,
            #[cfg(test)]
            pieces: pieces.to_vec(),
        })
    }

    pub(super) fn len(&self) -> usize {
        self.dfa.pattern_len()
    }

    /// An empty answer, to be filled by `find`.
    pub(super) fn hits(&self) -> Hits {
        Hits(PatternSet::new(self.len()))
    }

    /// Fills `hits` with the pieces `text` matches (anywhere, overlapping).
    pub(super) fn find(&self, text: &[u8], hits: &mut Hits) {
        hits.0.clear();
        let input = Input::new(text);
        let mut cache = self.caches.get();
        if self
            .dfa
            .try_which_overlapping_matches(&mut cache, &input, &mut hits.0)
            .is_err()
        {
            hits.0.clear();
            self.slow(&input, &mut hits.0);
        }
    }

    /// The same search by the PikeVM, which never gives up; for the rare text the lazy DFA
    /// will not finish.
    fn slow(&self, input: &Input<'_>, hits: &mut PatternSet) {
        let vm = PikeVM::builder()
            .configure(PikeVM::config().match_kind(MatchKind::All))
            .build_from_nfa(self.dfa.get_nfa().clone())
            .expect("a PikeVM builds from any NFA");
        vm.which_overlapping_matches(&mut vm.create_cache(), input, hits);
    }

    #[cfg(test)]
    pub(super) fn pieces(&self) -> &[String] {
        &self.pieces
    }

    /// As `find`, by the PikeVM alone (for tests).
    #[cfg(test)]
    pub(super) fn find_slowly(&self, text: &[u8], hits: &mut Hits) {
        hits.0.clear();
        self.slow(&Input::new(text), &mut hits.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::bytes::RegexSetBuilder;

    const PIECES: [&str; 6] = [
        r"(?-u:\b)nolan (?:principles|standards)(?-u:\b)",
        r"(?-u:\b)audit\w*",
        r"(?-u:\b)(?:report|notify|disclose)\w*",
        r"(?-u:\b)(?:may|shall|for)(?-u:\b)(?: \w+){0,3} (?:audit(?:s|ed|ing)?|inspect)(?-u:\b)",
        r"\([^)]{0,20}(?-u:\b)conduct(?-u:\b)",
        r"(?-u:\b)[a-z]{1,2}\d{1,3}(?-u:\b)",
    ];

    fn set_answer(text: &str) -> Vec<usize> {
        let set = RegexSetBuilder::new(PIECES)
            .unicode(false)
            .case_insensitive(true)
            .build()
            .unwrap();
        set.matches(text.as_bytes()).iter().collect()
    }

    proptest! {
        /// The lazy DFA, the PikeVM fallback and `regex::RegexSet` (which this replaced)
        /// find the same pieces.
        #[test]
        fn agrees_with_the_regex_set(
            words in proptest::collection::vec(
                prop_oneof![
                    Just("Nolan"), Just("principles"), Just("audit"), Just("audited"),
                    Just("the"), Just("shall"), Just("for"), Just("(a"), Just("conduct)"),
                    Just("reporting"), Just("SC12"), Just("é"), Just("."), Just("inspect"),
                ],
                0..14,
            ),
            cache in prop_oneof![Just(1usize << 16), Just(1usize << 24)],
        ) {
            let text = words.join(" ");
            let pieces: Vec<String> = PIECES.iter().map(|p| p.to_string()).collect();
            let pre = Prefilter::new(&pieces, cache).unwrap();
            let mut hits = pre.hits();
            pre.find(text.as_bytes(), &mut hits);
            let fast: Vec<usize> = hits.iter().collect();
            pre.find_slowly(text.as_bytes(), &mut hits);
            let slow: Vec<usize> = hits.iter().collect();
            let want = set_answer(&text);
            prop_assert_eq!(&fast, &want, "{}", text);
            prop_assert_eq!(&slow, &want, "{}", text);
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
        let mut hits = pre.hits();
        pre.find("the café audited".as_bytes(), &mut hits);
        assert_eq!(hits.iter().collect::<Vec<_>>(), [0, 1]);
    }
}
