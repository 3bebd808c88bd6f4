"""Blind set 24: contract texts and verdicts (data only), rendered by scripts/make-blind-set24.py.

Contract packs, second round: an NHS community health sub-contract, school transport, a domestic
abuse refuge joined only by probity-pack.toml (schedules in a sub-folder), an Australian (NSW)
library outreach funding agreement, and a trap folder holding one provider's contract and a
variation letter for another of its contracts. All parties, people, places and reference numbers
are invented; statutes, regulators and ombudsmen named are real.

Block types:
  ("title", text)   ("h1", text)   ("h2", text)   ("p", text)
  ("ul", [items])   ("ol", [items])   ("toc", [lines])
  ("table", [[cells], ...], header_row)   header_row True: the first row is a header row
A document: file (may sit in a sub-folder), role ("core" or "schedule"), header/footer (page
furniture; in md/txt they are the first/last lines), ref_phrase (label, exact text) where the
document names the contract by its reference, ref_as (the reference as this document spells it,
when it differs in case or spacing), blocks.
A verdict: V(rule, verdict, doc, why, ev=[sentences that must be in that document's extraction],
trap=[(doc, text)] decoys relied on in the comment, core_also=True when the core document passes too).
"""

RULES = ["ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
         "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
         "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06"]

FOLDERS = []


def V(rule, verdict, doc, why, ev=(), trap=(), core_also=False):
    return dict(rule=rule, verdict=verdict, doc=doc, why=why, ev=list(ev), trap=list(trap), core_also=core_also)


def sec(n, title, paras):
    """A numbered section: heading 'n. title' and paragraphs 'n.1 ...'; a tuple is inserted as a block."""
    out = [("h1", "%s. %s" % (n, title))]
    i = 0
    for p in paras:
        if isinstance(p, tuple):
            out.append(p)
            continue
        i += 1
        out.append(("p", "%s.%d %s" % (n, i, p)))
    return out


def boiler(A, P, SU, law="England and Wales", doc="Contract"):
    """Rule-neutral general terms, drafted afresh for set 24; each document picks and numbers its own.
    Decoys: certificate of insurance (ES-10), data-protection complaint (CDM-01), sub-contracting
    consent and liability (ES-03), TUPE (COI-04), armed conflict, precedence and conflict of laws
    (COI-01), termination on notice or insolvency (ES-09, COI-02), mediation (CDM-04),
    confidentiality (ES-07), payment days (CDM-06)."""
    return {
        "duration": ("Duration", [
            "This Contract begins on the Start Date and ends on the Expiry Date unless it is extended or ended early under its terms.",
            "The %s may extend this Contract for one further period of up to twelve months by written notice given at least ninety days before the Expiry Date." % A]),
        "price": ("Price and invoicing", [
            "The %s shall pay the %s the prices set out in the Price Schedule, which include all costs of delivering the Services." % (A, P),
            "The %s shall submit an itemised invoice at the end of each month, and the %s shall pay each correct invoice within thirty days of receiving it." % (P, A)]),
        "cover": ("Insurance", [
            "The %s shall take out and keep in force with a reputable insurer public liability cover of not less than five million pounds for any one event and employer's liability cover as required by law, and shall send the %s a copy of each certificate of insurance on renewal." % (P, A)]),
        "privacy": ("Personal data", [
            "The %s shall process Personal Data received under this Contract only for the purpose of delivering the Services and in line with the data protection legislation in force from time to time." % P,
            "The %s shall tell the %s without delay if it receives any complaint, notice or request relating to the processing of Personal Data under this Contract, and shall not answer it without the %s's instructions." % (P, A, A)]),
        "subcontracting": ("Sub-contracting", [
            "The %s may not sub-contract the whole or any part of the Services without the written consent of the %s, which may be given on conditions." % (P, A),
            "Consent to sub-contract does not relieve the %s of any of its obligations, and the %s is responsible for the work of each sub-contractor as if it were its own." % (P, P)]),
        "transfer": ("Transfer of employment", [
            "The parties' view is that the Transfer of Undertakings (Protection of Employment) Regulations 2006 do not apply at the Start Date; if they are found to apply, the parties shall deal with the consequences in good faith.",
            "In the last six months of the Contract the %s shall provide, when asked, anonymised details of the employees who spend most of their working time on the Services." % P]),
        "ending": ("Ending the Contract", [
            "The %s may end this Contract on six months' written notice to the %s for any reason or none." % (A, P),
            "Either party may end this Contract with immediate effect if the other becomes insolvent, enters administration or makes an arrangement with its creditors.",
            "When this Contract ends the %s shall return all records belonging to the %s and shall help with the handover of %s to any new provider." % (P, A, SU)]),
        "events": ("Events beyond control", [
            "A party is not in breach of this Contract if it is prevented from performing by an event outside its reasonable control, such as severe weather, epidemic, armed conflict or a failure of the national power grid, provided that it gives prompt notice and does all it reasonably can to resume performance."]),
        "disputes": ("Disputes", [
            "The contract managers shall first try to settle any dispute between the parties. A dispute they cannot settle within fifteen Working Days may be referred by either party to mediation by a mediator agreed between the parties, and neither party may issue proceedings until the mediation has ended."]),
        "secrecy": ("Confidential information", [
            "Each party shall treat as confidential all information about the other's business that it receives under this Contract and shall use it only for the purposes of this Contract."]),
        "misc": ("Miscellaneous", [
            "Where the Core Terms and a Schedule conflict, the Core Terms take precedence unless the Schedule expressly says otherwise.",
            "Any amendment to this Contract must be in writing and signed by both parties.",
            "This Contract is governed by the law of %s, without regard to any rules on the conflict of laws, and the parties submit to the courts of %s." % (law, law)]),
    }


def number(start, items):
    out, n = [], start
    for title, paras in items:
        out += sec(n, title, paras)
        n += 1
    return out


def pick(A, P, SU, keys, law="England and Wales", doc="Contract"):
    b = boiler(A, P, SU, law, doc)
    return [(b[k][0].replace("Contract", doc), [x.replace("Contract", doc) for x in b[k][1]]) for k in keys]


# =====================================================================================
# p01 NHS community nursing sub-contract: core DOCX (cover table 'Contract ID'), Schedule 2 PDF
# (the reference in lower case), Schedule 3 Markdown
# =====================================================================================
P01_REF = "HCH-SC-2025-044"
P01_C = "sub-contract-agreement.docx"
P01_S2 = "schedule-2-quality-and-complaints.pdf"
P01_S3 = "schedule-3-conduct-and-interests.md"
p01_c = dict(file=P01_C, role="core", header="Harrowfield Community Health NHS Trust | OFFICIAL-SENSITIVE: COMMERCIAL", footer="Community Nursing Sub-Contract",
             ref_phrase=("cover table row 'Contract ID | ...'", "Contract ID \u2016 " + P01_REF), blocks=[
    ("title", "Community Nursing Sub-Contract Agreement"),
    ("table", [["Contract ID", P01_REF], ["Services", "Leg ulcer and wound care clinics; overnight district nursing"],
               ["Start Date", "1 November 2025"], ["Expiry Date", "31 October 2028"],
               ["Lead provider", "Harrowfield Community Health NHS Trust"], ["Sub-Contractor", "Meadowbank Nursing Partnership Limited"]], False),
    ("p", "This Agreement is made between (1) Harrowfield Community Health NHS Trust of Orchard House, Station Road, Harrowfield HF2 6DN (the \"Trust\") and (2) Meadowbank Nursing Partnership Limited, a company registered in England under number 11290457, of 7 Canal Wharf, Harrowfield HF1 3LS (the \"Sub-Contractor\")."),
    ("p", "The Trust provides community health services under an NHS Standard Contract with NHS Harrowfield and Dales Integrated Care Board (the \"Head Contract\") and, with the Integrated Care Board's approval, sub-contracts part of its community nursing to the Sub-Contractor on the terms below."),
] + sec(1, "Definitions", [
    "\"Law\" means any statute, regulation or binding guidance in force in England, including the Bribery Act 2010, the Fraud Act 2006 and the Health and Social Care Act 2008.",
    "\"Nolan Principles\" means the Seven Principles of Public Life published by the Committee on Standards in Public Life.",
    "\"Staff\" means the registered nurses, healthcare assistants and administrators employed or engaged by the Sub-Contractor in the Services.",
    "\"Working Day\" means any day other than a Saturday, a Sunday or a bank holiday in England.",
    "The Schedules form part of this Agreement: Schedule 1 (Service Specification, issued separately), Schedule 2 (Quality, Patient Experience and Complaints) and Schedule 3 (Conduct, Conflicts of Interest and Gifts)."]) + number(2, pick("Trust", "Sub-Contractor", "patients", ["duration"], doc="Agreement")) + sec(3, "The Services", [
    "The Sub-Contractor shall run four leg ulcer and wound care clinics each week at the locations in Schedule 1 and shall provide an overnight district nursing team from 10pm to 8am every night of the year.",
    "The Sub-Contractor shall accept every referral made through the Trust's single point of access and shall offer a first appointment within ten Working Days, or within 24 hours where the referral is marked urgent.",
    "The Sub-Contractor shall keep its registration with the Care Quality Commission for the regulated activity of treatment of disease, disorder or injury throughout the Term.",
    "The Sub-Contractor shall send the Trust each April a certificate from its registered manager that every registered nurse on the Services holds current registration with the Nursing and Midwifery Council.",
    "The Sub-Contractor shall use the Trust's electronic patient record for all patients and shall keep clinical records in line with the Records Management Code of Practice for Health and Social Care."]) + sec(4, "Standards of conduct", [
    "Schedule 3 sets out the standards of conduct, the conflicts of interest arrangements and the gifts and hospitality rules that apply to the Sub-Contractor.",
    "The Sub-Contractor is encouraged to appoint a Freedom to Speak Up Guardian to whom its Staff can raise concerns about patient safety or conduct."]) + sec(5, "Information requests", [
    "The Sub-Contractor shall use reasonable endeavours to help the Trust respond to requests for information under the Freedom of Information Act 2000 that concern the Services.",
    "The Sub-Contractor shall give the Trust the activity and quality data the Trust needs to meet its own reporting duties under the Head Contract."]) + number(6, pick("Trust", "Sub-Contractor", "patients", ["price", "cover", "privacy", "subcontracting", "transfer", "ending", "events", "disputes", "secrecy", "misc"], doc="Agreement")) + [
    ("p", "Signed for the Trust by Dr Priya Raman, Director of Community Services, and for the Sub-Contractor by Joanne Whitcombe, Managing Director."),
])

