//! Table recognition: finds the header row of each sheet (below title rows, above notes),
//! decides from its headings which kind of register or return the table is, and maps its
//! columns to fields. The headings each kind answers to are data (`rules/tables.toml`,
//! extended by packs and `probity.toml`); nothing here knows a rule.
//!
//! One table per sheet: the header row is the row, among the first rows holding values, that
//! meets a kind's anchors with the most fields. A sheet that matches nothing is reported as
//! unrecognised with the headings of its most header-like row, so the user can map it.

use crate::read::sheet::{Cell, CellRef, Row, Sheet};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a recognised table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TableKind {
    ContractRegister,
    Declarations,
    ComplaintsReturn,
    ComplaintsLog,
    Satisfaction,
    SupplierRegister,
    StaffRegister,
    FormerOfficeHolders,
}

impl TableKind {
    pub fn name(self) -> &'static str {
        match self {
            TableKind::ContractRegister => "contract-register",
            TableKind::Declarations => "declarations",
            TableKind::ComplaintsReturn => "complaints-return",
            TableKind::ComplaintsLog => "complaints-log",
            TableKind::Satisfaction => "satisfaction",
            TableKind::SupplierRegister => "supplier-register",
            TableKind::StaffRegister => "staff-register",
            TableKind::FormerOfficeHolders => "former-office-holders",
        }
    }
}

/// A column's meaning. The TOML names are the kebab-case forms (`company-number`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    // Contract register
    Reference,
    Title,
    Department,
    Description,
    Supplier,
    Value,
    Vat,
    Start,
    End,
    Review,
    ProcurementRoute,
    Sme,
    Vcse,
    CompanyNumber,
    CharityNumber,
    File,
    Status,
    Notice,
    // Declarations
    Name,
    Forename,
    Surname,
    Role,
    Organisation,
    InterestType,
    Counterparty,
    Declared,
    InterestFrom,
    InterestTo,
    Action,
    GiftValue,
    Accepted,
    ApprovedBy,
    // Complaints
    /// An organisation's code (ODS code, site code), used when no name is given.
    OrganisationCode,
    Period,
    /// The year of a period given in its own column ("2025/26" beside "Q1").
    PeriodYear,
    PeriodStart,
    PeriodEnd,
    BroughtForward,
    New,
    Resolved,
    Upheld,
    PartiallyUpheld,
    NotUpheld,
    CarriedForward,
    ComplaintId,
    Received,
    Acknowledged,
    Closed,
    Outcome,
    Channel,
    Extension,
    Ombudsman,
    Satisfaction,
    Respondents,
    /// What a satisfaction survey asked whom ("Service user survey", "Staff survey").
    Survey,
    // Supplier and staff registers
    CodeOfConduct,
    Assurance,
    Whistleblowing,
    AntiBribery,
    ConflictsPolicy,
    GiftsRegister,
    Training,
    DecisionMaker,
    Director,
    /// When a staff member or director took up the post.
    Appointed,
    // Former office holders
    FormerRole,
    FormerEmployer,
    Grade,
    Left,
    NewEmployer,
    NewRole,
    Started,
    AdviceSought,
    AdviceDate,
    AdvisingBody,
    Conditions,
    WaitingEnd,
    LobbyingEnd,
}

impl Field {
    /// The TOML name, for messages ("no `end` column").
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }
}

/// One kind of table as a pack defines it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableDef {
    pub kind: TableKind,
    #[serde(default)]
    pub title: String,
    /// Groups of fields; a table must match at least one field of every group.
    #[serde(default)]
    pub anchors: Vec<Vec<Field>>,
    /// Headings (synonyms) per field.
    #[serde(default)]
    pub columns: BTreeMap<Field, Vec<String>>,
}

/// A user's explicit mapping of a table probity does not recognise (`probity.toml`):
/// `[tables.NAME] kind = "...", columns = { field = "Heading as written" }`, optionally
/// limited to sheets of one name.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableMapping {
    pub kind: TableKind,
    #[serde(default)]
    pub sheet: Option<String>,
    pub columns: BTreeMap<Field, String>,
}

/// All the table definitions in force, merged per kind, and the user's mappings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableCatalogue {
    pub defs: Vec<TableDef>,
    pub mappings: BTreeMap<String, TableMapping>,
}

