//! The join stage: groups evaluated contract documents into contracts (single documents, or
//! packs that share a contract reference or a marked folder) and contracts into providers,
//! turning clause outcomes into findings. A contract's rule is met if any of its documents
//! meets it; a provider keeps one set of findings per contract, so one contract's pass never
//! hides another's gap. A contract whose provider cannot be found goes under "unattributed"
//! with an ES-52 finding saying so.

use crate::model::{
    Area, ClauseOutcome, Facts, Finding, Location, ProviderKey, RuleId, Severity, Status, Verdict,
};
use crate::normalise::parties::Parties;
use crate::report::ProviderReport;
use crate::rules::{RuleDef, RulePack};
use std::collections::BTreeMap;

/// One contract document after evaluation: all the join needs, and no text.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluatedDocument {
    /// The path as the report prints it.
    pub file: String,
    /// The marked pack folder this document belongs to, as the report prints it.
    pub pack: Option<String>,
    pub parties: Parties,
    pub outcomes: Vec<ClauseOutcome>,
}

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
    let mut providers: BTreeMap<ProviderKey, ProviderReport> = BTreeMap::new();
    for contract in group_contracts(&docs) {
        let attribution = attribute(&contract);
        let (key, name) = match &attribution {
            Attribution::Provider(key, name) => (key.clone(), name.clone()),
            _ => (ProviderKey::unattributed(), "unattributed".to_string()),
        };
        let report = providers
            .entry(key.clone())
            .or_insert_with(|| ProviderReport {
                name,
                key: key.0.clone(),
                contracts: Vec::new(),
                findings: Vec::new(),
            });
        report
            .contracts
            .extend(contract.documents.iter().map(|d| d.file.clone()));
        report.findings.extend(contract_findings(&contract, pack));
        if let Some(finding) = attribution_finding(&contract, &attribution, pack) {
            report.findings.push(finding);
        }
    }
    let mut reports: Vec<ProviderReport> = providers.into_values().collect();
    for r in &mut reports {
        r.contracts.sort();
        r.contracts.dedup();
        r.findings.sort_by(|a, b| {
            (a.rule.sort_key(), &a.file, &a.location).cmp(&(
                b.rule.sort_key(),
                &b.file,
                &b.location,
            ))
        });
    }
    // Unattributed last, so the named providers lead the report.
    reports.sort_by_key(|r| (r.key == ProviderKey::UNATTRIBUTED, r.key.clone()));
    reports
}

/// Documents sharing a pack folder, or a contract reference, form one contract; the rest
/// stand alone. Order follows the documents' own (sorted) order.
fn group_contracts(docs: &[EvaluatedDocument]) -> Vec<Contract<'_>> {
    let mut contracts: Vec<Contract> = Vec::new();
    let mut by_label: BTreeMap<String, usize> = BTreeMap::new();
    for doc in docs {
        let label = doc.pack.as_ref().map(|p| format!("pack {p}")).or_else(|| {
            doc.parties
                .contract_ref
                .as_ref()
                .map(|r| format!("ref {}", r.to_uppercase()))
        });
        match label {
            Some(label) => match by_label.get(&label) {
                Some(&i) => contracts[i].documents.push(doc),
                None => {
                    by_label.insert(label, contracts.len());
                    contracts.push(Contract {
                        label: doc
                            .parties
                            .contract_ref
                            .clone()
                            .or_else(|| doc.pack.clone()),
                        documents: vec![doc],
                    });
                }
            },
            None => contracts.push(Contract {
                label: None,
                documents: vec![doc],
            }),
        }
    }
    contracts
}

enum Attribution {
    Provider(ProviderKey, String),
    /// No document names a provider.
    None,
    /// Documents of one contract name different providers.
    Ambiguous(Vec<String>),
}

fn attribute(contract: &Contract) -> Attribution {
    let mut named: BTreeMap<ProviderKey, String> = BTreeMap::new();
    for doc in &contract.documents {
        if let Some(p) = &doc.parties.provider {
            named.entry(p.key.clone()).or_insert_with(|| p.name.clone());
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

/// One finding per clause rule for the contract, from the best outcome over its documents.
fn contract_findings(contract: &Contract, pack: &RulePack) -> Vec<Finding> {
    let first_file = contract.documents[0].file.clone();
    let mut best: BTreeMap<&RuleId, (&ClauseOutcome, &str)> = BTreeMap::new();
    for doc in &contract.documents {
        for outcome in &doc.outcomes {
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
    let searched = if contract.documents.len() > 1 {
        format!(
            "; not found in any of the contract's {} documents",
            contract.documents.len()
        )
    } else {
        String::new()
    };
    best.into_values()
        .filter_map(|(outcome, file)| {
            let def = pack.get(outcome.rule.as_str())?;
            Some(finding_for(
                def,
                outcome,
                file,
                &first_file,
                &searched,
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
    searched_in: &str,
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
            format!("{}: found", def.title),
            None,
            file,
        ),
        Verdict::Weak => (
            Status::Gap,
            def.severity.lowered(),
            format!("{}: weak: {}", def.title, outcome.note),
            Some(def.remedy.trim().to_string()),
            file,
        ),
        Verdict::Missing => (
            Status::Gap,
            def.severity,
            format!("{}: missing ({}{searched_in})", def.title, outcome.note),
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

/// ES-52 for a contract that cannot be tied to exactly one provider.
fn attribution_finding(
    contract: &Contract,
    attribution: &Attribution,
    pack: &RulePack,
) -> Option<Finding> {
    let detail = match attribution {
        Attribution::Provider(..) => return None,
        Attribution::None => format!(
            "no provider found in the parties clause of {}",
            contract
                .documents
                .iter()
                .map(|d| d.file.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Attribution::Ambiguous(names) => format!(
            "the documents name different providers: {}",
            names.join("; ")
        ),
    };
    let def = pack.get(ATTRIBUTION_RULE);
    let title = def.map_or("Contract attribution", |d| d.title.as_str());
    Some(Finding {
        rule: RuleId::parse(ATTRIBUTION_RULE)?,
        area: Area::EthicalStandards,
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
            outcomes: verdicts.iter().map(|(r, v)| outcome(r, *v, file)).collect(),
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
                &[("ES-01", Verdict::Missing), ("ES-05", Verdict::Weak)],
            ),
            doc(
                "sched.docx",
                None,
                Some("c-1"),
                &[("ES-01", Verdict::Satisfied), ("ES-05", Verdict::Missing)],
            ),
        ];
        let providers = join(docs, &pack());
        assert_eq!(providers.len(), 1);
        let es01 = providers[0]
            .findings
            .iter()
            .find(|f| f.rule.as_str() == "ES-01")
            .unwrap();
        assert_eq!(es01.status, Status::Pass);
        assert_eq!(es01.file, "sched.docx");
        let es05 = providers[0]
            .findings
            .iter()
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
        let statuses: Vec<_> = providers[0]
            .findings
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
        let es52: Vec<_> = providers[1]
            .findings
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
        let f = &providers[0].findings[0];
        assert_eq!((f.status, f.severity), (Status::Gap, Severity::Warning));
        assert!(f.evidence.is_some() && f.remedy.is_some());
    }
}
