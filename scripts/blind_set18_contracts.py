"""Blind set 18: qualifiers, exceptions and mixed sentences.

Contract texts and verdicts as data, used by scripts/make-blind-set18.py. Written from the rule
catalogue (sections 1 and 2) alone; see fixtures/blind/set18/README.md (written from README_HEAD
and README_TAIL below) for how, and for the calls made where the catalogue is thin.

Block shapes:
  ("title", text)  ("h", text)  ("p", inline)  ("list", style, items)  ("table", rows)
inline is a string or a list of strings and ("ins", text) / ("del", text) / ("c", comment, anchor)
(tracked changes and comments are used only by the hand-built DOCX). A list item is an inline, or
(inline, ("list", style, items)) for a nested list. Styles: alpha (a), roman (i), num 1., bullet,
dash.
"""

RULES = ["ES-%02d" % i for i in range(1, 11)] + ["COI-%02d" % i for i in range(1, 7)] + \
        ["CDM-%02d" % i for i in range(1, 7)]


def T(s):
    return ("title", s)


def H(s):
    return ("h", s)


def P(x):
    return ("p", x)


def L(style, *its):
    return ("list", style, list(its))


def TB(*rows):
    return ("table", [list(r) for r in rows])


def V(spec):
    """'RULE verdict  # why' lines -> [(rule, verdict, why)]."""
    out = []
    for line in spec.strip().splitlines():
        head, why = line.split("#", 1)
        rule, verdict = head.split()
        out.append((rule, verdict, why.strip()))
    return out


CONTRACTS = []

# ------------------------------------------------------------------ c01 (DOCX by LibreOffice)
CONTRACTS.append({
    "file": "c01-traveller-sites-caretaking.docx",
    "build": "docx-lo",
    "title": "Ballinaskea County Council - Caretaking and Maintenance of Traveller Accommodation Sites",
    "subject": "caretaking and maintenance of Traveller accommodation sites (halting sites and group housing)",
    "jurisdiction": "Ireland (county council)",
    "parties": "Council / Contractor",
    "shapes": "'Save where the Council agrees otherwise in writing' before the Seven Principles duty; a code of conduct 'if any, as it considers appropriate'; 'Where the Contractor uses sub-contractors'; conflicts 'save where the Council has approved'; 'If the Council so requests' complaint summary; a complaint reply time with 'or within such longer period as the Resident agrees'; review of complaints 'if and when it considers it appropriate'; a one-topic (corruption) certificate; gifts duty on the Council's officers only; transfer of former Council employees; precedence 'conflict'; (a)-(e) list with nested (i)-(iii)",
    "blocks": [
        T("Ballinaskea County Council \u2013 Contract for the Caretaking and Maintenance of Traveller Accommodation Sites"),
        P("Contract reference: BCC/HS/2025/117. Procedure: open procedure, services contract below the EU threshold."),
        P("This Contract is made on 3 March 2025 between Ballinaskea County Council, County Buildings, Quay Road, Ballinaskea (the \"Council\"), and Carraig Estate Services CLG, a company limited by guarantee with its registered office at Unit 4, Mullagh Business Park, Ballinaskea (the \"Contractor\")."),
        H("1. Definitions and interpretation"),
        P("1.1 In this Contract: \"Residents\" means the households licensed by the Council to occupy bays and group houses at the Sites; \"Sites\" means the residential caravan parks and group housing schemes at Cnoc Rua, Ardlea Road and Tobar Bhr\u00edde described in Schedule 1; \"Staff\" means the Contractor's employees, agents and sub-contractors engaged on the Services; \"Working Day\" means a day other than a Saturday, Sunday or public holiday in Ireland."),
        P("1.2 In the event of any conflict between these Conditions and a Schedule, these Conditions prevail. Headings are for convenience only."),
        H("2. Term and the Services"),
        P("2.1 The Contractor shall provide the Services described in Schedule 1 for a term of three years from 1 April 2025, which the Council may extend once by up to twelve months."),
        P("2.2 The Contractor shall provide a caretaker on each Site from 08.00 to 16.00 on every Working Day and an out-of-hours emergency telephone number answered at all other times."),
        P("2.3 The Contractor shall ensure that its Staff are appropriately trained and qualified for the work they do and that every caretaker holds a current Safe Pass card and a manual handling certificate."),
        P("2.4 Staff of the Council's direct caretaking service who transfer to the Contractor under the European Communities (Protection of Employees on Transfer of Undertakings) Regulations 2003 shall keep their existing terms and conditions, and the Contractor shall recognise their service with the Council. The Council shall give the Contractor the information about those former employees of the Council that the Regulations require."),
        H("3. Standards of conduct"),
        P("3.1 Save where the Council agrees otherwise in writing, the Contractor shall observe, and shall ensure that its Staff observe, the Seven Principles of Public Life in delivering the Services and in all dealings with Residents."),
        P("3.2 The Contractor shall adopt such written code of conduct for its Staff, if any, as it considers appropriate to the nature of the Services."),
        P("3.3 Where the Contractor uses sub-contractors for any part of the Services, it shall impose on each of them obligations equivalent to those in clauses 3, 4 and 5."),
        H("4. Speaking up, bribery and fraud"),
        P("4.1 The Contractor shall maintain a procedure, consistent with the Protected Disclosures Act 2014, through which Staff can raise concerns about wrongdoing connected with the Services, including directly with the Council's protected disclosures officer, and shall not penalise any worker who makes a protected disclosure."),
        P("4.2 The Contractor shall not offer, give or agree to give any bribe or other improper advantage in connection with this Contract, shall maintain adequate procedures to prevent offences under the Criminal Justice (Corruption Offences) Act 2018, and shall notify the Council immediately of any suspected offence."),
        P("4.3 Within 20 Working Days of the start of the term, and on each anniversary of it, the Contractor shall certify in writing to the Council that it has complied with clause 4.2."),
        P("4.4 The Council's officers must refuse any gift or hospitality offered to them by the Contractor or its Staff and must record any such offer in the Council's register of gifts."),
        H("5. Conflicts of interest"),
        P("5.1 The Contractor shall avoid any actual or potential conflict of interest between its duties under this Contract and any other interest of the Contractor or its Staff, save where the Council has approved the arrangement in writing, and shall notify the Council in writing within 5 Working Days of becoming aware of any such conflict."),
        P("5.2 The Contractor shall follow the Council's directions for managing or removing any notified conflict, and the Council may terminate this Contract by notice where a conflict cannot be managed to its satisfaction."),
        P("5.3 The Contractor shall keep a register of the interests of its directors and site supervisors, completed on appointment and each January (with a nil return where there is nothing to declare), and shall provide a copy to the Council on request."),
        P("5.4 The Contractor confirms that, before the award of this Contract, it disclosed to the Council every relationship between the Contractor or its directors and any person involved in the procurement, and shall update that disclosure promptly if anything changes."),
        H("6. Information"),
        P("6.1 If the Council receives a request under the Freedom of Information Act 2014 for information relating to this Contract, the Contractor shall provide the information requested within 5 Working Days of the Council asking for it and shall otherwise assist the Council in responding."),
        P("6.2 The Contractor shall process the personal data of Residents only on the Council's documented instructions and in accordance with the Data Protection Act 2018 and the GDPR."),
        H("7. Complaints and feedback from Residents"),
        P("7.1 The Contractor shall operate a free and accessible procedure for complaints by Residents about the Services, publicised at each Site office, explained at the caretaker's first visit to each new household and available in audio form."),
        P("7.2 The Contractor shall acknowledge each complaint within 3 Working Days and send a full response within 20 Working Days, or within such longer period as the Resident agrees where the complaint is complex."),
        P("7.3 The Contractor shall review complaints and Residents' feedback for patterns if and when it considers it appropriate to do so."),
        P("7.4 If the Council so requests, the Contractor shall supply a summary of the complaints it has received, their outcomes and the time taken to respond."),
        P("7.5 The Contractor shall co-operate fully with any examination by the Office of the Ombudsman of a complaint about the Services, including supplying documents and attending meetings, and shall implement any remedy the Council agrees with the Ombudsman."),
        P("7.6 The Contractor shall carry out a survey of Residents' satisfaction with the caretaking service each autumn and send the results to the Council by 30 November."),
        H("8. Reporting and records"),
        P("8.1 The Contractor shall submit a monthly report by the tenth Working Day of each month showing:"),
        L("alpha",
          "repairs completed against the target times in Schedule 1;",
          "emergency call-outs and the time taken to attend each one;",
          "health and safety incidents and near misses;",
          "vacant bays and the works needed to re-let them."),
        P("8.2 The Council may inspect the Contractor's records relating to the Services at any reasonable time on 2 Working Days' notice."),
        H("9. Termination"),
        P("9.1 The Council may terminate this Contract with immediate effect by written notice if the Contractor breaches clause 3.1, 4.1 or 4.2, or if any of its Staff commits an offence under the Criminal Justice (Corruption Offences) Act 2018 in connection with this Contract."),
        P("9.2 Either party may terminate this Contract on six months' written notice."),
        H("10. Price, payment and insurance"),
        P("10.1 The Council shall pay the Contractor the monthly fee set out in Schedule 2 within 15 days of receiving a valid invoice, in accordance with the European Communities (Late Payment in Commercial Transactions) Regulations 2012."),
        P("10.2 The Contractor shall hold public liability insurance of at least \u20ac6.5 million and employer's liability insurance of at least \u20ac13 million for the whole term."),
        H("Schedule 1 \u2013 The Services"),
        P("The Contractor shall, on each Site:"),
        L("alpha",
          "keep roads, footpaths, play areas and communal grounds clean, safe and free of dumped waste;",
          ("maintain the service units in each bay, including:",
           ("list", "roman", [
               "toilets, showers and kitchen sinks;",
               "hot water cylinders and immersion heaters;",
               "electricity meters and supply pillars, through a registered electrical contractor;"])),
          "clear blocked drains within 1 Working Day and report defects in the foul sewer to the Council;",
          "carry out a weekly fire safety walk-round and keep fire points stocked;",
          "record the condition of each bay when a licence ends and arrange any repairs needed to re-let it."),
        P("Target times: emergency repairs (danger to health or safety) within 4 hours; urgent repairs within 2 Working Days; routine repairs within 10 Working Days."),
        H("Schedule 2 \u2013 Price"),
        P("Monthly fee: \u20ac21,450 exclusive of VAT. Works outside the fixed scope: \u20ac48 per hour plus materials at cost. Prices are fixed for the first year of the term and then adjusted each April by the Consumer Price Index."),
    ],
    "verdicts": V("""
ES-01 pass  # cl. 3.1: 'Save where the Council agrees otherwise in writing, the Contractor shall observe ... the Seven Principles of Public Life'; the carve-out leaves the duty standing
ES-02 weak  # cl. 3.2: 'shall adopt such written code of conduct ..., if any, as it considers appropriate' leaves whether to have a code at all to the Contractor (discretion, read as permissive)
ES-03 pass  # cl. 3.3: 'Where the Contractor uses sub-contractors ..., it shall impose on each of them obligations equivalent to those in clauses 3, 4 and 5' (the ethics clauses); the condition is the ordinary one
ES-04 weak  # cl. 2.3: generic 'appropriately trained and qualified' plus Safe Pass and manual handling; ethics is never named
ES-05 pass  # cl. 4.1: Protected Disclosures Act procedure with a route to the Council and no penalty for a protected disclosure; cl. 4.2 notice of suspected offences as well
ES-06 pass  # cl. 4.2: no bribe or improper advantage, adequate procedures under the 2018 Act, immediate notice of suspected offences
ES-07 pass  # cl. 6.1: 'If the Council receives a request under the Freedom of Information Act 2014 ... the Contractor shall provide the information requested'; FOI help is by nature conditional on a request
ES-08 weak  # cl. 8.2: general right to inspect records relating to the Services, naming neither ethics nor the ethics clauses
ES-09 pass  # cl. 9.1: termination for breach of clauses 3.1, 4.1 or 4.2 or a corruption offence by Staff; cl. 5.2 conflict-linked termination too
ES-10 weak  # cl. 4.3: the only certificate is of compliance with clause 4.2 (anti-corruption): a one-topic certificate
COI-01 pass  # cl. 5.1: avoid conflicts 'save where the Council has approved the arrangement in writing' and notify within 5 Working Days; cl. 1.2 precedence 'conflict' is a decoy
COI-02 pass  # cl. 5.2: follow the Council's directions for managing or removing a conflict; termination where it cannot be managed
COI-03 gap  # cl. 4.4: only the Council's officers must refuse and record gifts and hospitality (wrong party); nothing binds the Contractor
COI-04 gap  # cl. 2.4: former employees of the Council transferring under the 2003 transfer Regulations (TUPE) is not a revolving-door control
COI-05 pass  # cl. 5.3: register of directors' and supervisors' interests on appointment and yearly, nil returns, copy on request
COI-06 pass  # cl. 5.4: 'confirms that ... it disclosed to the Council every relationship ... with any person involved in the procurement' and will update it
CDM-01 pass  # cl. 7.1: free, accessible and publicised complaints procedure for Residents
CDM-02 weak  # cl. 7.4: complaint summary only 'If the Council so requests' (on request only); the monthly report in cl. 8.1 carries no complaint data
CDM-03 pass  # cl. 7.6: Residents' satisfaction survey each autumn, results sent to the Council
CDM-04 pass  # cl. 7.5: co-operate with the Office of the Ombudsman and implement the remedy agreed
CDM-05 weak  # cl. 7.3: review for patterns only 'if and when it considers it appropriate to do so' (discretion whether to analyse); no action plan
CDM-06 pass  # cl. 7.2: acknowledge within 3 Working Days, respond within 20, or a longer period the Resident agrees (the exception keeps the timescale)
"""),
})

# ------------------------------------------------------------------ c02 (hand-built DOCX: tracked changes and comments)
_RA = "R. Adeyemi (Trust Procurement)"
CONTRACTS.append({
    "file": "c02-nhs-chaplaincy.docx",
    "build": "docx-hand",
    "author": _RA,
    "title": "Westmarch Teaching Hospitals NHS Foundation Trust - Chaplaincy and Spiritual Care Services Contract",
    "subject": "chaplaincy and spiritual care services for an acute hospital trust",
    "jurisdiction": "England (NHS foundation trust)",
    "parties": "Trust / Contractor",
    "shapes": "tracked deletion of the Seven Principles sentence (with a comment explaining it); tracked insertion of the supplier code; a tracked insertion 'Clause 6 shall not apply to this Contract' that disapplies the anti-bribery clause from another clause; tracked 'shall' -> 'may' on the register of interests; tracked deletion of 'is not required to' turning the Ombudsman clause into a duty; tracked deletion of the ethics termination limb; comments proposing a certificate and recording a tender disclosure (not text); a mixed sentence (notify conflicts / steps 'if any, as it considers appropriate'); gifts duty with a trivial-value exception; training delivered to Trust staff; staff-only survey; the Trust's own Friends and Family Test; 'hospitality kitchen'",
    "blocks": [
        T("Westmarch Teaching Hospitals NHS Foundation Trust \u2013 Chaplaincy and Spiritual Care Services Contract"),
        P("Contract reference: WTH-PROC-2025-0412. Version 3, issued for signature with the changes agreed since version 2 shown as tracked changes."),
        P("This Contract is between Westmarch Teaching Hospitals NHS Foundation Trust, Infirmary Road, Westmarch (the \"Trust\"), and Lantern Pastoral Care CIC, 17 Chapel Yard, Westmarch (the \"Contractor\")."),
        H("1. Definitions"),
        P("1.1 \"Chaplains\" means the chaplains, spiritual care workers and volunteers provided by the Contractor; \"Services\" means the chaplaincy and spiritual care services described in Schedule 1; \"Working Day\" means a day other than a weekend or a bank holiday in England."),
        P("1.2 If there is any conflict between the clauses and the Schedules, the clauses prevail."),
        H("2. Services"),
        P("2.1 The Contractor shall provide a multi-faith chaplaincy and spiritual care service to patients, relatives and staff at Westmarch General Hospital and the Brookfield Unit from 1 June 2025 for three years, including an on-call chaplain 24 hours a day for end-of-life and emergency requests."),
        P("2.2 The Contractor shall deliver two training sessions each year to Trust ward staff on recognising the spiritual, religious and cultural needs of patients at the end of life."),
        P("2.3 Chaplains shall hold current endorsement from their faith or belief community and be registered with the UK Board of Healthcare Chaplaincy."),
        P("2.4 The Contractor shall comply with the Trust's safeguarding adults and children policies and shall ensure that every Chaplain has an enhanced Disclosure and Barring Service check before starting work."),
        H("3. Conduct"),
        P(["3.1 Chaplains shall ",
           ("c", "Legal (RA): the Nolan sentence was removed at the Contractor's request because chaplains are not public office holders. Agreed at the negotiation meeting on 14 April.",
            "treat every patient with dignity and respect"),
           ", whatever their faith or belief. ",
           ("del", "The Contractor shall ensure that all Chaplains observe the Seven Principles of Public Life in their work at the Trust.")]),
        P(["3.2 ", ("ins", "The Contractor shall comply with the Trust's Supplier Code of Conduct and shall ensure that all Chaplains comply with the UK Board of Healthcare Chaplaincy Code of Conduct.")]),
        P("3.3 The Contractor shall use reasonable endeavours to procure that any sub-contractor complies with obligations equivalent to those in clauses 3 to 5."),
        H("4. Speaking up"),
        P("4.1 The Contractor shall ensure that Chaplains can raise concerns about patient safety or wrongdoing with the Trust's Freedom to Speak Up Guardian, and shall not subject any Chaplain to detriment for doing so in good faith."),
        H("5. Conflicts of interest, gifts and former staff"),
        P("5.1 The Contractor shall notify the Trust promptly in writing of any actual or potential conflict of interest affecting it or any Chaplain, and shall take such steps, if any, as it considers appropriate to manage the conflict."),
        P("5.2 The Contractor shall not offer any gift or hospitality to Trust staff involved in managing this Contract, save for items of trivial value (under \u00a310), and shall record every gift or hospitality offered to or by Chaplains in a register open to the Trust."),
        P("5.3 The Contractor shall notify the Trust before engaging, in connection with this Contract, any person who within the previous two years was employed by the Trust in a role connected with commissioning or managing spiritual care."),
        P(["5.4 The Contractor ", ("del", "shall"), ("ins", "may"), " keep a register of interests declared by its lead chaplain and directors, including nil declarations."]),
        P(["5.5 ",
           ("c", "Procurement (RA): the Contractor confirmed in its tender that it has disclosed all relationships with members of the evaluation panel. Do we need to say so in the Contract?",
            "The Contractor confirms that none of its directors has been convicted of an offence listed in regulation 57 of the Public Contracts Regulations 2015.")]),
        H("6. Prevention of bribery"),
        P("6.1 The Contractor shall not offer, give, request or accept any bribe in connection with this Contract, shall maintain adequate procedures to prevent bribery within the meaning of section 7 of the Bribery Act 2010, and shall notify the Trust immediately of any breach of this clause."),
        H("7. Information and audit"),
        P("7.1 The Contractor will seek to assist the Trust in responding to requests for information under the Freedom of Information Act 2000 that relate to the Services."),
        P(["7.2 ",
           ("c", "Finance (JM): should the Contractor also give us an annual ethics compliance certificate signed by its board?",
            "The Trust may audit the Contractor's compliance with clauses 3 to 5"),
           ", and the Contractor shall give the Trust's auditors access to its records, policies and Chaplains for that purpose."]),
        P("7.3 The Contractor shall process patient information only for the purposes of the Services and in accordance with the UK GDPR, the Data Protection Act 2018 and the Trust's information governance policies."),
        H("8. Complaints"),
        P("8.1 The Contractor shall operate a procedure for complaints by patients, relatives and visitors about the Services which meets the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009 and is publicised on every ward and in the Faith Centre."),
        P("8.2 The Contractor shall acknowledge each complaint within 3 Working Days and send a full response within 25 Working Days."),
        P("8.3 The Contractor shall include in its quarterly service report the number of complaints received, the number upheld, partly upheld and not upheld, and the time taken to respond."),
        P("8.4 The Contractor shall review complaint themes each quarter with the Trust's Head of Patient Experience and agree actions to address any recurring issue."),
        P(["8.5 The Contractor ", ("del", "is not required to"), ("ins", "shall"),
           " co-operate with the Parliamentary and Health Service Ombudsman in any investigation of a complaint about the Services."]),
        H("9. Feedback"),
        P("9.1 The Contractor shall run an annual wellbeing survey of its Chaplains and volunteers and share the summary with the Trust."),
        P("9.2 The Trust runs the Friends and Family Test on its wards and will pass to the Contractor any comments that concern the Services."),
        H("10. Termination"),
        P(["10.1 Either party may terminate this Contract on three months' written notice",
           ("del", ", and the Trust may terminate it immediately by notice if the Contractor or any Chaplain breaches clause 3, 4 or 5"),
           "."]),
        P("10.2 On termination the Contractor shall return all Trust property, including pagers, keys and identity badges."),
        H("11. Special conditions"),
        P("11.1 The Trust shall provide the Contractor with office space in the Faith Centre, use of the adjoining hospitality kitchen for bereavement gatherings, and access to the Trust's intranet."),
        P(["11.2 ", ("ins", "Clause 6 shall not apply to this Contract.")]),
        H("Schedule 1 \u2013 Service specification"),
        P("The Contractor shall:"),
        L("alpha",
          "visit every ward at least weekly and respond to referrals from ward staff within 4 hours;",
          "provide an on-call chaplain 24 hours a day who can reach the hospital within 1 hour of a call;",
          ("support bereaved families, including by:",
           ("list", "roman", [
               "arranging prayers or rituals in the mortuary viewing room;",
               "helping families contact their own faith or belief leaders;",
               "conducting funerals for babies where the family asks the Trust to arrange one;"])),
          "keep the Faith Centre open from 07.00 to 21.00 and maintain the prayer rooms and washing facilities;",
          "record each patient contact in the Trust's electronic patient record."),
        H("Schedule 2 \u2013 Price"),
        P("Annual fee: \u00a3186,400, paid monthly in arrears. Volunteer travel expenses are reimbursed at cost up to \u00a34,000 a year."),
    ],
    "verdicts": V("""
ES-01 gap  # cl. 3.1: the Seven Principles sentence is a tracked deletion, not contract text; the comment on cl. 3.1 explains the removal and is not text either
ES-02 pass  # cl. 3.2 (tracked insertion, part of the text): comply with the Trust's Supplier Code of Conduct and ensure Chaplains comply with the UKBHC Code of Conduct
ES-03 weak  # cl. 3.3: 'shall use reasonable endeavours to procure that any sub-contractor complies with obligations equivalent to those in clauses 3 to 5'
ES-04 gap  # cl. 2.2: training delivered by the Contractor to Trust ward staff is a deliverable; cl. 2.3 is endorsement and registration; no ethics training for Chaplains
ES-05 pass  # cl. 4.1: Chaplains can raise concerns with the Freedom to Speak Up Guardian; no detriment for good-faith concerns
ES-06 gap  # cl. 11.2 (tracked insertion): 'Clause 6 shall not apply to this Contract' disapplies the anti-bribery clause 6.1
ES-07 weak  # cl. 7.1: 'will seek to assist' with FOI requests: an endeavour, not a duty
ES-08 pass  # cl. 7.2: the Trust may audit compliance with clauses 3 to 5 (conduct, speaking up, conflicts and gifts)
ES-09 gap  # cl. 10.1: the termination limb for breach of clauses 3 to 5 is a tracked deletion; only termination on notice remains
ES-10 gap  # comment on cl. 7.2: an annual ethics certificate is only suggested in a comment, which is not contract text; the text has no assurance or certificate
COI-01 pass  # cl. 5.1: notify the Trust promptly in writing of any actual or potential conflict (first half of a mixed sentence); cl. 1.2 precedence 'conflict' is a decoy
COI-02 weak  # cl. 5.1: 'shall take such steps, if any, as it considers appropriate to manage the conflict' leaves mitigation to the Contractor's discretion; no Trust direction or conflict-linked remedy
COI-03 pass  # cl. 5.2: no gifts or hospitality to Trust staff 'save for items of trivial value', and a register of gifts and hospitality; cl. 11.1 'hospitality kitchen' is a decoy
COI-04 pass  # cl. 5.3: notify before engaging anyone employed by the Trust in a connected role within the previous two years
COI-05 weak  # cl. 5.4: tracked change deletes 'shall' and inserts 'may' keep a register of interests: permissive
COI-06 gap  # cl. 5.5: confirmation about convictions only (exclusion ground); the tender disclosure is recorded in a comment, not in the text
CDM-01 pass  # cl. 8.1: complaints procedure for patients, relatives and visitors meeting the 2009 Regulations, publicised on every ward
CDM-02 pass  # cl. 8.3: quarterly service report with complaints received, upheld, partly upheld, not upheld and time to respond
CDM-03 gap  # cl. 9.1: survey of Chaplains and volunteers only (staff survey); cl. 9.2 the Friends and Family Test is run by the Trust (wrong party)
CDM-04 pass  # cl. 8.5: tracked change deletes 'is not required to' and inserts 'shall': co-operate with the Parliamentary and Health Service Ombudsman
CDM-05 pass  # cl. 8.4: quarterly review of complaint themes with the Trust and agreed actions
CDM-06 pass  # cl. 8.2: acknowledge within 3 Working Days, full response within 25 Working Days
"""),
})