impl TableCatalogue {
    /// Adds a definition: a kind seen before gains the new synonyms and anchors (when given).
    pub fn add(&mut self, def: TableDef) {
        match self.defs.iter_mut().find(|d| d.kind == def.kind) {
            Some(existing) => {
                if !def.title.is_empty() {
                    existing.title = def.title;
                }
                if !def.anchors.is_empty() {
                    existing.anchors = def.anchors;
                }
                for (field, synonyms) in def.columns {
                    existing.columns.entry(field).or_default().extend(synonyms);
                }
            }
            None => self.defs.push(def),
        }
    }

    pub fn title(&self, kind: TableKind) -> &str {
        self.defs
            .iter()
            .find(|d| d.kind == kind)
            .map_or(kind.name(), |d| d.title.as_str())
    }
}

/// A table found on a sheet: its kind, header row and the column of each field.
#[derive(Debug, Clone, PartialEq)]
pub struct Table<'s> {
    pub sheet: &'s Sheet,
    pub kind: TableKind,
    pub header_row: u32,
    pub columns: BTreeMap<Field, u32>,
    /// Headings of the columns no field took, for the report.
    pub unmapped: Vec<String>,
}

/// What recognition made of one sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum SheetTable<'s> {
    Recognised(Table<'s>),
    /// Values that look like a table but match no kind: its header row and headings.
    Unrecognised {
        header_row: u32,
        headings: Vec<String>,
    },
    /// Nothing table-like (a notes or lookup sheet, or an empty one).
    NotATable,
}

/// Fewest fields a table must match to be taken for a kind.
const MIN_FIELDS: usize = 3;

/// How many value rows from the top are considered as the header row.
const HEADER_SEARCH_ROWS: usize = 40;

/// Folds a heading for comparison: case, spaces, `&` -> `and`, `_` and `-` -> space, and
/// `?`, `/`, `(...)`, `:`, `.`, `*`, `#`, `£`, `%` dropped.
pub fn fold_heading(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0u32;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            '&' | '+' => out.push_str(" and "),
            '%' => out.push_str(" percent "),
            c if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => out.push(' '),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Single words too common to identify a column when they only appear inside a longer
/// heading ("Recipient Org: Description" is no description of an interest).
const GENERIC_WORDS: &[&str] = &[
    "action",
    "actions",
    "amount",
    "approval",
    "category",
    "company",
    "contract",
    "decision",
    "description",
    "details",
    "document",
    "employer",
    "interest",
    "number",
    "organisation",
    "organization",
    "outcome",
    "period",
    "position",
    "quarter",
    "reference",
    "result",
    "source",
    "service",
    "status",
    "subject",
    "training",
];

/// How strongly a heading answers to a synonym: exact beats contained, longer beats shorter.
/// A one-word synonym must match the whole heading unless it is distinctive (six letters or
/// more and not a generic word): "Name of supplier" is not matched by "name", but "Date
/// complaint received" is by "received".
fn match_score(heading: &str, synonym: &str) -> u32 {
    if heading.is_empty() || synonym.is_empty() {
        return 0;
    }
    let words = synonym.split(' ').count() as u32;
    if heading == synonym {
        return 1000 + words * 10;
    }
    if words == 1 && (synonym.len() < 6 || GENERIC_WORDS.contains(&synonym)) {
        return 0;
    }
    if contains_words(heading, synonym) {
        100 + words * 10
    } else {
        0
    }
}

/// True when `needle` occurs in `haystack` as whole words (both are folded: single spaces).
fn contains_words(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(at, _)| {
        let before = at == 0 || haystack.as_bytes()[at - 1] == b' ';
        let end = at + needle.len();
        let after = end == haystack.len() || haystack.as_bytes()[end] == b' ';
        before && after
    })
}

