"""Blind set 22: contract texts and verdicts (data only).

Contracts written by tools other than Word and LibreOffice's own editor: python-docx generator
scripts, pandoc from Markdown (DOCX and ODT), a portal's HTML export converted to DOCX by
LibreOffice, and plain text as pdftotext -layout gives it. All parties, people, places and
reference numbers are invented; the statutes, regulators and ombudsmen named are real.

Block types (rendered by scripts/make-blind-set22.py for each tool):
  ("title", text)            document title
  ("h1", text) ("h2", text) ("h3", text)   headings
  ("p", text)                paragraph (typed clause numbers are part of the text)
  ("fnp", text, note)        paragraph carrying a footnote (pandoc contracts only)
  ("ol", [items])            auto-numbered list (List Number / ordered list / <ol>)
  ("ul", [items])            bulleted list (List Bullet / bullet list / <ul>)
  ("table", [[cells], ...])  table, first row is the header row
  ("dl", [(term, definition), ...])   definition list (HTML export; pandoc definition list)
  ("toc", [lines])           contents lines, rendered as plain paragraphs
Each contract's "expected" string is the .expected file: 22 lines in rule order.
"""

RULES = ["ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
         "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
         "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06"]

CONTRACTS = []

# ------------------------------------------------------------------ c01 python-docx, typed numbers
CONTRACTS.append(dict(
    file="c01-assisted-garden-maintenance.docx",
    tool="python-docx",
    subject="Assisted garden maintenance for older and disabled council tenants",
    jurisdiction="English borough council (housing), services agreement from a contract generator",
    parties="Ashworth Borough Council (the Council); Greenreach Grounds Care Limited (the Supplier)",
    header="Ashworth Borough Council | OFFICIAL",
    footer="HBC/HSG/2025/044 Assisted Garden Maintenance Services Agreement",
    shapes="typed clause numbers in Heading 1 and Normal paragraphs; List Bullet scope list; contents lines; bracketed drafting note holding the FOI duty; heading 8 with no body; Schedule 1 Table Grid reporting table with an N/A row",
    blocks=[
        ("title", "Assisted Garden Maintenance Services Agreement"),
        ("p", "Contract reference HBC/HSG/2025/044. Generated from the Council's contract builder on the award date."),
        ("p", "Contents"),
        ("toc", ["1. Definitions and interpretation .......... 1",
                 "2. The Services .......... 1",
                 "3. Standards of conduct .......... 2",
                 "4. Conflicts of interest .......... 2",
                 "5. Complaints from Tenants .......... 3",
                 "6. Monitoring and reporting .......... 3",
                 "7. Termination .......... 3",
                 "8. Annual assurance .......... 4",
                 "Schedule 1 Performance and reporting .......... 4"]),
        ("p", "This Agreement is made between Ashworth Borough Council of Town Hall, Market Street, Ashworth (the Council) and Greenreach Grounds Care Limited, company number 09281734 (the Supplier)."),
        ("h1", "1. Definitions and interpretation"),
        ("p", "1.1 In this Agreement \"Conflict of Interest\" means any situation in which the personal, professional or financial interests of the Supplier or its Staff conflict, or may conflict, with their duties under this Agreement."),
        ("p", "1.2 \"Tenant\" means a tenant of the Council who has been assessed by the Council as eligible for the Services, and \"Staff\" means the Supplier's employees and agents engaged in the Services."),
        ("p", "1.3 \"Working Day\" means any day other than a Saturday, Sunday or bank holiday in England."),
        ("p", "1.4 If there is any conflict or inconsistency between the clauses and the Schedules, the clauses prevail."),
        ("p", "1.5 [Drafting note: Schedule 3 (Transparency) to be added if the contract value exceeds the threshold. The Supplier shall assist the Council with requests under the Freedom of Information Act 2000 and shall provide information for publication.]"),
        ("h1", "2. The Services"),
        ("p", "2.1 The Supplier shall provide garden maintenance at the homes of Tenants notified by the Council, comprising:"),
        ("ul", ["grass cutting every two weeks from April to October;",
                "hedge trimming twice a year;",
                "leaf clearance from paths and drains in November; and",
                "removal of all green waste from the property on the day of the visit."]),
        ("p", "2.2 The Supplier shall carry out each visit on the date given to the Tenant and shall leave the garden clean, tidy and safe."),
        ("p", "2.3 The Supplier shall ensure that all Staff are trained in the safe use of mowers, strimmers and hedge cutters and in lone working."),
        ("p", "2.4 The Supplier shall ensure that all Staff visiting a Tenant's home carry photographic identification and hold an enhanced DBS check."),
        ("p", "2.5 The Supplier shall not sub-contract any part of the Services without the Council's prior written consent, and shall remain responsible for the acts and omissions of its sub-contractors."),
        ("h1", "3. Standards of conduct"),
        ("p", "3.1 The Supplier shall comply with, and shall ensure that its Staff comply with, the Seven Principles of Public Life when delivering the Services."),
        ("p", "3.2 The Supplier shall adopt, maintain and comply with a written code of conduct for its Staff covering honesty, respect for Tenants, the handling of Tenants' property and gifts, and shall give a copy to the Council on request."),
        ("p", "3.3 The Supplier shall ensure that all Staff receive induction training, and refresher training every year, on its code of conduct, conflicts of interest, anti-bribery and how to raise concerns, and shall keep training records and make them available to the Council."),
        ("p", "3.4 The Council expects the Supplier to ask any sub-contractor to follow the standards in this clause 3."),
        ("p", "3.5 The Supplier shall not offer, give or agree to give any inducement or reward to any officer of the Council, and shall maintain adequate procedures to prevent bribery within the meaning of the Bribery Act 2010. The Supplier shall notify the Council immediately of any breach or suspected breach of this clause 3.5."),
        ("p", "3.6 The Supplier shall operate a confidential speaking-up procedure through which Staff can raise concerns about wrongdoing, and shall not subject any member of Staff to any detriment for raising a concern in good faith with the Supplier, the Council or a prescribed person."),
        ("p", "3.7 The Supplier shall not offer or accept any gift or hospitality to or from Tenants or Council officers, other than items of trivial value, and shall keep a gifts and hospitality register which it shall make available to the Council on request."),
        ("p", "3.8 The Council's officers are bound by the Council's Employee Code of Conduct and must declare any gift offered to them by the Supplier."),
        ("h1", "4. Conflicts of interest"),
        ("p", "4.1 The Supplier shall take all reasonable steps to ensure that neither it nor its Staff are placed in a position where an actual or potential Conflict of Interest arises, and shall notify the Council in writing promptly on becoming aware of any such conflict."),
        ("p", "4.2 The Supplier may keep a record of any interests declared by its supervisors and managers."),
        ("p", "4.3 The Supplier confirms that, before the award of this Agreement, it disclosed to the Council every relationship between its directors and any person involved in the procurement, and shall keep that disclosure up to date for the term."),
        ("p", "4.4 Former Council employees: [Not used]"),
        ("h1", "5. Complaints from Tenants"),
        ("p", "5.1 The Supplier shall operate a written complaints procedure, free of charge, for complaints from Tenants about the Services, and shall publicise it to Tenants by a leaflet left at the first visit."),
        ("p", "5.2 The Supplier shall acknowledge each complaint within 2 Working Days and shall send a full response within 15 Working Days."),
        ("p", "5.3 The Supplier shall co-operate with any investigation by the Council or the Housing Ombudsman of a complaint about the Services, including by providing information and attending meetings, and shall implement any remedy that the Housing Ombudsman recommends."),
        ("p", "5.4 The Supplier should look at complaints from time to time to see whether there are any common themes."),
        ("p", "5.5 Any complaint by the Council about the Supplier's performance shall be dealt with under clause 6."),
        ("h1", "6. Monitoring and reporting"),
        ("p", "6.1 The Supplier shall provide the Council with a monthly performance report covering each measure in Schedule 1."),
        ("p", "6.2 The Council may audit the Supplier's records relating to the Services on reasonable notice."),
        ("p", "6.3 The Council will carry out its own annual tenant satisfaction survey, which includes questions on the garden service."),
        ("p", "6.4 The Supplier shall protect the integrity of the visit data held in its scheduling system."),
        ("h1", "7. Termination"),
        ("p", "7.1 Either party may terminate this Agreement for convenience on three months' written notice."),
        ("p", "7.2 If the Supplier breaches clause 3.1, 3.5 or 3.6, the Council may require the Supplier to remove from the Services any member of Staff involved, and may terminate this Agreement immediately by written notice."),
        ("p", "7.3 The Council shall pay each undisputed invoice within 30 days of receipt."),
        ("h1", "8. Annual assurance"),
        ("h1", "Schedule 1 Performance and reporting"),
        ("p", "The Supplier shall report each measure in the table below to the Council at the frequency shown."),
        ("table", [["Measure", "Target", "Frequency", "Reported by"],
                   ["Visits completed on the agreed date", "95%", "Monthly", "Supplier"],
                   ["Complaints from Tenants received, upheld and not upheld, with actions taken", "All complaints", "Monthly", "Supplier"],
                   ["Tenant satisfaction survey results", "Not applicable", "N/A", "N/A"],
                   ["Staff completing conduct training", "100%", "Quarterly", "Supplier"]]),
        ("p", "Signed for the Council by the Head of Housing Services and for the Supplier by its Managing Director."),
    ],
    expected="""\
ES-01 pass  # clause 3.1: Supplier shall comply with and ensure Staff comply with the Seven Principles of Public Life
ES-02 pass  # clause 3.2: Supplier shall adopt, maintain and comply with a written code of conduct for its Staff (3.8 is the Council's officers' code, wrong party)
ES-03 weak  # clause 3.4: the Council only 'expects' the Supplier to ask sub-contractors to follow clause 3; 2.5 is consent/liability only ('Staff' in 1.2 excludes sub-contractors)
ES-04 pass  # clause 3.3: induction and yearly refresher training on the code, conflicts, anti-bribery and raising concerns, with records (2.3 is safety training)
ES-05 pass  # clause 3.6: confidential speaking-up procedure and no detriment for good-faith concerns to the Council or a prescribed person
ES-06 pass  # clause 3.5: no inducement or reward, adequate procedures under the Bribery Act 2010, immediate notice of breaches
ES-07 gap  # clause 1.5: the only FOI/publication duty sits inside a bracketed drafting note; no other transparency clause
ES-08 weak  # clause 6.2: general audit right over records, naming neither ethics nor clause 3
ES-09 pass  # clause 7.2: breach of clauses 3.1, 3.5 or 3.6 lets the Council require staff removal and terminate
ES-10 gap  # heading 8 'Annual assurance' has no body; no certificate or assurance anywhere
COI-01 pass  # clause 4.1: Supplier shall prevent actual or potential conflicts for itself and Staff and notify promptly (1.4 is precedence, 1.1 definition only)
COI-02 gap  # no mitigation, direction or termination for a conflict: 7.2 covers clauses 3.1, 3.5 and 3.6 only
COI-03 pass  # clause 3.7: no gifts or hospitality to or from Tenants or officers and a gifts and hospitality register open to the Council
COI-04 gap  # clause 4.4 'Former Council employees' is [Not used]
COI-05 weak  # clause 4.2: Supplier 'may keep' a record of interests declared by supervisors and managers (permissive)
COI-06 pass  # clause 4.3: Supplier confirms it disclosed relationships with persons involved in the procurement and will keep it up to date
CDM-01 pass  # clause 5.1: free written complaints procedure for Tenants, publicised by leaflet
CDM-02 pass  # clause 6.1 and Schedule 1 row 2: complaints received, upheld and not upheld with actions, reported monthly by the Supplier
CDM-03 gap  # clause 6.3: the satisfaction survey is the Council's own; Schedule 1 row 3 (tenant satisfaction) is Not applicable / N/A
CDM-04 pass  # clause 5.3: co-operate with the Council or the Housing Ombudsman and implement its recommended remedy
CDM-05 weak  # clause 5.4: Supplier 'should' look at complaints for common themes (permissive)
CDM-06 pass  # clause 5.2: acknowledge within 2 Working Days, full response within 15 Working Days
""",
))