# ------------------------------------------------------------------ c03 (ODT by LibreOffice)
CONTRACTS.append({
    "file": "c03-mosquito-control.odt",
    "build": "odt-lo",
    "title": "Shire of Yarrandup - Contract for Mosquito Monitoring and Control Services",
    "subject": "mosquito monitoring, larviciding and fogging for a rural shire",
    "jurisdiction": "Australia (Western Australian shire)",
    "parties": "Council / Contractor",
    "shapes": "'shall not fail to observe' (double negative leaving the duty); a defined term ('Prohibited Act') used by the operative clause; the Council giving the Contractor a copy of its employees' code (Contractor only the object); the Council's duty to tell the Contractor of its officers' conflicts; a mixed sentence (annual certificate '... but need not keep a register of interests'); 'Where the Council receives an application under the Freedom of Information Act 1992'; 'is encouraged to tell'; 'reasonable endeavours' to assist the Ombudsman; report contents as an (a)-(d) list with complaint data beside a root-cause decoy; media gag; data integrity; a technical code of practice; precedence 'conflict or inconsistency'",
    "blocks": [
        T("Shire of Yarrandup \u2013 Contract for Mosquito Monitoring and Control Services"),
        P("Contract No. RFT 07/2025. This Contract is made between the Shire of Yarrandup, 12 Jarrah Street, Yarrandup, Western Australia (the \"Council\"), and Brolga Vector Management Pty Ltd, Unit 3, 40 Estuary Drive, Bunbury, Western Australia (the \"Contractor\")."),
        H("1. Interpretation"),
        P("1.1 \"Business Day\" means a day other than a Saturday, Sunday or public holiday in Western Australia. \"Personnel\" means the Contractor's employees, agents and sub-contractors. \"Prohibited Act\" means offering, giving, soliciting or accepting a bribe, secret commission or other corrupt benefit in connection with this Contract, or any offence of corruption under The Criminal Code (WA). \"Season\" means the period from 1 September to 30 April."),
        P("1.2 Where there is any conflict or inconsistency between the Specification and these Conditions, these Conditions prevail."),
        H("2. Services and term"),
        P("2.1 The Contractor shall provide the mosquito monitoring and control services described in Schedule 1 for three Seasons from 1 September 2025."),
        P("2.2 The Contractor shall apply larvicides and adulticides only in accordance with the product label, the Health (Pesticides) Regulations 2011 and the Council's Code of Practice for Pesticide Use in Public Places."),
        P("2.3 The Contractor shall ensure the integrity of all trap-count and larval survey data and shall upload it to the Council's mosquito database within 2 Business Days of collection."),
        H("3. Standards"),
        P("3.1 The Contractor shall not fail to observe the Seven Principles of Public Life in its dealings with residents, landholders and the Council."),
        P("3.2 The Council shall give the Contractor a copy of the Shire's Code of Conduct for Employees, which binds the Council's employees when they supervise this Contract."),
        P("3.3 The Contractor shall ensure that each sub-contract contains obligations no less onerous than those in clauses 3 to 7 (Integrity)."),
        P("3.4 The Contractor's Personnel shall not make any statement to the media about the Services or the Council without the Council's written approval."),
        H("4. Training"),
        P("4.1 Before starting work, and every 12 months after that, all Personnel shall complete training provided by the Contractor on clauses 3 to 7, conflicts of interest and the Contractor's anti-corruption procedures, and the Contractor shall keep attendance records."),
        P("4.2 Personnel applying pesticides shall hold a current pest management technician licence issued under the Health (Pesticides) Regulations 2011."),
        H("5. Corruption"),
        P("5.1 The Contractor shall not commit, and shall ensure that its Personnel do not commit, any Prohibited Act, and shall maintain procedures adequate to prevent one."),
        P("5.2 The Council may require the Contractor to remove from the Services any person who has breached clause 3.1 or 5.1, and may terminate this Contract by notice if the Contractor commits a Prohibited Act."),
        H("6. Gifts and hospitality"),
        P("6.1 The Contractor shall not offer or give any gift or hospitality to any employee or elected member of the Council, and shall keep a register of gifts and hospitality offered to or by its Personnel in connection with the Services, which it shall give to the Council each June."),
        H("7. Former employees, disclosures and assurance"),
        P("7.1 The Contractor is encouraged to tell the Council before it engages any person who was employed by the Council in the previous 12 months."),
        P("7.2 The Contractor confirms that it has disclosed to the Council any relationship between it, its directors or key Personnel and any person involved in evaluating its tender, and that it will disclose any such relationship arising during the term."),
        P("7.3 The Council shall tell the Contractor if any Council officer managing this Contract has a conflict of interest in relation to it."),
        P("7.4 Within 20 Business Days of the Commencement Date and by 31 July each year, the Contractor shall give the Council a statement signed by a director certifying that it has complied with clauses 3 to 7 and has the arrangements in place to continue to do so, but need not keep a register of interests of its Personnel."),
        H("8. Information and audit"),
        P("8.1 Where the Council receives an application under the Freedom of Information Act 1992 (WA) relating to this Contract, the Contractor shall give the Council any document it holds that is relevant to the application within 7 Business Days of being asked."),
        P("8.2 The Council may audit the Contractor's invoices, timesheets, chemical purchase records and accounts relating to the Services."),
        H("9. Resident complaints and feedback"),
        P("9.1 The Contractor shall operate a complaints procedure for residents and landholders who are dissatisfied with any fogging, larviciding or property inspection, publicised on the Council's website and on the notice delivered before each treatment."),
        P("9.2 The Contractor shall acknowledge each complaint within 2 Business Days and give a written response within 10 Business Days."),
        P("9.3 During each Season the Contractor shall submit a monthly report to the Council which shall include:"),
        L("alpha",
          "trap counts and larval survey results by site;",
          "treatments carried out and the products and quantities used;",
          "the number of resident complaints received, their subject, their outcome and the time taken to respond;",
          "equipment failures, with the root cause of each failure and the action taken."),
        P("9.4 After each Season the Contractor shall survey at least 200 households in treated areas about their satisfaction with the notice given and the conduct of Personnel, and shall report the results to the Council by 31 May."),
        P("9.5 Each quarter the Contractor shall analyse complaints and survey results to identify trends and their causes, and shall agree an improvement plan with the Council where satisfaction falls below 80 per cent."),
        P("9.6 The Contractor shall use reasonable endeavours to assist the Ombudsman Western Australia in any investigation of a complaint concerning the Services."),
        H("10. Termination and payment"),
        P("10.1 The Council may terminate this Contract for convenience on 60 days' notice."),
        P("10.2 The Council shall pay correctly rendered invoices within 30 days of receipt."),
        P("10.3 The Contractor shall hold public liability insurance of at least $20 million and professional indemnity insurance of at least $2 million."),
        H("Schedule 1 \u2013 Specification"),
        P("The Contractor shall:"),
        L("alpha",
          "set and collect adult mosquito traps weekly at the 24 sites shown on the monitoring map;",
          ("survey larval breeding sites, including:",
           ("list", "roman", [
               "tidal saltmarsh and samphire flats after each spring tide;",
               "stormwater compensation basins after rain of more than 20 mm;",
               "septic tanks and rainwater tanks reported by residents;"])),
          "treat breeding sites with larvicide when larval density exceeds the Council's trigger level;",
          "carry out ground fogging only on the Council's written instruction;",
          "give residents at least 48 hours' notice of any treatment near homes."),
    ],
    "verdicts": V("""
ES-01 pass  # cl. 3.1: 'shall not fail to observe the Seven Principles of Public Life' (a double negative that leaves the duty); cl. 2.3 'integrity of ... data' is a decoy
ES-02 gap  # cl. 3.2: the Council gives the Contractor a copy of its employees' code, which binds Council employees (Contractor only the object); cl. 2.2 is a technical code of practice
ES-03 pass  # cl. 3.3: each sub-contract to contain obligations no less onerous than clauses 3 to 7 (Integrity)
ES-04 pass  # cl. 4.1: training on clauses 3 to 7, conflicts of interest and anti-corruption procedures at start and every 12 months, with attendance records
ES-05 gap  # no speaking-up route, no duty to report suspected breaches, no protection from detriment; cl. 3.4 media gag is a decoy (adverse)
ES-06 pass  # cl. 5.1 with the definition in cl. 1.1: shall not commit any 'Prohibited Act' (bribe, secret commission, corruption offence) and shall keep adequate procedures
ES-07 pass  # cl. 8.1: 'Where the Council receives an application under the Freedom of Information Act 1992 (WA) ... the Contractor shall give the Council any document'
ES-08 gap  # cl. 8.2: audit of invoices, timesheets, purchase records and accounts only (financial)
ES-09 pass  # cl. 5.2: removal of a person who breached cl. 3.1 or 5.1, termination for a Prohibited Act
ES-10 pass  # cl. 7.4: director-signed statement at the start and by 31 July each year certifying compliance with clauses 3 to 7 and the arrangements to continue
COI-01 gap  # cl. 7.3: only the Council tells the Contractor of its officers' conflicts (wrong party); cl. 1.2 'conflict or inconsistency' is precedence; cl. 4.1 training is not a duty to avoid or notify
COI-02 gap  # no duty to mitigate conflicts or follow directions, and no conflict-linked remedy (cl. 5.2 is about corruption)
COI-03 pass  # cl. 6.1: no gifts or hospitality to Council employees or members; register given to the Council each June
COI-04 weak  # cl. 7.1: 'is encouraged to tell the Council' before engaging a former Council employee
COI-05 gap  # cl. 7.4: '... but need not keep a register of interests of its Personnel' (negated in the same sentence as the certificate)
COI-06 pass  # cl. 7.2: confirms it disclosed relationships with anyone who evaluated its tender, and will disclose new ones
CDM-01 pass  # cl. 9.1: complaints procedure for residents and landholders, publicised on the website and treatment notices
CDM-02 pass  # cl. 9.3 item (c): the monthly report includes the number, subject, outcome and response time of resident complaints
CDM-03 pass  # cl. 9.4: household satisfaction survey after each Season, reported to the Council
CDM-04 weak  # cl. 9.6: 'shall use reasonable endeavours to assist the Ombudsman Western Australia'
CDM-05 pass  # cl. 9.5: quarterly analysis of complaints and survey results, improvement plan agreed below 80 per cent; cl. 9.3 item (d) root cause of equipment failures is a decoy
CDM-06 pass  # cl. 9.2: acknowledge within 2 Business Days, written response within 10
"""),
})

