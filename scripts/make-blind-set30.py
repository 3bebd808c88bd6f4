#!/usr/bin/env python3
"""Build blind fixture set 30: 24 whole contracts assembled by a seeded generator from a clause bank.

Run from the repository root:  python3 scripts/make-blind-set30.py
Deletes and rebuilds fixtures/blind/set30/, writes its README, checks the set and exits non-zero on
any failure.  The clause bank (written from ../shared/rule-catalogue.md alone) is in
scripts/blind_set30_bank.py; every bank entry records the rule(s) it affects and the verdict it gives,
so each contract's 22 verdicts are a function of the entries chosen for it (pass beats weak beats gap).

Formats: 4 DOCX by python-docx (Title, Heading 1, List Number, Table Grid), 4 DOCX and 6 ODT written
by LibreOffice from generated HTML (soffice --headless, private profile), 5 plain text, 5 Markdown.
Only zip timestamps and volatile ids/dates are normalised afterwards so two runs are byte-identical.

Checks: 22 lines per .expected in catalogue order; every rule at least 3 pass, 2 weak and 4 gap over
the set; every "double-quoted" evidence piece occurs in the text extracted from the produced file
(independent unzip/XML extraction for DOCX/ODT, markup-stripped text for Markdown); no unfilled
placeholder; 800-2,000 words per contract; the format mix; the bank's per-rule minimums.
"""
import hashlib
import html
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from xml.etree import ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_set30_bank import BANK  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set30")
SEED = 30030
LO_PROFILE = "file:///tmp/lo30"
FIXED = (1980, 1, 1, 0, 0, 0)
FIXED_W3C = "2026-01-12T09:00:00Z"
FIXED_ODF = "2026-01-12T09:00:00"
EPOCH = "1768208400"
WORDS_MIN, WORDS_MAX = 800, 2000
RULES = ["ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
         "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
         "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06"]
RANK = {"gap": 0, "weak": 1, "pass": 2}
FORMATS = ["docx-py"] * 4 + ["docx-lo"] * 4 + ["odt-lo"] * 6 + ["txt"] * 5 + ["md"] * 5
# per rule over 24 contracts (seeded per rule): 4-6 empty (absent), 2 negated, 2 decoy, 2 wrong party, 2-3 weak,
# 1-3 weak+pass, the rest pass

TOPIC = {
    "ES-01": "observe the Seven Principles of Public Life", "ES-02": "comply with a code of conduct",
    "ES-03": "flow ethical obligations down to subcontractors", "ES-04": "train staff on ethics",
    "ES-05": "offer a speaking-up route or protect whistleblowers", "ES-06": "prevent and report bribery and fraud",
    "ES-07": "co-operate with transparency and FOI duties", "ES-08": "monitoring of ethical compliance",
    "ES-09": "remedies for ethical breach", "ES-10": "give periodic ethical assurance",
    "COI-01": "avoid and notify conflicts of interest", "COI-02": "manage conflicts as directed (or authority may terminate)",
    "COI-03": "control gifts and hospitality", "COI-04": "disclose or restrict engagement of former office holders",
    "COI-05": "keep a declarations of interests register", "COI-06": "confirm procurement-stage disclosure",
    "CDM-01": "run a service-user complaints procedure", "CDM-02": "report complaint data periodically",
    "CDM-03": "collect and report user satisfaction", "CDM-04": "co-operate with the Ombudsman",
    "CDM-05": "learn from complaints", "CDM-06": "meet complaint-handling timescales"}

GROUPS = [
    (["Standards of Conduct", "Ethical Standards", "Conduct and Integrity"], ["ES-01", "ES-02", "ES-03", "ES-04"]),
    (["Speaking Up", "Whistleblowing", "Raising Concerns"], ["ES-05"]),
    (["Anti-Bribery and Fraud", "Prevention of Fraud and Bribery", "Corrupt Practices"], ["ES-06"]),
    (["Transparency and Freedom of Information", "Access to Information", "Openness"], ["ES-07"]),
    (["Monitoring, Assurance and Remedies", "Contract Management and Assurance", "Compliance"], ["ES-08", "ES-09", "ES-10"]),
    (["Conflicts of Interest", "Interests and Declarations", "Probity"], ["COI-01", "COI-02", "COI-05", "COI-06"]),
    (["Gifts, Hospitality and Former Officers", "Gifts and Employment Restrictions", "Benefits and Appointments"], ["COI-03", "COI-04"]),
    (["Complaints", "Complaints and Redress", "Concerns and Complaints"], ["CDM-01", "CDM-02", "CDM-04", "CDM-06"]),
    (["Service User Feedback and Improvement", "Quality and Learning", "Listening to Service Users"], ["CDM-03", "CDM-05"]),
]

