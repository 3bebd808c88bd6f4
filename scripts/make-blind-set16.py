#!/usr/bin/env python3
"""Build blind fixture set 16: generated contracts with verdicts known by construction.

Run from the repository root:  python3 scripts/make-blind-set16.py
Deletes and rebuilds fixtures/blind/set16/ deterministically (fixed seed, fixed zip
timestamps), checks it, rebuilds it a second time in a scratch folder and compares bytes,
and exits non-zero on any failure. Clause texts live in scripts/blind_set16_bank.py.

Each contract is assembled from the clause bank: for every one of the 22 rules a kind is
drawn (pass, weak, absent, negated, decoy, wrong_party) from a per-rule pool, a variant of that
kind is picked, and the text is placed in a realistic structure (numbered clauses and
sub-clauses, lead-in lists, schedules, an obligations matrix with a Responsible party column,
neutral filler in between). The expected verdicts follow from what was placed.

Formats: 8 hand-built DOCX (styles, numbering.xml; some with auto-numbered clauses, words split
across runs, a tracked insertion, a tracked deletion and a comment), 6 hand-built ODT (some with
a text:tracked-changes deletion and an office:annotation), 5 plain text, 5 Markdown.

Checks use LibreOffice (soffice --headless --convert-to, private profile) for DOCX/ODT:
conversion to text proves every placed clause is visible and comments are not; LibreOffice's
text filter also emits tracked deletions, so the deletion check converts to PDF instead (the
files carry the "hide changes" view setting) and reads it with pdftotext (poppler-utils).
"""
import hashlib
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
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_set16_bank import BANK, FILLER, HOME, HOSTS, RULES, SERVICES, TOPIC  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set16")
LO_PROFILE = "file:///tmp/lo-set16"
SEED = 160616
FIXED = (1980, 1, 1, 0, 0, 0)
FIXED_ISO = "1980-01-01T00:00:00Z"
GENERATOR = "probity-blind-set16"
WORDS_MIN, WORDS_MAX = 700, 2000
WANT_FORMATS = {"docx": 8, "odt": 6, "txt": 5, "md": 5}
KIND_POOL = {"pass": 11, "weak": 4, "absent": 2, "negated": 3, "decoy": 2, "wrong_party": 2}
GAP_KINDS = ("absent", "negated", "decoy", "wrong_party", "deleted", "comment_only")

# ---------------------------------------------------------------- contract settings
# theme, jurisdiction, authority name, authority role, grant?, authority address
SETTINGS = [
    ("homecare", "england", "Harrowdale Borough Council", "Council", False, "Civic Centre, Market Street, Harrowdale HD1 2AB"),
    ("advocacy", "england", "NHS Ashby and Lyme Integrated Care Board", "Commissioner", False, "Lyme House, 4 Station Road, Ashby AL3 9QT"),
    ("library", "wales", "Teifion Vale County Borough Council", "Council", False, "Swyddfa'r Sir, Heol y Bont, Llanteifion SA44 7JN"),
    ("leisure", "scotland", "Inverbrae Council", "Council", False, "Council Buildings, High Street, Inverbrae IV9 4RS"),
    ("housing", "ni", "Southern Lough Health and Social Care Trust", "Trust", False, "Loughside House, 12 Quay Road, Portkeel BT66 2LP"),
    ("transport", "england", "Greater Selham Combined Authority", "Authority", False, "Selham Exchange, 1 Canal Walk, Selham SE7 1CA"),
    ("employability", "england", "Department for Work Skills and Opportunity", "Department", True, "2 Marsham Yard, London SW1P 9ZZ"),
    ("patient_transport", "england", "Ravensmoor Hospitals NHS Trust", "Trust", False, "Ravensmoor General Hospital, Moor Lane, Ravensmoor RV2 5HX"),
    ("refuge", "wales", "Mawddach and Dovey County Council", "Council", True, "Council Offices, Stryd Fawr, Dolmawddach LL40 8PB"),
    ("contact_centre", "scotland", "Strathkell Council", "Council", False, "Strathkell House, 20 Bridge Street, Kelburn KA19 3DF"),
    ("recovery", "scotland", "NHS Lochmore", "Board", False, "Lochmore Health Board Offices, Shore Road, Lochmore PH31 6QA"),
    ("daycare", "england", "Castleford Vale County Council", "Council", False, "County Hall, The Crescent, Castleford Vale CV8 1JJ"),
    ("homecare", "ni", "Western Foyle Health and Social Care Trust", "Trust", False, "Foyleview, 3 Strand Lane, Derrymore BT47 3XY"),
    ("advocacy", "wales", "Teifion Valley University Health Board", "Board", False, "Ty Glan Afon, Ffordd yr Afon, Aberteifion SA43 1RW"),
    ("library", "england", "North Wendmere District Council", "Authority", False, "Wendmere House, Church Lane, Wendmere NW4 6DS"),
    ("leisure", "england", "Kingsmere Borough Council", "Council", False, "Town Hall, Kingsmere KM1 1TH"),
    ("housing", "england", "Oxleigh City Council", "Authority", False, "Guildhall, Broad Street, Oxleigh OX9 2GH"),
    ("transport", "ni", "Ballykeel and Drumard District Council", "Council", False, "Council Offices, 40 Main Street, Ballykeel BT35 8AA"),
    ("employability", "ni", "Department for Rural and Community Affairs", "Department", True, "Dundara House, Upper Newtown Road, Belfast BT4 9ZQ"),
    ("patient_transport", "scotland", "NHS Strathbeg", "Board", False, "Strathbeg House, Infirmary Road, Strathbeg AB56 2NE"),
    ("refuge", "england", "Eastbrook County Council", "Council", False, "Shire Hall, Eastbrook EB3 4SH"),
    ("contact_centre", "england", "Department for Local Services Delivery", "Department", False, "10 Whitfield Place, London WC1E 7ZZ"),
    ("recovery", "england", "Wendmere and Ashby Integrated Care Board", "Commissioner", False, "Riverside Court, Mill Street, Wendmere NW4 2RC"),
    ("daycare", "wales", "Glaslyn County Council", "Council", False, "Plas Glaslyn, Ffordd y Castell, Glaslyn LL49 9GC"),
]

THEME = {
    "homecare": ("Home Support and Reablement Services", "Service Users", "home support"),
    "advocacy": ("Independent Mental Health Advocacy", "patients", "independent advocacy"),
    "library": ("Mobile and Home Library Service", "residents", "library services"),
    "leisure": ("Leisure Centre Management", "members of the public", "leisure facilities"),
    "housing": ("Housing-Related Support", "residents", "housing-related support"),
    "transport": ("Community Transport Service", "Service Users", "community transport"),
    "employability": ("Routes to Work Programme", "Service Users", "employment support"),
    "patient_transport": ("Non-Emergency Patient Transport", "patients", "patient transport"),
    "refuge": ("Domestic Abuse Refuge and Outreach", "Service Users", "refuge and outreach support"),
    "contact_centre": ("Public Contact Centre Service", "members of the public", "a public contact centre"),
    "recovery": ("Community Drug and Alcohol Recovery Service", "Service Users", "drug and alcohol recovery services"),
    "daycare": ("Day Opportunities Service", "Service Users", "day opportunities"),
}

JUR = {
    "england": {"law": "England and Wales", "region": "England", "reg": "England and Wales"},
    "wales": {"law": "England and Wales", "region": "Wales", "reg": "England and Wales"},
    "scotland": {"law": "Scotland", "region": "Scotland", "reg": "Scotland"},
    "ni": {"law": "Northern Ireland", "region": "Northern Ireland", "reg": "Northern Ireland"},
}

PLACES = {
    "england": ["Kestrel", "Brightwater", "Oakhollow", "Larkspur", "Greyfriars", "Thornbury", "Amberline", "Fennick"],
    "wales": ["Dyffryn", "Cwm Arian", "Llwybr Newydd", "Tarian", "Afon Teifi"],
    "scotland": ["Glenarrow", "Strathmore", "Kinloch", "Carron"],
    "ni": ["Lagan Valley", "Mourne", "Foyleside", "Sperrin"],
}
THEME_NAME = {
    "homecare": "Home Care", "advocacy": "Advocacy", "library": "Library Services", "leisure": "Leisure",
    "housing": "Housing Support", "transport": "Community Transport", "employability": "Employment Pathways",
    "patient_transport": "Patient Transport", "refuge": "Safe Homes", "contact_centre": "Contact Services",
    "recovery": "Recovery Network", "daycare": "Day Services",
}
SUFFIX = {"england": ["Limited", "Ltd", "CIC", "plc"], "wales": ["Cyf", "Limited", "CIC"],
          "scotland": ["Ltd", "Trust", "SCIO"], "ni": ["Ltd", "Limited", "CIC"]}


def provider_name(i, jur, theme, rng):
    place = PLACES[jur][(i + rng.randrange(8)) % len(PLACES[jur])]
    return "%s %s %s" % (place, THEME_NAME[theme], rng.choice(SUFFIX[jur]))


P_ROLES = ["Provider", "Supplier", "Contractor", "Service Provider"]
DOCTYPES = ["Services Agreement", "Contract for Services", "Call-Off Contract", "Agreement for the Provision of Services",
            "Service Contract", "Public Services Contract"]
GRANT_DOCTYPES = ["Grant Funding Agreement", "Grant Agreement", "Funding Agreement"]
DATES = ["1 April 2025", "1 May 2025", "2 June 2025", "1 July 2025", "1 September 2025", "1 October 2025"]