# ------------------------------------------------------------------ c04 (Markdown)
CONTRACTS.append({
    "file": "c04-bus-revenue-protection.md",
    "build": "md",
    "title": "Kaiwhenua Regional Council - Contract for Public Transport Revenue Protection Services",
    "subject": "ticket inspection and revenue protection officers on a regional bus network",
    "jurisdiction": "New Zealand (regional council)",
    "parties": "Council / Contractor",
    "shapes": "'So far as reasonably practicable' before the Seven Principles duty; a mixed sentence (comply with its Code of Conduct '... but need not flow down this clause 4'); flow-down of privacy and insurance only; 'Each party shall ensure that it ... do not offer ... any bribe'; conflicts notified 'as soon as practicable' with a 'save where' exception; 'No annual compliance statement ... is required'; 'The Council expects'; the Council's own protected disclosures policy, LGOIMA duty, complaint handling, complaint reply aim and passenger survey (wrong party); 'need not operate its own complaints procedure'; 'is not required to report complaint data'; a reporting table with a Responsible column; transfer of former Council employees; catering hospitality; mediation; a root-cause decoy",
    "blocks": [
        T("Kaiwhenua Regional Council \u2013 Contract for Public Transport Revenue Protection Services"),
        P("Contract reference KRC-PT-2025-031. Date: 14 July 2025."),
        P("Parties: Kaiwhenua Regional Council, 60 R\u0101t\u0101 Street, Kaiwhenua (the \"Council\"); and T\u016b\u012b Transit Compliance Limited, Level 2, 118 Harbour Quay, Kaiwhenua (the \"Contractor\")."),
        H("1. Background"),
        P("1.1 The Council runs the Kaiwhenua Metro bus network and its smartcard ticketing system. It has engaged the Contractor to check that passengers hold valid tickets, to issue infringement notices under the Council's public transport bylaw and to support the safety of drivers."),
        H("2. Definitions"),
        P("2.1 \"Officer\" means a revenue protection officer employed or engaged by the Contractor. \"Personnel\" means the Officers and the Contractor's other employees and agents. \"Working Day\" means a day other than a Saturday, Sunday or public holiday in New Zealand."),
        H("3. Services"),
        P("3.1 The Contractor shall provide at least 6,000 Officer-hours of ticket inspection a year across the bus network, as scheduled with the Council's Network Operations Manager."),
        P("3.2 The Contractor shall ensure that every Officer wears uniform and an identity badge, carries a body-worn camera that is switched on during every inspection, and follows the de-escalation procedure in Schedule 1."),
        P("3.3 Quarterly contract meetings are held at the Council's offices, where the Council provides light hospitality for those attending."),
        H("4. Conduct"),
        P("4.1 So far as reasonably practicable, the Contractor shall ensure that Officers act in accordance with the Seven Principles of Public Life when dealing with passengers."),
        P("4.2 The Contractor shall require its Personnel to comply with its Code of Conduct, but need not flow down this clause 4 to any sub-contractor."),
        P("4.3 The Contractor shall ensure that any sub-contractor complies with clause 11 (Privacy) and holds the insurance required by clause 10."),
        P("4.4 The Contractor shall ensure that every Officer completes training on the Code of Conduct, conflicts of interest and the refusal of inducements before first deployment and each year after that, and shall keep training records available to the Council."),
        P("4.5 Each party shall ensure that it and its personnel do not offer, solicit or accept any bribe or secret commission in connection with this Contract contrary to the Crimes Act 1961 or the Secret Commissions Act 1910, and the Contractor shall keep written procedures to prevent this."),
        P("4.6 The Council's Protected Disclosures Policy, made under the Protected Disclosures (Protection of Whistleblowers) Act 2022, applies to Council employees who supervise this Contract."),
        H("5. Conflicts of interest and interests"),
        P("5.1 The Contractor shall notify the Council in writing as soon as practicable of any actual, potential or perceived conflict of interest involving it or its Personnel. No Officer may inspect or issue an infringement notice to a person with whom the Officer has a close personal relationship, save where a second Officer carries out the inspection."),
        P("5.2 The Contractor shall take such steps to manage or remove a notified conflict as the Council reasonably directs."),
        P("5.3 The Contractor shall keep a register of interests of its directors and managers, updated at least annually and including nil returns, and shall give it to the Council each July."),
        P("5.4 The Council expects the Contractor to disclose any relationship between its directors and members of the tender evaluation panel."),
        P("5.5 Employees of the Council's former in-house ticket inspection team who transfer to the Contractor shall keep their accrued annual leave and service-related entitlements."),
        H("6. Information, audit and assurance"),
        P("6.1 The Council is subject to the Local Government Official Information and Meetings Act 1987 and may release information about this Contract under that Act. Each party shall otherwise keep the terms of this Contract confidential."),
        P("6.2 The Council may audit the Contractor's compliance with clauses 4 and 5, and the Contractor shall give the Council's auditor access to its records and Personnel for that purpose."),
        P("6.3 No annual compliance statement or ethics certificate is required from the Contractor under this Contract."),
        H("7. Reporting"),
        P("7.1 Each party shall provide the reports shown against it in the Responsible column of Table 1."),
        TB(["Report", "Content", "Frequency", "Responsible"],
           ["Inspection report", "Inspections, infringement notices issued, fare evasion rate by route", "Weekly", "Contractor"],
           ["Incident report", "Assaults, threats and abuse against Officers or drivers, with the root cause of each incident", "Within 24 hours", "Contractor"],
           ["Complaint statistics", "Passenger complaints about Officers, by outcome", "Quarterly", "Council"],
           ["Passenger satisfaction survey", "Questions on Officer conduct and visibility", "Annual", "Council"],
           ["Register of interests", "Directors and managers, with nil returns", "July", "Contractor"]),
        P("7.2 The Contractor is not required to report complaint data; the Council holds it."),
        H("8. Passenger complaints"),
        P("8.1 Passenger complaints about Officers or infringement notices are handled by the Council's customer services team under the Council's complaints policy. The Contractor need not operate its own complaints procedure and shall pass any complaint it receives to the Council."),
        P("8.2 The Council aims to respond to passenger complaints within 10 Working Days and will answer any inquiry by the Ombudsman about an infringement decision. The Contractor shall answer the Council's routine operational queries within 2 Working Days."),
        P("8.3 Any dispute between the parties shall first be referred to mediation under the Resolution Institute's mediation rules."),
        H("9. Term and termination"),
        P("9.1 This Contract runs for two years from 1 September 2025 and may be extended once by one year."),
        P("9.2 The Council may terminate this Contract by notice if the Contractor commits a material breach that it fails to remedy within 20 Working Days of being asked to do so."),
        H("10. Payment and insurance"),
        P("10.1 The Council shall pay the hourly rate in Schedule 2 on the 20th of the month following receipt of a valid tax invoice."),
        P("10.2 The Contractor shall hold public liability insurance of at least NZ$5 million and professional indemnity insurance of at least NZ$1 million."),
        H("11. Privacy"),
        P("11.1 The Contractor shall handle personal information, including body-worn camera footage, in accordance with the Privacy Act 2020, and shall delete footage after 30 days unless it is needed for an incident or an infringement."),
        H("Schedule 1 \u2013 De-escalation procedure"),
        L("num",
          "Introduce yourself, show your badge and explain the reason for the inspection.",
          "If the passenger has no valid ticket, explain the options: buy a ticket, give details for an infringement notice, or leave the bus at the next stop.",
          "If the passenger becomes aggressive, step back, do not touch them and call the operations centre.",
          "Record the inspection and any incident on the handheld device before the end of the shift."),
        H("Schedule 2 \u2013 Rates"),
        P("Officer-hour: NZ$62.50 (exclusive of GST). Supervisor-hour: NZ$78.00. Rates are reviewed each 1 July by the Labour Cost Index."),
    ],
    "verdicts": V("""
ES-01 weak  # cl. 4.1: 'So far as reasonably practicable' qualifies the Seven Principles duty (read like reasonable endeavours)
ES-02 pass  # cl. 4.2: 'shall require its Personnel to comply with its Code of Conduct' (the first limb of a mixed sentence)
ES-03 gap  # cl. 4.2: '... but need not flow down this clause 4 to any sub-contractor'; cl. 4.3 flows down privacy and insurance terms only
ES-04 pass  # cl. 4.4: training on the Code of Conduct, conflicts and refusing inducements before deployment and yearly, with records
ES-05 gap  # cl. 4.6: the Council's protected disclosures policy for its own employees (wrong party); no Contractor route, reporting duty or protection
ES-06 pass  # cl. 4.5: 'Each party shall ensure that it and its personnel do not offer, solicit or accept any bribe' binds the Contractor as a party, with written procedures
ES-07 gap  # cl. 6.1: only the Council's own LGOIMA position and confidentiality; no Contractor co-operation
ES-08 pass  # cl. 6.2: the Council may audit compliance with clauses 4 and 5 (conduct and conflicts)
ES-09 weak  # cl. 9.2: termination for unremedied material breach only, with no link to the ethics clauses
ES-10 gap  # cl. 6.3: 'No annual compliance statement or ethics certificate is required'
COI-01 pass  # cl. 5.1: notify in writing 'as soon as practicable' any actual, potential or perceived conflict (the qualifier is on timing, not on whether); the 'save where' exception keeps the rule
COI-02 pass  # cl. 5.2: manage or remove a notified conflict as the Council reasonably directs
COI-03 gap  # cl. 3.3: the Council's 'light hospitality' at meetings is catering; no gifts or hospitality control on the Contractor
COI-04 gap  # cl. 5.5: entitlements of transferring former Council employees only (a TUPE-style transfer)
COI-05 pass  # cl. 5.3 and Table 1 row 'Register of interests' (Responsible: Contractor): register with nil returns given to the Council each July
COI-06 weak  # cl. 5.4: 'The Council expects the Contractor to disclose' relationships with the evaluation panel
CDM-01 gap  # cl. 8.1: complaints are handled by the Council; 'The Contractor need not operate its own complaints procedure'
CDM-02 gap  # cl. 7.2: 'is not required to report complaint data'; Table 1 row 'Complaint statistics' is the Council's
CDM-03 gap  # Table 1 row 'Passenger satisfaction survey' is the Council's (wrong party)
CDM-04 gap  # cl. 8.3: mediation between the parties only; cl. 8.2 the Council answers the Ombudsman (wrong party)
CDM-05 gap  # no analysis of complaints; Table 1 'root cause of each incident' concerns assaults, not complaints (decoy)
CDM-06 gap  # cl. 8.2: the Council's own 10-day aim (wrong party); the Contractor's 2-day reply to operational queries is a decoy
"""),
})

# ------------------------------------------------------------------ c05 (PDF by LibreOffice)
CONTRACTS.append({
    "file": "c05-wildfire-reception-centre.pdf",
    "build": "pdf-lo",
    "footer": "RDCV Agreement ESS-2025-04",
    "title": "Regional District of Cinnabar Valley - Emergency Support Services Reception Centre Agreement",
    "subject": "emergency support services reception centre for wildfire evacuees",
    "jurisdiction": "Canada (British Columbia regional district)",
    "parties": "Authority / Service Provider",
    "shapes": "a mixed sentence (Seven Principles duty '... but is not required to adopt the Authority's Supplier Code of Conduct or any other code of conduct'); training 'where appropriate'; 'No member of Personnel may accept' (a prohibition, not a permission) with a register; engagement of former officials 'without the Authority's prior written consent'; 'is encouraged to tell' about conflicts; 'is not required to maintain a register of interests'; an exclusion-ground confirmation; 'shall aim to respond'; 'may survey'; 'is encouraged to identify lessons learned'; 'The Authority expects ... to co-operate with the Ombudsperson'; FIPPA help 'within 10 business days of a request'; a generic inspection right; page footer with page numbers",
    "blocks": [
        T("Regional District of Cinnabar Valley \u2013 Emergency Support Services Reception Centre Agreement"),
        P("Agreement No. ESS-2025-04. This Agreement is dated 2 May 2025 and is made between the Regional District of Cinnabar Valley, 300 Ferry Avenue, Cinnabar, British Columbia (the \"Authority\"), and Northern Bridges Community Services Society, a society incorporated under the Societies Act (British Columbia), 41 Mill Road, Cinnabar, British Columbia (the \"Service Provider\")."),
        H("1. Definitions"),
        P("1.1 \"Activation\" means a period during which the Authority's Emergency Operations Centre asks the Service Provider to open a Reception Centre. \"Evacuee\" means a person displaced by a wildfire or other emergency who attends a Reception Centre. \"FIPPA\" means the Freedom of Information and Protection of Privacy Act (British Columbia). \"Personnel\" means the Service Provider's employees, volunteers and sub-contractors. \"Reception Centre\" means the Cinnabar Recreation Centre or any other site the Authority designates."),
        H("2. Services"),
        P("2.1 During each Activation the Service Provider shall open and staff a Reception Centre within 3 hours of being asked, register Evacuees, assess their immediate needs and issue Emergency Support Services referrals for food, lodging, clothing and incidentals in accordance with the provincial program guide."),
        P("2.2 The Service Provider shall keep a roster of at least 40 ESS volunteers and shall take part in a readiness exercise with the Authority each May."),
        P("2.3 The Service Provider shall keep a record of every referral issued, showing the Evacuee's registration number, the supplier and the value, and shall reconcile referrals with supplier invoices within 30 days of the end of each Activation."),
        H("3. Term"),
        P("3.1 This Agreement runs from 1 June 2025 to 31 May 2028."),
        H("4. Ethical conduct"),
        P("4.1 The Service Provider shall ensure that its Personnel observe the Seven Principles of Public Life while delivering the Services, but is not required to adopt the Authority's Supplier Code of Conduct or any other code of conduct."),
        P("4.2 The Service Provider shall, where appropriate, give its Personnel training on ethics and conflicts of interest."),
        P("4.3 The Service Provider shall not commit or permit any offence under section 121 or 426 of the Criminal Code (Canada) in connection with this Agreement, and shall maintain controls adequate to prevent fraud in the issue and redemption of referrals."),
        P("4.4 The Service Provider shall report to the Authority's ESS Director without delay any suspected fraud in the issue or use of referrals, and shall not take any adverse action against a volunteer or employee who in good faith reports such a concern."),
        P("4.5 No member of Personnel may accept any gift, gratuity or hospitality from an Evacuee, a hotel or a supplier in connection with the Services, and the Service Provider shall record every such offer in a register."),
        P("4.6 The Service Provider shall impose obligations equivalent to those in this section 4 on any sub-contractor, including any caterer engaged for a Reception Centre."),
        H("5. Conflicts and former officials"),
        P("5.1 The Service Provider is encouraged to tell the Authority about any conflict of interest involving its Personnel, such as a volunteer issuing a lodging referral to a hotel owned by a relative."),
        P("5.2 The Service Provider shall not, without the Authority's prior written consent, engage in connection with the Services any person who in the previous 12 months was an employee or elected official of the Authority."),
        P("5.3 The Service Provider is not required to maintain a register of interests."),
        P("5.4 The Service Provider confirms that neither it nor any of its directors has been convicted of an offence under the Criminal Code or is an undischarged bankrupt."),
        H("6. Information, records and assurance"),
        P("6.1 The Service Provider acknowledges that the Authority is subject to FIPPA and shall, within 10 business days of a request by the Authority, provide any record relating to the Services that the Authority needs to respond to an access request under FIPPA."),
        P("6.2 The Authority may inspect the Service Provider's records relating to the Services at any reasonable time during the term and for seven years afterwards."),
        P("6.3 By 31 March each year the Service Provider shall deliver to the Authority a compliance statement signed by the chair of its board confirming that it has complied with section 4 and that it has board-approved policies and a designated ethics lead to support that compliance."),
        H("7. Evacuee complaints and feedback"),
        P("7.1 The Service Provider shall have a written complaints process for Evacuees, explained on the registration form and posted at each Reception Centre."),
        P("7.2 The Service Provider shall aim to respond to each complaint within 5 business days."),
        P("7.3 The Service Provider shall submit a report to the Authority every seven days during an Activation, and a post-season report by 30 November, each stating the number of Evacuee complaints received, their nature and their outcome."),
        P("7.4 The Service Provider may survey Evacuees about their experience of the Reception Centre."),
        P("7.5 The Service Provider is encouraged to identify lessons learned from complaints in its post-season report."),
        P("7.6 The Authority expects the Service Provider to co-operate with the Ombudsperson of British Columbia in any investigation of a complaint about the Services."),
        H("8. Termination"),
        P("8.1 The Authority may terminate this Agreement immediately by notice if the Service Provider breaches section 4, and may require the Service Provider to remove from the Services any person who has breached section 4."),
        P("8.2 Either party may terminate this Agreement on 90 days' notice."),
        H("9. Payment"),
        P("9.1 The Authority shall pay a standby fee of $18,000 a year and Activation costs at the rates in Schedule A within 30 days of an approved invoice. The cost of referrals is met by the Province under the provincial program and is not part of the fee."),
        H("10. Insurance and indemnity"),
        P("10.1 The Service Provider shall hold commercial general liability insurance of at least $5,000,000 per occurrence naming the Authority as an additional insured, and shall indemnify the Authority against claims arising from the negligence of its Personnel."),
        H("Schedule A \u2013 Activation rates"),
        L("bullet",
          "Reception Centre supervisor: $58 per hour.",
          "Registration and referral worker (paid staff): $41 per hour.",
          "Volunteer expenses: meals and mileage at the Authority's standard rates.",
          "Supplies bought for a Reception Centre: at cost, with receipts."),
    ],
    "verdicts": V("""
ES-01 pass  # cl. 4.1: 'shall ensure that its Personnel observe the Seven Principles of Public Life' (the first limb of a mixed sentence)
ES-02 gap  # cl. 4.1: '... but is not required to adopt the Authority's Supplier Code of Conduct or any other code of conduct'
ES-03 pass  # cl. 4.6: obligations equivalent to section 4 (Ethical conduct) imposed on any sub-contractor
ES-04 weak  # cl. 4.2: ethics and conflicts training only 'where appropriate' (discretion whether to train; no records)
ES-05 pass  # cl. 4.4: report suspected fraud to the Authority and no adverse action against good-faith reporters
ES-06 pass  # cl. 4.3: no offences under Criminal Code ss. 121 and 426, adequate anti-fraud controls
ES-07 pass  # cl. 6.1: provide records within 10 business days so the Authority can answer FIPPA access requests
ES-08 weak  # cl. 6.2: general right to inspect records relating to the Services, naming neither ethics nor section 4
ES-09 pass  # cl. 8.1: termination and removal of persons for breach of section 4 (Ethical conduct)
ES-10 pass  # cl. 6.3: annual board-chair compliance statement on section 4 with board-approved policies and a designated ethics lead
COI-01 weak  # cl. 5.1: 'is encouraged to tell the Authority about any conflict of interest'
COI-02 gap  # no mitigation duty, direction or conflict-linked remedy (section 4, which the remedies cover, holds no conflict duty)
COI-03 pass  # cl. 4.5: 'No member of Personnel may accept any gift, gratuity or hospitality' is a prohibition, with a register of offers
COI-04 pass  # cl. 5.2: no engagement of former Authority employees or elected officials within 12 months 'without the Authority's prior written consent' (the exception keeps the duty)
COI-05 gap  # cl. 5.3: 'is not required to maintain a register of interests'
COI-06 gap  # cl. 5.4: exclusion-ground confirmation (convictions, bankruptcy) only
CDM-01 pass  # cl. 7.1: written complaints process for Evacuees, explained at registration and posted
CDM-02 pass  # cl. 7.3: weekly reports during an Activation and a post-season report stating number, nature and outcome of complaints
CDM-03 weak  # cl. 7.4: 'may survey Evacuees'
CDM-04 weak  # cl. 7.6: 'The Authority expects the Service Provider to co-operate with the Ombudsperson'
CDM-05 weak  # cl. 7.5: 'is encouraged to identify lessons learned from complaints'
CDM-06 weak  # cl. 7.2: 'shall aim to respond to each complaint within 5 business days' (an aim, no acknowledgement time)
"""),
})

