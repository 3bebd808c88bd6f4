"""Contract texts and verdicts for blind set 32 (who is bound). Written from the rule catalogue alone.

Each contract: file, make (python-docx | lo-html-docx | lo-html-odt | txt | md), header, footer,
blocks [(kind, text)], expected (22 lines in catalogue order).
"""

CONTRACTS = []


def T(s):
    return ("title", s)


def H(s):
    return ("h", s)


def P(s):
    return ("p", s)


# ---------------------------------------------------------------- c01 Wales: grant offer letter, we/you
CONTRACTS.append(dict(
    file="c01-youth-pathways-grant-letter-wales.docx",
    make="python-docx",
    header="Partneriaeth Sgiliau Dyffryn Tywi / Tywi Valley Skills Partnership",
    footer="Grant ref TVSP/YP/2026/014 - Offer letter and conditions",
    blocks=[
        T("Offer of Grant: Youth Pathways Fund 2026-2028"),
        P("To: The Chair of Trustees, Llwybr Ymlaen, Unit 4 Heol y Farchnad, Llandeilo SA19 6AA (registered charity 1187420)"),
        P("From: Tywi Valley Skills Partnership, c/o Cyngor Bro Tywi, County Hall, Carmarthen Road, Llandeilo SA19 6HL"),
        P("Date: 12 January 2026"),
        H("1. Our offer"),
        P("1.1 We are pleased to offer you a grant of up to GBP 186,400 (the Grant) towards the Youth Pathways project described in your application dated 3 October 2025 (the Project). The Grant covers the period 1 April 2026 to 31 March 2028."),
        P("1.2 In this letter, we, us and our mean the Tywi Valley Skills Partnership, a partnership of public bodies in the Tywi valley. The Partnership is not a legal entity, so Cyngor Bro Tywi acts as the Accountable Body for the Grant: it holds the money, makes the payments and signs this letter on our behalf. You and your mean Llwybr Ymlaen, the organisation named above, and include your trustees."),
        P("1.3 This letter and the Standard Conditions attached to it form the grant agreement between you and the Accountable Body. If there is any conflict between this letter and the Standard Conditions, this letter prevails."),
        P("1.4 The Grant is funded from the Welsh Government's regional skills allocation. We have taken into account the Well-being of Future Generations (Wales) Act 2015 in deciding to make this offer, and we expect the Project to contribute to the well-being goals."),
        H("2. What the Grant is for"),
        P("2.1 You must use the Grant only for the Project and only for the eligible costs set out in the budget at Annex A. You must not use the Grant to pay for anything that has already been paid for by another funder."),
        P("2.2 The Project will support young people aged 16 to 24 who are not in education, employment or training to take part in mentored work placements with local employers, with the aim of at least 140 young people starting a placement and 90 moving into work, training or education."),
        P("2.3 You may not pass any part of the Grant to another organisation, or ask another organisation to deliver any part of the Project, without our written consent."),
        H("3. Payment"),
        P("3.1 The Accountable Body will pay the Grant quarterly in arrears against your claims, which must be supported by evidence of the costs incurred. We will not pay any claim received more than three months after the end of the quarter to which it relates."),
        P("3.2 You must keep the Grant in a separate cost centre and keep proper accounts and records of how it has been spent for six years after the end of the Project."),
        H("4. Monitoring and reporting"),
        P("4.1 You must send us a monitoring report each quarter, in the format at Annex B, setting out the number of young people starting, completing and leaving placements, the outcomes achieved and your spending against budget."),
        P("4.2 You must ask every participant to complete our feedback questionnaire at the end of their placement and include the results in each quarterly monitoring report, together with a short summary of what participants told you."),
        P("4.3 We, or the Accountable Body, may visit you at any reasonable time to see the Project in progress and may inspect your records relating to the Grant."),
        P("4.4 You must send us a copy of your annual accounts within ten months of the end of each of your financial years."),
        H("5. Your staff and volunteers"),
        P("5.1 You must carry out enhanced Disclosure and Barring Service checks on all staff and volunteers who work with young people under 18, and you must comply with the Wales Safeguarding Procedures."),
        P("5.2 Your volunteers should receive an induction before they start working with young people on the Project."),
        P("5.3 You must have a written code of conduct for your staff, trustees and volunteers, and you must make sure they follow it when working on the Project."),
        H("6. Standards and probity"),
        P("6.1 You must not offer, give or accept any bribe, inducement or reward in connection with the Grant. You must have adequate procedures to prevent fraud and bribery, and you must tell us immediately if you suspect that fraud or bribery has taken place in connection with the Project."),
        P("6.2 You must have a whistleblowing policy that lets your staff and volunteers raise concerns about wrongdoing in confidence, including with us, and you must not subject anyone to any detriment for raising a concern in good faith."),
        P("6.3 By accepting this offer you confirm that you have told us of any relationship between your trustees or staff and any member of the assessment panel or any officer involved in deciding your application."),
        P("6.4 You must help us, and the Accountable Body, to respond to any request for information under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004 relating to the Grant, and provide the information we ask for within 5 working days. We will publish the amount of the Grant, your name and a summary of the Project on our website."),
        H("7. Our own standards"),
        P("7.1 We are committed to the Seven Principles of Public Life, and the members of the Partnership Board abide by the Accountable Body's Code of Conduct for Members."),
        P("7.2 Members of the Partnership Board and the assessment panel must declare any conflict of interest in an application before it is considered, and do not take part in the decision on that application. Their interests are recorded in the Accountable Body's register of interests, which is open to public inspection."),
        P("7.3 Our officers and panel members will not accept gifts or hospitality from applicants or grant recipients and will record any offer in our gifts and hospitality register."),
        P("7.4 The Accountable Body will certify to the Welsh Government each year that the Grant has been used for the purposes for which it was given."),
        H("8. Complaints"),
        P("8.1 You should have a simple way for young people and their families to complain about the Project."),
        P("8.2 If we ask, you must tell us about any complaints you have received about the Project and how you dealt with them."),
        P("8.3 If you are unhappy with how we have handled your application or the Grant, you can use our complaints procedure. We will acknowledge your complaint within 5 working days and send you a full reply within 20 working days. If you remain unhappy you can contact the Public Services Ombudsman for Wales."),
        H("9. When we can withhold or recover the Grant"),
        P("9.1 We may withhold, reduce or recover all or part of the Grant if you breach paragraph 6 (Standards and probity), if you use the Grant for anything other than the Project, if you give us false or misleading information, or if you stop delivering the Project."),
        P("9.2 We may also end the Grant on three months' notice if the Welsh Government withdraws or reduces the funding from which the Grant is paid."),
        H("10. Publicity, data and language"),
        P("10.1 You must acknowledge our support, and the Welsh Government's, in all publicity about the Project, using the logos we provide."),
        P("10.2 You must comply with data protection legislation when collecting and sharing participants' personal data, and you must share it with us only in the form set out in Annex B."),
        P("10.3 You must offer the Project through the medium of Welsh as well as English and comply with the Welsh Language Standards that apply to us where you provide services to the public on our behalf."),
        H("11. Accepting this offer"),
        P("11.1 This offer is open for 30 days. To accept it, two of your trustees must sign and return the enclosed acceptance form. The Grant Officer for the Project is Nia Protheroe, who will be your main contact."),
        P("Signed for Cyngor Bro Tywi as Accountable Body on behalf of the Tywi Valley Skills Partnership: Gareth Lewis-Hughes, Head of Regeneration"),
        ("table", [["Annex", "Title"], ["A", "Project budget and eligible costs"], ["B", "Quarterly monitoring report template"], ["C", "Standard Conditions of Grant (version 4)"]]),
    ],
    expected='''
ES-01 gap  # clause 7.1: "We are committed to the Seven Principles of Public Life" binds the funder (we), not the Recipient (wrong party)
ES-02 pass  # clause 5.3: "You must have a written code of conduct for your staff, trustees and volunteers, and you must make sure they follow it"
ES-03 gap  # clause 2.3: "You may not pass any part of the Grant to another organisation" without consent (consent to subcontract is a decoy; no ethical flow-down)
ES-04 weak  # clause 5.2: "Your volunteers should receive an induction" (permissive, no ethics topic)
ES-05 pass  # clause 6.2: "You must have a whistleblowing policy" and "must not subject anyone to any detriment for raising a concern in good faith"
ES-06 pass  # clause 6.1: "You must have adequate procedures to prevent fraud and bribery" and tell us immediately of suspected fraud or bribery
ES-07 pass  # clause 6.4: "You must help us, and the Accountable Body, to respond to any request for information under the Freedom of Information Act 2000"
ES-08 weak  # clause 4.3: "may inspect your records relating to the Grant" (audit right with no ethics link)
ES-09 pass  # clause 9.1: "We may withhold, reduce or recover all or part of the Grant if you breach paragraph 6 (Standards and probity)"
ES-10 gap  # clause 7.4: "The Accountable Body will certify to the Welsh Government each year" (funder side, wrong party); 4.4 annual accounts only
COI-01 gap  # clause 7.2: "Members of the Partnership Board and the assessment panel must declare any conflict of interest" (wrong party); 1.3 "If there is any conflict between this letter and the Standard Conditions" is precedence
COI-02 gap  # nothing requires the Recipient to manage a conflict or lets the funder act on one
COI-03 gap  # clause 7.3: "Our officers and panel members will not accept gifts or hospitality" (funder's own gifts register, wrong party)
COI-04 gap  # no duty about former officers or members of the funder or the Accountable Body
COI-05 gap  # clause 7.2: "recorded in the Accountable Body's register of interests" (the funder's members, wrong party)
COI-06 pass  # clause 6.3: "you confirm that you have told us of any relationship between your trustees or staff and any member of the assessment panel"
CDM-01 weak  # clause 8.1: "You should have a simple way for young people and their families to complain about the Project" (permissive)
CDM-02 weak  # clause 8.2: "If we ask, you must tell us about any complaints you have received" (on request only)
CDM-03 pass  # clause 4.2: "You must ask every participant to complete our feedback questionnaire" and "include the results in each quarterly monitoring report"
CDM-04 gap  # clause 8.3: "you can contact the Public Services Ombudsman for Wales" concerns complaints about the funder (wrong party)
CDM-05 gap  # no analysis of complaints or feedback and no action plans required of the Recipient
CDM-06 gap  # clause 8.3: "We will acknowledge your complaint within 5 working days" is the funder's own complaints procedure (wrong party)
''',
))


