"""Contract texts and expected verdicts for blind fixture set 14.

Theme: cross-references, incorporation by reference, and PDFs.
All organisations, people, numbers and documents are fictional.

Block kinds (rendered by scripts/make-blind-set14.py):
  ("h1", text) / ("h2", text)       headings
  ("p", text)                        paragraph
  ("p", [segments], opts)            paragraph built from ("t"|"ins"|"del", text) segments;
                                     opts may carry "comment" and "author" (DOCX only)
  ("t", rows)                        table, first row is the header row
  ("n0", text, number)               auto-numbered clause heading (numbering.xml, DOCX only);
  ("n1", text, number)               auto-numbered sub-clause; "number" is what Word shows and
                                     is checked by the builder, it is not written into the text
Each contract's "expected" is the exact text of its .expected file.
"""

RULES = ["ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
         "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
         "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06"]

CONTRACTS = []

# ============================================================================ C1
CONTRACTS.append({
    "file": "nt-remote-power-operation.pdf",
    "provider": "parties clause: the Operator",
    "build": "pdf-odt",
    "title": "Remote Power Stations Operation and Maintenance Contract",
    "header": "Northern Territory of Australia - Contract DRES-PS-2025-031 - Remote Power Stations O&M",
    "subject": "operation and maintenance of remote community power stations",
    "jurisdiction": "Northern Territory (Australia)",
    "blocks": [
        ("h1", "Remote Power Stations Operation and Maintenance Contract"),
        ("p", "Contract No. DRES-PS-2025-031"),
        ("p", "THIS CONTRACT is made on 3 March 2025"),
        ("p", "BETWEEN the Northern Territory of Australia, represented by the Department of Remote Essential Services (the “Territory”); and"),
        ("p", "Barkly Gulf Energy Services Pty Ltd (ABN 51 608 442 917) of 14 Stuart Highway, Katherine NT 0850 (the “Operator”)."),
        ("h2", "Recitals"),
        ("p", "A. The Territory owns diesel and solar-hybrid power stations serving the eighteen remote communities listed in Schedule 1."),
        ("p", "B. The Territory invited tenders for the operation and maintenance of those power stations and accepted the Operator’s tender."),
        ("p", "C. The Operator has represented that it has the expertise, licences and resources to perform the Services in accordance with this Contract."),
        ("h2", "1. Interpretation"),
        ("p", "1.1 In this Contract, unless the context otherwise requires:"),
        ("p", "“Business Day” means a day other than a Saturday, Sunday or public holiday in Darwin."),
        ("p", "“Community” means a community listed in Schedule 1, and “Customer” means a resident, household, business or organisation in a Community that is supplied with electricity from a Power Station."),
        ("p", "“Ethical Standards” means the standards set out in Schedule 7 (Ethical Standards)."),
        ("p", "“Monthly Report” means the report described in clause 11.2."),
        ("p", "“Personnel” means the Operator’s officers, employees and agents and its Subcontractors and their employees, in each case while engaged in the Services."),
        ("p", "“Power Station” means each power station described in Schedule 1, including its generating sets, solar array, fuel storage and switchboard."),
        ("p", "“Services” means the services described in clause 3 and Schedule 2."),
        ("p", "“Subcontract” means a contract under which a person other than the Operator performs part of the Services, and “Subcontractor” has a corresponding meaning."),
        ("p", "1.2 Order of precedence. If there is any conflict or inconsistency between the clauses of this Contract and the Schedules, the clauses prevail, and the Schedules prevail over the Operator’s tender to the extent of the conflict."),
        ("p", "1.3 Entire agreement. This Contract is the entire agreement of the parties about its subject matter and supersedes the request for tender and the Operator’s tender except where expressly incorporated."),
        ("h2", "2. Term"),
        ("p", "2.1 This Contract starts on 1 April 2025 and continues for five years unless terminated earlier under clause 24. The Territory may extend it once by up to two years by notice given at least three months before expiry."),
        ("h2", "3. Services"),
        ("p", "3.1 The Operator shall operate, maintain and repair each Power Station in accordance with Schedule 2 (Technical Specification) and good industry practice so that the availability targets in Schedule 3 are met."),
        ("p", "3.2 The Operator shall keep fuel stocks at each Power Station at or above the minimum reserve stated in Schedule 2 and shall reconcile fuel deliveries against fuel consumption each month."),
        ("p", "3.3 The Operator shall maintain the integrity of the data recorded by the supervisory control and data acquisition system at each Power Station and shall not alter logged generation or fuel data."),
        ("p", "3.4 The Operator shall comply with Schedule 5 (Community Liaison) in its dealings with Communities and Customers."),
        ("h2", "4. Personnel"),
        ("p", "4.1 The Operator shall ensure that all Personnel complete an induction programme before they first attend a Power Station and hold the electrical licences and high-voltage switching authorisations required by law."),
        ("p", "4.2 The Operator shall obtain a permit from the relevant land council before any Personnel enter Aboriginal land, and shall ensure that Personnel comply with the conditions of each permit."),
        ("h2", "5. to 10. Operational provisions"),
        ("p", "5.1 Work health and safety: the Operator is the person conducting a business or undertaking with management or control of each Power Station and shall comply with the Work Health and Safety (National Uniform Legislation) Act 2011."),
        ("p", "6.1 Environment: the Operator shall prevent fuel spills and shall report any spill of more than 200 litres to the Territory and the regulator within 24 hours."),
        ("p", "7.1 Fees: the Territory shall pay the monthly fee in Schedule 4 within 20 Business Days after receiving a correct tax invoice."),
        ("p", "8.1 Spare parts: the Operator shall keep the critical spares listed in Schedule 2 at its Katherine depot."),
        ("p", "9.1 Asset register: the Operator shall keep the asset register for each Power Station up to date and give a copy to the Territory every six months."),
        ("p", "10.1 Insurance: the Operator shall hold public liability insurance of at least $20 million and workers compensation insurance as required by law, and shall give the Territory a certificate of currency each year."),
        ("h2", "11. Reporting and meetings"),
        ("p", "11.1 The Operator shall attend a contract meeting with the Territory each month, in person or by video link."),
        ("p", "11.2 Within 10 Business Days after the end of each month the Operator shall give the Territory a Monthly Report covering availability at each Power Station, unplanned outages and their causes, fuel reconciliation, safety incidents and the matters required by Schedule 5."),
        ("h2", "12. Information and confidentiality"),
        ("p", "12.1 The Territory may publish this Contract and the fees payable under it on the Territory’s contracts register and may disclose information about this Contract in accordance with the Information Act 2002 (NT)."),
        ("p", "12.2 The Operator shall keep confidential all information about the Territory, the Communities and Customers obtained in performing the Services and shall use it only for the Services."),
        ("h2", "13. Intellectual property"),
        ("p", "13.1 All operating manuals, drawings and data produced by the Operator for the Services vest in the Territory on creation."),
        ("h2", "14. Ethical standards"),
        ("p", "14.1 The Operator shall comply with, and shall ensure that all Personnel comply with, the Ethical Standards."),
        ("p", "14.2 Without limiting clause 14.1, the Operator shall apply the code of conduct referred to in paragraph 3 of Schedule 7 to all Personnel."),
        ("p", "14.3 The Operator shall notify the Territory promptly in writing of any breach of the Ethical Standards by the Operator or any Personnel, and of the action it has taken."),
        ("p", "14.4 The Operator shall ensure that the ethics lead nominated under paragraph 8 of Schedule 7 reports to the Operator’s board at least every six months on compliance with this clause 14."),
        ("p", "14.5 The Operator confirms that, before the date of this Contract, it disclosed to the Territory in writing every relationship between the Operator or its Personnel and any Territory officer involved in evaluating the tenders, and shall keep that disclosure current throughout the Term."),
        ("h2", "15. to 19. General provisions"),
        ("p", "15.1 Liability: the Operator indemnifies the Territory against loss arising from the Operator’s negligence or breach of this Contract."),
        ("p", "16.1 Force majeure: neither party is liable for delay caused by cyclone, flood, fire, armed conflict or another event beyond its reasonable control, provided it gives prompt notice."),
        ("p", "17.1 Assignment: the Operator shall not assign this Contract without the Territory’s prior written consent."),
        ("p", "18.1 Notices must be in writing and sent to the addresses in Schedule 4."),
        ("p", "19.1 Variation: this Contract may be varied only in writing signed by both parties."),
        ("h2", "20. Subcontracting"),
        ("p", "20.1 The Operator shall not subcontract any part of the Services without the Territory’s prior written consent."),
        ("p", "20.2 The Operator remains responsible for the acts and omissions of its Subcontractors as if they were its own."),
        ("p", "20.3 The Operator shall pay each Subcontractor within 20 Business Days after receiving a correct invoice."),
        ("p", "20.4 The Operator shall ensure that every Subcontract imposes on the Subcontractor obligations no less onerous than those in clause 14 and Schedule 7."),
        ("h2", "21. Records"),
        ("p", "21.1 The Operator shall keep complete and accurate accounts and records of the Services, including fuel receipts, for seven years after the end of the Term."),
        ("h2", "22. Audit"),
        ("p", "22.1 The Territory, the Auditor-General or a person authorised by the Territory may, on five Business Days’ notice, audit the Operator’s compliance with clause 14 and Schedule 7, and the Operator shall give access to its Personnel, premises and records for that purpose."),
        ("h2", "23. Disputes"),
        ("p", "23.1 The parties shall attempt to resolve any dispute by negotiation between senior representatives and, failing that within 20 Business Days, by mediation in Darwin before either party commences proceedings."),
        ("h2", "24. Termination"),
        ("p", "24.1 The Territory may terminate this Contract for convenience by giving the Operator at least three months’ notice."),
        ("p", "24.2 The Territory may terminate this Contract immediately by notice if the Operator breaches any of clauses 14.1 to 14.4 or Schedule 7, and may instead require the Operator to remove from the Services any Personnel who has breached the Ethical Standards."),
        ("p", "24.3 The Territory may terminate this Contract by notice if the Operator fails to remedy a material breach within 20 Business Days after receiving notice of it."),
        ("h2", "Schedule 1 - Power Stations and Communities"),
        ("t", [["Region", "Communities served", "Installed capacity"],
               ["Barkly", "Six communities", "4.2 MW diesel, 1.1 MW solar"],
               ["Big Rivers", "Seven communities", "5.0 MW diesel, 1.6 MW solar"],
               ["Arnhem", "Five communities", "3.8 MW diesel, 0.9 MW solar"]]),
        ("h2", "Schedules 2 to 4"),
        ("p", "Schedule 2 (Technical Specification), Schedule 3 (Availability Targets) and Schedule 4 (Fees and Notices) are contained in the separately bound technical volume dated 3 March 2025."),
        ("h2", "Schedule 5 - Community Liaison"),
        ("p", "1. The Operator shall appoint a community liaison officer for each region who visits each Community in that region at least once every two months."),
        ("p", "2. The Operator shall operate a complaints procedure for Customers, publicised at the community store and the local council office in each Community in plain English and the main local language, by which Customers can complain about outages, noise, access to Power Station sites or the conduct of Personnel."),
        ("p", "3. The Operator shall acknowledge each complaint within two Business Days after receiving it and give the complainant a response within 15 Business Days."),
        ("p", "4. The Operator shall include in each Monthly Report the number of complaints received in the month, the subject of each, the number answered within 15 Business Days and the outcome of each complaint."),
        ("p", "5. The Operator shall use reasonable endeavours to assist the Territory in responding to any inquiry or investigation by the Ombudsman NT about the Services."),
        ("p", "6. The Operator shall give each local council at least 48 hours’ notice of any planned outage."),
        ("h2", "Schedule 6 - Transition"),
        ("p", "At the end of the Term the Operator shall co-operate with the Territory and any incoming operator for a handover period of up to three months."),
        ("h2", "Schedule 7 - Ethical Standards"),
        ("p", "1. Application. This Schedule applies to the Operator and all Personnel in performing the Services."),
        ("p", "2. Standards of conduct. The Operator shall, and shall ensure that all Personnel, act with integrity, honesty, objectivity, accountability, openness and leadership in all dealings with the Territory, Communities and Customers."),
        ("p", "3. Code of conduct. [Not used]"),
        ("p", "4. Conflicts of interest. 4.1 The Operator shall avoid, and shall ensure that Personnel avoid, any actual, potential or perceived conflict of interest between their own interests and the performance of the Services, including any interest in a fuel supplier, freight contractor or Community business, and shall notify the Territory in writing within two Business Days after becoming aware of one. 4.2 The Operator shall comply with any direction of the Territory to manage or remove a notified conflict of interest."),
        ("p", "5. Raising concerns. The Operator shall maintain a procedure by which Personnel and Customers can raise concerns in confidence about suspected wrongdoing connected with the Services, and shall not subject any person to detriment for raising such a concern in good faith with the Operator, the Territory or the Independent Commissioner Against Corruption."),
        ("p", "6. Bribery and fraud. The Operator shall not offer, give, solicit or accept any bribe or other improper payment in connection with this Contract, shall maintain adequate procedures to prevent bribery and fraud by Personnel, including in fuel receipting, and shall immediately notify the Territory of any suspected fraud or corruption."),
        ("p", "7. Records. The Operator shall keep a written record of each matter notified under paragraphs 4 to 6 for the period required by clause 21."),
        ("p", "8. Ethics lead. The Operator shall nominate a senior manager as its ethics lead, responsible for the Operator’s compliance with this Schedule, and shall tell the Territory that person’s name."),
        ("p", "SIGNED for and on behalf of the Northern Territory of Australia by its delegate, and SIGNED by Barkly Gulf Energy Services Pty Ltd in accordance with section 127 of the Corporations Act 2001 (Cth)."),
    ],
    "expected": """\
ES-01 pass  # 14.1 binds the Operator and Personnel to the Ethical Standards, defined as Schedule 7, whose paragraph 2 names integrity, honesty, objectivity, accountability, openness and leadership
ES-02 gap  # decoy: clause 14.2 applies "the code of conduct referred to in paragraph 3 of Schedule 7", but Schedule 7 paragraph 3 is [Not used]; no code is named anywhere
ES-03 pass  # 20.4 every Subcontract must impose obligations no less onerous than clause 14 and Schedule 7 (the ethics clauses)
ES-04 weak  # 4.1 only a generic induction programme and electrical licences; no ethics, conflicts or bribery training named
ES-05 pass  # Schedule 7 para 5 confidential route to raise concerns and no detriment; 14.3 also requires notice of breaches of the Ethical Standards
ES-06 pass  # Schedule 7 para 6: no bribe, adequate procedures against bribery and fraud, immediate notice to the Territory
ES-07 gap  # 12.1 only the Territory may publish and disclose under the Information Act; 12.2 is confidentiality; no Operator duty to co-operate
ES-08 pass  # 22.1 Territory may audit compliance with clause 14 and Schedule 7 with access to Personnel and records
ES-09 pass  # 24.2 termination for breach of clauses 14.1 to 14.4 or Schedule 7, or removal of Personnel who breach the Ethical Standards
ES-10 weak  # Schedule 7 para 8 and clause 14.4 give only an ethics lead reporting to the Operator's own board (structures only); no assurance or certificate to the Territory (10.1 certificate of currency is insurance)
COI-01 pass  # Schedule 7 para 4.1 avoid actual, potential or perceived conflicts and notify the Territory within two Business Days
COI-02 pass  # Schedule 7 para 4.2 comply with any Territory direction to manage or remove a notified conflict
COI-03 gap  # no clause on gifts or hospitality (Schedule 7 para 6 is anti-bribery only)
COI-04 gap  # no clause on former Territory officers or officials
COI-05 gap  # no declarations of interests or register for Operator staff in clause 14 or Schedule 7
COI-06 pass  # 14.5 confirms disclosure before award of relationships with Territory officers evaluating the tenders, kept current
CDM-01 pass  # 3.4 incorporates Schedule 5; Schedule 5 para 2 Operator must run a publicised complaints procedure for Customers
CDM-02 pass  # Schedule 5 para 4 complaint numbers, subjects, timeliness and outcomes in each Monthly Report
CDM-03 gap  # no satisfaction or feedback collection anywhere in clause 11 or Schedule 5
CDM-04 weak  # Schedule 5 para 5 only "reasonable endeavours to assist" with an Ombudsman NT inquiry
CDM-05 gap  # no analysis of complaints or lessons learned in Schedule 5 or clause 11
CDM-06 pass  # Schedule 5 para 3 acknowledge within two Business Days, respond within 15 Business Days
""",
})

