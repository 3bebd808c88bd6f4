"""Content of blind test set 12: twelve fictional public-service contracts and their
expected verdicts. Built into fixtures/blind/set12/ by scripts/make-blind-set12.py.

Element kinds in each contract body:
  ("title", text)          document title
  ("meta", text)           unnumbered paragraph (parties, background, signatures)
  ("h", "7", text)         clause heading, automatically numbered in DOCX/ODT
  ("p", "7.1", text)       numbered clause paragraph ("7(a)" style for HTML-sourced files)
  ("i", "(a)", text)       numbered item under a paragraph
  ("sh", text)             schedule / part heading (unnumbered)
  ("sp", "1", text)        numbered schedule paragraph (restarts after each "sh")
  ("table", rows)          table; first row is the header
Inline markup (hand-built DOCX/ODT only): {+inserted+} {-deleted-} {#comment#}.

All names, organisations, people, numbers and addresses are invented.
"""


def T(text):
    return ("title", text)


def M(text):
    return ("meta", text)


def H(n, text):
    return ("h", n, text)


def P(n, text):
    return ("p", n, text)


def I(n, text):
    return ("i", n, text)


def SH(text):
    return ("sh", text)


def SP(n, text):
    return ("sp", n, text)


def TAB(*rows):
    return ("table", [list(r) for r in rows])


def EXP(text):
    out = []
    for line in text.strip().split("\n"):
        rule, verdict, why = [x.strip() for x in line.split("|", 2)]
        out.append((rule, verdict, why))
    return out


CONTRACTS = []

# ---------------------------------------------------------------------------
# c01: UK central government, occupational health service. Hand-built DOCX with
# numbering.xml, tracked insertion and deletion, a comment, runs split mid-word and tables.

CONTRACTS.append(dict(
    name="c01-occupational-health-department",
    ext="docx",
    build="docx-hand",
    title="Contract for Occupational Health Services",
    h_label="{n}.",
    docx_h_lvl="%1.",
    comment_author="Buyer Commercial",
    comment_initials="BC",
    splits=["Seven Prin|ciples", "Conf|lict of Interest", "hospi|tality", "Ombuds|man",
            "retal|iate", "Prohi|bited", "certi|fy", "satis|faction", "compl|aints procedure",
            "Subcon|tractor"],
    body=[
        T("Contract for Occupational Health Services"),
        M("Contract reference: DCC/CF/2025/0147"),
        M("This Contract is made on 14 March 2025 between the Secretary of State for Coastal "
          "Communities, acting through the Department for Coastal Communities, 4 Wharf Row, "
          "London SE1 9QX (the \u201cBuyer\u201d), and Harbourline Occupational Health Limited, a "
          "company registered in England and Wales under number 09876543 whose registered "
          "office is at Unit 6, Tidemill Business Park, Ipswich IP3 0RT (the \u201cSupplier\u201d)."),
        M("Background: the Buyer requires an occupational health service for approximately "
          "6,400 employees working in its London headquarters, four regional offices and "
          "eleven harbour inspection stations. The Supplier was selected following a "
          "competitive tendering procedure and has agreed to provide the Services on the terms "
          "of this Contract."),
        H("1", "Definitions and interpretation"),
        P("1.1", "In this Contract the following words have the meanings set out below:"),
        I("(a)", "\u201cConflict of Interest\u201d means a conflict between the financial or "
          "personal duties of the Supplier or the Supplier Staff and the duties owed to the Buyer "
          "under this Contract, in the reasonable opinion of the Buyer;"),
        I("(b)", "\u201cEmployee\u201d means any employee or worker of the Buyer who is referred to "
          "the Services by a line manager or who refers themselves to the Services;"),
        I("(c)", "\u201cPrescribed Person\u201d means a legal adviser, a Member of Parliament or an "
          "appropriate body to which a disclosure may be made as set out in the Public Interest "
          "Disclosure (Prescribed Persons) Order 2014;"),
        I("(d)", "\u201cProhibited Act\u201d means offering, giving or agreeing to give to any "
          "servant of the Crown any gift or consideration of any kind as an inducement or reward "
          "for doing or not doing any act in relation to this Contract, or committing any offence "
          "under the Bribery Act 2010 or the Fraud Act 2006 in connection with this Contract;"),
        I("(e)", "\u201cSupplier Staff\u201d means all individuals employed or engaged by the "
          "Supplier or any Subcontractor to perform the Supplier's obligations under this Contract;"),
        I("(f)", "\u201cWorking Day\u201d means any day other than a Saturday, a Sunday or a public "
          "holiday in England."),
        P("1.2", "If there is any conflict or inconsistency between the clauses and the Schedules, "
          "the clauses prevail."),
        P("1.3", "A reference to legislation is a reference to that legislation as amended, "
          "extended or re-enacted from time to time."),
        H("2", "Term"),
        P("2.1", "This Contract starts on 1 April 2025 (the \u201cStart Date\u201d) and expires on "
          "31 March 2028 unless it is terminated earlier under clause 18."),
        P("2.2", "The Buyer may extend this Contract once by up to 12 months by giving the "
          "Supplier at least three months' written notice before expiry."),
        H("3", "The Services"),
        P("3.1", "The Supplier shall provide occupational health services to Employees in "
          "accordance with Schedule 1 (Specification), including management referrals, "
          "pre-placement health assessments, health surveillance for staff exposed to noise and "
          "hazardous substances, travel vaccinations and a 24-hour employee assistance "
          "telephone line."),
        P("3.2", "The Supplier shall ensure that clinical Supplier Staff hold current registration "
          "with the Nursing and Midwifery Council or the General Medical Council, and that "
          "occupational health physicians hold an appropriate specialist qualification."),
        P("3.3", "The Supplier shall hold and maintain SEQOHS accreditation throughout the Term "
          "and shall notify the Buyer within 2 Working Days if that accreditation is suspended "
          "or withdrawn."),
        H("4", "Charges and invoicing"),
        P("4.1", "In consideration of the provision of the Services the Buyer shall pay the "
          "Charges set out in Schedule 2 within 30 days of receipt of a valid and undisputed "
          "invoice."),
        P("4.2", "The Supplier shall keep complete and accurate records of the Services provided "
          "and the Charges invoiced and shall retain them for seven years after the end of the "
          "Term."),
        H("5", "Supplier Staff"),
        P("5.1", "The Supplier shall ensure that all Supplier Staff are vetted to the Baseline "
          "Personnel Security Standard before they are given access to the Buyer's premises or "
          "systems."),
        P("5.2", "The Supplier shall ensure that all Supplier Staff receive induction training "
          "within one month of starting work on the Services, and refresher training every year, "
          "covering ethics, conflicts of interest, gifts and hospitality, anti-bribery and how "
          "to speak up, and shall keep training records and make them available to the Buyer on "
          "request."),
        P("5.3", "The Buyer may require the Supplier to remove and replace any member of the "
          "Supplier Staff whose acts or omissions have caused the Supplier to breach clause 10, "
          "11, 12 or 13."),
        H("6", "Performance monitoring and reporting"),
        P("6.1", "The Supplier shall meet or exceed the Key Performance Indicators set out in "
          "Schedule 3."),
        P("6.2", "The Supplier shall provide the Buyer with a Monthly Performance Report within "
          "10 Working Days of the end of each month, containing the information in the table "
          "below:"),
        TAB(["Section", "Content of the Monthly Performance Report"],
            ["Activity", "Referrals received, appointments offered within 10 Working Days, "
             "reports issued and did-not-attend rates, by site"],
            ["Complaints", "Complaints received from Employees in the month, the number "
             "acknowledged and answered within the timescales in clause 7.3, and the number "
             "upheld, partially upheld and not upheld, with the action taken"],
            ["Employee feedback", "Results of the satisfaction survey under clause 7.5 in the "
             "month in which they are received"],
            ["Incidents", "Clinical incidents and information security incidents, with the "
             "action taken"]),
        P("6.3", "The parties shall hold a contract review meeting every quarter. The Supplier's "
          "compliance with clauses 10 to 15 (ethical standards) shall be reviewed at each "
          "contract review meeting, and the Supplier shall provide any information the Buyer "
          "reasonably requests for that purpose."),
        H("7", "Complaints from Employees"),
        P("7.1", "The Supplier shall establish and operate a complaints procedure, free of charge "
          "to Employees and publicised on the Buyer's intranet and in every appointment letter, "
          "to deal with complaints about any matter reasonably connected with the Services."),
        P("7.2", "The procedure shall allow complaints to be made in writing, by telephone or "
          "online, and shall provide for reasonable adjustments for Employees with a disability."),
        P("7.3", "The Supplier shall acknowledge each complaint within 3 Working Days and send a "
          "full response within 20 Working Days or, where that is not possible, explain the "
          "reason for the delay and give a date by which it will respond."),
        P("7.4", "If an Employee remains dissatisfied, the Supplier shall refer the complaint to "
          "the Buyer's Contract Manager for review. The Supplier shall co-operate with any "
          "investigation by the Parliamentary and Health Service Ombudsman of a complaint "
          "connected with the Services, including by answering questions, providing information "
          "and attending meetings, and shall implement any recommendation that the Buyer accepts."),
        P("7.5", "The Supplier shall conduct a satisfaction survey of Employees who have used the "
          "Services at least every six months and shall report the results to the Buyer."),
        P("7.6", "Each quarter the Supplier shall analyse complaints and survey results for themes "
          "and root causes and, where overall satisfaction falls below 85 per cent, shall "
          "produce an action plan for the Buyer's approval and report progress against it at "
          "the next contract review meeting."),
        H("8", "Data protection and confidentiality"),
        P("8.1", "The Supplier shall process Personal Data only in accordance with Schedule 4 "
          "(Processing, Personal Data and Data Subjects) and the UK GDPR."),
        P("8.2", "The Supplier shall notify the Buyer within 24 hours if it receives any request, "
          "complaint or communication from a data subject or the Information Commissioner "
          "relating to Personal Data processed under this Contract."),
        P("8.3", "The Supplier shall keep occupational health records confidential and shall "
          "disclose clinical information to the Buyer only with the Employee's explicit consent "
          "or where the law requires it."),
        H("9", "Transparency and freedom of information"),
        P("9.1", "The parties acknowledge that the Buyer will publish this Contract, subject to "
          "the redaction of any information that the Buyer decides is exempt from disclosure."),
        P("9.2", "The Supplier shall give the Buyer full co-operation and the information needed "
          "so that the Buyer can publish the Transparency Information and comply with any request "
          "under the Freedom of Information Act 2000 or the Environmental Information Regulations "
          "2004, within 5 Working Days of the Buyer's request."),
        P("9.3", "The Buyer alone shall decide whether any information is exempt from disclosure."),
        H("10", "Ethical standards"),
        P("10.1", "The Seven Principles of Public Life apply to this Contract. The Supplier shall "
          "observe them in delivering the Services{+, and shall ensure that the Supplier Staff do "
          "the same+}."),
        P("10.2", "The Buyer expects its suppliers and subcontractors to meet the standards set "
          "out in the Supplier Code of Conduct published by the Cabinet Office."),
        P("10.3", "The Supplier warrants that it has in place, and will maintain throughout the "
          "Term, the structures and arrangements necessary to support ethical standards in the "
          "delivery of the Services, including a named director with responsibility for ethics."),
        H("11", "Prevention of fraud and bribery"),
        P("11.1", "The Supplier shall not commit, and shall ensure that the Supplier Staff do not "
          "commit, any Prohibited Act.{#The Supplier asked for 11.2 to be limited to reasonable "
          "endeavours. Not agreed: the Buyer's standard wording stands.#}"),
        P("11.2", "The Supplier shall create, maintain and enforce adequate policies and procedures "
          "to prevent any Prohibited Act by the Supplier Staff, and shall immediately notify the "
          "Buyer if it becomes aware of any breach of clause 11.1 or of any investigation of a "
          "Prohibited Act connected with this Contract."),
        H("12", "Conflicts of interest"),
        P("12.1", "The Supplier shall take action to ensure that neither the Supplier nor any of "
          "the Supplier Staff is placed in the position of an actual or potential Conflict of "
          "Interest."),
        P("12.2", "The Supplier shall promptly notify the Buyer in writing, with full details, if "
          "a Conflict of Interest arises or is likely to arise, together with its proposals to "
          "manage or remove it."),
        P("12.3", "Where there is or may be an actual Conflict of Interest, the Buyer may "
          "terminate this Contract immediately by notice or take any other steps it considers "
          "necessary."),
        P("12.4", "The Supplier shall obtain a declaration of interests from each member of the "
          "Supplier Staff who takes decisions about the Services, on appointment, on any change "
          "and at least every year, including a nil return where there is nothing to declare. "
          "The Supplier shall keep those declarations in a register of interests and provide a "
          "copy of the register to the Buyer on request."),
        P("12.5", "The Supplier confirms that it has disclosed to the Buyer any relationship with "
          "any person involved in the procurement of this Contract, and shall promptly disclose "
          "any further relationship of which it becomes aware, so that the Buyer can keep its "
          "conflicts assessment up to date."),
        P("12.6", "Before engaging on work under this Contract any person who was a Crown servant "
          "employed by the Buyer within the previous two years, the Supplier shall notify the "
          "Buyer and shall ensure that the person complies with any conditions imposed on them "
          "under the Business Appointment Rules."),
        H("13", "Gifts and hospitality"),
        P("13.1", "The Supplier shall not offer or give any gift or hospitality to any officer of "
          "the Buyer involved in the management of this Contract, other than refreshments of "
          "modest value at meetings."),
        P("13.2", "The Supplier shall record in a gifts and hospitality register all gifts and "
          "hospitality offered to or received by the Supplier Staff in connection with this "
          "Contract and shall make the register available to the Buyer on request."),
        H("14", "Speaking up"),
        P("14.1", "The Supplier and the Supplier Staff must report to the Buyer any actual or "
          "suspected breach of the law, of this Contract or of clauses 10 to 13 as soon as they "
          "become aware of it."),
        P("14.2", "The Supplier shall operate a confidential route through which the Supplier "
          "Staff can raise concerns, and must not retaliate against any of the Supplier Staff who "
          "in good faith reports a breach to the Buyer or to a Prescribed Person.{- Clause 14.2 "
          "shall not apply to Supplier Staff engaged through an employment agency.-}"),
        H("15", "Subcontracting"),
        P("15.1", "The Supplier shall not subcontract any part of the Services without the "
          "Buyer's prior written consent."),
        P("15.2", "The Supplier shall procure that each Subcontractor complies with obligations "
          "equivalent to those in clauses 10 to 14 (ethical standards, fraud and bribery, "
          "conflicts of interest, gifts and hospitality, and speaking up) and shall enforce those "
          "obligations."),
        P("15.3", "The Supplier is responsible for the acts and omissions of its Subcontractors as "
          "if they were its own."),
        H("16", "Audit"),
        P("16.1", "The Supplier shall allow any Auditor access to its premises, records and "
          "Supplier Staff to verify the Charges and the Supplier's compliance with this Contract, "
          "including clauses 10 to 15."),
        P("16.2", "The Supplier shall provide a Self Audit Certificate within three months of the "
          "end of each Contract Year confirming that its financial records relating to this "
          "Contract are complete and accurate."),
        H("17", "Ethical assurance"),
        P("17.1", "Within 20 Working Days of the Start Date, and then every year, the Supplier "
          "shall certify in writing to the Buyer, in a statement signed by a director, that it "
          "and its Subcontractors have complied with clauses 10 to 15 and that the arrangements "
          "described in clause 10.3 are in place and operating."),
        H("18", "Termination"),
        P("18.1", "The Buyer may terminate this Contract by notice with immediate effect if:"),
        I("(a)", "the Supplier commits a material Default which is not capable of remedy or which "
          "is not remedied within 20 Working Days of notice requiring it to be remedied;"),
        I("(b)", "the Supplier commits a Default of clause 11, 12 or 14;"),
        I("(c)", "the Supplier or its Affiliates embarrass or bring the Buyer into disrepute or "
          "diminish the public trust in the Buyer; or"),
        I("(d)", "the Supplier suffers an Insolvency Event."),
        P("18.2", "Where a Default is capable of remedy, the Buyer may require the Supplier to "
          "submit a Rectification Plan within 10 Working Days."),
        P("18.3", "The Buyer may terminate this Contract for convenience at any time by giving the "
          "Supplier at least 90 days' written notice."),
        H("19", "Dispute resolution"),
        P("19.1", "The parties shall attempt in good faith to resolve any dispute by negotiation "
          "between their contract managers and, if that fails, between senior representatives."),
        P("19.2", "If the dispute is not resolved within 20 Working Days, either party may refer "
          "it to mediation under the CEDR Model Mediation Procedure."),
        H("20", "General"),
        P("20.1", "Neither party is liable for any failure to perform caused by a Force Majeure "
          "Event, which includes war, armed conflict, terrorism, pandemic and a failure of the "
          "national grid, but does not include industrial action by Supplier Staff."),
        P("20.2", "Notices shall be given in writing to the addresses set out above or to any "
          "other address notified for that purpose."),
        P("20.3", "This Contract is governed by the law of England and Wales, and the courts of "
          "England and Wales have exclusive jurisdiction."),
        SH("Schedule 1 \u2013 Specification"),
        SP("1", "The Supplier shall provide a management referral service. The Supplier shall "
           "offer an appointment within 10 Working Days of receiving a referral and send a report "
           "to the referring manager within 2 Working Days of the appointment, once the Employee "
           "has consented to its release."),
        SP("2", "The Supplier shall provide pre-placement health assessments by questionnaire, "
           "with a clinical appointment where the questionnaire indicates that adjustments may be "
           "needed."),
        SP("3", "The Supplier shall provide health surveillance for harbour inspection staff, "
           "including audiometry, lung function testing and skin checks, at intervals required by "
           "the Control of Substances Hazardous to Health Regulations 2002 and the Control of Noise "
           "at Work Regulations 2005."),
        SP("4", "The Supplier shall provide travel health advice and vaccinations for Employees "
           "travelling overseas on official business."),
        SP("5", "The Supplier shall provide a 24-hour employee assistance telephone line staffed "
           "by qualified practitioners, with up to six sessions of short-term support per Employee "
           "in each Contract Year."),
        SP("6", "Clinics shall be held at the London headquarters every week and at each regional "
           "office at least once a month. Video appointments shall be available for Employees at "
           "harbour inspection stations."),
        SH("Schedule 2 \u2013 Charges"),
        TAB(["Service", "Unit", "Charge (GBP, excluding VAT)"],
            ["Management referral (including report)", "Per referral", "185.00"],
            ["Pre-placement assessment (questionnaire only)", "Per assessment", "22.00"],
            ["Pre-placement assessment (with appointment)", "Per assessment", "96.00"],
            ["Health surveillance", "Per Employee per year", "74.00"],
            ["Employee assistance line", "Per Employee per year", "8.40"],
            ["Travel vaccination", "Per dose", "Cost of vaccine plus 18.00"]),
        SH("Schedule 3 \u2013 Key Performance Indicators"),
        TAB(["KPI", "Measure", "Target"],
            ["KPI 1", "Management referral appointments offered within 10 Working Days", "95%"],
            ["KPI 2", "Reports sent within 2 Working Days of appointment", "95%"],
            ["KPI 3", "Complaints answered within 20 Working Days", "90%"],
            ["KPI 4", "Employee assistance calls answered within 60 seconds", "90%"]),
        SH("Schedule 4 \u2013 Processing, Personal Data and Data Subjects"),
        SP("1", "The Supplier is a controller of occupational health records and a processor of "
           "management information that it provides to the Buyer."),
        SP("2", "Categories of data: health data, contact details, job title and work location "
           "of Employees. Duration: the Term and seven years after it."),
        M("Signed for and on behalf of the Buyer: ............................ Date: ............"),
        M("Signed for and on behalf of the Supplier: ............................ Date: ............"),
    ],
    expected=EXP("""
ES-01 | pass | cl. 10.1: 'The Seven Principles of Public Life apply to this Contract. The Supplier shall observe them' (obligation split across two sentences; the tracked insertion is not needed for the pass)
ES-02 | weak | cl. 10.2: 'The Buyer expects its suppliers and subcontractors to meet the standards set out in the Supplier Code of Conduct' - expects only, no Supplier obligation elsewhere
ES-03 | pass | cl. 15.2: Supplier shall procure that each Subcontractor complies with obligations equivalent to clauses 10 to 14 (ethics topics named); cl. 15.1 consent and cl. 15.3 liability are decoys
ES-04 | pass | cl. 5.2: induction and yearly refresher training on ethics, conflicts, gifts, anti-bribery and speaking up, with training records
ES-05 | pass | cl. 14.1 must report suspected breaches to the Buyer; cl. 14.2 speaking-up route and no retaliation (report to a Prescribed Person); the disapplying sentence in cl. 14.2 is a tracked deletion and not part of the text
ES-06 | pass | cl. 11.1 shall not commit any Prohibited Act; cl. 11.2 adequate procedures and immediate notice; the comment on cl. 11.1 ('reasonable endeavours') is not contract text
ES-07 | pass | cl. 9.2: full co-operation so the Buyer can publish Transparency Information and answer FOIA/EIR requests
ES-08 | pass | cl. 16.1: Auditor access to verify compliance including clauses 10 to 15; cl. 6.3 ethical compliance reviewed at contract review meetings
ES-09 | pass | cl. 18.1(b) termination for Default of clauses 11, 12 or 14; cl. 18.1(c) disrepute; cl. 5.3 removal of staff who caused a breach of clauses 10 to 13
ES-10 | pass | cl. 17.1: director-signed certificate at start and yearly on compliance with clauses 10 to 15, plus structures warranty in cl. 10.3; cl. 16.2 Self Audit Certificate is financial only
COI-01 | pass | cl. 12.1 take action so no actual or potential Conflict of Interest; cl. 12.2 prompt notice; cl. 1.2 'conflict or inconsistency' and cl. 20.1 'armed conflict' are decoys
COI-02 | pass | cl. 12.2 proposals to manage or remove the conflict; cl. 12.3 Buyer may terminate or take steps
COI-03 | pass | cl. 13.1 no gifts or hospitality to Buyer officers; cl. 13.2 gifts and hospitality register open to the Buyer
COI-04 | pass | cl. 12.6: notify before engaging a former Crown servant of the Buyer (two years) and ensure Business Appointment Rules conditions are met
COI-05 | pass | cl. 12.4: declarations of interests from decision-making Supplier Staff incl. nil returns, register given to the Buyer on request
COI-06 | pass | cl. 12.5: Supplier confirms it disclosed relationships with persons involved in the procurement and will keep it current
CDM-01 | pass | cl. 7.1: free, publicised complaints procedure for Employees (service users); cl. 8.2 data-subject 'complaint' is a decoy
CDM-02 | pass | cl. 6.2 with its table (Complaints row): monthly report of complaints received, timeliness and outcomes
CDM-03 | pass | cl. 7.5: six-monthly Employee satisfaction survey reported to the Buyer
CDM-04 | pass | cl. 7.4: co-operate with the Parliamentary and Health Service Ombudsman and implement accepted recommendations; cl. 19.2 CEDR mediation is a decoy
CDM-05 | pass | cl. 7.6: quarterly analysis of themes and root causes, action plan below 85 per cent satisfaction
CDM-06 | pass | cl. 7.3: acknowledge within 3 Working Days, respond within 20 Working Days or explain the delay
"""),
))

