"""Texts and verdicts of blind set 17 (sentence shapes and voices).

Written from the rule catalogue (sections 1 and 2) alone. Each contract is a dict:
  file, build, title, subject, jurisdiction, parties, shapes, blocks, verdicts
Blocks: ("title", s), ("h", s), ("p", inline), ("list", style, items), ("table", rows).
A list item is an inline, or (inline, ("list", style, items)) for a nested list; the
nested style follows the outer one (alpha -> roman, bullet -> dash, num -> alpha).
Inline: a string, or a list of strings and ("ins", s), ("del", s), ("c", comment, anchor).
Verdicts: one "RULE verdict  # why" line per rule, in catalogue order.
"""

RULES = ["ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
         "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
         "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06"]


def T(s):
    return ("title", s)


def H(s):
    return ("h", s)


def P(s):
    return ("p", s)


def L(style, *its):
    return ("list", style, list(its))


def S(text, style, *its):
    """A list item carrying a nested list."""
    return (text, ("list", style, list(its)))


def TB(*rows):
    return ("table", [list(r) for r in rows])


def V(text):
    out = []
    for line in text.strip("\n").splitlines():
        head, why = line.split("  # ", 1)
        rule, verdict = head.split()
        out.append((rule, verdict, why.strip()))
    return out


CONTRACTS = []

# =====================================================================================
# c01  English district council: abandoned vehicles (DOCX by LibreOffice) - passive voice
# =====================================================================================
CONTRACTS.append(dict(
    file="c01-abandoned-vehicles.docx", build="docx-lo",
    title="Contract for the Removal, Storage and Disposal of Abandoned Vehicles",
    subject="removal, storage and disposal of abandoned vehicles",
    jurisdiction="England (district council)", parties="Council / Contractor",
    shapes="duties in the passive voice with the agent in a by-phrase ('shall be observed by the Contractor', "
           "'is to be operated by the Contractor', 'shall be supplied to the Council by the Contractor'); an agentless "
           "'must be notified to the Council'; decoys: technical code of practice, data integrity, precedence conflict, "
           "TUPE former employees, authority's own certificate, exclusion-ground confirmation",
    blocks=[
        T("Contract for the Removal, Storage and Disposal of Abandoned Vehicles"),
        P("Contract reference: MDC/ENV/2025/014"),
        P("This Contract is dated 2 June 2025 and is made between:"),
        L("num",
          "MARLOWE DISTRICT COUNCIL of Civic Centre, Station Road, Marlowe MR1 4AA (the \u201cCouncil\u201d); and",
          "REDBANK RECOVERY SERVICES LIMITED, a company registered in England and Wales with number 08812345, whose "
          "registered office is at Unit 7, Kiln Lane Industrial Estate, Marlowe MR3 9TT (the \u201cContractor\u201d)."),
        H("Background"),
        P("A. The Council has duties under the Refuse Disposal (Amenity) Act 1978 and the Removal and Disposal of "
          "Vehicles Regulations 1986 to remove vehicles that appear to have been abandoned on land in its area."),
        P("B. Following an open procurement, the Council has selected the Contractor to remove, store and dispose of "
          "such vehicles on its behalf on the terms of this Contract."),
        H("1. Definitions and interpretation"),
        P("1.1 In this Contract the following words have the following meanings:"),
        L("bullet",
          "\u201cAbandoned Vehicle\u201d means a vehicle that an authorised officer of the Council has decided appears "
          "to be abandoned and has instructed the Contractor to remove;",
          "\u201cPound\u201d means the secure vehicle storage compound operated by the Contractor at Kiln Lane, Marlowe;",
          "\u201cProhibited Act\u201d means offering, giving or agreeing to give any person a financial or other "
          "advantage to induce improper performance, any offence under the Bribery Act 2010, and any offence of "
          "fraud or dishonesty under the Fraud Act 2006;",
          "\u201cStaff\u201d means all employees, agents and drivers of the Contractor or of any Sub-contractor engaged "
          "in the Services;",
          "\u201cSub-contractor\u201d means any person to whom the Contractor sub-contracts any part of the Services; and",
          "\u201cWorking Day\u201d means any day other than a Saturday, Sunday or public holiday in England."),
        P("1.2 In the event of any conflict between the clauses and the Schedules, the clauses shall prevail."),
        H("2. Term"),
        P("2.1 This Contract starts on 1 July 2025 and continues for three years. The Council may extend it once by "
          "up to two years by giving the Contractor at least three months' notice."),
        H("3. The Services"),
        P("3.1 The Contractor shall remove each Abandoned Vehicle within 24 hours of the Council's instruction, or "
          "within 2 hours where the vehicle is burnt out, causing an obstruction or presenting a danger."),
        P("3.2 The Contractor shall store each Abandoned Vehicle at the Pound for at least the period required by the "
          "1986 Regulations, shall check the keeper details with the DVLA, and shall release a vehicle only on proof of "
          "ownership and payment of the statutory charges."),
        P("3.3 Vehicles not claimed shall be disposed of through an authorised treatment facility in accordance with "
          "the End-of-Life Vehicles Regulations 2003, and a certificate of destruction is to be sent to the Council "
          "for each one."),
        P("3.4 The Contractor shall carry out all recovery work in accordance with PAS 43:2018 and the Council's "
          "Vehicle Removal Code of Practice, which sets out the signage, notice and photographic evidence required "
          "before a vehicle is lifted."),
        P("3.5 All Staff are to be appropriately trained and qualified for the tasks they perform and are to hold a "
          "current driving licence for the category of vehicle they drive."),
        H("4. Charges and payment"),
        P("4.1 The Council shall pay the Contractor the fixed charges in Schedule 2 for each removal, each day of "
          "storage and each disposal. Scrap value received on disposal shall be credited to the Council."),
        P("4.2 The Contractor shall invoice monthly in arrears. The Council shall pay each valid and undisputed "
          "invoice within 30 days of receipt."),
        H("5. Records and performance"),
        P("5.1 The Contractor shall keep an electronic log of every vehicle removed, stored, released and disposed of, "
          "and shall ensure the accuracy and integrity of the data in that log."),
        P("5.2 A performance report showing response times against the targets in Schedule 1 shall be provided to "
          "the Council by the Contractor by the tenth Working Day of each month."),
        H("6. Staff"),
        P("6.1 The Council's officers are bound by the Council's Code of Conduct for Employees."),
        P("6.2 The Contractor shall ensure that Staff wear identification at all times when carrying out the "
          "Services and behave courteously to members of the public."),
        H("7. Ethical standards"),
        P("7.1 The Seven Principles of Public Life (selflessness, integrity, objectivity, accountability, openness, "
          "honesty and leadership) shall be observed by the Contractor and by all Staff in delivering the Services."),
        P("7.2 Obligations equivalent to those in clauses 7 to 9 are to be imposed by the Contractor on every "
          "Sub-contractor engaged in the Services, and those obligations are to be enforced by the Contractor."),
        P("7.3 A confidential route for raising concerns about wrongdoing connected with the Services shall be made "
          "available by the Contractor to all Staff, including the option of raising a concern directly with the "
          "Council or with a prescribed person. No member of Staff who raises a concern in good faith is to be "
          "subjected to any detriment by the Contractor."),
        H("8. Bribery and fraud"),
        P("8.1 No Prohibited Act shall be committed by the Contractor or by any of its Staff in connection with this "
          "Contract."),
        P("8.2 Adequate procedures to prevent bribery and fraud are to be maintained by the Contractor throughout the "
          "Term, and any suspected Prohibited Act is to be reported to the Council by the Contractor immediately."),
        H("9. Conflicts of interest, gifts and interests"),
        P("9.1 Situations that give rise to an actual or potential conflict of interest are to be avoided by the "
          "Contractor and its Staff. Any conflict of interest that nonetheless arises must be notified to the Council "
          "in writing without delay."),
        P("9.2 No gift or hospitality shall be offered by the Contractor or its Staff to any officer or member of the "
          "Council. Any gift or hospitality offered to Staff by a vehicle keeper, garage or scrap dealer is to be "
          "declined and recorded by the Contractor in a register."),
        P("9.3 A register of the interests of the Contractor's directors and managers should be kept by the "
          "Contractor."),
        H("10. Complaints"),
        P("10.1 A complaints procedure for vehicle keepers and residents, covering any matter connected with the "
          "Services, is to be operated by the Contractor and published on its website and at the Pound."),
        P("10.2 Complaints are to be acknowledged by the Contractor within 3 Working Days, and a full response is to "
          "be sent within 15 Working Days."),
        P("10.3 Complaints data (the numbers received, upheld, partly upheld and not upheld, and the time taken to "
          "respond) shall be supplied to the Council by the Contractor each quarter."),
        P("10.4 Full co-operation is to be given by the Contractor to the Local Government and Social Care Ombudsman "
          "in any investigation of a complaint about the Services, and any remedy that the Ombudsman recommends is "
          "to be implemented by the Contractor."),
        H("11. Information"),
        P("11.1 All information reasonably required by the Council to respond to a request under the Freedom of "
          "Information Act 2000 or the Environmental Information Regulations 2004 is to be provided by the "
          "Contractor within 5 Working Days of the Council asking for it."),
        P("11.2 Each party shall keep confidential the other's confidential information, subject to any disclosure "
          "required by law."),
        H("12. Audit"),
        P("12.1 The Council may audit the Contractor's performance of this Contract on reasonable notice."),
        P("12.2 The Contractor shall keep full financial records relating to the charges for six years and shall "
          "allow the Council's internal auditors to inspect them."),
        H("13. Default and termination"),
        P("13.1 Any breach of clause 7 or clause 8 shall be treated as a material Default entitling the Council to "
          "terminate this Contract with immediate effect by notice."),
        P("13.2 Either party may terminate this Contract on six months' written notice."),
        H("14. Assurance"),
        P("14.1 The Council's Monitoring Officer shall certify annually to the Council's Audit Committee that the "
          "Council's contract standards have been applied to this Contract."),
        H("15. Eligibility"),
        P("15.1 The Contractor confirms that none of its directors has been convicted of an offence listed in the "
          "exclusion grounds in the invitation to tender, and that it is not insolvent."),
        H("16. Staff transfer"),
        P("16.1 The parties agree that no former employees of the Council will transfer to the Contractor under the "
          "Transfer of Undertakings (Protection of Employment) Regulations 2006 by reason of this Contract."),
        H("17. General"),
        P("17.1 Neither party is liable for delay caused by events beyond its reasonable control, including flood, "
          "fire, armed conflict or a failure of public utilities."),
        P("17.2 This Contract is governed by the law of England and Wales."),
        P("Signed for and on behalf of the Council: Head of Environmental Services. Signed for and on behalf of the "
          "Contractor: Managing Director."),
    ],
    verdicts=V("""
ES-01 pass  # clause 7.1: passive 'shall be observed by the Contractor and by all Staff' binds the Contractor to the Seven Principles
ES-02 gap  # no provider code of conduct: clause 3.4 is a technical code of practice (PAS 43, removal procedure) and clause 6.1 is the Council's own employee code (wrong party)
ES-03 pass  # clause 7.2: equivalent obligations to clauses 7-9 'are to be imposed by the Contractor on every Sub-contractor' and enforced
ES-04 weak  # clause 3.5: Staff 'appropriately trained and qualified' only, ethics not named
ES-05 pass  # clause 7.3: confidential route for raising concerns 'shall be made available by the Contractor', incl. to the Council or a prescribed person, no detriment; clause 8.2 also reports suspected Prohibited Acts
ES-06 pass  # clauses 8.1-8.2: 'No Prohibited Act shall be committed by the Contractor', adequate procedures 'are to be maintained by the Contractor', suspected acts reported to the Council
ES-07 pass  # clause 11.1: information for FOIA/EIR requests 'is to be provided by the Contractor within 5 Working Days'
ES-08 weak  # clause 12.1: general audit of 'performance of this Contract' naming neither ethics nor clauses 7-9; clause 12.2 is financial-only
ES-09 pass  # clause 13.1: breach of clause 7 or 8 is a material Default entitling the Council to terminate
ES-10 gap  # clause 14.1: the certificate is given by the Council's Monitoring Officer (wrong party); no provider assurance or certificate
COI-01 pass  # clause 9.1: conflicts 'are to be avoided by the Contractor and its Staff' and any that arises 'must be notified to the Council' (agentless passive)
COI-02 gap  # no mitigation, direction or termination for conflicts; clause 1.2 is precedence 'conflict between the clauses and the Schedules' (decoy)
COI-03 pass  # clause 9.2: no gift or hospitality 'shall be offered by the Contractor' to Council officers; offers to Staff declined and recorded in a register
COI-04 gap  # clause 16.1 is a TUPE 'former employees' clause (decoy); nothing on engaging former Council officers
COI-05 weak  # clause 9.3: register of interests 'should be kept by the Contractor' (permissive)
COI-06 gap  # clause 15.1 is an exclusion-ground confirmation (convictions, insolvency) only, no disclosure of relationships with the procurement
CDM-01 pass  # clause 10.1: complaints procedure for vehicle keepers and residents 'is to be operated by the Contractor' and published
CDM-02 pass  # clause 10.3: complaints data (received, upheld, partly upheld, not upheld, response times) 'shall be supplied to the Council by the Contractor each quarter'
CDM-03 gap  # no satisfaction or feedback data; clause 5.2 report covers response times only
CDM-04 pass  # clause 10.4: co-operation 'is to be given by the Contractor' to the LGSCO and its recommended remedy implemented
CDM-05 gap  # no analysis of complaints or learning anywhere (clauses 10.1-10.4 cover handling and reporting only)
CDM-06 pass  # clause 10.2: complaints acknowledged by the Contractor within 3 Working Days, full response within 15 Working Days
"""),
))

# =====================================================================================
# c02  Welsh county borough: dog warden and kennelling (ODT by LibreOffice) - lead-in lists
# =====================================================================================
CONTRACTS.append(dict(
    file="c02-dog-warden-kennelling.odt", build="odt-lo",
    title="Agreement for Dog Warden and Stray Dog Kennelling Services",
    subject="dog warden patrols and stray dog kennelling",
    jurisdiction="Wales (county borough council)", parties="Council / Service Provider",
    shapes="'undertakes to:' lead-ins with (a)-(e) and (a)-(h) list paragraphs and a nested (i)-(iii) list; 'is responsible for'; "
           "'is encouraged to', 'should', 'should aim to'; complaint data on request; Council officers' own "
           "declarations (wrong party); liability for sub-contractors (decoy); kennel-disease root cause (decoy)",
    blocks=[
        T("Agreement for Dog Warden and Stray Dog Kennelling Services"),
        P("This Agreement is made on 19 May 2025 between BRYNGWYN COUNTY BOROUGH COUNCIL of Canolfan Ddinesig, Heol "
          "y Farchnad, Bryngwyn CF99 2ZZ (the \u201cCouncil\u201d) and TYWI ANIMAL SERVICES CIC, a community interest "
          "company registered under number 11234567 (the \u201cService Provider\u201d)."),
        H("Recitals"),
        P("The Council is required by section 149 of the Environmental Protection Act 1990 to appoint an officer to "
          "deal with stray dogs and to keep seized dogs for seven clear days. It also enforces the public spaces "
          "protection orders for dog control made under the Anti-social Behaviour, Crime and Policing Act 2014. The "
          "Council wishes to appoint the Service Provider to carry out these functions on its behalf."),
        H("1. Definitions"),
        P("1.1 \u201cKennels\u201d means the Service Provider's licensed boarding premises at Ffordd y Gors, Bryngwyn; "
          "\u201cStaff\u201d means the employees and volunteers of the Service Provider; \u201cStray Dog\u201d means a "
          "dog found in a public place which appears to be unaccompanied; \u201cContract Manager\u201d means the "
          "officer named by the Council to manage this Agreement; \u201cWorking Day\u201d means Monday to Friday "
          "excluding bank holidays."),
        H("2. Term"),
        P("2.1 This Agreement runs for three years from 1 July 2025 and may be extended by the Council for up to two "
          "further periods of one year each."),
        H("3. Services"),
        P("3.1 The Service Provider undertakes to:"),
        L("alpha",
          "collect any Stray Dog seized by an authorised officer or brought in by a member of the public within two "
          "hours of a request during Service Hours;",
          "kennel each Stray Dog for at least seven clear days, with veterinary care where needed;",
          "scan every Stray Dog for a microchip and make reasonable efforts to contact the keeper;",
          S("after the statutory period, arrange for each unclaimed dog to be:", "alpha",
            "rehomed through a registered rescue organisation; or",
            "cared for at the Kennels until a suitable home is found; and"),
          "patrol the locations listed in the Specification, issuing fixed penalty notices for dog fouling where "
          "authorised by the Council."),
        P("3.2 The Service Provider shall keep the Kennels licensed under the Animal Boarding Establishments Act 1963 "
          "and shall comply with the Animal Welfare Act 2006."),
        P("3.3 The Service Provider shall provide the Services in accordance with the Welsh Language Standards that "
          "apply to the Council, so that members of the public can deal with it in Welsh or English."),
        H("4. Fees"),
        P("4.1 The Council shall pay an annual fee of \u00a3138,400, in monthly instalments, together with the "
          "kennelling charge in the Price Schedule for each dog kept beyond the statutory period at the Council's "
          "request. Statutory fees recovered from keepers shall be paid to the Council each month."),
        H("5. Standards of conduct"),
        P("5.1 The Service Provider undertakes to:"),
        L("alpha",
          "observe the Seven Principles of Public Life in delivering the Services and ensure that its Staff do the same;",
          "adopt and maintain a written code of conduct for its Staff, consistent with those principles, and make it "
          "available to the Council on request;",
          S("ensure that all Staff receive, at induction and once a year, training on:", "alpha",
            "its code of conduct;",
            "avoiding and declaring conflicts of interest and refusing gifts; and",
            "the Bribery Act 2010 and its anti-bribery procedures;"),
          "keep records of the training given under paragraph (c) for inspection by the Council;",
          "not offer, give, request or accept any bribe in connection with this Agreement, and maintain adequate "
          "procedures to prevent bribery by its Staff;",
          "avoid any actual or potential conflict of interest, and notify the Council promptly in writing of any that "
          "arises;",
          "follow any direction of the Council to manage or remove any such conflict; and",
          "not give any gift or hospitality to any officer or member of the Council, and record all gifts and "
          "hospitality offered to its Staff in a register open to the Council."),
        P("5.2 The Service Provider is encouraged to adopt a whistleblowing policy under which its Staff can raise "
          "concerns about wrongdoing."),
        P("5.3 The Service Provider should tell the Council before it engages any person who, in the previous two "
          "years, was a Council officer involved in awarding or managing this Agreement."),
        P("5.4 The Council's officers declare their interests in accordance with section 117 of the Local Government "
          "Act 1972 and the Council's Code of Conduct for Employees, and the Council keeps those declarations in its "
          "own register."),
        H("6. Monitoring and assurance"),
        P("6.1 The Council may audit the Service Provider's compliance with clause 5 and may inspect the gifts and "
          "hospitality register and the training records at any time on two Working Days' notice."),
        P("6.2 On the commencement date and on each anniversary of it, the Service Provider shall deliver to the "
          "Council a certificate signed by a director confirming that it has complied with clause 5 and that it has in "
          "place the arrangements necessary to support the standards in that clause."),
        H("7. Information"),
        P("7.1 The Service Provider should assist the Council with any request for information under the Freedom of "
          "Information Act 2000 that relates to the Services."),
        H("8. Complaints and feedback"),
        P("8.1 The Service Provider is responsible for operating a complaints procedure for dog keepers and members of "
          "the public, consistent with the Council's Concerns and Complaints Policy, and for publicising it in Welsh "
          "and English at the Kennels and on its website."),
        P("8.2 The Service Provider should aim to respond to each complaint within 10 Working Days."),
        P("8.3 The Service Provider shall give the Council details of the complaints it has received if the Council "
          "asks for them."),
        P("8.4 The Service Provider shall carry out a survey of keepers who reclaim their dogs once a year and shall "
          "report the results to the Council within one month."),
        P("8.5 The Service Provider shall co-operate with the Public Services Ombudsman for Wales in any investigation "
          "of a complaint about the Services and shall implement any recommendation of the Ombudsman that the Council "
          "accepts."),
        P("8.6 The Service Provider shall investigate the root cause of any outbreak of infectious disease at the "
          "Kennels and report its findings to the Contract Manager."),
        H("9. Sub-contracting"),
        P("9.1 The Service Provider shall not sub-contract any part of the Services without the Council's written "
          "consent. The Service Provider is responsible for the acts and omissions of its sub-contractors as if they "
          "were its own."),
        H("10. Termination"),
        P("10.1 The Council may terminate this Agreement by notice if the Service Provider commits a material breach "
          "of it that is not remedied within 20 Working Days of a notice requiring remedy."),
        P("10.2 Either party may terminate this Agreement on six months' notice."),
        H("11. Data protection and insurance"),
        P("11.1 The Service Provider shall process keeper details only on the Council's instructions and in accordance "
          "with the UK GDPR and the Data Protection Act 2018."),
        P("11.2 The Service Provider shall maintain public liability insurance of at least \u00a35 million and "
          "employer's liability insurance of at least \u00a310 million."),
        H("12. Law"),
        P("12.1 This Agreement is governed by the law of England and Wales as it applies in Wales."),
    ],
    verdicts=V("""
ES-01 pass  # clause 5.1(a): the Service Provider 'undertakes to' observe the Seven Principles of Public Life and ensure its Staff do
ES-02 pass  # clause 5.1(b): 'undertakes to' adopt and maintain a written code of conduct for its Staff
ES-03 gap  # clause 9.1: consent to sub-contract and liability for sub-contractors' acts only (decoy); no flow-down of clause 5
ES-04 pass  # clause 5.1(c)(i)-(iii) and (d): induction and yearly training on the code, conflicts and gifts, the Bribery Act, with records
ES-05 weak  # clause 5.2: 'is encouraged to adopt a whistleblowing policy' (permissive); no other reporting duty
ES-06 pass  # clause 5.1(e): 'undertakes to' not offer, give, request or accept any bribe and to maintain adequate procedures
ES-07 weak  # clause 7.1: 'should assist' with FOIA requests (permissive)
ES-08 pass  # clause 6.1: the Council may audit compliance with clause 5 and inspect the gifts register and training records
ES-09 weak  # clause 10.1: generic material-breach termination, no link to clause 5
ES-10 pass  # clause 6.2: director-signed certificate at commencement and annually of compliance with clause 5 and supporting arrangements
COI-01 pass  # clause 5.1(f): 'undertakes to' avoid actual or potential conflicts and notify the Council promptly in writing
COI-02 pass  # clause 5.1(g): 'undertakes to' follow the Council's directions to manage or remove a conflict
COI-03 pass  # clause 5.1(h): no gifts or hospitality to Council officers or members; all offers to Staff recorded in a register
COI-04 weak  # clause 5.3: 'should tell the Council' before engaging a recent former Council officer (permissive)
COI-05 gap  # clause 5.4: declarations and register are the Council officers' own (wrong party); none for the provider's staff
COI-06 gap  # clauses 5.1-5.4 (Standards of conduct) and the rest contain no procurement-stage disclosure or confirmation
CDM-01 pass  # clause 8.1: the Service Provider 'is responsible for operating a complaints procedure' for keepers and the public, publicised
CDM-02 weak  # clause 8.3: complaint details only 'if the Council asks for them' (on request)
CDM-03 pass  # clause 8.4: annual survey of keepers reclaiming dogs, results reported to the Council
CDM-04 pass  # clause 8.5: co-operate with the Public Services Ombudsman for Wales and implement accepted recommendations
CDM-05 gap  # no learning from complaints; clause 8.6 root cause of kennel disease is a decoy
CDM-06 weak  # clause 8.2: 'should aim to respond' within 10 Working Days (permissive)
"""),
))

