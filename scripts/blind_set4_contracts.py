"""Contract texts for blind evaluation set 4 (written from ../shared/rule-catalogue.md only).

Block types:
  ("title", text)                 document title
  ("p", text)                     plain paragraph
  ("h", num_or_None, text)        heading (num "3" -> auto-numbered level 0 in DOCX)
  ("cl", num, text)               numbered clause ("3.2" -> auto-numbered level 1 in DOCX)
  ("list", num_or_None, lead, [items])   lead-in paragraph with (a)(b)(c) items
  ("table", [[cell, ...], ...])   first row is the header row
  ("toc", [line, ...])            table-of-contents lines

Inline markup (renderers handle it per format):
  {-text-}  tracked deletion (NOT contract text)
  {+text+}  tracked insertion (contract text)
  {#text#}  reviewer comment / annotation (NOT contract text)
  {^text^}  footnote (kept innocuous: never carries a rule)
  {|}       run split (DOCX: new w:r; elsewhere nothing)

EXPECT: 22 lines "RULE VERDICT  # reason".
"""

CONTRACTS = []


def C(**kw):
    CONTRACTS.append(kw)


# ---------------------------------------------------------------- c01 (txt)
C(name="c01_ea_flood_defence", fmt="txt",
  setting="Environment Agency flood-defence asset maintenance contract",
  provider="Supplier", authority="Authority",
  features="definition-only conflict, precedence 'conflict', 'armed conflict', structural integrity decoy, "
           "'may' FOI assistance, material-breach-only termination, Authority-raised 'Complaint', CEDR mediation, payment days",
  blocks=[
    ("title", "FLOOD DEFENCE ASSET MAINTENANCE CONTRACT"),
    ("p", "This Contract is made between the Environment Agency (the \"Authority\") and Riverbank Civils Limited (the \"Supplier\"). Contract reference EA/FCRM/2025/117."),
    ("h", "1", "DEFINITIONS AND INTERPRETATION"),
    ("cl", "1.1", "\"Conflict of Interest\" means a conflict between the financial or personal duties of the Supplier or the Supplier Staff and the duties owed to the Authority under this Contract."),
    ("cl", "1.2", "\"Complaint\" means any formal complaint raised by the Authority in relation to the performance of the Supplier's obligations under this Contract."),
    ("cl", "1.3", "In the event of any conflict between the Clauses and the Schedules, the Clauses shall prevail."),
    ("h", "2", "THE WORKS"),
    ("cl", "2.1", "The Supplier shall inspect, maintain and repair the flood embankments, outfalls, trash screens and pumping stations listed in Schedule 1 so as to preserve their structural integrity and the standard of protection they provide."),
    ("cl", "2.2", "The Supplier shall carry out vegetation clearance outside the bird nesting season unless the Authority's ecologist agrees otherwise in writing."),
    ("h", "3", "STANDARDS OF CONDUCT"),
    ("cl", "3.1", "The Supplier shall comply with the Supplier Code of Conduct published by HM Government and shall ensure that the Supplier Staff engaged on the Works meet the standards set out in it."),
    ("cl", "3.2", "The Supplier shall procure that each of its Sub-contractors complies with obligations no less onerous than those in this clause 3 (Standards of Conduct) and clause 4 (Bribery and Fraud)."),
    ("cl", "3.3", "The Supplier shall provide a confidential route through which Supplier Staff can raise concerns about wrongdoing on the Works, and shall not subject any person to any detriment for making a protected disclosure in good faith to the Supplier, the Authority or a prescribed person."),
    ("h", "4", "BRIBERY AND FRAUD"),
    ("cl", "4.1", "The Supplier shall not offer, give or agree to give any inducement or reward to any officer of the Authority in connection with this Contract, and shall maintain adequate procedures to prevent bribery by persons associated with it within the meaning of the Bribery Act 2010."),
    ("cl", "4.2", "The Supplier shall notify the Authority immediately if it becomes aware of any breach of clause 4.1 or of any investigation into fraud in connection with this Contract."),
    ("h", "5", "GIFTS AND HOSPITALITY"),
    ("cl", "5.1", "The Supplier shall not offer or give any gift or hospitality to any officer of the Authority involved in the management of this Contract, and shall keep a register of all gifts and hospitality offered to or received by Supplier Staff in connection with the Works."),
    ("h", "6", "PROCUREMENT DISCLOSURE"),
    ("cl", "6.1", "The Supplier confirms that it has disclosed to the Authority any relationship between the Supplier or its directors and any person involved in the procurement of this Contract, and shall keep that disclosure up to date for the Term."),
    ("h", "7", "INFORMATION"),
    ("cl", "7.1", "The Supplier may, at the request of the Authority, assist the Authority in responding to any request made under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004."),
    ("cl", "7.2", "The Supplier shall keep confidential all information relating to the Authority's flood warning telemetry."),
    ("h", "8", "AUDIT"),
    ("cl", "8.1", "The Supplier shall permit the Authority, and any auditor appointed by it, to audit the Supplier's compliance with clause 3 (Standards of Conduct), clause 4 (Bribery and Fraud) and clause 5 (Gifts and Hospitality), and shall give access to its records and to Supplier Staff for that purpose."),
    ("h", "9", "TERMINATION AND FORCE MAJEURE"),
    ("cl", "9.1", "The Authority may terminate this Contract by written notice if the Supplier commits a material breach of this Contract which is not remedied within 20 Working Days."),
    ("cl", "9.2", "Neither party shall be liable for any failure to perform caused by flood, storm, armed conflict or any other Force Majeure Event."),
    ("h", "10", "PERFORMANCE AND COMMUNICATIONS"),
    ("cl", "10.1", "The Supplier shall respond to any Complaint within 10 Working Days of receipt and shall answer any query raised by the Authority's project manager within 5 Working Days."),
    ("cl", "10.2", "The Supplier shall provide a monthly progress report to the Authority covering works completed, incidents and the forward programme."),
    ("cl", "10.3", "The Supplier shall pay its Sub-contractors within 30 days of receipt of a valid invoice."),
    ("cl", "10.4", "Members of the public who contact the Supplier about the Works shall be referred to the Authority's national contact centre."),
    ("h", "11", "DISPUTES"),
    ("cl", "11.1", "Any dispute between the parties shall first be referred to mediation under the CEDR Model Mediation Procedure before either party issues proceedings."),
  ],
  expect="""
ES-01 gap   # only 'structural integrity' of embankments (2.1); no Nolan/Seven Principles
ES-02 pass  # 3.1 Supplier shall comply with the Supplier Code of Conduct
ES-03 pass  # 3.2 procure Sub-contractors comply, no less onerous than clause 3 (Standards of Conduct)
ES-04 gap   # no staff training clause
ES-05 pass  # 3.3 confidential route to raise concerns, no detriment for protected disclosure
ES-06 pass  # 4.1 no inducement/reward, adequate procedures, Bribery Act 2010; 4.2 notify
ES-07 weak  # 7.1 Supplier 'may' assist with FOI/EIR requests
ES-08 pass  # 8.1 permit audit of compliance with clauses 3-5 (conduct, bribery, gifts)
ES-09 weak  # 9.1 material-breach termination with no ethics link
ES-10 gap   # no assurance or certificate
COI-01 gap  # decoys only: definition 1.1, precedence 1.3, 'armed conflict' 9.2
COI-02 gap  # no mitigation/termination for conflicts
COI-03 pass # 5.1 no gift or hospitality to officers, register kept
COI-04 gap  # no former-officials clause
COI-05 gap  # no declarations register
COI-06 pass # 6.1 confirms disclosed relationships with persons in the procurement, kept up to date
CDM-01 gap  # 'Complaint' defined as the Authority's complaints about performance (1.2, 10.1)
CDM-02 gap  # monthly report has no complaints (10.2)
CDM-03 gap  # no satisfaction/feedback
CDM-04 gap  # only CEDR mediation between the parties (11.1)
CDM-05 gap  # no learning from complaints
CDM-06 gap  # 10.1 timescales are for Authority Complaints/queries; 10.3 payment days
""")

