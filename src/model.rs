//! Domain types shared by every stage of the data's way: what a reader produces (`Document`,
//! `Block`), where things stand (`Location`), what rules produce (`Finding`, `RuleId`,
//! `Severity`, `Area`, `Status`) and who it is about (`Provider`).
//!
//! Stages depend on this module, never on each other's internals.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::PathBuf;

/// The file formats probity recognises, detected from content first and extension second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Docx,
    Odt,
    Pdf,
    Text,
    Markdown,
    Xlsx,
    Xlsb,
    Xls,
    Ods,
    Csv,
    /// Recognised only to be refused with a clear message (legacy Word, encrypted OOXML, ...).
    Unsupported,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Pdf => "pdf",
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Xlsx => "xlsx",
            Format::Xlsb => "xlsb",
            Format::Xls => "xls",
            Format::Ods => "ods",
            Format::Csv => "csv",
            Format::Unsupported => "unsupported",
        }
    }

    pub fn kind(self) -> InputKind {
        match self {
            Format::Xlsx | Format::Xlsb | Format::Xls | Format::Ods | Format::Csv => {
                InputKind::Spreadsheet
            }
            _ => InputKind::Contract,
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    Contract,
    Spreadsheet,
}

/// One file to be checked, as discovered. `display` is the path as the user gave it (or as
/// found under a folder they gave), which is what every report prints.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Input {
    pub display: String,
    pub path: PathBuf,
    /// The folder marked as one contract pack (by a `probity-pack.toml` file) that this
    /// input belongs to, if any.
    pub pack: Option<PathBuf>,
}

/// Where a piece of evidence stands. Every field is optional because formats differ: a DOCX
/// has sections and clause numbers, a PDF has pages, a spreadsheet has sheets and cells.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Location {
    /// Heading path, outermost first, joined with " > " (e.g. "Schedule 3 > Complaints").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Clause number as the document states or numbers it (e.g. "27.2(a)").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clause: Option<String>,
    /// 1-based index of the block (paragraph, list item, table cell, note) in reading order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    /// 1-based page, where the format has pages (PDF).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// `B7` style cell reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    /// 1-based row as a spreadsheet program shows it (for CSV, the line number).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
}

impl Location {
    pub fn is_empty(&self) -> bool {
        *self == Location::default()
    }
}

impl fmt::Display for Location {
    /// Human form used by the text report: `Schedule 3 > Complaints, clause 4.2, para 17, p. 3`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        if let Some(s) = &self.section {
            parts.push(s.clone());
        }
        if let Some(c) = &self.clause {
            parts.push(format!("clause {c}"));
        }
        if let Some(p) = self.paragraph {
            parts.push(format!("para {p}"));
        }
        if let Some(p) = self.page {
            parts.push(format!("p. {p}"));
        }
        match (&self.sheet, &self.cell) {
            (Some(s), Some(c)) => parts.push(format!("{s}!{c}")),
            (Some(s), None) => parts.push(format!("sheet {s}")),
            (None, Some(c)) => parts.push(c.clone()),
            (None, None) => {}
        }
        if let (Some(r), None) = (self.row, &self.cell) {
            parts.push(format!("row {r}"));
        }
        f.write_str(&parts.join(", "))
    }
}

/// What kind of block a piece of contract text is. Rules use this to tell headings and
/// tables of contents from clauses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    /// A heading with its outline level (1 = top).
    Heading(u8),
    Paragraph,
    /// A list item or numbered clause paragraph, with its list depth (0 = top).
    ListItem(u8),
    TableCell,
    Footnote,
    Endnote,
    TextBox,
    /// A table-of-contents entry (from a TOC style or field); never counts as a clause.
    TocEntry,
}

/// One unit of contract text in reading order, as a person would read it: runs joined back
/// into words, tabs and breaks as spaces or newlines, deleted tracked changes and comments
/// left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    /// The clause or list number the document shows for this block (e.g. "27.2", "(a)",
    /// "Schedule 3"), without the text after it.
    pub number: Option<String>,
    /// 1-based page for paginated formats (PDF).
    pub page: Option<u32>,
    /// For a table cell, the table row it stands in, numbered through the document: a KPI
    /// row's frequency cell belongs with its measure, however many cells lie between.
    pub row: Option<u32>,
}

impl Block {
    pub fn new(kind: BlockKind, text: impl Into<String>) -> Self {
        Block {
            kind,
            text: text.into(),
            number: None,
            page: None,
            row: None,
        }
    }

    pub fn in_row(mut self, row: Option<u32>) -> Self {
        self.row = row;
        self
    }

    pub fn with_number(mut self, number: impl Into<String>) -> Self {
        let n = number.into();
        self.number = if n.trim().is_empty() {
            None
        } else {
            Some(n.trim().to_string())
        };
        self
    }
}

