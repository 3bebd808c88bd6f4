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
    pub findings: Vec<Finding>,
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

impl ProviderReport {
    /// Findings grouped by contract: by reference where there is one, else by file. Groups
    /// come in the order of their first file, findings in report order.
    pub fn by_contract(&self) -> Vec<ContractGroup<'_>> {
        let mut groups: std::collections::BTreeMap<(&str, bool), ContractGroup> =
            std::collections::BTreeMap::new();
        for f in &self.findings {
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

    pub fn passes(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.status == Status::Pass)
            .count()
    }

    pub fn gaps(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.status == Status::Gap)
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
        for f in providers.iter().flat_map(|p| p.gaps()) {
            gaps.add(f.severity);
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
