"""Blind set 29: contract texts and verdicts (written from ../shared/rule-catalogue.md alone).

Each contract is a dict: file, tool (lo-fodt | md | pandoc-gfm), the text (body for flat ODT, md for
Markdown, pandoc_src for the Markdown that pandoc turns into DOCX and then into GitHub Markdown),
expected (22 lines `RULE verdict  # why`), hidden (probes of non-contract text that must be in the
file but not in the contract text), and the README's columns (subject, parties, shapes).
"""
from blind_set29_odt import (h, p, ps, cl, lst, cell, COVERED, table, fn, en, frame, section, hidden_para,
                             hidden_text, annot, toc, ins, dele, fmt_change, bookmark, ref, seq)

RULES = ["ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
         "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
         "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06"]

CONTRACTS = []

import os as _os
README = open(_os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "blind_set29_README.md"), encoding="utf-8").read()

# ------------------------------------------------------------------ c01: Northern Ireland, holiday programme grant (ODT)
C01_BODY = "".join([
    p("CARNBRAE BOROUGH COUNCIL", "Title"),
    p("Letter of Offer and Conditions of Grant: Summer Play and Food Programme 2026", "Subtitle"),
    p("Grant reference CBC/CD/2026/041. This Letter of Offer is made between Carnbrae Borough Council, "
      "Civic Centre, Market Street, Carnbrae (the <text:span>Council</text:span>) and Rathmoyle Youth and "
      "Family Trust, a charity registered with the Charity Commission for Northern Ireland under number NIC 108842 "
      "(the Grantee)."),
    h(1, "Interpretation"),
    cl("1.1", "In these Conditions the following words have the meanings given:"),
    lst([
        "\u201cApproved Programme\u201d means the summer play and food programme described in the Schedule;",
        "\u201cChildren\u201d means children and young people aged 5 to 15 attending the Approved Programme, and their parents and carers;",
        "\u201cConflict of Interest\u201d means a situation in which a personal, professional or financial interest of the Grantee or of any of its "
        "trustees, staff or volunteers could affect the way it uses the Grant;",
        "\u201cGrant\u201d means the sum of \u00a348,600 offered in clause 3.1;",
        ("\u201cPersonnel\u201d means:", [
            "the Grantee\u2019s employees and sessional workers;",
            "volunteers engaged on the Approved Programme; and",
            "any person supplied to the Grantee by an agency or sub-contractor.",
        ]),
    ]),
    cl("1.2", "If there is any conflict between these Conditions and the Schedule, these Conditions prevail."),
    h(1, "Purpose and Period"),
    cl("2.1", "The Grant is offered for the delivery of the Approved Programme at four sites between 29 June and "
       "28 August 2026 and for the evaluation described in the Schedule."),
    cl("2.2", "The Grantee shall not use the Grant for any other purpose without the Council\u2019s prior written approval."),
    h(1, "Payment"),
    cl("3.1", "The Council shall pay the Grant of \u00a348,600 in two instalments: 70% on return of the signed acceptance and "
       "30% on receipt of the end-of-programme report."),
    cl("3.2", "Grant may not be claimed under gift aid or any other relief for the same expenditure."),
    h(1, "Standards of Conduct"),
    cl("4.1", "The Grantee shall comply with, and shall ensure that its Personnel comply with, the Seven Principles of Public Life "
       "in everything done with the Grant." + annot("R. McCallion, Legal", "Do we want them to sign an annual ethics statement as well? "
       "Raise with Community Development before issue.")),
    cl("4.2", "The Council expects the Grantee to have a written code of conduct for its Personnel and to bring it to the attention "
       "of each volunteer."),
    cl("4.3", "The Grantee shall not offer, give or agree to give any inducement or reward to any councillor or officer of the Council "
       "in connection with the Grant, shall maintain adequate procedures to prevent bribery and fraud by its Personnel, and "
       "shall notify the Council immediately of any suspected fraud or bribery affecting the Grant."),
    cl("4.4", "The Grantee shall have a procedure through which Personnel can raise concerns about wrongdoing in confidence, "
       "including directly with the Council\u2019s Audit and Governance Manager, and shall not subject anyone to any detriment for "
       "raising a concern in good faith."),
    cl("4.5", "Where any part of the Approved Programme is delivered by a sub-contractor, the Grantee shall procure that the "
       "sub-contractor complies with obligations equivalent to those in clauses 4.1, 4.3 and 4.4."),
    cl("4.6", "All Personnel working with Children shall hold an enhanced AccessNI check and shall complete the Council\u2019s "
       "safeguarding and food hygiene training before the first session."),
    h(1, "Conflicts of Interest"),
    cl("5.1", "The Grantee shall take all reasonable steps to ensure that neither it nor any trustee or member of its Personnel "
       "is placed in a position where there is an actual or potential Conflict of Interest, and shall notify the Council in "
       "writing without delay if one arises."),
    cl("5.2", "Where a Conflict of Interest is notified or otherwise comes to light, the Grantee shall take the steps the Council "
       "directs to manage or remove it, and the Council may withhold or recover the Grant if the conflict cannot be managed."),
    cl("5.3", "The Grantee confirms that it has disclosed to the Council every relationship between its trustees and any "
       "councillor or officer involved in assessing its application, and shall keep that disclosure up to date."),
    cl("5.4", "The Grantee is encouraged to tell the Council if it engages any former officer of the Council who was involved in "
       "the community development grants programme in the previous two years."),
    h(1, "Children, Families and Complaints"),
    cl("6.1", "The Grantee shall operate a written complaints procedure for Children and families using the Approved Programme, "
       "free of charge, and shall display it at each site and on its website." + fn("Complaints must be acknowledged within "
       "3 working days and a full response sent within 15 working days of receipt.")),
    cl("6.2", "The Grantee shall co-operate with any investigation by the Council or by the Northern Ireland Public Services "
       "Ombudsman into a complaint about the Approved Programme and shall implement any recommendation made."),
    cl("6.3", "The Grantee shall provide a summary of complaints received if the Council requests one."),
    cl("6.4", "The Grantee shall ask every family at the end of each fortnight block to complete a short feedback card and "
       "shall report the results to the Council in the end-of-programme report."),
    h(1, "Monitoring and Audit"),
    cl("7.1", "The Council may monitor the Grantee\u2019s compliance with clauses 4 and 5, including by visiting sites, "
       "interviewing Personnel and inspecting the Grantee\u2019s conflicts and concerns records, and will review that compliance at "
       "the mid-programme meeting."),
    cl("7.2", "The Grantee shall keep proper financial records of the Grant for six years and make them available to the "
       "Northern Ireland Audit Office on request."),
    cl("7.3", "Information supplied to the Council will be handled in accordance with data protection law. The Grantee shall not be "
       "required to assist the Council with any request received under the Freedom of Information Act 2000."),
    h(1, "Breach and Recovery"),
    cl("8.1", "If the Grantee commits a material breach of these Conditions, the Council may suspend payment, withdraw the offer "
       "or require repayment of all or part of the Grant."),
    cl("8.2", "Either party may end this agreement on 30 days\u2019 written notice."),
    h(1, "Acceptance"),
    cl("9.1", "This offer lapses if the signed acceptance is not returned by 5 June 2026."),
    section("ScheduleProgramme", "".join([
        p("Schedule: The Approved Programme", "Schedule_20_Heading"),
        p("Table " + seq(1) + ": Responsibilities during the programme", "Caption"),
        table("Responsibilities", 3, ["Item", "Party", "Detail"], [
            ["Daily play sessions", "Grantee", "Four sites, 10:00 to 15:00, Monday to Thursday; staffing at 1:8."],
            ["Hot lunch", "Grantee", "Hospitality and catering: one hot meal and a snack per child per session, prepared to Food Standards Agency guidance."],
            [cell("Feedback and evaluation", rows=2), "Grantee", "Feedback cards from families at the end of each fortnight block, collated by site."],
            [COVERED, "Council", "Independent evaluation visit by the Community Development Officer in week 5."],
            [cell("Venues in Council premises are provided free of charge; bookings through Leisure Services.", span=3), COVERED, COVERED],
        ]),
        p("Schedule dates and sites may be varied by agreement in writing between the Council and the Grantee."),
    ])),
])