# =====================================================================================
# c03  Scottish health board: bereavement counselling grant (Markdown) - defined term used,
#      "is required to:" bullets, heading-led split sentences with "It", a Responsible column
# =====================================================================================
CONTRACTS.append(dict(
    file="c03-bereavement-counselling-grant.md", build="md",
    title="Grant Agreement: Community Bereavement Counselling Service 2025-2028",
    subject="bereavement counselling grant to a charity",
    jurisdiction="Scotland (NHS health board)", parties="Board / Grantee",
    shapes="numbered definition ('Ethics Requirements') then used in an operative clause; 'The Grantee is required "
           "to:' bullets; heading plus two sentences joined by 'It'; pipe table whose Responsible column binds the "
           "Grantee; 'expects'; Bribery Act only in a list of laws; the Board's own panel declarations and reply "
           "times (wrong party); HTML comment stating a duty (not text)",
    blocks=[
        T("Grant Agreement: Community Bereavement Counselling Service 2025-2028"),
        P("Reference: NHSS/PH/GR/2025/07"),
        P("This agreement is made between Strathallan Health Board, constituted under the National Health Service "
          "(Scotland) Act 1978 and known as NHS Strathallan (the \u201cBoard\u201d), and Cairn Bereavement Support, a "
          "Scottish charitable incorporated organisation with charity number SC051234 (the \u201cGrantee\u201d)."),
        H("1. Definitions"),
        P("1.1 \u201cClient\u201d means an adult living in the Board's area who has been bereaved and is referred to, "
          "or refers themselves to, the Project."),
        P("1.2 \u201cCounsellor\u201d means a person who provides counselling in the Project, whether employed, "
          "sessional or volunteer."),
        P("1.3 \u201cEthics Requirements\u201d means:"),
        L("alpha",
          "the Seven Principles of Public Life; and",
          "the COSCA Statement of Ethics and Code of Practice, as revised from time to time."),
        P("1.4 \u201cGrant\u201d means the sum of \u00a3186,000 payable under clause 3; \u201cGrant Period\u201d means 1 "
          "August 2025 to 31 July 2028; \u201cProject\u201d means the community bereavement counselling service "
          "described in clause 2; \u201cStaff\u201d means the Grantee's employees, sessional workers and volunteers."),
        H("2. Purpose of the Grant"),
        P("2.1 The Grant is to be used only to provide free, short-term counselling of up to twelve sessions to "
          "Clients, including people bereaved by suicide, from bases in Crieffton and Dunmuir and by video call."),
        P("2.2 Clients may be referred by GPs, community mental health teams and hospital bereavement services, or "
          "may refer themselves."),
        H("3. Payment"),
        P("3.1 The Board shall pay the Grant in twelve equal quarterly instalments in advance, subject to the Grantee "
          "meeting the conditions of this agreement. Any part of the Grant not spent on the Project by the end of the "
          "Grant Period shall be repaid to the Board."),
        H("4. Conduct of the Project"),
        P("4.1 The Grantee shall comply with the Ethics Requirements in delivering the Project."),
        P("4.2 The Grantee is required to:"),
        L("bullet",
          "ensure that every Counsellor is a member of COSCA or BACP and adheres to the COSCA Statement of Ethics and "
          "Code of Practice;",
          "provide every Counsellor and volunteer with induction training on the Ethics Requirements, on "
          "confidentiality and its limits and on conflicts of interest, and keep a record of that training;",
          "operate a complaints procedure for Clients that is free and accessible, and explain it to every Client at "
          "the first session;",
          "refrain from offering gifts or hospitality to any Board employee involved with the Grant, and keep a gifts "
          "and hospitality register of anything offered to or by its trustees and Staff; and",
          "obtain from each trustee and manager a declaration of interests, or a nil return, every year, keep the "
          "declarations in a register of interests and provide it to the Board on request."),
        P("4.3 Whistleblowing. The Grantee must have a written policy on this. It shall make the policy known to all "
          "Staff, and shall ensure that no one suffers any detriment for raising a concern in good faith."),
        P("4.4 The Board expects any agency or sessional counsellor engaged by the Grantee to meet the Ethics "
          "Requirements."),
        P(["4.5 The Grantee shall nominate one of its trustees as ",
           ("c", "Board: do we also want an annual ethics certificate from the Grantee? Decide before signature.",
            "ethics lead"),
           ", responsible for overseeing the Ethics Requirements."]),
        H("5. Information"),
        P("5.1 The Grantee shall assist the Board, promptly and free of charge, to respond to any request under the "
          "Freedom of Information (Scotland) Act 2002 or the Environmental Information (Scotland) Regulations 2004 "
          "that relates to the Grant."),
        P("5.2 The Board may publish the amount and purpose of the Grant."),
        H("6. Monitoring and reporting"),
        P("6.1 Each party shall provide the reports for which it is shown as Responsible in the table below, at the "
          "frequency shown."),
        TB(["Report", "Content", "Frequency", "Responsible"],
           ["Activity return", "Referrals, sessions delivered, waiting times", "Quarterly", "Grantee"],
           ["Complaints return", "Complaints received, upheld, partly upheld and not upheld", "Quarterly",
            "Grantee"],
           ["Client feedback summary", "Results of the end-of-counselling outcome and satisfaction questionnaire",
            "Six-monthly", "Grantee"],
           ["Payment confirmation", "Instalments paid and due", "Annually", "Board"],
           ["Annual accounts", "Independently examined accounts of the Grantee", "Annually", "Grantee"]),
        P("6.2 The Grantee may review complaint trends with the Board at the annual review meeting."),
        P("6.3 The Board may audit the Grantee's accounts and financial records relating to the Grant."),
        H("7. Complaints"),
        P("7.1 The Board will acknowledge any complaint about its grant decisions within 3 working days and will "
          "respond within 20 working days under its own complaints handling procedure."),
        P("7.2 The Grantee shall co-operate with the Scottish Public Services Ombudsman in the investigation of any "
          "complaint about the Project, and shall implement any recommendation that the Ombudsman makes."),
        H("8. Interests"),
        P("8.1 Members of the Board's grants panel shall declare any interest in an applicant and withdraw from its "
          "assessment."),
        P("8.2 The Grantee confirms that it has disclosed to the Board any relationship between its trustees or Staff "
          "and any person involved in assessing its application for the Grant, and will tell the Board at once of any "
          "new relationship of that kind during the Grant Period."),
        H("9. Legal compliance"),
        P("9.1 The Grantee shall comply with all applicable laws, including the Equality Act 2010, the Bribery Act "
          "2010, the Data Protection Act 2018 and the Charities and Trustee Investment (Scotland) Act 2005."),
        H("10. Breach"),
        P("10.1 If the Grantee breaches the Ethics Requirements or clause 4, the Board may suspend payment, withhold any "
          "further instalment, or require repayment of all or part of the Grant."),
        H("11. Duration and ending"),
        P("11.1 This agreement ends at the end of the Grant Period. Either party may end it early on six months' "
          "notice, and the Board may end it at once if the Grantee ceases to be a registered charity."),
        H("12. Data protection and publicity"),
        P("12.1 The Grantee is the controller of Client records and shall keep them securely in line with the UK GDPR. "
          "The Grantee shall acknowledge the Board's funding in its publicity and annual report."),
        H("13. Safeguarding and clinical supervision"),
        P("13.1 The Grantee shall keep a safeguarding policy for adults at risk that meets the Adult Support and "
          "Protection (Scotland) Act 2007, and shall ensure that every Counsellor receives regular clinical supervision "
          "from a suitably qualified supervisor."),
        P("13.2 The Grantee shall keep Client waiting times under review and shall tell the Board if the wait for a "
          "first appointment is likely to exceed eight weeks."),
        H("14. Variation and notices"),
        P("14.1 No change to this agreement is effective unless it is agreed in writing and signed by both parties. "
          "Notices shall be sent by email to the addresses in the grant offer letter and take effect on the next "
          "working day."),
        P("14.2 This agreement is governed by the law of Scotland and the parties submit to the jurisdiction of the "
          "Scottish courts."),
        P("Signed for the Board by its Director of Public Health and for the Grantee by its Chair."),
    ],
    verdicts=V("""
ES-01 pass  # clause 4.1 with definition 1.3(a): the Grantee 'shall comply with the Ethics Requirements', defined to include the Seven Principles of Public Life
ES-02 pass  # clause 4.2 first bullet (and 4.1 with definition 1.3(b)): Counsellors adhere to the COSCA Statement of Ethics and Code of Practice, a named ethical code
ES-03 weak  # clause 4.4: 'The Board expects' agencies and sessional counsellors engaged by the Grantee to meet the Ethics Requirements
ES-04 pass  # clause 4.2 second bullet: 'is required to' give induction training on the Ethics Requirements and conflicts, with records
ES-05 pass  # clause 4.3: heading 'Whistleblowing' then 'must have a written policy on this. It shall make the policy known ... no one suffers any detriment'
ES-06 gap  # clause 9.1 names the Bribery Act 2010 only in a list of laws to comply with (decoy); no bribery or fraud duty
ES-07 pass  # clause 5.1: the Grantee 'shall assist the Board' with FOISA and EIR requests
ES-08 gap  # clause 6.3: audit of accounts and financial records only (financial-only decoy)
ES-09 pass  # clause 10.1: breach of the Ethics Requirements lets the Board suspend, withhold or reclaim the Grant
ES-10 weak  # clause 4.5: a nominated trustee ethics lead only (structures, no certificate); the certificate is only in a comment
COI-01 gap  # clause 8.1: only the Board's grants panel declares interests (wrong party); no provider duty to avoid or notify conflicts
COI-02 gap  # clause 8 (Interests) and clause 4.2 contain no mitigation, direction or termination for conflicts
COI-03 pass  # clause 4.2 fourth bullet: refrain from gifts or hospitality to Board employees and keep a gifts and hospitality register
COI-04 gap  # clause 8 (Interests) and clause 4 say nothing on former Board employees or officials
COI-05 pass  # clause 4.2 fifth bullet: annual declarations or nil returns from trustees and managers, register provided to the Board
COI-06 pass  # clause 8.2: confirms disclosure of relationships with anyone assessing the application, and will keep it current
CDM-01 pass  # clause 4.2 third bullet: 'is required to' operate a free, accessible complaints procedure for Clients
CDM-02 pass  # clause 6.1 table row 'Complaints return': received, upheld, partly upheld, not upheld, quarterly, Responsible 'Grantee'
CDM-03 pass  # clause 6.1 table row 'Client feedback summary': satisfaction questionnaire results, six-monthly, Responsible 'Grantee'
CDM-04 pass  # clause 7.2: co-operate with the SPSO and implement its recommendations
CDM-05 weak  # clause 6.2: the Grantee 'may review complaint trends' with the Board (permissive)
CDM-06 gap  # clause 7.1: timescales are for the Board's own complaints about grant decisions (wrong party); none for the Grantee
"""),
))

# =====================================================================================
# c04  Northern Ireland library authority: home library delivery (ODT by LibreOffice) -
#      "shall ensure that its Staff", "shall procure that", Responsible column
# =====================================================================================
CONTRACTS.append(dict(
    file="c04-home-library-delivery.odt", build="odt-lo",
    title="Contract for a Home Library Delivery Service",
    subject="home library delivery to housebound members",
    jurisdiction="Northern Ireland (library authority)", parties="Authority / Operator",
    shapes="'shall ensure that its Staff ...' and 'shall procure that ...'; table of tasks with a Responsible column "
           "(Operator and Authority rows); 'is encouraged to', 'should', 'may propose', 'expects'; FOI negated; "
           "catering hospitality row; incident-only reporting; '[Not used]' certificate clause",
    blocks=[
        T("Contract for a Home Library Delivery Service"),
        P("Contract number: LNI/CS/2025/022"),
        P("THIS CONTRACT is made on 12 May 2025 BETWEEN the NORTHERN IRELAND LIBRARY AUTHORITY, established under the "
          "Libraries Act (Northern Ireland) 2008 and known as Libraries NI, of Lisburn City Library, 23 Linenhall "
          "Street, Lisburn BT28 1FJ (the \u201cAuthority\u201d) AND LAGAN VALLEY COMMUNITY DELIVERIES LIMITED, a "
          "company registered in Northern Ireland with number NI654321 (the \u201cOperator\u201d)."),
        H("1. Interpretation"),
        P("1.1 \u201cMember\u201d means a library member registered by the Authority for the Home Library Service "
          "because age, illness, disability or caring responsibilities prevent them from visiting a branch."),
        P("1.2 \u201cStaff\u201d means the Operator's employees and volunteers, including drivers; "
          "\u201cSub-contractor\u201d means any person engaged by the Operator to perform part of the Services; "
          "\u201cWorking Day\u201d means a day other than a Saturday, Sunday or public holiday in Northern Ireland."),
        P("1.3 If there is any conflict or inconsistency between these Conditions and the Specification, these "
          "Conditions prevail."),
        H("2. The Services"),
        P("2.1 The Operator shall deliver and collect books, audiobooks and large-print items to and from each Member "
          "once every four weeks, on the rounds agreed with the Authority, across the Belfast, Lisburn and Castlereagh "
          "areas."),
        P("2.2 Items shall be selected by the Authority's branch staff. The Operator shall carry items in sealed, "
          "labelled bags and return undelivered items to the branch within two Working Days."),
        P("2.3 The Operator shall provide vehicles that are roadworthy, insured for business use and kept clean, and "
          "shall ensure that a driver never leaves a Member's door without confirming that the Member is safe."),
        H("3. Staff"),
        P("3.1 The Operator shall ensure that its Staff hold a current enhanced AccessNI disclosure before visiting any "
          "Member."),
        P("3.2 The Operator shall ensure that its Staff complete training in manual handling, safe driving, "
          "safeguarding adults at risk and data protection before their first delivery round."),
        P("3.3 The Operator is encouraged to ensure that its Staff have regard to the Seven Principles of Public Life in "
          "their dealings with Members."),
        H("4. Standards of conduct"),
        P("4.1 The Operator shall ensure that its Staff comply with the Libraries NI Supplier Code of Conduct attached "
          "as Schedule 3."),
        P("4.2 The Operator shall ensure that its Staff do not offer, give, solicit or accept any bribe, inducement or "
          "reward in connection with the Services, shall maintain adequate procedures to prevent bribery and fraud, "
          "and shall notify the Authority immediately of any suspected bribery or fraud involving the Services."),
        P("4.3 The Operator shall ensure that its Staff are told how to raise concerns about wrongdoing, including with "
          "the Authority or with a prescribed person under the Public Interest Disclosure (Northern Ireland) Order "
          "1998, and shall not subject any member of Staff to any detriment for doing so in good faith."),
        P("4.4 Conflicts of interest should be avoided by the Operator and its Staff."),
        P("4.5 Where a conflict of interest arises, the Operator may propose measures to manage it for the "
          "Authority's consideration."),
        P("4.6 The Operator shall not engage, in any role connected with this Contract, any person who within the "
          "preceding 24 months was employed by the Authority in a role connected with the procurement or management of "
          "the Home Library Service, without the Authority's prior written consent."),
        P("4.7 The Authority expects the Operator to disclose any relationship between its directors and any member of "
          "the tender evaluation panel."),
        H("5. Sub-contracting"),
        P("5.1 The Operator shall not sub-contract any part of the Services without the Authority's prior written "
          "consent."),
        P("5.2 The Operator shall procure that every Sub-contractor complies with obligations equivalent to those in "
          "clauses 4.1 to 4.3 and 4.6 (Standards of conduct)."),
        H("6. Allocation of tasks"),
        P("6.1 Each party shall carry out the tasks for which it is shown as Responsible in the table below."),
        TB(["Task", "Responsible", "Timing"],
           ["Register Members and select items for each round", "Authority", "Ongoing"],
           ["Deliver and collect items and report any undelivered items", "Operator", "Each four-weekly round"],
           ["Operate a complaints procedure for Members, publicised in the Service leaflet", "Operator",
            "Throughout the Term"],
           ["Acknowledge a Member's complaint and send a full response", "Operator",
            "Within 2 and 10 Working Days of receipt"],
           ["Review the Operator's compliance with clauses 4 and 5 (Standards of conduct) at the contract meeting",
            "Authority", "Quarterly"],
           ["Provide hospitality (tea and biscuits) at Reader Mornings in branches", "Operator", "Quarterly"]),
        H("7. Feedback and learning"),
        P("7.1 The Operator shall ensure that its drivers give each Member a feedback card once a year, and shall "
          "report the results to the Authority within one month of the survey closing."),
        P("7.2 The Operator shall ensure that complaints and Member feedback are analysed each quarter for themes and "
          "root causes, and shall agree an improvement action plan with the Authority wherever the agreed satisfaction "
          "level of 90% is not met."),
        P("7.3 The Operator should co-operate with the Northern Ireland Public Services Ombudsman in the investigation "
          "of any complaint about the Service."),
        H("8. Reporting"),
        P("8.1 The Operator shall report to the Authority by the fifth Working Day of each month every incident "
          "during the previous month, including road traffic accidents, falls, lost items and safeguarding referrals."),
        H("9. Information requests"),
        P("9.1 The Operator shall not be required to assist the Authority with any request under the Freedom of "
          "Information Act 2000 or the Environmental Information Regulations 2004, which the Authority will handle "
          "itself."),
        H("10. Price and payment"),
        P("10.1 The Authority shall pay the Operator \u00a34.85 for each completed delivery visit, monthly in arrears, "
          "within 10 Working Days of receipt of a valid invoice."),
        H("11. Term and termination"),
        P("11.1 This Contract runs from 1 June 2025 to 31 May 2028."),
        P("11.2 The Authority may terminate this Contract at any time on three months' notice, and may terminate it at "
          "once if the Operator becomes insolvent."),
        H("12. Annual ethics certificate"),
        P("12.1 [Not used]"),
        H("13. Stock, vehicles and notices"),
        P("13.1 Items remain the property of the Authority at all times. The Operator shall pay the replacement cost of "
          "any item lost or damaged while in its care, unless the loss was caused by the Member."),
        P("13.2 The Operator shall replace any vehicle that is off the road for more than three Working Days with a "
          "suitable hire vehicle at its own cost."),
        P("13.3 Notices under this Contract shall be in writing and sent to the Authority's Head of Community Services "
          "or to the Operator's Managing Director."),
        H("14. General"),
        P("14.1 The Operator shall comply with the UK GDPR when handling Members' personal data. This Contract is "
          "governed by the law of Northern Ireland."),
    ],
    verdicts=V("""
ES-01 weak  # clause 3.3: 'is encouraged to ensure that its Staff have regard to' the Seven Principles (permissive)
ES-02 pass  # clause 4.1: the Operator 'shall ensure that its Staff comply with' the Libraries NI Supplier Code of Conduct
ES-03 pass  # clause 5.2: 'shall procure that every Sub-contractor complies' with obligations equivalent to clauses 4.1-4.3 and 4.6
ES-04 gap  # clause 3.2: manual handling, driving, safeguarding and data protection training only; ethics not covered
ES-05 pass  # clause 4.3: Staff told how to raise concerns, incl. to the Authority or a prescribed person under PIDO 1998, no detriment
ES-06 pass  # clause 4.2: Staff do not offer or accept bribes, adequate procedures, immediate notice of suspected bribery or fraud
ES-07 gap  # clause 9.1: 'shall not be required to assist' with FOIA/EIR requests (negation)
ES-08 pass  # clause 6.1 table row: the Authority reviews compliance with clauses 4 and 5 (Standards of conduct) quarterly
ES-09 gap  # clause 11.2: termination on notice or insolvency only, no ethics link
ES-10 gap  # clause 12.1: the annual ethics certificate clause is '[Not used]'
COI-01 weak  # clause 4.4: 'Conflicts of interest should be avoided by the Operator' (passive, permissive); no notification duty
COI-02 weak  # clause 4.5: the Operator 'may propose measures to manage it' (permissive)
COI-03 gap  # clause 6.1 table row 'Provide hospitality (tea and biscuits)' is a catering decoy; no gifts control
COI-04 pass  # clause 4.6: no engagement of anyone employed by the Authority in the procurement within 24 months without consent
COI-05 gap  # clauses 4.4-4.7 contain no declarations of interest or register for the Operator's staff
COI-06 weak  # clause 4.7: 'The Authority expects the Operator to disclose' relationships with the evaluation panel
CDM-01 pass  # clause 6.1 table row: 'Operate a complaints procedure for Members, publicised' - Responsible 'Operator'
CDM-02 gap  # clause 8.1 reports incidents only, no complaint data
CDM-03 pass  # clause 7.1: annual Member feedback cards, results reported to the Authority
CDM-04 weak  # clause 7.3: 'should co-operate' with the NI Public Services Ombudsman (permissive)
CDM-05 pass  # clause 7.2: quarterly analysis of complaints and feedback for themes and root causes, action plan with the Authority
CDM-06 pass  # clause 6.1 table row: acknowledge within 2 and respond within 10 Working Days - Responsible 'Operator'
"""),
))

