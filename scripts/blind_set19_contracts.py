"""Texts and verdicts of blind set 19 (drafting traditions), built by scripts/make-blind-set19.py.

Each contract is a dict: file, build (docx-lo, docx-hand, odt-lo, pdf-lo, md, txt), title,
subject, jurisdiction, parties, shapes (README notes), blocks and verdicts; optional header,
footer (PDF page header and footer), author (tracked changes and comments) and txt_style
("caps": ALL-CAPS headings, no numbering markup).

Blocks: ("title", s), ("h1", s) Heading 1, ("h", s) Heading 2, ("p", inline),
("list", style, items) with style alpha/roman/num/bullet/dash and an item either inline or
(inline, ("list", style, items)) for a nested list, ("table", rows) with a header row, and
("toc", heading, [(entry, page), ...]) for a real table of contents.
Inline: a string, or a list of strings and ("ins", s), ("del", s), ("c", comment, anchor).

Verdicts are written as the .expected lines ("RULE verdict  # why") and decided from sections
1 and 2 of the rule catalogue alone.
"""

RULES = ["ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
         "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
         "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06"]


def V(text):
    """Parse .expected-style lines into (rule, verdict, why) tuples."""
    out = []
    for line in text.strip().splitlines():
        head, why = line.split("#", 1)
        rule, verdict = head.split()
        out.append((rule, verdict, why.strip()))
    return out


CONTRACTS = []

# ---------------------------------------------------------------------------------------------
# c01: US state contract (Idaho), ARTICLE/Section 1.01, WHEREAS recitals, Exhibits, certifications
CONTRACTS.append({
    "file": "c01-rest-area-custodial.docx",
    "build": "docx-lo",
    "title": "Contract for Rest Area Custodial and Traveler Information Services",
    "subject": "custodial services and traveler information desks at interstate safety rest areas",
    "jurisdiction": "United States (Idaho state office); ARTICLE / Section 1.01 numbering, WHEREAS recitals, exhibits and signed certifications",
    "parties": "Department / Contractor (Vendor in Exhibit C)",
    "shapes": "a real table of contents whose line 'ARTICLE X ANNUAL ETHICS CERTIFICATION' leads to a '[Reserved]' article; the seven principle words only in a WHEREAS recital; the duties in Exhibit C (Vendor Code of Ethics) incorporated by Sections 1.02 and 4.01; an Exhibit B reporting table with a Responsible Party column (complaint log, traveler survey, a Department review row); a one-topic anti-kickback certification and a relationships disclosure in the signed Exhibit D; the Department's own post-employment policy (wrong party); 'conflict or inconsistency' precedence; 'conflict of laws'; claims to an administrative hearing; OSHA chemical safety training beside a generic orientation",
    "blocks": [
        ("title", "CONTRACT FOR REST AREA CUSTODIAL AND TRAVELER INFORMATION SERVICES"),
        ("p", "Contract No. OHTS-2025-117"),
        ("p", "This Contract is entered into as of July 1, 2025 (the \u201cEffective Date\u201d) by and between the State of Idaho, acting by and through its Office of Highway Traveler Services (the \u201cDepartment\u201d), and Sawtooth Facility Partners, LLC, an Idaho limited liability company whose principal office is at 418 Cottonwood Bend, Twin Falls, Idaho 83301 (the \u201cContractor\u201d)."),
        ("h1", "RECITALS"),
        ("p", "WHEREAS, the Department operates eleven safety rest areas and two traveler information centers on Interstate 84 and U.S. Highway 95 for the use of the motoring public;"),
        ("p", "WHEREAS, the Department values selflessness, integrity, objectivity, accountability, openness, honesty and leadership in all persons who serve the traveling public on its behalf;"),
        ("p", "WHEREAS, the Department issued Request for Proposals No. OHTS-RFP-25-04 and, following evaluation, selected the Contractor\u2019s proposal; and"),
        ("p", "WHEREAS, the parties wish to set out the terms on which the Contractor will provide the Services;"),
        ("p", "NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:"),
        ("toc", "TABLE OF CONTENTS", [
            ("ARTICLE I DEFINITIONS AND INTERPRETATION", "2"),
            ("ARTICLE II SCOPE OF SERVICES AND TERM", "2"),
            ("ARTICLE III CONTRACTOR PERSONNEL", "2"),
            ("ARTICLE IV ETHICS AND STATE ETHICS LAWS", "3"),
            ("ARTICLE V PUBLIC RECORDS AND CONFIDENTIALITY", "3"),
            ("ARTICLE VI REPORTING AND TRAVELER COMPLAINTS", "3"),
            ("ARTICLE VII RECORDS, AUDIT AND MONITORING", "4"),
            ("ARTICLE VIII DEFAULT AND TERMINATION", "4"),
            ("ARTICLE IX CLAIMS AND DISPUTES", "4"),
            ("ARTICLE X ANNUAL ETHICS CERTIFICATION", "5"),
            ("ARTICLE XI GENERAL PROVISIONS", "5"),
            ("EXHIBIT A \u2013 SCOPE OF WORK", "6"),
            ("EXHIBIT B \u2013 REPORTING AND PERFORMANCE STANDARDS", "7"),
            ("EXHIBIT C \u2013 VENDOR CODE OF ETHICS", "7"),
            ("EXHIBIT D \u2013 CONTRACTOR CERTIFICATIONS", "8"),
        ]),
        ("h1", "ARTICLE I DEFINITIONS AND INTERPRETATION"),
        ("p", "Section 1.01 Definitions. As used herein, \u201cServices\u201d means the services described in Exhibit A; \u201cPersonnel\u201d means the Contractor\u2019s employees, agents and subcontractors who perform any part of the Services; \u201cFacility\u201d means a rest area or traveler information center listed in Exhibit A; and \u201cTraveler\u201d means any member of the public who uses a Facility."),
        ("p", "Section 1.02 Exhibits. The following Exhibits are attached hereto and incorporated herein by reference:"),
        ("list", "bullet", [
            "Exhibit A \u2013 Scope of Work;",
            "Exhibit B \u2013 Reporting and Performance Standards;",
            "Exhibit C \u2013 Vendor Code of Ethics; and",
            "Exhibit D \u2013 Contractor Certifications.",
        ]),
        ("p", "Section 1.03 Order of precedence. In the event of any conflict or inconsistency between the body of this Contract and any Exhibit, the body of this Contract controls, followed by Exhibit C, Exhibit A, Exhibit B and Exhibit D, in that order."),
        ("h1", "ARTICLE II SCOPE OF SERVICES AND TERM"),
        ("p", "Section 2.01 Services. Contractor agrees to provide the Services at each Facility in accordance with this Contract and Exhibit A, furnishing all labor, supervision, equipment, consumables and transportation required hereunder."),
        ("p", "Section 2.02 Term. This Contract begins on the Effective Date and ends on June 30, 2028, unless terminated earlier under Article VIII. The Department may renew it for up to two additional one-year periods by written notice given not less than sixty (60) days before expiration."),
        ("p", "Section 2.03 Compensation. The Department shall pay Contractor the fixed monthly fee stated in Exhibit A within thirty (30) days after receipt of a proper invoice. No other charges are payable unless approved in writing by the Department\u2019s Contract Administrator."),
        ("h1", "ARTICLE III CONTRACTOR PERSONNEL"),
        ("p", "Section 3.01 Staffing. Contractor shall furnish sufficient Personnel to meet the staffing levels in Exhibit A and shall complete a criminal background check on each person before that person is assigned to a Facility."),
        ("p", "Section 3.02 Training. Contractor shall ensure that all Personnel are appropriately trained and qualified for the duties assigned to them and complete Contractor\u2019s orientation program before their first shift. Contractor shall also provide OSHA-compliant training in the safe handling of cleaning chemicals to all custodial Personnel."),
        ("h1", "ARTICLE IV ETHICS AND STATE ETHICS LAWS"),
        ("p", "Section 4.01 Vendor Code of Ethics. Contractor agrees to comply, and to cause all Personnel to comply, with the Vendor Code of Ethics attached hereto as Exhibit C."),
        ("p", "Section 4.02 State ethics laws. The Department\u2019s officers and employees are subject to the Ethics in Government Act of 2015, Idaho Code Title 74, Chapter 4, and Department employees who leave State service are subject to the Department\u2019s post-employment policy, which the Department administers and enforces in respect of its own employees."),
        ("h1", "ARTICLE V PUBLIC RECORDS AND CONFIDENTIALITY"),
        ("p", "Section 5.01 Public records. Contractor acknowledges that this Contract and the reports delivered hereunder are public records under the Idaho Public Records Act, Idaho Code Title 74, Chapter 1. When the Department receives a request under that Act for records relating to the Services that are held by Contractor, Contractor agrees to cooperate with the Department and to deliver the requested records to the Department within five (5) business days of the Department\u2019s written request."),
        ("p", "Section 5.02 Confidential information. Contractor shall not disclose any personal information of Travelers obtained in performing the Services except as required by law or as directed by the Department."),
        ("h1", "ARTICLE VI REPORTING AND TRAVELER COMPLAINTS"),
        ("p", "Section 6.01 Reports. Contractor shall submit the reports listed in Exhibit B at the frequency stated therein."),
        ("p", "Section 6.02 Traveler complaints. Contractor shall maintain a written procedure for receiving, investigating and resolving Traveler complaints about the Services; shall post at the entrance of each Facility a notice explaining how to make a complaint in person, by telephone or online; and shall log every complaint received."),
        ("p", "Section 6.03 Response times. Contractor shall acknowledge each written or online complaint within two (2) business days of receipt and shall send the complainant a written response within ten (10) business days of receipt."),
        ("p", "Section 6.04 Trend review. Each quarter, Contractor shall analyze the complaints logged and the traveler survey results for recurring themes and shall submit, for the Department\u2019s approval, a corrective action plan for each theme identified, which Contractor shall then carry out."),
        ("h1", "ARTICLE VII RECORDS, AUDIT AND MONITORING"),
        ("p", "Section 7.01 Records. Contractor shall maintain complete books and records relating to the Services for five (5) years after final payment hereunder."),
        ("p", "Section 7.02 Ethics audit. The Department or its designee may audit Contractor\u2019s compliance with Exhibit C (Vendor Code of Ethics), including its gifts log, disclosure statements and subcontracts, on ten (10) business days\u2019 notice, and Contractor shall make the relevant records and Personnel available. Compliance with Exhibit C shall be a standing item at the quarterly contract review meeting."),
        ("h1", "ARTICLE VIII DEFAULT AND TERMINATION"),
        ("p", "Section 8.01 Events of default. Each of the following is an Event of Default:"),
        ("list", "alpha", [
            "Contractor fails to perform the Services in accordance with Exhibit A and does not cure the failure within ten (10) days after written notice;",
            "Contractor or any of its Personnel violates Exhibit C (Vendor Code of Ethics), including by offering any gift, gratuity or kickback to a State employee; or",
            "Contractor becomes insolvent or makes an assignment for the benefit of creditors.",
        ]),
        ("p", "Section 8.02 Remedies. Upon an Event of Default, the Department may terminate this Contract for cause by written notice effective immediately, or may require Contractor to remove from the Services any Personnel involved in the default."),
        ("p", "Section 8.03 Termination for convenience. The Department may terminate this Contract for its convenience upon sixty (60) days\u2019 written notice, in which case Contractor shall be paid for Services satisfactorily performed through the termination date."),
        ("h1", "ARTICLE IX CLAIMS AND DISPUTES"),
        ("p", "Section 9.01 Any claim by Contractor arising under this Contract shall be submitted in writing to the Department\u2019s Contract Administrator within thirty (30) days after the claim arises. If the claim is not resolved within thirty (30) days, Contractor may request a contested case hearing under the Idaho Administrative Procedure Act."),
        ("h1", "ARTICLE X ANNUAL ETHICS CERTIFICATION"),
        ("p", "[Reserved]"),
        ("h1", "ARTICLE XI GENERAL PROVISIONS"),
        ("p", "Section 11.01 Governing law. This Contract shall be governed by the laws of the State of Idaho, without regard to its conflict of laws principles, and venue shall lie in Ada County."),
        ("p", "Section 11.02 Independent contractor. Contractor is an independent contractor, and nothing herein creates an employment, partnership or agency relationship between the Department and Contractor or any Personnel."),
        ("p", "Section 11.03 Insurance. Contractor shall maintain commercial general liability insurance of not less than $1,000,000 per occurrence and workers\u2019 compensation coverage as required by Idaho law, naming the State of Idaho as an additional insured."),
        ("p", "IN WITNESS WHEREOF, the parties have executed this Contract as of the Effective Date."),
        ("p", "STATE OF IDAHO, OFFICE OF HIGHWAY TRAVELER SERVICES. By: ______________________ Name: Marisol Quintana-Hale. Title: Administrator. Date: ____________"),
        ("p", "SAWTOOTH FACILITY PARTNERS, LLC. By: ______________________ Name: Dale R. Pettibone. Title: Managing Member. Date: ____________"),
        ("h1", "EXHIBIT A \u2013 SCOPE OF WORK"),
        ("p", "A.1 Facilities. Contractor shall provide the Services at the following Facilities:"),
        ("table", [
            ["Facility", "Location", "Hours staffed", "Custodial visits"],
            ["Bliss Rest Area (eastbound and westbound)", "I-84, milepost 133", "24 hours", "Every 4 hours"],
            ["Hammett Rest Area", "I-84, milepost 112", "24 hours", "Every 4 hours"],
            ["Snake River Traveler Information Center", "I-84, milepost 1", "8:00 a.m. to 6:00 p.m.", "Every 2 hours"],
            ["Riggins Traveler Information Center", "U.S. 95, milepost 195", "8:00 a.m. to 6:00 p.m.", "Every 2 hours"],
            ["Other rest areas (seven)", "As listed in the RFP", "24 hours", "Every 6 hours"],
        ]),
        ("p", "A.2 Custodial services. Contractor shall clean restrooms, lobbies and picnic shelters, empty refuse containers, restock supplies and report any building, plumbing or lighting defect to the Department\u2019s maintenance dispatcher within one (1) hour of discovery."),
        ("p", "A.3 Traveler information. At the two traveler information centers, Contractor shall staff the information desk, answer Travelers\u2019 questions and distribute State maps."),
        ("p", "A.4 Fee. The fixed monthly fee is $86,450, adjusted on each July 1 by the change in the Consumer Price Index for the West Region, not to exceed three percent (3%)."),
        ("h1", "EXHIBIT B \u2013 REPORTING AND PERFORMANCE STANDARDS"),
        ("p", "Each party shall carry out the reporting and review duties shown against it in the Responsible Party column."),
        ("table", [
            ["Ref.", "Report or activity", "Frequency", "Responsible Party"],
            ["B1", "Custodial inspection checklist for each Facility", "Daily, retained on site", "Contractor"],
            ["B2", "Log of Traveler complaints received, showing date, Facility, subject, date of response and outcome", "Monthly, by the 10th day of the following month", "Contractor"],
            ["B3", "Traveler satisfaction survey (comment cards and QR-code survey) with the results summarized by Facility", "Quarterly", "Contractor"],
            ["B4", "Review of contract performance and of compliance with Exhibit C", "Quarterly meeting", "Department"],
            ["B5", "Incident and accident reports", "Within 24 hours of the incident", "Contractor"],
        ]),
        ("h1", "EXHIBIT C \u2013 VENDOR CODE OF ETHICS"),
        ("p", "This Exhibit C is incorporated into the Contract by Sections 1.02 and 4.01. In this Exhibit, \u201cVendor\u201d means the Contractor, and references to Vendor include its Personnel."),
        ("p", "C.1 Gifts and gratuities. Vendor shall not offer or give any gift, gratuity, meal, travel or other hospitality to any officer or employee of the Department, and shall keep a log of any gift or hospitality offered to or by its Personnel in connection with the Contract."),
        ("p", "C.2 Bribery and kickbacks. Vendor shall not offer, pay, solicit or accept any bribe, kickback or other inducement or reward in connection with the Contract, shall maintain adequate procedures to prevent bribery by its Personnel, and shall notify the Department immediately of any violation of this paragraph or of any investigation relating to it."),
        ("p", "C.3 Conflicts of interest. Vendor shall avoid any actual or potential conflict of interest between its own interests, or those of its Personnel, and the faithful performance of the Contract, and shall disclose to the Department in writing, within five (5) business days of becoming aware of it, any interest that conflicts or may conflict with the Contract. Vendor shall take such steps to remove or manage a disclosed conflict as the Department directs, and the Department may treat a conflict that cannot be managed as an Event of Default."),
        ("p", "C.4 Disclosure statements. Vendor shall obtain from each of its officers and managers, and from any other Personnel who make decisions under the Contract, a written statement of their financial and personal interests, or a statement that they have none, on assignment and every July thereafter; shall keep those statements in a register; and shall provide the register to the Department on request."),
        ("p", "C.5 Reporting violations. Vendor shall report to the Department\u2019s Contract Administrator any suspected violation of this Exhibit C and shall not discharge, demote or otherwise retaliate against any employee who in good faith reports a suspected violation to Vendor, to the Department or to a law enforcement agency."),
        ("p", "C.6 Subcontracts. Vendor shall include the substance of this Exhibit C in every subcontract for any part of the Services and shall enforce it against each subcontractor."),
        ("h1", "EXHIBIT D \u2013 CONTRACTOR CERTIFICATIONS"),
        ("p", "By signing below, the Contractor makes the following certifications, which are incorporated herein:"),
        ("list", "num", [
            "Anti-Kickback Certification. Contractor certifies that it has not paid, and will not pay, any kickback, commission or contingent fee to any person to obtain or retain this Contract, and will repeat this certification in writing on each anniversary of the Effective Date.",
            "Disclosure of Relationships. Contractor certifies that it has disclosed to the Department in writing every relationship between Contractor, its owners or key Personnel and any State employee who took part in the evaluation or award of RFP No. OHTS-RFP-25-04, and agrees to update that disclosure promptly if any such relationship arises during the term.",
            "Drug-Free Workplace. Contractor certifies that it maintains a drug-free workplace policy applicable to all Personnel.",
        ]),
        ("p", "Certified by: ______________________ Dale R. Pettibone, Managing Member, Sawtooth Facility Partners, LLC. Date: ____________"),
    ],
    "verdicts": V("""
ES-01 gap  # only the second WHEREAS recital names the seven principles (recitals are not operative); no Article or Exhibit binds the Contractor to them
ES-02 pass  # Section 4.01: 'Contractor agrees to comply, and to cause all Personnel to comply, with the Vendor Code of Ethics attached hereto as Exhibit C' (incorporated by Section 1.02)
ES-03 pass  # Exhibit C paragraph C.6: the substance of the Vendor Code of Ethics in every subcontract, enforced against each subcontractor
ES-04 weak  # Section 3.02: generic 'appropriately trained and qualified' and an orientation program; the named training is chemical safety only
ES-05 pass  # Exhibit C paragraph C.5: report suspected violations to the Department and no retaliation against good-faith reporters
ES-06 pass  # Exhibit C paragraph C.2: no bribe, kickback, inducement or reward; adequate procedures; immediate notice to the Department
ES-07 pass  # Section 5.01: cooperate with the Department and deliver records within 5 business days for requests under the Idaho Public Records Act
ES-08 pass  # Section 7.02: the Department may audit compliance with Exhibit C (Vendor Code of Ethics), a standing item at the quarterly review (Exhibit B row B4)
ES-09 pass  # Section 8.01(b) and 8.02: a violation of Exhibit C is an Event of Default allowing termination for cause or removal of Personnel
ES-10 weak  # Exhibit D certification 1: a yearly anti-kickback certification only (one topic); Article X 'Annual Ethics Certification' is '[Reserved]' (its table of contents line carries nothing)
COI-01 pass  # Exhibit C paragraph C.3: avoid actual or potential conflicts and disclose them in writing within 5 business days
COI-02 pass  # Exhibit C paragraph C.3: take the steps the Department directs to remove or manage a conflict; an unmanageable conflict is an Event of Default
COI-03 pass  # Exhibit C paragraph C.1: no gift, gratuity or hospitality to Department officers or employees; a log of gifts and hospitality offered
COI-04 gap  # Section 4.02: post-employment restrictions bind the Department's own former employees under its own policy (wrong party); nothing binds the Contractor
COI-05 pass  # Exhibit C paragraph C.4: annual statements of interests (or none) from decision-making Personnel kept in a register given to the Department
COI-06 pass  # Exhibit D certification 2: disclosure of every relationship with State employees in the evaluation or award, updated during the term
CDM-01 pass  # Section 6.02: a written Traveler complaint procedure, publicised by a notice at each Facility
CDM-02 pass  # Section 6.01 and Exhibit B row B2: a monthly complaint log with outcomes, Responsible Party Contractor
CDM-03 pass  # Section 6.01 and Exhibit B row B3: a quarterly Traveler satisfaction survey summarized by Facility, Responsible Party Contractor
CDM-04 gap  # Article IX: contractor claims and an administrative hearing between the parties only; no Ombudsman or independent complaint escalation
CDM-05 pass  # Section 6.04: quarterly analysis of complaints and survey results with corrective action plans
CDM-06 pass  # Section 6.03: acknowledgement within 2 business days and written response within 10 business days
"""),
})