# ---------------------------------------------------------------- c02 (docx)
C(name="c02_nhs_dental", fmt="docx",
  setting="NHS England general dental services contract",
  provider="Contractor", authority="Commissioner",
  features="TOC lines, auto-numbering, comment holding a code-of-conduct sentence, w:del removing a flow-down, "
           "w:ins conflicts clause, footnote, split runs, FFT obligation in a table cell",
  blocks=[
    ("title", "GENERAL DENTAL SERVICES CONTRACT"),
    ("p", "between NHS England (the \"Commissioner\") and Brookside Dental Care LLP (the \"Contractor\")"),
    ("toc", ["Contents", "1. Definitions\t2", "2. Services\t2", "3. Standards of Public Life\t3", "4. Supplier Code of Conduct\t3",
             "5. Staff\t3", "6. Conflicts of Interest\t4", "7. Counter Fraud\t4", "8. Information\t5", "9. Patient Complaints\t5", "10. Termination\t6"]),
    ("h", "1", "Definitions"),
    ("cl", "1.1", "\"Staff\" means all persons employed or engaged by the Contractor in providing the Services."),
    ("cl", "1.2", "\"Decision-Making Staff\" means the practice owners, the practice manager and any person who authorises expenditure of NHS funds."),
    ("h", "2", "Services"),
    ("cl", "2.1", "The Contractor shall provide mandatory services, including urgent dental care, to Patients in accordance with the Contract Specification.{^Courses of treatment are banded under the National Health Service (Dental Charges) Regulations.^}"),
    ("h", "3", "Standards of Public Life"),
    ("cl", "3.1", "The Contractor shall comply with, and shall ensure that its Staff comply with, the Seven Principles of Public {|}Life in delivering the Services.{#Commissioner note: the Contractor shall comply with the HM Government Supplier Code of Conduct - add as clause 4?#}"),
    ("cl", "3.2", "The Contractor shall {-procure that its sub-contractors comply with obligations equivalent to those in this clause 3 (Standards of Public Life), and shall -}notify the Commissioner promptly of any departure from clause 3.1."),
    ("h", "4", "Supplier Code of Conduct"),
    ("h", "5", "Staff"),
    ("cl", "5.1", "The Contractor shall ensure that all Staff complete Freedom to Speak Up training at induction and annually thereafter, and training records shall be made available to the Commissioner on request."),
    ("cl", "5.2", "The Contractor shall appoint a Freedom to Speak Up Guardian and shall ensure that no member of Staff suffers any detriment for raising concerns in good faith."),
    ("cl", "5.3", "The Contractor warrants that it has in place, and will maintain, the structures and arrangements necessary to support ethical standards in the delivery of the Services."),
    ("h", "6", "Conflicts of Interest"),
    ("cl", "6.1", "{+The Contractor shall ensure that neither it nor any of its Staff is placed in a position of an actual or potential conflict of interest, and shall promptly notify the Commissioner in writing of any such conflict.+}"),
    ("cl", "6.2", "Where a conflict of interest is notified, the Contractor shall take such steps as the Commissioner directs to manage or remove the conflict."),
    ("cl", "6.3", "The Contractor shall ensure that all Staff comply with Managing Conflicts of Interest in the NHS, and shall obtain an annual declaration of interests (or a nil declaration) from each member of Decision-Making Staff for its register of interests."),
    ("cl", "6.4", "The Contractor shall maintain a register of gifts and hospitality offered to or received by Staff and shall refuse any gift or hospitality offered by a supplier of dental laboratory services."),
    ("h", "7", "Counter Fraud"),
    ("cl", "7.1", "The Contractor is encouraged to adopt counter fraud and anti-bribery procedures proportionate to the size of the practice."),
    ("h", "8", "Information"),
    ("cl", "8.1", "The Contractor shall provide the Commissioner with all information and assistance reasonably required to enable the Commissioner to comply with the Freedom of Information Act 2000 and to publish Transparency Information."),
    ("h", "9", "Patient Complaints"),
    ("cl", "9.1", "The Contractor shall establish and operate a complaints procedure for Patients that complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, and shall publicise it in the practice and on its website."),
    ("cl", "9.2", "The Contractor shall acknowledge each complaint within three work{|}ing days and shall send a full response within six months, or such longer period as the complainant agrees, explaining any delay."),
    ("cl", "9.3", "The Contractor shall submit the KO41a return and a quarterly complaints report to the Commissioner showing complaints received, upheld, partially upheld and not upheld."),
    ("cl", "9.4", "The Contractor shall co-operate with any investigation by the Parliamentary and Health Service Ombudsman and shall implement any recommendation made by the Ombudsman."),
    ("cl", "9.5", "The Contractor may review complaint themes with the Commissioner to identify lessons learned."),
    ("table", [["Measure", "Frequency", "Requirement"],
               ["Friends and Family Test", "Monthly", "The Contractor shall collect Friends and Family Test responses from Patients and report the results to the Commissioner."],
               ["Units of Dental Activity", "Quarterly", "Delivery against the contracted UDAs."]]),
    ("h", "10", "Termination"),
    ("cl", "10.1", "The Commissioner shall be entitled to terminate this Contract where the Contractor or any of its Staff breaches clause 3 (Standards of Public Life) or clause 6 (Conflicts of Interest) and the Contractor fails to put right the breach within the period set out in a Rectification Plan."),
  ],
  expect="""
ES-01 pass  # 3.1 comply with the Seven Principles of Public Life (split run)
ES-02 gap   # only a TOC line and empty heading 4 plus a reviewer comment; no clause
ES-03 gap   # flow-down is tracked-deleted in 3.2 (w:del is not contract text)
ES-04 pass  # 5.1 Freedom to Speak Up training at induction and annually, records
ES-05 pass  # 5.2 FTSU Guardian, no detriment for raising concerns
ES-06 weak  # 7.1 'is encouraged to' adopt counter fraud procedures
ES-07 pass  # 8.1 assistance with FOI and publishing Transparency Information
ES-08 gap   # no audit or monitoring right
ES-09 pass  # 10.1 termination for breach of clause 3/6 after Rectification Plan
ES-10 weak  # 5.3 structures-only warranty, no certificate
COI-01 pass # 6.1 (tracked insertion) avoid and promptly notify conflicts
COI-02 pass # 6.2 manage or remove conflict as the Commissioner directs
COI-03 pass # 6.4 gifts and hospitality register, refuse supplier gifts
COI-04 gap  # no former-officials clause
COI-05 pass # 6.3 annual declarations (or nil) from Decision-Making Staff, register
COI-06 gap  # no procurement-stage disclosure
CDM-01 pass # 9.1 complaints procedure under the 2009 Regulations, publicised
CDM-02 pass # 9.3 KO41a and quarterly complaints report
CDM-03 pass # table: collect Friends and Family Test and report
CDM-04 pass # 9.4 co-operate with PHSO, implement recommendations
CDM-05 weak # 9.5 'may' review complaint themes
CDM-06 pass # 9.2 acknowledge within three working days, response within six months
""")

# ---------------------------------------------------------------- c03 (odt via fodt)
C(name="c03_highways_term", fmt="odt-fodt",
  setting="County highways maintenance term contract",
  provider="Contractor", authority="Authority",
  features="outline headings, text:list under 'The Contractor shall:' lead-in, tracked-change deletion of a training clause, "
           "office:annotation mentioning the Ombudsman, KPI table, TUPE and exclusion-ground decoys",
  blocks=[
    ("title", "HIGHWAYS MAINTENANCE TERM CONTRACT"),
    ("p", "between Westmoor County Council as highway authority (the \"Authority\") and Carriageway Services plc (the \"Contractor\")"),
    ("h", "1", "Scope"),
    ("cl", "1.1", "The Contractor shall carry out reactive and planned maintenance of carriageways, footways, gullies and street lighting on the Authority's highway network."),
    ("h", "2", "Ethical Standards"),
    ("cl", "2.1", "The Authority expects the Contractor to have regard to the Nolan Principles when dealing with members of the public."),
    ("list", "2.2", "The Contractor shall:", [
        "comply with the Authority's Supplier Code of Conduct;",
        "procure that each of its Sub-contractors complies with obligations equivalent to those in this clause 2 (Ethical Standards); and",
        "operate a whistleblowing procedure through which its Staff can raise concerns in confidence, including directly with the Authority."]),
    ("cl", "2.3", "The Contractor shall keep a list of all Staff working on the network{-, shall ensure that all Staff receive ethics training at induction and annually, and shall keep training records-}."),
    ("h", "3", "Anti-Bribery"),
    ("cl", "3.1", "The Contractor shall not commit a Prohibited Act, shall maintain adequate procedures to prevent bribery, and shall immediately notify the Authority of any breach or suspected breach of this clause 3."),
    ("cl", "3.2", "The Contractor shall, within 20 Working Days of the Commencement Date and annually thereafter, certify in writing to the Authority, by a statement signed by a director, that it has complied with clause 2 (Ethical Standards), clause 3 (Anti-Bribery) and clause 4 (Conflicts of Interest) and that it has in place the structures and arrangements necessary to support those standards."),
    ("h", "4", "Conflicts of Interest"),
    ("cl", "4.1", "The Contractor shall ensure that neither it nor its Staff is placed in a position of an actual or potential conflict of interest, and shall notify the Authority promptly in writing of any such conflict.{#Legal: should we add co-operation with the Local Government and Social Care Ombudsman here?#}"),
    ("cl", "4.2", "Where a conflict arises the Contractor shall produce a mitigation plan and comply with the Authority's directions, provided that where the Authority considers that the conflict cannot be managed the Authority shall be entitled to terminate this Contract."),
    ("h", "5", "Staff Transfer"),
    ("cl", "5.1", "Former employees of the Authority who transfer to the Contractor under the Transfer of Undertakings (Protection of Employment) Regulations 2006 shall retain their existing terms and conditions."),
    ("h", "6", "Selection"),
    ("cl", "6.1", "The Contractor confirms that none of its directors has been convicted of any offence listed in the mandatory exclusion grounds."),
    ("h", "7", "Customer Care"),
    ("cl", "7.1", "The Contractor shall operate a complaints procedure for residents and other highway users, publicised on site boards and on the Authority's website."),
    ("cl", "7.2", "The Contractor shall acknowledge complaints within 3 Working Days and send a full response within 10 Working Days."),
    ("cl", "7.3", "The Contractor shall analyse complaints monthly for trends and root causes and agree an improvement action plan with the Authority where targets are missed."),
    ("cl", "7.4", "The Contractor may carry out customer satisfaction surveys of residents."),
    ("table", [["KPI", "Measure", "Reporting"],
               ["KPI 1", "Category 1 defects made safe within 2 hours", "Monthly"],
               ["KPI 6", "Percentage of complaints responded to within 10 Working Days", "The Contractor shall report complaint numbers, outcomes and response times to the Authority monthly."]]),
    ("h", "8", "Monitoring and Remedies"),
    ("cl", "8.1", "The Contractor shall allow the Authority to audit its compliance with clauses 2 to 4, and the Contractor's ethical performance shall be reviewed at each quarterly contract review meeting."),
    ("cl", "8.2", "The Contractor shall remove from the Services any person whose acts or omissions have caused the Contractor to breach clause 2 (Ethical Standards) or clause 3 (Anti-Bribery)."),
  ],
  expect="""
ES-01 weak  # 2.1 Authority 'expects' regard to the Nolan Principles
ES-02 pass  # 2.2(a) comply with the Authority's Supplier Code of Conduct
ES-03 pass  # 2.2(b) Sub-contractors comply with equivalent obligations of clause 2 (Ethical Standards)
ES-04 gap   # ethics training wording in 2.3 is a tracked deletion
ES-05 pass  # 2.2(c) whistleblowing procedure, raise concerns incl. with the Authority
ES-06 pass  # 3.1 no Prohibited Act, adequate procedures, notify
ES-07 gap   # no transparency/FOI clause
ES-08 pass  # 8.1 audit of clauses 2-4, ethical performance at review meetings
ES-09 pass  # 8.2 remove person causing breach of clause 2/3
ES-10 pass  # 3.2 certificate at start and annually plus structures
COI-01 pass # 4.1 avoid and promptly notify conflicts
COI-02 pass # 4.2 mitigation plan, Authority directions, termination proviso
COI-03 gap  # no gifts/hospitality clause
COI-04 gap  # 5.1 TUPE transfer of former employees only (decoy)
COI-05 gap  # no declarations register
COI-06 gap  # 6.1 exclusion-ground convictions confirmation only (decoy)
CDM-01 pass # 7.1 complaints procedure for residents, publicised
CDM-02 pass # KPI table row: report complaint numbers, outcomes, times monthly
CDM-03 weak # 7.4 'may' carry out satisfaction surveys
CDM-04 gap  # Ombudsman appears only in an annotation
CDM-05 pass # 7.3 trend/root-cause analysis and action plan
CDM-06 pass # 7.2 acknowledge within 3, respond within 10 Working Days
""")