# =====================================================================================
# c05  English unitary council: pre-loved school uniform grant (Markdown) - plain English "we"/"you"
# =====================================================================================
CONTRACTS.append(dict(
    file="c05-school-uniform-exchange-grant.md", build="md",
    title="Grant Agreement: Pre-loved School Uniform Exchange 2025-26",
    subject="grant to a charity running school uniform exchanges",
    jurisdiction="England (unitary council)", parties="we (Council) / you (grantee charity)",
    shapes="plain-English 'you must' / 'we will' / 'we can'; 'you' is the provider, 'we' the authority; bullet "
           "lists; 'should', 'we encourage you', 'we suggest'; 'if we ask'; our own code and our own Ombudsman route "
           "(wrong party); one-topic yearly fraud statement; exclusion-ground declaration in the application",
    blocks=[
        T("Grant Agreement: Pre-loved School Uniform Exchange 2025-26"),
        P("This agreement is between Eastmoor Council, Town Hall, Market Square, Eastmoor EM1 1AA (\u201cwe\u201d, "
          "\u201cus\u201d, \u201cour\u201d) and Second Stitch Uniform Exchange, a registered charity with number "
          "1187654, of 14 Chapel Row, Eastmoor EM4 2BD (\u201cyou\u201d, \u201cyour\u201d). It sets out the terms on "
          "which we will pay you a grant of \u00a324,500 for the 2025-26 school year. Please read it carefully. By "
          "signing it you agree to keep to it."),
        H("1. About this grant"),
        P("1.1 The grant comes from our Household Support budget. It is to help families on low incomes get school "
          "uniform, PE kit and school shoes for their children free of charge."),
        P("1.2 The grant runs from 1 September 2025 to 31 August 2026 (the \u201cgrant period\u201d)."),
        H("2. What the grant is for"),
        P("2.1 You must use the grant only for the following:"),
        L("bullet",
          "running at least two uniform exchange events each half term, in the places listed in the annex;",
          "collecting, washing, sorting and storing donated uniform;",
          "buying new school shoes and underwear where donated items are not suitable, up to \u00a36,000 in total;",
          "paying your part-time coordinator for up to 15 hours a week; and",
          "reasonable running costs, including hall hire, storage and volunteer travel."),
        P("2.2 You must not use the grant for anything else without our written agreement."),
        H("3. How we will pay you"),
        P("3.1 We will pay the grant in three instalments: \u00a310,000 when you sign this agreement, \u00a38,000 in "
          "January 2026 and \u00a36,500 in April 2026. We will pay the second and third instalments only if your "
          "termly report shows that the work is on track."),
        P("3.2 If you do not spend all of the grant by the end of the grant period, you must pay back what is left "
          "unless we agree otherwise."),
        H("4. What you must report"),
        P("4.1 You must send us a short report at the end of each term, using our form. It must tell us how many "
          "events you held, how many families and children you helped, and what you spent."),
        P("4.2 You must keep receipts and records of your spending for six years."),
        H("5. Your volunteers"),
        P("5.1 You must make sure that any volunteer who may be alone with children has had a suitable DBS check."),
        P("5.2 Your volunteers should have an induction before they help at an exchange event."),
        P("5.3 You must not pass any part of the work to another organisation without our written agreement."),
        H("6. How you must behave"),
        P("6.1 You must follow the Seven Principles of Public Life \u2013 selflessness, integrity, objectivity, "
          "accountability, openness, honesty and leadership \u2013 in everything you do with this grant."),
        P("6.2 Our staff follow our Employee Code of Conduct. We will send you a copy if you ask."),
        P("6.3 You must not offer, pay or accept any bribe, and you must have procedures to prevent fraud and the misuse "
          "of grant money."),
        P("6.4 We encourage you to have a whistleblowing policy so that your volunteers can raise concerns safely."),
        P("6.5 Conflicts of interest. You must avoid them. For example, a trustee must not decide on a purchase from a "
          "business that they or their family own. If a conflict of interest arises, you must tell us in writing "
          "within 5 working days."),
        P("6.6 You should not accept gifts from uniform suppliers or schools worth more than \u00a325."),
        H("7. Information and openness"),
        P("7.1 We are covered by the Freedom of Information Act 2000. If we receive a request for information about "
          "the grant, you must give us the information we need to answer it within 5 working days."),
        P("7.2 We will publish details of this grant on our website, as the Local Government Transparency Code 2015 "
          "requires."),
        H("8. Checking how things are going"),
        P("8.1 We can visit your events and look at your records at any reasonable time to check that you are keeping "
          "to section 6 (How you must behave)."),
        P("8.2 Each year you must sign a statement, on our form, confirming that no grant money has been lost to fraud "
          "or misused."),
        H("9. Families' complaints and feedback"),
        P("9.1 About complaints and feedback from the families you help:"),
        L("bullet",
          "You should have a simple way for families to complain about the exchange, and we suggest you put it on "
          "your website.",
          "You must acknowledge a complaint within 3 working days and reply in full within 15 working days.",
          "You must ask families for feedback at least once a term and send us a summary with your termly report.",
          "You must tell us about complaints you have received if we ask you to."),
        P("9.2 If you are unhappy with how we have dealt with your grant, you can use our corporate complaints "
          "procedure. If you are still unhappy, you can then ask the Local Government and Social Care Ombudsman to "
          "look at our decision."),
        H("10. If things go wrong"),
        P("10.1 If you break section 6, we can stop payments and ask you to pay back some or all of the grant."),
        P("10.2 We can end this agreement with one month's notice if our budget for household support is reduced. "
          "If we do, we will pay for work you have already committed to."),
        H("11. What you told us when you applied"),
        P("11.1 When you applied, you declared that none of your trustees has an unspent conviction for fraud or "
          "dishonesty and that the charity is not insolvent. You must tell us if this changes."),
        H("12. Data protection and publicity"),
        P("12.1 You are responsible for the personal data of the families you help. You must keep it safe and follow "
          "the UK GDPR. You must say on your leaflets and website that your work is funded by Eastmoor Council."),
        H("13. Changes and ending early"),
        P("13.1 If you want to change what you do with the grant, ask us first. We will reply within 10 working days "
          "and will not unreasonably refuse a sensible change."),
        P("13.2 You can end this agreement by giving us one month's notice in writing. If you do, you must send us a "
          "final report and pay back any grant you have not spent."),
        P("13.3 If you close down or stop running the exchange, you must tell us straight away, and any uniform, "
          "shoes or equipment bought with the grant must be passed to another local organisation that we agree."),
        H("14. Signatures"),
        P("Signed for Eastmoor Council by the Head of Financial Inclusion, and for Second Stitch Uniform Exchange by "
          "two trustees."),
    ],
    verdicts=V("""
ES-01 pass  # section 6.1: 'You must follow the Seven Principles of Public Life' ('you' is the grantee)
ES-02 gap  # section 6.2: 'Our staff follow our Employee Code of Conduct' is the Council's own code (wrong party); no code for the grantee
ES-03 gap  # section 5.3: consent before passing work to another organisation only; no flow-down of ethical terms
ES-04 weak  # section 5.2: volunteers 'should have an induction' (permissive, generic, ethics not named)
ES-05 weak  # section 6.4: 'We encourage you to have a whistleblowing policy' (permissive); no reporting duty elsewhere
ES-06 pass  # section 6.3: 'You must not offer, pay or accept any bribe' and must have procedures to prevent fraud
ES-07 pass  # section 7.1: 'you must give us the information we need' for FOIA requests within 5 working days
ES-08 pass  # section 8.1: 'We can visit ... and look at your records' to check compliance with section 6 (How you must behave)
ES-09 pass  # section 10.1: breach of section 6 lets us stop payments and reclaim the grant
ES-10 weak  # section 8.2: yearly signed statement on fraud and misuse of grant money only (one-topic certificate)
COI-01 pass  # section 6.5: heading 'Conflicts of interest. You must avoid them' and must tell us within 5 working days
COI-02 gap  # section 6.5 requires notice of conflicts only; no mitigation, direction or termination
COI-03 weak  # section 6.6: 'You should not accept gifts' from suppliers or schools over 25 pounds (permissive)
COI-04 gap  # section 6 (How you must behave) says nothing on former Council officers or members
COI-05 gap  # section 6 has no declarations or register of interests
COI-06 gap  # section 11.1: application declaration of convictions and insolvency only (exclusion-ground decoy)
CDM-01 weak  # section 9.1 first bullet: 'You should have a simple way for families to complain' (permissive)
CDM-02 weak  # section 9.1 fourth bullet: complaints reported only 'if we ask you to' (on request)
CDM-03 pass  # section 9.1 third bullet: 'You must ask families for feedback' each term and send us a summary
CDM-04 gap  # section 9.2: the Ombudsman route is for complaints about the Council's own grant decisions (wrong party); no co-operation duty on you
CDM-05 gap  # section 9.1 covers handling, feedback and reporting only; no analysis of or learning from complaints
CDM-06 pass  # section 9.1 second bullet: 'You must acknowledge a complaint within 3 working days and reply in full within 15'
"""),
))

# =====================================================================================
# c06  Victorian shire: community transport (PDF by LibreOffice) - "agrees to", "will", "is to", "each party"
# =====================================================================================
CONTRACTS.append(dict(
    file="c06-community-transport.pdf", build="pdf-lo", footer="Mount Arlen Shire Council \u2013 Community Transport Service Agreement CT-2025-03",
    title="Community Transport Service Agreement",
    subject="door-to-door community transport for older and disabled residents",
    jurisdiction="Australia (Victoria, shire council)", parties="Council / Operator",
    shapes="'agrees to', 'will', 'is to'; 'Each party will maintain a code of conduct'; a defined term "
           "('Integrity Clauses') used by flow-down, certificate and remedies; report contents as an (a)-(d) list "
           "under 'is to include'; 'reasonable endeavours'; 'may survey'; gagging clause; payment and query timescales",
    blocks=[
        T("Community Transport Service Agreement"),
        P("Agreement number CT-2025-03"),
        P("This Agreement is made on 16 June 2025 between MOUNT ARLEN SHIRE COUNCIL, a body corporate constituted under "
          "the Local Government Act 2020 (Vic), of 1 Hume Street, Arlen VIC 3999 (the \u201cCouncil\u201d) and ARLEN "
          "VALLEY COMMUNITY TRANSPORT INC., an incorporated association (A0098765X) of 42 Station Road, Arlen VIC 3999 "
          "(the \u201cOperator\u201d)."),
        H("Background"),
        P("The Council funds a door-to-door transport service for residents who are unable to use public transport "
          "because of age, disability or isolation, so that they can attend medical appointments, shop and take part "
          "in community life. The Operator has run volunteer-based transport in the Shire since 1998."),
        H("1. Definitions"),
        P("1.1 In this Agreement:"),
        L("bullet",
          "\u201cBusiness Day\u201d means a day that is not a Saturday, Sunday or public holiday in Melbourne;",
          "\u201cIntegrity Clauses\u201d means clauses 11 to 13 of this Agreement;",
          "\u201cPassenger\u201d means a resident who is eligible for, and registered with, the Services;",
          "\u201cPersonnel\u201d means the Operator's employees, volunteers and agents; and",
          "\u201cSubcontractor\u201d means any person engaged by the Operator to provide part of the Services."),
        H("2. Term"),
        P("2.1 This Agreement starts on 1 July 2025 and ends on 30 June 2028."),
        H("3. Services"),
        P("3.1 The Operator will take bookings from Monday to Friday between 9am and 4pm and will provide trips within "
          "the Shire and to hospitals in Bendale and Melbourne, with door-through-door assistance where a Passenger "
          "needs it."),
        P("3.2 The Operator is to keep at least one wheelchair-accessible vehicle available on every Business Day and "
          "is to meet the Disability Standards for Accessible Public Transport 2002 and the requirements of Commercial "
          "Passenger Vehicles Victoria."),
        P("3.3 Passengers pay a fare of $5 for a trip within the Shire and $15 for a trip outside it, which the "
          "Operator may keep to offset its costs."),
        H("4. Fees and payment"),
        P("4.1 The Council will pay the Operator a service fee of $212,000 (plus GST) in each year, in quarterly "
          "instalments in advance. The Council will pay each correct tax invoice within 30 days of receipt."),
        H("5. Reporting"),
        P("5.1 The Operator is to provide a Monthly Service Report to the Council within 10 Business Days after the end "
          "of each month. The report is to include:"),
        L("alpha",
          "the number of trips delivered, by purpose and destination;",
          "cancellations and no-shows;",
          "complaints received, resolved and outstanding, and the time taken to resolve each complaint; and",
          "incidents, near misses and vehicle breakdowns."),
        P("5.2 The Operator may survey Passengers about their satisfaction with the Services."),
        H("6. Personnel"),
        P("6.1 The Operator will ensure that every driver holds a current driver accreditation, a National Police "
          "Check and a Working with Children Check where required."),
        P("6.2 The Operator will ensure that all drivers and volunteers complete integrity training, covering the "
          "Operator's code of conduct, conflicts of interest, gifts and benefits, and fraud and corruption awareness, "
          "at induction and every year, and will keep records of that training for the Council to inspect."),
        H("7-10. Vehicles, insurance and safety"),
        P("7.1 The Operator will maintain its vehicles in accordance with the manufacturers' schedules and will keep "
          "comprehensive motor vehicle insurance and public liability insurance of $20 million."),
        P("8.1 The Operator will comply with the Occupational Health and Safety Act 2004 (Vic)."),
        P("9.1 The Operator will handle Passengers' personal and health information in accordance with the Privacy and "
          "Data Protection Act 2014 (Vic) and the Health Records Act 2001 (Vic)."),
        P("10.1 Any dispute is to be referred first to the Council's Manager Community Care and the Operator's "
          "Coordinator, and then to mediation."),
        H("11. Integrity"),
        P("11.1 The Operator agrees to uphold, in providing the Services, the standards of conduct expected of holders "
          "of public office, and to ensure that its Personnel do the same."),
        P("11.2 Each party will maintain a written code of conduct for its personnel and will comply with it throughout "
          "the Term."),
        P("11.3 The Operator will use reasonable endeavours to prevent fraud and corruption in connection with the "
          "Services."),
        H("12. Conflicts of interest, gifts and benefits"),
        P("12.1 The Operator agrees to avoid any actual, potential or perceived conflict of interest and to tell the "
          "Council promptly in writing of any conflict that arises."),
        P("12.2 The Council may give the Operator written directions to manage or remove a conflict of interest and, "
          "if the conflict cannot be resolved to the Council's satisfaction, may terminate this Agreement by notice."),
        P("12.3 Personnel will not accept gifts, benefits or hospitality from Passengers or their families, other than "
          "token items of nominal value, and the Operator will record every offer in a gifts and benefits register "
          "that is available to the Council."),
        H("13. Public statements"),
        P("13.1 Personnel must not make any public statement about the Services or the Council without the Council's "
          "prior written consent."),
        P("13.2 The Operator will keep confidential all information about Passengers."),
        H("14. Subcontracting"),
        P("14.1 The Operator is to include in every subcontract obligations no less onerous than the Integrity "
          "Clauses."),
        H("15. Integrity statement"),
        P("15.1 Within 20 Business Days after the start of this Agreement, and then by 31 July each year, the Operator "
          "is to give the Council a statement signed by the chair of its committee of management certifying that the "
          "Operator has complied with the Integrity Clauses and that it has the policies and arrangements in place to "
          "support them."),
        H("16. Freedom of information"),
        P("16.1 The Operator will assist the Council to comply with the Freedom of Information Act 1982 (Vic), "
          "including by giving the Council any document it needs to answer a request within 5 Business Days."),
        H("17. Complaints"),
        P("17.1 The Operator agrees to establish and operate a complaints procedure for Passengers and their carers "
          "that is free, accessible and publicised in every vehicle and in each booking confirmation."),
        P("17.2 The Operator will co-operate with the Victorian Ombudsman and with the Council in the investigation of "
          "any complaint about the Services, and will implement any agreed remedy."),
        P("17.3 The Operator is to analyse complaints each quarter for trends and root causes, and is to agree an "
          "action plan with the Council for any recurring issue."),
        P("17.4 The Operator will answer any query from the Council about an invoice within 5 Business Days."),
        H("18. Records"),
        P("18.1 The Council may inspect the Operator's records relating to the Services on reasonable notice."),
        H("19. Default and termination"),
        P("19.1 If the Operator breaches any of the Integrity Clauses, the Council may require the removal of any "
          "Personnel involved from the Services or may terminate this Agreement by notice."),
        P("19.2 Either party may terminate this Agreement on 90 days' notice."),
        H("20. General"),
        P("20.1 This Agreement is governed by the laws of Victoria."),
        P("Executed by the Council by its Chief Executive Officer and by the Operator by its President and Secretary."),
    ],
    verdicts=V("""
ES-01 pass  # clause 11.1: the Operator 'agrees to uphold ... the standards of conduct expected of holders of public office'
ES-02 pass  # clause 11.2: 'Each party will maintain a written code of conduct ... and will comply with it' - each party includes the Operator
ES-03 pass  # clause 14.1: the Operator 'is to include in every subcontract obligations no less onerous than the Integrity Clauses' (clauses 11-13)
ES-04 pass  # clause 6.2: integrity training (code of conduct, conflicts, gifts, fraud and corruption) at induction and yearly, with records
ES-05 gap  # clause 13.1 is a public-statement ban (gagging, adverse) and 13.2 confidentiality; no speaking-up route or reporting duty
ES-06 weak  # clause 11.3: 'will use reasonable endeavours to prevent fraud and corruption' (weak wording); nothing firmer
ES-07 pass  # clause 16.1: the Operator 'will assist the Council to comply with the Freedom of Information Act 1982 (Vic)'
ES-08 weak  # clause 18.1: general right to inspect records relating to the Services; neither ethics nor the Integrity Clauses named
ES-09 pass  # clause 19.1: breach of the Integrity Clauses lets the Council require removal of Personnel or terminate (also 12.2)
ES-10 pass  # clause 15.1: chair-signed statement at start and annually certifying compliance with the Integrity Clauses and supporting arrangements
COI-01 pass  # clause 12.1: the Operator 'agrees to avoid' actual, potential or perceived conflicts and to tell the Council promptly
COI-02 pass  # clause 12.2: the Council may direct management of a conflict and terminate if it cannot be resolved
COI-03 pass  # clause 12.3: Personnel 'will not accept gifts, benefits or hospitality' and the Operator records offers in a register
COI-04 gap  # clause 12 (Conflicts of interest, gifts and benefits) says nothing on former Council officers or members
COI-05 gap  # clause 12 has no declarations or register of interests for the Operator's staff
COI-06 gap  # clause 12 and the rest of the Agreement contain no procurement-stage disclosure
CDM-01 pass  # clause 17.1: the Operator 'agrees to establish and operate a complaints procedure' for Passengers, free and publicised
CDM-02 pass  # clause 5.1(c): the Monthly Service Report 'is to include' complaints received, resolved, outstanding and time taken
CDM-03 weak  # clause 5.2: 'may survey Passengers about their satisfaction' (permissive)
CDM-04 pass  # clause 17.2: will co-operate with the Victorian Ombudsman and the Council and implement any agreed remedy
CDM-05 pass  # clause 17.3: quarterly analysis of complaints for trends and root causes, with an action plan agreed with the Council
CDM-06 gap  # no complaint timescales; clause 17.4 (Council invoice queries) and clause 4.1 (payment in 30 days) are decoys
"""),
))