# ============================================================================ C2
_ML = "M. Lowe (DPAC Legal)"
_KM = "K. Marsh (Grants Branch)"
CONTRACTS.append({
    "file": "tas-grants-program-review.docx",
    "provider": "Agreement Details box: the Consultant",
    "build": "docx-hand",
    "title": "Consultancy Agreement - Independent Review of the Community Infrastructure Grants Program",
    "subject": "independent review of a community infrastructure grants program (consultancy)",
    "jurisdiction": "Tasmania (Australia)",
    "blocks": [
        ("h1", "Consultancy Agreement - Independent Review of the Community Infrastructure Grants Program"),
        ("p", "Agreement reference: DPAC/2025/0417 (draft for execution, showing tracked changes)"),
        ("h2", "Agreement Details"),
        ("t", [["Item", "Details"],
               ["Department", "Crown in Right of Tasmania, represented by the Department of Premier and Cabinet (the Department)"],
               ["Consultant", "Derwent Assurance Partners Pty Ltd (ABN 27 615 903 118), Level 3, 88 Davey Street, Hobart TAS 7000 (the Consultant)"],
               ["Services", "The independent review described in Part A of Schedule 3 (the Review)"],
               ["Commencement Date", "2 June 2025"],
               ["Completion Date", "28 November 2025"],
               ["Fee", "$148,500 (GST exclusive), payable in three milestones"],
               ["Contract Manager", "Director, Grants Governance, Department of Premier and Cabinet"]]),
        ("h2", "Terms"),
        ("h2", "1. Definitions"),
        ("p", "1.1 In this Agreement:"),
        ("p", "“Business Day” means a day that is not a Saturday, Sunday or statutory holiday in Hobart."),
        ("p", "“Conflict of Interest” means any financial, personal, professional or other interest of the Consultant or its Personnel that conflicts, or may reasonably be perceived to conflict, with the impartial performance of the Services."),
        ("p", "“Personnel” means the Consultant’s directors, employees, contractors and agents engaged in the Services, including each member of the Review Team."),
        ("p", "“Probity Requirements” means the requirements set out in Part B of Schedule 3."),
        ("p", "“Program” means the Community Infrastructure Grants Program administered by the Department from 2021 to 2024."),
        ("p", "“Review Team” means the individuals named in Part A of Schedule 3 and any replacement approved by the Department."),
        ("h2", "2. Precedence"),
        ("p", "2.1 If there is an inconsistency between the Agreement Details, these Terms and Schedule 3, these Terms prevail to the extent of the inconsistency."),
        ("h2", "3. Services and reports"),
        ("p", "3.1 The Consultant must perform the Review in accordance with Part A of Schedule 3, with due care and skill and to the standard of an experienced public sector assurance practitioner."),
        ("p", "3.2 The Consultant must deliver a draft report by 3 October 2025 and a final report by the Completion Date, taking into account the Department’s comments on the draft."),
        ("h2", "4. to 17. Commercial terms"),
        ("p", "4.1 The Department must pay each milestone within 20 Business Days after receiving a correct tax invoice. The remaining commercial terms (clauses 5 to 17: warranties, liability, intellectual property, moral rights, publicity and notices) are those of the Department’s Standard Consultancy Terms, version 4.2."),
        ("h2", "18. Confidentiality"),
        ("p", "18.1 The Consultant must keep confidential all grant applications, assessment records and other information of the Department obtained in performing the Services, and must use that information only for the Review."),
        ("h2", "19. Right to information"),
        ("p", "19.1 The Consultant must assist the Department to respond to any application under the Right to Information Act 2009 (Tas) that relates to the Review, including by giving the Department any requested information within five Business Days after the request."),
        ("h2", "20. Personal information"),
        ("p", "20.1 The Consultant must comply with the Personal Information Protection Act 2004 (Tas) as if it were a personal information custodian."),
        ("h2", "21. Probity"),
        ("p", "21.1 The Consultant must comply with, and must ensure that its Personnel comply with, the Probity Requirements."),
        ("h2", "22. Conflict of Interest"),
        ("p", "22.1 The Consultant must ensure that neither it nor any of its Personnel is placed in a position of an actual or potential Conflict of Interest, and must notify the Department in writing immediately after becoming aware of any such Conflict of Interest."),
        ("p", "22.2 Where a Conflict of Interest is notified or identified, the Consultant must take the steps the Department reasonably directs to manage or remove it, which may include replacing a member of the Review Team."),
        ("p", "22.3 The Consultant is encouraged to keep a register of the interests declared by members of the Review Team."),
        ("p", "22.4 The Consultant confirms that it has disclosed to the Department every relationship between the Consultant or its Personnel and any person involved in evaluating its quotation, and must update that disclosure promptly if its circumstances change."),
        ("h2", "23. Compliance statement"),
        ("p", [("t", "23.1 The Consultant "), ("del", "may"), ("ins", "must"),
               ("t", " give the Department, within 10 Business Days after the Commencement Date and on each anniversary of it, a written statement signed by a director that the Consultant and its Personnel have complied with clauses 21 to 24 and Part B of Schedule 3, and that the Consultant has arrangements in place to support that compliance.")],
         {"comment": "Changed to mandatory: the annual statement is a condition of the Secretary's approval of this engagement.", "author": _ML}),
        ("h2", "24. Former Department officers"),
        ("p", "24.1 The Consultant must not engage in the Services any person who, within the 24 months before the Commencement Date, was employed by the Department in a role connected with the Program, without the Department’s prior written consent."),
        ("p", "24.2 The Consultant must tell the Department the name and former position of any person engaged with consent under clause 24.1.",
         {"comment": "Gifts and hospitality: the Consultant must keep a gifts and hospitality register open to the Department. Do we still want this now that 24.3 is out?", "author": _KM}),
        ("p", [("del", "24.3 The Consultant must not, and must ensure that its Personnel do not, offer to or accept from any grant applicant or recipient any gift, hospitality or other benefit.")],
         {"author": _ML, "whole": True}),
        ("h2", "25. Audit and access"),
        ("p", "25.1 The Department, the Auditor-General or their nominee may audit the Consultant’s performance of this Agreement and inspect the Consultant’s records relating to the Services on reasonable notice."),
        ("h2", "26. Subcontracting"),
        ("p", "26.1 The Consultant must not subcontract any part of the Services without the Department’s prior written consent."),
        ("p", "26.2 The Consultant remains responsible for the Services despite any subcontract."),
        ("p", "26.3 The Consultant must ensure that any subcontractor is bound by confidentiality obligations equivalent to clause 18."),
        ("h2", "27. Insurance"),
        ("p", "27.1 The Consultant must hold professional indemnity insurance of at least $5 million for each claim and public liability insurance of at least $10 million for the term of this Agreement and four years after it."),
        ("h2", "28. Disputes"),
        ("p", "28.1 A party claiming that a dispute has arisen must notify the other. The Contract Manager and a director of the Consultant must meet within 10 Business Days to try to resolve it, failing which either party may refer the dispute to mediation by a mediator nominated by the President of the Law Society of Tasmania."),
        ("h2", "29. Responsiveness"),
        ("p", "29.1 The Consultant must respond to any query from the Contract Manager within three Business Days."),
        ("h2", "30. Termination"),
        ("p", "30.1 The Department may terminate this Agreement by notice to the Consultant if (a) the Consultant breaches this Agreement and does not remedy the breach within 10 Business Days after notice; (b) the Consultant becomes insolvent; or (c) the Consultant breaches any of clauses 21 to 24."),
        ("p", "30.2 The Department may terminate this Agreement at any time for convenience by 20 Business Days’ notice, and must pay for Services performed up to termination."),
        ("h2", "31. Progress reporting"),
        ("p", "31.1 The Consultant must give the Department a fortnightly progress report stating the number of grant files reviewed and interviews completed, and any risk to the Completion Date.",
         {"comment": "Consider adding: the Consultant must operate a complaints procedure for grant applicants interviewed in the Review, with a response within 10 Business Days.", "author": _KM}),
        ("h2", "32. General"),
        ("p", "32.1 This Agreement is the entire agreement between the parties about the Review. It is governed by the law of Tasmania."),
        ("h2", "Schedule 3 - Review"),
        ("h2", "Part A - Scope and methodology"),
        ("p", "A1 The Review will assess whether grants under the Program were assessed and awarded in accordance with the Program guidelines and Treasurer’s Instructions, and whether conflicts of interest of assessors were recorded and managed."),
        ("p", "A2 The Consultant will examine a stratified sample of 120 grant files, interview the Department officers who assessed applications, and interview 20 unsuccessful applicants selected by the Department."),
        ("p", "A3 The Review Team is: Ms J. Ashcroft (engagement lead), Mr P. Nguyen (senior analyst) and Ms R. Dillon (analyst)."),
        ("h2", "Part B - Probity Requirements"),
        ("p", "B1 Conduct. In performing the Services the Consultant must act, and must ensure that its Personnel act, with integrity, objectivity, accountability, openness and honesty."),
        ("p", "B2 Code of conduct. The Department expects the Consultant to maintain a code of conduct for its Personnel that is consistent with the State Service Code of Conduct in section 9 of the State Service Act 2000 (Tas)."),
        ("p", "B3 Improper inducements. The Consultant must not offer or give, or agree to offer or give, any payment or other benefit to any person as an inducement or reward in connection with the Review, and must maintain adequate procedures to prevent such conduct by its Personnel."),
        ("p", "B4 Training. Before starting work on the Review, each member of the Review Team must complete the Consultant’s training on conflicts of interest and these Probity Requirements, and the Consultant must keep a record of completion and give it to the Department on request."),
        ("p", "B5 Concerns. Personnel may raise any concern about the conduct of the Review directly with the Department’s Integrity Officer."),
        ("p", "B6 Use of information. The Consultant must use information obtained from grant applicants only for the purposes of the Review."),
        ("p", "Executed as an agreement. Signed for the Crown in Right of Tasmania by the Secretary, Department of Premier and Cabinet, and for the Consultant by two directors under section 127 of the Corporations Act 2001 (Cth)."),
    ],
    "expected": """\
ES-01 pass  # 21.1 binds the Consultant and Personnel to the Probity Requirements, defined as Part B of Schedule 3, whose B1 requires integrity, objectivity, accountability, openness and honesty
ES-02 weak  # Part B of Schedule 3, B2: "The Department expects" the Consultant to maintain a code of conduct (permissive)
ES-03 gap  # decoy: 26.3 flows down only the confidentiality obligations of clause 18; 26.1-26.2 are consent and liability
ES-04 pass  # Part B of Schedule 3, B4: training on conflicts of interest and the Probity Requirements before starting, with records kept
ES-05 weak  # Part B of Schedule 3, B5: Personnel "may raise" concerns with the Department's Integrity Officer; no Consultant duty or non-retaliation
ES-06 pass  # Part B of Schedule 3, B3: no inducement or reward and adequate procedures to prevent it
ES-07 pass  # 19.1 assist the Department with Right to Information Act 2009 applications within five Business Days
ES-08 weak  # 25.1 audit of the Consultant's performance of the Agreement generally; ethics not named
ES-09 pass  # 30.1(c) termination for breach of any of clauses 21 to 24 (probity, conflicts, compliance statement, former officers)
ES-10 pass  # 23.1 as amended by tracked change ("may" deleted, "must" inserted): signed statement at start and yearly of compliance with clauses 21 to 24 and Part B of Schedule 3, with supporting arrangements
COI-01 pass  # 22.1 avoid actual or potential Conflict of Interest and notify the Department immediately in writing
COI-02 pass  # 22.2 take the steps the Department directs to manage or remove a conflict; 30.1(c) termination for breach of clause 22
COI-03 gap  # decoy: 24.3 (no gifts or hospitality) is a tracked deletion; the gifts register appears only in a reviewer comment on 24.2
COI-04 pass  # 24.1 no person employed by the Department on the Program in the prior 24 months without consent; 24.2 disclosure
COI-05 weak  # 22.3 the Consultant "is encouraged to keep a register" of interests (permissive)
COI-06 pass  # 22.4 confirms disclosure of relationships with those evaluating its quotation, kept up to date
CDM-01 gap  # no complaints procedure; the suggestion appears only in a reviewer comment on clause 31.1
CDM-02 gap  # 31.1 progress reports cover files and interviews only; no complaint data
CDM-03 gap  # no satisfaction or feedback collection; Part A A2 interviews are review evidence
CDM-04 gap  # decoy: clause 28 is dispute resolution between the parties (mediation); no Ombudsman co-operation
CDM-05 gap  # no learning from complaints in any clause or Schedule 3
CDM-06 gap  # decoy: 29.1 timescale is for Contract Manager queries, not complaints
""",
})

# ============================================================================ C3
CONTRACTS.append({
    "file": "ns-winter-warmth-rebate.pdf",
    "provider": "BETWEEN/AND parties: the Service Provider",
    "build": "pdf-docx",
    "title": "Service Agreement - Winter Warmth Rebate Program Administration",
    "header": "Province of Nova Scotia - Service Agreement DCS-2025-118 - Winter Warmth Rebate Program",
    "page": "Letter",
    "subject": "administration of a home heating rebate program",
    "jurisdiction": "Nova Scotia (Canada)",
    "blocks": [
        ("h1", "Service Agreement - Winter Warmth Rebate Program Administration"),
        ("p", "Agreement No. DCS-2025-118"),
        ("p", "THIS AGREEMENT is dated as of the 15th day of July, 2025."),
        ("p", "BETWEEN: HIS MAJESTY THE KING IN RIGHT OF THE PROVINCE OF NOVA SCOTIA, as represented by the Minister of Community Services (the “Province”), acting through the Department of Community Services (the “Department”)"),
        ("p", "AND: ATLANTIC BENEFIT ADMINISTRATION INC., a body corporate incorporated under the laws of Nova Scotia, having its registered office at 1801 Hollis Street, Halifax, Nova Scotia (the “Service Provider”)"),
        ("p", "WHEREAS the Province established the Winter Warmth Rebate Program to help low-income households with the cost of heating their homes; AND WHEREAS, following a request for proposals, the Department selected the Service Provider to administer the Program; NOW THEREFORE the parties agree as follows."),
        ("h2", "ARTICLE I - INTERPRETATION"),
        ("p", "1.1 Definitions. In this Agreement: “Applicant” means a person who applies for a Rebate; “Business Day” means a day other than a Saturday, Sunday or holiday in Nova Scotia; “Personnel” means the employees, agents and subcontractors of the Service Provider engaged in the Program; “Program” means the Winter Warmth Rebate Program; “Program Rules” means the rules in Schedule A; “Program Website” means the website maintained by the Service Provider for the Program; and “Rebate” means a payment to an eligible Applicant under the Program Rules."),
        ("p", "1.2 Conflict between documents. In the event of any conflict or inconsistency between the body of this Agreement and a Schedule, the body of this Agreement shall govern."),
        ("p", "1.3 Entire agreement. This Agreement, including its Schedules, is the entire agreement between the parties about the Program and supersedes the request for proposals and the Service Provider’s proposal."),
        ("p", "1.4 References. A reference to an Article or Section is to an Article or Section of this Agreement."),
        ("h2", "ARTICLE II - SERVICES"),
        ("p", "2.1 The Service Provider shall administer the Program in accordance with the Program Rules, including receiving applications online, by mail and by telephone, verifying eligibility, and issuing Rebates by direct deposit or cheque."),
        ("p", "2.2 The Service Provider shall operate a toll-free call centre from 8:30 a.m. to 4:30 p.m. on Business Days from October 1 to March 31 in each year of the Term."),
        ("p", "2.3 The Service Provider shall decide each complete application within 15 Business Days after receiving it and shall send the Applicant a written decision."),
        ("p", "2.4 The Service Provider shall provide all Program materials and services in English and French."),
        ("h2", "ARTICLE III - TERM AND PAYMENT"),
        ("p", "3.1 The term of this Agreement is from September 1, 2025 to August 31, 2028 (the “Term”). The Department may extend the Term once by one year on 90 days’ notice."),
        ("p", "3.2 The Department shall pay the administration fees in Schedule B. Rebate funds shall be advanced monthly into a trust account held by the Service Provider solely for the payment of Rebates."),
        ("p", "3.3 The Service Provider shall invoice the Department monthly, and the Department shall pay each undisputed invoice within 30 days."),
        ("h2", "ARTICLE IV - INTEGRITY"),
        ("p", "4.1 Public service values. The Service Provider is expected to conduct itself, in delivering the Program, in a manner consistent with the values of the Nova Scotia public service, namely respect, integrity, diversity and inclusion, and accountability."),
        ("p", "4.2 Code of conduct. The Service Provider shall adopt, maintain and enforce a written code of conduct for its Personnel engaged in the Program and shall give a copy to the Department before the Program opens for applications each year."),
        ("p", "4.3 Training. The Service Provider shall ensure that all Personnel receive training on its code of conduct, the protection of Applicants’ personal information and conflicts of interest before they handle any application, and refresher training each year, and shall keep training records available for inspection by the Department."),
        ("p", "4.4 Conflicts of interest and benefits. (a) The Service Provider shall avoid any conflict of interest, actual or potential, between its own interests or those of its Personnel and the impartial administration of the Program, and shall disclose any such conflict promptly in writing to the Department. (b) Where a conflict is disclosed, the Service Provider shall use reasonable efforts to resolve it. (c) The Service Provider shall not, and shall ensure that its Personnel do not, accept any gift, hospitality or other benefit from any Applicant, fuel distributor or heating contractor. (d) The Service Provider shall obtain from each member of its Personnel who decides applications or approves Rebate payments a written declaration of interests on appointment and each April, including a nil declaration where there is nothing to declare, shall keep those declarations in a register, and shall provide the register to the Department on request."),
        ("p", "4.5 Fraud and bribery. The Service Provider shall not offer, give or accept any bribe in connection with the Program, and shall maintain adequate procedures to prevent and detect fraudulent applications and fraud by its Personnel."),
        ("p", "4.6 [Reserved]"),
        ("h2", "ARTICLE V - PERSONNEL AND PRIVACY"),
        ("p", "5.1 The Service Provider shall obtain a satisfactory criminal record check for each member of its Personnel before that person handles Applicant information."),
        ("p", "5.2 The Service Provider shall store and access Applicants’ personal information only in Canada, in accordance with the Personal Information International Disclosure Protection Act."),
        ("p", "5.3 The Service Provider shall notify the Department within 24 hours of any unauthorized access to or disclosure of Applicants’ personal information."),
        ("p", "5.4 Personnel shall not make any public statement about the Program or the Department without the Department’s prior written approval."),
        ("h2", "ARTICLE VI - REPORTING"),
        ("p", "6.1 During each application season the Service Provider shall give the Department a weekly report of applications received, decided and paid."),
        ("p", "6.2 The Service Provider shall give the Department a monthly reconciliation of the trust account."),
        ("p", "6.3 By May 31 in each year the Service Provider shall give the Department an annual report on the Program, including the matters reported under Article VII."),
        ("p", "6.4 With each annual report the Service Provider shall deliver the compliance certificate described in Section 4.6."),
        ("h2", "ARTICLE VII - APPLICANT COMPLAINTS AND SATISFACTION"),
        ("p", "7.1 The Service Provider shall establish and operate a complaints process for Applicants, free of charge and available in English and French, and shall publicise it on the Program Website, in every decision letter and through the call centre."),
        ("p", "7.2 The Service Provider shall acknowledge each complaint within three Business Days after receiving it and give a written response within 20 Business Days, or, where that is not possible, explain the delay to the complainant and give a date for the response."),
        ("p", "7.3 Within 15 Business Days after the end of each quarter, the Service Provider shall give the Department a complaints report stating the number of complaints received, upheld, partly upheld and not upheld, the time taken to respond and the subject of each complaint."),
        ("p", "7.4 The Service Provider shall conduct a survey of Applicants’ satisfaction with the Program after each application season and give the results to the Department by April 30."),
        ("p", "7.5 The Service Provider shall co-operate fully with any investigation by the Office of the Ombudsman of Nova Scotia relating to the Program, including by providing information and attending meetings, and shall implement any recommendation that the Department accepts."),
        ("p", "7.6 The Service Provider is encouraged to analyse complaints and survey results for recurring themes and to propose improvements to the Department."),
        ("p", "7.7 An Applicant may request reconsideration of an eligibility decision within 30 days after the decision. Reconsideration shall be carried out by a senior officer of the Service Provider who took no part in the original decision."),
        ("h2", "ARTICLE VIII - INFORMATION"),
        ("p", "8.1 All records created or received by the Service Provider for the Program are records of the Province and shall be returned to the Department at the end of the Term."),
        ("p", "8.2 The Service Provider acknowledges that the Department is subject to the Freedom of Information and Protection of Privacy Act (Nova Scotia) and shall, within 10 Business Days after a request, provide any record or information that the Department requires to respond to an access request. The Service Provider shall not respond directly to any such request."),
        ("p", "8.3 By June 30 in each year the Service Provider shall give the Department the Program statistics that the Department publishes on its website."),
        ("h2", "ARTICLE IX - AUDIT"),
        ("p", "9.1 The Department, the Auditor General of Nova Scotia or their agents may, on five Business Days’ notice, audit the Service Provider’s compliance with Sections 4.1 through 4.6 and Article VII, and its financial records relating to Rebates, and the Service Provider shall give them access to its premises, Personnel and records."),
        ("p", "9.2 The Service Provider shall keep all Program records for seven years after the end of the Term."),
        ("h2", "ARTICLE X - SUBCONTRACTING"),
        ("p", "10.1 The Service Provider shall not subcontract any part of the Services without the Department’s prior written consent."),
        ("p", "10.2 The Service Provider shall ensure that each subcontract includes provisions equivalent to Sections 4.1 through 4.6 and Article V, and shall enforce those provisions."),
        ("p", "10.3 The Service Provider remains responsible for the performance of any subcontractor."),
        ("h2", "ARTICLE XI - INSURANCE AND INDEMNITY"),
        ("p", "11.1 The Service Provider shall maintain commercial general liability insurance of not less than $5,000,000 per occurrence."),
        ("p", "11.2 The Service Provider shall maintain errors and omissions insurance of not less than $2,000,000."),
        ("p", "11.3 The Service Provider shall maintain crime insurance covering employee dishonesty in an amount not less than the largest monthly advance of Rebate funds."),
        ("p", "11.4 The Service Provider shall give the Department certificates of the insurance required by Sections 11.1 to 11.3 on signing and on each renewal, and shall indemnify the Province against claims arising from its negligence."),
        ("h2", "ARTICLE XII - TERMINATION"),
        ("p", "12.1 The Department may terminate this Agreement on 30 days’ written notice if the Service Provider commits a material breach of this Agreement and fails to cure it within that period."),
        ("p", "12.2 The Department may terminate this Agreement immediately if the Service Provider fails to maintain the insurance required by Sections 11.1 to 11.4."),
        ("p", "12.3 The Department may terminate this Agreement for convenience on 90 days’ written notice."),
        ("p", "12.4 On expiry or termination the Service Provider shall co-operate in the orderly transfer of the Program to the Department or a successor."),
        ("h2", "ARTICLE XIII - GENERAL"),
        ("p", "13.1 This Agreement is governed by the laws of Nova Scotia and the federal laws of Canada applicable there."),
        ("p", "13.2 The parties shall attempt to resolve any dispute by negotiation and then by mediation before starting proceedings."),
        ("p", "13.3 The Service Provider confirms that neither it nor any of its directors has been convicted of fraud or of any offence relating to public funds in the past five years, and that it is not insolvent."),
        ("p", "13.4 Notices shall be in writing and delivered to the addresses on the signature page."),
        ("h2", "SCHEDULE A - PROGRAM RULES (SUMMARY)"),
        ("t", [["Household size", "Maximum net household income", "Rebate"],
               ["1 person", "$32,000", "$300"],
               ["2 persons", "$41,000", "$400"],
               ["3 or more persons", "$52,000", "$500"]]),
        ("p", "Applications are accepted from October 1 to March 31. One Rebate is payable per household per season. The full Program Rules are published on the Program Website."),
        ("h2", "SCHEDULE B - FEES"),
        ("t", [["Fee element", "Amount"],
               ["Annual fixed administration fee", "$410,000"],
               ["Per application decided", "$9.50"],
               ["Per Rebate paid by cheque", "$1.80"]]),
        ("p", "IN WITNESS WHEREOF the parties have executed this Agreement by their duly authorized representatives."),
    ],
    "expected": """\
ES-01 weak  # Section 4.1 (Article IV) names public service values but the Service Provider only "is expected to" act consistently with them (permissive)
ES-02 pass  # Section 4.2 shall adopt, maintain and enforce a written code of conduct for Personnel and give a copy to the Department
ES-03 pass  # Section 10.2 each subcontract must include provisions equivalent to Sections 4.1 through 4.6 (Article IV, Integrity)
ES-04 pass  # Section 4.3 training on the code of conduct and conflicts of interest at start and yearly, with records
ES-05 gap  # no speaking-up route, reporting of wrongdoing or non-retaliation; decoys: 5.4 bars public statements (gagging), 5.3 is a privacy-incident notice
ES-06 pass  # Section 4.5 no bribe and adequate procedures to prevent and detect fraud
ES-07 pass  # Section 8.2 provide information for FOIPOP access requests within 10 Business Days; 8.3 statistics for publication
ES-08 pass  # Section 9.1 audit of compliance with Sections 4.1 through 4.6 (Article IV)
ES-09 weak  # Section 12.1 termination only for uncured material breach, no ethics link; 12.2 covers insurance (Sections 11.1 to 11.4)
ES-10 gap  # decoy: Section 6.4 requires "the compliance certificate described in Section 4.6" but Section 4.6 is [Reserved]
COI-01 pass  # Section 4.4(a) avoid actual or potential conflicts and disclose promptly in writing
COI-02 weak  # Section 4.4(b) only "reasonable efforts to resolve" a conflict; no Department direction or termination
COI-03 pass  # Section 4.4(c) no gift, hospitality or benefit from Applicants, fuel distributors or heating contractors
COI-04 gap  # no clause on former public officials
COI-05 pass  # Section 4.4(d) declarations of interests (incl. nil) from deciding Personnel, kept in a register, provided on request
COI-06 gap  # decoy: Section 13.3 is an exclusion-ground confirmation about convictions and insolvency only
CDM-01 pass  # Section 7.1 free, bilingual, publicised complaints process for Applicants
CDM-02 pass  # Section 7.3 quarterly complaints report: received, upheld, partly upheld, not upheld, timeliness, subject
CDM-03 pass  # Section 7.4 Applicant satisfaction survey each season, results to the Department
CDM-04 pass  # Section 7.5 co-operate with the Office of the Ombudsman of Nova Scotia and implement accepted recommendations
CDM-05 weak  # Section 7.6 the Service Provider "is encouraged to analyse" complaints for themes (permissive)
CDM-06 pass  # Section 7.2 acknowledge within three Business Days, respond within 20 Business Days or explain delay
""",
})