# ------------------------------------------------------------------ c06 (plain text)
CONTRACTS.append({
    "file": "c06-supervised-parenting-time.txt",
    "build": "txt",
    "title": "Hollis County, Minnesota - Professional Services Agreement: Supervised Parenting Time and Exchange Center",
    "subject": "supervised parenting time and exchange center for court-referred families",
    "jurisdiction": "United States (Minnesota county)",
    "parties": "County / Contractor",
    "shapes": "'Nothing in this Agreement obligates Contractor to adopt the Seven Principles'; training duty with an 'except that ... need not repeat the initial course' carve-out in the same sentence; 'is encouraged to adopt a whistleblower policy'; 'County expects' (gifts, former employees); 'shall aim to keep a register'; 'If County so requests, Contractor shall allow County ... to examine Contractor's compliance with Sections 4 and 5'; a monthly report that 'need not include complaints' with a log 'if County so requests'; a structures-only warranty; the County's own fraud policy (wrong party); Minnesota Statutes chapter 609 in a list of laws; no subcontracting without consent plus liability; a plain-text responsibilities table; material-breach and convenience termination",
    "blocks": [
        T("HOLLIS COUNTY, MINNESOTA \u2013 PROFESSIONAL SERVICES AGREEMENT: SUPERVISED PARENTING TIME AND EXCHANGE CENTER"),
        P("Agreement No. HC-CS-2025-118"),
        P("This Agreement is entered into by Hollis County, a political subdivision of the State of Minnesota, acting through its Court Services Division (\"County\"), and Safe Harbor Family Visitation Services, Inc., a Minnesota nonprofit corporation (\"Contractor\")."),
        H("SECTION 1. TERM"),
        P("1.1 This Agreement is effective from July 1, 2025 through June 30, 2027, unless terminated earlier under Section 12."),
        H("SECTION 2. SERVICES"),
        P("2.1 Contractor shall operate a supervised parenting time and exchange center at 210 Elm Street, Hollis (the \"Center\"), for families referred by the District Court or by County Court Services, in accordance with Exhibit A."),
        P("2.2 Contractor shall provide at least 60 hours of supervised visits each week, including evening and Saturday sessions, and shall staff each visit with a monitor who has passed a background study under Minnesota Statutes chapter 245C."),
        H("SECTION 3. PAYMENT"),
        P("3.1 County shall pay Contractor $64 per supervised visit hour and $35 per supervised exchange, within 35 days of receiving an undisputed invoice. Total payments under this Agreement shall not exceed $412,000."),
        H("SECTION 4. STANDARDS OF CONDUCT"),
        P("4.1 Contractor shall maintain a written code of conduct for its employees and volunteers covering honesty, confidentiality, boundaries with families and use of County information, and shall require each of them to sign it every year."),
        P("4.2 Nothing in this Agreement obligates Contractor to adopt the Seven Principles of Public Life or any similar standards; those standards apply to County officials under the County Ethics Policy."),
        P("4.3 Contractor shall ensure that each monitor completes training on Contractor's code of conduct, conflicts of interest and the acceptance of gifts within 30 days of hire and annually after that, except that a monitor who completed equivalent training at another Minnesota visitation center in the preceding 12 months need not repeat the initial course. Contractor shall keep training records for County inspection."),
        P("4.4 Contractor is encouraged to adopt a whistleblower policy allowing employees to report concerns directly to County's Contract Manager."),
        P("4.5 County expects Contractor to ensure that monitors decline gifts from parents."),
        H("SECTION 5. CONFLICTS OF INTEREST"),
        P("5.1 Contractor shall disclose to County in writing within five business days any actual or potential conflict of interest, including any personal or financial relationship between a monitor and a family served, and shall not assign a monitor to a family where such a relationship exists."),
        P("5.2 Contractor shall take such steps to eliminate or manage a disclosed conflict as County directs."),
        P("5.3 Contractor shall aim to keep a register of interests of its board members and supervisors, updated annually."),
        P("5.4 Contractor confirms that it has disclosed to County every relationship between Contractor, its board members or managers and any County employee involved in selecting Contractor for this Agreement, and shall disclose any new relationship during the term."),
        P("5.5 County expects Contractor to notify County before hiring any person who was employed by County's Court Services Division during the previous 12 months."),
        H("SECTION 6. FRAUD"),
        P("6.1 County's Fraud, Waste and Abuse Policy applies to County employees who administer this Agreement, and County shall investigate any allegation made under it."),
        H("SECTION 7. DATA PRACTICES, AUDIT AND ASSURANCE"),
        P("7.1 Contractor agrees to comply with the Minnesota Government Data Practices Act, Minnesota Statutes chapter 13, as if it were a government entity, and shall promptly give County any data County needs to respond to a request for data relating to this Agreement."),
        P("7.2 Under Minnesota Statutes section 16C.05, subdivision 5, Contractor's books, records, documents and accounting procedures relevant to this Agreement are subject to examination by County and the State Auditor for six years."),
        P("7.3 If County so requests, Contractor shall allow County or its auditor to examine Contractor's compliance with Sections 4 and 5 and to interview staff for that purpose."),
        P("7.4 Contractor warrants that it has in place, and will maintain, the policies and supervision arrangements needed to support the standards in Sections 4 and 5."),
        H("SECTION 8. SUBCONTRACTING"),
        P("8.1 Contractor shall not assign or subcontract any part of the Services without County's prior written consent, and remains responsible for the acts and omissions of any subcontractor."),
        H("SECTION 9. COMPLAINTS AND FEEDBACK"),
        P("9.1 Contractor shall maintain a written complaint procedure for parents, guardians and children who use the Center, give a copy to each family at intake and post it in the lobby."),
        P("9.2 Contractor shall acknowledge each complaint within two business days and give a written decision within 15 business days."),
        P("9.3 Contractor's monthly report shall cover visits scheduled, visits completed, cancellations and critical incidents. It need not include complaints, but Contractor shall provide a log of complaints and their outcomes within ten days if County so requests."),
        P("9.4 Contractor shall ask each family to complete a satisfaction questionnaire at the end of each referral and shall report the results to County twice a year."),
        P("9.5 Contractor shall analyze complaints and questionnaire results every six months for trends and shall agree with County an action plan for any issue raised by more than three families."),
        P("9.6 Contractor shall cooperate with any review of a complaint by County's Court Services Director or by the Office of Ombudsperson for Families, including providing records and attending meetings, and shall carry out any remedy County directs."),
        H("SECTION 10. RESPONSIBILITIES"),
        P("10.1 Each party shall perform the tasks shown against it in the table below."),
        TB(["Task", "Responsible", "Timing"],
           ["Referral of families and court orders", "County", "Ongoing"],
           ["Intake interview and orientation of each family", "Contractor", "Before the first visit"],
           ["Satisfaction questionnaire results", "Contractor", "January and July"],
           ["Visit observation reports to the Court", "Contractor", "Within 5 business days of a request by the Court"],
           ["Payment of invoices", "County", "Within 35 days"]),
        H("SECTION 11. INSURANCE, INDEMNITY AND LAWS"),
        P("11.1 Contractor shall maintain commercial general liability insurance of at least $1,500,000 per occurrence and professional liability insurance of at least $1,000,000, and shall defend and indemnify County against claims arising from Contractor's negligence."),
        P("11.2 Contractor shall comply with all applicable federal, state and local laws, including the Minnesota Human Rights Act, Minnesota Statutes chapter 609 and the Americans with Disabilities Act."),
        H("SECTION 12. TERMINATION"),
        P("12.1 County may terminate this Agreement for a material breach that Contractor does not cure within 30 days after written notice."),
        P("12.2 Either party may terminate this Agreement without cause on 60 days' written notice."),
        P("12.3 County may terminate this Agreement immediately if funding from the State Court Administrator is withdrawn or reduced."),
        H("EXHIBIT A \u2013 SCOPE OF SERVICES"),
        P("Contractor shall:"),
        L("alpha",
          "hold an intake interview with each parent separately before the first visit;",
          ("supervise visits on site, including:",
           ("list", "roman", [
               "one-to-one supervision where the court order requires it;",
               "group supervision in the family room for no more than three families at a time;"])),
          "supervise exchanges so that parents do not meet;",
          "write a factual observation note after every visit and keep it for seven years;",
          "stop a visit and call 911 where a child's safety is at immediate risk."),
    ],
    "verdicts": V("""
ES-01 gap  # Section 4.2: 'Nothing in this Agreement obligates Contractor to adopt the Seven Principles of Public Life'; they bind County officials only
ES-02 pass  # Section 4.1: maintain a written code of conduct for employees and volunteers, signed every year
ES-03 gap  # Section 8.1: consent to subcontract and responsibility for subcontractors only; no ethical flow-down
ES-04 pass  # Section 4.3: training on the code, conflicts and gifts within 30 days and yearly, with records; the 'except that ... need not repeat the initial course' carve-out is limited and leaves the duty
ES-05 weak  # Section 4.4: 'is encouraged to adopt a whistleblower policy'; no duty to report suspected breaches anywhere
ES-06 gap  # Section 6.1: the County's fraud policy for its own employees (wrong party); Section 11.2 chapter 609 only in a list of laws
ES-07 pass  # Section 7.1: comply with the Data Practices Act and promptly give County data to answer requests
ES-08 pass  # Section 7.3: 'If County so requests, Contractor shall allow County ... to examine Contractor's compliance with Sections 4 and 5'
ES-09 weak  # Section 12.1: termination for uncured material breach, no link to the ethics sections
ES-10 weak  # Section 7.4: warrants the structures supporting Sections 4 and 5 but gives no periodic certificate (structures only)
COI-01 pass  # Section 5.1: disclose any actual or potential conflict within five business days; no assignment where a relationship exists
COI-02 pass  # Section 5.2: steps to eliminate or manage a disclosed conflict as County directs
COI-03 weak  # Section 4.5: 'County expects Contractor to ensure that monitors decline gifts'
COI-04 weak  # Section 5.5: 'County expects Contractor to notify County before hiring' a former County employee
COI-05 weak  # Section 5.3: 'shall aim to keep a register of interests'
COI-06 pass  # Section 5.4: confirms it disclosed every relationship with County employees involved in selecting it, and will disclose new ones
CDM-01 pass  # Section 9.1: written complaint procedure for parents, guardians and children, given at intake and posted
CDM-02 weak  # Section 9.3: the monthly report 'need not include complaints'; a complaint log only 'if County so requests' (on request only)
CDM-03 pass  # Section 9.4 and Section 10 table: satisfaction questionnaire each referral, results to County twice a year
CDM-04 pass  # Section 9.6: cooperate with complaint reviews by County and the Office of Ombudsperson for Families, carry out remedies
CDM-05 pass  # Section 9.5: six-monthly trend analysis with an agreed action plan
CDM-06 pass  # Section 9.2: acknowledge within two business days, written decision within 15
"""),
})

# ------------------------------------------------------------------ c07 (DOCX by LibreOffice)
CONTRACTS.append({
    "file": "c07-concessionary-travel-passes.docx",
    "build": "docx-lo",
    "title": "Wrexcombe County Council - Concessionary Travel Pass Application Processing Contract",
    "subject": "processing of older and disabled persons' bus pass applications",
    "jurisdiction": "England (county council)",
    "parties": "Council / Supplier",
    "shapes": "a Seven Principles duty followed by 'Clause 3.1 does not apply to temporary agency workers engaged for fewer than 10 Working Days' (disapplication limited to some people); 'shall comply with Schedule 4 (Supplier Code of Conduct)' where Schedule 4 reads 'Not applicable'; 'The Council expects any sub-contractor'; 'is not obliged to provide ... any training other than'; 'need not keep any record of gifts' beside Gift Aid; 'will seek to manage' conflicts; 'is under no obligation to assist' with FOI; an audit clause disapplied by a special condition ('Clause 9 shall not apply to this Contract'); 'may establish' a complaints procedure; 'is not required to report complaint numbers'; 'No user satisfaction survey is required'; the LGSCO route for Applicants; the Council's Monitoring Officer's certificate and its evaluation panel's declarations (wrong party); TUPE transfer of former Council employees; processing and payment timescales; a root-cause decoy in an (a)-(d) list",
    "blocks": [
        T("Wrexcombe County Council \u2013 Contract for Concessionary Travel Pass Application Processing"),
        P("Contract reference: WCC/TRN/2025/022. Call-off contract under the Council's Business Services Dynamic Purchasing System."),
        P("Parties: Wrexcombe County Council, County Hall, Castle Street, Wrexcombe (the \"Council\"); and Passmark Data Services Ltd, Unit 9, Lowfield Business Park, Tadbury (the \"Supplier\")."),
        H("1. Definitions"),
        P("1.1 \"Applicant\" means a person applying for an older person's or disabled person's bus pass under the English National Concessionary Travel Scheme, or for a companion pass. \"Staff\" means all persons employed or engaged by the Supplier on the Services. \"Working Day\" means Monday to Friday, excluding bank holidays in England."),
        H("2. Services"),
        P("2.1 The Supplier shall receive online and paper applications, check eligibility and proof of identity and residence, and send approved records to the card production bureau, in accordance with Schedule 1, for two years from 1 October 2025."),
        P("2.2 The Supplier shall process complete applications within 10 Working Days and requests for replacement passes within 5 Working Days."),
        P("2.3 Former employees of the Council's Concessionary Travel Unit who transfer to the Supplier under the Transfer of Undertakings (Protection of Employment) Regulations 2006 shall be employed on terms no less favourable than their current terms."),
        H("3. Standards"),
        P("3.1 The Supplier shall observe, and shall ensure that its Staff observe, the Seven Principles of Public Life in processing applications."),
        P("3.2 Clause 3.1 does not apply to temporary agency workers engaged for fewer than 10 Working Days, who shall instead work under the direct supervision of a permanent member of Staff."),
        P("3.3 The Supplier shall comply with Schedule 4 (Supplier Code of Conduct)."),
        P("3.4 The Council expects any sub-contractor of the Supplier, including any scanning bureau, to meet the standards in clauses 3 to 5."),
        P("3.5 The Supplier is not obliged to provide its Staff with any training other than data protection and fire safety training."),
        H("4. Fraud and bribery"),
        P("4.1 The Supplier shall not offer or accept any bribe, shall comply with the Bribery Act 2010 and shall maintain adequate procedures under section 7 of that Act."),
        P("4.2 The Supplier shall tell the Council's Counter Fraud Team at once of any suspected fraud in applications or in the issue of passes, including any fraud suspected by its Staff, and shall not subject any member of Staff who raises such a concern in good faith to any detriment."),
        P("4.3 The Supplier need not keep any record of gifts or hospitality. Where an Applicant makes a donation to the Council's Community Transport Fund on the application form, the Supplier shall pass any Gift Aid declaration to the Council."),
        H("5. Conflicts and interests"),
        P("5.1 The Supplier shall notify the Council without delay of any actual or potential conflict of interest, including any case where a member of Staff is asked to process an application from a relative or neighbour."),
        P("5.2 The Supplier will seek to manage any such conflict, for example by passing the application to another member of Staff."),
        P("5.3 The Supplier shall obtain a declaration of interests (or a nil declaration) from each director and team leader working on the Services on appointment and each April, keep those declarations in a register and send a copy to the Council each May."),
        P("5.4 The members of the Council's evaluation panel each signed a declaration of no conflict before evaluating tenders for this Contract."),
        H("6. Information"),
        P("6.1 The Supplier is under no obligation to assist the Council with any request under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004."),
        P("6.2 The Supplier shall process Applicants' personal data only on the Council's instructions and shall keep scanned documents for no longer than six months."),
        H("7. Applicant complaints"),
        P("7.1 The Supplier may establish a procedure for Applicants to complain about the handling of their application; otherwise complaints shall be referred to the Council's corporate complaints procedure."),
        P("7.2 The Supplier is not required to report complaint numbers to the Council."),
        P("7.3 No user satisfaction survey is required under this Contract."),
        P("7.4 Applicants who remain dissatisfied may complain to the Local Government and Social Care Ombudsman once the Council's procedure is exhausted."),
        H("8. Performance reporting"),
        P("8.1 The Supplier shall send the Council a monthly report showing:"),
        L("alpha",
          "applications received, approved and rejected;",
          "average and longest processing times;",
          "batches rejected by the card production bureau, with the root cause of each rejection;",
          "Staff hours worked on the Services."),
        H("9. Audit"),
        P("9.1 The Council may audit the Supplier's compliance with clauses 3 to 5 and may inspect its records and premises for that purpose."),
        H("10. Termination"),
        P("10.1 The Council may terminate this Contract by notice if the Supplier breaches clause 3 or 4, or if any member of Staff is found to have issued a pass fraudulently."),
        P("10.2 The Council may terminate this Contract for convenience on three months' notice."),
        H("11. Governance"),
        P("11.1 Each year the Council's Monitoring Officer shall certify to the Council's Audit and Governance Committee that the Council has complied with its Contract Procedure Rules in managing this Contract."),
        H("12. Special conditions"),
        P("12.1 Clause 9 shall not apply to this Contract."),
        P("12.2 The Council shall pay undisputed invoices within 30 days of receipt."),
        P("12.3 The Supplier shall hold professional indemnity insurance of at least \u00a32 million and cyber insurance of at least \u00a31 million."),
        H("Schedule 1 \u2013 Process"),
        L("num",
          "Log each application on the day it arrives and scan any paper documents.",
          ("Check eligibility:",
           ("list", "alpha", [
               "for an older person's pass, that the Applicant has reached state pension age;",
               "for a disabled person's pass, that the Applicant meets one of the statutory eligibility criteria;"])),
          "Check proof of residence in the county against the Council's address gazetteer.",
          "Send approved records to the card production bureau in a daily batch.",
          "Write to each Applicant whose application is rejected, giving the reason."),
        H("Schedule 4 \u2013 Supplier Code of Conduct"),
        P("Not applicable."),
    ],
    "verdicts": V("""
ES-01 pass  # cl. 3.1: observe the Seven Principles of Public Life; cl. 3.2 disapplies it only for short-term agency workers, so the Supplier and its other Staff stay bound
ES-02 gap  # cl. 3.3 binds the Supplier to Schedule 4 (Supplier Code of Conduct), which reads 'Not applicable'
ES-03 weak  # cl. 3.4: 'The Council expects any sub-contractor ... to meet the standards in clauses 3 to 5'
ES-04 gap  # cl. 3.5: 'is not obliged to provide its Staff with any training other than data protection and fire safety training'
ES-05 pass  # cl. 4.2: tell the Council at once of suspected fraud; no detriment to Staff who raise concerns in good faith
ES-06 pass  # cl. 4.1: no bribes, comply with the Bribery Act 2010, adequate procedures under section 7
ES-07 gap  # cl. 6.1: 'is under no obligation to assist the Council with any request under the Freedom of Information Act 2000'
ES-08 gap  # cl. 12.1: 'Clause 9 shall not apply to this Contract' disapplies the only audit right (cl. 9.1)
ES-09 pass  # cl. 10.1: termination for breach of clause 3 or 4 or a fraudulently issued pass
ES-10 gap  # cl. 11.1: the Council's Monitoring Officer certifies the Council's own compliance (wrong party); no Supplier assurance
COI-01 pass  # cl. 5.1: notify without delay any actual or potential conflict
COI-02 weak  # cl. 5.2: 'will seek to manage any such conflict' (an endeavour); no Council direction or remedy
COI-03 gap  # cl. 4.3: 'need not keep any record of gifts or hospitality'; Gift Aid declarations are a decoy
COI-04 gap  # cl. 2.3: TUPE transfer of former Council employees only
COI-05 pass  # cl. 5.3: declarations of interests or nil declarations on appointment and each April, kept in a register, copy to the Council
COI-06 gap  # cl. 5.4: the Council's evaluation panel signed declarations (wrong party, past narrative); no Supplier disclosure
CDM-01 weak  # cl. 7.1: 'The Supplier may establish a procedure for Applicants to complain'
CDM-02 gap  # cl. 7.2: 'is not required to report complaint numbers to the Council'; cl. 8.1 report has no complaint data
CDM-03 gap  # cl. 7.3: 'No user satisfaction survey is required'
CDM-04 gap  # cl. 7.4: Applicants may go to the LGSCO after the Council's procedure; no Supplier duty to co-operate
CDM-05 gap  # no learning from complaints; cl. 8.1 item (c) root cause of rejected batches is a decoy
CDM-06 gap  # cl. 2.2 application processing times and cl. 12.2 payment terms only; no complaint timescales
"""),
})