# =====================================================================================
# c07  Scottish council: tenant participation support (plain text) - headings carry the topic,
#      duties split over two sentences with "It", a schedule, drafting note, [Not used]
# =====================================================================================
CONTRACTS.append(dict(
    file="c07-tenant-participation-support.txt", build="txt",
    title="Contract for Independent Tenant Participation and Scrutiny Support",
    subject="independent support for tenant participation and scrutiny",
    jurisdiction="Scotland (council housing)", parties="Council / Consultant",
    shapes="clause headings that carry the topic ('Whistleblowing. The Consultant shall maintain a procedure for "
           "this'; 'Conflicts of interest. ... placed in one'); duties split over two sentences with 'It'; duties in "
           "Schedule 2 in the passive ('is to be given by the Consultant'); '[Guidance: ...]' drafting note; "
           "'[Not used]'; 'expects', 'should', 'may', 'is encouraged to'; negated complaint reporting; the Council's "
           "own Annual Assurance Statement and SPSO route; refreshments as hospitality",
    blocks=[
        T("Contract for Independent Tenant Participation and Scrutiny Support"),
        P("Contract reference: WFC/HOU/2025/09"),
        P("This Contract is made between WESTFIRTH COUNCIL, a council constituted under the Local Government etc. "
          "(Scotland) Act 1994, having its headquarters at Council Buildings, Harbour Road, Westfirth KA99 1AB (\"the "
          "Council\"), and COMMON GROUND PARTICIPATION LIMITED, a company incorporated in Scotland with number "
          "SC612345, having its registered office at 5 Mill Wynd, Perth PH1 5XX (\"the Consultant\")."),
        H("Background"),
        P("(A) Under section 53 of the Housing (Scotland) Act 2001 the Council must have a tenant participation "
          "strategy, and the Scottish Social Housing Charter expects landlords to give tenants opportunities to "
          "scrutinise their services."),
        P("(B) The Council wishes to engage an independent organisation to support its tenant scrutiny panel and the "
          "registered tenant organisations in its area, and has selected the Consultant after a quick quote "
          "exercise."),
        H("1. Definitions"),
        P("1.1 \"RTO\" means a registered tenant organisation in the Council's area; \"Scrutiny Panel\" means the "
          "Westfirth Tenants' Scrutiny Panel; \"Services\" means the services described in Schedule 1; \"Staff\" "
          "means the Consultant's employees and associate facilitators; \"Working Day\" means a day on which the "
          "Council's offices are open."),
        H("2. Services"),
        P("2.1 The Consultant shall provide the Services described in Schedule 1, to the standard of a competent "
          "provider of tenant participation services."),
        H("3. Price"),
        P("3.1 The Council shall pay the Consultant a fixed price of GBP 46,800 a year, invoiced quarterly in arrears, "
          "together with the expenses allowed by Schedule 1. Payment shall be made within 30 days of a valid invoice."),
        H("4. Term"),
        P("4.1 This Contract runs from 1 August 2025 until 31 July 2027."),
        H("5. Standards of conduct"),
        P("5.1 The Consultant acknowledges the Seven Principles of Public Life set out in Schedule 3. It shall observe "
          "them, and shall ensure that its Staff observe them, in delivering the Services."),
        P("5.2 The Council expects the Consultant to adopt a code of conduct for its facilitators."),
        H("6. Whistleblowing"),
        P("6.1 The Consultant shall maintain a procedure for this that is open to all its Staff, and shall not subject "
          "any person to detriment for using it in good faith."),
        H("7. Bribery and fraud"),
        P("7.1 The Consultant shall not commit any such act, nor permit its Staff to do so. It shall maintain adequate "
          "procedures to prevent them, and shall notify the Council immediately of any suspected case."),
        H("8. Conflicts of interest"),
        P("8.1 The Consultant shall ensure that neither it nor its Staff is placed in one, and shall notify the Council "
          "in writing of any that arises."),
        P("8.2 It shall comply with the Council's directions for managing the conflict."),
        P("8.3 The Consultant may ask its facilitators to declare their interests."),
        H("9. Former Council officers"),
        P("9.1 Before engaging on the Services any person who was, in the previous two years, an officer or elected "
          "member of the Council with responsibility for housing, the Consultant shall notify the Council, and shall "
          "comply with any conditions the Council sets."),
        H("10. Annual assurance"),
        P("10.1 By 30 April each year the Consultant shall give the Council a statement, signed by a director, that it "
          "has complied with clauses 5 to 9 and has in place the arrangements needed to support them."),
        H("11. Audit"),
        P("11.1 The Council may audit compliance with clauses 5 to 9 on five Working Days' notice."),
        H("12. Sub-contracting"),
        P("12.1 The Consultant shall not sub-contract the Services without the Council's consent."),
        P("12.2 The Consultant shall ensure that every sub-contract contains data protection terms equivalent to "
          "clause 15 and requires the sub-contractor to hold the insurances in clause 16."),
        H("13. Training"),
        P("13.1 [Guidance: insert any training requirements specific to the Services, for example ethics or equality "
          "training. Delete if not required.]"),
        P("13.2 The Consultant shall ensure that its lead facilitator holds a recognised qualification in community "
          "development."),
        H("14. Information"),
        P("14.1 The Consultant should co-operate with the Council in responding to requests made under the Freedom of "
          "Information (Scotland) Act 2002."),
        H("15. Data protection"),
        P("15.1 The Consultant shall process tenants' personal data only on the Council's documented instructions and "
          "in accordance with the UK GDPR."),
        H("16. Insurance"),
        P("16.1 The Consultant shall hold professional indemnity insurance of GBP 1 million and public liability "
          "insurance of GBP 5 million."),
        H("17. Termination"),
        P("17.1 The Council may terminate this Contract on three months' notice."),
        P("17.2 Either party may terminate this Contract at once if the other becomes insolvent."),
        P("17.3 [Not used]"),
        H("18. Disputes"),
        P("18.1 Any dispute shall be referred to mediation through Scottish Mediation and, failing settlement, to the "
          "courts of Scotland."),
        H("Schedule 1 - Services"),
        P("1. The Consultant shall facilitate ten Scrutiny Panel meetings a year, help the Panel choose and carry out "
          "two scrutiny exercises a year, and write an independent report on each one."),
        P("2. The Consultant shall deliver a training programme for tenants covering scrutiny skills, reading "
          "performance information and chairing meetings."),
        P("3. The Consultant shall help tenants scrutinise the Council's draft Annual Assurance Statement to the "
          "Scottish Housing Regulator before it is submitted."),
        P("4. Refreshments and hospitality provided at tenant events, and tenants' travel and childcare costs, are "
          "reimbursable expenses."),
        H("Schedule 2 - Complaints and feedback"),
        P("1. Complaints. The Consultant shall operate a procedure for complaints by tenants and other participants "
          "about the Services, and shall publicise it at every event."),
        P("2. Timescales. Complaints shall be acknowledged by the Consultant within 3 Working Days and responded to "
          "within 20 Working Days."),
        P("3. Reporting. The Consultant shall not be required to report complaints or complaint numbers to the "
          "Council."),
        P("4. Feedback. An evaluation questionnaire is to be given by the Consultant to participants at the end of "
          "each event, and a summary of the results is to be sent by the Consultant to the Council each quarter."),
        P("5. Learning. The Consultant is encouraged to identify lessons learned from complaints and feedback."),
        P("6. The Council's own complaints. Complaints about the Council's housing service are dealt with under the "
          "Council's Complaints Handling Procedure and may then be referred to the Scottish Public Services "
          "Ombudsman."),
        H("Schedule 3 - The Seven Principles of Public Life"),
        L("bullet",
          "Selflessness: acting solely in terms of the public interest.",
          "Integrity: avoiding any obligation to people or organisations that might try inappropriately to influence "
          "their work.",
          "Objectivity: acting and taking decisions impartially, fairly and on merit.",
          "Accountability: being accountable for decisions and actions and submitting to scrutiny.",
          "Openness: acting and taking decisions in an open and transparent manner.",
          "Honesty: being truthful.",
          "Leadership: exhibiting these principles in their own behaviour and treating others with respect."),
        P("Signed for Westfirth Council by the Head of Housing Services and for the Consultant by its Director."),
    ],
    verdicts=V("""
ES-01 pass  # clause 5.1: the Consultant acknowledges the Seven Principles (Schedule 3); 'It shall observe them' and ensure its Staff observe them
ES-02 weak  # clause 5.2: 'The Council expects the Consultant to adopt a code of conduct' (permissive)
ES-03 gap  # clause 12.2: flow-down of data protection and insurance terms only (decoy); no ethical flow-down
ES-04 gap  # clause 13.1 is an unfilled '[Guidance: ...]' drafting note; clause 13.2 is a technical qualification only
ES-05 pass  # clause 6.1: heading 'Whistleblowing' carries the topic; 'shall maintain a procedure for this' open to Staff, no detriment; also 7.1 notice of suspected cases
ES-06 pass  # clause 7.1: heading 'Bribery and fraud'; 'shall not commit any such act ... It shall maintain adequate procedures' and notify the Council
ES-07 weak  # clause 14.1: 'should co-operate' on FOISA requests (permissive)
ES-08 pass  # clause 11.1: the Council may audit compliance with clauses 5 to 9
ES-09 gap  # clause 17.3 is '[Not used]'; clauses 17.1-17.2 are termination on notice or insolvency only, no ethics link
ES-10 pass  # clause 10.1: director-signed yearly statement of compliance with clauses 5-9 and supporting arrangements (not the Council's Annual Assurance Statement in Schedule 1 para 3)
COI-01 pass  # clause 8.1: heading 'Conflicts of interest'; 'shall ensure that neither it nor its Staff is placed in one' and notify the Council
COI-02 pass  # clause 8.2: 'It shall comply with the Council's directions for managing the conflict'
COI-03 gap  # Schedule 1 para 4: refreshments and hospitality at tenant events as reimbursable expenses (decoy); no gifts control
COI-04 pass  # clause 9.1: heading 'Former Council officers'; notify the Council before engaging a recent former officer or member, and follow its conditions
COI-05 weak  # clause 8.3: 'may ask its facilitators to declare their interests' (permissive)
COI-06 gap  # clauses 5-9 and the rest of the Contract contain no procurement-stage disclosure
CDM-01 pass  # Schedule 2 para 1: the Consultant 'shall operate a procedure for complaints by tenants' and publicise it
CDM-02 gap  # Schedule 2 para 3: 'shall not be required to report complaints' (negation)
CDM-03 pass  # Schedule 2 para 4: questionnaire 'is to be given by the Consultant', summary sent to the Council quarterly
CDM-04 gap  # Schedule 2 para 6 is the Council's own SPSO route (wrong party); clause 18.1 mediation is dispute resolution (decoy)
CDM-05 weak  # Schedule 2 para 5: 'is encouraged to identify lessons learned' (permissive)
CDM-06 pass  # Schedule 2 para 2: acknowledged by the Consultant within 3 Working Days, response within 20
"""),
))

