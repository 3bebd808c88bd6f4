"""Blind evaluation set 10: contract texts, block lists, metadata and verdicts.

Data only; rendered by scripts/make-blind-set10.py. All organisations, people,
places and reference numbers are fictional.

Block-list mini-language (docx/odt/fodt/html contracts), one block per line:
  T: title            S: centred sub-title / parties line
  H: clause heading   H2: unnumbered heading (schedules, contents)
  N: numbered sub-clause (auto "7.1" when numbering == "auto")
  L: lettered item (auto "(a)" when numbering == "auto"; <ol type=a> in HTML)
  P: plain paragraph  D: paragraph whose whole text is a tracked deletion
  |a|b|c              table row (consecutive rows form one table; first row = header)
Inline: [[del:..]] tracked deletion, [[ins:..]] tracked insertion, [[fn:..]] footnote,
        [[cm:..]] comment/annotation, **..** bold, the broken bar character marks a
        run split inside a word (proofing mark or bookmark).
Verdict lines: "RULE VERDICT reason".
"""

RULES = [
    "ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
    "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
    "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06",
]

CONTRACTS = []

# ---------------------------------------------------------------------------
# c01 - record office digitisation (plain text, wrapped)
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    name="c01-record-office-digitisation",
    fmt="txt",
    build="plain text, paragraphs wrapped at 78 columns with hanging indents",
    setting="County record office: digitisation of parish registers and tithe maps, with hosting of the online catalogue (England)",
    authority="Authority", provider="Contractor",
    features="long numbered clauses with cross-references; passive-voice principles clause; obligation split over two sentences; ASCII schedule tables; precedence and code-of-practice decoys",
    wrap=78,
    text="""\
CONTRACT FOR THE DIGITISATION OF PARISH REGISTERS AND TITHE APPORTIONMENT MAPS

Contract reference: WCC/RO/2025/117

THIS CONTRACT is dated 3 March 2025.

PARTIES

(1) WESTMARCH COUNTY COUNCIL of County Hall, Ambridge Road, Westmarch, acting through the Westmarch Record Office (the "Authority"); and

(2) LANTERNFIELD IMAGING LIMITED, a company registered in England and Wales under number 09876543, whose registered office is at Unit 4, Tanyard Court, Corve Street, Ludbury (the "Contractor").

1. DEFINITIONS AND INTERPRETATION

1.1 In this Contract the following words have the following meanings:

"Collection Items" means the parish registers, bishop's transcripts, tithe apportionments and tithe maps listed in Schedule 1, together with any further items added by written variation;

"Commencement Date" means 1 April 2025;

"Digital Catalogue" means the public online catalogue and image viewer through which the Digital Surrogates are made available, hosted by the Contractor under clause 8;

"Digital Surrogates" means the master TIFF images, access JPEG images and associated metadata produced by the Contractor under this Contract;

"Staff" means all persons employed or engaged by the Contractor or by any Sub-contractor in performing the Services;

"Sub-contractor" means any person to whom the Contractor sub-contracts any part of the Services with the Authority's prior written consent;

"Users" means members of the public who use the Digital Catalogue or the searchroom terminals at the Record Office; and

"Working Day" means any day other than a Saturday, a Sunday or a public holiday in England.

1.2 If there is any conflict between the clauses and the Schedules, the clauses prevail.

1.3 A reference to a clause or Schedule is to a clause of, or Schedule to, this Contract.

2. TERM

2.1 This Contract starts on the Commencement Date and, unless terminated earlier under clause 18, continues for three years.

3. THE SERVICES

3.1 The Contractor shall capture, process, quality-assure and deliver Digital Surrogates of the Collection Items in accordance with Schedule 2 (Specification) and the production plan approved under clause 4.

3.2 The Contractor shall carry out all imaging on site in the Conservation Studio at the Record Office and shall not remove any Collection Item from the Record Office for any reason.

4. PRODUCTION PLAN AND PROGRESS REPORTING

4.1 Within 15 Working Days of the Commencement Date the Contractor shall submit a production plan for the Authority's approval, showing the order in which parishes will be imaged and the expected output in each month.

4.2 The Contractor shall provide a monthly progress report to the Authority's Project Officer setting out: (a) the number of images captured and delivered; (b) the number of images rejected at quality assurance and the reasons for rejection; (c) any damage to, or deterioration of, a Collection Item noticed during imaging; and (d) its forecast for the following month.

4.3 The Contractor shall answer any written query from the Authority's Project Officer about progress or image quality within five Working Days of receiving it.

5. HANDLING AND CARE OF COLLECTION ITEMS

5.1 The Contractor shall handle all Collection Items in accordance with PAS 197:2009 (Code of practice for cultural collections management) and the handling rules in Schedule 2.

5.2 Tightly bound volumes are not to be opened beyond the angle allowed by the book cradle, and no adhesive, clip, weight or tape may be placed on any Collection Item.

5.3 The Contractor shall report any damage to a Collection Item to the Record Office Conservator on the Working Day on which it occurs.

6. STAFF

6.1 The Contractor shall appoint an Account Manager who shall attend the monthly progress meetings held at the Record Office.

6.2 The Contractor shall ensure that only Staff who have obtained a basic disclosure certificate work in the Conservation Studio.

6.3 The Contractor shall ensure that all Staff are suitably skilled and experienced and have completed the Contractor's induction programme before they begin work on the Services.

6.4 The Authority may require the Contractor to withdraw from the Conservation Studio any member of Staff whose handling of Collection Items the Conservator reasonably considers unsafe.

7. LAUNCH EVENT

7.1 When the tithe map batch has been accepted the Authority will hold a launch event at the Record Office, for which the Authority will arrange hospitality for invited guests.

7.2 The Contractor shall give a live demonstration of its imaging equipment at the launch event at no additional charge.

8. DIGITAL CATALOGUE AND USER FEEDBACK

8.1 The Contractor shall host the Digital Catalogue from the date on which the first batch of Digital Surrogates is accepted until the end of the Term, and shall ensure that it is available for at least 99.5% of the time in each month.

8.2 The Contractor shall keep the Digital Catalogue accessible in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.

8.3 The Contractor shall run an online feedback survey of Users of the Digital Catalogue throughout the Term and shall report the results, including satisfaction ratings and a summary of free-text comments, to the Authority each quarter.

8.4 The Contractor is encouraged to review those results with the Authority at each quarterly meeting and to propose changes to the Digital Catalogue in response to them.

9. STANDARDS OF CONDUCT

9.1 The Seven Principles of Public Life shall be observed by the Contractor, and the Contractor shall ensure that they are observed by all Staff, in every dealing connected with this Contract.

9.2 The Contractor shall notify the Authority promptly of any departure from those principles by the Contractor or by any member of Staff of which it becomes aware.

9.3 The Contractor shall maintain a procedure through which Staff can raise concerns in confidence about suspected wrongdoing connected with this Contract, either with the Contractor or directly with the Authority's Monitoring Officer, and shall ensure that no person suffers any detriment for raising a concern in good faith.

9.4 The Contractor shall procure that every Sub-contractor accepts in writing obligations no less onerous than those in this clause 9 and in clauses 10 and 11, and shall enforce those obligations.

10. BRIBERY AND FRAUD

10.1 The Contractor shall not, and shall ensure that its Staff do not, offer, give, request or accept any inducement or reward in connection with this Contract, or commit any offence under the Bribery Act 2010 or the Fraud Act 2006.

10.2 The Contractor shall maintain adequate procedures to prevent bribery and fraud by any person performing services for it or on its behalf.

10.3 The Contractor shall notify the Authority immediately if it becomes aware of any breach of clause 10.1, or of any investigation into a suspected breach.

10.4 Within 20 Working Days of the Commencement Date, and on each anniversary of it, the Contractor shall certify to the Authority in writing that it has complied with this clause 10.

11. CONFLICTS OF INTEREST

11.1 The Contractor shall take all necessary steps to avoid any actual or potential conflict of interest, whether its own or that of any member of Staff, between private interests and the duties owed under this Contract. Where such a conflict arises, or appears likely to arise, the Contractor shall notify the Authority in writing without delay and give full details.

11.2 The Contractor shall take whatever steps the Authority directs to remove or manage a conflict notified under clause 11.1. If the Authority reasonably considers that a conflict cannot be adequately managed, it may terminate this Contract under clause 18.3.

11.3 The Contractor confirms that, before this Contract was awarded, it disclosed to the Authority every relationship between the Contractor or its Staff and any person involved in the procurement, and shall update that disclosure promptly if circumstances change.

12. CHARGES AND PAYMENT

12.1 The Authority shall pay the Charges set out in Schedule 3 within 30 days of receiving a valid and undisputed invoice.

12.2 The Contractor shall invoice monthly in arrears, quoting the Authority's purchase order number.

13. INTELLECTUAL PROPERTY

13.1 All intellectual property rights in the Digital Surrogates vest in the Authority on creation, and the Contractor assigns to the Authority with full title guarantee any such rights that would otherwise vest in it.

13.2 The Contractor shall deliver the master images to the Authority on encrypted drives at the end of each batch and shall securely delete its working copies within 30 days after the Authority confirms receipt.

14. FREEDOM OF INFORMATION AND TRANSPARENCY

14.1 The Contractor shall assist and co-operate with the Authority to enable it to comply with its obligations under the Freedom of Information Act 2000 and the Environmental Information Regulations 2004.

14.2 The Contractor shall pass any Request for Information that it receives to the Authority within two Working Days, and shall provide any information the Authority asks for in connection with such a request within five Working Days.

14.3 The Contractor acknowledges that the Authority may publish this Contract, subject only to redactions agreed under the Authority's publication policy.

15. RECORDS AND ACCESS

15.1 The Contractor shall keep full and accurate records relating to the Services for six years after the end of the Term.

15.2 The Contractor shall allow the Authority, its internal auditors and the external auditor access to its premises, records and Staff for the purpose of verifying its performance of this Contract.

16. AUTHORITY SERVICE COMPLAINTS

16.1 In this clause, "Service Complaint" means a written complaint made by the Authority's Project Officer about the Contractor's performance of the Services.

16.2 The Contractor shall log each Service Complaint, investigate it and reply in writing within five Working Days, stating the corrective action it will take.

17. DATA PROTECTION

17.1 The Authority is the controller and the Contractor is the processor of any personal data contained in Collection Items less than 100 years old. The Contractor shall process that data only on the Authority's documented instructions and in accordance with the UK GDPR and the Data Protection Act 2018.

17.2 The Contractor shall notify the Authority within 24 hours of becoming aware of any personal data breach.

18. TERMINATION

18.1 Either party may terminate this Contract by written notice if the other commits a material breach which is not remedied within 30 days after receiving notice requiring it to be remedied.

18.2 The Authority may terminate this Contract with immediate effect by written notice if the Contractor breaches clause 9 or clause 10, or if any member of Staff does so and the Contractor fails to remove that person from the Services promptly when the Authority asks.

18.3 The Authority may terminate this Contract with immediate effect by written notice in the circumstances described in clause 11.2.

18.4 The Authority may terminate this Contract for convenience by giving three months' written notice.

19. NON-SOLICITATION

19.1 During the Term and for six months afterwards the Contractor shall not solicit or entice away from the Authority any employee of the Authority who has been engaged in the management of this Contract.

20. DISPUTES

20.1 The parties shall first attempt in good faith to resolve any dispute through their contract managers and then through a director of the Contractor and the Authority's Head of Archives.

20.2 If the dispute is not resolved within 20 Working Days, either party may refer it to mediation under the CEDR Model Mediation Procedure.

21. GENERAL

21.1 This Contract is the entire agreement between the parties about its subject matter.

21.2 This Contract is governed by the law of England and Wales, and the courts of England and Wales have exclusive jurisdiction.

SCHEDULE 1 - COLLECTION ITEMS (SUMMARY)

|  Series                               Items    Est. images
|  Parish registers, 1538-1837          412      96,000
|  Bishop's transcripts                 188      21,500
|  Tithe apportionments                 141       9,800
|  Tithe maps (large format)            141         620

SCHEDULE 2 - SPECIFICATION (EXTRACT)

Masters are to be captured at 400 ppi, 16-bit colour, with a colour target in frame. Access images are to be 2,000 pixels on the long edge. Metadata is to follow the Record Office cataloguing standard.

SCHEDULE 3 - CHARGES

|  Capture, bound volume page           GBP 0.62 per image
|  Capture, tithe map sheet             GBP 38.00 per sheet
|  Hosting of Digital Catalogue         GBP 1,150.00 per month

Signed for and on behalf of the Authority .................................

Signed for and on behalf of the Contractor ................................
""",
    verdicts="""\
ES-01 pass cl. 9.1 passive: the Seven Principles "shall be observed by the Contractor" and its Staff
ES-02 gap cl. 5.1 is a collections-care code of practice (PAS 197), not a code of conduct; no conduct code elsewhere
ES-03 pass cl. 9.4 Contractor shall procure Sub-contractors accept obligations no less onerous than clauses 9-11 (ethics clauses)
ES-04 weak cl. 6.3 generic skills and induction programme only; ethics not named
ES-05 pass cl. 9.3 confidential route incl. to Monitoring Officer; no detriment for good-faith concerns
ES-06 pass cl. 10.1-10.3 no inducement or Bribery/Fraud Act offence, adequate procedures, immediate notice
ES-07 pass cl. 14.1-14.2 shall assist and co-operate with FOIA/EIR duties and pass on requests
ES-08 weak cl. 15.2 general access to verify performance; neither ethics nor the ethics clauses named
ES-09 pass cl. 18.2 immediate termination for breach of cl. 9 or 10, incl. failure to remove Staff
ES-10 weak cl. 10.4 annual certificate covers anti-bribery clause 10 only (one-topic)
COI-01 pass cl. 11.1 avoid actual/potential conflicts (own and Staff) and notify without delay (two sentences); cl. 1.2 precedence is a decoy
COI-02 pass cl. 11.2 steps as the Authority directs; termination under cl. 18.3 if unmanageable
COI-03 gap cl. 7.1 "hospitality" is the Authority's launch-event catering; no gifts/hospitality control on the Contractor
COI-04 weak cl. 19.1 non-solicitation of Authority staff only (partial revolving-door control)
COI-05 gap no declarations or register of interests
COI-06 pass cl. 11.3 confirms pre-award disclosure of relationships with those in the procurement, kept updated
CDM-01 gap cl. 16 "Service Complaint" is the Authority's own complaint about performance; no service-user procedure
CDM-02 gap cl. 4.2 monthly report has no complaint data; cl. 16 complaints are the Authority's own and are not reported
CDM-03 pass cl. 8.3 shall run a User feedback survey and report results quarterly
CDM-04 gap cl. 20.2 CEDR mediation between the parties only; no Ombudsman co-operation
CDM-05 weak cl. 8.4 "is encouraged to" review results and propose changes
CDM-06 gap cl. 4.3 and 16.2 timescales are for the Authority's queries and complaints; none for service-user complaints
""",
))