UK = dict(wd="Working Days", FOIEIR_tail=" or {EIR}")
TRADS = {
    "eng_la": dict(name="English local authority", labels=["Provider", "you", "Operator", "Contractor"], AL="Council",
                   auth=["Thornbury Borough Council", "Wealdmere District Council", "Castlebrook County Council"],
                   prov=["Brightwater Community Interest Company", "Hallam Care Partnership Limited", "Riverside Leisure Trust"],
                   staff="Staff", sub="Sub-contractors", sub1="Sub-contractor", wd="Working Days",
                   FOI="the Freedom of Information Act 2000", EIR="the Environmental Information Regulations 2004",
                   OMB="the Local Government and Social Care Ombudsman",
                   CREGS="the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009",
                   WB="the Public Interest Disclosure Act 1998", BRIBERY="the Bribery Act 2010",
                   CODE="the Council's Supplier Code of Conduct", law="the law of England and Wales", kind="Contract",
                   title="Contract for the Provision of {subject}"),
    "nhs": dict(name="NHS", labels=["Provider", "Provider", "Service Provider"], AL="Commissioner",
                auth=["NHS Kestrel Valley Integrated Care Board", "NHS Wolds and Coast Integrated Care Board"],
                prov=["Meridian Community Health CIC", "Harbour Lane Health Services Limited"],
                staff="Staff", sub="Sub-contractors", sub1="Sub-contractor", wd="Operational Days",
                FOI="the Freedom of Information Act 2000", EIR="the Environmental Information Regulations 2004",
                OMB="the Parliamentary and Health Service Ombudsman",
                CREGS="the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009",
                WB="the Public Interest Disclosure Act 1998", BRIBERY="the Bribery Act 2010",
                CODE="the HM Government Supplier Code of Conduct", law="the law of England and Wales", kind="Contract",
                title="NHS Services Contract: {subject}"),
    "ccs": dict(name="Crown Commercial", labels=["Supplier"], AL="Buyer",
                auth=["the Department for Community Resilience", "the Ministry of Regional Services"],
                prov=["Northgate Facilities Services Limited", "Albion Support Solutions plc"],
                staff="Supplier Staff", sub="Subcontractors", sub1="Subcontractor", wd="Working Days",
                FOI="the FOIA", EIR="the Environmental Information Regulations 2004",
                OMB="the Parliamentary and Health Service Ombudsman",
                CREGS="the Buyer's service user complaints standard", WB="the Public Interest Disclosure Act 1998",
                BRIBERY="the Bribery Act 2010", CODE="the Supplier Code of Conduct", law="the law of England and Wales",
                kind="Call-Off Contract", title="Call-Off Contract: {subject}"),
    "scot": dict(name="Scottish", labels=["Provider", "Service Provider"], AL="Council",
                 auth=["Glenmorie Council", "Strathallan Council"],
                 prov=["Lochside Support Services SCIO", "Ben Ardan Care Limited"],
                 staff="Staff", sub="Sub-contractors", sub1="Sub-contractor", wd="Working Days",
                 FOI="the Freedom of Information (Scotland) Act 2002", EIR="the Environmental Information (Scotland) Regulations 2004",
                 OMB="the Scottish Public Services Ombudsman", CREGS="the SPSO Model Complaints Handling Procedure",
                 WB="the Public Interest Disclosure Act 1998", BRIBERY="the Bribery Act 2010",
                 CODE="the Council's Supplier Code of Conduct", law="the law of Scotland", kind="Minute of Agreement",
                 title="Minute of Agreement for {subject}"),
    "wales": dict(name="Welsh", labels=["Grantee", "Provider"], AL="Council",
                  auth=["Bryncoed County Borough Council", "Cwm Taran County Council"],
                  prov=["Menter Glan-yr-Afon Cyf", "Valleys Together Trust"],
                  staff="Staff", sub="Sub-contractors", sub1="Sub-contractor", wd="Working Days",
                  FOI="the Freedom of Information Act 2000", EIR="the Environmental Information Regulations 2004",
                  OMB="the Public Services Ombudsman for Wales",
                  CREGS="the Social Services Complaints Procedure (Wales) Regulations 2014",
                  WB="the Public Interest Disclosure Act 1998", BRIBERY="the Bribery Act 2010",
                  CODE="the Council's Supplier Code of Conduct", law="the law of England and Wales as applied in Wales",
                  kind="Agreement", title="Grant Agreement: {subject}"),
    "irl": dict(name="Irish", labels=["Service Provider", "Contractor"], AL="Council",
                auth=["Ballinacurra County Council", "Dunmore City and County Council"],
                prov=["Slaney Community Services CLG", "Corrib Care Partners Limited"],
                staff="Staff", sub="Sub-contractors", sub1="Sub-contractor", wd="Working Days",
                FOI="the Freedom of Information Act 2014", EIR="the European Communities (Access to Information on the Environment) Regulations 2007",
                OMB="the Office of the Ombudsman", CREGS="the Council's Customer Complaints Policy",
                WB="the Protected Disclosures Act 2014", BRIBERY="the Criminal Justice (Corruption Offences) Act 2018",
                CODE="the Council's Supplier Code of Conduct", law="the laws of Ireland", kind="Contract",
                title="Services Contract: {subject}"),
    "aus": dict(name="Australian (NSW)", labels=["Contractor", "you"], AL="Council",
                auth=["Yarrabee Shire Council", "Coolamon Heads City Council"],
                prov=["Saltbush Community Services Ltd", "Gumtree Access Pty Ltd"],
                staff="Personnel", sub="subcontractors", sub1="subcontractor", wd="business days",
                FOI="the Government Information (Public Access) Act 2009 (NSW)", EIR="",
                OMB="the NSW Ombudsman", CREGS="the NSW Ombudsman's complaint management guidelines",
                WB="the Public Interest Disclosures Act 2022 (NSW)", BRIBERY="the Crimes Act 1900 (NSW)",
                CODE="the NSW Government Supplier Code of Conduct", law="the laws of New South Wales", kind="Agreement",
                title="Services Agreement: {subject}"),
    "nz": dict(name="New Zealand", labels=["Supplier", "you"], AL="Council",
               auth=["Kowhai Bay District Council", "Matariki Plains District Council"],
               prov=["Tui Community Trust", "Harbourside Services Limited"],
               staff="Personnel", sub="subcontractors", sub1="subcontractor", wd="working days",
               FOI="the Local Government Official Information and Meetings Act 1987", EIR="",
               OMB="the Ombudsman", CREGS="the Council's complaints policy",
               WB="the Protected Disclosures (Protection of Whistleblowers) Act 2022",
               BRIBERY="the Crimes Act 1961 and the Secret Commissions Act 1910",
               CODE="the Council's Supplier Code of Conduct", law="the laws of New Zealand", kind="Contract",
               title="Short-Form Services Contract: {subject}"),
    "can": dict(name="Canadian (Ontario)", labels=["Service Provider", "Operator"], AL="City",
                auth=["The Corporation of the City of Harrow Falls", "The Corporation of the Town of Ardmore Bay"],
                prov=["Lakehead Community Services Inc.", "Northern Pines Support Network"],
                staff="Personnel", sub="subcontractors", sub1="subcontractor", wd="business days",
                FOI="the Municipal Freedom of Information and Protection of Privacy Act", EIR="",
                OMB="the Ombudsman Ontario", CREGS="the feedback requirements of the Accessibility for Ontarians with Disabilities Act, 2005",
                WB="the City's Disclosure of Wrongdoing and Reprisal Protection Policy", BRIBERY="the Criminal Code (Canada)",
                CODE="the City's Supplier Code of Conduct", law="the laws of the Province of Ontario", kind="Agreement",
                title="Purchase of Service Agreement: {subject}"),
    "us": dict(name="US county (Oregon)", labels=["Contractor", "Contractor"], AL="County",
               auth=["Marlow County, a political subdivision of the State of Oregon", "Cascade Ridge County, Oregon"],
               prov=["Willamette Family Services, Inc.", "High Desert Outreach, LLC"],
               staff="Personnel", sub="subcontractors", sub1="subcontractor", wd="business days",
               FOI="the Oregon Public Records Law", EIR="",
               OMB="the State Ombudsman", CREGS="the County's grievance procedure for program participants",
               WB="the State whistleblower protection laws", BRIBERY="applicable federal and state anti-bribery laws",
               CODE="the County's Vendor Code of Ethics", law="the laws of the State of Oregon", kind="Contract",
               title="Personal Services Contract: {subject}"),
}

SERVICES = [
    ("community-meals", "Community Meals Service"), ("youth-work", "Detached Youth Work"),
    ("carers-respite", "Carers' Respite Breaks"), ("homelessness-outreach", "Street Homelessness Outreach"),
    ("library-home-delivery", "Library Home Delivery"), ("leisure-centre", "Operation of Riverside Leisure Centre"),
    ("school-travel-escorts", "School Travel Escorts"), ("stop-smoking", "Community Stop Smoking Service"),
    ("debt-advice", "Debt and Money Advice"), ("supported-living", "Supported Living for Adults with Learning Disabilities"),
    ("day-opportunities", "Day Opportunities for Older People"), ("home-care", "Home Care and Reablement"),
    ("sexual-health", "Integrated Sexual Health Service"), ("community-transport", "Dial-a-Ride Community Transport"),
    ("tenancy-sustainment", "Tenancy Sustainment Support"), ("befriending", "Telephone Befriending"),
    ("advocacy", "Independent Advocacy"), ("falls-prevention", "Falls Prevention Classes"),
    ("family-hubs", "Family Hub Outreach"), ("employment-support", "Supported Employment"),
    ("substance-misuse", "Adult Substance Misuse Recovery Service"), ("home-adaptations", "Minor Home Adaptations"),
    ("refugee-resettlement", "Refugee Resettlement Casework"), ("domestic-abuse", "Domestic Abuse Community Support"),
]