# =====================================================================================
# c08  NZ district council: public toilets cleaning (DOCX by LibreOffice) - "must", "is responsible for",
#      dash lists under "must ensure that its Personnel:"
# =====================================================================================
CONTRACTS.append(dict(
    file="c08-public-toilets-cleaning.docx", build="docx-lo",
    title="Contract 2025/31: Public Toilets and Freedom Camping Facilities Cleaning and Servicing",
    subject="cleaning and servicing of public toilets and freedom camping sites",
    jurisdiction="New Zealand (district council)", parties="Council / Contractor",
    shapes="'must' throughout; 'is responsible for ensuring'; 'must ensure that its Personnel:' with a dash list; "
           "report contents as a bullet list under 'must include'; five of the seven principle words; supplier code "
           "disapplied ('is not bound by'); 'expects'; financial Self Audit Certificate; staff-only survey; "
           "precedence conflict and armed conflict",
    blocks=[
        T("Contract 2025/31: Public Toilets and Freedom Camping Facilities Cleaning and Servicing"),
        P("This Contract is made on 3 June 2025 between WAIMARU DISTRICT COUNCIL, a territorial authority under the "
          "Local Government Act 2002 (the \u201cCouncil\u201d), and KEA FACILITIES SERVICES LIMITED, a company "
          "registered in New Zealand with number 7712345 (the \u201cContractor\u201d)."),
        H("1. Definitions and interpretation"),
        P("1.1 In this Contract:"),
        L("bullet",
          "\u201cFacilities\u201d means the 42 public toilets, 6 freedom camping sites and 3 dump stations listed in "
          "Schedule 1;",
          "\u201cIntegrity Clauses\u201d means clauses 9 to 11;",
          "\u201cLGOIMA\u201d means the Local Government Official Information and Meetings Act 1987;",
          "\u201cPersonnel\u201d means the Contractor's employees, agents and subcontractors' workers engaged in the "
          "Services; and",
          "\u201cWorking Day\u201d means a day other than a weekend day or a public holiday in Waimaru District."),
        P("1.2 If there is any conflict between these General Conditions and the Specification, these General "
          "Conditions prevail."),
        H("2. Term"),
        P("2.1 This Contract runs from 1 July 2025 for three years, with two rights of renewal of one year each at the "
          "Council's option."),
        H("3. Services"),
        P("3.1 The Contractor must clean and service each Facility at the frequency set for its category in "
          "Schedule 1: daily for category A, three times a week for category B and twice a week for category C, with "
          "extra cleans from Labour Weekend to Easter."),
        P("3.2 The Contractor must restock toilet paper, soap and hand towels, remove sharps safely, empty sanitary "
          "bins and report any damage or graffiti to the Council within one Working Day."),
        P("3.3 The Contractor must maintain an induction programme for all Personnel."),
        H("4. Payment"),
        P("4.1 The Council must pay the monthly lump sum in Schedule 2, plus GST, by the 20th of the month after the "
          "month in which a valid tax invoice is received."),
        H("5. Reporting"),
        P("5.1 The Contractor must provide a monthly report to the Contract Manager, which must include:"),
        L("bullet",
          "the number of cleans completed and missed at each Facility;",
          "consumables used;",
          "complaints received from members of the public, with the action taken and the date each complaint was "
          "closed; and",
          "vandalism and graffiti incidents."),
        P("5.2 The Contractor must carry out an annual survey of its own Personnel about working conditions and share a "
          "summary with the Council."),
        P("5.3 The Contractor must carry out a trend analysis of consumable usage each quarter so that stock levels can "
          "be adjusted."),
        H("6. Complaints"),
        P("6.1 The Contractor is responsible for receiving, recording and resolving complaints from members of the "
          "public about the cleanliness or condition of the Facilities, under a complaints procedure approved by the "
          "Council and displayed on a sign at each Facility."),
        P("6.2 Complaints must be acknowledged by the Contractor within one Working Day and resolved within five "
          "Working Days."),
        P("6.3 The Contractor must co-operate with the Ombudsman and the Council in the investigation of any complaint "
          "about the Services, and must give effect to any recommendation accepted by the Council."),
        H("7. Health and safety"),
        P("7.1 The Contractor must comply with the Health and Safety at Work Act 2015 and must provide a site-specific "
          "safety plan before starting work."),
        H("8. Vehicles and equipment"),
        P("8.1 The Contractor must provide all vehicles, equipment and chemicals needed for the Services, and must use "
          "cleaning products approved under the Hazardous Substances and New Organisms Act 1996."),
        H("9. Integrity"),
        P("9.1 In delivering the Services the Contractor must act with integrity, honesty, objectivity, openness and "
          "accountability, and must ensure that its Personnel do the same."),
        P("9.2 The Contractor is not bound by the Council's Supplier Code of Conduct, which applies only to contracts "
          "with a value above $1,000,000."),
        P("9.3 The Contractor must have a protected disclosures policy consistent with the Protected Disclosures "
          "(Protection of Whistleblowers) Act 2022, and must not retaliate against any of its Personnel who makes a "
          "protected disclosure, whether to the Council, to an appropriate authority or otherwise."),
        P("9.4 The Contractor must not offer or give any bribe or secret commission, must take all necessary steps to "
          "prevent corruption and fraud by its Personnel, and must notify the Council immediately of any suspected "
          "corruption or fraud connected with the Services."),
        H("10. Gifts and interests"),
        P("10.1 The Contractor must ensure that its Personnel:"),
        L("dash",
          "do not accept any gift, hospitality or other benefit from any person seeking a Council decision;",
          "do not offer any gift or hospitality to Council staff; and",
          "record every gift or hospitality offered to them in the Contractor's gifts register, which the Council may "
          "inspect."),
        P("10.2 The Contractor must obtain a declaration of interests, including a nil return where there is nothing to "
          "declare, from each of its supervisors and managers on appointment and every year, keep the declarations in "
          "a register of interests and provide the register to the Council on request."),
        P("10.3 The Contractor confirms that it has disclosed to the Council every relationship between its directors or "
          "Personnel and any person involved in evaluating its tender, and will update that disclosure if a new "
          "relationship arises."),
        P("10.4 The Council expects the Contractor to tell it before engaging a former Council employee in a role "
          "connected with this Contract."),
        H("11. Subcontractors"),
        P("11.1 The Contractor is responsible for ensuring that every subcontractor complies with obligations "
          "equivalent to the Integrity Clauses."),
        H("12. Official information"),
        P("12.1 The Contractor must assist the Council to meet its obligations under LGOIMA, including by giving the "
          "Council any information it needs to respond to a request within five Working Days."),
        H("13. Audit"),
        P("13.1 The Council may audit the Contractor's compliance with the Integrity Clauses at any time on reasonable "
          "notice."),
        P("13.2 The Contractor must give the Council each year a Self Audit Certificate, signed by its auditor, "
          "confirming that its financial records relating to this Contract are complete and accurate."),
        H("14. Termination"),
        P("14.1 The Council may terminate this Contract by notice if the Contractor commits a material breach of this "
          "Contract that is not remedied within ten Working Days of notice."),
        H("15. Force majeure and disputes"),
        P("15.1 Neither party is liable for failure caused by earthquake, volcanic eruption, flood, pandemic, armed "
          "conflict or other events beyond its reasonable control."),
        P("15.2 Disputes must be referred to negotiation between senior managers and then to mediation under the "
          "Resolution Institute rules."),
        P("15.3 This Contract is governed by New Zealand law."),
    ],
    verdicts=V("""
ES-01 pass  # clause 9.1: the Contractor 'must act with integrity, honesty, objectivity, openness and accountability' (five of the seven principle words)
ES-02 gap  # clause 9.2: 'is not bound by the Council's Supplier Code of Conduct' (negation); no code of its own
ES-03 pass  # clause 11.1: the Contractor 'is responsible for ensuring that every subcontractor complies with' equivalents of the Integrity Clauses
ES-04 weak  # clause 3.3: 'an induction programme for all Personnel' only, ethics not named
ES-05 pass  # clause 9.3: protected disclosures policy under the 2022 Act and no retaliation, incl. disclosures to the Council
ES-06 pass  # clause 9.4: must not offer any bribe or secret commission, must prevent corruption and fraud, must notify suspected cases
ES-07 pass  # clause 12.1: must assist the Council with LGOIMA requests within five Working Days
ES-08 pass  # clause 13.1: the Council may audit compliance with the Integrity Clauses
ES-09 weak  # clause 14.1: generic material-breach termination, no link to the Integrity Clauses
ES-10 gap  # clause 13.2: Self Audit Certificate on financial records only (decoy); no ethics assurance
COI-01 gap  # no duty to avoid or notify conflicts; clause 1.2 precedence 'conflict' and clause 15.1 'armed conflict' are decoys
COI-02 gap  # clause 10 (Gifts and interests) has no mitigation, direction or termination for conflicts
COI-03 pass  # clause 10.1: 'must ensure that its Personnel:' dash list - no gifts accepted or offered, every offer recorded in a gifts register
COI-04 weak  # clause 10.4: 'The Council expects the Contractor to tell it' before engaging a former Council employee
COI-05 pass  # clause 10.2: declarations or nil returns from supervisors and managers yearly, register provided to the Council
COI-06 pass  # clause 10.3: confirms disclosure of relationships with tender evaluators and will keep it current
CDM-01 pass  # clause 6.1: the Contractor 'is responsible for receiving, recording and resolving complaints' from the public under a displayed procedure
CDM-02 pass  # clause 5.1 third bullet: the monthly report 'must include' complaints received, action taken and closure dates
CDM-03 gap  # clause 5.2 is a survey of the Contractor's own Personnel (staff-only decoy); no user feedback
CDM-04 pass  # clause 6.3: must co-operate with the Ombudsman and the Council and give effect to accepted recommendations
CDM-05 gap  # no learning from complaints; clause 5.3 trend analysis is of consumable usage (decoy)
CDM-06 pass  # clause 6.2: 'Complaints must be acknowledged by the Contractor within one Working Day and resolved within five'
"""),
))

# =====================================================================================
# c09  Ontario city: graffiti removal (Markdown) - "each party" / "neither party" / "the parties",
#      a pipe table with a Responsible column
# =====================================================================================
CONTRACTS.append(dict(
    file="c09-graffiti-removal.md", build="md",
    title="City of Port Alder - Contract No. 2025-117: Graffiti Removal Services",
    subject="graffiti removal from public property",
    jurisdiction="Canada (Ontario city)", parties="City / Contractor",
    shapes="'Each party shall' and 'Neither party shall' duties that bind the Contractor as a party; 'The parties will "
           "discuss'; a pipe table whose Responsible column binds the Contractor (code, training, complaints log) and "
           "the City (evaluation, payment); City-only codes and hotline (wrong party); 'should'; query and payment "
           "timescales",
    blocks=[
        T("City of Port Alder - Contract No. 2025-117: Graffiti Removal Services"),
        P("This Contract is made as of June 9, 2025 between THE CORPORATION OF THE CITY OF PORT ALDER (the "
          "\u201cCity\u201d) and CLEARWALL RESTORATION INC., a corporation incorporated under the laws of Ontario (the "
          "\u201cContractor\u201d)."),
        H("1. Definitions"),
        P("1.1 In this Contract, \u201cBusiness Day\u201d means a day other than a Saturday, Sunday or statutory holiday "
          "in Ontario; \u201cMFIPPA\u201d means the Municipal Freedom of Information and Protection of Privacy Act "
          "(Ontario); \u201cPersonnel\u201d means the employees, agents and subcontractors of the Contractor; "
          "\u201cSite\u201d means a location identified in a Work Order; and \u201cWork Order\u201d means an "
          "instruction issued by the City through its 311 system."),
        H("2. Term"),
        P("2.1 This Contract runs from July 1, 2025 to June 30, 2027, and the City may extend it for one further year."),
        H("3. Scope of Work"),
        P("3.1 The Contractor shall remove graffiti from City-owned property within two Business Days of a Work Order, "
          "and shall remove graffiti that is obscene or hateful within 24 hours."),
        P("3.2 Before starting, the Contractor shall photograph each Site, test the surface and choose a removal "
          "method that does not damage it. Heritage surfaces designated under the Ontario Heritage Act shall be "
          "cleaned only by the method approved by the City's heritage planner."),
        P("3.3 On private property facing a public right of way, the Contractor shall remove graffiti only where the "
          "owner has signed the City's consent and waiver form."),
        H("4. Price and Payment"),
        P("4.1 The City shall pay the unit rates in Schedule B, plus HST, for work completed and verified. The City "
          "shall hold back 10% of each payment until the end of each contract year."),
        H("5. Responsibilities"),
        P("5.1 The parties shall carry out the responsibilities allocated to them in the following table."),
        TB(["Responsibility", "Responsible", "Frequency"],
           ["Issue Work Orders through 311", "City", "As needed"],
           ["Remove graffiti and photograph each Site before and after", "Contractor", "Each Work Order"],
           ["Maintain and comply with a written code of conduct for all crews", "Contractor", "Throughout the Term"],
           ["Deliver ethics training to all Personnel (code of conduct, conflicts of interest, anti-corruption) and "
            "keep attendance records", "Contractor", "At hire and annually"],
           ["Submit a complaints log (complaints received, resolved, outstanding and days to resolve)", "Contractor",
            "Monthly"],
           ["Complete the vendor performance evaluation of the Contractor", "City", "Annually"],
           ["Pay undisputed invoices", "City", "Within 30 days of receipt"]),
        H("6. Complaints"),
        P("6.1 The Contractor shall operate a procedure for receiving and resolving complaints from residents and "
          "property owners about the Work, including damage to surfaces and missed Sites, and shall give each "
          "complainant a reference number."),
        P("6.2 The Contractor shall co-operate with any investigation by the Ombudsman of Ontario or by the City's "
          "Integrity Commissioner into a complaint about the Work, and shall implement any recommendation that the City "
          "accepts."),
        P("6.3 The Contractor shall respond to any query from the City's Contract Administrator within two Business "
          "Days."),
        H("7. Health and Safety"),
        P("7.1 The Contractor shall comply with the Occupational Health and Safety Act (Ontario), shall maintain WSIB "
          "coverage and shall use only products with current safety data sheets."),
        H("8. Ethical Conduct"),
        P("8.1 Members of Council and City employees are bound by the City's codes of conduct, which require them to "
          "uphold the standards of conduct expected of holders of public office."),
        P("8.2 Neither party shall give, offer or accept any secret commission, bribe or kickback in connection with "
          "this Contract, and each party shall maintain procedures adequate to prevent such conduct by its personnel."),
        P("8.3 Each party shall avoid any conflict of interest in relation to this Contract and shall disclose to the "
          "other party promptly in writing any conflict of interest that arises."),
        P("8.4 The parties will discuss in good faith how any conflict disclosed under section 8.3 may be managed."),
        P("8.5 For twelve months after a City employee leaves the City's employment, the Contractor shall not engage "
          "that person in connection with this Contract if the person was involved in the procurement or "
          "administration of this Contract."),
        P("8.6 The Contractor should disclose to the City any relationship with a member of the evaluation committee "
          "for this procurement."),
        P("8.7 The City operates a Fraud and Waste Hotline for City employees and members of the public, administered "
          "by the Auditor General."),
        H("9. Subcontractors"),
        P("9.1 The Contractor shall flow down the obligations in sections 8.2, 8.3 and 8.5 to every subcontractor by "
          "including equivalent obligations in each subcontract."),
        H("10. Default"),
        P("10.1 A breach by the Contractor of section 8.2, 8.3 or 8.5 is an event of default entitling the City to "
          "terminate this Contract immediately on written notice."),
        H("11. Records and Audit"),
        P("11.1 The City may audit the Contractor's records relating to this Contract on five Business Days' notice."),
        H("12. Access to Information"),
        P("12.1 The Contractor acknowledges that the City is subject to MFIPPA and shall co-operate with the City in "
          "responding to any access request for records relating to this Contract, producing the records within five "
          "Business Days."),
        H("13. Insurance and Indemnity"),
        P("13.1 The Contractor shall maintain commercial general liability insurance of not less than $5,000,000 per "
          "occurrence, naming the City as an additional insured, and shall indemnify the City against claims arising "
          "from the Work."),
        H("14. Accessibility"),
        P("14.1 The Contractor shall ensure that its Personnel have completed the customer service training required "
          "under the Accessibility for Ontarians with Disabilities Act, 2005."),
        H("15. Schedule B: Unit Rates"),
        TB(["Item", "Unit", "Rate (CAD, excl. HST)"],
           ["Graffiti removal, painted or sealed surface", "Square metre", "18.50"],
           ["Graffiti removal, unsealed masonry", "Square metre", "27.00"],
           ["Paint-out in matched colour", "Square metre", "14.25"],
           ["Emergency call-out for obscene or hateful graffiti", "Each", "165.00"],
           ["Anti-graffiti coating", "Square metre", "22.75"]),
        H("16. Notices and Assignment"),
        P("16.1 Notices shall be in writing and delivered by email or courier to the City's Manager of By-law and "
          "Property Standards or to the Contractor's President. The Contractor shall not assign this Contract without "
          "the City's prior written consent."),
        H("17. General"),
        P("17.1 This Contract is governed by the laws of the Province of Ontario and the federal laws of Canada "
          "applicable in it."),
    ],
    verdicts=V("""
ES-01 gap  # section 8.1: only Members of Council and City employees uphold the standards of public office (wrong party)
ES-02 pass  # section 5.1 table row: 'Maintain and comply with a written code of conduct for all crews' - Responsible 'Contractor'
ES-03 pass  # section 9.1: 'shall flow down' sections 8.2, 8.3 and 8.5 to every subcontractor
ES-04 pass  # section 5.1 table row: ethics training (code, conflicts, anti-corruption) at hire and annually with records - Responsible 'Contractor'
ES-05 gap  # section 8.7: the Fraud and Waste Hotline is the City's own (wrong party); no speaking-up route, reporting or non-retaliation duty on the Contractor
ES-06 pass  # section 8.2: 'Neither party shall give, offer or accept any secret commission, bribe or kickback' and each keeps adequate procedures - binds the Contractor as a party
ES-07 pass  # section 12.1: shall co-operate with MFIPPA access requests, records within five Business Days
ES-08 weak  # section 11.1: general audit of records relating to the Contract, ethics not named
ES-09 pass  # section 10.1: breach of section 8.2, 8.3 or 8.5 is an event of default allowing immediate termination
ES-10 gap  # section 8 (Ethical Conduct) and the rest of the Contract contain no provider ethics assurance or certificate
COI-01 pass  # section 8.3: 'Each party shall avoid any conflict of interest ... and shall disclose to the other party promptly' - binds the Contractor
COI-02 weak  # section 8.4: 'The parties will discuss in good faith how any conflict ... may be managed' (no duty to mitigate or follow directions)
COI-03 gap  # no gifts or hospitality control (section 8.2 bribes and kickbacks are ES-06)
COI-04 pass  # section 8.5: no engagement of a former City employee involved in the procurement for twelve months
COI-05 gap  # section 8 has no declarations or register of interests
COI-06 weak  # section 8.6: 'should disclose' relationships with the evaluation committee (permissive)
CDM-01 pass  # section 6.1: 'shall operate a procedure for receiving and resolving complaints from residents and property owners'
CDM-02 pass  # section 5.1 table row: monthly complaints log (received, resolved, outstanding, days to resolve) - Responsible 'Contractor'
CDM-03 gap  # section 5.1 table row: vendor performance evaluation is the City's view of the Contractor (decoy); no user feedback
CDM-04 pass  # section 6.2: co-operate with the Ombudsman of Ontario or Integrity Commissioner and implement accepted recommendations
CDM-05 gap  # section 6 (Complaints) has no analysis of or learning from complaints
CDM-06 gap  # no complaint timescales; section 6.3 (City queries) and section 5.1 table row 'Pay undisputed invoices' are decoys
"""),
))

