"""Blind set 15: contract texts and expected verdicts, as data.

Used by scripts/make-blind-set15.py. All parties, people, addresses and reference numbers are
invented; statutes, regulators and ombudsmen named in the texts are real references.

Block kinds (tuples):
  ("title", text)                 document title
  ("h", text)                     unnumbered heading
  ("n", level, number, inline[, opts])
                                  numbered paragraph; level 0 = clause heading "1.", 1 = "1.1",
                                  2 = "1.1.1", 3 = "(a)", 4 = "(i)"; number is what a reader sees
                                  (auto-numbered in DOCX/ODT, typed in text formats)
  ("p", inline[, opts])           body paragraph
  ("table", rows)                 first row is the header row
  ("box", [paragraphs])           text box (DOCX) or text frame (ODF) carrying contract text
  ("cmt", text, who)              reviewer comment in a text format (Markdown HTML comment,
                                  bracketed note in plain text) - not contract text
Inline: a string or a list of strings and
  ("ins", text) tracked insertion (counts)      ("del", text) tracked deletion (does not count)
  ("fn", text) footnote (contract text)         ("c", comment, anchor) comment on anchor text
  ("ref", bookmark, shown, "simple"|"complex")  cross-reference field showing a clause number
opts: {"bm": bookmark on the paragraph, "comment": paragraph comment, "del": True (whole
paragraph deleted), "author": reviewer}.
In DOCX-hand text, U+00A6 marks a run boundary and U+2039/U+203A a proofing-error range;
other builders drop them. U+00AD soft hyphen, U+00A0 no-break space and U+2011 no-break hyphen
are kept as the producer would.
"""

RULES = ["ES-%02d" % i for i in range(1, 11)] + ["COI-%02d" % i for i in range(1, 7)] + ["CDM-%02d" % i for i in range(1, 7)]

SH = "\u00ad"   # soft hyphen
NB = "\u00a0"   # no-break space
NH = "\u2011"   # no-break hyphen
B = "\u00a6"    # DOCX run boundary


def N(level, num, inl, **o):
    return ("n", level, num, inl, o) if o else ("n", level, num, inl)


def P(inl, **o):
    return ("p", inl, o) if o else ("p", inl)


def H(text):
    return ("h", text)


def TITLE(text):
    return ("title", text)


def TABLE(rows):
    return ("table", rows)


def BOX(paras):
    return ("box", paras)


def CMT(text, who):
    return ("cmt", text, who)


def INS(t):
    return ("ins", t)


def DEL(t):
    return ("del", t)


def FN(t):
    return ("fn", t)


def REF(bm, shown, form="simple"):
    return ("ref", bm, shown, form)


def C(comment, anchor):
    return ("c", comment, anchor)


def V(text):
    """Expected verdicts: 22 lines 'RULE verdict  # why' in RULES order."""
    lines = [x.strip() for x in text.strip().splitlines() if x.strip()]
    assert [x.split()[0] for x in lines] == RULES, [x.split()[0] for x in lines]
    return "\n".join(lines) + "\n"


CONTRACTS = []

# ============================================================================ 1
CONTRACTS.append(dict(
    file="social-prescribing-link-workers.docx",
    build="docx-hand",
    title="Sub-Contract for Social Prescribing Link Worker Services",
    subject="social prescribing link workers for a primary care network",
    jurisdiction="England",
    doctype="NHS sub-contract",
    parties="Commissioner (PCN lead practice) / Provider (CIC)",
    author="Priya Natarajan",
    exercises="split runs and NBSP/soft hyphen/no-break hyphen in key words; inserted flow-down clause; "
              "tracked deletion of the whole text of the only anti-bribery clause; should-aim-to -> shall insertion; "
              "comments proposing gifts register and ethics statement; COI-02 in a footnote; ES-04 in a text box; "
              "reporting table; REF fields; TUPE and CEDR decoys",
    blocks=[
        TITLE("Sub-Contract for Social Prescribing Link Worker Services"),
        P("Contract reference: WPCN" + NH + "SP" + NH + "2025" + NH + "014\tVersion 3 (tracked) \u2013 for signature"),
        H("Parties"),
        P("This Sub-Contract is dated 1 May 2025 and is made between:"),
        P("(1)\tWEALDMOOR PRIMARY CARE NETWORK, acting through its nominated lead practice, Castle Lane Surgery, "
          "4 Castle Lane, Wealdmoor WD3 7PQ (the \u201cCommissioner\u201d); and"),
        P("(2)\t\u2039BRIGHTWELL\u203a CONNECT CIC, a community interest company registered in England and Wales under "
          "number 11847302, whose registered office is at Unit 6, Tanyard Yard, Wealdmoor WD1 2HF (the \u201cProvider\u201d)."),
        H("Background"),
        P("(A) The Commissioner receives funding under the Additional Roles Reimbursement Scheme and wishes to make "
          "social prescribing available to patients registered with its eight member practices."),
        P("(B) The Provider was selected following a competitive quotation exercise run by the Commissioner in "
          "January 2025 and will employ the link workers who deliver the Services."),
        N(0, "1.", "Definitions and interpretation"),
        N(1, "1.1", "In this Sub-Contract: \u201cService User\u201d means a patient referred to the Services; "
                    "\u201cStaff\u201d means all persons employed or engaged by the Provider in delivering the Services, "
                    "including volunteers; \u201cSub-contractor\u201d means any person to whom the Provider sub-contracts "
                    "any part of the Services; and \u201cWorking Day\u201d means a day other than a Saturday, Sunday or "
                    "public holiday in England."),
        N(1, "1.2", "If there is any conflict or inconsistency between the clauses and the Schedules, the clauses prevail."),
        N(0, "2.", "Term"),
        N(1, "2.1", "This Sub-Contract starts on 1 May 2025 and continues for 24 months unless terminated earlier under clause 14."),
        N(0, "3.", "The Services"),
        N(1, "3.1", "The Provider shall deliver a social prescribing service across the member practices of the "
                    "Commissioner, under which link workers:"),
        N(3, "(a)", "receive referrals from GPs, practice nurses, pharmacists and other clinicians;"),
        N(3, "(b)", "meet each Service User, in person or by telephone, within 10 Working Days of referral to agree a "
                    "personalised support plan;"),
        N(3, "(c)", "connect Service Users with community groups, voluntary organisations and statutory services, "
                    "and follow up each connection at least once; and"),
        N(3, "(d)", "record each contact in the clinical system used by the relevant practice."),
        N(1, "3.2", "The Provider shall employ not fewer than 6.0 whole-time-equivalent link workers throughout the Term."),
        N(1, "3.3", "Each link worker shall be based at a named member practice and shall have access to a private "
                    "room on at least three days each week, which the Commissioner shall provide."),
        N(0, "4.", "Staff"),
        N(1, "4.1", "The Provider shall ensure that all Staff hold an enhanced DBS certificate before working with "
                    "Service Users and that each link worker completes the NHS England social prescribing link worker "
                    "online learning within three months of starting."),
        N(1, "4.2", "The Provider is encouraged to adopt a code of conduct for link workers and volunteers, drawing "
                    "on the guidance published by the Personalised Care Institute."),
        BOX(["Induction checklist \u2013 this box forms part of clause 4",
             "The Provider shall ensure that every member of Staff completes induction training before first contact "
             "with a Service User, and refresher training every year, on the Seven" + NB + "Principles of Public Life, "
             "conflicts of interest and speaking up, and shall keep training records which it shall make available to "
             "the Commissioner on request."]),
        N(1, "4.3", "The Provider shall give each link worker monthly clinical supervision with a named GP and "
                    "monthly line management supervision."),
        N(0, "5.", "Safeguarding"),
        N(1, "5.1", "The Provider shall comply with the policies of the Wealdmoor Safeguarding Adults Board and the "
                    "Wealdmoor Safeguarding Children Partnership, and shall report any safeguarding concern about a "
                    "Service User to the relevant practice\u2019s safeguarding lead on the same Working Day."),
        N(0, "6.", "Information and records"),
        N(1, "6.1", "The Provider shall keep accurate records of each Service User\u2019s support plan and shall protect "
                    "the confidentiality and integrity of those records in accordance with the UK GDPR."),
        N(1, "6.2", "The Provider acknowledges that Castle Lane Surgery is subject to the Freedom of Information Act "
                    "2000 and shall provide all information and assistance the Commissioner reasonably requests to "
                    "respond to a request for information within 5 Working Days of being asked."),
        N(0, "7.", "Reporting and performance"),
        N(1, "7.1", "The Provider shall submit the reports in the table below to the Commissioner by the dates shown."),
        TABLE([["Report", "Content", "Due"],
               ["Monthly activity return", "Referrals received, first contacts, caseload and waiting times by practice",
                "By the 10th Working Day of each month"],
               ["Quarterly quality report", "Number of complaints received, upheld and not upheld, and the time taken to "
                "respond; Service User feedback results under clause 7.2", "Within 15 Working Days of each quarter end"],
               ["Annual report", "Outcomes achieved, case studies and ONS4 wellbeing scores for Service Users",
                "By 30 June each year"]]),
        N(1, "7.2", "The Provider shall ask every Service User to complete the Friends and Family Test when their "
                    "support ends and shall report the results in the quarterly quality report."),
        N(1, "7.3", "The Commissioner and the Provider shall meet quarterly to review performance against the reports "
                    "under clause 7.1."),
        N(1, "7.4", "The Commissioner may, on 10 Working Days\u2019 notice, audit the Provider\u2019s performance of this "
                    "Sub-Contract, and the Provider shall give the Commissioner access to its premises, Staff and "
                    "records for that purpose."),
        N(0, "8.", "Standards of conduct"),
        N(1, "8.1", "The Provider shall comply with, and shall ensure that all Staff comply with, the Sev" + B + "en" + NB
              + "Prin" + B + "ciples of Public Life (selflessness, integrity, objectivity, accountability, openness, "
                "honesty and leadership) when delivering the Services.",
          bm="_Ref193820401",
          comment="Should we also ask for an annual statement confirming compliance with clause 8? The ICB template "
                  "(clause 27.2) has one."),
        N(1, "8.2", "The Provider shall maintain a whist" + B + "le" + SH + "blowing policy under which Staff can raise "
                    "concerns about the Services, including with the Commissioner\u2019s Freedom" + NB + "to" + NB
              + "Speak" + NB + "Up Guardian, and shall not subject any member of Staff to any detriment for raising a "
                "concern in good faith.",
          bm="_Ref193820402"),
        N(1, "8.3", [INS("The Provider shall procure that each of its Sub" + NH + "contractors complies with obligations "
                         "equivalent to those in clauses "), REF("_Ref193820401", "8.1"), INS(" and "),
                     REF("_Ref193820402", "8.2"), INS(" (public-life standards and speaking up).")]),
        N(1, "8.4", [DEL("The Provider shall not offer, give or agree to give any inducement or reward to any person in "
                         "connection with this Sub-Contract which would be an offence under the Bribery Act 2010, shall "
                         "maintain adequate procedures to prevent bribery by its Staff, and shall notify the Commissioner "
                         "immediately of any breach of this clause 8.4.")]),
        N(0, "9.", "Conflicts of interest"),
        N(1, "9.1", ["The Provider shall ensure that neither it nor any member of Staff is placed in a position where "
                     "an actual or potential con" + B + "flict of inter" + B + "est arises in delivering the Services "
                     "(including any financial interest in an organisation to which a Service User is referred), and "
                     "shall notify the Commissioner in writing within 5 Working Days of becoming aware of one.",
                     FN("Where the Provider notifies a conflict under clause 9.1, it shall take the steps the "
                        "Commissioner directs to manage or remove the conflict, which may include allocating the "
                        "Service User to another link worker.")],
          comment="We should add a gifts and hospitality register here, as in the ICB template \u2013 link workers "
                  "are often offered gifts by grateful patients."),
        N(1, "9.2", "The Provider should consider keeping a register of interests for its directors and service managers."),
        N(0, "10.", "Complaints"),
        N(1, "10.1", "The Provider shall operate a complaints procedure for Service Users which complies with the Local "
                     "Authority Social Services and National Health Service Complaints (England) Regulations 2009, is "
                     "free of charge and is publicised in each member practice and on the Provider\u2019s website."),
        N(1, "10.2", ["The Provider ", DEL("should aim to"), INS("shall"), " acknowledge each com" + B + "plaint within "
                      "3 Working Days and send a full response within 20 Working Days, or within such longer period "
                      "as the complainant agrees."]),
        N(1, "10.3", "Complaints about the clinical care provided by a member practice shall be passed to that practice "
                     "within 2 Working Days."),
        N(0, "11.", "Disputes"),
        N(1, "11.1", "If a dispute arises between the parties, they shall first try to resolve it by negotiation between "
                     "the Clinical Director and the Provider\u2019s Chief Executive and, failing that, by mediation under "
                     "the CEDR Model Mediation Procedure."),
        N(0, "12.", "Staff transfer"),
        N(1, "12.1", "The parties do not expect the Transfer of Undertakings (Protection of Employment) Regulations 2006 "
                     "to apply when this Sub-Contract starts. If any former employee of the Commissioner or of a member "
                     "practice claims to have transferred to the Provider, the Commissioner shall indemnify the "
                     "Provider against the resulting employment costs."),
        N(0, "13.", "Sub-contracting"),
        N(1, "13.1", "The Provider shall not sub-contract any part of the Services without the Commissioner\u2019s prior "
                     "written consent."),
        N(0, "14.", "Termination"),
        N(1, "14.1", ["The Commissioner may terminate this Sub-Contract with immediate effect by written notice if the "
                      "Provider commits a material breach of clause ", REF("_Ref193820401", "8.1", "complex"), ", clause ",
                      REF("_Ref193820402", "8.2", "complex"), " or clause 9."]),
        N(1, "14.2", "Either party may terminate this Sub-Contract on six months\u2019 written notice."),
        P("Signed for the Commissioner:\tDr Helen Marsh, Clinical Director\nDate:\t28 April 2025"),
        P("Signed for the Provider:\tTomasz Wilk, Chief Executive\nDate:\t29 April 2025"),
    ],
    expected=V("""
ES-01 pass  # clause 8.1: Provider shall comply, and ensure Staff comply, with the Seven Principles of Public Life (words split across runs, NBSP)
ES-02 weak  # clause 4.2: Provider "is encouraged to adopt" a code of conduct - permissive only
ES-03 pass  # clause 8.3 (tracked insertion, counts): Provider shall procure Sub-contractors comply with obligations equivalent to clauses 8.1 and 8.2
ES-04 pass  # text box in clause 4: induction and yearly training on the Seven Principles, conflicts of interest and speaking up, with training records
ES-05 pass  # clause 8.2: whistleblowing policy (soft hyphen), concerns may go to the FTSU Guardian, no detriment for good-faith concerns
ES-06 gap  # clause 8.4, the only anti-bribery duty, is deleted in full as a tracked deletion (empty 8.4 remains)
ES-07 pass  # clause 6.2: Provider shall give information and assistance for FOI requests within 5 Working Days
ES-08 weak  # clause 7.4: general audit of performance of the Sub-Contract; ethics not named
ES-09 pass  # clause 14.1: Commissioner may terminate for material breach of clause 8.1, 8.2 or 9
ES-10 gap  # an annual compliance statement is only suggested in a comment on clause 8.1
COI-01 pass  # clause 9.1: no actual or potential conflict for Provider or Staff; notify in writing within 5 Working Days
COI-02 pass  # footnote 1 to clause 9.1: Provider shall take the steps the Commissioner directs to manage or remove a notified conflict
COI-03 gap  # a gifts and hospitality register appears only in a comment on clause 9.1
COI-04 gap  # clause 12.1 is a TUPE clause about former employees of the Commissioner (decoy)
COI-05 weak  # clause 9.2: Provider "should consider" keeping a register of interests - permissive only
COI-06 gap  # no procurement-stage disclosure; recital B only narrates the quotation exercise
CDM-01 pass  # clause 10.1: free, publicised Service User complaints procedure meeting the 2009 Complaints Regulations
CDM-02 pass  # clause 7.1 table: quarterly quality report with complaints received, upheld and not upheld and response times
CDM-03 pass  # clause 7.2: Friends and Family Test when support ends, results in the quarterly report
CDM-04 gap  # clause 11.1 is dispute resolution between the parties (CEDR mediation), a decoy
CDM-05 gap  # no analysis of or learning from complaints; clause 7.3 reviews performance only
CDM-06 pass  # clause 10.2: tracked change "should aim to" -> "shall": acknowledge in 3 Working Days, respond in 20
"""),
))