p01_s2 = dict(file=P01_S2, role="schedule", header="Harrowfield Community Health NHS Trust | Schedule 2", footer="Quality, Patient Experience and Complaints",
              ref_phrase=("Contract ID: ... (lower case)", "Contract ID: " + P01_REF.lower()), ref_as=P01_REF.lower(), blocks=[
    ("title", "Schedule 2: Quality, Patient Experience and Complaints"),
    ("p", "Contract ID: " + P01_REF.lower()),
    ("p", "Sub-Contractor: Meadowbank Nursing Partnership Ltd"),
] + sec(1, "Quality requirements", [
    "The Sub-Contractor shall meet the fundamental standards of quality and safety in the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.",
    "The Sub-Contractor shall record every patient safety incident on the Trust's incident reporting system within two Working Days.",
    "The Sub-Contractor's clinical lead shall attend the Trust's monthly community nursing clinical governance meeting, which reviews incidents, pressure ulcer data and clinical audit results."]) + sec(2, "Complaints procedure", [
    "The Sub-Contractor shall operate a complaints procedure for patients and their families that complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, is free to use and is publicised in each clinic and in the leaflet given at the first visit.",
    "Complaints about a service that the Trust itself delivers shall be passed to the Trust's Patient Advice and Liaison Service on the day they are received.",
    "The Sub-Contractor should normally acknowledge a complaint within three Working Days and send its response within 25 Working Days."]) + sec(3, "Reporting", [
    "The Sub-Contractor shall send the Trust a quarterly complaints report, within ten Working Days of the end of each quarter, giving the number of complaints received and resolved and how many were upheld, partially upheld and not upheld, in the form the Trust needs for its KO41a return.",
    "The Sub-Contractor shall report to the Trust each month the number of clinic appointments offered, attended and missed."]) + sec(4, "Patient experience", [
    "The Sub-Contractor shall offer the Friends and Family Test to every patient on discharge from the caseload and shall report the monthly responses, and the percentage of patients who rated the service good or very good, to the Trust by the tenth Working Day of the following month."]) + sec(5, "Ombudsman", [
    "The Sub-Contractor shall co-operate with the Parliamentary and Health Service Ombudsman in the investigation of any complaint about the Services, answering its questions and providing the information it asks for, and shall carry out any recommendation the Ombudsman makes."]) + [
    ("h1", "6. Learning from complaints"),
    ("p", "[Not used]"),
] + sec(7, "Key performance indicators", [
    ("table", [["KPI", "Measure", "Target"],
               ["KPI 1", "First appointment offered within ten Working Days of referral", "90%"],
               ["KPI 2", "Overnight calls attended within two hours", "95%"],
               ["KPI 3", "Friends and Family Test response rate", "15%"]], True)]),
)

p01_s3 = dict(file=P01_S3, role="schedule", header="Harrowfield Community Health NHS Trust: OFFICIAL", footer="Schedule 3 ends",
              ref_phrase=("Sub-contract reference ...", "Sub-contract reference " + P01_REF), blocks=[
    ("title", "Schedule 3: Conduct, Conflicts of Interest and Gifts"),
    ("p", "Sub-contract reference " + P01_REF),
] + sec(1, "Standards of conduct", [
    "The Sub-Contractor shall act in accordance with the Nolan Principles in delivering the Services and shall ensure that its Staff do the same.",
    "The Trust expects the Sub-Contractor to meet the standards set out in the Supplier Code of Conduct published by the Cabinet Office.",
    "The Sub-Contractor shall procure that any sub-contractor it engages on the Services complies with obligations equivalent to those in this Schedule 3, and shall enforce those obligations.",
    "The Sub-Contractor shall ensure that all Staff complete Freedom to Speak Up training, and training on conflicts of interest and on this Schedule, at induction and every two years, and shall keep training records, which it shall give to the Trust on request."]) + sec(2, "Conflicts of interest", [
    "The Sub-Contractor shall ensure that neither it nor any of its Staff is placed in a position of an actual or potential conflict of interest in delivering the Services, and shall notify the Trust promptly in writing, with details, of any conflict of interest that arises.",
    "The Sub-Contractor should discuss with the Trust how any notified conflict might be managed.",
    "The Sub-Contractor shall ensure that its Staff comply with the NHS England guidance Managing Conflicts of Interest in the NHS, shall obtain a declaration of interests or a nil return from each of its decision-making Staff on appointment and every year, and shall keep a register of interests which it shall publish on its website."]) + sec(3, "Gifts and hospitality", [
    "The Sub-Contractor shall not offer or give any gift or hospitality to any employee of the Trust involved in managing this Agreement, and shall record in a gifts and hospitality register every gift or hospitality offered to or received by its Staff in connection with the Services.",
    "Donations that patients' families wish to make to the Trust's charity may be eligible for Gift Aid, and the Sub-Contractor shall pass any such donation to the Trust's charitable funds team."]) + sec(4, "Monitoring", [
    "The Trust may audit the Sub-Contractor's compliance with this Schedule 3, and the Sub-Contractor shall report on its ethical performance, including the conflicts declared and the gifts recorded, at each quarterly contract review meeting."]),
)

