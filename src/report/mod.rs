//! The report model (the stable `probity-report/1` JSON schema of the design notes) and the
//! reporters that render it. Reporters only format; they never decide anything.

pub mod csv;
pub mod html;
pub mod json;
pub mod jsonl;
pub mod junit;
pub mod sarif;
pub mod text;

use crate::model::{Finding, Format, InputKind, Severity, Status};
use crate::packed::Packed;
use serde::{Deserialize, Serialize};

pub const SCHEMA: &str = "probity-report/1";

/// A whole run's results, as every format renders them.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Report {
    pub schema: &'static str,
    pub tool: Tool,
    pub as_of: String,
    pub inputs: Vec<InputOutcome>,
    pub providers: Vec<ProviderReport>,
    /// Files found under the folders given that are not inputs (hidden, temporary office
    /// files, other file types), so that nothing is left out without a word.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<Skipped>,
    pub summary: Summary,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

impl Tool {
    pub fn this() -> Tool {
        Tool {
            name: "probity",
            version: env!("CARGO_PKG_VERSION"),
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum InputStatus {
    Ok,
    Error,
}

/// Every input of the run with its outcome.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct InputOutcome {
    pub path: String,
    pub kind: InputKind,
    pub format: Format,
    pub status: InputStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// For spreadsheets: each sheet's table as recognised, or unrecognised with its
    /// headings so the user can map it in `probity.toml`.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub tables: Vec<TableOutcome>,
}

/// What a sheet was taken for.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct TableOutcome {
    pub sheet: String,
    /// A table kind (`contract-register`, `declarations`, ...) or `unrecognised`.
    pub kind: String,
    pub header_row: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rows: Option<usize>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub headings: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// One provider's contracts and findings. Findings are sorted by rule, then file, then
/// location, so output is byte-stable whatever the thread count.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ProviderReport {
    pub name: String,
    pub key: String,
    pub contracts: Vec<String>,
    /// What the registers hold for the provider, when any register names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub records: Option<ProviderRecords>,
    pub findings: Findings,
}

/// A provider's findings, packed (see `crate::packed`): a bulk scan keeps every provider's
/// findings, evidence and all, until the report is written. Added a contract at a time;
/// `finish` puts them in report order (rule, file, location) once all are in. Serialises as
/// the list of findings.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    chunks: Vec<Packed<Vec<Finding>>>,
    len: usize,
    passes: usize,
    gaps: GapCounts,
}

impl Findings {
    /// Adds a batch of findings (one contract's, say).
    pub fn extend(&mut self, findings: impl IntoIterator<Item = Finding>) {
        let batch: Vec<Finding> = findings.into_iter().collect();
        if batch.is_empty() {
            return;
        }
        for f in &batch {
            match f.status {
                Status::Pass => self.passes += 1,
                Status::Gap => self.gaps.add(f.severity),
            }
        }
        self.len += batch.len();
        self.chunks.push(Packed::pack(&batch));
    }

    /// Moves another provider's findings in (providers merged under one identity).
    pub fn append(&mut self, other: Findings) {
        self.chunks.extend(other.chunks);
        self.len += other.len;
        self.passes += other.passes;
        self.gaps.error += other.gaps.error;
        self.gaps.warning += other.gaps.warning;
        self.gaps.info += other.gaps.info;
    }

    /// All findings, in the order they were added (report order once `finish`ed).
    pub fn to_vec(&self) -> Vec<Finding> {
        let mut all = Vec::with_capacity(self.len);
        for chunk in &self.chunks {
            all.extend(chunk.unpack());
        }
        all
    }

    /// Puts the findings in report order, drops exact duplicates, and packs them as one.
    pub fn finish(&mut self) {
        let mut all = self.to_vec();
        all.sort_by(|a, b| {
            (a.rule.sort_key(), &a.file, &a.location, &a.message).cmp(&(
                b.rule.sort_key(),
                &b.file,
                &b.location,
                &b.message,
            ))
        });
        all.dedup();
        *self = Findings::default();
        self.extend(all);
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn passes(&self) -> usize {
        self.passes
    }

    pub fn gap_counts(&self) -> GapCounts {
        self.gaps
    }
}

impl PartialEq for Findings {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && self.to_vec() == other.to_vec()
    }
}

impl Serialize for Findings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(Some(self.len))?;
        for chunk in &self.chunks {
            for finding in chunk.unpack() {
                seq.serialize_element(&finding)?;
            }
        }
        seq.end()
    }
}

/// A provider's holdings across the registers: its contracts, declarations and returns.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct ProviderRecords {
    pub contracts: Vec<RegisterContract>,
    pub declarations: usize,
    /// Reporting periods of its complaint returns, as `YYYY-Qn` (calendar) where they are
    /// quarters.
    pub complaint_periods: Vec<String>,
    pub complaint_cases: usize,
    pub satisfaction_periods: Vec<String>,
}

impl ProviderRecords {
    pub fn is_empty(&self) -> bool {
        *self == ProviderRecords::default()
    }
}

