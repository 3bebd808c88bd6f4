# -*- coding: utf-8 -*-
"""Texts and verdicts of blind set 26 (short instruments and forms). Written from the rule catalogue alone.

Each document: name, kind (lo-docx | lo-odt | lo-pdf | md | txt), title, blocks (HTML-able) or text,
metadata for the README, and verdicts: (RULE, pass|weak|gap, why naming the clause, evidence quote or None).
The evidence quote must be findable in the produced file's text (checked by make-blind-set26.py).
"""

RULES = ["ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
         "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
         "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06"]

DOCS = []

# --------------------------------------------------------------------------- d01 purchase order
DOCS.append({
    "name": "d01-purchase-order-bsl-interpreting",
    "kind": "lo-docx",
    "title": "Official Purchase Order KVDC/PO/0048817",
    "instrument": "Purchase order, terms and conditions of purchase on the reverse",
    "authority": "Kestrel Vale District Council (England)",
    "provider": "SignBridge Interpreting Ltd (the Supplier)",
    "shapes": "order face as a table with line items; 16 conditions in one auto-numbered list (cited by list number); precedence 'conflict' (3); incorporation of the Council's Supplier Code of Conduct by reference (6); press gag (7); exclusion-ground confirmation on the face; financial-only audit (12); non-solicitation (14); Council's own complaints about the Supplier (15)",
    "blocks": [
        ("title", "Official Purchase Order KVDC/PO/0048817"),
        ("p", "Kestrel Vale District Council, Civic Offices, Market Street, Kestrel Vale KV1 2DE. Please quote the order number on all invoices and correspondence."),
        ("table", [
            ["Order number", "KVDC/PO/0048817", "Order date", "9 February 2026"],
            ["Supplier", "SignBridge Interpreting Ltd, Unit 4, Tanners Yard, Kestrel Vale KV3 8LP", "Supplier number", "100377"],
            ["Deliver to", "Customer Services, Civic Offices (and residents' homes as booked)", "Budget code", "CS-ACCESS-4420"],
            ["Ordered by", "M. Okafor, Customer Access Manager", "Period", "1 March 2026 to 28 February 2027"],
        ], {"header": False}),
        ("table", [
            ["Line", "Description", "Qty", "Unit price", "Total"],
            ["1", "British Sign Language interpreting for residents' appointments, per hour (minimum 2 hours)", "220", "£48.00", "£10,560.00"],
            ["2", "BSL interpreting for public meetings of the Council and its committees, per meeting", "18", "£160.00", "£2,880.00"],
            ["3", "Video relay interpreting for the Customer Services line, per minute", "1,500", "£1.20", "£1,800.00"],
            ["", "Order total (excluding VAT)", "", "", "£15,240.00"],
        ]),
        ("p", "Supplier declaration: by accepting this Order the Supplier confirms that it is not subject to any of the mandatory exclusion grounds (including convictions for fraud or bribery) and that the information in its supplier registration form remains accurate."),
        ("p", "This Order is placed on the Conditions overleaf. Authorised signatory: Head of Customer Access."),
        ("h1", "Conditions of Purchase (reverse of Order)"),
        ("ol", [
            "Definitions. In these Conditions \u201cCouncil\u201d means Kestrel Vale District Council, \u201cSupplier\u201d means the person named on the Order, \u201cServices\u201d means the interpreting services described on the Order and \u201cOrder\u201d means the purchase order on the face of this document.",
            "Acceptance. The Order is accepted when the Supplier confirms it in writing or starts to perform the Services, whichever is earlier. No terms of the Supplier apply.",
            "Precedence. In the event of any conflict between the face of the Order and these Conditions, the face of the Order prevails.",
            "Performance. The Supplier shall provide the Services with reasonable skill and care, using interpreters registered with the National Registers of Communication Professionals working with Deaf and Deafblind People (NRCPD), and shall comply with all applicable law.",
            "Price and payment. The price is as stated on the Order and includes travel unless stated otherwise. The Council shall pay valid undisputed invoices within 30 days of receipt.",
            "Conduct. The Supplier shall comply with the Council\u2019s Supplier Code of Conduct, published at www.kestrelvale.gov.uk/suppliercode, and shall ensure that its interpreters also follow the NRCPD Code of Conduct when working on the Council\u2019s behalf.",
            "Confidentiality. The Supplier shall keep confidential all information about residents learned in providing the Services, and its interpreters shall not comment to the press or on social media about any assignment.",
            "Freedom of information. The Supplier acknowledges that the Council is subject to the Freedom of Information Act 2000 and shall assist and co-operate with the Council, at no charge, in responding to any request for information relating to the Order, providing the information requested within 5 working days.",
            "Bribery and fraud. The Supplier shall not offer, give or agree to give any inducement or reward to any officer or member of the Council in connection with the Order, shall not commit any offence under the Bribery Act 2010 or the Fraud Act 2006, shall maintain adequate procedures to prevent bribery by its interpreters, and shall notify the Council immediately of any breach of this Condition.",
            "Gifts and hospitality. The Supplier shall not offer any gift or hospitality to any officer of the Council involved in arranging or approving interpreting bookings, other than promotional items of nominal value.",
            "Sub-contracting. The Supplier shall not sub-contract any part of the Services without the Council\u2019s written consent and remains responsible for the acts and omissions of its sub-contractors as if they were its own.",
            "Records and audit. The Supplier shall keep accurate records of hours worked and charges made and shall allow the Council\u2019s internal auditors to inspect them, for the purpose of verifying invoices, for six years after payment.",
            "Termination. The Council may terminate the Order immediately by written notice if the Supplier breaches Condition 9 or Condition 10, and may in any event terminate it on 7 days\u2019 notice.",
            "Non-solicitation. The Supplier shall not solicit or entice away any employee of the Council during the period of the Order and for six months afterwards.",
            "Complaints. If the Council is dissatisfied with the Services it may raise a complaint with the Supplier\u2019s account manager, who shall respond in writing within 10 working days.",
            "Law. These Conditions are governed by the law of England and Wales and the courts of England and Wales have exclusive jurisdiction.",
        ]),
    ],
    "verdicts": [
        ("ES-01", "gap", "no reference to the Seven Principles or public-office standards anywhere on the face or in the Conditions", None),
        ("ES-02", "pass", "Condition 6 (list item 6): the Supplier shall comply with the Council's Supplier Code of Conduct (incorporated by reference: judgement call)", "The Supplier shall comply with the Council\u2019s Supplier Code of Conduct"),
        ("ES-03", "gap", "Condition 11 is consent to sub-contract and liability for sub-contractors only (decoy); no ethical flow-down", "remains responsible for the acts and omissions of its sub-contractors"),
        ("ES-04", "gap", "no training duty; Condition 4 requires NRCPD registration only", None),
        ("ES-05", "gap", "no speaking-up route; Condition 7 is confidentiality and a press/social-media gag (adverse)", "shall not comment to the press or on social media"),
        ("ES-06", "pass", "Condition 9: no inducement or reward, no Bribery Act or Fraud Act offence, adequate procedures and immediate notice of breach", "shall maintain adequate procedures to prevent bribery by its interpreters, and shall notify the Council immediately of any breach of this Condition"),
        ("ES-07", "pass", "Condition 8: the Supplier shall assist and co-operate with FOI Act requests within 5 working days", "shall assist and co-operate with the Council, at no charge, in responding to any request for information relating to the Order"),
        ("ES-08", "gap", "Condition 12 is an audit of hours and charges for verifying invoices only (financial-only decoy)", "for the purpose of verifying invoices"),
        ("ES-09", "pass", "Condition 13: immediate termination for breach of Condition 9 (bribery and fraud) or Condition 10 (gifts)", "terminate the Order immediately by written notice if the Supplier breaches Condition 9 or Condition 10"),
        ("ES-10", "gap", "the face-of-order Supplier declaration confirms only no exclusion grounds and accurate registration data; no ethics assurance or certificate", None),
        ("COI-01", "gap", "Condition 3 'conflict' is order-versus-conditions precedence (decoy); nothing on conflicts of interest", "In the event of any conflict between the face of the Order and these Conditions"),
        ("COI-02", "gap", "no conflict management or remedy; Condition 13's 7-day termination has no conflict link", None),
        ("COI-03", "pass", "Condition 10: the Supplier shall not offer any gift or hospitality to Council officers arranging or approving bookings", "The Supplier shall not offer any gift or hospitality to any officer of the Council"),
        ("COI-04", "gap", "Condition 14 is non-solicitation of Council employees only (partial at most: gap)", "shall not solicit or entice away any employee of the Council"),
        ("COI-05", "gap", "no declarations of interests or register anywhere in the document", None),
        ("COI-06", "gap", "the face-of-order declaration is an exclusion-grounds (convictions) self-declaration only (decoy)", "not subject to any of the mandatory exclusion grounds"),
        ("CDM-01", "gap", "Condition 15 covers the Council's own complaints about the Services, not service users' complaints (decoy)", "If the Council is dissatisfied with the Services it may raise a complaint"),
        ("CDM-02", "gap", "no complaint reporting anywhere in the document", None),
        ("CDM-03", "gap", "no satisfaction or feedback data anywhere in the document", None),
        ("CDM-04", "gap", "no Ombudsman or independent escalation; Condition 16 is governing law only", None),
        ("CDM-05", "gap", "no analysis of complaints or feedback anywhere in the document", None),
        ("CDM-06", "gap", "Condition 15's 10 working days is the reply to the Council's own complaint (timescale for the authority's queries: decoy)", "who shall respond in writing within 10 working days"),
    ],
})

