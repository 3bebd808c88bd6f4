"""Blind evaluation set 11 for probity: twelve long, realistic public-service contracts.

Data only: contract texts (in a small line-based markup), block lists, metadata and the
expected verdicts.  ``scripts/make-blind-set11.py`` renders the files and checks the set.

Markup (one block per line):
  TITLE: text           title line (unnumbered)
  PART: text            unnumbered heading
  SCHEDULE: text        schedule heading; numbering restarts and is always explicit
  = text                level-1 numbered heading ("12.")
  + text                level-2 numbered clause ("12.1")
  - text                level-3 item ("(a)")
  -- text               level-4 item ("(i)")
  | a | b |             table row (first row of a run of rows is the header)
  anything else         plain paragraph
  ... @label            trailing label, used by {#label} cross-references and verdict reasons
Inline (hand-built DOCX/ODT only): ⟦del:...⟧ tracked deletion, ⟦ins:...⟧ tracked insertion,
⟦cm:...⟧ comment, ⟦fn:...⟧ footnote.  Deleted text and comments are not contract text.
"""

import re

RULES = ["ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09",
         "ES-10", "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
         "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06"]

ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
         "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"]

DEFAULT_CTX = {
    "P": "Supplier", "A": "Authority", "AGR": "Contract", "PSTAFF": "Staff",
    "SUB": "Sub-contractor", "U": "Service Users", "U1": "Service User", "WD": "Working Day",
    "SH": "shall", "CUR": "£", "TAX": "VAT", "LAWOF": "the law of England and Wales",
    "COURTS": "the courts of England and Wales", "GDPR": "UK GDPR",
    "DPACT": "the Data Protection Act 2018", "REGULATOR": "the Information Commissioner",
    "TERRITORY": "the United Kingdom", "FOIACT": "the Freedom of Information Act 2000",
    "MEDIATOR": "the Centre for Effective Dispute Resolution (CEDR)",
    "ARB": "the Arbitration Act 1996", "CD": "Commencement Date",
    "INDEX": "the Consumer Prices Index published by the Office for National Statistics",
    "ORG": "organisation", "CAP": "1,000,000", "EXT": "two further periods of twelve months",
    "CONV": "three", "AUDITBODY": "the National Audit Office",
    "FORUM": "the courts in accordance with clause {#law}",
    "TENDER": "the Tender", "SPEC": "the Specification", "CHSCHED": "the Charges Schedule",
    "KPISCHED": "the Performance Schedule", "SPECSCHED": "the Specification Schedule",
}

_HOOK_LINE = re.compile(r"^\s*\{H_[A-Z0-9_]+\}\s*$")


def fill(template, ctx, hooks=None):
    """Substitute {KEY} from ctx and {H_NAME} hooks (multi-line markup or empty)."""
    hooks = hooks or {}
    out = []
    for line in template.strip("\n").split("\n"):
        m = re.fullmatch(r"\s*\{(H_[A-Z0-9_]+)\}\s*", line)
        if m:
            val = hooks.get(m.group(1), "")
            if val:
                out.extend(fill(val, ctx).split("\n"))
            continue
        def rep(mm):
            key = mm.group(1)
            if key.startswith("H_"):
                return hooks.get(key, "")
            if key in ctx:
                return ctx[key]
            return mm.group(0)
        out.append(re.sub(r"\{([A-Z][A-Z0-9_]*)\}", rep, line))
    return "\n".join(out)