# ---------------------------------------------------------------------------------------------
# c02: US county agreement in plain text: ALL-CAPS headings, no numbers anywhere
CONTRACTS.append({
    "file": "c02-jail-commissary-telephone.txt",
    "build": "txt",
    "txt_style": "caps",
    "title": "Inmate Commissary and Telephone Services Agreement",
    "subject": "commissary ordering and delivery and inmate telephone and video visitation at a county jail",
    "jurisdiction": "United States (Kansas county); plain text with ALL-CAPS headings and no clause numbers, WHEREAS recital, signature and attestation block",
    "parties": "County / Vendor",
    "shapes": "ALL-CAPS headings with unnumbered paragraphs, so every verdict cites a heading; 'The County expects' over five principle words; the County Code of Ethics for County officers (wrong party) and PREA standards; ethics training before first entry and yearly; a kickback ban carved around the lawful Site Commission, with a duty to report bribe offers to the Sheriff; open records help 'at Vendor's discretion'; complaint log only 'Upon the County's request'; proposal satisfaction figures not incorporated; root cause of telephone outages; an audited statement of commissions (financial); debarment-only certification; precedence 'conflict'; arbitration",
    "blocks": [
        ("title", "INMATE COMMISSARY AND TELEPHONE SERVICES AGREEMENT"),
        ("p", "THIS AGREEMENT is made on September 1, 2025, between the Board of County Commissioners of Harlow County, Kansas, acting on behalf of the Harlow County Sheriff\u2019s Office (the \u201cCounty\u201d), and Prairie Correctional Services, Inc., a Kansas corporation whose office is at 2207 Millrace Avenue, Salina, Kansas 67401 (\u201cVendor\u201d)."),
        ("h", "RECITALS"),
        ("p", "WHEREAS, the County operates the Harlow County Detention Center, a 240-bed adult jail; WHEREAS, the County issued a request for proposals for commissary and inmate telephone services and selected Vendor as the successful proposer; NOW, THEREFORE, in consideration of the mutual promises herein, the parties agree as follows."),
        ("h", "DEFINITIONS"),
        ("p", "\u201cInmate\u201d means a person held in the Detention Center. \u201cVendor Staff\u201d means Vendor\u2019s employees, agents and subcontractors who perform any services under this Agreement. \u201cSite Commission\u201d means the percentage of gross commissary and telephone revenue that Vendor pays to the County\u2019s Inmate Welfare Fund under this Agreement. \u201cSheriff\u201d means the Sheriff of Harlow County or the Sheriff\u2019s designee."),
        ("h", "TERM"),
        ("p", "This Agreement begins on September 1, 2025 and continues for three years. The County may extend it for two further periods of one year each by written notice given at least sixty days before the end of the current term."),
        ("h", "SCOPE OF SERVICES"),
        ("p", "Vendor shall provide, at no cost to the County, a commissary service under which Inmates order approved items through kiosks in each housing unit once a week and Vendor Staff deliver the orders to the housing units in sealed, itemized bags. Vendor shall supply indigent hygiene kits to Inmates without funds, as directed by the Sheriff."),
        ("p", "Vendor shall install, maintain and operate an inmate telephone and video visitation system in every housing unit and in the visitation lobby, with call recording and monitoring controlled by the Sheriff. Calls to attorneys registered with the Sheriff shall not be recorded."),
        ("p", "Vendor shall charge no more than the rates in the attached rate sheet, which shall not exceed the rate caps set by the Federal Communications Commission, and shall not charge any fee for opening an account, depositing funds or closing an account."),
        ("h", "SITE COMMISSION AND PAYMENT"),
        ("p", "Vendor shall pay the Site Commission to the Inmate Welfare Fund by the fifteenth day of each month for the previous month, together with a statement of gross revenue by service. Within ninety days after the end of each year of the term, Vendor shall provide the County with a statement of commissions paid, audited by an independent certified public accountant."),
        ("h", "STANDARDS OF CONDUCT"),
        ("p", "The County expects Vendor and all Vendor Staff to uphold the highest standards of honesty, integrity, objectivity, accountability and openness in their dealings with Inmates, their families and County personnel."),
        ("p", "The County\u2019s Code of Ethics, Chapter 2.40 of the Harlow County Code, applies to County officers and employees, including detention deputies, and is enforced by the County Administrator."),
        ("p", "Vendor shall comply with the standards for adult prisons and jails issued under the Prison Rape Elimination Act at 28 C.F.R. Part 115 and with the Detention Center\u2019s security rules, including the rules on contraband and key control."),
        ("h", "TRAINING"),
        ("p", "Before any Vendor Staff member first enters the Detention Center, and every year after that, Vendor shall train that person on the Detention Center\u2019s rules against undue familiarity with Inmates, on conflicts of interest, and on the prohibition of bribes, gifts and favors to or from Inmates and County personnel, and shall keep training records available for inspection by the Sheriff."),
        ("h", "GIFTS AND GRATUITIES"),
        ("p", "Vendor shall not give any gift, gratuity, meal, entertainment or other hospitality to any County officer or employee, and Vendor shall ensure that Vendor Staff do not accept any gift or favor from an Inmate or from an Inmate\u2019s family or friends."),
        ("h", "BRIBERY AND KICKBACKS"),
        ("p", "Other than the Site Commission paid to the Inmate Welfare Fund under this Agreement, Vendor shall not offer or pay any kickback, bribe, inducement or reward to any County officer or employee in connection with this Agreement or any other County contract."),
        ("p", "Vendor shall report to the Sheriff within twenty-four hours any offer or request of a bribe, kickback or other improper payment made by or to any Inmate, County employee or Vendor Staff member that comes to its attention."),
        ("h", "FORMER COUNTY EMPLOYEES"),
        ("p", "Vendor shall not employ or engage on this Agreement, without the prior written approval of the Sheriff, any person who within the preceding twenty-four months was employed by the Harlow County Sheriff\u2019s Office in a position connected with the procurement or administration of commissary or telephone services."),
        ("h", "SUBCONTRACTING"),
        ("p", "Vendor shall not subcontract any part of the services without the County\u2019s prior written consent. Vendor shall remain responsible for the acts and omissions of its subcontractors as if they were its own, and any subcontract shall require the subcontractor to carry the insurance required by this Agreement."),
        ("h", "OPEN RECORDS"),
        ("p", "This Agreement and the records of Site Commission payments are public records under the Kansas Open Records Act, K.S.A. 45-215 et seq. When the County receives a request under that Act, Vendor may assist the County in locating responsive records, at Vendor\u2019s discretion."),
        ("h", "INMATE COMPLAINTS"),
        ("p", "Vendor shall operate a written complaint procedure, explained in the Inmate Handbook and on every kiosk screen, through which Inmates and the persons who pay for their calls may complain about commissary orders, refunds, telephone service and charges."),
        ("p", "Vendor shall acknowledge each complaint through the kiosk or by mail within one business day of receipt, shall respond in writing within five business days of receipt, and shall issue any refund due within ten business days."),
        ("p", "Upon the County\u2019s request, Vendor shall provide the County with a copy of its complaint log."),
        ("p", "The customer satisfaction ratings stated in Vendor\u2019s proposal are not incorporated into this Agreement."),
        ("h", "SERVICE LEVELS"),
        ("p", "The telephone system shall be available at least 99.5 percent of the time in each month. Vendor shall investigate the root cause of any outage lasting longer than four hours and shall report the cause and the corrective work to the Sheriff within three business days."),
        ("h", "RECORDS AND INSPECTION"),
        ("p", "Vendor shall keep complete books and records relating to this Agreement for five years after its termination. The County may inspect Vendor\u2019s books and records relating to this Agreement during normal business hours on reasonable notice."),
        ("h", "DEFAULT AND TERMINATION"),
        ("p", "If Vendor commits a material breach of this Agreement and fails to cure it within thirty days after written notice, the County may terminate this Agreement by further written notice. Either party may terminate this Agreement without cause on ninety days\u2019 written notice to the other."),
        ("h", "ORDER OF PRECEDENCE"),
        ("p", "In the event of a conflict between this Agreement and the County\u2019s request for proposals or Vendor\u2019s proposal, this Agreement controls, then the request for proposals, then the proposal."),
        ("h", "DISPUTES"),
        ("p", "Any dispute arising under this Agreement that the parties cannot resolve by negotiation within thirty days shall be submitted to binding arbitration in Salina, Kansas under the Commercial Arbitration Rules of the American Arbitration Association."),
        ("h", "CERTIFICATIONS"),
        ("p", "Vendor certifies that neither it nor any of its principals is presently debarred, suspended, proposed for debarment or declared ineligible by any federal, state or local agency, and that none of them has been convicted within the past five years of a felony involving fraud or theft."),
        ("h", "INSURANCE"),
        ("p", "Vendor shall maintain commercial general liability insurance of at least one million dollars per occurrence, automobile liability insurance and workers\u2019 compensation insurance as required by Kansas law, naming the County as an additional insured on the liability policies."),
        ("h", "GENERAL"),
        ("p", "This Agreement is governed by the laws of the State of Kansas. Vendor is an independent contractor. This Agreement may be amended only in writing signed by both parties and is the entire agreement of the parties on its subject."),
        ("p", "IN WITNESS WHEREOF, the parties have signed this Agreement on the date first written above."),
        ("p", "HARLOW COUNTY, KANSAS, by its Board of County Commissioners. By: ______________________, Chair. Attest: ______________________, County Clerk."),
        ("p", "PRAIRIE CORRECTIONAL SERVICES, INC. By: ______________________, President."),
    ],
    "verdicts": V("""
ES-01 weak  # heading STANDARDS OF CONDUCT, first paragraph: 'The County expects' (permissive) Vendor to uphold honesty, integrity, objectivity, accountability and openness (five principle words)
ES-02 gap  # heading STANDARDS OF CONDUCT: the County Code of Ethics applies to County officers and employees (wrong party); the PREA standards and security rules are not a code of conduct
ES-03 gap  # heading SUBCONTRACTING: consent, liability for subcontractors and an insurance flow-down only
ES-04 pass  # heading TRAINING: training before first entry and yearly on undue familiarity, conflicts of interest and bribes and gifts, with training records
ES-05 pass  # heading BRIBERY AND KICKBACKS, second paragraph: report to the Sheriff within 24 hours any offer or request of a bribe or kickback
ES-06 pass  # heading BRIBERY AND KICKBACKS, first paragraph: no kickback, bribe, inducement or reward (the Site Commission carve-out leaves the prohibition standing)
ES-07 weak  # heading OPEN RECORDS: Vendor 'may assist ... at Vendor's discretion' with Kansas Open Records Act requests (permissive)
ES-08 weak  # heading RECORDS AND INSPECTION: a general right to inspect books and records naming neither ethics nor the ethics terms
ES-09 weak  # heading DEFAULT AND TERMINATION: material-breach termination with no ethics link, and termination without cause
ES-10 gap  # heading SITE COMMISSION AND PAYMENT: an audited statement of commissions paid is financial only; no ethics assurance or certificate
COI-01 gap  # heading ORDER OF PRECEDENCE: 'conflict' between documents only; training on conflicts (heading TRAINING) is not a duty to avoid or notify them
COI-02 gap  # no term on managing conflicts or on the County acting on them
COI-03 pass  # heading GIFTS AND GRATUITIES: no gift, gratuity or hospitality to County officers or employees; Vendor Staff to refuse gifts from Inmates and families
COI-04 pass  # heading FORMER COUNTY EMPLOYEES: no engagement within 24 months of Sheriff's Office employment connected with the procurement without the Sheriff's approval
COI-05 gap  # no declaration or register of interests under any heading; heading TRAINING covers conflicts training only
COI-06 gap  # heading CERTIFICATIONS: debarment and conviction certification only (exclusion grounds)
CDM-01 pass  # heading INMATE COMPLAINTS, first paragraph: a written complaint procedure explained in the Inmate Handbook and on every kiosk
CDM-02 weak  # heading INMATE COMPLAINTS, third paragraph: the complaint log only 'Upon the County's request'
CDM-03 gap  # heading INMATE COMPLAINTS, fourth paragraph: the proposal's satisfaction ratings are not incorporated; no survey or feedback duty
CDM-04 gap  # heading DISPUTES: arbitration between the parties only; no Ombudsman or independent complaint escalation
CDM-05 gap  # heading SERVICE LEVELS: root cause of telephone outages only; no analysis of complaints
CDM-06 pass  # heading INMATE COMPLAINTS, second paragraph: acknowledgement within one business day and written response within five business days
"""),
})

# ---------------------------------------------------------------------------------------------
# c03: NHS Standard Contract style: Particulars, Schedules, Service Conditions (SC), General Conditions (GC)
CONTRACTS.append({
    "file": "c03-community-lymphoedema.docx",
    "build": "docx-lo",
    "title": "NHS Standard Contract 2025/26: Community Lymphoedema Service",
    "subject": "community lymphoedema assessment, compression therapy and self-management clinics",
    "jurisdiction": "England (NHS integrated care board); NHS Standard Contract style Particulars, Schedules, Service Conditions (SC) and General Conditions (GC) with local variations",
    "parties": "Commissioner (ICB) / Provider",
    "shapes": "Particulars with a contract details table and a list of local variations, one of which ('GC27.6 shall not apply to this Contract') removes the annual ethics statement written in full in GC27.6; Schedule 2G table marking the Supplier Code of Conduct 'Not applicable' beside an infection control code of practice; Schedule 6 reporting table with a Responsible column (quarterly complaints return, FFT, KO41a, a conflicts register row); Seven Principles, speaking-up training and FTSU Guardian in GC5; counter-fraud in SC24; GC27 conflicts, gifts and declarations; a generic GC9 audit right; GC17 material-breach termination; the Data Security and Protection Toolkit; a TUPE transfer of former Trust staff; the Commissioner's own panel declarations under the Provider Selection Regime",
    "blocks": [
        ("title", "NHS STANDARD CONTRACT 2025/26 \u2013 COMMUNITY LYMPHOEDEMA SERVICE"),
        ("h1", "PARTICULARS"),
        ("p", "This Contract is made between NHS Fenland and Wash Integrated Care Board (the Commissioner) and Lymphcare Community Services CIC, company number 14022815, of Unit 4, Chapel Mews, Wisbech PE13 9LR (the Provider). It comprises these Particulars, the Service Conditions, the General Conditions and the Schedules."),
        ("table", [
            ["Contract detail", "Entry"],
            ["Contract reference", "FWICB-CS-2025-044"],
            ["Effective Date", "1 September 2025"],
            ["Service Commencement Date", "1 October 2025"],
            ["Expiry Date", "30 September 2028, with an option to extend by up to 24 months"],
            ["Commissioner Representative", "Helena Broadbridge, Head of Community Contracts"],
            ["Provider Representative", "Dr Samir Oduya-Platt, Clinical Director"],
            ["Provider\u2019s Freedom to Speak Up Guardian", "Amara Oyelaran-Finch"],
            ["Provider\u2019s Conflicts of Interest Guardian", "Colm Devereux, Company Secretary"],
            ["Review Meetings", "Quarterly"],
        ]),
        ("p", "Local variations. The following variations to the Service Conditions and General Conditions apply to this Contract:"),
        ("list", "alpha", [
            "GC27.6 shall not apply to this Contract;",
            "in GC17.1, \u201c20 Operational Days\u201d is replaced by \u201c30 Operational Days\u201d; and",
            "in Schedule 2A, \u201c6 weeks\u201d is replaced by \u201c8 weeks\u201d for patients referred from outside the Commissioner\u2019s area.",
        ]),
        ("h1", "SCHEDULE 2 \u2013 THE SERVICES"),
        ("h", "Schedule 2A \u2013 Service Specification"),
        ("p", "The Provider will deliver a community lymphoedema service for adults registered with a GP practice in the Commissioner\u2019s area, comprising specialist assessment, limb volume measurement, the prescription and fitting of compression garments, manual lymphatic drainage where clinically indicated, and education in self-management. Clinics will run at four community sites. Patients must be assessed within 6 weeks of referral."),
        ("h", "Schedule 2G \u2013 Other Local Agreements, Policies and Procedures"),
        ("table", [
            ["Document", "Status"],
            ["Commissioner\u2019s Safeguarding Adults Policy", "Applies"],
            ["Code of Practice on the prevention and control of infections (Health and Social Care Act 2008)", "Applies"],
            ["Supplier Code of Conduct (HM Government)", "Not applicable"],
            ["Commissioner\u2019s Interpreting and Translation Policy", "Applies"],
        ]),
        ("h1", "SCHEDULE 6 \u2013 CONTRACT MANAGEMENT, REPORTING AND INFORMATION REQUIREMENTS"),
        ("p", "The Provider must submit the reports set out below to the Commissioner. The party shown in the Responsible column must carry out each item."),
        ("table", [
            ["Ref", "Report", "Frequency", "Responsible"],
            ["6.1", "Activity and waiting times, including referral to assessment within 6 weeks", "Monthly", "Provider"],
            ["6.2", "Complaints return: complaints received, upheld, partially upheld and not upheld, with themes and actions taken", "Quarterly", "Provider"],
            ["6.3", "KO41a return to NHS England", "Annually", "Provider"],
            ["6.4", "Friends and Family Test results and free-text themes", "Monthly", "Provider"],
            ["6.5", "Summary of patient safety incidents and learning responses", "Quarterly", "Provider"],
            ["6.6", "Register of declarations of interests of Decision-Making Staff", "Annually", "Provider"],
        ]),
        ("h1", "SERVICE CONDITIONS"),
        ("h", "SC1 Compliance with the Law and the NHS Constitution"),
        ("p", "1.1 The Provider must provide the Services in accordance with the Law, Good Practice and the Fundamental Standards of Care, and must have regard to the NHS Constitution."),
        ("h", "SC12 Communicating With and Involving Service Users, Public and Staff"),
        ("p", "12.3 The Provider must carry out the Friends and Family Test in accordance with NHS England guidance and must report the results and the themes of free-text comments to the Commissioner as set out in Schedule 6."),
        ("h", "SC16 Complaints"),
        ("p", "16.1 The Provider must publicise and operate a complaints procedure which complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, and must tell every Service User at their first appointment how to make a complaint."),
        ("p", "16.2 The Provider must acknowledge each complaint within 3 Operational Days of receipt and must send its response within 25 Operational Days of receipt, or within such longer period as is agreed with the complainant, explaining the reason for any delay."),
        ("p", "16.3 The Provider must co-operate with the Parliamentary and Health Service Ombudsman in any investigation of a complaint about the Services and must implement any recommendation the Ombudsman makes."),
        ("p", "16.4 The Provider must review complaints and Friends and Family Test feedback each quarter to identify lessons learned, and must report the themes, the lessons and the resulting actions to the Commissioner at the Review Meeting."),
        ("h", "SC24 NHS Counter-Fraud Requirements"),
        ("p", "24.1 The Provider must put in place and maintain appropriate counter-fraud, bribery and corruption arrangements, having regard to the NHS Counter Fraud Authority\u2019s requirements, must not offer or accept any bribe in connection with this Contract, and must report any suspected fraud, bribery or corruption promptly to the Commissioner and to the NHS Counter Fraud Authority."),
        ("h", "SC28 Information Requirements"),
        ("p", "28.1 The Provider must deliver the reports listed in Schedule 6 at the frequency shown and in the format the Commissioner reasonably requires."),
        ("h1", "GENERAL CONDITIONS"),
        ("h", "GC5 Staff"),
        ("p", "5.1 The Provider must ensure that it and its Staff act in accordance with the Seven Principles of Public Life (the Nolan Principles) in delivering the Services."),
        ("p", "5.2 The Provider must ensure that all Staff complete Freedom to Speak Up training appropriate to their role at induction, together with training on the Provider\u2019s policy on conflicts of interest, gifts and hospitality, refreshed every year, and must keep training records available to the Commissioner."),
        ("p", "5.3 The Provider must have a Freedom to Speak Up Guardian and a speaking-up policy consistent with the national policy, must make it available to all Staff, and must ensure that no member of Staff suffers any detriment for raising a concern in good faith, whether with the Provider, the Commissioner or a prescribed person."),
        ("h", "GC9 Contract Management"),
        ("p", "9.1 The Commissioner and the Provider will hold Review Meetings at the frequency stated in the Particulars."),
        ("p", "9.2 The Commissioner may audit the Provider\u2019s compliance with this Contract on reasonable notice, and the Provider must give the Commissioner\u2019s auditors access to its premises, records and Staff for that purpose."),
        ("h", "GC12 Assignment and Sub-Contracting"),
        ("p", "12.1 The Provider must not Sub-Contract any of the Services without the Commissioner\u2019s prior written approval."),
        ("p", "12.2 The Provider must ensure that each Sub-Contract imposes on the Sub-Contractor obligations equivalent to GC5.1, GC5.3, SC24 and GC27."),
        ("h", "GC17 Termination"),
        ("p", "17.1 The Commissioner may terminate this Contract by written notice if the Provider is in material breach of this Contract and fails to remedy that breach within 20 Operational Days of a notice requiring it to do so."),
        ("p", "17.2 Either party may terminate this Contract by giving not less than 6 months\u2019 written notice to the other."),
        ("h", "GC21 Patient Confidentiality, Data Protection, Freedom of Information and Transparency"),
        ("p", "21.1 The Provider must complete and publish an annual assessment against the Data Security and Protection Toolkit."),
        ("p", "21.2 The Provider acknowledges that the Commissioner is subject to the Freedom of Information Act 2000 and the Environmental Information Regulations 2004. The Provider must assist and co-operate with the Commissioner to enable it to comply with its disclosure obligations, and must send any request for information relating to the Services that it receives to the Commissioner within 2 Operational Days."),
        ("h", "GC27 Conflicts of Interest and Transparency on Gifts and Hospitality"),
        ("p", "27.1 The Provider must not do anything that places it or its Staff in a position where there is, or may be, an actual or potential conflict between the interests of the Provider or any of its Staff and the interests of the Commissioner or Service Users, and must notify the Commissioner in writing within 5 Operational Days of becoming aware of any such conflict."),
        ("p", "27.2 Where a conflict is notified under GC27.1, the Provider must take the steps that the Commissioner directs to manage or remove it."),
        ("p", "27.3 The Provider must ensure that it and its Staff comply with the guidance Managing Conflicts of Interest in the NHS in relation to gifts, hospitality and other inducements, and must keep a register of gifts and hospitality offered and received."),
        ("p", "27.4 The Provider must obtain a declaration of interests, or a nil return, from each of its Decision-Making Staff on appointment and every year, must keep a register of those declarations, must publish it on its website and must send it to the Commissioner as set out in Schedule 6."),
        ("p", "27.5 The Provider must not offer or give any gift or hospitality to any member or officer of the Commissioner."),
        ("p", "27.6 Within 20 Operational Days after each anniversary of the Service Commencement Date, the Provider must give the Commissioner a statement signed by a director confirming that the Provider has complied with GC5 and this GC27 during the preceding year and that its arrangements for supporting those standards are operating."),
        ("h", "GC38 Staff Transfer"),
        ("p", "38.1 The parties acknowledge that the former employees of Marshland Community Health NHS Trust who were assigned to the lymphoedema service transfer to the Provider on the Service Commencement Date under the Transfer of Undertakings (Protection of Employment) Regulations 2006, and the Provider must comply with its obligations to them under those Regulations."),
        ("h", "GC39 Procurement"),
        ("p", "39.1 The Commissioner awarded this Contract under the Health Care Services (Provider Selection Regime) Regulations 2023. Each member of the Commissioner\u2019s decision-making panel declared their interests before the award, and the Commissioner keeps those declarations on its procurement file."),
        ("p", "SIGNED for and on behalf of NHS Fenland and Wash Integrated Care Board by Helena Broadbridge, Head of Community Contracts. SIGNED for and on behalf of Lymphcare Community Services CIC by Dr Samir Oduya-Platt, Clinical Director."),
    ],
    "verdicts": V("""
ES-01 pass  # GC5.1: the Provider must ensure that it and its Staff act in accordance with the Seven Principles of Public Life
ES-02 gap  # Schedule 2G: the Supplier Code of Conduct row reads 'Not applicable'; the infection control code of practice is technical; no other code of conduct binds the Provider
ES-03 pass  # GC12.2: each Sub-Contract must impose obligations equivalent to GC5.1, GC5.3, SC24 and GC27 (the ethics conditions)
ES-04 pass  # GC5.2: Freedom to Speak Up training at induction and yearly training on conflicts, gifts and hospitality, with records
ES-05 pass  # GC5.3: FTSU Guardian, speaking-up policy and no detriment for raising a concern with the Provider, the Commissioner or a prescribed person
ES-06 pass  # SC24.1: counter-fraud, bribery and corruption arrangements, no bribes, and prompt reporting of suspicions
ES-07 pass  # GC21.2: assist and co-operate with the Commissioner's FOIA and EIR duties and pass on requests within 2 Operational Days
ES-08 weak  # GC9.2: a general audit of compliance with this Contract naming neither ethics nor the ethics conditions
ES-09 weak  # GC17.1: termination for material breach with no ethics link; GC17.2 is on notice
ES-10 gap  # GC27.6 (annual signed statement) is disapplied by Particulars local variation (a) 'GC27.6 shall not apply to this Contract'; GC21.1 Data Security and Protection Toolkit is data security only
COI-01 pass  # GC27.1: avoid actual or potential conflicts and notify the Commissioner in writing within 5 Operational Days
COI-02 pass  # GC27.2: take the steps the Commissioner directs to manage or remove a notified conflict
COI-03 pass  # GC27.3 and GC27.5: Managing Conflicts of Interest in the NHS on gifts and hospitality, a register, and no gifts to the Commissioner's members or officers
COI-04 gap  # GC38.1: a TUPE transfer of former NHS Trust employees only; nothing on former officials of the Commissioner
COI-05 pass  # GC27.4: declarations or nil returns from Decision-Making Staff, a register published and sent to the Commissioner (Schedule 6 row 6.6)
COI-06 gap  # GC39.1: only the Commissioner's panel declared interests (wrong party, past narrative); no Provider confirmation of disclosure
CDM-01 pass  # SC16.1: a publicised complaints procedure complying with the 2009 Complaints Regulations
CDM-02 pass  # Schedule 6 row 6.2: quarterly complaints return with outcomes, themes and actions, Responsible: Provider (SC28.1)
CDM-03 pass  # SC12.3 and Schedule 6 row 6.4: Friends and Family Test carried out and its results and themes reported monthly
CDM-04 pass  # SC16.3: co-operate with the Parliamentary and Health Service Ombudsman and implement its recommendations
CDM-05 pass  # SC16.4: quarterly review of complaints and FFT feedback for lessons learned, with actions reported
CDM-06 pass  # SC16.2: acknowledgement within 3 Operational Days and response within 25 Operational Days or as agreed
"""),
})

