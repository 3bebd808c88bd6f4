"""Blind evaluation set 5: synthetic public-service contracts and expected verdicts.

Data only; rendered by scripts/make-blind-set5.py into fixtures/blind/set5/.

Each contract is a dict:
  id, name, ext            -> file cNN_name.ext
  build                    -> "text" (txt/md written verbatim), "docx" / "odt" (hand-built
                              zips), "soffice-html" (HTML -> DOCX via soffice) or
                              "soffice-fodt" (flat ODT -> ODT via soffice)
  setting, parties, features  -> used for the notes table
  text                     -> body for "text" builds
  blocks                   -> block list for office builds (see make-blind-set5.py)
  expected                 -> 22 lines "RULE VERDICT  # reason" in catalogue order

Inline markup inside office block text:
  {del|...}        tracked deletion (not contract text)
  {ins|...}        tracked insertion (contract text)
  {cm|anchor|...}  comment / annotation on anchor (comment text is not contract text)
  {fn|...}         footnote (never carries a rule)
  {bm|name}        bookmark
  {r}              run split (may fall mid-word)
  {pe} {/pe}       DOCX proofErr spellStart / spellEnd (run split in ODT)
  \t               tab
"""

RULES = [
    "ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
    "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
    "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06",
]

CONTRACTS = []

# ---------------------------------------------------------------------------
# c01 - drug and alcohol treatment service (council standard terms), .txt
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c01", name="drug_alcohol_treatment", ext="txt", build="text",
    setting="Adult drug and alcohol treatment and recovery service; English county council standard terms",
    parties="Council / Service Provider (CIC)",
    features="numbered clauses, definitions section, cross-references, convenience/insolvency-only termination",
    text="""EASTMOOR COUNTY COUNCIL

CONTRACT FOR THE PROVISION OF AN ADULT DRUG AND ALCOHOL TREATMENT AND RECOVERY SERVICE

Contract reference: ECC/PH/2025/014
Standard Terms and Conditions for Services (2024 edition), with the Service Specification at Schedule 1

THIS CONTRACT is dated 3 March 2025 and is made BETWEEN:

(1) EASTMOOR COUNTY COUNCIL of County Hall, Moor Street, Eastmoor EM1 2AB (the "Council"); and

(2) PATHWAY RECOVERY PARTNERSHIP CIC, a community interest company registered in England under number 09876543, whose registered office is at 14 Canal Wharf, Eastmoor EM4 7QT (the "Service Provider").


1. DEFINITIONS AND INTERPRETATION

1.1 In this Contract the following words have the following meanings:

"Commencement Date" means 1 April 2025;

"Service Users" means adults aged 18 and over resident in the County who are referred to, or who refer themselves to, the Services;

"Services" means the community drug and alcohol treatment and recovery services described in the Specification;

"Staff" means all persons employed or engaged by the Service Provider in delivering the Services, including volunteers and peer mentors;

"Sub-contractor" means any person to whom the Service Provider sub-contracts any part of the Services with the Council's consent;

"Working Day" means any day other than a Saturday, Sunday or public holiday in England.

1.2 Headings are for convenience only. References to Clauses are to clauses of these Standard Terms.


2. TERM

2.1 This Contract starts on the Commencement Date and continues for five years unless it is terminated earlier under Clause 17.


3. SERVICE DELIVERY

3.1 The Service Provider shall deliver the Services in accordance with the Specification, Good Industry Practice and all applicable Law, including the Misuse of Drugs Act 1971 and the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.

3.2 The Service Provider shall maintain registration with the Care Quality Commission for the regulated activity of treatment of disease, disorder or injury.

3.3 The Service Provider shall ensure that all Staff are appropriately trained, qualified and supervised for the duties they perform.

3.4 The Service Provider shall operate harm reduction, needle and syringe and naloxone provision from the hub sites listed in the Specification.


4. PAYMENT

4.1 The Council shall pay each valid invoice within 30 days of receipt.


5. STANDARDS OF CONDUCT

5.1 The Service Provider shall comply with, and shall ensure that its Staff comply with, the Seven Principles of Public Life in the delivery of the Services.

5.2 The Service Provider shall procure that each Sub-contractor complies with obligations equivalent to those set out in this Clause 5 and in Clauses 6 and 7.

5.3 Officers of the Council involved in the management of this Contract are subject to the Council's Employee Code of Conduct.


6. RAISING CONCERNS

6.1 The Service Provider shall maintain a whistleblowing policy under which Staff may raise concerns about the Services in confidence, including directly with the Council's Commissioning Manager, and shall ensure that no member of Staff suffers any detriment for raising a concern in good faith.


7. PREVENTION OF BRIBERY AND FRAUD

7.1 The Service Provider shall not offer, give or agree to give any person any financial or other advantage in connection with this Contract, and shall not commit any offence under the Bribery Act 2010 or the Fraud Act 2006.

7.2 The Service Provider shall maintain adequate procedures to prevent bribery and fraud by its Staff and shall notify the Council immediately if it becomes aware of any breach of Clause 7.1.


8. CONFLICTS OF INTEREST

8.1 The Service Provider shall take all necessary steps to ensure that neither it nor any of its Staff is placed in a position where there is or may be an actual or potential conflict between their personal, professional or financial interests and the duties owed to the Council or to Service Users under this Contract, and shall promptly notify the Council in writing of any such conflict of interest.

8.2 Where a conflict of interest is notified under Clause 8.1, the Service Provider shall take such steps as the Council reasonably directs to manage or remove the conflict.

8.3 The Service Provider shall maintain a register of interests for its directors and for Staff who make or influence decisions about referrals, prescribing or the award of sub-contracts, shall obtain a declaration of interests (or a nil return) from each of them on appointment and annually, and shall provide a copy of the register to the Council every six months.

8.4 The Service Provider shall not, without the Council's prior written consent, engage in the delivery or management of the Services any person who within the preceding 24 months was employed by the Council in a role connected with the commissioning of the Services.


9. INFORMATION AND RECORDS

9.1 The Service Provider shall keep accurate records of the Services and shall retain them for eight years after the end of this Contract.

9.2 The Service Provider shall use reasonable endeavours to assist the Council in responding to any request for information made to the Council under the Freedom of Information Act 2000.

9.3 The Service Provider shall submit data on every Service User in treatment to the National Drug Treatment Monitoring System each month.


10. AUDIT AND MONITORING

10.1 The Service Provider shall permit the Council, its internal auditors and any person authorised by the Council to audit and monitor the Service Provider's compliance with Clauses 5 to 8, and shall give them access on reasonable notice to premises, records and Staff for that purpose.

10.2 The Service Provider's compliance with Clauses 5 to 8 shall be reviewed at each quarterly contract review meeting.


11. SERVICE USER COMPLAINTS

11.1 The Service Provider shall establish, operate and publicise a complaints procedure for Service Users, their families and carers which complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009 and with Regulation 16 of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.

11.2 The Service Provider shall acknowledge each complaint within 3 Working Days of receipt and shall send a full written response within 20 Working Days, or within such longer period as the complainant agrees, explaining the reasons for any delay.

11.3 The Service Provider shall co-operate with any investigation by the Local Government and Social Care Ombudsman or the Parliamentary and Health Service Ombudsman, including by providing information and attending meetings, and shall implement any recommendation made.

11.4 The Service Provider shall submit to the Council a quarterly complaints return stating the number of complaints received, upheld, partially upheld and not upheld, and the time taken to respond to each.

11.5 The Service Provider is encouraged to identify lessons learned from complaints and to share them with the Council.


12. SERVICE USER FEEDBACK

12.1 The Service Provider shall collect feedback from Service Users at least once a year by means of a satisfaction survey approved by the Council and shall report the results to the Council within one month of each survey closing.


13. INSURANCE

13.1 The Service Provider shall maintain public liability insurance of not less than GBP 10 million and medical malpractice insurance of not less than GBP 5 million.


14. DATA PROTECTION

14.1 The Service Provider shall process personal data of Service Users only in accordance with the UK GDPR, the Data Protection Act 2018 and the Council's written instructions.


15. SUB-CONTRACTING

15.1 The Service Provider shall not sub-contract any part of the Services without the Council's prior written consent.


16. FORCE MAJEURE

16.1 Neither party shall be liable for any delay or failure in performing its obligations caused by an event beyond its reasonable control.


17. TERMINATION

17.1 The Council may terminate this Contract at any time without cause by giving the Service Provider not less than six months' written notice.

17.2 Either party may terminate this Contract with immediate effect by written notice if the other becomes insolvent or enters into administration or liquidation.

17.3 On termination the Service Provider shall co-operate in the orderly transfer of Service Users' treatment to any replacement provider.


18. GOVERNING LAW

18.1 This Contract is governed by the law of England and Wales.


SIGNED for and on behalf of EASTMOOR COUNTY COUNCIL ............................
SIGNED for and on behalf of PATHWAY RECOVERY PARTNERSHIP CIC ............................
""",
    expected="""\
ES-01 pass  # cl.5.1: the Service Provider shall comply with, and ensure its Staff comply with, the Seven Principles of Public Life
ES-02 gap  # only cl.5.3: Council officers are subject to the Council's Employee Code of Conduct (authority's own code; wrong party)
ES-03 pass  # cl.5.2: shall procure that each Sub-contractor complies with obligations equivalent to Clauses 5 to 7 (ethics clauses)
ES-04 weak  # cl.3.3: Staff "appropriately trained, qualified and supervised" only; no ethics topic named
ES-05 pass  # cl.6.1: whistleblowing policy, concerns raised in confidence incl. with the Council, no detriment for good-faith concerns
ES-06 pass  # cl.7.1-7.2: shall not commit offences under the Bribery Act 2010 / Fraud Act 2006; adequate procedures; notify
ES-07 weak  # cl.9.2: only "reasonable endeavours to assist" with FOIA requests
ES-08 pass  # cl.10.1-10.2: Council may audit and monitor compliance with Clauses 5 to 8; reviewed at contract review meetings
ES-09 gap  # cl.17.1-17.2: termination only for convenience or insolvency; no remedy linked to an ethical breach
ES-10 gap  # absent: no assurance statement or periodic certificate
COI-01 pass  # cl.8.1: avoid actual or potential conflicts of interest (itself and Staff) and promptly notify the Council in writing
COI-02 pass  # cl.8.2: shall take such steps as the Council directs to manage or remove the conflict
COI-03 gap  # absent: no gifts or hospitality clause
COI-04 pass  # cl.8.4: no engagement, without consent, of anyone employed by the Council within 24 months in a role connected with commissioning the Services
COI-05 pass  # cl.8.3: register of interests; declarations or nil returns on appointment and annually; copy to the Council six-monthly
COI-06 gap  # absent: no award-stage disclosure of relationships
CDM-01 pass  # cl.11.1: establish, operate and publicise a Service User complaints procedure complying with the 2009 Regulations and Regulation 16
CDM-02 pass  # cl.11.4: quarterly complaints return (received, upheld, partially upheld, not upheld, time to respond)
CDM-03 pass  # cl.12.1: annual Service User satisfaction survey, results reported to the Council
CDM-04 pass  # cl.11.3: co-operate with LGSCO / PHSO investigations and implement any recommendation
CDM-05 weak  # cl.11.5: "is encouraged to identify lessons learned" (permissive only)
CDM-06 pass  # cl.11.2: acknowledge within 3 Working Days, full response within 20 Working Days, delay explained
""",
))

# ---------------------------------------------------------------------------
# c02 - domestic abuse refuge grant agreement, .md
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c02", name="refuge_grant", ext="md", build="text",
    setting="Domestic abuse refuge; borough council grant agreement (Domestic Abuse Act 2021 Part 4)",
    parties="Council / Grantee (charity)",
    features="Markdown headings and bullet definitions, precedence sentence, Gift Aid decoy, data-protection flow-down, mediation clause, table",
    text="""# Grant Agreement: Refuge Accommodation and Support for Survivors of Domestic Abuse

**Northvale Borough Council - Domestic Abuse Safe Accommodation Grant 2025-2028**

Grant reference: NBC-DA-0425

This Agreement is made on 12 May 2025 between:

1. **Northvale Borough Council**, Civic Centre, Vale Road, Northvale NV1 1AA (the "**Council**"); and
2. **Harbour Women's Aid**, a charitable incorporated organisation (registered charity number 1187654), of PO Box 212, Northvale NV3 9ZZ (the "**Grantee**").

## Background

(A) The Council has a duty under Part 4 of the Domestic Abuse Act 2021 to assess the need for, and to provide, support for victims of domestic abuse and their children within relevant safe accommodation.

(B) The Council has agreed to pay the Grant to the Grantee for the Project on the terms of this Agreement.

## 1. Definitions

In this Agreement:

- "**Grant**" means the sum of up to GBP 612,000 payable in accordance with Schedule 1;
- "**Grant Year**" means each period of twelve months starting on 1 June;
- "**Project**" means the operation of a fourteen-unit refuge for women and their children, with specialist support, as described in Schedule 2;
- "**Residents**" means the women and children accommodated and supported in the refuge;
- "**Staff**" means the Grantee's employees and volunteers working on the Project;
- "**Working Day**" means a day other than a Saturday, Sunday or bank holiday in England.

If there is any conflict between these terms and the Grant Offer Letter, these terms prevail.

## 2. Use of the Grant

2.1 The Grantee shall use the Grant only for the Project and in accordance with the budget in Schedule 1.

2.2 The Grantee shall keep donations and fundraised income separate from the Grant, and shall claim Gift Aid only on eligible donations from UK taxpayers and never on any part of the Grant.

2.3 The Grantee shall repay any unspent Grant to the Council within 30 days of the end of each Grant Year.

## 3. Delivering the Project

3.1 The Grantee shall deliver the Project in accordance with Schedule 2 and the statutory guidance issued under the Domestic Abuse Act 2021.

3.2 The Grantee shall keep the address of the refuge confidential and shall not disclose it to any person without the consent of the Resident concerned, except to the emergency services.

3.3 The Grantee shall maintain its accreditation against the Women's Aid Federation of England National Quality Standards throughout the Project.

## 4. Standards of Conduct

4.1 The Grantee shall adopt and maintain a written code of conduct for its Staff and trustees covering professional boundaries with Residents, confidentiality and the use of social media, and shall ensure that its Staff comply with it.

4.2 The Grantee is encouraged to have regard to the Seven Principles of Public Life in the governance of the Project.

4.3 The Grantee shall ensure that all Staff complete induction training on its code of conduct and on speaking up within their first month, and refresher training every twelve months, and shall keep records of that training.

4.4 The Grantee may keep a register of interests for its trustees and senior managers.

## 5. Speaking Up

5.1 The Grantee shall maintain a whistleblowing policy that allows Staff to raise concerns about the Project with the Grantee's chair of trustees or directly with the Council's Domestic Abuse Lead, and shall not subject any person to any detriment for raising a concern in good faith.

## 6. Fraud and Bribery

6.1 The Grantee shall not commit fraud or bribery in connection with the Grant and shall comply with the Bribery Act 2010 and the Fraud Act 2006.

6.2 The Grantee shall notify the Council immediately of any suspected fraud or misuse of the Grant.

6.3 By 30 April in each year the Grantee shall provide the Council with a statement, signed by its chair of trustees, confirming that no fraud or misuse of the Grant has been identified during the previous Grant Year.

## 7. Information and Access

7.1 The Grantee acknowledges that the Council is subject to the Freedom of Information Act 2000 and shall provide the Council with all information and assistance it reasonably requests within 5 Working Days so that the Council can respond to a request for information, provided that nothing in this Clause requires the disclosure of the location of the refuge or of the identity of any Resident.

7.2 The Grantee shall permit the Council and its auditors, on reasonable notice, to inspect its records, policies and Staff files relating to the Project.

## 8. Residents' Feedback and Complaints

8.1 The Grantee shall operate a complaints procedure for Residents and former Residents, shall explain it to each Resident on arrival and shall display it in the refuge in accessible formats and community languages.

8.2 The Grantee shall acknowledge each complaint within 2 Working Days and shall give a written response within 15 Working Days.

8.3 The Grantee shall invite each Resident, on leaving the refuge, to complete an exit questionnaire about her experience, and shall include a summary of the feedback received in each six-monthly Monitoring Report to the Council.

8.4 The Grantee shall provide details of the complaints it has received to the Council on request.

## 9. Monitoring

9.1 The Grantee shall submit a Monitoring Report every six months in the form set out in Schedule 3, covering occupancy, move-on outcomes and expenditure.

9.2 The Council's Domestic Abuse Lead and the Grantee's manager shall meet quarterly to review progress on the Project.

## 10. Suspension, Repayment and Termination

10.1 If the Grantee breaches Clause 4 (Standards of Conduct), Clause 5 (Speaking Up) or Clause 6 (Fraud and Bribery), or acts in a way that brings the Council into disrepute, the Council may suspend payment of the Grant, require repayment of all or part of the Grant, or terminate this Agreement with immediate effect.

10.2 Either party may terminate this Agreement by giving six months' written notice.

## 11. Data Protection

11.1 Each party shall comply with the UK GDPR and the Data Protection Act 2018 in relation to personal data processed for the Project.

11.2 The Grantee shall ensure that any sub-contractor which processes Residents' personal data on its behalf is bound by written terms equivalent to this Clause 11.

## 12. Disputes

12.1 Any dispute between the Council and the Grantee about this Agreement shall first be escalated to the Council's Head of Community Safety and the Grantee's chief executive and, if it is not resolved within 20 Working Days, either party may refer it to mediation under the CEDR Model Mediation Procedure.

## Schedule 1 - Grant Payments

| Grant Year | Maximum Grant (GBP) | Payment dates |
|---|---|---|
| 2025-26 | 198,000 | 1 June, 1 September, 1 December, 1 March |
| 2026-27 | 204,000 | 1 June, 1 September, 1 December, 1 March |
| 2027-28 | 210,000 | 1 June, 1 September, 1 December, 1 March |

## Schedule 2 - The Project

Fourteen self-contained units with communal space and a children's play room; 24-hour on-call cover; key-worker support for each Resident; children's support worker; resettlement support for six months after move-on.

## Schedule 3 - Monitoring Report

Occupancy by month; referrals accepted and declined (with reasons); average length of stay; move-on destinations; expenditure against budget.

Signed for Northvale Borough Council: ____________________

Signed for Harbour Women's Aid: ____________________
""",
    expected="""\
ES-01 weak  # cl.4.2: "is encouraged to have regard to the Seven Principles of Public Life" (permissive only)
ES-02 pass  # cl.4.1: the Grantee shall adopt and maintain a written code of conduct and ensure its Staff comply with it
ES-03 gap  # only cl.11.2: sub-contractor flow-down of data-protection terms (decoy); no ethical flow-down
ES-04 pass  # cl.4.3: induction and annual refresher training on the code of conduct and speaking up, with training records
ES-05 pass  # cl.5.1: whistleblowing policy, concerns to the chair or the Council's Domestic Abuse Lead, no detriment
ES-06 pass  # cl.6.1-6.2: shall not commit fraud or bribery; comply with Bribery Act 2010 / Fraud Act 2006; notify suspected fraud
ES-07 pass  # cl.7.1: information and assistance within 5 Working Days so the Council can respond to FOIA requests
ES-08 weak  # cl.7.2: generic right to inspect records, policies and Staff files; ethics not named
ES-09 pass  # cl.10.1: breach of Clauses 4-6 or disrepute allows suspension, repayment or termination
ES-10 weak  # cl.6.3: annual signed statement covers fraud/misuse of the Grant only (one-topic certificate)
COI-01 gap  # only the precedence sentence in cl.1 ("any conflict between these terms and the Grant Offer Letter") (decoy)
COI-02 gap  # absent: no conflict management or termination for conflict (only the precedence decoy in cl.1)
COI-03 gap  # only cl.2.2 "Gift Aid" on donations (decoy); no gifts and hospitality control
COI-04 gap  # absent: nothing on former officers of the Council
COI-05 weak  # cl.4.4: "may keep a register of interests" (permissive only)
COI-06 gap  # absent: no award-stage disclosure
CDM-01 pass  # cl.8.1: complaints procedure for Residents, explained on arrival and displayed in accessible formats
CDM-02 weak  # cl.8.4: complaint details provided to the Council on request only
CDM-03 pass  # cl.8.3: exit questionnaire feedback summarised in each six-monthly Monitoring Report to the Council
CDM-04 gap  # only cl.12.1: escalation/mediation of disputes between Council and Grantee (decoy); no Ombudsman co-operation
CDM-05 gap  # absent: no analysis of or learning from complaints
CDM-06 pass  # cl.8.2: acknowledge within 2 Working Days, written response within 15 Working Days
""",
))

