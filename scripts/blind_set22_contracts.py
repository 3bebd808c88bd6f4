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
        ("p", "1.2 \"Tenant\" means a tenant of the Council who has been assessed by the Council as eligible for the Services, and \"Staff\" means the Supplier's employees, agents and sub-contractors engaged in the Services."),
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
ES-03 weak  # clause 3.4: the Council only 'expects' the Supplier to ask sub-contractors to follow clause 3; 2.5 is consent/liability only
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
                "Where a conflict of interest arises, the Provider shall take the steps that the Commissioner directs to manage or remove it, and the Commissioner may terminate this Contract if the conflict cannot be managed.",
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
COI-02 pass  # paragraph 16 (section D): manage or remove as the Commissioner directs; Commissioner may terminate if not manageable
COI-03 gap  # paragraph 2 defines the Commissioner's own Gifts and Hospitality Policy (definition only); paragraph 20 is waiting-room refreshments
COI-04 pass  # paragraph 18 (section D): notify before engaging anyone employed by the Commissioner in the last 24 months in a procurement role
COI-05 pass  # paragraph 17 (section D): declarations or nil returns from Decision-Making Staff, register kept and published
COI-06 gap  # paragraph 19 (section D) is an exclusion-ground conviction self-declaration only; no disclosure of relationships with decision-makers
CDM-01 pass  # paragraph 21 (section E): complaints procedure under the 2009 Complaints (England) Regulations, displayed in every clinic
CDM-02 weak  # paragraph 23 (section E): complaint information only 'on request'
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

README = """
# Blind set 22 (README placeholder)
"""
