"""Blind evaluation set 6: synthetic public-service contracts and expected verdicts.

Data only; rendered by scripts/make-blind-set6.py into fixtures/blind/set6/.
Written blind from the rule catalogue (sections 1-2) only.

Each contract has:
  id, name, fmt ('txt', 'md', 'docx', 'odt'), build ('hand' or 'soffice'),
  setting, provider, authority, features,
  text   : the document source. For txt/md it is the literal file text. For
           docx/odt it is a small line DSL (see make-blind-set6.py):
             '# '  title          '## ' heading 1       '### ' heading 2
             'N1: ' auto-numbered heading (level 0)   'N2: ' auto-numbered clause (level 1)
             '- '  list item (auto-lettered)          '| a | b |' table row
             'BOX:' / 'ENDBOX' single-cell boxed table, one paragraph per line
           inline: [[del:..]] tracked deletion, [[ins:..]] tracked insertion,
                   [[com:anchor||comment]] comment/annotation, [[fn:..]] footnote,
                   [[bm:name|text]] bookmarked text, '¦' run split, '¦¦' split
                   with a proofing-error mark around the following fragment.
  expected: dict RULE -> (verdict, reason), verdict in pass/gap/weak.
"""

RULES = [
    "ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
    "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
    "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06",
]

CONTRACTS = []


def add(**kw):
    assert set(kw["expected"]) == set(RULES), (kw["id"], set(RULES) ^ set(kw["expected"]))
    CONTRACTS.append(kw)


# ---------------------------------------------------------------------------
# c01 electronic monitoring of offenders (txt, classic UK long form)
# ---------------------------------------------------------------------------
C01 = """\
ELECTRONIC MONITORING SERVICES CONTRACT

Contract reference: EMS/2025/014

THIS CONTRACT is dated 3 March 2025

BETWEEN:

(1) THE SECRETARY OF STATE FOR JUSTICE, acting through the Ministry of Justice, of
    102 Petty France, London SW1H 9AJ (the "Authority"); and

(2) TAGLINE MONITORING SERVICES LIMITED, a company registered in England and Wales
    (company number 09876543) whose registered office is at Unit 4, Kestrel Park,
    Daventry NN11 8QT (the "Supplier").

CONTENTS

1.  Definitions and interpretation ........................ 2
2.  Term .................................................. 4
3.  The Services .......................................... 4
4.  Supplier Staff ........................................ 5
12. Ethical Standards ..................................... 9
13. Prevention of Bribery and Fraud ....................... 10
14. Conflicts of Interest ................................. 10
15. Transparency and Freedom of Information ............... 11
16. Gifts and Hospitality ................................. 11
17. Records and Audit ..................................... 12
18. Complaints ............................................ 12
19. Staff Transfer ........................................ 13
20. Termination ........................................... 14
24. Dispute Resolution .................................... 16

BACKGROUND

(A) The Authority is responsible for the electronic monitoring of persons subject to
    court orders, licence conditions and immigration bail.

(B) Following a competitive procurement, the Authority has selected the Supplier to
    provide tag fitting, field services and monitoring centre services.

IT IS AGREED as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Contract:

"Auditor" means the Authority's internal auditors, the Comptroller and Auditor General
and their representatives;

"Conflict of Interest" means a conflict between the financial or personal duties of the
Supplier or the Supplier Staff and the duties owed to the Authority under this Contract;

"Monthly Performance Report" means the report described in paragraph 6 of Schedule 3;

"Prescribed Person" means a person prescribed for the purposes of section 43F of the
Employment Rights Act 1996;

"Prohibited Act" means offering, giving or agreeing to give to any servant of the
Authority any financial or other advantage as an inducement or reward for doing or not
doing any act in relation to this Contract, or committing any offence under the Bribery
Act 2010 or the Fraud Act 2006 in connection with this Contract;

"Subject" means a person required by a court order, licence or bail condition to wear a
monitoring device;

"Supplier Staff" means all persons employed or engaged by the Supplier or any
Sub-contractor in performing the Services;

"Transferring Authority Employees" means the employees listed in Schedule 8.

2. TERM

2.1 This Contract starts on 1 April 2025 and ends on 31 March 2030 unless terminated
earlier under Clause 20.

3. THE SERVICES

3.1 The Supplier shall provide the Services in accordance with Schedule 2
(Specification), including fitting and removal of location and alcohol monitoring
tags within the response times in Schedule 3.

3.2 The Supplier shall comply with the Surveillance Camera Code of Practice and the
Authority's Code of Practice for the Sharing of Electronic Monitoring Data whenever it
processes location data.

4. SUPPLIER STAFF

4.1 The Supplier shall ensure that all Supplier Staff are appropriately trained and
qualified to perform the Services and hold the security vetting required by Schedule 5.

4.2 Field officers shall carry identification at all times when visiting a Subject's
address.

12. ETHICAL STANDARDS

12.1 The Supplier shall comply with, and shall ensure that all Supplier Staff comply
with, the Seven Principles of Public Life (selflessness, integrity, objectivity,
accountability, openness, honesty and leadership) in delivering the Services.

12.2 The Supplier shall procure that each Sub-contractor complies with obligations
equivalent to those in this Clause 12 and in Clauses 13 and 14.

12.3 The Supplier shall maintain a whistleblowing policy under which Supplier Staff may
raise concerns, including with the Authority or a Prescribed Person, and shall not
subject any person to any detriment for raising a concern in good faith.

13. PREVENTION OF BRIBERY AND FRAUD

13.1 The Supplier shall not commit, and shall procure that Supplier Staff do not commit,
any Prohibited Act.

13.2 The Supplier shall create, maintain and enforce adequate policies and procedures to
prevent any Prohibited Act, and shall immediately notify the Authority of any breach of
this Clause 13 or of any investigation relating to a Prohibited Act.

14. CONFLICTS OF INTEREST

14.1 The Supplier shall take action to ensure that neither the Supplier nor any Supplier
Staff is placed in the position of an actual or potential Conflict of Interest, and
shall promptly notify the Authority in writing of any such Conflict of Interest.

14.2 Where a Conflict of Interest arises, the Authority may terminate this Contract or
require the Supplier to take such steps as the Authority thinks necessary to manage or
remove it.

14.3 The Supplier confirms that it has disclosed to the Authority any relationship with
any person involved in the procurement of this Contract, and shall keep that disclosure
up to date throughout the Term.

15. TRANSPARENCY AND FREEDOM OF INFORMATION

15.1 The Supplier shall provide the Authority with full co-operation and the information
it needs to publish the Transparency Information and to comply with any request under
the Freedom of Information Act 2000 or the Environmental Information Regulations 2004.

16. GIFTS AND HOSPITALITY

[Not used]

17. RECORDS AND AUDIT

17.1 The Supplier shall keep full and accurate records relating to this Contract for
seven years after its expiry.

17.2 The Supplier shall allow any Auditor access to its premises, systems and records to
verify the Supplier's compliance with this Contract.

17.3 Within three months after the end of each Contract Year the Supplier shall deliver a
Self Audit Certificate, in the form in Schedule 9, confirming that its financial records
and invoices for that Contract Year are complete and accurate.

18. COMPLAINTS

18.1 The Supplier shall establish and operate an accessible complaints procedure for
Subjects, their families and members of the public, and shall publicise it in the
Subject information pack and on its website.

18.2 The Supplier shall acknowledge each complaint within three Working Days and send a
full response within 20 Working Days, or explain the reason for any delay.

18.3 The Supplier shall include in each Monthly Performance Report the number of
complaints received, resolved, upheld, partially upheld and not upheld, with the action
taken on each.

18.4 The Supplier shall carry out a root cause analysis of complaints each quarter and
shall agree with the Authority an action plan for any recurring theme.

19. STAFF TRANSFER

19.1 The Parties agree that the Transfer of Undertakings (Protection of Employment)
Regulations 2006 apply on the Start Date.

19.2 The Supplier shall employ the Transferring Authority Employees, being former
employees of the Authority, on their existing terms and conditions and shall not dismiss
any of them by reason of the transfer.

20. TERMINATION

20.1 The Authority may terminate this Contract with immediate effect by written notice
where the Supplier commits a breach of Clause 12 (Ethical Standards), Clause 13
(Prevention of Bribery and Fraud) or Clause 14 (Conflicts of Interest), and may instead
require the Supplier to remove from the Services any Supplier Staff whose acts or
omissions caused the breach.

20.2 The Authority may terminate this Contract for convenience on three months' written
notice.

24. DISPUTE RESOLUTION

24.1 The Parties shall attempt in good faith to resolve any dispute arising out of this
Contract through their contract managers within 20 Working Days.

24.2 Any dispute not so resolved shall be referred to mediation under the CEDR Model
Mediation Procedure and, failing settlement, to the courts of England and Wales.

SIGNED for and on behalf of the Authority    SIGNED for and on behalf of the Supplier
"""

add(
    id="c01", name="em_monitoring", fmt="txt", build="hand",
    setting="Electronic monitoring of offenders (MoJ-style), classic UK long form",
    provider='"Supplier"', authority='"Authority" (Secretary of State for Justice)',
    features="definitions, table of contents, [Not used] clause, TUPE clause, cross-references, CEDR dispute clause",
    text=C01,
    expected={
        "ES-01": ("pass", "cl. 12.1 Supplier shall comply with the Seven Principles of Public Life"),
        "ES-02": ("gap", "only technical codes of practice (cl. 3.2 Surveillance Camera Code of Practice, data-sharing code); no code of conduct"),
        "ES-03": ("pass", "cl. 12.2 Supplier shall procure Sub-contractors comply with obligations equivalent to cl. 12-14 (ethics clause)"),
        "ES-04": ("weak", "cl. 4.1 only generic 'appropriately trained and qualified'; no ethics training"),
        "ES-05": ("pass", "cl. 12.3 whistleblowing policy, raise concerns incl. Prescribed Person, no detriment"),
        "ES-06": ("pass", "cl. 13.1-13.2 no Prohibited Act, adequate procedures, immediate notification"),
        "ES-07": ("pass", "cl. 15.1 co-operation to publish Transparency Information and answer FOIA/EIR requests"),
        "ES-08": ("weak", "cl. 17.2 Auditor access to verify 'compliance with this Contract' names neither ethics nor the ethics clauses"),
        "ES-09": ("pass", "cl. 20.1 termination / staff removal for breach of cl. 12 (Ethical Standards), 13, 14"),
        "ES-10": ("gap", "cl. 17.3 Self Audit Certificate covers financial records only; no ethics assurance"),
        "COI-01": ("pass", "cl. 14.1 avoid actual or potential Conflict of Interest and promptly notify"),
        "COI-02": ("pass", "cl. 14.2 Authority may terminate or require steps to manage or remove the conflict"),
        "COI-03": ("gap", "cl. 16 Gifts and Hospitality is '[Not used]'; otherwise only a table-of-contents line"),
        "COI-04": ("gap", "cl. 19.2 'former employees of the Authority' is a TUPE staff-transfer clause (decoy)"),
        "COI-05": ("gap", "no register of interests or declarations"),
        "COI-06": ("pass", "cl. 14.3 Supplier confirms it disclosed relationships with persons involved in the procurement, kept up to date"),
        "CDM-01": ("pass", "cl. 18.1 accessible, publicised complaints procedure for Subjects and the public"),
        "CDM-02": ("pass", "cl. 18.3 complaints received/resolved/upheld in each Monthly Performance Report"),
        "CDM-03": ("gap", "no satisfaction or feedback collection"),
        "CDM-04": ("gap", "only cl. 24 dispute resolution between the parties (CEDR mediation); no Ombudsman co-operation"),
        "CDM-05": ("pass", "cl. 18.4 quarterly root cause analysis of complaints and action plan"),
        "CDM-06": ("pass", "cl. 18.2 acknowledge within three Working Days, full response within 20 Working Days"),
    },
)