# ---------------------------------------------------------------------------
# c03 - independent mental health advocacy (council standard terms), hand DOCX
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c03", name="imha_advocacy", ext="docx", build="docx",
    setting="Independent mental health / mental capacity advocacy; city council standard terms",
    parties="Commissioner / Provider (Ltd)",
    features="auto-numbered clauses and headings via numbering.xml (numbers only in numbering), w:del holding a code-of-conduct clause, w:ins holding the training clause, comment holding anti-bribery text, runs split mid-word with proofErr and a bookmark",
    numbering={"main": ["%1.", "%1.%2", "(%3)"]},
    revision=("K. Adeyemi (Legal Services)", "2025-01-20T09:15:00Z"),
    blocks=[
        ("title", "WESTBRIDGE CITY COUNCIL"),
        ("center", "CONTRACT FOR INDEPENDENT ADVOCACY SERVICES (IMHA AND IMCA)"),
        ("center", "Contract reference WCC/ASC/2025/009"),
        ("p", "This Contract is dated 17 February 2025 and is made between (1) Westbridge City Council of the Guildhall, Castle Square, Westbridge WB1 1GH (the \"Commissioner\"); and (2) VoiceAble Advocacy Limited, a company registered in England under number 07123456 whose registered office is at 5 Mill Lane, Westbridge WB2 3LP (the \"Provider\")."),
        ("nh", "Definitions"),
        ("n2", "\"Qualifying Patients\" means patients who are eligible for the support of an independent mental health advocate under section 130C of the Mental Health Act 1983, and persons for whom an independent mental capacity advocate must be instructed under the Mental Capacity Act 2005."),
        ("n2", "\"Staff\" means all persons employed or engaged by the Provider, including advocates and volunteers."),
        ("n2", "\"Working Day\" means a day other than a Saturday, Sunday or public holiday in England."),
        ("nh", "Services"),
        ("n2", "The Provider shall provide the Services to Qualifying Patients in accordance with the Specification, the Mental Health Act 1983 Code of Practice and the Mental Capacity Act 2005 Code of Practice."),
        ("n2", "The Provider shall ensure that the Services are delivered independently of any hospital managers, care home or responsible clinician involved in a Qualifying Patient's care."),
        ("n2", "The Provider shall maintain the Advocacy Quality Performance Mark throughout the Term."),
        ("nh", "{bm|_Ref_Ethical_Standards}Ethical Standards"),
        ("n2", "The Provider shall ensure that the principles of selflessness, integrity, objec{r}tivity, accountability, openness, honesty and leadership are observed by the Provider and its Staff in the delivery of the Services."),
        ("n2", "The Provider shall deliver the Services in line with the values statement in its tender.{del| The Provider shall comply with the Commissioner's Supplier Code of Conduct and shall ensure that its Staff do likewise.}"),
        ("n2", "The Commissioner expects the Provider's {pe}Sub{r}contractors{/pe} to meet the standards set out in this Clause 3."),
        ("n2", "{ins|The Provider shall ensure that all Staff complete induction training, and annual refresher training, on professional boundaries, conflicts of interest and raising concerns, and shall keep training records which it shall make available to the Commissioner on request.}"),
        ("n2", "The Provider shall not subject any member of Staff to any detriment for making a protected disclosure within the meaning of the Public Interest Disclosure Act 1998, and shall ensure that Staff can raise concerns about the Services directly with the Commissioner."),
        ("nh", "Conflicts of Interest"),
        ("n2", "The Provider shall ensure that neither it nor any of its Staff is placed in a position of actual or potential conflict of interest, including any interest in a hospital or care home where a Qualifying Patient is detained or resides, and shall promptly notify the Commissioner in writing with full details of any such conflict."),
        ("n2", "Where a conflict of interest is notified under Clause 4.1, the Provider shall agree a mitigation plan with the Commissioner and shall comply with any direction of the Commissioner to manage or remove the conflict, including by re-allocating the case to another advocate."),
        ("n2", "The Provider shall not offer or give any gift or hospitality to any officer of the Commissioner, and shall record in a gifts and hospi{r}tality register all gifts and hospitality offered to or received by Staff in connection with this Contract."),
        ("n2", "The Provider is encouraged to inform the Commissioner before engaging any former officer of the Commissioner who was involved in commissioning advocacy services."),
        ("n2", "The Provider confirms that it has disclosed to the Commissioner any relationship with any person involved in the procurement of this Contract, and shall keep that disclosure up to date throughout the Term."),
        ("n2", "The Commissioner's officers responsible for managing this Contract shall complete an annual declaration of interests in accordance with the Commissioner's constitution."),
        ("nh", "Information and Confidentiality"),
        ("n2", "The Provider shall provide the Commissioner with all information and assistance reasonably requested to enable the Commissioner to comply with its obligations under the Freedom of Information Act 2000 and the Environmental Information Regulations 2004, within 5 Working Days of a request."),
        ("n2", "The Provider shall keep confidential all {cm|records relating to Qualifying Patients|Legal: add anti-bribery wording here, e.g. \"The Provider shall not commit any Prohibited Act and shall maintain adequate procedures to prevent bribery by its Staff.\"}, except where disclosure is required by law or to protect a person from serious harm."),
        ("nh", "Monitoring, Audit and Assurance"),
        ("n2", "The Provider shall permit the Commissioner, and any auditor appointed by it, to monitor and audit the Provider's compliance with Clauses 3 and 4, and shall provide access to its premises, records and Staff for that purpose. The Provider's ethical performance shall be reviewed at each quarterly contract review meeting."),
        ("n2", "The Provider shall, within 20 Working Days of the Commencement Date and annually thereafter, provide the Commissioner with a certificate signed by a director confirming that the Provider has complied with Clauses 3 and 4 and that it has in place, and will maintain, the arrangements necessary to support those standards."),
        ("n2", "The Provider shall conduct an annual survey of its Staff on workload and supervision and shall share the anonymised results with the Commissioner."),
        ("nh", "Complaints"),
        ("n2", "The Provider shall establish and operate a complaints procedure for Qualifying Patients and their representatives, which shall be free of charge, available in accessible formats and publicised on every ward and in every care home the Provider visits."),
        ("n2", "The Provider shall use reasonable endeavours to acknowledge each complaint within 3 Working Days and to respond in full within 20 Working Days."),
        ("n2", "The Provider shall report to the Commissioner each quarter the number of complaints received and their outcomes (upheld, partially upheld or not upheld)."),
        ("n2", "The Provider shall analyse complaints every six months to identify themes and root causes, and shall agree with the Commissioner an action plan addressing them."),
        ("n2", "The Provider shall co-operate with any investigation of a complaint by the Commissioner, the Local Government and Social Care Ombudsman or the Parliamentary and Health Service Ombudsman, and shall implement any recommendation made."),
        ("nh", "Termination"),
        ("n2", "The Commissioner may terminate this Contract by written notice if the Provider commits a material breach of this Contract which is not remedied within 30 days of a notice requiring it to be remedied."),
        ("n2", "Either party may terminate this Contract by giving six months' written notice."),
        ("nh", "General"),
        ("n2", "In the event of any inconsistency between these Clauses and the Specification, these Clauses prevail."),
        ("n2", "This Contract is governed by the law of England and Wales."),
        ("p", "Signed for Westbridge City Council\tSigned for VoiceAble Advocacy Limited"),
    ],
    expected="""\
ES-01 pass  # cl.3.1 (auto-numbered): selflessness, integrity, objectivity, accountability, openness, honesty and leadership observed by the Provider and Staff ("objectivity" split across runs)
ES-02 gap  # code-of-conduct sentence in cl.3.2 exists only as a tracked deletion (w:del); cl.2.1 names only statutory Codes of Practice (decoy)
ES-03 weak  # cl.3.3: "The Commissioner expects the Provider's Subcontractors to meet the standards" (expects = weak; word split by proofErr)
ES-04 pass  # cl.3.4 (tracked insertion, contract text): induction and annual refresher training on boundaries, conflicts of interest and raising concerns, with records
ES-05 pass  # cl.3.5: no detriment for protected disclosures (PIDA 1998); Staff can raise concerns with the Commissioner
ES-06 gap  # anti-bribery wording appears only in a comment on cl.5.2; no bribery or fraud obligation in contract text
ES-07 pass  # cl.5.1: information and assistance for the Commissioner's FOIA / EIR obligations within 5 Working Days
ES-08 pass  # cl.6.1: Commissioner may monitor and audit compliance with Clauses 3 and 4; ethical performance reviewed quarterly
ES-09 weak  # cl.8.1: termination for unremedied material breach only; no ethics link
ES-10 pass  # cl.6.2: director-signed certificate within 20 Working Days and annually confirming compliance with Clauses 3 and 4 and supporting arrangements
COI-01 pass  # cl.4.1: avoid actual or potential conflicts of interest (Provider and Staff) and promptly notify in writing
COI-02 pass  # cl.4.2: agree a mitigation plan and comply with the Commissioner's directions to manage or remove the conflict
COI-03 pass  # cl.4.3: no gifts or hospitality to Commissioner officers; gifts and hospitality register
COI-04 weak  # cl.4.4: "is encouraged to inform" before engaging a former officer of the Commissioner (permissive)
COI-05 gap  # only cl.4.6: the Commissioner's own officers complete declarations of interests (buyer-side; wrong party)
COI-06 pass  # cl.4.5: Provider confirms it disclosed relationships with persons involved in the procurement and will keep it up to date
CDM-01 pass  # cl.7.1: free, accessible, publicised complaints procedure for Qualifying Patients
CDM-02 pass  # cl.7.3: quarterly report of complaints received and outcomes
CDM-03 gap  # only cl.6.3: staff-only survey (decoy); no service-user satisfaction or feedback data
CDM-04 pass  # cl.7.5: co-operate with Commissioner / LGSCO / PHSO investigations and implement recommendations
CDM-05 pass  # cl.7.4: six-monthly analysis of complaint themes and root causes with an agreed action plan
CDM-06 weak  # cl.7.2: reasonable endeavours to acknowledge within 3 and respond within 20 Working Days
""",
))

