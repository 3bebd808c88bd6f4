//! Rule patterns compiled on first use.
//!
//! A run compiled all of the pack's ~700 rule regexes (topics, decoys and their gates,
//! `also` elements, section topics) before reading a document: 0.15-0.2 s of every start,
//! most of it building automata and literal prefilters for patterns that a short run never
//! runs, because the prefilter never makes their rule a candidate or their topic never
//! matches. A `Lazy` holds the pattern and compiles it the first time it is used.
//!
//! Errors still come when the pack is compiled, as before: a pattern that passed validation
//! can fail to compile only by exceeding the compiled-size limit, and `Lazy::new` defers a
//! pattern only when it has parsed it in the mode it will be compiled in and bounded the size
//! of its automaton well under the limit. Any other pattern is compiled at once, and its
//! error (if any) is the one compiling has always given.

use regex::bytes::Regex as ByteRegex;
use regex_syntax::hir::{Class, Hir, HirKind};
use std::sync::OnceLock;

/// How a pattern is compiled: a function of the pattern alone, so the first use compiles
/// exactly what compiling at once would have.
pub(crate) type Build = fn(&str) -> Result<ByteRegex, regex::Error>;

/// A regex compiled on first use; dereferences to the compiled regex.
pub struct Lazy {
    pattern: Box<str>,
    build: Build,
    regex: OnceLock<ByteRegex>,
}

impl std::fmt::Debug for Lazy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Lazy").field(&self.pattern).finish()
    }
}

impl Clone for Lazy {
    fn clone(&self) -> Lazy {
        Lazy {
            pattern: self.pattern.clone(),
            build: self.build,
            regex: self.regex.clone(),
        }
    }
}

impl Lazy {
    /// `pattern` compiled by `build` when first used, if `will_compile` holds: `build` then
    /// cannot fail. Otherwise it is compiled now, and its error returned.
    pub(crate) fn new(
        pattern: &str,
        build: Build,
        will_compile: impl FnOnce(&str) -> bool,
    ) -> Result<Lazy, regex::Error> {
        let regex = OnceLock::new();
        if !will_compile(pattern) {
            let _ = regex.set(build(pattern)?);
        }
        Ok(Lazy {
            pattern: pattern.into(),
            build,
            regex,
        })
    }

    /// The compiled regex, compiling it now if this is its first use.
    pub fn regex(&self) -> &ByteRegex {
        self.regex.get_or_init(|| {
            (self.build)(&self.pattern).unwrap_or_else(|e| {
                // `new` deferred it only after parsing it and bounding its size.
                panic!("rule pattern `{}` did not compile: {e}", self.pattern)
            })
        })
    }

    /// Whether it has been compiled (for tests).
    #[cfg(test)]
    pub(crate) fn is_compiled(&self) -> bool {
        self.regex.get().is_some()
    }
}

impl std::ops::Deref for Lazy {
    type Target = ByteRegex;

    fn deref(&self) -> &ByteRegex {
        self.regex()
    }
}

/// Whether `regex::bytes::RegexBuilder` with these settings surely builds `pattern`: it
/// parses as the builder parses it (case-insensitive, UTF-8 not required, Unicode as given)
/// and a generous bound on its compiled NFA is under a quarter of `size_limit`. After a
/// successful parse the builder's only failure is an NFA over `size_limit` (forward or
/// reverse; the bound holds for both). In ASCII mode the parse leaves case folding out (it
/// cannot fail there, and was most of the parse); the bound allows for what folding adds.
pub(crate) fn surely_builds(pattern: &str, unicode: bool, size_limit: usize) -> bool {
    let parsed = regex_syntax::ParserBuilder::new()
        .case_insensitive(unicode)
        .unicode(unicode)
        .utf8(false)
        .build()
        .parse(pattern);
    match parsed {
        Ok(hir) => nfa_bytes_bound(&hir).is_some_and(|b| b < size_limit / 4),
        Err(_) => false,
    }
}