# ============================================================================ 2
CONTRACTS.append(dict(
    file="internal-audit-cosourcing.docx",
    build="docx-hand",
    style_numbering=True,
    title="Call" + NH + "off Contract for Co-sourced Internal Audit Services",
    subject="co-sourced internal audit service for a council",
    jurisdiction="Scotland",
    doctype="call-off contract under a framework",
    parties="Council / Consultant (LLP)",
    author="Fiona Baird",
    exercises="style-linked numbering (numPr in the paragraph styles); may provide -> shall provide insertion; "
              "deleted disclosure clause replaced by [Not used]; comment discussing a PIDA clause; complex REF fields; "
              "Council's own codes and registers, audit-of-complaints and query-timescale decoys",
    blocks=[
        TITLE("Call" + NH + "off Contract for Co-sourced Internal Audit Services"),
        P(["Call" + NH + "off reference: SKC/FIN/2025/031, under the Caledonian Professional Services Framework "
           "(reference CPSF/22/07) (the \u201cFramework Agreement\u201d)",
           FN("The Framework Agreement was awarded by Caledonian Procurement Partnership on behalf of its member "
              "councils on 9 September 2022.")]),
        H("Parties"),
        P("(1)\tSTRATHKELVIN COUNCIL, a local authority constituted under the Local Government etc. (Scotland) Act "
          "1994, having its principal offices at Burgh Chambers, 12 Quarry Street, Kirkmellon KM4 1AB (the "
          "\u201cCouncil\u201d); and"),
        P("(2)\t\u2039ARDMORE\u203a RISK ADVISORY LLP, a limited liability partnership registered in Scotland (number "
          "SO308214), whose registered office is at 40 Wellmeadow Street, Glasgow G2 6RT (the \u201cConsultant\u201d)."),
        N(0, "1.", "Definitions"),
        N(1, "1.1", "In this Call" + NH + "off Contract: \u201cAudit Plan\u201d means the annual internal audit plan "
                    "approved by the Council\u2019s Audit and Scrutiny Committee; \u201cPSIAS\u201d means the Public Sector "
                    "Internal Audit Standards; \u201cStaff\u201d means the partners, employees and agents of the Consultant "
                    "engaged in the Services; and \u201cProhi" + B + "bited Act\u201d has the meaning given in the "
                    "Framework Agreement."),
        N(1, "1.2", "If there is any conflict between this Call" + NH + "off Contract and the Framework Agreement, the "
                    "Framework Agreement prevails except where this Call" + NH + "off Contract expressly states otherwise."),
        N(0, "2.", "Services"),
        N(1, "2.1", "The Consultant shall deliver up to 220 audit days in each year of the Audit Plan, working alongside "
                    "the Council\u2019s Chief Internal Auditor, including:"),
        N(3, "(a)", "assurance reviews of payroll, creditors, council tax and housing rents;"),
        N(3, "(b)", "an annual review of the Council\u2019s handling of complaints, including complaints referred to the "
                    "Scottish Public Services Ombudsman;"),
        N(3, "(c)", "computer audit reviews, including the integrity of data held in the Council\u2019s finance system; and"),
        N(3, "(d)", "follow-up of agreed management actions."),
        N(1, "2.2", "The Consultant shall deliver the Services in accordance with PSIAS and the Council\u2019s Internal "
                    "Audit Charter."),
        N(1, "2.3", "The Consultant shall respond to any query from the Chief Internal Auditor within 5 Working Days "
                    "and shall issue each draft report within 10 Working Days of the exit meeting."),
        N(0, "3.", "Staff"),
        N(1, "3.1", "The Consultant shall ensure that all Staff are appropriately trained and qualified, and that each "
                    "engagement lead holds a CCAB or CIIA qualification."),
        N(1, "3.2", "The Consultant shall not assign to the Services any person who, within the preceding 24 months, "
                    "was employed by the Council, without the Council\u2019s prior written consent, and shall not in any "
                    "case allow such a person to audit an area for which he or she was responsible."),
        N(1, "3.3", "The Council may require the Consultant to replace any member of Staff whose work the Chief "
                    "Internal Auditor reasonably considers unsatisfactory."),
        N(1, "3.4", "The Consultant shall not sub-contract any part of the Services without the Council\u2019s consent "
                    "and shall ensure that every sub-contract contains data protection obligations equivalent to those "
                    "in the Framework Agreement."),
        N(0, "4.", "Ethical standards"),
        N(1, "4.1", "The Consultant shall, and shall ensure that its Staff, observe the principles of public life in "
                    "Scotland \u2013 duty, selfless" + B + "ness, integ" + B + "rity, objectivity, accountability and "
                    "stewardship, openness, honesty, respect and leadership \u2013 in all dealings with the Council, "
                    "its members and officers.",
          bm="_Ref201114401"),
        N(1, "4.2", "The Consultant shall comply, and shall ensure that its Staff comply, with the Code of Ethics set "
                    "out in PSIAS and with the Consultant\u2019s own code of business conduct.",
          comment="Procurement\u2019s template has a whistleblowing/PIDA clause \u2013 do we need it for a co-source "
                  "arrangement? Left out for now."),
        N(1, "4.3", "The Consultant shall not commit any Prohi" + B + "bited Act, and shall maintain adequate procedures "
                    "designed to prevent any Prohi" + SH + "bited Act by its Staff, including procedures under the Bribery" + NB + "Act" + NB + "2010.",
          bm="_Ref201114403"),
        N(1, "4.4", "The Councillors\u2019 Code of Conduct and the Council\u2019s Code of Conduct for Employees apply to "
                    "the Council\u2019s members and officers respectively; nothing in this clause 4 makes the Consultant "
                    "subject to them."),
        N(1, "4.5", ["Within 20 Working Days of the Commencement Date and on each anniversary of it, the Consultant ",
                     DEL("may provide"), INS("shall provide"), " the Council with a statement signed by its managing "
                     "partner certifying that it has complied with clauses ", REF("_Ref201114401", "4.1", "complex"),
                     " to ", REF("_Ref201114403", "4.3", "complex"), " and ", REF("_Ref201114501", "5.1", "complex"),
                     " and that it has in place the arrangements needed to support those standards."]),
        N(1, "4.6", "Staff shall not make any public statement about the Council, the Services or any audit finding "
                    "without the Council\u2019s prior written consent.",
          bm="_Ref201114406"),
        N(0, "5.", "Independence and conflicts of interest"),
        N(1, "5.1", "The Consultant shall not accept any engagement from a third party which conflicts, or may "
                    "conflict, with its duties to the Council, and shall notify the Council promptly in writing of any "
                    "actual or potential con" + B + "flict of interest affecting the Consultant or any member of Staff.",
          bm="_Ref201114501"),
        N(1, "5.2", "Where a conflict is notified or otherwise comes to the Council\u2019s attention, the Council may "
                    "direct the Consultant to take such steps as the Council considers necessary to manage or remove it, "
                    "and the Consultant shall comply with that direction."),
        N(1, "5.3", "The Consultant shall not provide consultancy services to the Council in any area which it has "
                    "audited in the preceding 12 months."),
        N(1, "5.4", "The Consultant shall not offer or give any gift or hospitality to any member or officer of the "
                    "Council and shall record in a register all gifts and hospitality offered to Staff by any person "
                    "in connection with the Services, which the Council may inspect."),
        N(1, "5.5", "The Council maintains a register of interests for its members and senior officers, which it will "
                    "make available to the Consultant at the start of each assignment."),
        N(1, "5.6", [DEL("The Consultant confirms that it has disclosed to the Council any relationship between the "
                         "Consultant or its Staff and any person involved in the award of this Call-off Contract, and "
                         "will keep that disclosure up to date for the duration of the Call-off Contract."),
                     INS("[Not used]")]),
        N(0, "6.", "Freedom of information and confidentiality"),
        N(1, "6.1", "The Consultant will use reasonable endeavours to assist the Council to respond to requests for "
                    "information under the Freedom of Information (Scotland) Act 2002 and the Environmental Information "
                    "(Scotland) Regulations 2004."),
        N(1, "6.2", "The Consultant shall keep confidential all information obtained in delivering the Services and "
                    "shall use it only for the purposes of this Call" + NH + "off Contract."),
        N(0, "7.", "Monitoring of the Consultant"),
        N(1, "7.1", ["The Council may audit the Consultant\u2019s compliance with clauses ",
                     REF("_Ref201114401", "4.1", "complex"), " to ", REF("_Ref201114406", "4.6", "complex"),
                     " and clause 5, and the Consultant shall give the Chief Internal Auditor, or an auditor appointed "
                     "by the Council, access to its records, working papers and Staff for that purpose."]),
        N(1, "7.2", "The Chief Internal Auditor will review each audit file against PSIAS and will issue a client "
                    "satisfaction questionnaire to the relevant service manager after each assignment."),
        N(1, "7.3", "The Consultant shall co-operate with the Council\u2019s external auditor appointed by the Accounts "
                    "Commission."),
        N(0, "8.", "Charges"),
        N(1, "8.1", "The Council shall pay the day rates in the Framework Agreement pricing schedule within 30 days of "
                    "receipt of a valid invoice."),
        N(1, "8.2", "The Consultant shall not charge for more audit days than the Chief Internal Auditor has approved "
                    "in the assignment brief."),
        N(0, "9.", "Termination"),
        N(1, "9.1", "The Council may terminate this Call" + NH + "off Contract by written notice if the Consultant "
                    "commits a material breach of its obligations which is irremediable or which it fails to remedy "
                    "within 20 Working Days of notice."),
        N(1, "9.2", "The Council may terminate this Call" + NH + "off Contract on three months\u2019 notice for convenience."),
        P("Signed on behalf of Strathkelvin Council:\tGraeme Lockhart, Head of Finance\nSigned on behalf of Ardmore Risk "
          "Advisory LLP:\tMorag Sinclair, Managing Partner"),
    ],
    expected=V("""
ES-01 pass  # clause 4.1: Consultant and Staff observe the principles of public life in Scotland (selflessness, integrity, objectivity, accountability, openness, honesty, leadership ...)
ES-02 pass  # clause 4.2: comply with the PSIAS Code of Ethics and its own code of business conduct; clause 4.4 (Council's own codes) is a decoy
ES-03 gap  # clause 3.4 flows down data-protection terms only (decoy)
ES-04 weak  # clause 3.1: "appropriately trained and qualified" - generic, ethics not named
ES-05 gap  # a PIDA clause is only discussed in a comment on clause 4.2; clause 4.6 is a public-statement ban (decoy)
ES-06 pass  # clause 4.3: shall not commit any Prohibited Act; adequate procedures including under the Bribery Act 2010
ES-07 weak  # clause 6.1: "reasonable endeavours" to assist with FOISA/EIR requests
ES-08 pass  # clause 7.1: Council may audit compliance with clauses 4.1 to 4.6 and 5, with access to records and Staff
ES-09 weak  # clause 9.1: generic material-breach termination, no link to the ethics clauses
ES-10 pass  # clause 4.5: tracked change "may provide" -> "shall provide": signed yearly statement on clauses 4.1-4.3 and 5.1 and supporting arrangements
COI-01 pass  # clause 5.1: no conflicting engagements; notify any actual or potential conflict promptly in writing
COI-02 pass  # clause 5.2: Council may direct steps to manage or remove a conflict; Consultant shall comply
COI-03 pass  # clause 5.4: no gifts or hospitality to members or officers; register of gifts and hospitality offered to Staff
COI-04 pass  # clause 3.2: no person employed by the Council in the preceding 24 months without consent
COI-05 gap  # clause 5.5 is the Council's own register of members' and officers' interests (wrong party)
COI-06 gap  # clause 5.6 disclosure confirmation is a tracked deletion replaced by "[Not used]"
CDM-01 gap  # no service-user complaints procedure; clause 2.1(b) is an audit of the Council's own complaints handling (decoy)
CDM-02 gap  # no complaint reporting by the Consultant; clause 7 monitors the Consultant's audit work only
CDM-03 gap  # clause 7.2 questionnaire is issued by the Council (wrong party)
CDM-04 gap  # SPSO named only in clause 2.1(b) about the Council's complaints; clause 7.3 is external audit co-operation
CDM-05 gap  # no learning from complaints; clause 2.1(d) follow-up concerns audit actions
CDM-06 gap  # clause 2.3 timescales are for the Council's queries and draft reports (decoy)
"""),
))

