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
        ("n", 1, "\"Services\" means the eligibility assessment, call centre, reservation and scheduling services described in Exhibit A. \"Rider\" means a person who applies for or is certified as eligible for paratransit service. \"Personnel\" means Contractor's employees, agents and subcontractors performing the Services."),
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

README_HEAD = """# Blind set 27

(draft)
"""
README_TAIL = """"""