# ------------------------------------------------------------------ c02 python-docx, List Number clauses
CONTRACTS.append(dict(
    file="c02-ear-wax-removal-service.docx",
    tool="python-docx",
    subject="Community ear wax removal (microsuction) service in GP practices",
    jurisdiction="NHS England integrated care board, local service specification and particulars from a generator script",
    parties="Calderbrook Integrated Care Board (the Commissioner); Clearsound Community Audiology LLP (the Provider)",
    header="NHS Calderbrook ICB | Local Enhanced Service",
    footer="CICB-LES-0317 Community Ear Wax Removal",
    shapes="clause numbers only from the built-in List Number style (one numbering running through the whole document, as python-docx leaves it); Particulars Table Grid table with a Not applicable row; '[insert ...]' placeholder in the timescale clause; exclusion-ground declaration decoy; CEDR mediation decoy",
    blocks=[
        ("title", "Community Ear Wax Removal Service: Particulars and Service Conditions"),
        ("p", "Reference CICB-LES-0317. This document is produced by the Commissioner's contract generator from the approved template; the numbered paragraphs below run in one sequence from 1 to 32."),
        ("h1", "Particulars"),
        ("table", [["Item", "Detail"],
                   ["Commissioner", "Calderbrook Integrated Care Board"],
                   ["Provider", "Clearsound Community Audiology LLP"],
                   ["Service", "Microsuction ear wax removal for adults registered with a Calderbrook GP practice"],
                   ["Commencement Date", "1 April 2026"],
                   ["Expiry Date", "31 March 2028"],
                   ["Sub-contracting", "Permitted with the Commissioner's consent"],
                   ["Staff transfer (TUPE)", "Not applicable"]]),
        ("h1", "A. Definitions and precedence"),
        ("ol", ["\"Decision-Making Staff\" means the Provider's partners, clinical lead and service manager.",
                "\"Gifts and Hospitality Policy\" means the Commissioner's policy on gifts and hospitality offered to its own staff.",
                "If there is any conflict between these Service Conditions and the Particulars, these Service Conditions prevail."]),
        ("h1", "B. The Service"),
        ("ol", ["The Provider shall deliver microsuction ear wax removal clinics in at least six GP practices across the Calderbrook area, with each patient seen within 15 Operational Days of referral.",
                "The Provider shall follow current national guidance on ear wax removal, including the recommended procedure for microsuction and the decontamination code of practice for its equipment.",
                "The Provider shall ensure that all Staff complete the Provider's induction programme before their first clinic.",
                "The Provider shall offer the Friends and Family Test to every patient after their appointment and shall report the results to the Commissioner every month."]),
        ("h1", "C. Conduct and integrity"),
        ("ol", ["The Commissioner expects the Provider to have regard to the Seven Principles of Public Life in delivering the Service.",
                "The Provider shall not commit any Prohibited Act, shall maintain adequate procedures to prevent bribery and fraud by its Staff, and shall notify the Commissioner immediately of any breach or any investigation.",
                "The Provider shall appoint a Freedom to Speak Up Guardian, shall have a speaking-up policy that allows Staff to raise concerns with the Commissioner, and shall ensure that no member of Staff suffers any detriment for speaking up in good faith.",
                "The Provider shall procure that any Sub-Contractor complies with obligations equivalent to those in paragraphs 9, 10 and 15 to 17.",
                "The Commissioner's own staff shall comply with the ICB Standards of Business Conduct Policy.",
                "Within 20 Operational Days of the Commencement Date and then annually, the Provider shall certify in writing to the Commissioner, signed by a partner, that it has complied with paragraphs 9, 10 and 15 to 17 and that it maintains the arrangements needed to support those standards.",
                "The Provider shall give the Commissioner all the information and co-operation it needs to respond to requests under the Freedom of Information Act 2000 within 5 Operational Days of each request."]),
        ("h1", "D. Conflicts of interest"),
        ("ol", ["The Provider shall avoid any actual or potential conflict of interest affecting the Provider or its Staff and shall notify the Commissioner promptly in writing of any that arises, with details.",
                "Where a conflict of interest arises, the Provider shall take the steps that the Commissioner directs to manage or remove it and shall report to the Commissioner when those steps are complete.",
                "The Provider shall ensure that its Decision-Making Staff make a declaration of interests, or a nil return, on appointment and every year, shall keep a register of those declarations and shall publish it on its website.",
                "The Provider shall notify the Commissioner before engaging in the Service any person who was employed by the Commissioner in the previous 24 months in a role connected with the procurement of the Service.",
                "The Provider has completed the Commissioner's exclusion-ground self-declaration confirming that none of its partners has a relevant conviction.",
                "Refreshments provided to patients in clinic waiting areas are at the Provider's cost."]),
        ("h1", "E. Complaints, feedback and monitoring"),
        ("ol", ["The Provider shall operate a complaints procedure that complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009 and shall display information about it in every clinic.",
                "The Provider shall acknowledge each complaint within [insert number] Operational Days and respond within [insert number] Operational Days.",
                "The Provider shall supply information about complaints to the Commissioner on request.",
                "Every quarter, the Provider shall analyse its complaints and Friends and Family Test results, identify themes and root causes, and agree an action plan with the Commissioner wherever the recommend score falls below 90%.",
                "The Commissioner may audit the Provider's compliance with paragraphs 9, 10 and 15 to 17, and ethical performance shall be reviewed at each quarterly contract review meeting."]),
        ("h1", "F. Termination and disputes"),
        ("ol", ["The Commissioner may terminate this Contract by notice if the Provider commits a material breach which it has not remedied within 20 Operational Days.",
                "Any dispute between the Commissioner and the Provider shall first be referred to mediation by CEDR.",
                "Either party may terminate this Contract for convenience on six months' notice."]),
        ("h1", "G. General"),
        ("p", "Patients whose ear wax has not cleared after two weeks of drops are referred by their GP practice through the electronic referral system. Patients may also be referred by community nurses for housebound patients who can attend a clinic with help."),
        ("ol", ["The Provider shall process patient personal data in accordance with the UK GDPR and the Data Protection Act 2018 and shall report any personal data breach to the Commissioner within 24 hours.",
                "The Provider shall maintain clinical negligence cover through an appropriate indemnity arrangement for the whole term.",
                "The Commissioner shall pay the Provider GBP 38 for each completed episode of care, monthly in arrears, on receipt of validated activity data.",
                "The Provider shall keep its clinical records accurate and complete and shall retain them for at least eight years after the last appointment."]),
    ],
    expected="""\
ES-01 weak  # List Number paragraph 8 (section C): the Commissioner only 'expects' regard to the Seven Principles
ES-02 gap  # no provider code of conduct: paragraph 5 is a clinical decontamination code of practice; paragraph 12 binds the Commissioner's own staff
ES-03 pass  # paragraph 11 (section C): Provider shall procure Sub-Contractors comply with obligations equivalent to the conduct and conflict paragraphs
ES-04 weak  # paragraph 6 (section B): generic induction programme, no ethics topic named
ES-05 pass  # paragraph 10 (section C): Freedom to Speak Up Guardian, speaking-up route to the Commissioner, no detriment
ES-06 pass  # paragraph 9 (section C): no Prohibited Act, adequate procedures, immediate notice of breach or investigation
ES-07 pass  # paragraph 14 (section C): information and co-operation for FOI Act 2000 requests within 5 Operational Days
ES-08 pass  # paragraph 25 (section E): Commissioner may audit compliance with the conduct and conflicts paragraphs; ethics reviewed quarterly
ES-09 weak  # paragraph 26 (section F): termination for unremedied material breach only, no ethics link (28 is convenience)
ES-10 pass  # paragraph 13 (section C): certificate within 20 Operational Days and annually that conduct paragraphs were met and arrangements maintained
COI-01 pass  # paragraph 15 (section D): avoid actual or potential conflicts of Provider and Staff, notify promptly in writing (paragraph 3 is precedence)
COI-02 pass  # paragraph 16 (section D): Provider shall manage or remove a conflict as the Commissioner directs and report completion
COI-03 gap  # paragraph 2 defines the Commissioner's own Gifts and Hospitality Policy (definition only); paragraph 20 is waiting-room refreshments
COI-04 pass  # paragraph 18 (section D): notify before engaging anyone employed by the Commissioner in the last 24 months in a procurement role
COI-05 pass  # paragraph 17 (section D): declarations or nil returns from Decision-Making Staff, register kept and published
COI-06 gap  # paragraph 19 (section D) is an exclusion-ground conviction self-declaration only; no disclosure of relationships with decision-makers
CDM-01 pass  # paragraph 21 (section E): complaints procedure under the 2009 Complaints (England) Regulations, displayed in every clinic
CDM-02 weak  # paragraph 23 (section E): complaint information only 'on request'; paragraph 24 agrees action plans but sets no complaint return
CDM-03 pass  # paragraph 7 (section B): Friends and Family Test offered to every patient, results reported monthly
CDM-04 gap  # no Ombudsman or complaint-investigation co-operation; paragraph 27 is CEDR mediation between the parties
CDM-05 pass  # paragraph 24 (section E): quarterly analysis of complaints and FFT, themes, root causes, action plan below 90%
CDM-06 gap  # paragraph 22 (section E): timescales left as '[insert number]' placeholders
""",
))