# ============================================================================ C4
CONTRACTS.append({
    "file": "guernsey-off-island-travel.txt",
    "provider": "numbered parties clause: the Contractor",
    "build": "txt",
    "title": "Agreement for the Provision of Off-Island Medical Travel Services",
    "subject": "off-island medical travel booking, accommodation and escorts",
    "jurisdiction": "Bailiwick of Guernsey",
    "blocks": [
        ("h1", "AGREEMENT FOR THE PROVISION OF OFF-ISLAND MEDICAL TRAVEL SERVICES"),
        ("p", "States of Guernsey - Committee for Health & Social Care. Contract reference HSC/PROC/2025/044."),
        ("p", "This Agreement is made on 12 May 2025 between:"),
        ("p", "(1) THE STATES OF GUERNSEY, acting by the Committee for Health & Social Care, of Rue Mignot, St Andrew, Guernsey GY6 8TW (the \"Committee\"); and"),
        ("p", "(2) SARNIA MEDICAL TRAVEL LIMITED, a company registered in Guernsey with number 61842, whose registered office is at 7 Le Pollet, St Peter Port, Guernsey GY1 1WQ (the \"Contractor\")."),
        ("p", "The Agreement consists of these Conditions of Contract and the Specification annexed to them."),
        ("h2", "CONDITIONS OF CONTRACT"),
        ("p", "Condition 1 - Definitions. 1.1 In this Agreement: \"Escort\" means a person approved by the Committee to accompany a Patient; \"Patient\" means a person referred by the Committee for treatment outside the Bailiwick; \"Services\" means the services described in the Specification; \"Specification\" means the specification annexed to these Conditions; \"Staff\" means the Contractor's employees and agents, its Sub-contractors and any person engaged by the Contractor as a travel escort; \"Sub-contractor\" means any person to whom the Contractor subcontracts any part of the Services; and \"Working Day\" means a day other than a Saturday, Sunday or public holiday in Guernsey."),
        ("p", "Condition 2 - Documents. 2.1 If there is any conflict between these Conditions and the Specification, these Conditions prevail. 2.2 This Agreement constitutes the entire agreement between the parties and supersedes the Contractor's tender dated 3 March 2025."),
        ("p", "Condition 3 - Term. 3.1 This Agreement starts on 1 July 2025 and continues for three years. The Committee may extend it twice, each time by one year, by giving three months' notice before expiry."),
        ("p", "Condition 4 - Charges. 4.1 The Committee shall pay the monthly management fee in the Price Schedule. 4.2 Travel, accommodation and ground transport are charged at the price paid by the Contractor, without mark-up. 4.3 The Contractor shall invoice monthly in arrears and the Committee shall pay undisputed invoices within 30 days."),
        ("p", "Condition 5 - Insurance. 5.1 The Contractor shall maintain employer's liability insurance of at least GBP 10 million, public liability insurance of at least GBP 5 million and professional indemnity insurance of at least GBP 2 million."),
        ("p", "Condition 6 - Data protection. 6.1 The Contractor shall process Patients' personal data only on the Committee's documented instructions and in accordance with the Data Protection (Bailiwick of Guernsey) Law, 2017."),
        ("p", "Condition 7 - Confidentiality. 7.1 The Contractor shall keep confidential all information about Patients and their treatment and shall ensure that Staff do the same."),
        ("p", "Condition 8 - Staff. 8.1 The Contractor shall ensure that every member of Staff who has contact with Patients has an enhanced criminal record check. 8.2 The Contractor shall ensure that every travel escort holds a current first aid at work certificate and has completed manual handling training."),
        ("p", "Condition 9 - Performance of the Services. 9.1 The Contractor shall provide the Services in accordance with the Specification, shall meet the service standards in paragraph 3 of the Specification and shall operate the complaints procedure in paragraph 4 of the Specification. 9.2 The Contractor shall respond to any query from the Committee's contract manager within two Working Days."),
        ("p", "Condition 10 - Access to information. 10.1 The Contractor shall use reasonable endeavours to assist the Committee in responding to requests for information made under the States of Guernsey Code of Practice on Access to Public Information."),
        ("p", "Condition 11 - Compliance with laws. 11.1 The Contractor shall comply with all laws in force in the Bailiwick of Guernsey and, when providing Services in the United Kingdom, the laws of the United Kingdom, including the Prevention of Corruption (Bailiwick of Guernsey) Law, 2003 and the Bribery Act 2010."),
        ("p", "Condition 12 - Standards of conduct. 12.1 The Contractor shall observe, and shall ensure that its Staff observe, the Seven Principles of Public Life (selflessness, integrity, objectivity, accountability, openness, honesty and leadership) in delivering the Services. 12.2 The Committee's Code of Conduct for employees applies to the Committee's officers who manage this Agreement."),
        ("p", "Condition 13 - Fraud, bribery and raising concerns. 13.1 The Contractor shall use reasonable endeavours to ensure that none of its Staff offers, gives or accepts any bribe and that no fraudulent claim for travel or accommodation costs is made to the Committee. 13.2 The Contractor shall keep the original receipt for every cost charged under Condition 4.2. 13.3 The Contractor shall report to the Committee any suspected breach of conditions 12-14 by the Contractor or its Staff, and shall not subject any member of Staff to any detriment for raising a concern in good faith with the Contractor or the Committee."),
        ("p", "Condition 14 - Conflicts of interest and gifts. 14.1 The Contractor shall not place itself or its Staff in a position where their interests conflict, or may conflict, with their duties under this Agreement, including through any interest in an airline, hotel, ferry operator or taxi firm used for the Services, and shall notify the Committee in writing immediately on becoming aware of any actual or potential conflict of interest. 14.2 Where a conflict of interest arises, the Committee may require the Contractor to take such steps as the Committee specifies to remove or manage it, and if it cannot be removed or managed to the Committee's satisfaction the Committee may terminate this Agreement under Condition 22. 14.3 The Contractor shall procure that any Sub-contractor, and any travel escort engaged through an agency, complies with obligations equivalent to conditions 12-14. 14.4 The Contractor shall not offer or give any gift or hospitality to any officer of the Committee, and shall keep a register of gifts, hospitality and commissions offered to Staff by hotels, airlines or other travel providers, which the Committee may inspect on request. 14.5 The Contractor should inform the Committee before engaging any former employee of the Committee's Travel Office in the management of this Agreement."),
        ("p", "Condition 15 - Records and audit. 15.1 The Contractor shall keep full records of all bookings and costs for six years. 15.2 The Committee's internal auditors may examine the Contractor's invoices and the receipts and financial records supporting the Charges at any time on reasonable notice."),
        ("p", "Condition 16 - Sub-contracting. 16.1 The Contractor shall not sub-contract any part of the Services without the Committee's prior written consent and remains liable for the acts and omissions of its Sub-contractors."),
        ("p", "Condition 17 - Force majeure. 17.1 Neither party is liable for failure caused by adverse weather, closure of an airport or harbour, industrial action by third parties, armed conflict or other events beyond its reasonable control."),
        ("p", "Condition 18 - Business continuity. 18.1 The Contractor shall maintain a business continuity plan that allows emergency bookings to be made within four hours at all times."),
        ("p", "Condition 19 - Assignment. 19.1 The Contractor shall not assign this Agreement without the Committee's consent."),
        ("p", "Condition 20 - Variation. 20.1 No variation is effective unless in writing and signed by both parties."),
        ("p", "Condition 21 - Notices. 21.1 Notices shall be in writing and delivered by hand, post or email to the addresses above."),
        ("p", "Condition 22 - Termination. 22.1 The Committee may terminate this Agreement by notice if the Contractor commits a material breach that is not remedied within 20 Working Days after notice. 22.2 The Committee may terminate this Agreement immediately by notice if the Contractor commits a breach of condition 12, 13 or 14. 22.3 Either party may terminate by notice if the other becomes insolvent."),
        ("p", "Condition 23 - Disputes. 23.1 The parties shall try to resolve any dispute by a meeting of senior representatives, then by mediation, before either party issues proceedings in the Royal Court of Guernsey."),
        ("p", "Condition 24 - Law. 24.1 This Agreement is governed by the law of the Island of Guernsey."),
        ("h2", "SPECIFICATION"),
        ("p", "1. Purpose. 1.1 Each year about 9,000 Patients travel from Guernsey and Alderney to hospitals in England, principally in Southampton and London. The Contractor will arrange their travel and accommodation so that they arrive for treatment on time and with as little stress as possible."),
        ("p", "2. Scope. 2.1 The Services are: booking air and sea travel; booking hotel accommodation near the treating hospital; arranging ground transport between the airport or port and the hospital; providing travel escorts where the referring clinician requires one; and operating a 24-hour emergency booking line."),
        ("p", "3. Service standards. 3.1 The Contractor shall confirm travel arrangements to the Patient at least five Working Days before travel, or within 24 hours for urgent referrals. 3.2 The Contractor shall give each Patient a travel pack containing tickets, hotel details, contact numbers and the information required by paragraph 4. 3.3 The Contractor shall arrange wheelchair assistance and stretcher transfers where required."),
        ("p", "4. Complaints. 4.1 The Contractor shall operate a written complaints procedure for Patients and Escorts, free of charge and explained in the travel pack given to each Patient, and shall handle complaints in accordance with the timescales in paragraph 4.4. 4.2 The Contractor shall tell each complainant that they may also raise the matter with the Committee's Patient Advice and Liaison Service. 4.3 The Contractor shall provide information about complaints to the Committee on request. 4.4 [Not used]"),
        ("p", "5. Patient feedback. 5.1 The Contractor shall invite every Patient to complete a feedback form after each journey and shall report the results to the Committee each quarter. 5.2 Where feedback in any quarter shows that fewer than 90% of responding Patients were satisfied with their travel arrangements, the Contractor shall investigate the cause and produce an action plan for the Committee's approval."),
        ("p", "6. Safeguarding. 6.1 Travel escorts shall follow the Committee's safeguarding adults and children policies and report any safeguarding concern to the referring clinician the same day."),
        ("p", "7. Performance indicators."),
        ("t", [["Indicator", "Target"],
               ["Routine bookings confirmed at least 5 Working Days before travel", "95%"],
               ["Emergency line calls answered within 60 seconds", "90%"],
               ["Patients offered a feedback form", "100%"]]),
        ("p", "8. Contract management. 8.1 The Committee's contract manager and the Contractor's account manager will meet quarterly to review the performance indicators, the feedback results under paragraph 5 and invoicing."),
        ("p", "Signed for the Committee by its Director of Operations and for the Contractor by its Managing Director."),
    ],
    "expected": """\
ES-01 pass  # Condition 12.1 the Contractor and its Staff shall observe the Seven Principles of Public Life
ES-02 gap  # wrong party: Condition 12.2 the Committee's Code of Conduct applies only to the Committee's own officers; no Contractor code
ES-03 pass  # Condition 14.3 procure that Sub-contractors and agency escorts comply with obligations equivalent to conditions 12-14
ES-04 gap  # decoy: Condition 8.2 first aid and manual handling training only; no ethics training
ES-05 pass  # Condition 13.3 report suspected breaches of conditions 12-14 and no detriment for raising concerns in good faith
ES-06 weak  # Condition 13.1 only "reasonable endeavours" against bribes and fraud; Condition 11.1 names the anti-corruption laws only in a laws list
ES-07 weak  # Condition 10.1 only "reasonable endeavours" to assist with requests under the Code of Practice on Access to Public Information
ES-08 gap  # decoy: Condition 15.2 audit of invoices and financial records supporting the Charges only
ES-09 pass  # Condition 22.2 immediate termination for breach of condition 12, 13 or 14
ES-10 gap  # no assurance, certificate or ethics lead anywhere in the Conditions or Specification
COI-01 pass  # Condition 14.1 avoid conflicts of interest and notify the Committee immediately in writing
COI-02 pass  # Condition 14.2 steps the Committee specifies to remove or manage a conflict, else termination under Condition 22
COI-03 pass  # Condition 14.4 no gifts or hospitality to Committee officers and a register of gifts, hospitality and commissions offered to Staff
COI-04 weak  # Condition 14.5 the Contractor "should inform" the Committee before engaging former Committee employees (permissive)
COI-05 gap  # no declarations of interests or register of interests for Contractor staff (14.4 register is gifts only)
COI-06 gap  # no procurement-stage disclosure of relationships in Condition 14 or elsewhere
CDM-01 pass  # Condition 9.1 incorporates paragraph 4 of the Specification; para 4.1 free written complaints procedure for Patients explained in the travel pack
CDM-02 weak  # Specification para 4.3 complaint information only "on request"; no set frequency
CDM-03 pass  # Specification para 5.1 feedback form after each journey, results reported quarterly
CDM-04 gap  # no Ombudsman or independent review co-operation; Condition 23 is dispute resolution between the parties
CDM-05 pass  # Specification para 5.2 investigate and produce an action plan when satisfaction falls below 90%
CDM-06 gap  # decoy: Specification para 4.1 refers to timescales in paragraph 4.4, which is [Not used]; Condition 9.2 is for Committee queries
""",
})