# ---------------------------------------------------------------- placeholders
def context(trad, label, auth, prov):
    t = TRADS[trad]
    you = label == "you"
    AL = t["AL"]
    c = {
        "P": "you" if you else "the " + label, "P_": "You" if you else "The " + label,
        "Ps": "your" if you else "the %s's" % label, "its": "your" if you else "its", "it": "you" if you else "it",
        "it_obj": "you" if you else "it",
        "s": "" if you else "s", "es": "" if you else "es", "is": "are" if you else "is", "has": "have" if you else "has",
        "it_has": "you have" if you else "it has", "P_has": "you have" if you else "the %s has" % label,
        "PL": "You" if you else label,
        "A": "the " + AL, "A_": "The " + AL, "Ao": "the " + AL, "As": "the %s's" % AL, "AL": AL,
        "Staff": t["staff"], "Sub": t["sub"], "Sub1": t["sub1"], "WD": t["wd"],
        "FOI": t["FOI"], "EIR": t["EIR"] or t["FOI"], "OMB": t["OMB"], "CREGS": t["CREGS"], "WB": t["WB"],
        "BRIBERY": t["BRIBERY"], "CODE": t["CODE"], "LAW": t["law"], "AUTH": auth, "PROV": prov,
    }
    c["_agreement"] = "Agreement" in t["kind"]
    c["FOIEIR"] = t["FOI"] + (" or " + t["EIR"] if t["EIR"] else "")
    c["CUR"] = {"irl": "EUR ", "aus": "A$", "nz": "NZ$", "can": "C$", "us": "US$"}.get(trad, "\u00a3")
    return c


def fill(s, ctx):
    out = re.sub(r"\{(\w+)\}", lambda m: str(ctx[m.group(1)]), s)
    if ctx.get("_agreement"):
        out = re.sub(r"\b(this|This|the|The) Contract\b", r"\1 Agreement", out)
    if "{" in out or "}" in out:
        raise SystemExit("unfilled placeholder: " + out)
    return out


def cap(s):
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------- boilerplate (neutral but tempting)
# each: heading, [clauses], {rule: (evidence, why)} for the look-alikes it contains
BOILER = {
    "payment": (["Charges and Payment", "Price and Payment", "Funding"], [
        "{A_} shall pay the Charges set out in Schedule 1 within 30 days of receipt of a valid and undisputed invoice.",
        "The Charges are fixed for the first year of the Term and shall then be reviewed each year in line with inflation.",
        "{P_} shall submit invoices monthly in arrears, quoting the purchase order number."],
        {"CDM-06": ("within 30 days of receipt of a valid and undisputed invoice", "payment terms")}),
    "insurance": (["Insurance"], [
        "{P_} shall maintain public liability insurance of not less than {CUR}5 million for any one claim, employer's liability "
        "insurance as required by law, and professional indemnity insurance appropriate to the Services.",
        "{P_} shall produce the insurance certificates to {Ao} on request."], {}),
    "data": (["Data Protection", "Personal Information", "Privacy"], [
        "Each party shall comply with its obligations under data protection legislation in relation to personal data "
        "processed under this Contract.",
        "{P_} shall process personal data only on the documented instructions of {Ao}, shall keep it secure and shall "
        "notify {Ao} without undue delay on becoming aware of any personal data breach."], {}),
    "tupe": (["Staff Transfer", "Employment Matters"], [
        "The parties do not expect any employees to transfer under the Transfer of Undertakings (Protection of Employment) "
        "Regulations 2006 at the Start Date or on expiry.",
        "{P_} shall provide anonymised workforce information to {Ao} within 20 days of a request made in the last six months of the Term."],
        {"COI-04": ("Transfer of Undertakings (Protection of Employment)", "TUPE staff transfer")}),
    "audit": (["Records and Audit of Accounts", "Financial Records", "Accounts and Records"], [
        "{P_} shall keep full and accurate accounts of the Charges and all money received under this Contract for six years "
        "after the end of the Term.",
        "{A_} may examine those accounts on reasonable notice solely for the purpose of verifying the Charges."],
        {"ES-08": ("solely for the purpose of verifying the Charges", "financial-only audit")}),
    "fm": (["Force Majeure", "Events Beyond Control"], [
        "Neither party shall be liable for any delay or failure caused by an event beyond its reasonable control, including "
        "flood, fire, epidemic, armed conflict, terrorism or the failure of a public utility.",
        "The affected party shall notify the other promptly and shall take reasonable steps to mitigate the effects of the event."],
        {"COI-01": ("armed conflict", "force majeure wording")}),
    "termination": (["Termination", "Ending this Contract", "Expiry and Termination"], [
        "{A_} may terminate this Contract for convenience at any time by giving not less than three months' written notice.",
        "On expiry or termination {P} shall co-operate in the orderly transfer of the Services and return all property of {A}."],
        {"ES-09": ("terminate this Contract for convenience", "termination for convenience"),
         "COI-02": ("terminate this Contract for convenience", "termination for convenience")}),
    "disputes": (["Dispute Resolution", "Disputes"], [
        "The parties shall try to resolve any dispute by negotiation between their contract managers within 20 days.",
        "Any dispute not resolved by negotiation shall be referred to mediation and, failing that, to the courts having "
        "jurisdiction under {LAW}."],
        {"CDM-04": ("shall be referred to mediation", "dispute resolution between the parties")}),
    "general": (["General", "Miscellaneous"], [
        "This Contract is governed by {LAW}.",
        "No variation of this Contract is effective unless it is in writing and signed by both parties.",
        "Any notice under this Contract shall be in writing and delivered by hand, by post or by email to the address of the other party."],
        {}),
}
PRECEDENCE = ("In the event of any conflict or inconsistency between the clauses and the Schedules, the clauses prevail.",
              {"COI-01": ("conflict or inconsistency between the clauses and the Schedules", "precedence wording")})


# ---------------------------------------------------------------- planning
def plan():
    rng = random.Random(SEED)
    trads = []
    keys = list(TRADS)
    while len(trads) < 24:
        k = keys[:]
        rng.shuffle(k)
        trads += k
    trads = trads[:24]
    fmts = FORMATS[:]
    rng.shuffle(fmts)
    services = SERVICES[:]
    rng.shuffle(services)
    # slots per rule
    slots = {}
    for r in RULES:
        n_empty, n_weak, n_wp = rng.choice([4, 5, 5, 6]), rng.choice([2, 3, 3]), rng.choice([1, 2, 2, 3])
        s = ["empty"] * n_empty + ["neg"] * 2 + ["decoy"] * 2 + ["wrong"] * 2 + ["weak"] * n_weak + ["weak+pass"] * n_wp
        s += ["pass"] * (24 - len(s))
        rng.shuffle(s)
        slots[r] = s
    queues = {}
    for r in RULES:
        for kind in ("pass", "weak", "neg", "decoy", "wrong"):
            q = [e for e in BANK if e["rule"] == r and e["kind"] == kind]
            rng.shuffle(q)
            queues[(r, kind)] = q
    pos = {k: 0 for k in queues}

    used = set()

    def take(r, kind, trad):
        q = queues[(r, kind)]
        for e in q:  # an entry written for this tradition is used first, once
            if e["trad"] and trad in e["trad"] and id(e) not in used:
                used.add(id(e))
                q.remove(e)
                q.append(e)
                return e
        for i in range(len(q)):
            e = q[(pos[(r, kind)] + i) % len(q)]
            if e["trad"] is None or trad in e["trad"]:
                q.append(q.pop((pos[(r, kind)] + i) % len(q)))  # rotate: chosen entry goes to the back
                return e
        raise SystemExit("no bank entry for %s %s %s" % (r, kind, trad))

    seen_trad = {}
    contracts = []
    for i in range(24):
        trad = trads[i]
        t = TRADS[trad]
        n = seen_trad.get(trad, 0)
        seen_trad[trad] = n + 1
        label = t["labels"][n % len(t["labels"])]
        auth = t["auth"][n % len(t["auth"])]
        prov = t["prov"][n % len(t["prov"])]
        short, subject = services[i]
        entries = []
        for r in RULES:
            kind = slots[r][i]
            if kind == "empty":
                continue
            if kind == "weak+pass":
                entries += [take(r, "weak", trad), take(r, "pass", trad)]
            else:
                entries.append(take(r, kind, trad))
                if kind in ("pass", "weak") and rng.random() < 0.3:
                    entries.append(take(r, "decoy", trad))
        rng.shuffle(entries)
        contracts.append(dict(n=i + 1, trad=trad, label=label, auth=auth, prov=prov, short=short, subject=subject,
                              fmt=fmts[i], entries=entries, slots={r: slots[r][i] for r in RULES},
                              rng=random.Random(SEED * 100 + i)))
    return contracts