# ---------------------------------------------------------------------------
# c02 - air quality monitoring network (hand-built DOCX, auto numbering)
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    name="c02-air-quality-network",
    fmt="docx",
    build="hand-built DOCX zip",
    numbering="auto",
    headings="outline",
    setting="Metropolitan borough: operation and maintenance of the ambient air quality monitoring network (England)",
    authority="Council", provider="Service Provider",
    features="numbering.xml multi-level auto-numbering (clause numbers not in the text); headings marked by w:outlineLvl only (no heading styles); contents lines; table with a tracked insertion; tracked deletion of a flow-down; comment; footnotes; runs split mid-word by w:proofErr and bookmarks",
    blocks="""\
T: AGREEMENT FOR THE OPERATION AND MAINTENANCE OF THE AMBIENT AIR QUALITY MONITORING NETWORK
S: Harrowgate Metropolitan Borough Council and Cirrus Environmental Services Limited
P: This Agreement is dated 14 January 2025 and is made between Harrowgate Metropolitan Borough Council of the Civic Centre, Market Street, Harrowgate (the **Council**) and Cirrus Environmental Services Limited, a company registered in England under number 11223344 whose registered office is at 2 Anemometer Row, Leeford (the **Service Provider**).
H2: Contents
P: 1 Definitions and interpretation ... 2 Term ... 3 The Services ... 4 Data, reporting and publication ... 5 KPIs and remedial plans ... 6 Staff ... 7 Sub-contracting ... 8 Staff survey ... 9 Charges ... 10 Records and self audit ... 11 Ombudsman investigations ... 12 Standards of conduct ... 13 Speaking up ... 14 Fraud and bribery ... 15 Gifts, hospitality and interests ... 16 Data protection ... 17 Audit ... 18 Termination ... 19 Warranties ... 20 General
H: Definitions and interpretation
N: In this Agreement: **Analyser** means any automatic instrument measuring nitrogen dioxide, particulate matter or ozone at a Monitoring Site; **Monitoring Site** means each automatic station or diffusion tube location listed in Schedule 1; **Network** means all Monitoring Sites together with the data links to the Council's air quality website; **Ratified Data** means data that has passed the ratification process described in the Technical Guidance[[fn:Defra, Local Air Quality Management Technical Guidance LAQM.TG(22), August 2022.]]; **Staff** means all persons employed or engaged by the Service Provider or any Sub-contractor on the Services; and **Sub-contractor** means any person engaged by the Service Provider, with the Council's consent, to perform part of the Services.
N: If there is any conflict or inconsistency between the clauses and the Schedules, the clauses shall prevail.
H: Term
N: This Agreement begins on 1 April 2025 and continues for five years. The Council may extend it once, for up to two further years, by giving not less than six months' notice before expiry.
H: The Services
N: The Service Provider shall operate, calibrate, service and repair the Analysers at each Monitoring Site in accordance with Schedule 2 and the manufacturers' maintenance schedules.
N: The Service Provider shall attend any Monitoring Site within 24 hours of an Analyser fault alarm and shall restore data capture within 72 hours of the alarm.
N: The Service Provider shall change the diffusion tubes at each location monthly, in line with the national exposure calendar, and send them to the Council's nominated laboratory.
H: Data, reporting and publication
N: The Service Provider shall upload provisional data to the Council's air quality website every hour and shall deliver Ratified Data to the Council within six weeks after the end of each quarter.
N: The Service Provider shall submit a Monthly Report to the Council by the fifth Working Day of each month. The Monthly Report shall contain the information set out in the table below.
|Item|Content the Service Provider shall include
|Data capture|Percentage data capture for each Analyser, with reasons for any loss of data
|Faults|Each fault, the time of the alarm, the time of attendance and the time data capture was restored
|Site safety|Any accident, near miss or vandalism at a Monitoring Site
|Resident complaints|The number of complaints received from residents about Monitoring Sites (for example pump noise or obstruction of a footway), [[ins:the outcome of each (upheld or not upheld) ]]and the action taken
|KPIs|Performance against each KPI in Schedule 3
N: The Service Provider shall provide to the Council, in a form suitable for publication on the Council's open data pages, an annual summary of Network performance, and shall give the Council all assistance it reasonably requires to respond to requests made under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004.[[fn:SI 2004/3391. Monitoring data is environmental information within regulation 2(1).]]
H: KPIs and remedial plans
N: Where the Service Provider fails to meet any KPI in Schedule 3 in two consecutive months, it shall prepare a remedial plan identifying the root cause of the failure and the steps it will take to restore performance, and shall implement that plan once the Council has approved it.
H: Staff
N: The Service Provider shall ensure that all Staff engaged on the Services are competent, hold the relevant local site operator certificate and have completed training in working at height and roadside safety.
N: The Service Provider shall ensure that all Staff complete induction training covering the Council's Supplier Code of Conduct, ethical behaviour and the Service Provider's whistle¦blowing policy before starting work on the Services, with refresher training every year, and shall keep training records which it shall make available to the Council on request.
N: The Council's two Air Quality Technicians shall transfer to the Service Provider on 1 April 2025 under the Transfer of Undertakings (Protection of Employment) Regulations 2006, and Schedule 5 (Staff Transfer) shall apply to them.
H: Sub-contracting
N: The Service Provider shall not sub-contract any part of the Services without the Council's prior written consent.
N: The Service Provider shall ensure that every sub-contract includes data protection terms equivalent to clause 16 and requires the Sub-contractor to hold the insurances specified in Schedule 4[[del:, and shall procure that each Sub-contractor complies with obligations equivalent to those in clauses 12 to 15]].
H: Staff survey
N: The Service Provider shall carry out an annual survey of the Staff engaged on the Services about their working conditions and shall share an anonymised summary of the results with the Council.
H: Charges
N: The Council shall pay the Charges in Schedule 4 monthly in arrears within 30 days of receiving a valid invoice.
H: Records and self audit
N: The Service Provider shall keep full and accurate accounting records of all Charges and costs relating to this Agreement for six years after it ends.
N: Within three months after the end of each Contract Year the Service Provider shall deliver to the Council a Self Audit Certificate, signed by its finance director, confirming that its invoices for that year were accurate and that records were kept in accordance with the preceding sub-clause.
H: Ombudsman investigations
N: The Service Provider should co-operate with any investigation by the Local Government and Social Care Ombudsman into a complaint about a Monitoring Site, including by supplying information the Council needs in order to respond.
H: Standards of conduct
N: The Council is committed to the Seven Principles of Public Life, which bind its elected members and officers in the award and management of this Agreement.[[cm:Council legal: should the Service Provider itself be bound by the Nolan principles? To discuss before signature.]]
N: The Service Provider shall comply with the Council's Supplier Code of Conduct, as published on the Council's website and updated from time to time, and shall ensure that its Staff do the same.
H: Speaking up
N: The Service Provider shall maintain a whistle¦blowing policy under which Staff can raise concerns about suspected wrongdoing connected with this Agreement, either with the Service Provider or directly with the Council's Monitoring Officer, and shall not victim¦ise any person who does so in good faith.
H: Fraud and bribery
N: The Service Provider should maintain policies and procedures designed to prevent bribery, fraud and corruption in connection with this Agreement.
H: Gifts, hospitality and interests
N: The Service Provider shall not offer or give any gift, hospitality or other benefit to any officer or member of the Council who is involved in managing this Agreement.
N: The Service Provider shall record every gift or item of hospitality offered to or by its Staff in connection with this Agreement in a gifts and hospitality register and shall make the register available to the Council on request.
N: The Service Provider is encouraged to keep a register of the interests declared by its directors and senior managers.
H: Data protection
N: The Council is the controller and the Service Provider is the processor of the personal data of residents who host diffusion tubes. The Service Provider shall process that data only on the Council's written instructions.
N: The Service Provider shall notify the Council within 48 hours if it receives any request, complaint or communication relating to either party's obligations under the data protection legislation.
H: Audit
N: The Council may audit the Service Provider's compliance with clauses 12 to 15, including its compliance with the Supplier Code of Conduct, and the Service Provider shall give the Council's internal auditors access to its premises, records and Staff for that purpose on reasonable notice.
H: Termination
N: The Council may terminate this Agreement by written notice if the Service Provider commits a material breach which is irremediable, or which it fails to remedy within 30 days after being asked to do so.
N: The Council may terminate this Agreement for convenience by giving not less than six months' written notice.
H: Warranties
N: The Service Provider confirms that the information it gave in its Selection Questionnaire, including its statement that no mandatory or discretionary exclusion ground applied to it, was accurate when given and remains accurate at the date of this Agreement.
H: General
N: This Agreement is governed by the law of England and Wales.
H2: Schedule 3 - Key Performance Indicators
|KPI|Measure|Target
|KPI 1|Data capture for each Analyser in the month|At least 90%
|KPI 2|Attendance at a Monitoring Site after a fault alarm|Within 24 hours in every case
|KPI 3|Ratified Data delivered to the Council|Within six weeks after quarter end
""",
    verdicts="""\
ES-01 gap cl. 12.1 the Seven Principles bind the Council's own members and officers (wrong party); the comment on 12.1 is not contract text
ES-02 pass cl. 12.2 shall comply with the Council's Supplier Code of Conduct and ensure Staff do the same
ES-03 gap cl. 7.2 flow-down covers data protection and insurance only; the ethical flow-down is a tracked deletion
ES-04 pass cl. 6.2 induction and yearly training on the Supplier Code of Conduct, ethics and whistleblowing, with records
ES-05 pass cl. 13.1 whistleblowing policy incl. route to the Monitoring Officer; no victimisation
ES-06 weak cl. 14.1 "should maintain" anti-bribery and fraud procedures (permissive only)
ES-07 pass cl. 4.3 publishable annual summary and assistance with FOIA/EIR requests
ES-08 pass cl. 17.1 Council may audit compliance with the ethics clauses 12 to 15
ES-09 weak cl. 18.1 material-breach termination with no link to ethics
ES-10 gap cl. 10.2 Self Audit Certificate covers invoices and financial records only
COI-01 gap cl. 1.2 "conflict or inconsistency" is precedence wording; no conflict-of-interest duty
COI-02 gap cl. 18.2 termination for convenience only; no conflict management
COI-03 pass cl. 15.1-15.2 no gifts or hospitality to Council officers; gifts and hospitality register
COI-04 gap cl. 6.3 TUPE transfer of Council technicians is not a revolving-door control
COI-05 weak cl. 15.3 "is encouraged to" keep a register of interests
COI-06 gap cl. 19.1 exclusion-ground self-declaration only; no disclosure of relationships
CDM-01 gap cl. 16.2 data-protection "complaint or communication" only; no service-user complaints procedure
CDM-02 pass cl. 4.2 table: Monthly Report includes resident complaints, outcome (tracked insertion) and action
CDM-03 gap cl. 8.1 staff-only survey; no resident feedback
CDM-04 weak cl. 11.1 "should co-operate" with the LGSCO (permissive)
CDM-05 gap cl. 5.1 remedial plans cover technical KPIs only; no analysis of complaints or feedback
CDM-06 gap only fault-attendance (cl. 3.2) and data-protection notice (cl. 16.2) timescales; none for complaints
""",
))

# ---------------------------------------------------------------------------
# c03 - citizens' panel facilitation (Markdown, Scotland)
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    name="c03-citizens-panel",
    fmt="md",
    build="Markdown",
    setting="Scottish council: design and facilitation of a citizens' panel on climate action (Scots law)",
    authority="Purchaser", provider="Contractor",
    features="Markdown headings and bold defined terms; session table; 'must' drafting throughout; obligations split over two sentences; separate annual-assurance clause; public-statement restriction decoy",
    text="""\
# Contract for the Design and Facilitation of the Lochburn Citizens' Panel on Climate Action

**Contract number:** LC/CE/2025/004
**Date:** 21 February 2025

## Parties

1. **Lochburn Council**, a local authority constituted under the Local Government etc. (Scotland) Act 1994, having its principal office at Council Buildings, High Street, Lochburn (the **"Purchaser"**); and
2. **Deliberate Together Ltd**, a company incorporated in Scotland (registered number SC654321), having its registered office at 12 Skinnergate Wynd, Perth (the **"Contractor"**).

## 1. Definitions

1.1 In this Contract:

- **"Panel"** means the group of 40 residents of the Lochburn Council area selected by civic lottery to consider the question set out in Schedule 1;
- **"Panel Member"** means a member of the Panel;
- **"Staff"** means the facilitators, note-takers and any other person employed or engaged by the Contractor or a sub-contractor in delivering the Services;
- **"Services"** means the services described in clause 2 and Schedule 1; and
- **"Working Day"** means a day other than a Saturday, a Sunday or a public holiday in Lochburn.

## 2. The Services

2.1 The Contractor must design the Panel process, manage recruitment through its sortition partner, brief and support evidence speakers, facilitate all sessions and draft the Panel's report for the Panel's approval.

2.2 The sessions are to take place as follows:

| Session | Dates | Venue | Format |
|---|---|---|---|
| Welcome and learning 1 | 10-11 May 2025 | Lochburn Town Hall | In person |
| Learning 2 | 24 May 2025 | Online | Video call |
| Deliberation 1 | 7-8 June 2025 | Lochburn Town Hall | In person |
| Deliberation 2 | 21-22 June 2025 | Lochburn Academy | In person |
| Recommendations | 5 July 2025 | Lochburn Town Hall | In person |

2.3 The Contractor must pay Panel Members the participation payment set by the Purchaser and must arrange childcare, travel and British Sign Language support where requested.

## 3. Contract management and reporting

3.1 The Contractor's project lead must meet the Purchaser's contract manager monthly.

3.2 The Contractor must report to the Purchaser each month, in its monthly contract report, the number of complaints received from Panel Members and members of the public, the outcome of each (upheld, partially upheld or not upheld), whether each was answered within the timescales in clause 13 and any action taken as a result.

## 4. Panel Member experience

4.1 After each session the Contractor must invite every Panel Member to complete a short anonymous feedback survey, on paper or online, with help available for anyone who needs it. The Contractor must report the results to the Purchaser within 10 Working Days of the session.

4.2 The Contractor must analyse the survey results and the complaints received after each session to identify recurring themes. Where fewer than 80% of respondents rate a session as good or very good, the Contractor must agree an improvement action plan with the Purchaser before the next session.

## 5. Standards of conduct

5.1 The Contractor should have regard to the Seven Principles of Public Life (selflessness, integrity, objectivity, accountability, openness, honesty and leadership) when delivering the Services.

5.2 The Contractor must adopt and maintain a written code of conduct for its facilitators and must ensure that each facilitator has signed it before facilitating any session.

5.3 The Contractor will use reasonable endeavours to ensure that its sub-contractors, including the sortition partner and the venue caterers, observe standards equivalent to those in this clause 5 and in clause 6.

## 6. Bribery

6.1 The Contractor must not offer, promise, give, request or accept any bribe or other improper advantage in connection with this Contract, and must have in place adequate procedures to prevent bribery by persons associated with it, within the meaning of section 7 of the Bribery Act 2010.

6.2 The Contractor must keep a written record of the procedures referred to in clause 6.1 and must review them at least once a year.

## 7. Independence and conflicts of interest

7.1 The Panel's recommendations must be, and must be seen to be, the product of the Panel's own deliberation. Accordingly, the Contractor must ensure that neither it nor any member of Staff is placed in a position where a personal, professional or financial interest conflicts, or could reasonably be seen to conflict, with the duty to facilitate impartially, and must notify the Purchaser in writing immediately of any actual or potential conflict of interest.

7.2 Where a conflict is notified, the Purchaser and the Contractor should discuss how it might be managed.

7.3 The Contractor must not accept any gift, hospitality or payment from any organisation or individual seeking to influence the Panel, and must record every such offer in a gifts and hospitality register, which it must share with the Purchaser each month.

7.4 Before engaging on the Services anyone who, within the previous two years, was an elected member or an officer of the Purchaser, the Contractor must tell the Purchaser, and must then ensure that the person does not use information obtained in that former role.

7.5 The Contractor must obtain a declaration of interests, or a nil declaration, from each member of Staff who decides on Panel materials, the choice of evidence speakers or the drafting of recommendations, must keep those declarations in a register, and must publish the register on the Panel website.

7.6 The Contractor confirms that its tender disclosed every relationship between it and any person involved in the procurement, including the members of the evaluation panel, and undertakes to notify the Purchaser promptly if any new relationship of that kind arises.

## 8. Staff

8.1 The Contractor must ensure that every facilitator holds a current first-aid at work certificate and has completed the venue's fire-safety briefing before each in-person session.

8.2 The Contractor must not replace the lead facilitator without the Purchaser's prior approval.

## 9. Confidentiality and public statements

9.1 The Contractor must keep confidential all personal data of Panel Members and must use it only for the Services.

9.2 Neither the Contractor nor any member of Staff may make any public statement about the Panel's deliberations before the final report is published, unless the Purchaser has given written consent.

## 10. Freedom of information and publication

10.1 The Contractor acknowledges that the Purchaser is subject to the Freedom of Information (Scotland) Act 2002 and the Environmental Information (Scotland) Regulations 2004. The Contractor must give the Purchaser all the assistance it asks for in responding to an information request, within five Working Days of being asked.

10.2 The Contractor must publish the Panel's evidence materials and a summary of each session on the Panel website within 10 Working Days of the session.

## 11. Audit

11.1 The Purchaser may, on reasonable notice, audit the Contractor's performance of this Contract.

## 12. Complaints

12.1 The Contractor must operate a complaints procedure for Panel Members and members of the public, modelled on the Scottish Public Services Ombudsman's Model Complaints Handling Procedure. The procedure must be free to use, accessible (including easy read and Gaelic versions on request) and publicised on the Panel website and in the Panel Member handbook.

12.2 The Contractor must co-operate fully with the Scottish Public Services Ombudsman in any investigation of a complaint about the Services, including answering questions, providing information and attending meetings, and must implement any recommendation the Ombudsman makes.

## 13. Complaint timescales

13.1 The Contractor must acknowledge each complaint within three Working Days, give a frontline (stage 1) response within five Working Days and, where a complaint is escalated, give a stage 2 response within 20 Working Days.

13.2 If a stage 2 response cannot be given in time, the Contractor must explain the delay to the complainant and give a revised date.

## 14. Annual assurance

14.1 On signing this Contract, and on each anniversary of the date of signature, the Contractor must give the Purchaser a statement signed by a director confirming that the Contractor has complied with clauses 5 to 7 and that it has in place the structures and arrangements needed to maintain those standards.

## 15. Termination

15.1 If the Contractor or any member of Staff breaches clause 5.2 or clause 6, the Purchaser may require the removal of the individual concerned from the Services and may terminate this Contract with immediate effect by written notice.

15.2 Either party may terminate this Contract by giving the other three months' written notice.

## 16. Law

16.1 This Contract is governed by the law of Scotland and the parties prorogate the exclusive jurisdiction of the Scottish courts.

*Signed at Lochburn on 21 February 2025 for the Purchaser, and at Perth on 19 February 2025 for the Contractor.*
""",
    verdicts="""\
ES-01 weak cl. 5.1 "should have regard to" the Seven Principles (permissive)
ES-02 pass cl. 5.2 must adopt and maintain a written code of conduct signed by facilitators
ES-03 weak cl. 5.3 reasonable endeavours only to bind sub-contractors to clauses 5 and 6
ES-04 gap cl. 8.1 first-aid and fire-safety training only; no ethics training
ES-05 gap cl. 9 confidentiality and a no-public-statement restriction only; no speaking-up route (adverse wording)
ES-06 pass cl. 6.1 must not bribe and must have adequate procedures (s.7 Bribery Act 2010)
ES-07 pass cl. 10.1 must assist with FOISA/EISR requests (two sentences); cl. 10.2 publication
ES-08 weak cl. 11.1 general audit of performance; ethics not named
ES-09 pass cl. 15.1 removal of individuals and termination for breach of cl. 5.2 or 6
ES-10 pass cl. 14.1 signed director statement on signature and yearly, plus structures and arrangements
COI-01 pass cl. 7.1 must ensure no conflicting interest (it and Staff) and notify immediately
COI-02 weak cl. 7.2 parties "should discuss" management; no direction or termination right
COI-03 pass cl. 7.3 must refuse gifts and hospitality and keep a register shared monthly
COI-04 pass cl. 7.4 must tell the Purchaser before engaging its former members/officers within two years; no use of information
COI-05 pass cl. 7.5 declarations incl. nil declarations from decision-making Staff, register published
COI-06 pass cl. 7.6 confirms tender disclosed relationships with those in the procurement; will notify new ones
CDM-01 pass cl. 12.1 free, accessible, publicised procedure on the SPSO model
CDM-02 pass cl. 3.2 monthly complaint numbers, outcomes, timeliness and actions
CDM-03 pass cl. 4.1 post-session feedback survey reported within 10 Working Days
CDM-04 pass cl. 12.2 co-operate fully with the SPSO and implement recommendations
CDM-05 pass cl. 4.2 analyse themes; improvement action plan below 80% satisfaction
CDM-06 pass cl. 13.1-13.2 acknowledgement 3, stage 1 5 and stage 2 20 Working Days; delays explained
""",
))