# ---------------------------------------------------------------- c02 Scotland: leisure concession, Concessionaire + Guarantor
CONTRACTS.append(dict(
    file="c02-leisure-concession-scotland.odt",
    make="lo-html-odt",
    header="Strathallan Council - Concession Contract",
    footer="SC/LEIS/2026/03",
    blocks=[
        T("Concession Contract for the Operation of Strathallan Leisure Centre and Community Pool"),
        P("This Contract is made between (1) Strathallan Council, a council constituted under the Local Government etc. (Scotland) Act 1994, having its principal office at Burgh Chambers, High Street, Dunallan DN4 2QT (the Council); (2) Caledon Leisure Services Limited, registered in Scotland under number SC601122, whose registered office is at 9 Mercat Row, Perth PH1 5DX (the Concessionaire); and (3) Caledon Active Group plc, registered in Scotland under number SC287760 (the Guarantor)."),
        H("Background"),
        P("(A) The Council owns the Strathallan Leisure Centre and the Community Pool at Dunallan (the Facilities) and, following a procurement under the Concession Contracts (Scotland) Regulations 2016, has decided to grant a concession for their operation."),
        P("(B) The Concessionaire is a wholly owned subsidiary of the Guarantor, which has agreed to guarantee the Concessionaire's obligations on the terms of Clause 20."),
        H("1. Definitions and interpretation"),
        P("1.1 In this Contract: Concession Period means ten years from the Commencement Date of 1 April 2026; Customers means members of the public who use the Facilities; Staff means all persons employed or engaged by the Concessionaire in operating the Facilities; Sub-concessionaire means any person to whom the Concessionaire grants a right to run any part of the Facilities, including the cafe; Working Day means a day other than a Saturday, Sunday or public holiday in Dunallan; Party means the Council, the Concessionaire or the Guarantor, and Parties means all of them."),
        P("1.2 Where there is any conflict or inconsistency between the Clauses and the Schedules, the Clauses prevail."),
        H("2. Grant of concession"),
        P("2.1 The Council grants to the Concessionaire the exclusive right to operate the Facilities for the Concession Period and to retain the income from them, in return for the Concessionaire meeting the Service Specification in Schedule 1 and paying the Concession Fee in Schedule 3."),
        P("2.2 The Concessionaire shall keep the Facilities open for the hours in Schedule 1, offer the concessionary prices set by the Council, and run the free swimming programme for children under 16."),
        H("3. Staff"),
        P("3.1 The Transferring Employees of the Council's in-house leisure service shall transfer to the Concessionaire on the Commencement Date under the Transfer of Undertakings (Protection of Employment) Regulations 2006, and the Concessionaire shall honour their terms and conditions."),
        P("3.2 The Concessionaire shall ensure that its Staff make no statement to the press or on social media about the Facilities or the Council without the Council's prior approval."),
        P("3.3 The Concessionaire shall display the Modern Slavery Helpline number in all staff areas of the Facilities."),
        H("12. Standards of conduct"),
        P("12.1 The Concessionaire shall, and shall procure that its Staff shall, observe the Seven Principles of Public Life in operating the Facilities."),
        P("12.2 The Concessionaire is encouraged to adopt the Council's Supplier Code of Conduct, or a code of ethics of its own no less demanding."),
        P("12.3 The Concessionaire shall ensure that all Staff receive training on the Seven Principles of Public Life, conflicts of interest and the prevention of bribery at induction and at least once a year afterwards, and shall keep training records which it shall make available to the Council on request."),
        P("12.4 Each Party shall comply with the Bribery Act 2010, shall not offer or accept any bribe in connection with this Contract, and shall promptly notify the others of any breach of this Clause 12.4."),
        P("12.5 The Concessionaire shall avoid any situation in which the interests of the Concessionaire or any of its Staff conflict, or may conflict, with its duties under this Contract, and shall notify the Council in writing without delay of any actual or potential conflict of interest."),
        P("12.6 Where a conflict of interest is notified or comes to the Council's attention, the Concessionaire shall take the steps the Council directs to remove or manage it, and the Council may terminate this Contract under Clause 18 if it cannot be managed to the Council's satisfaction."),
        P("12.7 The Concessionaire should not offer gifts or hospitality to Council officers involved in managing this Contract."),
        P("12.8 The Concessionaire may maintain a register of interests of its managers, which the Council may ask to see."),
        P("12.9 The Concessionaire shall procure that each Sub-concessionaire and Sub-contractor complies with obligations equivalent to those in this Clause 12."),
        P("12.10 The Council may audit the Concessionaire's compliance with this Clause 12, and the Concessionaire shall give the Council's internal auditors access to its premises, records and Staff for that purpose."),
        P("12.11 Any concern about the conduct of a councillor in relation to this Contract shall be referred to the Council's Monitoring Officer, and councillors remain bound by the Councillors' Code of Conduct under the Ethical Standards in Public Life etc. (Scotland) Act 2000."),
        H("13. Freedom of information"),
        P("13.1 The Concessionaire acknowledges that the Council is subject to the Freedom of Information (Scotland) Act 2002 and the Environmental Information (Scotland) Regulations 2004, and shall assist the Council in responding to any request for information, providing the information requested within 5 Working Days."),
        H("14. Customers, complaints and feedback"),
        P("14.1 The Concessionaire shall operate a complaints procedure for Customers which is free, publicised at reception and on its website, and consistent with the model complaints handling procedure published by the Scottish Public Services Ombudsman."),
        P("14.2 Where practicable, the Concessionaire shall acknowledge each complaint within 3 Working Days and respond within 20 Working Days."),
        P("14.3 The Concessionaire shall report to the Council each quarter the number of complaints received, resolved, upheld and not upheld, with the main themes and the actions taken."),
        P("14.4 The Concessionaire shall co-operate with the Scottish Public Services Ombudsman in the investigation of any complaint about the Facilities and shall implement any recommendation the Ombudsman makes."),
        P("14.5 The Concessionaire shall use reasonable endeavours to carry out an annual Customer satisfaction survey."),
        P("14.6 The Concessionaire shall analyse complaints each year to identify trends and root causes, and shall agree an improvement action plan with the Council where the same issue recurs."),
        H("18. Termination"),
        P("18.1 The Council may terminate this Contract by notice if the Concessionaire commits a material breach of this Contract which is not remedied within 30 days of a notice requiring it to be remedied."),
        P("18.2 Either Party may terminate this Contract by notice if the other becomes insolvent."),
        H("20. Guarantee"),
        P("20.1 The Guarantor guarantees to the Council the due performance by the Concessionaire of its obligations under this Contract."),
        P("20.2 The Guarantor undertakes to the Council that it shall deliver, by 30 June each year, a certificate signed by one of its directors confirming that the ethics and compliance policies of the Guarantor's group have been complied with by each group company, including the Concessionaire."),
        H("21. General"),
        P("21.1 This Contract is governed by the law of Scotland and the Parties submit to the exclusive jurisdiction of the Scottish courts."),
        P("21.2 The Concessionaire shall maintain public liability insurance of not less than GBP 10 million and employer's liability insurance as required by law."),
        P("21.3 The Concessionaire's Contract Manager, Ewan Drummond, shall attend quarterly review meetings with the Council's Leisure Client Officer."),
        ("table", [["Schedule", "Content"], ["1", "Service Specification, including the cafe and Hospitality and events bookings"], ["2", "Performance Indicators"], ["3", "Concession Fee and Concessionary Prices"]]),
        P("IN WITNESS WHEREOF these presents are executed by the Parties as follows: for Strathallan Council by its Head of Legal Services; for Caledon Leisure Services Limited by a director; and for Caledon Active Group plc by a director, each before a witness."),
    ],
    expected='''
ES-01 pass  # clause 12.1: "The Concessionaire shall, and shall procure that its Staff shall, observe the Seven Principles of Public Life"
ES-02 weak  # clause 12.2: "The Concessionaire is encouraged to adopt the Council's Supplier Code of Conduct" (permissive)
ES-03 pass  # clause 12.9: "The Concessionaire shall procure that each Sub-concessionaire and Sub-contractor complies with obligations equivalent to those in this Clause 12"
ES-04 pass  # clause 12.3: training "on the Seven Principles of Public Life, conflicts of interest and the prevention of bribery at induction", yearly, with records
ES-05 gap  # clause 3.2: "make no statement to the press or on social media" (gagging) and 3.3 "Modern Slavery Helpline" only; no speaking-up route
ES-06 pass  # clause 12.4: "Each Party shall comply with the Bribery Act 2010" and "shall promptly notify the others" (each party includes the Concessionaire)
ES-07 pass  # clause 13.1: "shall assist the Council in responding to any request for information" under the Freedom of Information (Scotland) Act 2002
ES-08 pass  # clause 12.10: "The Council may audit the Concessionaire's compliance with this Clause 12"
ES-09 weak  # clause 18.1: termination for "a material breach of this Contract which is not remedied" (no ethics link)
ES-10 gap  # clause 20.2: "The Guarantor undertakes to the Council that it shall deliver, by 30 June each year, a certificate" (the parent, not the Concessionaire)
COI-01 pass  # clause 12.5: "shall notify the Council in writing without delay of any actual or potential conflict of interest" (1.2 precedence is a decoy)
COI-02 pass  # clause 12.6: "shall take the steps the Council directs to remove or manage it" and the Council may terminate
COI-03 weak  # clause 12.7: "The Concessionaire should not offer gifts or hospitality to Council officers" (permissive); Schedule 1 "Hospitality and events bookings" is a decoy
COI-04 gap  # clause 3.1: "Transferring Employees" under TUPE only; no duty about former Council officers
COI-05 weak  # clause 12.8: "The Concessionaire may maintain a register of interests of its managers" (permissive)
COI-06 gap  # no confirmation of disclosed relationships at award; 12.11 "the Council's Monitoring Officer" concerns councillors (wrong party)
CDM-01 pass  # clause 14.1: "The Concessionaire shall operate a complaints procedure for Customers which is free, publicised"
CDM-02 pass  # clause 14.3: "shall report to the Council each quarter the number of complaints received, resolved, upheld and not upheld"
CDM-03 weak  # clause 14.5: "shall use reasonable endeavours to carry out an annual Customer satisfaction survey" (reasonable endeavours, not reported)
CDM-04 pass  # clause 14.4: "shall co-operate with the Scottish Public Services Ombudsman" and "shall implement any recommendation"
CDM-05 pass  # clause 14.6: "shall analyse complaints each year to identify trends and root causes" with an improvement action plan
CDM-06 weak  # clause 14.2: "Where practicable, the Concessionaire shall acknowledge each complaint within 3 Working Days" (hedged)
''',
))