/// Maps headings (column, folded text) to a kind's fields: each column to at most one field
/// and each field to at most one column, best matches first (leftmost on ties).
fn map_columns(def: &FoldedDef, headings: &[(u32, String)]) -> BTreeMap<Field, u32> {
    let mut candidates: Vec<(u32, u32, Field)> = Vec::new();
    for (col, heading) in headings {
        for (field, synonyms) in &def.columns {
            let best = synonyms
                .iter()
                .map(|s| match_score(heading, s))
                .max()
                .unwrap_or(0);
            if best > 0 {
                candidates.push((best, *col, *field));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut columns = BTreeMap::new();
    let mut taken = std::collections::BTreeSet::new();
    for (_, col, field) in candidates {
        if columns.contains_key(&field) || taken.contains(&col) {
            continue;
        }
        columns.insert(field, col);
        taken.insert(col);
    }
    columns
}

/// A table definition with its synonyms folded once, not once per heading compared.
struct FoldedDef<'d> {
    def: &'d TableDef,
    columns: Vec<(Field, Vec<String>)>,
}

impl<'d> FoldedDef<'d> {
    fn new(def: &'d TableDef) -> Self {
        FoldedDef {
            def,
            columns: def
                .columns
                .iter()
                .map(|(f, synonyms)| (*f, synonyms.iter().map(|s| fold_heading(s)).collect()))
                .collect(),
        }
    }
}

fn meets_anchors(def: &TableDef, columns: &BTreeMap<Field, u32>) -> bool {
    def.anchors
        .iter()
        .all(|group| group.iter().any(|f| columns.contains_key(f)))
}

/// At most this many headings of a row are read: registers have tens of columns, and a
/// hostile sheet with 16,384 text cells in each of its top rows took 51 s to match against
/// every table's synonyms.
const MAX_HEADINGS: usize = 512;

/// The headings of a row: text cells (a merged heading shown across its span), folded; the
/// first `MAX_HEADINGS` of them.
fn headings_of(sheet: &Sheet, row: &Row, last_col: u32) -> Vec<(u32, String)> {
    (1..=last_col)
        .filter_map(|col| {
            let cell = sheet.shown(CellRef::new(row.number, col));
            match cell {
                Cell::Text(t) => {
                    let folded = fold_heading(t);
                    (!folded.is_empty()).then_some((col, folded))
                }
                _ => None,
            }
        })
        .take(MAX_HEADINGS)
        .collect()
}

/// Finds the table on a sheet.
pub fn recognise<'s>(sheet: &'s Sheet, catalogue: &TableCatalogue) -> SheetTable<'s> {
    let last_col = sheet.rows().iter().map(Row::last_col).max().unwrap_or(0);
    // A user's mapping wins over recognition.
    for mapping in catalogue.mappings.values() {
        if mapping.sheet.as_deref().is_some_and(|s| s != sheet.name) {
            continue;
        }
        for row in sheet.rows().iter().take(HEADER_SEARCH_ROWS) {
            let headings = headings_of(sheet, row, last_col);
            let columns: Option<BTreeMap<Field, u32>> = mapping
                .columns
                .iter()
                .map(|(field, heading)| {
                    let want = fold_heading(heading);
                    headings
                        .iter()
                        .find(|(_, h)| *h == want)
                        .map(|(col, _)| (*field, *col))
                })
                .collect();
            if let Some(columns) = columns {
                return SheetTable::Recognised(table(sheet, mapping.kind, row, columns, &headings));
            }
        }
    }

    type Candidate<'r> = (
        usize,
        TableKind,
        &'r Row,
        BTreeMap<Field, u32>,
        Vec<(u32, String)>,
    );
    let mut best: Option<Candidate> = None;
    let mut most_header_like: Option<(usize, &Row)> = None;
    let defs: Vec<FoldedDef> = catalogue.defs.iter().map(FoldedDef::new).collect();
    let rows = sheet.rows();
    for (i, row) in rows.iter().enumerate().take(HEADER_SEARCH_ROWS) {
        let headings = headings_of(sheet, row, last_col);
        // A header row is mostly text: at least two headings, and more text than numbers.
        let values = row.cells().count().min(MAX_HEADINGS);
        if headings.len() < 2 || headings.len() * 2 < values {
            continue;
        }
        if most_header_like.is_none_or(|(n, _)| headings.len() > n) {
            most_header_like = Some((headings.len(), row));
        }
        // A two-row header: group headings (often merged) over sub-headings.
        let stacked = rows
            .get(i + 1)
            .filter(|next| next.number == row.number + 1)
            .map(|next| {
                (
                    next,
                    stack_headings(&headings, &headings_of(sheet, next, last_col)),
                )
            })
            .filter(|(next, stacked)| {
                let next_values = next.cells().count();
                stacked.len() >= headings.len()
                    && next_values > 0
                    && stacked.len() * 2 >= next_values
            });
        let mut variants = vec![(row, headings)];
        if let Some((next, stacked)) = stacked {
            variants.push((next, stacked));
        }
        for (header, headings) in variants {
            for folded in &defs {
                let columns = map_columns(folded, &headings);
                if columns.len() < MIN_FIELDS || !meets_anchors(folded.def, &columns) {
                    continue;
                }
                let score = columns.len();
                if best.as_ref().is_none_or(|b| score > b.0) {
                    best = Some((score, folded.def.kind, header, columns, headings.clone()));
                }
            }
        }
    }
    match (best, most_header_like) {
        (Some((_, kind, row, columns, headings)), _) => {
            SheetTable::Recognised(table(sheet, kind, row, columns, &headings))
        }
        (None, Some((n, row))) if n >= 3 => SheetTable::Unrecognised {
            header_row: row.number,
            headings: (1..=last_col)
                .filter_map(|c| match sheet.shown(CellRef::new(row.number, c)) {
                    Cell::Empty => None,
                    cell => Some(cell.as_text().trim().to_string()),
                })
                .collect(),
        },
        _ => SheetTable::NotATable,
    }
}

