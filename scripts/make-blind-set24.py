#!/usr/bin/env python3
"""Build blind fixture set 24 (contract packs, second round).

Run from the repository root:  python3 scripts/make-blind-set24.py
Deletes and rebuilds fixtures/blind/set24/, builds it a second time in a scratch folder and
compares every file's sha256, then checks the set and exits non-zero on any failure.
Contract texts and verdicts live in scripts/blind_set24_contracts.py.

Formats (each document is written once as blocks and rendered per format):
  docx  flat ODT (.fodt, written here) -> LibreOffice --convert-to docx:"MS Word 2007 XML"
  odt   flat ODT -> LibreOffice --convert-to odt:writer8
  pdf   flat ODT -> LibreOffice --convert-to pdf:writer_pdf_Export (text layer)
  md    Markdown written here (ATX headings, pipe tables, '-' lists)
  txt   plain text written here (hard-wrapped at 90 columns, tables as 'label: value' lines)
After LibreOffice only volatile parts are fixed: zip member timestamps (1980-01-01), meta dates,
the Rsid/RsidRoot settings and officeooo:rsid values (renumbered in order of first use), the
PDF /CreationDate (fixed) and /ID (md5 of the file with the volatile fields blanked).

Needs Python 3, LibreOffice (soffice) and poppler-utils (pdftotext).
"""
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import zipfile
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_set24_contracts import FOLDERS, RULES, README  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set24")
LO_PROFILE = "file:///tmp/lo24"
FIXED = (1980, 1, 1, 0, 0, 0)
FIXED_W3C = "2026-01-12T09:00:00Z"
FIXED_ODF = "2026-01-12T09:00:00"
PACK_WORDS = (1500, 2600)  # brief: "~1,500-2,500 words per pack"
TRAP_WORDS = (550, 1500)
PASS_MIN, PASS_MAX = 6, 15
RULE_PASS_MIN, RULE_NONPASS_MIN, RULE_WEAK_MIN = 1, 1, 0  # brief: 1 pass and 1 non-pass per rule
NONCORE_ONLY_MIN = 6
FORMATS_MIN = 2
PDF_MIN = 2
MARKER_PACKS_MIN = 1
SUBFOLDER_PACKS_MIN = 1
PACKS_MIN, TRAPS_MIN = 3, 1  # brief: 4 + 1, at least 3 + 1 if time runs short
PHRASINGS_MIN = 5
CUE = re.compile(r"\b(shall|must|will|agrees? to|undertakes? to|is required to|are required to|warrants?|confirms?|certify)\b", re.I)
PARTY = re.compile(r"\b(Supplier|Provider|Contractor|Operator|Service Provider|Grantee|Staff|Personnel|you|your|Vendor|Consultant|"
                   r"sub-?contractors?)\b", re.I)
CITE = re.compile(r"(?i)\b(clause|condition|para(graph)?|section|article|schedule|annex|part|appendix|table|row|item|"
                  r"heading|note|bullet|field|line|particulars|definition|term|recital|letter)s?\b|\b\d+(\.\d+)+")


# ---------------------------------------------------------------- text helpers
def norm(s):
    s = (s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
         .replace("\u2013", "-").replace("\u2014", "-").replace("\u2026", "...").replace("\u00a0", " ")
         .replace("\u00ad", ""))
    return re.sub(r"\s+", " ", s).strip()


def block_texts(doc):
    out = []
    for b in doc["blocks"]:
        k = b[0]
        if k in ("title", "h1", "h2", "p"):
            out.append((k, b[1]))
        elif k in ("ol", "ul", "toc"):
            out += [(k, x) for x in b[1]]
        elif k == "table":
            out += [("cell", x) for row in b[1] for x in row]
        else:
            raise SystemExit("unknown block " + k)
    return out


def doc_words(doc):
    n = sum(len(t.split()) for k, t in block_texts(doc))
    for extra in (doc.get("header"), doc.get("footer")):
        if extra:
            n += len(extra.split())
    return n


def sentences(s):
    return [x for x in re.split(r"(?<=[.;:])\s+(?=[A-Z(\[\"])", s) if x.strip()]