HEADINGS = {
    "defs": ["Definitions and Interpretation", "Interpretation", "Definitions"],
    "term": ["Term", "Duration", "Commencement and Duration"],
    "services": ["The Services", "Provision of the Services", "Scope of the Services"],
    "general_obl": ["General Obligations of the {P}", "The {P}'s Undertakings", "Key Obligations"],
    "payment": ["Charges and Payment", "Payment", "Price and Payment"],
    "payment_grant": ["Payment of the Grant", "Grant Payments"],
    "grant": ["Use of the Grant", "Grant Conditions"],
    "staff": ["Staff", "Staffing", "Personnel"],
    "conduct": ["Standards of Conduct", "Ethical Standards", "Conduct and Probity", "Public Service Standards",
                "Integrity and Conduct"],
    "conduct_merged": ["Conduct, Probity and Interests", "Standards of Conduct and Interests"],
    "coi_conflicts": ["Conflicts of Interest", "Conflicts of Interest and Disclosures"],
    "coi_other": ["Interests, Disclosures and Appointments", "Probity Requirements"],
    "gifts": ["Gifts and Hospitality"],
    "info": ["Information and Confidentiality", "Confidentiality and Information"],
    "complaints": ["Complaints and Feedback", "Complaints and Service User Feedback", "Complaints Handling"],
    "audit": ["Records and Audit", "Records", "Records and Inspection"],
    "data": ["Data Protection", "Protection of Personal Data"],
    "ip": ["Intellectual Property"],
    "insurance": ["Insurance and Liability", "Liability and Insurance"],
    "termination": ["Termination", "Termination and Exit"],
    "fm": ["Force Majeure"],
    "disputes": ["Dispute Resolution", "Disputes"],
    "general": ["General", "General Provisions", "Miscellaneous"],
}
ORDER_A = ["defs", "term", "services", "general_obl", "payment", "grant", "staff", "conduct", "coi", "gifts", "info",
           "complaints", "audit", "data", "ip", "insurance", "termination", "fm", "disputes", "general"]
ORDER_B = ["defs", "services", "term", "payment", "grant", "general_obl", "staff", "conduct", "coi", "gifts",
           "complaints", "data", "info", "audit", "insurance", "ip", "termination", "disputes", "fm", "general"]
MUST = {"defs": 3, "term": 1, "services": 1, "payment": 2, "grant": 1, "general": 2, "termination": 1, "data": 1,
        "insurance": 1, "info": 1, "staff": 1}
MUST_SHORT = {"defs": 1, "term": 1, "services": 1, "payment": 1, "grant": 1, "general": 1}
OPTIONAL_SECTIONS = ("ip", "fm", "disputes")
LEADS = ["The {P} shall:", "Without limiting its other obligations, the {P} shall:", "The {P} undertakes to:",
         "The {P} agrees that it will:"]
SPEC_OK = ("ES-04", "ES-07", "CDM-02", "CDM-03", "CDM-05", "CDM-06", "COI-03", "ES-10")
WRONG_WHY = "duty placed on the authority or its officers, not on the provider"
PASS_WHY = {
    "ES-01": "provider bound to the Seven Principles / named public-life standards",
    "ES-02": "provider must comply with a named code of conduct",
    "ES-03": "provider must flow the ethical obligations down to sub-contractors",
    "ES-04": "provider must give its staff ethics training",
    "ES-05": "provider must offer a speaking-up route and protect good-faith reporters",
    "ES-06": "provider must not commit or allow bribery, fraud or corruption",
    "ES-07": "provider must co-operate with the authority's FOI/transparency duties",
    "ES-08": "authority may audit or monitor the provider's ethical compliance",
    "ES-09": "an ethical breach gives the authority remedies",
    "ES-10": "provider gives periodic ethical assurance backed by supporting structures",
    "COI-01": "provider must avoid conflicts of interest and notify the authority",
    "COI-02": "conflicts managed as the authority directs / authority may act",
    "COI-03": "provider must control gifts and hospitality",
    "COI-04": "provider must disclose and control engagement of former officials",
    "COI-05": "provider must obtain declarations of interests and keep a register",
    "COI-06": "provider confirms its procurement-stage disclosure and keeps it current",
    "CDM-01": "provider must run a publicised service-user complaints procedure",
    "CDM-02": "provider must report complaint data to the authority at a set frequency",
    "CDM-03": "provider must collect user feedback and report it to the authority",
    "CDM-04": "provider must co-operate with ombudsman investigations and remedies",
    "CDM-05": "provider must analyse complaints and act on the lessons",
    "CDM-06": "complaint acknowledgement and response timescales are fixed",
}


def omb_for(jur, role):
    if jur == "wales":
        return "Public Services Ombudsman for Wales"
    if jur == "scotland":
        return "Scottish Public Services Ombudsman"
    if jur == "ni":
        return "Northern Ireland Public Services Ombudsman"
    if role in ("Council", "Authority"):
        return "Local Government and Social Care Ombudsman"
    return "Parliamentary and Health Service Ombudsman"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------- plan: kinds, formats, features
def plan(rng):
    """Kinds per contract and rule, file formats and document features."""
    kinds = [dict() for _ in range(24)]
    for r in RULES:
        pool = [k for k, n in KIND_POOL.items() for _ in range(n)]
        rng.shuffle(pool)
        for i in range(24):
            kinds[i][r] = pool[i]
    fmts = ["docx"] * 8 + ["odt"] * 6 + ["txt"] * 5 + ["md"] * 5
    rng.shuffle(fmts)
    feats = [dict() for _ in range(24)]
    docx = [i for i in range(24) if fmts[i] == "docx"]
    odt = [i for i in range(24) if fmts[i] == "odt"]
    for n, i in enumerate(docx):
        feats[i]["tracked"] = n in (0, 2, 4, 6)
        feats[i]["split"] = n in (0, 1, 3, 4, 7)
        feats[i]["auto"] = n in (1, 2, 5)
    for n, i in enumerate(odt):
        feats[i]["tracked"] = n in (1, 3, 4)
    # a tracked file needs an otherwise absent rule for its comment: swap slots within a rule's pool
    for i in range(24):
        if feats[i].get("tracked") and not any(kinds[i][r] == "absent" for r in RULES):
            done = False
            for r in RULES:
                for j in range(24):
                    if (not done and not feats[j].get("tracked") and kinds[j][r] == "absent"
                            and kinds[i][r] in ("negated", "decoy", "wrong_party")):
                        kinds[i][r], kinds[j][r] = kinds[j][r], kinds[i][r]
                        done = True
    forms = [n % 5 for n in range(24)]
    rng.shuffle(forms)
    for i in range(24):
        feats[i]["parties"] = forms[i]
    for i in (1, 6, 11, 16, 21):
        feats[i]["short"] = True       # short-form contracts (about 700-950 words)
    txt = [i for i in range(24) if fmts[i] == "txt"]
    md = [i for i in range(24) if fmts[i] == "md"]
    for n, i in enumerate(txt):
        feats[i]["wrap"] = n in (0, 2, 3)
        feats[i]["upper"] = n in (1, 3)
    for n, i in enumerate(md):
        feats[i]["md_tables"] = n in (0, 1, 3)
    return kinds, fmts, feats


class Picker:
    """Picks the least-used allowed variant of a rule/kind (ties: a seeded order), so that every
    variant is used across the set where the number of slots allows."""

    def __init__(self, rng):
        self.order, self.used = {}, {}
        for r in RULES:
            for k, vs in BANK[r].items():
                if isinstance(vs, list):
                    idx = list(range(len(vs)))
                    rng.shuffle(idx)
                    self.order[(r, k)] = idx
                    for j in idx:
                        self.used[(r, k, j)] = 0

    def pick(self, r, k, ok):
        cands = [j for j in self.order[(r, k)] if ok(BANK[r][k][j])]
        if not cands:
            return None
        j = min(cands, key=lambda j: (self.used[(r, k, j)], self.order[(r, k)].index(j)))
        self.used[(r, k, j)] += 1
        return j

    def take(self, r, k, j):
        self.used[(r, k, j)] += 1


# ---------------------------------------------------------------- text filling
def fill(s, ctx):
    def rep(m):
        key = m.group(1)
        return ctx[key] if key in ctx else m.group(0)
    return re.sub(r"\{([A-Z]+)\}", rep, s)


def vtext(v, ctx):
    """Sentence text of a para/frag variant."""
    if v["form"] == "frag":
        return fill("The {P} shall " + v["text"] + ".", ctx)
    return fill(v["text"], ctx)


# ---------------------------------------------------------------- building one contract
USED_SPECIAL = set()     # rules already used for a deletion, insertion or comment (reset per generation)


