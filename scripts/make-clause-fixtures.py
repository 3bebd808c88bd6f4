#!/usr/bin/env python3
"""Regenerates fixtures/clauses/<RULE>/<case>.txt and <case>.expected.

Each case is one clause embedded in a short contract written in one of five drafting styles
(UK central government, NHS, council, grant, US/AU commercial), with a parties clause and
unrelated clauses around it, so that rules are tested in context and across wording. The
.expected file holds the verdict for the folder's rule: satisfied, weak or missing.

Run from anywhere: python3 scripts/make-clause-fixtures.py
"""
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "clauses")

STYLES = {
    "ccs": dict(
        opening='This Call-Off Contract is between the Department for Transport (the "Buyer") and Northgate Digital Services Limited, a company registered in England and Wales under number 07712345 (the "Supplier").',
        P="Supplier", A="Buyer", Staff="Supplier Staff", title="CALL-OFF CONTRACT",
    ),
    "nhs": dict(
        opening='This Contract is made between NHS Example Integrated Care Board (the "Commissioner") and Riverbank Health Partnership CIC (the "Provider").',
        P="Provider", A="Commissioner", Staff="Staff", title="NHS SERVICES CONTRACT",
    ),
    "council": dict(
        opening='THIS AGREEMENT is made BETWEEN (1) WESTSHIRE COUNTY COUNCIL of County Hall, Westtown WT1 1AA (the "Council") and (2) OAKFIELD SUPPORT SERVICES LTD (company number 05512345) (the "Contractor").',
        P="Contractor", A="Council", Staff="Contractor's employees", title="SERVICES AGREEMENT",
    ),
    "grant": dict(
        opening='This Grant Agreement is between Eastborough Borough Council (the "Funder") and Harbourside Youth Trust, a registered charity (the "Grantee").',
        P="Grantee", A="Funder", Staff="Grantee's staff and volunteers", title="GRANT AGREEMENT",
    ),
    "vendor": dict(
        opening='This Services Agreement is entered into by and between the City of Springfield ("Customer") and Acme Analytics Inc. ("Vendor").',
        P="Vendor", A="Customer", Staff="Vendor Personnel", title="SERVICES AGREEMENT",
    ),
}
STYLE_ORDER = list(STYLES)

TEMPLATE = """{title}

{opening}

1. TERM

1.1 This Agreement starts on 1 April 2025 and continues for three years unless terminated earlier.

2. CHARGES AND PAYMENT

2.1 The {A} shall pay each valid invoice within 30 days of receipt.

3. {heading}

{clause}

4. INSURANCE

4.1 The {P} shall maintain public liability insurance of not less than five million pounds.

5. GOVERNING LAW

5.1 This Agreement is governed by the law of England and Wales.
"""

ABSENT = "3.1 The {P} shall provide the Services with reasonable skill and care and in accordance with the Specification."