# ---------------------------------------------------------------------------
# c04 - library service mutual, hand ODT
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c04", name="library_mutual", ext="odt", build="odt",
    setting="Public library service run by a spun-out public service mutual; metropolitan borough services agreement",
    parties="Council / Operator (community benefit society)",
    features="headings by style and outline level, ODF text:deletion holding a Nolan clause, text:insertion holding the COI-06 confirmation, annotation holding a certification clause, lead-in with auto-lettered list, KPI table row carrying CDM-02, footnote",
    revision=("Legal Services (AMBC)", "2025-08-11T14:05:00"),
    blocks=[
        ("title", "ASHBOURNE METROPOLITAN BOROUGH COUNCIL"),
        ("center", "LIBRARY SERVICES AGREEMENT"),
        ("p", "This Agreement is dated 1 October 2025 and is made between (1) Ashbourne Metropolitan Borough Council of the Town Hall, Market Place, Ashbourne AB1 1TH (the \"Council\"); and (2) Kestrel Libraries Mutual Limited, a community benefit society registered under number 8123 whose registered office is at Central Library, Granby Street, Ashbourne AB1 2LL (the \"Operator\")."),
        ("h1", "1 Definitions"),
        ("p", "1.1 \"Customers\" means members of the public who use the Libraries, whether or not they are registered library members."),
        ("p", "1.2 \"Libraries\" means the central library, the nine branch libraries and the mobile and home library services listed in Schedule 1."),
        ("p", "1.3 \"Management Fee\" means the annual fee payable by the Council under Schedule 3."),
        ("p", "1.4 \"Prohibited Act\" means offering, giving or agreeing to give any person any financial or other advantage to induce that person to act improperly, or committing any offence under the Bribery Act 2010 or any offence of fraud."),
        ("p", "1.5 \"Staff\" means all employees and volunteers of the Operator."),
        ("p", "1.6 \"Transferring Employees\" means the employees listed in Schedule 5."),
        ("h1", "2 The Services"),
        ("p", "2.1 The Operator shall provide a comprehensive and efficient library service for the Council's area in accordance with section 7 of the Public Libraries and Museums Act 1964 and the Specification."),
        ("p", "2.2 The Operator shall provide room hire and hospitality services for community groups using the meeting rooms at the Libraries, at the rates set out in Schedule 3."),
        ("p", "2.3 The Operator shall not sub-contract any part of the Services without the Council's prior written consent, and shall be responsible for the acts and omissions of its sub-contractors as if they were its own."),
        ("h1", "3 Staff"),
        ("p", "3.1 The Operator shall employ the Transferring Employees, who were formerly employed by the Council in its library service, from the Transfer Date in accordance with the Transfer of Undertakings (Protection of Employment) Regulations 2006."),
        ("p", "3.2 The Operator shall ensure that a satisfactory enhanced DBS check is held for every member of Staff who works with children or on the home library service."),
        ("h1", "4 Conduct and Probity"),
        ("p", "4.1 The Operator shall deliver the Services in a manner that supports the Council's Library Strategy 2025-2030.{del| The Operator shall comply with, and shall ensure that its Staff comply with, the Seven Principles of Public Life.}"),
        ("p", "4.2 The Operator shall:"),
        ("a", "adopt and maintain a code of conduct for its Staff and volunteers, and ensure that they comply with it;"),
        ("a", "ensure that all Staff receive induction training, and annual refresher training, on that code of conduct and on safeguarding, and keep records of that training; and"),
        ("a", "not commit any Prohibited Act, and maintain adequate procedures designed to prevent bribery and fraud by its Staff."),
        ("p", "4.3 The Operator is encouraged to adopt a whistleblowing policy for its Staff."),
        ("p", "4.4 The Operator shall ensure that neither it nor any member of its board or Staff is placed in a position where an actual or potential conflict of interest arises in relation to the Services, and shall notify the Council promptly in writing of any such conflict."),
        ("p", "4.5 The Operator shall maintain a register of interests of its board members and of Staff who take decisions on purchasing stock, services or works, shall obtain an annual declaration (including nil returns) from each of them, and shall publish the register on its website."),
        ("p", "4.6 {ins|The Operator confirms that it has disclosed to the Council every relationship between the Operator's directors and any person involved in the Council's procurement of this Agreement, and shall keep that disclosure current.}"),
        ("h1", "5 Information"),
        ("p", "5.1 The Operator shall co-operate with the Council in meeting its obligations under the Freedom of Information Act 2000 and the Environmental Information Regulations 2004, and shall publish on its website an {cm|annual performance report|Council Legal: the Operator shall certify annually in writing that it has complied with Clause 4 (Conduct and Probity). To be agreed before signature.} in the form agreed with the Council."),
        ("p", "5.2 The Operator shall respond to any query from the Council about the Services within 5 Working Days."),
        ("p", "5.3 The Operator shall allow the Council's internal auditors access to its accounts and financial records for the purpose of verifying the Management Fee and the income from fees and charges."),
        ("h1", "6 Customers"),
        ("p", "6.1 The Operator shall operate a compliments, comments and complaints procedure for Customers, publicised in every Library and on its website."),
        ("p", "6.2 The Operator shall carry out the Public Library User Survey, or another survey of Customer satisfaction agreed with the Council, at least every two years and shall report the results to the Council."),
        ("p", "6.3 The Operator should consider carrying out trend analysis of complaints and survey results."),
        ("p", "6.4 The Operator shall report against the performance indicators in the table below."),
        ("table", [
            ["Indicator", "Requirement", "Frequency"],
            ["Visits", "The Operator shall report physical visits and virtual visits to the Libraries", "Quarterly"],
            ["Issues", "The Operator shall report loans of books, e-books and audio books", "Quarterly"],
            ["Complaints", "The Operator shall report the number of complaints received from Customers and the number resolved", "Quarterly"],
            ["Volunteering", "The Operator shall report volunteer hours contributed", "Annually"],
        ]),
        ("h1", "7 Term and Termination"),
        ("p", "7.1 This Agreement lasts for ten years from 1 October 2025."),
        ("p", "7.2 The Council may terminate this Agreement with immediate effect if the Operator commits a Prohibited Act or breaches Clause 4.2 and, where the breach is capable of remedy, fails to remedy it within 20 Working Days of notice."),
        ("p", "7.3 The Council may terminate this Agreement for convenience by giving twelve months' written notice."),
        ("h1", "8 General"),
        ("p", "8.1 The Specification is set out in Schedule 2.{fn|Schedule 2 was revised on 4 August 2025 to add the mobile library timetable.}"),
        ("p", "8.2 This Agreement is governed by the law of England and Wales."),
    ],
    expected="""\
ES-01 gap  # Seven Principles sentence in cl.4.1 exists only as a tracked deletion (text:deletion)
ES-02 pass  # cl.4.2(a) under lead-in "The Operator shall:": adopt and maintain a code of conduct for Staff and volunteers
ES-03 gap  # only cl.2.3: consent to sub-contract and liability for sub-contractors' acts (decoys); no ethical flow-down
ES-04 pass  # cl.4.2(b): induction and annual refresher training on the code of conduct, with training records
ES-05 weak  # cl.4.3: "is encouraged to adopt a whistleblowing policy" (permissive only)
ES-06 pass  # cl.4.2(c): not commit any Prohibited Act; adequate procedures to prevent bribery and fraud
ES-07 pass  # cl.5.1: co-operate with the Council's FOIA / EIR obligations and publish an annual performance report
ES-08 gap  # only cl.5.3: auditors' access to accounts to verify the Management Fee (financial-only audit decoy)
ES-09 pass  # cl.7.2: immediate termination for a Prohibited Act or breach of Clause 4.2
ES-10 gap  # annual certification appears only in an annotation (comment) on cl.5.1; none in contract text
COI-01 pass  # cl.4.4: avoid actual or potential conflicts of interest (board and Staff) and notify the Council promptly in writing
COI-02 gap  # no conflict management or conflict-linked termination; cl.7.3 is termination for convenience (decoy)
COI-03 gap  # only cl.2.2: "room hire and hospitality services" for community groups (catering decoy)
COI-04 gap  # only cl.3.1: TUPE transfer of staff formerly employed by the Council (decoy)
COI-05 pass  # cl.4.5: register of interests, annual declarations incl. nil returns, published on its website
COI-06 pass  # cl.4.6 (tracked insertion, contract text): Operator confirms it disclosed relationships with persons involved in the procurement, kept current
CDM-01 pass  # cl.6.1: compliments, comments and complaints procedure for Customers, publicised in Libraries and online
CDM-02 pass  # cl.6.4 table row "Complaints": Operator shall report complaints received and resolved, quarterly
CDM-03 pass  # cl.6.2: Customer satisfaction survey at least every two years, results reported to the Council
CDM-04 gap  # absent: no Ombudsman or independent escalation
CDM-05 weak  # cl.6.3: "should consider carrying out trend analysis" (permissive only)
CDM-06 gap  # only cl.5.2: response time for the Council's own queries (decoy); no complaint timescales
""",
))

# ---------------------------------------------------------------------------
# c05 - parking enforcement (London borough terms), .txt
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c05", name="parking_enforcement", ext="txt", build="text",
    setting="Civil parking enforcement, CCTV and vehicle pound; London borough terms and conditions",
    parties="Council / Contractor (Ltd)",
    features="upper-case headings, authority-only Nolan sentence, technical code of practice, 'Complaint' defined as the Council's complaint, armed conflict / conflict of laws decoys, exclusion-ground confirmation, CEDR mediation",
    text="""LONDON BOROUGH OF THORNFIELD

PARKING ENFORCEMENT SERVICES CONTRACT
Contract No. LBT/ENV/2025/031 - Terms and Conditions

THIS CONTRACT is made on 28 February 2025

BETWEEN

(1) THE MAYOR AND BURGESSES OF THE LONDON BOROUGH OF THORNFIELD of Thornfield Town Hall, High Road, London N99 1TB (the "Council"); and

(2) CIVICPARK SERVICES LIMITED (company number 07711223) whose registered office is at 3 Lambeth Walk, London SE11 6AA (the "Contractor").

IT IS AGREED as follows.

1. DEFINITIONS

1.1 In this Contract:

"CEO" means a civil enforcement officer employed by the Contractor;

"Commencement Date" means 1 April 2025;

"Complaint" means any formal complaint raised by the Council in relation to the Contractor's performance of its obligations under this Contract;

"Force Majeure Event" means any event beyond the reasonable control of a party, including riot, war, armed conflict, terrorism, flood and pandemic;

"PCN" means a penalty charge notice issued under the Traffic Management Act 2004;

"Staff" means all employees and agency workers of the Contractor engaged in the Services;

"Sub-contractor" means any person engaged by the Contractor to perform part of the Services;

"Working Day" means a day other than a Saturday, Sunday or bank holiday in England.

2. THE SERVICES

2.1 The Contractor shall provide on-street and car park enforcement, CCTV enforcement of moving traffic contraventions, vehicle removals and the vehicle pound, as described in the Specification.

2.2 The Contractor shall comply with the Traffic Management Act 2004, the Civil Enforcement of Parking Contraventions (England) General Regulations 2007 and the Secretary of State's Statutory Guidance to local authorities on the civil enforcement of parking contraventions.

2.3 The Contractor shall comply with the Surveillance Camera Code of Practice issued under the Protection of Freedoms Act 2012 in operating the Council's enforcement cameras.

2.4 The Contractor shall ensure that every CEO has completed the Level 2 Award for Parking Enforcement Officers, personal safety training and training in the use of handheld computers before being deployed.

2.5 The Contractor shall not set targets or quotas for the number of PCNs issued by any CEO.

3. THE COUNCIL'S ROLE

3.1 The Council remains the enforcement authority and shall consider all challenges, representations and appeals against PCNs.

3.2 The Council's officers and elected Members are bound by the Seven Principles of Public Life (the Nolan Principles) under the Council's Constitution.

4. PERFORMANCE AND REPORTING

4.1 The Contractor shall meet the Key Performance Indicators in Schedule 2.

4.2 The Contractor shall respond in writing to each Complaint within 5 Working Days of receiving it.

4.3 The Contractor shall report to the Council each month all incidents of verbal or physical assault on CEOs and all claims for damage to vehicles removed to the pound.

4.4 The Contractor shall carry out an annual survey of members of the public, including residents, businesses and visitors, on their satisfaction with the conduct of CEOs and with the pound service, and shall report the results to the Council.

5. PROPER CONDUCT OF ENFORCEMENT

5.1 The Contractor shall not offer, give, request or accept any financial or other advantage as an inducement or reward for issuing, cancelling or not issuing a PCN or for releasing a vehicle, shall maintain counter fraud procedures covering the handling of cash and the cancellation of PCNs, and shall notify the Council immediately of any suspected fraud or bribery by Staff.

5.2 The Contractor shall not offer or give any gift or hospitality to any officer or Member of the Council, and shall record in a gifts and hospitality register, open to inspection by the Council, all gifts and hospitality offered to its Staff by motorists, businesses or any other person.

5.3 The Contractor shall notify the Council before engaging any person who within the preceding 24 months was an officer in the Council's Parking Services team, and shall ensure that no such person uses confidential information obtained in that role.

5.4 The Contractor shall provide a confidential reporting line through which Staff can raise concerns about the conduct of enforcement, and shall ensure that no member of Staff is victimised for raising a concern in good faith.

5.5 The Contractor is not required to maintain a register of interests for its Staff.

6. INFORMATION

6.1 The Contractor shall provide the Council, within 5 Working Days of a request, with all information the Council needs to respond to a request under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004 and to publish its annual parking report.

6.2 The Contractor shall keep all information relating to motorists confidential and shall process personal data only on the Council's documented instructions.

7. AUDIT AND ASSURANCE

7.1 The Council may audit the Contractor's compliance with Clause 5, and the Contractor shall give the Council's auditors access to its premises, systems, records and Staff for that purpose.

7.2 Within 20 Working Days of the Commencement Date and by 31 May in each year, the Contractor shall provide to the Council a compliance statement signed by a director confirming that the Contractor has complied with Clause 5 and that it has in place the arrangements needed to secure that compliance.

8. SUB-CONTRACTING

8.1 The Contractor shall not sub-contract the vehicle removal service without the Council's prior written consent.

8.2 The Contractor shall be responsible for the acts and omissions of its Sub-contractors as if they were its own.

9. CONTRACTOR'S CONFIRMATIONS

9.1 The Contractor confirms that neither it nor any of its directors has been convicted of any offence referred to in regulation 57 of the Public Contracts Regulations 2015.

10. DEFAULT AND TERMINATION

10.1 If the Contractor breaches Clause 5, the Council may require the Contractor to remove from the Services any member of Staff responsible and, where the breach is serious or repeated, may terminate this Contract with immediate effect by written notice.

10.2 The Council may terminate this Contract for convenience by giving six months' written notice.

11. FORCE MAJEURE

11.1 Neither party shall be liable for any failure to perform its obligations to the extent caused by a Force Majeure Event.

12. DISPUTES

12.1 Any dispute between the Council and the Contractor shall be referred to mediation in accordance with the CEDR Model Mediation Procedure and, if it is not resolved within 30 days, to the courts.

13. GOVERNING LAW

13.1 This Contract is governed by the law of England and Wales, without regard to its conflict of laws rules.

SCHEDULE 2 - KEY PERFORMANCE INDICATORS

KPI 1   PCNs cancelled because of CEO error: fewer than 2% of PCNs issued each month.
KPI 2   Vehicles released from the pound within 30 minutes of payment: 95%.
KPI 3   Deployed CEO hours against the agreed deployment plan: 98%.
KPI 4   CCTV contravention evidence packs complete: 99%.
""",
    expected="""\
ES-01 gap  # only cl.3.2: the Council's officers and Members are bound by the Nolan Principles (wrong party)
ES-02 gap  # only cl.2.3: Surveillance Camera Code of Practice (technical code-of-practice decoy)
ES-03 gap  # only cl.8.1-8.2: consent to sub-contract and liability for Sub-contractors' acts (decoys)
ES-04 gap  # only cl.2.4: technical / personal-safety training (decoy); no ethics training
ES-05 pass  # cl.5.4: confidential reporting line for Staff concerns; no victimisation for good-faith concerns
ES-06 pass  # cl.5.1: no inducement or reward; counter fraud procedures; notify suspected fraud or bribery
ES-07 pass  # cl.6.1: information within 5 Working Days for FOIA / EIR requests and the annual parking report
ES-08 pass  # cl.7.1: Council may audit compliance with Clause 5 (conduct) with access to premises, records and Staff
ES-09 pass  # cl.10.1: breach of Clause 5 allows removal of Staff and termination
ES-10 pass  # cl.7.2: director-signed compliance statement at start and annually confirming Clause 5 compliance and arrangements
COI-01 gap  # only "armed conflict" (cl.1.1 Force Majeure Event) and "conflict of laws" (cl.13.1) (decoys)
COI-02 gap  # absent: no conflict management; cl.10.2 is termination for convenience
COI-03 pass  # cl.5.2: no gifts or hospitality to Council officers or Members; gifts and hospitality register
COI-04 pass  # cl.5.3: notify before engaging anyone who was a Council Parking Services officer within 24 months; no use of confidential information
COI-05 gap  # cl.5.5: "is not required to maintain a register of interests" (negated)
COI-06 gap  # only cl.9.1: confirmation about convictions under reg. 57 PCR 2015 (exclusion-ground decoy)
CDM-01 gap  # "Complaint" (cl.1.1) is the Council's complaint about the Contractor's performance (decoy); no service-user complaints procedure
CDM-02 gap  # only cl.4.3: monthly incident and damage-claim reporting without complaints (decoy)
CDM-03 pass  # cl.4.4: annual survey of members of the public on satisfaction, results reported to the Council
CDM-04 gap  # only cl.12.1: CEDR mediation of disputes between the parties (decoy)
CDM-05 gap  # absent: no analysis of or learning from complaints
CDM-06 gap  # only cl.4.2: response time for the Council's own Complaints about performance (decoy)
""",
))

