//! Typed records: what the whole-run stage needs from each row of a recognised table
//! (contracts held, declarations made, returns filed, staff and former office holders), with
//! where each row stands, and nothing else. These outlive the workbook, so they are small,
//! owned and serialisable (shards carry them to `probity merge`).

use crate::normalise::periods::{parse_period, Period};
use crate::normalise::tables::{Field, Record, Table, TableKind};
use crate::read::sheet::CellRef;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where a row stands: file, sheet and 1-based row.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Place {
    pub file: String,
    pub sheet: String,
    pub row: u32,
}

impl Place {
    pub fn label(&self) -> String {
        format!(
            "{} {}",
            self.file,
            CellRef::new(self.row, 1).in_sheet(&self.sheet)
        )
        .replace("!A", " row ")
    }
}

/// A contract register row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContractRow {
    pub place: Place,
    pub reference: Option<String>,
    pub title: Option<String>,
    pub supplier: Option<String>,
    pub company_number: Option<String>,
    pub file: Option<String>,
    pub file_cell: CellRef,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// Status text, when the register says (e.g. "Expired", "Terminated").
    pub status: Option<String>,
    /// Goods or works contracts carry no complaint or satisfaction expectations.
    pub goods_or_works: bool,
}

impl ContractRow {
    /// In force at `day`: started (or no start given), not ended, not marked ended.
    pub fn active_on(&self, day: NaiveDate) -> bool {
        let ended_status = self.status.as_deref().is_some_and(|s| {
            let s = s.to_ascii_lowercase();
            [
                "expired",
                "ended",
                "terminated",
                "closed",
                "complete",
                "cancelled",
                "inactive",
            ]
            .iter()
            .any(|w| s.contains(w))
        });
        !ended_status && self.start.is_none_or(|s| s <= day) && self.end.is_none_or(|e| day <= e)
    }

    pub fn label(&self) -> String {
        self.reference
            .clone()
            .or_else(|| self.title.clone())
            .unwrap_or_else(|| self.place.label())
    }
}

/// A declarations / gifts and hospitality register row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeclarationRow {
    pub place: Place,
    pub person: Option<String>,
    pub role: Option<String>,
    /// The declarant's own organisation (a provider), when the register says.
    pub organisation: Option<String>,
    pub counterparty: Option<String>,
    pub nil: bool,
    pub declared: Option<NaiveDate>,
    pub declared_cell: CellRef,
    pub review: Option<NaiveDate>,
    pub review_cell: CellRef,
    pub interest_to: Option<NaiveDate>,
    pub action: Option<String>,
    pub action_cell: CellRef,
    pub is_gift: bool,
}

impl DeclarationRow {
    /// The latest date the declaration was made or reviewed, with its cell.
    pub fn latest(&self) -> Option<(NaiveDate, CellRef)> {
        match (self.declared, self.review) {
            (Some(d), Some(r)) if r > d => Some((r, self.review_cell)),
            (Some(d), _) => Some((d, self.declared_cell)),
            (None, Some(r)) => Some((r, self.review_cell)),
            (None, None) => None,
        }
    }
}

/// An aggregate complaints return row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReturnRow {
    pub place: Place,
    pub organisation: Option<String>,
    pub period: Option<Period>,
    pub brought_forward: Option<f64>,
    pub brought_forward_cell: CellRef,
    pub carried_forward: Option<f64>,
    /// All the counts as written, to tell a true duplicate from a restatement.
    pub figures: Vec<Option<i64>>,
}

/// A complaint case, a satisfaction result or any other row that only shows a provider
/// has data for a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataRow {
    pub place: Place,
    pub organisation: Option<String>,
    pub period: Option<Period>,
}

/// A supplier register row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SupplierRow {
    pub place: Place,
    pub supplier: Option<String>,
    pub company_number: Option<String>,
    /// Code of conduct acceptance as written, with its cell.
    pub code_of_conduct: Option<String>,
    pub code_cell: CellRef,
    pub assurance: Option<NaiveDate>,
    pub assurance_cell: CellRef,
    pub has_assurance_column: bool,
    /// Policy flags: (field name, value as written, cell); `None` value = blank.
    pub policies: Vec<(String, Option<String>, CellRef)>,
    pub training: Option<NaiveDate>,
    pub training_text: Option<String>,
    pub training_cell: CellRef,
    pub has_training_column: bool,
}