CONTRACTS.append({
    "file": "c01-summer-play-food-grant-ni.odt", "tool": "lo-fodt",
    "title": "Letter of Offer: Summer Play and Food Programme 2026", "author": "Carnbrae Borough Council Legal Services",
    "header": "Carnbrae Borough Council \u2013 Grant CBC/CD/2026/041", "footer": "OFFICIAL",
    "outline": ("1", "1", "a"), "body": C01_BODY,
    "hidden": ["Do we want them to sign an annual ethics statement as well?"],
    "subject": "Letter of offer and conditions of grant: a summer play and hot-food programme for children",
    "parties": "Northern Ireland; Carnbrae Borough Council (the Council); Rathmoyle Youth and Family Trust (the Grantee)",
    "shapes": "outline-numbered headings with typed clause numbers; lettered definitions list with a nested (i) list; annotation on 4.1 "
              "asking about an annual ethics statement; complaint timescales only in a footnote to 6.1; Schedule in a text:section with "
              "a sequence-numbered caption, header row, Party column, a row-spanned cell and a column-spanned note; precedence "
              "'conflict' and definition-only 'Conflict of Interest' decoys; gift aid decoy; catering 'Hospitality' row; FOI disapplied",
    "expected": """
ES-01 pass  # clause 4.1: "shall comply with, and shall ensure that its Personnel comply with, the Seven Principles of Public Life"
ES-02 weak  # clause 4.2: "The Council expects the Grantee to have a written code of conduct" (permissive)
ES-03 pass  # clause 4.5: "shall procure that the sub-contractor complies with obligations equivalent to those in clauses 4.1, 4.3 and 4.4" (ethics clauses)
ES-04 gap  # clause 4.6: only safeguarding and food hygiene training, no ethics, conflicts, bribery or speaking-up training
ES-05 pass  # clause 4.4: confidential route to "raise concerns about wrongdoing in confidence" and no "detriment for raising a concern in good faith"
ES-06 pass  # clause 4.3: no inducement or reward, "shall maintain adequate procedures to prevent bribery and fraud", immediate notice
ES-07 gap  # clause 7.3: "shall not be required to assist the Council with any request received under the Freedom of Information Act 2000" (negated); nothing else on transparency
ES-08 pass  # clause 7.1: "The Council may monitor the Grantee's compliance with clauses 4 and 5" and reviews it at the mid-programme meeting (7.2 is financial only)
ES-09 weak  # clause 8.1: remedies for "a material breach of these Conditions" with no link to the ethics clauses
ES-10 gap  # no assurance or certificate anywhere; the annual ethics statement is only asked about in a reviewer's annotation on clause 4.1
COI-01 pass  # clause 5.1: avoid "an actual or potential Conflict of Interest" and "notify the Council in writing without delay" (1.2 precedence and 1.1 definition are decoys)
COI-02 pass  # clause 5.2: "shall take the steps the Council directs to manage or remove it" and the Council may withhold or recover the Grant
COI-03 gap  # no gifts or hospitality control: 3.2 is gift aid and the Schedule row "Hospitality and catering" is the lunch service
COI-04 weak  # clause 5.4: "is encouraged to tell the Council if it engages any former officer of the Council" (permissive)
COI-05 gap  # clause 5 has no declarations of interests or register for the Grantee's staff; 1.1 defines Conflict of Interest only
COI-06 pass  # clause 5.3: "confirms that it has disclosed to the Council every relationship" with those assessing the application, kept up to date
CDM-01 pass  # clause 6.1: "shall operate a written complaints procedure for Children and families", free and displayed
CDM-02 weak  # clause 6.3: complaint summary only "if the Council requests one" (on request)
CDM-03 pass  # clause 6.4: family "feedback card" collected each fortnight block and reported to the Council (Schedule row also Grantee)
CDM-04 pass  # clause 6.2: co-operate with "the Northern Ireland Public Services Ombudsman" and implement any recommendation
CDM-05 gap  # clauses 6.3-6.4 ask for no analysis of complaints or feedback and no action plans; the Schedule's evaluation visit is the Council's own
CDM-06 pass  # footnote to clause 6.1: "acknowledged within 3 working days and a full response sent within 15 working days"
""",
})

# ------------------------------------------------------------------ c06: England, district council website terms (Markdown)
C06_MD = r"""
[Home](https://www.wyvernheath.gov.uk/) > [Business](https://www.wyvernheath.gov.uk/business) > [Selling to the council](https://www.wyvernheath.gov.uk/business/selling) > Lifeline terms

# Lifeline alarm response service: terms for providers

<!-- Web team: page built from Procurement's Word file v4 (March 2026). Do not edit the numbered paragraphs without Legal. -->

These terms apply when Wyvern Heath District Council (**we**, **us**, **the Council**) buys the out-of-hours Lifeline
alarm response service from you. In these terms **you** means the provider named in the order form, and includes
your staff. Residents who have a Lifeline pendant or alarm unit are called **customers**.

**On this page**

- [Who these terms apply to](#1-who-these-terms-apply-to)
- [How you must behave](#2-how-you-must-behave)
- [Interests, gifts and former staff](#3-interests-gifts-and-former-staff)
- [Complaints and feedback](#4-complaints-and-feedback)
- [Checking and ending the contract](#5-checking-and-ending-the-contract)

## 1. Who these terms apply to

1. These terms form part of every order we place for the Lifeline alarm response service, together with the order
   form and the service specification. If they say different things, the order form wins, then these terms.
2. The service covers:
   1. answering alarm activations passed on by our monitoring centre between 6pm and 8am and all day at weekends;
   2. visiting customers at home within 45 minutes of a call, including:
      - helping a customer who has fallen but is not injured;
      - staying with a customer until family, a carer or an ambulance arrives;
   3. logging each visit in our case system before the end of the shift.
3. You must have enough responders on duty to meet the 45-minute visit time on at least 95% of calls in each month.
   We will send you the month's call data by the fifth working day of the next month, and we will meet you if the
   figure falls below 95% for two months in a row.
4. You must keep your vehicles insured, roadworthy and marked with your company name. Responders must carry photo
   identification and show it before entering a customer's home.

## 2. How you must behave

1. You must uphold the standards of conduct expected of holders of public office, and make sure your staff do, while
   you deliver the service. The Seven Principles of Public Life are set out on the Committee on Standards in Public
   Life's website.
2. We encourage you to adopt a code of conduct for the responders who visit customers' homes.
3. You must not offer or accept any bribe, must have adequate procedures to prevent bribery and fraud by anyone
   working on the service, and must tell us straight away if you suspect that bribery or fraud has taken place.
4. You must have a whistleblowing policy that lets your staff raise concerns with you or directly with our
   Monitoring Officer, and you must not treat anyone less favourably because they raised a concern in good faith.
5. If you use a subcontractor for any part of the service, you must make sure the subcontract includes obligations
   no less onerous than those in paragraphs 2.1 to 2.4 and 3.1.
6. Your responders must be trained in manual handling, first aid and the use of our case system before they start.

<!-- Drafting note (Procurement): should we add "You must help us answer Freedom of Information requests and give us the information we publish under the Transparency Code"? Legal to confirm before the next version. -->

7. Anything we tell you about customers is confidential and may only be used to deliver the service.

## 3. Interests, gifts and former staff

1. You must make sure that neither you nor any of your staff are in a position where your interests conflict, or
   could conflict, with your duties to us or to customers, and you must tell us in writing straight away if a
   conflict arises or might arise.
2. If you tell us about a conflict, or we find one, you must follow our instructions to manage or remove it. If it
   cannot be managed we may end the contract straight away.
3. You may keep a register of interests declared by your managers and shift supervisors.
4. By accepting an order you confirm that you have told us about any relationship between you and any councillor or
   officer involved in choosing you, and that you will tell us about any new relationship while the contract lasts.

| Who | Gifts and hospitality rule |
|---|---|
| Council officers | Our officers must not accept gifts or hospitality from you worth more than £25 and must record anything they accept in the Council's register. |
| Councillors | Councillors declare gifts and hospitality under the Members' Code of Conduct. |

5. Former Council employees: [Not used]

## 4. Complaints and feedback

1. You must have a complaints procedure for customers and their families. It must be free, available in large print
   and explained in the welcome pack each customer receives.
2. You must acknowledge a complaint within 2 working days and send a full written reply within 10 working days.
   If you cannot reply in time you must tell the customer why and when they will hear from you.
3. If a customer is unhappy with your reply, they can ask us to review it. You must give us any information we need
   and, if the customer goes on to the Local Government and Social Care Ombudsman, you must co-operate with the
   Ombudsman's investigation and put right anything it recommends.
4. You should send us details of the complaints you have received when we ask for them.
5. You must run a customer satisfaction survey every six months and send us the results within 20 working days.
6. Every six months you must look at your complaints and survey results for trends and root causes, and agree an
   action plan with us where satisfaction falls below 90%.

<!-- Old paragraph 4.7 (KPI report of complaints each quarter) taken out at the 2025 review - Procurement. -->

## 5. Checking and ending the contract

1. We may check that you are keeping to paragraphs 2 and 3 at any time. This may include talking to your staff,
   looking at your whistleblowing and conflicts records and discussing how you are doing at our quarterly contract
   meetings.
2. Each year you must sign and send us a self audit certificate confirming that your invoices and financial records
   for the service are accurate.
3. If you seriously break these terms we can end the contract by writing to you, and you must pay our reasonable
   costs of buying the service from someone else.
4. Either of us may end the contract by giving the other three months' notice in writing.

| Document | Where to find it |
|---|---|
| Order form | Sent with each order by email |
| Service specification | [Download the specification (PDF, 240KB)](https://www.wyvernheath.gov.uk/lifeline-spec.pdf) |
| Standard terms | This page |

Page last updated: 2 March 2026
"""