# ---------------------------------------------------------------------------------------------
# c04: Crown Commercial-style call-off: Order Form, Core Terms, Joint and Call-Off Schedules
CONTRACTS.append({
    "file": "c04-video-remand-link-support.odt",
    "build": "odt-lo",
    "title": "Call-Off Contract: Video Remand Link Support Services",
    "subject": "support and maintenance of video links between magistrates' courts, prisons and police custody suites",
    "jurisdiction": "England and Wales (central government agency); Crown Commercial-style Order Form, Core Terms and Joint / Call-Off Schedules",
    "parties": "Buyer / Supplier",
    "shapes": "an Order Form table listing the incorporated schedules and the optional (O) schedules not used; a '[Guidance: ...]' drafting note suggesting a Seven Principles Special Term that was never added; Joint Schedule 5 'The Buyer expects its suppliers and their subcontractors' (code and flow-down); Core Terms 7.1 'appropriately trained and qualified'; Core Terms 6.3 audit of clauses 27, 32 and 33; a financial Self Audit Certificate; Core Terms 32.4 Business Appointment Rules and 32.5 Procurement Act 2023 conflicts-assessment disclosure; 'Complaint' defined as the Buyer's complaint; court users' complaints handled by the Buyer's own team; a transparency reports table with no complaint data; 'may survey court users'; root cause of Priority 1 faults and fault response times; CEDR mediation; court staff hospitality rooms; Modern Slavery Helpline reporting",
    "blocks": [
        ("title", "CALL-OFF CONTRACT \u2013 VIDEO REMAND LINK SUPPORT SERVICES"),
        ("h1", "PART A: ORDER FORM"),
        ("table", [
            ["Item", "Entry"],
            ["Call-Off Reference", "CEA/AV/2025/031"],
            ["Framework", "RM9917 Audio Visual and Video Conferencing Services, Lot 3"],
            ["Buyer", "Courts Estate Agency, 14 Tallow Street, Leeds LS2 7QP"],
            ["Supplier", "Vantage Link Services Ltd, Unit 9 Harrier Park, Swindon SN5 8YR (company number 08813457)"],
            ["Call-Off Start Date", "1 October 2025"],
            ["Call-Off Expiry Date", "30 September 2028"],
            ["Call-Off Incorporated Terms", "This Order Form; Joint Schedule 1 (Definitions); Joint Schedule 5 (Corporate Social Responsibility); Call-Off Schedule 1 (Transparency Reports); Call-Off Schedule 20 (Specification); the Core Terms"],
            ["Optional Schedules not used", "Call-Off Schedule 11 (Installation Works) (O); Call-Off Schedule 22 (Lease Terms) (O)"],
            ["Charges", "Fixed annual support charge of \u00a3412,600 (excluding VAT), invoiced quarterly in arrears"],
            ["Buyer\u2019s Authorised Representative", "Priya Hallworth-Denne, Head of Court Technology"],
            ["Supplier\u2019s Authorised Representative", "Gareth Lomax, Account Director"],
        ]),
        ("p", "[Guidance: The Buyer may wish to add a Special Term requiring the Supplier and Supplier Staff to observe the Seven Principles of Public Life where Supplier Staff work in court buildings and custody suites.]"),
        ("p", "Special Term 1: Supplier Staff attending court or custody sites must hold Baseline Personnel Security Standard clearance before their first visit."),
        ("p", "By signing this Order Form the parties agree to be bound by the Call-Off Contract. Signed for the Supplier by Gareth Lomax, Account Director; signed for the Buyer by Priya Hallworth-Denne, Head of Court Technology."),
        ("h1", "PART B: CORE TERMS (EXTRACT)"),
        ("h", "6. Record keeping and reporting"),
        ("p", "6.1 The Supplier must keep full and accurate records of the Deliverables for seven years after the End Date."),
        ("p", "6.3 The Supplier must allow any Auditor access to its premises, records and Supplier Staff to verify the Supplier\u2019s compliance with clauses 27 (Preventing fraud, bribery and corruption), 32 (Conflicts of interest) and 33 (Reporting a breach of the Contract)."),
        ("p", "6.6 The Supplier must give the Buyer a Self Audit Certificate within three months after the end of each Contract Year, confirming that its financial records and invoices for that year are accurate and complete."),
        ("h", "7. Supplier Staff"),
        ("p", "7.1 The Supplier must provide a sufficient number of Supplier Staff who are appropriately trained and qualified to deliver the Deliverables."),
        ("p", "7.2 The Supplier must remove from the Deliverables, and replace, any Supplier Staff whose acts or omissions have caused the Supplier to breach clause 27 or clause 32, if the Buyer asks it to."),
        ("h", "10. Ending the contract"),
        ("p", "10.4.1 The Buyer can terminate this Contract by written notice if there is a Supplier Default, including a Default of clause 27, 32 or 33, or if the Supplier\u2019s conduct brings the Buyer into disrepute or diminishes public trust in it."),
        ("h", "16. When you can share information"),
        ("p", "16.2 The Supplier must give the Buyer full co-operation and the information it needs, within the time the Buyer reasonably specifies, so that the Buyer can publish the Transparency Information and respond to any request under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004."),
        ("h", "27. Preventing fraud, bribery and corruption"),
        ("p", "27.1 The Supplier must not commit a Prohibited Act during the Contract Period, nor do anything that would cause the Buyer to breach the Bribery Act 2010."),
        ("p", "27.2 The Supplier must maintain and enforce adequate policies and procedures to prevent a Prohibited Act by Supplier Staff, and must notify the Buyer immediately if it becomes aware of any breach of clause 27.1 or of any investigation relating to it."),
        ("h", "32. Conflicts of interest"),
        ("p", "32.1 The Supplier must take action to ensure that neither it nor any Supplier Staff is placed in a position of an actual, potential or perceived Conflict of Interest."),
        ("p", "32.2 The Supplier must promptly notify the Buyer, with full details, if a Conflict of Interest happens or is expected to happen."),
        ("p", "32.3 Where there is or may be an actual or potential Conflict of Interest, the Buyer can terminate this Contract immediately by written notice or require the Supplier to take any steps the Buyer thinks are necessary to manage it, and the Supplier must take those steps."),
        ("p", "32.4 The Supplier must notify the Buyer before it engages on the Deliverables any person who, within the previous two years, was a Crown servant or a member of the Buyer\u2019s staff involved in this procurement or in managing video remand services, and must ensure that any such person observes any conditions imposed on them under the Business Appointment Rules."),
        ("p", "32.5 The Supplier confirms that it has disclosed to the Buyer every relationship between the Supplier or its Key Staff and any person involved in the award of this Call-Off Contract, so that the Buyer could complete its conflicts assessment under Part 5 of the Procurement Act 2023, and the Supplier must tell the Buyer promptly if that disclosure ceases to be complete."),
        ("h", "33. Reporting a breach of the Contract"),
        ("p", "33.1 As soon as it knows of or suspects a breach of Law or of clause 27 or 32, the Supplier must report it to the Buyer."),
        ("p", "33.2 The Supplier must not retaliate against any Supplier Staff who in good faith report such a breach to the Buyer or to a Prescribed Person."),
        ("h", "34. Resolving disputes"),
        ("p", "34.1 If there is a dispute, the parties\u2019 senior representatives must meet within 10 Working Days to try to resolve it. If they cannot, either party may refer the dispute to mediation under the Model Mediation Procedure of the Centre for Effective Dispute Resolution (CEDR), and after that to the courts of England and Wales."),
        ("h1", "JOINT SCHEDULE 1 (DEFINITIONS) \u2013 EXTRACT"),
        ("p", "\u201cComplaint\u201d means any formal complaint raised by the Buyer in relation to the performance of this Contract. \u201cConflict of Interest\u201d means a conflict between the financial or personal duties of the Supplier or Supplier Staff and their duties under this Contract. \u201cProhibited Act\u201d means offering, giving or agreeing to give any financial or other advantage as an inducement or reward to improperly influence the award or performance of a contract, or committing any offence under the Bribery Act 2010 or of fraud."),
        ("h1", "JOINT SCHEDULE 5 (CORPORATE SOCIAL RESPONSIBILITY)"),
        ("p", "1.1 The Buyer expects its suppliers and their subcontractors to meet the standards set out in the Supplier Code of Conduct (HM Government, 2023)."),
        ("p", "2.1 The Supplier must not use forced, bonded or involuntary prison labour, and must report any suspicion of modern slavery in its supply chain to the Modern Slavery Helpline."),
        ("p", "3.1 The Supplier must reduce the energy used by the equipment it supplies and recycle replaced equipment through an approved treatment facility."),
        ("h1", "CALL-OFF SCHEDULE 1 (TRANSPARENCY REPORTS)"),
        ("p", "1.1 The Supplier must provide the Transparency Reports below to the Buyer at the frequency shown, so that the Buyer can publish them."),
        ("table", [
            ["Transparency Report", "Content", "Frequency"],
            ["Performance", "Link availability and achievement of the fault fix Service Levels", "Quarterly"],
            ["Charges", "Charges invoiced and Service Credits deducted", "Quarterly"],
            ["Key Subcontractors", "Names of Key Subcontractors and the value of work placed with each", "Annually"],
            ["Technical", "Equipment refreshed and equipment due for refresh", "Annually"],
        ]),
        ("h1", "CALL-OFF SCHEDULE 20 (SPECIFICATION) \u2013 EXTRACT"),
        ("p", "1. The Supplier must maintain the video links between 38 magistrates\u2019 courts and 12 prisons and police custody suites so that remand hearings can proceed without the defendant being produced in person."),
        ("p", "2. The Supplier must respond to each Priority 1 fault within 30 minutes and fix it within 4 hours, and must respond to each Priority 2 fault within 4 hours and fix it by the end of the next Working Day."),
        ("p", "3. The Supplier must carry out a root cause analysis of every Priority 1 fault and report it to the Buyer within 5 Working Days."),
        ("p", "4. The Supplier may survey court users, such as legal representatives and court staff, about their experience of the links, and share the results with the Buyer."),
        ("p", "5. Complaints from court users and members of the public about court services, including video hearings, are handled by the Buyer\u2019s Court User Feedback team under the Buyer\u2019s own complaints procedure. Complaints raised by the Buyer about the Supplier\u2019s performance are dealt with at the monthly service review."),
        ("p", "6. Supplier Staff attending court sites may use the court\u2019s staff welfare and hospitality rooms, by arrangement with the court manager."),
    ],
    "verdicts": V("""
ES-01 gap  # Order Form: only a '[Guidance: ...]' drafting note suggests a Seven Principles Special Term; Special Term 1 is about security clearance
ES-02 weak  # Joint Schedule 5 paragraph 1.1: 'The Buyer expects' its suppliers to meet the Supplier Code of Conduct
ES-03 weak  # Joint Schedule 5 paragraph 1.1: 'expects its suppliers and their subcontractors' (the catalogue's own weak form)
ES-04 weak  # Core Terms 7.1: generic 'appropriately trained and qualified'; no ethics training named
ES-05 pass  # Core Terms 33.1 and 33.2: report suspected breaches to the Buyer; no retaliation against good-faith reporters to the Buyer or a Prescribed Person
ES-06 pass  # Core Terms 27.1 and 27.2: no Prohibited Act, adequate procedures, immediate notice of breaches and investigations
ES-07 pass  # Core Terms 16.2: full co-operation for Transparency Information and FOIA/EIR requests (Call-Off Schedule 1)
ES-08 pass  # Core Terms 6.3: Auditor access to verify compliance with clauses 27, 32 and 33
ES-09 pass  # Core Terms 10.4.1: termination for a Default of clause 27, 32 or 33 or disrepute; 7.2 removal of Supplier Staff
ES-10 gap  # Core Terms 6.6: the Self Audit Certificate covers financial records only; no ethics assurance or certificate (27.2 procedures are the anti-bribery duty)
COI-01 pass  # Core Terms 32.1 and 32.2: avoid actual, potential or perceived Conflicts of Interest and notify the Buyer promptly
COI-02 pass  # Core Terms 32.3: the Buyer can terminate or require steps to manage a conflict, which the Supplier must take
COI-03 gap  # Call-Off Schedule 20 paragraph 6: staff welfare and hospitality rooms only; no gifts or hospitality control
COI-04 pass  # Core Terms 32.4: notice before engaging former Crown servants or Buyer staff within two years; Business Appointment Rules conditions
COI-05 gap  # no declarations or register of interests for Supplier Staff in the Core Terms or Schedules (Core Terms 32 covers conflicts notice only)
COI-06 pass  # Core Terms 32.5: confirms disclosure of relationships with those involved in the award for the Part 5 Procurement Act 2023 conflicts assessment, kept complete
CDM-01 gap  # Joint Schedule 1: 'Complaint' means the Buyer's complaint; Call-Off Schedule 20 paragraph 5: court users' complaints go to the Buyer's own procedure (wrong party)
CDM-02 gap  # Call-Off Schedule 1 table: no complaint data among the Transparency Reports; no other complaint reporting
CDM-03 weak  # Call-Off Schedule 20 paragraph 4: 'may survey court users'
CDM-04 gap  # Core Terms 34.1: CEDR mediation and the courts between the parties only
CDM-05 gap  # Call-Off Schedule 20 paragraph 3: root cause analysis of Priority 1 faults only
CDM-06 gap  # Call-Off Schedule 20 paragraph 2: fault response and fix times only; no complaint timescales
"""),
})

# ---------------------------------------------------------------------------------------------
# c05: English district council agreement under Contract Procedure Rules, hand-built DOCX with tracked changes
CONTRACTS.append({
    "file": "c05-taxi-driver-safeguarding-training.docx",
    "build": "docx-hand",
    "author": "Legal Services (BDC)",
    "title": "Agreement for Taxi and Private Hire Driver Safeguarding Training and Knowledge Testing",
    "subject": "safeguarding awareness courses and local knowledge tests for taxi and private hire driver licence applicants",
    "jurisdiction": "England (district council); local authority agreement awarded under the Council's Contract Procedure Rules, with the negotiating lawyer's tracked changes and comments",
    "parties": "Council / Contractor",
    "shapes": "tracked insertion of the Seven Principles clause (3.1); tracked deletion of the ethics flow-down leaving an inserted 'Not used.' (3.3); tracked 'shall' -> 'may' on the whistleblowing policy (3.5); tracked deletion of the whole former-officer clause (5.5); tracked deletion of the acknowledgement and reply times leaving 'promptly' (8.2); tracked insertion of LGSCO co-operation (8.6); a comment proposing an annual ethics statement (not text) on an insurance certificate clause; Members' and Officers' Codes of Conduct (wrong party); Contract Procedure Rules declarations by officers (wrong party); 'should consider' re-allocating a conflicted Trainer; 'is encouraged to keep a register'; 'may review complaint trends'; an audit of invoices and registers only; 'integrity of test papers'; a schedule table with a Responsible column",
    "blocks": [
        ("title", "AGREEMENT FOR TAXI AND PRIVATE HIRE DRIVER SAFEGUARDING TRAINING AND KNOWLEDGE TESTING"),
        ("p", "This Agreement is made on 1 August 2025 between Brackenmoor District Council of Civic Hall, Market Street, Brackenmoor BK4 2HD (the \u201cCouncil\u201d) and Kestrel Driver Training Ltd, company number 11530642, of 7 Saddlers Yard, Brackenmoor BK2 6TF (the \u201cContractor\u201d)."),
        ("p", "This Agreement is awarded under Rule 14 (Quotations) of the Council\u2019s Contract Procedure Rules, which form part of the Council\u2019s Constitution and standing orders, following a request for three written quotations."),
        ("h", "1. Definitions"),
        ("p", "1.1 In this Agreement: \u201cCandidate\u201d means an applicant for, or the holder of, a hackney carriage or private hire driver\u2019s licence who is referred to the Contractor by the Council; \u201cTrainer\u201d means any employee or sub-contractor of the Contractor who delivers a course or invigilates a test; \u201cLicensing Manager\u201d means the Council\u2019s Licensing Manager or a person nominated by them; and \u201cWorking Day\u201d means a day other than a Saturday, Sunday or bank holiday in England."),
        ("h", "2. The Services"),
        ("p", "2.1 The Contractor shall deliver the Council\u2019s safeguarding and county lines awareness course and the local knowledge test for Candidates, as described in the Schedule, in line with the Statutory Taxi and Private Hire Vehicle Standards issued by the Department for Transport."),
        ("p", "2.2 The Contractor shall deliver at least four course dates and six test sessions each month at the Council\u2019s licensing office, and shall tell the Licensing Manager of each Candidate\u2019s result within two Working Days of the test."),
        ("h", "3. Standards of conduct"),
        ("p", ["3.1 ", ("ins", "The Contractor shall, and shall ensure that its Trainers, observe the Seven Principles of Public Life in delivering the Services.")]),
        ("p", "3.2 Councillors are bound by the Council\u2019s Members\u2019 Code of Conduct adopted under the Localism Act 2011, and the Council\u2019s employees by its Officers\u2019 Code of Conduct; both codes are published on the Council\u2019s website."),
        ("p", ["3.3 ", ("del", "The Contractor shall ensure that every sub-contract it lets for the Services contains obligations on standards of conduct, gifts, conflicts of interest and bribery equivalent to those in this clause 3 and in clauses 4 and 5."), ("ins", "Not used.")]),
        ("p", "3.4 The Contractor shall ensure that each Trainer completes, before delivering any session and every year after that, the Contractor\u2019s training on the Seven Principles, on declaring conflicts of interest with Candidates and on refusing gifts and bribes, and shall keep training records that the Council may inspect."),
        ("p", ["3.5 The Contractor ", ("del", "shall"), ("ins", "may"), " ", ("c", "Kestrel has eleven staff. We have agreed a policy is optional for the first year and will revisit this at the first annual review.", "adopt a whistleblowing policy"), " under which Trainers can report malpractice to the Contractor\u2019s directors or to the Council in confidence."]),
        ("h", "4. Integrity of testing"),
        ("p", "4.1 The Contractor shall not, and shall ensure that its Trainers do not, offer, give, request or accept any payment, inducement or reward in connection with a Candidate\u2019s course attendance or test result."),
        ("p", "4.2 The Contractor shall keep the question bank confidential, shall change at least a quarter of the test questions every six months and shall ensure the integrity of test papers and results."),
        ("h", "5. Conflicts of interest and gifts"),
        ("p", "5.1 The Contractor shall avoid any actual or potential conflict of interest between the interests of the Contractor or any Trainer and the proper delivery of the Services, including a Trainer\u2019s family, social or business connection with a Candidate, and shall notify the Licensing Manager in writing of any such conflict within two Working Days of becoming aware of it."),
        ("p", "5.2 Where a conflict of interest is notified, the Contractor should consider re-allocating the Candidate to another Trainer."),
        ("p", "5.3 The Contractor shall not offer any gift or hospitality to any councillor or officer of the Council, shall ensure that its Trainers do not accept any gift from a Candidate, and shall record in a gifts and hospitality register any gift or hospitality offered to a Trainer in connection with the Services."),
        ("p", "5.4 The Contractor is encouraged to keep a register of the interests of its directors and Trainers."),
        ("p", [("del", "5.5 The Contractor shall not engage as a Trainer any person who was employed in the Council\u2019s licensing team during the previous 12 months without the Council\u2019s prior written consent.")]),
        ("p", [("c", "Deleted at Kestrel's request: its senior Trainer left the Council's licensing team in March 2025.", "Clause 5.5 has been removed by agreement.")]),
        ("h", "6. Freedom of information"),
        ("p", "6.1 The Contractor acknowledges that the Council is subject to the Freedom of Information Act 2000 and shall assist and co-operate with the Council, providing any information requested within five Working Days, to enable the Council to respond to a request for information relating to the Services."),
        ("h", "7. Records and audit"),
        ("p", "7.1 The Contractor shall keep accurate records of courses delivered, tests held, results and invoices for six years."),
        ("p", "7.2 The Council\u2019s internal auditors may examine the Contractor\u2019s invoices and attendance registers to verify the charges made under this Agreement."),
        ("h", "8. Candidate feedback and complaints"),
        ("p", "8.1 The Contractor shall operate a complaints procedure for Candidates, explained in every joining letter and on its website, under which a Candidate may complain about a course, a test session or a Trainer."),
        ("p", ["8.2 The Contractor shall respond to each complaint ", ("del", "with a written acknowledgement within three Working Days and a full written reply within 15 Working Days"), ("ins", "promptly"), "."]),
        ("p", "8.3 The Contractor shall ask every Candidate to complete a feedback form at the end of each course and test session, and shall summarise the results in its quarterly report."),
        ("p", "8.4 The Contractor shall send the Council a quarterly report showing:"),
        ("list", "alpha", [
            "the courses and tests delivered and the pass rates;",
            "the number of complaints received and their outcomes; and",
            "the summary of Candidate feedback under clause 8.3.",
        ]),
        ("p", "8.5 The Contractor may review complaint trends with the Licensing Manager at contract meetings."),
        ("p", ["8.6 A Candidate who remains dissatisfied may refer the complaint to the Council\u2019s corporate complaints procedure", ("ins", ", and the Contractor shall co-operate with the Council and with the Local Government and Social Care Ombudsman in the investigation of any such complaint and shall implement any remedy agreed"), "."]),
        ("h", "9. Termination"),
        ("p", "9.1 The Council may terminate this Agreement immediately by written notice if the Contractor breaches clause 3.1 or clause 4, and may instead require the Contractor to remove from the Services any Trainer involved in the breach."),
        ("p", "9.2 Either party may terminate this Agreement on three months\u2019 written notice to the other."),
        ("h", "10. Insurance"),
        ("p", ["10.1 The Contractor shall maintain public liability insurance of at least \u00a35 million and ", ("c", "Legal: we propose adding an annual compliance statement signed by a director of Kestrel, covering clauses 3 to 5, to be discussed before signature.", "shall provide the Council with a copy of its insurance certificate each year"), "."]),
        ("h", "11. Council procedures"),
        ("p", "11.1 The officers who evaluated the quotations and who manage this Agreement have declared their interests under Rule 4 of the Contract Procedure Rules, and the Council keeps those declarations on its contract file."),
        ("h", "Schedule \u2013 Service details"),
        ("table", [
            ["Element", "Detail", "Responsible"],
            ["Safeguarding awareness course", "Three hours, maximum 12 Candidates, Council\u2019s course materials", "Contractor"],
            ["Local knowledge test", "40 questions, pass mark 32, 45 minutes", "Contractor"],
            ["Referral of Candidates", "Weekly list to the Contractor", "Council"],
            ["Venue and equipment", "Licensing office training room and laptops", "Council"],
            ["Quarterly report", "As clause 8.4", "Contractor"],
        ]),
        ("p", "Signed for the Council by Joanna Prestwick, Head of Regulatory Services. Signed for the Contractor by Neil Ashcombe, Director."),
    ],
    "verdicts": V("""
ES-01 pass  # clause 3.1 (tracked insertion, which is contract text): the Contractor shall, and shall ensure its Trainers, observe the Seven Principles of Public Life
ES-02 gap  # clause 3.2: the Members' and Officers' Codes of Conduct bind councillors and employees (wrong party); no code binds the Contractor
ES-03 gap  # clause 3.3: the ethics flow-down is a tracked deletion, replaced by 'Not used.'
ES-04 pass  # clause 3.4: training on the Seven Principles, conflicts and gifts and bribes before first session and yearly, with records
ES-05 weak  # clause 3.5: 'shall' deleted and 'may' inserted, so the whistleblowing policy is permissive; no reporting duty elsewhere
ES-06 pass  # clause 4.1: no payment, inducement or reward offered, given, requested or accepted in connection with courses or results
ES-07 pass  # clause 6.1: assist and co-operate with the Council's Freedom of Information Act 2000 requests within five Working Days
ES-08 gap  # clause 7.2: internal auditors examine invoices and attendance registers to verify charges only (financial)
ES-09 pass  # clause 9.1: termination for breach of clause 3.1 or clause 4, or removal of the Trainer involved
ES-10 gap  # clause 10.1: only an insurance certificate; the annual compliance statement is proposed in a comment, which is not contract text
COI-01 pass  # clause 5.1: avoid actual or potential conflicts and notify the Licensing Manager in writing within two Working Days
COI-02 weak  # clause 5.2: the Contractor 'should consider' re-allocating the Candidate; no direction or termination right tied to conflicts (clause 9.1 covers clauses 3.1 and 4 only)
COI-03 pass  # clause 5.3: no gifts or hospitality to councillors or officers, no gifts from Candidates, and a gifts and hospitality register
COI-04 gap  # clause 5.5: the former licensing officer bar is a tracked deletion, and the text that follows says 'Clause 5.5 has been removed by agreement.'; nothing else binds the Contractor
COI-05 weak  # clause 5.4: 'is encouraged to keep a register' of interests
COI-06 gap  # clause 11.1: only the Council's officers declared interests under the Contract Procedure Rules (wrong party)
CDM-01 pass  # clause 8.1: a Candidate complaints procedure explained in joining letters and on the website
CDM-02 pass  # clause 8.4(b): a quarterly report with the number of complaints and their outcomes
CDM-03 pass  # clause 8.3: feedback forms after each course and test, summarised in the quarterly report
CDM-04 pass  # clause 8.6: tracked insertion requiring co-operation with the Council and the Local Government and Social Care Ombudsman and implementation of remedies
CDM-05 weak  # clause 8.5: the Contractor 'may review complaint trends'
CDM-06 gap  # clause 8.2: the acknowledgement and reply times are a tracked deletion, replaced by 'promptly' (no timescale)
"""),
})