def build_contract(i, setting, fmt, feat, kinds, picker, rng, p_role, force):
    theme, jur, a_name, a_role, grant, a_addr = setting
    title_theme, users, theme_lower = THEME[theme]
    P = "Grantee" if grant else p_role
    A = a_role
    doctype = rng.choice(GRANT_DOCTYPES if grant else DOCTYPES)
    p_name = provider_name(i, jur, theme, rng)
    p_addr = "%d %s" % (rng.randint(2, 90), rng.choice(["Albion Street", "Mill Lane", "Victoria Road", "Harbour Row",
                                                        "Orchard Way", "Chapel Street"]))
    p_addr += ", " + a_addr.split(", ")[-1].rsplit(" ", 2)[0]
    ctx = {"P": P, "A": A, "U": users, "SV": "Funded Services" if grant else "Services", "OMB": omb_for(jur, a_role),
           "LAW": JUR[jur]["law"], "REGION": JUR[jur]["region"], "FEES": "Grant" if grant else "Charges",
           "START": rng.choice(DATES), "YEARS": rng.choice(["two", "three", "four", "five"])}
    tracked = feat.get("tracked", False)
    lay = {
        "merge_coi": rng.random() < 0.3,
        "gifts_separate": rng.random() < 0.5,
        "complaints_sched": rng.random() < 0.35,
        "matrix": rng.random() < 0.55,
        "order": ORDER_A if rng.random() < 0.6 else ORDER_B,
        "parties": feat["parties"],
        "short": feat.get("short", False),
    }
    # ---- choose variants
    groups = set()
    placements = []

    def ok_factory(extra=None):
        def ok(v):
            if v["form"] == "row" and not lay["matrix"]:
                return False
            if v.get("group") and v["group"] in groups:
                return False
            if extra and not extra(v):
                return False
            return True
        return ok

    for r in RULES:
        k = kinds[r]
        if k == "absent":
            continue
        prefer_row = lay["matrix"] and rng.random() < 0.45
        j = force.get(r) if k == "pass" else None
        if j is not None:
            picker.take(r, k, j)
        elif prefer_row:
            j = picker.pick(r, k, ok_factory(lambda v: v["form"] == "row"))
        if j is None:
            j = picker.pick(r, k, ok_factory(lambda v: v["form"] != "row"))
        if j is None:
            j = picker.pick(r, k, ok_factory())
        v = BANK[r][k][j]
        if v.get("group"):
            groups.add(v["group"])
        placements.append({"rule": r, "kind": k, "v": v, "vi": j, "role": "main"})
        if k == "pass" and rng.random() < 0.1:
            jw = picker.pick(r, "weak", ok_factory(lambda v: v["form"] == "para"))
            if jw is not None:
                placements.append({"rule": r, "kind": "weak", "v": BANK[r]["weak"][jw], "vi": jw, "role": "extra"})
        if k in ("pass", "weak") and rng.random() < 0.15:
            jx = picker.pick(r, "wrong_party", ok_factory(lambda v: v["form"] == "para"))
            if jx is not None:
                placements.append({"rule": r, "kind": "wrong_party", "v": BANK[r]["wrong_party"][jx], "vi": jx, "role": "extra"})
        if k == "weak" and rng.random() < 0.2 or k == "pass" and rng.random() < 0.08:
            jd = picker.pick(r, "decoy", ok_factory(lambda v: v["form"] == "para"))
            if jd is not None:
                vd = BANK[r]["decoy"][jd]
                if vd.get("group"):
                    groups.add(vd["group"])
                placements.append({"rule": r, "kind": "decoy", "v": vd, "vi": jd, "role": "extra"})
    # ---- tracked changes / comments
    also_targets = {t for p in placements for t in p["v"].get("also", {})}
    rules_with_extra = {p["rule"] for p in placements if p["role"] == "extra"}
    special = {}
    if tracked:
        cands = [p for p in placements if p["kind"] == "pass" and p["role"] == "main" and p["v"]["form"] in ("para", "frag")
                 and not p["v"].get("also") and p["rule"] not in rules_with_extra and p["rule"] not in also_targets]
        if len(cands) < 2:
            raise SystemExit("contract %d: not enough candidates for tracked changes" % i)
        fresh = [p for p in cands if p["rule"] not in USED_SPECIAL] or cands
        d = rng.choice(fresh)
        USED_SPECIAL.add(d["rule"])
        d["deleted"] = True
        special["deleted"] = d["rule"]
        if fmt == "docx":
            rest = [p for p in cands if p is not d]
            ins = rng.choice([p for p in rest if p["rule"] not in USED_SPECIAL] or rest)
            USED_SPECIAL.add(ins["rule"])
            ins["inserted"] = True
            special["inserted"] = ins["rule"]
        absent = [r for r in RULES if kinds[r] == "absent" and r not in also_targets]
        if not absent:
            raise SystemExit("contract %d: no absent rule for the comment" % i)
        special["comment"] = rng.choice([r for r in absent if r not in USED_SPECIAL] or absent)
        USED_SPECIAL.add(special["comment"])
    # ---- homes
    frag_pl = [p for p in placements if p["v"]["form"] == "frag" and not p.get("deleted") and not p.get("inserted")]
    use_general = len(frag_pl) >= 2
    for p in placements:
        v, r = p["v"], p["rule"]
        home = v.get("home") or HOME[r]
        if home == "complaints" and lay["complaints_sched"]:
            home = "sched_complaints"
        if home == "gifts" and not lay["gifts_separate"]:
            home = "coi"
        if home in ("coi", "gifts") and lay["merge_coi"]:
            home = "conduct"
        if v["form"] == "row":
            home = "matrix"
        elif v["form"] == "frag" and use_general and not p.get("deleted") and not p.get("inserted"):
            home = "general_obl"
        elif (v["form"] == "para" and p["kind"] in ("pass", "weak") and r in SPEC_OK and not p.get("deleted")
              and not p.get("inserted") and rng.random() < 0.25):
            home = "spec"
        p["home"] = home
    # ---- filler
    used_groups = set(groups)
    sections = {}
    for p in placements:
        sections.setdefault(p["home"], []).append(("rule", p))

    def filler_ok(f):
        if f.get("grant") and not grant:
            return False
        if f.get("nongrant") and grant:
            return False
        if f.get("group") and f["group"] in used_groups:
            return False
        return True

    by_home = {}
    for f in FILLER:
        if filler_ok(f):
            by_home.setdefault(f["home"], []).append(f)
    optional = []
    for home, fs in by_home.items():
        if home in OPTIONAL_SECTIONS and rng.random() < 0.4:
            continue
        must = MUST.get(home, 0) if not lay["short"] else MUST_SHORT.get(home, 0)
        for n, f in enumerate(fs):
            if home == "conduct":
                continue                # added below only where the conduct clause would be thin
            if n < must:
                sections.setdefault(home, []).append(("filler", f))
                if f.get("group"):
                    used_groups.add(f["group"])
            else:
                optional.append(f)
    if not any(x[0] == "rule" for x in sections.get("conduct", [])) or len(sections.get("conduct", [])) < 2:
        for f in by_home["conduct"]:
            sections.setdefault("conduct", []).append(("filler", f))
    rng.shuffle(optional)
    target = rng.randint(700, 820) if lay["short"] else rng.randint(900, 1900)
    contract = {"i": i, "fmt": fmt, "feat": feat, "ctx": ctx, "lay": lay, "special": special, "grant": grant,
                "theme": theme, "jur": jur, "a_name": a_name, "a_addr": a_addr, "p_name": p_name, "p_addr": p_addr,
                "doctype": doctype, "title_theme": title_theme, "theme_lower": theme_lower, "kinds": kinds,
                "placements": placements, "use_general": use_general, "rng_state": None}
    # add optional filler until the word target is reached
    for f in optional:
        if f.get("group") and f["group"] in used_groups:
            continue
        blocks = assemble(contract, sections, rng_copy(rng, i))
        if words_of(blocks) >= target:
            break
        sections.setdefault(f["home"], []).append(("filler", f))
        if f.get("group"):
            used_groups.add(f["group"])
    contract["sections"] = sections
    contract["blocks"] = assemble(contract, sections, rng_copy(rng, i))
    contract["target"] = target
    return contract


def rng_copy(rng, i):
    """Layout randomness that must not depend on how many times assemble() ran."""
    return random.Random(SEED * 100 + i)


# ---------------------------------------------------------------- assembling blocks
def B(t, text="", **kw):
    d = {"t": t, "text": text}
    d.update(kw)
    return d


