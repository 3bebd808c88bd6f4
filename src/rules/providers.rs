//! Provider rules: checks on what one provider holds across every file of the run (ES-52
//! register files, ES-53, ES-54, COI-52, COI-53, COI-54, COI-57, CDM-52 continuity, CDM-53,
//! CDM-55, CDM-56). Each gap says what was searched (which files and sheets), so "none
//! found" can be trusted or challenged.

use crate::model::{Facts, Finding, Location, ProviderKey, Severity, Status};
use crate::normalise::names;
use crate::normalise::periods::Period;
use crate::normalise::records::{
    yes_no, ContractRow, DataRow, DeclarationRow, FormerRow, Place, ReturnRow, StaffRow,
    SupplierRow,
};
use crate::read::sheet::CellRef;
use crate::rules::records::number_param;
use crate::rules::{RuleDef, RulePack};
use chrono::{Datelike, Months, NaiveDate};
use std::collections::{BTreeMap, BTreeSet};

/// What one provider holds across the run.
#[derive(Debug, Default)]
pub struct ProviderView<'a> {
    pub key: ProviderKey,
    pub name: String,
    /// Contract documents attributed to it.
    pub documents: Vec<String>,
    pub contracts: Vec<&'a ContractRow>,
    pub declarations: Vec<&'a DeclarationRow>,
    pub returns: Vec<&'a ReturnRow>,
    pub cases: Vec<&'a DataRow>,
    pub satisfaction: Vec<&'a DataRow>,
    pub suppliers: Vec<&'a SupplierRow>,
    pub staff: Vec<&'a StaffRow>,
    pub former: Vec<&'a FormerRow>,
}

impl ProviderView<'_> {
    /// Holds a contract in force at `day`: a register row active then, or a contract
    /// document (documents carry no dates, so they count as current).
    pub fn has_active_contract(&self, day: NaiveDate) -> bool {
        !self.documents.is_empty() || self.contracts.iter().any(|c| c.active_on(day))
    }

    fn has_active_service_contract(&self, day: NaiveDate) -> bool {
        !self.documents.is_empty()
            || self
                .contracts
                .iter()
                .any(|c| c.active_on(day) && !c.goods_or_works)
    }

    /// The span of its contracts' terms as the register gives them.
    fn term(&self, as_of: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        let active: Vec<&&ContractRow> = self
            .contracts
            .iter()
            .filter(|c| c.active_on(as_of))
            .collect();
        let start = active.iter().filter_map(|c| c.start).min()?;
        let end = active
            .iter()
            .map(|c| c.end.unwrap_or(as_of))
            .max()
            .unwrap_or(as_of);
        Some((start, end))
    }
}

/// The tables of each kind in the run, named `file Sheet`, for "searched" notes.
#[derive(Debug, Default, Clone)]
pub struct Searched {
    pub contracts: Vec<String>,
    pub declarations: Vec<String>,
    pub returns: Vec<String>,
    pub satisfaction: Vec<String>,
    pub suppliers: Vec<String>,
    pub staff: Vec<String>,
    pub former: Vec<String>,
}

fn searched(what: &str, tables: &[String]) -> String {
    if tables.is_empty() {
        format!("no {what} was among the inputs")
    } else {
        format!("searched {}", tables.join(", "))
    }
}

/// A provider finding as it goes into the report.
fn finding(
    def: &RuleDef,
    severity: Severity,
    status: Status,
    place: Option<(&Place, Option<CellRef>)>,
    message: String,
    evidence: Option<String>,
    facts: Facts,
) -> Finding {
    let (file, location) = match place {
        Some((p, cell)) => (
            p.file.clone(),
            Location {
                sheet: Some(p.sheet.clone()),
                cell: cell.map(|c| c.to_string()),
                row: Some(cell.map_or(p.row, |c| c.row)),
                ..Location::default()
            },
        ),
        None => (String::new(), Location::default()),
    };
    Finding {
        rule: def.id.clone(),
        area: def.area,
        severity,
        status,
        file,
        location,
        evidence,
        // A pass says what was found; the title names what would be missing.
        message: if status == Status::Gap {
            format!("{}: {message}", def.title)
        } else {
            message
        },
        remedy: (status == Status::Gap).then(|| def.remedy.trim().to_string()),
        facts: (!facts.is_empty()).then_some(facts),
    }
}