def duty_sentences(doc):
    out, lead = [], False
    for k, t in block_texts(doc):
        if k in ("ol", "ul") and lead:
            out.append((k, norm(t)))
            continue
        for s in sentences(t):
            if CUE.search(s) and PARTY.search(s):
                out.append((k, norm(s)))
        if k not in ("ol", "ul"):
            lead = t.rstrip().endswith(":") and bool(CUE.search(t)) and bool(PARTY.search(t))
    return out


# ---------------------------------------------------------------- flat ODT
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

STYLES = """<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="10.5pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:line-height="115%"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index"/>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>
<style:style style:name="List_20_Number" style:display-name="List Number" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>
<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2022"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="LN"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>"""

AUTO = """<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>"""


def fodt(doc):
    e = escape
    title = [b[1] for b in doc["blocks"] if b[0] == "title"][0]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">' % NS,
           "<office:meta><meta:generator>set24 builder</meta:generator><dc:title>%s</dc:title><meta:creation-date>%s</meta:creation-date>"
           "<dc:date>%s</dc:date><dc:language>en-GB</dc:language></office:meta>" % (e(title), FIXED_ODF, FIXED_ODF),
           STYLES, AUTO, '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">']
    if doc.get("header"):
        out.append('<style:header><text:p text:style-name="Header">%s</text:p></style:header>' % e(doc["header"]))
    footer = doc.get("footer") or ""
    out.append('<style:footer><text:p text:style-name="Footer">%s%sPage <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>'
               % (e(footer), " | " if footer else ""))
    out.append("</style:master-page></office:master-styles><office:body><office:text>")
    ntab = 0
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            out.append('<text:p text:style-name="Title">%s</text:p>' % e(b[1]))
        elif k in ("h1", "h2"):
            lvl = k[1]
            out.append('<text:h text:style-name="Heading_20_%s" text:outline-level="%s">%s</text:h>' % (lvl, lvl, e(b[1])))
        elif k == "p":
            out.append('<text:p text:style-name="Text_20_body">%s</text:p>' % e(b[1]))
        elif k == "toc":
            out += ['<text:p text:style-name="Contents_20_1">%s</text:p>' % e(x) for x in b[1]]
        elif k in ("ul", "ol"):
            ls, ps = ("LB", "List_20_Bullet") if k == "ul" else ("LN", "List_20_Number")
            out.append('<text:list text:style-name="%s">' % ls + "".join(
                '<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>' % (ps, e(x)) for x in b[1]) + "</text:list>")
        elif k == "table":
            ntab += 1
            rows = b[1]
            out.append('<table:table table:name="Table%d" table:style-name="Tbl"><table:table-column table:number-columns-repeated="%d"/>' % (ntab, len(rows[0])))
            for i, row in enumerate(rows):
                ps = "Table_20_Heading" if (i == 0 and len(b) > 2 and b[2]) else "Table_20_Contents"
                out.append("<table:table-row>" + "".join(
                    '<table:table-cell table:style-name="TblCell" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (ps, e(x))
                    for x in row) + "</table:table-row>")
            out.append("</table:table>")
        else:
            raise SystemExit("block " + k)
    out.append("</office:text></office:body></office:document>")
    return "\n".join(out)


# ---------------------------------------------------------------- Markdown and text
def md_escape(s):
    s = s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
    s = re.sub(r"^(\d+)\. ", r"\1\\. ", s)
    s = re.sub(r"^([-+#>]) ", r"\\\1 ", s)
    return s