/// A provider staff or directors register row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffRow {
    pub place: Place,
    pub supplier: Option<String>,
    pub name: Option<String>,
    pub role: Option<String>,
    pub decision_maker: bool,
    pub director: bool,
    #[serde(default)]
    pub appointed: Option<NaiveDate>,
}

/// A former public office holder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormerRow {
    pub place: Place,
    pub name: Option<String>,
    pub grade: Option<String>,
    pub former_employer: Option<String>,
    pub left: Option<NaiveDate>,
    pub left_cell: CellRef,
    pub new_employer: Option<String>,
    pub started: Option<NaiveDate>,
    pub started_cell: CellRef,
    /// Advice sought: `Some(true)` for yes or a date, `Some(false)` for no, `None` blank.
    pub advice: Option<bool>,
    pub advice_cell: CellRef,
    pub declared: bool,
    pub waiting_end: Option<NaiveDate>,
    pub lobbying_end: Option<NaiveDate>,
    /// Date cells holding something that is no date: (field, text, cell).
    #[serde(default)]
    pub unreadable_dates: Vec<(String, String, CellRef)>,
}

/// A recognised table as the report lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableSummary {
    pub sheet: String,
    pub kind: TableKind,
    pub header_row: u32,
    pub rows: usize,
}

/// Everything one workbook contributes to the whole-run stage.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Registers {
    pub tables: Vec<TableSummary>,
    pub contracts: Vec<ContractRow>,
    pub declarations: Vec<DeclarationRow>,
    pub returns: Vec<ReturnRow>,
    pub cases: Vec<DataRow>,
    pub satisfaction: Vec<DataRow>,
    pub suppliers: Vec<SupplierRow>,
    pub staff: Vec<StaffRow>,
    pub former: Vec<FormerRow>,
}

/// Yes/no as registers write it. `None` for blank or anything else.
pub fn yes_no(text: Option<&str>) -> Option<bool> {
    let t = text?.trim().to_ascii_lowercase();
    let t = t.trim_end_matches('.');
    if [
        "y", "yes", "true", "signed", "accepted", "agreed", "in place", "received", "held", "1",
        "✓", "x",
    ]
    .contains(&t)
        || t.starts_with("yes")
    {
        Some(true)
    } else if [
        "n",
        "no",
        "false",
        "not signed",
        "0",
        "none",
        "not in place",
        "declined",
    ]
    .contains(&t)
        || t.starts_with("no ")
    {
        Some(false)
    } else {
        None
    }
}

/// True when a declaration row is a nil return ("No declared interests", "Nil", "None").
pub fn is_nil(text: &str) -> bool {
    let t = text.trim().to_ascii_lowercase();
    let t = t.trim_end_matches('.');
    [
        "nil",
        "nil return",
        "none",
        "no interests",
        "no declared interests",
        "nothing to declare",
        "no interests to declare",
        "none to declare",
        "no conflicts",
        "no interests declared",
        "n/a - nil return",
    ]
    .contains(&t)
        || t.starts_with("nil ")
        || t.starts_with("no declarable")
        || t.starts_with("no interests")
        || t.starts_with("no declared")
}

fn place(file: &str, table: &Table, record: &Record) -> Place {
    Place {
        file: file.to_string(),
        sheet: table.sheet.name.clone(),
        row: record.number(),
    }
}

fn date(record: &Record, field: Field) -> Option<NaiveDate> {
    record.cell(field).as_date()
}

/// The reporting period of a row: its period column (with the year column when the period
/// names no year: "Q1" beside "2025/26"), else the year column alone, else its start/end
/// columns.
pub fn row_period(record: &Record) -> Option<Period> {
    let year = record.text(Field::PeriodYear);
    if let Some(text) = record.text(Field::Period) {
        let direct = record
            .cell(Field::Period)
            .as_date()
            .and_then(|d| parse_period(&d.to_string()))
            .or_else(|| parse_period(&text));
        let combined = || {
            let y = year.as_deref()?;
            parse_period(&format!("{text} {y}")).or_else(|| parse_period(&format!("{y} {text}")))
        };
        // "Q1" alone is no period; "2025" beside "Q1" is the year it belongs to.
        if let Some(p) = combined().or(direct) {
            return Some(p);
        }
    } else if let Some(y) = &year {
        if let Some(p) = parse_period(y) {
            return Some(p);
        }
    }
    let start = date(record, Field::PeriodStart)?;
    let end = date(record, Field::PeriodEnd)?;
    Period::new(start, end)
}