# ---------------------------------------------------------------- c03 England: s75 joint commissioners, Lead Provider + Consortium Members
CONTRACTS.append(dict(
    file="c03-community-equipment-s75-lead-provider-england.docx",
    make="lo-html-docx",
    header="Integrated Community Equipment Service - Services Agreement",
    footer="Ref HWC/ICES/2026 - OFFICIAL",
    blocks=[
        T("Services Agreement: Integrated Community Equipment Service"),
        P("Parties: (1) Harewood County Council of County Hall, Harewood HW1 1AA, acting as lead commissioner under the Section 75 Agreement (the Lead Commissioner); (2) NHS Harewood and Wealdshire Integrated Care Board (the ICB) (together with the Lead Commissioner, the Commissioners); and (3) Ablecare Partnership Limited, company number 10988234 (the Lead Provider)."),
        H("Recitals"),
        P("A. The Lead Commissioner and the ICB have entered into an agreement under section 75 of the National Health Service Act 2006 (the Section 75 Agreement) to pool their budgets for community equipment and to commission a single integrated service."),
        P("B. The Lead Provider leads a consortium whose members are listed in Schedule 4 (each a Consortium Member), and has agreed to deliver the Services through the Consortium Members on the terms of this Agreement."),
        P("C. The Lead Commissioner carried out a conflicts assessment under section 83 of the Procurement Act 2023 before publishing the tender notice, and the Commissioners' officers involved in the award declared their interests."),
        H("1. Definitions"),
        P("1.1 Consortium Member means each organisation listed in Schedule 4 and any replacement approved by the Commissioners; Service Users means adults and children who are prescribed equipment under this Agreement; Staff means all employees, workers and volunteers of the Lead Provider, any Consortium Member or any Sub-contractor engaged in the Services; Conflict of Interest means any situation in which the personal, professional or financial interests of the Lead Provider, a Consortium Member or any Staff conflict, or may conflict, with the proper performance of this Agreement."),
        P("1.2 The Lead Commissioner acts for both Commissioners in the day-to-day management of this Agreement. Any right of the Commissioners may be exercised by the Lead Commissioner alone."),
        H("2. The Services"),
        P("2.1 The Lead Provider shall deliver, collect, install, maintain, clean and recycle community equipment in accordance with the Specification in Schedule 1, meeting the delivery timescales of same day, next working day and 5 working days for urgent, priority and standard orders."),
        P("2.2 The Lead Provider is responsible for the performance of each Consortium Member as if it were its own, and shall procure that each Consortium Member performs the part of the Services allocated to it in Schedule 4."),
        P("2.3 The Lead Provider shall ensure that all Staff who deliver or install equipment are trained in manual handling, infection prevention and control and the safe installation of equipment, and hold the competencies set out in the Specification."),
        H("9. Standards of conduct and integrity"),
        P("9.1 The Lead Provider shall procure that it, each Consortium Member and all Staff act in accordance with the Seven Principles of Public Life in delivering the Services."),
        P("9.2 The Lead Provider shall comply with, and shall procure that each Consortium Member complies with, the HM Government Supplier Code of Conduct."),
        P("9.3 The Lead Provider shall not, and shall procure that no Consortium Member or Staff shall, commit a Prohibited Act; shall maintain adequate procedures to prevent bribery and fraud; and shall notify the Lead Commissioner immediately of any breach or suspected breach of this Clause 9.3."),
        P("9.4 The Lead Provider shall have a Freedom to Speak Up Guardian accessible to the Staff of every Consortium Member, and shall ensure that no member of Staff suffers any detriment for raising a concern in good faith with the Guardian, the Commissioners or a prescribed person."),
        P("9.5 The Lead Provider shall take all necessary steps to ensure that neither it, any Consortium Member nor any Staff is placed in a position of an actual or potential Conflict of Interest, and shall notify the Lead Commissioner promptly in writing of any such Conflict of Interest with details of the mitigation proposed."),
        P("9.6 The Lead Provider shall implement any measures the Lead Commissioner requires to manage a notified Conflict of Interest; the Commissioners may terminate this Agreement if a Conflict of Interest cannot be managed."),
        P("9.7 The Lead Provider shall ensure that no Consortium Member or Staff offers any gift or hospitality to any officer of either Commissioner, and shall keep a gifts and hospitality register for the consortium which it shall provide to the Lead Commissioner on request."),
        P("9.8 The Lead Provider shall procure that each Consortium Member requires its Decision-Making Staff to declare their interests, or make a nil declaration, on appointment and annually in accordance with Managing Conflicts of Interest in the NHS, and shall keep a register of interests for the consortium which it shall publish on its website."),
        P("9.9 The Lead Provider should tell the Lead Commissioner if it or a Consortium Member proposes to engage any former officer of either Commissioner who was involved in this procurement."),
        P("9.10 The Lead Provider shall procure that every Sub-contractor is bound by obligations equivalent to those in this Clause 9."),
        P("9.11 The Lead Provider shall deliver to the Lead Commissioner, within 20 Working Days of the Commencement Date and then annually, a certificate signed by a director on behalf of the Lead Provider's Board confirming that the Lead Provider and each Consortium Member have complied with this Clause 9 and have in place the structures needed to support these standards."),
        P("9.12 The Commissioners may monitor and audit compliance by the Lead Provider and each Consortium Member with this Clause 9, and ethical performance shall be reviewed at each quarterly contract review meeting."),
        P("9.13 If the Lead Provider or a Consortium Member breaches this Clause 9, the Lead Commissioner may require the removal of any person responsible, require a Rectification Plan, or terminate this Agreement with immediate effect."),
        H("10. Information"),
        P("10.1 The Lead Provider should assist the Commissioners in responding to requests under the Freedom of Information Act 2000 where reasonably practicable."),
        H("11. Service Users, complaints and experience"),
        P("11.1 The Lead Provider shall operate one complaints procedure for the whole consortium which meets the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, is free and accessible, and is publicised on every delivery note."),
        P("11.2 The Lead Provider shall acknowledge each complaint within 3 Working Days and provide a full response within 20 Working Days or such longer period as the complainant agrees."),
        P("11.3 The Commissioners will monitor the Lead Provider's complaints through the Lead Commissioner's quarterly review of the Lead Provider's complaints log."),
        P("11.4 The Lead Provider shall run the Friends and Family Test for Service Users after each delivery and report the results to the Lead Commissioner monthly."),
        P("11.5 The Lead Provider shall co-operate with the Local Government and Social Care Ombudsman and the Parliamentary and Health Service Ombudsman in any investigation and shall implement any remedy they recommend."),
        P("11.6 The Lead Provider is expected to review complaint trends with the Consortium Members and share the lessons learned with the Lead Commissioner."),
        H("12. Payment and term"),
        P("12.1 The Commissioners shall pay the Lead Provider monthly in arrears from the pooled fund under the Section 75 Agreement; the Lead Provider alone is responsible for paying the Consortium Members."),
        P("12.2 This Agreement runs for five years from 1 April 2026, with an option for the Commissioners to extend it by up to two years."),
        H("13. General"),
        P("13.1 Nothing in this Agreement makes a Consortium Member a party to it or gives a Consortium Member any right against the Commissioners."),
        P("13.2 The Lead Provider's named Contract Manager is Priya Raman, who shall attend every contract review meeting."),
        P("13.3 This Agreement is governed by the law of England and Wales."),
    ],
    expected='''
ES-01 pass  # clause 9.1: "shall procure that it, each Consortium Member and all Staff act in accordance with the Seven Principles of Public Life"
ES-02 pass  # clause 9.2: "The Lead Provider shall comply with, and shall procure that each Consortium Member complies with, the HM Government Supplier Code of Conduct"
ES-03 pass  # clause 9.10: "shall procure that every Sub-contractor is bound by obligations equivalent to those in this Clause 9"
ES-04 gap  # clause 2.3: training "in manual handling, infection prevention and control and the safe installation of equipment" only (technical decoy)
ES-05 pass  # clause 9.4: "shall have a Freedom to Speak Up Guardian" and "no member of Staff suffers any detriment for raising a concern in good faith"
ES-06 pass  # clause 9.3: "shall maintain adequate procedures to prevent bribery and fraud" and "shall notify the Lead Commissioner immediately"
ES-07 weak  # clause 10.1: "The Lead Provider should assist the Commissioners in responding to requests under the Freedom of Information Act 2000 where reasonably practicable" (hedged)
ES-08 pass  # clause 9.12: "The Commissioners may monitor and audit compliance by the Lead Provider and each Consortium Member with this Clause 9"
ES-09 pass  # clause 9.13: "If the Lead Provider or a Consortium Member breaches this Clause 9" removal, Rectification Plan or termination
ES-10 pass  # clause 9.11: "within 20 Working Days of the Commencement Date and then annually, a certificate signed by a director on behalf of the Lead Provider's Board"
COI-01 pass  # clause 9.5: "shall notify the Lead Commissioner promptly in writing of any such Conflict of Interest" (1.1 is only the definition)
COI-02 pass  # clause 9.6: "shall implement any measures the Lead Commissioner requires to manage a notified Conflict of Interest"
COI-03 pass  # clause 9.7: "shall keep a gifts and hospitality register for the consortium"
COI-04 weak  # clause 9.9: "The Lead Provider should tell the Lead Commissioner if it or a Consortium Member proposes to engage any former officer" (permissive)
COI-05 pass  # clause 9.8: declarations "or make a nil declaration, on appointment and annually" and "shall keep a register of interests for the consortium which it shall publish"
COI-06 gap  # recital C: "The Lead Commissioner carried out a conflicts assessment" (the commissioners' own step, in a recital, wrong party)
CDM-01 pass  # clause 11.1: "shall operate one complaints procedure for the whole consortium which meets the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009"
CDM-02 gap  # clause 11.3: "The Commissioners will monitor the Lead Provider's complaints" (the Commissioners' duty; no reporting duty on the Lead Provider)
CDM-03 pass  # clause 11.4: "shall run the Friends and Family Test for Service Users after each delivery and report the results to the Lead Commissioner monthly"
CDM-04 pass  # clause 11.5: "shall co-operate with the Local Government and Social Care Ombudsman" and "shall implement any remedy they recommend"
CDM-05 weak  # clause 11.6: "The Lead Provider is expected to review complaint trends" (permissive)
CDM-06 pass  # clause 11.2: "shall acknowledge each complaint within 3 Working Days and provide a full response within 20 Working Days"
''',
))


