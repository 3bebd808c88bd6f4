//! Record rules: checks on each row of a recognised table (ES-50, ES-51, COI-50, COI-51,
//! COI-55, COI-56, CDM-50, CDM-51, CDM-52, CDM-54). Each gap names the cell a person must
//! fix. Thresholds come from the rule's `params`; a rule switched off is not run.
//!
//! Checks that need other files (COI-53 against contracted suppliers, brought-forward
//! continuity across returns) run in `rules::providers` on the joined view.

use crate::model::{Facts, Finding, Location, Severity, Status};
use crate::normalise::records::{count, is_nil, person_name, row_period};
use crate::normalise::tables::{Field, Record, Table, TableKind};
use crate::read::sheet::{Cell, CellRef};
use crate::rules::{RuleDef, RulePack};
use chrono::{Datelike, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The record and provider rules probity has built-in checks for, with the `params` each
/// takes. A pack can change their text, severity and params, not add new ones.
pub const BUILT_IN: &[(&str, &[&str])] = &[
    ("ES-50", &["required", "expected"]),
    ("ES-51", &["notice_threshold"]),
    ("ES-52", &[]),
    ("ES-53", &["max_age_months"]),
    ("ES-54", &["max_age_months"]),
    ("COI-50", &[]),
    ("COI-51", &["max_age_months"]),
    ("COI-52", &[]),
    ("COI-53", &[]),
    ("COI-54", &[]),
    (
        "COI-55",
        &[
            "supplier_gift_limit",
            "gift_declare_limit",
            "hospitality_approval_limit",
        ],
    ),
    ("COI-56", &[]),
    ("COI-57", &["max_age_months"]),
    ("CDM-50", &[]),
    ("CDM-51", &[]),
    ("CDM-52", &[]),
    ("CDM-53", &[]),
    ("CDM-54", &["acknowledge_working_days", "open_months"]),
    ("CDM-55", &[]),
    ("CDM-56", &[]),
];

/// Checks a record or provider rule's id and params against the built-in checks.
pub fn validate_params(def: &RuleDef) -> Result<(), String> {
    let Some((_, known)) = BUILT_IN.iter().find(|(id, _)| *id == def.id.as_str()) else {
        return Err(format!(
            "probity has no built-in check for {}; record and provider rules can change the text, severity and params of {} only",
            def.id,
            BUILT_IN.iter().map(|(id, _)| *id).collect::<Vec<_>>().join(", ")
        ));
    };
    for key in def.params.iter().flat_map(|p| p.keys()) {
        if !known.contains(&key.as_str()) {
            return Err(format!(
                "{} has no parameter `{key}` (it takes {})",
                def.id,
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            ));
        }
    }
    if def.id.as_str() == "ES-50" {
        for key in ["required", "expected"] {
            if let Some(v) = def.params.as_ref().and_then(|p| p.get(key)) {
                v.clone()
                    .try_into::<Vec<Field>>()
                    .map_err(|e| format!("ES-50 `{key}`: {e}"))?;
            }
        }
    }
    Ok(())
}

/// A record finding and the provider the row names, if any (the join places it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RowFinding {
    pub provider: Option<String>,
    pub finding: Finding,
}

/// Builds findings for one table's rows.
pub struct RowChecker<'a> {
    pub pack: &'a RulePack,
    pub file: &'a str,
    pub table: &'a Table<'a>,
    pub as_of: NaiveDate,
    pub out: Vec<RowFinding>,
}

impl<'a> RowChecker<'a> {
    fn rule(&self, id: &str) -> Option<&'a RuleDef> {
        self.pack.get(id)
    }

    #[allow(clippy::too_many_arguments)]
    fn gap(
        &mut self,
        def: &RuleDef,
        severity: Severity,
        at: CellRef,
        provider: Option<String>,
        message: String,
        facts: Facts,
    ) {
        let value = self.table.sheet.get(at).as_text().trim().to_string();
        self.out.push(RowFinding {
            provider,
            finding: Finding {
                rule: def.id.clone(),
                area: def.area,
                severity,
                status: Status::Gap,
                file: self.file.to_string(),
                location: Location {
                    sheet: Some(self.table.sheet.name.clone()),
                    cell: Some(at.to_string()),
                    row: Some(at.row),
                    ..Location::default()
                },
                evidence: (!value.is_empty()).then_some(value),
                message: format!("{}: {message}", def.title),
                remedy: Some(def.remedy.trim().to_string()),
                facts: (!facts.is_empty()).then_some(facts),
            },
        });
    }

    /// One finding per table for a required column it lacks, at the header row.
    fn missing_columns(&mut self, def: &RuleDef, fields: &[Field], severity: Severity) {
        let missing: Vec<String> = fields
            .iter()
            .filter(|f| !self.table.has(**f))
            .map(|f| f.name())
            .collect();
        if missing.is_empty() {
            return;
        }
        let at = CellRef::new(self.table.header_row, 1);
        let message = format!(
            "the table has no column for {} (headings found on row {})",
            missing.join(", "),
            self.table.header_row
        );
        self.gap(def, severity, at, None, message, Facts::default());
    }
}