# ------------------------------------------------------------------ c08 (ODT by LibreOffice)
CONTRACTS.append({
    "file": "c08-welsh-translation.odt",
    "build": "odt-lo",
    "title": "Dee Shore University Health Board - Contract for Welsh Language Translation Services",
    "subject": "Welsh language translation of patient letters, leaflets and web content",
    "jurisdiction": "Wales (NHS health board)",
    "parties": "Authority / Provider",
    "shapes": "Seven Principles binding the Authority's Board members only (wrong party); a code of conduct 'in such form as it considers appropriate' (a hedge on form, not on whether); a mixed sentence (gifts register '... but is not required to submit the annual assurance statement'); 'Nothing in this Contract obliges the Provider to notify the Authority of conflicts of interest'; a defined 'Prohibited Act' never used; a defined 'Complaint' that means the Authority's complaints, then used for logging, correction times, reporting and root cause (all decoys); 'Where appropriate, the Provider shall seek feedback'; patients' concerns handled by the Authority, PSOW route for patients only; 'The Authority expects'; a termination clause for ethical breach disapplied by a special condition ('Clause 8.2 shall not apply'); no sub-contracting plus liability; membership and CPD only; confidentiality and public-statement gag; translation memory integrity; precedence between language versions",
    "blocks": [
        T("Dee Shore University Health Board \u2013 Contract for Welsh Language Translation Services"),
        P("Contract reference: DSUHB-WL-2025-06. This Contract is made on 9 June 2025 between Dee Shore University Health Board, T\u0177 Glannau, Ffordd y Cei, Queensferry (the \"Authority\"), and Cyfieithu Clir Cyf, 5 Stryd y Bont, Mold (the \"Provider\")."),
        H("1. Definitions"),
        P("1.1 \"Complaint\" means a complaint by the Authority about the accuracy, quality or timeliness of a translation. \"Prohibited Act\" means offering, giving or agreeing to give any person a bribe or other inducement in connection with this Contract, or committing any offence under the Bribery Act 2010 or the Fraud Act 2006. \"Translators\" means the translators, proof-readers and editors engaged by the Provider. \"Working Day\" means a day other than a Saturday, Sunday or bank holiday in Wales."),
        P("1.2 This Contract is made in English and in Welsh. If there is a conflict between the two versions, the English version prevails."),
        H("2. Services"),
        P("2.1 The Provider shall translate patient letters, leaflets, appointment templates and web content from English into Welsh (and, on request, from Welsh into English) to the standard needed for the Authority to meet the Welsh Language Standards (No. 7) Regulations 2018."),
        P("2.2 Standard turnaround is 5 Working Days for up to 2,000 words. Urgent patient letters are returned within 1 Working Day."),
        P("2.3 The Provider shall maintain the integrity of the Authority's translation memories and terminology database and shall return them to the Authority when this Contract ends."),
        P("2.4 The Provider shall process personal data in documents sent for translation only to provide the Services, shall store it only in the United Kingdom and shall delete it within 30 days of returning the translation."),
        H("3. Term and price"),
        P("3.1 This Contract runs for three years from 1 July 2025. The Authority shall pay the rates in Schedule 1 for work ordered through its translation request system."),
        P("3.2 The rates are fixed for the first two years and may then be increased by no more than the Consumer Prices Index for the previous twelve months."),
        H("4. Standards"),
        P("4.1 The Authority's Board members and officers are bound by the Seven Principles of Public Life and by the Authority's Standards of Behaviour Framework."),
        P("4.2 The Provider shall adopt a written code of conduct for Translators, in such form as it considers appropriate, covering at least confidentiality, accuracy and honesty, and shall require every Translator working on the Authority's documents to follow it."),
        P("4.3 The Provider shall not sub-contract any translation without the Authority's written consent and is liable for the acts and omissions of any sub-contractor as if they were its own."),
        P("4.4 The Provider shall ensure that every Translator is a member of Cymdeithas Cyfieithwyr Cymru and completes continuing professional development in medical terminology each year."),
        P("4.5 Translators shall not disclose the content of any document or make any public statement about the Authority or its patients. The Authority's Speaking Up Safely procedure applies to its own employees."),
        H("5. Gifts, former staff and interests"),
        P("5.1 The Provider shall keep a register of gifts and hospitality offered to its Translators in connection with the Services, but is not required to submit the annual assurance statement described in the Authority's Supplier Guide."),
        P("5.2 The Provider shall not engage on the Services, without first notifying the Authority, any person who in the previous two years was employed by the Authority in its Welsh Language Unit or in procurement."),
        P("5.3 Nothing in this Contract obliges the Provider to notify the Authority of conflicts of interest, which the parties consider unlikely to arise in translation work."),
        P("5.4 The Authority's officers complete annual declarations of interests under its Standing Orders."),
        P("5.5 The Authority expects the Provider to disclose any relationship with those involved in awarding this Contract."),
        H("6. Information and audit"),
        P("6.1 The Provider shall, within 5 Working Days of being asked, give the Authority any information it holds that the Authority needs to respond to a request under the Freedom of Information Act 2000."),
        P("6.2 The Authority may audit the Provider's compliance with clauses 4 and 5 and may interview Translators for that purpose."),
        H("7. Quality and Complaints"),
        P("7.1 The Provider shall log each Complaint and correct the translation concerned within 2 Working Days."),
        P("7.2 The Provider shall report the number of Complaints and corrections in its monthly management report."),
        P("7.3 The Provider shall identify the root cause of any terminology error that leads to a Complaint and shall update the shared glossary."),
        P("7.4 Concerns raised by patients about Welsh-language correspondence are handled by the Authority under the National Health Service (Concerns, Complaints and Redress Arrangements) (Wales) Regulations 2011. Patients may refer a concern to the Public Services Ombudsman for Wales."),
        P("7.5 Where appropriate, the Provider shall seek feedback from patients on the readability of translated leaflets and share it with the Authority."),
        H("8. Termination"),
        P("8.1 The Authority may terminate this Contract on three months' notice."),
        P("8.2 The Authority may terminate this Contract immediately by notice if the Provider breaches clause 4 or 5."),
        H("9. Special conditions"),
        P("9.1 Clause 8.2 shall not apply to this Contract."),
        P("9.2 The Authority shall pay valid invoices within 30 days of receipt."),
        P("9.3 The Provider shall hold professional indemnity insurance of at least \u00a31 million."),
        H("Schedule 1 \u2013 Rates"),
        TB(["Service", "Unit", "Rate"],
           ["Translation, English to Welsh", "per 1,000 words", "\u00a392.00"],
           ["Translation, Welsh to English", "per 1,000 words", "\u00a388.00"],
           ["Proof-reading of Authority text", "per hour", "\u00a334.00"],
           ["Urgent patient letter (same or next Working Day)", "per letter", "\u00a318.00"]),
        P("Work is ordered only through the Authority's translation request system. The Provider shall:"),
        L("bullet",
          "confirm each order within 4 working hours;",
          "use the Authority's terminology database and house style;",
          "return files in the format in which they were sent."),
    ],
    "verdicts": V("""
ES-01 gap  # cl. 4.1: the Seven Principles bind the Authority's Board members and officers only (wrong party); cl. 2.3 'integrity of ... translation memories' is a decoy
ES-02 pass  # cl. 4.2: 'shall adopt a written code of conduct ..., in such form as it considers appropriate' (discretion over form only) and require Translators to follow it
ES-03 gap  # cl. 4.3: consent to sub-contract and liability for sub-contractors only
ES-04 gap  # cl. 4.4: professional membership and CPD in medical terminology only (technical)
ES-05 gap  # cl. 4.5: confidentiality and a public-statement gag (adverse); the Authority's speaking-up procedure covers its own employees (wrong party)
ES-06 weak  # definition in cl. 1.1 only: 'Prohibited Act' is defined but no clause uses it (definition-only)
ES-07 pass  # cl. 6.1: give information within 5 Working Days for the Authority's FOI responses
ES-08 pass  # cl. 6.2: the Authority may audit compliance with clauses 4 and 5
ES-09 gap  # cl. 9.1: 'Clause 8.2 shall not apply to this Contract' removes the ethics termination right; only cl. 8.1 termination on notice remains
ES-10 gap  # cl. 5.1: '... but is not required to submit the annual assurance statement'
COI-01 gap  # cl. 5.3: 'Nothing in this Contract obliges the Provider to notify the Authority of conflicts of interest'; cl. 1.2 precedence 'conflict' is a decoy
COI-02 gap  # cl. 5.3 disclaims conflict notification; no mitigation, direction or conflict-linked remedy (cl. 9.1 removes the cl. 8.2 termination right)
COI-03 pass  # cl. 5.1: 'shall keep a register of gifts and hospitality offered to its Translators' (the first limb of a mixed sentence)
COI-04 pass  # cl. 5.2: not to engage, without first notifying the Authority, anyone employed in its Welsh Language Unit or procurement in the previous two years
COI-05 gap  # cl. 5.4: only the Authority's officers make declarations of interests (buyer-side)
COI-06 weak  # cl. 5.5: 'The Authority expects the Provider to disclose'
CDM-01 gap  # definition in cl. 1.1: 'Complaint' means the Authority's complaints about translations (decoy), used in cl. 7.1-7.3; cl. 7.4 patients' concerns handled by the Authority
CDM-02 gap  # cl. 7.2: reports the Authority's Complaints (decoy), not service-user complaint data
CDM-03 weak  # cl. 7.5: 'Where appropriate, the Provider shall seek feedback from patients' (discretion whether to do it)
CDM-04 gap  # cl. 7.4: patients may refer a concern to the Public Services Ombudsman for Wales; no Provider duty to co-operate
CDM-05 gap  # cl. 7.3: root cause of terminology errors behind the Authority's Complaints (decoy), not learning from service-user complaints
CDM-06 gap  # cl. 7.1: correction within 2 Working Days of the Authority's Complaint (decoy); cl. 2.2 turnaround and cl. 9.2 payment times
"""),
})

# ------------------------------------------------------------------ c09 (Markdown)
CONTRACTS.append({
    "file": "c09-gaelic-early-learning.md",
    "build": "md",
    "title": "Loch Ardrain Council - Funded Early Learning and Childcare Agreement (Gaelic Medium)",
    "subject": "funded Gaelic-medium early learning and childcare at a partner nursery",
    "jurisdiction": "Scotland (council)",
    "parties": "Council / Provider",
    "shapes": "'will seek to reflect the Seven Principles'; the Council giving the Provider a copy of its employees' code (Provider only the object); 'Where the Provider uses a sub-contractor'; a register of interests followed by 'Paragraph 5.1 does not apply until 1 August 2026' (a disapplication limited in time); a defined 'Conflict of Interest' never used; 'Nothing in this Agreement prevents the Provider from employing a former employee of the Council'; FOI 'without any obligation on the Provider to assist'; a complaint timescale with a 'where appropriate' hedge on a side step; gifts duty on Council staff only; a generic inspection right; a funding table with a Responsible column; precedence 'conflict'",
    "blocks": [
        T("Loch Ardrain Council \u2013 Funded Early Learning and Childcare Agreement (Gaelic Medium)"),
        P("Agreement reference: LAC/ELC/GM/2025/03."),
        P("This Agreement is between Loch Ardrain Council, Council Offices, Harbour Street, Port Ardrain (the \"Council\"), and Cr\u00f2ileagan Beinn Bhuidhe, a Scottish charitable incorporated organisation whose principal office is at the Old Schoolhouse, Kilbrannan Road, Port Ardrain (the \"Provider\")."),
        H("1. Definitions"),
        P("1.1 \"Child\" means a child for whom the Council funds early learning and childcare at the Setting. \"Conflict of Interest\" means any situation in which the personal, family or financial interests of a member of the Provider's staff or management committee conflict, or may conflict, with their duties under this Agreement. \"Setting\" means the Provider's Gaelic-medium nursery at the Old Schoolhouse. \"Staff\" means the Provider's practitioners, managers and volunteers."),
        P("1.2 If this Agreement and the National Standard for Early Learning and Childcare conflict, the National Standard prevails."),
        H("2. Funded hours"),
        P("2.1 The Provider shall deliver up to 1,140 hours a year of funded early learning and childcare to each eligible Child, through the medium of Gaelic, from 11 August 2025 to 31 July 2028, and shall meet the National Standard for Early Learning and Childcare throughout."),
        P("2.2 The Council shall pay the rates in Schedule 1 for each funded hour attended, on the basis of the census return the Provider submits each term."),
        P("2.3 The Provider shall keep its registration with the Care Inspectorate, shall maintain a grading of good or better for care, play and learning, and shall tell the Council within 2 working days of any inspection report or enforcement action."),
        H("3. Conduct and standards"),
        P("3.1 The Provider will seek to reflect the Seven Principles of Public Life in the way it runs the Setting."),
        P("3.2 The Council shall give the Provider a copy of the Council's Code of Conduct for Employees and shall tell the Provider of any change to it."),
        P("3.3 Where the Provider uses a sub-contractor (for example for meals or transport), it shall impose on that sub-contractor obligations equivalent to those in paragraphs 3 and 4."),
        P("3.4 The Provider shall ensure that all Staff complete induction training on safeguarding, whistleblowing and the Provider's anti-fraud procedures, with annual refreshers, and shall keep a record of completion."),
        H("4. Speaking up and fraud"),
        P("4.1 The Provider shall maintain a whistleblowing policy that allows Staff to raise concerns with the management committee or directly with the Council's Early Years Service, and shall protect anyone who raises a concern in good faith from any detriment."),
        P("4.2 The Provider shall not offer or accept any bribe in connection with this Agreement, shall take adequate steps to prevent fraud in its funding claims, and shall notify the Council immediately of any suspected fraud."),
        P("4.3 Council staff visiting the Setting shall not accept gifts from parents, Staff or the Provider."),
        H("5. Interests"),
        P("5.1 The Provider shall keep a register of interests in which each management committee member and the manager record their interests (or a nil return) on appointment and each August, and shall give a copy to the Council with its annual assurance statement."),
        P("5.2 Paragraph 5.1 does not apply until 1 August 2026."),
        P("5.3 Nothing in this Agreement prevents the Provider from employing a former employee of the Council."),
        H("6. Information and monitoring"),
        P("6.1 The Provider shall keep the Council's information confidential. The Council may publish this Agreement and respond to requests under the Freedom of Information (Scotland) Act 2002 without any obligation on the Provider to assist."),
        P("6.2 The Council may visit the Setting and inspect its records at any reasonable time to check that this Agreement is being met."),
        H("7. Assurance"),
        P("7.1 Each August the Provider's management committee shall sign and return to the Council an annual assurance statement confirming that the Provider has complied with paragraphs 3 and 4 and has the policies and a named lead in place to continue doing so."),
        H("8. Complaints, feedback and learning"),
        P("8.1 The Provider shall have a complaints procedure for parents and carers that meets the Care Inspectorate's requirements, tell every family about it at enrolment and display it in the Setting."),
        P("8.2 The Provider shall acknowledge a complaint within 3 working days and, where appropriate, offer the parent a meeting. It shall give a full response within 20 working days."),
        P("8.3 Each term the Provider shall send the Council a return showing the number of complaints received, their outcomes and whether the 20-day target was met."),
        P("8.4 Each spring the Provider shall ask parents and carers to complete the Council's early learning and childcare questionnaire and shall send the anonymised results to the Council by 30 June."),
        P("8.5 Each year the Provider shall review its complaints and questionnaire results, identify lessons learned and agree an improvement plan with the Council's Early Years Service."),
        P("8.6 The Provider shall co-operate with the Care Inspectorate and the Scottish Public Services Ombudsman in any investigation of a complaint about funded early learning and childcare, and shall implement any recommendation the Ombudsman makes."),
        H("9. Breach and ending the Agreement"),
        P("9.1 If the Provider breaches paragraph 3 or 4, the Council may suspend funding, recover funding already paid and end this Agreement by notice."),
        P("9.2 Either party may end this Agreement at the end of any school term by giving one term's notice."),
        H("Schedule 1 \u2013 Funding and returns"),
        TB(["Item", "Rate or date", "Responsible"],
           ["Sessional rate per funded hour", "\u00a36.40", "Council"],
           ["Gaelic-medium supplement per funded hour", "\u00a30.45", "Council"],
           ["Meal per funded session", "\u00a32.70", "Council"],
           ["Census return of funded Children", "Each term", "Provider"],
           ["Annual assurance statement", "August", "Provider"]),
        P("The Provider shall also:"),
        L("bullet",
          "offer funded sessions between 08.00 and 18.00 on at least 38 weeks a year;",
          "provide a free meal to every Child attending a full day;",
          "use Gaelic as the language of the Setting, with English used only for the settling-in of Children new to Gaelic."),
    ],
    "verdicts": V("""
ES-01 weak  # para. 3.1: 'will seek to reflect the Seven Principles of Public Life' (an endeavour, not a duty)
ES-02 gap  # para. 3.2: the Council gives the Provider a copy of its Code of Conduct for Employees (Council's duty, Provider only the object); no Provider code
ES-03 pass  # para. 3.3: 'Where the Provider uses a sub-contractor ..., it shall impose ... obligations equivalent to those in paragraphs 3 and 4' (conduct, speaking up and fraud)
ES-04 pass  # para. 3.4: induction training on whistleblowing and anti-fraud procedures, annual refreshers, record of completion
ES-05 pass  # para. 4.1: whistleblowing policy with a route to the Council and protection from detriment; para. 4.2 notice of suspected fraud
ES-06 pass  # para. 4.2: no bribes, adequate steps against fraud, immediate notice
ES-07 gap  # para. 6.1: the Council handles FOI requests 'without any obligation on the Provider to assist'; confidentiality only
ES-08 weak  # para. 6.2: general visit and inspection right to check the Agreement is met, not naming ethics
ES-09 pass  # para. 9.1: suspension, recovery and termination for breach of paragraph 3 or 4
ES-10 pass  # para. 7.1: annual signed assurance statement on paragraphs 3 and 4 with the policies and named lead to continue
COI-01 weak  # definition in para. 1.1 only: 'Conflict of Interest' is defined but never used (definition-only); para. 1.2 precedence 'conflict' is a decoy
COI-02 gap  # no mitigation, direction or conflict-linked remedy (para. 9.1 covers paragraphs 3 and 4 only)
COI-03 gap  # para. 4.3: only Council staff must not accept gifts (wrong party)
COI-04 gap  # para. 5.3: 'Nothing in this Agreement prevents the Provider from employing a former employee of the Council'; no disclosure or control
COI-05 pass  # para. 5.1: register of interests with nil returns on appointment and each August, copy to the Council; para. 5.2 only defers it to 1 August 2026 within a term to July 2028
COI-06 gap  # no confirmation of procurement-stage disclosure in paragraphs 1 to 9 or the Schedule
CDM-01 pass  # para. 8.1: complaints procedure for parents and carers meeting Care Inspectorate requirements, publicised
CDM-02 pass  # para. 8.3: termly return of complaints received, outcomes and timeliness
CDM-03 pass  # para. 8.4: yearly parent and carer questionnaire, results sent to the Council
CDM-04 pass  # para. 8.6: co-operate with the Care Inspectorate and the SPSO, implement recommendations
CDM-05 pass  # para. 8.5: yearly review of complaints and questionnaire results, lessons learned, improvement plan agreed with the Council
CDM-06 pass  # para. 8.2: acknowledge within 3 working days, full response within 20; 'where appropriate' attaches only to offering a meeting
"""),
})

# ------------------------------------------------------------------ c10 (PDF by LibreOffice)
CONTRACTS.append({
    "file": "c10-community-centres.pdf",
    "build": "pdf-lo",
    "footer": "BCBC Contract CC/2025/09",
    "title": "Ballyrannock and Clogherlea Borough Council - Community Centres Caretaking and Bookings Contract",
    "subject": "caretaking, bookings and hire-income collection at council community centres",
    "jurisdiction": "Northern Ireland (borough council)",
    "parties": "Council / Contractor",
    "shapes": "a duties table with a Responsible column (Contractor rows for the Seven Principles and fraud reporting, a Council review row, an 'N/A' flow-down row); 'may wish to adopt a code of conduct'; 'shall aim to give ... training'; a defined 'Concern' then used for the procedure and timescales; a mixed sentence (keep a log of Concerns '... but is not required to report Concern numbers or outcomes'); 'should consider keeping a register of gifts'; 'is expected to inform'; 'Register of interests. [Reserved]'; 'reasonable endeavours' on FOI; a nominated ethics lead only; 'is encouraged to seek hirers' views'; 'may wish to review Concerns'; 'Termination for ethical breach: Intentionally left blank.'; page footer with page numbers",
    "blocks": [
        T("Ballyrannock and Clogherlea Borough Council \u2013 Community Centres Caretaking and Bookings Contract"),
        P("Contract No. CC/2025/09. This Contract is made between Ballyrannock and Clogherlea Borough Council, Civic Centre, Market Square, Ballyrannock (the \"Council\"), and Ardmore Facilities NI Ltd, 22 Linen Row, Clogherlea (the \"Contractor\")."),
        H("1. Definitions"),
        P("1.1 \"Community Centres\" means the six centres listed in Schedule 1. \"Concern\" means any expression of dissatisfaction by a hirer or a member of the public about a Community Centre or the Services. \"Staff\" means the Contractor's caretakers, booking officers and other employees and agents. \"Working Day\" means a day other than a Saturday, Sunday or public holiday in Northern Ireland."),
        H("2. Services"),
        P("2.1 The Contractor shall open, close, clean and caretake the Community Centres, take and manage bookings and collect hire income on the Council's behalf, for four years from 1 October 2025."),
        P("2.2 The Contractor shall bank hire income within 2 Working Days and reconcile it weekly with the Council's booking system."),
        P("2.3 The Contractor shall apply the Council's lettings policy and hire charges without variation, and shall not grant any discount or free letting unless the Council's Community Services Manager has approved it in writing."),
        P("2.4 The Contractor shall keep each Community Centre open for the hours set in the lettings policy, including evenings until 22.00 and Saturdays, and shall provide a keyholder who can attend any alarm activation within 30 minutes."),
        P("2.5 The Contractor shall carry out and record a weekly fire safety check and a weekly flush of little-used water outlets at each Community Centre, and shall report any defect in the building fabric, heating or lighting to the Council's Property Services within 1 Working Day."),
        H("3. Conduct"),
        P("3.1 Each party shall carry out the duties shown against it in the Responsible column of Table 1."),
        TB(["Ref", "Responsible", "Duty"],
           ["T1", "Contractor", "Observe the Seven Principles of Public Life in all dealings with hirers and the public"],
           ["T2", "N/A", "Flow down the ethical standards in clauses 3 to 6 to any sub-contractor"],
           ["T3", "Council", "Review the Contractor's compliance with clauses 3 to 6 each year"],
           ["T4", "Contractor", "Report any suspected fraud or theft of hire income to the Council's Internal Audit Manager within 1 Working Day"],
           ["T5", "Council", "Publish hire charges and the lettings policy"]),
        P("3.2 The Contractor may wish to adopt a code of conduct for its caretakers."),
        P("3.3 The Contractor shall aim to give all Staff training on ethics and conflicts of interest within their first three months."),
        P("3.4 The Contractor shall not offer or accept any bribe, shall comply with the Bribery Act 2010 and shall keep adequate procedures to prevent bribery and fraud in the handling of hire income."),
        P("3.5 The Contractor shall maintain a whistleblowing procedure through which Staff may raise concerns with the Council's Internal Audit Manager, and shall not subject any person who uses it in good faith to any detriment."),
        H("4. Conflicts, gifts and interests"),
        P("4.1 The Contractor shall notify the Council promptly of any actual or potential conflict of interest, including any booking made by a member of Staff or a relative of one, and shall follow the Council's directions for managing it."),
        P("4.2 The Contractor should consider keeping a register of gifts and hospitality offered to caretakers by hirers."),
        P("4.3 The Contractor is expected to inform the Council before employing as a centre manager anyone who left the Council's Community Services Department in the previous year."),
        P("4.4 Register of interests. [Reserved]"),
        P("4.5 The Contractor confirms that it has disclosed to the Council every relationship between the Contractor's directors and any councillor or officer involved in the award of this Contract, and shall keep that disclosure up to date."),
        H("5. Information and assurance"),
        P("5.1 The Contractor shall use reasonable endeavours to help the Council respond to requests under the Freedom of Information Act 2000 and the Environmental Information Regulations 2004."),
        P("5.2 The Contractor shall nominate a director as its ethics lead and tell the Council who that person is."),
        H("6. Concerns"),
        P("6.1 The Contractor shall operate a procedure for receiving, recording and resolving Concerns, displayed in each Community Centre and on the Council's website."),
        P("6.2 The Contractor shall acknowledge every Concern within 2 Working Days and resolve it within 10 Working Days."),
        P("6.3 The Contractor shall keep a log of Concerns but is not required to report Concern numbers or outcomes to the Council."),
        P("6.4 The Contractor is encouraged to seek hirers' views on the Community Centres each year."),
        P("6.5 The Contractor may wish to review Concerns for recurring themes."),
        P("6.6 The Contractor shall co-operate with the Northern Ireland Public Services Ombudsman in any investigation of a complaint about the Services, including providing documents and attending meetings."),
        H("7. Termination"),
        P("7.1 The Council may terminate this Contract on six months' notice."),
        P("7.2 Termination for ethical breach: Intentionally left blank."),
        H("8. Payment and insurance"),
        P("8.1 The Council shall pay the monthly management fee in Schedule 2 within 10 Working Days of receiving a valid invoice. Hire income belongs to the Council and shall not be set off against the fee."),
        P("8.2 The Contractor shall hold public liability insurance of at least \u00a310 million and a fidelity guarantee of at least \u00a350,000 covering Staff who handle hire income."),
        P("8.3 The Contractor shall process the personal data of hirers only to take bookings and collect hire income, and shall not use the booking system for any other purpose."),
        H("Schedule 1 \u2013 Community Centres"),
        L("bullet",
          "Ballyrannock Community Centre, Market Square, Ballyrannock;",
          "Clogherlea Village Hall, Mill Lane, Clogherlea;",
          "Drumcarrig Community Centre, Church Road, Drumcarrig;",
          "Glenowen Youth and Community Centre, Glen Road, Ballyrannock;",
          "Killybrack Rural Hall, Killybrack Road;",
          "Tullyrossan Community Hub, Station Road, Tullyrossan."),
        H("Schedule 2 \u2013 Fee"),
        P("Monthly management fee: \u00a338,200 exclusive of VAT, reviewed each April by the average weekly earnings index for Northern Ireland."),
    ],
    "verdicts": V("""
ES-01 pass  # cl. 3.1 and Table 1 row T1: 'Observe the Seven Principles of Public Life', Responsible: Contractor
ES-02 weak  # cl. 3.2: 'may wish to adopt a code of conduct'
ES-03 gap  # Table 1 row T2: the flow-down duty is marked 'N/A' (disabled row); nothing else flows the ethical standards down
ES-04 weak  # cl. 3.3: 'shall aim to give all Staff training on ethics and conflicts of interest' (an aim; no records)
ES-05 pass  # cl. 3.5: whistleblowing procedure with no detriment; Table 1 row T4: report suspected fraud to the Council (Contractor)
ES-06 pass  # cl. 3.4: no bribes, comply with the Bribery Act 2010, adequate procedures
ES-07 weak  # cl. 5.1: 'shall use reasonable endeavours to help the Council respond to requests under the Freedom of Information Act 2000'
ES-08 pass  # Table 1 row T3: the Council reviews the Contractor's compliance with clauses 3 to 6 each year
ES-09 gap  # cl. 7.2: 'Termination for ethical breach: Intentionally left blank.'; cl. 7.1 termination on notice only
ES-10 weak  # cl. 5.2: a nominated director as ethics lead only (structures, no assurance or certificate)
COI-01 pass  # cl. 4.1: notify promptly any actual or potential conflict
COI-02 pass  # cl. 4.1: follow the Council's directions for managing it
COI-03 weak  # cl. 4.2: 'should consider keeping a register of gifts and hospitality'
COI-04 weak  # cl. 4.3: 'is expected to inform the Council' before employing a recent former Council employee
COI-05 gap  # cl. 4.4: 'Register of interests. [Reserved]'
COI-06 pass  # cl. 4.5: confirms it disclosed every relationship with councillors or officers involved in the award and will keep it up to date
CDM-01 pass  # cl. 6.1 with the definition in cl. 1.1: a procedure for 'Concerns' (dissatisfaction of hirers and the public), displayed in each centre
CDM-02 gap  # cl. 6.3: '... but is not required to report Concern numbers or outcomes to the Council'
CDM-03 weak  # cl. 6.4: 'is encouraged to seek hirers' views'
CDM-04 pass  # cl. 6.6: co-operate with the Northern Ireland Public Services Ombudsman
CDM-05 weak  # cl. 6.5: 'may wish to review Concerns for recurring themes'
CDM-06 pass  # cl. 6.2 with the definition in cl. 1.1: acknowledge every Concern within 2 Working Days, resolve within 10
"""),
})