fn contract_facts(view: &ProviderView, as_of: NaiveDate) -> Facts {
    let active: Vec<String> = view
        .contracts
        .iter()
        .filter(|c| c.active_on(as_of))
        .map(|c| c.label())
        .collect();
    // One contract is named; several would make a label no tool could use.
    Facts {
        contract: (active.len() == 1).then(|| active[0].clone()),
        ..Facts::default()
    }
}

fn contract_phrase(view: &ProviderView, as_of: NaiveDate) -> String {
    let active: Vec<String> = view
        .contracts
        .iter()
        .filter(|c| c.active_on(as_of))
        .map(|c| match (c.start, c.end) {
            (Some(s), Some(e)) => format!("{} ({s} to {e})", c.label()),
            (Some(s), None) => format!("{} (from {s})", c.label()),
            _ => c.label(),
        })
        .collect();
    if !active.is_empty() {
        format!("holds contract {}", active.join(", "))
    } else {
        format!("holds the contract in {}", view.documents.join(", "))
    }
}

/// Runs the provider rules for one provider.
pub fn check_provider(
    pack: &RulePack,
    view: &ProviderView,
    searched_in: &Searched,
    as_of: NaiveDate,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let active = view.has_active_contract(as_of);
    let rule = |id: &str| pack.get(id);

    // ES-53 / ES-54: supplier register.
    if let Some(def) = rule("ES-53") {
        if active && view.suppliers.is_empty() && !searched_in.suppliers.is_empty() {
            out.push(finding(
                def,
                def.severity,
                Status::Gap,
                None,
                format!(
                    "{} {} but has no row in the supplier register ({})",
                    view.name,
                    contract_phrase(view, as_of),
                    searched("supplier register", &searched_in.suppliers)
                ),
                None,
                contract_facts(view, as_of),
            ));
        }
        let months = number_param(def, "max_age_months", 12.0) as u32;
        let cutoff = as_of
            .checked_sub_months(Months::new(months))
            .unwrap_or(as_of);
        for row in &view.suppliers {
            let accepted = row.code_of_conduct.as_deref().is_some_and(|t| {
                yes_no(Some(t)) == Some(true)
                    || crate::read::sheet::Cell::Text(t.to_string())
                        .as_date()
                        .is_some_and(|d| d <= as_of)
            });
            let assured = row.assurance.is_some_and(|d| d <= as_of);
            if !accepted && !assured {
                let what = row.code_of_conduct.as_deref().unwrap_or("blank");
                out.push(finding(def, def.severity, Status::Gap, Some((&row.place, Some(row.code_cell))),
                    format!("{} has no code-of-conduct acceptance or ethics assurance (code of conduct: '{what}')", view.name),
                    row.code_of_conduct.clone(), Facts::default()));
            } else if let Some(d) = row.assurance.filter(|d| *d < cutoff) {
                out.push(finding(def, def.severity.lowered(), Status::Gap, Some((&row.place, Some(row.assurance_cell))),
                    format!("{}'s ethics assurance is dated {d}, more than {months} months before {as_of}", view.name),
                    Some(d.to_string()), Facts::default()));
            } else {
                out.push(finding(
                    def,
                    def.severity,
                    Status::Pass,
                    Some((
                        &row.place,
                        Some(if assured {
                            row.assurance_cell
                        } else {
                            row.code_cell
                        }),
                    )),
                    format!(
                        "{} has accepted the code of conduct or given an ethics assurance",
                        view.name
                    ),
                    row.code_of_conduct
                        .clone()
                        .or_else(|| row.assurance.map(|d| d.to_string())),
                    Facts::default(),
                ));
            }
        }
    }
    if let Some(def) = rule("ES-54") {
        let months = number_param(def, "max_age_months", 12.0) as u32;
        let cutoff = as_of
            .checked_sub_months(Months::new(months))
            .unwrap_or(as_of);
        for row in &view.suppliers {
            for (name, value, cell) in &row.policies {
                if yes_no(value.as_deref()) != Some(true) {
                    out.push(finding(
                        def,
                        def.severity,
                        Status::Gap,
                        Some((&row.place, Some(*cell))),
                        format!(
                            "{} has no {} recorded ('{}')",
                            view.name,
                            policy_name(name),
                            value.as_deref().unwrap_or("blank")
                        ),
                        value.clone(),
                        Facts::default(),
                    ));
                }
            }
            if row.has_training_column {
                match row.training {
                    Some(d) if d < cutoff => out.push(finding(def, def.severity, Status::Gap, Some((&row.place, Some(row.training_cell))),
                        format!("{}'s last ethics training was on {d}, more than {months} months before {as_of}", view.name),
                        Some(d.to_string()), Facts::default())),
                    Some(_) => {}
                    None if yes_no(row.training_text.as_deref()) == Some(true) => {}
                    None => out.push(finding(def, def.severity, Status::Gap, Some((&row.place, Some(row.training_cell))),
                        format!("{} has no ethics training date recorded ('{}')", view.name, row.training_text.as_deref().unwrap_or("blank")),
                        row.training_text.clone(), Facts::default())),
                }
            }
        }
    }

    // COI-52 / COI-57: declarations.
    let staff_names: BTreeSet<String> = view
        .staff
        .iter()
        .filter_map(|s| s.name.as_deref().map(person_key))
        .collect();
    let own_declarations: Vec<&&DeclarationRow> = view.declarations.iter().collect();
    if let Some(def) = rule("COI-52") {
        if active {
            match own_declarations
                .iter()
                .max_by_key(|d| (d.declared, d.place.clone()))
            {
                Some(d) => out.push(finding(
                    def,
                    def.severity,
                    Status::Pass,
                    Some((&d.place, None)),
                    format!(
                        "{} has a declaration{} on file",
                        view.name,
                        if d.nil { " (nil return)" } else { "" }
                    ),
                    d.person.clone(),
                    Facts {
                        person: d.person.clone(),
                        ..Facts::default()
                    },
                )),
                None => out.push(finding(
                    def,
                    def.severity,
                    Status::Gap,
                    None,
                    format!(
                        "{} {} but has no declaration or nil return on file ({})",
                        view.name,
                        contract_phrase(view, as_of),
                        searched("declarations register", &searched_in.declarations)
                    ),
                    None,
                    contract_facts(view, as_of),
                )),
            }
        }
    }
    if let Some(def) = rule("COI-57") {
        let months = number_param(def, "max_age_months", 12.0) as u32;
        let cutoff = as_of
            .checked_sub_months(Months::new(months))
            .unwrap_or(as_of);
        for staff in view.staff.iter().filter(|s| s.decision_maker) {
            let Some(name) = &staff.name else { continue };
            let key = person_key(name);
            let current = view.declarations.iter().any(|d| {
                d.person.as_deref().map(person_key).as_deref() == Some(key.as_str())
                    && d.latest()
                        .is_some_and(|(date, _)| date >= cutoff && date <= as_of)
            });
            if !current {
                out.push(finding(def, def.severity, Status::Gap, Some((&staff.place, None)),
                    format!("{name}, decision-making staff at {}, has no declaration or nil return in the {months} months before {as_of} ({})", view.name, searched("declarations register", &searched_in.declarations)),
                    Some(name.clone()), Facts { person: Some(name.clone()), ..Facts::default() }));
            }
        }
    }
    let _ = staff_names;

    // COI-54: revolving door.
    if let Some(def) = rule("COI-54") {
        for person in &view.former {
            out.extend(revolving_door(def, view, person, as_of));
        }
    }

    // CDM-52 continuity, CDM-53 sequence.
    let mut by_period: Vec<(&Period, &&ReturnRow)> = view
        .returns
        .iter()
        .filter_map(|r| r.period.as_ref().map(|p| (p, r)))
        .collect();
    by_period.sort_by(|a, b| (a.0, &a.1.place).cmp(&(b.0, &b.1.place)));
    if let Some(def) = rule("CDM-52") {
        for pair in by_period.windows(2) {
            let ((p0, r0), (p1, r1)) = (pair[0], pair[1]);
            if p0.end.succ_opt() != Some(p1.start) {
                continue;
            }
            if let (Some(cf), Some(bf)) = (r0.carried_forward, r1.brought_forward) {
                if cf != bf {
                    out.push(finding(def, def.severity.lowered(), Status::Gap, Some((&r1.place, Some(r1.brought_forward_cell))),
                        format!("brought forward for {p1} ({bf}) is not the carried forward of {p0} ({cf}, {})", r0.place.label()),
                        Some(bf.to_string()), Facts { period: Some(p1.to_string()), ..Facts::default() }));
                }
            }
        }
    }
    if let Some(def) = rule("CDM-53") {
        out.extend(period_sequence(def, view, &by_period, as_of));
    }

    // CDM-55 / CDM-56: complaint and satisfaction data.
    let service = view.has_active_service_contract(as_of);
    let term = view.term(as_of);
    let in_term = |p: &Option<Period>| match (p, term) {
        (Some(p), Some((s, e))) => p.start <= e && s <= p.end,
        _ => true,
    };
    if let Some(def) = rule("CDM-55") {
        if service {
            let evidence = view
                .returns
                .iter()
                .find(|r| in_term(&r.period))
                .map(|r| &r.place)
                .or_else(|| {
                    view.cases
                        .iter()
                        .find(|c| in_term(&c.period))
                        .map(|c| &c.place)
                });
            match evidence {
                Some(place) => out.push(finding(
                    def,
                    def.severity,
                    Status::Pass,
                    Some((place, None)),
                    format!("{} has complaint data for its contract term", view.name),
                    None,
                    Facts::default(),
                )),
                None => out.push(finding(
                    def,
                    def.severity,
                    Status::Gap,
                    None,
                    format!(
                        "{} {} but has no complaint return or case log rows for its term ({})",
                        view.name,
                        contract_phrase(view, as_of),
                        searched("complaints return", &searched_in.returns)
                    ),
                    None,
                    contract_facts(view, as_of),
                )),
            }
        }
    }
    if let Some(def) = rule("CDM-56") {
        if service {
            match view.satisfaction.iter().find(|s| in_term(&s.period)) {
                Some(s) => out.push(finding(
                    def,
                    def.severity,
                    Status::Pass,
                    Some((&s.place, None)),
                    format!(
                        "{} has user-satisfaction data for its contract term",
                        view.name
                    ),
                    None,
                    Facts::default(),
                )),
                None => out.push(finding(
                    def,
                    def.severity,
                    Status::Gap,
                    None,
                    format!(
                        "{} {} but has no user-satisfaction or feedback results ({})",
                        view.name,
                        contract_phrase(view, as_of),
                        searched("satisfaction table", &searched_in.satisfaction)
                    ),
                    None,
                    contract_facts(view, as_of),
                )),
            }
        }
    }
    out
}

