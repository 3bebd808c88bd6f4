"""Blind set 23: contract texts and verdicts (data only), rendered by scripts/make-blind-set23.py.

Contracts published as packs of several files (core terms or a letter of award, then schedules).
All parties, people, places and reference numbers are invented; statutes, regulators and
ombudsmen named are real.

Block types:
  ("title", text)   ("h1", text)   ("h2", text)   ("p", text)
  ("ul", [items])   ("ol", [items])   ("toc", [lines])
  ("table", [[cells], ...], header_row)   header_row True: the first row is a header row
A document: file, role ("core" or "schedule"), header/footer (page furniture; in md/txt they
are the first/last lines), ref_phrase (label, exact text) where the document names the
contract by its reference, blocks.
A verdict: V(rule, verdict, doc, why, ev=[sentences that must be in that document's extraction],
trap=[(doc, text)] decoys relied on in the comment, core_also=True when the core document passes too).
"""

RULES = ["ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
         "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
         "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06"]

FOLDERS = []
README = """# Blind set 23: contracts published as packs of several files

Five fictional public-service contracts published as packs (core terms or a letter of award, then
schedules, 3 files each) and two trap folders holding two contracts each, for measuring probity
on text it has never seen. probity should judge a pack's files as one contract because they state
the same contract reference (p01-p03), or because their folder holds `probity-pack.toml` (p04,
whose schedules state no reference, and p05, where no file states one); a rule is met if any
document meets it. The traps must NOT be joined: t01 holds two call-off contracts that cite the
same framework (`Framework Agreement NWF-2024-07`) but have their own call-off references and
providers; t02 holds two contracts of one provider with different contract references. All
parties, people, places and references are invented; the statutes, regulators and ombudsmen
named are real.

**Shortfall against the brief:** 5 packs, not 8-10, and pack sizes of about 2,000-2,500 words
(the builder accepts 2,000-4,500), because of the time available.

## Tools and versions

* **LibreOffice 7.4.7.2** (private profile `/tmp/lo23`): each DOCX, ODT and PDF is written by the
  builder as a flat ODT (`.fodt`: Title, Heading 1/2, Text body, Contents 1, List Bullet and List
  Number in `text:list`, tables with a header row, a page header and a footer with a page-number
  field) and converted with `soffice --headless --convert-to docx:"MS Word 2007 XML"`,
  `odt:writer8` or `pdf:writer_pdf_Export` (PDF with a text layer).
* **Markdown and plain text** are written by the builder: ATX headings, pipe tables (a header row
  or an empty one for key/value tables), `-` lists; text hard-wrapped at 90 columns, the title in
  capitals underlined, tables as `label: value` lines, page header and footer as first/last lines.
* **pdftotext 22.12.0 (poppler)** for the independent PDF extraction in the checks.

## How it is rebuilt

`python3 scripts/make-blind-set23.py` from the repository root (texts and verdicts in
`scripts/blind_set23_contracts.py`), about 10 seconds. It deletes and rebuilds this folder, builds
the whole set a second time in a scratch folder and compares the sha256 of every file, then runs
the checks; it exits non-zero if any fails. Only volatile parts of the tools' output are fixed:
zip member timestamps (1980-01-01), meta dates, LibreOffice's `Rsid`/`RsidRoot` settings and any
`officeooo:rsid`/`w:rsid` values (renumbered in order of first use), and in PDFs the
`/CreationDate` (fixed to 2026-01-12) and the `/ID` and `/DocChecksum` (refilled from an md5 of the
file with those fields blanked). Member order and everything else are as LibreOffice wrote them.

## How it was written

The verdict matrix (22 rules x 9 contracts) was fixed first, then each document drafted to it.
Evidence is spread across a pack's files on purpose: rules passed only in a schedule (ES-01,
ES-02, ES-04, COI-01, COI-02, CDM-02 ... see the list below), rules weak in the core but passed
in a schedule (p01 ES-01: core 4.1 'should have regard to', Schedule 2 para 2.1 'shall comply'),
a rule whose only clause is negated in one document and absent elsewhere (p02 COI-05, p03 ES-02,
p04 ES-07 and CDM-02), wrong-party clauses (p05 ES-01, t02a CDM-01), permissive wording
('should', 'may', 'is encouraged to', 'expects', 'will aim to', 'reasonable endeavours', 'when
asked'), a bracketed '[insert number]' placeholder, '[Not used]', a heading with no body, contents
lines, definition-only hits, and the catalogue's decoys in shared general terms: insurance
certificates, data-protection 'request, complaint or communication', sub-contracting consent and
liability, TUPE, 'armed conflict', precedence 'conflict or inconsistency', termination for
convenience, CEDR mediation, confidentiality, safety training, 'Law' definitions naming the
Bribery Act, a fraud carve-out in a liability cap, a financial-only audit, pool-water 'code of
practice', café 'hospitality', Gift Aid, a Staff survey and an exclusion-grounds confirmation.
Schedules name the contract by its reference in varied ways (cover line, title, table row, page
header or footer) and some repeat the provider's name in another form ('Ltd' for 'Limited', '&'
for 'and', the name without 'CIC'). After drafting, a keyword sweep printed every sentence of
every document of a contract touching each non-pass rule; it led to removing a KPI recovery
meeting and a complaints-return meeting from p01 (they came close to CDM-05) and to rewording
the safeguarding clause ('refer any safeguarding matter', not 'report any concern') so that it
does not read as speaking up.

Verdicts follow the catalogue: `pass` names the document carrying the best clause; where the core
also passes, the comment says so. A conflict clause that allows termination was kept out of
contracts whose ES-09 is not a pass, and p02's ethics termination (form 12.2) names only
Schedule 3 paras 1-4 so that it does not reach conflicts (COI-02 gap).

## Checks (the builder's)

Each `.expected` has a `provider:` line (the name as the core document writes it), a `documents:`
line and 22 `RULE verdict [document]  # why` lines in rule order, each citing a clause, paragraph,
row or heading; every listed document exists; every pass/weak names a listed document and its
evidence sentence is found in an independent extraction of that file (zipfile + ElementTree over
`word/document.xml` and header/footer parts, or ODT `content.xml` and the master pages of
`styles.xml`; `pdftotext` for PDF; the raw text with Markdown escapes removed for .md/.txt);
every duty sentence (obligation cue + provider word), heading, paragraph, list item and table
cell is found too (PDF and text cells word by word); each document that declares a reference
line contains it and the contract reference, the others do not (marker packs), and no document
states another contract's reference (a trap's shared framework reference excepted); traps have
distinct references and no marker, marker packs have one; 7-15 passes per contract; per rule at
least 2 passes, 2 non-passes and 1 weak; at least 6 rules passed somewhere only by a schedule;
each format at least 3 times and at least 2 PDFs; at least 5 reference phrasings; zip members
well-formed with fixed timestamps, ODT mimetype first and stored; two builds byte-identical.

## Less certain calls

* p01 CDM-05 weak: Schedule 4 para 1.1's quarterly return lists 'the main themes and the actions
  taken' (read as CDM-02 reporting content, not analysis); the only learning clause is 'should
  consider' (4.2).
* t01b ES-05 gap and t02a ES-05 weak: training on 'speaking up' / 'raising concerns' without any
  route is not read as a speaking-up route (t02a 2.3 'is encouraged to have' a procedure: weak).
* t01b COI-03 gap: 'gifts' appears only as a training topic (clause 2.2).
* t01b CDM-02 gap: quarterly analysis with an action plan (4.4) reports no complaint data.
* t02a CDM-01 gap: complaints go through the Council's own procedure; the Provider only passes
  them on within two Working Days (also read as no CDM-06 timescale).
* t02a CDM-02 pass: the Provider reports quarterly the complaints it passed on with outcomes.
* p03 COI-06 weak and t01a COI-06 weak: 'expects' disclosure of relationships with evaluators.
* p04 CDM-02 gap: reporting is disapplied for the first Contract Year and never required after.
* p04 CDM-03 weak: 'may collect' feedback; the youth forum (para 4) is participation, not data.
* p05 ES-10 weak: a yearly certificate covering anti-bribery (para 3.1) only.
* t02b ES-01 weak: three principle words with 'should bear in mind'.

## Corrected after the first run

* t02b ES-05: written as gap ('no speaking-up route'); probity found clause 2.3's 'shall notify
  the Council immediately of any suspected breach', which the catalogue's ES-05 counts ('report
  suspected breaches to A ... any one passes'). Changed to pass by the maintainer, not the
  writer; the first-run figure in `docs/accuracy.md` counts it both ways.

## What was read (blindness)

Read: sections 1-2 of the rule catalogue (`../shared/rule-catalogue.md`, with a glance at the
start of section 3 while paging), the repository README, `fixtures/blind/set22/README.md`,
`fixtures/blind/set22/c01-assisted-garden-maintenance.expected`, `scripts/make-blind-set22.py`
and the first lines of `scripts/blind_set22_contracts.py` (block format). No probity source, rule
pack, test or other fixture was opened; cargo and probity were not run.
"""


def V(rule, verdict, doc, why, ev=(), trap=(), core_also=False):
    return dict(rule=rule, verdict=verdict, doc=doc, why=why, ev=list(ev), trap=list(trap), core_also=core_also)


def sec(n, title, paras, sub=True):
    """A numbered section: heading 'n. title' and paragraphs 'n.1 ...'; a paragraph given as a
    tuple (kind, payload) is inserted as that block unnumbered."""
    out = [("h1", "%s. %s" % (n, title))]
    i = 0
    for p in paras:
        if isinstance(p, tuple):
            out.append(p)
            continue
        i += 1
        out.append(("p", ("%s.%d %s" % (n, i, p)) if sub else p))
    return out


def general(A, P, SU, law="England and Wales", only=None):
    """Rule-neutral general terms (title, [paragraphs]); each pack picks and numbers its own.
    Decoys on purpose: insurance certificates (ES-10), data-protection 'complaint' (CDM-01),
    sub-contracting consent and liability (ES-03), TUPE (COI-04), armed conflict and precedence
    'conflict' (COI-01), termination for convenience (ES-09, COI-02), CEDR mediation (CDM-04),
    confidentiality (ES-07), safety training (ES-04)."""
    g = {
        "term": ("Term", [
            "This Contract starts on the Commencement Date and continues for the Initial Term unless it is terminated earlier in accordance with its terms.",
            "The %s may extend the Contract once by up to twenty-four months by giving the %s not less than three months' written notice before the end of the Initial Term." % (A, P)]),
        "charges": ("Charges and payment", [
            "In consideration of the provision of the Services the %s shall pay the Charges set out in the pricing schedule." % A,
            "The %s shall invoice monthly in arrears, and each invoice shall state the purchase order number and the hours or units delivered in the month." % P,
            "The %s shall pay each valid and undisputed invoice within 30 days of receipt. The Charges are exclusive of VAT, which is payable at the prevailing rate on receipt of a valid VAT invoice." % A,
            "The Charges are fixed for the first Contract Year and are then reviewed each year by reference to the change in the Consumer Prices Index over the twelve months to the preceding December."]),
        "insurance": ("Insurance", [
            "The %s shall hold employer's liability insurance of at least five million pounds, public liability insurance of at least ten million pounds and professional indemnity insurance of at least two million pounds for each claim, and shall produce the insurance certificates when asked." % P]),
        "data": ("Data protection", [
            "The %s shall process Personal Data only on the documented instructions of the %s and in accordance with the UK GDPR and the Data Protection Act 2018." % (P, A),
            "The %s shall notify the %s within 48 hours of receiving any request, complaint or communication relating to either party's obligations under the data protection legislation, and shall give the %s reasonable help in responding to it." % (P, A, A)]),
        "safeguarding": ("Safeguarding", [
            "The %s shall ensure that every member of Staff who has contact with %s holds an enhanced Disclosure and Barring Service certificate with a check of the relevant barred list, renewed every three years." % (P, SU),
            "The %s shall follow the local multi-agency safeguarding procedures and shall refer any safeguarding matter about a named person to the safeguarding team of the %s on the same day." % (P, A)]),
        "safety": ("Health and safety", [
            "The %s shall comply with the Health and Safety at Work etc. Act 1974 and shall ensure that Staff are trained in manual handling, lone working and basic first aid where their role requires it." % P]),
        "subcontract": ("Sub-contracting and assignment", [
            "The %s shall not sub-contract any part of the Services without the %s's prior written consent, and shall remain responsible for the acts and omissions of its Sub-contractors as if they were its own." % (P, A),
            "The %s shall not assign or novate this Contract without the prior written consent of the %s." % (P, A)]),
        "tupe": ("Staff transfer", [
            "The parties acknowledge that the Transfer of Undertakings (Protection of Employment) Regulations 2006 may apply at the start and at the end of this Contract.",
            "Within 28 days of a request made in the last twelve months of the Term, the %s shall provide the %s with anonymised information about the Staff assigned to the Services." % (P, A)]),
        "convenience": ("Termination", [
            "The %s may terminate this Contract at any time without giving a reason by giving the %s at least three months' written notice." % (A, P),
            "On termination the %s shall co-operate in the orderly transfer of the Services and of %s' care or support records to the %s or to a replacement provider." % (P, SU, A)]),
        "force": ("Force majeure", [
            "Neither party is liable for any delay or failure caused by a Force Majeure Event, meaning an event beyond its reasonable control such as flood, fire, pandemic, armed conflict or terrorism, but not industrial action by that party's own workforce.",
            "If a Force Majeure Event prevents the delivery of the Services for more than 60 days, either party may end this Contract by written notice."]),
        "disputes": ("Dispute resolution", [
            "The parties shall try to resolve any dispute between them through their contract managers and then their senior officers. If the dispute is not resolved within 20 Working Days, either party may refer it to mediation under the Model Mediation Procedure of the Centre for Effective Dispute Resolution (CEDR) before starting court proceedings."]),
        "confidentiality": ("Confidentiality", [
            "Each party shall keep the other's Confidential Information confidential and shall not disclose it without the other's written consent, except to its professional advisers or where disclosure is required by law."]),
        "general": ("General", [
            "If there is any conflict or inconsistency between the clauses of this Contract and the Schedules, the clauses prevail, save that the Specification prevails as to the description of the Services.",
            "No variation of this Contract is effective unless it is in writing and signed by the authorised representatives of both parties.",
            "A person who is not a party to this Contract has no right to enforce any of its terms.",
            "This Contract is governed by the law of %s, and the courts of %s have exclusive jurisdiction." % (law, law)]),
        "mobilisation": ("Mobilisation", [
            "The %s shall deliver the mobilisation plan in its tender so that the Services are fully operational on the Commencement Date, and shall report progress against that plan to the %s every two weeks during the mobilisation period." % (P, A),
            "The %s shall provide the %s with the names and contact details of its contract manager, its operational lead and an out-of-hours contact before the Commencement Date." % (P, A)]),
        "exit": ("Exit", [
            "The %s shall maintain an exit plan, agreed with the %s within three months of the Commencement Date, describing how the Services will be handed over to the %s or a replacement provider with the least disruption to %s." % (P, A, A, SU),
            "During the last six months of the Term the %s shall provide the information the %s reasonably needs to re-procure the Services, including activity levels, staffing numbers and the location of equipment." % (P, A)]),
        "social": ("Social value and environment", [
            "The %s shall deliver the social value commitments in its tender, including local recruitment, apprenticeships and volunteering opportunities, and shall report progress against them to the %s every six months." % (P, A),
            "The %s shall take reasonable steps to reduce the carbon emissions of the Services, including by planning journeys to reduce mileage and by moving its fleet to electric or hybrid vehicles when they are replaced." % P]),
        "continuity": ("Business continuity", [
            "The %s shall maintain a business continuity plan for the Services, test it at least once in each Contract Year and give the %s a copy of the current plan on request." % (P, A)]),
    }
    keys = only or list(g)
    return [g[k] for k in keys]