# ---------------------------------------------------------------------------
# c02 school meals (txt, terse schedule style)
# ---------------------------------------------------------------------------
C02 = """\
NORTHMOOR BOROUGH COUNCIL
SCHOOL MEALS SERVICE - CONTRACT PARTICULARS AND SCHEDULES
Contract No. NBC/EDU/0425

PARTIES
(1) Northmoor Borough Council, Town Hall, Market Place, Northmoor NM1 1AA (the "Council").
(2) Brightplate Catering Limited (Co. No. 07112233), 9 Foundry Lane, Northmoor NM4 6TT
    (the "Contractor").

TERM            1 September 2025 - 31 August 2030; extension up to 2 years.
SCHOOLS         31 primary schools listed in Schedule 1.
CONDITIONS      Council Standard Conditions for Services (2023 edition), as varied below.

SCHEDULE 2 - SERVICES
2.1  Lot 1: school lunches, incl. Universal Infant Free School Meals. Menus to meet the
     School Food Standards.
2.2  Lot 1: breakfast clubs at schools marked * in Schedule 1.
2.3  Allergen control: named-allergen meals; photo ID cards in every kitchen.
2.4  Lot 2: Hospitality. The Contractor shall provide hospitality catering (buffets,
     refreshments, civic receptions) for Council meetings and civic events on 5 Working
     Days' notice, charged per head at the Lot 2 rates.

SCHEDULE 3 - CONTRACTOR OBLIGATIONS
3.1  The Contractor shall, throughout the Term:
     (a) comply with the Council's Supplier Code of Conduct (Appendix C);
     (b) train all Staff, at induction and annually, on the Supplier Code of Conduct and
         on how to raise concerns; keep training records;
     (c) operate a confidential reporting line for Staff; not victimise any person who
         raises a concern in good faith;
     (d) not offer, give or accept any bribe or other inducement or reward; keep
         adequate procedures under the Bribery Act 2010; notify the Council at once of
         any breach;
     (e) avoid any actual or potential conflict of interest of the Contractor or its
         Staff; notify the Council in writing within 5 Working Days of any that arises;
     (f) keep a register of interests for all Staff who choose food suppliers or set
         menus; obtain annual declarations (nil returns included); copy the register
         to the Council each September;
     (g) use reasonable endeavours to procure that its Sub-contractors comply with
         Appendix C.

3.2  Complaints. The Contractor shall:
     (a) operate a complaints procedure for pupils, parents and carers, set out in each
         school's meals leaflet;
     (b) acknowledge complaints within 3 Working Days; send a full reply within 10
         Working Days;
     (c) provide details of complaints to the Council on request.

3.3  The Contractor is encouraged to review complaint trends each term and discuss them
     with head teachers.

3.4  Satisfaction. The Contractor shall run a pupil and parent satisfaction survey each
     spring term and report the results to the Council by 31 May.

SCHEDULE 4 - COUNCIL OBLIGATIONS
4.1  The Council shall:
     (a) ensure that its officers observe the Seven Principles of Public Life in all
         dealings connected with this Contract;
     (b) pay undisputed invoices within 30 days of receipt;
     (c) give 5 Working Days' notice of planned school closures.

SCHEDULE 5 - MONITORING AND PAYMENT
5.1  The Contractor shall give the Council's internal auditors access to its invoices,
     meal-count returns and accounts for this Contract on 10 Working Days' notice.
5.2  KPIs (monthly):
     KPI 1  Meal uptake (KS2)              >= 60%
     KPI 2  Allergen incidents             0
     KPI 3  Food hygiene rating, all sites 5
5.3  Service credits: Appendix D.

SCHEDULE 6 - DEFAULT AND TERMINATION
6.1  The Council may terminate this Contract by notice if the Contractor commits a
     material breach that is not remedied within 20 Working Days of a notice requiring
     it to be remedied.
6.2  Step-in: Council Standard Conditions, clause 31.

Signed for the Council: .................   Signed for the Contractor: .................
"""

add(
    id="c02", name="school_meals", fmt="txt", build="hand",
    setting="Primary school meals, district council; terse schedule style",
    provider='"Contractor"', authority='"Council"',
    features="terse lead-in + list items, catering 'Hospitality' service line, Council-obligation schedule, KPI list",
    text=C02,
    expected={
        "ES-01": ("gap", "Sch. 4.1(a) Seven Principles bind only the Council's officers (wrong party)"),
        "ES-02": ("pass", "Sch. 3.1(a) Contractor shall comply with the Council's Supplier Code of Conduct"),
        "ES-03": ("weak", "Sch. 3.1(g) only 'reasonable endeavours' to procure Sub-contractors comply with Appendix C"),
        "ES-04": ("pass", "Sch. 3.1(b) train all Staff at induction and annually on the Supplier Code of Conduct and raising concerns; keep records"),
        "ES-05": ("pass", "Sch. 3.1(c) confidential reporting line; no victimisation of good-faith reporters"),
        "ES-06": ("pass", "Sch. 3.1(d) no bribe/inducement; adequate procedures under Bribery Act 2010; notify breach"),
        "ES-07": ("gap", "no transparency/FOI co-operation"),
        "ES-08": ("gap", "Sch. 5.1 auditor access to invoices, meal-count returns and accounts only (financial audit)"),
        "ES-09": ("weak", "Sch. 6.1 termination for unremedied material breach only, no ethics link"),
        "ES-10": ("gap", "no assurance or certificate"),
        "COI-01": ("pass", "Sch. 3.1(e) avoid actual or potential conflict of interest; notify within 5 Working Days"),
        "COI-02": ("gap", "no mitigation, direction or termination for conflicts"),
        "COI-03": ("gap", "only Sch. 2.4 Lot 2 'Hospitality' catering service line (decoy)"),
        "COI-04": ("gap", "no former-officials provision"),
        "COI-05": ("pass", "Sch. 3.1(f) register of interests, annual declarations incl. nil returns, copy to Council"),
        "COI-06": ("gap", "no procurement-stage disclosure"),
        "CDM-01": ("pass", "Sch. 3.2(a) complaints procedure for pupils, parents and carers, set out in meals leaflet"),
        "CDM-02": ("weak", "Sch. 3.2(c) complaint details only on request"),
        "CDM-03": ("pass", "Sch. 3.4 pupil and parent satisfaction survey each spring term, reported to Council"),
        "CDM-04": ("gap", "no Ombudsman or independent escalation"),
        "CDM-05": ("weak", "Sch. 3.3 Contractor 'is encouraged to' review complaint trends"),
        "CDM-06": ("pass", "Sch. 3.2(b) acknowledge within 3 Working Days, full reply within 10 Working Days"),
    },
)

# ---------------------------------------------------------------------------
# c03 US city animal shelter (txt, US run-on style)
# ---------------------------------------------------------------------------
C03 = """\
CITY OF FAIRMONT RIDGE, OREGON
PROFESSIONAL SERVICES AGREEMENT - ANIMAL SHELTER OPERATIONS
Agreement No. PS-2025-118

This Professional Services Agreement ("Agreement") is entered into as of July 1, 2025
("Effective Date") by and between the CITY OF FAIRMONT RIDGE, an Oregon municipal
corporation ("City"), and CASCADIA ANIMAL WELFARE SERVICES, INC., an Oregon nonprofit
public benefit corporation ("Contractor").

RECITALS

WHEREAS, City owns the Fairmont Ridge Animal Shelter located at 2200 Kiln Road (the
"Shelter") and desires to contract for its operation; and

WHEREAS, Contractor was selected pursuant to Request for Proposals No. 25-07;

NOW, THEREFORE, in consideration of the mutual covenants herein, the parties agree as
follows:

SECTION 1. SCOPE OF SERVICES

1.1 Contractor shall operate the Shelter, including without limitation animal intake,
stray hold, veterinary care, adoption, licensing support and lost-and-found services, in
accordance with Exhibit A (Scope of Work) and all applicable federal, state and local
laws.

SECTION 4. PERSONNEL

4.1 Contractor shall furnish all personnel necessary to perform the Services, and such
personnel shall be employees or volunteers of Contractor and not of City.

4.2 Contractor shall ensure that all Shelter staff and volunteers complete animal
handling, humane euthanasia, zoonotic disease and workplace safety training before
working unsupervised, and Contractor shall maintain records of such training.

SECTION 9. STANDARDS OF CONDUCT

9.1 Contractor covenants and agrees that it shall, and shall cause its employees, agents
and subcontractors to, perform the Services at all times with selflessness, integrity,
objectivity, accountability, openness, honesty and leadership, and in a manner that
maintains public confidence in City.

9.2 Contractor shall adopt, maintain and enforce a written code of ethics applicable to
all of its officers, employees and volunteers engaged in the Services, and shall provide
a copy thereof to City upon execution of this Agreement.

9.3 Contractor shall include in each subcontract entered into under this Agreement
provisions no less onerous than those of Sections 9 through 12, including without
limitation the requirements relating to ethics, gratuities and conflicts of interest,
and shall enforce such provisions.

SECTION 10. GRATUITIES AND KICKBACKS

10.1 Contractor shall not, directly or indirectly, offer, give or agree to give any gift,
gratuity, hospitality, favor or other thing of value to any City officer or employee
involved in the award, administration or monitoring of this Agreement.

10.2 Contractor shall not offer, pay, solicit or accept any kickback, bribe or other
inducement or reward in connection with this Agreement, shall maintain adequate
procedures designed to prevent any such conduct by its employees, agents and
subcontractors, and shall notify City immediately upon becoming aware of any violation
of this Section 10.

10.3 Within thirty (30) days after the Effective Date, and annually thereafter on each
anniversary of the Effective Date, Contractor shall certify in writing to City that it
has complied with Section 10.2.

SECTION 11. CONFLICTS OF INTEREST

11.1 Contractor shall avoid any actual, potential or perceived conflict of interest,
including without limitation any personal, professional or financial interest of
Contractor or its personnel that conflicts or may conflict with its obligations under
this Agreement, and shall notify City in writing within five (5) business days after
becoming aware of any such conflict.

11.2 Contractor may submit to City a proposed mitigation plan for any conflict so
notified.

11.3 For twelve (12) months after the Effective Date, Contractor shall not employ or
engage, in any capacity connected with this Agreement, any former officer or employee of
City who participated in the solicitation, evaluation or award of this Agreement,
without the prior written consent of the City Manager.

11.4 Contractor certifies that neither it nor any of its principals is presently
debarred, suspended, proposed for debarment or declared ineligible by any federal, state
or local agency, or has within the preceding three (3) years been convicted of a
criminal offense in connection with obtaining or performing a public contract.

SECTION 12. WHISTLEBLOWER PROTECTION

12.1 Contractor shall maintain a procedure by which its employees and volunteers may
raise concerns confidentially, and Contractor shall not discharge, demote, suspend,
threaten, harass or otherwise retaliate against any employee or volunteer who in good
faith reports to Contractor, City or any governmental agency any suspected violation of
law or of this Agreement, consistent with ORS 659A.199.

SECTION 13. PUBLIC RECORDS AND TRANSPARENCY

13.1 Contractor acknowledges that City is subject to the Oregon Public Records Law, ORS
192.311 to 192.478, and Contractor shall cooperate fully and promptly with City,
including without limitation by producing records in its possession within five (5)
business days of City's request, to enable City to respond to any request for
information under that law and to meet City's transparency obligations.

13.2 Contractor shall provide the quarterly report described in Section 15.3 in a form
suitable for City to publish on its website.

SECTION 14. AUDIT AND MONITORING

14.1 City and its designated auditors may audit and monitor Contractor's compliance with
Sections 9 through 12, including without limitation its ethics, gratuity, conflict of
interest and whistleblower obligations, and Contractor shall provide access to its
books, records, personnel and premises for that purpose upon ten (10) business days'
notice.

SECTION 15. COMPLAINTS, REPORTING AND SURVEYS

15.1 Contractor shall establish, publicize at the Shelter and on its website, and operate
a written procedure for receiving, investigating and resolving complaints from members
of the public, adopters and owners concerning the Services.

15.2 Contractor is encouraged to acknowledge each complaint within three (3) business days
and to provide a written response within fifteen (15) business days.

15.3 Contractor shall deliver to City, within fifteen (15) days after the end of each
calendar quarter, a written report setting forth, without limitation, intake and outcome
statistics, the number of complaints received, resolved and substantiated, and a summary
of the subject matter of each complaint.

15.4 Contractor shall conduct a customer satisfaction survey of adopters and members of
the public using the Shelter at least once in each calendar year and shall report the
results to City within thirty (30) days after completing the survey.

SECTION 18. TERMINATION

18.1 City may terminate this Agreement, in whole or in part, for its convenience and
without cause, upon ninety (90) days' prior written notice to Contractor.

18.2 Upon any termination, Contractor shall be paid for Services satisfactorily rendered
through the effective date of termination.

SECTION 20. GENERAL PROVISIONS

20.1 This Agreement shall be governed by the laws of the State of Oregon. Venue shall lie
in the Circuit Court for Lane County.

20.2 In the event of any conflict between this Agreement and any Exhibit, this Agreement
shall control.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.

CITY OF FAIRMONT RIDGE                    CASCADIA ANIMAL WELFARE SERVICES, INC.
By: ______________________               By: ______________________
    City Manager                              Executive Director
"""