# ============================================================================ 3
CONTRACTS.append(dict(
    file="fire-risk-assessment-variation.docx",
    build="docx-hand",
    title="Deed of Variation No. 2 \u2013 Fire Risk Assessment Services Contract",
    subject="fire risk assessments of council housing blocks",
    jurisdiction="England (London)",
    doctype="deed of variation",
    parties="Council (Mayor and Burgesses) / Contractor",
    author="Dev Okafor",
    exercises="variation inserting and deleting clauses; quoted new clauses at level 1.1.1; deleted conflict "
              "termination right with a comment; shall -> may reversal; Responsibilities matrix with Council rows "
              "(Seven Principles, publication) and a Contractor reporting-line row; KPI table; disapplied surveys",
    blocks=[
        TITLE("Deed of Variation No. 2 \u2013 Fire Risk Assessment Services Contract"),
        P("Contract reference: LBT/HSG/FRA/2022/118 (the \u201cContract\u201d)"),
        P("THIS DEED is dated 3 March 2025 and is made between:"),
        P("(1)\tTHE MAYOR AND BURGESSES OF THE LONDON BOROUGH OF \u2039THAMESREACH\u203a of Civic Centre, Riverside "
          "Walk, London SE28 4TR (the \u201cCouncil\u201d); and"),
        P("(2)\tIGNIS COMPLIANCE PARTNERS LIMITED (company number 09918374) of 2nd Floor, 81 Tabard Street, London "
          "SE1 4JU (the \u201cContractor\u201d)."),
        H("Background"),
        P("(A) The Council and the Contractor entered into the Contract on 14 November 2022 for Type 1 to Type 4 fire "
          "risk assessments of the Council\u2019s residential blocks."),
        P("(B) Variation No. 1, dated 2 August 2023, extended the Contract to the Council\u2019s sheltered housing "
          "schemes and hostels."),
        P("(C) Following the Building Safety Act 2022, the Regulatory Reform (Fire Safety) Order 2005 as amended by the "
          "Fire Safety (England) Regulations 2022, and an internal audit of the Contract, the parties have agreed to vary "
          "the Contract as set out in this Deed. The Contract sum is unchanged except as stated in clause 2.9."),
        N(0, "1.", "Interpretation"),
        N(1, "1.1", "Words defined in the Contract have the same meanings in this Deed. References to clauses are to "
                    "clauses of the Contract unless stated otherwise."),
        N(1, "1.2", "In the event of any conflict between this Deed and the Contract, this Deed prevails."),
        N(0, "2.", "Variations"),
        N(1, "2.1", "With effect from 1 April 2025 (the \u201cVariation Date\u201d) the Contract is varied as set out in "
                    "this clause 2 and in clause 3."),
        N(1, "2.2", "Clause 18.4 (Gifts and Hospitality) of the Contract is deleted."),
        N(1, "2.3", "A new clause 21A (Ethical Conduct) is inserted after clause 21 as follows:"),
        N(2, "2.3.1", "\u201c21A.1 The Contractor shall comply, and shall ensure that its Staff comply, with the "
                      "Council\u2019s Sup" + B + "plier Code of Con" + SH + "duct as updated from time to time.\u201d"),
        N(2, "2.3.2", "\u201c21A.2 The Council expects the Contractor to ensure that its sub" + NH + "contractors meet "
                      "the standards set out in the Supplier Code of Conduct.\u201d"),
        N(2, "2.3.3", "\u201c21A.3 The Contractor shall use reasonable endeavours to ensure that no member of its Staff "
                      "offers or accepts any bribe or other improper inducement in connection with the Contract.\u201d"),
        N(2, "2.3.4", "\u201c21A.4 The Contractor shall appoint a named director as its ethics lead, responsible for "
                      "the Contractor\u2019s compliance with this clause 21A.\u201d"),
        N(2, "2.3.5", "\u201c21A.5 The Council may audit the Contractor\u2019s compliance with this clause 21A and with "
                      "clause 21B on reasonable notice, and the Contractor shall give the Council access to its records "
                      "and Staff for that purpose.\u201d",
          bm="_Ref188002305"),
        N(1, "2.4", "A new clause 21B (Conflicts of Interest) is inserted after clause 21A as follows:"),
        N(2, "2.4.1", "\u201c21B.1 The Contractor shall notify the Council in writing before carrying out any assessment "
                      "of a building in which the Contractor, or any of its Staff, has a direct or indirect financial "
                      "interest, including any contract for remedial or fire-stopping works, and shall ensure that no "
                      "assessor is placed in a position of actual or potential con" + B + "flict of interest.\u201d"),
        N(2, "2.4.2", ["\u201c21B.2 ", DEL("The Council may require the Contractor to replace an assessor, or may "
                                           "terminate the Contract, where a conflict of interest cannot be resolved "
                                           "to the Council\u2019s satisfaction."),
                       INS("The Contractor shall keep a record of each notification made under clause 21B.1."), "\u201d"],
          author="Ignis legal team",
          comment="We cannot accept a termination right for conflicts \u2013 deleted. Our assessors already declare "
                  "their interests each year."),
        N(2, "2.4.3", "\u201c21B.3 The Contractor confirms that it has disclosed to the Council any relationship between "
                      "its directors or assessors and any person involved in awarding the Contract or agreeing this "
                      "Deed, and will notify the Council promptly if any further relationship arises.\u201d"),
        N(1, "2.5", ["Clause 30.1 (Termination for Default) is amended by adding the following new paragraph, which "
                     "operates alongside the audit right in clause ", REF("_Ref188002305", "2.3.5"), " of this Deed:"]),
        P("\u201c(f) the Contractor commits a material breach of clause 21A (Ethical Conduct) or clause 21B "
          "(Conflicts of Interest).\u201d"),
        N(1, "2.6", "Clause 24 (Freedom of Information) is deleted and replaced with \u201c24. [Not used]\u201d."),
        N(1, "2.7", "Paragraph 6 of Schedule 3 (Customer Satisfaction Surveys) is disapplied, and the Contractor shall "
                    "not be required to carry out satisfaction surveys of residents after the Variation Date."),
        N(1, "2.8", "Schedule 2 (Responsibilities) is replaced by the table in Annex A to this Deed, and Schedule 4 "
                    "(Key Performance Indicators) is replaced by the table in Annex B to this Deed."),
        N(1, "2.9", "The rate for a Type 3 (non-destructive, within flats) assessment in Schedule 5 (Prices) is increased "
                    "from \u00a3410 to \u00a3445 for assessments carried out after the Variation Date, to reflect the "
                    "additional checks of flat entrance doors required by the Fire Safety (England) Regulations 2022. "
                    "No other price changes."),
        N(0, "3.", "Complaints by residents"),
        N(1, "3.1", "Clause 26 (Complaints) is deleted and replaced with the following:"),
        P("\u201c26.1 The Contractor shall operate a complaints procedure for residents and other Building Users "
          "affected by the Services, shall publicise it on every access notice and calling card, and shall resolve "
          "complaints in accordance with the Council\u2019s two-stage Housing Complaints Policy.\u201d"),
        P("\u201c26.2 The Contractor shall co" + NH + "operate with the Housing Ombudsman in the investigation of any "
          "complaint arising from the Services, including by providing information and attending meetings, and shall "
          "implement any remedy the Ombudsman orders.\u201d"),
        P(["\u201c26.3 The Contractor ", DEL("shall"), INS("may"), " carry out a root cause analysis of each upheld "
           "complaint and agree an improvement action plan with the Council.\u201d"],
          author="Ignis legal team"),
        N(0, "4.", "General"),
        N(1, "4.1", "Except as varied by this Deed, the Contract continues in full force and effect."),
        N(1, "4.2", "This Deed may be executed in counterparts and is governed by the law of England and Wales."),
        H("Annex A \u2013 Responsibilities"),
        P("Each party shall carry out the activities for which it is shown as the Responsible party in the table below.",
          comment="Nolan clause \u2013 should the Contractor be bound as well as the Council? Could go in new clause 21A."),
        TABLE([["Activity", "Responsible party", "Frequency"],
               ["Carry out Type 1 to Type 4 fire risk assessments in accordance with PAS 79-2:2020", "Contractor",
                "As programmed"],
               ["Ensure that all assessors are trained in PAS 79 and hold third-party certification", "Contractor", "Ongoing"],
               ["Operate a confidential reporting line through which Staff can raise concerns about safety or conduct "
                "without detriment", "Contractor", "Ongoing"],
               ["Publish the fire risk assessment for each block on the resident portal", "Council",
                "Within 28 days of receipt"],
               ["Observe the Seven" + NB + "Principles of Public Life in all decisions on the assessment programme", "Council",
                "Ongoing"],
               ["Provide building plans and arrange access to communal areas", "Council",
                "10 Working Days before each assessment"]]),
        H("Annex B \u2013 Key Performance Indicators"),
        P("The Contractor shall meet each KPI in the table below and shall report its performance against each KPI "
          "monthly."),
        TABLE([["KPI", "Measure", "Target"],
               ["KPI 1", "Assessments completed by the programmed date", "98%"],
               ["KPI 2", "Assessment reports issued within 10 Working Days of the site visit", "95%"],
               ["KPI 3", "High-risk findings notified to the Council within 24 hours", "100%"],
               ["KPI 4", "First-visit access achieved", "85%"],
               ["KPI 5", "Residents\u2019 complaints acknowledged within 2 Working Days and answered in full within 10 "
                         "Working Days", "95%"]]),
        P("Executed as a deed by THE MAYOR AND BURGESSES OF THE LONDON BOROUGH OF THAMESREACH by affixing its common "
          "seal in the presence of:\tAuthorised Signatory\nExecuted as a deed by IGNIS COMPLIANCE PARTNERS LIMITED "
          "acting by two directors:\tDirector\tDirector"),
    ],
    expected=V("""
ES-01 gap  # the Seven Principles appear only in an Annex A row whose Responsible party is the Council (wrong party); binding the Contractor is only raised in a comment on Annex A
ES-02 pass  # clause 2.3.1 (new clause 21A.1): Contractor shall comply, and ensure Staff comply, with the Council's Supplier Code of Conduct
ES-03 weak  # clause 2.3.2 (new clause 21A.2): "The Council expects" sub-contractors to meet the Supplier Code of Conduct
ES-04 gap  # Annex A: PAS 79 technical training only
ES-05 pass  # Annex A row with Responsible party Contractor: confidential reporting line for Staff concerns without detriment
ES-06 weak  # clause 2.3.3 (new clause 21A.3): "reasonable endeavours" that no bribe or improper inducement is offered or accepted
ES-07 gap  # clause 2.6 replaces clause 24 (FOI) with "[Not used]"; the Annex A publication row is the Council's
ES-08 pass  # clause 2.3.5 (new clause 21A.5): Council may audit compliance with clauses 21A and 21B
ES-09 pass  # clause 2.5: new termination ground (f) for material breach of clause 21A or 21B
ES-10 weak  # clause 2.3.4 (new clause 21A.4): named ethics lead only - structures without assurance or certificate
COI-01 pass  # clause 2.4.1 (new clause 21B.1): notify financial interests before assessing; no assessor in actual or potential conflict
COI-02 gap  # clause 2.4.2: the replace/terminate right for conflicts is a tracked deletion; the inserted record-keeping duty is not mitigation
COI-03 gap  # clause 2.2 deletes clause 18.4 (Gifts and Hospitality)
COI-04 gap  # no former-employee or revolving-door provision in clauses 2.3-2.4 or the Annexes
COI-05 gap  # no declarations register; "assessors already declare their interests" is only in a comment on clause 2.4.2
COI-06 pass  # clause 2.4.3 (new clause 21B.3): Contractor confirms it disclosed relationships with those awarding the Contract and will notify new ones
CDM-01 pass  # clause 3.1 (new clause 26.1): complaints procedure for residents, publicised on every access notice
CDM-02 pass  # Annex B: KPI 5 on complaint acknowledgement and response, reported monthly
CDM-03 gap  # clause 2.7 disapplies Schedule 3 paragraph 6; the Contractor "shall not be required" to survey residents
CDM-04 pass  # clause 3.1 (new clause 26.2): co-operate with the Housing Ombudsman and implement its remedies
CDM-05 weak  # clause 3.1 (new clause 26.3): tracked change "shall" -> "may" carry out root cause analysis and action plans
CDM-06 pass  # Annex B KPI 5: acknowledge within 2 Working Days, answer in full within 10 Working Days
"""),
))

# ============================================================================ 4
CONTRACTS.append(dict(
    file="county-fleet-maintenance.docx",
    build="docx-html",
    page="Letter",
    title="Personal Services Contract \u2013 Fleet Preventive Maintenance and Repair",
    subject="preventive maintenance and repair of a county vehicle fleet",
    jurisdiction="United States (Oregon)",
    doctype="county services contract",
    parties="County / Contractor (corporation)",
    exercises="LibreOffice DOCX from HTML: typed section numbers with LibreOffice list numbering for a./b. items, "
              "performance table, footnote; exclusion-ground certification, financial-only audit, order-of-precedence, "
              "armed-conflict and County-complaint decoys; County's own ethics code (wrong party)",
    blocks=[
        TITLE("Personal Services Contract \u2013 Fleet Preventive Maintenance and Repair"),
        P("Contract No. CRC" + NH + "FLT" + NH + "2025" + NH + "07"),
        P("This Contract is entered into by and between Cascade Ridge County, a political subdivision of the State of "
          "Oregon, acting by and through its Fleet Services Division (\u201cCounty\u201d), and Tillman Fleet Services, "
          "Inc., an Oregon corporation with its principal place of business at 2250 Industrial Way, Redmond Flats, "
          "Oregon 97760 (\u201cContractor\u201d)."),
        N(0, "1.", "Effective Date and Term"),
        N(1, "1.1", "This Contract is effective on July 1, 2025, or the date on which it has been signed by both parties "
                    "and all required County approvals have been obtained, whichever is later, and expires on June 30, "
                    "2028, unless terminated earlier under Section 8."),
        N(1, "1.2", "County may extend this Contract for up to two additional one-year periods by written amendment."),
        N(0, "2.", "Statement of Work"),
        N(1, "2.1", "Contractor shall provide preventive maintenance, diagnostics and repair for approximately 340 County "
                    "vehicles and pieces of equipment, including:"),
        N(3, "a.", "light-duty sedans, pickups and vans used by County departments;"),
        N(3, "b.", "Sheriff\u2019s Office patrol vehicles, including emergency lighting and in-car equipment;"),
        N(3, "c.", "heavy equipment, graders and snowplows used by the Road Department; and"),
        N(3, "d.", "paratransit vans operated for the County\u2019s Health and Human Services Department."),
        N(1, "2.2", "Contractor shall perform all work at its facility in Redmond Flats unless the County Fleet Manager "
                    "agrees otherwise, and shall provide secure overnight storage for County vehicles at no additional "
                    "charge."),
        N(1, "2.3", "Contractor shall ensure that all technicians performing work under this Contract are certified by "
                    "the National Institute for Automotive Service Excellence (ASE) in the relevant areas and are trained "
                    "on the manufacturer\u2019s diagnostic equipment for the vehicles they service."),
        N(1, "2.4", "Contractor shall use new original equipment manufacturer parts or County-approved equivalents, and "
                    "shall return replaced parts to County on request."),
        N(0, "3.", "Performance Standards"),
        N(1, "3.1", "Contractor shall meet the performance standards in the table below. County will measure performance "
                    "monthly from Contractor\u2019s work orders."),
        TABLE([["Measure", "Standard", "Target"],
               ["Preventive maintenance turnaround", "Completed within 2 business days of drop-off", "95%"],
               ["Patrol vehicle repair", "Returned to service within 24 hours of drop-off", "90%"],
               ["Comebacks", "Repeat repair for the same fault within 30 days", "Less than 3%"],
               ["Invoice accuracy", "Invoices requiring no correction", "98%"]]),
        N(1, "3.2", "Contractor shall perform a root cause analysis of every comeback and report the findings to the "
                    "Fleet Manager within 5 business days."),
        N(1, "3.3", "If a County department complains about the quality or timeliness of any work, the Fleet Manager "
                    "will notify Contractor, and Contractor shall correct the deficiency at no charge within 2 business "
                    "days."),
        N(0, "4.", "Compensation and Records"),
        N(1, "4.1", "County shall pay Contractor at the labor rates and parts mark-up in Exhibit B. The maximum amount "
                    "payable under this Contract is $1,950,000."),
        N(1, "4.2", "Contractor shall invoice County monthly, itemized by vehicle and work order. County will pay "
                    "undisputed invoices within 30 days."),
        N(1, "4.3", ["County may audit Contractor\u2019s invoices, parts receipts and accounting records relating to this "
                     "Contract for three years after final payment.",
                     FN("Contractor shall retain all records relating to this Contract for six years after final "
                        "payment, or until any audit or litigation is resolved, whichever is later.")]),
        N(0, "5.", "Ethics and Integrity"),
        N(1, "5.1", "Contractor is encouraged to conduct its business with County in a manner consistent with the "
                    "County\u2019s Values Statement (integrity, accountability, openness, objectivity, honesty and "
                    "stewardship)."),
        N(1, "5.2", "Contractor shall not offer, pay or accept any kickback, gratuity or other inducement in connection "
                    "with this Contract, shall maintain internal controls adequate to prevent fraud in its billing, and "
                    "shall notify the County Contract Administrator within three business days if it becomes aware of "
                    "any suspected fraud or kickback involving this Contract."),
        N(1, "5.3", "Contractor shall not give any gift, meal or entertainment of any value to any County officer or "
                    "employee who administers or oversees this Contract."),
        N(1, "5.4", "Contractor should avoid any situation in which its financial interests, or those of its owners or "
                    "employees, conflict with its obligations to County, such as an interest in a vendor of parts "
                    "billed to County."),
        N(1, "5.5", "Contractor shall not employ or engage on this Contract, for one year after his or her separation "
                    "from County employment, any former County officer or employee who participated in the procurement "
                    "or administration of this Contract, and shall comply with ORS 244.045 to the extent it applies."),
        N(1, "5.6", "County officers and employees are subject to the Oregon Government Ethics law (ORS chapter 244) and "
                    "to the Cascade Ridge County Employee Code of Ethics. Those rules do not apply to Contractor\u2019s "
                    "employees."),
        N(1, "5.7", "Contractor shall not discharge, demote, suspend or otherwise retaliate against any employee who, in "
                    "good faith, reports to County or to any government agency information that the employee reasonably "
                    "believes is evidence of a violation of law or of this Contract (see ORS 659A.199)."),
        N(1, "5.8", "Contractor shall include the substance of Sections 5.2 through 5.7 in every subcontract for work "
                    "under this Contract and shall procure that each subcontractor complies with them."),
        N(0, "6.", "Public Records"),
        N(1, "6.1", "Contractor acknowledges that this Contract and records relating to it may be public records under "
                    "the Oregon Public Records Law (ORS 192.311 to 192.478). Contractor shall cooperate with County in "
                    "responding to any public records request relating to this Contract, including by producing "
                    "requested records within five business days."),
        N(0, "7.", "Certifications"),
        N(1, "7.1", "By signing this Contract, Contractor certifies that:"),
        N(3, "a.", "Contractor is not currently debarred, suspended or proposed for debarment by any federal, state or "
                   "local agency;"),
        N(3, "b.", "neither Contractor nor any of its principals has been convicted of fraud, bribery or false "
                   "statements within the past five years;"),
        N(3, "c.", "Contractor has not colluded with any other offeror in preparing its proposal; and"),
        N(3, "d.", "Contractor is registered with the Oregon Secretary of State and is in good standing."),
        N(0, "8.", "Termination"),
        N(1, "8.1", "County may terminate this Contract immediately by written notice if Contractor breaches any "
                    "provision of Section 5 (Ethics and Integrity)."),
        N(1, "8.2", "County may terminate this Contract for convenience on 30 days\u2019 written notice, and either party "
                    "may terminate it if the other fails to cure a material breach within 15 days of notice."),
        N(0, "9.", "General Provisions"),
        N(1, "9.1", "Order of precedence. In the event of a conflict between this Contract and its Exhibits, this "
                    "Contract controls, followed by Exhibit A (Statement of Work) and then Exhibit B (Rates)."),
        N(1, "9.2", "Insurance. Contractor shall maintain commercial general liability insurance of not less than "
                    "$2,000,000 per occurrence and garage keepers coverage for the full value of County vehicles in its "
                    "care."),
        N(1, "9.3", "Governing law. This Contract is governed by the laws of the State of Oregon. Any action arising "
                    "under it shall be brought in the Circuit Court for Cascade Ridge County."),
        N(1, "9.4", "Force majeure. Neither party is liable for delay caused by fire, flood, earthquake, war, armed "
                    "conflict, civil unrest or other events beyond its reasonable control."),
        P("CONTRACTOR: Tillman Fleet Services, Inc. \u2013 By: Dale Tillman, President \u2013 Date: June 12, 2025"),
        P("COUNTY: Cascade Ridge County \u2013 By: Maria Esquivel, Fleet Services Manager \u2013 Date: June 19, 2025"),
    ],
    expected=V("""
ES-01 weak  # section 5.1: Contractor "is encouraged to" act consistently with the County's values (integrity, accountability, openness, objectivity, honesty) - permissive
ES-02 gap  # section 5.6: Oregon Government Ethics law and the County's Employee Code of Ethics bind County staff only (wrong party)
ES-03 pass  # section 5.8: substance of Sections 5.2-5.7 in every subcontract; Contractor procures subcontractor compliance
ES-04 gap  # section 2.3: ASE certification and diagnostic-equipment training only (technical)
ES-05 pass  # section 5.7: no retaliation against employees who in good faith report violations to County or an agency
ES-06 pass  # section 5.2: no kickbacks or inducements, internal controls against fraud, notice within 3 business days
ES-07 pass  # section 6.1: cooperate with public records requests under ORS 192, producing records within 5 business days
ES-08 gap  # section 4.3: audit of invoices, parts receipts and accounting records only (financial-only)
ES-09 pass  # section 8.1: immediate termination for breach of Section 5 (Ethics and Integrity)
ES-10 gap  # section 7.1 certifications cover debarment, convictions and collusion (exclusion grounds), not ethics assurance
COI-01 weak  # section 5.4: Contractor "should avoid" conflicting interests - permissive, no notification duty
COI-02 gap  # no conflict mitigation or termination for conflicts; section 9.1 "conflict" is order of precedence (decoy)
COI-03 pass  # section 5.3: no gift, meal or entertainment to County officers who administer the Contract
COI-04 pass  # section 5.5: no former County employee involved in the procurement for one year after separation; ORS 244.045
COI-05 gap  # no register or declarations of interests anywhere in Sections 5 or 7
COI-06 gap  # section 7.1(a)-(d) is an exclusion-ground self-certification (decoy)
CDM-01 gap  # section 3.3 concerns complaints by County departments about work quality (complaints by the Authority)
CDM-02 gap  # no complaint reporting; section 3.1 measures are operational
CDM-03 gap  # no user satisfaction or feedback data; section 3.1 County measures work orders
CDM-04 gap  # no Ombudsman or independent complaint escalation; section 9.3 is court jurisdiction
CDM-05 gap  # section 3.2 root cause analysis is of vehicle comebacks (equipment failures), a decoy
CDM-06 gap  # section 3.3 correction within 2 business days is a timescale for the County's own complaints (decoy)
"""),
))