def alpha(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s


_INLINE = re.compile(r"⟦(del|ins|cm|fn):(.*?)⟧", re.S)


def clean_inline(text):
    """Contract text of a markup string: drop deletions, comments, footnotes; keep insertions."""
    def rep(m):
        return m.group(2) if m.group(1) == "ins" else ""
    return re.sub(r"  +", " ", _INLINE.sub(rep, text)).strip()


def inline_parts(text, kind):
    return [m.group(2) for m in _INLINE.finditer(text) if m.group(1) == kind]


def parse(markup, style):
    """Parse markup into blocks with numbering.  style: dict of number formats."""
    blocks = []
    n = [0, 0, 0, 0]
    in_sched = False
    table = None
    for raw in markup.split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.startswith("%%"):
            table = None if not line.strip().startswith("|") else table
            continue
        label = None
        m = re.search(r"\s@([a-z0-9_]+)$", line)
        if m:
            label = m.group(1)
            line = line[:m.start()].rstrip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
            if table is None:
                table = {"t": "table", "rows": [], "id": label, "sched": in_sched}
                blocks.append(table)
            elif label and not table.get("id"):
                table["id"] = label
            table["rows"].append(cells)
            continue
        table = None
        b = {"id": label, "sched": in_sched}
        if line.startswith("TITLE: "):
            b.update(t="title", text=line[7:])
        elif line.startswith("PART: "):
            b.update(t="part", text=line[6:])
        elif line.startswith("SCHEDULE: "):
            in_sched = True
            n = [0, 0, 0, 0]
            b.update(t="sched", text=line[10:], sched=True)
        elif line.startswith("= "):
            n = [n[0] + 1, 0, 0, 0]
            b.update(t="h1", text=line[2:], lvl=0, num=style["h1"].format(n=n[0]), ref=str(n[0]))
        elif line.startswith("+ "):
            n = [n[0], n[1] + 1, 0, 0]
            b.update(t="c", text=line[2:], lvl=1, num=style["c"].format(n=n[0], m=n[1]),
                     ref="%d.%d" % (n[0], n[1]))
        elif line.startswith("-- "):
            n[3] += 1
            base = ("%d.%d" % (n[0], n[1])) if n[1] else str(n[0])
            b.update(t="ss", text=line[3:], lvl=3, num=style["ss"].format(i=ROMAN[n[3] - 1]),
                     ref="%s(%s)(%s)" % (base, alpha(n[2]), ROMAN[n[3] - 1]))
        elif line.startswith("- "):
            n[2] += 1
            n[3] = 0
            base = ("%d.%d" % (n[0], n[1])) if n[1] else str(n[0])
            b.update(t="s", text=line[2:], lvl=2, num=style["s"].format(a=alpha(n[2])),
                     ref="%s(%s)" % (base, alpha(n[2])))
        else:
            b.update(t="p", text=line)
        blocks.append(b)
    refs = {}
    for b in blocks:
        if b.get("id"):
            refs[b["id"]] = b.get("ref", b["id"])
    def resolve(s):
        def rep(mm):
            if mm.group(1) not in refs:
                raise KeyError("unknown cross-reference #" + mm.group(1))
            return refs[mm.group(1)]
        return re.sub(r"\{#([a-z0-9_]+)\}", rep, s)
    for b in blocks:
        if "text" in b:
            b["text"] = resolve(b["text"])
        if b["t"] == "table":
            b["rows"] = [[resolve(c) for c in row] for row in b["rows"]]
    return blocks, refs, resolve


STYLE_UK = {"h1": "{n}.", "c": "{n}.{m}", "s": "({a})", "ss": "({i})"}
STYLE_US = {"h1": "Section {n}.", "c": "{n}.{m}", "s": "({a})", "ss": "({i})"}
STYLE_PLAIN = {"h1": "{n}.", "c": "{n}.{m}", "s": "({a})", "ss": "({i})"}


def definitions(entries):
    """entries: list of (term, markup text).  Sorted alphabetically, rendered as plain paras."""
    items = sorted(entries, key=lambda e: e[0].lower().replace("“", ""))
    return "\n".join("“%s” %s" % (t, d) for t, d in items)


# ---------------------------------------------------------------------------
# Shared boilerplate library.  Written to be neutral on every rule: it carries
# only decoys (precedence "conflict", financial audit, data "integrity", armed
# conflict, insurance certificates, TUPE "former" employees, payment and data
# flow-downs, dispute resolution meetings).  Rule content enters only through
# the {H_...} hooks, filled per contract.
# ---------------------------------------------------------------------------

DEFS = {
    "Auditor": "means the {A}'s internal auditors, its external auditors, {AUDITBODY} and any person appointed by any of them to examine the accounts of the {A};",
    "Business Continuity Plan": "means the {P}'s plan for the continued provision of the Services in the event of disruption, prepared and maintained under clause {#bcdr};",
    "Change Control Procedure": "means the procedure for agreeing variations set out in clause {#variation};",
    "Charges": "means the charges payable by the {A} to the {P} for the Services, as set out in {CHSCHED};",
    "Confidential Information": "means all information, in whatever form, which is marked as confidential or which ought reasonably to be regarded as confidential, including information relating to the business, affairs, personnel, service users and finances of either Party, but excluding information which is or becomes public other than through a breach of this {AGR};",
    "Conflict of Interest": "means a conflict between the financial or personal duties of the {P} or its {PSTAFF} and the duties owed to the {A} under this {AGR}, in the reasonable opinion of the {A};",
    "Contract Year": "means each consecutive period of twelve months starting on the {CD} or an anniversary of it;",
    "Data Protection Legislation": "means the {GDPR}, {DPACT} and all other applicable Law relating to the processing of personal data and privacy;",
    "Default": "means any breach of the obligations of the relevant Party, or any other default, act, omission, negligence or statement of the relevant Party or its staff in connection with this {AGR} in respect of which that Party is liable to the other;",
    "Dispute Resolution Procedure": "means the procedure set out in clause {#disputes};",
    "Exit Plan": "means the plan for the orderly transfer of the Services on expiry or termination, prepared under clause {#exit};",
    "Force Majeure Event": "means any event beyond the reasonable control of the affected Party, including acts of God, fire, flood, storm, epidemic, war, armed conflict, acts of terrorism, riot, civil commotion and failure of a public utility, but excluding industrial action by the affected Party's own staff and any failure of a {SUB} except where the {SUB} is itself affected by such an event;",
    "Good Industry Practice": "means the exercise of that degree of skill, care, prudence, efficiency, foresight and timeliness as would reasonably be expected from a leading service provider supplying services of the same kind in the same or similar circumstances;",
    "Initial Term": "means the period from the {CD} to the day before the {INITIAL} anniversary of it;",
    "Insolvency Event": "means, in relation to the {P}, its inability to pay its debts as they fall due, the appointment of a liquidator, receiver, administrator or similar officer over any of its assets, the making of any arrangement with its creditors, or any analogous event in any jurisdiction;",
    "Intellectual Property Rights": "or “IPR” means patents, copyright, database rights, trade marks, design rights, rights in confidential information and all similar rights anywhere in the world, whether registered or not;",
    "Key Performance Indicators": "or “KPIs” means the performance measures set out in {KPISCHED};",
    "Key Personnel": "means the individuals named as such in the Key Personnel table, or their approved replacements;",
    "Law": "means any law, statute, subordinate legislation, bye-law, regulation, order, mandatory guidance, statutory code of practice, judgment of a relevant court, or requirement of any regulatory body with which the {P} is bound to comply, including {LAWLIST};",
    "Personal Data": "“Controller”, “Processor”, “Data Subject” and “Personal Data Breach” have the meanings given in the {GDPR};",
    "Premises": "means any land or buildings owned or occupied by the {A} at which the Services are to be provided;",
    "Prohibited Act": "means (a) directly or indirectly offering, promising or giving any person working for or engaged by the {A} a financial or other advantage to induce that person to perform improperly a relevant function or activity, or to reward that person for having done so; (b) directly or indirectly requesting, agreeing to receive or accepting any financial or other advantage as an inducement or reward for the improper performance of a relevant function or activity in connection with this {AGR}; (c) committing any offence under {BRIBERYACT} or under legislation creating offences concerning fraudulent acts; or (d) defrauding, attempting to defraud or conspiring to defraud the {A};",
    "Replacement Supplier": "means any third party appointed by the {A} to provide services replacing any of the Services, and any {SUB} of that third party;",
    "Service Commencement Date": "means the date on which the {P} begins to provide the Services to {U}, being {SCD};",
    "Services": "means the services to be provided by the {P} under this {AGR} as described in the Specification;",
    "Specification": "means the description of the Services set out in {SPECSCHED};",
    "Sub-contract": "means any contract between the {P} and a third party under which that third party agrees to provide any part of the Services, and “{SUB}” means the party to a Sub-contract other than the {P};",
    "Tender": "means the tender submitted by the {P} in response to the {A}'s invitation to tender;",
    "Working Day": "means any day other than a Saturday, Sunday or public holiday in {HOLIDAYS};",
}

STAFF_DEF_WITH_SUB = "means all directors, officers, employees, agents, consultants and contractors of the {P} and of any {SUB} who are engaged in the performance of the Services;"
STAFF_DEF_OWN = "means all directors, officers, employees and agents of the {P} who are engaged in the performance of the Services;"

LIB = {}

LIB["interpretation"] = """
+ In this {AGR}, unless the context otherwise requires:
- references to a “person” include any individual, company, body corporate, partnership, unincorporated association or public body;
- the words “including”, “includes” and “in particular” are illustrative and do not limit the generality of the preceding words;
- references to any statute or statutory provision include any subordinate legislation made under it and any amendment, extension, consolidation or re-enactment of it;
- references to a Party include its successors and permitted assigns, and references to a clause or schedule are to a clause of or schedule to this {AGR};
- headings are for convenience only and do not affect the interpretation of this {AGR}; and
- the singular includes the plural and vice versa.
+ In the event of any conflict or inconsistency between the clauses, the schedules and any document referred to in them, the conflict or inconsistency {SH} be resolved according to the following order of precedence: {PRECEDENCE}. @precedence
+ Any provision of {TENDER} which conflicts with {SPEC} {SH} be disregarded, and {TENDER} {SH} apply only to the extent that it offers a higher standard of service than {SPEC}.
"""

LIB["term"] = """
= TERM @term
+ This {AGR} takes effect on the {CD} and, unless terminated earlier in accordance with its terms, {SH} continue for the Initial Term.
+ The {A} may extend this {AGR} for {EXT} by giving the {P} not less than three months' written notice before the end of the Initial Term or of any extension. The terms of this {AGR} {SH} apply throughout any extension.
+ The {P} {SH} carry out the mobilisation activities described in the Mobilisation Plan by the dates set out in it, and {SH} attend weekly mobilisation meetings with the {A}'s Contract Manager until the Service Commencement Date.
+ If the {P} fails to achieve any mobilisation milestone by its due date, it {SH} within five {WD}s submit a revised plan for achieving that milestone, and the {A} may withhold the Mobilisation Payment until the milestone has been achieved.
"""

LIB["charges"] = """
= CHARGES, PAYMENT AND INVOICING @charges
+ In consideration of the provision of the Services in accordance with this {AGR}, the {A} {SH} pay the Charges in accordance with {CHSCHED}.
+ The {P} {SH} submit invoices monthly in arrears to the address notified by the {A}. Each invoice {SH} quote the purchase order number, give a breakdown of the Charges by service element, and be accompanied by such supporting information as the {A} may reasonably require to verify it.
+ The {A} {SH} pay each valid and undisputed invoice within thirty days of receipt. Where the {A} disputes any part of an invoice in good faith, it {SH} pay the undisputed part and notify the {P} of the reasons, and the disputed amount {SH} be dealt with under the Dispute Resolution Procedure.
+ All Charges are exclusive of {TAX}, which {SH} be payable by the {A} in addition on receipt of a valid {TAX} invoice. The {P} {SH} provide any {TAX} registration details and {TAX} declaration which the {A} reasonably requests in connection with its own tax returns.
+ The {A} may deduct from any sum due to the {P} any amount which the {P} owes to the {A} under this {AGR}, including any sum deducted for failure to meet a performance target.
+ The Charges {SH} remain fixed for the first Contract Year. From the start of each later Contract Year they may be adjusted by reference to {INDEX}, provided that no annual increase {SH} exceed three per cent.
"""

LIB["insurance"] = """
= INSURANCE @insurance
+ The {P} {SH} take out and maintain, with reputable insurers, the following insurances for the duration of this {AGR} and for six years after it ends:
- public liability insurance with a limit of indemnity of not less than {CUR}5,000,000 for any one occurrence;
- employer's liability insurance with a limit of indemnity of not less than {CUR}5,000,000 for any one occurrence, or such higher sum as is required by Law; and
- professional indemnity insurance with a limit of indemnity of not less than {CUR}2,000,000 for each claim and in the aggregate.
+ The {P} {SH} provide the {A} with a certificate of insurance, or other evidence of cover satisfactory to the {A}, on the {CD} and within ten {WD}s of each annual renewal of the policies.
+ The {P} {SH} not do or omit to do anything which would entitle an insurer to avoid or reduce its liability under any policy, and {SH} notify the {A} promptly of any claim which could affect the cover available for the Services.
"""

LIB["liability"] = """
= LIABILITY AND INDEMNITIES @liability
+ Neither Party limits or excludes its liability for death or personal injury caused by its negligence, for fraud or fraudulent misrepresentation, or for any other matter in respect of which it would be unlawful to limit or exclude liability. @liab_carveout
+ Subject to clause {#liab_carveout}, each Party's total aggregate liability in respect of all claims arising under or in connection with this {AGR} in any Contract Year {SH} not exceed the greater of {CUR}{CAP} and one hundred and twenty-five per cent of the Charges paid or payable in that Contract Year.
+ Neither Party {SH} be liable to the other for any indirect or consequential loss, or for any loss of profit, revenue, goodwill or anticipated savings, whether arising in contract, tort (including negligence) or otherwise.
+ The {P} {SH} indemnify the {A} against all losses, claims, costs and expenses incurred by the {A} as a result of any death or personal injury, or any loss of or damage to property, caused by the negligence or wilful default of the {P} or of any person for whom it is responsible.
+ Each Party {SH} take reasonable steps to mitigate any loss or damage for which it claims against the other under this {AGR}.
"""

LIB["ipr"] = """
= INTELLECTUAL PROPERTY @ipr
+ Each Party retains ownership of the Intellectual Property Rights which it owned before the {CD} or which it develops independently of this {AGR}.
+ All Intellectual Property Rights in any reports, data, forms, templates and other materials created by the {P} specifically for the purposes of this {AGR} {SH} vest in the {A} on creation, and the {P} assigns to the {A} with full title guarantee all such rights, together with the right to sue for past infringement.
+ The {P} grants to the {A} a perpetual, royalty-free, non-exclusive licence to use, copy and adapt any of the {P}'s existing materials incorporated in the deliverables, to the extent necessary for the {A} and any Replacement Supplier to receive the full benefit of the Services.
+ The {P} {SH} indemnify the {A} against all losses arising from any claim that the receipt or use of the Services or of any deliverable infringes the Intellectual Property Rights of a third party.
"""

LIB["dp"] = """
= DATA PROTECTION @dp
+ The Parties acknowledge that, for the purposes of the Data Protection Legislation, the {A} is the Controller and the {P} is the Processor of the Personal Data described in the Data Processing table. The only processing that the {P} is authorised to carry out is that described in that table.
+ The {P} {SH} process Personal Data only on the documented instructions of the {A}, unless otherwise required by Law, and {SH} notify the {A} immediately if it considers that any instruction infringes the Data Protection Legislation.
+ The {P} {SH} implement appropriate technical and organisational measures to protect the Personal Data against unauthorised or unlawful processing and against accidental loss, destruction or damage, so as to ensure the ongoing confidentiality, integrity, availability and resilience of its processing systems.
+ The {P} {SH} ensure that access to Personal Data is limited to those of its {PSTAFF} who need access in order to perform the Services, each of whom is subject to a duty of confidence and has completed the {P}'s data protection and information security training.
+ The {P} {SH} notify the {A} without undue delay, and in any event within twenty-four hours, on becoming aware of a Personal Data Breach, and {SH} give the {A} all reasonable assistance in containing and remedying it and in making any notification to {REGULATOR}.
+ The {P} {SH} notify the {A} within two {WD}s if it receives any data subject access request, or any request, complaint or communication from a Data Subject or from {REGULATOR} relating to the Personal Data, and {SH} not respond to it except on the {A}'s instructions.
+ The {P} {SH} not transfer Personal Data outside {TERRITORY} without the prior written consent of the {A}.
+ The {P} {SH} not engage any sub-processor without the prior written consent of the {A}, and {SH} ensure that each sub-processor is bound by written terms which are no less protective of the Personal Data than those in this clause.
+ On expiry or termination of this {AGR} the {P} {SH}, at the {A}'s option, securely return or destroy the Personal Data and all copies, unless the Law requires it to be retained.
"""

LIB["conf"] = """
= CONFIDENTIALITY @conf
+ Except as permitted by this clause, each Party {SH} keep the other Party's Confidential Information confidential and {SH} not use it except for the purposes of this {AGR} or disclose it to any third party without the other Party's prior written consent.
+ A Party may disclose the other Party's Confidential Information:
- to its employees, professional advisers and, in the case of the {P}, approved {SUB}s, who need to know it for the purposes of this {AGR} and who are bound by obligations of confidence equivalent to those in this clause;
- where disclosure is required by Law, by a court of competent jurisdiction or by any regulatory or governmental body; or
- to the extent that the information has become public other than through a breach of this {AGR}.
+ The {A} may disclose the Confidential Information of the {P} to any other public body, to its auditors, to any Replacement Supplier for the purposes of re-procurement, and to any person conducting a review of the {A}'s functions.
+ The {P} {SH} not make any press announcement or publish any material concerning this {AGR} without the prior written approval of the {A}.
"""

LIB["records"] = """
= RECORDS AND AUDIT @audit
+ The {P} {SH} keep full and accurate records and accounts of the operation of this {AGR}, including the Services provided, the Charges invoiced, the costs incurred and all payments made to {SUB}s, until six years after the end of this {AGR}.
+ The {P} {SH} give the {A}, the Auditor and their representatives access to those records and accounts, on reasonable notice and during normal business hours, for the purposes of verifying the accuracy of the Charges and invoices, examining the integrity of the financial information supplied by the {P}, and assisting the {A} with the statutory audit of its accounts. @audit_fin
{H_AUDIT}
+ Each Party {SH} bear its own costs of any audit under this clause, except that where an audit reveals that the {P} has overcharged the {A} by more than five per cent in any quarter, the {P} {SH} repay the overcharge and reimburse the {A}'s reasonable costs of the audit within twenty {WD}s of demand.
+ The {P} {SH} maintain a register of all assets provided by the {A} for the purposes of the Services, recording their location and condition, and {SH} make the register available to the {A} at each quarterly review meeting.
"""

LIB["bcdr"] = """
= BUSINESS CONTINUITY @bcdr
+ The {P} {SH} prepare, and submit to the {A} for approval before the Services start, a Business Continuity Plan setting out how it {SH} maintain the Services, prioritising the most vulnerable {U}, in the event of disruption caused by loss of premises, systems, suppliers or staff.
+ The {P} {SH} review the Business Continuity Plan at least annually and after any invocation, test it at least once in each Contract Year, and provide the {A} with a written report of the results of each test and of any changes made as a result.
+ The {P} {SH} invoke the Business Continuity Plan promptly whenever an event occurs which is likely to disrupt the Services, and {SH} notify the {A} as soon as practicable that it has done so.
"""

LIB["fm"] = """
= FORCE MAJEURE @fm
+ Neither Party {SH} be liable for any failure or delay in performing its obligations to the extent that it is caused by a Force Majeure Event, provided that the affected Party notifies the other promptly of the nature and likely duration of the event and uses all reasonable endeavours to mitigate its effects.
+ A Force Majeure Event {SH} not relieve the {P} of its obligation to implement the Business Continuity Plan, and the {P} {SH} not be entitled to payment for any Services which it does not provide.
+ If a Force Majeure Event prevents the performance of all or a substantial part of the Services for a continuous period of more than sixty days, either Party may terminate this {AGR} by giving thirty days' written notice to the other.
"""

LIB["variation"] = """
= VARIATION @variation
+ No variation of this {AGR} {SH} be effective unless it is agreed in writing in accordance with this clause and signed by an authorised representative of each Party.
+ Either Party may propose a variation by serving a change request on the other. The {P} {SH}, within ten {WD}s of receiving or serving a change request, provide an impact assessment setting out the effect of the proposed variation on the Services, the price, the performance measures and the timetable.
+ The {P} {SH} not unreasonably withhold its agreement to any variation which is necessary to comply with a change in Law or in the {A}'s statutory duties.
"""

LIB["disputes"] = """
= DISPUTE RESOLUTION @disputes
+ The Parties {SH} attempt in good faith to resolve any dispute arising out of or in connection with this {AGR} through discussion between their Contract Managers. If the dispute is not resolved within ten {WD}s, either Party may refer it to a meeting of senior representatives of each Party, who {SH} meet within a further ten {WD}s.
+ If the dispute is not resolved by the senior representatives, the Parties {SH} attempt to settle it by mediation in accordance with the model procedure of {MEDIATOR}. Each Party {SH} co-operate with the mediator, provide any information reasonably requested and attend the mediation meetings.
+ Any dispute relating to a technical matter, including the calculation of any sum payable under this {AGR}, may at the request of either Party be referred to an independent expert agreed between the Parties or, failing agreement, nominated by {EXPERTBODY}. The expert {SH} act as an expert and not as an arbitrator, and the expert's determination {SH} be final and binding except in the case of manifest error.
+ If the dispute is not resolved within forty {WD}s of the start of the mediation, it {SH} be referred to and finally resolved by arbitration under {ARB}, by a single arbitrator appointed by agreement or, failing agreement, by {ARBBODY}. The seat of the arbitration {SH} be {SEAT}.
+ The {P} {SH} continue to provide the Services in accordance with this {AGR} while any dispute is being resolved.
"""

LIB["exit"] = """
= CONSEQUENCES OF EXPIRY OR TERMINATION @exit
+ Expiry or termination of this {AGR} {SH} not affect the accrued rights and remedies of either Party, or the continuation in force of any provision which is expressly or by implication intended to survive, including clauses {#liability}, {#dp}, {#conf} and {#audit}.
+ The {P} {SH} maintain an Exit Plan, agreed with the {A} within three months of the {CD} and reviewed annually, and {SH} implement it on expiry or termination so as to secure an orderly transfer of the Services to the {A} or a Replacement Supplier with the least disruption to {U}.
+ On expiry or termination the {P} {SH} promptly return to the {A} all property, records, data and documents belonging to the {A}, and {SH} provide the {A} and any Replacement Supplier with such information and co-operation as they reasonably require to take over the Services.
+ Where this {AGR} is terminated for any reason other than expiry, the {A} may pay the {P} only for Services properly provided up to the date of termination, less any sums due from the {P}, and, where the termination results from a Default of the {P}, may recover from the {P} the reasonable additional costs of procuring replacement services for the remainder of the Initial Term.
"""

LIB["stepin"] = """
= STEP-IN @stepin
+ The {A} may take action under this clause if it reasonably believes that there is a serious risk to the health, safety or welfare of any {U1}, that the {P} has persistently failed to provide the Services in accordance with the Specification, or that the {A} is required to act by a regulator or by Law.
+ The {A} may, by written notice to the {P}, take over (itself or through a third party) the provision of all or part of the affected Services for such period as it reasonably considers necessary, and the {P} {SH} give the {A} and any third party access to the Premises, systems and information needed for that purpose.
+ While the {A} exercises its step-in rights the {P} {SH} not be liable for the affected Services, the Charges for those Services {SH} not be payable, and the {P} {SH} reimburse the {A}'s reasonable additional costs of exercising those rights where the step-in resulted from a Default of the {P}.
"""

LIB["assign"] = """
= ASSIGNMENT AND SUB-CONTRACTING @subcontracting
+ The {P} {SH} not assign, novate or otherwise transfer any of its rights or obligations under this {AGR} without the prior written consent of the {A}. The {A} may assign or novate this {AGR} to any other public body which takes over its relevant functions.
+ The {P} {SH} not sub-contract all or any part of the Services without the prior written consent of the {A}. A request for consent {SH} identify the proposed {SUB}, the services to be sub-contracted and the reasons for sub-contracting.
+ The {P} {SH} remain responsible for the acts and omissions of its {SUB}s as though they were its own, and consent to a Sub-contract {SH} not relieve the {P} of any of its obligations.
+ The {P} {SH} ensure that each Sub-contract requires the {P} to pay any undisputed sums due to the {SUB} within thirty days of receipt of a valid invoice, and requires the {SUB} to maintain insurances appropriate to the services it provides.
{H_FLOWDOWN}
"""

LIB["notices"] = """
= NOTICES @notices
+ Any notice under this {AGR} {SH} be in writing and {SH} be delivered by hand, sent by pre-paid first class or recorded delivery post, or sent by email to the address of the recipient set out in this {AGR} or such other address as the recipient notifies for this purpose.
+ A notice {SH} be deemed received, if delivered by hand, on delivery; if posted, at 9.00 am on the second {WD} after posting; and if sent by email, at the time of transmission, or at 9.00 am on the next {WD} if sent outside business hours. Notices of termination or of a dispute sent by email {SH} also be sent by post.
"""

LIB["general"] = """
= GENERAL @general
+ This {AGR} constitutes the entire agreement between the Parties relating to its subject matter and supersedes all previous agreements, arrangements and understandings. Each Party acknowledges that it has not relied on any representation which is not set out in this {AGR}, but nothing in this clause limits liability for fraudulent misrepresentation.
+ {THIRDPARTY}
+ No failure or delay by either Party in exercising any right or remedy {SH} operate as a waiver of it, and no waiver {SH} be effective unless it is in writing. A waiver of any breach {SH} not be a waiver of any later breach.
+ If any provision of this {AGR} is held invalid or unenforceable, it {SH} be deemed deleted to the extent necessary and the remaining provisions {SH} continue in full force.
+ Nothing in this {AGR} creates a partnership, joint venture or relationship of employer and employee between the Parties, and neither Party has authority to bind the other.
+ This {AGR} may be executed in any number of counterparts, each of which is an original and which together constitute one agreement.
"""

LIB["law"] = """
= GOVERNING LAW AND JURISDICTION @law
+ This {AGR} and any dispute or claim arising out of or in connection with it, including non-contractual disputes or claims, {SH} be governed by {LAWOF}.
+ Subject to clause {#disputes}, the Parties submit to the exclusive jurisdiction of {COURTS}.
"""

DEFS["Personal Data"] = ", “Controller”, “Processor”, “Data Subject” and “Personal Data Breach” have the meanings given in the {GDPR};"
DEFS["Former Supplier"] = "means the person who provided services substantially similar to the Services immediately before the Service Commencement Date;"
DEFS["Transfer Regulations"] = "means the Transfer of Undertakings (Protection of Employment) Regulations 2006;"
DEFS["Transferring Former Supplier Employees"] = "means those employees of the Former Supplier whose contracts of employment transfer to the {P} on the Service Commencement Date by virtue of the Transfer Regulations;"
DEFS["Staffing Information"] = "means anonymised information about each member of the {PSTAFF} assigned to the Services, including their role, length of service, pay and benefits, working pattern, and any disciplinary or grievance proceedings in the previous two years;"
DEFS["Mobilisation Plan"] = "means the plan for the mobilisation of the Services set out in the {P}'s tender, as refined and agreed with the {A};"
DEFS["Request for Information"] = "means a request for information or an apparent request under {FOIACT} or the environmental information regulations applicable to the {A};"
DEFS["Service Credits"] = "means the sums by which the Charges are reduced where the {P} fails to meet a KPI, calculated in accordance with {KPISCHED};"


def defs_text(keys, ctx, extra=()):
    """Build the definitions paragraphs from library keys plus bespoke (term, text) pairs."""
    entries = [(k, fill(DEFS[k], ctx)) for k in keys] + list(extra)
    items = sorted(entries, key=lambda e: e[0].lower())
    out = []
    for t, d in items:
        out.append(("“%s”%s" if d.startswith(",") else "“%s” %s") % (t, d))
    return "\n".join(out)


LIB["tupe"] = """
= STAFF TRANSFER @tupe
+ The Parties agree that the Transfer Regulations are likely to apply on the Service Commencement Date in respect of the Transferring Former Supplier Employees, whose contracts of employment {SH} have effect from that date as if originally made between them and the {P}.
+ The {P} {SH} comply with its obligations under the Transfer Regulations, including its obligations to inform and consult, and {SH} provide the {A} with any information it reasonably requests about the measures it envisages taking in relation to the Transferring Former Supplier Employees.
+ Not later than six months before the expiry of this {AGR}, or within twenty {WD}s of a request by the {A} at any time, the {P} {SH} provide the {A} with complete and accurate Staffing Information in respect of all {PSTAFF} wholly or mainly assigned to the Services.
+ During the six months before expiry, or after notice of termination has been given, the {P} {SH} not without the {A}'s consent materially increase the number of {PSTAFF} assigned to the Services or vary their terms and conditions of employment.
+ The {P} {SH} indemnify the {A} and any Replacement Supplier against all losses arising from any claim by any current or former employee of the {P} who is not included in the Staffing Information but who claims that his or her employment transferred under the Transfer Regulations.
"""

LIB["hs"] = """
= HEALTH AND SAFETY @hs
+ The {P} {SH} comply with all health and safety Law and, when on the Premises, with the {A}'s health and safety policies, and {SH} promptly notify the {A} of any hazard at the Premises of which it becomes aware.
+ The {P} {SH} carry out suitable and sufficient risk assessments of the Services, review them at least annually, and ensure that all {PSTAFF} are trained in manual handling, lone working and the safe use of any equipment they operate.
+ The {P} {SH} report to the {A} within one {WD} any accident, dangerous occurrence or near miss arising from the Services which is reportable to {HSREG}.
"""

LIB["equality"] = """
= EQUALITY AND DIVERSITY @equality
+ The {P} {SH} not unlawfully discriminate, directly or indirectly, on the grounds of any protected characteristic in the provision of the Services or in its employment practices, and {SH} comply with {EQUALITYLAW}.
+ The {P} {SH} take all reasonable steps to assist the {A} to meet its public sector equality duty, including by providing equality monitoring information about {U} in the form reasonably requested by the {A}.
"""


# Condensed versions of the same boilerplate, for the shorter contracts.
LIBS = {}

LIBS["interpretation"] = """
+ In this {AGR} headings do not affect interpretation, the words “including” and “includes” are illustrative, references to legislation include any amendment or re-enactment of it, and the singular includes the plural.
+ If there is any conflict or inconsistency between the clauses and the schedules, the clauses prevail, and the schedules prevail over the {P}'s tender or any other document referred to in this {AGR}. @precedence
"""

LIBS["charges"] = """
= CHARGES AND INVOICING @charges
+ The {A} {SH} pay the Charges set out in {CHSCHED}. The {P} {SH} invoice monthly in arrears, quoting the purchase order number and attaching such supporting information as the {A} reasonably requires.
+ The {A} {SH} pay valid and undisputed invoices within thirty days of receipt. Charges are exclusive of {TAX}, which {SH} be shown separately on each invoice, and the {P} {SH} provide any {TAX} declaration the {A} reasonably requests.
+ The {A} may set off against the Charges any sum owed to it by the {P} under this {AGR}. The Charges are fixed for the first Contract Year and may then be adjusted annually by reference to {INDEX}.
"""

LIBS["insurance"] = """
= INSURANCE @insurance
+ The {P} {SH} maintain public liability insurance of at least {CUR}5,000,000, employer's liability insurance of at least {CUR}5,000,000 (or such higher amount as the Law requires) and professional indemnity insurance of at least {CUR}1,000,000, and {SH} provide a certificate of insurance on the {CD} and on each annual renewal.
"""

LIBS["liability"] = """
= LIABILITY @liability
+ Neither Party limits its liability for death or personal injury caused by negligence, for fraud or fraudulent misrepresentation, or for anything which cannot lawfully be limited. @liab_carveout
+ Subject to clause {#liab_carveout}, each Party's total liability in any Contract Year {SH} not exceed {CUR}{CAP}, and neither Party {SH} be liable for indirect or consequential loss or for loss of profits.
+ The {P} {SH} indemnify the {A} against claims for death, personal injury or damage to property caused by the negligence or wilful default of the {P} or its {PSTAFF}.
"""

LIBS["ipr"] = """
= INTELLECTUAL PROPERTY @ipr
+ Each Party keeps its existing Intellectual Property Rights. Rights in reports, data and materials created specifically for the {A} under this {AGR} vest in the {A}, and the {P} grants the {A} a free, perpetual licence to use any of its existing materials included in them.
"""

LIBS["dp"] = """
= DATA PROTECTION @dp
+ The {A} is the Controller and the {P} is the Processor of the Personal Data processed for the Services. The {P} {SH} process that data only on the {A}'s documented instructions and in accordance with the Data Protection Legislation.
+ The {P} {SH} keep Personal Data secure using appropriate technical and organisational measures which protect its confidentiality, integrity and availability, and {SH} limit access to {PSTAFF} who need it.
+ The {P} {SH} notify the {A} within twenty-four hours of becoming aware of a Personal Data Breach, and within two {WD}s of receiving any request, complaint or communication from a Data Subject or {REGULATOR}.
+ The {P} {SH} not transfer Personal Data outside {TERRITORY} or appoint a sub-processor without the {A}'s written consent, and on expiry {SH} return or securely destroy the Personal Data.
"""

LIBS["conf"] = """
= CONFIDENTIALITY @conf
+ Each Party {SH} keep the other's Confidential Information confidential and use it only for the purposes of this {AGR}, except where disclosure is required by Law, is made to professional advisers bound by a duty of confidence, or concerns information already in the public domain.
+ The {A} may disclose the {P}'s Confidential Information to other public bodies, its auditors and any Replacement Supplier. The {P} {SH} not make any press statement about this {AGR} without the {A}'s approval.
"""

LIBS["records"] = """
= RECORDS AND AUDIT @audit
+ The {P} {SH} keep full and accurate accounts and records relating to the Charges and the costs of providing the Services for six years after the end of this {AGR}.
+ The {P} {SH} allow the {A} and the Auditor, on reasonable notice, to inspect and copy those accounts and records for the purpose of verifying the Charges and supporting the audit of the {A}'s accounts, and {SH} repay promptly any overpayment which an audit reveals. @audit_fin
{H_AUDIT}
"""

LIBS["bcdr"] = """
= BUSINESS CONTINUITY @bcdr
+ The {P} {SH} maintain a business continuity plan approved by the {A}, test it at least annually, and invoke it promptly on any event likely to disrupt the Services.
"""

LIBS["fm"] = """
= FORCE MAJEURE @fm
+ Neither Party is liable for delay or failure caused by a Force Majeure Event if it notifies the other promptly and takes reasonable steps to mitigate its effects. If the event continues for more than sixty days, either Party may terminate this {AGR} by thirty days' written notice.
"""

LIBS["variation"] = """
= VARIATION @variation
+ No variation of this {AGR} is effective unless agreed in writing and signed by both Parties. The {P} {SH} provide an assessment of the effect of any proposed variation on the Services and the Charges within ten {WD}s of a request.
"""

LIBS["disputes"] = """
= DISPUTE RESOLUTION @disputes
+ The Parties {SH} try to resolve any dispute through their Contract Managers and then their senior representatives. If the dispute is not resolved within twenty {WD}s, either Party may refer it to mediation under the model procedure of {MEDIATOR}, and each Party {SH} attend the mediation and co-operate with the mediator.
+ A technical dispute may be referred to an independent expert, whose decision {SH} be binding save for manifest error. Any dispute not resolved by mediation {SH} be resolved by {FORUM}. The {P} {SH} continue to provide the Services while any dispute is resolved.
"""

LIBS["exit"] = """
= CONSEQUENCES OF TERMINATION @exit
+ Termination or expiry does not affect accrued rights or the clauses intended to survive, including clauses {#liability}, {#dp}, {#conf} and {#audit}.
+ On expiry or termination the {P} {SH} implement the exit arrangements agreed with the {A}, return all property, records and data of the {A}, and co-operate with the {A} and any Replacement Supplier to achieve an orderly handover with minimum disruption to {U}.
"""

LIBS["stepin"] = """
= STEP-IN @stepin
+ If the {A} reasonably believes that there is a serious risk to the health or safety of {U} or that the Services have seriously failed, it may take over the affected Services itself or through a third party for as long as is reasonably necessary. The {P} {SH} co-operate, and {SH} bear the {A}'s reasonable extra costs where the step-in resulted from its Default.
"""

LIBS["assign"] = """
= ASSIGNMENT AND SUB-CONTRACTING @subcontracting
+ The {P} {SH} not assign this {AGR} or sub-contract any part of the Services without the prior written consent of the {A}, and {SH} remain responsible for the acts and omissions of its {SUB}s as if they were its own.
+ The {P} {SH} pay its {SUB}s within thirty days of receiving a valid invoice and {SH} ensure that each Sub-contract requires the {SUB} to hold insurances appropriate to its work.
{H_FLOWDOWN}
"""

LIBS["notices"] = """
= NOTICES @notices
+ Notices {SH} be in writing and delivered by hand, by recorded post or by email to the address set out in this {AGR}. A notice sent by email is received at the time of sending, or on the next {WD} if sent outside business hours.
"""

LIBS["general"] = """
= GENERAL @general
+ This {AGR} is the entire agreement between the Parties about its subject matter and supersedes all earlier arrangements, but nothing limits liability for fraudulent misrepresentation. {THIRDPARTY}
+ A failure to exercise a right is not a waiver of it. If any provision is found invalid, the rest of this {AGR} continues in force. Nothing in this {AGR} creates a partnership or agency between the Parties.
"""

LIBS["law"] = """
= GOVERNING LAW @law
+ This {AGR} is governed by {LAWOF}, and the Parties submit to the exclusive jurisdiction of {COURTS}.
"""

LIBS["tupe"] = """
= STAFF TRANSFER @tupe
+ The Parties expect the Transfer Regulations to apply to the Transferring Former Supplier Employees on the Service Commencement Date. The {P} {SH} comply with its information and consultation duties and {SH} indemnify the {A} against claims by any former employee of the {P} arising after that date.
+ Within twenty {WD}s of a request, and in any event six months before expiry, the {P} {SH} provide accurate Staffing Information for all {PSTAFF} assigned to the Services, and {SH} not materially change their terms in the six months before expiry without the {A}'s consent.
"""


# ---------------------------------------------------------------------------
# c01  UK central government (CCS-style core terms) – digital court recording
# support and transcription.  Hand-built DOCX.
# ---------------------------------------------------------------------------

def c01():
    ctx = dict(DEFAULT_CTX)
    ctx.update(P="Supplier", A="Buyer", PSTAFF="Supplier Staff", U="Court Users",
               U1="Court User", CD="Commencement Date", INITIAL="fourth",
               SCD="1 July 2025", HOLIDAYS="England",
               LAWLIST="the Bribery Act 2010, the Fraud Act 2006, the Contempt of Court Act 1981 and the Data Protection Legislation",
               BRIBERYACT="the Bribery Act 2010", CAP="2,000,000",
               PRECEDENCE="(a) the clauses of this Contract; (b) the Specification Schedule; (c) the Performance Schedule; (d) the Charges Schedule; (e) the remaining Schedules; and (f) the Tender",
               EXPERTBODY="the President of the Chartered Institute of Arbitrators",
               ARBBODY="the Chartered Institute of Arbitrators", SEAT="London",
               THIRDPARTY="A person who is not a Party to this Contract has no right under the Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms, but this does not affect any right or remedy of a third party which exists apart from that Act.",
               HSREG="the Health and Safety Executive", EQUALITYLAW="the Equality Act 2010")
    defs = defs_text(
        ["Auditor", "Charges",
         "Confidential Information", "Conflict of Interest", "Contract Year",
         "Data Protection Legislation", "Default", "Force Majeure Event", "Former Supplier", "Good Industry Practice", "Initial Term",
         "Insolvency Event", "Intellectual Property Rights", "Key Performance Indicators",
         "Key Personnel", "Law", "Mobilisation Plan", "Personal Data", "Prohibited Act", "Replacement Supplier", "Request for Information",
         "Service Commencement Date", "Service Credits", "Services", "Specification",
         "Staffing Information", "Sub-contract", "Tender", "Transfer Regulations",
         "Transferring Former Supplier Employees", "Working Day"], ctx,
        extra=[
            ("Approved Transcriber", "means a member of the Supplier Staff who has passed the Buyer's transcription accuracy assessment and appears on the list of approved transcribers maintained by the Buyer;"),
            ("Business Appointment Rules", "means the rules on the acceptance of outside appointments by former Crown servants, as published by the Cabinet Office from time to time;"),
            ("Commencement Date", "means 3 March 2025;"),
            ("Complaint", "means any expression of dissatisfaction, whether oral or written, made by or on behalf of a Court User about the ordering, production, accuracy, timeliness or delivery of a Transcript or about the conduct of the Supplier Staff;"),
            ("Court Centre", "means each court or tribunal building listed in Annex A to the Specification;"),
            ("Court User", "means any person, other than the Buyer, who orders or receives a Transcript, including parties to proceedings and their legal representatives, members of the public and accredited members of the media;"),
            ("Ethical Compliance Statement", "means the statement described in clause {#es10};"),
            ("FOIA", "means the Freedom of Information Act 2000 and any subordinate legislation made under it, together with any guidance or codes of practice issued by the Information Commissioner in relation to it;"),
            ("Prescribed Person", "means a legal adviser, a member of Parliament or an appropriate body to which a whistleblower may make a disclosure, as listed in the government publication “Whistleblowing: list of prescribed people and bodies” as updated from time to time;"),
            ("Recording", "means a digital audio recording of court or tribunal proceedings made on the Buyer's recording system;"),
            ("Restricted Material", "means any part of a Recording or Transcript which is subject to a reporting restriction, an anonymity order, a direction for proceedings in private or any other restriction on disclosure;"),
            ("Service Failure", "means any failure to meet a KPI or any failure to deliver a Transcript in accordance with the Specification;"),
            ("Supplier Code of Conduct", "means the HM Government Supplier Code of Conduct published by the Cabinet Office, as updated from time to time;"),
            ("Supplier Staff", fill(STAFF_DEF_WITH_SUB, ctx)),
            ("Transcript", "means a written record of all or part of a Recording produced by the Supplier under this Contract;"),
            ("Transparency Information", "means the content of this Contract, as amended from time to time, together with the performance information published by the Buyer in accordance with government transparency policy;"),
        ])

    head = """
TITLE: CONTRACT FOR DIGITAL COURT RECORDING SUPPORT AND TRANSCRIPTION SERVICES
Contract reference: CTAD/2025/114
THIS CONTRACT is dated 3 March 2025 and is made between:
(1) THE COURTS AND TRIBUNALS ADMINISTRATION DEPARTMENT, acting for and on behalf of the Crown, of Clerkenwell House, 21 Bowling Green Lane, London EC1R 0BD (the “Buyer”); and
(2) VERBATIM LEDGER LIMITED, a company registered in England and Wales under company number 08841276, whose registered office is at 14 Salter Row, Leeds LS2 7QE (the “Supplier”),
each a “Party” and together the “Parties”.
PART: BACKGROUND
(A) The Buyer is responsible for the administration of courts and tribunals in England and Wales. The record of proceedings made in those courts and tribunals must be accurate, secure and available to those who are entitled to it.
(B) The Buyer conducted a competitive flexible procedure under the Procurement Act 2023 for digital recording support and transcription services, and the Supplier's Tender was the most advantageous tender received.
(C) The Buyer has always sought to work with suppliers who share its values of integrity, openness and respect for the rule of law, and the Parties have agreed to enter into this Contract on the terms set out below.
PART: IT IS AGREED as follows:
= DEFINITIONS AND INTERPRETATION @defs
+ In this Contract the following definitions apply:
""" + defs + "\n" + fill(LIBS["interpretation"], ctx)

    services = """
= THE SERVICES @services
+ The Supplier shall provide the Services from the Service Commencement Date in accordance with the Specification, the KPIs, Good Industry Practice and all applicable Law.
+ The Supplier shall provide the Services at or in respect of each Court Centre. The Buyer may add Court Centres to, or remove them from, Annex A to the Specification on not less than one month's written notice, and the Charges shall be adjusted in accordance with the Charges Schedule.
+ The Supplier acknowledges that Recordings are official records of court and tribunal proceedings, that their accuracy and security are essential to the proper administration of justice, and that the Buyer relies on the skill and judgement of the Supplier in producing Transcripts.
+ The Supplier shall ensure that every Transcript is produced only from a Recording supplied through the Buyer's secure transfer platform, is checked against the Recording by a second Approved Transcriber before release, and complies with every reporting restriction, anonymity order or other restriction notified to it by the court.
+ Where a Transcript contains Restricted Material, the Supplier shall not release it to any Court User until the relevant judge has approved it, and shall apply the redactions directed by the court.
= SUPPLIER STAFF @staff
+ The Supplier shall ensure that all Supplier Staff engaged in the Services have obtained the security clearance required by the Specification, and that no person who has not obtained Baseline Personnel Security Standard clearance has access to any Recording.
+ The Supplier shall ensure that every person who produces or checks Transcripts is an Approved Transcriber who has signed the Buyer's confidentiality undertaking.
+ The Supplier shall not remove or replace any of the Key Personnel without the prior written consent of the Buyer, except in the case of death, serious illness, parental leave or resignation, and shall promptly replace any of them with a person of at least equivalent experience approved by the Buyer.
+ The Buyer may, by written notice, require the Supplier to remove from the Services any member of the Supplier Staff who in the Buyer's reasonable opinion lacks the skills needed to produce accurate Transcripts, or whose continued access to Recordings presents a security risk.
+ The Supplier shall ensure that all Supplier Staff are trained in the use of the Buyer's secure transfer platform, the handling of Restricted Material and the legal terminology of the jurisdictions in which they work.
+ The Supplier shall be responsible for the remuneration, pension, tax, national insurance, disciplinary matters and grievances of all Supplier Staff, and nothing in this Contract makes any of the Supplier Staff an employee of the Buyer.
= PERFORMANCE AND SERVICE CREDITS @performance
+ The Supplier shall meet or exceed each of the KPIs set out in the Performance Schedule.
+ If the Supplier fails to meet any KPI in any month, Service Credits shall accrue at the rates set out in the Performance Schedule. Service Credits are a price adjustment reflecting the reduced value of the Services and are not an estimate of the Buyer's loss.
+ Where a Service Failure occurs, the Supplier shall within five Working Days carry out a root cause analysis of the failure and submit to the Buyer a performance improvement plan setting out the measures it proposes to prevent a recurrence, and shall implement the plan once it has been approved by the Buyer.
+ A failure by the Supplier to meet the same KPI in three consecutive months, or to meet any KPI by a margin of more than twenty per cent in any single month, shall be a material Default.
= CONTRACT MANAGEMENT AND REPORTING @contractmgmt
+ Each Party shall appoint a Contract Manager, who shall be the first point of contact for all matters relating to this Contract. Either Party may replace its Contract Manager by notice to the other.
+ The Supplier shall provide the Buyer, within ten Working Days after the end of each month, with a performance report setting out:
- the number of Transcript orders received and completed, by Court Centre and by order type;
- performance against each KPI and the Service Credits accrued;
- any security incident, loss of a Recording or Personal Data Breach; and
- the status of any performance improvement plan.
+ The Parties shall hold quarterly contract review meetings, at which they shall review the Supplier's performance against the KPIs, the Supplier's compliance with clauses {#standards} to {#speakup}, and any matter arising from the Supplier's most recent Ethical Compliance Statement. @cm_review
+ Within twenty Working Days after the Service Commencement Date the Supplier shall give the Buyer a lessons learned report on the mobilisation of the Services, identifying what went well and what should be done differently on any future transfer.
+ The Supplier shall co-operate with any survey of the recording equipment at the Court Centres commissioned by the Buyer, and shall give the Buyer its feedback on any draft technical standard for Recordings or Transcripts within ten Working Days of receiving it.
+ The Supplier shall carry out an annual engagement survey of the Supplier Staff working on the Services and shall share the headline results with the Buyer.
= COURT USER COMPLAINTS @complaints
+ The Supplier shall establish, publicise on its website and on every Transcript order form, and operate a complaints procedure for Court Users who are dissatisfied with any aspect of the transcription service, which shall be free of charge, accessible to disabled people and available in English and Welsh. @cdm01
+ The Supplier shall acknowledge each Complaint within two Working Days of receiving it. @cdm06
+ The Supplier shall keep a record of each Complaint, the action taken and its outcome, and shall provide copies of those records to the Buyer on request.⟦cm:Operations: we would like quarterly complaint figures and a user survey, but these were not priced in the Tender. Consider at the first contract review.⟧ @cdm02
+ Complaints about the conduct of proceedings, a judicial decision or the content of a judgment are outside the scope of this clause, and the Supplier shall redirect any such communication to the relevant court office.
"""
    charges = fill(LIBS["charges"], ctx)

    ethics = """
= STANDARDS OF CONDUCT @standards
+ The Supplier shall comply with, and shall ensure that all Supplier Staff comply with, the Seven Principles of Public Life⟦fn:Committee on Standards in Public Life, “The Seven Principles of Public Life” (first published 1995).⟧ (selflessness, integrity, objectivity, accountability, openness, honesty and leadership) in performing the Services. @es01
+ The Supplier shall meet the standards set out in the Supplier Code of Conduct, and shall adopt, maintain and enforce its own written code of conduct for Supplier Staff which is at least as demanding as that code. @es02
+ The Supplier shall ensure that all Supplier Staff receive induction training, and refresher training at least once in each Contract Year, on its code of conduct, conflicts of interest, gifts and hospitality, anti-bribery and speaking up, and shall keep records of that training and make them available to the Buyer on request. @es04
+ Within twenty Working Days after the Commencement Date, and within twenty Working Days after each anniversary of it, the Supplier shall give the Buyer an Ethical Compliance Statement, signed by a director, certifying that the Supplier and the Supplier Staff have complied with clauses {#standards} to {#speakup} and that the Supplier has in place, and will maintain, the structures and arrangements necessary to support those standards, including a named director with responsibility for ethics. @es10
+ The Supplier shall notify the Buyer promptly of any departure from the standards described in this clause and of the action it has taken to address it.
= PREVENTING BRIBERY AND FRAUD @bribery
+ The Supplier shall not, and shall ensure that the Supplier Staff do not, commit any Prohibited Act, or do or allow anything which would cause the Buyer or any of its employees to commit an offence under the Bribery Act 2010. @es06
+ The Supplier shall create, maintain and enforce adequate policies and procedures to prevent any Prohibited Act, including the counter-fraud controls over Transcript fees described in the Specification, and shall provide copies of them to the Buyer on request.
+ The Supplier shall notify the Buyer immediately if it becomes aware of any breach of this clause, or of any investigation or proceedings relating to a Prohibited Act in connection with this Contract, and shall co-operate with any resulting investigation by the Buyer's counter-fraud team.
= CONFLICTS OF INTEREST @conflicts
+ The Supplier shall take action to ensure that neither the Supplier nor any of the Supplier Staff is placed in a position where there is or may be an actual, potential or perceived Conflict of Interest in providing the Services. @coi01
+ The Supplier shall promptly notify the Buyer in writing, with full details, if any Conflict of Interest arises or is reasonably foreseeable, including where an Approved Transcriber is asked to transcribe proceedings in which a relative, associate or former client of that transcriber is a party.
+ Where a Conflict of Interest is notified to the Buyer or otherwise comes to its attention, the Supplier shall take the steps which the Buyer directs to manage or remove it, and the Buyer may terminate this Contract under clause {#term_ethics} or take any other steps which it considers necessary. @coi02
+ The Supplier shall not, without the prior written consent of the Buyer, engage in the provision of the Services any person who within the previous twenty-four months was employed by the Buyer in a role connected with the procurement or management of this Contract, and shall ensure that any former Crown servant whom it engages complies with any conditions imposed on that person under the Business Appointment Rules. @coi04
+ ⟦del:The Supplier shall maintain a register of interests for all Supplier Staff who allocate or approve transcription work, shall obtain a declaration of interests (including nil returns) from each of them on appointment and annually, and shall provide the register to the Buyer on request.⟧⟦ins:The Supplier is encouraged to keep a register of the declarations of interest made by those Supplier Staff who allocate or approve transcription work.⟧⟦cm:Commercial: the mandatory register was removed at clarification stage (clarification question 14). Legal to confirm whether this remains acceptable.⟧ @coi05
+ The Supplier confirms that, before the award of this Contract, it disclosed to the Buyer every relationship between the Supplier or its Key Personnel and any person involved in the procurement, for the purposes of the Buyer's conflicts assessment under the Procurement Act 2023, and shall notify the Buyer promptly of any change to that disclosure. @coi06
= GIFTS AND HOSPITALITY @gifts
+ The Supplier shall not, and shall ensure that the Supplier Staff do not, offer or give any gift or hospitality to any employee of the Buyer, or to any member of the judiciary, in connection with this Contract, other than modest refreshments provided at meetings. @coi03
+ The Supplier shall record in a gifts and hospitality register all gifts and hospitality offered to or received by any of the Supplier Staff from Court Users or other persons in connection with the Services, whether accepted or declined, and shall make the register available to the Buyer at each quarterly contract review meeting.
= SPEAKING UP @speakup
+ The Supplier shall maintain a speaking-up policy which enables the Supplier Staff to raise concerns in confidence about wrongdoing in connection with the Services, including a route to raise concerns directly with the Buyer or with a Prescribed Person. @es05
+ The Supplier and the Supplier Staff must report to the Buyer any actual or suspected breach of Law, of clauses {#standards} to {#gifts} or of the Supplier Code of Conduct in connection with this Contract.
+ The Supplier must not retaliate against, or subject to any detriment, any of the Supplier Staff who in good faith reports a breach to the Buyer or to a Prescribed Person, and nothing in clause {#conf} prevents any person from making a protected disclosure under the Public Interest Disclosure Act 1998.
"""
    boiler1 = "\n".join([fill(LIBS["insurance"], ctx), fill(LIBS["liability"], ctx), fill(LIBS["ipr"], ctx), fill(LIB["dp"], ctx), fill(LIBS["conf"], ctx)])
    foi = """
= TRANSPARENCY AND FREEDOM OF INFORMATION @foi
+ The Supplier acknowledges that the Buyer is subject to the requirements of the FOIA and the Environmental Information Regulations 2004⟦fn:SI 2004/3391.⟧, and that the Transparency Information is to be published by the Buyer except to the extent that the Buyer decides that any of it is exempt from disclosure.
+ The Supplier shall provide all necessary assistance and co-operation reasonably requested by the Buyer to enable the Buyer to publish the Transparency Information and to comply with its obligations under the FOIA and those Regulations, including by transferring to the Buyer any Request for Information which it receives within two Working Days and by providing any information requested by the Buyer within five Working Days. @es07
+ The Buyer shall be responsible for determining in its absolute discretion whether any information is exempt from disclosure, and may disclose information without consulting the Supplier where it is required to do so by Law.
+ The Supplier shall provide the Buyer each quarter with the performance information described in the Performance Schedule, in a form suitable for publication.
"""
    audit = fill(LIB["records"], ctx, {"H_AUDIT": "+ The Buyer, the Auditor and any person authorised by the Buyer may also audit and monitor the Supplier's compliance with clauses {#standards} to {#speakup}, including by inspecting the gifts and hospitality register, training records and speaking-up records, and the Supplier shall give them access to its premises, records and Supplier Staff for that purpose. @es08"})
    boiler2 = "\n".join([fill(LIBS["bcdr"], ctx), fill(LIBS["fm"], ctx), fill(LIBS["variation"], ctx), fill(LIBS["disputes"], ctx)])
    term = """
= TERMINATION @termination
+ The Buyer may terminate this Contract for convenience at any time by giving the Supplier not less than three months' written notice.
+ The Buyer may terminate this Contract with immediate effect by written notice to the Supplier if:
- the Supplier commits a material Default which is irremediable or which it fails to remedy within thirty days of a notice requiring it to do so;
- the Supplier suffers an Insolvency Event, or there is a change of control of the Supplier to which the Buyer has not consented;
- the Supplier or any of the Supplier Staff commits a Prohibited Act, or the Supplier commits a Default of any of clauses {#standards} to {#speakup}; or @term_ethics
- the Supplier or its affiliates do anything which embarrasses the Buyer, brings the Buyer into disrepute or diminishes public trust in the Buyer.
+ Where the Supplier has breached any of clauses {#standards} to {#speakup}, the Buyer may instead require the Supplier to submit and implement a Rectification Plan and to remove from the Services any person whose acts or omissions caused the breach. @es09
+ The Buyer may also terminate this Contract where it is entitled to do so under section 78 of the Procurement Act 2023.
+ The Supplier may terminate this Contract by thirty days' written notice if the Buyer fails to pay an undisputed sum exceeding £50,000 within ninety days of receiving a notice of non-payment.
"""
    boiler3 = "\n".join([fill(LIBS["exit"], ctx), fill(LIBS["stepin"], ctx), fill(LIBS["tupe"], ctx)])
    sub = fill(LIBS["assign"], ctx, {"H_FLOWDOWN": "+ The Supplier shall impose on each Sub-contractor obligations equivalent to those in clauses {#standards} to {#speakup} (standards of conduct, bribery and fraud, conflicts of interest, gifts and hospitality and speaking up), and shall procure that its Sub-contractors comply with them. @es03"})
    boiler4 = "\n".join(fill(LIBS[k], ctx) for k in ["notices", "general", "law"])
    sign = """
PART: EXECUTION
Signed for and on behalf of the Buyer by its duly authorised officer: Name: Harriet Okonjo. Position: Director of Commercial and Contract Management. Date: 3 March 2025.
Signed for and on behalf of the Supplier by a director: Name: Declan Moyes. Position: Managing Director. Date: 28 February 2025.
"""
    schedules = """
SCHEDULE: SCHEDULE 1 – SPECIFICATION @sch1
= OVERVIEW
+ The Supplier shall provide two linked services: support for the Buyer's digital recording system at each Court Centre, and the production and supply of Transcripts of Recordings to Court Users and to the Buyer.
= RECORDING SUPPORT
+ The Supplier shall carry out a remote health check of the recording equipment in every courtroom before 09:30 on each Working Day and shall report any fault to the Court Centre's delivery manager by 09:45.
+ The Supplier shall attend any courtroom with a fault that cannot be fixed remotely within four working hours, and shall provide a replacement recorder where a repair cannot be completed within one Working Day.
+ The Supplier shall verify the integrity of each day's Recordings by comparing checksums against the Buyer's archive, and shall report any missing or corrupted Recording to the Buyer within one hour of detecting it.
= TRANSCRIPT ORDERS
+ Court Users shall order Transcripts using the Buyer's standard order form, which the Supplier shall make available on its website. The Supplier shall provide a quote within one Working Day of receiving a completed order, based on the estimated number of folios and the order type.
+ Court Users shall pay the Supplier directly in accordance with the rates in the Charges Schedule. Where a Transcript is ordered at public expense, the Supplier shall invoice the Buyer and shall not seek any payment from the Court User.
+ The Supplier shall reconcile all payments received from Court Users against completed orders every week, shall refund any overpayment within ten Working Days, and shall report any unexplained discrepancy to the Buyer's counter-fraud team.
+ The turnaround times for each order type are: ⟦del:standard, ten Working Days; expedited, three Working Days;⟧⟦ins:standard, seven Working Days; expedited, two Working Days;⟧ and daily copy, by 09:00 on the Working Day after the hearing. Time runs from the day after the Recording is made available to the Supplier.
= ACCURACY, FORMAT AND SECURITY
+ Each Transcript shall be a verbatim record of the proceedings, omitting only hesitations and false starts, and shall achieve an accuracy rate of at least 99.5 per cent measured by the Buyer's sampling method.
+ All Recordings and Transcripts are classified OFFICIAL-SENSITIVE. The Supplier shall store and process them only on systems in the United Kingdom which are accredited to the Cyber Essentials Plus standard, shall encrypt them at rest and in transit, and shall delete working copies within thirty days of delivery of the Transcript.
+ The Supplier shall not permit any Recording to be downloaded to a personal device, and shall log every access to a Recording so that the log can be produced to the Buyer on request.
SCHEDULE: SCHEDULE 2 – PERFORMANCE @sch2
= KEY PERFORMANCE INDICATORS
+ The KPIs are set out in the table below. Performance is measured monthly across all Court Centres.
| KPI | Measure | Target | Service Credit for each percentage point below target |
| KPI 1 | Standard Transcripts delivered within seven Working Days | 95% | 1% of the monthly Charges |
| KPI 2 | Expedited Transcripts delivered within two Working Days⟦fn:Orders placed after 15:00 are treated as received on the next Working Day.⟧ | 98% | 1.5% of the monthly Charges |
| KPI 3 | Transcripts achieving the 99.5% accuracy standard on sampling | 98% | 2% of the monthly Charges |
| KPI 4 | Courtroom recording faults resolved within four working hours | 97% | 1% of the monthly Charges |
| KPI 5 | Security incidents reported to the Buyer within one hour | 100% | 2% of the monthly Charges |
+ The total Service Credits in any month shall not exceed fifteen per cent of the Charges for that month.
+ The Supplier shall measure and report performance against the KPIs in the monthly performance report, and the Buyer may verify the figures by sampling.
SCHEDULE: SCHEDULE 3 – CHARGES @sch3
= RATES
+ The Buyer shall pay the following Charges, which are fixed for the first Contract Year.
| Element | Unit | Rate (excluding VAT) |
| Recording support | Per courtroom per month | £185.00 |
| Standard Transcript | Per folio of 72 words | £1.05 |
| Expedited Transcript | Per folio of 72 words | £1.60 |
| Daily copy | Per folio of 72 words | £2.10 |
| Certified copy of an existing Transcript | Per page | £0.25 |
+ The same folio rates apply to Transcripts paid for by Court Users. The Supplier shall not charge Court Users any booking, administration or card-handling fee.
+ The Mobilisation Payment of £42,000 is payable on the Service Commencement Date, subject to the Supplier having achieved every mobilisation milestone.
SCHEDULE: SCHEDULE 4 – KEY PERSONNEL AND DATA PROCESSING @sch4
| Role | Name | Responsibilities |
| Account Director | Declan Moyes | Overall responsibility for the Contract and the Supplier's relationship with the Buyer |
| Head of Transcription | Priya Ramanathan | Quality, accuracy and allocation of transcription work |
| Security Manager | Tomasz Wielgosz | Information security, clearances and incident reporting |
| Description | Details |
| Subject matter of the processing | Production of Transcripts of court and tribunal proceedings and support of the recording system |
| Duration of the processing | The term of this Contract and thirty days after it ends |
| Nature and purposes of the processing | Receipt, storage, listening to, transcription, checking, redaction and secure transfer of Recordings and Transcripts |
| Types of Personal Data | Names, voices, addresses, dates of birth, health information and information about criminal offences mentioned in proceedings |
| Categories of Data Subject | Parties, witnesses, victims, legal representatives, judges and court staff, and Court Users who order Transcripts |
| Plan for return and destruction | Working copies deleted within thirty days of delivery; all data returned or destroyed on expiry |
"""
    markup = "\n".join([head, fill(LIB["term"], ctx), services, charges, ethics, boiler1, foi,
                        audit, boiler2, term, boiler3, sub, boiler4, sign, schedules])
    return dict(
        slug="c01-court-transcription", fmt="docx", build="hand-built DOCX",
        setting="Digital court recording support and transcription (central government, CCS-style core terms)",
        jurisdiction="England and Wales (central government)",
        authority="Buyer", provider="Supplier / Supplier Staff",
        features="numbering.xml auto-numbering; tracked insertion and deletion (w:ins/w:del) in the register clause and elsewhere; comments; footnotes; runs split mid-word; tables",
        style=STYLE_UK, markup=markup,
        verdicts=[
            ("pass", "cl. {#es01} Supplier shall comply and ensure Supplier Staff comply with the Seven Principles of Public Life"),
            ("pass", "cl. {#es02} Supplier shall meet the standards in the Supplier Code of Conduct and keep its own code"),
            ("pass", "cl. {#es03} Supplier shall impose equivalent obligations of clauses {#standards}-{#speakup} on each Sub-contractor and procure compliance"),
            ("pass", "cl. {#es04} induction and annual training on code of conduct, conflicts, gifts, anti-bribery and speaking up, with records"),
            ("pass", "cl. {#es05}-{#speakup}.3 speaking-up route to the Buyer or a Prescribed Person, duty to report breaches, no retaliation"),
            ("pass", "cl. {#es06} Supplier shall not commit any Prohibited Act; adequate procedures and immediate notice in cl. {#bribery}"),
            ("pass", "cl. {#es07} all necessary assistance so the Buyer can publish Transparency Information and comply with FOIA/EIR"),
            ("pass", "cl. {#es08} Buyer may audit and monitor compliance with clauses {#standards}-{#speakup}; ethics reviewed at quarterly meetings (cl. {#cm_review})"),
            ("pass", "cl. {#term_ethics} termination for a Prohibited Act or Default of the ethics clauses; cl. {#es09} Rectification Plan and removal of the person responsible"),
            ("pass", "cl. {#es10} annual Ethical Compliance Statement signed by a director certifying compliance with clauses {#standards}-{#speakup} plus supporting structures"),
            ("pass", "cl. {#coi01} Supplier shall take action so neither it nor Supplier Staff are in an actual/potential Conflict of Interest; prompt notice in the next sub-clause"),
            ("pass", "cl. {#coi02} Supplier shall manage or remove the conflict as the Buyer directs; Buyer may terminate"),
            ("pass", "cl. {#coi03} no gifts or hospitality to Buyer employees or judiciary; gifts and hospitality register in the next sub-clause"),
            ("pass", "cl. {#coi04} no engagement of Buyer staff within 24 months without consent; Business Appointment Rules conditions"),
            ("weak", "cl. {#coi05} the mandatory register was tracked-deleted; the remaining text only says the Supplier 'is encouraged to' keep a register (permissive); the comment is not contract text"),
            ("pass", "cl. {#coi06} Supplier confirms it disclosed relationships with persons involved in the procurement (conflicts assessment, Procurement Act 2023) and will keep it current"),
            ("pass", "cl. {#cdm01} Supplier shall establish, publicise and operate a free, accessible complaints procedure for Court Users"),
            ("weak", "cl. {#cdm02} complaint records provided to the Buyer 'on request' only; the monthly report (cl. {#contractmgmt}.2) lists no complaints"),
            ("gap", "no Court User satisfaction or feedback collection; cl. {#contractmgmt}.5-6 are an equipment survey, feedback on draft standards and a staff-only survey (decoys)"),
            ("gap", "no Ombudsman or co-operation with complaint investigations; cl. {#disputes} mediation/arbitration between the Parties is a decoy"),
            ("gap", "no analysis of complaints; cl. {#performance}.3 root cause analysis of Service Failures and cl. {#contractmgmt}.4 mobilisation lessons learned are decoys"),
            ("weak", "cl. {#cdm06} acknowledgement within two Working Days only; no response timescale (partial)"),
        ])


# ---------------------------------------------------------------------------
# c02  English county council – independent mobility assessments for the Blue
# Badge scheme.  Plain text.
# ---------------------------------------------------------------------------

def c02():
    ctx = dict(DEFAULT_CTX)
    ctx.update(P="Provider", A="Council", AGR="Agreement", PSTAFF="Staff", U="Applicants",
               U1="Applicant", CD="Commencement Date", INITIAL="third", SCD="1 June 2025",
               HOLIDAYS="England", CAP="750,000",
               LAWLIST="the Chronically Sick and Disabled Persons Act 1970, the Disabled Persons (Badges for Motor Vehicles) (England) Regulations 2000, the Equality Act 2010 and the Data Protection Legislation",
               BRIBERYACT="the Bribery Act 2010", AUDITBODY="the Council's external auditor appointed under the Local Audit and Accountability Act 2014",
               THIRDPARTY="No person other than the Parties has any right under the Contracts (Rights of Third Parties) Act 1999 to enforce any term of this Agreement.",
               HSREG="the Health and Safety Executive", EQUALITYLAW="the Equality Act 2010",
               CHSCHED="Schedule 3", KPISCHED="Schedule 2", SPECSCHED="Schedule 1")
    defs = defs_text(
        ["Auditor", "Confidential Information", "Conflict of Interest", "Contract Year",
         "Data Protection Legislation", "Default", "Force Majeure Event", "Former Supplier",
         "Good Industry Practice", "Initial Term", "Insolvency Event",
         "Intellectual Property Rights", "Key Performance Indicators", "Law", "Mobilisation Plan", "Personal Data",
         "Prohibited Act", "Replacement Supplier", "Request for Information",
         "Service Commencement Date", "Services", "Specification", "Staffing Information",
         "Sub-contract", "Transfer Regulations", "Transferring Former Supplier Employees",
         "Working Day"], ctx,
        extra=[
            ("Applicant", "means a person who has applied to the Council for a Blue Badge and whom the Council has referred to the Provider for an Assessment;"),
            ("Assessment", "means an independent expert assessment of an Applicant's mobility, carried out in accordance with the Specification;"),
            ("Assessment Centre", "means premises provided by the Provider and approved by the Council at which Assessments are carried out;"),
            ("Assessment Report", "means the written report of an Assessment in the form set out in the Specification;"),
            ("Assessor", "means an occupational therapist or physiotherapist registered with the Health and Care Professions Council who is employed or engaged by the Provider to carry out Assessments;"),
            ("Blue Badge Scheme", "means the scheme of parking concessions for disabled people established under section 21 of the Chronically Sick and Disabled Persons Act 1970;"),
            ("Charges", "means the charges set out in Schedule 3;"),
            ("Commencement Date", "means 1 April 2025;"),
            ("Complaint", "means any expression of dissatisfaction, however made, by or on behalf of an Applicant about the Services or about the conduct of the Provider or its Staff;"),
            ("Home Visit", "means an Assessment carried out at the Applicant's home;"),
            ("LGSCO", "means the Local Government and Social Care Ombudsman;"),
            ("Staff", fill(STAFF_DEF_OWN, ctx)),
        ])
    markup = """
TITLE: AGREEMENT FOR THE PROVISION OF INDEPENDENT MOBILITY ASSESSMENTS FOR THE BLUE BADGE SCHEME
Westmere County Council contract number WCC/ASC/2024/087
PART: CONTENTS
{#defs}. Definitions and interpretation; {#term}. Term; {#services}. The Services; {#staff}. Staff; {#performance}. Performance monitoring; {#complaints}. Applicant complaints; {#charges}. Charges and invoicing; {#probity}. Probity; {#insurance}. Insurance; {#liability}. Liability; {#ipr}. Intellectual property; {#dp}. Data protection; {#conf}. Confidentiality; {#foi}. Freedom of information; {#audit}. Records and audit; {#bcdr}. Business continuity; {#fm}. Force majeure; {#variation}. Variation; {#disputes}. Dispute resolution; {#termination}. Termination; {#exit}. Consequences of termination; {#stepin}. Step-in; {#tupe}. Staff transfer; {#subcontracting}. Assignment and sub-contracting; {#notices}. Notices; {#general}. General; {#law}. Governing law. Schedules: 1 Specification; 2 Key Performance Indicators; 3 Charges; 4 Data processing.
THIS AGREEMENT is made on 14 March 2025 BETWEEN:
(1) WESTMERE COUNTY COUNCIL of County Hall, Martineau Lane, Westmere WM1 2DH (the “Council”); and
(2) ASSESSWELL HEALTH PARTNERSHIP LLP, a limited liability partnership registered in England and Wales under number OC412937, whose registered office is at Unit 4, Riverside Court, Halvergate HG3 5PL (the “Provider”).
PART: RECITALS
(A) The Council administers the Blue Badge Scheme in its area. Applicants who are not automatically eligible for a badge may be eligible subject to further assessment, including people with non-visible conditions.
(B) The Council wishes to obtain independent expert assessments of those Applicants so that it can make fair, consistent and lawful decisions on their applications, and the Provider has agreed to provide them on the terms of this Agreement.
= DEFINITIONS AND INTERPRETATION @defs
+ In this Agreement the following definitions apply:
""" + defs + "\n" + fill(LIBS["interpretation"], ctx) + "\n" + fill(LIB["term"], ctx) + """
= THE SERVICES @services
+ The Provider shall provide the Services from the Service Commencement Date in accordance with the Specification, the Key Performance Indicators, Good Industry Practice and the Law.
+ The Provider shall carry out each Assessment objectively and on the evidence, and shall make a recommendation to the Council on whether the Applicant meets the eligibility criteria. The decision whether to issue a Blue Badge remains with the Council in every case.
+ The Provider shall not charge any Applicant for an Assessment, for travel to an Assessment Centre or for any report.
+ The Provider shall make reasonable adjustments for Applicants who are disabled, including by offering Home Visits, longer appointments, step-free access and written material in accessible formats.
+ The Provider shall ensure that no Assessor assesses an Applicant who is a relative, friend, neighbour, colleague or current or former patient of that Assessor, and shall take all steps necessary to ensure that neither the Provider nor any of its Staff is placed in a position where a personal, professional or financial interest conflicts, or may conflict, with the independence of an Assessment. @coi01
+ The Provider shall notify the Council promptly in writing of any actual or potential Conflict of Interest, and shall reallocate the Assessment or take such other steps as the Council directs to manage or remove the conflict. @coi02
= STAFF @staff
+ The Provider shall ensure that every Assessor holds current registration with the Health and Care Professions Council, and shall check the register maintained by that council before engaging any Assessor and monthly afterwards.
+ The Provider shall obtain an enhanced Disclosure and Barring Service check for each member of Staff who carries out Home Visits, before that person first visits an Applicant, and shall renew it every three years.
+ The Provider shall ensure that all Staff complete its induction programme and are appropriately trained and qualified to carry out their duties. @es04
+ The Provider shall ensure that all Staff who carry out Home Visits are trained in manual handling, lone working and the use of the Provider's personal safety devices.
+ The Council may require the Provider to remove from the Services any Assessor whose Assessment Reports are, in the Council's reasonable opinion, persistently incomplete or inconsistent with the Specification, and the Provider shall replace that Assessor promptly.
= PERFORMANCE MONITORING @performance
+ The Provider shall meet the Key Performance Indicators in Schedule 2. Where it fails to do so in any month, the Charges for that month shall be reduced by the service credits set out in that Schedule.
+ The Provider shall attend a monthly performance meeting with the Council's contract manager, and shall provide the information reasonably requested by the Council to show how the Services are being delivered.
+ The Provider shall give the Council, within ten Working Days after the end of each quarter, a report showing the number of Complaints received in that quarter, the number upheld, partially upheld and not upheld, and the time taken to respond to each. @cdm02
+ The Provider shall invite every Applicant to complete a short satisfaction survey after the Assessment, in a format accessible to that Applicant, and shall report the results to the Council each quarter. @cdm03
= APPLICANT COMPLAINTS @complaints
+ The Provider shall establish, publicise in every appointment letter and on its website, and operate a complaints procedure for Applicants which is free of charge, accessible to disabled people and consistent with the Complaint Handling Code published by the LGSCO. @cdm01
+ The Provider shall acknowledge every Complaint within three Working Days of receiving it and shall send a full written response within twenty Working Days. Where a full response cannot be given within that time, the Provider shall explain the reason for the delay to the complainant and give a date by which the response will be sent. @cdm06
+ The Provider shall co-operate with the Council and with the LGSCO in the investigation of any complaint about the Services, including by answering questions, providing information and attending meetings, and shall implement any remedy which the LGSCO recommends or the Council agrees with the complainant. @cdm04
+ The Provider is encouraged to review Complaints periodically to identify any recurring themes. @cdm05
+ A Complaint about the Council's decision on an application for a Blue Badge shall be passed to the Council within two Working Days, and the Provider shall tell the complainant that it has done so.
""" + fill(LIBS["charges"], ctx) + """
= PROBITY @probity
+ The Council expects the Provider and its Staff to observe the Seven Principles of Public Life in delivering the Services. @es01
+ The Provider shall:
- maintain a whistleblowing policy which enables Staff to raise concerns about malpractice in connection with the Services, including directly with the Council; @es05
- not subject any member of Staff to any detriment for raising such a concern in good faith; and
- report to the Council any suspected malpractice connected with the Services which comes to its attention.
+ The Provider shall not, and shall ensure that its Staff do not, commit any Prohibited Act. The Provider shall maintain adequate procedures to prevent bribery and fraud, and shall notify the Council's counter fraud team immediately of any suspected Prohibited Act connected with this Agreement. @es06
+ The Council expects the Provider to disclose any relationship between the Provider's partners and any officer of the Council involved in the award of this Agreement, and to keep that disclosure up to date. @coi06
""" + "\n".join(fill(LIBS[k], ctx) for k in ["insurance", "liability", "ipr", "dp", "conf"]) + """
= FREEDOM OF INFORMATION @foi
+ The Provider acknowledges that the Council is subject to the Freedom of Information Act 2000 and the Environmental Information Regulations 2004.
+ The Provider shall assist and co-operate with the Council to enable it to comply with its obligations under that Act and those Regulations, including by transferring to the Council any Request for Information it receives within two Working Days and by providing any information the Council requests within five Working Days. @es07
+ The Council shall decide in its absolute discretion whether any information is to be disclosed, and may publish this Agreement on its website subject to the redaction of any commercially sensitive information.
""" + fill(LIBS["records"], ctx, {"H_AUDIT": "+ The Council may also audit the Provider's compliance with this Agreement, including by observing Assessments with the Applicant's consent, and the Provider shall give the Council access to its premises, records and Staff for that purpose. @es08"}) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["bcdr", "fm", "variation", "disputes"]) + """
= TERMINATION @termination
+ The Council may terminate this Agreement at any time by giving the Provider six months' written notice.
+ The Council may terminate this Agreement with immediate effect by written notice if:
- the Provider commits a material breach of this Agreement which is incapable of remedy, or which is capable of remedy but which the Provider has not remedied within thirty days of a written notice requiring it to do so; @es09
- the Provider suffers an Insolvency Event; or
- there is a change of control of the Provider to which the Council has not given its prior written consent.
+ The Provider may terminate this Agreement on ninety days' written notice if the Council fails to pay any undisputed invoice within sixty days of its due date.
""" + "\n".join(fill(LIBS[k], ctx) for k in ["exit", "stepin", "tupe"]) + "\n" + fill(LIBS["assign"], ctx) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["notices", "general", "law"]) + """
PART: SIGNATURES
Signed on behalf of Westmere County Council by Joanne Pettifer, Head of Adult Social Care Commissioning.
Signed on behalf of Assesswell Health Partnership LLP by Dr Samuel Achebe, Designated Member.
SCHEDULE: SCHEDULE 1 – SPECIFICATION
= PURPOSE
+ The Services support the Council in deciding applications for a Blue Badge from people whose eligibility depends on an assessment of their ability to walk, or of the risk or distress they experience when making a journey. The Council expects to refer about 3,400 Applicants each Contract Year.
+ Referrals are made by the Council's Blue Badge team through the Council's secure referral portal. Each referral includes the application form, any supporting evidence and the Applicant's contact details and communication needs.
= BOOKING
+ The Provider shall contact each Applicant within three Working Days of referral to arrange an appointment, and shall offer an appointment within fifteen Working Days of referral, at an Assessment Centre within forty minutes' travel of the Applicant's home or by Home Visit where the Applicant cannot reasonably travel.
+ The Provider shall confirm every appointment in writing, in the format the Applicant has asked for, and shall send a reminder two Working Days before the appointment.
+ Where an Applicant does not attend, the Provider shall make at least two further attempts to contact the Applicant before returning the referral to the Council.
+ Where an Applicant needs an interpreter, the Provider shall tell the Council when booking, and the Council shall arrange the interpreter through its own contract.
= CARRYING OUT THE ASSESSMENT
+ The Assessor shall assess the Applicant's ability to walk, taking account of distance, speed, manner, the use of any walking aid, pain, breathlessness and fatigue, and shall observe the Applicant walking over a suitable route where this is safe.
+ For Applicants with non-visible conditions, the Assessor shall assess whether the Applicant experiences very considerable psychological distress during journeys, or is at risk of serious harm, using the questions set out in the Council's assessment framework.
+ The Applicant may be accompanied by a relative, friend or carer, and may ask for a chaperone of the same sex. An Assessment shall not include any physical examination which is not necessary to answer the eligibility question.
+ The Assessor shall not tell the Applicant what recommendation he or she intends to make.
= ASSESSMENT REPORTS
+ The Provider shall send the Assessment Report to the Council through the secure portal within two Working Days of the Assessment.
+ Each Assessment Report shall state the eligibility criterion assessed, the evidence observed and considered, the Assessor's reasoned recommendation and any matter which the Council should take into account, and shall be signed by the Assessor.
+ The Provider shall arrange for a senior Assessor to review at least five per cent of Assessment Reports each month for consistency and quality, and shall include the findings in the monthly performance meeting.
= ASSESSMENT CENTRES
+ Each Assessment Centre shall have level access, accessible parking close to the entrance, an accessible toilet, a waiting area with seating, and a clear, level walking route of at least eighty metres.
+ The Provider shall carry out an access survey of each Assessment Centre before it is first used and annually afterwards, and shall send the results to the Council.
+ The Provider shall provide hospitality for Applicants and their carers at each Assessment Centre, including drinking water and hot drinks. @c02_drinks
= SAFEGUARDING
+ If an Assessor believes that an Applicant is at risk of abuse or neglect, the Provider shall make a referral to the Council's adult social care team on the same day, in accordance with the local multi-agency safeguarding procedures.
SCHEDULE: SCHEDULE 2 – KEY PERFORMANCE INDICATORS
| KPI | Description | Target | Service credit |
| 1 | Applicants contacted within three Working Days of referral | 95% | 2% of monthly Charges |
| 2 | Appointments offered within fifteen Working Days of referral | 90% | 3% of monthly Charges |
| 3 | Assessment Reports sent within two Working Days | 95% | 3% of monthly Charges |
| 4 | Complaints acknowledged within three Working Days | 100% | 1% of monthly Charges |
| 5 | Applicants responding to the survey who are satisfied or very satisfied | 85% | None |
The total service credits in any month shall not exceed ten per cent of the Charges for that month.
SCHEDULE: SCHEDULE 3 – CHARGES
| Item | Price (excluding VAT) |
| Assessment at an Assessment Centre | £92.00 |
| Assessment by Home Visit | £138.00 |
| Appointment not attended after two reminders | £30.00 |
| Review of an Assessment Report at the Council's request | £45.00 |
| Mobilisation (payable once) | £12,500.00 |
SCHEDULE: SCHEDULE 4 – DATA PROCESSING
| Item | Description |
| Subject matter and duration | Assessments for the Blue Badge Scheme for the term of this Agreement |
| Nature and purpose | Booking, carrying out and reporting on Assessments |
| Personal Data | Names, contact details, dates of birth, health information, photographs where supplied with applications |
| Data Subjects | Applicants, their carers and representatives |
| Retention | Returned to the Council on completion; copies deleted after ninety days |
"""
    return dict(
        slug="c02-blue-badge-assessments", fmt="txt", build="plain text",
        setting="Independent mobility assessments for the Blue Badge scheme (English county council)",
        jurisdiction="England (local government)",
        authority="Council", provider="Provider / Staff / Assessors",
        features="contents list naming every clause; conflicts clause embedded in the Services clause; whistleblowing as a list lead-in; user-complaint definition; HCPC register, access survey and refreshments as decoys",
        style=STYLE_UK, markup=markup,
        verdicts=[
            ("weak", "cl. {#es01} 'The Council expects the Provider and its Staff to observe the Seven Principles' (permissive 'expects')"),
            ("gap", "no provider code of conduct anywhere; only the LGSCO Complaint Handling Code (cl. {#cdm01}) and HCPC registration (cl. {#staff}.1), which are not codes of conduct"),
            ("gap", "cl. {#subcontracting} covers consent, liability, payment and insurance only; no ethical flow-down; Staff defined as the Provider's own people"),
            ("weak", "cl. {#es04} generic 'induction programme' and 'appropriately trained and qualified'; cl. {#staff}.4 manual handling only"),
            ("pass", "cl. {#es05} Provider shall maintain a whistleblowing policy incl. a route to the Council, no detriment, report malpractice (list lead-in)"),
            ("pass", "cl. {#es06} Provider shall not commit any Prohibited Act; adequate procedures; immediate notice to counter fraud team"),
            ("pass", "cl. {#es07} Provider shall assist and co-operate with the Council's FOIA/EIR obligations, transferring requests within two Working Days"),
            ("weak", "cl. {#es08} general audit of 'compliance with this Agreement' naming no ethical topic; cl. {#audit_fin} financial only"),
            ("weak", "cl. {#es09} termination for material breach with no ethics link"),
            ("gap", "no ethical assurance or certificate; only insurance certificates (cl. {#insurance})"),
            ("pass", "cl. {#coi01} Provider shall ensure no Assessor assesses a connected Applicant and that no interest conflicts with independence; cl. {#coi02} prompt notice"),
            ("pass", "cl. {#coi02} Provider shall reallocate or take steps the Council directs to manage or remove the conflict"),
            ("gap", "no gifts and hospitality control; Sch 1 para {#c02_drinks} 'hospitality' (drinks for Applicants) is a catering decoy"),
            ("gap", "nothing on former Council officials; cl. {#tupe} 'former employee' is a TUPE decoy"),
            ("gap", "no register of interests or declarations; 'register' in cl. {#staff}.1 is the HCPC professional register (decoy)"),
            ("weak", "cl. {#coi06} 'The Council expects the Provider to disclose' relationships with officers involved in the award (permissive)"),
            ("pass", "cl. {#cdm01} Provider shall establish, publicise and operate a free, accessible Applicant complaints procedure"),
            ("pass", "cl. {#cdm02} quarterly report of Complaints received, upheld/partially upheld/not upheld and response times"),
            ("pass", "cl. {#cdm03} Provider shall survey every Applicant and report results quarterly"),
            ("pass", "cl. {#cdm04} Provider shall co-operate with the Council and LGSCO investigations and implement remedies"),
            ("weak", "cl. {#cdm05} Provider 'is encouraged to review Complaints' for themes (permissive)"),
            ("pass", "cl. {#cdm06} acknowledge within three Working Days, full response within twenty, delay explained"),
        ])