# ---------------------------------------------------------------- c04 Northern Ireland: framework and call-off, Contracting Authority for Participating Bodies
CONTRACTS.append(dict(
    file="c04-digital-inclusion-framework-calloff-ni.docx",
    make="lo-html-docx",
    header="NI Shared Procurement Unit - Digital Inclusion Support Services Framework",
    footer="Framework SPU/DI/25-29 - Call-off Order LEDC/DI/001",
    blocks=[
        T("Framework Agreement and Call-off Terms: Digital Inclusion Support Services"),
        H("Part A: Framework Agreement"),
        P("A1. This Framework Agreement is made between the Northern Ireland Shared Procurement Unit, acting on behalf of itself and the bodies listed in Annex 1 (the Contracting Authority), and Clearpath Digital CIC, company number NI690145, of 22 Linenhall Street, Belfast BT2 8BG (the Framework Supplier)."),
        P("A2. The Contracting Authority acts for the councils, housing bodies and health and social care bodies listed in Annex 1 (each a Participating Body). A Participating Body may place a Call-off Contract with the Framework Supplier by issuing a Call-off Order; on doing so, the Framework Supplier becomes the Call-off Supplier under that Call-off Contract, and the Participating Body becomes the Buyer."),
        P("A3. The Framework Supplier confirms that it has disclosed to the Contracting Authority any relationship with any person involved in the procurement of this Framework Agreement, and shall keep that disclosure up to date for the term of the Framework Agreement."),
        P("A4. The Framework Supplier warrants that it has in place, and will maintain, the structures and arrangements necessary to support ethical standards across all Call-off Contracts."),
        P("A5. The Contracting Authority expects the Framework Supplier to flow down the standards in Part C to its subcontractors."),
        P("A6. The Framework Supplier shall provide the Contracting Authority each quarter with management information on all Call-off Contracts, including the volume of Call-off Orders, spend, and complaints received, upheld and not upheld by each Participating Body's service users."),
        P("A7. In the event of any conflict between this Part A and any Call-off Order, this Part A prevails, save that the Call-off Order may add requirements."),
        P("A8. The Framework Agreement runs for four years from 1 February 2026. The Contracting Authority does not guarantee any volume of work."),
        H("Part B: Call-off Order"),
        P("B1. Buyer: Lough Erne District Council, Townhall Street, Enniskillen (a Participating Body). Call-off Supplier: Clearpath Digital CIC. Call-off Term: 1 April 2026 to 31 March 2028. Call-off Value: GBP 248,000."),
        P("B2. Services: one-to-one and group digital skills support for older residents and tenants, delivered in libraries, community centres and at home, for at least 1,200 residents over the Call-off Term, together with a loan scheme for tablets and data."),
        P("B3. Buyer's Contract Manager: Orla McGuigan, Community Services. Call-off Supplier's Contract Manager: Declan Ferris."),
        H("Part C: Call-off Terms"),
        H("C1. Conduct"),
        P("C1.1 The Call-off Supplier should have regard to the Seven Principles of Public Life when dealing with residents and with the Buyer."),
        P("C1.2 The Call-off Supplier shall comply with the Supplier Code of Conduct published by the Cabinet Office and adopted by the Participating Bodies."),
        P("C1.3 The Call-off Supplier shall ensure that all Staff complete training on the Supplier Code of Conduct, conflicts of interest, anti-bribery and raising concerns before they start work on the Services and every year after that, and shall keep training records for inspection."),
        P("C1.4 The Call-off Supplier shall maintain a whistleblowing policy consistent with the Public Interest Disclosure (Northern Ireland) Order 1998 and shall not subject any member of Staff to detriment for making a protected disclosure to the Buyer or a prescribed person."),
        P("C1.5 The Call-off Supplier shall not commit any offence under the Bribery Act 2010 or the Fraud Act 2006 in connection with the Call-off Contract, shall maintain adequate procedures to prevent such offences, and shall immediately notify the Buyer of any suspected offence or investigation."),
        P("C1.6 The Call-off Supplier shall not offer or give any gift or hospitality to any officer or member of a Participating Body, and shall record all gifts and hospitality offered or received by its Staff in connection with the Services."),
        P("C1.7 The Call-off Supplier shall not, during the Call-off Term, engage on the Services any person who within the preceding 24 months was employed by the Buyer in a role connected with the procurement, without the Buyer's written consent."),
        H("C2. Conflicts of interest"),
        P("C2.1 The Call-off Supplier shall ensure that neither it nor its Staff are placed in a position of an actual or potential conflict of interest in delivering the Services, and shall promptly notify the Buyer in writing with full details of any such conflict."),
        P("C2.2 The Call-off Supplier may be asked to provide declarations of interest from its project leads."),
        H("C3. Information and audit"),
        P("C3.1 The Call-off Supplier shall provide all co-operation and information the Buyer needs to comply with the Freedom of Information Act 2000 and the Environmental Information Regulations 2004, and to publish the Call-off Contract under the Buyer's transparency commitments."),
        P("C3.2 The Contracting Authority and any Participating Body may audit the Call-off Supplier's records relating to this Call-off Contract on reasonable notice."),
        H("C4. Residents, complaints and feedback"),
        P("C4.1 The Call-off Supplier shall operate a free and accessible complaints procedure for residents, publicised at every session and on its website, with a route to escalate to the Buyer's complaints process."),
        P("C4.2 The Call-off Supplier shall acknowledge a complaint within 3 working days and respond in full within 15 working days."),
        P("C4.3 The Call-off Supplier shall report complaints to the Buyer monthly, giving the number received and resolved, the outcome of each and the action taken."),
        P("C4.4 The Call-off Supplier shall co-operate fully with the Northern Ireland Public Services Ombudsman in any investigation of a complaint about the Services and shall implement any recommendation made."),
        P("C4.5 Each quarter the Call-off Supplier shall analyse complaints for themes and root causes and agree an action plan with the Buyer where complaints about the same issue recur."),
        P("C4.6 Each Participating Body will survey its service users about the digital inclusion services it commissions and may share the results with the Framework Supplier."),
        H("C5. Remedies"),
        P("C5.1 If the Call-off Supplier breaches Clause C1 or C2, the Buyer may require it to replace the person responsible, require a Rectification Plan, or terminate the Call-off Contract with immediate effect, and the Contracting Authority may suspend the Framework Supplier from the Framework Agreement."),
        P("C5.2 The Buyer may terminate the Call-off Contract for convenience on three months' notice."),
        H("C6. General"),
        P("C6.1 The Call-off Contract is governed by the law of Northern Ireland. The Call-off Supplier shall comply with section 75 of the Northern Ireland Act 1998 in the delivery of the Services as if it were a public authority."),
        P("C6.2 The Call-off Supplier shall hold public liability insurance of at least GBP 5 million."),
        ("table", [["Annex", "Content"], ["1", "Participating Bodies"], ["2", "Call-off Order form"], ["3", "Management information template"]]),
    ],
    expected='''
ES-01 weak  # clause C1.1: "The Call-off Supplier should have regard to the Seven Principles of Public Life" (permissive)
ES-02 pass  # clause C1.2: "The Call-off Supplier shall comply with the Supplier Code of Conduct published by the Cabinet Office"
ES-03 weak  # clause A5: "The Contracting Authority expects the Framework Supplier to flow down the standards in Part C to its subcontractors" (expects)
ES-04 pass  # clause C1.3: training "on the Supplier Code of Conduct, conflicts of interest, anti-bribery and raising concerns", yearly, with records
ES-05 pass  # clause C1.4: "shall maintain a whistleblowing policy" and "shall not subject any member of Staff to detriment for making a protected disclosure"
ES-06 pass  # clause C1.5: "shall maintain adequate procedures to prevent such offences, and shall immediately notify the Buyer"
ES-07 pass  # clause C3.1: "shall provide all co-operation and information the Buyer needs to comply with the Freedom of Information Act 2000"
ES-08 weak  # clause C3.2: "may audit the Call-off Supplier's records relating to this Call-off Contract" (no ethics link)
ES-09 pass  # clause C5.1: "If the Call-off Supplier breaches Clause C1 or C2, the Buyer may require it to replace the person responsible"
ES-10 weak  # clause A4: "warrants that it has in place, and will maintain, the structures and arrangements necessary to support ethical standards" (structures only, no certificate)
COI-01 pass  # clause C2.1: "neither it nor its Staff are placed in a position of an actual or potential conflict of interest" and "shall promptly notify the Buyer"
COI-02 gap  # no mitigation, direction or conflict-linked termination; A7 "In the event of any conflict between this Part A and any Call-off Order" is precedence
COI-03 pass  # clause C1.6: "shall not offer or give any gift or hospitality to any officer or member of a Participating Body"
COI-04 pass  # clause C1.7: "any person who within the preceding 24 months was employed by the Buyer in a role connected with the procurement"
COI-05 weak  # clause C2.2: "The Call-off Supplier may be asked to provide declarations of interest from its project leads" (permissive, no register)
COI-06 pass  # clause A3: "The Framework Supplier confirms that it has disclosed to the Contracting Authority any relationship with any person involved in the procurement"
CDM-01 pass  # clause C4.1: "shall operate a free and accessible complaints procedure for residents"
CDM-02 pass  # clause C4.3: "shall report complaints to the Buyer monthly" (and A6 quarterly management information)
CDM-03 gap  # clause C4.6: "Each Participating Body will survey its service users" (the buyers' duty, wrong party)
CDM-04 pass  # clause C4.4: "shall co-operate fully with the Northern Ireland Public Services Ombudsman" and "shall implement any recommendation made"
CDM-05 pass  # clause C4.5: "shall analyse complaints for themes and root causes and agree an action plan with the Buyer"
CDM-06 pass  # clause C4.2: "shall acknowledge a complaint within 3 working days and respond in full within 15 working days"
''',
))


# ---------------------------------------------------------------- c05 Ireland: licence to run a community hub, the Licensee
CONTRACTS.append(dict(
    file="c05-community-hub-licence-ireland.txt",
    make="txt",
    header="", footer="",
    blocks=[
        T("Licence Agreement: Ballyglen Community Hub (former Carnegie Library)"),
        P("THIS LICENCE is made on the 12th day of January 2026 BETWEEN Kilbride County Council, a local authority established under the Local Government Act 2001, of Aras an Chontae, Kilbride (the Council) of the one part AND Ballyglen Community Hub CLG, a company limited by guarantee registered in Ireland under number 702114 and a registered charity (RCN 20210933), of Main Street, Ballyglen (the Licensee) of the other part."),
        H("Recitals"),
        P("A. The Council owns the former Carnegie Library at Main Street, Ballyglen (the Premises), which closed as a branch library in 2023."),
        P("B. The Council wishes the Premises to be used as a community hub offering an information and signposting service for older people, a day centre lunch club, and a community cafe, and following a call for expressions of interest the Licensee was selected to run it."),
        P("C. The Council's employees and elected members are subject to the ethics framework in Part 15 of the Local Government Act 2001 and to the Council's codes of conduct made under it."),
        H("1. Definitions"),
        P("1.1 In this Licence: Hub Services means the services described in the Schedule; Licence Fee means the fee in clause 4; Users means members of the public who use the Hub Services; Working Day means a day other than a Saturday, Sunday or public holiday in Ireland."),
        H("2. Grant of licence"),
        P("2.1 The Council grants the Licensee a licence to occupy the Premises for the purpose of providing the Hub Services for a term of five years from 1 February 2026. This Licence is personal to the Licensee and does not create a tenancy or any interest in land."),
        P("2.2 The Licensee shall not assign this Licence or share occupation of the Premises without the Council's written consent, which may be given on conditions."),
        H("3. The Hub Services"),
        P("3.1 The Licensee shall open the Hub at least five days a week between 10am and 4pm, provide the lunch club at least three days a week at the price agreed with the Council, and run the information and signposting service in partnership with the local Citizens Information Service."),
        P("3.2 The Licensee may operate the cafe and provide hospitality services to the public and to groups hiring rooms at the Premises, and may keep the income from them."),
        P("3.3 The Licensee should ensure that its staff and volunteers are appropriately trained for the Hub Services they provide."),
        P("3.4 The Licensee shall comply with the Food Safety Authority of Ireland Act 1998 and all food hygiene regulations, and shall hold the necessary registration with the Health Service Executive."),
        P("3.5 The Licensee shall carry out Garda vetting of all staff and volunteers who work with vulnerable adults in accordance with the National Vetting Bureau (Children and Vulnerable Persons) Acts 2012 to 2016."),
        H("4. Licence fee and accounts"),
        P("4.1 The Licensee shall pay a Licence Fee of EUR 1,200 a year plus 5 per cent of the turnover of the cafe above EUR 60,000 a year, quarterly in advance."),
        P("4.2 The Licensee shall keep proper accounts of the cafe turnover. The Council may inspect the Licensee's accounts for the purpose of verifying the turnover on which the Licence Fee is calculated."),
        H("5. Conduct"),
        P("5.1 The Council's Code of Conduct for Employees does not apply to the Licensee or its staff."),
        P("5.2 The Licensee shall use reasonable endeavours to prevent fraud and corruption in the running of the Hub."),
        P("5.3 The Licensee shall not penalise any worker for making a protected disclosure within the meaning of the Protected Disclosures Act 2014, and shall have a written procedure for workers to make such disclosures."),
        P("5.4 The Licensee should inform the Council of any conflict of interest affecting its directors in relation to this Licence."),
        P("5.5 The Licensee shall not be required to assist the Council with requests under the Freedom of Information Act 2014, as the Licensee is not a public body within the meaning of that Act."),
        H("6. Users and complaints"),
        P("6.1 The Licensee shall have a written complaints procedure for Users, displayed in the Hub and available free of charge, which allows any User to complain about the Hub Services."),
        P("6.2 The Licensee shall acknowledge every complaint within 5 Working Days and give a written response within 20 Working Days."),
        P("6.3 The Licensee shall co-operate with the Office of the Ombudsman in the examination of any complaint about the Hub Services and shall provide any information the Ombudsman requests."),
        P("6.4 On request, the Licensee shall provide the Council with details of complaints received about the Hub Services."),
        H("7. Repair, insurance and use"),
        P("7.1 The Licensee shall keep the interior of the Premises clean and in good decorative order; the Council shall remain responsible for the structure, roof and external walls."),
        P("7.2 The Licensee shall insure its own contents and hold public liability insurance of at least EUR 6.5 million, with the Council noted as an indemnified party."),
        P("7.3 The Licensee shall not make any alteration to the Premises, display any sign on the outside of the Premises, or use the Premises for any purpose other than the Hub Services, without the Council's written consent."),
        P("7.4 The Licensee shall allow the Council's officers access to the Premises at reasonable times on notice to inspect their condition."),
        H("8. Ending the licence"),
        P("8.1 The Council may terminate this Licence on one month's notice if the Licensee is in material breach of any of its obligations under this Licence and fails to remedy the breach within 30 days of being asked to do so."),
        P("8.2 Either party may terminate this Licence on six months' notice to the other, and the Council may terminate it at once if the Licensee becomes insolvent or ceases to be a registered charity."),
        P("8.3 On the end of this Licence the Licensee shall vacate the Premises and return the keys, leaving the Premises clean and in the condition required by clause 7."),
        H("9. General"),
        P("9.1 Notices shall be in writing and delivered by hand, by post or by email to the addresses above. The Licensee's Hub Manager, Siobhan Keating, is the Licensee's contact for all matters under this Licence, and the Council's contact is the Community Development Officer for the Ballyglen area."),
        P("9.2 This Licence is governed by the laws of Ireland and the parties submit to the jurisdiction of the Irish courts."),
        P("9.3 The Licensee acknowledges that the Landlord and Tenant (Amendment) Act 1980 does not apply to this Licence and that it has received independent legal advice to that effect."),
        H("The Schedule: Hub Services"),
        ("table", [["Service", "Minimum level"], ["Information and signposting for older people", "5 days a week"], ["Lunch club", "3 days a week, up to 30 places"], ["Community cafe and hospitality services", "at the Licensee's discretion"], ["Room hire for community groups", "at rates approved by the Council"]]),
        P("SIGNED by the Council's authorised officer and SIGNED for and on behalf of the Licensee by two of its directors."),
    ],
    expected='''
ES-01 gap  # recital C: "The Council's employees and elected members are subject to the ethics framework in Part 15 of the Local Government Act 2001" (wrong party, in a recital)
ES-02 gap  # clause 5.1: "The Council's Code of Conduct for Employees does not apply to the Licensee or its staff" (the authority's own code, disapplied)
ES-03 gap  # clause 2.2: consent to share occupation only; no ethical flow-down
ES-04 weak  # clause 3.3: "The Licensee should ensure that its staff and volunteers are appropriately trained" (permissive and generic)
ES-05 pass  # clause 5.3: "The Licensee shall not penalise any worker for making a protected disclosure within the meaning of the Protected Disclosures Act 2014"
ES-06 weak  # clause 5.2: "The Licensee shall use reasonable endeavours to prevent fraud and corruption" (reasonable endeavours)
ES-07 gap  # clause 5.5: "The Licensee shall not be required to assist the Council with requests under the Freedom of Information Act 2014" (negated)
ES-08 gap  # clause 4.2: "may inspect the Licensee's accounts for the purpose of verifying the turnover" (financial-only audit); 7.4 inspects the Premises' condition
ES-09 weak  # clause 8.1: termination "if the Licensee is in material breach of any of its obligations" (no ethics link)
ES-10 gap  # no assurance or certificate from the Licensee
COI-01 weak  # clause 5.4: "The Licensee should inform the Council of any conflict of interest affecting its directors" (permissive)
COI-02 gap  # nothing on managing conflicts or acting on them
COI-03 gap  # clause 3.2: "provide hospitality services to the public" is a catering decoy; no gifts and hospitality control
COI-04 gap  # no duty about former officers or members of the Council
COI-05 gap  # no declarations or register of interests required of the Licensee
COI-06 gap  # recital B records the selection only; no disclosure confirmation
CDM-01 pass  # clause 6.1: "The Licensee shall have a written complaints procedure for Users, displayed in the Hub and available free of charge"
CDM-02 weak  # clause 6.4: "On request, the Licensee shall provide the Council with details of complaints received" (on request only)
CDM-03 gap  # no User satisfaction or feedback data
CDM-04 pass  # clause 6.3: "The Licensee shall co-operate with the Office of the Ombudsman in the examination of any complaint"
CDM-05 gap  # no analysis of complaints or learning
CDM-06 pass  # clause 6.2: "The Licensee shall acknowledge every complaint within 5 Working Days and give a written response within 20 Working Days"
''',
))