# --------------------------------------------------------------------------- d02 grant offer letter
DOCS.append({
    "name": "d02-grant-offer-youth-wellbeing-dropin",
    "kind": "lo-odt",
    "title": "Grant offer: Port Ardan youth wellbeing drop-in",
    "instrument": "Grant offer letter with conditions of grant and acceptance block",
    "authority": "Loch Arden Council (Scotland), 'we'",
    "provider": "Harbour Lights Youth Trust SCIO, 'you' (the Grantee)",
    "shapes": "letter then conditions 1-7 with typed sub-numbers under headings; 'you' defined as the Grantee (1.2); health-and-safety training only (2.2); hedges 'will aim to', 'expect', 'encourage', 'may wish to'; financial grant monitoring certificate (6.3); Council-side confidentiality (6.4); acceptance table with blank signature fields",
    "blocks": [
        ("p", "Loch Arden Council, Communities Team, Council Buildings, Inverbrae IV9 3QA"),
        ("p", "Ms Ailsa Drummond, Chair, Harbour Lights Youth Trust, 12 Quay Street, Port Ardan PA7 4HL. Our reference: LAC/CF/2026/031. Date: 9 February 2026."),
        ("title", "Grant offer: Port Ardan youth wellbeing drop-in"),
        ("p", "Dear Ms Drummond,"),
        ("p", "Thank you for your application. I am pleased to offer Harbour Lights Youth Trust a grant of up to \u00a324,000 from the Communities Fund towards the costs of a weekly wellbeing drop-in for young people aged 12 to 18 in Port Ardan from 1 April 2026 to 31 March 2027. The offer is made on the conditions of grant below. Please sign and return the acceptance within 28 days; if we do not receive it, the offer will lapse."),
        ("p", "Yours sincerely, Euan MacLeod, Communities Manager"),
        ("title", "Conditions of grant"),
        ("h1", "1. Using the grant"),
        ("p", "1.1 You must use the grant only for the project described in your application dated 14 November 2025 (the Project) and for no other purpose."),
        ("p", "1.2 In these conditions \u201cyou\u201d means Harbour Lights Youth Trust, the Grantee, and includes your trustees, staff and volunteers where the context allows; \u201cwe\u201d and \u201cus\u201d mean Loch Arden Council."),
        ("h1", "2. Running a safe project"),
        ("p", "2.1 You must have a child protection policy, and everyone working with young people at the drop-in must be a member of the PVG Scheme."),
        ("p", "2.2 You must make sure that staff and volunteers complete fire safety and first aid training before the drop-in opens."),
        ("h1", "3. Listening to young people"),
        ("p", "3.1 You must have a complaints procedure that young people and their parents or carers can use free of charge, tell every young person about it at their first visit, and display it at the drop-in and on your website."),
        ("p", "3.2 You will aim to respond to complaints within 20 working days."),
        ("p", "3.3 You must ask the young people who use the drop-in for feedback at least once a term and include a summary of what they told you in each monitoring report under condition 6."),
        ("h1", "4. Standards of conduct"),
        ("p", "4.1 You must observe the Seven Principles of Public Life (selflessness, integrity, objectivity, accountability, openness, honesty and leadership) in everything you do with the grant, and make sure your trustees, staff and volunteers do the same."),
        ("p", "4.2 We expect you to have procedures to prevent fraud and bribery that are proportionate to the size of your organisation."),
        ("p", "4.3 We encourage you to have a whistleblowing policy so that staff and volunteers can raise concerns about the Project."),
        ("h1", "5. Conflicts of interest"),
        ("p", "5.1 You must avoid any conflict of interest, actual or perceived, between the personal, professional or financial interests of your trustees or staff and the Project, and you must tell us in writing within 10 working days if one arises."),
        ("p", "5.2 If a conflict arises, we may require you to take the steps we reasonably direct to manage or remove it and, if it cannot be managed, we may withdraw the grant."),
        ("p", "5.3 You may wish to keep a register of your trustees\u2019 interests."),
        ("h1", "6. Monitoring and information"),
        ("p", "6.1 You must send us a monitoring report every six months showing attendance, the sessions delivered and your spending against the budget."),
        ("p", "6.2 We may visit the Project and look at your records at any reasonable time."),
        ("p", "6.3 At the end of the grant year your treasurer must sign a grant monitoring certificate confirming that the grant was spent on eligible costs."),
        ("p", "6.4 We will treat the information you give us as confidential except where the law requires us to disclose it."),
        ("h1", "7. Stopping and repaying the grant"),
        ("p", "7.1 If you break condition 4 (Standards of conduct) or condition 5 (Conflicts of interest), or give us false or misleading information, we may stop paying the grant, ask you to repay all or part of it and end this agreement."),
        ("h1", "Acceptance"),
        ("p", "We accept the grant on the conditions above."),
        ("table", [
            ["Signed for Harbour Lights Youth Trust", ""],
            ["Name and position", ""],
            ["Date", ""],
        ], {"header": False}),
    ],
    "verdicts": [
        ("ES-01", "pass", "condition 4.1: you must observe the Seven Principles of Public Life, with trustees, staff and volunteers", "You must observe the Seven Principles of Public Life"),
        ("ES-02", "gap", "no code of conduct required anywhere in the document", None),
        ("ES-03", "gap", "no sub-contractors or flow-down (1.2 extends 'you' to trustees, staff and volunteers only)", None),
        ("ES-04", "gap", "condition 2.2 is fire safety and first aid training only (decoy)", "complete fire safety and first aid training"),
        ("ES-05", "weak", "condition 4.3: we 'encourage' you to have a whistleblowing policy", "We encourage you to have a whistleblowing policy"),
        ("ES-06", "weak", "condition 4.2: we 'expect' you to have fraud and bribery procedures", "We expect you to have procedures to prevent fraud and bribery"),
        ("ES-07", "gap", "condition 6.4 is the Council's own confidentiality (wrong party); no FOI co-operation duty", "We will treat the information you give us as confidential"),
        ("ES-08", "weak", "condition 6.2: general right to visit and look at records, no ethics link", "We may visit the Project and look at your records at any reasonable time."),
        ("ES-09", "pass", "condition 7.1: breach of condition 4 (conduct) or 5 (conflicts) lets us stop, claw back and end the grant", "If you break condition 4 (Standards of conduct) or condition 5 (Conflicts of interest)"),
        ("ES-10", "gap", "condition 6.3 is a financial grant monitoring certificate on eligible costs only (decoy)", "sign a grant monitoring certificate confirming that the grant was spent on eligible costs"),
        ("COI-01", "pass", "condition 5.1: avoid actual or perceived conflicts and tell us in writing within 10 working days", "You must avoid any conflict of interest, actual or perceived"),
        ("COI-02", "pass", "condition 5.2: steps we direct to manage or remove a conflict, grant withdrawn if unmanageable (also 7.1)", "we may require you to take the steps we reasonably direct to manage or remove it"),
        ("COI-03", "gap", "no gifts or hospitality term", None),
        ("COI-04", "gap", "no former officers or members term", None),
        ("COI-05", "weak", "condition 5.3: you 'may wish to' keep a register of trustees' interests", "You may wish to keep a register of your trustees\u2019 interests."),
        ("COI-06", "gap", "no disclosure of relationships with those deciding the application anywhere in the document", None),
        ("CDM-01", "pass", "condition 3.1: free complaints procedure for young people and carers, told at first visit and displayed", "You must have a complaints procedure that young people and their parents or carers can use free of charge"),
        ("CDM-02", "gap", "condition 6.1: the six-monthly report covers attendance, sessions and spending, not complaints", "showing attendance, the sessions delivered and your spending against the budget"),
        ("CDM-03", "pass", "condition 3.3: feedback from young people each term, summarised in each monitoring report", "You must ask the young people who use the drop-in for feedback at least once a term"),
        ("CDM-04", "gap", "no Ombudsman or independent escalation anywhere in the document", None),
        ("CDM-05", "gap", "no analysis of complaints or feedback or action plans (3.3 is collection and reporting only)", None),
        ("CDM-06", "weak", "condition 3.2: you 'will aim to' respond within 20 working days; no acknowledgement time", "You will aim to respond to complaints within 20 working days."),
    ],
})

