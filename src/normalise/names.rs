//! Provider names: the key two spellings of one organisation share ("Acme Care Ltd",
//! "ACME CARE LIMITED", "Acme Care Limited.") and a tidy display form.

use crate::model::{Provider, ProviderKey};
use regex::Regex;
use std::sync::LazyLock;

/// Legal-form words folded to one spelling in keys.
const FORMS: &[(&str, &str)] = &[
    ("ltd", "limited"),
    ("ld", "limited"),
    ("plc", "plc"),
    ("co", "company"),
    ("corp", "corporation"),
    ("inc", "incorporated"),
    ("llp", "llp"),
    ("cic", "cic"),
    ("llc", "llc"),
];

/// Spelled-out legal forms folded to their abbreviations, and dotted initials closed up
/// ("p l c" is what "p.l.c." becomes once punctuation is dropped).
const PHRASES: &[(&str, &str)] = &[
    ("public limited company", "plc"),
    ("limited liability partnership", "llp"),
    ("limited liability company", "llc"),
    ("community interest company", "cic"),
    ("p l c", "plc"),
    ("l l p", "llp"),
    ("l l c", "llc"),
    ("c i c", "cic"),
];

/// Words kept in capitals when a name written in capitals is tidied.
const ACRONYMS: &[&str] = &[
    "NHS", "CIC", "LLP", "PLC", "UK", "ICB", "CCG", "GP", "HM", "NCC", "LLC", "CIO", "SCIO", "CCS",
    "EU", "US", "USA", "IBM", "BV", "AG", "SA", "NV", "GMBH",
];

/// A trailing bracket that tags the name rather than being part of it: a defined term
/// ("(the Provider)", "("Supplier")") or registration details ("(company number 0123)").
static TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\s*\((?:\s*(?:the|an?|each)\s|[^)]*["“”'‘’]|[^)]*\b(?:company|registered|registration|charity|number|no\.?)\b|[^)]*\d{5,})[^)]*\)?\s*$"#).unwrap()
});
/// Registration details written after the name without brackets.
static REGISTRATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[,;]?\s*(?:(?:registered\s+)?(?:company|charity|registered|registration|companies house|crn|co\.?)\s*(?:number|no\.?|reg(?:istration)?\.?)?\s*[:.]?\s*)?\b[A-Z]{0,2}\s?\d[\d ]{4,}$").unwrap()
});
/// "Acme Ltd trading as Acme Care": the legal name is the one before.
static TRADING_AS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s+(?:trading as|t/a|d/b/a|dba)\s+.*$").unwrap());

/// The name itself, without the tags, registration numbers and trading names a document
/// writes around it.
fn bare_name(name: &str) -> String {
    let mut s = name.split_whitespace().collect::<Vec<_>>().join(" ");
    // Each pass removes one trailing tag; a name rarely carries more than two.
    for _ in 0..4 {
        let before = s.len();
        s = TRADING_AS.replace(&s, "").into_owned();
        s = TAG.replace(&s, "").into_owned();
        s = REGISTRATION.replace(&s, "").into_owned();
        s = s
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
            .to_string();
        if s.len() == before {
            break;
        }
    }
    s
}