FOLDERS.append(dict(folder="p01-community-nursing-nhs", kind="pack", marker=False, contracts=[dict(
    id="p01-community-nursing-nhs", provider="Meadowbank Nursing Partnership Limited", ref=P01_REF,
    subject="Community nursing (wound care clinics, overnight district nursing) sub-contracted by an NHS trust",
    jurisdiction="English NHS community trust sub-contracting under its NHS Standard Contract",
    parties="Harrowfield Community Health NHS Trust (the Trust); Meadowbank Nursing Partnership Limited (the Sub-Contractor; 'Meadowbank Nursing Partnership Ltd' in Schedule 2)",
    docs=[p01_c, p01_s2, p01_s3],
    verdicts=[
        V("ES-01", "pass", P01_S3, "Schedule 3 para 1.1: Sub-Contractor shall act in accordance with the Nolan Principles and ensure its Staff do (core 1.2 is a definition only)",
          ev=["The Sub-Contractor shall act in accordance with the Nolan Principles in delivering the Services"], trap=[(P01_C, "\"Nolan Principles\" means the Seven Principles of Public Life")]),
        V("ES-02", "weak", P01_S3, "Schedule 3 para 1.2: the Trust only 'expects' the Supplier Code of Conduct to be met (core 3.5 Records Management 'Code of Practice' is a decoy)",
          ev=["The Trust expects the Sub-Contractor to meet the standards set out in the Supplier Code of Conduct"], trap=[(P01_C, "Records Management Code of Practice")]),
        V("ES-03", "pass", P01_S3, "Schedule 3 para 1.3: procure that its sub-contractors comply with equivalent obligations (core 9 is consent and liability only)",
          ev=["shall procure that any sub-contractor it engages on the Services complies with obligations equivalent to those in this Schedule 3"]),
        V("ES-04", "pass", P01_S3, "Schedule 3 para 1.4: Freedom to Speak Up, conflicts and Schedule training at induction and every two years, with records",
          ev=["shall ensure that all Staff complete Freedom to Speak Up training"]),
        V("ES-05", "weak", P01_C, "core clause 4.2: Sub-Contractor 'is encouraged to' appoint a Freedom to Speak Up Guardian (permissive); Schedule 3 para 1.4 is training only, no route",
          ev=["The Sub-Contractor is encouraged to appoint a Freedom to Speak Up Guardian"]),
        V("ES-06", "gap", None, "no anti-bribery or fraud duty in any document; the Bribery Act 2010 and Fraud Act 2006 appear only in the 'Law' definition (core 1.1)",
          trap=[(P01_C, "including the Bribery Act 2010, the Fraud Act 2006")]),
        V("ES-07", "weak", P01_C, "core clause 5.1: only 'reasonable endeavours' to help with FOI requests",
          ev=["shall use reasonable endeavours to help the Trust respond to requests for information under the Freedom of Information Act 2000"]),
        V("ES-08", "pass", P01_S3, "Schedule 3 para 4.1: the Trust may audit compliance with Schedule 3; ethical performance reported at quarterly contract reviews",
          ev=["The Trust may audit the Sub-Contractor's compliance with this Schedule 3"]),
        V("ES-09", "gap", None, "core clause 11: ending on notice or insolvency only; no remedy for an ethical breach in any document"),
        V("ES-10", "gap", None, "no ethics assurance or certificate; core 3.4 NMC registration certificate and 7.1 insurance certificates are decoys",
          trap=[(P01_C, "a certificate from its registered manager that every registered nurse")]),
        V("COI-01", "pass", P01_S3, "Schedule 3 para 2.1: avoid actual or potential conflicts for itself and Staff, notify the Trust promptly in writing (core 15.1 precedence and 12.1 'armed conflict' are decoys)",
          ev=["shall notify the Trust promptly in writing, with details, of any conflict of interest that arises"]),
        V("COI-02", "weak", P01_S3, "Schedule 3 para 2.2: Sub-Contractor 'should discuss' how a conflict might be managed (permissive); no direction or termination right",
          ev=["The Sub-Contractor should discuss with the Trust how any notified conflict might be managed."]),
        V("COI-03", "pass", P01_S3, "Schedule 3 para 3.1: no gifts or hospitality to Trust employees; gifts and hospitality register (3.2 Gift Aid is a decoy)",
          ev=["shall record in a gifts and hospitality register every gift or hospitality offered to or received by its Staff"]),
        V("COI-04", "gap", None, "no former-officer term; core clause 10 is a TUPE clause (decoy)"),
        V("COI-05", "pass", P01_S3, "Schedule 3 para 2.3: Managing Conflicts of Interest in the NHS, declarations or nil returns from decision-making Staff yearly, register published",
          ev=["shall obtain a declaration of interests or a nil return from each of its decision-making Staff on appointment and every year"]),
        V("COI-06", "gap", None, "no procurement-stage disclosure in any document (core clauses 1-15, Schedules 2-3 checked)"),
        V("CDM-01", "pass", P01_S2, "Schedule 2 para 2.1: free, publicised complaints procedure meeting the 2009 Complaints Regulations (core 8.2 data-protection 'complaint' is a decoy)",
          ev=["shall operate a complaints procedure for patients and their families that complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009"]),
        V("CDM-02", "pass", P01_S2, "Schedule 2 para 3.1: quarterly complaints report with received, resolved and outcomes, for the KO41a return",
          ev=["The Sub-Contractor shall send the Trust a quarterly complaints report"]),
        V("CDM-03", "pass", P01_S2, "Schedule 2 para 4.1: Friends and Family Test at discharge, results reported monthly",
          ev=["shall offer the Friends and Family Test to every patient on discharge from the caseload"]),
        V("CDM-04", "pass", P01_S2, "Schedule 2 para 5.1: co-operate with the PHSO and carry out its recommendations (core 13.1 mediation is a decoy)",
          ev=["shall co-operate with the Parliamentary and Health Service Ombudsman in the investigation of any complaint"]),
        V("CDM-05", "gap", None, "Schedule 2 section 6 'Learning from complaints' is [Not used]; 1.3 governance meeting reviews incidents and audits, not complaints",
          trap=[(P01_S2, "6. Learning from complaints")]),
        V("CDM-06", "weak", P01_S2, "Schedule 2 para 2.3: 'should normally' acknowledge in three Working Days and respond in 25 (permissive)",
          ev=["The Sub-Contractor should normally acknowledge a complaint within three Working Days"]),
    ])]))


# =====================================================================================
# p02 home to school transport: core text ('Purchase Order No.'), Schedule 1 ODT (reference only
# in the page header), Schedule 4 DOCX (the reference written with spaces)
# =====================================================================================
P02_REF = "TCC/ST/2025/031"
P02_C = "contract-terms.txt"
P02_S1 = "schedule-1-specification.odt"
P02_S4 = "schedule-4-conduct-and-integrity.docx"
P02_S1_HEADER = "Tarnside County Council | Home to School Transport | " + P02_REF
P02_SPACED = "TCC / ST / 2025 / 031"
p02_c = dict(file=P02_C, role="core", header="TARNSIDE COUNTY COUNCIL - PASSENGER TRANSPORT UNIT", footer="End of Terms and Conditions",
             ref_phrase=("Purchase Order No. ...", "Purchase Order No. " + P02_REF), blocks=[
    ("title", "Home to School Transport Contract: Terms and Conditions"),
    ("p", "Purchase Order No. " + P02_REF),
    ("p", "This Contract is between Tarnside County Council, County Offices, Market Square, Tarnside TN1 4RB (the \"Council\") and Greyfell Coaches Limited, company number 04417760, of Unit 3, Fellside Industrial Estate, Tarnside TN6 2JW (the \"Operator\")."),
    ("p", "The Operator will carry eligible pupils between home and school on the routes listed in the Route Schedule, using vehicles, drivers and passenger assistants that meet Schedule 1 (Specification). Schedule 4 (Conduct and Integrity) applies to the Operator and everyone it uses on the routes."),
] + sec(1, "Definitions", [
    "\"Pupil\" means a child or young person whom the Council has assessed as eligible for free home to school transport.",
    "\"School Day\" means a day on which the school served by a route is open to pupils.",
    "\"Staff\" means the Operator's drivers, passenger assistants and other employees engaged in the Services.",
    "\"Working Day\" means a day other than a Saturday, a Sunday or a bank holiday in England."]) + number(2, pick("Council", "Operator", "pupils", ["duration"])) + sec(3, "Standards in public life", [
    "The Council's elected members and officers are bound by the Seven Principles of Public Life in awarding and managing this Contract.",
    "The Operator shall comply with Schedule 4 (Conduct and Integrity)."]) + sec(4, "Bribery and fraud", [
    "The Operator shall not offer, promise or give any bribe, financial advantage or other inducement to any person in connection with this Contract, shall have adequate procedures to prevent bribery and fraud by its employees and agents, and shall notify the Council immediately of any breach of this clause or of any investigation of the Operator for an offence under the Bribery Act 2010 or the Fraud Act 2006."]) + sec(5, "Transparency", [
    "The Operator shall give the Council, within five Working Days of being asked, all the information the Council needs to answer a request under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004.",
    "The Operator agrees that the Council may publish this Contract and the price of each route under the Local Government Transparency Code 2015."]) + sec(6, "Inspection", [
    "The Operator shall allow the Council's contract officers to inspect its vehicles, its records of drivers and routes and its operating centre at any reasonable time."]) + sec(7, "Award", [
    "The Operator confirms that it has disclosed to the Council any relationship between its directors or managers and any person involved in the procurement of this Contract, and shall update that disclosure during the Term if a new relationship arises."]) + number(8, pick("Council", "Operator", "pupils", ["price", "cover", "privacy", "subcontracting", "transfer", "ending", "events", "disputes", "misc"])) + [
    ("p", "Signed for Tarnside County Council by Alan Pryce, Head of Passenger Transport, and for Greyfell Coaches Limited by Susan Greyfell, Director."),
])