def number(start, sections):
    out, n = [], start
    for title, paras in sections:
        out += sec(n, title, paras)
        n += 1
    return out


# =====================================================================================
# p01 home care and reablement: core DOCX, Schedule 2 ODT, Schedule 4 PDF
# =====================================================================================
P01_REF = "WCC/ASC/2025/114"
P01_CORE = "core-terms.docx"
P01_S2 = "schedule-2-standards.odt"
P01_S4 = "schedule-4-complaints-kpis.pdf"
p01_core = dict(file=P01_CORE, role="core", header="Westmarch County Council | OFFICIAL", footer="Home Care and Reablement Services Contract",
                ref_phrase=("Contract Reference: ...", "Contract Reference: " + P01_REF), blocks=[
    ("title", "Home Care and Reablement Services Contract: Core Terms"),
    ("p", "Contract Reference: " + P01_REF),
    ("p", "Contents"),
    ("toc", ["1. Definitions .......... 1", "2. Term .......... 2", "3. The Services .......... 2", "4. Standards of conduct .......... 2",
             "5. Complaints .......... 3", "6. Records and audit .......... 3", "7. Transparency .......... 3", "8-16. General terms .......... 4",
             "Schedule 2 Standards of Conduct and Conflicts of Interest", "Schedule 4 Complaints, Feedback and Key Performance Indicators"]),
    ("p", "This Agreement is made between (1) Westmarch County Council of County Hall, Bridge Street, Westmarch WM1 2AA (the \"Council\") and (2) Brightwell Home Care Limited, a company registered in England and Wales under number 08814432, whose registered office is at 14 Mill Lane, Westmarch WM3 7QT (the \"Provider\")."),
    ("p", "The Council wishes to buy home care and short-term reablement for adults in the south and east localities of the county, and the Provider has agreed to provide those services on the terms of this Agreement and its Schedules."),
] + sec(1, "Definitions", [
    "\"Commencement Date\" means 1 October 2025 and \"Initial Term\" means the period of four years from the Commencement Date.",
    "\"Conflict of Interest\" means a situation in which the personal, professional or financial interests of the Provider or its Staff conflict, or may conflict, with their duties under this Agreement.",
    "\"Service User\" means an adult whom the Council has assessed as eligible for care and support and referred to the Provider, and includes their representative where the context allows.",
    "\"Staff\" means the employees and agency workers of the Provider who are engaged in the Services; it does not include Sub-contractors or their workers.",
    "\"Working Day\" means a day other than a Saturday, a Sunday or a bank holiday in England.",
    "The Schedules form part of this Agreement: Schedule 1 (Specification), Schedule 2 (Standards of Conduct and Conflicts of Interest), Schedule 3 (Pricing) and Schedule 4 (Complaints, Feedback and Key Performance Indicators)."]) + sec(2, "Term", general("Council", "Provider", "Service Users")[0][1]) + sec(3, "The Services", [
    "The Provider shall deliver personal care, help with medication, meal preparation and reablement visits to each Service User in accordance with the Service User's support plan and Schedule 1.",
    "The Provider shall accept or decline each referral within four hours of receiving it on a Working Day and shall start the package of care within 48 hours of accepting it, or at the time agreed with the Council's brokerage team.",
    "The Provider shall maintain registration with the Care Quality Commission for the regulated activity of personal care throughout the Term and shall tell the Council within one Working Day of any inspection rating, warning notice or enforcement action.",
    "The Provider shall deliver the Services from a registered office within the county and shall keep a named coordinator on call from 7am to 10pm every day, including bank holidays, to deal with changes to visit times and missed visits.",
    "Reablement packages last up to six weeks. The Provider shall review progress with each Service User weekly and shall report to the Council's reablement coordinator when a Service User is ready for discharge from the service or needs a longer package of care."]) + sec(4, "Standards of conduct", [
    "The Provider should have regard to the Seven Principles of Public Life when delivering the Services.",
    "The Provider shall operate a whistleblowing procedure through which Staff can raise concerns in confidence, and shall not subject any member of Staff to any detriment for making a protected disclosure under the Public Interest Disclosure Act 1998, whether to the Provider, to the Council or to the Care Quality Commission.",
    "The Provider shall not offer, give, request or accept any bribe, inducement or reward in connection with this Agreement, shall maintain adequate procedures to prevent bribery by persons associated with it within the meaning of section 7 of the Bribery Act 2010, and shall notify the Council immediately of any breach or suspected breach of this clause 4.3.",
    "Schedule 2 sets out further standards of conduct and the arrangements for conflicts of interest."]) + sec(5, "Complaints", [
    "The Provider shall establish and operate a complaints procedure for Service Users and their representatives that meets Regulation 16 of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014, is free of charge to use, and is explained in the information folder left in each Service User's home.",
    "Schedule 4 sets out the complaint timescales, the reports the Provider must send to the Council and the key performance indicators."]) + sec(6, "Records and audit", [
    "The Provider shall keep complete and accurate records relating to the Services and the Charges for six years after the end of the Term.",
    "The Provider shall allow the Council, its internal auditors and the external auditor access to those records, to its premises and to its Staff on reasonable notice."]) + [
    ("h1", "7. Transparency"),
    ("p", "[Not used]"),
] + number(8, general("Council", "Provider", "Service Users", only=["charges", "insurance", "data", "safeguarding", "subcontract", "tupe", "convenience", "force", "disputes", "continuity", "general"])) + [
    ("p", "The Provider confirms that none of the mandatory or discretionary exclusion grounds in Schedules 6 and 7 to the Procurement Act 2023 applied to it at the date of award."),
    ("p", "Signed for and on behalf of Westmarch County Council by Helen Marsh, Director of Adult Social Care. Signed for and on behalf of Brightwell Home Care Limited by David Okafor, Managing Director."),
])

p01_s2 = dict(file=P01_S2, role="schedule", header="Westmarch County Council | Schedule 2", footer="Standards of Conduct and Conflicts of Interest",
              ref_phrase=("Contract No. ...", "Contract No. " + P01_REF), blocks=[
    ("title", "Schedule 2: Standards of Conduct and Conflicts of Interest"),
    ("p", "Contract No. " + P01_REF + " (Home Care and Reablement Services)"),
    ("p", "This Schedule forms part of the Contract and applies throughout the Term. Words defined in the Core Terms have the same meaning here."),
] + sec(1, "Purpose", [
    "Care is delivered in people's own homes, often to people who live alone and may not be able to speak up for themselves. The Council and the Provider agree that public money spent on that care carries the same expectations of conduct as if the Council delivered it directly."]) + sec(2, "Ethical standards", [
    "The Provider shall comply with, and shall ensure that its Staff comply with, the Seven Principles of Public Life (selflessness, integrity, objectivity, accountability, openness, honesty and leadership) in delivering the Services.",
    "The Provider shall adopt, issue to all Staff and comply with a written code of conduct that is at least as demanding as the HM Government Supplier Code of Conduct, and shall give the Council a copy within ten Working Days of the Commencement Date.",
    "The Provider shall ensure that all Staff complete induction training before their first visit, and refresher training every year, on its code of conduct, conflicts of interest, anti-bribery and how to raise concerns, and shall keep training records which it shall make available to the Council.",
    "The Council expects the Provider to ask any Sub-contractor to follow the standards in this Schedule.",
    "The Provider shall ensure that Staff wear their identity badge on every visit, never use a Service User's telephone, car or bank card for their own purposes, and never act as a witness to a Service User's will or hold a power of attorney for a Service User."]) + sec(3, "Conflicts of interest", [
    "The Provider shall take appropriate action to ensure that neither it nor any of its Staff is placed in a position where there is, or may be, an actual, potential or perceived Conflict of Interest, and shall notify the Council in writing within five Working Days of becoming aware of any such conflict, giving full details.",
    "Where a Conflict of Interest is notified or otherwise comes to light, the Provider shall put in place a mitigation plan agreed with the Council and shall follow any direction the Council gives to manage or remove the conflict.",
    "The Provider may keep a register of the interests declared by its managers and care coordinators."]) + [
    ("h1", "4. Gifts and hospitality"),
] + sec(5, "Review of this Schedule", [
    "The parties shall review this Schedule at the end of each Contract Year and may agree changes to it under the variation clause of the Core Terms."]) + [
    ("table", [["Paragraph", "Topic", "Owner at the Provider"],
               ["2.1 - 2.2", "Principles and code of conduct", "Managing Director"],
               ["2.3", "Training", "Training Manager"],
               ["3.1 - 3.2", "Conflicts of interest", "Registered Manager"]], True),
])

p01_s4 = dict(file=P01_S4, role="schedule", header="Westmarch County Council | Adult Social Care Commissioning", footer="Schedule 4",
              ref_phrase=("Ref: ...", "Ref: " + P01_REF), blocks=[
    ("title", "Schedule 4: Complaints, Feedback and Key Performance Indicators"),
    ("p", "Ref: " + P01_REF),
    ("p", "Provider: Brightwell Home Care Ltd"),
] + sec(1, "Complaint reporting", [
    "The Provider shall submit a quarterly complaints return to the Council within 15 Working Days of the end of each quarter, stating the number of complaints received, resolved, upheld, partially upheld and not upheld, the number answered within the timescales in paragraph 2, the main themes and the actions taken.",
    "The return shall include complaints made by Service Users, their families and advocates, and complaints passed to the Provider by the Council's customer relations team."]) + sec(2, "Timescales", [
    "The Provider shall acknowledge each complaint within three Working Days of receiving it and shall send a full written response within 20 Working Days, or within a longer period agreed with the complainant, explaining the reason for any delay."]) + sec(3, "Ombudsman", [
    "The Provider shall co-operate fully with any investigation of a complaint by the Council or by the Local Government and Social Care Ombudsman, including by answering questions, providing information and attending meetings, and shall implement any remedy the Ombudsman recommends."]) + sec(4, "Feedback from Service Users", [
    "The Provider shall carry out a satisfaction survey of Service Users and their carers at least every six months and shall report the results to the Council within one month of each survey closing.",
    "The Provider should consider whether complaints and survey results show any common themes."]) + sec(5, "Key performance indicators", [
    "The Provider shall report its performance against the indicators below in the monthly contract report.",
    ("table", [["KPI", "Measure", "Target", "Reported"],
               ["KPI 1", "Visits started within 30 minutes of the planned time", "95%", "Monthly"],
               ["KPI 2", "Packages started within 48 hours of acceptance", "90%", "Monthly"],
               ["KPI 3", "Reablement goals met at discharge", "75%", "Quarterly"],
               ["KPI 4", "Complaints acknowledged within 3 Working Days", "100%", "Quarterly"],
               ["KPI 5", "Staff turnover in the last twelve months", "Below 25%", "Quarterly"]], True),
    "KPI 5 is reported for information only and carries no service credit."]) + sec(6, "Contract meetings", [
    "The contract managers shall meet each quarter to discuss the monthly reports and any referrals the Provider has declined."]),
)