# ---------------------------------------------------------------- c06 New Zealand: outcome agreement, the Society
CONTRACTS.append(dict(
    file="c06-tenancy-sustainment-society-nz.md",
    make="md",
    header="", footer="",
    blocks=[
        T("Outcome Agreement: Tenancy Sustainment Service"),
        P("**Agreement number:** TADC-CS-2026-07  \n**Term:** 1 March 2026 to 28 February 2029"),
        H("Parties"),
        P("**Te Awa District Council**, a territorial authority under the Local Government Act 2002 (the **Council**); and"),
        P("**Tuhono Tenancy Support Society Incorporated**, an incorporated society registered under the Incorporated Societies Act 2022, society number 2291044 (the **Society**)."),
        P("In this Agreement the Council and the Society are each a **Party** and together the **Parties**."),
        H("Background"),
        P("A. The Council owns 410 community housing units for older people and low-income households. The Society has supported Council tenants informally since 2019."),
        P("B. The Council wishes to fund the Society to help tenants at risk of losing their tenancies to keep them, through needs assessment, budgeting support and links to health and social services."),
        H("1. Definitions"),
        P("1.1 Clients means Council tenants and members of their households who receive the Service. Personnel means the Society's employees, contractors and Volunteers. Volunteers means unpaid people who help the Society deliver the Service. Committee means the Society's committee under the Incorporated Societies Act 2022. Prohibited Act means any offence of bribery or corruption under the Crimes Act 1961 or the Secret Commissions Act 1910."),
        H("2. The Service and outcomes"),
        P("2.1 The Society shall deliver the Tenancy Sustainment Service described in Schedule 1 to at least 160 Clients a year, with the outcome that at least 85 per cent of Clients supported remain in their tenancy six months after the support ends."),
        P("2.2 The Council shall pay the Society NZD 212,000 a year, plus GST, in twelve monthly instalments, and may withhold an instalment if the Service is not being delivered."),
        P("2.3 The Society shall comply with all Laws, including the Health and Safety at Work Act 2015, the Privacy Act 2020, the Crimes Act 1961 and the Residential Tenancies Act 1986."),
        H("3. Reporting"),
        P("3.1 The Society shall report to the Council each quarter on the number of Clients supported, the outcomes achieved, the number of complaints received and resolved and their outcome, and the results of its Client feedback survey."),
        P("3.2 The Society shall ask every Client at the end of their support to complete a short feedback survey, and shall include the results in each quarterly report."),
        P("3.3 Once a year the Society shall analyse its complaints and feedback, identify any recurring themes, and agree with the Council an action plan to address them."),
        H("4. Conduct and integrity"),
        P("4.1 The Society is expected to act consistently with the Public Service Commission's Standards of Integrity and Conduct in delivering the Service."),
        P("4.2 The Society shall have a code of conduct for its Personnel, and shall ensure that all Personnel, including Volunteers, sign and follow it."),
        P("4.3 The Society shall train all Personnel, including Volunteers, on its code of conduct, conflicts of interest and how to raise concerns, within one month of starting and every two years after that, and shall keep a record of the training."),
        P("4.4 The Society shall have a protected disclosures policy under the Protected Disclosures (Protection of Whistleblowers) Act 2022 and shall not retaliate against any person who makes a protected disclosure about the Service."),
        P("4.5 The Society shall avoid any conflict of interest, whether actual, potential or perceived, between its interests or those of its Personnel and its obligations under this Agreement, and shall tell the Council in writing as soon as it becomes aware of one."),
        P("4.6 The Society shall take any steps the Council reasonably requires to manage a conflict of interest, including removing the person concerned from work on the Service."),
        P("4.7 The Society shall keep the interests register of its Committee members required by the Incorporated Societies Act 2022, shall obtain an annual declaration of interests, or a nil declaration, from each Committee member and from its Service Manager, and shall give the Council a copy of the register each year."),
        P("4.8 The Society shall not give gifts or hospitality to Council staff or elected members, and shall keep a gifts register recording any gift or hospitality its Personnel are offered by Clients or by anyone connected with the Service."),
        P("4.9 The Society shall ensure that any contractor it engages to deliver part of the Service agrees to meet the requirements of this clause 4."),
        P("4.10 The Society shall give the Council, by 31 August each year, an integrity attestation signed by its Chairperson on behalf of the Committee confirming that it has complied with this clause 4 and has the policies and structures needed to support ethical conduct."),
        P("4.11 The Society may be asked to confirm that it has disclosed any relationship with Council staff involved in selecting it."),
        H("5. Information and monitoring"),
        P("5.1 The Society acknowledges that information it holds about the Service may be held by the Council for the purposes of the Local Government Official Information and Meetings Act 1987, and shall provide the Council within 5 working days with any information the Council needs to respond to a request under that Act."),
        P("5.2 The Council may monitor the Society's compliance with clause 4, including by reviewing its registers and policies at the annual review meeting."),
        H("6. Complaints"),
        P("6.1 The Society shall have a complaints process that is free, easy for Clients to use, explained to every Client at the start of their support, and allows a Client to take an unresolved complaint to the Council."),
        P("6.2 The Council will acknowledge complaints referred to it within 5 working days and respond within 20 working days."),
        P("6.3 The Society may be asked to assist the Ombudsman if a Client complains to the Ombudsman about the Council's housing service."),
        H("7. Term and ending"),
        P("7.1 Either Party may end this Agreement for any reason on three months' written notice to the other."),
        P("7.2 If this Agreement ends, the Society shall work with the Council to transfer Clients' support safely to another provider."),
        H("8. General"),
        P("8.1 This Agreement is governed by New Zealand law. Any dispute shall first be referred to a meeting of the Society's Service Manager, Aroha Te Rangi, and the Council's Community Housing Manager, and then to mediation under the Resolution Institute's rules."),
        P("8.2 The Society shall hold public liability insurance of at least NZD 2 million."),
        ("table", [["Schedule", "Content"], ["1", "Service description and outcomes"], ["2", "Quarterly report template"], ["3", "Payment schedule"]]),
    ],
    expected='''
ES-01 weak  # clause 4.1: "The Society is expected to act consistently with the Public Service Commission's Standards of Integrity and Conduct" (named ethical standard, but only expected)
ES-02 pass  # clause 4.2: "The Society shall have a code of conduct for its Personnel, and shall ensure that all Personnel, including Volunteers, sign and follow it"
ES-03 pass  # clause 4.9: "shall ensure that any contractor it engages to deliver part of the Service agrees to meet the requirements of this clause 4"
ES-04 pass  # clause 4.3: training "on its code of conduct, conflicts of interest and how to raise concerns", every two years, with a record
ES-05 pass  # clause 4.4: "shall have a protected disclosures policy" and "shall not retaliate against any person who makes a protected disclosure"
ES-06 gap  # clause 1.1 "Prohibited Act means" is a definition only and 2.3 names "the Crimes Act 1961" only in a list of Laws
ES-07 pass  # clause 5.1: information the Council needs "to respond to a request under that Act" (Local Government Official Information and Meetings Act 1987)
ES-08 pass  # clause 5.2: "The Council may monitor the Society's compliance with clause 4"
ES-09 gap  # clause 7.1: "Either Party may end this Agreement for any reason" (termination for convenience only; 2.2 withholding is for non-delivery)
ES-10 pass  # clause 4.10: "an integrity attestation signed by its Chairperson on behalf of the Committee" each year
COI-01 pass  # clause 4.5: "shall avoid any conflict of interest, whether actual, potential or perceived" and "shall tell the Council in writing"
COI-02 pass  # clause 4.6: "shall take any steps the Council reasonably requires to manage a conflict of interest"
COI-03 pass  # clause 4.8: "shall keep a gifts register recording any gift or hospitality its Personnel are offered"
COI-04 gap  # no duty about former Council staff or elected members
COI-05 pass  # clause 4.7: "shall obtain an annual declaration of interests, or a nil declaration, from each Committee member" and give the register to the Council
COI-06 weak  # clause 4.11: "The Society may be asked to confirm that it has disclosed any relationship" (permissive)
CDM-01 pass  # clause 6.1: "The Society shall have a complaints process that is free, easy for Clients to use"
CDM-02 pass  # clause 3.1: "shall report to the Council each quarter" including "the number of complaints received and resolved"
CDM-03 pass  # clause 3.2: "shall ask every Client at the end of their support to complete a short feedback survey" and report it quarterly
CDM-04 weak  # clause 6.3: "The Society may be asked to assist the Ombudsman" (permissive)
CDM-05 pass  # clause 3.3: "shall analyse its complaints and feedback, identify any recurring themes" with an action plan
CDM-06 gap  # clause 6.2: "The Council will acknowledge complaints referred to it within 5 working days" (wrong party; no timescales for the Society)
''',
))