p02_s1 = dict(file=P02_S1, role="schedule", header=P02_S1_HEADER, footer="Schedule 1",
              ref_phrase=("page header only (body states no reference)", P02_S1_HEADER), blocks=[
    ("title", "Schedule 1: Specification"),
    ("p", "This Schedule describes the transport service the Operator shall provide on each route."),
] + sec(1, "Vehicles", [
    "The Operator shall hold a public service vehicle operator's licence covering every vehicle used on the routes, and no vehicle shall be more than ten years old.",
    "Every seat shall have a seat belt, and any vehicle fitted with CCTV shall be operated in line with the Surveillance Camera Code of Practice."]) + sec(2, "Drivers and passenger assistants", [
    "The Operator shall ensure that every driver and passenger assistant holds an enhanced Disclosure and Barring Service certificate with a check of the children's barred list before working on a route.",
    "The Operator shall ensure that every driver and passenger assistant completes the Operator's induction programme before working on a route.",
    "The Operator shall ensure that passenger assistants are trained in first aid, in the safe use of wheelchair restraints and in managing pupils' behaviour."]) + sec(3, "Punctuality", [
    "Vehicles shall arrive at school no earlier than fifteen minutes and no later than five minutes before the start of the school day, and shall be ready to leave within ten minutes of the end of the school day.",
    "The Operator shall tell the school and the parents affected, by telephone or text message, of any delay of more than fifteen minutes."]) + sec(4, "Complaints", [
    "The Operator shall operate a complaints procedure that parents, carers and pupils can use free of charge, shall publicise it by a notice in every vehicle and on its website, and shall explain how a complaint can be escalated to the Council.",
    "The Operator shall acknowledge each complaint within two School Days and shall give a full written reply within ten School Days.",
    "The Operator shall give the Council details of the complaints it has received when the Council asks for them."]) + sec(5, "Incidents", [
    "The Operator shall report any accident, breakdown or late running of more than twenty minutes to the Council's passenger transport unit by telephone on the same day."]) + sec(6, "Workforce survey", [
    "The Operator shall survey its drivers and passenger assistants each year about their working conditions and shall share a summary of the results with the Council."]),
)

p02_s4 = dict(file=P02_S4, role="schedule", header="Tarnside County Council | Schedule 4", footer="Conduct and Integrity",
              ref_phrase=("Purchase Order No. ... (written with spaces)", "Purchase Order No. " + P02_SPACED), ref_as=P02_SPACED, blocks=[
    ("title", "Schedule 4: Conduct and Integrity"),
    ("p", "Purchase Order No. " + P02_SPACED + " (Home to School Transport)"),
    ("p", "Operator: Greyfell Coaches Ltd"),
] + sec(1, "Code of conduct", [
    "The Operator shall adopt and maintain a written code of conduct for its drivers and passenger assistants, covering honesty, respect for pupils and the proper use of Council property, and shall ensure that they comply with it.",
    "The Operator shall use reasonable endeavours to ensure that any sub-contracted operator follows the code of conduct in paragraph 1.1.",
    "The Operator warrants that it has in place, and will maintain, the structures and arrangements needed to support the standards in this Schedule."]) + sec(2, "Raising concerns", [
    "The Operator shall provide a confidential reporting line through which its drivers and passenger assistants can raise concerns about the safety or conduct of anyone on a route, including directly with the Council, and shall ensure that no one suffers victimisation or any other detriment for raising a concern in good faith."]) + sec(3, "Conflicts of interest", [
    "The Operator shall ensure that neither it nor any of its Staff has an interest that conflicts, or may conflict, with the fair delivery of the Services, and shall notify the Council in writing within five Working Days of becoming aware of any actual or potential conflict of interest.",
    "The Council may direct the Operator to take any steps the Council thinks necessary to manage or remove a conflict of interest, and may terminate this Contract if the conflict cannot be resolved.",
    "The Operator is not required to keep a gifts and hospitality register for its drivers or passenger assistants."]) + sec(4, "Former Council officers", [
    "The Operator shall not employ or engage on the Services any person who, within the preceding 24 months, was employed by the Council in a role connected with the procurement or management of home to school transport, unless the Council has first given its written consent."]) + sec(5, "Breach of this Schedule", [
    "A breach of this Schedule 4 by the Operator is a Default, and the Council may require the Operator to remove from the Services any driver or passenger assistant whose conduct caused the Default, and may terminate this Contract if the Default is serious or repeated."]),
)

FOLDERS.append(dict(folder="p02-school-transport", kind="pack", marker=False, contracts=[dict(
    id="p02-school-transport", provider="Greyfell Coaches Limited", ref=P02_REF,
    subject="Home to school transport for eligible pupils", jurisdiction="English county council (passenger transport)",
    parties="Tarnside County Council (the Council); Greyfell Coaches Limited (the Operator; 'Greyfell Coaches Ltd' in Schedule 4)",
    docs=[p02_c, p02_s1, p02_s4],
    verdicts=[
        V("ES-01", "gap", None, "core clause 3.1 binds only the Council's members and officers to the Seven Principles (wrong party); nothing binds the Operator",
          trap=[(P02_C, "The Council's elected members and officers are bound by the Seven Principles of Public Life")]),
        V("ES-02", "pass", P02_S4, "Schedule 4 para 1.1: Operator shall adopt, maintain and enforce a written code of conduct (Schedule 1 para 1.2 Surveillance Camera Code of Practice is a decoy)",
          ev=["The Operator shall adopt and maintain a written code of conduct for its drivers and passenger assistants"]),
        V("ES-03", "weak", P02_S4, "Schedule 4 para 1.2: only 'reasonable endeavours' that sub-contracted operators follow the code (core 11 is consent and liability)",
          ev=["The Operator shall use reasonable endeavours to ensure that any sub-contracted operator follows the code of conduct"]),
        V("ES-04", "weak", P02_S1, "Schedule 1 para 2.2: generic induction programme, ethics not named; 2.3 is first aid and restraint training (decoy)",
          ev=["completes the Operator's induction programme before working on a route"]),
        V("ES-05", "pass", P02_S4, "Schedule 4 para 2.1: confidential reporting line incl. to the Council, no victimisation or detriment (core 4.1 also requires notice of breaches)",
          ev=["The Operator shall provide a confidential reporting line"], core_also=True),
        V("ES-06", "pass", P02_C, "core clause 4.1: no bribe or inducement, adequate procedures, immediate notice of breaches and investigations",
          ev=["shall have adequate procedures to prevent bribery and fraud by its employees and agents"]),
        V("ES-07", "pass", P02_C, "core clause 5.1: FOI and EIR information within five Working Days; 5.2 publication under the Transparency Code",
          ev=["all the information the Council needs to answer a request under the Freedom of Information Act 2000"]),
        V("ES-08", "weak", P02_C, "core clause 6.1: inspection of vehicles, records and premises, naming neither ethics nor Schedule 4",
          ev=["The Operator shall allow the Council's contract officers to inspect its vehicles"]),
        V("ES-09", "pass", P02_S4, "Schedule 4 para 5.1: breach of the Schedule is a Default; removal of staff and termination (core 13.1 convenience is a decoy)",
          ev=["A breach of this Schedule 4 by the Operator is a Default"]),
        V("ES-10", "weak", P02_S4, "Schedule 4 para 1.3: warranty of structures and arrangements only, no assurance or periodic certificate (core 9.1 insurance certificates are a decoy)",
          ev=["The Operator warrants that it has in place, and will maintain, the structures and arrangements needed"]),
        V("COI-01", "pass", P02_S4, "Schedule 4 para 3.1: no conflicting interest for Operator or Staff; notify within five Working Days (core 16.1 precedence is a decoy)",
          ev=["shall notify the Council in writing within five Working Days of becoming aware of any actual or potential conflict of interest"]),
        V("COI-02", "pass", P02_S4, "Schedule 4 para 3.2: the Council may direct steps to manage or remove a conflict, or terminate",
          ev=["The Council may direct the Operator to take any steps the Council thinks necessary to manage or remove a conflict of interest"]),
        V("COI-03", "gap", None, "Schedule 4 para 3.3 disapplies a gifts and hospitality register; no other gifts term",
          trap=[(P02_S4, "The Operator is not required to keep a gifts and hospitality register")]),
        V("COI-04", "pass", P02_S4, "Schedule 4 para 4.1: no former Council procurement or contract staff within 24 months without consent (core 12 TUPE is a decoy)",
          ev=["within the preceding 24 months, was employed by the Council in a role connected with the procurement"]),
        V("COI-05", "gap", None, "no declarations or register of interests in any document (Schedule 4 section 3 covers conflicts only)"),
        V("COI-06", "pass", P02_C, "core clause 7.1: Operator confirms it disclosed relationships with those involved in the procurement and will keep it current",
          ev=["The Operator confirms that it has disclosed to the Council any relationship between its directors or managers and any person involved in the procurement"]),
        V("CDM-01", "pass", P02_S1, "Schedule 1 para 4.1: free complaints procedure for parents, carers and pupils, publicised in vehicles and online, with escalation",
          ev=["The Operator shall operate a complaints procedure that parents, carers and pupils can use free of charge"]),
        V("CDM-02", "weak", P02_S1, "Schedule 1 para 4.3: complaint details only when the Council asks (on request)",
          ev=["The Operator shall give the Council details of the complaints it has received when the Council asks for them."]),
        V("CDM-03", "gap", None, "only a survey of drivers and passenger assistants (Schedule 1 para 6.1, staff survey decoy); no pupil or parent feedback",
          trap=[(P02_S1, "The Operator shall survey its drivers and passenger assistants each year")]),
        V("CDM-04", "gap", None, "no Ombudsman or investigation co-operation; core 15.1 mediation is a decoy"),
        V("CDM-05", "gap", None, "no analysis of complaints or feedback in any document (Schedule 1 section 4 complaints, 6 staff survey)"),
        V("CDM-06", "pass", P02_S1, "Schedule 1 para 4.2: acknowledge within two School Days, reply within ten (core 8.2 payment in thirty days is a decoy)",
          ev=["The Operator shall acknowledge each complaint within two School Days"]),
    ])]))


