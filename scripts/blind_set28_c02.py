from blind_set28_odt import h, p, cl, lst, table, cell, COVERED, en, frame, hidden_para, hidden_text, ins, dele

W = "Working Days"
BODY = "".join([
    p("AGREEMENT FOR THE PROVISION OF BEFRIENDING AND TELEPHONE CHECK-IN SERVICES", "Title"),
    p("Glenarden Council<text:line-break/>and<text:line-break/>Caraid Connect SCIO", "Subtitle"),
    p("Contract No. GC/ASC/0457<text:tab/>Lot 2 (North and West localities)"),
    p("THIS AGREEMENT is made between GLENARDEN COUNCIL, a local authority constituted under the Local Government etc. (Scotland) Act 1994 (the \u201cCouncil\u201d), and CARAID CONNECT SCIO, a Scottish charitable incorporated organisation (SC051227) (the \u201cProvider\u201d)."),
    h(1, "Interpretation"),
    cl("1.1", "\u201cLaw\u201d means any statute, regulation or binding code that applies to the Services, including the Bribery Act 2010, the Data Protection Act 2018 and the Public Services Reform (Scotland) Act 2010." + en("The list in the definition of Law is illustrative and is not exhaustive.")),
    cl("1.2", "\u201cService User\u201d means an adult referred to the Provider by the Council\u2019s social work teams or a GP practice in the North or West locality."),
    cl("1.3", "\u201cStaff\u201d means all employees, sessional workers and volunteers of the Provider engaged in the Services."),
    cl("1.4", "Clause headings are for convenience only. A reference to <text:bookmark-ref text:reference-format=\"text\" text:ref-name=\"cl_conflicts\">clause 7</text:bookmark-ref> is a reference to the conflicts clause as amended from time to time."),
    h(1, "Term"),
    cl("2.1", "This Agreement starts on 1 April 2026 and continues for three years, with an option for the Council to extend it by up to two further years."),
    h(1, "The Services"),
    cl("3.1", "The Provider shall provide the following Services to Service Users:"),
    lst(["weekly home visits by a trained befriender;", "daily or weekly telephone check-in calls at a time agreed with the Service User;", "monthly lunch clubs in Dunmore, Kilbrack and Achray;"], "Numbering_20_abc"),
    cl("3.2", "At each lunch club the Provider shall also:"),
    lst(["arrange hospitality for Service Users in the form of a hot meal and tea and coffee;", "signpost Service Users to welfare rights, energy and digital inclusion advice."], "Numbering_20_abc", cont=True),
    cl("3.3", "The Provider shall maintain a waiting list and shall contact each referred person within 10 " + W + "."),
    h(1, "Staff"),
    cl("4.1", "The Provider shall ensure that all Staff are members of the Protecting Vulnerable Groups Scheme before they have unsupervised contact with Service Users."),
    cl("4.2", "The Provider shall ensure that all Staff receive induction training and annual refresher training on its code of conduct, conflicts of interest, anti-bribery and how to speak up, and shall keep training records, which it shall make available to the Council on request."),
    cl("4.3", "The Provider shall not engage in the Services any person who within the preceding 24 months was employed by the Council in a role connected with the procurement or management of this Agreement, unless the Council has first given written consent."),
    h(1, "Information"),
    cl("5.1", "The Provider shall provide all assistance the Council requires, within 5 " + W + " of a request, to enable the Council to respond to requests under the Freedom of Information (Scotland) Act 2002 and the Environmental Information (Scotland) Regulations 2004."),
    cl("5.2", "The Provider acknowledges that the Council may publish this Agreement, subject to the redaction of commercially sensitive information."),
    h(1, "Ethical standards"),
    cl("6.1", "The Council confirms that its officers who manage this Agreement are bound by the Seven Principles of Public Life and by the Council\u2019s Employee Code of Conduct."),
    cl("6.2", "The Provider shall comply with, and ensure that its Staff comply with, its own Code of Conduct (a copy of which is in Schedule 2) in delivering the Services."),
    cl("6.3", "The Provider shall maintain a confidential reporting line for Staff and shall ensure that no person who makes a protected disclosure under the Public Interest Disclosure Act 1998 about the Services suffers any victimisation as a result."),
    cl("6.4", "The Provider shall use reasonable endeavours to ensure that its Sub-contractors comply with clauses 6.2 and 6.3." + dele("ct1")),
    cl("6.5", "The Provider shall once in each Contract Year give the Council a self-audit certificate confirming that its financial records relating to this Agreement are complete and accurate."),
    p(frame("SpeakingUp", ["Speaking up: the Provider shall display the confidential reporting line number in every office and shall tell Service Users and their families that they may raise concerns directly with the Council."])),
    h(1, "<text:bookmark-start text:name=\"cl_conflicts\"/>Conflicts of interest<text:bookmark-end text:name=\"cl_conflicts\"/>"),
    cl("7.1", "The Provider shall take action to ensure that neither it nor any of its Staff is placed in a position of an actual or potential conflict of interest in relation to the Services, and shall promptly notify the Council in writing with full details if such a conflict arises."),
    cl("7.2", "Where a conflict is notified, the Provider shall take such steps as the Council directs to manage or remove it, and shall follow any mitigation plan agreed with the Council."),
    cl("7.3", "The Provider should keep a register of interests for its board members and managers."),
    cl("7.4", ins("ct2", "The Provider confirms that it has disclosed to the Council any relationship between its board members or managers and any person involved in the procurement of this Agreement, and shall keep that disclosure up to date during the Term.")),
    hidden_para("[Drafting note: procurement to confirm whether 7.4 should also cover the evaluation panel. Remove before issue.]"),
    h(1, "Complaints and feedback"),
    cl("8.1", "The Provider shall operate a complaints procedure for Service Users and their representatives which is free, publicised in the Service User handbook and on its website, and follows the Council\u2019s complaints handling procedure template."),
    cl("8.2", "The Provider will aim to acknowledge complaints within 5 " + W + "." + hidden_text(" [Note to Provider: the 3 and 20 working day targets in the model procedure are still under discussion.]")),
    cl("8.3", "The Provider shall provide information about complaints to the Council on request."),
    cl("8.4", "Each quarter the Provider shall analyse complaints, compliments and feedback for trends and root causes and, where the same issue is raised three or more times, shall agree an action plan with the Council and report progress at the next review meeting."),
    cl("8.5", "The Provider shall carry out an annual survey of its Staff about their wellbeing and shall share a summary with the Council."),
    h(1, "Monitoring"),
    cl("9.1", "The parties shall carry out the monitoring activities in the table below. Each activity is the responsibility of the party named in the Party column."),
    p("Table <text:sequence text:ref-name=\"refTable0\" text:name=\"Table\" text:formula=\"ooow:Table+1\" style:num-format=\"1\">1</text:sequence>: Monitoring responsibilities", "Caption"),
    table("Responsibilities", 3, ["Activity", "Party", "Frequency"], [
        ["Service User satisfaction survey", "Council", "Annually, in October"],
        ["Staff wellbeing survey", "Provider", "Annually"],
        ["Contract review meeting", "Council and Provider", "Quarterly"],
        [cell("Audit of compliance with clause 6 (Ethical standards) and clause 7 (Conflicts of interest)", span=1), cell("Council, with the Provider giving access to records and Staff", span=2), COVERED],
    ]),
    cl("9.2", "The Council may audit the Provider\u2019s compliance with clauses 6 and 7 at any time on 10 " + W + "\u2019 notice, and the Provider shall give the Council\u2019s auditors access to its premises, records and Staff for that purpose."),
    h(1, "Disputes"),
    cl("10.1", "Any dispute shall first be referred to the parties\u2019 contract managers and, if unresolved within 20 " + W + ", to mediation under the CEDR Model Mediation Procedure."),
    h(1, "Termination"),
    cl("11.1", "The Council may terminate this Agreement by written notice if the Provider commits a material breach of this Agreement which is not remedied within 30 days of notice."),
    cl("11.2", "On termination the Provider shall co-operate in the transfer of Service Users to any replacement provider."),
    lst([("start", 1, "return all Council records;"), "provide a list of current Service Users and their contact preferences;", "close its befriender rotas in an orderly way."], "Numbering_20_abc"),
    h(1, "General"),
    cl("12.1", "This Agreement is governed by the law of Scotland and the parties submit to the exclusive jurisdiction of the Scottish courts."),
    p("Schedule 2 (Provider Code of Conduct) is attached.<text:s text:c=\"2\"/>Schedule 1 (Prices) is held separately."),
])

