# -*- coding: utf-8 -*-
"""Contract texts and verdicts for blind set 27 (DOCX as Microsoft Word writes it, second round).

Written from the rule catalogue alone (../shared/rule-catalogue.md). Each contract is a dict:
blocks (see make-blind-set27.py: Writer.blocks / Writer.token for the inline {tag:...} markup),
verdicts as (RULE, pass|weak|gap, why naming the clause, quoted evidence or None),
absent = (kind, text) pairs that are in the file but are not contract text, once = text that
must appear exactly once in the contract text, labels = numbering labels that must be produced.
"""

RULES = ["ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
         "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
         "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06"]

CONTRACTS = []

# ------------------------------------------------------------------------------------------ c01
CONTRACTS.append({
    "file": "c01-paratransit-eligibility-oregon",
    "title": "Professional Services Agreement: ADA Paratransit Eligibility and Trip Scheduling",
    "subject": "ADA paratransit eligibility assessments and trip scheduling call centre",
    "jurisdiction": "US county (Oregon), law-firm professional services agreement with ARTICLE / Section numbering",
    "parties": "Tamarack County, Oregon (County); Cascade Ride Partners, LLC (Contractor)",
    "where": "isLgl Section 1.01 numbering; comment with reply stating a gifts duty (not contract text); hidden drafting note holding an annual certificate; REF and HYPERLINK fields; smartTag address; County-only statements of economic interest; mediation decoy",
    "scheme": "article", "page": "Letter", "marking": "PUBLIC RECORD", "header": "Tamarack County Contract No. PSA 26-0417",
    "footer": "PSA 26-0417", "footer2": "Form approved by Office of County Counsel", "company": "Tamarack County",
    "author": "Dana Whitcomb", "author2": "Office of County Counsel",
    "props": {"ContractNo": "PSA 26-0417", "Lot": "1"},
    "labels": ["ARTICLE I", "Section 1.01", "ARTICLE VII", "Section 7.03", "(a)"],
    "blocks": [
        ("title", "PROFESSIONAL SERVICES AGREEMENT"),
        ("sub", "ADA Paratransit Eligibility and Trip Scheduling - Contract No. {prop:ContractNo|PSA 26-0417}"),
        ("p", "This Professional Services Agreement (this \"Agreement\") is made and entered into as of July 1, 2026 (the \"Effective Date\") by and between Tamarack County, a political subdivision of the State of Oregon (\"County\"), acting by and through its Department of Transportation, and Cascade Ride Partners, LLC, an Oregon limited liability company whose principal office is at {smart:address|4120 SW Alder Ridge Road, Bend, Oregon 97702} (\"Contractor\")."),
        ("p", "WHEREAS, County operates demand-response paratransit service under the Americans with Disabilities Act of 1990 and wishes to engage a qualified firm to determine rider eligibility and to schedule trips; and WHEREAS, Contractor was selected through Request for Proposals No. 2026-11; NOW, THEREFORE, the parties agree as follows:"),
        ("h", 1, "Definitions and Interpretation"),
        ("n", 1, "\"Services\" means the eligibility assessment, call centre, reservation and scheduling services described in Exhibit A. \"Rider\" means a person who applies for or is certified as eligible for paratransit service. \"Personnel\" means Contractor's employees and agents performing the Services (but not its subcontractors)."),
        ("n", 1, "In the event of any conflict between this Agreement and an Exhibit, this Agreement controls. Headings are for convenience only."),
        ("h", 1, "Term and Services"),
        ("n", 1, "This Agreement runs from the Effective Date to June 30, 2029 and may be extended by County for two further periods of one year each by written notice."),
        ("n", 1, "Contractor shall perform the Services in a professional manner, in accordance with 49 C.F.R. Part 37, and shall answer ninety percent of reservation calls within two minutes during service hours."),
        ("n", 1, "Contractor shall staff the call centre from 7:00 a.m. to 7:00 p.m. seven days a week and shall provide TTY and Oregon Relay access for Riders who are deaf or hard of hearing."),
        ("h", 1, "Compensation"),
        ("n", 1, "County shall pay Contractor the rates in Exhibit B within thirty days of receipt of a correct invoice. Total compensation shall not exceed $2,940,000 over the initial term."),
        ("n", 1, "Contractor shall maintain complete and accurate financial records of all costs charged to this Agreement for six years after final payment."),
        ("h", 1, "Standards of Conduct"),
        ("n", 1, "In performing the Services, Contractor shall, and shall require its Personnel to, act in accordance with the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership, and shall notify County promptly of any departure from them."),
        ("n", 1, "County expects Contractor to adopt and maintain a written code of business conduct for its employees that is at least as demanding as the County's Supplier Code of Conduct."),
        ("n", 1, "Contractor shall ensure that all Personnel complete ethics training covering conflicts of interest, gifts, anti{nbh}kickback rules and how to report concerns within thirty days of assignment and annually thereafter, and shall make training records available to County on request."),
        ("n", 1, "Contractor shall maintain a confidential hotline through which Personnel may report suspected fraud, waste, abuse or ethical misconduct, shall report any such suspected breach to County within five business days, and shall not discharge, demote or otherwise retaliate against any whistleblower who in good faith reports a concern to Contractor, to County or to a government agency."),
        ("n", 1, "Contractor shall not offer, give or accept any kickback, bribe, inducement or reward in connection with this Agreement, shall maintain adequate procedures to prevent bribery and fraud by its Personnel, and shall immediately notify County of any breach of this Section or of any investigation relating to it."),
        ("n", 1, "Contractor shall require each subcontractor to carry the insurance described in {ref:_Ref201|Section 9.02} and shall remain responsible for the acts and omissions of its subcontractors. {hid:[Drafting note - County Counsel: if the ethics package is adopted, add: Contractor shall, within twenty business days of the Effective Date and annually thereafter, certify in writing to County that it has complied with this Article and has in place the arrangements necessary to support it.]}"),
        ("h", 1, "Conflicts of Interest"),
        ("n", 1, "Contractor shall take all necessary steps to ensure that neither Contractor nor any of its Personnel is placed in a position where a personal, professional or financial interest conflicts or may conflict with the interests of County or the Riders, and shall promptly notify County in writing of any actual, potential or perceived conflict of interest."),
        ("n", 1, "Where a conflict of interest arises, Contractor shall take the steps County reasonably directs to manage or remove the conflict, and County may terminate this Agreement under Section 7.03 if the conflict cannot be managed to County's satisfaction."),
        ("n", 1, "Contractor certifies that it disclosed in its proposal every relationship between Contractor, its owners or key Personnel and any County employee or evaluator involved in Request for Proposals No. 2026-11, and shall keep that disclosure current throughout the term."),
        ("n", 1, "Contractor should notify County before engaging, in connection with the Services, any person who was a County employee within the preceding two years."),
        ("n", 1, "County officers who administer this Agreement {c:Legal: Contractor shall also keep a register of all gifts and hospitality offered to or by its Personnel and shall not give any gift to County staff.//Please confirm with Procurement before signature.|file annual statements of economic interest with the Oregon Government Ethics Commission|Procurement: agreed in principle; to be picked up in the next template revision.} and are subject to ORS Chapter 244."),
        ("h", 1, "Rider Complaints and Performance Reporting"),
        ("n", 1, "Contractor shall establish, publicize and operate a written complaints procedure, accessible in alternative formats, for Riders to complain about eligibility decisions, reservations, scheduling or any other matter connected with the Services."),
        ("n", 1, "Contractor shall acknowledge each Rider complaint within three business days of receipt and shall send a written response within fifteen business days, explaining any delay in writing."),
        ("n", 1, "Contractor shall deliver to County, by the tenth day of each month, a performance report that includes:"),
        ("n", 2, "call answer times and trip denials;"),
        ("n", 2, "the number of Rider complaints received, resolved, upheld and not upheld, with their themes and the time taken to respond; and"),
        ("n", 2, "eligibility determinations issued and appeals lodged."),
        ("n", 1, "Contractor shall analyse complaint trends each quarter, identify root causes, and agree with County an action plan for any theme that recurs in two consecutive quarters."),
        ("n", 1, "Contractor may conduct Rider satisfaction surveys and may share the results with County at the annual review."),
        ("n", 1, "Contractor shall use reasonable efforts to assist County in responding to requests under the Oregon Public Records Law and in publishing transparency information about the Services."),
        ("h", 1, "Records, Audit and Termination"),
        ("n", 1, "County and its auditors may inspect and copy Contractor's books and records relating to this Agreement on reasonable notice during normal business hours."),
        ("n", 1, "County may suspend payment for, or require Contractor to remedy, any failure to perform the Services in accordance with this Agreement."),
        ("n", 1, "{bm:_Ref207|County may terminate this Agreement on ten days' written notice if Contractor or any of its Personnel breaches Article IV (Standards of Conduct) or Article V (Conflicts of Interest), and may require Contractor to remove from the Services any person whose conduct caused the breach.}"),
        ("n", 1, "Either party may terminate this Agreement for convenience on ninety days' written notice."),
        ("h", 1, "Disputes"),
        ("n", 1, "The parties shall attempt in good faith to resolve any dispute through non-binding mediation in Deschutes County before either commences litigation. This Agreement is governed by the laws of the State of Oregon."),
        ("h", 1, "Insurance and Indemnity"),
        ("n", 1, "Contractor shall defend and indemnify County against third-party claims arising from Contractor's negligent acts or omissions."),
        ("n", 1, "{bm:_Ref201|Contractor shall maintain commercial general liability insurance of not less than $2,000,000 per occurrence, automobile liability and professional liability insurance, naming County as additional insured.}"),
        ("h", 1, "General"),
        ("n", 1, "Notices shall be in writing and delivered to the addresses above. Contractor's contact for Rider matters is listed at {hl:https://www.tamarackcounty.example/paratransit|tamarackcounty.example/paratransit}. Contractor shall comply with the {link:https://www.ada.gov/|Americans with Disabilities Act} and all applicable federal, state and local laws."),
        ("n", 1, "This Agreement, together with Exhibits A and B, is the entire agreement of the parties and may be amended only in writing signed by both parties."),
        ("p", "IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date. {sym:F0FC}"),
        ("table", [["TAMARACK COUNTY", "CASCADE RIDE PARTNERS, LLC"],
                   ["By: Marisol Ortega{cr}Director of Transportation", "By: Glen Haverty{cr}Managing Member"]], {"head": 1}),
    ],
    "verdicts": [
        ("ES-01", "pass", "Section 4.01: Contractor shall act in accordance with the seven principles (all seven words), with notice of departures", "act in accordance with the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership"),
        ("ES-02", "weak", "Section 4.02: 'County expects Contractor to adopt ... a written code of business conduct' (expects)", "County expects Contractor to adopt and maintain a written code of business conduct"),
        ("ES-03", "gap", "Section 4.06 flows down insurance only and makes Contractor liable for subcontractors; the ethics flow-down appears nowhere", None),
        ("ES-04", "pass", "Section 4.03: ethics training on conflicts, gifts, anti-kickback and reporting concerns, annually, records available", "shall ensure that all Personnel complete ethics training covering conflicts of interest"),
        ("ES-05", "pass", "Section 4.04: confidential hotline, report suspected breaches to County, no retaliation against a good-faith whistleblower", "shall not discharge, demote or otherwise retaliate against any whistleblower"),
        ("ES-06", "pass", "Section 4.05: no kickback, bribe or inducement; adequate procedures; immediate notice of breaches and investigations", "shall maintain adequate procedures to prevent bribery and fraud"),
        ("ES-07", "weak", "Section 6.06: 'shall use reasonable efforts to assist County' with public records requests and transparency information", "shall use reasonable efforts to assist County in responding to requests under the Oregon Public Records Law"),
        ("ES-08", "weak", "Section 7.01: a general right to inspect books and records, naming neither ethics nor Article IV", "County and its auditors may inspect and copy Contractor's books and records"),
        ("ES-09", "pass", "Section 7.03: termination for breach of Article IV (Standards of Conduct) or Article V and removal of the person responsible", "County may terminate this Agreement on ten days' written notice if Contractor or any of its Personnel breaches Article IV"),
        ("ES-10", "gap", "the only certificate is a hidden drafting note (w:vanish) in Section 4.06, not contract text; no other assurance or certificate", None),
        ("COI-01", "pass", "Section 5.01: Contractor and Personnel must avoid interests that conflict or may conflict and notify County promptly", "shall promptly notify County in writing of any actual, potential or perceived conflict of interest"),
        ("COI-02", "pass", "Section 5.02: Contractor manages or removes the conflict as County directs; County may terminate under Section 7.03", "shall take the steps County reasonably directs to manage or remove the conflict"),
        ("COI-03", "gap", "the gifts and hospitality duty is only in a comment on Section 5.05 (comments are not contract text); no gifts clause in the Agreement", None),
        ("COI-04", "weak", "Section 5.04: Contractor 'should notify County' before engaging a former County employee", "should notify County before engaging, in connection with the Services, any person who was a County employee"),
        ("COI-05", "gap", "Section 5.05: statements of economic interest are filed by County officers only (wrong party); no Contractor register", None),
        ("COI-06", "pass", "Section 5.03: Contractor certifies it disclosed every relationship with County evaluators in the RFP and keeps it current", "certifies that it disclosed in its proposal every relationship between Contractor"),
        ("CDM-01", "pass", "Section 6.01: a written, publicized, accessible complaints procedure for Riders", "shall establish, publicize and operate a written complaints procedure"),
        ("CDM-02", "pass", "Section 6.03(b): monthly report of complaints received, resolved, upheld and not upheld, themes and response times", "the number of Rider complaints received, resolved, upheld and not upheld"),
        ("CDM-03", "weak", "Section 6.05: Contractor 'may conduct Rider satisfaction surveys'", "Contractor may conduct Rider satisfaction surveys"),
        ("CDM-04", "gap", "Article VIII is mediation between the parties (decoy); no ombudsman or independent complaint review", None),
        ("CDM-05", "pass", "Section 6.04: quarterly complaint trend analysis, root causes and an agreed action plan", "shall analyse complaint trends each quarter, identify root causes"),
        ("CDM-06", "pass", "Section 6.02: acknowledge within three business days, respond within fifteen business days", "shall acknowledge each Rider complaint within three business days"),
    ],
    "absent": [("hidden", "certify in writing to County that it has complied with this Article"),
               ("comment", "shall not give any gift to County staff"),
               ("comment", "agreed in principle")],
})