def assemble(c, sections, rng):
    sections = {h: list(v) for h, v in sections.items()}
    ctx, lay, feat = c["ctx"], c["lay"], c["feat"]
    auto = feat.get("auto", False)
    upper = feat.get("upper", False)
    P, A = ctx["P"], ctx["A"]
    blocks = []
    cites = {}          # id(placement) -> citation
    heads = {}
    # ---------- title and parties
    blocks.append(B("title", c["doctype"]))
    blocks.append(B("para", "%s  |  Reference %s/%d/%03d" % (c["title_theme"], "".join(w[0] for w in c["a_name"].split() if w[0].isupper())[:5], 2025, 100 + c["i"] * 7)))
    date = ctx["START"]
    reg = JUR[c["jur"]]["reg"]
    num = ("SC" if c["jur"] == "scotland" else "NI" if c["jur"] == "ni" else "") + "%06d" % (104729 * (c["i"] + 3) % 999983)
    pf = lay["parties"]
    if pf == 0:
        blocks.append(B("h1", "Parties"))
        blocks.append(B("para", "This %s is dated %s." % (c["doctype"], date)))
        blocks.append(B("para", "(1) %s of %s (the \"%s\"); and" % (c["a_name"], c["a_addr"], A)))
        blocks.append(B("para", "(2) %s, registered in %s with number %s, whose registered office is at %s (the \"%s\")." % (c["p_name"], reg, num, c["p_addr"], P)))
    elif pf == 1:
        blocks.append(B("para", "This %s is made on %s between %s (\"the %s\") and %s of %s (\"the %s\"), each a \"party\"." % (c["doctype"], date, c["a_name"], A, c["p_name"], c["p_addr"], P)))
    elif pf == 2:
        blocks.append(B("h1", "Key Details"))
        blocks.append(B("table", rows=[["Role", "Organisation", "Address"], [A, c["a_name"], c["a_addr"]], [P, c["p_name"], c["p_addr"]]], kind="parties"))
        blocks.append(B("para", "In this %s the organisation named as %s is called \"the %s\" and the organisation named as %s is called \"the %s\". Date of agreement: %s." % (c["doctype"], A, A, P, P, date)))
    elif pf == 3:
        blocks.append(B("para", "Commissioning body: %s, %s (the \"%s\")" % (c["a_name"], c["a_addr"], A)))
        blocks.append(B("para", "%s: %s, %s (the \"%s\")" % ("Grant recipient" if c["grant"] else "Contracting organisation", c["p_name"], c["p_addr"], P)))
        blocks.append(B("para", "Date: %s" % date))
    else:
        blocks.append(B("para", "AGREEMENT between %s, having its principal office at %s (hereinafter referred to as the \"%s\")" % (c["a_name"], c["a_addr"], A)))
        blocks.append(B("para", "and %s, registered in %s under number %s and having its registered office at %s (hereinafter referred to as the \"%s\")." % (c["p_name"], reg, num, c["p_addr"], P)))
    # ---------- background
    bg = sections.get("background", [])
    blocks.append(B("h1", rng.choice(["Background", "Recitals"])))
    rec = ["The %s is responsible for arranging %s for %s in its area." % (A, c["theme_lower"], ctx["U"])]
    if not lay["short"]:
        rec.append("The %s has experience of providing similar services." % P)
    for kind, item in bg:
        rec.append(vtext(item["v"], ctx) if kind == "rule" else fill(item["text"], ctx))
    if not lay["short"]:
        rec.append("The parties have agreed the terms on which the %s will provide the %s." % (P, ctx["SV"]))
    bg_rules = [item for kind, item in bg if kind == "rule"]
    for n, t in enumerate(rec):
        lab = "(%s)" % "ABCDEFG"[n]
        blocks.append(B("para", "%s %s" % (lab, t)))
        for p in bg_rules:
            if vtext(p["v"], ctx) == t:
                cites[id(p)] = "Background, recital %s" % lab
    blocks.append(B("h1", rng.choice(["Agreed Terms", "Terms and Conditions", "Operative Provisions"])))
    # ---------- body clauses
    order = [h for h in lay["order"]]
    body_homes = [h for h in order]
    notused_after = {}
    for key, items in sections.items():
        for kind, p in items:
            if kind == "rule" and p["v"]["form"] == "notused":
                pass
    clause_no = 0
    nums = {}

    def heading_for(h):
        if h == "coi":
            rules_here = {p["rule"] for kind, p in sections.get("coi", []) if kind == "rule"}
            key = "coi_conflicts" if rules_here & {"COI-01", "COI-02"} else "coi_other"
            return rng.choice(HEADINGS[key])
        if h == "conduct" and lay["merge_coi"]:
            return rng.choice(HEADINGS["conduct_merged"])
        if h == "payment" and c["grant"]:
            return rng.choice(HEADINGS["payment_grant"])
        if h == "services" and c["grant"]:
            return rng.choice(["The Funded Services", "Delivery of the Funded Services"])
        return fill(rng.choice(HEADINGS[h]), ctx)

    def cap(s):
        return s.upper() if upper else s

    # rule items that are "[Not used]" clauses become their own clause right after their home
    notused = {}
    for h in list(sections):
        keep = []
        for kind, p in sections[h]:
            if kind == "rule" and p["v"]["form"] == "notused":
                notused.setdefault(h, []).append(p)
            else:
                keep.append((kind, p))
        sections[h] = keep
    defs_sort = lambda it: (0, it[1]) if it[1].startswith("\"") else (1, "")
    for h in body_homes:
        items = list(sections.get(h, []))
        if h == "general_obl":
            frs = [p for kind, p in items if kind == "rule"]
            if not frs:
                continue
        if items:
            clause_no += 1
            nums[h] = clause_no
            head = heading_for(h)
            heads[h] = head
            blocks.append(B("clause", cap(head), num=str(clause_no), auto=auto))
            sub = 0
            if h == "general_obl":
                sub += 1
                lead = fill(rng.choice(LEADS), ctx)
                blocks.append(B("sub", lead, num="%d.%d" % (clause_no, sub), auto=auto))
                frs = [p for kind, p in items if kind == "rule"]
                rng.shuffle(frs)
                for n, p in enumerate(frs):
                    lab = "(%s)" % "abcdefghijklmnop"[n]
                    end = "." if n == len(frs) - 1 else ("; and" if n == len(frs) - 2 else ";")
                    blocks.append(B("item", fill(p["v"]["text"], ctx) + end, label=lab, pl=p))
                    cites[id(p)] = "clause %d.%d%s" % (clause_no, sub, lab)
                items = [it for it in items if it[0] != "rule"]
            texts = []
            for kind, it in items:
                if kind == "filler":
                    texts.append((fill(it["text"], ctx), None))
                else:
                    texts.append((None, it))
            if h == "defs":
                defs = [t for t in texts if t[0] is None and t[1]["v"]["text"].startswith("\"")] + \
                       [t for t in texts if t[0] is not None and t[0].startswith("\"")]
                defs.sort(key=lambda t: (fill(t[1]["v"]["text"], ctx) if t[0] is None else t[0]).lower())
                rest = [t for t in texts if t not in defs]
                texts = defs + rest
            else:
                rng.shuffle(texts)
            for ftext, p in texts:
                sub += 1
                n = "%d.%d" % (clause_no, sub)
                if p is None:
                    blocks.append(B("sub", ftext, num=n, auto=auto))
                    continue
                add_rule_blocks(blocks, p, n, ctx, auto, c)
                cites[id(p)] = "clause %s" % n
        for p in notused.get(h, []):
            clause_no += 1
            blocks.append(B("clause", cap(fill(p["v"]["heading"], ctx)), num=str(clause_no), auto=auto))
            blocks.append(B("para", "[Not used]"))
            cites[id(p)] = "clause %d" % clause_no
    # ---------- signatures
    blocks.append(B("h1", rng.choice(["Signatures", "Execution"])))
    for who in (c["a_name"], c["p_name"]):
        blocks.append(B("para", "Signed for and on behalf of %s" % who))
        blocks.append(B("para", "Name: ............................  Position: ............................  Date: ............"))
    # ---------- schedules
    sched = 0

    def sched_paras(k, items, title):
        blocks.append(B("h1", "Schedule %d - %s" % (k, title)))
        m = 0
        for kind, it in items:
            m += 1
            n = "%d.%d" % (k, m)
            if kind == "filler":
                blocks.append(B("sub", fill(it, ctx), num=n, auto=False))
            else:
                add_rule_blocks(blocks, it, n, ctx, False, c)
                cites[id(it)] = "Schedule %d, paragraph %s" % (k, n)

    sched += 1
    spec = [("filler", t) for t in SERVICES[c["theme"]][:2 if lay["short"] else 3]]
    spec_rules = [("rule", p) for kind, p in sections.get("spec", [])]
    sched_paras(sched, spec + spec_rules, "Service Specification" if not c["grant"] else "Description of the Funded Services")
    sched += 1
    if c["grant"]:
        pay = [("filler", "The total {FEES} is %s pounds, payable in four equal quarterly instalments." % rng.choice(["240,000", "410,000", "185,500"])),
               ("filler", "Each instalment is paid within 20 Working Days after the {A} approves the claim form for the previous quarter.")]
        sched_paras(sched, pay, "Grant Payments")
    else:
        pay = [("filler", "The annual contract price is %s pounds, payable in twelve equal monthly instalments." % rng.choice(["612,000", "1,240,000", "384,750", "958,200"])),
               ("filler", "Additional hours or activity agreed in writing by the {A} are charged at the rates in the table below.")]
        sched_paras(sched, pay[:1] if lay["short"] else pay, "Charges")
        if not lay["short"]:
            blocks.append(B("table", rows=[["Element", "Unit", "Rate"], ["Additional delivery", "per hour", "%d.%02d pounds" % (rng.randint(19, 38), rng.randrange(0, 100, 5))],
                                            ["Out-of-hours delivery", "per hour", "%d.%02d pounds" % (rng.randint(26, 45), rng.randrange(0, 100, 5))]], kind="charges"))
    if lay["complaints_sched"] and (sections.get("sched_complaints") or notused.get("sched_complaints")):
        sched += 1
        items = list(sections.get("sched_complaints", []))
        rng.shuffle(items)
        sched_paras(sched, items, "Complaints and User Feedback")
        for p in notused.get("sched_complaints", []):
            blocks.append(B("h2", fill(p["v"]["heading"], ctx)))
            blocks.append(B("para", "[Not used]"))
            cites[id(p)] = "Schedule %d, part headed %s" % (sched, fill(p["v"]["heading"], ctx))
    rows = [p for kind, p in sections.get("matrix", [])]
    if rows:
        sched += 1
        rng.shuffle(rows)
        blocks.append(B("h1", "Schedule %d - Obligations Matrix" % sched))
        blocks.append(B("para", "Each obligation listed in the table below is to be performed by the party named in the Responsible party column."))
        hdr = rng.choice([["Ref", "Requirement", "Detail", "Responsible party"], ["No.", "Obligation", "Description", "Responsible party"]])
        trows = [hdr]
        for n, p in enumerate(rows):
            ref = "M%d" % (n + 1)
            trows.append([ref] + [fill(x, ctx) for x in p["v"]["row"]])
            cites[id(p)] = "Schedule %d, row %s" % (sched, ref)
        blocks.append(B("table", rows=trows, kind="matrix"))
    # ---------- cross-references
    cond = nums.get("conduct")
    conduct_ref = "clause %d (%s)" % (cond, heads["conduct"]) if cond else "the standards of conduct clause"
    pay_ref = str(nums.get("payment", ""))
    for b in blocks:
        for key in ("text",):
            if key in b and b[key]:
                b[key] = b[key].replace("{CONDUCT}", conduct_ref).replace("{PAYMENT}", pay_ref)
        if "segs" in b:
            b["segs"] = [(k, x.replace("{CONDUCT}", conduct_ref).replace("{PAYMENT}", pay_ref)) for k, x in b["segs"]]
        if "rows" in b:
            b["rows"] = [[x.replace("{CONDUCT}", conduct_ref) for x in row] for row in b["rows"]]
    c["cites"] = cites
    c["conduct_ref"] = conduct_ref
    # comment anchor: first filler sub-clause of the services clause
    if c["special"].get("comment"):
        tgt = None
        sv = nums.get("services")
        for b in blocks:
            if b["t"] == "sub" and b["num"].startswith("%s." % sv) and not b.get("pl"):
                tgt = b
                break
        r = c["special"]["comment"]
        tgt["comment"] = fill(BANK[r]["comment"], ctx)
        c["comment_cite"] = "comment on clause %s" % tgt["num"]
    return blocks


def add_rule_blocks(blocks, p, n, ctx, auto, c):
    v = p["v"]
    if v["form"] == "list":
        blocks.append(B("sub", fill(v["lead"], ctx), num=n, auto=auto, pl=p))
        for m, it in enumerate(v["items"]):
            blocks.append(B("item", fill(it, ctx), label="(%s)" % "abcdefgh"[m], pl=p))
        return
    text = vtext(v, ctx)
    if p.get("deleted"):
        host = fill(HOSTS[c["i"] % len(HOSTS)], ctx)
        blocks.append(B("sub", "", num=n, auto=auto, pl=p, segs=[("t", host + " "), ("del", text)]))
    elif p.get("inserted"):
        blocks.append(B("sub", "", num=n, auto=auto, pl=p, segs=[("ins", text)]))
    else:
        blocks.append(B("sub", text, num=n, auto=auto, pl=p))