# ---------------------------------------------------------------- c07 Australia (Victoria): sole trader consultant, you/we
CONTRACTS.append(dict(
    file="c07-recovery-facilitation-consultant-vic.md",
    make="md",
    header="", footer="",
    blocks=[
        T("Short Form Consultancy Contract: Community Recovery Facilitation"),
        P("**Contract reference:** FRCO-2026-031  \n**Jurisdiction:** Victoria, Australia"),
        H("Who this contract is between"),
        P("This contract is between the **Flood Recovery Coordination Office**, an administrative office in the Department of Families and Communities, for and on behalf of the Crown in right of the State of Victoria (**we**, **us**, **our**), and **Mara Ellison**, trading as Ellison Community Facilitation, ABN 61 204 889 113 (**you**, **your**, the **Consultant**)."),
        P("You are engaged as an independent contractor. Nothing in this contract makes you our employee, agent or partner."),
        H("1. What you will do"),
        P("1.1 You will design and facilitate twelve community recovery workshops in flood-affected towns in the North East region between March and October 2026, for residents, local businesses and community groups (the Participants), and write a report of what Participants told you (the Services)."),
        P("1.2 You will work with our Regional Recovery Manager, Tom Nguyen, who will be your contact for this contract and who will approve the workshop plan before each workshop."),
        P("1.3 You must not subcontract any part of the Services without our written consent, and you remain responsible for the acts and omissions of any subcontractor we approve."),
        H("2. Fees and invoices"),
        P("2.1 We will pay you a fee of AUD 2,400 (plus GST) for each workshop delivered, and AUD 6,000 (plus GST) for the final report, within 10 business days of receiving a correct invoice."),
        P("2.2 You must keep time records and receipts for reimbursable travel costs. We may audit your invoices and time records at any time during the contract and for three years after it ends."),
        H("3. Participants' feedback"),
        P("3.1 You must give every Participant a feedback form at the end of each workshop, and send us a summary of the feedback received within 5 business days after the workshop."),
        P("3.2 You should consider Participant feedback when planning later workshops."),
        H("4. Complaints by Participants"),
        P("4.1 Participants who are unhappy with a workshop can complain to us under our complaints policy. We will acknowledge a complaint within 3 business days and respond within 20 business days. If the Participant is not satisfied, they can contact the Victorian Ombudsman."),
        P("4.2 If a Participant complains to you directly, please pass the complaint to Tom Nguyen."),
        H("5. Conduct"),
        P("5.1 Our employees are bound by the Code of Conduct for Victorian Public Sector Employees and the Victorian public sector values of responsiveness, integrity, impartiality, accountability, respect, leadership and human rights."),
        P("5.2 You must comply with the Victorian Government Supplier Code of Conduct in delivering the Services."),
        P("5.3 You must not offer or give any bribe, secret commission or inducement to any of our employees or to anyone else in connection with this contract, and you must tell us immediately if you become aware of any such conduct."),
        P("5.4 You must not offer gifts, benefits or hospitality to any of our employees, and you must tell us of any gift or benefit offered to you by a Participant or anyone else in connection with the Services."),
        P("5.5 You may report any concern about improper conduct by our staff to IBAC under the Public Interest Disclosures Act 2012 (Vic)."),
        P("5.6 You may be asked to provide an annual statement confirming your compliance with this clause 5."),
        P("5.7 If we ask, you should help us respond to a request under the Freedom of Information Act 1982 (Vic) for documents relating to the Services."),
        H("6. Conflicts of interest"),
        P("6.1 You confirm that you have disclosed to us any relationship you have with any of our employees who were involved in selecting you for this contract."),
        P("6.2 You must not allow your personal, professional or financial interests to conflict with the Services. You must tell us in writing immediately if any actual, potential or perceived conflict of interest arises, including any work you do for local councils or businesses in the region."),
        P("6.3 If a conflict of interest arises, you must take the steps we direct to manage it, which may include withdrawing from a particular workshop."),
        P("6.4 If in the 12 months before the start of this contract you were employed by us or by any Victorian public sector body in a role connected with flood recovery, you must tell us before you start, and you must comply with any post-employment conditions that apply to you."),
        P("6.5 We keep a register of interests for our staff, and our employees who manage this contract must declare any conflict of interest relating to you."),
        H("7. Information, privacy and intellectual property"),
        P("7.1 You must comply with the Privacy and Data Protection Act 2014 (Vic) as if you were bound by it, and you must not keep any Participant's personal information after you have sent us the final report."),
        P("7.2 We own the report and any materials you create for the Services. You may use your own pre-existing facilitation tools, and you grant us a licence to use them as part of the materials."),
        P("7.3 You must keep our information confidential unless the law requires you to disclose it."),
        H("8. Insurance and safety"),
        P("8.1 You must hold professional indemnity insurance of at least AUD 1 million and public liability insurance of at least AUD 10 million for the term of this contract."),
        P("8.2 You must hold a current Working with Children Check if any workshop includes Participants under 18, and must follow our safety plan for each venue."),
        H("9. Ending this contract"),
        P("9.1 We may terminate this contract immediately by notice if you breach clause 5 (Conduct) or clause 6 (Conflicts of interest), or if your conduct damages public confidence in the recovery program."),
        P("9.2 We may also end this contract for convenience on 14 days' notice, and we will pay you for the workshops already delivered."),
        H("10. General"),
        P("10.1 This contract is governed by the law of Victoria. We will try to resolve any dispute with you by discussion before either of us takes other action."),
        P("10.2 This contract, with the workshop schedule attached, is the whole agreement between us and you."),
        ("table", [["Item", "Detail"], ["Start date", "2 March 2026"], ["End date", "30 November 2026"], ["Maximum value", "AUD 34,800 plus GST"]]),
    ],
    expected='''
ES-01 gap  # clause 5.1: "Our employees are bound by the Code of Conduct for Victorian Public Sector Employees" (the agency's own staff, wrong party)
ES-02 pass  # clause 5.2: "You must comply with the Victorian Government Supplier Code of Conduct"
ES-03 gap  # clause 1.3: consent to subcontract and responsibility for subcontractors only (decoys)
ES-04 gap  # no training duty on the Consultant
ES-05 weak  # clause 5.5: "You may report any concern about improper conduct by our staff to IBAC" (permissive; no duty)
ES-06 pass  # clause 5.3: "You must not offer or give any bribe, secret commission or inducement" and "you must tell us immediately"
ES-07 weak  # clause 5.7: "If we ask, you should help us respond to a request under the Freedom of Information Act 1982 (Vic)" (hedged)
ES-08 gap  # clause 2.2: "We may audit your invoices and time records" (financial-only audit)
ES-09 pass  # clause 9.1: "We may terminate this contract immediately by notice if you breach clause 5 (Conduct)"
ES-10 weak  # clause 5.6: "You may be asked to provide an annual statement confirming your compliance" (permissive)
COI-01 pass  # clause 6.2: "You must tell us in writing immediately if any actual, potential or perceived conflict of interest arises"
COI-02 pass  # clause 6.3: "you must take the steps we direct to manage it"
COI-03 pass  # clause 5.4: "You must not offer gifts, benefits or hospitality to any of our employees"
COI-04 pass  # clause 6.4: "you were employed by us or by any Victorian public sector body in a role connected with flood recovery, you must tell us before you start"
COI-05 gap  # clause 6.5: "We keep a register of interests for our staff" (the agency's register, wrong party)
COI-06 pass  # clause 6.1: "You confirm that you have disclosed to us any relationship you have with any of our employees who were involved in selecting you"
CDM-01 gap  # clause 4.1: "can complain to us under our complaints policy" (the agency's procedure, wrong party)
CDM-02 gap  # no complaint reporting; clause 4.2 only passes complaints on ("please")
CDM-03 pass  # clause 3.1: "You must give every Participant a feedback form" and "send us a summary of the feedback received"
CDM-04 gap  # clause 4.1: "they can contact the Victorian Ombudsman" concerns the agency's complaints (wrong party)
CDM-05 weak  # clause 3.2: "You should consider Participant feedback when planning later workshops" (permissive)
CDM-06 gap  # clause 4.1: "We will acknowledge a complaint within 3 business days" (the agency's timescale, wrong party)
''',
))