# ------------------------------------------------------------------------------------------ c02
CONTRACTS.append({
    "file": "c02-interpreting-calloff-order",
    "title": "Call-Off Order Form: Community Language Interpreting (Lot 2)",
    "subject": "Face-to-face and telephone community language interpreting for council social care and housing",
    "jurisdiction": "English metropolitan council, call-off order form under a regional framework, options chosen by Word tick boxes",
    "parties": "Harrowdene Metropolitan Borough Council (Buyer); Lingomesh Interpreting Ltd (Supplier)",
    "where": "order form tables with ticked and unticked check-box options (only ticked ones bind); placeholder text in the termination and complaint-timescale fields; nested IF field choosing the Lot 2 text; precedence 'conflict' and exclusion-ground declaration decoys; Schedule 1 KPI table",
    "scheme": "decimal", "marking": "OFFICIAL", "header": "Northern Councils Language Services Framework NCF/LS/24", "footer": "Order Ref HMBC-LS-2026-031",
    "footer2": "Call-Off Order Form v3.2", "company": "Harrowdene MBC", "author": "Priya Kandola", "author2": "Category Manager",
    "props": {"OrderRef": "HMBC-LS-2026-031", "Lot": "2"},
    "labels": ["1.", "2.3", "Schedule 1", "1.2"],
    "blocks": [
        ("title", "CALL-OFF ORDER FORM"),
        ("sub", "Community Language Interpreting - Order Reference {prop:OrderRef|HMBC-LS-2026-031}"),
        ("p", "This Order Form is issued under the Northern Councils Language Services Framework Agreement NCF/LS/24 (the Framework). It creates a Call-Off Contract between the Buyer and the Supplier named below on the Call-Off Terms of the Framework as completed and varied by this Order Form. Where a box is ticked the option applies; an unticked option does not form part of the Call-Off Contract."),
        ("h", 1, "Parties and key details"),
        ("table", [["Item", "Detail"],
                   ["Buyer", "Harrowdene Metropolitan Borough Council, Civic Centre, Market Street, Harrowdene HD1 2AA"],
                   ["Supplier", "{sdt:Supplier name|Lingomesh Interpreting Ltd} (company number 08841207)"],
                   ["Lot", "{if:Lot|2|Lot 2: face-to-face and telephone interpreting for adult social care, children's services and housing|Lot 1: written translation only|Lot 2: face-to-face and telephone interpreting for adult social care, children's services and housing|2}"],
                   ["Start Date", "1 April 2026"],
                   ["Expiry Date", "31 March 2028, extendable by the Buyer for up to 12 months"],
                   ["Charges", "As set out in Schedule 1, paragraph 1.3; estimated total value GBP 640,000"],
                   [{"t": "Buyer's authorised representative", "vm": "restart"}, "Priya Kandola, Category Manager"],
                   [{"t": "", "vm": "cont"}, "Deputy: Tom Ashworth, Contracts Officer"]], {"widths": [3000, 6000]}),
        ("h", 1, "The services"),
        ("n", 1, "The Supplier shall provide qualified interpreters in the languages listed in Schedule 1 for assessments, reviews, tenancy visits and meetings arranged by Buyer staff, on 48 hours' notice or within 2 hours for urgent requests."),
        ("n", 1, "All Supplier Staff shall be appropriately trained and qualified, holding at least a Level 3 community interpreting qualification, and the Supplier shall give each new interpreter an induction before their first assignment."),
        ("n", 1, "The Supplier shall ensure that every interpreter working with children or adults at risk holds an enhanced DBS check, follows the Buyer's safeguarding procedures, and reports any safeguarding concern to the Buyer's duty team on the same day. Interpreters shall interpret accurately and impartially and shall not give advice to service users."),
        ("n", 1, "In the event of any conflict between this Order Form and the Call-Off Terms, this Order Form prevails, save that nothing in this Order Form reduces the Supplier's obligations under the Framework."),
        ("h", 1, "Optional clauses"),
        ("p", "Tick the optional clauses that apply to this Call-Off Contract."),
        ("p", "{cb:1}Joint Schedule 5 (Corporate Social Responsibility) applies. The Supplier shall meet the standards set out in the Supplier Code of Conduct and shall ensure that Supplier Staff do so when interpreting for the Buyer."),
        ("p", "{cb:1}Supply chain. The Buyer expects the Supplier's sub-contractors and freelance interpreters to meet the standards set out in the Supplier Code of Conduct."),
        ("p", "{cb:0}Public life. The Supplier shall comply with, and ensure its Staff comply with, the Seven Principles of Public Life when delivering the Services."),
        ("p", "{cb:0}Speaking up. The Supplier shall operate a whistleblowing policy allowing Supplier Staff to raise concerns with the Buyer or a Prescribed Person, and shall not subject any person to detriment for doing so."),
        ("p", "{cb:0}Former Buyer employees. The Supplier shall notify the Buyer before engaging any former employee of the Buyer who left within the previous two years and who was involved in this procurement."),
        ("p", "{cb:1}Gifts and hospitality. The Supplier shall keep a gifts and hospitality register recording every gift or hospitality offered to or by Supplier Staff in connection with the Call-Off Contract, shall not offer any gift or hospitality to any Buyer officer, and shall provide the register to the Buyer each quarter."),
        ("p", "{cb:0}Service user survey. The Supplier shall survey service users and Buyer staff on interpreter quality every six months, report the results to the Buyer and agree an improvement plan where satisfaction falls below 85%."),
        ("h", 1, "Integrity"),
        ("n", 1, "The Supplier shall not commit, and shall procure that Supplier Staff do not commit, any Prohibited Act, shall maintain adequate policies and procedures to prevent bribery and fraud, and shall notify the Buyer immediately if it becomes aware of any breach of this clause 4.1 or of any investigation into a Prohibited Act."),
        ("n", 1, "The Supplier shall, within 20 Working Days of the Start Date and then annually, certify in writing to the Buyer that it has complied with clause 4.1."),
        ("n", 1, "The Buyer, and any Auditor it appoints, may audit the Supplier's compliance with clause 4.1 and with Joint Schedule 5 and the Supplier Code of Conduct, and the Supplier shall give any Auditor access to its premises, records and Supplier Staff for that purpose."),
        ("n", 1, "Supplier Staff shall keep confidential all information about service users and the Buyer obtained in the course of the Services and may not make any public statement about the Services without the Buyer's written consent."),
        ("n", 1, "The Supplier confirms that none of the mandatory or discretionary exclusion grounds in regulations 57 and 58 of the Public Contracts Regulations 2015 applies to it, as stated in its Framework selection questionnaire."),
        ("h", 1, "Transparency"),
        ("n", 1, "The Supplier shall give the Buyer full co-operation and the information it needs to publish the Transparency Information for this Call-Off Contract and to respond to any request under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004, within 5 Working Days of the Buyer's request."),
        ("h", 1, "Complaints and performance"),
        ("n", 1, "Complaints from service users about interpreting are received and investigated by the Buyer under its corporate Compliments and Complaints Policy; the Supplier's own complaints procedure does not apply to the Services."),
        ("n", 1, "The Supplier shall acknowledge any complaint referred to it by the Buyer within {ph:Click or tap here to enter text.} and provide its account of the facts."),
        ("n", 1, "The Supplier shall report to the Buyer each month, against the KPIs in Schedule 1, the number of complaints received about its interpreters, their outcome and the action taken."),
        ("n", 1, "Where a complaint is referred to the Local Government and Social Care Ombudsman, the Supplier shall co-operate with the Ombudsman's investigation, answer its questions, provide information and attend any meeting, and shall implement any recommendation the Buyer accepts."),
        ("h", 1, "Termination"),
        ("n", 1, "Additional termination events: {ph:[Insert any additional termination events agreed with the Supplier]}"),
        ("n", 1, "The Buyer may terminate this Call-Off Contract for convenience on three months' written notice."),
        ("h", 1, "Special terms"),
        ("sdt", "Special Terms", [
            ("n", 1, "Special Term 1: The Supplier shall provide British Sign Language interpreters through its approved sub-contractor Signwell CIC, and shall remain responsible for that sub-contractor's performance."),
            ("n", 1, "Special Term 2: Interpreters shall carry photographic identification issued by the Supplier and an enhanced DBS certificate dated within the last three years."),
        ]),
        ("sch", "Charges and Key Performance Indicators"),
        ("sn", 1, "Languages: Arabic, Bengali, Farsi, Kurdish Sorani, Pashto, Polish, Romanian, Tigrinya, Ukrainian, Urdu and British Sign Language; others on request."),
        ("sn", 1, "The Supplier shall meet the KPIs in the table below and shall report performance against each KPI monthly."),
        ("table", [["KPI", "Measure", "Target", "Reported by"],
                   ["KPI 1", "Bookings filled within the notice period", "97%", "Supplier, monthly"],
                   ["KPI 2", "Interpreter arrives on time", "95%", "Supplier, monthly"],
                   ["KPI 3", "Complaints about interpreters per 1,000 bookings, with outcome", "fewer than 3", "Supplier, monthly"],
                   ["KPI 4", "Buyer staff satisfaction", {"t": "Not used", "span": 2}]], {"widths": [1200, 4200, 1600, 2000]}),
        ("sn", 1, "Charges: GBP 38 per hour face-to-face (minimum one hour), GBP 1.10 per minute by telephone, travel paid at 45p per mile; invoices monthly in arrears."),
        ("p", "Signed for the Buyer: Priya Kandola, Category Manager, 12 March 2026{ptab}Signed for the Supplier: Anca Petrescu, Director, 12 March 2026"),
    ],
    "verdicts": [
        ("ES-01", "gap", "the Public life option in clause 3 (Optional clauses) is an unticked box, so it does not form part of the contract; nothing else binds the Supplier to the principles", None),
        ("ES-02", "pass", "clause 3 (Optional clauses) ticked option (Joint Schedule 5): the Supplier shall meet the standards set out in the Supplier Code of Conduct", "The Supplier shall meet the standards set out in the Supplier Code of Conduct"),
        ("ES-03", "weak", "clause 3 (Optional clauses) ticked option 'Supply chain': 'The Buyer expects the Supplier's sub-contractors ... to meet the standards' (expects)", "The Buyer expects the Supplier's sub-contractors and freelance interpreters to meet the standards"),
        ("ES-04", "weak", "clause 2.2: generic 'appropriately trained and qualified' and an induction, no ethics topic named", "All Supplier Staff shall be appropriately trained and qualified"),
        ("ES-05", "gap", "the Speaking up option in clause 3 (Optional clauses) is unticked; clause 4.4 is confidentiality with a no-public-statement gag (adverse)", None),
        ("ES-06", "pass", "clause 4.1: no Prohibited Act, adequate procedures, immediate notice of breaches and investigations", "shall maintain adequate policies and procedures to prevent bribery and fraud"),
        ("ES-07", "pass", "clause 5.1: full co-operation to publish the Transparency Information and answer FOIA and EIR requests", "full co-operation and the information it needs to publish the Transparency Information"),
        ("ES-08", "pass", "clause 4.3: the Buyer may audit compliance with clause 4.1, Joint Schedule 5 and the Supplier Code of Conduct, with Auditor access", "may audit the Supplier's compliance with clause 4.1 and with Joint Schedule 5"),
        ("ES-09", "gap", "clause 7.1 is a content control still showing its placeholder (not contract text); clause 7.2 is termination for convenience only", None),
        ("ES-10", "weak", "clause 4.2: an annual certificate limited to clause 4.1 (anti-bribery), a one-topic certificate", "certify in writing to the Buyer that it has complied with clause 4.1"),
        ("COI-01", "gap", "'conflict' appears only in the precedence wording of clause 2.4 (decoy); no conflict-of-interest duty", None),
        ("COI-02", "gap", "no conflict mitigation, direction or termination right in any clause of the order form", None),
        ("COI-03", "pass", "clause 3 (Optional clauses) ticked option 'Gifts and hospitality': register, no gifts to Buyer officers, quarterly to the Buyer", "shall keep a gifts and hospitality register"),
        ("COI-04", "gap", "the Former Buyer employees option in clause 3 (Optional clauses) is unticked", None),
        ("COI-05", "gap", "no clause requires declarations of interest or a register of interests for Supplier staff", None),
        ("COI-06", "gap", "clause 4.5 is an exclusion-ground confirmation only (decoy); no disclosure of relationships with the Buyer's decision-makers", None),
        ("CDM-01", "gap", "clause 6.1: service-user complaints are handled by the Buyer and the Supplier's own procedure does not apply (wrong party, disapplied)", None),
        ("CDM-02", "pass", "clause 6.3 and Schedule 1 para 1.2 / KPI 3: monthly report of complaints received, outcome and action", "shall report to the Buyer each month, against the KPIs in Schedule 1, the number of complaints"),
        ("CDM-03", "gap", "the Service user survey option in clause 3 (Optional clauses) is unticked; KPI 4 staff satisfaction is 'Not used'", None),
        ("CDM-04", "pass", "clause 6.4: co-operate with the Local Government and Social Care Ombudsman and implement accepted recommendations", "shall co-operate with the Ombudsman's investigation"),
        ("CDM-05", "gap", "the only improvement-plan duty is in the unticked Service user survey option; no learning from complaints", None),
        ("CDM-06", "gap", "clause 6.2: the acknowledgement time is an unfilled placeholder ('Click or tap here to enter text.'); no response time", None),
    ],
    "absent": [("unticked", "comply with, and ensure its Staff comply with, the Seven Principles of Public Life"),
               ("unticked", "shall not subject any person to detriment"),
               ("unticked", "notify the Buyer before engaging any former employee"),
               ("unticked", "agree an improvement plan where satisfaction falls below 85%"),
               ("placeholder", "Click or tap here to enter text."),
               ("placeholder", "Insert any additional termination events"),
               ("instr", "Lot 1: written translation only")],
    "once": ["Lot 2: face-to-face and telephone interpreting"],
})

# ------------------------------------------------------------------------------------------ c03
CONTRACTS.append({
    "file": "c03-home-care-deed-of-variation",
    "title": "Deed of Variation No. 2: Homecare and Reablement Services Contract",
    "subject": "Deed of variation adding ethics, conflicts and complaints terms to a homecare and reablement contract",
    "jurisdiction": "English county council, law-firm deed of variation circulated with tracked changes by two authors",
    "parties": "Wealdbridge County Council (the Council); Brightwater Care Services Limited (the Provider)",
    "where": "tracked insertions (the Seven Principles clause), a deletion by a second author inside an inserted flow-down, a bold formatting-only change (rPrChange) on the conflicts clause, a pPrChange on the FOI clause, a whole deleted training paragraph, a moved code-of-conduct clause, an inserted certificate row and a deleted gifts row in the reporting table; Bribery Act only in the Laws definition; financial-only audit",
    "scheme": "clause", "marking": "OFFICIAL-SENSITIVE: COMMERCIAL", "header": "DRAFT (3) 02.03.2026 - subject to contract", "footer": "WCC/ASC/HC-2023/DoV2",
    "footer2": "Kellaway Finch LLP", "company": "Kellaway Finch LLP", "author": "Kellaway Finch LLP", "author2": "Wealdbridge Legal", "track": True,
    "props": {"MatterNo": "KF-20931-14"},
    "labels": ["Clause 1", "2.3", "Schedule 1", "1.4"],
    "blocks": [
        ("title", "DEED OF VARIATION"),
        ("sub", "relating to the Homecare and Reablement Services Contract dated 1 October 2023 (the Original Contract)"),
        ("p", "THIS DEED is dated {ph:Click or tap to enter a date.} and is made between (1) WEALDBRIDGE COUNTY COUNCIL of County Hall, St Anne's Crescent, Wealdbridge WB7 1UG (the Council) and (2) BRIGHTWATER CARE SERVICES LIMITED, a company incorporated in England and Wales with company number 07733162, whose registered office is at 14 Tanners Yard, Wealdbridge WB3 4RE (the Provider)."),
        ("hu", 1, "Background"),
        ("p", "(A) The Council and the Provider entered into the Original Contract for homecare and reablement services for adults in the Wealdbridge North locality. (B) Following the Council's review of ethical standards in commissioned services, the parties have agreed to vary the Original Contract on the terms of this Deed, with effect from 1 April 2026 (the Variation Date)."),
        ("h", 1, "Interpretation"),
        ("n", 1, "Words defined in the Original Contract have the same meaning in this Deed. In this Deed and in the Original Contract as varied, \"Law\" includes the Care Act 2014, the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014, the Bribery Act 2010, the Fraud Act 2006 and the Data Protection Act 2018."),
        ("n", 1, "References to clauses are to clauses of the Original Contract unless stated otherwise."),
        ("h", 1, "Variations to the Original Contract"),
        ("n", 1, "With effect from the Variation Date the Original Contract is varied by inserting a new clause 23 (Ethical Standards) as follows, and as set out in the Schedule to this Deed."),
        ("n", 1, "{ins:23.1 The Provider shall comply with, and shall ensure that its Staff comply with, the Seven Principles of Public Life in delivering the Services, and shall notify the Council promptly of any departure from them.}", {"ins": True}),
        ("n", 1, "23.2 The Provider shall adopt and maintain a written code of conduct for its Staff and shall ensure that all Staff working on the Services comply with it.", {"moveTo": "move_code"}),
        ("n", 1, "23.3 {insdel:The Provider |and shall encourage |that each Sub-contractor complies with obligations equivalent to those in this clause 23, and shall enforce them.|shall procure }"),
        ("n", 1, "{del:23.4 The Provider shall ensure that all Staff complete training on ethics, conflicts of interest, anti-bribery and speaking up at induction and annually, and shall keep training records.}", {"del": True}),
        ("n", 1, "23.4 The Provider shall maintain a speaking-up policy under which Staff may raise concerns with the Provider, the Council or the Care Quality Commission, and shall ensure that no member of Staff suffers any detriment for raising a concern in good faith."),
        ("n", 1, "{fmt:23.5 The Provider shall ensure that neither it nor any of its Staff is placed in a position where an actual or potential conflict of interest arises, and shall promptly notify the Council in writing of any such conflict with details of the steps proposed to mitigate it.}"),
        ("n", 1, "23.6 Where a conflict of interest is notified, the Provider should take such further steps as the Council may suggest to manage the conflict."),
        ("n", 1, "23.7 The Provider shall ensure that all decision-making Staff complete a declaration of interests, or a nil declaration, on appointment and annually, shall keep a register of interests, and shall provide the register to the Council on request and publish it on its website."),
        ("n", 1, "23.8 The Provider shall not, without the Council's prior written consent, engage in connection with the Services any person who within the preceding 24 months was employed by the Council in a role connected with the procurement or management of the Original Contract."),
        ("n", 1, "23.9 The Provider shall give the Council such co-operation and information as the Council reasonably requires to comply with its obligations under the Freedom of Information Act 2000 and the Environmental Information Regulations 2004, within 10 Working Days of a request.", {"pchange": True}),
        ("n", 1, "23.2 The Provider shall adopt and maintain a written code of conduct for its Staff and shall ensure that all Staff working on the Services comply with it.", {"moveFrom": "move_code"}),
        ("n", 1, "Clause 17 (Complaints) of the Original Contract is deleted and replaced with the following:"),
        ("n", 2, "17.1 The Provider shall operate a complaints procedure for Service Users and their representatives which complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, is free, and is publicised in every Service User's home folder."),
        ("n", 2, "17.2 The Provider should acknowledge each complaint within three Working Days and should aim to respond within 20 Working Days."),
        ("n", 2, "17.3 The Provider shall provide complaints data to the Council {del:each quarter in the form of Schedule 1, Part B}{ins:on request}."),
        ("n", 2, "17.4 The Provider shall co-operate fully with any investigation by the Council or the Local Government and Social Care Ombudsman, including providing information and attending meetings, and shall implement any remedy the Ombudsman recommends."),
        ("n", 2, "17.5 The Provider shall review complaints and Service User feedback every six months, identify themes and root causes, and agree with the Council an action plan for lessons learned."),
        ("n", 2, "17.6 The Provider shall survey Service Users' satisfaction at least annually using the Council's questionnaire and report the results to the Council within one month."),
        ("n", 1, "Clause 31 (Termination) of the Original Contract is varied by adding at clause 31.2(f): \"the Provider commits a material breach of this Contract which is not remedied within 30 days\"."),
        ("n", 1, "Clause 12 (Records and Audit) of the Original Contract is varied so that the Council's auditors may examine the Provider's accounts, invoices and financial records relating to the Charges on five Working Days' notice."),
        ("h", 1, "Continuation and costs"),
        ("n", 1, "Save as varied by this Deed, the Original Contract continues in full force and effect. The Original Contract and this Deed shall be read and construed as one instrument."),
        ("n", 1, "Each party shall bear its own costs of preparing and executing this Deed. Clause 21 (TUPE) of the Original Contract is not affected by this Deed."),
        ("n", 1, "This Deed is governed by the law of England and Wales and the courts of England and Wales have exclusive jurisdiction."),
        ("sch", "New Schedule 7: Ethical standards reporting"),
        ("sn", 1, "The Provider shall give the Council the returns in the table below by the dates shown. Each return shall be signed by a director of the Provider."),
        ("table", [["Return", "Content", "Party responsible", "When"],
                   ["Workforce return", "Numbers of Staff, vacancies and agency hours", "Provider", "Quarterly"],
                   {"del": True, "cells": ["Gifts and hospitality register", "All gifts and hospitality offered to or received by Staff, with the action taken", "Provider", "Quarterly"]},
                   {"ins": True, "cells": ["Annual ethics compliance statement", "A statement signed by the board-level ethics lead confirming that the Provider has complied with clause 23 and has in place the structures and arrangements necessary to support it", "Provider", "Annually by 30 April"]},
                   ["Contract review", "Performance against the Specification", "Council", "Six-monthly"]], {"widths": [2200, 3900, 1500, 1400]}),
        ("sn", 1, "Returns shall be sent by email to the Council's Commissioning Officer named in the Original Contract."),
        ("sn", 1, "The Council may publish a summary of the returns in its annual commissioning report."),
        ("sn", 1, "A return that is late by more than 10 Working Days shall be raised at the next contract review."),
        ("p", "EXECUTED AS A DEED by the parties on the date stated at the beginning of this Deed."),
        ("table", [["Executed as a deed by affixing the Common Seal of WEALDBRIDGE COUNTY COUNCIL in the presence of:", "Authorised signatory: {sdt:Council signatory|Helen Marsh, Head of Legal Services}"],
                   ["Executed as a deed by BRIGHTWATER CARE SERVICES LIMITED acting by a director in the presence of a witness:", "Director: {sdt:Provider signatory|Samuel Okafor}{cr}Witness: {ph:Click or tap here to enter text.}"]], {"head": 0, "widths": [5000, 4000]}),
    ],
    "verdicts": [
        ("ES-01", "pass", "clause 2.2 (tracked insertion of new clause 23.1): the Provider shall comply with the Seven Principles of Public Life", "shall ensure that its Staff comply with, the Seven Principles of Public Life"),
        ("ES-02", "pass", "clause 2.3 (new clause 23.2, moved there by a tracked move; counted once): a written code of conduct for Staff", "shall adopt and maintain a written code of conduct for its Staff"),
        ("ES-03", "pass", "clause 2.4 (new clause 23.3): after the second author's change the Provider 'shall procure' equivalent clause 23 obligations from each Sub-contractor", "shall procure that each Sub-contractor complies with obligations equivalent to those in this clause 23"),
        ("ES-04", "gap", "the ethics training clause (old 23.4) is a tracked-deleted paragraph, not contract text; no other training duty", None),
        ("ES-05", "pass", "clause 2.5 (new clause 23.4): speaking-up policy, concerns to the Council or CQC, no detriment", "shall ensure that no member of Staff suffers any detriment for raising a concern in good faith"),
        ("ES-06", "gap", "the Bribery Act 2010 and Fraud Act 2006 are named only in the Law definition in clause 1.1; no anti-bribery duty", None),
        ("ES-07", "pass", "clause 2.10 (new clause 23.9, paragraph-format change only): co-operation with FOIA and EIR requests", "as the Council reasonably requires to comply with its obligations under the Freedom of Information Act 2000"),
        ("ES-08", "gap", "clause 2.13: a financial-only audit of accounts, invoices and financial records", None),
        ("ES-09", "weak", "clause 2.12: termination for a material breach with no link to clause 23", "the Provider commits a material breach of this Contract which is not remedied within 30 days"),
        ("ES-10", "pass", "Schedule 1 (New Schedule 7) table, tracked-inserted row 'Annual ethics compliance statement': annual signed statement of compliance and structures, Provider responsible", "confirming that the Provider has complied with clause 23 and has in place the structures and arrangements necessary to support it"),
        ("COI-01", "pass", "clause 2.6 (new clause 23.5, bold formatting change only): avoid actual or potential conflicts and notify promptly", "shall promptly notify the Council in writing of any such conflict"),
        ("COI-02", "weak", "clause 2.7 (new clause 23.6): the Provider 'should take such further steps as the Council may suggest'", "should take such further steps as the Council may suggest to manage the conflict"),
        ("COI-03", "gap", "the gifts and hospitality row of the Schedule 1 table is a tracked-deleted row; no other gifts duty", None),
        ("COI-04", "pass", "clause 2.9 (new clause 23.8): no engagement of former Council procurement or contract staff within 24 months without consent", "any person who within the preceding 24 months was employed by the Council"),
        ("COI-05", "pass", "clause 2.8 (new clause 23.7): declarations or nil declarations by decision-making Staff, register given to the Council and published", "complete a declaration of interests, or a nil declaration, on appointment and annually"),
        ("COI-06", "gap", "no clause on disclosure of relationships at award or a conflicts assessment", None),
        ("CDM-01", "pass", "clause 2.11(a) (new clause 17.1): a free, publicised complaints procedure meeting the 2009 Regulations", "shall operate a complaints procedure for Service Users and their representatives"),
        ("CDM-02", "weak", "clause 2.11(c) (new clause 17.3): the tracked deletion removes 'each quarter', leaving complaints data 'on request'", "shall provide complaints data to the Council on request"),
        ("CDM-03", "pass", "clause 2.11(f) (new clause 17.6): annual Service User satisfaction survey reported to the Council", "shall survey Service Users' satisfaction at least annually"),
        ("CDM-04", "pass", "clause 2.11(d) (new clause 17.4): co-operation with the Local Government and Social Care Ombudsman and implementing its remedy", "shall co-operate fully with any investigation by the Council or the Local Government and Social Care Ombudsman"),
        ("CDM-05", "pass", "clause 2.11(e) (new clause 17.5): six-monthly review of themes and root causes with an agreed action plan", "identify themes and root causes, and agree with the Council an action plan"),
        ("CDM-06", "weak", "clause 2.11(b) (new clause 17.2): 'should acknowledge ... within three Working Days' (should)", "should acknowledge each complaint within three Working Days"),
    ],
    "absent": [("deleted", "shall ensure that all Staff complete training on ethics"),
               ("deleted", "Gifts and hospitality register"),
               ("deleted", "each quarter in the form of Schedule 1, Part B"),
               ("deleted", "and shall encourage"),
               ("placeholder", "Click or tap to enter a date.")],
    "once": ["shall adopt and maintain a written code of conduct for its Staff"],
})