# ------------------------------------------------------------------ c03 python-docx, mixed numbering
CONTRACTS.append(dict(
    file="c03-youth-summer-jobs.docx",
    tool="python-docx",
    subject="Youth summer employment program: placements, mentoring and payroll",
    jurisdiction="US city (Arizona), professional services agreement from a procurement system's document generator",
    parties="City of Saguaro Flats (the City); Desert Bloom Workforce Partners, Inc. (Contractor)",
    header="City of Saguaro Flats | Procurement Division",
    footer="Agreement No. SF-PSA-2026-0112",
    shapes="typed Section numbers in Heading 1 and Heading 2 with List Bullet duties under them and a List Number scope list; Table Grid responsibilities table with a Party column (City rows are wrong party); WHEREAS recital naming principle words; 'Intentionally left blank' section; financial-only audit",
    blocks=[
        ("title", "Professional Services Agreement: Youth Summer Employment Program"),
        ("p", "Agreement No. SF-PSA-2026-0112"),
        ("p", "This Agreement is entered into by the City of Saguaro Flats, an Arizona municipal corporation (the \"City\"), and Desert Bloom Workforce Partners, Inc., an Arizona nonprofit corporation (\"Contractor\")."),
        ("p", "WHEREAS, the City Council adopted a Youth Employment Strategy in 2024 and has long valued integrity, openness, accountability, honesty and leadership in its programs; and WHEREAS, Contractor was selected through Request for Proposals No. 25-118;"),
        ("p", "NOW, THEREFORE, the parties agree as follows."),
        ("h1", "Section 1. Scope of Work"),
        ("p", "1.1 Contractor shall recruit, place and mentor up to 220 City residents aged 16 to 21 in paid summer work placements, as follows:"),
        ("ol", ["Contractor shall recruit host employers and confirm at least 220 placements by May 15.",
                "Contractor shall hold an orientation session for every participant before the first day of work.",
                "Contractor shall assign each participant a mentor who meets the participant at least every two weeks.",
                "Contractor shall run payroll for participants and pay wages every two weeks."]),
        ("p", "1.2 If any provision of this Agreement conflicts with the RFP or Contractor's proposal, this Agreement controls."),
        ("h1", "Section 2. Contractor Responsibilities Table"),
        ("p", "Each party shall carry out the responsibilities shown against its name in the Party column."),
        ("table", [["Item", "Responsibility", "Party"],
                   ["2.1", "Include in the monthly report the number of participant complaints received, their outcomes and the actions taken", "Contractor"],
                   ["2.2", "Acknowledge each participant complaint within two business days and resolve it within ten business days", "Contractor"],
                   ["2.3", "Publish program outcome data on the City website", "City"],
                   ["2.4", "Conduct an annual survey of Contractor's own employees on workplace satisfaction", "Contractor"],
                   ["2.5", "Certify annually to the City Council that City staff have completed ethics training", "City Clerk"]]),
        ("h1", "Section 3. Participant Complaints"),
        ("p", "3.1 Contractor shall maintain a written complaint procedure for participants and their parents or guardians, shall give a copy to each participant at orientation, and shall post it at every worksite."),
        ("p", "3.2 Contractor shall cooperate with any investigation of a participant complaint by the City or the City's Office of the Ombudsman, shall answer its questions and provide information, and shall implement any corrective action it recommends."),
        ("p", "3.3 Contractor may survey participants at the end of the summer about their experience."),
        ("h1", "Section 4. Public Records"),
        ("p", "4.1 Contractor shall cooperate with the City in responding to any request made under the Arizona public records law, A.R.S. Title 39, Chapter 1, and shall deliver requested records to the City within five business days."),
        ("h1", "Section 5. Audit"),
        ("p", "5.1 The City may audit Contractor's invoices, timesheets and payroll records for three years after final payment."),
        ("h1", "Section 6. Ethics"),
        ("h2", "6.1 Code of Ethics"),
        ("ul", ["Contractor shall adopt and enforce a written code of ethics that applies to all of its employees working on the Program.",
                "Contractor shall designate a senior manager as its ethics lead for the Program.",
                "Contractor shall provide all staff with ethics training covering conflicts of interest, gifts and the reporting of wrongdoing before they work with participants and every year after that, and shall keep attendance records available to the City."]),
        ("h2", "6.2 Gratuities and Kickbacks"),
        ("ul", ["Contractor shall not offer or pay any kickback, gratuity or other inducement to obtain or keep this Agreement.",
                "Contractor shall maintain anti-fraud procedures for participant payroll and shall immediately notify the City of any suspected fraud.",
                "Contractor shall not give any gift, gratuity or hospitality to any City employee involved in the Program."]),
        ("h2", "6.3 Reporting Concerns"),
        ("ul", ["Contractor is encouraged to establish a hotline for its employees to report suspected wrongdoing."]),
        ("h2", "6.4 Conflicts of Interest"),
        ("ul", ["Contractor should disclose to the City any conflict of interest that arises during the term.",
                "If a conflict of interest arises, Contractor shall take the steps the City directs to eliminate or manage it, and the City may terminate this Agreement if the conflict cannot be managed.",
                "Contractor is not required to maintain a register of its employees' interests.",
                "Contractor may provide the City with a statement of any relationships between its officers and City personnel involved in the award."]),
        ("h2", "6.5 Former City Employees"),
        ("p", "This Section is intentionally left blank."),
        ("h2", "6.6 City Officers"),
        ("p", "The City's officers and employees shall comply with the City Code of Ethics, and the City shall maintain the integrity of its procurement records."),
        ("h1", "Section 7. Termination"),
        ("p", "7.1 If Contractor breaches Section 6, the City may require Contractor to remove the employee concerned from the Program and may terminate this Agreement for cause by written notice."),
        ("p", "7.2 The City may terminate this Agreement for convenience on thirty days' written notice."),
        ("h1", "Section 8. Subcontracts"),
        ("p", "8.1 Contractor shall include in every subcontract the insurance and indemnity requirements of Section 9."),
        ("h1", "Section 9. Insurance"),
        ("p", "9.1 Contractor shall maintain commercial general liability insurance of at least $1,000,000 per occurrence and shall provide certificates of insurance to the City."),
        ("h1", "Section 10. General Provisions"),
        ("p", "10.1 Contractor shall comply with all applicable federal, state and local laws, including the Fair Labor Standards Act and the Arizona laws on the employment of minors."),
        ("p", "10.2 Contractor warrants that it complies with the federal immigration laws and verifies the employment eligibility of its employees through the E-Verify program, as A.R.S. 41-4401 requires."),
        ("p", "10.3 Contractor shall keep participant records confidential except where disclosure is required by law or by Section 4."),
        ("p", "10.4 The City shall pay Contractor a fixed fee of $412,000, in five monthly installments against approved invoices, plus participant wages at cost."),
        ("p", "10.5 This Agreement is governed by the laws of the State of Arizona, and any action shall be brought in the Superior Court of Maricopa County."),
        ("p", "IN WITNESS WHEREOF, the parties have executed this Agreement by their authorized representatives on the dates below."),
    ],
    expected="""\
ES-01 gap  # the principle words appear only in the WHEREAS recital (City's values), and Section 6.6 binds the City's officers; nothing binds Contractor
ES-02 pass  # Section 6.1 first bullet: Contractor shall adopt and enforce a written code of ethics for its employees
ES-03 gap  # Section 8.1 flows down insurance and indemnity terms only
ES-04 pass  # Section 6.1 third bullet: ethics training on conflicts, gifts and reporting wrongdoing, yearly, with attendance records
ES-05 weak  # Section 6.3: Contractor 'is encouraged to' establish a hotline (permissive)
ES-06 pass  # Section 6.2 bullets 1-2: no kickback or inducement, anti-fraud procedures, immediate notice of suspected fraud
ES-07 pass  # Section 4.1: cooperate with public records requests and deliver records within five business days (table row 2.3 publication is the City's)
ES-08 gap  # Section 5.1: financial-only audit of invoices, timesheets and payroll
ES-09 pass  # Section 7.1: breach of Section 6 (Ethics) lets the City require removal of the employee and terminate for cause
ES-10 weak  # Section 6.1 second bullet: a designated ethics lead only, no assurance or certificate; table row 2.5 certification is the City Clerk's
COI-01 weak  # Section 6.4 first bullet: Contractor 'should disclose' conflicts (permissive); 1.2 is precedence
COI-02 pass  # Section 6.4 second bullet: steps the City directs to eliminate or manage; City may terminate if unmanageable
COI-03 pass  # Section 6.2 third bullet: no gift, gratuity or hospitality to City employees involved in the Program
COI-04 gap  # Section 6.5 'Former City Employees' is intentionally left blank
COI-05 gap  # Section 6.4 third bullet: Contractor is not required to maintain a register of interests
COI-06 weak  # Section 6.4 fourth bullet: Contractor 'may provide' a statement of relationships with award personnel
CDM-01 pass  # Section 3.1: written complaint procedure for participants and parents, given at orientation and posted at worksites
CDM-02 pass  # table row 2.1 (Party: Contractor, under the Section 2 lead-in): monthly report of complaints received, outcomes and actions
CDM-03 weak  # Section 3.3: Contractor 'may survey' participants; table row 2.4 is a staff-only survey
CDM-04 pass  # Section 3.2: cooperate with investigation by the City or its Office of the Ombudsman and implement corrective action
CDM-05 gap  # no analysis of complaints or feedback and no action plans; row 2.4 is a staff survey
CDM-06 pass  # table row 2.2 (Party: Contractor): acknowledge within two business days, resolve within ten business days
""",
))