# --------------------------------------------------------------------------- d03 call-off order form
DOCS.append({
    "name": "d03-call-off-order-form-advocacy",
    "kind": "lo-docx",
    "title": "Call-Off Order Form",
    "instrument": "Call-off order form under a regional framework: incorporates the framework call-off terms, key terms table holds only the call-off specifics",
    "authority": "Wrenfield County Council (the Buyer), under a Marches Procurement Partnership framework",
    "provider": "Voiceworks Advocacy CIO (the Supplier)",
    "shapes": "incorporation paragraph; two-column Key Terms table (row labels cited); conflicts only by reference to framework clause 32 (judgement call); 'Not applicable' transparency row; mediation row; signature table",
    "blocks": [
        ("title", "Call-Off Order Form"),
        ("p", "Framework Agreement MPP/ADV/2024: Independent Advocacy Services, Lot 2 (Care Act and IMCA advocacy)."),
        ("p", "This Order Form is issued by the Buyer under the Framework Agreement. The Call-Off Contract consists of this Order Form, the Framework Call-Off Terms (version 3.1) and the Buyer\u2019s specification dated January 2026, which are incorporated by reference. Capitalised terms have the meaning given in the Framework Call-Off Terms. Only the call-off specifics are set out below; where a key term is marked \u201cNot applicable\u201d the corresponding optional provision of the Framework Call-Off Terms does not form part of the Call-Off Contract."),
        ("h1", "Key Terms"),
        ("table", [
            ["Key term", "Call-off specific"],
            ["Call-Off Reference", "WCC-ADV-0412"],
            ["Buyer", "Wrenfield County Council, Shire Hall, Wrenfield WR1 1AA"],
            ["Supplier", "Voiceworks Advocacy CIO (registered charity 1189041), 3 Abbey Court, Wrenfield WR2 5JD"],
            ["Call-Off Start Date", "1 April 2026"],
            ["Call-Off Expiry Date", "31 March 2028, with an option to extend by 12 months"],
            ["Charges", "\u00a3312,000 for the initial term, invoiced monthly in arrears"],
            ["Services", "Care Act 2014 advocacy and Independent Mental Capacity Advocacy for adults living in Wrenfield, as described in the Buyer\u2019s specification"],
            ["Conflicts of Interest", "Clause 32 (Conflicts of Interest) of the Framework Call-Off Terms applies."],
            ["Supplier Code of Conduct", "The Supplier shall comply with the Buyer\u2019s Supplier Code of Conduct (Annex 2 to this Order Form) and shall ensure that Supplier Staff do so."],
            ["Ethics assurance", "Within 20 Working Days of the Call-Off Start Date and annually after that, the Supplier shall certify in writing, signed by a trustee, that it has complied with the Supplier Code of Conduct and that it has in place, and will maintain, the structures and arrangements necessary to support ethical standards on this Call-Off Contract."],
            ["Staff training", "The Supplier shall ensure that all Supplier Staff complete the Buyer\u2019s e-learning modules on the Supplier Code of Conduct, conflicts of interest and anti-bribery before starting work on the Services and every 12 months, and shall keep training records."],
            ["Procurement disclosure", "The Supplier confirms that it has disclosed to the Buyer any relationship with any person involved in the further competition for this Call-Off Contract, and shall notify the Buyer promptly if any such relationship arises during the Call-Off term."],
            ["Performance reporting", "The Supplier shall provide a monthly performance report including the number of complaints received from service users, their outcome (upheld, partially upheld or not upheld) and the action taken."],
            ["Service user feedback", "The Supplier shall carry out an annual survey of the satisfaction of people who have used the advocacy service and report the results to the Buyer within one month of the survey closing."],
            ["Transparency Reports", "Not applicable"],
            ["Dispute resolution", "Disputes shall be referred to mediation under clause 34 of the Framework Call-Off Terms before any proceedings are issued."],
            ["Additional insurance", "Professional indemnity insurance of not less than \u00a32,000,000"],
            ["Guarantee", "Not used"],
        ]),
        ("h1", "Signatures"),
        ("table", [
            ["For the Buyer", "For the Supplier"],
            ["Name: Priya Chaudhry", "Name: Daniel Whitcombe"],
            ["Role: Head of Adult Commissioning", "Role: Chief Executive"],
            ["Date: 16 March 2026", "Date: 18 March 2026"],
        ]),
        ("p", "Annex 1: Buyer\u2019s specification (issued separately). Annex 2: Wrenfield County Council Supplier Code of Conduct (issued separately)."),
    ],
    "verdicts": [
        ("ES-01", "gap", "no Seven Principles or public-office standards in the Order Form", None),
        ("ES-02", "pass", "Key Terms row 'Supplier Code of Conduct': the Supplier shall comply with the Buyer's Supplier Code of Conduct (Annex 2, issued separately: incorporation by reference)", "The Supplier shall comply with the Buyer\u2019s Supplier Code of Conduct"),
        ("ES-03", "gap", "no flow-down to sub-contractors; the code row binds Supplier Staff only", None),
        ("ES-04", "pass", "Key Terms row 'Staff training': e-learning on the code, conflicts and anti-bribery before starting and every 12 months, with records", "complete the Buyer\u2019s e-learning modules on the Supplier Code of Conduct, conflicts of interest and anti-bribery"),
        ("ES-05", "gap", "no speaking-up route or non-retaliation anywhere in the document", None),
        ("ES-06", "gap", "anti-bribery appears only as a training topic (row 'Staff training'); no duty not to bribe, procedures or notice", None),
        ("ES-07", "gap", "Key Terms row 'Transparency Reports' is 'Not applicable' (disabled); no FOI term", None),
        ("ES-08", "gap", "no audit or monitoring right in the Order Form", None),
        ("ES-09", "gap", "no remedy or termination for ethical breach in the Order Form", None),
        ("ES-10", "pass", "Key Terms row 'Ethics assurance': certificate within 20 Working Days and annually, plus structures and arrangements to support ethical standards", "it has in place, and will maintain, the structures and arrangements necessary to support ethical standards"),
        ("COI-01", "gap", "Key Terms row 'Conflicts of Interest' only says framework clause 32 applies: no provider duty stated in the Order Form (judgement call)", "Clause 32 (Conflicts of Interest) of the Framework Call-Off Terms applies."),
        ("COI-02", "gap", "only the bare reference to framework clause 32; no mitigation, direction or termination stated", None),
        ("COI-03", "gap", "no gifts or hospitality term", None),
        ("COI-04", "gap", "no former officers term", None),
        ("COI-05", "gap", "no declarations of interests or register anywhere in the document", None),
        ("COI-06", "pass", "Key Terms row 'Procurement disclosure': the Supplier confirms it disclosed relationships with those involved in the further competition and will notify changes", "The Supplier confirms that it has disclosed to the Buyer any relationship with any person involved in the further competition"),
        ("CDM-01", "gap", "no complaints procedure duty (complaints appear only in the reporting row)", None),
        ("CDM-02", "pass", "Key Terms row 'Performance reporting': monthly report of complaints received, outcomes and actions", "monthly performance report including the number of complaints received from service users"),
        ("CDM-03", "pass", "Key Terms row 'Service user feedback': annual satisfaction survey reported to the Buyer", "carry out an annual survey of the satisfaction of people who have used the advocacy service"),
        ("CDM-04", "gap", "Key Terms row 'Dispute resolution' is mediation between the parties (decoy); no Ombudsman", "Disputes shall be referred to mediation"),
        ("CDM-05", "gap", "no analysis of complaints or survey results and no action plans anywhere in the document", None),
        ("CDM-06", "gap", "no complaint acknowledgement or response timescales anywhere in the document", None),
    ],
})