# =====================================================================================
# c10  Washington county: medical examiner decedent transport (PDF by LibreOffice) - US "Vendor agrees to",
#      "warrants", "shall", "County expects"
# =====================================================================================
CONTRACTS.append(dict(
    file="c10-decedent-transport.pdf", build="pdf-lo", footer="Kittrell County Contract No. ME-25-004 \u2013 Decedent Transport",
    title="Personal Services Agreement: Decedent Transport for the Office of the Medical Examiner",
    subject="decedent transport for a county medical examiner",
    jurisdiction="United States (Washington county)", parties="County / Vendor",
    shapes="US drafting with 'Vendor agrees to', 'Vendor warrants', 'Vendor shall'; 'is encouraged to' with all seven "
           "principle words; 'County expects'; 'should'; 'County may request' (on request); a defined term ('Ethics "
           "Provisions') used for certification and audit; County employees' financial statements (wrong party); "
           "termination for convenience, insolvency and non-appropriation only",
    blocks=[
        T("Personal Services Agreement: Decedent Transport for the Office of the Medical Examiner"),
        P("Kittrell County Contract No. ME-25-004"),
        P("This Agreement is entered into between KITTRELL COUNTY, a political subdivision of the State of Washington, "
          "acting through its Office of the Medical Examiner (\u201cCounty\u201d), and EVERGREEN REMOVAL SERVICES LLC, "
          "a Washington limited liability company (\u201cVendor\u201d)."),
        H("Recitals"),
        P("WHEREAS the Medical Examiner has jurisdiction over the bodies of deceased persons under chapter 68.50 RCW "
          "and requires a reliable, respectful transport service from death scenes to the County morgue; and WHEREAS "
          "Vendor was selected through Request for Proposals No. 25-011; NOW, THEREFORE, the parties agree as "
          "follows."),
        H("1. Definitions"),
        P("1.1 \u201cDecedent\u201d means a deceased person whose body the Medical Examiner directs Vendor to transport. "
          "\u201cEthics Provisions\u201d means Sections 12 through 15 of this Agreement. \u201cPersonal Effects\u201d "
          "means property found with a Decedent. \u201cPersonnel\u201d means Vendor's owners, employees and agents. "
          "\u201cBusiness Day\u201d means Monday through Friday, excluding County holidays."),
        H("2. Term"),
        P("2.1 This Agreement is effective July 1, 2025 through June 30, 2027 and may be renewed by County for two "
          "additional one-year terms."),
        H("3. Scope of Services"),
        L("num",
          "Vendor shall respond to every dispatch 24 hours a day, 365 days a year, arriving within 60 minutes in urban "
          "areas and 90 minutes in rural areas.",
          "Vendor shall send a two-person crew in an unmarked, climate-controlled vehicle fitted with secured cot "
          "restraints.",
          "Vendor is responsible for maintaining a written chain-of-custody record for each Decedent, signed at the "
          "scene and at the morgue.",
          "Vendor shall inventory Personal Effects in the presence of the investigator and deliver them sealed with "
          "the Decedent.",
          "Vendor shall treat every Decedent and every family member with dignity and respect."),
        H("4. Compensation"),
        P("4.1 County shall pay Vendor $285 for each transport plus $2.10 per loaded mile outside the urban zone. "
          "Vendor shall invoice monthly and County shall pay within 30 days of receipt of a correct invoice."),
        H("5-7. Independent Contractor, Insurance and Indemnity"),
        P("5.1 Vendor is an independent contractor and not an employee of County. 6.1 Vendor shall maintain commercial "
          "general liability insurance of $1,000,000 per occurrence and automobile liability insurance of $1,000,000. "
          "7.1 Vendor shall defend, indemnify and hold harmless County against claims arising from Vendor's "
          "performance."),
        H("8. Personnel"),
        P("8.1 Vendor shall complete a criminal background check on each member of Personnel before that person "
          "performs services under this Agreement."),
        P("8.2 Vendor agrees to provide all Personnel, before their first call and annually thereafter, with ethics "
          "training covering Vendor's code of ethics, the dignified handling of Decedents, the prohibition on referral "
          "fees and gratuities, and conflicts of interest, and to keep training records for County inspection."),
        H("9-11. Vehicles, Safety and Records"),
        P("9.1 Vendor shall keep its vehicles clean, sanitized after every transport, and in good repair. 10.1 Vendor "
          "shall comply with applicable Department of Labor and Industries safety rules, including bloodborne "
          "pathogen requirements. 11.1 Vendor shall keep all records relating to this Agreement for six years."),
        H("12. Code of Ethics"),
        P("12.1 Vendor is encouraged to observe the principles of selflessness, integrity, objectivity, "
          "accountability, openness, honesty and leadership in performing this Agreement."),
        P("12.2 Vendor warrants that it has adopted a written code of ethics governing the conduct of its Personnel, "
          "and agrees to enforce that code throughout the term of this Agreement."),
        P("12.3 County expects Vendor's subcontractors, including any backup removal service, to meet the standards of "
          "Vendor's code of ethics."),
        H("13. Gratuities and Kickbacks"),
        P("13.1 Vendor shall not offer or give any gift, gratuity, favor or entertainment to any County officer or "
          "employee."),
        P("13.2 Vendor shall not solicit or accept any referral fee, kickback or other inducement from any funeral "
          "home, cemetery or tissue bank, and shall maintain procedures adequate to prevent such payments."),
        P("13.3 Vendor shall notify County immediately of any suspected fraud, kickback or theft of Personal Effects."),
        H("14. Whistleblower Protection"),
        P("14.1 Vendor agrees not to discharge, demote or otherwise retaliate against any employee who reports in good "
          "faith to County or to any public agency a suspected violation of law or of this Agreement."),
        H("15. Conflict of Interest"),
        P("15.1 Vendor warrants that it has no interest that conflicts with its performance of this Agreement, agrees "
          "to avoid any such conflict, and shall notify the Medical Examiner in writing within two Business Days if one "
          "arises."),
        P("15.2 Vendor shall take such steps as County directs to eliminate or manage the conflict."),
        P("15.3 Vendor confirms that it has disclosed to County any relationship between Vendor, its owners or "
          "Personnel and any County officer or employee involved in the solicitation or award of this Agreement."),
        P("15.4 County officers and employees file annual Personal Financial Affairs Statements with the Public "
          "Disclosure Commission under chapter 42.17A RCW."),
        H("16. Ethics Certification"),
        P("16.1 Within 20 Business Days after the effective date and by July 31 of each year thereafter, Vendor shall "
          "certify in writing to County, over the signature of its managing member, that Vendor and its Personnel have "
          "complied with the Ethics Provisions and that Vendor maintains the policies and controls necessary to "
          "support them."),
        H("17. Public Records"),
        P("17.1 Vendor agrees to cooperate with County in responding to any request under the Public Records Act, "
          "chapter 42.56 RCW, and to produce requested records within five Business Days."),
        H("18. Audit"),
        P("18.1 County may audit Vendor's compliance with the Ethics Provisions and may inspect Vendor's training "
          "records and chain-of-custody logs."),
        H("19. Families"),
        P("19.1 Vendor should have a process for handling complaints from the families of Decedents."),
        P("19.2 Vendor should acknowledge a family's complaint within two Business Days."),
        P("19.3 County may request a log of the complaints received by Vendor."),
        H("20. Termination"),
        P("20.1 County may terminate this Agreement for convenience on 30 days' written notice. Either party may "
          "terminate this Agreement if the other becomes insolvent. This Agreement terminates automatically if the "
          "County Council does not appropriate funds for it."),
        H("21. Notices and Assignment"),
        P("21.1 Notices shall be in writing and delivered to the Medical Examiner at the County Morgue or to Vendor's "
          "managing member at its principal office. Vendor shall not assign or subcontract this Agreement, in whole or "
          "in part, without County's prior written consent."),
        H("22. General"),
        P("22.1 Vendor shall comply with chapter 49.60 RCW (discrimination). This Agreement is governed by the laws of "
          "the State of Washington, with venue in Kittrell County Superior Court. This Agreement is the entire "
          "agreement of the parties."),
    ],
    verdicts=V("""
ES-01 weak  # Section 12.1: 'Vendor is encouraged to observe' all seven principle words (permissive)
ES-02 pass  # Section 12.2: 'Vendor warrants that it has adopted a written code of ethics ... and agrees to enforce' it
ES-03 weak  # Section 12.3: 'County expects Vendor's subcontractors ... to meet the standards of Vendor's code of ethics'
ES-04 pass  # Section 8.2: 'Vendor agrees to provide' ethics training (code of ethics, referral fees, conflicts) at start and annually, with records
ES-05 pass  # Section 14.1: 'agrees not to ... retaliate against any employee who reports in good faith'; Section 13.3 also reports suspected fraud to County
ES-06 pass  # Sections 13.2-13.3: no referral fees or kickbacks, adequate procedures, immediate notice of suspected fraud
ES-07 pass  # Section 17.1: 'agrees to cooperate' with Public Records Act requests, records within five Business Days
ES-08 pass  # Section 18.1: County may audit compliance with the Ethics Provisions (Sections 12-15)
ES-09 gap  # Section 20.1: termination for convenience, insolvency or non-appropriation only; no remedy for ethical breach
ES-10 pass  # Section 16.1: managing-member certification at start and yearly of compliance with the Ethics Provisions and supporting controls
COI-01 pass  # Section 15.1: 'agrees to avoid any such conflict, and shall notify the Medical Examiner in writing within two Business Days'
COI-02 pass  # Section 15.2: 'shall take such steps as County directs to eliminate or manage the conflict'
COI-03 pass  # Section 13.1: 'shall not offer or give any gift, gratuity, favor or entertainment' to County officers or employees
COI-04 gap  # Section 15 (Conflict of Interest) says nothing on former County officers or employees
COI-05 gap  # Section 15.4: financial affairs statements are filed by County officers and employees (wrong party); no Vendor register
COI-06 pass  # Section 15.3: 'Vendor confirms that it has disclosed' relationships with County staff involved in the solicitation or award
CDM-01 weak  # Section 19.1: 'Vendor should have a process for handling complaints' (permissive)
CDM-02 weak  # Section 19.3: 'County may request a log of the complaints' (on request only)
CDM-03 gap  # Section 19 (Families) has no feedback or satisfaction data
CDM-04 gap  # Section 19 has no Ombudsman or independent complaint investigation
CDM-05 gap  # Section 19 has no analysis of or learning from complaints
CDM-06 weak  # Section 19.2: 'should acknowledge a family's complaint within two Business Days' (permissive)
"""),
))

# =====================================================================================
# c11  NHS foundation trust: orthotics sub-contract (DOCX, hand-built) - "shall ensure that its Staff",
#      tracked insertion and deletions, comments, numbering.xml lists
# =====================================================================================
CONTRACTS.append(dict(
    file="c11-nhs-orthotics-subcontract.docx", build="docx-hand", author="Trust Procurement",
    title="Sub-contract for Orthotic Services: Particulars and Special Conditions",
    subject="orthotic clinics and bespoke footwear sub-contract",
    jurisdiction="England (NHS foundation trust)", parties="Trust / Provider",
    shapes="'shall ensure that its Staff', 'shall procure that'; a tracked insertion adding the Seven Principles; a "
           "tracked deletion of the anti-bribery clause with '[Not used]' inserted; 'shall' changed to 'may' by "
           "tracked change; comments stating duties (not text); (a)-(f) list with numbering.xml; the Trust's own "
           "publication duty (wrong party)",
    blocks=[
        T("Sub-contract for Orthotic Services: Particulars and Special Conditions"),
        P("Sub-contract reference: AVFT-ORTH-2025-01"),
        P("This Sub-contract is dated 30 May 2025 and is made between ASHDOWN VALLEY NHS FOUNDATION TRUST of Ashdown "
          "General Hospital, Mill Lane, Ashford Vale AV2 7QT (the \u201cTrust\u201d) and STRIDEWELL ORTHOTICS LIMITED, "
          "company number 09123456, of 3 Cobbler's Yard, Ashford Vale AV1 3LD (the \u201cProvider\u201d)."),
        H("1. Background and definitions"),
        P("1.1 The Trust provides orthotic services to NHS patients under its NHS Standard Contract with the Integrated "
          "Care Board and sub-contracts part of those services to the Provider on the terms of this Sub-contract."),
        P("1.2 In this Sub-contract: \u201cConflicts Guidance\u201d means Managing Conflicts of Interest in the NHS "
          "(NHS England, 2017, as updated); \u201cDecision-Making Staff\u201d means Staff who take or influence "
          "decisions about the purchase of goods or the treatment of Patients; \u201cOperational Day\u201d means a day "
          "other than a Saturday, Sunday or bank holiday; \u201cPatient\u201d means a person referred to the Provider "
          "under this Sub-contract; \u201cStaff\u201d means the Provider's employees, agents and Sub-Contractors' "
          "staff."),
        H("2. Services"),
        P("2.1 The Provider shall:"),
        L("alpha",
          "run orthotic clinics at Ashdown General Hospital, Vale Community Hospital and Brookfield Health Centre on "
          "the days set out in Schedule 2;",
          "assess each Patient within the waiting time standard in Schedule 4 and prescribe orthoses in line with "
          "the Trust's clinical guidelines;",
          "supply insoles, splints, braces and bespoke footwear, fitting each item at a clinic appointment;",
          "repair and replace orthoses on the terms in Schedule 2;",
          "keep clinical records on the Trust's electronic patient record; and",
          "take part in the Trust's clinical governance meetings each quarter."),
        H("3. Payment"),
        P("3.1 The Trust shall pay the prices in Schedule 3 for each attendance and item supplied, monthly in arrears, "
          "within 30 days of a valid invoice."),
        H("4. Staff"),
        P("4.1 The Provider shall ensure that all orthotists are registered with the Health and Care Professions "
          "Council."),
        P("4.2 The Provider shall ensure that all Staff complete Freedom to Speak Up training and training on the "
          "Conflicts Guidance at induction and every year, and shall keep training records available to the Trust."),
        H("5. Ethical standards"),
        P("5.1 The Provider shall comply with, and shall ensure that its Staff comply with, the Supplier Code of Conduct "
          "issued by the Government Commercial Function."),
        P(["5.2 ", ("ins", "The Provider shall ensure that its Staff observe the Seven Principles of Public Life in "
                           "delivering the Services.")]),
        P("5.3 The Provider shall procure that each of its Sub-Contractors, including any manufacturer of bespoke "
          "footwear, complies with obligations equivalent to this Special Condition 5 and Special Condition 6."),
        P("5.4 The Provider shall appoint a Freedom to Speak Up Guardian, shall ensure that Staff can raise concerns "
          "with the Guardian or directly with the Trust, and shall not subject any member of Staff to detriment for "
          "speaking up."),
        P([("c", "Trust legal: anti-bribery is covered by the head contract with the ICB, so we do not need to repeat "
                 "it here. The Provider shall still notify us of any suspected fraud.", "5.5"), " ",
           ("del", "The Provider shall not commit any Prohibited Act and shall maintain adequate procedures to "
                   "prevent bribery and fraud by its Staff."),
           ("ins", "[Not used]")]),
        P("5.6 The Provider shall nominate a member of its board with responsibility for ethics and for compliance with "
          "this Special Condition 5."),
        H("6. Conflicts of interest"),
        P("6.1 The Provider shall ensure that neither it nor any of its Staff is placed in a position where there is an "
          "actual or potential conflict of interest, and shall notify the Trust promptly in writing if such a "
          "conflict arises."),
        P("6.2 The Provider shall agree a mitigation plan with the Trust for any conflict notified under Special "
          "Condition 6.1 and shall implement it as the Trust directs."),
        P("6.3 The Provider shall ensure that all Staff comply with the Conflicts Guidance in relation to gifts, "
          "hospitality and other inducements and actual or potential conflicts of interest."),
        P("6.4 The Provider shall obtain a declaration of interests, or a nil return, from each of its Decision-Making "
          "Staff on appointment and every year, keep the declarations in a register and give a copy of the register to "
          "the Trust each year."),
        P(["6.5 The Provider ", ("del", "shall"), ("ins", "may"), " inform the Trust before engaging any person who was "
           "employed by the Trust in the previous two years in a role connected with the commissioning of orthotic "
           "services."]),
        H("7. Transparency"),
        P("7.1 The Trust shall publish this Sub-contract and its spending with the Provider in accordance with its "
          "publication scheme under the Freedom of Information Act 2000."),
        H("8. Monitoring and remedies"),
        P("8.1 The Trust may audit the Provider's compliance with Special Conditions 5 and 6 and may inspect the "
          "registers and training records kept under them."),
        P("8.2 The Trust may require the Provider to remove from the Services any member of Staff who has breached "
          "Special Condition 5 or 6."),
        H("9. Complaints and patient experience"),
        P("9.1 The Provider shall operate a complaints procedure that complies with the Local Authority Social Services "
          "and National Health Service Complaints (England) Regulations 2009, and shall publicise it in every clinic."),
        P("9.2 The Provider shall acknowledge each complaint within 3 Operational Days and shall respond within 25 "
          "Operational Days or any longer period agreed with the complainant, explaining any delay."),
        P("9.3 The Provider shall report complaints data to the Trust each quarter (received, upheld, partly upheld "
          "and not upheld, with themes) and shall supply the data the Trust needs for its KO41a return."),
        P("9.4 The Provider shall offer the Friends and Family Test to every Patient and shall report the results to "
          "the Trust monthly."),
        P("9.5 The Provider shall co-operate with the Trust and with the Parliamentary and Health Service Ombudsman in "
          "the investigation of any complaint and shall implement any recommendation made."),
        P("9.6 The Provider shall review complaints and Friends and Family Test results with the Trust each quarter, "
          "identify themes and lessons learned, and agree actions where results fall below the agreed level."),
        H("10. Award"),
        P(["10.1 This Sub-contract was awarded following a competitive quotation process under the Trust's ",
           ("c", "Procurement: ask the Provider to confirm in writing that it has disclosed any relationship with the "
                 "evaluation panel, and to keep that confirmation current.", "Standing Financial Instructions"),
           "."]),
        H("11. Term and termination"),
        P("11.1 This Sub-contract runs from 1 July 2025 to 31 March 2028. The Trust may terminate it on three months' "
          "notice, or at once if the Trust's own contract with the Integrated Care Board ends."),
        H("12. General"),
        P("12.1 The Provider shall comply with the Data Security and Protection Toolkit and the UK GDPR. This "
          "Sub-contract is governed by the law of England and Wales."),
        P("Signed for the Trust by the Director of Finance and for the Provider by its Managing Director."),
    ],
    verdicts=V("""
ES-01 pass  # Special Condition 5.2 (tracked insertion, counted as text): 'shall ensure that its Staff observe the Seven Principles of Public Life'
ES-02 pass  # Special Condition 5.1: shall comply, and ensure its Staff comply, with the government Supplier Code of Conduct
ES-03 pass  # Special Condition 5.3: 'shall procure that each of its Sub-Contractors ... complies with obligations equivalent to' SC 5 and 6
ES-04 pass  # Special Condition 4.2: Freedom to Speak Up and conflicts training at induction and yearly, records available to the Trust
ES-05 pass  # Special Condition 5.4: Freedom to Speak Up Guardian, concerns can be raised with the Trust, no detriment
ES-06 gap  # Special Condition 5.5: the anti-bribery clause is a tracked deletion replaced by '[Not used]'; the comment on it is not contract text
ES-07 gap  # Special Condition 7.1: only the Trust publishes under its FOIA scheme (wrong party); no provider FOI or transparency duty
ES-08 pass  # Special Condition 8.1: the Trust may audit compliance with Special Conditions 5 and 6
ES-09 pass  # Special Condition 8.2: the Trust may require removal of Staff who breach SC 5 or 6
ES-10 weak  # Special Condition 5.6: a nominated board member responsible for ethics only (structures, no certificate)
COI-01 pass  # Special Condition 6.1: 'shall ensure that neither it nor any of its Staff is placed in' a conflict, and notify the Trust promptly
COI-02 pass  # Special Condition 6.2: agree a mitigation plan and implement it as the Trust directs
COI-03 pass  # Special Condition 6.3: Staff comply with the Conflicts Guidance on gifts, hospitality and other inducements
COI-04 weak  # Special Condition 6.5: tracked change replaces 'shall' with 'may' inform the Trust before engaging former Trust staff (permissive)
COI-05 pass  # Special Condition 6.4: declarations or nil returns from Decision-Making Staff on appointment and yearly, register copied to the Trust
COI-06 gap  # Special Condition 10.1 states only how the award was made; the disclosure confirmation is in a comment, not contract text
CDM-01 pass  # Special Condition 9.1: complaints procedure complying with the 2009 Complaints Regulations, publicised in clinics
CDM-02 pass  # Special Condition 9.3: quarterly complaints data (received, upheld, partly upheld, not upheld, themes) and KO41a data
CDM-03 pass  # Special Condition 9.4: Friends and Family Test offered to every Patient, results reported monthly
CDM-04 pass  # Special Condition 9.5: co-operate with the Trust and the PHSO and implement recommendations
CDM-05 pass  # Special Condition 9.6: quarterly review of complaints and FFT results, themes and lessons learned, actions agreed
CDM-06 pass  # Special Condition 9.2: acknowledge within 3 Operational Days, respond within 25 or an agreed longer period, delays explained
"""),
))

