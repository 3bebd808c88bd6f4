//! Provider names: the key two spellings of one organisation share ("Acme Care Ltd",
//! "ACME CARE LIMITED", "Acme Care Limited.") and a tidy display form.

use crate::model::{Provider, ProviderKey};

/// Legal-form words folded to one spelling in keys.
const FORMS: &[(&str, &str)] = &[
    ("ltd", "limited"),
    ("ld", "limited"),
    ("plc", "plc"),
    ("p l c", "plc"),
    ("co", "company"),
    ("corp", "corporation"),
    ("inc", "incorporated"),
    ("llp", "llp"),
    ("cic", "cic"),
    ("uk", "uk"),
];

/// Words kept in capitals when a name written in capitals is tidied.
const ACRONYMS: &[&str] = &[
    "NHS", "CIC", "LLP", "PLC", "UK", "ICB", "CCG", "GP", "HM", "NCC", "LLC", "CIO", "SCIO", "CCS",
    "EU", "US",
];

/// Folds a name to its key: lower case, "&" = "and", punctuation dropped, legal forms
/// spelled one way, a leading "the" dropped.
pub fn provider_key(name: &str) -> ProviderKey {
    let lowered = name.to_lowercase().replace(['&', '+'], " and ");
    let spaced: String = lowered
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let mut words: Vec<&str> = spaced.split_whitespace().collect();
    if words.first() == Some(&"the") && words.len() > 1 {
        words.remove(0);
    }
    let folded: Vec<&str> = words
        .iter()
        .map(|w| {
            FORMS
                .iter()
                .find(|(from, _)| from == w)
                .map_or(*w, |(_, to)| to)
        })
        .collect();
    let mut key = folded.join(" ");
    // "p.l.c." splits into single letters.
    key = key.replace("p l c", "plc");
    ProviderKey(key)
}

/// A provider from a name as a document writes it.
pub fn provider(name: &str) -> Provider {
    let name = display_name(name);
    Provider {
        key: provider_key(&name),
        name,
    }
}

/// Tidies a name for display: surrounding quotes, brackets and punctuation trimmed, white
/// space collapsed, and a name written all in capitals put in title case (acronyms kept).
pub fn display_name(name: &str) -> String {
    let trimmed = name
        .trim_matches(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '"' | '\'' | '“' | '”' | '‘' | '’' | ',' | ';' | ':' | '.' | '(' | ')'
                )
        })
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // "the DEPARTMENT FOR ..." as the parties clause runs: the article is not the name.
    let trimmed = trimmed
        .strip_prefix("the ")
        .map(str::to_string)
        .unwrap_or(trimmed);
    let letters: Vec<char> = trimmed.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() > 3 && letters.iter().all(|c| c.is_uppercase());
    if !all_caps {
        return trimmed;
    }
    trimmed
        .split(' ')
        .map(|word| {
            let bare: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
            if ACRONYMS.contains(&bare.as_str()) || bare.chars().any(|c| c.is_ascii_digit()) {
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
}