# ---------------------------------------------------------------------------------------------
# c06: Scottish council service agreement: conditions, special conditions varying them, schedule
CONTRACTS.append({
    "file": "c06-unpaid-work-placements.md",
    "build": "md",
    "title": "Service Agreement: Unpaid Work Placements under Community Payback Orders",
    "subject": "supervised unpaid work placements for people on Community Payback Orders at a third sector organisation's community sites",
    "jurisdiction": "Scotland (council justice social work); Scottish conditions of contract with Special Conditions that vary them, FOISA and the SPSO Model Complaints Handling Procedure",
    "parties": "Council / Provider",
    "shapes": "Part 1 conditions and Part 2 Special Conditions, where Special Condition 1 ('Clause 12.2 shall not apply to this Agreement') removes the only ethics termination right; 'is encouraged to observe the Seven Principles'; the Provider's own code of conduct; flow-down 'no less onerous than clauses 3 to 6'; supervisor training in health and safety and first aid only; 'reasonable endeavours to prevent fraud and bribery'; a chair-signed annual assurance statement; a register of interests with nil returns; 'should consider keeping a record of gifts'; 'The Council expects' a tender-stage disclosure; the Council's Employee Code on outside work (wrong party); SPSO model CHP with stage 1 and stage 2 timescales; 'may seek feedback'; precedence 'conflict'; a placement sites table",
    "blocks": [
        ("title", "Service Agreement: Unpaid Work Placements under Community Payback Orders"),
        ("p", "This Agreement is made between Glenmorven Council, Council Offices, Kirk Wynd, Balmorven GV7 3RT (the \u201cCouncil\u201d), acting through its Justice Social Work Service, and Stepping Stones Community Trust, a Scottish charitable incorporated organisation (SC051774) of The Old Bakery, 12 Mill Lade, Balmorven GV7 5HP (the \u201cProvider\u201d). It is let under the Council\u2019s Standing Orders Relating to Contracts and runs from 1 October 2025 to 30 September 2027."),
        ("h1", "Part 1 \u2013 Conditions of Agreement"),
        ("h", "1. Definitions and interpretation"),
        ("p", "1.1 In this Agreement: \u201cService User\u201d means a person subject to a Community Payback Order with an unpaid work requirement who is placed with the Provider; \u201cPlacement\u201d means a period of supervised unpaid work at a site listed in the Schedule; \u201cWorking Day\u201d means a day on which the Council\u2019s offices are open; and \u201cstaff\u201d includes the Provider\u2019s employees and volunteers."),
        ("p", "1.2 If there is any conflict between Part 1 and Part 2, Part 2 prevails."),
        ("h", "2. The Services"),
        ("p", "2.1 The Provider shall offer Placements for up to 24 Service Users each week at the sites listed in the Schedule, with a supervision ratio of no more than one supervisor to six Service Users."),
        ("p", "2.2 The Provider shall record each Service User\u2019s attendance and hours completed and shall report them to the Justice Social Work Service by 10am on the next Working Day."),
        ("p", "2.3 The Provider shall report any unexplained absence or unacceptable behaviour by a Service User to the supervising officer within one Working Day."),
        ("h", "3. Standards of conduct"),
        ("p", "3.1 The Provider is encouraged to observe the Seven Principles of Public Life in its work under this Agreement."),
        ("p", "3.2 The Provider shall maintain, and shall ensure that its staff comply with, a written code of conduct covering honesty, confidentiality, professional boundaries with Service Users and conflicts of interest."),
        ("p", "3.3 The Provider shall procure that any sub-contractor engaged in the Services complies with obligations no less onerous than those in clauses 3 to 6."),
        ("p", "3.4 The Provider shall ensure that every Placement supervisor completes the Council\u2019s health and safety induction and holds a current first aid at work certificate before supervising any Service User."),
        ("h", "4. Speaking up"),
        ("p", "4.1 The Provider shall have a whistleblowing policy that allows staff to raise concerns about wrongdoing, including directly with the Council\u2019s Chief Social Work Officer, and shall ensure that no one who raises a concern in good faith suffers any detriment, including where the disclosure is protected under the Public Interest Disclosure Act 1998."),
        ("h", "5. Fraud and bribery"),
        ("p", "5.1 The Provider shall use reasonable endeavours to prevent fraud and bribery in connection with this Agreement."),
        ("h", "6. Conflicts of interest and interests"),
        ("p", "6.1 The Provider shall take all necessary steps to avoid any actual or potential conflict of interest between its interests, or those of its staff, and its duties under this Agreement, including a member of staff supervising a relative or close associate, and shall notify the Council\u2019s contract manager in writing within five Working Days of becoming aware of any such conflict."),
        ("p", "6.2 The Provider shall keep a register of the interests of its trustees and managers, shall obtain a declaration of interests (or a nil return) from each of them on appointment and every April, and shall send the Council a copy of the register each May."),
        ("p", "6.3 The Provider should consider keeping a record of gifts and hospitality offered to its staff."),
        ("p", "6.4 The Council expects the Provider to have disclosed, before this Agreement was awarded, any relationship between its trustees or managers and the Council officers who evaluated the proposals."),
        ("p", "6.5 Council employees are subject to the Council\u2019s Employee Code of Conduct, which requires them to obtain approval before taking up any outside employment with an organisation that provides services to the Council."),
        ("h", "7. Freedom of information"),
        ("p", "7.1 The Provider acknowledges that the Council is a Scottish public authority under the Freedom of Information (Scotland) Act 2002 and shall provide the Council, within five Working Days of a request, with any information it holds that the Council needs to respond to a request under that Act or the Environmental Information (Scotland) Regulations 2004."),
        ("h", "8. Monitoring, audit and assurance"),
        ("p", "8.1 The Council may audit the Provider\u2019s compliance with clauses 3 to 6 (standards of conduct, speaking up, fraud and bribery, and conflicts of interest) and will review that compliance at the six-monthly monitoring meeting, and the Provider shall give the Council access to the relevant records and staff."),
        ("p", "8.2 By 30 June each year the Provider shall send the Council an assurance statement, signed by its chair, confirming that the Provider has complied with clauses 3 to 6 during the previous year and that the governance arrangements supporting those standards are in place and operating."),
        ("h", "9. Complaints and feedback"),
        ("p", "9.1 The Provider shall operate a complaints handling procedure for Service Users and for members of the public affected by the Placements, which follows the Scottish Public Services Ombudsman\u2019s Model Complaints Handling Procedure, and shall publicise it at each Placement site."),
        ("p", "9.2 Under that procedure the Provider shall give a frontline (stage 1) response within five Working Days and, for a complaint investigated at stage 2, shall acknowledge it within three Working Days and give a full response within 20 Working Days."),
        ("p", "9.3 The Provider shall send the Council a quarterly complaints return showing the complaints received at each stage, the number upheld, partially upheld and not upheld, the average response times and the actions taken."),
        ("p", "9.4 The Provider shall review the themes of complaints every six months, shall record the learning from complaints and the improvements it has made, and shall report them at the monitoring meeting."),
        ("p", "9.5 The Provider shall co-operate fully with the Scottish Public Services Ombudsman in any investigation of a complaint about the Placements and shall carry out any recommendation the SPSO makes."),
        ("p", "9.6 The Provider may seek feedback from Service Users about their Placement when they complete their hours."),
        ("h", "10. Payment"),
        ("p", "10.1 The Council shall pay the Provider \u00a396,000 a year in four equal instalments, each in advance at the start of the quarter, subject to satisfactory monitoring returns."),
        ("h", "11. Insurance and data protection"),
        ("p", "11.1 The Provider shall maintain employer\u2019s liability insurance of \u00a310 million and public liability insurance of \u00a35 million, covering Service Users on Placement."),
        ("p", "11.2 The Provider shall process Service Users\u2019 personal data only on the Council\u2019s documented instructions and in accordance with the UK GDPR and the Data Protection Act 2018."),
        ("h", "12. Termination"),
        ("p", "12.1 Either party may terminate this Agreement on three months\u2019 written notice to the other."),
        ("p", "12.2 The Council may terminate this Agreement immediately by written notice if the Provider commits a serious or repeated breach of any of clauses 3 to 6."),
        ("h1", "Part 2 \u2013 Special Conditions"),
        ("p", "Special Condition 1. Clause 12.2 shall not apply to this Agreement."),
        ("p", "Special Condition 2. In clause 2.3, \u201cone Working Day\u201d is replaced by \u201ctwo Working Days\u201d."),
        ("h1", "Schedule \u2013 Placement sites"),
        ("table", [
            ["Site", "Type of work", "Maximum places per day", "Lead supervisor"],
            ["Mill Lade Community Garden, Balmorven", "Horticulture and path maintenance", "8", "Fiona Galbraith"],
            ["Stepping Stones Furniture Reuse, Kirkton Industrial Estate", "Furniture repair and deliveries", "6", "Callum Rennie"],
            ["Strathmorven Shore", "Beach cleans and dune fencing", "6", "Isla Mowat"],
            ["Balmorven Old Parish Hall", "Painting and decorating", "4", "Callum Rennie"],
        ]),
        ("p", "Signed on behalf of Glenmorven Council by Ewan Strachan, Chief Social Work Officer, and on behalf of Stepping Stones Community Trust by Morag Kinnaird, Chair."),
    ],
    "verdicts": V("""
ES-01 weak  # clause 3.1: the Provider 'is encouraged to observe' the Seven Principles (permissive)
ES-02 pass  # clause 3.2: maintain and ensure staff comply with a written code of conduct
ES-03 pass  # clause 3.3: procure that sub-contractors comply with obligations no less onerous than clauses 3 to 6 (the ethics clauses)
ES-04 gap  # clause 3.4: health and safety induction and first aid only; no ethics training
ES-05 pass  # clause 4.1: whistleblowing policy, concerns to the Chief Social Work Officer, no detriment, PIDA
ES-06 weak  # clause 5.1: 'reasonable endeavours to prevent fraud and bribery'
ES-07 pass  # clause 7.1: information within five Working Days for FOISA and EIR (Scotland) requests
ES-08 pass  # clause 8.1: the Council may audit compliance with clauses 3 to 6, reviewed at the six-monthly monitoring meeting
ES-09 gap  # clause 12.2 (termination for breach of clauses 3 to 6) is disapplied by Special Condition 1 'Clause 12.2 shall not apply to this Agreement'; clause 12.1 is termination on notice only
ES-10 pass  # clause 8.2: a yearly assurance statement signed by the chair that clauses 3 to 6 were complied with and the supporting governance arrangements operate
COI-01 pass  # clause 6.1: avoid actual or potential conflicts and notify the contract manager in writing within five Working Days
COI-02 gap  # clause 6: no duty to mitigate or follow directions and no right for the Council to act on a conflict (clause 12.2 disapplied by Special Condition 1); clause 1.2 'conflict' is precedence
COI-03 weak  # clause 6.3: 'should consider keeping a record of gifts and hospitality'
COI-04 gap  # clause 6.5: the Council's Employee Code governs Council employees' outside work (wrong party); nothing binds the Provider
COI-05 pass  # clause 6.2: register of trustees' and managers' interests, declarations or nil returns on appointment and every April, sent to the Council
COI-06 weak  # clause 6.4: 'The Council expects' the tender-stage disclosure of relationships with evaluating officers
CDM-01 pass  # clause 9.1: a publicised complaints handling procedure following the SPSO Model Complaints Handling Procedure
CDM-02 pass  # clause 9.3: quarterly complaints return with stage, outcome, response times and actions
CDM-03 weak  # clause 9.6: the Provider 'may seek feedback'
CDM-04 pass  # clause 9.5: co-operate with the SPSO and carry out its recommendations
CDM-05 pass  # clause 9.4: six-monthly review of complaint themes, learning recorded and improvements reported
CDM-06 pass  # clause 9.2: stage 1 response in five Working Days; stage 2 acknowledgement in three and full response in 20 Working Days
"""),
})

# ---------------------------------------------------------------------------------------------
# c07: Welsh county borough council contract, bilingual title, Key Information table
CONTRACTS.append({
    "file": "c07-summer-holiday-enrichment.odt",
    "build": "odt-lo",
    "title": "Cytundeb Gwasanaeth / Service Agreement: Summer Holiday Enrichment Programme",
    "subject": "summer holiday enrichment days (meals, play and sport) for primary school children at school sites",
    "jurisdiction": "Wales (county borough council); Welsh council contract with a bilingual title, Part A key information table, Welsh Language Standards, PSOW model concerns and complaints policy",
    "parties": "Council / Provider",
    "shapes": "Part A key information table naming a Provider 'Ethics Lead' (structures only, with clause 4.3); a definitions list whose 'Laws' bullet names the Bribery Act 2010 with only 'comply with all Laws' (clause 3); Seven Principles bound to the Provider; 'is encouraged to adopt a written code of conduct'; the Council's Code of Conduct for Employees on gifts (wrong party); 'The Council expects the Provider to notify it' of conflicts; a 12-month former-employee bar; a signed disclosure of links with those who awarded the contract, kept up to date; 'is not required to maintain a register of interests'; flow-down of the Welsh Language Standards and insurance only; food hygiene, first aid and DBS only; a generic inspection right; PSOW co-operation; 'may operate' a complaints policy on the PSOW model; 'shall aim to respond'; complaint details 'if the Council asks'; a weekly children's and parents' survey; root cause of accidents; mediation",
    "blocks": [
        ("title", "CYTUNDEB GWASANAETH / SERVICE AGREEMENT: SUMMER HOLIDAY ENRICHMENT PROGRAMME 2025\u20132027"),
        ("p", "This Agreement is made between Bro Hafren County Borough Council / Cyngor Bwrdeistref Sirol Bro Hafren, Canolfan Ddinesig, Heol y Bont, Trefhafren CF49 2AL (the \u201cCouncil\u201d) and Haf i Bawb CIC, company number 13398127, of Uned 3, Parc Busnes Glanrhyd, Trefhafren CF49 6QD (the \u201cProvider\u201d)."),
        ("h1", "Part A \u2013 Key Information / Rhan A \u2013 Gwybodaeth Allweddol"),
        ("table", [
            ["Item", "Details"],
            ["Contract reference", "BHCBC/EDU/2025/019"],
            ["Contract Period", "1 June 2025 to 30 September 2027 (three summer programmes)"],
            ["Sites", "Ysgol Gynradd Glanrhyd, Ysgol Gymraeg Trefhafren, Ysgol Maes y Felin, Ysgol Pen y Dre and Ysgol Bryn Celyn"],
            ["Delivery", "12 days each summer, 9:30am to 2:30pm, with breakfast and a hot lunch"],
            ["Places", "Up to 360 children a day across the five sites, prioritising children eligible for free school meals"],
            ["Contract Price", "\u00a3148,500 a year, paid in three instalments"],
            ["Council\u2019s Contract Manager", "Siwan Prydderch, Healthy Schools Co-ordinator"],
            ["Provider\u2019s Ethics Lead (clause 4.3)", "Rhodri ap Gwyn, Operations Director"],
        ]),
        ("h1", "Part B \u2013 Terms / Rhan B \u2013 Telerau"),
        ("h", "1. Interpretation / Dehongli"),
        ("p", "1.1 In this Agreement the following definitions apply:"),
        ("list", "bullet", [
            "\u201cChild\u201d means a child attending the Programme, and \u201cParent\u201d includes any person with parental responsibility for a Child;",
            "\u201cLaws\u201d means all laws applying to the Services, including the Bribery Act 2010, the Equality Act 2010, the Welsh Language (Wales) Measure 2011, the Social Services and Well-being (Wales) Act 2014 and the Well-being of Future Generations (Wales) Act 2015;",
            "\u201cProgramme\u201d means the summer holiday enrichment programme described in Part A;",
            "\u201cWelsh Language Standards\u201d means the standards with which the Council must comply under the Welsh Language (Wales) Measure 2011, so far as they apply to the Services.",
        ]),
        ("h", "2. The Services / Y Gwasanaethau"),
        ("p", "2.1 The Provider shall deliver the Programme at each site on the days in Part A, providing a nutritious breakfast and hot lunch, at least one hour of physical activity, and a daily food and nutrition session, in line with the Council\u2019s programme guidance."),
        ("h", "3. Compliance with Laws / Cydymffurfio \u00e2 Chyfreithiau"),
        ("p", "3.1 The Provider shall comply with all Laws in performing this Agreement."),
        ("h", "4. Standards of conduct / Safonau ymddygiad"),
        ("p", "4.1 The Provider shall ensure that it, and all its staff and volunteers, act in accordance with the Seven Principles of Public Life (the Nolan Principles) when delivering the Services."),
        ("p", "4.2 The Provider is encouraged to adopt a written code of conduct for its staff and volunteers."),
        ("p", "4.3 The Provider shall nominate a senior member of staff as its Ethics Lead, who is responsible within the Provider for standards of conduct, and shall tell the Council of any change in that appointment."),
        ("p", "4.4 Council officers are bound by the Council\u2019s Code of Conduct for Employees, which prohibits them from accepting gifts or hospitality worth more than \u00a325 from contractors."),
        ("h", "5. Whistleblowing / Chwythu\u2019r chwiban"),
        ("p", "5.1 The Provider shall have a whistleblowing procedure, in Welsh and English, under which staff and volunteers can raise concerns about wrongdoing with the Provider or directly with the Council, and shall not subject any person who raises a concern in good faith to any detriment."),
        ("h", "6. Conflicts of interest / Gwrthdaro buddiannau"),
        ("p", "6.1 The Council expects the Provider to notify it of any conflict of interest that arises during the Contract Period."),
        ("p", "6.2 The Provider shall not, without the Council\u2019s prior written consent, engage on the Services any person who within the previous 12 months was employed by the Council in its Education, Play or Procurement services, and shall notify the Council before engaging any other former Council employee in a management role on the Services."),
        ("p", "6.3 The Provider confirms that it has disclosed to the Council any relationship between the Provider, its directors or managers and any Council officer or member who took part in the award of this Agreement, and shall update that disclosure promptly if it changes."),
        ("p", "6.4 The Provider is not required to maintain a register of interests for its directors or staff."),
        ("h", "7. Sub-contracting / Is-gontractio"),
        ("p", "7.1 The Provider shall not sub-contract any part of the Services without the Council\u2019s prior written consent."),
        ("p", "7.2 The Provider shall ensure that every sub-contract requires the sub-contractor to comply with the Welsh Language Standards that apply to the Services and to hold insurance equivalent to that required by clause 12."),
        ("h", "8. Welsh language / Y Gymraeg"),
        ("p", "8.1 The Provider shall deliver all activities bilingually, shall provide Welsh-medium groups at Ysgol Gymraeg Trefhafren, and shall produce all written material for Parents in Welsh and English, treating the Welsh language no less favourably than English."),
        ("h", "9. Staff / Staff"),
        ("p", "9.1 The Provider shall ensure that all staff hold a Level 2 Food Hygiene certificate and a current paediatric first aid certificate, have an enhanced Disclosure and Barring Service check, and attend the Provider\u2019s safeguarding briefing before the first day of each Programme."),
        ("h", "10. Freedom of information / Rhyddid gwybodaeth"),
        ("p", "10.1 The Provider acknowledges that the Council is subject to the Freedom of Information Act 2000 and the Environmental Information Regulations 2004, and shall assist and co-operate with the Council, providing any information requested within five working days, to enable the Council to respond to a request for information."),
        ("h", "11. Records and inspection / Cofnodion ac archwilio"),
        ("p", "11.1 The Provider shall keep records of attendance, meals served and expenditure, and the Council may inspect the Provider\u2019s records relating to the Services at any reasonable time."),
        ("h", "12. Insurance / Yswiriant"),
        ("p", "12.1 The Provider shall maintain public liability insurance of at least \u00a35 million and employer\u2019s liability insurance of at least \u00a310 million."),
        ("h", "13. Concerns and complaints / Pryderon a chwynion"),
        ("p", "13.1 The Provider may operate a concerns and complaints policy based on the Public Services Ombudsman for Wales model policy, in Welsh and English, and may tell Parents and Children how to use it at registration and on its website."),
        ("p", "13.2 The Provider shall aim to respond to complaints within 10 working days."),
        ("p", "13.3 The Provider shall give the Council details of the complaints it has received if the Council asks for them."),
        ("p", "13.4 The Provider shall co-operate with the Public Services Ombudsman for Wales in any investigation of a complaint about the Services and shall implement any recommendation the Ombudsman makes."),
        ("p", "13.5 At the end of each week of delivery the Provider shall ask Children and Parents to complete a short feedback survey, and shall send the Council a summary of the results within four weeks after the end of each Programme."),
        ("p", "13.6 The Provider shall investigate the root cause of any accident in which a Child is injured and shall report it to the Council within 24 hours."),
        ("h", "14. Termination / Terfynu"),
        ("p", "14.1 The Council may terminate this Agreement by written notice if the Provider breaches clause 4.1 or clause 5, and may instead require the Provider to remove from the Services any person responsible for the breach."),
        ("p", "14.2 Either party may terminate this Agreement by giving three months\u2019 written notice to the other."),
        ("h", "15. Disputes / Anghydfodau"),
        ("p", "15.1 The parties shall try to resolve any dispute by negotiation between the Contract Manager and the Provider\u2019s Operations Director and, if that fails, by mediation with a mediator agreed by both parties."),
        ("p", "Signed for Bro Hafren County Borough Council by Gareth Morgan-Bowen, Chief Education Officer. Signed for Haf i Bawb CIC by Rhodri ap Gwyn, Operations Director."),
    ],
    "verdicts": V("""
ES-01 pass  # clause 4.1: the Provider shall ensure that it and all its staff and volunteers act in accordance with the Seven Principles of Public Life
ES-02 weak  # clause 4.2: 'is encouraged to adopt a written code of conduct'
ES-03 gap  # clause 7.2: flow-down of the Welsh Language Standards and insurance only
ES-04 gap  # clause 9.1: food hygiene, paediatric first aid, DBS and a safeguarding briefing only; no ethics training
ES-05 pass  # clause 5.1: a whistleblowing procedure with concerns to the Provider or the Council and no detriment
ES-06 gap  # clause 1.1 definition of 'Laws' names the Bribery Act 2010 in a list of laws, with only 'comply with all Laws' in clause 3.1
ES-07 pass  # clause 10.1: assist and co-operate with FOIA and EIR requests within five working days
ES-08 weak  # clause 11.1: a general right to inspect records naming neither ethics nor the ethics clauses
ES-09 pass  # clause 14.1: termination for breach of clause 4.1 (Seven Principles) or clause 5, or removal of the person responsible
ES-10 weak  # clause 4.3 and Part A: a nominated Ethics Lead only (structures), with no assurance or certificate
COI-01 weak  # clause 6.1: 'The Council expects the Provider to notify it' of conflicts (permissive)
COI-02 gap  # clause 6: no duty to manage conflicts and no Council right to act on them; clause 14.1 covers clauses 4.1 and 5 only
COI-03 gap  # clause 4.4: the gifts limit binds Council officers under their own code (wrong party); no Provider duty
COI-04 pass  # clause 6.2: no engagement of former Council staff from named services within 12 months without consent; notice for other former employees
COI-05 gap  # clause 6.4: 'is not required to maintain a register of interests'
COI-06 pass  # clause 6.3: confirms disclosure of relationships with those who took part in the award, updated promptly
CDM-01 weak  # clause 13.1: the Provider 'may operate' a concerns and complaints policy on the PSOW model (permissive)
CDM-02 weak  # clause 13.3: complaint details only 'if the Council asks for them' (on request)
CDM-03 pass  # clause 13.5: weekly feedback survey of Children and Parents, summary sent to the Council
CDM-04 pass  # clause 13.4: co-operate with the Public Services Ombudsman for Wales and implement its recommendations
CDM-05 gap  # clause 13.6: root cause of accidents only; no analysis of complaints or feedback
CDM-06 weak  # clause 13.2: 'shall aim to respond to complaints within 10 working days'
"""),
})