# ---------------------------------------------------------------- c08 Canada (BC): joint venture operator, Independent Monitor
CONTRACTS.append(dict(
    file="c08-accessible-transit-joint-venture-bc.odt",
    make="lo-html-odt",
    lang="en-CA",
    header="City of Fraserbank - Accessible Transit Operating Agreement",
    footer="Contract FB-2026-AT-02",
    blocks=[
        T("Accessible Transit Operating Agreement"),
        P("THIS AGREEMENT is dated for reference January 12, 2026."),
        P("BETWEEN: CITY OF FRASERBANK, a municipality incorporated under the Local Government Act (British Columbia) (the City); AND: PACIFIC MOBILITY LTD., a British Columbia company (Pacific), and SALISH COMMUNITY TRANSIT SOCIETY, a society under the Societies Act (British Columbia) (Salish), carrying on business together as the Fraserbank Accessible Transit Joint Venture (the JV, and each of Pacific and Salish a JV Member)."),
        H("Recitals"),
        P("A. The City provides a door-to-door accessible transit service for residents who cannot use conventional transit without assistance (Riders)."),
        P("B. Pacific and Salish formed the JV under a joint venture agreement dated November 3, 2025 to bid for and operate the service, and the City selected the JV following a request for proposals."),
        H("Article 1: Interpretation"),
        P("1.1 References to the JV include each JV Member. The obligations of the JV under this Agreement are the joint and several obligations of the JV Members, and each JV Member shall perform them as if it alone were the JV."),
        P("1.2 Personnel means the employees, drivers, dispatchers, volunteers and contractors of the JV or of either JV Member engaged in the Services. Independent Monitor means the person appointed by the City under Article 10."),
        H("Article 2: The Services"),
        P("2.1 The JV shall operate the accessible transit service described in Schedule A, including booking, dispatch and door-to-door trips seven days a week, using the fleet of 24 accessible vehicles leased to it by the City."),
        P("2.2 The City shall pay the JV a monthly operating fee based on revenue service hours at the rates in Schedule B."),
        H("Article 9: Ethics and Integrity"),
        P("9.1 The JV and each JV Member shall conduct themselves in the delivery of the Services in accordance with the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership."),
        P("9.2 Each JV Member shall adopt and maintain a written code of business conduct applying to its Personnel and shall ensure that its Personnel comply with it."),
        P("9.3 The JV shall ensure that all Personnel receive training on the code of business conduct, conflicts of interest, anti-bribery and the whistleblower hotline at hire and annually, and shall keep records of that training for inspection by the City."),
        P("9.4 The JV shall maintain a confidential whistleblower hotline available to all Personnel and Riders, and neither the JV nor any JV Member shall take any reprisal against a person who in good faith reports a concern to the hotline, the City or the Independent Monitor."),
        P("9.5 Neither the JV nor any JV Member shall offer, give or accept any bribe, kickback or secret commission in connection with this Agreement; each JV Member shall maintain adequate anti-corruption procedures; and the JV shall notify the City immediately of any suspected breach of this section."),
        P("9.6 The JV shall avoid any actual, potential or perceived conflict of interest of the JV, either JV Member or any Personnel and shall disclose it to the City in writing immediately upon becoming aware of it."),
        P("9.7 The JV shall comply with any direction of the City to manage or remove a conflict of interest, and the City may terminate this Agreement if a conflict of interest cannot be managed to its satisfaction."),
        P("9.8 Personnel should decline gifts and hospitality from Riders and from City staff."),
        P("9.9 The JV shall not employ or engage on the Services, within twelve months after that person leaves the City, any former City employee who was involved in the request for proposals or in managing this Agreement, without the written consent of the City's Chief Administrative Officer."),
        P("9.10 Each JV Member confirms that it has disclosed to the City every relationship between it or its directors and any City employee or council member involved in the selection of the JV, and shall update that disclosure during the term."),
        P("9.11 The JV should require its subcontractors to comply with ethical obligations equivalent to this Article 9."),
        P("9.12 The JV warrants that it has in place, and will maintain, the governance structures and policies needed to support the standards in this Article 9."),
        H("Article 10: Independent Monitor"),
        P("10.1 The City may appoint an Independent Monitor to review the JV's compliance with Article 9 and Article 11, and the JV shall give the Independent Monitor access to its records, premises and Personnel for that purpose."),
        P("10.2 The Independent Monitor shall maintain a register of interests, shall declare to the City any interest in either JV Member, and shall not accept any appointment from either JV Member during the term."),
        P("10.3 The Independent Monitor shall analyse Rider complaints each year to identify trends and recommend improvements to the City."),
        H("Article 11: Riders, Complaints and Feedback"),
        P("11.1 The JV shall operate a Rider complaints process that is free, accessible by telephone, email, web form and in person, and publicized in every vehicle and on the City's accessible transit webpage."),
        P("11.2 The JV shall, where possible, acknowledge complaints within 2 business days and resolve them within 15 business days."),
        P("11.3 The JV shall submit a monthly report to the City showing the number of Rider complaints received, resolved and outstanding, by category, with the action taken on each."),
        P("11.4 The JV shall conduct a Rider satisfaction survey twice a year using a method approved by the City and report the results to the City within 30 days."),
        P("11.5 The JV shall co-operate with the Ombudsperson of British Columbia in any investigation of a complaint about the service and shall implement any recommendation the City accepts."),
        H("Article 12: Records and Freedom of Information"),
        P("12.1 The JV acknowledges that the City is subject to the Freedom of Information and Protection of Privacy Act (British Columbia) and shall provide, within 5 business days, any records the City requires to respond to a request under that Act."),
        P("12.2 The JV shall retain all records relating to the Services for seven years after the end of the term."),
        H("Article 13: Default and Termination"),
        P("13.1 If the JV commits a material default under this Agreement and fails to cure it within 30 days of notice, the City may terminate this Agreement."),
        P("13.2 The City may terminate this Agreement without cause on 180 days' notice."),
        H("Article 14: General"),
        P("14.1 This Agreement is governed by the laws of British Columbia and the federal laws of Canada applicable in it."),
        P("14.2 The JV's Operations Manager, Harpreet Dhillon, is the JV's representative for all purposes of this Agreement. Notices to the JV given to either JV Member are notices to the JV."),
    ],
    expected='''
ES-01 pass  # clause 9.1: "The JV and each JV Member shall conduct themselves" in accordance with "the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership"
ES-02 pass  # clause 9.2: "Each JV Member shall adopt and maintain a written code of business conduct" (each JV Member is the provider, clause 1.1)
ES-03 weak  # clause 9.11: "The JV should require its subcontractors to comply with ethical obligations equivalent to this Article 9" (permissive)
ES-04 pass  # clause 9.3: training "on the code of business conduct, conflicts of interest, anti-bribery and the whistleblower hotline at hire and annually", with records
ES-05 pass  # clause 9.4: "shall maintain a confidential whistleblower hotline" and no "reprisal against a person who in good faith reports a concern"
ES-06 pass  # clause 9.5: "each JV Member shall maintain adequate anti-corruption procedures" and "the JV shall notify the City immediately"
ES-07 pass  # clause 12.1: "any records the City requires to respond to a request under that Act" (BC Freedom of Information and Protection of Privacy Act)
ES-08 pass  # clause 10.1: "The City may appoint an Independent Monitor to review the JV's compliance with Article 9"
ES-09 weak  # clause 13.1: "If the JV commits a material default" (no ethics link); 9.7 termination covers conflicts only
ES-10 weak  # clause 9.12: "The JV warrants that it has in place, and will maintain, the governance structures and policies" (structures only, no certificate)
COI-01 pass  # clause 9.6: "shall avoid any actual, potential or perceived conflict of interest" and "shall disclose it to the City in writing immediately"
COI-02 pass  # clause 9.7: "shall comply with any direction of the City to manage or remove a conflict of interest"
COI-03 weak  # clause 9.8: "Personnel should decline gifts and hospitality" (permissive)
COI-04 pass  # clause 9.9: "any former City employee who was involved in the request for proposals" within twelve months
COI-05 gap  # clause 10.2: "The Independent Monitor shall maintain a register of interests" (a third party appointed by the City, not the JV)
COI-06 pass  # clause 9.10: "Each JV Member confirms that it has disclosed to the City every relationship" and shall update it
CDM-01 pass  # clause 11.1: "The JV shall operate a Rider complaints process that is free, accessible"
CDM-02 pass  # clause 11.3: "shall submit a monthly report to the City showing the number of Rider complaints received, resolved and outstanding"
CDM-03 pass  # clause 11.4: "shall conduct a Rider satisfaction survey twice a year" and "report the results to the City"
CDM-04 pass  # clause 11.5: "shall co-operate with the Ombudsperson of British Columbia in any investigation of a complaint"
CDM-05 gap  # clause 10.3: "The Independent Monitor shall analyse Rider complaints each year" (third party, not the JV)
CDM-06 weak  # clause 11.2: "where possible, acknowledge complaints within 2 business days" (hedged)
''',
))


# ---------------------------------------------------------------- c09 US (California): county and the Partner
CONTRACTS.append(dict(
    file="c09-peer-recovery-partner-agreement-california.txt",
    make="txt",
    header="", footer="",
    blocks=[
        T("Partnership Services Agreement: Peer Recovery Support Services"),
        P("County of San Benito Hills, Behavioral Health Department - Agreement No. BH-26-0412"),
        P("This Partnership Services Agreement (Agreement) is entered into as of January 12, 2026 by and between the County of San Benito Hills, a political subdivision of the State of California, acting through its Behavioral Health Department (County), and Rising Path Recovery Collaborative, a California nonprofit public benefit corporation (Partner). County and Partner are each referred to as a Party."),
        P("RECITALS. County is the county mental health plan and administers Drug Medi-Cal services in the county. Partner has operated peer-run recovery programs in the county since 2014. County wishes to contract with Partner for peer recovery support services for adults with substance use and mental health conditions (Clients)."),
        H("Section 1. Services and Term"),
        P("1.1 Partner shall provide peer recovery support services, recovery coaching and a drop-in wellness center as described in Exhibit A, for a term from March 1, 2026 through June 30, 2028."),
        P("1.2 Partner shall ensure that all peer support specialists are certified under the Medi-Cal Peer Support Specialist Certification Program, and that services are provided in accordance with the standards of the California Department of Health Care Services (the Regulator)."),
        P("1.3 County shall pay Partner in accordance with the budget in Exhibit B, up to a maximum of USD 1,140,000 for the term, on monthly invoices submitted within 30 days of the end of each month."),
        H("Section 2. Subcontracts"),
        P("2.1 Partner shall not subcontract any portion of the services without County's prior written approval. Partner shall require each approved subcontractor to comply with the HIPAA, confidentiality and insurance provisions of this Agreement."),
        H("Section 3. Client Grievances and Feedback"),
        P("3.1 Partner shall maintain a written complaint and grievance procedure for Clients, consistent with 42 CFR Part 438, Subpart F, post it at every service site in English and Spanish, and give it to each Client at intake."),
        P("3.2 Partner shall acknowledge each Client grievance in writing within 5 calendar days of receipt and resolve it within 30 calendar days."),
        P("3.3 Partner shall submit a quarterly grievance log to County listing each grievance received, its category, its resolution and the date resolved."),
        P("3.4 Partner shall cooperate with the County Patients' Rights Advocate and with the Regulator in the investigation of any grievance or appeal, including the State fair hearing process, and shall carry out any corrective action required as a result."),
        P("3.5 Partner should participate in County's annual consumer perception survey where practicable."),
        P("3.6 Partner is expected to review grievance trends at its quality improvement committee."),
        H("Section 4. Records, Monitoring and Public Records"),
        P("4.1 County may monitor and audit Partner's compliance with Section 5 (Ethics and Compliance), including by reviewing Partner's policies, training records and conflict of interest disclosures at its annual site review."),
        P("4.2 Partner should cooperate with County in responding to requests under the California Public Records Act for records relating to this Agreement."),
        P("4.3 Partner shall retain all records for ten years from the end of the term as required by Medi-Cal regulations."),
        H("Section 5. Ethics and Compliance"),
        P("5.1 County officers and employees are subject to the County Code of Ethics and to the conflict of interest provisions of the Political Reform Act, and file Statements of Economic Interests with the County Clerk."),
        P("5.2 Partner is encouraged to adopt a code of ethics for its staff and volunteers."),
        P("5.3 Partner should provide compliance training to its staff where practicable."),
        P("5.4 Partner shall not offer, pay, solicit or receive any kickback, bribe or other remuneration in return for the referral of Clients, in violation of the federal Anti-Kickback Statute or California law; shall maintain a compliance program with adequate procedures to prevent fraud, waste and abuse; and shall report any suspected fraud to County within 5 business days."),
        P("5.5 Partner shall not retaliate against any employee, volunteer or Client who reports suspected fraud, waste, abuse or other wrongdoing, whether to Partner, County or a government agency, and shall inform its staff of their whistleblower rights under the False Claims Act and California Labor Code section 1102.5."),
        P("5.6 Partner shall ensure that neither Partner nor any of its directors, officers or staff has any interest that conflicts with its duties under this Agreement, and shall disclose any actual or potential conflict of interest to County in writing within 10 business days of learning of it."),
        P("5.7 Partner should take reasonable steps to manage any conflict of interest that it discloses."),
        P("5.8 The Partner's Board shall maintain a conflict of interest policy and shall obtain annual written disclosure statements from each director, officer and key employee, and Partner shall provide the statements to County on request."),
        P("5.9 Partner shall not hire or engage on services under this Agreement, within one year after that person leaves County service, any former County employee who participated in the award or administration of this Agreement."),
        P("5.10 County employees may not accept gifts from Partner in excess of the limits in the County gifts policy, and must report any gifts received on their Statements of Economic Interests."),
        P("5.11 Partner shall deliver to County, by September 30 of each year, a compliance certification signed by the chair of the Partner's Board and its executive director certifying that Partner has complied with this Section 5 and maintains an effective compliance program."),
        H("Section 6. Default and Termination"),
        P("6.1 If Partner breaches Section 5, County may withhold payment, require a corrective action plan, require Partner to remove any individual involved from services under this Agreement, or terminate this Agreement immediately."),
        P("6.2 Either Party may terminate this Agreement without cause on 90 days' written notice."),
        H("Section 7. General Provisions"),
        P("7.1 Partner shall maintain general liability insurance of at least USD 2,000,000 per occurrence and professional liability insurance of at least USD 1,000,000, naming County as additional insured."),
        P("7.2 Partner shall comply with HIPAA and 42 CFR Part 2 in handling Client records."),
        P("7.3 This Agreement is governed by the laws of the State of California. County's Contract Administrator is Dr. Elena Ruiz, Deputy Director of Behavioral Health."),
        P("IN WITNESS WHEREOF the Parties have executed this Agreement by their authorized representatives."),
    ],
    expected='''
ES-01 gap  # clause 5.1: "County officers and employees are subject to the County Code of Ethics" (the County's own staff, wrong party)
ES-02 weak  # clause 5.2: "Partner is encouraged to adopt a code of ethics" (permissive)
ES-03 gap  # clause 2.1: flow-down of "the HIPAA, confidentiality and insurance provisions" only (decoy)
ES-04 weak  # clause 5.3: "Partner should provide compliance training to its staff where practicable" (permissive)
ES-05 pass  # clause 5.5: "Partner shall not retaliate against any employee, volunteer or Client who reports suspected fraud, waste, abuse or other wrongdoing"
ES-06 pass  # clause 5.4: "shall not offer, pay, solicit or receive any kickback, bribe" and "shall report any suspected fraud to County within 5 business days"
ES-07 weak  # clause 4.2: "Partner should cooperate with County in responding to requests under the California Public Records Act" (permissive)
ES-08 pass  # clause 4.1: "County may monitor and audit Partner's compliance with Section 5 (Ethics and Compliance)"
ES-09 pass  # clause 6.1: "If Partner breaches Section 5, County may withhold payment, require a corrective action plan"
ES-10 pass  # clause 5.11: "a compliance certification signed by the chair of the Partner's Board" each year, and "maintains an effective compliance program"
COI-01 pass  # clause 5.6: "shall disclose any actual or potential conflict of interest to County in writing within 10 business days"
COI-02 weak  # clause 5.7: "Partner should take reasonable steps to manage any conflict of interest" (permissive)
COI-03 gap  # clause 5.10: "County employees may not accept gifts from Partner" (the County's gifts policy, wrong party)
COI-04 pass  # clause 5.9: "any former County employee who participated in the award or administration of this Agreement" within one year
COI-05 pass  # clause 5.8: "The Partner's Board shall maintain a conflict of interest policy and shall obtain annual written disclosure statements"
COI-06 gap  # recitals record the contract only; no disclosure confirmation at award
CDM-01 pass  # clause 3.1: "Partner shall maintain a written complaint and grievance procedure for Clients"
CDM-02 pass  # clause 3.3: "Partner shall submit a quarterly grievance log to County"
CDM-03 weak  # clause 3.5: "Partner should participate in County's annual consumer perception survey where practicable" (permissive)
CDM-04 pass  # clause 3.4: "shall cooperate with the County Patients' Rights Advocate and with the Regulator in the investigation of any grievance"
CDM-05 weak  # clause 3.6: "Partner is expected to review grievance trends" (permissive)
CDM-06 pass  # clause 3.2: "acknowledge each Client grievance in writing within 5 calendar days of receipt and resolve it within 30 calendar days"
''',
))