# ------------------------------------------------------------------ c04 pandoc Markdown -> DOCX
CONTRACTS.append(dict(
    file="c04-ebike-library-scotland.docx",
    tool="pandoc-docx",
    subject="Community e-bike library: loans, maintenance and try-out sessions",
    jurisdiction="Scottish council, services agreement drafted in Markdown and converted by pandoc",
    parties="Strathbrae Council (the Council); Pedal Forward Community Interest Company (the Operator)",
    header="",
    footer="",
    shapes="pandoc styles (Title, Heading 1-3, First Paragraph, Body Text, Compact lists); pipe tables for reports; footnote giving a hedged complaint timescale; Bribery Act only in the Law definition; 'does not apply' disapplication of the Ombudsman clause; bracketed drafting note",
    blocks=[
        ("title", "Strathbrae Community E-Bike Library: Services Agreement"),
        ("p", "Agreement reference STB/ENV/2026/07, between Strathbrae Council (the Council) and Pedal Forward Community Interest Company (the Operator)."),
        ("h1", "1. Interpretation"),
        ("p", "1.1 \"Law\" includes the Bribery Act 2010, the Equality Act 2010, the Data Protection Act 2018 and the Freedom of Information (Scotland) Act 2002."),
        ("p", "1.2 \"Register of Interests\" means a record of the financial and other interests of the Operator's board members."),
        ("p", "1.3 \"Member\" means a resident who has joined the e-bike library, and \"Staff\" means the Operator's employees and volunteers."),
        ("p", "1.4 If this Agreement conflicts with the Operator's tender, this Agreement prevails."),
        ("h1", "2. The Service"),
        ("p", "2.1 The Operator shall run an e-bike library from two hubs in Strathbrae and Kilmory and shall provide:"),
        ("ul", ["loans of e-bikes and e-cargo bikes for periods of up to four weeks;",
                "a safety check and battery test before every loan;",
                "monthly try-out sessions for people who have not cycled for many years; and",
                "a repair service for loaned bikes within two working days."]),
        ("h2", "Hubs and opening hours"),
        ("p", "2.2 The Operator shall open each hub at least four days a week, including one weekday evening and Saturday morning."),
        ("h3", "Kilmory hub"),
        ("p", "2.3 The Kilmory hub is in the former bus depot on Harbour Road, which the Council lets to the Operator at a peppercorn rent for the term."),
        ("p", "2.4 Members must be aged 16 or over, and under-18s need the consent of a parent or carer."),
        ("h2", "Fleet and training"),
        ("p", "2.5 The Operator shall keep the fleet insured and in a roadworthy condition."),
        ("p", "2.6 The Operator shall provide its Staff with cycle maintenance and ride-leader safety training."),
        ("p", "2.7 The Operator is not required to provide any other training to its Staff."),
        ("p", "2.8 The Operator shall process Members' personal data in line with the Data Protection Act 2018 and shall not share it with third parties for marketing."),
        ("h1", "3. Conduct"),
        ("p", "3.1 The Operator shall observe the Seven Principles of Public Life (selflessness, integrity, objectivity, accountability, openness, honesty and leadership) in delivering the Service."),
        ("p", "3.2 The Operator is encouraged to adopt a code of conduct for its Staff."),
        ("p", "3.3 The Operator shall have a whistleblowing policy in line with the Public Interest Disclosure Act 1998, and shall ensure that no member of Staff suffers any detriment for raising a concern in good faith with the Operator or the Council."),
        ("p", "3.4 The Operator shall impose on each sub-contractor, including any bike mechanic it engages, obligations no less onerous than those in this section 3 and in section 4."),
        ("p", "3.5 The Council shall maintain counter fraud arrangements for the grant funding that supports the Service."),
        ("p", "3.6 On the Commencement Date and on each anniversary of it, the Operator shall give the Council a statement signed by its chair certifying that it has complied with sections 3 and 4 and that it has in place, and will maintain, the structures and arrangements necessary to support those ethical standards."),
        ("h1", "4. Conflicts of interest and gifts"),
        ("p", "4.1 The Operator shall avoid any actual or perceived conflict of interest affecting the Operator or its Staff, and shall notify the Council in writing within 5 working days of becoming aware of one."),
        ("p", "4.2 The Operator should agree with the Council how any conflict of interest will be managed."),
        ("p", "4.3 The Operator shall keep a gifts and hospitality register recording all gifts and hospitality offered to or received by its Staff in connection with the Service, and shall show it to the Council on request."),
        ("p", "4.4 The Operator should tell the Council if it employs anyone who worked for the Council's sustainable transport team in the previous 12 months."),
        ("h1", "5. Information and monitoring"),
        ("p", "5.1 The Operator should assist the Council with requests under the Freedom of Information (Scotland) Act 2002 where it is able to do so."),
        ("p", "5.2 The Council may audit the Operator's compliance with sections 3 and 4, and ethical performance will be reviewed at each quarterly contract review meeting."),
        ("p", "5.3 The Operator shall report the following to the Council:"),
        ("table", [["Report", "Content", "Frequency"],
                   ["Fleet report", "Bikes available, loans made, repairs completed", "Monthly"],
                   ["Complaints return", "Complaints received, upheld, partially upheld and not upheld, and actions taken", "Quarterly"],
                   ["Member survey", "Results of the annual Member satisfaction survey", "Annually"]]),
        ("h3", "Member survey"),
        ("p", "5.4 The Operator shall survey Members every year on their satisfaction with the Service and shall send the results to the Council."),
        ("h1", "6. Complaints"),
        ("fnp", "6.1 The Operator should have a complaints procedure for Members and should tell Members how to use it.",
         "Complaint timescales: the Operator will aim to respond to complaints within 20 working days."),
        ("p", "6.2 The Operator shall analyse complaints and survey results every quarter and agree an action plan with the Council for each theme identified."),
        ("p", "6.3 Clause 6.4 (Ombudsman co-operation) does not apply to this Agreement."),
        ("p", "6.4 The Operator shall co-operate with the Scottish Public Services Ombudsman in the investigation of any complaint about the Service."),
        ("p", "6.5 [Guidance: the commissioning officer should confirm whether the Operator is to share complaint data with the Ombudsman. Delete this note before issue.]"),
        ("h1", "7. Term and termination"),
        ("p", "7.1 This Agreement runs from 1 April 2026 to 31 March 2029, and the Council may extend it once by up to two years by giving written notice before it ends."),
        ("p", "7.2 The Council may terminate this Agreement for convenience on three months' notice."),
        ("p", "7.3 The Council shall pay the Operator the quarterly fee in the table below within 30 days of a valid invoice."),
        ("table", [["Year", "Quarterly fee"],
                   ["2026-27", "GBP 21,500"],
                   ["2027-28", "GBP 22,000"],
                   ["2028-29", "GBP 22,500"]]),
        ("p", "7.4 Notices under this Agreement shall be sent by email to the contract manager named by each party."),
    ],
    expected="""\
ES-01 pass  # clause 3.1: Operator shall observe the Seven Principles of Public Life, all seven named
ES-02 weak  # clause 3.2: Operator 'is encouraged to' adopt a code of conduct
ES-03 pass  # clause 3.4: obligations no less onerous than sections 3 (Conduct) and 4 imposed on each sub-contractor
ES-04 gap  # clause 2.6 is maintenance and safety training only and clause 2.7 says no other training is required
ES-05 pass  # clause 3.3: whistleblowing policy under PIDA 1998 and no detriment for good-faith concerns
ES-06 gap  # the Bribery Act 2010 appears only in the 'Law' definition (clause 1.1); clause 3.5 counter fraud is the Council's
ES-07 weak  # clause 5.1: Operator 'should assist' with FOISA requests where able
ES-08 pass  # clause 5.2: Council may audit compliance with sections 3 and 4; ethical performance reviewed quarterly
ES-09 gap  # clause 7.2 is termination for convenience only; no remedy for an ethical breach
ES-10 pass  # clause 3.6: signed certificate on the Commencement Date and yearly, with structures and arrangements maintained
COI-01 pass  # clause 4.1: avoid actual or perceived conflicts and notify in writing within 5 working days (1.4 is precedence)
COI-02 weak  # clause 4.2: Operator 'should agree' how a conflict will be managed
COI-03 pass  # clause 4.3: gifts and hospitality register of all gifts and hospitality offered or received, shown to the Council
COI-04 weak  # clause 4.4: Operator 'should tell' the Council of former transport team employees
COI-05 gap  # clause 1.2 defines 'Register of Interests' but no clause requires one (definition only)
COI-06 gap  # no procurement-stage disclosure anywhere; 1.4 is a document-precedence conflict
CDM-01 weak  # clause 6.1: Operator 'should have' a complaints procedure
CDM-02 pass  # clause 5.3 table row 'Complaints return': received, upheld, partially upheld, not upheld and actions, quarterly
CDM-03 pass  # clause 5.4 and table row 'Member survey': yearly satisfaction survey, results sent to the Council
CDM-04 gap  # clause 6.3 disapplies clause 6.4 (SPSO co-operation); 6.5 is a guidance note
CDM-05 pass  # clause 6.2: quarterly analysis of complaints and survey results with an action plan for each theme
CDM-06 weak  # footnote to clause 6.1: Operator 'will aim to' respond within 20 working days; no acknowledgement time
""",
))