# ---------------------------------------------------------------- visible / hidden text
def segs_of(b):
    return b["segs"] if b.get("segs") else [("t", b["text"])]


def body_text(b):
    return "".join(x for k, x in segs_of(b) if k in ("t", "ins"))


def visible(b):
    t = b["t"]
    if t in ("title", "h1", "h2", "para"):
        return [body_text(b)]
    if t == "clause":
        return ["%s. %s" % (b["num"], b["text"])]
    if t == "sub":
        return ["%s %s" % (b["num"], body_text(b).rstrip())]
    if t == "item":
        return ["%s %s" % (b["label"], body_text(b))]
    if t == "table":
        return [x for row in b["rows"] for x in row]
    raise ValueError(t)


def visible_pdf(b):
    """What the PDF text layer is compared with: pdftotext emits hanging clause numbers and
    multi-line table cells out of reading order, so numbers are left out and tables are
    covered by the text conversion only."""
    t = b["t"]
    if t == "table":
        return []
    if t == "clause":
        return [b["text"]]
    return [body_text(b).rstrip()]


def hidden(b):
    out = [x for k, x in segs_of(b) if k == "del"] if b["t"] in ("sub", "para", "item") else []
    if b.get("comment"):
        out.append(b["comment"])
    return out


def words_of(blocks):
    return sum(len(t.split()) for b in blocks for t in visible(b))


# ---------------------------------------------------------------- verdicts
def verdicts(c):
    ctx, cites = c["ctx"], c["cites"]
    out = {}
    contrib = {r: [] for r in RULES}
    for p in c["placements"]:
        r, k = p["rule"], p["kind"]
        cite = cites[id(p)]
        if p.get("deleted"):
            continue
        if k in ("pass", "weak"):
            contrib[r].append((k, k, p, cite))
        for t, verdict in p["v"].get("also", {}).items():
            contrib[t].append((verdict, "interaction", p, cite))
    tempting = {}
    for b in c["blocks"]:
        pass
    for h, items in c["sections"].items():
        for kind, it in items:
            if kind == "filler":
                for t in it.get("tempts", []):
                    tempting.setdefault(t, "filler")
    for p in c["placements"]:
        for t in p["v"].get("tempts", []):
            tempting.setdefault(t, cites[id(p)])
    for r in RULES:
        main = [p for p in c["placements"] if p["rule"] == r and p["role"] == "main"]
        main = main[0] if main else None
        kind = c["kinds"][r]
        ps = [x for x in contrib[r] if x[0] == "pass"]
        ws = [x for x in contrib[r] if x[0] == "weak"]
        if ps:
            own = [x for x in ps if x[1] == "pass"]
            verdict, label, p, cite = (own or ps)[0]
            if label == "interaction":
                why = "the %s clause also states: %s" % (p["rule"], PASS_WHY[r])
            else:
                why = PASS_WHY[r]
                extra = []
                if p["v"].get("why"):
                    extra.append(p["v"]["why"])
                f = p["v"]["form"]
                if f == "row":
                    extra.append("matrix row, Responsible party = %s" % ctx["P"])
                elif f == "list":
                    extra.append("lead-in with (a)/(b) items")
                elif f == "frag" and c["use_general"]:
                    extra.append("item under a shared lead-in")
                if p.get("inserted"):
                    extra.append("inside a tracked insertion")
                if ws:
                    extra.append("weak wording also at %s" % ws[0][3])
                if extra:
                    why += " (" + "; ".join(extra) + ")"
            out[r] = ("pass", label, why, cite)
        elif ws:
            verdict, label, p, cite = ws[0]
            if label == "interaction":
                why = "%s clause also gives weak %s" % (p["rule"], TOPIC[r])
            else:
                why = p["v"].get("why", "weak wording")
            out[r] = ("weak", label, why, cite)
        else:
            if c["special"].get("deleted") == r:
                out[r] = ("gap", "deleted", "only qualifying clause is inside a tracked deletion", cites[id(main)] + ", deleted text")
            elif c["special"].get("comment") == r:
                out[r] = ("gap", "comment_only", "duty stated only in a reviewer comment, not contract text", c["comment_cite"])
            elif kind == "absent":
                why = "%s not mentioned" % TOPIC[r]
                if r in tempting:
                    why += "; only look-alike wording elsewhere"
                out[r] = ("gap", "absent", why, "no clause")
            elif kind == "wrong_party":
                out[r] = ("gap", "wrong_party", main["v"].get("why", WRONG_WHY), cites[id(main)])
            elif kind == "negated":
                f = main["v"]["form"]
                why = main["v"].get("why") or ("[Not used] under the heading" if f == "notused" else "disapplied")
                out[r] = ("gap", "negated", why, cites[id(main)])
            elif kind == "decoy":
                out[r] = ("gap", "decoy", main["v"].get("why", "look-alike wording"), cites[id(main)])
            else:
                raise ValueError((r, kind))
    return out


def expected_text(c):
    v = verdicts(c)
    c["verdicts"] = v
    lines = []
    for r in RULES:
        verdict, label, why, cite = v[r]
        lines.append("%s %s  # %s: %s (%s)" % (r, verdict, label, why, cite))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- renderers: text and Markdown
def render_txt(c):
    wrap = c["feat"].get("wrap", False)
    out = []

    def para(t, first="", rest=""):
        if wrap:
            out.extend(textwrap.wrap(t, 78, initial_indent=first, subsequent_indent=rest,
                                     break_long_words=False, break_on_hyphens=False))
        else:
            out.append(first + t)
        out.append("")

    for b in c["blocks"]:
        t = b["t"]
        if t == "title":
            out += [b["text"], "=" * len(b["text"]), ""]
        elif t == "h1":
            out += [b["text"], "-" * len(b["text"]), ""]
        elif t == "h2":
            out += [b["text"], ""]
        elif t == "clause":
            out += [visible(b)[0], ""]
        elif t == "sub":
            para(body_text(b), b["num"] + " ", " " * (len(b["num"]) + 1))
        elif t == "item":
            para(body_text(b), "    " + b["label"] + " ", " " * (len(b["label"]) + 5))
        elif t == "para":
            para(body_text(b))
        elif t == "table":
            for row in b["rows"]:
                out.append(" | ".join(row))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_md(c):
    out = []
    tables = c["feat"].get("md_tables", False)
    for b in c["blocks"]:
        t = b["t"]
        if t == "title":
            out += ["# " + b["text"], ""]
        elif t == "h1":
            out += ["## " + b["text"], ""]
        elif t == "h2":
            out += ["#### " + b["text"], ""]
        elif t == "clause":
            out += ["### " + visible(b)[0], ""]
        elif t == "sub":
            out += ["%s %s" % (b["num"], body_text(b)), ""]
        elif t == "item":
            out += ["- %s %s" % (b["label"], body_text(b)), ""]
        elif t == "para":
            out += [body_text(b), ""]
        elif t == "table":
            rows = b["rows"]
            if tables:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "|".join("---" for _ in rows[0]) + "|")
                for row in rows[1:]:
                    out.append("| " + " | ".join(row) + " |")
                out.append("")
            else:
                for row in rows[1:]:
                    out.append("- " + "; ".join("%s: %s" % (h, x) for h, x in zip(rows[0], row)))
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def md_visible_table(b):
    """Markdown without tables renders rows as 'Header: cell' items; cells stay verbatim."""
    return [x for row in b["rows"] for x in row]


# ---------------------------------------------------------------- zip writing
def write_zip(path, members):
    with zipfile.ZipFile(path, "w") as z:
        for name, data, stored in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)


# ---------------------------------------------------------------- hand-built ODT
ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)
ODT_DATE = "2025-03-14T10:30:00"