# ---------------------------------------------------------------- c04 (md)
C(name="c04_arts_project_grant", fmt="md",
  setting="Arts Council-style project grant, plain English we/you",
  provider="Grantee", authority="Council",
  features="plain-English we/you, 'It is a condition of this Grant that...', 'expects' code/sub-contractor sentence, "
           "gift aid decoy, glossary definition, markdown headings",
  blocks=[
    ("title", "Project Grant: Standard Terms"),
    ("p", "These terms apply to a grant from the Northfield Arts Council (\"we\", \"us\", \"the Council\") to the organisation named in your offer letter (\"you\", \"the Grantee\")."),
    ("h", "1", "What this grant is for"),
    ("cl", "1.1", "We are giving you this grant to deliver the project described in your application (\"the Project\"). You must spend it only on the Project."),
    ("h", "2", "How you must behave"),
    ("cl", "2.1", "It is a condition of this Grant that the Grantee shall uphold the Seven Principles of Public Life in everything it does with the grant."),
    ("cl", "2.2", "The Council expects its grantees and their subcontractors to meet the standards set out in the Council's Code of Conduct for Funded Organisations."),
    ("cl", "2.3", "The Grantee must have a written whistleblowing policy that lets its staff, freelancers and volunteers raise concerns with the Grantee, with us or with a prescribed person without suffering any detriment."),
    ("cl", "2.4", "The Grantee must not offer or accept any bribe in connection with the Project, and must tell us immediately if it suspects fraud involving the grant."),
    ("cl", "2.5", "The Grantee must avoid any actual or potential conflict of interest between the Project and the private interests of its trustees or staff, and must tell us promptly in writing if one arises."),
    ("h", "3", "Information and openness"),
    ("cl", "3.1", "The Grantee must give us any information we need to respond to requests under the Freedom of Information Act 2000, and must provide Project activity data which we will publish on our website."),
    ("h", "4", "Audiences"),
    ("cl", "4.1", "The Grantee must survey audiences and participants about their experience of the Project and send us a summary of that feedback with its final report."),
    ("cl", "4.2", "The Grantee should consider having a simple way for audiences to make a complaint."),
    ("h", "5", "Money"),
    ("cl", "5.1", "You may claim gift aid on eligible donations received in connection with the Project, but gift aid must not be claimed on grant income."),
    ("cl", "5.2", "We will pay the grant in the instalments shown in your offer letter."),
    ("h", "6", "If things go wrong"),
    ("cl", "6.1", "If the Grantee breaches condition 2 (How you must behave), the Council shall be entitled to withhold any unpaid instalment and to recover any grant already paid."),
    ("h", None, "Glossary"),
    ("p", "\"Code of Conduct for Funded Organisations\" means the document of that name published by the Council."),
  ],
  expect="""
ES-01 pass  # 2.1 condition: Grantee shall uphold the Seven Principles of Public Life
ES-02 weak  # 2.2 Council 'expects' grantees to meet its Code of Conduct
ES-03 weak  # 2.2 'expects' grantees and their subcontractors (CCS Joint Schedule 5 pattern)
ES-04 gap   # no training clause
ES-05 pass  # 2.3 whistleblowing policy, raise concerns, no detriment
ES-06 pass  # 2.4 must not offer or accept any bribe; report suspected fraud
ES-07 pass  # 3.1 information for FOI requests and data for publication
ES-08 gap   # no audit or monitoring right
ES-09 pass  # 6.1 breach of condition 2 -> withhold/recover grant
ES-10 gap   # no assurance or certificate
COI-01 pass # 2.5 avoid conflicts and tell us promptly
COI-02 gap  # no mitigation/direction/termination for conflicts
COI-03 gap  # 5.1 'gift aid' only (decoy)
COI-04 gap  # no former-officials clause
COI-05 gap  # no declarations register
COI-06 gap  # no procurement-stage disclosure
CDM-01 weak # 4.2 'should consider' a complaints route
CDM-02 gap  # no complaint reporting
CDM-03 pass # 4.1 survey audiences, send feedback summary
CDM-04 gap  # no Ombudsman/escalation
CDM-05 gap  # no learning from complaints
CDM-06 gap  # no complaint timescales
""")

# ---------------------------------------------------------------- c05 (docx)
C(name="c05_tenancy_sustainment", fmt="docx",
  setting="Housing association tenancy-sustainment support service",
  provider="Provider", authority="Client",
  features="seven principle words without the name, own code of conduct, gagging decoy, generic training (weak), "
           "generic Auditor access (weak), obligations in table cells, 'Clause 18 ... shall not apply', comment, w:ins, footnote",
  blocks=[
    ("title", "TENANCY SUSTAINMENT SERVICE AGREEMENT"),
    ("p", "between Greenway Homes Limited (the \"Client\") and Keystone Support CIC (the \"Provider\")"),
    ("h", "1", "Definitions"),
    ("cl", "1.1", "\"Resident\" means a tenant or licensee of the Client referred to the Provider for support."),
    ("cl", "1.2", "\"Auditor\" means the Client's internal or external auditor or any regulator of the Client."),
    ("h", "2", "The Services"),
    ("cl", "2.1", "The Provider shall deliver tenancy sustainment support to Residents at risk of losing their homes, including help with benefits, budgeting and repairs.{^Referral routes are described in the Client's Tenancy Support Pathway.^}"),
    ("h", "3", "Conduct"),
    ("cl", "3.1", "The Provider shall deliver the Services with selflessness, integrity, objectivity, accountability, openness, honesty and leadership, and shall ensure that its Staff do the same."),
    ("cl", "3.2", "The Provider shall adopt and maintain a code of conduct for its employees that is at least as demanding as the HM Government Supplier Code of Conduct."),
    ("cl", "3.3", "The Provider shall ensure that its Staff are appropriately trained and qualified to provide the Services."),
    ("cl", "3.4", "The Provider shall ensure that its Staff do not make any public statement or comment to the media about the Client or any Resident without the Client's prior written consent.{#Provider asked whether this restricts staff raising concerns - Client declined to change.#}"),
    ("cl", "3.5", "The Provider shall, on the Commencement Date and on each anniversary of it, give the Client a statement signed by its chief executive certifying that it has complied with this clause 3 (Conduct) and clause 4 (Integrity in Business) and that board-level responsibility for ethics is in place."),
    ("h", "4", "Integrity in Business"),
    ("cl", "4.1", "The Provider shall not commit, and shall ensure that its Staff do not commit, any offence under the Bribery Act 2010 or the Fraud Act 2006 in connection with this Agreement, and shall notify the Client immediately of any suspected offence."),
    ("cl", "4.2", "The Provider shall not offer or give any gift or hospitality to any officer of the Client, and shall record all gifts and hospitality offered to or received by its Staff."),
    ("cl", "4.3", "The Provider shall ensure that neither it nor its Staff are placed in a position of an actual or potential conflict of interest, shall promptly notify the Client of any such conflict, and shall take such steps as the Client directs to manage or remove the conflict."),
    ("cl", "4.4", "{+The Provider shall notify the Client before engaging, on work connected with this Agreement, any person who within the preceding 24 months was employed by the Client in a role connected with the procurement or management of this Agreement.+}"),
    ("cl", "4.5", "The Provider may keep a register of interests for its managers."),
    ("h", "5", "Information and Audit"),
    ("cl", "5.1", "The Provider shall assist the Client to comply with the Freedom of Information Act 2000 (so far as it applies to the Client) and the Environmental Information Regulations 2004, responding to any Request for Information passed to it within 5 Working Days."),
    ("cl", "5.2", "The Provider shall allow any Auditor access to its premises, records and Staff."),
    ("h", "6", "Residents' Voice"),
    ("table", [["Requirement", "Provider obligation"],
               ["Complaints procedure", "The Provider shall operate a complaints procedure for Residents which is free, accessible and publicised in the Resident handbook."],
               ["Ombudsman", "The Provider shall co-operate with the Housing Ombudsman in the investigation of any complaint and shall implement any remedy the Ombudsman orders."],
               ["Satisfaction", "The Provider shall conduct a satisfaction survey of Residents every six months and report the results to the Client."],
               ["Learning", "The Provider shall carry out trend analysis of complaints and satisfaction results each quarter and agree an action plan with the Client where results fall below the agreed level."],
               ["Complaint data", "The Provider shall provide complaint information to the Client on request."]]),
    ("h", "7", "Special Terms and Termination"),
    ("cl", "7.1", "Clause 18 (Complaint Response Times) of the Client's Standard Support Terms shall not apply to this Agreement."),
    ("cl", "7.2", "The Client may terminate this Agreement at any time on three months' written notice."),
  ],
  expect="""
ES-01 pass  # 3.1 all seven principle words bound to the Provider
ES-02 pass  # 3.2 adopt and maintain a code of conduct for employees
ES-03 gap   # no sub-contractor flow-down
ES-04 weak  # 3.3 generic 'appropriately trained and qualified'
ES-05 gap   # 3.4 gagging/public-statement clause only (decoy); comment not text
ES-06 pass  # 4.1 no Bribery Act/Fraud Act offence, notify
ES-07 pass  # 5.1 assist with FOI/EIR, Requests for Information
ES-08 weak  # 5.2 generic Auditor access, ethics not named
ES-09 gap   # 7.2 termination for convenience only
ES-10 pass  # 3.5 signed statement at start and annually, board-level responsibility
COI-01 pass # 4.3 avoid and promptly notify conflicts
COI-02 pass # 4.3 manage or remove as the Client directs
COI-03 pass # 4.2 no gifts/hospitality to officers, record all
COI-04 pass # 4.4 (tracked insertion) notify before engaging former Client staff within 24 months
COI-05 weak # 4.5 'may' keep a register of interests
COI-06 gap  # no procurement-stage disclosure
CDM-01 pass # table: free, accessible, publicised complaints procedure
CDM-02 weak # table: complaint information 'on request' only
CDM-03 pass # table: six-monthly satisfaction survey reported
CDM-04 pass # table: co-operate with the Housing Ombudsman, implement remedy
CDM-05 pass # table: trend analysis and action plan
CDM-06 gap  # 7.1 Clause 18 (Complaint Response Times) shall not apply
""")