# --------------------------------------------------------------------------- d04 service level agreement
DOCS.append({
    "name": "d04-sla-welfare-benefits-advice",
    "kind": "lo-docx",
    "title": "Service Level Agreement: Welfare Benefits and Debt Advice 2026-2028",
    "instrument": "Service level agreement between a London borough and a local advice charity",
    "authority": "London Borough of Eastmere (the Council)",
    "provider": "Eastmere Money Advice Centre, registered charity (the Provider)",
    "shapes": "typed sections 1-8 with sub-clauses; service standards table; Bribery Act only in the 'Laws' definition (1.2); Gift Aid (3.2); Council officers bound by the Seven Principles and keeping their own interests register (4.1, 4.3, wrong party); hedged 'should' conflict and FOI duties; TUPE pension clause (7.1); material-breach termination (8.2)",
    "blocks": [
        ("title", "Service Level Agreement: Welfare Benefits and Debt Advice 2026-2028"),
        ("p", "Between the London Borough of Eastmere, Town Hall, Eastmere High Road, London E19 4XX (\u201cthe Council\u201d) and Eastmere Money Advice Centre, registered charity 1090012, 27 Chapel Row, London E19 6BT (\u201cthe Provider\u201d)."),
        ("h1", "1. Purpose and interpretation"),
        ("p", "1.1 This Agreement sets out the service the Provider will deliver with the Council\u2019s grant-in-aid of \u00a396,500 a year from 1 April 2026 to 31 March 2028 and the standards to which both parties will work."),
        ("p", "1.2 \u201cLaws\u201d means all applicable legislation, including the Equality Act 2010, the Data Protection Act 2018 and the Bribery Act 2010."),
        ("h1", "2. Service standards"),
        ("table", [
            ["Standard", "Target", "Measured"],
            ["Drop-in advice sessions each week", "4", "Quarterly"],
            ["First appointment offered within", "10 working days", "Quarterly"],
            ["Clients given a full benefit check", "95%", "Quarterly"],
            ["Debt clients with a written action plan", "90%", "Quarterly"],
        ]),
        ("h1", "3. Funding"),
        ("p", "3.1 The Council will pay the grant in four equal instalments in advance each quarter."),
        ("p", "3.2 The Provider will claim Gift Aid on eligible individual donations and will not use the grant to replace other income."),
        ("h1", "4. Standards of conduct"),
        ("p", "4.1 The Council\u2019s officers who manage this Agreement are bound by the Seven Principles of Public Life and by the Council\u2019s Code of Conduct for Employees."),
        ("p", "4.2 The Provider should declare to the Council any conflict of interest that affects the service."),
        ("p", "4.3 The Council will record its officers\u2019 interests in the Council\u2019s register of interests, and an officer who declares an interest in the Provider will take no part in monitoring this Agreement."),
        ("p", "4.4 The Provider shall maintain a whistleblowing policy that allows staff and volunteers to raise concerns, including directly with the Council\u2019s Monitoring Officer, and shall ensure that no one who raises a concern in good faith suffers any detriment as a result."),
        ("p", "4.5 The Provider shall procure that any partner organisation or sub-contractor delivering advice sessions under this Agreement complies with obligations equivalent to those in this Section 4."),
        ("h1", "5. Complaints"),
        ("p", "5.1 The Provider shall operate a complaints procedure for clients that is free, accessible (including by telephone and in community languages) and publicised in the advice centre and on its website."),
        ("p", "5.2 The Provider shall acknowledge each complaint within 3 working days and send a full response within 15 working days, explaining any delay."),
        ("p", "5.3 A client who remains dissatisfied may ask the Council to review the complaint and may then refer it to the Local Government and Social Care Ombudsman. The Provider shall co-operate with any investigation by the Council or the Ombudsman, provide information and attend meetings as asked, and implement any remedy agreed or recommended."),
        ("h1", "6. Monitoring"),
        ("p", "6.1 The Provider shall send the Council a quarterly monitoring return within 15 working days of each quarter end, showing clients seen, outcomes achieved against Section 2, and the number of complaints received, upheld, partially upheld and not upheld."),
        ("p", "6.2 At each quarterly review meeting the Provider shall present an analysis of complaint themes and root causes and agree an action plan with the Council for any theme that recurs."),
        ("p", "6.3 The Council may audit the Provider\u2019s compliance with Section 4 (Standards of conduct), including its whistleblowing policy and records, and will review ethical performance at the annual review meeting."),
        ("p", "6.4 The Provider should assist the Council to respond to requests under the Freedom of Information Act 2000 where it is reasonably able to do so."),
        ("h1", "7. Staff"),
        ("p", "7.1 Staff who transferred from the Council to the Provider in 2019 under the Transfer of Undertakings (Protection of Employment) Regulations 2006 keep their Local Government Pension Scheme membership, and the Provider will remain an admitted body for them."),
        ("h1", "8. Ending the Agreement"),
        ("p", "8.1 Either party may end this Agreement on three months\u2019 written notice."),
        ("p", "8.2 The Council may end this Agreement immediately if the Provider commits a material breach that is not remedied within 30 days of written notice."),
        ("table", [
            ["Signed for the Council", "Signed for the Provider"],
            ["Grace Adeyemi, Head of Financial Inclusion", "Tom\u00e1s Reilly, Chair of Trustees"],
            ["Date: 2 March 2026", "Date: 4 March 2026"],
        ]),
    ],
    "verdicts": [
        ("ES-01", "gap", "clause 4.1 binds only the Council's officers to the Seven Principles (wrong party)", "The Council\u2019s officers who manage this Agreement are bound by the Seven Principles of Public Life"),
        ("ES-02", "gap", "clause 4.1 is the Council's Code of Conduct for Employees (authority's own code only)", "the Council\u2019s Code of Conduct for Employees"),
        ("ES-03", "pass", "clause 4.5: the Provider shall procure that partners and sub-contractors comply with obligations equivalent to Section 4 (Standards of conduct)", "complies with obligations equivalent to those in this Section 4"),
        ("ES-04", "gap", "no training duty anywhere in the document", None),
        ("ES-05", "pass", "clause 4.4: whistleblowing policy including a route to the Council's Monitoring Officer, no detriment for good-faith concerns", "The Provider shall maintain a whistleblowing policy"),
        ("ES-06", "gap", "the Bribery Act 2010 appears only in the definition of Laws (clause 1.2)", "the Data Protection Act 2018 and the Bribery Act 2010"),
        ("ES-07", "weak", "clause 6.4: the Provider 'should' assist with FOI requests 'where it is reasonably able'", "The Provider should assist the Council to respond to requests under the Freedom of Information Act 2000"),
        ("ES-08", "pass", "clause 6.3: the Council may audit compliance with Section 4 and reviews ethical performance annually", "The Council may audit the Provider\u2019s compliance with Section 4 (Standards of conduct)"),
        ("ES-09", "weak", "clause 8.2: termination for unremedied material breach with no ethics link (8.1 is notice termination)", "if the Provider commits a material breach that is not remedied"),
        ("ES-10", "gap", "no assurance, certificate or ethics lead anywhere in the document", None),
        ("COI-01", "weak", "clause 4.2: the Provider 'should' declare conflicts; no duty to avoid", "The Provider should declare to the Council any conflict of interest"),
        ("COI-02", "gap", "no mitigation, direction or conflict-linked termination (clause 8 has none)", None),
        ("COI-03", "gap", "clause 3.2 is Gift Aid (decoy); no gifts or hospitality term", "The Provider will claim Gift Aid"),
        ("COI-04", "gap", "clause 7.1 is a TUPE pension term for transferred staff (decoy); no former-officer duty", "Staff who transferred from the Council to the Provider in 2019"),
        ("COI-05", "gap", "clause 4.3 is the Council's own register of officers' interests (buyer side only)", "The Council will record its officers\u2019 interests in the Council\u2019s register of interests"),
        ("COI-06", "gap", "no procurement-stage disclosure anywhere in the document", None),
        ("CDM-01", "pass", "clause 5.1: free, accessible, publicised complaints procedure for clients", "The Provider shall operate a complaints procedure for clients that is free, accessible"),
        ("CDM-02", "pass", "clause 6.1: quarterly return with complaints received, upheld, partially upheld and not upheld", "the number of complaints received, upheld, partially upheld and not upheld"),
        ("CDM-03", "gap", "no client satisfaction or feedback collection anywhere in the document", None),
        ("CDM-04", "pass", "clause 5.3: co-operate with the Council and the Local Government and Social Care Ombudsman and implement remedies", "The Provider shall co-operate with any investigation by the Council or the Ombudsman"),
        ("CDM-05", "pass", "clause 6.2: analysis of complaint themes and root causes with an agreed action plan", "present an analysis of complaint themes and root causes and agree an action plan"),
        ("CDM-06", "pass", "clause 5.2: acknowledge within 3 working days, respond within 15 working days, explain delay", "The Provider shall acknowledge each complaint within 3 working days"),
    ],
})

# --------------------------------------------------------------------------- d05 memorandum of understanding
DOCS.append({
    "name": "d05-mou-hate-crime-support-pathway",
    "kind": "lo-odt",
    "title": "Memorandum of Understanding: Hate Crime Victim Support Pathway",
    "instrument": "Memorandum of understanding between a police and crime commissioner and a victim support charity",
    "authority": "Office of the Police and Crime Commissioner for Glenmoor (the Commissioner)",
    "provider": "Lanternway Victim Support CIO (the Provider)",
    "shapes": "numbered paragraphs under headings with an auto-numbered list of pathway steps; nearly every duty hedged ('is expected to', 'is encouraged to', 'should'); two firm 'will' duties (3.3, 6.1); 'need not' annual statement (6.2); one-month notice termination (7.2)",
    "blocks": [
        ("title", "Memorandum of Understanding: Hate Crime Victim Support Pathway"),
        ("p", "This Memorandum of Understanding (MOU) is made on 12 February 2026 between the Police and Crime Commissioner for Glenmoor (\u201cthe Commissioner\u201d) and Lanternway Victim Support CIO, charity number 1201877 (\u201cthe Provider\u201d)."),
        ("h1", "1. Purpose"),
        ("p", "1.1 This MOU records how the Commissioner and the Provider will work together on the hate crime victim support pathway funded from the Commissioner\u2019s Victims Fund (\u00a358,000 in 2026/27). The pathway works as follows:"),
        ("ol", [
            "Glenmoor Police refers a victim who consents to referral, or the victim refers themselves.",
            "The Provider contacts the victim within two working days and agrees a support plan.",
            "The Provider gives emotional and practical support, including help with reporting and attending court, for up to six months.",
            "The Provider closes the case with the victim\u2019s agreement and records the outcome.",
        ]),
        ("h1", "2. Status"),
        ("p", "2.1 This MOU sits alongside the Commissioner\u2019s grant agreement with the Provider dated 30 January 2026 and the Information Sharing Agreement between the Provider and Glenmoor Police."),
        ("h1", "3. Values and conduct"),
        ("p", "3.1 The Provider is expected to observe the Seven Principles of Public Life in delivering the pathway."),
        ("p", "3.2 The Provider is encouraged to ensure that any organisation it works with in delivering the pathway meets equivalent standards of conduct."),
        ("p", "3.3 The Provider will maintain a whistleblowing procedure through which its staff and volunteers can raise concerns, including with the Commissioner\u2019s Chief Executive, and will not subject anyone who raises a concern in good faith to any detriment."),
        ("h1", "4. Conflicts and former staff"),
        ("p", "4.1 Where a conflict of interest arises, the Provider should take reasonable steps to manage it and discuss it with the Commissioner\u2019s office."),
        ("p", "4.2 The Provider should let the Commissioner know before employing anyone who has worked in the Commissioner\u2019s office in the previous two years."),
        ("h1", "5. Victims\u2019 voice"),
        ("p", "5.1 The Provider should have a complaints procedure for victims using the pathway."),
        ("p", "5.2 The Provider should seek feedback from victims at the end of their support and share it with the Commissioner."),
        ("h1", "6. Information"),
        ("p", "6.1 The Provider will assist the Commissioner in responding to requests under the Freedom of Information Act 2000, supplying information it holds about the pathway within five working days of being asked."),
        ("p", "6.2 The Provider need not provide an annual statement of compliance with this MOU; the Commissioner will rely on the quarterly review meetings."),
        ("h1", "7. Review and ending"),
        ("p", "7.1 The Commissioner and the Provider will review this MOU every six months at the quarterly review meeting."),
        ("p", "7.2 Either party may end this MOU by giving one month\u2019s notice in writing."),
        ("table", [
            ["For the Commissioner", "For the Provider"],
            ["Harriet Osei, Chief Executive, OPCC Glenmoor", "Sam Iqbal, Director, Lanternway Victim Support"],
        ]),
    ],
    "verdicts": [
        ("ES-01", "weak", "paragraph 3.1: the Provider 'is expected to' observe the Seven Principles", "The Provider is expected to observe the Seven Principles of Public Life"),
        ("ES-02", "gap", "no code of conduct anywhere in the document", None),
        ("ES-03", "weak", "paragraph 3.2: the Provider 'is encouraged to' ensure partner organisations meet equivalent standards", "The Provider is encouraged to ensure that any organisation it works with"),
        ("ES-04", "gap", "no training duty anywhere in the document", None),
        ("ES-05", "pass", "paragraph 3.3: the Provider will maintain a whistleblowing procedure (route to the Commissioner's Chief Executive) and not subject good-faith reporters to detriment", "The Provider will maintain a whistleblowing procedure"),
        ("ES-06", "gap", "no anti-bribery or fraud term anywhere in the document", None),
        ("ES-07", "pass", "paragraph 6.1: the Provider will assist with FOI Act requests within five working days", "The Provider will assist the Commissioner in responding to requests under the Freedom of Information Act 2000"),
        ("ES-08", "gap", "no audit or monitoring of ethical compliance (7.1 is a review of the MOU itself)", None),
        ("ES-09", "gap", "paragraph 7.2 is termination on notice by either party (convenience, no ethics link)", "Either party may end this MOU by giving one month\u2019s notice in writing."),
        ("ES-10", "gap", "paragraph 6.2: the Provider need not provide an annual statement (negation)", "The Provider need not provide an annual statement of compliance with this MOU"),
        ("COI-01", "weak", "paragraph 4.1: the Provider 'should' manage and discuss conflicts; no duty to avoid or notify", "the Provider should take reasonable steps to manage it"),
        ("COI-02", "weak", "paragraph 4.1: 'should take reasonable steps to manage' a conflict; the Commissioner has no power to direct or terminate", "the Provider should take reasonable steps to manage it"),
        ("COI-03", "gap", "no gifts or hospitality term anywhere in the document", None),
        ("COI-04", "weak", "paragraph 4.2: the Provider 'should' tell the Commissioner before employing recent former OPCC staff", "The Provider should let the Commissioner know before employing anyone who has worked in the Commissioner\u2019s office"),
        ("COI-05", "gap", "no declarations of interests or register anywhere in the document", None),
        ("COI-06", "gap", "no procurement-stage disclosure anywhere in the document", None),
        ("CDM-01", "weak", "paragraph 5.1: the Provider 'should' have a complaints procedure", "The Provider should have a complaints procedure for victims using the pathway."),
        ("CDM-02", "gap", "no complaint reporting anywhere in the document", None),
        ("CDM-03", "weak", "paragraph 5.2: the Provider 'should' seek and share victims' feedback", "The Provider should seek feedback from victims"),
        ("CDM-04", "gap", "no Ombudsman or independent escalation anywhere in the document", None),
        ("CDM-05", "gap", "no analysis of complaints or feedback anywhere in the document", None),
        ("CDM-06", "gap", "no complaint timescales; list item 2's two working days is first contact after referral, not a complaint", None),
    ],
})