def render_md(doc):
    out = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            out += ["# " + md_escape(b[1]), ""]
        elif k in ("h1", "h2"):
            out += ["#" * (int(k[1]) + 1) + " " + md_escape(b[1]), ""]
        elif k == "p":
            out += [md_escape(b[1]), ""]
        elif k == "toc":
            out += [md_escape(x) + "  " for x in b[1]] + [""]
        elif k == "ol":
            out += ["%d. %s" % (i + 1, md_escape(x)) for i, x in enumerate(b[1])] + [""]
        elif k == "ul":
            out += ["- " + md_escape(x) for x in b[1]] + [""]
        elif k == "table":
            rows = b[1]
            if len(b) > 2 and b[2]:
                head, body = rows[0], rows[1:]
            else:
                head, body = ["" for _ in rows[0]], rows
            out.append("| " + " | ".join(md_escape(x) for x in head) + " |")
            out.append("|" + "|".join("---" for _ in head) + "|")
            for row in body:
                out.append("| " + " | ".join(md_escape(x).replace("|", "\\|") for x in row) + " |")
            out.append("")
        else:
            raise SystemExit("block " + k)
    if doc.get("footer"):
        out += ["---", "", md_escape(doc["footer"]), ""]
    s = "\n".join(out)
    if doc.get("header"):
        s = md_escape(doc["header"]) + "\n\n" + s
    return s.rstrip("\n") + "\n"


def wrap(s, indent="", sub=""):
    return textwrap.fill(s, width=90, initial_indent=indent, subsequent_indent=sub or indent,
                         break_long_words=False, break_on_hyphens=False)


def render_txt(doc):
    out = []
    if doc.get("header"):
        out += [doc["header"], ""]
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            t = b[1].upper()
            out += [t, "=" * len(t), ""]
        elif k == "h1":
            out += [b[1], "-" * len(b[1]), ""]
        elif k == "h2":
            out += [b[1], ""]
        elif k == "p":
            out += [wrap(b[1]), ""]
        elif k == "toc":
            out += b[1] + [""]
        elif k == "ol":
            out += [wrap(x, "  (%s) " % "abcdefghijklmnop"[i], "      ") for i, x in enumerate(b[1])] + [""]
        elif k == "ul":
            out += [wrap(x, "  - ", "    ") for x in b[1]] + [""]
        elif k == "table":
            rows = b[1]
            if len(rows[0]) == 2 and not (len(b) > 2 and b[2]):
                w = max(len(r[0]) for r in rows) + 2
                out += [wrap(r[1], (r[0] + ":").ljust(w), " " * w) for r in rows] + [""]
            else:
                head = rows[0]
                for row in rows[1:]:
                    for h, x in zip(head, row):
                        out.append(wrap(x, "  %s: " % h, "      "))
                    out.append("")
        else:
            raise SystemExit("block " + k)
    if doc.get("footer"):
        out += ["", doc["footer"]]
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------- zips and PDFs
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


def fix_member(name, b):
    if not name.endswith((".xml", ".rels", ".rdf")):
        return b
    s = b.decode("utf-8")
    s = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", r"\g<1>" + FIXED_W3C, s)
    s = re.sub(r"(<meta:creation-date>|<dc:date>|<meta:print-date>)[^<]*", r"\g<1>" + FIXED_ODF, s)
    s = re.sub(r"(<meta:editing-duration>)[^<]*", r"\g<1>PT0S", s)
    s = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>1048576", s)
    ids = {}

    def rs(m):
        ids.setdefault(m.group(2), "%06x" % (0x100000 + len(ids)))
        return m.group(1) + ids[m.group(2)] + '"'
    s = re.sub(r'(officeooo:(?:paragraph-)?rsid=")([0-9a-fA-F]+)"', rs, s)
    wids = {}

    def ws(m):
        wids.setdefault(m.group(2).upper(), "%08X" % (0x00100000 + len(wids)))
        return m.group(1) + wids[m.group(2).upper()] + '"'
    s = re.sub(r'(w:rsid\w*=")([0-9A-Fa-f]{8})"', ws, s)
    s = re.sub(r'(<w:rsid(?:Root)? w:val=")([0-9A-Fa-f]{8})"', ws, s)
    return s.encode("utf-8")


