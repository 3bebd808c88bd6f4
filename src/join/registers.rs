//! Who is who across files: one provider identity from names written many ways (normalised
//! keys, company or charity numbers, aliases from `probity.toml`), the contract register
//! matched to contract documents (by file name or contract reference), and every register
//! row placed with the provider it is about. Ambiguity is reported, never guessed.

use crate::join::EvaluatedDocument;
use crate::model::ProviderKey;
use crate::normalise::names;
use crate::normalise::records::{ContractRow, Registers};
use aho_corasick::AhoCorasick;
use std::collections::{BTreeMap, BTreeSet, HashMap};

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

/// The contract register's rows, indexed once for the whole run: tying each document to its
/// row is then a few lookups, not a pass over every row (20,000 documents against a
/// 20,000-row register was 400 million comparisons).
pub struct ContractRowIndex<'r> {
    rows: Vec<&'r ContractRow>,
    by_stem: HashMap<String, Vec<usize>>,
    /// Folded references of three characters or more with a digit: the ones that can tie.
    by_reference: HashMap<String, Vec<usize>>,
    /// The references of five characters or more, found inside a document's file name.
    long_references: Option<(AhoCorasick, Vec<String>)>,
}

impl<'r> ContractRowIndex<'r> {
    pub fn new(rows: Vec<&'r ContractRow>) -> ContractRowIndex<'r> {
        let mut by_stem: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_reference: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, row) in rows.iter().enumerate() {
            if let Some(file) = &row.file {
                by_stem.entry(file_stem(file)).or_default().push(i);
            }
            if let Some(reference) = &row.reference {
                let folded = fold_reference(reference);
                if folded.len() >= 3 && folded.chars().any(|c| c.is_ascii_digit()) {
                    by_reference.entry(folded).or_default().push(i);
                }
            }
        }
        let mut long: Vec<String> = by_reference
            .keys()
            .filter(|r| r.len() >= 5)
            .cloned()
            .collect();
        long.sort();
        let long_references = AhoCorasick::new(&long).ok().map(|ac| (ac, long));
        ContractRowIndex {
            rows,
            by_stem,
            by_reference,
            long_references,
        }
    }

    /// The register row naming a document: by file name, else by the contract reference the
    /// document states, else by a reference in its file name. More than one different
    /// supplier is ambiguous (returned as `Err` with the rows, in register order).
    pub fn row_for(
        &self,
        doc: &EvaluatedDocument,
    ) -> Result<Option<RegisterMatch<'r>>, Vec<&'r ContractRow>> {
        let stem = file_stem(&doc.file);
        let by_file: Vec<usize> = self.by_stem.get(&stem).cloned().unwrap_or_default();
        let mut by_reference: BTreeSet<usize> = BTreeSet::new();
        let mut add = |folded: &str| {
            if let Some(rows) = self.by_reference.get(folded) {
                by_reference.extend(rows.iter().copied());
            }
        };
        if let Some(reference) = doc.parties.contract_ref.as_deref() {
            add(&fold_reference(reference));
        }
        for token in stem
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|t| !t.is_empty())
        {
            add(&token.to_ascii_uppercase());
        }
        if let Some((automaton, patterns)) = &self.long_references {
            let stem_folded = fold_reference(&stem);
            for m in automaton.find_overlapping_iter(&stem_folded) {
                add(&patterns[m.pattern().as_usize()]);
            }
        }
        let by_reference: Vec<usize> = by_reference.into_iter().collect();
        for (candidates, by) in [(by_file, "file name"), (by_reference, "contract reference")] {
            let candidates: Vec<&'r ContractRow> =
                candidates.into_iter().map(|i| self.rows[i]).collect();
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
}

/// Registers of every workbook in the run, with the file each came from.
pub fn all_rows<'a, T>(
    registers: &'a [Registers],
    pick: impl Fn(&'a Registers) -> &'a [T],
) -> Vec<&'a T> {
    registers.iter().flat_map(|r| pick(r).iter()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::parties::Parties;
    use crate::normalise::records::Place;
    use crate::packed::Packed;
    use crate::read::sheet::CellRef;

    fn row(n: u32, reference: Option<&str>, supplier: &str, file: Option<&str>) -> ContractRow {
        ContractRow {
            place: Place {
                file: "register.xlsx".into(),
                sheet: "Contracts".into(),
                row: n,
            },
            reference: reference.map(String::from),
            title: None,
            supplier: Some(supplier.into()),
            company_number: None,
            file: file.map(String::from),
            file_cell: CellRef { row: n, col: 6 },
            start: None,
            end: None,
            status: None,
            goods_or_works: false,
        }
    }

    fn doc(file: &str, reference: Option<&str>) -> EvaluatedDocument {
        EvaluatedDocument {
            file: file.into(),
            pack: None,
            parties: Parties {
                contract_ref: reference.map(String::from),
                ..Parties::default()
            },
            outcomes: Packed::pack(&Vec::new()),
        }
    }

    #[test]
    fn rows_are_found_by_file_then_reference_then_reference_in_the_file_name() {
        let rows = [
            row(
                2,
                Some("C-114"),
                "Acme Ltd",
                Some("contracts/acme-core.docx"),
            ),
            row(3, Some("RBC/YG/2025/07"), "Brightway Ltd", None),
            row(4, Some("77"), "Too Short Ltd", None),
            row(5, Some("CARE-2024-031"), "Carers Ltd", None),
            row(6, Some("CARE-2024-031"), "Other Carers Ltd", None),
        ];
        let index = ContractRowIndex::new(rows.iter().collect());
        let found = |d: EvaluatedDocument| {
            index
                .row_for(&d)
                .map(|m| m.map(|m| (m.row.place.row, m.by)))
        };

        assert_eq!(
            found(doc("in/Acme-Core.DOCX", None)),
            Ok(Some((2, "file name")))
        );
        assert_eq!(
            found(doc("x.docx", Some("rbc yg 2025 07"))),
            Ok(Some((3, "contract reference")))
        );
        // A token of the file name (a short reference must be a whole token: "c-114 x" is
        // the tokens C and 114), and a longer reference inside it.
        assert_eq!(found(doc("c-114 schedule.pdf", None)), Ok(None));
        assert_eq!(
            found(doc("C114 schedule.pdf", None)),
            Ok(Some((2, "contract reference")))
        );
        assert_eq!(
            found(doc("signed_RBCYG202507_final.docx", None)),
            Ok(Some((3, "contract reference")))
        );
        // Too short to tie anything; and one reference for two suppliers is ambiguous.
        assert_eq!(found(doc("77.docx", None)), Ok(None));
        let ambiguous = index.row_for(&doc("care-2024-031.docx", None)).unwrap_err();
        let rows: Vec<u32> = ambiguous.iter().map(|r| r.place.row).collect();
        assert_eq!(rows, [5, 6]);
    }
}