# ---------------------------------------------------------------------------------------------
# c08: Australian Commonwealth contract: Details Schedule with Items, 'the Supplier must', deep numbering
CONTRACTS.append({
    "file": "c08-rural-financial-counselling.pdf",
    "build": "pdf-lo",
    "header": "OFFICIAL \u2013 Contract ORR-2025-0042",
    "footer": "Rural Financial Counselling Services Contract ORR-2025-0042",
    "title": "Commonwealth Contract \u2013 Services: Rural Financial Counselling Services",
    "subject": "free rural financial counselling for primary producers and small rural businesses in a service region",
    "jurisdiction": "Australia (Commonwealth agency); Commonwealth contract with a Details Schedule of Items, 'the Supplier must', Commonwealth Procurement Rules and 12.3(b)(ii) numbering",
    "parties": "Customer / Supplier",
    "shapes": "a Details Schedule table whose Items switch clauses on and off ('Item 12 ... Not applicable' for the FOI clause 15.4; 'Item 10 ... Applies' for the Supplier Code of Conduct) and bind Customer officials to the APS Values and a post-separation policy (wrong party); training, fraud and corruption duties in clause 12.3(a)-(c) with nested (i)-(iii); 'may establish a whistleblower policy'; 'is encouraged to keep a register of gifts'; a CEO-signed annual statement of compliance; the Customer's direction on conflicts without a termination link; audit of clauses 12 and 13; reports under 9.1(a)(ii) and (b); 'is encouraged to use complaint information'; exclusion-ground warranties; payment within 20 days; page header and footer with page numbers",
    "blocks": [
        ("title", "COMMONWEALTH CONTRACT \u2013 SERVICES: RURAL FINANCIAL COUNSELLING SERVICES"),
        ("p", "Contract No. ORR-2025-0042. This Contract was awarded following an open approach to market conducted in accordance with the Commonwealth Procurement Rules."),
        ("h1", "DETAILS SCHEDULE"),
        ("p", "The Items in this Details Schedule form part of the Contract. Where an Item states that a clause is \u2018Not applicable\u2019, that clause does not apply to the Contract."),
        ("table", [
            ["Item", "Description", "Details"],
            ["1", "Customer", "Commonwealth of Australia as represented by the Office of Rural Recovery, ABN 61 902 447 318"],
            ["2", "Supplier", "Western Riverina Farm Finance Counselling Ltd, ABN 38 615 220 904, 22 Banna Avenue, Griffith NSW 2680"],
            ["3", "Contract Period", "1 July 2025 to 30 June 2028"],
            ["4", "Services", "Free, confidential and independent rural financial counselling for eligible primary producers and small rural businesses in the Service Region"],
            ["5", "Service Region", "The local government areas of Griffith, Carrathool, Hay, Murrumbidgee and Leeton"],
            ["6", "Contract Price", "$1,284,000 (GST inclusive) over the Contract Period, payable quarterly in advance"],
            ["7", "Customer\u2019s Contract Manager", "Ms Tessaly Kwan, Director, Rural Programs"],
            ["8", "Supplier\u2019s Contract Manager", "Mr Bryn Achterberg, Chief Executive Officer"],
            ["9", "Reports (clause 9)", "Performance Report by 31 January and 31 July each year; Client Satisfaction Report by 31 August each year"],
            ["10", "Commonwealth Supplier Code of Conduct (clause 12.1)", "Applies"],
            ["11", "Customer officials", "The Customer\u2019s officials are bound by the APS Values and the APS Code of Conduct in the Public Service Act 1999, and former Customer officials by the Customer\u2019s post-separation employment policy"],
            ["12", "Freedom of information (clause 15.4)", "Not applicable"],
            ["13", "Insurance (clause 18)", "Public liability $10 million; professional indemnity $5 million"],
        ]),
        ("h1", "TERMS AND CONDITIONS"),
        ("h", "1 Interpretation"),
        ("p", "1.1 In this Contract: \u2018Client\u2019 means a person who receives the Services; \u2018Conflict\u2019 means a situation in which the Supplier or its Personnel has an interest that conflicts, or may appear to conflict, with the performance of the Services; \u2018Fraud\u2019 and \u2018Corruption\u2019 have the meanings given in the Commonwealth Fraud and Corruption Control Framework 2024; \u2018Personnel\u2019 means the Supplier\u2019s officers, employees, agents and Subcontractors; and \u2018Business Day\u2019 means a day other than a Saturday, Sunday or public holiday in Canberra."),
        ("h", "2 Services"),
        ("p", "2.1 The Supplier must provide the Services described in Item 4 throughout the Service Region, including outreach visits to Clients\u2019 properties, and must employ at least five full-time equivalent rural financial counsellors who hold the qualifications required by the Program Guidelines."),
        ("p", "2.2 The Supplier must not charge Clients for the Services."),
        ("h", "9 Reporting"),
        ("p", "9.1 The Supplier must give the Customer:"),
        ("list", "alpha", [
            ("a Performance Report every six months, by the dates in Item 9, setting out:", ("list", "roman", [
                "the number of Clients assisted and the nature of the assistance given;",
                "the number of complaints received from Clients, their outcomes and the time taken to resolve them; and",
                "the number of outreach visits made in each local government area; and",
            ])),
            "an annual Client Satisfaction Report setting out the results of a survey of Clients conducted by the Supplier in each financial year.",
        ]),
        ("h", "11 Complaints"),
        ("p", "11.1 The Supplier must establish, publicise to Clients and operate a free and accessible process for dealing with complaints from Clients about the Services."),
        ("p", "11.2 The Supplier must co-operate with the Customer and with the Commonwealth Ombudsman in the investigation of any complaint about the Services and must implement any remedy that the Customer or the Ombudsman recommends."),
        ("p", "11.3 The Supplier is encouraged to use the information from complaints to improve the Services."),
        ("h", "12 Conduct"),
        ("p", "12.1 Where Item 10 states that it applies, the Supplier must comply with the Commonwealth Supplier Code of Conduct."),
        ("p", "12.2 The Supplier must ensure that each Subcontractor complies with the Commonwealth Supplier Code of Conduct and with obligations equivalent to this clause 12 and clause 13."),
        ("p", "12.3 The Supplier must:"),
        ("list", "alpha", [
            ("ensure that all Personnel, before delivering any Services and at least once in each year after that, complete training on:", ("list", "roman", [
                "the Commonwealth Supplier Code of Conduct;",
                "identifying, declaring and managing conflicts of interest; and",
                "fraud and corruption awareness;",
            ])),
            ("in relation to Fraud and Corruption:", ("list", "roman", [
                "not engage in Fraud or Corruption in connection with the Contract; and",
                "maintain a fraud and corruption control plan consistent with the Commonwealth Fraud and Corruption Control Framework 2024; and",
            ])),
            "keep records of the training in paragraph (a) and give them to the Customer on request.",
        ]),
        ("p", "12.4 The Supplier may establish a whistleblower policy for its Personnel."),
        ("p", "12.5 The Supplier is encouraged to keep a register of gifts and benefits offered to its Personnel."),
        ("p", "12.6 Within 20 Business Days after 30 June in each year, the Supplier must give the Customer a statement of compliance, signed by its chief executive officer, confirming that the Supplier has complied with this clause 12, clause 13 and the Commonwealth Supplier Code of Conduct during the preceding financial year, and that it has governance arrangements in place that support that compliance."),
        ("h", "13 Conflict of interest"),
        ("p", "13.1 The Supplier warrants that, at the date of this Contract, no Conflict exists, and must notify the Customer immediately in writing if a Conflict arises or is likely to arise, including where a counsellor has a personal or business relationship with a Client or with a creditor of a Client."),
        ("p", "13.2 On receiving a notice under clause 13.1, the Customer may approve the Supplier\u2019s proposed arrangements for managing the Conflict or direct the Supplier to take other steps to resolve or manage it, and the Supplier must comply with any such direction."),
        ("h", "15 Confidentiality and information"),
        ("p", "15.1 The Supplier must not disclose any information about a Client without the Client\u2019s written consent, except as required by law."),
        ("p", "15.4 The Supplier must, at the Customer\u2019s request, give the Customer any document in its possession that the Customer needs in order to comply with a request under the Freedom of Information Act 1982 (Cth)."),
        ("h", "16 Access and audit"),
        ("p", "16.1 The Supplier must give the Customer, the Auditor-General and any person authorised by them access to its premises, records and Personnel on reasonable notice."),
        ("p", "16.2 The Customer may audit the Supplier\u2019s compliance with clauses 12 and 13, and the Supplier must co-operate with any such audit."),
        ("h", "17 Warranties"),
        ("p", "17.1 The Supplier warrants that neither it nor any of its officers has been convicted of an offence involving dishonesty, that it is not listed on the Consolidated List maintained under the Charter of the United Nations Act 1945, and that it is not subject to any unsatisfied judicial decision relating to employee entitlements."),
        ("h", "20 Termination"),
        ("p", "20.1 The Customer may terminate the Contract by notice if the Supplier breaches a material term of the Contract and the breach is not remedied within 20 Business Days after notice from the Customer."),
        ("p", "20.2 The Customer may terminate or reduce the scope of the Contract at any time by notice, in which case it will pay the Supplier for Services provided before the date of termination and reasonable unavoidable costs."),
        ("h", "21 Payment"),
        ("p", "21.1 The Customer must pay each correctly rendered invoice within 20 calendar days after receiving it."),
        ("p", "Executed as a contract. Signed for the Commonwealth of Australia as represented by the Office of Rural Recovery by Ms Tessaly Kwan, Director, Rural Programs. Signed for Western Riverina Farm Finance Counselling Ltd by Mr Bryn Achterberg, Chief Executive Officer, and Ms Odile Fairweather, Company Secretary."),
    ],
    "verdicts": V("""
ES-01 gap  # Details Schedule Item 11: the APS Values and APS Code of Conduct bind the Customer's officials (wrong party); nothing binds the Supplier to named ethical standards
ES-02 pass  # clause 12.1 with Item 10 'Applies': the Supplier must comply with the Commonwealth Supplier Code of Conduct
ES-03 pass  # clause 12.2: each Subcontractor to comply with the Supplier Code of Conduct and obligations equivalent to clauses 12 and 13
ES-04 pass  # clause 12.3(a) and (c): training on the Supplier Code of Conduct, conflicts of interest and fraud and corruption before starting and yearly, with records
ES-05 weak  # clause 12.4: the Supplier 'may establish a whistleblower policy'; no duty to report suspected breaches anywhere
ES-06 pass  # clause 12.3(b)(i) and (ii): not engage in Fraud or Corruption; maintain a fraud and corruption control plan
ES-07 gap  # clause 15.4 (FOI documents) is switched off by Details Schedule Item 12 'Not applicable'; clause 15.1 is confidentiality only
ES-08 pass  # clause 16.2: the Customer may audit compliance with clauses 12 and 13
ES-09 weak  # clause 20.1: termination for breach of a material term with no ethics link; clause 20.2 is for convenience
ES-10 pass  # clause 12.6: a yearly statement of compliance signed by the chief executive officer, with governance arrangements supporting compliance
COI-01 pass  # clause 13.1: notify the Customer immediately in writing if a Conflict arises or is likely to arise
COI-02 pass  # clause 13.2: the Customer may approve arrangements or direct steps to resolve or manage the Conflict, and the Supplier must comply
COI-03 weak  # clause 12.5: 'is encouraged to keep a register of gifts and benefits'
COI-04 gap  # Details Schedule Item 11: the post-separation employment policy binds former Customer officials (wrong party); no Supplier duty
COI-05 gap  # no declarations or register of interests for Supplier staff (clause 13 covers conflict notices only)
COI-06 gap  # clause 17.1: warranties on convictions, sanctions listing and employee-entitlement judgments only (exclusion grounds)
CDM-01 pass  # clause 11.1: establish, publicise and operate a free and accessible complaints process for Clients
CDM-02 pass  # clause 9.1(a)(ii): six-monthly Performance Report with complaint numbers, outcomes and resolution times
CDM-03 pass  # clause 9.1(b): annual Client Satisfaction Report from a survey the Supplier conducts
CDM-04 pass  # clause 11.2: co-operate with the Customer and the Commonwealth Ombudsman and implement recommended remedies
CDM-05 weak  # clause 11.3: 'is encouraged to use the information from complaints'
CDM-06 gap  # no acknowledgement or response timescale; clause 9.1(a)(ii) reports times taken and clause 21.1 is payment terms
"""),
})

# ---------------------------------------------------------------------------------------------
# c09: New Zealand Government Model Contract style: Schedule 1 Contract Details, Schedule 2 Services, standard terms
CONTRACTS.append({
    "file": "c09-travel-assistance-claims.md",
    "build": "md",
    "title": "Contract for Services: National Travel Assistance Claims Processing",
    "subject": "processing of patients' and support persons' travel and accommodation assistance claims for a health district",
    "jurisdiction": "New Zealand (regional health board); Government Model Contract style with Schedule 1 Contract Details, Schedule 2 Description of Services and standard terms, 'the Supplier must'",
    "parties": "Buyer / Supplier",
    "shapes": "a Schedule 1 Contract Details table whose row for clause 9.5 (conflict declaration at award) reads 'Not applicable'; 'The Buyer expects' the Supplier to act with five principle words and to tell it before engaging former Buyer employees; the NZ Government Supplier Code of Conduct bound by 'must'; flow-down of payment terms only; 'an induction programme' only; protected disclosures under the Protected Disclosures (Protection of Whistleblowers) Act 2022; 'should tell the Buyer' of conflicts beside a binding conflict management plan; 'may keep a register of interests'; a one-topic annual fraud declaration; Right 10 of the Code of Health and Disability Services Consumers' Rights with its timescales; a staff engagement survey (staff only); a generic audit right; 'integrity of claims data'; OIA help",
    "blocks": [
        ("title", "Contract for Services: National Travel Assistance Claims Processing"),
        ("p", "This Contract is between Aoraki Regional Health Board, 160 Tancred Street, Ashburton 7700 (the Buyer) and K\u014dwhai Claims Services Limited, NZBN 9429051873420, Level 2, 88 Hereford Street, Christchurch 8011 (the Supplier). It consists of Schedule 1 (Contract Details), Schedule 2 (Description of Services) and Schedule 3 (Standard Terms and Conditions)."),
        ("h1", "Schedule 1 \u2013 Contract Details"),
        ("table", [
            ["Clause", "Detail", "Entry"],
            ["1", "Contract reference", "ARHB-NTA-2025-07"],
            ["1", "Start Date and End Date", "1 August 2025 to 31 July 2028, with one right of renewal for two years"],
            ["2", "Buyer\u2019s Contract Manager", "Aroha Pemberton-Ngata, Manager, Patient Support Services"],
            ["2", "Supplier\u2019s Contract Manager", "Declan Whitcombe, General Manager"],
            ["11", "Charges", "$14.20 per claim processed, plus a fixed monthly fee of $9,500 for the contact centre"],
            ["14", "Additional clause: Fraud and integrity", "Applies"],
            ["9.5", "Conflict declaration at award", "Not applicable"],
            ["15", "Insurance", "Public liability $2 million; professional indemnity $1 million"],
        ]),
        ("h1", "Schedule 2 \u2013 Description of Services"),
        ("h", "1. Services"),
        ("p", "1.1 The Supplier must receive, assess and pay claims by patients and support persons for travel and accommodation assistance under the National Travel Assistance policy, run a contact centre for claimants on weekdays from 8am to 6pm, and pay each approved claim within 10 working days of receiving a complete claim."),
        ("h", "2. Reporting"),
        ("p", "2.1 The Supplier must give the Buyer a monthly report by the 10th working day of each month containing:"),
        ("list", "bullet", [
            "the number of claims received, approved, declined and paid, and the average time to payment;",
            "the number of complaints received from claimants, their subject, their outcome and the time taken to respond; and",
            "contact centre call volumes and the percentage of calls answered within 60 seconds.",
        ]),
        ("h", "3. Complaints"),
        ("p", "3.1 The Supplier must have a complaints process for claimants that meets Right 10 of the Code of Health and Disability Services Consumers\u2019 Rights, publicised on every claim form and on the Buyer\u2019s website."),
        ("p", "3.2 The Supplier must acknowledge each complaint in writing within 5 working days of receiving it and, within 10 working days of acknowledging it, must tell the complainant whether it considers the complaint justified or needs more time to investigate it."),
        ("p", "3.3 The Supplier must co-operate with the Health and Disability Commissioner and the Ombudsman in any investigation of a complaint about the Services, and must implement any recommendation made."),
        ("p", "3.4 Each quarter the Supplier must analyse complaints and the outcomes of claim reviews to identify recurring issues, and must agree improvement actions with the Buyer and carry them out."),
        ("p", "3.5 The Supplier must run an engagement survey of its staff working on the Services each year and give the Buyer the results."),
        ("h1", "Schedule 3 \u2013 Standard Terms and Conditions (extract)"),
        ("h", "4. Supplier\u2019s obligations"),
        ("p", "4.1 The Supplier must provide the Services with due care, skill and diligence and in accordance with New Zealand law."),
        ("p", "4.3 The Supplier must ensure its Personnel complete an induction programme before starting work on the Services."),
        ("h", "5. Standards"),
        ("p", "5.1 The Buyer expects the Supplier and its Personnel to act with integrity, honesty, objectivity, openness and accountability in delivering the Services."),
        ("p", "5.2 The Supplier must comply with the New Zealand Government Supplier Code of Conduct."),
        ("p", "5.3 The Buyer expects the Supplier to tell it before engaging on the Services any person who was employed by the Buyer in the previous 12 months."),
        ("h", "6. Subcontracting"),
        ("p", "6.1 The Supplier must not subcontract any of the Services without the Buyer\u2019s prior written approval."),
        ("p", "6.2 The Supplier must pass on to each subcontractor the payment terms in clause 11, so that each subcontractor is paid within 10 working days after the Supplier is paid."),
        ("h", "8. Information"),
        ("p", "8.1 The Supplier acknowledges that the Buyer is subject to the Official Information Act 1982, and must help the Buyer respond to any request under that Act relating to the Services by giving the Buyer the information it asks for within 5 working days."),
        ("p", "8.2 The Supplier must maintain the integrity and security of claims data and claimants\u2019 health information in accordance with the Health Information Privacy Code 2020."),
        ("h", "9. Conflicts of interest"),
        ("p", "9.1 The Supplier should tell the Buyer about any Conflict of Interest affecting the Supplier or its Personnel."),
        ("p", "9.2 Where the Buyer identifies a Conflict of Interest, the Supplier must comply with any conflict management plan that the Buyer approves or directs."),
        ("p", "9.3 The Supplier may keep a register of the interests of its directors and managers."),
        ("p", "9.4 The Supplier must not give any gift or hospitality to a Buyer employee, must ensure its Personnel do not accept any gift or hospitality from a claimant, and must keep a register of any gifts or hospitality offered in connection with the Services."),
        ("p", "9.5 Where Schedule 1 states that this clause applies, the Supplier must, before the Start Date, declare to the Buyer any relationship between the Supplier or its Personnel and any Buyer employee involved in selecting the Supplier."),
        ("h", "10. Speaking up"),
        ("p", "10.1 The Supplier must have a protected disclosures procedure that meets the Protected Disclosures (Protection of Whistleblowers) Act 2022, and must not retaliate against, or treat less favourably, any of its Personnel who make a protected disclosure to the Supplier, the Buyer or an appropriate authority."),
        ("h", "11. Charges and payment"),
        ("p", "11.1 The Supplier must invoice the Buyer monthly in arrears, and the Buyer must pay each valid invoice by the 20th of the month after receiving it."),
        ("h", "14. Fraud and integrity"),
        ("p", "14.1 The Supplier must not commit, and must take all practicable steps to prevent, fraud or corruption in the processing of claims, including by separating the assessment of claims from their payment."),
        ("p", "14.2 Each year by 31 July the Supplier must give the Buyer a written declaration, signed by a director, that the Supplier has detected no fraud in claims processing during the year, or listing each instance it detected."),
        ("h", "16. Records and audit"),
        ("p", "16.1 The Supplier must keep full and accurate records of the Services for seven years."),
        ("p", "16.2 The Buyer may audit the Supplier\u2019s records relating to the Services on 5 working days\u2019 notice."),
        ("h", "17. Termination"),
        ("p", "17.1 Either party may terminate this Contract on three months\u2019 notice."),
        ("p", "17.2 The Buyer may terminate this Contract immediately by notice if the Supplier breaches clause 5.2, 9.4, 10.1 or 14.1."),
        ("h", "18. Disputes"),
        ("p", "18.1 The parties will try to resolve any dispute by negotiation and then by mediation administered by the Resolution Institute, before either party starts court proceedings or arbitration."),
        ("p", "Signed for Aoraki Regional Health Board by Aroha Pemberton-Ngata, Manager, Patient Support Services. Signed for K\u014dwhai Claims Services Limited by Declan Whitcombe, General Manager."),
    ],
    "verdicts": V("""
ES-01 weak  # Schedule 3 clause 5.1: 'The Buyer expects' the Supplier to act with integrity, honesty, objectivity, openness and accountability (five principle words, permissive)
ES-02 pass  # Schedule 3 clause 5.2: the Supplier must comply with the New Zealand Government Supplier Code of Conduct
ES-03 gap  # Schedule 3 clause 6.2: flow-down of payment terms only; clause 6.1 is consent
ES-04 weak  # Schedule 3 clause 4.3: 'an induction programme' with no ethics topic named
ES-05 pass  # Schedule 3 clause 10.1: protected disclosures procedure and no retaliation for disclosures to the Supplier, the Buyer or an appropriate authority
ES-06 pass  # Schedule 3 clause 14.1 (switched on by Schedule 1): must not commit and must prevent fraud or corruption
ES-07 pass  # Schedule 3 clause 8.1: help the Buyer with Official Information Act 1982 requests within 5 working days
ES-08 weak  # Schedule 3 clause 16.2: a general audit of records naming neither ethics nor the ethics clauses
ES-09 pass  # Schedule 3 clause 17.2: immediate termination for breach of clause 5.2, 9.4, 10.1 or 14.1
ES-10 weak  # Schedule 3 clause 14.2: a yearly signed declaration on fraud only (one-topic certificate)
COI-01 weak  # Schedule 3 clause 9.1: the Supplier 'should tell' the Buyer of conflicts (no obligation cue)
COI-02 pass  # Schedule 3 clause 9.2: must comply with the conflict management plan the Buyer approves or directs
COI-03 pass  # Schedule 3 clause 9.4: no gifts or hospitality to Buyer employees or from claimants; a register of gifts and hospitality offered
COI-04 weak  # Schedule 3 clause 5.3: 'The Buyer expects' notice before engaging former Buyer employees
COI-05 weak  # Schedule 3 clause 9.3: 'may keep a register of the interests'
COI-06 gap  # Schedule 3 clause 9.5 applies only where Schedule 1 says so, and the Schedule 1 row for clause 9.5 reads 'Not applicable'
CDM-01 pass  # Schedule 2 paragraph 3.1: a publicised complaints process meeting Right 10 of the Code of Rights
CDM-02 pass  # Schedule 2 paragraph 2.1: monthly report with complaint numbers, subject, outcome and response time
CDM-03 gap  # Schedule 2 paragraph 3.5: a staff engagement survey only; no claimant feedback
CDM-04 pass  # Schedule 2 paragraph 3.3: co-operate with the Health and Disability Commissioner and the Ombudsman and implement recommendations
CDM-05 pass  # Schedule 2 paragraph 3.4: quarterly analysis of complaints for recurring issues with agreed improvement actions
CDM-06 pass  # Schedule 2 paragraph 3.2: written acknowledgement within 5 working days and a decision within 10 working days of acknowledging
"""),
})