# --------------------------------------------------------------------------- d06 spot purchase agreement (PDF)
DOCS.append({
    "name": "d06-spot-purchase-home-care-package",
    "kind": "lo-pdf",
    "title": "Spot Purchase Agreement: Individual Home Care Package",
    "instrument": "Spot-purchase agreement for one person's home care package, as a form of tables",
    "authority": "Cumbervale County Council, Adult Social Care (the Council)",
    "provider": "Brightside Homecare Ltd (the Provider)",
    "shapes": "Part A package details table; Part B terms as a two-column numbered table (B1-B12, cited by row number); generic 'appropriately trained' (B2); medicines code of practice (B3); flow-down naming B4 and B5 (B6); 'shall not be required to report complaints' (B12); Part C notice-only ending; signature table",
    "blocks": [
        ("title", "Spot Purchase Agreement: Individual Home Care Package"),
        ("p", "Cumbervale County Council, Adult Social Care, County Offices, Kendlebridge CV4 1RT. Agreement number SPA/2026/00917."),
        ("h1", "Part A: Package details"),
        ("table", [
            ["Person supported (reference only)", "CV-ASC-220913", "Care manager", "J. Pemberton"],
            ["Provider", "Brightside Homecare Ltd, 8 Mill Lane, Kendlebridge CV4 3NS", "CQC location ID", "1-10029384756"],
            ["Package", "14 hours a week: four calls a day (personal care, meals, medicines prompts)", "Start date", "16 February 2026"],
            ["Hourly rate", "\u00a326.40", "First review", "Six weeks after start"],
        ], {"header": False}),
        ("h1", "Part B: Terms"),
        ("table", [
            ["No.", "Term"],
            ["B1", "The Provider shall deliver the package in line with the person\u2019s support plan and shall comply with the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014 (the 2014 Regulations)."],
            ["B2", "The Provider shall ensure that care workers are appropriately trained and qualified for the tasks in the support plan."],
            ["B3", "The Provider shall follow the Council\u2019s Code of Practice for Medicines Support in Home Care."],
            ["B4", "The Provider shall not offer or give any bribe, inducement or reward in connection with this Agreement, shall keep adequate procedures to prevent bribery and fraud by its staff, and shall notify the Council immediately of any suspected fraud involving the person\u2019s money."],
            ["B5", "The Provider shall ensure that care workers do not accept gifts, money or hospitality from the person or their family, and shall record any gift offered in its gifts and hospitality register."],
            ["B6", "The Provider shall not sub-contract any visit without the Council\u2019s consent and shall procure that any sub-contractor complies with obligations equivalent to B4 and B5."],
            ["B7", "The Provider shall operate a complaints procedure that meets Regulation 16 of the 2014 Regulations and shall give the person and their family written details of it at the first visit."],
            ["B8", "The Provider shall acknowledge a complaint within 3 working days and respond in full within 20 working days."],
            ["B9", "If the person or their representative remains dissatisfied they may refer the complaint to the Local Government and Social Care Ombudsman; the Provider shall co-operate with the Ombudsman\u2019s investigation and implement any remedy recommended."],
            ["B10", "The Provider shall ask the person (or their representative) about their satisfaction with the care before each review and send the Council the completed feedback form before the review meeting."],
            ["B11", "The Provider should consider any lessons from complaints when planning the person\u2019s care."],
            ["B12", "The Provider shall not be required to report complaints about this package to the Council; the reviewing officer will ask about them at each review."],
        ]),
        ("h1", "Part C: Ending"),
        ("p", "Either party may end this Agreement on 28 days\u2019 notice. It ends automatically if the person dies or moves into residential care."),
        ("h1", "Part D: Signatures"),
        ("table", [
            ["For the Council", "For the Provider"],
            ["Name: Lorraine Hesketh, Brokerage Officer", "Name: Kieran Doyle, Registered Manager"],
            ["Date: 13 February 2026", "Date: 13 February 2026"],
        ]),
    ],
    "verdicts": [
        ("ES-01", "gap", "no Seven Principles or public-office standards anywhere in the form", None),
        ("ES-02", "gap", "Part B row B3 is a medicines code of practice (technical decoy); no code of conduct", "Code of Practice for Medicines Support in Home Care"),
        ("ES-03", "pass", "Part B row B6: the Provider shall procure that sub-contractors comply with obligations equivalent to B4 (bribery) and B5 (gifts)", "shall procure that any sub-contractor complies with obligations equivalent to B4 and B5"),
        ("ES-04", "weak", "Part B row B2: generic 'appropriately trained and qualified', no ethics training named", "appropriately trained and qualified"),
        ("ES-05", "gap", "no speaking-up route or non-retaliation anywhere in the form", None),
        ("ES-06", "pass", "Part B row B4: no bribe or inducement, adequate procedures, immediate notice of suspected fraud", "shall keep adequate procedures to prevent bribery and fraud by its staff"),
        ("ES-07", "gap", "no transparency or FOI term anywhere in the form", None),
        ("ES-08", "gap", "no audit or monitoring of ethical compliance anywhere in the form", None),
        ("ES-09", "gap", "Part C is termination on 28 days' notice or on death/move (no ethics link)", "Either party may end this Agreement on 28 days\u2019 notice."),
        ("ES-10", "gap", "no assurance or certificate anywhere in the form", None),
        ("COI-01", "gap", "no conflicts of interest term anywhere in the form", None),
        ("COI-02", "gap", "no conflict management or remedy anywhere in the form", None),
        ("COI-03", "pass", "Part B row B5: no gifts or hospitality from the person or family, offered gifts recorded in a gifts and hospitality register", "record any gift offered in its gifts and hospitality register"),
        ("COI-04", "gap", "no former officers term anywhere in the form", None),
        ("COI-05", "gap", "no declarations of interests anywhere in the form", None),
        ("COI-06", "gap", "no procurement-stage disclosure anywhere in the form", None),
        ("CDM-01", "pass", "Part B row B7: complaints procedure meeting Regulation 16 of the 2014 Regulations, details given at the first visit", "shall operate a complaints procedure that meets Regulation 16 of the 2014 Regulations"),
        ("CDM-02", "gap", "Part B row B12: the Provider shall not be required to report complaints to the Council (negation)", "The Provider shall not be required to report complaints about this package to the Council"),
        ("CDM-03", "pass", "Part B row B10: satisfaction asked before each review and the feedback form sent to the Council", "about their satisfaction with the care before each review"),
        ("CDM-04", "pass", "Part B row B9: co-operate with the Local Government and Social Care Ombudsman and implement remedies", "the Provider shall co-operate with the Ombudsman\u2019s investigation and implement any remedy recommended"),
        ("CDM-05", "weak", "Part B row B11: the Provider 'should consider' lessons from complaints", "The Provider should consider any lessons from complaints"),
        ("CDM-06", "pass", "Part B row B8: acknowledge within 3 working days, respond in full within 20 working days", "acknowledge a complaint within 3 working days and respond in full within 20 working days"),
    ],
})