# ---------------------------------------------------------------------------
# c02: English district council, licence to operate a street market. Hand-built ODT with
# text:list numbering, a tracked deletion (text:tracked-changes) and an office:annotation.

CONTRACTS.append(dict(
    name="c02-street-market-licence",
    ext="odt",
    build="odt-hand",
    title="Licence Agreement for the Operation of Riverside Street Market",
    h_label="{n}.",
    odt_h_affix=("", "."),
    comment_author="Legal Services",
    body=[
        T("Licence Agreement for the Operation of Riverside Street Market"),
        M("THIS AGREEMENT is dated 3 February 2025 and is made between MARLBURY BOROUGH COUNCIL "
          "of the Guildhall, Market Square, Marlbury MB1 1AA (the \u201cCouncil\u201d) and CASTLEGATE "
          "MARKETS LIMITED (company number 11223344) of 17 Hopfield Lane, Marlbury MB4 2DE (the "
          "\u201cLicensee\u201d)."),
        M("BACKGROUND"),
        M("(A) The Council owns the market rights for the town of Marlbury, granted by a charter "
          "of 1227, and is a market authority for the purposes of Part III of the Food Act 1984."),
        M("(B) The Council invited expressions of interest from experienced market operators and, "
          "following evaluation, has agreed to grant the Licensee a licence to operate Riverside "
          "Street Market on the terms of this Agreement."),
        H("1", "Definitions and interpretation"),
        P("1.1", "In this Agreement: \u201cCustomers\u201d means members of the public visiting or "
          "buying from the Market; \u201cMarket\u201d means the street market held in the Market "
          "Area on Market Days; \u201cMarket Area\u201d means the area shown edged red on the plan "
          "in Schedule 1; \u201cMarket Days\u201d means every Wednesday and Saturday and any "
          "additional day agreed under clause 4.5; \u201cMarket Regulations\u201d means the "
          "regulations in Schedule 2 as varied under clause 4.6; and \u201cTraders\u201d means "
          "persons to whom the Licensee has allocated a pitch."),
        P("1.2", "If there is any conflict between the clauses of this Agreement and the Market "
          "Regulations, the clauses prevail."),
        P("1.3", "Obligations on the Licensee not to do something include an obligation not to "
          "permit or allow it to be done."),
        H("2", "Grant of licence"),
        P("2.1", "The Council grants the Licensee a licence to occupy the Market Area between "
          "6.00 am and 6.00 pm on Market Days for the purpose of operating the Market."),
        P("2.2", "This Agreement is a personal licence. It does not create a tenancy or any other "
          "interest in land, and the Council retains possession and control of the Market Area."),
        P("2.3", "The licence runs for five years from 1 April 2025, unless ended earlier under "
          "clause 12."),
        H("3", "Licence fee and accounts"),
        P("3.1", "The Licensee shall pay the Council a licence fee of \u00a348,000 a year by "
          "equal monthly instalments in advance, plus 15 per cent of pitch fee income above "
          "\u00a3220,000 in any year, payable within 30 days after the end of that year."),
        P("3.2", "The Licensee shall keep proper accounts of pitch fee income and shall provide "
          "the Council with accounts for the Market, certified by an independent accountant, "
          "within six months after the end of each year."),
        P("3.3", "The Licensee sets pitch fees, but shall not increase them by more than the "
          "Consumer Prices Index plus 2 per cent in any year without the Council's consent."),
        H("4", "Operation of the Market"),
        P("4.1", "The Licensee shall operate the Market in accordance with the Market Regulations "
          "and shall take all reasonable steps to ensure that Traders comply with them."),
        P("4.2", "The Licensee shall allocate pitches fairly and in accordance with the allocation "
          "criteria it publishes, giving priority to Traders who sell locally produced goods."),
        P("4.3", "The Licensee shall ensure that all food Traders are registered with the "
          "Council's environmental health service, and that its market staff have completed "
          "Level 2 food hygiene training and fire marshal training."),
        P("4.4", "The Licensee shall have regard to the NABMA Code of Practice for Market "
          "Operators in matters of pitch layout, waste, weights and measures and safety."),
        P("4.5", "The Licensee may hold additional markets in the Market Area on up to twelve "
          "further days each year, including a Christmas market, with the Council's consent."),
        P("4.6", "The Council may vary the Market Regulations after consulting the Licensee."),
        P("4.7", "The Licensee shall keep the Market Area clean during Market Days and leave it "
          "clear of stalls, vehicles and waste by 6.00 pm."),
        P("4.8", "The Licensee shall employ a Market Manager who is present throughout each "
          "Market Day, provide and maintain gazebos, weights and barriers to a safe standard, "
          "and carry out a documented risk assessment for the Market each year and whenever the "
          "layout changes."),
        H("5", "Compliance with laws"),
        P("5.1", "The Licensee shall comply with all applicable laws, including the Food Safety "
          "Act 1990, the Weights and Measures Act 1985, the Consumer Rights Act 2015, the Equality "
          "Act 2010, the Bribery Act 2010 and the Regulatory Reform (Fire Safety) Order 2005."),
        P("5.2", "The Licensee shall obtain and maintain any street trading consent, premises "
          "licence or temporary event notice needed for the Market."),
        H("6", "Customer complaints"),
        P("6.1", "The Licensee shall operate a complaints procedure for Customers and other "
          "members of the public about the Market and about Traders, publicised on signs at each "
          "entrance to the Market Area and on the Market website."),
        P("6.2", "The Licensee shall acknowledge each complaint within 5 working days and give a "
          "full response within 20 working days."),
        P("6.3", "The Licensee shall keep a record of complaints received and the action taken, "
          "and shall give a copy of that record to the Council on request."),
        P("6.4", "Where a complainant remains dissatisfied and complains to the Council, the "
          "Licensee shall co-operate with the Council and with the Local Government and Social "
          "Care Ombudsman in the investigation of the complaint, and shall implement any remedy "
          "that the Council agrees."),
        P("6.5", "Any complaint by the Council about the Licensee's performance of this Agreement "
          "shall be dealt with under clause 12."),
        H("7", "Information"),
        P("7.1", "The Licensee acknowledges that the Council is subject to the Freedom of "
          "Information Act 2000 and shall assist the Council in responding to any request for "
          "information about the Market, providing the information the Council asks for within "
          "10 working days."),
        P("7.2", "The Licensee shall provide the Council each month with the footfall, occupancy "
          "and income information described in Schedule 3."),
        P("7.3", "The Licensee shall not make any public statement about this Agreement or the "
          "Council without the Council's prior written approval."),
        H("8", "Conduct"),
        P("8.1", "Members and officers of the Council are bound by the Council's Code of Conduct "
          "and the Seven Principles of Public Life, and the Council keeps a register of members' "
          "interests.{#Cllr Okafor asked whether the Licensee should also be required to observe "
          "the Seven Principles of Public Life and to keep a register of interests. To discuss "
          "with Legal before the Agreement is signed.#}"),
        P("8.2", "The Licensee should not offer gifts or hospitality to any member or officer of "
          "the Council involved in the management of this Agreement."),
        P("8.3", "The Licensee shall notify the Council of any change in its directors{-, and "
          "shall maintain a register of interests of its directors and market staff and provide "
          "a copy of it to the Council every year-}."),
        H("9", "Inspection"),
        P("9.1", "Authorised officers of the Council may inspect the Market and any records kept "
          "by the Licensee relating to the Market at any reasonable time."),
        H("10", "Insurance and indemnity"),
        P("10.1", "The Licensee shall maintain public liability insurance of at least \u00a310 "
          "million for any one claim and employer's liability insurance as required by law."),
        P("10.2", "The Licensee shall ensure that each Trader holds public liability insurance of "
          "at least \u00a35 million and shall require the same of any contractor it engages to "
          "work in the Market Area."),
        P("10.3", "The Licensee shall indemnify the Council against all claims arising from the "
          "operation of the Market, except to the extent caused by the Council's negligence."),
        H("11", "Assignment"),
        P("11.1", "The Licensee shall not assign, sub-license or share possession of this "
          "Agreement or the Market Area, except by allocating pitches to Traders."),
        H("12", "Default and termination"),
        P("12.1", "If the Licensee is in material breach of this Agreement, the Council may serve "
          "notice requiring the breach to be remedied within 28 days. If it is not remedied, the "
          "Council may terminate this Agreement by further notice."),
        P("12.2", "The Council may terminate this Agreement with immediate effect by notice if "
          "the Licensee, or any of its directors, acts in a way that brings the Council into "
          "disrepute or diminishes public trust in the Council."),
        P("12.3", "Either party may terminate this Agreement on six months' notice expiring on "
          "or after 31 March 2028."),
        P("12.4", "On termination the Licensee shall remove its equipment from the Market Area "
          "and shall give the Council the pitch allocation list and Trader contact details."),
        H("13", "Disputes"),
        P("13.1", "The parties shall try to resolve any dispute by discussion between the "
          "Council's Head of Economic Development and the Licensee's managing director. If the "
          "dispute is not resolved within 30 days, either party may refer it to mediation."),
        H("14", "General"),
        P("14.1", "Notices shall be in writing and delivered by hand, by first class post or by "
          "email to the addresses above."),
        P("14.2", "This Agreement is governed by the law of England and Wales."),
        P("14.3", "Nothing in this Agreement fetters the Council in the exercise of its "
          "statutory functions as highway authority, food authority or licensing authority, and "
          "the Council may close all or part of the Market Area for highway works, public events "
          "or emergencies, giving as much notice as practicable and reducing the licence fee "
          "pro rata for any Market Day lost."),
        SH("Schedule 1 \u2013 Market Area"),
        SP("1", "The Market Area comprises Riverside Walk from its junction with Bridge Street "
           "to the footbridge, and the paved area in front of the Corn Exchange."),
        SP("2", "Vehicle access for Traders is permitted between 6.00 am and 8.30 am and between "
           "4.30 pm and 6.00 pm only."),
        SP("3", "The Licensee shall keep the fire lanes along Riverside Walk and in front of the "
           "Corn Exchange clear at all times, so that emergency vehicles can pass, and shall "
           "not place any stall within 2 metres of the river railings."),
        SP("4", "Electricity is available from the Council's six bollards on Riverside Walk. "
           "The Licensee shall meter the supply to each Trader and pay the Council for the "
           "electricity used at the rate charged to the Council by its supplier, and shall have "
           "the bollards tested by a qualified electrician every year."),
        SH("Schedule 2 \u2013 Market Regulations"),
        SP("1", "Traders must occupy only the pitch allocated to them and must not sublet or "
           "share it."),
        SP("2", "Traders must display clear prices for all goods and use weighing equipment "
           "approved under the Weights and Measures Act 1985."),
        SP("3", "Traders must not sell counterfeit goods, knives, fireworks or live animals."),
        SP("4", "Traders must take their waste away or place it in the bins provided by the "
           "Licensee."),
        SP("5", "Traders must treat Customers courteously and must refer any complaint they "
           "cannot resolve to the Market Manager."),
        SP("6", "Generators must be of the low-noise type and placed where the Market Manager "
           "directs."),
        SH("Schedule 3 \u2013 Monthly information"),
        TAB(["Information", "Detail", "Frequency"],
            ["Footfall", "Counts from the two entrance counters, by Market Day", "Monthly"],
            ["Occupancy", "Pitches let and vacant, by Market Day", "Monthly"],
            ["Income", "Pitch fee income received", "Monthly"],
            ["Incidents", "Accidents and police attendances", "Monthly"]),
        M("Signed for the Council by its authorised officer ........................"),
        M("Signed for the Licensee by a director ........................"),
    ],
    expected=EXP("""
ES-01 | gap | cl. 8.1 binds only the Council's members and officers to the Seven Principles (wrong party); the annotation on cl. 8.1 is a comment, not contract text
ES-02 | gap | cl. 8.1 Council's own Code of Conduct (wrong party); cl. 4.4 NABMA Code of Practice is a technical code
ES-03 | gap | cl. 10.2 flows down insurance only; cl. 11.1 is an assignment restriction
ES-04 | gap | cl. 4.3 food hygiene and fire marshal training only (technical)
ES-05 | gap | no speaking-up term; cl. 7.3 public-statement restriction is a gagging-type decoy
ES-06 | gap | cl. 5.1 names the Bribery Act 2010 only in a list of laws to comply with
ES-07 | pass | cl. 7.1: Licensee shall assist the Council with FOI Act 2000 requests within 10 working days
ES-08 | weak | cl. 9.1 general right to inspect the Market and records, no ethics link
ES-09 | pass | cl. 12.2: immediate termination where the Licensee brings the Council into disrepute or diminishes public trust
ES-10 | gap | no assurance or certificate; cl. 3.2 accounts certified by an accountant are financial
COI-01 | gap | only decoy: cl. 1.2 'conflict between the clauses ... and the Market Regulations'
COI-02 | gap | no conflict management or Council direction; cl. 1.2 precedence decoy only
COI-03 | weak | cl. 8.2: 'The Licensee should not offer gifts or hospitality' - permissive
COI-04 | gap | no revolving-door term; nearest is cl. 8.3 (change of directors)
COI-05 | gap | cl. 8.1 Council's register of members' interests (wrong party); the Licensee register in cl. 8.3 is a tracked deletion
COI-06 | gap | no procurement-stage disclosure; recitals before cl. 1 describe the selection only
CDM-01 | pass | cl. 6.1: publicised complaints procedure for Customers and members of the public
CDM-02 | weak | cl. 6.3: complaint record given to the Council on request only; Sch 3 table has no complaints line
CDM-03 | gap | no satisfaction or feedback data; Sch 3 table covers footfall, occupancy, income and incidents
CDM-04 | pass | cl. 6.4: co-operate with the Council and the Local Government and Social Care Ombudsman, implement agreed remedy
CDM-05 | gap | no analysis of or learning from complaints; cl. 6.3 is a record only
CDM-06 | pass | cl. 6.2: acknowledge within 5 working days, full response within 20 working days
"""),
))

# ---------------------------------------------------------------------------
# c03: Scottish Government, at-sea fisheries observer programme. Plain text.