/// Headings of a group row over a sub-heading row, column by column: "Declaration" over
/// "Signed" reads "declaration signed"; a column with only one of the two keeps that one.
fn stack_headings(upper: &[(u32, String)], lower: &[(u32, String)]) -> Vec<(u32, String)> {
    let mut cols: BTreeMap<u32, (Option<&str>, Option<&str>)> = BTreeMap::new();
    for (c, h) in upper {
        cols.entry(*c).or_default().0 = Some(h);
    }
    for (c, h) in lower {
        cols.entry(*c).or_default().1 = Some(h);
    }
    cols.into_iter()
        .map(|(c, pair)| {
            let text = match pair {
                (Some(u), Some(l)) if u != l => format!("{u} {l}"),
                (Some(u), _) => u.to_string(),
                (None, Some(l)) => l.to_string(),
                (None, None) => String::new(),
            };
            (c, text)
        })
        .collect()
}

fn table<'s>(
    sheet: &'s Sheet,
    kind: TableKind,
    row: &Row,
    columns: BTreeMap<Field, u32>,
    headings: &[(u32, String)],
) -> Table<'s> {
    let used: std::collections::BTreeSet<u32> = columns.values().copied().collect();
    let unmapped = headings
        .iter()
        .filter(|(c, _)| !used.contains(c))
        .map(|(c, _)| {
            sheet
                .shown(CellRef::new(row.number, *c))
                .as_text()
                .trim()
                .to_string()
        })
        .collect();
    Table {
        sheet,
        kind,
        header_row: row.number,
        columns,
        unmapped,
    }
}

impl<'s> Table<'s> {
    /// The data rows: every row below the header that holds a value in a mapped column,
    /// except totals and notes (a lone long text, or a first cell such as "Total", "Notes:").
    pub fn records(&self) -> impl Iterator<Item = Record<'_>> + '_ {
        self.sheet
            .rows()
            .iter()
            .filter(move |r| r.number > self.header_row)
            .filter(move |r| self.columns.values().any(|c| !r.get(*c).is_empty()))
            .filter(move |r| !is_total_or_note(r, self))
            .map(move |row| Record { table: self, row })
    }

    pub fn has(&self, field: Field) -> bool {
        self.columns.contains_key(&field)
    }
}

fn is_total_or_note(row: &Row, table: &Table) -> bool {
    let first_text = row
        .cells()
        .find_map(|(_, c)| match c {
            Cell::Text(t) => Some(fold_heading(t)),
            _ => None,
        })
        .unwrap_or_default();
    let first_word = first_text.split(' ').next().unwrap_or("");
    if matches!(
        first_word,
        "total" | "totals" | "subtotal" | "sum" | "note" | "notes" | "source" | "sources"
    ) || first_text.starts_with("grand total")
    {
        return true;
    }
    // A lone cell of prose under the table.
    let mapped_values = table
        .columns
        .values()
        .filter(|c| !row.get(**c).is_empty())
        .count();
    let values = row.cells().count();
    values == 1 && mapped_values <= 1 && first_text.len() > 40
}