def assemble(c):
    """Turn a planned contract into a document model with numbered clauses; record each entry's location."""
    rng = c["rng"]
    t = TRADS[c["trad"]]
    ctx = context(c["trad"], c["label"], c["auth"], c["prov"])
    c["ctx"] = ctx
    you = c["label"] == "you"
    doc = {"title": fill(t["title"], dict(ctx, subject=c["subject"])), "front": [], "sections": [], "schedules": []}
    date = "%d %s 2026" % (rng.randint(1, 28), rng.choice(["January", "February", "March", "April", "May", "June"]))
    if you:
        doc["front"] = [
            "These terms are made on %s between %s (the \"%s\") and %s, the organisation named in the order form, referred to "
            "in these terms as \"you\"." % (date, c["auth"], t["AL"], c["prov"]),
            "They set out what you must do when you deliver the Services for the %s." % t["AL"]]
    else:
        doc["front"] = [
            "This %s is dated %s and is made between:" % (t["kind"], date),
            "(1) %s (the \"%s\"); and" % (c["auth"], t["AL"]),
            "(2) %s (the \"%s\")." % (c["prov"], c["label"])]
    where = {}  # id(entry) -> location string
    boiler_decoys = []  # (rule, ev, loc, why)

    # definitions
    defs = [
        "\"Services\" means the %s described in Schedule 1." % c["subject"].lower().replace("riverside", "Riverside"),
        "\"Service User\" means any person who receives or is eligible to receive the Services.",
        "\"%s\" means all persons employed or engaged by %s in delivering the Services." % (t["staff"], ctx["P"]),
        "\"%s\" means a day other than a Saturday, Sunday or public holiday." % cap(t["wd"]),
        "\"Term\" means three years from the Start Date unless ended earlier under this Contract."]
    extra = []
    if rng.random() < 0.5:
        extra.append("\"Conflict of Interest\" means a conflict between the financial or personal duties of %s and %s duties "
                     "under this Contract." % (ctx["P"], ctx["its"]))
    if rng.random() < 0.5:
        extra.append("\"Prohibited Act\" means offering or giving any person any financial or other advantage as an inducement "
                     "to improperly perform a relevant function.")
    defs += extra
    def_entries = [e for e in c["entries"] if e["form"][0] == "p" and e["form"][1].startswith('"')]
    defs += [fill(e["form"][1], ctx) for e in def_entries]
    sec_def = {"heading": rng.choice(["Definitions and Interpretation", "Interpretation"]), "clauses": []}
    sec_def["clauses"].append({"kind": "list", "text": "In this %s:" % t["kind"], "items": [fill(d, ctx) for d in defs], "defs": True})
    prec = rng.random() < 0.6
    if prec:
        sec_def["clauses"].append({"kind": "p", "text": PRECEDENCE[0], "decoys": PRECEDENCE[1]})
    sec_srv = {"heading": rng.choice(["The Services", "Provision of the Services", "Scope"]), "clauses": [
        {"kind": "p", "text": fill("{P_} shall provide the Services in accordance with Schedule 1 from the Start Date for the Term.", ctx)},
        {"kind": "p", "text": fill("{P_} shall appoint a contract manager who will be the main point of contact for {Ao}.", ctx)}]}

    def boiler(key):
        heads, cls, decoys = BOILER[key]
        return {"heading": rng.choice(heads), "clauses": [{"kind": "p", "text": fill(x, ctx)} for x in cls],
                "decoys": {r: (fill(ev, ctx), why) for r, (ev, why) in decoys.items()}}

    # rule groups
    group_of = {}
    for gi, (heads, rules) in enumerate(GROUPS):
        for r in rules:
            group_of[r] = gi
    group_secs = {}
    table_rows = []
    sched_paras = []
    for e in c["entries"]:
        form = e["form"]
        if e in def_entries:
            where[id(e)] = "clause 1.1 (definitions)"
            continue
        if form[0] == "row":
            table_rows.append(e)
            continue
        if form[0] == "p" and rng.random() < 0.12:
            sched_paras.append(e)
            continue
        gi = "ops" if e["kind"] == "decoy" else group_of[e["rule"]]
        group_secs.setdefault(gi, []).append(e)
    middle = []
    for gi in sorted(group_secs, key=str):
        heads, rules = GROUPS[gi] if gi != "ops" else (["Operational Requirements", "Service Delivery", "Operational Matters"], RULES)
        es = sorted(group_secs[gi], key=lambda e: rules.index(e["rule"]) if rng.random() < 0.7 else rng.random() * 4)
        middle.append({"heading": rng.choice(heads), "entries": es})
    for key in ("insurance", "data", "audit", "fm"):
        middle.append(boiler(key))
    if rng.random() < 0.6:
        middle.append(boiler("tupe"))
    rng.shuffle(middle)
    sections = [sec_def, sec_srv, boiler("payment")] + middle + [boiler("termination"), boiler("disputes"), boiler("general")]

    def entry_clause(e):
        f = e["form"]
        if f[0] == "p":
            return {"kind": "p", "text": cap(fill(f[1], ctx)), "entry": e}
        return {"kind": "list", "text": cap(fill(f[1], ctx)), "items": [fill(x, ctx) for x in f[2]], "entry": e}

    for n, s in enumerate(sections, 1):
        s["num"] = str(n)
        if "entries" in s:
            s["clauses"] = [entry_clause(e) for e in s.pop("entries")]
        for m, cl in enumerate(s["clauses"], 1):
            cl["num"] = "%d.%d" % (n, m)
            if "entry" in cl:
                where[id(cl["entry"])] = "clause " + cl["num"]
            for r, (ev, why) in (cl.get("decoys") or {}).items():
                boiler_decoys.append((r, ev, "clause " + cl["num"], why))
        for r, (ev, why) in (s.get("decoys") or {}).items():
            # the clause holding the look-alike
            for cl in s["clauses"]:
                if ev in cl["text"]:
                    boiler_decoys.append((r, ev, "clause " + cl["num"], why))
                    break
    doc["sections"] = sections

    # schedules
    sch = [{"num": "Schedule 1", "heading": "The Services", "clauses": [
        {"kind": "p", "num": "S1.1", "text": "%s shall deliver the %s to Service Users across the %s's area, as described in "
         "%s method statement, for the Charges of %s%s a year." % (cap(ctx["P"]), c["subject"],
                                                                 t["AL"], ctx["its"], ctx["CUR"], rng.choice(["84,000", "126,500", "212,750", "48,300"]))}]}]
    if table_rows:
        rows = []
        for k, e in enumerate(table_rows, 1):
            _, duty, party, when = e["form"]
            rows.append(("T%d" % k, fill(duty, ctx), fill(party, ctx), when))
            where[id(e)] = "Schedule %d, row T%d" % (len(sch) + 1, k)
        sch.append({"num": "Schedule %d" % (len(sch) + 1), "heading": rng.choice(["Obligations Table", "Responsibilities Matrix",
                                                                                 "Service Obligations"]),
                    "lead": "Each obligation below is to be performed by the party named in the Responsible party column.",
                    "rows": rows})
    if sched_paras:
        num = len(sch) + 1
        cls = []
        for k, e in enumerate(sched_paras, 1):
            cls.append({"kind": "p", "num": "S%d.%d" % (num, k), "text": cap(fill(e["form"][1], ctx)), "entry": e})
            where[id(e)] = "Schedule %d, paragraph S%d.%d" % (num, num, k)
        sch.append({"num": "Schedule %d" % num, "heading": rng.choice(["Service Standards", "Additional Conditions"]),
                    "clauses": cls})
    doc["schedules"] = sch
    c["doc"] = doc
    c["where"] = where
    c["boiler_decoys"] = boiler_decoys


