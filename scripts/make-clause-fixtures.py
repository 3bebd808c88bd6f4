#!/usr/bin/env python3
"""Regenerates fixtures/clauses/<RULE>/<case>.txt and <case>.expected.

Each case is one clause embedded in a short contract written in one of five drafting styles
(UK central government, NHS, council, grant, US/AU commercial), with a parties clause and
unrelated clauses around it, so that rules are tested in context and across wording. The
.expected file holds the verdict for the folder's rule: satisfied, weak or missing.

Run from anywhere: python3 scripts/make-clause-fixtures.py
"""
import os
import shutil

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
    "COI-03": [
        ("positive-no-gifts", "GIFTS AND HOSPITALITY", "3.1 The {P} shall not offer or give any gift or hospitality to any officer of the {A} involved in this Agreement.", "satisfied"),
        ("positive-register", "GIFTS AND HOSPITALITY", "3.1 The {P} must keep a gifts and hospitality register recording all gifts and hospitality offered to or received by its {Staff}.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "GIFTS AND HOSPITALITY", "3.1 The {P} is not required to keep a register of gifts and hospitality.", "missing"),
        ("decoy-catering", "CATERING", "3.1 The {P} shall provide the Hospitality and Meetings services described in the Specification.", "missing"),
        ("decoy-gift-aid", "DONATIONS", "3.1 The {P} shall claim Gift Aid on any donations where eligible.", "missing"),
        ("wrong-party", "GIFTS AND HOSPITALITY", "3.1 The {A} shall maintain a register of gifts and hospitality received by its officers.", "missing"),
        ("weak", "GIFTS AND HOSPITALITY", "3.1 The {P} should avoid offering gifts or hospitality to officers of the {A}.", "weak"),
        ("decoy-catering-section", "HOSPITALITY AND MEETINGS", "3.1 The {P} shall provide hospitality for up to fifty guests at each quarterly meeting.", "missing"),
    ],
    "COI-04": [
        ("positive-former-employees", "FORMER OFFICERS", "3.1 The {P} shall not employ or engage on this Agreement any person who within the preceding 24 months was employed by the {A} in a role connected with its procurement, without the {A}'s written consent.", "satisfied"),
        ("positive-bar", "BUSINESS APPOINTMENTS", "3.1 The {P} shall ensure that any former civil servant it employs complies with any conditions imposed under the Business Appointment Rules.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "FORMER OFFICERS", "3.1 The {P} shall not be required to disclose the engagement of former officers of the {A}.", "missing"),
        ("decoy-tupe", "STAFF TRANSFER", "3.1 The {P} shall comply with TUPE in respect of the transferring employees.", "missing"),
        ("wrong-party", "FORMER OFFICERS", "3.1 The {A} shall apply the Business Appointment Rules to its own senior officers when they leave.", "missing"),
        ("weak", "FORMER OFFICERS", "3.1 The {P} should tell the {A} if it intends to engage former officers of the {A}.", "weak"),
    ],
    "COI-05": [
        ("positive-register", "DECLARATIONS OF INTEREST", "3.1 The {P} shall maintain a register of interests and shall obtain a declaration of interests, or a nil return, from each of its decision-making staff every year.", "satisfied"),
        ("positive-nhs", "CONFLICTS OF INTEREST", "3.1 The {P} must publish on its website the name and position of any Decision-Making Staff who have neither completed a declaration of interest nor submitted a nil return.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "DECLARATIONS OF INTEREST", "3.1 The {P} is not required to maintain a register of interests.", "missing"),
        ("decoy-definition", "DEFINITIONS", '3.1 "Register of Interests" means the register kept under Clause 9.', "weak"),
        ("wrong-party", "DECLARATIONS OF INTEREST", "3.1 The {A} shall require its officers to complete a declaration of interests before evaluating tenders.", "missing"),
        ("weak", "DECLARATIONS OF INTEREST", "3.1 The {P} may keep a register of interests for its senior staff.", "weak"),
    ],
    "COI-06": [
        ("positive-confirms", "PROCUREMENT", "3.1 The {P} confirms that it has disclosed to the {A} any relationship with any person involved in the procurement of this Agreement.", "satisfied"),
        ("positive-unfair-advantage", "PROCUREMENT", "3.1 The {P} warrants that it has not obtained any unfair advantage in the award of this Agreement and shall promptly disclose any interest which could give rise to one.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "PROCUREMENT", "3.1 The {P} shall not be required to disclose any relationship with persons involved in the procurement.", "missing"),
        ("decoy-exclusion-grounds", "PROCUREMENT", "3.1 The {P} confirms that none of its directors has been convicted of any offence listed in the exclusion grounds.", "missing"),
        ("wrong-party", "PROCUREMENT", "3.1 The {A} shall carry out a conflicts assessment before publishing the tender notice.", "missing"),
        ("weak", "PROCUREMENT", "3.1 The {P} may disclose any relationship with persons involved in the procurement.", "weak"),
    ],
    "CDM-01": [
        ("positive-procedure", "COMPLAINTS", "3.1 The {P} shall establish and operate a complaints procedure for service users which complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009.", "satisfied"),
        ("positive-handle", "COMPLAINTS", "3.1 The {P} must investigate and respond to all complaints made by service users and their carers, and must publicise how to complain.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "COMPLAINTS", "3.1 The {P} is not required to operate a complaints procedure.", "missing"),
        ("decoy-authority-complaint", "PERFORMANCE", "3.1 The {P} shall respond within 5 days to any complaint raised by the {A} about the {P}'s performance.", "missing"),
        ("decoy-data-protection", "DATA PROTECTION", "3.1 The {P} shall notify the {A} of any complaint it receives relating to the processing of personal data.", "missing"),
        ("wrong-party", "COMPLAINTS", "3.1 The {A} will operate a corporate complaints policy for complaints about its own services.", "missing"),
        ("weak", "COMPLAINTS", "3.1 The {P} should have a procedure for dealing with complaints from service users.", "weak"),
    ],
    "CDM-02": [
        ("positive-quarterly", "REPORTING", "3.1 The {P} shall provide to the {A} each quarter a complaints report setting out the number of complaints received, upheld, partially upheld and not upheld.", "satisfied"),
        ("positive-monthly", "PERFORMANCE REPORTS", "3.1 The {P} must include all complaints received and the action taken in its monthly performance report to the {A}.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "REPORTING", "3.1 The {P} shall not be required to report complaints to the {A}.", "missing"),
        ("decoy-incidents", "REPORTING", "3.1 The {P} shall report every serious incident to the {A} within 24 hours.", "missing"),
        ("wrong-party", "REPORTING", "3.1 The {A} shall publish an annual report of complaints about its own services.", "missing"),
        ("weak-on-request", "REPORTING", "3.1 The {P} shall provide details of complaints to the {A} on request.", "weak"),
    ],
    "CDM-03": [
        ("positive-survey", "SATISFACTION", "3.1 The {P} shall conduct customer satisfaction surveys every six months and report the results to the {A}.", "satisfied"),
        ("positive-fft", "PATIENT EXPERIENCE", "3.1 The {P} must collect Friends and Family Test responses from service users and report them to the {A} quarterly.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "SATISFACTION", "3.1 The {P} shall not be required to conduct satisfaction surveys.", "missing"),
        ("decoy-staff-survey", "WORKFORCE", "3.1 The {P} shall run an annual staff satisfaction survey.", "missing"),
        ("wrong-party", "SATISFACTION", "3.1 The {A} will carry out its own survey of service user satisfaction.", "missing"),
        ("weak", "SATISFACTION", "3.1 The {P} may share service user feedback with the {A}.", "weak"),
    ],
    "CDM-04": [
        ("positive-lgsco", "OMBUDSMAN", "3.1 The {P} shall co-operate fully with any investigation by the Local Government and Social Care Ombudsman and shall implement any remedy it recommends.", "satisfied"),
        ("positive-cooperate", "COMPLAINTS", "3.1 The {P} must co-operate with the {A} in the investigation of any complaint, including by answering questions, providing information and attending meetings.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "OMBUDSMAN", "3.1 The {P} is not obliged to co-operate with any Ombudsman investigation.", "missing"),
        ("decoy-dispute", "DISPUTE RESOLUTION", "3.1 Any dispute between the parties shall be referred to mediation under the CEDR Model Mediation Procedure.", "missing"),
        ("wrong-party", "OMBUDSMAN", "3.1 The {A} shall co-operate with the Ombudsman in any investigation of its own decisions.", "missing"),
        ("weak", "OMBUDSMAN", "3.1 The {P} should co-operate with the Ombudsman where reasonably practicable.", "weak"),
    ],
    "CDM-05": [
        ("positive-themes", "LEARNING", "3.1 The {P} shall review complaint themes every quarter and agree an action plan with the {A} where the same theme recurs.", "satisfied"),
        ("positive-satisfaction", "SATISFACTION", "3.1 Where satisfaction falls below the agreed level, the {P} must investigate the cause and produce an action plan.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "LEARNING", "3.1 The {P} shall not be required to analyse complaints for trends.", "missing"),
        ("decoy-staff", "WORKFORCE", "3.1 The {P} shall produce an action plan following each staff engagement survey.", "missing"),
        ("wrong-party", "LEARNING", "3.1 The {A} will review lessons learned from complaints about its commissioning.", "missing"),
        ("weak", "LEARNING", "3.1 The {P} may identify lessons learned from complaints.", "weak"),
    ],
    "CDM-06": [
        ("positive-three-days", "COMPLAINTS", "3.1 The {P} shall acknowledge each complaint within three working days and send a full response within 20 working days.", "satisfied"),
        ("positive-passive", "COMPLAINT HANDLING", "3.1 Complaints must be acknowledged within 3 Working Days and resolved within 6 months unless a longer period is agreed with the complainant.", "satisfied"),
        ("absent", "SERVICES", ABSENT, "missing"),
        ("negated", "COMPLAINTS", "3.1 The complaint timescales in the Specification do not apply to the {P}.", "missing"),
        ("decoy-payment", "PAYMENT", "3.1 The {A} shall pay undisputed invoices within 30 days of receipt.", "missing"),
        ("wrong-party", "COMPLAINTS", "3.1 The {A} will acknowledge complaints about its own services within five working days.", "missing"),
        ("weak", "COMPLAINTS", "3.1 The {P} should aim to respond to complaints within 20 working days.", "weak"),
    ],
}


def main():
    if os.path.isdir(ROOT):
        shutil.rmtree(ROOT)
    n = 0
    for rule, cases in CASES.items():
        folder = os.path.join(ROOT, rule)
        os.makedirs(folder)
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