# ---------------------------------------------------------------------------
# c04 - adult hearing service (HTML converted to DOCX by LibreOffice)
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    name="c04-adult-hearing-service",
    fmt="docx",
    build="HTML converted to DOCX by LibreOffice",
    numbering="literal",
    setting="NHS integrated care board: routine adult hearing loss (audiology) service specification and particulars extract",
    authority="Commissioner", provider="Provider",
    features="converted HTML: contents list, literal clause numbers, auto-lettered lists (ol type=a) carrying list lead-in obligations, quarterly reporting table with obligations in cells",
    blocks="""\
T: NHS Tamar Vale Integrated Care Board
S: Service Specification and Particulars Extract - Adult Hearing Loss Service (Routine, Age 50 and over)
|Party|Details
|Commissioner|NHS Tamar Vale Integrated Care Board (the "Commissioner")
|Provider|ClearTone Audiology LLP, registered number OC401122 (the "Provider")
|Contract|NHS Standard Contract 2025/26 (shorter form), reference TV-AUD-0925
|Service commencement|1 July 2025
H2: Contents
P: 1. Scope and interpretation
P: 2. Service model
P: 3. Workforce
P: 4. Governance and conduct
P: 5. Conflicts of interest
P: 6. Patient experience and complaints
P: 7. Information and transparency
P: 8. Reporting
P: 9. Assurance and remedies
H: 1. Scope and interpretation
N: 1.1 This document forms part of the contract between the Commissioner and the Provider for the Service. Words with capital letters have the meanings given in the General Conditions; "Staff" includes the staff of any Sub-Contractor.
N: 1.2 Where anything in this document is inconsistent with the General Conditions, the General Conditions take precedence.
H: 2. Service model
N: 2.1 The Service is a community-based hearing assessment, fitting and aftercare service for adults aged 50 and over with suspected age-related hearing loss, referred by their GP.
N: 2.2 The Provider must:
L: accept referrals through the national e-Referral Service;
L: offer an assessment appointment within six weeks of receiving a referral;
L: fit hearing aids, where clinically indicated, within four weeks of assessment; and
L: offer a follow-up appointment between six and twelve weeks after fitting, and aftercare (repairs, retubing and batteries) for the life of the hearing aid.
N: 2.3 Clinics must be held in premises with step-free access and a hearing loop.
H: 3. Workforce
N: 3.1 Audiologists must be registered with the Health and Care Professions Council or the Registration Council for Clinical Physiologists.
N: 3.2 The Provider must ensure that all Staff complete Freedom to Speak Up training and training on managing conflicts of interest within three months of starting and annually after that, and must keep training records available to the Commissioner.
H: 4. Governance and conduct
N: 4.1 The Provider must ensure that it and all Staff act in accordance with the Nolan Principles in delivering the Service and in all dealings with patients and the Commissioner.
N: 4.2 The Commissioner expects the Provider and its Sub-Contractors to meet the standards set out in the Supplier Code of Conduct published by the Cabinet Office.
N: 4.3 The Provider must impose on each Sub-Contractor, including any partner providing home visits for housebound patients, written obligations on conduct, conflicts of interest, gifts and hospitality and anti-bribery equivalent to those in sections 4 and 5, and must enforce them.
N: 4.4 The Provider must appoint a Freedom to Speak Up Guardian and must ensure that Staff can raise concerns with the Guardian or directly with the Commissioner. The Provider must not subject any member of Staff to any detriment for speaking up in good faith.
N: 4.5 The Provider must not commit or allow any offence under the Bribery Act 2010 or the Fraud Act 2006 in connection with the Service, must maintain counter fraud arrangements that meet the NHS Counter Fraud Authority's requirements for providers, and must notify the Commissioner immediately of any suspected fraud, bribery or corruption.
N: 4.6 The Provider warrants that it has in place, and will maintain, the governance arrangements necessary to support the standards in this section 4 and in section 5, including a named director accountable for them.
H: 5. Conflicts of interest
N: 5.1 The Provider must ensure that neither it nor any member of Staff is placed in a position where their interests (including any interest in a hearing aid manufacturer or a private hearing care business) conflict or may conflict with the interests of patients or with the Provider's duties under the contract, and must notify the Commissioner promptly in writing of any actual or potential conflict.
N: 5.2 The Provider must take such steps as the Commissioner directs to manage or remove a notified conflict and must record them in a written mitigation plan agreed with the Commissioner.
N: 5.3 The Provider must ensure that all Staff comply with the guidance Managing Conflicts of Interest in the NHS as it applies to declarations of interest. In particular the Provider must:
L: obtain an annual declaration of interests, or a nil declaration, from each member of Decision-Making Staff;
L: keep those declarations in a register available to the Commissioner; and
L: publish on its website the names of any Decision-Making Staff who have made neither a declaration nor a nil declaration.
N: 5.4 The Provider must not offer any gift, hospitality or other inducement to any GP practice, referrer or member of the Commissioner's staff with a view to influencing referrals, and must record all gifts and hospitality offered or received in a register open to the Commissioner.
N: 5.5 The Provider should confirm, if asked by the Commissioner, that it disclosed during accreditation any relationship with persons involved in the qualification process.
H: 6. Patient experience and complaints
N: 6.1 The Provider must operate a complaints procedure that complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, is free to use and accessible (including British Sign Language video and large print), and is publicised in clinics, on its website and in every hearing aid information pack.
N: 6.2 The Provider must acknowledge each complaint within three Working Days and send a full response within 25 Working Days, or within any longer period agreed with the complainant, explaining any delay.
N: 6.3 The Provider must use the Friends and Family Test after assessment and after fitting, and must report the results to the Commissioner monthly.
N: 6.4 The Provider must co-operate with the Parliamentary and Health Service Ombudsman in any investigation of a complaint about the Service, including by providing information and attending meetings, and must implement any recommendation it makes.
N: 6.5 The Provider must review complaint themes and Friends and Family Test results each quarter, carry out a root cause analysis of each upheld complaint, and agree an action plan with the Commissioner whenever the positive score falls below 90%.
H: 7. Information and transparency
N: 7.1 The Provider will use reasonable endeavours to help the Commissioner respond to requests under the Freedom of Information Act 2000 that relate to the Service.
H: 8. Reporting
N: 8.1 The Provider must submit the following reports to the Commissioner by the 15th Working Day after the end of each quarter:
|Report|What the Provider must include
|Activity|Referrals received, assessments, fittings, follow-ups and aftercare contacts
|Waiting times|Percentage of patients assessed within six weeks and fitted within four weeks of assessment
|Complaints|Complaints received; numbers upheld, partially upheld and not upheld; percentage answered within 25 Working Days; main themes and the actions taken
|Patient experience|Friends and Family Test response rate and positive score
H: 9. Assurance and remedies
N: 9.1 The Commissioner may audit the Provider's compliance with sections 4 and 5, and the Provider must give the Commissioner's auditors access to records and Staff for that purpose. Compliance with sections 4 and 5 will be reviewed at the quarterly contract review meetings.
N: 9.2 If the Provider is in material breach of the contract, the Commissioner may issue a Contract Performance Notice under the General Conditions and, if the breach is not remedied in accordance with an agreed Remedial Action Plan, may terminate the contract.
""",
    verdicts="""\
ES-01 pass cl. 4.1 must act in accordance with the Nolan Principles (Provider and Staff)
ES-02 weak cl. 4.2 the Commissioner "expects" the Supplier Code of Conduct standards
ES-03 pass cl. 4.3 must impose and enforce equivalent conduct, conflicts, gifts and anti-bribery obligations on Sub-Contractors
ES-04 pass cl. 3.2 Freedom to Speak Up and conflicts training at start and yearly, with records
ES-05 pass cl. 4.4 FTSU Guardian, route to the Commissioner, no detriment (two sentences)
ES-06 pass cl. 4.5 no Bribery/Fraud Act offences, counter fraud arrangements, immediate notice
ES-07 weak cl. 7.1 reasonable endeavours only to help with FOIA requests
ES-08 pass cl. 9.1 audit of compliance with sections 4 and 5, reviewed at quarterly meetings
ES-09 weak cl. 9.2 material-breach remedies with no link to ethics
ES-10 weak cl. 4.6 warranty of governance structures only; no certificate or statement
COI-01 pass cl. 5.1 must avoid conflicting interests (it and Staff) and notify promptly in writing
COI-02 pass cl. 5.2 must take steps the Commissioner directs, with a mitigation plan
COI-03 pass cl. 5.4 no gifts, hospitality or inducements to referrers or Commissioner staff; register
COI-04 gap nothing on former officials of the Commissioner or the Crown
COI-05 pass cl. 5.3(a)-(c) annual declarations incl. nil, register, publication of non-declarers
COI-06 weak cl. 5.5 "should confirm, if asked" (permissive, on request only)
CDM-01 pass cl. 6.1 procedure meeting the 2009 Regulations; free, accessible, publicised
CDM-02 pass cl. 8.1 table: quarterly complaints received, outcomes, timeliness, themes and actions
CDM-03 pass cl. 6.3 Friends and Family Test reported monthly
CDM-04 pass cl. 6.4 co-operate with the PHSO and implement recommendations
CDM-05 pass cl. 6.5 quarterly themes review, root cause analysis and action plan below 90%
CDM-06 pass cl. 6.2 acknowledge in 3 Working Days, respond in 25 or as agreed, explain delay
""",
))