# ---------------------------------------------------------------------------
# c06 - interpreting and translation framework call-off (CCS-like), HTML -> DOCX via soffice
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c06", name="interpreting_calloff", ext="docx", build="soffice-html",
    setting="Interpreting and translation call-off under a language services framework; CCS-style core terms, ICB buyer",
    parties="Buyer (ICB) / Supplier (Ltd)",
    features="converted by soffice from HTML; order-form table with a rule-bearing special term, 'expects' sentence (weak for two rules), one-topic anti-bribery certificate, [Guidance: ...] drafting note, data-protection 'request, complaint or communication', wrong-party Ombudsman sentence, auto-lettered list",
    blocks=[
        ("title", "Call-Off Contract for Interpreting and Translation Services"),
        ("center", "Language Services Framework LS3 - Call-Off Order Form and Call-Off Core Terms (adapted)"),
        ("p", "This Call-Off Contract is made on 9 April 2025 between (1) NHS Riverside Integrated Care Board, Riverside House, 1 Quay Street, Riverside RV1 1QS (the \"Buyer\"); and (2) Lingua Bridge Limited, a company registered in England under number 06543210 whose registered office is at 40 Albion Road, Leeds LS2 8AA (the \"Supplier\")."),
        ("h1", "Call-Off Order Form"),
        ("table", [
            ["Item", "Details"],
            ["Call-Off Reference", "RICB-LS3-2025-044"],
            ["Call-Off Start Date", "1 May 2025"],
            ["Call-Off Expiry Date", "30 April 2027, with an option to extend by 12 months"],
            ["Services", "Face-to-face, telephone and video interpreting in spoken languages; British Sign Language interpreting; written translation and transcription"],
            ["Call-Off Special Term 1", "The Supplier must ensure that all Supplier Staff complete training on confidentiality, impartiality, conflicts of interest and anti-bribery before their first assignment and every year afterwards, and must keep training records."],
            ["Charges", "As set out in the Framework price matrix, Lot 1 and Lot 3"],
        ]),
        ("h1", "Call-Off Core Terms"),
        ("h2", "1. Definitions"),
        ("p", "1.1 \"Conflict of Interest\" means a conflict between the financial or personal duties of the Supplier or the Supplier Staff and their duties owed to the Buyer under this Contract."),
        ("p", "1.2 \"Linguist\" means an interpreter or translator who performs an assignment for the Buyer."),
        ("p", "1.3 \"Prescribed Person\" means a legal adviser, a Member of Parliament or an appropriate body to which a whistleblower may make a disclosure under the Public Interest Disclosure Act 1998."),
        ("p", "1.4 \"Prohibited Act\" means directly or indirectly offering, giving or agreeing to give any servant of the Buyer any financial or other advantage as an inducement or reward for doing or not doing any act in relation to this Contract, or committing any offence under the Bribery Act 2010."),
        ("p", "1.5 \"Service Users\" means patients and members of the public for whom interpreting or translation is provided."),
        ("p", "1.6 \"Supplier Staff\" means all individuals employed or engaged by the Supplier, including freelance Linguists."),
        ("h2", "2. How the Contract works"),
        ("p", "2.1 If there is a conflict between the Order Form and these Core Terms, the Order Form prevails."),
        ("h2", "3. What the Supplier must do"),
        ("p", "3.1 The Supplier must provide the Services in accordance with the Order Form, the Specification and the registration requirements of the National Register of Public Service Interpreters."),
        ("p", "3.2 The Supplier must fulfil at least 97% of booking requests for spoken-language interpreting and 90% of requests for British Sign Language interpreting."),
        ("h2", "4. Ethical conduct"),
        ("p", "4.1 The Supplier must, and must ensure that all Supplier Staff, act in accordance with the Nolan Principles (the Seven Principles of Public Life) when delivering the Services."),
        ("p", "4.2 The Buyer expects the Supplier and its Subcontractors to meet the standards set out in the Supplier Code of Conduct."),
        ("p", "4.3 The Supplier and the Supplier Staff must report to the Buyer any actual or suspected breach of Law or of this Contract, and the Supplier must not retaliate against any of the Supplier Staff who in good faith reports a breach to the Buyer or a Prescribed Person."),
        ("h2", "5. Preventing fraud, bribery and corruption"),
        ("p", "5.1 The Supplier:"),
        ("a", "must not during the Contract Period commit a Prohibited Act or do anything that would cause the Buyer to contravene the Bribery Act 2010;"),
        ("a", "must create, maintain and enforce adequate policies and procedures to prevent a Prohibited Act by the Supplier or the Supplier Staff; and"),
        ("a", "must immediately notify the Buyer if it becomes aware of any breach of this Clause 5."),
        ("p", "5.2 Within 20 Working Days of the Call-Off Start Date and then annually, the Supplier must certify in writing to the Buyer that it and the Supplier Staff have complied with this Clause 5."),
        ("h2", "6. Conflicts of interest"),
        ("p", "6.1 The Supplier must take action to ensure that neither the Supplier nor the Supplier Staff are placed in the position of an actual or potential Conflict of Interest, including where a Linguist is related to or known to a Service User, and must promptly notify and provide details to the Buyer if a Conflict of Interest happens or is expected to happen."),
        ("p", "6.2 The Buyer can terminate this Contract immediately by giving notice in writing to the Supplier, or take any steps it thinks are necessary, where there is or may be an actual or potential Conflict of Interest."),
        ("p", "6.3 The Supplier confirms that it has disclosed to the Buyer any relationship with any person involved in the award of this Contract and that it has not obtained any unfair advantage, and must keep that disclosure up to date during the Contract Period."),
        ("p", "6.4 [Guidance: Buyers may wish to add a gifts and hospitality clause here, for example \"The Supplier must not offer any gift or hospitality to Buyer staff and must keep a gifts and hospitality register\".]"),
        ("h2", "7. Transparency and FOIA"),
        ("p", "7.1 The Supplier must provide full co-operation and the information needed so the Buyer can publish the Transparency Information and comply with any Freedom of Information Act (FOIA) request, within 5 Working Days of the Buyer's request."),
        ("h2", "8. Records and audit"),
        ("p", "8.1 The Supplier must keep full and accurate records of all bookings, assignments and invoices for seven years after the end of the Contract."),
        ("p", "8.2 The Supplier must allow any Auditor access to its premises, systems, records and Supplier Staff to verify the Supplier's performance of this Contract."),
        ("h2", "9. Management information and service quality"),
        ("p", "9.1 The Supplier must provide Monthly Management Information to the Buyer which includes the number of bookings fulfilled, the number of complaints received about Linguists and the number of those complaints upheld."),
        ("p", "9.2 The Supplier may seek feedback from patients on the quality of interpreting."),
        ("p", "9.3 The Buyer shall co-operate with the Parliamentary and Health Service Ombudsman in any investigation into the Buyer's use of interpreting services."),
        ("h2", "10. Data protection"),
        ("p", "10.1 The Supplier must notify the Buyer within 2 Working Days if it receives any request, complaint or communication relating to either Party's obligations under the Data Protection Legislation."),
        ("h2", "11. Ending the contract"),
        ("p", "11.1 The Buyer can terminate this Contract if the Supplier commits a Default of Clauses 4, 5 or 6, or if the Supplier or its Affiliates embarrass or bring the Buyer into disrepute or diminish the public trust in it."),
        ("p", "11.2 The Buyer can require the Supplier to replace any Supplier Staff whose acts or omissions have caused the Supplier to breach Clause 4 or Clause 5."),
        ("h2", "12. Resolving disputes"),
        ("p", "12.1 The Parties must attempt in good faith to resolve any dispute between them and, if they cannot, must refer it to mediation administered by the Centre for Effective Dispute Resolution."),
    ],
    expected="""\
ES-01 pass  # cl.4.1: Supplier must, and must ensure Supplier Staff, act in accordance with the Nolan Principles
ES-02 weak  # cl.4.2: "The Buyer expects the Supplier ... to meet the standards set out in the Supplier Code of Conduct" (expects = weak)
ES-03 weak  # cl.4.2: the same "expects" sentence is the only reference to Subcontractors meeting ethical standards (weak)
ES-04 pass  # Order Form table row "Call-Off Special Term 1": training on confidentiality, impartiality, conflicts of interest and anti-bribery, with records
ES-05 pass  # cl.4.3: report suspected breaches to the Buyer; no retaliation against good-faith reporters incl. to a Prescribed Person
ES-06 pass  # cl.5.1 list items a-c under lead-in "The Supplier:": no Prohibited Act; adequate procedures; immediate notice
ES-07 pass  # cl.7.1: co-operation and information so the Buyer can publish Transparency Information and answer FOIA requests
ES-08 weak  # cl.8.2: generic Auditor access to verify performance; ethics not named
ES-09 pass  # cl.11.1-11.2: termination for Default of Clauses 4-6 or disrepute; replacement of Supplier Staff who breach Clause 4 or 5
ES-10 weak  # cl.5.2: start-date and annual certification covers the anti-bribery clause only (one-topic certificate)
COI-01 pass  # cl.6.1: avoid actual or potential Conflict of Interest (Supplier and Supplier Staff) and promptly notify the Buyer
COI-02 pass  # cl.6.2: Buyer can terminate or take any steps it thinks necessary where there is a Conflict of Interest
COI-03 gap  # only cl.6.4 "[Guidance: ...]" drafting note suggesting a gifts and hospitality clause (decoy)
COI-04 gap  # absent: nothing on former officials of the Buyer
COI-05 gap  # absent: no declarations of interests register
COI-06 pass  # cl.6.3: Supplier confirms it disclosed relationships with persons involved in the award / no unfair advantage, kept up to date
CDM-01 gap  # only cl.10.1: data-protection "request, complaint or communication" (decoy); no service-user complaints procedure
CDM-02 pass  # cl.9.1: Monthly Management Information includes complaints received about Linguists and the number upheld
CDM-03 weak  # cl.9.2: "The Supplier may seek feedback from patients" (permissive only)
CDM-04 gap  # only cl.9.3 (the Buyer co-operates with the PHSO; wrong party) and cl.12.1 (CEDR mediation decoy)
CDM-05 gap  # absent: no analysis of or learning from complaints
CDM-06 gap  # only cl.10.1: notification of data-protection complaints within 2 Working Days (decoy); no complaint-handling timescales
""",
))