# ------------------------------------------------------------------ c11 (plain text)
CONTRACTS.append({
    "file": "c11-marina-moorings.txt",
    "build": "txt",
    "title": "Government of Bermuda - Department of Parks: Marina and Moorings Management Agreement",
    "subject": "management of a public marina and mooring field",
    "jurisdiction": "Bermuda (government department)",
    "parties": "Department / Operator",
    "shapes": "a Seven Principles clause deleted by a variation in a schedule ('Clause 6 is deleted.'); a defined term ('Ethical Standards Clauses') used by the flow-down, the certificate, the audit right and the training duty; a mixed sentence (register of interests '... but is under no obligation to notify the Department of individual conflicts of interest'); the Bribery Act 2016 only in a list of laws; a press gag; a reporting table with a Responsible column (Operator rows for complaints and survey, a Department row for Ombudsman liaison); Berth Holders' own route to the Ombudsman; arbitration; material-breach termination; hospitality lounge",
    "blocks": [
        T("GOVERNMENT OF BERMUDA \u2013 DEPARTMENT OF PARKS: MARINA AND MOORINGS MANAGEMENT AGREEMENT"),
        P("Agreement reference: DOP/MAR/2025/02"),
        P("This Agreement is made between the Government of Bermuda, acting through the Department of Parks (the \"Department\"), and Harbour Light Marine Services Ltd., 14 Cedar Wharf Lane, St. George's (the \"Operator\")."),
        H("1. DEFINITIONS"),
        P("1.1 \"Berth Holders\" means persons holding a berth or mooring licence at the Marina. \"Ethical Standards Clauses\" means clauses 7 to 10. \"Marina\" means the Department's public marina, fuel dock and mooring field at Tamarind Bay. \"Staff\" means the Operator's dockmasters, attendants and other employees."),
        H("2. SERVICES"),
        P("2.1 The Operator shall manage the Marina, allocate berths and moorings in accordance with the Department's waiting-list rules, collect licence fees on the Department's behalf, and maintain the pontoons, fuel dock and shore facilities, for five years from 1 November 2025."),
        P("2.2 The Operator may run the hospitality lounge and sell refreshments to Berth Holders and visitors, paying the Department 8 per cent of net takings."),
        H("3. LAWS"),
        P("3.1 The Operator shall comply with all applicable laws, including the Bribery Act 2016, the Employment Act 2000 and the Marine Board Act 1962."),
        H("4. FEES"),
        P("4.1 The Operator shall pay all licence fees it collects into the Department's account within 3 working days and shall send the Department a monthly reconciliation. The Department shall pay the Operator a management fee of $22,500 a month within 30 days of invoice."),
        H("5. STAFF"),
        P("5.1 The Operator shall keep at least one dockmaster on duty from 07.00 to 19.00 every day and shall provide a 24-hour emergency number for Berth Holders."),
        P("5.2 The Operator shall keep the waiting list in the order set by the Department's rules, offer each vacant berth or mooring to the first eligible person on the list, and record the reason whenever a person is passed over."),
        H("6. STANDARDS IN PUBLIC LIFE"),
        P("6.1 The Operator shall observe, and shall ensure that its Staff observe, the Seven Principles of Public Life in allocating berths and in dealing with Berth Holders."),
        H("7. CODE OF CONDUCT"),
        P("7.1 The Operator shall maintain a code of conduct for its Staff and shall ensure that they comply with it."),
        H("8. TRAINING"),
        P("8.1 The Operator shall train all Staff on the Ethical Standards Clauses and its code of conduct at induction and every year, and shall keep a record of attendance."),
        H("9. GIFTS AND HOSPITALITY"),
        P("9.1 The Operator shall not offer any gift or hospitality to any public officer, and shall record in a gifts and hospitality register every gift offered to its Staff by Berth Holders or by persons on the waiting list."),
        H("10. INTERESTS AND FORMER OFFICERS"),
        P("10.1 The Operator shall keep a register of interests of its directors and dockmasters, updated each January with nil returns, and shall give it to the Department on request, but is under no obligation to notify the Department of individual conflicts of interest as they arise."),
        P("10.2 The Operator shall notify the Department before employing, in connection with this Agreement, any person who was a public officer in the Department in the previous 24 months."),
        H("11. SUB-CONTRACTING"),
        P("11.1 The Operator shall ensure that every sub-contract contains obligations equivalent to the Ethical Standards Clauses."),
        H("12. INFORMATION"),
        P("12.1 The Operator shall, within 5 working days of a request by the Department, provide any information the Department needs to respond to a request under the Public Access to Information Act 2010."),
        P("12.2 Staff shall not make any statement to the press about the Marina or the Department."),
        H("13. ASSURANCE AND AUDIT"),
        P("13.1 By 31 January each year the Operator shall certify in writing, signed by a director, that it has complied with the Ethical Standards Clauses during the previous year and that the policies supporting them remain in place."),
        P("13.2 The Department may audit the Operator's compliance with the Ethical Standards Clauses and may examine its fee collection records."),
        H("14. COMPLAINTS AND FEEDBACK"),
        P("14.1 The Operator shall operate a complaints procedure for Berth Holders and visitors, posted at the Marina office and on its website."),
        P("14.2 The Operator shall acknowledge each complaint within 2 working days and respond in full within 15 working days."),
        P("14.3 Each party shall carry out the reporting tasks shown against it below."),
        TB(["Item", "Task", "Responsible", "Due"],
           ["R1", "Complaints report: numbers received and resolved, by category, with response times", "Operator", "Quarterly"],
           ["R2", "Berth Holder satisfaction survey, with results", "Operator", "31 October"],
           ["R3", "Ethical standards certificate under clause 13.1", "Operator", "31 January"],
           ["R4", "Liaison with the Ombudsman for Bermuda", "Department", "As needed"]),
        P("14.4 The Operator shall analyse complaints and survey results each year, identify recurring themes and submit an action plan to the Department for any service area that scores below 75 per cent satisfaction."),
        P("14.5 Berth Holders who are dissatisfied with a decision of the Department may complain to the Ombudsman for Bermuda."),
        H("15. TERMINATION AND DISPUTES"),
        P("15.1 The Department may terminate this Agreement by notice if the Operator commits a material breach and fails to remedy it within 30 days."),
        P("15.2 Any dispute between the parties shall be referred to arbitration under the Arbitration Act 1986."),
        H("16. INSURANCE"),
        P("16.1 The Operator shall hold marina operator's liability insurance of at least $5,000,000 and shall insure the fuel dock against pollution liability."),
        H("SCHEDULE 1 \u2013 OPENING HOURS"),
        L("bullet",
          "Marina office: 08.00 to 17.00 every day.",
          "Fuel dock: 07.00 to 18.00 from November to April and 07.00 to 19.00 from May to October.",
          "Pump-out station: during fuel dock hours."),
        H("SCHEDULE 3 \u2013 VARIATIONS AGREED AT AWARD"),
        L("num",
          "Clause 6 is deleted.",
          "In Schedule 1, the pump-out station is to open from 06.30 on race days notified by the Department."),
    ],
    "verdicts": V("""
ES-01 gap  # Schedule 3 item 1: 'Clause 6 is deleted.' removes the only Seven Principles duty (clause 6.1)
ES-02 pass  # clause 7.1: maintain a code of conduct for Staff and ensure they comply
ES-03 pass  # clause 11.1 with the definition in clause 1.1: every sub-contract to contain obligations equivalent to the Ethical Standards Clauses (clauses 7 to 10)
ES-04 pass  # clause 8.1: training on the Ethical Standards Clauses and the code at induction and yearly, with attendance records
ES-05 gap  # no speaking-up route, reporting duty or protection; clause 12.2 press gag is a decoy (adverse)
ES-06 gap  # clause 3.1: the Bribery Act 2016 only in a list of applicable laws; no anti-bribery duty
ES-07 pass  # clause 12.1: information within 5 working days for requests under the Public Access to Information Act 2010
ES-08 pass  # clause 13.2: the Department may audit compliance with the Ethical Standards Clauses
ES-09 weak  # clause 15.1: termination for unremedied material breach, no ethics link
ES-10 pass  # clause 13.1 and table row R3: yearly director-signed certificate of compliance with the Ethical Standards Clauses and that supporting policies remain in place
COI-01 gap  # clause 10.1: '... but is under no obligation to notify the Department of individual conflicts of interest'; a register is not a duty to avoid or notify
COI-02 gap  # clause 10.1 disclaims notification of conflicts; no mitigation, direction or conflict-linked remedy (clause 15.1 is generic)
COI-03 pass  # clause 9.1: no gifts or hospitality to public officers; gifts and hospitality register; clause 2.2 hospitality lounge is a decoy
COI-04 pass  # clause 10.2: notify before employing anyone who was a public officer in the Department in the previous 24 months
COI-05 pass  # clause 10.1: register of interests of directors and dockmasters, updated yearly with nil returns, given on request (the first limb of a mixed sentence)
COI-06 gap  # no procurement-stage disclosure in clauses 1 to 16
CDM-01 pass  # clause 14.1: complaints procedure for Berth Holders and visitors, posted
CDM-02 pass  # clause 14.3 table row R1: quarterly complaints report (received, resolved, by category, response times), Responsible: Operator
CDM-03 pass  # clause 14.3 table row R2: Berth Holder satisfaction survey with results, Responsible: Operator
CDM-04 gap  # clause 14.5: Berth Holders' own route to the Ombudsman about the Department's decisions; row R4 liaison is the Department's; clause 15.2 arbitration
CDM-05 pass  # clause 14.4: yearly analysis of complaints and survey results, themes, action plan below 75 per cent
CDM-06 pass  # clause 14.2: acknowledge within 2 working days, respond within 15
"""),
})

# ------------------------------------------------------------------ c12 (Markdown)
CONTRACTS.append({
    "file": "c12-food-voucher-grant.md",
    "build": "md",
    "title": "Harrowfield City Council - Grant Agreement: Household Support Fund Food Voucher Distribution",
    "subject": "grant to a charity to distribute supermarket food vouchers to households in hardship",
    "jurisdiction": "England (city council)",
    "parties": "Council / Grantee",
    "shapes": "'is released from the requirement ... to adopt the Council's Supplier Code of Conduct'; 'shall aim to ensure' partners follow the standards; 'Training on standards. [Reserved]'; a heading ('5.1 Speaking up') whose body carries the duty ('can do this in confidence'); a gifts duty with a 'save for refreshments' exception; 'is encouraged to keep a register'; 'may wish to help' with FOI; 'shall not be bound by any request to open its records ... other than its bank statements and the voucher issue ledger'; a one-topic end-of-grant fraud statement; 'shall aim to have' a way to complain; 'So far as reasonably practicable ... within 10 working days'; 'If the Council so requests' complaint summary; 'will seek to co-operate' with the LGSCO; 'No review of lessons learned ... is required'; a budget table with a Responsible column",
    "blocks": [
        T("Harrowfield City Council \u2013 Grant Agreement: Household Support Fund Food Voucher Distribution"),
        P("Grant reference: HCC-HSF-2025-14. Grant amount: \u00a3240,000. Grant period: 1 October 2025 to 31 March 2026."),
        P("This Agreement is between Harrowfield City Council, Civic Hall, Harrowfield (the \"Council\"), and Northgate Community Pantry Network, a charitable incorporated organisation, 3 Tanner's Yard, Harrowfield (the \"Grantee\")."),
        H("1. Purpose"),
        P("1.1 The grant funds the Grantee to distribute supermarket food vouchers worth \u00a340 each to households in financial hardship who are referred by schools, GPs, housing officers and advice agencies, or who apply directly at one of its four pantries."),
        H("2. How the grant is used"),
        P("2.1 The Grantee shall use the grant only for vouchers and for the administration costs set out in the Schedule, and shall return any unspent grant by 30 April 2026."),
        P("2.2 The Grantee shall keep a voucher issue ledger recording each voucher's number, the household's reference and the referring agency."),
        P("2.3 The Grantee shall give priority to households with children, households including a disabled person and pensioners not receiving Pension Credit, in line with the Council's Household Support Fund policy."),
        P("2.4 The Grantee shall not issue more than three vouchers to the same household in the grant period unless a referring agency confirms an exceptional need."),
        H("3. Reporting"),
        P("3.1 The Grantee shall send the Council a monthly return showing vouchers issued by ward and by referral route, and a final report by 30 April 2026."),
        P("3.2 The final report shall describe how the scheme was publicised, which groups of households it reached and how many vouchers were redeemed."),
        H("4. Standards and conflicts"),
        P("4.1 The Grantee shall ensure that its trustees, staff and volunteers observe the Seven Principles of Public Life when deciding who receives vouchers."),
        P("4.2 The Grantee is released from the requirement in the Council's Standard Grant Conditions to adopt the Council's Supplier Code of Conduct."),
        P("4.3 Where the Grantee passes vouchers to partner food banks for distribution, it shall aim to ensure that those partners follow the standards in sections 4 and 5."),
        P("4.4 Training on standards. [Reserved]"),
        P("4.5 The Grantee shall tell the Council promptly of any actual or potential conflict of interest, such as a volunteer deciding an application from a relative, and shall not let anyone decide an application in which they have such a conflict."),
        P("4.6 The Grantee shall take the steps the Council directs to manage any conflict it reports."),
        P("4.7 The Grantee shall ensure that no volunteer accepts any gift from a household receiving vouchers or from a participating retailer, save for refreshments at distribution sessions, and shall record any offer made."),
        P("4.8 The Grantee is encouraged to keep a register of its trustees' interests."),
        P("4.9 The Grantee confirms that, before the grant was awarded, it told the Council of every relationship between its trustees and any Council officer or councillor involved in the award decision, and shall report any new relationship."),
        H("5. Speaking up and fraud"),
        H("5.1 Speaking up"),
        P("The Grantee shall have a written procedure through which staff and volunteers can do this in confidence, including directly to the Council's Grants Team, and shall not treat anyone less favourably for doing so."),
        H("5.2 Fraud"),
        P("The Grantee shall not allow vouchers to be issued in return for any payment, favour or bribe, and shall keep controls adequate to prevent fraud in the issue of vouchers."),
        P("5.3 At the end of the grant period the Grantee's chair shall sign a statement that, to the best of the Grantee's knowledge, no vouchers were issued fraudulently."),
        H("6. Information and records"),
        P("6.1 The Grantee may wish to help the Council respond to requests under the Freedom of Information Act 2000 about the scheme."),
        P("6.2 The Grantee shall not be bound by any request to open its records to the Council other than its bank statements and the voucher issue ledger, which the Council may audit to confirm how the grant was spent."),
        H("7. Complaints and feedback"),
        P("7.1 The Grantee shall aim to have a simple way for households to complain about how vouchers are allocated."),
        P("7.2 So far as reasonably practicable, the Grantee shall reply to complaints within 10 working days."),
        P("7.3 If the Council so requests, the Grantee shall provide a summary of complaints received."),
        P("7.4 The Grantee shall ask households receiving vouchers for feedback, using the Council's short questionnaire, at least once during the grant period and shall send the results to the Council with its final report."),
        P("7.5 The Grantee will seek to co-operate with the Local Government and Social Care Ombudsman if a complaint about the scheme is referred to it."),
        P("7.6 No review of lessons learned from complaints is required."),
        H("8. Breach"),
        P("8.1 If the Grantee breaches section 4 or 5, the Council may withhold further payments, require repayment of all or part of the grant and end this Agreement by notice."),
        P("8.2 The Council may end this Agreement on 30 days' notice if its own Household Support Fund allocation is reduced."),
        H("9. Data protection"),
        P("9.1 The Grantee shall collect only the personal data needed to decide and record each award, keep it securely, share it with no one except the Council and delete it by 30 September 2026."),
        H("Schedule \u2013 Budget"),
        TB(["Item", "Amount", "Responsible"],
           ["Vouchers (5,400 at \u00a340)", "\u00a3216,000", "Grantee"],
           ["Coordinator (0.6 FTE)", "\u00a314,000", "Grantee"],
           ["Volunteer expenses", "\u00a34,000", "Grantee"],
           ["Printing and translation of publicity", "\u00a32,000", "Grantee"],
           ["Audit of the voucher issue ledger", "\u00a34,000", "Council"]),
        P("The grant is paid in three instalments:"),
        L("num",
          "\u00a3120,000 on signature of this Agreement;",
          "\u00a380,000 on 5 January 2026, if the December return shows at least 2,400 vouchers issued;",
          "\u00a340,000 on 2 March 2026."),
    ],
    "verdicts": V("""
ES-01 pass  # para. 4.1: trustees, staff and volunteers to observe the Seven Principles of Public Life
ES-02 gap  # para. 4.2: 'is released from the requirement ... to adopt the Council's Supplier Code of Conduct'; no other code
ES-03 weak  # para. 4.3: 'shall aim to ensure that those partners follow the standards in sections 4 and 5'
ES-04 gap  # para. 4.4: 'Training on standards. [Reserved]'
ES-05 pass  # heading 5.1 'Speaking up' with its body: a written procedure through which staff and volunteers 'can do this in confidence', including to the Council, with no less favourable treatment (the topic is in the heading only)
ES-06 pass  # para. 5.2: no vouchers for any payment, favour or bribe, and adequate anti-fraud controls
ES-07 weak  # para. 6.1: 'may wish to help the Council respond to requests under the Freedom of Information Act 2000'
ES-08 gap  # para. 6.2: 'shall not be bound by any request to open its records' except bank statements and the voucher ledger for audit of spending (financial only)
ES-09 pass  # para. 8.1: withholding, repayment and termination for breach of section 4 or 5
ES-10 weak  # para. 5.3: a one-off statement on fraud only (one-topic assurance)
COI-01 pass  # para. 4.5: tell the Council promptly of any actual or potential conflict; no one decides where conflicted
COI-02 pass  # para. 4.6: steps the Council directs to manage a reported conflict; para. 8.1 termination for breach of section 4
COI-03 pass  # para. 4.7: no gifts from households or retailers 'save for refreshments at distribution sessions', and offers recorded (the exception leaves the control)
COI-04 gap  # nothing on former Council officers or councillors in sections 1 to 9
COI-05 weak  # para. 4.8: 'is encouraged to keep a register of its trustees' interests'
COI-06 pass  # para. 4.9: confirms it told the Council of every relationship with those involved in the award decision, and will report new ones
CDM-01 weak  # para. 7.1: 'shall aim to have a simple way for households to complain'
CDM-02 weak  # para. 7.3: complaint summary only 'If the Council so requests' (on request only); the monthly return in para. 3.1 has no complaint data
CDM-03 pass  # para. 7.4: household feedback questionnaire with results sent to the Council
CDM-04 weak  # para. 7.5: 'will seek to co-operate with the Local Government and Social Care Ombudsman'
CDM-05 gap  # para. 7.6: 'No review of lessons learned from complaints is required.'
CDM-06 weak  # para. 7.2: 'So far as reasonably practicable' reply within 10 working days (a qualified timescale, no acknowledgement time)
"""),
})