def render_odt(c):
    body, changes = [], []
    ntab = 0
    for b in c["blocks"]:
        t = b["t"]
        if t == "title":
            body.append('<text:p text:style-name="Title">%s</text:p>' % escape(b["text"]))
        elif t in ("h1", "h2"):
            lvl = 1 if t == "h1" else 3
            body.append('<text:h text:style-name="H%d" text:outline-level="%d">%s</text:h>' % (lvl, lvl, escape(b["text"])))
        elif t == "clause":
            body.append('<text:h text:style-name="H2" text:outline-level="2">%s</text:h>' % escape(visible(b)[0]))
        elif t in ("sub", "item", "para"):
            style = {"sub": "Clause", "item": "Item", "para": "Body"}[t]
            prefix = b["num"] + " " if t == "sub" else (b["label"] + " " if t == "item" else "")
            inner = escape(prefix)
            for k, x in segs_of(b):
                if k == "t":
                    inner += escape(x)
                elif k == "del":
                    cid = "ct%d" % (len(changes) + 1)
                    changes.append('<text:changed-region xml:id="%s" text:id="%s"><text:deletion><office:change-info>'
                                   '<dc:creator>Contracts Team</dc:creator><dc:date>%s</dc:date></office:change-info>'
                                   '<text:p text:style-name="%s">%s</text:p></text:deletion></text:changed-region>'
                                   % (cid, cid, ODT_DATE, style, escape(x)))
                    inner += '<text:change text:change-id="%s"/>' % cid
                else:
                    raise ValueError("ODT builder: no insertions")
            if b.get("comment"):
                inner += ('<office:annotation><dc:creator>Legal Reviewer</dc:creator><dc:date>%s</dc:date>'
                          '<text:p>%s</text:p></office:annotation>' % (ODT_DATE, escape(b["comment"])))
            body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inner))
        elif t == "table":
            ntab += 1
            rows = b["rows"]
            tt = ['<table:table table:name="Table%d" table:style-name="Tbl">' % ntab,
                  '<table:table-column table:number-columns-repeated="%d"/>' % len(rows[0])]
            for ri, row in enumerate(rows):
                cells = "".join('<table:table-cell office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                                % ("TH" if ri == 0 else "Cell", escape(x)) for x in row)
                if ri == 0:
                    tt.append("<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>" % cells)
                else:
                    tt.append("<table:table-row>%s</table:table-row>" % cells)
            tt.append("</table:table>")
            body.append("".join(tt))
    tracked = ""
    if changes:
        tracked = '<text:tracked-changes text:track-changes="false">%s</text:tracked-changes>' % "".join(changes)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.3"><office:font-face-decls/>'
               '<office:automatic-styles><style:style style:name="Tbl" style:family="table">'
               '<style:table-properties style:width="16.5cm" table:align="left"/></style:style></office:automatic-styles>'
               '<office:body><office:text>%s%s</office:text></office:body></office:document-content>'
               % (ODT_NS, tracked, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s office:version="1.3"><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-family="\'Liberation Serif\'" fo:font-size="11pt"/></style:style>'
              '<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>'
              '<style:style style:name="Clause" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="1cm" fo:text-indent="-1cm"/></style:style>'
              '<style:style style:name="Item" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="2cm" fo:text-indent="-0.8cm"/></style:style>'
              '<style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard"/>'
              '<style:style style:name="TH" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="H2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="H3" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="3"><style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>'
              '</office:styles></office:document-styles>' % ODT_NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.3"><office:meta><meta:generator>%s</meta:generator>'
            '<dc:title>%s</dc:title><meta:creation-date>1980-01-01T00:00:00</meta:creation-date><dc:date>1980-01-01T00:00:00</dc:date>'
            '</office:meta></office:document-meta>' % (ODT_NS, GENERATOR, escape(c["blocks"][0]["text"])))
    members = [("mimetype", b"application/vnd.oasis.opendocument.text", True)]
    files = [("content.xml", content), ("styles.xml", styles), ("meta.xml", meta)]
    if changes:
        # view setting "hide changes": a viewer shows the document as if the deletion were accepted
        files.append(("settings.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                      '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                      'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" xmlns:ooo="http://openoffice.org/2004/office" '
                      'office:version="1.3"><office:settings><config:config-item-set config:name="ooo:view-settings">'
                      '<config:config-item config:name="ShowRedlineChanges" config:type="boolean">false</config:config-item>'
                      '</config:config-item-set></office:settings></office:document-settings>'))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                + "".join('<manifest:file-entry manifest:full-path="%s" manifest:media-type="text/xml"/>' % n for n, _ in files)
                + '</manifest:manifest>')
    members.append(("META-INF/manifest.xml", manifest.encode(), False))
    members += [(n, d.encode(), False) for n, d in files]
    return members


# ---------------------------------------------------------------- hand-built DOCX
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOCX_DATE = "2025-03-14T10:30:00Z"
RPR_VARIANTS = ["", '<w:rPr><w:lang w:val="en-GB"/></w:rPr>', '<w:rPr><w:noProof/></w:rPr>',
                '<w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/></w:rPr>']


def render_docx(c):
    feat = c["feat"]
    srng = random.Random(SEED * 7 + c["i"])
    body, comments = [], []
    ids = [200]

    def nid():
        ids[0] += 1
        return ids[0]

    def run(t, rpr=""):
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(t))

    def runs(t, split):
        """Plain text as one run, or split across 2-4 runs at arbitrary points (mid-word included)."""
        if not split or len(t) < 30:
            return run(t)
        cuts = sorted(srng.sample(range(3, len(t) - 3), srng.randint(1, 3)))
        parts, last = [], 0
        for cpos in cuts + [len(t)]:
            parts.append(t[last:cpos])
            last = cpos
        out = ""
        for n, part in enumerate(parts):
            if part:
                if n and srng.random() < 0.3:
                    out += '<w:proofErr w:type="spellStart"/>'
                out += run(part, srng.choice(RPR_VARIANTS))
        return out

    for b in c["blocks"]:
        t = b["t"]
        split = feat.get("split") and t in ("sub", "item", "para") and srng.random() < 0.35
        if t == "title":
            body.append('<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>%s</w:p>' % run(b["text"]))
        elif t in ("h1", "h2"):
            body.append('<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr>%s</w:p>' % ("Heading1" if t == "h1" else "Heading3", run(b["text"])))
        elif t == "clause":
            if b.get("auto"):
                body.append('<w:p><w:pPr><w:pStyle w:val="ClauseHeading"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>%s</w:p>' % run(b["text"]))
            else:
                body.append('<w:p><w:pPr><w:pStyle w:val="ClauseHeading"/></w:pPr>%s</w:p>' % run(visible(b)[0]))
        elif t in ("sub", "item", "para"):
            if t == "sub":
                if b.get("auto"):
                    ppr = '<w:pPr><w:pStyle w:val="ClauseText"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                    prefix = ""
                else:
                    ppr = '<w:pPr><w:pStyle w:val="ClauseText"/><w:ind w:left="851" w:hanging="851"/></w:pPr>'
                    prefix = b["num"] + "\t"
            elif t == "item":
                ppr = '<w:pPr><w:pStyle w:val="ListItem"/></w:pPr>'
                prefix = b["label"] + "\t"
            else:
                ppr = '<w:pPr><w:pStyle w:val="BodyText"/></w:pPr>'
                prefix = ""
            inner = run(prefix) if prefix else ""
            for k, x in segs_of(b):
                if k == "t":
                    inner += runs(x, split)
                elif k == "ins":
                    inner += '<w:ins w:id="%d" w:author="Contracts Team" w:date="%s">%s</w:ins>' % (nid(), DOCX_DATE, run(x))
                elif k == "del":
                    inner += ('<w:del w:id="%d" w:author="Contracts Team" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                              % (nid(), DOCX_DATE, escape(x)))
            if b.get("comment"):
                cid = len(comments)
                comments.append('<w:comment w:id="%d" w:author="Legal Reviewer" w:date="%s" w:initials="LR"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                                '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>' % (cid, DOCX_DATE, escape(b["comment"])))
                inner = ('<w:commentRangeStart w:id="%d"/>' % cid) + inner + (
                    '<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>' % (cid, cid))
            body.append("<w:p>%s%s</w:p>" % (ppr, inner))
        elif t == "table":
            rows = b["rows"]
            ncol = len(rows[0])
            widths = [900] + [(9000 - 900) // (ncol - 1)] * (ncol - 1) if b.get("kind") == "matrix" else [9000 // ncol] * ncol
            border = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % s for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            tt = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>%s</w:tblBorders></w:tblPr>' % border,
                  "<w:tblGrid>%s</w:tblGrid>" % "".join('<w:gridCol w:w="%d"/>' % w for w in widths)]
            for ri, row in enumerate(rows):
                trpr = '<w:trPr><w:tblHeader/></w:trPr>' if ri == 0 else ""
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>%s</w:p></w:tc>'
                                % (w, run(x, "<w:rPr><w:b/></w:rPr>" if ri == 0 else "")) for w, x in zip(widths, row))
                tt.append("<w:tr>%s%s</w:tr>" % (trpr, cells))
            tt.append("</w:tbl><w:p/>")
            body.append("".join(tt))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1247" w:bottom="1134" w:left="1247" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
                '</w:body></w:document>' % (W, R_NS, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="%s">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:cs="Liberation Serif"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ClauseHeading"><w:name w:val="Clause Heading"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ClauseText"><w:name w:val="Clause Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ListItem"><w:name w:val="List Item"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="1418" w:hanging="567"/><w:spacing w:after="80"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
              '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
              '</w:styles>' % W)
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="%s">'
                 '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
                 '<w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/>'
                 '<w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % W)
    tracked = any(k != "t" for b in c["blocks"] if b["t"] in ("sub", "para", "item") for k, _ in segs_of(b))
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="%s">%s'
                '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/></w:settings>'
                % (W, '<w:revisionView w:markup="0" w:insDel="0"/>' if tracked else ""))
    comments_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="%s">%s</w:comments>' % (W, "".join(comments)))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>' % R_NS)
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="%s/styles" Target="styles.xml"/>'
               '<Relationship Id="rId2" Type="%s/numbering" Target="numbering.xml"/>'
               '<Relationship Id="rId3" Type="%s/settings" Target="settings.xml"/>'
               '<Relationship Id="rId4" Type="%s/comments" Target="comments.xml"/>'
               '</Relationships>' % (R_NS, R_NS, R_NS, R_NS))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (escape(c["blocks"][0]["text"]), GENERATOR, FIXED_ISO, FIXED_ISO))
    return [("[Content_Types].xml", ctypes.encode(), False), ("_rels/.rels", rels.encode(), False),
            ("docProps/core.xml", core.encode(), False), ("word/document.xml", document.encode(), False),
            ("word/styles.xml", styles.encode(), False), ("word/numbering.xml", numbering.encode(), False),
            ("word/settings.xml", settings.encode(), False), ("word/comments.xml", comments_xml.encode(), False),
            ("word/_rels/document.xml.rels", docrels.encode(), False)]


# ---------------------------------------------------------------- whole set
def generate():
    rng = random.Random(SEED)
    USED_SPECIAL.clear()
    kinds, fmts, feats = plan(rng)
    picker = Picker(rng)
    roles = []
    while len(roles) < 24:
        r = list(P_ROLES)
        rng.shuffle(r)
        roles += r
    # exercise each recorded interaction once where the target rule is otherwise absent or weak
    force, taken = {}, set()
    for r in RULES:
        for j, v in enumerate(BANK[r]["pass"]):
            for t in v.get("also", {}):
                for want in ("absent", "weak"):
                    hit = [i for i in range(24) if kinds[i][r] == "pass" and kinds[i][t] == want
                           and not feats[i].get("tracked") and i not in taken]
                    if hit:
                        force[(hit[0], r)] = j
                        taken.add(hit[0])
                        break
    contracts = []
    for i, setting in enumerate(SETTINGS):
        crng = random.Random(SEED * 31 + i)
        c = build_contract(i, setting, fmts[i], feats[i], kinds[i], picker, crng, roles[i],
                           {r: j for (k, r), j in force.items() if k == i})
        c["name"] = "%02d-%s-%s" % (i + 1, slug(c["a_name"].replace("NHS ", "").split(" ")[0]), c["theme"].replace("_", "-"))
        c["file"] = c["name"] + "." + fmts[i]
        c["expected"] = expected_text(c)
        contracts.append(c)
    return contracts