# ---------------------------------------------------------------------------
# c07 - NHS 111 / integrated urgent care (NHS Standard Contract style), hand DOCX
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c07", name="nhs111_urgent_care", ext="docx", build="docx",
    setting="NHS 111 and clinical assessment service; NHS Standard Contract-style particulars, service and general conditions",
    parties="Co-ordinating Commissioner (ICB) / Provider (Ltd)",
    features="table of contents lines, SC/GC clause numbers generated only by numbering.xml (two schemes), heading with '[Not used]' body, particulars table, reporting table with rule-bearing rows, footnotes, split runs",
    numbering={"sc": ["SC%1", "%1.%2", "(%3)"], "gc": ["GC%1", "%1.%2", "(%3)"]},
    revision=("Contracts Team", "2025-03-03T11:00:00Z"),
    blocks=[
        ("title", "NHS STANDARD CONTRACT 2025/26"),
        ("center", "PARTICULARS, SERVICE CONDITIONS AND GENERAL CONDITIONS (FULL LENGTH)"),
        ("center", "Integrated Urgent Care: NHS 111 and Clinical Assessment Service"),
        ("h1", "Contents"),
        ("toc", "Particulars\t1"),
        ("toc", "Service Conditions\t3"),
        ("toc", "SC3 Seven Principles of Public Life\t4"),
        ("toc", "SC6 Complaints\t5"),
        ("toc", "General Conditions\t7"),
        ("toc", "GC4 Conflicts of Interest and Transparency on Gifts and Hospitality\t8"),
        ("h1", "Particulars"),
        ("table", [
            ["Particular", "Entry"],
            ["Contract Reference", "SVICB-IUC-2025-01"],
            ["Co-ordinating Commissioner", "NHS Severn Vale Integrated Care Board"],
            ["Provider", "Meridian Urgent Care Limited (company number 04455667)"],
            ["Effective Date", "1 April 2025"],
            ["Service Commencement Date{fn|The Service Commencement Date may be deferred by agreement during mobilisation.}", "1 October 2025"],
            ["Expiry Date", "30 September 2030"],
        ]),
        ("p", "This Contract is made between NHS Severn Vale Integrated Care Board, acting on its own behalf and on behalf of the other Commissioners (the \"Co-ordinating Commissioner\"), and Meridian Urgent Care Limited, whose registered office is at Meridian House, Gloucester Road, Cheltenham GL50 2AA (the \"Provider\")."),
        ("h1", "Service Conditions"),
        ("nh", "Service Requirements", "sc"),
        ("n2", "The Provider must provide the Services in accordance with the Service Specifications, the Integrated Urgent Care Service Specification and Key Performance Indicators and Good Practice.{fn|The Integrated Urgent Care Key Performance Indicators are published by NHS England and revised from time to time.}", "sc"),
        ("n2", "The Provider must ensure that NHS 111 calls are answered by health advisers supported by clinicians in the Clinical Assessment Service.", "sc"),
        ("nh", "Staff", "sc"),
        ("n2", "The Provider must ensure that all Staff complete induction and annual refresher training on the Provider's code of conduct, conflicts of interest, anti-bribery and Freedom to Speak Up, and must keep training records available to the Co-ordinating Commissioner.", "sc"),
        ("nh", "Seven Principles of Public Life", "sc"),
        ("n2", "[Not used]", "sc"),
        ("nh", "Standards of Business Conduct", "sc"),
        ("n2", "The Provider must ensure that all Staff comply with the Provider's code of conduct and with the standards of business conduct set out in Managing Conflicts of Interest in the NHS.", "sc"),
        ("n2", "The Provider must ensure that each {pe}Sub-Con{r}tractor{/pe} is bound by obligations no less onerous than those in SC2, SC4, GC3 and GC4.", "sc"),
        ("nh", "Freedom to Speak Up", "sc"),
        ("n2", "The Provider must have in place a Freedom to Speak Up Guardian and a speaking-up policy consistent with the guidance of the National Guardian's Office, and must ensure that no member of Staff suffers any detriment for speaking up.", "sc"),
        ("nh", "Complaints", "sc"),
        ("n2", "The Provider must have in place and publicise a complaints procedure which complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, and must make information about it available to Service Users who call NHS 111.", "sc"),
        ("n2", "The Provider must acknowledge each complaint within 3 Operational Days and must provide a full response within 25 Operational Days or any longer period agreed with the complainant, explaining the reasons for any delay.", "sc"),
        ("n2", "The Provider must co-operate with the Parliamentary and Health Service Ombudsman in any investigation of a complaint, including by providing information and attending meetings, and must implement any recommendation made.", "sc"),
        ("n2", "The Provider must review complaints, incidents and Friends and Family Test results each quarter to identify themes and lessons learned, and must agree an action plan with the Co-ordinating Commissioner where the same theme recurs.", "sc"),
        ("nh", "Patient Experience", "sc"),
        ("n2", "The Provider must offer Service Users the opportunity to give feedback through the Friends and Family Test and must report the results to the Co-ordinating Commissioner each month.", "sc"),
        ("nh", "Transparency", "sc"),
        ("n2", "The Provider must publish on its website the information required by the Transparency Guidance and must give the Co-ordinating Commissioner all reasonable assistance to respond to any request for information under the Freedom of Information Act 2000 within 5 Operational Days.", "sc"),
        ("nh", "Assurance and Audit", "sc"),
        ("n2", "By 30 June in each Contract Year the Provider must give the Co-ordinating Commissioner an annual compliance statement, approved by its Board, confirming that it has complied with SC2, SC4, SC5, GC3 and GC4 and that a nominated ethics lead with Board-level responsibility oversees that compliance.", "sc"),
        ("n2", "The Co-ordinating Commissioner may audit the Provider's compliance with SC4, SC5, GC3 and GC4, and the Provider's ethical performance must be reviewed at each Review Meeting.", "sc"),
        ("h1", "General Conditions"),
        ("nh", "Definitions", "gc"),
        ("n2", "\"Decision-Making Staff\" means Staff who make or significantly influence decisions about the commissioning of services, the purchase of goods or services or the management of the Services.", "gc"),
        ("n2", "\"Operational Day\" means a day other than a Saturday, Sunday or bank holiday in England.", "gc"),
        ("n2", "\"Service Users\" means patients and members of the public who use the Services.", "gc"),
        ("nh", "Reporting", "gc"),
        ("n2", "The Provider must submit the reports listed in the table below at the frequencies stated.", "gc"),
        ("table", [
            ["Report", "Content", "Frequency"],
            ["Integrated Urgent Care Aggregate Data Collection", "Calls received, calls answered within 60 seconds, calls receiving clinical input", "Monthly"],
            ["Complaints report", "The Provider must report the number of complaints received, upheld, partially upheld and not upheld, with response times", "Quarterly"],
            ["KO41a return", "The Provider must submit the KO41a complaints return through the Strategic Data Collection Service", "Annually"],
        ]),
        ("nh", "Counter-Fraud and Bribery", "gc"),
        ("n2", "The Provider must put in place and maintain appropriate counter-fraud and security management arrangements, must not commit any offence under the Bribery Act 2010, and must notify the Co-ordinating Commissioner and the NHS Counter Fraud Authority immediately of any suspected fraud, bribery or corruption.", "gc"),
        ("nh", "Conflicts of Interest and Transparency on Gifts and Hospitality", "gc"),
        ("n2", "The Provider must ensure that neither it nor any of its Staff is placed in a position where there is or may be an actual or potential conflict of interest with its duties under this Contract, and must notify the Co-ordinating Commissioner in writing promptly of any such conflict.", "gc"),
        ("n2", "Where a conflict of interest is notified, the Provider must take such steps as the Co-ordinating Commissioner directs to manage or remove the conflict, in accordance with a mitigation plan agreed between them.", "gc"),
        ("n2", "The Provider must ensure that all Staff comply with Managing Conflicts of Interest in the NHS in relation to gifts, hospitality and other inducements, and must maintain a register of gifts and hospitality which it must make available to the Co-ordinating Commissioner.", "gc"),
        ("n2", "The Provider must maintain a register of interests, must ensure that all Decision-Making Staff complete an annual declaration of interests or a nil return, and must publish on its website the name and position of any Decision-Making Staff who have neither completed a declaration of interest nor submitted a nil return.", "gc"),
        ("n2", "The Provider may be asked by the Co-ordinating Commissioner to confirm whether it has disclosed any relationship with persons involved in the procurement of this Contract.", "gc"),
        ("nh", "Termination", "gc"),
        ("n2", "The Co-ordinating Commissioner may terminate this Contract by notice if the Provider is in material breach of this Contract and has not remedied the breach within 20 Operational Days of notice.", "gc"),
        ("n2", "Either Party may terminate this Contract by giving at least 12 months' notice.", "gc"),
        ("nh", "Law and Disputes", "gc"),
        ("n2", "This Contract is governed by the law of England. Any dispute between the Parties must be referred first to negotiation and then to mediation.", "gc"),
    ],
    expected="""\
ES-01 gap  # only the TOC line "SC3 Seven Principles of Public Life" and heading SC3 whose body SC3.1 is "[Not used]" (decoys)
ES-02 pass  # SC4.1 (auto-numbered): Provider must ensure all Staff comply with the Provider's code of conduct and standards of business conduct
ES-03 pass  # SC4.2: each Sub-Contractor bound by obligations no less onerous than SC2, SC4, GC3 and GC4 (ethics clauses)
ES-04 pass  # SC2.1: induction and annual refresher training on code of conduct, conflicts, anti-bribery and Freedom to Speak Up, with records
ES-05 pass  # SC5.1: Freedom to Speak Up Guardian and speaking-up policy; no detriment for speaking up
ES-06 pass  # GC3.1: counter-fraud arrangements; no Bribery Act 2010 offence; immediate notice of suspected fraud, bribery or corruption
ES-07 pass  # SC8.1: publish Transparency Guidance information; assist with FOIA requests within 5 Operational Days
ES-08 pass  # SC9.2: Co-ordinating Commissioner may audit compliance with SC4, SC5, GC3, GC4; ethical performance reviewed at Review Meetings
ES-09 weak  # GC5.1: termination for unremedied material breach only; no ethics link
ES-10 pass  # SC9.1: annual Board-approved compliance statement covering SC2, SC4, SC5, GC3, GC4 with a nominated ethics lead
COI-01 pass  # GC4.1: avoid actual or potential conflicts of interest (Provider and Staff) and notify promptly in writing
COI-02 pass  # GC4.2: take steps the Co-ordinating Commissioner directs to manage or remove the conflict, per an agreed mitigation plan
COI-03 pass  # GC4.3: Staff comply with Managing Conflicts of Interest in the NHS on gifts and hospitality; register of gifts and hospitality
COI-04 gap  # absent: nothing on former office holders
COI-05 pass  # GC4.4: register of interests; annual declarations or nil returns by Decision-Making Staff; publish non-declarers
COI-06 weak  # GC4.5: "may be asked ... to confirm whether it has disclosed" relationships (permissive only)
CDM-01 pass  # SC6.1: publicised complaints procedure complying with the 2009 Complaints Regulations
CDM-02 pass  # GC2 reporting table rows: quarterly complaints report (received, upheld, partially upheld, not upheld) and annual KO41a
CDM-03 pass  # SC7.1: Friends and Family Test feedback reported to the Co-ordinating Commissioner monthly
CDM-04 pass  # SC6.3: co-operate with PHSO investigations and implement any recommendation
CDM-05 pass  # SC6.4: quarterly review of complaints and FFT results for themes and lessons learned; action plan where themes recur
CDM-06 pass  # SC6.2: acknowledge within 3 Operational Days; full response within 25 Operational Days or as agreed, delay explained
""",
))

# ---------------------------------------------------------------------------
# c08 - non-emergency patient transport, Welsh health board; FODT -> ODT via soffice
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c08", name="patient_transport_wales", ext="odt", build="soffice-fodt",
    setting="Non-emergency patient transport service; Welsh university health board agreement (Putting Things Right, PSOW)",
    parties="Commissioner (health board) / Contractor (Ltd)",
    features="converted by soffice from flat ODT; tracked deletion holding the whistleblowing clause, annotation holding a procurement-disclosure confirmation, tender-claim recital, Self Audit Certificate decoy, negated code and FOI clauses, KPI table",
    revision=("Procurement Services", "2025-05-21T16:40:00"),
    blocks=[
        ("title", "GLAN TYWI UNIVERSITY HEALTH BOARD"),
        ("center", "Agreement for the Provision of Non-Emergency Patient Transport Services"),
        ("p", "This Agreement is made on 2 June 2025 between (1) Glan Tywi University Health Board, Hafan Tywi, Heol y Parc, Carmarthen SA31 9XX (the \"Commissioner\"); and (2) Dragon Patient Transport Limited, a company registered in England and Wales under number 08765432 whose registered office is at Unit 4, Parc Menter, Llanelli SA14 8YY (the \"Contractor\")."),
        ("h1", "Recitals"),
        ("p", "(A) The Commissioner wishes to secure non-emergency patient transport for eligible patients attending hospital appointments across its area."),
        ("p", "(B) The Contractor was selected following a competitive tender."),
        ("p", "(C) In its tender the Contractor stated that 97% of the patients it transported in 2024 rated its service as good or excellent."),
        ("h1", "1 Definitions"),
        ("p", "1.1 \"Eligible Patients\" means patients who meet the eligibility criteria in the Welsh Government's non-emergency patient transport policy."),
        ("p", "1.2 \"Personnel\" means all employees, drivers, escorts and volunteer car drivers engaged by the Contractor."),
        ("p", "1.3 \"Prohibited Act\" means offering, giving or agreeing to give any person any financial or other advantage to induce improper performance, or committing any offence under the Bribery Act 2010 or the Fraud Act 2006."),
        ("h1", "2 Services"),
        ("p", "2.1 The Contractor shall provide the Services seven days a week in accordance with the Specification and the journey standards in Schedule 2."),
        ("p", "2.2 The Contractor shall comply with the Welsh Language Standards that apply to the Commissioner in so far as they relate to the Services."),
        ("p", "2.3 The Contractor shall provide an induction programme for all Personnel before they transport Eligible Patients."),
        ("h1", "3 Ethical Standards"),
        ("p", "3.1 The Contractor shall act, and shall ensure that its Personnel act, in accordance with the Nolan Principles in delivering the Services."),
        ("p", "3.2 The Contractor shall not be required to adopt the Commissioner's Supplier Code of Conduct."),
        ("p", "3.3 The Contractor shall procure that each Sub-contractor, including any volunteer car scheme, complies with obligations equivalent to those in this Clause 3 and in Clauses 4 and 5."),
        ("p", "3.4 The Contractor shall keep all patient information confidential.{del| The Contractor shall maintain a whistleblowing policy and shall ensure that no member of its Personnel suffers any detriment for raising a concern in good faith.}"),
        ("h1", "4 Bribery and Fraud"),
        ("p", "4.1 The Contractor shall not commit any Prohibited Act and shall maintain adequate procedures to prevent bribery and fraud by its Personnel, including in the recording of mileage and journeys."),
        ("h1", "5 Conflicts of Interest, Gifts and Former Employees"),
        ("p", "5.1 The Contractor shall ensure that neither it nor its Personnel is placed in a position of actual or potential conflict of interest and shall promptly notify the Commissioner in writing of any such conflict."),
        ("p", "5.2 The Contractor should consider whether any conflict of interest notified under Clause 5.1 can be mitigated."),
        ("p", "5.3 The Contractor shall not offer any gift or hospitality to any officer of the Commissioner and shall keep a gifts and hospitality register, which it shall provide to the Commissioner on request."),
        ("p", "5.4 The Contractor shall notify the Commissioner before engaging any person who within the preceding 12 months was employed by the Commissioner in a role connected with the commissioning of patient transport services."),
        ("p", "5.5 The Contractor shall maintain a {cm|register of interests|Procurement Services: please insert \"The Contractor confirms that it has disclosed any relationship with any person involved in the procurement of this Agreement.\"} of its directors and of the managers who take decisions on the Services, shall obtain a declaration of interests or a nil return from each of them every year, and shall provide the register to the Commissioner each year."),
        ("h1", "6 Information"),
        ("p", "6.1 The Contractor is not subject to the Freedom of Information Act 2000 and shall not be required to assist the Commissioner with any request made under it."),
        ("p", "6.2 The Contractor shall provide to the Commissioner each year a Self Audit Certificate signed by its finance director confirming that its financial records relating to the Charges are complete and accurate."),
        ("h1", "7 Audit"),
        ("p", "7.1 The Commissioner may audit the Contractor's compliance with Clauses 3, 4 and 5, and the Contractor shall give the Commissioner's auditors access to its premises, records and Personnel for that purpose."),
        ("h1", "8 Concerns and Complaints"),
        ("p", "8.1 The Contractor shall operate a procedure for handling concerns and complaints raised by or on behalf of patients which complies with the National Health Service (Concerns, Complaints and Redress Arrangements) (Wales) Regulations 2011 (Putting Things Right), and shall publicise it in every vehicle in Welsh and English."),
        ("p", "8.2 The Contractor shall acknowledge each concern within 2 working days and shall send a full response within 30 working days, explaining the reasons for any delay."),
        ("p", "8.3 The Contractor shall co-operate with the Public Services Ombudsman for Wales in any investigation of a concern about the Services and shall implement any recommendation made."),
        ("p", "8.4 The Contractor shall analyse concerns each quarter to identify themes and root causes, and shall report the lessons learned and the actions taken to the Commissioner's Quality and Safety Committee."),
        ("p", "8.5 The Contractor shall report against the indicators in the table below."),
        ("table", [
            ["Indicator", "Requirement", "Frequency"],
            ["Journeys", "Number of journeys completed, aborted and cancelled", "Monthly"],
            ["Timeliness", "Patients collected within 60 minutes of the booked time", "Monthly"],
            ["Concerns", "The Contractor shall submit a concerns report stating the number of complaints received, the number answered within 30 working days and the outcome of each", "Quarterly"],
        ]),
        ("h1", "9 Termination"),
        ("p", "9.1 The Commissioner may terminate this Agreement with immediate effect if the Contractor commits a Prohibited Act or breaches Clause 3, and may require the Contractor to remove from the Services any member of its Personnel whose conduct caused the breach."),
        ("p", "9.2 Either party may terminate this Agreement by giving six months' written notice."),
        ("h1", "10 General"),
        ("p", "10.1 This Agreement is governed by the law of England and Wales as it applies in Wales."),
    ],
    expected="""\
ES-01 pass  # cl.3.1: the Contractor shall act, and ensure its Personnel act, in accordance with the Nolan Principles
ES-02 gap  # cl.3.2: "shall not be required to adopt the Commissioner's Supplier Code of Conduct" (negated)
ES-03 pass  # cl.3.3: shall procure that each Sub-contractor complies with obligations equivalent to Clauses 3 to 5 (ethics clauses)
ES-04 weak  # cl.2.3: generic "induction programme for all Personnel"; ethics not named
ES-05 gap  # whistleblowing sentence in cl.3.4 exists only as a tracked deletion; "concerns" in cl.8 are patient complaints (Putting Things Right), not speaking up
ES-06 pass  # cl.4.1: shall not commit any Prohibited Act; adequate procedures to prevent bribery and fraud
ES-07 gap  # cl.6.1: "shall not be required to assist the Commissioner with any request" under FOIA (negated)
ES-08 pass  # cl.7.1: Commissioner may audit compliance with Clauses 3, 4 and 5 with access to premises, records and Personnel
ES-09 pass  # cl.9.1: termination for a Prohibited Act or breach of Clause 3; removal of Personnel responsible
ES-10 gap  # only cl.6.2: Self Audit Certificate on financial records (decoy); no ethical assurance
COI-01 pass  # cl.5.1: avoid actual or potential conflicts of interest (Contractor and Personnel) and promptly notify in writing
COI-02 weak  # cl.5.2: "should consider whether any conflict ... can be mitigated" (permissive only)
COI-03 pass  # cl.5.3: no gift or hospitality to Commissioner officers; gifts and hospitality register
COI-04 pass  # cl.5.4: notify before engaging anyone employed by the Commissioner within 12 months in a role connected with commissioning patient transport
COI-05 pass  # cl.5.5: register of interests; annual declaration or nil return from directors and decision-making managers; provided yearly
COI-06 gap  # procurement-disclosure confirmation exists only in an annotation on cl.5.5
CDM-01 pass  # cl.8.1: concerns and complaints procedure for patients complying with the 2011 Wales Regulations, publicised in every vehicle
CDM-02 pass  # cl.8.5 table row "Concerns": quarterly concerns report with complaints received, timeliness and outcomes
CDM-03 gap  # only recital (C): past-tense tender claim of 97% satisfaction (marketing / recital decoy)
CDM-04 pass  # cl.8.3: co-operate with the Public Services Ombudsman for Wales and implement recommendations
CDM-05 pass  # cl.8.4: quarterly analysis of themes and root causes; lessons learned and actions reported to the Commissioner
CDM-06 pass  # cl.8.2: acknowledge within 2 working days; full response within 30 working days, delay explained
""",
))