CONTRACTS.append(dict(
    name="c03-fisheries-observers-scotland",
    ext="txt",
    build="txt",
    title="Contract for the Provision of At-Sea Fisheries Observer Services",
    txt_h="{n}. {T}",
    body=[
        T("Contract for the Provision of At-Sea Fisheries Observer Services"),
        M("Contract No. MD/FOBS/2025/03"),
        M("between THE SCOTTISH MINISTERS, acting through the Marine Directorate of the Scottish "
          "Government, Victoria Quay, Edinburgh (the \"Purchaser\") and NORTHSOUND MARINE "
          "OBSERVERS LIMITED, a company incorporated in Scotland (registered number SC654321) "
          "having its registered office at 2 Harbour Brae, Peterhead AB42 1ZZ (the "
          "\"Contractor\")."),
        M("These Conditions, together with the Schedules, form the whole Contract. The Contract "
          "is for the deployment of independent observers on commercial fishing vessels to "
          "collect catch, discard and bycatch data for stock assessment and for monitoring the "
          "landing obligation."),
        H("1", "Definitions and interpretation"),
        P("1.1", "\"Observer\" means an individual employed or engaged by the Contractor and "
          "deployed on a Vessel to perform the Services."),
        P("1.2", "\"Vessel\" means a fishing vessel registered in Scotland that has agreed, or "
          "is required by licence condition, to carry an Observer."),
        P("1.3", "\"Trip\" means a single fishing trip by a Vessel from departure from port to "
          "return to port."),
        P("1.4", "\"Observer Data\" means all data, samples, photographs and reports collected "
          "or created by Observers in performing the Services."),
        P("1.5", "\"Working Day\" means a day other than a Saturday, Sunday or a public holiday "
          "in Scotland."),
        H("2", "Period of the contract"),
        P("2.1", "The Contract shall run from 1 May 2025 to 30 April 2028. The Purchaser may "
          "extend it for a further period of up to 24 months on the same terms."),
        H("3", "The services"),
        P("3.1", "The Contractor shall deliver a minimum of 1,400 Observer days at sea in each "
          "year of the Contract, distributed across fleet segments in accordance with the "
          "annual sampling plan issued by the Purchaser."),
        P("3.2", "The Contractor shall ensure that Observer Data is recorded using the "
          "Purchaser's electronic logging application and uploaded within 5 Working Days after "
          "the end of each Trip, and that the integrity of Observer Data is protected by the "
          "validation checks described in Schedule 1."),
        P("3.3", "The Contractor shall co-ordinate deployments with Vessel owners and skippers, "
          "giving at least 48 hours' notice of boarding where practicable."),
        P("3.4", "Before each deployment the Contractor shall confirm with the skipper that the "
          "Vessel has a berth, a life-raft place and a survival suit available for the Observer, "
          "and that the Vessel's safety certificates are in date. If these conditions are not "
          "met the Observer shall not sail and the Contractor shall tell the Purchaser the same "
          "day."),
        P("3.5", "The Contractor shall provide each Observer with a personal locator beacon, a "
          "lifejacket with crotch strap, a satellite messaging device and the sampling "
          "equipment listed in the sampling plan, and shall inspect and service that equipment "
          "at least every six months."),
        P("3.6", "The Contractor shall arrange for Observers to send a position and welfare "
          "message to its duty officer at least every 24 hours while at sea, and shall operate "
          "an escalation procedure, agreed with HM Coastguard, if a message is missed."),
        P("3.7", "Where a Vessel refuses to carry an Observer who has been deployed in "
          "accordance with a licence condition, the Contractor shall record the refusal and "
          "send the details to the Purchaser's compliance team within 1 Working Day."),
        H("4", "Price and payment"),
        P("4.1", "The Purchaser shall pay the Contractor the rates in Schedule 2 for each "
          "Observer day delivered, together with reasonable travel costs approved in advance."),
        P("4.2", "The Contractor shall submit invoices monthly in arrears. The Purchaser shall "
          "pay valid invoices within 30 days of receipt."),
        H("5", "Observers"),
        P("5.1", "The Contractor shall ensure that every Observer holds a current STCW Basic "
          "Safety Training certificate and an ENG1 seafarer medical certificate, and has "
          "completed the Purchaser's species identification course before deployment."),
        P("5.2", "The Contractor shall ensure that every Observer completes, before their first "
          "deployment and every year afterwards, training on the Observer Code of Conduct, "
          "observer independence and conflicts of interest, refusing gifts and inducements, and "
          "how to raise concerns. The Contractor shall keep records of that training and "
          "provide them to the Purchaser on request."),
        P("5.3", "The Contractor shall maintain a pool of at least 18 trained Observers and "
          "shall notify the Purchaser of any change to the pool within 10 Working Days."),
        H("6", "Observer independence and conflicts of interest"),
        P("6.1", "The Contractor shall ensure that neither it nor any Observer has any actual or "
          "potential conflict of interest in relation to any Vessel on which an Observer is "
          "deployed, including any family, financial or employment connection with the Vessel "
          "owner, skipper or crew, or with any fish producer organisation or buyer."),
        P("6.2", "The Contractor shall notify the Purchaser in writing within 2 Working Days if "
          "it becomes aware of any actual or potential conflict of interest, and shall take "
          "whatever steps the Purchaser directs to manage or remove it, including redeploying "
          "the Observer concerned."),
        P("6.3", "The Contractor shall obtain from every Observer and every member of its "
          "deployment team a declaration of interests on appointment and every year afterwards, "
          "including a nil declaration where they have nothing to declare, keep those "
          "declarations in a register and make the register available to the Purchaser at any "
          "time."),
        P("6.4", "The Contractor shall not deploy, or engage in any role connected with this "
          "Contract, any person who within the preceding two years was employed by the "
          "Purchaser in fisheries compliance or in the procurement of this Contract, without "
          "first notifying the Purchaser and complying with any conditions the Purchaser sets."),
        P("6.5", "Where a conflict of interest cannot be managed to the Purchaser's "
          "satisfaction, the Purchaser may terminate the Contract under clause 16."),
        H("7", "Standards of conduct"),
        P("7.1", "The Contractor shall ensure that Observers act at all times in accordance with "
          "the principles of selflessness, integrity, objectivity, accountability, openness, "
          "honesty and leadership in carrying out the Services."),
        P("7.2", "The Contractor shall ensure that every Observer complies with the Observer "
          "Code of Conduct in Schedule 3."),
        P("7.3", "No Observer shall accept any gift, hospitality or payment from a Vessel owner, "
          "skipper, crew member, fish buyer or agent, other than ordinary meals and "
          "accommodation on board. The Contractor shall record any offer of a gift or "
          "hospitality reported by an Observer and report it to the Purchaser within 5 Working "
          "Days."),
        H("8", "Corrupt gifts and fraud"),
        P("8.1", "The Contractor shall not, and shall ensure that its employees and agents do "
          "not, offer, give, request or accept any bribe, inducement or reward in connection "
          "with this Contract, or commit any offence under the Bribery Act 2010 or any fraud "
          "against the Purchaser."),
        P("8.2", "The Contractor shall maintain adequate procedures designed to prevent bribery "
          "by persons associated with it, and shall notify the Purchaser immediately of any "
          "breach or suspected breach of clause 8.1."),
        P("8.3", "Within 20 Working Days of the start of the Contract, and each year afterwards, "
          "the Contractor shall certify in writing to the Purchaser that it has complied with "
          "clause 8 (Corrupt gifts and fraud)."),
        H("9", "Raising concerns"),
        P("9.1", "The Contractor shall provide Observers with a confidential route to raise "
          "concerns about wrongdoing, including pressure or intimidation from Vessel crews, "
          "interference with Observer Data and breaches of this Contract, and shall report any "
          "such concern to the Purchaser within 2 Working Days."),
        P("9.2", "The Contractor shall not subject any Observer to any detriment for raising a "
          "concern in good faith, whether with the Contractor, the Purchaser or a prescribed "
          "person under the Public Interest Disclosure Act 1998."),
        H("10", "Sub-contracting"),
        P("10.1", "The Contractor shall not sub-contract any part of the Services without the "
          "prior written consent of the Purchaser."),
        P("10.2", "The Contractor shall impose on any approved sub-contractor obligations "
          "equivalent to those in clauses 6 to 9 (independence and conflicts of interest, "
          "standards of conduct, corrupt gifts and fraud, and raising concerns), and shall "
          "enforce them."),
        H("11", "Freedom of information"),
        P("11.1", "The Contractor acknowledges that the Purchaser is subject to the Freedom of "
          "Information (Scotland) Act 2002 and the Environmental Information (Scotland) "
          "Regulations 2004."),
        P("11.2", "The Contractor shall assist and co-operate with the Purchaser to enable it "
          "to comply with those obligations, and shall provide any information requested "
          "within 5 Working Days of the request."),
        H("12", "Data protection and Observer Data"),
        P("12.1", "All Observer Data shall belong to the Purchaser. The Contractor shall not "
          "disclose Observer Data to any Vessel owner, skipper or other third party."),
        P("12.2", "The Contractor shall process personal data of Vessel crews only as necessary "
          "to perform the Services and in accordance with the UK GDPR."),
        P("12.3", "The Contractor shall hold Observer Data and sampling records on systems "
          "located in the United Kingdom that meet Cyber Essentials Plus, and shall return or "
          "destroy all copies at the end of the Contract as the Purchaser directs."),
        H("13", "Audit and monitoring"),
        P("13.1", "The Purchaser may audit the Contractor's compliance with clauses 5 to 10, "
          "including by examining the register kept under clause 6.3, training records, and "
          "records of concerns raised, and by interviewing Observers."),
        P("13.2", "The Contractor's performance against the Key Performance Indicators in "
          "Schedule 1 and its compliance with clauses 6 to 9 shall be discussed at quarterly "
          "review meetings between the parties."),
        H("14", "Complaints and representations"),
        P("14.1", "Any complaint by the Purchaser about the performance of the Services shall "
          "be raised with the Contractor's contract manager, who shall respond within 5 "
          "Working Days."),
        P("14.2", "Observers shall not enter into disputes with Vessel crews. Any complaint by a "
          "Vessel owner or skipper about an Observer shall be referred to the Purchaser, which "
          "will deal with it under the Marine Directorate's own complaints handling procedure, "
          "acknowledging it within 5 Working Days; a complainant who remains dissatisfied may "
          "refer the matter to the Scottish Public Services Ombudsman under that procedure."),
        H("15", "Tender disclosures"),
        P("15.1", "The Purchaser expects the Contractor to have disclosed in its tender any "
          "relationship with any person involved in the evaluation of tenders for this "
          "Contract."),
        H("16", "Termination"),
        P("16.1", "The Purchaser may terminate the Contract by written notice with immediate "
          "effect if:"),
        I("(a)", "the Contractor commits a breach of clause 6, 7, 8 or 9;"),
        I("(b)", "the Contractor commits any other material breach which is not remedied within "
          "20 Working Days of a notice requiring it to be remedied; or"),
        I("(c)", "the Contractor becomes insolvent."),
        P("16.2", "The Purchaser may require the Contractor to remove from the Services any "
          "Observer who has breached the Observer Code of Conduct."),
        H("17", "Dispute resolution"),
        P("17.1", "The parties shall attempt to resolve any dispute by negotiation. Any dispute "
          "not resolved within 30 days may be referred by either party to mediation and, "
          "failing that, to the Court of Session."),
        H("18", "Law"),
        P("18.1", "The Contract is governed by the law of Scotland and the parties submit to the "
          "exclusive jurisdiction of the Scottish courts."),
        SH("Schedule 1 - Specification and Key Performance Indicators"),
        SP("1", "Observers shall record total catch, retained catch and discards by species, "
           "take length-frequency samples and otoliths as set out in the sampling plan, and "
           "record any incidental capture of seabirds, marine mammals or protected fish."),
        SP("2", "Observers shall complete a Trip report in the Purchaser's template within 5 "
           "Working Days after the end of each Trip."),
        SP("3", "Validation checks: the logging application rejects records with missing "
           "positions or impossible weights; the Contractor's data manager shall review every "
           "Trip before upload."),
        SP("4", "KPI 1: at least 95 per cent of scheduled Trips covered. KPI 2: at least 95 per "
           "cent of Trip reports on time. KPI 3: no more than 2 per cent of records rejected "
           "at validation."),
        SP("5", "Otoliths and tissue samples shall be labelled with the Trip number, haul "
           "number, species and length, stored as described in the sampling plan and delivered "
           "to the Marine Laboratory, Aberdeen, within 10 Working Days after the end of the "
           "Trip."),
        SP("6", "Observers shall photograph a sample of each haul and any protected species "
           "caught, using the Purchaser's naming convention, and upload the photographs with "
           "the Trip record."),
        SP("7", "The Contractor shall provide the Purchaser with a monthly deployment plan by "
           "the 20th day of the preceding month, and a monthly summary of Observer days "
           "delivered, Trips covered and refused, and data rejected at validation."),
        SH("Schedule 2 - Rates"),
        TAB(["Item", "Rate (GBP)"],
            ["Observer day at sea (inshore, under 12 metres)", "410"],
            ["Observer day at sea (offshore)", "520"],
            ["Standby day in port (where a Trip is cancelled at less than 24 hours' notice)", "180"],
            ["Sampling kit per Trip", "35"]),
        SH("Schedule 3 - Observer Code of Conduct"),
        SP("1", "Observers shall act independently and impartially and shall record what they "
           "observe accurately and completely, whatever the consequences for the Vessel."),
        SP("2", "Observers shall not accept gifts, hospitality, fish or payment from anyone "
           "connected with a Vessel, other than ordinary meals and accommodation on board."),
        SP("3", "Observers shall not engage in fishing, trading in fish or any business "
           "connected with the fishing industry while engaged on the Services."),
        SP("4", "Observers shall treat Vessel crews with courtesy and respect and follow the "
           "skipper's instructions on safety."),
        SP("5", "Observers shall keep Observer Data confidential and shall not discuss it with "
           "anyone other than the Contractor and the Purchaser."),
        SP("6", "Observers shall report immediately to the Contractor any attempt to influence "
           "their observations, any offer of a gift or payment and any conflict of interest."),
    ],
    expected=EXP("""
ES-01 | pass | cl. 7.1: Contractor shall ensure Observers act in accordance with selflessness, integrity, objectivity, accountability, openness, honesty and leadership (all seven words)
ES-02 | pass | cl. 7.2: every Observer complies with the Observer Code of Conduct in Schedule 3 (Sch 3 para 1 onwards gives the content)
ES-03 | pass | cl. 10.2: impose on sub-contractors obligations equivalent to clauses 6 to 9 (ethics topics named); cl. 10.1 consent is a decoy
ES-04 | pass | cl. 5.2: yearly training on the Code of Conduct, conflicts, gifts and raising concerns, with records; cl. 5.1 safety training is a decoy
ES-05 | pass | cl. 9.1 confidential route and reporting to the Purchaser; cl. 9.2 no detriment, PIDA prescribed person
ES-06 | pass | cl. 8.1 no bribes or fraud; cl. 8.2 adequate procedures and immediate notice
ES-07 | pass | cl. 11.2: assist with FOISA / EIRs, information within 5 Working Days
ES-08 | pass | cl. 13.1: Purchaser may audit compliance with clauses 5 to 10; cl. 13.2 reviewed at quarterly meetings
ES-09 | pass | cl. 16.1(a): termination for breach of clauses 6 to 9; cl. 16.2 removal of Observers
ES-10 | weak | cl. 8.3: yearly certificate covers clause 8 (corrupt gifts and fraud) only - one-topic certificate, no structures undertaking
COI-01 | pass | cl. 6.1 no actual or potential conflict; cl. 6.2 written notice within 2 Working Days
COI-02 | pass | cl. 6.2 take the steps the Purchaser directs to manage or remove; cl. 6.5 Purchaser may terminate
COI-03 | pass | cl. 7.3 no gifts or hospitality from vessel interests, offers recorded and reported; Sch 3 para 2
COI-04 | pass | cl. 6.4: no engagement of former Purchaser employees (two years) without notice and conditions
COI-05 | pass | cl. 6.3: declarations on appointment and yearly, nil declarations, register available to the Purchaser
COI-06 | weak | cl. 15.1: 'The Purchaser expects the Contractor to have disclosed' - expects only
CDM-01 | gap | cl. 14.1 complaints by the Purchaser about performance; cl. 14.2 is the Purchaser's own complaints procedure (wrong party)
CDM-02 | gap | no complaint reporting; Sch 1 para 4 KPIs cover coverage and data only
CDM-03 | gap | no service-user satisfaction or feedback data; nearest cl. 13.2 review meetings
CDM-04 | gap | cl. 14.2 SPSO escalation sits in the Purchaser's own procedure, no Contractor duty; cl. 17.1 mediation is a decoy
CDM-05 | gap | no learning from complaints; nearest cl. 13.2
CDM-06 | gap | cl. 14.1 response time for the Purchaser's complaints; cl. 14.2 acknowledgement time is the Purchaser's own
"""),
))

# ---------------------------------------------------------------------------
# c04: Welsh county council, grant for a visitor information centre. Markdown.

CONTRACTS.append(dict(
    name="c04-visitor-centre-grant-wales",
    ext="md",
    build="md",
    title="Grant Agreement: Glanmor Visitor Information Centre 2025-2028",
    md_h="## {n}. {t}",
    body=[
        T("Grant Agreement: Glanmor Visitor Information Centre 2025-2028"),
        M("**Grant reference:** GCC/TOUR/2025/07  \n**Grant amount:** up to \u00a3186,000 over "
          "three years"),
        M("This Agreement is between **Glanmor County Council** / Cyngor Sir Glanmor, County "
          "Hall, Heol y Bont, Aberglan SA99 1GC (the **Council**) and **Glanmor Coast Tourism "
          "Partnership**, a charitable incorporated organisation registered with the Charity "
          "Commission for England and Wales under number 1199887 (the **Grantee**)."),
        M("The Council closed its directly run tourist information centre in 2024. The Grantee "
          "applied for a grant to run a visitor information centre at the Old Harbour Office, "
          "Aberglan, and the Council has agreed to pay the Grant on the conditions below. The "
          "Grantee's application dated 9 December 2024 is attached for information only and "
          "does not form part of this Agreement."),
        H("1", "Definitions"),
        P("1.1", "**Centre** means the visitor information centre at the Old Harbour Office, "
          "Aberglan, and its online and telephone enquiry services."),
        P("1.2", "**Eligible Expenditure** means the costs of running the Centre set out in the "
          "budget in Schedule 1, and any other cost the Council agrees in writing."),
        P("1.3", "**Grant Year** means each period of twelve months starting on 1 April."),
        P("1.4", "**Visitors** means people who use the Centre in person, by telephone, by email "
          "or online."),
        H("2", "Purpose of the Grant"),
        P("2.1", "The Grantee shall use the Grant only to run the Centre and to provide free, "
          "impartial information and advice to Visitors about places to visit, accommodation, "
          "transport, events and walking routes in Glanmor."),
        P("2.2", "The Grantee shall open the Centre at least on the days and hours in Schedule 2, "
          "and shall provide all its services to Visitors in Welsh and in English, treating the "
          "two languages equally."),
        P("2.3", "The Grantee shall offer an accommodation booking service, a ticket agency for "
          "local events and a range of local products for sale, and may keep the income from "
          "these activities provided it is used for the purposes of the Centre."),
        P("2.4", "The Grantee shall deliver the activities in Schedule 3 in each Grant Year and "
          "shall work with Visit Wales, neighbouring visitor centres and local businesses to "
          "promote Glanmor as a year-round destination."),
        H("3", "Payment"),
        P("3.1", "The Council shall pay the Grant quarterly in advance, subject to receipt of a "
          "satisfactory monitoring return under clause 9."),
        P("3.2", "The Council may withhold any payment while a monitoring return is overdue."),
        P("3.3", "The Grant is not consideration for any supply and the Council shall not pay "
          "VAT on it."),
        H("4", "Use of the Grant"),
        P("4.1", "The Grantee shall spend the Grant only on Eligible Expenditure and shall "
          "repay any part of the Grant not spent on Eligible Expenditure by the end of the "
          "final Grant Year."),
        P("4.2", "The Grantee may claim Gift Aid on donations made by Visitors at the Centre. "
          "Income from donations is not Grant income and may be used for the Grantee's "
          "charitable purposes."),
        P("4.3", "The Grantee shall obtain at least three written quotations for any single "
          "purchase of goods or services over \u00a35,000 paid for from the Grant."),
        H("5", "Standards and governance"),
        P("5.1", "The Grantee is encouraged to have regard to the Seven Principles of Public "
          "Life in the governance of the Centre."),
        P("5.2", "The Grantee shall ensure that its staff and volunteers at the Centre are "
          "appropriately trained and qualified for the work they do."),
        P("5.3", "The Grantee should have a whistleblowing policy that allows staff and "
          "volunteers to raise concerns about the running of the Centre."),
        P("5.4", "Any councillor who is appointed by the Council as a trustee of the Grantee "
          "remains bound by the Council's Members' Code of Conduct."),
        P("5.5", "The Grantee shall comply with its governing document, with charity law and "
          "with the Charity Commission's guidance on the essential trustee."),
        H("6", "Fraud and bribery"),
        P("6.1", "The Grantee shall not commit or attempt to commit any fraud, bribery or other "
          "corrupt act in connection with the Grant, and shall maintain adequate financial "
          "controls and procedures to prevent fraud and bribery by its trustees, staff and "
          "volunteers."),
        H("7", "Conflicts of interest"),
        P("7.1", "Conflicts of interest involving the Grantee, its trustees, staff or volunteers "
          "must be avoided and, where they arise, declared to the Council in writing without "
          "delay."),
        H("8", "Visitors' complaints and feedback"),
        P("8.1", "The Grantee shall operate a complaints procedure for Visitors, available in "
          "Welsh and in English, which is displayed in the Centre and on the Centre's website."),
        P("8.2", "The Grantee shall acknowledge each complaint within 5 working days and send a "
          "full reply within 15 working days."),
        P("8.3", "Where a Visitor remains dissatisfied, the Grantee shall tell them that they "
          "may complain to the Council and then to the Public Services Ombudsman for Wales, and "
          "shall co-operate with any investigation by the Council or the Ombudsman, including by "
          "providing information and attending meetings."),
        P("8.4", "The Grantee shall carry out a Visitor satisfaction survey in each Grant Year, "
          "using a sample of at least 400 Visitors, and shall include the results in its annual "
          "report to the Council."),
        P("8.5", "The Grantee should consider the lessons learned from complaints and Visitor "
          "feedback when planning the following year's services."),
        H("9", "Monitoring and reporting"),
        P("9.1", "The Grantee shall send the Council a monitoring return within 20 days after "
          "the end of each quarter, containing the information in the table below."),
        TAB(["Item", "What to include"],
            ["Visitors", "Number of Visitors by channel (in person, telephone, email, online)"],
            ["Welsh language", "Number of enquiries dealt with in Welsh"],
            ["Complaints", "Number of complaints received, how many were answered within 15 "
             "working days, and the outcome of each"],
            ["Income", "Booking commission, ticket and retail income"],
            ["Expenditure", "Eligible Expenditure against the budget in Schedule 1"]),
        P("9.2", "The Grantee shall send the Council an annual report within two months after "
          "the end of each Grant Year."),
        P("9.3", "The Grantee shall tell the Council at least one month in advance of any "
          "planned change to the Centre's opening hours or location."),
        H("10", "Information requests"),
        P("10.1", "The Grantee should provide any information the Council reasonably needs to "
          "respond to a request made to the Council under the Freedom of Information Act 2000."),
        H("11", "Accounts and audit"),
        P("11.1", "The Grantee shall keep separate accounts and financial records of its use of "
          "the Grant for six years after the final payment."),
        P("11.2", "The Council, its internal auditors and the Auditor General for Wales may "
          "examine the Grantee's accounts and financial records relating to the Grant at any "
          "reasonable time."),
        P("11.3", "The Grantee's annual accounts shall be independently examined or audited "
          "as required by charity law, and the Grantee shall send a copy to the Council within "
          "nine months after the end of its financial year."),
        H("12", "Contractors"),
        P("12.1", "The Grantee shall not contract out the running of the Centre without the "
          "Council's prior written consent, and remains responsible for any work it contracts "
          "out."),
        H("13", "Publicity"),
        P("13.1", "The Grantee shall acknowledge the Council's support on signs at the Centre, "
          "on the Centre's website and in printed material, using the Council's bilingual logo."),
        P("13.2", "The Council may use photographs of the Centre and summary information from "
          "the Grantee's monitoring returns in its own reports and tourism marketing, and the "
          "Grantee shall obtain any consent needed from people shown in photographs it supplies."),
        H("14", "Breach and recovery"),
        P("14.1", "If the Grantee is in material breach of this Agreement, the Council may do "
          "any one or more of the following: suspend payment of the Grant, require repayment of "
          "all or part of the Grant already paid, or end this Agreement by notice."),
        P("14.2", "Before taking action under clause 14.1 the Council shall, where the breach "
          "can be put right, give the Grantee at least 30 days to put it right."),
        H("15", "Safeguarding and equality"),
        P("15.1", "The Grantee shall comply with the Equality Act 2010 and shall make the Centre "
          "accessible to disabled Visitors."),
        P("15.2", "The Grantee shall have a safeguarding policy appropriate to a public-facing "
          "service that is visited by children and adults at risk."),
        P("15.3", "The Grantee shall hold public liability insurance of at least \u00a35 million "
          "and employer's liability insurance as required by law, and shall insure the Centre's "
          "stock and equipment for their replacement value."),
        H("16", "Term and ending"),
        P("16.1", "This Agreement runs from 1 April 2025 to 31 March 2028."),
        P("16.2", "Either party may end this Agreement on six months' written notice. If the "
          "Council ends it under this clause, it shall pay the Grantee's reasonable committed "
          "costs."),
        P("16.3", "This Agreement is governed by the law of England and Wales as it applies in "
          "Wales."),
        P("16.4", "At the end of this Agreement the Grantee shall return to the Council any "
          "equipment bought with the Grant that is still in use, unless the Council agrees that "
          "the Grantee may keep it for a continuing visitor information service."),
        SH("Schedule 1 \u2013 Budget"),
        TAB(["Cost heading", "2025-26", "2026-27", "2027-28"],
            ["Staff (1.6 FTE) and volunteer expenses", "\u00a344,000", "\u00a345,300", "\u00a346,700"],
            ["Premises (rent, rates, utilities)", "\u00a39,500", "\u00a39,800", "\u00a310,100"],
            ["Systems and website", "\u00a32,400", "\u00a31,600", "\u00a31,600"],
            ["Printed material and events", "\u00a35,000", "\u00a35,000", "\u00a35,000"]),
        SH("Schedule 2 \u2013 Opening hours"),
        SP("1", "Easter to the end of October: every day, 9.30 am to 5.00 pm."),
        SP("2", "November to Easter: Tuesday to Saturday, 10.00 am to 4.00 pm, except 24 "
           "December to 1 January."),
        SP("3", "Telephone and email enquiries shall be answered during opening hours, and "
           "emails within 2 working days."),
        SH("Schedule 3 \u2013 Activities"),
        SP("1", "Keep an up-to-date stock of free leaflets and maps for attractions, walking and "
           "cycling routes, beaches and tide times, bus and rail services, and accessible "
           "facilities across Glanmor."),
        SP("2", "Run a local producers' shelf featuring at least 25 makers from within the "
           "county, with at least half of the products labelled bilingually."),
        SP("3", "Maintain the Centre's events listing, website and social media channels in "
           "Welsh and English, updating events at least weekly between Easter and October."),
        SP("4", "Host at least four familiarisation days a year for accommodation providers and "
           "attraction staff, so that they can give visitors accurate information about the "
           "area."),
        SP("5", "Provide a left-luggage service for walkers on the Glanmor Coast Path during the "
           "main season, subject to a reasonable charge."),
        M("Signed on behalf of the Council: Head of Economy and Tourism"),
        M("Signed on behalf of the Grantee: Chair of Trustees"),
    ],
    expected=EXP("""
ES-01 | weak | cl. 5.1: 'The Grantee is encouraged to have regard to the Seven Principles of Public Life' - permissive
ES-02 | gap | cl. 5.4 Council's Members' Code of Conduct binds councillors only (wrong party); cl. 5.5 governing document is not a code of conduct
ES-03 | gap | cl. 12.1 consent to contract out and responsibility only, no ethical flow-down
ES-04 | weak | cl. 5.2: 'appropriately trained and qualified' - generic, ethics not named
ES-05 | weak | cl. 5.3: 'should have a whistleblowing policy' - permissive
ES-06 | pass | cl. 6.1: shall not commit fraud, bribery or corrupt acts and shall maintain adequate controls to prevent them
ES-07 | weak | cl. 10.1: 'should provide any information ... under the Freedom of Information Act 2000' - permissive
ES-08 | gap | cl. 11.2 audit of accounts and financial records only
ES-09 | weak | cl. 14.1: suspension, repayment or ending for material breach, no ethics link
ES-10 | gap | no assurance or certificate; cl. 9.2 annual report is operational
COI-01 | pass | cl. 7.1: conflicts involving the Grantee, trustees, staff or volunteers 'must be avoided and ... declared to the Council' (passive, party implied)
COI-02 | gap | cl. 7.1 avoid and declare only; no mitigation, direction or termination for conflicts
COI-03 | gap | no gifts or hospitality control; cl. 4.2 Gift Aid is a decoy
COI-04 | gap | no revolving-door term; cl. 5.4 concerns serving councillors
COI-05 | gap | no declarations or register; nearest cl. 7.1
COI-06 | gap | no procurement-stage disclosure; the application is excluded from the Agreement (before cl. 1)
CDM-01 | pass | cl. 8.1: bilingual complaints procedure for Visitors, displayed and online
CDM-02 | pass | cl. 9.1 and its table (Complaints row): quarterly return of complaints received, timeliness and outcomes
CDM-03 | pass | cl. 8.4: yearly Visitor satisfaction survey reported to the Council
CDM-04 | pass | cl. 8.3: co-operate with the Public Services Ombudsman for Wales investigation
CDM-05 | weak | cl. 8.5: 'should consider the lessons learned' - permissive
CDM-06 | pass | cl. 8.2: acknowledge within 5 working days, reply within 15 working days
"""),
))