# ---------------------------------------------------------------------------------------------
# c10: Canadian federal contract, bilingual headings, 2035-style General Conditions, 'Contractor will'
CONTRACTS.append({
    "file": "c10-canal-lockstation-operations.docx",
    "build": "docx-lo",
    "title": "Contract / Contrat: Lockstation Operation Services, Blackwater Heritage Canal",
    "subject": "seasonal operation of lockstations and swing bridges on a heritage canal, with visitor services",
    "jurisdiction": "Canada (federal agency); federal contract with English / French heading pairs and English body, special conditions and General Conditions in 2035-style GC numbering, 'Contractor will'",
    "parties": "Canada (Contracting Authority) / Contractor",
    "shapes": "English / French heading pairs throughout; the Code of Conduct for Procurement bound by 'will'; 'will use reasonable efforts to ensure' subcontractors respect it; certifications in a numbered list (a contingency fee certification repeated yearly, a relationships declaration, an integrity provisions certification); GC 35 notice of conflicts with the Values and Ethics Code and its disclosure duties binding public servants (wrong party); GC 30 default for breach of GC 35, 39 or 41; GC 32 audit of costs only; a gag on public statements; the lockstation gift shop outside the Work; training in boating safety, first aid and official languages only; visitor complaints 'will endeavour to respond'; the Office of the Procurement Ombudsman for disputes; a safety lessons-learned session; an Annex C reporting table with a Responsible party column",
    "blocks": [
        ("title", "CONTRACT / CONTRAT \u2013 LOCKSTATION OPERATION SERVICES, BLACKWATER HERITAGE CANAL"),
        ("p", "Contract No. HWA-5P301-25-0117 between His Majesty the King in right of Canada, as represented by the Minister responsible for the Heritage Waterways Agency (\u201cCanada\u201d), and Lockside Operations Inc., 1140 Rue des \u00c9cluses, Smiths Falls, Ontario K7A 3R9 (the \u201cContractor\u201d)."),
        ("h1", "PART 1 \u2013 GENERAL INFORMATION / PARTIE 1 \u2013 RENSEIGNEMENTS G\u00c9N\u00c9RAUX"),
        ("h", "1.1 Requirement / Besoin"),
        ("p", "The Contractor will operate the eight lockstations and two swing bridges of the Blackwater Heritage Canal during the navigation season (Victoria Day weekend to Thanksgiving), lock vessels through in accordance with the Agency\u2019s Lock Operations Manual, sell lockage and mooring permits, and provide visitor information at each lockstation. The operation of the gift shop at Lockstation 7 is not part of the Work and is the subject of a separate licence."),
        ("h", "1.2 Period of the Contract / Dur\u00e9e du contrat"),
        ("p", "The Work is to be performed from April 1, 2026 to March 31, 2029, with options to extend for two additional one-year periods."),
        ("h", "1.3 Authorities / Responsables"),
        ("p", "The Contracting Authority is Ms. Genevi\u00e8ve Lachapelle-Rowe, Procurement Services. The Technical Authority is Mr. Owen Strathearn, Canal Operations Manager, who is responsible for all matters concerning the technical content of the Work."),
        ("h1", "PART 2 \u2013 SPECIAL CONDITIONS / PARTIE 2 \u2013 CONDITIONS PARTICULI\u00c8RES"),
        ("h", "2.1 General Conditions / Conditions g\u00e9n\u00e9rales"),
        ("p", "General Conditions 2035 (Higher Complexity \u2013 Services) apply to and form part of the Contract, as supplemented by these Special Conditions. The General Conditions relied on in this Contract are reproduced in Part 3."),
        ("h", "2.2 Visitor Complaints / Plaintes des visiteurs"),
        ("p", "The Contractor will maintain a visitor complaint procedure, posted at each lockstation in both official languages, under which boaters and other visitors may complain about the Work. The Contractor will record every complaint received and how it was resolved, and will endeavour to respond to each complaint within 10 working days."),
        ("h", "2.3 Reporting / Rapports"),
        ("p", "The Contractor will submit the reports described in Annex C. After each navigation season the Contractor will also hold a lessons-learned session with its lockstation staff on operational safety, and will record the actions agreed."),
        ("h", "2.4 Official Languages / Langues officielles"),
        ("p", "The Contractor will provide all services to the public, including signage and announcements, in both English and French, and will ensure that at least one person at each lockstation during opening hours can serve visitors in either official language."),
        ("h", "2.5 Former Public Servants / Anciens fonctionnaires"),
        ("p", "The Contractor will not engage on the Work, without first notifying the Contracting Authority, any former public servant who left the Heritage Waterways Agency within the previous 12 months, and will ensure that any such person complies with the post-employment measures of the Values and Ethics Code for the Public Sector that apply to them."),
        ("h", "2.6 Access to Information / Acc\u00e8s \u00e0 l\u2019information"),
        ("p", "Records created or held by the Contractor for the Work are under the control of Canada for the purposes of the Access to Information Act. The Contractor will provide Canada, within five working days of a request, with any such record that Canada needs in order to respond to a request under that Act."),
        ("h", "2.7 Code of Conduct for Procurement / Code de conduite pour l\u2019approvisionnement"),
        ("p", "The Contractor will comply with the Code of Conduct for Procurement throughout the period of the Contract, and will ensure that its personnel performing the Work do so."),
        ("h", "2.8 Certifications / Attestations"),
        ("p", "The certifications below form part of the Contract. The Contractor:"),
        ("list", "num", [
            "certifies that it has not paid, and will not pay, any contingency fee for the solicitation, negotiation or obtaining of the Contract, and will repeat this certification in writing on each anniversary of the Contract;",
            "declares that it has disclosed to the Contracting Authority every relationship between the Contractor, its owners or key personnel and any person involved in the solicitation or evaluation for this requirement, and will keep that declaration current for the period of the Contract; and",
            "certifies that neither it nor any of its affiliates has been convicted of an offence that would render it ineligible under the Ineligibility and Suspension Policy.",
        ]),
        ("h", "2.9 Training / Formation"),
        ("p", "Before the start of each navigation season the Contractor will ensure that each lockstation operator completes pleasure craft and lock safety training, standard first aid, and the Agency\u2019s official languages awareness module."),
        ("h1", "PART 3 \u2013 GENERAL CONDITIONS (EXTRACTS) / PARTIE 3 \u2013 CONDITIONS G\u00c9N\u00c9RALES (EXTRAITS)"),
        ("h", "GC 6 Subcontracts / Sous-contrats"),
        ("p", "6.1 The Contractor will not subcontract any part of the Work without the prior written consent of the Contracting Authority. 6.2 The Contractor will use reasonable efforts to ensure that its subcontractors respect the Code of Conduct for Procurement."),
        ("h", "GC 23 Confidentiality / Confidentialit\u00e9"),
        ("p", "23.1 The Contractor will keep confidential all information provided to it by or on behalf of Canada. 23.2 The Contractor will not, and will ensure that its personnel do not, make any public statement or communicate with the media about the Work without the prior written approval of the Contracting Authority."),
        ("h", "GC 30 Default by the Contractor / Manquement de la part de l\u2019entrepreneur"),
        ("p", "30.1 If the Contractor is in default in carrying out any of its obligations, the Contracting Authority may, by written notice, terminate the Contract for default. 30.2 Without limiting GC 30.1, Canada may terminate the Contract for default immediately if the Contractor breaches GC 35 (Conflict of Interest), GC 39 (Contingency Fees) or GC 41 (Integrity Provisions), or if an actual or potential conflict of interest notified under GC 35 is not resolved to Canada\u2019s satisfaction."),
        ("h", "GC 31 Termination for Convenience / R\u00e9siliation pour raisons de commodit\u00e9"),
        ("p", "31.1 The Contracting Authority may, by giving notice to the Contractor, terminate the Contract for convenience in whole or in part."),
        ("h", "GC 32 Accounts and Audit / Comptes et v\u00e9rification"),
        ("p", "32.1 The Contractor will keep proper accounts and records of the cost of performing the Work and of all expenditures and commitments made in connection with it. 32.2 The amount claimed under the Contract is subject to government audit before and after payment is made."),
        ("h", "GC 35 Conflict of Interest and Values and Ethics Codes / Conflits d\u2019int\u00e9r\u00eats et codes de valeurs et d\u2019\u00e9thique"),
        ("p", "35.1 The Contractor will avoid any actual, potential or apparent conflict of interest in performing the Work and will notify the Contracting Authority in writing without delay of any such conflict, including any interest of the Contractor or its personnel in a business that supplies goods or services to canal users."),
        ("p", "35.2 Public servants are bound by the Values and Ethics Code for the Public Sector and must disclose to their deputy head any outside activity, asset or interest that could place them in a conflict of interest. Individuals subject to that Code or to the Conflict of Interest Act may not derive any direct benefit from the Contract."),
        ("h", "GC 39 Contingency Fees / Honoraires conditionnels"),
        ("p", "39.1 The Contractor will not pay a contingency fee to any individual for the solicitation, negotiation or obtaining of the Contract."),
        ("h", "GC 41 Integrity Provisions / Dispositions relatives \u00e0 l\u2019int\u00e9grit\u00e9"),
        ("p", "41.1 The Contractor will not offer or pay, directly or indirectly, any bribe, secret commission or other improper advantage to any public office holder or employee of Canada in connection with the Contract, and will maintain measures to prevent bribery and fraud by its personnel and subcontractors."),
        ("h", "GC 45 Dispute Resolution / R\u00e8glement des diff\u00e9rends"),
        ("p", "45.1 The parties agree to make every reasonable effort to resolve any dispute amicably. Either party may request the dispute resolution services of the Office of the Procurement Ombudsman, which may also review complaints from the Contractor about the administration of the Contract."),
        ("h1", "ANNEX C \u2013 REPORTING REQUIREMENTS / ANNEXE C \u2013 EXIGENCES EN MATI\u00c8RE DE RAPPORTS"),
        ("table", [
            ["Report", "Content", "Due", "Responsible party"],
            ["Monthly Operations Report", "Lockages by lockstation; permits sold; visitor numbers; number and nature of visitor complaints and how each was resolved", "10th working day of the following month", "Contractor"],
            ["End-of-Season Report", "Results of the visitor satisfaction survey conducted by the Contractor at each lockstation during the season", "November 30", "Contractor"],
            ["Incident Report", "Any injury, vessel damage or water-level emergency", "Within 24 hours", "Contractor"],
            ["Season Review Meeting", "Review of performance against the Lock Operations Manual", "December", "Canada (Technical Authority)"],
        ]),
        ("p", "SIGNED for His Majesty the King in right of Canada / SIGN\u00c9 pour Sa Majest\u00e9 le Roi du chef du Canada: Genevi\u00e8ve Lachapelle-Rowe, Contracting Authority. SIGNED for the Contractor / SIGN\u00c9 pour l\u2019entrepreneur: Martin Dufresne-Okafor, President."),
    ],
    "verdicts": V("""
ES-01 gap  # GC 35.2: the Values and Ethics Code binds public servants (wrong party); no term binds the Contractor to the Seven Principles or named ethical standards
ES-02 pass  # Special Condition 2.7: the Contractor will comply with the Code of Conduct for Procurement and ensure its personnel do so
ES-03 weak  # GC 6.2: 'will use reasonable efforts to ensure' subcontractors respect the Code (reasonable endeavours)
ES-04 gap  # Special Condition 2.9: boating and lock safety, first aid and official languages training only
ES-05 gap  # GC 23.2: a bar on public statements (gag) and confidentiality only; no speaking-up route, reporting duty or non-retaliation
ES-06 pass  # GC 41.1: no bribe, secret commission or improper advantage, with measures to prevent bribery and fraud
ES-07 pass  # Special Condition 2.6: records within five working days for Access to Information Act requests
ES-08 gap  # GC 32: audit of costs and amounts claimed only (financial)
ES-09 pass  # GC 30.2: termination for default for breach of GC 35, GC 39 or GC 41 (integrity)
ES-10 weak  # Special Condition 2.8 item 1: a yearly contingency fee certification only (one topic)
COI-01 pass  # GC 35.1: avoid actual, potential or apparent conflicts and notify the Contracting Authority in writing without delay
COI-02 pass  # GC 30.2: Canada may terminate where a notified conflict of interest is not resolved to its satisfaction
COI-03 gap  # Part 1 section 1.1: the lockstation gift shop is outside the Work; no gifts or hospitality term
COI-04 pass  # Special Condition 2.5: notice before engaging former Agency public servants within 12 months, and their post-employment measures respected
COI-05 gap  # GC 35.2: disclosure of interests binds public servants (wrong party); no register for Contractor staff
COI-06 pass  # Special Condition 2.8 item 2: declares disclosure of relationships with those in the solicitation or evaluation, kept current
CDM-01 pass  # Special Condition 2.2: a visitor complaint procedure posted at each lockstation in both official languages
CDM-02 pass  # Annex C Monthly Operations Report: number and nature of complaints and their resolution, Responsible party Contractor
CDM-03 pass  # Annex C End-of-Season Report: results of the Contractor's visitor satisfaction survey
CDM-04 gap  # GC 45.1: the Office of the Procurement Ombudsman handles disputes and contractor complaints with Canada, not service users' complaints
CDM-05 gap  # Special Condition 2.3: lessons learned on operational safety only; no analysis of complaints or survey results
CDM-06 weak  # Special Condition 2.2: 'will endeavour to respond to each complaint within 10 working days'; no acknowledgement time
"""),
})

# ---------------------------------------------------------------------------------------------
# c11: Irish public body contract in plain text, numbered clauses
CONTRACTS.append({
    "file": "c11-heritage-site-guiding.txt",
    "build": "txt",
    "title": "Contract for Guided Tour Services at Dun Cairbre National Monument",
    "subject": "guided tours and visitor reception at a national monument and its visitor centre",
    "jurisdiction": "Ireland (State heritage body); Irish public sector conditions of contract in plain text, Regulation of Lobbying Act cooling-off, Protected Disclosures Act, tax clearance",
    "parties": "Office / Contractor",
    "shapes": "five of the seven principle words bound to the Contractor and its Guides; a heritage interpretation code of practice (technical) and the Civil Service Code for the Office's staff (wrong party); flow-down of clauses 7 to 10; induction on those clauses; protected disclosures; the Criminal Justice (Corruption Offences) Act 2018; a one-year bar on former designated public officials under the Regulation of Lobbying Act 2015; a gifts and gratuities register; 'is encouraged to tell the Office' of links with the evaluation board; a tax clearance duty (financial); complaints handled by the Office's own Customer Service Unit with its own Customer Charter times (wrong party) and a same-day forwarding duty; 'is not required to keep or report complaint statistics'; a visitor feedback survey; Office of the Ombudsman co-operation; 'may review'; termination on notice and for insurance lapses only; governing law 'conflict of laws' and precedence 'conflict'; a tour timetable table",
    "blocks": [
        ("title", "CONTRACT FOR GUIDED TOUR SERVICES AT DUN CAIRBRE NATIONAL MONUMENT"),
        ("p", "This Contract is made on 14 March 2025 between the Office of Public Heritage Sites, Block C, Harcourt Lane, Dublin 2, D02 XK61 (the Office) and Ceardlann Heritage Services Limited, company number 712448, of 3 Mill Road, Ennistymon, Co. Clare, V95 T2C8 (the Contractor), following an open tender advertised on the national procurement portal."),
        ("h", "1. Definitions and interpretation"),
        ("p", "1.1 In this Contract: Guide means any employee or sub-contractor of the Contractor who conducts tours or works at the visitor reception desk; Site means Dun Cairbre stone fort and its visitor centre; Site Manager means the Office's manager at the Site; and Tender means the Contractor's tender dated 9 December 2024."),
        ("p", "1.2 Where there is any conflict between these conditions and the Tender, these conditions prevail."),
        ("h", "2. Services"),
        ("p", "2.1 The Contractor shall provide guided tours of the Site in English and Irish, and in French and German on the days shown in Schedule 1, and shall staff the visitor reception desk during opening hours."),
        ("p", "2.2 The Contractor shall follow the Office's interpretation plan for the Site and shall not alter the content of tours without the Site Manager's approval."),
        ("h", "3. Term"),
        ("p", "3.1 This Contract runs from 1 April 2025 to 31 October 2027, covering three visitor seasons."),
        ("h", "4. Price and tax clearance"),
        ("p", "4.1 The Office shall pay the Contractor the rates in Schedule 1 monthly in arrears, within 15 days of receipt of a valid invoice, in accordance with the prompt payment rules."),
        ("p", "4.2 The Contractor shall hold a current tax clearance certificate throughout the Contract and shall provide its tax clearance access number to the Office on request."),
        ("h", "5. Interpretation standards"),
        ("p", "5.1 The Contractor shall ensure that tours follow the Office's Code of Practice for Heritage Interpretation, which sets standards for historical accuracy, accessibility and the protection of archaeological features."),
        ("p", "5.2 The Civil Service Code of Standards and Behaviour applies to the Office's own staff at the Site."),
        ("h", "6. Guides"),
        ("p", "6.1 The Contractor shall ensure that every Guide who leads the schools programme has been vetted under the National Vetting Bureau (Children and Vulnerable Persons) Acts 2012 to 2016, and that all Guides wear the Office's visitor services uniform."),
        ("h", "7. Standards of conduct"),
        ("p", "7.1 The Contractor shall ensure that it and its Guides carry out the Services with integrity, objectivity, accountability, openness and honesty, as befits those who serve the public on the Office's behalf."),
        ("p", "7.2 The Contractor shall ensure that every Guide completes, before their first tour and at the start of every season, an induction on clauses 7 to 10 covering standards of conduct, gifts and gratuities, protected disclosures and corruption, and shall keep a record of attendance that the Office may inspect."),
        ("p", "7.3 The Contractor shall ensure that any sub-contractor engaged in the Services is bound by obligations equivalent to those in clauses 7 to 10."),
        ("h", "8. Gifts and gratuities"),
        ("p", "8.1 The Contractor shall not offer any gift or hospitality to any officer of the Office, shall ensure that Guides do not solicit or accept gratuities from visitors or tour operators, and shall keep a register of any gift or hospitality offered to the Contractor or its Guides in connection with the Services."),
        ("h", "9. Protected disclosures"),
        ("p", "9.1 The Contractor shall maintain a procedure under which its workers may make protected disclosures within the meaning of the Protected Disclosures Act 2014, and shall not penalise, or threaten to penalise, any worker for making such a disclosure."),
        ("h", "10. Corruption"),
        ("p", "10.1 The Contractor shall not offer, give, request or accept any bribe or other improper payment in connection with this Contract, within the meaning of the Criminal Justice (Corruption Offences) Act 2018, and shall have adequate procedures in place to prevent any such offence by its Guides and sub-contractors."),
        ("h", "11. Former officials"),
        ("p", "11.1 The Contractor shall not, for one year after a person ceases to be a designated public official of the Office within the meaning of the Regulation of Lobbying Act 2015, engage that person in connection with the Services without the Office's prior written consent."),
        ("p", "11.2 The Contractor is encouraged to tell the Office if any of its directors has a relationship with a member of the tender evaluation board."),
        ("h", "12. Freedom of information"),
        ("p", "12.1 The Contractor acknowledges that the Office is subject to the Freedom of Information Act 2014 and shall assist the Office, providing any records requested within five working days, so that the Office can meet its obligations under that Act."),
        ("h", "13. Audit"),
        ("p", "13.1 The Office may audit the Contractor's compliance with clauses 7 to 10 at any time during the Contract, and shall review that compliance at the quarterly contract meeting. The Contractor shall give the Office's auditors access to the relevant records and Guides."),
        ("h", "14. Visitor feedback and complaints"),
        ("p", "14.1 Complaints from visitors about the Site, including about tours, are dealt with by the Office's Customer Service Unit under the Office's Customer Charter, which commits the Office to acknowledging complaints within three working days and replying within 15 working days."),
        ("p", "14.2 The Contractor shall pass on to the Site Manager, by the end of the working day on which it is received, any complaint made to a Guide or at the reception desk."),
        ("p", "14.3 The Contractor is not required to keep or report complaint statistics."),
        ("p", "14.4 The Contractor shall invite visitors to complete the Office's short feedback survey at the end of each tour and shall send the Site Manager a monthly summary of the responses about tours."),
        ("p", "14.5 The Contractor shall co-operate with the Office and with the Office of the Ombudsman in the investigation of any complaint about the tours, and shall implement any remedy recommended."),
        ("p", "14.6 The Contractor may review visitor feedback with the Site Manager to identify improvements to the tours."),
        ("h", "15. Insurance"),
        ("p", "15.1 The Contractor shall maintain public liability insurance of EUR 6.5 million and employer's liability insurance of EUR 13 million, noting the Office's indemnity."),
        ("h", "16. Termination"),
        ("p", "16.1 The Office may terminate this Contract at any time by giving one month's written notice, without giving reasons."),
        ("p", "16.2 The Office may terminate this Contract immediately if the insurance required by clause 15 lapses."),
        ("h", "17. Governing law"),
        ("p", "17.1 This Contract is governed by the laws of Ireland, without regard to conflict of laws rules, and the Irish courts have exclusive jurisdiction."),
        ("h", "Schedule 1 - Tour timetable and rates"),
        ("table", [
            ["Tour", "Language", "Days", "Rate per tour (EUR)"],
            ["Fort and souterrain, 45 minutes", "English", "Daily, on the hour, 10:00 to 16:00", "68"],
            ["Fort and souterrain, 45 minutes", "Irish", "Saturdays and Sundays, 11:30", "74"],
            ["Fort and souterrain, 45 minutes", "French or German", "Tuesdays and Thursdays, July and August", "82"],
            ["Schools programme, 90 minutes", "English or Irish", "By booking, April to June", "120"],
        ]),
        ("p", "Signed for the Office of Public Heritage Sites by Clodagh Ni Bhriain, Head of Visitor Services. Signed for Ceardlann Heritage Services Limited by Tadhg Moloney, Managing Director."),
    ],
    "verdicts": V("""
ES-01 pass  # clause 7.1: the Contractor and its Guides to act with integrity, objectivity, accountability, openness and honesty (five principle words)
ES-02 gap  # clause 5.1: a Code of Practice for Heritage Interpretation (technical); clause 5.2: the Civil Service Code binds the Office's staff (wrong party)
ES-03 pass  # clause 7.3: sub-contractors bound by obligations equivalent to clauses 7 to 10 (the ethics clauses)
ES-04 pass  # clause 7.2: induction before the first tour and each season on conduct, gifts, protected disclosures and corruption, with records
ES-05 pass  # clause 9.1: a protected disclosures procedure under the Protected Disclosures Act 2014 and no penalisation
ES-06 pass  # clause 10.1: no bribe or improper payment (Criminal Justice (Corruption Offences) Act 2018) and adequate procedures
ES-07 pass  # clause 12.1: assist with Freedom of Information Act 2014 requests within five working days
ES-08 pass  # clause 13.1: the Office may audit compliance with clauses 7 to 10, reviewed at the quarterly contract meeting
ES-09 gap  # clause 16: termination without reasons on notice and for lapsed insurance only; no remedy for an ethical breach
ES-10 gap  # clause 4.2: a tax clearance certificate only (financial); no ethics assurance or certificate
COI-01 gap  # clause 1.2 (precedence 'conflict') and clause 17.1 ('conflict of laws') only; no duty to avoid or notify conflicts of interest
COI-02 gap  # no term on managing conflicts or on the Office acting on them
COI-03 pass  # clause 8.1: no gifts or hospitality to Office officers, no gratuities from visitors or tour operators, and a register
COI-04 pass  # clause 11.1: one-year bar on former designated public officials under the Regulation of Lobbying Act 2015 without consent
COI-05 gap  # no declarations or register of interests for the Contractor's staff (clause 8.1 register is of gifts only)
COI-06 weak  # clause 11.2: 'is encouraged to tell the Office' of links with the tender evaluation board (permissive)
CDM-01 gap  # clause 14.1: visitors' complaints go to the Office's own Customer Service Unit (wrong party); clause 14.2 only passes complaints on
CDM-02 gap  # clause 14.3: 'is not required to keep or report complaint statistics'
CDM-03 pass  # clause 14.4: invite visitors to the feedback survey after each tour and send a monthly summary
CDM-04 pass  # clause 14.5: co-operate with the Office and the Office of the Ombudsman and implement remedies
CDM-05 weak  # clause 14.6: the Contractor 'may review visitor feedback'
CDM-06 gap  # clause 14.1: the acknowledgement and reply times are the Office's own under its Customer Charter (wrong party); clause 14.2 is a forwarding deadline, not a response time
"""),
})