# ============================================================================ 5
CONTRACTS.append(dict(
    file="council-insurance-broking.docx",
    build="docx-fodt",
    title="Contract for Insurance Broker Services",
    subject="insurance broking and liability claims handling for a county council",
    jurisdiction="Ireland",
    doctype="services contract",
    parties="Council / Service Provider (DAC)",
    author="Siobh\u00e1n Delaney",
    exercises="LibreOffice DOCX from flat ODT: LibreOffice numbering.xml, comments, tracked insertion of a whole "
              "protected-disclosure clause, deleted gifts clause replaced by [Not used], CDM-04 in a footnote, "
              "reporting schedule table, text frame, cross-reference fields; wrong-party Ethics Acts and armed-conflict decoys",
    blocks=[
        TITLE("Contract for Insurance Broker Services"),
        P("Contract No. KCC/FIN/2025/006 \u2013 awarded following an open procedure advertised in the Official Journal "
          "of the European Union"),
        P("This Contract is made on 2 June 2025 between KILBRANNAN COUNTY COUNCIL, of \u00c1ras an Chontae, Kilbrannan, "
          "Co. Kilbrannan (the \u201cCouncil\u201d), and HARBOURLINE INSURANCE BROKERS DAC, a designated activity "
          "company registered in Ireland (number 604417) and regulated by the Central Bank of Ireland, whose registered "
          "office is at 7 Merchant\u2019s Quay, Limerick (the \u201cService Provider\u201d)."),
        BOX(["Notices and key contacts (this box forms part of the Contract)",
             "Council: Risk Manager, Corporate Services Directorate, \u00c1ras an Chontae, Kilbrannan.",
             "Service Provider: Account Director, Harbourline Insurance Brokers DAC, 7 Merchant\u2019s Quay, Limerick.",
             "Notices under this Contract shall be sent by email and by post to the contacts in this box, and a party "
             "shall give five working days\u2019 notice of any change to its contact."]),
        N(0, "1.", "Definitions"),
        N(1, "1.1", "In this Contract: \u201cClaimant\u201d means any member of the public who makes or intends to make a "
                    "claim against a policy arranged under this Contract; \u201cInsurer\u201d means any insurer with "
                    "which the Service Provider places cover for the Council; and \u201cRemuneration\u201d means fees, "
                    "commission and any other benefit received by the Service Provider in connection with this Contract."),
        N(1, "1.2", "Where there is any conflict between these conditions and the tender documents, these conditions "
                    "prevail."),
        N(0, "2.", "Services"),
        N(1, "2.1", "The Service Provider shall: (a) review the Council\u2019s insurance programme each year; (b) market "
                    "the programme to Insurers and recommend cover; (c) place cover as the Council instructs; and (d) "
                    "manage liability claims from Claimants on the Council\u2019s behalf."),
        N(1, "2.2", "The Service Provider shall act in the best interests of the Council at all times and shall comply "
                    "with the Consumer Protection Code 2012 and the Minimum Competency Code 2017 issued by the Central "
                    "Bank of Ireland."),
        N(1, "2.3", "The Service Provider shall not sub-contract any of the Services without the Council\u2019s consent "
                    "and shall remain liable for the acts and omissions of any sub-contractor."),
        N(0, "3.", "Staff and training"),
        N(1, "3.1", "The Service Provider shall ensure that all staff engaged in the Services complete induction "
                    "training, and refresher training at least annually, on its code of business conduct, conflicts of "
                    "interest and the Criminal Justice (Corruption Offences) Act 2018, and shall keep records of that "
                    "training."),
        N(1, "3.2", "The Service Provider shall nominate an account director who shall attend quarterly review meetings "
                    "with the Council\u2019s Risk Manager."),
        N(0, "4.", "Remuneration and disclosure"),
        N(1, "4.1", "The Service Provider shall be remunerated by the annual fee in the Pricing Schedule and shall not "
                    "accept commission from any Insurer in respect of cover placed for the Council, save as disclosed "
                    "under clause 4.2."),
        N(1, "4.2", "The Service Provider shall disclose to the Council in writing, before cover is placed, all "
                    "Remuneration it will receive from any Insurer and any actual or potential conflict of interest, "
                    "including any shareholding in, or binding authority from, an Insurer, and shall notify the Council "
                    "promptly of any conflict of interest that arises during the term.",
          bm="refDisclosure"),
        N(1, "4.3", ["Where a conflict is disclosed under clause ", REF("refDisclosure", "4.2"), ", the parties will "
                     "discuss in good faith whether and how it may be managed."]),
        N(1, "4.4", "The Service Provider is encouraged to keep a register of the interests declared by its account "
                    "executives."),
        N(0, "5.", "Standards of conduct"),
        N(1, "5.1", "The Service Provider shall adopt, maintain and comply with a written code of business conduct "
                    "applying to all staff engaged in the Services, and shall give a copy to the Council on request.",
          bm="refCode",
          comment="Legal to confirm whether the Seven Principles clause from the Council\u2019s standard template "
                  "should be added here."),
        N(1, "5.2", "The Council\u2019s members and employees are subject to the Ethics in Public Office Act 1995 and the "
                    "Standards in Public Office Act 2001 and to the Council\u2019s Code of Conduct for Employees."),
        N(1, "5.3", "The Service Provider shall not commit any offence under the Criminal Justice (Corruption Offences) "
                    "Act 2018 in connection with this Contract, shall maintain adequate procedures to prevent corruption "
                    "by its staff and agents, and shall notify the Council immediately on becoming aware of any breach "
                    "of this clause.",
          bm="refCorruption"),
        N(1, "5.4", [INS("The Service Provider shall maintain procedures for workers to make protected disclosures in "
                         "accordance with the Protected Disclosures Act 2014 and shall not penalise any worker for making "
                         "a protected disclosure.")],
          author="Ciar\u00e1n Madigan"),
        N(0, "6.", "Gifts and hospitality"),
        N(1, "6.1", [DEL("The Service Provider shall not offer or give any gift or hospitality to any member or employee "
                         "of the Council involved in the procurement or management of this Contract, and shall keep a "
                         "register of all gifts and hospitality offered to the Council\u2019s staff."),
                     INS("[Not used]")],
          author="Ciar\u00e1n Madigan",
          comment="Deleted as agreed at the clarification meeting \u2013 covered by the Harbourline group policy."),
        N(0, "7.", "Claims handling and complaints"),
        N(1, "7.1", ["The Service Provider shall operate a written complaints procedure for Claimants and other members "
                     "of the public dealing with it on the Council\u2019s behalf, shall publicise it in all correspondence "
                     "with Claimants and shall handle complaints in accordance with the Consumer Protection Code 2012.",
                     FN("The Service Provider shall co-operate with the Office of the Ombudsman and the Financial Services "
                        "and Pensions Ombudsman in the investigation of any complaint concerning the Services, including "
                        "by providing information and documents within the time either of them specifies, and shall "
                        "implement any recommendation accepted by the Council.")]),
        N(1, "7.2", "Complaints should normally be acknowledged within 5 working days and resolved within 40 working days."),
        N(1, "7.3", "The Service Provider may survey Claimants about their experience of the claims process."),
        N(0, "8.", "Reporting"),
        N(1, "8.1", "The Service Provider shall deliver the reports in the Reporting Schedule below to the Council\u2019s "
                    "Risk Manager."),
        TABLE([["Report", "Content", "Frequency"],
               ["Claims bordereau", "All open and closed liability claims, reserves and payments", "Monthly"],
               ["Claims and complaints report", "Number of complaints received from Claimants, upheld, partially upheld "
                "and not upheld, and the average time to resolve them", "Quarterly, within 10 working days of quarter end"],
               ["Renewal report", "Market review, recommended programme and disclosure of Remuneration",
                "Annually, by 1 October"]]),
        N(1, "8.2", ["On each anniversary of the Commencement Date, the Service Provider shall deliver to the Council a "
                     "certificate signed by a director confirming that it has complied with clauses ",
                     REF("refCode", "5.1"), " to ", REF("refCorruption", "5.3"), " and clause ",
                     REF("refDisclosure", "4.2"), " during the preceding year and that the arrangements supporting those "
                     "obligations remain in place."]),
        N(0, "9.", "Freedom of Information"),
        N(1, "9.1", "The Service Provider acknowledges that the Council is subject to the Freedom of Information Act 2014 "
                    "and shall provide all assistance the Council reasonably requests to respond to a request under that "
                    "Act within 5 working days of the Council\u2019s request."),
        N(0, "10.", "Audit"),
        N(1, "10.1", "The Council may audit the Service Provider\u2019s performance of the Services on 10 working days\u2019 "
                     "notice."),
        N(0, "11.", "Term and termination"),
        N(1, "11.1", "This Contract runs for three years from 1 July 2025 and may be extended by the Council for one "
                     "further year."),
        N(1, "11.2", "The Council may terminate this Contract by written notice if the Service Provider commits a material "
                     "breach of this Contract and fails to remedy it within 30 days."),
        N(1, "11.3", "Neither party shall be liable for any failure caused by events beyond its reasonable control, "
                     "including war, armed conflict, terrorism or pandemic."),
        P("Signed for and on behalf of Kilbrannan County Council: Eoin Gallagher, Director of Services"),
        P("Signed for and on behalf of Harbourline Insurance Brokers DAC: Ciar\u00e1n Madigan, Director"),
    ],
    expected=V("""
ES-01 gap  # the Seven Principles are only raised in a comment on clause 5.1; clause 5.2 binds the Council's members and employees (wrong party)
ES-02 pass  # clause 5.1: adopt, maintain and comply with a written code of business conduct for its staff
ES-03 gap  # clause 2.3: consent to sub-contract and liability for sub-contractors only (decoys)
ES-04 pass  # clause 3.1: induction and annual training on the code, conflicts of interest and the 2018 Corruption Act, with records
ES-05 pass  # clause 5.4 (tracked insertion, counts): protected-disclosure procedures under the 2014 Act; no penalisation
ES-06 pass  # clause 5.3: no offence under the Criminal Justice (Corruption Offences) Act 2018, adequate procedures, immediate notice
ES-07 pass  # clause 9.1: assistance with FOI Act 2014 requests within 5 working days
ES-08 weak  # clause 10.1: general audit of performance of the Services; ethics not named
ES-09 weak  # clause 11.2: generic material-breach termination
ES-10 pass  # clause 8.2: annual director-signed certificate of compliance with clauses 5.1-5.3 and 4.2 and supporting arrangements
COI-01 pass  # clause 4.2: disclose Remuneration and any actual or potential conflict before placing cover; notify new conflicts promptly
COI-02 weak  # clause 4.3: the parties "will discuss in good faith" whether a conflict "may be managed" - no duty to mitigate or follow directions
COI-03 gap  # clause 6.1 gifts and hospitality duty is a tracked deletion replaced by "[Not used]"
COI-04 gap  # no former-official provision in clauses 3-6
COI-05 weak  # clause 4.4: "is encouraged to" keep a register of interests - permissive
COI-06 gap  # no procurement-stage disclosure; the heading note only records the open procedure
CDM-01 pass  # clause 7.1: written, publicised complaints procedure for Claimants and members of the public
CDM-02 pass  # clause 8.1 Reporting Schedule: quarterly claims and complaints report with received/upheld/not upheld counts
CDM-03 weak  # clause 7.3: Service Provider "may survey" Claimants - permissive
CDM-04 pass  # footnote 1 to clause 7.1: co-operate with the Office of the Ombudsman and the FSPO; implement recommendations
CDM-05 gap  # no analysis of or learning from complaints in clauses 7-8
CDM-06 weak  # clause 7.2: complaints "should normally" be acknowledged in 5 and resolved in 40 working days
"""),
))