CONTRACTS.append({
    "file": "c06-lifeline-response-terms-web.md", "tool": "md", "md": C06_MD,
    "hidden": ["You must help us answer Freedom of Information requests", "KPI report of complaints each quarter"],
    "subject": "Standard terms published on a council website: out-of-hours Lifeline alarm response visits",
    "parties": "England; Wyvern Heath District Council (we, us, the Council); the provider named in the order form (you)",
    "shapes": "website export with a breadcrumb line, an 'On this page' link list, ordered lists numbered 1. per section and nested "
              "ordered and bullet lists; the provider is 'you'; HTML comments holding a web-team note, a drafting note about FOI and "
              "a removed complaints-KPI paragraph; GitHub tables on officers' gifts (wrong party) and documents; [Not used] paragraph; "
              "precedence wording; financial self audit certificate; training on manual handling and first aid only",
    "expected": """
ES-01 pass  # paragraph 2.1: "You must uphold the standards of conduct expected of holders of public office, and make sure your staff do"
ES-02 weak  # paragraph 2.2: "We encourage you to adopt a code of conduct for the responders" (permissive)
ES-03 pass  # paragraph 2.5: subcontract must include "obligations no less onerous than those in paragraphs 2.1 to 2.4 and 3.1" (the ethics paragraphs)
ES-04 gap  # paragraph 2.6: training in "manual handling, first aid and the use of our case system" only
ES-05 pass  # paragraph 2.4: "You must have a whistleblowing policy" incl. route to the Monitoring Officer and no less favourable treatment
ES-06 pass  # paragraph 2.3: "must have adequate procedures to prevent bribery and fraud" and tell the Council straight away
ES-07 gap  # the FOI and Transparency Code duty exists only in an HTML-comment drafting note after paragraph 2.6; 2.7 is confidentiality only
ES-08 pass  # paragraph 5.1: "We may check that you are keeping to paragraphs 2 and 3 at any time", incl. whistleblowing and conflicts records and contract meetings
ES-09 weak  # paragraph 5.3: "If you seriously break these terms we can end the contract", no link to the ethics paragraphs
ES-10 gap  # paragraph 5.2: the only certificate is a "self audit certificate" on invoices and financial records
COI-01 pass  # paragraph 3.1: no position where "your interests conflict, or could conflict" and "tell us in writing straight away" (1.1 precedence is a decoy)
COI-02 pass  # paragraph 3.2: "you must follow our instructions to manage or remove it" and the Council may end the contract
COI-03 gap  # the gifts and hospitality table binds only Council officers and councillors (wrong party)
COI-04 gap  # paragraph 3.5: "Former Council employees: [Not used]"
COI-05 weak  # paragraph 3.3: "You may keep a register of interests declared by your managers" (permissive)
COI-06 pass  # paragraph 3.4: "you confirm that you have told us about any relationship" with those choosing the provider, kept current
CDM-01 pass  # paragraph 4.1: "You must have a complaints procedure for customers and their families", free and explained in the welcome pack
CDM-02 weak  # paragraph 4.4: "You should send us details of the complaints you have received when we ask for them" (the quarterly KPI paragraph is commented out)
CDM-03 pass  # paragraph 4.5: "You must run a customer satisfaction survey every six months and send us the results"
CDM-04 pass  # paragraph 4.3: "you must co-operate with the Ombudsman's investigation and put right anything it recommends" (LGSCO)
CDM-05 pass  # paragraph 4.6: look at complaints and survey results "for trends and root causes" and agree an action plan below 90%
CDM-06 pass  # paragraph 4.2: "acknowledge a complaint within 2 working days and send a full written reply within 10 working days"
""",
})