FOLDERS.append(dict(folder="p01-homecare-reablement", kind="pack", marker=False, contracts=[dict(
    id="p01-homecare-reablement", provider="Brightwell Home Care Limited", ref=P01_REF,
    subject="Home care and short-term reablement for adults", jurisdiction="English county council (adult social care)",
    parties="Westmarch County Council (the Council); Brightwell Home Care Limited (the Provider; 'Brightwell Home Care Ltd' in Schedule 4)",
    docs=[p01_core, p01_s2, p01_s4],
    verdicts=[
        V("ES-01", "pass", P01_S2, "Schedule 2 para 2.1: Provider shall comply and ensure Staff comply with the Seven Principles of Public Life (core terms 4.1 only 'should have regard to': weak)",
          ev=["The Provider shall comply with, and shall ensure that its Staff comply with, the Seven Principles of Public Life"], trap=[(P01_CORE, "The Provider should have regard to the Seven Principles of Public Life")]),
        V("ES-02", "pass", P01_S2, "Schedule 2 para 2.2: Provider shall adopt and comply with a written code of conduct at least as demanding as the Supplier Code of Conduct",
          ev=["shall adopt, issue to all Staff and comply with a written code of conduct"]),
        V("ES-03", "weak", P01_S2, "Schedule 2 para 2.4: the Council only 'expects' the Provider to ask Sub-contractors to follow the Schedule (core 12.1 is consent and liability only; 'Staff' in core 1.4 excludes Sub-contractors)",
          ev=["The Council expects the Provider to ask any Sub-contractor to follow the standards in this Schedule."]),
        V("ES-04", "pass", P01_S2, "Schedule 2 para 2.3: induction and yearly refresher training on the code, conflicts, anti-bribery and raising concerns, with training records",
          ev=["on its code of conduct, conflicts of interest, anti-bribery and how to raise concerns, and shall keep training records"]),
        V("ES-05", "pass", P01_CORE, "core terms clause 4.2: whistleblowing procedure and no detriment for protected disclosures to the Provider, the Council or the CQC",
          ev=["shall not subject any member of Staff to any detriment for making a protected disclosure"]),
        V("ES-06", "pass", P01_CORE, "core terms clause 4.3: no bribe or inducement, adequate procedures under s.7 Bribery Act 2010, immediate notice of breaches",
          ev=["shall maintain adequate procedures to prevent bribery by persons associated with it"]),
        V("ES-07", "gap", None, "core terms clause 7 'Transparency' is [Not used]; no FOI or publication duty in any document",
          trap=[(P01_CORE, "7. Transparency")]),
        V("ES-08", "weak", P01_CORE, "core terms clause 6.2: general access for the Council and auditors to records, premises and Staff, naming neither ethics nor Schedule 2",
          ev=["The Provider shall allow the Council, its internal auditors and the external auditor access to those records"]),
        V("ES-09", "gap", None, "core terms clause 14: termination for convenience (and force majeure) only; no remedy linked to an ethical breach in any document"),
        V("ES-10", "gap", None, "no assurance or certificate in any document; the insurance certificates in core clause 9 and the exclusion-grounds confirmation after clause 18 are decoys"),
        V("COI-01", "pass", P01_S2, "Schedule 2 para 3.1: avoid actual, potential or perceived conflicts for Provider and Staff and notify within five Working Days (core 1.2 is a definition only, 18.1 precedence 'conflict')",
          ev=["and shall notify the Council in writing within five Working Days of becoming aware of any such conflict"]),
        V("COI-02", "pass", P01_S2, "Schedule 2 para 3.2: mitigation plan agreed with the Council and follow its directions to manage or remove the conflict",
          ev=["shall follow any direction the Council gives to manage or remove the conflict"]),
        V("COI-03", "gap", None, "Schedule 2 heading 4 'Gifts and hospitality' has no body; nothing elsewhere", trap=[(P01_S2, "4. Gifts and hospitality")]),
        V("COI-04", "gap", None, "no former-officer term; core clause 13 is a TUPE staff-transfer clause (decoy)"),
        V("COI-05", "weak", P01_S2, "Schedule 2 para 3.3: Provider 'may keep' a register of interests of managers (permissive)",
          ev=["The Provider may keep a register of the interests declared by its managers and care coordinators."]),
        V("COI-06", "gap", None, "only an exclusion-grounds confirmation at the end of the core terms (decoy: no disclosure of relationships with those in the procurement)",
          trap=[(P01_CORE, "none of the mandatory or discretionary exclusion grounds")]),
        V("CDM-01", "pass", P01_CORE, "core terms clause 5.1: free, publicised complaints procedure for Service Users meeting Regulation 16 (core 10.2 data-protection 'complaint' is a decoy)",
          ev=["shall establish and operate a complaints procedure for Service Users and their representatives"]),
        V("CDM-02", "pass", P01_S4, "Schedule 4 para 1.1: quarterly complaints return with received, upheld, partially upheld, not upheld, timeliness, themes and actions",
          ev=["The Provider shall submit a quarterly complaints return to the Council"]),
        V("CDM-03", "pass", P01_S4, "Schedule 4 para 4.1: six-monthly satisfaction survey of Service Users and carers, results reported to the Council",
          ev=["shall carry out a satisfaction survey of Service Users and their carers at least every six months"]),
        V("CDM-04", "pass", P01_S4, "Schedule 4 para 3.1: co-operate with the Council and the LGSCO and implement its remedy (core 16 CEDR mediation is a decoy)",
          ev=["and shall implement any remedy the Ombudsman recommends"]),
        V("CDM-05", "weak", P01_S4, "Schedule 4 para 4.2: Provider 'should consider' themes (permissive); 5.3 KPI meeting is about performance targets, not complaint learning",
          ev=["The Provider should consider whether complaints and survey results show any common themes."]),
        V("CDM-06", "pass", P01_S4, "Schedule 4 para 2.1: acknowledge within three Working Days, full response within 20 Working Days, delays explained",
          ev=["shall acknowledge each complaint within three Working Days of receiving it"]),
    ])]))

# =====================================================================================
# p02 housing-related floating support: form of agreement ODT, Schedule 1 Markdown, Schedule 3 DOCX
# =====================================================================================
P02_REF = "4471-HS"
P02_F = "form-of-agreement.odt"
P02_S1 = "schedule-1-specification.md"
P02_S3 = "schedule-3-conduct-and-conflicts.docx"
p02_form = dict(file=P02_F, role="core", header="Kelham District Council", footer="Form of Agreement",
                ref_phrase=("Contract number ...", "Contract number 4471-HS"), blocks=[
    ("title", "Form of Agreement: Housing-Related Floating Support Service"),
    ("p", "Contract number 4471-HS"),
    ("table", [["Parties:", "Kelham District Council, Civic Offices, Station Road, Kelham KL4 1DS (the \"Council\"); and Haven Lane Housing Support Limited, company number 10552981, of 3 Foundry Yard, Kelham KL2 6PB (the \"Provider\")"],
               ["Services:", "Floating support for people at risk of losing their home, as described in Schedule 1"],
               ["Commencement Date:", "1 July 2025"],
               ["Initial Term:", "Three years, with an option to extend by up to two years"],
               ["Annual contract value:", "£412,000"]], False),
    ("p", "The Council and the Provider agree that the Provider will provide the Services on the terms of this Form of Agreement and the following Schedules, which form part of it: Schedule 1 (Specification), Schedule 2 (Pricing), Schedule 3 (Conduct and Conflicts) and Schedule 4 (Exit)."),
] + sec(1, "Interpretation", [
    "\"Law\" means any statute, regulation or binding guidance in force in England from time to time, including the Equality Act 2010, the Bribery Act 2010, the Modern Slavery Act 2015 and the Housing Act 1996.",
    "\"Staff\" means all persons employed or engaged by the Provider, including Sub-contractors' workers, in delivering the Services.",
    "\"Client\" means a person referred to the Provider by the Council's housing options team, or self-referred and accepted under Schedule 1.",
    "\"Working Day\" means a day other than a Saturday, a Sunday or a public holiday in England."]) + number(2, general("Council", "Provider", "Clients", only=["term", "mobilisation", "charges", "insurance", "data", "safeguarding", "subcontract", "tupe", "social", "exit"])) + sec(12, "Termination", [
    "The Council may terminate this Contract at any time by giving the Provider at least six months' written notice.",
    "The Council may terminate this Contract with immediate effect by written notice if the Provider or any of its Staff commits a serious breach of paragraphs 1 to 4 of Schedule 3 (principles, code of conduct, speaking up and gifts), and may instead require the Provider to remove any member of Staff responsible for such a breach from the Services.",
    "On termination the Provider shall transfer Clients' support plans and case records to the Council or a replacement provider within ten Working Days."]) + number(13, general("Council", "Provider", "Clients", only=["force", "disputes", "confidentiality", "general"])) + sec(17, "Limitation of liability", [
    "Each party's total liability in each Contract Year is limited to 125% of the Charges paid or payable in that Contract Year. Nothing limits liability for death or personal injury caused by negligence, or for fraud or fraudulent misrepresentation."]) + sec(18, "Award", [
    "The Provider confirms that, before the award of this Contract, it disclosed to the Council every relationship between its directors, trustees or senior managers and any person involved in the evaluation or award, and shall keep that disclosure up to date throughout the Term so that the Council can keep its conflicts assessment under review."]) + [
    ("p", "Signed on behalf of Kelham District Council: Priya Nandra, Head of Housing. Signed on behalf of Haven Lane Housing Support Limited: Mark Eastwood, Chief Executive."),
])

p02_s1 = dict(file=P02_S1, role="schedule", ref_phrase=("table row 'Contract reference | ...'", "Contract reference 4471-HS"), blocks=[
    ("title", "Schedule 1: Specification"),
    ("table", [["Item", "Detail"], ["Contract reference", "4471-HS"], ["Service", "Housing-Related Floating Support"], ["Version", "Final, for signature"]], True),
] + sec(1, "Purpose of the service", [
    "The service helps people who are at risk of losing their home, or who have just moved into a new tenancy after homelessness, to keep that home. Support is short term, practical and agreed with each Client.",
    "The Council expects around 420 new Clients a year, of whom about a third will be aged under 25 and about a fifth will be leaving supported accommodation."]) + sec(2, "Eligibility and referral", [
    "Referrals come from the Council's housing options team, registered providers of social housing, the probation service and mental health services. Clients may also refer themselves.",
    "The Provider shall contact each Client within three Working Days of referral and shall agree a support plan within ten Working Days of first contact.",
    "The Provider shall close a case when the support plan goals are met, when the Client asks, or after 26 weeks unless the Council's contract manager agrees an extension."]) + sec(3, "Support to be provided", [
    "The Provider shall give practical help with:",
    ("ul", ["claiming welfare benefits and managing rent arrears;", "setting up utilities and furnishing a new tenancy;",
            "registering with a GP and linking to mental health or substance misuse services;", "budgeting, debt advice referrals and opening a bank account;",
            "finding training, volunteering or work."]),
    "Support shall be delivered face to face in the Client's home or a community venue, with telephone and text contact between visits. Each Client shall have a named support worker."]) + sec(4, "Staffing", [
    "The Provider shall provide an induction programme for all Staff and shall keep a record of its completion.",
    "The Provider shall maintain a staffing level of at least 9.5 full-time equivalent support workers and one team leader, and shall tell the Council within five Working Days of any vacancy lasting more than four weeks."]) + sec(5, "Complaints and learning", [
    "The Provider shall operate a written complaints procedure for Clients that is free, available in easy-read format and other languages on request, and explained at the first visit, and shall tell Clients how to take a complaint to the Council if they remain unhappy.",
    "The Provider shall give the Council details of complaints received if the Council asks for them.",
    "The Provider shall review all complaints every six months to identify root causes and trends, shall agree an action plan with the Council where the same issue arises more than twice, and shall report on the lessons learned at the next contract meeting.",
    "The Provider shall acknowledge complaints within [insert number] Working Days."]) + sec(6, "Transparency and information", [
    "The Provider shall provide the Council with all information the Council reasonably requires to respond to a request under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004 within five Working Days of the Council's request, and shall provide a quarterly Transparency Report which the Council may publish on its website.",
    "The Provider shall carry out an annual survey of its own Staff on workload and wellbeing and share the headline results with the Council."]) + sec(7, "Outcomes", [
    ("table", [["Outcome", "Measure", "Target"],
               ["Tenancy sustained", "Clients still in their home six months after case closure", "85%"],
               ["Income maximised", "Clients with a successful benefit claim or arrears plan", "70%"],
               ["Engagement", "Clients with an agreed support plan within ten Working Days of first contact", "90%"]], True)]),
)

p02_s3 = dict(file=P02_S3, role="schedule", header="Kelham District Council | Schedule 3", footer="Conduct and Conflicts",
              ref_phrase=("title 'Schedule 3 to Contract ...'", "Schedule 3 to Contract 4471-HS"), blocks=[
    ("title", "Schedule 3 to Contract 4471-HS: Conduct and Conflicts"),
    ("p", "Provider: Haven Lane Housing Support Ltd"),
] + sec(1, "Principles", [
    "The Provider is encouraged to observe the Seven Principles of Public Life in its dealings with Clients and with the Council.",
    "The Provider shall meet the standards set out in the HM Government Supplier Code of Conduct and shall ensure that its Staff are told about that Code when they join."]) + sec(2, "Supply chain", [
    "The Provider shall procure that each of its Sub-contractors complies with obligations equivalent to those in this Schedule 3, and shall enforce those obligations."]) + sec(3, "Speaking up", [
    "The Provider shall maintain a speaking-up policy that allows Staff and volunteers to raise concerns about wrongdoing with a manager, a trustee or the Council, and shall ensure that no one who raises a concern in good faith suffers any detriment as a result."]) + sec(4, "Gifts and hospitality", [
    "The Provider shall not offer any gift or hospitality to any officer or member of the Council involved in this Contract, shall ensure that Staff do not accept gifts from Clients other than items of trivial value, and shall keep a gifts and hospitality register which the Council may inspect."]) + sec(5, "Conflicts of interest", [
    "The Provider shall ensure that neither it nor any member of Staff is placed in a position where an actual or potential conflict of interest arises between their own interests and the Services, and shall notify the Council in writing without delay if such a conflict arises or is likely to arise.",
    "The Provider is not required to maintain a register of interests for its Staff or trustees.",
    "The Provider shall not employ or engage on the Services any person who, within the preceding 24 months, was an officer of the Council involved in the procurement or management of this Contract, unless the Council has given its written consent in advance."]) + sec(6, "Ethics lead", [
    "The Provider shall nominate a member of its senior management team as its ethics lead, who shall be the Council's point of contact on matters under this Schedule."]) + sec(7, "Monitoring", [
    "The Council may audit the Provider's compliance with this Schedule 3 at any time on ten Working Days' notice, and the Provider's ethical performance under this Schedule shall be a standing item at the six-monthly contract review meeting."]),
)