# ---------------------------------------------------------------------------
# c05: Northern Ireland HSC Trust, speech and language therapy. ODT written by the
# generator (Heading 1 in a multi-level list) converted to DOCX by LibreOffice.

CONTRACTS.append(dict(
    name="c05-speech-therapy-ni",
    ext="docx",
    build="docx-lo-odt",
    title="Contract for Community Speech and Language Therapy Services",
    h_label="{n}",
    odt_h_affix=("", ""),
    odt_clause_heading=("Heading_20_2", 2),
    body=[
        T("Contract for Community Speech and Language Therapy Services"),
        M("Contract number: LVM/AHP/2025/118"),
        M("This Contract is made between the Lagan Valley and Mourne Health and Social Care "
          "Trust, Trust Headquarters, Ballyclough Road, Lisnagarvey BT99 7QQ (the \u201cTrust\u201d) "
          "and Clearspeech Therapy Services Limited, registered in Northern Ireland under number "
          "NI712345, of 40 Linen Quay, Belfast BT1 9ZZ (the \u201cProvider\u201d)."),
        M("The Trust has waiting lists for community speech and language therapy for children "
          "and adults that exceed regional access targets. The Provider will deliver assessment "
          "and therapy for patients referred by the Trust, alongside the Trust's own service, "
          "under the clinical governance arrangements in this Contract."),
        H("1", "Definitions"),
        P("1.1", "\u201cPatient\u201d means a child or adult referred by the Trust to the "
          "Provider for assessment or therapy under this Contract, and includes, where the "
          "context allows, a parent, carer or representative acting for them."),
        P("1.2", "\u201cStaff\u201d means all persons employed or engaged by the Provider or a "
          "Sub-contractor in delivering the Services, including therapists, assistants and "
          "administrators."),
        P("1.3", "\u201cDecision-Making Staff\u201d means the Provider's directors, clinical lead "
          "and any member of Staff who can authorise expenditure or referrals under this "
          "Contract."),
        P("1.4", "\u201cWorking Day\u201d means a day other than a Saturday, Sunday or public or "
          "bank holiday in Northern Ireland."),
        H("2", "Term"),
        P("2.1", "This Contract runs from 1 June 2025 to 31 May 2027. The Trust may extend it by "
          "up to 12 months by giving two months' notice."),
        H("3", "The Services"),
        P("3.1", "The Provider shall deliver the Services described in Schedule 1, including "
          "initial assessment, therapy programmes, parent and carer training and discharge "
          "reports, in clinics, schools, nurseries and Patients' homes."),
        P("3.2", "The Provider shall ensure that every therapist is registered with the Health "
          "and Care Professions Council and is a certified member of the Royal College of Speech "
          "and Language Therapists."),
        P("3.3", "The Provider shall comply with the Trust's clinical governance framework, "
          "report serious adverse incidents to the Trust within 24 hours and take part in the "
          "Trust's incident reviews."),
        P("3.4", "The Provider shall use the Trust's electronic care record for all clinical "
          "notes, so that the Trust's own therapists can see each Patient's history, and shall "
          "not keep separate paper records except where the electronic record is unavailable."),
        P("3.5", "The Provider shall offer appointments in clinics within 20 miles of the "
          "Patient's home, and in the Patient's home or school where that is clinically "
          "appropriate, and shall provide interpreters, including Irish Sign Language and "
          "British Sign Language interpreters, free of charge to Patients who need them."),
        P("3.6", "The Provider shall accept referrals only from the Trust's single point of "
          "entry and shall not accept referrals for the Services directly from GPs, schools or "
          "families."),
        H("4", "Price and payment"),
        P("4.1", "The Trust shall pay the prices in Schedule 2 for each completed episode of care, "
          "monthly in arrears, within 30 days of a valid invoice."),
        P("4.2", "An episode of care is completed when the discharge report has been sent under "
          "Schedule 1. Where a Patient does not attend twice without notice, the Provider may "
          "discharge them back to the Trust and invoice for the assessment only."),
        P("4.3", "Prices are fixed for the initial term. The Trust shall not pay for more than "
          "1,900 episodes of care in any year without a written variation."),
        H("5", "Staff"),
        P("5.1", "The Provider shall ensure that all Staff have an enhanced AccessNI check "
          "before they work with Patients, renewed every three years."),
        P("5.2", "The Provider shall ensure that all Staff complete induction training, and "
          "refresher training every year, on the Provider's code of conduct, conflicts of "
          "interest, gifts and hospitality, fraud awareness and raising concerns, and shall keep "
          "training records and provide them to the Trust each year."),
        P("5.3", "The Trust may require the Provider to remove from the Services any member of "
          "Staff who has breached Schedule 6 or clause 13, 14 or 15."),
        H("6", "Standards of conduct"),
        P("6.1", "The Provider shall comply with Schedule 6 (Standards of Conduct)."),
        P("6.2", "The Provider shall adopt and maintain a written code of conduct for its Staff "
          "that is consistent with the Trust's Standards of Business Conduct, and shall ensure "
          "that all Staff comply with it."),
        P("6.3", "The Provider shall nominate a director as its ethics lead, responsible to the "
          "Provider's board for the arrangements that support compliance with Schedule 6 and "
          "clauses 13 to 16."),
        H("7", "Raising concerns"),
        P("7.1", "The Provider shall maintain speaking-up arrangements, including a Freedom to "
          "Speak Up Guardian whom Staff can contact in confidence."),
        P("7.2", "Concerns raised in good faith by Staff about Patient safety, malpractice or a "
          "breach of this Contract must not lead to any detriment to the person raising them, "
          "whether they are raised with the Provider, with the Trust or with a regulator."),
        H("8", "Complaints"),
        P("8.1", "The Provider shall operate a complaints procedure for Patients that meets the "
          "Health and Social Care Complaints Procedure Directions (Northern Ireland) 2019 and "
          "the guidance Complaints in Health and Social Care: Standards and Guidelines for "
          "Resolution and Learning, and shall publicise it in every clinic and in the "
          "information given to Patients at their first appointment."),
        P("8.2", "The Provider shall acknowledge each complaint within 2 Working Days and send a "
          "full response within 20 Working Days. Where a response cannot be sent in that time, "
          "the Provider shall explain the delay to the complainant and give a new date."),
        P("8.3", "The Provider shall inform complainants of their right to refer the complaint "
          "to the Northern Ireland Public Services Ombudsman, shall co-operate fully with any "
          "investigation by the Ombudsman, and shall implement any recommendation made by the "
          "Ombudsman."),
        P("8.4", "The Provider shall report complaints to the Trust each quarter as set out in "
          "Schedule 3."),
        P("8.5", "The Provider shall review complaints and Patient feedback every quarter to "
          "identify themes and root causes, agree an action plan with the Trust where a theme "
          "is identified, and report the lessons learned at the quarterly review meeting."),
        H("9", "Patient experience"),
        P("9.1", "The Provider shall invite every Patient, or their parent or carer, to complete "
          "the Trust's patient experience questionnaire on discharge, and shall report the "
          "results to the Trust each quarter as set out in Schedule 3."),
        H("10", "Freedom of information"),
        P("10.1", "The Provider acknowledges that the Trust is subject to the Freedom of "
          "Information Act 2000 and shall provide the Trust with all assistance and information "
          "it reasonably requires to comply with that Act, within 5 Working Days of a request."),
        H("11", "Monitoring"),
        P("11.1", "The parties shall hold quarterly review meetings. At each meeting the Trust "
          "shall review the Provider's performance against Schedule 3 and its compliance with "
          "Schedule 6 and clauses 13 to 16."),
        P("11.2", "The Trust, or auditors appointed by it, may audit the Provider's compliance "
          "with Schedule 6 and clauses 13 to 16, and the Provider shall give them access to "
          "its records, registers and Staff for that purpose."),
        H("12", "Sub-contracting"),
        P("12.1", "The Provider shall not sub-contract any clinical part of the Services "
          "without the Trust's written consent."),
        P("12.2", "The Provider shall use reasonable endeavours to ensure that any Sub-contractor "
          "complies with Schedule 6 and clauses 13 to 16 as if it were the Provider."),
        H("13", "Fraud and bribery"),
        P("13.1", "The Provider shall not offer, give or accept any bribe or other improper "
          "advantage in connection with this Contract and shall not commit any offence under the "
          "Bribery Act 2010 or the Fraud Act 2006."),
        P("13.2", "The Provider shall maintain adequate anti-fraud and anti-bribery procedures "
          "and shall report any suspected fraud or bribery connected with this Contract to the "
          "Trust's Fraud Liaison Officer immediately."),
        H("14", "Conflicts of interest"),
        P("14.1", "The Provider shall ensure that neither it nor any member of Staff has any "
          "personal, professional or financial interest that conflicts, or may conflict, with "
          "its duties under this Contract, and shall notify the Trust in writing within 5 "
          "Working Days of becoming aware of any such interest."),
        P("14.2", "The Provider shall take the action the Trust directs to manage any conflict "
          "notified under clause 14.1 and, where it cannot be managed, the Trust may terminate "
          "this Contract under clause 17.1(b)."),
        P("14.3", "The Provider shall obtain a declaration of interests from each of its "
          "Decision-Making Staff on appointment and every year, including a nil declaration "
          "where there is nothing to declare, shall keep a register of those declarations, and "
          "shall publish the register on its website and give a copy to the Trust each year."),
        P("14.4", "The Provider should notify the Trust before engaging any person who was "
          "employed by the Trust in the previous two years in a role connected with "
          "commissioning speech and language therapy."),
        H("15", "Gifts and hospitality"),
        P("15.1", "The Provider shall not offer any gift or hospitality to any Trust employee "
          "involved in referring Patients or managing this Contract."),
        P("15.2", "The Provider shall keep a gifts and hospitality register recording all gifts "
          "and hospitality offered to or received by Staff in connection with the Services, and "
          "shall give a copy to the Trust each year."),
        H("16", "Assurance"),
        P("16.1", "Before the start of the Services, and then by 30 April each year, the "
          "Provider shall give the Trust an annual statement of compliance signed by its chair "
          "or chief executive confirming that it has complied with Schedule 6 and clauses 13 to "
          "15 and that the arrangements described in clause 6.3 are in place and working."),
        H("17", "Termination"),
        P("17.1", "The Trust may terminate this Contract by notice with immediate effect if:"),
        I("(a)", "the Provider commits a serious or repeated breach of Schedule 6 or clause 13, "
          "14 or 15;"),
        I("(b)", "a conflict of interest notified under clause 14.1 cannot be managed to the "
          "Trust's satisfaction; or"),
        I("(c)", "the Provider's registration with the Regulation and Quality Improvement "
          "Authority, where required, is cancelled."),
        P("17.2", "Either party may terminate this Contract on three months' notice."),
        H("18", "General"),
        P("18.1", "This Contract is governed by the law of Northern Ireland."),
        P("18.2", "Any dispute shall be referred first to the Trust's Director of Primary Care "
          "and the Provider's managing director, and then to mediation."),
        SH("Schedule 1 \u2013 Service specification"),
        SP("1", "Children's service: assessment within 6 weeks of referral and a therapy "
           "programme agreed with the parent or carer and the child's school or nursery."),
        SP("2", "Adult service: assessment of communication and swallowing within 4 weeks of "
           "referral, with urgent swallowing assessments within 3 Working Days."),
        SP("3", "Discharge reports shall be sent to the referrer and the Patient's GP within 10 "
           "Working Days of discharge."),
        SP("4", "Therapy programmes shall set measurable goals using the Therapy Outcome "
           "Measures framework, recorded at the start and end of each episode of care."),
        SP("5", "Parent and carer training shall be offered to every family of a child on "
           "the caseload, in groups or individually, and shall include written home programmes "
           "in plain English."),
        SP("6", "For adults with dysphagia, the Provider shall give written mealtime guidance "
           "using the International Dysphagia Diet Standardisation Initiative framework to the "
           "Patient, their carers and, where relevant, their care home."),
        SP("7", "The Provider shall attend the Trust's monthly caseload review for complex "
           "Patients and shall share its therapy plans with the Trust's team leader."),
        SH("Schedule 2 \u2013 Prices"),
        TAB(["Episode of care", "Price (GBP)"],
            ["Children's assessment and report", "240"],
            ["Children's therapy block (6 sessions)", "510"],
            ["Adult assessment and report", "260"],
            ["Adult therapy block (6 sessions)", "540"]),
        SH("Schedule 3 \u2013 Quarterly reporting"),
        TAB(["Indicator", "Target", "Frequency"],
            ["Assessments within target time", "90%", "Quarterly"],
            ["Complaints received, acknowledged within 2 Working Days and answered within 20 "
             "Working Days, with outcomes (upheld, partly upheld, not upheld)", "95% on time",
             "Quarterly"],
            ["Patient experience questionnaire: percentage rating the service good or very good",
             "85%", "Quarterly"],
            ["Serious adverse incidents", "Reported within 24 hours", "Quarterly"]),
        SH("Schedule 4 \u2013 Data processing"),
        SP("1", "The Provider is a controller of the clinical records it creates and shall "
           "return or transfer them to the Trust at the end of the Contract."),
        SP("2", "The Provider shall report any personal data breach to the Trust's Data "
           "Protection Officer within 24 hours."),
        SH("Schedule 5 \u2013 Exit plan"),
        SP("1", "[Not used]"),
        SH("Schedule 6 \u2013 Standards of Conduct"),
        SP("1", "The Seven Principles of Public Life (selflessness, integrity, objectivity, "
           "accountability, openness, honesty and leadership) apply to the Provider and all "
           "Staff in delivering the Services, and the Provider shall ensure they are observed."),
        SP("2", "Staff shall not use their position to promote private services to Patients or "
           "to obtain any advantage for themselves or others."),
        SP("3", "The Provider shall tell the Trust promptly of any departure from this Schedule "
           "and what it has done about it."),
    ],
    expected=EXP("""
ES-01 | pass | cl. 6.1 incorporates Schedule 6; Sch 6 para 1: the Seven Principles apply to the Provider and all Staff and the Provider shall ensure they are observed
ES-02 | pass | cl. 6.2: adopt and maintain a written code of conduct consistent with the Trust's Standards of Business Conduct and ensure Staff comply
ES-03 | weak | cl. 12.2: 'reasonable endeavours to ensure that any Sub-contractor complies with Schedule 6 and clauses 13 to 16'
ES-04 | pass | cl. 5.2: induction and yearly training on code of conduct, conflicts, gifts, fraud awareness and raising concerns, with records
ES-05 | pass | cl. 7.1 Freedom to Speak Up Guardian; cl. 7.2 concerns 'must not lead to any detriment' (passive, Provider implied by the clause)
ES-06 | pass | cl. 13.1 no bribes, no Bribery Act or Fraud Act offences; cl. 13.2 adequate procedures and immediate reporting
ES-07 | pass | cl. 10.1: assistance and information for the Trust's FOI Act 2000 duties within 5 Working Days
ES-08 | pass | cl. 11.2 Trust may audit compliance with Schedule 6 and clauses 13 to 16; cl. 11.1 reviewed at quarterly meetings
ES-09 | pass | cl. 17.1(a) termination for serious or repeated breach of Schedule 6 or clauses 13 to 15; cl. 5.3 removal of Staff
ES-10 | pass | cl. 16.1: signed annual statement of compliance plus board-level ethics lead in cl. 6.3
COI-01 | pass | cl. 14.1: no conflicting personal, professional or financial interest; written notice within 5 Working Days
COI-02 | pass | cl. 14.2: action the Trust directs; termination under cl. 17.1(b) where it cannot be managed
COI-03 | pass | cl. 15.1 no gifts or hospitality to Trust employees; cl. 15.2 gifts and hospitality register given to the Trust
COI-04 | weak | cl. 14.4: 'should notify the Trust before engaging' former Trust employees - permissive
COI-05 | pass | cl. 14.3: declarations from Decision-Making Staff incl. nil, register published and given to the Trust
COI-06 | gap | no procurement-stage disclosure or confirmation anywhere; nearest cl. 14.1 (contract-stage conflicts)
CDM-01 | pass | cl. 8.1: publicised Patient complaints procedure meeting the HSC Complaints Procedure Directions 2019
CDM-02 | pass | cl. 8.4 with Sch 3 table: quarterly complaints received, timeliness and outcomes
CDM-03 | pass | cl. 9.1: patient experience questionnaire results reported quarterly
CDM-04 | pass | cl. 8.3: co-operate with the Northern Ireland Public Services Ombudsman and implement recommendations
CDM-05 | pass | cl. 8.5: quarterly themes and root causes, action plan, lessons learned
CDM-06 | pass | cl. 8.2: acknowledge within 2 Working Days, respond within 20 Working Days, explain delays
"""),
))

# ---------------------------------------------------------------------------
# c06: Ireland, maintenance of lighthouses and aids to navigation. HTML (h1/h2, ol)
# converted to ODT by LibreOffice.