# =====================================================================================
# p03 domestic abuse refuge, held together only by probity-pack.toml in the pack folder; the
# schedules sit in schedules/ and state no reference
# =====================================================================================
P03_REF = "CCC-VAWG-2025-03"
P03_C = "agreement.odt"
P03_SA = "schedules/schedule-a-conduct-and-safeguarding.txt"
P03_SB = "schedules/schedule-b-outcomes-and-complaints.pdf"
p03_c = dict(file=P03_C, role="core", header="Castlebridge City Council | Housing Commissioning", footer="Refuge Agreement",
             ref_phrase=("Commissioning reference: ...", "Commissioning reference: " + P03_REF), blocks=[
    ("title", "Agreement for Domestic Abuse Refuge Accommodation and Support"),
    ("p", "Commissioning reference: " + P03_REF),
    ("p", "This Agreement is made between Castlebridge City Council of the Guildhall, Castlebridge CB2 9QE (the \"Council\") and Harbourside Women's Aid, a charitable company limited by guarantee registered under company number 05127734 and charity number 1104478 (the \"Provider\")."),
    ("p", "The Council has a duty under Part 4 of the Domestic Abuse Act 2021 to provide support to victims of domestic abuse and their children in safe accommodation, and engages the Provider to run two refuges in the city on its behalf."),
] + sec(1, "Definitions", [
    "\"Resident\" means a woman, with any accompanying children, who is living in one of the refuges.",
    "\"Working Day\" means a day other than a Saturday, a Sunday or a bank holiday in England.",
    "The Schedules form part of this Agreement: Schedule A (Conduct and Safeguarding) and Schedule B (Outcomes, Feedback and Complaints)."]) + number(2, pick("Council", "Provider", "residents", ["duration"], doc="Agreement")) + sec(3, "The Services", [
    "The Provider shall run eighteen bedspaces across two refuges at confidential addresses, with staff on site from 8am to 8pm and an on-call worker at all other times.",
    "The Provider shall agree a support plan with each Resident within five Working Days of arrival, covering safety, health, money, legal matters and housing, and shall review it every four weeks.",
    "The Provider shall employ a children's worker for each refuge and shall help each Resident to find settled accommodation before she leaves."]) + sec(4, "Whistleblowing", [
    "The Provider shall have a whistleblowing policy under which staff and volunteers can raise concerns about wrongdoing with the Provider's trustees or with the Council, and shall ensure that nobody is victimised for making a protected disclosure."]) + sec(5, "Residents' money", [
    "The Provider shall take reasonable steps to prevent fraud in the handling of Residents' money and of the funds paid under this Agreement."]) + sec(6, "Information", [
    "Because refuge addresses must stay secret, the Provider is not required to assist the Council with requests under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004, and no performance information about the Services will be published."]) + sec(7, "Termination for breach", [
    "The Council may terminate this Agreement by notice if the Provider commits a material breach of it and fails to remedy the breach within 30 days of being asked to do so."]) + sec(8, "Award", [
    "The Provider confirms that none of its trustees or senior managers has been convicted of an offence listed in Schedule 6 to the Procurement Act 2023."]) + number(9, pick("Council", "Provider", "residents", ["price", "cover", "privacy", "subcontracting", "ending", "events", "disputes", "secrecy", "misc"], doc="Agreement")) + [
    ("p", "Signed for Castlebridge City Council by Meera Shah, Assistant Director of Housing, and for Harbourside Women's Aid by Claire Dunmore, Chief Executive."),
])

p03_sa = dict(file=P03_SA, role="schedule", header="Castlebridge City Council - Refuge Services - Schedule A", footer="End of Schedule A", blocks=[
    ("title", "Schedule A: Conduct and Safeguarding"),
    ("p", "This Schedule forms part of the refuge Agreement between Castlebridge City Council and Harbourside Women's Aid."),
] + sec(1, "Values and conduct", [
    "The Provider shall act with selflessness, integrity, objectivity, accountability and openness in delivering the Services and in its dealings with the Council.",
    "The Provider shall not be required to adopt the Council's supplier code of conduct.",
    "The Provider's board of trustees shall sign and send to the Council, within 20 Working Days of the Start Date and then every year, a statement certifying that the Provider has complied with this Schedule and that it has in place the structures and arrangements needed to support the standards in it.",
    "The Provider shall ensure that all staff and volunteers receive training on professional boundaries, conflicts of interest and raising concerns at induction and every year, and shall keep training records that the Council may inspect."]) + sec(2, "Interests and gifts", [
    "The Provider should tell the Council about any conflict of interest affecting its staff or trustees.",
    "The Provider is encouraged to ask its trustees and managers to complete an annual declaration of interests.",
    "Staff should decline gifts from Residents or their families other than items of token value."]) + sec(3, "Safeguarding", [
    "The Provider shall ensure that every member of staff and every volunteer holds an enhanced Disclosure and Barring Service certificate before starting work.",
    "The Provider shall refer any safeguarding matter about an adult or a child to the Council's multi-agency safeguarding hub on the same day, and shall attend the multi-agency risk assessment conference when a Resident's case is heard."]),
)

p03_sb = dict(file=P03_SB, role="schedule", header="Castlebridge City Council | Refuge Services | Schedule B", footer="Schedule B", blocks=[
    ("title", "Schedule B: Outcomes, Feedback and Complaints"),
    ("p", "This Schedule sets out how the Provider reports on the Services and handles complaints."),
] + sec(1, "Monitoring", [
    "The Provider shall report each quarter on occupancy, length of stay and the number of Residents who moved on to settled accommodation.",
    "The Council may monitor and audit the Provider's compliance with Schedule A, including its conduct and training records, and the parties shall review the Provider's ethical performance at each six-monthly contract review meeting."]) + sec(2, "Complaints", [
    "The Provider shall operate a complaints procedure for Residents and former Residents that is free, available in the main community languages and in easy read, explained at the start of every stay and displayed in each refuge.",
    "The Provider shall acknowledge a complaint within three Working Days and send a written response within fifteen Working Days, explaining any delay to the complainant.",
    "The Provider should co-operate with the Local Government and Social Care Ombudsman if a complaint is referred to it."]) + sec(3, "Reporting and learning", [
    "The Provider shall report to the Council each quarter the number of complaints received and resolved, how many were upheld, partially upheld and not upheld, and how many were answered within the timescale in paragraph 2.2.",
    "The Provider shall ask every Resident leaving a refuge to complete an exit questionnaire on her satisfaction with the support received, and shall report the results to the Council each quarter.",
    "Each year the Provider shall analyse its complaints and exit questionnaires for themes and lessons learned, and shall agree an action plan with the Council for any area where satisfaction falls below 80%."]) + [
    ("table", [["Measure", "Target", "Reported"],
               ["Bedspace occupancy", "90%", "Quarterly"],
               ["Residents moving on to settled accommodation", "70%", "Quarterly"],
               ["Exit questionnaires returned", "60%", "Quarterly"]], True),
])