# ---------------------------------------------------------------- c10 England: NHS Trust sub-contracts to the Trustee of a charitable trust
CONTRACTS.append(dict(
    file="c10-discharge-support-trustee-subcontract-england.docx",
    make="python-docx",
    header="Severnvale Hospitals NHS Foundation Trust - Sub-Contract",
    footer="SHFT/SC/2026/118",
    blocks=[
        T("Sub-Contract for Home from Hospital Support Services"),
        P("This Sub-Contract is made on 12 January 2026 between: (1) Severnvale Hospitals NHS Foundation Trust, of Severnvale General Hospital, Gloucester Road, Severnvale SV2 7NN (the Trust); and (2) Kingsmead Trustee Company Limited, company number 04419230, as sole trustee of the Kingsmead Care Trust, registered charity 1098321 (the Trustee). The Trust and the Trustee are each a Party and together the Parties."),
        H("Background"),
        P("A. The Trust provides community services to its Integrated Care Board under an NHS Standard Contract (the Head Contract), which allows the Trust to sub-contract the home from hospital support service."),
        P("B. The Trustee, through the volunteers and staff of the Kingsmead Care Trust, has run a hospital discharge befriending scheme in Severnvale since 2012. The Trust's board members are bound by the Nolan Principles and the Trust's Standards of Business Conduct policy, which applies to all Trust employees."),
        H("1. Definitions"),
        P("1.1 Patients means people discharged from the Trust's hospitals who are referred to the Services; Staff means the Trustee's employees, Volunteers and any sub-contractors engaged in the Services; Volunteers means unpaid helpers recruited by the Trustee; Services means the support described in Schedule 1; Operational Days are as defined in the Head Contract."),
        H("2. The Services"),
        P("2.1 The Trustee shall provide practical support to Patients for up to six weeks after discharge, including a welcome home visit within 24 hours of discharge, shopping, prescription collection, befriending calls and onward referral to community services."),
        P("2.2 The Trust shall pay the Trustee GBP 318,000 a year in monthly instalments, subject to the key performance indicators in Schedule 2."),
        P("2.3 The Trustee shall comply with the obligations of the Trust under the Head Contract so far as they relate to the Services, except those which are stated in Schedule 3 not to apply."),
        H("3. Standards of conduct"),
        P("3.1 The Trustee shall ensure that it and its Staff and Volunteers act in accordance with the Seven Principles of Public Life when providing the Services."),
        P("3.2 The Trustee shall ensure that all Staff and Volunteers complete Freedom to Speak Up training and training on conflicts of interest and gifts and hospitality at induction and every year, and shall give the Trust a copy of its training records each quarter."),
        P("3.3 The Trustee shall give Staff and Volunteers access to the Trust's Freedom to Speak Up Guardian as well as its own speaking up policy, and shall ensure that no one suffers any detriment for speaking up in good faith."),
        P("3.4 Neither Party shall offer, give or accept any bribe or other improper inducement in connection with this Sub-Contract. Each Party shall maintain adequate procedures to prevent bribery and fraud, and shall notify the other immediately of any suspected breach of this clause 3.4."),
        P("3.5 Each Party shall provide the other with the assistance and information it reasonably requires to comply with the Freedom of Information Act 2000, including responding within 5 Operational Days to any request the other Party refers to it, and the Trustee agrees that the Trust may publish this Sub-Contract."),
        P("3.6 The Trustee shall ensure that it and its Staff are not placed in any position of actual or potential conflict of interest in providing the Services, and shall promptly notify the Trust in writing of any such conflict."),
        P("3.7 The Trustee shall take any action the Trust directs to manage a notified conflict of interest, and the Trust may terminate this Sub-Contract if the conflict cannot be managed."),
        P("3.8 The Trustee shall comply with Managing Conflicts of Interest in the NHS, shall maintain a register of interests and a gifts and hospitality register, shall obtain a declaration of interests or nil return from each of its directors and its Service Manager every year, and shall publish the register of interests on the Kingsmead Care Trust's website."),
        P("3.9 The Trustee shall not offer any gift or hospitality to any Trust employee involved in managing this Sub-Contract."),
        P("3.10 The Trustee shall procure that any sub-contractor it engages is bound by obligations no less onerous than those in this clause 3."),
        P("3.11 The Trustee may be asked to confirm that it has told the Trust of any relationship with Trust staff involved in awarding this Sub-Contract."),
        P("3.12 The Trust may inspect the Trustee's records relating to the Services on reasonable notice."),
        P("3.13 The Trust's accounting officer will certify annually to the Integrated Care Board that the Trust's sub-contractors have been managed in accordance with the Head Contract."),
        P("3.14 If the Trustee breaches this clause 3, the Trust may require the Trustee to remove any person responsible from the Services, require a remedial action plan, or terminate this Sub-Contract immediately by notice."),
        H("4. Patients' experience and complaints"),
        P("4.1 The Trustee shall operate a complaints procedure for Patients and their carers which complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009 as if the Trustee were a responsible body, and which is explained to every Patient at the first visit."),
        P("4.2 The Trustee shall acknowledge complaints within 3 working days and send a full response within 25 working days, unless the complainant agrees a longer period."),
        P("4.3 The Trustee shall report to the Trust each quarter the number of complaints received, the number upheld, partially upheld and not upheld, the response times achieved and the themes identified, so that the Trust can include them in its KO41a return."),
        P("4.4 The Trustee shall offer every Patient the Friends and Family Test at the end of their support and report the results to the Trust monthly."),
        P("4.5 The Trustee shall co-operate with the Parliamentary and Health Service Ombudsman in any investigation and shall implement any recommendation that the Ombudsman makes."),
        P("4.6 The Trustee shall review complaints and Friends and Family Test results with the Trust twice a year, identify the lessons learned and agree an improvement plan where results fall below the levels in Schedule 2."),
        H("5. Term, termination and general"),
        P("5.1 This Sub-Contract runs from 1 April 2026 until 31 March 2029, or until the Head Contract ends if earlier."),
        P("5.2 The Trustee shall ensure that its Service Manager, Helen Okafor, attends the Trust's monthly discharge pathway meeting."),
        P("5.3 The Trustee enters into this Sub-Contract as trustee of the Kingsmead Care Trust, and its liability is limited to the assets of that charity, save in the case of fraud or wilful default."),
        P("5.4 This Sub-Contract is governed by the law of England and Wales."),
        ("table", [["Schedule", "Content"], ["1", "Service specification"], ["2", "Key performance indicators"], ["3", "Head Contract provisions that do not apply"]]),
    ],
    expected='''
ES-01 pass  # clause 3.1: "The Trustee shall ensure that it and its Staff and Volunteers act in accordance with the Seven Principles of Public Life"
ES-02 gap  # recital B: "the Trust's Standards of Business Conduct policy, which applies to all Trust employees" (the Trust's own code, wrong party); nothing binds the Trustee to a code
ES-03 pass  # clause 3.10: "shall procure that any sub-contractor it engages is bound by obligations no less onerous than those in this clause 3"
ES-04 pass  # clause 3.2: "complete Freedom to Speak Up training and training on conflicts of interest and gifts and hospitality at induction and every year" with records
ES-05 pass  # clause 3.3: access to the "Freedom to Speak Up Guardian" and "no one suffers any detriment for speaking up in good faith"
ES-06 pass  # clause 3.4: "Neither Party shall offer, give or accept any bribe" and "Each Party shall maintain adequate procedures to prevent bribery and fraud" (each party includes the Trustee)
ES-07 pass  # clause 3.5: "Each Party shall provide the other with the assistance and information it reasonably requires to comply with the Freedom of Information Act 2000"
ES-08 weak  # clause 3.12: "The Trust may inspect the Trustee's records relating to the Services" (no ethics link)
ES-09 pass  # clause 3.14: "If the Trustee breaches this clause 3, the Trust may require the Trustee to remove any person responsible"
ES-10 gap  # clause 3.13: "The Trust's accounting officer will certify annually" (the Trust, wrong party)
COI-01 pass  # clause 3.6: "not placed in any position of actual or potential conflict of interest" and "shall promptly notify the Trust in writing"
COI-02 pass  # clause 3.7: "The Trustee shall take any action the Trust directs to manage a notified conflict of interest"
COI-03 pass  # clause 3.9: "The Trustee shall not offer any gift or hospitality to any Trust employee"; 3.8 gifts and hospitality register
COI-04 gap  # no duty about former Trust or ICB staff
COI-05 pass  # clause 3.8: "shall obtain a declaration of interests or nil return from each of its directors and its Service Manager every year" and publish the register
COI-06 weak  # clause 3.11: "The Trustee may be asked to confirm that it has told the Trust of any relationship" (permissive)
CDM-01 pass  # clause 4.1: "The Trustee shall operate a complaints procedure for Patients and their carers which complies with" the 2009 Regulations
CDM-02 pass  # clause 4.3: "shall report to the Trust each quarter the number of complaints received, the number upheld, partially upheld and not upheld"
CDM-03 pass  # clause 4.4: "shall offer every Patient the Friends and Family Test" and "report the results to the Trust monthly"
CDM-04 pass  # clause 4.5: "shall co-operate with the Parliamentary and Health Service Ombudsman" and implement its recommendations
CDM-05 pass  # clause 4.6: "identify the lessons learned and agree an improvement plan"
CDM-06 pass  # clause 4.2: "shall acknowledge complaints within 3 working days and send a full response within 25 working days"
''',
))