# =====================================================================================
# c12  English metropolitan borough: museum textile conservation framework (ODT by LibreOffice) -
#      duties in a schedule with Parts, "undertakes to:" list, passive "are to be declined ... by the Contractor"
# =====================================================================================
CONTRACTS.append(dict(
    file="c12-museum-textile-conservation-framework.odt", build="odt-lo",
    title="Framework Agreement for Textile and Costume Conservation Services (Lot 2)",
    subject="textile and costume conservation framework for council museums",
    jurisdiction="England (metropolitan borough council)", parties="Council / Contractor",
    shapes="a defined 'Ethical Standards Schedule' made binding by one clause and used by audit and remedies; "
           "Schedule Parts A-F with an 'undertakes to:' list, an agentless 'must be notified ... by the Contractor', "
           "passive 'are to be declined and recorded by the Contractor'; '[Not used]' register; 'expects'; "
           "'may propose'; structural and data integrity; technical standards; confidentiality only; the Council's "
           "complaints about the Contractor, staff survey, CEDR",
    blocks=[
        T("Framework Agreement for Textile and Costume Conservation Services (Lot 2)"),
        P("Framework reference: CMBC/MUS/FW/2025/2"),
        P("This Framework Agreement is made on 23 June 2025 between CALDERBROOK METROPOLITAN BOROUGH COUNCIL of Town "
          "Hall, Crown Street, Calderbrook CB1 1TH, acting through its Museums and Archives Service (the "
          "\u201cCouncil\u201d), and LOOM & LANTERN CONSERVATION STUDIO LIMITED, company number 10987654, of The "
          "Weaving Shed, Canal Wharf, Hebbleton HX9 4LL (the \u201cContractor\u201d)."),
        H("1. Definitions and interpretation"),
        P("1.1 \u201cCall-Off Contract\u201d means a contract for specific conservation work awarded under this "
          "Framework Agreement; \u201cCollection\u201d means the objects in the care of the Museums and Archives "
          "Service; \u201cEthical Standards Schedule\u201d means Schedule 4; \u201cObject\u201d means an item from the "
          "Collection entrusted to the Contractor; \u201cStaff\u201d means the Contractor's conservators, technicians "
          "and other workers; \u201cWorking Day\u201d means a weekday other than a bank holiday."),
        P("1.2 In the event of any conflict between this Framework Agreement and a Call-Off Contract, this Framework "
          "Agreement prevails unless the Call-Off Contract expressly states otherwise."),
        H("2. The Framework"),
        P("2.1 The Council does not guarantee any volume of work. It may award Call-Off Contracts to the Contractor "
          "directly or after a mini-competition among the suppliers on Lot 2, and each Call-Off Contract incorporates "
          "the terms of this Framework Agreement."),
        P("2.2 This Framework Agreement runs for four years from 1 July 2025."),
        H("3. Standard of work"),
        P("3.1 The Contractor shall carry out condition reporting, surface cleaning, wet cleaning, stabilisation, "
          "support and mounting of textiles and costume in accordance with BS EN 15898:2019 and PAS 198:2012, and shall "
          "use only reversible treatments unless the Council agrees otherwise in writing."),
        P("3.2 The Contractor shall take all necessary steps to preserve the structural integrity of each Object, and "
          "shall record each treatment in the Council's collections management system, ensuring the integrity of the "
          "data entered."),
        P("3.3 All Staff shall be appropriately trained and qualified, and accredited by the Institute of Conservation "
          "where the Council requires it."),
        P("3.4 Objects shall be transported only by fine-art carriers approved by the Council, in crates or padded "
          "containers suited to each Object."),
        H("4. Prices"),
        P("4.1 The day rates and rates for materials in Schedule 2 apply to every Call-Off Contract and are fixed for "
          "the first two years. The Council shall pay valid invoices within 30 days."),
        H("5. Supplier Code of Conduct"),
        P("5.1 The Council expects all Contractors appointed to the Framework to meet the standards set out in the "
          "Council's Supplier Code of Conduct."),
        H("6. Ethical standards"),
        P("6.1 The Contractor shall comply with the Ethical Standards Schedule."),
        H("7. Sub-contracting"),
        P("7.1 The Contractor shall not sub-contract any conservation treatment without the Council's consent, and "
          "shall be liable for the acts and omissions of its Sub-contractors as though they were its own."),
        H("8. Confidentiality"),
        P("8.1 The Contractor shall keep confidential all information about the storage locations, security "
          "arrangements and insurance values of the Collection, and shall not publish images of Objects without the "
          "Council's consent."),
        H("9. Audit"),
        P("9.1 The Council may audit the Contractor's compliance with the Ethical Standards Schedule on ten Working "
          "Days' notice."),
        H("10. Removal from the Framework"),
        P("10.1 If the Contractor breaches the Ethical Standards Schedule, the Council may suspend the Contractor from "
          "the Framework, remove it from the Framework and terminate any Call-Off Contract."),
        H("11. Disputes"),
        P("11.1 Any dispute shall be referred to mediation under the CEDR Model Mediation Procedure before either "
          "party starts court proceedings."),
        H("12. Contract management"),
        P("12.1 The Contractor shall respond to any query from the Council's Collections Manager within three Working "
          "Days."),
        P("12.2 The Council will record any complaints it has about the Contractor's performance and raise them at the "
          "annual framework review."),
        P("12.3 The Contractor shall carry out an annual survey of its Staff's wellbeing and workload."),
        H("13. Documentation"),
        P("13.1 For each Object the Contractor shall provide a treatment proposal before work starts and a treatment "
          "report when it ends, with photographs before, during and after treatment, the materials used and advice on "
          "display and storage."),
        P("13.2 The Contractor shall return each Object by the date stated in the Call-Off Contract, in packaging that "
          "meets the Council's loan and transport requirements, and shall tell the Council at once of any damage or "
          "change in condition."),
        H("14. Insurance and general"),
        P("14.1 Objects remain insured by the Council on a nail-to-nail basis. The Contractor shall hold public "
          "liability insurance of \u00a35 million and professional indemnity insurance of \u00a32 million. This "
          "Framework Agreement is governed by the law of England and Wales."),
        H("Schedule 4: Ethical Standards Schedule"),
        H("Part A: General undertakings"),
        P("A1 The Contractor undertakes to:"),
        L("alpha",
          "maintain a whistleblowing procedure through which its Staff can raise concerns, including with the "
          "Council, and not victimise anyone who uses it in good faith;",
          "not commit any offence under the Bribery Act 2010 or the Fraud Act 2006 in connection with the Framework, "
          "and maintain adequate procedures to prevent such offences by its Staff; and",
          "avoid any actual or potential conflict of interest, including any dealing in the art and antiques market in "
          "objects of the kind it treats for the Council."),
        H("Part B: Conflicts"),
        P("B1 Any conflict of interest that arises must be notified to the Council by the Contractor without delay."),
        P("B2 Where a conflict is notified, the Contractor may propose measures to manage it."),
        H("Part C: Gifts and hospitality"),
        P("C1 Gifts and hospitality offered to the Contractor's Staff by dealers, auction houses, lenders or owners of "
          "objects are to be declined and recorded by the Contractor in a gifts and hospitality register."),
        H("Part D: Register of interests"),
        P("D1 [Not used]"),
        H("Part E: Disclosure"),
        P("E1 The Contractor confirms that, before the Framework was awarded, it disclosed to the Council any "
          "relationship between its directors or Staff and any officer involved in the procurement, and it will keep "
          "that disclosure current."),
        H("Part F: Annual certificate"),
        P("F1 By 31 March each year the Contractor shall give the Council a certificate, signed by a director, "
          "confirming that it has complied with this Schedule and that it maintains the structures and arrangements "
          "needed to support it."),
    ],
    verdicts=V("""
ES-01 gap  # no Seven Principles or named ethical standards; clause 3.2 'structural integrity' and 'integrity of the data' are decoys
ES-02 weak  # clause 5.1: 'The Council expects all Contractors ... to meet the standards set out in the Council's Supplier Code of Conduct'
ES-03 gap  # clause 7.1: consent and liability for Sub-contractors only (decoy); no ethical flow-down
ES-04 weak  # clause 3.3: Staff 'appropriately trained and qualified' only, ethics not named
ES-05 pass  # Schedule 4 Part A1(a), made binding by clause 6.1: whistleblowing procedure incl. to the Council, no victimisation
ES-06 pass  # Schedule 4 Part A1(b): not commit Bribery Act or Fraud Act offences, adequate procedures
ES-07 gap  # clause 8.1 is confidentiality only; no FOI, EIR or transparency co-operation
ES-08 pass  # clause 9.1: the Council may audit compliance with the Ethical Standards Schedule
ES-09 pass  # clause 10.1: breach of the Ethical Standards Schedule allows suspension, removal from the Framework and termination
ES-10 pass  # Schedule 4 Part F1: director-signed yearly certificate of compliance with the Schedule and of supporting structures
COI-01 pass  # Schedule 4 Part A1(c) (undertakes to avoid conflicts) and Part B1 ('must be notified to the Council by the Contractor')
COI-02 weak  # Schedule 4 Part B2: 'the Contractor may propose measures to manage it' (permissive)
COI-03 pass  # Schedule 4 Part C1: gifts and hospitality 'are to be declined and recorded by the Contractor' in a register
COI-04 gap  # Schedule 4 Parts A-F say nothing on former Council officers or members
COI-05 gap  # Schedule 4 Part D1 'Register of interests' is '[Not used]'
COI-06 pass  # Schedule 4 Part E1: confirms disclosure of relationships with procurement officers before award and keeps it current
CDM-01 gap  # clause 12.2 records the Council's complaints about the Contractor (decoy); no service-user complaints procedure
CDM-02 gap  # clause 12 (Contract management) has no complaint reporting by the Contractor
CDM-03 gap  # clause 12.3 is a Staff wellbeing survey (staff-only decoy)
CDM-04 gap  # clause 11.1 CEDR mediation is dispute resolution (decoy); no Ombudsman co-operation
CDM-05 gap  # clause 12 has no learning from complaints
CDM-06 gap  # clause 12.1 timescale is for the Council's queries (decoy); no complaint timescales
"""),
))

# =====================================================================================
# c13  Irish county council: OT assessments for housing adaptation grants (DOCX by LibreOffice) -
#      "agrees to:", "undertakes to:" with nested (i)-(iii), "Each party agrees to"
# =====================================================================================
CONTRACTS.append(dict(
    file="c13-ot-assessments-housing-grants.docx", build="docx-lo",
    title="Contract for Occupational Therapy Assessments: Housing Adaptation Grants",
    subject="occupational therapy assessments for housing adaptation grants",
    jurisdiction="Ireland (county council)", parties="Council / Consultant",
    shapes="'agrees to:' and 'undertakes to:' lead-ins with nested (i)-(iii) list items; 'Each party agrees to comply "
           "with the Protected Disclosures Act 2014' then a firm provider sentence; statutory ethics regime "
           "disapplied ('do not apply to the Consultant'); CORU ethics code as the provider's code; 'should', "
           "'may seek'; tax clearance certificate; financial-only inspection",
    blocks=[
        T("Contract for Occupational Therapy Assessments: Housing Adaptation Grants"),
        P("Contract reference: KCC/HSG/OT/2025"),
        P("This Contract is made on 26 May 2025 between KILBARRON COUNTY COUNCIL, a local authority established under "
          "the Local Government Act 2001, of \u00c1ras an Chontae, Kilbarron (the \u201cCouncil\u201d), and ARDFERT "
          "OCCUPATIONAL THERAPY SERVICES LIMITED, a company registered in Ireland with number 654321 (the "
          "\u201cConsultant\u201d)."),
        H("1. Background"),
        P("1.1 The Council administers the Housing Adaptation Grant for People with a Disability, the Housing Aid for "
          "Older People Scheme and the Mobility Aids Grant Scheme under the Housing (Adaptation Grants for Older People "
          "and People with a Disability) Regulations 2007. Where the Council needs an occupational therapy assessment "
          "to decide an application, it will refer the Applicant to the Consultant."),
        H("2. Definitions"),
        P("2.1 \u201cApplicant\u201d means a person who has applied for a grant and is referred to the Consultant; "
          "\u201cAssessment\u201d means an occupational therapy assessment of the Applicant's needs and home; "
          "\u201cFOI Act\u201d means the Freedom of Information Act 2014; \u201cPersonnel\u201d means the Consultant's "
          "occupational therapists, employees and agents; \u201cWorking Day\u201d means a day other than a Saturday, "
          "Sunday or public holiday in Ireland."),
        H("3. Services"),
        P("3.1 For each referral the Consultant shall:"),
        L("alpha",
          "contact the Applicant within five Working Days and visit the home within 20 Working Days;",
          "assess the Applicant's functional needs and the suitability of the home;",
          "recommend works or equipment, with a sketch and specification that a builder can price;",
          "send an Assessment report to the Council within ten Working Days of the visit; and",
          "where the Council asks, attend the final inspection of completed works."),
        H("4. Fees"),
        P("4.1 The Council shall pay a fee of \u20ac295 (exclusive of VAT) for each completed Assessment, and "
          "\u20ac95 for each final inspection, monthly in arrears. Professional services withholding tax will be "
          "deducted where required."),
        H("5. Professional standards"),
        P("5.1 The Consultant agrees to:"),
        L("alpha",
          "ensure that every Assessment is carried out by an occupational therapist registered with CORU;",
          "comply, and ensure that its Personnel comply, with CORU's Code of Professional Conduct and Ethics for "
          "Occupational Therapists; and",
          "maintain professional indemnity insurance of at least \u20ac6.5 million."),
        P("5.2 The Consultant shall ensure that its Personnel complete the continuing professional development that "
          "CORU requires, including training in assessment for bathroom adaptations and in moving and handling."),
        P("5.3 The Consultant shall not sub-contract any part of the Services."),
        H("6. Standards in public office"),
        P("6.1 The Ethics in Public Office Acts 1995 and 2001 do not apply to the Consultant or its Personnel."),
        H("7. Integrity"),
        P("7.1 The Consultant undertakes to:"),
        L("alpha",
          "not offer, give or accept any bribe or improper payment, within the meaning of the Criminal Justice "
          "(Corruption Offences) Act 2018, in connection with this Contract;",
          "maintain adequate procedures to prevent corruption by its Personnel;",
          S("avoid any conflict of interest, including:", "alpha",
            "assessing an Applicant who is a relative, neighbour or private client of any of its Personnel;",
            "recommending a builder or supplier in which any of its Personnel has an interest; and",
            "accepting any payment from an Applicant;"),
          "notify the Council in writing within two Working Days of any conflict of interest that arises; and",
          "notify the Council at once of any suspected fraud in a grant application."),
        P("7.2 Where a conflict of interest is notified, the Council may re-allocate the Assessment to another "
          "assessor, and the Consultant shall follow any direction the Council gives to manage the conflict."),
        P("7.3 The Consultant's Personnel should decline any gift offered by an Applicant or by a builder."),
        P("7.4 The Consultant shall not engage, to carry out Assessments, any person who within the preceding 12 "
          "months was employed by the Council in its housing grants section, without the Council's written consent."),
        P("7.5 Each party agrees to comply with the Protected Disclosures Act 2014. The Consultant shall have "
          "procedures for its Personnel to make protected disclosures and shall not penalise any worker for making "
          "one."),
        H("8. Confirmations"),
        P("8.1 The Consultant confirms that it has disclosed to the Council any relationship between its Personnel and "
          "any member of the evaluation team for the tender, and will update that disclosure during the Term."),
        P("8.2 The Consultant shall provide a current tax clearance certificate on signing this Contract and whenever "
          "its certificate expires."),
        H("9. Freedom of information"),
        P("9.1 The Consultant acknowledges that the Council is subject to the FOI Act and shall assist the Council, "
          "within five Working Days, in responding to any request under the FOI Act relating to the Services."),
        H("10. Inspection"),
        P("10.1 The Council may inspect the Consultant's timesheets, mileage records and invoices relating to the "
          "Services."),
        H("11. Complaints"),
        P("11.1 The Consultant agrees to operate a complaints procedure for Applicants covering the conduct of "
          "Assessments, and to tell each Applicant about it at the home visit."),
        P("11.2 The Consultant agrees to acknowledge complaints within five Working Days and to respond in full "
          "within 20 Working Days."),
        P("11.3 The Consultant shall report to the Council each quarter the number of complaints received and their "
          "outcomes."),
        P("11.4 The Consultant may seek feedback from Applicants on the Assessment process."),
        P("11.5 The Consultant shall co-operate with the Office of the Ombudsman in any examination of a complaint "
          "about an Assessment and shall give effect to any recommendation accepted by the Council."),
        P("11.6 The Consultant agrees to review complaints with the Council each quarter, identify recurring themes "
          "and agree improvement actions."),
        H("12. Termination"),
        P("12.1 The Council may terminate this Contract if the Consultant commits a material breach of it and fails to "
          "remedy the breach within 15 Working Days of notice. Either party may terminate this Contract on three "
          "months' notice."),
        H("13. Reports and records"),
        P("13.1 Each Assessment report shall set out the Applicant's needs, the options considered, the recommended "
          "works or equipment with their priority, and any interim measures needed while works are arranged."),
        P("13.2 The Consultant shall keep its Assessment records for seven years after the grant is paid or refused, "
          "and shall send copies to the Council when the Council asks."),
        H("14. General"),
        P("14.1 The Consultant shall process Applicants' personal data in accordance with the GDPR and the Data "
          "Protection Act 2018. This Contract is governed by the laws of Ireland and runs for two years from 1 July "
          "2025."),
    ],
    verdicts=V("""
ES-01 gap  # clause 6.1: 'The Ethics in Public Office Acts 1995 and 2001 do not apply to the Consultant' (disapplication); no principles bound on the Consultant
ES-02 pass  # clause 5.1(b): 'agrees to' comply, and ensure its Personnel comply, with CORU's Code of Professional Conduct and Ethics
ES-03 gap  # clause 5.3: sub-contracting prohibited; no flow-down of ethical obligations
ES-04 gap  # clause 5.2: professional CPD, adaptations and moving-and-handling training only (technical)
ES-05 pass  # clause 7.5: 'shall have procedures for its Personnel to make protected disclosures and shall not penalise' them (also 7.1(e) notice of suspected fraud)
ES-06 pass  # clause 7.1(a)-(b): 'undertakes to' not offer or accept any bribe (2018 Act) and maintain adequate procedures
ES-07 pass  # clause 9.1: shall assist the Council with FOI Act requests within five Working Days
ES-08 gap  # clause 10.1: inspection of timesheets, mileage records and invoices only (financial-only)
ES-09 weak  # clause 12.1: generic material-breach termination, no ethics link
ES-10 gap  # clause 8.2 is a tax clearance certificate (decoy); no ethics assurance or certificate
COI-01 pass  # clause 7.1(c)(i)-(iii) and (d): 'undertakes to' avoid conflicts and notify the Council within two Working Days
COI-02 pass  # clause 7.2: the Council may re-allocate the Assessment and the Consultant shall follow its directions to manage the conflict
COI-03 weak  # clause 7.3: Personnel 'should decline any gift' (permissive)
COI-04 pass  # clause 7.4: no engagement of anyone employed in the Council's housing grants section in the preceding 12 months without consent
COI-05 gap  # clauses 7 (Integrity) and 8 have no declarations or register of interests
COI-06 pass  # clause 8.1: confirms disclosure of relationships with the tender evaluation team and will update it
CDM-01 pass  # clause 11.1: 'agrees to operate a complaints procedure for Applicants' and tell each Applicant about it
CDM-02 pass  # clause 11.3: quarterly report of complaints received and outcomes
CDM-03 weak  # clause 11.4: 'may seek feedback from Applicants' (permissive)
CDM-04 pass  # clause 11.5: co-operate with the Office of the Ombudsman and give effect to accepted recommendations
CDM-05 pass  # clause 11.6: 'agrees to review complaints with the Council each quarter, identify recurring themes and agree improvement actions'
CDM-06 pass  # clause 11.2: acknowledge within five Working Days, full response within 20
"""),
))