FOLDERS.append(dict(folder="p02-floating-support", kind="pack", marker=False, contracts=[dict(
    id="p02-floating-support", provider="Haven Lane Housing Support Limited", ref=P02_REF,
    subject="Housing-related floating support for people at risk of homelessness", jurisdiction="English district council (housing)",
    parties="Kelham District Council (the Council); Haven Lane Housing Support Limited (the Provider; 'Haven Lane Housing Support Ltd' in Schedule 3)",
    docs=[p02_form, p02_s1, p02_s3],
    verdicts=[
        V("ES-01", "weak", P02_S3, "Schedule 3 para 1.1: Provider 'is encouraged to observe' the Seven Principles (permissive); nothing stronger elsewhere",
          ev=["The Provider is encouraged to observe the Seven Principles of Public Life"]),
        V("ES-02", "pass", P02_S3, "Schedule 3 para 1.2: Provider shall meet the standards of the HM Government Supplier Code of Conduct",
          ev=["The Provider shall meet the standards set out in the HM Government Supplier Code of Conduct"]),
        V("ES-03", "pass", P02_S3, "Schedule 3 para 2.1: procure that Sub-contractors comply with obligations equivalent to Schedule 3 (form 8.1 is consent and liability only)",
          ev=["The Provider shall procure that each of its Sub-contractors complies with obligations equivalent to those in this Schedule 3"]),
        V("ES-04", "weak", P02_S1, "Schedule 1 para 4.1: generic 'induction programme for all Staff' naming no ethics topic; Schedule 3 para 1.2 only says Staff are 'told about' the Code",
          ev=["The Provider shall provide an induction programme for all Staff and shall keep a record of its completion."]),
        V("ES-05", "pass", P02_S3, "Schedule 3 para 3.1: speaking-up policy with a route to the Council and no detriment for good-faith concerns",
          ev=["shall ensure that no one who raises a concern in good faith suffers any detriment as a result"]),
        V("ES-06", "gap", None, "Bribery Act 2010 is named only in the 'Law' definition (form 1.1) and fraud only in the liability carve-out (form 17.1): decoys; no anti-bribery duty in any document",
          trap=[(P02_F, "including the Equality Act 2010, the Bribery Act 2010"), (P02_F, "or for fraud or fraudulent misrepresentation")]),
        V("ES-07", "pass", P02_S1, "Schedule 1 para 6.1: FOIA/EIR information within five Working Days and a quarterly Transparency Report for publication (form 15 confidentiality is a decoy)",
          ev=["or the Environmental Information Regulations 2004 within five Working Days of the Council's request"]),
        V("ES-08", "pass", P02_S3, "Schedule 3 para 7.1: Council may audit compliance with Schedule 3; ethical performance a standing item at contract reviews",
          ev=["The Council may audit the Provider's compliance with this Schedule 3"]),
        V("ES-09", "pass", P02_F, "form clause 12.2: serious breach of Schedule 3 paras 1-4 allows termination or removal of the Staff member (12.1 convenience is a decoy)",
          ev=["commits a serious breach of paragraphs 1 to 4 of Schedule 3"]),
        V("ES-10", "weak", P02_S3, "Schedule 3 para 6.1: a nominated ethics lead (structure only), no assurance or certificate",
          ev=["shall nominate a member of its senior management team as its ethics lead"]),
        V("COI-01", "pass", P02_S3, "Schedule 3 para 5.1: avoid actual or potential conflicts for Provider and Staff and notify the Council without delay (form 16.1 precedence 'conflict' and 13.1 'armed conflict' are decoys)",
          ev=["and shall notify the Council in writing without delay if such a conflict arises or is likely to arise"]),
        V("COI-02", "gap", None, "no mitigation, direction or termination for a conflict: form 12.2 covers Schedule 3 paras 1 to 4 only, and conflicts are para 5; 12.1 is termination for convenience",
          trap=[(P02_F, "paragraphs 1 to 4 of Schedule 3 (principles, code of conduct, speaking up and gifts)")]),
        V("COI-03", "pass", P02_S3, "Schedule 3 para 4.1: no gifts or hospitality to Council officers, trivial gifts only from Clients, a gifts and hospitality register",
          ev=["shall keep a gifts and hospitality register which the Council may inspect"]),
        V("COI-04", "pass", P02_S3, "Schedule 3 para 5.3: no engagement within 24 months of a Council officer involved in the procurement without prior consent (form 9 TUPE is a decoy)",
          ev=["within the preceding 24 months, was an officer of the Council involved in the procurement"]),
        V("COI-05", "gap", None, "Schedule 3 para 5.2: the Provider 'is not required to maintain a register of interests' (negated); nothing elsewhere",
          trap=[(P02_S3, "The Provider is not required to maintain a register of interests for its Staff or trustees.")]),
        V("COI-06", "pass", P02_F, "form clause 18.1: Provider confirms it disclosed relationships with those involved in the award and will keep it up to date",
          ev=["it disclosed to the Council every relationship between its directors, trustees or senior managers and any person involved in the evaluation or award"]),
        V("CDM-01", "pass", P02_S1, "Schedule 1 para 5.1: free, accessible written complaints procedure for Clients, explained at the first visit (form 6.2 data-protection 'complaint' is a decoy)",
          ev=["The Provider shall operate a written complaints procedure for Clients that is free"]),
        V("CDM-02", "weak", P02_S1, "Schedule 1 para 5.2: complaint details only 'if the Council asks for them' (on request)",
          ev=["The Provider shall give the Council details of complaints received if the Council asks for them."]),
        V("CDM-03", "gap", None, "Schedule 1 para 6.2: the only survey is of the Provider's own Staff (decoy); no Client feedback",
          trap=[(P02_S1, "shall carry out an annual survey of its own Staff on workload and wellbeing")]),
        V("CDM-04", "gap", None, "no Ombudsman co-operation in any document; form clause 14 CEDR mediation is a decoy"),
        V("CDM-05", "pass", P02_S1, "Schedule 1 para 5.3: six-monthly review for root causes and trends, action plan agreed with the Council, lessons reported",
          ev=["shall review all complaints every six months to identify root causes and trends"]),
        V("CDM-06", "gap", None, "Schedule 1 para 5.4: acknowledgement time is an '[insert number]' placeholder and no response time is fixed",
          trap=[(P02_S1, "The Provider shall acknowledge complaints within [insert number] Working Days.")]),
    ])]))

# =====================================================================================
# p03 leisure centres (Scotland): letter of award PDF, terms TXT, specification Markdown
# =====================================================================================
P03_REF = "SLC/LS/2025/07"
P03_L = "letter-of-award.pdf"
P03_T = "terms-and-conditions.txt"
P03_S = "service-specification.md"
p03_letter = dict(file=P03_L, role="core", header="South Lanmore Council | Procurement Services | Council Offices, Kirk Street, Lanmore ML9 2AB", footer="Letter of award",
                  ref_phrase=("Our ref: ...", "Our ref: SLC/LS/2025/07"), blocks=[
    ("title", "Letter of Award"),
    ("p", "Our ref: SLC/LS/2025/07"),
    ("p", "Date: 14 March 2025"),
    ("p", "Ms Fiona Drummond, Chief Executive, Ardmore and Kelvin Leisure Limited, Kelvin Sports Centre, Burn Road, Lanmore ML9 4QE"),
    ("p", "Dear Ms Drummond,"),
    ("p", "Operation of Community Leisure Centres and Swimming Pools"),
    ("p", "Following the evaluation of tenders, South Lanmore Council (the \"Council\") is pleased to award the contract for the operation of its community leisure centres and swimming pools to Ardmore and Kelvin Leisure Limited, a company registered in Scotland under number SC611482 (the \"Operator\"). The contract is formed by this letter, the enclosed Terms and Conditions and the Service Specification, which together make up the contract."),
    ("p", "The contract starts on 1 April 2025 and runs for five years, with an option to extend for up to three further years. The annual management fee is £1,180,000, payable monthly in arrears and reducing each year as set out in your tender."),
    ("p", "Ethical assurance. As a condition of this award, the Operator shall, within 20 Working Days of the start date and then annually on each anniversary, certify in writing, signed by the chair of its board, that it has complied with the ethical standards in clauses 12 to 14 of the Terms and Conditions, and warrants that it has in place, and will maintain, the structures and arrangements necessary to support those standards."),
    ("p", "Relationships. The Council expects the Operator to tell the Council of any relationship between its board members and anyone who took part in the evaluation of tenders."),
    ("p", "Please confirm your acceptance by signing and returning the enclosed copy of this letter within 14 days. Until then, please treat the award as confidential. We look forward to working with you and to seeing the improvements you proposed for the Burnside pool and the Kelvin fitness suite."),
    ("p", "Yours sincerely,"),
    ("p", "Alasdair Grant, Head of Procurement, for and on behalf of South Lanmore Council"),
    ("p", "Accepted for and on behalf of Ardmore and Kelvin Leisure Limited: ____________________ Date: __________"),
])

p03_terms = dict(file=P03_T, role="schedule", header="SOUTH LANMORE COUNCIL - TERMS AND CONDITIONS FOR LEISURE OPERATION", footer="Agreement number: SLC/LS/2025/07",
                 ref_phrase=("Agreement number: ...", "Agreement number: SLC/LS/2025/07"), blocks=[
    ("title", "Terms and Conditions"),
    ("p", "These Terms and Conditions apply to the contract awarded by the Council's letter of award. In them, \"Operator\" means the company named in that letter as the Operator, \"Facilities\" means the leisure centres and pools listed in the Service Specification, and \"Customers\" means members of the public using the Facilities."),
] + number(1, general("Council", "Operator", "Customers", law="Scotland", only=["mobilisation", "charges", "insurance", "data", "safety", "subcontract", "tupe", "force", "social", "exit", "continuity"])) + sec(12, "Standards in public life", [
    "The Operator shall ensure that its directors and staff act in accordance with the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership in the management of the Facilities.",
    "The Operator is not bound by the Council's Supplier Code of Conduct, which applies to suppliers of goods only."]) + sec(13, "Bribery and fraud", [
    "The Operator shall not commit, and shall ensure that its staff do not commit, any offence under the Bribery Act 2010 or the Fraud Act 2006 in connection with the contract, shall have in place adequate procedures to prevent bribery, and shall report to the Council immediately any suspicion or investigation of such an offence."]) + sec(14, "Raising concerns", [
    "The Operator shall keep a whistleblowing policy under which staff and volunteers can raise concerns in confidence, including directly with the Council's Chief Internal Auditor, and shall not victimise any person who raises a concern in good faith."]) + sec(15, "Conflicts of interest", [
    "The Operator shall use reasonable endeavours to avoid any conflict of interest between its commercial activities and the operation of the Facilities, and should tell the Council if one arises."]) + sec(16, "Freedom of information", [
    "The Operator acknowledges that the Council is subject to the Freedom of Information (Scotland) Act 2002, and shall provide all information the Council requests to answer a request under that Act within five working days, and shall publish its annual usage and performance report on its website."]) + sec(17, "Financial audit", [
    "The Council's internal auditors may inspect the Operator's accounts, invoices and records of income from the Facilities to verify the management fee and the income share."]) + sec(18, "Termination", [
    "The Council may terminate the contract by written notice if the Operator commits a material breach of the contract which is not remedied within 30 days of a notice requiring it to be remedied.",
    "The Council may also terminate the contract without cause on six months' written notice."]) + number(19, general("Council", "Operator", "Customers", law="Scotland", only=["disputes", "general"])),
)

p03_spec = dict(file=P03_S, role="schedule", ref_phrase=("table row 'Contract reference | ...'", "Contract reference SLC/LS/2025/07"), blocks=[
    ("title", "Service Specification: Community Leisure Centres and Swimming Pools"),
    ("table", [["Contract reference", "SLC/LS/2025/07"], ["Operator", "Ardmore & Kelvin Leisure Ltd"], ["Facilities", "Burnside Pool, Kelvin Sports Centre, Lanmore Community Gym, Eastfield Games Hall"]], False),
] + sec(1, "Opening hours and programme", [
    "The Operator shall open each Facility at least the hours shown in the table below, and shall publish the programme of sessions four weeks in advance.",
    ("table", [["Facility", "Weekdays", "Weekends"], ["Burnside Pool", "06:30 - 21:30", "08:00 - 18:00"], ["Kelvin Sports Centre", "07:00 - 22:00", "08:00 - 20:00"], ["Lanmore Community Gym", "06:30 - 22:00", "08:00 - 18:00"]], True),
    "The programme shall include at least six hours a week of public swimming at each pool, school swimming lessons for every primary school in the catchment, and sessions for older people, disabled people and families on low incomes at the concessionary rate."]) + sec(2, "Pool operation", [
    "The Operator shall manage pool water quality in accordance with the Pool Water Treatment Advisory Group code of practice and shall keep daily test records at each pool.",
    "The Operator shall ensure that lifeguards hold a current National Pool Lifeguard Qualification and that normal operating procedures and emergency action plans are reviewed each year."]) + sec(3, "Staff", [
    "The Operator shall ensure that all staff complete training on anti-bribery, conflicts of interest and the whistleblowing policy when they join and every two years after that, and shall keep training records and show them to the Council when asked."]) + sec(4, "Catering and hospitality", [
    "The Operator may run a café and a hospitality service for functions at the Kelvin Sports Centre, and may sell refreshments at the other Facilities. Sponsorship of events may be arranged through the Operator's charitable arm, which may claim Gift Aid on donations."]) + sec(5, "Customer complaints", [
    "The Operator shall operate a complaints handling procedure for Customers that follows the Scottish Public Services Ombudsman's model complaints handling procedure, is free, and is publicised at each reception and on the Operator's website.",
    "The Operator shall respond to frontline complaints within five working days and to investigated complaints within 20 working days, and shall acknowledge investigated complaints within three working days.",
    "The Operator shall co-operate with any investigation of a complaint by the Council or the Scottish Public Services Ombudsman, and shall carry out any recommendation the Ombudsman makes.",
    "The Operator shall report to the Council each quarter the number of complaints received, the number upheld, partially upheld and not upheld, and the percentage answered within the timescales above."]) + sec(6, "Customer feedback", [
    "The Operator shall carry out a customer satisfaction survey at each Facility every year, using a method agreed with the Council, and shall report the results to the Council within six weeks of the survey closing."]) + sec(7, "Performance information", [
    "The Operator shall report visits, memberships, concessionary use and income for each Facility monthly, in the format agreed at the start of the contract.",
    ("table", [["Indicator", "Target"], ["Total visits per year", "780,000"], ["Concessionary visits", "22% of all visits"], ["Pool closures for water quality", "No more than 3 days per pool per year"]], True)]),
)