# ------------------------------------------------------------------ c02: New South Wales, home modification services (ODT)
C02_BODY = "".join([
    p("Yarrandale Shire Council", "Title"),
    p("Services Agreement \u2013 Home Modification and Maintenance Program<text:line-break/>Contract No. YSC-T25/118", "Subtitle"),
    p("<text:span>Parties:</text:span> Yarrandale Shire Council ABN 41 662 830 115 (<text:span>Council</text:span>) and Brindabella Trades "
      "Collective Pty Ltd ACN 629 004 371 (<text:span>Contractor</text:span>)."),
    h(1, "Definitions and interpretation"),
    h(2, "Defined terms"),
    p("In this Agreement, unless the context requires otherwise:"),
    lst([
        "<text:span>Business Day</text:span> means a day other than a Saturday, Sunday or public holiday in New South Wales;" +
        en("Public holidays are those declared under the Public Holidays Act 2010 (NSW), including the Bank Holiday in August."),
        "<text:span>Client</text:span> means a resident of the Yarrandale local government area referred to the Contractor for the Services;",
        "<text:span>Personnel</text:span> means the Contractor\u2019s officers, employees, agents and subcontractors;",
        "<text:span>Services</text:span> means the minor home modifications (grab rails, ramps, hand-held showers) and home maintenance "
        "described in Schedule 1.",
    ], "Numbering_20_abc"),
    h(2, "Order of precedence"),
    p("If there is any conflict or inconsistency between the clauses and a Schedule, the clauses prevail to the extent of the inconsistency. "
      "A conflict of laws question is governed by the law of New South Wales."),
    h(1, "Term and Services"),
    h(2, "Term"),
    p("This Agreement runs from 1 July 2026 to 30 June 2028, with one option to extend for 12 months at the Council\u2019s discretion."),
    h(2, "Performance of the Services"),
    p("The Contractor must perform the Services with due care and skill, in accordance with the National Construction Code where it applies, "
      "and must complete each job within 20 Business Days of referral. The Contractor must ensure the integrity of the data it enters in the "
      "Council\u2019s job portal."),
    h(1, "Personnel"),
    h(2, "Qualified Personnel"),
    p("All Personnel attending a Client\u2019s home must hold a current working with vulnerable people check where required, carry "
      "identification and be licensed for the work they perform."),
    h(2, "Council staff"),
    p("The Contractor must not, during the Term, solicit for employment any Council employee engaged in managing this Agreement."),
    h(1, "Probity and ethics"),
    h(2, bookmark("cl_ethics", "Supplier Code of Conduct")),
    p("The Contractor must comply with the NSW Government Supplier Code of Conduct and must ensure that its Personnel are aware of it. "
      "The Contractor must use reasonable endeavours to ensure that its subcontractors also comply with that Code."),
    h(2, "Training"),
    p("The Contractor must ensure that all Personnel complete training on the Supplier Code of Conduct, conflicts of interest, gifts and "
      "benefits and how to speak up about wrongdoing at induction and every 12 months afterwards, and must keep training records and "
      "provide them to the Council on request."),
    h(2, "Corrupt conduct"),
    p("The Contractor must not offer or give any bribe, secret commission, gift or benefit to any Council employee or councillor, must keep "
      "the Council\u2019s staff free of any gift or benefit linked to this Agreement, and must immediately notify the Council\u2019s General "
      "Manager of any suspected corrupt conduct or fraud in connection with the Services."),
    h(2, "Gifts and benefits register"),
    p("The Contractor must record in a gifts and benefits register every gift, benefit or hospitality offered to or by its Personnel in "
      "connection with this Agreement and make the register available to the Council on request."),
    h(2, "Register of interests"),
    p("The Contractor must obtain a written declaration of interests, or a nil declaration, from each of its directors and supervisors "
      "on appointment and annually, keep them in a register of interests and give the Council a copy of the register each July."),
    h(2, "Public interest disclosures"),
    p("The Contractor must not take detrimental action against any person who makes a public interest disclosure under the Public Interest "
      "Disclosures Act 2022 (NSW) to the Council, the NSW Ombudsman or the Independent Commission Against Corruption."),
    p(frame("SpeakUp", ["Speak up: Personnel can report suspected wrongdoing to the Council\u2019s Public Interest Disclosures Coordinator on "
                      "02 6990 4000 or pid@yarrandale.nsw.gov.au."])),
    h(2, "Annual probity certificate"),
    p(ins("ct1", "Within 20 Business Days of the commencement date, and then each year by 31 July, the Contractor must give the Council a "
          "certificate signed by a director confirming that it has complied with clause 4.1 (" + ref("cl_ethics", "Supplier Code of Conduct") +
          ") and the rest of this clause 4 and that it maintains the arrangements needed to support those standards.")),
    h(2, "Conflicts of interest"),
    p(dele("ct2") + "[Deleted]"),
    h(1, "Information and access"),
    h(2, "Government information"),
    p("The Contractor must provide the Council with any information and assistance it reasonably requires to comply with the Government "
      "Information (Public Access) Act 2009 (NSW), including access applications and the publication of contract information in the "
      "Council\u2019s register of government contracts."),
    h(2, "Records and inspection"),
    p("The Council may, on five Business Days\u2019 notice, inspect and copy the Contractor\u2019s records relating to the Services."),
    h(1, "Clients and complaints"),
    h(2, "Complaints handling"),
    p("The Contractor must have a written complaints handling procedure for Clients and their families that is free, explained to each "
      "Client at the first visit and consistent with the Commonwealth Home Support Programme complaints requirements." +
      hidden_text("Drafting note: add acknowledge within 2 Business Days and resolve within 15 Business Days once the CHSP manual is checked.")),
    h(2, "Quarterly report"),
    p("Within 10 Business Days after the end of each quarter the Contractor must give the Council a report that includes:"),
    lst(["the number of jobs referred, completed and outstanding;", "the average time from referral to completion;"], "Numbering_20_123"),
    p("and, continuing the same list:"),
    lst(["the number of complaints received, resolved, upheld and not upheld, with the actions taken; and",
         "any work health and safety incidents."], "Numbering_20_123", cont=True),
    h(2, "Learning from complaints"),
    p("At each six-monthly review the Contractor must present an analysis of complaints by theme and root cause and the improvement actions "
      "it has taken or proposes, and must carry out any actions agreed with the Council."),
    h(2, "Client feedback"),
    p("The Contractor may ask Clients for feedback on completed jobs using a short survey card."),
    h(2, "Ombudsman"),
    p("The Contractor must co-operate with the NSW Ombudsman and with the Council in the investigation of any complaint about the Services, "
      "including by answering questions, providing documents and attending meetings, and must implement any remedy agreed."),
    h(2, "Council queries"),
    p("The Contractor must respond to any query from the Council\u2019s contract manager within 3 Business Days. The Council will pay "
      "correctly rendered tax invoices within 20 Business Days."),
    h(1, "Default and termination"),
    h(2, "Probity breach"),
    p("If the Contractor or any of its Personnel breaches clause 4, the Council may by notice require the Contractor to remove any person "
      "involved from the Services, require a rectification plan, or terminate this Agreement immediately."),
    h(2, "Termination for convenience"),
    p("The Council may terminate this Agreement for convenience on 60 days\u2019 notice, paying for Services performed to the date of termination."),
    h(1, "Declarations"),
    h(2, "Tender declarations"),
    p("The Contractor declared in its tender that it and its directors had not been convicted of any offence involving fraud or dishonesty in the "
      "previous five years and were not insolvent."),
    p("Table " + seq(1) + ": Schedule 1 \u2013 pricing summary", "Caption"),
    table("Pricing", 3, ["Item", "Rate (ex GST)", "Notes"], [
        ["Grab rail supply and fit", "$185 each", "Up to two rails per visit"],
        ["Portable ramp (up to 1.2 m)", "$640", "Includes site assessment"],
        [cell("Call-out fees are included in all rates; travel beyond 60 km is charged at $0.90 per km.", span=3), COVERED, COVERED],
    ]),
])

C02_DELETED = ("4.8 The Contractor must take all reasonable steps to avoid any actual or potential conflict of interest affecting its "
               "Personnel, must notify the Council in writing as soon as one arises, and must take the steps the Council directs to "
               "manage it. The Council may terminate this Agreement if a conflict cannot be managed.")

CONTRACTS.append({
    "file": "c02-home-modification-services-nsw.odt", "tool": "lo-fodt",
    "title": "Services Agreement YSC-T25/118", "author": "Yarrandale Shire Council Procurement", "font": "Liberation Sans",
    "header": "Yarrandale Shire Council \u2013 Contract YSC-T25/118", "footer": "Version 3 (tracked) \u2013 Commercial in confidence",
    "outline": ("1", "1", "a"), "body": C02_BODY,
    "changes": [("ct1", "insertion", "K. Nguyen", "2026-02-03T10:12:00"),
                ("ct2", "deletion", "K. Nguyen", "2026-02-03T10:15:00", C02_DELETED)],
    "hidden": ["manage it. The Council may terminate this Agreement if a conflict cannot be managed",
               "add acknowledge within 2 Business Days and resolve within 15 Business Days"],
    "subject": "Services agreement: minor home modifications and maintenance for older residents",
    "parties": "Australia (New South Wales); Yarrandale Shire Council (Council); Brindabella Trades Collective Pty Ltd (Contractor)",
    "shapes": "two-level outline numbering (N. chapters, N.M clause headings from text:outline-style); conflicts clause 4.9 only as a tracked "
              "deletion leaving '[Deleted]'; annual probity certificate 4.8 as a tracked insertion with a bookmark-ref to 4.1; hidden "
              "text holding complaint timescales; text box on speaking up; endnote to the Business Day definition; continued numbered "
              "list; pricing table with a sequence caption and spanned cell; precedence/conflict-of-laws, data integrity, non-solicitation "
              "and past-tense tender declaration decoys",
    "expected": """
ES-01 gap  # no Seven Principles or public-office standards for the Contractor; 2.2 "integrity of the data" is a decoy
ES-02 pass  # clause 4.1: "The Contractor must comply with the NSW Government Supplier Code of Conduct"
ES-03 weak  # clause 4.1: "must use reasonable endeavours to ensure that its subcontractors also comply with that Code"
ES-04 pass  # clause 4.2: training "on the Supplier Code of Conduct, conflicts of interest, gifts and benefits and how to speak up" at induction and yearly, with records
ES-05 pass  # clause 4.6: "must not take detrimental action against any person who makes a public interest disclosure" (text box repeats the route)
ES-06 pass  # clause 4.3: no "bribe, secret commission" and "must immediately notify the Council's General Manager of any suspected corrupt conduct or fraud"
ES-07 pass  # clause 5.1: information and assistance to comply with the "Government Information (Public Access) Act 2009 (NSW)" incl. "publication of contract information"
ES-08 weak  # clause 5.2: "The Council may, on five Business Days' notice, inspect and copy the Contractor's records" (no ethics link)
ES-09 pass  # clause 7.1: breach of clause 4 lets the Council "require the Contractor to remove any person involved", a rectification plan or termination
ES-10 pass  # clause 4.7 (tracked insertion): "certificate signed by a director confirming that it has complied with clause" 4 and maintains supporting arrangements
COI-01 gap  # clause 4.8's conflicts duty is only a tracked deletion ("[Deleted]"); 1.2 "conflict or inconsistency" and "conflict of laws" are decoys
COI-02 gap  # the direction and termination power was in the deleted clause 4.8; 7.2 is termination for convenience
COI-03 pass  # clause 4.4: "must record in a gifts and benefits register every gift, benefit or hospitality" (4.3 also bars gifts to Council staff)
COI-04 gap  # clause 3.2 is non-solicitation of Council employees only; nothing on former Council officers
COI-05 pass  # clause 4.5: "declaration of interests, or a nil declaration" from directors and supervisors, kept "in a register of interests" and given to the Council
COI-06 gap  # clause 8.1 is a past-tense exclusion-ground declaration on convictions and insolvency only
CDM-01 pass  # clause 6.1: "must have a written complaints handling procedure for Clients and their families", free and explained
CDM-02 pass  # clause 6.2 list item 3: quarterly report incl. "the number of complaints received, resolved, upheld and not upheld"
CDM-03 weak  # clause 6.4: "The Contractor may ask Clients for feedback" (permissive)
CDM-04 pass  # clause 6.5: "must co-operate with the NSW Ombudsman" in complaint investigations and implement any remedy agreed
CDM-05 pass  # clause 6.3: "analysis of complaints by theme and root cause and the improvement actions"
CDM-06 gap  # clause 6.6 fixes times only for Council queries and invoices; complaint timescales sit only in hidden drafting text in 6.1
""",
})