FOLDERS.append(dict(folder="p03-refuge-marker", kind="pack", marker=True,
                    marker_text="# probity-pack: this folder and schedules/ below it are one contract (Castlebridge refuge)\n", contracts=[dict(
    id="p03-refuge-marker", provider="Harbourside Women's Aid", ref=P03_REF,
    subject="Domestic abuse refuge accommodation and support", jurisdiction="English city council (housing); pack joined only by probity-pack.toml, schedules in schedules/",
    parties="Castlebridge City Council (the Council); Harbourside Women's Aid (the Provider)",
    docs=[p03_c, p03_sa, p03_sb],
    verdicts=[
        V("ES-01", "pass", P03_SA, "Schedule A para 1.1: five of the seven principles (selflessness, integrity, objectivity, accountability, openness) bound to the Provider",
          ev=["The Provider shall act with selflessness, integrity, objectivity, accountability and openness in delivering the Services"]),
        V("ES-02", "gap", None, "Schedule A para 1.2: the Provider 'shall not be required to adopt' the Council's supplier code of conduct; no other code",
          trap=[(P03_SA, "The Provider shall not be required to adopt the Council's supplier code of conduct.")]),
        V("ES-03", "gap", None, "no ethical flow-down; core clause 12 is sub-contracting consent and liability only"),
        V("ES-04", "pass", P03_SA, "Schedule A para 1.4: training on boundaries, conflicts and raising concerns at induction and yearly, with records",
          ev=["receive training on professional boundaries, conflicts of interest and raising concerns at induction and every year"]),
        V("ES-05", "pass", P03_C, "core clause 4.1: whistleblowing policy incl. to the Council; no victimisation for protected disclosures",
          ev=["The Provider shall have a whistleblowing policy under which staff and volunteers can raise concerns"]),
        V("ES-06", "weak", P03_C, "core clause 5.1: 'reasonable steps' to prevent fraud in handling money; no bribery duty or notice",
          ev=["The Provider shall take reasonable steps to prevent fraud"]),
        V("ES-07", "gap", None, "core clause 6.1: FOI/EIR assistance disapplied ('is not required to assist') and no publication",
          trap=[(P03_C, "the Provider is not required to assist the Council with requests under the Freedom of Information Act 2000")]),
        V("ES-08", "pass", P03_SB, "Schedule B para 1.2: the Council may monitor and audit compliance with Schedule A; ethical performance reviewed six-monthly",
          ev=["The Council may monitor and audit the Provider's compliance with Schedule A"]),
        V("ES-09", "weak", P03_C, "core clause 7.1: material-breach termination with no ethics link (13.1 convenience is a decoy)",
          ev=["The Council may terminate this Agreement by notice if the Provider commits a material breach"]),
        V("ES-10", "pass", P03_SA, "Schedule A para 1.3: trustees' signed statement at start and yearly certifying compliance and supporting structures",
          ev=["a statement certifying that the Provider has complied with this Schedule"]),
        V("COI-01", "weak", P03_SA, "Schedule A para 2.1: Provider 'should tell' the Council of conflicts (permissive), no duty to avoid (core 17.1 precedence, 14.1 armed conflict are decoys)",
          ev=["The Provider should tell the Council about any conflict of interest affecting its staff or trustees."]),
        V("COI-02", "gap", None, "no mitigation, direction or termination for conflicts in any document (Schedule A para 2.1 only asks for notice)"),
        V("COI-03", "weak", P03_SA, "Schedule A para 2.3: Staff 'should decline' gifts beyond token value (permissive); no register",
          ev=["Staff should decline gifts from Residents or their families other than items of token value."]),
        V("COI-04", "gap", None, "no former-officer term in any document"),
        V("COI-05", "weak", P03_SA, "Schedule A para 2.2: Provider 'is encouraged to' obtain annual declarations of interests (permissive)",
          ev=["The Provider is encouraged to ask its trustees and managers to complete an annual declaration of interests."]),
        V("COI-06", "gap", None, "core clause 8.1 is an exclusion-grounds (convictions) confirmation only (decoy)",
          trap=[(P03_C, "none of its trustees or senior managers has been convicted")]),
        V("CDM-01", "pass", P03_SB, "Schedule B para 2.1: free, accessible, publicised complaints procedure for Residents (core 10.2 data-protection 'complaint' is a decoy)",
          ev=["The Provider shall operate a complaints procedure for Residents and former Residents"]),
        V("CDM-02", "pass", P03_SB, "Schedule B para 3.1: quarterly complaint figures with outcomes and timeliness",
          ev=["The Provider shall report to the Council each quarter the number of complaints received and resolved"]),
        V("CDM-03", "pass", P03_SB, "Schedule B para 3.2: exit satisfaction questionnaire, results reported quarterly",
          ev=["complete an exit questionnaire on her satisfaction with the support received"]),
        V("CDM-04", "weak", P03_SB, "Schedule B para 2.3: Provider 'should co-operate' with the LGSCO (permissive; core 15.1 mediation is a decoy)",
          ev=["The Provider should co-operate with the Local Government and Social Care Ombudsman"]),
        V("CDM-05", "pass", P03_SB, "Schedule B para 3.3: yearly analysis of complaints and questionnaires for themes and lessons, action plan below 80%",
          ev=["analyse its complaints and exit questionnaires for themes and lessons learned"]),
        V("CDM-06", "pass", P03_SB, "Schedule B para 2.2: acknowledge in three Working Days, respond in fifteen, delays explained",
          ev=["The Provider shall acknowledge a complaint within three Working Days"]),
    ])]))


# =====================================================================================
# t01 one provider, two contracts: a community meals contract (Markdown) and a variation letter
# for the same provider's befriending contract (text), each with its own reference
# =====================================================================================
T01_PROV = "Kingfisher Support Services Limited"
T01_A = "community-meals-contract.md"
T01_B = "variation-letter-befriending.txt"
T01_A_REF = "ABC/CM/2025/012"
T01_B_REF = "ABC/BF/2023/007"
t01_a = dict(file=T01_A, role="core", header="Ashcombe Borough Council", footer="Community Meals Service Contract",
             ref_phrase=("Contract No. ...", "Contract No. " + T01_A_REF), blocks=[
    ("title", "Community Meals Service Contract"),
    ("p", "Contract No. " + T01_A_REF),
    ("p", "This Contract is between Ashcombe Borough Council of the Civic Centre, Ashcombe AS1 2PQ (the \"Council\") and Kingfisher Support Services Limited, company number 07719264, of 9 Harbour Road, Ashcombe AS4 1LN (the \"Provider\")."),
] + sec(1, "The Services", [
    "The Provider shall deliver a hot midday meal, and a tea-time snack where ordered, to each person referred by the Council, on every day of the year.",
    "The Provider shall meet each person's dietary, cultural and texture-modified requirements and shall carry out a brief welfare check at every delivery, reporting any concern about the person's wellbeing to the Council's adult social care team the same day.",
    "The Provider shall ensure that all kitchen and delivery staff are trained in food hygiene to Level 2.",
    "The Provider shall supply festive lunches and hospitality for the Council's Christmas lunch club events at the prices in the Price Schedule."]) + sec(2, "Conduct", [
    "The Provider shall comply with the Council's Supplier Code of Conduct and shall ensure that its staff are aware of it.",
    "The Provider shall maintain a whistleblowing policy that allows staff to raise concerns with the Council, and shall not subject any worker to a detriment for doing so in good faith.",
    "The Provider shall not commit or allow any bribery or fraud in connection with this Contract, shall maintain adequate procedures to prevent it, and shall notify the Council immediately of any suspected bribery or fraud.",
    "The Provider shall avoid any actual or potential conflict of interest between its own interests, or those of its staff, and its duties under this Contract, and shall notify the Council promptly in writing if one arises.",
    "The Provider should seek the Council's agreement on how any such conflict will be managed."]) + sec(3, "Complaints", [
    "The Provider shall operate a complaints procedure for people receiving meals and their families, free of charge and explained in the welcome pack.",
    "The Provider shall acknowledge complaints within two Working Days and respond within ten Working Days.",
    "The Provider shall report the number and outcome of complaints received to the Council every quarter.",
    "The Provider may survey meal recipients about the quality of the meals."]) + sec(4, "Termination", [
    "The Council may terminate this Contract if the Provider commits a material breach which it fails to remedy within 28 days of notice."]) + number(5, pick("Council", "Provider", "meal recipients", ["price", "cover", "subcontracting", "misc"])) + [
    ("p", "Signed for Ashcombe Borough Council by Marcus Levene, Head of Commissioning, and for Kingfisher Support Services Limited by Grace Adeyemi, Chief Executive."),
])