# ---------------------------------------------------------------------------
# c05 - bushfire fuel reduction panel (hand-built ODT, Australia)
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    name="c05-fuel-reduction-panel",
    fmt="odt",
    build="hand-built ODT zip",
    numbering="auto",
    setting="Australian state agency: standing offer for mechanical bushfire fuel-load reduction and fire trail maintenance",
    authority="Principal", provider="Contractor",
    features="text:list multi-level auto-numbering (numbers not in the text); tracked deletion of a whole paragraph; tracked insertion; office:annotation; footnote; schedule-of-rates table; Australian 'must' drafting; integrity/armed-conflict decoys",
    blocks="""\
T: STANDING OFFER ARRANGEMENT
S: Mechanical Fuel Load Reduction and Fire Trail Maintenance Services - Panel Reference BRMA-2025-08
P: This Arrangement is made on 17 March 2025 between the Bushfire Risk Mitigation Agency, ABN 11 222 333 444, for and on behalf of the Crown in right of the State of New South Wales (**Principal**) and Ironbark Vegetation Services Pty Ltd, ABN 55 666 777 888, of 9 Stringybark Road, Bellwood (**Contractor**).
H: Definitions and interpretation
N: In this Arrangement: **Business Day** means a day that is not a Saturday, Sunday or public holiday in Sydney; **Fire Trail** means a track or trail identified in an Order; **Landholder** means an owner or occupier of land on or next to which Work is performed; **Order** means a written order for Work issued by the Principal under clause 2; **Personnel** means the Contractor's officers, employees, agents and subcontractors; **Statement of Business Ethics** means the Principal's statement of business ethics for suppliers, as amended from time to time[[fn:Published on the Principal's website under "Doing business with us". The version current at the date of this Arrangement is Annexure B.]]; and **Work** means the services described in an Order.
N: If there is any inconsistency between these conditions and an Order, these conditions prevail.
H: Standing offer
N: This Arrangement is a standing offer. The Principal is not obliged to issue any Order.
N: Each Order forms a separate contract on the terms of this Arrangement.
H: Performance of Work
N: The Contractor must perform the Work in accordance with each Order, the Fire Trail standards referred to in the Order and the Principal's environmental approvals.
N: The Contractor must maintain the integrity of containment lines and must not damage the structural integrity of culverts, causeways or gates on any Fire Trail.
N: Before entering any land, the Contractor must give the Landholder at least 5 Business Days' notice of the Work to be performed.
H: Work health and safety
N: The Contractor must comply with the Work Health and Safety Act 2011 (NSW) and must prepare a safe work method statement for each Order before starting Work.
N: The Contractor must ensure that its Personnel are appropriately trained, qualified and inducted for the Work.
N: Every chainsaw operator must hold the nationally recognised units of competency for tree felling, and every machine operator must hold a current licence for the plant they operate.
H: Subcontracting
N: The Contractor must not subcontract any part of the Work without the Principal's prior written consent.
N: The Contractor is liable for the acts and omissions of its subcontractors as if they were its own.
H: Business ethics
N: The Contractor must comply with the Statement of Business Ethics and must ensure that its Personnel are aware of it.
N: The Contractor should not offer gifts, benefits or hospitality to the Principal's officers.[[cm:Procurement: the Statement of Business Ethics already deals with gifts. Do we want a register requirement here as well?]]
H: Corrupt conduct
N: The Contractor must not, and must ensure that its Personnel do not, offer or give any bribe, secret commission or other improper inducement to any officer of the Principal or to any other person in connection with this Arrangement.
N: The Contractor must maintain adequate procedures to prevent its Personnel from engaging in corrupt conduct within the meaning of the Independent Commission Against Corruption Act 1988 (NSW).
D: The Contractor must notify the Principal immediately if any conflict of interest arises, or is likely to arise, in the performance of the Work.
H: Modern slavery
N: The Contractor must take reasonable steps to identify and address modern slavery risks in its operations and supply chains, and must give its workers information on how to report modern slavery concerns to the Anti-slavery Commissioner's helpline.
H: Annual ethics certificate
N: The Contractor must, within 20 Business Days after the date of this Arrangement and by 31 July in each following year, give the Principal a certificate signed by a director stating that the Contractor has complied with the Statement of Business Ethics and clauses 6 to 8[[ins: and that it maintains governance arrangements which support those standards]].
H: Procurement disclosures
N: The Contractor warrants that, when it lodged its offer, it disclosed to the Principal every relationship between the Contractor or its Personnel and any officer of the Principal involved in the procurement, and the Contractor must keep that disclosure up to date during the term of this Arrangement.
N: Each member of the Principal's tender evaluation committee completed a declaration of interests before assessing offers.
H: Confidentiality
N: The Contractor must keep confidential all confidential information of the Principal and must not disclose it except to Personnel who need to know it or where required by law.
H: Landholder liaison
N: On request, the Contractor must give the Principal details of any complaints it has received from Landholders and of how they were dealt with.
H: Workplace arrangements
N: The Contractor must have a grievance procedure under which its employees can raise workplace grievances, consistent with the Fair Work Act 2009 (Cth).
H: Inspection of records
N: The Principal may inspect and copy the Contractor's invoices, timesheets, plant logs and accounting records to verify any claim for payment.
H: Payment
N: The Principal must pay each correctly rendered invoice within 20 Business Days after receiving it.
H: Termination
N: The Principal may terminate this Arrangement or any Order by notice if the Contractor or any of its Personnel engages in conduct that breaches the Statement of Business Ethics or clause 7, and may require the Contractor to remove any person involved from the Work.
N: The Principal may terminate this Arrangement for convenience by giving 30 days' notice.
H: Force majeure
N: **Force Majeure Event** includes bushfire, flood, storm, epidemic, war, armed conflict, terrorism and any declared state of emergency that prevents performance of the Work.
H: Disputes
N: A party must not start court proceedings about a dispute unless it has first tried to resolve the dispute by negotiation and then by mediation administered by the Resolution Institute.
H: Governing law
N: This Arrangement is governed by the law of New South Wales.
H2: Annexure A - Schedule of Rates
|Item|Unit|Rate (excluding GST)
|Slashing and mulching, light fuel|hectare|$640.00
|Slashing and mulching, heavy fuel|hectare|$1,180.00
|Fire Trail grading|kilometre|$2,350.00
|Drain and culvert clearing|each|$95.00
|Mobilisation per Order|lump sum|$1,400.00
""",
    verdicts="""\
ES-01 gap cl. 3.2 "integrity" of containment lines and culverts is a decoy; no public-life principles
ES-02 pass cl. 6.1 must comply with the Principal's Statement of Business Ethics
ES-03 gap cl. 5.1-5.2 consent to subcontract and liability for subcontractors only; no ethical flow-down
ES-04 weak cl. 4.2 generic "appropriately trained, qualified and inducted"; cl. 4.3 is technical competence
ES-05 weak cl. 8.1 modern slavery helpline information only (partial)
ES-06 pass cl. 7.1-7.2 no bribes or secret commissions; adequate procedures against corrupt conduct
ES-07 gap cl. 11.1 confidentiality only; no information-access co-operation
ES-08 gap cl. 14.1 inspection of invoices and accounting records to verify payment claims (financial only)
ES-09 pass cl. 16.1 termination and removal of persons for breach of the Statement of Business Ethics or cl. 7
ES-10 pass cl. 9.1 signed director certificate within 20 Business Days and yearly; governance arrangements in a tracked insertion
COI-01 gap the only avoid/notify duty (after cl. 7.2) is a tracked deletion; cl. 1.2 inconsistency and cl. 17.1 "armed conflict" are decoys
COI-02 gap cl. 16.2 termination for convenience only; no conflict management
COI-03 weak cl. 6.2 "should not offer" gifts or hospitality; the annotation is not contract text
COI-04 gap nothing on former officials of the Principal
COI-05 gap cl. 10.2 declarations are by the Principal's own evaluation committee (buyer side, narrative)
COI-06 pass cl. 10.1 warrants disclosure at offer of relationships with officers in the procurement; kept up to date
CDM-01 gap cl. 13.1 staff grievance procedure only; no Landholder complaints procedure
CDM-02 weak cl. 12.1 Landholder complaint details given on request only
CDM-03 gap no satisfaction or feedback collection
CDM-04 gap cl. 18.1 negotiation and mediation between the parties only
CDM-05 gap no analysis of complaints or feedback
CDM-06 gap cl. 15.1 is a payment term; no complaint timescales
""",
))

# ---------------------------------------------------------------------------
# c06 - peatland rewetting works (flat ODT converted to ODT by LibreOffice, Ireland)
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    name="c06-peatland-rewetting",
    fmt="odt",
    build="flat ODT (.fodt) converted to ODT by LibreOffice",
    numbering="auto",
    setting="Irish state body: cutaway bog rehabilitation and rewetting works contract",
    authority="Contracting Authority", provider="Contractor",
    features="converted from .fodt: text:list auto-numbering; heading with no body; tracked deletion of a whole paragraph; tracked insertion; office:annotation; footnote; programme and project-area tables; Irish drafting (Protected Disclosures Act 2014, FOI Act 2014)",
    blocks="""\
T: CONTRACT FOR PEATLAND REHABILITATION WORKS
S: Cutaway Bog Rewetting - Lot 3 (Counties Offaly and Westmeath) - Contract No. NPRO/W/2025/03
P: This Contract is made on 2 April 2025 between the National Peatlands Restoration Office of Block C, Lough Ree Business Park, Athlone, Co. Westmeath (the **Contracting Authority**) and Midlands Rewet Contracting DAC, a designated activity company registered in Ireland under number 701234, of Clonbrin Yard, Ferbane, Co. Offaly (the **Contractor**).
H: Definitions
N: In this Contract: **Applicable Law** means all laws in force in Ireland from time to time, including the Safety, Health and Welfare at Work Act 2005, the Wildlife Acts 1976 to 2023, the Criminal Justice (Corruption Offences) Act 2018 and the Data Protection Acts 1988 to 2018; **Personnel** means the Contractor's employees, agents and subcontractors; **Project Area** means the cutaway bogs identified in Schedule 1; **Turbary Right** means a right to cut turf on land within or adjoining the Project Area[[fn:Including rights registered as burdens on folios maintained by Tailte Éireann.]]; and **Working Day** means a day other than a Saturday, Sunday or public holiday in Ireland.
N: The Contractor shall comply with all Applicable Law in carrying out the Works.
H: The Works
N: The Contractor shall carry out the Works described in Schedule 2, comprising drain blocking with peat dams, construction of contour bunds and berms, re-profiling of high fields and removal of redundant plastic piping, in accordance with the approved Rehabilitation Plan.
N: The Works are to be carried out in the following seasons:
|Phase|Bogs|Season
|1|Derrylea, Clonshannagh|August to November 2025
|2|Ballykeeran North, Garryhinch|August to November 2026
|3|Remaining areas of the Project Area|August to November 2027
H: Environmental protection
N: The Contractor shall report every environmental incident, including any release of silt or peat-laden water and any fuel spill, to the Contracting Authority within 24 hours, and shall include a summary of all incidents in its monthly report.
H: Community and landowner liaison
N: The Contractor shall appoint a Community Liaison Officer, who shall attend the quarterly community forum held in Ferbane.
N: The Contractor should have a procedure for dealing with complaints from landowners, holders of Turbary Rights and local residents about the Works.
N: The Contractor should aim to respond to each such complaint within 10 Working Days.
D: The Contractor shall survey landowners and holders of Turbary Rights on their satisfaction with its liaison arrangements at the end of each season and shall report the results to the Contracting Authority.
H: Training and competence
N: The Contractor shall deliver two half-day training workshops on drain-blocking and bund-construction techniques to the Contracting Authority's ecologists and site supervisors.
N: The Contractor shall ensure that all Personnel hold a valid Safe Pass card and that each plant operator holds the relevant construction skills certificate for the machine operated.
H: Standards in public service
N: The Contractor shall, and shall ensure that its Personnel, act at all times in accordance with the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership in performing the Works and in all dealings with the Contracting Authority, landowners and the public.
N: The Contractor shall have in place procedures enabling its workers to make protected disclosures in accordance with the Protected Disclosures Act 2014, and shall not penalise, or threaten penalisation against, any worker for making a protected disclosure.
N: The Contractor shall ensure that each subcontract contains obligations concerning ethical conduct, protected disclosures and conflicts of interest no less onerous than those in this clause and in clause 8.
N: The Contractor may provide the Contracting Authority with an annual statement of its compliance with this clause and with clause 8.
H: Code of Conduct
H: Conflicts of interest
N: The Contractor shall ensure that no conflict arises between its interests (or those of its Personnel) and its duties under this Contract, in particular through any interest in land or Turbary Rights within or adjoining the Project Area, and shall notify the Contracting Authority in writing immediately of any actual or potential conflict of interest.
N: The Contractor shall comply with any direction given by the Contracting Authority to remove or mitigate a conflict notified under clause 8.1.
N: The Contractor shall not, without the prior written approval of the Contracting Authority, employ or engage on the Works any person who within the preceding 24 months was an employee of the Contracting Authority involved in the tender for this Contract.
N: The Contractor should maintain a register of the interests of its directors and project managers.[[cm:Consider adding a prohibition on gifts and hospitality to Contracting Authority staff, as in the Lot 1 contract.]]
H: Information and transparency
N: The Contractor shall assist the Contracting Authority in meeting its obligations under the Freedom of Information Act 2014[[ins: and shall provide monthly progress data in a format suitable for publication on the Contracting Authority's website]].
H: Records and inspection
N: The Contractor shall keep records relating to the Works for seven years after completion and shall permit the Contracting Authority's authorised officers to inspect and copy those records at reasonable times.
H: Payment
N: The Contracting Authority shall pay interim payments monthly, within 15 days after receiving a valid payment claim certified by the Contracting Authority's Representative.
H: Termination
N: The Contracting Authority may terminate this Contract at any time for its convenience by giving the Contractor 30 days' written notice.
N: The Contracting Authority may terminate this Contract with immediate effect if the Contractor becomes insolvent, enters examinership or has a receiver appointed over any of its assets.
H: Disputes
N: Any dispute shall first be referred to conciliation under the procedure in Schedule 4 and, if not resolved, to arbitration under the Arbitration Act 2010.
H: Governing law
N: This Contract is governed by the laws of Ireland.
H2: Schedule 1 - Project Area
|Bog|Townland|Area (ha)
|Derrylea|Derrylea, Co. Offaly|412
|Clonshannagh|Clonshannagh, Co. Offaly|288
|Ballykeeran North|Ballykeeran, Co. Westmeath|356
|Garryhinch|Garryhinch, Co. Offaly|197
""",
    verdicts="""\
ES-01 pass cl. 6.1 shall act in accordance with selflessness, integrity, objectivity, accountability, openness, honesty and leadership
ES-02 gap cl. 7 "Code of Conduct" is a heading with no body
ES-03 pass cl. 6.3 each subcontract to contain ethical, protected-disclosure and conflicts obligations no less onerous
ES-04 gap cl. 5.1 training is delivered to the Contracting Authority's staff; cl. 5.2 is safety certification only
ES-05 pass cl. 6.2 protected-disclosure procedures under the 2014 Act; no penalisation
ES-06 gap cl. 1.1 corruption Act named only in the definition of Applicable Law; cl. 1.2 is a general compliance duty
ES-07 pass cl. 9.1 shall assist with FOI Act 2014 obligations; publication data added by tracked insertion
ES-08 weak cl. 10.1 general inspection of records; ethics not named
ES-09 gap cl. 12 termination for convenience or insolvency only
ES-10 weak cl. 6.4 "may provide" an annual compliance statement (permissive)
COI-01 pass cl. 8.1 shall ensure no conflict (incl. land and turbary interests) and notify immediately
COI-02 pass cl. 8.2 shall comply with directions to remove or mitigate a notified conflict
COI-03 gap only the annotation on cl. 8.4 mentions gifts and hospitality (not contract text)
COI-04 pass cl. 8.3 no engagement of the Authority's tender staff within 24 months without approval
COI-05 weak cl. 8.4 "should maintain" a register of interests
COI-06 gap no procurement-stage disclosure confirmation
CDM-01 weak cl. 4.2 "should have" a complaints procedure
CDM-02 gap cl. 3.1 environmental incident reporting only; no complaint data
CDM-03 gap the satisfaction survey (after cl. 4.3) is a tracked deletion
CDM-04 gap cl. 13.1 conciliation and arbitration between the parties only
CDM-05 gap no analysis of complaints or feedback
CDM-06 weak cl. 4.3 "should aim to respond" within 10 Working Days (permissive)
""",
))