# ---------------------------------------------------------------- c06 (odt zip)
C(name="c06_leisure_management", fmt="odt",
  setting="Council leisure management contract on the Sport England model",
  provider="Operator", authority="Council",
  features="Council-only Nolan duty, CCTV code of practice, heading with no body, tracked deletion of a bribery clause, "
           "annotation, text:list under a lead-in, obligations in table cells, catering 'Hospitality' decoy, one-topic certificate",
  blocks=[
    ("title", "LEISURE MANAGEMENT CONTRACT"),
    ("p", "based on the Sport England leisure operator contract model, between Ashvale Borough Council (the \"Council\") and Active Communities Leisure Trust (the \"Operator\")"),
    ("h", "1", "Services"),
    ("cl", "1.1", "The Operator shall manage, operate and maintain the Facilities and deliver the Sports Development Plan.{-The Operator shall comply with the Bribery Act 2010 and shall maintain adequate procedures to prevent bribery.-}"),
    ("h", "2", "Ethical Standards"),
    ("cl", "2.1", "The Council shall ensure that its officers comply with the Seven Principles of Public Life when managing this Contract."),
    ("cl", "2.2", "The Operator shall comply with the Pool Safety Operating Procedures and the CCTV code of practice in operating the Facilities."),
    ("cl", "2.3", "The Operator shall procure that its Sub-contractors comply with obligations no less onerous than those in this clause 2 (Ethical Standards) and clause 3 (Speaking Up)."),
    ("cl", "2.4", "The Operator shall ensure that all Staff receive induction and annual refresher training on ethics, integrity and speaking up, and shall make training records available to the Council."),
    ("h", "3", "Speaking Up"),
    ("cl", "3.1", "The Operator shall have in place a confidential reporting line through which Staff can raise concerns, and shall not subject any member of Staff to detriment for doing so."),
    ("h", "4", "Conflicts of Interest"),
    ("h", "5", "Declarations and Disclosure"),
    ("list", "5.1", "The Operator shall:", [
        "obtain an annual declaration of interests, or a nil declaration, from each member of its Decision-Making Staff and keep a register of interests which it shall provide to the Council on request; and",
        "not engage on this Contract any person who within the preceding 24 months was employed by the Council in a role connected with the procurement of this Contract without first notifying the Council."]),
    ("cl", "5.2", "The Operator confirms that it has disclosed to the Council any relationship with any person involved in the procurement of this Contract, and shall keep that disclosure up to date."),
    ("h", "6", "Catering"),
    ("cl", "6.1", "The Operator shall provide cafe, vending and Hospitality and Meetings services at the Facilities, including hospitality for functions booked by customers."),
    ("h", "7", "Transparency"),
    ("cl", "7.1", "The Operator shall operate on an open book basis and shall provide the Council with the information needed to publish Transparency Information and to respond to Freedom of Information requests."),
    ("h", "8", "Customers"),
    ("table", [["Topic", "Operator obligation"],
               ["Complaints", "The Operator shall operate a compliments, comments and complaints procedure for customers, publicised at each Facility and online."],
               ["Reporting", "The Operator shall include the number of complaints received and upheld, and the actions taken, in each quarterly performance report to the Council."],
               ["Satisfaction", "The Operator shall conduct an annual customer satisfaction survey and report the results to the Council."],
               ["Ombudsman", "The Operator shall co-operate with the Local Government and Social Care Ombudsman in any investigation and shall implement any remedy agreed by the Council."],
               ["Learning", "Where satisfaction falls below the agreed level the Operator shall investigate the cause and produce an action plan."]]),
    ("h", "9", "Monitoring"),
    ("cl", "9.1", "The Operator shall allow the Council to monitor and audit its compliance with clause 2 (Ethical Standards) and clause 3 (Speaking Up), and ethical performance shall be reviewed at each contract review meeting."),
    ("cl", "9.2", "The Operator shall each year certify in writing to the Council that it has complied with the Modern Slavery Act 2015.{#Should this certificate cover all the ethical standards?#}"),
    ("h", "10", "Termination"),
    ("cl", "10.1", "The Council may terminate this Contract if the Operator commits a material breach."),
    ("cl", "10.2", "The Council may terminate this Contract for convenience on six months' notice."),
  ],
  expect="""
ES-01 gap   # 2.1 Seven Principles bind only the Council's officers (wrong party)
ES-02 gap   # 2.2 CCTV code of practice / operating procedures only (decoy)
ES-03 pass  # 2.3 Sub-contractors no less onerous than clause 2 (Ethical Standards)
ES-04 pass  # 2.4 induction and refresher training on ethics, records
ES-05 pass  # 3.1 confidential reporting line, no detriment
ES-06 gap   # bribery sentence in 1.1 is a tracked deletion
ES-07 pass  # 7.1 open book, Transparency Information, FOI
ES-08 pass  # 9.1 monitor and audit clauses 2-3, ethical performance reviewed
ES-09 weak  # 10.1 material breach with no ethics link; 10.2 convenience
ES-10 weak  # 9.2 one-topic (modern slavery) annual certificate
COI-01 gap  # heading 4 with no body
COI-02 gap  # 10.2 termination for convenience only (decoy)
COI-03 gap  # 6.1 catering 'Hospitality and Meetings' service line (decoy)
COI-04 pass # 5.1(b) no engaging recent former Council staff without notice
COI-05 pass # 5.1(a) annual declarations or nil, register provided
COI-06 pass # 5.2 confirms disclosed relationships, kept up to date
CDM-01 pass # table: compliments, comments and complaints procedure, publicised
CDM-02 pass # table: complaints received/upheld in quarterly report
CDM-03 pass # table: annual satisfaction survey reported
CDM-04 pass # table: co-operate with LGSCO, implement remedy
CDM-05 pass # table: investigate cause and produce action plan
CDM-06 gap  # no complaint timescales
""")

# ---------------------------------------------------------------- c07 (docx)
C(name="c07_gcloud_calloff", fmt="docx",
  setting="CCS G-Cloud style call-off contract with order form table",
  provider="Supplier", authority="Buyer",
  features="order-form table rows ('Ethics | The Supplier shall ...'), 'Not applicable' row, CCS-style speaking-up and "
           "Prohibited Act clauses, conflicts clause as w:ins, bracketed [Guidance: ...] note, comment, split runs",
  blocks=[
    ("title", "G-CLOUD CALL-OFF CONTRACT"),
    ("p", "Part A: Order Form"),
    ("table", [["Field", "Details"],
               ["Call-Off Contract reference", "MICB-2025-0412"],
               ["Buyer", "Midshire Integrated Care Board"],
               ["Supplier", "Cloudline Analytics Ltd"],
               ["Services", "Case management software as a service, Lot 2"],
               ["Ethics", "The Supplier shall comply with the Seven Principles of Public Life and shall ensure that Supplier Staff comply with them."],
               ["Code of conduct", "The Supplier shall meet the standards set out in the Supplier Code of Conduct."],
               ["Complaints handling", "Not applicable"],
               ["Special terms", "Special Term 1: The Supplier shall procure that its Sub{|}contractors comply with obligations equivalent to those in the Ethics row of this Order Form and clause 2 (Speaking Up and Prohibited Acts)."]]),
    ("p", "Part B: Terms and conditions"),
    ("h", "1", "Services"),
    ("cl", "1.1", "The Supplier shall provide the Services in accordance with its Service Definition."),
    ("h", "2", "Speaking Up and Prohibited Acts"),
    ("cl", "2.1", "The Supplier and Supplier Staff must report to the Buyer any actual or suspected breach of law or of this Call-Off Contract, and the Supplier must not retaliate against any of the Supplier Staff who in good faith reports a breach to the Buyer or a Prescribed Person.{#Supplier queried the scope of Prescribed Person.#}"),
    ("cl", "2.2", "The Supplier must not commit any Prohibited Act, must create, maintain and enforce adequate policies and procedures to prevent a Prohibited Act, and must immediately notify the Buyer of any breach."),
    ("cl", "2.3", "Within 20 Working Days of the Start Date, and then annually, the Supplier shall certify in writing to the Buyer that it and its Subcontractors have complied with the Ethics row of the Order Form and clauses 2 and 3, and that it has in place the structures and arrangements necessary to support ethical standards."),
    ("h", "3", "Conflicts of Interest"),
    ("cl", "3.1", "{+The Supplier must take action to ensure that neither the Supplier nor the Supplier Staff are placed in the position of an actual or potential Conflict of Interest, and must promptly notify and provide details to the Buyer if a Conflict of Interest happens or is expected to happen.+}"),
    ("cl", "3.2", "The Buyer can terminate this Call-Off Contract immediately by giving notice in writing, or take any steps it thinks are necessary, where there is or may be an actual or potential Conflict of Interest."),
    ("cl", "3.3", "The Supplier confirms that it has disclosed any relationship with any person involved in the procurement, and shall keep that disclosure current for the Term."),
    ("cl", "3.4", "The Supplier shall notify the Buyer before engaging on this Call-Off Contract any former Crown servant who is subject to conditions under the Business Appointment Rules, and shall ensure that those conditions are respected."),
    ("h", "4", "Transparency"),
    ("cl", "4.1", "The Supplier shall give the Buyer full co-operation and the information needed so the Buyer can publish the Transparency Information and comply with any Freedom of Information Act request."),
    ("h", "5", "Audit"),
    ("cl", "5.1", "The Supplier shall allow any Auditor access to its premises and records to verify compliance with clauses 2 and 3 and the Ethics row of the Order Form."),
    ("h", "6", "Supplier Staff"),
    ("cl", "6.1", "The Supplier shall replace any Supplier Staff whose acts or omissions have caused the Supplier to breach clause 2 (Speaking Up and Prohibited Acts) or clause 3 (Conflicts of Interest)."),
    ("h", "7", "Gifts and Hospitality"),
    ("p", "[Guidance: Insert a gifts and hospitality clause here where the Buyer requires the Supplier to keep a gifts and hospitality register.]"),
  ],
  expect="""
ES-01 pass  # Order Form 'Ethics' row: comply with the Seven Principles
ES-02 pass  # Order Form 'Code of conduct' row: meet the Supplier Code of Conduct
ES-03 pass  # Special Term 1: Subcontractors equivalent to Ethics row / clause 2 (split run)
ES-04 gap   # no training clause
ES-05 pass  # 2.1 report breaches; no retaliation (Prescribed Person)
ES-06 pass  # 2.2 no Prohibited Act, adequate procedures, notify
ES-07 pass  # 4.1 co-operation for Transparency Information and FOI
ES-08 pass  # 5.1 Auditor access to verify compliance with ethics clauses
ES-09 pass  # 6.1 replace Staff causing breach of clauses 2/3
ES-10 pass  # 2.3 certify at 20 Working Days and annually, plus structures
COI-01 pass # 3.1 (tracked insertion) avoid Conflict of Interest, notify promptly
COI-02 pass # 3.2 Buyer can terminate or take steps for a Conflict of Interest
COI-03 gap  # heading 7 with only a [Guidance: ...] drafting note
COI-04 pass # 3.4 former Crown servant, Business Appointment Rules
COI-05 gap  # no declarations register
COI-06 pass # 3.3 confirms disclosed relationships with persons in the procurement
CDM-01 gap  # Order Form 'Complaints handling | Not applicable'
CDM-02 gap  # no complaint reporting
CDM-03 gap  # no satisfaction/feedback
CDM-04 gap  # no Ombudsman/escalation
CDM-05 gap  # no learning from complaints
CDM-06 gap  # no complaint timescales
""")