CONTRACTS.append(dict(
    name="c06-lighthouse-maintenance-ireland",
    ext="odt",
    build="odt-lo-html",
    title="Services Contract: Maintenance of Lighthouses and Aids to Navigation",
    body=[
        T("Services Contract: Maintenance of Lighthouses and Aids to Navigation"),
        M("Contract reference WSLB/ENG/2025/02. This Contract is made between the Western "
          "Seaboard Lights Board, a statutory body established under the Coastal Lights Act "
          "1962, of Harbour House, Galway (the \u201cBoard\u201d) and Atlantic Tower Services "
          "Limited (CRO number 654321), of Unit 9, Ballybrit Business Park, Galway (the "
          "\u201cContractor\u201d)."),
        M("The Contract comprises Part A (General Conditions), Part B (Special Conditions) and "
          "Part C (Schedule of Rates). Part B prevails over Part A."),
        SH("Part A \u2013 General Conditions"),
        H("1", "Definitions"),
        P("(a)", "\u201cStation\u201d means any lighthouse, beacon or fog signal station listed "
          "in the Board's register of Stations, including its tower, dwellings, helipad and "
          "landing."),
        P("(b)", "\u201cAids to Navigation\u201d means lights, buoys, beacons, radar beacons "
          "and AIS transmitters maintained by the Board."),
        P("(c)", "\u201cPersonnel\u201d means the employees, agents and sub-contractors of the "
          "Contractor engaged in the Services."),
        P("(d)", "\u201cStructural Integrity Survey\u201d means a survey of the structural "
          "integrity of a tower, its lantern and gallery, carried out by a chartered engineer."),
        H("2", "Scope of the Services"),
        P("(a)", "The Contractor shall carry out planned preventive maintenance at each of the "
          "31 Stations in Part C in accordance with the Board's maintenance manual, including "
          "painting, glazing, lantern and gallery repairs, lightning protection testing and "
          "generator servicing."),
        P("(b)", "The Contractor shall respond to reactive repair requests within the response "
          "times below:"),
        I("(i)", "a light or fog signal out of service at a primary Station: attendance within "
          "24 hours, weather permitting;"),
        I("(ii)", "a defect affecting safety of access: attendance within 3 working days;"),
        I("(iii)", "any other defect: attendance at the next planned visit or within 20 working "
          "days, whichever is earlier."),
        P("(c)", "The Contractor shall carry out a Structural Integrity Survey of each tower once "
          "during the Contract Period and report the results to the Board's Head of Engineering."),
        P("(d)", "The Board will provide helicopter transport to offshore Stations. The "
          "Contractor shall comply with the Board's helicopter operations manual."),
        P("(e)", "The Contractor shall carry out annual servicing of standby generators, "
          "battery banks and solar arrays at each Station, replace lamps and LED modules in "
          "accordance with the manufacturer's schedule, and record all readings in the Station "
          "logbook."),
        P("(f)", "The Contractor shall inspect and service buoy moorings at the intervals set by "
          "the Board, working from the Board's tender vessel, and shall report any buoy found "
          "off station to the Board's Monitoring Centre immediately."),
        P("(g)", "The Contractor shall keep a stock of critical spares, including lanterns, "
          "flashers and charge controllers, sufficient to restore any primary Station without "
          "waiting for deliveries."),
        H("3", "Personnel"),
        P("(a)", "The Contractor shall employ only competent Personnel who hold a valid Safe Pass "
          "card and, for work at height, rope access certification."),
        P("(b)", "The Contractor shall provide an induction programme for all Personnel before "
          "they work at any Station, covering site safety, working at height, helicopter "
          "operations and the requirements of this Contract."),
        P("(c)", "The Contractor shall nominate a Contract Manager who shall be available to the "
          "Board during normal working hours."),
        P("(d)", "The Contractor shall maintain a duty rota so that a team of at least two "
          "suitably skilled Personnel, with vehicle and tools, is available to respond to "
          "reactive repair requests at all times, including weekends and public holidays."),
        H("4", "Safety"),
        P("(a)", "The Contractor shall comply with the Safety, Health and Welfare at Work Act "
          "2005 and the Safety, Health and Welfare at Work (Construction) Regulations 2013, and "
          "shall act as Project Supervisor for the Construction Stage where the Board appoints "
          "it."),
        P("(b)", "The Contractor shall submit a safety statement and method statements for the "
          "Board's approval before starting work at each Station."),
        P("(c)", "No work shall be carried out on an offshore Station unless at least two "
          "Personnel are present, a means of emergency evacuation is available and the Board's "
          "Monitoring Centre has been told of the team's arrival and departure."),
        H("5", "Supplier Code of Conduct"),
        P("(a)", "The Contractor shall comply with the Board's Supplier Code of Conduct, a copy "
          "of which was issued with the Request for Tenders, in performing this Contract."),
        H("6", "Ethics in public office"),
        P("(a)", "Members and staff of the Board are subject to the Ethics in Public Office Act "
          "1995, the Standards in Public Office Act 2001 and the Board's Gifts and Hospitality "
          "Policy."),
        H("7", "Corruption"),
        P("(a)", "The Contractor shall not offer, promise or give any bribe, payment or other "
          "advantage to any person as an inducement or reward in connection with this Contract, "
          "and shall not commit any offence under the Criminal Justice (Corruption Offences) "
          "Act 2018."),
        P("(b)", "The Contractor shall maintain reasonable and proportionate procedures to "
          "prevent corruption by its Personnel and shall notify the Board immediately of any "
          "breach of clause 7(a)."),
        H("8", "Conflicts of interest"),
        P("(a)", "The Contractor should notify the Board promptly of any actual or potential "
          "conflict of interest that arises in performing the Services."),
        H("9", "Protected disclosures"),
        P("(a)", "The Contractor shall not penalise or threaten penalisation against any of its "
          "Personnel, or cause or permit any other person to do so, for having made a protected "
          "disclosure within the meaning of the Protected Disclosures Act 2014, including a "
          "disclosure made to the Board."),
        H("10", "Sub-contracting"),
        P("(a)", "The Contractor shall not sub-contract any part of the Services without the "
          "Board's prior written consent, which shall not be unreasonably withheld."),
        P("(b)", "The Contractor shall impose on each sub-contractor obligations no less onerous "
          "than those in clauses 5, 7 and 9 (Supplier Code of Conduct, Corruption and Protected "
          "disclosures)."),
        H("11", "Freedom of information"),
        P("(a)", "The Contractor acknowledges that the Board is subject to the Freedom of "
          "Information Act 2014."),
        P("(b)", "The Contractor shall assist and co-operate with the Board to enable it to "
          "comply with its obligations under that Act, and shall provide any information "
          "requested within 5 working days."),
        H("12", "Data protection"),
        P("(a)", "The Contractor shall process personal data only on the Board's documented "
          "instructions and in accordance with the General Data Protection Regulation and the "
          "Data Protection Act 2018."),
        P("(b)", "The Contractor shall notify the Board within 48 hours of any complaint received "
          "from a data subject or the Data Protection Commission concerning personal data "
          "processed under this Contract."),
        H("13", "Records and audit"),
        P("(a)", "The Contractor shall keep maintenance logs, test certificates and Structural "
          "Integrity Survey reports for each Station for seven years."),
        P("(b)", "The Board or its nominee may audit the Contractor's compliance with this "
          "Contract on 5 working days' notice."),
        P("(c)", "The Contractor shall submit a monthly progress report to the Board's Head of "
          "Engineering listing the planned maintenance visits completed, reactive attendances "
          "and their response times, defects outstanding, and any Station where access was "
          "prevented by weather."),
        H("14", "Tender declarations and tax"),
        P("(a)", "The Contractor confirms that it has disclosed to the Board any relationship "
          "with any person involved in the tender process for this Contract, and shall notify "
          "the Board of any such relationship of which it later becomes aware."),
        P("(b)", "The Contractor shall hold a current Revenue tax clearance throughout the "
          "Contract Period and shall declare VAT at the applicable rate on every invoice."),
        H("15", "Board equipment"),
        P("(a)", "The Contractor shall maintain a register of assets recording all Board-owned "
          "spares, tools and test equipment in its custody, and shall return them at the end of "
          "the Contract Period."),
        H("16", "Employees"),
        P("(a)", "The parties agree that the European Communities (Protection of Employees on "
          "Transfer of Undertakings) Regulations 2003 do not apply on the commencement of this "
          "Contract."),
        H("17", "Termination"),
        P("(a)", "The Board may terminate this Contract by notice if the Contractor commits a "
          "material breach and fails to remedy it within 30 days of a notice requiring it to do "
          "so."),
        P("(b)", "The Board may terminate this Contract immediately if the Contractor becomes "
          "insolvent or has an examiner or receiver appointed."),
        P("(c)", "The Board may terminate this Contract for convenience on three months' notice."),
        H("18", "Disputes"),
        P("(a)", "Any dispute shall first be referred to conciliation under the Board's "
          "conciliation procedure and, if not resolved within 42 days, to arbitration under the "
          "Arbitration Act 2010."),
        H("19", "Governing law"),
        P("(a)", "This Contract is governed by the laws of Ireland."),
        H("20", "Protected structures and the environment"),
        P("(a)", "Several Stations are protected structures under the Planning and Development "
          "Act 2000 or national monuments. The Contractor shall carry out repairs to historic "
          "fabric using materials and methods approved by the Board's conservation architect."),
        P("(b)", "The Contractor shall take all necessary measures to avoid disturbing nesting "
          "seabirds and seals, shall comply with any conditions of the National Parks and "
          "Wildlife Service for work on designated sites, and shall remove all waste from "
          "offshore Stations."),
        P("(c)", "Paints, fuels and chemicals shall be stored and used so as to prevent any "
          "spillage to the sea, and spill kits shall be kept at every offshore Station while "
          "work is in progress."),
        H("21", "Notices"),
        P("(a)", "Notices under this Contract shall be in writing and sent to the Board's Head "
          "of Engineering or to the Contractor's registered office, by post or email."),
        SH("Part B \u2013 Special Conditions"),
        SP("1", "Clause 11(b) (Freedom of information) shall not apply to this Contract."),
        SP("2", "The Contract Period is 1 July 2025 to 30 June 2029, with an option for the "
           "Board to extend by one year."),
        SP("3", "Liquidated damages for late attendance under clause 2(b)(i): \u20ac250 per day."),
        SP("4", "Insurance: public liability \u20ac6.5 million; employer's liability \u20ac13 "
           "million; contractor's all risks for the value of works in progress."),
        SP("5", "Prices in Part C are fixed for the first two years and are then adjusted "
           "annually by the Consumer Price Index published by the Central Statistics Office."),
        SP("6", "Payment shall be made within 30 days of receipt of a valid invoice in "
           "accordance with the European Communities (Late Payment in Commercial Transactions) "
           "Regulations 2012."),
        SH("Part C \u2013 Schedule of Rates"),
        TAB(["Item", "Unit", "Rate (EUR, excl. VAT)"],
            ["Planned maintenance visit, mainland Station", "Per visit", "1,850"],
            ["Planned maintenance visit, offshore Station", "Per visit", "3,400"],
            ["Reactive attendance, primary Station", "Per attendance", "2,100"],
            ["Structural Integrity Survey", "Per tower", "6,750"],
            ["Craft labour (additional)", "Per hour", "68"]),
    ],
    expected=EXP("""
ES-01 | gap | cl. 6(a) binds Board members and staff (wrong party); cl. 1(d) 'structural integrity' is a look-alike
ES-02 | pass | cl. 5(a): Contractor shall comply with the Board's Supplier Code of Conduct
ES-03 | pass | cl. 10(b): impose on sub-contractors obligations no less onerous than clauses 5, 7 and 9 (ethics topics named)
ES-04 | weak | cl. 3(b): induction programme for all Personnel covering safety and 'the requirements of this Contract' - ethics not named
ES-05 | pass | cl. 9(a): no penalisation for a protected disclosure under the Protected Disclosures Act 2014, including to the Board
ES-06 | pass | cl. 7(a) no bribes, no offences under the 2018 Act; cl. 7(b) procedures and immediate notice
ES-07 | gap | cl. 11(b) assistance duty is disapplied by Part B para 1 ('Clause 11(b) ... shall not apply'); cl. 11(a) is an acknowledgement only
ES-08 | weak | cl. 13(b): Board may audit compliance with 'this Contract' - no ethics link
ES-09 | weak | cl. 17(a): termination for unremedied material breach, no ethics link; cl. 17(c) convenience
ES-10 | gap | no ethical assurance; cl. 14(b) tax clearance is a decoy
COI-01 | weak | cl. 8(a): 'should notify the Board promptly of any actual or potential conflict' - permissive
COI-02 | gap | no mitigation, direction or termination for conflicts; only cl. 8(a)
COI-03 | gap | cl. 6(a) is the Board's own Gifts and Hospitality Policy (wrong party)
COI-04 | gap | no revolving-door term; cl. 16(a) transfer of undertakings is a decoy
COI-05 | gap | no declarations register; cl. 15(a) register of assets and cl. 14(b) VAT declarations are decoys
COI-06 | pass | cl. 14(a): Contractor confirms it disclosed relationships with persons in the tender process and will notify later ones
CDM-01 | gap | no service-user complaints procedure; cl. 12(b) data-protection complaints are a decoy
CDM-02 | gap | no complaint reporting; nearest cl. 13(a) records
CDM-03 | gap | no satisfaction or feedback data; nearest cl. 2(c) survey reports are structural
CDM-04 | gap | cl. 18(a) conciliation and arbitration with the Board only
CDM-05 | gap | no learning from complaints; nearest cl. 13(a)
CDM-06 | gap | response times in cl. 2(b)(i) are repair attendance times, not complaint handling
"""),
))

# ---------------------------------------------------------------------------
# c07: New South Wales, forensic toxicology testing. HTML (h1/h2, ol) converted to
# DOCX by LibreOffice.

CONTRACTS.append(dict(
    name="c07-forensic-toxicology-nsw",
    ext="docx",
    build="docx-lo-html",
    title="Agreement for Forensic Toxicology Testing Services",
    body=[
        T("Agreement for Forensic Toxicology Testing Services"),
        M("Agreement number DJFS-2025-0419. Parties: the State of New South Wales acting through "
          "the Department of Justice and Forensic Services, ABN 11 222 333 444 (the "
          "Department), and Meridian Analytical Laboratories Pty Ltd, ABN 55 666 777 888, of "
          "12 Foundry Lane, Parramatta NSW 2150 (the Service Provider)."),
        M("Background. The Department's forensic laboratory cannot meet demand for post-mortem "
          "and road-safety toxicology. The Service Provider holds NATA accreditation to ISO/IEC "
          "17025 for the relevant methods and has agreed to perform overflow testing on the "
          "terms below."),
        SH("Part 1 \u2013 Agreement terms"),
        H("1", "Interpretation"),
        P("(a)", "Case means a request from the Department for toxicology testing of one or more "
          "specimens relating to one deceased person, driver or other subject."),
        P("(b)", "Personnel means the Service Provider's officers, employees, agents and "
          "Subcontractors, and their employees, who are involved in the Services."),
        P("(c)", "Report means a certificate of analysis and any statement or expert report "
          "prepared for a coroner, court or the Department."),
        P("(d)", "Business Day means a day that is not a Saturday, Sunday or public holiday in "
          "Sydney."),
        H("2", "Term"),
        P("(a)", "This Agreement starts on 1 July 2025 and ends on 30 June 2028, unless ended "
          "earlier. The Department may extend it twice by 12 months each time."),
        P("(b)", "The Department does not guarantee any minimum number of Cases. Its estimate, "
          "for planning only, is 3,200 post-mortem Cases and 5,500 road-safety Cases a year."),
        H("3", "Services"),
        P("(a)", "The Service Provider must perform screening and confirmatory testing of blood, "
          "urine, vitreous humour and tissue specimens for alcohol, drugs and poisons, as "
          "described in Schedule 1."),
        P("(b)", "The Service Provider must maintain NATA accreditation to ISO/IEC 17025 for every "
          "method used and must notify the Department within 1 Business Day of any suspension."),
        P("(c)", "The Service Provider must preserve the chain of custody and the integrity of "
          "every specimen from receipt to disposal, and must store specimens in accordance with "
          "the Department's retention schedule."),
        P("(d)", "The Service Provider must deliver Reports within the turnaround times in "
          "Schedule 1 and make reporting scientists available to give evidence in court."),
        P("(e)", "The Service Provider must collect specimens from the Department's mortuaries "
          "and from police stations in refrigerated vehicles at least twice each Business Day, "
          "and must record the temperature of each consignment on arrival."),
        P("(f)", "The Service Provider must take part in at least two external proficiency "
          "testing programs each year for each test category and must give the Department the "
          "results within 10 Business Days of receiving them."),
        P("(g)", "The Service Provider must give the Department a monthly operational report "
          "showing Cases received, Cases completed, turnaround times by test category, and "
          "Cases outstanding for more than 60 days."),
        H("4", "Price and payment"),
        P("(a)", "The Department must pay the prices in Schedule 2 within 20 Business Days of a "
          "correctly rendered tax invoice."),
        P("(b)", "The Service Provider may invoice monthly in arrears for Cases whose Reports "
          "were issued in that month. Each invoice must list the Department's Case numbers."),
        P("(c)", "Prices are fixed for the first two years and then adjust on 1 July each year "
          "by the Sydney Consumer Price Index, capped at 4 per cent."),
        H("5", "Code of conduct"),
        P("(a)", "The Service Provider must comply with the NSW Government Supplier Code of "
          "Conduct and must ensure that its Personnel are aware of it."),
        P("(b)", "Department employees are bound by the Code of Ethics and Conduct for NSW "
          "government sector employees; the Service Provider acknowledges that it must not "
          "ask or encourage any Department employee to breach that code."),
        H("6", "Integrity and corruption prevention"),
        P("(a)", "The Service Provider must not, and must ensure that its Personnel do not, offer "
          "or give any bribe, secret commission or other inducement, or engage in corrupt "
          "conduct within the meaning of the Independent Commission Against Corruption Act 1988, "
          "in connection with this Agreement."),
        P("(b)", "The Service Provider must maintain adequate policies and procedures to prevent "
          "corrupt conduct and fraud by its Personnel."),
        P("(c)", "The Service Provider is encouraged to maintain a whistleblower program and to "
          "make its Personnel aware that they may report corrupt conduct to the Independent "
          "Commission Against Corruption."),
        H("7", "Conflicts of interest"),
        P("(a)", "The Service Provider warrants that, at the date of this Agreement, it has "
          "disclosed to the Department any relationship with any person involved in the "
          "evaluation of its tender and that no conflict of interest exists, and it must keep "
          "that disclosure up to date."),
        P("(b)", "The Service Provider must ensure that neither it nor any of its Personnel has "
          "any interest, relationship or engagement, including work for a defence lawyer, an "
          "insurer or a party to proceedings in relation to a Case, that conflicts or may "
          "conflict with the impartial performance of the Services."),
        P("(c)", "The Service Provider must notify the Department immediately in writing of any "
          "actual, potential or perceived conflict of interest and must comply with any "
          "direction from the Department to manage it, including reallocating the Case to "
          "other Personnel."),
        P("(d)", "If a conflict of interest cannot be managed to the Department's satisfaction, "
          "the Department may terminate this Agreement under clause 14(a)."),
        P("(e)", "The Service Provider may maintain a register of interests for its analysts and "
          "reporting scientists."),
        P("(f)", "The Service Provider must not engage, in connection with the Services, any "
          "former officer of the Department who was involved in procuring or managing this "
          "Agreement within 12 months after that person left the Department, without the "
          "Department's prior written approval."),
        H("8", "Gifts and benefits"),
        P("(a)", "The Service Provider must not offer or give any gift, hospitality or other "
          "benefit to any Department officer involved in this Agreement, and must record in a "
          "gifts and benefits register any gift or hospitality offered to its Personnel by a "
          "party with an interest in a Case."),
        H("9", "Training"),
        P("(a)", "The Service Provider must ensure that all Personnel complete integrity training "
          "covering the NSW Government Supplier Code of Conduct, conflicts of interest, gifts and "
          "benefits and corruption prevention before they work on a Case and every two years "
          "after that, and must keep training records available for inspection by the "
          "Department."),
        H("10", "Subcontracting"),
        P("(a)", "The Service Provider must not subcontract any testing without the Department's "
          "prior written approval."),
        P("(b)", "The Service Provider must ensure that each Subcontractor complies with clauses "
          "5 to 9 (code of conduct, integrity, conflicts of interest, gifts and training) as if "
          "it were the Service Provider."),
        H("11", "Access to information"),
        P("(a)", "The Service Provider must provide the Department with immediate access, on "
          "request, to information contained in records held by the Service Provider that "
          "relates to the Services, as required by section 121 of the Government Information "
          "(Public Access) Act 2009 (NSW), so that the Department can deal with access "
          "applications and publish contract information."),
        H("12", "Integrity assurance and audit"),
        P("(a)", "Within 30 Business Days after the start date, and by 31 July each year, the "
          "Service Provider must give the Department an annual compliance statement signed by a "
          "director confirming compliance with clauses 5 to 10 and that it has governance "
          "structures in place to support those obligations."),
        P("(b)", "The Department or its nominee may audit the Service Provider's compliance with "
          "clauses 5 to 10 at any time on 5 Business Days' notice."),
        P("(c)", "The Service Provider's performance against the turnaround times and its "
          "compliance with clauses 5 to 10 will be reviewed at six-monthly contract meetings."),
        H("13", "Feedback and complaints"),
        P("(a)", "The Service Provider should have a process for handling complaints from next "
          "of kin, coroners and other users of its Reports."),
        P("(b)", "The Service Provider should co-operate with the NSW Ombudsman if a complaint "
          "about the Services is referred to the Ombudsman."),
        P("(c)", "The Department will respond to complaints about its forensic services under "
          "its own complaints management policy, within 20 Business Days."),
        H("14", "Termination"),
        P("(a)", "The Department may terminate this Agreement immediately by notice if the "
          "Service Provider breaches clause 5, 6, 7 or 8, or if a conflict of interest cannot "
          "be managed under clause 7(d)."),
        P("(b)", "The Department may terminate this Agreement by notice if the Service Provider "
          "commits any other material breach that is not remedied within 20 Business Days."),
        P("(c)", "The Department may terminate this Agreement for convenience on 60 days' "
          "notice, paying for Services performed up to the date of termination."),
        H("15", "General"),
        P("(a)", "This Agreement is governed by the laws of New South Wales."),
        P("(b)", "Disputes must be referred to senior executives and then to expert "
          "determination before any court proceedings are started."),
        P("(c)", "The Service Provider must maintain public liability insurance of at least $20 "
          "million, professional indemnity insurance of at least $10 million and workers "
          "compensation insurance as required by law."),
        P("(d)", "The Service Provider must comply with the Work Health and Safety Act 2011 "
          "(NSW) and must report any notifiable incident involving a specimen or a vehicle "
          "carrying specimens to the Department within 24 hours."),
        P("(e)", "A variation to this Agreement is effective only if it is in writing and "
          "signed by both parties."),
        SH("Schedule 1 \u2013 Services and turnaround times"),
        TAB(["Test category", "Turnaround (Business Days from receipt)"],
            ["Blood alcohol only", "10"],
            ["Road-safety drug screen and confirmation", "20"],
            ["Post-mortem comprehensive screen", "30"],
            ["Urgent coronial request", "5"]),
        SP("1", "Reports must be signed by a reporting scientist who is authorised to give "
           "expert evidence."),
        SP("2", "The Service Provider must retain residual specimens for 12 months after the "
           "Report unless the Department directs otherwise."),
        SP("3", "Screening must cover, as a minimum, alcohol, cannabinoids, amphetamine-type "
           "stimulants, opioids, benzodiazepines, cocaine, antidepressants, antipsychotics and "
           "common poisons, using methods validated for each specimen type."),
        SP("4", "Each Report must state the method, the measurement uncertainty, the limit of "
           "quantification and any factor that may affect interpretation, such as decomposition "
           "or a long interval between death and collection."),
        SP("5", "Where a Case is urgent, the Department's duty pathologist may telephone the "
           "Service Provider's on-call scientist at any time, and a preliminary result must be "
           "given by telephone before the written Report is issued."),
        SP("6", "Specimens must be received, logged and stored at the correct temperature within "
           "2 hours after delivery. Any specimen that arrives leaking, unlabelled or with a "
           "broken seal must be photographed and reported to the Department the same day."),
        SP("7", "Results must be transmitted to the Department's case management system through "
           "the agreed secure interface; Reports sent by email must be encrypted and password "
           "protected."),
        SH("Schedule 2 \u2013 Prices"),
        TAB(["Item", "Price (AUD, excl. GST)"],
            ["Blood alcohol analysis", "95"],
            ["Drug screen (immunoassay and LC-MS/MS)", "410"],
            ["Comprehensive post-mortem screen", "780"],
            ["Court attendance per day", "1,600"]),
    ],
    expected=EXP("""
ES-01 | gap | no Seven Principles or named ethical standards bound to the Service Provider; cl. 5(b) binds Department employees (wrong party); cl. 3(c) specimen 'integrity' is a look-alike
ES-02 | pass | cl. 5(a): must comply with the NSW Government Supplier Code of Conduct
ES-03 | pass | cl. 10(b): each Subcontractor complies with clauses 5 to 9 (ethics topics named)
ES-04 | pass | cl. 9(a): integrity training on code, conflicts, gifts and corruption prevention, with records
ES-05 | weak | cl. 6(c): 'is encouraged to maintain a whistleblower program' - permissive; no reporting duty to the Department
ES-06 | pass | cl. 6(a) no bribes, secret commissions or corrupt conduct; cl. 6(b) adequate procedures
ES-07 | pass | cl. 11(a): immediate access to information under s.121 GIPA Act for access applications and publication
ES-08 | pass | cl. 12(b) audit of compliance with clauses 5 to 10; cl. 12(c) reviewed at contract meetings
ES-09 | pass | cl. 14(a): immediate termination for breach of clauses 5 to 8
ES-10 | pass | cl. 12(a): annual compliance statement signed by a director, with governance structures
COI-01 | pass | cl. 7(b) no conflicting interest; cl. 7(c) immediate written notice
COI-02 | pass | cl. 7(c) comply with Department direction; cl. 7(d) and cl. 14(a) termination
COI-03 | pass | cl. 8(a): no gifts or hospitality to Department officers; gifts and benefits register
COI-04 | pass | cl. 7(f): no former Department officer involved in the procurement within 12 months without approval
COI-05 | weak | cl. 7(e): 'may maintain a register of interests' - permissive
COI-06 | pass | cl. 7(a): warrants it disclosed relationships with tender evaluators and will keep it up to date
CDM-01 | weak | cl. 13(a): 'should have a process for handling complaints' - permissive
CDM-02 | gap | no complaint reporting; Sch 1 table is turnaround times only
CDM-03 | gap | no user satisfaction or feedback data; the heading of cl. 13 is not an obligation
CDM-04 | weak | cl. 13(b): 'should co-operate with the NSW Ombudsman' - permissive
CDM-05 | gap | no learning from complaints; nearest cl. 12(c)
CDM-06 | gap | cl. 13(c) timescale is the Department's own policy (wrong party)
"""),
))