/// A contract as the contract register lists it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RegisterContract {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    pub file: String,
    pub sheet: String,
    pub row: u32,
}

/// A provider's findings about one contract, for reporters that group by contract.
pub struct ContractGroup<'a> {
    /// The contract reference (or pack folder) when the documents state one.
    pub reference: Option<&'a str>,
    /// The documents the findings name, sorted.
    pub files: Vec<&'a str>,
    pub findings: Vec<&'a Finding>,
}

impl ContractGroup<'_> {
    /// A provider's findings (`Findings::to_vec`) grouped by contract: by reference where
    /// there is one, else by file. Groups come in the order of their first file, findings in
    /// report order.
    pub fn of(findings: &[Finding]) -> Vec<ContractGroup<'_>> {
        let mut groups: std::collections::BTreeMap<(&str, bool), ContractGroup> =
            std::collections::BTreeMap::new();
        for f in findings {
            let reference = f.facts.as_ref().and_then(|x| x.contract.as_deref());
            let key = (reference.unwrap_or(f.file.as_str()), reference.is_some());
            let group = groups.entry(key).or_insert_with(|| ContractGroup {
                reference,
                files: Vec::new(),
                findings: Vec::new(),
            });
            if !f.file.is_empty() && !group.files.contains(&f.file.as_str()) {
                group.files.push(f.file.as_str());
            }
            group.findings.push(f);
        }
        let mut groups: Vec<ContractGroup> = groups.into_values().collect();
        for g in &mut groups {
            g.files.sort();
        }
        groups.sort_by(|a, b| a.files.first().cmp(&b.files.first()));
        groups
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Summary {
    pub inputs: usize,
    pub errors: usize,
    pub providers: usize,
    pub gaps: GapCounts,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Default)]
pub struct GapCounts {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

impl GapCounts {
    pub fn total(&self) -> usize {
        self.error + self.warning + self.info
    }

    pub fn add(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.error += 1,
            Severity::Warning => self.warning += 1,
            Severity::Info => self.info += 1,
        }
    }

    /// Gaps at or above a severity, for `--fail-on`.
    pub fn at_or_above(&self, threshold: Severity) -> usize {
        match threshold {
            Severity::Error => self.error,
            Severity::Warning => self.error + self.warning,
            Severity::Info => self.error + self.warning + self.info,
        }
    }
}

impl Report {
    /// Builds the summary from inputs and providers, so it can never disagree with them.
    pub fn new(
        as_of: String,
        inputs: Vec<InputOutcome>,
        providers: Vec<ProviderReport>,
        skipped: Vec<Skipped>,
    ) -> Report {
        let mut gaps = GapCounts::default();
        for counts in providers.iter().map(|p| p.findings.gap_counts()) {
            gaps.error += counts.error;
            gaps.warning += counts.warning;
            gaps.info += counts.info;
        }
        let summary = Summary {
            inputs: inputs.len(),
            errors: inputs
                .iter()
                .filter(|i| i.status == InputStatus::Error)
                .count(),
            providers: providers.len(),
            gaps,
        };
        Report {
            schema: SCHEMA,
            tool: Tool::this(),
            as_of,
            inputs,
            providers,
            skipped,
            summary,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Area, Location, RuleId};

    fn finding(rule: &str, file: &str, status: Status, severity: Severity) -> Finding {
        Finding {
            rule: RuleId::parse(rule).unwrap(),
            area: Area::EthicalStandards,
            severity,
            status,
            file: file.into(),
            location: Location::default(),
            evidence: None,
            message: format!("{rule} in {file}"),
            remedy: None,
            facts: None,
        }
    }

    #[test]
    fn findings_count_sort_dedup_and_serialise_as_a_list() {
        let mut findings = Findings::default();
        findings.extend([
            finding("ES-05", "b.docx", Status::Gap, Severity::Error),
            finding("ES-01", "b.docx", Status::Pass, Severity::Error),
        ]);
        let mut other = Findings::default();
        other.extend([
            finding("ES-01", "a.docx", Status::Gap, Severity::Warning),
            finding("ES-01", "a.docx", Status::Gap, Severity::Warning),
        ]);
        findings.append(other);
        assert_eq!((findings.len(), findings.passes()), (4, 1));
        findings.finish();
        let order: Vec<(String, String)> = findings
            .to_vec()
            .into_iter()
            .map(|f| (f.rule.to_string(), f.file))
            .collect();
        assert_eq!(
            order,
            [
                ("ES-01".into(), "a.docx".into()),
                ("ES-01".into(), "b.docx".into()),
                ("ES-05".into(), "b.docx".into())
            ]
        );
        let gaps = findings.gap_counts();
        assert_eq!((gaps.error, gaps.warning, gaps.total()), (1, 1, 2));
        assert_eq!(
            serde_json::to_string(&findings).unwrap(),
            serde_json::to_string(&findings.to_vec()).unwrap()
        );
    }
}