# ---------------------------------------------------------------- c08 (txt)
C(name="c08_send_tutoring_framework", fmt="txt",
  setting="County council SEND tutoring framework agreement",
  provider="Consultant", authority="Purchaser",
  features="Bribery Act only in a list of Laws, negated sub-contractor flow-down, negated FOI duty, buyer-side s.117 "
           "declarations, generic audit access, cross-references with titles",
  blocks=[
    ("title", "SEND TUTORING FRAMEWORK AGREEMENT"),
    ("p", "between Hartshire County Council (the \"Purchaser\") and BrightPath Tutors Ltd (the \"Consultant\")"),
    ("h", "1", "DEFINITIONS"),
    ("cl", "1.1", "\"Law\" means any law applicable to the Services, including the Children and Families Act 2014, the Equality Act 2010, the Bribery Act 2010 and the Data Protection Act 2018."),
    ("cl", "1.2", "\"Learner\" means a child or young person with special educational needs or disabilities referred to the Consultant by the Purchaser."),
    ("h", "2", "SERVICES"),
    ("cl", "2.1", "The Consultant shall provide one-to-one and small-group tutoring to Learners in accordance with each Learner's education, health and care plan and shall comply with all Law."),
    ("h", "3", "CONDUCT"),
    ("cl", "3.1", "The Consultant shall comply with its code of ethics and shall ensure that every tutor has signed it before working with any Learner."),
    ("cl", "3.2", "The Consultant shall ensure that every tutor completes ethics and professional boundaries training before first working with a Learner and every year after that, and shall keep training records for inspection by the Purchaser."),
    ("cl", "3.3", "The Consultant shall have a whistleblowing policy under which tutors can raise concerns with the Consultant or the Purchaser, and shall not victimise any tutor for doing so."),
    ("cl", "3.4", "Notwithstanding clause 9 (Sub-contracting), the Consultant shall not be required to procure that its Sub-contractors comply with this clause 3 (Conduct)."),
    ("h", "4", "CONFLICTS AND GIFTS"),
    ("cl", "4.1", "The Consultant shall ensure that no tutor has a personal, professional or financial interest which conflicts or may conflict with the interests of a Learner or the Purchaser, and shall promptly notify the Purchaser of any such interest."),
    ("cl", "4.2", "Where such an interest is notified, the Consultant shall manage the conflict as the Purchaser directs, which may include reallocating the Learner to another tutor."),
    ("cl", "4.3", "The Consultant shall not give any gift or hospitality to any school or Purchaser officer who refers Learners, and shall record any gift offered to a tutor by a family."),
    ("cl", "4.4", "The Purchaser's officers shall declare any interest in the Consultant in accordance with section 117 of the Local Government Act 1972 and the Purchaser's register of interests."),
    ("h", "5", "INFORMATION AND AUDIT"),
    ("cl", "5.1", "The Consultant shall not be required to assist the Purchaser with any request under the Freedom of Information Act 2000."),
    ("cl", "5.2", "The Consultant shall allow the Purchaser's auditors access to its premises and records on reasonable notice."),
    ("h", "6", "LEARNERS AND FAMILIES"),
    ("cl", "6.1", "The Consultant shall operate a complaints procedure for Learners, parents and carers which is free, publicised in its welcome pack and consistent with the Purchaser's corporate complaints policy."),
    ("cl", "6.2", "The Consultant shall acknowledge a complaint within 3 Working Days and send a full response within 20 Working Days."),
    ("cl", "6.3", "The Consultant shall report to the Purchaser each term the number of complaints received, their outcomes and the time taken to respond."),
    ("cl", "6.4", "The Consultant shall seek feedback from each Learner and their parent or carer at the end of each tutoring block and report it to the Purchaser termly."),
    ("cl", "6.5", "The Consultant shall co-operate with any investigation by the Local Government and Social Care Ombudsman and shall implement any remedy agreed by the Purchaser."),
    ("h", "7", "DEFAULT"),
    ("cl", "7.1", "The Consultant shall remove from the Framework any tutor who breaches clause 3 (Conduct) or clause 4 (Conflicts and Gifts), and any such breach by the Consultant shall be a material Default entitling the Purchaser to terminate this Agreement."),
    ("h", "8", "PAYMENT"),
    ("cl", "8.1", "The Purchaser shall pay undisputed invoices within 30 days."),
    ("h", "9", "SUB-CONTRACTING"),
    ("cl", "9.1", "The Consultant shall not sub-contract any tutoring without the Purchaser's prior written consent."),
  ],
  expect="""
ES-01 gap   # no Seven Principles / Nolan
ES-02 pass  # 3.1 comply with its code of ethics
ES-03 gap   # 3.4 'shall not be required to procure' Sub-contractors comply (negated); 9.1 consent only
ES-04 pass  # 3.2 ethics training before first work and yearly, records
ES-05 pass  # 3.3 whistleblowing policy, no victimisation
ES-06 gap   # Bribery Act 2010 only in the 'Law' definition list (1.1)
ES-07 gap   # 5.1 not required to assist with FOI requests
ES-08 weak  # 5.2 generic auditor access, ethics not named
ES-09 pass  # 7.1 remove tutor / material Default for breach of clauses 3-4
ES-10 gap   # no assurance or certificate
COI-01 pass # 4.1 no conflicting interest, promptly notify
COI-02 pass # 4.2 manage conflict as the Purchaser directs
COI-03 pass # 4.3 no gifts/hospitality to referrers, record family gifts
COI-04 gap  # no former-officials clause
COI-05 gap  # 4.4 buyer-side officer declarations only (decoy)
COI-06 gap  # no procurement-stage disclosure
CDM-01 pass # 6.1 free, publicised complaints procedure for families
CDM-02 pass # 6.3 termly complaint numbers, outcomes, times
CDM-03 pass # 6.4 feedback from Learners/parents reported termly
CDM-04 pass # 6.5 co-operate with LGSCO, implement remedy
CDM-05 gap  # no analysis/learning from complaints
CDM-06 pass # 6.2 acknowledge within 3, respond within 20 Working Days
""")