# ---------------------------------------------------------------------------
# c08: New Zealand district council, rating valuation services. Plain text.

CONTRACTS.append(dict(
    name="c08-rating-valuation-nz",
    ext="txt",
    build="txt",
    title="Contract for Rating Valuation Services",
    txt_h="Clause {n} - {t}",
    body=[
        T("Contract for Rating Valuation Services"),
        M("Contract No. 2025/117"),
        M("Parties: Mataroa District Council (the Council), a local authority under the Local "
          "Government Act 2002; and Kowhai Valuation Services Limited (company number 7654321) "
          "(the Consultant)."),
        M("Background: under the Rating Valuations Act 1998 the Council must maintain a district "
          "valuation roll and revalue every rating unit at least every three years. The Council "
          "has appointed the Consultant as its valuation service provider for the next two "
          "general revaluations and for roll maintenance in the meantime."),
        H("1", "Definitions"),
        P("1.1", "Act means the Rating Valuations Act 1998. Rules means the Rating Valuations "
          "Rules 2008 issued by the Valuer-General."),
        P("1.2", "Roll means the Council's district valuation roll. Rating Unit has the meaning "
          "in the Local Government (Rating) Act 2002."),
        P("1.3", "Ratepayer means an owner or occupier of a Rating Unit, and includes any person "
          "acting for them."),
        P("1.4", "Registered Valuer means a valuer registered under the Valuers Act 1948 who is "
          "employed or engaged by the Consultant."),
        P("1.5", "Working Day has the meaning in the Local Government Official Information and "
          "Meetings Act 1987."),
        H("2", "Term"),
        P("2.1", "This Contract runs from 1 July 2025 to 30 June 2031. The Council may extend it "
          "once for up to three years."),
        H("3", "Services"),
        P("3.1", "The Consultant shall carry out general revaluations of the district with "
          "effective dates of 1 September 2026 and 1 September 2029, and deliver the revised "
          "Roll in time for the Valuer-General's certification under the Act."),
        P("3.2", "The Consultant shall maintain the Roll between revaluations, including "
          "valuations for subdivisions, new buildings, demolitions and changes of use, within 20 "
          "Working Days of receiving building consent or subdivision information from the "
          "Council."),
        P("3.3", "The Consultant shall review objections to valuations in accordance with the "
          "Act and the Rules, and shall represent the Council before the Land Valuation Tribunal "
          "where an objector asks for a hearing."),
        P("3.4", "The Consultant shall ensure the Roll meets the Rules and the quality standards "
          "set by the Valuer-General."),
        P("3.5", "The Consultant shall supply sales and valuation data to the Council's rating "
          "system in the format the Council specifies."),
        P("3.6", "The Consultant shall maintain the Roll information required by the Rules for "
          "each Rating Unit, including land area, floor area, building age, construction, "
          "condition, land use and improvements, and shall correct any error in the Roll within "
          "10 Working Days after it is identified."),
        P("3.7", "The Consultant shall provide the Council with valuation advice on Council-owned "
          "property, the effect of proposed rating policies and the likely outcome of a "
          "revaluation, at the hourly rates in Schedule 1."),
        P("3.8", "The Consultant shall carry out field inspections of Rating Units only between "
          "8.00 am and 6.00 pm on Working Days, shall carry identification issued by the "
          "Council, and shall not enter any building without the occupier's permission."),
        H("4", "Fees"),
        P("4.1", "The Council shall pay the fees in Schedule 1, monthly in arrears, on the 20th "
          "of the month after receipt of a valid GST invoice."),
        P("4.2", "Fees are adjusted each 1 July by the Labour Cost Index (all salary and wage "
          "rates)."),
        P("4.3", "No fee is payable for re-doing work that does not meet the Rules, or for "
          "reviewing an objection that succeeds because of an error in the Consultant's "
          "original valuation."),
        H("5", "Valuers"),
        P("5.1", "The Consultant shall ensure that every valuation on the Roll is made or "
          "reviewed by a Registered Valuer."),
        P("5.2", "The Consultant shall ensure that its valuers complete continuing professional "
          "development in valuation methodology and rating law each year, as required by the "
          "Valuers Registration Board."),
        P("5.3", "Registered Valuers engaged by the Consultant are expected to observe the Code "
          "of Ethics of the Property Institute of New Zealand."),
        H("6", "Standards"),
        P("6.1", "The Consultant should act in a manner consistent with the Standards of "
          "Integrity and Conduct issued by the Public Service Commissioner, as if it were part "
          "of the public service."),
        P("6.2", "The Consultant should have in place adequate procedures to prevent bribery and "
          "corruption by its staff."),
        H("7", "Independence and conflicts of interest"),
        P("7.1", "The Consultant shall avoid any actual, potential or perceived conflict of "
          "interest in carrying out the Services, including any valuation of a Rating Unit in "
          "which the Consultant or any of its staff, or a member of their family, has an "
          "interest, and shall notify the Council immediately if a conflict arises."),
        P("7.2", "Where a conflict of interest arises, the Consultant shall ensure that the "
          "valuation is made or reviewed by a Registered Valuer who has no interest in the "
          "Rating Unit, and shall follow any direction the Council gives to manage the conflict."),
        P("7.3", "Each Registered Valuer shall complete, on engagement and every year, a "
          "declaration of interests in property in the district, including a nil declaration "
          "where they have no interests. The Consultant shall keep a register of those "
          "declarations and give a copy to the Council each year by 31 July."),
        P("7.4", "The Consultant is encouraged to keep a register of gifts and hospitality "
          "offered to its staff by Ratepayers, property agents or developers."),
        H("8", "Protected disclosures"),
        P("8.1", "The Consultant shall have an internal procedure for receiving and dealing with "
          "protected disclosures under the Protected Disclosures (Protection of Whistleblowers) "
          "Act 2022, and shall not retaliate, or threaten to retaliate, against any employee who "
          "makes a protected disclosure to the Consultant, the Council or an appropriate "
          "authority."),
        H("9", "Official information"),
        P("9.1", "The Consultant acknowledges that the Council is subject to the Local "
          "Government Official Information and Meetings Act 1987. The Consultant shall assist "
          "the Council to respond to any request under that Act within the statutory time "
          "limits, and shall provide any information the Council requests within 5 Working "
          "Days."),
        H("10", "Ratepayer complaints"),
        P("10.1", "The Consultant shall operate a complaints procedure for Ratepayers about the "
          "conduct of its valuers and the service it provides, separate from the objection "
          "process under the Act, and shall describe it on every valuation notice and on its "
          "website."),
        P("10.2", "The Consultant should acknowledge complaints promptly and respond to them "
          "within 20 Working Days."),
        P("10.3", "The Consultant shall co-operate with any investigation by the Ombudsman of a "
          "complaint connected with the Services, including by providing information and "
          "attending meetings, and shall implement any recommendation that the Council accepts."),
        P("10.4", "The Consultant may survey Ratepayers who have received an inspection visit "
          "about their experience of the service."),
        P("10.5", "Each year the Consultant shall analyse complaints and objections for trends, "
          "including by property type and valuer, and shall agree improvement actions with the "
          "Council before the next revaluation or roll maintenance cycle."),
        H("11", "Reporting"),
        P("11.1", "The Consultant shall provide a quarterly report to the Council's Rates "
          "Manager containing: the number of roll maintenance valuations completed and their "
          "timeliness; objections received, settled and referred to the Tribunal; and "
          "complaints received, resolved and upheld."),
        H("12", "Records and audit"),
        P("12.1", "The Consultant shall keep time records and invoices relating to the "
          "Services for seven years."),
        P("12.2", "The Council may audit the Consultant's invoices and time records to verify "
          "the fees charged."),
        H("13", "Subcontracting"),
        P("13.1", "The Consultant may subcontract field inspections to another valuation firm "
          "with the Council's written consent, and remains liable for the acts and omissions "
          "of any subcontractor."),
        H("14", "Privacy"),
        P("14.1", "The Consultant shall comply with the Privacy Act 2020 and the information "
          "privacy principles in handling information about Ratepayers."),
        P("14.2", "The Council owns the Roll and all data supplied to or created for it. The "
          "Consultant may use sales data it collects for its other valuation work, but shall "
          "not sell or provide Roll data to any other person."),
        P("14.3", "The Consultant shall hold the Council's data in New Zealand, or in a country "
          "approved by the Council that provides comparable safeguards, and shall report any "
          "privacy breach to the Council within 24 hours."),
        H("15", "Termination"),
        P("15.1", "The Council may terminate this Contract by notice if the Consultant commits "
          "a material breach that is not remedied within 30 Working Days of notice, or "
          "immediately if the breach cannot be remedied."),
        P("15.2", "Either party may terminate this Contract on 12 months' notice, but not so "
          "that it ends between 1 May and 30 November in a revaluation year."),
        H("16", "Disputes"),
        P("16.1", "Disputes shall be referred to the parties' chief executives and then to "
          "mediation administered by Resolution Institute."),
        H("17", "Governing law"),
        P("17.1", "This Contract is governed by the law of New Zealand."),
        P("17.2", "The Consultant shall maintain professional indemnity insurance of at least "
          "NZD 5 million and public liability insurance of at least NZD 10 million throughout the "
          "term and for six years afterwards."),
        P("17.3", "The Consultant shall comply with the Health and Safety at Work Act 2015 in "
          "carrying out field inspections, including lone-worker arrangements for rural "
          "properties."),
        SH("Schedule 1 - Fees"),
        TAB(["Service", "Fee (NZD, excl. GST)"],
            ["General revaluation", "38.50 per Rating Unit"],
            ["Roll maintenance valuation", "96.00 per valuation"],
            ["Objection review (desktop)", "120.00 per objection"],
            ["Objection review (with inspection)", "310.00 per objection"],
            ["Land Valuation Tribunal attendance", "1,450.00 per day"]),
        SH("Schedule 2 - Key dates"),
        SP("1", "Draft revaluation results to the Council: by 30 November in each revaluation "
           "year."),
        SP("2", "Valuation notices posted to Ratepayers: by 15 February following the effective "
           "date."),
        SP("3", "Objection period closes: 6 weeks after notices are posted."),
        SP("4", "Objection reviews completed: by 31 May following the effective date, except "
           "objections referred to the Land Valuation Tribunal."),
        SP("5", "Roll maintenance files to the Council's rating system: monthly, by the fifth "
           "Working Day of the month."),
        SH("Schedule 3 - Revaluation method"),
        SP("1", "Land values shall be derived from analysis of vacant land sales and, where "
           "these are insufficient, from residual analysis of improved sales."),
        SP("2", "Capital values shall be set by mass appraisal, using sales within 12 months of "
           "the effective date, grouped by valuation sales group and property category."),
        SP("3", "The Consultant shall inspect a sample of at least 5 per cent of residential "
           "Rating Units and every commercial and industrial Rating Unit with a capital value "
           "above NZD 2 million in each revaluation."),
        SP("4", "Rural Rating Units shall be valued having regard to land use capability, "
           "irrigation, access and the productive value of the land."),
    ],
    expected=EXP("""
ES-01 | weak | cl. 6.1: 'should act in a manner consistent with the Standards of Integrity and Conduct' (named standards, permissive)
ES-02 | weak | cl. 5.3: valuers 'are expected to observe the Code of Ethics' - permissive
ES-03 | gap | cl. 13.1 consent to subcontract and liability only
ES-04 | gap | cl. 5.2 technical CPD in valuation methodology and rating law only
ES-05 | pass | cl. 8.1: protected disclosures procedure, no retaliation for disclosures to the Council or an appropriate authority
ES-06 | weak | cl. 6.2: 'should have in place adequate procedures to prevent bribery' - permissive
ES-07 | pass | cl. 9.1: assist with LGOIMA requests, information within 5 Working Days
ES-08 | gap | cl. 12.2 audit of invoices and time records only (financial)
ES-09 | weak | cl. 15.1: termination for material breach, no ethics link
ES-10 | gap | no assurance or certificate; cl. 3.1 certification of the Roll is the Valuer-General's
COI-01 | pass | cl. 7.1: avoid actual, potential or perceived conflicts, notify immediately
COI-02 | pass | cl. 7.2: reallocate to an unconflicted valuer and follow Council directions
COI-03 | weak | cl. 7.4: 'is encouraged to keep a register of gifts and hospitality' - permissive
COI-04 | gap | no revolving-door term; nearest cl. 5.1
COI-05 | pass | cl. 7.3: yearly declarations incl. nil, register given to the Council
COI-06 | gap | no procurement-stage disclosure; nearest cl. 7.1
CDM-01 | pass | cl. 10.1: Ratepayer complaints procedure, described on notices and website
CDM-02 | pass | cl. 11.1: quarterly report with complaints received, resolved and upheld
CDM-03 | weak | cl. 10.4: 'may survey Ratepayers' - permissive
CDM-04 | pass | cl. 10.3: co-operate with the Ombudsman and implement accepted recommendations
CDM-05 | pass | cl. 10.5: yearly trend analysis and improvement actions agreed with the Council
CDM-06 | weak | cl. 10.2: 'should acknowledge ... and respond within 20 Working Days' - permissive
"""),
))

# ---------------------------------------------------------------------------
# c09: British Columbia regional district, operation of a regional aerodrome. Hand-built
# DOCX with numbering.xml (ARTICLE n / n.01 numbering) and tables.

CONTRACTS.append(dict(
    name="c09-aerodrome-operation-canada",
    ext="docx",
    build="docx-hand",
    title="Aerodrome Operating Agreement",
    h_label="ARTICLE {n}",
    docx_h_lvl="ARTICLE %1",
    zero_pad=True,
    splits=["Opera|tor", "compl|aint", "satis|faction"],
    body=[
        T("Aerodrome Operating Agreement"),
        M("THIS AGREEMENT is dated for reference March 18, 2025."),
        M("BETWEEN: REGIONAL DISTRICT OF KESTREL BAY, a regional district incorporated under the "
          "Local Government Act (British Columbia), 200 Inlet Road, Kestrel Bay, B.C. V0N 9Z9 "
          "(the \u201cCustomer\u201d)"),
        M("AND: BOREAL AERODROME SERVICES INC., a company incorporated under the laws of British "
          "Columbia, 4410 Airport Way, Kestrel Bay, B.C. V0N 9Z8 (the \u201cOperator\u201d)"),
        M("WHEREAS the Customer owns Kestrel Bay Regional Airport, a certified aerodrome served "
          "by scheduled flights, medevac and charter operators, and wishes to engage the "
          "Operator to operate and maintain the Airport on its behalf;"),
        M("NOW THEREFORE the parties agree as follows:"),
        H("1", "DEFINITIONS"),
        P("1.01", "In this Agreement:"),
        I("(a)", "\u201cAirport\u201d means Kestrel Bay Regional Airport, including the runway, "
          "taxiways, apron, terminal building, fuel facility and airside roads;"),
        I("(b)", "\u201cAirport Users\u201d means passengers, visitors, airlines, charter and "
          "medevac operators, tenants and other persons using the Airport;"),
        I("(c)", "\u201cApplicable Laws\u201d means all laws that apply to the Airport or the "
          "Services, including the Aeronautics Act, the Canadian Aviation Regulations, the "
          "Criminal Code and the Corruption of Foreign Public Officials Act;"),
        I("(d)", "\u201cPersonnel\u201d means the employees, agents and subcontractors of the "
          "Operator."),
        P("1.02", "If there is a conflict or inconsistency between the Articles of this Agreement "
          "and the Schedules, the Articles prevail."),
        P("1.03", "The conflict of laws rules of British Columbia do not apply so as to require "
          "the application of any other law to this Agreement."),
        H("2", "TERM"),
        P("2.01", "The term of this Agreement is five years commencing April 1, 2025."),
        P("2.02", "The Customer may renew this Agreement for one further term of five years by "
          "written notice given at least six months before expiry."),
        P("2.03", "During the first 90 days of the term the Operator shall take over the "
          "operation of the Airport from the Customer's staff without interruption to "
          "scheduled or medevac services, and shall complete an inventory of all Airport "
          "equipment, vehicles and spare parts."),
        H("3", "SERVICES"),
        P("3.01", "The Operator shall operate and maintain the Airport as described in Schedule A "
          "and in accordance with the Airport Operations Manual and the Applicable Laws."),
        P("3.02", "The Operator shall maintain the integrity of the runway surface, lighting and "
          "navigation aids, and shall carry out runway condition reports and wildlife control."),
        P("3.03", "The Operator shall provide terminal services, including a passenger lounge "
          "and hospitality services for charter passengers, meeting rooms and catering on "
          "request."),
        P("3.04", "The Operator shall ensure that all Personnel working airside are trained in "
          "accordance with Transport Canada requirements for airside vehicle operation, "
          "aerodrome emergency response and the Airport's safety management system."),
        P("3.05", "The Operator shall maintain the Airport's aerodrome certificate, keep the "
          "Airport Operations Manual current, and notify NAV CANADA and Airport Users of any "
          "change in runway status by NOTAM without delay."),
        P("3.06", "The Operator shall manage the fuel facility in accordance with the "
          "Canadian Standards Association standard for aviation fuel handling and shall keep "
          "daily quality control records for each fuel tank and dispenser."),
        P("3.07", "The Operator shall prepare and deliver by January 31 in each year a capital "
          "plan for the next five years, identifying pavement, lighting, building and equipment "
          "renewals and their estimated costs."),
        H("4", "FEES"),
        P("4.01", "The Customer shall pay the Operator the annual management fee in Schedule B "
          "in equal monthly instalments, plus the incentive payment in Schedule B."),
        P("4.02", "The Operator shall collect landing fees, terminal fees and parking revenues on "
          "the Customer's behalf and remit them monthly."),
        P("4.03", "The Operator shall prepare an annual operating budget for the Customer's "
          "approval by October 31 in each year, and shall not exceed any approved budget line by "
          "more than 10 percent without the Customer's consent."),
        P("4.04", "Capital works approved by the Customer shall be procured by the Operator "
          "through competitive quotations and paid for by the Customer at cost, without "
          "mark-up."),
        H("5", "STANDARDS"),
        P("5.01", "The Operator shall comply with the Supplier Code of Conduct set out in "
          "Schedule D."),
        P("5.02", "The Operator warrants that it has in place, and will maintain during the "
          "term, the structures and arrangements necessary to support ethical standards in the "
          "delivery of the Services."),
        P("5.03", "The Customer maintains a fraud risk management policy that applies to its "
          "employees and elected officials."),
        H("6", "FORMER OFFICIALS"),
        P("6.01", "The Operator shall not, without the Customer's prior written consent, engage "
          "in connection with this Agreement any person who, within the 12 months before "
          "engagement, was an employee or elected official of the Customer involved in the "
          "procurement or management of this Agreement, and shall disclose to the Customer "
          "any such person it proposes to engage."),
        H("7", "AIRPORT USER COMPLAINTS AND SATISFACTION"),
        P("7.01", "The Operator shall establish and maintain a complaints procedure for Airport "
          "Users, publicized in the terminal and on the Airport website, covering any matter "
          "connected with the operation of the Airport."),
        P("7.02", "The Operator shall acknowledge each complaint within 2 business days and "
          "provide a written response within 15 business days."),
        P("7.03", "The Operator shall conduct an Airport User satisfaction survey each year and "
          "report the results to the Customer in its annual report."),
        P("7.04", "The Operator shall use reasonable endeavours to address any trends identified "
          "in complaints and survey results."),
        H("8", "REPORTING"),
        P("8.01", "The Operator shall deliver a monthly report to the Customer by the 15th day "
          "of each month containing the information in the following table:"),
        TAB(["Item", "Content"],
            ["Traffic", "Aircraft movements and passengers, by operator"],
            ["Revenue", "Landing, terminal and parking revenues collected"],
            ["Complaints", "Complaints from Airport Users received, responded to within 15 "
             "business days, and resolved"],
            ["Safety", "Occurrences reported under the safety management system"]),
        H("9", "CONFIDENTIALITY AND PRIVACY"),
        P("9.01", "The Operator and its Personnel shall keep confidential all information of the "
          "Customer and shall not make any public statement or communicate with the media about "
          "the Airport without the Customer's consent."),
        P("9.02", "The Operator shall protect personal information that it collects in providing "
          "the Services in accordance with Part 3 of the Freedom of Information and Protection "
          "of Privacy Act (British Columbia), and shall store that information in Canada."),
        H("10", "SUBCONTRACTORS"),
        P("10.01", "The Operator may subcontract snow clearing, janitorial and fuel services. "
           "The Operator shall pay its subcontractors within 30 days and shall include in each "
           "subcontract insurance requirements equivalent to Article 12."),
        P("10.02", "The Operator shall give the Customer a list of its subcontractors, with the "
           "services each provides and the value of each subcontract, at the start of each "
           "year and whenever a subcontractor is added or replaced."),
        H("11", "AUDIT"),
        P("11.01", "The Customer may audit the Operator's performance of this Agreement and its "
           "books and records at any time on 10 business days' notice."),
        H("12", "INSURANCE AND INDEMNITY"),
        P("12.01", "The Operator shall maintain airport operator's liability insurance of not "
           "less than $25,000,000 per occurrence, naming the Customer as additional insured."),
        P("12.02", "The Operator shall indemnify the Customer against claims arising from the "
           "negligence of the Operator or its Personnel."),
        P("12.03", "The Operator shall also maintain automobile liability insurance of not less "
           "than $5,000,000 for airside vehicles, and shall register with WorkSafeBC and keep "
           "its account in good standing."),
        H("13", "DEFAULT AND TERMINATION"),
        P("13.01", "If the Operator commits a material breach of this Agreement and fails to "
           "remedy it within 30 days of written notice, the Customer may terminate this "
           "Agreement."),
        P("13.02", "The Customer may terminate this Agreement for convenience on 180 days' "
           "written notice."),
        H("14", "FORCE MAJEURE"),
        P("14.01", "Neither party is liable for delay caused by events beyond its control, "
           "including war, armed conflict, wildfire, pandemic or volcanic ash."),
        H("15", "DISPUTES"),
        P("15.01", "Disputes not settled by negotiation within 30 days shall be finally resolved "
           "by arbitration in Vancouver under the Arbitration Act (British Columbia)."),
        H("16", "GENERAL"),
        P("16.01", "The Operator confirms that the declaration it gave with its proposal, that "
           "neither it nor any of its directors has been convicted of an offence listed in the "
           "Customer's procurement policy, remains true."),
        P("16.02", "This Agreement is governed by the laws of British Columbia and the federal "
           "laws of Canada applicable in it."),
        P("16.03", "Any notice under this Agreement shall be in writing and delivered by hand, "
           "courier or email to the addresses set out above, and is deemed received on the "
           "business day after delivery."),
        P("16.04", "This Agreement is the entire agreement between the parties about its "
           "subject matter, and may be amended only in writing signed by both parties."),
        P("16.05", "The Operator is an independent contractor, and nothing in this Agreement "
           "makes the Operator or its Personnel employees or agents of the Customer."),
        SH("Schedule A \u2013 Services"),
        SP("1", "Airside: daily inspections, runway condition reports, snow and ice control, "
           "wildlife management, airfield lighting maintenance and aerodrome emergency plan "
           "exercises."),
        SP("2", "Terminal: opening one hour before each scheduled departure, passenger "
           "information, lost property, cleaning and security screening support."),
        SP("3", "Administration: tenant liaison, revenue collection and records required by "
           "Transport Canada."),
        SP("4", "Winter operations: the runway, main taxiway and apron shall be cleared of "
           "snow and treated so that a runway condition report of at least 5 can be issued "
           "within two hours after the end of snowfall, and before each scheduled arrival."),
        SP("5", "Wildlife: the Operator shall carry out patrols before each scheduled movement "
           "and follow the Airport Wildlife Management Plan, recording every strike and "
           "sighting."),
        SP("6", "Emergency response: the Operator shall hold a full-scale emergency exercise "
           "every two years and a tabletop exercise in the intervening years, with the "
           "Kestrel Bay Fire Department and the B.C. Ambulance Service."),
        SP("7", "Maintenance: the Operator shall maintain airfield lighting, the terminal "
           "building, vehicles and equipment in accordance with manufacturers' recommendations "
           "and keep maintenance records for seven years."),
        SH("Schedule B \u2013 Fees"),
        TAB(["Item", "Amount (CAD)"],
            ["Annual management fee (2025-26)", "$1,240,000"],
            ["Annual adjustment", "B.C. CPI, capped at 3%"],
            ["Incentive payment", "10% of passenger growth revenue above the 2024 baseline"]),
        SH("Schedule C \u2013 Annual report"),
        SP("1", "The annual report shall include the Airport User satisfaction survey results "
           "under Article 7, capital works recommendations and a five-year maintenance plan."),
        SP("2", "The annual report shall also include traffic and revenue compared with the "
           "previous three years, and the results of the most recent Transport Canada "
           "inspection with the actions taken on each finding."),
        SH("Schedule D \u2013 Supplier Code of Conduct"),
        SP("1", "[Not used]"),
    ],
    expected=EXP("""
ES-01 | gap | no Seven Principles or named ethical standards; cl. 3.02 'integrity of the runway surface' is a look-alike
ES-02 | gap | cl. 5.01 points to Schedule D, which is '[Not used]' (Sch D para 1), so no code is imposed
ES-03 | gap | cl. 10.01 flows down payment and insurance terms only
ES-04 | gap | cl. 3.04 Transport Canada airside and emergency training only (technical)
ES-05 | gap | no speaking-up term; cl. 9.01 confidentiality and no public statements (gagging-type decoy)
ES-06 | gap | cl. 1.01(c) names the Criminal Code and CFPOA only in the definition of Applicable Laws; cl. 5.03 fraud policy is the Customer's own
ES-07 | gap | cl. 9.02 is privacy protection under Part 3 of FIPPA, not co-operation with access requests; cl. 9.01 confidentiality
ES-08 | weak | cl. 11.01: audit of performance and books and records, no ethics link
ES-09 | weak | cl. 13.01: termination for unremedied material breach, no ethics link; cl. 13.02 convenience
ES-10 | weak | cl. 5.02: structures-and-arrangements warranty only, no assurance statement or certificate
COI-01 | gap | only decoys: cl. 1.02 'conflict or inconsistency', cl. 1.03 'conflict of laws', cl. 14.01 'armed conflict'
COI-02 | gap | no conflict management, direction or termination; decoys at cl. 1.02 only
COI-03 | gap | cl. 3.03 'hospitality services for charter passengers' is a service line
COI-04 | pass | cl. 6.01: no former Customer employees or officials (12 months) without consent, with disclosure
COI-05 | gap | no declarations of interest or register; nearest cl. 6.01
COI-06 | gap | cl. 16.01 is an exclusion-ground declaration about convictions only
CDM-01 | pass | cl. 7.01: publicized complaints procedure for Airport Users
CDM-02 | pass | cl. 8.01 with its table (Complaints row): monthly complaints received, timeliness and resolution
CDM-03 | pass | cl. 7.03: yearly Airport User satisfaction survey reported to the Customer; Sch C para 1
CDM-04 | gap | no Ombudsman or independent escalation; cl. 15.01 arbitration between the parties is a decoy
CDM-05 | weak | cl. 7.04: 'reasonable endeavours to address any trends' - weak wording
CDM-06 | pass | cl. 7.02: acknowledge within 2 business days, respond within 15 business days
"""),
))