# ---------------------------------------------------------------------------
# c03  NHS (integrated care board) – diabetic eye screening programme.
# DOCX converted by LibreOffice from generated HTML.
# ---------------------------------------------------------------------------

def c03():
    ctx = dict(DEFAULT_CTX)
    ctx.update(P="Provider", A="Commissioner", AGR="Contract", PSTAFF="Staff", U="Service Users",
               U1="Service User", WD="Operational Day", SH="must", CD="Effective Date",
               INITIAL="fifth", SCD="1 October 2025", HOLIDAYS="England", CAP="3,000,000",
               LAWLIST="the Health and Social Care Act 2008, the National Health Service Act 2006, the Bribery Act 2010 and the Data Protection Legislation",
               BRIBERYACT="the Bribery Act 2010", AUDITBODY="the National Audit Office",
               EXPERTBODY="the Centre for Effective Dispute Resolution", ARBBODY="the Chartered Institute of Arbitrators", SEAT="Birmingham",
               PRECEDENCE="(a) these Conditions; (b) the Particulars; (c) the Service Specification; (d) the Quality Requirements and Reporting Requirements; and (e) any other Schedule",
               THIRDPARTY="A person who is not a Party has no right under the Contracts (Rights of Third Parties) Act 1999 to enforce any term of this Contract.",
               HSREG="the Health and Safety Executive", EQUALITYLAW="the Equality Act 2010",
               EXT="up to twenty-four months", CHSCHED="Schedule 4",
               TENDER="the Provider's tender", SPEC="the Service Specification")
    defs = defs_text(
        ["Auditor", "Confidential Information", "Conflict of Interest", "Contract Year",
         "Data Protection Legislation", "Default", "Force Majeure Event", "Former Supplier",
         "Good Industry Practice", "Initial Term", "Insolvency Event",
         "Intellectual Property Rights", "Law", "Mobilisation Plan", "Personal Data", "Prohibited Act",
         "Replacement Supplier", "Request for Information", "Service Commencement Date",
         "Staffing Information", "Sub-contract", "Transfer Regulations",
         "Transferring Former Supplier Employees", "Exit Plan", "Business Continuity Plan",
         "Dispute Resolution Procedure", "Change Control Procedure", "Charges"], ctx,
        extra=[
            ("Complaint", "means a complaint made by or on behalf of a Service User about any aspect of the Services, to which the Complaints Regulations apply;"),
            ("Complaints Regulations", "means the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009;"),
            ("Decision-Making Staff", "means the Provider's directors, the Programme Manager, the Clinical Lead and any other member of Staff who makes or influences decisions about the commissioning of goods or services or the spending of public money under this Contract;"),
            ("Effective Date", "means 1 April 2025;"),
            ("FFT", "means the NHS Friends and Family Test, as described in the guidance issued by NHS England;"),
            ("Grader", "means a member of Staff qualified under the Service Specification to grade retinal images;"),
            ("Operational Day", "means a day other than a Saturday, Sunday, Christmas Day, Good Friday or a bank holiday in England;"),
            ("PHSO", "means the Parliamentary and Health Service Ombudsman;"),
            ("Quality Requirements", "means the requirements set out in Schedule 2;"),
            ("Reporting Requirements", "means the requirements set out in Schedule 3;"),
            ("Review Meeting", "means a meeting held under GC{#gc_mgmt};"),
            ("Screening Register", "means the register of people with diabetes eligible for screening, held on the Provider's screening software;"),
            ("Service Specification", "means the specification of the Services set out in Schedule 1;"),
            ("Service User", "means a person with diabetes aged twelve or over who is registered with a general practice in the Area and is eligible for diabetic eye screening;"),
            ("Services", "means the diabetic eye screening services described in the Service Specification;"),
            ("Staff", fill(STAFF_DEF_WITH_SUB, ctx)),
            ("Supplier Code of Conduct", "means the HM Government Supplier Code of Conduct as published from time to time;"),
        ])
    particulars = """
TITLE: NHS SERVICES CONTRACT – DIABETIC EYE SCREENING PROGRAMME (SEVERNVALE)
Contract reference: SVICB-PH-0142
PART: PARTICULARS
| Item | Detail |
| Commissioner | NHS Severnvale Integrated Care Board, Kingfisher House, 2 Weir Lane, Severnvale SV1 4QT |
| Provider | Clearsight Screening Services CIC, company number 11429870, 8 Foundry Yard, Ledworth LW2 6JN |
| Effective Date | 1 April 2025 |
| Service Commencement Date | 1 October 2025 |
| Initial Term | Five years from the Effective Date, with the option to extend for up to twenty-four months |
| Area | The areas served by the 94 general practices listed in Annex 1 to the Service Specification |
| Estimated eligible population | 81,500 Service Users in the first Contract Year |
| Commissioner Representative | Head of Public Health Commissioning |
| Provider Representative | Programme Manager, Diabetic Eye Screening |
| Provider's Freedom to Speak Up Guardian | To be notified to the Commissioner before the Service Commencement Date |
| Governing law | England and Wales |
THIS CONTRACT is made between the Commissioner and the Provider named in the Particulars, and comprises the Particulars, the Service Conditions, the General Conditions and the Schedules.
PART: SERVICE CONDITIONS
= SERVICE STANDARDS @sc_standards
+ The Provider must provide the Services in accordance with the Service Specification, the Quality Requirements, the NHS Diabetic Eye Screening Programme pathway standards, Good Industry Practice and the Law.
+ The Provider must ensure that the Services are delivered only by Staff who hold the qualifications required by the Service Specification, and that every Grader achieves the minimum standard in the national test and training scheme each quarter.
+ The Provider must not refuse to screen any Service User on the grounds of the Service User's age, disability, ethnicity, religion, sex, sexual orientation, place of residence or social circumstances.
= REGULATORY REQUIREMENTS @sc_reg
+ The Provider must be registered with the Care Quality Commission for the regulated activity of diagnostic and screening procedures throughout the term of this Contract, and must notify the Commissioner within one Operational Day of any enforcement action taken against it.
+ The Provider must co-operate with the Screening Quality Assurance Service, must implement any recommendation made following a quality assurance visit within the timescale agreed with the Commissioner, and must give the Commissioner a copy of each visit report.
= SERVICE USER EXPERIENCE @sc_experience
+ The Provider must offer every Service User who attends a screening appointment the opportunity to give feedback through the FFT, must carry out an annual survey of Service User experience, and must report the results of both to the Commissioner in accordance with the Reporting Requirements. @cdm03
+ The Provider must involve Service Users, their carers and local diabetes groups in the design and review of the Services, including the choice of screening venues.
= EQUITY OF ACCESS AND EQUALITY @sc_equity
+ The Provider must make reasonable adjustments to enable disabled Service Users to attend, including longer appointments, easy read invitations and home screening where a Service User is housebound.
+ The Provider must carry out an annual health equity audit of uptake by deprivation, ethnicity and learning disability, and must agree with the Commissioner an action plan to reduce any inequality identified.
+ The Provider must not unlawfully discriminate in the provision of the Services or in its employment practices, and must comply with the Equality Act 2010.
= SAFEGUARDING @sc_safeguarding
+ The Provider must have a safeguarding policy consistent with the local safeguarding adults and children procedures, must nominate a safeguarding lead, and must make a referral to the relevant local authority the same day where a member of Staff believes that a Service User is at risk of abuse or neglect.
= SCREENING INCIDENTS @sc_incidents
+ The Provider must manage screening safety incidents in accordance with the national guidance on managing safety incidents in NHS screening programmes, must report any suspected serious incident to the Commissioner and the Screening Quality Assurance Service within one Operational Day, and must carry out a root cause analysis of each confirmed incident.
= COMPLAINTS @sc_complaints
+ The Provider must establish and operate a complaints procedure to deal with Complaints in relation to any matter reasonably connected with the provision of the Services, must comply with the Complaints Regulations, and must publicise the procedure in every invitation letter, at every screening venue and on its website. @cdm01
+ The Provider must acknowledge each Complaint within three Operational Days of receipt and must send its response within the period agreed with the complainant, which must not exceed six months unless the complainant agrees otherwise. Where the response is delayed, the Provider must explain the reason to the complainant in writing. @cdm06
+ The Provider must co-operate with the Commissioner and the PHSO in the investigation of any Complaint, including by answering questions, providing information and attending meetings, and must implement any recommendation made by the PHSO or agreed with the Commissioner. @cdm04
+ The Provider must review all Complaints and FFT results each quarter to identify themes, root causes and lessons learned, must share the review with the Commissioner at the next Review Meeting, and must agree and implement an action plan where the proportion of positive FFT responses falls below ninety per cent. @cdm05
= REPORTING @sc_reporting
+ The Provider must submit to the Commissioner each quarter a complaints return showing the number of Complaints received, the number resolved and their outcome (upheld, partially upheld or not upheld), the number responded to within the agreed timescale, the main themes and the actions taken, and must submit the annual KO41a return to NHS England. @cdm02
+ The Provider must submit the other reports set out in the Reporting Requirements, in the format and by the dates stated there.
= FAILSAFE AND INFORMATION SYSTEMS @sc_it
+ The Provider must maintain the Screening Register using screening software approved by the national programme, must update it at least monthly from general practice records through the national data extraction service, and must carry out the monthly failsafe checks set out in the Service Specification.
+ The Provider must ensure the integrity, completeness and accuracy of the Screening Register, and must reconcile it with general practice lists at least quarterly.
= WORKFORCE @sc_workforce
+ The Provider must ensure that all Staff receive training, at induction and annually, on Freedom to Speak Up, conflicts of interest and anti-bribery, and must keep records of that training which it must make available to the Commissioner on request. @es04
+ The Provider must nominate a Freedom to Speak Up Guardian, must have a speaking up policy consistent with the National Speak Up Policy for the NHS, and must ensure that no member of Staff suffers any detriment for speaking up in good faith. @es05
+ The Provider must ensure that all Staff are trained in basic life support and infection prevention and control, and that screeners are trained in the safe instillation of dilating eye drops.
PART: GENERAL CONDITIONS
= DEFINITIONS AND INTERPRETATION @defs
+ In this Contract the following definitions apply:
""" + defs + "\n" + fill(LIB["interpretation"], ctx) + "\n" + fill(LIB["term"], ctx)
    ethics = """
= ETHICAL STANDARDS @gc_ethics
+ The Provider must ensure that it and its Staff act in accordance with the Seven Principles of Public Life (selflessness, integrity, objectivity, accountability, openness, honesty and leadership) in delivering the Services. @es01
+ The Commissioner expects the Provider to meet the standards set out in the Supplier Code of Conduct. @es02
+ The Provider must ensure that each Sub-contract imposes on the Sub-contractor obligations equivalent to those in GC{#gc_ethics} to GC{#gc_fraud} (ethical standards, conflicts of interest, gifts and hospitality, counter-fraud and bribery). @es03
= CONFLICTS OF INTEREST AND TRANSPARENCY ON GIFTS AND HOSPITALITY @gc_coi
+ The Provider must not, and must ensure that its Staff do not, place themselves in a position where an actual or potential conflict of interest could arise between their personal, professional or financial interests and the Provider's obligations under this Contract, and must promptly notify the Commissioner in writing of any such conflict of interest which arises. @coi01
+ Where a conflict of interest is notified, the Provider must take such steps as the Commissioner reasonably requires to manage or remove it. @coi02
+ The Provider must ensure that its Staff do not offer, give or accept any gift, hospitality or other inducement in connection with this Contract, except as permitted by its gifts and hospitality policy, and must record all gifts and hospitality offered or received in a register which it must make available to the Commissioner on request. @coi03
+ The Provider must ensure that, in delivering the Services, all Staff comply with the guidance Managing Conflicts of Interest in the NHS in relation to gifts, hospitality and other inducements and actual or potential conflicts of interest, must obtain a declaration of interests (or a nil return) from all Decision-Making Staff on appointment and annually, must maintain a register of those declarations, and must publish on its website the name and position of any Decision-Making Staff who have neither completed a declaration of interest nor submitted a nil return. @coi05
+ The Provider is encouraged to notify the Commissioner before engaging any former employee of the Commissioner who was involved in the procurement of this Contract within the previous twelve months. @coi04
+ The Provider confirms that, at the date of award, none of the grounds for mandatory or discretionary exclusion applied to it, including any conviction for bribery, corruption or fraud. @coi06
= COUNTER-FRAUD AND BRIBERY @gc_fraud
+ The Provider must not commit or allow any Prohibited Act, must put in place and maintain adequate anti-fraud and anti-bribery procedures which meet the requirements of the NHS Counter Fraud Authority, and must notify the Commissioner and the NHS Counter Fraud Authority immediately of any suspected fraud, bribery or corruption connected with this Contract. @es06
+ Within twenty Operational Days after the Service Commencement Date, and annually afterwards, the Provider must certify in writing to the Commissioner that it has complied with this GC{#gc_fraud}. @es10
= FREEDOM OF INFORMATION @gc_foi
+ The Provider acknowledges that the Commissioner is subject to the Freedom of Information Act 2000 and the Environmental Information Regulations 2004.
+ The Provider must use reasonable endeavours to assist the Commissioner in responding to any Request for Information relating to the Services. @es07
+ The Commissioner is responsible for deciding whether any information is exempt from disclosure.
= CONTRACT MANAGEMENT @gc_mgmt
+ The Parties must hold Review Meetings at least quarterly to review the Provider's performance against the Quality Requirements, the reports submitted under SC{#sc_reporting}, the Provider's compliance with GC{#gc_ethics} and GC{#gc_coi}, and any matter either Party wishes to raise. @cm_review
+ If the Commissioner believes that the Provider has failed to comply with any obligation under this Contract, it may issue a contract performance notice. The Parties must then meet within ten Operational Days, and the Provider must agree and implement a remedial action plan.
+ If the Provider fails to implement an agreed remedial action plan, the Commissioner may withhold up to two per cent of the monthly Charges until the plan has been implemented.
= AUDIT AND INSPECTION @audit
+ The Commissioner, the Auditor and any person authorised by the Commissioner may audit and monitor the Provider's compliance with GC{#gc_ethics} to GC{#gc_fraud}, and the Provider must give them access to its premises, records, registers and Staff for that purpose. @es08
+ The Provider must keep full and accurate financial records relating to the Services, and must allow the Commissioner and the Auditor to examine them for the purposes of verifying the Charges and the audit of the Commissioner's accounts.
+ The Provider must complete and publish an annual assessment under the Data Security and Protection Toolkit.
""" + fill(LIBS["charges"], ctx) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["insurance", "liability", "ipr"]) + "\n" + fill(LIB["dp"], ctx) + "\n" + fill(LIB["conf"], ctx) + """
= RECORDS @gc_records
+ The Provider must create and maintain records of all screening episodes in accordance with the Records Management Code of Practice for Health and Social Care, and must retain retinal images and grading records for the periods set out in that code.
+ On expiry or termination the Provider must transfer all screening records and images to the Commissioner or any Replacement Supplier in a format compatible with the national screening software.
""" + fill(LIB["bcdr"], ctx) + "\n" + fill(LIBS["fm"], ctx) + "\n" + fill(LIBS["variation"], ctx) + "\n" + fill(LIB["disputes"], ctx) + """
= TERMINATION @gc_termination
+ Either Party may terminate this Contract by giving the other not less than twelve months' written notice, expiring no earlier than the third anniversary of the Service Commencement Date.
+ The Commissioner may terminate this Contract with immediate effect by written notice if:
- the Provider is in material breach of this Contract and, where the breach is capable of remedy, has failed to remedy it within twenty Operational Days of a notice requiring it to do so; @es09
- the Provider's registration with the Care Quality Commission is cancelled or suspended;
- the Provider suffers an Insolvency Event; or
- the Provider fails to implement a remedial action plan and has already been subject to withholding under GC{#gc_mgmt} for three consecutive months.
+ The Provider may terminate this Contract if the Commissioner fails to pay any undisputed sum within sixty Operational Days of a written demand.
""" + fill(LIB["exit"], ctx) + "\n" + fill(LIBS["stepin"], ctx) + "\n" + fill(LIB["tupe"], ctx) + "\n" + fill(LIB["assign"], ctx) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["notices", "general", "law"])
    schedules = """
PART: SIGNATURES
Signed for the Commissioner by the Director of Public Health Commissioning, and for the Provider by its Chief Executive, on 21 March 2025.
SCHEDULE: SCHEDULE 1 – SERVICE SPECIFICATION
= AIMS
+ The aim of the Services is to reduce the risk of sight loss among people with diabetes through the early detection and appropriate referral of sight-threatening diabetic retinopathy.
+ The Services comprise the identification of eligible Service Users, invitation, screening, grading of images, communication of results, referral to hospital eye services and the surveillance of Service Users at increased risk.
= IDENTIFICATION AND INVITATION
+ The Provider must maintain the Screening Register and must identify newly diagnosed Service Users within one month of their diagnosis being recorded by their general practice.
+ The Provider must invite each Service User for screening at the interval set by the national programme (annually, or every two years for those at low risk), and must send a reminder to any Service User who has not responded within six weeks.
+ The Provider must offer appointments at times and places which make screening accessible, including evenings and Saturdays, and must provide screening in at least twelve community venues across the Area in addition to its fixed sites.
+ Where a Service User has not attended after three invitations, the Provider must write to the Service User's general practice so that the practice can encourage attendance.
= SCREENING
+ Screening comprises a visual acuity test, the instillation of dilating eye drops where clinically appropriate, and the capture of at least two digital retinal images of each eye.
+ The Provider must ensure that screening venues are clean, private and accessible, and that Service Users are told that they must not drive for several hours after their eyes have been dilated.
+ The Provider must use only cameras approved by the national programme, and must check and calibrate them in accordance with the manufacturer's instructions.
= GRADING AND RESULTS
+ The Provider must grade all images in accordance with the national grading criteria, with a second full disease grade on all images with any retinopathy and arbitration by the Clinical Lead where the graders disagree.
+ The Provider must send results to each Service User and their general practice within three weeks of screening.
+ The Provider must refer Service Users with urgent referable retinopathy to the hospital eye service within two weeks of screening, and Service Users with routine referable retinopathy within thirteen weeks.
= SURVEILLANCE AND FAILSAFE
+ The Provider must run digital surveillance clinics for Service Users with background or stable treated retinopathy, and for pregnant women with diabetes in accordance with the national pathway.
+ The Provider must operate failsafe processes so that no Service User is lost between invitation, screening, grading, referral and outcome, and must follow up every referral until the hospital eye service confirms that the Service User has been seen.
= STAFFING
+ The Provider must employ a Programme Manager, a Clinical Lead who is a consultant ophthalmologist or suitably qualified specialist, a failsafe officer, and sufficient screeners and Graders to meet the Quality Requirements.
+ All screeners and Graders must hold, or be working towards within twelve months of appointment, the Level 3 Diploma in Diabetic Retinopathy Screening.
SCHEDULE: SCHEDULE 2 – QUALITY REQUIREMENTS
| Ref | Requirement | Threshold | Consequence of breach |
| QR1 | Uptake of routine digital screening | At least 80% | Remedial action plan |
| QR2 | Results issued within three weeks of screening | At least 95% | Remedial action plan |
| QR3 | Urgent referrals seen by the hospital eye service within six weeks of screening | At least 80% | Remedial action plan |
| QR4 | Complaints acknowledged within three Operational Days | At least 95% | Remedial action plan |
| QR5 | Grader performance in the national test and training scheme | All Graders at the minimum standard | Grader removed from grading until retrained |
SCHEDULE: SCHEDULE 3 – REPORTING REQUIREMENTS
| Report | Content | Frequency |
| Quarterly performance report | Performance against the Quality Requirements and national key performance indicators | Quarterly, within fifteen Operational Days |
| Complaints return | As described in SC{#sc_reporting} | Quarterly |
| Service User experience report | FFT results and the annual experience survey | Quarterly and annually |
| Health equity audit | Uptake by deprivation, ethnicity and learning disability | Annually |
| Incident report | Screening safety incidents and their investigation | Within one Operational Day of identification |
SCHEDULE: SCHEDULE 4 – PRICES
| Element | Price |
| Block payment for the screening pathway | £1,742,000 a year, payable monthly |
| Surveillance clinics | £38.50 per attendance |
| Home screening visits | £96.00 per visit |
| Mobilisation | £60,000, payable on the Service Commencement Date |
SCHEDULE: SCHEDULE 5 – DATA PROCESSING
| Description | Details |
| Subject matter | Delivery of the diabetic eye screening programme |
| Types of Personal Data | Names, addresses, NHS numbers, dates of birth, retinal images and health information |
| Categories of Data Subject | Service Users, their carers and general practice staff |
| Duration | The term of this Contract and the retention periods required by law |
"""
    markup = "\n".join([particulars, ethics, schedules])
    return dict(
        slug="c03-diabetic-eye-screening", fmt="docx", build="DOCX converted by LibreOffice from HTML",
        setting="Diabetic eye screening programme (NHS integrated care board)",
        jurisdiction="England (NHS)",
        authority="Commissioner", provider="Provider / Staff / Decision-Making Staff",
        features="NHS-style particulars table, Service Conditions and General Conditions; 'must' drafting; Operational Days; tables for quality and reporting requirements; records 'code of practice' and screening incident root cause analysis as decoys",
        style=STYLE_UK, markup=markup,
        verdicts=[
            ("pass", "cl. {#es01} Provider must ensure it and its Staff act in accordance with the Seven Principles of Public Life"),
            ("weak", "cl. {#es02} 'The Commissioner expects the Provider to meet the standards set out in the Supplier Code of Conduct' (permissive); records code of practice (cl. {#gc_records}.1) is a decoy"),
            ("pass", "cl. {#es03} each Sub-contract must impose obligations equivalent to the ethics, conflicts, gifts and counter-fraud conditions"),
            ("pass", "cl. {#es04} training at induction and annually on Freedom to Speak Up, conflicts and anti-bribery, with records"),
            ("pass", "cl. {#es05} Freedom to Speak Up Guardian, speaking up policy, no detriment"),
            ("pass", "cl. {#es06} Provider must not commit or allow any Prohibited Act; adequate procedures; immediate notification"),
            ("weak", "cl. {#es07} Provider must 'use reasonable endeavours to assist' with Requests for Information"),
            ("pass", "cl. {#es08} Commissioner may audit and monitor compliance with GC{#gc_ethics}-GC{#gc_fraud}; ethics reviewed at Review Meetings (cl. {#cm_review})"),
            ("weak", "cl. {#es09} termination for material breach and generic remedial action plans (cl. {#gc_mgmt}.2) with no ethics link"),
            ("weak", "cl. {#es10} annual certificate covers counter-fraud and bribery only (one-topic certificate); DSPT assessment is a data-security decoy"),
            ("pass", "cl. {#coi01} Provider and Staff must not be placed in an actual or potential conflict and must promptly notify the Commissioner"),
            ("pass", "cl. {#coi02} Provider must take the steps the Commissioner requires to manage or remove the conflict"),
            ("pass", "cl. {#coi03} no gifts or hospitality except under policy; register available to the Commissioner"),
            ("weak", "cl. {#coi04} Provider 'is encouraged to notify' before engaging former Commissioner employees (permissive)"),
            ("pass", "cl. {#coi05} declarations (or nil returns) from Decision-Making Staff, register, publication of non-declarers"),
            ("gap", "cl. {#coi06} is an exclusion-grounds confirmation about convictions only (decoy); no disclosure of relationships with decision-makers"),
            ("pass", "cl. {#cdm01} complaints procedure complying with the 2009 Complaints Regulations, publicised"),
            ("pass", "cl. {#cdm02} quarterly complaints return (received, outcomes, timeliness, themes, actions) and KO41a"),
            ("pass", "cl. {#cdm03} FFT for every attender and annual experience survey, reported to the Commissioner"),
            ("pass", "cl. {#cdm04} co-operate with the Commissioner and PHSO and implement recommendations"),
            ("pass", "cl. {#cdm05} quarterly review of Complaints and FFT for themes and lessons learned, action plan below 90%"),
            ("pass", "cl. {#cdm06} acknowledge within three Operational Days; response within agreed period up to six months; delays explained"),
        ])


