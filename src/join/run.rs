//! The whole-run join: contract documents and register rows from every file, tied to one
//! provider identity each, then the provider rules on what each provider holds. Record
//! findings go to the provider their row names; rows that name none (an authority's own
//! declarations, say) stay with "unattributed".

use crate::join::registers::{file_stem, ContractRowIndex, ProviderIndex};
use crate::join::{join_with, EvaluatedDocument};
use crate::model::{Finding, Provider, ProviderKey, Status};
use crate::normalise::records::{ContractRow, Registers};
use crate::normalise::tables::TableKind;
use crate::report::{Findings, ProviderRecords, ProviderReport, RegisterContract};
use crate::rules::providers::{check_provider, declared_interests, ProviderView, Searched};
use crate::rules::records::RowFinding;
use crate::rules::RulePack;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One workbook after evaluation: its typed rows and record findings, and no cells.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EvaluatedWorkbook {
    pub file: String,
    pub registers: Registers,
    pub findings: Vec<RowFinding>,
}

/// Joins documents and workbooks per provider and runs the provider rules.
pub fn join_run(
    docs: Vec<EvaluatedDocument>,
    workbooks: Vec<EvaluatedWorkbook>,
    pack: &RulePack,
    as_of: NaiveDate,
) -> Vec<ProviderReport> {
    let registers: Vec<&Registers> = workbooks.iter().map(|w| &w.registers).collect();
    let mut index = ProviderIndex::new(&pack.aliases);
    for r in &registers {
        for c in &r.contracts {
            if let Some(s) = &c.supplier {
                index.note_with_number(s, c.company_number.as_deref());
            }
        }
        for s in &r.suppliers {
            if let Some(name) = &s.supplier {
                index.note_with_number(name, s.company_number.as_deref());
            }
        }
    }
    for d in &docs {
        if let Some(p) = &d.parties.provider {
            index.note_with_number(&p.name, None);
        }
    }
    let key_of = |name: &str| index.key(name);
    let contract_rows: Vec<&ContractRow> =
        registers.iter().flat_map(|r| r.contracts.iter()).collect();

    // Documents the register names.
    let row_index = ContractRowIndex::new(contract_rows.clone());
    let mut overrides: BTreeMap<String, Provider> = BTreeMap::new();
    let mut references: BTreeMap<String, String> = BTreeMap::new();
    let mut matched_rows: Vec<&ContractRow> = Vec::new();
    let mut extra: BTreeMap<ProviderKey, Vec<Finding>> = BTreeMap::new();
    for doc in &docs {
        match row_index.row_for(doc) {
            Ok(Some(m)) => {
                matched_rows.push(m.row);
                if let Some(r) = &m.row.reference {
                    references.insert(doc.file.clone(), r.clone());
                }
                if let Some(s) = &m.row.supplier {
                    overrides.insert(
                        doc.file.clone(),
                        Provider {
                            name: index.display(&key_of(s)).unwrap_or_else(|| s.clone()),
                            key: key_of(s),
                        },
                    );
                }
            }
            Ok(None) => {}
            Err(rows) => {
                if let Some(def) = pack.get("ES-52") {
                    let places: Vec<String> = rows
                        .iter()
                        .map(|r| {
                            format!(
                                "{} ({})",
                                r.place.label(),
                                r.supplier.as_deref().unwrap_or("?")
                            )
                        })
                        .collect();
                    extra.entry(ProviderKey::unattributed()).or_default().push(Finding {
                        rule: def.id.clone(),
                        area: def.area,
                        severity: def.severity,
                        status: Status::Gap,
                        file: doc.file.clone(),
                        location: Default::default(),
                        evidence: None,
                        message: format!("{}: the contract register names this document for more than one supplier: {}", def.title, places.join("; ")),
                        remedy: Some(def.remedy.trim().to_string()),
                        facts: None,
                    });
                }
            }
        }
    }
    let docs_by_file: BTreeSet<String> = docs.iter().map(|d| file_stem(&d.file)).collect();
    let mut reports = join_with(docs, pack, &overrides, &references);

    // One identity per provider: aliases and shared registration numbers fold keys.
    let mut merged: BTreeMap<ProviderKey, ProviderReport> = BTreeMap::new();
    for mut report in reports.drain(..) {
        let key = if report.key == ProviderKey::UNATTRIBUTED {
            ProviderKey::unattributed()
        } else {
            key_of(&report.name)
        };
        if let Some(name) = index.display(&key) {
            if key.0 != ProviderKey::UNATTRIBUTED {
                report.name = name;
            }
        }
        report.key = key.0.clone();
        match merged.get_mut(&key) {
            Some(existing) => {
                existing.contracts.extend(report.contracts);
                existing.findings.append(report.findings);
            }
            None => {
                merged.insert(key, report);
            }
        }
    }

    let has_tables = registers.iter().any(|r| !r.tables.is_empty());
    if let Some(def) = pack.get("ES-52") {
        for (key, numbers) in index.ambiguous() {
            let name = index.display(key).unwrap_or_else(|| key.0.clone());
            let numbers: Vec<&str> = numbers.iter().map(String::as_str).collect();
            extra.entry(key.clone()).or_default().push(Finding {
                rule: def.id.clone(),
                area: def.area,
                severity: def.severity.lowered(),
                status: Status::Gap,
                file: String::new(),
                location: Default::default(),
                evidence: None,
                message: format!(
                    "{}: the registers give {name} more than one company or charity number ({}); its rows are joined by name, so check they are one organisation",
                    def.title,
                    numbers.join(", ")
                ),
                remedy: Some(def.remedy.trim().to_string()),
                facts: None,
            });
        }
    }
    if has_tables {
        // ES-52: files the register names that are not among the inputs.
        if let Some(def) = pack.get("ES-52") {
            for row in &contract_rows {
                let Some(file) = &row.file else { continue };
                let stem = file_stem(file);
                if !docs_by_file.contains(&stem) {
                    let key = row
                        .supplier
                        .as_deref()
                        .map(key_of)
                        .unwrap_or_else(ProviderKey::unattributed);
                    extra.entry(key).or_default().push(Finding {
                        rule: def.id.clone(),
                        area: def.area,
                        severity: def.severity,
                        status: Status::Gap,
                        file: row.place.file.clone(),
                        location: crate::model::Location {
                            sheet: Some(row.place.sheet.clone()),
                            cell: Some(row.file_cell.to_string()),
                            row: Some(row.place.row),
                            ..Default::default()
                        },
                        evidence: Some(file.clone()),
                        message: format!("{}: the contract register names the file '{file}' for {}, but no such file was among the inputs", def.title, row.label()),
                        remedy: Some(def.remedy.trim().to_string()),
                        facts: row.reference.clone().map(|c| crate::model::Facts { contract: Some(c), ..Default::default() }),
                    });
                }
            }
        }
    }

    // The views: every provider a document, register row or finding names.
    let mut views: BTreeMap<ProviderKey, ProviderView> = BTreeMap::new();
    for (key, report) in &merged {
        if key.0 == ProviderKey::UNATTRIBUTED {
            continue;
        }
        let view = views.entry(key.clone()).or_default();
        view.documents = report.contracts.clone();
    }
    let mut searched = Searched::default();
    let single_provider: Option<ProviderKey> = {
        let named: Vec<&ProviderKey> = merged
            .keys()
            .filter(|k| k.0 != ProviderKey::UNATTRIBUTED)
            .collect();
        (named.len() == 1).then(|| named[0].clone())
    };
    // A row without an organisation column belongs to the provider its file is named after,
    // or to the only provider in the run.
    let file_provider = |file: &str, keys: &BTreeSet<ProviderKey>| -> Option<ProviderKey> {
        let stem = format!(
            " {} ",
            file_stem(file).replace(|c: char| !c.is_alphanumeric(), " ")
        );
        let hits: Vec<&ProviderKey> = keys
            .iter()
            .filter(|k| {
                let words: Vec<&str> =
                    k.0.split_whitespace()
                        .filter(|w| {
                            !matches!(
                                *w,
                                "limited" | "ltd" | "plc" | "llp" | "cic" | "the" | "and"
                            )
                        })
                        .collect();
                !words.is_empty() && words.iter().all(|w| stem.contains(&format!(" {w} ")))
            })
            .collect();
        if hits.len() == 1 {
            Some(hits[0].clone())
        } else {
            single_provider.clone()
        }
    };
    for r in &registers {
        for c in &r.contracts {
            if let Some(v) = view_mut(&mut views, c.supplier.as_deref().map(key_of)) {
                v.contracts.push(c);
            }
        }
        for s in &r.suppliers {
            let key = index.key_with_number(s.supplier.as_deref(), s.company_number.as_deref());
            if let Some(v) = view_mut(&mut views, key) {
                v.suppliers.push(s);
            }
        }
        for s in &r.staff {
            if let Some(v) = view_mut(&mut views, s.supplier.as_deref().map(key_of)) {
                v.staff.push(s);
            }
        }
    }
    for wb in &workbooks {
        for t in &wb.registers.tables {
            let label = format!("{} '{}'", wb.file, t.sheet);
            let list = match t.kind {
                TableKind::ContractRegister => &mut searched.contracts,
                TableKind::Declarations => &mut searched.declarations,
                TableKind::ComplaintsReturn | TableKind::ComplaintsLog => &mut searched.returns,
                TableKind::Satisfaction => &mut searched.satisfaction,
                TableKind::SupplierRegister => &mut searched.suppliers,
                TableKind::StaffRegister => &mut searched.staff,
                TableKind::FormerOfficeHolders => &mut searched.former,
            };
            list.push(label);
        }
    }
    // Declarations belong to the provider the row names, or whose staff register lists
    // the declarant by full name (never by surname alone).
    let known: BTreeSet<ProviderKey> = views.keys().cloned().collect();
    let mut by_file: BTreeMap<String, Option<ProviderKey>> = BTreeMap::new();
    let staff_of: BTreeMap<String, ProviderKey> = views
        .iter()
        .flat_map(|(k, v)| {
            v.staff.iter().filter_map(move |s| {
                s.name
                    .as_deref()
                    .map(|n| (crate::rules::providers::person_key(n), k.clone()))
            })
        })
        .collect();
    for r in &registers {
        for d in &r.declarations {
            let key = d
                .organisation
                .as_deref()
                .map(key_of)
                .filter(|k| known.contains(k))
                .or_else(|| {
                    let person = d
                        .person
                        .as_deref()
                        .map(crate::rules::providers::person_key)?;
                    staff_of.get(&person).cloned()
                });
            if let Some(v) = key.and_then(|k| views.get_mut(&k)) {
                v.declarations.push(d);
            }
        }
        // Returns, cases and satisfaction rows name their organisation, or belong to the
        // provider their file is named after.
        let mut owner = |organisation: &Option<String>, file: &str| match organisation {
            Some(o) => Some(key_of(o)),
            None => by_file
                .entry(file.to_string())
                .or_insert_with(|| file_provider(file, &known))
                .clone(),
        };
        for row in &r.returns {
            if let Some(v) = view_mut(&mut views, owner(&row.organisation, &row.place.file)) {
                v.returns.push(row);
            }
        }
        for row in &r.cases {
            if let Some(v) = view_mut(&mut views, owner(&row.organisation, &row.place.file)) {
                v.cases.push(row);
            }
        }
        for row in &r.satisfaction {
            if let Some(v) = view_mut(&mut views, owner(&row.organisation, &row.place.file)) {
                v.satisfaction.push(row);
            }
        }
    }
    // Former office holders belong to a provider of the run: their new employer, or the
    // provider whose staff register lists them by full name.
    for r in &registers {
        for f in &r.former {
            let by_employer = f
                .new_employer
                .as_deref()
                .map(key_of)
                .filter(|k| views.contains_key(k));
            let key = by_employer.or_else(|| {
                let person = f.name.as_deref().map(crate::rules::providers::person_key)?;
                views
                    .iter()
                    .find(|(_, v)| {
                        v.staff.iter().any(|s| {
                            s.name
                                .as_deref()
                                .map(crate::rules::providers::person_key)
                                .as_deref()
                                == Some(person.as_str())
                        })
                    })
                    .map(|(k, _)| k.clone())
            });
            if let Some(v) = key.and_then(|k| views.get_mut(&k)) {
                v.former.push(f);
            }
        }
    }
    for (key, view) in views.iter_mut() {
        view.key = key.clone();
        view.name = merged
            .get(key)
            .map(|r| r.name.clone())
            .or_else(|| index.display(key))
            .unwrap_or_else(|| key.0.clone());
    }

    // Record findings, placed with the provider their row names.
    for wb in &workbooks {
        for rf in &wb.findings {
            let key = rf
                .provider
                .as_deref()
                .map(key_of)
                .filter(|k| views.contains_key(k))
                .unwrap_or_else(ProviderKey::unattributed);
            extra.entry(key).or_default().push(rf.finding.clone());
        }
    }

    if has_tables {
        let contracted: BTreeMap<ProviderKey, (String, Option<NaiveDate>)> = views
            .iter()
            .filter(|(_, v)| !v.documents.is_empty() || !v.contracts.is_empty())
            .map(|(k, v)| {
                (
                    k.clone(),
                    (
                        v.name.clone(),
                        v.contracts.iter().filter_map(|c| c.start).min(),
                    ),
                )
            })
            .collect();
        let declarations: Vec<_> = registers
            .iter()
            .flat_map(|r| r.declarations.iter())
            .collect();
        for (key, f) in declared_interests(pack, &declarations, &contracted, &key_of) {
            extra.entry(key).or_default().push(f);
        }
        for (key, view) in &views {
            let findings = check_provider(pack, view, &searched, as_of);
            if !findings.is_empty() {
                extra.entry(key.clone()).or_default().extend(findings);
            }
        }
    }

    // A provider-wide finding stands where the provider's contract does: its register row,
    // else its first contract document (tools such as code scanning need a file).
    for (key, findings) in extra.iter_mut() {
        let Some(view) = views.get(key) else { continue };
        let anchor = view
            .contracts
            .iter()
            .min_by_key(|c| &c.place)
            .map(|c| {
                (
                    c.place.file.clone(),
                    crate::model::Location {
                        sheet: Some(c.place.sheet.clone()),
                        row: Some(c.place.row),
                        ..Default::default()
                    },
                )
            })
            .or_else(|| {
                view.documents
                    .first()
                    .map(|d| (d.clone(), crate::model::Location::default()))
            });
        if let Some((file, location)) = anchor {
            for f in findings.iter_mut().filter(|f| f.file.is_empty()) {
                f.file = file.clone();
                f.location = location.clone();
            }
        }
    }
    for (key, findings) in extra {
        let name = views
            .get(&key)
            .map(|v| v.name.clone())
            .unwrap_or_else(|| key.0.clone());
        let report = merged.entry(key.clone()).or_insert_with(|| ProviderReport {
            name,
            key: key.0.clone(),
            contracts: Vec::new(),
            findings: Findings::default(),
            records: None,
        });
        report.findings.extend(findings);
    }
    for (key, view) in &views {
        let records = ProviderRecords {
            contracts: view
                .contracts
                .iter()
                .map(|c| RegisterContract {
                    reference: c.reference.clone(),
                    title: c.title.clone(),
                    start: c.start.map(|d| d.to_string()),
                    end: c.end.map(|d| d.to_string()),
                    file: c.place.file.clone(),
                    sheet: c.place.sheet.clone(),
                    row: c.place.row,
                })
                .collect(),
            declarations: view.declarations.len(),
            complaint_periods: {
                let mut p: Vec<String> = view
                    .returns
                    .iter()
                    .filter_map(|r| r.period.map(|p| p.to_string()))
                    .collect();
                p.sort();
                p.dedup();
                p
            },
            complaint_cases: view.cases.len(),
            satisfaction_periods: {
                let mut p: Vec<String> = view
                    .satisfaction
                    .iter()
                    .filter_map(|r| r.period.map(|p| p.to_string()))
                    .collect();
                p.sort();
                p.dedup();
                p
            },
        };
        if records.is_empty() {
            continue;
        }
        let report = merged.entry(key.clone()).or_insert_with(|| ProviderReport {
            name: view.name.clone(),
            key: key.0.clone(),
            contracts: Vec::new(),
            findings: Findings::default(),
            records: None,
        });
        report.records = Some(records);
    }

    let mut reports: Vec<ProviderReport> = merged.into_values().collect();
    for r in &mut reports {
        r.contracts.sort();
        r.contracts.dedup();
    }
    crate::join::finish(&mut reports);
    reports.sort_by_key(|r| (r.key == ProviderKey::UNATTRIBUTED, r.key.clone()));
    let _ = matched_rows;
    reports
}

/// The view of a named provider, created on first use; `None` for no provider.
fn view_mut<'v, 'a>(
    views: &'v mut BTreeMap<ProviderKey, ProviderView<'a>>,
    key: Option<ProviderKey>,
) -> Option<&'v mut ProviderView<'a>> {
    let key = key.filter(|k| k.0 != ProviderKey::UNATTRIBUTED && !k.0.is_empty())?;
    Some(views.entry(key).or_default())
}