# ------------------------------------------------------------------ c03: England, domestic abuse safe accommodation support (ODT)
C03_BODY = "".join([
    p("ASHCOMBE COUNTY COUNCIL", "Title"),
    p("Contract for Domestic Abuse Safe Accommodation Support Services (Lot 2: dispersed accommodation)", "Subtitle"),
    toc([(1, "1.", "Definitions", "1"), (1, "2.", "The Services", "1"), (1, "3.", "Staff", "2"), (1, "4.", "Standards and integrity", "2"),
         (1, "5.", "Conflicts, gifts and interests", "2"), (1, "6.", "Survivor complaints", "3"), (1, "7.", "Information and audit", "3"),
         (1, "8.", "Default", "4"), (1, "9.", "General", "4")]),
    p("THIS CONTRACT is dated 14 April 2026 and is made between ASHCOMBE COUNTY COUNCIL of County Hall, Ashcombe (the <text:span>Council</text:span>) "
      "and HARBOURLIGHT WOMEN\u2019S AID, a charitable incorporated organisation (charity number 1190472) (the <text:span>Provider</text:span>)."),
    h(1, "Definitions"),
    cl("1.1", "\u201cService Users\u201d means adults and their children who have experienced domestic abuse and are placed in dispersed safe "
       "accommodation under Part 4 of the Domestic Abuse Act 2021."),
    cl("1.2", "\u201cStaff\u201d means all persons employed or engaged by the Provider to deliver the Services, including volunteers."),
    cl("1.3", "\u201cWorking Day\u201d means any day other than a Saturday, Sunday or a bank holiday in England."),
    h(1, "The Services"),
    cl("2.1", "The Provider shall deliver the Services described in Schedule 1 to up to 36 households at any one time, including:"),
    lst([("start", 1, ("needs and risk assessment within 2 Working Days of placement;", [
            "safety planning with each adult Service User;", "specialist support for children and young people;"])),
         "help to move on to settled housing;", "advocacy with housing, benefits and criminal justice agencies."], "Numbering_20_abc"),
    cl("2.2", "The Provider shall keep the address of every property confidential and shall not disclose it to any person except as required by law."),
    h(1, "Staff"),
    cl("3.1", "The Provider shall ensure that all Staff are appropriately trained and qualified for their roles and complete an induction "
       "programme before working with Service Users."),
    cl("3.2", "No member of Staff shall make any statement to the press, on social media or to any public body about the Services, "
       "Service Users or the Council without the prior written consent of the Council."),
    h(1, "Standards and integrity"),
    cl("4.1", "The Council expects the Provider to act with integrity, objectivity, accountability and openness in delivering the Services."),
    cl("4.2", "The Provider shall adopt, bring to the attention of all Staff and comply with a written code of conduct covering behaviour towards "
       "Service Users, professional boundaries and the use of public money."),
    cl("4.3", "The Provider shall not commit, and shall ensure that Staff do not commit, any offence under the Bribery Act 2010 or the Fraud Act "
       "2006 in connection with this Contract, shall maintain adequate procedures to prevent such offences, and shall notify the Council "
       "promptly of any investigation into such an offence."),
    cl("4.4", "The Provider warrants that it has in place, and will maintain throughout the Contract Period, the structures and arrangements "
       "necessary to support ethical standards in the delivery of the Services." +
       annot("P. Okafor, Commissioning", "Legal: no annual certificate here - intended? Other lots have one.")),
    cl("4.5", "Where the Provider sub-contracts any part of the Services it shall impose on the sub-contractor obligations equivalent to "
       "clauses 2.2 and 7.3 (confidentiality and data protection) and shall require the sub-contractor to hold the insurances in clause 9.2."),
    h(1, "Conflicts, gifts and interests"),
    cl("5.1", "The Provider shall ensure that neither it nor any of its Staff is placed in a position of actual or potential conflict of interest "
       "with its duties under this Contract, and shall notify the Council in writing promptly of any such conflict and of the steps it proposes."),
    cl("5.2", "The Provider may be asked to propose measures to manage a conflict notified under clause 5.1."),
    cl("5.3", "Neither the Provider nor its Staff shall offer or give any gift or hospitality to any officer of the Council involved in this "
       "Contract, and the Provider shall keep a record of all gifts and hospitality offered to or received by Staff from any third party."),
    cl("5.4", "The Provider shall notify the Council before engaging, in connection with this Contract, any person who within the preceding 24 "
       "months was an officer of the Council involved in commissioning domestic abuse services, and shall ensure that no such person uses "
       "information obtained in that office."),
    cl("5.5", "The Council\u2019s commissioning officers complete an annual declaration of interests, which is held by the Council\u2019s "
       "Monitoring Officer."),
    cl("5.6", fmt_change("ct1", "The Provider confirms that it has disclosed to the Council any relationship between its trustees or senior Staff "
       "and any person involved in the award of this Contract, and shall keep that disclosure current during the Contract Period.")),
    h(1, "Survivor complaints"),
    cl("6.1", "The Provider shall establish and operate a complaints procedure for Service Users which is free, available in accessible formats "
       "and languages other than English, and explained to each Service User on arrival."),
    cl("6.2", "The Provider shall acknowledge each complaint within 3 Working Days and send a full response within 20 Working Days, or within "
       "any longer period agreed with the complainant, explaining any delay." + fn("These timescales follow the Council\u2019s corporate "
       "complaints policy, stage 1.")),
    cl("6.3", "The Provider shall co-operate with the Council and with the Local Government and Social Care Ombudsman in the investigation of any "
       "complaint relating to the Services and shall implement any remedy agreed or recommended."),
    cl("6.4", "The Provider is encouraged to review its complaints for recurring themes at least once a year."),
    cl("6.5", "The Provider shall carry out an annual survey of its Staff on wellbeing and supervision and share a summary with the Council."),
    hidden_para("Drafting note: Service User satisfaction survey to be added to Schedule 2 once the Survivor Reference Group has agreed the questions."),
    h(1, "Information and audit"),
    cl("7.1", "The Provider shall assist and co-operate with the Council to enable it to comply with its obligations under the Freedom of "
       "Information Act 2000 and the Environmental Information Regulations 2004, and shall supply any information requested within 5 "
       "Working Days."),
    cl("7.2", "The Council and its internal auditors may audit the Provider\u2019s accounts, invoices and financial records relating to the "
       "Contract Price on reasonable notice."),
    cl("7.3", "The Provider shall comply with the data protection legislation."),
    h(1, "Default"),
    cl("8.1", "If the Provider breaches clause 4.3 or clause 5, the Council may require the removal of any member of Staff concerned from the "
       "Services and may terminate this Contract with immediate effect by written notice."),
    cl("8.2", "The Council may terminate this Contract on six months\u2019 written notice at any time."),
    h(1, "General"),
    cl("9.1", "This Contract is governed by the law of England and Wales."),
    cl("9.2", "The Provider shall hold employer\u2019s liability insurance of at least \u00a35 million and public liability insurance of at least \u00a35 million."),
    section("Schedule2", "".join([
        p("Schedule 2: Performance reporting", "Schedule_20_Heading"),
        p("The Provider shall submit the returns in Table " + seq(1) + " to the Council\u2019s contract manager.", "Text_20_body"),
        table("Returns", 3, ["Return", "Frequency", "Content"], [
            [cell("Quarterly performance return", rows=2), "Quarterly, within 15 Working Days", "Referrals, occupancy, move-on outcomes."],
            [COVERED, "Quarterly, with the return", "Complaints received, upheld, partially upheld and not upheld, response times and actions taken."],
            ["Annual report", "By 31 May", "Summary of the year, staffing and safeguarding referrals."],
        ]),
    ])),
])