t01_b = dict(file=T01_B, role="core", ref_phrase=("Our Reference: ...", "Our Reference: " + T01_B_REF), blocks=[
    ("title", "Variation Letter: Befriending and Social Inclusion Service"),
    ("p", "Our Reference: " + T01_B_REF),
    ("p", "Date: 12 January 2026"),
    ("p", "To: Grace Adeyemi, Chief Executive, Kingfisher Support Services Limited, 9 Harbour Road, Ashcombe AS4 1LN"),
    ("p", "Dear Ms Adeyemi,"),
    ("p", "Befriending and Social Inclusion Service: Variation No. 2 and extension of the term"),
    ("p", "Ashcombe Borough Council (the \"Council\") refers to its contract with Kingfisher Support Services Limited (the \"Provider\") for the Befriending and Social Inclusion Service, which started on 1 April 2023 (the \"Contract\"). This letter records the variation agreed at the contract review meeting on 4 December 2025. It does not affect any other contract between the Council and the Provider."),
    ("h1", "1. Extension"),
    ("p", "1.1 The Expiry Date of the Contract is extended from 31 March 2026 to 31 March 2027. The Charges for the extension year are the Charges in the Contract increased by 3.2 per cent."),
    ("p", "1.2 The Provider shall keep the number of active befriending matches at not less than 140 during the extension year."),
    ("h1", "2. New clause 9 (Standards of conduct)"),
    ("p", "2.1 With effect from 1 February 2026, clause 9 of the Contract is deleted and replaced with the following:"),
    ("p", "9.1 The Provider shall comply with, and shall ensure that its staff and volunteers comply with, the Seven Principles of Public Life in delivering the Services."),
    ("p", "9.2 The Provider shall procure that any sub-contractor engaged in the Services complies with obligations equivalent to those in this clause 9 and in clause 9A."),
    ("p", "9.3 The Provider shall ensure that all staff and volunteers receive training on the Seven Principles, conflicts of interest and professional boundaries at induction and every year, and shall keep records of the training."),
    ("p", "9.4 Within 20 Working Days of 1 February 2026 and then every year, the Provider's board shall certify in writing to the Council that the Provider has complied with clauses 9 and 9A and that it has in place the structures and arrangements needed to support those standards."),
    ("p", "9.5 The Council may audit the Provider's compliance with clauses 9 and 9A, and the parties shall review the Provider's ethical performance at each contract review meeting."),
    ("p", "9.6 A breach of clause 9 or clause 9A is a material Default. The Council may require the Provider to submit a Rectification Plan or to remove from the Services any person whose conduct caused the Default, or may terminate the Contract by notice."),
    ("h1", "3. New clause 9A (Conflicts of interest)"),
    ("p", "3.1 A new clause 9A is inserted after clause 9 as follows:"),
    ("p", "9A.1 The Provider shall ensure that neither it nor any of its staff or volunteers is placed in a position of an actual or potential conflict of interest, and shall notify the Council promptly in writing, with details, of any conflict of interest that arises."),
    ("p", "9A.2 The Provider shall take the steps the Council directs to manage or remove a notified conflict of interest."),
    ("p", "9A.3 The Provider shall notify the Council before engaging on the Services any person who, within the preceding 24 months, was an officer of the Council involved in commissioning or managing the Contract."),
    ("h1", "4. Complaint information"),
    ("p", "4.1 Paragraph 6 of Schedule 2 to the Contract is replaced with: \"The Provider shall provide information about complaints to the Council on request.\""),
    ("h1", "5. Other terms"),
    ("p", "5.1 All other terms of the Contract remain unchanged and in full force. Please sign and return the enclosed copy of this letter to confirm the Provider's agreement to this variation."),
    ("p", "Yours sincerely, Marcus Levene, Head of Commissioning, Ashcombe Borough Council"),
    ("p", "Agreed for and on behalf of Kingfisher Support Services Limited by Grace Adeyemi, Chief Executive."),
])

FOLDERS.append(dict(folder="t01-provider-contract-and-variation", kind="trap", marker=False, contracts=[
    dict(id="t01-provider-contract-and-variation--a", provider=T01_PROV, ref=T01_A_REF,
         subject="Community meals (hot meal delivery)", jurisdiction="English borough council; same provider and folder as contract b",
         parties="Ashcombe Borough Council (the Council); Kingfisher Support Services Limited (the Provider)", docs=[t01_a], verdicts=[
        V("ES-01", "gap", None, "no Seven Principles or named ethical standards in this contract (clause 2 silent); the variation letter's clause 9.1 belongs to contract b"),
        V("ES-02", "pass", T01_A, "clause 2.1: Provider shall comply with the Council's Supplier Code of Conduct", ev=["The Provider shall comply with the Council's Supplier Code of Conduct"]),
        V("ES-03", "gap", None, "clause 7 is sub-contracting consent and liability only; the flow-down in the letter (9.2) is contract b's"),
        V("ES-04", "gap", None, "clause 1.3 food hygiene training only (decoy)", trap=[(T01_A, "trained in food hygiene to Level 2")]),
        V("ES-05", "pass", T01_A, "clause 2.2: whistleblowing to the Council, no detriment (2.3 also requires notice of suspected bribery or fraud)",
          ev=["The Provider shall maintain a whistleblowing policy that allows staff to raise concerns with the Council"]),
        V("ES-06", "pass", T01_A, "clause 2.3: no bribery or fraud, adequate procedures, immediate notice", ev=["shall maintain adequate procedures to prevent it"]),
        V("ES-07", "gap", None, "no FOI or transparency duty in this contract (clauses 1-8)"),
        V("ES-08", "gap", None, "no audit or monitoring right in this contract; the letter's 9.5 is contract b's"),
        V("ES-09", "weak", T01_A, "clause 4.1: material-breach termination, no ethics link", ev=["The Council may terminate this Contract if the Provider commits a material breach"]),
        V("ES-10", "gap", None, "no assurance or certificate; clause 6.1 insurance certificates are a decoy"),
        V("COI-01", "pass", T01_A, "clause 2.4: avoid actual or potential conflicts of Provider and staff, notify promptly in writing (8.1 precedence is a decoy)",
          ev=["shall notify the Council promptly in writing if one arises"]),
        V("COI-02", "weak", T01_A, "clause 2.5: Provider 'should seek' agreement on managing a conflict (permissive)", ev=["The Provider should seek the Council's agreement on how any such conflict will be managed."]),
        V("COI-03", "gap", None, "clause 1.4 'hospitality' is catering for lunch clubs (decoy); no gifts term", trap=[(T01_A, "festive lunches and hospitality")]),
        V("COI-04", "gap", None, "no former-officer term in this contract; the letter's 9A.3 is contract b's"),
        V("COI-05", "gap", None, "no declarations or register of interests (clause 2 covers conflicts only)"),
        V("COI-06", "gap", None, "no procurement-stage disclosure (clauses 1-8)"),
        V("CDM-01", "pass", T01_A, "clause 3.1: free complaints procedure for meal recipients and families, explained in the welcome pack",
          ev=["The Provider shall operate a complaints procedure for people receiving meals and their families"]),
        V("CDM-02", "pass", T01_A, "clause 3.3: quarterly number and outcome of complaints", ev=["The Provider shall report the number and outcome of complaints received to the Council every quarter."]),
        V("CDM-03", "weak", T01_A, "clause 3.4: Provider 'may survey' meal recipients (permissive)", ev=["The Provider may survey meal recipients about the quality of the meals."]),
        V("CDM-04", "gap", None, "no Ombudsman or investigation co-operation (clause 3 complaints)"),
        V("CDM-05", "gap", None, "no analysis of complaints or feedback (clause 3 complaints)"),
        V("CDM-06", "pass", T01_A, "clause 3.2: acknowledge in two Working Days, respond in ten", ev=["The Provider shall acknowledge complaints within two Working Days"]),
    ]),
    dict(id="t01-provider-contract-and-variation--b", provider=T01_PROV, ref=T01_B_REF,
         subject="Variation No. 2 and extension of a befriending and social inclusion contract", jurisdiction="English borough council; variation letter for another contract of the provider of contract a",
         parties="Ashcombe Borough Council (the Council); Kingfisher Support Services Limited (the Provider)", docs=[t01_b], verdicts=[
        V("ES-01", "pass", T01_B, "letter para 2.1, new clause 9.1: Provider, staff and volunteers comply with the Seven Principles", ev=["9.1 The Provider shall comply with, and shall ensure that its staff and volunteers comply with, the Seven Principles of Public Life"]),
        V("ES-02", "gap", None, "no code of conduct in the letter; the meals contract's clause 2.1 is contract a's"),
        V("ES-03", "pass", T01_B, "new clause 9.2: procure equivalent obligations from sub-contractors", ev=["9.2 The Provider shall procure that any sub-contractor engaged in the Services complies with obligations equivalent"]),
        V("ES-04", "pass", T01_B, "new clause 9.3: training on the Principles, conflicts and boundaries at induction and yearly, with records", ev=["receive training on the Seven Principles, conflicts of interest and professional boundaries"]),
        V("ES-05", "gap", None, "no speaking-up route or breach reporting in the letter; the meals contract's whistleblowing clause is contract a's"),
        V("ES-06", "gap", None, "no anti-bribery or fraud term in the letter"),
        V("ES-07", "gap", None, "no FOI or transparency term in the letter"),
        V("ES-08", "pass", T01_B, "new clause 9.5: the Council may audit compliance with clauses 9 and 9A; ethics reviewed at contract meetings", ev=["9.5 The Council may audit the Provider's compliance with clauses 9 and 9A"]),
        V("ES-09", "pass", T01_B, "new clause 9.6: breach of 9 or 9A is a material Default: Rectification Plan, removal, termination", ev=["9.6 A breach of clause 9 or clause 9A is a material Default."]),
        V("ES-10", "pass", T01_B, "new clause 9.4: board certifies at the start and yearly compliance and supporting structures", ev=["the Provider's board shall certify in writing to the Council that the Provider has complied with clauses 9 and 9A"]),
        V("COI-01", "pass", T01_B, "new clause 9A.1: avoid actual or potential conflicts, notify promptly in writing", ev=["9A.1 The Provider shall ensure that neither it nor any of its staff or volunteers is placed in a position of an actual or potential conflict of interest"]),
        V("COI-02", "pass", T01_B, "new clause 9A.2: follow the Council's directions to manage or remove conflicts (and 9.6 termination covers 9A)", ev=["9A.2 The Provider shall take the steps the Council directs to manage or remove a notified conflict of interest."]),
        V("COI-03", "gap", None, "no gifts or hospitality term in the letter"),
        V("COI-04", "pass", T01_B, "new clause 9A.3: notify before engaging former Council officers involved in the contract within 24 months", ev=["was an officer of the Council involved in commissioning or managing the Contract"]),
        V("COI-05", "gap", None, "no declarations or register of interests in the letter"),
        V("COI-06", "gap", None, "no procurement-stage disclosure in the letter"),
        V("CDM-01", "gap", None, "no complaints procedure in the letter (para 4.1 is reporting only)"),
        V("CDM-02", "weak", T01_B, "letter para 4.1: complaint information only 'on request'", ev=["The Provider shall provide information about complaints to the Council on request."]),
        V("CDM-03", "gap", None, "no satisfaction or feedback term in the letter"),
        V("CDM-04", "gap", None, "no Ombudsman term in the letter"),
        V("CDM-05", "gap", None, "no learning-from-complaints term in the letter"),
        V("CDM-06", "gap", None, "no complaint timescales in the letter"),
    ]),
]))