FOLDERS.append(dict(folder="p03-leisure-centres-scotland", kind="pack", marker=False, contracts=[dict(
    id="p03-leisure-centres-scotland", provider="Ardmore and Kelvin Leisure Limited", ref=P03_REF,
    subject="Operation of community leisure centres and swimming pools", jurisdiction="Scottish council, letter of award with terms and specification",
    parties="South Lanmore Council (the Council); Ardmore and Kelvin Leisure Limited (the Operator; 'Ardmore & Kelvin Leisure Ltd' in the specification)",
    docs=[p03_letter, p03_terms, p03_spec],
    verdicts=[
        V("ES-01", "pass", P03_T, "terms clause 12.1: all seven principle words bound to the Operator's directors and staff",
          ev=["The Operator shall ensure that its directors and staff act in accordance with the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership"]),
        V("ES-02", "gap", None, "terms clause 12.2: the Operator 'is not bound by' the Supplier Code of Conduct (negated); specification 2.1 pool water 'code of practice' is a technical decoy",
          trap=[(P03_T, "The Operator is not bound by the Council's Supplier Code of Conduct"), (P03_S, "code of practice")]),
        V("ES-03", "gap", None, "no ethical flow-down: terms clause 6 is sub-contracting consent and liability only"),
        V("ES-04", "pass", P03_S, "specification para 3.1: training on anti-bribery, conflicts and whistleblowing at joining and every two years, with records (terms clause 5 safety training is a decoy)",
          ev=["shall ensure that all staff complete training on anti-bribery, conflicts of interest and the whistleblowing policy"]),
        V("ES-05", "pass", P03_T, "terms clause 14.1: whistleblowing policy with a route to the Council and no victimisation for good-faith concerns",
          ev=["shall not victimise any person who raises a concern in good faith"]),
        V("ES-06", "pass", P03_T, "terms clause 13.1: no Bribery Act or Fraud Act offence, adequate procedures, immediate report of suspicion or investigation",
          ev=["shall have in place adequate procedures to prevent bribery"]),
        V("ES-07", "pass", P03_T, "terms clause 16.1: information for FOISA requests within five working days and publication of the annual report",
          ev=["shall provide all information the Council requests to answer a request under that Act within five working days"]),
        V("ES-08", "gap", None, "terms clause 17.1: financial-only audit of accounts, invoices and income (decoy)",
          trap=[(P03_T, "may inspect the Operator's accounts, invoices and records of income")]),
        V("ES-09", "weak", P03_T, "terms clause 18.1: termination for unremedied material breach with no ethics link; 18.2 convenience",
          ev=["if the Operator commits a material breach of the contract which is not remedied within 30 days"]),
        V("ES-10", "pass", P03_L, "letter of award para 'Ethical assurance': certificate within 20 Working Days and annually, signed by the chair, and warranty of supporting structures",
          ev=["certify in writing, signed by the chair of its board, that it has complied with the ethical standards in clauses 12 to 14"]),
        V("COI-01", "weak", P03_T, "terms clause 15.1: only 'reasonable endeavours' to avoid and 'should tell' the Council (hedged); general clause 20.1 precedence 'conflict' is a decoy",
          ev=["The Operator shall use reasonable endeavours to avoid any conflict of interest"]),
        V("COI-02", "gap", None, "no mitigation, direction or termination for a conflict in any document (terms clause 15.1 is avoidance only, hedged)"),
        V("COI-03", "gap", None, "specification para 4.1: café 'hospitality service', sponsorship of events and Gift Aid are decoys; no gifts control",
          trap=[(P03_S, "may claim Gift Aid on donations")]),
        V("COI-04", "gap", None, "no former-officer term; terms clause 7 is TUPE (decoy)"),
        V("COI-05", "gap", None, "no declarations or register of interests in any document (terms clause 15 is silent on it)"),
        V("COI-06", "weak", P03_L, "letter of award para 'Relationships': the Council only 'expects' the Operator to disclose relationships with evaluators (permissive)",
          ev=["The Council expects the Operator to tell the Council of any relationship between its board members and anyone who took part in the evaluation of tenders."]),
        V("CDM-01", "pass", P03_S, "specification para 5.1: free, publicised complaints procedure following the SPSO model (terms 4.2 data-protection 'complaint' is a decoy)",
          ev=["shall operate a complaints handling procedure for Customers"]),
        V("CDM-02", "pass", P03_S, "specification para 5.4: quarterly complaint numbers by outcome and timeliness reported to the Council",
          ev=["shall report to the Council each quarter the number of complaints received"]),
        V("CDM-03", "pass", P03_S, "specification para 6.1: annual customer satisfaction survey at each Facility, results reported",
          ev=["shall carry out a customer satisfaction survey at each Facility every year"]),
        V("CDM-04", "pass", P03_S, "specification para 5.3: co-operate with the Council and the SPSO and carry out its recommendations (terms 19 CEDR mediation is a decoy)",
          ev=["shall co-operate with any investigation of a complaint by the Council or the Scottish Public Services Ombudsman"]),
        V("CDM-05", "gap", None, "no analysis of complaints or feedback and no action plans in any document (specification paras 5-6 only collect and report)"),
        V("CDM-06", "pass", P03_S, "specification para 5.2: five working days frontline, acknowledgement in three and response in 20 working days for investigations",
          ev=["shall acknowledge investigated complaints within three working days"]),
    ])]))

# =====================================================================================
# p04 youth services, held together only by probity-pack.toml: core Markdown (states a
# reference), Schedule A text and Schedule B ODT (no reference at all)
# =====================================================================================
P04_REF = "NBC-YS-0931"
P04_C = "core-terms.md"
P04_A = "schedule-a-conduct.txt"
P04_B = "schedule-b-complaints.odt"
p04_core = dict(file=P04_C, role="core", ref_phrase=("Contract Reference: ...", "Contract Reference: NBC-YS-0931"), blocks=[
    ("title", "Youth Work and Detached Outreach Services: Contract Terms"),
    ("p", "Contract Reference: NBC-YS-0931"),
    ("p", "This Agreement is made between (1) Northbridge Borough Council, Town Hall, Queen Street, Northbridge NB1 1TH (the \"Council\") and (2) Riverside Youth Collective CIC, a community interest company registered under number 12047756, of The Old Library, Canal Street, Northbridge NB3 2LL (the \"Provider\")."),
    ("p", "Background: the Council closed two of its own youth centres in 2024 and wishes to fund open-access youth work, detached outreach and targeted group work for young people aged 11 to 19 (up to 25 with a disability) across the borough."),
] + sec(1, "Definitions", [
    "\"Young Person\" means a person aged 11 to 19, or up to 25 where they have a special educational need or disability, who takes part in the Services.",
    "\"Staff\" means the Provider's employees, sessional workers and volunteers engaged in the Services.",
    "\"Schedules\" means Schedule A (Conduct and Conflicts), Schedule B (Complaints and Feedback) and Schedule C (Specification and Pricing)."]) + number(2, general("Council", "Provider", "Young People", only=["term", "mobilisation", "charges", "insurance", "data", "safeguarding", "safety", "subcontract"])) + sec(10, "Conflicts of interest", [
    "The Provider shall ensure that neither it nor any of its Staff, trustees or directors is placed in a position where an actual or potential conflict of interest arises in connection with the Services, and shall notify the Council promptly in writing of any such conflict as soon as it becomes aware of it.",
    "The Provider should take reasonable steps to manage any conflict of interest it notifies."]) + sec(11, "Bribery", [
    "The Provider should have regard to the Ministry of Justice guidance on adequate procedures under the Bribery Act 2010."]) + sec(12, "Information requests", [
    "The Provider shall not be required to assist the Council with any request for information under the Freedom of Information Act 2000, and the Council shall deal with any such request itself."]) + number(13, general("Council", "Provider", "Young People", only=["tupe", "convenience", "force", "disputes", "confidentiality", "social", "exit", "general"])) + [
    ("p", "Signed for Northbridge Borough Council: Gareth Lyle, Assistant Director, Children's Services. Signed for Riverside Youth Collective CIC: Amira Saleh, Director."),
])

p04_a = dict(file=P04_A, role="schedule", blocks=[
    ("title", "Schedule A: Conduct and Conflicts"),
    ("p", "This Schedule applies to Riverside Youth Collective and to everyone who works or volunteers on the youth work contract."),
] + sec(1, "Standards of public life", [
    "The Provider shall comply with, and shall ensure that all Staff comply with, the Seven Principles of Public Life in everything they do under the contract."]) + sec(2, "Code of conduct", [
    "The Provider shall maintain and enforce a written code of conduct for Staff covering professional boundaries with Young People, use of social media, honesty in recording attendance, and the handling of money, and every member of Staff must sign it before their first session.",
    "The Provider shall ensure that all Staff receive training on the code of conduct, conflicts of interest and how to speak up at induction and every year, and shall keep records of that training which it shall show the Council on request."]) + sec(3, "Speaking up", [
    "The Provider shall have a speaking-up procedure under which Staff and volunteers can report wrongdoing to the Provider's designated lead or directly to the Council, and must not subject any person to a detriment for speaking up in good faith."]) + sec(4, "Gifts and hospitality", [
    "The Provider shall not offer gifts or hospitality to Council officers or councillors, and shall record in a register every gift or hospitality worth more than twenty-five pounds offered to or received by Staff in connection with the contract."]) + sec(5, "Declarations of interest", [
    "The Provider shall obtain a written declaration of interests, or a nil return, from each director, trustee and manager on appointment and every year, shall keep a register of those declarations and shall give a copy of the register to the Council each April."]) + sec(6, "Sub-contractors and partners", [
    "The Provider shall procure that any Sub-contractor or delivery partner complies with obligations equivalent to those in paragraphs 1 to 5 of this Schedule."]) + sec(7, "Annual ethics statement", [
    "The Provider shall give the Council each year a statement signed by the chair of its board confirming that the Provider has complied with this Schedule and that it has in place the arrangements needed to support these standards, with evidence on request."]) + sec(8, "Review by the Council", [
    "The Council may audit the Provider's compliance with this Schedule, and ethical performance shall be reviewed at the quarterly contract meeting."]) + [
    ("p", "End of Schedule A"),
])

p04_b = dict(file=P04_B, role="schedule", header="Youth Work and Detached Outreach Services", footer="Schedule B", blocks=[
    ("title", "Schedule B: Complaints and Feedback"),
] + sec(1, "Complaints procedure", [
    "The Provider shall operate a complaints procedure for Young People and their parents or carers that is free, explained in a young-person-friendly leaflet and on the Provider's website, and allows complaints to be made in person, online or by text.",
    "The Provider shall acknowledge each complaint within two Working Days and shall give a full response within fifteen Working Days, or explain in writing why more time is needed."]) + sec(2, "Reporting", [
    "During the first Contract Year the Provider shall not be required to report complaint numbers or outcomes to the Council."]) + sec(3, "Feedback from Young People", [
    "The Provider may collect feedback from Young People at the end of each programme."]) + sec(4, "Youth voice", [
    "Young People shall be invited to help plan the programme each term, through a youth forum the Provider shall host at least four times a year.",
    "The Provider shall make sure that the youth forum includes young people from each of the three outreach areas and at least two young people with a disability."]) + sec(5, "Sessions and attendance", [
    "The Provider shall run at least 12 open-access sessions a week across the borough, including Friday and Saturday evening sessions from 6pm to 10pm, and at least eight hours a week of detached outreach in areas agreed with the Council's community safety team.",
    ("table", [["Area", "Open-access sessions each week", "Detached outreach hours each week"],
               ["Northbridge town centre", "5", "3"], ["Eastmoor estate", "4", "3"], ["Kirkby Vale", "3", "2"]], True),
    "The Provider shall record attendance at every session using the Council's youth service database, including first-time attenders, and shall submit attendance figures to the Council each month."]),
)

FOLDERS.append(dict(folder="p04-youth-work-marker", kind="pack", marker=True, marker_text="# probity-pack: the documents in this folder are one contract (Northbridge youth work)\n", contracts=[dict(
    id="p04-youth-work-marker", provider="Riverside Youth Collective CIC", ref=P04_REF,
    subject="Open-access youth work and detached outreach", jurisdiction="English borough council (children's services); pack joined only by probity-pack.toml",
    parties="Northbridge Borough Council (the Council); Riverside Youth Collective CIC (the Provider; 'Riverside Youth Collective' in Schedule A)",
    docs=[p04_core, p04_a, p04_b],
    verdicts=[
        V("ES-01", "pass", P04_A, "Schedule A para 1.1: Provider shall comply and ensure Staff comply with the Seven Principles of Public Life",
          ev=["The Provider shall comply with, and shall ensure that all Staff comply with, the Seven Principles of Public Life"]),
        V("ES-02", "pass", P04_A, "Schedule A para 2.1: written code of conduct maintained and enforced, signed by Staff",
          ev=["The Provider shall maintain and enforce a written code of conduct for Staff"]),
        V("ES-03", "pass", P04_A, "Schedule A para 6.1: procure that Sub-contractors comply with obligations equivalent to paras 1-5 (core 9.1 is consent and liability only)",
          ev=["The Provider shall procure that any Sub-contractor or delivery partner complies with obligations equivalent to those in paragraphs 1 to 5 of this Schedule."]),
        V("ES-04", "pass", P04_A, "Schedule A para 2.2: training on the code, conflicts and speaking up at induction and yearly, with records (core 8.1 safety training is a decoy)",
          ev=["shall ensure that all Staff receive training on the code of conduct, conflicts of interest and how to speak up"]),
        V("ES-05", "pass", P04_A, "Schedule A para 3.1: speaking-up route to the Provider's lead or the Council, no detriment",
          ev=["must not subject any person to a detriment for speaking up in good faith"]),
        V("ES-06", "weak", P04_C, "core clause 11.1: Provider 'should have regard to' the Bribery Act guidance (permissive); nothing in the schedules",
          ev=["The Provider should have regard to the Ministry of Justice guidance on adequate procedures under the Bribery Act 2010."]),
        V("ES-07", "gap", None, "core clause 12.1: 'shall not be required to assist' with FOI requests (negated); no transparency duty in the schedules",
          trap=[(P04_C, "The Provider shall not be required to assist the Council with any request for information under the Freedom of Information Act 2000")]),
        V("ES-08", "pass", P04_A, "Schedule A para 8.1: Council may audit compliance with Schedule A; ethical performance reviewed quarterly",
          ev=["The Council may audit the Provider's compliance with this Schedule, and ethical performance shall be reviewed at the quarterly contract meeting."]),
        V("ES-09", "gap", None, "core clause 14: termination for convenience only; no remedy for an ethical breach in any document"),
        V("ES-10", "pass", P04_A, "Schedule A para 7.1: annual statement signed by the chair confirming compliance and supporting arrangements",
          ev=["The Provider shall give the Council each year a statement signed by the chair of its board"]),
        V("COI-01", "pass", P04_C, "core clause 10.1: avoid actual or potential conflicts (Provider, Staff, trustees) and notify promptly in writing (core 20.1 precedence 'conflict' is a decoy)",
          ev=["and shall notify the Council promptly in writing of any such conflict as soon as it becomes aware of it"]),
        V("COI-02", "weak", P04_C, "core clause 10.2: Provider 'should take reasonable steps to manage' a conflict (permissive); no Council direction or termination",
          ev=["The Provider should take reasonable steps to manage any conflict of interest it notifies."]),
        V("COI-03", "pass", P04_A, "Schedule A para 4.1: no gifts or hospitality to officers or councillors and a register of gifts over £25",
          ev=["shall record in a register every gift or hospitality worth more than twenty-five pounds"]),
        V("COI-04", "gap", None, "no former-officer term; core clause 13 TUPE is a decoy"),
        V("COI-05", "pass", P04_A, "Schedule A para 5.1: declarations or nil returns from directors, trustees and managers yearly, a register given to the Council",
          ev=["The Provider shall obtain a written declaration of interests, or a nil return"]),
        V("COI-06", "gap", None, "no procurement-stage disclosure in any document (core clause 10 covers conflicts during the term only)"),
        V("CDM-01", "pass", P04_B, "Schedule B para 1.1: free, publicised complaints procedure for Young People and carers (core 5.2 data-protection 'complaint' is a decoy)",
          ev=["The Provider shall operate a complaints procedure for Young People and their parents or carers that is free"]),
        V("CDM-02", "gap", None, "Schedule B para 2.1: 'shall not be required to report' complaint numbers (negated); para 5.3 monthly attendance figures are not complaint data",
          trap=[(P04_B, "During the first Contract Year the Provider shall not be required to report complaint numbers or outcomes to the Council.")]),
        V("CDM-03", "weak", P04_B, "Schedule B para 3.1: Provider 'may collect' feedback (permissive), not reported; youth forum para 4 is participation, not feedback data",
          ev=["The Provider may collect feedback from Young People at the end of each programme."]),
        V("CDM-04", "gap", None, "no Ombudsman or independent escalation; core clause 16 CEDR mediation is a decoy"),
        V("CDM-05", "gap", None, "no analysis of complaints or action plans in any document (Schedule B paras 1-3 only)"),
        V("CDM-06", "pass", P04_B, "Schedule B para 1.2: acknowledge within two Working Days, respond within fifteen, delays explained",
          ev=["The Provider shall acknowledge each complaint within two Working Days"]),
    ])]))