/// COI-53: a declared interest in a supplier that holds a contract, with no mitigation
/// recorded. `contracted`: provider key -> earliest contract start (if known). Interests
/// that ended before the supplier's contracts began do not count.
pub fn declared_interests(
    pack: &RulePack,
    declarations: &[&DeclarationRow],
    contracted: &BTreeMap<ProviderKey, (String, Option<NaiveDate>)>,
    key_of: &dyn Fn(&str) -> ProviderKey,
) -> Vec<(ProviderKey, Finding)> {
    let Some(def) = pack.get("COI-53") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for d in declarations {
        if d.nil || d.is_gift {
            continue;
        }
        let Some(counterparty) = &d.counterparty else {
            continue;
        };
        let key = key_of(counterparty);
        let Some((name, start)) = contracted.get(&key) else {
            continue;
        };
        if let (Some(ended), Some(start)) = (d.interest_to, start) {
            if ended < *start {
                continue;
            }
        }
        let mitigated = d.action.as_deref().is_some_and(|a| {
            let a = a.trim().to_ascii_lowercase();
            !matches!(
                a.trim_end_matches('.'),
                "none"
                    | "no"
                    | "no action"
                    | "nil"
                    | "n/a"
                    | "na"
                    | "-"
                    | "not required"
                    | "none required"
                    | "no action required"
                    | "no action taken"
            )
        });
        if !mitigated {
            let person = d.person.clone().unwrap_or_else(|| "a declarant".into());
            out.push((key.clone(), finding(def, def.severity, Status::Gap, Some((&d.place, Some(d.action_cell))),
                format!("{person} declared an interest in {name}, which holds a contract, but no mitigation is recorded (action: '{}')", d.action.as_deref().unwrap_or("blank")),
                d.action.clone(), Facts { person: d.person.clone(), ..Facts::default() })));
        }
    }
    out
}