# (case name, heading, clause text, expected verdict). {P}, {A}, {Staff} are the style's terms.
# COI-03 to COI-06 and CDM-01 to CDM-06 have hand-written cases in fixtures/clauses/<RULE>/
# (richer documents in eight drafting styles); this script leaves those folders alone.
CASES = {
    "ES-01": [
        ("positive-nolan", "STANDARDS OF CONDUCT", "3.1 The {P} shall comply with, and shall ensure that its {Staff} comply with, the Seven Principles of Public Life when delivering the Services.", "satisfied"),
        ("positive-named-principles", "ETHICAL STANDARDS", "3.1 The {P} must act with selflessness, integrity, objectivity, accountability, openness, honesty and leadership in all its dealings under this Agreement.", "satisfied"),
        ("positive-lead-in", "CONDUCT", "3.1 The {P} shall:\n\n(a) act in accordance with the Nolan Principles; and\n\n(b) notify the {A} of any breach of them.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "STANDARDS OF CONDUCT", "3.1 The {P} shall not be required to comply with the Nolan Principles.", "missing"),
        ("negated-disapplied", "STANDARDS OF CONDUCT", "3.1 The Seven Principles of Public Life do not apply to the {P} or its {Staff}.", "missing"),
        ("decoy-integrity", "DATA", "3.1 The {P} shall protect the integrity of the {A}'s data and shall report any loss of data integrity within 24 hours.", "missing"),
        ("wrong-party", "STANDARDS OF CONDUCT", "3.1 The {A} shall comply with the Seven Principles of Public Life in its dealings with the {P}.", "missing"),
        ("weak", "STANDARDS OF CONDUCT", "3.1 The {P} should have regard to the Seven Principles of Public Life.", "weak"),
        ("positive-condition", "STANDARDS OF CONDUCT", "3.1 It is a condition of this Agreement that the {P} and its {Staff} observe the Nolan Principles.", "satisfied"),
        ("negated-nothing-requires", "STANDARDS OF CONDUCT", "3.1 Nothing in this Agreement requires the {P} to observe the Nolan Principles.", "missing"),
        ("wrong-party-officers", "STANDARDS OF CONDUCT", "3.1 {A} employees must observe the Seven Principles of Public Life when managing this Agreement.", "missing"),
    ],
    "ES-02": [
        ("positive-supplier-code", "CODE OF CONDUCT", "3.1 The {P} shall meet the standards set out in the Supplier Code of Conduct and shall ensure its {Staff} do the same.", "satisfied"),
        ("positive-own-code", "CODE OF CONDUCT", "3.1 The {P} must adopt and maintain a code of ethics for its {Staff} and give a copy to the {A}.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "CODE OF CONDUCT", "3.1 The {P} is not bound by the Supplier Code of Conduct.", "missing"),
        ("decoy-code-of-practice", "WASTE", "3.1 The {P} shall comply with the Code of Practice on the duty of care for waste and the CCTV code of practice.", "missing"),
        ("wrong-party", "CODE OF CONDUCT", "3.1 The {A}'s employees are bound by the {A}'s own code of conduct for employees.", "missing"),
        ("weak", "CODE OF CONDUCT", "3.1 The {A} expects the {P} to meet the standards set out in the Supplier Code of Conduct.", "weak"),
    ],
    "ES-03": [
        ("positive-equivalent", "SUB-CONTRACTING", "3.1 The {P} shall procure that each of its sub-contractors complies with obligations equivalent to those in the clauses on conduct, anti-bribery and conflicts of interest.", "satisfied"),
        ("positive-impose", "SUPPLY CHAIN", "3.1 The {P} must impose on every sub-contractor ethical standards no less onerous than those in this Agreement.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "SUB-CONTRACTING", "3.1 The {P} shall not be required to flow down its obligations on conduct and ethics to any sub-contractor.", "missing"),
        ("decoy-payment", "SUB-CONTRACTING", "3.1 The {P} shall procure that each sub-contractor is paid within 30 days of a valid invoice.", "weak"),
        ("wrong-party", "SUB-CONTRACTING", "3.1 The {A} shall ensure that its own contractors comply with equivalent ethical standards.", "missing"),
        ("weak", "SUPPLY CHAIN", "3.1 The {A} expects the {P} and its subcontractors to meet the standards set out in the Supplier Code of Conduct.", "weak"),
    ],
    "ES-04": [
        ("positive-induction", "TRAINING", "3.1 The {P} shall ensure that all {Staff} receive induction and annual refresher training on the code of conduct, conflicts of interest and anti-bribery, and shall keep training records.", "satisfied"),
        ("positive-ftsu", "TRAINING", "3.1 The {P} must provide Freedom to Speak Up training to all {Staff} within three months of their start date.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "TRAINING", "3.1 The {P} shall not be required to provide ethics training to its {Staff}.", "missing"),
        ("decoy-health-safety", "TRAINING", "3.1 The {P} shall ensure that all {Staff} complete manual handling and fire safety training.", "missing"),
        ("wrong-party", "TRAINING", "3.1 The {A} shall provide anti-bribery training to its own officers.", "missing"),
        ("weak-generic", "STAFF", "3.1 The {P} shall ensure that all {Staff} are appropriately trained and qualified.", "weak"),
    ],
    "ES-05": [
        ("positive-whistleblowing", "SPEAKING UP", "3.1 The {P} shall maintain a whistleblowing policy and shall not subject any of its {Staff} to any detriment for making a protected disclosure.", "satisfied"),
        ("positive-retaliation", "REPORTING BREACHES", "3.1 The {P} and its {Staff} must report to the {A} any actual or suspected breach of law or of this Agreement, and the {P} must not retaliate against anyone who in good faith reports a breach.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "SPEAKING UP", "3.1 The {P} is under no obligation to maintain a whistleblowing policy.", "missing"),
        ("decoy-confidentiality", "CONFIDENTIALITY", "3.1 The {P}'s {Staff} may not make any public statement about the Services without the {A}'s consent.", "missing"),
        ("wrong-party", "SPEAKING UP", "3.1 The {A} will operate a whistleblowing procedure for its own employees.", "missing"),
        ("weak", "SPEAKING UP", "3.1 The {P} is encouraged to adopt a speaking up policy for its {Staff}.", "weak"),
        ("positive-by-heading", "WHISTLEBLOWING", "3.1 The {P} shall ensure that its {Staff} can raise concerns in confidence and suffer no detriment for doing so.", "satisfied"),
        ("decoy-other-section", "PERFORMANCE", "3.1 The {P} shall raise any concerns about the Specification with the {A} promptly.", "missing"),
    ],
    "ES-06": [
        ("positive-prohibited-act", "FRAUD AND BRIBERY", "3.1 The {P} must not commit a Prohibited Act and must maintain adequate procedures to prevent bribery, and must notify the {A} immediately of any breach.", "satisfied"),
        ("positive-bribery-act", "ANTI-CORRUPTION", "3.1 The {P} shall comply with the Bribery Act 2010 and shall not offer any inducement or reward to any officer of the {A}.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "FRAUD AND BRIBERY", "3.1 Clause 3 (Fraud and Bribery) shall not apply to this Agreement and the {P} shall have no obligation to maintain anti-bribery procedures.", "missing"),
        ("decoy-liability", "LIABILITY", "3.1 Nothing in this Agreement limits either party's liability for fraud or fraudulent misrepresentation.", "missing"),
        ("wrong-party", "FRAUD AND BRIBERY", "3.1 The {A} shall maintain its own counter fraud policy.", "missing"),
        ("weak", "FRAUD AND BRIBERY", "3.1 The {P} should take reasonable steps to prevent bribery.", "weak"),
    ],
    "ES-07": [
        ("positive-foi", "FREEDOM OF INFORMATION", "3.1 The {P} shall assist and co-operate with the {A} to enable it to comply with its obligations under the Freedom of Information Act 2000.", "satisfied"),
        ("positive-transparency", "TRANSPARENCY", "3.1 The {P} must provide all co-operation and information needed so the {A} can publish the Transparency Information and respond to any Request for Information.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "FREEDOM OF INFORMATION", "3.1 The {P} shall not be required to assist with any FOIA request.", "missing"),
        ("decoy-confidentiality", "CONFIDENTIALITY", "3.1 Each party shall keep the other party's confidential information secret and shall not disclose it.", "missing"),
        ("wrong-party", "FREEDOM OF INFORMATION", "3.1 The {A} shall decide in its absolute discretion how to respond to any request under the Freedom of Information Act 2000.", "missing"),
        ("weak", "TRANSPARENCY", "3.1 The {P} may, at its discretion, assist the {A} with requests for information under the Freedom of Information Act 2000.", "weak"),
    ],
    "ES-08": [
        ("positive-audit-ethics", "MONITORING", "3.1 The {A} may audit the {P}'s compliance with its obligations on conduct, conflicts of interest and anti-bribery at any time on reasonable notice.", "satisfied"),
        ("positive-review", "CONTRACT MANAGEMENT", "3.1 The {P}'s ethical performance shall be reviewed at each quarterly contract review meeting.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "MONITORING", "3.1 The {A} waives any right to audit the {P}'s compliance with the code of conduct.", "missing"),
        ("decoy-financial", "AUDIT", "3.1 The {P} shall allow the Auditor access to its accounts to verify the accuracy of the Charges.", "missing"),
        ("wrong-party", "MONITORING", "3.1 The {P} may audit the {A}'s records of payments to the {P}.", "missing"),
        ("weak-generic", "AUDIT", "3.1 The {P} shall allow the {A} and any Auditor access to its premises and records.", "weak"),
    ],
    "ES-09": [
        ("positive-terminate", "TERMINATION", "3.1 The {A} may terminate this Agreement with immediate effect if the {P} commits a Prohibited Act or breaches the clauses on conflicts of interest.", "satisfied"),
        ("positive-remove-staff", "STAFF", "3.1 The {P} shall replace any of its {Staff} whose acts or omissions have caused a breach of the anti-bribery clause.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "TERMINATION", "3.1 The {A} waives any right to terminate for a breach of the code of conduct.", "missing"),
        ("decoy-convenience", "TERMINATION", "3.1 The {A} may terminate this Agreement for convenience on three months' notice.", "missing"),
        ("wrong-party", "TERMINATION", "3.1 The {P} may terminate this Agreement if the {A} fails to pay undisputed sums for 90 days.", "missing"),
        ("weak-material-breach", "TERMINATION", "3.1 The {A} may terminate this Agreement if the {P} commits a material breach which is not remedied within 30 days.", "weak"),
    ],
    "ES-10": [
        ("positive-annual", "ETHICAL ASSURANCE", "3.1 The {P} shall, within 20 days of the start date and annually thereafter, certify in writing to the {A} that it has complied with the ethical standards in this Agreement.", "satisfied"),
        ("positive-attestation", "ETHICAL ASSURANCE", "3.1 The {P} must give the {A} an annual ethics attestation, signed by a director, confirming that its arrangements to uphold the standards of conduct are operating.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "ETHICAL ASSURANCE", "3.1 The {P} shall not be required to certify its compliance with the code of conduct.", "missing"),
        ("decoy-self-audit", "RECORDS", "3.1 The {P} shall provide a Self Audit Certificate each year confirming the accuracy of its financial records.", "missing"),
        ("wrong-party", "ETHICAL ASSURANCE", "3.1 The {A}'s accounting officer shall certify annually that the {A} has complied with the ethical standards framework.", "missing"),
        ("weak-once-only", "ETHICAL ASSURANCE", "3.1 The {P} shall certify in writing to the {A} that it has complied with the code of conduct.", "weak"),
    ],
    "COI-01": [
        ("positive-avoid-notify", "CONFLICTS OF INTEREST", "3.1 The {P} must take action to ensure that neither the {P} nor its {Staff} are placed in the position of an actual or potential conflict of interest, and must promptly notify the {A} of any such conflict.", "satisfied"),
        ("positive-interest-conflicts", "INTERESTS", "3.1 The {P} shall disclose to the {A} in writing any personal or financial interest of its {Staff} which conflicts or may conflict with their duties under this Agreement.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "CONFLICTS OF INTEREST", "3.1 The {P} is not required to notify the {A} of any conflict of interest.", "missing"),
        ("decoy-precedence", "PRECEDENCE", "3.1 In the event of any conflict between these clauses and the Schedules, these clauses shall prevail.", "missing"),
        ("decoy-armed-conflict", "FORCE MAJEURE", "3.1 Neither party shall be liable for failure to perform caused by war, armed conflict or terrorism.", "missing"),
        ("wrong-party", "CONFLICTS OF INTEREST", "3.1 The {A} shall ensure that its officers declare any conflict of interest in the award of this Agreement.", "missing"),
        ("weak", "CONFLICTS OF INTEREST", "3.1 The {P} should try to avoid conflicts of interest.", "weak"),
        ("positive-by-heading", "CONFLICTS OF INTEREST", "3.1 The {P} shall notify the {A} in writing as soon as it becomes aware of any such conflict, with the steps it proposes to take.", "satisfied"),
        ("decoy-heading-only", "CONFLICTS OF INTEREST", "3.1 [Not used]", "missing"),
    ],
    "COI-02": [
        ("positive-terminate", "CONFLICTS OF INTEREST", "3.1 The {A} may terminate this Agreement immediately, or take any steps it thinks necessary, where there is an actual or potential conflict of interest.", "satisfied"),
        ("positive-mitigate", "CONFLICTS OF INTEREST", "3.1 Where a conflict of interest arises, the {P} shall take such steps as the {A} directs to remove or manage it.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "CONFLICTS OF INTEREST", "3.1 The {A} waives its right to terminate this Agreement by reason of any conflict of interest.", "missing"),
        ("decoy-precedence", "PRECEDENCE", "3.1 Any conflict between the Specification and the Tender shall be resolved in favour of the Specification.", "missing"),
        ("wrong-party-provider-right", "TERMINATION", "3.1 The {P} may terminate this Agreement if the {A} fails to pay.", "missing"),
        ("weak", "CONFLICTS OF INTEREST", "3.1 The {P} should consider how to manage any conflict of interest.", "weak"),
    ],
}


def main():
    n = 0
    for rule, cases in CASES.items():
        folder = os.path.join(ROOT, rule)
        # Only the cases generated here are rewritten; hand-written cases beside them
        # (any other name in the folder) are kept.
        os.makedirs(folder, exist_ok=True)
        for i, (name, heading, clause, verdict) in enumerate(cases):
            style = STYLES[STYLE_ORDER[(i + len(rule)) % len(STYLE_ORDER)]]
            terms = {k: style[k] for k in ("P", "A", "Staff")}
            text = TEMPLATE.format(
                title=style["title"], opening=style["opening"], heading=heading,
                clause=clause.format(**terms), **terms,
            )
            with open(os.path.join(folder, f"{name}.txt"), "w") as f:
                f.write(text)
            with open(os.path.join(folder, f"{name}.expected"), "w") as f:
                f.write(verdict + "\n")
            n += 1
    print(f"wrote {n} cases for {len(CASES)} rules")


if __name__ == "__main__":
    main()