# ---------------------------------------------------------------------------------------------
# c12: World Bank-financed contract: Contract Agreement, GCC extract, SCC table, Specification, Appendix
CONTRACTS.append({
    "file": "c12-cash-transfer-payments.docx",
    "build": "docx-lo",
    "title": "Contract for Non-Consulting Services: Delivery of Social Cash Transfer Payments",
    "subject": "delivery of bi-monthly social cash transfer payments to beneficiary households through mobile money and pay points",
    "jurisdiction": "Malawi (ministry project unit, financed by the International Development Association); World Bank-style Contract Agreement, General Conditions of Contract (GCC), Special Conditions of Contract (SCC) table and Sanctionable Practices",
    "parties": "Client / Service Provider",
    "shapes": "a Contract Agreement that lists the contract documents (numbered list) and carries the Service Provider's disclosure of relationships and unfair competitive advantage; GCC 3.3 Sanctionable Practices with Appendix 1 definitions only; a Code of Conduct for Payment Agents flowed down with GCC 3.3 into every subcontract; reporting of Sanctionable Practice allegations and non-retaliation including reports to the Bank; inspection and audit of compliance with GCC 3.3 and 3.4; termination for Sanctionable Practice and for conflicts; an SCC table that disapplies GCC 3.5 (former Client staff) and says SCC prevail 'Whenever there is a conflict'; a compliance officer only (structures); 'may maintain a register of interests'; hospitality meals for committee members (catering); 'integrity of the beneficiary payroll'; confidentiality only; a grievance redress mechanism with timescales, monthly reports and quarterly trend analysis; 'may conduct' satisfaction surveys; UNCITRAL arbitration",
    "blocks": [
        ("title", "CONTRACT FOR NON-CONSULTING SERVICES \u2013 DELIVERY OF SOCIAL CASH TRANSFER PAYMENTS (LOT 2: SOUTHERN REGION)"),
        ("h1", "CONTRACT AGREEMENT"),
        ("p", "THIS AGREEMENT is made on 3 November 2025 between the Ministry of Social Welfare and Community Resilience of the Republic of Malawi, acting through its Cash Transfer Delivery Unit, Capital Hill, Lilongwe (the \u201cClient\u201d), and Chuma Mobile Payments Limited, Plot 14/221 Chilembwe Road, Blantyre (the \u201cService Provider\u201d)."),
        ("p", "WHEREAS the Client has received financing from the International Development Association (the \u201cBank\u201d) under Credit No. 7316-MW towards the cost of the Social Safety Net Resilience Project, and intends to apply part of the proceeds to payments under this Contract; and WHEREAS the Service Provider has agreed to provide the Services on the terms of this Contract;"),
        ("p", "NOW THEREFORE the parties agree as follows. The following documents form the Contract and are read as a whole:"),
        ("list", "num", [
            "this Contract Agreement;",
            "the Special Conditions of Contract;",
            "the General Conditions of Contract, including Appendix 1 (Fraud and Corruption);",
            "the Specification of Services;",
            "the Service Provider\u2019s Bid and Letter of Bid; and",
            "the Activity Schedule and price breakdown.",
        ]),
        ("p", "The Service Provider confirms that it has disclosed in its Bid, and will promptly update during the Contract, any relationship between the Service Provider, its owners or key personnel and any Client staff who prepared the bidding document or evaluated the bids, and any other matter that might give it an unfair competitive advantage."),
        ("p", "IN WITNESS WHEREOF the parties have signed this Agreement on the date first written. For the Client: Dr Chisomo Banda-Mwale, Programme Coordinator. For the Service Provider: Wezi Kalindawalo, Managing Director."),
        ("h1", "GENERAL CONDITIONS OF CONTRACT (EXTRACT)"),
        ("h", "GCC 1. Definitions"),
        ("p", "1.1 \u201cBeneficiary\u201d means a member of a household enrolled in the Social Cash Transfer Programme whose name appears on the payroll issued by the Client; \u201cPayment Agent\u201d means any person engaged by the Service Provider, directly or through a subcontractor, to make payments to Beneficiaries; and \u201cPersonnel\u201d means the employees of the Service Provider and of its subcontractors, including Payment Agents."),
        ("h", "GCC 3.2 Conflict of Interest"),
        ("p", "3.2.1 The Service Provider shall hold the Client\u2019s interests paramount, shall strictly avoid any conflict between the Services and its other business or that of its Personnel, and shall promptly notify the Client in writing of any actual or potential conflict of interest."),
        ("p", "3.2.2 The Service Provider shall take such measures to eliminate or mitigate a notified conflict as the Client may direct. If the conflict cannot be eliminated, the Client may terminate the Contract under GCC 6.1."),
        ("h", "GCC 3.3 Sanctionable Practices"),
        ("p", "3.3.1 The Service Provider shall not engage, and shall ensure that its Personnel do not engage, in any Sanctionable Practice, being a corrupt, fraudulent, collusive, coercive or obstructive practice as defined in Appendix 1, in competing for or executing the Contract, and shall maintain adequate controls to prevent any deduction from, or diversion of, Beneficiaries\u2019 payments."),
        ("p", "3.3.2 The Service Provider shall report to the Client within 48 hours any allegation of a Sanctionable Practice relating to the Contract, and shall not dismiss, penalise or otherwise retaliate against any Personnel or Payment Agent who reports such an allegation in good faith to the Service Provider, the Client or the Bank."),
        ("h", "GCC 3.4 Code of Conduct"),
        ("p", "3.4.1 The Service Provider shall adopt, and shall require every Payment Agent to sign and comply with, a Code of Conduct for Payment Agents that prohibits the solicitation of any payment from Beneficiaries, sexual exploitation and abuse, and undisclosed conflicts of interest."),
        ("h", "GCC 3.5 Former Client Staff"),
        ("p", "3.5.1 The Service Provider shall not employ on the Services any person who, within the 12 months before the date of the Contract, was employed by the Client in connection with the selection of the Service Provider."),
        ("h", "GCC 3.6 Confidentiality"),
        ("p", "3.6.1 The Service Provider shall not disclose any information relating to the Contract, the Beneficiaries or the Client\u2019s business without the Client\u2019s prior written consent, and shall process Beneficiaries\u2019 personal data only for the purposes of the Contract."),
        ("h", "GCC 3.7 Accounting, Inspection and Auditing"),
        ("p", "3.7.1 The Service Provider shall keep accurate and systematic accounts and records of the Services, and shall permit, and shall cause its subcontractors to permit, the Client and the Bank to inspect those accounts and records and to have them audited by auditors appointed by the Bank, including to verify the Service Provider\u2019s compliance with GCC 3.3 and GCC 3.4."),
        ("h", "GCC 3.8 Compliance Officer"),
        ("p", "3.8.1 The Service Provider shall designate a senior Compliance Officer responsible for integrity and for the Code of Conduct for Payment Agents, and shall notify the Client of that person\u2019s name."),
        ("p", "3.8.2 The Service Provider may maintain a register of the interests of its managers and pay-point supervisors."),
        ("h", "GCC 4. Service Provider\u2019s Personnel"),
        ("p", "4.2 The Service Provider shall include GCC 3.3 and GCC 3.4 in every subcontract, including its contracts with Payment Agents, and shall enforce them."),
        ("p", "4.3 The Service Provider shall ensure that every member of its Personnel, before taking part in a payment event and every year after that, is trained on the Code of Conduct for Payment Agents, on Sanctionable Practices and on how to report them, and shall keep training records for inspection by the Client."),
        ("h", "GCC 6. Termination"),
        ("p", "6.1 The Client may terminate the Contract by not less than 14 days\u2019 written notice to the Service Provider if:"),
        ("list", "alpha", [
            "the Service Provider fails to remedy a failure in the performance of its obligations within 30 days of being notified;",
            "the Client determines that the Service Provider or its Personnel has engaged in a Sanctionable Practice in competing for or executing the Contract;",
            "a conflict of interest notified under GCC 3.2 cannot be eliminated; or",
            "the Service Provider becomes insolvent.",
        ]),
        ("h", "GCC 8. Settlement of Disputes"),
        ("p", "8.1 The parties shall seek to settle amicably any dispute arising out of the Contract. 8.2 Any dispute not settled within 28 days shall be referred to arbitration under the UNCITRAL Arbitration Rules."),
        ("h1", "SPECIAL CONDITIONS OF CONTRACT"),
        ("p", "The following Special Conditions of Contract (SCC) supplement or amend the GCC. Whenever there is a conflict, the provisions of the SCC prevail over those of the GCC."),
        ("table", [
            ["GCC clause", "Amendments of, and supplements to, the General Conditions of Contract"],
            ["1.1", "The Client is the Ministry of Social Welfare and Community Resilience, Cash Transfer Delivery Unit."],
            ["1.4", "The governing law is the law of the Republic of Malawi."],
            ["3.5", "GCC 3.5 does not apply to this Contract."],
            ["3.7", "The Client\u2019s internal audit directorate may also carry out the inspections provided for in GCC 3.7."],
            ["6.1(a)", "The period for remedy is 21 days."],
            ["8.2", "The seat of arbitration is Lilongwe and the language of the arbitration is English."],
        ]),
        ("h1", "SPECIFICATION OF SERVICES (EXTRACT)"),
        ("h", "Payment events"),
        ("p", "S.1 The Service Provider shall pay each Beneficiary on the Client\u2019s payroll every two months, by mobile money or in cash at a pay point within 8 km of the Beneficiary\u2019s village, and shall maintain the integrity of the beneficiary payroll and reconciliation records."),
        ("p", "S.2 The Service Provider shall provide hospitality (meals and refreshments) for Community Social Support Committee members attending payment orientation sessions; its cost is included in the Contract Price."),
        ("h", "Grievance redress mechanism"),
        ("p", "S.3 The Service Provider shall establish and operate, at every pay point and through a free telephone line, a grievance redress mechanism through which Beneficiaries may complain about payments, deductions or the conduct of Payment Agents, and shall publicise it at each payment event in Chichewa and English."),
        ("p", "S.4 The Service Provider shall acknowledge each grievance within 2 working days of receipt and shall resolve it, or refer it to the Client with its findings, within 15 working days."),
        ("p", "S.5 The Service Provider shall send the Client a monthly grievance report showing grievances received, resolved and pending, by type and district, and the average time to resolution."),
        ("p", "S.6 Each quarter the Service Provider shall analyse grievance trends and shall agree with the Client, and then implement, a corrective action plan for any recurring problem."),
        ("p", "S.7 The Service Provider may conduct short satisfaction surveys of Beneficiaries after payment events."),
        ("h1", "APPENDIX 1 \u2013 FRAUD AND CORRUPTION"),
        ("p", "For the purposes of GCC 3.3: \u201ccorrupt practice\u201d is the offering, giving, receiving or soliciting, directly or indirectly, of anything of value to influence improperly the actions of another party; \u201cfraudulent practice\u201d is any act or omission, including misrepresentation, that knowingly or recklessly misleads a party to obtain a financial or other benefit or to avoid an obligation; \u201ccollusive practice\u201d is an arrangement between two or more parties designed to achieve an improper purpose; \u201ccoercive practice\u201d is impairing or harming, or threatening to impair or harm, any party or its property to influence improperly its actions; and \u201cobstructive practice\u201d is deliberately destroying, falsifying or concealing evidence material to an investigation, or impeding the Bank\u2019s inspection and audit rights."),
    ],
    "verdicts": V("""
ES-01 gap  # Specification paragraph S.1: 'integrity of the beneficiary payroll' is record integrity only; no term binds the Service Provider to the Seven Principles or named ethical standards
ES-02 pass  # GCC 3.4.1: adopt and require Payment Agents to sign and comply with a Code of Conduct for Payment Agents
ES-03 pass  # GCC 4.2: GCC 3.3 (Sanctionable Practices) and GCC 3.4 (Code of Conduct) in every subcontract, enforced
ES-04 pass  # GCC 4.3: training on the Code of Conduct and Sanctionable Practices before payment events and yearly, with records
ES-05 pass  # GCC 3.3.2: report allegations of Sanctionable Practices to the Client within 48 hours; no retaliation against good-faith reporters, including to the Bank
ES-06 pass  # GCC 3.3.1: no corrupt or fraudulent practice (Appendix 1) and adequate controls
ES-07 gap  # GCC 3.6: confidentiality only; no co-operation with access to information or publication
ES-08 pass  # GCC 3.7.1: the Client and the Bank may inspect and audit records, including compliance with GCC 3.3 and 3.4 (SCC row 3.7 adds the Client's internal audit)
ES-09 pass  # GCC 6.1(b) and (c): termination where the Service Provider has engaged in a Sanctionable Practice or a conflict cannot be eliminated
ES-10 weak  # GCC 3.8.1: a designated Compliance Officer only (structures), with no assurance or certificate
COI-01 pass  # GCC 3.2.1: strictly avoid conflicts and promptly notify the Client in writing of any actual or potential conflict
COI-02 pass  # GCC 3.2.2: measures to eliminate or mitigate as the Client directs, and termination if the conflict cannot be eliminated
COI-03 gap  # Specification paragraph S.2: catering 'hospitality' for committee members only; no gifts or hospitality control
COI-04 gap  # GCC 3.5 (former Client staff) is disapplied by the SCC row for 3.5 'GCC 3.5 does not apply to this Contract'
COI-05 weak  # GCC 3.8.2: the Service Provider 'may maintain a register of the interests'
COI-06 pass  # Contract Agreement, paragraph before the signatures: confirms disclosure in its Bid of relationships with Client staff in preparation or evaluation, and unfair competitive advantage, updated during the Contract
CDM-01 pass  # Specification paragraph S.3: a publicised grievance redress mechanism for Beneficiaries at every pay point and by free telephone
CDM-02 pass  # Specification paragraph S.5: monthly grievance report with numbers received, resolved and pending and resolution times
CDM-03 weak  # Specification paragraph S.7: 'may conduct short satisfaction surveys'
CDM-04 gap  # GCC 8: amicable settlement and UNCITRAL arbitration between the parties only; no ombudsman or independent complaint escalation
CDM-05 pass  # Specification paragraph S.6: quarterly analysis of grievance trends and an agreed corrective action plan implemented
CDM-06 pass  # Specification paragraph S.4: acknowledgement within 2 working days and resolution or referral within 15 working days
"""),
})

# ---------------------------------------------------------------------------------------------
# c13: Canadian provincial (Saskatchewan) operating agreement, 'Contractor will', schedules varying the parts
CONTRACTS.append({
    "file": "c13-provincial-park-campground.odt",
    "build": "odt-lo",
    "title": "Campground Operating Agreement: Whitefish Narrows Provincial Park",
    "subject": "operation of a provincial park campground, its gatehouse and reservation desk under an operating agreement",
    "jurisdiction": "Canada (Saskatchewan provincial agency); provincial operating agreement in Parts with Schedules, 'Contractor will', FOIP Act, Ombudsman Saskatchewan",
    "parties": "Agency / Contractor",
    "shapes": "standards of conduct expected of holders of public office; the Contractor's own code of conduct; 'should consider including' Part 6 in subcontracts; orientation delivered to Agency park staff (training to the authority); The Public Interest Disclosure Act for Agency employees and the Agency's fraud prevention policy (wrong party); 'will use reasonable efforts' on FOIP requests and Ombudsman investigations; an audit of Part 6 switched off by Schedule B ('Section 14 does not apply to this Agreement'); termination on notice and for unpaid fees only; an officer-signed annual Compliance Certificate; a defined 'Conflict of Interest' used only by 'may propose a mitigation plan'; gifts register; a 12-month bar on former Agency staff; declarations of interests with nil declarations; 'The Agency expects' a proposal-stage disclosure; incident reporting without complaints; the Agency's own visitor survey; complaint timescales; analysis of complaints acted on; a Schedule A campground details table",
    "blocks": [
        ("title", "CAMPGROUND OPERATING AGREEMENT \u2013 WHITEFISH NARROWS PROVINCIAL PARK"),
        ("p", "This Agreement is made as of April 15, 2026 between the Saskatchewan Provincial Recreation Sites Agency (the \u201cAgency\u201d) and Boreal Trails Hospitality Ltd., a Saskatchewan corporation of 410 Spruce Ridge Road, Prince Albert, Saskatchewan S6V 4K2 (the \u201cContractor\u201d)."),
        ("h1", "PART 1 \u2013 INTERPRETATION"),
        ("h", "1. Definitions"),
        ("p", "1.1 In this Agreement:"),
        ("list", "alpha", [
            "\u201cCampground\u201d means the Whitefish Narrows campground, gatehouse, washroom and shower buildings and day-use area described in Schedule A;",
            "\u201cConflict of Interest\u201d means a situation in which the personal, financial or professional interests of the Contractor or any of its staff conflict, or may conflict, with the Contractor\u2019s duties under this Agreement;",
            "\u201cSeason\u201d means the period from the Victoria Day weekend to the Labour Day weekend in each year; and",
            "\u201cVisitor\u201d means any camper, day-use visitor or other member of the public using the Campground.",
        ]),
        ("p", "1.2 The Schedules form part of this Agreement. Schedule B varies the Parts of this Agreement, and Schedule B prevails if there is any conflict between it and the Parts."),
        ("h1", "PART 2 \u2013 SERVICES"),
        ("h", "2. Operation of the Campground"),
        ("p", "2.1 The Contractor will operate the Campground during each Season in accordance with the Agency\u2019s Campground Operations Standards, including registration at the gatehouse, collection of camping fees on the Agency\u2019s behalf, cleaning of washrooms and showers twice daily, firewood sales and site maintenance."),
        ("p", "2.2 The Contractor will deposit all camping fees collected into the Agency\u2019s account within two business days and will reconcile the fees to the reservation system each week."),
        ("h", "3. Staff"),
        ("p", "3.1 The Contractor will deliver, each May, a two-hour orientation to the Agency\u2019s park staff on the Contractor\u2019s gatehouse procedures and the reservation system."),
        ("p", "3.2 The Contractor will ensure that all gatehouse staff complete the Agency\u2019s bear awareness module and WHMIS training before the start of each Season."),
        ("h1", "PART 6 \u2013 ETHICAL CONDUCT"),
        ("h", "6. Standards of conduct"),
        ("p", "6.1 The Contractor will uphold the standards of conduct expected of holders of public office, and will ensure that its staff deal with Visitors honestly, impartially and courteously."),
        ("p", "6.2 The Contractor will adopt and maintain a written code of conduct for its staff covering honesty in handling fees, fair allocation of campsites, and the refusal of gifts from Visitors, and will ensure that its staff comply with it."),
        ("p", "6.3 The Contractor should consider including the requirements of this Part 6 in any subcontract for services at the Campground."),
        ("p", "6.4 The Contractor will not offer or give any gift or hospitality to any employee of the Agency, and will record in a register any gift or hospitality offered to its managers by suppliers or Visitors."),
        ("p", "6.5 The Contractor will not employ as Campground manager, during the term of this Agreement, any person who was employed by the Agency in the previous 12 months in a role connected with awarding or managing this Agreement, unless the Agency consents in writing."),
        ("p", "6.6 Where a Conflict of Interest arises, the Contractor may propose a mitigation plan to the Agency."),
        ("p", "6.7 Each spring the Contractor will obtain a written declaration of interests, or a nil declaration, from each of its directors and Campground managers, will keep the declarations in a register of interests, and will provide the register to the Agency with its annual report."),
        ("p", "6.8 The Agency expects proponents to have disclosed any relationship with members of the evaluation committee before this Agreement was awarded."),
        ("p", "6.9 By November 30 each year the Contractor will deliver to the Agency a Compliance Certificate, signed by an officer of the Contractor, confirming that the Contractor complied with this Part 6 during the Season and that it maintains the policies and supervisory arrangements that support that compliance."),
        ("h", "7. Agency policies"),
        ("p", "7.1 Employees of the Agency may make disclosures of wrongdoing under The Public Interest Disclosure Act, and the Agency will investigate any irregularity in fee collection under its Fraud Prevention Policy, which applies to Agency employees."),
        ("h1", "PART 8 \u2013 VISITORS"),
        ("h", "8. Complaints"),
        ("p", "8.1 The Contractor will operate a complaint procedure for Visitors, posted at the gatehouse and on the reservation website, under which a Visitor may complain in person, by telephone or in writing about any aspect of the Contractor\u2019s services."),
        ("p", "8.2 The Contractor will acknowledge each written complaint within two business days and will give the Visitor a written response within 10 business days."),
        ("p", "8.3 After each Season the Contractor will analyse the complaints received for recurring issues and will act on them before the next Season."),
        ("p", "8.4 The Contractor will use reasonable efforts to co-operate with the Ombudsman Saskatchewan in any investigation of a complaint about the Campground."),
        ("p", "8.5 The Agency conducts its own annual visitor satisfaction survey of provincial park users."),
        ("h", "9. Reporting"),
        ("p", "9.1 The Contractor will report to the Park Manager within 24 hours every incident involving injury to a Visitor, a wildlife encounter or the attendance of police, and will deliver an annual report by November 30 showing occupancy, fees collected and maintenance carried out."),
        ("h1", "PART 10 \u2013 INFORMATION AND RECORDS"),
        ("h", "10. Access to information"),
        ("p", "10.1 The Contractor will use reasonable efforts to assist the Agency in responding to any access request under The Freedom of Information and Protection of Privacy Act concerning records about the Campground."),
        ("h", "14. Audit and inspection"),
        ("p", "14.1 The Agency may audit the Contractor\u2019s compliance with Part 6 (Ethical Conduct) on 10 business days\u2019 notice, and the Contractor will give the Agency access to its records and staff for that purpose."),
        ("h1", "PART 11 \u2013 TERM AND TERMINATION"),
        ("h", "15. Term and termination"),
        ("p", "15.1 This Agreement runs for the 2026, 2027 and 2028 Seasons. Either party may terminate it on 60 days\u2019 written notice to the other."),
        ("p", "15.2 The Agency may terminate this Agreement on 10 days\u2019 notice if the Contractor fails to deposit camping fees as required by section 2.2."),
        ("h1", "SCHEDULE A \u2013 CAMPGROUND DETAILS"),
        ("table", [
            ["Item", "Details"],
            ["Campsites", "112 electrified sites, 38 unserviced sites and 6 group sites"],
            ["Buildings", "Gatehouse, two washroom and shower buildings, sani-dump station"],
            ["Season dates", "Victoria Day weekend to Labour Day weekend"],
            ["Gatehouse hours", "8:00 a.m. to 10:00 p.m. daily during the Season"],
            ["Operating fee", "The Contractor retains 18 percent of camping fees collected, paid monthly by the Agency"],
        ]),
        ("h1", "SCHEDULE B \u2013 SPECIAL CONDITIONS"),
        ("p", "B.1 Section 14 (Audit and inspection) does not apply to this Agreement."),
        ("p", "B.2 In section 2.1, washrooms and showers in the group-site area are cleaned once daily."),
        ("p", "Signed for the Saskatchewan Provincial Recreation Sites Agency by Darlene Thibodeau-Marsh, Director of Park Operations. Signed for Boreal Trails Hospitality Ltd. by Nolan Kwasniewski, President."),
    ],
    "verdicts": V("""
ES-01 pass  # section 6.1: the Contractor will uphold the standards of conduct expected of holders of public office
ES-02 pass  # section 6.2: adopt and maintain a written code of conduct and ensure staff comply with it
ES-03 weak  # section 6.3: 'should consider including' Part 6 in subcontracts (permissive)
ES-04 gap  # section 3.1: orientation delivered to the Agency's staff (training to the authority); section 3.2 bear awareness and WHMIS only
ES-05 gap  # section 7.1: disclosures of wrongdoing by Agency employees under The Public Interest Disclosure Act (wrong party); no Contractor route, reporting duty or non-retaliation
ES-06 gap  # section 7.1: the Agency's Fraud Prevention Policy applies to Agency employees (wrong party); no Contractor anti-bribery or fraud duty
ES-07 weak  # section 10.1: 'will use reasonable efforts to assist' with FOIP access requests
ES-08 gap  # section 14.1 (audit of Part 6) is disapplied by Schedule B paragraph B.1 'Section 14 (Audit and inspection) does not apply to this Agreement'
ES-09 gap  # section 15: termination on notice and for failure to deposit fees only; no remedy for an ethical breach
ES-10 pass  # section 6.9: a yearly Compliance Certificate signed by an officer on Part 6, with the supporting policies and supervisory arrangements
COI-01 gap  # section 1.1(b) defines 'Conflict of Interest', used only by the permissive section 6.6; no duty to avoid or notify conflicts
COI-02 weak  # section 6.6: the Contractor 'may propose a mitigation plan'
COI-03 pass  # section 6.4: no gifts or hospitality to Agency employees, and a register of gifts and hospitality offered to managers
COI-04 pass  # section 6.5: no former Agency employee connected with awarding or managing the Agreement as manager within 12 months without consent
COI-05 pass  # section 6.7: declarations of interests or nil declarations from directors and managers each spring, a register given to the Agency
COI-06 weak  # section 6.8: 'The Agency expects' a proposal-stage disclosure of relationships with the evaluation committee
CDM-01 pass  # section 8.1: a Visitor complaint procedure posted at the gatehouse and online
CDM-02 gap  # section 9.1: incident reports and an annual report on occupancy, fees and maintenance only; no complaint data reported
CDM-03 gap  # section 8.5: the Agency's own visitor satisfaction survey (wrong party); no Contractor feedback duty
CDM-04 weak  # section 8.4: 'will use reasonable efforts to co-operate' with the Ombudsman Saskatchewan
CDM-05 pass  # section 8.3: analyse complaints after each Season for recurring issues and act on them
CDM-06 pass  # section 8.2: acknowledgement within two business days and written response within 10 business days
"""),
})