# =====================================================================================
# p05 independent advocacy (Wales), joined only by probity-pack.toml and stating no reference
# at all: agreement DOCX ("Parties:"), Schedule B Markdown, Schedule C PDF
# =====================================================================================
P05_A = "agreement.docx"
P05_B = "schedule-b-ethics.md"
P05_C = "schedule-c-monitoring.pdf"
p05_agr = dict(file=P05_A, role="core", header="Cyngor Bwrdeistref Sirol Glanmor | Glanmor County Borough Council", footer="Independent Advocacy Services Agreement", blocks=[
    ("title", "Independent Professional Advocacy Services Agreement"),
    ("p", "Parties:"),
    ("ol", ["Glanmor County Borough Council, Civic Centre, Heol y Castell, Glanmor CF47 8AA (the \"Council\"); and",
            "Llais Cymuned Advocacy Limited, a charitable company registered in England and Wales under company number 07733104 and charity number 1143388, of Ty Gobaith, 2 Stryd Fawr, Glanmor CF47 9BD (the \"Provider\")."]),
    ("p", "The Council must arrange independent professional advocacy under Part 10 of the Social Services and Well-being (Wales) Act 2014. The Provider will deliver that advocacy for adults and for children and young people on the terms below and in Schedules A (Specification), B (Ethics and Conflicts) and C (Complaints and Monitoring)."),
] + sec(1, "Definitions", [
    "\"Seven Principles of Public Life\" means the principles of conduct set out by the Committee on Standards in Public Life.",
    "\"Individual\" means a person referred to the Provider for advocacy under this Agreement.",
    "\"Staff\" means the Provider's employees and volunteers engaged in the Services."]) + sec(2, "Standards", [
    "The Council's members and officers are bound by the Seven Principles of Public Life and by the Council's own codes of conduct when dealing with the Provider.",
    "The Provider shall ensure that its advocates are appropriately trained and qualified, and that each advocate holds or is working towards the Level 3 qualification in independent advocacy within twelve months of starting."]) + number(3, general("Council", "Provider", "Individuals", law="England and Wales", only=["term", "mobilisation", "charges", "insurance", "data", "safeguarding", "subcontract", "tupe", "social", "continuity"])) + sec(13, "Transparency", [
    "The Provider shall give the Council all the information and help it reasonably needs to comply with the Freedom of Information Act 2000 and the Environmental Information Regulations 2004, within five Working Days of a request, and shall publish an annual report on its website describing the advocacy delivered under this Agreement."]) + sec(14, "Records and audit", [
    "The Provider shall keep accurate records of the Services and shall allow the Council's auditors access to its records and premises on reasonable notice."]) + sec(15, "Termination", [
    "If the Provider or any of its Staff breaches Schedule B, the Council may require the Provider to remove the person responsible from the Services, may require a rectification plan, and, where the breach is serious or repeated, may terminate this Agreement with immediate effect by written notice.",
    "The Council may terminate this Agreement without cause on six months' written notice."]) + sec(16, "Award", [
    "The Provider confirms that it has disclosed to the Council any relationship between the Provider, its trustees or senior staff and any person involved in the procurement of this Agreement, and shall keep that disclosure current during the term."]) + number(17, general("Council", "Provider", "Individuals", only=["force", "disputes", "confidentiality", "exit", "general"])) + [
    ("p", "Signed for Glanmor County Borough Council by Rhian Pugh, Head of Adult Services. Signed for Llais Cymuned Advocacy Limited by Owen Jenkins, Chief Officer."),
])

p05_b = dict(file=P05_B, role="schedule", blocks=[
    ("title", "Schedule B: Ethics and Conflicts"),
    ("p", "Independent Professional Advocacy Services"),
] + sec(1, "Code of conduct", [
    "The Provider is encouraged to adopt a written code of conduct for its advocates and volunteers, based on the Advocacy Charter."]) + sec(2, "Speaking up", [
    "The Provider shall maintain a whistleblowing policy that lets Staff raise concerns with the Provider's board or directly with the Council, and must not subject any whistleblower to any detriment."]) + sec(3, "Bribery and fraud", [
    "The Provider shall not offer, give or receive any bribe, inducement or reward in connection with this Agreement, shall maintain adequate procedures to prevent bribery and fraud, and shall tell the Council immediately of any investigation into bribery or fraud involving the Services.",
    "The Provider shall certify to the Council in writing each April that it has complied with paragraph 3.1 during the previous year."]) + sec(4, "Conflicts of interest", [
    "The Provider shall take action to ensure that neither the Provider nor any member of Staff is placed in the position of an actual or potential conflict of interest, which in advocacy includes any link with the Council team making decisions about an Individual, and shall promptly notify the Council and provide full details.",
    "Where a conflict of interest arises, the Provider shall follow the Council's directions to manage it, which may include allocating a different advocate, and the Council may terminate the Agreement if the conflict cannot be managed.",
    "The Provider shall obtain a declaration of interests, or a nil declaration, from every trustee, manager and advocate on appointment and each year, and shall keep a register of interests which it shall give to the Council on request and publish on its website.",
    "The Provider shall not engage any person who, within the previous two years, was employed by the Council in social services commissioning or safeguarding, without first telling the Council and complying with any conditions the Council sets."]) + sec(5, "Gifts", [
    "Advocates should record any gift they are offered by an Individual or a family member."]),
)

p05_c = dict(file=P05_C, role="schedule", header="Independent Professional Advocacy Services Agreement", footer="Schedule C", blocks=[
    ("title", "Schedule C: Complaints and Monitoring"),
] + sec(1, "Complaints", [
    "The Provider shall operate a complaints procedure for Individuals and their representatives that is free, accessible in Welsh and English and in easy-read form, and consistent with the Social Services Complaints Procedure (Wales) Regulations 2014.",
    "The Provider will aim to acknowledge complaints within two Working Days and to respond within 15 Working Days.",
    "The Provider shall co-operate with any investigation by the Council or the Public Services Ombudsman for Wales, and shall implement any recommendation the Ombudsman makes."]) + sec(2, "Reports", [
    "The Provider shall send the Council a report within 20 Working Days of the end of each quarter showing referrals received, Individuals supported, waiting times, and complaints received, upheld and not upheld, with the themes of those complaints and the action taken.",
    "The Provider shall prepare an annual report on learning from complaints, setting out the root causes identified, the changes made in response and the trends over the year, and shall discuss it with the Council at the annual review."]) + sec(3, "Feedback", [
    "The Provider may ask Individuals about their experience of advocacy when their case closes."]) + sec(4, "Performance", [
    ("table", [["Measure", "Target", "Frequency"],
               ["Referrals allocated to an advocate within 5 Working Days", "90%", "Quarterly"],
               ["Statutory advocacy offers made to eligible children", "100%", "Quarterly"],
               ["Cases closed with the Individual's outcomes recorded", "95%", "Quarterly"]], True),
    "The contract managers shall meet quarterly to discuss the reports under paragraph 2.1."]),
)

FOLDERS.append(dict(folder="p05-advocacy-wales-marker", kind="pack", marker=True, marker_text="# probity-pack: one contract in three files (Glanmor independent advocacy); the files carry no reference\n", contracts=[dict(
    id="p05-advocacy-wales-marker", provider="Llais Cymuned Advocacy Limited", ref=None,
    subject="Independent professional advocacy for adults and children", jurisdiction="Welsh county borough council; no reference in any file, joined only by probity-pack.toml",
    parties="Glanmor County Borough Council (the Council); Llais Cymuned Advocacy Limited (the Provider)",
    docs=[p05_agr, p05_b, p05_c],
    verdicts=[
        V("ES-01", "gap", None, "agreement clause 2.1 binds only the Council's members and officers (wrong party) and 1.1 is a definition only; nothing in the schedules",
          trap=[(P05_A, "The Council's members and officers are bound by the Seven Principles of Public Life")]),
        V("ES-02", "weak", P05_B, "Schedule B para 1.1: Provider 'is encouraged to adopt' a code of conduct (permissive)",
          ev=["The Provider is encouraged to adopt a written code of conduct for its advocates and volunteers"]),
        V("ES-03", "gap", None, "no ethical flow-down: agreement clause 9 is sub-contracting consent and liability only"),
        V("ES-04", "weak", P05_A, "agreement clause 2.2: generic 'appropriately trained and qualified' and an advocacy qualification; no ethics topic named",
          ev=["The Provider shall ensure that its advocates are appropriately trained and qualified"]),
        V("ES-05", "pass", P05_B, "Schedule B para 2.1: whistleblowing policy with a route to the Council and no detriment",
          ev=["must not subject any whistleblower to any detriment"]),
        V("ES-06", "pass", P05_B, "Schedule B para 3.1: no bribe or inducement, adequate procedures, immediate notice of investigations",
          ev=["shall maintain adequate procedures to prevent bribery and fraud"]),
        V("ES-07", "pass", P05_A, "agreement clause 13.1: FOIA/EIR help within five Working Days and an annual report published (clause 19 confidentiality is a decoy)",
          ev=["shall give the Council all the information and help it reasonably needs to comply with the Freedom of Information Act 2000"]),
        V("ES-08", "weak", P05_A, "agreement clause 14.1: general auditors' access to records and premises, naming neither ethics nor Schedule B",
          ev=["shall allow the Council's auditors access to its records and premises on reasonable notice"]),
        V("ES-09", "pass", P05_A, "agreement clause 15.1: breach of Schedule B allows staff removal, a rectification plan and termination (15.2 convenience is a decoy)",
          ev=["If the Provider or any of its Staff breaches Schedule B, the Council may require the Provider to remove the person responsible"]),
        V("ES-10", "weak", P05_B, "Schedule B para 3.2: annual certificate on anti-bribery (para 3.1) only: a one-topic certificate; insurance certificates in clause 6 are decoys",
          ev=["The Provider shall certify to the Council in writing each April that it has complied with paragraph 3.1"]),
        V("COI-01", "pass", P05_B, "Schedule B para 4.1: avoid actual or potential conflicts for Provider and Staff and promptly notify with details",
          ev=["and shall promptly notify the Council and provide full details"]),
        V("COI-02", "pass", P05_B, "Schedule B para 4.2: follow the Council's directions to manage a conflict; Council may terminate if unmanageable",
          ev=["the Provider shall follow the Council's directions to manage it"]),
        V("COI-03", "weak", P05_B, "Schedule B para 5.1: advocates 'should record' gifts (permissive)",
          ev=["Advocates should record any gift they are offered by an Individual or a family member."]),
        V("COI-04", "pass", P05_B, "Schedule B para 4.4: no engagement of former Council commissioning or safeguarding staff within two years without notice and conditions (clause 10 TUPE is a decoy)",
          ev=["within the previous two years, was employed by the Council in social services commissioning or safeguarding"]),
        V("COI-05", "pass", P05_B, "Schedule B para 4.3: declarations or nil declarations yearly, a register given on request and published",
          ev=["shall keep a register of interests which it shall give to the Council on request and publish on its website"]),
        V("COI-06", "pass", P05_A, "agreement clause 16.1: Provider confirms it disclosed relationships with those involved in the procurement, kept current",
          ev=["The Provider confirms that it has disclosed to the Council any relationship between the Provider"]),
        V("CDM-01", "pass", P05_C, "Schedule C para 1.1: free, accessible complaints procedure consistent with the Welsh 2014 regulations (clause 7.2 data-protection 'complaint' is a decoy)",
          ev=["The Provider shall operate a complaints procedure for Individuals and their representatives that is free"]),
        V("CDM-02", "pass", P05_C, "Schedule C para 2.1: quarterly report with complaints received, upheld and not upheld, themes and actions",
          ev=["complaints received, upheld and not upheld, with the themes of those complaints and the action taken"]),
        V("CDM-03", "weak", P05_C, "Schedule C para 3.1: Provider 'may ask' Individuals about their experience (permissive), nothing reported",
          ev=["The Provider may ask Individuals about their experience of advocacy when their case closes."]),
        V("CDM-04", "pass", P05_C, "Schedule C para 1.3: co-operate with the Council and the Public Services Ombudsman for Wales and implement its recommendations (clause 18 CEDR is a decoy)",
          ev=["shall co-operate with any investigation by the Council or the Public Services Ombudsman for Wales"]),
        V("CDM-05", "pass", P05_C, "Schedule C para 2.2: annual learning-from-complaints report with root causes, changes and trends, discussed with the Council",
          ev=["shall prepare an annual report on learning from complaints"]),
        V("CDM-06", "weak", P05_C, "Schedule C para 1.2: Provider only 'will aim to' acknowledge in two and respond in 15 Working Days (hedged)",
          ev=["The Provider will aim to acknowledge complaints within two Working Days and to respond within 15 Working Days."]),
    ])]))