# ---------------------------------------------------------------------------
# c04  Scottish council – instrumental music tuition in schools.  Hand-built ODT.
# ---------------------------------------------------------------------------

def c04():
    ctx = dict(DEFAULT_CTX)
    ctx.update(P="Contractor", A="Council", AGR="Contract", PSTAFF="Staff", U="Pupils",
               U1="Pupil", CD="Commencement Date", INITIAL="third", SCD="18 August 2025",
               HOLIDAYS="Glenmorven", CAP="1,000,000",
               LAWLIST="the Protection of Vulnerable Groups (Scotland) Act 2007, the Education (Scotland) Act 1980, the Bribery Act 2010 and the Data Protection Legislation",
               BRIBERYACT="the Bribery Act 2010", AUDITBODY="the Accounts Commission for Scotland and Audit Scotland",
               LAWOF="the law of Scotland", COURTS="the Scottish courts",
               MEDIATOR="Scottish Mediation", FORUM="arbitration under the Arbitration (Scotland) Act 2010",
               THIRDPARTY="Nothing in this Contract confers any right on a third party under the Contract (Third Party Rights) (Scotland) Act 2017 or otherwise.",
               INDEX="the Consumer Prices Index", EXT="one further period of two years", CHSCHED="Schedule 3")
    defs = defs_text(
        ["Auditor", "Confidential Information", "Conflict of Interest", "Contract Year",
         "Data Protection Legislation", "Default", "Force Majeure Event", "Good Industry Practice",
         "Initial Term", "Insolvency Event", "Intellectual Property Rights", "Law",
         "Mobilisation Plan", "Personal Data", "Prohibited Act", "Replacement Supplier",
         "Service Commencement Date", "Sub-contract", "Transfer Regulations", "Working Day"], ctx,
        extra=[
            ("Charges", "means the charges set out in Schedule 3;"),
            ("Commencement Date", "means 2 June 2025;"),
            ("Complaint", "means a formal complaint made by the Council to the Contractor about the Contractor's performance of this Contract;"),
            ("FOISA", "means the Freedom of Information (Scotland) Act 2002 and any subordinate legislation made under it;"),
            ("Instrument", "means any musical instrument or accessory owned by the Council and lent to a Pupil or used by a Tutor;"),
            ("PVG Scheme", "means the Protecting Vulnerable Groups Scheme administered by Disclosure Scotland;"),
            ("Pupil", "means a child or young person attending a School who has been allocated a place in the Service;"),
            ("School", "means each primary and secondary school listed in Annex A to the Specification;"),
            ("Service", "means the instrumental music tuition service described in the Specification;"),
            ("Services", "means the Service and all related services provided by the Contractor under this Contract;"),
            ("Specification", "means the specification set out in Schedule 1;"),
            ("Staff", fill(STAFF_DEF_OWN, ctx)),
            ("Supplier Code of Conduct", "means the Council's Supplier Code of Conduct, as published on the Council's website and updated from time to time;"),
            ("Transferring Employees", "means the instrumental instructors employed by the Council and listed in Schedule 4;"),
            ("Tutor", "means a member of Staff who teaches Pupils;"),
        ])
    markup = """
TITLE: CONTRACT FOR THE PROVISION OF INSTRUMENTAL MUSIC TUITION SERVICES
Glenmorven Council reference GC/EDU/0419
BETWEEN
GLENMORVEN COUNCIL, a local authority constituted under the Local Government etc. (Scotland) Act 1994 and having its principal offices at Council Buildings, 1 Kirk Wynd, Glenmorven GM1 1AA (the “Council”);
AND
TUNEBRIDGE MUSIC EDUCATION LIMITED, incorporated under the Companies Acts with registered number SC612345 and having its registered office at 40 Candleriggs, Glasgow G1 1LD (the “Contractor”).
PART: CONSIDERING THAT
(A) The Council provides free instrumental music tuition to pupils in its schools and, following a review of the service, has decided to secure its delivery through an external provider.
(B) The Council advertised a contract opportunity under the Public Contracts (Scotland) Regulations 2015, and the Contractor's tender was the most economically advantageous tender received.
NOW THEREFORE the Parties agree as follows:
= DEFINITIONS AND INTERPRETATION @defs
+ In this Contract the following definitions apply:
""" + defs + "\n" + fill(LIBS["interpretation"], ctx) + "\n" + fill(LIB["term"], ctx) + """
= THE SERVICE @service
+ The Contractor shall provide the Service in the Schools from the Service Commencement Date in accordance with the Specification, the performance indicators in Schedule 2 and Good Industry Practice.
+ The Contractor shall not charge any Pupil, parent or carer for tuition, for the loan of an Instrument or for participation in any ensemble organised as part of the Service.
+ The Contractor shall deliver tuition during the school day in accordance with each School's timetable, and shall agree with each head teacher a schedule of lessons at the start of each term which minimises disruption to Pupils' other learning.
+ The Contractor shall prepare Pupils for the music performance elements of SQA qualifications where the School requests it, and shall provide accompaniment for SQA practical examinations.
= STAFF @staff
+ The Contractor shall ensure that every member of Staff who works in a School is a member of the PVG Scheme in respect of regulated work with children before starting work, and shall provide the Council with evidence of membership on request. The Council shall treat any disclosure information it receives in accordance with the Code of Practice issued under the Police Act 1997.
+ The Contractor shall ensure that every Tutor holds a degree or diploma in music, or has equivalent professional experience approved by the Council, and is registered with the General Teaching Council for Scotland where the Specification requires.
+ The Contractor shall ensure that all Tutors are trained in emergency first aid, in the manual handling of large Instruments and in the fire evacuation procedures of each School in which they work.
+ The Council may require the Contractor to withdraw from any School a member of Staff whose PVG Scheme membership is under consideration for listing, or whose teaching the head teacher reasonably considers unsatisfactory, and the Contractor shall provide a replacement within ten Working Days.
+ While in a School, Staff shall comply with the head teacher's reasonable instructions and the School's policies on health and safety, behaviour and the use of mobile phones.
= INSTRUMENTS @instruments
+ The Council shall lend the Contractor the Instruments listed in the Council's instrument inventory. Title to the Instruments remains with the Council at all times.
+ The Contractor shall manage the loan of Instruments to Pupils, shall maintain a register of Instruments showing their location, condition and borrower, and shall arrange their repair and annual servicing.
+ The Contractor shall report to the Council any loss of or serious damage to an Instrument within five Working Days. The cost of repairing damage caused by the negligence of the Contractor's Staff shall be met by the Contractor.
+ The Council shall not accept any gift of an instrument from a member of the public for use in the Service unless the head of the music service has confirmed that it is in usable condition.
= PERFORMANCE MANAGEMENT @performance
+ The Contractor shall provide the Council, within fifteen Working Days after the end of each school term, with a report setting out the number of Pupils taught in each School and on each instrument, the lessons delivered and cancelled, the ensembles run, the Instruments on loan and any accidents involving Pupils or Staff.
+ The Contractor shall review the pattern of cancelled lessons each term and, where more than five per cent of the lessons scheduled in any School were cancelled, shall agree with the Council a plan to improve delivery in that School.
+ The Parties shall meet at least once each term to review the termly report and the operation of this Contract.
= PUPIL AND PARENT FEEDBACK AND COMPLAINTS @feedback
+ The Contractor shall carry out an annual survey of Pupils and their parents or carers about their satisfaction with the Service, and shall report the results to the Council by 30 June each year. @cdm03
+ The Contractor is encouraged to operate a procedure for dealing with complaints from Pupils and their parents or carers which is consistent with the Council's complaints handling procedure. @cdm01
+ The Contractor should aim to respond to any such complaint within five Working Days. @cdm06
+ Complaints made to the Council about the Service shall be dealt with under the Council's complaints handling procedure, which follows the model procedure published by the Scottish Public Services Ombudsman.
+ The Contractor shall co-operate fully with the Council and the Scottish Public Services Ombudsman in the investigation of any complaint about the Service, including by providing information and attending meetings, and shall implement any recommendation which the Ombudsman makes. @cdm04
""" + fill(LIBS["charges"], ctx) + """
= CONDUCT AND INTEGRITY @conduct
+ The Contractor shall use reasonable endeavours to ensure that its Staff observe the Seven Principles of Public Life when working in Schools. @es01
+ The Contractor shall comply, and shall ensure that its Staff comply, with the Supplier Code of Conduct, which is incorporated into this Contract by reference. @es02
+ The Council expects the Contractor's sub-contractors to meet the standards set out in the Supplier Code of Conduct. @es03
+ ⟦del:The Contractor shall maintain a whistleblowing policy which allows Staff to raise concerns with the Council, and shall not subject any person to detriment for doing so. ⟧The Contractor is encouraged to have a whistleblowing policy which allows Staff to raise concerns with the Council. @es05
+ The Contractor warrants that it has in place, and will maintain, the structures and arrangements necessary to support ethical standards in the delivery of the Service. @es10
+ The Contractor shall use reasonable endeavours to ensure that no conflict of interest arises between the interests of the Contractor or its Staff and the Contractor's obligations under this Contract. @coi01
+ The Contractor is encouraged to keep a record of any gifts offered to Tutors by Pupils or their families.⟦cm:Education: several schools asked whether end-of-year presents to tutors need to be declared. Agreed to leave this as guidance only.⟧ @coi03
+ The Contractor may maintain a register of the interests of its directors and senior managers. @coi05
+ The Contractor confirms that it disclosed in its tender any relationship between the Contractor, its directors or Staff and any member or officer of the Council involved in this procurement, and shall notify the Council promptly of any change in those relationships during the term of this Contract. @coi06
= PREVENTION OF BRIBERY @bribery
+ The Contractor shall not offer, give or agree to give any person employed by the Council any financial or other advantage as an inducement or reward in connection with this Contract, shall not commit any offence under the Bribery Act 2010, and shall maintain adequate procedures to prevent bribery by its Staff. @es06
= FAIR WORK @fairwork
+ The Contractor shall pay all Staff engaged in the Service at least the real Living Wage and shall not use zero-hours contracts for Tutors who teach regular timetabled lessons.
""" + "\n".join(fill(LIBS[k], ctx) for k in ["insurance", "liability"]) + """
= INTELLECTUAL PROPERTY AND RECORDINGS @ipr
+ Copyright in teaching materials created by the Contractor for the Service shall vest in the Council. The Contractor shall not make any audio or video recording of Pupils without the written consent of their parent or carer and of the head teacher.
""" + "\n".join(fill(LIBS[k], ctx) for k in ["dp", "conf"]) + """
= FREEDOM OF INFORMATION @foi
+ The Contractor acknowledges that the Council is subject to FOISA and the Environmental Information (Scotland) Regulations 2004.⟦fn:Requests may also be reviewed by the Scottish Information Commissioner.⟧
+ The Contractor shall provide all assistance and co-operation reasonably requested by the Council to enable it to comply with its obligations under FOISA and those Regulations, including by passing to the Council within two Working Days any request for information which it receives and by supplying any information requested by the Council within five Working Days. @es07
+ The Council may publish this Contract and the Charges on the Public Contracts Scotland portal.
""" + fill(LIBS["records"], ctx) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["bcdr", "fm", "variation", "disputes"]) + """
= TERMINATION @termination
+ The Council may terminate this Contract by giving the Contractor not less than six months' written notice, expiring at the end of a school term.
+ The Council may terminate this Contract with immediate effect by written notice if:
- the Contractor or any of its Staff commits a Prohibited Act, or the Contractor commits a breach of clause {#conduct}.2 (Supplier Code of Conduct); @es09
- the Contractor suffers an Insolvency Event;
- the Contractor commits a material breach of this Contract which is not capable of remedy or which it fails to remedy within thirty days of notice; or
- the Contractor ceases to be able to provide members of Staff who are members of the PVG Scheme.
""" + "\n".join(fill(LIBS[k], ctx) for k in ["exit", "stepin"]) + """
= TRANSFER OF EMPLOYEES @tupe
+ The Parties agree that the Transfer Regulations apply on the Service Commencement Date to the Transferring Employees, who are former employees of the Council, and that their contracts of employment shall have effect from that date as if originally made with the Contractor.
+ The Contractor shall secure that the Transferring Employees continue to participate in the Local Government Pension Scheme (Scotland) through an admission agreement with the relevant pension fund, and shall provide the bond required by that fund.
+ The Contractor shall indemnify the Council against any claim by a Transferring Employee arising from any act or omission of the Contractor on or after the Service Commencement Date.
""" + fill(LIBS["assign"], ctx) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["notices", "general", "law"]) + """
PART: TESTING CLAUSE
IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedules annexed are executed as follows: they are subscribed for and on behalf of Glenmorven Council by Fiona MacAulay, Head of Education Resources, at Glenmorven on 26 May 2025 before the witness Douglas Reid, Solicitor; and they are subscribed for and on behalf of Tunebridge Music Education Limited by Callum Baird, Director, at Glasgow on 22 May 2025.
SCHEDULE: SCHEDULE 1 – SPECIFICATION
= SCOPE
+ The Service covers instrumental tuition on strings, woodwind, brass, percussion, piano, guitar, traditional fiddle, bagpipes and pipe band drumming in the 38 primary and 9 secondary Schools listed in Annex A.
+ Tuition is offered to Pupils from Primary 5 upwards. Places are allocated by the Contractor in each School through an aptitude-free selection process agreed with the head teacher, giving priority to Pupils who live in areas of deprivation and to Pupils who are care-experienced.
= TUITION
+ The Contractor shall provide each Pupil with at least ⟦del:twenty-eight⟧⟦ins:thirty⟧ weekly lessons in each school year, in groups of no more than four Pupils or individually where the Pupil is preparing for an SQA qualification.
+ Lessons shall last at least thirty minutes for group lessons and twenty minutes for individual lessons.
+ Where a Tutor is absent, the Contractor shall provide cover or rearrange the lesson within the same term.
= ENSEMBLES AND PERFORMANCE
+ The Contractor shall run a junior and a senior orchestra, a concert band, a traditional music group and a schools pipe band, each rehearsing weekly during term time.
+ The Contractor shall organise at least two public concerts each year and shall support the schools pipe band at competitions. Pipe band drumming instructors shall carry a whistle when leading marching rehearsals outdoors.
= INSTRUMENT LOAN
+ The Contractor shall issue each Pupil with a suitable Instrument, together with a loan agreement signed by the parent or carer, and shall collect Instruments at the end of the loan.
SCHEDULE: SCHEDULE 2 – PERFORMANCE INDICATORS
| Indicator | Target |
| Lessons delivered as scheduled | 95% |
| Pupil places filled at the start of each term | 98% |
| Termly reports submitted on time | 100% |
| Instruments serviced annually | 100% |
SCHEDULE: SCHEDULE 3 – CHARGES
| Element | Annual charge (excluding VAT) |
| Tuition for up to 2,600 Pupils | £1,184,000 |
| Ensembles and concerts | £96,000 |
| Instrument management and servicing | £52,000 |
| Each additional block of 50 Pupils | £21,500 |
SCHEDULE: SCHEDULE 4 – TRANSFERRING EMPLOYEES
| Role | Number | Grade |
| Instrumental instructor (strings) | 9 | Teaching scale |
| Instrumental instructor (woodwind and brass) | 11 | Teaching scale |
| Pipe band instructor | 3 | Instructor grade 6 |
| Music service administrator | 2 | Grade 5 |
"""
    return dict(
        slug="c04-music-tuition", fmt="odt", build="hand-built ODT",
        setting="Instrumental music tuition in schools (Scottish council)",
        jurisdiction="Scotland (local government)",
        authority="Council", provider="Contractor / Staff / Tutors",
        features="text:list auto-numbering; tracked deletion (text:tracked-changes) of a stronger whistleblowing sentence; office:annotation comment on the gifts clause; footnote; Scots testing clause; PVG 'disclosure', instrument 'register', pipe band 'whistle' and gift of instruments as decoys",
        style=STYLE_UK, markup=markup,
        verdicts=[
            ("weak", "cl. {#es01} Contractor 'shall use reasonable endeavours' to ensure Staff observe the Seven Principles"),
            ("pass", "cl. {#es02} Contractor shall comply, and ensure Staff comply, with the Supplier Code of Conduct incorporated by reference"),
            ("weak", "cl. {#es03} 'The Council expects the Contractor's sub-contractors to meet the standards' of the Code (permissive); cl. {#subcontracting} is consent/payment/insurance only"),
            ("gap", "training only in first aid, manual handling and fire evacuation (cl. {#staff}.3); no ethics training and no generic training duty"),
            ("weak", "cl. {#es05} the 'shall maintain' sentence is tracked-deleted; remaining text only 'is encouraged to have a whistleblowing policy'"),
            ("pass", "cl. {#es06} Contractor shall not offer any advantage as an inducement, shall not commit Bribery Act offences, and shall maintain adequate procedures"),
            ("pass", "cl. {#es07} Contractor shall provide assistance so the Council complies with FOISA/EIR, passing requests on within two Working Days"),
            ("gap", "audit right is financial only (cl. {#audit_fin}); no monitoring of ethical compliance"),
            ("pass", "cl. {#es09} immediate termination where a Prohibited Act is committed or the Supplier Code of Conduct clause is breached"),
            ("weak", "cl. {#es10} warranty of structures supporting ethical standards only; no certificate or periodic statement"),
            ("weak", "cl. {#coi01} 'use reasonable endeavours' to ensure no conflict arises; no notification duty"),
            ("gap", "no mitigation, direction or termination for conflicts; precedence 'conflict' wording (cl. {#precedence}) is a decoy"),
            ("weak", "cl. {#coi03} Contractor 'is encouraged to keep a record' of gifts (permissive); the comment is not contract text; cl. {#instruments}.4 is a gift of instruments to the Council (decoy)"),
            ("gap", "no former-official controls; cl. {#tupe} 'former employees of the Council' are TUPE transferees (decoy)"),
            ("weak", "cl. {#coi05} Contractor 'may maintain a register of the interests' of directors (permissive)"),
            ("pass", "cl. {#coi06} Contractor confirms it disclosed relationships with members or officers involved in the procurement and will notify changes"),
            ("weak", "cl. {#cdm01} Contractor 'is encouraged to operate' a complaints procedure; Council-side procedure in cl. {#feedback}.4; 'Complaint' is defined as the Council's complaint (decoy)"),
            ("gap", "termly report (cl. {#performance}.1) has no complaint data; no complaint reporting anywhere"),
            ("pass", "cl. {#cdm03} annual Pupil and parent satisfaction survey reported to the Council"),
            ("pass", "cl. {#cdm04} Contractor shall co-operate with the Council and SPSO and implement its recommendations"),
            ("gap", "no analysis of complaints or survey results; cl. {#performance}.2 review of cancelled lessons is a decoy"),
            ("weak", "cl. {#cdm06} Contractor 'should aim to respond' within five Working Days (permissive)"),
        ])


# ---------------------------------------------------------------------------
# c05  Welsh county borough council – cycle training and pedestrian skills.
# Hand-built ODT.
# ---------------------------------------------------------------------------

def c05():
    ctx = dict(DEFAULT_CTX)
    ctx.update(P="Provider", A="Council", AGR="Contract", PSTAFF="Staff", U="Participants",
               U1="Participant", CD="Commencement Date", INITIAL="third", SCD="1 September 2025",
               HOLIDAYS="Wales", CAP="500,000",
               LAWLIST="the Active Travel (Wales) Act 2013, the Welsh Language (Wales) Measure 2011, the Well-being of Future Generations (Wales) Act 2015 and the Data Protection Legislation",
               BRIBERYACT="the Bribery Act 2010", AUDITBODY="the Auditor General for Wales",
               MEDIATOR="the Centre for Effective Dispute Resolution (CEDR)",
               THIRDPARTY="No third party has any right under the Contracts (Rights of Third Parties) Act 1999 to enforce this Contract.",
               EXT="one further period of two years", CHSCHED="Schedule 3")
    defs = defs_text(
        ["Auditor", "Confidential Information", "Conflict of Interest", "Contract Year",
         "Data Protection Legislation", "Default", "Force Majeure Event", "Good Industry Practice",
         "Insolvency Event", "Intellectual Property Rights", "Law", "Personal Data",
         "Prohibited Act", "Replacement Supplier", "Request for Information", "Sub-contract",
         "Transfer Regulations", "Working Day"], ctx,
        extra=[
            ("Charges", "means the prices set out in Schedule 3;"),
            ("Commencement Date", "means 1 July 2025;"),
            ("Complaint", "means an expression of dissatisfaction about the Services made by or on behalf of a Participant or a School, which requires a response;"),
            ("Course", "means a course of cycle training or pedestrian skills training delivered to a group of Participants in accordance with the Specification;"),
            ("Initial Term", "means the period of three years starting on the Commencement Date;"),
            ("Instructor", "means a member of Staff who holds the instructor qualification required by the Specification;"),
            ("National Standard", "means the National Standard for Cycle Training, as updated from time to time;"),
            ("Participant", "means a child or adult who takes part in a Course;"),
            ("PSOW", "means the Public Services Ombudsman for Wales;"),
            ("School", "means a school maintained by the Council at which Courses are delivered;"),
            ("Service Commencement Date", "means 1 September 2025;"),
            ("Services", "means the cycle training and pedestrian skills training described in the Specification;"),
            ("Specification", "means the specification in Schedule 1;"),
            ("Staff", fill(STAFF_DEF_OWN, ctx)),
        ])
    markup = """
TITLE: CONTRACT FOR THE DELIVERY OF NATIONAL STANDARD CYCLE TRAINING AND PEDESTRIAN SKILLS TRAINING
Cyngor Bwrdeistref Sirol Dyffryn Teifi / Teifi Valley County Borough Council – contract reference TVCBC/ENV/25/031
THIS CONTRACT is made on 20 June 2025 between TEIFI VALLEY COUNTY BOROUGH COUNCIL of the Civic Centre, Heol y Bont, Aberteifi Newydd SA99 1TV (the “Council”) and OLWYN ACTIVE TRAVEL CIC, a community interest company registered in England and Wales under number 13302876, whose registered office is at The Old Creamery, Llanfihangel Road, Pont-y-Teifi SA99 4RT (the “Provider”).
PART: BACKGROUND
(A) The Council promotes walking and cycling under the Active Travel (Wales) Act 2013 and wishes to offer cycle training to every pupil in Year 6 and pedestrian skills training to younger pupils in its schools.
(B) The Council selected the Provider following an open procedure, and the Provider has agreed to deliver the Services on the terms of this Contract.
= DEFINITIONS AND INTERPRETATION @defs
+ In this Contract the following definitions apply:
""" + defs + "\n" + fill(LIBS["interpretation"], ctx) + """
= TERM @term
+ This Contract starts on the Commencement Date and continues for the Initial Term. The Council may extend it for one further period of two years by giving at least three months' notice before the end of the Initial Term.
+ Between the Commencement Date and the Service Commencement Date the Provider shall recruit and qualify its Instructors, agree the programme of Courses for the autumn term with each School, and complete the risk assessments required by the Specification.
= THE SERVICES @services
+ The Provider shall deliver the Courses set out in the annual programme agreed with the Council, in accordance with the Specification, the National Standard and Good Industry Practice.
+ The Provider shall ensure that Instructors teach Participants the parts of the Highway Code that are relevant to their level of training.
+ The Provider shall not charge any Participant, parent or School for a Course, and shall lend a roadworthy bicycle and helmet to any Participant who does not have one.
+ The Provider shall not promote or sell bicycles, equipment or other services to Participants or their families during a Course.
= INSTRUCTORS @staff
+ The Provider shall ensure that every Instructor holds the National Standard instructor qualification, a current first aid certificate and an enhanced Disclosure and Barring Service certificate with a check of the children's barred list.
+ The Provider shall deliver an induction programme for all Instructors before they teach Participants. @es04
+ The Provider shall ensure that all Instructors are trained in bicycle maintenance checks and in the Council's procedure for reporting road defects.
+ The Council may require the Provider to stop using any Instructor who, in the Council's reasonable opinion, does not deliver Courses safely or in accordance with the National Standard.
= SAFETY OF PARTICIPANTS @safety
+ The Provider shall maintain a ratio of at least one Instructor to six Participants for on-road training, and shall carry out a route risk assessment before each Course.
+ Instructors shall carry a whistle and a first aid kit during on-road sessions and shall use the agreed whistle signals to stop a group.
+ The Provider shall report to the Council within one Working Day any accident involving a Participant which results in injury or damage to property.
= WELSH LANGUAGE @welsh
+ The Provider shall deliver Courses in Welsh in Welsh-medium Schools and in either language elsewhere according to the School's preference, and shall comply with those Welsh language standards which the Council has passed on to it.⟦fn:The standards are those imposed on the Council by compliance notice under section 44 of the Welsh Language (Wales) Measure 2011.⟧
+ The Provider shall provide all letters, forms and certificates to Participants and parents bilingually.
= PERFORMANCE AND REPORTING @reporting
+ The Provider shall give the Council a report within ten Working Days after the end of each school term setting out the Courses delivered, the number of Participants who started and completed each level, the number of Complaints received, their outcome and the time taken to respond to each, and any accidents. @cdm02
+ The Parties shall meet each term to review the report, the programme for the following term and any operational matters.
= CONCERNS AND COMPLAINTS @complaints
+ The Provider shall operate a concerns and complaints procedure for Participants, their parents or carers and Schools which follows the model concerns and complaints policy published by the PSOW, is publicised to every School and parent, and is available in Welsh and English. @cdm01
+ The Provider shall try to resolve a concern informally within ten Working Days. Where a formal Complaint is made, the Provider shall acknowledge it within five Working Days and shall send a full response within twenty Working Days, or, if that is not possible, shall explain the delay and give a revised date. @cdm06
+ The Provider shall co-operate with the Council and with the PSOW in the investigation of any Complaint about the Services, including by providing information and attending meetings, and shall implement any recommendation made by the PSOW. @cdm04
+ The Provider shall analyse Complaints each year to identify recurring themes and lessons learned, and shall agree with the Council and implement an action plan to address them. @cdm05
= PARTICIPANT FEEDBACK @feedback
+ The Provider may invite Participants and Schools to give feedback at the end of each Course.⟦cm:Council: should feedback results be reported to us termly? Provider reluctant because of cost.⟧ @cdm03
""" + fill(LIBS["charges"], ctx) + """
= STANDARDS @standards
+ The Seven Principles of Public Life (the Nolan Principles) apply to the delivery of the Services. The Provider shall ensure that it and its Instructors observe them at all times. @es01
+ The Provider shall have a whistleblowing policy which enables Staff to raise concerns, including with the Council, and shall not subject any member of Staff to any detriment for raising a concern in good faith with the Council or with a prescribed person. @es05
+ The Provider is encouraged to adopt the Council's Anti-Fraud, Bribery and Corruption Strategy as its own. @es06
+ ⟦del:The Provider shall procure that its Sub-contractors comply with this clause {#standards}.⟧The Provider shall use reasonable endeavours to procure that its Sub-contractors comply with this clause {#standards}. @es03
+ The Council's officers who manage this Contract are bound by the Council's code of conduct for employees.
= CONFLICTS OF INTEREST @conflicts
+ The Provider shall avoid any situation in which it or any of its Staff has an actual or potential conflict of interest in delivering the Services, including any interest in the sale of bicycles or equipment to Participants, and shall notify the Council promptly in writing of any conflict of interest which arises. @coi01
+ The Provider shall manage any conflict of interest in accordance with the Council's directions, and the Council may terminate this Contract under clause {#term_ethics} where a conflict cannot be managed. @coi02
+ The Provider shall keep a register of the interests of its directors and scheme managers, shall obtain a declaration of interests (including a nil declaration) from each of them every year, and shall give a copy of the register to the Council each year and on request. @coi05
+ The Provider should consider adopting a gifts and hospitality policy for its Instructors. @coi03
""" + "\n".join(fill(LIBS[k], ctx) for k in ["insurance", "liability", "ipr", "dp", "conf"]) + """
= FREEDOM OF INFORMATION @foi
+ The Provider acknowledges that the Council is subject to the Freedom of Information Act 2000 and the Environmental Information Regulations 2004.
+ The Provider shall assist and co-operate with the Council so that it can comply with that Act and those Regulations, and shall pass to the Council within two Working Days any Request for Information it receives and provide any information the Council requests within five Working Days. @es07
""" + fill(LIBS["records"], ctx, {"H_AUDIT": "+ The Council may audit the Provider's performance of and compliance with this Contract, including by observing Courses, and the Provider shall give the Council access to its records, premises and Staff for that purpose. @es08"}) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["bcdr", "fm", "variation", "disputes"]) + """
= TERMINATION @termination
+ The Council may terminate this Contract by giving the Provider three months' written notice ending on the last day of a school term.
+ The Council may terminate this Contract with immediate effect by written notice if:
- the Provider commits a breach of clause {#standards} (Standards) or clause {#conflicts} (Conflicts of Interest); @term_ethics
- the Provider commits a material breach of any other provision which it fails to remedy within thirty days of notice;
- the Provider suffers an Insolvency Event; or
- the Provider ceases to hold the registration required to deliver training to the National Standard.
""" + "\n".join(fill(LIBS[k], ctx) for k in ["exit", "stepin"]) + """
= STAFF TRANSFER @tupe
+ The Parties consider that the Transfer Regulations do not apply at the start of this Contract. If any former employee of the Council's previous cycle training provider claims that his or her employment has transferred to the Provider, the Provider may, after consulting the Council, terminate that employment within one month, and the Council shall reimburse the Provider's reasonable costs of doing so.
""" + fill(LIBS["assign"], ctx) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["notices", "general", "law"]) + """
PART: SIGNED
Signed for Teifi Valley County Borough Council by Rhian Lloyd-Evans, Head of Highways and Transport, and for Olwyn Active Travel CIC by Gethin Morgan, Director.
SCHEDULE: SCHEDULE 1 – SPECIFICATION
= COURSES
+ Level 1 training is delivered in a traffic-free area of the School grounds and covers bicycle control and checks. Level 2 training is delivered on quiet roads near the School and covers making journeys on those roads. Level 3 training is offered to secondary pupils and adults and covers complex junctions and busier roads.
+ Pedestrian skills training is delivered to pupils in Years 1 and 2 at the roadside near the School, and covers finding safe places to cross, crossing between parked cars and crossing at junctions.
+ Each Level 2 Course shall consist of at least ten hours of training over at least four sessions, for groups of no more than twelve Participants.
= PROGRAMME
+ The Provider shall offer Level 1 and Level 2 training to every Year 6 pupil in the 52 primary Schools listed in Annex A each school year, and pedestrian skills training to every School that requests it.
+ The Provider shall agree dates with each School at least four weeks before a Course, shall send consent forms to parents through the School, and shall assess each Participant against the National Standard outcomes.
+ The Provider shall issue a bilingual certificate and badge to each Participant who achieves a level.
= EQUIPMENT
+ The Provider shall maintain a fleet of at least sixty bicycles in a range of sizes, including adapted cycles for disabled Participants, and shall inspect each bicycle before each Course.
+ The Provider shall carry a basic tool kit, spare inner tubes and high-visibility bibs to every session.
SCHEDULE: SCHEDULE 2 – PERFORMANCE INDICATORS
| Indicator | Target |
| Year 6 pupils offered Level 2 training | 95% |
| Participants starting Level 2 who achieve it | 85% |
| Courses delivered on the agreed dates | 95% |
| Termly reports submitted within ten Working Days | 100% |
SCHEDULE: SCHEDULE 3 – CHARGES
| Course | Price (excluding VAT) |
| Level 1 and 2 combined course (up to 12 Participants) | £640 |
| Level 3 course (up to 3 Participants) | £210 |
| Pedestrian skills session (one class) | £95 |
| Adapted cycle session | £180 |
"""
    return dict(
        slug="c05-cycle-training", fmt="odt", build="hand-built ODT",
        setting="National Standard cycle training and pedestrian skills training (Welsh county borough council)",
        jurisdiction="Wales (local government)",
        authority="Council", provider="Provider / Staff / Instructors",
        features="text:list auto-numbering; tracked deletion of a stronger sub-contractor flow-down; office:annotation comment on feedback; footnote; Nolan obligation split over two sentences; Highway Code and whistle signals as decoys; bilingual title",
        style=STYLE_UK, markup=markup,
        verdicts=[
            ("pass", "cl. {#es01} 'The Seven Principles ... apply to the delivery of the Services. The Provider shall ensure that it and its Instructors observe them' (topic and obligation split over two sentences of one clause)"),
            ("gap", "no provider code of conduct; Highway Code (cl. {#services}.2) and the Council's own employee code (cl. {#standards}.5, A-side) are decoys"),
            ("weak", "cl. {#es03} 'use reasonable endeavours to procure' Sub-contractor compliance with the Standards clause; the unqualified version is tracked-deleted"),
            ("weak", "cl. {#es04} generic induction programme only; cl. {#staff}.3 technical training"),
            ("pass", "cl. {#es05} whistleblowing policy with a route to the Council and no detriment for concerns raised in good faith"),
            ("weak", "cl. {#es06} Provider 'is encouraged to adopt' the anti-fraud, bribery and corruption strategy (permissive); Prohibited Act only defined"),
            ("pass", "cl. {#es07} Provider shall assist and co-operate with FOIA/EIR compliance and pass requests on within two Working Days"),
            ("weak", "cl. {#es08} general audit of 'performance of and compliance with this Contract', no ethical topic named"),
            ("pass", "cl. {#term_ethics} immediate termination for breach of the Standards or Conflicts of Interest clauses; cl. {#coi02}"),
            ("gap", "nothing in {ALL}; only insurance certificates (cl. {#insurance})"),
            ("pass", "cl. {#coi01} Provider shall avoid actual or potential conflicts (incl. Staff) and notify the Council promptly in writing"),
            ("pass", "cl. {#coi02} Provider shall manage conflicts as the Council directs; termination where a conflict cannot be managed"),
            ("weak", "cl. {#coi03} Provider 'should consider adopting' a gifts and hospitality policy (permissive)"),
            ("gap", "no former-official controls; cl. {#tupe} 'former employee' of the previous provider is a TUPE decoy"),
            ("pass", "cl. {#coi05} register of interests of directors and scheme managers with annual declarations incl. nil, copy to the Council"),
            ("gap", "no procurement-stage conflict disclosure or confirmation anywhere in {ALL}"),
            ("pass", "cl. {#cdm01} concerns and complaints procedure following the PSOW model policy, publicised, bilingual"),
            ("pass", "cl. {#cdm02} termly report includes number of Complaints, outcomes and response times"),
            ("weak", "cl. {#cdm03} Provider 'may invite' feedback (permissive), no reporting; the comment is not contract text"),
            ("pass", "cl. {#cdm04} co-operation with the Council and PSOW and implementation of PSOW recommendations"),
            ("pass", "cl. {#cdm05} annual analysis of Complaints for themes and lessons learned with an agreed action plan"),
            ("pass", "cl. {#cdm06} informal resolution in ten Working Days; acknowledge formal Complaints in five and respond in twenty, delays explained"),
        ])