# ============================================================================ C5
CONTRACTS.append({
    "file": "spca-brownfield-site-investigation.docx",
    "provider": "Order Form box: the Supplier",
    "build": "docx-hand",
    "title": "Call-Off Contract - Brownfield Land Site Investigation",
    "subject": "brownfield land ground investigation (framework call-off)",
    "jurisdiction": "England (combined authority)",
    "blocks": [
        ("h1", "Call-Off Contract - Brownfield Land Site Investigation (Lot 2)"),
        ("p", "South Pennines Combined Authority - Brownfield Land Consultancy Framework SPCA/FW/0219"),
        ("h2", "Order Form"),
        ("t", [["Field", "Entry"],
               ["Buyer", "South Pennines Combined Authority, Wellington House, 40 Portland Street, Halifax HX1 2JQ (the “Authority”)"],
               ["Supplier", "Haldane Geoenvironmental Ltd (company number 08841276), Unit 4 Calder Park, Wakefield WF2 7AW (the “Supplier”)"],
               ["Call-Off reference", "SPCA/CO/2025/113"],
               ["Sites", "Twelve former industrial sites listed in Annex A"],
               ["Start Date", "1 September 2025"],
               ["Expiry Date", "31 August 2026"],
               ["Call-Off value", "£386,240 excluding VAT"],
               ["Documents", "This Order Form, the Call-Off Terms below and Annexes A to C"]]),
        ("h2", "Call-Off Terms"),
        ("n0", "Definitions and interpretation", "1"),
        ("n1", "In this Call-Off Contract: “Auditor” means the Authority’s internal or external auditor or any person appointed by the Authority to audit; “Complaint” means any formal complaint raised by the Authority in relation to the performance of the Supplier’s obligations; “Default” means any breach of this Call-Off Contract by the Supplier; “Prescribed Person” means a person prescribed under section 43F of the Employment Rights Act 1996; “Prohibited Act” means offering, giving or agreeing to give any person any financial or other advantage as an inducement or reward, or committing any offence under the Bribery Act 2010 or the Fraud Act 2006, in connection with this Call-Off Contract; “Supplier Staff” means all persons employed or engaged by the Supplier or any subcontractor in providing the Services; and “Transparency Information” means the content of this Call-Off Contract and information about its performance that the Authority publishes.", "1.1"),
        ("n1", "If there is any conflict between these Call-Off Terms, the Order Form, the Annexes and the Framework Agreement, they take precedence in that order.", "1.2"),
        ("n0", "Services", "2"),
        ("n1", "The Supplier shall carry out the intrusive site investigation, sampling, laboratory testing and reporting described in Annex A for each Site.", "2.1"),
        ("n1", "The Supplier shall produce for each Site a ground investigation report and a remediation options appraisal in accordance with the Environment Agency’s Land Contamination Risk Management guidance.", "2.2"),
        ("n0", "Supplier Staff", "3"),
        ("n1", "The Supplier shall ensure that Supplier Staff are appropriately trained and qualified for the work they perform and hold valid Construction Skills Certification Scheme cards.", "3.1"),
        ("n1", "The Supplier shall not replace the key personnel named in Annex A without the Authority’s prior consent.", "3.2"),
        ("n0", "Charges and invoicing", "4"),
        ("n1", "The Authority shall pay the Charges set out in Annex B within 30 days of receiving a valid, undisputed invoice.", "4.1"),
        ("n0", "Site works", "5"),
        ("n1", "The Supplier shall give the Authority ten Working Days’ notice before mobilising to any Site so that the Authority can write to neighbouring occupiers.", "5.1"),
        ("n1", "The Supplier shall comply with the Construction (Design and Management) Regulations 2015 and the Authority’s permit-to-dig procedure.", "5.2"),
        ("n0", "Reporting", "6"),
        ("n1", "The Supplier shall give the Authority a monthly progress report covering progress against the programme, health, safety and environmental incidents, spend against budget and risks.", "6.1"),
        ("n0", "Authority Complaints", "7"),
        ("n1", "The Authority may raise a Complaint with the Supplier’s contract manager at any time.", "7.1"),
        ("n1", "The Supplier shall respond in writing to each Complaint within five Working Days, setting out the action it will take.", "7.2"),
        ("n0", "Ethical standards", "8"),
        ("n1", "The Authority’s Members and officers are bound by the Seven Principles of Public Life and by the Authority’s Members’ and Employees’ Codes of Conduct.", "8.1"),
        ("n1", "The Supplier shall comply with Annex C (Supplier Code of Conduct).", "8.2"),
        ("n1", "The Authority maintains a register of gifts and hospitality offered to its Members and officers, which it publishes on its website.", "8.3"),
        ("n0", "Speaking up", "9"),
        ("n1", "The Supplier and Supplier Staff must report to the Authority any actual or suspected breach of Law or of clauses 8 to 11 in connection with this Call-Off Contract.", "9.1"),
        ("n1", "The Supplier shall have a whistleblowing policy and must not retaliate against any Supplier Staff who in good faith reports a breach to the Authority or a Prescribed Person.", "9.2"),
        ("n0", "Prohibited Acts", "10"),
        ("n1", "The Supplier shall not, and shall ensure that Supplier Staff do not, commit a Prohibited Act.", "10.1"),
        ("n1", "The Supplier shall create, maintain and enforce adequate policies and procedures to prevent any Prohibited Act.", "10.2"),
        ("n1", "The Supplier shall immediately notify the Authority if it becomes aware of any breach of clause 10.1 or of any investigation relating to a Prohibited Act.", "10.3"),
        ("n0", "Conflicts of interest", "11"),
        ("n1", "The Supplier shall take action to ensure that neither the Supplier nor Supplier Staff are placed in the position of an actual or potential conflict of interest, including any interest in land or development on or adjoining a Site.", "11.1"),
        ("n1", "The Supplier shall promptly notify the Authority in writing of any actual or potential conflict of interest and of the mitigation it proposes.", "11.2"),
        ("n1", "Where a conflict of interest arises, the Authority may terminate this Call-Off Contract or take any steps it thinks necessary.", "11.3"),
        ("n1", "The Supplier shall notify the Authority before engaging, in connection with this Call-Off Contract, any person who within the preceding 24 months was employed by the Authority in a role connected with the procurement of the Framework Agreement or of this Call-Off Contract, and shall comply with any conditions the Authority sets.", "11.4"),
        ("n1", "The Supplier confirms that it has disclosed to the Authority any relationship with any person involved in the procurement of this Call-Off Contract, as recorded in the Authority’s conflicts assessment under section 83 of the Procurement Act 2023, and shall keep that disclosure up to date.", "11.5"),
        ("n0", "Assurance", "12"),
        ("n1", "Within 20 Working Days of the Start Date, and then annually, the Supplier shall certify in writing to the Authority that it and Supplier Staff have complied with clauses 8 to 11 and Annex C, and that it has in place the policies and procedures required by clauses 9.2 and 10.2.", "12.1"),
        ("n0", "Transparency", "13"),
        ("n1", "The Supplier shall give the Authority full co-operation and all information it needs to publish the Transparency Information and to comply with any request under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004, within five Working Days of the Authority’s request.", "13.1"),
        ("n0", "Audit", "14"),
        ("n1", "The Authority may audit the Supplier’s compliance with clauses 8 to 12 and Annex C, and the Supplier shall allow any Auditor access to its premises, records and Supplier Staff for that purpose.", "14.1"),
        ("n0", "Subcontracting", "15"),
        ("n1", "The Supplier shall not subcontract any part of the Services without the Authority’s prior written consent.", "15.1"),
        ("n1", "The Supplier is responsible for the acts and omissions of its subcontractors as if they were its own.", "15.2"),
        ("n0", "Termination", "16"),
        ("n1", "The Authority may terminate this Call-Off Contract with immediate effect by notice if the Supplier commits a Default of any of clauses 8 to 12 or Annex C, or a material Default that is not remedied within 20 Working Days.", "16.1"),
        ("n1", "The Authority may terminate this Call-Off Contract for convenience on 30 days’ notice.", "16.2"),
        ("n0", "Insurance", "17"),
        ("n1", "The Supplier shall hold professional indemnity insurance of at least £5 million and public liability insurance of at least £10 million.", "17.1"),
        ("n0", "Law and disputes", "18"),
        ("n1", "This Call-Off Contract is governed by the law of England and Wales, and disputes shall be resolved under the dispute resolution procedure in the Framework Agreement.", "18.1"),
        ("h2", "Annex A - Services and Sites"),
        ("p", "A.1 For each Site the Supplier will carry out a walkover survey, window sampling and rotary boreholes to the depths shown, gas and groundwater monitoring for three months, and laboratory analysis of soil and water samples under MCERTS accreditation."),
        ("t", [["Site", "District", "Area (ha)", "Former use"],
               ["Brunswick Mill", "Calderdale", "3.1", "Textile dye works"],
               ["Low Moor Sidings", "Bradford", "5.6", "Railway sidings and coal yard"],
               ["Spen Valley Foundry", "Kirklees", "2.4", "Iron foundry"],
               ["Ten further Sites", "Various", "18.9", "As listed in the Framework call-off request"]]),
        ("p", "A.2 Key personnel: Dr L. Oduya (project director) and Mr S. Pike (principal engineer)."),
        ("h2", "Annex B - Charges"),
        ("t", [["Item", "Charge (£, excl. VAT)"],
               ["Site investigation and monitoring, all Sites", "301,600"],
               ["Laboratory testing", "58,940"],
               ["Reporting and options appraisal", "25,700"]]),
        ("h2", "Annex C - Supplier Code of Conduct"),
        ("p", "C.1 The Supplier shall meet the standards set out in the HM Government Supplier Code of Conduct, as updated from time to time, in delivering the Services."),
        ("p", "C.2 The Supplier shall maintain a written code of business conduct for Supplier Staff and give a copy to the Authority on request."),
        ("p", "C.3 The Supplier shall take reasonable steps to ensure that there is no modern slavery or human trafficking in its supply chain and shall pay Supplier Staff at least the real Living Wage."),
        ("p", "C.4 The Authority expects the Supplier’s subcontractors, including drilling contractors and analytical laboratories, to meet the standards set out in this Annex."),
        ("p", "C.5 The Supplier shall minimise waste and carbon emissions from Site works and report them in its monthly progress report."),
    ],
    "expected": """\
ES-01 gap  # wrong party: clause 8.1 binds only the Authority's Members and officers to the Seven Principles; nothing binds the Supplier
ES-02 pass  # clause 8.2 incorporates Annex C; Annex C para C.1 meet the HM Government Supplier Code of Conduct and C.2 keep a written code of business conduct
ES-03 weak  # Annex C para C.4 "The Authority expects" subcontractors to meet the Annex C standards; clause 15 is consent and liability only
ES-04 weak  # clause 3.1 generic "appropriately trained and qualified"; no ethics training
ES-05 pass  # clauses 9.1 and 9.2 report suspected breaches of clauses 8 to 11, whistleblowing policy and no retaliation incl. to a Prescribed Person
ES-06 pass  # clauses 10.1 to 10.3 no Prohibited Act, adequate procedures, immediate notice
ES-07 pass  # clause 13.1 co-operation to publish Transparency Information and answer FOIA and EIR requests
ES-08 pass  # clause 14.1 audit of compliance with clauses 8 to 12 and Annex C with Auditor access
ES-09 pass  # clause 16.1 immediate termination for a Default of any of clauses 8 to 12 or Annex C
ES-10 pass  # clause 12.1 certificate at start and annually of compliance with clauses 8 to 11 and Annex C, with policies and procedures in place
COI-01 pass  # clauses 11.1 and 11.2 avoid actual or potential conflicts of interest and notify the Authority promptly in writing
COI-02 pass  # clause 11.3 the Authority may terminate or take any steps it thinks necessary where a conflict arises
COI-03 gap  # wrong party: clause 8.3 is the Authority's own gifts and hospitality register; nothing on the Supplier
COI-04 pass  # clause 11.4 notice before engaging anyone employed by the Authority on the procurement within 24 months, conditions respected
COI-05 gap  # no declarations of interests or register for Supplier Staff in clause 11 or Annex C
COI-06 pass  # clause 11.5 confirms disclosure of relationships with those involved in the procurement (conflicts assessment), kept up to date
CDM-01 gap  # decoy: clause 7 and the "Complaint" definition in clause 1.1 cover only complaints raised by the Authority about performance
CDM-02 gap  # decoy: clause 6.1 monthly report covers incidents, spend and risks, not complaints
CDM-03 gap  # no satisfaction or feedback collection in clause 6 or Annex A
CDM-04 gap  # no Ombudsman co-operation; clause 18.1 is the Framework dispute resolution procedure
CDM-05 gap  # no learning from complaints in any clause (clause 7 is Authority Complaints)
CDM-06 gap  # decoy: clause 7.2 five Working Days applies to Authority Complaints about performance, not service-user complaints
""",
})

# ============================================================================ C6
CONTRACTS.append({
    "file": "pcc-restorative-justice-grant.pdf",
    "provider": "letter addressee: the Grantee",
    "build": "pdf-odt",
    "title": "Grant Offer Letter and Agreement - Restorative Justice Service 2025-2027",
    "header": "Office of the Police and Crime Commissioner for Wessex Vale - Grant Agreement OPCC/RJ/2025/07",
    "subject": "restorative justice service (grant)",
    "jurisdiction": "England (police and crime commissioner)",
    "blocks": [
        ("h1", "Grant Offer Letter and Agreement - Restorative Justice Service 2025-2027"),
        ("p", "Reference OPCC/RJ/2025/07. Date: 1 April 2025."),
        ("p", "To: Ms N. Okafor, Chair of Trustees, Common Ground Restorative Practice, a charitable incorporated organisation registered with the Charity Commission for England and Wales under number 1187264, 22 Mill Lane, Wexcombe WX1 4DJ (the “Grantee”)."),
        ("p", "From: The Police and Crime Commissioner for Wessex Vale, a corporation sole, Police Headquarters, Bourne Road, Wexcombe WX3 9PL (the “Commissioner”)."),
        ("p", "Dear Ms Okafor, I am pleased to offer the Grantee a grant on the terms of this letter and its Schedules and Appendices (together, this “Agreement”). Please sign and return the acceptance at the end of this letter within 21 days."),
        ("h2", "Background"),
        ("p", "(A) The Commissioner may provide or arrange services to support victims of crime and may make grants for that purpose."),
        ("p", "(B) Increasing access to restorative justice for victims is a priority of the Police and Crime Plan 2025-2029."),
        ("p", "(C) The Grantee applied for funding on 14 January 2025 and the Commissioner has agreed to make the Grant on the terms of this Agreement."),
        ("h2", "1. Definitions and interpretation"),
        ("p", "1.1 In this Agreement: “Appendix” means an appendix to this Agreement; “Delivery Partner” means any organisation that delivers part of the Project on behalf of the Grantee; “Facilitator” means a person trained to prepare and facilitate restorative processes; “Grant” means the sum described in clause 2.1; “Grant Period” means 1 April 2025 to 31 March 2027; “Participant” means a victim of crime, a person responsible for harm, or a family member or supporter taking part in a restorative process delivered under the Project; “Project” means the project described in Schedule 1; “Staff” means the Grantee’s employees; and “Volunteer” means an unpaid volunteer engaged by the Grantee in the Project."),
        ("p", "1.2 If there is any conflict between the clauses and the Schedules or Appendices, the clauses prevail."),
        ("h2", "2. The Grant"),
        ("p", "2.1 The Commissioner shall pay the Grantee a grant of up to £186,000 (£93,000 in each year of the Grant Period) in quarterly instalments in advance, subject to the Grantee submitting satisfactory monitoring returns under clause 8."),
        ("p", "2.2 The Grant is not consideration for any supply to the Commissioner, and the Commissioner does not expect VAT to be chargeable on it."),
        ("h2", "3. Use of the Grant"),
        ("p", "3.1 The Grantee shall use the Grant only for the Project and in accordance with the budget in Appendix 1."),
        ("p", "3.2 The Grantee shall not use the Grant for party political activity, for religious promotion or to fund any activity that is already funded by another public body."),
        ("p", "3.3 The Grantee shall repay any part of the Grant that is unspent at the end of the Grant Period unless the Commissioner agrees in writing that it may be carried forward."),
        ("h2", "4. Project delivery"),
        ("p", "4.1 The Grantee shall deliver the Project in accordance with Schedule 1 and shall tell the Commissioner promptly of any matter likely to affect delivery."),
        ("p", "4.2 The Grantee shall deliver the Project in accordance with the Restorative Service Quality Mark standards and shall follow the Code of Practice for Victims of Crime in England and Wales in its dealings with victims."),
        ("h2", "5. Safeguarding"),
        ("p", "5.1 The Grantee shall ensure that all Staff and Volunteers who have contact with Participants have an enhanced Disclosure and Barring Service check before starting work."),
        ("p", "5.2 The Grantee shall carry out and record a risk assessment for every case before any direct contact between Participants takes place."),
        ("h2", "6. Conduct"),
        ("p", "6.1 The Grantee shall comply with the conditions in Appendix 2 and shall ensure that its trustees, Staff and Volunteers comply with them."),
        ("h2", "7. Training"),
        ("p", "7.1 The Grantee shall ensure that every Facilitator holds or is working towards practitioner accreditation."),
        ("p", "7.2 The Grantee shall ensure that every Facilitator and Volunteer completes, before working with Participants and every year after that, training covering safeguarding, confidentiality, conflicts of interest and how to raise concerns, and shall keep training records and make them available to the Commissioner on request."),
        ("h2", "8. Monitoring"),
        ("p", "8.1 The Grantee shall submit a quarterly monitoring return containing the information listed in Schedule 2 within 15 working days after the end of each quarter."),
        ("p", "8.2 The Commissioner may monitor the Grantee’s delivery of the Project, including by visits and by attending the Project steering group."),
        ("p", "8.3 The Grantee shall attend an annual review meeting with the Commissioner’s commissioning manager."),
        ("h2", "9. Fraud and financial irregularity"),
        ("p", "9.1 The Grantee shall maintain adequate anti-fraud procedures and financial controls, and shall notify the Commissioner immediately of any actual or suspected fraud or financial irregularity affecting the Grant."),
        ("p", "9.2 The Grantee shall keep proper accounts and records of its use of the Grant for six years, and the Commissioner or its auditors may inspect them on reasonable notice."),
        ("h2", "10. Complaints and Participant feedback"),
        ("p", "10.1 The Grantee shall operate a complaints procedure for Participants that is free, accessible (including in easy-read format and by telephone) and publicised in the information given to every Participant, and that explains how a complaint may be escalated to the Commissioner."),
        ("p", "10.2 The Grantee should aim to acknowledge each complaint within five working days."),
        ("p", "10.3 The Grantee shall use reasonable endeavours to co-operate with any review of a complaint by the Commissioner or by the Parliamentary and Health Service Ombudsman under the Code of Practice for Victims of Crime."),
        ("p", "10.4 The Grantee shall invite every Participant to give feedback at the end of their involvement using the Commissioner’s standard feedback form, and shall report the results in each quarterly monitoring return."),
        ("p", "10.5 Each quarter the Grantee shall review complaints and Participant feedback to identify lessons learned and, where the proportion of Participants satisfied in a quarter falls below 85%, shall agree an improvement action plan with the Commissioner."),
        ("h2", "11. Information and transparency"),
        ("p", "11.1 The Grantee acknowledges that the Commissioner is subject to the Freedom of Information Act 2000 and the Elected Local Policing Bodies (Specified Information) Order 2011, and shall provide, within ten working days of a request, any information the Commissioner requires to respond to a request for information or to publish information about the Grant."),
        ("p", "11.2 The Grantee shall acknowledge the Commissioner’s funding in its publicity for the Project."),
        ("h2", "12. Data protection"),
        ("p", "12.1 The Grantee is the controller of Participants’ personal data processed in the Project and shall comply with the UK GDPR and the Data Protection Act 2018."),
        ("p", "12.2 The Grantee shall share Participants’ personal data with the police and other referrers only under the information-sharing agreement approved by the Commissioner."),
        ("h2", "13. Annual statement"),
        ("p", "13.1 Within 30 days after the end of each year of the Grant Period, the Grantee shall give the Commissioner a statement signed by its chair certifying that the Grant has been used only for the Project and that the Grantee has complied with paragraph (c) of Appendix 2."),
        ("h2", "14. Withholding, repayment and termination"),
        ("p", "14.1 The Commissioner may suspend or withhold payment of the Grant, require repayment of all or part of it, or terminate this Agreement by notice if: (a) the Grantee breaches any of paragraphs (a) to (d) of Appendix 2; (b) the Grantee uses the Grant other than for the Project; (c) the Grantee commits any other material breach of this Agreement and does not remedy it within 30 days after notice; or (d) the Grantee ceases to be a registered charity or becomes insolvent."),
        ("p", "14.2 Either party may terminate this Agreement by giving at least three months’ notice."),
        ("h2", "15. Delivery Partners"),
        ("p", "15.1 The Grantee shall not use a Delivery Partner without the Commissioner’s prior written consent and remains responsible for the work of any Delivery Partner."),
        ("p", "15.2 The Grantee shall ensure that any Delivery Partner is bound by data protection obligations equivalent to clause 12."),
        ("h2", "16. General"),
        ("p", "16.1 This Agreement is the entire agreement between the parties about the Grant. Nothing in it creates a partnership or agency between the parties."),
        ("p", "16.2 The parties shall try to resolve any dispute by discussion between the Commissioner’s chief executive and the Grantee’s chair, and then by mediation."),
        ("p", "16.3 This Agreement is governed by the law of England and Wales."),
        ("h2", "Schedule 1 - The Project"),
        ("p", "The Grantee will provide a victim-initiated restorative justice service across Wessex Vale, accepting referrals from the police, the probation service, the Commissioner’s victims’ service and self-referrals. The Project will assess at least 320 referrals and complete at least 90 restorative processes (face-to-face conferences, shuttle communication or letters) in each year, staffed by a coordinator, two Facilitators and around 25 trained Volunteers."),
        ("h2", "Schedule 2 - Quarterly monitoring return"),
        ("t", [["Section", "Information required"],
               ["Activity", "Referrals received by source; cases assessed as suitable; restorative processes completed by type"],
               ["Participant feedback", "Feedback forms returned; percentage of Participants satisfied"],
               ["Complaints", "Complaints received; number upheld; summary of outcomes and actions"],
               ["Safeguarding", "Safeguarding concerns raised and referrals made"],
               ["Finance", "Expenditure against the Appendix 1 budget"]]),
        ("h2", "Appendix 1 - Budget"),
        ("t", [["Budget line", "Year 1 (£)", "Year 2 (£)"],
               ["Staff costs", "71,400", "72,800"],
               ["Volunteer expenses and training", "9,600", "9,200"],
               ["Premises and overheads", "12,000", "11,000"]]),
        ("h2", "Appendix 2 - Probity and conduct conditions"),
        ("p", "(a) Standards of conduct. The Grantee shall uphold, and shall ensure that its trustees, Staff and Volunteers uphold, the standards of conduct expected of holders of public office in all activities funded by the Grant."),
        ("p", "(b) Raising concerns. The Grantee shall maintain a whistleblowing policy under which Staff and Volunteers can raise concerns, including directly with the Commissioner’s chief executive, and shall not subject any person to detriment for raising a concern in good faith."),
        ("p", "(c) Fraud and bribery. The Grantee shall not offer, give, request or accept any bribe in connection with the Grant, and shall comply with the Bribery Act 2010 and the Fraud Act 2006."),
        ("p", "(d) Safeguarding. The Grantee shall maintain and follow a safeguarding policy approved by its trustees and reviewed each year."),
        ("p", "(e) Conflicts of interest. The Grantee shall avoid any actual or potential conflict of interest in the delivery of the Project, and shall declare to the Commissioner promptly in writing any such conflict, including any relationship between its trustees or Staff and the Commissioner or the Commissioner’s staff."),
        ("p", "(f) Gifts and hospitality. The Grantee shall not offer any gift or hospitality to the Commissioner or the Commissioner’s staff, and shall record in a gifts and hospitality register every gift or hospitality offered to its trustees or Staff in connection with the Project."),
        ("p", "(g) Register of interests. The Grantee shall maintain a register of the interests of its trustees and senior Staff, obtain an annual declaration from each of them (including a nil declaration where appropriate), and provide the register to the Commissioner on request."),
        ("p", "(h) Code of conduct. The Grantee is encouraged to adopt a written code of conduct for Staff and Volunteers."),
        ("p", "Yours sincerely, Chief Executive and Monitoring Officer, for and on behalf of the Police and Crime Commissioner for Wessex Vale."),
        ("p", "Acceptance: the Grantee accepts the Grant on the terms of this Agreement. Signed by two trustees for and on behalf of Common Ground Restorative Practice."),
    ],
    "expected": """\
ES-01 pass  # clause 6.1 incorporates Appendix 2; paragraph (a) the Grantee shall uphold the standards of conduct expected of holders of public office
ES-02 weak  # Appendix 2 paragraph (h) the Grantee "is encouraged to adopt" a code of conduct; clause 4.2 Victims' Code is a service code of practice
ES-03 gap  # decoy: clause 15.2 flows down data protection obligations only; 15.1 consent and responsibility
ES-04 pass  # clause 7.2 training on conflicts of interest and raising concerns before starting and yearly, with records
ES-05 pass  # Appendix 2 paragraph (b) whistleblowing policy incl. route to the Commissioner's chief executive, no detriment
ES-06 pass  # Appendix 2 paragraph (c) no bribe and compliance with Bribery Act/Fraud Act; clause 9.1 adequate anti-fraud procedures and immediate notice
ES-07 pass  # clause 11.1 provide information for FOI requests and Specified Information Order publication within ten working days
ES-08 weak  # clause 8.2 general monitoring of Project delivery; 9.2 financial records only; ethics not named
ES-09 pass  # clause 14.1(a) withhold, repayment or termination for breach of any of paragraphs (a) to (d) of Appendix 2
ES-10 weak  # clause 13.1 annual signed statement covers grant use and only paragraph (c) of Appendix 2 (fraud and bribery): one-topic certificate
COI-01 pass  # Appendix 2 paragraph (e) avoid actual or potential conflicts and declare them promptly in writing
COI-02 gap  # no mitigation or Commissioner direction or termination linked to conflicts: paragraph (e) lies outside the (a) to (d) range in 14.1(a); 14.1(c) is generic material breach
COI-03 pass  # Appendix 2 paragraph (f) no gifts or hospitality to the Commissioner's staff and a gifts and hospitality register
COI-04 gap  # no clause on former officials of the Commissioner or police
COI-05 pass  # Appendix 2 paragraph (g) register of interests with annual (incl. nil) declarations, provided on request
COI-06 gap  # no procurement-stage disclosure (recital C is narrative only)
CDM-01 pass  # clause 10.1 free, accessible, publicised complaints procedure for Participants
CDM-02 pass  # clause 8.1 and Schedule 2 quarterly return includes complaints received, upheld and outcomes
CDM-03 pass  # clause 10.4 feedback from every Participant, reported quarterly
CDM-04 weak  # clause 10.3 only "reasonable endeavours" to co-operate with the Parliamentary and Health Service Ombudsman
CDM-05 pass  # clause 10.5 quarterly lessons learned from complaints and feedback, action plan below 85% satisfaction
CDM-06 weak  # clause 10.2 the Grantee "should aim to" acknowledge within five working days; no response deadline
""",
})