def verdicts(c):
    ctx = c["ctx"]
    lines, result = [], {}
    for r in RULES:
        hits = [e for e in c["entries"] if r in e["affects"]]
        hits.sort(key=lambda e: -RANK[e["affects"][r]])
        v = hits[0]["affects"][r] if hits else "gap"
        result[r] = v
        parts = []
        for e in hits:
            ev = fill(e["ev"], ctx)
            why = e["why"] if e["rule"] == r else "%s (entry for %s)" % (e["why"], e["rule"])
            if RANK[e["affects"][r]] < RANK[v]:
                why = "also: " + why
            parts.append('%s: "%s" (%s)' % (c["where"][id(e)], ev, why))
        if not hits:
            if r == "ES-08":
                parts.append("absent: no right for the authority to monitor or audit ethical compliance")
            elif r == "ES-09":
                parts.append("absent: no remedy for the authority for an ethical breach")
            else:
                parts.append("absent: nothing binds the provider to %s" % TOPIC[r])
        if v == "gap":
            for rr, ev, loc, why in c["boiler_decoys"]:
                if rr == r:
                    parts.append('%s: "%s" (boilerplate %s, decoy)' % (loc, ev, why))
        lines.append("%s %s  # %s" % (r, v, "; ".join(parts)))
    c["verdicts"] = result
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- renderers
def render_txt(doc):
    w = textwrap.TextWrapper(width=92, break_long_words=False, break_on_hyphens=False)
    out = [doc["title"].upper(), ""]
    for f in doc["front"]:
        out += w.wrap(f) + [""]
    for s in doc["sections"] + doc["schedules"]:
        head = ("%s. %s" % (s["num"], s["heading"].upper())) if not s["num"].startswith("Schedule") else \
            "%s - %s" % (s["num"].upper(), s["heading"].upper())
        out += [head, ""]
        if s.get("lead"):
            out += w.wrap(s["lead"]) + [""]
        for cl in s.get("clauses", []):
            lw = textwrap.TextWrapper(width=92, initial_indent=cl["num"] + "  ", subsequent_indent=" " * (len(cl["num"]) + 2),
                                      break_long_words=False, break_on_hyphens=False)
            out += lw.wrap(cl["text"])
            for k, it in enumerate(cl.get("items", [])):
                iw = textwrap.TextWrapper(width=92, initial_indent="      (%s) " % "abcdefghij"[k], subsequent_indent=" " * 10,
                                          break_long_words=False, break_on_hyphens=False)
                out += iw.wrap(it)
            out.append("")
        for ref, duty, party, when in s.get("rows", []):
            out += textwrap.TextWrapper(width=92, initial_indent="%s  Obligation: " % ref, subsequent_indent=" " * 16,
                                        break_long_words=False, break_on_hyphens=False).wrap(duty)
            out += ["    Responsible party: %s" % party, "    When: %s" % when, ""]
    return "\n".join(out).rstrip() + "\n"


def render_md(doc):
    out = ["# " + doc["title"], ""]
    for f in doc["front"]:
        out += [f, ""]
    for s in doc["sections"] + doc["schedules"]:
        head = ("%s. %s" % (s["num"], s["heading"])) if not s["num"].startswith("Schedule") else "%s: %s" % (s["num"], s["heading"])
        out += ["## " + head, ""]
        if s.get("lead"):
            out += [s["lead"], ""]
        for cl in s.get("clauses", []):
            out += ["**%s** %s" % (cl["num"], cl["text"]), ""]
            if cl.get("items"):
                out += ["- (%s) %s" % ("abcdefghij"[k], it) for k, it in enumerate(cl["items"])] + [""]
        if s.get("rows"):
            out += ["| Ref | Obligation | Responsible party | When |", "|---|---|---|---|"]
            out += ["| %s | %s | %s | %s |" % r for r in s["rows"]] + [""]
    return "\n".join(out).rstrip() + "\n"


def render_html(doc):
    e = html.escape
    out = ["<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">', "<title>%s</title>" % e(doc["title"]), "</head>",
           "<body>", "<h1>%s</h1>" % e(doc["title"])]
    out += ["<p>%s</p>" % e(f) for f in doc["front"]]
    for s in doc["sections"] + doc["schedules"]:
        head = ("%s. %s" % (s["num"], s["heading"])) if not s["num"].startswith("Schedule") else "%s: %s" % (s["num"], s["heading"])
        out.append("<h2>%s</h2>" % e(head))
        if s.get("lead"):
            out.append("<p>%s</p>" % e(s["lead"]))
        for cl in s.get("clauses", []):
            out.append("<p><b>%s</b> %s</p>" % (e(cl["num"]), e(cl["text"])))
            if cl.get("items"):
                out.append('<ol type="a">' + "".join("<li>%s</li>" % e(it) for it in cl["items"]) + "</ol>")
        if s.get("rows"):
            out.append('<table border="1" cellpadding="4">')
            out.append("<tr>" + "".join("<th>%s</th>" % h for h in ("Ref", "Obligation", "Responsible party", "When")) + "</tr>")
            out += ["<tr>" + "".join("<td>%s</td>" % e(x) for x in r) + "</tr>" for r in s["rows"]]
            out.append("</table>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def python_docx_bytes(doc):
    import datetime
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Contracts Team"
    cp.last_modified_by = "Contracts Team"
    cp.created = cp.modified = datetime.datetime(2026, 1, 12, 9, 0, 0)
    cp.revision = 1
    cp.title = doc["title"]
    d.add_paragraph(doc["title"], style="Title")
    for f in doc["front"]:
        d.add_paragraph(f)
    for s in doc["sections"] + doc["schedules"]:
        head = ("%s. %s" % (s["num"], s["heading"])) if not s["num"].startswith("Schedule") else "%s: %s" % (s["num"], s["heading"])
        d.add_heading(head, level=1)
        if s.get("lead"):
            d.add_paragraph(s["lead"])
        for cl in s.get("clauses", []):
            p = d.add_paragraph()
            p.add_run(cl["num"]).bold = True
            p.add_run(" " + cl["text"])
            for it in cl.get("items", []):
                d.add_paragraph(it, style="List Number")
        if s.get("rows"):
            t = d.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for k, h in enumerate(("Ref", "Obligation", "Responsible party", "When")):
                t.rows[0].cells[k].text = h
            for r in s["rows"]:
                cells = t.add_row().cells
                for k, x in enumerate(r):
                    cells[k].text = x
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


# ---------------------------------------------------------------- zips and normalisation
def write_zip(path, members):
    with zipfile.ZipFile(path, "w") as z:
        for name, data, stored in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)