add(
    id="c03", name="animal_shelter_us", fmt="txt", build="hand",
    setting="US city (Oregon) animal shelter operations; run-on 'covenants and agrees' style",
    provider='"Contractor"', authority='"City"',
    features="US drafting, 'including without limitation', debarment certification, convenience-only termination, precedence clause",
    text=C03,
    expected={
        "ES-01": ("pass", "s. 9.1 Contractor shall perform with selflessness, integrity, objectivity, accountability, openness, honesty and leadership (all seven words)"),
        "ES-02": ("pass", "s. 9.2 Contractor shall adopt, maintain and enforce a written code of ethics"),
        "ES-03": ("pass", "s. 9.3 subcontract provisions no less onerous than ss. 9-12 (ethics, gratuities, conflicts)"),
        "ES-04": ("gap", "s. 4.2 training is animal handling, euthanasia, zoonotic disease and safety only (technical)"),
        "ES-05": ("pass", "s. 12.1 confidential procedure to raise concerns; no retaliation against good-faith reporters"),
        "ES-06": ("pass", "s. 10.2 no kickback, bribe or inducement; adequate procedures; notify City immediately"),
        "ES-07": ("pass", "s. 13.1 cooperate with public records requests and City's transparency obligations; s. 13.2 report for publication on website"),
        "ES-08": ("pass", "s. 14.1 City may audit and monitor compliance with ss. 9-12 (ethics, gratuity, conflict, whistleblower)"),
        "ES-09": ("gap", "s. 18.1 termination only for convenience; no remedy linked to ethical breach"),
        "ES-10": ("weak", "s. 10.3 annual certificate covers s. 10.2 (kickbacks) only: one-topic certificate"),
        "COI-01": ("pass", "s. 11.1 avoid actual, potential or perceived conflict; notify City within five business days"),
        "COI-02": ("weak", "s. 11.2 Contractor 'may' submit a mitigation plan; no City direction or termination right"),
        "COI-03": ("pass", "s. 10.1 Contractor shall not give any gift, gratuity or hospitality to City officers"),
        "COI-04": ("pass", "s. 11.3 shall not engage former City officers/employees involved in the award for 12 months without consent"),
        "COI-05": ("gap", "no register of interests or declarations"),
        "COI-06": ("gap", "s. 11.4 debarment/conviction self-certification only (exclusion-ground decoy)"),
        "CDM-01": ("pass", "s. 15.1 publicized complaints procedure for members of the public, adopters and owners"),
        "CDM-02": ("pass", "s. 15.3 quarterly report with complaints received, resolved and substantiated"),
        "CDM-03": ("pass", "s. 15.4 annual customer satisfaction survey reported to City"),
        "CDM-04": ("gap", "no Ombudsman or independent escalation"),
        "CDM-05": ("gap", "no analysis of or learning from complaints"),
        "CDM-06": ("weak", "s. 15.2 Contractor 'is encouraged to' acknowledge in 3 and respond in 15 business days"),
    },
)

# ---------------------------------------------------------------------------
# c04 NZ Ministry equipment store (txt, NZ plain-English 'must')
# ---------------------------------------------------------------------------
C04 = """\
AGREEMENT FOR SERVICES
Equipment and Modification Services: Equipment Store and Logistics
Agreement number: WK-EMS-2025-07

PARTIES

Whaikaha - Ministry of Disabled People (the Ministry)

Equipdirect Limited (NZBN 9429041234567), a company registered in New Zealand, of
18 Carbine Road, Mt Wellington, Auckland 1060 (the Provider)

BACKGROUND

A. The Ministry funds equipment for disabled people assessed as eligible by approved
   assessors.
B. The Provider has agreed to run the national equipment store on the terms below.

PART A - AGREEMENT DETAILS

Start date: 1 July 2025        End date: 30 June 2028 (right of renewal: 2 x 1 year)
Funding: as set out in Schedule 2 (monthly in arrears on receipt of a valid invoice)

PART B - TERMS

1. Interpretation
1.1 Business day means a day other than a Saturday, Sunday or public holiday in
    Wellington.
1.2 Equipment User means a person to whom Equipment is issued under this Agreement.
1.3 If there is any conflict or inconsistency between these Terms and a Schedule, these
    Terms prevail.

2. Services
2.1 The Provider must receive, store, clean, refurbish and deliver Equipment
    (wheelchairs, hoists, beds and bathing aids) to Equipment Users as directed by
    assessors, within the delivery times in Schedule 1.

3. Personnel
3.1 The Provider must ensure that all Personnel who enter an Equipment User's home are
    safety checked under the Children's Act 2014.
3.2 The Provider must ensure all Personnel complete integrity training, covering the
    Government Supplier Code and fraud and corruption awareness, within three months of
    starting and every two years after that, and must keep records of completion for
    inspection by the Ministry.

8. Standards of conduct
8.1 The Ministry expects the Provider and its Personnel to uphold the standards of
    conduct expected of holders of public office when delivering the Services.
8.2 The Provider must meet the standards in the Government Supplier Code (the supplier
    code of conduct issued by New Zealand Government Procurement) and must ensure its
    Personnel do so.
8.3 The Provider must flow down to each Subcontractor obligations no less onerous than
    those in clauses 8 to 10, and must enforce them.

9. Fraud and corruption
9.1 The Provider must not commit or allow any act of fraud, bribery or corruption in
    connection with this Agreement, and must have in place and enforce procedures
    designed to prevent it.

10. Gifts and hospitality
10.1 The Provider must not offer or give any gift or hospitality to any Ministry
     employee involved with this Agreement, and must record in a gifts and hospitality
     register all gifts and hospitality offered to or received by its Personnel from any
     equipment manufacturer or assessor.

11. Monitoring and audit
11.1 The Ministry may monitor and audit the Provider's compliance with clauses 8 to 10,
     and the Provider must give the Ministry (or its auditor) access to its premises,
     records and Personnel for that purpose on five business days' notice.

12. Annual compliance statement
12.1 By 31 July each year the Provider must give the Ministry an annual compliance
     statement, signed by a director, confirming that the Provider has complied with
     clauses 8 to 10 and that it has in place the systems, policies and board oversight
     needed to support those standards.

13. Complaints
13.1 The Provider must have a complaints process for Equipment Users and their whanau
     that meets Right 10 of the Code of Health and Disability Services Consumers'
     Rights, and must tell Equipment Users how to use it at every delivery.
13.2 The Provider must acknowledge each complaint in writing within five business days
     of receiving it and must give the complainant its decision within 20 business days,
     or tell the complainant why more time is needed.
13.3 The Provider must co-operate fully with any investigation of a complaint by the
     Ministry, the Health and Disability Commissioner or the Ombudsman, and must
     implement any recommendation they make.

14. Reporting
14.1 The Provider must give the Ministry a quarterly report by the 20th business day
     after each quarter, covering stock levels, delivery times and the number of
     complaints received, resolved, upheld and not upheld.
14.2 The Provider may survey Equipment Users about their experience of the Services and,
     if it does, may share a summary of the results with the Ministry.

15. Confidentiality
15.1 Each party must keep the other party's Confidential Information confidential and
     must not disclose it except as required by law or with the other party's written
     consent.

16. Ending this Agreement
16.1 The Ministry may end this Agreement immediately by notice if the Provider breaches
     clause 9 (Fraud and corruption) or clause 10 (Gifts and hospitality), and may
     require the Provider to remove from the Services any Personnel involved in the
     breach.
16.2 Either party may end this Agreement by giving the other three months' notice.

17. Disputes
17.1 The parties will first try to resolve any dispute by negotiation, then by mediation
     under the Resolution Institute's mediation rules.

SIGNED for the Ministry by its authorised delegate     SIGNED for the Provider by its director
"""

add(
    id="c04", name="nz_equipment_store", fmt="txt", build="hand",
    setting="NZ Ministry (Whaikaha) equipment store and logistics (OT/disability equipment)",
    provider="the Provider", authority="the Ministry",
    features="NZ plain-English 'must', precedence clause, confidentiality-only clause, HDC Code of Rights",
    text=C04,
    expected={
        "ES-01": ("weak", "cl. 8.1 Ministry only 'expects' the Provider to uphold standards of conduct of holders of public office"),
        "ES-02": ("pass", "cl. 8.2 Provider must meet the Government Supplier Code (supplier code of conduct)"),
        "ES-03": ("pass", "cl. 8.3 flow down to Subcontractors obligations no less onerous than cl. 8-10"),
        "ES-04": ("pass", "cl. 3.2 integrity training on the Supplier Code and fraud/corruption; records kept"),
        "ES-05": ("gap", "no speaking-up route, breach reporting or non-retaliation"),
        "ES-06": ("pass", "cl. 9.1 must not commit or allow fraud, bribery or corruption; prevention procedures"),
        "ES-07": ("gap", "only cl. 15.1 confidentiality; no transparency or official-information co-operation"),
        "ES-08": ("pass", "cl. 11.1 Ministry may monitor and audit compliance with cl. 8-10"),
        "ES-09": ("pass", "cl. 16.1 end immediately / remove Personnel for breach of cl. 9 or 10"),
        "ES-10": ("pass", "cl. 12.1 annual compliance statement signed by a director, with supporting systems and board oversight"),
        "COI-01": ("gap", "only cl. 1.3 precedence 'conflict or inconsistency' (decoy)"),
        "COI-02": ("gap", "no conflict mitigation or termination"),
        "COI-03": ("pass", "cl. 10.1 no gifts or hospitality to Ministry employees; gifts and hospitality register"),
        "COI-04": ("gap", "no former-officials provision"),
        "COI-05": ("gap", "no register of interests or declarations"),
        "COI-06": ("gap", "no procurement-stage disclosure"),
        "CDM-01": ("pass", "cl. 13.1 complaints process for Equipment Users meeting Right 10 of the Code of Rights"),
        "CDM-02": ("pass", "cl. 14.1 quarterly report of complaints received, resolved, upheld and not upheld"),
        "CDM-03": ("weak", "cl. 14.2 Provider 'may' survey Equipment Users and 'may' share results"),
        "CDM-04": ("pass", "cl. 13.3 co-operate with Health and Disability Commissioner / Ombudsman and implement recommendations"),
        "CDM-05": ("gap", "no analysis of or learning from complaints"),
        "CDM-06": ("pass", "cl. 13.2 acknowledge within five business days, decision within 20 business days"),
    },
)

# ---------------------------------------------------------------------------
# c05 public health sexual health service (md, KPI table)
# ---------------------------------------------------------------------------
C05 = """\
# Integrated Sexual Health Service: Service Contract

**Contract reference:** WCC-PH-2025-031
**Commissioning service:** Public Health, Wexcombe County Council

## Parties

This Contract is made between:

1. **Wexcombe County Council**, County Hall, Wexcombe WX1 2CH (the **"Council"**); and
2. **Solent Vale Community Health CIC**, a community interest company (company number 08765432), whose registered office is at 40 Harbour Road, Wexcombe WX3 7PL (the **"Provider"**).

## 1. Definitions

- **"Decision-Making Staff"** means Staff who can influence the Provider's spending, clinical pathways or choice of sub-contracted laboratory services.
- **"Service User"** means any person who uses the Service.
- **"Staff"** means all persons employed or engaged by the Provider in delivering the Service.

## 2. The Service

2.1 The Provider shall deliver open-access sexual health and contraception services at the hub clinic in Wexcombe and at four spoke clinics, including online STI testing.[^1]

## 8. Standards of Conduct

8.1 The Provider shall ensure that it and its Staff adhere to the Nolan Principles (the Seven Principles of Public Life) in delivering the Service.

8.2 The Council expects the Provider to meet the standards set out in the Supplier Code of Conduct.

8.3 [Guidance: insert an annual ethics attestation requirement here where the Provider is not an NHS body, for example "The Provider shall provide an annual statement signed by a board member confirming compliance with Clause 8".]

## 9. Speaking Up

9.1 The Provider shall appoint a Freedom to Speak Up Guardian and shall ensure that Staff can raise concerns, including directly with the Council, without suffering any detriment.

9.2 The Provider shall ensure that all Staff complete Freedom to Speak Up training and conflicts of interest training at induction and annually thereafter, and shall keep training records, which shall be made available to the Council.

## 10. Counter Fraud and Bribery

10.1 The Provider shall put in place and maintain adequate counter fraud and anti-bribery policies and procedures in line with the NHS Counter Fraud Authority's requirements, and shall notify the Council immediately of any suspected fraud or bribery relating to the Service.

## 11. Conflicts of Interest

11.1 The Provider shall comply with *Managing Conflicts of Interest in the NHS* and shall promptly notify the Council of any actual or potential conflict of interest affecting the Provider or its Staff.

11.2 Where a conflict of interest is notified, the Provider shall take such steps to manage or remove it as the Council reasonably directs.

11.3 The Provider shall maintain a register of interests for its Decision-Making Staff, obtain a declaration of interests (or a nil declaration) from each of them on appointment and annually, and provide the register to the Council each quarter.

## 12. Information

12.1 The Provider is encouraged to publish its performance against the Key Performance Indicators on its website.

## 13. Contract Management

13.1 The Provider shall attend quarterly contract review meetings with the Council, at which the Provider's compliance with Clauses 8 to 11 (standards of conduct, speaking up, counter fraud and conflicts of interest) shall be reviewed.

## 14. Gifts and Hospitality

## 15. Complaints and Service User Experience

15.1 The Provider shall operate a complaints procedure for Service Users which complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, and shall make it available at every clinic and on the online booking pages.

15.2 The Provider shall co-operate with any investigation by the Parliamentary and Health Service Ombudsman or the Local Government and Social Care Ombudsman and shall implement any recommendation made.

15.3 The Provider shall review complaints and Friends and Family Test results each quarter, identify lessons learned, and agree an action plan with the Council wherever results fall below the agreed satisfaction level.

## 16. Duration, Sub-contracting and Termination

16.1 This Contract runs from 1 April 2025 to 31 March 2030.

16.2 The Provider shall not sub-contract any part of the Service without the Council's prior written consent.

16.3 The Council may terminate this Contract for convenience by giving six months' written notice.

## Schedule 4: Key Performance Indicators

The Provider shall meet the following Key Performance Indicators:

| KPI | Obligation | Target | Reporting |
|-----|------------|--------|-----------|
| KPI 1 | The Provider shall offer an appointment within 48 hours of first contact | 98% | Monthly |
| KPI 2 | The Provider shall return STI test results within 7 days of sampling | 95% | Monthly |
| KPI 5 | The Provider shall acknowledge each complaint within 3 working days and send a full response within 25 working days | 100% | Quarterly |
| KPI 6 | The Provider shall collect Friends and Family Test responses from Service Users and report the results to the Council | 15% response rate | Monthly |
| KPI 7 | The Provider shall submit to the Council a quarterly complaints return showing complaints received, upheld, partially upheld and not upheld | By day 15 after quarter end | Quarterly |

[^1]: Service model as described in the Council's Public Health Commissioning Intentions 2024-2027.
"""