# ------------------------------------------------------------------ c05 pandoc Markdown -> DOCX, plain-English grant letter
CONTRACTS.append(dict(
    file="c05-dementia-walking-grant-wales.docx",
    tool="pandoc-docx",
    subject="Dementia-friendly community walking groups (grant offer letter)",
    jurisdiction="Welsh county borough council, plain-English grant letter ('you must', 'we may') written in Markdown and converted by pandoc",
    parties="Glanllyn County Borough Council (we, us); Cerddwyr Cyfeillgar Dyffryn (you, the Grantee)",
    header="",
    footer="",
    shapes="pandoc styles (Title, Heading 1-2, First Paragraph, Body Text, Compact lists); contents lines; heading 6 'Conflicts of interest' with no body; pipe table of what you must send us; footnotes (one narrowing the gifts rule, one on Gift Aid); officer's bracketed note; 'you do not need to' certificate negation",
    blocks=[
        ("title", "Grant Offer Letter: Dementia-Friendly Walking Groups 2026-2028"),
        ("p", "Our reference GCBC/CW/2026/019. Date of offer: 12 January 2026."),
        ("p", "Dear Ms Bethan Prys, Chair, Cerddwyr Cyfeillgar Dyffryn"),
        ("p", "We are pleased to offer you a grant of up to GBP 48,000 over two years to run weekly walking groups for people living with dementia and their carers in the Dyffryn valley. This letter sets out the conditions of the grant. In this letter, \"we\" and \"us\" mean Glanllyn County Borough Council, and \"you\" means Cerddwyr Cyfeillgar Dyffryn, the Grantee."),
        ("h1", "What this letter covers"),
        ("toc", ["1. What the grant is for",
                 "2. How we will pay you",
                 "3. How you must behave",
                 "4. Training your walk leaders",
                 "5. Fraud and misuse",
                 "6. Conflicts of interest",
                 "7. Complaints and feedback",
                 "8. Reports, information and visits",
                 "9. When we may stop the grant"]),
        ("h1", "1. What the grant is for"),
        ("p", "1.1 You must use the grant only to run the walking groups described in your application of 3 October 2025, which forms part of this agreement. If this letter and your application conflict, this letter wins."),
        ("p", "1.2 You must run at least three walks a week, one in each of Pontardyffryn, Cwm Isaf and Llanfair Uchaf, on routes that are step-free and have toilets and a cafe at the end."),
        ("p", "1.3 You must offer every walk in Welsh and English, and you must make sure at least one walk leader on each walk is a Welsh speaker."),
        ("h1", "2. How we will pay you"),
        ("p", "2.1 We will pay the grant in four instalments, each six months in advance, as long as you have sent us the reports in section 8."),
        ("table", [["Instalment", "Amount", "When we pay"],
                   ["1", "GBP 12,000", "February 2026"],
                   ["2", "GBP 12,000", "August 2026"],
                   ["3", "GBP 12,000", "February 2027"],
                   ["4", "GBP 12,000", "August 2027"]]),
        ("fnp", "2.2 You may claim Gift Aid on donations from walkers, but you must not use the grant to pay for fundraising.",
         "Gift Aid is a tax relief on donations; claiming it is a matter between you and HMRC."),
        ("h1", "3. How you must behave"),
        ("p", "3.1 You must follow the Seven Principles of Public Life in everything you do with this grant, and so must your trustees, staff and volunteers."),
        ("p", "3.2 We follow our own Code of Conduct for members and the Code of Conduct for officers when we manage this grant."),
        ("p", "3.3 If you use another organisation to deliver part of the project, you remain responsible for everything it does."),
        ("p", "3.4 Your staff and volunteers must keep walkers' personal information confidential, and they may not speak to the press about the project without our agreement."),
        ("h1", "4. Training your walk leaders"),
        ("p", "4.1 You must make sure that every walk leader and volunteer completes training on safeguarding, conflicts of interest, preventing fraud and how to speak up about wrongdoing before they lead a walk, and again every year. You must keep a record of the training and show it to us if we ask."),
        ("p", "4.2 You must also make sure that walk leaders hold a current first aid certificate and have completed dementia awareness training."),
        ("h1", "5. Fraud and misuse"),
        ("p", "5.1 We expect you to have procedures to prevent fraud and bribery involving the grant."),
        ("p", "5.2 You must keep receipts for everything you buy with the grant for seven years."),
        ("h1", "6. Conflicts of interest"),
        ("h1", "7. Complaints and feedback"),
        ("p", "7.1 You must have a simple complaints procedure for walkers and carers, tell them about it at their first walk and on your website, and deal with every complaint fairly and free of charge."),
        ("p", "7.2 You must acknowledge a complaint within 5 working days and give a full reply within 20 working days. If you need longer, you must tell the person why."),
        ("p", "7.3 You must ask walkers and carers for feedback at least every six months and include a summary of what they said in your six-monthly report."),
        ("p", "7.4 You may wish to co-operate with the Public Services Ombudsman for Wales if it looks at a complaint about the project."),
        ("fnp", "7.5 You should not accept gifts from walkers or their families.",
         "This does not stop walkers bringing cake to share on a walk."),
        ("h1", "8. Reports, information and visits"),
        ("p", "8.1 You must send us the following:"),
        ("table", [["What you must send us", "When"],
                   ["Six-monthly report: number of walks, number of walkers and carers, new routes", "Within 20 working days after each six-month period"],
                   ["Summary of feedback from walkers and carers", "With each six-monthly report"],
                   ["Final report and accounts", "By 30 April 2028"]]),
        ("p", "8.2 We publish the grants we make on our website. You must give us, within 5 working days of our asking, any information we need to answer a request under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004."),
        ("p", "8.3 We may visit your walks or inspect your records at any reasonable time."),
        ("p", "8.4 You do not need to send us an annual statement that you have met the conditions in section 3."),
        ("p", "8.5 [Officer note: check with Audit whether a yearly compliance certificate is needed for grants over GBP 25,000 and add it here if so.]"),
        ("h1", "9. When we may stop the grant"),
        ("p", "9.1 If you break any condition in section 3 or section 5, including by any fraud or bribery, we may stop paying the grant, ask you to pay back some or all of it, and end this agreement."),
        ("p", "9.2 We may also stop the grant if you stop running the walks for more than eight weeks in a row."),
        ("p", "Please sign and return the acceptance form within 28 days. If you have any questions, please contact the Community Wellbeing Team."),
        ("p", "Yours sincerely, Rhian Howells, Head of Community Wellbeing, Glanllyn County Borough Council"),
    ],
    expected="""\
ES-01 pass  # clause 3.1: you must follow the Seven Principles of Public Life, with your trustees, staff and volunteers
ES-02 gap  # clause 3.2 is our (the Council's) own codes of conduct; no code is required of you
ES-03 gap  # clause 3.3 only keeps you responsible for a delivery partner; no ethical flow-down
ES-04 pass  # clause 4.1: training on conflicts of interest, fraud and speaking up before leading a walk and yearly, with records
ES-05 gap  # no speaking-up route or non-retaliation (4.1 only trains people how to speak up); clause 3.4 is confidentiality and a press gag (adverse)
ES-06 weak  # clause 5.1: we 'expect' you to have fraud and bribery procedures
ES-07 pass  # clause 8.2: you must give us information for FOI Act and EIR requests within 5 working days
ES-08 weak  # clause 8.3: general right to visit or inspect records, no ethics link
ES-09 pass  # clause 9.1: breach of section 3 (conduct) or 5 (fraud) lets us stop the grant, claw it back and end the agreement
ES-10 gap  # clause 8.4: you do not need to send an annual statement; clause 8.5 is a bracketed officer note
COI-01 gap  # heading 6 'Conflicts of interest' has no body; clause 1.1 'conflict' is letter-versus-application precedence
COI-02 gap  # heading 6 has no body; no conflict management or remedy
COI-03 weak  # clause 7.5: you 'should not' accept gifts (hedged); 2.2 and its footnote are about Gift Aid
COI-04 gap  # no clause on former officers or members (nothing under heading 6)
COI-05 gap  # no declarations of interests or register (heading 6 empty)
COI-06 gap  # no procurement-stage disclosure; heading 6 has no body
CDM-01 pass  # clause 7.1: free complaints procedure for walkers and carers, publicised at the first walk and online
CDM-02 gap  # section 8.1 table: the six-monthly report covers walks and walkers, not complaints
CDM-03 pass  # clause 7.3 and the section 8.1 table row: feedback every six months, summary in the six-monthly report
CDM-04 weak  # clause 7.4: you 'may wish to' co-operate with the Public Services Ombudsman for Wales
CDM-05 gap  # no analysis of complaints or feedback and no action plans (7.3 is collection and reporting only)
CDM-06 pass  # clause 7.2: acknowledge within 5 working days, full reply within 20 working days, explain delays
""",
))