# =====================================================================================
# t01 two call-offs under one framework (different providers): must stay two contracts
# =====================================================================================
T01_FW = "Framework Agreement NWF-2024-07"
T01_A = "call-off-beacon-day-opportunities.docx"
T01_B = "call-off-oakridge-supported-living.md"
t01_a = dict(file=T01_A, role="core", header="Northwold County Council | " + T01_FW, footer="Call-Off Contract NCC-CO-2025-011",
             ref_phrase=("table row 'Call-Off Reference: | ...'", "Call-Off Reference: \u2016 NCC-CO-2025-011"), blocks=[
    ("title", "Call-Off Contract: Day Opportunities for Adults with Learning Disabilities"),
    ("table", [["Call-Off Reference:", "NCC-CO-2025-011"], ["Framework:", T01_FW + " (Community Support Services), Lot 2"],
               ["Buyer:", "Northwold County Council, County Hall, Northwold NW1 4AB (the \"Buyer\")"],
               ["Supplier:", "Beacon Day Opportunities Limited, company number 09917265 (the \"Supplier\")"],
               ["Start date:", "1 September 2025"], ["Term:", "Two years"]], False),
    ("p", "This Call-Off Contract is made under the framework named above. The framework's call-off terms apply as varied below; only the provisions set out in this document are incorporated from them."),
] + sec(1, "Services", [
    "The Supplier shall provide day opportunities at its Westgate centre and in the community for up to 40 adults with learning disabilities referred by the Buyer, from 9am to 4pm on weekdays."]) + sec(2, "Conduct", [
    "The Supplier shall comply with, and ensure its Staff comply with, the Seven Principles of Public Life in delivering the Services.",
    "The Supplier shall meet the standards in the HM Government Supplier Code of Conduct.",
    "The Supplier shall operate a whistleblowing procedure and shall not retaliate against any member of Staff who in good faith reports a breach of this Call-Off Contract to the Buyer or a prescribed person.",
    "The Supplier shall not commit a Prohibited Act, shall maintain adequate procedures to prevent bribery and fraud, and shall notify the Buyer immediately of any breach of this clause 2.4.",
    "The Supplier shall not offer any gift or hospitality to the Buyer's officers and shall keep a gifts and hospitality register open to the Buyer.",
    "The Supplier shall ensure that neither it nor its Staff is placed in a position of an actual or potential conflict of interest and shall promptly notify the Buyer of any such conflict."]) + sec(3, "Records", [
    "The Supplier shall allow the Buyer's auditors access to its records relating to this Call-Off Contract on reasonable notice.",
    "The Supplier may be asked to help the Buyer answer requests under the Freedom of Information Act 2000."]) + sec(4, "Award", [
    "The Buyer expects the Supplier to disclose any relationship between its directors and the officers who evaluated the mini-competition."]) + sec(5, "Complaints", [
    "The Supplier shall operate a complaints procedure for people who use the Services and their families, free and publicised at the centre, and shall acknowledge complaints within three Working Days and respond within 20 Working Days.",
    "The Supplier shall report complaints received, upheld and not upheld, with actions taken, in its quarterly contract return."]) + number(6, general("Buyer", "Supplier", "people who use the Services", only=["charges", "insurance", "subcontract", "convenience", "general"])) + [
    ("p", "Signed for Northwold County Council and for Beacon Day Opportunities Limited."),
])

t01_b = dict(file=T01_B, role="core", ref_phrase=("Call-Off Reference: ...", "Call-Off Reference: NCC-CO-2025-015"), blocks=[
    ("title", "Call-Off Contract: Supported Living for Adults with Mental Health Needs"),
    ("p", "Call-Off Reference: NCC-CO-2025-015"),
    ("p", "Awarded under " + T01_FW + " (Community Support Services), Lot 4, following a mini-competition."),
    ("p", "This Call-Off Contract is made between Northwold County Council (the \"Buyer\") and Oakridge Supported Living Limited, company number 11230457, of 8 Chapel Walk, Northwold NW6 2JD (the \"Supplier\")."),
] + sec(1, "Services", [
    "The Supplier shall provide up to 1,200 hours a week of support to tenants with mental health needs living in the Buyer's supported living schemes at Elm Court and Riverside House."]) + sec(2, "Ethical standards", [
    "The Buyer expects the Supplier to have a code of conduct for its staff.",
    "The Supplier shall ensure that all Staff receive training on ethics, conflicts of interest, gifts and speaking up at induction and each year, and shall keep training records available to the Buyer.",
    "The Supplier shall procure that its Sub-contractors comply with obligations equivalent to this clause 2 and clause 3.",
    "The Supplier shall help the Buyer respond to requests under the Freedom of Information Act 2000 within five Working Days and shall provide quarterly performance information for publication.",
    "The Buyer may audit the Supplier's compliance with clauses 2 and 3, and ethical performance shall be reviewed at each quarterly contract meeting.",
    "Where the Supplier breaches clause 2 or 3, the Buyer may require the removal of any person responsible and may terminate this Call-Off Contract.",
    "The Supplier shall, within 20 Working Days of the start date and then annually, certify in writing that it has complied with clauses 2 and 3 and that it has in place the structures needed to support those standards."]) + sec(3, "Conflicts", [
    "The Supplier should tell the Buyer about conflicts of interest it becomes aware of.",
    "Where a conflict of interest arises, the Supplier shall follow the Buyer's directions to manage or remove it.",
    "The Supplier shall not employ on this Call-Off Contract anyone who, in the previous two years, was an officer of the Buyer involved in commissioning mental health services, without the Buyer's prior consent.",
    "The Supplier shall keep a register of interests declared by its managers, with nil returns, renewed each year and given to the Buyer on request."]) + sec(4, "Feedback and complaints", [
    "The Supplier should have a complaints process that tenants can use.",
    "The Supplier shall survey tenants' satisfaction every six months and report the results to the Buyer.",
    "The Supplier shall co-operate with any investigation by the Local Government and Social Care Ombudsman and implement its recommendations.",
    "The Supplier shall analyse complaints and survey results each quarter for themes and root causes and agree an action plan with the Buyer where satisfaction falls below 80%."]) + number(5, general("Buyer", "Supplier", "tenants", only=["charges", "insurance", "data", "subcontract", "general"])),
)

FOLDERS.append(dict(folder="t01-framework-call-offs", kind="trap", marker=False, framework_ref=T01_FW, contracts=[
    dict(id="t01-framework-call-offs--a", provider="Beacon Day Opportunities Limited", ref="NCC-CO-2025-011",
         subject="Day opportunities for adults with learning disabilities (call-off)", jurisdiction="English county council; call-off under a framework shared with contract b",
         parties="Northwold County Council (the Buyer); Beacon Day Opportunities Limited (the Supplier)", docs=[t01_a], verdicts=[
        V("ES-01", "pass", T01_A, "clause 2.1: Supplier and Staff comply with the Seven Principles", ev=["The Supplier shall comply with, and ensure its Staff comply with, the Seven Principles of Public Life"]),
        V("ES-02", "pass", T01_A, "clause 2.2: Supplier shall meet the Supplier Code of Conduct", ev=["The Supplier shall meet the standards in the HM Government Supplier Code of Conduct."]),
        V("ES-03", "gap", None, "clause 8.1 is sub-contracting consent and liability only (the flow-down is in call-off b, a different contract)"),
        V("ES-04", "gap", None, "no training clause in this call-off (clause 1 services only); ethics training is in call-off b only"),
        V("ES-05", "pass", T01_A, "clause 2.3: whistleblowing and no retaliation for reports to the Buyer or a prescribed person", ev=["shall not retaliate against any member of Staff who in good faith reports a breach"]),
        V("ES-06", "pass", T01_A, "clause 2.4: no Prohibited Act, adequate procedures, immediate notice", ev=["The Supplier shall not commit a Prohibited Act"]),
        V("ES-07", "weak", T01_A, "clause 3.2: Supplier 'may be asked' to help with FOI requests (permissive)", ev=["The Supplier may be asked to help the Buyer answer requests under the Freedom of Information Act 2000."]),
        V("ES-08", "weak", T01_A, "clause 3.1: general auditors' access to records, no ethics link", ev=["The Supplier shall allow the Buyer's auditors access to its records"]),
        V("ES-09", "gap", None, "clause 9 termination for convenience only"),
        V("ES-10", "gap", None, "no assurance or certificate (clause 7 insurance is a decoy)"),
        V("COI-01", "pass", T01_A, "clause 2.6: avoid conflicts and promptly notify (clause 10.1 precedence 'conflict' is a decoy)", ev=["and shall promptly notify the Buyer of any such conflict"]),
        V("COI-02", "gap", None, "no mitigation or direction clause in this call-off (clause 2.6 is notification only)"),
        V("COI-03", "pass", T01_A, "clause 2.5: no gifts or hospitality to officers and a register", ev=["shall keep a gifts and hospitality register open to the Buyer"]),
        V("COI-04", "gap", None, "no former-officer term in this call-off (clause 2 silent)"),
        V("COI-05", "gap", None, "no register of interests in this call-off (clause 2 silent)"),
        V("COI-06", "weak", T01_A, "clause 4.1: the Buyer only 'expects' disclosure of relationships with evaluators", ev=["The Buyer expects the Supplier to disclose any relationship between its directors and the officers who evaluated the mini-competition."]),
        V("CDM-01", "pass", T01_A, "clause 5.1: free, publicised complaints procedure", ev=["The Supplier shall operate a complaints procedure for people who use the Services and their families"]),
        V("CDM-02", "pass", T01_A, "clause 5.2: complaints by outcome with actions in the quarterly return", ev=["shall report complaints received, upheld and not upheld, with actions taken, in its quarterly contract return"]),
        V("CDM-03", "gap", None, "no satisfaction survey in this call-off (clause 5 complaints only)"),
        V("CDM-04", "gap", None, "no Ombudsman clause in this call-off (clause 5 silent)"),
        V("CDM-05", "gap", None, "no complaint analysis or learning in this call-off (clause 5 silent)"),
        V("CDM-06", "pass", T01_A, "clause 5.1: acknowledge in three, respond in 20 Working Days", ev=["shall acknowledge complaints within three Working Days and respond within 20 Working Days"]),
    ]),
    dict(id="t01-framework-call-offs--b", provider="Oakridge Supported Living Limited", ref="NCC-CO-2025-015",
         subject="Supported living for adults with mental health needs (call-off)", jurisdiction="English county council; call-off under the framework shared with contract a",
         parties="Northwold County Council (the Buyer); Oakridge Supported Living Limited (the Supplier)", docs=[t01_b], verdicts=[
        V("ES-01", "gap", None, "no Seven Principles clause in this call-off (clause 2 names none); call-off a's clause 2.1 is another contract"),
        V("ES-02", "weak", T01_B, "clause 2.1: the Buyer only 'expects' a code of conduct", ev=["The Buyer expects the Supplier to have a code of conduct for its staff."]),
        V("ES-03", "pass", T01_B, "clause 2.3: procure that Sub-contractors comply with equivalent obligations", ev=["The Supplier shall procure that its Sub-contractors comply with obligations equivalent to this clause 2 and clause 3."]),
        V("ES-04", "pass", T01_B, "clause 2.2: ethics, conflicts, gifts and speaking-up training at induction and yearly, with records", ev=["shall ensure that all Staff receive training on ethics, conflicts of interest, gifts and speaking up"]),
        V("ES-05", "gap", None, "no speaking-up route in this call-off (clause 2.2 is training only)"),
        V("ES-06", "gap", None, "no anti-bribery clause in this call-off (clause 2 silent)"),
        V("ES-07", "pass", T01_B, "clause 2.4: FOI help within five Working Days and information for publication", ev=["The Supplier shall help the Buyer respond to requests under the Freedom of Information Act 2000"]),
        V("ES-08", "pass", T01_B, "clause 2.5: Buyer may audit compliance with clauses 2 and 3; ethical performance reviewed quarterly", ev=["The Buyer may audit the Supplier's compliance with clauses 2 and 3"]),
        V("ES-09", "pass", T01_B, "clause 2.6: breach of clause 2 or 3 allows removal of staff and termination", ev=["Where the Supplier breaches clause 2 or 3, the Buyer may require the removal of any person responsible"]),
        V("ES-10", "pass", T01_B, "clause 2.7: certificate within 20 Working Days and annually, with supporting structures", ev=["certify in writing that it has complied with clauses 2 and 3"]),
        V("COI-01", "weak", T01_B, "clause 3.1: Supplier 'should tell' the Buyer about conflicts (permissive)", ev=["The Supplier should tell the Buyer about conflicts of interest it becomes aware of."]),
        V("COI-02", "pass", T01_B, "clause 3.2: follow the Buyer's directions to manage or remove a conflict", ev=["the Supplier shall follow the Buyer's directions to manage or remove it"]),
        V("COI-03", "gap", None, "no gifts or hospitality control in this call-off (clause 2.2 training only names gifts as a topic)"),
        V("COI-04", "pass", T01_B, "clause 3.3: no engagement of former commissioning officers within two years without consent", ev=["in the previous two years, was an officer of the Buyer involved in commissioning mental health services"]),
        V("COI-05", "pass", T01_B, "clause 3.4: register of managers' interests with nil returns, yearly, given on request", ev=["The Supplier shall keep a register of interests declared by its managers, with nil returns"]),
        V("COI-06", "gap", None, "no procurement-stage disclosure in this call-off (clause 3 covers the term only)"),
        V("CDM-01", "weak", T01_B, "clause 4.1: Supplier 'should have' a complaints process (permissive)", ev=["The Supplier should have a complaints process that tenants can use."]),
        V("CDM-02", "gap", None, "no complaint reporting in this call-off (clause 4.4 is analysis only)"),
        V("CDM-03", "pass", T01_B, "clause 4.2: six-monthly tenant satisfaction survey reported", ev=["The Supplier shall survey tenants' satisfaction every six months and report the results to the Buyer."]),
        V("CDM-04", "pass", T01_B, "clause 4.3: co-operate with the LGSCO and implement its recommendations", ev=["The Supplier shall co-operate with any investigation by the Local Government and Social Care Ombudsman"]),
        V("CDM-05", "pass", T01_B, "clause 4.4: quarterly analysis for themes and root causes, action plan below 80% satisfaction", ev=["The Supplier shall analyse complaints and survey results each quarter for themes and root causes"]),
        V("CDM-06", "gap", None, "no complaint timescales in this call-off (clause 4 silent)"),
    ]),
]))

