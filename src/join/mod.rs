//! The join stage: groups evaluated contract documents into contracts (single documents, or
//! packs that share a contract reference or a marked folder) and contracts into providers,
//! turning clause outcomes into findings. A contract's rule is met if any of its documents
//! meets it; a provider keeps one set of findings per contract, so one contract's pass never
//! hides another's gap. A contract whose provider cannot be found goes under "unattributed"
//! with an ES-52 finding saying so.

pub mod registers;
pub mod run;

use crate::model::{
    Area, ClauseOutcome, Facts, Finding, Location, Provider, ProviderKey, RuleId, Severity, Status,
    Verdict,
};
use crate::normalise::parties::Parties;
use crate::packed::Packed;
use crate::report::{Findings, ProviderReport};
use crate::rules::{RuleDef, RulePack};
use rayon::prelude::*;
use std::collections::BTreeMap;

/// One contract document after evaluation: all the join needs, and no text. Serialisable so
/// that shard outputs can carry it to `probity merge`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EvaluatedDocument {
    /// The path as the report prints it.
    pub file: String,
    /// The marked pack folder this document belongs to, as the report prints it.
    pub pack: Option<String>,
    pub parties: Parties,
    /// Packed: a bulk scan holds every document's outcomes, with their evidence, until the
    /// join (see `crate::packed`).
    pub outcomes: PackedOutcomes,
}

pub type PackedOutcomes = Packed<Vec<ClauseOutcome>>;

/// The rule that says a contract could not be tied to a provider.
const ATTRIBUTION_RULE: &str = "ES-52";

/// Documents judged together as one contract.
struct Contract<'a> {
    /// The contract reference or pack folder that holds the documents together, if any.
    label: Option<String>,
    documents: Vec<&'a EvaluatedDocument>,
}

/// Providers sorted by key (unattributed last), each with its contracts and findings.
pub fn join(docs: Vec<EvaluatedDocument>, pack: &RulePack) -> Vec<ProviderReport> {
    let mut reports = join_with(docs, pack, &BTreeMap::new(), &BTreeMap::new());
    finish(&mut reports);
    reports
}

/// Puts every provider's findings in report order, in parallel (each provider's findings
/// are unpacked, sorted and packed again).
pub fn finish(reports: &mut [ProviderReport]) {
    reports.par_iter_mut().for_each(|r| r.findings.finish());
}

/// As `join`, with providers the contract register gives for some documents (by file):
/// the register wins over the parties clause; and the register's contract reference names a
/// contract whose documents state none. The findings are not yet in report order (`finish`).
pub fn join_with(
    mut docs: Vec<EvaluatedDocument>,
    pack: &RulePack,
    register: &BTreeMap<String, Provider>,
    references: &BTreeMap<String, String>,
) -> Vec<ProviderReport> {
    // Each document's outcomes are let go once its contract's findings are made, so the join
    // never holds every document's outcomes and every provider's findings at once.
    let mut outcomes: BTreeMap<String, PackedOutcomes> = docs
        .iter_mut()
        .map(|d| {
            let taken = std::mem::replace(&mut d.outcomes, Packed::pack(&Vec::new()));
            (d.file.clone(), taken)
        })
        .collect();
    // Each contract takes its documents' outcomes, then contracts are judged in parallel
    // (unpacking outcomes and packing findings is most of the join's work); `collect` keeps
    // their order, so the report does not depend on the thread count.
    let contracts: Vec<(Contract, Vec<Option<PackedOutcomes>>)> = group_contracts(&docs)
        .into_iter()
        .map(|mut contract| {
            if contract.label.is_none() {
                contract.label = contract
                    .documents
                    .iter()
                    .find_map(|d| references.get(&d.file).cloned());
            }
            let taken = contract
                .documents
                .iter()
                .map(|d| outcomes.remove(&d.file))
                .collect();
            (contract, taken)
        })
        .collect();
    let judged: Vec<(Contract, Attribution, Findings)> = contracts
        .into_par_iter()
        .map(|(contract, taken)| {
            let attribution = attribute(&contract, register);
            let mut findings = contract_findings(&contract, pack, taken);
            findings.extend(attribution_finding(&contract, &attribution, pack));
            let mut batch = Findings::default();
            batch.extend(findings);
            (contract, attribution, batch)
        })
        .collect();
    let mut providers: BTreeMap<ProviderKey, ProviderReport> = BTreeMap::new();
    for (contract, attribution, findings) in judged {
        let (key, name) = match attribution {
            Attribution::Provider(key, name) => (key, name),
            _ => (ProviderKey::unattributed(), "unattributed".to_string()),
        };
        let report = providers
            .entry(key.clone())
            .or_insert_with(|| ProviderReport {
                name,
                key: key.0.clone(),
                contracts: Vec::new(),
                records: None,
                findings: Findings::default(),
            });
        report
            .contracts
            .extend(contract.documents.iter().map(|d| d.file.clone()));
        report.findings.append(findings);
    }
    let mut reports: Vec<ProviderReport> = providers.into_values().collect();
    for r in &mut reports {
        r.contracts.sort();
        r.contracts.dedup();
    }
    // Unattributed last, so the named providers lead the report.
    reports.sort_by_key(|r| (r.key == ProviderKey::UNATTRIBUTED, r.key.clone()));
    reports
}