add(
    id="c05", name="sexual_health_clinic", fmt="md", build="hand",
    setting="Public health integrated sexual health service (county council commissioner, CIC provider)",
    provider='"Provider"', authority='"Council"',
    features="markdown headings, KPI table rows as obligations, heading with no body, [Guidance] note, footnote, consent-to-subcontract",
    text=C05,
    expected={
        "ES-01": ("pass", "cl. 8.1 Provider shall ensure it and its Staff adhere to the Nolan Principles"),
        "ES-02": ("weak", "cl. 8.2 Council only 'expects' the Provider to meet the Supplier Code of Conduct"),
        "ES-03": ("gap", "only cl. 16.2 consent to sub-contract; no ethical flow-down"),
        "ES-04": ("pass", "cl. 9.2 FTSU and conflicts of interest training at induction and annually; records kept"),
        "ES-05": ("pass", "cl. 9.1 FTSU Guardian; Staff can raise concerns incl. with the Council without detriment"),
        "ES-06": ("pass", "cl. 10.1 adequate counter fraud and anti-bribery procedures; notify suspected fraud"),
        "ES-07": ("weak", "cl. 12.1 Provider only 'is encouraged to' publish performance on its website"),
        "ES-08": ("pass", "cl. 13.1 compliance with cl. 8-11 (ethics) reviewed at quarterly contract review meetings"),
        "ES-09": ("gap", "only cl. 16.3 termination for convenience; no ethics-linked remedy"),
        "ES-10": ("gap", "cl. 8.3 is a [Guidance: insert ...] drafting note only"),
        "COI-01": ("pass", "cl. 11.1 comply with Managing Conflicts of Interest in the NHS; promptly notify conflicts"),
        "COI-02": ("pass", "cl. 11.2 Provider shall manage or remove notified conflicts as the Council directs"),
        "COI-03": ("gap", "cl. 14 'Gifts and Hospitality' is a heading with no body"),
        "COI-04": ("gap", "no former-officials provision"),
        "COI-05": ("pass", "cl. 11.3 register of interests for Decision-Making Staff, declarations incl. nil, provided quarterly"),
        "COI-06": ("gap", "no procurement-stage disclosure"),
        "CDM-01": ("pass", "cl. 15.1 complaints procedure complying with the 2009 Complaints Regulations, available at clinics"),
        "CDM-02": ("pass", "Sch. 4 KPI 7 quarterly complaints return (received, upheld, partially upheld, not upheld)"),
        "CDM-03": ("pass", "Sch. 4 KPI 6 collect Friends and Family Test responses and report to the Council"),
        "CDM-04": ("pass", "cl. 15.2 co-operate with PHSO/LGSCO and implement recommendations"),
        "CDM-05": ("pass", "cl. 15.3 quarterly review, lessons learned, action plan below agreed satisfaction level"),
        "CDM-06": ("pass", "Sch. 4 KPI 5 acknowledge within 3 working days, full response within 25 working days"),
    },
)

# ---------------------------------------------------------------------------
# c06 Scottish council grounds maintenance (md, Scots-law 'undertakes to')
# ---------------------------------------------------------------------------
C06 = """\
# Minute of Agreement: Grounds Maintenance and Arboricultural Services

**Contract No.** IBC/ENV/2025/009 - Lot 1 (North Area)

## Parties

MINUTE OF AGREEMENT between

**INVERBRAE COUNCIL**, a local authority constituted under the Local Government etc. (Scotland) Act 1994, having its principal office at Council Headquarters, Harbour Road, Inverbrae IV99 1AB (the "**Council**")

and

**GLENHAUGH LANDSCAPES LIMITED**, incorporated under the Companies Acts (registered number SC512345) and having its registered office at 14 Mill Wynd, Glenhaugh KY99 2CD (the "**Contractor**").

WHEREAS the Council invited tenders for grounds maintenance by a notice published on Public Contracts Scotland and has accepted the Contractor's Tender: NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:

## 3. The Services

3.1 The Contractor undertakes to carry out grass cutting, shrub and rose bed maintenance, hedge cutting, litter picking in parks and the arboricultural works described in the Specification.

3.2 The Contractor undertakes to inspect every Council tree on the Tree Register once a year and to report to the Council within 24 hours any defect affecting the structural integrity of a tree.

## 5. Personnel

5.1 The Contractor undertakes that all Personnel operating machinery or chainsaws shall hold the relevant LANTRA or NPTC certificate.

5.2 The Contractor undertakes to provide an induction programme for all Personnel before they start work on any Site.

5.3 The Council's employees are bound by the Council's Code of Conduct for Employees in all dealings under this Contract.

## 11. Prevention of Bribery and Fraud

11.1 The Contractor undertakes not to commit any Prohibited Act, to maintain adequate procedures to prevent bribery within the meaning of section 7 of the Bribery Act 2010, and to notify the Council forthwith of any breach of this Clause 11.

## 12. Conflicts of Interest

12.1 The Contractor undertakes to avoid any situation in which it or any of its Personnel has an interest which conflicts or may conflict with its duties under this Contract, and to notify the Council in writing forthwith of any such conflict of interest.

12.2 On receipt of such notice, the Council may require the Contractor to take such steps as the Council considers necessary to remove or manage the conflict, or may terminate this Contract with immediate effect.

12.3 The Contractor confirms that it disclosed in its Tender every relationship between it and any person involved in the procurement of this Contract, and undertakes to update that disclosure should any new relationship arise, for the purposes of the Council's conflicts assessment.

12.4 The Contractor is encouraged to maintain a register of interests for its directors and contract managers.

12.5 The Contractor undertakes to notify the Council before engaging, in connection with this Contract, any former employee or elected member of the Council who within the preceding 24 months was involved in the procurement or management of this Contract.

## 13. Whistleblowing

13.1 The Contractor undertakes to maintain a whistleblowing procedure through which Personnel may raise concerns, including with the Council, and undertakes not to subject any person to any detriment for making a protected disclosure.

## 14. Sub-contracting

14.1 The Contractor shall not sub-contract any part of the Services without the Council's prior written consent, which shall not be unreasonably withheld.

14.2 The Contractor undertakes to impose on each Sub-contractor obligations equivalent to those in Clauses 11 (Prevention of Bribery and Fraud), 12 (Conflicts of Interest) and 13 (Whistleblowing).

## 15. Freedom of Information

15.1 The Contractor acknowledges that the Council is subject to the Freedom of Information (Scotland) Act 2002 and the Environmental Information (Scotland) Regulations 2004, and undertakes to provide all assistance and information the Council requests, within 5 Working Days, to enable it to respond to any request for information.

## 16. Complaints

16.1 The Contractor undertakes to operate a complaints handling procedure for residents and members of the public which is consistent with the SPSO Model Complaints Handling Procedure.

16.2 The Contractor undertakes to respond to frontline (Stage 1) complaints within 5 Working Days and, for investigation (Stage 2) complaints, to acknowledge them within 3 Working Days and respond within 20 Working Days.

16.3 The Contractor undertakes to co-operate with the Scottish Public Services Ombudsman in any investigation of a complaint concerning the Services and to implement any recommendation the SPSO makes.

16.4 The Contractor undertakes to submit to the Council, within 10 Working Days after the end of each quarter, a return showing the number of complaints received, the number closed at each stage and their outcomes.

## 20. Termination

20.1 The Council may terminate this Contract by notice with immediate effect if the Contractor commits a breach of Clause 11 (Prevention of Bribery and Fraud) or Clause 12 (Conflicts of Interest).

## 25. Governing Law

25.1 This Contract is governed by the law of Scotland and the parties prorogate the exclusive jurisdiction of the Scottish courts.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages are subscribed for and on behalf of the Council and the Contractor at Inverbrae on the dates below.
"""

add(
    id="c06", name="grounds_maintenance_scotland", fmt="md", build="hand",
    setting="Scottish council grounds maintenance and arboriculture (Scots-law minute of agreement)",
    provider='"Contractor"', authority='"Council"',
    features="'undertakes to' cues, 'structural integrity' decoy, authority employee code, SPSO model CHP",
    text=C06,
    expected={
        "ES-01": ("gap", "only 'structural integrity of a tree' (cl. 3.2); no Seven Principles"),
        "ES-02": ("gap", "cl. 5.3 Council's Code of Conduct for Employees binds Council employees only"),
        "ES-03": ("pass", "cl. 14.2 impose on Sub-contractors obligations equivalent to cl. 11-13 (bribery, conflicts, whistleblowing)"),
        "ES-04": ("weak", "cl. 5.2 generic induction programme for all Personnel; ethics not named"),
        "ES-05": ("pass", "cl. 13.1 whistleblowing procedure; no detriment for protected disclosure"),
        "ES-06": ("pass", "cl. 11.1 no Prohibited Act, adequate procedures (Bribery Act s.7), notify breach"),
        "ES-07": ("pass", "cl. 15.1 assistance with FOI (Scotland) Act / EIR (Scotland) requests"),
        "ES-08": ("gap", "no audit or monitoring of ethical compliance"),
        "ES-09": ("pass", "cl. 20.1 termination for breach of cl. 11 (bribery and fraud) or cl. 12 (conflicts)"),
        "ES-10": ("gap", "no assurance or certificate"),
        "COI-01": ("pass", "cl. 12.1 avoid interest which conflicts or may conflict; notify forthwith"),
        "COI-02": ("pass", "cl. 12.2 Council may require steps to remove or manage the conflict, or terminate"),
        "COI-03": ("gap", "no gifts or hospitality provision"),
        "COI-04": ("pass", "cl. 12.5 notify before engaging former employees or members involved in the procurement within 24 months"),
        "COI-05": ("weak", "cl. 12.4 Contractor only 'is encouraged to' keep a register of interests"),
        "COI-06": ("pass", "cl. 12.3 confirms disclosure in Tender of relationships with persons in the procurement; kept updated"),
        "CDM-01": ("pass", "cl. 16.1 complaints handling procedure consistent with the SPSO Model CHP"),
        "CDM-02": ("pass", "cl. 16.4 quarterly complaints return to the Council"),
        "CDM-03": ("gap", "no satisfaction or feedback collection"),
        "CDM-04": ("pass", "cl. 16.3 co-operate with the SPSO and implement its recommendations"),
        "CDM-05": ("gap", "no analysis of or learning from complaints"),
        "CDM-06": ("pass", "cl. 16.2 Stage 1 in 5 WD; Stage 2 acknowledge in 3 WD, respond in 20 WD"),
    },
)