CONTRACTS.append({
    "file": "c03-safe-accommodation-support-england.odt", "tool": "lo-fodt",
    "title": "Domestic Abuse Safe Accommodation Support Services Contract", "author": "Ashcombe County Council Legal", "font": "Liberation Serif",
    "header": "OFFICIAL \u2013 SENSITIVE (COMMERCIAL)", "footer": "Ashcombe County Council \u2013 DA Safe Accommodation Lot 2",
    "outline": ("1", "1", "a"), "body": C03_BODY,
    "changes": [("ct1", "format-change", "S. Patel", "2026-04-02T16:40:00")],
    "hidden": ["no annual certificate here - intended?", "Service User satisfaction survey to be added to Schedule 2"],
    "subject": "Contract for support services to survivors of domestic abuse in dispersed safe accommodation",
    "parties": "England; Ashcombe County Council (the Council); Harbourlight Women's Aid (the Provider)",
    "shapes": "generated table of contents; outline chapter headings with typed clause numbers; lettered list restarted at (a) with a "
              "nested list; annotation on 4.4; tracked format change over 5.6; footnote to 6.2; hidden drafting-note paragraph on a "
              "satisfaction survey; Schedule 2 in a text:section with a row-spanned cell; gagging clause 3.2; flow-down of confidentiality, "
              "data and insurance only; buyer-side declarations; financial-only audit; staff survey",
    "expected": """
ES-01 weak  # clause 4.1: "The Council expects the Provider to act with integrity, objectivity, accountability and openness" (four principle words, 'expects')
ES-02 pass  # clause 4.2: "shall adopt, bring to the attention of all Staff and comply with a written code of conduct"
ES-03 gap  # clause 4.5: flow-down of "clauses 2.2 and 7.3 (confidentiality and data protection)" and insurance only, no ethical topic
ES-04 weak  # clause 3.1: "appropriately trained and qualified" and an "induction programme", no ethics topic named
ES-05 gap  # no speaking-up route or protection; clause 3.2 "No member of Staff shall make any statement to the press" is a gagging decoy
ES-06 pass  # clause 4.3: no offence under the "Bribery Act 2010 or the Fraud Act 2006", "adequate procedures" and prompt notice of investigations
ES-07 pass  # clause 7.1: "assist and co-operate with the Council to enable it to comply with its obligations under the Freedom of Information Act 2000"
ES-08 gap  # clause 7.2: audit of "accounts, invoices and financial records relating to the Contract Price" only (financial)
ES-09 pass  # clause 8.1: breach of "clause 4.3 or clause 5" allows removal of Staff and termination
ES-10 weak  # clause 4.4: "warrants that it has in place, and will maintain" supporting structures, but no certificate (annotation is not contract text)
COI-01 pass  # clause 5.1: no "actual or potential conflict of interest" and "notify the Council in writing promptly"
COI-02 weak  # clause 5.2: "The Provider may be asked to propose measures to manage a conflict" (permissive; no direction or termination power)
COI-03 pass  # clause 5.3: no "gift or hospitality to any officer of the Council" and "keep a record of all gifts and hospitality"
COI-04 pass  # clause 5.4: notify before engaging anyone who "within the preceding 24 months was an officer of the Council" and no use of information
COI-05 gap  # clause 5.5: only "The Council's commissioning officers complete an annual declaration of interests" (buyer side)
COI-06 pass  # clause 5.6 (tracked format change, text unchanged): "confirms that it has disclosed to the Council any relationship" and keeps it current
CDM-01 pass  # clause 6.1: "shall establish and operate a complaints procedure for Service Users", free and accessible
CDM-02 pass  # Schedule 2 table: quarterly return of "Complaints received, upheld, partially upheld and not upheld, response times and actions taken"
CDM-03 gap  # clause 6.5 is a staff survey only; the Service User survey sits only in a hidden drafting-note paragraph after 6.5
CDM-04 pass  # clause 6.3: co-operate with "the Local Government and Social Care Ombudsman" and implement any remedy
CDM-05 weak  # clause 6.4: "The Provider is encouraged to review its complaints for recurring themes" (permissive)
CDM-06 pass  # clause 6.2: "acknowledge each complaint within 3 Working Days and send a full response within 20 Working Days"
""",
})

# ------------------------------------------------------------------ c04: Isle of Man, leisure centre operating agreement (ODT)
def _c(num, t):
    return p(num + "<text:s/>" + t, "Clause")


C04_BODY = "".join([
    p("BALLACORKISH TOWN COMMISSIONERS", "Title"),
    p("Leisure Centre Operating Agreement \u2013 Ballacorkish Swimming Pool and Fitness Suite", "Subtitle"),
    p("This Agreement is made on 30 March 2026 between <text:span>the Commissioners of the Town of Ballacorkish</text:span> "
      "(the <text:span>Commissioners</text:span>) and <text:span>Manx Active Leisure Limited</text:span>, a company incorporated in the "
      "Isle of Man with number 131207C (the <text:span>Operator</text:span>)."),
    h(1, "Definitions"),
    _c("1.1", "<text:span>Customer</text:span>: any member of the public using the Facility, including club members and school groups."),
    _c("1.2", "<text:span>Facility</text:span>: the swimming pool, learner pool, fitness suite and changing areas at Station Road, Ballacorkish."),
    _c("1.3", "<text:span>Laws</text:span>: all Acts of Tynwald and subordinate legislation in force from time to time, including the "
       "Bribery Act 2013, the Data Protection (Application of GDPR) Order 2018 and the Health and Safety at Work etc Act 1974 (of Parliament) "
       "as applied to the Island."),
    _c("1.4", "<text:span>Prohibited Act</text:span>: offering, giving or agreeing to give any person any gift or consideration as an "
       "inducement or reward for doing or not doing anything in relation to this Agreement."),
    _c("1.5", "<text:span>Service Complaint</text:span>: a written complaint made by the Commissioners about the Operator\u2019s performance "
       "of this Agreement."),
    h(1, "Operation of the Facility"),
    _c("2.1", "The Operator shall open, staff and manage the Facility for not less than 84 hours a week, in accordance with the Specification."),
    _c("2.2", "The Operator shall comply with the Pool Water Treatment Advisory Group code of practice and with all Laws."),
    _c("2.3", "The Operator shall run a programme of swimming lessons for every primary school on the Island that requests one."),
    _c("2.4", "The Operator shall keep the plant, pool hall and fitness equipment in good repair. The Commissioners remain responsible "
       "for the roof, the structure and the main pool tank, and shall carry out any capital works in the Asset Plan at their own cost "
       "after consulting the Operator on timing."),
    h(1, "Charges and Payment"),
    _c("3.1", "The Operator may set admission charges within the bands in the Specification, but shall offer the Island Leisure Card "
       "concession of 50% to residents receiving income support, pension credit or carer\u2019s allowance, and free swimming to children "
       "under five. The Operator shall publish its charges at the Facility entrance and on its website, and shall give the "
       "Commissioners 28 days\u2019 notice of any increase."),
    _c("3.2", "The Commissioners shall pay the Operator a management fee of \u00a3212,000 a year in twelve equal monthly instalments, "
       "reduced by any deduction for unavailability calculated under the Specification."),
    _c("3.3", "The Operator shall keep all income from admissions, lessons, vending and room hire, and shall share any surplus above "
       "\u00a340,000 in a year equally with the Commissioners."),
    h(1, "Staff"),
    _c("4.1", "The employees of the Commissioners who work at the Facility on the Commencement Date shall transfer to the Operator under "
       "the Transfer of Undertakings (Protection of Employment) Regulations as applied by the Employment Act 2006."),
    _c("4.2", "The Operator shall provide induction and annual refresher training for all staff and sub-contractors on anti-bribery, "
       "conflicts of interest and its gifts and hospitality rules, and shall keep training records for inspection by the Commissioners."),
    _c("4.3", "The Operator is encouraged to have a whistleblowing policy and to make it known to staff."),
    _c("4.4", "Employees of the Commissioners are bound by the Isle of Man Public Service Employees\u2019 Code of Conduct."),
    h(1, "Integrity"),
    _c("5.1", ins("ct1", "The Operator shall observe, and shall ensure that its staff observe, the Seven Principles of Public Life in operating "
       "the Facility.")),
    _c("5.2", "The Operator should notify the Commissioners of any conflict of interest affecting its directors or managers."),
    _c("5.3", "Where a conflict of interest arises, the Commissioners may require the Operator to take any steps they think necessary "
       "to remove it, and may terminate this Agreement if those steps are not taken within 10 Business Days."),
    _c("5.4", "The Operator shall obtain a written declaration of interests (or a nil declaration) from each of its directors and the Facility "
       "manager on appointment and each April, keep a register of interests, give a copy to the Commissioners each year and publish the "
       "names of any of them who have not made a declaration on its website."),
    _c("5.5", "The Operator should consider keeping a gifts and hospitality register."),
    p(dele("ct2")),
    _c("5.6", "The Operator shall procure that each sub-contractor complies with obligations equivalent to those in clauses 4.2 "
       "and 5.1 to 5.5."),
    _c("5.7", "The Commissioners may audit the Operator\u2019s compliance with this clause 5 and with clause 4.2, and shall review the "
       "Operator\u2019s integrity arrangements at each quarterly review meeting."),
    _c("5.8", "The Commissioners shall certify annually to the Department of Infrastructure that their contracts comply with their "
       "financial regulations."),
    h(1, "Information"),
    _c("6.1", "The Operator may be asked to assist the Commissioners in responding to requests under the Freedom of Information Act 2015."),
    _c("6.2", "Each party shall keep the other\u2019s confidential information confidential."),
    h(1, "Customers"),
    _c("7.1", "The Operator shall conduct a Customer satisfaction survey each year and report the results to the Commissioners as set out in "
       "Table " + seq(1) + "."),
    _c("7.2", "Where overall satisfaction falls below 80%, the Operator shall investigate the cause, produce an action plan within 20 "
       "Business Days and agree it with the Commissioners."),
    _c("7.3", "Where a Customer writes to complain, the Operator should aim to acknowledge the complaint within 5 Business Days and respond "
       "within 15 Business Days."),
    _c("7.4", "The Operator is not required to report Customer complaints to the Commissioners."),
    p("Table 1: Reporting", "Caption"),
    table("Reporting", 4, ["Report", "Party", "When", "Content"], [
        ["Usage report", "Operator", "Monthly", "Visits by activity, school lessons delivered"],
        ["Customer survey", "Operator", "Each October", "Satisfaction by activity, comments and the action plan under clause 7.2"],
        ["Service Complaints", "Commissioners", "As they arise", "Written notice to the Operator of any Service Complaint"],
        [cell("Reports go to the Town Clerk by email.", span=4), COVERED, COVERED, COVERED],
    ]),
    h(1, "Disputes and termination"),
    _c("8.1", "Any dispute between the parties shall first be referred to mediation under the CEDR Model Mediation Procedure."),
    _c("8.2", "The Commissioners may terminate this Agreement for convenience on six months\u2019 notice."),
    _c("8.3", "Neither party is liable for failure to perform caused by a Force Majeure Event, including armed conflict."),
    p("Signed for the Commissioners<text:tab/>Signed for the Operator"),
])