# ------------------------------------------------------------------------------------------ c04
CONTRACTS.append({
    "file": "c04-food-larder-grant-scotland",
    "title": "Grant Offer and Conditions: Community Food Larder Network 2026-2028",
    "subject": "Revenue grant for a network of community food larders with advice sessions",
    "jurisdiction": "Scottish council grant offer letter and conditions written to the grantee as 'you'",
    "parties": "Glenmorrow Council (we, us); Kinloch Food Share SCIO (the Grantee, you)",
    "where": "'Our values' text box (wps with VML fallback) that only expects the Nolan principles; definitions table; footnotes on conditions 5.2 and 8.3; an endnote leaving complaint timescales to be agreed; landscape Schedule 1 with a nested milestone table; Food hygiene code of practice decoy; SPSO named for our own complaints only",
    "scheme": "part", "marking": "OFFICIAL", "header": "Community Food Larder Network - grant reference GC/CF/2026/014", "footer": "Grant conditions (revenue) v4",
    "footer2": "Glenmorrow Council, Communities and Wellbeing", "company": "Glenmorrow Council", "author": "Fiona Drummond", "author2": "Grants Team",
    "props": {"GrantRef": "GC/CF/2026/014"},
    "labels": ["Part A", "1.", "5.2", "Schedule 1", "1.3"],
    "blocks": [
        ("title", "GRANT OFFER AND CONDITIONS"),
        ("sub", "Community Food Larder Network 2026-2028 - reference {prop:GrantRef|GC/CF/2026/014}"),
        ("p", "Dear Ms Ross, we are pleased to offer {cx:grantee|Kinloch Food Share SCIO} (Scottish Charity SC051882) a grant of up to GBP 186,000 over two years towards running community food larders in Kinloch, Ardvane and Strathmore, on the conditions in this letter. Please read them carefully. In these conditions \"you\" and \"your\" mean the Grantee, and \"we\", \"us\" and \"our\" mean Glenmorrow Council."),
        ("box", ["Our values", "We fund organisations that share the values of public service. We expect you to follow the Nolan principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership in everything you do with this grant."]),
        ("h", 1, "About the grant"),
        ("h", 2, "Definitions"),
        ("table", [["Term", "Meaning"],
                   ["Activities", "the food larder sessions, money advice clinics and volunteer programme described in Schedule 1"],
                   ["Eligible Costs", "staff salaries, premises costs, food storage equipment and volunteer expenses directly incurred on the Activities"],
                   ["Participants", "people who use the food larders or advice clinics"],
                   ["Partner", "an organisation you pay or engage to deliver any part of the Activities"],
                   ["Conflict of Interest", "a situation where a personal, professional or financial interest of you, your trustees or staff could affect, or appear to affect, decisions about the grant"]], {"widths": [2200, 6800]}),
        ("h", 2, "Use of the grant"),
        ("h", 3, "You must use the grant only for the Eligible Costs of the Activities and must repay any part of it not spent by 31 March 2028."),
        ("h", 3, "We will pay the grant quarterly in advance on receipt of a signed claim form, subject to your compliance with these conditions."),
        ("h", 3, "You must follow the Food Standards Scotland code of practice on food hygiene at every larder."),
        ("h", 1, "Conduct and integrity"),
        ("h", 2, "Training"),
        ("h", 3, "You must make sure that every member of staff and every volunteer who handles money or Participant information completes induction training on your code of conduct, conflicts of interest, gifts, anti-bribery and how to raise concerns, and you must keep training records and show them to us when we ask."),
        ("h", 2, "Raising concerns"),
        ("h", 3, "You should have a whistleblowing policy that lets staff and volunteers raise concerns about the use of the grant.{fn:The Scottish Council for Voluntary Organisations publishes a model policy that you may adapt.}"),
        ("h", 2, "Fraud and bribery"),
        ("h", 3, "You should take proportionate steps to prevent fraud and bribery in the use of the grant and should tell us if you suspect any."),
        ("h", 2, "Partners"),
        ("h", 3, "If you engage a Partner you must impose on the Partner, in writing, obligations on conduct, conflicts of interest, gifts and raising concerns no less onerous than those in this Part B, and you must enforce them."),
        ("h", 2, "Conflicts of interest"),
        ("h", 3, "You should tell us as soon as you can about any Conflict of Interest affecting the grant."),
        ("h", 3, "If a Conflict of Interest arises we may require you to take the steps we specify to manage it, and we may suspend or end the grant if it cannot be managed."),
        ("h", 3, "You must not offer any gift or hospitality to any of our officers or elected members involved in the grant, and you must record in a gifts and hospitality register every gift or hospitality worth more than GBP 25 offered to your trustees or staff in connection with the grant."),
        ("h", 3, "You must tell us before you employ or engage, on the Activities, anyone who was employed by us in our grants or communities teams within the previous two years, and you must make sure they do not use information they obtained while working for us."),
        ("h", 3, "You must ask your trustees and senior staff to complete a declaration of interests (or a nil return) each year, keep a register of interests, and give us a copy of the register with your annual report."),
        ("h", 3, "You confirm that you have told us about every relationship between your trustees or staff and any of our officers or elected members involved in assessing your application, and you must tell us straight away if that changes."),
        ("h", 1, "Monitoring and reporting"),
        ("h", 2, "Monitoring"),
        ("h", 3, "You must give us a monitoring return every six months and an end-of-grant report, in the form in Schedule 1 (see page {pageref:_Ref3310|6})."),
        ("h", 3, "We may visit the larders and may review your records at any reasonable time to check that you are meeting Part B (Conduct and integrity) and the other conditions."),
        ("h", 3, "By 30 April each year your Chair must sign and send us a declaration confirming that you have complied with Part B and that you have in place the governance and arrangements needed to support it."),
        ("h", 3, "Each monitoring return must include feedback from Participants, gathered by a short survey at each larder at least twice a year, with the results."),
        ("h", 2, "Complaints from Participants"),
        ("h", 3, "You should have a simple complaints procedure for Participants and display it at each larder.{en:Timescales for acknowledging and answering Participants' complaints will be agreed with you at the first monitoring meeting.}"),
        ("h", 3, "You should give us information about complaints if we ask for it, and you are encouraged to use complaints and feedback to improve the Activities."),
        ("h", 3, "You should co-operate with any review of a Participant's complaint by us or by an independent body."),
        ("h", 1, "Ending the grant"),
        ("h", 2, "Our rights"),
        ("h", 3, "We may withhold, reduce or recover the grant, or end it by written notice, if you breach Part B (Conduct and integrity), if any of your trustees or staff commits fraud or bribery in connection with the grant, or if you bring us into disrepute; we may also require you to stop a named person working on the Activities.{fn:We will normally discuss a breach with you before acting, unless the breach involves fraud.}"),
        ("h", 3, "We may publish the amount and purpose of the grant on our website. If you are unhappy with how we handled your grant, you can use our complaints procedure and then contact the Scottish Public Services Ombudsman."),
        ("h", 2, "General"),
        ("h", 3, "These conditions are governed by Scots law. Please sign and return the acceptance below within 28 days{shy} or the offer will lapse."),
        ("sect", "portrait"),
        ("sch", "Activities, milestones and monitoring{bm:_Ref3310|}"),
        ("sn", 1, "Activities: three weekly larder sessions, a fortnightly money advice clinic in each town, and a volunteer programme of at least 40 volunteers."),
        ("sn", 1, "Milestones and reporting are set out below."),
        ("table", [["Period", "Milestones", "Report due"],
                   ["Year 1", {"tbl": [["Quarter", "Milestone"], ["Q1", "Ardvane larder open"], ["Q2", "Advice clinics running in all three towns"], ["Q4", "40 volunteers trained"]]}, "31 October 2026 and 30 April 2027"],
                   ["Year 2", {"t": "Continue all Activities; evaluation by an independent researcher", "span": 1}, "31 October 2027 and 30 April 2028"]], {"widths": [1800, 8000, 3600]}),
        ("sn", 1, "Monitoring returns shall show numbers of Participants, visits, advice outcomes and volunteer hours."),
        ("sect", "landscape"),
        ("hu", 1, "Acceptance"),
        ("p", "We accept the grant on the conditions above. Signed for Kinloch Food Share SCIO: {sdt:Signatory|Morag Ross, Chair}; date: {ph:Click or tap to enter a date.}"),
    ],
    "verdicts": [
        ("ES-01", "weak", "the 'Our values' text box (before Part A): 'We expect you to follow the Nolan principles' (expects)", "We expect you to follow the Nolan principles"),
        ("ES-02", "gap", "Part A condition 2.3 is a food hygiene code of practice (technical decoy); no code of conduct duty", None),
        ("ES-03", "pass", "Part B condition 4.1: you must impose on each Partner conduct, conflicts, gifts and raising-concerns obligations no less onerous than Part B and enforce them", "obligations on conduct, conflicts of interest, gifts and raising concerns no less onerous than those in this Part B"),
        ("ES-04", "pass", "Part B condition 1.1: induction training on the code of conduct, conflicts, gifts, anti-bribery and raising concerns, with records", "completes induction training on your code of conduct, conflicts of interest, gifts, anti-bribery and how to raise concerns"),
        ("ES-05", "weak", "Part B condition 2.1: 'You should have a whistleblowing policy' (should)", "You should have a whistleblowing policy"),
        ("ES-06", "weak", "Part B condition 3.1: 'You should take proportionate steps to prevent fraud and bribery' (should)", "You should take proportionate steps to prevent fraud and bribery"),
        ("ES-07", "gap", "Part D condition 1.2: only we may publish the grant (wrong party); no duty on you to help with FOISA or transparency", None),
        ("ES-08", "pass", "Part C condition 1.2: we may visit and review records to check that you are meeting Part B (Conduct and integrity)", "to check that you are meeting Part B (Conduct and integrity)"),
        ("ES-09", "pass", "Part D condition 1.1: withhold, recover or end the grant for a breach of Part B, fraud or bribery or disrepute, and remove a named person", "if you breach Part B (Conduct and integrity)"),
        ("ES-10", "pass", "Part C condition 1.3: an annual declaration signed by the Chair of compliance with Part B and of the arrangements supporting it", "your Chair must sign and send us a declaration confirming that you have complied with Part B"),
        ("COI-01", "weak", "Part B condition 5.1: 'You should tell us ... about any Conflict of Interest' (should); the term is otherwise only defined in the Part A definitions table (condition 1)", "You should tell us as soon as you can about any Conflict of Interest"),
        ("COI-02", "pass", "Part B condition 5.2: we may require steps to manage a conflict and suspend or end the grant", "we may require you to take the steps we specify to manage it"),
        ("COI-03", "pass", "Part B condition 5.3: no gifts or hospitality to our officers; a gifts and hospitality register", "you must record in a gifts and hospitality register"),
        ("COI-04", "pass", "Part B condition 5.4: tell us before engaging anyone employed in our grants or communities teams in the last two years; no use of information", "anyone who was employed by us in our grants or communities teams within the previous two years"),
        ("COI-05", "pass", "Part B condition 5.5: annual declarations of interests or nil returns, a register of interests given to us", "complete a declaration of interests (or a nil return) each year, keep a register of interests"),
        ("COI-06", "pass", "Part B condition 5.6: you confirm you disclosed every relationship with those assessing the application and will update it", "You confirm that you have told us about every relationship between your trustees or staff and any of our officers"),
        ("CDM-01", "weak", "Part C condition 2.1: 'You should have a simple complaints procedure' (should)", "You should have a simple complaints procedure for Participants"),
        ("CDM-02", "weak", "Part C condition 2.2: complaint information only 'if we ask for it' (on request, should)", "You should give us information about complaints if we ask for it"),
        ("CDM-03", "pass", "Part C condition 1.4: Participant feedback surveys twice a year, results in each monitoring return", "Each monitoring return must include feedback from Participants"),
        ("CDM-04", "weak", "Part C condition 2.3: 'You should co-operate with any review' (should); the SPSO in Part D condition 1.2 is for our own complaints only", "You should co-operate with any review of a Participant's complaint"),
        ("CDM-05", "weak", "Part C condition 2.2: 'you are encouraged to use complaints and feedback to improve the Activities'", "you are encouraged to use complaints and feedback to improve the Activities"),
        ("CDM-06", "gap", "the endnote to Part C condition 2.1 leaves the timescales to be agreed later; none are fixed", None),
    ],
    "absent": [("placeholder", "Click or tap to enter a date.")],
    "once": ["We expect you to follow the Nolan principles"],
})