# ---------------------------------------------------------------- c09 (md)
C(name="c09_scottish_homelessness_grant", fmt="md",
  setting="Scottish local authority homelessness support grant",
  provider="Grantee", authority="Council",
  features="'It is a condition of this Grant that...' with proviso, 'integrity training', FOISA, SPSO model CHP, "
           "markdown table of conditions, budget-withdrawal decoy",
  blocks=[
    ("title", "Homelessness Support Grant Agreement"),
    ("p", "between Glenmuir Council (the \"Council\") and Harbour Housing Support SCIO (the \"Grantee\")"),
    ("h", "1", "Purpose"),
    ("cl", "1.1", "The Grant is made to fund housing-led support for people experiencing homelessness in Glenmuir (the \"Funded Activities\")."),
    ("h", "2", "Standards in public life"),
    ("cl", "2.1", "It is a condition of this Grant that the Grantee shall act in accordance with the Nolan Principles in delivering the Funded Activities, provided that nothing in this condition requires the Grantee to disclose information about a Service User without consent."),
    ("cl", "2.2", "The Grantee shall ensure that all staff and volunteers complete integrity training at induction and annually, and shall keep training records which shall be made available to the Council."),
    ("cl", "2.3", "The Grantee is encouraged to adopt a whistleblowing policy."),
    ("cl", "2.4", "The Grantee shall not offer, promise or give any bribe, shall maintain adequate procedures to prevent bribery under the Bribery Act 2010, and shall notify the Council immediately of any suspected fraud involving the Grant."),
    ("cl", "2.5", "The Grantee shall avoid any actual or perceived conflict of interest between the Funded Activities and the interests of its trustees, staff or volunteers, and shall notify the Council promptly in writing of any such conflict."),
    ("cl", "2.6", "The Grantee shall record all gifts and hospitality offered to its trustees, staff or volunteers in connection with the Funded Activities, and shall refuse any gift offered by a person seeking housing."),
    ("cl", "2.7", "By 30 June each year the Grantee shall submit to the Council an annual compliance statement, signed by its chair, confirming that it has complied with this condition 2 (Standards in public life) and that its board has arrangements in place to support those standards."),
    ("h", "3", "Information and monitoring"),
    ("cl", "3.1", "The Grantee shall assist the Council in complying with the Freedom of Information (Scotland) Act 2002 and the Environmental Information (Scotland) Regulations 2004."),
    ("cl", "3.2", "The Grantee shall allow the Council to monitor and audit its compliance with condition 2 (Standards in public life)."),
    ("h", "4", "Service users"),
    ("table", [["Condition", "Requirement"],
               ["4.1 Complaints", "The Grantee shall operate a complaints handling procedure for Service Users that follows the model complaints handling procedure published by the SPSO."],
               ["4.2 Timescales", "The Grantee shall respond to frontline complaints within 5 working days, and shall acknowledge investigation complaints within 3 working days and respond within 20 working days."],
               ["4.3 Reporting", "The Grantee shall report complaint numbers, outcomes and response times to the Council every quarter."],
               ["4.4 Ombudsman", "The Grantee shall co-operate with the Scottish Public Services Ombudsman in any investigation and shall implement any recommendation."],
               ["4.5 Learning", "The Grantee shall review complaints each quarter to identify lessons learned and shall report the actions taken to the Council."]]),
    ("h", "5", "Withdrawal of grant"),
    ("cl", "5.1", "The Council may withdraw the Grant on three months' notice if its homelessness budget is reduced."),
  ],
  expect="""
ES-01 pass  # 2.1 condition: act in accordance with the Nolan Principles (with proviso)
ES-02 gap   # no code of conduct
ES-03 gap   # no sub-contractor flow-down
ES-04 pass  # 2.2 integrity training at induction and annually, records
ES-05 weak  # 2.3 'is encouraged to' adopt a whistleblowing policy
ES-06 pass  # 2.4 no bribe, adequate procedures, notify fraud
ES-07 pass  # 3.1 assist with FOI(S)A and EIR(S)
ES-08 pass  # 3.2 monitor and audit compliance with condition 2
ES-09 gap   # 5.1 budget withdrawal only, no ethics-breach remedy
ES-10 pass  # 2.7 annual compliance statement plus board arrangements
COI-01 pass # 2.5 avoid perceived conflicts, notify promptly
COI-02 gap  # no mitigation/direction/termination for conflicts
COI-03 pass # 2.6 record gifts and hospitality, refuse gifts
COI-04 gap  # no former-officials clause
COI-05 gap  # no declarations register
COI-06 gap  # no procurement-stage disclosure
CDM-01 pass # table 4.1 complaints handling procedure (SPSO model)
CDM-02 pass # table 4.3 quarterly complaint report
CDM-03 gap  # no satisfaction/feedback
CDM-04 pass # table 4.4 co-operate with SPSO, implement recommendation
CDM-05 pass # table 4.5 lessons learned, actions reported
CDM-06 pass # table 4.2 5/3/20 working-day timescales
""")

# ---------------------------------------------------------------- c10 (docx from html via soffice)
C(name="c10_nihe_repairs", fmt="docx-html",
  setting="Northern Ireland Housing Executive response repairs contract",
  provider="Contractor", authority="Contracting Authority",
  features="HTML converted by soffice; negated Nolan duty, payment/insurance-only flow-down, authority-only conflicts duty, "
           "obligations in table cells, 'may' complaint trends",
  blocks=[
    ("title", "RESPONSE MAINTENANCE (REPAIRS) CONTRACT"),
    ("p", "between the Northern Ireland Housing Executive (the \"Contracting Authority\") and Lagan Property Maintenance Ltd (the \"Contractor\")"),
    ("h", None, "Special Conditions"),
    ("cl", "SC1", "The Contractor shall not be required to comply with the Nolan Principles or with clause 7 (Standards in Public Life) of the Conditions of Contract."),
    ("cl", "SC2", "The Contractor shall comply with the Contracting Authority's Supplier Code of Conduct and shall ensure that its operatives meet the standards of business conduct set out in it."),
    ("cl", "SC3", "The Contractor shall ensure that its sub-contractors are paid within 30 days and shall procure that each sub-contractor holds insurance no less onerous than that required by clause 20 (Insurance)."),
    ("cl", "SC4", "The Contractor shall ensure that all operatives receive anti-bribery and whistleblowing training at induction and every year, and shall keep training records."),
    ("cl", "SC5", "The Contractor shall maintain a whistleblowing procedure in line with the Public Interest Disclosure (Northern Ireland) Order 1998 and shall not subject any operative to detriment for raising a concern with the Contractor or the Contracting Authority."),
    ("cl", "SC6", "The Contractor shall not offer any inducement or reward to any employee of the Contracting Authority, shall maintain adequate procedures to prevent bribery, and shall report any suspected fraud to the Contracting Authority immediately."),
    ("cl", "SC7", "The Contractor shall provide all assistance required by the Contracting Authority to respond to requests under the Freedom of Information Act 2000 within the statutory time limits."),
    ("cl", "SC8", "The Contracting Authority shall ensure that its officers declare and avoid any conflict of interest in the award and management of this Contract."),
    ("cl", "SC9", "The Contractor confirms that it has disclosed any relationship with any person involved in the procurement of this Contract and will keep that disclosure current."),
    ("cl", "SC10", "The Contractor shall keep a gifts and hospitality register and shall not give any gift or hospitality to any employee of the Contracting Authority."),
    ("cl", "SC11", "The Contractor shall notify the Contracting Authority before employing any former employee of the Contracting Authority who left its service within the previous two years and was involved in the procurement of this Contract."),
    ("cl", "SC12", "The Contractor shall remove from the Contract any operative whose conduct has caused the Contractor to breach SC2, SC5 or SC6."),
    ("h", None, "Tenant Services"),
    ("table", [["Topic", "Requirement"],
               ["Tenant complaints", "The Contractor shall operate a complaints procedure for tenants, publicised on every job card, and shall acknowledge complaints within 3 working days and respond within 15 working days."],
               ["Reporting", "The Contractor shall provide a monthly report to the Contracting Authority on complaints received, upheld and not upheld."],
               ["Tenant satisfaction", "The Contractor shall carry out a tenant satisfaction survey on at least 10% of completed repairs and report the results monthly."],
               ["Ombudsman", "The Contractor shall co-operate with the Northern Ireland Public Services Ombudsman and shall implement any recommendation."],
               ["Learning", "The Contractor may meet the Contracting Authority to discuss complaint trends."]]),
  ],
  expect="""
ES-01 gap   # SC1 not required to comply with the Nolan Principles (negated)
ES-02 pass  # SC2 comply with the Supplier Code of Conduct
ES-03 gap   # SC3 flow-down of payment and insurance only (decoy)
ES-04 pass  # SC4 anti-bribery and whistleblowing training, yearly, records
ES-05 pass  # SC5 whistleblowing procedure, no detriment
ES-06 pass  # SC6 no inducement or reward, adequate procedures, report fraud
ES-07 pass  # SC7 assistance with FOI requests
ES-08 gap   # no audit or monitoring right
ES-09 pass  # SC12 remove operative causing breach of SC2/SC5/SC6
ES-10 gap   # no assurance or certificate
COI-01 gap  # SC8 conflicts duty on the Contracting Authority only (wrong party)
COI-02 gap  # no mitigation/direction/termination for conflicts
COI-03 pass # SC10 gifts and hospitality register, none to employees
COI-04 pass # SC11 notify before employing recent former employees involved in procurement
COI-05 gap  # no declarations register
COI-06 pass # SC9 confirms disclosed relationships, kept current
CDM-01 pass # table: tenant complaints procedure, publicised
CDM-02 pass # table: monthly report on complaints received/upheld
CDM-03 pass # table: tenant satisfaction survey reported
CDM-04 pass # table: co-operate with NI Public Services Ombudsman
CDM-05 weak # table: 'may' discuss complaint trends
CDM-06 pass # table: acknowledge within 3, respond within 15 working days
""")