# ---------------------------------------------------------------------------
# c09 - revenues and benefits outsourcing, plain-English we/you, .md
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c09", name="revenues_benefits", ext="md", build="text",
    setting="Revenues and benefits administration outsourcing; district council plain-English 'we/you' contract",
    parties="Council ('we') / Service Provider ('you', Ltd)",
    features="plain-English we/you with the Service Provider named in rule-bearing clauses, 'we expect' and 'we encourage' sentences, training delivered to the authority, reasonable-endeavours register, service-level table with rule-bearing rows",
    text="""# Revenues and Benefits Services Contract

## Harrowgate District Council and Northpoint Revenues Services Limited

Contract reference HDC/RB/2025/02 - plain English terms

### About this contract

This contract is between **Harrowgate District Council**, Civic Offices, Station Road, Harrowgate HG9 1AA ("we", "us" or the "Council") and **Northpoint Revenues Services Limited** (company number 05566778), 2 Quay Street, Leeds LS1 4AA ("you" or the "Service Provider"). It starts on 1 July 2025 and lasts for seven years.

In this contract "customers" means council tax payers, business rate payers and people who claim housing benefit or council tax support from us, and "Staff" means your employees, agency workers and anyone else you engage to deliver the services.

### 1. What you will do

1.1 You will administer council tax, business rates, housing benefit and council tax support on our behalf, as set out in Schedule 1.

1.2 We remain the billing authority and we make all the decisions reserved to us in Schedule 2.

1.3 The Service Provider will deliver training to our officers on the new council tax and benefits system before go-live.

### 2. How you will behave

2.1 We expect the Service Provider to observe the Seven Principles of Public Life in everything it does under this contract.

2.2 The Service Provider will comply with its code of business conduct and will make sure that its Staff comply with it too.

2.3 The Service Provider will make sure that each Sub-contractor is bound by obligations no less onerous than those in this section 2 and in sections 3 and 4.

2.4 We encourage the Service Provider to give us an annual ethics attestation signed by one of its directors.

### 3. Fraud and bribery

3.1 The Service Provider must not commit any offence under the Bribery Act 2010 or the Fraud Act 2006, and must have adequate procedures in place to prevent its Staff from doing so.

### 4. Conflicts, gifts and former staff

4.1 The Service Provider must make sure that neither it nor its Staff are placed in a position where their personal, professional or financial interests conflict, or may conflict, with their duties under this contract, and must tell us promptly in writing about any conflict of interest that arises.

4.2 If a conflict of interest cannot be managed to our satisfaction, we may end this contract or take any other steps we think necessary, and the Service Provider must follow our directions to remove the conflict.

4.3 The Service Provider must not offer or give any gift or hospitality to any of our officers or councillors, and must record in a register that we can inspect all gifts and hospitality offered to its Staff in connection with this contract.

4.4 The Service Provider must tell us before employing anyone who, in the previous 24 months, worked for us in a role connected with the award or management of this contract.

4.5 The Service Provider will use reasonable endeavours to keep a register of interests for its managers who make decisions on recovery action, write-offs and discretionary payments.

4.6 The Service Provider confirms that it has disclosed to us any relationship it has with anyone involved in the procurement of this contract, and will tell us straight away about any change.

### 5. Information and transparency

5.1 The Service Provider will help us meet our duties under the Freedom of Information Act 2000 and the Environmental Information Regulations 2004, and will give us any information we need to answer a request for information within 5 working days.

5.2 The Service Provider will give us the performance data we publish under the Local Government Transparency Code 2015.

### 6. Checking compliance

6.1 We may audit the Service Provider's compliance with sections 2 to 4, and the Service Provider must give our auditors access to its premises, systems, records and Staff for that purpose.

6.2 We will review the Service Provider's ethical performance at each quarterly contract review meeting.

### 7. Complaints and customer feedback

7.1 The Service Provider will run a complaints procedure for customers that follows our two-stage corporate complaints policy, and will publicise it on bills, letters and the website it runs for us.

7.2 The Service Provider will meet the service levels in this table.

| Measure | Requirement | Reported |
|---|---|---|
| Complaint handling | The Service Provider will acknowledge every complaint within 3 working days and send a full response within 10 working days (stage 1) or 20 working days (stage 2) | Monthly |
| Complaints report | The Service Provider will send us a monthly complaints report showing complaints received, upheld, partly upheld and not upheld, and response times | Monthly |
| Customer satisfaction | The Service Provider will survey a sample of customers each quarter and report their satisfaction scores to us | Quarterly |
| Processing times | New benefit claims processed within 18 days on average | Monthly |

7.3 The Service Provider must co-operate with the Local Government and Social Care Ombudsman in any investigation of a complaint about the services, and must carry out any remedy the Ombudsman recommends.

7.4 Every six months the Service Provider will analyse complaints and survey results to identify themes and root causes, and will agree an improvement action plan with us.

### 8. Ending the contract

8.1 We may end this contract immediately if the Service Provider breaches section 2, 3 or 4 or does anything that brings us into disrepute, and we may require it to remove any member of its Staff who is responsible.

8.2 Either of us may end this contract by giving 12 months' notice.

### 9. Law

9.1 This contract is governed by the law of England and Wales.
""",
    expected="""\
ES-01 weak  # s.2.1: "We expect the Service Provider to observe the Seven Principles of Public Life" (expects = weak)
ES-02 pass  # s.2.2: the Service Provider will comply with its code of business conduct and make sure its Staff comply
ES-03 pass  # s.2.3: each Sub-contractor bound by obligations no less onerous than sections 2 to 4 (ethics sections)
ES-04 gap  # only s.1.3: training delivered to the Council's officers on the IT system (deliverable to the authority, decoy)
ES-05 gap  # absent: no whistleblowing / speaking-up route, breach reporting or non-retaliation
ES-06 pass  # s.3.1: must not commit Bribery Act 2010 / Fraud Act 2006 offences; adequate procedures
ES-07 pass  # s.5.1: help with FOIA / EIR duties; information for requests within 5 working days
ES-08 pass  # s.6.1-6.2: Council may audit compliance with sections 2 to 4; ethical performance reviewed quarterly
ES-09 pass  # s.8.1: ending the contract for breach of sections 2-4 or disrepute; removal of Staff responsible
ES-10 weak  # s.2.4: "We encourage the Service Provider to give us an annual ethics attestation" (permissive only)
COI-01 pass  # s.4.1: avoid actual or potential conflicting interests (itself and Staff) and tell the Council promptly in writing
COI-02 pass  # s.4.2: Council may end the contract or take steps; Service Provider must follow directions to remove the conflict
COI-03 pass  # s.4.3: no gifts or hospitality to officers or councillors; register of gifts and hospitality
COI-04 pass  # s.4.4: tell the Council before employing anyone who worked for it within 24 months in a role connected with the award
COI-05 weak  # s.4.5: "will use reasonable endeavours to keep a register of interests" (reasonable endeavours)
COI-06 pass  # s.4.6: Service Provider confirms it disclosed relationships with anyone involved in the procurement; tells of changes
CDM-01 pass  # s.7.1: complaints procedure for customers following the two-stage policy, publicised on bills and letters
CDM-02 pass  # s.7.2 table row "Complaints report": monthly report of complaints received, upheld, partly upheld, not upheld
CDM-03 pass  # s.7.2 table row "Customer satisfaction": quarterly customer survey, satisfaction scores reported
CDM-04 pass  # s.7.3: co-operate with the LGSCO and carry out any recommended remedy
CDM-05 pass  # s.7.4: six-monthly analysis of themes and root causes with an agreed improvement action plan
CDM-06 pass  # s.7.2 table row "Complaint handling": acknowledge within 3 working days; respond within 10/20 working days
""",
))

# ---------------------------------------------------------------------------
# c10 - care home block contract, hand DOCX
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c10", name="care_home_block", ext="docx", build="docx",
    setting="Nursing care home block contract (reserved beds); county council terms with specification and monitoring schedules",
    parties="Council / Provider (Ltd)",
    features="w:ins holding the Nolan clause, w:del holding the learning-from-complaints sentence, comment holding conflict-management text, '[Reserved]' code-of-conduct clause, definition-only Prohibited Act, clauses in table cells (specification and monitoring schedules), footnote, bookmark, split runs",
    revision=("M. Clarke (Commissioning)", "2025-06-02T08:45:00Z"),
    blocks=[
        ("title", "MARLOW VALE COUNTY COUNCIL"),
        ("center", "BLOCK CONTRACT FOR NURSING CARE HOME BEDS"),
        ("center", "Contract reference MVCC/ASC/BLK/2025/03"),
        ("p", "This Contract is dated 30 June 2025 and is made between (1) Marlow Vale County Council, County Offices, Bridge Street, Marlow Vale MV1 4CC (the \"Council\"); and (2) Beechcroft Care Homes Limited, a company registered in England under number 03322110 whose registered office is at Beechcroft House, Orchard Lane, Marlow Vale MV3 7BH (the \"Provider\")."),
        ("p", "Background: the Council has reserved 24 nursing beds at Beechcroft Nursing Home (the \"Home\") for people whose care and support it arranges under the Care Act 2014."),
        ("h1", "1. Definitions"),
        ("p", "1.1 \"Residents\" means people placed in the Home by the Council under this Contract."),
        ("p", "1.2 \"Staff\" means all employees, agency workers and volunteers of the Provider working at the Home."),
        ("p", "1.3 \"Prohibited Act\" means offering, giving or agreeing to give to any officer of the Council any financial or other advantage as an inducement or reward for doing or not doing anything in relation to this Contract, or committing any offence under the Bribery Act 2010."),
        ("p", "1.4 \"Working Day\" means a day other than a Saturday, Sunday or bank holiday in England."),
        ("h1", "2. Block Arrangement"),
        ("p", "2.1 The Council shall pay for 24 beds at the weekly rate in Schedule 3, whether or not each bed is occupied."),
        ("p", "2.2 The Provider shall maintain registration with the Care Quality Commission for the Home.{fn|CQC location identifier 1-234567890.}"),
        ("h1", "3. Quality of Care"),
        ("p", "3.1 The Provider shall deliver care and support to Residents in accordance with Schedule 1 and the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."),
        ("h1", "4. Code of Conduct"),
        ("p", "4.1 [Reserved]"),
        ("h1", "{bm|_Ref_Clause5}5. Ethical Standards"),
        ("p", "5.1 {ins|The Provider shall comply with, and shall ensure that its Staff comply with, the Seven Principles of Public Life.}"),
        ("p", "5.2 The Provider shall ensure that all Staff complete ethics training at induction and annually thereafter, covering professional boundaries and the handling of Residents' money and property, and shall keep records of that training."),
        ("p", "5.3 The Provider should consider adopting a {pe}whistle{r}blowing{/pe} policy."),
        ("p", "5.4 The Provider is expected to avoid {cm|conflicts of interest in its dealings with Residents and their families|Council: add that the Provider shall manage or remove any conflict as the Council directs, and that the Council may terminate if a conflict cannot be managed.}."),
        ("p", "5.5 The Provider shall not offer or give any gift or hospitality to any officer of the Council involved in placements or contract management, and shall keep a gifts and hospitality register that includes gifts offered to Staff by Residents and their families."),
        ("p", "5.6 Clause 18 (Former Council Employees) of the Council's Standard Terms does not apply to this Contract."),
        ("h1", "6. Assurance and Monitoring"),
        ("p", "6.1 The Provider shall permit the Council's contract monitoring officers to monitor and audit the Provider's compliance with Clause 5, including by inspecting records and interviewing Staff."),
        ("p", "6.2 The Provider shall, within 20 Working Days of the Commencement Date and on each anniversary of it, give the Council a certificate signed by its registered manager and a director confirming that the Provider has complied with Clause 5 and that it maintains the structures and arrangements necessary to support ethical standards."),
        ("h1", "7. Residents' Complaints and Views"),
        ("p", "7.1 The Provider shall establish and operate a complaints procedure for Residents and their representatives which complies with Regulation 16 of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014, and shall display it in the Home.{del| The Provider shall review complaints quarterly to identify themes and lessons learned, and shall agree an action plan with the Council.}"),
        ("p", "7.2 The Provider shall acknowledge each complaint within 3 Working Days and shall send a full response within 20 Working Days."),
        ("p", "7.3 The Provider may conduct a satisfaction survey of Residents and their families."),
        ("h1", "8. Confidentiality"),
        ("p", "8.1 Each party shall keep confidential all confidential information of the other party and shall use it only for the purposes of this Contract, except as required by law."),
        ("h1", "9. Term and Termination"),
        ("p", "9.1 This Contract lasts for three years from 1 July 2025."),
        ("p", "9.2 The Council may terminate this Contract by giving six months' written notice."),
        ("p", "9.3 The Provider may terminate this Contract by giving twelve months' written notice."),
        ("h1", "10. Interpretation"),
        ("p", "10.1 In case of inconsistency between these terms and Schedule 1, these terms prevail."),
        ("h1", "Schedule 1 - Specification"),
        ("table", [
            ["Area", "Requirement"],
            ["Staffing", "The Provider shall maintain at least one registered nurse on duty at all times and the care staffing levels set out in its dependency tool."],
            ["Nutrition", "The Provider shall offer Residents a choice of meals meeting their dietary and cultural needs."],
            ["Sub-contracting", "The Provider shall procure that any Sub-contractor, including any nursing agency, complies with obligations equivalent to those in Clause 5 (Ethical Standards)."],
            ["Activities", "The Provider shall offer a programme of activities seven days a week."],
        ]),
        ("h1", "Schedule 2 - Monitoring"),
        ("table", [
            ["Item", "Requirement", "Frequency"],
            ["Occupancy", "The Provider shall report bed occupancy and vacancies", "Weekly"],
            ["Safeguarding", "The Provider shall report the number of safeguarding referrals made to the Council", "As they arise"],
            ["Complaints", "The Provider shall report the number of complaints received, upheld, partially upheld and not upheld", "Quarterly"],
            ["Ombudsman", "The Provider shall co-operate with the Local Government and Social Care Ombudsman in any investigation and shall implement any recommendation made", "As required"],
        ]),
    ],
    expected="""\
ES-01 pass  # cl.5.1 (tracked insertion, contract text): Provider shall comply with, and ensure Staff comply with, the Seven Principles of Public Life
ES-02 gap  # cl.4 "Code of Conduct" heading with body "[Reserved]" only (disabled text)
ES-03 pass  # Schedule 1 table row "Sub-contracting": procure that any Sub-contractor complies with obligations equivalent to Clause 5 (Ethical Standards)
ES-04 pass  # cl.5.2: ethics training at induction and annually, with training records
ES-05 weak  # cl.5.3: "should consider adopting a whistleblowing policy" (permissive; word split across runs)
ES-06 gap  # only cl.1.3: "Prohibited Act" definition, never used in an obligation (definition-only decoy)
ES-07 gap  # only cl.8.1: mutual confidentiality (decoy); no FOI or transparency co-operation
ES-08 pass  # cl.6.1: Council may monitor and audit compliance with Clause 5, incl. records and Staff interviews
ES-09 gap  # cl.9.2-9.3: termination on notice only (convenience); no remedy for ethical breach
ES-10 pass  # cl.6.2: certificate within 20 Working Days and annually confirming Clause 5 compliance and supporting structures
COI-01 weak  # cl.5.4: "is expected to avoid conflicts of interest" (expects = weak); no notification duty
COI-02 gap  # conflict management / termination appears only in a comment on cl.5.4; cl.10.1 uses "inconsistency"
COI-03 pass  # cl.5.5: no gifts or hospitality to Council officers; gifts and hospitality register
COI-04 gap  # cl.5.6: the Former Council Employees clause "does not apply to this Contract" (disapplied)
COI-05 gap  # absent: no declarations of interests register
COI-06 gap  # absent: no award-stage disclosure
CDM-01 pass  # cl.7.1: complaints procedure for Residents complying with Regulation 16, displayed in the Home
CDM-02 pass  # Schedule 2 table row "Complaints": quarterly report of complaints received, upheld, partially upheld, not upheld
CDM-03 weak  # cl.7.3: "may conduct a satisfaction survey" (permissive; no reporting)
CDM-04 pass  # Schedule 2 table row "Ombudsman": co-operate with the LGSCO and implement recommendations
CDM-05 gap  # learning-from-complaints sentence in cl.7.1 exists only as a tracked deletion
CDM-06 pass  # cl.7.2: acknowledge within 3 Working Days; full response within 20 Working Days
""",
))

