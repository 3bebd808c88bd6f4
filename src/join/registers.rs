//! Who is who across files: one provider identity from names written many ways (normalised
//! keys, company or charity numbers, aliases from `probity.toml`), the contract register
//! matched to contract documents (by file name or contract reference), and every register
//! row placed with the provider it is about. Ambiguity is reported, never guessed.

use crate::join::EvaluatedDocument;
use crate::model::ProviderKey;
use crate::normalise::names;
use crate::normalise::records::{ContractRow, Registers};
use std::collections::{BTreeMap, BTreeSet};

/// Provider identities for the run.
#[derive(Debug, Default)]
pub struct ProviderIndex {
    /// Alias key -> canonical key (from `probity.toml` and shared registration numbers).
    alias: BTreeMap<ProviderKey, ProviderKey>,
    /// Registration number -> canonical key.
    numbers: BTreeMap<String, ProviderKey>,
    /// Canonical key -> names seen, with how often.
    names: BTreeMap<ProviderKey, BTreeMap<String, usize>>,
    /// Canonical key -> registration numbers seen with it; more than one is ambiguous.
    numbers_of: BTreeMap<ProviderKey, BTreeSet<String>>,
    /// Names already folded: registers repeat the same few names thousands of times.
    folded: std::cell::RefCell<std::collections::HashMap<String, ProviderKey>>,
}

fn clean_number(n: &str) -> Option<String> {
    let n: String = n
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase();
    // Companies House numbers are 8 characters, zero-padded; charity numbers 6-8 digits.
    let n = n.trim_start_matches('0').to_string();
    (n.len() >= 4).then_some(n)
}

impl ProviderIndex {
    /// `aliases`: canonical name -> other names it goes by.
    pub fn new(aliases: &BTreeMap<String, Vec<String>>) -> ProviderIndex {
        let mut index = ProviderIndex::default();
        for (canonical, others) in aliases {
            let key = names::provider_key(canonical);
            for other in others {
                index.alias.insert(names::provider_key(other), key.clone());
            }
            index.note(canonical);
        }
        index
    }

    /// The canonical key for a name (and registration number, when the row gives one).
    pub fn key(&self, name: &str) -> ProviderKey {
        if let Some(key) = self.folded.borrow().get(name) {
            return self.alias.get(key).cloned().unwrap_or_else(|| key.clone());
        }
        let key = names::provider_key(name);
        self.folded
            .borrow_mut()
            .insert(name.to_string(), key.clone());
        self.alias.get(&key).cloned().unwrap_or(key)
    }

    pub fn key_with_number(&self, name: Option<&str>, number: Option<&str>) -> Option<ProviderKey> {
        if let Some(key) = number
            .and_then(clean_number)
            .and_then(|n| self.numbers.get(&n))
        {
            return Some(key.clone());
        }
        name.filter(|n| !crate::normalise::tables::is_placeholder(n))
            .map(|n| self.key(n))
    }

    /// Records a name (and number), so later rows with the same number join it.
    pub fn note_with_number(&mut self, name: &str, number: Option<&str>) {
        let key = self.key(name);
        if let Some(n) = number.and_then(clean_number) {
            self.numbers_of
                .entry(key.clone())
                .or_default()
                .insert(n.clone());
            match self.numbers.get(&n) {
                Some(existing) if *existing != key => {
                    self.alias.insert(key.clone(), existing.clone());
                }
                Some(_) => {}
                None => {
                    self.numbers.insert(n, key.clone());
                }
            }
        }
        self.note(name);
    }

    fn note(&mut self, name: &str) {
        let key = self.key(name);
        *self
            .names
            .entry(key)
            .or_default()
            .entry(names::display_name(name))
            .or_default() += 1;
    }

    /// The name a provider is shown under: the most used, then the shortest, then the first
    /// in alphabetical order (so it never depends on file order).
    pub fn display(&self, key: &ProviderKey) -> Option<String> {
        self.names.get(key).and_then(|names| {
            names
                .iter()
                .max_by(|a, b| {
                    a.1.cmp(b.1)
                        .then(b.0.len().cmp(&a.0.len()))
                        .then(b.0.cmp(a.0))
                })
                .map(|(n, _)| n.clone())
        })
    }

    /// Providers whose one name came with different registration numbers: two companies,
    /// or a typing error, that a person must settle.
    pub fn ambiguous(&self) -> impl Iterator<Item = (&ProviderKey, &BTreeSet<String>)> {
        self.numbers_of.iter().filter(|(_, n)| n.len() > 1)
    }

    pub fn known(&self, key: &ProviderKey) -> bool {
        self.names.contains_key(key)
    }

    pub fn keys(&self) -> impl Iterator<Item = &ProviderKey> {
        self.names.keys()
    }
}

/// A file name without folders or extension, lower-cased: how registers name files.
pub fn file_stem(path: &str) -> String {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ext.len() <= 5 => stem,
        _ => name,
    };
    stem.trim().to_lowercase()
}

fn fold_reference(r: &str) -> String {
    r.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase()
}

/// How a contract document was tied to a register row.
#[derive(Debug, Clone, PartialEq)]
pub struct RegisterMatch<'r> {
    pub row: &'r ContractRow,
    pub by: &'static str,
}

/// The register row naming a document: by file name, else by the contract reference the
/// document states, else by a reference in its file name. More than one different supplier
/// is ambiguous (returned as `Err` with the rows).
pub fn register_row_for<'r>(
    doc: &EvaluatedDocument,
    rows: &[&'r ContractRow],
) -> Result<Option<RegisterMatch<'r>>, Vec<&'r ContractRow>> {
    let stem = file_stem(&doc.file);
    let by_file: Vec<&ContractRow> = rows
        .iter()
        .copied()
        .filter(|r| r.file.as_deref().is_some_and(|f| file_stem(f) == stem))
        .collect();
    let doc_ref = doc.parties.contract_ref.as_deref().map(fold_reference);
    let stem_tokens: BTreeSet<String> = stem
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(|t| t.to_ascii_uppercase())
        .collect();
    let stem_folded = fold_reference(&stem);
    let by_reference: Vec<&ContractRow> = rows
        .iter()
        .copied()
        .filter(|r| {
            r.reference.as_deref().is_some_and(|reference| {
                let folded = fold_reference(reference);
                folded.len() >= 3
                    && folded.chars().any(|c| c.is_ascii_digit())
                    && (doc_ref.as_deref() == Some(folded.as_str())
                        || stem_tokens.contains(&folded)
                        || (folded.len() >= 5 && stem_folded.contains(&folded)))
            })
        })
        .collect();
    for (candidates, by) in [(by_file, "file name"), (by_reference, "contract reference")] {
        let suppliers: BTreeSet<String> = candidates
            .iter()
            .filter_map(|r| r.supplier.as_deref().map(|s| names::provider_key(s).0))
            .collect();
        match suppliers.len() {
            0 if candidates.is_empty() => continue,
            0 | 1 => return Ok(candidates.first().map(|row| RegisterMatch { row, by })),
            _ => return Err(candidates),
        }
    }
    Ok(None)
}

/// Registers of every workbook in the run, with the file each came from.
pub fn all_rows<'a, T>(
    registers: &'a [Registers],
    pick: impl Fn(&'a Registers) -> &'a [T],
) -> Vec<&'a T> {
    registers.iter().flat_map(|r| pick(r).iter()).collect()
}