C04_DELETED = ("The Operator confirms that it has disclosed to the Commissioners any relationship between its directors and any Commissioner "
               "or officer involved in the award of this Agreement.")

CONTRACTS.append({
    "file": "c04-leisure-centre-operation-isle-of-man.odt", "tool": "lo-fodt",
    "title": "Leisure Centre Operating Agreement", "author": "Town Clerk, Ballacorkish", "font": "Liberation Sans",
    "header": "Ballacorkish Town Commissioners", "footer": "Operating Agreement \u2013 agreed draft 3",
    "outline": ("1", "1", "a"), "body": C04_BODY,
    "changes": [("ct1", "insertion", "Town Clerk", "2026-03-18T11:02:00"),
                ("ct2", "deletion", "Operator's solicitor", "2026-03-20T09:30:00", C04_DELETED)],
    "hidden": ["has disclosed to the Commissioners any relationship between its directors"],
    "subject": "Operating agreement: a town swimming pool and fitness suite run by a leisure company",
    "parties": "Isle of Man; Ballacorkish Town Commissioners (the Commissioners); Manx Active Leisure Limited (the Operator)",
    "shapes": "outline chapter headings with hand-typed clause numbers separated by text:s; Seven Principles duty (5.1) as a tracked "
              "insertion; a tracked deletion (a procurement disclosure) placed before clause 5.6's flow-down; reporting table with Party column and "
              "spanned note row; Prohibited Act definition-only and Bribery Act in a list of Laws; Service Complaint defined as the "
              "Commissioners' complaint; pool code of practice, TUPE, CEDR mediation, armed conflict and buyer-side code and certification decoys",
    "expected": """
ES-01 pass  # clause 5.1 (tracked insertion): "shall observe, and shall ensure that its staff observe, the Seven Principles of Public Life"
ES-02 gap  # clause 4.4 binds only the Commissioners' employees to a code of conduct; 2.2 is a pool water "code of practice"
ES-03 pass  # clause 5.6: "shall procure that each sub-contractor complies with obligations equivalent to those in clauses 4.2 and 5.1 to 5.5"
ES-04 pass  # clause 4.2: "induction and annual refresher training for all staff and sub-contractors on anti-bribery, conflicts of interest" with records
ES-05 weak  # clause 4.3: "The Operator is encouraged to have a whistleblowing policy" (permissive)
ES-06 gap  # "Prohibited Act" only in definition 1.4 and the Bribery Act 2013 only in the list of Laws in 1.3; no duty
ES-07 weak  # clause 6.1: "may be asked to assist the Commissioners in responding to requests under the Freedom of Information Act 2015"
ES-08 pass  # clause 5.7: "The Commissioners may audit the Operator's compliance with this clause 5" and review integrity at quarterly meetings
ES-09 gap  # clause 8.2: termination for convenience only; no remedy tied to an ethical breach
ES-10 gap  # clause 5.8: the only certificate is given by the Commissioners (wrong party) on financial regulations
COI-01 weak  # clause 5.2: "The Operator should notify the Commissioners of any conflict of interest" (permissive)
COI-02 pass  # clause 5.3: "the Commissioners may require the Operator to take any steps they think necessary" and may terminate (8.3 armed conflict is a decoy)
COI-03 weak  # clause 5.5: "The Operator should consider keeping a gifts and hospitality register" (permissive)
COI-04 gap  # clause 4.1 is a TUPE transfer of the Commissioners' employees; nothing on former office holders
COI-05 pass  # clause 5.4: "written declaration of interests (or a nil declaration)", register given to the Commissioners and non-declarers published
COI-06 gap  # the procurement disclosure exists only as tracked-deleted text before clause 5.6
CDM-01 gap  # no Customer complaints procedure: "Service Complaint" (1.5) is the Commissioners' own complaint and 7.3 fixes only hedged timescales
CDM-02 gap  # clause 7.4: "The Operator is not required to report Customer complaints to the Commissioners" (negated)
CDM-03 pass  # clause 7.1 and Table 1: "shall conduct a Customer satisfaction survey each year and report the results to the Commissioners"
CDM-04 gap  # no Ombudsman or independent complaint review; clause 8.1 is CEDR mediation between the parties
CDM-05 pass  # clause 7.2: below 80% "the Operator shall investigate the cause, produce an action plan"
CDM-06 weak  # clause 7.3: "should aim to acknowledge the complaint within 5 Business Days and respond within 15 Business Days"
""",
})