# ============================================================================ 6
CONTRACTS.append(dict(
    file="period-dignity-grant.odt",
    build="odt-fodt",
    title="Grant Agreement \u2013 Period Dignity in Community Venues 2025-26",
    subject="free period products in community venues",
    jurisdiction="Wales",
    doctype="grant agreement",
    parties="Council (bilingual name) / Grantee (CIO)",
    author="Rhian Pritchard",
    exercises="LibreOffice ODT from flat ODT: LibreOffice list numbering and tables, lead-in (a)-(c) list, monitoring-returns "
              "table, comment asking about a conflict power, cross-reference fields; disapplied complaint timescales, "
              "Gift Aid, code-of-practice and Council-publication decoys; Ombudsman route for the Council's own handling",
    blocks=[
        TITLE("Grant Agreement \u2013 Period Dignity in Community Venues 2025-26"),
        P("Grant reference: GCBC/PD/25/009"),
        P("This Grant Agreement is made between Glanrhyd County Borough Council / Cyngor Bwrdeistref Sirol Glanrhyd, "
          "of Tŷ Glanrhyd, Heol y Farchnad, Glanrhyd CF47 2QJ (the \u201cCouncil\u201d), and Cwtch Dignity Cymru, a "
          "charitable incorporated organisation registered with the Charity Commission for England and Wales (number "
          "1187420), of 5 Stryd yr Eglwys, Glanrhyd CF47 1LT (the \u201cGrantee\u201d)."),
        H("Summary of the grant"),
        TABLE([["Item", "Detail"],
               ["Grant amount", "\u00a384,500"],
               ["Grant period", "1 April 2025 to 31 March 2026"],
               ["Purpose", "Free period products available in at least 60 community venues across the county borough"],
               ["Council contact", "Grants and Partnerships Officer, Communities Directorate"]]),
        N(0, "1.", "Purpose and use of the Grant"),
        N(1, "1.1", "The Grantee shall use the Grant only for the Project described in this Agreement and in its "
                    "application dated 14 February 2025."),
        N(1, "1.2", "The Grantee shall ensure that products are:"),
        N(3, "(a)", "available free of charge, without any eligibility test or requirement to give a name;"),
        N(3, "(b)", "offered in a range of types, including reusable and plastic-free products; and"),
        N(3, "(c)", "stocked and checked at least fortnightly at each venue."),
        N(1, "1.3", "The Grantee shall follow the Council\u2019s Code of Practice for Product Storage and Display in "
                    "every venue, including its requirements on hygiene, discreet display and stock rotation."),
        N(1, "1.4", "The Grantee shall agree a list of venues with the Council before 30 April 2025, giving priority to "
                    "libraries, community centres, food banks, youth clubs and family centres in the areas ranked highest "
                    "in the Welsh Index of Multiple Deprivation, and shall not remove a venue from the list without "
                    "telling the Council."),
        N(0, "2.", "Payment"),
        N(1, "2.1", "The Council will pay the Grant in two instalments: 60% on signature of this Agreement and 40% on "
                    "acceptance of the second quarterly monitoring return."),
        N(1, "2.2", "The Grantee may claim Gift Aid on any donations it receives for the Project, but shall not claim "
                    "Gift Aid on the Grant."),
        N(1, "2.3", "The Grantee shall keep separate accounting records for the Grant, shall obtain at least three "
                    "quotations for any single purchase of products above \u00a35,000, and shall keep invoices for six years."),
        N(0, "3.", "Monitoring and reporting"),
        N(1, "3.1", "The Grantee shall submit the returns in the table below to the Council\u2019s Grants and "
                    "Partnerships Officer."),
        TABLE([["Return", "Content", "Due"],
               ["Quarterly monitoring return", "Products distributed by venue and type; number of active venues; "
                "complaints and comments received from people using the scheme, and how each complaint was resolved",
                "Within 15 working days of each quarter end"],
               ["Annual user survey report", "Results of the survey under clause 3.2", "By 30 April 2026"],
               ["End of grant report", "Outcomes achieved and spending against budget", "By 30 April 2026"]]),
        N(1, "3.2", "The Grantee shall carry out an annual survey of people using the scheme, in Welsh and English, and "
                    "report the results to the Council."),
        N(1, "3.3", "The Grantee is encouraged to use the survey results and any complaints to improve the scheme."),
        N(1, "3.4", ["The Council may monitor the Grantee\u2019s compliance with clauses ", REF("refPrinciples", "4.1"),
                     " to ", REF("refFraud", "4.4"), " and clause 5, and may inspect the Grantee\u2019s records and visit "
                     "venues for that purpose."]),
        N(1, "3.5", "The Council\u2019s Grants and Partnerships Officer will meet the Grantee each quarter to discuss the "
                    "monitoring return and any proposed change to the list of venues."),
        N(0, "4.", "Conduct"),
        N(1, "4.1", "The Grantee shall observe the Seven Principles of Public Life in its use of the Grant and in its "
                    "dealings with the Council.",
          bm="refPrinciples"),
        N(1, "4.2", "Volunteers should receive an induction before they restock venues."),
        N(1, "4.3", "Staff and volunteers may raise any concern about the Project with the Council\u2019s Grants and "
                    "Partnerships Officer."),
        N(1, "4.4", "The Grantee shall not use any part of the Grant for a fraudulent or corrupt purpose and shall "
                    "maintain adequate financial controls to prevent fraud and bribery.",
          bm="refFraud"),
        N(1, "4.5", ["The Grantee shall ensure that any delivery partner to which it passes any part of the Grant agrees "
                     "in writing to obligations no less onerous than those in clauses ", REF("refPrinciples", "4.1"),
                     " to ", REF("refFraud", "4.4"), " and clause 5."]),
        N(0, "5.", "Conflicts of interest"),
        N(1, "5.1", "The Grantee shall declare to the Council in writing any actual or potential conflict of interest, "
                    "including any interest of a trustee or employee in a supplier of products, as soon as it becomes "
                    "aware of it.",
          comment="Do we want a power to require a conflicted trustee to step back from decisions? Check with Legal "
                  "before signature."),
        N(1, "5.2", "The Grantee shall obtain an annual declaration of interests, or a nil return, from each trustee and "
                    "senior employee, keep a register of those declarations and provide it to the Council on request."),
        N(0, "6.", "Publicity and information"),
        N(1, "6.1", "The Council will publish details of all grants awarded, including the amount and the name of the "
                    "Grantee, on its website."),
        N(1, "6.2", "The Grantee shall acknowledge the Council\u2019s support, in Welsh and English, on all publicity "
                    "for the Project and at every venue."),
        N(0, "7.", "Complaints"),
        N(1, "7.1", "The Grantee should have a simple way for people using the venues to make a complaint about the scheme."),
        N(1, "7.2", "Complaints about the Council\u2019s own handling of this grant may be made under the Council\u2019s "
                    "Concerns and Complaints Policy and then to the Public Services Ombudsman for Wales."),
        N(1, "7.3", "Clause 9.4 of the Council\u2019s Standard Grant Conditions (Complaint Response Times) is disapplied."),
        N(0, "8.", "Withholding and repayment"),
        N(1, "8.1", "The Council may withhold any unpaid instalment, or require repayment of all or part of the Grant, if "
                    "the Grantee breaches clause 4 or clause 5."),
        N(1, "8.2", "The Council may also withhold or reclaim the Grant if the Grantee becomes insolvent, ceases to "
                    "operate or uses the Grant for any purpose other than the Project."),
        N(0, "9.", "General"),
        N(1, "9.1", "The Grantee shall hold public liability insurance of at least \u00a35 million and employer\u2019s "
                    "liability insurance as required by law."),
        N(1, "9.2", "The Grantee shall not collect personal data from people using the venues, except where a person asks "
                    "to be contacted, and shall then process that data in accordance with the UK GDPR."),
        N(1, "9.3", "The Grantee shall return any part of the Grant that is unspent at the end of the Grant period within "
                    "30 days of the Council\u2019s request."),
        N(1, "9.4", "This Agreement is governed by the law of England and Wales as it applies in Wales. Either party may "
                    "correspond with the other in Welsh or in English, and neither will be treated less favourably for "
                    "using Welsh."),
        P("Signed for Glanrhyd County Borough Council: Eleri Vaughan, Head of Communities"),
        P("Signed for Cwtch Dignity Cymru: Megan Price, Chair of Trustees"),
    ],
    expected=V("""
ES-01 pass  # clause 4.1: Grantee shall observe the Seven Principles of Public Life in its use of the Grant
ES-02 gap  # clause 1.3 is a technical code of practice on storage and display (decoy); no code of conduct
ES-03 pass  # clause 4.5: delivery partners agree in writing to obligations no less onerous than clauses 4.1-4.4 and 5
ES-04 weak  # clause 4.2: volunteers "should receive an induction" - generic and permissive
ES-05 weak  # clause 4.3: staff and volunteers "may raise" concerns with the Council; no Grantee duty
ES-06 pass  # clause 4.4: no fraudulent or corrupt use of the Grant; adequate controls to prevent fraud and bribery
ES-07 gap  # clause 6.1: publication of grant details is by the Council (wrong party); no FOI co-operation
ES-08 pass  # clause 3.4: Council may monitor compliance with clauses 4.1-4.4 and 5 and inspect records
ES-09 pass  # clause 8.1: Council may withhold or reclaim the Grant for breach of clause 4 or 5
ES-10 gap  # no assurance or certificate on conduct in clauses 3-5
COI-01 pass  # clause 5.1: declare any actual or potential conflict (including trustees' supplier interests) in writing
COI-02 gap  # a power to require a conflicted trustee to step back is only asked about in a comment on clause 5.1
COI-03 gap  # clause 2.2 is about Gift Aid (decoy); no gifts and hospitality control
COI-04 gap  # no former-official provision in clauses 4-5
COI-05 pass  # clause 5.2: annual declarations or nil returns from trustees and senior employees, kept in a register given on request
COI-06 gap  # no procurement-stage disclosure in clauses 1-5
CDM-01 weak  # clause 7.1: Grantee "should have" a way to complain - permissive
CDM-02 pass  # clause 3.1 table: quarterly monitoring return includes complaints received and how each was resolved
CDM-03 pass  # clause 3.2: annual survey of people using the scheme, reported to the Council
CDM-04 gap  # clause 7.2: the Ombudsman route concerns the Council's own handling of the grant (decoy)
CDM-05 weak  # clause 3.3: "is encouraged to" use survey results and complaints to improve - permissive
CDM-06 gap  # clause 7.3 disapplies the complaint response times; none are fixed
"""),
))

# ============================================================================ 7
CONTRACTS.append(dict(
    file="test-purchasing-sla.odt",
    build="odt-hand",
    title="Service Level Agreement \u2013 Age-Restricted Sales Test Purchasing",
    subject="age-restricted sales test purchasing with young volunteers",
    jurisdiction="Northern Ireland",
    doctype="service level agreement",
    parties="Council (district council) / Service Provider",
    author="Niamh Corr",
    exercises="hand-built ODT: text:tracked-changes deletion of the only whistleblowing sentence, inserted complaints "
              "clause, office:annotation proposing lessons learned, ODF list numbering; Responsibilities matrix with "
              "Service Provider and Council rows (the Council's audit row is the right party for ES-08); inline (a)-(c) "
              "list; Bribery Act only in a list of Laws",
    blocks=[
        TITLE("Service Level Agreement \u2013 Age-Restricted Sales Test Purchasing"),
        P("SLA reference: LEG/EH/TP/2025-02"),
        P("This Service Level Agreement is made between Lough Errin and Glenmore District Council, of Council Offices, "
          "1 Shore Road, Ballycarra BT57 4DX (the \u201cCouncil\u201d), and Sentinel Compliance Testing Limited, a "
          "company registered in Northern Ireland (NI672031), of 14 Linen Hall Street, Belfast BT2 8BG (the "
          "\u201cService Provider\u201d)."),
        H("Background"),
        P("The Council enforces the law on the sale of tobacco, nicotine inhaling products and other age-restricted "
          "products to young persons. This SLA sets out how the Service Provider will recruit, train and supervise "
          "young volunteers to make test purchases under the direction of the Council\u2019s authorised officers."),
        N(0, "1.", "Definitions"),
        N(1, "1.1", "In this SLA: \u201cLaw\u201d means any applicable legislation, including the Children and Young "
                    "Persons Act (Northern Ireland) 1968, the Tobacco Retail Outlet Register Regulations (Northern "
                    "Ireland) 2016, the Bribery Act 2010 and the Data Protection Act 2018; \u201cPersonnel\u201d means "
                    "the Service Provider\u2019s employees, supervisors and young volunteers; and \u201cWorking Day\u201d "
                    "means a day other than a Saturday, Sunday or bank holiday in Northern Ireland."),
        N(0, "2.", "Services"),
        N(1, "2.1", "The Service Provider shall plan and carry out up to 120 test purchase attempts each year at premises "
                    "selected by the Council, in accordance with the Code of Practice on Age Restricted Sales Test "
                    "Purchasing and under the supervision of an authorised officer."),
        N(1, "2.2", "Each volunteer shall be aged 14 to 16, shall carry no identification, and shall not be asked to lie "
                    "about his or her age."),
        N(1, "2.3", "The Service Provider shall not sub-contract any part of the Services."),
        N(1, "2.4", "For each attempt the supervisor shall complete the Council\u2019s test purchase record form, "
                    "including the time, the premises, the products requested, a description of the seller and whether a "
                    "sale was made, and shall sign it with the volunteer."),
        N(1, "2.5", "The Service Provider shall ensure that no volunteer takes part in more than six attempts in a single "
                    "operation or in any operation ending after 9 pm."),
        N(0, "3.", "Responsibilities"),
        N(1, "3.1", "Each party shall carry out the activities for which it is shown as the Responsible party in the "
                    "table below."),
        TABLE([["Activity", "Responsible party", "Timing"],
               ["Recruit volunteers and obtain written parental consent", "Service Provider", "Before each operation"],
               ["Adopt and apply a code of conduct for Personnel covering honesty, confidentiality and the fair "
                "treatment of traders", "Service Provider", "Throughout the term"],
               ["Comply with the Council\u2019s Code of Conduct for Officers when directing operations", "Council",
                "Throughout the term"],
               ["Audit the Service Provider\u2019s compliance with its code of conduct and with clause 5 of this SLA",
                "Council", "At least annually"],
               ["Select premises and brief Personnel", "Council", "5 Working Days before each operation"],
               ["Provide a written report of each attempt", "Service Provider", "Within 2 Working Days"]]),
        N(0, "4.", "Training and safeguarding"),
        N(1, "4.1", "The Service Provider shall train all Personnel, before their first operation and annually, on its "
                    "code of conduct, safeguarding and the avoidance of any conduct that could amount to entrapment, and "
                    "shall keep training records for inspection by the Council."),
        N(1, "4.2", "The Service Provider shall comply with the Council\u2019s safeguarding policy and shall ensure that "
                    "every volunteer is accompanied by a supervisor at all times."),
        N(0, "5.", "Standards of conduct"),
        N(1, "5.1", "The Service Provider shall ensure that its Personnel uphold the standards of conduct expected of "
                    "holders of public office while carrying out the Services."),
        N(1, "5.2", ["Personnel must give an honest and complete account of every test purchase in their reports.",
                     DEL(" The Service Provider shall operate a whistleblowing procedure through which Personnel may raise "
                         "concerns about any operation, and shall not subject any person who raises a concern in good "
                         "faith to any detriment.")]),
        N(1, "5.3", "The Service Provider shall nominate a compliance officer who is responsible for its compliance with "
                    "this clause 5 and with its code of conduct."),
        N(1, "5.4", "Personnel should decline any gift or hospitality offered by a trader or by any person connected with "
                    "premises that may be tested."),
        N(0, "6.", "Conflicts of interest"),
        N(1, "6.1", "The Service Provider shall not deploy any member of Personnel to premises with which that person has "
                    "a personal, family or financial connection, and shall notify the Council in writing of any such "
                    "connection, or any other actual or potential conflict of interest, before the operation."),
        N(1, "6.2", "Where a conflict of interest arises, the Council may direct that the test purchase be reassigned to "
                    "other Personnel or postponed, and the Service Provider shall comply with that direction."),
        N(1, "6.3", "The Service Provider confirms that it has disclosed to the Council any relationship between it or its "
                    "directors and any person involved in awarding this SLA, and it shall keep that disclosure up to date "
                    "during the term."),
        N(0, "7.", "Information"),
        N(1, "7.1", "The Service Provider shall assist the Council, within 5 Working Days of a request, to respond to any "
                    "request for information under the Freedom of Information Act 2000 or the Environmental Information "
                    "Regulations 2004 that concerns the Services."),
        N(1, "7.2", "The Service Provider shall keep the identity of volunteers confidential and shall not disclose it to "
                    "any trader."),
        N(0, "8.", "Complaints"),
        N(1, "8.1", [INS("The Service Provider shall operate a complaints procedure for traders, parents of volunteers and "
                         "other members of the public who are dissatisfied with the conduct of a test purchase, and shall "
                         "publicise it on its website and in the letter sent to premises after each operation.")]),
        N(1, "8.2", "The Service Provider shall: (a) acknowledge each complaint within 2 Working Days; (b) send a full "
                    "response within 15 Working Days or explain the delay; and (c) tell the complainant how to escalate "
                    "the complaint to the Council and to the Northern Ireland Public Services Ombudsman."),
        N(1, "8.3", "The Service Provider shall co-operate with the Council and with the Northern Ireland Public Services "
                    "Ombudsman in the investigation of any complaint about the Services, including by providing "
                    "information and attending meetings when asked."),
        N(1, "8.4", "The Service Provider shall include in each quarterly report the number of complaints received, "
                    "upheld, partially upheld and not upheld, and the time taken to respond.",
          comment="Add a lessons-learned review of complaints at the quarterly meeting?"),
        N(0, "9.", "Term and termination"),
        N(1, "9.1", "This SLA runs from 1 July 2025 to 30 June 2027."),
        N(1, "9.2", "Either party may terminate this SLA on three months\u2019 written notice."),
        N(1, "9.3", "The Council may suspend operations at any time if it considers that the safety of a volunteer is at "
                    "risk."),
        N(0, "10.", "Charges"),
        N(1, "10.1", "The Council shall pay \u00a3185 for each completed test purchase attempt and \u00a360 for each "
                     "aborted attempt, monthly in arrears."),
        N(0, "11.", "Data protection and records"),
        N(1, "11.1", "The Service Provider shall process the personal data of volunteers and sellers only on the "
                     "Council\u2019s documented instructions and in accordance with the UK GDPR and the Data Protection "
                     "Act 2018."),
        N(1, "11.2", "The Service Provider shall keep each test purchase record for three years, or until any proceedings "
                     "arising from the attempt have concluded, whichever is later, and shall then destroy it securely."),
        N(0, "12.", "Insurance"),
        N(1, "12.1", "The Service Provider shall maintain employer\u2019s liability insurance of at least \u00a310 million "
                     "and public liability insurance of at least \u00a35 million, and shall produce evidence of that cover "
                     "on request."),
        P("Signed for Lough Errin and Glenmore District Council: Declan Morrow, Head of Environmental Health"),
        P("Signed for Sentinel Compliance Testing Limited: Ruth Agnew, Managing Director"),
    ],
    expected=V("""
ES-01 pass  # clause 5.1: Personnel uphold the standards of conduct expected of holders of public office
ES-02 pass  # clause 3.1 table, row with Responsible party Service Provider: adopt and apply a code of conduct for Personnel (the Council's officer-code row is wrong party)
ES-03 gap  # clause 2.3 forbids sub-contracting; no flow-down
ES-04 pass  # clause 4.1: train Personnel before their first operation and annually on the code of conduct and entrapment, with records
ES-05 gap  # the whistleblowing and no-detriment sentence in clause 5.2 is a tracked deletion
ES-06 gap  # Bribery Act 2010 named only in the list of Laws in clause 1.1 (decoy)
ES-07 pass  # clause 7.1: assist with FOI and EIR requests within 5 Working Days
ES-08 pass  # clause 3.1 table, row with Responsible party Council: audit of the Service Provider's compliance with its code and clause 5
ES-09 gap  # clause 9.2: termination on notice only; clause 9.3 suspension is for safety, not ethical breach
ES-10 weak  # clause 5.3: nominated compliance officer only - structures without assurance
COI-01 pass  # clause 6.1: no deployment where connected; notify actual or potential conflicts in writing
COI-02 pass  # clause 6.2: Council may direct reassignment or postponement; Service Provider shall comply
COI-03 weak  # clause 5.4: Personnel "should decline" gifts or hospitality - permissive
COI-04 gap  # no former-official provision in clauses 5-6
COI-05 gap  # no declarations register in clauses 5-6
COI-06 pass  # clause 6.3: confirms disclosure of relationships with those awarding the SLA, kept up to date
CDM-01 pass  # clause 8.1 (tracked insertion, counts): publicised complaints procedure for traders, parents and the public
CDM-02 pass  # clause 8.4: quarterly report of complaints received, upheld, partially upheld and not upheld, and response times
CDM-03 gap  # no satisfaction or feedback collection in clauses 3-8
CDM-04 pass  # clause 8.3: co-operate with the Council and NIPSO in complaint investigations
CDM-05 gap  # a lessons-learned review is only suggested in a comment on clause 8.4
CDM-06 pass  # clause 8.2(a)-(b) inline list: acknowledge in 2 Working Days, respond in 15 Working Days or explain the delay
"""),
))