# ---------------------------------------------------------------------------
# c07 Canadian provincial community corrections rehabilitation (md)
# ---------------------------------------------------------------------------
C07 = """\
# Service Agreement: Community Corrections Adult Reintegration Programs

*Agreement No. NSJ-CC-2025-044*

THIS AGREEMENT is made as of the 1st day of April, 2025.

**BETWEEN:**

**HIS MAJESTY THE KING IN RIGHT OF THE PROVINCE OF NOVA SCOTIA**, as represented by the Minister of Justice (the "**Province**")

**AND:**

**HARBOUR PATH REINTEGRATION SOCIETY**, a society incorporated under the *Societies Act* (Nova Scotia), of 71 Gottingen Street, Halifax, Nova Scotia (the "**Service Provider**")

## Article 1 - Definitions

In this Agreement:

- "**Participant**" means an adult under a probation order or conditional sentence order who is referred to the Program by Community Corrections;
- "**Personnel**" means the employees, volunteers and subcontractors of the Service Provider;
- "**Program**" means the reintegration, life-skills and employment-readiness program described in Schedule A.

## Article 3 - Services

3.1 The Service Provider shall deliver the Program to Participants referred by Community Corrections at its Halifax and Sydney locations.

## Article 6 - Conduct and Integrity

6.1 The Service Provider shall:

- (a) adopt and maintain a written code of conduct for its employees and volunteers, at least as demanding as the Province's Code of Conduct for Suppliers, and require each of them to acknowledge it in writing;
- (b) deliver training on the code of conduct and on conflicts of interest and gifts to all Personnel within 30 days of hire and annually, and keep records of that training;
- (c) impose on each subcontractor obligations no less onerous than those in this Article 6.

6.2 The Service Provider should consider adopting a written anti-fraud policy.

6.3 Personnel may not make any public statement concerning the Program, a Participant or the Province without the Province's prior written consent, and the Service Provider shall ensure that all Personnel keep confidential all information relating to Participants.

## Article 7 - Conflict of Interest

7.1 The Service Provider shall not, and shall ensure that its Personnel do not, engage in any activity that creates an actual, potential or perceived conflict of interest, and shall disclose any such conflict to the Province in writing without delay.

7.2 Where a conflict of interest is disclosed or otherwise arises, the Province may give directions to manage or remove it, which the Service Provider shall follow, or may terminate this Agreement under section 14.2.

7.3 The Service Provider shall maintain a register of interests in which its board members and program managers record their interests, obtain an annual declaration (including a nil declaration) from each of them, and provide the register to the Province on request.

7.4 The Service Provider shall not accept, and shall ensure that its Personnel do not accept, any gift, hospitality or other benefit from a Participant or a Participant's family, and shall not offer any gift or hospitality to any employee of the Province.

7.5 The Service Provider shall notify the Province before engaging, in connection with this Agreement, any former employee of the Department of Justice who left the public service within the preceding 12 months, and shall ensure that such person complies with any post-employment restrictions that apply to them.

7.6 The Service Provider confirms that it disclosed to the Province, before the award of this Agreement, any relationship with any person involved in the procurement, and shall keep that disclosure current.

## Article 8 - Access to Information

8.1 The Service Provider acknowledges that the Province is subject to the *Freedom of Information and Protection of Privacy Act* (Nova Scotia) and shall co-operate with the Province, and provide any record in its custody within 7 days of the Province's request, so that the Province can respond to any request for access to records under that Act.

## Article 9 - Monitoring and Attestation

9.1 The Province may monitor and audit the Service Provider's compliance with Article 6 (Conduct and Integrity) and Article 7 (Conflict of Interest), and the Service Provider shall give the Province access to its records, premises and Personnel for that purpose.

9.2 Within 60 days after the end of each fiscal year, the Service Provider shall deliver to the Province an ethics attestation signed by the chair of its board confirming that it has complied with Articles 6 and 7 and that it has in place the governance structures and policies needed to support them.

## Article 10 - Participant Complaints

10.1 The Service Provider shall establish and operate a complaints procedure that is accessible to Participants, is explained to each Participant at intake and is posted at every Program location.

10.2 The Service Provider shall co-operate with the Office of the Ombudsman (Nova Scotia) in the investigation of any complaint about the Program and shall implement any recommendation of the Ombudsman that the Province accepts.

10.3 The Service Provider shall report to the Province each quarter the number of complaints received, their subject matter, their outcome and any action taken.

10.4 The Service Provider shall analyse complaints every six months to identify trends and root causes, and shall agree with the Province an action plan to address them.

## Article 11 - Workforce Survey

11.1 The Service Provider shall conduct an annual survey of its employees and volunteers about workload, supervision and safety, and shall report the results to the Province.

## Article 14 - Termination

14.1 The Province may terminate this Agreement for convenience on 90 days' written notice.

14.2 The Province may terminate this Agreement immediately by notice if the Service Provider breaches Article 6 or Article 7, or if the conduct of the Service Provider or its Personnel brings the Province into disrepute or diminishes public trust in the Program, and may require the removal of any Personnel responsible.

IN WITNESS WHEREOF the parties have executed this Agreement.
"""

add(
    id="c07", name="reintegration_canada", fmt="md", build="hand",
    setting="Canadian provincial (Nova Scotia) community corrections reintegration program",
    provider='"Service Provider"', authority='"Province"',
    features="lead-in 'shall:' with lettered items, gag/confidentiality clause, staff-only survey, FOIPOP, provincial Ombudsman",
    text=C07,
    expected={
        "ES-01": ("gap", "no Seven Principles; 'Integrity' appears only in the Article 6 heading"),
        "ES-02": ("pass", "Art. 6.1(a) adopt and maintain a written code of conduct at least as demanding as the Province's supplier code"),
        "ES-03": ("pass", "Art. 6.1(c) impose on each subcontractor obligations no less onerous than Article 6 (ethics)"),
        "ES-04": ("pass", "Art. 6.1(b) training on the code of conduct, conflicts of interest and gifts; records kept"),
        "ES-05": ("gap", "Art. 6.3 is a public-statement gag and confidentiality clause only; no speaking-up route"),
        "ES-06": ("weak", "Art. 6.2 Service Provider 'should consider' adopting an anti-fraud policy"),
        "ES-07": ("pass", "Art. 8.1 co-operate so the Province can answer access requests under FOIPOP"),
        "ES-08": ("pass", "Art. 9.1 Province may monitor and audit compliance with Articles 6 and 7"),
        "ES-09": ("pass", "Art. 14.2 termination / removal of Personnel for breach of Articles 6 or 7 or disrepute"),
        "ES-10": ("pass", "Art. 9.2 annual ethics attestation signed by the board chair, with supporting governance structures"),
        "COI-01": ("pass", "Art. 7.1 no actual, potential or perceived conflict; disclose to the Province without delay"),
        "COI-02": ("pass", "Art. 7.2 Province may direct management/removal of the conflict or terminate"),
        "COI-03": ("pass", "Art. 7.4 no gifts or hospitality accepted from Participants or offered to Province employees"),
        "COI-04": ("pass", "Art. 7.5 notify before engaging former Department of Justice employees within 12 months; post-employment restrictions"),
        "COI-05": ("pass", "Art. 7.3 register of interests, annual declarations incl. nil, provided to the Province"),
        "COI-06": ("pass", "Art. 7.6 confirms pre-award disclosure of relationships with persons in the procurement, kept current"),
        "CDM-01": ("pass", "Art. 10.1 accessible complaints procedure for Participants, explained at intake and posted"),
        "CDM-02": ("pass", "Art. 10.3 quarterly report of complaints, subject, outcome and action"),
        "CDM-03": ("gap", "Art. 11.1 survey is of employees and volunteers only (staff survey decoy)"),
        "CDM-04": ("pass", "Art. 10.2 co-operate with the Ombudsman (Nova Scotia) and implement recommendations"),
        "CDM-05": ("pass", "Art. 10.4 six-monthly trend and root cause analysis with an agreed action plan"),
        "CDM-06": ("gap", "no complaint acknowledgement or response timescales"),
    },
)

# ---------------------------------------------------------------------------
# c08 managed print service (docx hand-written: order form, special terms box)
# ---------------------------------------------------------------------------
C08 = """\
# ORDER FORM: MANAGED PRINT SERVICE
Eastwold Shared Services Managed Print Agreement - Order reference EDC-MPS-2025-02
| Item | Details |
| Customer | Eastwold District Council, Council Offices, Market Street, Eastwold EW1 2AB (the "Customer") |
| Supplier | Printwise Document Solutions Ltd (company number 05432198), 8 Canal Wharf, Northampton NN1 1XY (the "Supplier") |
| Term | 1 April 2025 to 31 March 2028, extendable by 12 months |
| Services | Supply, installation, maintenance and consumables for 140 multifunction devices; print management software with secure release; quarterly usage reviews |
| Charges | Cost per click as set out in Schedule 2; no minimum volume |
## Special terms
BOX:
ST1 The Supplier shall comply with, and shall ensure that Supplier Staff comply with, the Seven Prin¦¦ciples of Public Life when performing the Services.
ST2 The Supplier shall meet the standards set out in the Sup¦plier Code of Con¦duct.
ST3 [[bm:ST3|The Supplier shall not give any gift or hospitality to any officer of the Customer and shall record all gifts and hospitality offered to or received by Supplier Staff in connection with this Order.]]
ST4 Within 20 Working Days of the Start Date, and then annually, the Supplier shall certify in writing to the Customer that it has complied with Special Terms ST1 to ST3 and that it has in place the arrangements needed to support them.
ENDBOX
This Order Form incorporates the Supplier's Conditions of Contract in Annex A. If there is any conflict between this Order Form and Annex A, this Order Form prevails.
## Annex A: Conditions of Contract
### A1 Definitions
"Complaint" means any formal complaint raised by the Customer in relation to the performance of the Supplier's obligations under this Contract.
"Prohibited Act" means offering, giving or agreeing to give to any servant of the Customer any financial or other advantage as an inducement or reward for doing or not doing any act in relation to this Contract.
"Service Incident" means any device fault, security event or failure of the print management software.
### A5 Service management
A5.1 The Supplier shall respond to any query raised through the Customer's service desk within 4 Working Hours and shall resolve device faults within 8 Working Hours.
A5.2 The Supplier shall include in each monthly service report all Service Incidents, device availability and consumables usage.
A5.3 The Supplier shall provide training for Customer users on the secure release software at each site.
### A6 Records and audit
A6.1 The Supplier shall allow the Customer and its auditors access to its records and premises to verify the Supplier's compliance with this Contract.
### A7 Transparency
A7.1 The Supplier shall provide all co-operation and information the Customer needs to publish the Transparency Information and to comply with any request under the Freedom of Information Act 2000.
### A8 Sub-contracting
A8.1 The Supplier shall ensure that each sub-contract includes data protection obligations equivalent to those in clause A9 and requires the sub-contractor to maintain insurance in accordance with clause A11. The Supplier is responsible for the acts and omissions of its sub-contractors.
### A9 Data protection
A9.1 The Supplier shall process Customer personal data only on the Customer's documented instructions and shall overwrite device hard drives before removal from site.
### A11 Insurance
A11.1 The Supplier shall maintain public liability insurance of not less than 5 million pounds.
### A12 Termination
A12.1 The Customer may terminate this Contract by written notice if the Supplier commits a material breach which is not remedied within 30 days of notice.
Signed for the Customer ..................  Signed for the Supplier ..................
"""

add(
    id="c08", name="managed_print", fmt="docx", build="hand",
    setting="District council managed print service order form with special terms",
    provider='"Supplier"', authority='"Customer"',
    features="table order form, special-terms box (single-cell table), runs split mid-word with proofErr, bookmark, precedence clause, unused Prohibited Act definition",
    text=C08,
    expected={
        "ES-01": ("pass", "Special term ST1 Supplier shall comply with the Seven Principles of Public Life"),
        "ES-02": ("pass", "Special term ST2 Supplier shall meet the Supplier Code of Conduct"),
        "ES-03": ("gap", "A8.1 flow-down of data protection and insurance only, plus liability for sub-contractors"),
        "ES-04": ("gap", "A5.3 training is delivered to Customer users on software (deliverable); no ethics training of Staff"),
        "ES-05": ("gap", "no speaking-up route, breach reporting or non-retaliation"),
        "ES-06": ("gap", "only the A1 'Prohibited Act' definition; no operative anti-bribery obligation"),
        "ES-07": ("pass", "A7.1 co-operation to publish Transparency Information and answer FOIA requests"),
        "ES-08": ("weak", "A6.1 audit access to verify 'compliance with this Contract' names neither ethics nor ethics terms"),
        "ES-09": ("weak", "A12.1 termination for unremedied material breach only, no ethics link"),
        "ES-10": ("pass", "Special term ST4 certify at start and annually compliance with ST1-ST3 and supporting arrangements"),
        "COI-01": ("gap", "only precedence wording 'any conflict between this Order Form and Annex A'"),
        "COI-02": ("gap", "no conflict mitigation or termination"),
        "COI-03": ("pass", "Special term ST3 no gifts/hospitality to Customer officers; record all offered or received"),
        "COI-04": ("gap", "no former-officials provision"),
        "COI-05": ("gap", "no register of interests or declarations"),
        "COI-06": ("gap", "no procurement-stage disclosure"),
        "CDM-01": ("gap", "A1 'Complaint' means the Customer's complaint about performance; no service-user procedure"),
        "CDM-02": ("gap", "A5.2 monthly report covers Service Incidents only; no complaint data"),
        "CDM-03": ("gap", "no satisfaction or feedback collection"),
        "CDM-04": ("gap", "no Ombudsman or independent escalation"),
        "CDM-05": ("gap", "no analysis of or learning from complaints"),
        "CDM-06": ("gap", "A5.1 timescales are for Customer service-desk queries and faults only"),
    },
)