# =====================================================================================
# t02 two single contracts of one provider in one folder, different references
# =====================================================================================
T02_A = "sheltered-housing-support.odt"
T02_B = "hospital-discharge-support.txt"
T02_PROV = "Kestrel Care and Support Limited"
t02_a = dict(file=T02_A, role="core", header="Fenmoor District Council", footer="Sheltered Housing Support Contract",
             ref_phrase=("Contract Reference: ...", "Contract Reference: FDC/HS/2025/061"), blocks=[
    ("title", "Sheltered Housing Support Contract"),
    ("p", "Contract Reference: FDC/HS/2025/061"),
    ("p", "This Agreement is made between (1) Fenmoor District Council of The Guildhall, Fenmoor PE16 3AA (the \"Council\") and (2) Kestrel Care and Support Limited, company number 06678120, of 21 Ely Road, Fenmoor PE16 7RT (the \"Provider\")."),
] + sec(1, "Services", [
    "The Provider shall provide a visiting support service to residents of the Council's six sheltered housing schemes, including a daily call, help with benefits and tenancy matters, and activities in each scheme's communal lounge."]) + sec(2, "Conduct", [
    "The Provider shall comply with, and ensure that its Staff comply with, the Seven Principles of Public Life.",
    "The Provider shall ensure that Staff complete training on conflicts of interest, anti-bribery and raising concerns at induction and annually, and shall keep training records for the Council.",
    "The Provider is encouraged to have a whistleblowing procedure for Staff."]) + sec(3, "Conflicts", [
    "The Provider shall avoid any actual or potential conflict of interest involving itself or its Staff and shall notify the Council in writing within five Working Days of becoming aware of one.",
    "The Provider shall follow the Council's directions to manage or remove any notified conflict.",
    "The Provider may keep a record of interests declared by its scheme managers."]) + sec(4, "Information", [
    "The Provider shall assist the Council with requests under the Freedom of Information Act 2000 within five Working Days."]) + sec(5, "Residents' complaints and views", [
    "Residents' complaints are handled under the Council's own corporate complaints procedure, and the Provider shall pass any complaint it receives to the Council within two Working Days.",
    "The Provider shall report to the Council each quarter the number of complaints it has passed on and the outcome of each, as upheld or not upheld.",
    "The Provider should co-operate with the Local Government and Social Care Ombudsman if it investigates a complaint about the Services.",
    "The Provider shall survey residents' satisfaction each year and report the results to the Council."]) + sec(6, "Termination", [
    "The Council may terminate this Agreement if the Provider commits a material breach which it fails to remedy within 30 days of notice."]) + number(7, general("Council", "Provider", "residents", only=["charges", "insurance", "safeguarding", "subcontract", "general"])),
)

t02_b = dict(file=T02_B, role="core", header="FENMOOR DISTRICT COUNCIL - HOME FROM HOSPITAL SERVICE", footer="Contract No. FDC/HS/2025/079",
             ref_phrase=("Contract No. ...", "Contract No. FDC/HS/2025/079"), blocks=[
    ("title", "Home from Hospital Support Contract"),
    ("table", [["Contract No.", "FDC/HS/2025/079"], ["Council", "Fenmoor District Council, The Guildhall, Fenmoor PE16 3AA"],
               ["Provider", "Kestrel Care and Support Limited (company number 06678120)"], ["Start", "1 November 2025, for two years"]], False),
    ("p", "This Agreement is made between Fenmoor District Council (the \"Council\") and Kestrel Care and Support Limited (the \"Provider\") for the Home from Hospital service described below."),
] + sec(1, "Services", [
    "The Provider shall give up to six weeks of practical support to residents discharged from hospital, including a home check on the day of discharge, shopping, prescription collection and help to arrange aids and adaptations."]) + sec(2, "Conduct", [
    "The Provider should bear in mind the principles of honesty, integrity and openness.",
    "The Provider shall adopt and comply with a written code of conduct for its Staff.",
    "The Provider shall not offer or accept any bribe or inducement, shall maintain adequate procedures to prevent bribery, and shall notify the Council immediately of any suspected breach.",
    "The Provider shall not give gifts or hospitality to Council officers and shall keep a gifts and hospitality register which the Council may inspect.",
    "The Provider may tell the Council if it plans to employ a former Council officer.",
    "The Provider shall certify to the Council in writing each year, signed by a director, that it has complied with this clause 2 and has the arrangements in place to support it."]) + sec(3, "Monitoring", [
    "The Council may audit the Provider's compliance with clause 2, and ethical conduct shall be reviewed at each six-monthly contract meeting."]) + sec(4, "Award", [
    "The Provider confirms that it disclosed to the Council, before award, any relationship with a person involved in the procurement, and will keep that disclosure up to date."]) + sec(5, "Complaints", [
    "The Provider shall operate a complaints procedure for residents and their families that is free and explained at the first visit.",
    "The Provider shall acknowledge complaints within three Working Days and respond within 20 Working Days.",
    "The Provider shall co-operate with any investigation by the Local Government and Social Care Ombudsman and implement any remedy it recommends.",
    "The Provider shall review complaints every six months for themes and lessons learned and agree any actions with the Council.",
    "The Provider shall give the Council complaint figures when asked."]) + number(6, general("Council", "Provider", "residents", only=["charges", "insurance", "subcontract", "convenience", "general"])),
)

FOLDERS.append(dict(folder="t02-one-provider-two-contracts", kind="trap", marker=False, contracts=[
    dict(id="t02-one-provider-two-contracts--a", provider=T02_PROV, ref="FDC/HS/2025/061",
         subject="Visiting support in sheltered housing", jurisdiction="English district council; same provider and folder as contract b",
         parties="Fenmoor District Council (the Council); Kestrel Care and Support Limited (the Provider)", docs=[t02_a], verdicts=[
        V("ES-01", "pass", T02_A, "clause 2.1: Provider and Staff comply with the Seven Principles", ev=["The Provider shall comply with, and ensure that its Staff comply with, the Seven Principles of Public Life."]),
        V("ES-02", "gap", None, "no code of conduct in this contract (clause 2 silent); contract b's clause 2.2 is another contract"),
        V("ES-03", "gap", None, "clause 10.1 is sub-contracting consent and liability only"),
        V("ES-04", "pass", T02_A, "clause 2.2: training on conflicts, anti-bribery and raising concerns at induction and yearly, with records", ev=["The Provider shall ensure that Staff complete training on conflicts of interest, anti-bribery and raising concerns"]),
        V("ES-05", "weak", T02_A, "clause 2.3: Provider 'is encouraged to have' a whistleblowing procedure (permissive); 2.2 is training only, no route", ev=["The Provider is encouraged to have a whistleblowing procedure for Staff."]),
        V("ES-06", "gap", None, "no anti-bribery duty in this contract (clause 2.2 is training only)"),
        V("ES-07", "pass", T02_A, "clause 4.1: FOI assistance within five Working Days", ev=["The Provider shall assist the Council with requests under the Freedom of Information Act 2000"]),
        V("ES-08", "gap", None, "no audit or monitoring right in this contract (clause 5 reports are complaint data)"),
        V("ES-09", "weak", T02_A, "clause 6.1: material-breach termination with no ethics link", ev=["The Council may terminate this Agreement if the Provider commits a material breach"]),
        V("ES-10", "gap", None, "no assurance or certificate in this contract (clause 8 insurance is a decoy)"),
        V("COI-01", "pass", T02_A, "clause 3.1: avoid conflicts, notify within five Working Days (clause 11.1 precedence is a decoy)", ev=["shall notify the Council in writing within five Working Days of becoming aware of one"]),
        V("COI-02", "pass", T02_A, "clause 3.2: follow the Council's directions to manage or remove a conflict", ev=["The Provider shall follow the Council's directions to manage or remove any notified conflict."]),
        V("COI-03", "gap", None, "no gifts or hospitality control in this contract (clause 2 silent)"),
        V("COI-04", "gap", None, "no former-officer term in this contract (clause 3 silent)"),
        V("COI-05", "weak", T02_A, "clause 3.3: Provider 'may keep' a record of interests (permissive)", ev=["The Provider may keep a record of interests declared by its scheme managers."]),
        V("COI-06", "gap", None, "no procurement-stage disclosure in this contract (clause 3 covers the term)"),
        V("CDM-01", "gap", None, "clause 5.1: complaints go through the Council's own procedure (wrong party); the Provider only passes them on", trap=[(T02_A, "Residents' complaints are handled under the Council's own corporate complaints procedure")]),
        V("CDM-02", "pass", T02_A, "clause 5.2: quarterly report of complaints passed on, by outcome", ev=["The Provider shall report to the Council each quarter the number of complaints it has passed on"]),
        V("CDM-03", "pass", T02_A, "clause 5.4: yearly resident satisfaction survey reported", ev=["The Provider shall survey residents' satisfaction each year and report the results to the Council."]),
        V("CDM-04", "weak", T02_A, "clause 5.3: Provider 'should co-operate' with the LGSCO (permissive)", ev=["The Provider should co-operate with the Local Government and Social Care Ombudsman"]),
        V("CDM-05", "gap", None, "no complaint analysis in this contract (clause 5 silent)"),
        V("CDM-06", "gap", None, "no complaint timescales in this contract (clause 5.1 only a two-day hand-over to the Council)"),
    ]),
    dict(id="t02-one-provider-two-contracts--b", provider=T02_PROV, ref="FDC/HS/2025/079",
         subject="Home from hospital practical support", jurisdiction="English district council; same provider and folder as contract a",
         parties="Fenmoor District Council (the Council); Kestrel Care and Support Limited (the Provider)", docs=[t02_b], verdicts=[
        V("ES-01", "weak", T02_B, "clause 2.1: three principle words with 'should bear in mind' (permissive, fewer than five)", ev=["The Provider should bear in mind the principles of honesty, integrity and openness."]),
        V("ES-02", "pass", T02_B, "clause 2.2: adopt and comply with a written code of conduct", ev=["The Provider shall adopt and comply with a written code of conduct for its Staff."]),
        V("ES-03", "gap", None, "clause 8.1 is sub-contracting consent and liability only"),
        V("ES-04", "gap", None, "no training clause in this contract (clause 2 silent)"),
        V("ES-05", "pass", T02_B, "clause 2.3: notify the Council immediately of any suspected breach (the catalogue's 'report suspected breaches to A ... any one passes'); corrected after the first run, which the writer had called gap (no speaking-up route)", ev=["shall notify the Council immediately of any"]),
        V("ES-06", "pass", T02_B, "clause 2.3: no bribe, adequate procedures, immediate notice", ev=["shall maintain adequate procedures to prevent bribery"]),
        V("ES-07", "gap", None, "no FOI or transparency clause in this contract (clause 11 general only)"),
        V("ES-08", "pass", T02_B, "clause 3.1: Council may audit compliance with clause 2; ethical conduct reviewed", ev=["The Council may audit the Provider's compliance with clause 2"]),
        V("ES-09", "gap", None, "clause 9 termination for convenience only"),
        V("ES-10", "pass", T02_B, "clause 2.6: yearly signed certificate of compliance with clause 2 and supporting arrangements", ev=["The Provider shall certify to the Council in writing each year, signed by a director"]),
        V("COI-01", "gap", None, "no conflicts clause in this contract (clause 11.1 precedence 'conflict' is a decoy)"),
        V("COI-02", "gap", None, "no conflict mitigation in this contract (clause 2 silent)"),
        V("COI-03", "pass", T02_B, "clause 2.4: no gifts to officers and a register the Council may inspect", ev=["shall keep a gifts and hospitality register which the Council may inspect"]),
        V("COI-04", "weak", T02_B, "clause 2.5: Provider 'may tell' the Council before employing a former officer (permissive)", ev=["The Provider may tell the Council if it plans to employ a former Council officer."]),
        V("COI-05", "gap", None, "no register of interests in this contract (clause 2 silent)"),
        V("COI-06", "pass", T02_B, "clause 4.1: confirms disclosure of relationships with those in the procurement, kept up to date", ev=["The Provider confirms that it disclosed to the Council, before award, any relationship"]),
        V("CDM-01", "pass", T02_B, "clause 5.1: free complaints procedure explained at the first visit", ev=["The Provider shall operate a complaints procedure for residents and their families that is free"]),
        V("CDM-02", "weak", T02_B, "clause 5.5: complaint figures only 'when asked' (on request)", ev=["The Provider shall give the Council complaint figures when asked."]),
        V("CDM-03", "gap", None, "no satisfaction survey in this contract (clause 5 silent)"),
        V("CDM-04", "pass", T02_B, "clause 5.3: co-operate with the LGSCO and implement its remedy", ev=["shall co-operate with any investigation by the Local Government and Social Care Ombudsman"]),
        V("CDM-05", "pass", T02_B, "clause 5.4: six-monthly review for themes and lessons, actions agreed", ev=["The Provider shall review complaints every six months for themes and lessons learned"]),
        V("CDM-06", "pass", T02_B, "clause 5.2: acknowledge in three, respond in 20 Working Days", ev=["The Provider shall acknowledge complaints within three Working Days and respond within 20 Working Days."]),
    ]),
]))