# ============================================================================ 8
CONTRACTS.append(dict(
    file="remote-clinic-agency-nursing.odt",
    build="odt-hand",
    title="Standing Offer Arrangement \u2013 Supply of Remote Area Nurses",
    subject="agency remote area nurses for remote health clinics",
    jurisdiction="Australia (Northern Territory)",
    doctype="standing offer arrangement (panel framework)",
    parties="Department / Contractor (Pty Ltd)",
    author="Jarrah Wilson",
    exercises="hand-built ODT: tracked change weakening a principles duty (must -> should encourage), tracked deletion "
              "of monthly complaint reporting, annotation proposing a declarations register, KPI table with a client "
              "experience threshold, lead-in with (a)-(c) sub-clauses, 'must' wording; Information Act negation",
    blocks=[
        TITLE("Standing Offer Arrangement \u2013 Supply of Remote Area Nurses"),
        P("Arrangement No. TERH-SOA-2025-11"),
        P("This Arrangement is made between NT Remote Health Services, a division of the Department of Health and "
          "Wellbeing of the Northern Territory (the Department), and Spinifex Clinical Staffing Pty Ltd (ABN 48 615 220 "
          "937) of 22 Cavenagh Street, Darwin NT 0800 (the Contractor)."),
        N(0, "1.", "Interpretation"),
        N(1, "1.1", "In this Arrangement: Client means a person receiving care at a Remote Clinic; Nurse means a "
                    "registered nurse or midwife supplied by the Contractor; Order means a request for a Nurse issued "
                    "under clause 3; Personnel means the Contractor\u2019s officers, employees, Nurses and subcontractors; "
                    "and Remote Clinic means a health centre listed in Schedule 1."),
        N(1, "1.2", "If there is an inconsistency between this Arrangement and an Order, this Arrangement prevails."),
        N(0, "2.", "Standing offer"),
        N(1, "2.1", "This Arrangement is a standing offer. The Department is not obliged to issue any Order, and the "
                    "Contractor is one of several suppliers on the Department\u2019s remote nursing panel."),
        N(0, "3.", "Orders and placements"),
        N(1, "3.1", "The Department may issue an Order specifying the Remote Clinic, the placement dates (usually 6 to 12 "
                    "weeks) and any particular skills required."),
        N(1, "3.2", "The Contractor must, within 2 Business Days of an Order, propose a Nurse who:"),
        N(3, "(a)", "holds current registration with the Nursing and Midwifery Board of Australia without conditions;"),
        N(3, "(b)", "has at least two years\u2019 post-registration experience, including remote or emergency practice; and"),
        N(3, "(c)", "has completed the Department\u2019s remote area orientation and cultural safety modules."),
        N(1, "3.3", "The Contractor must ensure that all Nurses are appropriately trained and qualified for remote practice."),
        N(1, "3.4", "The Contractor must arrange and pay for each Nurse\u2019s travel to and from the Remote Clinic, and the "
                    "Department will provide accommodation at the Remote Clinic."),
        N(0, "4.", "Performance"),
        N(1, "4.1", "The Contractor must meet the key performance indicators in the table below. Performance will be "
                    "reviewed at quarterly meetings with the Department."),
        TABLE([["KPI", "Measure", "Target"],
               ["Fill rate", "Orders filled with a Nurse who meets clause 3.2", "95%"],
               ["Placement continuity", "Placements completed without early withdrawal", "90%"],
               ["Credential checks", "Registration and checks verified before travel", "100%"],
               ["Client experience", "Clients rating their care as good or very good in the survey under clause 9.3", "85%"]]),
        N(0, "5.", "Integrity"),
        N(1, "5.1", ["The Contractor ", DEL("must ensure that its Personnel observe"),
                     INS("should encourage its Personnel to observe"),
                     " the principles of selflessness, integrity, objectivity, accountability, openness, honesty and "
                     "respect in all dealings with Clients, communities and the Department."],
          author="Spinifex Clinical Staffing"),
        N(1, "5.2", "The Contractor must comply, and must ensure that its Personnel comply, with the Department\u2019s "
                    "Supplier Code of Conduct."),
        N(1, "5.3", "The Contractor must not take, or threaten, any detrimental action against any person because that "
                    "person has made, or may make, a report of improper conduct to the Department or under the "
                    "Independent Commissioner Against Corruption Act 2017 (NT)."),
        N(1, "5.4", "The Contractor must not engage in corrupt conduct in connection with this Arrangement, must maintain "
                    "adequate procedures to prevent fraud and corruption by its Personnel, and must notify the Department "
                    "immediately of any suspected fraud or corruption."),
        N(1, "5.5", "The Contractor must keep a register of gifts and benefits offered to or received by its Personnel "
                    "from any person connected with a Remote Clinic or the Department, and must not give any gift or "
                    "benefit to Department staff."),
        N(1, "5.6", "The Contractor must ensure that each subcontract, including any engagement of a Nurse as a sole "
                    "trader, contains obligations equivalent to those in clauses 5 and 6."),
        N(1, "5.7", "The Contractor must give the Department, by 31 July each year, an integrity compliance statement "
                    "signed by its chief executive confirming that it has complied with clauses 5 and 6 during the "
                    "previous financial year and that it has the policies and structures needed to do so."),
        N(0, "6.", "Conflicts of interest"),
        N(1, "6.1", "The Contractor must ensure that neither it nor any of its Personnel has any interest that conflicts, "
                    "or may conflict, with its obligations under this Arrangement, including a family or financial "
                    "connection with another health service provider in a community served by a Remote Clinic, and must "
                    "notify the Department in writing promptly of any actual or potential conflict.",
          author="Jarrah Wilson",
          comment="Should we also require a declarations register for the Contractor\u2019s placement coordinators? "
                  "Raise at the next contract review."),
        N(1, "6.2", "If a conflict is notified, the Department may propose measures to manage it."),
        N(1, "6.3", "The Contractor should notify the Department if it engages, within 12 months of their leaving the "
                    "Department, any former Department employee who was involved in awarding or managing this Arrangement."),
        N(0, "7.", "Audit and remedies"),
        N(1, "7.1", "The Department may audit the Contractor\u2019s compliance with clauses 5 and 6, and the Contractor "
                    "must give the Department\u2019s auditors access to its records, premises and Personnel for that "
                    "purpose."),
        N(1, "7.2", "The Department may require the Contractor to remove from any placement, immediately, any Nurse who "
                    "has breached clause 5 or 6, and may terminate this Arrangement if the Contractor breaches clause 5 or 6."),
        N(0, "8.", "Information"),
        N(1, "8.1", "The Contractor is not required to assist the Department with applications for access to government "
                    "information under the Information Act 2002 (NT), which the Department will handle itself."),
        N(1, "8.2", "The Contractor must protect Client health information in accordance with the Information Act 2002 "
                    "(NT) and the Department\u2019s privacy policy."),
        N(0, "9.", "Complaints and feedback"),
        N(1, "9.1", "The Contractor must have a complaints procedure through which Clients, their families and communities "
                    "can complain about a Nurse, and must handle complaints consistently with the Health and Community "
                    "Services Complaints Act 1998 (NT)."),
        N(1, "9.2", ["The Contractor must keep a record of each complaint and its outcome",
                     DEL(" and must report the number, nature and outcome of complaints to the Department each month"), "."],
          author="Spinifex Clinical Staffing"),
        N(1, "9.3", "The Contractor must invite each Client seen by a Nurse to give feedback through a short patient "
                    "experience survey, in plain English and with an interpreter where needed, and must report the "
                    "results to the Department quarterly."),
        N(1, "9.4", "The Contractor must analyse complaints and survey results each quarter, identify themes and, where "
                    "the Client experience KPI in clause 4.1 is not met, agree an action plan with the Department and "
                    "implement it."),
        N(1, "9.5", "The Contractor must co-operate with the Health and Community Services Complaints Commission and the "
                    "Ombudsman NT in any investigation of a complaint about a Nurse or the services, and must implement "
                    "any agreed resolution."),
        N(0, "10.", "Term"),
        N(1, "10.1", "This Arrangement starts on 1 August 2025 and ends on 31 July 2028 unless extended under clause 10.2."),
        N(1, "10.2", "The Department may extend this Arrangement by up to two further periods of 12 months each."),
        P("Signed for the Department by its delegate: Dr Alison Kerr, General Manager, NT Remote Health Services"),
        P("Signed for Spinifex Clinical Staffing Pty Ltd under section 127 of the Corporations Act 2001 (Cth): "
          "Luke Baranyi, Director; Tessa Nguyen, Director"),
    ],
    expected=V("""
ES-01 weak  # clause 5.1: tracked change "must ensure that its Personnel observe" -> "should encourage its Personnel to observe" the named principles - permissive
ES-02 pass  # clause 5.2: Contractor must comply, and ensure Personnel comply, with the Department's Supplier Code of Conduct
ES-03 pass  # clause 5.6: each subcontract, including sole-trader Nurses, contains obligations equivalent to clauses 5 and 6
ES-04 weak  # clause 3.3: "appropriately trained and qualified" - generic, ethics not named
ES-05 pass  # clause 5.3: no detrimental action against people who report improper conduct (ICAC Act 2017 (NT))
ES-06 pass  # clause 5.4: no corrupt conduct, adequate fraud and corruption procedures, immediate notice
ES-07 gap  # clause 8.1: Contractor "is not required to assist" with Information Act requests (negation)
ES-08 pass  # clause 7.1: Department may audit compliance with clauses 5 and 6
ES-09 pass  # clause 7.2: removal of a Nurse and termination for breach of clause 5 or 6
ES-10 pass  # clause 5.7: annual integrity compliance statement signed by the chief executive, with policies and structures
COI-01 pass  # clause 6.1: no conflicting interests for Contractor or Personnel; notify actual or potential conflicts promptly
COI-02 weak  # clause 6.2: Department "may propose measures" - no duty to mitigate or power to direct or terminate
COI-03 pass  # clause 5.5: register of gifts and benefits; no gifts or benefits to Department staff
COI-04 weak  # clause 6.3: Contractor "should notify" engagement of former Department employees
COI-05 gap  # a declarations register is only suggested in a comment on clause 6.1
COI-06 gap  # no procurement-stage disclosure; clause 2.1 only describes the panel
CDM-01 pass  # clause 9.1: complaints procedure for Clients, families and communities under the HCSC Act 1998 (NT)
CDM-02 gap  # clause 9.2: monthly complaint reporting is a tracked deletion; only record-keeping remains
CDM-03 pass  # clause 9.3: patient experience survey of Clients, results reported quarterly
CDM-04 pass  # clause 9.5: co-operate with the HCSCC and the Ombudsman NT; implement agreed resolutions
CDM-05 pass  # clause 9.4: quarterly analysis of complaints and survey results; action plan where the clause 4.1 KPI is missed
CDM-06 gap  # no acknowledgement or response timescales in clause 9
"""),
))

# ============================================================================ 9
CONTRACTS.append(dict(
    file="wilding-conifer-control.md",
    build="md",
    title="Contract for Services \u2013 Wilding Conifer Control, M\u0101taitai Basin Operational Area 4",
    subject="wilding conifer control (felling and spraying)",
    jurisdiction="New Zealand",
    doctype="contract for services",
    parties="Council (regional council) / Contractor",
    exercises="Markdown with a pipe table of reports and complaint service levels; HTML comment proposing a conflict "
              "clause; inline (a)-(c) list; 'expects' wording for the supplier code and tender disclosures; data "
              "integrity, conflict-between-documents and armed-conflict decoys; financial-only audit",
    blocks=[
        TITLE("Contract for Services \u2013 Wilding Conifer Control, M\u0101taitai Basin Operational Area 4"),
        P("Contract number: MRC-BIO-2025-044"),
        P("**Parties:** M\u0101taitai Regional Council, Te Kaunihera \u0101-Rohe o M\u0101taitai (*the Council*), and "
          "Tussock Ridge Contracting Limited, company number 7719024, of 18 Ardgour Road, Omarama (*the Contractor*)."),
        H("Background"),
        P("The Council\u2019s Regional Pest Management Plan requires the control of wilding conifers, including *Pinus "
          "contorta*, Douglas fir and other spreading species, across the M\u0101taitai Basin. The Contractor was "
          "selected through a closed tender from the Council\u2019s pre-qualified biosecurity panel."),
        P("The Operational Area includes high-country pastoral leases, conservation land and private farmland. Work on "
          "conservation land is subject to the access conditions in Schedule 3, and the Council will obtain any consent "
          "needed from the land manager."),
        N(0, "1.", "Interpretation"),
        N(1, "1.1", "In this Contract, *Control Work* means ground-based felling, basal bark application and aerial spot "
                    "spraying of wilding conifers in the Operational Area; *Landholder* means any owner or occupier of "
                    "land in the Operational Area; and *Worker* has the meaning in the Health and Safety at Work Act 2015."),
        N(1, "1.2", "If there is a conflict between documents, the order of precedence is: these conditions, the "
                    "Specification, then the Contractor\u2019s tender."),
        N(0, "2.", "Services"),
        N(1, "2.1", "The Contractor must carry out the Control Work across 2,350 hectares of the Operational Area between "
                    "1 October 2025 and 30 April 2026."),
        N(1, "2.2", "Before entering any land, the Contractor must: (a) give the Landholder at least 5 working days\u2019 "
                    "notice; (b) agree access routes and gate protocols; and (c) confirm the location of waterways, bores "
                    "and sensitive sites."),
        N(1, "2.3", "The Contractor must record the GPS track of every spray flight and felling crew and must not alter "
                    "those records; the Council relies on the integrity of that data for its annual report to the "
                    "Ministry for Primary Industries."),
        N(1, "2.4", "All Workers applying herbicide must hold a current GROWSAFE certificate and must be trained in the safe "
                    "handling of agrichemicals and in chainsaw operation."),
        N(1, "2.5", "Aerial spot spraying must be carried out only in wind speeds between 3 and 20 km/h and not within 50 "
                    "metres of any waterway, dwelling or crop boundary identified under clause 2.2."),
        N(1, "2.6", "The Contractor must leave felled trees in place unless the Landholder asks for them to be cut and "
                    "stacked, and must not light fires in the Operational Area."),
        N(1, "2.7", "The Contractor must clean vehicles, machinery and footwear before entering the Operational Area, to "
                    "prevent the spread of weeds, pests and freshwater organisms."),
        N(1, "2.8", "The Contractor must keep a record of each herbicide application, showing the product, rate, "
                    "location, operator and weather conditions, and must give a copy to the Council with the next "
                    "progress report."),
        N(1, "2.9", "Where a Landholder refuses access, the Contractor must record the refusal and tell the Council, which "
                    "will decide whether to use its powers under the Biosecurity Act 1993."),
        N(0, "3.", "Service levels and reporting"),
        P("The Contractor must meet the service levels and provide the reports in the table below."),
        TABLE([["Item", "Requirement", "Frequency or timing"],
               ["Progress report", "Hectares treated, trees controlled, chemical used and a map of treated blocks",
                "Monthly, by the 5th working day"],
               ["Complaints register extract", "Every complaint received from Landholders or members of the public, how "
                "it was handled and the outcome", "Monthly, with the progress report"],
               ["Complaint acknowledgement", "Acknowledge the complainant", "Within 2 working days of receipt"],
               ["Complaint response", "Full written response to the complainant", "Within 10 working days of receipt"],
               ["Spray incident notice", "Drift, spill or off-target application", "Within 24 hours"]]),
        N(0, "4.", "Conduct"),
        N(1, "4.1", "The Council expects the Contractor and its subcontractors to meet the standards set out in the "
                    "Council\u2019s Supplier Code of Conduct."),
        N(1, "4.2", "The Contractor must not offer gifts or hospitality to any Council officer involved in this Contract, "
                    "and must record in a register any gift or hospitality offered to its Workers by a Landholder or "
                    "supplier."),
        N(1, "4.3", "The Contractor must have internal procedures for receiving and dealing with protected disclosures, "
                    "consistent with the Protected Disclosures (Protection of Whistleblowers) Act 2022, and must not "
                    "retaliate against any Worker who makes a protected disclosure."),
        N(1, "4.4", "The Council expects the Contractor to tell it about any relationship between the Contractor and any "
                    "Council officer involved in evaluating tenders for this Contract."),
        CMT("Add a conflict of interest clause - the Contractor's director owns a forestry block bordering Operational "
            "Area 4? Check with procurement before signing.", "RM"),
        N(0, "5.", "Official information"),
        N(1, "5.1", "The Contractor must provide the Council, within 5 working days of a request, with any information the "
                    "Council needs to respond to a request under the Local Government Official Information and Meetings "
                    "Act 1987."),
        N(0, "6.", "Complaints"),
        N(1, "6.1", "The Contractor must operate a complaints process for Landholders and members of the public affected "
                    "by the Control Work, must give its contact details on every entry notice and must keep a complaints "
                    "register."),
        N(1, "6.2", "If a complaint is referred to the Ombudsman, the Contractor should assist the Council in responding."),
        N(0, "7.", "Payment and audit"),
        N(1, "7.1", "The Council will pay the rates in Schedule 2 monthly in arrears, on receipt of a valid tax invoice."),
        N(1, "7.2", "The Contractor must submit its tax invoice by the 20th day of each month, showing the hectares treated "
                    "in each block and the rate claimed."),
        N(1, "7.3", "The Council may audit the Contractor\u2019s invoices, timesheets and payment records relating to this "
                    "Contract."),
        N(0, "8.", "Termination"),
        N(1, "8.1", "The Council may terminate this Contract by notice if the Contractor commits a material breach and does "
                    "not remedy it within 10 working days."),
        N(1, "8.2", "Neither party is liable for failure caused by events beyond its reasonable control, including "
                    "earthquake, fire, armed conflict or a declared state of emergency."),
        N(0, "9.", "Health and safety"),
        N(1, "9.1", "The Contractor must comply with the Health and Safety at Work Act 2015, must consult, co-operate and "
                    "co-ordinate with the Council and each Landholder as other persons conducting a business or "
                    "undertaking, and must give the Council a site-specific safety plan before starting work."),
        N(1, "9.2", "The Contractor must notify the Council within 24 hours of any notifiable event under the Health and "
                    "Safety at Work Act 2015."),
        N(0, "10.", "General"),
        N(1, "10.1", "Maps, GPS data and reports produced under this Contract belong to the Council, which may share them "
                     "with the Ministry for Primary Industries and the National Wilding Conifer Control Programme."),
        N(1, "10.2", "The Contractor must hold public liability insurance of at least $5,000,000 and statutory liability "
                     "insurance of at least $1,000,000."),
        N(1, "10.3", "This Contract is governed by the laws of New Zealand."),
        P("Signed for the Council: Hemi Walker, Biosecurity Manager \u2013 Signed for the Contractor: Sarah Dunnet, Director"),
    ],
    expected=V("""
ES-01 gap  # only the "integrity" of GPS data in clause 2.3 (decoy); no principles bound on the Contractor
ES-02 weak  # clause 4.1: "The Council expects" the Contractor to meet the Supplier Code of Conduct
ES-03 weak  # clause 4.1: "expects" the Contractor and its subcontractors to meet the Code - permissive flow-down
ES-04 gap  # clause 2.4: GROWSAFE, agrichemical and chainsaw training only (technical)
ES-05 pass  # clause 4.3: protected-disclosure procedures under the 2022 Act; no retaliation
ES-06 gap  # no anti-bribery or fraud provision; clause 4.2 covers gifts only
ES-07 pass  # clause 5.1: information for LGOIMA requests within 5 working days
ES-08 gap  # clause 7.3: audit of invoices, timesheets and payment records only (financial-only)
ES-09 weak  # clause 8.1: generic material-breach termination
ES-10 gap  # no ethics assurance or certification in clauses 4-8
COI-01 gap  # a conflict of interest clause is only proposed in a comment after clause 4.4; clause 1.2 "conflict between documents" is precedence (decoy)
COI-02 gap  # no conflict mitigation or termination right in clauses 4-8
COI-03 pass  # clause 4.2: no gifts or hospitality to Council officers; register of gifts and hospitality offered to Workers
COI-04 gap  # no former-official provision in clause 4
COI-05 gap  # no declarations register; clause 6.1 register is of complaints
COI-06 weak  # clause 4.4: "The Council expects" disclosure of relationships with tender evaluators - permissive
CDM-01 pass  # clause 6.1: complaints process for Landholders and the public, contact details on entry notices, register
CDM-02 pass  # clause 3 table: monthly complaints register extract with handling and outcome
CDM-03 gap  # no satisfaction or feedback collection in clauses 3 and 6
CDM-04 weak  # clause 6.2: Contractor "should assist" if the Ombudsman investigates
CDM-05 gap  # no analysis of or learning from complaints in clauses 3 and 6
CDM-06 pass  # clause 3 table: acknowledge within 2 working days, full response within 10 working days
"""),
))