def rezip(data, fix):
    zin = zipfile.ZipFile(io.BytesIO(data))
    return [(i.filename, fix(i.filename, zin.read(i.filename)), i.compress_type == zipfile.ZIP_STORED) for i in zin.infolist()]


def fix_common(name, b):
    if not name.endswith((".xml", ".rels", ".rdf")) or not b:
        return b
    s = b.decode("utf-8")
    s = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", r"\g<1>" + FIXED_W3C, s)
    s = re.sub(r"(<cp:lastPrinted>)[^<]*", r"\g<1>" + FIXED_W3C, s)
    s = re.sub(r"(<meta:creation-date>|<dc:date>|<meta:print-date>)[^<]*", r"\g<1>" + FIXED_ODF, s)
    s = re.sub(r"(<meta:editing-duration>)[^<]*", r"\g<1>PT0S", s)
    s = re.sub(r"(<TotalTime>)[^<]*", r"\g<1>0", s)
    return s.encode("utf-8")


def fix_lo_docx(name, b):
    b = fix_common(name, b)
    if name.endswith(".xml") and b:
        s = b.decode("utf-8")
        ids = {}

        def rs(m):
            ids.setdefault(m.group(2).upper(), "%08X" % (0x00100000 + len(ids)))
            return m.group(1) + ids[m.group(2).upper()] + '"'
        s = re.sub(r'(w:rsid\w*=")([0-9A-Fa-f]{8})"', rs, s)
        s = re.sub(r'(<w:rsid(?:Root)? w:val=")([0-9A-Fa-f]{8})"', rs, s)
        b = s.encode("utf-8")
    return b


def make_fix_odt():
    lists = {}

    def lid(x):
        lists.setdefault(x, "list%d" % (len(lists) + 1))
        return lists[x]

    def fix(name, b):
        b = fix_common(name, b)
        if name.endswith(".xml") and b:
            s = b.decode("utf-8")
            s = re.sub(r'"(list\d{6,})"', lambda m: '"%s"' % lid(m.group(1)), s)
            s = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>1000000", s)
            s = re.sub(r'(officeooo:(?:para-)?rsid=")[0-9a-f]+"', r'\g<1>00100000"', s)
            b = s.encode("utf-8")
        return b
    return fix


def soffice(args, outdir):
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless"] + args + ["--outdir", outdir]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


# ---------------------------------------------------------------- independent extraction
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join((e.text or "") if e.tag == W + "t" else " " for e in p.iter() if e.tag in (W + "t", W + "tab")))
    return "\n".join(paras)


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("content.xml"))

    def text_of(e):
        s = [e.text or ""]
        for ch in e:
            if ch.tag == TXT + "s":
                s.append(" " * int(ch.get(TXT + "c", "1")))
            elif ch.tag in (TXT + "tab", TXT + "line-break"):
                s.append(" ")
            else:
                s.append(text_of(ch))
            s.append(ch.tail or "")
        return "".join(s)
    return "\n".join(text_of(e) for e in root.iter() if e.tag in (TXT + "p", TXT + "h"))


def md_text(s):
    s = s.replace("**", "")
    s = re.sub(r"(?m)^#+\s+", "", s)
    s = re.sub(r"(?m)^- ", "", s)
    s = s.replace(" | ", "\n").replace("| ", "").replace(" |", "")
    return s


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')).strip()


def file_text(path):
    data = open(path, "rb").read()
    if path.endswith(".docx"):
        return docx_text(data)
    if path.endswith(".odt"):
        return odt_text(data)
    s = data.decode("utf-8")
    return md_text(s) if path.endswith(".md") else s


EXT = {"docx-py": "docx", "docx-lo": "docx", "odt-lo": "odt", "txt": "txt", "md": "md"}
TOOL = {"docx-py": "python-docx", "docx-lo": "LibreOffice from HTML", "odt-lo": "LibreOffice from HTML",
        "txt": "plain text", "md": "Markdown"}


def fname(c):
    return "c%02d-%s-%s" % (c["n"], c["short"], c["trad"].replace("_", "-"))


# ---------------------------------------------------------------- build
def build(contracts, tmp):
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    lo = {"docx-lo": [], "odt-lo": []}
    for c in contracts:
        stem = fname(c)
        dest = os.path.join(OUT, stem + "." + EXT[c["fmt"]])
        c["file"] = os.path.basename(dest)
        if c["fmt"] == "docx-py":
            write_zip(dest, rezip(python_docx_bytes(c["doc"]), fix_common))
        elif c["fmt"] == "txt":
            open(dest, "w", encoding="utf-8", newline="\n").write(render_txt(c["doc"]))
        elif c["fmt"] == "md":
            open(dest, "w", encoding="utf-8", newline="\n").write(render_md(c["doc"]))
        else:
            src = os.path.join(tmp, c["fmt"], stem + ".html")
            os.makedirs(os.path.dirname(src), exist_ok=True)
            open(src, "w", encoding="utf-8", newline="\n").write(render_html(c["doc"]))
            lo[c["fmt"]].append((src, dest))
        open(os.path.join(OUT, stem + ".expected"), "w", encoding="utf-8", newline="\n").write(c["expected"])
    for fmt, jobs in lo.items():
        if not jobs:
            continue
        outdir = os.path.join(tmp, fmt + "-out")
        os.makedirs(outdir)
        if fmt == "docx-lo":
            soffice(["--convert-to", "docx:MS Word 2007 XML"] + [s for s, _ in jobs], outdir)
        else:
            soffice(["--infilter=HTML (StarWriter)", "--convert-to", "odt"] + [s for s, _ in jobs], outdir)
        for src, dest in jobs:
            res = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + dest.rsplit(".", 1)[1])
            if not os.path.exists(res):
                raise SystemExit("LibreOffice conversion failed: " + src)
            fix = fix_lo_docx if fmt == "docx-lo" else make_fix_odt()
            write_zip(dest, rezip(open(res, "rb").read(), fix))