# ------------------------------------------------------------------------------------------ c05
CONTRACTS.append({
    "file": "c05-community-phlebotomy-particulars",
    "title": "Particulars and Service Conditions: Community Phlebotomy Service",
    "subject": "Community phlebotomy (blood test) clinics and housebound visits",
    "jurisdiction": "NHS England integrated care board, particulars-style contract with service conditions and schedules",
    "parties": "Northmoor and Tees Valley Integrated Care Board (the Commissioner); Vitalis Community Diagnostics CIC (the Provider)",
    "where": "Particulars table with a vMerge party column and gridSpan rows; legal-style numbering; comment spanning SC4.1-SC4.2 with a reply; landscape Schedule 2 KPI table with complaint measures and repeated header row; Bribery Act only in the Law definition; termination for convenience only; nominated ethics lead without a statement",
    "scheme": "sc", "marking": "OFFICIAL", "header": "NHS Standard Contract-based particulars 2026/27", "footer": "Contract ID NTV-ICB-CP-0192",
    "footer2": "Northmoor and Tees Valley ICB", "company": "Northmoor and Tees Valley ICB", "author": "Contracting Team", "author2": "Head of Governance",
    "props": {"ContractID": "NTV-ICB-CP-0192"},
    "labels": ["SC1", "SC4.2", "Schedule 2", "2.3"],
    "blocks": [
        ("title", "COMMUNITY PHLEBOTOMY SERVICE"),
        ("sub", "Particulars and Service Conditions - Contract ID {prop:ContractID|NTV-ICB-CP-0192}"),
        ("table", [["Particular", "Party", "Entry"],
                   ["Commissioner", {"t": "Commissioner", "vm": "restart"}, "Northmoor and Tees Valley Integrated Care Board, Riverside House, Stockwell TS8 2QP"],
                   ["Commissioner representative", {"t": "", "vm": "cont"}, "Gillian Sayers, Senior Contracts Manager"],
                   ["Provider", {"t": "Provider", "vm": "restart"}, "Vitalis Community Diagnostics CIC (company number 11904423)"],
                   ["Provider representative", {"t": "", "vm": "cont"}, "Dr Ravi Menon, Clinical Director"],
                   ["Service commencement date", {"t": "1 May 2026", "span": 2}],
                   ["Expiry date", {"t": "30 April 2029, with an option to extend by up to 24 months", "span": 2}],
                   ["Contract value", {"t": "GBP 1.42 million a year, paid monthly under Schedule 3", "span": 2}]], {"widths": [2600, 1600, 4800]}),
        ("h", 1, "Definitions"),
        ("h", 2, "\"Law\" means any statute or regulation in force, including the Health and Social Care Act 2012, the Bribery Act 2010, the Data Protection Act 2018 and the Equality Act 2010."),
        ("h", 2, "\"Staff\" means all persons employed or engaged by the Provider or any Sub-contractor in delivering the Services, including phlebotomists, drivers and administrators."),
        ("h", 2, "\"Service User\" means a patient referred to the Services by a GP practice or hospital clinician."),
        ("h", 1, "The Services"),
        ("h", 2, "The Provider shall run walk-in and booked blood-test clinics at the six community sites listed in Schedule 1, and home visits for housebound Service Users within five Operational Days of referral."),
        ("h", 2, "The Provider shall deliver samples to the pathology laboratory at Stockwell General Hospital within four hours of collection, maintaining the cold chain at all times."),
        ("h", 2, "The Provider shall be registered with the Care Quality Commission for the regulated activity of diagnostic and screening procedures throughout the term."),
        ("h", 1, "Conduct"),
        ("h", 2, "The Provider shall comply with, and shall ensure that its Staff comply with, the Seven Principles of Public Life in delivering the Services."),
        ("h", 2, "The Provider shall adopt and maintain a written code of conduct for Staff, at least as demanding as the HM Government Supplier Code of Conduct, and shall ensure that Staff comply with it."),
        ("h", 2, "The Provider shall procure that each Sub-contractor complies with obligations equivalent to those in this SC3 and in SC4 and SC5, and shall enforce those obligations."),
        ("h", 2, "All Staff shall receive an induction programme appropriate to their role."),
        ("h", 2, "The Provider shall appoint a Freedom to Speak Up Guardian, shall ensure that Staff can raise concerns with the Guardian, the Commissioner or a prescribed person, and shall ensure that no member of Staff suffers detriment for speaking up in good faith."),
        ("h", 2, "The Provider shall nominate a director as its ethics lead and shall tell the Commissioner who that person is."),
        ("h", 1, "Conflicts of interest"),
        ("h", 2, "{cs:k1|Governance: SC4.1 and SC4.2 follow GC27 of the full-length NHS Standard Contract.//The Provider must also publish the names of decision-making Staff who have not declared.}The Provider shall ensure that all Staff comply with Managing Conflicts of Interest in the NHS, shall avoid any actual or potential conflict of interest, and shall notify the Commissioner promptly in writing of any conflict that arises, with its proposed mitigation."),
        ("h", 2, "Where a conflict of interest is notified, the Provider shall manage or remove it as the Commissioner directs, and the Commissioner may suspend the affected Services or terminate this Contract if the conflict cannot be managed.{ce:k1}"),
        ("h", 2, "The Provider shall ensure that all decision-making Staff complete an annual declaration of interests or a nil declaration, keep a register of interests, and publish on its website the name and position of any decision-making Staff who have neither declared nor submitted a nil return."),
        ("h", 2, "The Provider should keep a register of gifts and hospitality offered to or received by Staff."),
        ("h", 2, "The Provider shall notify the Commissioner before engaging, in any role connected with the Services, any person who within the previous two years was employed by the Commissioner in the commissioning of phlebotomy services, and shall ensure that any such person complies with the conditions of any advice they received on taking up the appointment."),
        ("h", 2, "The Provider is encouraged to keep under review its disclosure of relationships with any person involved in the award of this Contract."),
        ("h", 1, "Complaints and Service User experience"),
        ("h", 2, "The Provider shall operate a complaints procedure which complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, is free and accessible, and is publicised at every clinic and in every home-visit leaflet."),
        ("h", 2, "The Provider shall acknowledge each complaint within three Operational Days and shall send a full response within 25 Operational Days, or within a longer period agreed with the complainant, explaining any delay."),
        ("h", 2, "The Provider shall co-operate with any investigation by the Commissioner or the Parliamentary and Health Service Ombudsman, including providing information and attending meetings, and shall implement any recommendation made."),
        ("h", 2, "The Provider shall report the complaint and experience measures in Schedule 2 to the Commissioner quarterly, including the number of complaints received, upheld, partially upheld and not upheld, and shall submit the KO41a return."),
        ("h", 2, "The Provider shall carry out the Friends and Family Test at every clinic and for home visits and report the results monthly to the Commissioner."),
        ("h", 2, "The Provider should consider complaint themes at its quality meetings where it thinks this useful."),
        ("h", 1, "Contract management"),
        ("h", 2, "The Provider's compliance with SC3 (Conduct) and SC4 (Conflicts of interest), including its register of interests and speaking-up reports, shall be reviewed at each quarterly contract review meeting, and the Commissioner may audit that compliance on reasonable notice."),
        ("h", 2, "Each party shall keep confidential the other's Confidential Information and shall not disclose it except as required by Law."),
        ("h", 2, "Either party may terminate this Contract by giving not less than six months' written notice to the other. Nothing in this SC6.3 affects the Commissioner's rights under {ref:_Ref5512|SC4.2}."),
        ("h", 2, "This Contract is governed by the law of England. Disputes shall be referred first to the parties' representatives and then to mediation under the {link:https://www.cedr.com/|CEDR} Model Mediation Procedure."),
        ("sect", "portrait"),
        ("sch", "Service locations"),
        ("sn", 1, "Clinics: Stockwell Health Centre; Marton Primary Care Centre; Redcar Road Surgery; Eston Community Hub; Guisborough Clinic; Loftus Health Centre."),
        ("sn", 1, "Opening hours are 08:00 to 17:30 on Operational Days, with one evening clinic a week at Stockwell Health Centre."),
        ("sect", "portrait"),
        ("sch", "Quality requirements and reporting"),
        ("sn", 1, "The Provider shall meet the following quality requirements; the Reported by column shows who reports each measure."),
        ("table", [["Ref", "Quality requirement", "Threshold", "Frequency", "Reported by"],
                   ["QR1", "Housebound visits completed within five Operational Days of referral", "95%", "Monthly", "Provider"],
                   ["QR2", "Samples rejected by the laboratory", "less than 1.5%", "Monthly", "Provider"],
                   ["QR3", "Complaints acknowledged within three Operational Days", "100%", "Quarterly", "Provider"],
                   ["QR4", "Complaints received, upheld, partially upheld and not upheld, with themes and actions", "report", "Quarterly", "Provider"],
                   ["QR5", "Friends and Family Test: percentage of respondents rating the service good or very good", "90%", "Monthly", "Provider"],
                   ["QR6", "Patient experience survey of GP practices", {"t": "Not applicable", "span": 3}]], {"widths": [900, 5800, 2200, 1800, 2000]}),
        ("sn", 1, "Where a threshold is missed for two consecutive periods the Provider shall give the Commissioner a remedial action plan within 10 Operational Days."),
        ("sn", 1, "Reports shall be sent through the Commissioner's contract portal."),
        ("sect", "landscape"),
        ("p", "Signed for the Commissioner: Gillian Sayers{ptab}Signed for the Provider: Dr Ravi Menon"),
    ],
    "verdicts": [
        ("ES-01", "pass", "SC3.1: the Provider and its Staff shall comply with the Seven Principles of Public Life", "shall ensure that its Staff comply with, the Seven Principles of Public Life"),
        ("ES-02", "pass", "SC3.2: a written Staff code of conduct at least as demanding as the HM Government Supplier Code of Conduct", "shall adopt and maintain a written code of conduct for Staff"),
        ("ES-03", "pass", "SC3.3: each Sub-contractor to comply with obligations equivalent to SC3, SC4 and SC5, enforced", "shall procure that each Sub-contractor complies with obligations equivalent to those in this SC3"),
        ("ES-04", "weak", "SC3.4: a generic induction programme, no ethics topic named", "All Staff shall receive an induction programme appropriate to their role"),
        ("ES-05", "pass", "SC3.5: Freedom to Speak Up Guardian, concerns to the Commissioner or a prescribed person, no detriment", "shall appoint a Freedom to Speak Up Guardian"),
        ("ES-06", "gap", "the Bribery Act 2010 is named only in the Law definition (SC1.1, a definition); no anti-bribery or fraud duty", None),
        ("ES-07", "gap", "SC6.2 is a confidentiality clause only; no FOI or transparency co-operation", None),
        ("ES-08", "pass", "SC6.1: compliance with SC3 and SC4 reviewed at quarterly contract review meetings and auditable", "shall be reviewed at each quarterly contract review meeting"),
        ("ES-09", "gap", "SC6.3 is termination for convenience; no remedy tied to an ethical breach", None),
        ("ES-10", "weak", "SC3.6: a nominated director as ethics lead only, with no assurance or certificate (structures only)", "shall nominate a director as its ethics lead"),
        ("COI-01", "pass", "SC4.1: comply with Managing Conflicts of Interest in the NHS, avoid conflicts, notify promptly with mitigation", "shall notify the Commissioner promptly in writing of any conflict that arises"),
        ("COI-02", "pass", "SC4.2: manage or remove the conflict as the Commissioner directs; suspension or termination", "shall manage or remove it as the Commissioner directs"),
        ("COI-03", "weak", "SC4.4: 'The Provider should keep a register of gifts and hospitality' (should)", "The Provider should keep a register of gifts and hospitality"),
        ("COI-04", "pass", "SC4.5: notice before engaging a former Commissioner commissioning employee within two years; appointment conditions respected", "any person who within the previous two years was employed by the Commissioner"),
        ("COI-05", "pass", "SC4.3: annual declarations or nil declarations by decision-making Staff, register, publication of non-declarers", "complete an annual declaration of interests or a nil declaration"),
        ("COI-06", "weak", "SC4.6: the Provider 'is encouraged to keep under review its disclosure' (encouraged)", "is encouraged to keep under review its disclosure of relationships"),
        ("CDM-01", "pass", "SC5.1: a free, accessible, publicised complaints procedure under the 2009 Regulations", "shall operate a complaints procedure which complies with the Local Authority Social Services"),
        ("CDM-02", "pass", "SC5.4 and Schedule 2 QR4: quarterly complaints received, upheld, partially upheld and not upheld, and KO41a", "shall report the complaint and experience measures in Schedule 2 to the Commissioner quarterly"),
        ("CDM-03", "pass", "SC5.5 and Schedule 2 QR5: Friends and Family Test reported monthly", "shall carry out the Friends and Family Test at every clinic"),
        ("CDM-04", "pass", "SC5.3: co-operation with the Parliamentary and Health Service Ombudsman and implementing recommendations", "shall co-operate with any investigation by the Commissioner or the Parliamentary and Health Service Ombudsman"),
        ("CDM-05", "pass", "Schedule 2 para 2.2: a remedial action plan where a threshold is missed, the thresholds including QR5 Friends and Family Test satisfaction (SC5.6 on complaint themes is only 'should consider')", "Where a threshold is missed for two consecutive periods the Provider shall give the Commissioner a remedial action plan"),
        ("CDM-06", "pass", "SC5.2: acknowledgement within three Operational Days, response within 25, delays explained", "shall acknowledge each complaint within three Operational Days"),
    ],
    "absent": [("comment", "must also publish the names of decision-making Staff")],
})