/// Documents sharing a pack folder, or a contract reference in one folder, form one
/// contract; the rest stand alone. A framework reference alone ties nothing together: many
/// contracts are called off one framework. A reference joins only within a folder: in a bulk
/// scan, two authorities' "C-114" (or a tender number reused as a schedule's reference) are
/// different contracts, and joining them would leave both without a provider. Order follows
/// the documents' own (sorted) order.
fn group_contracts(docs: &[EvaluatedDocument]) -> Vec<Contract<'_>> {
    let mut contracts: Vec<Contract> = Vec::new();
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
    for doc in docs {
        let key = match (&doc.pack, own_reference(doc)) {
            (Some(pack), _) => Some(format!("pack {pack}")),
            (None, Some(reference)) => {
                let folder = std::path::Path::new(&doc.file)
                    .parent()
                    .unwrap_or(std::path::Path::new(""));
                Some(format!(
                    "ref {}\u{0}{}",
                    folder.display(),
                    reference.to_uppercase()
                ))
            }
            (None, None) => None,
        };
        match key.as_ref().and_then(|k| by_key.get(k)) {
            Some(&i) => contracts[i].documents.push(doc),
            None => {
                if let Some(k) = key {
                    by_key.insert(k, contracts.len());
                }
                contracts.push(Contract {
                    label: None,
                    documents: vec![doc],
                });
            }
        }
    }
    for contract in &mut contracts {
        contract.label = contract_label(&contract.documents);
    }
    contracts
}

/// The document's own contract reference, not a framework's.
fn own_reference(doc: &EvaluatedDocument) -> Option<&str> {
    if doc.parties.reference_is_framework() {
        return None;
    }
    doc.parties.contract_ref.as_deref()
}

/// What names a contract in the report: its reference, else its pack folder.
fn contract_label(documents: &[&EvaluatedDocument]) -> Option<String> {
    documents
        .iter()
        .find_map(|d| own_reference(d))
        .map(str::to_string)
        .or_else(|| documents.iter().find_map(|d| d.pack.clone()))
}

enum Attribution {
    Provider(ProviderKey, String),
    /// No document names a provider.
    None,
    /// Documents of one contract name different providers.
    Ambiguous(Vec<String>),
}

fn attribute(contract: &Contract, register: &BTreeMap<String, Provider>) -> Attribution {
    let mut named: BTreeMap<ProviderKey, String> = BTreeMap::new();
    for doc in &contract.documents {
        if let Some(p) = register.get(&doc.file) {
            named.entry(p.key.clone()).or_insert_with(|| p.name.clone());
        }
    }
    if !named.is_empty() {
        return match named.len() {
            1 => {
                let (key, name) = named.into_iter().next().unwrap_or_else(|| unreachable!());
                Attribution::Provider(key, name)
            }
            _ => Attribution::Ambiguous(named.into_values().collect()),
        };
    }
    // A document that names both parties (the core terms' parties clause) outranks one that
    // names the provider alone (a schedule's "Provider: Brightwell Care"): only when the
    // parties clauses disagree, or none names a provider and the others disagree, is the
    // contract's provider in doubt.
    for names_both in [true, false] {
        for doc in &contract.documents {
            if doc.parties.authority.is_some() != names_both {
                continue;
            }
            if let Some(p) = &doc.parties.provider {
                named.entry(p.key.clone()).or_insert_with(|| p.name.clone());
            }
        }
        if !named.is_empty() {
            break;
        }
    }
    match named.len() {
        0 => Attribution::None,
        1 => {
            let (key, name) = named.into_iter().next().unwrap_or_else(|| unreachable!());
            Attribution::Provider(key, name)
        }
        _ => Attribution::Ambiguous(named.into_values().collect()),
    }
}