# ---------------------------------------------------------------------------------------------
# c14: plain-English grant offer letter from a city council to a charity
CONTRACTS.append({
    "file": "c14-repair-cafe-grant-letter.md",
    "build": "md",
    "title": "Grant offer letter: Mend and Lend tool library and repair cafes",
    "subject": "a two-year grant to a charity running a tool library and monthly repair cafes",
    "jurisdiction": "England (city council); plain-English grant offer letter in 'we' and 'you' with numbered conditions and a payments table",
    "parties": "we (Council) / you (charity, Grantee)",
    "shapes": "plain-English 'we' and 'you' conditions; 'You must follow the Seven Principles'; 'You don't need to sign up to our Supplier Code of Conduct'; the same rules for any organisation you pay; an induction on the Seven Principles, conflicts and fraud with records; 'You may want to set up' a way to raise concerns; 'You should consider' fraud checks; FOI help expressly not required; conflict notice and the Council's directions; a trustees' register of interests with nil returns; 'We encourage you to tell us' about former Council staff; Gift Aid on donations; the grants panel's own declarations (wrong party); users' complaints to the Council's corporate procedure (wrong party) with 'You should aim to reply'; complaint numbers only 'If we ask'; feedback every three months reported; quarterly review of feedback and complaints acted on; 'we expect you to help' the LGSCO; clawback for breach of the conduct conditions; a chair-signed yearly statement; a payments table",
    "blocks": [
        ("title", "Grant offer letter: Mend and Lend tool library and repair caf\u00e9s"),
        ("p", "Castlebridge City Council, Communities Team, Guildhall Square, Castlebridge CB3 1GH"),
        ("p", "To: The Trustees, Mend and Lend Castlebridge (registered charity number 1189347), The Old Fire Station, Wharf Street, Castlebridge CB5 8DN"),
        ("p", "Date: 2 June 2025. Our reference: CCC/CG/2025/118"),
        ("p", "Dear Trustees,"),
        ("p", "We are pleased to offer you a grant of up to \u00a338,500 from our Community Resilience Fund towards running the Mend and Lend tool library and a monthly repair caf\u00e9 in each of the city\u2019s four neighbourhood hubs, from 1 July 2025 to 30 June 2027. This letter, with the conditions below, is our grant agreement with you. In this letter \u201cwe\u201d and \u201cus\u201d mean Castlebridge City Council and \u201cyou\u201d means Mend and Lend Castlebridge. Please read the conditions carefully before you sign."),
        ("h", "1. What the grant is for"),
        ("p", "1.1 You must use the grant only for the project described in your application of 14 March 2025: lending tools to residents free of charge, running repair caf\u00e9s where volunteers fix household items, and running basic repair workshops for young people."),
        ("p", "1.2 You must not use the grant for anything else without our written agreement. If you spend less than the full amount on the project, you must tell us and we will agree with you whether you can keep the rest for the same purpose or must return it."),
        ("h", "2. When we will pay"),
        ("table", [
            ["Payment", "Amount", "When", "What we need first"],
            ["1", "\u00a312,500", "July 2025", "This letter signed and returned"],
            ["2", "\u00a39,500", "January 2026", "Your first six-monthly monitoring report"],
            ["3", "\u00a39,500", "July 2026", "Your second monitoring report and your annual statement under condition 8.2"],
            ["4", "\u00a37,000", "January 2027", "Your third monitoring report"],
        ]),
        ("h", "3. Reporting to us"),
        ("p", "3.1 You must send us a short monitoring report every six months, showing how many people borrowed tools, how many items were repaired and how many young people attended workshops."),
        ("p", "3.2 You must ask people who borrow tools or come to a repair caf\u00e9 for feedback at least every three months, and include a summary of what they said in each monitoring report."),
        ("h", "4. How you must behave"),
        ("p", "4.1 You must follow the Seven Principles of Public Life (the Nolan Principles) in everything you do with this grant, and make sure your staff, trustees and volunteers do too."),
        ("p", "4.2 You don\u2019t need to sign up to our Supplier Code of Conduct, which applies to the companies we buy goods and services from."),
        ("p", "4.3 If you pay another organisation to deliver any part of the project, you must make sure that it follows conditions 4 to 7 as well."),
        ("p", "4.4 You must make sure that every member of staff and every volunteer has an induction that covers the Seven Principles, conflicts of interest and how to spot fraud, and you must keep a record of who has had it."),
        ("p", "4.5 You may want to set up a simple way for your staff and volunteers to raise concerns about wrongdoing."),
        ("h", "5. Fraud"),
        ("p", "5.1 You should consider what checks you need to stop fraud, such as having two people count the cash from the repair caf\u00e9 donations box."),
        ("h", "6. Conflicts of interest"),
        ("p", "6.1 You must avoid conflicts of interest, and you must tell us in writing within 10 working days about any conflict of interest affecting the project, for example if a trustee or their family would benefit from a purchase made with the grant."),
        ("p", "6.2 If there is a conflict of interest, you must follow any steps we ask you to take to manage it."),
        ("p", "6.3 You must keep a register of your trustees\u2019 and senior staff\u2019s interests, ask each of them every year to declare their interests or confirm that they have none, and send us a copy of the register with your first monitoring report each year."),
        ("p", "6.4 We encourage you to tell us if you take on, for the project, anyone who worked for the Council in the last 12 months."),
        ("h", "7. Gifts and donations"),
        ("p", "7.1 Donations of money that residents put in the repair caf\u00e9 donations box may be eligible for Gift Aid, which you can claim from HMRC in the usual way."),
        ("h", "8. Checking and assurance"),
        ("p", "8.1 We may check that you are keeping to conditions 4 to 7, and you must let us see the records we ask for, including your register of interests and induction records."),
        ("p", "8.2 Each year, with your July monitoring report, you must send us a statement signed by your chair confirming that you have kept to conditions 4 to 7 over the past year and that you have the arrangements in place to keep doing so."),
        ("h", "9. Complaints"),
        ("p", "9.1 If someone who uses the tool library or a repair caf\u00e9 wants to make a complaint, they can use our corporate complaints procedure on our website."),
        ("p", "9.2 You should aim to reply to any complaint made directly to you within 10 working days."),
        ("p", "9.3 If we ask, you must tell us how many complaints you have had and what happened to them."),
        ("p", "9.4 Every three months you must look at the feedback and any complaints you have received, decide what to change as a result, and make those changes."),
        ("p", "9.5 If the Local Government and Social Care Ombudsman looks into a complaint about the project, we expect you to help them."),
        ("h", "10. Freedom of information"),
        ("p", "10.1 As a charity you are not covered by the Freedom of Information Act 2000, and you don\u2019t have to help us answer requests made to us under that Act about the project."),
        ("h", "11. If things go wrong"),
        ("p", "11.1 We can stop paying the grant, and ask you to pay back some or all of what we have paid, if you break any of conditions 4 to 7 or use the grant for something else."),
        ("p", "11.2 Members of our grants panel declared their interests before they decided your application, and we keep those declarations on file."),
        ("h", "12. Accepting this offer"),
        ("p", "Please sign and return a copy of this letter by 30 June 2025. Yours faithfully, Anjali Rathbone-Cole, Communities Manager, Castlebridge City Council."),
        ("p", "We accept the grant on these conditions. Signed for Mend and Lend Castlebridge by Owain Treharne-Lees, Chair of Trustees, and Priti Vasquez, Treasurer."),
    ],
    "verdicts": V("""
ES-01 pass  # condition 4.1: you must follow the Seven Principles of Public Life and make sure staff, trustees and volunteers do too
ES-02 gap  # condition 4.2: 'You don't need to sign up to our Supplier Code of Conduct' (negation); no other code of conduct required
ES-03 pass  # condition 4.3: any organisation you pay must follow conditions 4 to 7 (the conduct, fraud and conflicts conditions)
ES-04 pass  # condition 4.4: induction on the Seven Principles, conflicts of interest and fraud for all staff and volunteers, with records
ES-05 weak  # condition 4.5: 'You may want to set up' a way to raise concerns (permissive); no reporting duty elsewhere
ES-06 weak  # condition 5.1: 'You should consider what checks you need to stop fraud' (permissive)
ES-07 gap  # condition 10.1: 'you don't have to help us answer requests' under the Freedom of Information Act 2000 (negation)
ES-08 pass  # condition 8.1: the Council may check compliance with conditions 4 to 7 and you must let it see the records
ES-09 pass  # condition 11.1: payments stopped and clawback if you break any of conditions 4 to 7
ES-10 pass  # condition 8.2: a yearly statement signed by the chair that conditions 4 to 7 were kept and arrangements are in place
COI-01 pass  # condition 6.1: avoid conflicts of interest and tell the Council in writing within 10 working days
COI-02 pass  # condition 6.2: follow any steps the Council asks you to take to manage a conflict
COI-03 gap  # condition 7.1: Gift Aid on donations only; no gifts or hospitality control
COI-04 weak  # condition 6.4: 'We encourage you to tell us' about former Council staff (permissive)
COI-05 pass  # condition 6.3: a register of trustees' and senior staff's interests with yearly declarations or nil returns, sent to the Council
COI-06 gap  # condition 11.2: only the grants panel declared interests (wrong party); no disclosure by the charity
CDM-01 gap  # condition 9.1: users complain through the Council's corporate complaints procedure (wrong party); the charity need run no procedure
CDM-02 weak  # condition 9.3: complaint numbers and outcomes only 'If we ask' (on request)
CDM-03 pass  # condition 3.2: feedback collected at least every three months and summarised in each monitoring report
CDM-04 weak  # condition 9.5: 'we expect you to help' the Local Government and Social Care Ombudsman (permissive)
CDM-05 pass  # condition 9.4: every three months look at feedback and complaints, decide what to change and make the changes
CDM-06 weak  # condition 9.2: 'You should aim to reply' within 10 working days (permissive, and no acknowledgement time)
"""),
})

README_HEAD = """
# Blind set 19: drafting traditions

14 fictional public-service contracts (1,034-2,192 words) written blind to measure probity's 22
contract-clause rules (ES-01..ES-10, COI-01..COI-06, CDM-01..CDM-06) on text it was never tuned
on. Each is written in one drafting tradition as a practitioner from that place would write it,
and each puts its duties, traps and absences where that tradition puts them: in US exhibits and
signed certifications, NHS Service and General Conditions varied by local variations, Crown
Commercial Core Terms and Joint Schedules, Australian and New Zealand details schedules whose
Items switch clauses on and off, Canadian General Conditions under English / French headings,
World Bank GCC varied by an SCC table, Scottish special conditions, Irish public-body clauses and a
plain-English grant letter. Each `cNN-name.EXT` has `cNN-name.expected`: 22 lines in rule order,
`RULE pass|weak|gap  # why`, citing the clause, heading, item or row.

Rebuild and check: `python3 scripts/make-blind-set19.py` from the repository root (deletes and
rebuilds this folder; texts and verdicts are data in `scripts/blind_set19_contracts.py`). It
needs Python 3, LibreOffice (`soffice`, private profile under /tmp/lo19) and poppler's
`pdftotext`, and exits non-zero if any check fails. Two consecutive runs give byte-identical
files.

## How it was written

* **What was read.** Sections 1 and 2 of the rule catalogue (`../shared/rule-catalogue.md`, read
  with `sed -n '1,/^## 3/p'`), `fixtures/blind/README.md` (for the subjects already used),
  `fixtures/blind/set18/README.md`, and `scripts/make-blind-set18.py`, whose file-making machinery
  and checks were copied into `scripts/make-blind-set19.py`. Nothing under `src/`, `rules/`,
  `tests/` or `docs/`, no other fixture, no other `scripts/blind_set*_contracts.py` and not the
  set 16 bank was opened; cargo and probity were not run.
* **Slips, recorded honestly.** (1) Before creating the worktree I ran `git log --oneline | head
  -5` on the main branch, which printed the subjects of the five latest commits; they name some
  recent changes to probity made for set 18 (for example COI-02 decoys, an ES-03 flow-down under
  a conduct heading, CDM-02 frequencies, a disapplication limited in time, a CDM-01 defined term).
  I did not look at those changes, and no verdict here was set from them; this set avoids
  disapplications limited in time altogether. (2) `ls scripts/` printed the names of the other
  `scripts/blind_set*_contracts.py` files and the set 16 bank (names only; none was opened).
* **Method.** First a matrix of 22 rules by 14 contracts, so that every rule has at least 4
  passes and at least 4 non-passes, with the weak forms the catalogue names among the non-passes
  and each non-pass carried by a trap that belongs to the contract's tradition (a recital, a
  drafting note, a details-schedule Item or SCC row that switches a clause off, a special
  condition that disapplies a general one, a tracked deletion, a code or policy binding the
  authority's own officers, a certificate on one topic, a table of contents line, a heading over
  '[Reserved]'). Then each contract was drafted around its row of the matrix with the ordinary
  boilerplate of its tradition (term, price, insurance, precedence, governing law, disputes).
  Last, every verdict was re-read against the catalogue over the whole document, as a
  commissioner would read it, and the reason written into the `.expected` line. Two cross-rule
  couplings were kept in mind throughout: a duty to report suspected breaches to the authority
  passes ES-05 (so contracts where ES-05 fails carry no such duty anywhere, and their ES-06 duty
  has no notice limb), and a termination right tied to conflicts passes COI-02 and counts as an
  ethics link for ES-09 (so contracts where either fails have none).
* **Subjects** are new to the blind sets: interstate rest area custodial and traveler information
  services (Idaho), jail commissary and inmate telephones (a Kansas county), a community
  lymphoedema service (NHS ICB), video remand link support (a courts agency call-off), taxi and
  private hire driver safeguarding training and knowledge tests (an English district council),
  unpaid work placements under Community Payback Orders (a Scottish council), a summer holiday
  enrichment programme (a Welsh county borough council), rural financial counselling (an
  Australian Commonwealth agency), National Travel Assistance claims processing (an NZ health
  board), heritage canal lockstation operations (a Canadian federal agency), guided tours at a
  national monument (an Irish State heritage body), social cash transfer payment delivery (a
  World Bank-financed Malawian ministry unit), a provincial park campground (a Saskatchewan
  agency), and a grant letter for a tool library and repair cafes (an English city council). All
  parties, people, addresses and references are invented; real statutes, regulators, codes and
  ombudsmen are named.
* **Formats.** 4 DOCX written by LibreOffice from flat ODT with Heading 1 / Heading 2 styles and
  real list numbering ((a)/(i), 1., bullets, nested lists), one of them (c01) with a real table
  of contents whose entries are typed into the index (LibreOffice keeps them as a TOC field and
  does not regenerate them); 1 hand-built DOCX (c05) whose tracked insertions and deletions and
  comments decide verdicts; 3 ODT written by LibreOffice; 1 PDF written by LibreOffice with a page
  header and a page footer carrying the page number on every page (c08); 3 Markdown; 2 plain text,
  one (c02) with ALL-CAPS headings and no clause numbers or list markup at all, so its verdicts
  cite headings. Tables (responsible-party columns, details schedules, an SCC table, payment and
  site schedules) are in 13 of the 14 contracts.
* **Checks** (set 18's, plus the new formats): 22 well-formed lines per `.expected` in rule
  order, each citing a clause; at least 3 passes and 3 non-passes per rule; the format split;
  tables in at least four contracts; exactly one table of contents, in a LibreOffice DOCX with a
  TOC field; 1,000-2,200 words per contract; XML well-formedness and fixed timestamps of every zip
  member; every paragraph, list item, contents line and table cell present in LibreOffice's text
  export (DOCX, ODT), in `pdftotext` output (PDF) or in the file (text formats); list labels shown
  by LibreOffice before each list item (for the PDF, in `pdftotext -layout` output, since the
  reading order puts a label on its own line before nested items); the PDF header and the footer
  'page N of M' on every page; comment text and tracked-deleted text absent from the body; the
  ALL-CAPS text has upper-case headings and no list labels, clause numbers or underlines.
  LibreOffice's own plain-text export prints tracked deletions inline (the builder notes this for
  c05); the `.expected` files treat deletions and comments as not contract text and insertions as
  text.
"""

README_TAIL = """
## How the verdicts were decided (calls where the catalogue is thin)

* **pass** = the rule's topic, the provider side (section 1.1) and an obligation cue (section 1.2)
  in one sentence or clause, with no decoy that takes the duty away; **weak** = the weak forms
  the catalogue names (permissive, reasonable endeavours, generic where the topic must be named,
  definition-only, and each rule's own weak form); **gap** = everything else.
* **What counts as contract text.** Exhibits and schedules incorporated by reference (c01
  Exhibit C, incorporated by Sections 1.02 and 4.01), signed certifications attached as an exhibit
  or listed in special conditions (c01 Exhibit D, c10 2.8), the Contract Agreement (c12) and
  details-schedule Items are all text. Recitals are not operative (section 1.3): the seven
  principle words in c01's second WHEREAS recital bind no one (ES-01 gap). A table of contents
  line is not text (c01 'ARTICLE X ANNUAL ETHICS CERTIFICATION', whose article reads '[Reserved]').
  A bracketed drafting note is not text (c04 '[Guidance: ...]'). Tracked insertions are text;
  tracked deletions and comments are not (c05: 3.1 inserted Seven Principles pass; 3.3 deleted
  flow-down, 5.5 deleted former-officer bar and 8.2 deleted timescales gap; the comment proposing
  an annual statement is not a duty).
* **Variations that switch a clause off -> gap**, read across the document as a commissioner would,
  not only within the sentence: c03 Particulars local variation (a) 'GC27.6 shall not apply to
  this Contract' (ES-10), c06 Special Condition 1 'Clause 12.2 shall not apply to this Agreement'
  (ES-09 and, with it, the only conflict-linked right, COI-02), c08 Details Schedule Item 12
  'Not applicable' for clause 15.4 (ES-07), c09 Schedule 1 row 'Not applicable' for clause 9.5
  (COI-06), c12 SCC row 'GCC 3.5 does not apply to this Contract' (COI-04), c13 Schedule B
  paragraph B.1 'Section 14 (Audit and inspection) does not apply to this Agreement' (ES-08).
  Variations that only change a number or a frequency leave the clause standing (c03 variations
  (b) and (c), c06 Special Condition 2, c12 SCC rows 3.7 and 6.1(a), c13 B.2). An Item reading
  'Applies' switches its clause on (c08 Item 10, c09 row for clause 14).
* **Permissive and hedged wording -> weak:** 'expects' (c02 ES-01, c04 ES-02/ES-03, c06 COI-06,
  c07 COI-01, c09 ES-01/COI-04, c13 COI-06, c14 CDM-04 'we expect you to help'), 'is encouraged
  to' and 'We encourage you to' (c05 COI-05, c06 ES-01, c07 ES-02, c08 COI-03/CDM-05, c11 COI-06,
  c14 COI-04), 'may' and 'You may want to' (c02 ES-07, c04 CDM-03, c05 ES-05/CDM-05, c07 CDM-01,
  c08 ES-05, c09 COI-05, c12 COI-05/CDM-03, c13 COI-02, c14 ES-05), 'should consider' (c05 COI-02,
  c06 COI-03, c13 ES-03, c14 ES-06), 'should' alone, which is not an obligation cue of section 1.2
  (c09 COI-01), 'shall aim to' and 'should aim to' (c07 CDM-06, c14 CDM-06), 'will endeavour to'
  (c10 CDM-06), 'reasonable endeavours' and 'reasonable efforts' (c06 ES-06, c10 ES-03, c13 ES-07
  and CDM-04). 'Contractor will', 'Contractor agrees to' and plain-English 'you must' are
  obligation cues with the provider as subject ('you' is the grantee under the letter's own
  definition in c14).
* **Wrong party -> gap:** the authority's officers bound by their own codes, ethics laws or
  post-employment rules (c01 Section 4.02, c02 County Code of Ethics, c05 Members' and Officers'
  Codes, c06 6.5, c07 4.4, c08 Item 11 APS Values and post-separation policy, c10 GC 35.2 Values
  and Ethics Code, c11 5.2 Civil Service Code, c13 7.1 Public Interest Disclosure Act and Fraud
  Prevention Policy); the authority's own declarations (c03 GC39.1 panel under the Provider
  Selection Regime, c05 11.1 Contract Procedure Rules, c14 11.2 grants panel); the authority's own
  complaints procedure, charter times or survey (c04 Call-Off Schedule 20 paragraph 5, c11 14.1,
  c13 8.5, c14 9.1).
* **Rule by rule, where the catalogue's own forms decided.** ES-01: five or more principle words
  bound to the provider pass (c11 7.1), as does 'the standards of conduct expected of holders of
  public office' (c13 6.1); 'integrity' alone is a decoy (c12 S.1, c10 GC 41 heading). ES-02: the
  Commonwealth Supplier Code of Conduct, the NZ Government Supplier Code of Conduct, Canada's Code
  of Conduct for Procurement, a Vendor Code of Ethics and a Code of Conduct for Payment Agents are
  codes of conduct; an infection control code of practice, a heritage interpretation code of
  practice and PREA standards are technical, and a 'Not applicable' row or 'You don't need to
  sign up' leaves none. ES-04: 'appropriately trained and qualified', an 'orientation program' or
  'an induction programme' alone is weak (c01, c04, c09); safety, first aid, hygiene, bear
  awareness and official-languages training, or an orientation the provider gives the authority's
  staff, is a gap (c06, c07, c10, c13). ES-05: any one element passes, including a duty to report
  bribe offers or suspected Sanctionable Practices to the authority (c02, c12); a gag on public
  statements is adverse (c10). ES-06: an Act named only in a list of Laws with 'comply with all
  Laws' is a gap (c07); a kickback ban with a carve-out for the lawful site commission still
  passes (c02). ES-08: an audit naming the ethics clauses or code passes (c01, c04, c06, c08, c11,
  c12, c14); a general inspection or audit of records is weak (c02, c03, c07, c09); costs,
  invoices and registers only is a gap (c05, c10). ES-09: 'material breach' with no ethics link
  is weak (c02, c03, c08); notice, insurance-lapse and unpaid-fee terminations are gaps (c11,
  c13). ES-10: a one-topic certificate (anti-kickback c01, contingency fees c10, fraud c09) or
  structures only (Ethics Lead c07, Compliance Officer c12) is weak; a tax clearance, an audited
  statement of commissions, a financial Self Audit Certificate, the Data Security and Protection
  Toolkit and an insurance certificate are gaps. COI-01: precedence 'conflict', 'conflict of
  laws', training on conflicts, and a defined 'Conflict of Interest' used only by a permissive
  clause impose no duty (c02, c11, c13). COI-02: the authority's right to direct steps or to
  terminate for an unresolved conflict passes (c01, c03, c04, c08, c09, c10, c12, c14). COI-04:
  TUPE transfers of former NHS staff are a gap (c03). COI-06: the disclosure of relationships with
  those who ran the award, kept current, passes COI-06 and is not read as the general conflicts
  duty of COI-01 (c07); debarment, conviction, sanctions and employee-entitlement warranties are
  exclusion grounds (c02, c08). CDM-01: a complaints route run by the authority, with the
  provider only passing complaints on, is a gap (c11, c14). CDM-02: complaint data only 'Upon the
  County's request', 'if the Council asks' or 'If we ask' is weak (c02, c07, c14). CDM-03: a
  staff engagement survey is a gap (c09); the provider handing out the authority's feedback survey
  and sending a monthly summary passes (c11 14.4). CDM-04: arbitration, CEDR mediation, an
  administrative hearing and Canada's Office of the Procurement Ombudsman (supplier disputes) are
  decoys. CDM-05: root cause of outages, faults and accidents and safety lessons learned are
  decoys; where CDM-05 passes without CDM-02, the analysis duty carries no reporting to the
  authority (c13 8.3, c14 9.4). CDM-06: a pass needs both an acknowledgement and a response time
  (c09's 'decision within 10 working days of acknowledging' is the Right 10 response step); a
  same-day duty to pass complaints on is not a handling timescale (c11 14.2).
* **Foreign equivalents, read by function.** The Idaho Public Records Act, the Kansas Open
  Records Act, the Freedom of Information Act 1982 (Cth), the Official Information Act 1982 (NZ),
  the Access to Information Act (Canada), Saskatchewan's Freedom of Information and Protection of
  Privacy Act, the Freedom of Information Act 2014 (Ireland) and FOISA are FOI laws for ES-07; the
  Commonwealth Ombudsman, the Health and Disability Commissioner and the Ombudsman (NZ), the Office
  of the Ombudsman (Ireland), Ombudsman Saskatchewan, the SPSO, the PSOW, the LGSCO and the PHSO
  are ombudsmen for CDM-04. Party labels not in section 1.1 ('Office', 'Agency', 'Canada',
  'Customer', 'Client', 'Grantee', 'you' / 'we') are read from each parties clause; in c12 the
  Bank's inspection and audit right is joined with the Client's.

## Less certain calls

c13 COI-01 (a defined 'Conflict of Interest' used only by a permissive mitigation clause, read as
gap rather than definition-only weak; either is a non-pass); c04 ES-10 (anti-bribery procedures
under Core Terms 27.2 read as the ES-06 duty, not a structures-only assurance, so gap rather than
weak); c04 CDM-03 ('may survey court users, such as legal representatives and court staff',
permissive, read as weak although the users named are partly staff); c07 COI-01 weak beside the
COI-06 disclosure 'shall update that disclosure promptly if it changes' (kept to COI-06); c09
COI-01 ('should tell', read as permissive); c10 CDM-06 ('will endeavour to respond' read like
reasonable endeavours); c11 CDM-03 (the Office's survey, administered and summarised by the
Contractor, read as pass); c11 CDM-06 (a forwarding deadline read as no handling timescale); c14 CDM-01 gap while the letter's 9.2 hedges a reply time to complaints made directly to the
charity.
"""