# ---------------------------------------------------------------- c11 (odt zip)
C(name="c11_au_cleaning_services", fmt="odt",
  setting="Australian state government cleaning services contract",
  provider="Service Provider", authority="Customer",
  features="State Supplier Code of Conduct, kickback/facilitation payment, hotline, tracked deletion of an ethics termination "
           "right, annotation, confidentiality-only, staff grievance, staff survey and incident-report decoys, text:list, table",
  blocks=[
    ("title", "GOVERNMENT BUILDINGS CLEANING SERVICES CONTRACT"),
    ("p", "between the State of New South Wales acting through the Department of Customer Service (the \"Customer\") and SparkleCorp Facility Services Pty Ltd ABN 12 345 678 901 (the \"Service Provider\")"),
    ("h", "1", "Supplier Code of Conduct"),
    ("cl", "1.1", "The Service Provider shall comply with the Supplier Code of Conduct issued by the State and shall ensure that its Personnel meet the standards in it."),
    ("cl", "1.2", "The Service Provider shall procure that each Subcontractor complies with obligations equivalent to those in this clause 1 (Supplier Code of Conduct) and clause 2 (Integrity)."),
    ("h", "2", "Integrity"),
    ("cl", "2.1", "The Service Provider shall not offer or pay any kickback, facilitation payment or other improper benefit to any person in connection with this Contract, shall maintain anti-corruption procedures, and shall notify the Customer immediately of any breach of this clause."),
    ("cl", "2.2", "The Service Provider shall have in place a confidential hotline through which its Personnel can report suspected wrongdoing, including to the Customer, and shall protect those who report from reprisal."),
    ("cl", "2.3", "The Service Provider shall ensure that neither it nor its Personnel has any interest which conflicts or may conflict with its obligations under this Contract, shall promptly notify the Customer in writing of any such conflict with its proposed mitigation, and shall comply with the Customer's directions to manage or remove the conflict."),
    ("cl", "2.4", "The Service Provider shall obtain a declaration of interests, or a nil declaration, from each of its managers and supervisors every year and shall give the register of interests to the Customer on request."),
    ("cl", "2.5", "The Service Provider shall not give any gift, hospitality or benefit to any employee of the Customer.{#Customer: gifts threshold per the State gifts policy?#}"),
    ("cl", "2.6", "Each year the Service Provider shall provide the Customer with an ethics attestation signed by a director confirming compliance with clauses 1 and 2 and that the Service Provider has the structures in place to support those standards."),
    ("h", "3", "Confidentiality"),
    ("cl", "3.1", "The Service Provider shall keep confidential all information about the Customer's premises, security arrangements and personnel."),
    ("h", "4", "Monitoring"),
    ("cl", "4.1", "The Service Provider shall permit the Customer to audit its compliance with clause 1 (Supplier Code of Conduct) and clause 2 (Integrity) at any time on 5 business days' notice."),
    ("table", [["Area", "Frequency", "Standard"],
               ["Offices and meeting rooms", "Daily", "Surfaces dust-free, bins emptied"],
               ["Washrooms", "Twice daily", "Consumables replenished, sanitised"],
               ["Windows (external)", "Quarterly", "Streak-free"]]),
    ("h", "5", "Personnel and Reporting"),
    ("list", "5.1", "The Service Provider shall:", [
        "have a grievance procedure under which its Personnel may raise complaints about their employment;",
        "conduct an annual engagement survey of its cleaning Personnel and share the headline results with the Customer; and",
        "report all incidents, accidents and near misses to the Customer each month."]),
    ("h", "6", "Termination"),
    ("cl", "6.1", "The Customer may terminate this Contract at any time for convenience by giving 60 days' notice.{-The Customer may also terminate this Contract immediately if the Service Provider breaches clause 2 (Integrity).-}"),
  ],
  expect="""
ES-01 gap   # no Seven Principles / Nolan
ES-02 pass  # 1.1 comply with the State Supplier Code of Conduct
ES-03 pass  # 1.2 Subcontractor equivalent obligations of clauses 1-2
ES-04 gap   # no training clause
ES-05 pass  # 2.2 confidential hotline, protection from reprisal
ES-06 pass  # 2.1 no kickback/facilitation payment, anti-corruption procedures, notify
ES-07 gap   # 3.1 confidentiality only (decoy)
ES-08 pass  # 4.1 audit of clauses 1 (Code) and 2 (Integrity)
ES-09 gap   # 6.1 convenience termination; ethics termination is a tracked deletion
ES-10 pass  # 2.6 annual ethics attestation plus structures
COI-01 pass # 2.3 no conflicting interest, notify promptly
COI-02 pass # 2.3 proposed mitigation and Customer directions
COI-03 pass # 2.5 no gifts/hospitality to Customer employees
COI-04 gap  # no former-officials clause
COI-05 pass # 2.4 yearly declarations or nil, register on request
COI-06 gap  # no procurement-stage disclosure
CDM-01 gap  # 5.1(a) staff grievance procedure only (decoy); annotation not text
CDM-02 gap  # 5.1(c) incident reporting without complaints (decoy)
CDM-03 gap  # 5.1(b) staff-only survey (decoy)
CDM-04 gap  # no Ombudsman/escalation
CDM-05 gap  # no learning from complaints
CDM-06 gap  # no complaint timescales
""")

# ---------------------------------------------------------------- c12 (txt)
C(name="c12_ca_municipal_transit", fmt="txt",
  setting="Canadian municipality contracted transit operations agreement",
  provider="Vendor", authority="Department",
  features="Canadian spelling and statutes (MFIPPA, Arbitration Act), 'its employees, agents and sub-contractors', "
           "passive cooling-off sentence, arbitration decoy, generic audit access",
  blocks=[
    ("title", "CONTRACTED TRANSIT SERVICES AGREEMENT"),
    ("p", "between the City of Lakeport, acting through its Transit Department (the \"Department\"), and Northline Transit Operations Inc. (the \"Vendor\")"),
    ("h", "1", "SERVICES"),
    ("cl", "1.1", "The Vendor shall operate the fixed-route and paratransit services described in Schedule A using vehicles supplied by the Department."),
    ("h", "2", "ETHICS AND INTEGRITY"),
    ("cl", "2.1", "The Vendor shall comply with the City's Vendor Code of Conduct and shall ensure that its employees, agents and sub-contractors comply with it."),
    ("cl", "2.2", "The Vendor shall include in every subcontract for the Services obligations no less onerous than those in this Part 2 (Ethics and Integrity)."),
    ("cl", "2.3", "The Vendor shall ensure that every operator and supervisor completes ethics training, including on conflicts of interest and gifts, within 30 days of hire and annually, and shall keep training records."),
    ("cl", "2.4", "The Vendor shall maintain a whistleblower hotline and shall not retaliate against any employee who in good faith reports a suspected breach to the Vendor or the Department."),
    ("cl", "2.5", "The Vendor shall not offer any bribe, kickback or facilitation payment, and shall report any request for such a payment to the Department immediately."),
    ("cl", "2.6", "The Vendor shall ensure that neither it nor its personnel has a direct or indirect interest which conflicts with the Vendor's duties under this Agreement, and shall disclose any actual, potential or perceived conflict to the Department promptly."),
    ("cl", "2.7", "The Vendor shall mitigate any such conflict in accordance with the Department's directions."),
    ("cl", "2.8", "The Vendor shall not give any gift or hospitality to Department staff and shall maintain a gifts and hospitality register open to the Department."),
    ("cl", "2.9", "For 12 months after leaving the City, no former officer of the City who was involved in this procurement shall be engaged on the Services without the Department's consent, and the Vendor shall notify the Department before engaging any such former officer."),
    ("cl", "2.10", "The Vendor shall obtain an annual declaration of interests, including nil declarations, from each manager with decision-making authority and shall provide the register to the Department."),
    ("cl", "2.11", "The Vendor confirms that it has disclosed any relationship with any person involved in the procurement and that it has gained no unfair advantage, and shall keep that disclosure current."),
    ("cl", "2.12", "Any breach of this Part 2 shall be a material default, and the Department shall be entitled to require the removal of the person concerned or to terminate this Agreement."),
    ("h", "3", "RECORDS"),
    ("cl", "3.1", "The Vendor shall assist the Department in responding to any request under the Municipal Freedom of Information and Protection of Privacy Act and shall provide monthly ridership and performance data for publication on the City's open data portal."),
    ("cl", "3.2", "The Vendor shall allow the Department's auditors access to its books and records."),
    ("h", "4", "RIDERS"),
    ("cl", "4.1", "The Vendor shall operate a rider complaints procedure, publicized on every vehicle and on the City's website."),
    ("cl", "4.2", "The Vendor shall acknowledge each rider complaint within 2 business days and respond within 10 business days."),
    ("cl", "4.3", "The Vendor shall report to the Department each month the complaints received, resolved and upheld."),
    ("cl", "4.4", "The Vendor shall conduct a rider satisfaction survey twice a year and report the results to the Department."),
    ("cl", "4.5", "The Vendor shall carry out trend analysis of complaints and survey results and shall submit a corrective action plan where satisfaction falls below the target in Schedule B."),
    ("h", "5", "DISPUTES"),
    ("cl", "5.1", "Any dispute between the Department and the Vendor shall be referred to arbitration under the Arbitration Act, 1991 (Ontario)."),
  ],
  expect="""
ES-01 gap   # no Seven Principles / Nolan
ES-02 pass  # 2.1 comply with the Vendor Code of Conduct
ES-03 pass  # 2.2 subcontracts no less onerous than Part 2 (Ethics and Integrity)
ES-04 pass  # 2.3 ethics training within 30 days and annually, records
ES-05 pass  # 2.4 whistleblower hotline, no retaliation
ES-06 pass  # 2.5 no bribe/kickback/facilitation payment, report
ES-07 pass  # 3.1 assist with MFIPPA requests, data for publication
ES-08 weak  # 3.2 generic auditor access to books and records
ES-09 pass  # 2.12 breach of Part 2 -> removal or termination
ES-10 gap   # no assurance or certificate
COI-01 pass # 2.6 no conflicting interest, disclose promptly
COI-02 pass # 2.7 mitigate per the Department's directions
COI-03 pass # 2.8 no gifts/hospitality, register
COI-04 pass # 2.9 former City officers, 12-month window, notify
COI-05 pass # 2.10 annual declarations incl. nil, register provided
COI-06 pass # 2.11 disclosed relationships, no unfair advantage
CDM-01 pass # 4.1 rider complaints procedure, publicized
CDM-02 pass # 4.3 monthly complaint report
CDM-03 pass # 4.4 rider satisfaction survey reported
CDM-04 gap  # 5.1 arbitration between the parties only (decoy)
CDM-05 pass # 4.5 trend analysis and corrective action plan
CDM-06 pass # 4.2 acknowledge 2, respond 10 business days
""")

