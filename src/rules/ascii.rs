//! A Unicode regex that runs in ASCII mode on text that is all ASCII.
//!
//! On ASCII text a pattern matches the same in ASCII mode as in Unicode mode: Unicode adds to
//! `\w`, `\s`, `\d`, `.`, negated classes and case folding (`s` also matching `ſ`, `k` the
//! Kelvin sign) only characters outside ASCII, which such text does not hold, and an empty
//! match can split no character. The ASCII automaton is much smaller: the vocabulary's
//! `\w+` and case-insensitive words, in Unicode mode, made the lazy DFA build states
//! again and again within its small cache and fall back to slower engines. Sentences are
//! nearly always ASCII once folded (quotes and dashes made plain); any other text is
//! matched by the Unicode regex, as before.

use regex::bytes::{Regex as AsciiRegex, RegexBuilder as AsciiRegexBuilder};
use regex::RegexBuilder;

/// A case-insensitive regex, compiled as written and, where it can be, in ASCII mode too.
#[derive(Debug, Clone)]
pub struct Regex {
    unicode: regex::Regex,
    /// The same pattern in ASCII mode, for ASCII text; `None` when it does not compile so
    /// (a class of non-ASCII characters, a Unicode property).
    ascii: Option<AsciiRegex>,
}

/// A match in the text searched, as `regex::Match` gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Match<'t> {
    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
}

impl Regex {
    /// `pattern` compiled case-insensitively with these limits, in Unicode mode (whose
    /// error, if any, is the one returned) and in ASCII mode.
    pub fn case_insensitive(
        pattern: &str,
        size_limit: usize,
        dfa_size_limit: usize,
    ) -> Result<Regex, regex::Error> {
        let unicode = RegexBuilder::new(pattern)
            .case_insensitive(true)
            .size_limit(size_limit)
            .dfa_size_limit(dfa_size_limit)
            .build()?;
        let ascii = AsciiRegexBuilder::new(pattern)
            .unicode(false)
            .case_insensitive(true)
            .size_limit(size_limit)
            .dfa_size_limit(dfa_size_limit)
            .build()
            .ok();
        Ok(Regex { unicode, ascii })
    }

    fn ascii_for(&self, text: &str) -> Option<&AsciiRegex> {
        self.ascii.as_ref().filter(|_| text.is_ascii())
    }

    pub fn is_match(&self, text: &str) -> bool {
        match self.ascii_for(text) {
            Some(ascii) => ascii.is_match(text.as_bytes()),
            None => self.unicode.is_match(text),
        }
    }

    /// Every successive non-overlapping match, as `regex::Regex::find_iter`.
    pub fn find_iter<'r, 't>(&'r self, text: &'t str) -> Matches<'r, 't> {
        match self.ascii_for(text) {
            Some(ascii) => Matches::Ascii(text, ascii.find_iter(text.as_bytes())),
            None => Matches::Unicode(text, self.unicode.find_iter(text)),
        }
    }
}