# ------------------------------------------------------------------ c06 pandoc Markdown -> ODT
CONTRACTS.append(dict(
    file="c06-beach-wheelchair-loans-ireland.odt",
    tool="pandoc-odt",
    subject="Beach wheelchair and accessible beach mat loan scheme",
    jurisdiction="Irish county council, service agreement written in Markdown and converted to ODT by pandoc",
    parties="Carrigmore County Council (the Council); Tonnta Access CLG (the Service Provider)",
    header="",
    footer="",
    shapes="pandoc ODT styles (Title, Heading 1-2, First paragraph, Text body, lists, tables); contents lines; Schedule 2 table with a 'Responsible' column, a Council survey row and an 'N/A' row; tax clearance certificate decoy; FOI 'shall not be required'; Council members' ethics duties (wrong party); footnote",
    blocks=[
        ("title", "Service Agreement: Beach Wheelchair Loan Scheme 2026-2028"),
        ("p", "Agreement reference CCC/CS/26/044 between Carrigmore County Council (the Council) and Tonnta Access CLG, a company limited by guarantee registered in Ireland (the Service Provider)."),
        ("h1", "Contents"),
        ("toc", ["Part 1 Definitions",
                 "Part 2 The Scheme",
                 "Part 3 Conduct and integrity",
                 "Part 4 Conflicts of interest",
                 "Part 5 Complaints",
                 "Part 6 Information, monitoring and termination",
                 "Schedule 1 Beaches and season",
                 "Schedule 2 Reporting"]),
        ("h1", "Part 1 Definitions"),
        ("p", "1.1 \"Scheme\" means the free loan of beach wheelchairs, floating wheelchairs and beach access mats at the beaches in Schedule 1."),
        ("p", "1.2 \"Service User\" means any person who books or uses a beach wheelchair, and any carer who accompanies them."),
        ("p", "1.3 \"Staff\" means the Service Provider's employees and lifeguard-trained volunteers."),
        ("p", "1.4 Where a provision of this Agreement conflicts with a Schedule, the provision of this Agreement prevails."),
        ("h1", "Part 2 The Scheme"),
        ("p", "2.1 The Service Provider shall operate the Scheme at each beach in Schedule 1 from 1 June to 15 September each year, seven days a week from 10.00 to 18.00."),
        ("p", "2.2 The Service Provider shall take bookings by phone, online and in person, and shall keep at least one chair at each beach for people who arrive without a booking."),
        ("p", "2.3 The Service Provider shall clean every chair after each loan and shall inspect every chair and mat daily."),
        ("p", "2.4 The Service Provider shall ensure that all Staff are trained in manual handling, safe transfers and the use of floating wheelchairs in the water."),
        ("p", "2.5 The Service Provider may sell tea, coffee and ice cream from the Scheme kiosk and shall keep the income."),
        ("p", "2.6 Each booking record shall show:"),
        ("ul", ["the name and phone number of the Service User;",
                "the beach, date and time slot;",
                "the equipment needed and any hoist or transfer needs; and",
                "whether a carer will attend."]),
        ("h1", "Part 3 Conduct and integrity"),
        ("p", "3.1 The Council's elected members and employees are subject to the Ethics in Public Office Act 1995 and the Code of Conduct for Councillors, and must act with integrity, impartiality and openness."),
        ("p", "3.2 The Service Provider shall adopt and comply with a written code of conduct for its Staff, covering respect for Service Users, honesty, the handling of money and personal data, and shall give the Council a copy before the first season."),
        ("p", "3.3 The Service Provider shall have a protected disclosures procedure that meets the Protected Disclosures Act 2014, and shall not penalise or threaten to penalise any worker for making a protected disclosure."),
        ("p", "3.4 The Service Provider shall not commit any offence under the Criminal Justice (Corruption Offences) Act 2018, shall maintain procedures designed to prevent corruption by its Staff, and shall notify the Council immediately if it becomes aware of any corruption or attempted corruption connected with this Agreement."),
        ("p", "3.5 The Service Provider shall use reasonable endeavours to ensure that any subcontractor complies with clauses 3.2 to 3.4."),
        ("fnp", "3.6 The Service Provider shall give the Council a current tax clearance certificate at the start of each season.",
         "Tax clearance is confirmed through the Revenue eTax Clearance system."),
        ("h1", "Part 4 Conflicts of interest"),
        ("p", "4.1 The Service Provider shall ensure that neither it nor its Staff are placed in a position where an actual or potential conflict of interest arises, and shall notify the Council in writing without delay of any conflict that arises, giving full details."),
        ("p", "4.2 Where a conflict of interest is notified, the Service Provider shall take the steps the Council directs to manage or remove the conflict within the time the Council sets."),
        ("p", "4.3 The Service Provider shall obtain an annual declaration of interests, including nil declarations, from each of its directors and its scheme manager, shall keep a register of those declarations and shall give the Council a copy each year."),
        ("p", "4.4 The Service Provider shall not, without the Council's written consent, engage in the Scheme any person who was employed by the Council within the preceding 12 months in a role connected with the procurement or management of the Scheme."),
        ("p", "4.5 The Service Provider may be asked to confirm that it disclosed, during the tender, any relationship with Council staff involved in the evaluation."),
        ("h1", "Part 5 Complaints"),
        ("h2", "Complaints procedure"),
        ("p", "5.1 The Service Provider shall operate a complaints procedure for Service Users, shall display it at every beach hut and on its booking page, and shall deal with complaints free of charge."),
        ("p", "5.2 The Service Provider shall acknowledge each complaint within 3 working days and shall send a full response within 15 working days."),
        ("h2", "Ombudsman"),
        ("p", "5.3 The Service Provider shall co-operate fully with any examination of a complaint about the Scheme by the Council or the Office of the Ombudsman, shall provide any information requested and shall implement any remedy agreed."),
        ("p", "5.4 The Service Provider should consider whether complaints show a pattern that needs action."),
        ("h1", "Part 6 Information, monitoring and termination"),
        ("p", "6.1 The Service Provider shall not be required to assist the Council with any request under the Freedom of Information Act 2014."),
        ("p", "6.2 The Council may inspect the Scheme at any time and may audit the Service Provider's compliance with Part 3 (Conduct and integrity) and Part 4 (Conflicts of interest)."),
        ("p", "6.3 The Service Provider shall report to the Council as set out in Schedule 2."),
        ("p", "6.4 The Council may terminate this Agreement by written notice if the Service Provider commits a material breach of this Agreement."),
        ("p", "6.5 The Council shall pay the Service Provider a fee of EUR 36,500 for each season in two equal instalments, in June and September."),
        ("h1", "Schedule 1 Beaches and season"),
        ("table", [["Beach", "Equipment", "Season"],
                   ["Trá Bhán", "4 beach wheelchairs, 2 floating wheelchairs, 100 m mat", "1 June to 15 September"],
                   ["Carrigmore Strand", "3 beach wheelchairs, 1 floating wheelchair, 60 m mat", "1 June to 15 September"],
                   ["Ballyconneely Cove", "2 beach wheelchairs, 40 m mat", "1 July to 31 August"]]),
        ("h1", "Schedule 2 Reporting"),
        ("table", [["Report", "Frequency", "Responsible"],
                   ["Loans by beach and day, chairs out of service", "Monthly in season", "Service Provider"],
                   ["Complaints received, outcomes and actions taken", "Quarterly", "Service Provider"],
                   ["Beach user satisfaction survey", "End of season", "Council"],
                   ["Service User focus group report", "N/A", "N/A"]]),
    ],
    expected="""\
ES-01 gap  # clause 3.1 binds the Council's members and employees (wrong party); nothing binds the Service Provider to the principles
ES-02 pass  # clause 3.2: Service Provider shall adopt and comply with a written code of conduct for its Staff
ES-03 weak  # clause 3.5: reasonable endeavours to have subcontractors comply with clauses 3.2 to 3.4 ('Staff' in 1.3 excludes subcontractors)
ES-04 gap  # clause 2.4 is manual handling and water safety training only; no ethics training
ES-05 pass  # clause 3.3: protected disclosures procedure under the 2014 Act and no penalisation of disclosers
ES-06 pass  # clause 3.4: no corruption offence, prevention procedures and immediate notice to the Council
ES-07 gap  # clause 6.1: Service Provider shall not be required to assist with FOI requests
ES-08 pass  # clause 6.2: Council may audit compliance with Part 3 (Conduct and integrity) and Part 4
ES-09 weak  # clause 6.4: termination for material breach with no ethics link
ES-10 gap  # clause 3.6 and its footnote: a tax clearance certificate only, not an ethics assurance
COI-01 pass  # clause 4.1: avoid actual or potential conflicts for itself and Staff, notify without delay with details (1.4 is precedence)
COI-02 pass  # clause 4.2: Service Provider shall take the steps the Council directs to manage or remove a notified conflict
COI-03 gap  # no gifts or hospitality control; clause 2.5 is kiosk refreshments
COI-04 pass  # clause 4.4: no engagement of anyone employed by the Council in the last 12 months in a procurement role without consent
COI-05 pass  # clause 4.3: annual declarations incl. nil from directors and scheme manager, register given to the Council
COI-06 weak  # clause 4.5: Service Provider 'may be asked to confirm' its tender disclosure (no confirmation given)
CDM-01 pass  # clause 5.1: free complaints procedure for Service Users displayed at every beach hut and online
CDM-02 pass  # clause 6.3 and Schedule 2 row 2: complaints, outcomes and actions reported quarterly by the Service Provider
CDM-03 gap  # Schedule 2 row 3: the satisfaction survey is the Council's; row 4 focus group is N/A
CDM-04 pass  # clause 5.3: co-operate with the Council or the Office of the Ombudsman, provide information, implement remedies
CDM-05 weak  # clause 5.4: Service Provider 'should consider' patterns in complaints
CDM-06 pass  # clause 5.2: acknowledge within 3 working days, full response within 15 working days
""",
))