/// One finding per clause rule for the contract, from the best outcome over its documents
/// (`outcomes` in the order of `contract.documents`).
fn contract_findings(
    contract: &Contract,
    pack: &RulePack,
    outcomes: Vec<Option<PackedOutcomes>>,
) -> Vec<Finding> {
    let first_file = contract.documents[0].file.clone();
    let unpacked: Vec<Vec<ClauseOutcome>> = outcomes
        .into_iter()
        .map(|p| p.map(|p| p.unpack()).unwrap_or_default())
        .collect();
    let mut best: BTreeMap<&RuleId, (&ClauseOutcome, &str)> = BTreeMap::new();
    for (doc, outcomes) in contract.documents.iter().zip(&unpacked) {
        for outcome in outcomes {
            let better = best
                .get(&outcome.rule)
                .is_none_or(|(b, _)| outcome.verdict > b.verdict);
            if better {
                best.insert(&outcome.rule, (outcome, doc.file.as_str()));
            }
        }
    }
    let facts = contract.label.as_ref().map(|c| Facts {
        contract: Some(c.clone()),
        ..Facts::default()
    });
    let documents = contract.documents.len();
    best.into_values()
        .filter_map(|(outcome, file)| {
            let def = pack.get(outcome.rule.as_str())?;
            Some(finding_for(
                def,
                outcome,
                file,
                &first_file,
                documents,
                facts.clone(),
            ))
        })
        .collect()
}

fn finding_for(
    def: &RuleDef,
    outcome: &ClauseOutcome,
    file: &str,
    first_file: &str,
    documents: usize,
    facts: Option<Facts>,
) -> Finding {
    let location = outcome
        .evidence
        .as_ref()
        .map(|e| e.location.clone())
        .unwrap_or_default();
    let evidence = outcome.evidence.as_ref().map(|e| e.text.clone());
    let (status, severity, message, remedy, file) = match outcome.verdict {
        Verdict::Satisfied => (
            Status::Pass,
            def.severity,
            format!("{}: found{}", def.title, detail(&outcome.note)),
            None,
            file,
        ),
        Verdict::Weak => (
            Status::Gap,
            def.severity.lowered(),
            format!("{}: only weakly met{}", def.title, detail(&outcome.note)),
            Some(def.remedy.trim().to_string()),
            file,
        ),
        Verdict::Missing => (
            Status::Gap,
            def.severity,
            if documents > 1 {
                format!(
                    "{}: not found in any of the contract's {documents} documents ({file}: {})",
                    def.title, outcome.note
                )
            } else {
                format!("{}: not found ({})", def.title, outcome.note)
            },
            Some(def.remedy.trim().to_string()),
            first_file,
        ),
    };
    Finding {
        rule: def.id.clone(),
        area: def.area,
        severity,
        status,
        file: file.to_string(),
        location,
        evidence,
        message,
        remedy,
        facts,
    }
}

/// The engine's note after a colon, unless it says no more than the verdict. The location
/// travels beside the message, so it is not repeated here.
fn detail(note: &str) -> String {
    let note = note.trim();
    if note.is_empty() || note.eq_ignore_ascii_case("satisfied") {
        String::new()
    } else {
        format!(": {note}")
    }
}

/// ES-52 for a contract that cannot be tied to exactly one provider.
fn attribution_finding(
    contract: &Contract,
    attribution: &Attribution,
    pack: &RulePack,
) -> Option<Finding> {
    let detail = match attribution {
        Attribution::Provider(..) => return None,
        Attribution::None => no_provider_detail(contract),
        Attribution::Ambiguous(names) => format!(
            "the documents of one contract name different providers ({}), so it is left unattributed",
            names.join("; ")
        ),
    };
    let def = pack.get(ATTRIBUTION_RULE);
    let title = def.map_or("Contract attribution", |d| d.title.as_str());
    Some(Finding {
        rule: RuleId::parse(ATTRIBUTION_RULE)?,
        area: def.map_or(Area::EthicalStandards, |d| d.area),
        severity: def.map_or(Severity::Warning, |d| d.severity),
        status: Status::Gap,
        file: contract.documents[0].file.clone(),
        location: Location::default(),
        evidence: None,
        message: format!("{title}: {detail}"),
        remedy: Some(def.map_or_else(
            || "Name the provider in the parties clause, or record the contract against its provider in the contract register.".to_string(),
            |d| d.remedy.trim().to_string(),
        )),
        facts: contract.label.as_ref().map(|c| Facts {
            contract: Some(c.clone()),
            ..Facts::default()
        }),
    })
}

