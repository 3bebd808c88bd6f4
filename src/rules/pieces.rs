//! The pieces of a pattern between its open gaps, and decoy patterns that check their pieces
//! before they run.
//!
//! A pattern such as `\bstaff\b[^.;]{0,120}\bpensions ombudsman\b` matches only text
//! that matches each of its pieces (`\bstaff\b`, `\bpensions ombudsman\b`). The pieces are
//! short and cheap to look for; the whole, with its long gaps, is among the dearest
//! patterns to run (its lazy DFA fills its cache and the search falls back to a
//! backtracker). The evaluate stage's prefilter uses the pieces of topic patterns; a rule's
//! decoys (`exclude`), which are looked for in every sentence that names the rule's topic,
//! look for their pieces first (`Gated`).

use super::clause::{ascii_boundaries, lazy_rule_pattern, PATTERN_DFA_BYTES};
use super::lazy::{self, Lazy};
use regex::bytes::{Match, Regex as ByteRegex, RegexBuilder as ByteRegexBuilder};

/// The pieces of a topic pattern between its open gaps (`[^.;]{0,120}` and the like) at the
/// top level. A sentence matching the pattern matches every piece (each at its own place in
/// the same text, so even `\b` at a piece's edge holds), which makes "every piece matched"
/// a safe prefilter; and a set of short pieces stays fast where a set of patterns with long
/// gaps would exhaust the regex engine's DFA. A pattern with a top-level alternation, or
/// whose pieces are not regexes on their own, is kept whole.
pub(crate) fn split_at_gaps(pattern: &str) -> Vec<String> {
    const GAPS: [&str; 3] = ["[^.;]{", "[^.]{", "[^;]{"];
    let bytes = pattern.as_bytes();
    let (mut depth, mut in_class, mut i) = (0usize, false, 0usize);
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => {
                i += 2;
                continue;
            }
            b'[' if !in_class => {
                if depth == 0 {
                    if let Some(gap) = GAPS.iter().find(|g| pattern[i..].starts_with(**g)) {
                        if let Some(close) = pattern[i + gap.len()..].find('}') {
                            let mut end = i + gap.len() + close + 1;
                            // A lazy gap (`{0,60}?`) is a gap too.
                            if bytes.get(end) == Some(&b'?') {
                                end += 1;
                            }
                            cuts.push((i, end));
                            i = end;
                            continue;
                        }
                    }
                }
                in_class = true;
            }
            b']' if in_class => in_class = false,
            b'(' if !in_class => depth += 1,
            b')' if !in_class => depth = depth.saturating_sub(1),
            b'|' if !in_class && depth == 0 => return vec![pattern.to_string()],
            _ => {}
        }
        i += 1;
    }
    let mut pieces = Vec::new();
    let mut from = 0;
    for (start, end) in cuts.iter().copied().chain([(pattern.len(), pattern.len())]) {
        let piece = &pattern[from..start];
        // A piece that is only assertions (`\b`) says nothing; skip it.
        if !piece
            .trim_start_matches(r"\b")
            .trim_end_matches(r"\b")
            .is_empty()
        {
            pieces.push(piece.to_string());
        }
        from = end;
    }
    if pieces.is_empty() || !pieces.iter().all(|p| is_regex(p)) {
        return vec![pattern.to_string()];
    }
    pieces
}

/// Whether a piece is a regex on its own (balanced, no dangling repetition), by parsing it as
/// `clause::compile` would, without compiling: compiling every piece in Unicode mode only to
/// throw it away was half of a run's start-up. Whatever this lets through, the prefilter set
/// built from the pieces still has to compile, and keeping a pattern whole instead of in
/// pieces changes how much the prefilter narrows, never a verdict. Without folding case, as
/// `clause::check_syntax`: the answer is the same and the parse much cheaper.
pub(crate) fn is_regex(piece: &str) -> bool {
    regex_syntax::ParserBuilder::new()
        .build()
        .parse(&ascii_boundaries(piece))
        .is_ok()
}

/// A rule pattern that, before it runs, checks that the text holds each of its pieces (see
/// `split_at_gaps`); text without one of them cannot match it, so the pattern is not run.
/// The pattern and its pieces are compiled on first use (`lazy`).
#[derive(Debug, Clone)]
pub struct Gated {
    regex: Lazy,
    /// The pieces, compiled as the pattern is (ASCII mode); none when the pattern has no gap
    /// or needs Unicode mode.
    gates: Vec<Lazy>,
}

/// A piece of a gated pattern, compiled in ASCII mode.
fn compile_gate(piece: &str) -> Result<ByteRegex, regex::Error> {
    ByteRegexBuilder::new(piece)
        .unicode(false)
        .case_insensitive(true)
        .size_limit(1 << 22)
        .dfa_size_limit(PATTERN_DFA_BYTES)
        .build()
}