# ------------------------------------------------------------------ c07 portal HTML -> DOCX by LibreOffice
CONTRACTS.append(dict(
    file="c07-total-mobility-assessments-nz.docx",
    tool="lo-html",
    subject="Total Mobility eligibility assessments for the subsidised taxi scheme",
    jurisdiction="New Zealand regional council, contract for services exported from a procurement portal's web form (HTML) and converted to DOCX by LibreOffice",
    parties="Kowhai Coast Regional Council (the Council); Ara Mobility Assessments Limited (the Supplier)",
    header="",
    footer="",
    shapes="portal form fields as a definition list of key terms (Protected Disclosure defined only); h2/h3 headings; duties in <ol> and <ul> lists; table with a Reported by column; complaints defined as the Council's own process; non-solicitation clause as the only staff-movement term",
    blocks=[
        ("title", "Contract for Services: Total Mobility Eligibility Assessments"),
        ("p", "Exported from the Regional Procurement Portal. Form RFX-2026-031, response accepted 20 January 2026. This export is the contract document; the portal's help text and field guidance are not part of it."),
        ("h1", "Key terms"),
        ("dl", [("Council", "Kowhai Coast Regional Council, which administers the Total Mobility scheme in its region."),
                ("Supplier", "Ara Mobility Assessments Limited, NZBN 9429051234567."),
                ("Applicant", "A person who applies to join the Total Mobility scheme and is referred to the Supplier for an eligibility assessment."),
                ("Assessor", "An occupational therapist, physiotherapist or registered nurse employed or engaged by the Supplier to carry out assessments."),
                ("Personnel", "The Supplier's employees, Assessors and subcontractors."),
                ("Protected Disclosure", "A disclosure of information about serious wrongdoing made under the Protected Disclosures (Protection of Whistleblowers) Act 2022."),
                ("Complaint", "A complaint made to the Council under the Council's complaints policy, including a complaint by the Council about the Supplier's performance.")]),
        ("h1", "Contract details"),
        ("table", [["Field", "Entry"],
                   ["Term", "1 March 2026 to 28 February 2029"],
                   ["Contract value", "NZD 96 per completed assessment, capped at NZD 310,000 a year"],
                   ["Service locations", "Council offices in Kowhai, Awaroa and Te Puna, and Applicants' homes where needed"],
                   ["Order of precedence", "If these terms conflict with the RFX response, these terms prevail"]]),
        ("h1", "Services"),
        ("p", "The Supplier shall:"),
        ("ol", ["assess each referred Applicant against the Total Mobility eligibility criteria within 15 working days of referral;",
                "send the Council a written recommendation on each Applicant within 3 working days of the assessment;",
                "offer home assessments to Applicants who cannot travel to a Council office; and",
                "ensure that all Assessors are appropriately trained and qualified and hold a current annual practising certificate."]),
        ("h3", "Assessment standards"),
        ("ul", ["Assessments follow the Total Mobility eligibility criteria published by the NZ Transport Agency Waka Kotahi.",
                "An Applicant may bring a support person, interpreter or whanau member to the assessment.",
                "The Supplier shall explain the outcome process to each Applicant at the end of the assessment and give them a written summary.",
                "The Supplier shall not charge Applicants any fee."]),
        ("h3", "Privacy and records"),
        ("p", "The Supplier shall handle Applicants' health information in accordance with the Privacy Act 2020 and the Health Information Privacy Code 2020, and shall return or destroy assessment records when the contract ends, as the Council directs."),
        ("p", "The Supplier shall hold public liability insurance of at least NZD 2,000,000 and professional indemnity insurance of at least NZD 1,000,000."),
        ("h1", "Integrity duties"),
        ("p", "The Supplier shall, and shall ensure that its Personnel:"),
        ("ol", ["act in accordance with the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership in delivering the Services;",
                "not offer, give or accept any bribe, secret commission or other improper inducement, and maintain procedures to prevent fraud and corruption, reporting any suspected fraud to the Council immediately;",
                "avoid any actual or potential conflict of interest, including any financial interest in a taxi or mobility transport operator, and notify the Council in writing promptly if one arises;",
                "not accept any gift or hospitality from an Applicant, a transport operator or their representatives, and record any gift or hospitality offered in a register kept for the Council;",
                "ensure that every Assessor and manager makes a written declaration of interests, or a nil declaration, when engaged and every year, and keep those declarations in a register and give the Council a copy each year; and",
                "flow down the obligations in items 1 to 5 of this list to any subcontractor."]),
        ("p", "The Council expects the Supplier to meet the standards in the New Zealand Government Supplier Code."),
        ("p", "The Supplier should take any steps it considers reasonable to manage a conflict of interest that it has notified."),
        ("p", "The Supplier confirms that it has disclosed to the Council any relationship between its directors or Assessors and any person involved in evaluating the RFX, and shall tell the Council of any new relationship during the term."),
        ("h3", "Annual anti-bribery certificate"),
        ("p", "By 31 July each year, the Supplier shall give the Council a certificate signed by a director confirming that it has complied with item 2 of the Integrity duties list."),
        ("h1", "Information and official information requests"),
        ("ul", ["The Supplier shall provide any information the Council needs to respond to a request under the Local Government Official Information and Meetings Act 1987 within 5 working days of the Council's request.",
                "The Supplier shall provide information about complaints it receives from Applicants when the Council asks for it.",
                "The Council may audit the Supplier's invoices and assessment volumes against its payments."]),
        ("h1", "Feedback and improvement"),
        ("ul", ["The Supplier shall invite every assessed Applicant to complete a short feedback survey and shall report the results to the Council each quarter.",
                "Where Applicant satisfaction falls below 85% in a quarter, the Supplier shall identify the causes and agree an improvement plan with the Council."]),
        ("table", [["Report", "Frequency", "Reported by"],
                   ["Assessments completed and recommendations sent", "Monthly", "Supplier"],
                   ["Applicant feedback survey results", "Quarterly", "Supplier"],
                   ["Complaints under the Council's complaints policy", "Quarterly", "Council"]]),
        ("h1", "Complaints"),
        ("p", "Complaints about assessments are handled by the Council under its own complaints policy, and the Council will respond to complainants within 20 working days."),
        ("h2", "Ombudsman"),
        ("p", "[Portal field left blank by the buyer]"),
        ("h1", "Termination"),
        ("ul", ["If the Supplier or any of its Personnel breaches item 1, 2 or 4 of the Integrity duties, the Council may require the removal of the person concerned from the Services and may terminate this contract immediately by written notice.",
                "Either party may terminate this contract on 60 working days' notice.",
                "Neither party shall solicit the other's employees for employment during the term."]),
        ("h1", "Disputes"),
        ("p", "The parties shall try to resolve any dispute by negotiation and, failing that, by mediation under the rules of the Resolution Institute."),
    ],
    expected="""\
ES-01 pass  # Integrity duties list item 1: Supplier shall act on selflessness, integrity, objectivity, accountability, openness, honesty and leadership
ES-02 weak  # paragraph after the Integrity duties list: the Council 'expects' the Supplier to meet the NZ Government Supplier Code
ES-03 pass  # Integrity duties list item 6: flow down items 1 to 5 (ethics duties) to any subcontractor
ES-04 weak  # Services list item 4: assessors 'appropriately trained and qualified' only, no ethics topic
ES-05 gap  # 'Protected Disclosure' appears only in the Key terms definition list (definition only); no speaking-up duty
ES-06 pass  # Integrity duties list item 2: no bribe or inducement, fraud and corruption procedures, immediate reporting
ES-07 pass  # Information bullet 1: information for LGOIMA requests within 5 working days
ES-08 gap  # Information bullet 3: audit of invoices and volumes only (financial-only audit)
ES-09 pass  # Termination bullet 1: breach of Integrity duties items 1, 2 or 4 lets the Council require removal and terminate
ES-10 weak  # heading 'Annual anti-bribery certificate': a yearly certificate on item 2 (anti-bribery) only, one-topic
COI-01 pass  # Integrity duties list item 3: avoid actual or potential conflicts and notify in writing promptly (precedence field is a decoy)
COI-02 weak  # paragraph after the list: Supplier 'should take any steps it considers reasonable' to manage a conflict; termination (Termination bullet 1) does not cover item 3
COI-03 pass  # Integrity duties list item 4: no gifts or hospitality from Applicants or operators, register of offers
COI-04 gap  # no former-official term; the Termination bullet 3 non-solicitation clause is at most partial
COI-05 pass  # Integrity duties list item 5: declarations or nil declarations on engagement and yearly, register copied to the Council yearly
COI-06 pass  # paragraph 'The Supplier confirms that it has disclosed...': relationships with RFX evaluators disclosed and kept current
CDM-01 gap  # Complaints section and the Key terms 'Complaint' definition: the complaints process is the Council's own (wrong party)
CDM-02 weak  # Information bullet 2: complaint information only when the Council asks; the table's complaints row is reported by the Council
CDM-03 pass  # Feedback bullet 1 and table row 2: feedback survey of every Applicant, results reported quarterly
CDM-04 gap  # heading 'Ombudsman' has only a blank portal field note; mediation in Disputes is between the parties
CDM-05 pass  # Feedback bullet 2: below 85% satisfaction, identify causes and agree an improvement plan
CDM-06 gap  # the only complaint timescale (Complaints section, 20 working days) is the Council's
""",
))

# ------------------------------------------------------------------ c08 python-docx -> PDF by LibreOffice -> pdftotext -layout
CONTRACTS.append(dict(
    file="c08-seniors-snow-clearing-nb.txt",
    tool="pdftotext",
    subject="Snow clearing and winter access help for low-income seniors",
    jurisdiction="New Brunswick (Canada) provincial department, service agreement generated as DOCX, published as PDF and saved as text with pdftotext -layout",
    parties="Province of New Brunswick as represented by the Minister of Social Development (the Department); Fundy Valley Home Services Inc. (the Service Provider)",
    header="Province of New Brunswick | Department of Social Development",
    footer="Agreement SD-2026-0457",
    shapes="pdftotext -layout text: page header and 'Page N' footer on every page, form feeds, hard line wraps, bullets and auto numbers as text, a table laid out in columns with duties in its cells; contents lines; 'Schedule C [Reserved]'; Department-only fraud policy; termination for convenience only",
    blocks=[
        ("title", "Service Agreement: Seniors' Winter Access Program"),
        ("p", "Agreement SD-2026-0457"),
        ("p", "Contents"),
        ("toc", ["Part 1 Interpretation", "Part 2 Services", "Part 3 Standards of Conduct", "Part 4 Conflict of Interest",
                 "Part 5 Complaints", "Part 6 Records, Reporting and Audit", "Part 7 Term and Termination",
                 "Schedule A Service Standards", "Schedule B Fees", "Schedule C Reserved"]),
        ("p", "This Agreement is made between the Province of New Brunswick as represented by the Minister of Social Development (the Department) and Fundy Valley Home Services Inc., a corporation incorporated under the Business Corporations Act (New Brunswick) (the Service Provider)."),
        ("h1", "Part 1 Interpretation"),
        ("p", "1.1 \"Client\" means a person aged 65 or over, living in their own home in the Fundy Valley region, who has been approved by the Department for the Program."),
        ("p", "1.2 \"Workers\" means the Service Provider's employees and volunteers who deliver the Services."),
        ("p", "1.3 In case of conflict between the body of this Agreement and a Schedule, the body of this Agreement prevails."),
        ("h1", "Part 2 Services"),
        ("p", "2.1 The Service Provider shall clear snow and ice from the driveway, front steps and path to the door of each Client's home within 24 hours after a snowfall of 5 cm or more ends, between 1 November and 15 April."),
        ("p", "2.2 The Service Provider shall spread sand or ice melt on Client steps and paths after each clearing and during freezing rain warnings."),
        ("p", "2.3 The Service Provider shall phone any Client who does not answer the door during a visit and shall alert the emergency contact if the Client cannot be reached within 2 hours."),
        ("h1", "Part 3 Standards of Conduct"),
        ("p", "3.1 The Department expects the Service Provider to uphold the values of integrity, honesty, respect and accountability in its work with Clients."),
        ("p", "3.2 The Service Provider shall adopt and enforce a written code of conduct for its Workers, covering honesty, respect for Clients' homes and property, refusal of payments from Clients, and the duty to report concerns."),
        ("p", "3.3 The Service Provider shall ensure that every Worker completes training on the code of conduct, conflicts of interest and recognising elder abuse before the first visit and each October after that, and shall keep training records which the Department may inspect."),
        ("p", "3.4 The Service Provider may set up a confidential telephone line for Workers to report wrongdoing."),
        ("p", "3.5 The Department shall maintain a fraud prevention policy for all programs it funds."),
        ("p", "3.6 Each year, by 31 May, the Service Provider shall give the Department a compliance statement signed by its president confirming that it has met Part 3 and Part 4 during the season and that it maintains the policies, training and oversight needed to meet them."),
        ("p", "3.7 The Service Provider shall provide any Worker who asks with a copy of the Department's Client Rights statement."),
        ("h1", "Part 4 Conflict of Interest"),
        ("p", "4.1 The Service Provider should inform the Department of any conflict of interest involving its Workers."),
        ("p", "4.2 Where the Department identifies a conflict of interest, the Service Provider shall take the measures the Department directs to resolve it within 10 business days."),
        ("p", "4.3 The Service Provider shall not employ or engage on the Program, for 12 months after they leave the public service, any former employee of the Department who was involved in awarding or managing this Agreement, without the Department's written approval."),
        ("p", "4.4 The Service Provider confirms that it has disclosed to the Department every relationship between its owners or managers and any Department employee involved in the request for proposals, and shall update that disclosure promptly if it changes."),
        ("p", "4.5 Workers should not accept tips, gifts or hospitality from Clients."),
        ("h1", "Part 5 Complaints"),
        ("p", "5.1 The Service Provider shall have a written complaints process for Clients and their families, shall give a copy to each Client at the start of the season, and shall handle complaints free of charge."),
        ("p", "5.2 The Service Provider shall acknowledge each complaint within 2 business days and shall resolve it, or explain in writing why it cannot, within 10 business days."),
        ("p", "5.3 The Service Provider shall co-operate with any investigation of a complaint by the Department or the Ombud of New Brunswick, shall provide any information requested and shall carry out any recommendation the Department accepts."),
        ("p", "5.4 Each quarter, the Service Provider shall review all complaints and Client feedback for trends and root causes and shall agree with the Department an action plan for any problem found."),
        ("p", "5.5 The Service Provider may ask Clients at the end of the season how satisfied they were."),
        ("h1", "Part 6 Records, Reporting and Audit"),
        ("p", "6.1 The Service Provider shall, if able to, help the Department respond to requests under the Right to Information and Protection of Privacy Act."),
        ("p", "6.2 The Department may audit the Service Provider's compliance with Part 3 and Part 4, including its training records and compliance statements, on 5 business days' notice."),
        ("p", "6.3 The Service Provider shall submit a monthly activity report showing visits made, visits missed and the reasons."),
        ("h1", "Part 7 Term and Termination"),
        ("p", "7.1 This Agreement runs from 1 October 2026 to 30 September 2028."),
        ("p", "7.2 The Department may terminate this Agreement without cause on 30 days' written notice."),
        ("p", "7.3 The Service Provider shall maintain commercial general liability insurance of at least CAD 2,000,000 and automobile insurance for all vehicles used."),
        ("p", "7.4 The Service Provider shall not subcontract any of the Services without the Department's written consent and remains responsible for the work of its subcontractors."),
        ("h1", "Schedule A Service Standards"),
        ("p", "The Service Provider shall meet the standards in this table."),
        ("table", [["Standard", "Measure", "Target"],
                   ["Clearing time", "Within 24 hours of snowfall", "95%"],
                   ["Check-in call", "Unanswered visits", "100%"],
                   ["Sanding", "After each clearing", "100%"]]),
        ("h1", "Schedule B Fees"),
        ("table", [["Item", "Rate"],
                   ["Clearing visit", "CAD 38"],
                   ["Sanding only", "CAD 15"],
                   ["Season standby", "CAD 4,500"]]),
        ("h1", "Schedule C Reserved"),
        ("p", "[Reserved]"),
    ],
    expected="""\
ES-01 weak  # clause 3.1: the Department 'expects' the values of integrity, honesty, respect and accountability (four principle words)
ES-02 pass  # clause 3.2: Service Provider shall adopt and enforce a written code of conduct for its Workers
ES-03 gap  # clause 7.4 is consent to subcontract and responsibility for subcontractors' work only; 'Workers' (1.2) excludes subcontractors
ES-04 pass  # clause 3.3: training on the code of conduct and conflicts before first visit and yearly, with records
ES-05 weak  # clause 3.4: Service Provider 'may set up' a confidential line (permissive)
ES-06 gap  # clause 3.5: the fraud prevention policy is the Department's (wrong party); no anti-bribery duty on the Service Provider
ES-07 weak  # clause 6.1: help with RTIPPA requests only 'if able to'
ES-08 pass  # clause 6.2: Department may audit compliance with Parts 3 and 4, incl. training and gift records
ES-09 gap  # clause 7.2: termination without cause only; no remedy for an ethical breach
ES-10 pass  # clause 3.6: annual signed compliance statement on Parts 3 and 4 and the policies, training and oversight maintained
COI-01 weak  # clause 4.1: Service Provider 'should inform' the Department of conflicts (1.3 is precedence)
COI-02 pass  # clause 4.2: Service Provider shall take the measures the Department directs to resolve a conflict within 10 business days
COI-03 weak  # clause 4.5: Workers 'should not' accept tips, gifts or hospitality
COI-04 pass  # clause 4.3: no former Department employee involved in the award for 12 months without approval
COI-05 gap  # Part 4 has no declarations of interests or register of interests for the Service Provider's staff
COI-06 pass  # clause 4.4: confirms disclosure of relationships with RFP staff and keeps it updated
CDM-01 pass  # clause 5.1: written complaints process for Clients and families, given at season start, free of charge
CDM-02 gap  # clause 6.3: the monthly report covers visits only; 5.4 agrees action plans but no complaint data is reported to the Department
CDM-03 weak  # clause 5.5: Service Provider 'may ask' Clients about satisfaction
CDM-04 pass  # clause 5.3: co-operate with the Department or the Ombud of New Brunswick and carry out recommendations
CDM-05 pass  # clause 5.4: quarterly review of complaints and feedback for trends and root causes, action plan agreed with the Department
CDM-06 pass  # clause 5.2: acknowledge within 2 business days, resolve or explain within 10 business days
""",
))

