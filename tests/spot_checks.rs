//! Sentences written after the rules, as a reviewer would phrase them, each placed in a small
//! council contract and checked for pass or gap on one rule. A guard against rules that fit
//! only their own fixtures; when one fails, fix the rule for the general case.

use probity::evaluate::{evaluate_read_document, CompiledPack};
use probity::model::Verdict;
use probity::read::text::{read, Flavour};
use probity::rules::RulePack;

const CASES: &[(&str, bool, &str)] = &[
    // (rule, passes, clause 5.1)
    ("ES-01", true, "The Contractor agrees to act in accordance with the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership."),
    ("ES-05", true, "The Contractor must have in place an effective whistleblowing procedure for its staff."),
    ("COI-03", true, "The Contractor shall ensure that no gifts or hospitality are offered to Council staff."),
    ("CDM-01", true, "Complaints from service users shall be handled in accordance with the Contractor's complaints policy."),
    ("CDM-02", true, "The Contractor shall submit a quarterly return of complaints to the Council."),
    ("COI-01", true, "The Contractor shall notify the Council immediately upon becoming aware of any conflict of interest."),
    ("CDM-04", true, "The Contractor shall cooperate with any investigation by the Local Government Ombudsman."),
    ("CDM-03", true, "The Contractor shall carry out an annual user satisfaction survey and share the results with the Council."),
    ("ES-06", true, "The Contractor shall comply with the Bribery Act 2010 and shall not pay any bribe."),
    ("ES-02", true, "The Contractor will comply with the Council's Supplier Code of Conduct."),
    ("ES-04", true, "All Contractor staff must complete anti-bribery training every year."),
    ("CDM-06", true, "The Contractor will respond to all complaints within 10 working days."),
    ("COI-04", true, "The Contractor shall inform the Council before employing any former employee of the Council who left within the last two years."),
    ("ES-10", true, "The Contractor shall provide an annual statement confirming its compliance with the ethical standards in this Agreement."),
    ("ES-07", true, "The Contractor acknowledges that the Council is subject to the Freedom of Information Act 2000 and shall assist the Council in responding to requests."),
    ("ES-09", true, "The Council may terminate this Agreement if the Contractor or its staff commit any act of fraud or corruption."),
    ("COI-05", true, "The Contractor shall maintain a register of interests for its directors and senior managers."),
    ("COI-02", true, "If a conflict of interest arises the Contractor shall take all steps required by the Council to resolve it."),
    ("ES-03", true, "The Contractor shall ensure that its subcontractors are bound by obligations equivalent to those in this clause on ethical standards."),
    ("ES-08", true, "The Council shall be entitled to audit the Contractor's compliance with the ethical standards set out in this Agreement."),
    ("CDM-05", true, "The Contractor shall analyse complaints received to identify trends and improve the service."),
    ("ES-05", false, "The Contractor is exempt from the Council's whistleblowing policy."),
    ("COI-03", false, "Clause 12 (Gifts and Hospitality) does not apply to the Contractor."),
    ("ES-01", false, "Council officers shall at all times observe the Nolan Principles."),
    ("ES-01", false, "The Contractor may wish to have regard to the Seven Principles of Public Life."),
    ("ES-01", false, "The Contractor shall protect the integrity and accountability of the data it holds."),
    ("ES-02", false, "The Contractor shall comply with the Highway Code and any code of practice issued by the Council."),
    ("ES-05", false, "The Council operates a whistleblowing policy for its employees."),
    ("ES-05", false, "The Contractor shall keep all information confidential and shall not speak to the press."),
    ("ES-06", false, "Neither party limits its liability for fraud."),
    ("ES-06", false, "The Council shall maintain an anti-fraud and corruption strategy."),
    ("ES-07", false, "Each party shall keep the terms of this Agreement confidential."),
    ("ES-09", false, "The Council may terminate this Agreement for convenience by giving three months notice."),
    ("COI-01", false, "If there is any conflict between this Agreement and the Specification, this Agreement prevails."),
    ("COI-01", false, "The Contractor shall not be liable for any delay caused by armed conflict."),
    ("COI-01", false, "The Contractor shall use reasonable endeavours to avoid conflicts of interest."),
    ("COI-03", false, "The Contractor shall provide hospitality services at the Council's events."),
    ("COI-04", false, "The Contractor shall comply with TUPE in relation to the transferring employees."),
    ("COI-05", false, "The Council maintains a register of interests of its members."),
    ("CDM-01", false, "The Contractor shall respond to any complaint made by the Council about the Services within 5 days."),
    ("CDM-01", false, "The Contractor shall notify the Council of any complaint received under data protection law."),
    ("CDM-02", false, "The Contractor shall provide information about complaints if the Council asks for it."),
    ("CDM-03", false, "The Contractor shall survey its staff satisfaction annually."),
    ("CDM-04", false, "Any dispute shall be referred to arbitration."),
    ("CDM-06", false, "The Council shall pay invoices within 30 days."),
    ("CDM-06", false, "The Council will acknowledge complaints about its own services within 5 days."),
    ("ES-04", false, "The Contractor shall ensure its staff complete fire safety training."),
    ("ES-10", false, "The Contractor shall provide a self audit certificate each year on its financial records."),
    ("ES-08", false, "The Council may audit the Contractor's invoices."),
    ("ES-03", false, "The Contractor shall pay its subcontractors within 30 days."),
];

#[test]
fn spot_checks_pass_and_gap_as_a_reviewer_would() {
    let pack = CompiledPack::compile(&RulePack::default_pack().unwrap()).unwrap();
    let mut wrong = Vec::new();
    for (rule, passes, clause) in CASES {
        let text = format!(
            "This Agreement is between Westshire County Council (the \"Council\") and Oakfield Services Ltd (the \"Contractor\").\n\n5. OBLIGATIONS\n\n5.1 {clause}\n"
        );
        let doc = read(text.as_bytes(), Flavour::Plain).unwrap();
        let outcomes = evaluate_read_document(&pack, &doc, "spot.txt");
        let outcome = outcomes.iter().find(|o| o.rule.as_str() == *rule).unwrap();
        if (outcome.verdict == Verdict::Satisfied) != *passes {
            wrong.push(format!(
                "{rule} expected {}: {clause} ({:?}: {})",
                if *passes { "pass" } else { "gap" },
                outcome.verdict,
                outcome.note
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} spot checks wrong:\n{}",
        wrong.len(),
        CASES.len(),
        wrong.join("\n")
    );
}