# ------------------------------------------------------------------------------------------ c06
CONTRACTS.append({
    "file": "c06-home-modifications-nsw",
    "kind": "a New South Wales council services contract",
    "title": "Services Contract: Home Modifications and Maintenance for Older Residents",
    "subject": "Minor home modifications (rails, ramps, lever taps) and home maintenance for older residents",
    "jurisdiction": "New South Wales (Australia) shire council services contract, GIPA Act, ICAC and NSW Ombudsman",
    "parties": "Coolabah Ridge Shire Council (Council); Handyhome Services Pty Ltd ABN 61 604 118 927 (Contractor)",
    "where": "'%1' / '%1.%2' / '%1.%2.%3' legal-style numbering; Contract Details table with a deleted row; Council officials' code of conduct (wrong party); register of interests disapplied; insurance certificates decoy; incident-only reporting; staff survey; reply times for Council enquiries",
    "scheme": "legal", "marking": "OFFICIAL: Sensitive", "header": "Contract CRSC-T2025/44", "footer": "Coolabah Ridge Shire Council",
    "footer2": "Services Contract (medium value) template 2025", "company": "Coolabah Ridge Shire Council", "author": "Procurement Coordinator", "author2": "Governance Officer",
    "props": {"ContractNo": "CRSC-T2025/44"}, "track": True,
    "labels": ["1", "4.2", "6.1.2"],
    "blocks": [
        ("title", "SERVICES CONTRACT"),
        ("sub", "Home Modifications and Maintenance for Older Residents - Contract No. {prop:ContractNo|CRSC-T2025/44}"),
        ("table", [["Item", "Contract Details"],
                   ["Council", "Coolabah Ridge Shire Council ABN 23 715 902 114, 12 Mitchell Street, Coolabah Ridge NSW 2868"],
                   ["Contractor", "{cx:contractor|Handyhome Services Pty Ltd} ABN 61 604 118 927"],
                   ["Term", "2 years from 1 July 2026, with one option to extend for 1 year"],
                   {"del": True, "cells": ["Security", "Bank guarantee of 5% of the annual Contract Price"]},
                   ["Contract Price", "Schedule of Rates in Annexure A; not to exceed AUD 780,000 (GST exclusive) over the Term"],
                   ["Council's Representative", "Lachlan Byrne, Coordinator Ageing and Disability{cr}Phone 02 6390 4100"]], {"widths": [2500, 6500]}),
        ("h", 1, "Interpretation"),
        ("h", 2, "In this Contract, Services means the home modification and maintenance services described in Annexure B, Client means an older resident or a person with disability referred by Council's Ageing and Disability team, and Personnel means the Contractor's employees, subcontractors and agents."),
        ("h", 2, "If there is any inconsistency or conflict between the clauses and the Annexures, the clauses prevail."),
        ("h", 1, "Services"),
        ("h", 2, "The Contractor must carry out the Services with due care and skill, in accordance with the Building Code of Australia and the Home Building Act 1989 (NSW), and within 15 Business Days of each work order. The Contractor must supply all materials, which must be new, compliant with Australian Standards and fit for purpose."),
        ("h", 2, "The Contractor must ensure that Personnel entering a Client's home hold a current National Police Check and a Working with Children Check where required, wear identification, and treat Clients with courtesy and respect."),
        ("h", 2, "All Personnel must complete the Contractor's induction programme before working in Clients' homes."),
        ("h", 1, "Ethics and probity"),
        ("h", 2, "Council officials are bound by the Model Code of Conduct for Local Councils in NSW and by the public sector values of integrity, trust, service and accountability."),
        ("h", 2, "The Contractor must comply with Council's Statement of Business Ethics, which is Council's supplier code of conduct, and must ensure that its Personnel comply with it when dealing with Council and Clients."),
        ("h", 2, "The Contractor must ensure that each of its subcontractors complies with the Statement of Business Ethics and with obligations no less onerous than those in this clause 3, and must include those obligations in every subcontract."),
        ("h", 2, "The Contractor must not engage in corrupt conduct within the meaning of the Independent Commission Against Corruption Act 1988 (NSW), must not offer any bribe, inducement or reward to any Council official, must maintain adequate procedures to prevent fraud and corruption by Personnel, and must immediately notify Council of any suspected corrupt conduct or any investigation relating to this Contract."),
        ("h", 2, "The Contractor must have a public interest disclosures policy allowing Personnel to report suspected corrupt conduct or serious maladministration to Council, the ICAC or the NSW Ombudsman, and must not take detrimental action against any person who makes a disclosure under the Public Interest Disclosures Act 2022 (NSW)."),
        ("h", 2, "The Contractor must provide certificates of currency for its public liability, workers compensation and professional indemnity insurances on signing and on each renewal."),
        ("h", 1, "Conflicts of interest, gifts and former officials"),
        ("h", 2, "The Contractor warrants that, at the date of this Contract, no conflict of interest exists or is likely to arise in performing the Services, and must notify Council immediately in writing if a conflict of interest, or a perceived conflict, arises for the Contractor or any of its Personnel."),
        ("h", 2, "Where a conflict of interest arises, the Contractor must take the steps Council directs to resolve or manage it, and Council may terminate this Contract by notice if the conflict cannot be managed to Council's satisfaction."),
        ("h", 2, "The Contractor must not offer or give any gift, benefit or hospitality to any Council official, and must record in a gifts register any gift or benefit offered to its Personnel by a Client."),
        ("h", 2, "The Contractor must not, without Council's written approval, engage on the Services any person who was a Council employee or councillor within the previous 12 months."),
        ("h", 2, "The Contractor is not required to maintain a register of interests for its Personnel."),
        ("h", 2, "The Contractor confirms that it disclosed in its tender every relationship between the Contractor or its directors and any Council official involved in the tender evaluation, and must update that disclosure if it changes."),
        ("h", 1, "Information and records"),
        ("h", 2, "The Contractor acknowledges that Council is subject to the Government Information (Public Access) Act 2009 (NSW) (GIPA Act), the NSW freedom of information law. The Contractor must provide Council with immediate access to the information referred to in section 121 of the GIPA Act and must assist Council to respond to any access application and to publish contract information as the GIPA Act requires."),
        ("h", 2, "Council may inspect and audit the Contractor's invoices, timesheets and accounts relating to the Contract Price on 5 Business Days' notice."),
        ("h", 1, "Clients, complaints and reporting"),
        ("h", 2, "Complaints and feedback"),
        ("h", 3, "The Contractor should have a procedure for receiving and dealing with complaints from Clients."),
        ("h", 3, "Where a Client complains to the NSW Ombudsman about the Services, the Contractor must co-operate with the Ombudsman's inquiries, provide any information requested, and give effect to any recommendation Council accepts."),
        ("h", 3, "The Contractor must survey its Personnel each year about workplace safety and wellbeing."),
        ("h", 2, "Reporting"),
        ("h", 3, "The Contractor must report to Council within 24 hours any incident causing injury to a Client or damage to a Client's property."),
        ("h", 3, "The Contractor must reply to any written enquiry from Council's Representative within 5 Business Days."),
        ("h", 1, "Termination"),
        ("h", 2, "Council may terminate this Contract by notice if the Contractor commits a substantial breach of this Contract and fails to remedy it within 14 days of a notice requiring it to do so."),
        ("h", 2, "Council may terminate this Contract at any time for its convenience by giving 30 days' notice, and will pay for Services performed to the date of termination."),
        ("h", 1, "General"),
        ("h", 2, "This Contract is governed by the laws of New South Wales. Clause 5.1 survives termination. Notices may be given by email to the addresses in the Contract Details."),
        ("h", 2, "The Contractor must comply with the Work Health and Safety Act 2011 (NSW) and the Modern Slavery Act 2018 (NSW) in performing the Services."),
        ("p", "Executed as an agreement. Signed for Council by its General Manager, Erin Castellano, and for the Contractor by its director, Tomasz Nowak, under section 127 of the Corporations Act 2001 (Cth)."),
    ],
    "verdicts": [
        ("ES-01", "gap", "clause 3.1: only Council officials are bound by the Model Code and public sector values (wrong party)", None),
        ("ES-02", "pass", "clause 3.2: comply with Council's Statement of Business Ethics, its supplier code of conduct", "must comply with Council's Statement of Business Ethics"),
        ("ES-03", "pass", "clause 3.3: each subcontractor bound to the Statement of Business Ethics and obligations no less onerous than clause 3", "obligations no less onerous than those in this clause 3"),
        ("ES-04", "weak", "clause 2.3: a generic induction programme, no ethics topic", "must complete the Contractor's induction programme"),
        ("ES-05", "pass", "clause 3.5: public interest disclosures policy, reports to Council, ICAC or Ombudsman, no detrimental action", "must not take detrimental action against any person who makes a disclosure"),
        ("ES-06", "pass", "clause 3.4: no corrupt conduct or bribes, adequate procedures, immediate notice of suspicions and investigations", "must maintain adequate procedures to prevent fraud and corruption"),
        ("ES-07", "pass", "clause 5.1: GIPA Act (NSW freedom of information law) access, help with access applications and publishing contract information", "must assist Council to respond to any access application"),
        ("ES-08", "gap", "clause 5.2: audit of invoices, timesheets and accounts only (financial-only)", None),
        ("ES-09", "weak", "clause 7.1: termination for a substantial breach with no ethics link", "commits a substantial breach of this Contract"),
        ("ES-10", "gap", "clause 3.6 certificates of currency of insurance (decoy); no ethics assurance", None),
        ("COI-01", "pass", "clause 4.1: no conflict warranty and immediate written notice of actual or perceived conflicts", "must notify Council immediately in writing if a conflict of interest"),
        ("COI-02", "pass", "clause 4.2: steps as Council directs; termination if the conflict cannot be managed", "must take the steps Council directs to resolve or manage it"),
        ("COI-03", "pass", "clause 4.3: no gifts, benefits or hospitality to Council officials; gifts register", "must not offer or give any gift, benefit or hospitality to any Council official"),
        ("COI-04", "pass", "clause 4.4: no engagement of a former Council employee or councillor within 12 months without approval", "any person who was a Council employee or councillor within the previous 12 months"),
        ("COI-05", "gap", "clause 4.5: 'is not required to maintain a register of interests' (negation)", None),
        ("COI-06", "pass", "clause 4.6: confirms it disclosed relationships with tender evaluators and will update it", "disclosed in its tender every relationship between the Contractor or its directors and any Council official"),
        ("CDM-01", "weak", "clause 6.1.1: the Contractor 'should have a procedure' for Client complaints", "should have a procedure for receiving and dealing with complaints from Clients"),
        ("CDM-02", "gap", "clause 6.2.1 is incident reporting only; no complaint data reported", None),
        ("CDM-03", "gap", "clause 6.1.3 is a staff-only survey (decoy)", None),
        ("CDM-04", "pass", "clause 6.1.2: co-operate with the NSW Ombudsman and give effect to accepted recommendations", "must co-operate with the Ombudsman's inquiries"),
        ("CDM-05", "gap", "no clause on analysing complaints or learning from them", None),
        ("CDM-06", "gap", "clause 6.2.2 is a reply time for Council's enquiries (decoy); no complaint timescales", None),
    ],
    "absent": [("deleted", "Bank guarantee of 5% of the annual Contract Price")],
})

# ------------------------------------------------------------------------------------------ c07
CONTRACTS.append({
    "file": "c07-library-home-delivery-nz",
    "kind": "a New Zealand short-form contract",
    "title": "Short Form Services Contract: Library Home Delivery Service",
    "subject": "Library home delivery for housebound residents (books, audiobooks, device set-up visits)",
    "jurisdiction": "New Zealand district council short-form contract (LGOIMA, Ombudsman, Protected Disclosures Act 2022)",
    "parties": "Totara Plains District Council (the Council, we); Pukeko Courier Co-operative Limited (the Supplier)",
    "where": "clauses '1' with '(a)' items; 'Key requirements' text box with VML fallback; footnote to 6(b); 'Hospitality' catering decoy; non-solicitation; health and safety training only; REF and HYPERLINK fields; smartTag",
    "scheme": "short", "marking": "IN-CONFIDENCE", "header": "Totara Plains District Council - Contract TPDC-LIB-0926", "footer": "Short Form Services Contract",
    "footer2": "Based on the Government Model Contract for Services (short form), adapted", "company": "Totara Plains District Council", "author": "Libraries Manager", "author2": "Legal Counsel",
    "props": {"ContractNo": "TPDC-LIB-0926"},
    "labels": ["1", "(a)", "(b)"],
    "blocks": [
        ("title", "SHORT FORM SERVICES CONTRACT"),
        ("sub", "Library Home Delivery Service - {prop:ContractNo|TPDC-LIB-0926}"),
        ("p", "This Contract is between Totara Plains District Council (the Council) and Pukeko Courier Co-operative Limited, company number 7719402, of {smart:address|18 Rimu Street, Ashgrove 7771} (the Supplier). It is made up of these terms, the Schedule of Services and the Supplier's proposal dated 9 February 2026. If there is a conflict between those documents, these terms prevail."),
        ("box", ["Key requirements at a glance", "Deliveries every three weeks to about 420 housebound borrowers; every driver vetted by NZ Police; the Supplier must report complaints from borrowers to us each quarter, with what it did about them."]),
        ("h", 1, "Services and term"),
        ("h", 2, "The Supplier must deliver and collect library items for housebound borrowers referred by the Council's libraries, on a three-weekly round, and must offer an e-reader set-up visit when a borrower asks for one."),
        ("h", 2, "The term runs from 1 May 2026 to 30 April 2028. The Council may extend it once for up to 12 months by notice."),
        ("h", 2, "The Council will pay the Supplier NZD 14,600 a month plus GST, on receipt of a valid tax invoice by the 20th of the following month."),
        ("h", 1, "People"),
        ("h", 2, "Every driver must hold a current New Zealand Police vet, wear Council-approved identification, and complete the Supplier's health and safety training on manual handling and safe driving before starting rounds."),
        ("h", 2, "The Supplier must not, during the term and for six months after it, solicit any Council employee working in the libraries to work for the Supplier."),
        ("h", 2, "The Supplier is encouraged to act consistently with the standards of integrity and conduct that apply to the New Zealand public service in its dealings with borrowers."),
        ("h", 2, "The Supplier should comply with the Government Supplier Code of Conduct and should make its drivers aware of it."),
        ("h", 1, "{bm:_Ref771|Integrity}"),
        ("h", 2, "The Supplier must have an internal procedure for receiving protected disclosures that complies with the Protected Disclosures (Protection of Whistleblowers) Act 2022, must tell its workers that they may also report serious wrongdoing to the Council or an appropriate authority, and must not retaliate against anyone who makes a disclosure in good faith."),
        ("h", 2, "The Supplier should have policies to prevent fraud and corruption and should tell the Council if it suspects any."),
        ("h", 2, "The Supplier must not allow itself or its workers to be in a position where their personal or business interests conflict, or may conflict, with their duties under this Contract, and must tell the Council in writing straight away about any actual or potential conflict of interest."),
        ("h", 2, "The Supplier will provide light refreshments (Hospitality) at the two annual reading-group events held for housebound borrowers, at the rates in the Schedule of Services."),
        ("h", 1, "Information"),
        ("h", 2, "The Supplier acknowledges that information it holds about this Contract may be requested under the Local Government Official Information and Meetings Act 1987 (LGOIMA), and must give the Council any information it asks for, within 5 working days, so the Council can respond to an official information request or publish information about the service."),
        ("h", 2, "The Supplier must keep borrowers' personal information secure and use it only for the Services, in accordance with the Privacy Act 2020."),
        ("h", 2, "The Council may audit the Supplier's records relating to this Contract on reasonable notice.{fn:The Council's internal audit programme for 2026/27 is published at the link in clause 8(b).}"),
        ("h", 1, "Borrower complaints and feedback"),
        ("h", 2, "The Supplier must run a complaints process for borrowers that is free, easy to use, available by phone and in large print, and explained in the welcome letter each borrower receives."),
        ("h", 2, "The Supplier must acknowledge a borrower's complaint within 2 working days and resolve it, or explain why it needs longer, within 10 working days."),
        ("h", 2, "The Supplier must report to the Council each quarter the number and type of complaints received, how each was resolved and how long it took."),
        ("h", 2, "The Supplier must review its complaints every six months with the Council's Libraries Manager, identify recurring problems and their causes, and put in place the improvements the parties agree."),
        ("h", 2, "The Supplier may ask borrowers for feedback on the service and may share it with the Council."),
        ("h", 2, "If a borrower complains to the Ombudsman about the service, the Supplier must co-operate fully with the Ombudsman's investigation, provide information and documents when asked, and implement any recommendation the Council accepts."),
        ("h", 1, "Ending this Contract"),
        ("h", 2, "The Council may end this Contract immediately by notice if the Supplier breaches clause {ref:_Ref771|3} (Integrity) or clause 5, or does anything that brings the Council into disrepute, and may require the Supplier to stop using any worker involved in the breach."),
        ("h", 2, "Either party may end this Contract on three months' notice for any reason."),
        ("h", 1, "Disputes"),
        ("h", 2, "The parties will try to resolve any dispute by negotiation and then mediation under the rules of the {hl:https://www.resolution.institute/|Resolution Institute}, before starting court proceedings. Senior representatives of each party will meet within 10 working days of a written notice of dispute."),
        ("h", 1, "General"),
        ("h", 2, "This Contract is governed by New Zealand law. Any change must be agreed in writing."),
        ("h", 2, "Notices may be sent by email. The Council's contract page is {link:https://www.totaraplains.example/contracts|totaraplains.example/contracts}."),
        ("h", 2, "The Supplier must hold public liability insurance of at least NZD 2 million and motor vehicle insurance for every vehicle used on the rounds, and must show the Council evidence of that insurance on request."),
        ("sch", "Schedule of Services"),
        ("sn", 1, "Rounds: Ashgrove and Rimu Flat on Tuesdays; Kowhai Bay, Matai Valley and the rural delivery area on Thursdays; each borrower is visited once every three weeks at an agreed two-hour window."),
        ("sn", 1, "Items: the Council's libraries pack each borrower's selection in a labelled crate; the Supplier collects crates from the Ashgrove library by 9.30 am and returns items and empty crates the same day."),
        ("sn", 1, "Device visits: up to 15 visits a month of up to 45 minutes to help a borrower set up an e-reader, tablet or the Libby app, charged at NZD 38 a visit."),
        ("sn", 1, "Reading-group events: two a year, in April and October, at the Ashgrove Community Hall, for up to 60 borrowers and carers, with transport for those who need it."),
        ("p", "Signed for the Council: Hemi Walker, Group Manager Community Services{cr}Signed for the Supplier: Ana Fifita, Chief Executive {sym:F0FC}"),
    ],
    "verdicts": [
        ("ES-01", "weak", "clause 2(c): 'is encouraged to act consistently with the standards of integrity and conduct' of the public service", "is encouraged to act consistently with the standards of integrity and conduct"),
        ("ES-02", "weak", "clause 2(d): 'should comply with the Government Supplier Code of Conduct' (should)", "should comply with the Government Supplier Code of Conduct"),
        ("ES-03", "gap", "no clause flows ethical obligations down to subcontractors", None),
        ("ES-04", "gap", "clause 2(a): health and safety training only (decoy)", None),
        ("ES-05", "pass", "clause 3(a): protected disclosures procedure under the 2022 Act, reports to the Council, no retaliation", "must not retaliate against anyone who makes a disclosure in good faith"),
        ("ES-06", "weak", "clause 3(b): 'should have policies to prevent fraud and corruption' (should)", "should have policies to prevent fraud and corruption"),
        ("ES-07", "pass", "clause 4(a): information within 5 working days for LGOIMA requests and publication", "must give the Council any information it asks for, within 5 working days"),
        ("ES-08", "weak", "clause 4(c): a general audit of records, ethics not named", "The Council may audit the Supplier's records relating to this Contract"),
        ("ES-09", "pass", "clause 6(a): immediate termination for breach of clause 3 (Integrity) or disrepute, and removal of the worker", "if the Supplier breaches clause 3 (Integrity)"),
        ("ES-10", "gap", "no assurance, certificate or ethics lead in any clause", None),
        ("COI-01", "pass", "clause 3(c): avoid interests that conflict or may conflict and tell the Council straight away", "must tell the Council in writing straight away about any actual or potential conflict of interest"),
        ("COI-02", "gap", "no clause on managing a notified conflict or the Council's directions", None),
        ("COI-03", "gap", "clause 3(d) 'Hospitality' is catering at reading-group events (decoy); no gifts clause", None),
        ("COI-04", "gap", "clause 2(b) is non-solicitation of Council employees only (partial at most)", None),
        ("COI-05", "gap", "no clause requires declarations or a register of interests", None),
        ("COI-06", "gap", "no clause on disclosure of relationships at award", None),
        ("CDM-01", "pass", "clause 5(a): a free, accessible, publicised complaints process for borrowers", "must run a complaints process for borrowers that is free"),
        ("CDM-02", "pass", "clause 5(c): quarterly complaint reports (number, type, resolution, time taken)", "must report to the Council each quarter the number and type of complaints received"),
        ("CDM-03", "weak", "clause 5(e): the Supplier 'may ask borrowers for feedback'", "may ask borrowers for feedback on the service"),
        ("CDM-04", "pass", "clause 5(f): co-operate with the Ombudsman and implement accepted recommendations", "must co-operate fully with the Ombudsman's investigation"),
        ("CDM-05", "pass", "clause 5(d): six-monthly review of recurring problems and causes, agreed improvements", "identify recurring problems and their causes"),
        ("CDM-06", "pass", "clause 5(b): acknowledge within 2 working days, resolve within 10 or explain", "must acknowledge a borrower's complaint within 2 working days"),
    ],
    "once": ["Deliveries every three weeks to about 420 housebound borrowers"],
})