/// How a policy column is named in messages.
fn policy_name(field: &str) -> &str {
    match field {
        "whistleblowing" => "whistleblowing (speaking up) policy",
        "anti-bribery" => "anti-bribery policy",
        "conflicts-policy" => "conflicts of interest policy",
        "gifts-register" => "gifts and hospitality register",
        other => other,
    }
}

/// A person's name folded for matching (case, punctuation, titles dropped). Surname-only
/// names never match a full name.
pub fn person_key(name: &str) -> String {
    let folded: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded
        .split_whitespace()
        .filter(|w| {
            !matches!(
                *w,
                "mr" | "mrs"
                    | "ms"
                    | "miss"
                    | "dr"
                    | "prof"
                    | "sir"
                    | "dame"
                    | "cllr"
                    | "rt"
                    | "hon"
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Cooling-off window in years for a grade: two for ministers and the senior civil service
/// (or when the grade is unknown), one for Grade 6 and below.
fn window_years(grade: Option<&str>) -> u32 {
    let Some(g) = grade else { return 2 };
    let g = g.to_ascii_lowercase();
    let junior = [
        "grade 6",
        "grade 7",
        "g6",
        "g7",
        "seo",
        "heo",
        "eo",
        "ao",
        "aa",
        "band",
        "executive officer",
        "senior executive officer",
        "higher executive officer",
    ];
    if g.contains("minister")
        || g.contains("scs")
        || g.contains("senior civil service")
        || g.contains("permanent secretary")
        || g.contains("director")
    {
        2
    } else if junior.iter().any(|j| {
        g.split(|c: char| !c.is_alphanumeric())
            .collect::<Vec<_>>()
            .join(" ")
            .contains(j)
    }) {
        1
    } else {
        2
    }
}

fn revolving_door(
    def: &RuleDef,
    view: &ProviderView,
    person: &FormerRow,
    as_of: NaiveDate,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let name = person
        .name
        .clone()
        .unwrap_or_else(|| "a former office holder".into());
    let facts = Facts {
        person: person.name.clone(),
        ..Facts::default()
    };
    for (field, text, cell) in &person.unreadable_dates {
        out.push(finding(
            def,
            def.severity,
            Status::Gap,
            Some((&person.place, Some(*cell))),
            format!("{name}: {field} '{text}' is not a date, so the cooling-off window cannot be checked"),
            Some(text.clone()),
            facts.clone(),
        ));
    }
    // The staff register may say when the person took up the post where the list does not.
    let started = person.started.or_else(|| {
        let key = person_key(person.name.as_deref()?);
        view.staff
            .iter()
            .filter(|s| s.name.as_deref().map(person_key).as_deref() == Some(key.as_str()))
            .find_map(|s| s.appointed)
    });
    let (Some(left), Some(started)) = (person.left, started) else {
        return out;
    };
    if started < left {
        out.push(finding(def, def.severity, Status::Gap, Some((&person.place, Some(person.started_cell))),
            format!("{name} is recorded as joining {} on {started}, before leaving office on {left}: check the dates", view.name),
            Some(started.to_string()), facts));
        return out;
    }
    let years = window_years(person.grade.as_deref());
    let window_end = left
        .checked_add_months(Months::new(12 * years))
        .unwrap_or(left);
    let grade = person
        .grade
        .as_deref()
        .map(|g| format!(" as {g}"))
        .unwrap_or_default();
    if started < window_end {
        match person.advice {
            Some(true) => {}
            _ if person.declared => out.push(finding(def, def.severity.lowered(), Status::Gap, Some((&person.place, Some(person.advice_cell))),
                format!("{name} left office on {left}{grade} and joined {} on {started}, inside the {years}-year window; declared but no advice recorded", view.name),
                None, facts.clone())),
            _ => out.push(finding(def, def.severity, Status::Gap, Some((&person.place, Some(person.advice_cell))),
                format!("{name} left office on {left}{grade} and joined {} on {started}, inside the {years}-year window, with no advice recorded", view.name),
                None, facts.clone())),
        }
    }
    if let Some(wait) = person.waiting_end.filter(|w| started < *w) {
        out.push(finding(
            def,
            def.severity,
            Status::Gap,
            Some((&person.place, Some(person.started_cell))),
            format!(
                "{name} joined {} on {started}, before the waiting period ended on {wait}",
                view.name
            ),
            Some(started.to_string()),
            facts,
        ));
    }
    let _ = as_of;
    out
}

/// CDM-53: periods missing or repeated between the first and last return, and across the
/// contract term (a period is due once it has ended).
fn period_sequence(
    def: &RuleDef,
    view: &ProviderView,
    by_period: &[(&Period, &&ReturnRow)],
    as_of: NaiveDate,
) -> Vec<Finding> {
    let mut out = Vec::new();
    if by_period.is_empty() {
        return out;
    }
    // Duplicates.
    let mut seen: BTreeMap<&Period, &&ReturnRow> = BTreeMap::new();
    for (p, r) in by_period {
        match seen.get(p) {
            Some(first) => {
                let same = first.figures == r.figures;
                let severity = if same {
                    def.severity
                } else {
                    Severity::Error.max(def.severity)
                };
                out.push(finding(
                    def,
                    severity,
                    Status::Gap,
                    Some((&r.place, None)),
                    format!(
                        "{} has two returns for {p} ({} and {}){}",
                        view.name,
                        first.place.label(),
                        r.place.label(),
                        if same {
                            " with the same figures"
                        } else {
                            " with different figures"
                        }
                    ),
                    None,
                    Facts {
                        period: Some(p.to_string()),
                        ..Facts::default()
                    },
                ));
            }
            None => {
                seen.insert(p, r);
            }
        }
    }
    // The granularity most returns use.
    let mut lengths: BTreeMap<u32, usize> = BTreeMap::new();
    for p in seen.keys() {
        if let Some(m) = p.whole_months() {
            *lengths.entry(m).or_default() += 1;
        }
    }
    let Some((&months, _)) = lengths
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
    else {
        return out;
    };
    if ![1, 3, 6, 12].contains(&months) {
        return out;
    }
    let periods: Vec<&Period> = seen
        .keys()
        .copied()
        .filter(|p| p.whole_months() == Some(months))
        .collect();
    let first = periods[0];
    let last = periods[periods.len() - 1];
    // Expected periods: aligned to the returns' own months, from the earlier of the first
    // return and the term's start, to the later of the last return and the last period
    // ended before as-of within the term.
    let mut from = first.start;
    let mut to = last.end;
    if let Some((start, end)) = view.term(as_of) {
        while from > start {
            match from.checked_sub_months(Months::new(months)) {
                Some(f) => from = f,
                None => break,
            }
        }
        if from
            .checked_add_months(Months::new(months))
            .is_some_and(|next| next <= start)
        {
            from = from.checked_add_months(Months::new(months)).unwrap_or(from);
        }
        let horizon = end.min(as_of);
        while let Some(next_end) = to
            .succ_opt()
            .and_then(|s| s.checked_add_months(Months::new(months)))
            .and_then(|e| e.pred_opt())
            .filter(|e| *e < horizon)
        {
            to = next_end;
        }
    }
    let have: BTreeSet<(NaiveDate, NaiveDate)> = periods.iter().map(|p| (p.start, p.end)).collect();
    let mut start = from;
    let mut guard = 0;
    while start <= to && guard < 600 {
        guard += 1;
        let Some(end) = start
            .checked_add_months(Months::new(months))
            .and_then(|e| e.pred_opt())
        else {
            break;
        };
        let covered =
            have.contains(&(start, end)) || seen.keys().any(|p| p.start <= start && end <= p.end);
        if !covered && end < as_of {
            let p = Period { start, end };
            out.push(finding(
                def,
                def.severity,
                Status::Gap,
                None,
                format!(
                    "{} has no complaint return for {}{} (returns found: {} to {})",
                    view.name,
                    p,
                    fy_hint(&p),
                    first,
                    last
                ),
                None,
                Facts {
                    period: Some(p.to_string()),
                    ..contract_facts(view, as_of)
                },
            ));
        }
        match start.checked_add_months(Months::new(months)) {
            Some(s) => start = s,
            None => break,
        }
    }
    out
}

/// ` (2025/26 Q2)` for a calendar quarter, so finance staff recognise it.
fn fy_hint(p: &Period) -> String {
    if p.whole_months() != Some(3) {
        return String::new();
    }
    let (y, m) = (p.start.year(), p.start.month());
    let (fy, q) = if m >= 4 {
        (y, (m - 4) / 3 + 1)
    } else {
        (y - 1, 4)
    };
    format!(" ({fy}/{:02} Q{q})", (fy + 1) % 100)
}

/// The provider a row names, keyed: used by the join to place rows.
pub fn name_key(name: &str) -> ProviderKey {
    names::provider_key(name)
}