/// One data row of a recognised table.
#[derive(Debug, Clone, Copy)]
pub struct Record<'t> {
    pub table: &'t Table<'t>,
    pub row: &'t Row,
}

impl<'t> Record<'t> {
    pub fn number(&self) -> u32 {
        self.row.number
    }

    /// The cell of a field (`Cell::Empty` when the table lacks the column or the cell is
    /// blank).
    pub fn cell(&self, field: Field) -> &'t Cell {
        match self.table.columns.get(&field) {
            Some(col) => self.row.get(*col),
            None => &EMPTY,
        }
    }

    /// Where a field's cell is (the row's first mapped column when the table lacks it).
    pub fn at(&self, field: Field) -> CellRef {
        let col = self
            .table
            .columns
            .get(&field)
            .copied()
            .or_else(|| self.table.columns.values().min().copied())
            .unwrap_or(1);
        CellRef::new(self.row.number, col)
    }

    /// Text of a field, trimmed, inner runs of white space made one space; `None` when blank,
    /// a placeholder (`TBC`, `-`, `N/A`) or a formula error.
    pub fn text(&self, field: Field) -> Option<String> {
        let cell = self.cell(field);
        if !filled_cell(cell) {
            return None;
        }
        let text = cell.as_text();
        let t = text.trim();
        let tidy = !t
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_whitespace() && w[1].is_ascii_whitespace())
            && !t.contains(['\t', '\n', '\r', '\u{a0}']);
        Some(if tidy {
            t.to_string()
        } else {
            t.split_whitespace().collect::<Vec<_>>().join(" ")
        })
    }

    /// True when the field holds a real value (not blank, not a placeholder, not an error).
    pub fn filled(&self, field: Field) -> bool {
        filled_cell(self.cell(field))
    }
}

/// A cell holding a value a person entered: not blank, no placeholder, no formula error.
fn filled_cell(cell: &Cell) -> bool {
    match cell {
        Cell::Empty | Cell::Error(_) => false,
        Cell::Text(t) => {
            let t = t.trim();
            !t.is_empty() && !is_placeholder(t)
        }
        _ => true,
    }
}

static EMPTY: Cell = Cell::Empty;