# ============================================================================ 10
CONTRACTS.append(dict(
    file="cree-language-revitalization-grant.md",
    build="md",
    title="Grant Agreement \u2013 Community Language Revitalization Program",
    subject="Indigenous language revitalization (Cree master-apprentice) grant",
    jurisdiction="Canada (Manitoba)",
    doctype="grant agreement",
    parties="Department (provincial) / Grantee (not-for-profit)",
    exercises="Markdown without tables: recitals, inline and lead-in lists, footnote, 'does not apply', 'is not required "
              "to' and '[Not used]'; one-topic fraud certificate; reasonable-efforts access requests; Ombudsman route for "
              "the Department's own administration; insurance-only flow-down",
    blocks=[
        TITLE("Grant Agreement \u2013 Community Language Revitalization Program"),
        P("File No. CHL-LRP-2025-118"),
        P("**BETWEEN:** His Majesty the King in right of the Province of Manitoba, as represented by the Minister of "
          "Culture, Heritage and Languages, acting through the Department of Culture, Heritage and Languages (the "
          "\u201cDepartment\u201d)"),
        P("**AND:** Wapiskaw Lake Language Circle Inc., a not-for-profit corporation incorporated under The Corporations "
          "Act (Manitoba), of 41 Lakeshore Drive, Wapiskaw Lake, Manitoba R0B 1K0 (the \u201cGrantee\u201d)"),
        H("Recitals"),
        P("WHEREAS the Department administers the Community Language Revitalization Program to support the teaching and "
          "everyday use of Indigenous languages in Manitoba;"),
        P("AND WHEREAS the Grantee applied for funding for the N\u00eahiyaw\u00eawin (Cree) Master-Apprentice Project "
          "described in Schedule A (the \u201cProject\u201d);"),
        P("NOW THEREFORE the parties agree as follows."),
        N(0, "1.", "Definitions"),
        N(1, "1.1", "In this Agreement, \u201cEligible Costs\u201d means the costs listed in Schedule B; \u201cFiscal "
                    "Year\u201d means April 1 to March 31; and \u201cParticipant\u201d means an apprentice, mentor or "
                    "community member taking part in Project sessions."),
        N(0, "2.", "Grant"),
        N(1, "2.1", "The Department will provide a grant of up to $148,000 for Eligible Costs incurred between May 1, 2025 "
                    "and March 31, 2027."),
        N(1, "2.2", "Payments will be made in instalments on acceptance of the reports in section 6."),
        N(1, "2.3", "The Grantee shall keep proper books of account for the grant, separate from its other funds, and "
                    "shall repay any amount not spent on Eligible Costs within 60 days after the end of the Project."),
        N(0, "3.", "Project delivery"),
        N(1, "3.1", "The Grantee shall carry out the Project as described in Schedule A, including: (a) pairing at least 12 "
                    "apprentices with fluent Elders as mentors; (b) delivering 600 hours of immersion sessions in each "
                    "Fiscal Year; and (c) recording and archiving language materials with the consent of the speakers."),
        N(1, "3.2", ["The Grantee shall pay honoraria to Elders at the rates in Schedule B.",
                     FN("Honoraria are Eligible Costs only if paid by cheque or electronic transfer and supported by a "
                        "signed receipt.")]),
        N(1, "3.3", "The Grantee shall give Elders and apprentices a safe, accessible place for sessions, and shall hold "
                    "at least two land-based immersion camps in each Fiscal Year."),
        N(1, "3.4", "The Grantee and the community retain ownership of all language recordings and materials created in "
                    "the Project, consistent with the First Nations principles of ownership, control, access and "
                    "possession. The Department may use them only with the Grantee\u2019s written permission."),
        N(1, "3.5", "The Grantee shall acknowledge the Department\u2019s funding in all public materials about the "
                    "Project, in Cree and in English."),
        N(0, "4.", "Conduct of the Grantee"),
        N(1, "4.1", "The Grantee shall conduct the Project with integrity, honesty, openness, objectivity and "
                    "accountability, and with respect for the Elders and the community."),
        N(1, "4.2", "The Grantee is not required to adopt a separate code of conduct for volunteers or Participants."),
        N(1, "4.3", "The Grantee is encouraged to adopt a whistleblower policy for its staff and volunteers."),
        N(1, "4.4", "The Grantee shall ensure that no part of the grant is used for any fraudulent or corrupt purpose, and "
                    "shall not offer any payment or other inducement to any employee of the Department to obtain or keep "
                    "this grant."),
        N(1, "4.5", "Within 60 days after the end of each Fiscal Year, the Grantee shall provide a certificate signed by "
                    "its treasurer confirming that no grant funds were used for any fraudulent purpose."),
        N(1, "4.6", "The Grantee shall ensure that any contractor it engages for the Project carries commercial general "
                    "liability insurance of at least $2,000,000."),
        N(1, "4.7", "Section 12 of the Department\u2019s General Terms and Conditions for Grants (Official Languages) does "
                    "not apply to this Agreement."),
        N(0, "5.", "Conflict of interest"),
        N(1, "5.1", "The Grantee shall avoid any conflict of interest in the use of the grant, including paying any "
                    "honorarium or fee to a director or a director\u2019s family member without disclosure, and shall "
                    "disclose to the Department in writing, without delay, any actual, potential or perceived conflict "
                    "of interest."),
        N(1, "5.2", "Where a conflict of interest arises, the Grantee shall take the steps the Department directs to remove "
                    "or manage it."),
        N(1, "5.3", "The Grantee shall obtain an annual written declaration of interests, or a nil declaration, from each "
                    "director and from the Project coordinator, keep a register of those declarations, and provide it to "
                    "the Department with the annual report."),
        N(1, "5.4", "The Grantee shall not employ or engage, in any role that involves communicating with the Department "
                    "about this grant, any person who was a public office holder in the Department within the preceding "
                    "12 months."),
        N(1, "5.5", "Department employees are bound by the conflict of interest and post-employment rules of the Manitoba "
                    "public service."),
        N(0, "6.", "Reporting"),
        N(1, "6.1", "The Grantee shall submit:"),
        N(3, "(a)", "an interim progress report by November 15 in each Fiscal Year;"),
        N(3, "(b)", "an annual report by May 31 in each year; and"),
        N(3, "(c)", "a final financial statement within 90 days after the end of the Project."),
        N(1, "6.2", "The Grantee shall survey Participants at the end of each block of sessions and shall report the "
                    "satisfaction results in each annual report."),
        N(1, "6.3", "The Grantee should consider how feedback from Participants can be used to improve the Project."),
        N(0, "7.", "Access to information and audit"),
        N(1, "7.1", "The Grantee acknowledges that this Agreement is subject to The Freedom of Information and Protection "
                    "of Privacy Act (Manitoba) and will make reasonable efforts to provide any information the Department "
                    "requests to respond to an access request."),
        N(1, "7.2", "The Department may audit the Project, at its own expense, at any time up to three years after the "
                    "end of the Project."),
        N(0, "8.", "Complaints"),
        N(1, "8.1", "[Not used]"),
        N(1, "8.2", "Concerns about the Department\u2019s administration of the Program may be raised with the "
                    "Department\u2019s Program Manager and then with the Manitoba Ombudsman."),
        N(0, "9.", "Termination"),
        N(1, "9.1", "The Department may terminate this Agreement on 60 days\u2019 notice if Program funding is withdrawn, "
                    "or immediately if the Grantee becomes insolvent."),
        N(1, "9.2", "Section 9.1 does not limit the Department\u2019s right to recover any overpayment."),
        N(0, "10.", "General"),
        N(1, "10.1", "This Agreement is governed by the laws of Manitoba and the federal laws of Canada applicable there."),
        N(1, "10.2", "Notices shall be in writing, in English, or in Cree with an English translation."),
        N(1, "10.3", "This Agreement, including its Schedules, is the entire agreement between the parties about the "
                     "grant and may be amended only in writing signed by both parties."),
        P("Signed for the Department: Colette Arseneault, Assistant Deputy Minister \u2013 Signed for the Grantee: "
          "Norman Bighetty, President"),
    ],
    expected=V("""
ES-01 pass  # clause 4.1: Grantee shall act with integrity, honesty, openness, objectivity and accountability (five of the seven principle words)
ES-02 gap  # clause 4.2: Grantee "is not required to adopt" a code of conduct (negation)
ES-03 gap  # clause 4.6 flows down insurance only (decoy)
ES-04 gap  # no ethics training for staff in clauses 3-5
ES-05 weak  # clause 4.3: "is encouraged to adopt" a whistleblower policy - permissive
ES-06 pass  # clause 4.4: no fraudulent or corrupt use of the grant; no inducement to Department employees
ES-07 weak  # clause 7.1: "reasonable efforts" to provide information for FIPPA access requests
ES-08 weak  # clause 7.2: general audit of the Project; ethics not named
ES-09 gap  # clause 9.1: termination only for withdrawn funding or insolvency
ES-10 weak  # clause 4.5: annual certificate on fraud only - one-topic certificate
COI-01 pass  # clause 5.1: avoid conflicts; disclose actual, potential or perceived conflicts in writing without delay
COI-02 pass  # clause 5.2: Grantee shall take the steps the Department directs to remove or manage a conflict
COI-03 gap  # no gifts or hospitality control; clause 4.4 inducement ban is anti-bribery (ES-06)
COI-04 pass  # clause 5.4: no engagement of a Department public office holder from the preceding 12 months in contact roles
COI-05 pass  # clause 5.3: annual declarations or nil declarations from directors and coordinator, register given to the Department
COI-06 gap  # no procurement-stage disclosure; clause 5.5 binds Department employees only
CDM-01 gap  # clause 8.1 is "[Not used]"; clause 8.2 concerns the Department's own administration (decoy)
CDM-02 gap  # reports in clause 6.1 carry no complaint data
CDM-03 pass  # clause 6.2: survey Participants after each block and report satisfaction results annually
CDM-04 gap  # clause 8.2 Manitoba Ombudsman route is for concerns about the Department (decoy)
CDM-05 weak  # clause 6.3: "should consider" using feedback to improve - permissive
CDM-06 gap  # no complaint timescales; clause 8.1 is "[Not used]"
"""),
))