# ------------------------------------------------------------------ c13 (ODT by LibreOffice)
CONTRACTS.append({
    "file": "c13-trucked-water-delivery.odt",
    "build": "odt-lo",
    "title": "Government of Yukon - Contract for Trucked Water Delivery and Sewage Pump-out Services",
    "subject": "trucked potable water delivery and sewage pump-out for homes without piped services",
    "jurisdiction": "Canada (Yukon territorial government)",
    "parties": "Department / Contractor",
    "shapes": "six of the seven principle words under 'is encouraged to'; supplier code duty with a partial disapplication ('except that paragraph 4 of that Code ... does not apply'); 'need not flow down clauses 3 to 5'; 'Each party shall notify the other' of conflicts; a former-employee ban 'unless the Department agrees in writing'; 'Nothing in clause 9 (Confidentiality) relieves the Contractor ... of the duty to report' (a double negative leaving the duty); a mixed sentence (annual signed statement '... but is not required to keep a register of its employees' interests'); 'The Department expects'; a 'shall:' lead-in list with one hedged item ('aim to respond'); 'The parties shall review complaints'; a conflict-linked termination right; a generic inspection right; a communities table",
    "blocks": [
        T("Government of Yukon \u2013 Contract for Trucked Water Delivery and Sewage Pump-out Services"),
        P("Contract No. CS-2025-0871. This Contract is between the Government of Yukon, as represented by the Minister of Community Services (the \"Department\"), and Taiga Haul & Water Ltd., 44 Boreal Crescent, Whitehorse, Yukon (the \"Contractor\")."),
        H("1. Definitions"),
        P("1.1 \"Households\" means the homes and buildings in the communities listed in Schedule A that are not connected to piped water or sewer. \"Personnel\" means the Contractor's drivers, dispatchers and other employees and agents. \"Business Day\" means a day other than a Saturday, Sunday or statutory holiday in Yukon."),
        H("2. Services"),
        P("2.1 The Contractor shall deliver potable water to, and pump out the sewage holding tanks of, Households on the schedule in Schedule A, for three years from 1 January 2026."),
        P("2.2 The Contractor shall test the chlorine residual in each water truck every day, record it in the delivery log and stop deliveries from any truck that falls below the level set by the Department's environmental health officer."),
        P("2.3 The Contractor shall keep at least two water trucks and one pump-out truck in service at all times and shall arrange a replacement truck within 24 hours of any breakdown."),
        H("3. Standards of conduct"),
        P("3.1 The Contractor is encouraged to act with integrity, honesty, objectivity, openness, accountability and leadership in all dealings with Households and communities."),
        P("3.2 The Contractor shall comply with the Department's Supplier Code of Conduct, except that paragraph 4 of that Code (environmental reporting) does not apply to this Contract."),
        P("3.3 The Contractor need not flow down clauses 3 to 5 to any sub-contractor, but remains responsible for each sub-contractor's performance."),
        P("3.4 The Contractor shall ensure that every driver completes training on the Supplier Code of Conduct, conflicts of interest and reporting wrongdoing before the first delivery and each year after that, and shall keep training records."),
        H("4. Conflicts of interest and gifts"),
        P("4.1 Each party shall notify the other promptly in writing of any actual or potential conflict of interest affecting this Contract, and the Contractor shall avoid any such conflict involving its Personnel and the Households they serve."),
        P("4.2 The Contractor shall take the steps the Department directs to manage or remove any conflict."),
        P("4.3 The Department expects the Contractor's drivers to decline gifts from Households."),
        P("4.4 The Contractor shall not, for 12 months after the person leaves the Department, engage on this Contract any former Department employee who was involved in awarding or managing it, unless the Department agrees in writing."),
        P("4.5 The Contractor confirms that it disclosed, in its bid, any relationship with anyone involved in evaluating bids, and shall disclose any new relationship during the term."),
        H("5. Fraud and wrongdoing"),
        P("5.1 The Contractor shall not give or offer any secret commission or other benefit contrary to section 426 of the Criminal Code in connection with this Contract, and shall maintain written procedures to prevent fraud in delivery records."),
        P("5.2 Nothing in clause 9 (Confidentiality) relieves the Contractor or its Personnel of the duty to report to the Department any suspected fraud, theft of water or fuel, or other wrongdoing connected with this Contract."),
        H("6. Assurance, information and inspection"),
        P("6.1 The Contractor shall give the Department, at the start of the Contract and each April, a signed statement that it has complied with clauses 3 to 5 and that it has the policies and a responsible manager in place to continue doing so, but is not required to keep a register of its employees' interests."),
        P("6.2 The Contractor acknowledges that the Department is subject to the Access to Information and Protection of Privacy Act and shall give the Department, within 10 Business Days, any record it needs to respond to an access request."),
        P("6.3 The Department may inspect the Contractor's premises, trucks and records at any reasonable time."),
        H("7. Household complaints and feedback"),
        P("7.1 The Contractor shall:"),
        L("alpha",
          "maintain a complaints process for Households, make it known through each community office and on every delivery notice, and record every complaint;",
          "aim to respond to complaints within 5 Business Days;",
          "include in its monthly report the number of Household complaints, their nature and how each was resolved;",
          "survey Households in each community once a year on their satisfaction with delivery reliability and driver conduct, and report the results to the Department;",
          "co-operate with the Yukon Ombudsman in any investigation of a complaint about the Services and implement any recommendation the Department accepts."),
        P("7.2 The parties shall review complaints and survey results at each quarterly meeting, identify the causes of recurring complaints and agree an action plan, which the Contractor shall carry out."),
        H("8. Termination"),
        P("8.1 The Department may terminate this Contract immediately if the Contractor breaches clause 3.2 or clause 5, or if a conflict of interest cannot be resolved to the Department's satisfaction."),
        P("8.2 The Department may terminate this Contract for convenience on 60 days' notice."),
        H("9. Confidentiality"),
        P("9.1 The Contractor shall keep confidential all information about Households and shall not disclose it except as required by law or this Contract."),
        H("10. Payment"),
        P("10.1 The Department shall pay, within 30 days of a correct invoice, the rate per delivery and per pump-out in Schedule B. Fuel price adjustments are made quarterly."),
        H("Schedule A \u2013 Communities and frequency"),
        TB(["Community", "Households", "Water delivery", "Pump-out"],
           ["Kluane Crossing", "46", "Twice weekly", "Weekly"],
           ["Marten Creek", "31", "Weekly", "Fortnightly"],
           ["Fox Lake Flats", "18", "Weekly", "Fortnightly"],
           ["Old Ferry Landing", "12", "Weekly", "Monthly"]),
        H("Schedule B \u2013 Rates"),
        L("bullet",
          "Water delivery: $96 per delivery up to 4,500 litres, $0.02 per additional litre.",
          "Sewage pump-out: $118 per visit.",
          "Emergency delivery outside the schedule: $210 per delivery."),
    ],
    "verdicts": V("""
ES-01 weak  # cl. 3.1: six of the seven principle words, but only 'is encouraged to'
ES-02 pass  # cl. 3.2: comply with the Department's Supplier Code of Conduct; the exception disapplies only its environmental paragraph
ES-03 gap  # cl. 3.3: 'need not flow down clauses 3 to 5 to any sub-contractor'; responsibility for performance is liability, not flow-down
ES-04 pass  # cl. 3.4: training on the Supplier Code of Conduct, conflicts and reporting wrongdoing before first delivery and yearly, with records
ES-05 pass  # cl. 5.2: 'Nothing in clause 9 (Confidentiality) relieves the Contractor ... of the duty to report to the Department any suspected fraud ... or other wrongdoing' (a double negative that states the duty)
ES-06 pass  # cl. 5.1: no secret commission contrary to Criminal Code s. 426, written anti-fraud procedures
ES-07 pass  # cl. 6.2: records within 10 Business Days for access requests under the Access to Information and Protection of Privacy Act
ES-08 weak  # cl. 6.3: general right to inspect premises, trucks and records, naming neither ethics nor the ethics clauses
ES-09 pass  # cl. 8.1: termination for breach of cl. 3.2 or clause 5, or an unresolved conflict of interest
ES-10 pass  # cl. 6.1: signed statement at the start and each April of compliance with clauses 3 to 5, with policies and a responsible manager (the first limb of a mixed sentence)
COI-01 pass  # cl. 4.1: 'Each party shall notify the other promptly in writing' of conflicts (binds the Contractor as a party) and the Contractor shall avoid them
COI-02 pass  # cl. 4.2: steps the Department directs to manage or remove a conflict; cl. 8.1 termination for an unresolved conflict
COI-03 weak  # cl. 4.3: 'The Department expects the Contractor's drivers to decline gifts'
COI-04 pass  # cl. 4.4: no engagement for 12 months of former Department employees involved in the award or management 'unless the Department agrees in writing'
COI-05 gap  # cl. 6.1: '... but is not required to keep a register of its employees' interests'
COI-06 pass  # cl. 4.5: confirms it disclosed in its bid any relationship with bid evaluators, and will disclose new ones
CDM-01 pass  # cl. 7.1 item (a): complaints process for Households, publicised, complaints recorded
CDM-02 pass  # cl. 7.1 item (c): monthly report with number, nature and resolution of Household complaints
CDM-03 pass  # cl. 7.1 item (d): yearly survey of Households, results reported to the Department
CDM-04 pass  # cl. 7.1 item (e): co-operate with the Yukon Ombudsman and implement accepted recommendations
CDM-05 pass  # cl. 7.2: 'The parties shall review complaints and survey results ..., identify the causes ... and agree an action plan, which the Contractor shall carry out'
CDM-06 weak  # cl. 7.1 item (b): the lead-in 'shall' governs only 'aim to respond to complaints within 5 Business Days' (an aim; no acknowledgement time)
"""),
})

# ------------------------------------------------------------------ c14 (DOCX by LibreOffice)
CONTRACTS.append({
    "file": "c14-care-home-medicines-optimisation.docx",
    "build": "docx-lo",
    "title": "NHS Marsh and Wolds Integrated Care Board - Care Home Medicines Optimisation Service Contract",
    "subject": "pharmacist-led medicines optimisation service for care home residents",
    "jurisdiction": "England (NHS integrated care board)",
    "parties": "ICB / Provider",
    "shapes": "'Each party shall observe the Seven Principles'; 'The ICB expects' (code of conduct, tender declaration); 'Where the Provider uses sub-contractors or locum agencies'; 'may wish to appoint a Freedom to Speak Up Guardian'; 'reasonable endeavours to prevent fraud and bribery'; 'shall aim to avoid conflicts'; 'should consider agreeing a mitigation plan'; gifts duty with a '£6' exception; 'is encouraged to have a procedure for complaints'; a KPI table with a Responsible column whose complaints, survey and complaints-return rows are 'N/A' ('Indicators marked N/A do not apply'); 'Termination for breach of clauses 3 to 5. [Not used]'; confidentiality only; CEDR mediation; root cause analysis of medication incidents; precedence 'conflict'",
    "blocks": [
        T("NHS Marsh and Wolds Integrated Care Board \u2013 Care Home Medicines Optimisation Service Contract"),
        P("Contract reference: MWICB-PH-2025-019. Terms: the ICB's conditions of contract for clinical services (2025 edition), as set out below in full."),
        P("Parties: NHS Marsh and Wolds Integrated Care Board, Wolds House, Beck Lane, Holmebridge (the \"ICB\"); and Medwise Clinical Pharmacy LLP, 2 Apothecary Court, Marshby (the \"Provider\")."),
        H("1. Definitions"),
        P("1.1 \"Care Homes\" means the 38 care homes listed in Schedule 1. \"Staff\" means the Provider's pharmacists, pharmacy technicians and other personnel. \"Working Day\" means a day other than a Saturday, Sunday or bank holiday in England."),
        P("1.2 In the event of any conflict between the clauses and the Schedules, the clauses prevail."),
        H("2. Services"),
        P("2.1 The Provider shall carry out a structured medication review for every Care Home resident at least once a year and after each hospital discharge, support Care Homes with the safe ordering, storage and administration of medicines, and reduce inappropriate antipsychotic prescribing, as set out in Schedule 1, for two years from 1 April 2026."),
        P("2.2 The Provider shall carry out a root cause analysis of every medication incident graded moderate harm or above and share the learning with the Care Home concerned and the resident's GP practice."),
        P("2.3 The Provider shall ensure that every pharmacist is registered with the General Pharmaceutical Council and holds an independent prescribing qualification, and that every pharmacy technician is registered with the General Pharmaceutical Council."),
        H("3. Standards"),
        P("3.1 Each party shall observe the Seven Principles of Public Life in performing this Contract."),
        P("3.2 The ICB expects the Provider to meet the standards in the HM Government Supplier Code of Conduct."),
        P("3.3 Where the Provider uses sub-contractors or locum agencies, it shall procure that each complies with obligations equivalent to those in clauses 3 to 5."),
        P("3.4 The Provider shall ensure that all Staff complete training on conflicts of interest, gifts and hospitality and the NHS guidance on managing conflicts of interest within two months of starting and every year after that, and shall keep training records."),
        P("3.5 The Provider may wish to appoint a Freedom to Speak Up Guardian for its Staff."),
        P("3.6 The Provider shall use reasonable endeavours to prevent fraud and bribery in connection with this Contract."),
        H("4. Conflicts of interest"),
        P("4.1 The Provider shall aim to avoid conflicts of interest and to inform the ICB of any that arise."),
        P("4.2 The Provider should consider agreeing a mitigation plan with the ICB for any conflict it reports."),
        P("4.3 The Provider shall ensure that all decision-making Staff complete a declaration of interests (or a nil declaration) on appointment and each April, in line with Managing Conflicts of Interest in the NHS, keep a register of those declarations and publish it on its website."),
        P("4.4 The ICB expects the Provider to keep the declaration of no conflict it gave at tender stage up to date."),
        H("5. Gifts, hospitality and former ICB staff"),
        P("5.1 The Provider shall ensure that its Staff do not accept gifts or hospitality from pharmaceutical companies, Care Homes or residents' families, other than gifts worth less than \u00a36, and shall record all offers in its gifts and hospitality register."),
        P("5.2 The Provider shall disclose to the ICB, before engaging them, any person who in the previous two years was employed by the ICB, or by a predecessor clinical commissioning group, in medicines optimisation or commissioning."),
        H("6. Assurance and review"),
        P("6.1 The Provider's senior partner shall sign and send to the ICB, by 30 June each year, a statement confirming compliance with clauses 3 to 5 and describing the arrangements that support it."),
        P("6.2 The ICB may review the Provider's compliance with clauses 3 to 5 at contract review meetings and may audit its gifts and hospitality register and its register of interests."),
        H("7. Confidentiality"),
        P("7.1 Each party shall keep the other's confidential information confidential, except as required by law."),
        P("7.2 The ICB shall publish a contract award notice."),
        H("8. Key performance indicators"),
        P("8.1 Each party shall meet the indicators shown against it in the Responsible column of Table 1. Indicators marked N/A do not apply to this Contract."),
        TB(["KPI", "Measure", "Target", "Responsible"],
           ["1", "Residents with a structured medication review in the last 12 months", "95%", "Provider"],
           ["2", "Reviews completed within 10 Working Days of hospital discharge", "90%", "Provider"],
           ["3", "Gifts and hospitality register sent to the ICB", "Quarterly", "Provider"],
           ["4", "Complaints acknowledged within 3 Working Days and answered within 20 Working Days", "N/A", "N/A"],
           ["5", "Resident and family satisfaction survey", "N/A", "N/A"],
           ["6", "Quarterly complaints return", "N/A", "N/A"]),
        H("9. Complaints and disputes"),
        P("9.1 The Provider is encouraged to have a procedure for complaints by residents, their families and Care Homes about the Services."),
        P("9.2 Disputes between the parties shall be referred to mediation by CEDR before either party starts proceedings."),
        H("10. Termination"),
        P("10.1 Either party may terminate this Contract on three months' written notice."),
        P("10.2 Termination for breach of clauses 3 to 5. [Not used]"),
        H("11. Price"),
        P("11.1 The ICB shall pay the Provider \u00a3412,000 a year in twelve equal monthly instalments, within 30 days of each invoice."),
        H("Schedule 1 \u2013 Service specification"),
        P("The Provider shall:"),
        L("alpha",
          "visit each Care Home at least once a month;",
          ("carry out structured medication reviews, including:",
           ("list", "roman", [
               "a review of every resident within 10 Working Days of a hospital discharge;",
               "a review of antipsychotic and sedative prescribing for every resident living with dementia;"])),
          "support Care Homes to move to electronic medicines administration records;",
          "give Care Home staff practical advice on the storage and disposal of controlled drugs."),
    ],
    "verdicts": V("""
ES-01 pass  # cl. 3.1: 'Each party shall observe the Seven Principles of Public Life' binds the Provider as a party
ES-02 weak  # cl. 3.2: 'The ICB expects the Provider to meet the standards in the HM Government Supplier Code of Conduct'
ES-03 pass  # cl. 3.3: 'Where the Provider uses sub-contractors or locum agencies, it shall procure that each complies with obligations equivalent to those in clauses 3 to 5'
ES-04 pass  # cl. 3.4: training on conflicts, gifts and hospitality and NHS conflicts guidance within two months and yearly, with records
ES-05 weak  # cl. 3.5: 'may wish to appoint a Freedom to Speak Up Guardian'; no reporting duty or protection elsewhere
ES-06 weak  # cl. 3.6: 'shall use reasonable endeavours to prevent fraud and bribery'
ES-07 gap  # cl. 7.1: confidentiality only; cl. 7.2 the ICB's own publication; no FOI co-operation
ES-08 pass  # cl. 6.2: the ICB may review compliance with clauses 3 to 5 and audit the gifts and interests registers
ES-09 gap  # cl. 10.2: 'Termination for breach of clauses 3 to 5. [Not used]'; cl. 10.1 termination on notice only
ES-10 pass  # cl. 6.1: the senior partner's signed yearly statement of compliance with clauses 3 to 5 and the supporting arrangements
COI-01 weak  # cl. 4.1: 'shall aim to avoid conflicts of interest and to inform the ICB'; cl. 1.2 precedence 'conflict' is a decoy
COI-02 weak  # cl. 4.2: 'should consider agreeing a mitigation plan'
COI-03 pass  # cl. 5.1: no gifts or hospitality 'other than gifts worth less than £6', all offers recorded in the register; KPI 3 register sent to the ICB
COI-04 pass  # cl. 5.2: disclose before engaging anyone employed by the ICB or a predecessor CCG in the previous two years in a connected role
COI-05 pass  # cl. 4.3: declarations or nil declarations by decision-making Staff on appointment and yearly, register kept and published
COI-06 weak  # cl. 4.4: 'The ICB expects the Provider to keep the declaration of no conflict it gave at tender stage up to date'
CDM-01 weak  # cl. 9.1: 'is encouraged to have a procedure for complaints'
CDM-02 gap  # Table 1 KPI 6 'Quarterly complaints return' is marked N/A (does not apply)
CDM-03 gap  # Table 1 KPI 5 'Resident and family satisfaction survey' is marked N/A
CDM-04 gap  # cl. 9.2: CEDR mediation between the parties only; no Ombudsman co-operation
CDM-05 gap  # cl. 2.2: root cause analysis of medication incidents, not learning from complaints (decoy)
CDM-06 gap  # Table 1 KPI 4 (complaint timescales) is marked N/A; KPI 2 review times are a decoy
"""),
})