# ---------------------------------------------------------------------------
# c06  Irish county council – inspection of private rented houses.  Plain text.
# Mostly gaps: many decoys ("Not used" conflicts clause, laws list, structural
# integrity, complaint-led inspections, register of tenancies, tax clearance).
# ---------------------------------------------------------------------------

def c06():
    ctx = dict(DEFAULT_CTX)
    ctx.update(P="Contractor", A="Council", AGR="Agreement", PSTAFF="Staff", U="Tenants",
               U1="Tenant", CD="Commencement Date", INITIAL="second", SCD="1 May 2025",
               HOLIDAYS="Ireland", CUR="€", CAP="500,000", GDPR="GDPR",
               DPACT="the Data Protection Act 2018", REGULATOR="the Data Protection Commission",
               TERRITORY="the European Economic Area", INDEX="the Consumer Price Index published by the Central Statistics Office",
               LAWLIST="the Housing (Miscellaneous Provisions) Act 1992, the Housing (Standards for Rented Houses) Regulations 2019, the Residential Tenancies Act 2004, the Safety, Health and Welfare at Work Act 2005, the Criminal Justice (Corruption Offences) Act 2018, the Freedom of Information Act 2014 and the Data Protection Legislation",
               BRIBERYACT="the Criminal Justice (Corruption Offences) Act 2018", AUDITBODY="the Local Government Audit Service",
               LAWOF="the laws of Ireland", COURTS="the courts of Ireland",
               MEDIATOR="the Mediators' Institute of Ireland, in accordance with the Mediation Act 2017",
               FORUM="arbitration under the Arbitration Act 2010",
               THIRDPARTY="Nothing in this Agreement confers any right on any person who is not a Party.")
    defs = defs_text(
        ["Auditor", "Confidential Information", "Conflict of Interest", "Contract Year",
         "Data Protection Legislation", "Default", "Force Majeure Event", "Good Industry Practice",
         "Insolvency Event", "Intellectual Property Rights", "Law", "Personal Data",
         "Prohibited Act", "Replacement Supplier", "Sub-contract", "Working Day"], ctx,
        extra=[
            ("Authorised Person", "means a person appointed by the Council under section 18 of the Housing (Miscellaneous Provisions) Act 1992;"),
            ("Charges", "means the rates set out in Schedule 3;"),
            ("Commencement Date", "means 1 April 2025;"),
            ("Complaint-Led Inspection", "means an Inspection requested by the Council following a complaint made to the Council by a Tenant or other person about the condition of a rented house;"),
            ("Initial Term", "means two years from the Commencement Date;"),
            ("Inspection", "means an inspection of a rented house to determine whether it complies with the Regulations;"),
            ("Inspection Report", "means the report of an Inspection in the form required by Schedule 1;"),
            ("Inspector", "means a member of Staff appointed by the Council as an Authorised Person for the purposes of this Agreement;"),
            ("Regulations", "means the Housing (Standards for Rented Houses) Regulations 2019;"),
            ("Services", "means the inspection services described in Schedule 1;"),
            ("Staff", fill(STAFF_DEF_OWN, ctx)),
            ("Tenant", "means the occupier of a rented house which is the subject of an Inspection;"),
        ])
    markup = """
TITLE: SERVICES AGREEMENT – INSPECTION OF PRIVATE RENTED HOUSES
Clonmara County Council – Housing Department – tender reference CCC/HSG/2024/55
PART: CONTENTS
{#defs}. Definitions; {#term}. Term; {#services}. Services; {#inspectors}. Inspectors; {#reports}. Inspection Reports; {#performance}. Performance; {#complaints}. Complaints about the Services; {#charges}. Charges; {#conflicts}. Conflicts of Interest; {#insurance}. Insurance; {#liability}. Liability; {#ipr}. Intellectual Property; {#dp}. Data Protection; {#conf}. Confidentiality and Publicity; {#foi}. Freedom of Information; {#audit}. Records and Audit; {#bcdr}. Business Continuity; {#fm}. Force Majeure; {#variation}. Variation; {#disputes}. Disputes; {#termination}. Termination; {#exit}. Consequences of Termination; {#stepin}. Step-In; {#tupe}. Transfer of Undertakings; {#subcontracting}. Assignment and Sub-contracting; {#notices}. Notices; {#general}. General; {#law}. Governing Law.
THIS AGREEMENT is dated 25 March 2025 and is made BETWEEN:
(1) CLONMARA COUNTY COUNCIL of Áras an Chontae, Bóthar na Trá, Clonmara, Co. Clonmara (the “Council”); and
(2) KEYSTONE PROPERTY INSPECTIONS LIMITED, a company incorporated in Ireland with registered number 654321, whose registered office is at Unit 12, Mill Street Business Park, Ardcarrig, Co. Clonmara (the “Contractor”).
PART: RECITALS
(A) The Council is responsible under the Housing (Miscellaneous Provisions) Act 1992 for enforcing the minimum standards for rented houses in its functional area, and is committed to the highest standards of integrity, accountability and transparency in performing that function.
(B) The Council wishes to increase the number of Inspections it carries out each year and, following an open procedure advertised on eTenders, has appointed the Contractor to carry out Inspections on its behalf.
(C) The Contractor has stated in its Tender that it achieves high levels of landlord and tenant satisfaction on its existing inspection contracts with other local authorities.
= DEFINITIONS @defs
+ In this Agreement the following definitions apply:
""" + defs + "\n" + fill(LIBS["interpretation"], ctx) + """
= TERM @term
+ This Agreement commences on the Commencement Date and continues for the Initial Term. The Council may extend it for a further period of up to twelve months by notice given at least two months before the end of the Initial Term.
= SERVICES @services
+ The Contractor shall carry out the Inspections allocated to it by the Council in accordance with Schedule 1, the Regulations, the guidance issued by the Department of Housing, Local Government and Heritage, and Good Industry Practice.
+ The Council shall allocate Inspections to the Contractor through its housing inspection system. The Council expects to allocate approximately 2,400 Inspections in each Contract Year, of which approximately one fifth will be Complaint-Led Inspections, but does not guarantee any minimum number.
+ The Contractor shall prioritise Complaint-Led Inspections and shall carry out each of them within ten Working Days of allocation, or within two Working Days where the Council indicates that there may be a serious risk to the health or safety of the Tenant.
+ The Contractor shall identify each rented house using the register of tenancies maintained by the Residential Tenancies Board and the information supplied by the Council, and shall report to the Council any house which appears to be let but is not registered.
+ The Contractor shall not carry out any work on a rented house, or recommend any builder or tradesperson to a landlord or Tenant.
= INSPECTORS @inspectors
+ Each Inspector shall hold a degree or equivalent qualification in building surveying, architecture, engineering or environmental health, and shall have at least two years' experience of inspecting residential buildings.
+ The Contractor shall ensure that all Inspectors are trained in the Regulations, in the Council's mobile inspection application and in safe working at height, before carrying out any Inspection.
+ The Council shall appoint each Inspector approved by it as an Authorised Person and shall issue a warrant card, which the Inspector shall carry during every Inspection and return to the Council when he or she ceases to work on the Services.
+ Inspectors shall not make any public statement or comment to the media about any Inspection, landlord or Tenant.
+ The Council may revoke the appointment of an Inspector whose Inspection Reports are repeatedly rejected under clause {#reports}, and the Contractor shall then withdraw that Inspector from the Services.
+ The Council expects the Contractor not to engage as an Inspector, without the Council's consent, any person who was employed in the Council's housing standards section during the previous twelve months. @coi04
= INSPECTION REPORTS @reports
+ The Contractor shall submit each Inspection Report through the Council's system within five Working Days of the Inspection.
+ Each Inspection Report shall record every item of non-compliance with the Regulations, with photographs, and shall identify any defect affecting the structural integrity of the house, any gas or electrical installation which appears unsafe, and any other serious hazard.
+ The Contractor shall report any serious hazard to the Council by telephone on the day of the Inspection.
+ Each Inspection Report shall be subject to acceptance by the Council's Senior Executive Officer (Housing Standards), who may reject any Inspection Report which is incomplete or inaccurate. The Contractor shall correct a rejected report within five Working Days at no additional cost. The Council shall give the Contractor feedback on any draft template or checklist which the Contractor proposes.
+ The Council shall decide what enforcement action to take on the basis of the Inspection Report. The Contractor shall not serve any notice on a landlord.
= PERFORMANCE @performance
+ The Contractor shall meet the key performance indicators set out in Schedule 2.
+ The Contractor shall give the Council a monthly report showing the number of Inspections completed, the number of houses found compliant and non-compliant, the most common items of non-compliance, and performance against each key performance indicator.
+ The Parties shall meet monthly to review the report. At the end of the first Contract Year the Parties shall hold a lessons learned workshop on the introduction of external Inspections.
= COMPLAINTS ABOUT THE SERVICES @complaints
+ Complaints by landlords, Tenants or members of the public about the conduct of an Inspection shall be dealt with by the Council under its Customer Complaints Procedure, and the Council shall be responsible for responding to them.
+ The Contractor shall provide the Council, on request, with a summary of the number and nature of any complaints it receives from landlords or Tenants about the conduct of Inspections. @cdm02
+ The Contractor is encouraged to co-operate with the Council and the Office of the Ombudsman in any examination of a complaint relating to an Inspection. @cdm04
+ The Council shall respond to any query from the Contractor about the allocation of Inspections within three Working Days.
= CHARGES @charges
+ The Council shall pay the Charges for each Inspection Report accepted under clause {#reports}. The Contractor shall invoice monthly in arrears, and the Council shall pay each valid invoice within fifteen days of receipt in accordance with the prompt payment arrangements for public bodies.
+ The Charges are exclusive of VAT, which shall be shown separately. The Contractor shall include on each invoice any VAT declaration required by the Revenue Commissioners.
+ The Contractor shall hold a current tax clearance certificate throughout the term of this Agreement and shall give the Council its tax registration number and tax clearance access number so that the Council can verify it online.
+ The Council may deduct from the Charges any sum owed to it by the Contractor.
= CONFLICTS OF INTEREST @conflicts
+ Not used.
""" + "\n".join(fill(LIBS[k], ctx) for k in ["insurance", "liability", "ipr", "dp", "conf"]) + """
= FREEDOM OF INFORMATION @foi
+ The Contractor acknowledges that the Council is a public body for the purposes of the Freedom of Information Act 2014, and that information relating to this Agreement may be released in response to a request under that Act.
+ The Contractor is encouraged to assist the Council in responding to requests under the Freedom of Information Act 2014 relating to the Services. @es07
""" + fill(LIBS["records"], ctx) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["bcdr", "fm", "variation", "disputes"]) + """
= TERMINATION @termination
+ The Council may terminate this Agreement at any time on three months' written notice.
+ Either Party may terminate this Agreement with immediate effect by written notice if the other commits a material breach of this Agreement which is incapable of remedy or which is not remedied within thirty days of a notice requiring it to be remedied. @es09
+ The Council may terminate this Agreement with immediate effect if the Contractor suffers an Insolvency Event or ceases to hold a current tax clearance certificate.
""" + "\n".join(fill(LIBS[k], ctx) for k in ["exit", "stepin"]) + """
= TRANSFER OF UNDERTAKINGS @tupe
+ The Parties do not consider that the European Communities (Protection of Employees on Transfer of Undertakings) Regulations 2003 apply to the commencement of this Agreement. If any former employee of the Council or of any previous contractor claims that those Regulations apply, the Contractor shall notify the Council immediately and the Parties shall co-operate in responding to the claim.
""" + fill(LIBS["assign"], ctx) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["notices", "general", "law"]) + """
PART: EXECUTION
Present when the common seal of Clonmara County Council was affixed: Cathaoirleach and Director of Services (Housing). Signed for Keystone Property Inspections Limited by Niamh Fallon, Director, and Ciarán Rowe, Company Secretary.
SCHEDULE: SCHEDULE 1 – SPECIFICATION
= INSPECTIONS
+ Each Inspection shall cover every requirement of the Regulations, including structural condition, dampness, sanitary facilities, heating, food preparation and storage, ventilation, lighting, fire safety, refuse facilities, and gas, oil and electrical installations.
+ The Inspector shall make an appointment with the landlord or agent and the Tenant at least five Working Days before the Inspection, except for Complaint-Led Inspections where the Council directs that shorter notice be given.
+ Where access is refused, the Inspector shall record the refusal and the Council shall decide whether to exercise its powers of entry.
+ Inspections of multi-unit buildings shall include a condition survey of the common areas, including fire detection and alarm systems and escape routes.
= REPORTS
+ The Inspection Report shall be completed on the Council's template, shall list each item of non-compliance against the relevant article of the Regulations, and shall include the landlord's declaration of the number of occupants, where given.
+ Photographs shall be date-stamped and shall not show the Tenant or any other occupant.
= SERVICE HOURS
+ Inspections shall be carried out between 08:00 and 20:00 on Working Days, and on Saturdays where the Tenant cannot be present on a Working Day.
SCHEDULE: SCHEDULE 2 – KEY PERFORMANCE INDICATORS
| KPI | Target |
| Complaint-Led Inspections carried out within ten Working Days | 95% |
| Urgent Complaint-Led Inspections carried out within two Working Days | 100% |
| Inspection Reports submitted within five Working Days | 95% |
| Inspection Reports accepted without correction | 90% |
SCHEDULE: SCHEDULE 3 – RATES
| Item | Rate (excluding VAT) |
| Inspection of a single rented house, including report | €165 |
| Inspection of each additional unit in the same building on the same day | €95 |
| Re-inspection to confirm works | €85 |
| Abortive visit where access is refused | €45 |
"""
    return dict(
        slug="c06-rented-housing-inspections", fmt="txt", build="plain text",
        setting="Inspection of private rented houses against minimum standards (Irish county council)",
        jurisdiction="Ireland (local government)",
        authority="Council", provider="Contractor / Staff / Inspectors",
        features="contents list; 'Conflicts of Interest – Not used'; corruption Act only in the list of Laws; Prohibited Act defined only; complaint-led inspections, register of tenancies, structural integrity, tax clearance certificate, VAT declaration, condition survey, media gag as decoys",
        style=STYLE_UK, markup=markup,
        verdicts=[
            ("gap", "no provider obligation; recital (A) 'integrity, accountability and transparency' is A-side recital text; 'structural integrity' in cl. {#reports}.2 is a decoy"),
            ("gap", "no code of conduct for the Contractor or its Staff anywhere in {ALL}"),
            ("gap", "cl. {#subcontracting} consent, liability, payment and insurance only"),
            ("gap", "cl. {#inspectors}.2 technical training only (Regulations, inspection app, working at height)"),
            ("gap", "no speaking-up route; cl. {#reports}.3 hazard reporting and cl. {#inspectors}.4 media statement restriction are decoys"),
            ("gap", "corruption Act appears only in the 'Law' definition (cl. {#defs}.1) and 'Prohibited Act' is defined but never used in an obligation (decoys)"),
            ("weak", "cl. {#es07} Contractor 'is encouraged to assist' with FOI Act 2014 requests (permissive)"),
            ("gap", "cl. {#audit_fin} financial audit only; report acceptance (cl. {#reports}.4) is not an audit of conduct"),
            ("weak", "cl. {#es09} termination for material breach with no ethics link"),
            ("gap", "no ethical assurance; tax clearance certificate (cl. {#charges}.3) and insurance certificates (cl. {#insurance}) are decoys"),
            ("gap", "cl. {#conflicts} heading followed by 'Not used'; precedence 'conflict' (cl. {#precedence}) and the definition are decoys"),
            ("gap", "no conflict management; cl. {#conflicts} 'Not used'"),
            ("gap", "no gifts or hospitality provisions anywhere in {ALL}"),
            ("weak", "cl. {#coi04} 'The Council expects the Contractor not to engage' recent Council housing staff (permissive)"),
            ("gap", "no declarations of interest; RTB 'register of tenancies' (cl. {#services}.4) and landlord's 'declaration' are decoys"),
            ("gap", "no procurement-stage disclosure anywhere in {ALL}"),
            ("gap", "complaints handled by the Council under its own procedure (cl. {#complaints}.1, A-side); 'Complaint-Led Inspection' is about house condition (decoy)"),
            ("weak", "cl. {#cdm02} complaint summary provided 'on request' only; monthly report (cl. {#performance}.2) has no complaint data"),
            ("gap", "no user satisfaction data; recital (C) tender claim, Sch 1 condition survey and Council feedback on templates (cl. {#reports}.4) are decoys"),
            ("weak", "cl. {#cdm04} Contractor 'is encouraged to co-operate' with the Council and the Ombudsman (permissive)"),
            ("gap", "no complaint analysis; cl. {#performance}.3 lessons learned workshop is about introducing external Inspections (decoy)"),
            ("gap", "no complaint timescales; cl. {#complaints}.4 is the Council's response time to Contractor queries (decoy)"),
        ])


# ---------------------------------------------------------------------------
# c07  Queensland (Australia) – seniors smoke alarm installation program.
# Markdown.  Ethics sit in a schedule table incorporated by clause 10.
# ---------------------------------------------------------------------------

def c07():
    ctx = dict(DEFAULT_CTX)
    ctx.update(P="Service Provider", A="Department", AGR="Contract", PSTAFF="Personnel",
               SUB="Subcontractor", U="Clients", U1="Client", WD="Business Day", SH="must",
               CD="Commencement Date", CUR="$", TAX="GST", CAP="2,000,000",
               INDEX="the Consumer Price Index (Brisbane) published by the Australian Bureau of Statistics",
               GDPR="Information Privacy Act 2009 (Qld)", REGULATOR="the Office of the Information Commissioner Queensland",
               TERRITORY="Australia", AUDITBODY="the Queensland Audit Office",
               MEDIATOR="the Resolution Institute", FORUM="the courts of Queensland",
               LAWOF="the laws of Queensland", COURTS="the courts of Queensland and the courts entitled to hear appeals from them",
               THIRDPARTY="No person other than the Parties may enforce any provision of this Contract.")
    defs = defs_text(
        ["Auditor", "Confidential Information", "Conflict of Interest", "Contract Year", "Default",
         "Force Majeure Event", "Good Industry Practice", "Insolvency Event",
         "Intellectual Property Rights", "Replacement Supplier", "Sub-contract"], ctx,
        extra=[
            ("Charges", "means the Contract Price;"),
            ("Business Day", "means a day other than a Saturday, Sunday or public holiday in Brisbane;"),
            ("Client", "means a person whom the Department has assessed as eligible for the Program and referred to the Service Provider;"),
            ("Commencement Date", "means 1 July 2025;"),
            ("Complaint", "means an expression of dissatisfaction made to or about the Service Provider, related to the Services or to the complaints-handling process itself, where a response or resolution is explicitly or implicitly expected;"),
            ("Contract Price", "means the prices set out in Schedule 3;"),
            ("Dwelling", "means the Client's home in which smoke alarms are to be installed;"),
            ("Installer", "means a member of the Personnel who installs smoke alarms, including a licensed electrician where the Specification requires one;"),
            ("Law", "means any statute, regulation, by-law or other subordinate legislation in force in Queensland, including the Fire and Emergency Services Act 1990 (Qld), the Work Health and Safety Act 2011 (Qld), the Electrical Safety Act 2002 (Qld) and the Information Privacy Act 2009 (Qld);"),
            ("Personnel", "means the officers, employees, agents and Subcontractors of the Service Provider, and the employees of any Subcontractor, who are involved in providing the Services;"),
            ("Privacy Law", "means the Information Privacy Act 2009 (Qld) and, to the extent applicable, the Privacy Act 1988 (Cth);"),
            ("Program", "means the Seniors Smoke Alarm Installation Program;"),
            ("Services", "means the services described in Schedule 1;"),
            ("Specification", "means the service specification in Schedule 1;"),
            ("Substantial Breach", "means a breach of clause {#probity}, of Schedule 4, or of clause {#whs}.1;"),
            ("Term", "means the period from the Commencement Date until 30 June 2028, as extended under clause {#term};"),
        ])
    markup = """
TITLE: Contract for Services – Seniors Smoke Alarm Installation Program (South East Queensland)
Contract number DCSS-2025-0317
PART: Parties
The State of Queensland acting through the Department of Communities and Seniors Services, ABN 12 345 678 901, of 111 George Street, Brisbane Qld 4000 (the “Department”); and SafeHome Alarm Services Pty Ltd, ABN 51 612 345 678, of Unit 7, 22 Enterprise Drive, Yatala Qld 4207 (the “Service Provider”).
PART: Background
(A) Since 1 January 2022 all Queensland dwellings sold, leased or renewed must have interconnected photoelectric smoke alarms, and all other dwellings must have them by 1 January 2027. Many older home owners on low incomes cannot afford to comply.
(B) The Department funds the Program to install compliant smoke alarms, free of charge, in the homes of eligible seniors, and has engaged the Service Provider after an open offer process.
(C) Members of the Department's evaluation panel each completed a declaration of interests and confidentiality undertaking before evaluating offers.
PART: Item table
| Item | Detail |
| Term | 1 July 2025 to 30 June 2028, with two options to extend of twelve months each |
| Program area | The local government areas listed in Part A of Schedule 1 |
| Estimated volume | 4,800 Dwellings in each Contract Year |
| Department Representative | Director, Seniors Programs |
| Service Provider Representative | Program Operations Manager |
| Public liability insurance | $20,000,000 for each occurrence |
| Professional indemnity insurance | $2,000,000 for each claim |
= Definitions and interpretation @defs
+ In this Contract:
""" + defs + "\n" + fill(LIBS["interpretation"], ctx) + """
= Term @term
+ This Contract starts on the Commencement Date and ends at the end of the Term. The Department may extend the Term twice, each time by twelve months, by giving notice at least sixty Business Days before the Term would otherwise end.
= Services @services
+ The Service Provider must provide the Services in accordance with this Contract, Schedule 1, the Law and Good Industry Practice.
+ The Department decides whether a person is eligible for the Program. The Service Provider must not assess eligibility, charge a Client for any part of the Services, or offer a Client any other goods or services for sale.
+ The Service Provider must contact each Client within five Business Days after referral, arrange a visit at a time convenient to the Client, and complete the installation within thirty Business Days after referral unless the Client asks for a later date.
+ The Service Provider must install only photoelectric smoke alarms which comply with Australian Standard AS 3786:2014 and are interconnected with every other smoke alarm in the Dwelling.
= Personnel @personnel
+ The Service Provider must ensure that every Installer who enters a Dwelling has passed a national police check within the previous three years, carries photographic identification issued by the Service Provider, and holds the licence required by the Electrical Safety Act 2002 (Qld) for any hardwired installation.
+ The Service Provider must ensure that Installers are trained in working safely at heights, asbestos awareness, ladder safety and the identification of hazards in older homes.
+ The Department may require the Service Provider to remove from the Services any Installer who, in the Department's reasonable opinion, has behaved inappropriately towards a Client or does not hold a required licence.
= Work health and safety @whs
+ The Service Provider must comply with the Work Health and Safety Act 2011 (Qld), must prepare a safe work method statement for work at heights and for work in ceiling spaces, and must notify the Department within one Business Day of any notifiable incident.
+ The Service Provider must not disturb any material it suspects contains asbestos, and must record the suspected material in the installation report.
= Clients @clients
+ The Service Provider must treat Clients with courtesy and respect, must obtain the Client's consent before entering the Dwelling, and must allow the Client to have a support person present.
+ If an Installer suspects that a Client is experiencing elder abuse or is at risk of harm, the Service Provider must refer the matter to the Department and, where there is immediate danger, to the Queensland Police Service.
= Reporting and meetings @reporting
+ The Service Provider must give the Department, by the tenth Business Day of each month, a report for the previous month setting out the referrals received, installations completed, Dwellings not completed and the reasons, performance against the key performance indicators in Schedule 2, and the number of Complaints received, resolved and outstanding, with their outcomes. @cdm02
+ The Parties must hold a Quarterly Review Meeting to review performance, the monthly reports, compliance with Schedule 4 and any other matter either Party raises.
+ The Department will give the Service Provider feedback on each draft monthly report template before it is first used.
= Complaints @complaints
+ The Service Provider must establish, publicise to every Client and operate a complaints management system for Clients which is consistent with AS 10002:2022 Guidelines for complaint management in organizations, is free of charge, and is accessible to Clients with disability and Clients from culturally and linguistically diverse backgrounds. @cdm01
+ The Service Provider should acknowledge Complaints within two Business Days and aim to resolve them within fifteen Business Days. @cdm06
+ The Service Provider is encouraged to co-operate with the Department and the Queensland Ombudsman in the investigation of any Complaint. @cdm04
+ The Service Provider must analyse Complaints each quarter to identify systemic issues and their root causes, must report its analysis at the Quarterly Review Meeting, and must implement the improvement actions agreed with the Department. @cdm05
= Price and payment @charges
+ The Department must pay the Contract Price for each completed installation accepted by the Department. The Service Provider must submit a tax invoice monthly in arrears, with the installation reports and photographs for each Dwelling.
+ The Department must pay each correctly rendered invoice within twenty Business Days after receipt. All amounts are exclusive of GST unless stated otherwise, and the Service Provider must include on each tax invoice the information required by the GST law.
+ The Department may withhold payment for any installation which does not comply with the Specification until the Service Provider has rectified it.
= Probity and conduct @probity
+ The Service Provider must comply with the probity and conduct requirements in Schedule 4, which form part of this Contract.
+ The Department's officers are subject to the ethics principles in the Public Sector Ethics Act 1994 (Qld), namely integrity and impartiality, promoting the public good, commitment to the system of government, and accountability and transparency, and to the Code of Conduct for the Queensland Public Service.
= Insurance @insurance
+ The Service Provider must hold public liability insurance and professional indemnity insurance for not less than the amounts in the Item table, and workers' compensation insurance as required by Law, and must give the Department certificates of currency on the Commencement Date and on each renewal.
""" + "\n".join(fill(LIBS[k], ctx) for k in ["liability", "ipr"]) + """
= Privacy @dp
+ The Service Provider must comply with the Privacy Law in relation to personal information it collects or handles for the Services as if it were the Department, and must not use that information for any other purpose.
+ The Service Provider must notify the Department within one Business Day of becoming aware of any unauthorised access to, or disclosure or loss of, personal information, and within two Business Days of receiving any privacy complaint.
+ The Service Provider must keep personal information secure, maintain its integrity and accuracy, and not transfer it outside Australia without the Department's consent.
= Confidentiality and right to information @conf
+ Each Party must keep the other Party's Confidential Information confidential, except where disclosure is required by Law or is made to professional advisers bound by a duty of confidence.
+ The Service Provider acknowledges that the Department is subject to the Right to Information Act 2009 (Qld) and may be required to disclose information about this Contract under that Act.
+ The Department may publish details of this Contract, including the Service Provider's name and the contract value, in accordance with the Queensland Government's contract disclosure requirements. @foi
""" + fill(LIBS["records"], ctx) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["bcdr", "fm", "variation", "disputes"]) + """
= Termination @termination
+ The Department may terminate this Contract for convenience by giving the Service Provider sixty Business Days' notice, and must then pay for Services completed before termination.
+ The Department may terminate this Contract immediately by notice if the Service Provider commits a Substantial Breach, suffers an Insolvency Event, or commits any other breach which it fails to remedy within twenty Business Days after notice. @term_grounds
""" + "\n".join(fill(LIBS[k], ctx) for k in ["exit", "stepin"]) + """
= Transition of employees @tupe
+ If the Service Provider employs any former employee of the previous Program provider, it acknowledges that a transfer of business may occur under Part 2-8 of the Fair Work Act 2009 (Cth), and it is responsible for any resulting obligations.
""" + fill(LIBS["assign"], ctx) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["notices", "general", "law"]) + """
PART: Execution
Signed for the State of Queensland by the Deputy Director-General, Community Services, as delegate. Signed for SafeHome Alarm Services Pty Ltd under section 127 of the Corporations Act 2001 (Cth) by two directors.
SCHEDULE: Schedule 1 – Service Specification
= Program area and volumes
+ Part A lists the local government areas in which the Services are to be delivered. The Department will refer Clients in batches through its grants and programs portal.
+ The Department estimates that about seventy per cent of Dwellings will need battery-powered alarms with a ten-year sealed lithium battery and thirty per cent will need hardwired alarms.
= Site survey and quote
+ Before installation, the Installer must carry out a site survey of the Dwelling to identify the required alarm locations under the Fire and Emergency Services Regulation 2011, the condition of ceilings, and any hazard such as suspected asbestos.
+ Where the cost of installation would exceed the standard price by more than twenty per cent, the Service Provider must obtain the Department's approval before proceeding.
= Installation
+ Alarms must be installed on or near the ceiling in every bedroom, in hallways connecting bedrooms to the rest of the Dwelling, and on every storey, and must be interconnected.
+ The Installer must test every alarm, show the Client how to test and silence it, leave written instructions in large print, and remove all packaging and old alarms.
+ For Clients who are deaf or hard of hearing, the Service Provider must install a strobe light or vibrating pad linked to the alarms.
= Installation report
+ The Service Provider must complete an installation report for each Dwelling, including photographs of each alarm, the alarm serial numbers and the expiry date of each alarm, and must add the details to the register of installed alarms kept in the Department's portal.
SCHEDULE: Schedule 2 – Key performance indicators
| KPI | Measure | Target |
| 1 | Clients contacted within five Business Days after referral | 95% |
| 2 | Installations completed within thirty Business Days after referral | 90% |
| 3 | Installations passing the Department's compliance check | 98% |
| 4 | Monthly report received by the tenth Business Day | 100% |
SCHEDULE: Schedule 3 – Pricing
| Item | Price (excluding GST) |
| Battery-powered installation, up to four alarms | $495 |
| Hardwired installation, up to four alarms | $890 |
| Each additional alarm | $95 |
| Strobe or vibrating pad kit | $310 |
| Abortive visit | $60 |
SCHEDULE: Schedule 4 – Probity and conduct requirements @sch4
The Service Provider must comply with each requirement in the table below.
| Item | Topic | Requirement |
| 1 | Supplier Code of Conduct | The Service Provider must comply with the Queensland Government Supplier Code of Conduct and must ensure that its Personnel comply with it. |
| 2 | Subcontractors | The Service Provider must include in each Subcontract obligations equivalent to items 1 to 12 of this Schedule and must ensure that each Subcontractor complies with them. |
| 3 | Training | The Service Provider must ensure that all Personnel complete training on the Supplier Code of Conduct, conflicts of interest and fraud and corruption awareness at induction and annually, and must keep training records for inspection by the Department. |
| 4 | Fraud and corruption | The Service Provider must not engage in any fraudulent or corrupt conduct in connection with this Contract, and must maintain a fraud and corruption control plan consistent with AS 8001-2021. |
| 5 | Gifts and benefits | The Service Provider must not offer any gift, benefit or hospitality to any Department officer, must record in a gifts and benefits register any gift offered to Personnel by a Client, and must ensure that Personnel decline all cash gifts from Clients. |
| 6 | Conflicts of interest | The Department expects the Service Provider to avoid any Conflict of Interest and to notify the Department of any Conflict of Interest that arises during the Term. |
| 7 | Managing conflicts | Where the Department considers that a Conflict of Interest exists, it may direct the Service Provider to take specified steps to manage the conflict, and the Service Provider must comply with that direction. If the conflict cannot be managed, the Department may terminate this Contract under clause {#term_grounds}. |
| 8 | Offer declarations | The Service Provider confirms that it declared in its offer every actual or perceived conflict of interest, including any relationship with Department officers involved in the evaluation, and that it has no unfair advantage. |
| 9 | Former officers | The Department expects the Service Provider to notify it before engaging any former Department employee who was involved in the procurement of this Contract within the previous twelve months. |
| 10 | Public interest disclosures | The Service Provider is encouraged to adopt a public interest disclosure policy consistent with the Public Interest Disclosure Act 2010 (Qld). |
| 11 | Probity compliance statement | Within twenty Business Days after the Commencement Date and after each anniversary of it, the Service Provider must give the Department a probity compliance statement signed by a director certifying that it has complied with this Schedule and that it has in place the governance arrangements necessary to support those standards. |
| 12 | Monitoring and remedies | The Department may audit the Service Provider's compliance with this Schedule at any time. A breach of this Schedule is a Substantial Breach, for which the Department may require the removal of the Personnel involved or terminate this Contract under clause {#term_grounds}. |
"""
    return dict(
        slug="c07-smoke-alarm-installation", fmt="md", build="Markdown",
        setting="Seniors smoke alarm installation program (Queensland state department)",
        jurisdiction="Queensland, Australia (state government)",
        authority="Department", provider="Service Provider / Personnel / Installers",
        features="item table; 'must' drafting; Business Days; ethics obligations only in a Schedule 4 table incorporated by clause; A-side Public Sector Ethics Act principles; evaluation-panel declarations, site survey, register of installed alarms, privacy complaint as decoys",
        style=STYLE_PLAIN, markup=markup,
        verdicts=[
            ("gap", "no Nolan or named ethical standards bound to the provider; cl. {#probity}.2 ethics principles and public service code bind the Department's officers only (A-side)"),
            ("pass", "Sch 4 item 1: Service Provider must comply with the Queensland Government Supplier Code of Conduct (incorporated by cl. {#probity}.1)"),
            ("pass", "Sch 4 item 2: equivalent obligations in each Subcontract and Subcontractor compliance"),
            ("pass", "Sch 4 item 3: training on the Code, conflicts and fraud and corruption at induction and annually, with records"),
            ("weak", "Sch 4 item 10: Service Provider 'is encouraged to adopt' a public interest disclosure policy (permissive)"),
            ("pass", "Sch 4 item 4: must not engage in fraudulent or corrupt conduct; fraud and corruption control plan"),
            ("gap", "cl. {#conf}.2-{#foi} RTI acknowledgement and Department publication only (A-side); no co-operation duty"),
            ("pass", "Sch 4 item 12: Department may audit compliance with Schedule 4; Quarterly Review Meeting covers Schedule 4 (cl. {#reporting}.2)"),
            ("pass", "Sch 4 item 12 and cl. {#term_grounds}: breach of Schedule 4 is a Substantial Breach allowing removal of Personnel or termination"),
            ("pass", "Sch 4 item 11: annual probity compliance statement signed by a director certifying compliance and governance arrangements"),
            ("weak", "Sch 4 item 6: 'The Department expects the Service Provider to avoid ... and to notify' conflicts (permissive)"),
            ("pass", "Sch 4 item 7: Service Provider must comply with the Department's direction to manage a conflict; termination if unmanageable"),
            ("pass", "Sch 4 item 5: no gifts, benefits or hospitality to Department officers; gifts register; cash gifts declined"),
            ("weak", "Sch 4 item 9: 'The Department expects' notice before engaging former Department employees (permissive); cl. {#tupe} is a transfer-of-business decoy"),
            ("gap", "no provider declarations or register of interests in {ALL}; recital (C) evaluation-panel declarations are buyer-side and the register of installed alarms is a decoy"),
            ("pass", "Sch 4 item 8: Service Provider confirms it declared conflicts and relationships with evaluators and that it has no unfair advantage"),
            ("pass", "cl. {#cdm01} complaints management system consistent with AS 10002:2022, publicised, free and accessible"),
            ("pass", "cl. {#cdm02} monthly report includes Complaints received, resolved, outstanding and outcomes"),
            ("gap", "no Client satisfaction or feedback data; site survey (Sch 1) and Department feedback on report templates (cl. {#reporting}.3) are decoys"),
            ("weak", "cl. {#cdm04} Service Provider 'is encouraged to co-operate' with the Department and the Queensland Ombudsman (permissive)"),
            ("pass", "cl. {#cdm05} quarterly analysis of Complaints for systemic issues and root causes, with agreed improvement actions"),
            ("weak", "cl. {#cdm06} Service Provider 'should acknowledge ... and aim to resolve' (permissive timescales)"),
        ])