# ------------------------------------------------------------------ c05: Ontario, winter drop-in services (DOCX by pandoc -> gfm)
C05_SRC = r"""
---
title: "Purchase of Service Agreement: Winter Overnight Drop-In Program 2026-2027"
---

**City of Kestrel Falls** -- Social Services Division

Agreement No. KF-SS-2026-017

This Agreement is made between **The Corporation of the City of Kestrel Falls** (the "City") and **Northshore Community
Health Hub Inc.**, an Ontario not-for-profit corporation (the "Service Provider").

# Article 1 -- Interpretation

1.1 In this Agreement, "Clients" means people experiencing homelessness or housing precarity who attend the Program, and
"Program" means the overnight drop-in described in Schedule A.

1.2 If there is a conflict between the body of this Agreement and a Schedule, the body of this Agreement governs.

1.3 Dollar amounts are in Canadian dollars and exclude HST.

# Article 2 -- The Program

2.1 The Service Provider shall operate the Program at 44 Mill Street from 1 November 2026 to 31 March 2027, nightly from
9 p.m. to 7 a.m., and shall:

a)  provide a safe, warm and low-barrier space for up to 40 Clients each night;
b)  offer hot drinks, a snack and a breakfast;
c)  connect Clients with housing, health and income supports, including:
    i)  referrals to the City's Coordinated Access system; and
    ii) on-site visits by the street outreach nurse twice a week.

2.2 The Service Provider shall maintain the accuracy and integrity of all data entered in the Homeless Individuals and
Families Information System (HIFIS).

2.3 The Service Provider shall not subcontract any part of the Program without the City's prior written consent, and
remains liable for the acts and omissions of any subcontractor as if they were its own.

2.4 The Service Provider shall staff the Program with at least three trained workers on site at all times, one of whom
holds current naloxone and first aid certification, and shall not admit more Clients than the fire code occupancy
limit allows.

2.5 The Service Provider shall keep a nightly log of attendance, incidents and referrals, and shall notify the City's
on-call manager within one hour of any serious incident, including an overdose, a death or a police attendance.

# Article 3 -- Funding

3.1 The City shall pay the Service Provider up to \$386,500 for the Program in the instalments set out in Schedule B.

The City may hold back 10% of the final instalment until it has accepted the final report.

3.2 The Service Provider shall keep separate accounts for the Program, and the City or its auditor may inspect and audit
the Service Provider's books and records relating to this Agreement on reasonable notice.

# Article 4 -- Staff and Conduct

4.1 The Service Provider shall adopt and comply with a written code of business conduct that applies to its directors,
staff and volunteers working on the Program.

4.2 The Service Provider shall ensure that every staff member and volunteer completes training on its code of business
conduct, on conflicts of interest and on how to use its confidential reporting line before their first shift and every
year afterwards, and shall keep records of that training.

4.3 The Service Provider shall maintain a confidential reporting line through which staff, volunteers and Clients can
report suspected wrongdoing, and shall not dismiss, discipline or otherwise take reprisal against any person who makes a
report in good faith, whether to the Service Provider or to the City.

4.4 The Service Provider should maintain anti-corruption procedures proportionate to its size.

4.5 The Service Provider may provide the City with an annual statement on its ethical practices.

# Article 5 -- Conflicts of Interest and Gifts

5.1 The Service Provider shall avoid any actual, potential or perceived conflict of interest, whether of the Service
Provider or of its directors, staff or volunteers, and shall disclose any such conflict to the City in writing
immediately upon becoming aware of it.

5.2 Neither the Service Provider nor any of its directors, staff or volunteers shall offer any gift, hospitality or other
benefit to a City employee or member of Council, and the Service Provider shall keep a register of every gift or
hospitality offered to or received by its staff in connection with the Program.

5.3 The Service Provider shall not, without the City's prior written approval, engage on the Program any former City
employee who, within the twelve months before the engagement, was involved in the procurement or management of this
Agreement.

5.4 The City may ask the Service Provider's managers to complete declarations of interest.

# Article 6 -- Client Concerns

6.1 The Service Provider should have a process for Clients to raise complaints about the Program.

6.2 Every complaint from a Client shall be acknowledged by the Service Provider within 2 business days and answered in
writing within 10 business days.

6.3 The Service Provider shall report to the City each quarter the number of Client complaints received and resolved,
their subject and the action taken.

6.4 The City will survey Clients each February about the Program and publish the results in its annual homelessness
report.

6.5 The Service Provider may be asked to co-operate with the Ontario Ombudsman if a Client complains to the Ombudsman about the
Program.

# Article 7 -- Information and Privacy

7.1 The Service Provider acknowledges that the City is subject to the *Municipal Freedom of Information and Protection of
Privacy Act*, R.S.O. 1990, c. M.56, and shall provide any records the City needs to respond to a request under that Act
within five business days of being asked.

7.2 The Service Provider shall protect Clients' personal health information in accordance with the *Personal Health
Information Protection Act, 2004*.

# Article 8 -- Default and Termination

8.1 If the Service Provider breaches Article 4 or Article 5, the City may require it to remove any person responsible from
the Program, suspend funding, or terminate this Agreement on written notice.

8.2 The City may terminate this Agreement without cause on 60 days' written notice.

# Schedule A -- Program Reporting

| Report | Due | Contents |
|---|---|---|
| Monthly occupancy | 10th of the following month | Nightly attendance, turn-aways, referrals |
| Quarterly report | 15 days after quarter end | Complaints received and resolved, subjects, actions; incidents |
| Final report | 30 April 2027 | Outcomes, housing placements, staffing |

Signed for the City: ______________________ Signed for the Service Provider: ______________________
"""

CONTRACTS.append({
    "file": "c05-winter-drop-in-ontario.md", "tool": "pandoc-gfm", "pandoc_src": C05_SRC,
    "hidden": [],
    "subject": "Purchase of service agreement: a municipal winter overnight drop-in for people experiencing homelessness",
    "parties": "Canada (Ontario); The Corporation of the City of Kestrel Falls (the City); Northshore Community Health Hub Inc. (the Service Provider)",
    "shapes": "Word document (pandoc markdown -> DOCX) converted by pandoc -t gfm: Articles as ATX headings, typed 1.1 numbers as plain "
              "paragraphs, lettered list with nested roman list turned into gfm ordered lists, a pipe table, bold party names and "
              "italic statute titles; data integrity, precedence 'conflict', consent and liability for subcontractors, financial audit, "
              "City's own survey and termination without cause decoys; hedges ('should', 'may provide', 'may ask', 'may be asked to')",
    "expected": """
ES-01 gap  # no Seven Principles or public-office standards; clause 2.2 "accuracy and integrity of all data" is a decoy
ES-02 pass  # clause 4.1: "shall adopt and comply with a written code of business conduct"
ES-03 gap  # clause 2.3: consent to subcontract and liability for subcontractors only, no ethical flow-down
ES-04 pass  # clause 4.2: training "on its code of business conduct, on conflicts of interest and on how to use its confidential reporting line", yearly, with records
ES-05 pass  # clause 4.3: "confidential reporting line" and no "reprisal against any person who makes a report in good faith"
ES-06 weak  # clause 4.4: "should maintain anti-corruption procedures" (permissive)
ES-07 pass  # clause 7.1: "shall provide any records the City needs to respond to a request" under the Municipal Freedom of Information and Protection of Privacy Act
ES-08 weak  # clause 3.2: the City may "inspect and audit the Service Provider's books and records relating to this Agreement" (no ethics link)
ES-09 pass  # clause 8.1: "If the Service Provider breaches Article 4 or Article 5" the City may require removal, suspend funding or terminate
ES-10 weak  # clause 4.5: "may provide the City with an annual statement on its ethical practices" (permissive)
COI-01 pass  # clause 5.1: "shall avoid any actual, potential or perceived conflict of interest" and disclose it to the City in writing immediately (1.2 precedence is a decoy)
COI-02 gap  # no mitigation, direction or termination for conflicts: clause 8.1 covers Article 5 breaches only and 8.2 is without cause
COI-03 pass  # clause 5.2: no "gift, hospitality or other benefit" to City staff and "shall keep a register of every gift or hospitality"
COI-04 pass  # clause 5.3: no engagement of "any former City employee" involved in the procurement within twelve months without approval
COI-05 weak  # clause 5.4: "The City may ask the Service Provider's managers to complete declarations of interest" (permissive, no register)
COI-06 gap  # no confirmation of disclosed relationships with those involved in the award anywhere in Articles 1-8
CDM-01 weak  # clause 6.1: "should have a process for Clients to raise complaints" (permissive)
CDM-02 pass  # clause 6.3: "report to the City each quarter the number of Client complaints received and resolved" (Schedule A repeats it)
CDM-03 gap  # clause 6.4: "The City will survey Clients" (wrong party); nothing binds the Service Provider
CDM-04 weak  # clause 6.5: "may be asked to co-operate with the Ontario Ombudsman" (permissive)
CDM-05 gap  # clause 6.3 and Schedule A ask for complaint counts only; no analysis of themes, no action plans, no learning
CDM-06 pass  # clause 6.2: "acknowledged by the Service Provider within 2 business days and answered in writing within 10 business days"
""",
})

CONTRACTS.sort(key=lambda c: c["file"])