/// Fields listed in a rule's params, else the defaults given.
fn fields_param(def: &RuleDef, key: &str, default: &[Field]) -> Vec<Field> {
    def.params
        .as_ref()
        .and_then(|p| p.get(key))
        .and_then(|v| v.clone().try_into::<Vec<Field>>().ok())
        .unwrap_or_else(|| default.to_vec())
}

pub fn number_param(def: &RuleDef, key: &str, default: f64) -> f64 {
    def.params
        .as_ref()
        .and_then(|p| p.get(key))
        .and_then(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64)))
        .unwrap_or(default)
}

/// Runs every record rule that applies to the table's kind.
pub fn check_table(
    pack: &RulePack,
    file: &str,
    table: &Table,
    as_of: NaiveDate,
) -> Vec<RowFinding> {
    let mut checker = RowChecker {
        pack,
        file,
        table,
        as_of,
        out: Vec::new(),
    };
    match table.kind {
        TableKind::ContractRegister => contract_register(&mut checker),
        TableKind::Declarations => declarations(&mut checker),
        TableKind::ComplaintsReturn => complaints_return(&mut checker),
        TableKind::ComplaintsLog => complaints_log(&mut checker),
        // Provider rules read these tables; a column they need but cannot find is said once
        // here, so a register is never silently passed over.
        TableKind::FormerOfficeHolders => {
            if let Some(def) = pack.get("COI-54") {
                checker.missing_columns(
                    def,
                    &[Field::Left, Field::Started, Field::AdviceSought],
                    def.severity,
                );
            }
        }
        TableKind::SupplierRegister => {
            if let Some(def) = pack.get("ES-53") {
                if !table.has(Field::CodeOfConduct) && !table.has(Field::Assurance) {
                    checker.missing_columns(def, &[Field::CodeOfConduct], def.severity);
                }
            }
        }
        TableKind::StaffRegister => {
            if let Some(def) = pack.get("COI-57") {
                checker.missing_columns(def, &[Field::DecisionMaker], def.severity.lowered());
            }
        }
        TableKind::Satisfaction => {}
    }
    checker.out
}