# ============================================================================ C7
CONTRACTS.append({
    "file": "nhs-phlebotomy-subcontract.odt",
    "provider": "party table: the Sub-Contractor",
    "build": "odt-hand",
    "title": "Sub-Contract for Community Phlebotomy Services",
    "subject": "community and domiciliary phlebotomy (NHS sub-contract)",
    "jurisdiction": "England (NHS trust sub-contract)",
    "blocks": [
        ("h1", "Sub-Contract for Community Phlebotomy Services"),
        ("p", "Sub-Contract reference SMCHT/SC/2025/031"),
        ("t", [["Party or term", "Details"],
               ["Trust", "Severn Marches Community Health NHS Trust, Riverside House, Shrewsbury Road, Ludlow SY8 2QF (the “Trust”)"],
               ["Sub-Contractor", "Venn Diagnostics Limited, company number 10477392, 3 Bridge Street, Hereford HR4 9DG (the “Sub-Contractor”)"],
               ["Head Contract", "NHS Standard Contract 2025/26 between NHS Marches Integrated Care Board and the Trust, reference SMCHT-CS-25"],
               ["Sub-Contracted Services", "Community phlebotomy clinics and domiciliary phlebotomy as described in Schedule 1"],
               ["Term", "1 October 2025 to 30 September 2028"]]),
        ("h2", "1. Definitions"),
        ("p", "1.1 “Business Day” means a day other than a Saturday, Sunday or bank holiday in England. “Decision-Making Staff” means Staff who make or influence decisions about the purchase of goods or services for the Sub-Contracted Services. “Service User” means a patient who receives the Sub-Contracted Services. “Staff” means all persons employed or engaged by the Sub-Contractor in the Sub-Contracted Services, including the staff of any further sub-contractor."),
        ("h2", "2. Precedence"),
        ("p", "2.1 If there is any conflict or inconsistency between this Sub-Contract and the Head Contract as it relates to the Trust’s obligations to the Integrated Care Board, the Head Contract prevails. 2.2 This Sub-Contract is the entire agreement between the parties about the Sub-Contracted Services."),
        ("h2", "3. Services"),
        ("p", "3.1 The Sub-Contractor shall run walk-in and booked phlebotomy clinics at the nine community sites listed in Schedule 1."),
        ("p", "3.2 The Sub-Contractor shall visit housebound Service Users within three Business Days after receiving a request from a GP practice or community nursing team."),
        ("p", "3.3 The Sub-Contractor shall deliver all samples to the Trust’s pathology laboratory by courier on the day they are taken and shall maintain the integrity of each sample and of the sample labelling and tracking data."),
        ("p", "3.4 The Sub-Contractor shall remain registered with the Care Quality Commission for the regulated activity of diagnostic and screening procedures."),
        ("h2", "4. Payment and activity"),
        ("p", "4.1 The Trust shall pay the prices in Schedule 2 monthly in arrears, within 30 days after a valid invoice. 4.2 The Sub-Contractor shall give the Trust monthly activity data by clinic and by domiciliary visit."),
        ("h2", "5. Staff"),
        ("p", "5.1 The Sub-Contractor shall ensure that all phlebotomists have completed a recognised phlebotomy qualification and annual competency assessment. 5.2 All Staff shall have an enhanced Disclosure and Barring Service check."),
        ("h2", "6. Clinical governance"),
        ("p", "6.1 The Sub-Contractor shall comply with the Trust’s clinical policies listed in Schedule 1 and shall report every patient safety incident through the Trust’s incident reporting system within two Business Days."),
        ("h2", "7. Business continuity"),
        ("p", "7.1 The Sub-Contractor shall maintain a business continuity plan that keeps at least six of the nine clinics open during any disruption."),
        ("h2", "8. Integrity"),
        ("p", "8.1 The Sub-Contractor shall ensure that its Staff comply with its code of conduct, which must be consistent with the Trust’s Standards of Business Conduct Policy, and shall provide a copy of that code to the Trust on request."),
        ("p", "8.2 The Sub-Contractor shall not commit or allow any act of fraud, bribery or corruption in connection with this Sub-Contract, shall put in place and maintain adequate counter-fraud, bribery and corruption arrangements having regard to the requirements of the NHS Counter Fraud Authority, and shall notify the Trust’s Local Counter Fraud Specialist immediately of any suspected fraud, bribery or corruption."),
        ("p", "8.3 The Sub-Contractor shall ensure that all Staff complete, at induction and every year, training on its code of conduct, conflicts of interest, counter-fraud and Freedom to Speak Up, and shall keep training records that the Trust may inspect."),
        ("h2", "9. Conflicts of interest"),
        ("p", "9.1 The Sub-Contractor shall ensure that neither it nor its Staff are placed in a position of an actual or potential conflict of interest in delivering the Sub-Contracted Services, and shall notify the Trust in writing within five Business Days after becoming aware of any such conflict."),
        ("p", "9.2 The Sub-Contractor may propose measures to manage a notified conflict of interest for the Trust’s consideration."),
        ("p", "9.3 The Sub-Contractor shall ensure that its Staff comply with the guidance Managing Conflicts of Interest in the NHS in relation to gifts, hospitality and other inducements, and shall keep a register of gifts and hospitality offered to or accepted by Staff."),
        ("p", "9.4 The Sub-Contractor shall obtain a declaration of interests, or a nil return, from each member of its Decision-Making Staff on appointment and every year, shall keep those declarations in a register, and shall publish on its website the name and position of any Decision-Making Staff who have neither completed a declaration nor submitted a nil return."),
        ("p", "9.5 The Sub-Contractor should disclose to the Trust any relationship with Trust staff involved in the decision to award this Sub-Contract."),
        ("h2", "10. Speaking up"),
        ("p", "10.1 The Sub-Contractor shall nominate a Freedom to Speak Up Guardian, shall ensure that Staff can raise concerns with that Guardian or with the Trust’s Freedom to Speak Up Guardian, and shall ensure that no member of Staff suffers any detriment for raising a concern in good faith."),
        ("h2", "11. Further sub-contracting"),
        ("p", "11.1 The Sub-Contractor shall not sub-contract any part of the Sub-Contracted Services without the Trust’s prior written consent."),
        ("p", "11.2 The Sub-Contractor shall use reasonable endeavours to ensure that any further sub-contractor complies with obligations equivalent to clauses 8 to 10."),
        ("p", "11.3 The Sub-Contractor remains responsible for the acts and omissions of any further sub-contractor."),
        ("h2", "12. Complaints and patient experience"),
        ("p", "12.1 The Sub-Contractor shall operate a complaints procedure for Service Users that complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, and shall publicise it at every clinic and in the information left with housebound Service Users."),
        ("p", "12.2 The Sub-Contractor shall acknowledge each complaint within three Business Days and shall send a full response within 25 Business Days or such longer period as the complainant agrees."),
        ("p", "12.3 The Sub-Contractor shall co-operate with any investigation by the Trust or by the Parliamentary and Health Service Ombudsman, including by providing information and attending meetings, and shall implement any recommendation made as a result."),
        ("p", "12.4 Within ten Business Days after the end of each quarter, the Sub-Contractor shall give the Trust the number of complaints received, upheld, partially upheld and not upheld, in the format the Trust needs for its KO41a return."),
        ("p", "12.5 The Sub-Contractor shall offer every Service User the Friends and Family Test and shall report the results to the Trust each month."),
        ("p", "12.6 The Sub-Contractor is expected to consider lessons learned from complaints at its clinical governance meetings."),
        ("h2", "13. Transparency"),
        ("p", "13.1 The Trust shall publish details of this Sub-Contract, including its value, as required by its transparency obligations."),
        ("h2", "14. Information governance"),
        ("p", "14.1 The Sub-Contractor shall complete the Data Security and Protection Toolkit each year and give the Trust a copy of its published assessment. 14.2 The Sub-Contractor shall keep Service User information confidential and process it in accordance with the UK GDPR."),
        ("h2", "15. Audit"),
        ("p", "15.1 The Trust, its internal auditors and its Local Counter Fraud Specialist may audit the Sub-Contractor’s compliance with clauses 8 to 10, and the Sub-Contractor shall give them access to its records, premises and Staff on reasonable notice."),
        ("h2", "16. Termination"),
        ("p", "16.1 The Trust may terminate this Sub-Contract by notice if the Sub-Contractor commits a material breach of it that is not remedied within 20 Business Days after notice."),
        ("p", "16.2 This Sub-Contract terminates automatically if the Head Contract terminates. 16.3 Either party may terminate this Sub-Contract on six months’ notice."),
        ("h2", "17. Law and disputes"),
        ("p", "17.1 This Sub-Contract is governed by the law of England. Disputes shall be referred first to the parties’ directors and then to mediation under the Centre for Effective Dispute Resolution model procedure."),
        ("h2", "Schedule 1 - Service specification"),
        ("p", "Clinics operate 08:00 to 16:00 on Business Days at nine sites in Ludlow, Leominster, Bishop’s Castle and six market towns. Adults and children over 12 are seen; younger children are referred to the acute trust. Domiciliary visits cover all housebound patients registered with practices in the Trust’s area."),
        ("h2", "Schedule 2 - Prices"),
        ("t", [["Activity", "Price per attendance (£)"],
               ["Clinic venepuncture", "7.40"],
               ["Domiciliary venepuncture", "24.90"],
               ["Failed domiciliary visit (patient not at home)", "12.00"]]),
        ("h2", "Schedule 3 - Local Quality Requirements"),
        ("p", "Not applicable."),
        ("h2", "Schedule 4 - Key performance indicators"),
        ("t", [["Indicator", "Threshold"],
               ["Domiciliary requests visited within 3 Business Days", "95%"],
               ["Samples rejected by the laboratory for labelling errors", "below 0.5%"],
               ["Friends and Family Test response rate", "at least 15%"]]),
        ("p", "Signed by the Trust’s Director of Finance and by a director of the Sub-Contractor."),
    ],
    "expected": """\
ES-01 gap  # no Nolan principles or named ethical standards; decoy: clause 3.3 "integrity" of samples and tracking data
ES-02 pass  # clause 8.1 Staff must comply with the Sub-Contractor's code of conduct, consistent with the Trust's Standards of Business Conduct Policy
ES-03 weak  # clause 11.2 only "reasonable endeavours" to flow down obligations equivalent to clauses 8 to 10
ES-04 pass  # clause 8.3 induction and annual training on code of conduct, conflicts, counter-fraud and Freedom to Speak Up, with records
ES-05 pass  # clause 10.1 Freedom to Speak Up Guardian, routes to raise concerns and no detriment
ES-06 pass  # clause 8.2 no fraud or bribery, adequate counter-fraud arrangements, immediate notice to the Local Counter Fraud Specialist
ES-07 gap  # wrong party: clause 13.1 only the Trust publishes; clause 14 is information governance; no Sub-Contractor FOI co-operation
ES-08 pass  # clause 15.1 audit of compliance with clauses 8 to 10 (integrity, conflicts, speaking up)
ES-09 weak  # clause 16.1 termination only for unremedied material breach, no ethics link
ES-10 gap  # no ethics assurance or certificate; decoy: clause 14.1 Data Security and Protection Toolkit assessment
COI-01 pass  # clause 9.1 avoid actual or potential conflicts and notify the Trust within five Business Days
COI-02 weak  # clause 9.2 the Sub-Contractor "may propose" measures; no duty to mitigate or follow Trust directions, no conflict termination
COI-03 pass  # clause 9.3 comply with Managing Conflicts of Interest in the NHS on gifts and hospitality and keep a gifts and hospitality register
COI-04 gap  # no clause on former Trust or NHS officials
COI-05 pass  # clause 9.4 declarations or nil returns from Decision-Making Staff, register, and publication of non-declarers
COI-06 weak  # clause 9.5 the Sub-Contractor "should disclose" relationships with Trust staff involved in the award (permissive)
CDM-01 pass  # clause 12.1 complaints procedure complying with the 2009 Complaints (England) Regulations, publicised
CDM-02 pass  # clause 12.4 quarterly complaints data (received, upheld, partially upheld, not upheld) for KO41a
CDM-03 pass  # clause 12.5 Friends and Family Test offered to every Service User, results monthly
CDM-04 pass  # clause 12.3 co-operate with Parliamentary and Health Service Ombudsman investigations and implement recommendations
CDM-05 weak  # clause 12.6 the Sub-Contractor "is expected to consider" lessons learned (permissive)
CDM-06 pass  # clause 12.2 acknowledge within three Business Days, respond within 25 Business Days or as agreed
""",
})