# ---------------------------------------------------------------------------
# c07 - newcomer settlement contribution agreement (plain text, Canada)
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    name="c07-newcomer-settlement",
    fmt="txt",
    build="plain text, paragraphs wrapped at 80 columns with hanging indents",
    setting="Canadian federal department: contribution agreement for newcomer settlement services",
    authority="Department", provider="Recipient",
    features="CRLF line endings; Canadian drafting (WHEREAS recitals, sections, 'Recipient' as the provider party); list lead-in reporting duty; obligations split over two sentences; recital decoy; reasonable-efforts wording",
    wrap=80,
    crlf=True,
    text="""\
CONTRIBUTION AGREEMENT - NEWCOMER SETTLEMENT SERVICES

Agreement No. SET-2025-0412

BETWEEN:

HIS MAJESTY THE KING IN RIGHT OF CANADA, as represented by the Minister responsible for the Department of Newcomer Integration (the "Department")

AND:

PRAIRIE GATEWAY NEWCOMER CENTRE INC., a not-for-profit corporation incorporated under the Canada Not-for-profit Corporations Act, with its head office at 1840 Albert Street, Regina, Saskatchewan (the "Recipient")

WHEREAS the Department delivers programs to support the settlement and integration of newcomers to Canada;

WHEREAS the Department and its employees are guided by the Values and Ethics Code for the Public Sector, which rests on respect for democracy, respect for people, integrity, stewardship and excellence;

WHEREAS the Recipient has applied for a contribution to deliver the Project described in Schedule A, and the Department has agreed to provide that contribution on the terms of this Agreement;

NOW THEREFORE the parties agree as follows:

1. INTERPRETATION

1.1 In this Agreement, "Clients" means permanent residents and protected persons who are eligible for services under the Project; "Eligible Expenditures" means the costs described in Schedule B; "Fiscal Year" means the period from April 1 to March 31; "Project" means the settlement services project described in Schedule A; and "Third Party" means any person, other than a Client, with whom the Recipient contracts to deliver part of the Project.

1.2 The Schedules form part of this Agreement. In the event of any inconsistency between the body of this Agreement and a Schedule, the body of this Agreement prevails.

2. PURPOSE AND TERM

2.1 The purpose of this Agreement is to support the Recipient in delivering the Project. This Agreement takes effect on April 1, 2025 and ends on March 31, 2028, unless it is terminated earlier under section 14.

3. CONTRIBUTION

3.1 The Department will contribute the lesser of $1,842,000 and the Eligible Expenditures actually incurred.

3.2 The Department will pay the contribution in quarterly advances based on the Recipient's cash-flow forecast and will hold back ten percent of each Fiscal Year's contribution until it has accepted the Recipient's Annual Report.

4. PROJECT DELIVERY

4.1 The Recipient shall deliver needs assessments, information and orientation, referrals, employment-related services and community connections activities to Clients in Regina and the surrounding communities, as described in Schedule A.

4.2 The Recipient shall deliver services in English or French at the Client's choice, and shall arrange interpretation where a Client needs it.

5. REPORTING

5.1 The Recipient shall submit to the Department:

(a) a Quarterly Activity Report within 30 days after the end of each quarter, setting out the number of Clients served by type of service and the number of Client complaints received and resolved, together with their outcomes;

(b) an Annual Report within 90 days after the end of each Fiscal Year, describing the results achieved against the targets in Schedule A; and

(c) audited financial statements for each Fiscal Year, within 120 days after its end.

5.2 The Recipient may collect Client satisfaction information using the Department's Client Experience Survey tool.

6. CODE OF CONDUCT AND TRAINING

6.1 The Recipient shall adopt, maintain and enforce a written code of conduct for its directors, employees and volunteers involved in delivering the Project.

6.2 The Recipient shall ensure that every employee and volunteer completes training on that code of conduct, on conflict of interest and on the respectful treatment of Clients within 60 days of starting and every year after that. The Recipient shall keep records of that training and provide them to the Department on request.

6.3 The Department expects the Recipient to require each Third Party to observe the Recipient's code of conduct.

7. FRAUD AND IMPROPER PAYMENTS

7.1 The Recipient shall not pay, offer or agree to pay any commission, contingency fee, kickback or other inducement to any person in order to obtain or keep this Agreement, and shall not make any payment that would be an offence under the Criminal Code or the Corruption of Foreign Public Officials Act.

7.2 The Recipient shall maintain internal controls adequate to prevent and detect fraud in its use of the contribution, and shall repay to the Department any part of the contribution lost through fraud or misuse.

8. CONFLICT OF INTEREST

8.1 The Recipient shall avoid any actual, apparent or potential conflict of interest in carrying out the Project, including any conflict arising from a director's or employee's interest in a Third Party, and shall disclose any such conflict to the Department in writing without delay.

8.2 Where a conflict is disclosed, the Recipient should consider what steps would mitigate it.

8.3 The Recipient is encouraged to adopt a written policy on the acceptance of gifts and hospitality by its directors and employees.

8.4 The Recipient shall ensure that no current or former public office holder or public servant who is not in compliance with the post-employment provisions of the Conflict of Interest Act or of the Values and Ethics Code for the Public Sector receives any direct benefit from this Agreement.

8.5 The Recipient confirms that its application disclosed every relationship between its directors or senior staff and any employee of the Department involved in assessing that application, and shall notify the Department promptly of any new relationship of that kind.

9. CLIENT COMPLAINTS

9.1 The Recipient shall maintain a Client complaints process that is free of charge, available in both official languages with interpretation on request, explained to every Client at intake and displayed at each service location.

9.2 The Recipient shall acknowledge each Client complaint in writing within 5 business days and shall provide a written decision within 30 calendar days. If it cannot meet that deadline, it shall explain the delay to the Client and give a new date.

9.3 Should a Client ask the Department's designated independent reviewer to examine a complaint, the Recipient should co-operate with that review.

9.4 The Recipient shall analyse Client complaints each Fiscal Year for trends and root causes and shall set out in its Annual Report the actions it has taken in response.

10. PRIVACY AND CONFIDENTIALITY

10.1 The Recipient shall collect, use, disclose and retain Clients' personal information only as needed for the Project and in accordance with applicable privacy legislation, and shall keep that information confidential.

11. ACCESS TO INFORMATION AND PUBLIC DISCLOSURE

11.1 The Recipient acknowledges that the Department is subject to the Access to Information Act and the Privacy Act, and that information provided under this Agreement may be disclosed in accordance with those Acts. The Recipient will make reasonable efforts to assist the Department in responding to requests under the Access to Information Act.

11.2 The Department may publicly disclose the name of the Recipient, the amount of the contribution and the nature of the Project.

12. AUDIT

12.1 The Department may, at any time during the term of this Agreement and for three years after it ends, audit or have audited the Recipient's compliance with sections 6 to 8 as well as its use of the contribution, and the Recipient shall give the Department's auditors access to its premises, records and personnel for that purpose.

13. ANNUAL ATTESTATION

13.1 The Recipient shall provide with each Annual Report an attestation signed by the chair of its board confirming that the Recipient complied with sections 6 to 8 during the Fiscal Year and that it has governance arrangements in place to support those standards.

14. DEFAULT AND REMEDIES

14.1 Each of the following is an Event of Default: (a) the Recipient fails to comply with any term of this Agreement; (b) the Recipient becomes bankrupt or insolvent; or (c) the Recipient ceases to operate.

14.2 If an Event of Default occurs, the Department may suspend or reduce payments, require the Recipient to repay all or part of the contribution, or terminate this Agreement by written notice.

15. GENERAL

15.1 This Agreement is governed by the laws of the Province of Saskatchewan and the federal laws of Canada applicable there.

15.2 The Recipient shall acknowledge the Department's financial support in all public communications about the Project, in both official languages.

SIGNED on behalf of the Department by its authorized officer, and on behalf of the Recipient by two of its directors.
""",
    verdicts="""\
ES-01 gap recitals only: the Values and Ethics Code guides the Department and its employees (recital, wrong party)
ES-02 pass s. 6.1 shall adopt, maintain and enforce a written code of conduct
ES-03 weak s. 6.3 the Department "expects" the code to be imposed on Third Parties
ES-04 pass s. 6.2 training on the code and conflict of interest within 60 days and yearly; records (two sentences)
ES-05 gap s. 10.1 confidentiality only; no speaking-up route or protection
ES-06 pass s. 7.1-7.2 no kickbacks or inducements; adequate fraud controls
ES-07 weak s. 11.1 "reasonable efforts" to assist with access-to-information requests
ES-08 pass s. 12.1 Department may audit compliance with the ethics sections 6 to 8
ES-09 weak s. 14 general Event of Default remedies with no ethics link
ES-10 pass s. 13.1 annual board-chair attestation of compliance with ss. 6-8 and supporting arrangements
COI-01 pass s. 8.1 avoid actual, apparent or potential conflicts and disclose without delay
COI-02 weak s. 8.2 "should consider" mitigation only
COI-03 weak s. 8.3 "is encouraged to" adopt a gifts and hospitality policy
COI-04 pass s. 8.4 shall ensure no former public office holder or public servant in breach of post-employment rules benefits
COI-05 gap no declarations or register of interests
COI-06 pass s. 8.5 confirms the application disclosed relationships with assessing staff; will notify new ones
CDM-01 pass s. 9.1 free, bilingual, publicised Client complaints process
CDM-02 pass s. 5.1(a) quarterly complaint numbers and outcomes (list lead-in)
CDM-03 weak s. 5.2 "may collect" satisfaction information
CDM-04 weak s. 9.3 "should co-operate" with the independent reviewer
CDM-05 pass s. 9.4 annual trend and root-cause analysis with actions reported
CDM-06 pass s. 9.2 acknowledge in 5 business days, decide in 30 days, explain delay
""",
))

# ---------------------------------------------------------------------------
# c08 - vote-by-mail ballot services (Markdown, United States)
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    name="c08-mail-ballot-services",
    fmt="md",
    build="Markdown",
    setting="US county: vote-by-mail ballot printing, mailing and return-envelope processing (Washington State)",
    authority="County", provider="Vendor",
    features="US drafting (Sections, Vendor/County, WHEREAS recitals, certifications); Markdown headings, bullet definitions and fee table; 'expects' wording; debarment certification and county-certification decoys; obligations split across two sentences",
    text="""\
# PROFESSIONAL SERVICES AGREEMENT

## Vote-by-Mail Ballot Printing, Mailing and Return Envelope Processing

**Agreement No. PC-AUD-25-009**

This Agreement is entered into as of February 3, 2025, by and between **Pinecrest County**, a political subdivision of the State of Washington, acting through the Pinecrest County Auditor, Elections Division ("**County**"), and **Keystone Ballot Solutions, Inc.**, a Delaware corporation authorized to do business in Washington ("**Vendor**").

### Recitals

WHEREAS, County conducts all elections by mail under chapter 29A.40 RCW; and

WHEREAS, County issued Request for Proposals No. 24-117 and selected Vendor's proposal as the most advantageous to County;

NOW, THEREFORE, County and Vendor agree as follows:

### Section 1. Definitions

- "**Ballot Packet**" means the ballot, return envelope, security sleeve and instruction insert mailed to each Voter.
- "**Election**" means each primary, general or special election listed in Exhibit A.
- "**Personnel**" means Vendor's employees, agents and subcontractors.
- "**Voter**" means a registered voter of Pinecrest County.

### Section 2. Scope of Work

2.1 Vendor shall print, assemble and mail Ballot Packets, and shall scan and sort returned envelopes for County's signature verification staff, as described in Exhibit A (Scope of Work).

2.2 Vendor shall deliver a Ballot Quantity Certificate to County before each mailing, stating the number of Ballot Packets printed for each ballot style.

### Section 3. Term

3.1 This Agreement runs from the date above through June 30, 2027, and covers every Election held during that period.

### Section 4. Compensation

4.1 County shall pay Vendor the fees in Exhibit B within 30 days after receiving a correct invoice.

| Item | Fee |
|---|---|
| Ballot Packet printing and assembly | $0.41 per packet |
| First-class outbound postage handling | $0.03 per packet |
| Return envelope scanning and sorting | $0.12 per envelope |

### Section 5. Voter Service

5.1 Vendor shall establish and operate a voter inquiry and complaint procedure for problems with Ballot Packets, such as misprints, missing inserts and late delivery, including a toll-free line staffed from the mailing date until certification of the Election, an email address, and translated instructions in each language County must provide under Section 203 of the Voting Rights Act. Vendor shall print the procedure on the ballot insert, and County shall publish it on its website.

5.2 Vendor shall acknowledge each Voter complaint within one business day and shall resolve it, or refer it to County with Vendor's findings, within five business days. Between Election Day and certification, Vendor shall resolve or refer each complaint within 24 hours.

5.3 Upon County's request, Vendor shall provide a log of the Voter complaints it has received.

5.4 Vendor is encouraged to review Voter complaints after each Election and to share any lessons learned with County.

5.5 Vendor represents that its services consistently achieve customer satisfaction ratings above 98% among its county clients.

### Section 6. Standards of Conduct

6.1 County expects Vendor and its Personnel to uphold the standards of conduct expected of holders of public office in all work connected with an Election.

6.2 County employees are subject to the County Code of Ethics (Chapter 2.44 of the Pinecrest County Code).

6.3 Vendor shall ensure that all Personnel assigned to the Services receive appropriate training and orientation before beginning work.

### Section 7. Whistleblower Protection

7.1 Vendor shall not discharge, demote, suspend, threaten, harass or otherwise retaliate against any employee who in good faith reports to County, the Secretary of State or a law enforcement agency any suspected violation of law or of this Agreement.

7.2 Vendor shall post a notice of County's fraud, waste and abuse hotline at each facility where Ballot Packets are handled.

### Section 8. Gratuities and Kickbacks

8.1 Vendor shall not offer or give any gift, gratuity, meal, entertainment or other thing of value to any County officer or employee. Vendor shall ensure that its Personnel refuse any gift or hospitality offered by a candidate, campaign or political committee, and shall record each such offer in a log provided to County after each Election.

8.2 Vendor shall not pay or agree to pay any kickback, bribe or contingent fee to obtain or retain this Agreement, shall maintain adequate procedures to prevent bribery by its Personnel, and shall notify County immediately of any suspected violation of this Section 8.

### Section 9. Conflicts of Interest

9.1 Vendor should avoid any conflict of interest and should inform County if any of its Personnel is a candidate in, or works for a candidate or campaign in, an Election covered by this Agreement.

9.2 Vendor shall not employ on the Services any person who, within the preceding 24 months, was an officer or employee of the County Auditor's Elections Division and took part in procuring this Agreement, without County's written approval. Vendor shall disclose to County the name and former role of any former County employee assigned to the Services.

9.3 Vendor shall require each Designated Employee (any officer or manager with authority over ballot design, printing or mailing decisions) to file with Vendor an annual statement of economic interests, or a statement that he or she has no reportable interests. Vendor shall keep those statements in a register and shall provide a copy of the register to County each January.

### Section 10. Subcontractors

10.1 Vendor shall flow down Sections 7 through 9 to every subcontractor performing any part of the Services and shall ensure that each subcontractor complies with them.

### Section 11. Public Records

11.1 Vendor acknowledges that this Agreement and records relating to it may be public records under chapter 42.56 RCW (the Public Records Act). Vendor shall cooperate with County in responding to any public records request, including by producing responsive records within the time County specifies.

### Section 12. Records and Audit

12.1 Vendor shall maintain books, invoices and accounting records relating to charges under this Agreement for six years, and County's internal auditor or the State Auditor may examine them to verify those charges.

### Section 13. Termination

13.1 County may terminate this Agreement immediately for cause if Vendor or any of its Personnel violates Section 7 or Section 8, or engages in conduct that undermines public confidence in the conduct of an Election.

13.2 County may terminate this Agreement for convenience upon 30 days' written notice.

### Section 14. Certifications

14.1 Vendor certifies that neither it nor any of its principals is presently debarred, suspended, proposed for debarment or declared ineligible by any federal or state agency.

### Section 15. County Responsibilities

15.1 County shall provide ballot proofs and Voter address files to Vendor at least 25 days before each mailing.

15.2 After each Election, the County Auditor shall certify the results to the Secretary of State and shall certify to the county canvassing board that County's ballot accountability procedures were followed.

### Section 16. Indemnification and Insurance

16.1 Vendor shall defend, indemnify and hold harmless County from all claims arising from Vendor's negligent performance, and shall maintain the insurance described in Exhibit C.

### Section 17. Disputes and Governing Law

17.1 The parties shall try to resolve any dispute by negotiation and then by mediation before filing suit. Venue lies in Pinecrest County Superior Court, and this Agreement is governed by the laws of the State of Washington.

*IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.*
""",
    verdicts="""\
ES-01 weak s. 6.1 County "expects" public-office standards of conduct (permissive)
ES-02 gap s. 6.2 the County Code of Ethics binds County employees only (wrong party)
ES-03 pass s. 10.1 shall flow down Sections 7-9 (ethics sections) and ensure compliance
ES-04 weak s. 6.3 generic "appropriate training and orientation"; ethics not named
ES-05 pass s. 7.1-7.2 no retaliation for good-faith reports to County, the State or police; hotline notice
ES-06 pass s. 8.2 no kickbacks or bribes, adequate procedures, immediate notice
ES-07 pass s. 11.1 shall cooperate with Public Records Act requests (two sentences)
ES-08 gap s. 12.1 examination of books and invoices to verify charges (financial only)
ES-09 pass s. 13.1 termination for cause for violating Sections 7 or 8
ES-10 gap s. 15.2 certifications are by the County Auditor (wrong party); s. 2.2 Ballot Quantity Certificate is a look-alike
COI-01 weak s. 9.1 "should avoid" and "should inform" (permissive)
COI-02 gap s. 13.2 termination for convenience only; no conflict management
COI-03 pass s. 8.1 no gifts to County staff; refuse and log campaign gifts and hospitality (two sentences)
COI-04 pass s. 9.2 24-month bar on Elections Division procurement staff without approval; disclose former County employees
COI-05 pass s. 9.3 annual statements of interests or nil statements, register provided to County
COI-06 gap s. 14.1 debarment certification only; no disclosure of relationships
CDM-01 pass s. 5.1 voter complaint procedure, toll-free line, translated, printed on insert
CDM-02 weak s. 5.3 complaint log on request only
CDM-03 gap s. 5.5 marketing satisfaction claim; no feedback collection
CDM-04 gap s. 17.1 negotiation and mediation between the parties only
CDM-05 weak s. 5.4 "is encouraged to" review complaints and share lessons
CDM-06 pass s. 5.2 acknowledge in one business day, resolve or refer in five (24 hours after Election Day)
""",
))