C02 = {
    "file": "c02-befriending-service-scotland.odt", "tool": "lo-fodt",
    "title": "Befriending and telephone check-in services", "author": "Glenarden Council Legal", "font": "Liberation Serif",
    "outline": ("1", "1", "a"),
    "header": "Glenarden Council \u2013 Contract GC/ASC/0457", "footer": "Befriending and Check-in Services \u2013 Lot 2",
    "changes": [("ct1", "deletion", "M. Rennie", "2026-01-08T11:02:00",
                 "6.5 The Provider shall not commit any Prohibited Act, shall maintain adequate procedures to prevent bribery and shall notify the Council immediately of any breach."),
                ("ct2", "insertion", "M. Rennie", "2026-01-08T11:05:00"),
                ("ct3", "format-change", "M. Rennie", "2026-01-08T11:06:00")],
    "body": BODY.replace("The Provider shall maintain a waiting list", '<text:change-start text:change-id="ct3"/>The Provider shall maintain a waiting list<text:change-end text:change-id="ct3"/>', 1),
    "hidden": ["shall maintain adequate procedures to prevent bribery and shall notify", "procurement to confirm whether 7.4", "the 3 and 20 working day targets"],
    "subject": "Services agreement: befriending visits, telephone check-ins and lunch clubs for isolated adults",
    "parties": "Scotland; Glenarden Council (the Council); Caraid Connect SCIO (the Provider)",
    "shapes": "outline-numbered chapter headings with hand-typed clause numbers; anti-bribery clause present only as a tracked deletion; conflicts disclosure (7.4) as a tracked insertion; a format change; hidden drafting-note paragraph and hidden text in 8.2; text box on speaking up; endnote to the Law definition (Bribery Act only in a list of Laws); bookmark-ref to clause 7; continued lettered list; restarted list; monitoring table with Party column, header row and spanned cell",
    "expected": """
ES-01 gap  # clause 6.1 binds only the Council's officers ("The Council confirms that its officers who manage this Agreement are bound by the Seven Principles") - wrong party
ES-02 pass  # clause 6.2: "ensure that its Staff comply with, its own Code of Conduct"
ES-03 weak  # clause 6.4: "shall use reasonable endeavours to ensure that its Sub-contractors comply with clauses 6.2 and 6.3"
ES-04 pass  # clause 4.2: "annual refresher training on its code of conduct, conflicts of interest, anti-bribery and how to speak up" with training records
ES-05 pass  # clause 6.3: "shall maintain a confidential reporting line" and no "victimisation" for a protected disclosure; also the text box after 6.5
ES-06 gap  # the bribery clause after 6.4 is a tracked deletion (not contract text); the Bribery Act 2010 appears only in the list of Laws in clause 1.1
ES-07 pass  # clause 5.1: assistance to respond to requests under the "Freedom of Information (Scotland) Act 2002"
ES-08 pass  # clause 9.2 and Table 1 last row: "The Council may audit the Provider's compliance with clauses 6 and 7"
ES-09 weak  # clause 11.1: termination for "a material breach of this Agreement" with no ethics link
ES-10 gap  # clause 6.5: "self-audit certificate confirming that its financial records" - financial only
COI-01 pass  # clause 7.1: "actual or potential conflict of interest" and "shall promptly notify the Council in writing"
COI-02 pass  # clause 7.2: "shall take such steps as the Council directs to manage or remove it"
COI-03 gap  # clause 3.2 item (d): lunch-club "hospitality for Service Users in the form of a hot meal" is catering, not a gifts control
COI-04 pass  # clause 4.3: no person "employed by the Council in a role connected with the procurement or management of this Agreement" within 24 months without consent
COI-05 weak  # clause 7.3: "The Provider should keep a register of interests" ('should')
COI-06 pass  # clause 7.4 (tracked insertion, contract text): "confirms that it has disclosed to the Council any relationship"
CDM-01 pass  # clause 8.1: "shall operate a complaints procedure for Service Users" free and publicised
CDM-02 weak  # clause 8.3: "information about complaints to the Council on request" (on request only)
CDM-03 gap  # clause 8.5 is a staff survey; Table 1 gives the "Service User satisfaction survey" to the Council (wrong party)
CDM-04 gap  # no Ombudsman or investigation co-operation; clause 10.1 is "CEDR Model Mediation Procedure" dispute resolution
CDM-05 pass  # clause 8.4: "analyse complaints, compliments and feedback for trends and root causes" with an action plan
CDM-06 weak  # clause 8.2: "The Provider will aim to acknowledge complaints within 5 Working Days" ('will aim to'; the hidden note on 3/20 days is not contract text)
""",
}