# ---------------------------------------------------------------- checks
def check(contracts):
    errors = []
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    words = {}
    fmt_count = {}
    for c in contracts:
        fmt_count[c["fmt"]] = fmt_count.get(c["fmt"], 0) + 1
        path = os.path.join(OUT, c["file"])
        text = norm(file_text(path))
        words[c["file"]] = len(text.split())
        if not WORDS_MIN <= words[c["file"]] <= WORDS_MAX:
            errors.append("%s: %d words" % (c["file"], words[c["file"]]))
        if re.search(r"\{\w+\}", text):
            errors.append("%s: unfilled placeholder" % c["file"])
        if c["label"] != "you" and re.search(r"\b(you|your)\b", text, re.I):
            errors.append("%s: 'you' in a third-person contract" % c["file"])
        exp = open(os.path.join(OUT, fname(c) + ".expected"), encoding="utf-8").read().splitlines()
        if len(exp) != 22:
            errors.append("%s: %d lines" % (c["file"], len(exp)))
        for r, line in zip(RULES, exp):
            m = re.match(r"^(\S+) (pass|weak|gap)  # \S", line)
            if not m or m.group(1) != r:
                errors.append("%s: bad line %r" % (c["file"], line))
                continue
            counts[r][m.group(2)] += 1
            if m.group(2) != "gap" and not re.search(r"(clause|Schedule) [\dS]", line):
                errors.append("%s: %s cites no clause" % (c["file"], r))
            for q in re.findall(r'"([^"]+)"', line):
                if norm(q) not in text:
                    errors.append("%s: %s evidence not in extracted text: %r" % (c["file"], r, q))
        if path.endswith((".docx", ".odt")):
            with zipfile.ZipFile(path) as z:
                if z.testzip() is not None:
                    errors.append("%s: bad zip" % c["file"])
    for r in RULES:
        k = counts[r]
        if k["pass"] < 3 or k["weak"] < 2 or k["gap"] < 4:
            errors.append("%s: counts %s below 3 pass / 2 weak / 4 gap" % (r, k))
    want = {f: FORMATS.count(f) for f in set(FORMATS)}
    if fmt_count != want:
        errors.append("format mix %s != %s" % (fmt_count, want))
    # bank minimums (5 pass, 2-3 weak, 2 negated, 2 decoys, 2 wrong party per rule)
    for r in RULES:
        k = {kind: sum(1 for e in BANK if e["rule"] == r and e["kind"] == kind) for kind in ("pass", "weak", "neg", "decoy", "wrong")}
        if k["pass"] < 5 or k["weak"] < 2 or k["neg"] < 2 or k["decoy"] < 2 or k["wrong"] < 2:
            errors.append("bank %s: %s" % (r, k))
    return errors, counts, words