# ---------------------------------------------------------------------------
# c10: US county, payroll processing service, plain-English "we/you". Markdown.

CONTRACTS.append(dict(
    name="c10-payroll-service-county-us",
    ext="md",
    build="md",
    title="Payroll Services Agreement",
    md_h="## {n}. {t}",
    body=[
        T("Payroll Services Agreement"),
        M("**Harlan Valley County, Michigan** (\"we\", \"us\" or \"the County\") and **PayBridge "
          "Solutions, LLC**, a Delaware limited liability company (\"you\" or \"the Vendor\"), "
          "agree to the terms below. This agreement is written in plain English under the "
          "County's plain-language contracting policy. Agreement number HVC-FIN-25-031."),
        H("1", "What this agreement is about"),
        P("1.1", "You will run payroll for about 1,900 County employees and 240 election "
          "workers and seasonal staff, using your hosted payroll system, starting with the first "
          "pay period of July 2025."),
        P("1.2", "The services are described in Exhibit A. If this agreement and Exhibit A "
          "conflict, this agreement controls."),
        P("1.3", "This agreement lasts three years. We may renew it for two more years by "
          "telling you in writing at least 90 days before it ends."),
        P("1.4", "Before the first live payroll, you must set up your system for our pay "
          "rules, convert year-to-date balances from our current system, and run at least two "
          "parallel payrolls that match our current system to the cent, or explain every "
          "difference."),
        P("1.5", "You must give us an implementation plan within 15 business days after this "
          "agreement is signed, and meet with our payroll manager every week until the first "
          "live payroll has been paid."),
        P("1.6", "Our union contracts set different pay rules for sheriff's deputies, road "
          "commission crews and clerical staff. You must set up your system so that overtime, "
          "shift premiums and leave accruals follow those rules, and update it within 10 "
          "business days after we tell you about a change."),
        H("2", "What you will do"),
        P("2.1", "You must process each biweekly payroll accurately and on time, make direct "
          "deposits by 9:00 a.m. Eastern Time on each payday, and produce pay statements that "
          "employees can view online."),
        P("2.2", "You must calculate, withhold, deposit and report federal, state and local "
          "payroll taxes, and prepare Forms W-2 and 941 and Michigan returns, on our behalf."),
        P("2.3", "You must keep our payroll data accurate and complete, and protect its "
          "integrity with controls that meet the SOC 1 Type 2 standard. You must give us your "
          "SOC 1 Type 2 report each year."),
        P("2.4", "Your staff must be trained to use your payroll system and on IRS and Michigan "
          "payroll tax rules before they work on our account."),
        P("2.5", "You must process garnishments, child support orders and tax levies that we "
          "send you, and pay the amounts withheld to the right agency by the due date."),
        P("2.6", "You must calculate employee and employer contributions to the Municipal "
          "Employees' Retirement System and our deferred compensation plan, and send the "
          "contribution files by the plan deadlines."),
        P("2.7", "You must prepare the Affordable Care Act reports (Forms 1094-C and 1095-C) for "
          "our benefits-eligible employees each year."),
        P("2.8", "You must keep your system available at least 99.5% of the time during our "
          "business hours, not counting maintenance that you schedule with us at least five "
          "business days in advance."),
        P("2.9", "If a payroll error is your fault, you must correct it within one business day "
          "and pay any penalty or interest that results."),
        H("3", "What we will do"),
        P("3.1", "We will send you time and attendance data, new hire information and changes "
          "by the deadlines in Exhibit A."),
        P("3.2", "We will pay your invoices within 30 days, as required by our purchasing "
          "ordinance."),
        P("3.3", "We will name a payroll manager as your main contact, and a backup, and let "
          "you know if either of them changes."),
        P("3.4", "We are responsible for approving pay rates, hours and deductions. You are not "
          "responsible for errors in data that we approve, unless you should have noticed them "
          "using the checks in Exhibit A."),
        H("4", "Your code of conduct"),
        P("4.1", "You must have a written code of business conduct, and you must make sure that "
          "everyone who works on our account follows it."),
        P("4.2", "We expect your subcontractors to follow the same code and the same rules on "
          "conflicts and gifts that apply to you."),
        P("4.3", "You may give us a yearly statement confirming that you have followed "
          "sections 4 to 7 of this agreement."),
        H("5", "Gifts"),
        P("5.1", "You must not give gifts or hospitality (such as meals, event tickets or "
          "travel) to any County employee or official who is involved with this agreement."),
        H("6", "Conflicts of interest"),
        P("6.1", "You should tell us about any conflict of interest, for example if someone on "
          "your team is related to a County payroll or finance employee, and you should take "
          "reasonable steps to manage it."),
        P("6.2", "You should keep a record of any outside business interests of your managers "
          "who work on our account."),
        H("7", "Fraud and speaking up"),
        P("7.1", "We expect you to have policies that prevent bribery, kickbacks and payroll "
          "fraud."),
        P("7.2", "You must give your staff a confidential way to raise concerns about wrongdoing "
          "on our account, and you must not fire, demote or punish anyone who raises a concern "
          "in good faith, including a concern raised with us or with a government agency."),
        H("8", "Questions and complaints from our employees"),
        P("8.1", "You should give our employees a simple way to complain about pay errors or "
          "about the service they receive from you."),
        P("8.2", "We expect you to answer each complaint within 10 business days."),
        P("8.3", "When we ask, tell us how many complaints you have received and how you "
          "resolved them."),
        H("9", "Public records"),
        P("9.1", "Our records may be subject to the Michigan Freedom of Information Act. If we "
          "ask, you should help us find and provide the records we need to answer a request."),
        H("10", "Keeping information safe"),
        P("10.1", "You must keep employee information confidential and secure, and you must "
          "tell us within 24 hours if you find out that it has been lost, stolen or accessed "
          "without permission."),
        P("10.2", "You must store our data only in the United States."),
        P("10.3", "You must use multi-factor authentication for every person who can view or "
          "change our payroll data, encrypt our data when it is stored and when it is sent, and "
          "test your disaster recovery plan at least once a year."),
        P("10.4", "You must run each payroll from a backup site if your main site is "
          "unavailable, so that our employees are still paid on time."),
        H("11", "Fees and audits"),
        P("11.1", "We will pay the fees in Exhibit B. Fees stay the same for the first two "
          "years and may then rise by no more than 3% a year."),
        P("11.2", "We may audit the records that support your invoices, once a year, on 15 "
          "business days' notice."),
        P("11.3", "If a payroll is late because of your error, you will credit us 10% of that "
          "month's fees. If it happens more than twice in a year, the credit rises to 25%."),
        P("11.4", "Your invoices must list the number of employees paid in each pay period and "
          "any one-time charges, with the date of our written approval for each of them."),
        H("12", "Subcontractors"),
        P("12.1", "You may use subcontractors for printing and mailing, but you are responsible "
          "for their work."),
        P("12.2", "You must tell us the name and location of any subcontractor that will see our "
          "employees' information before it starts, and you must not let anyone outside the "
          "United States see that information."),
        H("13", "Ending this agreement"),
        P("13.1", "Either of us can end this agreement for any reason by giving the other 90 "
          "days' written notice."),
        P("13.2", "We can end this agreement right away if you file for bankruptcy."),
        P("13.3", "If this agreement ends, you must give us all of our payroll data in a format "
          "we can use and help move it to a new provider."),
        P("13.4", "After the data has been moved and we have confirmed it is complete, you must "
          "delete our data from your systems within 60 days, except what the law requires you "
          "to keep."),
        H("14", "Insurance"),
        P("14.1", "You must carry cyber liability insurance of at least $5 million and a crime "
          "policy covering employee dishonesty of at least $2 million."),
        P("14.2", "You must also carry commercial general liability insurance of at least $1 "
          "million per occurrence and workers' compensation insurance as required by Michigan "
          "law, and name the County as an additional insured on the general liability policy."),
        P("14.3", "You must send us certificates showing this insurance before the first live "
          "payroll and each time a policy renews."),
        H("15", "Other terms"),
        P("15.1", "Michigan law governs this agreement. Any lawsuit must be brought in the "
          "Circuit Court for Harlan Valley County."),
        P("15.2", "This agreement, with Exhibits A and B, is our whole agreement."),
        P("15.3", "You are an independent contractor. Your staff are not County employees and "
          "are not eligible for County benefits."),
        P("15.4", "You may not transfer this agreement to another company without our written "
          "consent. We will not refuse consent without a good reason."),
        P("15.5", "Any change to this agreement must be in writing and signed by both of us. "
          "Our County Administrator may sign changes that do not increase the total cost by "
          "more than 10%; larger changes need the approval of the Board of Commissioners."),
        P("15.6", "Neither of us is responsible for delays caused by events outside our "
          "control, such as natural disasters or a failure of the banking system, but you must "
          "still follow your disaster recovery plan."),
        SH("Exhibit A \u2013 Services and deadlines"),
        TAB(["Task", "Deadline"],
            ["County sends approved time data", "Monday 12:00 noon of pay week"],
            ["Vendor sends payroll register for approval", "Tuesday 5:00 p.m."],
            ["County approves payroll register", "Wednesday 12:00 noon"],
            ["Direct deposits in employee accounts", "Friday 9:00 a.m."],
            ["Quarterly tax filings", "By the statutory due date"],
            ["Garnishment and child support payments", "Within 3 business days of payday"],
            ["Retirement contribution files", "Within 5 business days of payday"],
            ["Forms W-2 available to employees", "By January 31"],
            ["Forms 1095-C furnished to employees", "By the IRS deadline"]),
        SH("Exhibit B \u2013 Fees"),
        TAB(["Item", "Fee (USD)"],
            ["Per employee per pay period", "4.10"],
            ["Year-end Forms W-2", "3.25 each"],
            ["Implementation (one time)", "28,000"]),
        M("Signed for Harlan Valley County by the County Administrator, and for PayBridge "
          "Solutions, LLC by its Chief Executive Officer."),
    ],
    expected=EXP("""
ES-01 | gap | no Seven Principles or named ethical standards; cl. 2.3 data 'integrity' is a look-alike
ES-02 | pass | cl. 4.1: 'You must have a written code of business conduct' and make sure everyone on the account follows it ('you' = the Vendor)
ES-03 | weak | cl. 4.2: 'We expect your subcontractors to follow the same code' - expects only; cl. 12.1 responsibility for subcontractors is a decoy
ES-04 | gap | cl. 2.4 payroll system and tax-rule training only (technical)
ES-05 | pass | cl. 7.2: confidential way to raise concerns; must not punish good-faith reporters, incl. to us or a government agency
ES-06 | weak | cl. 7.1: 'We expect you to have policies that prevent bribery, kickbacks and payroll fraud' - expects only
ES-07 | weak | cl. 9.1: 'you should help us find and provide the records' under the Michigan FOIA - permissive
ES-08 | gap | cl. 11.2 audit of records supporting invoices only (financial)
ES-09 | gap | cl. 13.1 termination for any reason and cl. 13.2 bankruptcy only; no remedy for ethical breach
ES-10 | weak | cl. 4.3: 'You may give us a yearly statement' - permissive
COI-01 | weak | cl. 6.1: 'You should tell us about any conflict of interest' - permissive; cl. 1.2 'conflict' between documents is a decoy
COI-02 | weak | cl. 6.1: 'you should take reasonable steps to manage it' - permissive
COI-03 | pass | cl. 5.1: must not give gifts or hospitality to County employees or officials involved
COI-04 | gap | no revolving-door term; nearest cl. 6.1
COI-05 | weak | cl. 6.2: 'You should keep a record of any outside business interests' - permissive
COI-06 | gap | no procurement-stage disclosure; nearest cl. 6.1
CDM-01 | weak | cl. 8.1: 'You should give our employees a simple way to complain' - permissive
CDM-02 | weak | cl. 8.3: complaint numbers only 'When we ask' - on request
CDM-03 | gap | no satisfaction or feedback data; nearest cl. 8.1
CDM-04 | gap | no ombudsman or independent escalation; nearest cl. 15.1 (courts)
CDM-05 | gap | no learning from complaints; nearest cl. 8.3
CDM-06 | weak | cl. 8.2: 'We expect you to answer each complaint within 10 business days' - expects only
"""),
))

# ---------------------------------------------------------------------------
# c11: Singapore statutory board, maintenance of an automatic weather station network.
# Hand-built ODT with list numbering (items in roman numerals).