# ============================================================================ 11
CONTRACTS.append(dict(
    file="hate-crime-third-party-reporting.txt",
    build="txt",
    title="Contract for a Third-Party Hate Crime Reporting and Support Service",
    subject="third-party hate crime reporting centres and victim support",
    jurisdiction="England",
    doctype="services contract (police and crime commissioner)",
    parties="Commissioner (PCC) / Service Provider (CIO)",
    exercises="plain text with typed multi-level numbers, a text Responsibilities table with a Commissioner row, "
              "lead-in with (a)-(c), bracketed reviewer comment, [Guidance: ...] placeholder and [Not used]; "
              "victims' 'confidential reporting line' look-alike; definition-only conflict of interest",
    blocks=[
        TITLE("Contract for a Third-Party Hate Crime Reporting and Support Service"),
        P("Contract reference: OPCC-HM/2025/017"),
        P("Date: 28 February 2025"),
        H("PARTIES"),
        P("(1) The Police and Crime Commissioner for Hartmoor, of Police Headquarters, Moorgate Road, Hartley HT4 9RB "
          "(the \"Commissioner\"); and"),
        P("(2) Open Door Equality Partnership, a charitable incorporated organisation registered in England and Wales "
          "(number 1169284), of The Exchange, 3 Sparrow Lane, Hartley HT1 2DN (the \"Service Provider\")."),
        N(0, "1.", "DEFINITIONS"),
        N(1, "1.1", "\"Conflict of Interest\" means a situation in which the personal, professional or financial "
                    "interests of the Service Provider or its Staff conflict, or may conflict, with its duties under this "
                    "Contract."),
        N(1, "1.2", "\"Service User\" means any person who reports a hate incident or hate crime to the Service or receives "
                    "support from it; \"Staff\" means the Service Provider's employees and volunteers; and \"Working Day\" "
                    "means a day other than a Saturday, Sunday or public holiday in England."),
        N(0, "2.", "THE SERVICE"),
        N(1, "2.1", "The Service Provider shall operate a confidential reporting line (telephone, web form and text relay) "
                    "through which victims and witnesses can report hate incidents, and shall pass each report to "
                    "Hartmoor Police within 24 hours where the Service User consents."),
        N(1, "2.2", "The Service Provider shall maintain at least 20 third-party reporting centres in community venues "
                    "across Hartmoor, and shall train the venue staff who receive reports."),
        N(1, "2.3", "The Service Provider shall offer each Service User practical and emotional support, including help to "
                    "attend court and referral to specialist services."),
        N(1, "2.4", "The Service shall be available by telephone from 8am to 8pm on weekdays and from 10am to 4pm at "
                    "weekends, and the web form shall be available at all times. Service Users may report anonymously."),
        N(1, "2.5", "The Service Provider shall make the Service accessible to disabled people, Deaf people and people "
                    "who do not speak English, including through BSL video relay and telephone interpreting."),
        N(0, "3.", "STAFF AND VOLUNTEERS"),
        N(1, "3.1", "The Service Provider shall ensure that all Staff complete induction training, and refresher training "
                    "every 12 months, on the Service Provider's Code of Conduct, confidentiality, safeguarding and "
                    "conflicts of interest, and shall keep training records."),
        N(1, "3.2", "Staff shall not make any public statement or post on social media about the Service, any Service User "
                    "or the Commissioner without the Commissioner's prior written approval."),
        N(0, "4.", "STANDARDS OF CONDUCT"),
        N(1, "4.1", "The Service Provider shall comply with, and shall ensure that its Staff comply with, the Seven "
                    "Principles of Public Life in delivering the Service."),
        N(1, "4.2", "The Service Provider shall maintain, and shall ensure that its Staff comply with, a written Code of "
                    "Conduct which meets the standards set out in the Commissioner's Supplier Code of Conduct."),
        N(1, "4.3", "The Service Provider shall not commit, and shall ensure that its Staff do not commit, any offence "
                    "under the Bribery Act 2010 or the Fraud Act 2006 in connection with this Contract, and shall maintain "
                    "adequate procedures to prevent such offences."),
        N(1, "4.4", "The Service Provider shall impose on each sub-contractor obligations equivalent to those in this "
                    "clause 4 and in clause 3.1."),
        N(1, "4.5", "[Guidance: insert the requirement for an annual ethical standards statement here if the contract value "
                    "exceeds GBP 250,000.]"),
        N(0, "5.", "GIFTS, HOSPITALITY AND INTERESTS"),
        N(1, "5.1", "Each party shall carry out the activities for which it is shown as the Responsible party in the table "
                    "below."),
        TABLE([["Activity", "Responsible party"],
               ["Maintain a register of gifts and hospitality offered to or received by Staff", "Service Provider"],
               ["Refuse any gift or hospitality from a person who is the subject of a report", "Service Provider"],
               ["Publish the Commissioner's own gifts and hospitality register quarterly", "Commissioner"]]),
        N(1, "5.2", "The Service Provider is encouraged to keep a register of interests for its trustees."),
        N(0, "6.", "TRANSPARENCY"),
        N(1, "6.1", "The Service Provider shall publish on its website, each quarter, the number of reports received and "
                    "the number of Service Users supported, and shall assist the Commissioner to respond to any request "
                    "under the Freedom of Information Act 2000 within 5 Working Days."),
        N(0, "7.", "COMPLAINTS AND FEEDBACK"),
        N(1, "7.1", "The Service Provider shall operate a complaints procedure for Service Users which is free, accessible "
                    "in community languages and Easy Read, and publicised at every reporting centre."),
        N(1, "7.2", "Complaints should normally be acknowledged within 3 Working Days and answered within 20 Working Days."),
        CMT("make 7.2 a firm \"shall\"? The Commissioner's own standard is 20 Working Days.", "JM"),
        N(1, "7.3", "The Service Provider shall invite every Service User to give feedback at the end of their support and "
                    "shall report the satisfaction results to the Commissioner quarterly."),
        N(1, "7.4", "The Service Provider shall review complaints and feedback each quarter to identify themes and lessons "
                    "learned, and shall agree an improvement plan with the Commissioner where satisfaction falls below 80%."),
        N(1, "7.5", "Complaints about the conduct of police officers or police staff are dealt with by Hartmoor Police's "
                    "Professional Standards Department and the Independent Office for Police Conduct and are outside this "
                    "clause 7."),
        N(0, "8.", "REPORTING AND MONITORING"),
        N(1, "8.1", "The Service Provider shall submit a quarterly monitoring report to the Commissioner within 15 Working "
                    "Days of the end of each quarter, containing:"),
        N(3, "(a)", "the number of reports received, by strand of hate crime and by reporting route;"),
        N(3, "(b)", "the number of complaints received, upheld and not upheld, and the time taken to answer them; and"),
        N(3, "(c)", "the satisfaction results under clause 7.3."),
        N(1, "8.2", "The Commissioner may inspect the Service Provider's financial records relating to this Contract on "
                    "5 Working Days' notice."),
        N(0, "9.", "SUB-CONTRACTING"),
        N(1, "9.1", "The Service Provider shall not sub-contract any part of the Service without the Commissioner's consent."),
        N(0, "10.", "TERMINATION"),
        N(1, "10.1", "The Commissioner may require the Service Provider to remove from the Service any member of Staff who "
                     "breaches clause 4, and may terminate this Contract if the Service Provider commits a serious or "
                     "repeated breach of clause 4."),
        N(1, "10.2", "Either party may terminate this Contract on six months' notice."),
        N(1, "10.3", "[Not used]"),
        N(0, "11.", "SAFEGUARDING AND DATA PROTECTION"),
        N(1, "11.1", "The Service Provider shall comply with the procedures of the Hartmoor Safeguarding Adults Board and "
                     "the Hartmoor Safeguarding Children Partnership."),
        N(1, "11.2", "The Service Provider is the controller of Service Users' personal data and shall share it with "
                     "Hartmoor Police only with the Service User's consent or where the law permits."),
        N(0, "12.", "PAYMENT"),
        N(1, "12.1", "The Commissioner shall pay the annual contract price of GBP 168,000 in quarterly instalments in "
                     "advance, the second and later instalments being subject to receipt of the monitoring report under "
                     "clause 8.1."),
        P("Signed for the Commissioner: Angela Rowe, Chief Executive, OPCC Hartmoor"),
        P("Signed for the Service Provider: Imran Qureshi, Director"),
    ],
    expected=V("""
ES-01 pass  # clause 4.1: comply, and ensure Staff comply, with the Seven Principles of Public Life
ES-02 pass  # clause 4.2: maintain and ensure Staff comply with a written Code of Conduct meeting the Commissioner's Supplier Code
ES-03 pass  # clause 4.4: impose on each sub-contractor obligations equivalent to clause 4 and clause 3.1
ES-04 pass  # clause 3.1: induction and yearly training on the Code of Conduct and conflicts of interest, with records
ES-05 gap  # clause 2.1 "confidential reporting line" is for victims reporting hate incidents (look-alike); clause 3.2 is a public-statement ban
ES-06 pass  # clause 4.3: no Bribery Act or Fraud Act offences; adequate procedures
ES-07 pass  # clause 6.1: publish quarterly figures on its website and assist with FOI requests within 5 Working Days
ES-08 gap  # clause 8.2: inspection of financial records only
ES-09 pass  # clause 10.1: removal of Staff who breach clause 4; termination for serious or repeated breach of clause 4
ES-10 gap  # clause 4.5 is an unfilled "[Guidance: ...]" drafting note
COI-01 weak  # clause 1.1 defines "Conflict of Interest" but no clause imposes a duty to avoid or notify one - definition only
COI-02 gap  # no conflict mitigation or direction power in clauses 4-5
COI-03 pass  # clause 5.1 table, rows with Responsible party Service Provider: gifts and hospitality register and refusal (the Commissioner's row is wrong party)
COI-04 gap  # no former-official provision in clauses 4-5
COI-05 weak  # clause 5.2: "is encouraged to" keep a register of interests
COI-06 gap  # no procurement-stage disclosure in clauses 1-5
CDM-01 pass  # clause 7.1: free, accessible, publicised Service User complaints procedure
CDM-02 pass  # clause 8.1(b): quarterly report of complaints received, upheld and not upheld, and response times
CDM-03 pass  # clause 7.3: feedback at the end of support, satisfaction results reported quarterly
CDM-04 gap  # clause 7.5 refers police complaints to the IOPC and puts them outside clause 7; no Ombudsman co-operation
CDM-05 pass  # clause 7.4: quarterly review for themes and lessons learned; improvement plan below 80% satisfaction
CDM-06 weak  # clause 7.2: "should normally" acknowledge in 3 and answer in 20 Working Days; a firm "shall" is only proposed in a comment
"""),
))

# ============================================================================ 12
CONTRACTS.append(dict(
    file="asbestos-surveys-isle-of-man.txt",
    build="txt",
    title="Contract for Asbestos Management and Refurbishment Surveys",
    subject="asbestos management and refurbishment surveys of public housing",
    jurisdiction="Isle of Man",
    doctype="consultancy contract",
    parties="Department (Isle of Man Government) / Consultant",
    exercises="plain text with typed numbers and a property schedule table; technical codes of practice (ACoP, HSG264), "
              "UKAS flow-down, confidentiality-only information clause, the Department's own certificate (wrong party), "
              "'on request' complaint data, 'should have regard to' the Seven Principles",
    blocks=[
        TITLE("Contract for Asbestos Management and Refurbishment Surveys"),
        P("Contract No. DHE/PRO/2025/022"),
        P("This Contract is made on 9 January 2025 between:"),
        P("The Department for Housing and Estates, a Department of the Isle of Man Government, of Markwell House, "
          "Prospect Hill, Douglas IM1 1EX (the \"Department\"); and"),
        P("Ellan Vannin Environmental Surveys Limited, a company incorporated in the Isle of Man (number 131406C), of "
          "Unit 3, Balthane Industrial Estate, Ballasalla IM9 2AQ (the \"Consultant\")."),
        N(0, "1.", "DEFINITIONS AND INTERPRETATION"),
        N(1, "1.1", "\"Properties\" means the public sector dwellings and associated buildings listed in Schedule 1; "
                    "\"Survey\" means a management survey or a refurbishment and demolition survey carried out in "
                    "accordance with HSG264; \"Tenant\" means a tenant or other lawful occupier of a Property; and "
                    "\"Staff\" means the Consultant's employees and any sub-contracted analysts."),
        N(1, "1.2", "In the event of any conflict between these Conditions and the Specification, these Conditions prevail."),
        N(0, "2.", "SERVICES"),
        N(1, "2.1", "The Consultant shall carry out Surveys of the Properties as instructed by the Department, produce a "
                    "survey report for each Property within 10 Working Days of the site visit, and update the "
                    "Department's asbestos register."),
        N(1, "2.2", "The Consultant shall comply with the Control of Asbestos Regulations 2012 as applied in the Isle of "
                    "Man, the Approved Code of Practice L143 and HSG264, Asbestos: The survey guide."),
        N(1, "2.3", "The Consultant shall ensure that any laboratory to which it sub-contracts sample analysis is "
                    "UKAS-accredited to ISO/IEC 17025, and the Consultant shall remain liable for the acts and omissions "
                    "of any sub-contractor."),
        N(1, "2.4", "The Consultant shall ensure that its surveyors hold the BOHS P402 qualification and receive annual "
                    "asbestos awareness and refresher training in accordance with the Control of Asbestos Regulations 2012."),
        N(1, "2.5", "The Consultant shall take samples only where a material cannot be presumed to contain asbestos, "
                    "shall make each sample point safe, and shall label it in accordance with HSG264."),
        N(1, "2.6", "Where a Survey finds damaged asbestos-containing material, the Consultant shall tell the Department "
                    "by telephone on the same day and confirm in writing within 24 hours."),
        N(0, "3.", "TENANTS"),
        N(1, "3.1", "The Consultant shall give each Tenant at least 7 days' written notice of a Survey, shall carry "
                    "identification, and shall leave each Property clean and safe."),
        N(1, "3.2", "The Consultant shall operate a complaints procedure for Tenants, shall explain it in every notice of a "
                    "Survey, and shall deal with each complaint in accordance with that procedure."),
        N(1, "3.3", "The Consultant shall acknowledge each complaint from a Tenant within 3 Working Days and shall send a "
                    "full response within 15 Working Days."),
        N(1, "3.4", "The Consultant shall co-operate fully with the Department and with the Tynwald Commissioner for "
                    "Administration in the investigation of any complaint about the Services, and shall implement any "
                    "remedy the Department agrees."),
        N(1, "3.5", "The Consultant shall provide the Department with details of complaints received from Tenants on "
                    "request."),
        N(0, "4.", "INDEPENDENCE AND CONFLICTS OF INTEREST"),
        N(1, "4.1", "The Consultant shall not have any financial or commercial interest in any asbestos removal contractor "
                    "engaged on the Properties, and shall notify the Department immediately in writing of any actual or "
                    "potential conflict of interest affecting the Consultant or its Staff."),
        N(1, "4.2", "Where a conflict of interest is notified, the Consultant shall prepare a mitigation plan and "
                    "implement it as the Department directs."),
        N(1, "4.3", "The Consultant shall not engage on the Services any person who, within the preceding 12 months, was "
                    "employed by the Department in a role connected with the procurement or management of this Contract."),
        N(1, "4.4", "The Consultant confirms that, before the award of this Contract, it disclosed to the Department every "
                    "relationship between the Consultant or its Staff and any person involved in the procurement, and it "
                    "shall keep that disclosure up to date."),
        N(0, "5.", "STANDARDS OF CONDUCT"),
        N(1, "5.1", "The Consultant should have regard to the Seven Principles of Public Life in its dealings with the "
                    "Department and Tenants."),
        N(1, "5.2", "The Consultant shall not commit any offence under the Bribery Act 2013 (an Act of Tynwald) and shall "
                    "maintain adequate procedures to prevent bribery by its Staff."),
        N(1, "5.3", "The Consultant shall not subject any member of Staff to any detriment for raising, in good faith, a "
                    "concern about asbestos safety or suspected wrongdoing on this Contract with the Consultant's "
                    "management or with the Department."),
        N(1, "5.4", "The Department's Accounting Officer will certify annually to Treasury that the Department's contracts "
                    "are managed in accordance with the Financial Regulations."),
        N(0, "6.", "INFORMATION"),
        N(1, "6.1", "The Consultant shall treat all survey reports and Tenant information as confidential and shall not "
                    "disclose them to any third party without the Department's consent."),
        N(0, "7.", "MONITORING AND AUDIT"),
        N(1, "7.1", "The Department may audit the Consultant's compliance with clauses 4 and 5, including by interviewing "
                    "Staff and inspecting registers and records, on 5 Working Days' notice."),
        N(1, "7.2", "The Department will carry out quality checks on at least 10% of Surveys, re-inspecting Properties "
                    "where necessary."),
        N(1, "7.3", "The Consultant shall attend a contract review meeting with the Department each quarter and shall "
                    "bring its programme of Surveys for the following quarter."),
        N(0, "8.", "PAYMENT"),
        N(1, "8.1", "The Department shall pay the rates in Schedule 2 within 30 days of receipt of a valid invoice."),
        N(1, "8.2", "The Consultant shall invoice monthly in arrears, itemised by Property and type of Survey."),
        N(0, "9.", "TERMINATION"),
        N(1, "9.1", "The Department may terminate this Contract by written notice if the Consultant commits a material "
                    "breach which it fails to remedy within 20 Working Days of being asked to do so."),
        N(1, "9.2", "The Department may terminate this Contract on 3 months' notice for convenience."),
        N(0, "10.", "EMPLOYEES"),
        N(1, "10.1", "The parties agree that no employees will transfer to the Consultant at the start or end of this "
                     "Contract, and any legislation on the transfer of undertakings does not apply."),
        N(0, "11.", "INSURANCE"),
        N(1, "11.1", "The Consultant shall maintain professional indemnity insurance of at least GBP 2 million for each "
                     "claim, with no asbestos exclusion, and public liability insurance of at least GBP 5 million."),
        N(0, "12.", "DATA PROTECTION"),
        N(1, "12.1", "The Consultant shall process Tenants' personal data only for the purposes of the Services and in "
                     "accordance with the Data Protection Act 2018 (an Act of Tynwald)."),
        H("SCHEDULE 1 - PROPERTIES"),
        TABLE([["Estate", "Dwellings", "Survey type"],
               ["Pulrose, Douglas", "212", "Management"],
               ["Willaston, Douglas", "148", "Management"],
               ["Janet's Corner, Castletown", "64", "Refurbishment and demolition"],
               ["Close Corlett, Peel", "40", "Refurbishment and demolition"]]),
        P("Signed for the Department: Paul Quayle, Director of Estates. Signed for the Consultant: Joanne Kinvig, Director."),
    ],
    expected=V("""
ES-01 weak  # clause 5.1: Consultant "should have regard to" the Seven Principles - permissive
ES-02 gap  # clause 2.2 names technical codes (ACoP L143, HSG264) only; no code of conduct
ES-03 gap  # clause 2.3 flows down UKAS accreditation and liability for sub-contractors only (decoys)
ES-04 gap  # clause 2.4: BOHS P402 and asbestos awareness training only (technical)
ES-05 pass  # clause 5.3: no detriment for raising concerns about wrongdoing in good faith, including with the Department
ES-06 pass  # clause 5.2: no offence under the Bribery Act 2013 (Isle of Man); adequate procedures
ES-07 gap  # clause 6.1 is confidentiality only (decoy); no FOI co-operation
ES-08 pass  # clause 7.1: Department may audit compliance with clauses 4 and 5
ES-09 weak  # clause 9.1: generic material-breach termination
ES-10 gap  # clause 5.4 certificate is the Department's Accounting Officer's (wrong party)
COI-01 pass  # clause 4.1: no interest in removal contractors; notify actual or potential conflicts immediately in writing
COI-02 pass  # clause 4.2: mitigation plan implemented as the Department directs
COI-03 gap  # no gifts or hospitality provision in clauses 4-5
COI-04 pass  # clause 4.3: no person employed by the Department on the procurement in the preceding 12 months
COI-05 gap  # no declarations register; the asbestos register in clause 2.1 is a decoy
COI-06 pass  # clause 4.4: disclosed relationships with those involved in the procurement; kept up to date
CDM-01 pass  # clause 3.2: Tenant complaints procedure explained in every Survey notice
CDM-02 weak  # clause 3.5: complaint details only "on request"
CDM-03 gap  # no Tenant satisfaction or feedback collection in clause 3
CDM-04 pass  # clause 3.4: co-operate with the Tynwald Commissioner for Administration; implement agreed remedies
CDM-05 gap  # no learning from complaints in clause 3
CDM-06 pass  # clause 3.3: acknowledge within 3 Working Days, full response within 15 Working Days
"""),
))