/// Field names for a message; a cell holding a formula error says so (`value (formula
/// error #REF!)`), since that is what the person must fix.
fn names_in(record: &Record, fields: &[Field]) -> String {
    fields
        .iter()
        .map(|f| match record.cell(*f) {
            Cell::Error(e) => format!("{} (formula error {e})", f.name()),
            _ => f.name(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Date cells holding something that is no date: one gap each, at the cell.
fn unreadable_dates(
    c: &mut RowChecker,
    def: &RuleDef,
    record: &Record,
    fields: &[Field],
    provider: &Option<String>,
    facts: &Facts,
) {
    for field in fields {
        if record.filled(*field) && record.cell(*field).as_date().is_none() {
            let message = format!(
                "{} '{}' is not a date",
                field.name(),
                record.text(*field).unwrap_or_default()
            );
            c.gap(
                def,
                def.severity,
                record.at(*field),
                provider.clone(),
                message,
                facts.clone(),
            );
        }
    }
}

/// Reports the blank required fields of a row: one finding, at the first blank cell.
fn blank_fields(
    c: &mut RowChecker,
    def: &RuleDef,
    severity: Severity,
    record: &Record,
    fields: &[Field],
    provider: Option<String>,
    facts: Facts,
) {
    let blank: Vec<Field> = fields
        .iter()
        .copied()
        .filter(|f| c.table.has(*f) && !record.filled(*f))
        .collect();
    if let Some(first) = blank.first() {
        let message = format!(
            "row {} has no {}",
            record.number(),
            names_in(record, &blank)
        );
        c.gap(def, severity, record.at(*first), provider, message, facts);
    }
}

// ---------------------------------------------------------------------------------------
// Contract register: ES-50, ES-51

fn contract_register(c: &mut RowChecker) {
    let es50 = c.rule("ES-50");
    let es51 = c.rule("ES-51");
    const REQUIRED: &[Field] = &[
        Field::Reference,
        Field::Title,
        Field::Supplier,
        Field::Value,
        Field::Start,
        Field::End,
    ];
    const EXPECTED: &[Field] = &[
        Field::Department,
        Field::Description,
        Field::ProcurementRoute,
        Field::Sme,
        Field::Vcse,
    ];
    let (required, expected) = match es50 {
        Some(def) => (
            fields_param(def, "required", REQUIRED),
            fields_param(def, "expected", EXPECTED),
        ),
        None => (Vec::new(), Vec::new()),
    };
    if let Some(def) = es50 {
        // Title or description: either names what was bought.
        let required: Vec<Field> = required
            .iter()
            .copied()
            .filter(|f| !(*f == Field::Title && c.table.has(Field::Description)))
            .collect();
        c.missing_columns(def, &required, def.severity);
        c.missing_columns(def, &expected, def.severity.lowered());
    }
    let records: Vec<Record> = c.table.records().collect();
    for record in records {
        let supplier = record.text(Field::Supplier);
        let facts = Facts {
            contract: record.text(Field::Reference),
            ..Facts::default()
        };
        if let Some(def) = es50 {
            blank_fields(
                c,
                def,
                def.severity,
                &record,
                &required,
                supplier.clone(),
                facts.clone(),
            );
            blank_fields(
                c,
                def,
                def.severity.lowered(),
                &record,
                &expected,
                supplier.clone(),
                facts.clone(),
            );
            let small = [Field::Sme, Field::Vcse].iter().any(|f| {
                crate::normalise::records::yes_no(record.text(*f).as_deref()) == Some(true)
            });
            let numbered =
                record.filled(Field::CompanyNumber) || record.filled(Field::CharityNumber);
            if small && !numbered {
                let at = if c.table.has(Field::CompanyNumber) {
                    record.at(Field::CompanyNumber)
                } else if c.table.has(Field::CharityNumber) {
                    record.at(Field::CharityNumber)
                } else {
                    record.at(Field::Sme)
                };
                c.gap(
                    def,
                    def.severity.lowered(),
                    at,
                    supplier.clone(),
                    "the supplier is marked SME/VCSE but no company or charity number is given"
                        .into(),
                    facts.clone(),
                );
            }
        }
        if let Some(def) = es51 {
            let start = record.cell(Field::Start).as_date();
            let end = record.cell(Field::End).as_date();
            unreadable_dates(
                c,
                def,
                &record,
                &[Field::Start, Field::End, Field::Review],
                &supplier,
                &facts,
            );
            if let (Some(s), Some(e)) = (start, end) {
                if e < s {
                    c.gap(
                        def,
                        def.severity,
                        record.at(Field::End),
                        supplier.clone(),
                        format!("end date {e} is before start date {s}"),
                        facts.clone(),
                    );
                }
            }
            if record.filled(Field::Value) {
                match record.cell(Field::Value).as_number() {
                    Some(v) if v > 0.0 => {
                        let notice_limit = number_param(def, "notice_threshold", 30_000.0);
                        if v >= notice_limit
                            && c.table.has(Field::Notice)
                            && !record.filled(Field::Notice)
                        {
                            c.gap(
                                def,
                                Severity::Info,
                                record.at(Field::Notice),
                                supplier.clone(),
                                format!("value £{v:.0} is at or over £{notice_limit:.0} but no published notice is recorded"),
                                facts.clone(),
                            );
                        }
                    }
                    _ => {
                        let message = format!(
                            "value '{}' is not a positive amount",
                            record.text(Field::Value).unwrap_or_default()
                        );
                        c.gap(
                            def,
                            def.severity,
                            record.at(Field::Value),
                            supplier.clone(),
                            message,
                            facts.clone(),
                        );
                    }
                }
            }
            if let (Some(e), Some(status)) = (end, record.text(Field::Status)) {
                let s = status.to_ascii_lowercase();
                let says_active = ["active", "live", "current", "open", "in force", "ongoing"]
                    .iter()
                    .any(|w| s.contains(w))
                    && !s.contains("inactive");
                if e < c.as_of && says_active {
                    c.gap(
                        def,
                        def.severity.lowered(),
                        record.at(Field::Status),
                        supplier.clone(),
                        format!("status is '{status}' but the contract ended on {e}"),
                        facts.clone(),
                    );
                }
            }
            if let (Some(r), Some(s), Some(e)) = (record.cell(Field::Review).as_date(), start, end)
            {
                if (r < s || r > e) && s <= e {
                    c.gap(
                        def,
                        def.severity.lowered(),
                        record.at(Field::Review),
                        supplier.clone(),
                        format!("review date {r} is outside the contract term {s} to {e}"),
                        facts.clone(),
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Declarations register: COI-50, COI-51, COI-55, COI-56

fn declarations(c: &mut RowChecker) {
    let coi50 = c.rule("COI-50");
    let coi51 = c.rule("COI-51");
    let coi55 = c.rule("COI-55");
    let coi56 = c.rule("COI-56");
    if let Some(def) = coi50 {
        let has_name = c.table.has(Field::Name) || c.table.has(Field::Surname);
        if !has_name {
            c.missing_columns(def, &[Field::Name], def.severity);
        }
        c.missing_columns(def, &[Field::InterestType, Field::Declared], def.severity);
        c.missing_columns(def, &[Field::Role], def.severity.lowered());
    }
    let records: Vec<Record> = c.table.records().collect();
    // Latest declaration date per person, for COI-51.
    let mut latest: BTreeMap<String, (NaiveDate, CellRef, String, Option<String>)> =
        BTreeMap::new();
    for record in &records {
        let person = person_name(record);
        let provider = record.text(Field::Organisation);
        let facts = Facts {
            person: person.clone(),
            ..Facts::default()
        };
        let nil = [Field::InterestType, Field::Description]
            .iter()
            .any(|f| record.text(*f).is_some_and(|t| is_nil(&t)));
        if let Some(def) = coi50 {
            let mut missing = Vec::new();
            if person.is_none() {
                missing.push(if c.table.has(Field::Name) {
                    Field::Name
                } else {
                    Field::Surname
                });
            }
            for f in [Field::InterestType, Field::Declared] {
                if c.table.has(f) && !record.filled(f) {
                    missing.push(f);
                }
            }
            let mut lesser = Vec::new();
            if c.table.has(Field::Role) && !record.filled(Field::Role) {
                lesser.push(Field::Role);
            }
            if !nil && c.table.has(Field::Description) && !record.filled(Field::Description) {
                lesser.push(Field::Description);
            }
            if let Some(first) = missing.first() {
                let mut all = missing.clone();
                all.extend(&lesser);
                let message = format!("row {} has no {}", record.number(), names_in(record, &all));
                c.gap(
                    def,
                    def.severity,
                    record.at(*first),
                    provider.clone(),
                    message,
                    facts.clone(),
                );
            } else if let Some(first) = lesser.first() {
                let message = format!(
                    "row {} has no {}",
                    record.number(),
                    names_in(record, &lesser)
                );
                c.gap(
                    def,
                    def.severity.lowered(),
                    record.at(*first),
                    provider.clone(),
                    message,
                    facts.clone(),
                );
            }
        }
        let declared = record.cell(Field::Declared).as_date();
        let review = record.cell(Field::Review).as_date();
        if let Some(def) = coi56 {
            let from = record.cell(Field::InterestFrom).as_date();
            let to = record.cell(Field::InterestTo).as_date();
            if let (Some(f), Some(t)) = (from, to) {
                if t < f {
                    c.gap(
                        def,
                        def.severity,
                        record.at(Field::InterestTo),
                        provider.clone(),
                        format!("interest end {t} is before its start {f}"),
                        facts.clone(),
                    );
                }
            }
            if let Some(d) = declared {
                if d > c.as_of {
                    c.gap(
                        def,
                        def.severity,
                        record.at(Field::Declared),
                        provider.clone(),
                        format!("declared date {d} is in the future (as of {})", c.as_of),
                        facts.clone(),
                    );
                }
                if let Some(r) = review {
                    if r < d {
                        c.gap(
                            def,
                            def.severity,
                            record.at(Field::Review),
                            provider.clone(),
                            format!("review date {r} is before the declaration date {d}"),
                            facts.clone(),
                        );
                    }
                }
            }
            unreadable_dates(
                c,
                def,
                record,
                &[
                    Field::Declared,
                    Field::Review,
                    Field::InterestFrom,
                    Field::InterestTo,
                ],
                &provider,
                &facts,
            );
        }
        if let Some(p) = &person {
            let dated = match (declared, review) {
                (Some(d), Some(r)) if r > d && r <= c.as_of => Some((r, record.at(Field::Review))),
                (Some(d), _) if d <= c.as_of => Some((d, record.at(Field::Declared))),
                (None, Some(r)) if r <= c.as_of => Some((r, record.at(Field::Review))),
                _ => None,
            };
            if let Some((d, at)) = dated {
                let key = crate::rules::providers::person_key(p);
                let entry = latest
                    .entry(key)
                    .or_insert((d, at, p.clone(), provider.clone()));
                if d > entry.0 {
                    *entry = (d, at, p.clone(), provider.clone());
                }
            }
        }
        if let Some(def) = coi55 {
            gifts(c, def, record, provider.clone(), facts.clone());
        }
    }
    if let Some(def) = coi51 {
        let months = number_param(def, "max_age_months", 12.0) as u32;
        let cutoff = c
            .as_of
            .checked_sub_months(Months::new(months))
            .unwrap_or(c.as_of);
        for (d, at, person, provider) in latest.into_values() {
            if d < cutoff {
                c.gap(
                    def,
                    def.severity,
                    at,
                    provider,
                    format!("{person}'s latest declaration is dated {d}, more than {months} months before {}", c.as_of),
                    Facts { person: Some(person.clone()), ..Facts::default() },
                );
            }
        }
    }
}

fn gifts(
    c: &mut RowChecker,
    def: &RuleDef,
    record: &Record,
    provider: Option<String>,
    facts: Facts,
) {
    let words = format!(
        "{} {}",
        record.text(Field::InterestType).unwrap_or_default(),
        record.text(Field::Description).unwrap_or_default()
    )
    .to_ascii_lowercase();
    let Some(decision) = record.text(Field::Accepted) else {
        return;
    };
    let d = decision.to_ascii_lowercase();
    let accepted =
        (d.contains("accept") || d.starts_with('y') || d.contains("retain") || d.contains("kept"))
            && !d.contains("declin")
            && !d.contains("not accept")
            && !d.contains("refus")
            && !d.contains("return");
    if !accepted {
        return;
    }
    let value = record.cell(Field::GiftValue).as_number();
    let at = record.at(Field::GiftValue);
    let hospitality = [
        "hospitality",
        "meal",
        "dinner",
        "lunch",
        "ticket",
        "event",
        "reception",
        "travel",
        "accommodation",
        "conference",
    ]
    .iter()
    .any(|w| words.contains(w));
    let cash = ["cash", "voucher", "gift card", "giftcard", "money"]
        .iter()
        .any(|w| words.contains(w));
    let gift = words.contains("gift") || (!hospitality && c.table.has(Field::GiftValue));
    let approval_limit = number_param(def, "hospitality_approval_limit", 75.0);
    let declare_limit = number_param(def, "gift_declare_limit", 50.0);
    let supplier_limit = number_param(def, "supplier_gift_limit", 6.0);
    if cash {
        c.gap(
            def,
            Severity::Error,
            at,
            provider,
            "cash or vouchers were accepted".into(),
            facts,
        );
    } else if hospitality {
        if value.is_some_and(|v| v > approval_limit) && !record.filled(Field::ApprovedBy) {
            c.gap(def, Severity::Error, at, provider,
                format!("hospitality worth £{:.2} was accepted without recorded approval (over £{approval_limit:.0})", value.unwrap_or(0.0)), facts);
        }
    } else if gift {
        let v = value.unwrap_or(0.0);
        if v > declare_limit && c.table.has(Field::Declared) && !record.filled(Field::Declared) {
            c.gap(def, def.severity, at, provider, format!("a gift worth £{v:.2} was accepted without a declaration date (over £{declare_limit:.0})"), facts);
        } else if v > supplier_limit
            && record.filled(Field::Counterparty)
            && v <= declare_limit.max(supplier_limit)
        {
            c.gap(def, def.severity, at, provider,
                format!("a gift worth £{v:.2} from {} was accepted (supplier gifts over £{supplier_limit:.0} should be declined)", record.text(Field::Counterparty).unwrap_or_default()), facts);
        } else if v > declare_limit && record.filled(Field::Counterparty) {
            c.gap(def, def.severity, at, provider,
                format!("a gift worth £{v:.2} from {} was accepted (gifts over £{declare_limit:.0} may be accepted only on behalf of the organisation)", record.text(Field::Counterparty).unwrap_or_default()), facts);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Complaints return: CDM-50, CDM-51, CDM-52 (arithmetic within a row)

const OPTIONAL_COUNTS: &[Field] = &[
    Field::BroughtForward,
    Field::Upheld,
    Field::PartiallyUpheld,
    Field::NotUpheld,
    Field::CarriedForward,
];

fn complaints_return(c: &mut RowChecker) {
    // Findings name the organisation; a code stands in where the return gives no name.
    let organisation = |r: &Record| {
        r.text(Field::Organisation)
            .or_else(|| r.text(Field::OrganisationCode))
    };
    let cdm50 = c.rule("CDM-50");
    let cdm51 = c.rule("CDM-51");
    let cdm52 = c.rule("CDM-52");
    if let Some(def) = cdm50 {
        let has_period = [Field::Period, Field::PeriodYear, Field::PeriodStart]
            .iter()
            .any(|f| c.table.has(*f));
        if !has_period {
            c.missing_columns(def, &[Field::Period], def.severity);
        }
        c.missing_columns(def, &[Field::New, Field::Resolved], def.severity);
    }
    let records: Vec<Record> = c.table.records().collect();
    for record in records {
        let provider = organisation(&record);
        let period = row_period(&record);
        let facts = Facts {
            period: period.map(|p| p.to_string()),
            ..Facts::default()
        };
        if let Some(def) = cdm50 {
            let mut missing = Vec::new();
            if c.table.has(Field::Organisation) && provider.is_none() {
                missing.push(Field::Organisation);
            }
            let period_field = [Field::Period, Field::PeriodYear, Field::PeriodStart]
                .into_iter()
                .find(|f| c.table.has(*f))
                .unwrap_or(Field::Period);
            if c.table.has(period_field) && period.is_none() {
                missing.push(period_field);
            }
            for f in [Field::New, Field::Resolved] {
                if c.table.has(f) && record.cell(f).is_empty() {
                    missing.push(f);
                }
            }
            if let Some(first) = missing.first() {
                let what = if period.is_none() && record.filled(period_field) {
                    format!(
                        "row {} has no readable {} ('{}')",
                        record.number(),
                        names_in(&record, &missing),
                        record.text(period_field).unwrap_or_default()
                    )
                } else {
                    format!(
                        "row {} has no {}",
                        record.number(),
                        names_in(&record, &missing)
                    )
                };
                c.gap(
                    def,
                    def.severity,
                    record.at(*first),
                    provider.clone(),
                    what,
                    facts.clone(),
                );
            }
        }
        if let Some(def) = cdm51 {
            for f in [Field::New, Field::Resolved].iter().chain(OPTIONAL_COUNTS) {
                if !c.table.has(*f) {
                    continue;
                }
                let cell = record.cell(*f);
                let required = matches!(f, Field::New | Field::Resolved);
                if cell.is_empty() {
                    if !required {
                        c.gap(
                            def,
                            def.severity,
                            record.at(*f),
                            provider.clone(),
                            format!("{} is blank; write zero as 0", f.name()),
                            facts.clone(),
                        );
                    }
                } else if count(&record, *f).is_none() {
                    c.gap(
                        def,
                        def.severity,
                        record.at(*f),
                        provider.clone(),
                        format!(
                            "{} '{}' is not a whole number of 0 or more",
                            f.name(),
                            cell.as_text().trim()
                        ),
                        facts.clone(),
                    );
                }
            }
        }
        if let Some(def) = cdm52 {
            let bf = count(&record, Field::BroughtForward);
            let new = count(&record, Field::New);
            let resolved = count(&record, Field::Resolved);
            let cf = count(&record, Field::CarriedForward);
            let outcomes: Vec<Option<i64>> =
                [Field::Upheld, Field::PartiallyUpheld, Field::NotUpheld]
                    .iter()
                    .filter(|f| c.table.has(**f))
                    .map(|f| count(&record, *f))
                    .collect();
            let mut over = false;
            if let (Some(b), Some(n), Some(r)) = (bf, new, resolved) {
                if r > b + n {
                    over = true;
                    c.gap(
                        def,
                        def.severity,
                        record.at(Field::Resolved),
                        provider.clone(),
                        format!(
                            "resolved ({r}) exceeds brought forward + new ({b} + {n} = {})",
                            b + n
                        ),
                        facts.clone(),
                    );
                }
            } else if let (None, false, Some(n), Some(r)) =
                (bf, c.table.has(Field::BroughtForward), new, resolved)
            {
                let _ = (n, r);
            }
            if let Some(r) = resolved {
                if outcomes.len() == 3 && outcomes.iter().all(Option::is_some) {
                    let sum: i64 = outcomes.iter().flatten().sum();
                    if sum != r && !over {
                        let parts: Vec<String> =
                            outcomes.iter().flatten().map(|n| n.to_string()).collect();
                        c.gap(def, def.severity, record.at(Field::Resolved), provider.clone(),
                            format!("upheld + partially upheld + not upheld ({} = {sum}) does not equal resolved ({r})", parts.join(" + ")), facts.clone());
                    }
                }
            }
            if let (Some(b), Some(n), Some(r), Some(f)) = (bf, new, resolved, cf) {
                // Checked even when resolved is too high: the person must see both figures
                // that fail to add up.
                if b + n - r != f {
                    c.gap(def, def.severity, record.at(Field::CarriedForward), provider.clone(),
                        format!("carried forward ({f}) is not brought forward + new - resolved ({b} + {n} - {r} = {})", b + n - r), facts.clone());
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Complaints case log: CDM-50, CDM-51, CDM-54

fn complaints_log(c: &mut RowChecker) {
    let cdm50 = c.rule("CDM-50");
    let cdm51 = c.rule("CDM-51");
    let cdm54 = c.rule("CDM-54");
    if let Some(def) = cdm50 {
        c.missing_columns(def, &[Field::ComplaintId, Field::Received], def.severity);
        if !c.table.has(Field::Closed) && !c.table.has(Field::Outcome) {
            c.missing_columns(def, &[Field::Outcome], def.severity);
        }
    }
    let records: Vec<Record> = c.table.records().collect();
    for record in records {
        let provider = record.text(Field::Organisation);
        let received = record.cell(Field::Received).as_date();
        let acknowledged = record.cell(Field::Acknowledged).as_date();
        let closed = record.cell(Field::Closed).as_date();
        let id = record.text(Field::ComplaintId);
        let facts = Facts {
            value: id.clone().map(|i| format!("complaint {i}")),
            period: received
                .and_then(|d| {
                    crate::normalise::periods::Period::calendar_quarter(
                        d.year(),
                        d.month().div_ceil(3),
                    )
                })
                .map(|p| p.to_string()),
            ..Facts::default()
        };
        let outcome = record.text(Field::Outcome);
        let open_status = outcome.as_deref().is_some_and(|o| {
            let o = o.to_ascii_lowercase();
            o.contains("open")
                || o.contains("ongoing")
                || o.contains("in progress")
                || o.contains("under investigation")
                || o.contains("pending")
        });
        if let Some(def) = cdm50 {
            let mut missing = Vec::new();
            if c.table.has(Field::ComplaintId) && id.is_none() {
                missing.push(Field::ComplaintId);
            }
            if c.table.has(Field::Received) && !record.filled(Field::Received) {
                missing.push(Field::Received);
            }
            if closed.is_some() && c.table.has(Field::Outcome) && outcome.is_none() {
                missing.push(Field::Outcome);
            }
            if closed.is_none() && outcome.is_none() && !c.table.has(Field::Closed) {
                missing.push(Field::Outcome);
            }
            if let Some(first) = missing.first() {
                let message = format!(
                    "row {} has no {}",
                    record.number(),
                    names_in(&record, &missing)
                );
                c.gap(
                    def,
                    def.severity,
                    record.at(*first),
                    provider.clone(),
                    message,
                    facts.clone(),
                );
            }
        }
        if let Some(def) = cdm51 {
            unreadable_dates(
                c,
                def,
                &record,
                &[Field::Received, Field::Acknowledged, Field::Closed],
                &provider,
                &facts,
            );
            if let Some(r) = received {
                if let Some(a) = acknowledged.filter(|a| *a < r) {
                    c.gap(
                        def,
                        def.severity,
                        record.at(Field::Acknowledged),
                        provider.clone(),
                        format!("acknowledged {a} before it was received {r}"),
                        facts.clone(),
                    );
                }
                if let Some(cl) = closed.filter(|cl| *cl < r) {
                    c.gap(
                        def,
                        def.severity,
                        record.at(Field::Closed),
                        provider.clone(),
                        format!("closed {cl} before it was received {r}"),
                        facts.clone(),
                    );
                }
            }
        }
        if let (Some(def), Some(r)) = (cdm54, received) {
            if r > c.as_of {
                continue;
            }
            let ack_days = number_param(def, "acknowledge_working_days", 3.0) as u32;
            let open_months = number_param(def, "open_months", 6.0) as u32;
            if c.table.has(Field::Acknowledged) {
                let due = add_working_days(r, ack_days);
                match acknowledged {
                    Some(a) if a > due && a >= r => c.gap(def, def.severity, record.at(Field::Acknowledged), provider.clone(),
                        format!("acknowledged {a}, {} working days after receipt on {r} (limit {ack_days})", working_days_between(r, a)), facts.clone()),
                    None if due < c.as_of && !record.filled(Field::Acknowledged) => c.gap(def, def.severity, record.at(Field::Acknowledged), provider.clone(),
                        format!("no acknowledgement date recorded; it was due by {due}"), facts.clone()),
                    _ => {}
                }
            }
            let still_open = closed.is_none() && (open_status || c.table.has(Field::Closed));
            let limit = r.checked_add_months(Months::new(open_months)).unwrap_or(r);
            let extended = record
                .text(Field::Extension)
                .is_some_and(|t| crate::normalise::records::yes_no(Some(&t)) != Some(false));
            if still_open && limit < c.as_of && !extended {
                c.gap(def, def.severity, record.at(Field::Closed), provider.clone(),
                    format!("open since {r}, more than {open_months} months, with no agreed extension recorded"), facts.clone());
            }
        }
    }
}

/// The date `n` working days after `day` (weekends and England and Wales bank holidays
/// excluded, as the complaints regulations define working days).
pub fn add_working_days(day: NaiveDate, n: u32) -> NaiveDate {
    let mut d = day;
    let mut left = n;
    while left > 0 {
        d = d.succ_opt().unwrap_or(d);
        if is_working_day(d) {
            left -= 1;
        }
    }
    d
}

fn working_days_between(from: NaiveDate, to: NaiveDate) -> u32 {
    let mut d = from;
    let mut n = 0;
    while d < to {
        d = d.succ_opt().unwrap_or(to);
        if is_working_day(d) {
            n += 1;
        }
    }
    n
}

pub fn is_working_day(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !is_bank_holiday(d)
}

/// England and Wales bank holidays by rule (one-off holidays such as coronations are not
/// included): New Year, Good Friday, Easter Monday, early May, spring and summer bank
/// holidays, Christmas and Boxing Day, with weekend substitutes.
fn is_bank_holiday(d: NaiveDate) -> bool {
    let y = d.year();
    let easter = easter_sunday(y);
    let fixed = |m, day| NaiveDate::from_ymd_opt(y, m, day);
    let first_monday = |m| {
        (1..=7)
            .filter_map(|day| fixed(m, day))
            .find(|x| x.weekday() == Weekday::Mon)
    };
    let last_monday = |m: u32| {
        (22..=31)
            .rev()
            .filter_map(|day| fixed(m, day))
            .find(|x| x.weekday() == Weekday::Mon)
    };
    let substitute = |date: Option<NaiveDate>| {
        date.map(|x| match x.weekday() {
            Weekday::Sat => x + chrono::Days::new(2),
            Weekday::Sun => x + chrono::Days::new(1),
            _ => x,
        })
    };
    let christmas = fixed(12, 25);
    let (xmas, boxing) = match christmas.map(|c| c.weekday()) {
        Some(Weekday::Sat) => (fixed(12, 27), fixed(12, 28)),
        Some(Weekday::Sun) => (fixed(12, 27), fixed(12, 26)),
        Some(Weekday::Fri) => (christmas, fixed(12, 28)),
        _ => (christmas, fixed(12, 26)),
    };
    let holidays = [
        substitute(fixed(1, 1)),
        easter.and_then(|e| e.checked_sub_days(chrono::Days::new(2))),
        easter.and_then(|e| e.checked_add_days(chrono::Days::new(1))),
        first_monday(5),
        last_monday(5),
        last_monday(8),
        xmas,
        boxing,
    ];
    holidays.contains(&Some(d))
}

/// Easter Sunday (anonymous Gregorian algorithm).
fn easter_sunday(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn easter_and_bank_holidays() {
        assert_eq!(easter_sunday(2025), Some(d("2025-04-20")));
        assert_eq!(easter_sunday(2026), Some(d("2026-04-05")));
        assert!(is_bank_holiday(d("2025-04-18")));
        assert!(is_bank_holiday(d("2025-04-21")));
        assert!(is_bank_holiday(d("2025-05-05")));
        assert!(is_bank_holiday(d("2025-05-26")));
        assert!(is_bank_holiday(d("2025-08-25")));
        assert!(is_bank_holiday(d("2026-12-28"))); // Boxing Day 2026 is a Saturday
        assert!(!is_bank_holiday(d("2025-06-02")));
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        // Thursday 17 April 2025 + 3 working days: Fri 18 (Good Friday), Mon 21 (Easter
        // Monday) skipped -> Tue 22, Wed 23, Thu 24.
        assert_eq!(add_working_days(d("2025-04-17"), 3), d("2025-04-24"));
        assert_eq!(add_working_days(d("2025-06-06"), 3), d("2025-06-11"));
    }
}

#[cfg(test)]
mod row_tests {
    use super::*;
    use crate::normalise::tables::{recognise, SheetTable};
    use crate::read::sheet::Sheet;

    fn sheet(rows: &[&[&str]]) -> Sheet {
        let mut cells = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let cell = match v.parse::<f64>() {
                    Ok(n) => Cell::Number(n),
                    Err(_) => Cell::Text(v.to_string()),
                };
                cells.push((CellRef::new(r as u32 + 1, c as u32 + 1), cell));
            }
        }
        Sheet::from_cells("S", cells)
    }

    /// (rule, cell) of every gap the rows give.
    fn gaps(rows: &[&[&str]], as_of: &str) -> Vec<(String, String)> {
        let pack = RulePack::default_pack().unwrap();
        let s = sheet(rows);
        let SheetTable::Recognised(table) = recognise(&s, &pack.tables) else {
            panic!("not recognised")
        };
        check_table(&pack, "f.csv", &table, as_of.parse().unwrap())
            .into_iter()
            .map(|g| (g.finding.rule.to_string(), g.finding.location.cell.unwrap()))
            .collect()
    }

    #[test]
    fn contract_register_dates_values_and_blanks() {
        let found = gaps(
            &[
                &[
                    "Contract Ref",
                    "Title",
                    "Supplier",
                    "Value",
                    "Start date",
                    "End date",
                ],
                &[
                    "C-1",
                    "Care",
                    "Acme Ltd",
                    "£120k",
                    "01/04/2024",
                    "31/03/2027",
                ],
                &[
                    "C-2",
                    "Cleaning",
                    "Clean Co",
                    "45000",
                    "01/09/2025",
                    "31/08/2025",
                ],
                &[
                    "C-3",
                    "Meals",
                    "Food Ltd",
                    "TBC",
                    "01/04/2024",
                    "31/03/2026",
                ],
                &[
                    "C-4",
                    "Transport",
                    "Bus Ltd",
                    "-5",
                    "01/04/2024",
                    "31/03/2026",
                ],
            ],
            "2026-01-31",
        );
        assert!(found.contains(&("ES-51".into(), "F3".into())), "{found:?}");
        assert!(found.contains(&("ES-50".into(), "D4".into())), "{found:?}");
        assert!(found.contains(&("ES-51".into(), "D5".into())), "{found:?}");
        // Row 2 is clean (missing optional columns are reported at the header row only).
        assert!(
            found.iter().all(|(_, c)| !c.ends_with('2') || c == "A1"),
            "{found:?}"
        );
    }

    #[test]
    fn complaint_arithmetic_points_at_the_cell_to_fix() {
        let found = gaps(
            &[
                &[
                    "Quarter",
                    "Brought forward",
                    "New",
                    "Resolved",
                    "Upheld",
                    "Partially upheld",
                    "Not upheld",
                    "Carried forward",
                ],
                &["2025/26 Q1", "2", "10", "9", "3", "3", "3", "3"],
                &["2025/26 Q2", "3", "8", "12", "4", "4", "4", "0"],
                &["2025/26 Q3", "0", "5", "4", "1", "1", "1", "1"],
                &["2025/26 Q4", "1", "5", "4", "1", "1", "2", "9"],
                &["Total", "6", "28", "29", "9", "9", "10", "13"],
            ],
            "2026-06-30",
        );
        assert_eq!(
            found,
            [
                ("CDM-52".to_string(), "D3".to_string()),
                // 3 + 8 - 12 is not the 0 carried forward either.
                ("CDM-52".to_string(), "H3".to_string()),
                ("CDM-52".to_string(), "D4".to_string()),
                ("CDM-52".to_string(), "H5".to_string()),
            ]
        );
    }

    #[test]
    fn quarter_and_financial_year_in_separate_columns_make_one_period() {
        let found = gaps(
            &[
                &["Financial Year", "Quarter", "New complaints", "Resolved"],
                &["2025/26", "Q1", "4", "3"],
                &["2025/26", "Q9", "4", "3"],
            ],
            "2026-01-31",
        );
        // Row 2 reads as 2025/26 Q1; row 3's quarter is no quarter.
        assert_eq!(found, [("CDM-50".to_string(), "B3".to_string())]);
    }

    #[test]
    fn late_acknowledgement_counts_working_days_over_easter() {
        let found = gaps(
            &[
                &[
                    "Complaint ID",
                    "Date received",
                    "Date acknowledged",
                    "Date closed",
                    "Outcome",
                ],
                // Thursday before Easter 2025: due Thursday 24 April.
                &["A1", "17/04/2025", "24/04/2025", "01/05/2025", "Upheld"],
                &["A2", "17/04/2025", "25/04/2025", "01/05/2025", "Upheld"],
                &["A3", "01/03/2025", "03/03/2025", "", "Open"],
            ],
            "2026-01-31",
        );
        assert!(!found.iter().any(|(_, c)| c.ends_with('2')), "{found:?}");
        assert!(found.contains(&("CDM-54".into(), "C3".into())), "{found:?}");
        assert!(found.contains(&("CDM-54".into(), "D4".into())), "{found:?}");
    }

    #[test]
    fn stale_declaration_is_reported_on_the_latest_row_only() {
        let found = gaps(
            &[
                &[
                    "Name",
                    "Role",
                    "Type of interest",
                    "Description",
                    "Date declared",
                ],
                &[
                    "Jane Smith",
                    "Director",
                    "Financial",
                    "Shares",
                    "2023-05-01",
                ],
                &["Jane Smith", "Director", "Nil return", "", "2024-06-01"],
                &["Ann Lee", "Manager", "Nil return", "", "2025-12-01"],
            ],
            "2026-01-31",
        );
        assert_eq!(found, [("COI-51".to_string(), "E3".to_string())]);
    }
}