# ---------------------------------------------------------------------------
# c08  New Zealand district council – building consent processing and
# inspections.  DOCX converted by LibreOffice from generated flat ODT.
# ---------------------------------------------------------------------------

def c08():
    ctx = dict(DEFAULT_CTX)
    ctx.update(P="Consultant", A="Council", AGR="Agreement", PSTAFF="Personnel",
               SUB="Subcontractor", U="Applicants", U1="Applicant", WD="working day", SH="must",
               CD="Commencement Date", CUR="$", TAX="GST", CAP="1,500,000",
               INDEX="the Consumers Price Index published by Stats NZ", AUDITBODY="the Auditor-General and Audit New Zealand",
               MEDIATOR="the Arbitrators' and Mediators' Institute of New Zealand (AMINZ)",
               EXPERTBODY="the President of AMINZ", ARB="the Arbitration Act 1996 (New Zealand)",
               ARBBODY="AMINZ", SEAT="Wellington",
               LAWOF="the laws of New Zealand", COURTS="the courts of New Zealand",
               EXT="two further periods of one year", INITIAL="third",
               PRECEDENCE="(a) these terms and conditions; (b) Schedule 1 (Services); (c) Schedule 2 (Performance); (d) Schedule 3 (Rates); and (e) the Consultant's proposal",
               THIRDPARTY="Nothing in this Agreement confers a benefit on any person other than the Parties for the purposes of Part 2 of the Contract and Commercial Law Act 2017.",
               SCD="1 August 2025", HOLIDAYS="New Zealand", CHSCHED="Schedule 3",
               TENDER="the Consultant's proposal", SPEC="Schedule 1")
    defs = defs_text(
        ["Auditor", "Business Continuity Plan", "Change Control Procedure", "Charges", "Confidential Information",
         "Contract Year", "Default", "Dispute Resolution Procedure", "Exit Plan", "Force Majeure Event",
         "Good Industry Practice", "Initial Term", "Insolvency Event", "Intellectual Property Rights",
         "Mobilisation Plan", "Replacement Supplier", "Service Commencement Date", "Sub-contract"], ctx,
        extra=[
            ("Applicant", "means a person who applies to the Council for a building consent, an amendment to a building consent or a code compliance certificate;"),
            ("BCA Regulations", "means the Building (Accreditation of Building Consent Authorities) Regulations 2006;"),
            ("Building Code", "means the building code set out in Schedule 1 to the Building Regulations 1992;"),
            ("Commencement Date", "means 1 July 2025;"),
            ("Conflict of Interest", "means any situation in which the personal, professional or financial interests of the Consultant or any of its Personnel conflict, or may be perceived to conflict, with the impartial performance of the Services;"),
            ("Consent Work", "means the processing of an application for a building consent, an amendment or a code compliance certificate allocated to the Consultant under this Agreement;"),
            ("Inspection", "means an inspection of building work carried out under a building consent;"),
            ("LGOIMA", "means the Local Government Official Information and Meetings Act 1987;"),
            ("Law", "means any Act, regulation, bylaw or other enactment in force in New Zealand, including the Building Act 2004, the BCA Regulations, the Health and Safety at Work Act 2015, the Privacy Act 2020 and LGOIMA;"),
            ("Personnel", "means the employees of the Consultant who perform the Services;"),
            ("Quality Manual", "means the Council's building consent authority quality manual, as amended from time to time;"),
            ("Services", "means the services described in Schedule 1;"),
            ("working day", "has the meaning given in section 7 of the Building Act 2004;"),
        ])
    markup = """
TITLE: AGREEMENT FOR THE SUPPLY OF BUILDING CONSENT PROCESSING AND INSPECTION SERVICES
Te Awaroa District Council – contract number TADC-BC-2025-04
PART: PARTIES
TE AWAROA DISTRICT COUNCIL, a local authority under the Local Government Act 2002, of 15 Rangitoto Street, Te Awaroa 4910 (the “Council”); and
CONSENTWISE BUILDING SERVICES LIMITED, company number 7712345, NZBN 9429041234567, of Level 3, 88 The Terrace, Wellington 6011 (the “Consultant”).
PART: BACKGROUND
(A) The Council is an accredited building consent authority. It must grant or refuse building consent applications within twenty working days and must maintain its accreditation under the BCA Regulations, which require it to manage conflicts of interest in its building control function.
(B) Demand for building consents in the district has exceeded the capacity of the Council's building control unit, and the Council has engaged the Consultant to process Consent Work and carry out Inspections on its behalf.
PART: TERMS AND CONDITIONS
= DEFINITIONS AND INTERPRETATION @defs
+ In this Agreement:
""" + defs + "\n" + fill(LIB["interpretation"], ctx) + "\n" + fill(LIB["term"], ctx) + """
= THE SERVICES @services
+ The Consultant must perform the Services in accordance with Schedule 1, the Building Act 2004, the Building Code, the Quality Manual and Good Industry Practice.
+ The Council remains the building consent authority. Every decision to grant or refuse a building consent, to issue a notice to fix or to issue a code compliance certificate must be made by a Council officer on the basis of the Consultant's recommendation.
+ The Consultant must complete each item of Consent Work within fifteen working days after it is allocated, excluding any period during which the statutory clock is suspended pending further information from the Applicant, so that the Council can meet its statutory time limit.
+ The Consultant must tell the Council immediately if it identifies building work that appears to be dangerous or insanitary, or building work being carried out without a building consent.
= PERSONNEL @personnel
+ The Consultant must ensure that its Personnel are appropriately trained and qualified, and that each of them has been assessed as competent for the category of building work concerned in accordance with regulation 10 of the BCA Regulations. @es04
+ The Consultant must give the Council the competency assessment records of each member of its Personnel before that person starts work on the Services, and must update them annually.
+ The Consultant must ensure that Personnel carrying out Inspections are trained in site safety, hold a current site safety passport and wear the personal protective equipment required on each building site.
+ The Council may require the Consultant to withdraw from the Services any member of the Personnel whose work does not meet the requirements of the Quality Manual.
= CONFLICTS OF INTEREST AND INDEPENDENCE @conflicts
+ The Consultant must avoid any actual, potential or perceived Conflict of Interest, must ensure that no member of its Personnel processes, assesses or inspects any building work in which that person, a relative or a business associate has an interest, and must notify the Council immediately in writing if any Conflict of Interest arises. @coi01
+ The Consultant must comply with any direction from the Council's Building Control Manager to manage or remove a Conflict of Interest, including by reallocating the Consent Work or Inspection. @coi02
+ The Consultant and its Personnel must not accept any gift, hospitality or other benefit from any Applicant, designer, builder or other person with an interest in Consent Work, must not offer any gift or hospitality to Council staff, and must record in a gifts register any gift or hospitality offered to them, which the Consultant must provide to the Council on request. @coi03
+ The Consultant must not engage in the Services any person who was employed in the Council's building control unit during the previous twelve months without the Council's prior written consent, and must ensure that no former Council employee uses confidential information obtained in that employment for the Consultant's benefit. @coi04
+ The Consultant must obtain a declaration of interests (including a nil declaration) from each member of its Personnel on appointment and every twelve months, must maintain a register of those declarations, and must provide the register to the Council on request. @coi05
+ The Consultant confirms that it has disclosed to the Council every relationship between the Consultant or its Personnel and any Council officer involved in selecting the Consultant, and that it will keep that disclosure up to date. @coi06
+ By 31 July each year the Consultant must give the Council a certificate signed by a director confirming that the Consultant and its Personnel complied with the ethical obligations in this clause {#conflicts} during the preceding year, and that the Consultant has in place the structures and arrangements necessary to support those ethical standards. @es10
= GENERAL CONDUCT @conduct
+ The Council expects the Consultant to meet the standards in the New Zealand Government Supplier Code. @es02
+ The Consultant is encouraged to maintain fraud and corruption controls consistent with the Council's fraud policy. @es06
+ The Council's elected members are subject to the Council's code of conduct for elected members, and its staff to the Council's staff code of conduct.
= COMPLAINTS FROM APPLICANTS @complaints
+ Complaints about the Council's building control function are handled under the Council's complaints policy.
+ The Consultant may establish its own procedure for resolving complaints from Applicants about the Services, provided that it is consistent with the Council's complaints policy. @cdm01
+ Where the Consultant receives a complaint from an Applicant about the Services, it must acknowledge the complaint within two working days and give the complainant a written response within fifteen working days. @cdm06
+ The Consultant must provide details of the complaints it has received to the Council on request. @cdm02
+ The Consultant may review complaints periodically to identify trends and possible improvements. @cdm05
+ The Consultant is encouraged to survey Applicants about their experience of the Services. @cdm03
""" + fill(LIB["charges"], ctx) + "\n" + fill(LIB["insurance"], ctx) + "\n" + fill(LIBS["liability"], ctx) + "\n" + fill(LIB["ipr"], ctx) + """
= PRIVACY @dp
+ The Consultant must comply with the Privacy Act 2020 in relation to personal information it collects, holds or uses in performing the Services, and must hold that information on behalf of the Council.
+ The Consultant must protect personal information against loss, unauthorised access, use, modification or disclosure, must maintain the integrity of the Council's building consent records, and must not store personal information outside New Zealand without the Council's consent.
+ The Consultant must notify the Council within one working day of any privacy breach, and within two working days of any request for access to, or correction of, personal information or any privacy complaint it receives.
""" + fill(LIB["conf"], ctx) + """
= OFFICIAL INFORMATION @foi
+ The Consultant acknowledges that information held by it in relation to the Services is treated as held by the Council for the purposes of LGOIMA.
+ The Consultant must provide all assistance reasonably requested by the Council to enable it to respond to requests under LGOIMA within the statutory time limits, and must pass any such request it receives to the Council within two working days. @es07
""" + fill(LIB["records"], ctx, {"H_AUDIT": "+ The Council may also audit the Consultant's performance of and compliance with this Agreement, and the Consultant must co-operate with any assessment of the Council by International Accreditation New Zealand under the BCA Regulations. @es08"}) + "\n" + "\n".join(fill(LIB[k], ctx) for k in ["bcdr", "fm", "variation", "disputes"]) + """
= TERMINATION @termination
+ The Council may terminate this Agreement by giving the Consultant three months' written notice.
+ The Council may terminate this Agreement immediately by written notice if the Consultant breaches clause {#conflicts} (Conflicts of Interest and Independence), or if the Council considers that a Conflict of Interest cannot be managed. @es09
+ Either Party may terminate this Agreement by written notice if the other Party commits a material breach that is not remedied within twenty working days after notice, or suffers an Insolvency Event.
""" + fill(LIB["exit"], ctx) + "\n" + fill(LIBS["stepin"], ctx) + """
= PERSONNEL TRANSITION @tupe
+ The Parties acknowledge that Part 6A of the Employment Relations Act 2000 does not apply to the Services. On expiry or termination the Consultant must give any Replacement Supplier reasonable information about the Personnel engaged in the Services so that it can offer employment to any of them.
""" + fill(LIB["assign"], ctx) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["notices", "general", "law"]) + """
PART: EXECUTION
Signed for Te Awaroa District Council by its Group Manager Regulatory Services under delegated authority. Signed for Consentwise Building Services Limited by Hemi Walker, Director.
SCHEDULE: SCHEDULE 1 – SERVICES
= CONSENT PROCESSING
+ The Council will allocate Consent Work to the Consultant through its online consenting system. The Consultant must check each application for completeness within two working days of allocation and tell the Council if it should be returned to the Applicant under section 45 of the Building Act 2004.
+ The Consultant must assess each application against every relevant clause of the Building Code, including structure, durability, fire safety, access, moisture, safety of users, services and facilities, and energy efficiency.
+ Where further information is needed, the Consultant must prepare a single consolidated request for further information, which the Council will send to the Applicant. The Consultant must not contact the Applicant directly except to clarify a technical point.
+ The Consultant must record its assessment in the Council's processing checklist and must prepare a recommendation to grant or refuse the application, with any conditions, waivers or modifications of the Building Code which it recommends.
= INSPECTIONS
+ The Consultant must carry out Inspections booked through the Council's booking system, within two working days of the booking, at the stages set out in the building consent, such as foundations, pre-slab, pre-line, pre-cladding, drainage and final.
+ The Consultant must record the results of each Inspection on site using the Council's mobile application, must photograph any failed item, and must issue the site copy of the inspection result before leaving the site.
+ Where an Inspection reveals work that does not comply with the building consent, the Consultant must recommend whether the Council should issue a notice to fix.
= CODE COMPLIANCE CERTIFICATES
+ The Consultant must assess applications for code compliance certificates against the building consent, the inspection records and the producer statements received, and must recommend to the Council whether to issue the certificate.
= QUALITY ASSURANCE
+ The Consultant must follow the Quality Manual and must take part in the Council's internal technical reviews of a sample of Consent Work and Inspections each month.
+ The Consultant must give the Council its comments on any draft change to the Quality Manual within ten working days.
SCHEDULE: SCHEDULE 2 – PERFORMANCE
| Measure | Target |
| Consent Work completed within fifteen working days of allocation | 95% |
| Inspections carried out within two working days of booking | 95% |
| Consent Work passing the Council's technical review without significant error | 95% |
| Requests for further information issued as a single consolidated request | 90% |
SCHEDULE: SCHEDULE 3 – RATES
| Service | Rate (excluding GST) |
| Processing – residential (per hour) | $165 |
| Processing – commercial (per hour) | $190 |
| Inspection – including travel within the district | $210 |
| Code compliance certificate assessment | $145 |
"""
    return dict(
        slug="c08-building-consent-processing", fmt="docx", build="DOCX converted by LibreOffice from flat ODT",
        setting="Building consent processing and inspections (New Zealand district council)",
        jurisdiction="New Zealand (local government)",
        authority="Council", provider="Consultant / Personnel",
        features="NZ 'must' drafting; conflicts, gifts, former-employee, register and award-disclosure obligations all in one clause; annual certificate tied to that clause; Building Code, code compliance certificates, IANZ assessment, structural and record integrity as decoys",
        style=STYLE_UK, markup=markup,
        verdicts=[
            ("gap", "no Nolan or named ethical standards bound to the Consultant; elected members' and staff codes (cl. {#conduct}.3) are A-side"),
            ("weak", "cl. {#es02} 'The Council expects the Consultant to meet the standards in the New Zealand Government Supplier Code' (permissive)"),
            ("gap", "cl. {#subcontracting} consent, liability, payment and insurance only; Personnel defined as the Consultant's own employees"),
            ("weak", "cl. {#es04} generic 'appropriately trained and qualified' plus technical competency and site safety training"),
            ("gap", "no speaking-up route; cl. {#services}.4 reporting dangerous buildings and the confidentiality clause are decoys"),
            ("weak", "cl. {#es06} Consultant 'is encouraged to maintain fraud and corruption controls' (permissive)"),
            ("pass", "cl. {#es07} Consultant must provide all assistance so the Council can answer LGOIMA requests, passing requests within two working days"),
            ("weak", "cl. {#es08} general audit of performance and compliance, naming no ethical topic; registers are supplied on request only"),
            ("pass", "cl. {#es09} immediate termination for breach of the conflicts and independence clause or an unmanageable conflict"),
            ("pass", "cl. {#es10} annual director-signed certificate of compliance with the ethical obligations in cl. {#conflicts} plus supporting structures"),
            ("pass", "cl. {#coi01} avoid actual, potential or perceived conflicts, no Personnel on connected work, immediate written notice"),
            ("pass", "cl. {#coi02} comply with the Building Control Manager's direction to manage or remove conflicts; termination in cl. {#es09}"),
            ("pass", "cl. {#coi03} no gifts, hospitality or benefits from Applicants and others, none to Council staff, gifts register"),
            ("pass", "cl. {#coi04} twelve-month cooling-off for former building control staff; no use of confidential information"),
            ("pass", "cl. {#coi05} declarations incl. nil on appointment and every twelve months, register provided to the Council"),
            ("pass", "cl. {#coi06} Consultant confirms disclosure of relationships with officers involved in its selection, kept up to date"),
            ("weak", "cl. {#cdm01} Consultant 'may establish its own procedure' (permissive); the Council's policy (cl. {#complaints}.1) is A-side"),
            ("weak", "cl. {#cdm02} complaint details 'on request' only"),
            ("weak", "cl. {#cdm03} Consultant 'is encouraged to survey Applicants' (permissive)"),
            ("gap", "no Ombudsman or co-operation with complaint investigations; cl. {#disputes} mediation and arbitration are decoys"),
            ("weak", "cl. {#cdm05} Consultant 'may review complaints periodically' (permissive)"),
            ("pass", "cl. {#cdm06} acknowledge within two working days, written response within fifteen"),
        ])


# ---------------------------------------------------------------------------
# c09  Ontario city – seniors' and persons with disabilities snow clearing
# program.  Plain text.  Mostly weak (permissive) ethics wording.
# ---------------------------------------------------------------------------

def c09():
    ctx = dict(DEFAULT_CTX)
    ctx.update(P="Contractor", A="City", AGR="Agreement", PSTAFF="Workers",
               SUB="Subcontractor", U="Participants", U1="Participant", WD="Business Day",
               CD="Effective Date", CUR="$", TAX="HST", CAP="2,000,000", ORG="organization",
               INDEX="the Consumer Price Index for Ontario published by Statistics Canada",
               AUDITBODY="the City's Auditor General",
               MEDIATOR="the ADR Institute of Canada", FORUM="arbitration under the Arbitration Act, 1991 (Ontario)",
               LAWOF="the laws of the Province of Ontario and the federal laws of Canada applicable in it",
               COURTS="the courts of the Province of Ontario",
               THIRDPARTY="Nothing in this Agreement confers any right or benefit on any person other than the Parties.",
               EXPERTBODY="the ADR Institute of Canada", ARB="the Arbitration Act, 1991 (Ontario)",
               ARBBODY="the ADR Institute of Canada", SEAT="Lakeshore Falls, Ontario",
               TENDER="the Contractor's proposal", SPEC="Schedule A",
               PRECEDENCE="(a) the body of this Agreement; (b) Schedule A; (c) Schedule B; (d) the Request for Proposal; and (e) the Contractor's proposal")
    defs = defs_text(
        ["Business Continuity Plan", "Confidential Information", "Conflict of Interest", "Contract Year", "Default",
         "Force Majeure Event", "Good Industry Practice", "Insolvency Event",
         "Intellectual Property Rights", "Replacement Supplier", "Sub-contract"], ctx,
        extra=[
            ("Business Day", "means any day other than a Saturday, Sunday or statutory holiday in Ontario;"),
            ("Deficiency", "means any failure to clear a Property within the time required by Schedule A;"),
            ("Effective Date", "means October 1, 2025;"),
            ("Law", "means any statute, regulation or by-law in force in Ontario, including the Occupational Health and Safety Act, the Accessibility for Ontarians with Disabilities Act, 2005 and MFIPPA;"),
            ("MFIPPA", "means the Municipal Freedom of Information and Protection of Privacy Act (Ontario);"),
            ("Participant", "means a resident whom the City has enrolled in the Program;"),
            ("Program", "means the City's Snow Clearing Program for Seniors and Persons with Disabilities;"),
            ("Property", "means the residential property of a Participant;"),
            ("Services", "means the snow clearing services described in Schedule A;"),
            ("Snow Event", "means a snowfall of 5 cm or more, as measured at the City's weather station, or any windrow left by City ploughs of more than 30 cm;"),
            ("Winter Season", "means the period from November 15 in one year to April 15 in the next;"),
            ("Workers", "means the employees and agents of the Contractor who perform the Services;"),
        ])
    markup = """
TITLE: AGREEMENT FOR SNOW CLEARING SERVICES – SNOW CLEARING PROGRAM FOR SENIORS AND PERSONS WITH DISABILITIES
Request for Proposal No. 2025-118-PW – Zone 3 (North Ward and Lakeview)
THIS AGREEMENT made as of the 1st day of October, 2025.
BETWEEN: THE CORPORATION OF THE CITY OF LAKESHORE FALLS (the “City”) – and – NORTHFIELD PROPERTY SERVICES INC., a corporation incorporated under the laws of Ontario (the “Contractor”).
PART: RECITALS
WHEREAS the City operates the Program to clear snow from the driveways and walkways of eligible seniors and persons with disabilities who have no one else able to help them;
AND WHEREAS the City issued Request for Proposal No. 2025-118-PW and the Contractor's proposal was ranked highest for Zone 3;
NOW THEREFORE in consideration of the mutual covenants in this Agreement, the Parties agree as follows:
= DEFINITIONS AND INTERPRETATION @defs
+ In this Agreement:
""" + defs + "\n" + fill(LIB["interpretation"], ctx) + """
= TERM @term
+ This Agreement commences on the Effective Date and expires on April 30, 2028, covering three Winter Seasons. The City may extend it for one further Winter Season by notice given before August 31, 2028.
= SERVICES @services
+ The Contractor shall perform the Services for each Participant in Zone 3 in accordance with Schedule A and Good Industry Practice.
+ The City determines eligibility for the Program and will give the Contractor an updated list of Participants and Properties before November 1 of each year and weekly during the Winter Season.
+ The Contractor shall supply all labour, equipment, fuel and materials necessary to perform the Services, and shall have sufficient equipment and Workers available to clear every Property within the required time after a Snow Event.
+ The Contractor shall not apply salt or other de-icing material to any Property unless the Participant requests it, and shall not charge any Participant for any service.
+ The Contractor shall install GPS units on all equipment used for the Services and shall submit the GPS records with each invoice as evidence of the Services performed.
= WORKERS @workers
+ The Contractor shall ensure that all Workers who operate snow-clearing equipment are trained in its safe operation and in the Workplace Hazardous Materials Information System, and that drivers hold the appropriate class of licence.
+ The Contractor shall ensure that every Worker carries photo identification showing the Contractor's name and wears high-visibility clothing while performing the Services.
+ The Contractor shall provide the City with a current Workplace Safety and Insurance Board clearance certificate before starting work and every ninety days after that.
+ The City does not require the Contractor to hire any employees of the former Program contractor, and the Contractor shall not be treated as a successor employer by reason of this Agreement.
= PERFORMANCE AND DEFICIENCIES @performance
+ The Contractor shall clear each Property within twenty-four hours after the end of a Snow Event, and within twelve hours for any Participant whom the City has identified as needing regular access for medical appointments.
+ If the City identifies a Deficiency, it may notify the Contractor, and the Contractor shall correct the Deficiency within six hours of notice. If the Contractor fails to do so, the City may engage another contractor to clear the Property and deduct the cost from amounts due to the Contractor.
+ The City may deduct fifty dollars from amounts due to the Contractor for each Deficiency which is not corrected within the time required.
+ The City will respond to any operational question from the Contractor within two Business Days.
= OCCUPATIONAL HEALTH AND SAFETY @ohs
+ The Contractor is the employer of the Workers for the purposes of the Occupational Health and Safety Act (Ontario) and shall comply with that Act and its regulations in performing the Services.
+ The Contractor shall report to the City within one Business Day any critical injury to a Worker or any other person arising from the Services, and shall give the City a copy of any order issued by a Ministry of Labour inspector in connection with the Services.
= ACCESSIBILITY AND ENVIRONMENT @access
+ The Contractor shall provide the Services in a manner consistent with the Accessibility for Ontarians with Disabilities Act, 2005 and the Integrated Accessibility Standards Regulation, including by communicating with Participants in an accessible format on request.
+ The Contractor shall follow the City's salt management plan, shall store any de-icing material under cover, and shall not deposit snow in any watercourse, storm drain or municipal snow storage site without the City's approval.
= REPORTING @reporting
+ The Contractor shall give the City a report within five Business Days after the end of each month of the Winter Season showing the Snow Events, the Properties cleared and the time taken, any Properties not cleared and the reason, equipment breakdowns, and any incident involving injury to a person or damage to property.
+ The Contractor shall conduct a Participant satisfaction survey at the end of each Winter Season, using a questionnaire approved by the City, and shall report the results to the City by May 31. @cdm03
+ The Contractor may use the survey results to identify improvements for the following Winter Season. @cdm05
= PARTICIPANT CONCERNS @concerns
+ Participants may contact the City through 311 to raise any concern about the Services. The City will forward to the Contractor any concern about the Contractor's work.
+ The Contractor is encouraged to have a process to respond to complaints forwarded by the City. @cdm01
= STANDARDS OF CONDUCT @conduct
+ The City expects the Contractor and its Workers to uphold the standards of conduct expected of holders of public office when dealing with Participants. @es01
+ The Contractor is encouraged to adopt a written code of conduct for its Workers. @es02
+ The City expects the Contractor's Subcontractors to meet the same standards of conduct as the Contractor. @es03
+ The Contractor should consider adopting a whistleblower protection policy for its Workers. @es05
+ The Contractor shall designate a senior officer as its ethics and compliance lead for this Agreement. @es10
+ The City's Auditor General operates a Fraud and Waste Hotline to which any person may report suspected wrongdoing involving City contracts. City staff are prohibited by the City's Code of Conduct from accepting gifts or hospitality from suppliers.
= CONFLICT OF INTEREST @conflicts
+ The City expects the Contractor to avoid conflicts of interest and to disclose any Conflict of Interest to the City promptly. @coi01
+ The Contractor is encouraged to propose measures to manage any Conflict of Interest it discloses. @coi02
+ The City encourages the Contractor to obtain an annual declaration of interests from each of its supervisors. @coi05
+ The City expects the Contractor to keep up to date the declaration of no conflict of interest which it submitted with its proposal. @coi06
= FEES AND PAYMENT @charges
+ The City shall pay the Contractor the seasonal fee per Property set out in Schedule B, in five equal monthly instalments from December to April, adjusted for Properties added to or removed from the Program.
+ The Contractor shall submit an invoice by the fifth Business Day of each month, showing HST separately and quoting the City's purchase order number. The City shall pay each undisputed invoice within thirty days.
+ The Contractor shall provide its HST registration number, and the City may deduct from any payment any amount owed by the Contractor to the City.
= INSURANCE @insurance
+ The Contractor shall maintain, throughout the term, commercial general liability insurance of not less than $5,000,000 per occurrence naming the City as an additional insured, and automobile liability insurance of not less than $2,000,000 for all vehicles and equipment used in the Services, and shall provide certificates of insurance before the Effective Date and on each renewal.
= INDEMNITY AND LIABILITY @liability
+ The Contractor shall indemnify and save harmless the City, its elected officials, officers and employees from all claims, demands, losses and costs arising from the Contractor's performance of the Services, except to the extent caused by the negligence of the City.
+ Neither Party shall be liable for indirect or consequential damages. Nothing in this Agreement limits liability for fraud, wilful misconduct or death or personal injury caused by negligence. @liab_carveout
""" + fill(LIBS["ipr"], ctx) + """
= PRIVACY AND ACCESS TO INFORMATION @dp
+ The Contractor acknowledges that information about Participants is personal information under MFIPPA, shall use it only to perform the Services, shall keep it secure and confidential, and shall return it to the City at the end of each Winter Season.
+ The Contractor acknowledges that this Agreement and records relating to it may be subject to disclosure under MFIPPA. The City may ask the Contractor to assist it in responding to access requests under MFIPPA, and the Contractor is encouraged to do so promptly. @es07
""" + fill(LIBS["conf"], ctx) + """
= RECORDS AND AUDIT @audit
+ The Contractor shall keep proper books of account and records of the Services, including GPS records and time sheets, for seven years, and shall make them available to the City and its Auditor General on request for the purpose of verifying invoices and payments. @audit_fin
""" + "\n".join(fill(LIB[k], ctx) for k in ["bcdr", "fm", "variation", "disputes"]) + "\n" + fill(LIBS["stepin"], ctx) + """
= TERMINATION @termination
+ The City may terminate this Agreement for convenience on thirty days' written notice, and shall pay for Services performed up to the date of termination.
+ The City may terminate this Agreement immediately by written notice if the Contractor suffers an Insolvency Event.
+ The City may terminate this Agreement at the end of any Winter Season if City Council does not approve funding for the Program for the following Winter Season.
+ If there is a change of control of the Contractor, the City may terminate this Agreement on thirty days' written notice.
= CONSEQUENCES OF TERMINATION @exit
+ Termination does not affect accrued rights or the provisions intended to survive, including clauses {#liability}, {#dp} and {#audit}. On termination the Contractor shall return all Participant information and co-operate with any Replacement Supplier so that Participants continue to receive the Services.
""" + fill(LIBS["assign"], ctx) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["notices"]) + """
= GENERAL @general
+ The Contractor is an independent contractor and nothing in this Agreement makes it or any of its Workers an employee or agent of the City.
+ This Agreement is the entire agreement between the Parties about its subject matter. No amendment is binding unless it is in writing and signed by both Parties. No waiver of any breach is a waiver of any other breach. If any provision is unenforceable, the remainder continues in effect.
+ Time is of the essence of this Agreement.
""" + fill(LIBS["law"], ctx) + """
PART: SIGNATURES
IN WITNESS WHEREOF the Parties have executed this Agreement. THE CORPORATION OF THE CITY OF LAKESHORE FALLS, per: General Manager, Public Works, and City Clerk. NORTHFIELD PROPERTY SERVICES INC., per: President. I have authority to bind the corporation.
SCHEDULE: SCHEDULE A – SCOPE OF SERVICES
= DRIVEWAYS AND WALKWAYS
+ For each Property the Contractor shall clear the driveway to a width of at least 3 metres, the windrow left by City ploughs at the end of the driveway, and a walkway of at least 1 metre from the driveway to the main entrance of the home.
+ The Contractor shall clear the area around any mailbox, fire hydrant or accessible parking space within the Property boundary.
+ The Contractor shall not pile snow on any sidewalk, roadway, neighbouring property or sight triangle at an intersection.
= TIMING
+ The Contractor shall begin clearing when accumulation reaches 5 cm and shall complete clearing within the time required by clause {#performance}.1. Where snowfall continues for more than 24 hours, the Contractor shall make an interim pass every twelve hours.
+ The Contractor shall not operate equipment on any Property between 11:00 p.m. and 6:00 a.m. except where a Participant needs urgent access.
= DAMAGE
+ The Contractor shall mark driveway edges with stakes before the first Snow Event, shall take care to avoid damage to lawns, curbs and landscaping, and shall repair any damage it causes by June 1 following the Winter Season.
= EQUIPMENT
+ The Contractor shall have available for Zone 3 at least six pickup trucks with ploughs, four tractors or skid steers with blowers, and sufficient hand crews with shovels and walk-behind blowers to clear walkways.
+ The Contractor shall keep at least one spare unit of each type of equipment on standby throughout the Winter Season, and shall replace any equipment that breaks down within four hours.
+ All equipment shall be clearly marked with the Contractor's name and a Program identification number issued by the City.
= COMMUNICATION WITH PARTICIPANTS
+ Before the first Snow Event of each Winter Season the Contractor shall send each Participant a letter, approved by the City, explaining the Services, the clearing times and how to contact the City.
+ The Contractor shall not enter any building on a Property, and shall not accept any instruction from a Participant to perform work outside the scope of the Services.
SCHEDULE: SCHEDULE B – FEES
| Item | Fee (excluding HST) |
| Seasonal fee per Property – single-width driveway | $690 |
| Seasonal fee per Property – double-width driveway | $840 |
| Walkway only (no driveway) | $410 |
| Property added after January 1 | Pro-rated by month |
"""
    return dict(
        slug="c09-seniors-snow-clearing", fmt="txt", build="plain text",
        setting="Snow clearing program for seniors and persons with disabilities (Ontario city)",
        jurisdiction="Ontario, Canada (municipal)",
        authority="City", provider="Contractor / Workers",
        features="Canadian spelling and recitals; almost all ethics wording permissive ('expects', 'is encouraged to', 'should consider', 'may'); no material-breach termination; Fraud and Waste Hotline and City code as A-side decoys; WSIB clearance certificate; deficiency deductions",
        style=STYLE_UK, markup=markup,
        verdicts=[
            ("weak", "cl. {#es01} 'The City expects the Contractor ... to uphold the standards of conduct expected of holders of public office' (permissive)"),
            ("weak", "cl. {#es02} Contractor 'is encouraged to adopt a written code of conduct' (permissive)"),
            ("weak", "cl. {#es03} 'The City expects the Contractor's Subcontractors to meet the same standards of conduct' (permissive)"),
            ("gap", "training only in equipment operation and WHMIS (cl. {#workers}.1); no generic or ethics training"),
            ("weak", "cl. {#es05} Contractor 'should consider adopting a whistleblower protection policy'; the Fraud and Waste Hotline (cl. {#conduct}.6) is a City facility, not a provider duty"),
            ("gap", "no anti-fraud or anti-bribery obligation; only the City's hotline (A-side) and the liability carve-out for fraud (cl. {#liab_carveout})"),
            ("weak", "cl. {#es07} City 'may ask' for help with MFIPPA requests and the Contractor 'is encouraged to' assist (permissive)"),
            ("gap", "cl. {#audit_fin} books of account for verifying invoices only (financial); GPS records are payment evidence"),
            ("gap", "termination only for convenience, insolvency, non-appropriation and change of control (cl. {#termination}); Deficiency deductions (cl. {#performance}) are not ethics remedies"),
            ("weak", "cl. {#es10} designation of a senior ethics and compliance lead only (structures-only, no certificate)"),
            ("weak", "cl. {#coi01} 'The City expects the Contractor to avoid conflicts ... and to disclose' (permissive)"),
            ("weak", "cl. {#coi02} Contractor 'is encouraged to propose measures to manage' a disclosed conflict (permissive)"),
            ("gap", "no gifts control on the Contractor; cl. {#conduct}.6 gifts rule binds City staff only (A-side)"),
            ("gap", "nothing on former City officials; cl. {#workers}.4 'former Program contractor' employees is a decoy"),
            ("weak", "cl. {#coi05} 'The City encourages the Contractor to obtain an annual declaration of interests' (permissive)"),
            ("weak", "cl. {#coi06} 'The City expects the Contractor to keep up to date the declaration of no conflict of interest' (permissive)"),
            ("weak", "cl. {#cdm01} Contractor 'is encouraged to have a process' for complaints; 311 route is the City's (cl. {#concerns}.1)"),
            ("gap", "monthly report (cl. {#reporting}.1) covers clearing and incidents but no complaints"),
            ("pass", "cl. {#cdm03} Contractor shall conduct an end-of-season Participant satisfaction survey and report results by May 31"),
            ("gap", "no Ombudsman or complaint-investigation co-operation; cl. {#disputes} mediation/arbitration is a decoy"),
            ("weak", "cl. {#cdm05} Contractor 'may use the survey results to identify improvements' (permissive)"),
            ("gap", "no complaint timescales; clearing times (cl. {#performance}.1) and the City's two-day response to the Contractor (cl. {#performance}.4) are decoys"),
        ])