# ---------------------------------------------------------------------------
# c09 - on-street EV charging concession (hand-built DOCX)
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    name="c09-ev-charging-concession",
    fmt="docx",
    build="hand-built DOCX zip",
    numbering="literal",
    headings="style",
    setting="City council: concession for an on-street electric vehicle charging network (England)",
    authority="Council", provider="Operator",
    features="order form table with obligations in cells; Heading1/Heading2 styles with literal numbers; tracked deletion of a whole numbered paragraph; tracked insertion; two comments; footnotes; words split by bookmarks and proofing marks; definition-only 'Prohibited Act'",
    blocks="""\
T: CONCESSION AGREEMENT
S: On-Street Electric Vehicle Charging Network - Phase 2
H2: Order Form
|Item|Details
|Council|Brackenmoor City Council, Civic Offices, Foundry Lane, Brackenmoor (the "Council")
|Operator|VoltKerb Charging Ltd, company number 13579246, of 5 Dynamo Yard, Brackenmoor (the "Operator")
|Concession|Installation, operation and maintenance of up to 240 on-street Charge Points at the locations in Schedule 1, at the Operator's cost
|Term|15 years from the Commencement Date of 1 June 2025
|Concession fee|8% of gross charging revenue, paid quarterly in arrears
|Monthly Service Report|The Operator shall submit a Monthly Service Report by the tenth Working Day of each month, containing Charge Point availability, the number of Customer complaints received by category, the number resolved within the target time and the number outstanding.
|Customer survey|The Operator shall survey Customers twice a year and report the results to the Council within one month of each survey closing.
P: This Agreement comprises the Order Form above and the Conditions below. The Council and the Operator have signed the Order Form on 28 April 2025.
H: 1. Definitions
P: 1.1 In this Agreement:
P: "Charge Point" means a publicly accessible electric vehicle charge point installed under this Agreement, including its feeder pillar and signage;
P: "Customer" means any member of the public who uses or attempts to use a Charge Point;
P: "Prohibited Act" means (a) offering, giving or agreeing to give to any officer of the Council any gift or consideration of any kind as an inducement or reward for doing or not doing any act in relation to this Agreement, or (b) committing any offence under the Bribery Act 2010 or the Fraud Act 2006 in connection with this Agreement;
P: "Staff" means all persons employed or engaged by the Operator or any Sub-contractor in connection with the Concession; and
P: "Sub-contractor" means any person engaged by the Operator to carry out installation or maintenance works.
H: 2. Grant of Concession
P: 2.1 The Council grants the Operator the exclusive right, for the Term, to install and operate Charge Points at the locations in Schedule 1 and to collect charging revenue from Customers.
P: 2.2 The Operator shall bear all costs of installation, grid connection, maintenance and removal.
H: 3. Installation
P: 3.1 The Operator shall obtain all street works permits and shall not start work at any location until the Council has made any traffic regulation order needed for that location.
P: 3.2 Each Charge Point shall be installed so that a clear footway width of at least 1.5 metres remains.
H: 4. Operation
P: 4.1 The Operator shall keep each Charge Point available for use for at least 97% of the time in each month and shall repair any fault within 48 hours of it being reported.
P: 4.2 The Operator shall accept contactless payment at every Charge Point and shall comply with the Public Charge Point Regulations 2023.[[fn:SI 2023/1168.]]
H: 5. Customers
P: 5.1 The Operator shall operate a complaints procedure for Customers which is free to use, available 24 hours a day by telephone through the number displayed on every Charge Point and online, and offered in accessible formats on request.
P: 5.2 The Operator should acknowledge complaints promptly and aim to resolve them within 10 Working Days.
P: 5.3 The Operator shall co-operate with the Local Government and Social Care Ombudsman in any investigation of a complaint about the Charge Point network, including by providing information and attending meetings, and shall implement any remedy the Ombudsman recommends.
P: 5.4 The Operator shall analyse complaints and survey results each quarter to identify trends and root causes and, where Customer satisfaction falls below 75%, shall agree an improvement plan with the Council.
H: 6. Sub-contracting
P: 6.1 The Operator may sub-contract installation works to Sub-contractors approved by the Council. The Operator shall be responsible for the acts and omissions of its Sub-contractors as though they were its own.
H: 7. Staff
P: 7.1 The Operator shall ensure that all installers hold the qualifications required for electric vehicle charging installations.
D: 7.2 The Operator shall ensure that all Staff complete annual training on the Council's Supplier Code of Conduct and on anti-bribery.
P: 7.3 The Operator shall not, during the Term, solicit for employment any employee of the Council engaged in managing the Concession.
H: 8. Standards in Public Life
P: 8.1 The Operator shall comply with, and shall procure that its Staff comply with, the 7 princi¦ples of public life[[fn:Committee on Standards in Public Life, The Seven Principles of Public Life (1995).]] in all matters connected with the Concession.
P: 8.2 The Operator should adopt a code of conduct for its Staff at least as demanding as the Council's Supplier Code of Conduct.
P: 8.3 The Operator should make its Staff aware that they may raise concerns about suspected wrongdoing connected with the Concession with the Council's Monitoring Officer.
P: 8.4 The Operator shall notify the Council promptly of any actual or potential conflict of interest, including any interest held by a director of the Operator in land or premises next to a proposed Charge Point location[[ins:, and shall take all reasonable steps to avoid such conflicts arising]].
P: 8.5 Where a conflict has been notified, the Council may require the Operator to implement a mitigation plan approved by the Council, and may terminate this Agreement under clause 12.3 if the conflict cannot be mitigated.
P: 8.6 The Operator is not required to maintain a register of interests for its Staff.[[cm:Legal: the gifts and hospitality clause was removed at the Operator's request during negotiation. Council to confirm this is acceptable.]]
H: 9. Monitoring and Assurance
P: 9.1 The Council may monitor and audit the Operator's compliance with clause 8, and the Operator's ethical perform¦ance shall be reviewed at each annual Concession review meeting.
P: 9.2 The Operator shall deliver to the Council, by 30 April in each year, an Annual Standards Statement signed by a director confirming that it has complied with clause 8 in the preceding year, and shall maintain board-level responsibility for ethical standards.
H: 10. Information
P: 10.1 The Operator shall not be required to assist the Council with any request for information made under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004, and the Council shall deal with all such requests itself.[[cm:Operator's tariff model is commercially sensitive - agreed at negotiation meeting.]]
H: 11. Payments
P: 11.1 The Operator shall pay the concession fee quarterly in arrears within 20 Working Days after the end of each quarter, with a statement of gross charging revenue.
H: 12. Termination
P: 12.1 Either party may terminate this Agreement by notice if the other commits a material breach which it fails to remedy within 60 days after receiving notice of it.
P: 12.2 The Council may terminate this Agreement with immediate effect if the Operator, or anyone acting on its behalf, commits a Prohibited Act.
P: 12.3 The Council may terminate this Agreement on 30 days' notice in the circumstances described in clause 8.5.
H: 13. Law
P: 13.1 This Agreement is governed by the law of England and Wales.
H2: Schedule 1 - Locations (extract)
|Ward|Street|Charge Points
|Abbeyfield|Cloister Road|12
|Canalside|Lock Street|8
|Northgate|Ropery Walk|16
""",
    verdicts="""\
ES-01 pass cl. 8.1 shall comply, and procure Staff comply, with the 7 principles of public life
ES-02 weak cl. 8.2 "should adopt" a code of conduct (permissive)
ES-03 gap cl. 6.1 approval of sub-contractors and liability for their acts only; no ethical flow-down
ES-04 gap cl. 7.2 ethics training survives only as a tracked deletion; cl. 7.1 is technical qualifications
ES-05 weak cl. 8.3 "should make Staff aware" they "may raise concerns" (permissive)
ES-06 gap "Prohibited Act" appears only in the cl. 1.1 definition and the cl. 12.2 termination trigger; no duty to prevent, keep procedures or notify
ES-07 gap cl. 10.1 Operator "shall not be required to assist" with FOIA/EIR requests (negation)
ES-08 pass cl. 9.1 Council may monitor and audit compliance with cl. 8; ethics reviewed annually
ES-09 pass cl. 12.2 immediate termination for a Prohibited Act (bribery or fraud)
ES-10 pass cl. 9.2 annual signed Standards Statement plus board-level responsibility
COI-01 pass cl. 8.4 notify actual or potential conflicts promptly; avoidance added by tracked insertion
COI-02 pass cl. 8.5 Council may require a mitigation plan and terminate under cl. 12.3
COI-03 gap no gifts/hospitality duty; only the comment on cl. 8.6 and the cl. 1.1 definition mention gifts
COI-04 weak cl. 7.3 non-solicitation of Council staff only
COI-05 gap cl. 8.6 "is not required to maintain a register of interests" (negation)
COI-06 gap no procurement-stage disclosure
CDM-01 pass cl. 5.1 free, 24-hour, accessible Customer complaints procedure
CDM-02 pass Order Form "Monthly Service Report" row: complaints by category, resolved in target, outstanding
CDM-03 pass Order Form "Customer survey" row: twice-yearly survey reported to the Council
CDM-04 pass cl. 5.3 co-operate with the LGSCO and implement remedies
CDM-05 pass cl. 5.4 quarterly trend and root-cause analysis; improvement plan below 75%
CDM-06 weak cl. 5.2 "should acknowledge promptly and aim to resolve" within 10 Working Days
""",
))

# ---------------------------------------------------------------------------
# c10 - residential outdoor learning visits (plain text, we/you)
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    name="c10-outdoor-learning-visits",
    fmt="txt",
    build="plain text, one line per paragraph",
    setting="Borough council children's services: residential outdoor learning visits for primary pupils (plain-English we/you agreement)",
    authority="we (the Council)", provider="you (the Provider)",
    features="plain-English 'we'/'you' drafting where 'we' is the authority; obligations split over two sentences; colon-led lists; catering-hospitality and public-statement decoys; authority-only principles statement",
    text="""\
SERVICE AGREEMENT: RESIDENTIAL OUTDOOR LEARNING VISITS FOR PRIMARY SCHOOLS 2025-2028

This agreement is between Fernmoor Borough Council (Children's Services), Town Hall, Fernmoor, and Highcrag Outdoor Learning CIC (company number 12098765), Highcrag Lodge, Thornside (the Provider).

In this agreement, "we", "us" and "our" mean the Council, and "you" and "your" mean the Provider. "Schools" means the maintained primary schools in Fernmoor that book visits under this agreement.

1. What this agreement covers

1.1 You will provide three-night and five-night residential visits at Highcrag Lodge for Year 5 and Year 6 pupils from the Schools.

1.2 Each visit must include at least four of the following: gorge walking, climbing, canoeing, orienteering, a night walk and a team challenge day.

1.3 We will agree the dates of visits with you each spring for the following school year.

2. How long this agreement lasts

2.1 This agreement starts on 1 September 2025 and ends on 31 August 2028.

3. Safety

3.1 You must hold a current licence from the Adventure Activities Licensing Authority for every licensable activity you provide.

3.2 You must follow Keeping Children Safe in Education and tell the visiting school's designated safeguarding lead straight away about any allegation involving a child.

3.3 You must give each school a risk assessment for its visit at least four weeks before the visit starts.

4. Meals and hospitality

4.1 You must provide three meals a day and evening snacks for pupils, and cater for any dietary needs the school tells you about.

4.2 You must also provide hospitality (tea, coffee and cake) for visiting school staff throughout the visit.

5. Your staff

5.1 You must have a code of conduct for your staff and volunteers and make sure they follow it.

5.2 You must train all your instructors and volunteers on that code of conduct and on professional boundaries with pupils when they join and every year after that. You must keep a record of this training and show it to us if we ask.

5.3 You must not subcontract any instruction without our written agreement.

6. Standards

6.1 Our staff and elected members follow the Seven Principles of Public Life.

6.2 You should have procedures to prevent fraud and bribery.

6.3 You should tell us if you think you have a conflict of interest.

6.4 You must not make public statements about us or about this agreement without our agreement.

7. Complaints

7.1 You must have a complaints procedure that pupils, parents and schools can use. It must be free, easy to understand and explained in the pre-visit pack you send to each school.

7.2 You must acknowledge a complaint within 3 working days and give a full response within 15 working days.

7.3 If a parent takes a complaint to the Local Government and Social Care Ombudsman, you must help us and the Ombudsman: you must answer their questions, give them the information they ask for and do what they recommend.

7.4 We may ask you for information about complaints you have received. If we do, you must give it to us within 10 working days.

8. Evaluation

8.1 At the end of each visit you must ask the school's visit leader and the pupils to complete our evaluation form, and you must send us the completed forms, or a summary of them, each term.

8.2 We expect you to use complaints and evaluation results to improve your programme.

9. Checking the service

9.1 We may visit the centre and look at your records at any time to check that you are keeping to this agreement.

10. Paying you

10.1 We will pay you the price per pupil per night shown in the price list attached to this agreement. We will pay within 30 days of receiving your invoice after each visit.

10.2 If a school cancels a visit more than eight weeks before it starts, you will not charge anything. If a school cancels later than that, you may charge half the price, unless you are able to fill the places with another group.

10.3 Schools arrange and pay for their own coach travel to and from the centre. You must provide a safe, supervised drop-off area away from the public road.

10.4 You must hold public liability insurance of at least 10 million pounds for each claim and employer's liability insurance as required by law, and send us copies of the certificates each September.

11. Ending the agreement

11.1 Either of us can end this agreement by giving the other six months' notice in writing.

12. Personal information

12.1 You must keep pupils' personal information secure, use it only for the visit and delete it within three months after the visit ends.

Signed for Fernmoor Borough Council: ............................  Date: ..........

Signed for Highcrag Outdoor Learning CIC: .......................  Date: ..........
""",
    verdicts="""\
ES-01 gap cl. 6.1 the Seven Principles are followed by "our" (the Council's) staff and members only (wrong party)
ES-02 pass cl. 5.1 "you must have a code of conduct" and make staff follow it
ES-03 gap cl. 5.3 consent to subcontract only; no ethical flow-down
ES-04 pass cl. 5.2 code-of-conduct training on joining and yearly; records shown on request (two sentences)
ES-05 gap cl. 6.4 no-public-statement restriction (adverse); cl. 3.2 is child-safeguarding referral, not speaking up
ES-06 weak cl. 6.2 "you should have" fraud and bribery procedures
ES-07 gap no freedom-of-information or transparency duty
ES-08 weak cl. 9.1 general right to visit and check records; ethics not named
ES-09 gap cl. 11.1 termination on notice only
ES-10 gap no assurance or certification
COI-01 weak cl. 6.3 "you should tell us" about conflicts (permissive)
COI-02 gap no conflict management or termination link
COI-03 gap cl. 4.2 "hospitality" is catering for visiting school staff (decoy)
COI-04 gap nothing on former officials
COI-05 gap no declarations or register
COI-06 gap no procurement-stage disclosure
CDM-01 pass cl. 7.1 free, easy-to-understand procedure for pupils, parents and schools, publicised in the pre-visit pack
CDM-02 weak cl. 7.4 complaint information only if "we" ask (on request)
CDM-03 pass cl. 8.1 evaluation forms collected each visit and sent each term
CDM-04 pass cl. 7.3 help the LGSCO, answer questions, give information, do what it recommends
CDM-05 weak cl. 8.2 "we expect you to" use results to improve
CDM-06 pass cl. 7.2 acknowledge within 3 and respond within 15 working days
""",
))