/// A whole count as written (`12`, `12.0`, `1,204`), or `None`.
pub fn count(record: &Record, field: Field) -> Option<i64> {
    let n = record.cell(field).as_number()?;
    (n.fract() == 0.0 && (0.0..1e12).contains(&n)).then_some(n as i64)
}

/// Turns a recognised table into typed rows.
pub fn extract(file: &str, table: &Table, out: &mut Registers) {
    let mut rows = 0;
    for record in table.records() {
        rows += 1;
        let place = place(file, table, &record);
        match table.kind {
            TableKind::ContractRegister => out.contracts.push(ContractRow {
                reference: record.text(Field::Reference),
                title: record.text(Field::Title),
                supplier: record.text(Field::Supplier),
                company_number: record
                    .text(Field::CompanyNumber)
                    .or_else(|| record.text(Field::CharityNumber)),
                file: record.text(Field::File),
                file_cell: record.at(Field::File),
                start: date(&record, Field::Start),
                end: date(&record, Field::End),
                status: record.text(Field::Status),
                goods_or_works: {
                    let words = format!(
                        "{} {}",
                        record.text(Field::Description).unwrap_or_default(),
                        record.text(Field::Title).unwrap_or_default()
                    )
                    .to_ascii_lowercase();
                    [
                        "goods",
                        "works",
                        "supply of",
                        "equipment",
                        "vehicles",
                        "construction",
                    ]
                    .iter()
                    .any(|w| words.contains(w))
                        && !words.contains("service")
                },
                place,
            }),
            TableKind::Declarations => {
                let kind_text = format!(
                    "{} {}",
                    record.text(Field::InterestType).unwrap_or_default(),
                    record.text(Field::Description).unwrap_or_default()
                );
                let nil = record.text(Field::InterestType).is_some_and(|t| is_nil(&t))
                    || record.text(Field::Description).is_some_and(|t| is_nil(&t));
                let lower = kind_text.to_ascii_lowercase();
                out.declarations.push(DeclarationRow {
                    person: person_name(&record),
                    role: record.text(Field::Role),
                    organisation: record.text(Field::Organisation),
                    counterparty: record.text(Field::Counterparty),
                    nil,
                    declared: date(&record, Field::Declared),
                    declared_cell: record.at(Field::Declared),
                    review: date(&record, Field::Review),
                    review_cell: record.at(Field::Review),
                    interest_to: date(&record, Field::InterestTo),
                    action: record.text(Field::Action),
                    action_cell: record.at(Field::Action),
                    is_gift: lower.contains("gift") || lower.contains("hospitality"),
                    place,
                })
            }
            TableKind::ComplaintsReturn => out.returns.push(ReturnRow {
                organisation: record
                    .text(Field::Organisation)
                    .or_else(|| record.text(Field::OrganisationCode)),
                period: row_period(&record),
                brought_forward: record.cell(Field::BroughtForward).as_number(),
                brought_forward_cell: record.at(Field::BroughtForward),
                carried_forward: record.cell(Field::CarriedForward).as_number(),
                figures: [
                    Field::BroughtForward,
                    Field::New,
                    Field::Resolved,
                    Field::Upheld,
                    Field::PartiallyUpheld,
                    Field::NotUpheld,
                    Field::CarriedForward,
                ]
                .iter()
                .map(|f| count(&record, *f))
                .collect(),
                place,
            }),
            TableKind::ComplaintsLog => out.cases.push(DataRow {
                organisation: record.text(Field::Organisation),
                period: date(&record, Field::Received).and_then(|d| Period::new(d, d)),
                place,
            }),
            // A staff survey says nothing of what service users think (catalogue CDM-56).
            TableKind::Satisfaction
                if record.text(Field::Survey).is_some_and(|t| {
                    let t = t.to_ascii_lowercase();
                    ["staff", "employee", "workforce"]
                        .iter()
                        .any(|w| t.contains(w))
                }) => {}
            TableKind::Satisfaction => out.satisfaction.push(DataRow {
                organisation: record.text(Field::Organisation),
                period: row_period(&record),
                place,
            }),
            TableKind::SupplierRegister => {
                let policies = [
                    Field::Whistleblowing,
                    Field::AntiBribery,
                    Field::ConflictsPolicy,
                    Field::GiftsRegister,
                ]
                .iter()
                .filter(|f| table.has(**f))
                .map(|f| (f.name(), record.text(*f), record.at(*f)))
                .collect();
                out.suppliers.push(SupplierRow {
                    supplier: record.text(Field::Supplier),
                    company_number: record
                        .text(Field::CompanyNumber)
                        .or_else(|| record.text(Field::CharityNumber)),
                    code_of_conduct: record.text(Field::CodeOfConduct),
                    code_cell: record.at(Field::CodeOfConduct),
                    assurance: date(&record, Field::Assurance)
                        .or_else(|| date(&record, Field::CodeOfConduct)),
                    assurance_cell: if table.has(Field::Assurance) {
                        record.at(Field::Assurance)
                    } else {
                        record.at(Field::CodeOfConduct)
                    },
                    has_assurance_column: table.has(Field::Assurance),
                    policies,
                    training: date(&record, Field::Training),
                    training_text: record.text(Field::Training),
                    training_cell: record.at(Field::Training),
                    has_training_column: table.has(Field::Training),
                    place,
                })
            }
            TableKind::StaffRegister => out.staff.push(StaffRow {
                supplier: record.text(Field::Supplier),
                name: record.text(Field::Name),
                role: record.text(Field::Role),
                decision_maker: yes_no(record.text(Field::DecisionMaker).as_deref())
                    .unwrap_or(false),
                director: yes_no(record.text(Field::Director).as_deref()).unwrap_or(false)
                    || record
                        .text(Field::Role)
                        .is_some_and(|r| r.to_ascii_lowercase().contains("director")),
                appointed: date(&record, Field::Appointed),
                place,
            }),
            TableKind::FormerOfficeHolders => {
                let advice_text = record.text(Field::AdviceSought);
                let advice = if date(&record, Field::AdviceDate).is_some()
                    || record.cell(Field::AdviceSought).as_date().is_some()
                {
                    Some(true)
                } else {
                    yes_no(advice_text.as_deref())
                };
                out.former.push(FormerRow {
                    name: record.text(Field::Name),
                    grade: record.text(Field::Grade),
                    former_employer: record.text(Field::FormerEmployer),
                    left: date(&record, Field::Left),
                    left_cell: record.at(Field::Left),
                    new_employer: record.text(Field::NewEmployer),
                    started: date(&record, Field::Started),
                    started_cell: record.at(Field::Started),
                    advice,
                    advice_cell: record.at(Field::AdviceSought),
                    declared: advice_text
                        .as_deref()
                        .is_some_and(|t| t.to_ascii_lowercase().contains("declared")),
                    waiting_end: date(&record, Field::WaitingEnd),
                    lobbying_end: date(&record, Field::LobbyingEnd),
                    unreadable_dates: [Field::Left, Field::Started, Field::WaitingEnd]
                        .iter()
                        .filter(|f| record.filled(**f) && date(&record, **f).is_none())
                        .map(|f| (f.name(), record.text(*f).unwrap_or_default(), record.at(*f)))
                        .collect(),
                    place,
                })
            }
        }
    }
    out.tables.push(TableSummary {
        sheet: table.sheet.name.clone(),
        kind: table.kind,
        header_row: table.header_row,
        rows,
    });
}

/// A person's name from a name column, or forename + surname.
pub fn person_name(record: &Record) -> Option<String> {
    record.text(Field::Name).or_else(|| {
        match (record.text(Field::Forename), record.text(Field::Surname)) {
            (Some(f), Some(s)) => Some(format!("{f} {s}")),
            (None, Some(s)) => Some(s),
            _ => None,
        }
    })
}