# ---------------------------------------------------------------------------
# c09 hospice grant (docx hand-written: tracked changes, comment, Gift Aid)
# ---------------------------------------------------------------------------
C09 = """\
# GRANT AGREEMENT: SPECIALIST PALLIATIVE CARE 2025/26
Grant reference NFICB/PC/2025/03
This Agreement is made on 14 March 2025 between (1) NHS North Fenland Integrated Care Board, Fenmarket House, Fenmarket PE99 1FA (the "ICB") and (2) St Aidan's Hospice, a registered charity (number 1098765) and company limited by guarantee (number 04567890), of Fen Lane, Fenmarket PE99 4SH (the "Grantee").
## 1. The Grant
1.1 The ICB shall pay the Grantee a grant of 1,240,000 pounds (the "Grant") in quarterly instalments for the provision of 12 specialist palliative care beds and a 24-hour community advice line.
## 2. Use of the Grant
2.1 The Grantee shall use the Grant only for the Funded Services described in Schedule 1.
2.2 The Grant is not a donation and is not eligible for Gift Aid.
## [[com:7. Ethical standards||Legal (JH): suggest we add - "The Grantee shall maintain a gifts and hospitality register and shall not offer any gift or hospitality to ICB staff." Please confirm before signature.]]
[[del:7.1 The Grantee shall observe the Seven Principles of Public Life in using the Grant and delivering the Funded Services.]]
7.2 The Grantee shall not commit or permit any fraud or bribery in connection with the Grant, shall maintain adequate counter fraud procedures, and shall notify the ICB immediately of any suspected fraud.
[[ins:7.3 The Grantee shall maintain a Free¦dom to Speak Up Guardian and a speaking-up policy through which staff and volunteers may raise concerns, including with the ICB, and shall not subject any person to detriment for doing so.]]
7.4 The Grantee shall ensure that all staff and volunteers complete speaking-up and counter fraud training at induction and every two years, and shall keep training records.
7.5 The Grantee shall avoid any actual or potential conflict of interest in the use of the Grant and shall notify the ICB promptly in writing of any that arises.
7.6 The Grantee is encouraged to agree with the ICB a plan to mitigate any conflict of interest that it notifies.
7.7 The Grantee shall maintain a register of interests of its trustees and senior managers, obtain an annual declaration of interests from each of them, and provide a copy of the register to the ICB each year.
7.8 Within one month after the end of each Financial Year, the Grantee shall provide to the ICB an annual compliance statement, signed by the chair of trustees, confirming that it has complied with this clause 7 and that it has in place the governance arrangements needed to support it.
## 8. Monitoring
8.1 The Grantee shall submit a quarterly monitoring return to the ICB setting out activity, outcomes and the number of complaints received, upheld and not upheld.
8.2 The ICB may monitor the Grantee's compliance with clause 7 at each annual grant review, and the Grantee shall provide such information and access as the ICB requires for that purpose.
## 9. Patients and families
9.1 The Grantee shall operate a complaints procedure for patients, families and carers that complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009 and is publicised on each ward and in the family information leaflet.
9.2 The Grantee shall take part in the annual bereaved relatives' survey and shall report the results, together with other patient experience feedback, to the ICB.
9.3 The Grantee shall co-operate with the Parliamentary and Health Service Ombudsman in any investigation of a complaint about the Funded Services and shall implement any recommendation it makes.
9.4 The Grantee may use complaints and feedback to identify improvements to its services.
## 10. Withholding, repayment and termination
10.1 The ICB may withhold or suspend payment of the Grant, require repayment of any part of it, or terminate this Agreement by notice if the Grantee commits any fraud or bribery or breaches clause 7.2 (fraud and bribery) or clause 7.3 (speaking up).
Signed for the ICB ...............  Signed for the Grantee ...............
"""

add(
    id="c09", name="hospice_grant", fmt="docx", build="hand",
    setting="ICB grant to a hospice for specialist palliative care",
    provider='"Grantee"', authority='"ICB"',
    features="tracked deletion (whole paragraph), tracked insertion, comment with clause-like text, split runs, Gift Aid decoy",
    text=C09,
    expected={
        "ES-01": ("gap", "cl. 7.1 Seven Principles text exists only as a tracked deletion"),
        "ES-02": ("gap", "no code of conduct"),
        "ES-03": ("gap", "no sub-contractor flow-down"),
        "ES-04": ("pass", "cl. 7.4 speaking-up and counter fraud training at induction and every two years; records kept"),
        "ES-05": ("pass", "cl. 7.3 (tracked insertion) FTSU Guardian, raise concerns incl. with the ICB, no detriment"),
        "ES-06": ("pass", "cl. 7.2 no fraud or bribery; adequate counter fraud procedures; notify ICB"),
        "ES-07": ("gap", "no transparency/FOI co-operation"),
        "ES-08": ("pass", "cl. 8.2 ICB may monitor compliance with clause 7 (Ethical standards) at annual review"),
        "ES-09": ("pass", "cl. 10.1 withhold, reclaim or terminate for fraud/bribery or breach of cl. 7.2-7.3 (ethics)"),
        "ES-10": ("pass", "cl. 7.8 annual compliance statement signed by the chair of trustees, with governance arrangements"),
        "COI-01": ("pass", "cl. 7.5 avoid actual or potential conflict of interest; notify ICB promptly in writing"),
        "COI-02": ("weak", "cl. 7.6 Grantee only 'is encouraged to' agree a mitigation plan"),
        "COI-03": ("gap", "gifts/hospitality text only in a reviewer comment on cl. 7; cl. 2.2 Gift Aid is a decoy"),
        "COI-04": ("gap", "no former-officials provision"),
        "COI-05": ("pass", "cl. 7.7 register of interests of trustees and senior managers with annual declarations"),
        "COI-06": ("gap", "no procurement-stage disclosure"),
        "CDM-01": ("pass", "cl. 9.1 complaints procedure complying with the 2009 Regulations, publicised"),
        "CDM-02": ("pass", "cl. 8.1 quarterly monitoring return with complaints received, upheld and not upheld"),
        "CDM-03": ("pass", "cl. 9.2 annual bereaved relatives' survey and patient experience feedback reported to ICB"),
        "CDM-04": ("pass", "cl. 9.3 co-operate with PHSO and implement its recommendations"),
        "CDM-05": ("weak", "cl. 9.4 Grantee 'may' use complaints and feedback to identify improvements"),
        "CDM-06": ("gap", "no complaint acknowledgement or response timescales"),
    },
)

# ---------------------------------------------------------------------------
# c10 council pensions administration (docx hand-written: numbering.xml, footnotes)
# ---------------------------------------------------------------------------
C10 = """\
# PENSION ADMINISTRATION SERVICES AGREEMENT
This Agreement is made on 2 June 2025 between (1) Shirebrook County Council, County Hall, Shirebrook SB1 1CC, in its capacity as administering authority of the Shirebrook Pension Fund (the "Council"), and (2) Pensionsure Administration Services Limited (company number 06655443), 1 Quay Street, Leeds LS1 4AA (the "Provider").
N1: Definitions
N2: "Law" means any law, statute or regulation, including the Pensions Act 1995, the Pensions Act 2004, the Bribery Act 2010, the Data Protection Act 2018 and the Local Government Pension Scheme Regulations 2013.[[fn:SI 2013/2356, as amended.]]
N2: "Member" means any active, deferred or pensioner member of the Fund and any dependant or beneficiary.
N2: "Conflict of Interest" means any interest of the Provider or its Staff which conflicts, or may conflict, with the Provider's duties under this Agreement.
N2: The Provider shall comply with all Law in performing this Agreement.
N1: Services
N2: The Provider shall provide the pension administration services set out in Schedule 1, including maintenance of Member records, calculation and payment of benefits and the annual benefit statements.
N2: The Provider shall deliver an annual training session to members of the Council's Pensions Committee and Local Pension Board on changes to the Scheme regulations and on their own conflicts of interest and code of conduct responsibilities.
N1: Standards of Conduct
N2: The Provider shall at all times act in accordance with the Nolan Principles and shall ensure that its Staff do the same.
N2: The Provider shall comply with its code of business conduct, which shall be no less demanding than the Supplier Code of Conduct, and shall supply a copy to the Council on request.
N2: The Provider shall maintain a whistleblowing policy and a confidential reporting line through which its Staff may raise concerns with the Provider or the Council, and shall not subject any member of Staff to detriment for doing so in good faith.
N2: It is a condition of this Agreement that the Provider shall, within 20 Working Days of the Commencement Date and then annually, certify in writing to the Council that it has complied with Clause 3 and Clause 4 and that it has in place the structures needed to support those standards.
N1: Conflicts of Interest
N2: A register of interests shall be maintained by the Provider in which every member of its Staff with decision-making responsibility for the Fund records their interests, with an annual declaration (or nil declaration) from each, and the register shall be provided to the Council each year.
N2: The Provider shall ensure that neither it nor its Staff is placed in a position where there is an actual or potential Conflict of Interest and shall promptly notify the Council of any such Conflict of Interest.
N2: The Council may direct the Provider to take such steps as the Council considers necessary to manage or remove a notified Conflict of Interest, and the Provider shall comply with any such direction.
N2: The Provider shall not offer any gift or hospitality to any officer or elected member of the Council and shall keep a gifts and hospitality register open to inspection by the Council.
N2: The Provider shall notify the Council before engaging, on work under this Agreement, any former officer of the Council who left the Council's employment within the preceding two years.
N2: The Provider confirms that it has disclosed to the Council any relationship with any person involved in the procurement of this Agreement and shall keep that disclosure current.
N1: Information and Transparency
N2: The Provider shall assist the Council, within five Working Days of being asked, to respond to any request under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004.
N1: Member Complaints and Disputes
N2: The Provider shall operate, on behalf of the Council, the first stage of the internal dispute resolution procedure under section 50 of the Pensions Act 1995[[fn:As substituted by section 273 of the Pensions Act 2004.]] and a complaints procedure for Members, and shall publicise both on the Fund website.
N2: The Provider shall acknowledge each Member complaint within three Working Days and issue a full response within 20 Working Days.
N2: The Provider shall provide details of Member complaints to the Council on request.
N2: The Provider may carry out Member satisfaction surveys and may share the results with the Council.
N2: The Provider shall co-operate with the Pensions Ombudsman in any investigation of a complaint and shall implement any determination or direction concerning the services.
N2: The Provider shall analyse Member complaints to identify root causes and trends, and shall implement an improvement action plan wherever recurring themes are identified.
N1: Records and Audit
N2: The Provider shall allow the Council's internal and external auditors access to its records, systems and premises to audit the Provider's performance of this Agreement.
N1: Sub-contracting
N2: The Provider shall not sub-contract any of its obligations without the Council's prior written consent.
N2: The Provider shall be responsible for the acts and omissions of its Sub-contractors as if they were its own.
N1: Termination
N2: The Council may terminate this Agreement by notice with immediate effect if the Provider breaches Clause 3 (Standards of Conduct) or Clause 4 (Conflicts of Interest), and may require the Provider to remove from the services any member of Staff whose conduct caused the breach.
Signed for the Council ...............  Signed for the Provider ...............
"""

add(
    id="c10", name="pensions_admin", fmt="docx", build="hand",
    setting="LGPS pensions administration outsourced by a county council (administering authority)",
    provider='"Provider"', authority='"Council"',
    features="clause numbers only via numbering.xml (multi-level), Heading1 style with outline level, footnotes, passive voice, 'It is a condition' wording",
    text=C10,
    expected={
        "ES-01": ("pass", "cl. 3.1 Provider shall act in accordance with the Nolan Principles"),
        "ES-02": ("pass", "cl. 3.2 comply with its code of business conduct, no less demanding than the Supplier Code of Conduct"),
        "ES-03": ("gap", "cl. 8.1-8.2 consent to sub-contract and liability for Sub-contractors only"),
        "ES-04": ("gap", "cl. 2.2 training is delivered to Council committee members (deliverable); no ethics training of Staff"),
        "ES-05": ("pass", "cl. 3.3 whistleblowing policy, confidential reporting line, no detriment"),
        "ES-06": ("gap", "Bribery Act 2010 named only in the cl. 1.1 list of Laws"),
        "ES-07": ("pass", "cl. 5.1 assist with FOIA/EIR requests within five Working Days"),
        "ES-08": ("weak", "cl. 7.1 auditor access to audit 'performance of this Agreement' names neither ethics nor ethics clauses"),
        "ES-09": ("pass", "cl. 9.1 termination / staff removal for breach of cl. 3 (Standards of Conduct) or cl. 4"),
        "ES-10": ("pass", "cl. 3.4 condition: certify at start and annually compliance with cl. 3-4 and supporting structures"),
        "COI-01": ("pass", "cl. 4.2 no actual or potential Conflict of Interest; promptly notify"),
        "COI-02": ("pass", "cl. 4.3 Council may direct steps to manage or remove a conflict; Provider shall comply"),
        "COI-03": ("pass", "cl. 4.4 no gifts/hospitality to Council officers; gifts and hospitality register"),
        "COI-04": ("pass", "cl. 4.5 notify before engaging former Council officers who left within two years"),
        "COI-05": ("pass", "cl. 4.1 register of interests 'shall be maintained by the Provider', annual/nil declarations, given to Council"),
        "COI-06": ("pass", "cl. 4.6 confirms disclosure of relationships with persons in the procurement, kept current"),
        "CDM-01": ("pass", "cl. 6.1 IDRP stage 1 and Member complaints procedure, publicised"),
        "CDM-02": ("weak", "cl. 6.3 complaint details only on request"),
        "CDM-03": ("weak", "cl. 6.4 Provider 'may' carry out Member satisfaction surveys"),
        "CDM-04": ("pass", "cl. 6.5 co-operate with the Pensions Ombudsman and implement determinations"),
        "CDM-05": ("pass", "cl. 6.6 analyse complaints for root causes and trends; improvement action plan"),
        "CDM-06": ("pass", "cl. 6.2 acknowledge within three Working Days, full response within 20 Working Days"),
    },
)