# ---------------------------------------------------------------- c13 (md)
C(name="c13_student_accommodation", fmt="md",
  setting="University student accommodation management agreement",
  provider="Operator", authority="Client",
  features="contents list, 'Prohibited Act' definition only, UUK Code of Practice decoy, principle words list, "
           "'[Not used]' under a heading, Client-only certification, permissive conflicts/timescales, markdown table",
  blocks=[
    ("title", "Student Accommodation Management Agreement"),
    ("p", "between the University of Eastbridge (the \"Client\") and Campus Living Services Ltd (the \"Operator\")"),
    ("toc", ["Contents", "1. Definitions", "2. Management Services", "3. Conduct", "4. Whistleblowing", "5. Residents", "6. Assurance and Monitoring", "7. Termination"]),
    ("h", "1", "Definitions"),
    ("cl", "1.1", "\"Prohibited Act\" means offering, giving or agreeing to give any person any consideration as an inducement or reward for doing or not doing any act in relation to this Agreement, or committing any offence under the Bribery Act 2010."),
    ("cl", "1.2", "\"Residences\" means the halls of residence listed in Schedule 1."),
    ("h", "2", "Management Services"),
    ("cl", "2.1", "The Operator shall manage the Residences in accordance with the Universities UK/GuildHE Code of Practice for the Management of Student Housing."),
    ("h", "3", "Conduct"),
    ("cl", "3.1", "The Operator shall ensure that the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership apply to the delivery of the Services by all Operator Staff."),
    ("cl", "3.2", "The Operator shall deliver an induction programme for all Personnel."),
    ("cl", "3.3", "The Operator is encouraged to notify the Client of any conflict of interest affecting its Staff."),
    ("cl", "3.4", "The Operator shall not offer any gift or hospitality to any officer of the Client and shall record all gifts and hospitality received by Operator Staff from residents or contractors."),
    ("h", "4", "Whistleblowing"),
    ("p", "[Not used]"),
    ("h", "5", "Residents"),
    ("table", [["Ref", "Requirement"],
               ["5.1", "The Operator shall operate a complaints procedure for residents that is publicised in the residence handbook and online."],
               ["5.2", "The Operator is encouraged to acknowledge complaints within 5 working days."],
               ["5.3", "The Operator shall report complaint numbers and outcomes to the Client each term."],
               ["5.4", "The Operator shall run a resident satisfaction survey each academic year and report the results to the Client."],
               ["5.5", "The Operator shall analyse complaints and survey results and agree an action plan with the Client where satisfaction is below 80%."]]),
    ("h", "6", "Assurance and Monitoring"),
    ("cl", "6.1", "The Client shall certify annually to its governing Council that the management of the Residences complies with the Client's ethical standards."),
    ("cl", "6.2", "The Operator shall permit the Client to monitor and audit its compliance with clause 3 (Conduct), and ethical performance shall be a standing item at each contract review meeting."),
    ("h", "7", "Termination"),
    ("cl", "7.1", "The Client may terminate this Agreement if the Operator commits a material breach which it fails to remedy within 30 days."),
  ],
  expect="""
ES-01 pass  # 3.1 all seven principles apply to delivery by Operator Staff
ES-02 gap   # 2.1 UUK Code of Practice for student housing (not a code of conduct)
ES-03 gap   # no sub-contractor flow-down
ES-04 weak  # 3.2 generic induction programme for all Personnel
ES-05 gap   # heading 4 'Whistleblowing' with [Not used]; TOC line
ES-06 gap   # 'Prohibited Act' definition only (1.1)
ES-07 gap   # no transparency/FOI clause
ES-08 pass  # 6.2 monitor and audit clause 3, ethical performance reviewed
ES-09 weak  # 7.1 material breach with no ethics link
ES-10 gap   # 6.1 certification by the Client only (wrong party)
COI-01 weak # 3.3 'is encouraged to' notify conflicts
COI-02 gap  # no mitigation/direction/termination for conflicts
COI-03 pass # 3.4 no gifts/hospitality to officers, record all received
COI-04 gap  # no former-officials clause
COI-05 gap  # no declarations register
COI-06 gap  # no procurement-stage disclosure
CDM-01 pass # table 5.1 complaints procedure for residents, publicised
CDM-02 pass # table 5.3 termly complaint numbers and outcomes
CDM-03 pass # table 5.4 annual satisfaction survey reported
CDM-04 gap  # no Ombudsman/escalation
CDM-05 pass # table 5.5 analysis and action plan
CDM-06 weak # table 5.2 'is encouraged to' acknowledge within 5 days
""")

# ---------------------------------------------------------------- c14 (docx)
C(name="c14_police_custody_healthcare", fmt="docx",
  setting="Police force custody healthcare services contract",
  provider="Provider", authority="Commissioner",
  features="(a)-(e) auto-numbered list under 'The Provider shall:' lead-in, ethics training delivered to the Commissioner's "
           "staff (decoy), w:del of 'need not' with w:ins 'shall', 'should consider' gifts register, footnote, comments, table",
  blocks=[
    ("title", "CUSTODY HEALTHCARE SERVICES CONTRACT"),
    ("p", "between the Police and Crime Commissioner for Westshire (the \"Commissioner\") and Medcustody Healthcare Ltd (the \"Provider\")"),
    ("h", "1", "Services"),
    ("cl", "1.1", "The Provider shall provide forensic nursing and medical services to detained persons in the Commissioner's custody suites 24 hours a day.{^Custody suites are listed in Schedule 2.^}"),
    ("h", "2", "Ethical Standards"),
    ("list", "2.1", "The Provider shall:", [
        "comply with, and ensure that its Staff comply with, the Seven Principles of Public Life;",
        "comply with the Supplier Code of Conduct;",
        "procure that its Sub-contractors comply with obligations equivalent to those in this clause 2 (Ethical Standards);",
        "operate a Freedom to Speak Up policy with a Freedom to Speak Up Guardian, and ensure that no member of Staff suffers detriment for raising a concern; and",
        "not commit any Prohibited Act, and maintain adequate procedures to prevent bribery."]),
    ("cl", "2.2", "The Provider shall deliver training to the Commissioner's custody officers and detention staff on ethics and professional boundaries when working alongside healthcare professionals."),
    ("cl", "2.3", "The Provider {-need not-}{+shall+}, within 20 Working Days of the Service Commencement Date and then annually, certify in writing to the Commissioner that it has complied with clause 2 (Ethical Standards) and clause 3 (Conflicts of Interest) and that its board has in place the arrangements necessary to support those standards.{#Provider accepted the annual certificate at clarification.#}"),
    ("h", "3", "Conflicts of Interest"),
    ("cl", "3.1", "The Provider shall ensure that neither it nor its Staff are placed in a position of an actual or potential conflict of interest, and shall notify the Commissioner promptly in writing of any such conflict."),
    ("cl", "3.2", "The Provider shall agree a mitigation plan with the Commissioner for any notified conflict and shall follow the Commissioner's directions to manage or remove it."),
    ("cl", "3.3", "The Provider should consider maintaining a register of gifts and hospitality."),
    ("cl", "3.4", "The Provider shall obtain a declaration of interests, or a nil declaration, from each member of its Decision-Making Staff on appointment and annually, and shall provide the register of interests to the Commissioner."),
    ("cl", "3.5", "The Provider shall notify the Commissioner before engaging on the Services any former police officer or former member of staff of the Commissioner who left that role within the previous two years."),
    ("cl", "3.6", "The Provider confirms that it has disclosed any relationship with any person involved in the procurement of this Contract and shall keep that disclosure up to date."),
    ("h", "4", "Transparency and Audit"),
    ("cl", "4.1", "The Provider shall assist the Commissioner in responding to any request under the Freedom of Information Act 2000 and shall provide performance information for publication."),
    ("cl", "4.2", "The Provider shall allow the Commissioner to audit its compliance with clauses 2 and 3, and ethical performance shall be reviewed at each quarterly contract review meeting."),
    ("h", "5", "Detained Persons' Complaints"),
    ("cl", "5.1", "The Provider shall operate a complaints procedure for detained persons and their representatives which complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009 and is publicised in every custody suite."),
    ("cl", "5.2", "The Provider shall acknowledge each complaint within 3 Working Days and shall send a full response within 20 Working Days."),
    ("table", [["Obligation", "Frequency"],
               ["The Provider shall report complaints received, upheld, partially upheld and not upheld to the Commissioner.", "Quarterly"],
               ["The Provider shall collect patient experience feedback from detained persons and report it to the Commissioner.", "Quarterly"],
               ["The Provider shall review complaints and feedback for themes and root causes and agree an action plan with the Commissioner.", "Six-monthly"]]),
    ("cl", "5.3", "The Provider shall co-operate with any investigation by the Parliamentary and Health Service Ombudsman{^The Health Service Commissioner for England.^} and shall implement any recommendation made."),
    ("h", "6", "Default"),
    ("cl", "6.1", "Any breach by the Provider of clause 2 (Ethical Standards) or clause 3 (Conflicts of Interest) shall be a material Default, and the Commissioner shall be entitled to require a Rectification Plan, the removal of the person concerned, or to terminate this Contract."),
  ],
  expect="""
ES-01 pass  # 2.1(a) comply with the Seven Principles of Public Life
ES-02 pass  # 2.1(b) comply with the Supplier Code of Conduct
ES-03 pass  # 2.1(c) Sub-contractors equivalent to clause 2 (Ethical Standards)
ES-04 gap   # 2.2 ethics training delivered to the Commissioner's staff (decoy)
ES-05 pass  # 2.1(d) FTSU policy and Guardian, no detriment
ES-06 pass  # 2.1(e) no Prohibited Act, adequate procedures
ES-07 pass  # 4.1 assist with FOI, performance information for publication
ES-08 pass  # 4.2 audit of clauses 2-3, ethical performance reviewed
ES-09 pass  # 6.1 material Default, Rectification Plan, removal, termination
ES-10 pass  # 2.3 certify at start and annually plus board arrangements (w:del 'need not', w:ins 'shall')
COI-01 pass # 3.1 avoid and promptly notify conflicts
COI-02 pass # 3.2 mitigation plan, Commissioner's directions
COI-03 weak # 3.3 'should consider' a gifts and hospitality register
COI-04 pass # 3.5 former police officers/staff within two years, notify
COI-05 pass # 3.4 declarations or nil from Decision-Making Staff, register provided
COI-06 pass # 3.6 disclosed relationships, kept up to date
CDM-01 pass # 5.1 complaints procedure under the 2009 Regulations, publicised
CDM-02 pass # table: quarterly complaint report by outcome
CDM-03 pass # table: patient experience feedback reported quarterly
CDM-04 pass # 5.3 co-operate with PHSO, implement recommendations
CDM-05 pass # table: themes/root causes, action plan
CDM-06 pass # 5.2 acknowledge within 3, respond within 20 Working Days
""")