# =====================================================================================
# c14  Cayman Islands: hurricane shelter operation (plain text) - "is to", "will", "shall procure that",
#      a plain-text table with a Responsible column, passive "is to be supplied to the Department by the Operator"
# =====================================================================================
CONTRACTS.append(dict(
    file="c14-hurricane-shelter-operation.txt", build="txt",
    title="Services Agreement: Operation of Public Hurricane Shelters (Grand Cayman)",
    subject="operation of public hurricane shelters",
    jurisdiction="Cayman Islands (government department)", parties="Department / Operator",
    shapes="'is to', 'will', 'shall procure that'; plain-text table with a Responsible column (Operator and Department "
           "rows, one 'Both'); passive 'Complaints data is to be supplied to the Department by the Operator' and "
           "'any offer is to be recorded by the Operator'; civil servants' code, officers' conflict declarations, the "
           "Department's complaint handling, reply times and Ombudsman route (all wrong party); '[Reserved]'; "
           "'is encouraged to', 'should'",
    blocks=[
        T("Services Agreement: Operation of Public Hurricane Shelters (Grand Cayman)"),
        P("Agreement No. HMCI/2025/SH-02"),
        P("THIS AGREEMENT is made on 5 May 2025 BETWEEN THE GOVERNMENT OF THE CAYMAN ISLANDS, acting through Hazard "
          "Management Cayman Islands, a department of the Government (the \"Department\"), AND ISLAND SHELTER SERVICES "
          "LTD., a company incorporated in the Cayman Islands with registration number 301122 (the \"Operator\")."),
        H("Background"),
        P("The Department is responsible for co-ordinating the national response to hurricanes and other hazards. "
          "Public hurricane shelters in schools and community halls are opened on the Department's order when a storm "
          "threatens. The Department wishes the Operator to run the shelters on Grand Cayman during the Seasons "
          "covered by this Agreement."),
        H("1. Definitions"),
        P("1.1 \"Activation\" means the period from the Department's order to open one or more Shelters until the "
          "Department orders them closed. \"Evacuee\" means a person who takes refuge in a Shelter. \"Integrity "
          "Clauses\" means clauses 10 to 12. \"Season\" means 1 June to 30 November in each year. \"Shelter\" means a "
          "building listed in Schedule 1. \"Staff\" means the Operator's employees, volunteers and agents. "
          "\"Sub-contractor\" means any person engaged by the Operator to provide part of the Services. \"Working "
          "Day\" means a day on which government offices are open."),
        H("2. Term"),
        P("2.1 This Agreement covers the 2025, 2026 and 2027 Seasons and ends on 31 December 2027."),
        H("3. Services"),
        P("3.1 The Operator is to carry out a readiness check of every Shelter before 1 June each year and report any "
          "defect to the Department."),
        P("3.2 On an Activation order the Operator is to open each Shelter named in the order within six hours, with a "
          "Shelter manager and at least one member of Staff for every 40 Evacuees."),
        P("3.3 The Operator will register every Evacuee, keep order, manage the pet area, and refer Evacuees with "
          "medical needs to the Health Services Authority team on site."),
        P("3.4 After closure, the Operator will clean each Shelter and hand it back to the school or hall in the "
          "condition in which it was received."),
        H("4. Fees"),
        P("4.1 The Department will pay an annual retainer of CI$48,000 and a daily activation rate of CI$3,600 per "
          "open Shelter. The Operator will invoice within 10 Working Days after each Activation and the Department "
          "will pay within 30 days."),
        H("5. Responsibilities"),
        P("5.1 Each party shall perform the tasks for which it is shown as Responsible in the table below."),
        TB(["Task", "Responsible", "When"],
           ["Order the opening and closure of Shelters", "Department", "Each Activation"],
           ["Open, staff and run each Shelter and register Evacuees", "Operator", "Each Activation"],
           ["Integrity and conflicts of interest briefing for all Shelter Staff, recorded on an attendance sheet",
            "Operator", "Before each Season"],
           ["Supply emergency food and water stocks", "Department", "Before each Season"],
           ["Evacuee feedback survey and written summary to the Department", "Operator",
            "Within 14 days after each Activation"],
           ["Handle complaints from Evacuees under the Department's complaints policy", "Department",
            "Each Activation"],
           ["Post-Activation debrief", "Both", "Within 21 days after each Activation"]),
        H("6-9. Staffing, safety, data and insurance"),
        P("6.1 The Operator will ensure that every Shelter manager has completed the Department's shelter management "
          "course and that all Staff have a police clearance certificate."),
        P("7.1 The Operator will comply with the Department's shelter safety rules, including the rules on generators, "
          "fuel and cooking."),
        P("8.1 The Operator will handle Evacuees' personal data in accordance with the Data Protection Act (2021 "
          "Revision)."),
        P("9.1 The Operator will hold public liability insurance of CI$2 million."),
        H("10. Integrity"),
        P("10.1 The Operator shall uphold the standards of conduct expected of holders of public office, and shall "
          "ensure that its Staff do so, in delivering the Services."),
        P("10.2 Civil servants of the Department are bound by the Civil Service Code of Conduct made under the Public "
          "Service Management Act."),
        P("10.3 The Operator is encouraged to make its Staff aware of the Whistleblower Protection Act and of how to "
          "report concerns."),
        P("10.4 The Operator shall not commit any offence under the Anti-Corruption Act (2019 Revision), and shall "
          "maintain adequate procedures to prevent bribery and corruption by its Staff."),
        H("11. Gifts and interests"),
        P("11.1 Shelter Staff are not to accept gifts, money or favours from Evacuees, and any offer is to be recorded "
          "by the Operator in a gifts register."),
        P("11.2 The Operator is to obtain a written declaration of interests from each Shelter manager before each "
          "Season, with a nil return where there is nothing to declare, keep the declarations in a register and give "
          "a copy to the Department."),
        P("11.3 Officers of the Department shall declare to the Director any conflict of interest they have in "
          "relation to this Agreement."),
        H("12. Sub-contractors"),
        P("12.1 The Operator shall procure that each Sub-contractor, including its catering and security providers, "
          "complies with obligations equivalent to the Integrity Clauses."),
        H("13. Inspection"),
        P("13.1 The Department may inspect the Shelters and the Operator's records at any time during an Activation "
          "and on two Working Days' notice at other times."),
        H("14. Removal of Staff"),
        P("14.1 The Department may require the Operator to remove from the Services any member of Staff who has "
          "breached the Integrity Clauses."),
        H("15. Annual ethics statement"),
        P("15.1 [Reserved]"),
        H("16. Freedom of information"),
        P("16.1 The Operator will provide the Department, within five Working Days of a request, with any information "
          "the Department needs to respond to a request under the Freedom of Information Act (2021 Revision)."),
        H("17. Complaints"),
        P("17.1 Complaints data is to be supplied to the Department by the Operator within 14 days after each "
          "Activation, giving the number and nature of the complaints made by Evacuees to Shelter Staff and passed to "
          "the Department."),
        P("17.2 The Department will respond to each complaint from an Evacuee within ten Working Days."),
        P("17.3 The Operator should review complaints after each Season to identify lessons learned."),
        P("17.4 An Evacuee who is dissatisfied with the Department's handling of a complaint may refer it to the "
          "Office of the Ombudsman."),
        H("18. Termination and general"),
        P("18.1 The Department may terminate this Agreement on 60 days' notice, and at once if the Operator becomes "
          "insolvent. A hurricane or other hazard is not a force majeure event for the Operator's obligations during "
          "an Activation. This Agreement is governed by the laws of the Cayman Islands."),
    ],
    verdicts=V("""
ES-01 pass  # clause 10.1: the Operator 'shall uphold the standards of conduct expected of holders of public office' and ensure its Staff do
ES-02 gap  # clause 10.2: the Civil Service Code binds the Department's civil servants (wrong party); no Operator code
ES-03 pass  # clause 12.1: 'shall procure that each Sub-contractor ... complies with obligations equivalent to the Integrity Clauses'
ES-04 pass  # clause 5.1 table row: integrity and conflicts briefing for all Shelter Staff before each Season, recorded - Responsible 'Operator'
ES-05 weak  # clause 10.3: 'is encouraged to make its Staff aware of the Whistleblower Protection Act' (permissive)
ES-06 pass  # clause 10.4: shall not commit Anti-Corruption Act offences and shall maintain adequate procedures
ES-07 pass  # clause 16.1: the Operator 'will provide' information for Freedom of Information Act requests within five Working Days
ES-08 weak  # clause 13.1: general inspection of Shelters and records, ethics and the Integrity Clauses not named
ES-09 pass  # clause 14.1: the Department may require removal of Staff who breach the Integrity Clauses
ES-10 gap  # clause 15.1 'Annual ethics statement' is '[Reserved]'
COI-01 gap  # clause 11.3: only the Department's officers declare conflicts (wrong party); no Operator duty to avoid or notify
COI-02 gap  # clause 11 (Gifts and interests) has no mitigation, direction or termination for conflicts
COI-03 pass  # clause 11.1: Shelter Staff 'are not to accept gifts' and offers 'are to be recorded by the Operator in a gifts register'
COI-04 gap  # clauses 10-12 (Integrity Clauses) say nothing on former Department officers or civil servants
COI-05 pass  # clause 11.2: 'is to obtain a written declaration of interests' (with nil returns) from Shelter managers, register copied to the Department
COI-06 gap  # clauses 10-12 and the rest of the Agreement contain no procurement-stage disclosure
CDM-01 gap  # clause 5.1 table row: complaints are handled by the Department under its own policy (Responsible 'Department', wrong party)
CDM-02 pass  # clause 17.1: 'Complaints data is to be supplied to the Department by the Operator' after each Activation
CDM-03 pass  # clause 5.1 table row: Evacuee feedback survey and written summary to the Department - Responsible 'Operator'
CDM-04 gap  # clause 17.4: Ombudsman route concerns the Department's own complaint handling (wrong party); no Operator co-operation duty
CDM-05 weak  # clause 17.3: 'should review complaints ... to identify lessons learned' (permissive)
CDM-06 gap  # clause 17.2: the reply timescale is the Department's own (wrong party)
"""),
))

README_HEAD = """# Blind set 17: sentence shapes and voices

Fourteen fictional public-service contracts (about 1,000-1,400 words each) for measuring probity on
contract text it was never tuned on. Earlier sets found the tool weakest where a duty is not written
"The Provider shall <verb> ...", so here the ethical duties, and the traps, are written in many
shapes: the passive voice with and without an agent, lead-in lists ("undertakes to:", "is required
to:", "must ensure that its Personnel:") set as real list paragraphs with nested items, "must",
"will", "is to", "agrees to", "undertakes to", "is responsible for", "shall procure that", "shall
ensure that its Staff", duties split over two sentences and carried by "It", clause headings that
carry the topic ("Whistleblowing. The Consultant shall maintain a procedure for this ..."),
plain-English "we"/"you", duties on "each party" or "neither party", defined terms that are then
used ("Ethics Requirements", "Integrity Clauses", "Ethical Standards Schedule", "Ethics
Provisions"), schedules, and tables with a Responsible column. All parties, people, addresses and
reference numbers are invented; the statutes, regulators and ombudsmen named are real.

## How it was written

The author read only sections 1 and 2 of the rule catalogue (`sed -n '1,/^## 3/p'
../shared/rule-catalogue.md`, the shared folder beside the repository), `fixtures/blind/README.md`
(to avoid subjects used before), `scripts/make-blind-set15.py` (its file-making machinery) and the
PDF normalisation part of `scripts/make-blind-set14.py`. No probity source, rule pack, test,
document, other fixture, other set's contract texts or bank was opened, and neither `cargo` nor
`probity` was run. Slips, recorded honestly: `ls` of the worktree root and of `scripts/` listed file
names (no file opened); reading the two builders also showed the README text they embed about
their own sets (no contract text or verdict). Every verdict was decided from the catalogue alone,
reading the whole document as a careful commissioner would.

Texts and verdicts are data in `scripts/blind_set17_contracts.py`; `scripts/make-blind-set17.py`
deletes and rebuilds this folder and checks it, exiting non-zero on any failure:

* 22 well-formed `RULE pass|weak|gap  # why` lines per `.expected`, in rule order, each citing a
  clause, section, schedule part or table row; every rule has at least 3 passes and 3 non-passes;
* the format split: 3 DOCX and 3 ODT written by LibreOffice from flat ODT (`.fodt`) built by the
  script, with real list numbering (LibreOffice's own `numbering.xml` in the DOCX files,
  `text:list` in the ODT files) for (a)/(b), nested (i)/(ii), bullets and dashes; 1 DOCX built by
  hand (numbering.xml lists, three tracked insertions, two tracked deletions, two comments); 2 PDF
  written by LibreOffice from flat ODT, with a footer and page numbers on every page; 3 Markdown
  (bullet lists, pipe tables, one HTML comment); 2 plain text (one with a plain-text table);
* zip members well-formed, fixed timestamps, ODT `mimetype` first and stored;
* every paragraph, list item and table cell present in the body XML and in LibreOffice's own text
  export (`soffice --convert-to txt`) of each DOCX and ODT, with the list label ((a), (i), bullet)
  shown before each list item; in `pdftotext` output for the PDFs (footer lines removed, labels
  checked); in the file for the text formats; comment text absent everywhere; for the hand-built
  DOCX, LibreOffice's reading of it as ODT (body outside `text:tracked-changes` and annotations)
  has the inserted text and neither the deleted text nor the comments;
* word counts 900-2,000 (visible words).

LibreOffice 7.4.7.2 converted the `.fodt` sources; its DOCX/ODT output is re-zipped with fixed
timestamps in its own member order, with list ids, tracked-change ids, rsids, revision numbers and
dates normalised; in the PDFs the creation and modification dates, `/ID` and `/DocChecksum` are
replaced without moving any byte offset. Two consecutive runs gave byte-identical output for every
file, PDFs included. Another LibreOffice version may write different bytes for the LibreOffice files
(not different text). Rebuild from the repository root with `python3 scripts/make-blind-set17.py`
(Python 3, LibreOffice `soffice` with a private profile under `/tmp/lo17`, and poppler's
`pdftotext`).

Note for users of the set: LibreOffice's plain-text export of the hand-built DOCX (c11) shows the
tracked changes as plain text, so the deleted anti-bribery sentence of Special Condition 5.5 and the
deleted "shall" of 6.5 appear there ("shallmay"). The verdicts read tracked changes as accepted:
insertions are text, deletions are not.
"""
README_TAIL = """## Judgement calls

* **Voice.** A passive duty counts when the provider is the agent in a by-phrase ("shall be
  observed by the Contractor", "is to be supplied to the Council by the Operator"). An agentless
  passive counts when the same clause names the provider as the one bound (c01 9.1: "are to be
  avoided by the Contractor ... must be notified to the Council"). "Conflicts of interest should be
  avoided by the Operator" is permissive: weak.
* **Cues outside section 1.2.** "is to", "are to be", "will" (provider subject), "is responsible
  for operating/ensuring/receiving", "agrees to", "undertakes to" and "is required to" are read as
  obligations. "is responsible for the acts and omissions of its sub-contractors" is liability
  (ES-03 decoy), not a flow-down.
* **Pronouns and headings.** "It shall ..." in the sentence after one naming the provider binds the
  provider (c03 4.3, c07 5.1, 7.1, 8.2). A clause heading that names the topic supplies it to a body
  that refers back to it ("Whistleblowing. ... a procedure for this"; "Conflicts of interest. ...
  placed in one"; "Bribery and fraud. ... any such act"). A heading with a body of "[Not used]" or
  "[Reserved]" is a gap.
* **"Each party" / "Neither party" / "the parties".** The provider is a party, so "Each party will
  maintain a written code of conduct" (c06 11.2), "Neither party shall give ... any bribe" and "Each
  party shall avoid any conflict of interest ... and shall disclose" (c09 8.2, 8.3) bind it: pass.
  "The parties will discuss in good faith how any conflict ... may be managed" (c09 8.4) imposes no
  duty to mitigate or follow directions: weak for COI-02 (it could be argued a gap). "Each party
  agrees to comply with the Protected Disclosures Act 2014" (c13 7.5) is followed by a firm provider
  sentence, which decides the pass.
* **Party labels.** Labels outside section 1.1's lists (Board, City, County, "we"/"you")
  are read from each parties clause: the authority is whoever the parties
  clause names as the public body, the provider the other party.
* **"We" and "you".** In c05 "you" is the grantee (provider side) and "we" the Council; "we can
  visit ... to check that you are keeping to section 6" is the authority's monitoring right (ES-08
  pass); "our staff follow our Employee Code" and the Ombudsman route for "our decision" are the
  authority's own (wrong party).
* **Defined terms and schedules.** An operative clause that binds the provider to a defined term or
  schedule carries its content: "shall comply with the Ethics Requirements" (defined as the Seven
  Principles and the COSCA Statement of Ethics) passes ES-01 and ES-02; audit of, remedies for and
  certificates of "the Integrity Clauses" / "the Ethics Provisions" / "the Ethical Standards
  Schedule" are ethics-linked (ES-08, ES-09, ES-10 pass).
* **Tables.** Rows bind the party in the Responsible column where the text introducing the table
  says each party shall carry out the tasks shown against it. Rows on the authority are wrong-party
  for provider duties (c14 complaints handling), except a review or audit right, which is the
  authority's by nature (c04 ES-08). A row "Both" (c14 debrief) decides nothing.
* **ES-01.** The Seven Principles, five or more of the seven words (c08 9.1, five words, "must") or
  "the standards of conduct expected of holders of public office" bound on the provider pass; all
  seven words under "is encouraged to" (c10 12.1) and "is encouraged to ensure that its Staff have
  regard to" (c04 3.3) are weak; principles bound only on the authority's members and staff (c09
  8.1), "structural integrity"/"integrity of the data" (c12) and "The Ethics in Public Office Acts
  ... do not apply to the Consultant" (c13 6.1) are gaps.
* **ES-02.** A named professional ethics code the provider must follow is the provider's code:
  COSCA Statement of Ethics and Code of Practice (c03), CORU Code of Professional Conduct and Ethics
  (c13). A technical code of practice (c01 PAS 43 and the removal code), the authority's own
  employee or civil-service code (c01, c05, c14) and "is not bound by the Council's Supplier Code of
  Conduct" (c08) are gaps; "expects" is weak (c07, c12).
* **ES-04.** Ethics, integrity, conflicts, anti-corruption or Freedom to Speak Up training with
  records passes (c14's pre-season "integrity and conflicts of interest briefing ... recorded on an
  attendance sheet" is read as induction training with a record). "Appropriately trained and
  qualified", "an induction programme" and "should have an induction" are weak; technical,
  safeguarding, CPD and manual-handling training and an unfilled "[Guidance: ...]" note are gaps.
* **ES-05.** Any one element passes, including a duty to report suspected bribery or fraud to the
  authority; so where ES-05 is not a pass the text carries no such reporting duty. "Is encouraged
  to", "we encourage you" are weak; the authority's own hotline (c09) and a public-statement ban
  with confidentiality (c06, flagged adverse) are gaps. Training on a topic is not itself a
  speaking-up route (c02 avoids training on raising concerns for that reason).
* **ES-06.** "Reasonable endeavours to prevent fraud and corruption" (c06) is weak. The Bribery Act
  in a list of laws to comply with (c03) and a tracked-deleted clause replaced by "[Not used]"
  (c11) are gaps. Complying with NHS conflicts guidance "in relation to gifts, hospitality and other
  inducements" (c11 6.3) is conflicts and gifts material (COI-03, COI-05), not an anti-bribery duty.
  A bribery ban that mentions inducements is judged under ES-06, not as gifts control (c04 4.2).
* **ES-07.** The authority publishing under its own FOI scheme (c11 7.1) is wrong party; "should
  assist"/"should co-operate" weak; confidentiality only and "shall not be required to assist" gaps.
* **ES-08.** Audit or review naming the ethics clauses passes; a general audit of performance or
  records, or a general inspection right, is weak; audit of accounts, timesheets and invoices only
  is a gap.
* **ES-09.** Termination, staff removal, suspension or reclaiming a grant for breach of the ethics
  clauses passes (a conflict-linked termination right too, c06 12.2); generic material-breach
  termination is weak; termination for convenience, insolvency or non-appropriation only, or a
  "[Not used]" clause, is a gap. "Vendor shall take such steps as County directs to eliminate or
  manage the conflict" (c10 15.2) is COI-02 material, not a remedy for an ethical breach.
* **ES-10.** A signed periodic certificate of compliance with the ethics clauses plus supporting
  arrangements passes; a nominated ethics lead or board member only (c03, c11) and a one-topic
  fraud statement (c05) are weak; a certificate by the authority's own officer (c01), a financial
  Self Audit Certificate (c08), a tax clearance certificate (c13), "[Not used]" and "[Reserved]" are
  gaps. A comment suggesting a certificate (c03) is not text.
* **COI-01.** A register of interests (COI-05) or a confirmation about tender relationships
  (COI-06), without a duty to avoid or notify conflicts, is not COI-01 (c03, c08: gap); nor is
  training on conflicts. Precedence "conflict", "armed conflict" and the authority's own officers'
  declarations are decoys.
* **COI-03.** Catering "hospitality" rows and reimbursable refreshments and hospitality are decoys;
  "should not accept gifts" and "should decline any gift" are weak.
* **COI-04.** "Should tell", "expects ... to tell" and a tracked change from "shall" to "may" are
  weak; a TUPE "former employees" clause is a gap.
* **COI-06.** "Expects ... to disclose" and "should disclose" are weak; exclusion-ground
  declarations (convictions, insolvency) are gaps; a comment asking for a confirmation is not text.
* **CDM rules.** A monthly report whose required contents include complaint counts and outcomes
  passes CDM-02; complaint data "if the Council asks" or "County may request a log" is weak;
  incident-only reporting and "shall not be required to report complaints" are gaps. The
  authority's own complaint handling, reply times and Ombudsman routes (c03, c05, c07, c14), the
  authority's complaints about the provider (c12), dispute resolution (CEDR, Scottish Mediation),
  vendor performance evaluations, staff-only surveys, root cause of kennel disease and trend
  analysis of consumables are decoys (gap). "Should aim to respond", "should acknowledge",
  "should have a process", "may survey", "may seek feedback", "may review complaint trends" and
  "is encouraged to identify lessons learned" are weak.
* **Definition-only hits were avoided.** The catalogue lists definition-only under *weak* in
  "Satisfied / weak / missing" and as a decoy in section 1.3; no verdict here depends on a
  definition alone. The ES-10 decoy "may provide an annual statement" (weak under section 1.3's
  permissive rule, or gap as a listed decoy?) was avoided for the same reason.

## Less certain calls

c14 ES-04 (a "briefing" read as induction training), c09 COI-02 (weak rather than gap), c03 and
c08 COI-01 (gap beside a register of interests and a tender disclosure), c10 ES-09 (gap beside a
direction to eliminate a conflict), c11 ES-06 (gap beside "gifts, hospitality and other
inducements"), c03 and c13 ES-02 (professional ethics codes as the provider's code of conduct).
"""