def fix_pdf(b):
    m = re.search(rb"/CreationDate\(D:([^)]*)\)", b)
    if not m:
        raise SystemExit("PDF without CreationDate")
    fixed = b"20260112090000Z'"
    if len(m.group(1)) != len(fixed):
        raise SystemExit("PDF CreationDate of unexpected length: %r" % m.group(1))
    b = b[:m.start(1)] + fixed + b[m.end(1):]
    if re.search(rb"/ModDate", b):
        raise SystemExit("PDF has a ModDate: extend fix_pdf")
    spans = [m.span(g) for m in re.finditer(rb"/DocChecksum /([0-9A-Fa-f]+)", b) for g in (1,)]
    ids = list(re.finditer(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", b))
    if len(ids) != 1 or len(spans) > 1:
        raise SystemExit("PDF /ID not found once or several /DocChecksum")
    spans += [ids[0].span(1), ids[0].span(2)]
    blank = bytearray(b)
    for s0, s1 in spans:  # LibreOffice's /ID and /DocChecksum cover volatile data: blank them, then refill from one hash
        blank[s0:s1] = b"0" * (s1 - s0)
    h = hashlib.md5(bytes(blank)).hexdigest().upper().encode()
    for s0, s1 in spans:
        blank[s0:s1] = h[:s1 - s0]
    return bytes(blank)


def soffice(target, srcs, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", target] + srcs + ["--outdir", outdir]
    env = dict(os.environ, TZ="UTC")
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


# ---------------------------------------------------------------- build
def all_contracts():
    for f in FOLDERS:
        for c in f["contracts"]:
            yield f, c


def all_docs():
    for f, c in all_contracts():
        for d in c["docs"]:
            yield f, c, d


def expected_text(f, c):
    lines = ["provider: " + c["provider"],
             "documents: " + ", ".join(f["folder"] + "/" + d["file"] for d in c["docs"])]
    for v in c["verdicts"]:
        if v["verdict"] == "gap":
            lines.append("%s gap  # %s" % (v["rule"], v["why"]))
        else:
            lines.append("%s %s %s/%s  # %s" % (v["rule"], v["verdict"], f["folder"], v["doc"], v["why"]))
    return "\n".join(lines) + "\n"


def build(out, tmp):
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    os.makedirs(tmp)
    lo = {"docx": [], "odt": [], "pdf": []}
    for f in FOLDERS:
        os.makedirs(os.path.join(out, f["folder"]))
        if f["marker"]:
            open(os.path.join(out, f["folder"], "probity-pack.toml"), "w", encoding="utf-8", newline="\n").write(f["marker_text"])
    for f, c, d in all_docs():
        fmt = d["file"].rsplit(".", 1)[1]
        dest = os.path.join(out, f["folder"], d["file"])
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        if fmt == "md":
            open(dest, "w", encoding="utf-8", newline="\n").write(render_md(d))
        elif fmt == "txt":
            open(dest, "w", encoding="utf-8", newline="\n").write(render_txt(d))
        elif fmt in lo:
            stem = f["folder"] + "__" + d["file"].rsplit(".", 1)[0].replace("/", "__")
            src = os.path.join(tmp, stem + ".fodt")
            open(src, "w", encoding="utf-8", newline="\n").write(fodt(d))
            lo[fmt].append((src, stem, dest))
        else:
            raise SystemExit("unknown format " + d["file"])
    for f, c in all_contracts():
        open(os.path.join(out, c["id"] + ".expected"), "w", encoding="utf-8", newline="\n").write(expected_text(f, c))
    targets = {"docx": "docx:MS Word 2007 XML", "odt": "odt:writer8", "pdf": "pdf:writer_pdf_Export"}
    for fmt, jobs in lo.items():
        if not jobs:
            continue
        od = os.path.join(tmp, "out-" + fmt)
        os.makedirs(od, exist_ok=True)
        soffice(targets[fmt], [j[0] for j in jobs], od)
        for src, stem, dest in jobs:
            res = os.path.join(od, stem + "." + fmt)
            if not os.path.exists(res):
                raise SystemExit("LibreOffice conversion failed: " + src)
            data = open(res, "rb").read()
            if fmt == "pdf":
                open(dest, "wb").write(fix_pdf(data))
            else:
                write_zip(dest, rezip(data, fix_member))


# ---------------------------------------------------------------- independent extraction
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFF = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STY = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"


def docx_extract(z):
    paras = []
    parts = ["word/document.xml"] + sorted(n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml$", n))
    for part in parts:
        root = ET.fromstring(z.read(part))
        for p in root.iter(W + "p"):
            paras.append("".join((e.text or "") if e.tag == W + "t" else " " if e.tag == W + "tab" else "" for e in p.iter()))
    return paras


def odt_text(e):
    s = [e.text or ""]
    for ch in e:
        if ch.tag == TXT + "s":
            s.append(" " * int(ch.get(TXT + "c", "1")))
        elif ch.tag in (TXT + "tab", TXT + "line-break"):
            s.append(" ")
        else:
            s.append(odt_text(ch))
        s.append(ch.tail or "")
    return "".join(s)


def odt_extract(z):
    paras = []
    root = ET.fromstring(z.read("content.xml"))
    for e in root.find(OFF + "body").iter():
        if e.tag in (TXT + "p", TXT + "h"):
            paras.append(odt_text(e))
    st = ET.fromstring(z.read("styles.xml"))
    for mp in st.iter(STY + "master-page"):
        for e in mp.iter():
            if e.tag in (TXT + "p", TXT + "h"):
                paras.append(odt_text(e))
    return paras


def extract(path):
    fmt = path.rsplit(".", 1)[1]
    if fmt in ("docx", "odt"):
        with zipfile.ZipFile(path) as z:
            return norm(" \u2016 ".join(docx_extract(z) if fmt == "docx" else odt_extract(z)))
    if fmt == "pdf":
        return norm(subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True, stdout=subprocess.PIPE).stdout.decode("utf-8"))
    s = open(path, encoding="utf-8").read()
    if fmt == "md":
        s = re.sub(r"\\([\\*_`#>+.-])", r"\1", s)
        s = re.sub(r"(?m)^#+ ", "", s).replace("|", " ")
    return norm(s)


# ---------------------------------------------------------------- checks
def check(out):
    errors = []
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    fmts, words, noncore_only, phrasings, refs = {}, {}, set(), set(), {}
    marker_packs = 0
    subfolder_packs = 0
    for f in FOLDERS:
        fd = os.path.join(out, f["folder"])
        has_marker = os.path.exists(os.path.join(fd, "probity-pack.toml"))
        if has_marker != f["marker"]:
            errors.append(f["folder"] + ": marker presence wrong")
        if f["marker"]:
            marker_packs += 1
            if f["kind"] != "pack":
                errors.append(f["folder"] + ": a trap must not hold a marker")
        listed = {"probity-pack.toml"} if f["marker"] else set()
        for c in f["contracts"]:
            listed |= {d["file"] for d in c["docs"]}
        on_disk = {os.path.relpath(os.path.join(rt, fn), fd).replace(os.sep, "/") for rt, _, fns in os.walk(fd) for fn in fns}
        if on_disk != listed:
            errors.append("%s: files on disk %s differ from listed %s" % (f["folder"], sorted(on_disk), sorted(listed)))
        if any("/" in x for x in listed):
            if not f["marker"]:
                errors.append(f["folder"] + ": documents in a sub-folder need the marker in the pack folder")
            subfolder_packs += 1
        if f["kind"] == "pack":
            if len(f["contracts"]) != 1 or not 2 <= len(f["contracts"][0]["docs"]) <= 4:
                errors.append(f["folder"] + ": a pack is one contract of 2-4 documents")
            if f["folder"][0] != "p":
                errors.append(f["folder"] + ": pack folder must start with p")
        else:
            if len(f["contracts"]) < 2 or f["folder"][0] != "t":
                errors.append(f["folder"] + ": a trap holds at least two contracts and starts with t")
            rs = [c["ref"] for c in f["contracts"]]
            if len(set(rs)) != len(rs) or None in rs:
                errors.append(f["folder"] + ": trap contracts need distinct references")
        pack_words = 0
        for c in f["contracts"]:
            cores = [d for d in c["docs"] if d["role"] == "core"]
            if len(cores) != 1:
                errors.append(c["id"] + ": exactly one core document wanted")
            texts = {}
            for d in c["docs"]:
                path = os.path.join(fd, d["file"])
                fmt = d["file"].rsplit(".", 1)[1]
                fmts[fmt] = fmts.get(fmt, 0) + 1
                if not os.path.isfile(path):
                    errors.append(path + ": missing")
                    continue
                if fmt in ("docx", "odt"):
                    with zipfile.ZipFile(path) as z:
                        names = z.namelist()
                        if fmt == "odt" and (names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED):
                            errors.append(path + ": mimetype not first/stored")
                        for n in names:
                            if z.getinfo(n).date_time != FIXED:
                                errors.append(path + ": timestamp " + n)
                            if n.endswith((".xml", ".rels", ".rdf")) and z.getinfo(n).file_size:
                                try:
                                    ET.fromstring(z.read(n))
                                except ET.ParseError as ex:
                                    errors.append("%s: %s not well-formed: %s" % (path, n, ex))
                if fmt == "pdf":
                    b = open(path, "rb").read()
                    if b"D:20260112090000Z'" not in b:
                        errors.append(path + ": CreationDate not fixed")
                t = extract(path)
                texts[d["file"]] = t
                for k, s in duty_sentences(d):
                    if norm(s) not in t:
                        errors.append("%s: duty sentence missing from extraction: %r" % (path, s[:90]))
                for k, s in block_texts(d):
                    if fmt in ("txt", "pdf") and k == "cell":
                        tw = set(re.findall(r"\w+", t))
                        miss = [x for x in re.findall(r"\w+", norm(s)) if x not in tw]
                        if miss:
                            errors.append("%s: table cell words missing: %r" % (path, miss[:5]))
                        continue
                    if norm(s) not in t and not (fmt == "txt" and k == "title" and norm(s).upper() in t):
                        errors.append("%s: %s text missing from extraction: %r" % (path, k, norm(s)[:80]))
                # contract reference: present where declared, absent where the pack relies on the marker only
                if d.get("ref_phrase"):
                    phrasings.add(d["ref_phrase"][0])
                    if norm(d["ref_phrase"][1]) not in t:
                        errors.append("%s: reference line %r not found" % (path, d["ref_phrase"][1]))
                if c.get("ref"):
                    form = d.get("ref_as", c["ref"])
                    if refkey(form) != refkey(c["ref"]):
                        errors.append("%s: ref_as %r is not a spelling of %s" % (path, form, c["ref"]))
                    has = form in t
                    if has != (refkey(c["ref"]) in refkey(t)):
                        errors.append("%s: reference %s appears in a form other than %r" % (path, c["ref"], form))
                    if has != bool(d.get("ref_phrase")):
                        errors.append("%s: reference %s present=%s but ref_phrase says %s" % (path, c["ref"], has, bool(d.get("ref_phrase"))))
                    if not f["marker"] and not has:
                        errors.append("%s: no marker and the contract reference %s is missing" % (path, c["ref"]))
                for other in refs_all:
                    if refkey(other) not in (refkey(c.get("ref") or "-"), refkey(f.get("framework_ref") or "-")) and refkey(other) in refkey(t):
                        errors.append("%s: states another contract's reference %s" % (path, other))
                for nh in d.get("absent", []):
                    if nh.lower() in t.lower():
                        errors.append("%s: text that must be absent found: %r" % (path, nh))
                w = doc_words(d)
                words[path] = w
                pack_words += w
            if c["provider"] not in texts.get(cores[0]["file"], "") if cores else True:
                errors.append(c["id"] + ": provider name not in the core document")
            # expected file
            exp = os.path.join(out, c["id"] + ".expected")
            raw = open(exp, "rb").read()
            if not raw.endswith(b"\n") or b"\r" in raw:
                errors.append(exp + ": bad line endings")
            lines = raw.decode("utf-8").splitlines()
            if len(lines) != 24 or not lines[0].startswith("provider: ") or not lines[1].startswith("documents: "):
                errors.append(exp + ": header lines or count wrong")
                continue
            docs_listed = lines[1][len("documents: "):].split(", ")
            for dl in docs_listed:
                if not os.path.isfile(os.path.join(out, dl)):
                    errors.append("%s: listed document %s does not exist" % (exp, dl))
            npass = 0
            for r, line, v in zip(RULES, lines[2:], c["verdicts"]):
                m = re.match(r"^(\S+) (pass|weak|gap)(?: (\S+))?  # (.+)$", line)
                if not m or m.group(1) != r or v["rule"] != r:
                    errors.append("%s: bad line for %s: %r" % (exp, r, line))
                    continue
                verdict, docname, why = m.group(2), m.group(3), m.group(4)
                if verdict == "gap" and docname:
                    errors.append("%s: %s gap names a document" % (exp, r))
                if verdict != "gap":
                    if docname not in docs_listed:
                        errors.append("%s: %s names %s, not a listed document" % (exp, r, docname))
                    base = docname.split("/", 1)[1] if docname else ""
                    for ev in v["ev"]:
                        if norm(ev) not in texts.get(base, ""):
                            errors.append("%s: %s evidence not in extraction of %s: %r" % (exp, r, docname, ev[:80]))
                    if not v["ev"]:
                        errors.append("%s: %s %s without evidence sentence" % (exp, r, verdict))
                for dname, ev in v.get("trap", []):
                    if norm(ev) not in texts.get(dname, ""):
                        errors.append("%s: %s trap text not in extraction of %s: %r" % (exp, r, dname, ev[:80]))
                if not CITE.search(why):
                    errors.append("%s: %s cites no clause" % (exp, r))
                counts[r][verdict] += 1
                if verdict == "pass":
                    npass += 1
                    role = [d["role"] for d in c["docs"] if d["file"] == v["doc"]]
                    if role and role[0] != "core" and not v.get("core_also"):
                        noncore_only.add(r)
            if not PASS_MIN <= npass <= PASS_MAX:
                errors.append("%s: %d passes, want %d-%d" % (exp, npass, PASS_MIN, PASS_MAX))
            if f["kind"] == "trap" and not TRAP_WORDS[0] <= sum(doc_words(d) for d in c["docs"]) <= TRAP_WORDS[1]:
                errors.append("%s: trap contract words %d outside %s" % (c["id"], sum(doc_words(d) for d in c["docs"]), TRAP_WORDS))
        if f["kind"] == "pack" and not PACK_WORDS[0] <= pack_words <= PACK_WORDS[1]:
            errors.append("%s: %d words outside %s" % (f["folder"], pack_words, PACK_WORDS))
        words[f["folder"]] = pack_words
    if os.environ.get("SET24_PARTIAL") != "1":
        for r in RULES:
            k = counts[r]
            if k["pass"] < RULE_PASS_MIN or k["weak"] + k["gap"] < RULE_NONPASS_MIN or k["weak"] < RULE_WEAK_MIN:
                errors.append("rule %s below minimums: %s" % (r, k))
        if len(noncore_only) < NONCORE_ONLY_MIN:
            errors.append("rules passed only from a non-core document: %s" % sorted(noncore_only))
        for fmt in ("docx", "odt", "pdf", "md", "txt"):
            if fmts.get(fmt, 0) < FORMATS_MIN:
                errors.append("format %s used %d times" % (fmt, fmts.get(fmt, 0)))
        if fmts.get("pdf", 0) < PDF_MIN:
            errors.append("too few PDFs")
        if marker_packs < MARKER_PACKS_MIN:
            errors.append("too few marker-only packs")
        if len(phrasings) < PHRASINGS_MIN:
            errors.append("too few reference phrasings: %s" % sorted(phrasings))
        if subfolder_packs < SUBFOLDER_PACKS_MIN:
            errors.append("no pack with its schedules in a sub-folder")
        if sum(1 for f in FOLDERS if f["kind"] == "pack") < PACKS_MIN or sum(1 for f in FOLDERS if f["kind"] == "trap") < TRAPS_MIN:
            errors.append("too few packs or traps")
    return errors, counts, fmts, words, noncore_only, phrasings


refs_all = []


def refkey(s):
    """A reference compared as probity's README implies a reader would: case and spaces ignored."""
    return re.sub(r"\s+", "", s).upper()


def tree_hashes(out):
    h = {}
    for root, _, files in os.walk(out):
        for fn in files:
            p = os.path.join(root, fn)
            h[os.path.relpath(p, out)] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    return h


def versions():
    v = {"LibreOffice": subprocess.run(["soffice", "--version"], stdout=subprocess.PIPE, text=True).stdout.strip().split("\n")[0],
         "pdftotext": subprocess.run(["pdftotext", "-v"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout.splitlines()[0]}
    return v


def readme(counts, fmts, words, noncore_only, phrasings):
    out = [README.strip(), "", "## Packs and traps", "",
           "| Folder | Subject | Jurisdiction | Parties as named | Documents (role, how the contract is named) | Words |",
           "|---|---|---|---|---|---|"]
    for f in FOLDERS:
        for c in f["contracts"]:
            docs = "; ".join("%s (%s, %s)" % (d["file"], d["role"], d["ref_phrase"][1] if d.get("ref_phrase") else "no reference")
                             for d in c["docs"])
            label = f["folder"] + ("/ + probity-pack.toml" if f["marker"] else "/")
            if f["kind"] == "trap":
                label += " contract " + c["id"].rsplit("--", 1)[1]
            out.append("| %s | %s | %s | %s | %s | %d |" % (label, c["subject"], c["jurisdiction"], c["parties"], docs,
                                                            sum(doc_words(d) for d in c["docs"])))
    out += ["", "Formats: " + ", ".join("%s %d" % (k, fmts.get(k, 0)) for k in ("docx", "odt", "pdf", "md", "txt")) + ".",
            "Reference phrasings used (%d): %s." % (len(phrasings), "; ".join(sorted(phrasings))),
            "Rules passed in some contract only by a schedule (%d): %s." % (len(noncore_only), ", ".join(r for r in RULES if r in noncore_only))]
    tot = {"pass": 0, "weak": 0, "gap": 0}
    out += ["", "## Verdict counts", "", "| Rule | pass | weak | gap |", "|---|---|---|---|"]
    for r in RULES:
        k = counts[r]
        for v in tot:
            tot[v] += k[v]
        out.append("| %s | %d | %d | %d |" % (r, k["pass"], k["weak"], k["gap"]))
    out.append("| all | %d | %d | %d |" % (tot["pass"], tot["weak"], tot["gap"]))
    return "\n".join(out) + "\n"


def main():
    if not os.path.isdir("scripts") or not os.path.isdir("fixtures"):
        raise SystemExit("run from the repository root")
    t0 = time.time()
    refs_all[:] = [c["ref"] for f, c in all_contracts() if c.get("ref")] + [f.get("framework_ref") for f in FOLDERS if f.get("framework_ref")]
    tmp = tempfile.mkdtemp(prefix="set24-")
    try:
        build(OUT, os.path.join(tmp, "work"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    errors, counts, fmts, words, noncore_only, phrasings = check(OUT)
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n").write(readme(counts, fmts, words, noncore_only, phrasings))
    # second build in a scratch folder: every file must be byte-identical
    tmp = tempfile.mkdtemp(prefix="set24-")
    try:
        second = os.path.join(tmp, "set24")
        build(second, os.path.join(tmp, "work"))
        open(os.path.join(second, "README.md"), "w", encoding="utf-8", newline="\n").write(readme(counts, fmts, words, noncore_only, phrasings))
        h1, h2 = tree_hashes(OUT), tree_hashes(second)
        if h1 != h2:
            diff = sorted(k for k in set(h1) | set(h2) if h1.get(k) != h2.get(k))
            errors.append("second build differs: %s" % diff)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f in FOLDERS:
        print("%-40s %5d words" % (f["folder"], words.get(f["folder"], 0)))
    print("formats: %s" % fmts)
    print("reference phrasings: %s" % sorted(phrasings))
    print("rules passed only by a schedule: %s" % sorted(noncore_only))
    for r in RULES:
        k = counts[r]
        print("%-7s pass %2d  weak %2d  gap %2d" % (r, k["pass"], k["weak"], k["gap"]))
    for k, v in sorted(tree_hashes(OUT).items()):
        print("sha256 %s  %s" % (v[:16], k))
    print("versions: %s" % versions())
    print("build and checks took %.1f s" % (time.time() - t0))
    if errors:
        print("\n".join("ERROR: " + e for e in errors), file=sys.stderr)
        sys.exit(1)
    print("set24 OK")


if __name__ == "__main__":
    main()
