from blind_set28_odt import h, p, ps, lst, table, cell, COVERED, fn, toc, annot, section

BODY = "".join([
    p("Penmaen County Borough Council", "Title"),
    p("Community Transport Revenue Grant 2026-2029: Grant Agreement", "Subtitle"),
    p("Grant reference PCBC/CT/2026/014"),
    toc([(1, "1.", "Definitions and interpretation", 2), (1, "2.", "The Grant and the Funded Activities", 2),
         (1, "3.", "Ethical standards", 3), (1, "4.", "Conflicts of interest and gifts", 3), (1, "5.", "Drivers, volunteers and vehicles", 4),
         (1, "6.", "Passenger complaints", 4), (1, "7.", "Monitoring and reporting", 5), (1, "8.", "Records, inspection and confidentiality", 5),
         (1, "9.", "Withholding, repayment and termination", 6), (1, "10.", "General", 6)]),
    p("This Agreement is made on 2 February 2026 between Penmaen County Borough Council of Civic Centre, Heol y Parc, Penmaen (the <text:span>\u201cCouncil\u201d</text:span>) and Teithio Cymunedol Glannau CIO, a charitable incorporated organisation registered with the Charity Commission for England and Wales under number 1198452 (the \u201cGrantee\u201d)."),
    p("The Council has agreed to fund the Grantee\u2019s door-to-door community transport service for older and disabled residents on the terms below. The Grantee accepts the Grant on those terms."),
    h(1, "Definitions and interpretation"),
    p("In this Agreement:"),
    lst([
        "\u201cFunded Activities\u201d means the dial-a-ride, hospital link and shopper bus services described in Schedule 1;",
        "\u201cGrant\u201d means the sums set out in clause 2.2;",
        "\u201cPassenger\u201d means any person who books or uses a journey provided as part of the Funded Activities;",
        "\u201cStaff\u201d means the Grantee\u2019s employees, trustees and volunteers engaged in the Funded Activities, but not its Sub-contractors;",
        "\u201cSub-contractor\u201d means any taxi firm, garage or other person engaged by the Grantee to carry out part of the Funded Activities;",
        "\u201cWorking Day\u201d means a day other than a Saturday, Sunday or public holiday in Wales.",
    ], "Numbering_20_abc"),
    p("In the event of any conflict between the clauses of this Agreement and the Council\u2019s grant offer letter, the clauses prevail."),
    h(1, "The Grant and the Funded Activities"),
    h(2, "Purpose"),
    p("The Grantee shall use the Grant only for the Funded Activities and shall deliver them across the Penmaen, Aberllyn and Cwm Isaf wards from Monday to Saturday."),
    h(2, "Amount and payment"),
    p("The Council will pay the Grant of \u00a3148,500 in each financial year in four quarterly instalments in advance, subject to receipt of the monitoring return due under clause 7.1 and to clause 9."),
    h(2, "Match funding"),
    p("The Grantee shall secure at least \u00a322,000 each year from fares, membership fees and other sources and shall tell the Council promptly if it expects a shortfall."),
    h(1, "Ethical standards"),
    h(2, "Principles"),
    p("The Grantee shall observe the Seven Principles of Public Life (selflessness, integrity, objectivity, accountability, openness, honesty and leadership) in delivering the Funded Activities and shall ensure that its Staff do the same." + annot("R. Pugh (Legal)", "Should we also require an annual ethics certificate signed by the chair? Grants team to decide before issue.")),
    h(2, "Conduct"),
    p("The Council expects the Grantee to adopt a written code of conduct for its drivers and volunteers covering courtesy, personal boundaries and the handling of Passengers\u2019 money."),
    h(2, "Speaking up"),
    p("The Grantee shall maintain a whistleblowing policy that allows any member of Staff to raise a concern about the Funded Activities with the Grantee\u2019s chair, with the Council\u2019s Monitoring Officer or with a prescribed person, and shall not subject to any detriment anyone who raises such a concern in good faith."),
    h(2, "Bribery and fraud"),
    p("The Grantee shall not offer, give, request or accept any bribe or other improper inducement in connection with this Agreement, shall maintain adequate procedures to prevent bribery and fraud by its Staff, and shall notify the Council immediately in writing of any suspected fraud or bribery affecting the Grant."),
    h(2, "Ethics lead"),
    p("The Grantee shall nominate one of its trustees as ethics lead, with responsibility for the matters in this clause 3, and shall tell the Council who that trustee is."),
    h(2, "Sub-contractors"),
    p("The Grantee shall impose on each Sub-contractor obligations no less onerous than those in clauses 3.1, 3.3 and 3.4 and shall enforce them."),
    h(1, "Conflicts of interest and gifts"),
    h(2, "Avoiding conflicts"),
    p("The Grantee shall ensure that neither it nor any of its Staff is placed in a position where there is an actual or potential conflict of interest between their personal, professional or financial interests and the proper delivery of the Funded Activities, and shall notify the Council in writing promptly, with full details, if such a conflict arises or is likely to arise."),
    h(2, "Register of interests"),
    p("The Grantee shall obtain a declaration of interests, or a nil return, from each trustee and from its transport manager on appointment and every April, shall keep those declarations in a register of interests and shall give a copy of the register to the Council within 10 Working Days of a request."),
    h(2, "Gifts and hospitality"),
    p("The Grantee shall not offer any gift or hospitality to any officer or member of the Council involved in awarding or managing the Grant, and shall record in a gifts and hospitality register every gift or hospitality worth more than \u00a325 offered to or received by its Staff from any person connected with the Funded Activities."),
    h(2, "Application"),
    p("The Grantee confirmed in its application form that none of its trustees has been convicted of an offence involving dishonesty or has been disqualified from acting as a charity trustee."),
    h(1, "Drivers, volunteers and vehicles"),
    p("The Grantee shall ensure that:"),
    lst([
        "every driver holds the appropriate licence and has completed MiDAS minibus driver training and passenger assistance training before carrying Passengers;",
        "every member of Staff in contact with Passengers has an enhanced DBS check renewed at least every three years; and",
        ("every vehicle used for the Funded Activities:", [
            "is maintained in accordance with the manufacturer\u2019s schedule and inspected before each shift;",
            "carries wheelchair restraints that meet the current British Standard; and",
            "is insured for hire and reward use."]),
    ], "Numbering_20_abc"),
    p("Where drivers transfer to the Grantee from the Council\u2019s former in-house transport service, the Transfer of Undertakings (Protection of Employment) Regulations 2006 shall apply to their employment."),
    h(1, "Passenger complaints"),
    h(2, "Procedure"),
    p("The Grantee shall operate a complaints procedure, free of charge to Passengers, which is explained on every vehicle, on the booking line\u2019s recorded message and on the Grantee\u2019s website, and which is available in Welsh and English."),
    h(2, "Timescales"),
    p("The Grantee shall deal with every complaint in accordance with the timescales in the footnote to this clause." + fn("The Grantee shall acknowledge each complaint within 3 Working Days of receipt and shall send a full written response within 20 Working Days, or explain the delay and give a new date.")),
    h(2, "Escalation"),
    p("The Grantee shall co-operate with any investigation of a complaint by the Council or by the Public Services Ombudsman for Wales, including by providing information and attending meetings, and shall implement any remedy the Council or the Ombudsman recommends."),
    h(1, "Monitoring and reporting"),
    h(2, "Quarterly return"),
    p("Within 15 Working Days after the end of each quarter the Grantee shall send the Council a monitoring return in the form in Schedule 1, including the number of complaints received, upheld and not upheld and the action taken."),
    h(2, "Passenger views"),
    p("The Grantee is encouraged to survey Passengers once a year about punctuality and driver courtesy and may include the results in its annual report."),
    h(1, "Records, inspection and confidentiality"),
    p("The Grantee shall keep proper records of the Funded Activities for six years after the end of this Agreement. The Council may inspect those records at any reasonable time on 5 Working Days\u2019 notice."),
    p("Each party shall keep confidential any information about the other\u2019s business and any Passenger\u2019s personal data, except as the law requires. Nothing in this clause prevents the Council from meeting its own duties under the Freedom of Information Act 2000."),
    h(1, "Withholding, repayment and termination"),
    p("If the Grantee breaches any part of clause 3, the Council may, by written notice, do one or more of the following:"),
    lst(["withhold or suspend any instalment of the Grant;", "require the Grantee to remove the person responsible from the Funded Activities; or",
         "terminate this Agreement with immediate effect and require repayment of any unspent Grant."], "Numbering_20_abc"),
    p("Either party may terminate this Agreement on six months\u2019 written notice without giving a reason."),
    h(1, "General"),
    p("This Agreement is governed by the law of England and Wales as it applies in Wales. Notices shall be sent by email to the addresses in Schedule 1 and are treated as received on the next Working Day."),
    p("Schedule 1: Services and monitoring return", "Schedule_20_Heading"),
    section("Schedule1", p("Table <text:sequence text:ref-name=\"refTable0\" text:name=\"Table\" text:formula=\"ooow:Table+1\" style:num-format=\"1\">1</text:sequence>: Services and quarterly return", "Caption")
            + table("MonitoringReturn", 3, ["Service", "What the Grantee reports each quarter", "Target"], [
                ["Dial-a-ride", "Journeys booked, journeys delivered, journeys refused", "95% of booked journeys delivered"],
                ["Hospital link", "Journeys to Ysbyty Penmaen and the Aberllyn clinic", "No missed outpatient appointments"],
                [cell("All services", span=1), cell("Complaints received, upheld and not upheld, with the action taken", span=2), COVERED],
            ])),
    p("Signed for the Council by the Head of Transport and for the Grantee by two trustees."),
])