# ============================================================================ C8
CONTRACTS.append({
    "file": "university-recruitment-agents.md",
    "provider": "parties clause and recital: the Consultant",
    "build": "md",
    "title": "International Student Recruitment Agreement",
    "subject": "international student recruitment agent",
    "jurisdiction": "Scotland (university)",
    "blocks": [
        ("h1", "International Student Recruitment Agreement"),
        ("p", "**Agreement number:** CU-INT-2025-012"),
        ("p", "This Agreement is made on 1 August 2025 between:"),
        ("p", "1. **The University Court of Carrick University**, a charity registered in Scotland (SC051177), of Dunmore Road, Ayr KA7 4QH (the **University**); and"),
        ("p", "2. **Meridian Pathways Education Consultancy Private Limited**, a company incorporated in India (CIN U80904KA2014PTC076412), of 14 Residency Road, Bengaluru 560025 (the **Consultant**)."),
        ("p", "The University wishes to appoint the Consultant as a non-exclusive representative in India, Sri Lanka and Nepal (the **Territory**) to promote the University and to help prospective students apply, and the Consultant has agreed to act on the terms below."),
        ("h2", "1. Definitions"),
        ("p", "1.1 In this Agreement: **Applicant** means a person who applies to the University with the Consultant’s assistance; **Commission** means the fee set out in Appendix 1; **Counsellor** means an employee of the Consultant who advises prospective students; **Enrolled Student** means an Applicant who enrols and pays the first instalment of tuition fees; and **Sub-agent** means any person appointed by the Consultant to recruit students on its behalf."),
        ("h2", "2. Appointment"),
        ("p", "2.1 The appointment is non-exclusive. The Consultant has no authority to make offers of admission or to bind the University in any way."),
        ("h2", "3. Services"),
        ("p", "3.1 The Consultant shall promote the University’s courses in the Territory, advise prospective students, check that applications are complete and help Applicants prepare for visa applications."),
        ("p", "3.2 The Consultant shall check the authenticity of academic and financial documents before submitting an application and shall keep copies for three years."),
        ("h2", "4. The University’s obligations"),
        ("p", "4.1 The University shall provide current course information and marketing materials, process applications promptly and pay Commission in accordance with Appendix 1."),
        ("h2", "5. Standards"),
        ("p", "5.1 The Consultant shall comply with the standards set out in Appendix 2 (Ethical Standards)."),
        ("p", "5.2 The Consultant shall comply with the Agent Code of Conduct in Appendix 3 and shall ensure that each of its Counsellors does so."),
        ("p", "5.3 The Consultant shall comply with the Bribery Act 2010, shall not offer or give any payment, inducement or reward to any Applicant, parent, sponsor or University employee to influence an admission or enrolment decision, and shall maintain adequate procedures to prevent bribery by its Counsellors and Sub-agents."),
        ("p", "5.4 The Consultant shall not offer any gift or hospitality to any University employee involved in admissions or in managing agents, other than promotional items of modest value, and shall record every such item in its gifts and hospitality register."),
        ("p", "5.5 The Consultant shall ensure that every Counsellor completes the UK Agent Quality Framework online course and the University’s annual agent training on the Agent Code of Conduct and anti-bribery, and shall give the University records of completion on request."),
        ("h2", "6. Conflicts"),
        ("p", "6.1 The Consultant should disclose to the University any conflict of interest, including where it receives a fee from an Applicant in addition to Commission or where a Counsellor is related to a member of the University’s admissions staff."),
        ("h2", "7. Sub-agents"),
        ("p", "7.1 The Consultant shall not appoint any Sub-agent without the University’s prior written consent."),
        ("p", "7.2 The Consultant shall ensure that every Sub-agent is bound by written terms no less onerous than clause 5 and Appendix 3."),
        ("h2", "8. Compliance officer"),
        ("p", "8.1 The Consultant shall appoint a named compliance officer responsible for its compliance with clause 5 and Appendix 3 and shall tell the University who that person is."),
        ("h2", "9. Student complaints"),
        ("p", "9.1 The Consultant shall operate a complaints procedure for Applicants and prospective students it advises, free of charge and published on its website in English and in the main local language of each office."),
        ("p", "9.2 The Consultant shall acknowledge each complaint within five working days and give a full response within 20 working days."),
        ("p", "9.3 The Consultant shall include in its annual performance report to the University the number and nature of complaints received and their outcomes."),
        ("p", "9.4 An Applicant who remains dissatisfied may complain to the University under its Complaints Handling Procedure and then to the Scottish Public Services Ombudsman."),
        ("h2", "10. Student surveys"),
        ("p", "10.1 The University will survey students recruited through agents as part of its annual new-student survey and will share headline results with its agents."),
        ("h2", "11. Publicity"),
        ("p", "11.1 The Consultant shall not make any public statement, post on social media or use the University’s name or logo except as approved in writing by the University."),
        ("h2", "12. Audit and review"),
        ("p", "12.1 The University may audit the Consultant’s records and its compliance with clause 5 and Appendix 3, including by mystery shopping of the Consultant’s offices."),
        ("p", "12.2 The University will review the Consultant’s performance each year, including conversion rates and visa refusal rates."),
        ("h2", "13. Freedom of information"),
        ("p", "13.1 The Consultant acknowledges that the University is subject to the Freedom of Information (Scotland) Act 2002 and may be required to disclose information about this Agreement."),
        ("h2", "14. Commission and term"),
        ("p", "14.1 Commission is payable only for Enrolled Students, within 60 days after the University’s census date. 14.2 This Agreement runs for three years from the date above."),
        ("h2", "15. Termination"),
        ("p", "15.1 The University may terminate this Agreement immediately by notice, and withhold any unpaid Commission, if the Consultant breaches clause 5 or Appendix 3."),
        ("p", "15.2 Either party may terminate this Agreement on three months’ notice, or on 30 days’ notice if the other commits a material breach that it does not remedy."),
        ("h2", "16. Data protection"),
        ("p", "16.1 Each party shall process personal data of prospective students in accordance with the UK GDPR and the Digital Personal Data Protection Act 2023 (India), as applicable."),
        ("h2", "17. General"),
        ("p", "17.1 This Agreement is the entire agreement between the parties. If there is any conflict between the clauses and the Appendices, the clauses prevail. This Agreement is governed by the law of Scotland and the parties submit to the Court of Session."),
        ("h2", "Appendix 1 - Commission"),
        ("t", [["Course level", "Commission per Enrolled Student"],
               ["Undergraduate", "12% of first-year net tuition fee"],
               ["Taught postgraduate", "15% of net tuition fee"],
               ["Pre-sessional English only", "None"]]),
        ("h2", "Appendix 2 - Ethical Standards"),
        ("p", "Intentionally left blank."),
        ("h2", "Appendix 3 - Agent Code of Conduct"),
        ("p", "The Consultant shall, and shall ensure that its Counsellors and Sub-agents shall:"),
        ("ol", ["give prospective students accurate, complete and up-to-date information about the University, its courses, fees and the cost of living in Scotland;",
                "never knowingly submit false or altered documents, or advise any person to do so;",
                "tell each prospective student in writing, before providing any service, of any fee it charges them;",
                "not make misleading statements about visa outcomes, employment or post-study work rights, and not guarantee admission or a visa;",
                "treat every prospective student fairly and without discrimination; and",
                "not represent itself as an employee, office or branch of the University."]),
        ("p", "Signed for the University by the Director of International Recruitment and for the Consultant by its Managing Director."),
    ],
    "expected": """\
ES-01 gap  # decoy: clause 5.1 points to Appendix 2 (Ethical Standards), which is "Intentionally left blank"; Appendix 3 is a code of conduct (ES-02), not named principles
ES-02 pass  # clause 5.2 comply with the Agent Code of Conduct in Appendix 3 and ensure Counsellors do
ES-03 pass  # clause 7.2 every Sub-agent bound by terms no less onerous than clause 5 and Appendix 3
ES-04 pass  # clause 5.5 Agent Quality Framework course and annual training on the Agent Code of Conduct and anti-bribery, records on request
ES-05 gap  # no speaking-up route or non-retaliation; decoy: clause 11.1 bars public statements
ES-06 pass  # clause 5.3 Bribery Act compliance, no inducement to influence admissions, adequate procedures
ES-07 gap  # decoy: clause 13.1 is only an acknowledgement that the University may disclose; no Consultant duty to co-operate
ES-08 pass  # clause 12.1 audit of compliance with clause 5 and Appendix 3, including mystery shopping
ES-09 pass  # clause 15.1 immediate termination and withholding of Commission for breach of clause 5 or Appendix 3
ES-10 weak  # clause 8.1 a named compliance officer for clause 5 and Appendix 3 (structures only); no assurance or certificate
COI-01 weak  # clause 6.1 the Consultant "should disclose" conflicts of interest (permissive)
COI-02 gap  # no conflict mitigation, direction or conflict-linked termination (clause 15.1 covers clause 5 and Appendix 3, not clause 6)
COI-03 pass  # clause 5.4 no gifts or hospitality to University staff beyond modest items, recorded in a gifts and hospitality register
COI-04 gap  # no clause on former University staff or officials
COI-05 gap  # no declarations of interests or register in clauses 5 to 8
COI-06 gap  # no procurement-stage disclosure in any clause
CDM-01 pass  # clause 9.1 free, published complaints procedure for Applicants and prospective students
CDM-02 pass  # clause 9.3 number, nature and outcomes of complaints in the annual performance report
CDM-03 gap  # wrong party: clause 10.1 the University runs the survey; the Consultant collects no feedback
CDM-04 gap  # decoy: clause 9.4 only tells Applicants they may go to the University and the SPSO; no Consultant co-operation duty
CDM-05 gap  # no analysis or learning from complaints in clause 9 or elsewhere
CDM-06 pass  # clause 9.2 acknowledge within five working days, respond within 20 working days
""",
})

# ============================================================================ C9
CONTRACTS.append({
    "file": "ha-lift-maintenance.txt",
    "provider": "opening sentence: the Contractor",
    "build": "txt",
    "title": "Lift Maintenance Term Contract",
    "subject": "passenger lift maintenance and inspection for a housing association",
    "jurisdiction": "Wales (housing association)",
    "blocks": [
        ("h1", "LIFT MAINTENANCE TERM CONTRACT"),
        ("p", "Contract No. GHA/LIFT/2025/02"),
        ("p", "THIS CONTRACT is dated 14 April 2025 and is made between GLANNAU HOUSING ASSOCIATION LIMITED, a registered society (number 30281R) and registered social landlord, of Tŷ Glannau, Quay Street, Carmarthen SA31 3JT (the \"Association\"), and DRAGON LIFT SERVICES LIMITED (company number 09527741) of Unit 12, Felindre Business Park, Swansea SA5 7NA (the \"Contractor\")."),
        ("p", "The Association appoints the Contractor to maintain the passenger lifts in its properties on the following Conditions and Schedules."),
        ("h2", "Section 1 - Definitions"),
        ("p", "1.1 \"Operative\" means any person employed or engaged by the Contractor or a subcontractor to carry out the Services. \"Properties\" means the blocks listed in Schedule 1. \"Resident\" means any tenant, leaseholder or other occupier of the Properties and members of their household. \"Services\" means the maintenance, breakdown, repair and inspection services described in Section 3. \"Working Day\" means a day other than a Saturday, Sunday or bank holiday in Wales."),
        ("h2", "Section 2 - Documents"),
        ("p", "2.1 The Contract comprises these Conditions, Schedules 1 to 4 and the Contractor's priced tender. If there is a conflict between them, these Conditions prevail, then the Schedules, then the tender. 2.2 The Contract is the entire agreement between the parties about the Services."),
        ("h2", "Section 3 - Services"),
        ("p", "3.1 The Contractor shall carry out a planned maintenance visit to each of the 64 lifts every month. 3.2 The Contractor shall carry out thorough examinations under the Lifting Operations and Lifting Equipment Regulations 1998 every six months and give the report to the Association within five Working Days. 3.3 The Contractor shall attend breakdowns within the response times in Schedule 2, and within one hour where a person is trapped. 3.4 The Contractor shall keep a logbook in each motor room."),
        ("h2", "Section 4 - Operatives"),
        ("p", "4.1 Operatives shall be competent and trained for the work they carry out. 4.2 Operatives shall carry photographic identification and show it to Residents on request. 4.3 Operatives who enter Residents' homes shall have a basic Disclosure and Barring Service check."),
        ("h2", "Section 5 - Standards"),
        ("p", "5.1 The Contractor shall comply with the Lift and Escalator Industry Association code of practice for the safe maintenance of lifts, BS EN 13015 and BS 7255. 5.2 The Contractor should have regard to the Seven Principles of Public Life in its dealings with the Association, its board and Residents."),
        ("h2", "Section 6 - Prices"),
        ("p", "6.1 The annual maintenance price for each lift is set out in Schedule 4. Repairs outside the comprehensive cover are priced using the Schedule 4 rates."),
        ("h2", "Section 7 - Payment"),
        ("p", "7.1 The Association shall pay each valid invoice within 30 days. 7.2 The Contractor shall pay its subcontractors within 30 days of receiving a valid invoice and shall include equivalent payment terms in each subcontract."),
        ("h2", "Section 8 - Subcontracting"),
        ("p", "8.1 The Contractor shall not subcontract any part of the Services without the Association's written consent and remains responsible for the work of its subcontractors."),
        ("h2", "Section 9 - Resident complaints"),
        ("p", "9.1 The Contractor shall deal with every complaint from a Resident about the Services under stage 1 of the Association's Complaints Policy, and shall publicise how to complain on a notice in each lift car. 9.2 The Contractor shall acknowledge each complaint within five Working Days and give a stage 1 response within ten Working Days, and shall pass any complaint it cannot resolve to the Association's customer resolution team. 9.3 The Contractor shall co-operate with any investigation by the Public Services Ombudsman for Wales into a complaint about the Services, including by giving information within ten Working Days of a request and attending meetings, and shall carry out any remedy that the Association agrees with the Ombudsman."),
        ("h2", "Section 10 - Performance reporting"),
        ("p", "10.1 By the tenth Working Day of each month the Contractor shall give the Association a performance report showing: planned visits completed; breakdowns and attendance times; entrapments; lifts out of service for more than 24 hours; and complaints from Residents received, responded to within ten Working Days and upheld."),
        ("p", "10.2 The Contractor shall telephone at least 10% of the Residents affected by each breakdown to ask how satisfied they were with the repair, and shall include the results in the monthly performance report."),
        ("p", "10.3 Where a lift breaks down three or more times in 90 days, the Contractor shall carry out a root cause analysis of the failures and submit a remedial action plan to the Association."),
        ("h2", "Section 11 - Records and audit"),
        ("p", "11.1 The Contractor shall keep maintenance records for each lift for the life of the Contract and six years after. 11.2 The Association may audit the Contractor's compliance with the Contract, and the Contractor shall give the Association's auditors access to its records and premises."),
        ("h2", "Section 12 - Insurance"),
        ("p", "12.1 The Contractor shall maintain public liability insurance of at least GBP 10 million and employer's liability insurance of at least GBP 10 million."),
        ("h2", "Section 13 - Health and safety"),
        ("p", "13.1 The Contractor shall comply with all health and safety legislation and shall isolate and sign any lift before work starts."),
        ("h2", "Section 14 - Business conduct"),
        ("p", "14.1 This Section 14 applies in addition to Section 5."),
        ("p", "14.2 The Contractor shall not offer, give or agree to give any inducement or reward to any person employed by the Association for doing or not doing anything in relation to this Contract, shall comply with the Bribery Act 2010, and shall maintain adequate procedures to prevent bribery by Operatives."),
        ("p", "14.3 The Contractor shall not offer any gift or hospitality to any member of the Association's board or staff."),
        ("p", "14.4 The Contractor shall take all necessary steps to avoid any actual or potential conflict of interest, and shall notify the Association in writing promptly of any such conflict, including any family or business relationship between the Contractor's directors or Operatives and any Association board member or employee."),
        ("p", "14.5 Where a conflict is notified, the Association may require the Contractor to take such steps as it directs to remove or manage the conflict, including withdrawing an Operative from the Contract."),
        ("p", "14.6 The Contractor shall ensure that Operatives can raise concerns in confidence about wrongdoing or unsafe practice connected with the Services, and shall not subject any Operative to detriment for raising such a concern with the Contractor, the Association or a prescribed person."),
        ("p", "14.7 The Contractor confirms that it disclosed to the Association, before award, any relationship with any board member or employee of the Association involved in the tender evaluation, and shall tell the Association promptly of any change."),
        ("h2", "Section 15 - Termination"),
        ("p", "15.1 The Association may terminate the Contract by notice if the Contractor commits a material breach that it does not remedy within 20 Working Days after notice. 15.2 The Association may terminate the Contract immediately by notice if the Contractor breaches Section 14. 15.3 Either party may terminate on six months' notice."),
        ("h2", "Section 16 - Regulatory"),
        ("p", "16.1 The Association's Board certifies each year to the Welsh Ministers that the Association complies with the Regulatory Standards for governance and financial management. 16.2 The Contractor shall provide the certificate set out in Part B of Schedule 3 with its final account for each Contract Year."),
        ("h2", "Section 17 - Confidentiality"),
        ("p", "17.1 The Contractor shall keep confidential all information about Residents and the Association obtained in performing the Services."),
        ("h2", "Section 18 - Disputes and law"),
        ("p", "18.1 Either party may refer a dispute to adjudication under the Scheme for Construction Contracts. 18.2 The Contract is governed by the law of England and Wales as it applies in Wales."),
        ("h2", "Schedule 1 - Properties"),
        ("t", [["Block", "Town", "Lifts"],
               ["Cwrt y Cei", "Carmarthen", "4"],
               ["Tŵr Tywi", "Llanelli", "6"],
               ["Maes yr Harbwr", "Pembroke Dock", "3"],
               ["Other blocks (21)", "Various", "51"]]),
        ("h2", "Schedule 2 - Response times"),
        ("t", [["Category", "Attendance"],
               ["Entrapment", "1 hour"],
               ["Lift out of service, single lift block", "4 hours"],
               ["Lift out of service, multi-lift block", "8 hours"],
               ["Non-urgent fault", "Next Working Day"]]),
        ("h2", "Schedule 3 - Key performance indicators and certificates"),
        ("p", "Part A - Key performance indicators: planned visits completed 100%; entrapment attendance within 1 hour 98%; lift availability 97%; Resident complaints answered within ten Working Days 95%."),
        ("p", "Part B - Annual compliance certificate: Deleted."),
        ("h2", "Schedule 4 - Prices"),
        ("p", "Comprehensive maintenance: GBP 1,480 per lift per year. Call-out outside cover: GBP 95 per hour. Parts outside cover: cost plus 10%."),
        ("p", "Signed for the Association by its Director of Assets and for the Contractor by a director."),
    ],
    "expected": """\
ES-01 weak  # Section 5.2 the Contractor "should have regard to" the Seven Principles of Public Life (permissive)
ES-02 gap  # decoy: Section 5.1 is a technical lift-maintenance code of practice (LEIA, BS EN 13015), not a code of conduct
ES-03 gap  # decoy: Section 7.2 flows down payment terms only; Section 8.1 is consent and responsibility
ES-04 weak  # Section 4.1 generic "competent and trained"; no ethics training
ES-05 pass  # Section 14.6 confidential route to raise concerns and no detriment, incl. to a prescribed person
ES-06 pass  # Section 14.2 no inducement or reward, Bribery Act compliance and adequate procedures
ES-07 gap  # Section 17.1 confidentiality only; no transparency or information co-operation
ES-08 weak  # Section 11.2 audit of compliance with the Contract generally; ethics not named
ES-09 pass  # Section 15.2 immediate termination for breach of Section 14 (business conduct)
ES-10 gap  # decoys: Section 16.2 certificate "set out in Part B of Schedule 3" but Part B is Deleted; 16.1 certification is by the Association's Board (wrong party)
COI-01 pass  # Section 14.4 avoid actual or potential conflicts and notify the Association promptly in writing
COI-02 pass  # Section 14.5 steps the Association directs to remove or manage a conflict, incl. withdrawing an Operative
COI-03 pass  # Section 14.3 no gift or hospitality to Association board members or staff
COI-04 gap  # no clause on former Association staff or board members
COI-05 gap  # no declarations of interests or register for Contractor staff in Section 14
COI-06 pass  # Section 14.7 confirms disclosure before award of relationships with those in the tender evaluation, kept current
CDM-01 pass  # Section 9.1 handle Resident complaints under stage 1 of the Association's Complaints Policy, publicised in each lift car
CDM-02 pass  # Section 10.1 monthly report includes Resident complaints received, responded to within ten Working Days and upheld
CDM-03 pass  # Section 10.2 telephone satisfaction sampling after breakdowns, results in the monthly report
CDM-04 pass  # Section 9.3 co-operate with the Public Services Ombudsman for Wales and carry out agreed remedies
CDM-05 gap  # decoy: Section 10.3 root cause analysis is of lift breakdowns, not complaints or satisfaction
CDM-06 pass  # Section 9.2 acknowledge within five Working Days, stage 1 response within ten Working Days
""",
})