README = """
# Blind set 22: contracts written by tools other than Word and LibreOffice

Eight fictional public-service contracts (900-1,150 words) for measuring probity on text it has
never seen, each produced by a real tool the way councils, procurement portals and generator
scripts produce them. All parties, people, places and reference numbers are invented; the
statutes, regulators and ombudsmen named are real.

## Tools and versions

* **python-docx 1.2.0** (c01-c03, and the DOCX behind c08): a generator script on the library's
  default template, using only built-in styles: Title, Heading 1/2, List Number, List Bullet,
  Normal, Table Grid, Header/Footer (a PAGE field added as `w:fldSimple`). c01 types clause numbers
  into the text; c02 takes every clause number from List Number, which python-docx attaches to one
  numbering instance, so the numbers run 1-32 through the whole document (the `.expected` cites
  them as shown, e.g. 'List Number paragraph 16'); c03 mixes typed Section numbers with List
  Number and List Bullet items.
* **pandoc 2.17.1.1** (Debian package): Markdown -> DOCX (c04, c05) and Markdown -> ODT (c06), with
  a YAML title, headings, typed clause numbers, tight lists (Compact), pipe tables and footnotes.
  pandoc's smart quotes turn straight quotes into curly ones in the output.
* **LibreOffice 7.4.7.2** (c07): a portal's HTML export (h1 title, h2/h3 headings, `<ol>`/`<ul>`
  duties, a `<dl>` of key terms, tables) converted with `soffice --headless --convert-to
  docx:"MS Word 2007 XML"` and a private profile (`/tmp/lo22`).
* **pdftotext 22.12.0 (poppler)** (c08): the python-docx DOCX is printed to PDF by LibreOffice and
  `pdftotext -layout` output is delivered as `.txt`, keeping the page header and 'Page N' footer
  on every page, form feeds and hard line wraps; bullets and numbers appear as text and tables
  as columns.

## How it is rebuilt

`python3 scripts/make-blind-set22.py` from the repository root (texts and verdicts in
`scripts/blind_set22_contracts.py`). It deletes and rebuilds this folder and exits non-zero if a
check fails. After each tool runs, only volatile parts are fixed: zip member timestamps
(1980-01-01), core/meta dates (`SOURCE_DATE_EPOCH` for pandoc, then the dates rewritten), and
LibreOffice rsids renumbered in order of first use; member order and everything else is as the
tool wrote it. Two consecutive runs gave byte-identical files (sha256 of all files compared).

Checks: 22 well-formed `RULE pass|weak|gap  # why` lines per `.expected` in rule order, each
citing a clause, paragraph, row, item, bullet, footnote or heading; 7-14 passes per contract;
per rule at least 2 passes, 2 non-passes and 1 weak overall; the tool split (3 python-docx,
2 pandoc DOCX, 1 pandoc ODT, 1 LibreOffice HTML->DOCX, 1 pdftotext); 900-1,800 words; every
`.xml`/`.rels`/`.rdf` zip member parses as XML (pandoc's ODT carries a zero-length
`Configurations2/accelerator/current.xml`, as LibreOffice writes it: reported and skipped, not
parsed); an independent extraction (zipfile + ElementTree over `word/document.xml` and
`word/footnotes.xml`, or ODT `content.xml` including note bodies) contains every duty sentence
(obligation cue + provider word; list items under a 'The Supplier shall:' lead-in) and every
paragraph, heading, list item, cell and definition; for c08 every paragraph and duty sentence is
found in the pdftotext text once header/footer lines are removed and whitespace joined, and every
table cell's words are present; the tool-specific styles and features below are counted and each
must occur at least once across that tool's files.

## How it was written

The verdict matrix (22 rules x 8 contracts) was fixed first, then each contract drafted to it with
the catalogue's traps placed on purpose: negations and disapplications ('is not required to',
'does not apply', 'shall not be required to', 'You do not need to'), decoys (document-precedence
'conflict', Gift Aid, kiosk refreshments, decontamination code of practice, tax clearance and
insurance certificates, E-Verify warranty, exclusion-ground declaration, financial-only audits,
CEDR/Resolution Institute mediation, non-solicitation, staff-only survey), wrong-party duties
(the authority's officers' codes, its own fraud policy, surveys, complaint handling and
certificates), hedges ('expects', 'is encouraged to', 'should', 'should consider', 'may', 'may wish
to', 'will aim to', 'if able to', 'reasonable endeavours', 'on request'), definition-only hits,
headings with no body, contents lines, bracketed drafting/guidance/officer notes, '[Not used]',
'[Reserved]', 'intentionally left blank', '[insert number]', a blank portal field, and tables whose
rows carry duties through a Party/Reported by/Responsible column with N/A rows.

Verdicts follow the catalogue's words: a defined term, 'you' (the Grantee) or 'Workers' denoting
the provider side counts as the provider; a table row binds the party named in its column where a
lead-in says so; a one-topic certificate (c07) or an ethics lead alone (c03) is weak for ES-10;
termination for an unmanageable conflict was kept out of contracts whose ES-09 is not a pass so
the two rules do not interfere (c03 has both passes); 'Staff' definitions were narrowed so that
no staff duty silently flows down to subcontractors where ES-03 is not a pass. After drafting, a
keyword sweep printed every sentence touching each non-pass rule; it led to those changes and to
removing an audit-inspection right from c07's register duty (ES-08 gap) and gift records from
c08's audit clause.

Less certain calls: c03 CDM-04 (a city 'Office of the Ombudsman', invented, treated as the
independent escalation); c07 COI-04 (non-solicitation read as gap, 'partial at most'); c08 ES-01
(four principle words with 'expects', read as weak rather than gap); c08 CDM-02 (quarterly
review with an agreed action plan, but no complaint data reported: gap); c05 ES-05 (training on how
to speak up without any route: gap).

## What was read (blindness)

Read: sections 1 and 2 of the rule catalogue (`sed -n '1,/^## 3/p'
../shared/rule-catalogue.md`), `fixtures/blind/README.md`, `fixtures/blind/set21/README.md` and
`scripts/make-blind-set21.py` (zip writer, checks and the `.expected` format were adapted). No
probity source, rule pack, test, document, other fixture or other set's contract data was opened;
cargo, probity and `git log` were not run. Slips: none with respect to blindness. Working notes:
LibreOffice's own text export of the built c02 was run once in a scratch folder to confirm that
the List Number paragraphs show as one 1-32 sequence; `git status` and `git rev-parse` were run in
this worktree.
"""