# ---------------------------------------------------------------------------
# c10  US city (Colorado) – police-initiated towing and vehicle storage.
# Plain text, US drafting.  Ethics in a dedicated Section plus scattered.
# ---------------------------------------------------------------------------

def c10():
    markup = """
TITLE: POLICE-INITIATED TOWING AND VEHICLE STORAGE SERVICES AGREEMENT
City of Cedar Bluffs, Colorado – Agreement No. PD-2025-031
This Police-Initiated Towing and Vehicle Storage Services Agreement (this “Agreement”) is entered into as of July 1, 2025 (the “Effective Date”) by and between the CITY OF CEDAR BLUFFS, a Colorado home rule municipality, acting by and through its Police Department (the “City”), and APEX RECOVERY & TOWING, LLC, a Colorado limited liability company (the “Contractor”). The City and the Contractor are each a “Party” and together the “Parties.”
PART: RECITALS
WHEREAS, the City's Police Department requires the towing and storage of vehicles that are abandoned, illegally parked, involved in crashes, impounded as evidence, or otherwise removed at the direction of a police officer;
WHEREAS, the City issued Request for Proposals No. 25-014 for police-initiated towing and storage services, and the Contractor submitted the proposal that the City determined to be most advantageous;
WHEREAS, the Contractor holds a valid towing carrier permit issued by the Colorado Public Utilities Commission and represents that it has the equipment, facilities and personnel necessary to perform the Services;
NOW, THEREFORE, in consideration of the mutual promises in this Agreement, the Parties agree as follows:
= DEFINITIONS @defs
+ Capitalized terms used in this Agreement have the following meanings:
“Business Day” means any day other than a Saturday, Sunday or legal holiday observed by the City.
“Chief” means the Chief of Police of the City or the Chief's designee.
“City Code” means the Municipal Code of the City of Cedar Bluffs, as amended.
“Complaint” means any written or oral expression of dissatisfaction by a Vehicle Owner or other member of the public regarding the Services, the conduct of the Contractor's Personnel, the condition of a Vehicle or the fees charged.
“Conflict of Interest” means any financial, business, family or personal relationship or interest of the Contractor or any of its Personnel that conflicts, or reasonably appears to conflict, with the faithful performance of this Agreement or the interests of the City.
“Dispatch” means a request for towing made by the Police Department through its computer-aided dispatch system.
“Ethics Section” means Section {#ethics} of this Agreement.
“Evidence Hold” means a written direction by a police officer that a Vehicle is to be held and not released pending investigation.
“Kickback” means any money, fee, commission, credit, gift, gratuity, thing of value or compensation of any kind provided, directly or indirectly, to any person for the purpose of improperly obtaining or rewarding favorable treatment in connection with this Agreement.
“Personnel” means the Contractor's owners, officers, employees, drivers and agents, and the employees of any subcontractor, who perform any part of the Services.
“Services” means the towing, recovery, storage, release and disposal services described in Section {#scope} and Exhibit A.
“Storage Facility” means the secure vehicle storage lot operated by the Contractor and approved by the City under Section {#facility}.
“Vehicle” means any motor vehicle, trailer, motorcycle or other conveyance towed under this Agreement, together with its contents.
“Vehicle Owner” means the registered owner, lienholder or other person lawfully entitled to possession of a Vehicle.
+ The words “include” and “including” mean “including without limitation.” Headings are for convenience only. In the event of any conflict between the body of this Agreement and any Exhibit, the body of this Agreement controls, and in the event of any conflict between Exhibit A and the Contractor's proposal, Exhibit A controls. @precedence
= TERM @term
+ This Agreement commences on the Effective Date and continues for three years, unless earlier terminated in accordance with Section {#termination}.
+ The City may renew this Agreement for up to two additional one-year terms by written notice to the Contractor at least sixty days before the end of the then-current term. Any renewal is subject to the appropriation of funds under Section {#appropriation}.
= SCOPE OF SERVICES @scope
+ The Contractor shall provide, twenty-four hours a day, seven days a week, all towing and storage services requested by the Police Department within the City limits, in accordance with this Agreement, Exhibit A, the City Code and all applicable federal, state and local laws and regulations.
+ The Contractor is one of three towing companies on the Police Department's rotation list for light-duty tows, and the sole contractor for medium-duty and heavy-duty tows. The City does not guarantee any minimum number of Dispatches.
+ The Contractor shall arrive at the scene of each Dispatch within thirty minutes after receiving it, or within forty-five minutes between 10:00 p.m. and 6:00 a.m. If the Contractor cannot meet the response time, it shall immediately tell the dispatcher so that the next company on the rotation can be called.
+ The Contractor shall clear all debris and fluids from the roadway at the scene of a crash, other than hazardous materials which must be handled by the Fire Department, and shall dispose of them lawfully.
+ The Contractor shall tow City-owned vehicles at the rates set out in Exhibit B, and shall invoice the City monthly for those tows.
= STORAGE FACILITY @facility
+ The Contractor shall operate a Storage Facility located within five miles of the City limits, which shall be paved or graveled, enclosed by a fence at least six feet high with locked gates, lighted from dusk to dawn, and monitored by video cameras whose recordings are retained for at least sixty days.
+ The Storage Facility shall include a separate, covered and locked area for Vehicles subject to an Evidence Hold, to which access shall be limited to designated Personnel and police officers, with a written log of every entry.
+ The Contractor shall allow the City to inspect the Storage Facility at any time during business hours, and shall allow the City's fleet manager to conduct an annual survey of the Storage Facility's condition and capacity.
= RELEASE OF VEHICLES @release
+ The Contractor shall release Vehicles between 7:00 a.m. and 7:00 p.m. Monday through Saturday, and at other times within one hour of a request, subject to an after-hours release fee not exceeding the amount in Exhibit B.
+ The Contractor shall release a Vehicle only to a Vehicle Owner who presents valid identification and proof of ownership, and only after any police hold has been lifted. The Contractor shall accept payment by cash, debit card and major credit cards.
+ The Contractor shall allow a Vehicle Owner to remove personal property from a Vehicle free of charge during business hours, whether or not the Vehicle is released, except for property subject to an Evidence Hold.
+ The Contractor shall notify the Vehicle Owner and any lienholder of record by certified mail within ten days after a Vehicle is towed, in the form required by state law, and shall dispose of unclaimed Vehicles only in accordance with the state abandoned vehicle statutes.
= FEES @fees
+ The Contractor may charge Vehicle Owners no more than the maximum rates set out in Exhibit B, which shall not exceed the maximum rates authorized by the Colorado Public Utilities Commission. The Contractor shall not charge any fee that is not listed in Exhibit B.
+ The Contractor shall post the rates in Exhibit B in a conspicuous place at the Storage Facility, on its website, and on every invoice given to a Vehicle Owner, and shall give every Vehicle Owner an itemized receipt.
+ The Contractor shall pay the City an administrative fee of twenty-five dollars for each police-initiated tow, within fifteen days after the end of each month, together with a statement showing the number of tows in that month.
+ The City shall pay undisputed invoices for the towing of City-owned vehicles within thirty days after receipt.
= PERSONNEL @personnel
+ The Contractor shall ensure that all drivers hold a valid driver's license of the appropriate class, have a satisfactory driving record, and have passed a criminal background check acceptable to the Chief before performing any Services.
+ The Contractor shall ensure that all drivers are trained in safe towing and recovery practices, traffic incident management and the handling of electric and hybrid vehicles, and hold current certification from a nationally recognized towing and recovery training program.
+ Personnel shall wear a uniform or high-visibility garment bearing the Contractor's name when performing the Services, and shall be courteous to members of the public.
+ The Chief may require the Contractor to remove from the Services any Personnel who, in the Chief's reasonable judgment, have acted unsafely or discourteously, or have violated the Ethics Section.
= COMPLAINTS FROM THE PUBLIC @complaints
+ The Contractor shall establish a written procedure for receiving and resolving Complaints, shall post a notice describing the procedure and the address of the Police Department's Towing Coordinator at the Storage Facility and on its website, and shall give a copy of the notice to each Vehicle Owner at the time of release. @cdm01
+ The Contractor shall acknowledge each Complaint within two Business Days after receiving it and shall give the complainant a written response within ten Business Days. @cdm06
+ The Contractor shall keep a log of all Complaints, showing the date, the complainant, the nature of the Complaint, the response and the date of the response, and shall submit the log to the Towing Coordinator with the monthly report required by Section {#reports}. @cdm02
= DISPOSAL OF UNCLAIMED VEHICLES @disposal
+ The Contractor may dispose of a Vehicle that remains unclaimed after the period required by state law only after it has completed every notice required by law, confirmed with the Police Department that no police hold applies, and obtained any title documents required for the disposal.
+ The Contractor shall keep a record of each disposal, including the method of disposal, the purchaser or recycler, the sale price and the application of the proceeds, and shall remit to the person entitled any surplus proceeds as required by law.
+ The Contractor shall not sell or transfer any unclaimed Vehicle to any of its Personnel, or to any member of the family of any of its Personnel, or to any City officer or employee.
= HAZARDOUS MATERIALS AND ENVIRONMENTAL COMPLIANCE @hazmat
+ The Contractor shall store Vehicles in a manner that prevents fluids from entering storm drains or soil, shall maintain spill kits at the Storage Facility, and shall comply with all applicable environmental laws in the storage, draining and disposal of Vehicles.
+ The Contractor shall not tow any Vehicle that is leaking hazardous materials until the Fire Department has declared the scene safe, and shall dispose of batteries, tires and fluids only through licensed recyclers.
= RATE ADJUSTMENTS @rates
+ The Contractor may request an adjustment of the maximum rates in Exhibit B once in each year of the term, by written request to the Chief at least ninety days before the anniversary of the Effective Date, supported by evidence of changes in its costs. Any adjustment shall be effective only if approved in writing by the City and shall not exceed the rates authorized by the Colorado Public Utilities Commission.
= PERFORMANCE REVIEW @review
+ The Towing Coordinator may review the Contractor's performance at any time, including its response times, the condition of its equipment and the Storage Facility, and its compliance with Exhibit A. The Towing Coordinator shall give the Contractor written notice of any deficiency, and the Contractor shall correct the deficiency within the time stated in the notice.
+ If the Contractor fails to meet the response times in Section {#scope}.3 on more than ten percent of Dispatches in any month, the Chief may suspend the Contractor from the rotation list for up to thirty days.
= REPORTS AND RECORDS @reports
+ By the tenth day of each month, the Contractor shall submit to the Towing Coordinator a report for the preceding month showing each Dispatch, the response time, the Vehicles towed, stored, released and disposed of, the fees collected, and the log of Complaints.
+ The Contractor shall maintain, in an electronic format acceptable to the City, a record of every Vehicle towed, including the date, time and location of the tow, the Dispatch number, the Vehicle description and identification number, an inventory of the Vehicle's contents, photographs of its condition at the scene and on arrival at the Storage Facility, and the date of release or disposal.
+ The Contractor shall retain all records relating to this Agreement for at least five years after its expiration or termination, or longer if required by law or by any pending litigation or audit.
+ Following any incident involving more than twenty Dispatches in a single day, such as a major snowstorm, the Parties shall hold an after-action review and prepare a lessons learned memorandum on the operation of the rotation.
= ETHICS AND INTEGRITY @ethics
+ The Contractor shall, and shall cause its Personnel to, uphold the standards of conduct expected of holders of public office, acting with integrity, objectivity, accountability, openness and honesty in all dealings under this Agreement. @es01
+ The Contractor shall adopt, maintain and enforce a written code of business conduct applicable to all Personnel, which shall address at a minimum conflicts of interest, gifts, Kickbacks, the fair treatment of Vehicle Owners and the reporting of misconduct, and shall provide a copy to the City within thirty days after the Effective Date. @es02
+ The Contractor shall provide ethics training to all Personnel within thirty days after they begin performing the Services and annually thereafter, covering the code of business conduct, conflicts of interest, gifts, the prohibition on Kickbacks and how to report misconduct, and shall keep attendance records and make them available to the City upon request. @es04
+ The Contractor shall not offer, pay, solicit or accept any Kickback, bribe or other improper payment in connection with this Agreement, shall not engage in any fraudulent billing or other fraudulent practice, shall maintain internal controls adequate to prevent such conduct by its Personnel, and shall report to the Chief within twenty-four hours any such conduct of which it becomes aware. @es06
+ The Contractor shall not, and shall ensure that its Personnel do not, give or offer any gift, gratuity, meal, entertainment or other thing of value to any City officer or employee, and shall not accept any gift or gratuity from a Vehicle Owner or any repair shop, salvage yard or body shop in connection with a tow. @coi03
+ The Contractor shall avoid any Conflict of Interest and shall disclose to the Chief in writing, within five Business Days after learning of it, any actual or potential Conflict of Interest, including any ownership interest of the Contractor or its Personnel in a repair shop, salvage yard or body shop to which Vehicles may be referred. @coi01
+ Upon disclosure of a Conflict of Interest, the Contractor shall take such action as the Chief directs to eliminate or mitigate the conflict, and if the conflict cannot be resolved to the City's satisfaction, the City may terminate this Agreement under Section {#termination}. @coi02
+ The Contractor shall not employ or retain, in any capacity connected with this Agreement, any person who was employed by the City within the preceding two years and who participated personally and substantially in the procurement or administration of this Agreement, and shall not permit any former City officer or employee to represent it before the City in violation of the post-employment restrictions of the City Code of Ethics. @coi04
+ The Contractor shall not retaliate against any Personnel who, in good faith, reports suspected fraud, waste, abuse or a violation of this Ethics Section to the Contractor, the City or the City's Office of Inspector General, and shall post at the Storage Facility the notice provided by the City describing the City's ethics hotline. @es05
+ The Contractor shall include the substance of this Ethics Section in every subcontract for any part of the Services and shall require each subcontractor to comply with it. @es03
+ On or before July 1 of each year, the Contractor shall certify in writing to the City, on the form provided by the City, that neither the Contractor nor any of its Personnel has paid, offered or received any Kickback in connection with this Agreement during the preceding year. @es10
+ The City encourages the Contractor to confirm, upon request, that it disclosed to the City any relationship with City officials who participated in the award of this Agreement. @coi06
+ The City's officers and employees are required by the City Code to file annual statements of financial interest with the City Clerk, which are available for public inspection.
= AUDIT AND MONITORING @audit
+ The City Auditor and the Chief, and their designees, may audit and monitor the Contractor's compliance with the Ethics Section, including by examining the Contractor's records, training records and Complaint log and by interviewing Personnel, and the Contractor shall cooperate fully with any such audit. @es08
+ The City Auditor may also audit the Contractor's books and records relating to the fees collected and the administrative fees paid under Section {#fees}. If an audit reveals an underpayment of administrative fees, the Contractor shall pay the shortfall with interest, and if the underpayment exceeds five percent, the cost of the audit.
= PUBLIC RECORDS @records
+ The Contractor acknowledges that this Agreement and records relating to the Services may be public records subject to the Colorado Open Records Act, sections 24-72-200.1 et seq., C.R.S.
+ The Contractor shall cooperate with the City in responding to any request for records under that Act, shall provide any records requested by the City within three Business Days, and shall promptly forward to the City any such request it receives. @es07
+ Records containing personal information obtained from motor vehicle records shall be used and disclosed only as permitted by the Driver's Privacy Protection Act, 18 U.S.C. section 2721, and the Contractor shall protect the integrity and confidentiality of those records.
= COMPLIANCE WITH LAWS; TAXES; ADVERTISING @compliance
+ The Contractor shall comply with all applicable federal, state and local laws, regulations and ordinances, including the rules of the Colorado Public Utilities Commission governing towing carriers, and shall obtain and maintain all licenses and permits required to perform the Services.
+ The Contractor is responsible for all taxes, fees and assessments arising from its operations, including sales taxes on any Vehicles sold.
+ The Contractor shall not advertise or represent that it is the City's official towing company, and shall not use the City's name, seal or logo without the prior written consent of the City.
= INDEPENDENT CONTRACTOR @independent
+ The Contractor is an independent contractor. Neither the Contractor nor any of its Personnel is an employee of the City or entitled to any City benefits. The Contractor is solely responsible for the wages, taxes, workers' compensation and unemployment insurance of its Personnel.
= INSURANCE @insurance
+ The Contractor shall maintain, at its own expense, the following insurance with insurers authorized to do business in Colorado: (a) commercial general liability insurance with limits of not less than $1,000,000 per occurrence and $2,000,000 aggregate; (b) automobile liability insurance with a combined single limit of not less than $1,000,000 for each tow truck; (c) garage keepers legal liability insurance of not less than $250,000 covering Vehicles in the Contractor's care, custody and control; and (d) workers' compensation insurance as required by state law.
+ The City shall be named as an additional insured on the commercial general liability and automobile policies. The Contractor shall provide certificates of insurance before the Effective Date and upon each renewal, and shall give the City thirty days' notice of any cancellation.
= INDEMNIFICATION @indemnity
+ The Contractor shall indemnify, defend and hold harmless the City and its officers, employees and agents from and against all claims, damages, losses, liabilities and expenses, including reasonable attorney fees, arising out of or related to the Services, including claims for damage to or loss of any Vehicle, except to the extent caused by the negligence of the City.
+ The Contractor shall be responsible for any damage to a Vehicle occurring during towing or storage, and shall promptly investigate and resolve any claim for such damage.
= GOVERNMENTAL IMMUNITY @immunity
+ Nothing in this Agreement waives or is intended to waive the immunities, limitations on liability or other protections provided to the City by the Colorado Governmental Immunity Act, sections 24-10-101 et seq., C.R.S.
= NONDISCRIMINATION @nondiscrimination
+ The Contractor shall not discriminate against any Vehicle Owner, member of the public, employee or applicant for employment on the basis of race, color, religion, national origin, sex, sexual orientation, gender identity, age, disability or any other characteristic protected by law.
= CONFIDENTIALITY @conf
+ The Contractor shall not disclose to any person, other than the Vehicle Owner or as required by law, any information about a Vehicle subject to an Evidence Hold or about any police investigation, and shall not make any public statement about any incident to which it is dispatched.
+ The Contractor shall not use any information obtained under this Agreement to solicit repair, salvage or other business from any Vehicle Owner.
= BUSINESS CONTINUITY @bcp
+ The Contractor shall maintain a written plan for continuing the Services in the event of the loss of its Storage Facility, dispatch system or equipment, including arrangements with other permitted towing carriers, and shall test the plan annually.
= FORCE MAJEURE @fm
+ Neither Party shall be liable for any failure or delay in performance caused by acts of God, fire, flood, severe weather beyond that reasonably anticipated, epidemic, war, civil unrest, or other causes beyond its reasonable control, provided that it gives prompt notice and uses diligent efforts to resume performance.
= AMENDMENT @amendment
+ This Agreement may be amended only by a written instrument signed by authorized representatives of both Parties. The Chief may approve minor changes to Exhibit A that do not affect the fees or the term.
= DISPUTE RESOLUTION @disputes
+ The Parties shall attempt in good faith to resolve any dispute arising under this Agreement through discussions between the Towing Coordinator and the Contractor's manager, and, if not resolved within ten Business Days, between the Chief and the Contractor's owner.
+ Any dispute not resolved by negotiation may be submitted to non-binding mediation before a mediator agreed by the Parties, with the costs shared equally. Each Party shall attend the mediation with a representative having authority to settle.
+ If mediation does not resolve the dispute, either Party may bring an action in the District Court for the county in which the City is located, which shall have exclusive jurisdiction. The Contractor shall continue performing the Services during any dispute.
= TERMINATION @termination
+ The City may terminate this Agreement for convenience upon sixty days' written notice to the Contractor.
+ The City may terminate this Agreement immediately by written notice if the Contractor or any of its Personnel violates the Ethics Section, if the Contractor's towing carrier permit is suspended or revoked, or if the Contractor fails to resolve a Conflict of Interest as required by Section {#coi02}. A violation of the Ethics Section may also result in the Contractor's debarment from City contracts under the City Code. @es09
+ The City may terminate this Agreement upon ten days' written notice if the Contractor materially breaches any other provision of this Agreement and fails to cure the breach within that period.
+ The Contractor may terminate this Agreement upon ninety days' written notice to the City.
+ Upon expiration or termination, the Contractor shall continue to store and release any Vehicles already in its custody in accordance with this Agreement until all such Vehicles have been released or lawfully disposed of.
= APPROPRIATION OF FUNDS @appropriation
+ Any financial obligation of the City payable after the current fiscal year is contingent upon funds for that purpose being appropriated, budgeted and otherwise made available by the City Council. If funds are not appropriated, this Agreement shall terminate at the end of the last fiscal year for which funds were appropriated.
= ASSIGNMENT AND SUBCONTRACTING @assignment
+ The Contractor shall not assign this Agreement or subcontract any part of the Services without the prior written consent of the Chief. Any permitted subcontractor must hold a towing carrier permit and the insurance required by Section {#insurance}, and the Contractor remains fully responsible for the performance of its subcontractors.
= NOTICES @notices
+ Notices under this Agreement shall be in writing and delivered by hand, by certified mail, return receipt requested, or by email with confirmation of receipt, to the Towing Coordinator, Cedar Bluffs Police Department, 400 Main Street, Cedar Bluffs, Colorado, with a copy to the City Attorney, and to the Contractor at the address stated in its proposal.
= GENERAL PROVISIONS @general
+ This Agreement, including its Exhibits, constitutes the entire agreement of the Parties and supersedes all prior negotiations and agreements. There are no third-party beneficiaries of this Agreement. No waiver of any breach shall be deemed a waiver of any other breach. If any provision is held invalid, the remaining provisions remain in effect.
+ This Agreement is governed by the laws of the State of Colorado, and venue for any action lies in the District Court for the county in which the City is located.
+ The Contractor shall comply with the City's requirements regarding the verification of employment eligibility of its employees, and shall not knowingly employ any person not authorized to work in the United States.
PART: SIGNATURES
IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date. CITY OF CEDAR BLUFFS: Mayor; Attest: City Clerk; Approved as to form: City Attorney. APEX RECOVERY & TOWING, LLC: Managing Member.
SCHEDULE: EXHIBIT A – SERVICE STANDARDS
= EQUIPMENT
+ The Contractor shall maintain at least four light-duty wheel-lift or flatbed tow trucks, two medium-duty trucks, one heavy-duty wrecker with a rotator or under-reach capable of recovering loaded tractor-trailers, and a service vehicle equipped to clear debris and absorb fluids.
+ Each tow truck shall display the Contractor's name and permit number, shall be equipped with amber warning lights, safety chains, wheel chocks, a fire extinguisher and absorbent material, and shall be inspected annually by a certified inspector.
= DISPATCH PROCEDURES
+ The Contractor shall maintain a dispatch telephone line answered by a live person twenty-four hours a day, and shall confirm each Dispatch with the police dispatcher and report its estimated arrival time.
+ Upon arrival, the driver shall report to the officer in charge, follow the officer's directions at the scene, and complete a tow sheet signed by the officer.
= VEHICLE CARE
+ The Contractor shall tow each Vehicle in a manner that prevents damage, shall secure all doors, windows and trunks, and shall cover any Vehicle with broken windows to protect it from the weather.
+ The Contractor shall photograph each Vehicle at the scene and on arrival at the Storage Facility, and shall inventory all personal property visible in the Vehicle, with the inventory signed by the driver.
+ The Contractor shall not remove any part or property from a Vehicle, and shall not use any Vehicle for any purpose other than towing and storage.
= EVIDENCE HOLDS
+ Vehicles subject to an Evidence Hold shall be stored in the secure evidence area, shall not be released without the written authorization of the investigating officer, and shall be made available to police investigators at any time.
+ The Contractor shall not charge storage fees to a Vehicle Owner for any period during which a Vehicle is held solely for police investigation, and shall instead invoice the City for that period at the rate in Exhibit B.
SCHEDULE: EXHIBIT B – MAXIMUM RATES
| Service | Maximum rate |
| Light-duty tow (up to 10,000 lbs) | $195 per tow |
| Medium-duty tow (10,001 to 26,000 lbs) | $325 per tow plus $150 per hour after the first hour |
| Heavy-duty tow (over 26,000 lbs) | $450 per hour, one-hour minimum |
| Daily storage – light-duty Vehicle | $30 per day |
| Daily storage – medium or heavy Vehicle | $60 per day |
| After-hours release fee | $50 |
| Administrative fee payable to the City | $25 per police-initiated tow |
| Tow of a City-owned vehicle | $150 per tow |
"""
    return dict(
        slug="c10-police-towing-storage", fmt="txt", build="plain text",
        setting="Police-initiated towing and vehicle storage (US city, Colorado)",
        jurisdiction="Colorado, United States (municipal)",
        authority="City / Chief / Police Department", provider="Contractor / Personnel",
        features="US drafting (WHEREAS recitals, Sections, indemnify/defend/hold harmless, non-appropriation, governmental immunity); comprehensive Ethics Section; anti-kickback certificate only; Storage Facility 'survey', 'after-action review' lessons learned, officials' statements of financial interest as decoys",
        style=STYLE_US, markup=markup,
        verdicts=[
            ("pass", "Sec. {#es01} Contractor shall uphold the standards of conduct expected of holders of public office (integrity, objectivity, accountability, openness, honesty)"),
            ("pass", "Sec. {#es02} Contractor shall adopt, maintain and enforce a written code of business conduct"),
            ("pass", "Sec. {#es03} Contractor shall include the substance of the Ethics Section in every subcontract and require compliance"),
            ("pass", "Sec. {#es04} annual ethics training on the code, conflicts, gifts, Kickbacks and reporting, with records"),
            ("pass", "Sec. {#es05} no retaliation against Personnel reporting in good faith to the Contractor, City or Inspector General; hotline notice"),
            ("pass", "Sec. {#es06} no Kickback, bribe or fraud; adequate internal controls; report within 24 hours"),
            ("pass", "Sec. {#es07} Contractor shall cooperate with Colorado Open Records Act requests and forward requests"),
            ("pass", "Sec. {#es08} City Auditor and Chief may audit and monitor compliance with the Ethics Section"),
            ("pass", "Sec. {#es09} immediate termination and possible debarment for violation of the Ethics Section; Sec. {#personnel}.4 removal of Personnel"),
            ("weak", "Sec. {#es10} annual certificate covers Kickbacks only (one-topic certificate)"),
            ("pass", "Sec. {#coi01} Contractor shall avoid and disclose within five Business Days any actual or potential Conflict of Interest"),
            ("pass", "Sec. {#coi02} Contractor shall act as the Chief directs to eliminate or mitigate; termination if unresolved"),
            ("pass", "Sec. {#coi03} no gifts or gratuities to City officers or from Vehicle Owners and repair shops"),
            ("pass", "Sec. {#coi04} no former City employees involved in the procurement within two years; post-employment restrictions"),
            ("gap", "no provider declarations or register; Sec. {#ethics}.13 statements of financial interest are filed by City officials (A-side)"),
            ("weak", "Sec. {#coi06} 'The City encourages the Contractor to confirm, upon request' its disclosure (permissive)"),
            ("pass", "Sec. {#cdm01} written complaint procedure, posted and given to each Vehicle Owner"),
            ("pass", "Sec. {#cdm02} Complaint log submitted with every monthly report"),
            ("gap", "no Vehicle Owner satisfaction or feedback collection; Sec. {#facility}.3 survey is of the Storage Facility (decoy)"),
            ("gap", "no Ombudsman or complaint co-operation; Sec. {#disputes} mediation between the Parties is a decoy"),
            ("gap", "no analysis of Complaints; Sec. {#reports}.4 after-action lessons learned memorandum concerns major incidents (decoy)"),
            ("pass", "Sec. {#cdm06} acknowledge within two Business Days, written response within ten"),
        ])


# ---------------------------------------------------------------------------
# c11  Plain-English (we/you) terms – allotment site management for a borough
# council.  Markdown.  Mostly gaps and permissive wording.
# ---------------------------------------------------------------------------