# --------------------------------------------------------------------------- d07 tick-box form contract
DOCS.append({
    "name": "d07-tickbox-form-community-transport",
    "kind": "lo-odt",
    "title": "Short-Form Services Agreement (Low Value) \u2013 Form SF2",
    "instrument": "Form contract with tick boxes and blank fields (an unticked box is not an obligation)",
    "authority": "Fenmarsh District Council (the Council)",
    "provider": "Willowbank Community Transport Ltd (the Provider)",
    "shapes": "Part A details table; Part B and C obligations each with a \u2612 or \u2610 box (ticked: binding; unticked: not part of the Agreement); B7 alternative boxes with 'Not applicable' ticked; blank 'Complaints contact' and timescale fields (C2, C3); officer instruction line; notice-only ending (D1)",
    "blocks": [
        ("title", "Short-Form Services Agreement (Low Value) \u2013 Form SF2"),
        ("p", "Fenmarsh District Council, Council Offices, Sluice Road, March Fen PE15 2QT. For services under \u00a350,000. Instructions: the commissioning officer ticks each box that applies. Only ticked requirements form part of this Agreement; an unticked box does not apply."),
        ("h1", "Part A: Details"),
        ("table", [
            ["Provider", "Willowbank Community Transport Ltd (company 08811234)"],
            ["Service", "Door-to-door dial-a-ride for older and disabled residents of Fenmarsh, Monday to Saturday"],
            ["Term", "1 April 2026 to 31 March 2027"],
            ["Price", "\u00a338,000, paid quarterly in arrears"],
            ["Council contact", "Rhys Gallagher, Community Transport Officer"],
        ], {"header": False}),
        ("h1", "Part B: Standards"),
        ("table", [
            ["B1", "\u2612 The Provider must comply with the Seven Principles of Public Life, and ensure that its drivers and staff do so, in delivering the Service."],
            ["B2", "\u2612 The Provider must ensure that all drivers and staff complete training on the Council\u2019s Supplier Code of Conduct, conflicts of interest and whistleblowing at induction and every year, and must keep records of the training."],
            ["B3", "\u2610 The Provider must notify the Council promptly of any actual or potential conflict of interest and take steps to avoid it."],
            ["B4", "\u2610 The Provider must maintain a register of gifts and hospitality offered to its staff and must not offer gifts or hospitality to Council officers."],
            ["B5", "\u2612 The Provider must tell the Council before engaging on the Service any person who was employed by the Council in the previous two years, and must ensure that person does not use confidential information gained in their Council role."],
            ["B6", "\u2612 The Provider must give the Council, at the start of this Agreement and every year on its anniversary, a statement signed by a director confirming that it has complied with the standards in this Part B and has arrangements in place to uphold them."],
            ["B7", "Sub-contracting: \u2610 The Provider must impose obligations equivalent to this Part B on each sub-contractor. \u2612 Not applicable: sub-contracting is not permitted."],
        ], {"header": False}),
        ("h1", "Part C: Passenger complaints"),
        ("table", [
            ["C1", "\u2612 The Provider must operate a complaints procedure for passengers and publicise it in every vehicle and on its booking line."],
            ["C2", "Complaints contact: ________________________"],
            ["C3", "The Provider must acknowledge complaints within ____ working days and respond within ____ working days."],
            ["C4", "\u2610 The Provider must co-operate with the Local Government and Social Care Ombudsman in any investigation of a complaint about the Service."],
        ], {"header": False}),
        ("h1", "Part D: Ending"),
        ("p", "D1 The Council may end this Agreement at any time on one month\u2019s written notice."),
        ("table", [
            ["Signed for the Council: ____________________", "Signed for the Provider: ____________________"],
            ["Date: ____________", "Date: ____________"],
        ], {"header": False}),
    ],
    "verdicts": [
        ("ES-01", "pass", "Part B box B1 (ticked): the Provider must comply with the Seven Principles of Public Life, drivers and staff too", "\u2612 The Provider must comply with the Seven Principles of Public Life"),
        ("ES-02", "gap", "the Supplier Code of Conduct appears only as a training topic in box B2; no duty to comply with a code", None),
        ("ES-03", "gap", "box B7: the flow-down box is unticked and 'Not applicable' is ticked (disabled)", "\u2612 Not applicable: sub-contracting is not permitted."),
        ("ES-04", "pass", "Part B box B2 (ticked): training on the code, conflicts and whistleblowing at induction and yearly, with records", "complete training on the Council\u2019s Supplier Code of Conduct, conflicts of interest and whistleblowing at induction and every year"),
        ("ES-05", "gap", "whistleblowing appears only as a training topic in box B2; no speaking-up route or non-retaliation", None),
        ("ES-06", "gap", "no anti-bribery or fraud term anywhere in the form", None),
        ("ES-07", "gap", "no transparency or FOI term anywhere in the form", None),
        ("ES-08", "gap", "no audit or monitoring right anywhere in the form", None),
        ("ES-09", "gap", "Part D clause D1 is termination at any time on notice (convenience, no ethics link)", "The Council may end this Agreement at any time on one month\u2019s written notice."),
        ("ES-10", "pass", "Part B box B6 (ticked): director-signed statement at the start and yearly on compliance with Part B and arrangements to uphold it", "a statement signed by a director confirming that it has complied with the standards in this Part B and has arrangements in place to uphold them"),
        ("COI-01", "gap", "box B3 is unticked, so the conflicts duty is not part of the Agreement", "\u2610 The Provider must notify the Council promptly of any actual or potential conflict of interest"),
        ("COI-02", "gap", "box B3 unticked; no conflict management or remedy anywhere in the form", None),
        ("COI-03", "gap", "box B4 is unticked, so the gifts and hospitality duty does not apply", "\u2610 The Provider must maintain a register of gifts and hospitality"),
        ("COI-04", "pass", "Part B box B5 (ticked): tell the Council before engaging anyone employed by the Council in the previous two years; no use of confidential information", "\u2612 The Provider must tell the Council before engaging on the Service any person who was employed by the Council in the previous two years"),
        ("COI-05", "gap", "no declarations of interests or register anywhere in the form", None),
        ("COI-06", "gap", "no procurement-stage disclosure anywhere in the form", None),
        ("CDM-01", "pass", "Part C box C1 (ticked): complaints procedure for passengers, publicised in vehicles and on the booking line (the C2 contact field is blank)", "\u2612 The Provider must operate a complaints procedure for passengers"),
        ("CDM-02", "gap", "no complaint reporting anywhere in the form", None),
        ("CDM-03", "gap", "no passenger satisfaction or feedback anywhere in the form", None),
        ("CDM-04", "gap", "box C4 is unticked, so the Ombudsman co-operation duty does not apply", "\u2610 The Provider must co-operate with the Local Government and Social Care Ombudsman"),
        ("CDM-05", "gap", "no analysis of complaints anywhere in the form", None),
        ("CDM-06", "gap", "field C3: the acknowledgement and response periods are blank ('____ working days'), so no timescale is fixed", "acknowledge complaints within ____ working days"),
    ],
})

# --------------------------------------------------------------------------- d08 one-page terms summary (PDF)
DOCS.append({
    "name": "d08-terms-summary-community-meals",
    "kind": "lo-pdf",
    "title": "Key Terms Summary (Schedule 0): Community Meals Service",
    "instrument": "One-page terms summary with a table of obligations by party",
    "authority": "Ravensholt Borough Council (the Council)",
    "provider": "Hearth and Table CIC (the Provider)",
    "shapes": "contract details table; obligations table with 'The Council will' and 'The Provider will' columns bound by a lead-in (judgement call); Seven Principles only in the Council column; incidents-only reporting; staff survey; notice-only ending; precedence footnote",
    "blocks": [
        ("title", "Key Terms Summary (Schedule 0): Community Meals Service"),
        ("table", [
            ["Contract", "RBC/ASC/2026/05 Community Meals Service", "Term", "1 April 2026 to 31 March 2029"],
            ["Council", "Ravensholt Borough Council", "Provider", "Hearth and Table CIC (company 12900451)"],
            ["Value", "\u00a3410,000 over the term", "Service", "Hot and frozen meals delivered to about 260 residents a week"],
        ], {"header": False}),
        ("p", "This summary forms Schedule 0 of the Contract. Each party shall do what is set out against it in its column of the table below."),
        ("table", [
            ["Topic", "The Council will", "The Provider will"],
            ["Conduct", "ensure that its officers observe the Seven Principles of Public Life", "\u2013"],
            ["Fraud and bribery", "investigate referrals under its Counter Fraud Policy", "not offer or accept bribes or inducements; keep adequate anti-fraud and anti-bribery procedures; tell the Council at once of any suspected fraud"],
            ["Speaking up", "provide a confidential reporting line", "keep a whistleblowing policy and protect staff who raise concerns in good faith from any detriment"],
            ["Interests", "keep its officers\u2019 declarations", "keep a register of interests of its directors and kitchen managers, collect an annual declaration (or nil return) from each, and send the register to the Council on request"],
            ["Award", "\u2013", "is encouraged to tell the Council of any links with the evaluation panel"],
            ["Complaints", "review complaints escalated to it", "analyse complaints each quarter for themes and root causes and agree an action plan with the Council for any theme that recurs"],
            ["Ombudsman", "respond to the Local Government and Social Care Ombudsman", "use reasonable endeavours to assist any Ombudsman investigation"],
            ["Reporting", "\u2013", "report safety incidents (falls found on delivery, food hygiene) within 24 hours"],
            ["Surveys", "publish its residents\u2019 survey results", "run an annual staff survey and share the headline results"],
            ["Ending", "may end the Contract on 3 months\u2019 notice for any reason", "may end the Contract on 6 months\u2019 notice"],
        ]),
        ("small", "Where this summary and the Contract conflict, the Contract prevails."),
    ],
    "verdicts": [
        ("ES-01", "gap", "table row 'Conduct': the Seven Principles bind only the Council's officers (Council column); the Provider column is blank (wrong party)", "ensure that its officers observe the Seven Principles of Public Life"),
        ("ES-02", "gap", "no code of conduct anywhere in the summary", None),
        ("ES-03", "gap", "no sub-contracting or flow-down anywhere in the summary", None),
        ("ES-04", "gap", "no training anywhere in the summary", None),
        ("ES-05", "pass", "table row 'Speaking up', Provider column: whistleblowing policy and no detriment for good-faith concerns (column bound by the lead-in: judgement call)", "keep a whistleblowing policy and protect staff who raise concerns in good faith from any detriment"),
        ("ES-06", "pass", "table row 'Fraud and bribery', Provider column: no bribes, adequate procedures, tell the Council at once", "not offer or accept bribes or inducements; keep adequate anti-fraud and anti-bribery procedures"),
        ("ES-07", "gap", "no transparency or FOI term anywhere in the summary", None),
        ("ES-08", "gap", "no audit or monitoring right anywhere in the summary", None),
        ("ES-09", "gap", "table row 'Ending': notice termination for any reason (no ethics link)", "may end the Contract on 3 months\u2019 notice for any reason"),
        ("ES-10", "gap", "no assurance or certificate anywhere in the summary", None),
        ("COI-01", "gap", "no conflicts of interest duty; the footnote 'conflict' is summary-versus-Contract precedence (decoy)", "Where this summary and the Contract conflict, the Contract prevails."),
        ("COI-02", "gap", "no conflict management; row 'Ending' is termination for any reason (no conflict link)", None),
        ("COI-03", "gap", "no gifts or hospitality anywhere in the summary", None),
        ("COI-04", "gap", "no former officers term anywhere in the summary", None),
        ("COI-05", "pass", "table row 'Interests', Provider column: register of directors' and kitchen managers' interests, annual declarations or nil returns, sent on request", "collect an annual declaration (or nil return) from each"),
        ("COI-06", "weak", "table row 'Award', Provider column: 'is encouraged to' tell the Council of links with the evaluation panel", "is encouraged to tell the Council of any links with the evaluation panel"),
        ("CDM-01", "gap", "no complaints procedure duty (row 'Complaints' is analysis only)", None),
        ("CDM-02", "gap", "table row 'Reporting': safety incidents only, no complaint data (decoy)", "report safety incidents"),
        ("CDM-03", "gap", "table row 'Surveys': the Provider runs a staff survey only (decoy); the residents' survey is the Council's", "run an annual staff survey"),
        ("CDM-04", "weak", "table row 'Ombudsman', Provider column: 'reasonable endeavours' to assist the Ombudsman", "use reasonable endeavours to assist any Ombudsman investigation"),
        ("CDM-05", "pass", "table row 'Complaints', Provider column: quarterly analysis of themes and root causes with an agreed action plan", "analyse complaints each quarter for themes and root causes"),
        ("CDM-06", "gap", "no complaint timescales; row 'Reporting' 24 hours is incident reporting", None),
    ],
})