def write_all(contracts, out):
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for c in contracts:
        dest = os.path.join(out, c["file"])
        if c["fmt"] == "txt":
            open(dest, "w", encoding="utf-8", newline="\n").write(render_txt(c))
        elif c["fmt"] == "md":
            open(dest, "w", encoding="utf-8", newline="\n").write(render_md(c))
        elif c["fmt"] == "odt":
            write_zip(dest, render_odt(c))
        else:
            write_zip(dest, render_docx(c))
        with open(os.path.join(out, c["name"] + ".expected"), "w", encoding="utf-8", newline="\n") as f:
            f.write(c["expected"])
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(contracts))


# ---------------------------------------------------------------- checks
def norm(s):
    s = s.replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\ufeff", "")
    return re.sub(r"\s+", " ", s).strip()


def squash(s):
    return re.sub(r"[\s\-\u2010-\u2015]+", "", norm(s))


def soffice_convert(paths, target, outdir):
    if not paths:
        return
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", target, "--outdir", outdir] + paths
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


def check(contracts):
    errors = []
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    fmt_count = {}
    have = {"ins": 0, "del_docx": 0, "comment_docx": 0, "split": 0, "auto": 0, "del_odt": 0, "annot_odt": 0, "md_table": 0}
    names = sorted(os.listdir(OUT))
    want = sorted([c["file"] for c in contracts] + [c["name"] + ".expected" for c in contracts] + ["README.md"])
    if names != want:
        errors.append("folder content differs: extra %s missing %s" % (sorted(set(names) - set(want)), sorted(set(want) - set(names))))
    tmp = tempfile.mkdtemp(prefix="set16-check-")
    try:
        office = [os.path.abspath(os.path.join(OUT, c["file"])) for c in contracts if c["fmt"] in ("docx", "odt")]
        soffice_convert(office, "txt:Text (encoded):UTF8", tmp)
        soffice_convert(office, "pdf", tmp)
        for c in contracts:
            fn = c["file"]
            path = os.path.join(OUT, fn)
            if not os.path.isfile(path):
                errors.append(fn + ": missing")
                continue
            fmt = c["fmt"]
            fmt_count[fmt] = fmt_count.get(fmt, 0) + 1
            data = open(path, "rb").read()
            texts = []          # (label, normalised text, key function)
            if fmt in ("docx", "odt"):
                with zipfile.ZipFile(path) as z:
                    zn = z.namelist()
                    if fmt == "odt" and (zn[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED):
                        errors.append(fn + ": mimetype not first/stored")
                    for n in zn:
                        if z.getinfo(n).date_time != FIXED:
                            errors.append("%s: timestamp %s" % (fn, n))
                        if n.endswith(".xml") or n.endswith(".rels"):
                            try:
                                ET.fromstring(z.read(n))
                            except ET.ParseError as e:
                                errors.append("%s: %s not well-formed: %s" % (fn, n, e))
                    if fmt == "docx":
                        doc = z.read("word/document.xml").decode()
                        com = z.read("word/comments.xml").decode()
                        have["ins"] += "<w:ins " in doc
                        have["del_docx"] += "<w:delText" in doc
                        have["comment_docx"] += "<w:comment " in com
                        have["split"] += "w:proofErr" in doc
                        have["auto"] += "<w:numPr>" in doc
                    else:
                        con = z.read("content.xml").decode()
                        have["del_odt"] += "<text:deletion>" in con
                        have["annot_odt"] += "<office:annotation>" in con
                stem = os.path.splitext(fn)[0]
                tp, pp = os.path.join(tmp, stem + ".txt"), os.path.join(tmp, stem + ".pdf")
                if not os.path.isfile(tp) or not os.path.isfile(pp):
                    errors.append(fn + ": LibreOffice conversion failed")
                    continue
                texts.append(("soffice-txt", norm(open(tp, encoding="utf-8-sig").read()), norm))
                pdftxt = subprocess.run(["pdftotext", "-enc", "UTF-8", pp, "-"], check=True, capture_output=True).stdout.decode("utf-8")
                texts.append(("soffice-pdf", squash(pdftxt), squash))
            else:
                raw = data.decode("utf-8")
                texts.append((fmt, norm(raw), norm))
                if fmt == "md" and "|---|" in raw:
                    have["md_table"] += 1
            for b in c["blocks"]:
                for label, body, key in texts:
                    for t in (visible_pdf(b) if label == "soffice-pdf" else visible(b)):
                        if t.strip() and key(t) not in body:
                            errors.append("%s [%s]: visible text missing: %r" % (fn, label, t[:70]))
                for t in hidden(b):
                    for label, body, key in texts:
                        if label == "soffice-txt" and t not in (b.get("comment") or ""):
                            continue        # LibreOffice's text filter emits tracked deletions; the PDF check covers them
                        if key(t) in body:
                            errors.append("%s [%s]: hidden text present: %r" % (fn, label, t[:70]))
            # every placed, non-deleted rule text is visible
            for p in c["placements"]:
                if p.get("deleted"):
                    continue
            wc = words_of(c["blocks"])
            c["words"] = wc
            if not WORDS_MIN <= wc <= WORDS_MAX:
                errors.append("%s: %d words outside %d-%d" % (fn, wc, WORDS_MIN, WORDS_MAX))
            exp = os.path.join(OUT, c["name"] + ".expected")
            raw = open(exp, "rb").read()
            if not raw.endswith(b"\n") or b"\r" in raw:
                errors.append(exp + ": bad line endings")
            lines = raw.decode("utf-8").splitlines()
            if len(lines) != 22:
                errors.append("%s: %d lines" % (exp, len(lines)))
            for r, line in zip(RULES, lines):
                m = re.match(r"^(\S+) (pass|weak|gap)  # (pass|weak|interaction|absent|negated|decoy|wrong_party|deleted|comment_only): .+ \((.+)\)$", line)
                if not m or m.group(1) != r:
                    errors.append("%s: bad line for %s: %r" % (exp, r, line))
                    continue
                counts[r][m.group(2)] += 1
                v = m.group(2)
                if (v == "gap") != (m.group(3) in GAP_KINDS):
                    errors.append("%s: verdict/kind mismatch: %r" % (exp, line))
            # construction checks
            sp = c["special"]
            if sp.get("deleted") and c["verdicts"][sp["deleted"]][0] != "gap":
                errors.append("%s: deleted rule %s not gap" % (fn, sp["deleted"]))
            if sp.get("comment") and c["verdicts"][sp["comment"]][0] != "gap":
                errors.append("%s: comment rule %s not gap" % (fn, sp["comment"]))
            if sp.get("inserted") and c["verdicts"][sp["inserted"]][0] != "pass":
                errors.append("%s: inserted rule %s not pass" % (fn, sp["inserted"]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for r in RULES:
        k = counts[r]
        if k["pass"] < 5 or k["gap"] < 5 or k["weak"] < 2:
            errors.append("rule %s spread too thin: %s" % (r, k))
    if fmt_count != WANT_FORMATS:
        errors.append("format split wrong: %s" % fmt_count)
    if have["ins"] < 2 or have["del_docx"] < 2 or have["comment_docx"] < 2 or have["split"] < 2 or have["auto"] < 2:
        errors.append("DOCX features missing: %s" % have)
    if have["del_odt"] < 2 or have["annot_odt"] < 2:
        errors.append("ODT features missing: %s" % have)
    if have["md_table"] < 2:
        errors.append("too few Markdown pipe tables")
    return errors, counts, have


# ---------------------------------------------------------------- README
def spread(contracts):
    labels = ["pass", "weak", "absent", "negated", "decoy", "wrong_party", "deleted", "comment_only", "interaction"]
    tab = {r: {l: 0 for l in labels} for r in RULES}
    ver = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    for c in contracts:
        for r in RULES:
            v, label, _, _ = c["verdicts"][r]
            tab[r][label] += 1
            ver[r][v] += 1
    return labels, tab, ver


def readme(contracts):
    labels, tab, ver = spread(contracts)
    out = [README_HEAD]
    out += ["## Kind spread per rule (final labels in the `.expected` files)", "",
            "| Rule | " + " | ".join(labels) + " | **pass** | **weak** | **gap** |",
            "|---|" + "---|" * (len(labels) + 3)]
    tot = {"pass": 0, "weak": 0, "gap": 0}
    for r in RULES:
        for v in tot:
            tot[v] += ver[r][v]
        out.append("| %s | %s | %d | %d | %d |" % (r, " | ".join(str(tab[r][l]) for l in labels), ver[r]["pass"], ver[r]["weak"], ver[r]["gap"]))
    n = sum(tot.values())
    out += ["", "Totals over 24 x 22 = %d verdicts: pass %d (%.0f%%), weak %d (%.0f%%), gap %d (%.0f%%)." % (
        n, tot["pass"], 100.0 * tot["pass"] / n, tot["weak"], 100.0 * tot["weak"] / n, tot["gap"], 100.0 * tot["gap"] / n), ""]
    out += ["## Files", "", "| File | Format and features | Provider / authority | Parties form | Words |", "|---|---|---|---|---|"]
    pforms = ["numbered parties list", "one-sentence narrative", "key-details table", "key: value lines", "'between ... and ...' (hereinafter)"]
    for c in contracts:
        f = {"docx": "DOCX (hand-built)", "odt": "ODT (hand-built)", "txt": "plain text", "md": "Markdown"}[c["fmt"]]
        feat = []
        if c["feat"].get("auto"):
            feat.append("numbering.xml auto-numbered clauses")
        if c["feat"].get("split"):
            feat.append("words split across runs")
        if c["special"].get("inserted"):
            feat.append("tracked insertion (%s)" % c["special"]["inserted"])
        if c["special"].get("deleted"):
            feat.append("tracked deletion (%s)" % c["special"]["deleted"])
        if c["special"].get("comment"):
            feat.append("comment stating a %s duty" % c["special"]["comment"])
        if c["feat"].get("wrap"):
            feat.append("hard-wrapped at 78 columns")
        if c["feat"].get("upper"):
            feat.append("upper-case clause headings")
        if c["fmt"] == "md":
            feat.append("pipe tables" if c["feat"].get("md_tables") else "tables as bullet lists")
        if any(b["t"] == "table" and b.get("kind") == "matrix" for b in c["blocks"]):
            feat.append("obligations matrix")
        if c["lay"]["complaints_sched"]:
            feat.append("complaints in a schedule")
        if c["use_general"]:
            feat.append("shared lead-in list")
        out.append("| %s | %s | %s (%s) / %s (%s) | %s | %d |" % (
            c["file"], f + ("; " + ", ".join(feat) if feat else ""), c["p_name"], c["ctx"]["P"], c["a_name"], c["ctx"]["A"],
            pforms[c["lay"]["parties"]], words_of(c["blocks"])))
    out += ["", README_TAIL]
    return "\n".join(out).rstrip() + "\n"


README_HEAD = """# Blind set 16: generated contracts with verdicts known by construction

Twenty-four fictional public-service contracts assembled by a seeded generator from a clause
bank, for measuring probity on text it has never seen. All organisations, people, addresses
and reference numbers are invented.

## How it was written

* The author read only sections 1 and 2 of `shared/rule-catalogue.md` (with
  `sed -n '1,/^## 3/p'`) and `scripts/make-blind-set14.py` (builder machinery: zip writing,
  DOCX/ODT XML, tracked changes, comments; that file also carries set 14's README text,
  which was read as part of it). The text module that file imports was not opened. No other
  part of the repository, no other fixture set, no corpus file and no probity output was read
  or run; `cargo`, `probity` and the tests were not run.
* Slips: none known. (The only folder of `fixtures/` listed was this set's own output.)
* Tools: Python 3 standard library and LibreOffice 7.4 (`soffice --headless --convert-to`,
  private profile `/tmp/lo-set16`). Beyond that, the checks use `pdftotext` from
  poppler-utils, which was already installed: LibreOffice's text filter writes tracked
  deletions out as ordinary text, so deleted text can only be shown absent in a rendering
  (PDF) made with changes hidden. While looking for a way round this, LibreOffice's Python
  UNO bridge (system `/usr/bin/python3`) was tried a few times on scratch files in `/tmp`; it
  crashed headless and is not used. Nothing of the repository was read by it.
* Every bank text (`scripts/blind_set16_bank.py`) is a paraphrase written for this set from the
  catalogue, with party names as placeholders. Each was checked by hand against all 22 rule
  definitions so that a text written for one rule does not satisfy, weaken or touch another.
  Where an interaction could not be avoided, or was wanted as a realistic combined clause, it
  is recorded as data (`also`) and applied to the verdicts:
  * one COI-01 pass variant ("avoid, notify, and manage or remove it as the authority
    directs") also passes **COI-02**;
  * one COI-02 pass variant (authority may terminate if the provider fails to manage a
    conflict as directed) also passes **ES-09** (termination for an ethical breach);
  * one CDM-01 pass variant (procedure with acknowledgement in 3 and reply in 20 Working
    Days) also passes **CDM-06**.
* Look-alike words used harmlessly (catalogue decoys) are tagged `tempts` in the bank; when the
  tempted rule is otherwise absent its `.expected` reason says "only look-alike wording
  elsewhere".

## Generator design

* `plan()`: for each rule a pool of 24 kinds (11 pass, 4 weak, 2 absent, 3 negated, 2 decoy,
  2 wrong_party) is shuffled across the 24 contracts; formats (8 DOCX, 6 ODT, 5 TXT, 5 MD) and
  document features are assigned.
* For each contract: a theme, jurisdiction (England, Wales, Scotland, Northern Ireland),
  authority role (Council, Authority, Department, Trust, Board, Commissioner), provider role
  (Provider, Supplier, Contractor, Service Provider; Grantee in grant agreements), document
  type and one of five parties-clause forms. Each rule's variant is picked by rotating through
  the bank (least-used first); a pass rule sometimes also gets a weak variant elsewhere (still
  pass), and pass or weak rules sometimes also get a decoy or an authority-side (wrong_party)
  clause (still pass or weak). The bank holds more negated, decoy and wrong_party variants than
  the set has slots for, so a few of those are not used in this build.
* Placement: numbered clauses and sub-clauses under headings (definitions, term, services,
  payment, staff, standards of conduct, conflicts of interest, gifts and hospitality,
  information, complaints, records and audit, data protection, termination, ...), filler from
  the bank between them, `[Not used]` clauses under their own heading, a shared lead-in list
  ("The Provider shall: (a) ...; (b) ...") gathering several rules' fragments, rule-specific
  lead-in lists, a Service Specification schedule, sometimes a Complaints schedule, and
  sometimes an Obligations Matrix schedule (header row with "Responsible party"). Filler is
  added until a per-contract word target is reached (700-820 for five short-form contracts,
  900-1,900 for the rest; the rule texts alone put a floor of about 800 words).
* Parties: the defined names come from the parties clause. "Board" (three contracts) is not in
  the catalogue's authority synonyms (section 1.1); it is used deliberately, as defined there.
* Tracked changes: in 4 DOCX one pass clause sits in a tracked insertion (still pass) and
  another rule's only pass clause sits in a tracked deletion appended to a neutral sentence
  (expected **gap**, label `deleted`); in 3 ODT a `text:tracked-changes` deletion does the same.
  Each of these 7 files also carries a comment/annotation stating a duty for a rule that is
  otherwise absent (expected **gap**, label `comment_only`). These files set the viewer to hide
  changes (DOCX `w:revisionView w:insDel="0"`, ODT `ShowRedlineChanges=false`).
* Verdicts: pass if a pass variant (or a recorded interaction) is present and not deleted;
  else weak if a weak variant is present; else gap with the rule's kind. Each `.expected` line
  reads `RULE verdict  # label: reason (location)`, with labels pass, weak, interaction,
  absent, negated, decoy, wrong_party, deleted, comment_only.
* Judgement calls taken from the catalogue: generic "suitably trained" / induction = weak
  (ES-04); a general audit right = weak and a financial-only audit = gap (ES-08); generic
  material-breach remedies = weak (ES-09); an ethics lead alone (structures only) or a
  one-topic certificate (Modern Slavery Act) = weak (ES-10); complaint data "on request" =
  weak (CDM-02); a table row counts when an intro sentence makes the named Responsible party
  perform it; duties only on the authority or its officers, or rights held by the provider
  against the authority, are wrong_party (gap). Filler avoids generic audit, monitoring,
  training and material-breach wording so that it cannot weaken a rule.
"""

README_TAIL = """## Checks (run by the builder; any failure exits non-zero)

* every file present, nothing else in the folder; zip members well-formed with fixed timestamps;
* 22 lines per `.expected`, in rule order, well-formed, label consistent with verdict;
* every rule has at least 5 pass, 5 gap and 2 weak verdicts across the set;
* word counts 700-2,000; format split 8/6/5/5; DOCX/ODT features present;
* visible text: every placed block (clause headings, sub-clauses, list items, table cells,
  inserted text) is found in the file (TXT/MD) or in LibreOffice's conversion of it (DOCX/ODT:
  `soffice --convert-to txt` and `--convert-to pdf` read with `pdftotext`). Comment text must be
  absent from both conversions; tracked-deletion text must be absent from the PDF conversion
  (LibreOffice's text filter writes tracked deletions out, so it cannot be used for that);
* the deleted rule is gap, the comment rule is gap, the inserted rule is pass;
* determinism: the whole set is generated a second time into a scratch folder and compared
  byte for byte. On the authoring machine (Python 3.11, LibreOffice 7.4.7.2, poppler 22.12)
  two consecutive runs of the builder also produced byte-identical output.

## Rebuild

    python3 scripts/make-blind-set16.py

from the repository root. Needs Python 3 (standard library only), LibreOffice (`soffice`, run
with the private profile `/tmp/lo-set16`) and `pdftotext` for the checks; the generated files
themselves do not depend on LibreOffice.
"""


# ---------------------------------------------------------------- main
def digest_tree(d):
    out = {}
    for n in sorted(os.listdir(d)):
        out[n] = hashlib.sha256(open(os.path.join(d, n), "rb").read()).hexdigest()
    return out


def main():
    if not os.path.isdir("scripts") or not os.path.isdir("fixtures"):
        raise SystemExit("run from the repository root")
    contracts = generate()
    write_all(contracts, OUT)
    errors, counts, have = check(contracts)
    # determinism: generate again from scratch and compare bytes
    scratch = tempfile.mkdtemp(prefix="set16-again-")
    try:
        again = os.path.join(scratch, "set16")
        write_all(generate(), again)
        a, b = digest_tree(OUT), digest_tree(again)
        if a != b:
            errors.append("second generation differs: %s" % sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k)))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for c in contracts:
        print("%-42s %5d words  %s" % (c["file"], c["words"] if "words" in c else words_of(c["blocks"]), c["special"] or ""))
    tot = {"pass": 0, "weak": 0, "gap": 0}
    for r in RULES:
        k = counts[r]
        for v in tot:
            tot[v] += k[v]
        print("%-7s pass %2d  weak %2d  gap %2d" % (r, k["pass"], k["weak"], k["gap"]))
    print("total   pass %d  weak %d  gap %d" % (tot["pass"], tot["weak"], tot["gap"]))
    print("features", have)
    if errors:
        print("\n".join("ERROR: " + e for e in errors), file=sys.stderr)
        sys.exit(1)
    print("set16 OK")


if __name__ == "__main__":
    main()