# ------------------------------------------------------------------------------------------ c08
CONTRACTS.append({
    "file": "c08-temporary-accommodation-services",
    "kind": "a London law-firm long-form services agreement",
    "title": "Services Agreement: Temporary Accommodation Inspection and Management",
    "subject": "Inspection, management and tenancy support for temporary accommodation used by homeless households",
    "jurisdiction": "London borough council, long-form services agreement prepared by a law firm",
    "parties": "The Mayor and Burgesses of the London Borough of Hallowfield (the Council); Sentinel Housing Management Limited (the Service Provider)",
    "where": "definitions table; '%1.' / '%1.%2' / '%1.%2.%3' numbering; comment spanning clauses 9.3-9.4 with a reply stating a whistleblowing duty; REF and PAGEREF cross-references; text box 'Summary of Key Performance Indicators'; supplier code disapplied; gag and confidentiality; 'not required' complaint reporting; marketing satisfaction claim; Schedule 1 KPI table with vMerge",
    "scheme": "firm", "marking": "OFFICIAL", "header": "Marlow Pryce LLP draft 4 (clean) - 27 February 2026", "footer": "LBH/HOU/2026/07",
    "footer2": "Marlow Pryce LLP | Ref MP/LBH/5521", "company": "Marlow Pryce LLP", "author": "Marlow Pryce LLP", "author2": "LBH Legal",
    "template": "MP Agreement.dotm", "props": {"ContractRef": "LBH/HOU/2026/07", "Client": "London Borough of Hallowfield"},
    "labels": ["1.", "9.3", "10.2.1"],
    "blocks": [
        ("title", "SERVICES AGREEMENT"),
        ("sub", "relating to the inspection and management of temporary accommodation - {prop:ContractRef|LBH/HOU/2026/07}"),
        ("p", "THIS AGREEMENT is dated 2 March 2026 and is made BETWEEN (1) THE MAYOR AND BURGESSES OF THE LONDON BOROUGH OF HALLOWFIELD of Town Hall, Broad Lane, London N23 4HX (the Council) and (2) SENTINEL HOUSING MANAGEMENT LIMITED, a company registered in England and Wales under number 09318874 whose registered office is at 61 Fenwick Row, London EC2M 7PB (the Service Provider)."),
        ("p", "BACKGROUND: the Council procured the Services by a competitive flexible procedure under the Procurement Act 2023 and the Service Provider's tender was the most advantageous. The Council has housing duties to homeless households under Part 7 of the Housing Act 1996 and uses privately leased and nightly-paid accommodation to meet them."),
        ("h", 1, "Definitions and interpretation"),
        ("n", 1, "In this Agreement the following definitions apply:"),
        ("table", [["Term", "Meaning"],
                   ["Conflict of Interest", "a conflict between the financial, personal or professional interests of the Service Provider or its Staff and their duties under this Agreement"],
                   ["Household", "a household placed by the Council in a Property"],
                   ["KPIs", "the key performance indicators in Schedule 1"],
                   ["Property", "each unit of temporary accommodation listed in the Property Register maintained under clause 4"],
                   ["Staff", "all employees, agents, consultants and contractors of the Service Provider and of any Sub-contractor engaged in the Services"],
                   ["Sub-contractor", "any person to whom the Service Provider sub-contracts any part of the Services with the Council's consent"]], {"widths": [2400, 6600]}),
        ("n", 1, "Clause headings do not affect interpretation. If there is any conflict or inconsistency between the clauses and the Schedules, the clauses prevail."),
        ("h", 1, "Commencement and term"),
        ("n", 1, "This Agreement commences on 1 April 2026 and continues for three years unless terminated earlier under clause {ref:_Ref9101|13}."),
        ("n", 1, "The Council may extend the term by up to two periods of twelve months by giving at least three months' notice before expiry."),
        ("h", 1, "The Services"),
        ("n", 1, "The Service Provider shall inspect each Property before a Household moves in and at least every six months afterwards against the Housing Health and Safety Rating System, and shall arrange repairs within the timescales in Schedule 1."),
        ("n", 1, "The Service Provider shall give each Household a welcome visit within five Working Days of placement, a tenancy-support plan, and a named housing officer."),
        ("n", 1, "The Service Provider shall keep the Property Register accurate and shall update it within one Working Day of any change."),
        ("h", 1, "Property Register and records"),
        ("n", 1, "The Service Provider shall maintain records of inspections, repairs, visits and rent accounts for each Property and Household and shall keep them for six years after expiry."),
        ("h", 1, "Charges"),
        ("n", 1, "The Council shall pay the Charges set out in Schedule 2 monthly in arrears within 30 days of a valid invoice."),
        ("h", 1, "Staff"),
        ("n", 1, "The Service Provider shall ensure that all Staff are properly trained and qualified for their roles and hold an enhanced DBS check."),
        ("n", 1, "The Council may require the Service Provider to remove from the Services any member of Staff whose conduct breaches clause 9 or clause 10, and the Service Provider shall do so promptly."),
        ("h", 1, "Standards"),
        ("n", 1, "The Service Provider shall comply with, and shall procure that its Staff comply with, the Seven Principles of Public Life (the Nolan Principles) in delivering the Services."),
        ("n", 1, "The Service Provider is not bound by the Council's Supplier Code of Conduct, which is provided to it for information only."),
        ("n", 1, "The Service Provider shall procure that each Sub-contractor complies with obligations equivalent to those in clauses 7 to 10."),
        ("h", 1, "Transparency"),
        ("n", 1, "The Service Provider shall use reasonable endeavours to assist the Council in responding to any request under the Freedom of Information Act 2000 relating to the Services."),
        ("h", 1, "Integrity and confidentiality"),
        ("n", 1, "The Service Provider shall not commit or allow any Prohibited Act, shall create, maintain and enforce adequate policies and procedures to prevent any Prohibited Act, and shall immediately notify the Council of any breach of this clause 9.1 or any investigation into a Prohibited Act."),
        ("n", 1, "\"Prohibited Act\" has the meaning given in the Council's standard terms and includes any offence under the Bribery Act 2010 or the Fraud Act 2006."),
        ("n", 1, "{cs:k8|LBH Legal: we need a speaking-up clause here - the Service Provider must operate a whistleblowing policy and must not subject any Staff member to detriment for raising concerns with the Council.}The Service Provider shall keep confidential all information about Households and shall not disclose it except to the Council or as required by law."),
        ("n", 1, "No member of Staff may make any public statement, or any statement to the media, about the Services, the Properties or any Household without the Council's prior written consent.{ce:k8}"),
        ("n", 1, "The Service Provider shall, within 20 Working Days of the commencement date and then by 31 March each year, give the Council a statement signed by a director confirming that it has complied with clauses 7, 9 and 10 and that it has in place the structures and arrangements necessary to support those standards."),
        ("h", 1, "Conflicts of interest, gifts and former employees"),
        ("n", 1, "Conflicts"),
        ("n", 2, "The Service Provider shall take all necessary action to ensure that neither it nor any of its Staff is placed in a position of an actual or potential Conflict of Interest, and shall promptly notify the Council in writing of any Conflict of Interest that arises, with details of the steps it proposes to take."),
        ("n", 2, "The Council may require the Service Provider to take any steps it thinks necessary to manage or remove a Conflict of Interest, and may terminate this Agreement under clause 13.2 if the Conflict of Interest cannot be removed."),
        ("n", 2, "The Service Provider may ask its key Staff to declare their interests from time to time."),
        ("n", 1, "Gifts and hospitality"),
        ("n", 2, "The Service Provider shall not offer or give any gift or hospitality to any officer or member of the Council, shall not accept any payment or gift from a landlord of a Property, and shall keep a gifts and hospitality register which the Council may inspect at any time."),
        ("n", 1, "Former officers"),
        ("n", 2, "The Service Provider shall notify the Council before engaging, in connection with the Services, any person who within the previous two years was an officer of the Council in its housing needs or procurement services, and shall ensure that such a person does not use confidential information obtained in that role."),
        ("n", 2, "The Service Provider confirms that it has disclosed to the Council every relationship between it, its directors or Staff and any person involved in the procurement of this Agreement, and shall notify the Council promptly of any change."),
        ("h", 1, "Complaints"),
        ("n", 1, "The Service Provider shall operate a complaints procedure for Households that is free, published on its website and in each welcome pack, and consistent with the Housing Ombudsman's Complaint Handling Code."),
        ("n", 1, "The Service Provider shall acknowledge each complaint within five Working Days and send a stage 1 response within ten Working Days of acknowledgement, or explain the reason for any delay."),
        ("n", 1, "The Service Provider should co-operate with any investigation by the Local Government and Social Care Ombudsman."),
        ("n", 1, "The Service Provider shall not be required to report complaints to the Council separately from its monthly performance report, which covers inspection, repair and visit timescales only."),
        ("n", 1, "The Service Provider shall analyse complaints quarterly, identify root causes and trends, and agree with the Council a lessons-learned action plan where the same cause arises more than twice in a quarter."),
        ("n", 1, "The Service Provider represents that 98 per cent of the households it manages rate its services as good or excellent."),
        ("h", 1, "Audit and review"),
        ("n", 1, "The Council and any auditor it appoints may audit the Service Provider's compliance with clauses 7, 9 and 10, including the gifts and hospitality register, and the Service Provider shall give them access to its premises, records and Staff. Ethical performance shall be reviewed at each quarterly contract review meeting."),
        ("h", 1, "{bm:_Ref9101|Termination}"),
        ("n", 1, "Either party may terminate this Agreement by written notice if the other commits a material breach that is not remedied within 30 days."),
        ("n", 1, "The Council may terminate this Agreement with immediate effect by written notice if the Service Provider commits a breach of clause 7, 9 or 10, or if the Service Provider or its Staff embarrass the Council or bring it into disrepute."),
        ("n", 1, "On termination the Service Provider shall hand over the Property Register and all records (see Schedule 1, page {pageref:_Ref9102|11})."),
        ("h", 1, "General"),
        ("n", 1, "This Agreement is governed by the law of England and Wales."),
        ("sch", "{bm:_Ref9102|Key Performance Indicators}"),
        ("sn", 1, "The Service Provider shall meet the KPIs below; the Council will review them at each quarterly contract review meeting."),
        ("box", ["Summary of Key Performance Indicators", "Inspections on time 98%; emergency repairs made safe within 24 hours 100%; welcome visits within five Working Days 95%."]),
        ("table", [["Area", "KPI", "Target"],
                   [{"t": "Property", "vm": "restart"}, "Pre-placement and six-monthly inspections on time", "98%"],
                   [{"t": "", "vm": "cont"}, "Emergency repairs made safe within 24 hours", "100%"],
                   [{"t": "Households", "vm": "restart"}, "Welcome visits within five Working Days", "95%"],
                   [{"t": "", "vm": "cont"}, "Tenancy-support plans agreed within 20 Working Days", "90%"]], {"widths": [2000, 5400, 1600]}),
        ("p", "Signed for and on behalf of the Council by Dr Alan Greaves, Director of Housing, and for the Service Provider by Ruth Adeyemi, Managing Director."),
    ],
    "verdicts": [
        ("ES-01", "pass", "clause 7.1: comply with the Seven Principles of Public Life (the Nolan Principles), Staff included", "shall procure that its Staff comply with, the Seven Principles of Public Life"),
        ("ES-02", "gap", "clause 7.2: 'is not bound by the Council's Supplier Code of Conduct' (negation)", None),
        ("ES-03", "pass", "clause 7.3: each Sub-contractor to comply with obligations equivalent to clauses 7 to 10", "shall procure that each Sub-contractor complies with obligations equivalent to those in clauses 7 to 10"),
        ("ES-04", "weak", "clause 6.1: 'properly trained and qualified', generic", "shall ensure that all Staff are properly trained and qualified"),
        ("ES-05", "gap", "clauses 9.3-9.4 are confidentiality and a no-public-statement gag; the speaking-up duty is only in the comment on them", None),
        ("ES-06", "pass", "clause 9.1: no Prohibited Act, adequate procedures, immediate notice", "shall create, maintain and enforce adequate policies and procedures to prevent any Prohibited Act"),
        ("ES-07", "weak", "clause 8.1: 'shall use reasonable endeavours to assist' with FOIA requests", "shall use reasonable endeavours to assist the Council in responding to any request under the Freedom of Information Act 2000"),
        ("ES-08", "pass", "clause 12.1: audit of compliance with clauses 7, 9 and 10 and ethical performance reviewed at contract review meetings", "may audit the Service Provider's compliance with clauses 7, 9 and 10"),
        ("ES-09", "pass", "clause 13.2: immediate termination for breach of clause 7, 9 or 10 or disrepute (and clause 6.2 staff removal)", "commits a breach of clause 7, 9 or 10"),
        ("ES-10", "pass", "clause 9.5: director-signed statement at the start and annually of compliance and supporting structures", "give the Council a statement signed by a director confirming that it has complied with clauses 7, 9 and 10"),
        ("COI-01", "pass", "clause 10.1.1: avoid actual or potential Conflicts of Interest and notify promptly", "shall promptly notify the Council in writing of any Conflict of Interest that arises"),
        ("COI-02", "pass", "clause 10.1.2: Council may require steps to manage or remove and may terminate", "may require the Service Provider to take any steps it thinks necessary to manage or remove a Conflict of Interest"),
        ("COI-03", "pass", "clause 10.2.1: no gifts or hospitality to Council officers or members; gifts and hospitality register", "shall keep a gifts and hospitality register"),
        ("COI-04", "pass", "clause 10.3.1: notice before engaging a Council housing or procurement officer of the last two years; no use of confidential information", "any person who within the previous two years was an officer of the Council"),
        ("COI-05", "weak", "clause 10.1.3: 'may ask its key Staff to declare their interests' (may)", "may ask its key Staff to declare their interests"),
        ("COI-06", "pass", "clause 10.3.2: confirms disclosure of every relationship with those involved in the procurement, kept current", "confirms that it has disclosed to the Council every relationship"),
        ("CDM-01", "pass", "clause 11.1: free, published complaints procedure for Households", "shall operate a complaints procedure for Households"),
        ("CDM-02", "gap", "clause 11.4: 'shall not be required to report complaints' (negation)", None),
        ("CDM-03", "gap", "clause 11.6 is a marketing satisfaction claim (decoy); no survey or feedback reporting", None),
        ("CDM-04", "weak", "clause 11.3: 'should co-operate' with the LGSCO (should)", "should co-operate with any investigation by the Local Government and Social Care Ombudsman"),
        ("CDM-05", "pass", "clause 11.5: quarterly analysis of root causes and trends with a lessons-learned action plan", "shall analyse complaints quarterly, identify root causes and trends"),
        ("CDM-06", "pass", "clause 11.2: acknowledge within five Working Days, stage 1 response within ten", "shall acknowledge each complaint within five Working Days"),
    ],
    "absent": [("comment", "must not subject any Staff member to detriment")],
    "once": ["Inspections on time 98%"],
})