# ============================================================================ C10
CONTRACTS.append({
    "file": "tpm-textbook-distribution-monitoring.pdf",
    "provider": "Form of Contract: the Consultant (joint venture)",
    "build": "pdf-docx",
    "title": "Contract for Consultant's Services - Third-Party Monitoring of Textbook Distribution",
    "header": "Ministry of Education, Republic of Ghana - SBEQP - Contract MOE/SBEQP/CS/2025/09 - Third-Party Monitoring",
    "subject": "third-party monitoring of textbook distribution (development-fund financed consultancy)",
    "jurisdiction": "Ghana (multilateral-fund financed, World Bank-style conditions)",
    "blocks": [
        ("h1", "Contract for Consultant's Services - Lump-Sum"),
        ("p", "Third-Party Monitoring of Textbook Distribution. Savannah Basic Education Quality Project, Financing No. D-4417-GH. Contract No. MOE/SBEQP/CS/2025/09."),
        ("h2", "I. Form of Contract"),
        ("p", "This CONTRACT (hereinafter called the “Contract”) is made the 2nd day of June, 2025, between, on the one hand, the Ministry of Education of the Republic of Ghana, acting through the Savannah Basic Education Quality Project Coordination Unit, Ridge, Accra (hereinafter called the “Client”) and, on the other hand, a joint venture of Kumasi Evaluation Associates Limited (lead member) and Tamale Data Services Limited, whose members shall be jointly and severally liable to the Client for all the Consultant’s obligations under this Contract (hereinafter called the “Consultant”)."),
        ("p", "WHEREAS (a) the Client has requested the Consultant to provide third-party monitoring services as defined in this Contract (the “Services”); (b) the Consultant has agreed to provide the Services; and (c) the Client has received financing from the Pan-African Education Development Fund (the “Fund”) towards the cost of the Project and intends to apply part of it to eligible payments under this Contract;"),
        ("p", "NOW THEREFORE the Parties agree as follows: 1. The following documents form an integral part of this Contract: (a) the General Conditions of Contract, including Attachment 1 (Fund’s Policy - Corrupt and Fraudulent Practices); (b) the Special Conditions of Contract; and (c) Appendices A to D. In the event of any inconsistency between the documents, the following order of precedence shall prevail: the Special Conditions of Contract; the General Conditions of Contract, including Attachment 1; Appendix A; Appendix B; Appendix C; Appendix D. 2. The Consultant shall carry out the Services, and the Client shall make payments to the Consultant, in accordance with the provisions of the Contract."),
        ("h2", "II. General Conditions of Contract"),
        ("p", "GCC 1. Definitions. 1.1 Unless the context otherwise requires: (a) “Applicable Law” means the laws and any other instruments having the force of law in the Republic of Ghana; (b) “Experts” means, collectively, the Key Experts and any other personnel of the Consultant, a Sub-consultant or a joint venture member assigned to perform the Services; (c) “Party” means the Client or the Consultant; (d) “Sanctionable Practice” means any corrupt, fraudulent, collusive, coercive or obstructive practice as defined in Attachment 1; and (e) “Sub-consultant” means an entity to which the Consultant subcontracts any part of the Services."),
        ("p", "GCC 2. Law, language and notices. 2.1 This Contract is governed by Applicable Law and written in English. 2.2 Notices shall be in writing and delivered to the addresses in the SCC."),
        ("p", "GCC 3. Sanctionable Practices. 3.1 The Fund requires compliance with its policy in regard to corrupt and fraudulent practices as set forth in Attachment 1. 3.2 The Consultant shall not engage, and shall ensure that its Experts, Sub-consultants and agents do not engage, in any Sanctionable Practice in competing for or in executing the Contract. 3.3 The Consultant shall disclose any commissions, gratuities or fees that may have been paid or are to be paid to agents or any other party with respect to the selection process or the execution of the Contract. 3.4 The Consultant shall include in each invoice a statement that no commission, gratuity or fee has been paid other than those disclosed under GCC 3.3. 3.5 Experts who become aware of a Sanctionable Practice may report it directly to the Fund’s Integrity Office, whose contact details are given in the SCC."),
        ("p", "GCC 4. Commencement, completion, modification and termination. 4.1 This Contract comes into force on signature by both Parties and expires 18 months after the commencement of the Services. 4.2 This Contract contains all covenants, stipulations and provisions agreed by the Parties. 4.3 Any modification shall be in writing and, where the Fund so requires, shall have the Fund’s prior no-objection. 4.4 Force Majeure means an event beyond the reasonable control of a Party, including war, civil disorder, armed conflict, earthquake, fire, flood or storm."),
        ("p", "4.5 Termination by the Client. The Client may terminate this Contract by not less than 30 days’ written notice (10 days in the case of paragraph (c)): (a) if the Consultant fails to remedy a failure in the performance of its obligations within 30 days after receipt of notice; (b) if the Consultant becomes insolvent or bankrupt; (c) if the Consultant, in the judgment of the Client or the Fund, has engaged in a Sanctionable Practice in competing for or in executing the Contract; (d) if the Consultant fails to comply with a direction of the Client under GCC 5.3.4; (e) if, as a result of Force Majeure, the Consultant is unable to perform a material portion of the Services for not less than 60 days; or (f) if the Client, in its sole discretion and for any reason whatsoever, decides to terminate this Contract."),
        ("p", "4.6 Termination by the Consultant. The Consultant may terminate this Contract by not less than 30 days’ written notice if the Client fails to pay any undisputed amount within 45 days after receiving notice that payment is overdue."),
        ("p", "GCC 5. Obligations of the Consultant."),
        ("p", "5.1 Standard of performance. The Consultant shall perform the Services with all due diligence, efficiency and economy, in accordance with generally accepted professional standards and practices, and shall observe the highest standard of ethics in performing the Services."),
        ("p", "5.2 Law applicable to the Services. The Consultant shall perform the Services in accordance with Applicable Law and shall ensure that its Experts and Sub-consultants comply with it."),
        ("p", "5.3 Conflict of interests. 5.3.1 The Consultant shall hold the Client’s interests paramount, without any consideration for future work, and shall strictly avoid conflict with other assignments or with its own corporate interests. 5.3.2 The Consultant shall notify the Client promptly in writing of any situation of actual or potential conflict that impacts its capacity to serve the best interest of the Client. 5.3.3 The Consultant, its Sub-consultants and its Experts shall not engage, directly or indirectly, in any business activity which conflicts with the activities assigned to them under this Contract, including the printing, supply, warehousing or transport of textbooks for the Project. 5.3.4 Where a conflict is notified or identified, the Consultant shall take the measures the Client directs to eliminate or mitigate it. 5.3.5 The Consultant shall not engage as an Expert any serving civil or public servant of the Republic of Ghana, and shall obtain the Client’s prior written approval before engaging any person who was employed by the Ministry of Education, the Ghana Education Service or the Project Coordination Unit within the 24 months preceding the date of this Contract. 5.3.6 The Consultant confirms that it has disclosed in its Proposal any relationship between it, its Experts or its Sub-consultants and any member of the Client’s evaluation committee or staff involved in the selection, that it enjoys no unfair competitive advantage, and that it shall inform the Client promptly of any change."),
        ("p", "5.4 Confidentiality. Except with the prior written consent of the Client, the Consultant and the Experts shall not at any time communicate to any person or entity any confidential information acquired in the course of the Services."),
        ("p", "5.5 Liability and insurance. The Consultant’s liability to the Client shall be as provided in the SCC. The Consultant shall maintain the insurance specified in the SCC."),
        ("p", "5.6 Accounting, inspection and auditing. 5.6.1 The Consultant shall keep, and shall cause its Sub-consultants to keep, accurate and systematic accounts and records in respect of the Services. 5.6.2 The Consultant shall permit, and shall cause its Sub-consultants to permit, the Client and the Fund, and persons appointed by the Fund, to inspect the Site and all accounts and records relating to the performance of the Contract and the submission of the Proposal, and to have such accounts and records audited by auditors appointed by the Fund, including for the purpose of investigating any allegation of a Sanctionable Practice. Acts intended to impede the exercise of these rights constitute an obstructive practice under Attachment 1."),
        ("p", "5.7 Reporting obligations. The Consultant shall submit to the Client the reports and documents specified in Appendix A, in the form, in the numbers and within the time periods set forth in that Appendix."),
        ("p", "5.8 Sub-consultants. The Consultant shall not engage any Sub-consultant other than those named in its Proposal without the Client’s prior approval, and shall ensure that each agreement with a Sub-consultant requires the Sub-consultant to comply with GCC 3, GCC 5.3 and Attachment 1 and to permit inspection and audit under GCC 5.6."),
        ("p", "5.9 Proprietary rights. All reports and data prepared under this Contract belong to the Client."),
        ("p", "GCC 6. Consultant’s Experts. 6.1 The Key Experts are listed in Appendix B. No change shall be made in the Key Experts without the Client’s prior approval. 6.2 If the Client finds that any Expert has committed serious misconduct, has been charged with having committed a criminal action, or has engaged in a Sanctionable Practice, the Consultant shall, at the Client’s written request, remove that Expert and provide a replacement acceptable to the Client."),
        ("p", "GCC 7. Obligations of the Client. 7.1 The Client shall provide letters of introduction to schools and access to delivery notes. 7.2 The Client shall publish the contract award notice in accordance with the Fund’s Procurement Regulations."),
        ("p", "GCC 8. Payments. 8.1 The lump sum stated in the SCC is payable against the deliverables in Appendix C, with an advance of 10% against a guarantee in the form of Appendix D. 8.2 The Client shall pay each invoice within 60 days."),
        ("p", "GCC 9. Good faith. The Parties shall act in good faith with respect to each other’s rights under this Contract."),
        ("p", "GCC 10. Settlement of disputes. The Parties shall seek to settle amicably any dispute arising under this Contract. Any dispute not settled amicably within 30 days may be referred by either Party to arbitration in accordance with the SCC."),
        ("h2", "III. Special Conditions of Contract"),
        ("t", [["GCC reference", "Special condition"],
               ["GCC 2.2", "Client’s address: Project Coordination Unit, Ministry of Education, Ridge, Accra. Consultant’s address: Kumasi Evaluation Associates Limited, Adum, Kumasi."],
               ["GCC 3.5", "Fund Integrity Office, Pan-African Education Development Fund, Abidjan, Côte d’Ivoire; confidential reporting line as published on the Fund’s website."],
               ["GCC 5.5", "Liability limited to the Contract price. Professional liability insurance of not less than GHS 2,000,000."],
               ["GCC 8.1", "Lump sum: GHS 4,860,000, inclusive of local indirect taxes."],
               ["GCC 10", "Arbitration in Accra under the Alternative Dispute Resolution Act, 2010 (Act 798)."]]),
        ("h2", "IV. Appendices"),
        ("p", "Appendix A - Terms of Reference. A1 Background. The Project will distribute about 2.9 million textbooks to 1,240 public basic schools in the Northern, Savannah and Upper West regions in three distribution waves. A2 Objective. The Consultant will independently verify whether textbooks reach schools in the quantities and condition recorded in delivery notes. A3 Scope. For each wave the Consultant shall (a) visit a random sample of 25% of schools within six weeks after the wave; (b) check quantities, condition and storage against delivery notes; (c) interview head teachers to confirm receipt and record any shortfall; and (d) take geo-tagged photographs of stocks. A4 Grievance channel. The Consultant may establish a telephone and SMS feedback channel through which head teachers and community members in the sampled districts can raise grievances about textbook deliveries. A5 Reports. The Consultant shall submit an inception report within four weeks after commencement, a monthly monitoring report, a report after each wave and a final report. A6 Briefing. Before each wave the Consultant shall brief all field Experts on these Terms of Reference, the sampling protocol and the data collection tools."),
        ("p", "Appendix B - Key Experts."),
        ("t", [["Position", "Name", "Input (person-months)"],
               ["Team leader (monitoring and evaluation)", "Dr A. Mensah", "14"],
               ["Education logistics specialist", "Mr I. Yakubu", "10"],
               ["Data and sampling specialist", "Ms F. Owusu", "8"]]),
        ("p", "Appendix C - Price breakdown: inception report 10%; each of the three wave reports 25%; final report 15%. Appendix D - Advance Payment Guarantee (not reproduced)."),
        ("h2", "Attachment 1 - Fund’s Policy - Corrupt and Fraudulent Practices"),
        ("p", "1. Purpose. This Attachment applies to procurement and contract execution under operations financed by the Fund."),
        ("p", "2. Requirements. The Fund requires that borrowers, consultants and their sub-consultants observe the highest standard of ethics during the selection and execution of Fund-financed contracts, and refrain from fraud and corruption."),
        ("p", "3. Definitions. For the purposes of this Attachment: (i) “corrupt practice” is the offering, giving, receiving or soliciting, directly or indirectly, of anything of value to influence improperly the actions of another party; (ii) “fraudulent practice” is any act or omission, including misrepresentation, that knowingly or recklessly misleads a party to obtain a benefit or avoid an obligation; (iii) “collusive practice” and (iv) “coercive practice” have the meanings given in the Fund’s Anti-Corruption Guidelines; and (v) “obstructive practice” is deliberately destroying, falsifying or concealing evidence material to an investigation, or acts intended to impede the exercise of the Fund’s inspection and audit rights."),
        ("p", "4. Sanctions. The Fund will sanction a firm or individual found to have engaged in a Sanctionable Practice, including by declaring it ineligible for Fund-financed contracts."),
        ("p", "IN WITNESS WHEREOF, the Parties have caused this Contract to be signed in their respective names as of the day and year first above written."),
    ],
    "expected": """\
ES-01 weak  # GCC 5.1 "observe the highest standard of ethics" is generic, naming no principles or ethical standards; Attachment 1 para 2 is the same generic requirement
ES-02 gap  # no code of conduct for the Consultant in the GCC, SCC or Appendices
ES-03 pass  # GCC 5.8 each Sub-consultant agreement must require compliance with GCC 3, GCC 5.3 and Attachment 1
ES-04 gap  # decoy: Appendix A para A6 briefing on the Terms of Reference and data tools only; no ethics training
ES-05 weak  # GCC 3.5 Experts "may report" Sanctionable Practices to the Fund's Integrity Office; no Consultant duty or non-retaliation
ES-06 pass  # GCC 3.2 the Consultant shall not engage in, and shall ensure Experts and Sub-consultants do not engage in, any Sanctionable Practice (defined in Attachment 1)
ES-07 gap  # wrong party: GCC 7.3 only the Client publishes the award notice; GCC 5.4 is confidentiality
ES-08 pass  # GCC 5.6.2 inspection and audit by the Client and the Fund, including to investigate Sanctionable Practices
ES-09 pass  # GCC 4.5(c) termination for a Sanctionable Practice; GCC 6.2 removal of Experts who engaged in one
ES-10 weak  # GCC 3.4 per-invoice statement covers commissions and fees only (one-topic certification); no ethics assurance
COI-01 pass  # GCC 5.3.1 and 5.3.2 strictly avoid conflicts and notify the Client promptly in writing
COI-02 pass  # GCC 5.3.4 measures the Client directs to eliminate or mitigate a conflict; GCC 4.5(d) termination for non-compliance
COI-03 gap  # no gifts or hospitality control; GCC 3.3 is about agents' commissions and Attachment 1 about corrupt practice
COI-04 pass  # GCC 5.3.5 no serving civil servants; prior approval for anyone employed by the Ministry, GES or PCU in the prior 24 months
COI-05 gap  # no declarations of interests or register for the Consultant's Experts in GCC 5.3
COI-06 pass  # GCC 5.3.6 confirms disclosure of relationships with the evaluation committee, no unfair advantage, kept current
CDM-01 weak  # Appendix A para A4 the Consultant "may establish" a grievance channel (permissive)
CDM-02 gap  # Appendix A para A5 monitoring reports concern textbook deliveries; no complaint data
CDM-03 gap  # no satisfaction or feedback reporting; Appendix A para A3(c) head-teacher interviews verify receipt
CDM-04 gap  # decoy: GCC 10 and the SCC provide amicable settlement and arbitration between the Parties only
CDM-05 gap  # no learning from complaints in the GCC or Appendix A
CDM-06 gap  # no complaint timescales in the GCC, SCC or Appendix A
""",
})