/// A contract document as every reader produces it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    pub blocks: Vec<Block>,
    /// Running headers and footers, each line once. Not contract text (no rule reads them),
    /// but where a schedule published on its own often states its contract's reference.
    pub furniture: Vec<String>,
}

impl Document {
    pub fn push(&mut self, block: Block) {
        if !block.text.trim().is_empty() || block.number.is_some() {
            self.blocks.push(block);
        }
    }

    /// Total characters of text, used to tell "no text at all" from a short contract.
    pub fn text_len(&self) -> usize {
        self.blocks.iter().map(|b| b.text.len()).sum()
    }
}

/// A stable rule identifier such as `ES-01`, `COI-52` or `CDM-06`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RuleId(String);

impl RuleId {
    /// Accepts `ES-nn`, `COI-nn` and `CDM-nn`; anything else is not a rule id.
    pub fn parse(s: &str) -> Option<RuleId> {
        let (prefix, num) = s.split_once('-')?;
        let ok_prefix = matches!(prefix, "ES" | "COI" | "CDM");
        let ok_num = num.len() == 2 && num.bytes().all(|b| b.is_ascii_digit());
        (ok_prefix && ok_num).then(|| RuleId(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The area a rule id belongs to, from its prefix.
    pub fn area(&self) -> Area {
        match self.0.split('-').next() {
            Some("ES") => Area::EthicalStandards,
            Some("COI") => Area::ConflictsOfInterest,
            _ => Area::ComplaintsMonitoring,
        }
    }

    /// Sort key that orders ES before COI before CDM, then by number, as the catalogue does.
    pub fn sort_key(&self) -> (u8, &str) {
        let rank = match self.area() {
            Area::EthicalStandards => 0,
            Area::ConflictsOfInterest => 1,
            Area::ComplaintsMonitoring => 2,
        };
        (rank, self.0.as_str())
    }
}

impl TryFrom<String> for RuleId {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        RuleId::parse(&s)
            .ok_or_else(|| format!("`{s}` is not a rule id (expected ES-nn, COI-nn or CDM-nn)"))
    }
}

impl From<RuleId> for String {
    fn from(id: RuleId) -> String {
        id.0
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    EthicalStandards,
    ConflictsOfInterest,
    ComplaintsMonitoring,
}

impl Area {
    pub fn name(self) -> &'static str {
        match self {
            Area::EthicalStandards => "ethical-standards",
            Area::ConflictsOfInterest => "conflicts-of-interest",
            Area::ComplaintsMonitoring => "complaints-monitoring",
        }
    }
}

/// Ordered so that `Info < Warning < Error`, which `--fail-on` relies on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// One step less severe; a weak match is reported this way (error -> warning -> info).
    pub fn lowered(self) -> Severity {
        match self {
            Severity::Error => Severity::Warning,
            _ => Severity::Info,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Gap,
}

/// What a record or provider finding is about, so tools need not parse messages.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Facts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contract: Option<String>,
    /// Reporting period as `YYYY-Qn` in calendar quarters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Facts {
    pub fn is_empty(&self) -> bool {
        *self == Facts::default()
    }
}

/// One result of one rule about one file (or provider): a `pass` with its evidence or a `gap`
/// with what to add.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub rule: RuleId,
    pub area: Area,
    pub severity: Severity,
    pub status: Status,
    pub file: String,
    pub location: Location,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remedy: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facts: Option<Facts>,
}

/// A provider's normalised key: lower case, "limited"/"ltd" and "&"/"and" folded, punctuation
/// dropped. Two names with the same key are the same provider.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ProviderKey(pub String);

impl ProviderKey {
    pub const UNATTRIBUTED: &'static str = "unattributed";

    pub fn unattributed() -> ProviderKey {
        ProviderKey(Self::UNATTRIBUTED.to_string())
    }
}

/// A provider as named in a contract or register, with its normalised key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Provider {
    pub name: String,
    pub key: ProviderKey,
}

/// How well a contract meets one clause rule. Ordered so that the best verdict is the
/// greatest, which is how documents of one contract pack roll up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Nothing that counts was found.
    Missing,
    /// Something was found but it does not bind the provider firmly enough (permissive
    /// wording, definition only, generic where the topic must be named): a gap one severity
    /// lower than the rule's, with its evidence.
    Weak,
    Satisfied,
}

/// A quoted sentence and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub file: String,
    pub text: String,
    pub location: Location,
}

/// The result of one clause rule on one document, before it becomes a `Finding`. Serialisable
/// because shard outputs carry it to `probity merge`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClauseOutcome {
    pub rule: RuleId,
    pub verdict: Verdict,
    /// The satisfying sentence, or for `Weak` the sentence that nearly satisfied it.
    pub evidence: Option<Evidence>,
    /// Why the verdict is what it is, in a few words a commissioner can read
    /// (e.g. "permissive wording: 'expects'", "searched 412 sentences").
    pub note: String,
}