# ------------------------------------------------------------------------------------------ c09
CONTRACTS.append({
    "file": "c09-telecare-responder-scotland",
    "kind": "a Scottish short-form contract",
    "title": "Short Form Contract for Services: Telecare Mobile Responder Service",
    "subject": "Mobile responders attending telecare alarm calls (falls, no-response) for older people living at home",
    "jurisdiction": "Scottish council short-form conditions of contract (FOISA, SPSO, Scots law)",
    "parties": "Strathallan Council (the Council); Braeside Response Services Limited (the Operator)",
    "where": "'Clause %1' / '%1.%2' / '(%3)' numbering; a tracked move of the ethics statement clause; a deleted speaking-up paragraph; a comment with a reply; 'Complaint' defined as the Council's complaint about the Operator; TUPE and arbitration decoys; financial-only audit",
    "scheme": "clause", "marking": "OFFICIAL", "header": "Strathallan Council - Health and Social Care Partnership", "footer": "Contract SC/HSCP/2026/118",
    "footer2": "Short Form Conditions of Contract (Services) 2024 edition", "company": "Strathallan Council", "author": "Commissioning Officer", "author2": "Corporate Procurement", "track": True,
    "props": {"ContractRef": "SC/HSCP/2026/118"},
    "labels": ["Clause 1", "4.3", "(b)"],
    "blocks": [
        ("title", "CONDITIONS OF CONTRACT FOR SERVICES (SHORT FORM)"),
        ("sub", "Telecare Mobile Responder Service - {prop:ContractRef|SC/HSCP/2026/118}"),
        ("p", "These conditions, with the Specification and the Operator's tender, form the contract between Strathallan Council, 2 High Street, Perthside PH9 1AB (the Council) and Braeside Response Services Limited (SC711204), Unit 4 Kinnoull Park, Perthside PH9 3XT (the Operator)."),
        ("h", 1, "Definitions"),
        ("n", 1, "\"Complaint\" means a formal complaint made by the Council about the Operator's performance of the Services under clause 8. \"Service User\" means a person with a telecare alarm whose call is passed to the Operator. \"Staff\" means the Operator's own employees and agents engaged in the Services."),
        ("n", 1, "Where these conditions and the Specification are inconsistent, these conditions prevail."),
        ("h", 1, "Services"),
        ("n", 1, "The Operator shall attend every call passed to it by the Council's alarm receiving centre within 45 minutes in urban areas and 60 minutes in rural areas, 24 hours a day, 365 days a year."),
        ("n", 1, "The Operator shall use non-injury lifting equipment for uninjured fallers and shall follow the Council's falls pathway, calling the Scottish Ambulance Service where the pathway requires."),
        ("n", 1, "The Operator shall keep key-safe codes secure and shall record every visit in the Council's care management system within two hours. The Operator shall report any lost key, or any disclosure of a key-safe code, to the Council on the same day."),
        ("n", 1, "The Operator shall provide, at its own cost:"),
        ("n", 2, "at least two liveried response vehicles on duty at all times, with winter tyres between November and March;"),
        ("n", 2, "a lifting cushion, first-aid kit and defibrillator in each vehicle, serviced in accordance with the manufacturer's instructions; and"),
        ("n", 2, "encrypted mobile devices giving responders access to the Council's care management system and key-safe records."),
        ("h", 1, "Conduct"),
        ("n", 1, "The Operator shall, and shall ensure that its Staff, observe the standards of conduct expected of holders of public office, including selflessness, integrity, objectivity, accountability, openness, honesty and leadership, when providing the Services."),
        ("n", 1, "The Operator shall maintain a written code of conduct for Staff and shall ensure that Staff comply with it."),
        ("n", 1, "The Council expects any sub-contractor of the Operator to observe clauses 3.1, 3.2 and 4."),
        ("n", 1, "The Operator shall ensure that all Staff complete training on its code of conduct, conflicts of interest, gifts and the prevention of bribery on induction and every two years, and shall keep training records for inspection by the Council."),
        ("n", 1, "{del:The Operator shall maintain a whistleblowing policy and shall ensure that no member of Staff suffers detriment for raising a concern with the Council.}", {"del": True}),
        ("n", 1, "The Operator is encouraged to adopt a whistleblowing policy."),
        ("n", 1, "The Operator shall, by 30 June each year, give the Council a statement signed by its managing director confirming that it has complied with clauses 3 and 4 during the previous year and that it has in place the arrangements necessary to support those standards.", {"moveTo": "mv9"}),
        ("h", 1, "Integrity"),
        ("n", 1, "The Operator shall not, and shall ensure that its Staff do not, offer, give or accept any bribe or inducement in connection with the contract, shall maintain adequate procedures to prevent bribery and fraud, and shall notify the Council immediately of any breach of this clause 4.1."),
        ("n", 1, "The Operator should tell the Council if any of its Staff has an interest that could conflict with the Services."),
        ("n", 1, "The Operator shall ensure that each member of Staff who makes decisions about the Services completes a declaration of interests, or a nil declaration, each year, shall keep a register of those declarations, and shall provide it to the Council by 30 June each year."),
        ("n", 1, "Staff should not accept gifts from Service Users, and the Operator should keep a note of any gift offered."),
        ("n", 1, "The Operator shall, by 30 June each year, give the Council a statement signed by its managing director confirming that it has complied with clauses 3 and 4 during the previous year and that it has in place the arrangements necessary to support those standards.", {"moveFrom": "mv9"}),
        ("h", 1, "Information"),
        ("n", 1, "The Operator acknowledges that the Council is subject to the Freedom of Information (Scotland) Act 2002 and the Environmental Information (Scotland) Regulations 2004, and shall provide the Council with all information it requests to respond to a request for information within five working days of the Council's request."),
        ("n", 1, "The Council may audit the Operator's invoices and financial records relating to the charges on reasonable notice."),
        ("h", 1, "Service Users' views"),
        ("n", 1, "The Operator shall survey Service Users after a sample of at least one in ten visits, asking about their experience of the response, and shall report the results to the Council every quarter."),
        ("n", 1, "The Operator shall not be required to operate its own complaints procedure; any Service User who wishes to complain will be referred to the Council's complaints handling procedure, and from there to the Scottish Public Services Ombudsman."),
        ("n", 1, "The Operator shall provide information about any Service User complaint on request."),
        ("n", 1, "The Operator should respond to the Council within ten working days about any complaint referred to it."),
        ("h", 1, "Staff transfer"),
        ("n", 1, "The parties acknowledge that the Transfer of Undertakings (Protection of Employment) Regulations 2006 apply to the responders transferring from the previous operator; the Operator shall provide employee liability information when requested."),
        ("h", 1, "Contract management and Complaints"),
        ("n", 1, "The Council may raise a Complaint about the Operator's performance at any time, and the Operator shall respond within five working days with a remedial plan."),
        ("n", 1, "The Council may terminate the contract on three months' notice, or immediately if the Operator becomes insolvent."),
        ("n", 1, "Any dispute shall be referred to arbitration under the Arbitration (Scotland) Act 2010. The contract is governed by Scots law."),
        ("n", 1, "Charges are payable monthly in arrears at GBP 31.40 per attended call plus a standing charge of GBP 6,900 a month, invoiced through {hl:https://www.strathallan.example/supplier-portal|the Council's supplier portal}."),
        ("sch", "Service levels and monitoring"),
        ("sn", 1, "The Operator shall meet the service levels below and shall report performance to the Council monthly through the supplier portal."),
        ("table", [["Measure", "Service level", "Reported"],
                   ["Urban calls attended within 45 minutes", "95%", "Monthly"],
                   ["Rural calls attended within 60 minutes", "90%", "Monthly"],
                   {"ins": True, "cells": ["Visits recorded in the care management system within two hours", "98%", "Monthly"]},
                   ["Service User survey responses (clause 6.1)", "results and comments", "Quarterly"]], {"widths": [5000, 2200, 1800]}),
        ("sn", 1, "Where a service level is missed in any month, the Council's Commissioning Officer and the Operator's manager shall meet within ten working days to agree corrective steps."),
        ("sn", 1, "The Council will hold a contract review meeting with the Operator every six months to review the Services and the charges."),
        ("p", "{c:Procurement: the Operator must also run its own complaints procedure under the SPSO model - please reinstate.|Signed on behalf of the Council: Kirsty Lamont, Head of Commissioning|Commissioning: not agreed; the HSCP handles all complaints centrally.}{cr}Signed on behalf of the Operator: Euan Baird, Managing Director"),
    ],
    "verdicts": [
        ("ES-01", "pass", "clause 3.1: standards of conduct expected of holders of public office, naming all seven principles", "observe the standards of conduct expected of holders of public office"),
        ("ES-02", "pass", "clause 3.2: a written code of conduct for Staff", "shall maintain a written code of conduct for Staff"),
        ("ES-03", "weak", "clause 3.3: 'The Council expects any sub-contractor' to observe clauses 3 and 4 (expects)", "The Council expects any sub-contractor of the Operator to observe clauses 3.1, 3.2 and 4"),
        ("ES-04", "pass", "clause 3.4: training on the code, conflicts, gifts and bribery prevention with records", "complete training on its code of conduct, conflicts of interest, gifts and the prevention of bribery"),
        ("ES-05", "weak", "the firm whistleblowing paragraph is tracked-deleted; clause 3.5 only says the Operator 'is encouraged to adopt' one", "The Operator is encouraged to adopt a whistleblowing policy"),
        ("ES-06", "pass", "clause 4.1: no bribe or inducement, adequate procedures, immediate notice", "shall maintain adequate procedures to prevent bribery and fraud"),
        ("ES-07", "pass", "clause 5.1: information within five working days for FOISA and EIRs requests", "shall provide the Council with all information it requests to respond to a request for information"),
        ("ES-08", "gap", "clause 5.2: audit of invoices and financial records only", None),
        ("ES-09", "gap", "clause 8.2: termination on notice or insolvency only; no remedy for an ethical breach", None),
        ("ES-10", "pass", "clause 3.6 (moved there by a tracked move, counted once): annual managing-director statement of compliance with clauses 3 and 4 and supporting arrangements", "give the Council a statement signed by its managing director confirming that it has complied with clauses 3 and 4"),
        ("COI-01", "weak", "clause 4.2: 'should tell the Council' about conflicting interests (should)", "The Operator should tell the Council if any of its Staff has an interest that could conflict"),
        ("COI-02", "gap", "no clause on managing conflicts or the Council's directions or termination for them", None),
        ("COI-03", "weak", "clause 4.4: 'Staff should not accept gifts' and the Operator 'should keep a note' (should)", "Staff should not accept gifts from Service Users"),
        ("COI-04", "gap", "clause 7.1 is a TUPE staff transfer (decoy); no former officials clause", None),
        ("COI-05", "pass", "clause 4.3: annual declarations or nil declarations by decision-making Staff, a register given to the Council yearly", "completes a declaration of interests, or a nil declaration, each year"),
        ("COI-06", "gap", "no clause on disclosure of relationships at award", None),
        ("CDM-01", "gap", "clause 6.2: the Operator 'shall not be required to operate its own complaints procedure' (negation); 'Complaint' in clause 1.1 is the Council's complaint about the Operator (decoy); the comment asking to reinstate one is not contract text", None),
        ("CDM-02", "weak", "clause 6.3: complaint information 'on request' only", "shall provide information about any Service User complaint on request"),
        ("CDM-03", "pass", "clause 6.1: Service User experience survey reported quarterly", "shall survey Service Users after a sample of at least one in ten visits"),
        ("CDM-04", "gap", "the SPSO is reached through the Council's own procedure (clause 6.2); clause 8.3 is arbitration (decoy); no co-operation duty", None),
        ("CDM-05", "gap", "no analysis of or learning from complaints; clause 8.1's remedial plan answers the Council's performance Complaint (decoy)", None),
        ("CDM-06", "weak", "clause 6.4: 'should respond ... within ten working days' (should)", "should respond to the Council within ten working days about any complaint"),
    ],
    "absent": [("deleted", "shall ensure that no member of Staff suffers detriment for raising a concern"),
               ("comment", "must also run its own complaints procedure")],
    "once": ["give the Council a statement signed by its managing director"],
})

# ------------------------------------------------------------------------------------------ c10
CONTRACTS.append({
    "file": "c10-tenant-liaison-calloff-ireland",
    "kind": "and an Irish framework call-off contract",
    "title": "Call-Off Contract: Tenant Liaison and Estate Engagement Services",
    "subject": "Tenant liaison officers and estate engagement for local authority social housing during a retrofit programme",
    "jurisdiction": "Irish county council call-off under a multi-party framework (FOI Act 2014, Office of the Ombudsman, Criminal Justice (Corruption Offences) Act 2018)",
    "parties": "Clarewater County Council (the Contracting Authority); Dromore Community Consulting Limited (the Consultant)",
    "where": "'Section %1' / '%1.%2' / '(%3)' numbering; tick-box service options (one unticked); Ethics in Public Office Acts applied to the Authority's officers only; Protected Disclosures Act only in the Applicable Law definition; 'conflict of laws' and 'armed conflict' decoys; endnote giving complaint timescales; footnote; landscape Schedule with a KPI table and hidden drafting note",
    "scheme": "section", "marking": "OFFICIAL", "header": "Local Government Housing Services Framework LGHS-2025 - Lot 3", "footer": "Call-off CCC/HOU/2026/12",
    "footer2": "Clarewater County Council, Housing Directorate", "company": "Clarewater County Council", "author": "Housing Procurement", "author2": "Law Agent",
    "props": {"CallOff": "CCC/HOU/2026/12"},
    "labels": ["Section 1", "Section 9", "6.2", "Schedule 1", "1.2"],
    "blocks": [
        ("title", "CALL-OFF CONTRACT"),
        ("sub", "Tenant Liaison and Estate Engagement Services - {prop:CallOff|CCC/HOU/2026/12}"),
        ("p", "This Call-Off Contract is made on 16 March 2026 under the Local Government Housing Services Framework Agreement LGHS-2025 (Lot 3) between Clarewater County Council, Aras an Chontae, Ennisfield, Co. Clarewater (the Contracting Authority) and Dromore Community Consulting Limited (company number 688214), Unit 9 Quay Business Park, Ennisfield (the Consultant), following a mini-competition under the Framework."),
        ("h", 1, "Definitions"),
        ("n", 1, "\"Applicable Law\" means any law in force in Ireland, including the Freedom of Information Act 2014, the Protected Disclosures Act 2014, the Criminal Justice (Corruption Offences) Act 2018, the Data Protection Acts 1988 to 2018 and the Housing Acts 1966 to 2021."),
        ("n", 1, "\"Tenant\" means a tenant of the Contracting Authority living in a dwelling in the retrofit programme, and \"Personnel\" means the Consultant's own employees and agents."),
        ("n", 1, "The Framework terms apply save as varied here. The rules of private international law on conflict of laws shall not apply to this Call-Off Contract."),
        ("h", 1, "Services"),
        ("n", 1, "The Consultant shall provide tenant liaison officers for each retrofit phase to inform Tenants about the works, arrange access, support vulnerable Tenants during decanting and record Tenants' concerns. Liaison officers shall be available on site during working hours and by phone until 8 pm on weekdays, and shall visit every Tenant aged over 70 in person before works begin."),
        ("n", 1, "Optional services (tick those ordered):"),
        ("p", "{cb:1}Estate engagement events: at least two community information events per phase, with Irish Sign Language interpretation on request.", {"style": "ListParagraph"}),
        ("p", "{cb:0}Tenant satisfaction survey: the Consultant shall carry out a Tenant satisfaction survey at the end of each phase and report the results to the Contracting Authority.", {"style": "ListParagraph"}),
        ("n", 1, "The Consultant shall provide the Services with the skill, care and diligence of a competent tenant liaison consultant."),
        ("h", 1, "Personnel and sub-contracting"),
        ("n", 1, "The Consultant shall ensure that all Personnel who meet Tenants complete training on the Consultant's code of conduct, conflicts of interest, gifts, anti-corruption and how to raise concerns before first contact with Tenants and every year after, and shall keep training records for the Contracting Authority's inspection."),
        ("n", 1, "The Consultant may sub-contract the engagement events with the Contracting Authority's prior written consent, and shall ensure every sub-consultant holds the insurances required by the Framework."),
        ("n", 1, "The Consultant should adopt a code of conduct for Personnel dealing with Tenants."),
        ("n", 1, "The Consultant should inform the Contracting Authority if it intends to engage any person who was employed by the Contracting Authority's Housing Directorate in the previous two years."),
        ("h", 1, "Standards in public office"),
        ("n", 1, "The Ethics in Public Office Acts 1995 and 2001 and the Code of Conduct for Employees apply to the Contracting Authority's designated officers who manage this Call-Off Contract."),
        ("n", 1, "The Consultant shall not offer, give or accept any gift, payment or advantage that could be an offence under the Criminal Justice (Corruption Offences) Act 2018, shall maintain reasonable and proportionate procedures to prevent corruption, and shall notify the Contracting Authority immediately of any suspected offence or investigation."),
        ("n", 1, "The Consultant shall certify in writing to the Contracting Authority, by 31 January each year, that it has complied with Section 4.2.{fn:The certificate is in the form at Appendix 4 of the Framework Agreement.}"),
        ("n", 1, "The Consultant shall not offer any gift or hospitality to any officer or elected member of the Contracting Authority, and shall keep a register of gifts and hospitality offered to its Personnel by contractors, Tenants or suppliers, open to inspection by the Contracting Authority."),
        ("n", 1, "The Consultant shall ensure that each of its directors and each Personnel member who decides on Tenant matters completes an annual declaration of interests or a nil declaration, shall keep a register of interests, and shall give a copy to the Contracting Authority each January."),
        ("n", 1, "The Consultant confirms that it disclosed in its mini-competition tender every relationship between it or its Personnel and any person involved in evaluating the tenders, and shall disclose promptly any later relationship."),
        ("h", 1, "Information"),
        ("n", 1, "The Consultant may assist the Contracting Authority in dealing with any request under the Freedom of Information Act 2014 relating to the Services."),
        ("n", 1, "The Consultant shall keep Tenants' personal data confidential and process it only on the Contracting Authority's documented instructions."),
        ("h", 1, "Tenant complaints"),
        ("n", 1, "The Consultant shall operate a free, accessible complaints procedure for Tenants about the liaison and engagement Services, publicised on the project information leaflet and at each engagement event, and shall meet the timescales in the endnote to this Section.{en:Acknowledgement within 3 working days; response within 15 working days, or within 30 working days for complex complaints with the reason given in writing.}"),
        ("n", 1, "The Consultant shall report to the Contracting Authority each month the number of Tenant complaints received, their subject, outcome and time to respond, and the actions taken."),
        ("n", 1, "Where a Tenant brings a complaint to the Office of the Ombudsman, the Consultant shall co-operate fully with the Ombudsman's examination, provide all information requested and implement any remedy the Contracting Authority agrees."),
        ("n", 1, "The Consultant shall review complaint themes with the Contracting Authority at each phase-end meeting and shall agree and carry out an improvement plan addressing any recurring cause."),
        ("h", 1, "Monitoring and audit"),
        ("n", 1, "The Contracting Authority may audit the Consultant's compliance with Section 4 (Standards in public office) and Section 3.1, including the gifts register and the register of interests, and shall review that compliance at quarterly contract meetings."),
        ("h", 1, "Termination"),
        ("n", 1, "The Contracting Authority may terminate this Call-Off Contract immediately by notice if the Consultant breaches Section 4, or if the conduct of the Consultant or its Personnel brings the Contracting Authority into disrepute, and may require the removal of any person responsible."),
        ("n", 1, "Neither party is liable for delay caused by force majeure, including fire, flood, pandemic or armed conflict."),
        ("h", 1, "Price and payment"),
        ("n", 1, "The Contracting Authority shall pay the rates in the Schedule monthly in arrears within 15 days of a valid invoice under the European Communities (Late Payment in Commercial Transactions) Regulations 2012."),
        ("sect", "portrait"),
        ("sch", "Rates and key performance indicators{hid: [Drafting note: check rates against the mini-competition tender before issue.]}"),
        ("sn", 1, "Rates (excluding VAT): tenant liaison officer EUR 46 per hour; engagement event EUR 1,150 each; mileage at civil service rates."),
        ("sn", 1, "Key performance indicators:"),
        ("table", [["KPI", "Measure", "Target", "Reported"],
                   ["1", "Tenants contacted at least ten working days before works start", "100%", "Monthly"],
                   ["2", "Access appointments kept", "95%", "Monthly"],
                   ["3", "Tenant complaints acknowledged within 3 working days", "100%", "Monthly"],
                   ["4", {"t": "Vulnerable Tenants with a support plan before decanting", "span": 1}, "100%", "Monthly"]], {"widths": [800, 8200, 2000, 2200]}),
        ("sect", "landscape"),
        ("p", "Signed for the Contracting Authority: Niamh Gallagher, Director of Housing {sym:F0FC}{ptab}Signed for the Consultant: Declan Moran, Managing Director"),
    ],
    "verdicts": [
        ("ES-01", "gap", "Section 4.1: the Ethics in Public Office Acts and the Code of Conduct apply to the Contracting Authority's officers only (wrong party)", None),
        ("ES-02", "weak", "Section 3.3: 'should adopt a code of conduct' (should)", "The Consultant should adopt a code of conduct for Personnel"),
        ("ES-03", "gap", "Section 3.2: consent to sub-contract and an insurance flow-down only (decoys)", None),
        ("ES-04", "pass", "Section 3.1: training on the code, conflicts, gifts, anti-corruption and raising concerns, yearly, with records", "complete training on the Consultant's code of conduct, conflicts of interest, gifts, anti-corruption"),
        ("ES-05", "gap", "the Protected Disclosures Act 2014 is named only in the Applicable Law definition (Section 1.1); no speaking-up duty", None),
        ("ES-06", "pass", "Section 4.2: no corrupt gift or advantage, proportionate procedures, immediate notice of suspected offences", "shall maintain reasonable and proportionate procedures to prevent corruption"),
        ("ES-07", "weak", "Section 5.1: the Consultant 'may assist' with FOI Act 2014 requests (may)", "may assist the Contracting Authority in dealing with any request under the Freedom of Information Act 2014"),
        ("ES-08", "pass", "Section 7.1: audit of compliance with Section 4 and Section 3.1, reviewed at quarterly contract meetings", "may audit the Consultant's compliance with Section 4 (Standards in public office)"),
        ("ES-09", "pass", "Section 8.1: immediate termination for breach of Section 4 or disrepute, removal of the person responsible", "terminate this Call-Off Contract immediately by notice if the Consultant breaches Section 4"),
        ("ES-10", "weak", "Section 4.3: an annual certificate of compliance with Section 4.2 (anti-corruption) only, a one-topic certificate", "shall certify in writing to the Contracting Authority, by 31 January each year, that it has complied with Section 4.2"),
        ("COI-01", "gap", "'conflict' appears only as conflict of laws (Section 1.3) and armed conflict (Section 8.2), decoys; no conflict-of-interest duty", None),
        ("COI-02", "gap", "no clause on managing conflicts or terminating for them", None),
        ("COI-03", "pass", "Section 4.4: no gifts or hospitality to officers or members; a gifts and hospitality register open to inspection", "shall keep a register of gifts and hospitality offered to its Personnel"),
        ("COI-04", "weak", "Section 3.4: 'should inform' before engaging a former Housing Directorate employee (should)", "should inform the Contracting Authority if it intends to engage any person who was employed by the Contracting Authority"),
        ("COI-05", "pass", "Section 4.5: annual declarations or nil declarations by directors and decision-making Personnel, a register given yearly", "completes an annual declaration of interests or a nil declaration"),
        ("COI-06", "pass", "Section 4.6: confirms disclosure of relationships with tender evaluators, kept current", "confirms that it disclosed in its mini-competition tender every relationship"),
        ("CDM-01", "pass", "Section 6.1: a free, accessible, publicised complaints procedure for Tenants", "shall operate a free, accessible complaints procedure for Tenants"),
        ("CDM-02", "pass", "Section 6.2: monthly report of complaints received, subject, outcome, time and actions", "shall report to the Contracting Authority each month the number of Tenant complaints received"),
        ("CDM-03", "gap", "the Tenant satisfaction survey option under Section 2.2 is an unticked box, not ordered; no other feedback duty", None),
        ("CDM-04", "pass", "Section 6.3: co-operate with the Office of the Ombudsman and implement agreed remedies", "shall co-operate fully with the Ombudsman's examination"),
        ("CDM-05", "pass", "Section 6.4: review complaint themes at phase-end meetings and carry out an improvement plan on recurring causes", "shall review complaint themes with the Contracting Authority"),
        ("CDM-06", "pass", "Section 6.1 and its endnote: acknowledgement within 3 working days, response within 15 (30 for complex complaints, reason given)", "Acknowledgement within 3 working days; response within 15 working days"),
    ],
    "absent": [("unticked", "shall carry out a Tenant satisfaction survey at the end of each phase"),
               ("hidden", "check rates against the mini-competition tender")],
})