# ---------------------------------------------------------------------------
# c11 - village cadastral resurvey (hand-built ODT, India)
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    name="c11-cadastral-resurvey",
    fmt="odt",
    build="hand-built ODT zip",
    numbering="auto",
    setting="Indian state land records department: digital resurvey of village cadastral maps (fictional State of Sahyadri)",
    authority="Department", provider="Service Provider",
    features="Indian drafting ('hereinafter referred to as', Rs., RTI Act 2005, Prevention of Corruption Act 1988); text:list auto-numbering incl. lettered list lead-in; heading with no body; [Insert ...] drafting note with annotation; tracked deletion inside a paragraph that also carries a tracked insertion; footnote; milestone table",
    blocks="""\
T: AGREEMENT FOR DIGITAL RESURVEY OF VILLAGE CADASTRAL MAPS
S: Package 4 - Talukas of Malghat, Devgiri and Panshet - Agreement No. CSLR/RS/2025/04
P: This Agreement is made on this 12th day of May 2025 between the Commissioner of Survey, Settlements and Land Records, Government of Sahyadri, hereinafter referred to as **the Department** (which expression shall, unless repugnant to the context, include its successors and assigns) of the ONE PART; and Bharatpath Geomatics Private Limited, a company incorporated under the Companies Act, 2013, having its registered office at 4-1-220 Survey Colony, Nandgiri, hereinafter referred to as **the Service Provider** (which expression shall include its successors and permitted assigns) of the OTHER PART.
P: WHEREAS the Department invited bids under RFP No. CSLR/RS/2024/11 for the resurvey of 412 villages in Package 4, and the Service Provider was selected as the successful bidder; NOW THEREFORE the parties agree as follows.
H: Definitions
N: In this Agreement: **Camp Office** means a temporary office set up by the Service Provider at or near a Survey Village; **Land Holder** means any person whose name is recorded in the Record of Rights for land in a Survey Village; **ORI** means an ortho-rectified image prepared from drone survey; **Personnel** means the employees, agents and sub-contractors of the Service Provider; and **Survey Village** means each village listed in Annexure A.
N: In case of any conflict between the provisions of this Agreement and the RFP, the provisions of this Agreement shall prevail.
H: Effective Date and Term
N: This Agreement shall come into force on the date on which the Service Provider furnishes the Performance Security of Rs. 1,86,40,000 (the Effective Date) and shall remain in force for 24 months, which the Department may extend by up to six months by written notice.
H: Scope of Work
N: The Service Provider shall establish the ground control network by DGPS, capture drone imagery and prepare ORIs, carry out ground truthing in the presence of Land Holders and revenue officials, and prepare draft village maps and land parcel data in the formats specified in the RFP.
N: The milestones and payment percentages are as follows:
|Milestone|Deliverable|Time from Effective Date|Payment
|M1|Ground control network and drone ORIs for all Survey Villages|4 months|20%
|M2|Ground truthing completed and draft maps submitted|10 months|35%
|M3|Maps approved after disposal of objections|15 months|35%
|M4|Final data handed over and training completed|18 months|10%
H: Personnel
N: The Service Provider shall deploy the key personnel named in Annexure B and shall not replace any of them without the Department's prior approval.
N: The Service Provider shall conduct an induction programme for all Personnel before their deployment in the field.
N: Surveyors shall be trained by the equipment manufacturer in the use of DGPS and electronic total station equipment.
H: Sub-contracting and associated obligations
N: The Service Provider shall:
L: not sub-contract drone operations except to operators registered with the Directorate General of Civil Aviation and approved by the Department;
L: impose on every sub-contractor obligations equivalent to those in Clauses 8 to 10; and
L: remain responsible for the performance of every sub-contractor.
H: Land Holder grievances
N: The Service Provider should set up a grievance desk at each Camp Office where Land Holders can record objections and grievances about boundary demarcation and field measurement.
N: The Service Provider should ordinarily dispose of each grievance within 15 days of its receipt.
N: The Service Provider may conduct feedback surveys of Land Holders in sample villages.
H: Right to Information and disclosure
N: The Service Provider shall furnish, within seven days of a request, all information the Department requires to respond to applications under the Right to Information Act, 2005[[fn:Including information the Department must disclose proactively under section 4(1)(b) of the Act.]], and shall publish village-wise progress on the Department's land records portal every fortnight.
H: Integrity
N: The Service Provider shall, and shall cause its Personnel to, uphold the standards of conduct expected of holders of public office, namely selflessness, integrity, objectivity, accountability, openness, honesty and leadership, in all dealings with Land Holders, officers of the Department and the public.
N: For the avoidance of doubt, the Service Provider is not bound by the Department's Code of Conduct for Empanelled Agencies, which the parties agree shall not apply to this Agreement.
N: [Insert whistle-blower clause in accordance with the Department's vigilance policy][[cm:Vigilance Cell to supply the standard text before signature.]]
N: The Service Provider shall designate a senior officer as its Compliance Officer, who shall be responsible for the Service Provider's adherence to Clauses 8 to 10.
H: Anti-corruption
N: The Service Provider shall not, directly or through any other person, offer, give or accept any bribe, gratification or undue advantage within the meaning of the Prevention of Corruption Act, 1988 in connection with this Agreement.
N: The Service Provider shall maintain adequate procedures to prevent such conduct by its Personnel and sub-contractors.
N: The Service Provider shall not offer any gift, hospitality or sponsorship to any officer of the Department or of the Revenue Department, and shall record every gift or item of hospitality offered to its Personnel in connection with this Agreement in a gifts and hospitality register kept at its project office.
H: Conflicts of Interest
N: The Service Provider shall obtain a declaration of interest[[ins: (including a nil declaration)]] from every Team Leader and Quality Manager on deployment and annually thereafter, maintain those declarations in a register, and furnish a copy of the register to the Department every quarter.[[del: The Service Provider shall also avoid any conflict of interest and shall disclose to the Department, in writing and without delay, any interest of its Personnel in land within a Survey Village.]]
N: The Service Provider shall not engage on this Agreement, within two years of his or her retirement, any retired officer of the Department who dealt with this procurement, without the Department's prior written approval.
N: The Service Provider is expected to have disclosed at bid stage any relationship between its directors and members of the Tender Evaluation Committee.
H: Audit of Ethical Compliance
H: Termination and Debarment
N: If the Service Provider or any of its Personnel commits a breach of Clause 8 or Clause 9, the Department may, without prejudice to its other rights, terminate this Agreement, forfeit the Performance Security and debar the Service Provider from future tenders of the Department for up to three years.
N: Either party may terminate this Agreement for a material breach by the other that is not cured within 30 days of notice.
H: Liquidated Damages
N: For delay in achieving a milestone, the Service Provider shall pay liquidated damages at 0.5% of the milestone value per week of delay, subject to a maximum of 10% of the Contract Price.
H: Dispute Resolution
N: Any dispute shall be referred to arbitration by a sole arbitrator under the Arbitration and Conciliation Act, 1996, and the seat of arbitration shall be Nandgiri.
H: Governing Law
N: This Agreement shall be governed by the laws of India, and the courts at Nandgiri shall have exclusive jurisdiction.
P: IN WITNESS WHEREOF the parties have signed this Agreement on the date first written above.
""",
    verdicts="""\
ES-01 pass cl. 8.1 shall uphold public-office standards naming all seven principles (Service Provider and Personnel)
ES-02 gap cl. 8.2 "is not bound by" the Department's code, which "shall not apply" (negation)
ES-03 pass cl. 5.1(b) list lead-in: impose on every sub-contractor obligations equivalent to Clauses 8 to 10
ES-04 weak cl. 4.2 generic induction programme; cl. 4.3 is equipment training
ES-05 gap cl. 8.3 is an [Insert ...] drafting placeholder; the annotation is not contract text
ES-06 pass cl. 9.1-9.2 no bribe or gratification; adequate procedures
ES-07 pass cl. 7.1 furnish information for RTI Act applications within seven days; publish progress
ES-08 gap cl. 11 "Audit of Ethical Compliance" is a heading with no body
ES-09 pass cl. 12.1 termination, forfeiture and debarment for breach of Clause 8 or 9
ES-10 weak cl. 8.4 designated Compliance Officer only (structures, no assurance or certificate)
COI-01 gap avoid/disclose duty in cl. 10.1 is a tracked deletion; cl. 1.2 "conflict" is precedence wording
COI-02 gap no conflict management or termination link
COI-03 pass cl. 9.3 no gifts, hospitality or sponsorship to officers; gifts and hospitality register
COI-04 pass cl. 10.2 no engagement of retired Department officers within two years without approval
COI-05 pass cl. 10.1 declarations (nil declarations by tracked insertion), register, quarterly copy to the Department
COI-06 weak cl. 10.3 "is expected to have disclosed" (permissive)
CDM-01 weak cl. 6.1 "should set up" a grievance desk for Land Holders
CDM-02 gap no complaint or grievance reporting to the Department
CDM-03 weak cl. 6.3 "may conduct" feedback surveys
CDM-04 gap cl. 14.1 arbitration between the parties only
CDM-05 gap no analysis of grievances or feedback
CDM-06 weak cl. 6.2 "should ordinarily dispose" within 15 days (permissive)
""",
))

# ---------------------------------------------------------------------------
# c12 - conservation masonry framework (Markdown)
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    name="c12-masonry-framework",
    fmt="md",
    build="Markdown",
    setting="City council: framework for conservation masonry and lime works to listed civic buildings (England)",
    authority="Employer", provider="Contractor",
    features="Markdown with bold clause numbers; [Reserved], [Not used] and [Guidance: ...] template text; negated principles clause; authority-only anti-fraud duty; 'expects'/'is expected to' wording; adjudication decoy",
    text="""\
# Framework Agreement

## Conservation Masonry and Lime Works to Listed Civic Buildings 2025-2029

Framework reference: CCC/PROP/FW/2025/02

This Framework Agreement is dated 9 June 2025 and is made between **Calderbrook City Council** of the Town Hall, Victoria Square, Calderbrook (the "**Employer**") and **Ashlar & Lime Conservation Limited**, company number 07654321, of Quarry Bank Works, Slatehurst (the "**Contractor**").

## 1. Definitions

**1.1** In this Framework Agreement:

* "**Building Users**" means the staff, tenants, licensees and visitors of the Framework Buildings;
* "**Call-off**" means a contract for specific works awarded under this Framework Agreement on the call-off terms in Schedule 2;
* "**Framework Buildings**" means the Town Hall (Grade II*), the Market Hall, the Corn Exchange and the Central Library (all Grade II), and any other listed building the Employer adds by notice;
* "**Framework Manager**" means the Employer's officer named in Schedule 1; and
* "**Operatives**" means all persons employed or engaged by the Contractor or its sub-contractors on a Call-off.

## 2. Framework

**2.1** This Framework Agreement runs for four years from 1 July 2025. It is not exclusive, and the Employer does not guarantee any volume of work.

**2.2** The Employer may award Call-offs directly, using the schedule of rates, for works below 50,000 pounds, and by mini-competition among framework contractors above that value.

## 3. Standards of workmanship

**3.1** The Contractor shall carry out all works in accordance with the conditions of any listed building consent, the specification in each Call-off and the conservation principle of minimum intervention.

**3.2** All mortars, renders and plasters shall be lime-based and matched to the existing fabric following analysis, unless the Framework Manager agrees otherwise in writing.

## 4. Operatives

**4.1** All Operatives shall hold a Construction Skills Certification Scheme heritage skills card and shall complete the Contractor's site induction, which shall cover asbestos awareness, working at height and fire risk on heritage sites, before starting work.

## 5. Conduct

**5.1** The Contractor shall not be required to comply with the Nolan Principles or with any similar standards of public office, which the Employer acknowledges apply only to its own members and officers.

**5.2** The Contractor shall comply with the Employer's Supplier Code of Conduct (Appendix 3) and shall ensure that its Operatives on site do the same.

**5.3** The Employer expects the Contractor's specialist sub-contractors, such as leadworkers, carvers and lime plasterers, to meet the standards of the Supplier Code of Conduct.

**5.4** The Employer shall maintain anti-fraud and anti-bribery policies for the officers who manage this Framework Agreement and will investigate any allegation of fraud or bribery involving them.

**5.5** The Contractor is expected to decline any gift or hospitality offered by a Building User in connection with a Call-off.

## 6. Speaking up

**6.1** The Contractor shall maintain a whistleblowing procedure under which Operatives can raise concerns about suspected wrongdoing on any Call-off, including by reporting to the Framework Manager or to a prescribed person, and shall ensure that no Operative suffers any detriment for doing so in good faith.

## 7. Conflicts of interest

**7.1** The Contractor shall avoid any conflict of interest, including where any of its Operatives or directors is privately engaged by a tenant or licensee of a Framework Building, and shall notify the Framework Manager promptly in writing of any actual or potential conflict.

**7.2** The Contractor shall implement any measures the Employer reasonably requires to manage a conflict notified under clause 7.1.

**7.3** The Contractor shall, on request, provide a list of the interests declared by its directors.

**7.4** The Contractor confirms that it has disclosed to the Employer any relationship between the Contractor and any person involved in procuring this Framework Agreement, and will keep that disclosure current for the duration of the Framework Agreement.

## 8. Monitoring

**8.1** The Employer may audit the Contractor's compliance with clauses 5 to 7, and ethical performance shall be reviewed at each quarterly framework review meeting.

**8.2** [Guidance: insert an annual ethics compliance statement requirement here where the estimated value of the Framework Agreement exceeds 1 million pounds.]

## 9. Freedom of information

[Reserved]

## 10. Complaints from Building Users

[Not used]

## 11. Payment

**11.1** The Employer shall pay the sum certified in each interim certificate within 30 days after the due date. Retention of 3% shall be deducted from each payment under a Call-off and released in two equal halves at practical completion and at the end of the rectification period.

## 12. Termination

**12.1** The Employer may terminate the Contractor's appointment under this Framework Agreement by notice if the Contractor commits a material or persistent breach of this Framework Agreement or of any Call-off.

**12.2** The Employer may terminate this Framework Agreement for convenience by giving three months' notice. Termination does not affect any Call-off already awarded.

## 13. Disputes

**13.1** Either party may refer a dispute arising under a Call-off to adjudication in accordance with the Scheme for Construction Contracts (England and Wales) Regulations 1998.

## 14. Law

**14.1** This Framework Agreement is governed by the law of England and Wales.

---

*Signed for the Employer by its Head of Property Services and for the Contractor by a director.*
""",
    verdicts="""\
ES-01 gap cl. 5.1 the Contractor "shall not be required to comply" with the Nolan Principles (negation)
ES-02 pass cl. 5.2 shall comply with the Employer's Supplier Code of Conduct and ensure Operatives do
ES-03 weak cl. 5.3 the Employer "expects" sub-contractors to meet the Code
ES-04 gap cl. 4.1 heritage-skills card and health-and-safety induction only
ES-05 pass cl. 6.1 whistleblowing procedure incl. the Framework Manager or a prescribed person; no detriment
ES-06 gap cl. 5.4 anti-fraud and anti-bribery duties rest on the Employer (wrong party)
ES-07 gap cl. 9 "Freedom of information" is [Reserved]
ES-08 pass cl. 8.1 Employer may audit compliance with clauses 5 to 7; ethics reviewed quarterly
ES-09 weak cl. 12.1 material or persistent breach termination with no ethics link
ES-10 gap cl. 8.2 is a [Guidance: ...] drafting note
COI-01 pass cl. 7.1 avoid conflicts and notify promptly in writing
COI-02 pass cl. 7.2 implement measures the Employer requires to manage notified conflicts
COI-03 weak cl. 5.5 "is expected to decline" gifts and hospitality
COI-04 gap nothing on former officials
COI-05 weak cl. 7.3 directors' interests provided on request only; no declarations duty or register
COI-06 pass cl. 7.4 confirms disclosure of relationships with those procuring the Framework; kept current
CDM-01 gap cl. 10 "Complaints from Building Users" is [Not used]
CDM-02 gap no complaint reporting
CDM-03 gap no feedback collection
CDM-04 gap cl. 13.1 statutory adjudication between the parties only
CDM-05 gap no learning from complaints
CDM-06 gap no complaint timescales; cl. 11.1 is a payment term
""",
))