def c11():
    markup = """
TITLE: Allotment Site Management Agreement
Hartwell Borough Council – our terms for managing the borough's allotment sites, 2025 to 2028
PART: Who this agreement is between
This agreement is between Hartwell Borough Council, of the Town Hall, Market Square, Hartwell HW1 1TH (“we”, “us”, “our” or “the Council”) and GreenPlot Community Services CIC, company number 12877341, of 3 Orchard Mews, Hartwell HW3 2PL (“you”, “your” or “the Provider”). We have written it in plain English. Where we say you “must” do something, it is a legal obligation.
= About this agreement @about
+ In this agreement:
“Sites” means the allotment sites listed in Schedule 1.
“Plot holder” means anyone who holds an allotment tenancy on one of the Sites.
“Applicant” means anyone on the waiting list for a plot.
“Staff” means your employees, and any volunteers you use to help manage the Sites.
“Allotment Rules” means the rules for plot holders that we publish, as updated from time to time.
“Working day” means Monday to Friday, except bank holidays.
“Complaint” means any expression of dissatisfaction by a Plot holder or Applicant about the way the Sites are managed, which needs a response.
+ If anything in the schedules conflicts with these terms, these terms win. If the Allotment Rules conflict with an allotment tenancy agreement, the tenancy agreement wins. @precedence
+ Headings are only there to help you find your way around. References to a law include any changes made to it.
= How long this agreement lasts @term
+ This agreement starts on 1 April 2025 and ends on 31 March 2028. We may extend it by up to two years if we tell you in writing at least three months before it would otherwise end.
+ Before 1 April 2025 you must meet us to agree how the waiting list, rent records and keys will be handed over from our parks team.
= What you will do @services
+ You will manage the Sites on our behalf, in line with the Allotments Acts 1908 to 1950, the Allotment Rules and the service standards in Schedule 2. This includes letting plots, keeping the waiting list, collecting rents, carrying out site inspections, and looking after paths, hedges, fences, gates and water supplies.
+ We remain the landlord of every plot. You must use our standard allotment tenancy agreement and must not change it without our written agreement.
+ You must inspect every plot at least four times a year and send a non-cultivation warning letter, in the form we have approved, to any Plot holder whose plot is not being kept in good condition.
+ You must keep the water supply on each Site in good working order, protect the integrity of the water supply against contamination, and turn it off and drain it between November and March.
+ You must keep communal areas, toilets and car parks safe, clean and tidy, and remove fly-tipped waste within five working days of finding it.
+ Some of the Sites were given to the Council as gifts of land in the 1920s and are held on trust for allotment use. You must respect the conditions attached to those gifts, which are set out in Schedule 1.
= Sheds, structures and animals @structures
+ Plot holders need our permission, through you, to put up a shed, greenhouse or polytunnel. You must check each request against the size limits in the Allotment Rules and decide it within 20 working days.
+ You may allow Plot holders to keep hens and rabbits, but not cockerels, in line with the Allotment Rules. Beehives need our written consent and the agreement of neighbouring Plot holders.
+ You must inspect any structure that appears unsafe and, if it is dangerous, arrange for it to be made safe or removed, recovering the cost from the Plot holder where the tenancy allows this.
= Environment and wildlife @environment
+ You must manage hedges, trees and uncultivated areas in a way that supports wildlife, avoid cutting hedges in the bird nesting season, and keep at least one wildlife area on each Site.
+ You must not use, and must discourage Plot holders from using, pesticides that are banned in the United Kingdom. You must promote composting and rainwater harvesting on every Site.
= Meetings and reports @reports
+ We will meet you every three months to review how the Sites are being run. Before each meeting you must send us a short report showing the number of plots let and vacant on each Site, the length of each waiting list, the rents collected and paid in, the results of plot inspections and any repairs carried out.
+ Once a year you must attend a meeting of our Allotments Forum, which includes representatives of Plot holders' associations, to report on the year.
= Deposits and keys @keys
+ You must take a key deposit from each new Plot holder at the rate we set, keep a record of which keys have been issued to whom, and refund the deposit when the key is returned.
+ You must change the padlocks on a Site within five working days if keys have been lost or there has been a break-in.
= Ending tenancies for non-cultivation @noncultivation
+ Where a Plot holder has not responded to a non-cultivation warning letter within 28 days, you must inspect the plot again and, if it is still not being cultivated, send us a recommendation about whether the tenancy should be ended, with dated photographs.
+ You must not remove a Plot holder's belongings from a plot until the tenancy has ended and the period for collecting them under the Allotment Rules has passed.
= Equality and accessibility @equality
+ You must not discriminate unlawfully against any Plot holder or Applicant, and you must comply with the Equality Act 2010. You must make reasonable adjustments for disabled Plot holders, such as offering raised beds, accessible paths and help with water butts.
+ You must provide information about the Sites in other formats or languages if someone asks.
= Community groups and schools @community
+ You may let schools, community groups and health projects use communal plots on the Sites, on terms we have approved.
+ Before a group uses a communal plot, you must check that it has its own insurance and safeguarding arrangements, and you must refer any safeguarding matter involving a child or vulnerable adult to our safeguarding team on the same day.
= Intellectual property @ipr
+ We own the waiting lists, registers, records and any signs or leaflets you produce for the Sites. You may use our logo only on material about the Sites.
= Plot holders' associations @associations
+ Some Sites have a Plot holders' association. You must give each association notice of any works planned on its Site, and let it use the Site hut for its meetings free of charge.
+ If an association wants to take on more responsibility for its Site, such as running a trading hut selling seeds and compost, you must pass the proposal to us with your recommendation.
= Security and trespass @security
+ You must keep gates locked when no Plot holders are on a Site, repair damaged fences within ten working days, and put up signs at every entrance saying that the Site is for Plot holders and their guests only.
+ You must ask the police for help if there is a risk to anyone's safety, and tell us about it the next working day.
= Trees @trees
+ You must not fell or lop any tree on a Site without our permission, because some trees are protected by tree preservation orders. You must tell us within one working day about any tree that appears dangerous.
= Vacant and overgrown plots @vacant
+ You must clear each vacant plot of rubbish and cut it back before offering it to the next Applicant, and you may offer a half plot to any Applicant who would prefer a smaller plot.
+ If nobody on the waiting list wants a vacant plot, you may offer it to a community group or keep it as a wildlife area until somebody does.
= Water and utilities @utilities
+ We pay the water and electricity bills for the Sites. You must read the meters every quarter, send us the readings, and tell us straight away about any unusually high reading that might mean there is a leak.
= Your staff and volunteers @staff
+ You must have enough Staff to meet the service standards, including a named Site Manager for each group of Sites.
+ You must make sure that anyone who uses strimmers, hedge cutters or chainsaws on the Sites has been trained to use them safely and wears the right protective equipment.
+ Staff must carry identification when on the Sites. You are responsible for the pay, tax and pensions of your employees, and for the expenses of your volunteers.
+ You must not let anyone who has been barred from working with children lead a school or youth group visit to a Site.
= Plot holders and the waiting list @waitinglist
+ You must keep a register of all Plot holders and a waiting list register for each Site, and offer vacant plots strictly in waiting list order, except where we have agreed a priority for disabled Applicants who need a raised-bed plot.
+ Each Applicant must sign a declaration that he or she lives in the borough. You must check this declaration against the electoral register before offering a plot.
+ You must give each new Plot holder a copy of the Allotment Rules and show them round the Site.
+ You must ask us before ending any tenancy. We will decide whether a tenancy should be ended and will sign the notice to quit.
= Rents and money @rents
+ You must collect plot rents on our behalf at the rates we set each year, give a receipt for every payment, and pay all rents you collect into our bank account at least once a week.
+ You must not charge Plot holders anything other than the rents and deposits we have approved.
+ If you run a fund for Plot holders' social activities, you must keep it separate from the rents. You may claim gift aid on donations to that fund if it is a registered charity.
+ You should take reasonable steps to prevent fraud, for example in collecting and banking plot rents. @es06
= What we will pay you @charges
+ We will pay you the management fee in Schedule 3 in twelve equal monthly payments, within 30 days of receiving your invoice. The fee does not include VAT, which we will pay in addition if you are registered for VAT. Please include your VAT registration number and any VAT declaration we need on each invoice.
+ We may take off from the fee any money you owe us, including any rents you have collected but not paid in.
+ The fee is fixed for the first year. After that it goes up each April by the same percentage as the Consumer Prices Index for the previous December, up to a maximum of 3 per cent.
= Information for Plot holders @information
+ You must keep the noticeboard at each Site up to date with the name and telephone number of the Site Manager, the Allotment Rules, the dates of planned works and the arrangements for reporting problems out of hours.
+ You must tell anyone who asks what the rent levels are, how to join the waiting list, and how long the wait is likely to be on each Site.
= Extra work @extrawork
+ If we ask you to do work that is not covered by this agreement, such as clearing a new area for plots or installing a new water trough, you must give us a written quote within ten working days. You must not start the work until we have agreed the quote in writing.
+ We will pay for extra work within 30 days of receiving a correct invoice once the work has been completed to our reasonable satisfaction.
= Complaints from Plot holders @complaints
+ You, as the Provider, must run a complaints procedure for Plot holders and Applicants, publicise it on every Site noticeboard and on your website, and deal with Complaints fairly and free of charge. @cdm01
+ You should try to reply to Complaints within 15 working days. @cdm06
+ You must tell us about the Complaints you have received if we ask. @cdm02
+ We encourage you to co-operate with us and with the Local Government and Social Care Ombudsman if they investigate a Complaint. @cdm04
+ Disputes between Plot holders, for example about boundaries or the behaviour of a neighbour, are not Complaints about you. You must try to resolve them under the Allotment Rules.
= Hearing from Plot holders @feedback
+ You may ask Plot holders for their views on how the Sites are run, for example through a short annual questionnaire. @cdm03
+ We will ask you for your feedback on any changes we propose to the Allotment Rules before we publish them.
= Honesty and conflicts @conflicts
+ If you think a conflict of interest might arise, for example because one of your Staff or their relative wants a plot, we encourage you to tell us and to work with us to manage it. @coi01
+ Our own officers and councillors must follow the Council's codes of conduct and declare their interests in our register of interests.
= Health and safety @hs
+ You must comply with health and safety law, carry out risk assessments for the work you do on the Sites, and tell us within one working day about any serious accident on a Site.
+ You must make sure bonfires on the Sites follow our Code of Practice for Allotment Bonfires, and you must have a plan for dealing with asbestos found on plots.
+ You must report any vandalism, break-in or fly-tipping on the Sites to us within two working days.
= Insurance @insurance
+ You must have public liability insurance of at least £5 million and employer's liability insurance of at least £5 million, and send us a copy of your insurance certificates each year when they are renewed.
= If things go wrong: liability @liability
+ Neither of us limits liability for death or personal injury caused by negligence, or for fraud.
+ Otherwise, your total liability to us in any year is limited to £250,000, and neither of us is liable for indirect losses or loss of profit.
+ You must compensate us for any claim made against us because of something you or your Staff did negligently on the Sites.
= Personal information @dp
+ We are the controller of the personal information about Plot holders and Applicants, and you process it on our behalf. You must only use it to manage the Sites, keep it secure, protect its integrity and accuracy, and follow our written instructions and the UK GDPR and the Data Protection Act 2018.
+ You must tell us within 24 hours if personal information is lost or shared by mistake, and within two working days if anyone asks to see their information or makes a complaint about how it has been used.
+ At the end of this agreement you must return all personal information to us and delete your copies.
= Confidentiality and publicity @conf
+ We will both keep each other's confidential information private, unless the law requires it to be disclosed.
+ You must not make statements to the press or on social media about the Sites or this agreement without our agreement.
= Freedom of information @foi
+ We are subject to the Freedom of Information Act 2000. This means that we may have to share information about this agreement, including the fee, if someone asks for it.
= Records and audit @audit
+ You must keep accurate records of all rents collected, deposits held and money spent on the Sites for six years, and let our internal auditors and external auditors see them when they ask, so that they can check the money has been properly accounted for.
+ You must send us an annual statement of the rents and deposits you have collected and paid in, within two months of the end of each year of this agreement.
= Keeping things going @bcp
+ You must have a plan for keeping the Sites open and safe if your Staff are unavailable or your office is closed, and you must share it with us.
= Events outside anyone's control @fm
+ Neither of us is responsible for failing to do something because of an event outside our reasonable control, such as extreme weather, flooding, a pandemic or a public utility failure, as long as we tell the other as soon as possible and do what we reasonably can to limit the effect. If the event lasts more than 60 days, either of us may end this agreement by giving 30 days' notice.
= Changing this agreement @variation
+ Any change to this agreement must be in writing and signed by both of us.
+ If we want to add or remove a Site, we will tell you at least three months in advance and we will agree a fair change to the fee.
= Sorting out disagreements @disputes
+ If we disagree about anything in this agreement, our allotments officer and your manager will try to sort it out first. If they cannot, it will be referred to our Head of Parks and your chair.
+ If we still cannot agree, we will try mediation through a mediator we both accept, and each of us will attend the mediation and share the cost equally. If mediation does not work, either of us can take the matter to court.
= Ending this agreement @termination
+ Either of us can end this agreement by giving the other at least six months' notice in writing.
+ We can end this agreement straight away if you become insolvent or stop trading.
+ We can end this agreement, or take a Site out of it, on three months' notice if we need the land for another purpose and have the consent of the Secretary of State where the law requires it.
= What happens at the end @exit
+ When this agreement ends, you must hand back all keys, records, the waiting list and any money you hold for us within ten working days, and help us or a new manager take over the Sites smoothly.
+ If you stop managing a Site properly and Plot holders are affected, we may step in and manage it ourselves, or ask someone else to, until you are able to take it back. You must co-operate with us if this happens, and pay our reasonable extra costs.
= Staff transfer @tupe
+ No staff will transfer from us to you under the Transfer of Undertakings (Protection of Employment) Regulations 2006, and you are not taking on any of our former employees. When this agreement ends, you must give us information about your Staff if we need it to find out whether those regulations apply to a new manager.
= Passing on this agreement and subcontracting @subcontracting
+ You must not transfer this agreement to anyone else or subcontract any part of the work without our written permission. If we agree to a subcontract, you remain responsible for the subcontractor's work.
+ You must pay any subcontractor within 30 days of receiving a valid invoice.
= Notices @notices
+ Formal notices under this agreement must be in writing and sent by post or email to the addresses at the start of this agreement, or any other address we give each other.
= Other legal terms @general
+ This agreement is the whole agreement between us about managing the Sites.
+ Nobody else can enforce this agreement under the Contracts (Rights of Third Parties) Act 1999.
+ If one of us does not enforce a right straight away, that does not waive the right. If a court decides part of this agreement cannot be enforced, the rest still applies.
= Which law applies @law
+ This agreement is governed by the law of England and Wales, and the courts of England and Wales can decide any dispute about it.
PART: Signed
Signed for Hartwell Borough Council by the Head of Parks and Open Spaces, and for GreenPlot Community Services CIC by its director, on 10 March 2025.
SCHEDULE: Schedule 1 – The Sites
| Site | Plots | Notes |
| Beech Lane | 86 | Given to the Council in 1921 by the Hartwell family, to be used for allotments forever |
| Millbrook | 54 | Includes six raised-bed plots for disabled Plot holders |
| Station Road | 112 | Boundary survey due in 2026; part of the site lies in a flood zone |
| Upper Common | 40 | Soil contamination survey completed in 2023; no root crops on plots 31 to 40 |
SCHEDULE: Schedule 2 – Service standards
| What | Standard |
| Vacant plots re-let | Within 30 working days of becoming vacant, if anyone is on the waiting list |
| Plot inspections | At least four times a year |
| Water supply repairs | Within two working days of a leak being reported |
| Fly-tipped waste removed | Within five working days |
| Hedges cut | Twice a year, outside the bird nesting season |
| Rents paid in to the Council | At least weekly |
| Damaged fences repaired | Within ten working days |
| Padlocks changed after lost keys or a break-in | Within five working days |
| Shed and greenhouse requests decided | Within 20 working days |
| Open day for the public | At least one on each Site every summer, with hospitality for visitors such as tea and cake |
SCHEDULE: Schedule 3 – Payments
| Item | Amount |
| Annual management fee for all Sites | £48,600 |
| One-off handover payment | £3,500 |
| Each additional Site added during the agreement | To be agreed, based on the number of plots |
"""
    return dict(
        slug="c11-allotment-management", fmt="md", build="Markdown",
        setting="Allotment site management (English borough council, plain-English terms)",
        jurisdiction="England (local government, plain English)",
        authority="we / us / the Council", provider="you / the Provider / Staff",
        features="plain-English we/you drafting; almost no ethics obligations; gifts of land held on trust, gift aid, plot and waiting-list registers, residence declarations, boundary and soil surveys, open-day refreshments, Council members' register of interests as decoys; no breach-based termination",
        style=STYLE_PLAIN, markup=markup,
        verdicts=[
            ("gap", "no ethical standards; 'integrity of the water supply' (cl. {#services}.4) is a decoy"),
            ("gap", "no provider code; the bonfire 'Code of Practice' (cl. {#hs}.2) and the Council's codes of conduct (cl. {#conflicts}.2, A-side) are decoys"),
            ("gap", "cl. {#subcontracting} permission, responsibility and payment only"),
            ("gap", "cl. {#staff}.2 safe use of strimmers and chainsaws only"),
            ("gap", "no speaking-up route; cl. {#hs}.3 vandalism reporting and cl. {#conf}.2 press restriction are decoys"),
            ("weak", "cl. {#es06} 'You should take reasonable steps to prevent fraud' (permissive, reasonable steps)"),
            ("gap", "cl. {#foi} states only the Council's own FOI duty (A-side); no co-operation duty"),
            ("gap", "cl. {#audit} auditors check money only (financial)"),
            ("gap", "termination only on notice, insolvency or the land being needed (cl. {#termination}); no breach ground and no ethics remedy"),
            ("gap", "no assurance; insurance certificates (cl. {#insurance}) and the annual statement of rents (cl. {#audit}.2) are decoys"),
            ("weak", "cl. {#coi01} 'we encourage you to tell us and to work with us to manage it' (permissive)"),
            ("weak", "cl. {#coi01} the same permissive sentence covers managing the conflict; no direction or termination right"),
            ("gap", "no gifts control; gifts of land (cl. {#services}.6, Sch 1), gift aid (cl. {#rents}.3) and open-day hospitality for visitors (Sch 2) are decoys"),
            ("gap", "nothing on former officials; cl. {#tupe} 'former employees' is a TUPE decoy"),
            ("gap", "no provider declarations; plot and waiting-list registers and residence declarations (cl. {#waitinglist}) and the Council's own register (cl. {#conflicts}.2) are decoys"),
            ("gap", "no procurement-stage disclosure anywhere in {ALL}"),
            ("pass", "cl. {#cdm01} 'You, as the Provider, must run a complaints procedure' for Plot holders and Applicants, publicised and free"),
            ("weak", "cl. {#cdm02} complaints reported only 'if we ask' (on request)"),
            ("weak", "cl. {#cdm03} 'You may ask Plot holders for their views' (permissive), no reporting; cl. {#feedback}.2 is feedback on draft rules (decoy)"),
            ("weak", "cl. {#cdm04} 'We encourage you to co-operate' with the Council and the LGSCO (permissive)"),
            ("gap", "no analysis of Complaints or feedback anywhere in {ALL}"),
            ("weak", "cl. {#cdm06} 'You should try to reply to Complaints within 15 working days' (permissive)"),
        ])


# ---------------------------------------------------------------------------
# c12  English metropolitan borough – telecare alarm monitoring and mobile
# response.  ODT converted by LibreOffice from generated HTML.
# ---------------------------------------------------------------------------

def c12():
    ctx = dict(DEFAULT_CTX)
    ctx.update(P="Provider", A="Council", AGR="Contract", PSTAFF="Staff", U="Service Users",
               U1="Service User", CD="Commencement Date", INITIAL="fourth", SCD="1 November 2025",
               HOLIDAYS="England", CAP="1,500,000",
               LAWLIST="the Care Act 2014, the Health and Social Care Act 2008, the Equality Act 2010 and the Data Protection Legislation",
               BRIBERYACT="the Bribery Act 2010", AUDITBODY="the Council's external auditor",
               EXPERTBODY="the Centre for Effective Dispute Resolution", ARBBODY="the Chartered Institute of Arbitrators", SEAT="Manchester",
               PRECEDENCE="(a) the clauses; (b) Schedule 1 (Specification); (c) Schedule 2 (Performance and Reporting); (d) Schedule 3 (Prices); and (e) the Provider's tender",
               THIRDPARTY="A person who is not a Party has no right under the Contracts (Rights of Third Parties) Act 1999 to enforce any term of this Contract.",
               HSREG="the Health and Safety Executive", EQUALITYLAW="the Equality Act 2010",
               CHSCHED="Schedule 3", TENDER="the Provider's tender")
    defs = defs_text(
        ["Auditor", "Business Continuity Plan", "Change Control Procedure", "Charges",
         "Confidential Information", "Conflict of Interest", "Contract Year",
         "Data Protection Legislation", "Default", "Dispute Resolution Procedure",
         "Force Majeure Event", "Former Supplier", "Good Industry Practice", "Initial Term",
         "Insolvency Event", "Intellectual Property Rights", "Law", "Mobilisation Plan",
         "Personal Data", "Replacement Supplier", "Service Commencement Date", "Staffing Information",
         "Sub-contract", "Transfer Regulations", "Transferring Former Supplier Employees",
         "Working Day"], ctx,
        extra=[
            ("Alarm Call", "means any call or signal received by the Monitoring Centre from a Service User's alarm unit or sensor;"),
            ("Commencement Date", "means 1 August 2025;"),
            ("Complaint", "means any expression of dissatisfaction by or on behalf of a Service User about the Services, whether made orally or in writing;"),
            ("LGSCO", "means the Local Government and Social Care Ombudsman;"),
            ("Monitoring Centre", "means the Provider's alarm receiving centre from which the Services are delivered;"),
            ("Responder", "means a member of Staff who visits Service Users in response to Alarm Calls;"),
            ("Service User", "means a person living in the Council's area who has a telecare alarm connected to the Monitoring Centre under this Contract;"),
            ("Services", "means the telecare monitoring, mobile response and associated services described in Schedule 1;"),
            ("Specification", "means the specification in Schedule 1;"),
            ("Staff", fill(STAFF_DEF_OWN, ctx)),
        ])
    markup = """
TITLE: CONTRACT FOR TELECARE MONITORING AND MOBILE RESPONSE SERVICES
Calderbrook Metropolitan Borough Council – Adult Social Care – contract reference CMBC/ASC/TEC/2025
THIS CONTRACT is dated 18 July 2025 and is made between CALDERBROOK METROPOLITAN BOROUGH COUNCIL of Calderbrook Town Hall, Princess Street, Calderbrook CB1 1AB (the “Council”) and LIFELINE RESPONSE PARTNERSHIP LIMITED, a company registered in England and Wales under number 10554387, whose registered office is at Beacon House, 7 Canal Side, Marsworth MW4 8JQ (the “Provider”).
PART: BACKGROUND
(A) About 6,200 residents of the borough use a telecare alarm to summon help in an emergency. The Council funds the monitoring of those alarms and a mobile response service for residents who have no one nearby to respond.
(B) The Council has selected the Provider to deliver those services following a competitive procedure, and the telephone network in the borough is moving from analogue to digital lines during the Initial Term.
= DEFINITIONS AND INTERPRETATION @defs
+ In this Contract the following definitions apply:
""" + defs + "\n" + fill(LIB["interpretation"], ctx) + "\n" + fill(LIB["term"], ctx) + """
= THE SERVICES @services
+ The Provider shall provide the Services from the Service Commencement Date in accordance with the Specification, Good Industry Practice, the Law and the Quality Standards Framework published by the TEC Services Association, including its code of practice for telecare monitoring.
+ The Provider shall answer Alarm Calls twenty-four hours a day, every day of the year, and shall arrange an appropriate response to each call, including contacting a Service User's nominated responders, sending a Responder, or calling the emergency services.
+ The Provider shall support the Council's programme for moving Service Users from analogue to digital alarm units, including by testing each new unit with the Monitoring Centre on the day it is installed.
+ The Provider shall not sell any equipment or service to a Service User, and shall not ask any Service User to pay for any part of the Services.
= STAFF @staff
+ The Provider shall ensure that every member of Staff who visits Service Users' homes has an enhanced Disclosure and Barring Service check with a check of the adults' barred list, renewed every three years.
+ The Provider shall ensure that all Staff complete its induction programme and are appropriately trained and qualified for their roles. @es04
+ The Provider shall ensure that Responders are trained in moving and handling, the use of falls lifting equipment and basic life support, and that call handlers are trained in the Monitoring Centre's call handling software.
+ The Council may require the Provider to remove from the Services any member of Staff who does not hold a satisfactory enhanced Disclosure and Barring Service check or who is not competent to perform his or her role.
+ The Provider is encouraged to appoint a Speak Up champion for its Staff. @es05
= SAFEGUARDING @safeguarding
+ The Provider shall have a safeguarding policy consistent with the multi-agency safeguarding adults procedures for the borough, shall nominate a safeguarding lead, and shall make a safeguarding referral to the Council's adult social care team on the same day whenever a member of Staff believes that a Service User is at risk of abuse or neglect.
+ Staff shall not handle a Service User's money, bank cards or personal identification numbers, except in an emergency and with a record made immediately afterwards.
= PROVIDER STANDARDS @standards
+ The Provider shall meet the standards set out in the following table.
| Standard | Requirement @stdtable
| Seven Principles | The Provider shall comply with, and shall ensure that its Staff comply with, the Seven Principles of Public Life in delivering the Services. |
| Code of conduct | The Provider shall adopt and maintain a written code of conduct for Staff which covers honesty, respect for Service Users' homes and property, confidentiality and the handling of Service Users' money, and shall ensure that all Staff comply with it. |
| Gifts and hospitality | The Provider shall not offer any gift or hospitality to any officer of the Council involved in commissioning or managing this Contract, shall ensure that Staff do not accept gifts, loans or legacies from Service Users, and shall record any such offer in a gifts and hospitality register available to the Council. |
| Former Council officers | The Provider shall notify the Council before engaging, in any role connected with this Contract, any person who within the previous two years was employed by the Council in commissioning or procuring telecare services, and shall ensure that such a person does not use information obtained in that employment. |
| Declarations of interest | The Provider shall obtain from each of its directors and managers involved in decisions about the Services an annual declaration of interests, including nil declarations, shall keep a register of those declarations, and shall provide it to the Council on request and publish it on its website. |
| Annual assurance | Within twenty Working Days after each anniversary of the Commencement Date the Provider shall give the Council a statement signed by a director certifying that it has complied with the standards in this table and that it has in place the structures and arrangements needed to support those standards, including a named director responsible for ethics. |
+ The Provider shall use reasonable endeavours to prevent fraud, bribery and corruption by its Staff. @es06
+ The Provider has confirmed in its tender that it has not been convicted of any offence of bribery, corruption or fraud, and that none of the other exclusion grounds applied to it. @coi06
= SERVICE USER FEEDBACK AND COMPLAINTS @complaints
+ The Provider shall establish and operate a complaints procedure for Service Users, their families and representatives which is free of charge, can be used by telephone through the alarm unit itself as well as in writing, and is explained in the Service User handbook given to every new Service User. @cdm01
+ The Provider shall acknowledge each Complaint within three Working Days of receipt and shall give the complainant a full written response within twenty Working Days, or explain the reason for any delay and the date by which a response will be given. @cdm06
+ The Provider shall co-operate with the Council and the LGSCO in the investigation of any Complaint, including by answering questions, providing information and attending meetings, and shall implement any remedy which the LGSCO recommends or the Council agrees. @cdm04
+ The Provider shall carry out an annual survey of Service User satisfaction, using a questionnaire agreed with the Council, and shall report the results to the Council within one month of completing it. @cdm03
+ The Provider shall review Complaints and survey results each quarter to identify themes and root causes, and where overall satisfaction falls below ninety per cent the Provider shall investigate the cause and agree an action plan with the Council. @cdm05
= PERFORMANCE AND REPORTING @reporting
+ The Provider shall meet the performance standards in Schedule 2 and shall give the Council, within ten Working Days after the end of each quarter, a report covering Alarm Call volumes and answer times, Responder attendance times, Service User numbers, safeguarding referrals and the number of Complaints received, upheld, partially upheld and not upheld, with response times and themes. @cdm02
+ The Parties shall hold a contract review meeting each quarter to discuss the quarterly report.
""" + fill(LIBS["charges"], ctx) + "\n" + fill(LIB["insurance"], ctx) + "\n" + fill(LIBS["liability"], ctx) + "\n" + fill(LIBS["ipr"], ctx) + "\n" + fill(LIB["dp"], ctx) + "\n" + fill(LIBS["conf"], ctx) + """
= FREEDOM OF INFORMATION AND TRANSPARENCY @foi
+ The Provider acknowledges that the Council is subject to the Freedom of Information Act 2000 and the Environmental Information Regulations 2004.
+ The Council shall decide whether any information relating to this Contract is to be disclosed, may disclose information without consulting the Provider, and may publish this Contract on its website with commercially sensitive information redacted.
""" + fill(LIBS["records"], ctx, {"H_AUDIT": "+ The Council may also audit the Provider's compliance with this Contract, and the Provider shall give the Council reasonable access to its premises, systems, records and Staff for that purpose. @es08"}) + "\n" + fill(LIB["bcdr"], ctx) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["fm", "variation", "disputes"]) + """
= TERMINATION @termination
+ The Council may terminate this Contract by giving the Provider not less than six months' written notice.
+ The Council may terminate this Contract with immediate effect by written notice if the Provider commits a material breach of this Contract which is incapable of remedy or which it fails to remedy within thirty days of a notice requiring it to do so, or suffers an Insolvency Event. @es09
+ The Provider may terminate this Contract by ninety days' written notice if the Council fails to pay any undisputed sum within sixty days after its due date.
""" + "\n".join(fill(LIBS[k], ctx) for k in ["exit", "stepin", "tupe"]) + "\n" + fill(LIBS["assign"], ctx) + "\n" + "\n".join(fill(LIBS[k], ctx) for k in ["notices", "general", "law"]) + """
PART: SIGNATURES
Signed for Calderbrook Metropolitan Borough Council by the Director of Adult Social Care, and for Lifeline Response Partnership Limited by Marcus Delaney, Chief Executive.
SCHEDULE: SCHEDULE 1 – SPECIFICATION
= MONITORING
+ The Provider shall answer 97.5 per cent of Alarm Calls within sixty seconds and 99 per cent within three minutes, and shall keep a voice recording and electronic record of every Alarm Call for at least three years.
+ Call handlers shall have immediate access to each Service User's record, including medical conditions, key safe details, nominated responders and any agreed response plan.
+ The Provider shall make a welfare call to each Service User who has not triggered or tested the alarm for thirty days, and shall carry out a test call with each Service User every month.
= MOBILE RESPONSE
+ Responders shall attend non-injury falls and other urgent calls within forty-five minutes of the decision to send a Responder, and shall stay with the Service User until the Service User is safe or the emergency services have arrived.
+ Responders shall use lifting equipment to help a Service User who has fallen but is not injured, following the Provider's falls protocol, and shall record the outcome of every visit.
= DIGITAL SWITCHOVER
+ The Provider shall ensure that the Monitoring Centre can receive calls from digital alarm units using the protocols approved by the Council, and shall report weekly on the number of Service Users still using analogue units.
= SERVICE USER HANDBOOK
+ The Provider shall give each new Service User a handbook, in large print and other formats on request, explaining how the alarm works, how to test it, what happens when a call is made, and how to make a Complaint.
SCHEDULE: SCHEDULE 2 – PERFORMANCE AND REPORTING
| Measure | Standard |
| Alarm Calls answered within sixty seconds | 97.5% |
| Alarm Calls answered within three minutes | 99% |
| Responder attendance within forty-five minutes | 90% |
| Monthly test calls completed | 98% |
| Complaints acknowledged within three Working Days | 100% |
| Quarterly report received within ten Working Days | 100% |
SCHEDULE: SCHEDULE 3 – PRICES
| Element | Price (excluding VAT) |
| Monitoring, per Service User per week | £2.85 |
| Mobile response, per Service User per week | £3.40 |
| Responder visit outside the standard response area | £48.00 |
| Mobilisation, payable once | £25,000 |
SCHEDULE: SCHEDULE 4 – DATA PROCESSING
| Item | Details |
| Subject matter | Monitoring of telecare alarms and mobile response for Service Users |
| Duration | The term of this Contract and any period of exit assistance |
| Nature and purpose | Receiving, recording and responding to Alarm Calls; keeping Service User records; reporting to the Council |
| Types of Personal Data | Names, addresses, telephone numbers, key safe codes, health conditions, medication, next of kin and nominated responders |
| Categories of Data Subject | Service Users, their relatives, nominated responders and carers |
| Retention | Call recordings three years; Service User records returned to the Council on expiry |
"""
    return dict(
        slug="c12-telecare-monitoring", fmt="odt", build="ODT converted by LibreOffice from HTML",
        setting="Telecare alarm monitoring and mobile response (English metropolitan borough council)",
        jurisdiction="England (local government, adult social care)",
        authority="Council", provider="Provider / Staff / Responders",
        features="provider standards in a two-column table inside a clause; full user-complaint cluster; TSA code of practice, safeguarding referrals, exclusion-ground confirmation and Council-only FOI as decoys",
        style=STYLE_UK, markup=markup,
        verdicts=[
            ("pass", "cl. {#standards}.1 table row 'Seven Principles': Provider shall comply and ensure Staff comply with the Seven Principles"),
            ("pass", "cl. {#standards}.1 table row 'Code of conduct': Provider shall adopt and maintain a written code of conduct and ensure Staff comply"),
            ("gap", "cl. {#subcontracting} consent, liability, payment and insurance only; Staff defined as the Provider's own people"),
            ("weak", "cl. {#es04} generic induction programme and 'appropriately trained and qualified'; cl. {#staff}.3 technical training"),
            ("weak", "cl. {#es05} Provider 'is encouraged to appoint a Speak Up champion' (permissive); safeguarding referrals (cl. {#safeguarding}.1) are a decoy"),
            ("weak", "cl. {#es06} Provider 'shall use reasonable endeavours to prevent fraud, bribery and corruption'"),
            ("gap", "cl. {#foi} FOI acknowledgement and Council discretion only (A-side); no co-operation duty"),
            ("weak", "cl. {#es08} general audit of 'compliance with this Contract', no ethical topic named"),
            ("weak", "cl. {#es09} termination for material breach with no ethics link; Staff removal (cl. {#staff}.4) is for vetting or competence"),
            ("pass", "cl. {#standards}.1 table row 'Annual assurance': annual director-signed statement certifying compliance with the standards and supporting structures"),
            ("gap", "no duty to avoid or notify conflicts; only the 'Conflict of Interest' definition and precedence 'conflict' (cl. {#precedence}) (decoys)"),
            ("gap", "no conflict management or termination right anywhere in {ALL}"),
            ("pass", "cl. {#standards}.1 table row 'Gifts and hospitality': no gifts to Council officers, no gifts from Service Users, register"),
            ("pass", "cl. {#standards}.1 table row 'Former Council officers': notice before engaging recent commissioning staff; no use of information"),
            ("pass", "cl. {#standards}.1 table row 'Declarations of interest': annual declarations incl. nil, register provided and published"),
            ("gap", "cl. {#coi06} tender confirmation of no convictions/exclusion grounds only (decoy)"),
            ("pass", "cl. {#cdm01} free, accessible complaints procedure for Service Users, explained in the handbook"),
            ("pass", "cl. {#cdm02} quarterly report includes Complaints received, upheld/partially/not upheld, response times, themes"),
            ("pass", "cl. {#cdm03} annual Service User satisfaction survey reported to the Council"),
            ("pass", "cl. {#cdm04} co-operation with the Council and LGSCO and implementation of remedies"),
            ("pass", "cl. {#cdm05} quarterly review of Complaints and survey themes; action plan below 90% satisfaction"),
            ("pass", "cl. {#cdm06} acknowledge within three Working Days, respond within twenty, delays explained"),
        ])


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------

CONTRACT_FUNCS = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12]


def build_contracts():
    """Return the twelve contracts with parsed blocks and resolved verdict lines."""
    out = []
    for fn in CONTRACT_FUNCS:
        c = fn()
        blocks, refs, resolve = parse(c["markup"], c["style"])
        c["blocks"] = blocks
        c["refs"] = refs
        if len(c["verdicts"]) != len(RULES):
            raise ValueError("%s: %d verdicts" % (c["slug"], len(c["verdicts"])))
        last = max(int(b["ref"]) for b in blocks if b["t"] == "h1" and not b["sched"])
        scope = ("Sections 1-%d and the Exhibits" if c["style"] is STYLE_US else "cl. 1-%d and the schedules") % last
        c["expected"] = [(rule, v, resolve(reason.replace("{ALL}", scope)))
                         for rule, (v, reason) in zip(RULES, c["verdicts"])]
        out.append(c)
    return out