/// A bound on the bytes a Thompson NFA for `hir` takes (as its builder counts them: each
/// state plus its transitions or alternates), over-counting every state as 64 bytes and
/// every transition as 16 (the builder's are 32 and 8 or 4); `None` if it overflows. A
/// literal byte is counted as a class of two (`[Aa]`, as folding case makes it) and a byte
/// class as three times its ranges (folding adds at most the other case of each range).
fn nfa_bytes_bound(hir: &Hir) -> Option<usize> {
    const STATE: usize = 64;
    const EDGE: usize = 16;
    // The unanchored prefix, start and match states.
    const FIXED: usize = 1 << 10;
    fn walk(hir: &Hir) -> Option<usize> {
        Some(match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => STATE,
            HirKind::Literal(lit) => lit.0.len().checked_mul(2 * STATE + 3 * EDGE)?,
            HirKind::Class(Class::Bytes(c)) => {
                STATE + c.ranges().len().checked_mul(3 * EDGE)? + STATE + EDGE
            }
            // Each range is at most 32 UTF-8 sequences of at most four byte ranges.
            HirKind::Class(Class::Unicode(c)) => c
                .ranges()
                .len()
                .checked_mul(32 * 4 * (STATE + 2 * EDGE))?
                .checked_add(STATE + EDGE)?,
            HirKind::Repetition(rep) => {
                let copies = (rep.max.unwrap_or(rep.min) as usize).checked_add(2)?;
                copies.checked_mul(walk(&rep.sub)?.checked_add(2 * (STATE + 2 * EDGE))?)?
            }
            HirKind::Capture(cap) => walk(&cap.sub)?.checked_add(2 * STATE)?,
            HirKind::Concat(subs) => subs
                .iter()
                .try_fold(STATE, |sum, h| sum.checked_add(walk(h)?))?,
            HirKind::Alternation(subs) => subs.iter().try_fold(STATE, |sum, h| {
                sum.checked_add(walk(h)?)?.checked_add(STATE + EDGE)
            })?,
        })
    }
    walk(hir)?.checked_add(FIXED)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::bytes::RegexBuilder;

    fn build_ascii(p: &str) -> Result<ByteRegex, regex::Error> {
        RegexBuilder::new(p)
            .unicode(false)
            .case_insensitive(true)
            .size_limit(1 << 22)
            .build()
    }

    #[test]
    fn a_pattern_is_compiled_when_first_used() {
        let lazy = Lazy::new(r"\bsupplier\b[^.;]{0,160}\bcomplaints?", build_ascii, |p| {
            surely_builds(p, false, 1 << 22)
        })
        .unwrap();
        assert!(!lazy.is_compiled());
        assert!(lazy.is_match(b"the supplier shall log all complaints"));
        assert!(lazy.is_compiled());
    }

    #[test]
    fn a_pattern_too_large_fails_at_once_with_the_builder_s_error() {
        let big = r"(?:\w{0,200}){0,200}";
        let err = build_ascii(big).unwrap_err().to_string();
        assert!(!surely_builds(big, false, 1 << 22));
        let lazy = Lazy::new(big, build_ascii, |p| surely_builds(p, false, 1 << 22));
        assert_eq!(lazy.unwrap_err().to_string(), err);
    }

    #[test]
    fn patterns_that_do_not_parse_in_the_mode_are_not_deferred() {
        // A Unicode class in ASCII mode, and a syntax error.
        assert!(!surely_builds(r"caf[éè]", false, 1 << 22));
        assert!(surely_builds(r"caf[éè]", true, 1 << 22));
        assert!(!surely_builds(r"(unclosed", true, 1 << 22));
    }

    /// The bound is a bound: every pattern deemed safe for a small limit builds under it.
    #[test]
    fn the_bound_is_conservative() {
        for p in [
            r"\bstaff\b[^.;]{0,120}\bpensions ombudsman\b",
            r"(?:a|bc|[x-z]){3,40}",
            r"(?:\w+ ){0,3}(?:audit(?:s|ed|ing)?|inspect)",
            r"[^\s\S]",
            r"",
        ] {
            for limit in [1 << 12, 1 << 14, 1 << 16, 1 << 18] {
                if surely_builds(p, false, limit) {
                    let built = RegexBuilder::new(p)
                        .unicode(false)
                        .case_insensitive(true)
                        .size_limit(limit)
                        .build();
                    assert!(built.is_ok(), "{p} under {limit}");
                }
            }
        }
    }

    /// Every pattern of the default pack is deferred (and compiles when used).
    #[test]
    fn the_default_pack_s_patterns_are_all_deferred() {
        use crate::rules::clause::{lazy_rule_pattern, ClauseSpec};
        use crate::rules::{AppliesTo, RulePack};
        let pack = RulePack::default_pack().unwrap();
        let mut deferred = 0;
        for def in pack.applying_to(AppliesTo::Contract) {
            let spec: ClauseSpec = pack.clause_spec(def).unwrap().unwrap();
            let words = spec.topic_set.iter().flat_map(|s| &s.words);
            let words: Vec<String> = words.map(|w| format!(r"\b(?:{w})\b")).collect();
            for p in spec
                .topic
                .iter()
                .chain(&spec.weak_topic)
                .chain(&spec.exclude)
                .chain(&spec.exclude_defined)
                .chain(&spec.also)
                .chain(&spec.section_topic)
                .chain(&spec.section_terms)
                .chain(&words)
            {
                let lazy = lazy_rule_pattern(p).unwrap();
                assert!(!lazy.is_compiled(), "{p}");
                let _ = lazy.regex();
                deferred += 1;
            }
        }
        assert!(deferred > 400, "{deferred}");
    }

    /// Parsing without folding case accepts and refuses what parsing with it does, with the
    /// same message (`clause::check_syntax`, `pieces::is_regex`, the ASCII parse here).
    #[test]
    fn folding_case_changes_no_parse_answer() {
        let patterns = [
            r"\bsupplier\b[^.;]{0,160}complaints?",
            r"(?-u:[^k])",
            r"(?-u:\xFF)",
            r"(?-u:[\x00-\xFF--[k]])",
            r"\p{Greek}",
            r"\p{NoSuchClass}",
            r"[[:alpha:]&&[^k]]",
            r"(unclosed",
            r"ſ|K|caf[éè]",
            r"(?i-u:[^a-z])",
        ];
        for p in patterns {
            for (unicode, utf8) in [(true, true), (false, false), (true, false)] {
                let parse = |ci: bool| {
                    regex_syntax::ParserBuilder::new()
                        .case_insensitive(ci)
                        .unicode(unicode)
                        .utf8(utf8)
                        .build()
                        .parse(p)
                        .map(drop)
                        .map_err(|e| e.to_string())
                };
                assert_eq!(
                    parse(true),
                    parse(false),
                    "{p} unicode={unicode} utf8={utf8}"
                );
            }
        }
    }
}