README_HEAD = """# Blind set 18: qualifiers, exceptions and mixed sentences

14 fictional public-service contracts (917-1,389 words) written blind to measure probity's 22
contract-clause rules (ES-01..ES-10, COI-01..COI-06, CDM-01..CDM-06) on text it was never tuned
on. Earlier sets found the tool weakest where a clause's meaning turns on words beyond "The
Provider shall <verb> <topic>"; here every duty and every trap turns on a qualifier, an exception,
a condition or a second limb of the same sentence. Each `cNN-name.EXT` has `cNN-name.expected`:
22 lines in rule order, `RULE pass|weak|gap  # why`, citing the clause.

Rebuild and check: `python3 scripts/make-blind-set18.py` from the repository root (deletes and
rebuilds this folder; texts and verdicts are data in `scripts/blind_set18_contracts.py`). It
needs Python 3, LibreOffice (`soffice`, private profile under /tmp/lo18) and poppler's
`pdftotext`, and exits non-zero if any check fails. Two consecutive runs give byte-identical
files.

## How it was written

* **What was read.** Sections 1 and 2 of the rule catalogue (`../shared/rule-catalogue.md`,
  read with `sed -n '1,/^## 3/p'`), `fixtures/blind/README.md` (for the subjects already used),
  `fixtures/blind/set17/README.md`, and `scripts/make-blind-set17.py`, whose file-making
  machinery and checks were copied into `scripts/make-blind-set18.py`. Nothing under `src/`,
  `rules/`, `tests/` or `docs/`, no other fixture, no other `scripts/blind_set*_contracts.py`
  and not the set 16 bank was opened; cargo and probity were not run.
* **Slips, recorded honestly.** (1) While looking at the repository layout I ran
  `ls fixtures/blind/set1`, which printed set 1's file names (no file was opened). (2) Before
  starting, `git log --oneline | head -5` on the main branch printed the subjects of the five
  latest commits, which name some recent changes to probity (passive agents, heading read-ins,
  a CDM-01 wording, a plain-text underlined schedule heading). I did not look at those changes;
  no verdict was set from them, and the theme of this set was given by the brief.
* **Method.** First a matrix of 22 rules by 14 contracts, so that every rule has 6-9 passes and
  5-8 non-passes, with the weak forms the catalogue names among the non-passes and every
  non-pass carried by a different kind of qualifier, exception, disapplication, wrong party,
  decoy or disabled text. Then each contract was drafted around its row of the matrix, with
  ordinary boilerplate (term, price, insurance, data protection, service specification) that
  carries look-alike words from section 1.3. Last, every verdict was re-read against the
  catalogue over the whole document, as a commissioner would read it, and the reason written
  into the `.expected` line.
* **Subjects** are new to the blind sets: Irish Traveller accommodation caretaking, NHS
  chaplaincy, Western Australian mosquito control, NZ bus revenue protection, British Columbia
  wildfire reception centres, a Minnesota supervised parenting time center, English
  concessionary bus pass processing, Welsh translation for a health board, Scottish
  Gaelic-medium early learning and childcare, Northern Irish community centres, a Bermuda
  marina, a Household Support Fund food voucher grant, Yukon trucked water delivery, and a care
  home medicines optimisation service for an ICB. All parties, people, addresses and references
  are invented; real statutes, regulators and ombudsmen are named.
* **Formats** (as set 17): 3 DOCX and 3 ODT written by LibreOffice from flat ODT with real list
  numbering ((a)/(i), 1., bullets, nested lists); 1 hand-built DOCX (c02) whose tracked
  insertions and deletions and comments decide verdicts; 2 PDF written by LibreOffice with a
  page footer and page numbers; 3 Markdown; 2 plain text. Tables with a Responsible column are in
  c04, c06, c09, c10, c11, c12 and c14. The builder now sizes table columns to their text (so the
  Responsible column does not wrap into the duty text in the PDFs); otherwise it is set 17's.
* **Checks** (as set 17): 22 well-formed lines per `.expected` in rule order, each citing a
  clause; at least 3 passes and 3 non-passes per rule; the format split; 900-2,000 words per
  contract; XML well-formedness and fixed timestamps of every zip member; every paragraph, list
  item and table cell present in LibreOffice's text export (DOCX, ODT), in `pdftotext` output
  (PDF) or in the file (text formats); list labels shown by LibreOffice before each list item;
  comment text and tracked-deleted text absent from the body. LibreOffice's own plain-text export
  prints tracked deletions inline (the builder notes this for c02); the `.expected` files treat
  deletions and comments as not contract text and insertions as text.
"""

README_TAIL = """## How the verdicts were decided (calls where the catalogue is thin)

* **pass** = the rule's topic, the provider side (section 1.1) and an obligation cue (section 1.2)
  in one sentence or clause, with no decoy that takes the duty away; **weak** = the weak forms
  the catalogue names (permissive, reasonable endeavours, generic where the topic must be named,
  definition-only, and each rule's own weak form); **gap** = everything else.
* **A qualifier governs only the duty it attaches to.** In a mixed sentence each limb is judged
  for its own rule: c02 5.1 (notify conflicts: COI-01 pass / steps 'if any, as it considers
  appropriate': COI-02 weak), c03 7.4 (certificate: ES-10 pass / 'need not keep a register':
  COI-05 gap), c04 4.2 (code: ES-02 pass / 'need not flow down': ES-03 gap), c05 4.1 (Seven
  Principles: ES-01 pass / 'not required to adopt ... any other code of conduct': ES-02 gap), c08
  5.1 (gifts register: COI-03 pass / 'not required to submit the annual assurance statement':
  ES-10 gap), c10 6.3 (log of Concerns / 'not required to report': CDM-02 gap), c11 10.1
  (register: COI-05 pass / 'under no obligation to notify': COI-01 gap), c13 6.1 (statement:
  ES-10 pass / 'not required to keep a register': COI-05 gap). Section 1.3 says a negation in the
  same sentence defeats the rule; I read that as defeating the negated duty, not a different duty
  in the other limb.
* **Exceptions that leave the duty standing -> pass:** 'Save where the Council agrees otherwise in
  writing' (c01 3.1), 'save where the Council has approved the arrangement in writing' (c01 5.1),
  'save where a second Officer carries out the inspection' (c04 5.1), 'without the Authority's
  prior written consent' (c05 5.2), 'unless the Department agrees in writing' (c13 4.4), 'save
  for items of trivial value' (c02 5.2), 'other than gifts worth less than \u00a36' (c14 5.1), 'save
  for refreshments at distribution sessions' (c12 4.7), 'or within such longer period as the
  Resident agrees' (c01 7.2; the catalogue's own phrasing allows a longer agreed period), 'except
  that paragraph 4 of that Code (environmental reporting) does not apply' (c13 3.2), and c06 4.3
  'except that a monitor who completed equivalent training ... need not repeat the initial
  course' (the 'need not' of section 1.3 sits in the same sentence but removes only a repeat for
  some monitors).
* **Disapplications that remove the duty -> gap:** 'Nothing in this Agreement obligates' (c06
  4.2), 'Nothing in this Contract obliges' (c08 5.3), 'need not' (c04 4.2, 8.1; c07 4.3; c13 3.3),
  'is not obliged to provide ... any training other than' (c07 3.5), 'is under no obligation to
  assist' (c07 6.1), 'without any obligation on the Provider to assist' (c09 6.1), 'is released
  from the requirement' (c12 4.2), 'No annual compliance statement ... is required' (c04 6.3),
  'No user satisfaction survey is required' (c07 7.3), 'No review of lessons learned ... is
  required' (c12 7.6), 'shall not be bound by any request to open its records ... other than its
  bank statements and the voucher issue ledger' (c12 6.2: what remains is a financial audit, a
  gap under ES-08), 'Clause 9 shall not apply to this Contract' (c07 12.1, audit), 'Clause 8.2
  shall not apply' (c08 9.1, ethics termination), a tracked insertion 'Clause 6 shall not apply'
  (c02 11.2, anti-bribery), 'Clause 6 is deleted.' in a schedule of variations (c11), an operative
  clause pointing at a schedule that reads 'Not applicable.' (c07 3.3 and Schedule 4), '[Reserved]'
  (c10 4.4, c12 4.4), 'Intentionally left blank' (c10 7.2), '[Not used]' (c14 10.2), and 'N/A'
  table rows under 'Indicators marked N/A do not apply' or in the Responsible column (c10 T2, c14
  KPI 4-6). 'Nothing in this Agreement prevents the Provider from employing a former employee of
  the Council' (c09 5.3) imposes nothing: gap.
* **Disapplications limited to some people or in time (the catalogue does not decide them; my
  call: pass).** c07 3.2 disapplies the Seven Principles duty only for agency workers engaged for
  under 10 Working Days, so the Supplier and its other Staff remain bound. c09 5.2 defers the
  register of interests to 1 August 2026 in an agreement running to 31 July 2028, so the duty
  binds for two of its three years. Both are listed as less certain below.
* **Discretion.** Where the discretion goes to whether the duty is done at all, it is read as
  permissive (weak): 'such written code of conduct ..., if any, as it considers appropriate' (c01
  3.2), 'such steps, if any, as it considers appropriate' (c02 5.1), 'if and when it considers it
  appropriate to do so' (c01 7.3), 'shall, where appropriate, give ... training' (c05 4.2), 'Where
  appropriate, the Provider shall seek feedback' (c08 7.5). Where it goes only to form or to a
  side step, the duty stands (pass): 'in such form as it considers appropriate' (c08 4.2), 'and,
  where appropriate, offer the parent a meeting' (c09 8.2). Qualifiers of time ('as soon as
  practicable', 'promptly', 'without delay') do not weaken a duty (c04 5.1).
* **Hedges read as weak:** 'so far as reasonably practicable' (c04 4.1, c12 7.2; read like
  reasonable endeavours), 'use reasonable endeavours to' (c02 3.3, c03 9.6, c10 5.1, c14 3.6),
  'aim to' / 'shall aim to' (c05 7.2, c06 5.3, c10 3.3, c12 4.3, 7.1, c13 7.1(b), c14 4.1), 'will
  seek to' (c02 7.1, c07 5.2, c09 3.1, c12 7.5), 'may' and 'may wish to' (c05 7.4, c07 7.1, c10
  3.2, 6.5, c12 6.1, c14 3.5), 'is encouraged to' (c03 7.1, c05 5.1, 7.5, c06 4.4, c10 6.4, c12
  4.8, c13 3.1, c14 9.1), 'should consider' (c10 4.2, c14 4.2), 'is expected to' and 'expects'
  (c04 5.4, c05 7.6, c06 4.5, 5.5, c07 3.4, c08 5.5, c10 4.3, c13 4.3, c14 3.2, 4.4). A
  prohibition written 'No member of Personnel may accept' (c05 4.5) or 'No Officer may inspect'
  (c04 5.1) is not permissive.
* **Double negatives that leave a duty -> pass:** 'shall not fail to observe' (c03 3.1);
  'Nothing in clause 9 (Confidentiality) relieves the Contractor ... of the duty to report to the
  Department any suspected fraud' (c13 5.2) states the duty it preserves.
* **Conditions.** FOI help conditional on a request reaching the authority passes ES-07 (c01
  6.1, c03 8.1, c05 6.1, c13 6.2): that is how such help works. An audit of the ethics sections
  'If County so requests' (c06 7.3) passes ES-08 for the same reason. 'Where the Contractor uses
  sub-contractors' (c01 3.3, c09 3.3, c14 3.3) passes ES-03. Complaint data only 'If the Council
  so requests' or 'if County so requests' is weak for CDM-02 (c01 7.4, c06 9.3, c12 7.3), as the
  catalogue says. A register of interests given 'on request' (c01 5.3, c11 10.1) passes COI-05:
  the catalogue's on-request rule is CDM-02's.
* **Wrong party -> gap:** duties only on the authority's members, officers or staff (c01 4.4
  gifts, c08 4.1 Seven Principles, c08 5.4 declarations, c09 4.3 gifts, c04 4.6 and c08 4.5
  speaking-up policies, c06 6.1 fraud policy, c07 11.1 Monitoring Officer's certificate, c07 5.4
  evaluation panel declarations); the authority's duty with the provider as its object (c03 3.2
  and c09 3.2 'shall give the Provider a copy of' the authority's employee code; c03 7.3 the
  Council tells the Contractor of its officers' conflicts); the authority's own complaint
  handling, reply aim, surveys, Ombudsman liaison and FOI position (c04 6.1, 8.1, 8.2, Table 1;
  c08 7.4; c11 row R4; c02 9.2); routes open only to service users (c07 7.4, c08 7.4, c11 14.5).
* **'Each party' and 'the parties'** bind the provider as a party: 'Each party shall observe the
  Seven Principles' (c14 3.1), 'Each party shall ensure that it and its personnel do not offer
  ... any bribe' (c04 4.5), 'Each party shall notify the other ... of any actual or potential
  conflict' (c13 4.1), 'The parties shall review complaints ... and agree an action plan, which
  the Contractor shall carry out' (c13 7.2). In tables introduced by 'Each party shall carry out
  the duties shown against it', a row binds the party in the Responsible column; an authority
  row of review or audit is by nature the authority's right (c10 T3: ES-08 pass); other authority
  rows are wrong party (c04 Table 1); 'N/A' rows bind no one.
* **Definitions.** A definition used by an operative clause carries its content: 'Prohibited
  Act' (c03 5.1), 'Concern' (c10 6.1, 6.2), 'Ethical Standards Clauses' (c11 8.1, 11.1, 13.1,
  13.2). A definition never used is definition-only, which the catalogue's 'Satisfied / weak /
  missing' paragraph lists among the weak forms (section 1.3 calls it a decoy, i.e. not
  satisfied, which weak also is): c08 'Prohibited Act' (ES-06 weak; ES-06's own decoy list names
  'Prohibited Act means alone', which I read as not satisfied, taking the level from the general
  rule) and c09 'Conflict of Interest' (COI-01 weak). A definition that gives a topic word a decoy
  meaning and is then used (c08 'Complaint' = the Authority's complaints about translations)
  makes every use a decoy (CDM-01, CDM-02, CDM-05, CDM-06 gap).
* **Headings.** A heading supplies the topic to a body that refers back to it: '5.1 Speaking up'
  over 'a written procedure through which staff and volunteers can do this in confidence' (c12,
  ES-05 pass; the contract has no other speaking-up or reporting duty). A heading whose body is
  '[Reserved]', 'Intentionally left blank' or '[Not used]' is a gap.
* **Tracked changes and comments (c02).** Insertions are contract text (3.2 code: ES-02 pass;
  11.2 disapplication: ES-06 gap; 'may' in 5.4: COI-05 weak; 'shall' in 8.5: CDM-04 pass);
  deletions are not (3.1 Seven Principles: ES-01 gap; the ethics termination limb of 10.1: ES-09
  gap); comments are not (the proposed ethics certificate: ES-10 gap; the tender disclosure:
  COI-06 gap).
* **Rule by rule, where the catalogue's own weak forms decided:** ES-04 generic 'appropriately
  trained and qualified' weak (c01); training delivered to the authority's staff (c02) and
  membership or CPD (c08) gap. ES-05 any one element passes, including a duty to report suspected
  fraud to the authority (c05 4.4, c07 4.2, c10 T4, c13 5.2); so where ES-05 is not a pass there
  is no such reporting duty anywhere in the contract. ES-06 'reasonable endeavours to prevent
  fraud and bribery' weak (c14); an Act named only in a list of laws gap (c06 11.2, c11 3.1).
  ES-08 a general inspection right weak (c01, c05, c09, c13); invoices, accounts and ledgers only
  gap (c03, c12). ES-09 material-breach termination with no ethics link weak (c04, c06, c11); a
  conflict-linked termination right counts (c13 8.1). ES-10 a one-topic certificate (c01 4.3
  corruption, c12 5.3 fraud) or structures only (c06 7.4 warranty, c10 5.2 ethics lead) weak.
  COI-01 a register of interests or training on conflicts is not a duty to avoid or notify
  conflicts. COI-04 a TUPE-style transfer of former authority employees is a gap (c01, c04, c07).
  COI-06 an exclusion-ground confirmation is a gap (c02, c05). CDM-03 a staff-only survey is a
  gap (c02). CDM-04 mediation, arbitration or CEDR between the parties is a gap. CDM-05 root
  cause analysis of equipment failures, assaults, rejected batches or medication incidents is a
  decoy. CDM-06 processing, turnaround, payment and query times are decoys; 'aim to' and 'so far
  as reasonably practicable' timescales are weak.
* **Party labels** not in section 1.1 ('County', 'Department', 'Grantee', 'Operator',
  'Service Provider', 'ICB', 'Authority' for a health board or regional district) are read from
  each parties clause. Foreign equivalents are read by function: the Irish FOI Act 2014, the WA
  FOI Act 1992, BC FIPPA, the Minnesota Government Data Practices Act, Bermuda's Public Access to
  Information Act 2010 and Yukon's Access to Information and Protection of Privacy Act are FOI
  laws for ES-07; the Office of the Ombudsman (Ireland), Ombudsman Western Australia, the
  Ombudsperson of British Columbia, Minnesota's Office of Ombudsperson for Families, NIPSO, SPSO,
  PSOW, LGSCO, PHSO, the Yukon Ombudsman and the Ombudsman for Bermuda are ombudsmen for CDM-04.

## Less certain calls

c07 ES-01 and c09 COI-05 (disapplications limited to some people or in time, read as pass);
c08 ES-06 and c09 COI-01 (definition-only read as weak, not gap); c06 ES-04 (a same-sentence
'need not' carve-out read as leaving the duty); c01 ES-02, c02 COI-02, c01 CDM-05, c05 ES-04 and
c08 CDM-03 (discretion over whether read as weak) against c08 ES-02 (discretion over form read as
pass); c04 ES-01 and c12 CDM-06 ('so far as reasonably practicable' read as weak); c13 ES-05 (a
double negative that presupposes the duty, read as pass); c04 COI-01 ('as soon as practicable'
read as a firm duty); c10 ES-08 (an authority row in a Responsible table read as the authority's
review right); c11 COI-01 (gap beside a register of interests); c02 ES-04 (gap beside training
the Contractor delivers to Trust staff); c12 ES-05 (pass resting on a heading).
"""