README_HEAD = """# Blind set 27: contracts as Microsoft Word writes them, second round

{n} fictional public-service contracts, all DOCX hand-built as Word saves departmental and law-firm
templates, for measuring probity on documents it has never seen. All parties, people, places and
reference numbers are invented; the statutes, regulators and ombudsmen named are real. The set
varies the Word conventions of set 21 on purpose (see "Word conventions" below).

## What was read (blindness)

Read: `../shared/rule-catalogue.md` (sections 1 and 2 in full, which decide every verdict),
`../shared/design-notes.md`, the repository `README.md`, the list of sets at the end of
`fixtures/blind/README.md`, `fixtures/blind/set22/README.md`, one set 22 `.expected` file
(c01, for the format), `scripts/make-blind-set22.py` (zip writer, checks), and, as allowed for this
set, `fixtures/blind/set21/README.md` and `scripts/make-blind-set21.py` (its WordprocessingML writer
and numbering engine were studied; this builder was written afresh with a different block model).
Not read: probity's `src/`, `rules/`, `tests/`, `docs/`, any other fixture or `.expected`, any other
set's contract texts, git history. probity and `cargo` were not built or run. Commands run besides
the builder: `git status`, `git add`, `git commit`, `git rev-parse`, `ls` of set 22's folder,
`soffice --version`, and one LibreOffice text export of c01 in a scratch folder to see how
LibreOffice shows the numbering.

## How it was written

The verdict matrix was fixed first, for c01-c05 (balanced on its own: every rule at least two
passes, two non-passes and, where natural, a weak) and then for c06-c10, chosen to add non-passes
where the first five were pass-heavy; each contract was then drafted to it as a
different organisation's document (US county law-firm agreement, English call-off order form with
tick boxes, law-firm deed of variation with tracked changes by two authors, Scottish grant
conditions addressed to 'you', NHS-style particulars and service conditions{more}). Traps placed on purpose:
negations and disapplications, definition-only hits (the Bribery Act in a Law definition, a defined
Conflict of Interest), decoys (precedence 'conflict', a food hygiene code of practice, an
exclusion-ground confirmation, mediation, TUPE, financial-only audit, termination for convenience,
insurance flow-down), wrong-party duties (County officers' statements of economic interest, the
Buyer handling complaints, the Council publishing a grant, the SPSO for the funder's own
complaints), hedges ('expects', 'should', 'is encouraged to', 'may', 'reasonable efforts', 'on
request'), and Word-only traps: unticked check boxes, placeholder text, hidden text, comments that
state duties, tracked deletions, moves and deleted rows, and the unselected branch of an IF field.

## Files and how to rebuild

`<name>.docx` and `<name>.expected` per contract (22 lines `RULE pass|weak|gap  # why`, why naming
the clause, row, option, box or note). Texts and verdicts are data in
`scripts/blind_set27_contracts.py`; `python3 scripts/make-blind-set27.py` (from the repository root;
needs Python 3 and LibreOffice `soffice`, private profile `/tmp/lo27`) deletes and rebuilds this
folder and exits non-zero if any check fails. Zip members carry fixed timestamps and fixed ids, no
LibreOffice output is delivered, and two consecutive runs give byte-identical files.

Checks: every zip member well-formed XML with the fixed timestamp; 22 well-formed verdict lines in
rule order, each why naming a clause/row/box; 7-15 passes per contract; per rule at least 2 passes
and 2 non-passes; 1,000-2,200 words of contract text; an independent extraction (zipfile +
ElementTree, below) in which every pass and weak quote is found, and the clause number that a
Word numbering engine gives the paragraph holding the quote appears in the why; every 'not
contract text' string is in the file (in comments.xml, a hidden run, a placeholder control, an
unticked option, a deletion or a field instruction) and absent from the contract text; moved and
boxed text present exactly once; the intended numbering labels produced; heading styles carry no
`w:numPr`; LibreOffice opens and converts every file to text (`soffice --convert-to txt`).

The independent extraction reads `word/document.xml`, `footnotes.xml` and `endnotes.xml`. Contract
text = Word's final view: `w:ins` and `w:moveTo` kept, `w:del`, `w:delText`, `w:moveFrom` dropped;
field results kept, field instructions dropped (including a nested field's result inside an outer
instruction); `mc:Fallback` dropped (text boxes read once, from `wps:txbx`); runs with `w:vanish`
dropped; content controls showing their placeholder (`w:showingPlcHdr`) dropped; a paragraph or
row that begins with an unticked check box (the glyph U+2610) dropped; `w:noBreakHyphen` read as
'-', `w:softHyphen` as nothing, `w:sym` as a space; smartTag, customXml, hyperlink and filled-in
content controls are transparent. Comments, headers and footers are separate parts and never read.

## Word conventions (differing from set 21)

* Built-in `Heading1`..`Heading4` numbered by ONE multi-level list whose levels name the heading
  styles through `w:pStyle` inside `w:lvl`; the styles themselves carry no `w:numPr` (the builder
  checks this). Body clauses are `ListParagraph` with direct `w:numPr` on the same list. Level
  texts differ per contract: `ARTICLE %1` (upperRoman) with legal-style `Section %1.%2` (`w:isLgl`,
  decimalZero, so 'Section 4.01' under 'ARTICLE IV'); `Clause %1` / `%1.%2` / `(%3)`; `%1.` /
  `%1.%2`; `Part %1` (upperLetter) / `%2.` / `%2.%3` (conditions restart in each Part); `SC%1` /
  `SC%1.%2` (isLgl). Schedules use a second list: `Schedule %1` linked to a custom
  `ScheduleTitle` style, its paragraphs `%1.%2` restarting under each schedule.
* The labels cited in the `.expected` files are those Word shows (ECMA-376 17.9.23: a paragraph in a
  style named by a level's `w:pStyle` takes that level). LibreOffice 7.4's import does not follow
  the `w:lvl`/`w:pStyle` link (its text export shows the headings unnumbered, so the Section
  numbers of c01 read 'I.01', 'I.02' ... without restarting, and it ignores `w:isLgl`). A reader
  that only follows style `w:numPr` will therefore number these files differently from Word.
"""

README_TAIL = """## Not contract text: what was decided and why

* **Check boxes** (c02, c10): Word `w14:checkbox` content controls in front of each option. The order
  form says an unticked option does not form part of the contract, so only ticked (U+2612)
  options bind: Joint Schedule 5 / Supplier Code of Conduct, supply chain 'expects' and gifts
  register count; the unticked Public life, Speaking up, Former Buyer employees and Service user
  survey options do not (ES-01, ES-05, COI-04, CDM-03, CDM-05 gaps). In c10 the unticked Tenant
  satisfaction survey option is not ordered (CDM-03 gap). A tool reading every run will see duty
  wording there; this is the set's sharpest trap.
* **Placeholder text** (c02 clauses 6.2 and 7.1, c03 date and witness, c04 date): content controls
  still showing 'Click or tap here to enter text.' or '[Insert ...]' are not text the parties
  agreed; c02's complaint timescale (CDM-06) and termination events (ES-09) are therefore gaps.
* **Hidden text** (c01 Section 4.06; c10 Schedule 1 title): `w:vanish` drafting notes are not
  contract text; c01's holds an annual certificate (ES-10 gap).
* **Comments** (c01 on Section 5.05 with a reply; c05 spanning SC4.1-SC4.2; c08 spanning clauses
  9.3-9.4; c09 on the signature block with a reply): never contract text, even when they state a
  duty (c01 gifts register: COI-03 gap; c08 whistleblowing: ES-05 gap; c09 complaints procedure:
  CDM-01 gap).
* **Tracked changes** (c03, track changes on): the final view counts. Inserted clause 23.1 and the
  inserted certificate row count; the deleted training paragraph and the deleted gifts row do
  not; 'each quarter' deleted and 'on request' inserted makes complaint reporting weak; the
  second author's deletion of 'and shall encourage' inside the first author's insertion, with
  'shall procure' inserted, leaves a binding flow-down; formatting-only changes (`w:rPrChange` on
  clause 23.5, `w:pPrChange` on 23.9) change nothing; the moved code-of-conduct clause counts once,
  where it lands (clause 2.3), and its source paragraph is not numbered in the final view. c09 (track
  changes on) has a deleted whistleblowing paragraph (ES-05 falls to the weak 'encouraged' clause
  3.5), a moved annual statement counted once at clause 3.6 (ES-10 pass) and an inserted table row;
  c06 has a deleted Contract Details row (security), which is not contract text.
* **Fields** (c02 Lot): a nested `IF { DOCPROPERTY Lot } = "2" ...` shows its cached Lot 2 text;
  the Lot 1 alternative sits only in the field instruction and is not contract text. DOCPROPERTY,
  REF, PAGEREF and HYPERLINK fields are read by their cached results. (LibreOffice 7.4 shows the inner
  DOCPROPERTY result '2' in c02's Lot cell instead of the IF field's cached text; Word shows the
  cached text until fields are updated, and updating gives the same Lot 2 text.)
* **Text boxes** (c04 'Our values', c07 'Key requirements', c08 KPI summary): contract text, read
  once (the VML fallback repeats it); c04's is a statement of expectation, so ES-01 is weak; c07's
  repeats the quarterly complaint report of clause 5(c).
* **Footnotes and endnotes** belong to their clause: c04's endnote leaves complaint timescales to be
  agreed (CDM-06 gap); c10's endnote to Section 6.1 fixes them (CDM-06 pass).
* **Headers and footers** ('OFFICIAL' markings, TITLE field, page numbers) are not contract text.

## Judgement calls

* 'you' in c04 is the Grantee (defined at the top of the letter) and counts as the provider side,
  as 'Grantee' does in the catalogue; 'we' is the Council.
* c01 ES-07: 'reasonable efforts' to assist with Oregon Public Records Law requests and transparency
  information is read as the catalogue's 'reasonable endeavours' (weak), a US public records law
  being treated as the FOI topic.
* c01 ES-01: the seven principle words bound to the Contractor by 'shall ... act in accordance with'
  pass although the name 'Nolan' is not used (the catalogue's five-of-seven rule).
* c02 ES-08: an audit right that names clause 4.1, Joint Schedule 5 and the Supplier Code of Conduct
  is an ethics audit (pass), not a general one.
* c02 CDM-01: a clause that gives complaint handling to the Buyer and disapplies the Supplier's own
  procedure is a gap even though the Supplier reports complaint numbers (CDM-02 pass) and
  co-operates with the LGSCO (CDM-04 pass).
* c03 ES-10: the annual statement sits only in an inserted table row whose 'Party responsible' is
  the Provider and whose lead-in (Schedule 1 para 1.1) says 'The Provider shall give the Council
  the returns': read as a binding, board-signed periodic statement (pass).
* c03 CDM-06: 'should' wording is weak even beside firm duties elsewhere.
* c05 CDM-05: SC5.6 only says the Provider 'should consider' complaint themes, but Schedule 2 para
  2.2 requires a remedial action plan whenever a quality threshold is missed, and the thresholds
  include QR5 (Friends and Family Test satisfaction): read as the catalogue's 'below the agreed
  satisfaction level ... action plan' (pass).
* c09 CDM-05: Schedule 1 para 1.2 corrective steps follow a missed service level, and the survey row
  has no level, so no satisfaction or complaint learning duty (gap).
* c07 COI-02: clause 6(a) ends the contract for breach of clause 3 (which includes the duty to tell
  the Council about conflicts); that is a remedy for an ethical breach (ES-09 pass), not a power to
  act where a conflict arises, so COI-02 stays a gap.
* Staff/Personnel definitions were drafted so that staff duties do not silently flow down to
  subcontractors where ES-03 is not a pass (c01, c07, c09, c10).
* c04 COI-01: a 'should tell us' duty is weak even though the Conflict of Interest definition and a
  firm COI-02 mitigation right exist.
* c05 ES-10: a nominated ethics lead with no statement is 'structures only' (weak).
* c10 CDM-06: the timescales sit only in the endnote that Section 6.1 says the Consultant shall
  meet; the endnote is read as part of Section 6.1 (pass).
* c10 ES-10 and c02 ES-10: annual certificates limited to the anti-corruption clause are one-topic
  certificates (weak).
* Numbering: the `.expected` labels follow ECMA-376 (heading styles numbered through the list
  level's `w:pStyle`). Word itself normally also writes `w:numPr` into a linked style; this set
  leaves it out on purpose, as the brief asked, and LibreOffice 7.4 then shows the headings
  unnumbered. If probity follows LibreOffice's reading its clause numbers will differ from the
  `.expected` citations, though the verdicts do not depend on the numbers.
* c05 COI-04: notice before engaging former Commissioner staff, plus respecting the conditions of
  their appointment advice, passes without naming ACOBA.
"""