# ============================================================================ C11
CONTRACTS.append({
    "file": "antigua-national-id-cards.docx",
    "provider": "particulars box: the Vendor",
    "build": "docx-hand",
    "title": "Contract for a National Identification Card Personalisation and Issuance System",
    "subject": "national identity card personalisation, enrolment centres and issuance",
    "jurisdiction": "Antigua and Barbuda (Caribbean government ministry)",
    "blocks": [
        ("h1", "Contract for the Supply and Operation of a National Identification Card Personalisation and Issuance System"),
        ("t", [["Item", "Particulars"],
               ["Purchaser", "The Government of Antigua and Barbuda, acting through the Ministry of Citizen Services and Digital Government, Queen Elizabeth Highway, St. John’s, Antigua (the “Ministry”)"],
               ["Vendor", "Caribbean Secure Credentials Ltd., a company incorporated in Barbados (registration no. 41877) with a local branch at Friars Hill Road, St. John’s (the “Vendor”)"],
               ["Contract No.", "MCSDG/NID/2025/03"],
               ["Effective Date", "1 July 2025"],
               ["Term", "Five years from Go-Live, with an option for the Ministry to extend by two years"],
               ["Contract Price", "XCD 11,450,000 for supply and implementation, plus the operating charges in Schedule 2"]]),
        ("h2", "Conditions of Contract"),
        ("p", "1. Definitions. In this Contract: “Applicant” means a person who applies for a Card; “Card” means a national identification card; “Enrolment Centre” means each of the centres listed in Schedule 1 at which Applicants are enrolled and Cards are issued; “Ethical Standards” means the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership; “Ethics Compliance Certificate” means a certificate in the form in Schedule 4; “Go-Live” means the date on which the Ministry accepts the system under clause 4; “Personnel” means the Vendor’s employees and agents and its Subcontractors and their employees engaged in this Contract; and “Subcontractor” means any person to whom the Vendor subcontracts part of its obligations."),
        ("p", "2. Documents. 2.1 This Contract comprises these Conditions and Schedules 1 to 4. If there is a conflict between these Conditions and the Technical Specification in Schedule 1, these Conditions prevail. 2.2 This Contract is the entire agreement between the parties and supersedes the Vendor’s bid except where expressly incorporated."),
        ("p", "3. Scope. 3.1 The Vendor shall supply, install and commission the card personalisation system, desktop card printers and mobile enrolment kits described in Schedule 1. 3.2 The Vendor shall operate the three Enrolment Centres for the Term. 3.3 The Vendor shall supply blank polycarbonate Card bodies as ordered by the Ministry. 3.4 The Vendor shall issue each Card within ten working days after successful enrolment."),
        ("p", "4. Implementation and acceptance. 4.1 The Vendor shall achieve Go-Live by 31 March 2026. 4.2 The Ministry shall carry out acceptance tests in accordance with Schedule 1."),
        ("p", "5. Price and payment. 5.1 The supply and implementation price is payable in the milestones in Schedule 2. 5.2 Operating charges are payable monthly in arrears within 30 days after a valid invoice."),
        ("p", "6. Warranty. 6.1 The Vendor warrants the system and equipment against defects for 24 months after Go-Live."),
        ("p", "7. Personnel. 7.1 All Personnel who handle Applicant data shall be vetted by the Royal Police Force of Antigua and Barbuda. 7.2 The Vendor shall ensure that all Personnel at Enrolment Centres are trained in the operation of the enrolment equipment, the verification of identity documents and the Data Protection Act, 2013 before they serve Applicants."),
        ("p", "8. Applicant complaints. 8.1 The Vendor shall operate a complaints procedure for Applicants at each Enrolment Centre and online, free of charge, and shall display details of it at every Enrolment Centre and on the appointment website. 8.2 The Vendor shall acknowledge each complaint within [insert number] working days and resolve it within [insert number] working days. 8.3 The Vendor shall report to the Ministry each month the number of complaints received at each Enrolment Centre, their subject and their outcome. 8.4 The Vendor shall co-operate with any investigation by the Ombudsman into a complaint about the enrolment or issuance of Cards, including by providing documents and attending meetings, and shall implement any remedy the Ministry accepts. 8.5 The Vendor shall analyse complaints each month by Enrolment Centre and by cause and, where complaints exceed 2% of enrolments at any Enrolment Centre in a month, shall agree a corrective action plan with the Ministry. 8.6 The Vendor may conduct periodic Applicant satisfaction surveys at the Enrolment Centres."),
        ("p", "9. Data protection and security. 9.1 The Vendor shall process Applicant data only for this Contract and in accordance with the Data Protection Act, 2013. 9.2 The Vendor shall maintain the integrity, availability and confidentiality of the identity database and shall keep all data in Antigua and Barbuda."),
        ("p", "10. Freedom of information. 10.1 The Vendor should assist the Ministry in responding to requests made under the Freedom of Information Act, 2004 that relate to this Contract."),
        ("p", "11. Confidentiality. 11.1 The Vendor shall keep confidential all information of the Ministry and all Applicant information."),
        ("p", "12. Audit. 12.1 The Director of Audit may examine the Vendor’s accounts and invoices relating to the Contract Price and the operating charges."),
        ("p", "13. Laws. 13.1 The Vendor shall comply with all laws of Antigua and Barbuda, including the Prevention of Corruption Act, 2004, the Data Protection Act, 2013 and the Money Laundering (Prevention) Act, 1996. 13.2 Officers of the Ministry who are persons in public life are subject to the Integrity in Public Life Act, 2004."),
        ("p", "14. Performance security. 14.1 The Vendor shall provide a performance bond of 10% of the supply and implementation price, valid until Go-Live plus 90 days."),
        ("p", "15. Liquidated damages. 15.1 If Go-Live is delayed, the Vendor shall pay liquidated damages of 0.1% of the supply and implementation price for each day of delay, capped at 10%."),
        ("p", "16. Business continuity. 16.1 The Vendor shall maintain a disaster recovery site and shall restore card issuance within 72 hours after any hurricane or other disruption."),
        ("p", "17. Ethical standards. 17.1 The Vendor shall observe, and shall ensure that all Personnel observe, the Ethical Standards in performing this Contract. 17.2 The Vendor shall use reasonable endeavours to comply with the Ministry’s Supplier Code of Conduct. 17.3 The Vendor shall report to the Ministry any suspected breach of this clause 17 or of clauses 18 and 19 by the Vendor or its Personnel, and shall not retaliate against any person who in good faith reports such a breach to the Vendor, the Ministry or the Integrity Commission."),
        ("p", "18. Conflicts of interest. 18.1 The Vendor shall ensure that neither it nor its Personnel is placed in a position of actual or potential conflict of interest in performing this Contract, and shall notify the Ministry in writing within five working days after becoming aware of any such conflict. 18.2 The Vendor shall take the steps the Ministry directs to manage or remove any notified conflict of interest. 18.3 The Vendor shall obtain from each member of its Personnel who approves identity exceptions or authorises the issue of Cards a written declaration of interests on appointment and every year, including a nil declaration where there is nothing to declare, shall keep those declarations in a register, and shall give the register to the Ministry on request. 18.4 The Vendor confirms that none of its directors has been convicted of an offence involving dishonesty and that it is not insolvent."),
        ("p", "19. Gifts. 19.1 The Vendor should not offer gifts or hospitality to officers of the Ministry."),
        ("p", "20. Ethics Compliance Certificate. 20.1 Within 30 days after the Effective Date and within 30 days after each anniversary of it, the Vendor shall deliver to the Ministry an Ethics Compliance Certificate signed by a director, certifying that the Vendor and its Personnel have complied with clauses 17 to 19 and that the Vendor has in place the arrangements needed to do so."),
        ("p", "21. Insurance. 21.1 The Vendor shall maintain professional indemnity, public liability and equipment insurance in the amounts in Schedule 2."),
        ("p", "22. Intellectual property. 22.1 The Vendor grants the Ministry a perpetual licence to use the card personalisation software for the purposes of the national identification programme."),
        ("p", "23. Source code escrow. 23.1 The Vendor shall deposit the source code of the software with an escrow agent approved by the Ministry and update the deposit with each release."),
        ("p", "24. Limitation of liability. 24.1 Each party’s total liability is limited to the Contract Price, except for liability for fraud, death or personal injury, or breach of clause 9."),
        ("p", "25. Subcontracting. 25.1 The Vendor shall not subcontract any part of this Contract without the Ministry’s prior written consent. 25.2 The Vendor shall flow down to each Subcontractor obligations equivalent to clauses 21 to 24."),
        ("p", "26. Force majeure. 26.1 Neither party is liable for delay caused by hurricane, earthquake, epidemic, armed conflict or other events beyond its reasonable control."),
        ("p", "27. Termination. 27.1 The Ministry may terminate this Contract by notice if the Vendor (a) commits a material breach and does not remedy it within 30 days after notice; (b) becomes insolvent; or (c) breaches any of clauses 21 to 24. 27.2 The Ministry may terminate this Contract for convenience on 90 days’ notice."),
        ("p", "28. Disputes. 28.1 The parties shall try to settle any dispute amicably and, failing that within 30 days, by arbitration in St. John’s under the Arbitration Act."),
        ("p", "29. Governing law. 29.1 This Contract is governed by the laws of Antigua and Barbuda."),
        ("h2", "Schedule 1 - Enrolment Centres and Technical Specification (summary)"),
        ("t", [["Enrolment Centre", "Location", "Opening hours"],
               ["St. John’s", "Government Complex, Queen Elizabeth Highway", "Monday to Friday 8:00-16:30"],
               ["All Saints", "All Saints Community Centre", "Tuesday and Thursday 9:00-15:00"],
               ["Codrington, Barbuda", "Barbuda Council Building", "First and third Wednesday 9:00-14:00"]]),
        ("h2", "Schedule 2 - Charges and insurance"),
        ("t", [["Item", "Amount (XCD)"],
               ["Operating charge per Card issued", "38.00"],
               ["Monthly Enrolment Centre charge (all centres)", "96,500"],
               ["Professional indemnity insurance (minimum)", "5,000,000"]]),
        ("h2", "Schedule 3 - [Not used]"),
        ("h2", "Schedule 4 - Form of Ethics Compliance Certificate"),
        ("p", "To: the Permanent Secretary, Ministry of Citizen Services and Digital Government. We certify that during the period [insert period] Caribbean Secure Credentials Ltd. and its Personnel complied with clauses 17 to 19 of Contract MCSDG/NID/2025/03, and that the Vendor has in place the arrangements needed to secure that compliance. Signed: [director]."),
        ("p", "Signed for the Government of Antigua and Barbuda by the Permanent Secretary and for the Vendor by its Chief Executive Officer, in the presence of witnesses."),
    ],
    "expected": """\
ES-01 pass  # clause 17.1 the Vendor and Personnel shall observe the Ethical Standards, defined in clause 1 as the seven principles (selflessness to leadership)
ES-02 weak  # clause 17.2 only "reasonable endeavours" to comply with the Ministry's Supplier Code of Conduct
ES-03 gap  # decoy: clause 25.2 flows down clauses 21 to 24, which are insurance, IP, escrow and liability, not ethics
ES-04 gap  # decoy: clause 7.2 training on equipment, document verification and data protection only
ES-05 pass  # clause 17.3 report suspected breaches of clauses 17 to 19 and no retaliation, incl. reports to the Integrity Commission
ES-06 gap  # decoys: clause 13.1 names the Prevention of Corruption Act only in a laws list; 13.2 concerns Ministry officers (wrong party)
ES-07 weak  # clause 10.1 the Vendor "should assist" with Freedom of Information Act requests (permissive)
ES-08 gap  # decoy: clause 12.1 Director of Audit examines accounts and invoices only (financial audit)
ES-09 weak  # clause 27.1(a) termination for unremedied material breach without ethics link; 27.1(c) clauses 21 to 24 are not ethics clauses
ES-10 pass  # clause 20.1 Ethics Compliance Certificate at start and yearly, signed by a director, covering clauses 17 to 19 and the supporting arrangements
COI-01 pass  # clause 18.1 avoid actual or potential conflicts and notify the Ministry within five working days
COI-02 pass  # clause 18.2 take the steps the Ministry directs to manage or remove a notified conflict
COI-03 weak  # clause 19.1 the Vendor "should not offer" gifts or hospitality (permissive)
COI-04 gap  # no clause on former Ministry officers or officials
COI-05 pass  # clause 18.3 annual declarations of interests (incl. nil) from deciding Personnel, kept in a register, given on request
COI-06 gap  # decoy: clause 18.4 is an exclusion-ground confirmation about convictions and insolvency only
CDM-01 pass  # clause 8.1 free complaints procedure for Applicants, displayed at every Enrolment Centre and online
CDM-02 pass  # clause 8.3 monthly report of complaints by centre, subject and outcome
CDM-03 weak  # clause 8.6 the Vendor "may conduct" satisfaction surveys (permissive)
CDM-04 pass  # clause 8.4 co-operate with Ombudsman investigations and implement accepted remedies
CDM-05 pass  # clause 8.5 monthly analysis of complaints by centre and cause, corrective action plan above 2%
CDM-06 gap  # decoy: clause 8.2 timescales are unfilled placeholders "[insert number] working days"
""",
})

# ============================================================================ C12
CONTRACTS.append({
    "file": "malta-public-wifi.odt",
    "provider": "opening paragraph: the Operator",
    "build": "odt-hand",
    "title": "Contract for the Installation, Operation and Maintenance of Public Wi-Fi Hotspots",
    "subject": "public wi-fi hotspots",
    "jurisdiction": "Malta",
    "blocks": [
        ("h1", "Contract for the Installation, Operation and Maintenance of Public Wi-Fi Hotspots"),
        ("p", "Contract reference ALDS/T/014/2025"),
        ("p", "This Contract is entered into in Valletta on 20 June 2025 between the Agency for Local Digital Services, a public agency of the Government of Malta, of 12, Triq il-Merkanti, Valletta VLT 1172 (the “Agency”), represented by its Chief Executive Officer; and Kemmuna Connect Limited, a limited liability company registered in Malta with registration number C 88214, of Level 2, Tower Business Centre, Swatar, Birkirkara BKR 4013 (the “Operator”), represented by its Managing Director."),
        ("p", "Whereas the Agency issued call for tenders ALDS/T/014/2025 for the provision of free public wi-fi, and the Evaluation Committee recommended that the contract be awarded to the Operator, the parties agree as follows."),
        ("h2", "Article 1 - Definitions"),
        ("p", "1.1 In this Contract: “Annex” means an annex to this Contract; “Captive Portal” means the login page displayed to Users; “Hospitality Zone” means a designated area outside restaurants, cafés and bars in a tourist locality listed in Annex A where the Operator provides extended coverage; “Hotspot” means each public wi-fi access point listed in Annex A; “Register of Interests” means a register of the business interests of the Operator’s directors and managers; “Service Levels” means the service levels in Annex C; “User” means any member of the public who connects to a Hotspot; and “Working Day” means a day other than a Saturday, Sunday or public holiday in Malta."),
        ("h2", "Article 2 - Object"),
        ("p", "2.1 The Operator shall install, operate and maintain 300 Hotspots in public squares, gardens, bus interchanges, local council offices and Hospitality Zones in Malta and Gozo. 2.2 Access shall be free of charge to Users for sessions of up to 60 minutes, renewable. 2.3 The Captive Portal shall be available in Maltese and English."),
        ("h2", "Article 3 - Duration"),
        ("p", "3.1 This Contract shall remain in force for four years from the date on which the Agency accepts the installation of all Hotspots."),
        ("h2", "Article 4 - Price and payment"),
        ("p", "4.1 The Agency shall pay the monthly fee per Hotspot set out in Annex B, within 60 days after receiving a valid invoice. 4.2 Prices are exclusive of VAT."),
        ("h2", "Article 5 - Service Levels"),
        ("p", "5.1 The Operator shall meet the Service Levels. 5.2 If a Service Level is missed, the service credits in Annex C shall apply."),
        ("h2", "Article 6 - User support and feedback"),
        ("p", "6.1 The Operator shall run a helpdesk, reachable by telephone and email from 08:00 to 20:00 every day, in Maltese and English."),
        ("p", "6.2 The Operator should provide a means by which Users can submit complaints about the service, through the Captive Portal or by email."),
        ("p", "6.3 The Operator should endeavour to respond to complaints within ten Working Days."),
        ("p", "6.4 The Operator shall provide details of complaints received to the Agency upon request."),
        ("p", "6.5 The Operator shall display on the Captive Portal a one-click satisfaction rating at the end of each session, and shall report the results for each Hotspot to the Agency each quarter."),
        ("p", "6.6 Where the average satisfaction rating at any Hotspot in a quarter falls below 3.5 out of 5, the Operator shall investigate the cause and submit an action plan to the Agency within 15 Working Days."),
        ("h2", "Article 7 - Data protection and content filtering"),
        ("p", "7.1 The Operator shall process Users’ personal data in accordance with the General Data Protection Regulation and the Data Protection Act (Cap. 586). 7.2 The Operator shall filter access to illegal content and retain connection records only as required by law."),
        ("h2", "Article 8 - Conduct"),
        ("p", "8.1 The Operator shall comply with the ethical requirements set out in Annex C."),
        ("p", "8.2 The Operator shall comply with, and shall ensure that its personnel comply with, the Supplier Code of Conduct in Annex D."),
        ("p", "8.3 The Operator shall ensure that all personnel assigned to this Contract receive training on the Supplier Code of Conduct at induction and every twelve months, and shall keep training records available to the Agency."),
        ("h2", "Article 9 - Subcontractors"),
        ("p", "9.1 The Operator shall not subcontract any part of this Contract without the Agency’s prior written consent. 9.2 The Operator shall impose on every subcontractor obligations equivalent to Article 8 and Annex D, and shall enforce them."),
        ("h2", "Article 10 - Former officials"),
        ("p", "10.1 The Operator shall notify the Agency before engaging, in connection with this Contract, any person who was employed by the Agency or by its parent Ministry during the preceding 24 months, and shall comply with any conditions the Agency imposes on that engagement."),
        ("h2", "Article 11 - Freedom of information"),
        ("p", "11.1 The Operator shall assist the Agency, within five Working Days after a request, to respond to requests made under the Freedom of Information Act (Cap. 496), and shall provide the quarterly usage statistics for each Hotspot in a form that the Agency can publish."),
        ("h2", "Article 12 - Audit"),
        ("p", "12.1 The Agency may audit the Operator’s compliance with Articles 8 and 9, and the Operator shall give the Agency’s auditors access to its records, premises and personnel for that purpose."),
        ("h2", "Article 13 - Annual declaration"),
        ("p", "13.1 By 31 January each year the Operator shall deliver to the Agency a declaration signed by a director confirming that the Operator has complied with Articles 8 and 9 and Annex D during the previous year."),
        ("h2", "Articles 14 to 16 - Insurance, liability and intellectual property"),
        ("p", "14.1 The Operator shall insure all equipment and hold public liability insurance of at least EUR 2,000,000. 15.1 The Operator is liable for damage caused by its equipment or personnel. 16.1 The Captive Portal design and the usage data belong to the Agency."),
        ("h2", "Article 17 - Termination"),
        ("p", "17.1 The Agency may terminate this Contract by registered letter: (a) if the Operator is declared insolvent or enters into a composition with its creditors; (b) if the Operator breaches any of Articles 14 to 16; (c) if the availability Service Level in Annex C is missed in three consecutive months; or (d) for convenience, on six months’ notice."),
        ("h2", "Article 18 - Force majeure"),
        ("p", "18.1 Neither party shall be liable for failure caused by storms, power failures on the national grid, armed conflict or other events beyond its control."),
        ("h2", "Article 19 - Precedence"),
        ("p", "19.1 In case of conflict between these Articles and the Annexes, the Articles shall prevail."),
        ("h2", "Article 20 - Disputes"),
        ("p", "20.1 Any dispute between the parties that cannot be settled amicably within 30 days shall be referred to arbitration at the Malta Arbitration Centre."),
        ("h2", "Article 21 - Applicable law"),
        ("p", "21.1 This Contract is governed by the laws of Malta. The Operator shall comply with all applicable laws, including the Electronic Communications (Regulation) Act (Cap. 399), the Criminal Code (Cap. 9) and the Permanent Commission Against Corruption Act (Cap. 326)."),
        ("h2", "Annex A - Hotspot locations (summary)"),
        ("t", [["Area", "Hotspots", "Of which Hospitality Zones"],
               ["Northern Harbour", "96", "22"],
               ["Southern Harbour", "71", "9"],
               ["Northern and Western", "83", "25"],
               ["Gozo and Comino", "50", "14"]]),
        ("h2", "Annex B - Prices"),
        ("t", [["Item", "Monthly fee (EUR, excl. VAT)"],
               ["Standard Hotspot", "54.00"],
               ["Hospitality Zone Hotspot", "61.50"]]),
        ("h2", "Annex C - Service Levels"),
        ("t", [["Service Level", "Target", "Service credit"],
               ["Availability of each Hotspot", "99.0% per month", "5% of the monthly fee per 0.5% shortfall"],
               ["Fault fixed after report", "within 1 Working Day", "EUR 20 per Hotspot per day late"],
               ["Minimum download speed per session", "10 Mbit/s", "2% of the monthly fee"]]),
        ("h2", "Annex D - Supplier Code of Conduct"),
        ("p", "D.1 The Operator shall conduct its business lawfully and deal fairly with the Agency, Users, local councils and its own suppliers."),
        ("p", "D.2 The Operator shall respect the employment rights of its workers, pay at least the national minimum wage and not use forced or child labour."),
        ("p", "D.3 The Operator shall minimise the environmental impact of its equipment and recycle equipment at end of life."),
        ("p", "D.4 The Operator shall make the Captive Portal accessible in accordance with the Web Content Accessibility Guidelines 2.1, level AA."),
        ("p", "D.5 The Operator shall not engage in anti-competitive practices."),
        ("h2", "Annex E - [Not used]"),
        ("p", "Signed in two originals in Valletta on the date above, for the Agency by its Chief Executive Officer and for the Operator by its Managing Director."),
    ],
    "expected": """\
ES-01 gap  # decoy: Article 8.1 points to "the ethical requirements set out in Annex C", but Annex C contains only Service Levels; Annex D is a supplier code (ES-02)
ES-02 pass  # Article 8.2 the Operator and its personnel shall comply with the Supplier Code of Conduct in Annex D
ES-03 pass  # Article 9.2 impose on every subcontractor obligations equivalent to Article 8 and Annex D, and enforce them
ES-04 pass  # Article 8.3 training on the Supplier Code of Conduct at induction and every twelve months, with records
ES-05 gap  # no speaking-up route, reporting duty or non-retaliation in the Articles or Annex D
ES-06 gap  # decoy: Article 21.1 names the Criminal Code and the anti-corruption Act only in a laws list; Annex D has no anti-bribery term
ES-07 pass  # Article 11.1 assist with Freedom of Information Act requests within five Working Days and provide publishable statistics
ES-08 pass  # Article 12.1 audit of compliance with Articles 8 and 9 with access for the Agency's auditors
ES-09 gap  # no ethical-breach remedy and no general material-breach termination: Article 17.1 covers insolvency, Articles 14 to 16 (insurance, liability, IP), Service Levels and convenience
ES-10 pass  # Article 13.1 annual declaration signed by a director of compliance with Articles 8 and 9 and Annex D
COI-01 gap  # decoy: Article 19.1 "conflict between these Articles and the Annexes" is precedence wording; Article 18.1 "armed conflict"; no conflict-of-interest duty
COI-02 gap  # no conflict mitigation, direction or termination; Article 17.1 has no conflict ground
COI-03 gap  # decoy: "Hospitality Zone" (Article 1.1, Annex A) is a coverage area outside cafés and bars, not gifts and hospitality
COI-04 pass  # Article 10.1 notify before engaging anyone employed by the Agency or its Ministry in the prior 24 months, and follow conditions
COI-05 weak  # definition only: Article 1.1 defines "Register of Interests" but no Article requires the Operator to keep or provide one
COI-06 gap  # no procurement-stage disclosure (the recital about the Evaluation Committee is narrative)
CDM-01 weak  # Article 6.2 the Operator "should provide" a means to submit complaints (permissive)
CDM-02 weak  # Article 6.4 complaint details only "upon request"
CDM-03 pass  # Article 6.5 satisfaction rating after each session, reported to the Agency each quarter
CDM-04 gap  # decoy: Article 20.1 arbitration between the parties only; no Ombudsman co-operation
CDM-05 pass  # Article 6.6 investigate and submit an action plan when satisfaction falls below 3.5 out of 5
CDM-06 weak  # Article 6.3 the Operator "should endeavour to" respond within ten Working Days (permissive)
""",
})