/// Why no provider was found, and what was searched.
fn no_provider_detail(contract: &Contract) -> String {
    let files: Vec<&str> = contract.documents.iter().map(|d| d.file.as_str()).collect();
    let mut detail = format!(
        "no provider could be found: searched the parties clause, cover details and defined party terms of {}",
        files.join(", ")
    );
    let authority = contract
        .documents
        .iter()
        .find_map(|d| d.parties.authority.as_deref());
    if let Some(a) = authority {
        detail.push_str(&format!("; only the authority ({a}) is named"));
    } else if contract
        .documents
        .iter()
        .any(|d| !d.parties.provider_terms.is_empty())
    {
        detail.push_str("; the provider is defined but its name is blank or a placeholder");
    }
    detail
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Provider};
    use crate::normalise::names;

    fn outcome(rule: &str, verdict: Verdict, file: &str) -> ClauseOutcome {
        ClauseOutcome {
            rule: RuleId::parse(rule).unwrap(),
            verdict,
            evidence: (verdict != Verdict::Missing).then(|| Evidence {
                file: file.into(),
                text: format!("{rule} text in {file}"),
                location: Location::default(),
            }),
            note: "searched 3 sentences".into(),
        }
    }

    fn doc(
        file: &str,
        provider: Option<&str>,
        reference: Option<&str>,
        verdicts: &[(&str, Verdict)],
    ) -> EvaluatedDocument {
        EvaluatedDocument {
            file: file.into(),
            pack: None,
            parties: Parties {
                provider: provider.map(|p| Provider {
                    name: p.into(),
                    key: names::provider_key(p),
                }),
                contract_ref: reference.map(str::to_string),
                ..Parties::default()
            },
            outcomes: Packed::pack(&verdicts.iter().map(|(r, v)| outcome(r, *v, file)).collect()),
        }
    }

    fn pack() -> RulePack {
        RulePack::default_pack().unwrap()
    }

    #[test]
    fn a_pack_meets_a_rule_if_any_document_does_and_names_that_document() {
        let docs = vec![
            doc(
                "core.docx",
                Some("Acme Ltd"),
                Some("C-1"),
                &[
                    ("ES-01", Verdict::Missing),
                    ("ES-05", Verdict::Weak),
                    ("ES-06", Verdict::Missing),
                ],
            ),
            doc(
                "sched.docx",
                None,
                Some("c-1"),
                &[
                    ("ES-01", Verdict::Satisfied),
                    ("ES-05", Verdict::Missing),
                    ("ES-06", Verdict::Missing),
                ],
            ),
        ];
        let providers = join(docs, &pack());
        assert_eq!(providers.len(), 1);
        let es01 = providers[0]
            .findings
            .to_vec()
            .into_iter()
            .find(|f| f.rule.as_str() == "ES-01")
            .unwrap();
        assert_eq!(es01.status, Status::Pass);
        assert_eq!(es01.file, "sched.docx");
        let es05 = providers[0]
            .findings
            .to_vec()
            .into_iter()
            .find(|f| f.rule.as_str() == "ES-05")
            .unwrap();
        assert_eq!(
            (es05.status, es05.file.as_str()),
            (Status::Gap, "core.docx")
        );
        assert_eq!(
            es05.facts.as_ref().unwrap().contract.as_deref(),
            Some("C-1")
        );
        let es06 = providers[0]
            .findings
            .to_vec()
            .into_iter()
            .find(|f| f.rule.as_str() == "ES-06")
            .unwrap();
        assert_eq!(
            es06.file, "core.docx",
            "a gap names the contract's first document"
        );
        assert!(
            es06.message.contains("any of the contract's 2 documents"),
            "{}",
            es06.message
        );
    }

    #[test]
    fn one_contracts_pass_does_not_hide_anothers_gap() {
        let docs = vec![
            doc(
                "a.docx",
                Some("Acme Ltd"),
                None,
                &[("ES-01", Verdict::Satisfied)],
            ),
            doc(
                "b.docx",
                Some("ACME LIMITED"),
                None,
                &[("ES-01", Verdict::Missing)],
            ),
        ];
        let providers = join(docs, &pack());
        assert_eq!(providers.len(), 1, "Ltd and LIMITED are one provider");
        let statuses_all = providers[0].findings.to_vec();
        let statuses: Vec<_> = statuses_all
            .iter()
            .map(|f| (f.file.as_str(), f.status))
            .collect();
        assert_eq!(
            statuses,
            vec![("a.docx", Status::Pass), ("b.docx", Status::Gap)]
        );
    }

    #[test]
    fn unattributed_and_ambiguous_contracts_get_es52_and_come_last() {
        let docs = vec![
            doc(
                "z.docx",
                Some("Zed Care Ltd"),
                None,
                &[("ES-01", Verdict::Missing)],
            ),
            doc("anon.txt", None, None, &[("ES-01", Verdict::Missing)]),
            doc("p1.docx", Some("Acme Ltd"), Some("R-9"), &[]),
            doc("p2.docx", Some("Other Ltd"), Some("R-9"), &[]),
        ];
        let providers = join(docs, &pack());
        let names: Vec<_> = providers.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Zed Care Ltd", "unattributed"]);
        let es52_all = providers[1].findings.to_vec();
        let es52: Vec<_> = es52_all
            .iter()
            .filter(|f| f.rule.as_str() == "ES-52")
            .collect();
        assert_eq!(es52.len(), 2);
        assert!(es52
            .iter()
            .any(|f| f.message.contains("different providers")));
    }

    #[test]
    fn weak_is_a_gap_one_severity_lower_with_evidence() {
        let docs = vec![doc(
            "a.docx",
            Some("Acme Ltd"),
            None,
            &[("ES-01", Verdict::Weak)],
        )];
        let providers = join(docs, &pack());
        let f = &providers[0].findings.to_vec()[0];
        assert_eq!((f.status, f.severity), (Status::Gap, Severity::Warning));
        assert!(f.evidence.is_some() && f.remedy.is_some());
    }

    fn in_pack(mut d: EvaluatedDocument, pack: &str) -> EvaluatedDocument {
        d.pack = Some(pack.to_string());
        d
    }

    #[test]
    fn a_framework_reference_alone_does_not_make_one_contract() {
        let mut a = doc(
            "a.docx",
            Some("Acme Ltd"),
            None,
            &[("ES-01", Verdict::Satisfied)],
        );
        let mut b = doc(
            "b.docx",
            Some("Zed Ltd"),
            None,
            &[("ES-01", Verdict::Missing)],
        );
        for d in [&mut a, &mut b] {
            d.parties.contract_ref = Some("RM6089".into());
            d.parties.framework_ref = Some("RM6089".into());
        }
        let providers = join(vec![a, b], &pack());
        let names: Vec<_> = providers.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Acme Ltd", "Zed Ltd"]);
        assert!(providers
            .iter()
            .flat_map(|p| p.findings.to_vec())
            .all(|f| f.facts.is_none()));
    }

    #[test]
    fn a_parties_clause_outranks_a_schedules_own_name_for_the_provider() {
        let mut core = doc(
            "p/core.md",
            Some("Brightwell Home Care Limited"),
            Some("C-9"),
            &[],
        );
        core.parties.authority = Some("Westmarch County Council".into());
        let schedule = doc("p/sched.md", Some("Brightwell Care"), Some("C-9"), &[]);
        let providers = join(vec![core.clone(), schedule.clone()], &pack());
        let names: Vec<&str> = providers.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Brightwell Home Care Limited"]);
        // Two parties clauses that disagree leave the provider in doubt.
        let mut other = schedule;
        other.parties.authority = Some("Westmarch County Council".into());
        let providers = join(vec![core, other], &pack());
        let names: Vec<&str> = providers.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["unattributed"]);
    }

    #[test]
    fn a_reference_joins_documents_of_one_folder_only() {
        let docs = vec![
            doc(
                "a/core.md",
                Some("Acme Ltd"),
                Some("C-114"),
                &[("ES-01", Verdict::Missing)],
            ),
            doc(
                "a/sched.md",
                None,
                Some("c-114"),
                &[("ES-01", Verdict::Satisfied)],
            ),
            doc(
                "b/core.md",
                Some("Zed Ltd"),
                Some("C-114"),
                &[("ES-01", Verdict::Missing)],
            ),
        ];
        let providers = join(docs, &pack());
        let seen: Vec<(&str, Vec<String>)> = providers
            .iter()
            .map(|p| (p.name.as_str(), p.contracts.clone()))
            .collect();
        assert_eq!(
            seen,
            vec![
                (
                    "Acme Ltd",
                    vec!["a/core.md".to_string(), "a/sched.md".to_string()]
                ),
                ("Zed Ltd", vec!["b/core.md".to_string()]),
            ]
        );
        let acme = providers[0].findings.to_vec();
        assert_eq!((acme.len(), acme[0].status), (1, Status::Pass));
    }

    #[test]
    fn a_marked_pack_is_one_contract_named_by_its_reference_or_folder() {
        let docs = vec![
            in_pack(
                doc(
                    "p/core.md",
                    Some("Acme Ltd"),
                    None,
                    &[("ES-01", Verdict::Missing)],
                ),
                "p",
            ),
            in_pack(
                doc("p/sched.md", None, Some("C-7"), &[("ES-01", Verdict::Weak)]),
                "p",
            ),
            in_pack(
                doc(
                    "q/core.md",
                    Some("Acme Ltd"),
                    None,
                    &[("ES-01", Verdict::Missing)],
                ),
                "q",
            ),
        ];
        let providers = join(docs, &pack());
        assert_eq!(providers.len(), 1);
        let f = &providers[0].findings.to_vec();
        assert_eq!(f.len(), 2, "one finding per contract: {f:?}");
        let contracts: Vec<_> = f
            .iter()
            .map(|f| f.facts.as_ref().and_then(|x| x.contract.as_deref()))
            .collect();
        assert_eq!(contracts, vec![Some("C-7"), Some("q")]);
        assert_eq!(
            (f[0].file.as_str(), f[0].status),
            ("p/sched.md", Status::Gap)
        );
        assert_eq!(f[0].severity, Severity::Warning);
    }

    #[test]
    fn providers_and_findings_are_sorted() {
        let docs = vec![
            doc(
                "b.docx",
                Some("Beta Ltd"),
                None,
                &[
                    ("CDM-01", Verdict::Missing),
                    ("COI-01", Verdict::Missing),
                    ("ES-01", Verdict::Missing),
                ],
            ),
            doc(
                "a.docx",
                Some("Alpha Ltd"),
                None,
                &[("ES-01", Verdict::Missing)],
            ),
            doc("0.docx", None, None, &[("ES-01", Verdict::Missing)]),
        ];
        let providers = join(docs, &pack());
        let keys: Vec<_> = providers.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, vec!["alpha limited", "beta limited", "unattributed"]);
        let rules_all = providers[1].findings.to_vec();
        let rules: Vec<_> = rules_all.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules, vec!["ES-01", "COI-01", "CDM-01"]);
        let unattributed_all = providers[2].findings.to_vec();
        let unattributed: Vec<_> = unattributed_all.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(unattributed, vec!["ES-01", "ES-52"]);
    }

    #[test]
    fn messages_say_what_was_found_or_missing() {
        let mut d = doc(
            "a.docx",
            Some("Acme Ltd"),
            None,
            &[("ES-01", Verdict::Satisfied), ("ES-05", Verdict::Missing)],
        );
        let mut outcomes = d.outcomes.unpack();
        if let Some(e) = outcomes[0].evidence.as_mut() {
            e.location.clause = Some("12.1".into());
        }
        d.outcomes = Packed::pack(&outcomes);
        let providers = join(vec![d], &pack());
        let f = &providers[0].findings.to_vec();
        assert_eq!(f[0].status, Status::Pass);
        assert!(
            f[0].message
                .starts_with("Seven Principles of Public Life bind the provider: found"),
            "{}",
            f[0].message
        );
        assert!(f[0].remedy.is_none() && f[0].evidence.is_some());
        assert_eq!(f[1].status, Status::Gap);
        assert!(
            f[1].message.contains("searched 3 sentences"),
            "{}",
            f[1].message
        );
        assert!(f[1].remedy.is_some() && f[1].evidence.is_none());
    }

    #[test]
    fn without_es52_in_the_pack_the_built_in_text_is_used() {
        let mut pack = pack();
        pack.rules.retain(|r| r.id.as_str() != "ES-52");
        let mut d = doc("x.txt", None, None, &[]);
        d.parties.authority = Some("Northshire Council".into());
        let providers = join(vec![d], &pack);
        let f = &providers[0].findings.to_vec()[0];
        assert_eq!((f.rule.as_str(), f.severity), ("ES-52", Severity::Warning));
        assert!(f.message.contains("Northshire Council"), "{}", f.message);
        assert!(f.message.contains("searched"), "{}", f.message);
        assert!(f.remedy.is_some());
    }
}