C01 = {
    "file": "c01-community-transport-grant-wales.odt", "tool": "lo-fodt",
    "title": "Community Transport Revenue Grant 2026-2029", "author": "PCBC Legal Services", "font": "Liberation Sans",
    "header": "Penmaen County Borough Council \u2013 Grant Agreement PCBC/CT/2026/014", "footer": "OFFICIAL",
    "body": BODY,
    "hidden": ["Should we also require an annual ethics certificate"],
    "subject": "Grant agreement: door-to-door community transport for older and disabled residents",
    "parties": "Wales; Penmaen County Borough Council (the Council); Teithio Cymunedol Glannau CIO (the Grantee)",
    "shapes": "outline-numbered text:h chapters 1-10 with level-2 clauses; generated table of contents naming the ethics, conflicts and complaints chapters; annotation on clause 3.1 asking about an ethics certificate; lettered definitions list and a nested (a)/(i) list; complaint timescales only in a footnote; Schedule 1 in a text:section with a numbered table caption, header row and a spanned complaints cell; precedence 'conflict' decoy; TUPE; exclusion-ground confirmation in the past tense",
    "expected": """
ES-01 pass  # clause 3.1 (Principles): "The Grantee shall observe the Seven Principles of Public Life"
ES-02 weak  # clause 3.2 (Conduct): "The Council expects the Grantee to adopt a written code of conduct" ('expects')
ES-03 pass  # clause 3.6 (Sub-contractors): "shall impose on each Sub-contractor obligations no less onerous than those in clauses 3.1, 3.3 and 3.4"
ES-04 gap  # chapter 5 item (a): "MiDAS minibus driver training and passenger assistance training" only; no ethics training
ES-05 pass  # clause 3.3 (Speaking up): "shall not subject to any detriment anyone who raises such a concern in good faith"
ES-06 pass  # clause 3.4 (Bribery and fraud): "shall maintain adequate procedures to prevent bribery and fraud" and immediate notice
ES-07 gap  # chapter 8 second paragraph is confidentiality plus the Council's own FOI duty ("Nothing in this clause prevents the Council from meeting its own duties"); no co-operation duty on the Grantee
ES-08 weak  # chapter 8 first paragraph: "The Council may inspect those records at any reasonable time" (records right naming no ethics clause)
ES-09 pass  # chapter 9: "If the Grantee breaches any part of clause 3" the Council may withhold, require removal of the person or terminate
ES-10 weak  # clause 3.5 (Ethics lead): "shall nominate one of its trustees as ethics lead" (structure only, no assurance or certificate; the annotation asking for one is not contract text)
COI-01 pass  # clause 4.1 (Avoiding conflicts): "actual or potential conflict of interest" and "shall notify the Council in writing promptly" (chapter 1 precedence 'conflict' is a decoy)
COI-02 gap  # nothing on managing conflicts or Council directions; termination in chapter 9 is tied to clause 3 only or for convenience
COI-03 pass  # clause 4.3 (Gifts and hospitality): "shall record in a gifts and hospitality register"
COI-04 gap  # only the TUPE paragraph at the end of chapter 5 about drivers transferring from the Council
COI-05 pass  # clause 4.2 (Register of interests): "shall obtain a declaration of interests, or a nil return, from each trustee"
COI-06 gap  # clause 4.4 (Application): past-tense exclusion-ground confirmation ("none of its trustees has been convicted")
CDM-01 pass  # clause 6.1 (Procedure): "The Grantee shall operate a complaints procedure, free of charge to Passengers"
CDM-02 pass  # clause 7.1 (Quarterly return) and Schedule 1 Table 1: "including the number of complaints received, upheld and not upheld"
CDM-03 weak  # clause 7.2 (Passenger views): "The Grantee is encouraged to survey Passengers once a year"
CDM-04 pass  # clause 6.3 (Escalation): "Public Services Ombudsman for Wales" co-operation and "shall implement any remedy"
CDM-05 gap  # no analysis of complaints or lessons learned anywhere; clause 7.1's return only counts them
CDM-06 pass  # footnote 1 to clause 6.2: "acknowledge each complaint within 3 Working Days of receipt"
""",
}