def main():
    contracts = plan()
    for c in contracts:
        assemble(c)
        c["expected"] = verdicts(c)
    tmp = tempfile.mkdtemp(prefix="set30-")
    try:
        build(contracts, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    errors, counts, words = check(contracts)
    readme(contracts, counts, words)
    for e in errors:
        print("FAIL", e)
    print("%d contracts, %d-%d words" % (len(contracts), min(words.values()), max(words.values())))
    for f in sorted(os.listdir(OUT)):
        print(hashlib.sha256(open(os.path.join(OUT, f), "rb").read()).hexdigest()[:16], f)
    sys.exit(1 if errors else 0)


README_HEAD = """# Blind set 30: 24 generated contracts from a fresh clause bank

Twenty-four fictional public-service contracts (%(wmin)d-%(wmax)d words) assembled by a seeded generator
from a clause bank written for this set from the rule catalogue alone. Verdicts are known by
construction: every bank entry records the rule(s) it is meant to affect and the verdict it gives,
and a contract's verdict for a rule is the best verdict among the entries it holds for that rule
(pass beats weak beats gap; no entry = gap). The set measures phrasing coverage at scale rather than
hand-crafted traps. All 24 planned contracts were finished. Parties, places and reference numbers are
invented; statutes, regulators and ombudsmen are real (the US county and Ontario ones are named
generically where unsure).

## How it was written

* **Bank** (`scripts/blind_set30_bank.py`, %(nbank)d entries): for each of the 22 rules at least five
  passing phrasings differing in verb, voice and structure (shall, must, will, agrees to, undertakes
  to, is responsible for, shall procure that, shall ensure that its Staff, warrants, confirms, passive
  with the provider as agent, a lead-in sentence with a lettered list, a row of a schedule table with
  a Responsible party column, plain-English "you"), in the voices of English local authority, NHS,
  Crown Commercial, Scottish, Welsh, Irish, Australian (NSW), New Zealand, Canadian (Ontario) and US
  county drafting; two or three weak (hedged) entries; two negated or disabled entries (negation
  words from the catalogue, `[Not used]`, `Not applicable`, `N/A`, `[Reserved]`, `[Deleted]`,
  `Deleted`, `Intentionally left blank`, `[insert ...]`, `[Guidance: ...]`); two or three decoys (the
  catalogue's look-alikes plus data and structural integrity, gift aid, TUPE, financial-only audit,
  self audit certificate, gas safety certificate, precedence, conflict of laws, CEDR mediation,
  expert determination, staff grievance, staff survey, marketing claims, incident and activity
  reports, VAT declaration, keyholder register); and two wrong-party entries (the authority's own
  duty, or the provider only as the object). Statute and body names are placeholders filled per
  tradition ({FOI}, {OMB}, {CREGS}, {WB}, {BRIBERY}, {CODE}); a few entries are tied to traditions
  (Freedom to Speak Up, ACOBA, KO41a, GC27, Procurement Act 2023 Part 5, Friends and Family Test,
  patient experience).
* **Plan** (seed %(seed)d): for each rule the 24 contracts get 4-6 empty slots (absent; %(empty)d of
  528 slots, about a fifth), 2 negated, 2 decoy, 2 wrong-party, 2-3 weak, 1-3 weak+pass and the rest
  pass, shuffled per rule; a pass or weak slot also
  carries a decoy for the same rule about a third of the time. Entries are taken from each rule's
  bank in rotation (skipping entries tied to another tradition), so nearly every entry is used.
* **Contracts**: a title, a parties clause (Provider, Contractor, Supplier, Service Provider,
  Grantee, Operator or "you"), definitions (sometimes with definition-only "Conflict of Interest" and
  "Prohibited Act"), neutral but tempting boilerplate (payment, insurance, data protection, force
  majeure with "armed conflict", precedence "conflict or inconsistency" in about 60%%, termination for
  convenience, mediation, TUPE in about 60%%, audit of accounts "solely for the purpose of verifying
  the Charges", governing law), then the rule clauses under plausible headings in a seeded order,
  decoy entries under an operational heading, table-row entries in a schedule table with a
  Responsible party column, and about one in eight paragraph entries in a "Service Standards" or
  "Additional Conditions" schedule. Boilerplate look-alikes are cited in the gap lines they touch.
* **Checks** in the builder: 22 lines per `.expected` in catalogue order; each rule at least 3 pass,
  2 weak and 4 gap over the 24 contracts; every "double-quoted" evidence piece found in the text
  extracted from the produced file (DOCX `word/document.xml`, ODT `content.xml`, Markdown with `**`,
  `#`, list dashes and table pipes stripped); no unfilled placeholder; no "you" in third-person
  contracts; 800-2,000 words; the format mix; the bank's per-rule minimums. Exit status non-zero on
  any failure. Two consecutive runs gave byte-identical files (sha256 of every file compared).

## What was read (blindness)

Read: `../shared/rule-catalogue.md` (all of it), `../shared/design-notes.md`,
`fixtures/blind/README.md` (the end of the list of sets, to add the bullet),
`fixtures/blind/set29/README.md` (as a model), `fixtures/blind/set29/c05-winter-drop-in-ontario.expected`
(format example) and the file names in `fixtures/blind/set29/`; for machinery only, parts of
`scripts/make-blind-set22.py` (docstring, zip normalisation, python-docx/LibreOffice calls,
extraction, build loop) and the ODT normalisation function of `scripts/make-blind-set29.py`. No
contract text or verdict of another set, no earlier clause bank (`scripts/blind_set16_bank.py` was not
opened), no probity source, rule pack, test, doc or bench was opened; cargo and probity were not
run; git history was not read.

## Files and how to regenerate

`python3 scripts/make-blind-set30.py` from the repository root deletes and rebuilds this folder
(including this README), runs the checks and prints a sha256 prefix per file. Tools: python-docx
(default template: Title, Heading 1, List Number, Table Grid; core properties fixed), LibreOffice
%(lo)s (`soffice --headless`, private profile `/tmp/lo30`, one process at a time, HTML opened with
the `HTML (StarWriter)` filter for ODT), Python for text and Markdown. After LibreOffice: zip
timestamps fixed to 1980-01-01 (member order kept), meta dates and editing time fixed, DOCX rsids
renumbered, ODT Rsid settings and random list ids normalised; `SOURCE_DATE_EPOCH` is set.
`NAME.expected`: 22 lines `RULE pass|weak|gap  # location: "evidence" (reason)`; gap lines say
"absent" when no entry was placed and cite boilerplate look-alikes; "also:" marks lower-ranked
entries for the same rule in the same contract.

## Judgement calls

* Weak + pass for the same rule in one contract gives pass (the brief's rule); negated, decoy and
  wrong-party entries never lower a verdict.
* ES-02's "expects its suppliers and subcontractors to meet the standards set out in the Supplier Code
  of Conduct" is recorded as weak for both ES-02 and ES-03, as the catalogue says for CCS Joint
  Schedule 5; it is the only bank entry that affects two rules.
* ES-08: a general audit or Auditor-access right naming no ethics is weak (catalogue [proposal]); an
  audit "solely" to verify the Charges, and a Self Audit Certificate, are financial-only decoys (gap).
* ES-09: "material breach" termination with no ethics link is weak; termination for convenience and
  the provider's own suspension for non-payment are decoys. COI-02's "where a conflict of interest
  arises, the authority can terminate" is not counted for ES-09 (a conflict is not in itself an
  ethical breach), and ES-09's "material Default" entry names the conduct and anti-bribery clauses,
  not the conflicts clause, so that it does not touch COI-02.
* ES-10: "may provide an annual statement ... if the authority requests one" is weak (permissive),
  as in set 29, although the catalogue also lists it among ES-10's decoys; a structures-only warranty
  is weak.
* ES-04 entries that train staff "on how to recognise and declare a conflict of interest" or give
  Freedom to Speak Up training are not counted for COI-01 or ES-05 (training is not the duty to avoid
  and notify, nor a speaking-up route). ES-04 "appropriately trained and qualified" and "an induction
  programme" with no ethics topic are weak, as the catalogue says.
* CDM-06 timescale entries ("acknowledge each complaint within three Working Days") are not counted
  as CDM-01's complaints procedure; CDM-01's "tells Service Users how to take a complaint further to
  ... the Ombudsman" is not CDM-04's co-operation; CDM-05's "where satisfaction results fall below
  the agreed satisfaction level ... action plan" is not CDM-03's collection and reporting; CDM-02's
  quarterly return listing "themes" is not CDM-05's learning.
* CDM-01: the authority's "Complaint" definition (placed among the definitions) and "the authority may
  make a complaint to the provider ... and the provider shall respond" are complaints by the
  authority about performance (decoy/wrong party), not a service-user procedure.
* ES-07: the table row "Provide performance and contract data for publication on the authority's
  website" passes ES-07 (performance information for publication); "open book accounting records
  ... need not disclose its margin" is a decoy.
* Tables bind the party in the Responsible party column; a row for the authority is wrong party. The
  ES-08 monitoring row names both parties (the authority monitors, the provider gives access) and
  passes.
* A lead-in with a lettered list is one clause: evidence is quoted from the lead-in or one item, and
  the clause number is the lead-in's. ES-01's list spreads the seven principle words over the items.
* Disabled entries are written as a numbered clause holding only a caption and a marker ("12.2
  Supplier Code of Conduct: Not applicable"): gap.
* "you" contracts: the provider is "you" and the authority stays in the third person, as many council
  web terms do. python-docx's List Number style continues its numbering through the document (the
  default template has one list instance); clause numbers are typed, so citations use them.
* Statute names for the US county and Ontario traditions are deliberately generic where a precise
  citation was not known ("the State whistleblower protection laws", "the State Ombudsman").

## Contracts

| File | Made by | Tradition | Authority / provider label | Words | pass | weak | gap |
|---|---|---|---|---|---|---|---|
"""


def readme(contracts, counts, words):
    import collections
    lo = subprocess.run(["soffice", "--version"], stdout=subprocess.PIPE, text=True).stdout.split()[1]
    ws = list(words.values())
    empty = sum(1 for c in contracts for r in RULES if c["slots"][r] == "empty")
    out = README_HEAD % dict(wmin=min(ws), wmax=max(ws), nbank=len(BANK), seed=SEED, lo=lo, empty=empty)
    for c in contracts:
        v = list(c["verdicts"].values())
        out += "| %s | %s | %s | %s / %s | %d | %d | %d | %d |\n" % (
            c["file"], TOOL[c["fmt"]], TRADS[c["trad"]]["name"], c["auth"], "you" if c["label"] == "you" else c["label"],
            words[c["file"]], v.count("pass"), v.count("weak"), v.count("gap"))
    out += "\n## Verdict counts\n\n| Rule | pass | weak | gap |\n|---|---|---|---|\n"
    tot = collections.Counter()
    for r in RULES:
        out += "| %s | %d | %d | %d |\n" % (r, counts[r]["pass"], counts[r]["weak"], counts[r]["gap"])
        tot.update(counts[r])
    out += "| all | %d | %d | %d |\n" % (tot["pass"], tot["weak"], tot["gap"])
    used = collections.Counter(id(e) for c in contracts for e in c["entries"])
    out += ("\n## The bank, per rule (short form)\n\nEach entry: kind, short description, times used in the 24 "
            "contracts, and its opening words as written in the bank (placeholders in braces). Kinds: pass, weak, neg "
            "(negated/disabled), decoy, wrong (wrong party).\n")
    for r in RULES:
        out += "\n### %s\n\n" % r
        for e in [e for e in BANK if e["rule"] == r]:
            f = e["form"]
            words_ = (f[1] if f[0] != "row" else "[row] " + f[1])
            words_ = " ".join(words_.split()[:14])
            extra = " (also %s)" % ", ".join("%s %s" % kv for kv in e["affects"].items() if kv[0] != r) if len(e["affects"]) > 1 else ""
            trad = " [only %s]" % ", ".join(sorted(e["trad"])) if e["trad"] else ""
            out += "* %s, %s, used %d: `%s ...`%s%s\n" % (e["kind"], e["tag"], used[id(e)], words_, extra, trad)
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n").write(out)


if __name__ == "__main__":
    main()