/// Text that means "no value": blank, dashes, `TBC`, `N/A`, `Unknown`, a bracketed
/// drafting placeholder (`[Provider name]`, `[insert]`).
pub fn is_placeholder(text: &str) -> bool {
    let t = text.trim().trim_matches(|c: char| c == '.' || c == '*');
    if t.is_empty() || t.chars().all(|c| matches!(c, '-' | '–' | '—' | '?' | '*')) {
        return true;
    }
    // Registers hold long text too; only short values can be placeholders.
    if t.len() > 40 {
        return false;
    }
    const WORDS: &[&str] = &[
        "n/a",
        "na",
        "n.a",
        "null",
        "tbc",
        "tba",
        "tbd",
        "to be confirmed",
        "unknown",
        "xxx",
        "#n/a",
    ];
    WORDS.iter().any(|w| t.eq_ignore_ascii_case(w))
        || (t.starts_with('[') && t.ends_with(']'))
        || t.get(..7)
            .is_some_and(|p| p.eq_ignore_ascii_case("[insert"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RulePack;

    fn sheet(rows: &[&[&str]]) -> Sheet {
        let mut cells = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                cells.push((
                    CellRef::new(r as u32 + 1, c as u32 + 1),
                    Cell::Text(v.to_string()),
                ));
            }
        }
        Sheet::from_cells("S", cells)
    }

    fn catalogue() -> TableCatalogue {
        RulePack::default_pack().unwrap().tables
    }

    fn kind_of(s: &Sheet) -> Option<(TableKind, u32)> {
        match recognise(s, &catalogue()) {
            SheetTable::Recognised(t) => Some((t.kind, t.header_row)),
            _ => None,
        }
    }

    #[test]
    fn only_the_first_headings_of_a_very_wide_row_are_matched() {
        // A register's header at the left of a row padded with thousands of text cells: the
        // table is still found from its first columns, and no more headings are read than
        // the cap (a hostile 16,384-column sheet took 51 s before it).
        let mut header: Vec<String> = ["Supplier", "Contract reference", "Start date", "Value"]
            .iter()
            .map(|h| h.to_string())
            .collect();
        header.extend((0..3000).map(|i| format!("Note {i}")));
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let row: Vec<&str> = vec!["Acme Ltd", "C-1", "2025-01-01", "100"];
        let s = sheet(&[&header, &row]);
        assert_eq!(kind_of(&s), Some((TableKind::ContractRegister, 1)));
        let first = &s.rows()[0];
        assert_eq!(headings_of(&s, first, 3004).len(), MAX_HEADINGS);
    }

    #[test]
    fn headings_fold_as_the_catalogue_says() {
        assert_eq!(fold_heading("Value (£)"), "value");
        assert_eq!(fold_heading("Supplier is SME?"), "supplier is sme");
        assert_eq!(
            fold_heading("Gifts & Hospitality_register"),
            "gifts and hospitality register"
        );
        assert_eq!(fold_heading("  B/F  "), "b f");
    }

    #[test]
    fn header_below_title_rows_is_found() {
        let s = sheet(&[
            &["Riverside Council contract register"],
            &["Published under the Transparency Code"],
            &[],
            &[
                "Contract Ref",
                "Name of supplier",
                "Contract Start",
                "Contract End",
                "Value (£)",
            ],
            &["C-1", "Acme Care Ltd", "2024-04-01", "2027-03-31", "120000"],
        ]);
        assert_eq!(kind_of(&s), Some((TableKind::ContractRegister, 4)));
    }

    #[test]
    fn longest_heading_match_wins() {
        let s = sheet(&[&[
            "Period",
            "Brought forward",
            "New",
            "Resolved",
            "Upheld",
            "Partially upheld",
            "Not upheld",
            "Carried forward",
        ]]);
        let SheetTable::Recognised(t) = recognise(&s, &catalogue()) else {
            panic!("not recognised")
        };
        assert_eq!(t.kind, TableKind::ComplaintsReturn);
        assert_eq!(t.columns[&Field::Upheld], 5);
        assert_eq!(t.columns[&Field::PartiallyUpheld], 6);
        assert_eq!(t.columns[&Field::NotUpheld], 7);
    }

    #[test]
    fn case_log_and_declarations_are_told_apart() {
        let log = sheet(&[&[
            "Complaint ID",
            "Date Complaint Received",
            "Date acknowledged",
            "Date closed",
            "Outcome",
        ]]);
        assert_eq!(kind_of(&log), Some((TableKind::ComplaintsLog, 1)));
        let decl = sheet(&[&[
            "Name",
            "Position",
            "Type of interest",
            "Details",
            "Date declared",
        ]]);
        assert_eq!(kind_of(&decl), Some((TableKind::Declarations, 1)));
    }

    #[test]
    fn unknown_table_is_unrecognised_with_its_headings() {
        let s = sheet(&[&["Fruit", "Colour", "Price"], &["Apple", "Red", "1"]]);
        match recognise(&s, &catalogue()) {
            SheetTable::Unrecognised {
                header_row,
                headings,
            } => {
                assert_eq!(header_row, 1);
                assert_eq!(headings, ["Fruit", "Colour", "Price"]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn user_mapping_recognises_an_odd_table() {
        let s = sheet(&[
            &["Our Ref", "Vendor", "Go-live"],
            &["X1", "Acme", "2025-01-01"],
        ]);
        let mut cat = catalogue();
        cat.mappings.insert(
            "odd".into(),
            TableMapping {
                kind: TableKind::ContractRegister,
                sheet: None,
                columns: [
                    (Field::Reference, "Our Ref".to_string()),
                    (Field::Supplier, "Vendor".to_string()),
                    (Field::Start, "Go-live".to_string()),
                ]
                .into_iter()
                .collect(),
            },
        );
        let SheetTable::Recognised(t) = recognise(&s, &cat) else {
            panic!()
        };
        assert_eq!(t.columns[&Field::Start], 3);
    }

    #[test]
    fn totals_and_notes_are_not_records() {
        let s = sheet(&[
            &["Period", "New", "Resolved"],
            &["2025-Q1", "3", "2"],
            &["Total", "3", "2"],
            &["Notes: figures exclude complaints withdrawn before acknowledgement by the service."],
        ]);
        let SheetTable::Recognised(t) = recognise(&s, &catalogue()) else {
            panic!()
        };
        let rows: Vec<u32> = t.records().map(|r| r.number()).collect();
        assert_eq!(rows, [2]);
    }
}
