"""Texts and expected verdicts for blind evaluation set 9.

Rendered by scripts/make-blind-set9.py (see its docstring for the block
mini-language).  All organisations, people and places are fictional.
Expected lines: RULE VERDICT  # reason; {ref:key} is replaced by the number of
an auto-numbered clause.
"""

RULES = ["ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
         "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
         "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06"]

CONTRACTS = []

# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c01", slug="beach_lifeguard_service", format="txt", build="text", wrap=76,
    title="Beach Lifeguard and Water Safety Service Contract",
    setting="Seasonal beach lifeguard and water safety service for a coastal district council",
    labels="Council / Operator",
    features="Hard-wrapped plain text; long numbered clauses with cross-references; definitions clause; precedence clause; TUPE clause; KPI schedule as text table",
    body=r"""
T: NORTH HAVEN DISTRICT COUNCIL - BEACH LIFEGUARD AND WATER SAFETY SERVICE CONTRACT
Contract reference NHDC/LEIS/2025/031
THIS CONTRACT is dated 3 March 2025 and is made between: (1) NORTH HAVEN DISTRICT COUNCIL of Town Hall, Quay Street, Saltmouth NH1 2AB (the "Council"); and (2) TIDEWATCH COASTAL SAFETY LIMITED, a company registered in England and Wales under number 09876543 whose registered office is at Unit 4, Breakwater Yard, Saltmouth NH3 7QP (the "Operator").
BACKGROUND: The Council owns and manages the beaches at Saltmouth Sands, Gull Cove and Pennock Bay. Following an open procedure the Council has selected the Operator to provide a seasonal lifeguard and water safety service on those beaches on the terms of this Contract.
H1: Part A - General
1. DEFINITIONS AND INTERPRETATION
1.1 In this Contract the following words have the following meanings: "Beach Season" means the period from the Saturday before the late May bank holiday to the second Sunday in September in each Contract Year, together with the Easter weekend; "Commencement Date" means 1 April 2025; "Contract Year" means each period of twelve months starting on the Commencement Date or an anniversary of it; "Lifeguard" means an individual employed or engaged by the Operator to supervise a Patrolled Beach; "Patrolled Beach" means each beach listed in Schedule 1; "Service User" means any member of the public using a Patrolled Beach or the water adjacent to it; "Staff" means all persons employed or engaged by the Operator or any Sub-contractor in delivering the Services; "Working Day" means any day other than a Saturday, Sunday or public holiday in England.
1.2 If there is any conflict or inconsistency between the Clauses and the Schedules, the Clauses shall prevail, and Schedule 1 shall prevail over the Operator's tender.
1.3 References to clauses and Schedules are to clauses of and Schedules to this Contract. Headings do not affect interpretation.
2. TERM
2.1 This Contract starts on the Commencement Date and, unless terminated earlier under clause 18, continues for three Contract Years.
2.2 The Council may extend the term by up to two further Contract Years by giving the Operator not less than four months' written notice before the end of the then current term.
3. THE SERVICES
3.1 The Operator shall provide the lifeguard and water safety service described in Schedule 1 (the "Services") at each Patrolled Beach during the Beach Season, between 10:00 and 18:00 each day.
3.2 The Operator shall set up and maintain the flagged bathing zones, raise the red flag when conditions are unsafe and co-ordinate with HM Coastguard and the local lifeboat station for every incident requiring external assistance.
3.3 The Operator shall provide and maintain all rescue equipment listed in Schedule 1, including rescue boards, a rescue water craft at Saltmouth Sands, defibrillators and first aid kits, and shall keep equipment logs for inspection.
3.4 Outside the Beach Season the Operator shall deliver the water safety education programme described in paragraph 6 of Schedule 1 to primary schools in the district.
4. STAFF
4.1 The Operator shall ensure that all Lifeguards are appropriately trained and qualified for the duties they perform, hold a current beach lifeguard qualification and a first aid at work certificate, and complete the Operator's annual fitness test before the start of each Beach Season.
4.2 The Operator shall obtain an enhanced Disclosure and Barring Service check for every member of Staff who delivers the education programme under clause 3.4.
4.3 The Operator shall maintain the minimum staffing levels in Schedule 1 and shall not reduce the number of Lifeguards at any Patrolled Beach without the Council's prior written approval.
5. SUB-CONTRACTING
5.1 The Operator shall not sub-contract any part of the Services without the Council's prior written consent, which may be given subject to conditions.
5.2 Where the Council consents to a sub-contract, the Operator shall procure that the Sub-contractor holds insurances no less onerous than those required by clause 15 and shall flow down to the Sub-contractor the obligations in clause 16 (Staff Transfer).
5.3 The Operator shall remain responsible for the acts and omissions of each Sub-contractor as if they were its own.
6. CHARGES AND PAYMENT
6.1 In consideration of the Services the Council shall pay the Operator the annual Charges set out in Schedule 2 in six equal monthly instalments from May to October.
6.2 The Operator shall submit a valid invoice at the end of each month and the Council shall pay each undisputed invoice within 30 days of receipt.
6.3 The Council may deduct service credits calculated under Schedule 2 where the Operator fails to meet a Key Performance Indicator.
H1: Part B - Conduct and Integrity
7. STANDARDS OF CONDUCT
7.1 The Operator shall observe, and shall ensure that all Staff observe, the Seven Principles of Public Life in delivering the Services and in all dealings with the Council and Service Users.
7.2 The Council expects the Operator to meet the standards set out in the HM Government Supplier Code of Conduct in its dealings with the Council.
7.3 Within 20 Working Days of the Commencement Date, and then on each anniversary of the Commencement Date, the Operator shall certify in writing to the Council that it and its Staff have complied with clause 8 (Prevention of Bribery and Fraud) during the preceding period.
8. PREVENTION OF BRIBERY AND FRAUD
8.1 The Operator shall not, and shall procure that its Staff do not, offer, promise or give any inducement or reward to any member or officer of the Council in connection with this Contract, and shall not commit any offence under the Bribery Act 2010 or the Fraud Act 2006 in connection with the Services.
8.2 The Operator shall have in place, and shall maintain throughout the term, adequate procedures designed to prevent bribery and fraud by its Staff, including controls over the handling of cash taken for equipment hire at Gull Cove.
8.3 The Operator shall notify the Council in writing immediately if it becomes aware of any breach of clause 8.1, or of any investigation or proceedings relating to bribery or fraud involving the Operator or its Staff.
9. GIFTS AND HOSPITALITY
9.1 The Operator shall not offer or give any gift or hospitality to any member or officer of the Council who is involved in awarding or managing this Contract.
9.2 The Operator shall record in a register all gifts and hospitality offered to or received by its Staff in connection with the Services, whether accepted or declined, and shall make the register available to the Council on request.
9.3 The Operator may keep a register of interests recording declarations of interest by its directors and Beach Managers, and if it does so it shall give the Council a copy on request.
10. PROCUREMENT DISCLOSURE
10.1 The Operator confirms that, before the date of this Contract, it disclosed to the Council in writing every relationship between the Operator or any of its directors and any person involved in the procurement of this Contract, and shall keep that disclosure up to date throughout the term.
11. RAISING CONCERNS
11.1 The Operator shall maintain a whistleblowing policy which allows Staff to raise concerns about wrongdoing in the delivery of the Services, including directly with the Council's Monitoring Officer or with a prescribed person under the Public Interest Disclosure Act 1998, and shall tell all Staff about it at the start of each Beach Season.
11.2 The Operator shall not dismiss, or subject to any other detriment, any member of Staff who makes a protected disclosure in good faith about the Services.
12. TRANSPARENCY AND INFORMATION
12.1 The Operator acknowledges that the Council is subject to the Freedom of Information Act 2000 and the Environmental Information Regulations 2004. The Operator shall provide all assistance and information reasonably requested by the Council, within 5 Working Days of a request, to enable the Council to respond to a request for information.
12.2 The Operator shall provide the Council with the performance information it reasonably requires to publish its annual transparency report on beach services, including results against the Key Performance Indicators.
H1: Part C - Service Users
13. COMPLAINTS FROM SERVICE USERS
13.1 The Operator shall establish and operate a complaints procedure for Service Users which is free to use, is publicised on signs at each lifeguard unit and on the Operator's website, and allows complaints to be made in person, by telephone, by email or in writing.
13.2 The Operator shall acknowledge each complaint within 3 Working Days of receipt and shall send a full response within 20 Working Days. Where a full response cannot be given within that period, the Operator shall explain the reason to the complainant and give a date by which it will respond.
13.3 The Operator shall co-operate fully with any investigation by the Council or by the Local Government and Social Care Ombudsman into a complaint about the Services, including by answering questions, providing records and attending meetings, and shall implement any remedy the Council agrees to.
13.4 The Operator may analyse complaints received for recurring themes and may share any lessons learned with the Council at contract review meetings.
14. PERFORMANCE MONITORING AND REPORTING
14.1 During the Beach Season the Operator shall deliver to the Council, by the fifth Working Day of each month, a performance report covering the previous month which shall include: (a) the number of rescues, assists and first aid incidents at each Patrolled Beach; (b) the number of complaints received from Service Users and how many were upheld, partially upheld or not upheld, with response times; (c) performance against each Key Performance Indicator; and (d) any equipment failures.
14.2 The Operator shall carry out a satisfaction survey of at least 200 Service Users during each Beach Season, using a questionnaire agreed with the Council, and shall report the results to the Council by 31 October.
14.3 The parties shall hold contract review meetings at least quarterly to review the reports provided under clause 14.1 and any matter either party wishes to raise.
H1: Part D - Risk, Records and Termination
15. INSURANCE
15.1 The Operator shall maintain public liability insurance of not less than GBP 10,000,000 for each occurrence, employer's liability insurance of not less than GBP 10,000,000, and professional indemnity insurance of not less than GBP 2,000,000, and shall produce evidence of cover on request.
16. STAFF TRANSFER
16.1 The parties acknowledge that the Transfer of Undertakings (Protection of Employment) Regulations 2006 apply to the seasonal lifeguards formerly employed by the Council in its beach safety team, whose names are listed in Schedule 3 (the "Transferring Employees").
16.2 The Operator shall employ the Transferring Employees from the Commencement Date on their existing terms and shall indemnify the Council against all employment liabilities arising after that date.
17. RECORDS AND AUDIT
17.1 The Operator shall keep full and accurate records relating to the Services for six years after the end of this Contract.
17.2 The Operator shall allow the Council, its internal auditors and the external auditor access on reasonable notice to its premises, records and Staff for the purpose of auditing the Operator's compliance with this Contract.
18. REMEDIES AND TERMINATION
18.1 The Council may require the Operator to remove from the Services, and replace, any member of Staff whose acts or omissions have caused the Operator to breach clause 7 (Standards of Conduct), clause 8 (Prevention of Bribery and Fraud) or clause 9 (Gifts and Hospitality).
18.2 The Council may terminate this Contract with immediate effect by written notice if the Operator breaches clause 8 or clause 9, or if the Operator or its Staff act in a way that brings the Council into disrepute or diminishes public trust in it.
18.3 The Council may terminate this Contract at any time for convenience by giving the Operator not less than six months' written notice.
18.4 Either party may terminate this Contract by written notice if the other becomes insolvent.
19. DATA PROTECTION
19.1 Each party shall comply with the UK GDPR and the Data Protection Act 2018. The Operator shall process incident records and CCTV footage from lifeguard units only as a processor on the Council's documented instructions.
20. DISPUTE RESOLUTION
20.1 Any dispute between the parties shall first be referred to the Council's Head of Leisure and the Operator's managing director. If it is not resolved within 20 Working Days either party may refer it to mediation.
21. GENERAL
21.1 This Contract is governed by the law of England and Wales. No variation is effective unless in writing and signed by both parties. A person who is not a party has no right to enforce any term of this Contract.
H1: Schedule 1 - Service Specification (summary)
1. Patrolled Beaches: Saltmouth Sands (two lifeguard units), Gull Cove (one unit) and Pennock Bay (one unit).
2. Minimum staffing: four Lifeguards at Saltmouth Sands, two at each of the other beaches, and one Beach Manager on duty across all sites.
3. Daily routine: weather and tide assessment by 09:30, flag placement by 10:00, hourly radio checks, and an end-of-day log sent to the Council's beach office.
4. Incident response: every incident shall be recorded on the Operator's incident log within 24 hours.
5. Lost children: the Operator shall operate the lost child procedure agreed with the Council and the police.
6. Education programme: at least 40 school water safety sessions between October and April.
H1: Schedule 2 - Key Performance Indicators
KPI | Measure | Target
KPI 1 | Lifeguard units open on time | 98%
KPI 2 | Minimum staffing levels met | 100%
KPI 3 | Incident logs completed within 24 hours | 100%
KPI 4 | Complaints acknowledged within 3 Working Days | 95%
KPI 5 | School water safety sessions delivered | 40 per year
""",
    expected=r"""
ES-01 pass  # cl.7.1: the Operator shall observe, and ensure Staff observe, the Seven Principles of Public Life
ES-02 weak  # cl.7.2: the Council 'expects' the Operator to meet the HM Government Supplier Code of Conduct (permissive only)
ES-03 gap  # cl.5.2 flows down only insurance and TUPE terms; cl.5.1 consent and cl.5.3 liability for Sub-contractors are decoys
ES-04 weak  # cl.4.1: generic 'appropriately trained and qualified' (lifeguard and first aid); no ethics topic named
ES-05 pass  # cl.11.1-11.2: whistleblowing policy incl. prescribed persons under PIDA 1998; no detriment for protected disclosures
ES-06 pass  # cl.8.1-8.3: no inducement or Bribery Act/Fraud Act offence, adequate procedures, immediate notice of breach or investigation
ES-07 pass  # cl.12.1: Operator shall assist with FOIA/EIR requests within 5 Working Days; cl.12.2 performance information for publication
ES-08 weak  # cl.17.2: audit of 'compliance with this Contract' only; ethics clauses not named
ES-09 pass  # cl.18.1-18.2: removal of Staff who breach cl.7-9 and immediate termination for breach of cl.8/9 or disrepute
ES-10 weak  # cl.7.3: annual certificate covers clause 8 (bribery and fraud) only; one-topic certificate
COI-01 gap  # only cl.1.2 'conflict or inconsistency' precedence wording; no conflict-of-interest obligation
COI-02 gap  # no conflict mitigation or direction; cl.18.3 termination for convenience has no conflict link
COI-03 pass  # cl.9.1-9.2: no gifts or hospitality to Council officers; register of gifts and hospitality offered/received
COI-04 gap  # cl.16.1 'formerly employed by the Council' is a TUPE staff-transfer clause, not a revolving-door control
COI-05 weak  # cl.9.3: the Operator 'may keep' a register of interests (permissive)
COI-06 pass  # cl.10.1: Operator confirms it disclosed relationships with persons involved in the procurement and keeps it current
CDM-01 pass  # cl.13.1: free, publicised complaints procedure for Service Users
CDM-02 pass  # cl.14.1(b): monthly report of complaints received, upheld/partially upheld/not upheld and response times
CDM-03 pass  # cl.14.2: satisfaction survey of at least 200 Service Users each season, reported to the Council
CDM-04 pass  # cl.13.3: co-operation with the Local Government and Social Care Ombudsman and implementation of remedies
CDM-05 weak  # cl.13.4: the Operator 'may analyse' complaints for themes (permissive)
CDM-06 pass  # cl.13.2: acknowledge within 3 Working Days, full response within 20 Working Days, delays explained
"""))

# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c02", slug="enforcement_agent_framework", format="docx", build="hand",
    title="Framework Agreement for Enforcement Agent Services",
    setting="Enforcement agent (bailiff) framework for council tax, business rates and penalty charge debts",
    labels="Council / Contractor",
    features="Hand-built DOCX: Heading1 styles plus one outline-level heading; auto-numbered clauses via numbering.xml with computed cross-references; w:ins (pass text) and w:del (deleted weak text and deleted disapplication); comments; footnote; run split mid-word with proofErr and bookmark; KPI table",
    body=r"""
T: FRAMEWORK AGREEMENT FOR ENFORCEMENT AGENT SERVICES
Framework reference CMBC-REV-0425. This Framework Agreement is made on 14 February 2025.
PARTIES: CALDERBROOK METROPOLITAN BOROUGH COUNCIL of the Civic Centre, Market Street, Calderbrook CB1 1AA (the "Council"); and PENHALLOW ENFORCEMENT SERVICES LLP, a limited liability partnership registered in England and Wales under number OC412233, of 9 Foundry Lane, Leeds LS2 8HZ (the "Contractor").
H1: Background
(A) The Council is the billing authority for council tax and business rates in its area and the enforcement authority for penalty charge notices issued in Calderbrook.
(B) The Council's officers are bound by the Seven Principles of Public Life and by the Council's Code of Conduct for Employees when referring cases for enforcement.{cmt:Legal: do we want the Contractor expressly bound to the Seven Principles as well? Not agreed at negotiation - left as drafted.}
(C) In its tender the Contractor stated that 96% of debtors it had dealt with for other councils were satisfied with their contact with its agents.
H1: Definitions
N0[defs]: In this Agreement the following definitions apply.
N1: "Case" means a liability order, warrant of control or other instruction passed by the Council to the Contractor for enforcement.
N1: "Debtor" means any person against whom a Case has been passed to the Contractor, and "Service User" means any Debtor and any other person directly affected by enforcement action taken under this Agreement.
N1: "Enforcement Agent" means an individual holding a certificate under section 64 of the Tribunals, Courts and Enforcement Act 2007 who acts for the Contractor, whether as an employee or under a contract for services.
N1: "National Standards" means the Taking Control of Goods: National Standards issued by the Ministry of Justice, as revised from time to time.{fn:The National Standards were last revised in 2022; the 2014 edition applies to Cases passed before that revision.}
N1: "Prohibited Act" means offering, giving, requesting or accepting any bribe or improper advantage, or committing any offence of fraud or dishonesty, in connection with this Agreement.
N1: "Staff" means all partners, employees, agents and Enforcement Agents of the Contractor and of any Sub-contractor.
H1: Scope
N0: The Council may refer Cases to the Contractor during the term of this Agreement, which is three years from 1 April 2025. The Council gives no guarantee of the number of Cases it will refer.
N1: The Contractor shall enforce each Case in accordance with the Taking Control of Goods Regulations 2013, the Taking Control of Goods (Fees) Regulations 2014 and the National Standards, and shall not charge any fee that is not permitted by those Regulations.
N1: The Contractor shall identify Debtors who may be vulnerable, shall pause enforcement and refer the Case back to the Council where the vulnerability criteria in Schedule 1 are met, and shall record its reasons.
N1: Each Enforcement Agent shall wear a body-worn camera and shall record every visit to a Debtor's premises from arrival to departure.
H1: Ethical Conduct
N0[conduct]: {del:The Contractor is encouraged to have regard to the Council's Supplier Code of Conduct.}{ins:The Contractor shall comply with, and shall ensure that every Enforcement Agent complies with, the Council's Supplier Code of Conduct (Enforcement Contractors' Edition) as updated from time to time.}
N1[train]: The Contractor shall ensure that every Enforcement Agent and every office-based member of Staff completes induction training, and refresher training each year, on the Supplier Code of Conduct, the treatment of vulnerable Debtors, conflicts of interest, anti-bribery and how to raise concerns, and shall keep training records which it shall make available to the Council on request.
N1[flow]: The Contractor shall procure that any Sub-contractor, including any self-employed Enforcement Agent, accepts obligations equivalent to those in clauses {ref:conduct}, {ref:wb}, {ref:bribe} and {ref:coi}, and shall enforce those obligations.
N1[cert]: Within 20 Working Days of the start of this Agreement, and then on each anniversary of that date, the Contractor shall certify in writing to the Council, in a statement signed by its designated members, that it has complied with clauses {ref:conduct} to {ref:coi}; and the Contractor warrants that it has in place, and will maintain, the structures and arrangements needed to meet those clauses, including a nominated ethics lead at partner level.
H1: Speaking Up
N0[wb]: The Contractor and its Staff must report to the Council's Corporate Fraud Team any actual or suspected breach of the law, the National Standards or this Agreement as soon as they become aware of it. {del:This clause shall not apply to self-employed Enforcement Agents.}
N1[noretal]: The Contractor must not retaliate against, or subject to any detriment, any member of Staff who in good faith reports a breach to the Council or to a prescribed person, and shall operate a confidential whistle{split}blowing line for its Staff which is promoted at induction and on its intranet.
H1: Bribery and Fraud
N0[bribe]: The Contractor shall not commit, and shall ensure that its Staff do not commit, any Prohibited Act.
N1[proc]: The Contractor shall create, maintain and enforce adequate policies and procedures to prevent any Prohibited Act, including controls over cash and card payments taken by Enforcement Agents on the doorstep, and shall notify the Council immediately of any breach or suspected breach of clause {ref:bribe} and of any investigation into it.
H1: Conflicts of Interest, Gifts and Former Officers
N0[coi]: The Contractor shall take all necessary action to ensure that neither it nor any member of its Staff is placed in a position of an actual or potential conflict of interest in relation to any Case, including where a Debtor is a relative or associate of an Enforcement Agent, and shall notify the Council promptly in writing, with full details, if such a conflict arises or is likely to arise.
N1[coimit]: Where a conflict is notified, the Contractor shall take the steps the Council directs to manage or remove it, and the Council may withdraw any affected Case or terminate this Agreement if it considers that the conflict cannot be managed adequately.
N1[roi]: The Contractor shall keep a register of interests for its partners, managers and any member of Staff who allocates Cases or authorises fee remissions, shall obtain from each of them a declaration of interests (or a nil declaration) on appointment and annually, and shall give the register to the Council at the start of each year of this Agreement.
N1[gifts]: The Contractor shall not offer any gift, hospitality or other inducement to any officer or member of the Council, shall ensure that Enforcement Agents decline any gift offered by a Debtor, and shall keep a gifts and hospitality register which the Council may inspect at any time.
N1[former]: The Contractor shall notify the Council before engaging, in any role connected with this Agreement, any person who within the preceding 24 months was employed by the Council in its revenues, parking or procurement services, and shall ensure that no such person uses confidential information obtained in that employment.
H1: Tender Declarations
N0[tender]: The Contractor confirms that the self-declaration submitted with its tender, stating that none of its members or managers has been convicted of an offence listed in Schedule 6 to the Procurement Act 2023, remains accurate at the date of this Agreement.{cmt:Procurement: should we add a confirmation that links with the evaluation panel were disclosed? Deferred to the next framework.}
H1: Complaints
N0[cp]: The Contractor shall operate a written complaints procedure which is free of charge, accessible to Service Users (including by telephone, in easy-read form and in the community languages listed in Schedule 1) and publicised on every notice of enforcement and on the Contractor's website.
N1[ct]: The Contractor shall acknowledge each complaint within 2 Working Days of receipt and shall send a full response within 10 Working Days, or within any longer period the Council agrees, explaining any delay to the complainant.
N1[cdreq]: The Contractor shall provide the Council with details of the complaints it has received whenever the Council requests them.
N1[omb]: The Contractor shall co-operate fully with any investigation by the Council or the Local Government and Social Care Ombudsman into a complaint about a Case, including by answering questions, providing documents and body-worn camera footage, and attending meetings, and shall implement any remedy the Council agrees to.
N1[learn]: Each quarter the Contractor shall analyse the complaints it has received to identify root causes and trends, and shall put in place and carry out an improvement action plan for any recurring issue.
H1: Information
N0[info]: The Council is subject to the Freedom of Information Act 2000. The Contractor may assist the Council in responding to requests for information about this Agreement where it is reasonably able to do so.
H1: Monitoring and Audit
N0[audit]: The Council may audit the Contractor's compliance with clauses {ref:conduct} to {ref:coi} (Ethical Conduct, Speaking Up, Bribery and Fraud, and Conflicts of Interest), including by accompanying Enforcement Agents, reviewing body-worn camera footage and inspecting the registers kept under clause {ref:coi}. Ethical performance shall be a standing item at the quarterly contract review meetings.
H1: Remedies and Termination
N0[rem]: If the Contractor breaches clause {ref:conduct}, {ref:bribe} or {ref:coi}, the Council may require it to submit a Rectification Plan, may require the removal from Council Cases of any Enforcement Agent whose conduct caused the breach, and may terminate this Agreement with immediate effect by written notice.
N1: The Council may terminate this Agreement for convenience by giving three months' written notice.
N1: On expiry or termination the Contractor shall return all live Cases to the Council with a full account of monies collected.
H1: Fees, Data and Insurance
N0: The Contractor shall recover its fees only from Debtors in accordance with the Taking Control of Goods (Fees) Regulations 2014 and shall pay all sums collected on behalf of the Council into the Council's nominated account within 5 Working Days of receipt.
N1: The Contractor shall act as a processor of Debtors' personal data on the Council's documented instructions and shall comply with the UK GDPR and the Data Protection Act 2018.
N1: The Contractor shall maintain public liability insurance of at least GBP 5,000,000 and professional indemnity insurance of at least GBP 2,000,000.
N1: This Agreement is governed by the law of England and Wales.
O1: Schedule 1 - Key Performance Indicators
| KPI | Measure | Target |
| 1 | Cases returned with a full report within 5 Working Days of Council request | 100% |
| 2 | Body-worn camera recordings available for every visit | 100% |
| 3 | Complaints acknowledged within 2 Working Days | 98% |
| 4 | Vulnerable Debtor cases referred back within 1 Working Day | 100% |
| 5 | Monies remitted within 5 Working Days | 100% |
""",
    expected=r"""
ES-01 gap  # only Background (B): the Council's own officers are bound by the Seven Principles (wrong party, recital); the comment is not contract text
ES-02 pass  # cl.{ref:conduct} (tracked insertion): the Contractor shall comply with the Council's Supplier Code of Conduct; the deleted 'encouraged' text is not contract text
ES-03 pass  # cl.{ref:flow}: Sub-contractors (incl. self-employed agents) accept obligations equivalent to the ethics, speaking-up, bribery and conflicts clauses
ES-04 pass  # cl.{ref:train}: induction and annual training on the Code, conflicts, anti-bribery and raising concerns, with records
ES-05 pass  # cl.{ref:wb}-{ref:noretal}: must report suspected breaches; no retaliation against good-faith reporters incl. to a prescribed person; whistleblowing line (deleted disapplication is not contract text)
ES-06 pass  # cl.{ref:bribe}-{ref:proc}: no Prohibited Act; adequate policies and procedures; immediate notice of breach or investigation
ES-07 weak  # cl.{ref:info}: the Contractor 'may assist' with FOI requests (permissive)
ES-08 pass  # cl.{ref:audit}: Council may audit compliance with the ethics clauses; ethical performance reviewed at contract meetings
ES-09 pass  # cl.{ref:rem}: Rectification Plan, removal of Enforcement Agents and immediate termination for breach of the ethics, bribery and conflicts clauses
ES-10 pass  # cl.{ref:cert}: certificate at start and annually of compliance with the ethics clauses, plus warranty of supporting structures and ethics lead
COI-01 pass  # cl.{ref:coi}: avoid actual or potential conflicts of interest and notify the Council promptly in writing
COI-02 pass  # cl.{ref:coimit}: take steps the Council directs to manage or remove the conflict; Council may withdraw Cases or terminate
COI-03 pass  # cl.{ref:gifts}: no gift or hospitality to Council officers; gifts and hospitality register
COI-04 pass  # cl.{ref:former}: notify before engaging anyone employed by the Council in the preceding 24 months; no use of confidential information
COI-05 pass  # cl.{ref:roi}: register of interests with declarations or nil declarations on appointment and annually, given to the Council
COI-06 gap  # cl.{ref:tender} covers only exclusion-ground conviction self-declaration; comment about panel links is not contract text
CDM-01 pass  # cl.{ref:cp}: free, accessible, publicised complaints procedure for Service Users
CDM-02 weak  # cl.{ref:cdreq}: details of complaints given only 'whenever the Council requests them' (on request only)
CDM-03 gap  # only Background (C): tender marketing claim of debtor satisfaction; no obligation to collect or report feedback
CDM-04 pass  # cl.{ref:omb}: co-operation with the Local Government and Social Care Ombudsman and implementation of remedies
CDM-05 pass  # cl.{ref:learn}: quarterly analysis of root causes and trends with an improvement action plan
CDM-06 pass  # cl.{ref:ct}: acknowledge within 2 Working Days, respond within 10 Working Days, delays explained
"""))

# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c03", slug="perpetrator_programme", format="md", build="text",
    title="Domestic Abuse Perpetrator Programme Services Contract",
    setting="Domestic abuse perpetrator behaviour-change programme with integrated partner support, commissioned by a police and crime commissioner",
    labels="Commissioner / Provider",
    features="Markdown; bold clause numbers; lead-in sentences with (a)-(d) lists; definitions with a Prohibited Act definition and a list of laws; dispute-resolution clause; no footnotes",
    body=r"""
T: Domestic Abuse Perpetrator Programme - Services Contract
Contract no. OPCC-WX-2025-07 | Term: 1 July 2025 to 30 June 2028
This Contract is made between **the Police and Crime Commissioner for Wexham** of Wexham Police Headquarters, Ridgeway, Wexham WX4 9PQ (the "Commissioner") and **Brightwater Respect Programmes CIC**, a community interest company (number 11223344) of 27 Albion Street, Wexham WX1 3LT (the "Provider").
H1: 1. Definitions and interpretation
**1.1** In this Contract:
L: "Applicable Laws" means all laws that apply to the Services, including the Domestic Abuse Act 2021, the Data Protection Act 2018, the Equality Act 2010, the Bribery Act 2010 and the Modern Slavery Act 2015;
L: "Integrated Support" means the support offered to the current or former partners of Participants under Part 2 of the Specification;
L: "Participant" means a person referred to and accepted onto the Programme;
L: "Programme" means the group-based behaviour-change programme described in the Specification;
L: "Prohibited Act" means offering, giving or agreeing to give any person any gift or consideration as an inducement or reward for doing or not doing any act in relation to this Contract, or committing fraud in relation to this Contract;
L: "Service User" means a Participant or a person receiving Integrated Support;
L: "Staff" means the Provider's employees, sessional facilitators and volunteers.
**1.2** Clause headings are for convenience only.
H1: 2. The Services
**2.1** The Provider shall deliver the Programme to at least 90 Participants each year in groups of no more than 10, together with Integrated Support for every partner or former partner who can be identified and consents.
**2.2** The Provider shall deliver the Services in accordance with the Respect Standard and shall maintain Respect accreditation throughout the term.
**2.3** The Provider shall accept referrals from Wexham Police, children's social care, probation and self-referral, and shall complete a risk and suitability assessment within 15 Working Days of each referral.
**2.4** Each Programme cycle shall consist of at least 24 weekly group sessions of two and a half hours, preceded by at least three individual preparation sessions, and followed by a review session three months after completion.
**2.5** The Provider shall run groups in venues that are accessible by public transport and that allow Participants and partners receiving Integrated Support to arrive and leave separately. The Provider shall not hold group sessions in any building where Integrated Support is delivered on the same day.
**2.6** Where a Participant cannot take part in a group because of a disability, language need or risk assessment, the Provider shall offer a programme of individual sessions of equivalent content.
**2.7** The Provider shall maintain a waiting list and shall contact each person on it at least every four weeks to review risk and suitability.
H1: 3. Conduct of the Provider
**3.1** In delivering the Services the Provider shall act with selflessness, integrity, objectivity, accountability, openness, honesty and leadership, and shall ensure that its Staff do the same.
**3.2** The Provider shall adopt and maintain a written code of conduct for its Staff which is consistent with the Respect Standard, and shall give the Commissioner a copy on request.
**3.3** The Commissioner expects its providers and their sub-contractors to meet the standards set out in this clause 3.
**3.4** The Provider shall have a nominated ethics lead and shall maintain governance arrangements to support the standards in this clause 3.
H1: 4. Staff
**4.1** The Provider shall ensure that all Staff:
L: (a) hold the facilitator qualifications required by the Respect Standard before leading a group;
L: (b) have an enhanced Disclosure and Barring Service check, renewed every three years;
L: (c) complete induction training, and refresher training each year, on the Provider's code of conduct, conflicts of interest, professional boundaries and how to speak up, with attendance records kept and made available to the Commissioner; and
L: (d) receive clinical supervision at least monthly.
H1: 5. Speaking up
**5.1** The Provider shall maintain a speaking-up policy under which Staff, volunteers and partners receiving Integrated Support can raise concerns in confidence, including directly with the Commissioner's Head of Commissioning, and shall ensure that no person suffers any detriment for raising a concern in good faith.
H1: 6. Conflicts of interest
**6.1** The Provider shall ensure that neither it nor any member of Staff is placed in a position where a personal, professional or financial interest conflicts, or may conflict, with its duties under this Contract (for example, where a facilitator knows a Participant or a Participant's partner), and shall notify the Commissioner in writing within 5 Working Days of becoming aware of any such conflict.
**6.2** For each conflict notified under clause 6.1 the Provider shall prepare and follow a mitigation plan, which may include moving the Participant to a different group, and shall comply with any direction the Commissioner gives about the conflict.
**6.3** Before tenders were evaluated, each member of the Commissioner's evaluation panel completed a declaration of interests, and those declarations are held on the Commissioner's register of interests.
**6.4** The Provider confirms that it has disclosed to the Commissioner any relationship between the Provider, its directors or senior managers and any person involved in the procurement of this Contract, and shall tell the Commissioner promptly if any new relationship of that kind arises during the term.
H1: 7. Charitable income
**7.1** The Provider may claim gift aid on donations received from members of the public towards the Programme and shall account for that income separately from the Contract Price.
H1: 8. Safeguarding and risk
**8.1** The Provider shall share information with the multi-agency risk assessment conference where a Participant's partner is assessed as being at high risk, and shall comply with the Commissioner's information sharing agreement.
**8.2** The Provider shall notify Wexham Police immediately of any disclosure indicating an imminent risk of serious harm.
**8.3** The Provider shall have a safeguarding children policy and a safeguarding adults policy, each reviewed annually, and a designated safeguarding lead who is available whenever groups are running.
**8.4** Where a Participant discloses behaviour which may amount to a criminal offence, the Provider shall follow the information sharing protocol agreed with Wexham Police and the local safeguarding partnership.
**8.5** The Provider shall carry out a risk review for each Participant at weeks 1, 12 and 24 of the Programme and shall share the outcome with the Integrated Support worker.
H1: 9. Transparency
**9.1** The Provider shall give the Commissioner all information and assistance the Commissioner reasonably requests, within 5 Working Days, to enable the Commissioner to comply with the Freedom of Information Act 2000 and to publish information about the performance of the Services on the Commissioner's website.
H1: 10. Performance and reporting
**10.1** The Provider shall submit a quarterly performance return within 15 Working Days of the end of each quarter, which shall include:
L: (a) referrals received, Participants starting and completing the Programme;
L: (b) the number of complaints received from Service Users, their outcome (upheld, partially upheld or not upheld) and the time taken to respond;
L: (c) the results of the feedback questionnaires collected under clause 10.2; and
L: (d) safeguarding referrals made.
**10.2** The Provider shall ask every Participant and every person receiving Integrated Support to complete a feedback questionnaire at the start of the Programme, at the mid-point and at exit, and shall report the results to the Commissioner in each quarterly return.
**10.3** The Commissioner may audit the Provider's compliance with clauses 3 to 6 (Conduct, Staff, Speaking up and Conflicts of interest) and will review ethical performance at the quarterly contract meetings.
**10.4** The Provider shall answer any query from the Commissioner about a performance return within 10 Working Days.
H1: 11. Complaints
**11.1** The Provider shall operate a complaints policy for Service Users which is free to use, accessible (including in languages other than English and in easy-read form) and explained to each Participant at assessment; complaints from a partner receiving Integrated Support shall be handled separately from the Participant's group and without disclosing the complaint to the Participant.
**11.2** Every six months the Provider shall review the complaints it has received to identify themes and root causes, shall produce an action plan to address them, and shall share the lessons learned with the Commissioner.
H1: 12. Disputes
**12.1** Any dispute between the Commissioner and the Provider shall be referred first to the Commissioner's Chief Executive and the Provider's Chair. If it is not resolved within 20 Working Days, the parties shall attempt to settle it by mediation under the CEDR Model Mediation Procedure before either of them starts court proceedings.
H1: 13. Termination
**13.1** The Commissioner may terminate this Contract by written notice if the Provider commits a material breach of this Contract which is not remedied within 30 days of a notice requiring it to be remedied.
**13.2** The Commissioner may terminate this Contract for convenience on six months' written notice.
**13.3** On termination the Provider shall co-operate in transferring current Participants to any replacement provider.
H1: 14. Liability, insurance and data
**14.1** The Provider shall comply with all Applicable Laws.
**14.2** The Provider shall maintain employer's liability insurance of GBP 5,000,000, public liability insurance of GBP 5,000,000 and professional indemnity insurance of GBP 2,000,000.
**14.3** Each party is a controller of the personal data it processes in connection with the Services and shall comply with the Data Protection Act 2018 and the UK GDPR.
H1: 15. General
**15.1** This Contract is governed by the law of England and Wales and the parties submit to the exclusive jurisdiction of its courts.
**15.2** This Contract, the Specification and the Provider's tender (to the extent accepted by the Commissioner) are the entire agreement between the parties.
H1: 16. Mobilisation and exit
**16.1** The Provider shall complete the mobilisation plan in its tender by 30 June 2025, including recruitment of facilitators, agreement of venues and the information sharing agreement.
**16.2** No later than six months before the end of the term the Provider shall give the Commissioner an exit plan setting out how Participants part-way through the Programme will complete it.
**16.3** The Provider shall return or securely destroy all personal data relating to Service Users within 30 days after the end of the term, except where the law requires it to keep that data.
H1: Schedule - Contract Price
| Contract Year | Programme places | Contract Price |
| 2025-26 | 90 | GBP 312,000 |
| 2026-27 | 95 | GBP 324,500 |
| 2027-28 | 100 | GBP 337,000 |
""",
    expected=r"""
ES-01 pass  # cl.3.1: the Provider shall act with selflessness, integrity, objectivity, accountability, openness, honesty and leadership (all seven principles, bound to the Provider)
ES-02 pass  # cl.3.2: the Provider shall adopt and maintain a written code of conduct for its Staff
ES-03 weak  # cl.3.3: the Commissioner 'expects' its providers and their sub-contractors to meet clause 3 (expects form)
ES-04 pass  # cl.4.1(c): induction and annual training on the code of conduct, conflicts and speaking up, with records
ES-05 pass  # cl.5.1: speaking-up policy incl. route to the Commissioner; no detriment for raising concerns in good faith
ES-06 gap  # only the cl.1.1 'Prohibited Act' definition and the Bribery Act 2010 in the 'Applicable Laws' list (cl.14.1 general compliance)
ES-07 pass  # cl.9.1: assistance with FOIA requests within 5 Working Days and information for publication
ES-08 pass  # cl.10.3: Commissioner may audit compliance with clauses 3-6; ethical performance reviewed at quarterly meetings
ES-09 weak  # cl.13.1: termination for un-remedied material breach only; no ethics link
ES-10 weak  # cl.3.4: ethics lead and governance arrangements only (structures-only); no assurance or periodic certificate
COI-01 pass  # cl.6.1: avoid interests which conflict or may conflict and notify the Commissioner within 5 Working Days
COI-02 pass  # cl.6.2: mitigation plan for each notified conflict and compliance with the Commissioner's directions
COI-03 gap  # cl.7.1 'gift aid' on donations is a look-alike; no gifts and hospitality control
COI-04 gap  # absent: no provision on former office holders
COI-05 gap  # cl.6.3: declarations of interest by the Commissioner's evaluation panel only (buyer side)
COI-06 pass  # cl.6.4: Provider confirms it disclosed relationships with persons involved in the procurement and will update
CDM-01 pass  # cl.11.1: free, accessible complaints policy for Service Users explained at assessment
CDM-02 pass  # cl.10.1(b): quarterly return of complaints received, outcomes and response times
CDM-03 pass  # cl.10.2: feedback questionnaires at start, mid-point and exit, reported quarterly
CDM-04 gap  # cl.12.1 is dispute resolution between the parties (CEDR mediation); no Ombudsman or independent complaint escalation
CDM-05 pass  # cl.11.2: six-monthly review of themes and root causes with an action plan and lessons shared
CDM-06 gap  # no complaint timescales; cl.10.4's 10 Working Days applies to the Commissioner's queries; cl.2.3 to referrals
"""))

# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c04", slug="driving_assessment_centre", format="odt", build="hand",
    title="Agreement for Driving Assessment and Mobility Advice Services",
    setting="Driving assessment and vehicle adaptation advice centre for a Scottish NHS health board",
    labels="Board / Service Provider",
    features="Hand-built ODT: Heading 1 styles and an outline-level paragraph heading; clauses as continued text:list numbering across headings; ODF tracked changes (one insertion, one deleted negation); office:annotation; service-level table",
    body=r"""
T: AGREEMENT FOR DRIVING ASSESSMENT AND MOBILITY ADVICE SERVICES
This Agreement is between GLENMORVEN HEALTH BOARD, constituted by order under the National Health Service (Scotland) Act 1978 and known as NHS Glenmorven, having its headquarters at Craigour House, Inverbrae IV9 2RS (the "Board"), and KESSOCK MOBILITY ASSESSMENT LIMITED, incorporated in Scotland with registered number SC612345 and having its registered office at 41 Harbour Road, Inverbrae IV2 6DN (the "Service Provider").
The Board wishes to secure a driving assessment and mobility advice service for people in its area who have a disability, a long-term condition or an injury affecting their ability to drive. The parties agree as follows.
H1: Definitions and Services
N0[defs]: In this Agreement: "Assessor" means an occupational therapist or approved driving instructor employed or engaged by the Service Provider; "Patient" means a person referred to the Service; "Referrer" means a GP, hospital consultant, the Driver and Vehicle Licensing Agency or another body listed in Schedule 1; "Service" means the services described in clause {ref:svc}; "Working Day" means a day other than a Saturday, Sunday or a public holiday in Scotland.
N0[svc]: The Service Provider shall provide, from its centre at Harbour Road and at two outreach clinics:
N1: on-road and off-road assessments of fitness to drive, including cognitive assessment, with a written report to the Referrer;
N1: advice to Patients on vehicle adaptations, including steering aids, hand controls and wheelchair stowage;
N1: passenger assessments for Patients who cannot drive but need advice on safe travel.
N1: home visits for Patients who cannot travel to the centre, where the Board's clinical lead agrees that a visit is needed.
N1: The Service Provider shall issue each assessment report to the Referrer within 10 Working Days of the assessment.
H1: Standards
N0[std]: The Service Provider shall deliver every assessment in accordance with the accreditation criteria of the national network of mobility centres and the published code of practice for driving assessments.
N1[nolan]: The Service Provider is encouraged to have regard to the Seven Principles of Public Life (the Nolan Principles) in its dealings with Patients and with the Board.
N1[bsc]: The Board's Standards of Business Conduct for NHS Staff apply to any Board employee seconded to the centre, and the Board will deal with any breach of them.
H1: Staff and Training
N0[staff]: The Service Provider shall ensure that each Assessor completes mandatory training each year in manual handling, fire safety, infection control and the use of adapted vehicles.
N1[teach]: The Service Provider shall deliver two training sessions each year to the Board's occupational therapists on the assessment of cognitive fitness to drive.
N1: The Service Provider shall keep registration with the Health and Care Professions Council (or the register of approved driving instructors) under review for every Assessor.
H1: Sub-contracting
N0[sub]: The Service Provider shall not sub-contract any part of the Service without the Board's prior written consent.
N1[flow]: The Service Provider shall procure that each Sub-contractor, including any vehicle adaptation engineer it engages, complies with obligations equivalent to those in clauses {ref:wb} (Whistleblowing), {ref:fraud} (Fraud and Corruption) and {ref:coi} (Conflicts of Interest).
H1: Whistleblowing
N0[wb]: The Service Provider shall have a whistleblowing policy consistent with the National Whistleblowing Standards for NHS Scotland, shall tell its staff how to raise concerns with the Independent National Whistleblowing Officer, and shall not subject any person to detriment for raising a concern in good faith.
H1: Fraud and Corruption
N0[fraud]: The Service Provider shall not offer or accept any bribe, kickback or other inducement in connection with this Agreement, including from any vehicle dealer or adaptation supplier; shall maintain adequate procedures to prevent bribery within the meaning of the Bribery Act 2010; and shall notify the Board's Fraud Liaison Officer immediately of any suspected fraud, bribery or corruption connected with the Service.
H1: Conflicts of Interest
N0[coi]: The Service Provider shall avoid any actual or perceived conflict of interest, including any financial interest in a vehicle adaptation supplier whose products it recommends to a Patient, and shall notify the Board in writing {ins:within 5 Working Days }of any such conflict.{cmt:Board to confirm whether a full gifts and hospitality clause is needed - Procurement to advise.}
N1[coimit]: The Service Provider may propose steps to manage a notified conflict for the Board's consideration.
N1[roi]: The Service Provider shall maintain a register of interests for its directors and Assessors, updated at least annually with a declaration of interests (or a nil declaration) from each of them, and shall give the register to the Board on request and publish it on its website.
N1[gifts]: The Service Provider should consider recording any gifts and hospitality offered to its Assessors by vehicle dealers and adaptation suppliers.
N1[former]: The Service Provider is encouraged to notify the Board if it proposes to employ a former employee of the Board who was involved in commissioning the Service within the previous 12 months.
H1: Information
N0[foi]: The Service Provider shall assist the Board in complying with its obligations under the Freedom of Information (Scotland) Act 2002 and the Environmental Information (Scotland) Regulations 2004, and shall provide any information the Board requests for that purpose within 5 Working Days.
H1: Records and Audit
N0[audit]: The Service Provider shall keep accurate financial records of all charges made under this Agreement and shall allow the Board's internal auditors access to those financial records on reasonable notice.
N1[sac]: Within three months after the end of each year of this Agreement the Service Provider shall give the Board a Self Audit Certificate confirming that its financial records and invoices relating to the charges are accurate and complete.
H1: Complaints and Patient Experience
N0[cp]: The Service Provider shall handle complaints from Patients and their representatives in line with the NHS Scotland Model Complaints Handling Procedure and the Patient Rights (Scotland) Act 2011, and shall explain how to complain in its appointment letters, in its waiting area and on its website.
N1[ct]: The Service Provider shall respond to stage 1 complaints within 5 Working Days, and shall acknowledge stage 2 complaints within 3 Working Days and respond to them within 20 Working Days.
N1[spso]: The Service Provider shall co-operate with the Scottish Public Services Ombudsman in any investigation relating to the Service, providing the information and documents it requests, and shall implement any recommendation the Board accepts.{del: The Service Provider shall not be required to co-operate with the SPSO where a complaint concerns clinical judgement.}
N1[rep]: Each quarter the Service Provider shall report to the Board the number of complaints received, the stage at which each was handled, the outcome and whether the timescales in clause {ref:ct} were met.
N1[px]: The Service Provider shall invite every Patient to complete a patient experience questionnaire after assessment and shall report the results to the Board every six months.
H1: Termination
N0[term]: The Board may terminate this Agreement by written notice with immediate effect if the Service Provider breaches clause {ref:fraud} or clause {ref:coi}, or acts in a way that brings the Board into disrepute, and may instead require the Service Provider to remove any Assessor responsible for such a breach from the Service.
N1: Either party may terminate this Agreement on six months' written notice.
H1: Premises, Vehicles and Equipment
N0: The Service Provider shall maintain a fleet of at least four dual-controlled assessment vehicles, including one automatic vehicle with hand controls and one vehicle adapted for drivers who remain seated in their wheelchair.
N1: Each assessment vehicle shall be insured for use by Patients under supervision, serviced in accordance with the manufacturer's schedule and replaced when it reaches seven years of age.
N1: The centre at Harbour Road shall be open from 08:30 to 17:00 on Working Days and shall have step-free access, an accessible toilet and a quiet room for cognitive testing.
N1: Outreach clinics shall be held monthly in Fort Aird and Strathcullen in premises provided by the Board free of charge.
H1: Charges and Payment
N0: The Board shall pay the Service Provider a block payment of GBP 486,000 a year in twelve equal monthly instalments, together with a fee of GBP 240 for each home visit agreed under clause {ref:svc}.
N1: The Service Provider shall invoice the Board monthly in arrears and the Board shall pay each valid invoice within 30 days of receipt.
N1: The block payment shall be reviewed each April by reference to the percentage uplift applied to NHS Scotland Agenda for Change pay scales.
H1: Insurance, Data and Continuity
N0: The Service Provider shall maintain motor insurance covering supervised driving by Patients, public liability insurance of at least GBP 5,000,000, employer's liability insurance of at least GBP 10,000,000 and professional indemnity insurance of at least GBP 2,000,000.
N1: The Service Provider shall process Patients' personal data as a processor on the Board's documented instructions and shall comply with the UK GDPR, the Data Protection Act 2018 and the Board's information governance policies.
N1: The Service Provider shall maintain a business continuity plan covering loss of premises, loss of vehicles and staff absence, and shall test it once a year.
H1: Disputes and Law
N0: Any dispute shall be referred first to the Board's Director of Allied Health Professions and the Service Provider's managing director and, failing agreement within 20 Working Days, to an expert or to the Scottish courts.
N1: This Agreement is governed by the law of Scotland.
O1: Schedule 1 - Service Levels
| Measure | Target |
| Referral to assessment | 12 weeks |
| Assessment report issued to Referrer | 10 Working Days |
| Outreach clinics held | 20 per year |
| Patient experience questionnaire response rate | 40% |
""",
    expected=r"""
ES-01 weak  # cl.{ref:nolan}: the Service Provider 'is encouraged to have regard to' the Nolan Principles (permissive)
ES-02 gap  # cl.{ref:std} is a technical code of practice; cl.{ref:bsc} Standards of Business Conduct bind Board staff only (wrong party)
ES-03 pass  # cl.{ref:flow}: Sub-contractors comply with obligations equivalent to the whistleblowing, fraud and conflicts clauses
ES-04 gap  # cl.{ref:staff} is health and safety/technical training only; cl.{ref:teach} is training delivered to the Board
ES-05 pass  # cl.{ref:wb}: whistleblowing policy, route to the Independent National Whistleblowing Officer, no detriment
ES-06 pass  # cl.{ref:fraud}: no bribe or kickback, adequate procedures under the Bribery Act 2010, immediate notice of suspicions
ES-07 pass  # cl.{ref:foi}: assist the Board with FOISA and EIR(S) duties, information within 5 Working Days
ES-08 gap  # cl.{ref:audit}: access to financial records only
ES-09 pass  # cl.{ref:term}: immediate termination for breach of the fraud or conflicts clauses or disrepute; removal of Assessors
ES-10 gap  # cl.{ref:sac}: Self Audit Certificate on financial records only
COI-01 pass  # cl.{ref:coi}: avoid actual or perceived conflicts and notify the Board in writing (insertion 'within 5 Working Days' is contract text)
COI-02 weak  # cl.{ref:coimit}: the Service Provider 'may propose' steps to manage a conflict (permissive)
COI-03 weak  # cl.{ref:gifts}: 'should consider recording' gifts and hospitality (permissive); the annotation is not contract text
COI-04 weak  # cl.{ref:former}: 'is encouraged to notify' the Board before employing a former Board employee (permissive)
COI-05 pass  # cl.{ref:roi}: register of interests with annual declarations or nil declarations, given on request and published
COI-06 gap  # absent: no procurement-stage disclosure confirmation
CDM-01 pass  # cl.{ref:cp}: complaints handled under the NHS Scotland Model Complaints Handling Procedure, publicised
CDM-02 pass  # cl.{ref:rep}: quarterly report of complaints received, stage, outcome and timeliness
CDM-03 pass  # cl.{ref:px}: patient experience questionnaire for every Patient, results reported six-monthly
CDM-04 pass  # cl.{ref:spso}: co-operation with the Scottish Public Services Ombudsman and implementation of recommendations (deleted carve-out is not contract text)
CDM-05 gap  # absent: no analysis of complaints or feedback and no action plans
CDM-06 pass  # cl.{ref:ct}: stage 1 response 5 Working Days; stage 2 acknowledgement 3 and response 20 Working Days
"""))

# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c05", slug="school_crossing_patrols", format="txt", build="text",
    title="School Crossing Patrol Service Agreement",
    setting="School crossing patrol service run by a community interest company for a county council",
    labels="we/us (County Council) / you (the Provider)",
    features="Plain text, plain-English 'we/you' drafting with short numbered sections and question-style headings; parties defined as we/you; no sub-numbering",
    body=r"""
T: School Crossing Patrol Service Agreement
Ashworth County Council and Crosswise Community Patrols CIC
H1: 1. About this agreement
1.1 This agreement explains how you will run school crossing patrols for us from 1 September 2025 until 31 August 2028.
1.2 In this agreement "we", "us" and "our" mean Ashworth County Council of County Hall, Bridge Street, Ashworth AS1 1CC, and "you" and "your" mean Crosswise Community Patrols CIC (company number 13579246) of The Old Depot, Mill Lane, Ashworth AS3 4DE, referred to as the Provider.
1.3 A "patroller" means anyone you employ or engage to work as a school crossing patrol. A "site" means a crossing point listed in the Schedule.
H1: 2. What you will do
2.1 You will provide a trained patroller at each of the 38 sites in the Schedule for 40 minutes before the start and 30 minutes after the end of every school day in term time.
2.2 You will arrange cover when a patroller is absent. If a site cannot be covered you must tell the school and our Road Safety Team before 07:30 that day.
2.3 You will supply uniforms, stop signs ("lollipops") and high-visibility clothing that meet the Traffic Signs Regulations and General Directions 2016.
2.4 You must carry out a risk assessment of each site at least once a year and whenever the road layout changes, and send it to us.
2.5 You must keep a daily log for each site showing the patroller on duty, the start and finish times and any near misses or incidents. You must send us a copy of the logs at the end of each half term.
2.6 You must report any road traffic collision at a site to the police and to our Road Safety Team on the same day.
2.7 We will tell you about any new crossing sites at least six weeks before they are needed. You will not be expected to cover a new site until you have carried out a risk assessment of it.
H1: 3. Your patrollers
3.1 You must make sure every patroller completes our practical school crossing patrol training, run by our Road Safety Team, before working at a site alone.
3.2 You must give every patroller induction training, and refresher training each year, on the seven principles of public life, safeguarding children, how to raise a concern and how to spot and report a conflict of interest, and you must keep a record of who has been trained and when.
3.3 You must obtain an enhanced Disclosure and Barring Service check, including a check of the children's barred list, for every patroller before they start.
3.4 You must make sure that patrollers are fit to work outdoors in all weathers, can stand for the length of a patrol and have their eyesight and hearing checked every two years.
3.5 You must give every patroller a uniform coat, hat and gloves, and replace them when they become worn or lose their reflective quality.
H1: 4. How you must behave
4.1 You must follow the seven principles of public life (selflessness, integrity, objectivity, accountability, openness, honesty and leadership) in everything you do under this agreement, and make sure your patrollers do too.
4.2 Our staff code of conduct applies to our own employees, including the road safety officers who visit your sites. It does not form part of this agreement.
4.3 We expect you to tell us about any conflict of interest, for example where a patroller is also employed by a school they patrol outside.
4.4 If a conflict of interest arises you must follow any steps we tell you to take to manage it, such as moving a patroller to a different site.
4.5 You must not give or offer any gift, hospitality or payment to any of our staff, or to any member of school staff, in connection with this agreement.
H1: 5. Bribery and fraud
5.1 You must not offer, pay or accept a bribe. You must have sensible procedures in place to prevent bribery and fraud in your organisation, and if you suspect bribery or fraud connected with this agreement you must tell our Internal Audit team straight away.
H1: 6. Talking about the service
6.1 You must keep confidential any information about pupils and families that you learn while providing the service.
6.2 Your patrollers may not make any public statement, or post anything on social media, about the service, the schools or us without our written agreement.
H1: 7. Can you subcontract?
7.1 You must not subcontract any part of the service without our written agreement.
H1: 8. Information and openness
8.1 We are subject to the Freedom of Information Act 2000. You must help us respond to any request for information about this agreement within 5 working days of us asking.
8.2 You must give us the figures we need to publish on our website each year under the Local Government Transparency Code, including the number of sites covered and the cost of the service.
H1: 9. How will we check things are going well?
9.1 We may visit sites without notice and may audit your records to check that you are keeping to this agreement.
9.2 Each summer term you must carry out a survey of your patrollers about their working conditions and equipment and share the results with us.
9.3 We will meet you once a term to discuss site coverage, incidents and any changes to the list of sites.
H1: 10. Your yearly statement
10.1 Each September you must send us a statement signed by your chair confirming that you have kept to sections 4 and 5 of this agreement during the previous school year.
10.2 You confirm that you have a named lead responsible for ethical standards and that you have the arrangements needed to meet sections 4 and 5, and you will keep them in place.
H1: 11. Complaints
11.1 You must have a simple complaints procedure that parents, pupils, residents and schools can use free of charge. You must explain it on your website and on a card that each patroller carries.
11.2 You must acknowledge every complaint within 2 working days and give a full reply within 15 working days.
11.3 You must tell us about complaints you have received if we ask.
11.4 We expect you to co-operate with the Local Government and Social Care Ombudsman if a complaint about the service is referred to it.
H1: 12. Payment
12.1 We will pay you the monthly price in the Schedule for each site covered. If a site is not covered on a school day we will deduct one twentieth of that site's monthly price.
12.2 You must send us an invoice at the end of each month. We will pay undisputed invoices within 30 days.
H1: 13. Ending the agreement
13.1 Either of us can end this agreement by giving the other one full school term's notice in writing.
13.2 Either of us can end this agreement straight away if the other becomes insolvent.
H1: 14. Data, insurance and law
14.1 You are a controller of your patrollers' personal data. You must follow the UK GDPR and the Data Protection Act 2018.
14.2 You must hold public liability insurance of at least GBP 5,000,000 and employer's liability insurance of at least GBP 10,000,000.
14.3 This agreement is governed by the law of England and Wales.
H1: 15. Health and safety
15.1 You are responsible for the health and safety of your patrollers. You must have a health and safety policy and a lone working procedure and keep them up to date.
15.2 You must tell us straight away if a patroller is injured at a site, and we will review the site with you within 5 school days.
H1: 16. Business continuity
16.1 You must have a plan for keeping the service going during severe weather, illness outbreaks or strikes, and you must tell us which sites you will cover first if you cannot cover them all.
16.2 The sites outside primary schools with the highest traffic counts, shown in the site register, must be covered first.
H1: 17. Changes to this agreement
17.1 Any change to this agreement must be agreed in writing by both of us. We can add or remove sites by giving you one half term's notice, and the price will change in line with the Schedule.
H1: Schedule - Sites and prices
Site | Location | Monthly price
1 | Ashworth Road by St Mary's Primary | GBP 612
2 | Brook Lane by Brook Lane Infants | GBP 612
3 | Cross Street by Ashworth Academy | GBP 655
4-38 | As listed in the site register held by our Road Safety Team | GBP 612 each
""",
    expected=r"""
ES-01 pass  # s.4.1: you (the Provider) must follow the seven principles of public life and make sure patrollers do too
ES-02 gap  # s.4.2: the staff code of conduct binds the Council's own employees only (wrong party)
ES-03 gap  # s.7.1: consent to subcontract only; no flow-down of ethical obligations
ES-04 pass  # s.3.2: induction and yearly training on the seven principles, raising concerns and conflicts, with records
ES-05 gap  # s.6.1-6.2 are confidentiality and a gag on public statements; no speaking-up route or protection
ES-06 pass  # s.5.1: must not offer or accept bribes, sensible procedures, tell Internal Audit straight away
ES-07 pass  # s.8.1-8.2: must help with FOI requests within 5 working days and give figures for publication
ES-08 weak  # s.9.1: audit of records to check compliance with 'this agreement' generally; ethics not named
ES-09 gap  # s.13.1 termination on notice (convenience) and s.13.2 insolvency only; no remedy for ethical breach
ES-10 pass  # s.10.1-10.2: yearly signed statement of compliance with ss.4-5 and confirmation of an ethics lead and arrangements
COI-01 weak  # s.4.3: 'We expect you to tell us' about conflicts of interest (expects form)
COI-02 pass  # s.4.4: you must follow the steps the Council tells you to take to manage a conflict
COI-03 pass  # s.4.5: must not give or offer gifts or hospitality to Council or school staff
COI-04 gap  # absent: no provision on former Council officers
COI-05 gap  # absent: no register or declarations of interests
COI-06 gap  # absent: no procurement-stage disclosure
CDM-01 pass  # s.11.1: free complaints procedure for parents, pupils, residents and schools, publicised
CDM-02 weak  # s.11.3: complaints reported only 'if we ask' (on request)
CDM-03 gap  # s.9.2 is a staff-only survey of patrollers; no service-user feedback
CDM-04 weak  # s.11.4: 'We expect you to co-operate' with the Ombudsman (expects form)
CDM-05 gap  # absent: no analysis of complaints or action plans
CDM-06 pass  # s.11.2: acknowledge within 2 working days, full reply within 15 working days
"""))

# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c06", slug="shared_lives_scheme", format="docx", build="html",
    title="Contract for the Provision of a Shared Lives Scheme",
    setting="Shared Lives (adult placement) scheme for a Welsh county borough council",
    labels="Council / Scheme Provider",
    features="LibreOffice HTML -> DOCX conversion: heading levels from HTML h1-h3, clause numbers as literal text, bullet list, [Guidance] drafting note, rates table",
    body=r"""
T: Contract for the Provision of a Shared Lives Scheme
Contract reference GCBC/ASC/SL/2025
H1: Parties
This Contract is made on 2 June 2025 between Glanrhyd County Borough Council of Tŷ'r Cyngor, Heol y Castell, Glanrhyd CF47 8AA (the "Council") and Aelwyd Shared Lives Limited, a company registered in Wales under number 10293847, of 5 Stryd Fawr, Glanrhyd CF47 2BB (the "Scheme Provider").
H1: 1. Definitions
1.1 "Arrangement" means a long-term, short-break or day-support arrangement under which a Service User lives with or spends time with a Shared Lives Carer.
1.2 "Personnel" means the Scheme Provider's employees and any agency workers it uses.
1.3 "Service User" means an adult aged 18 or over, assessed by the Council as eligible for care and support, who is matched with a Shared Lives Carer under this Contract.
1.4 "Shared Lives Carer" means a self-employed individual approved by the Scheme Provider's approval panel to provide Arrangements in their own home.
H1: 2. The Services
2.1 The Scheme Provider shall recruit, assess, approve, train and support Shared Lives Carers, match Service Users with suitable carers and monitor each Arrangement, in accordance with the Specification.
2.2 The Scheme Provider shall remain registered with Care Inspectorate Wales as a service provider of an adult placement service under the Regulation and Inspection of Social Care (Wales) Act 2016.
2.3 The Scheme Provider shall offer every service in Welsh and English and shall make the Active Offer of Welsh language services to each Service User.
2.4 The Scheme Provider shall complete the assessment of each prospective Shared Lives Carer within six months of receiving an application and shall present the assessment to its approval panel.
2.5 The Scheme Provider shall hold an introductory meeting and at least one trial visit before any long-term Arrangement starts, and shall agree a written Arrangement plan with the Service User, the Shared Lives Carer and the Council's care manager.
2.6 The Scheme Provider shall visit each Shared Lives Carer at least every eight weeks, and shall review each Arrangement with the Service User at least once a year.
2.7 The Scheme Provider shall arrange short-break cover from other approved Shared Lives Carers so that each long-term carer can take up to 28 nights of breaks a year.
H1: 3. Standards of Conduct
3.1 The Scheme Provider shall comply with the Council's Code of Conduct for Commissioned Providers and shall ensure that its Personnel and Shared Lives Carers are made aware of it at approval.
3.2 The Nolan principles apply to the Council's members and officers. The Scheme Provider shall not be required to comply with the Nolan principles, but it shall act professionally at all times.
3.3 The Scheme Provider is encouraged to have a whistleblowing policy and to tell Shared Lives Carers about it.
3.4 [Guidance: if the Council permits sub-contracting, insert here a clause requiring each Sub-contractor to accept obligations equivalent to this clause 3.]
3.5 The Scheme Provider shall provide an induction programme for all Personnel and Shared Lives Carers.
H1: 4. Counter Fraud
4.1 The Council's Anti-Fraud, Bribery and Corruption Strategy applies to its members and officers, who must report any suspicion of fraud involving a commissioned service to the Council's Internal Audit Service.
4.2 Payments to Shared Lives Carers are made by the Scheme Provider from the weekly fees in Schedule 1.
H1: 5. Conflicts of Interest and Gifts
5.1 The Scheme Provider shall avoid, and shall ensure that its Personnel avoid, any situation in which their personal or financial interests conflict or may conflict with the interests of a Service User, including financial dealings between a Shared Lives Carer and a Service User, and shall notify the Council's contract officer promptly in writing of any such situation.
5.2 The Scheme Provider shall ensure that Shared Lives Carers and Personnel do not accept gifts, loans or legacies from Service Users or their families, other than small gifts of token value, and shall record every gift offered in a gifts register kept by the Scheme Provider.
5.3 The Scheme Provider is not required to maintain a register of interests for its Personnel.
5.4 Former employees of the Council are subject to the Council's post-employment rules for twelve months after leaving, and the Council enforces those rules against them directly.
5.5 The Scheme Provider confirms that it has disclosed to the Council any relationship between its directors or registered manager and any person involved in evaluating its tender for this Contract, that the disclosure remains accurate, and that it shall notify the Council of any change.
H1: 6. Confidentiality
6.1 Each party shall keep confidential all information it receives from the other party in connection with this Contract, and shall not disclose it except to its own professional advisers or where the other party consents.
6.2 The Scheme Provider shall keep Service Users' records securely and shall share them only with the Council and with professionals involved in the Service User's care.
H1: 7. Monitoring
7.1 The Council may monitor and audit the Scheme Provider's compliance with clauses 3 and 5 (Standards of Conduct, and Conflicts of Interest and Gifts), including by reviewing the gifts register and carer files, and will discuss ethical performance at the six-monthly review meetings.
7.2 The Scheme Provider shall submit a monitoring report to the Council within 20 working days after the end of each quarter showing:
L: the number of Arrangements by type and the number of Shared Lives Carers approved;
L: safeguarding referrals made;
L: complaints received from Service Users and their representatives, their outcomes and response times;
L: a summary of feedback from Service Users.
7.3 The Scheme Provider shall seek the views of each Service User, and where appropriate their family, about their Arrangement at each annual review, using accessible formats and the language of the Service User's choice, and shall report a summary of that feedback to the Council each year.
H1: 8. Complaints and Representations
8.1 The Scheme Provider shall operate a complaints policy for Service Users and their representatives that complies with the Regulated Services (Service Providers and Responsible Individuals) (Wales) Regulations 2017, is available in Welsh and English and in easy-read form, and is explained to each Service User at the start of an Arrangement.
8.2 The Scheme Provider is encouraged to acknowledge complaints within 2 working days and to respond to them within 15 working days.
8.3 The Scheme Provider shall co-operate with the Public Services Ombudsman for Wales in any investigation of a complaint relating to an Arrangement and shall implement any recommendation the Council accepts.
8.4 Once a year the Scheme Provider shall analyse the complaints and feedback it has received, identify lessons learned and agree an improvement plan with the Council.
H1: 9. Termination
9.1 The Council may terminate this Contract by written notice if the Scheme Provider commits a material breach of its obligations.
9.2 Either party may terminate this Contract on six months' written notice.
9.3 The Council may terminate this Contract immediately if the Scheme Provider's registration with Care Inspectorate Wales is cancelled.
H1: 10. Data Protection and Welsh Language
10.1 The Scheme Provider is a controller of the personal data of Shared Lives Carers and a processor of Service Users' data on the Council's behalf, and shall comply with the UK GDPR and the Data Protection Act 2018.
10.2 The Scheme Provider shall comply with the Welsh Language Standards that the Council passes on to it.
H1: 11. Insurance and General
11.1 The Scheme Provider shall maintain employer's liability, public liability and professional indemnity insurance at the levels in the Specification and shall ensure that each Shared Lives Carer has household insurance that covers the Arrangement.
11.2 This Contract is governed by the law of England and Wales as it applies in Wales.
H1: 12. Safeguarding
12.1 The Scheme Provider shall comply with the Wales Safeguarding Procedures and shall report any safeguarding concern about a Service User to the Council's safeguarding team on the same day.
12.2 The Scheme Provider shall make sure that each Shared Lives Carer and every member of its Personnel has an enhanced Disclosure and Barring Service check, renewed every three years.
12.3 The Scheme Provider shall notify Care Inspectorate Wales of events as required by the 2017 Regulations and shall send the Council a copy of each notification.
H1: 13. Payment and Exit
13.1 The Council shall pay the weekly fees in Schedule 1 four-weekly in arrears against an invoice listing each Arrangement. The Scheme Provider shall pay each Shared Lives Carer the carer element of the fee within 10 working days of receiving payment from the Council.
13.2 The fees shall be reviewed each April in line with the Council's annual fee-setting exercise for adult social care.
13.3 On expiry or termination the Scheme Provider shall co-operate with the Council and any new provider so that existing Arrangements continue without interruption.
H1: Schedule 1 - Weekly Fees
Arrangement type | Band | Weekly fee to Scheme Provider | Of which paid to Shared Lives Carer
Long-term | Standard | GBP 520 | GBP 430
Long-term | Enhanced | GBP 640 | GBP 535
Short break (per night) | All | GBP 85 | GBP 70
Day support (per day) | All | GBP 62 | GBP 50
""",
    expected=r"""
ES-01 gap  # cl.3.2: Nolan principles apply to the Council; the Scheme Provider 'shall not be required to comply' (negation)
ES-02 pass  # cl.3.1: the Scheme Provider shall comply with the Council's Code of Conduct for Commissioned Providers
ES-03 gap  # cl.3.4: [Guidance: ...] drafting note only
ES-04 weak  # cl.3.5: generic 'induction programme for all Personnel'; no ethics topic named
ES-05 weak  # cl.3.3: 'is encouraged to have a whistleblowing policy' (permissive)
ES-06 gap  # cl.4.1: the Council's Anti-Fraud, Bribery and Corruption Strategy binds its own members and officers (wrong party)
ES-07 gap  # cl.6.1-6.2: confidentiality only; no FOI or transparency co-operation
ES-08 pass  # cl.7.1: Council may monitor and audit compliance with clauses 3 and 5; ethical performance at review meetings
ES-09 weak  # cl.9.1: termination for material breach only; no ethics link
ES-10 gap  # absent: no ethical assurance or certification
COI-01 pass  # cl.5.1: avoid interests that conflict or may conflict and notify the Council promptly in writing
COI-02 gap  # absent: no mitigation, direction or conflict-linked termination
COI-03 pass  # cl.5.2: no gifts from Service Users beyond token value; all gifts offered recorded in a gifts register
COI-04 gap  # cl.5.4: post-employment rules bind former Council employees, enforced by the Council (wrong party)
COI-05 gap  # cl.5.3: 'is not required to maintain a register of interests' (negation)
COI-06 pass  # cl.5.5: confirms it disclosed relationships with tender evaluators; notify changes
CDM-01 pass  # cl.8.1: complaints policy meeting the 2017 Wales Regulations, bilingual, easy-read, explained at start
CDM-02 pass  # cl.7.2: quarterly monitoring report with complaints, outcomes and response times
CDM-03 pass  # cl.7.3: Service User views sought at each annual review and reported yearly
CDM-04 pass  # cl.8.3: co-operation with the Public Services Ombudsman for Wales and implementation of recommendations
CDM-05 pass  # cl.8.4: annual analysis of complaints and feedback, lessons learned, improvement plan
CDM-06 weak  # cl.8.2: 'is encouraged to acknowledge' within 2 and respond within 15 working days (permissive)
"""))

# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c07", slug="wheelchair_service", format="docx", build="fodt",
    title="NHS Standard Contract (Shorter Form) - Wheelchair and Posture Service",
    setting="Community wheelchair, seating and posture service commissioned by an integrated care board",
    labels="Commissioner (ICB) / Provider",
    features="LibreOffice flat ODT -> DOCX conversion: Heading 1/2 styles, auto-numbered clauses (list numbering continued across headings), tracked deletion plus insertion replacing a pass clause with permissive wording, annotation, two footnotes, particulars table and KPI table",
    body=r"""
T: NHS STANDARD CONTRACT (SHORTER FORM) - COMMUNITY WHEELCHAIR AND POSTURE SERVICE
| Particular | Detail |
| Commissioner | NHS Fernleigh and Downs Integrated Care Board (the "Commissioner") |
| Provider | Meridian Posture and Mobility Limited, company number 08765432 (the "Provider") |
| Service Commencement Date | 1 October 2025 |
| Expected Service End Date | 30 September 2030 |
| Contract Price | GBP 3,180,000 per Contract Year, subject to the payment schedule |
H1: Part 1 - Service Conditions and Specification
N0[defs]: Definitions. Words defined in the General Conditions of the NHS Standard Contract (Shorter Form) have the same meaning here. In addition, "Service User" means a person of any age registered with a GP practice in the Commissioner's area who is referred for assessment; "Staff" includes the Provider's employees, bank staff and the engineers of any approved repairer; and "Operational Day" means a day other than a Saturday, Sunday or bank holiday.
N0[svc]: The Services. The Provider shall provide the wheelchair and posture service set out in the Service Specification, including:
N1: assessment by a qualified therapist, and provision of manual and powered wheelchairs, specialist seating and pressure care cushions;
N1: repairs and maintenance through the Provider's approved repairer network, with an urgent repair response within 24 hours;
N1: a personal wheelchair budget offer to each eligible Service User; and
N1: submission of the National Wheelchair Data Collection return each quarter.
N1[hours]: Service hours and access. The Provider shall run clinics from 08:00 to 18:00 on Operational Days at its Fernleigh and Downs Park centres, and shall offer home or school assessments to Service Users who cannot attend a clinic.
N1: The Provider shall operate a single point of referral, accepting referrals from GPs, therapists and hospital consultants and, for existing Service Users, self-referral for reassessment.
N1: The Provider shall prioritise referrals as urgent (end-of-life care, risk of pressure injury, or hospital discharge) or routine, and shall assess urgent referrals within 5 Operational Days.
N1: The Provider shall operate a recycling and refurbishment service for returned equipment and shall report the value of equipment reissued each quarter.
H1: Part 2 - Integrity and Conduct
N0[conduct]: The Provider shall uphold, and shall ensure that its Staff uphold, the standards of conduct expected of holders of public office in all dealings relating to the Services.
N1[code]: The Provider shall meet the standards in the HM Government Supplier Code of Conduct{fn:Cabinet Office, Supplier Code of Conduct, version 3 (June 2023).} and shall make its own staff code consistent with it.
N1[flow]: The Provider shall impose on each Sub-contractor, including each approved repairer, ethical obligations no less onerous than those in clauses {ref:conduct}, {ref:ftsu} and {ref:coi}, and shall monitor each Sub-contractor's compliance with them.
N1[notrain]: The Provider shall not be required to provide ethics or conflicts of interest training to Staff beyond the statutory and mandatory training it already delivers.
N1[cert]: Within 20 Operational Days of the Service Commencement Date, and then annually by 30 April, the Provider shall give the Commissioner an ethics attestation signed on behalf of its board confirming that it has complied with clauses {ref:conduct} to {ref:coi}, and confirms that it has in place, and will maintain, the arrangements needed to support those standards.
N0[ftsu]: Freedom to Speak Up and counter fraud. The Provider shall appoint a Freedom to Speak Up Guardian, shall have a speaking-up policy consistent with the National Guardian's Office guidance, and shall ensure that no worker suffers detriment for speaking up.
N1[fraud]: {del:The Provider shall put in place and maintain adequate procedures to prevent bribery, and shall notify the Commissioner immediately of any suspected fraud, bribery or corruption. }{ins:The Provider should consider adopting anti-fraud and anti-bribery procedures proportionate to the value of this Contract.}{cmt:Provider resisted 'adequate procedures'; softer wording agreed at the negotiation meeting on 12 March.}
N0[coi]: Conflicts of interest. The Provider shall, and shall ensure that all Staff, comply with the NHS England guidance Managing Conflicts of Interest in the NHS in relation to gifts, hospitality and other inducements and actual or potential conflicts of interest.
N1[avoid]: The Provider shall avoid any actual or potential conflict of interest, including any interest of the Provider or its Staff in a wheelchair manufacturer or supplier from which equipment is bought, and shall notify the Commissioner promptly in writing on becoming aware of one.
N1[mit]: Where a conflict of interest is notified, the Provider shall agree a mitigation plan with the Commissioner and shall follow it; if the conflict cannot be managed, the Commissioner may terminate this Contract.
N1[roi]: The Provider shall keep a register of interests for its Decision-Making Staff, shall obtain an annual declaration of interests (or nil return) from each of them, and shall publish on its website the name and position of any Decision-Making Staff who have neither completed a declaration nor submitted a nil return.
N1[former]: The Provider shall notify the Commissioner before appointing, to any role connected with this Contract, a person who within the preceding two years was an employee or board member of the Commissioner involved in commissioning wheelchair services.
N1[tender]: The Provider is encouraged to keep under review the declaration of no conflict it made with its tender.
N0[info]: Transparency. The Provider shall assist the Commissioner in responding to requests for information under the Freedom of Information Act 2000 and the Environmental Information Regulations 2004, and shall supply the data the Commissioner needs to publish the service's waiting times and outcomes.
H1: Part 3 - Service Users' Experience
N0[cp]: Complaints. The Provider shall operate a complaints procedure that complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, and shall publicise it, together with information about the Patient Advice and Liaison Service, in every clinic and on its website.
N1[ct]: The Provider shall acknowledge each complaint within 3 Operational Days and shall respond within 25 Operational Days or any longer period agreed with the complainant, explaining any delay.
N1[phso]: The Provider shall co-operate with the Parliamentary and Health Service Ombudsman in any investigation of a complaint about the Services and shall implement any recommendation made.
N1[fft]: The Provider shall offer the Friends and Family Test to each Service User after handover of their equipment and shall report the results to the Commissioner monthly.
N1[ret]: The Provider shall submit a quarterly complaints return, and the annual KO41a return{fn:Data collection on written complaints in the NHS; annual from 2022-23.}, showing complaints received, upheld, partially upheld and not upheld, response times and themes.
N1[learn]: The Provider shall review complaints and Friends and Family Test comments each quarter for trends and root causes, and shall agree an action plan with the Commissioner where positive responses fall below 85%.
H1: Part 4 - Assurance and Remedies
N0[audit]: The Commissioner may audit the Provider's performance under this Contract on reasonable notice.
N1[rem]: If the Provider breaches clause {ref:conduct}, {ref:ftsu} or {ref:coi}, the Commissioner may issue a Contract Performance Notice, require a Remedial Action Plan, require the removal from the Services of any member of Staff responsible and, for a serious or persistent breach, terminate this Contract.
N1: Either party may terminate this Contract on twelve months' notice in accordance with the General Conditions.
N0[pay]: Payment. The Commissioner shall pay the Contract Price in twelve equal monthly instalments. The Provider shall not charge any Service User for equipment supplied under the Services, other than the top-up element of a personal wheelchair budget which the Service User has chosen to pay.
N1: The Contract Price shall be adjusted each April by the national tariff cost uplift factor less the efficiency factor.
N0[ig]: Information governance. The Provider shall complete the Data Security and Protection Toolkit each year to the standard 'Standards Met', and shall report any data security incident to the Commissioner within 24 hours.
N0[exit]: Exit. Six months before the Expected Service End Date the Provider shall give the Commissioner a list of all Service Users and the equipment issued to each of them, and shall co-operate with any successor provider to transfer equipment records and open repairs.
H2: Key Performance Indicators
| KPI | Threshold | Frequency |
| Referral to equipment handover within 18 weeks | 92% | Monthly |
| Urgent repairs attended within 24 hours | 95% | Monthly |
| Complaints acknowledged within 3 Operational Days | 100% | Quarterly |
| Friends and Family Test positive responses | 85% | Monthly |
""",
    expected=r"""
ES-01 pass  # cl.{ref:conduct}: the Provider shall uphold the standards of conduct expected of holders of public office
ES-02 pass  # cl.{ref:code}: the Provider shall meet the standards in the HM Government Supplier Code of Conduct
ES-03 pass  # cl.{ref:flow}: ethical obligations no less onerous than the conduct, speaking-up and conflicts clauses imposed on Sub-contractors
ES-04 gap  # cl.{ref:notrain}: 'shall not be required to provide ethics or conflicts of interest training' (negation)
ES-05 pass  # cl.{ref:ftsu}: Freedom to Speak Up Guardian, speaking-up policy, no detriment
ES-06 weak  # cl.{ref:fraud}: tracked insertion 'should consider adopting anti-fraud and anti-bribery procedures' (permissive); the deleted 'adequate procedures' text is not contract text
ES-07 pass  # cl.{ref:info}: assist with FOIA/EIR requests and supply data for publication
ES-08 weak  # cl.{ref:audit}: audit of 'performance under this Contract' only; ethics not named
ES-09 pass  # cl.{ref:rem}: Contract Performance Notice, remedial plan, staff removal and termination for breach of the integrity clauses
ES-10 pass  # cl.{ref:cert}: board-signed ethics attestation at start and annually plus confirmation of supporting arrangements
COI-01 pass  # cl.{ref:avoid}: avoid actual or potential conflicts and notify the Commissioner promptly in writing
COI-02 pass  # cl.{ref:mit}: mitigation plan agreed and followed; Commissioner may terminate if unmanageable
COI-03 pass  # cl.{ref:coi}: comply with Managing Conflicts of Interest in the NHS on gifts, hospitality and other inducements
COI-04 pass  # cl.{ref:former}: notify before appointing anyone who in the past two years was a Commissioner employee/board member in wheelchair commissioning
COI-05 pass  # cl.{ref:roi}: register of interests, annual declaration or nil return, publication of non-declarers
COI-06 weak  # cl.{ref:tender}: 'is encouraged to keep under review' its tender declaration of no conflict (permissive)
CDM-01 pass  # cl.{ref:cp}: complaints procedure under the 2009 Complaints Regulations, publicised with PALS information
CDM-02 pass  # cl.{ref:ret}: quarterly complaints return and KO41a with received/upheld/partially upheld/not upheld, times and themes
CDM-03 pass  # cl.{ref:fft}: Friends and Family Test offered to each Service User, results reported monthly
CDM-04 pass  # cl.{ref:phso}: co-operation with the Parliamentary and Health Service Ombudsman and implementation of recommendations
CDM-05 pass  # cl.{ref:learn}: quarterly trend and root-cause review with an action plan below 85%
CDM-06 pass  # cl.{ref:ct}: acknowledge within 3 Operational Days, respond within 25 Operational Days, delay explained
"""))

# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c08", slug="tree_surgery_term_contract", format="md", build="text",
    title="Term Service Contract for Arboricultural Works",
    setting="Tree surgery and arboricultural term service contract (NEC4-style) for a borough council's parks and housing estates",
    labels="Client / Contractor",
    features="Markdown; NEC-style Contract Data table, present-tense core clauses, Scope with price list table, additional 'Z' conditions in 'shall' style; definition-only conflict term; client-raised 'Complaint' look-alike",
    body=r"""
T: Term Service Contract - Arboricultural Works 2025-2029
H1: Contract Data Part One - Data provided by the Client
| Item | Entry |
| The Client is | Marlowe Vale Borough Council, Council Offices, Abbey Road, Marlowe MV1 4TT |
| The Service Manager is | the Council's Principal Tree Officer |
| The Contractor is | Greenridge Arboricultural Services Ltd, company number 07456123, Unit 12, Orchard Trading Estate, Marlowe MV6 2PL |
| The starting date is | 7 April 2025 |
| The service period is | 4 years, with an option to extend by 2 years |
| The main Option is | Option A: priced contract with price list |
| Secondary Options | X2, X19, W2, Y(UK)2, Y(UK)3 and the additional conditions of contract Z1 to Z9 |
| The law of the contract is | the law of England and Wales |
| The period for payment is | 30 days |
| The Adjudicator nominating body is | the Institution of Civil Engineers |
H1: Contract Data Part Two - Data provided by the Contractor
| Item | Entry |
| The Contractor's key person (contract manager) | J. Haldane, Chartered Arboriculturist |
| The share percentage for Option A | not used |
| The price for Providing the Service | as the price list |
| The Contractor's emergency contact number | 01632 960 418 (24 hours) |
H1: Core clauses (extract)
The Contractor Provides the Service in accordance with the Scope. The Contractor does not start work on a Task until the Service Manager has issued a Task Order.
The Contractor completes each Task to the reasonable satisfaction of the Service Manager, who may instruct the Contractor to correct a Defect within the defect correction period of 5 days.
The Contractor notifies the Service Manager within 24 hours of any accident, any damage to property or any incident reportable under RIDDOR.
The Client pays the amount due within 30 days of the assessment date. If a payment is late, interest is paid on the late payment.
If the Contractor has substantially failed to comply with its obligations and has not put the default right within four weeks of a notification, the Client may terminate the Contractor's obligation to Provide the Service.
A dispute arising under or in connection with this contract is referred to and decided by the Adjudicator under Option W2.
The Contractor gives an early warning by notifying the Service Manager as soon as it becomes aware of any matter which could increase the Prices, delay the completion of a Task or impair the performance of the Service.
The Service Manager may instruct the Contractor to change the Scope. A change to the Scope is a compensation event, assessed using the rates in the price list where they apply.
H1: Scope (summary)
**S1 Works.** The Service comprises: annual inspection of trees on the Client's parks, cemeteries and housing land; reactive works, including a 24-hour emergency call-out for fallen or dangerous trees; planned works such as crown lifting, crown reduction, felling and stump grinding; and the planting and formative pruning of replacement trees.
**S2 Standards.** All works are carried out in accordance with BS 3998:2010 Tree work - Recommendations and the industry code of practice for arboriculture published by the Arboricultural Association.
**S3 Operatives.** The Contractor's operatives hold certificates of competence for chainsaw use and aerial tree rescue and receive refresher health and safety training every year. The Contractor provides a qualified arborist as supervisor for every gang.
**S4 Residents.** Where a resident contacts the Contractor about works on or near their property, the Contractor refers the resident to the Client's Customer Services team and records the contact in the Task record.
**S5 Resident surveys.** The Contractor may carry out resident feedback surveys after planned works in residential streets and may share the results with the Service Manager.
**S6 Wildlife.** The Contractor checks every tree for nesting birds and bat roosts before works start and stops work where protected species are found.
**S7 Traffic management.** The Contractor provides signing, lighting and guarding in accordance with Chapter 8 of the Traffic Signs Manual wherever work affects a footway or carriageway, and notifies the Service Manager of any temporary closure at least 10 days in advance.
**S8 Arisings.** The Contractor chips all brash on site where practicable and takes timber and chippings to the Client's depot at Abbey Road for reuse as mulch. The Contractor does not burn arisings on site.
**S9 Working hours.** Planned works are carried out between 08:00 and 17:00 on weekdays. Works in residential streets do not start before 09:00.
**S10 Emergency response.** The Contractor attends an emergency call-out within two hours, makes the tree safe and reports to the Service Manager by 09:00 the next working day with a proposal for any further work.
**S11 Tree records.** The Contractor updates the Client's tree management database within five days of completing each Task, recording the work done, photographs taken before and after, and any further work recommended.
**S12 Plant and equipment.** The Contractor provides all plant, including mobile elevating work platforms, stump grinders and chippers, and keeps a record of the inspection of lifting equipment under LOLER.
| Price list item | Unit | Rate |
| Tree inspection (per tree) | each | GBP 4.10 |
| Crown lift to 5.2 m, medium tree | each | GBP 185.00 |
| Fell and remove, large tree | each | GBP 960.00 |
| Emergency call-out (first hour) | each | GBP 240.00 |
| Stump grinding | per stump | GBP 75.00 |
H1: Additional conditions of contract
**Z1 Definitions.** "Conflict of Interest" means any situation in which the Contractor's commercial interests conflict with its duty to act in the Client's interests in Providing the Service. "Prohibited Act" has the meaning given in clause Z3.
**Z2 Freedom of information.** The Contractor is not required to assist the Client in responding to requests for information under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004; the Client deals with such requests itself.
**Z3 Bribery and corruption.** The Contractor shall not offer, give or agree to give any inducement or reward to any employee or member of the Client in connection with this contract (a "Prohibited Act"). The Contractor shall maintain adequate procedures to prevent bribery by its employees and Subcontractors, and shall notify the Service Manager immediately of any breach of this clause Z3.
**Z4 Subcontracts.** The Contractor shall include in each subcontract provisions equivalent to clause Z3 (Bribery and corruption) and shall enforce them.
**Z5 Performance complaints.** A Complaint is a formal complaint raised by the Client about the Contractor's performance of the Service. The Contractor responds in writing to a Complaint within 5 days of receiving it.
**Z6 Procurement disclosure.** The Contractor confirms that, during the procurement of this contract, it disclosed to the Client every relationship between the Contractor and any person involved in the procurement, so that the Client could complete its conflicts assessment under Part 5 of the Procurement Act 2023, and the Contractor shall update that disclosure if its circumstances change.
**Z7 Audit.** The Contractor shall allow the Client's internal auditors to inspect its accounts and records relating to the Prices and to the amounts it has invoiced, for the purpose of verifying payments.
**Z8 Client certification.** The Client certifies each year to its Audit and Governance Committee that the procurement and management of this contract complied with its Contract Procedure Rules.
**Z9 Legislation.** The Contractor complies with all applicable law, including the Health and Safety at Work etc. Act 1974, the Wildlife and Countryside Act 1981, the Bribery Act 2010 and the Equality Act 2010.
""",
    expected=r"""
ES-01 gap  # absent: no Seven Principles or public-office standards bind the Contractor
ES-02 gap  # Scope S2: BS 3998 and the arboricultural code of practice are technical standards, not a code of conduct
ES-03 pass  # Z4: subcontracts include provisions equivalent to Z3 (Bribery and corruption), enforced by the Contractor
ES-04 gap  # Scope S3: competence certificates and health and safety refresher training only
ES-05 gap  # absent: no whistleblowing, speaking-up or non-retaliation provision
ES-06 pass  # Z3: shall not offer inducements, shall maintain adequate procedures, shall notify immediately of breach
ES-07 gap  # Z2: 'The Contractor is not required to assist' with FOIA/EIR requests (negation)
ES-08 gap  # Z7: audit of accounts and invoiced amounts only (financial-only)
ES-09 weak  # core clauses: termination for substantial failure to comply generally; no ethics link
ES-10 gap  # Z8: certification by the Client only (wrong party)
COI-01 gap  # Z1: 'Conflict of Interest' definition only; no operative clause
COI-02 gap  # absent: no conflict management or direction
COI-03 gap  # absent: no gifts and hospitality control
COI-04 gap  # absent: no provision on former Client officers
COI-05 gap  # absent: no declarations register
COI-06 pass  # Z6: Contractor confirms it disclosed relationships with persons involved in the procurement (Part 5 Procurement Act 2023) and shall update it
CDM-01 gap  # Scope S4 refers residents to the Client; Z5 'Complaint' is raised by the Client about performance (look-alike)
CDM-02 gap  # core clause: accident and incident notification only; no complaint reporting
CDM-03 weak  # Scope S5: the Contractor 'may carry out' resident feedback surveys (permissive); 'reasonable satisfaction of the Service Manager' is a look-alike
CDM-04 gap  # W2 adjudication of disputes between the parties only; no Ombudsman
CDM-05 gap  # absent: no complaint analysis or learning
CDM-06 gap  # Z5 5-day response applies to Client complaints about performance; 30-day payment period is a look-alike
"""))

# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c09", slug="accommodation_grading_iom", format="txt", build="text",
    title="Contract for Visitor Accommodation Grading and Inspection Services",
    setting="Visitor accommodation grading and mystery-stay inspection service for an Isle of Man Government department",
    labels="Department / Contractor",
    features="Plain text, unwrapped; capitalised clause headings; definitions list; drafting note in square brackets; Isle of Man law; report timescales that are not complaint timescales",
    body=r"""
T: ISLE OF MAN GOVERNMENT - DEPARTMENT FOR ENTERPRISE
CONTRACT FOR VISITOR ACCOMMODATION GRADING AND INSPECTION SERVICES (Contract No. DfE/VA/25/02)
THIS CONTRACT is made on 28 February 2025 BETWEEN the DEPARTMENT FOR ENTERPRISE, a Department of the Isle of Man Government, of St George's Court, Upper Church Street, Douglas IM1 1EX (the "Department") AND QUAYLE & CORLETT ASSESSMENT SERVICES LIMITED, a company incorporated in the Isle of Man (registered number 134567C) whose registered office is at 18 Athol Street, Douglas IM1 1JA (the "Contractor").
H1: 1. DEFINITIONS
1.1 In this Contract:
L: "Assessor" means an individual employed or engaged by the Contractor to carry out Grading Visits;
L: "Grading Visit" means an announced inspection, or an unannounced mystery stay, at Registered Premises for the purpose of awarding or confirming a quality grading;
L: "Grading Season" means 1 October to 31 May in each year of the Contract;
L: "Proprietor" means the person registered with the Department as the proprietor of Registered Premises;
L: "Registered Premises" means tourist accommodation entered in the Department's register of visitor accommodation;
L: "Working Day" means a day other than a Saturday, Sunday or a public holiday in the Isle of Man.
H1: 2. APPOINTMENT AND TERM
2.1 The Department appoints the Contractor to provide the Services from 1 April 2025 until 31 March 2028. The Department may extend the Contract for one further year by giving three months' notice.
H1: 3. SERVICES
3.1 The Contractor shall carry out a Grading Visit at each of the approximately 420 Registered Premises once in each Grading Season, and an unannounced mystery stay at not less than 10% of Registered Premises each year.
3.2 The Contractor shall send a written grading report to the Proprietor and to the Department within 10 Working Days of each Grading Visit, recommending a star rating against the quality standards published by the Department.
3.3 The Contractor shall provide a written advisory report to any Proprietor who asks for advice on improving their grading, at the fee set out in the Schedule.
3.4 The Contractor shall attend the Department's annual tourism industry briefing and present a summary of grading trends.
3.5 The Contractor shall book mystery stays in the Assessor's own name, or another name approved by the Department, and shall not disclose the purpose of the stay until after checkout.
3.6 The Contractor shall apply the quality standards for each category of accommodation (hotels, guest houses, self-catering, campsites and hostels) in the form published by the Department, and shall propose updates to those standards by 31 July each year.
3.7 The Contractor shall maintain a secure online portal through which Proprietors can see their grading reports and the dates of their next Grading Visits.
H1: 4. ASSESSORS
4.1 The Contractor shall ensure that each Assessor has at least three years' experience in hospitality management or quality assessment and has been vetted to the standard required by the Department.
4.2 The Contractor shall ensure that every Assessor, before carrying out a Grading Visit, completes training on the Contractor's impartiality policy, the Seven Principles of Public Life, the handling of hospitality offered by Proprietors and the identification of conflicts of interest, and shall keep records of that training for inspection by the Department.
H1: 5. STANDARDS
5.1 The Contractor shall observe the Seven Principles of Public Life and shall ensure that every Assessor does so when acting under this Contract.
5.2 The Contractor may adopt a code of ethics for its Assessors.
5.3 The Contractor may operate a confidential reporting line through which Assessors can report concerns about grading decisions.
5.4 The Contractor may provide the Department with an annual statement on its compliance with this clause 5.
H1: 6. IMPARTIALITY
6.1 The Contractor shall ensure that no Assessor grades Registered Premises in which the Assessor, a member of the Assessor's family or a business associate has any direct or indirect financial or personal interest, and shall notify the Department in writing before the Grading Visit of any interest which conflicts or may conflict with an Assessor's impartiality.
6.2 Where such an interest is notified, the Contractor may propose an alternative Assessor.
6.3 Assessors shall pay for all accommodation, meals and services taken on a mystery stay. The Contractor shall ensure that Assessors refuse any gift or hospitality offered by a Proprietor, other than light refreshments during an announced visit, and shall record every such offer in a gifts and hospitality register which it shall provide to the Department each quarter.
6.4 The Contractor shall maintain a register of interests recording an annual declaration of interests (or a nil declaration) from each Assessor and each director, and shall provide the register to the Department before the start of each Grading Season.
6.5 The Contractor shall not, without the Department's prior written consent, engage as an Assessor any person who was employed by the Department in its visitor economy division within the preceding 12 months, and shall ensure that no such person uses information obtained in that employment.
6.6 Each member of the Department's evaluation panel signed a declaration of no conflict before tenders for this Contract were opened.
H1: 7. FRAUD
7.1 The Department shall maintain a counter fraud and anti-bribery policy and shall investigate any allegation of bribery involving its officers.
H1: 8. SUB-CONTRACTING
8.1 The Contractor shall not sub-contract any Grading Visit without the Department's prior written consent and shall be liable for the acts and omissions of any sub-contractor as if they were its own.
H1: 9. FREEDOM OF INFORMATION
9.1 [Drafting note: the Freedom of Information Act 2015 applies to the Department. Insert the standard FOI co-operation clause before this Contract is issued for signature.]
H1: 10. MONITORING
10.1 The Department may audit the Contractor's compliance with clauses 5 and 6 (Standards and Impartiality), including by shadowing Grading Visits and inspecting the registers kept under clause 6, and will review impartiality at each quarterly contract meeting.
10.2 The Contractor shall send a short questionnaire to each Proprietor after each Grading Visit asking about the conduct of the visit and the usefulness of the report, and shall report the results to the Department at the end of each Grading Season.
10.3 The Contractor shall give the Department a monthly schedule of completed Grading Visits and recommended gradings.
H1: 11. APPEALS AND COMPLAINTS
11.1 A Proprietor who disagrees with a grading may appeal to the Department under the Department's grading appeals procedure, which the Department administers. The Contractor shall provide the Department with its visit notes within 5 Working Days of being told of an appeal.
11.2 The Contractor should consider putting in place a procedure for complaints from Proprietors about the conduct of Assessors.
H1: 12. PAYMENT
12.1 The Department shall pay the Contractor the fee per Grading Visit set out in the Schedule, monthly in arrears, within 30 days of receipt of a valid invoice.
12.2 Fees for advisory reports under clause 3.3 are paid by the Proprietor directly to the Contractor and are not payable by the Department.
H1: 13. TERMINATION
13.1 Either party may terminate this Contract by giving the other three months' written notice.
13.2 The Department may terminate this Contract immediately if the Contractor becomes insolvent or enters into any arrangement with its creditors.
H1: 14. DATA PROTECTION
14.1 The Contractor shall process personal data of Proprietors only for the purposes of this Contract and in accordance with the Data Protection (Application of GDPR) Order 2018.
H1: 15. GOVERNING LAW
15.1 This Contract is governed by the laws of the Isle of Man and the parties submit to the exclusive jurisdiction of the courts of the Isle of Man.
H1: 16. INSURANCE
16.1 The Contractor shall maintain professional indemnity insurance of not less than GBP 1,000,000, public liability insurance of not less than GBP 5,000,000 and employer's liability insurance as required by Isle of Man law.
H1: 17. NOTICES
17.1 Notices under this Contract shall be in writing and sent to the Department's Head of Visitor Economy or to the Contractor's managing director at the addresses given above, or by email to the addresses notified by each party.
H1: 18. ASSIGNMENT AND VARIATION
18.1 The Contractor shall not assign or transfer this Contract without the Department's prior written consent.
18.2 No variation of this Contract is effective unless it is in writing and signed by an authorised officer of the Department and a director of the Contractor.
H1: SCHEDULE - FEES
Service | Fee
Announced Grading Visit (up to 10 letting rooms) | GBP 165
Announced Grading Visit (11 rooms or more) | GBP 240
Mystery stay (excluding accommodation costs, which are reimbursed at cost) | GBP 190
Advisory report (payable by the Proprietor) | GBP 120
""",
    expected=r"""
ES-01 pass  # cl.5.1: the Contractor shall observe the Seven Principles of Public Life and ensure every Assessor does so
ES-02 weak  # cl.5.2: the Contractor 'may adopt' a code of ethics (permissive)
ES-03 gap  # cl.8.1: consent to sub-contract and liability for sub-contractors only
ES-04 pass  # cl.4.2: training on impartiality, the Seven Principles, hospitality and conflicts before any visit, with records
ES-05 weak  # cl.5.3: the Contractor 'may operate' a confidential reporting line (permissive)
ES-06 gap  # cl.7.1: counter fraud and anti-bribery policy is a Department obligation (wrong party)
ES-07 gap  # cl.9.1: drafting note only; no FOI clause inserted
ES-08 pass  # cl.10.1: Department may audit compliance with clauses 5 and 6 and reviews impartiality at contract meetings
ES-09 gap  # cl.13.1 termination on notice and cl.13.2 insolvency only; no remedy for ethical breach
ES-10 weak  # cl.5.4: the Contractor 'may provide' an annual statement (permissive)
COI-01 pass  # cl.6.1: no Assessor grades premises where there is a direct or indirect interest; notify the Department in writing beforehand
COI-02 weak  # cl.6.2: the Contractor 'may propose' an alternative Assessor (permissive); no Department direction or termination
COI-03 pass  # cl.6.3: Assessors refuse gifts and hospitality from Proprietors; offers recorded in a register given quarterly
COI-04 pass  # cl.6.5: no engagement without consent of anyone employed by the Department in the preceding 12 months; no use of information
COI-05 pass  # cl.6.4: register of interests with annual declarations or nil declarations, provided each season
COI-06 gap  # cl.6.6: declarations of no conflict signed by the Department's evaluation panel (wrong party)
CDM-01 weak  # cl.11.2: 'should consider putting in place' a complaints procedure (permissive); cl.11.1 appeals are run by the Department
CDM-02 gap  # absent: no complaint reporting (cl.10.3 schedule of visits is not complaint data)
CDM-03 pass  # cl.10.2: questionnaire to each Proprietor after each visit, results reported each season
CDM-04 gap  # absent: no Ombudsman or independent escalation
CDM-05 gap  # absent: no analysis of complaints or feedback
CDM-06 gap  # absent: cl.3.2 report and cl.11.1 visit-note timescales are not complaint-handling timescales
"""))

# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c10", slug="agricultural_extension_kenya", format="docx", build="hand",
    title="Contract for Agricultural Extension Services to Smallholder Farmers",
    setting="Agricultural extension and farmer advisory services for a Kenyan county government",
    labels="Purchaser (County Government) / Service Provider",
    features="Hand-built DOCX: General Conditions auto-numbered via numbering.xml (two levels) with Heading1 styles; Special Conditions heading set by outline level only; SCC table with clauses in cells; footnotes; comment on a definition; run split mid-word with proofErr and bookmark; force majeure and governing-law conflict look-alikes",
    body=r"""
T: CONTRACT FOR THE PROVISION OF AGRICULTURAL EXTENSION SERVICES TO SMALLHOLDER FARMERS
Tender No. CGN/AGR/014/2024-2025
THIS CONTRACT is made on 10 March 2025 BETWEEN the COUNTY GOVERNMENT OF NGARE, represented by the County Executive Committee Member for Agriculture, Livestock and Fisheries, of P.O. Box 120-10400, Ngare Town (hereinafter called the "Purchaser") of the one part AND SHAMBA BORA ADVISORY SERVICES LIMITED, a company incorporated in Kenya, of P.O. Box 5521-00100, Nairobi (hereinafter called the "Service Provider") of the other part.
WHEREAS the Purchaser invited tenders for agricultural extension services under the Public Procurement and Asset Disposal Act, 2015 and has accepted the tender of the Service Provider, NOW THIS CONTRACT WITNESSES as follows.
H1: SECTION A - GENERAL CONDITIONS OF CONTRACT
N0[defs]: Definitions and interpretation
N1[defs1]: "Extension Officer" means a member of the Personnel deployed to advise Farmers; "Farmer" means a smallholder farmer registered in the County farmer registry and allocated to the Service Provider; "Personnel" means the employees and agents of the Service Provider; and "Principles of Public Life" means the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership.{cmt:Legal: this definition is not used in any operative clause - delete or add an obligation?}
N1[prec]: In case of any conflict between these General Conditions and the Special Conditions of Contract, the Special Conditions shall prevail.
N0[law]: Governing law. This Contract shall be governed by the laws of Kenya, without regard to any conflict of laws rules that would apply the law of another jurisdiction.
N0[fm]: Force majeure. Neither party shall be liable for delay caused by war, armed conflict, civil disturbance, locust invasion, drought declared a national disaster or any other event beyond its reasonable control.
N0[scope]: Scope of services
N1: The Service Provider shall provide extension services to not less than 12,000 Farmers in the six wards listed in the Special Conditions, through farm visits, demonstration plots, farmer field schools and a weekly SMS advisory service.
N1: The Service Provider shall record every farm visit in the County e-extension system within 48 hours and shall support Farmers to redeem input e-vouchers.
H1: Personnel and Conduct
N0[pers]: Personnel
N1[code]: The Service Provider shall adopt, maintain and enforce a code of business conduct applicable to all Personnel, covering honesty in dealings with Farmers, impartiality in the selection of beneficiaries and the proper use of e-vouchers.
N1[train]: The Service Provider shall ensure that all Extension Officers receive induction training, and refresher training every twelve months, on its code of business conduct, the avoidance of conflicts of interest with agro-dealers, anti-bribery and how to report wrongdoing, and shall keep training records available for inspection by the Purchaser.
N0[integ]: Integrity
N1[bribe]: The Service Provider shall not offer, give, solicit or accept any bribe, kickback or facilitation payment in connection with this Contract, shall maintain adequate procedures to prevent bribery in accordance with the Bribery Act, 2016{fn:Act No. 47 of 2016.}, and shall immediately report to the Purchaser and to the Ethics and Anti-Corruption Commission any demand for or offer of a bribe.
N1[wb]: The Service Provider shall establish a confidential reporting channel through which Personnel and Farmers can report suspected corruption or misconduct, and shall protect any person who reports in good faith from victim{split}isation.
N1[subs]: The Service Provider may require its sub-contractors to observe this clause {ref:integ}.
N1[cert]: The Service Provider shall submit to the Purchaser, at the start of the Contract and then every twelve months, an integrity declaration signed by its managing director certifying compliance with clauses {ref:pers} and {ref:integ}, and confirms that it has designated a senior officer responsible for ethics and integrity.
N1[gifts]: The Service Provider shall not give any gift, hospitality or other benefit to any public officer of the Purchaser, and shall record in a register every gift or hospitality offered to its Extension Officers by agro-dealers or Farmers.
N1[former]: The Service Provider shall disclose to the Purchaser, before engaging them, any person who within the preceding two years was a public officer in the Purchaser's department responsible for agriculture, and shall ensure that such person complies with the Public Officer Ethics Act, 2003 and does not use confidential information obtained in public office.
N1[roi]: The Service Provider shall maintain a register of interests in which every Extension Officer and manager who selects beneficiary Farmers or recommends agro-dealers records a declaration of interests (or a nil return) on appointment and annually, and shall submit a copy to the Purchaser with each annual report.
N1[tender]: The Service Provider confirms that it has disclosed to the Purchaser any relationship with any person involved in the procurement of this Contract, including any member of the tender evaluation committee, so that no unfair advantage arises, and shall keep that disclosure current.
H1: Information, Inspection and Complaints
N0[ati]: Access to information. The Service Provider shall assist the Purchaser to comply with the Access to Information Act, 2016{fn:Act No. 31 of 2016.}, including by providing requested information within seven days, and shall supply performance data for publication on the County website.
N0[insp]: Inspection and audit. The Purchaser may inspect and audit the accounts, records and performance of the Service Provider under this Contract.
N0[cfm]: Farmer complaints
N1[cp]: The Service Provider shall establish a Farmer complaints and feedback mechanism which is free of charge, accessible by SMS, a toll-free line and at ward offices, and publicised in Kiswahili and English at every farmer field school.
N1[ct]: The Service Provider shall acknowledge every complaint within two working days and resolve it within fourteen working days.
N1[caj]: The Service Provider shall co-operate with the Commission on Administrative Justice (Office of the Ombudsman) in any inquiry into a complaint about the Services and shall implement its recommendations.
N1[rep]: The Service Provider shall include in each quarterly progress report the number of complaints received, their nature, how they were resolved and the time taken.
N1[survey]: The Service Provider may carry out Farmer satisfaction surveys.
N0[perf]: Reporting and performance security
N1: The Service Provider shall submit a quarterly progress report within fifteen days after the end of each quarter showing the number of Farmers reached by ward and by gender, demonstration plots established, farmer field school sessions held and e-vouchers redeemed.
N1: Within twenty-eight days of signing this Contract the Service Provider shall provide a performance security of five per cent of the Contract Price in the form of a bank guarantee from a bank licensed in Kenya.
N1: The Service Provider shall maintain professional indemnity insurance and work injury benefits cover for all Personnel as required by the Work Injury Benefits Act, 2007.
N1: All training materials, data and reports produced under this Contract shall vest in the Purchaser, which grants the Service Provider a licence to use them for the purposes of this Contract.
N0[term]: Termination. The Purchaser may terminate this Contract by fourteen days' written notice if the Service Provider has engaged in corrupt, fraudulent, collusive or coercive practices in competing for or executing the Contract, or has breached clause {ref:integ}, and may require the Service Provider to remove from the Services any Personnel who engaged in such practices.
N0[pay]: Payment. The Purchaser shall pay the Service Provider within thirty days of receipt of an invoice certified by the County Director of Agriculture.
N0[disp]: Settlement of disputes. Disputes shall be settled by negotiation and, failing agreement within thirty days, by arbitration under the rules of the Nairobi Centre for International Arbitration.
N0[tax]: Taxes. The Contract Price is inclusive of all taxes, duties and levies, including value added tax, and the Purchaser shall deduct withholding tax where required by law.
N0[notices]: Notices. Any notice under this Contract shall be in writing and delivered by hand, registered post or email to the addresses stated in the Special Conditions of Contract.
O1: SECTION B - SPECIAL CONDITIONS OF CONTRACT
| GCC reference | Special condition |
| GCC {ref:scope} | Wards: Kiamaina, Lari, Mwireri, Olkalou North, Tumaini and Uruku. Number of Farmers: not less than 12,000. |
| GCC {ref:ati} | Information requests shall be answered within seven days of receipt. |
| GCC {ref:cfm} (additional) | The Service Provider shall analyse complaints every quarter to identify recurring problems and root causes and shall implement corrective actions, reporting them in the next quarterly progress report. |
| GCC {ref:pay} | Advance payment: 10% against an advance payment guarantee. |
| GCC {ref:disp} | Appointing authority: Chairperson of the Nairobi Centre for International Arbitration. |
""",
    expected=r"""
ES-01 gap  # cl.{ref:defs1}: 'Principles of Public Life' appears only as a definition (glossary entry); the comment is not contract text
ES-02 pass  # cl.{ref:code}: shall adopt, maintain and enforce a code of business conduct for all Personnel
ES-03 weak  # cl.{ref:subs}: the Service Provider 'may require' sub-contractors to observe the integrity clause (permissive)
ES-04 pass  # cl.{ref:train}: induction and annual training on the code, conflicts, anti-bribery and reporting wrongdoing, with records
ES-05 pass  # cl.{ref:wb}: confidential reporting channel and protection from victimisation for good-faith reporters
ES-06 pass  # cl.{ref:bribe}: no bribes, kickbacks or facilitation payments; adequate procedures; immediate report to the Purchaser and EACC
ES-07 pass  # cl.{ref:ati}: assist with the Access to Information Act 2016 and supply performance data for publication
ES-08 weak  # cl.{ref:insp}: general inspection and audit of accounts, records and performance; ethics not named
ES-09 pass  # cl.{ref:term}: termination for corrupt or fraudulent practices or breach of the integrity clause; removal of Personnel
ES-10 pass  # cl.{ref:cert}: integrity declaration at start and every twelve months plus a designated ethics officer
COI-01 gap  # only look-alikes: cl.{ref:prec} precedence conflict, cl.{ref:law} conflict of laws, cl.{ref:fm} armed conflict; no avoid-and-notify obligation
COI-02 gap  # absent: no conflict mitigation, direction or conflict-linked termination
COI-03 pass  # cl.{ref:gifts}: no gifts or hospitality to public officers; register of gifts and hospitality offered to Extension Officers
COI-04 pass  # cl.{ref:former}: disclose before engaging former public officers of the last two years; no use of confidential information
COI-05 pass  # cl.{ref:roi}: register of interests with declarations or nil returns on appointment and annually, copy to the Purchaser
COI-06 pass  # cl.{ref:tender}: confirms disclosure of relationships with persons involved in the procurement, kept current
CDM-01 pass  # cl.{ref:cp}: free, accessible, publicised Farmer complaints and feedback mechanism
CDM-02 pass  # cl.{ref:rep}: quarterly progress report with complaints received, nature, resolution and time taken
CDM-03 weak  # cl.{ref:survey}: the Service Provider 'may carry out' Farmer satisfaction surveys (permissive)
CDM-04 pass  # cl.{ref:caj}: co-operation with the Commission on Administrative Justice (Office of the Ombudsman) and implementation of recommendations
CDM-05 pass  # SCC table row 'GCC {ref:cfm} (additional)': quarterly analysis of complaints and root causes with corrective actions
CDM-06 pass  # cl.{ref:ct}: acknowledge within two working days and resolve within fourteen working days
"""))

# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c11", slug="licence_vendor_agreement_canada", format="odt", build="fodt",
    title="Hunting and Angling Licence Vendor Agreement",
    setting="Retail vendor network selling hunting and angling licences for a Canadian provincial natural resources department",
    labels="Department (the Crown in right of the Province) / Vendor",
    features="LibreOffice flat ODT -> ODT conversion: Canadian ARTICLE/section numbering (1.01) typed as text under Heading 1 styles, WHEREAS recitals, ODF tracked deletion of a code-of-conduct sentence and tracked insertion, annotation, footnote, bracketed [insert] placeholders",
    body=r"""
T: HUNTING AND ANGLING LICENCE VENDOR AGREEMENT
THIS AGREEMENT is dated the 17th day of January, 2025.
BETWEEN: HIS MAJESTY THE KING IN RIGHT OF THE PROVINCE OF NORTHMARK, as represented by the Minister of Natural Resources and Parks (the "Department")
AND: LAKESHORE OUTFITTERS INC., a corporation incorporated under the laws of the Province of Northmark (the "Vendor")
WHEREAS the Department issues hunting, trapping and angling licences to the public through the Northmark Outdoor Licensing System and through a network of authorised licence vendors;
AND WHEREAS the Vendor operates a sporting goods store in the Town of Pike Narrows and wishes to be appointed as a licence vendor;
NOW THEREFORE in consideration of the mutual covenants in this Agreement the parties agree as follows.
H1: ARTICLE 1 - INTERPRETATION
1.01 In this Agreement: "Business Day" means a day on which the Department's offices in Northmark City are open; "Licence" means any hunting, trapping or angling licence, tag or permit issued through the Licensing System; "Licensee" means a member of the public who buys or applies for a Licence from the Vendor; "Licensing System" means the Northmark Outdoor Licensing System; and "Point of Sale" means each location at which the Vendor is authorised to sell Licences.
1.02 If there is a conflict between the body of this Agreement and a Schedule, the body of this Agreement prevails.
H1: ARTICLE 2 - APPOINTMENT
2.01 The Department appoints the Vendor, on a non-exclusive basis, to sell Licences at the Points of Sale listed in Schedule A.
2.02 The Vendor shall be entitled to a commission of six per cent of the fee for each Licence sold, excluding the Wildlife Habitat Fund levy.
2.03 The Vendor shall not charge a Licensee any fee in addition to the fee prescribed by regulation.
2.04 The Department may add or remove Licence types that the Vendor is authorised to sell by giving thirty days' notice.
H1: ARTICLE 3 - VENDOR OBLIGATIONS
3.01 The Vendor shall sell Licences only through the Licensing System and only to persons who produce valid identification and, where required, a hunter education certificate.
3.02 The Vendor shall remit all Licence fees collected, less its commission, to the Department by electronic funds transfer every Monday for sales in the preceding week.
3.03 The Vendor shall keep all paper tags and licence stock in a locked cabinet and shall report any loss or theft of stock to the Department within one Business Day.
3.04 The Vendor shall display the Department's current hunting and angling regulations summaries at each Point of Sale.
3.05 The Vendor shall ensure that its employees who sell Licences are appropriately trained and competent to use the Licensing System.
3.06 The Vendor shall keep each Point of Sale open for Licence sales during its normal retail hours and, from 1 April to 30 November, for not less than forty hours each week.
3.07 The Vendor shall provide, at its own cost, a computer, receipt printer and internet connection meeting the minimum specifications published by the Department, and shall install any software update to the Licensing System within five Business Days of release.
3.08 The Vendor shall not allow any person to use another person's Licensing System user account, and shall disable the account of any employee who leaves its employment on the day the employee leaves.
3.09 The Vendor shall issue a printed or electronic receipt for each Licence sold.
H1: ARTICLE 4 - CONDUCT
4.01 The Vendor should consider the Seven Principles of Public Life when dealing with Licensees on behalf of the Department.
4.02 {del:The Vendor shall adopt and comply with a code of business conduct for its staff who sell Licences. }The Vendor is not bound by the Department's Supplier Code of Conduct, which applies only to suppliers engaged under procurement contracts.{cmt:Vendors are small retailers; Procurement agreed not to apply the Supplier Code to them.}
4.03 The Vendor shall not offer or accept any bribe, kickback or secret commission in connection with the sale of Licences, shall maintain adequate procedures to prevent fraud in the sale of Licences, and shall immediately notify the Department of any suspected fraud, misuse of the Licensing System or theft of licence stock.
4.04 The Vendor shall require any branch operator or sub-vendor it appoints to comply with obligations equivalent to those in this Article 4 and in Article 5.
4.05 The Department's Disclosure of Wrongdoing Policy applies to Department employees, who may report wrongdoing to the Public Interest Commissioner of Northmark.
4.06 The Vendor shall certify to the Department once in each licence year that it has complied with section 4.03.
H1: ARTICLE 5 - CONFLICT OF INTEREST
5.01 The Vendor shall avoid any conflict of interest, whether actual, potential or perceived, between its business and its duties as a licence vendor, including selling limited-entry tags to its own guiding clients on preferential terms, and shall disclose any such conflict to the Department in writing without delay.
5.02 The Department may give the Vendor directions to resolve a disclosed conflict of interest and may suspend or terminate this Agreement if the conflict is not resolved to the Department's satisfaction.
5.03 The Vendor shall not engage, in any role connected with the sale of Licences, a former employee of the Department who was involved in licence allocation or draw administration within the previous {del:6 months}{ins:12 months}, unless the Vendor first notifies the Department and the person has obtained clearance under the post-employment provisions of the Public Service Act (Northmark){fn:Post-employment restrictions apply for twelve months after leaving the public service.}.
5.04 The Vendor may wish to keep a record of gifts offered to its staff by outfitters and guiding operators.
5.05 The Vendor may keep a register of declarations of interest made by its managers.
H1: ARTICLE 6 - RECORDS, INFORMATION AND PRIVACY
6.01 The Vendor acknowledges that the Department is subject to the Freedom of Information and Protection of Privacy Act (Northmark) and shall assist the Department to respond to any access to information request relating to this Agreement within five Business Days of being asked.
6.02 The Vendor shall refer promptly to the Department's privacy office any complaint or request from an individual about personal information collected through the Licensing System.
6.03 The Department may inspect the Vendor's licence stock and sales records at any time during business hours in order to reconcile the fees remitted under section 3.02.
H1: ARTICLE 7 - SERVICE STANDARDS AND LICENSEE FEEDBACK
7.01 The Vendor shall display the Department's "Tell us how we did" feedback cards at each Point of Sale and shall forward all completed cards to the Department each month.
7.02 The Vendor shall provide the Department with a summary of complaints received from Licensees when the Department requests it.
7.03 The Vendor may review complaints and feedback cards to identify improvements to its service.
7.04 The Vendor may co-operate with the Ombudsman Northmark where a Licensee complains to the Ombudsman about a Licence sale.
7.05 Complaint response times: acknowledgement within [insert] Business Days; written response within [insert] Business Days.
H1: ARTICLE 8 - TERM AND TERMINATION
8.01 This Agreement is for the licence years 2025-26 to 2027-28 inclusive.
8.02 The Department may terminate this Agreement immediately by notice if the Vendor breaches section 4.03 or Article 5, or if the Vendor or any of its employees is charged with an offence relating to licence fraud, and may instead require the Vendor to remove any employee involved from the sale of Licences.
8.03 Either party may terminate this Agreement on sixty days' notice.
H1: ARTICLE 9 - GENERAL
9.01 This Agreement is governed by the laws of the Province of Northmark and the federal laws of Canada applicable in it.
9.02 Schedule A (Points of Sale) forms part of this Agreement.
9.03 The Vendor shall not assign this Agreement without the prior written consent of the Department.
9.04 Notices shall be in writing and delivered to the Licensing Services Branch of the Department or to the Vendor at the address of its main store.
9.05 This Agreement may be amended only by written agreement signed by both parties, except that the Department may update the Licensing System operating manual from time to time by notice to the Vendor.
H1: ARTICLE 10 - INDEMNITY AND INSURANCE
10.01 The Vendor shall indemnify the Department against all claims arising from the negligence or wilful misconduct of the Vendor or its employees in the sale of Licences.
10.02 The Vendor shall maintain commercial general liability insurance of not less than two million dollars per occurrence and shall provide proof of coverage on request.
H1: SCHEDULE A - POINTS OF SALE
| Point of Sale | Address | Licence types |
| Main store | 12 Harbour Street, Pike Narrows | All Licences |
| Seasonal kiosk | Pike Narrows Marina, Dock 3 (May to September) | Angling Licences only |
""",
    expected=r"""
ES-01 weak  # s.4.01: the Vendor 'should consider' the Seven Principles of Public Life (permissive)
ES-02 gap  # s.4.02: the Vendor 'is not bound by' the Supplier Code of Conduct (disapplication); the code-of-conduct sentence is a tracked deletion, not contract text
ES-03 pass  # s.4.04: branch operators and sub-vendors must comply with obligations equivalent to Articles 4 and 5
ES-04 weak  # s.3.05: generic 'appropriately trained and competent' for the Licensing System; no ethics topic named
ES-05 gap  # s.4.05: the Department's Disclosure of Wrongdoing Policy for Department employees only (wrong party)
ES-06 pass  # s.4.03: no bribes or kickbacks, adequate fraud prevention procedures, immediate notice of suspected fraud
ES-07 pass  # s.6.01: assist with FIPPA access requests within five Business Days
ES-08 gap  # s.6.03: inspection of stock and sales records to reconcile fees only (financial-only)
ES-09 pass  # s.8.02: immediate termination for breach of s.4.03 or Article 5; removal of employees involved
ES-10 weak  # s.4.06: annual certificate covers s.4.03 (fraud) only; one-topic certificate
COI-01 pass  # s.5.01: avoid actual, potential or perceived conflicts and disclose them to the Department in writing without delay
COI-02 pass  # s.5.02: Department may direct resolution and suspend or terminate if unresolved
COI-03 weak  # s.5.04: 'may wish to keep a record of gifts' (permissive)
COI-04 pass  # s.5.03: no engagement of former Department employees within 12 months (tracked insertion) without notice and clearance
COI-05 weak  # s.5.05: the Vendor 'may keep' a register of declarations of interest (permissive)
COI-06 gap  # absent: no procurement-stage disclosure
CDM-01 gap  # no Vendor complaints procedure; s.6.02 concerns privacy complaints referred to the Department (data-protection look-alike)
CDM-02 weak  # s.7.02: complaint summary only 'when the Department requests it' (on request)
CDM-03 pass  # s.7.01: feedback cards displayed and all completed cards forwarded to the Department monthly
CDM-04 weak  # s.7.04: the Vendor 'may co-operate' with the Ombudsman Northmark (permissive)
CDM-05 weak  # s.7.03: the Vendor 'may review' complaints and feedback (permissive)
CDM-06 gap  # s.7.05: timescales left as [insert] placeholders (disabled text)
"""))

# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c12", slug="fruit_fly_roadblock_australia", format="md", build="text",
    title="Services Agreement - Fruit Fly Roadblock Inspection Station",
    setting="Fruit fly quarantine roadblock inspection station operated for an Australian state biosecurity department",
    labels="Department (the Crown in right of the State) / Contractor",
    features="Markdown; Australian 'must' drafting; Part A agreement details table, Part B conditions with numbered headings, Schedule KPI table; 'integrity' used only in the data/biosecurity sense",
    body=r"""
T: Services Agreement - Fruit Fly Roadblock Inspection Station (Yamba Road)
H1: Part A - Agreement details
| Item | Details |
| Principal | The Crown in right of the State of South Australia, acting through the Department for Biosecurity and Regional Development (the "Department") |
| Contractor | Outback Quarantine Services Pty Ltd, ACN 612 345 678 (the "Contractor") |
| Commencement Date | 1 July 2025 |
| Term | Three years, with two options to extend of one year each |
| Site | Yamba Road Quarantine Station, Sturt Highway |
| Contract Price | AUD 2,460,000 per year (exclusive of GST), payable monthly in arrears |
H1: Part B - Conditions
### 1. Definitions
**1.1** In this Agreement: "Business Day" means a day that is not a Saturday, Sunday or public holiday in Adelaide; "Inspection" means the inspection of a vehicle and its occupants' belongings for fruit, vegetables and other host material; "Personnel" means the Contractor's officers, employees, agents and subcontractors; "Station Supervisor" means a person appointed by the Contractor to supervise a shift; and "Traveller" means any driver or passenger of a vehicle stopped at the Site.
### 2. Services
**2.1** The Contractor must operate the Site 24 hours a day, 365 days a year, inspect every vehicle entering the Riverland Pest Free Area from the east, and seize and dispose of host material in accordance with the Plant Health Act 2009 and the Department's operating procedures.
**2.2** The Contractor must maintain disposal bins, signage and lighting at the approaches to the Site and must ensure at least three Personnel are on duty at all times.
**2.3** The Contractor must record every Inspection and every seizure in the Department's inspection database before the end of the shift.
**2.4** The Contractor must maintain the Site buildings, inspection bays and lighting in a safe condition and must report any defect to the Department within 24 hours. The Department remains responsible for structural repairs.
**2.5** During fruit fly outbreak responses the Contractor must, at the Department's request, provide up to six additional Personnel within 48 hours to staff temporary roadblocks, at hourly rates agreed in writing with the Department.
**2.6** The Contractor must comply with the Department's instructions on the treatment of commercial consignments that carry a valid plant health certificate.
### 3. Personnel
**3.1** The Contractor must ensure that Personnel are suitably trained and qualified to perform the Services.
**3.2** The Contractor must ensure that Personnel hold a current National Police Certificate and wear the uniform and identification approved by the Department.
**3.3** The Contractor must appoint a Station Supervisor for every shift and a contract manager who is available to the Department during business hours.
### 4. Conduct and integrity
**4.1** The Contractor must comply, and must ensure that its Personnel comply, with the Contractor's standards of business conduct, which must be at least as demanding as the Code of Ethics for the South Australian Public Sector in relation to honesty, impartiality and the handling of seized goods.
**4.2** The Contractor must maintain a procedure for Personnel to make public interest disclosures, must tell Personnel that they may make disclosures to the Office for Public Integrity under the Public Interest Disclosure Act 2018 (SA), and must not cause or threaten detriment to any person who makes an appropriate disclosure.
**4.3** The Contractor is encouraged to maintain adequate anti-fraud and anti-corruption procedures.
**4.4** The integrity of the quarantine barrier and of inspection data is critical to the State's market access. The Contractor must ensure that inspection records are complete and are not altered after the end of the shift.
**4.5** Within 20 Business Days after the Commencement Date, and on each anniversary of it, the Contractor must give the Department a compliance certificate signed by its chief executive confirming that the Contractor has complied with clauses 4 and 5, and that it has in place, and will maintain, the arrangements necessary to support those obligations.
### 5. Conflict of interest
**5.1** The Contractor warrants that, at the date of this Agreement, no conflict of interest exists or is likely to arise in performing its obligations, other than as disclosed in writing to the Department during the procurement, and confirms that it has disclosed any relationship it has with any person involved in the procurement.
**5.2** The Contractor must not, and must ensure that its Personnel do not, place themselves in a position where a conflict of interest arises (for example, by inspecting a vehicle owned by a relative, or by a produce trader with whom they have dealings), and must notify the Department immediately in writing if one arises.
**5.3** The Contractor must take any steps the Department reasonably requires to resolve or manage a conflict of interest notified under clause 5.2.
**5.4** The Contractor must keep a register of the interests of its Station Supervisors and managers, updated with a declaration (or nil declaration) from each of them at least every 12 months, and must provide it to the Department within 5 Business Days of a request.
**5.5** The Department expects the Contractor not to employ, for 12 months after they leave, any former Department employee who was involved in evaluating tenders for this Agreement.
**5.6** Department officers must comply with the Department's Gifts and Benefits Policy and must declare any gift or benefit offered to them by the Contractor.
### 6. Privacy
**6.1** The Contractor must comply with the Information Privacy Principles Instruction as if it were an agency, and must impose equivalent privacy obligations on any subcontractor that handles Travellers' personal information.
### 7. Audit and review
**7.1** The Department may audit the Contractor's compliance with clauses 4 and 5 (Conduct and integrity, and Conflict of interest), and may interview Personnel for that purpose. Ethical compliance is a standing agenda item at the monthly contract meetings.
### 8. Complaints
**8.1** The Contractor must establish and maintain a complaints procedure for Travellers, display details of it at the Site in English and in the five community languages most used in the region, and provide complaint forms on request.
**8.2** The Contractor must acknowledge each complaint within 2 Business Days and must provide a written response within 10 Business Days.
**8.3** The Department will refer complaints that cannot be resolved to the Ombudsman SA where appropriate and will respond to any inquiry the Ombudsman makes.
**8.4** The Contractor must review all complaints each month, identify trends and root causes, and prepare an improvement plan for any issue raised more than five times in a quarter.
### 9. Reporting
**9.1** The Contractor must give the Department a monthly report in the form of Schedule 1 which includes the KPI results and, for complaints, the number received, their outcomes and the proportion answered within 10 Business Days.
### 10. Confidentiality
**10.1** Each party must keep confidential the other party's confidential information. The Department may disclose this Agreement where required by law or to a Minister or to Parliament.
### 11. Insurance and liability
**11.1** The Contractor must hold public liability insurance of at least AUD 20 million and workers' compensation insurance as required by law.
### 12. Termination
**12.1** The Department may terminate this Agreement by notice if the Contractor commits a material breach that is not remedied within 14 days after a notice requiring it to be remedied.
**12.2** The Department may terminate this Agreement for convenience on 90 days' notice, paying the Contractor for Services performed to the date of termination.
### 13. Disputes and governing law
**13.1** Disputes must be referred to senior executives and, if unresolved within 20 Business Days, to expert determination. This Agreement is governed by the law of South Australia.
### 14. Work health and safety
**14.1** The Contractor must comply with the Work Health and Safety Act 2012 (SA), consult with the Department on matters of shared responsibility at the Site, and manage the risks of working next to moving traffic, including fatigue during night shifts.
### 15. GST and payment
**15.1** Amounts in this Agreement are exclusive of GST. The Department must pay each correctly rendered tax invoice within 30 days of receipt.
H1: Schedule 1 - Key performance indicators
| KPI | Target | Reported |
| Vehicles inspected as a proportion of vehicles arriving | 100% | Monthly |
| Seizure records entered before end of shift | 99% | Monthly |
| Complaints acknowledged within 2 Business Days | 100% | Monthly |
| Complaints answered within 10 Business Days | 95% | Monthly |
""",
    expected=r"""
ES-01 gap  # cl.4.4: 'integrity' refers to the quarantine barrier and inspection data only; no Seven Principles or public-office standards
ES-02 pass  # cl.4.1: the Contractor must comply with its standards of business conduct, at least as demanding as the SA public sector Code of Ethics
ES-03 gap  # cl.6.1: only privacy obligations flow down to subcontractors
ES-04 weak  # cl.3.1: generic 'suitably trained and qualified'; no ethics topic named
ES-05 pass  # cl.4.2: public interest disclosure procedure incl. the Office for Public Integrity; no detriment
ES-06 weak  # cl.4.3: 'is encouraged to maintain' anti-fraud and anti-corruption procedures (permissive)
ES-07 gap  # absent: no FOI or transparency co-operation; cl.10.1 is confidentiality with a Department-side disclosure right
ES-08 pass  # cl.7.1: Department may audit compliance with clauses 4 and 5; ethical compliance at monthly meetings
ES-09 weak  # cl.12.1: termination for un-remedied material breach only; cl.12.2 convenience
ES-10 pass  # cl.4.5: chief executive's compliance certificate at start and annually, with arrangements warranted
COI-01 pass  # cl.5.2: must not be placed in a conflict of interest and must notify the Department immediately in writing
COI-02 pass  # cl.5.3: must take any steps the Department reasonably requires to resolve or manage the conflict
COI-03 gap  # cl.5.6: Gifts and Benefits Policy binds Department officers only (wrong party)
COI-04 weak  # cl.5.5: the Department 'expects' the Contractor not to employ former Department tender evaluators (expects form)
COI-05 pass  # cl.5.4: register of interests of Station Supervisors and managers with declarations or nil declarations, provided on request
COI-06 pass  # cl.5.1: confirms disclosure of any relationship with persons involved in the procurement
CDM-01 pass  # cl.8.1: complaints procedure for Travellers, displayed in several languages
CDM-02 pass  # cl.9.1: monthly report including complaints received, outcomes and timeliness
CDM-03 gap  # absent: no Traveller satisfaction or feedback collection
CDM-04 gap  # cl.8.3: only the Department refers complaints to and responds to the Ombudsman SA (wrong party)
CDM-05 pass  # cl.8.4: monthly review of trends and root causes with an improvement plan
CDM-06 pass  # cl.8.2: acknowledge within 2 Business Days, written response within 10 Business Days
"""))

# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c13", slug="community_energy_advice_grant", format="txt", build="text", wrap=72,
    title="Grant Agreement - Home Energy Advice Project",
    setting="Small grant to a community energy society for home energy advice visits",
    labels="Council / Grantee",
    features="Very short hard-wrapped plain-text grant letter; recitals; a heading marked [Not used]; disapplication of standard conditions by value; staff grievance look-alike",
    body=r"""
T: THORNBECK VALLEY DISTRICT COUNCIL - WARM HOMES COMMUNITY FUND
GRANT AGREEMENT - HOME ENERGY ADVICE PROJECT (Grant ref. WHCF-25-014)
This agreement is between Thornbeck Valley District Council, Riverside House, Thornbeck TV2 5RW (the "Council") and Thornbeck Community Energy Limited, a community benefit society registered with the Financial Conduct Authority under number 8123 (the "Grantee").
RECITALS
A. The Council is committed to the Seven Principles of Public Life and hopes that the organisations it funds share those values.
B. The Grantee has applied to the Warm Homes Community Fund for support to deliver free home energy advice to households in fuel poverty, and the Council has agreed to make a grant on the terms below.
1. DEFINITIONS
1.1 "Beneficiary" means a household in the Council's area which receives advice under the Project. "Eligible Expenditure" means expenditure on the items in the budget attached to the Grantee's application. "Grant Period" means 1 May 2025 to 30 April 2026. "Project" means the project described in clause 3.
2. THE GRANT
2.1 The Council will pay the Grantee a grant of GBP 8,500: GBP 5,000 on signature of this agreement and GBP 3,500 on approval of the second quarterly monitoring return.
2.2 The grant may be used only for Eligible Expenditure incurred during the Grant Period.
2.3 The Grantee shall keep the grant in a bank account in its own name and shall not use it as security for any loan.
3. THE PROJECT
3.1 The Grantee shall deliver at least 150 home energy advice visits to Beneficiaries, six community drop-in sessions and a short guide to reducing energy bills, and shall help Beneficiaries to apply for any grants or discounts for which they are eligible.
3.2 The Grantee shall give priority to households with a resident aged over 75, households with young children and households with a member who has a long-term health condition made worse by cold.
3.3 The Grantee shall provide each Beneficiary with a written summary of the advice given, including any low-cost measures recommended.
4. CONDITIONS
4.1 The Grantee is encouraged to adopt a code of conduct for its staff and volunteers.
4.2 The Grantee should consider publishing on its website a summary of the outcomes achieved with the grant.
4.3 The Grantee is encouraged to declare to the Council any conflict of interest involving its directors, such as a director who also installs insulation.
4.4 The Grantee shall ensure that every adviser who visits a Beneficiary's home has had a basic Disclosure and Barring Service check and carries identification.
5. MONITORING
5.1 The Grantee shall submit a monitoring return within 15 working days after the end of each quarter showing the visits and drop-in sessions delivered, the estimated annual savings for Beneficiaries, and expenditure against budget with copies of receipts.
5.2 The Grantee shall ask each Beneficiary to complete a short feedback form after their advice visit and shall include a summary of the feedback received in each quarterly monitoring return.
5.3 The Grantee may use Beneficiary feedback to improve its service.
5.4 The Council may inspect the Grantee's accounts, receipts and bank statements to verify that the grant has been spent on Eligible Expenditure.
6. STAFF AND VOLUNTEERS
6.1 The Grantee shall maintain a grievance procedure for its staff and volunteers and shall deal with any complaint made by a member of staff or a volunteer under that procedure.
7. PROHIBITED ACTS
7.1 Clause 16 (Prohibited Acts) of the Council's Standard Grant Conditions does not apply to grants of less than GBP 10,000.
8. WHISTLEBLOWING
[Not used]
9. REPAYMENT
9.1 The Council may require the Grantee to repay any part of the grant which has not been spent on Eligible Expenditure by the end of the Grant Period, or which has been spent other than on the Project.
10. PUBLICITY
10.1 The Grantee shall acknowledge the Council's support in all publicity about the Project, using the Warm Homes Community Fund logo.
11. DATA PROTECTION
11.1 The Grantee is the controller of Beneficiaries' personal data and shall comply with the UK GDPR and the Data Protection Act 2018.
12. GENERAL
12.1 This agreement is governed by the law of England and Wales. The Council's decision on any question about the grant is final.
12.2 Nothing in this agreement creates a partnership or a relationship of employer and employee between the Council and the Grantee.
Signed for the Council: Head of Climate and Environment
Signed for the Grantee: Chair of the Board
""",
    expected=r"""
ES-01 gap  # Recital A only: the Council's own commitment to the Seven Principles ('hopes' funded bodies share them) is a recital, not an obligation on the Grantee
ES-02 weak  # cl.4.1: the Grantee 'is encouraged to adopt' a code of conduct (permissive)
ES-03 gap  # absent: no sub-contracting or flow-down provision
ES-04 gap  # absent: no ethics training (cl.4.4 DBS checks only)
ES-05 gap  # cl.8 'Whistleblowing' heading marked [Not used]
ES-06 gap  # cl.7.1: the Prohibited Acts condition 'does not apply' to grants under GBP 10,000 (disapplied)
ES-07 weak  # cl.4.2: the Grantee 'should consider publishing' outcomes on its website (permissive)
ES-08 gap  # cl.5.4: inspection of accounts, receipts and bank statements only (financial-only)
ES-09 gap  # cl.9.1: clawback of unspent or misapplied grant only; no ethical-breach remedy
ES-10 gap  # absent: no ethical assurance or certificate
COI-01 weak  # cl.4.3: the Grantee 'is encouraged to declare' conflicts of interest (permissive)
COI-02 gap  # absent: no conflict management or direction
COI-03 gap  # absent: no gifts and hospitality control
COI-04 gap  # absent: no provision on former office holders
COI-05 gap  # absent: no declarations register
COI-06 gap  # absent: no procurement-stage disclosure
CDM-01 gap  # cl.6.1: grievance procedure for staff and volunteers only (look-alike); no Beneficiary complaints procedure
CDM-02 gap  # absent: quarterly returns in cl.5.1 contain no complaint data
CDM-03 pass  # cl.5.2: feedback form for each Beneficiary, summary included in each quarterly return
CDM-04 gap  # absent: no Ombudsman or independent escalation
CDM-05 weak  # cl.5.3: the Grantee 'may use' Beneficiary feedback to improve its service (permissive)
CDM-06 gap  # absent: no complaint-handling timescales (cl.5.1's 15 working days is for monitoring returns)
"""))

# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    id="c14", slug="rural_broadband_voucher_terms", format="odt", build="hand",
    title="Rural Gigabit Voucher Scheme - Registered Supplier Terms",
    setting="Registered supplier terms for a rural gigabit broadband voucher scheme run by a government department",
    labels="Department / Registered Supplier",
    features="Hand-built ODT: Heading 1/2 styles with Parts as outline-level paragraphs; clauses in continued text:list numbering; ODF tracked deletion of a whole code-of-conduct sentence; annotations; footnote; obligations matrix table with clauses in cells; heading with [Reserved] body",
    body=r"""
T: RURAL GIGABIT VOUCHER SCHEME - TERMS AND CONDITIONS FOR REGISTERED SUPPLIERS
Version 3.0, effective 1 April 2025. Issued by the Department for Rural Connectivity (the "Department").
O1: Part 1 - Introduction
These terms apply to every broadband supplier accepted onto the Department's register of suppliers for the Rural Gigabit Voucher Scheme (each a "Registered Supplier"). By registering, the Registered Supplier agrees to be bound by them. Vouchers worth up to GBP 4,500 for a rural home and GBP 7,000 for a rural business are paid by the Department to the Registered Supplier once a qualifying gigabit connection is live.
O1: Part 2 - Definitions
N0[defs]: In these terms:
N1: "Beneficiary" means a rural home or business that signs a voucher application with a Registered Supplier;
N1: "Connection" means a gigabit-capable broadband connection installed for a Beneficiary under the Scheme;
N1: "Assessor" means a Department officer who validates voucher claims;
N1[pa]: "Prohibited Act" means offering or giving any inducement to an Assessor or any other Department officer, or submitting a false or inflated voucher claim;
N1: "Staff" means the Registered Supplier's employees, agents, installers and sub-contractors.
O1: Part 3 - Registration
N0[reg]: The Registered Supplier shall remain registered with Ofcom as a provider of public electronic communications networks or services and shall notify the Department within 10 Working Days of any change in its ownership.
N1: The Department may refuse or cancel registration if the Registered Supplier no longer meets the registration criteria published on the Scheme website.
N1: The Registered Supplier shall check, before a Beneficiary signs a voucher application, that the premises are on the Department's list of eligible premises and that no gigabit-capable network is planned for the premises under any other public programme.
N1: Each voucher is valid for six months from the date of issue. The Registered Supplier shall deliver the Connection within that period, or apply to the Department for an extension before it ends.
N1: The Registered Supplier shall offer each Beneficiary a contract for broadband services of no more than 24 months at a price no higher than its standard published price for that speed.
O1: Part 3A - Claims and payment
N0: The Registered Supplier shall submit a voucher claim through the Scheme portal within 60 days after the Connection goes live, attaching the Beneficiary's signed confirmation that the Connection is live and a speed test result.
N1: The Department shall pay each validated claim within 30 days.
N1: Where several Beneficiaries in one community aggregate their vouchers, the Registered Supplier shall provide a project plan showing the premises to be connected and the total cost.
O1: Part 4 - Conduct
N0[nolan]: The Registered Supplier shall observe the Seven Principles of Public Life in its dealings with Beneficiaries and with the Department, and shall ensure that its Staff do so.{del: The Registered Supplier shall comply with the Department's Supplier Code of Conduct.}{cmt:Code of conduct sentence removed after industry consultation - suppliers objected to a second code alongside the Ofcom General Conditions.}
N1[flow]: The Registered Supplier is encouraged to flow down the requirements of this Part 4 to its installation sub-contractors.
N1[cert]: On registration, and by 31 March in each year, the Registered Supplier shall submit an ethics compliance statement signed by a director confirming that it has complied with Parts 4 and 5 of these terms, and warrants that it has appointed a nominated ethics lead and maintains the arrangements needed to support those standards.
O1: Part 5 - Conflicts and integrity
N0[assessors]: The Department's Assessors shall declare any conflict of interest with a Registered Supplier and shall not validate voucher claims from that Registered Supplier.
N1[mit]: The Registered Supplier may propose measures to mitigate any conflict of interest identified by the Department.
N1[former]: The Registered Supplier shall notify the Department before employing or engaging, in connection with the Scheme, any person who within the previous two years was a Crown servant in the Department's connectivity team, and shall ensure that such person observes any conditions imposed under the Business Appointment Rules{fn:The Business Appointment Rules apply to civil servants for up to two years after leaving Crown service.}.
N1[roi]: The Registered Supplier may maintain a register of interests for its Staff who sign voucher claims.
N1[tender]: The Registered Supplier confirms that, in its application for registration, it disclosed any relationship with any person involved in the Department's assessment of registration applications, and shall update that disclosure within 10 Working Days of any change.
H2: Gifts and hospitality
[Reserved]
O1: Part 6 - Information
N0[pub]: The Department will publish on its website a list of Registered Suppliers, the total value of vouchers paid to each and the number of Connections delivered, in accordance with its transparency policy.
O1: Part 7 - Supplier obligations matrix
| Area | Obligation | Evidence |
| Scheme training | The Registered Supplier shall ensure that all sales and installation Staff complete training on the Scheme rules, Part 4 of these terms, conflicts of interest and anti-bribery before handling vouchers, and every year after that. | Training records provided to the Department on request |
| Fair selling | The Registered Supplier shall not use pressure selling or misleading claims about connection speeds when signing up Beneficiaries. | Sales scripts |
| Beneficiary feedback | The Registered Supplier may invite Beneficiaries to rate their installation. | None required |
| Complaints | The Registered Supplier should consider offering an in-house complaints procedure for Beneficiaries in addition to its Ofcom-approved dispute resolution scheme. | None required |
| Escalation | The Registered Supplier is encouraged to co-operate with any investigation by an approved alternative dispute resolution scheme or ombudsman into a Beneficiary complaint. | None required |
O1: Part 8 - Complaints
N0[ct]: The Registered Supplier is encouraged to acknowledge complaints from Beneficiaries within 5 Working Days and to respond within 8 weeks.
N1[norep]: The Registered Supplier shall not be required to report complaints data to the Department, because complaints data is reported to Ofcom.
N1[learn]: The Registered Supplier shall review Beneficiary complaints every quarter to identify recurring causes and shall implement an action plan to address them.
O1: Part 9 - Audit and sanctions
N0[audit]: The Department may audit the Registered Supplier's compliance with Parts 4 and 5 of these terms, including by contacting Beneficiaries, inspecting Connections and reviewing training records, and will review ethical compliance at the annual supplier assurance meeting.{cmt:Assurance team: add sampling rates to the audit guidance, not to these terms.}
N1[susp]: The Department may suspend a Registered Supplier or remove it from the register if it breaches these terms in a material respect.
N1: Vouchers are paid only for Connections that are live and validated by an Assessor.
O1: Part 10 - General
N0: These terms are governed by the law of England and Wales. The Department may amend them on 30 days' notice published on the Scheme website.
N1: The Registered Supplier shall keep the records needed to support each voucher claim for six years after the claim is paid.
N1: The Registered Supplier shall not use the Department's name or logo in marketing except in the form approved in the Scheme brand guidelines.
N1: The Registered Supplier shall maintain public liability insurance of at least GBP 5,000,000 covering installation work at Beneficiaries' premises.
N1: Nothing in these terms obliges the Department to issue any minimum number of vouchers to Beneficiaries who choose the Registered Supplier.
""",
    expected=r"""
ES-01 pass  # cl.{ref:nolan}: the Registered Supplier shall observe the Seven Principles of Public Life and ensure its Staff do so
ES-02 gap  # only a tracked deletion in cl.{ref:nolan} ('shall comply with the Department's Supplier Code of Conduct') and an annotation; neither is contract text
ES-03 weak  # cl.{ref:flow}: 'is encouraged to flow down' Part 4 to sub-contractors (permissive)
ES-04 pass  # Part 7 matrix row 'Scheme training': training on Part 4, conflicts of interest and anti-bribery, annually, with records
ES-05 gap  # absent: no whistleblowing or speaking-up provision
ES-06 gap  # cl.{ref:pa}: 'Prohibited Act' definition only; no operative anti-bribery obligation
ES-07 gap  # cl.{ref:pub}: the Department publishes under its own transparency policy (wrong party); no supplier co-operation
ES-08 pass  # cl.{ref:audit}: Department may audit compliance with Parts 4 and 5; ethical compliance reviewed annually
ES-09 weak  # cl.{ref:susp}: suspension or removal for material breach of the terms generally; no ethics link
ES-10 pass  # cl.{ref:cert}: director-signed ethics compliance statement on registration and annually, with ethics lead warranted
COI-01 gap  # cl.{ref:assessors}: declarations of conflict by Department Assessors only (wrong party)
COI-02 weak  # cl.{ref:mit}: the Registered Supplier 'may propose' mitigation measures (permissive)
COI-03 gap  # 'Gifts and hospitality' heading with [Reserved] body only
COI-04 pass  # cl.{ref:former}: notify before engaging former Crown servants of the last two years; observe Business Appointment Rules conditions
COI-05 weak  # cl.{ref:roi}: 'may maintain' a register of interests (permissive)
COI-06 pass  # cl.{ref:tender}: confirms it disclosed relationships with persons assessing registration applications; update within 10 Working Days
CDM-01 weak  # Part 7 matrix row 'Complaints': 'should consider offering' an in-house complaints procedure (permissive)
CDM-02 gap  # cl.{ref:norep}: 'shall not be required to report complaints data' (negation)
CDM-03 weak  # Part 7 matrix row 'Beneficiary feedback': 'may invite' Beneficiaries to rate installations (permissive)
CDM-04 weak  # Part 7 matrix row 'Escalation': 'is encouraged to co-operate' with an ADR scheme or ombudsman (permissive)
CDM-05 pass  # cl.{ref:learn}: quarterly review of complaints for recurring causes with an action plan
CDM-06 weak  # cl.{ref:ct}: 'is encouraged to acknowledge' within 5 Working Days and respond within 8 weeks (permissive)
"""))