/// The matches of `Regex::find_iter`.
pub enum Matches<'r, 't> {
    Ascii(&'t str, regex::bytes::Matches<'r, 't>),
    Unicode(&'t str, regex::Matches<'r, 't>),
}

impl<'t> Iterator for Matches<'_, 't> {
    type Item = Match<'t>;

    fn next(&mut self) -> Option<Match<'t>> {
        let (text, start, end) = match self {
            Matches::Ascii(text, m) => m.next().map(|m| (*text, m.start(), m.end()))?,
            Matches::Unicode(text, m) => m.next().map(|m| (*text, m.start(), m.end()))?,
        };
        Some(Match { text, start, end })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn spans(found: impl Iterator<Item = (usize, usize)>) -> Vec<(usize, usize)> {
        found.collect()
    }

    fn agree(pattern: &str, text: &str) -> Result<(), TestCaseError> {
        let both = Regex::case_insensitive(pattern, 1 << 22, 1 << 16).unwrap();
        let unicode = &both.unicode;
        let want = spans(unicode.find_iter(text).map(|m| (m.start(), m.end())));
        let got = spans(both.find_iter(text).map(|m| (m.start(), m.end())));
        prop_assert_eq!(&got, &want, "{} on {:?}", pattern, text);
        prop_assert_eq!(both.is_match(text), unicode.is_match(text));
        for m in both.find_iter(text) {
            prop_assert_eq!(m.as_str(), &text[m.start()..m.end()]);
        }
        Ok(())
    }

    /// Patterns of the kinds the vocabulary uses: words and alternatives with ASCII
    /// boundaries, `\w+`, `\s`, classes, optional parts, empty matches.
    const PATTERNS: &[&str] = &[
        r"(?-u:\b)(?:shall|must|will|agrees? to)(?-u:\b)",
        r"(?-u:\b)it is a (?:condition|requirement) of (?:this|the) \w+ that(?-u:\b)",
        r"(?-u:\b)(?:the council|authority)(?:'s|s')?(?: own)?(?:\s|$)",
        r";|,?\s(?-u:\b)(?:save|except) that(?-u:\b)|,\s*but(?-u:\b)",
        r"[^\s\S]",
        r"\[not used\]",
        r"\w*",
        r"\bkey\B",
        r"(?-u:\b)[a-z]+ing\d?",
    ];

    proptest! {
        #[test]
        fn ascii_text_matches_as_in_unicode_mode(
            p in 0..PATTERNS.len(),
            text in "(?:shall|SHALL|must|will|agree to|it is a condition of this [a-z_0-9]{1,8} that|the Council's own|authority|; |, but| save that|\\[not used\\]|key|keys|going1| |\\t|\\n|[a-z]|[A-Z]|[0-9]|[.,;:'\\-])*",
        ) {
            prop_assume!(text.is_ascii());
            agree(PATTERNS[p], &text)?;
        }

        #[test]
        fn other_text_is_matched_in_unicode_mode(
            p in 0..PATTERNS.len(),
            text in "(?:ſhall|\\u{212A}ey|café|shall|must| |\\u{A0}|é|[a-z])*",
        ) {
            agree(PATTERNS[p], &text)?;
        }
    }

    /// The default vocabulary's lists, each as the one alternation `clause` compiles.
    fn vocabulary() -> Vec<Regex> {
        let v = crate::rules::RulePack::default_pack().unwrap().vocabulary;
        [
            &v.provider,
            &v.authority,
            &v.obligation,
            &v.permissive,
            &v.authority_right,
            &v.negation,
            &v.qualifier,
            &v.disabled,
        ]
        .into_iter()
        .map(|list| crate::rules::clause::alternation(list).unwrap())
        .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Sentences made of the vocabulary's own words match alike either way.
        #[test]
        fn the_vocabulary_matches_ascii_sentences_as_in_unicode_mode(
            words in proptest::collection::vec(
                "(?:the|supplier|sub-contractor|council's|authority|shall|must not|will|may|is required to|shall not be required to|need not|reasonable endeavours|where practicable|is entitled to|\\[not used\\]|intentionally left blank|it is a condition of this contract that|staff|each party|waives|[a-z]{1,6}|[0-9]{1,2})",
                0..24,
            ),
            joins in proptest::collection::vec("(?: |, |; |-|')", 24),
        ) {
            thread_local! {
                static VOCABULARY: Vec<Regex> = vocabulary();
            }
            let mut text = String::new();
            for (w, j) in words.iter().zip(&joins) {
                text.push_str(w);
                text.push_str(j);
            }
            VOCABULARY.with(|all| {
                for r in all {
                    let want: Vec<(usize, usize)> =
                        r.unicode.find_iter(&text).map(|m| (m.start(), m.end())).collect();
                    let got: Vec<(usize, usize)> =
                        r.find_iter(&text).map(|m| (m.start(), m.end())).collect();
                    prop_assert_eq!(got, want, "{}", text);
                }
                Ok(())
            })?;
        }
    }

    #[test]
    fn unicode_only_matches_stay_unicode() {
        // The long s folds to 's' in Unicode mode: text holding it is not ASCII and is
        // matched as before.
        let shall = Regex::case_insensitive(r"shall", 1 << 22, 1 << 16).unwrap();
        assert!(shall.is_match("the supplier ſhall comply"));
        assert!(!shall.ascii.as_ref().unwrap().is_match("ſhall".as_bytes()));
        assert!(shall.is_match("the supplier SHALL comply"));
        // Text outside ASCII is matched in Unicode mode, case folding and all.
        let class = Regex::case_insensitive(r"caf[éè]", 1 << 22, 1 << 16).unwrap();
        assert!(class.is_match("CAFÉ") && class.is_match("café") && !class.is_match("cafe"));
        // A Unicode property has no ASCII form: the Unicode regex serves all text.
        let letters = Regex::case_insensitive(r"\p{Greek}+", 1 << 22, 1 << 16).unwrap();
        assert!(letters.ascii.is_none() && letters.is_match("αβ") && !letters.is_match("ab"));
    }
}