impl Gated {
    /// The pattern as `compile_rule_pattern` compiles it, with its pieces.
    pub fn new(pattern: &str) -> Result<Gated, regex::Error> {
        let regex = lazy_rule_pattern(pattern)?;
        let pieces = split_at_gaps(pattern);
        // The pattern runs in ASCII mode when it parses so (then it compiled so: in Unicode
        // mode it would only be larger); its pieces must run in the same mode. (Folding
        // case in ASCII mode never fails, so it is left out of the parse.)
        let ascii = regex_syntax::ParserBuilder::new()
            .unicode(false)
            .utf8(false)
            .build()
            .parse(pattern)
            .is_ok();
        let gates = if ascii && pieces.len() > 1 {
            // Should a piece fail to compile, the pattern has no gates: pieces that might are
            // compiled now to know.
            let surely = pieces
                .iter()
                .all(|piece| lazy::surely_builds(piece, false, 1 << 22));
            // The later pieces are the more particular ones: try them first.
            pieces
                .iter()
                .rev()
                .map(|piece| Lazy::new(piece, compile_gate, |_| surely))
                .collect::<Result<Vec<_>, _>>()
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        Ok(Gated { regex, gates })
    }

    /// The pattern's successive non-overlapping matches, as `Regex::find_iter`; none, without
    /// running the pattern, when the text lacks one of its pieces.
    pub fn find_iter<'r, 't>(&'r self, text: &'t [u8]) -> impl Iterator<Item = Match<'t>> + 'r
    where
        't: 'r,
    {
        let open = self.gates.iter().all(|g| g.is_match(text));
        open.then(|| self.regex.find_iter(text))
            .into_iter()
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::clause::compile_rule_pattern;
    use crate::rules::{AppliesTo, RulePack};
    use proptest::prelude::*;

    fn matches(found: impl Iterator<Item = (usize, usize)>) -> Vec<(usize, usize)> {
        found.collect()
    }

    #[test]
    fn gated_patterns_find_what_they_find_alone() {
        let p = r"\b(?:employees?|staff)\b[^.;]{0,120}\bpensions ombudsman\b";
        let gated = Gated::new(p).unwrap();
        assert_eq!(gated.gates.len(), 2);
        let alone = compile_rule_pattern(p).unwrap();
        for text in [
            "staff may complain to the pensions ombudsman",
            "staff may complain; the pensions ombudsman decides",
            "the pensions ombudsman",
            "staff",
            "",
        ] {
            let t = text.as_bytes();
            assert_eq!(
                matches(gated.find_iter(t).map(|m| (m.start(), m.end()))),
                matches(alone.find_iter(t).map(|m| (m.start(), m.end()))),
                "{text}"
            );
        }
        // A pattern without a gap, or needing Unicode mode, runs as it is.
        assert!(Gated::new(r"\bgift aid\b").unwrap().gates.is_empty());
        assert!(Gated::new(r"caf[éè][^.;]{0,9}x").unwrap().gates.is_empty());
    }

    /// Every decoy of the default pack, on sentences made of the words of the pack's decoys.
    fn decoys() -> Vec<(Gated, ByteRegex)> {
        let pack = RulePack::default_pack().unwrap();
        pack.applying_to(AppliesTo::Contract)
            .filter_map(|d| pack.clause_spec(d).unwrap())
            .flat_map(|c| c.exclude)
            .map(|p| (Gated::new(&p).unwrap(), compile_rule_pattern(&p).unwrap()))
            .collect()
    }

    fn decoy_words() -> Vec<String> {
        let pack = RulePack::default_pack().unwrap();
        let mut words: Vec<String> = Vec::new();
        for p in pack
            .applying_to(AppliesTo::Contract)
            .filter_map(|d| pack.clause_spec(d).unwrap())
            .flat_map(|c| c.exclude)
        {
            let cleaned: String = p
                .replace(r"\b", " ")
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' {
                        c
                    } else {
                        ' '
                    }
                })
                .collect();
            for w in cleaned.split_whitespace() {
                if !words.iter().any(|x| x == w) {
                    words.push(w.to_string());
                }
            }
        }
        words
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn the_packs_decoys_find_the_same_with_their_pieces_checked_first(
            picks in proptest::collection::vec((0usize..10_000, 0usize..6), 1..30),
        ) {
            thread_local! {
                static ALL: (Vec<(Gated, ByteRegex)>, Vec<String>) = (decoys(), decoy_words());
            }
            ALL.with(|(decoys, words)| {
                const JOIN: [&str; 6] = [" ", " ", " ", ", ", "; ", ". "];
                let mut text = String::new();
                for (w, j) in &picks {
                    text.push_str(&words[w % words.len()]);
                    text.push_str(JOIN[*j]);
                }
                let t = text.as_bytes();
                for (gated, alone) in decoys {
                    prop_assert_eq!(
                        matches(gated.find_iter(t).map(|m| (m.start(), m.end()))),
                        matches(alone.find_iter(t).map(|m| (m.start(), m.end()))),
                        "{}",
                        &text
                    );
                }
                Ok(())
            })?;
        }
    }
}