README = """# Blind set 24: contract packs, second round

Three fictional public-service contracts published as packs of three files each and one trap
folder holding two contracts of one provider, for measuring probity on text it has never seen.
probity should judge a pack's files as one contract because they state the same contract
reference (p01, p02), even where a schedule writes it in lower case (p01 Schedule 2
`hch-sc-2025-044`), with spaces (p02 Schedule 4 `TCC / ST / 2025 / 031`) or only in its page
header (p02 Schedule 1, whose body states none), or because the pack folder holds
`probity-pack.toml` (p03, whose schedules sit in `p03-refuge-marker/schedules/` and state no
reference); a rule is met if any document meets it. The trap must NOT be joined:
t01 holds the provider's community meals contract (`ABC/CM/2025/012`) and a variation letter for
the same provider's befriending contract (`Our Reference: ABC/BF/2023/007`), which inserts new
ethics and conflicts clauses into that other contract. All parties, people, places and references
are invented; the statutes, regulators and ombudsmen named are real.

**Shortfall against the brief:** 3 packs + 1 trap, not 4 + 1 (the planned fourth pack, an
Australian library outreach funding agreement, was dropped for time), so DOCX, PDF and Markdown
are used twice each, and five rules (ES-01, COI-04, COI-06, CDM-01, CDM-05) have no weak verdict
(the builder's weak minimum is 0 for that reason).

## Tools and versions

* **LibreOffice 7.4.7.2** (private profile `/tmp/lo24`): each DOCX, ODT and PDF is written by the
  builder as a flat ODT (`.fodt`: Title, Heading 1/2, Text body, lists, tables, a page header and
  a footer with a page-number field) and converted with `soffice --headless --convert-to
  docx:"MS Word 2007 XML"`, `odt:writer8` or `pdf:writer_pdf_Export` (PDF with a text layer).
* **Markdown and plain text** are written by the builder (as in set 23): ATX headings, pipe
  tables, text hard-wrapped at 90 columns, page header and footer as first/last lines.
* **pdftotext (poppler)** for the independent PDF extraction in the checks.

## How it is rebuilt

`python3 scripts/make-blind-set24.py` from the repository root (texts and verdicts in
`scripts/blind_set24_contracts.py`). It is set 23's builder adapted: documents may sit in a
sub-folder of the pack, a document may spell the reference differently (`ref_as`, compared with
case and spaces ignored), and the thresholds follow this brief. It deletes and rebuilds this
folder, builds the whole set a second time in a scratch folder and compares the sha256 of every
file, then runs the checks; it exits non-zero if any fails. Only volatile parts of the tools'
output are fixed (zip timestamps, meta dates, rsids, PDF `/CreationDate`, `/ID`, `/DocChecksum`),
as in set 23.

## How it was written

The verdict matrix (22 rules x 5 contracts) was fixed first, then each document drafted to it,
with general terms drafted afresh (not set 23's). Evidence is spread across files: rules passed
only in a schedule (see the list below), rules weak in the core and passed nowhere else, negated
clauses ('is not required to keep a gifts and hospitality register', 'shall not be required to
adopt the Council's supplier code of conduct', FOI assistance disapplied for secret refuge
addresses), wrong-party wording (p02 core 3.1: only the Council's members are bound by the Seven
Principles), permissive wording ('expects', 'is encouraged to', 'should', 'should normally',
'may', 'reasonable endeavours', 'reasonable steps', 'on request'), '[Not used]', a definition-only
'Nolan Principles', and decoys: 'Law' definition naming the Bribery and Fraud Acts, NMC and
insurance certificates, Records Management and Surveillance Camera 'Code of Practice', Gift Aid,
lunch-club 'hospitality', food-hygiene and first-aid training, a staff survey, incident
reporting, a data-protection 'complaint', precedence 'conflict', 'armed conflict', 'conflict of
laws', TUPE, mediation, termination on notice or insolvency, payment days and an exclusion-grounds
(convictions) confirmation. In the trap the variation letter carries strong ethics clauses that
the meals contract lacks (and the reverse for complaints), so joining them would change verdicts.
After drafting, the non-pass rules' keywords were swept over each contract's documents by eye.

## Checks (the builder's)

As set 23's, with: files on disk walked recursively; a document in a sub-folder needs the marker
in the pack folder; each document that declares a reference holds it in the declared spelling and
in no other; no document states another contract's reference (case and spaces ignored); 6-15
passes per contract; per rule at least 1 pass and 1 non-pass; at least 6 rules passed
somewhere only by a schedule; each format at least twice; at least 5 reference phrasings; one
marker pack with a sub-folder; two builds byte-identical.

## Less certain calls

* p01 ES-05 weak: core 4.2 'is encouraged to appoint a Freedom to Speak Up Guardian'; Schedule 3
  para 1.4 'Freedom to Speak Up training' is training, not a route.
* p01 ES-07 weak: 'reasonable endeavours' to help with FOI requests.
* p01 CDM-06 weak: 'should normally acknowledge ... within three Working Days'.
* p02 ES-05 pass: Schedule 4 para 2.1; the core's bribery clause 4.1 also requires notice of
  breaches, which the catalogue counts for ES-05.
* p02 ES-10 weak: a warranty of structures and arrangements with no certificate.
* p02 ES-04 weak: 'the Operator's induction programme' with no ethics topic.
* p03 COI-01 weak: 'should tell the Council' about conflicts; no duty to avoid them.
* p03 COI-03 weak: 'Staff should decline gifts' (permissive, staff as subject).
* t01a ES-05 pass: whistleblowing clause 2.2 (2.3's notice of suspected bribery also counts).
* t01b: the variation letter is treated as its own contract (reference ABC/BF/2023/007); the
  clauses it inserts ('9.1 The Provider shall ...') are read as operative, not as narrative.

## What was read (blindness)

Read: sections 1-2 of the rule catalogue (`../shared/rule-catalogue.md`; the rest of the file
was paged past), the repository README (section "Contracts made of several files" and what
follows it), `fixtures/blind/set23/README.md`, `fixtures/blind/set23/p01-homecare-reablement.expected`,
`scripts/make-blind-set23.py` and `scripts/blind_set23_contracts.py` (the helper functions, p01
and the traps' verdict blocks, as models). No probity source, rule pack, test or other fixture
was opened; cargo and probity were not run.
"""