# ---------------------------------------------------------------------------
# c11 - youth work and youth justice prevention, .txt
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c11", name="youth_justice_prevention", ext="txt", build="text",
    setting="Youth work and youth justice prevention (Turnaround) service; county council agreement with a youth charity",
    parties="Council / Provider (charity)",
    features="lead-in 'The Provider shall:' with (a)-(d) items carrying four rules, gagging clause, permissive complaints procedure, negated complaints reporting, payment-terms decoy",
    text="""ALDERMOOR COUNTY COUNCIL - CHILDREN'S SERVICES

AGREEMENT FOR THE PROVISION OF YOUTH WORK AND YOUTH JUSTICE PREVENTION SERVICES

Reference: ACC/CS/YJ/2025/07

This Agreement is dated 15 July 2025 and is made between:

(1) ALDERMOOR COUNTY COUNCIL of County Hall, Abbey Road, Aldermoor AL1 3QS (the "Council"); and

(2) STREETWISE YOUTH TRUST, a charitable company limited by guarantee (company number 04433221, registered charity number 1099887) of The Old School, Market Street, Aldermoor AL2 5RT (the "Provider").

1. INTERPRETATION

1.1 "Service Users" means children and young people aged 10 to 17 who are referred by the Youth Justice Service or who take part in detached youth work sessions, together with their parents or carers.

1.2 "Staff" means the employees and volunteers of the Provider.

1.3 "Youth Justice Service" means the Council's youth justice service established under section 39 of the Crime and Disorder Act 1998.

1.4 "Working Day" means a day other than a Saturday, Sunday or bank holiday in England.

2. THE SERVICES

2.1 The Provider shall deliver the Turnaround early intervention programme for children on the cusp of the youth justice system, detached youth work in the three priority areas identified by the Council, and support for children receiving out-of-court disposals, all as described in the Specification.

2.2 The Provider shall deliver the Services in accordance with the Youth Justice Board's Standards for children in the youth justice system 2019 and the statutory guidance on working together to safeguard children.

3. STANDARDS OF CONDUCT

3.1 The Provider shall:

(a) ensure that the Services are delivered with selflessness, integrity, objectivity, accountability, openness and honesty;

(b) adopt and maintain a written code of conduct for Staff working with Service Users, covering professional boundaries, the use of social media and lone working, and ensure that Staff comply with it;

(c) ensure that all Staff complete training on that code of conduct and on conflicts of interest at induction and every two years, and keep records of that training; and

(d) ensure that its trustees and the Staff who make decisions about referrals or the allocation of activity funding complete a declaration of interests (or a nil return) on appointment and annually, keep those declarations in a register of interests, and provide a copy of the register to the Council each year.

3.2 Staff may not make any public statement about the Services, any Service User or the Council without the Council's prior written consent.

3.3 The Provider should consider adopting anti-fraud and anti-bribery procedures proportionate to its size.

4. CONFLICTS OF INTEREST

4.1 The Provider shall ensure that no member of Staff works with a Service User to whom they are related or with whom they have a personal relationship and, more generally, that neither the Provider nor its Staff is placed in a position of actual or potential conflict of interest, and shall promptly notify the Council in writing of any such conflict.

4.2 Where a conflict of interest is notified under Clause 4.1, the Provider shall comply with any direction given by the Council to manage or remove the conflict, which may include reallocating the case to another worker.

4.3 The Provider shall use reasonable endeavours to notify the Council before appointing any former officer of the Council's Youth Justice Service to a management role in the Services.

5. INFORMATION AND ACCESS

5.1 The Provider shall assist the Council, within 5 Working Days of a request, to respond to any request for information under the Freedom of Information Act 2000, and shall provide such information about the Services as the Council needs to publish under the Local Government Transparency Code 2015.

5.2 The Provider shall give the Council and its auditors access to its premises, records and Staff on reasonable notice.

6. FEEDBACK AND COMPLAINTS

6.1 The Provider should consider adopting a complaints procedure for Service Users.

6.2 The Provider shall collect feedback from Service Users at the end of each intervention using the Council's feedback form and shall report the results to the Council each quarter.

6.3 The Provider shall analyse Service User feedback and any complaints every six months to identify themes and lessons learned, and shall put in place an action plan to address them.

6.4 The Provider shall not be required to submit complaints data to the Council as part of the quarterly monitoring return.

6.5 The Provider is encouraged to co-operate with the Local Government and Social Care Ombudsman if a Service User's complaint is referred to it.

7. PAYMENT

7.1 The Council shall pay each undisputed invoice within 30 days of receipt.

8. SUB-CONTRACTING

8.1 The Provider shall not sub-contract any part of the Services without the Council's prior written consent.

9. TERMINATION

9.1 The Council may terminate this Agreement by written notice if the Provider commits a material breach of its obligations and fails to remedy it within 30 days of being asked to do so.

9.2 Either party may terminate this Agreement by giving three months' written notice.

10. GENERAL

10.1 This Agreement is governed by the law of England and Wales.

Signed for the Council: ............................    Signed for the Provider: ............................
""",
    expected="""\
ES-01 pass  # cl.3.1(a) under lead-in "The Provider shall:": Services delivered with selflessness, integrity, objectivity, accountability, openness and honesty (6 of 7)
ES-02 pass  # cl.3.1(b): adopt and maintain a written code of conduct for Staff and ensure compliance
ES-03 gap  # only cl.8.1: consent to sub-contract (decoy); no ethical flow-down
ES-04 pass  # cl.3.1(c): training on the code of conduct and conflicts of interest at induction and every two years, with records
ES-05 gap  # only cl.3.2: "Staff may not make any public statement" (gagging decoy); no speaking-up route
ES-06 weak  # cl.3.3: "should consider adopting anti-fraud and anti-bribery procedures" (permissive only)
ES-07 pass  # cl.5.1: assist with FOIA requests within 5 Working Days; information for Transparency Code publication
ES-08 weak  # cl.5.2: generic access for the Council and its auditors; ethics not named
ES-09 weak  # cl.9.1: termination for unremedied material breach only; no ethics link
ES-10 gap  # absent: no assurance statement or periodic certificate
COI-01 pass  # cl.4.1: avoid actual or potential conflicts of interest (Provider and Staff) and promptly notify in writing
COI-02 pass  # cl.4.2: comply with the Council's directions to manage or remove the conflict
COI-03 gap  # absent: no gifts or hospitality clause
COI-04 weak  # cl.4.3: "shall use reasonable endeavours to notify" before appointing a former Youth Justice Service officer
COI-05 pass  # cl.3.1(d): declarations of interests or nil returns on appointment and annually; register copied to the Council yearly
COI-06 gap  # absent: no award-stage disclosure
CDM-01 weak  # cl.6.1: "should consider adopting a complaints procedure" (permissive only)
CDM-02 gap  # cl.6.4: "shall not be required to submit complaints data to the Council" (negated)
CDM-03 pass  # cl.6.2: Service User feedback collected after each intervention and reported quarterly
CDM-04 weak  # cl.6.5: "is encouraged to co-operate with the Local Government and Social Care Ombudsman" (permissive)
CDM-05 pass  # cl.6.3: six-monthly analysis of feedback and complaints for themes and lessons learned, with an action plan to address them
CDM-06 gap  # absent: no complaint timescales (cl.7.1 is a payment term, decoy)
""",
))

# ---------------------------------------------------------------------------
# c12 - bereavement services / crematorium management concession, hand ODT
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c12", name="crematorium_concession", ext="odt", build="odt",
    setting="Crematorium and cemeteries management concession; borough council bereavement services",
    parties="Council / Operator (Ltd)",
    features="text:insertion holding the code-of-conduct clause, text:deletion holding complaint timescales, annotation holding ethics-training text, funeral hospitality decoy, authority-only counter-fraud sentence, negated register, precedence sentence, KPI table, footnote, split spans",
    revision=("Bereavement Services Manager", "2025-09-09T10:20:00"),
    blocks=[
        ("title", "WEXCOMBE BOROUGH COUNCIL"),
        ("center", "BEREAVEMENT SERVICES MANAGEMENT CONCESSION"),
        ("p", "This Concession Agreement is dated 1 November 2025 and is made between (1) Wexcombe Borough Council of the Council House, Priory Walk, Wexcombe WX1 2PW (the \"Council\"); and (2) Evergreen Memorial Services Limited, a company registered in England under number 02233445 whose registered office is at 9 Cedar Court, Bristol BS1 6EE (the \"Operator\")."),
        ("h1", "1 Definitions and Interpretation"),
        ("p", "1.1 \"Customers\" means bereaved families, funeral directors acting for them and other members of the public using the Facilities."),
        ("p", "1.2 \"Facilities\" means Wexcombe Crematorium, its two chapels, its hospitality suite and gardens of remembrance, and the Borough's three cemeteries."),
        ("p", "1.3 \"Staff\" means all employees of the Operator working at the Facilities."),
        ("p", "1.4 If there is any conflict or inconsistency between the Clauses and the Schedules, the Clauses prevail."),
        ("h1", "2 The Services"),
        ("p", "2.1 The Operator shall operate the Facilities in accordance with the Cremation (England) Regulations 2008, its environmental permit and the Federation of Burial and Cremation Authorities' Code of Cremation Practice.{fn|The Code of Cremation Practice referred to is the edition current at the Commencement Date.}"),
        ("p", "2.2 The Operator shall provide hospitality for funeral gatherings in the hospitality suite, including light refreshments, at the charges set out in Schedule 2."),
        ("p", "2.3 The Operator shall not sub-contract the operation of the cremators without the Council's prior written consent."),
        ("h1", "3 Standards of Conduct"),
        ("p", "3.1 The Operator shall use reasonable endeavours to observe the Seven Principles of Public Life in operating the Facilities."),
        ("p", "3.2 {ins|The Operator shall adopt and maintain a code of conduct for its Staff that is at least as demanding as the Supplier Code of Conduct, and shall ensure that its Staff comply with it.}"),
        ("p", "3.3 The Operator shall procure that each Sub-contractor complies with obligations equivalent to those in this Clause 3."),
        ("p", "3.4 The Operator shall maintain a policy under which {cm|Staff|Council: add \"The Operator shall ensure that all Staff receive induction and annual training on the code of conduct and shall keep training records.\"} can raise concerns about the treatment of the deceased or of Customers in confidence with the Council's Bereavement Services Manager, and shall ensure that no member of Staff is victim{r}ised for doing so."),
        ("p", "3.5 The Operator shall not engage in the management of the Facilities any person who within the preceding 24 months was employed by the Council in a role connected with the award of this Concession, without first notifying the Council."),
        ("p", "3.6 The Operator confirms that it has disclosed to the Council any relationship between the Operator or its directors and any person involved in the procurement of this Concession, and shall keep that disclosure up to date."),
        ("p", "3.7 The Operator is not required to maintain a register of interests."),
        ("p", "3.8 The Council shall maintain anti-fraud and anti-bribery arrangements in accordance with its Counter Fraud and Corruption Strategy, which apply to the Council officers who monitor this Concession."),
        ("h1", "4 Information, Audit and Assurance"),
        ("p", "4.1 The Operator shall provide the Council with all information and assistance it requests, within 5 Working Days, to enable the Council to respond to requests under the Freedom of Information Act 2000 and the Environmental Information Regulations 2004."),
        ("p", "4.2 The Council may audit the Operator's compliance with Clause 3, and the Operator shall give the Council's auditors access to its premises, records and Staff for that purpose."),
        ("p", "4.3 The Operator shall, within 20 Working Days of the Commencement Date and annually thereafter, give the Council a statement signed by a director certifying that the Operator has complied with Clause 3 and that it has in place the arrangements necessary to secure continued compliance."),
        ("h1", "5 Customers"),
        ("p", "5.1 The Operator shall operate a complaints procedure for Customers, publicised in the chapels, in the office and on the Facilities' website.{del| The Operator shall acknowledge each complaint within 2 Working Days and shall send a full response within 10 Working Days.}"),
        ("p", "5.2 The Operator shall invite every applicant for a cremation or burial to complete a satisfaction survey and shall report the results to the Council each quarter."),
        ("p", "5.3 The Operator shall co-operate with the Local Government and Social Care Ombudsman in any investigation of a complaint about the Facilities and shall implement any recommendation made."),
        ("p", "5.4 The Operator shall review complaints and survey results every six months to identify root causes and shall agree an action plan with the Council where results fall below the agreed satisfaction level."),
        ("p", "5.5 The Operator shall report against the indicators in the table below."),
        ("table", [
            ["Indicator", "Requirement", "Frequency"],
            ["Cremations", "Number of cremations carried out, and the percentage started within 15 minutes of the booked time", "Monthly"],
            ["Complaints", "The Operator shall report the number of complaints received, the number upheld and the outcome of each", "Quarterly"],
            ["Grounds", "Percentage of grounds maintenance inspections passed", "Quarterly"],
        ]),
        ("h1", "6 Termination"),
        ("p", "6.1 If the Operator breaches Clause 3 (Standards of Conduct), the Council may require the Operator to remove any person responsible from the Facilities and, if the breach is serious or repeated, may terminate this Concession by written notice."),
        ("p", "6.2 The Council may terminate this Concession for convenience by giving twelve months' written notice."),
        ("h1", "7 General"),
        ("p", "7.1 This Concession Agreement is governed by the law of England and Wales."),
    ],
    expected="""\
ES-01 weak  # cl.3.1: "shall use reasonable endeavours to observe the Seven Principles of Public Life"
ES-02 pass  # cl.3.2 (tracked insertion, contract text): adopt and maintain a code of conduct at least as demanding as the Supplier Code of Conduct
ES-03 pass  # cl.3.3: procure that each Sub-contractor complies with obligations equivalent to Clause 3 (Standards of Conduct)
ES-04 gap  # ethics-training text appears only in an annotation (comment) on cl.3.4; no training obligation in contract text
ES-05 pass  # cl.3.4: policy for Staff to raise concerns in confidence with the Council; no victimisation
ES-06 gap  # only cl.3.8: the Council's own anti-fraud and anti-bribery arrangements (wrong party)
ES-07 pass  # cl.4.1: information and assistance within 5 Working Days for FOIA / EIR requests
ES-08 pass  # cl.4.2: Council may audit compliance with Clause 3 with access to premises, records and Staff
ES-09 pass  # cl.6.1: breach of Clause 3 allows removal of the person responsible and termination
ES-10 pass  # cl.4.3: director-signed statement at start and annually certifying Clause 3 compliance and supporting arrangements
COI-01 gap  # only cl.1.4: "any conflict or inconsistency between the Clauses and the Schedules" (precedence decoy)
COI-02 gap  # absent: no conflict management; cl.6.2 is termination for convenience
COI-03 gap  # only cl.2.2 (and cl.1.2 definition): hospitality for funeral gatherings in the hospitality suite (catering decoy)
COI-04 pass  # cl.3.5: no engagement, without notice, of anyone employed by the Council within 24 months in a role connected with the award
COI-05 gap  # cl.3.7: "is not required to maintain a register of interests" (negated)
COI-06 pass  # cl.3.6: Operator confirms it disclosed relationships with persons involved in the procurement and will keep it up to date
CDM-01 pass  # cl.5.1: complaints procedure for Customers publicised in chapels, office and website
CDM-02 pass  # cl.5.5 table row "Complaints": quarterly report of complaints received, upheld and outcomes
CDM-03 pass  # cl.5.2: satisfaction survey of every applicant, results reported quarterly
CDM-04 pass  # cl.5.3: co-operate with the LGSCO and implement any recommendation
CDM-05 pass  # cl.5.4: six-monthly review for root causes; action plan where results fall below the agreed satisfaction level
CDM-06 gap  # complaint timescales in cl.5.1 exist only as a tracked deletion
""",
))