# --------------------------------------------------------------------------- d09 variation letter (Markdown)
D09 = """\
**Cardale City Council**
Adult Social Care Commissioning, Civic Centre, Cardale CD1 1AF

Ms Nisha Patel, Managing Director
Meadowside Supported Living Ltd
14 Orchard Walk, Cardale CD6 2PQ

Our ref: CCC/SL/2023/07/V2
Date: 16 February 2026

Dear Ms Patel

# Contract for Supported Living Services dated 3 April 2023: Variation No. 2

Following the contract review meeting on 20 January 2026, Cardale City Council (the **Council**) and Meadowside Supported Living Ltd (the **Provider**) have agreed to vary the contract named above (the **Contract**) as set out in this letter with effect from 1 March 2026. Words defined in the Contract have the same meaning in this letter.

## 1. New clause 18A

The following clause is inserted after clause 18 (Staff):

> **18A. Conflicts of interest**
>
> 18A.1 The Provider shall ensure that neither it nor any of its Staff is placed in a position where there is or may be an actual, potential or perceived conflict of interest in delivering the Services, and shall notify the Council in writing within 5 Working Days of becoming aware of any such conflict, with its proposals to manage it.
>
> 18A.2 The Provider shall take such steps as the Council directs to manage or remove any conflict and shall keep the Council informed of the outcome.
>
> 18A.3 The Provider shall keep a register of interests of its directors and of Staff who make decisions about tenancies or purchasing under the Contract, shall obtain a declaration (or nil return) from each of them on appointment and every year, and shall give a copy of the register to the Council on request.
>
> 18A.4 The Provider shall notify the Council before engaging, in connection with the Contract, any person who was employed by the Council in the previous two years in a role involving the commissioning or monitoring of supported living, and shall ensure that person complies with any conditions attached to their appointment.
>
> 18A.5 The Council may audit the Provider's compliance with this clause 18A, including its register of interests, on 10 Working Days' notice.

## 2. Clause 24

Clause 24 (Whistleblowing) is deleted and replaced with:

> 24. [Deleted]

## 3. Clause 31.4

Clause 31.4 is deleted and replaced with:

> 31.4 The Provider shall provide the Council with details of complaints received about the Services on request.

## 4. Schedule 2 (Price)

The hourly rate in paragraph 2.1 of Schedule 2 is increased from £23.40 to £24.10 for hours delivered on or after 1 April 2026.

Except as set out above, the Contract continues in full force and effect. Please sign and return one copy of this letter to confirm the Provider's agreement.

Yours sincerely

*Owen Bryce*
Head of Commissioning, Cardale City Council

| Agreed for the Provider | |
|---|---|
| Signature | |
| Name | Nisha Patel |
| Date | |
"""

DOCS.append({
    "name": "d09-variation-letter-supported-living",
    "kind": "md",
    "title": "Variation No. 2",
    "text": D09,
    "instrument": "Letter varying an existing contract (new clause inserted, one clause deleted, one replaced)",
    "authority": "Cardale City Council (the Council)",
    "provider": "Meadowside Supported Living Ltd (the Provider)",
    "shapes": "Markdown letter: bold defined terms, variation items as ## headings, inserted clause text in block quotes (18A.1-18A.5), '[Deleted]' clause 24, replacement clause 31.4 with 'on request', price change, signature pipe table",
    "verdicts": [
        ("ES-01", "gap", "the letter varies nothing on the Seven Principles; no such term anywhere in the letter", None),
        ("ES-02", "gap", "no code of conduct anywhere in the letter", None),
        ("ES-03", "gap", "no flow-down anywhere in the letter", None),
        ("ES-04", "gap", "no training anywhere in the letter", None),
        ("ES-05", "gap", "variation item 2: clause 24 (Whistleblowing) is deleted and replaced with '[Deleted]'", "Clause 24 (Whistleblowing) is deleted"),
        ("ES-06", "gap", "no anti-bribery term anywhere in the letter", None),
        ("ES-07", "gap", "no transparency or FOI term anywhere in the letter", None),
        ("ES-08", "pass", "new clause 18A.5: the Council may audit compliance with clause 18A (conflicts) including the register of interests", "The Council may audit the Provider's compliance with this clause 18A"),
        ("ES-09", "gap", "no remedy, staff removal or termination for ethical breach anywhere in the letter (new clause 18A.2 is conflict mitigation only, with no termination)", None),
        ("ES-10", "gap", "no assurance or certificate anywhere in the letter", None),
        ("COI-01", "pass", "new clause 18A.1: the Provider shall ensure no actual, potential or perceived conflict and notify within 5 Working Days", "shall notify the Council in writing within 5 Working Days of becoming aware of any such conflict"),
        ("COI-02", "pass", "new clause 18A.2: the Provider shall take the steps the Council directs to manage or remove any conflict", "The Provider shall take such steps as the Council directs to manage or remove any conflict"),
        ("COI-03", "gap", "no gifts or hospitality term anywhere in the letter", None),
        ("COI-04", "pass", "new clause 18A.4: notify before engaging anyone employed by the Council in the previous two years in commissioning or monitoring; conditions respected", "any person who was employed by the Council in the previous two years"),
        ("COI-05", "pass", "new clause 18A.3: register of interests of directors and decision-making Staff, declarations or nil returns yearly, copy on request", "shall obtain a declaration (or nil return) from each of them on appointment and every year"),
        ("COI-06", "gap", "no procurement-stage disclosure anywhere in the letter", None),
        ("CDM-01", "gap", "no complaints procedure term anywhere in the letter (31.4 is reporting)", None),
        ("CDM-02", "weak", "replacement clause 31.4: complaint details only 'on request'", "The Provider shall provide the Council with details of complaints received about the Services on request."),
        ("CDM-03", "gap", "no satisfaction or feedback anywhere in the letter", None),
        ("CDM-04", "gap", "no Ombudsman term anywhere in the letter", None),
        ("CDM-05", "gap", "no analysis of complaints anywhere in the letter", None),
        ("CDM-06", "gap", "no complaint timescales; the 5 Working Days in new clause 18A.1 is conflict notice", None),
    ],
})

# --------------------------------------------------------------------------- d10 award confirmation email (text)
D10 = """\
From: Procurement Team <procurement@ardenshire.gov.uk>
To: bids@clearpathcounselling.co.uk
Cc: commissioning.adults@ardenshire.gov.uk
Date: Mon, 9 Feb 2026 10:14:52 +0000
Subject: Contract award confirmation - ASH/2026/017 Bereavement Counselling Service

Dear Clearpath team,

AWARD OF CONTRACT: BEREAVEMENT COUNSELLING SERVICE (ASH/2026/017)

I am pleased to confirm that, following the standstill period which ended
on 6 February 2026, Ardenshire County Council has awarded the above
contract to Clearpath Counselling Ltd (the Supplier). The contract will
run from 1 April 2026 to 31 March 2029 at the prices in your tender
(GBP 187,500 in total).

Before the contract starts, please note these conditions of award, which
will be written into the contract:

  1. As you confirmed in your tender declaration, you have disclosed to
     us any relationship with any person involved in evaluating the
     bids, and you must tell us straight away if any new relationship
     of that kind arises during the contract.

  2. You must send us a quarterly KPI return within 10 working days of
     each quarter end, including the number of complaints received from
     clients, how many were upheld, and the average time taken to
     respond.

  3. The Council expects all its suppliers to meet the standards in its
     Supplier Code of Conduct.

  4. We expect you not to offer gifts or hospitality to officers
     involved in managing the contract.

  5. You should send us an annual statement, signed by a director,
     confirming that you have complied with the Supplier Code of
     Conduct.

The contract documents will follow by DocuSign within the next week. If
you have any queries about this award, please reply to this email; we
aim to reply to supplier queries within 5 working days.

Kind regards,

Bethan Lloyd
Senior Procurement Officer
Ardenshire County Council
County Hall, Ardenbury AR1 1CH

--
This email and any attachments are confidential and intended solely for
the addressee. If you have received it in error, please tell the sender
and delete it.
"""