# ---------------------------------------------------------------------------
# c13 - pilotage services (flat ODT converted to DOCX by LibreOffice)
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    name="c13-pilotage-services",
    fmt="docx",
    build="flat ODT (.fodt) converted to DOCX by LibreOffice",
    numbering="literal",
    setting="Municipal harbour authority: marine pilotage services for a compulsory pilotage area (England)",
    authority="Harbour Authority", provider="Provider",
    features="converted from .fodt: literal clause numbers; [Not used] clause; two whole-paragraph tracked deletions leaving gaps in the numbering; two comments; footnote; quarterly performance table; definition-only 'Conflict of Interest'",
    blocks="""\
T: PILOTAGE SERVICES AGREEMENT
S: Port of Kessock Bay - Compulsory Pilotage Area
P: This Agreement is dated 30 May 2025 and is made between Kessock Bay Borough Council, acting as competent harbour authority for the Port of Kessock Bay under the Pilotage Act 1987[[fn:The Council is the competent harbour authority for the Port under section 1 of the Pilotage Act 1987 and the Kessock Bay Harbour Revision Order 2009.]] (the **Harbour Authority**), and Firthmark Marine Pilots Limited, company number 10864209, of Pilot House, West Quay, Kessock Bay (the **Provider**).
H: 1. Definitions and interpretation
P: 1.1 In this Agreement:
P: "Conflict of Interest" means a situation in which the personal or financial interests of a Pilot or of the Provider (including any interest in a towage company, ship agency or vessel operator using the Port) conflict, or may conflict, with the proper performance of pilotage duties;
P: "Pilot" means a person authorised by the Harbour Authority under section 3 of the Pilotage Act 1987 and engaged by the Provider;
P: "Port User" means the master, owner or agent of any vessel to which the Services are provided; and
P: "Working Day" means any day other than a Saturday, Sunday or bank holiday in England.
P: 1.2 If there is any conflict between the clauses and the Schedules, the clauses prevail.
H: 2. The Services
P: 2.1 The Provider shall provide authorised Pilots, 24 hours a day, for every vessel subject to compulsory pilotage under the Harbour Authority's Pilotage Directions, together with pilot launches crewed and maintained to the standards in Schedule 2.
P: 2.2 The Provider shall comply with the Port Marine Safety Code and with the Harbour Authority's safety management system.
H: 3. Authorisation of Pilots
P: 3.1 The Harbour Authority may suspend or revoke a Pilot's authorisation on the grounds of incompetence or medical unfitness, and the Provider shall withdraw that Pilot from the Services immediately.
H: 4. Performance and reporting
P: 4.1 The Provider shall submit a quarterly performance report to the Harbour Authority containing the information in the table below.
|Measure|Target|What the Provider shall report
|Pilot boarding on time|98% of acts of pilotage|Percentage achieved and reasons for each late boarding
|Incidents and near misses|None|Each incident or near miss and the outcome of its investigation
|Port User complaints|-|Number of complaints received, outcome of each and action taken
P: 4.2 The Provider shall analyse Port User complaints, near-miss reports and feedback from masters each quarter to identify trends and root causes, and shall agree an action plan with the Harbour Master where a trend is identified.
P: 4.3 The Provider may seek feedback from masters through a short survey after acts of pilotage.
H: 5. Complaints
P: 5.1 The Provider should have a procedure for handling complaints from Port Users about the Services.
D: 5.2 The Provider shall acknowledge each complaint within 2 Working Days and send a full response within 15 Working Days.
P: 5.3 The Provider should co-operate with the Harbour Authority in reviewing any complaint that a Port User escalates to it.
H: 6. Staff
P: 6.1 The Provider shall ensure that every Pilot and launch crew member completes training on ethical conduct and on anti-bribery at induction and at intervals of no more than 12 months, and shall keep a record of the training completed by each person.
H: 7. Supplier Code of Conduct
P: [Not used]
H: 8. Integrity and conduct
P: 8.1 The Provider is encouraged to apply the Seven Principles of Public Life in its dealings with Port Users and the Harbour Authority.
P: 8.2 The Provider should provide a confidential reporting line through which Pilots and launch crew can raise concerns about safety or conduct.
P: 8.3 The Provider shall not commit any offence under the Bribery Act 2010 and shall maintain adequate procedures to prevent bribery by persons associated with it.
P: 8.4 The Provider shall ensure that no Pilot accepts any gift, gratuity or hospitality from a Port User or towage operator, other than items of trivial value, each of which shall be recorded in the Provider's gifts and hospitality register.
P: 8.5 The Harbour Authority and the Provider should agree the steps needed to manage any Conflict of Interest that comes to light.[[cm:Should the Provider also keep a register of Pilots' interests (for example shares in towage or agency companies)? To discuss.]]
P: 8.6 The Provider shall notify the Harbour Authority before engaging any person who, within the preceding two years, was an officer or councillor of Kessock Bay Borough Council with responsibility for the Port, and shall ensure that person does not use confidential information obtained in that role.
P: 8.7 The Provider shall procure that each of its sub-contractors, including any pilot launch operator, complies with obligations equivalent to those in this clause 8.
H: 9. Assurance
P: 9.1 The Provider shall give the Harbour Authority, within 20 Working Days of the Commencement Date and then annually, a certificate signed by its managing director confirming its compliance with clause 8 and that it has the arrangements in place to support those standards.
D: 9.2 The Harbour Authority may audit the Provider's compliance with clause 8 and may review ethical performance at the annual review meeting.
H: 10. Freedom of information
P: 10.1 The Provider will use reasonable endeavours to supply the Harbour Authority with any information it needs to respond to a request under the Freedom of Information Act 2000.
H: 11. Charges
P: 11.1 The Provider shall collect pilotage dues on behalf of the Harbour Authority at the rates in the published schedule of charges and shall account for them monthly, retaining the service fee in Schedule 3.
H: 12. Term and termination
P: 12.1 This Agreement runs for seven years from 1 July 2025 (the Commencement Date).
P: 12.2 The Harbour Authority may terminate this Agreement by giving 12 months' notice, or immediately if the Provider becomes insolvent or ceases to hold the insurances in Schedule 4.[[cm:Add a right to terminate for breach of clause 8?]]
H: 13. Law
P: 13.1 This Agreement is governed by the law of England and Wales.
""",
    verdicts="""\
ES-01 weak cl. 8.1 "is encouraged to apply" the Seven Principles
ES-02 gap cl. 7 "Supplier Code of Conduct" is [Not used]
ES-03 pass cl. 8.7 shall procure sub-contractors comply with obligations equivalent to clause 8
ES-04 pass cl. 6.1 ethics and anti-bribery training at induction and at least yearly, with records kept
ES-05 weak cl. 8.2 "should provide" a confidential reporting line
ES-06 pass cl. 8.3 no Bribery Act offences; adequate procedures
ES-07 weak cl. 10.1 reasonable endeavours only to supply FOIA information
ES-08 gap the audit right (cl. 9.2) is a tracked deletion; no other monitoring of ethics
ES-09 gap cl. 12.2 convenience and insolvency termination only; the comment proposing a breach right is not contract text; cl. 3.1 is competence-based
ES-10 pass cl. 9.1 signed certificate within 20 Working Days and annually, with supporting arrangements
COI-01 gap "Conflict of Interest" is definition-only (cl. 1.1); cl. 1.2 is precedence wording; no avoid/notify duty
COI-02 weak cl. 8.5 parties "should agree" steps to manage conflicts
COI-03 pass cl. 8.4 no gifts, gratuities or hospitality beyond recorded trivial items; gifts and hospitality register
COI-04 pass cl. 8.6 notify before engaging former officers or councillors within two years; no use of information
COI-05 gap register of interests appears only in the comment on cl. 8.5
COI-06 gap no procurement-stage disclosure
CDM-01 weak cl. 5.1 "should have" a complaints procedure
CDM-02 pass cl. 4.1 table: quarterly Port User complaint numbers, outcomes and actions
CDM-03 weak cl. 4.3 "may seek" feedback from masters
CDM-04 weak cl. 5.3 "should co-operate" with the Harbour Authority's review of escalated complaints
CDM-05 pass cl. 4.2 quarterly analysis of complaints and feedback for trends and root causes; action plan
CDM-06 gap the timescales (cl. 5.2) are a tracked deletion
""",
))

# ---------------------------------------------------------------------------
# c14 - school sport coaching deed of variation (plain text, short)
# ---------------------------------------------------------------------------
CONTRACTS.append(dict(
    name="c14-sports-coaching-variation",
    fmt="txt",
    build="plain text, one line per paragraph (deliberately short)",
    short=True,
    setting="Multi-academy trust: deed of variation to a PE and school sport coaching contract",
    authority="Trust", provider="Supplier",
    features="short variation inserting new numbered clauses quoted inside amending clauses; background recitals; precedence decoy; most rules deliberately absent",
    text="""\
DEED OF VARIATION No. 2

to the Contract for PE and School Sport Coaching Services dated 1 September 2023

THIS DEED is dated 16 December 2024

BETWEEN

(1) RIVERSIDE LEARNING PARTNERSHIP TRUST, a multi-academy trust and company limited by guarantee registered in England under number 08765432, of Riverside House, Mill Lane, Avonford (the "Trust"); and

(2) ACTIVE FUTURES COACHING LTD, registered in England under number 10234567, of 3 Pavilion Court, Avonford (the "Supplier").

BACKGROUND

(A) The Trust and the Supplier entered into the Contract on 1 September 2023 for curriculum PE coaching and after-school sports clubs at the Trust's seven primary academies.

(B) The parties wish to vary the Contract with effect from 1 January 2025 as set out in this Deed.

IT IS AGREED as follows:

1. INTERPRETATION

1.1 Words defined in the Contract have the same meanings in this Deed.

1.2 If there is any conflict between this Deed and the Contract, this Deed prevails.

2. VARIATIONS

2.1 In clause 4.2 (Coaching hours), "36 weeks" is replaced by "38 weeks".

2.2 The following new clause 9.7 is inserted: "9.7 The Supplier shall ensure that every coach completes ethics and integrity training at induction and annually thereafter, and shall keep records of completion which it shall provide to the Trust on request."

2.3 The following new clause 9.8 is inserted: "9.8 The Supplier should record any gift or hospitality offered to its coaches by parents or academy staff."

2.4 The following new clause 11.4 is inserted: "11.4 At the end of each half-term block the Supplier shall collect feedback from pupils and class teachers using the Trust's survey template and shall send the results to the Trust's PE Lead each term."

2.5 The following new clause 11.5 is inserted: "11.5 The Supplier should use that feedback to improve its sessions."

2.6 The following new clause 14.3 is inserted: "14.3 The Supplier is encouraged to confirm each September that it has disclosed any relationship between its directors and any trustee, governor or employee of the Trust involved in appointing it."

2.7 In Schedule 2 (Prices), the hourly coaching rate of 32.50 pounds is replaced by 34.00 pounds.

3. GENERAL

3.1 Except as varied by this Deed, the Contract continues in full force and effect.

3.2 This Deed may be executed in any number of counterparts, each of which is an original.

3.3 This Deed is governed by the law of England and Wales.

EXECUTED AS A DEED by the Trust acting by two trustees, and by the Supplier acting by a director in the presence of a witness, on the date stated above.
""",
    verdicts="""\
ES-01 gap absent from the variation
ES-02 gap absent from the variation
ES-03 gap absent from the variation
ES-04 pass cl. 2.2 (new cl. 9.7) ethics and integrity training at induction and yearly, with records
ES-05 gap absent from the variation
ES-06 gap absent from the variation
ES-07 gap absent from the variation
ES-08 gap absent from the variation
ES-09 gap absent from the variation
ES-10 gap absent from the variation
COI-01 gap cl. 1.2 "conflict" between the Deed and the Contract is precedence wording
COI-02 gap absent from the variation
COI-03 weak cl. 2.3 (new cl. 9.8) "should record" gifts and hospitality
COI-04 gap absent from the variation
COI-05 gap absent from the variation
COI-06 weak cl. 2.6 (new cl. 14.3) "is encouraged to confirm" disclosure
CDM-01 gap absent from the variation
CDM-02 gap absent from the variation
CDM-03 pass cl. 2.4 (new cl. 11.4) feedback collected each half-term and sent to the Trust each term
CDM-04 gap absent from the variation
CDM-05 weak cl. 2.5 (new cl. 11.5) "should use" feedback to improve
CDM-06 gap absent from the variation
""",
))