# ---------------------------------------------------------------------------
# c11 street lighting PFI (docx via soffice from HTML)
# ---------------------------------------------------------------------------
C11 = """\
# STREET LIGHTING PFI PROJECT AGREEMENT
Consolidated conformed copy incorporating Variation No. 3
This Agreement is made between (1) Calderbrook Metropolitan Borough Council, Town Hall, Calderbrook CB1 1TH (the "Authority") and (2) Lumen Calder Limited, a company registered in England and Wales (company number 06123987), whose registered office is at 5 Wharf Street, Calderbrook CB2 3LW (the "Contractor").
## Part 1: Definitions
"Force Majeure Event" means war, civil war, armed conflict or terrorism, nuclear contamination or natural disaster affecting the performance of the Project Operations.
"Prohibited Act" means offering, giving or agreeing to give to any officer of the Authority any consideration of any kind as an inducement or reward for doing or not doing any act in relation to this Agreement, or committing any offence under the Bribery Act 2010 or of fraud in connection with this Agreement.
"Project Operations" means the design, replacement, maintenance and energy management of the street lighting and illuminated signs network.
## Part 5: Standards of Conduct
### 23. Standards of Conduct
23.1 It is a condition of this Agreement that the Contractor shall comply with, and shall procure that each Sub-contractor complies with, the Seven Principles of Public Life in performing the Project Operations.
23.2 The Contractor shall not be required to comply with the Authority's Supplier Code of Conduct.
23.3 The Contractor shall not, and shall procure that no Sub-contractor shall, commit any Prohibited Act, and shall maintain adequate procedures to prevent bribery and fraud in connection with this Agreement.
23.4 The Contractor shall maintain a whistleblowing procedure for its staff and the staff of its Sub-contractors, including a confidential hotline, and shall report to the Authority any suspected breach of this Clause 23 raised through it.
23.5 The Authority may monitor and audit the Contractor's compliance with this Clause 23 and the Contractor shall provide all reasonable assistance.
## Part 6: Information
### 50. Freedom of Information
50.1 The Contractor shall not be required to assist the Authority with any request under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004, which the Authority shall handle without reference to the Contractor.
## Part 7: Employees
### 55. Returning Employees
55.1 The Contractor shall procure that the Returning Employees, being former employees of the Authority whose employment transferred under TUPE on the Service Commencement Date, are employed on terms no less favourable than their transferred terms.
55.2 The Contractor is not required to maintain a register of interests for its employees or the employees of any Sub-contractor.
## Part 8: Customer Care
### 60. Customer Care
60.1 The Contractor shall operate a customer complaints procedure for residents and other members of the public, publicised on the Authority's and the Contractor's websites and on the 24-hour fault reporting line.
60.2 The Contractor shall acknowledge each complaint within two Business Days and provide a full response within 15 Business Days.
60.3 The Contractor shall include in each Monthly Service Report the number of complaints received and resolved, the outcome of each and the response times achieved.
60.4 The Contractor shall carry out an annual resident satisfaction survey in a form approved by the Authority and report the results to the Authority.
60.5 The Contractor may assist the Authority in responding to any investigation by the Local Government and Social Care Ombudsman.
60.6 The Contractor shall conduct an annual staff engagement survey, analyse the results and agree an action plan with its workforce representatives.
| Performance Standard | Requirement | Rectification Period |
| PS1 Lamp out (residential) | Repair | 5 Business Days |
| PS2 Dangerous column | Make safe | 2 hours |
| PS3 Illuminated sign out | Repair | 3 Business Days |
## Part 10: Termination
### 45. Prohibited Acts
45.1 If the Contractor or any Sub-contractor commits a Prohibited Act or breaches Clause 23, the Authority may terminate this Agreement or require the Contractor to procure the removal of the individual responsible.
"""

add(
    id="c11", name="street_lighting_pfi", fmt="docx", build="soffice",
    setting="Metropolitan borough street lighting PFI project agreement (conformed copy)",
    provider='"Contractor"', authority='"Authority"',
    features="converted by soffice from HTML; headings, table; negations, armed-conflict definition, TUPE returning employees, staff survey",
    text=C11,
    expected={
        "ES-01": ("pass", "cl. 23.1 'It is a condition' that the Contractor shall comply with the Seven Principles of Public Life"),
        "ES-02": ("gap", "cl. 23.2 Contractor 'shall not be required to comply with' the Supplier Code of Conduct"),
        "ES-03": ("pass", "cl. 23.1 shall procure each Sub-contractor complies with the Seven Principles (ethics flow-down)"),
        "ES-04": ("gap", "no training provision"),
        "ES-05": ("pass", "cl. 23.4 whistleblowing procedure and confidential hotline; report suspected breaches"),
        "ES-06": ("pass", "cl. 23.3 no Prohibited Act; adequate procedures to prevent bribery and fraud"),
        "ES-07": ("gap", "cl. 50.1 Contractor 'shall not be required to assist' with FOIA/EIR requests"),
        "ES-08": ("pass", "cl. 23.5 Authority may monitor and audit compliance with cl. 23 (Standards of Conduct)"),
        "ES-09": ("pass", "cl. 45.1 termination or removal of individual for Prohibited Act or breach of cl. 23"),
        "ES-10": ("gap", "no assurance or certificate"),
        "COI-01": ("gap", "only 'armed conflict' in the Force Majeure Event definition"),
        "COI-02": ("gap", "no conflict mitigation or termination"),
        "COI-03": ("gap", "no gifts or hospitality provision"),
        "COI-04": ("gap", "cl. 55.1 'former employees of the Authority' are TUPE Returning Employees (decoy)"),
        "COI-05": ("gap", "cl. 55.2 Contractor 'is not required to maintain a register of interests'"),
        "COI-06": ("gap", "no procurement-stage disclosure"),
        "CDM-01": ("pass", "cl. 60.1 publicised customer complaints procedure for residents and public"),
        "CDM-02": ("pass", "cl. 60.3 complaints received, resolved, outcome and response times in each Monthly Service Report"),
        "CDM-03": ("pass", "cl. 60.4 annual resident satisfaction survey reported to the Authority"),
        "CDM-04": ("weak", "cl. 60.5 Contractor 'may assist' with LGSCO investigations"),
        "CDM-05": ("gap", "cl. 60.6 analysis and action plan relate to a staff engagement survey only"),
        "CDM-06": ("pass", "cl. 60.2 acknowledge within two Business Days, full response within 15 Business Days"),
    },
)

# ---------------------------------------------------------------------------
# c12 port health (odt hand-written: tracked deletions, insertion, annotation)
# ---------------------------------------------------------------------------
C12 = """\
# CONTRACT FOR PORT HEALTH INSPECTION SUPPORT SERVICES
Contract reference SPHA/2025/06
This Contract is made between Saltmarsh Port Health Authority, a port health authority constituted under the Public Health (Control of Disease) Act 1984, of Harbour Office, Quay Road, Saltmarsh SM1 9PH (the "Authority") and Harbourside Inspection Services Limited (company number 11223344), of 3 Dock Road, Saltmarsh SM2 4QR (the "Contractor").
## 2. Services
2.1 The Contractor shall provide documentary, identity and physical checks of imported food and feed at the Saltmarsh Border Control Post, sampling, and ship sanitation inspections, under the direction of the Authority's port health officers and official veterinarians.
## 9. Standards of conduct
9.1 The Contractor shall ensure that it and its Staff uphold the Seven Principles of Public Life when carrying out checks on behalf of the Authority.
9.2 The Contractor shall adopt and maintain a code of conduct for its Staff and shall require every inspector to sign it before deployment.
9.3 The Authority expects the Contractor's sub-contractors to meet the standards set out in the Contractor's code of conduct.
9.4 The Contractor shall ensure that all Staff receive induction and annual refresher training on its code of conduct, conflicts of interest and anti-bribery, and shall make training records available to the Authority.
9.5 [[com:The Contractor shall not offer, promise or give any bribe, inducement or reward, and shall maintain adequate procedures under the Bribery Act 2010.||L. Okafor: proposed new 9.6 - The Contractor shall operate a confidential whistleblowing hotline and shall not victimise any person who raises a concern in good faith.]]
## 10. Conflicts of interest
10.1 The Contractor shall ensure that neither it nor any of its Staff has any personal, professional or financial interest in any consignment, importer or agent whose goods they check, and shall promptly notify the Authority of any actual or potential conflict of interest.
10.2 [[del:Where a conflict of interest cannot be removed, the Authority may terminate this Contract or require the Contractor to replace the member of Staff concerned.]]
10.3 The Contractor shall not accept any gift or hospitality from any importer, shipping line or agent, and shall record every such offer in a gifts and hospitality register.
10.4 [[ins:The Contractor shall notify the Authority before engaging any former officer of the Authority who left the Authority within the previous two years, and shall not use any confidential information that person obtained in the Authority's service.]]
10.5 Officers of the Authority involved in the management of this Contract shall complete an annual declaration of interests, which the Authority shall keep in its register of interests.
10.6 The Contractor confirms that it disclosed in its tender any relationship with any person involved in the procurement of this Contract and shall keep that disclosure current.
## 11. Information
11.1 The Contractor should consider publishing on its website an annual summary of the checks it has carried out.
## 12. Audit
12.1 The Contractor shall allow the Authority's auditors to inspect its invoices, time sheets and accounts relating to the Charges.
12.2 [[del:The Contractor shall provide the Authority each year with an ethics attestation signed by a director confirming compliance with Clauses 9 and 10.]]
## 13. Port users
13.1 The Contractor is encouraged to operate a procedure for handling complaints from importers, agents and other Port Users about the conduct of checks.
13.2 The Contractor shall provide details of any such complaints to the Authority on request.
## 14. Termination
14.1 The Authority may terminate this Contract with immediate effect if the Contractor breaches Clause 9 (Standards of conduct).
14.2 The Authority shall pay each undisputed invoice within 30 days of receipt.[[fn:Payment terms follow the Late Payment of Commercial Debts (Interest) Act 1998.]]
"""

add(
    id="c12", name="port_health", fmt="odt", build="hand",
    setting="Port health authority inspection support at a border control post",
    provider='"Contractor"', authority='"Authority"',
    features="ODF tracked deletions (text:deletion) and insertion, annotation holding clause-like text, footnote, buyer-side declarations",
    text=C12,
    expected={
        "ES-01": ("pass", "cl. 9.1 Contractor shall ensure it and its Staff uphold the Seven Principles of Public Life"),
        "ES-02": ("pass", "cl. 9.2 adopt and maintain a code of conduct for Staff"),
        "ES-03": ("weak", "cl. 9.3 Authority only 'expects' the Contractor's sub-contractors to meet the code"),
        "ES-04": ("pass", "cl. 9.4 induction and annual training on code of conduct, conflicts and anti-bribery; records available"),
        "ES-05": ("gap", "whistleblowing text exists only in an annotation on cl. 9.5"),
        "ES-06": ("pass", "cl. 9.5 no bribe, inducement or reward; adequate procedures under the Bribery Act 2010"),
        "ES-07": ("weak", "cl. 11.1 Contractor only 'should consider' publishing a summary on its website"),
        "ES-08": ("gap", "cl. 12.1 audit of invoices, time sheets and accounts only (financial)"),
        "ES-09": ("pass", "cl. 14.1 termination for breach of cl. 9 (Standards of conduct)"),
        "ES-10": ("gap", "cl. 12.2 ethics attestation exists only as a tracked deletion"),
        "COI-01": ("pass", "cl. 10.1 no personal/professional/financial interest; promptly notify conflicts"),
        "COI-02": ("gap", "cl. 10.2 termination/replacement for conflicts exists only as a tracked deletion"),
        "COI-03": ("pass", "cl. 10.3 no gifts or hospitality accepted; gifts and hospitality register"),
        "COI-04": ("pass", "cl. 10.4 (tracked insertion) notify before engaging former Authority officers within two years"),
        "COI-05": ("gap", "cl. 10.5 declarations and register bind Authority officers only (buyer-side)"),
        "COI-06": ("pass", "cl. 10.6 confirms tender disclosure of relationships with persons in the procurement, kept current"),
        "CDM-01": ("weak", "cl. 13.1 Contractor only 'is encouraged to' operate a complaints procedure"),
        "CDM-02": ("weak", "cl. 13.2 complaint details only on request"),
        "CDM-03": ("gap", "no satisfaction or feedback collection"),
        "CDM-04": ("gap", "no Ombudsman or independent escalation"),
        "CDM-05": ("gap", "no analysis of or learning from complaints"),
        "CDM-06": ("gap", "no complaint timescales; cl. 14.2 is a payment term"),
    },
)