# ---------------------------------------------------------------------------
# c13 - Irish HSE section 39 service arrangement (disability day services), .md
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c13", name="hse_service_arrangement", ext="md", build="text",
    setting="Adult disability day services; Irish HSE section 39 service arrangement (Part 1 core conditions)",
    parties="HSE / Provider (CLG)",
    features="Irish statutes (Protected Disclosures Act 2014, FOI Act 2014, Corruption Offences Act 2018, Health Act 2004 Part 9), 'data integrity' decoy, Annual Compliance Statement, Office of the Ombudsman",
    text="""# Service Arrangement 2025 - Part 1: Core Conditions (Section 39 Organisation)

**Health Service Executive - Community Healthcare Organisation, Area 7**

This Service Arrangement is made on 28 January 2025 between:

- the **Health Service Executive**, a body corporate established under the Health Act 2004, acting through its Community Healthcare Organisation Area 7, Dr Steevens' Hospital, Dublin 8 (the "**HSE**"); and
- **Cois Abhann Disability Services CLG**, a company limited by guarantee (CRO 512345, registered charity number 20123456) whose registered office is at Mill Road, Naas, Co. Kildare (the "**Provider**").

Funding for 2025: EUR 2,340,000 under section 39 of the Health Act 2004, for adult day services for 96 Service Users as set out in Part 2.

## 1. Interpretation

1.1 "Service Users" means adults with an intellectual disability who attend the Provider's day services.

1.2 "Staff" means the Provider's employees, volunteers and agency workers.

1.3 "Funding" means the funding payable by the HSE under this Service Arrangement.

## 2. Services and Data

2.1 The Provider shall deliver the Services described in Part 2, Schedule 2 in accordance with the HSE's New Directions policy for adult day services.

2.2 The Provider shall ensure the integrity and accuracy of all data submitted to the HSE in the monthly activity returns.

2.3 The Provider is encouraged to adopt a code of business conduct for its board and Staff.

## 3. Staff Training

3.1 The Provider shall ensure that all Staff complete training at induction, and refresher training every two years, on protected disclosures, conflicts of interest and anti-corruption, and shall keep records of that training available to the HSE.

## 4. Protected Disclosures

4.1 The Provider shall have in place procedures under the Protected Disclosures Act 2014 through which Staff can make protected disclosures, including to the HSE, and shall ensure that no member of Staff is penalised for making a protected disclosure.

## 5. Anti-Corruption

5.1 The Provider shall not commit, and shall ensure that its Staff do not commit, any offence under the Criminal Justice (Corruption Offences) Act 2018 or any fraud in connection with the Funding, shall maintain adequate procedures to prevent corruption, and shall notify the HSE immediately of any suspected fraud or corruption.

## 6. Conflicts of Interest and Gifts

6.1 The Provider shall ensure that neither it nor its board members nor its Staff are placed in a position of actual or potential conflict of interest in relation to the Services or the Funding, and shall promptly notify the HSE in writing of any such conflict.

6.2 The Provider shall maintain a register of interests of its board members and senior managers, shall obtain an annual declaration of interests (including nil declarations) from each of them, and shall provide a copy of the register to the HSE with the Annual Compliance Statement.

6.3 The Provider should consider keeping a register of gifts and hospitality received by its Staff.

## 7. Freedom of Information

7.1 The Provider acknowledges that the HSE is subject to the Freedom of Information Act 2014 and shall provide the HSE, within 5 working days, with all information the HSE requires to respond to a request under that Act.

## 8. Monitoring, Audit and Annual Compliance Statement

8.1 The HSE may audit the Provider's compliance with Clauses 4 to 6, and the Provider shall give the HSE's internal auditors access to its premises, records and Staff for that purpose; compliance with those Clauses shall be reviewed at each quarterly monitoring meeting.

8.2 The Provider shall submit to the HSE, by 30 April each year, an Annual Compliance Statement signed by its Chairperson and Chief Executive Officer confirming that the Provider has complied with Clauses 3 to 6 and that it has in place the governance arrangements necessary to secure that compliance.

## 9. Complaints

9.1 The Provider shall establish and operate a comments, compliments and complaints procedure for Service Users and their families which complies with Part 9 of the Health Act 2004, and shall appoint a complaints officer.

9.2 The Provider shall acknowledge each complaint within 5 working days and shall complete its investigation and respond within 30 working days, explaining the reasons for any delay.

9.3 The Provider shall co-operate with the Office of the Ombudsman in any investigation of a complaint, including by providing information, and shall implement any recommendation made.

9.4 The Provider shall report to the HSE each quarter the number of complaints received, their outcomes and the time taken to resolve them.

9.5 The Provider shall analyse complaints annually to identify trends and lessons learned, and shall agree an improvement plan with the HSE where the same issue recurs.

## 10. Suspension and Termination

10.1 If the Provider breaches Clause 4 or Clause 5, the HSE may suspend or withhold Funding, require the Provider to remove any person responsible from the Services, or terminate this Service Arrangement by written notice.

10.2 Either party may terminate this Service Arrangement by giving three months' written notice.

## 11. Governing Law

11.1 This Service Arrangement is governed by the laws of Ireland.
""",
    expected="""\
ES-01 gap  # only cl.2.2: "integrity and accuracy of all data" ("integrity" alone, decoy)
ES-02 weak  # cl.2.3: "is encouraged to adopt a code of business conduct" (permissive only)
ES-03 gap  # absent: no sub-contractor flow-down
ES-04 pass  # cl.3.1: training at induction and two-yearly on protected disclosures, conflicts of interest and anti-corruption, with records
ES-05 pass  # cl.4.1: procedures under the Protected Disclosures Act 2014 incl. disclosure to the HSE; no penalisation
ES-06 pass  # cl.5.1: no corruption offences or fraud; adequate procedures; immediate notice of suspected fraud or corruption
ES-07 pass  # cl.7.1: information within 5 working days so the HSE can respond to FOI Act 2014 requests
ES-08 pass  # cl.8.1: HSE may audit compliance with Clauses 4 to 6; reviewed at quarterly monitoring meetings
ES-09 pass  # cl.10.1: breach of Clause 4 or 5 allows suspension, removal of the person responsible or termination
ES-10 pass  # cl.8.2: annual signed Annual Compliance Statement confirming compliance with Clauses 3 to 6 and governance arrangements
COI-01 pass  # cl.6.1: avoid actual or potential conflicts of interest (board and Staff) and promptly notify the HSE in writing
COI-02 gap  # absent: no conflict management; termination (cl.10.1) is linked only to Clauses 4 and 5
COI-03 weak  # cl.6.3: "should consider keeping a register of gifts and hospitality" (permissive only)
COI-04 gap  # absent: nothing on former public office holders
COI-05 pass  # cl.6.2: register of interests; annual declarations incl. nil declarations; copy provided to the HSE
COI-06 gap  # absent: no award-stage disclosure
CDM-01 pass  # cl.9.1: comments, compliments and complaints procedure complying with Part 9 of the Health Act 2004
CDM-02 pass  # cl.9.4: quarterly report of complaints received, outcomes and time taken
CDM-03 gap  # absent: no service-user satisfaction or feedback collection
CDM-04 pass  # cl.9.3: co-operate with the Office of the Ombudsman in complaint investigations and implement recommendations
CDM-05 pass  # cl.9.5: annual analysis of trends and lessons learned with an agreed improvement plan
CDM-06 pass  # cl.9.2: acknowledge within 5 working days; respond within 30 working days, delay explained
""",
))

# ---------------------------------------------------------------------------
# c14 - US county behavioral health agreement, .txt
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c14", name="county_behavioral_health", ext="txt", build="text",
    setting="Outpatient behavioral health (mental health and SUD) services; California county agreement",
    parties="County / Contractor (nonprofit corporation)",
    features="US spelling (behavior, organization), SECTION headings, county-officer principles sentence, Anti-Kickback one-topic certification, HIPAA confidentiality only, staff grievance procedure, complaints log on request, arbitration clause",
    text="""AGREEMENT FOR OUTPATIENT BEHAVIORAL HEALTH SERVICES

County of Mesa Verde - Behavioral Health and Recovery Services
Agreement No. BH-2025-118

This Agreement is entered into as of July 1, 2025, by and between the COUNTY OF MESA VERDE, a political subdivision of the State of California ("County"), and HORIZON BEHAVIORAL HEALTH, INC., a California nonprofit public benefit corporation whose principal office is at 1200 Alameda Street, Mesa Verde, CA 95999 ("Contractor").

RECITALS

A. County, through its Behavioral Health and Recovery Services Department ("Department"), operates the county mental health plan and the Drug Medi-Cal Organized Delivery System for Medi-Cal beneficiaries.

B. Contractor is a community-based organization that provides outpatient mental health and substance use disorder services.

NOW, THEREFORE, the parties agree as follows:

SECTION 1. DEFINITIONS

1.1 "Patients" means Medi-Cal beneficiaries and uninsured County residents referred to Contractor by the Department.

1.2 "Staff" means Contractor's employees, interns and volunteers.

1.3 "Subcontractor" means any person with whom Contractor contracts to perform any part of the Services.

SECTION 2. SERVICES

2.1 Contractor shall provide outpatient mental health services, medication support, case management and outpatient substance use disorder treatment as set out in Exhibit A.

2.2 Contractor shall maintain licensure by the California Department of Health Care Services for each site at which Services are provided.

SECTION 3. COMPENSATION

3.1 County shall pay undisputed invoices within thirty (30) days of receipt.

3.2 The maximum amount payable under this Agreement shall not exceed $4,850,000.

SECTION 4. COUNTY OFFICERS

4.1 County officers and employees administering this Agreement shall act with integrity, objectivity, accountability, openness and honesty in accordance with the Mesa Verde County Code.

SECTION 5. ETHICS AND COMPLIANCE PROGRAM

5.1 Contractor shall adopt and maintain a written code of ethics and business conduct applicable to its board, officers and Staff, and shall ensure that its Staff comply with it.

5.2 Contractor shall ensure that all Staff complete ethics and compliance training within thirty (30) days of hire and annually thereafter, covering the code of ethics, conflicts of interest and the federal Anti-Kickback Statute, and shall retain training records for review by County.

5.3 Contractor shall maintain a confidential compliance hotline through which Staff may report suspected fraud, waste, abuse or other misconduct, including directly to County's Compliance Officer, and shall not retaliate against any whistle-blower who makes a report in good faith.

5.4 Contractor shall include in each subcontract provisions no less onerous than those in Sections 5 through 7 and shall procure that each Subcontractor complies with them.

SECTION 6. ANTI-KICKBACK AND FRAUD

6.1 Contractor shall not offer, pay, solicit or receive any kickback, bribe or other inducement in violation of the federal Anti-Kickback Statute (42 U.S.C. section 1320a-7b(b)), and shall not submit any false claim for payment.

6.2 Contractor shall notify County's Compliance Officer within five (5) business days of discovering any suspected fraud or any investigation of Contractor by a state or federal agency.

6.3 Contractor shall certify annually in writing to County that it has complied with the federal Anti-Kickback Statute during the preceding fiscal year.

SECTION 7. CONFLICTS OF INTEREST, GIFTS AND FORMER COUNTY EMPLOYEES

7.1 Contractor shall ensure that neither Contractor nor any of its Staff has any interest, direct or indirect, which conflicts or may conflict with the performance of the Services, and shall promptly notify County in writing of any actual, potential or perceived conflict of interest.

7.2 If County determines that a conflict of interest cannot be adequately mitigated, County may terminate this Agreement or take any other action it deems necessary, and Contractor shall comply with County's directions to remove the conflict.

7.3 Contractor shall not offer or give any gift or hospitality, including meals, travel or entertainment, to any County officer or employee involved in the award or administration of this Agreement.

7.4 Contractor shall not, for twelve (12) months after that person leaves County employment, engage any former County officer or employee who participated in the award or administration of this Agreement.

7.5 Contractor may keep a register of interests for its officers and managers.

7.6 Contractor confirms that it has disclosed to County any relationship between Contractor, its officers or directors and any County official or employee involved in the solicitation or award of this Agreement, and shall update that disclosure if circumstances change.

SECTION 8. RECORDS, CONFIDENTIALITY AND AUDIT

8.1 Contractor shall maintain the confidentiality of Patient records in accordance with HIPAA, 42 C.F.R. Part 2 and California Welfare and Institutions Code section 5328, and shall not disclose any Patient information except as permitted by law.

8.2 County may audit Contractor's compliance with Sections 5 through 7, and Contractor shall give County's auditors access to its premises, records and Staff for that purpose.

SECTION 9. QUALITY AND PATIENT SURVEYS

9.1 Contractor shall administer the State's Consumer Perception Survey to Patients in each survey period and shall report the results to the Department.

9.2 Contractor shall provide the Department with a log of complaints received from Patients upon request.

9.3 County expects Contractor to review Patient complaints and survey results to identify trends.

SECTION 10. PERSONNEL

10.1 Contractor shall maintain a written grievance procedure for its employees consistent with California law.

10.2 Contractor shall maintain a drug-free workplace.

SECTION 11. TERMINATION

11.1 If Contractor breaches Section 5, 6 or 7, County may require Contractor to remove any Staff member responsible, withhold payment, or terminate this Agreement for cause upon written notice.

11.2 Either party may terminate this Agreement without cause upon ninety (90) days' written notice.

SECTION 12. DISPUTE RESOLUTION

12.1 Any dispute between County and Contractor arising under this Agreement shall be resolved by binding arbitration under the rules of the American Arbitration Association.

SECTION 13. GOVERNING LAW

13.1 This Agreement shall be governed by the laws of the State of California.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.

COUNTY OF MESA VERDE                    HORIZON BEHAVIORAL HEALTH, INC.
By: ______________________              By: ______________________
""",
    expected="""\
ES-01 gap  # only s.4.1: County officers act with integrity, objectivity, accountability, openness and honesty (wrong party)
ES-02 pass  # s.5.1: adopt and maintain a written code of ethics and business conduct and ensure Staff comply
ES-03 pass  # s.5.4: subcontract provisions no less onerous than Sections 5-7; procure each Subcontractor complies
ES-04 pass  # s.5.2: ethics and compliance training within 30 days of hire and annually, with training records
ES-05 pass  # s.5.3: confidential compliance hotline incl. to County's Compliance Officer; no retaliation against whistle-blowers
ES-06 pass  # s.6.1-6.2: no kickback, bribe or inducement; no false claims; notify suspected fraud or investigations
ES-07 gap  # only s.8.1: confidentiality of Patient records (decoy); no FOI / public records or transparency co-operation
ES-08 pass  # s.8.2: County may audit compliance with Sections 5 through 7
ES-09 pass  # s.11.1: breach of Sections 5-7 allows removal of Staff, withholding of payment or termination for cause
ES-10 weak  # s.6.3: annual certification covers Anti-Kickback Statute compliance only (one-topic certificate)
COI-01 pass  # s.7.1: no interest that conflicts or may conflict (Contractor and Staff); promptly notify County in writing
COI-02 pass  # s.7.2: County may terminate or take action where a conflict cannot be mitigated; comply with directions
COI-03 pass  # s.7.3: no gift or hospitality to County officers or employees involved in the award or administration
COI-04 pass  # s.7.4: no engagement of former County officers or employees who worked on the award for 12 months after they leave
COI-05 weak  # s.7.5: "may keep a register of interests" (permissive only)
COI-06 pass  # s.7.6: Contractor confirms it disclosed relationships with County officials involved in the solicitation or award; kept updated
CDM-01 gap  # only s.10.1: grievance procedure for Contractor's employees (staff grievance decoy); no Patient complaints procedure
CDM-02 weak  # s.9.2: log of Patient complaints provided "upon request" only
CDM-03 pass  # s.9.1: Consumer Perception Survey administered to Patients; results reported to the Department
CDM-04 gap  # only s.12.1: binding arbitration of County-Contractor disputes (decoy); no ombudsman co-operation
CDM-05 weak  # s.9.3: "County expects Contractor to review ... to identify trends" (expects = weak)
CDM-06 gap  # absent: no complaint timescales (s.3.1 is a payment term, decoy)
""",
))