CONTRACTS.append(dict(
    name="c11-weather-stations-singapore",
    ext="odt",
    build="odt-hand",
    title="Contract for the Maintenance of the Automatic Weather Station Network",
    h_label="{n}.",
    odt_h_affix=("", "."),
    item_fmt="roman",
    body=[
        T("Contract for the Maintenance of the Automatic Weather Station Network"),
        M("Tender reference: NCWA/ITT/2025/006. Contract period: 36 months from 1 August 2025."),
        M("This Contract is made between the National Climate and Weather Authority, a statutory "
          "board established under the National Climate and Weather Authority Act (the "
          "\u201cAuthority\u201d), and Merlion Instrumentation Pte. Ltd. (UEN 201912345K), of 8 "
          "Kallang Sector, Singapore 349999 (the \u201cSupplier\u201d)."),
        H("1", "Definitions"),
        P("1.1", "\u201cNetwork\u201d means the Authority's network of 64 automatic weather "
          "stations, 12 lightning sensors and 4 wind profilers listed in Annex A."),
        P("1.2", "\u201cPersonnel\u201d means the Supplier's employees, agents and "
          "sub-contractors, and their employees, engaged in the Services."),
        P("1.3", "\u201cKey Personnel\u201d means the Supplier's project manager, lead engineer "
          "and calibration manager, and any other person named as such in the Supplier's "
          "tender."),
        P("1.4", "\u201cWorking Day\u201d means a day other than a Saturday, Sunday or public "
          "holiday in Singapore."),
        P("1.5", "Headings are for convenience only and do not affect the interpretation of "
          "this Contract. References to a statute include any subsidiary legislation made under "
          "it, as amended from time to time."),
        H("2", "Scope of Services"),
        P("2.1", "The Supplier shall carry out preventive maintenance of every station in the "
          "Network once a month, and calibration of sensors at the intervals in Annex B."),
        P("2.2", "The Supplier shall restore any failed station to service within the following "
          "times:"),
        I("(i)", "stations designated critical in Annex A: 8 hours;"),
        I("(ii)", "other rainfall and temperature stations: 2 Working Days;"),
        I("(iii)", "lightning sensors and wind profilers: 5 Working Days."),
        P("2.3", "The Supplier shall maintain data availability of at least 98 per cent for each "
          "station in each month, measured at the Authority's data centre."),
        P("2.4", "The Supplier shall respond to the Authority's queries within 2 Working Days."),
        P("2.5", "The Supplier shall maintain an on-call team able to reach any station within 2 "
          "hours, 24 hours a day, including on public holidays, and shall keep a stock of spare "
          "sensors, loggers and modems sufficient to replace at least 10 per cent of the "
          "Network's equipment."),
        P("2.6", "The Supplier shall keep a maintenance log for each station recording every "
          "visit, fault, repair and calibration, and shall upload the log to the Authority's "
          "asset management system within 1 Working Day of each visit."),
        P("2.7", "The Supplier shall obtain any permits needed from land owners and agencies "
          "for access to stations on rooftops, in parks and on offshore islands, and shall "
          "comply with the conditions of those permits."),
        P("2.8", "The Supplier shall carry out vegetation clearance around stations so that "
          "the siting standards of the World Meteorological Organization continue to be met."),
        H("3", "Contract price"),
        P("3.1", "The Authority shall pay the monthly maintenance charge in Annex C within 30 "
          "days of receipt of a correct invoice, subject to service credits for any failure to "
          "meet clause 2.3."),
        P("3.2", "Invoices shall be submitted electronically through the Government's "
          "e-invoicing network and shall state the Authority's purchase order number and the "
          "month to which the charge relates."),
        H("4", "Personnel"),
        P("4.1", "The Supplier shall ensure that Personnel working at height or near electrical "
          "equipment hold valid Workplace Safety and Health certification."),
        P("4.2", "The Supplier shall ensure that all Personnel attend anti-corruption and "
          "integrity training, covering the Prevention of Corruption Act 1960, conflicts of "
          "interest and the Authority's Supplier Code of Conduct, before starting work and once "
          "every year, and shall keep attendance records for inspection by the Authority."),
        P("4.3", "The Supplier shall not replace any Key Personnel without the Authority's "
          "prior approval, which shall not be unreasonably withheld, and any replacement shall "
          "have qualifications and experience at least equal to those of the person replaced."),
        H("5", "Standards of conduct"),
        P("5.1", "The Supplier shall, and shall procure that its Personnel shall, uphold the "
          "standards of conduct expected of holders of public office, acting with integrity, "
          "incorruptibility, impartiality and accountability in delivering the Services."),
        P("5.2", "The Supplier shall comply with, and shall ensure that its Personnel comply "
          "with, the Authority's Supplier Code of Conduct."),
        H("6", "Anti-corruption"),
        P("6.1", "The Supplier shall not, and shall procure that its Personnel shall not, offer, "
          "give or agree to give any gratification to any officer of the Authority or any other "
          "person as an inducement or reward in connection with this Contract, within the "
          "meaning of the Prevention of Corruption Act 1960."),
        P("6.2", "The Supplier shall maintain adequate policies and procedures to prevent "
          "corrupt practices by its Personnel."),
        H("7", "Conflicts of interest"),
        P("7.1", "The Supplier shall ensure that neither it nor any of its Personnel is placed in "
          "a position where there is an actual or potential conflict of interest with its duties "
          "under this Contract, and shall notify the Authority in writing immediately upon "
          "becoming aware of any such conflict."),
        P("7.2", "The Supplier shall use reasonable endeavours to mitigate any conflict of "
          "interest notified under clause 7.1."),
        P("7.3", "The Supplier shall obtain from each of its Key Personnel a declaration of "
          "interest on appointment and every year, including a nil declaration where there is "
          "nothing to declare, maintain a register of those declarations and provide it to the "
          "Authority on request."),
        P("7.4", "The Supplier confirms that it has disclosed in its tender any relationship with "
          "any officer of the Authority involved in the evaluation of tenders for this Contract, "
          "and shall keep that disclosure up to date during the Contract period."),
        P("7.5", "The Supplier should inform the Authority before engaging any former officer of "
          "the Authority who left the Authority's service within the preceding 12 months."),
        H("8", "Gifts and entertainment"),
        P("8.1", "The Supplier shall not offer any gift, entertainment or hospitality to any "
          "officer of the Authority, and shall keep a register of gifts and hospitality offered "
          "to or by its Personnel in connection with this Contract."),
        H("9", "Sub-contracting"),
        P("9.1", "The Supplier shall not sub-contract any part of the Services without the "
          "Authority's prior written approval."),
        P("9.2", "The Supplier shall procure that each approved sub-contractor complies with "
          "obligations equivalent to those in clauses 5 to 8 (standards of conduct, "
          "anti-corruption, conflicts of interest, and gifts and entertainment)."),
        H("10", "Compliance assurance and audit"),
        P("10.1", "Within 30 days after the start of the Contract, and every year afterwards, "
          "the Supplier shall submit to the Authority a compliance declaration signed by a "
          "director confirming that the Supplier and its sub-contractors have complied with "
          "clauses 4.2 and 5 to 9, and that the Supplier maintains the structures and controls "
          "needed to do so."),
        P("10.2", "The Authority may audit the Supplier's compliance with clauses 4.2 and 5 to 9, "
          "including its registers and training records, on 5 Working Days' notice."),
        H("11", "Confidentiality"),
        P("11.1", "The Supplier shall keep confidential all information relating to the Network "
          "and the Authority, and shall ensure that its Personnel are aware of their obligations "
          "under the Official Secrets Act 1935."),
        P("11.2", "The Supplier and its Personnel shall not make any statement to the press or on "
          "social media about the Network or this Contract without the Authority's written "
          "consent."),
        P("11.3", "The Supplier shall comply with the Personal Data Protection Act 2012 in "
          "respect of any personal data it handles."),
        H("12", "Performance review"),
        P("12.1", "The parties shall hold a quarterly performance review. The Authority may "
          "provide feedback on the Supplier's performance at each review."),
        P("12.2", "Complaints by the Authority regarding the Supplier's response times shall be "
          "escalated to the Supplier's project manager and then to its managing director."),
        P("12.3", "Members of the public who give feedback about the siting or appearance of "
          "stations shall be referred to the Authority's own feedback channel."),
        H("13", "Termination"),
        P("13.1", "The Authority may terminate this Contract immediately by notice if the "
          "Supplier or any of its Personnel breaches clause 6, or if the Supplier breaches clause "
          "5, 8 or 10.1 and fails to remedy the breach within 14 days."),
        P("13.2", "The Authority may terminate this Contract by notice if the Supplier commits "
          "any other material breach and fails to remedy it within 30 days."),
        H("14", "Law and disputes"),
        P("14.1", "This Contract is governed by the laws of Singapore. Disputes shall be referred "
          "to mediation at the Singapore Mediation Centre and, failing that, to the courts of "
          "Singapore."),
        P("14.2", "The Supplier shall maintain public liability insurance of at least SGD 5 "
          "million and work injury compensation insurance as required by the Work Injury "
          "Compensation Act 2019."),
        P("14.3", "The Supplier shall comply with the Workplace Safety and Health Act 2006, "
          "including the requirements for work at height and lifting operations."),
        SH("Annex A \u2013 Network"),
        SP("1", "Critical stations: Changi, Paya Lebar, Tengah, Sembawang, Pulau Ubin and the "
           "Marina Barrage station."),
        SP("2", "All other stations are listed in the Network register maintained by the "
           "Authority."),
        SH("Annex B \u2013 Calibration intervals"),
        TAB(["Sensor", "Interval", "Reference"],
            ["Tipping-bucket rain gauge", "6 months", "Field calibration with reference volume"],
            ["Temperature and humidity probe", "12 months", "Laboratory calibration"],
            ["Barometer", "12 months", "Travelling standard"],
            ["Anemometer and wind vane", "24 months", "Wind tunnel"]),
        SH("Annex C \u2013 Price"),
        SP("1", "Monthly maintenance charge: SGD 96,500, fixed for the Contract period."),
        SP("2", "Service credit: 1 per cent of the monthly charge for each station below 98 per "
           "cent availability, capped at 10 per cent."),
        SP("3", "Replacement of equipment damaged by lightning, vandalism or third parties shall "
           "be paid at the unit rates in the Supplier's tender, on the Authority's written "
           "instruction."),
        SH("Annex D \u2013 Spares"),
        SP("1", "The Supplier shall keep in Singapore at least four spare data loggers, eight "
           "tipping-bucket rain gauges, eight temperature and humidity probes, four barometers "
           "and four ultrasonic wind sensors."),
        SP("2", "Spares shall be of the same make and model as the installed equipment, or an "
           "equivalent approved by the Authority, and shall be calibrated before installation."),
        SP("3", "At the end of the Contract period the spares shall be handed over to the "
           "Authority at the prices in the Supplier's tender, less depreciation."),
    ],
    expected=EXP("""
ES-01 | pass | cl. 5.1: Supplier shall procure Personnel 'uphold the standards of conduct expected of holders of public office'
ES-02 | pass | cl. 5.2: comply with the Authority's Supplier Code of Conduct
ES-03 | pass | cl. 9.2: procure that sub-contractors comply with obligations equivalent to clauses 5 to 8 (ethics topics named)
ES-04 | pass | cl. 4.2: yearly anti-corruption and integrity training, conflicts and code of conduct, with attendance records
ES-05 | gap | no speaking-up route, breach reporting or non-retaliation; cl. 11.1 Official Secrets Act and cl. 11.2 no press statements are decoys
ES-06 | pass | cl. 6.1 no gratification under the Prevention of Corruption Act 1960; cl. 6.2 adequate procedures
ES-07 | gap | no transparency or information-request co-operation; cl. 11.1 confidentiality only
ES-08 | pass | cl. 10.2: Authority may audit compliance with clauses 4.2 and 5 to 9
ES-09 | pass | cl. 13.1: immediate termination for breach of clause 6; termination for unremedied breach of clauses 5, 8 or 10.1
ES-10 | pass | cl. 10.1: director-signed compliance declaration at start and yearly, covering clauses 5 to 9 and structures
COI-01 | pass | cl. 7.1: no actual or potential conflict, immediate written notice
COI-02 | weak | cl. 7.2: 'reasonable endeavours to mitigate'; no Authority direction or termination for conflicts (cl. 13.1 does not cover clause 7)
COI-03 | pass | cl. 8.1: no gifts, entertainment or hospitality to officers; register of gifts and hospitality
COI-04 | weak | cl. 7.5: 'should inform the Authority before engaging any former officer' - permissive
COI-05 | pass | cl. 7.3: Key Personnel declarations incl. nil, register provided to the Authority
COI-06 | pass | cl. 7.4: confirms it disclosed relationships with tender evaluators and will keep it up to date
CDM-01 | gap | cl. 12.2 complaints by the Authority; cl. 12.3 public feedback goes to the Authority's own channel (wrong party)
CDM-02 | gap | no complaint reporting; nearest cl. 12.1
CDM-03 | gap | cl. 12.1 feedback from the Authority, not service users
CDM-04 | gap | no ombudsman or independent escalation; cl. 14.1 mediation between the parties
CDM-05 | gap | no learning from complaints; nearest cl. 12.1
CDM-06 | gap | cl. 2.4 response time for the Authority's queries; cl. 2.2 restoration times are not complaint handling
"""),
))

# ---------------------------------------------------------------------------
# c12: South Africa, provincial statistics agency, household survey fieldwork. Plain text.

CONTRACTS.append(dict(
    name="c12-household-survey-fieldwork-sa",
    ext="txt",
    build="txt",
    title="Service Level Agreement for Household Survey Fieldwork",
    txt_h="{n}. {t}",
    body=[
        T("Service Level Agreement for Household Survey Fieldwork"),
        M("Bid number: HPSA 07/2025. Contract value: R 38 400 000 (VAT inclusive)."),
        M("Entered into between the HIGHVELD PROVINCIAL STATISTICS AGENCY, a provincial public "
          "entity listed in Schedule 3C to the Public Finance Management Act 1 of 1999 (\"the "
          "Agency\"), and UBUNTU FIELD RESEARCH (PTY) LTD, registration number 2011/123456/07 "
          "(\"the Service Provider\")."),
        M("The Agency conducts the Provincial Household Survey every two years to measure "
          "living conditions, access to services and quality of life. The Service Provider was "
          "appointed through an open bid to recruit, train and manage fieldworkers and to "
          "complete interviews with a sample of 24 000 households."),
        H("1", "Definitions"),
        P("1.1", "\"Fieldworker\" means an enumerator, supervisor or quality controller employed "
          "or engaged by the Service Provider for the fieldwork."),
        P("1.2", "\"Respondent\" means a member of a sampled household who is approached for, or "
          "takes part in, an interview, and includes the household as a whole."),
        P("1.3", "\"POPIA\" means the Protection of Personal Information Act 4 of 2013."),
        P("1.4", "\"Working Day\" means any day other than a Saturday, Sunday or public holiday "
          "in the Republic of South Africa."),
        H("2", "Duration"),
        P("2.1", "This Agreement starts on 1 August 2025 and ends on 31 March 2026, or when the "
          "Agency accepts the final data set, whichever is later."),
        P("2.2", "Fieldwork shall run from 1 October 2025 to 31 January 2026, with no interviews "
          "between 20 December and 4 January unless the Agency agrees otherwise."),
        H("3", "Scope of work"),
        P("3.1", "The Service Provider shall recruit at least 420 Fieldworkers from the "
          "districts where they will work, with fluency in the languages of those districts."),
        P("3.2", "The Service Provider shall complete computer-assisted interviews with sampled "
          "households in accordance with the Agency's field manual, achieving a response rate "
          "of at least 80 per cent in each district."),
        P("3.3", "The Service Provider shall provide vehicles, tablets, airtime, identification "
          "cards and bibs for all Fieldworkers, and catering and hospitality at the training "
          "venues."),
        P("3.4", "Data shall be uploaded to the Agency's server daily. The Service Provider shall "
          "not keep copies of Respondent data after acceptance of the final data set."),
        P("3.5", "The Service Provider shall inform ward councillors, traditional leaders and "
          "community policing forums in each area before fieldwork starts there, using the "
          "letters of introduction provided by the Agency."),
        P("3.6", "The Service Provider shall make at least three visits, on different days and "
          "at different times, to each sampled dwelling before recording it as a non-contact."),
        P("3.7", "The Service Provider shall ensure the safety of Fieldworkers, including by "
          "arranging for Fieldworkers to work in pairs in areas identified as high-risk and by "
          "providing them with a means of calling for help."),
        H("4", "Payment"),
        P("4.1", "The Agency shall pay the Service Provider on the milestones in Annexure A "
          "within 30 days of receipt of a valid tax invoice, as required by the Public Finance "
          "Management Act."),
        P("4.2", "The Service Provider shall pay Fieldworkers at least the rates in Annexure A "
          "and shall not deduct the cost of equipment from their pay."),
        H("5", "Training"),
        P("5.1", "The Service Provider shall ensure that every Fieldworker completes the "
          "Agency's five-day training course before starting fieldwork, including sessions on "
          "the Fieldwork Code of Conduct, research ethics, confidentiality, conflicts of "
          "interest and anti-corruption, and shall keep signed attendance registers and give "
          "copies to the Agency within 5 Working Days after each course."),
        H("6", "Code of conduct"),
        P("6.1", "The Service Provider shall ensure that every Fieldworker signs and complies "
          "with the Fieldwork Code of Conduct in Annexure B."),
        P("6.2", "Agency officials are bound by the Code of Conduct for the Public Service and "
          "the Agency's own ethics policy."),
        H("7", "Corruption and fraud"),
        P("7.1", "The Service Provider shall not, and shall ensure that its Fieldworkers and "
          "managers do not, give or accept any gratification in connection with this Agreement "
          "in contravention of the Prevention and Combating of Corrupt Activities Act 12 of 2004, "
          "and shall not falsify interviews, claims or records."),
        P("7.2", "The Service Provider shall maintain adequate controls, including back-checks of "
          "at least 10 per cent of interviews, to prevent and detect fabricated interviews and "
          "fraudulent claims, and shall report any suspected corruption or fraud to the Agency "
          "within 2 Working Days."),
        H("8", "Conflicts of interest"),
        P("8.1", "The Service Provider shall ensure that no Fieldworker interviews a household of "
          "which they or a relative is a member, and that neither the Service Provider nor its "
          "staff has any interest that conflicts with the independent conduct of the survey. "
          "The Service Provider shall notify the Agency in writing within 2 Working Days of any "
          "actual or potential conflict of interest."),
        P("8.2", "The Service Provider shall take the steps the Agency directs to manage a "
          "notified conflict, including reassigning Fieldworkers, and the Agency may terminate "
          "this Agreement if a conflict that affects the integrity of the survey cannot be "
          "resolved."),
        P("8.3", "The Service Provider confirms that the Bidder's Disclosure (SBD 4) submitted "
          "with its bid, including any relationship with persons in the employ of the state or "
          "involved in the evaluation of the bid, was complete and correct, and shall notify "
          "the Agency of any change during this Agreement."),
        H("9", "Protected disclosures"),
        P("9.1", "The Service Provider shall not subject any employee or Fieldworker to an "
          "occupational detriment for making a protected disclosure under the Protected "
          "Disclosures Act 26 of 2000, including a disclosure to the Agency."),
        H("10", "Respondent complaints"),
        P("10.1", "The Service Provider shall operate a complaints procedure for Respondents, "
          "with a toll-free number and SMS line printed on every Fieldworker identification card "
          "and on the leaflet left at each household."),
        P("10.2", "The Service Provider shall acknowledge each complaint within 2 Working Days "
          "and resolve it, or explain what further action will be taken, within 10 Working "
          "Days."),
        P("10.3", "The Service Provider shall report the number and nature of complaints, and "
          "their resolution, to the Agency in each weekly fieldwork progress report."),
        P("10.4", "The Service Provider shall co-operate with the Agency and with the Public "
          "Protector in the investigation of any complaint about the fieldwork, including by "
          "providing records and making staff available, and shall implement any remedial "
          "action directed."),
        P("10.5", "The Service Provider shall analyse complaints and back-check findings each "
          "week, identify their root causes, and agree corrective actions with the Agency's "
          "survey manager, including retraining or withdrawing Fieldworkers."),
        P("10.6", "The Service Provider is encouraged to collect feedback from Respondents about "
          "their experience of the interview."),
        H("11", "Access to information"),
        P("11.1", "The Service Provider shall assist the Agency in responding to any request "
          "under the Promotion of Access to Information Act 2 of 2000 that concerns this "
          "Agreement, and shall provide any record requested within 5 Working Days."),
        H("12", "Monitoring"),
        P("12.1", "The Agency may monitor the Service Provider's compliance with clauses 5 to 9, "
          "including through unannounced field visits, back-checks and inspection of attendance "
          "registers and records."),
        P("12.2", "The Service Provider shall submit a self-audit certificate with its final "
          "invoice confirming that all amounts claimed were properly incurred."),
        P("12.3", "The Service Provider shall maintain a valid B-BBEE verification certificate "
          "and a compliant tax status throughout this Agreement."),
        H("13", "Sub-contracting"),
        P("13.1", "The Service Provider shall sub-contract at least 30 per cent of the value of "
          "this Agreement to enterprises in the districts surveyed, as stated in its bid."),
        P("13.2", "The Service Provider shall ensure that any sub-contractor processes personal "
          "information in accordance with POPIA and clause 14."),
        H("14", "Protection of personal information"),
        P("14.1", "The Service Provider shall process Respondent information only for the survey "
          "and shall comply with POPIA and section 17 of the Statistics Act 6 of 1999 on the "
          "confidentiality of information."),
        P("14.2", "Tablets shall be encrypted and protected by a password, and any lost or "
          "stolen tablet shall be reported to the Agency and wiped remotely within 24 hours."),
        P("14.3", "The Service Provider shall keep signed confidentiality undertakings from all "
          "Fieldworkers and managers for five years after the end of this Agreement."),
        H("15", "Breach and termination"),
        P("15.1", "If the Service Provider commits a material breach and fails to remedy it "
          "within 14 days of written notice, the Agency may terminate this Agreement, withhold "
          "payment for affected work and recover its additional costs."),
        P("15.2", "The Agency may terminate this Agreement on 30 days' notice if the survey is "
          "cancelled."),
        P("15.3", "The Agency may terminate this Agreement immediately by notice if the Service "
          "Provider or any of its managers contravenes clause 7, and may require the Service "
          "Provider to withdraw from the fieldwork any Fieldworker who has breached Annexure B."),
        H("16", "General"),
        P("16.1", "This Agreement is governed by the law of the Republic of South Africa. "
          "Disputes shall be referred to mediation and then to the High Court."),
        P("16.2", "The Service Provider shall comply with the Basic Conditions of Employment Act "
          "75 of 1997 and the Compensation for Occupational Injuries and Diseases Act 130 of 1993 "
          "in respect of all Fieldworkers."),
        P("16.3", "No amendment of this Agreement is valid unless it is in writing and signed by "
          "both parties."),
        SH("Annexure A - Milestones and rates"),
        TAB(["Milestone", "Payment"],
            ["Fieldworkers recruited and trained", "20%"],
            ["50% of sample completed", "30%"],
            ["100% of sample completed", "30%"],
            ["Final data set accepted", "20%"]),
        SP("1", "Minimum Fieldworker rates: enumerator R 520 per day; supervisor R 780 per day."),
        SP("2", "Payment for the completion milestones is based on interviews that pass the "
           "Agency's data validation checks; interviews rejected at validation shall be redone "
           "at the Service Provider's cost."),
        SH("Annexure B - Fieldwork Code of Conduct"),
        SP("1", "Fieldworkers shall wear their identification card at all times and explain the "
           "purpose of the survey before starting an interview."),
        SP("2", "Fieldworkers shall respect the right of any Respondent to refuse to take part."),
        SP("3", "Fieldworkers shall record answers exactly as given and shall never invent or "
           "alter information."),
        SP("4", "Fieldworkers shall not ask for or accept any gift, money or hospitality from "
           "a Respondent or from any person connected with a sampled household."),
        SP("5", "Fieldworkers shall keep all information confidential and shall not discuss any "
           "household with others."),
        SP("6", "Fieldworkers shall not campaign for, or display material of, any political "
           "party while working."),
    ],
    expected=EXP("""
ES-01 | gap | no Seven Principles or named ethical standards bound to the Service Provider; cl. 6.2 Public Service code binds Agency officials (wrong party)
ES-02 | pass | cl. 6.1: every Fieldworker signs and complies with the Fieldwork Code of Conduct (Annexure B para 1 onwards)
ES-03 | gap | cl. 13.2 flows down POPIA data-protection terms only; cl. 13.1 is a local subcontracting target
ES-04 | pass | cl. 5.1: training on the Code of Conduct, research ethics, conflicts and anti-corruption, with attendance registers
ES-05 | pass | cl. 9.1 no occupational detriment for protected disclosures incl. to the Agency; cl. 7.2 report suspected corruption to the Agency
ES-06 | pass | cl. 7.1 no gratification (PRECCA) or falsification; cl. 7.2 adequate controls and reporting
ES-07 | pass | cl. 11.1: assist with PAIA requests, records within 5 Working Days
ES-08 | pass | cl. 12.1: Agency may monitor compliance with clauses 5 to 9, including field visits
ES-09 | pass | cl. 15.3: immediate termination for contravention of clause 7 (corruption and fraud) and withdrawal of Fieldworkers who breach Annexure B; cl. 8.2 termination for an unresolved conflict
ES-10 | gap | no ethical assurance; cl. 12.2 self-audit certificate (financial) and cl. 12.3 B-BBEE and tax certificates are decoys
COI-01 | pass | cl. 8.1: no conflicting interest, written notice within 2 Working Days
COI-02 | pass | cl. 8.2: steps the Agency directs; Agency may terminate
COI-03 | pass | cl. 6.1 incorporates Annexure B; Annexure B para 4: Fieldworkers shall not ask for or accept any gift, money or hospitality from Respondents; cl. 3.3 'catering and hospitality' is a service line
COI-04 | gap | no revolving-door term; nearest cl. 8.3
COI-05 | gap | no declarations register; cl. 5.1 attendance registers and cl. 12.1 are decoys
COI-06 | pass | cl. 8.3: confirms the SBD 4 bidder's disclosure of relationships was complete and will notify changes
CDM-01 | pass | cl. 10.1: Respondent complaints procedure publicised on ID cards and leaflets
CDM-02 | pass | cl. 10.3: complaints and resolution in every weekly progress report
CDM-03 | weak | cl. 10.6: 'is encouraged to collect feedback from Respondents' - permissive
CDM-04 | pass | cl. 10.4: co-operate with the Public Protector and implement remedial action
CDM-05 | pass | cl. 10.5: weekly root-cause analysis and corrective actions agreed with the Agency
CDM-06 | pass | cl. 10.2: acknowledge within 2 Working Days, resolve or explain within 10 Working Days
"""),
))