# ---------------------------------------------------------------------------
# c13 museum retail concession (odt hand-written: outline headings, table, footnote)
# ---------------------------------------------------------------------------
C13 = """\
# RETAIL CONCESSION AGREEMENT: WEALDHAM MUSEUM SHOP AND ONLINE STORE
This Agreement is made between Wealdham Borough Council, Civic Centre, Wealdham WD1 1WB, acting through its Museums and Heritage Service (the "Council") and Curio & Co Retail Limited (company number 10987654), 22 Lantern Yard, Brighton BN1 3QQ (the "Operator").
## 1. Grant of concession
1.1 The Council grants the Operator the exclusive right to operate the museum shop and the museum's online store for five years from 1 May 2025, in return for a concession fee of 12 per cent of net turnover.
## 3. Staff
3.1 The Operator shall staff the shop during all museum opening hours.
3.2 The Operator shall ensure that all Staff complete training on its code of conduct and on how to speak up about concerns, at induction and annually, and shall keep records of that training.
3.3 The Operator shall operate a grievance procedure for its Staff and shall deal with any staff complaint under that procedure.
## 6. Standards of conduct
### 6.1 Principles
The Operator shall ensure that it and its Staff act with integrity, objectivity, accountability, openness and honesty in all dealings connected with this Agreement.
### 6.2 Code and speaking up
6.2.1 The Operator shall comply with its code of conduct, a copy of which is annexed as Annex 3.
6.2.2 The Operator shall maintain a speak-up policy under which its Staff may raise concerns with the Operator or directly with the Council's Monitoring Officer, and shall not subject any person to detriment for raising a concern in good faith.
### 6.3 Interests and gifts
6.3.1 The Operator shall not offer any gift, hospitality or sponsorship to any officer of the Council involved in managing this Agreement, and shall record in a register all gifts and hospitality offered to its buying staff by product suppliers.
6.3.2 The Operator is encouraged to notify the Council of any conflict of interest affecting its product-sourcing decisions.
6.3.3 The Operator may keep a register of interests for its buying staff.
6.3.4 The Operator confirms that it has disclosed to the Council any relationship with any person involved in the award of this concession, and shall keep that disclosure up to date.
### 6.4 Annual statement
The Operator shall provide the Council each year with a statement signed by a director confirming that it has complied with this Clause 6 and that it has the arrangements in place to support those standards.
## 7. Information
7.1 The Operator shall provide the Council with all information it reasonably requires, within five Working Days, to respond to requests under the Freedom of Information Act 2000 and to publish details of this concession under the Local Government Transparency Code 2015.[[fn:Published by the Department for Communities and Local Government, February 2015.]]
## 8. Service standards
The Operator shall meet the service standards in the table below.
| Standard | Operator obligation | Measure |
| Range | The Operator shall keep at least 40 per cent of the range linked to the museum's collections | Quarterly range review |
| Visitor feedback | The Operator shall collect customer feedback at the till and online, and shall report the results to the Council each quarter | 85 per cent satisfied |
| Improvement | The Operator shall analyse the feedback results each quarter and, where satisfaction falls below 85 per cent, investigate the cause and produce an action plan for the Council's approval | Action plan within one month |
## 9. Audit
9.1 The Operator shall permit the Council or its auditors to audit the Operator's compliance with this Agreement on reasonable notice.
## 10. Termination
10.1 The Council may terminate this Agreement by notice if the Operator commits a material breach of this Agreement which is not remedied within 30 days of notice.
"""

add(
    id="c13", name="museum_retail", fmt="odt", build="hand",
    setting="Council museum shop and online store retail concession",
    provider='"Operator"', authority='"Council"',
    features="ODF outline-level headings (level 1-2), obligations in table cells, footnote, five-of-seven principle words, staff grievance decoy",
    text=C13,
    expected={
        "ES-01": ("pass", "cl. 6.1 integrity, objectivity, accountability, openness and honesty (five principle words) bind the Operator"),
        "ES-02": ("pass", "cl. 6.2.1 Operator shall comply with its code of conduct (Annex 3)"),
        "ES-03": ("gap", "no sub-contractor flow-down"),
        "ES-04": ("pass", "cl. 3.2 training on code of conduct and speaking up at induction and annually; records kept"),
        "ES-05": ("pass", "cl. 6.2.2 speak-up policy, concerns to Council Monitoring Officer, no detriment"),
        "ES-06": ("gap", "no anti-bribery or fraud provision"),
        "ES-07": ("pass", "cl. 7.1 information for FOIA requests and publication under the Transparency Code"),
        "ES-08": ("weak", "cl. 9.1 audit of 'compliance with this Agreement' names neither ethics nor cl. 6"),
        "ES-09": ("weak", "cl. 10.1 termination for unremedied material breach only"),
        "ES-10": ("pass", "cl. 6.4 annual director-signed statement of compliance with cl. 6 and supporting arrangements"),
        "COI-01": ("weak", "cl. 6.3.2 Operator only 'is encouraged to' notify conflicts of interest"),
        "COI-02": ("gap", "no conflict mitigation or termination"),
        "COI-03": ("pass", "cl. 6.3.1 no gift, hospitality or sponsorship to Council officers; register of gifts and hospitality"),
        "COI-04": ("gap", "no former-officials provision"),
        "COI-05": ("weak", "cl. 6.3.3 Operator 'may' keep a register of interests"),
        "COI-06": ("pass", "cl. 6.3.4 confirms disclosure of relationships with persons involved in the award, kept up to date"),
        "CDM-01": ("gap", "cl. 3.3 staff grievance procedure only; no customer complaints procedure"),
        "CDM-02": ("gap", "no complaint reporting"),
        "CDM-03": ("pass", "cl. 8 table 'Visitor feedback' row: collect customer feedback and report quarterly"),
        "CDM-04": ("gap", "no Ombudsman or independent escalation"),
        "CDM-05": ("pass", "cl. 8 table 'Improvement' row: analyse feedback, investigate cause, action plan"),
        "CDM-06": ("gap", "no complaint timescales"),
    },
)

# ---------------------------------------------------------------------------
# c14 EU-style legal services framework (odt via soffice from RTF)
# ---------------------------------------------------------------------------
C14 = """\
# FRAMEWORK AGREEMENT FOR THE PROVISION OF LEGAL SERVICES
Lot 2: Employment and Public Law - Reference MWRHB/LEG/2025/02
This Framework Agreement is made between the Mid-West Regional Health Board, a contracting authority within the meaning of Directive 2014/24/EU, of Dooradoyle Road, Limerick (the "Contracting Authority") and Brennan Kiely LLP, solicitors, of 14 Merchant's Quay, Limerick (the "Contractor").
## Article 1 - Subject matter
1.1 The Contractor shall provide legal advice and representation in employment and public law matters under Specific Contracts awarded by mini-competition or direct award in accordance with Article 5.
## Article 9 - Standards
9.1 The Contractor shall observe the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership in performing any Specific Contract under this Framework Agreement.
9.2 The Contractor shall procure that any sub-contractor, including counsel and experts it instructs, complies with obligations no less onerous than those in Articles 9 to 11.
9.3 The Contractor is encouraged to put in place a protected disclosures procedure for its personnel.
## Article 10 - Corruption and Fraud
10.1 The Contractor shall not offer, give or accept any bribe or improper advantage, and shall maintain adequate procedures to prevent corruption and fraud in the performance of this Framework Agreement.
10.2 Within one month of the signature of this Framework Agreement and then annually, the Contractor shall submit a declaration confirming that it has complied with Article 10.1.
## Article 11 - Conflicts of Interest
11.1 The Contractor shall take all measures necessary to prevent any situation in which the impartial and objective performance of a Specific Contract is compromised for reasons involving a conflicting interest, and shall notify the Contracting Authority in writing without delay of any actual or potential conflict of interest, including any instruction from a party adverse to the Contracting Authority.
11.2 Where a conflict of interest is notified, the Contracting Authority may require the Contractor to put in place an information barrier or other mitigation, or may withdraw the Specific Contract or terminate this Framework Agreement.
11.3 The Contractor shall maintain a register of interests recording the interests of each partner and fee-earner assigned to the Framework, obtain an annual declaration of interests (including nil declarations) from each, and provide the register to the Contracting Authority on request.
11.4 The Contractor shall not assign to any Specific Contract any person who, within the preceding 12 months, was a designated public official or employee of the Contracting Authority, and shall observe any cooling-off period applying to that person under the Regulation of Lobbying Act 2015.
11.5 The Contractor confirms that, for the purposes of the Contracting Authority's conflicts assessment under Article 24 of Directive 2014/24/EU, it has disclosed any relationship with any person involved in the procurement, and undertakes to keep that disclosure current.
## Article 12 - Freedom of Information
12.1 The Contractor shall assist the Contracting Authority to comply with its obligations under the Freedom of Information Act 2014 and shall provide any record requested within five working days.
## Article 13 - Monitoring
13.1 The Contracting Authority may review and audit the Contractor's compliance with Articles 9 to 11 at the annual framework review, and the Contractor shall provide the information required for that purpose.
## Article 15 - Data Protection
15.1 The Contractor shall process personal data only on the documented instructions of the Contracting Authority.
15.2 The Contractor shall promptly notify the Contracting Authority if it receives any request, complaint or communication relating to the processing of personal data under this Framework Agreement.
## Article 17 - Dispute Resolution
17.1 Any dispute arising under this Framework Agreement shall first be referred to mediation and, failing settlement within 60 days, to arbitration under the Arbitration Act 2010.
## Article 18 - Termination
18.1 The Contracting Authority may terminate this Framework Agreement on three months' notice.
18.2 The Contracting Authority may terminate this Framework Agreement with immediate effect if the Contractor breaches Article 9 or Article 10.
"""

add(
    id="c14", name="legal_services_framework", fmt="odt", build="soffice",
    setting="EU-style (Irish) framework agreement for legal services",
    provider='"Contractor"', authority='"Contracting Authority"',
    features="converted by soffice from RTF; EU directive references, data-protection 'complaint' decoy, mediation/arbitration decoy",
    text=C14,
    expected={
        "ES-01": ("pass", "Art. 9.1 all seven principles bind the Contractor"),
        "ES-02": ("gap", "no code of conduct"),
        "ES-03": ("pass", "Art. 9.2 procure sub-contractors comply with obligations no less onerous than Arts 9-11 (ethics)"),
        "ES-04": ("gap", "no training provision"),
        "ES-05": ("weak", "Art. 9.3 Contractor only 'is encouraged to' have a protected disclosures procedure"),
        "ES-06": ("pass", "Art. 10.1 no bribe or improper advantage; adequate procedures against corruption and fraud"),
        "ES-07": ("pass", "Art. 12.1 assist with obligations under the Freedom of Information Act 2014"),
        "ES-08": ("pass", "Art. 13.1 Contracting Authority may review and audit compliance with Arts 9-11"),
        "ES-09": ("pass", "Art. 18.2 immediate termination for breach of Art. 9 or 10"),
        "ES-10": ("weak", "Art. 10.2 annual declaration covers anti-corruption (Art. 10.1) only: one-topic certificate"),
        "COI-01": ("pass", "Art. 11.1 prevent conflicting interests; notify actual or potential conflict without delay"),
        "COI-02": ("pass", "Art. 11.2 Contracting Authority may require mitigation, withdraw the Specific Contract or terminate"),
        "COI-03": ("gap", "no gifts or hospitality provision"),
        "COI-04": ("pass", "Art. 11.4 no former designated public officials/employees within 12 months; cooling-off period"),
        "COI-05": ("pass", "Art. 11.3 register of interests, annual declarations incl. nil, provided on request"),
        "COI-06": ("pass", "Art. 11.5 confirms disclosure for the conflicts assessment (Art. 24 Directive), kept current"),
        "CDM-01": ("gap", "Art. 15.2 data-protection 'request, complaint or communication' only (decoy)"),
        "CDM-02": ("gap", "no complaint reporting"),
        "CDM-03": ("gap", "no satisfaction or feedback collection"),
        "CDM-04": ("gap", "Art. 17.1 mediation/arbitration between the parties only; no Ombudsman"),
        "CDM-05": ("gap", "no analysis of or learning from complaints"),
        "CDM-06": ("gap", "no complaint timescales"),
    },
)