DOCS.append({
    "name": "d10-award-confirmation-email",
    "kind": "txt",
    "title": "Contract award confirmation",
    "text": D10,
    "instrument": "Plain-text email confirming a contract award, with numbered conditions of award",
    "authority": "Ardenshire County Council",
    "provider": "Clearpath Counselling Ltd (the Supplier, 'you')",
    "shapes": "email headers, hard-wrapped body, indented numbered conditions 1-5, signature block and confidentiality footer; hedged 'expects' and 'should' conditions; supplier-query reply time",
    "verdicts": [
        ("ES-01", "gap", "no Seven Principles anywhere in the email", None),
        ("ES-02", "weak", "condition 3: the Council 'expects' suppliers to meet its Supplier Code of Conduct", "The Council expects all its suppliers to meet the standards in its Supplier Code of Conduct."),
        ("ES-03", "gap", "no sub-contractor flow-down anywhere in the email", None),
        ("ES-04", "gap", "no training anywhere in the email", None),
        ("ES-05", "gap", "no speaking-up route anywhere in the email", None),
        ("ES-06", "gap", "no anti-bribery or fraud term anywhere in the email", None),
        ("ES-07", "gap", "no FOI term; the footer is email confidentiality only", None),
        ("ES-08", "gap", "no audit or monitoring right anywhere in the email", None),
        ("ES-09", "gap", "no remedies or termination anywhere in the email", None),
        ("ES-10", "weak", "condition 5: the Supplier 'should' send an annual director-signed statement (permissive)", "You should send us an annual statement, signed by a director"),
        ("COI-01", "gap", "no conflicts of interest duty beyond condition 1's award-stage disclosure", None),
        ("COI-02", "gap", "no conflict management or remedy anywhere in the email", None),
        ("COI-03", "weak", "condition 4: 'We expect you not to offer gifts or hospitality'", "We expect you not to offer gifts or hospitality"),
        ("COI-04", "gap", "no former officers term anywhere in the email", None),
        ("COI-05", "gap", "no declarations of interests register anywhere in the email", None),
        ("COI-06", "pass", "condition 1: you have disclosed relationships with anyone evaluating the bids and must tell us of new ones", "you have disclosed to us any relationship with any person involved in evaluating the bids"),
        ("CDM-01", "gap", "no complaints procedure duty anywhere in the email", None),
        ("CDM-02", "pass", "condition 2: quarterly KPI return with complaints received, upheld and response time", "You must send us a quarterly KPI return"),
        ("CDM-03", "gap", "no satisfaction or feedback anywhere in the email", None),
        ("CDM-04", "gap", "no Ombudsman term anywhere in the email", None),
        ("CDM-05", "gap", "no analysis of complaints anywhere in the email", None),
        ("CDM-06", "gap", "no complaint timescales; the 5 working days in the closing paragraph is the Council's reply to supplier queries (decoy)", "we aim to reply to supplier queries within 5 working days"),
    ],
})

README = """
# Blind set 26: short instruments and forms

Ten short fictional documents (one to four pages, 240-760 words) of the kind commissioners sign
besides full contracts: a purchase order with conditions on the reverse, a grant offer letter, a
call-off order form that incorporates framework terms, a service level agreement, a memorandum of
understanding, a spot-purchase agreement for one care package, a tick-box form contract with blank
fields, a one-page terms summary with a table of obligations by party, a variation letter and an
award confirmation email. All authorities, providers, people and references are invented; the
statutes, regulations and ombudsmen named are real. Most rules are gaps, as they are in short
documents; the passes are short and written to meet the catalogue's wording.

## How it was written

The verdict matrix (22 rules x 10 documents) was fixed first from `../shared/rule-catalogue.md`
(sections 1 and 2, incl. the global decoys of 1.3), with at least two passes and two non-passes per
rule, then each document drafted to it. Non-passes include negations ('need not provide', 'shall not
be required to report'), disabled text ('Not applicable' rows and boxes, '[Deleted]'), unticked boxes,
blank fields, decoys (document-precedence 'conflict', Gift Aid, TUPE pension term, non-solicitation,
exclusion-ground confirmation, medicines code of practice, financial-only audit and grant certificate,
mediation, incident-only reporting, staff survey, the authority's own complaint and query timescales,
the Bribery Act only in a 'Laws' definition), wrong-party duties (the authority's officers bound by
the Seven Principles, its own interests register and code, its own confidentiality) and hedges
('expects', 'is expected to', 'is encouraged to', 'should', 'should consider', 'may wish to',
'will aim to', 'reasonable endeavours', 'on request'). Each `.expected` line names the clause, row,
box or paragraph; the builder also holds, for every pass and weak verdict (and for most decoys), the
quoted evidence and checks that it is found in the text extracted from the produced file.

## What was read (blindness)

Read: `../shared/rule-catalogue.md` (all of it), `../shared/design-notes.md` (opening
sections), the repository `README.md` (opening sections), `fixtures/blind/set22/README.md`, one set-22
`.expected` file (c05) for the format, `scripts/make-blind-set22.py` (zip rewriting, rsid and date
fixes and the checks were copied and adapted), and the list of sets at the end of
`fixtures/blind/README.md`. No probity source, rule pack, test, doc, other fixture or other set's
texts were opened; cargo and probity were not run; git history was not looked at.

## How it is rebuilt

`python3 scripts/make-blind-set26.py` from the repository root (texts and verdicts in
`scripts/blind_set26_contracts.py`). It deletes and rebuilds this folder and exits non-zero if a check
fails. DOCX, ODT and PDF are made by LibreOffice (`soffice --headless --infilter="HTML (StarWriter)"
--convert-to ...` with a private profile `/tmp/lo26`) from generated HTML with real tables and `<ol>`
list numbering; the Markdown and the email text are written as they are. Only volatile parts are then
fixed: zip member timestamps (1980-01-01), meta dates, rsids renumbered in order of first use, PDF
CreationDate, trailer /ID and /DocChecksum (same-length replacements). Two consecutive runs gave byte-identical
files. Checks: 22 well-formed `RULE pass|weak|gap  # why` lines in rule order per document, each
citing where it looks; every document converts (files present, XML members parse, ODT mimetype first
and stored); every paragraph, list item and cell is in the extracted DOCX/ODT text (for PDF: every word
is in the `pdftotext` output, 1-4 pages); every evidence quote is found in the produced file's text;
per rule at least 2 passes and 2 non-passes; at least 5 DOCX/ODT, 2 PDF and 2 Markdown/text; 10-12
documents.

## Judgement calls

* **Incorporation by reference (ES-02, d01 condition 6 and d03 row 'Supplier Code of Conduct'):**
  'The Supplier shall comply with the Council's Supplier Code of Conduct' is a pass: the catalogue
  names 'the authority's supplier code' as a satisfying code, and the sentence has the provider and
  an obligation cue. The code's own contents are not in the document and are not counted for any other
  rule (d03's conflicts, gifts or speaking-up rules are not passed through the code).
* **Framework clause by reference (COI-01/COI-02, d03 row 'Conflicts of Interest'):** 'Clause 32
  (Conflicts of Interest) of the Framework Call-Off Terms applies' is a gap: the topic is named but no
  provider duty (party + cue) is stated in the document; the framework text is not part of the set.
* **Tick boxes (d07):** a ticked box (\u2612) with 'The Provider must ...' is binding; an unticked
  box (\u2610) is not an obligation (gap), as the form's instruction line says; in B7 the ticked 'Not
  applicable' disables the flow-down box. The blank 'Complaints contact' field (C2) does not undo the
  ticked complaints procedure in C1 (CDM-01 pass), but the blank '____ working days' fields in C3
  leave no timescale (CDM-06 gap).
* **Table columns (d08):** cells under 'The Provider will' bind the Provider because the lead-in says
  'Each party shall do what is set out against it in its column'; cells under 'The Council will' are
  wrong party. The Council-column Seven Principles row is a gap for ES-01.
* **Topics named only as training subjects (d03, d07):** anti-bribery (d03), the Supplier Code of
  Conduct and whistleblowing (d07) named only as training topics do not satisfy ES-06, ES-02 or ES-05.
* **d05 paragraph 4.1** ('should take reasonable steps to manage it and discuss it'): weak for both
  COI-01 and COI-02 (permissive; neither avoidance nor a firm notice duty).
* **d09 variation letter:** verdicts are for the letter's own text; the unvaried clauses of the
  underlying contract are not in the document. Clause 24 '[Deleted]' is the ES-05 gap. New clause
  18A.5 (audit of the conflicts clause and register of interests) is read as an audit of ethical
  compliance (ES-08 pass).
* **d10 condition 5** ('You should send us an annual statement ... confirming that you have complied
  with the Supplier Code of Conduct'): weak (permissive), not the catalogue's 'may provide' decoy.
* **d06 row B6** flow-down of 'obligations equivalent to B4 and B5' counts as an ethical flow-down
  because B4 and B5 are the bribery and gifts terms (ES-03 pass).
* **d04 clause 4.5** flow-down of Section 4 (Standards of conduct) is an ES-03 pass even though
  Section 4's own conflicts duty is only 'should'.
* **Keeping COI-02 and ES-09 apart:** where ES-09 is not a pass (d09, d04, d05, d06, d07, d08, d10),
  no termination is tied to a conflict of interest, so an unmanageable-conflict termination cannot be
  read as a remedy for ethical breach; d02 has both passes (7.1 names conditions 4 and 5).
"""