/// Folds a name to its key: lower case, accents dropped, "&" = "and", punctuation dropped,
/// legal forms spelled one way, a leading "the" dropped, registration numbers and
/// "(the Provider)" tags ignored.
pub fn provider_key(name: &str) -> ProviderKey {
    let bare = bare_name(name);
    let bare = if bare.is_empty() {
        name.to_string()
    } else {
        bare
    };
    let lowered: String = bare
        .to_lowercase()
        .replace(['&', '+'], " and ")
        .chars()
        .map(fold_accent)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let mut spaced = format!(
        " {} ",
        lowered.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    for (from, to) in PHRASES {
        spaced = spaced.replace(&format!(" {from} "), &format!(" {to} "));
    }
    let mut words = close_up_initials(spaced.split_whitespace());
    if words.first().is_some_and(|w| w == "the") && words.len() > 1 {
        words.remove(0);
    }
    let folded: Vec<&str> = words
        .iter()
        .map(|w| {
            FORMS
                .iter()
                .find(|(from, _)| from == w)
                .map_or(w.as_str(), |(_, to)| to)
        })
        .collect();
    ProviderKey(folded.join(" "))
}

/// Runs of single letters joined into one word: "s a" (from "S.A.") becomes "sa", as
/// "p l c" becomes "plc", so dotted and undotted initials meet.
fn close_up_initials<'a>(words: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut run = String::new();
    for w in words {
        if w.chars().count() == 1 && w.chars().all(char::is_alphabetic) {
            run.push_str(w);
            continue;
        }
        if !run.is_empty() {
            out.push(std::mem::take(&mut run));
        }
        out.push(w.to_string());
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// Latin letters with accents as their plain letter, so "Leclanché" and "LECLANCHE" meet.
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// A provider from a name as a document writes it.
pub fn provider(name: &str) -> Provider {
    let name = display_name(name);
    Provider {
        key: provider_key(&name),
        name,
    }
}

/// Tidies a name for display: tags and registration numbers dropped, surrounding quotes,
/// brackets and punctuation trimmed, white space collapsed, and a name written all in
/// capitals put in title case (acronyms kept).
pub fn display_name(name: &str) -> String {
    let bare = bare_name(name);
    let trimmed = bare
        .trim_matches(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '"' | '\'' | '“' | '”' | '‘' | '’' | ',' | ';' | ':' | '.' | '(' | ')'
                )
        })
        .to_string();
    // "the DEPARTMENT FOR ..." as the parties clause runs: the article is not the name.
    let trimmed = match trimmed.get(..4) {
        Some(article) if article.eq_ignore_ascii_case("the ") && trimmed.len() > 8 => {
            trimmed[4..].to_string()
        }
        _ => trimmed,
    };
    let letters: Vec<char> = trimmed.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() > 3 && letters.iter().all(|c| c.is_uppercase());
    if !all_caps {
        return trimmed;
    }
    trimmed
        .split(' ')
        .map(|word| {
            let bare: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
            let initials = word.len() >= 3
                && word.chars().filter(|c| *c == '.').count() >= 2
                && word.chars().all(|c| c.is_alphabetic() || c == '.');
            if initials
                || ACRONYMS.contains(&bare.as_str())
                || bare.chars().any(|c| c.is_ascii_digit())
            {
                return word.to_string();
            }
            let lower = word.to_lowercase();
            if matches!(lower.as_str(), "of" | "and" | "for" | "the" | "in" | "on") {
                return lower;
            }
            let mut chars = lower.chars();
            chars.next().map_or_else(String::new, |f| {
                f.to_uppercase().collect::<String>() + chars.as_str()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_provider_share_a_key() {
        let k = provider_key("Acme Care Ltd");
        assert_eq!(k, provider_key("ACME CARE LIMITED"));
        assert_eq!(k, provider_key("Acme Care Limited."));
        assert_eq!(k, provider_key("The Acme Care Ltd"));
        assert_eq!(
            provider_key("Smith & Jones plc"),
            provider_key("Smith and Jones P.L.C.")
        );
        assert_ne!(k, provider_key("Acme Homecare Ltd"));
    }

    #[test]
    fn tags_registration_numbers_and_trading_names_are_not_part_of_the_key() {
        let k = provider_key("Acme Care Ltd");
        for spelling in [
            "Acme Care Ltd (the Provider)",
            "ACME CARE LIMITED (company number 01234567)",
            "Acme Care Limited, registered number 01234567",
            "Acme Care Ltd 01234567",
            "Acme Care Ltd (\"Supplier\")",
            "Acme Care Ltd t/a Acme Homecare",
            "  acme   care  ltd. ",
        ] {
            assert_eq!(provider_key(spelling), k, "{spelling}");
        }
        assert_eq!(
            provider_key("Harbour Health Community Interest Company"),
            provider_key("HARBOUR HEALTH C.I.C.")
        );
        assert_eq!(
            provider_key("Smith & Co."),
            provider_key("Smith and Company")
        );
        assert_eq!(provider_key("Leclanché SA"), provider_key("LECLANCHE S.A."));
        // A bracket that is part of the name stays.
        assert_ne!(
            provider_key("Fonterra (USA) Inc"),
            provider_key("Fonterra Inc")
        );
        assert_eq!(
            display_name("ACME CARE LIMITED (company number 01234567)"),
            "Acme Care Limited"
        );
        assert_eq!(
            display_name("Acme Care Ltd (the Provider)"),
            "Acme Care Ltd"
        );
    }

    #[test]
    fn capitals_become_title_case_but_acronyms_stay() {
        assert_eq!(
            display_name("GREENFIELD CARE SERVICES LTD"),
            "Greenfield Care Services Ltd"
        );
        assert_eq!(
            display_name("HARBOUR COMMUNITY HEALTH CIC"),
            "Harbour Community Health CIC"
        );
        assert_eq!(display_name("“Acme Ltd”,"), "Acme Ltd");
        assert_eq!(
            display_name("Department for Example Services"),
            "Department for Example Services"
        );
    }

    proptest::proptest! {
        #[test]
        fn keys_ignore_case_and_never_panic(name in "[A-Za-z&.,() 0-9]{0,60}", any in ".{0,80}") {
            proptest::prop_assert_eq!(provider_key(&name.to_uppercase()), provider_key(&name.to_lowercase()));
            let _ = provider(&any);
            let _ = display_name(&any);
        }
    }
}
