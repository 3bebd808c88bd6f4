#!/usr/bin/env python3
"""Build blind fixture set 22 (contracts written by tools other than Word and LibreOffice).

Run from the repository root:  python3 scripts/make-blind-set22.py
Deletes and rebuilds fixtures/blind/set22/, then checks it and exits non-zero on any failure.
Contract texts and verdicts live in scripts/blind_set22_contracts.py.

Tools (each file is made by the real tool, then only its zip timestamps and volatile ids/dates
are fixed so two runs give byte-identical files):
  python-docx   python-docx's default template: Title, Heading 1/2, List Number, List Bullet,
                Normal, Table Grid, header and footer (PAGE field added as fldSimple).
  pandoc-docx   pandoc Markdown -> DOCX (Title, Heading 1-3, First Paragraph, Body Text, Compact,
                pipe tables, footnotes).
  pandoc-odt    pandoc Markdown -> ODT.
  lo-html       a portal's HTML export (h2/h3, ol/ul, dl, table) converted to DOCX by LibreOffice
                (soffice --headless --convert-to docx:"MS Word 2007 XML", private profile).
  pdftotext     python-docx DOCX -> PDF by LibreOffice -> pdftotext -layout (page furniture and
                hard line wraps kept); only the .txt is delivered.

Needs Python 3 with python-docx, pandoc, LibreOffice (soffice) and poppler-utils (pdftotext).
"""
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_set22_contracts import CONTRACTS, RULES, README  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set22")
LO_PROFILE = "file:///tmp/lo22"
FIXED = (1980, 1, 1, 0, 0, 0)
FIXED_W3C = "2026-01-12T09:00:00Z"
FIXED_ODF = "2026-01-12T09:00:00"
WANT_TOOLS = {"python-docx": 3, "pandoc-docx": 2, "pandoc-odt": 1, "lo-html": 1, "pdftotext": 1}
WORDS_MIN, WORDS_MAX = 900, 1800
PASS_MIN, PASS_MAX = 7, 14
RULE_PASS_MIN, RULE_NONPASS_MIN = 2, 2
CUE = re.compile(r"\b(shall|must|will|agrees? to|undertakes? to|is required to|are required to|warrants?|confirms?|certify)\b", re.I)
PARTY = re.compile(r"\b(Supplier|Provider|Contractor|Operator|Service Provider|Grantee|Staff|Personnel|you|your|Vendor|Consultant|"
                   r"sub-?contractors?)\b", re.I)
CITE = re.compile(r"(?i)\b(clause|condition|para(graph)?|section|article|schedule|annex|part|appendix|table|row|item|"
                  r"footnote|heading|note|bullet|field|line|particulars|definition|term|recital)s?\b|\b\d+(\.\d+)+")


# ---------------------------------------------------------------- text helpers
def norm(s):
    s = (s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
         .replace("\u2013", "-").replace("\u2014", "-").replace("\u2026", "...").replace("\u00a0", " ")
         .replace("\u00ad", ""))
    return re.sub(r"\s+", " ", s).strip()


def block_texts(c):
    """(kind, text) for every piece of visible contract text, in order."""
    out = []
    for b in c["blocks"]:
        k = b[0]
        if k in ("title", "h1", "h2", "h3", "p"):
            out.append((k, b[1]))
        elif k == "fnp":
            out.append(("p", b[1]))
            out.append(("note", b[2]))
        elif k in ("ol", "ul", "toc"):
            out += [(k, x) for x in b[1]]
        elif k == "table":
            out += [("cell", x) for row in b[1] for x in row]
        elif k == "dl":
            for t, d in b[1]:
                out += [("dt", t), ("dd", d)]
        else:
            raise SystemExit("unknown block " + k)
    return out


def word_count(c):
    return sum(len(t.split()) for k, t in block_texts(c))


def sentences(s):
    return [x for x in re.split(r"(?<=[.;:])\s+(?=[A-Z(\[\"])", s) if x.strip()]


def duty_sentences(c):
    """Sentences with an obligation cue and a provider-side word; list items count when the paragraph
    before the list is a lead-in with both ('The Supplier shall:')."""
    out, lead = [], False
    for k, t in block_texts(c):
        if k in ("ol", "ul") and lead:
            out.append((k, norm(t)))
            continue
        for s in sentences(t):
            if CUE.search(s) and PARTY.search(s):
                out.append((k, norm(s)))
        if k not in ("ol", "ul"):
            lead = t.rstrip().endswith(":") and bool(CUE.search(t)) and bool(PARTY.search(t))
    return out


# ---------------------------------------------------------------- zips
def write_zip(path, members):
    with zipfile.ZipFile(path, "w") as z:
        for name, data, stored in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)


def rezip(data, fix):
    """Rewrite a tool's zip with fixed timestamps, keeping member order; fix(name, bytes) -> bytes or None (drop)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    members = []
    for info in zin.infolist():
        b = fix(info.filename, zin.read(info.filename))
        if b is not None:
            members.append((info.filename, b, info.compress_type == zipfile.ZIP_STORED))
    return members


def fix_common(name, b):
    if not name.endswith((".xml", ".rels", ".rdf")):
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
    if name.endswith(".xml"):
        s = b.decode("utf-8")
        ids = {}

        def rs(m):
            ids.setdefault(m.group(2).upper(), "%08X" % (0x00100000 + len(ids)))
            return m.group(1) + ids[m.group(2).upper()] + '"'
        s = re.sub(r'(w:rsid\w*=")([0-9A-Fa-f]{8})"', rs, s)
        s = re.sub(r'(<w:rsid(?:Root)? w:val=")([0-9A-Fa-f]{8})"', rs, s)
        b = s.encode("utf-8")
    return b


# ---------------------------------------------------------------- python-docx
def add_page_field(paragraph):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    paragraph.add_run(" | Page ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def python_docx_bytes(c):
    import datetime
    import docx
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = c["header"]
    sec.header.paragraphs[0].style = d.styles["Header"]
    fp = sec.footer.paragraphs[0]
    fp.text = c["footer"]
    fp.style = d.styles["Footer"]
    add_page_field(fp)
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            d.add_paragraph(b[1], style="Title")
        elif k in ("h1", "h2", "h3"):
            d.add_heading(b[1], level=int(k[1]))
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "toc":
            for x in b[1]:
                d.add_paragraph(x)
        elif k == "ol":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif k == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = d.styles["Table Grid"]
            for i, row in enumerate(rows):
                for j, x in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = x
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
        else:
            raise SystemExit("%s: block %s not supported by python-docx build" % (c["file"], k))
    cp = d.core_properties
    when = datetime.datetime(2026, 1, 12, 9, 0, 0)
    cp.created = cp.modified = cp.last_printed = when
    cp.author = cp.last_modified_by = "contract-generator"
    cp.title = [b[1] for b in c["blocks"] if b[0] == "title"][0]
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- pandoc Markdown
def md_escape(s):
    s = s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("$", "\\$").replace("`", "\\`")
    s = re.sub(r"^(\d+)\. ", r"\1\\. ", s)
    s = re.sub(r"^([-+#>]) ", r"\\\1 ", s)
    return s


def render_md(c):
    title = [b[1] for b in c["blocks"] if b[0] == "title"][0]
    out = ["---", "title: \"%s\"" % title.replace('"', '\\"'), "lang: en-GB", "---", ""]
    notes = []
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            continue
        if k in ("h1", "h2", "h3"):
            out += ["#" * int(k[1]) + " " + md_escape(b[1]), ""]
        elif k == "p":
            out += [md_escape(b[1]), ""]
        elif k == "fnp":
            notes.append(b[2])
            out += [md_escape(b[1]) + "[^%d]" % len(notes), ""]
        elif k == "toc":
            for x in b[1]:
                out += [md_escape(x), ""]
        elif k == "ol":
            out += ["%d. %s" % (i + 1, md_escape(x)) for i, x in enumerate(b[1])] + [""]
        elif k == "ul":
            out += ["- " + md_escape(x) for x in b[1]] + [""]
        elif k == "table":
            rows = b[1]
            out.append("| " + " | ".join(md_escape(x) for x in rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for row in rows[1:]:
                out.append("| " + " | ".join(md_escape(x).replace("|", "\\|") for x in row) + " |")
            out.append("")
        elif k == "dl":
            for t, dd in b[1]:
                out += [md_escape(t), ":   " + md_escape(dd), ""]
        else:
            raise SystemExit("block " + k)
    for i, n in enumerate(notes):
        out += ["[^%d]: %s" % (i + 1, md_escape(n)), ""]
    return "\n".join(out)


def pandoc(src, dest):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1768208400")
    subprocess.run(["pandoc", "--from", "markdown", src, "-o", dest], check=True, env=env)


# ---------------------------------------------------------------- HTML portal export
def render_html(c):
    e = escape
    title = [b[1] for b in c["blocks"] if b[0] == "title"][0]
    out = ['<!DOCTYPE html>', '<html lang="en-NZ">', '<head>', '<meta charset="utf-8">', "<title>%s</title>" % e(title), "</head>", "<body>",
           '<div class="portal-export">', "<h1>%s</h1>" % e(title)]
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            continue
        if k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k in ("h2", "h3"):
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "toc":
            out += ['<p class="toc">%s</p>' % e(x) for x in b[1]]
        elif k in ("ol", "ul"):
            out.append("<%s>" % k + "".join("<li>%s</li>" % e(x) for x in b[1]) + "</%s>" % k)
        elif k == "table":
            rows = b[1]
            out.append('<table border="1" cellpadding="4">')
            out.append("<tr>" + "".join("<th>%s</th>" % e(x) for x in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join("<td>%s</td>" % e(x) for x in row) + "</tr>")
            out.append("</table>")
        elif k == "dl":
            out.append("<dl>" + "".join("<dt>%s</dt><dd>%s</dd>" % (e(t), e(d)) for t, d in b[1]) + "</dl>")
        else:
            raise SystemExit("block " + k)
    out += ["</div>", "</body>", "</html>", ""]
    return "\n".join(out)


def soffice(args, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless"] + args + ["--outdir", outdir]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- independent extraction
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFF = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def docx_extract(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    paras = []
    for part in ("word/document.xml", "word/footnotes.xml"):
        if part not in z.namelist():
            continue
        root = ET.fromstring(z.read(part))
        for p in root.iter(W + "p"):
            s = []
            for e in p.iter():
                if e.tag == W + "t" and e.text:
                    s.append(e.text)
                elif e.tag == W + "tab":
                    s.append(" ")
            paras.append("".join(s))
    return paras


def odt_extract(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("content.xml"))
    paras = []

    def text_of(e):
        s = [e.text or ""]
        for ch in e:
            if ch.tag == TXT + "s":
                s.append(" " * int(ch.get(TXT + "c", "1")))
            elif ch.tag == TXT + "tab" or ch.tag == TXT + "line-break":
                s.append(" ")
            elif ch.tag == TXT + "note":
                body = ch.find(TXT + "note-body")
                if body is not None:
                    paras.extend(text_of(p) for p in body if p.tag in (TXT + "p", TXT + "h"))
            else:
                s.append(text_of(ch))
            s.append(ch.tail or "")
        return "".join(s)

    body = root.find(OFF + "body")
    for e in body.iter():
        if e.tag in (TXT + "p", TXT + "h"):
            paras.append(text_of(e))
    return paras


# ---------------------------------------------------------------- feature counts
def count_features(c, data):
    f = {}
    tool = c["tool"]
    if tool == "pdftotext":
        s = data.decode("utf-8")
        pages = s.split("\f")
        f["pages (form feeds)"] = s.count("\f")
        f["header lines"] = sum(1 for ln in s.splitlines() if norm(ln) == norm(c["header"]))
        f["footer 'Page N' lines"] = len(re.findall(r"\| Page \d+", s))
        f["hard-wrapped lines"] = sum(1 for ln in s.splitlines() if ln.strip())
        f["layout-indented lines"] = sum(1 for ln in s.splitlines() if re.match(r"^ {2,}\S", ln))
        f["table rows laid out in columns"] = sum(1 for ln in s.splitlines() if re.search(r"\S {3,}\S", ln.strip()))
        return f
    z = zipfile.ZipFile(io.BytesIO(data))
    if tool in ("python-docx", "pandoc-docx", "lo-html"):
        doc = z.read("word/document.xml").decode("utf-8")
        styles = re.findall(r'<w:pStyle w:val="([^"]+)"', doc)
        paras = len(re.findall(r"<w:p[ >]", doc))
        want = {"python-docx": ["Title", "Heading1", "Heading2", "ListNumber", "ListBullet"],
                "pandoc-docx": ["Title", "Heading1", "Heading2", "Heading3", "FirstParagraph", "BodyText", "Compact"],
                "lo-html": ["Heading1", "Heading2", "Heading3", "TextBody", "ListHeading", "ListContents"]}[tool]
        for st in want:
            f["pStyle " + st] = styles.count(st)
        if tool == "python-docx":
            f["Normal paragraphs (no pStyle)"] = paras - len(styles)
            f["tables with tblStyle TableGrid"] = len(re.findall(r'<w:tblStyle w:val="TableGrid"', doc))
            f["header parts"] = sum(1 for n in z.namelist() if re.match(r"word/header\d*\.xml", n))
            f["footer parts with PAGE field"] = sum(1 for n in z.namelist() if re.match(r"word/footer\d*\.xml", n) and b"PAGE" in z.read(n))
        if tool == "pandoc-docx":
            f["tables with tblStyle Table"] = len(re.findall(r'<w:tblStyle w:val="Table"', doc))
            fn = z.read("word/footnotes.xml").decode("utf-8") if "word/footnotes.xml" in z.namelist() else ""
            f["footnotes"] = len(re.findall(r'<w:footnote w:id="(?!-1|0")\d+"', fn))
            f["list paragraphs (numPr)"] = doc.count("<w:numPr>")
        if tool == "lo-html":
            f["list paragraphs (numPr)"] = doc.count("<w:numPr>")
            f["tables"] = doc.count("<w:tbl>")
    elif tool == "pandoc-odt":
        content = z.read("content.xml").decode("utf-8")
        for st in ["Title", "Heading_20_1", "Heading_20_2", "First_20_paragraph", "Text_20_body", "Table_20_Contents", "Footnote"]:
            f["style " + st] = len(re.findall(r'text:style-name="%s"' % st, content))
        f["text:list"] = content.count("<text:list ") + content.count("<text:list>")
        f["table:table"] = len(re.findall(r"<table:table ", content))
        f["text:note"] = len(re.findall(r"<text:note ", content))
    return f


# ---------------------------------------------------------------- build
def expected_text(c):
    return c["expected"] if c["expected"].endswith("\n") else c["expected"] + "\n"


def build(tmp):
    lo_jobs = []
    for c in CONTRACTS:
        fn, tool = c["file"], c["tool"]
        stem = fn.rsplit(".", 1)[0]
        dest = os.path.join(OUT, fn)
        if tool == "python-docx":
            write_zip(dest, rezip(python_docx_bytes(c), fix_common))
        elif tool in ("pandoc-docx", "pandoc-odt"):
            src = os.path.join(tmp, stem + ".md")
            open(src, "w", encoding="utf-8", newline="\n").write(render_md(c))
            raw = os.path.join(tmp, fn)
            pandoc(src, raw)
            write_zip(dest, rezip(open(raw, "rb").read(), fix_common))
        elif tool == "lo-html":
            src = os.path.join(tmp, stem + ".html")
            open(src, "w", encoding="utf-8", newline="\n").write(render_html(c))
            lo_jobs.append(("html", c, src, dest))
        elif tool == "pdftotext":
            src = os.path.join(tmp, stem + ".docx")
            open(src, "wb").write(python_docx_bytes(c))
            lo_jobs.append(("pdf", c, src, dest))
        else:
            raise SystemExit("unknown tool " + tool)
        open(os.path.join(OUT, stem + ".expected"), "w", encoding="utf-8", newline="\n").write(expected_text(c))
    for kind, c, src, dest in lo_jobs:
        outdir = os.path.join(tmp, "lo-" + os.path.basename(src))
        os.makedirs(outdir)
        base = os.path.splitext(os.path.basename(src))[0]
        if kind == "html":
            soffice(["--convert-to", 'docx:MS Word 2007 XML', src], outdir)
            res = os.path.join(outdir, base + ".docx")
            if not os.path.exists(res):
                raise SystemExit("LibreOffice conversion failed: " + src)
            write_zip(dest, rezip(open(res, "rb").read(), fix_lo_docx))
        else:
            soffice(["--convert-to", "pdf", src], outdir)
            pdf = os.path.join(outdir, base + ".pdf")
            if not os.path.exists(pdf):
                raise SystemExit("LibreOffice PDF export failed: " + src)
            txt = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"], check=True, stdout=subprocess.PIPE).stdout
            open(dest, "wb").write(txt)


# ---------------------------------------------------------------- checks
empty_members = []  # zero-length .xml members written by the tool itself (pandoc's ODT Configurations2/accelerator/current.xml)

def strip_furniture(c, s):
    keep = []
    for ln in s.replace("\f", "\n").splitlines():
        t = ln.strip()
        if c["header"] and t == norm(c["header"]):
            continue
        if c["footer"] and t.startswith(c["footer"]) and "Page" in t:
            continue
        keep.append(t)
    return norm(" ".join(keep))


def check():
    errors, tools, words, feats = [], {}, {}, {}
    empty_members.clear()
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    for c in CONTRACTS:
        fn = c["file"]
        path = os.path.join(OUT, fn)
        tools[c["tool"]] = tools.get(c["tool"], 0) + 1
        if not os.path.isfile(path):
            errors.append(fn + ": missing")
            continue
        data = open(path, "rb").read()
        duties = duty_sentences(c)
        if len(duties) < 15:
            errors.append("%s: only %d duty sentences" % (fn, len(duties)))
        ext = fn.rsplit(".", 1)[1]
        want_ext = {"python-docx": "docx", "pandoc-docx": "docx", "lo-html": "docx", "pandoc-odt": "odt", "pdftotext": "txt"}[c["tool"]]
        if ext != want_ext:
            errors.append(fn + ": extension does not match tool")
        if ext in ("docx", "odt"):
            with zipfile.ZipFile(path) as z:
                names = z.namelist()
                if ext == "odt" and (names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED):
                    errors.append(fn + ": mimetype not first/stored")
                for n in names:
                    if z.getinfo(n).date_time != FIXED:
                        errors.append(fn + ": timestamp " + n)
                    if n.endswith((".xml", ".rels", ".rdf")):
                        if z.getinfo(n).file_size == 0:
                            empty_members.append("%s:%s" % (fn, n))
                            continue
                        try:
                            ET.fromstring(z.read(n))
                        except ET.ParseError as e:
                            errors.append("%s: %s not well-formed: %s" % (fn, n, e))
            paras = docx_extract(data) if ext == "docx" else odt_extract(data)
            allt = norm(" \u2016 ".join(paras))
            for k, s in duties:
                if s not in allt:
                    errors.append("%s: duty sentence missing from extraction: %r" % (fn, s[:80]))
            for k, t in block_texts(c):
                if norm(t) not in allt:
                    errors.append("%s: %s text missing from extraction: %r" % (fn, k, norm(t)[:70]))
        else:
            s = data.decode("utf-8")
            body = strip_furniture(c, s)
            for k, d in duties:
                if k == "cell":
                    continue
                if d not in body:
                    errors.append("%s: duty sentence missing from pdftotext layout text: %r" % (fn, d[:80]))
            bodyw = set(re.findall(r"[\w'%$.-]+", body))
            for k, t in block_texts(c):
                if k == "cell":
                    miss = [w for w in re.findall(r"[\w'%$.-]+", norm(t)) if w not in bodyw]
                    if miss:
                        errors.append("%s: table cell words missing: %r" % (fn, miss[:5]))
                elif norm(t) not in body:
                    errors.append("%s: %s text missing from layout text: %r" % (fn, k, norm(t)[:70]))
            if "\f" not in s or not s.endswith("\f"):
                errors.append(fn + ": no form feeds (page breaks) from pdftotext")
        feats[fn] = count_features(c, data)
        wc = word_count(c)
        words[fn] = wc
        if not WORDS_MIN <= wc <= WORDS_MAX:
            errors.append("%s: %d words outside %d-%d" % (fn, wc, WORDS_MIN, WORDS_MAX))
        exp = os.path.join(OUT, fn.rsplit(".", 1)[0] + ".expected")
        raw = open(exp, "rb").read()
        if not raw.endswith(b"\n") or b"\r" in raw:
            errors.append(exp + ": bad line endings")
        lines = raw.decode("utf-8").splitlines()
        if len(lines) != 22:
            errors.append("%s: %d lines" % (exp, len(lines)))
        npass = 0
        for r, line in zip(RULES, lines):
            m = re.match(r"^(\S+) (pass|weak|gap)  # (.+)$", line)
            if not m or m.group(1) != r:
                errors.append("%s: bad line for %s: %r" % (exp, r, line))
                continue
            if not CITE.search(m.group(3)):
                errors.append("%s: %s cites no clause" % (exp, r))
            counts[r][m.group(2)] += 1
            npass += m.group(2) == "pass"
        if not PASS_MIN <= npass <= PASS_MAX:
            errors.append("%s: %d passes, want %d-%d" % (exp, npass, PASS_MIN, PASS_MAX))
    by_tool = {}
    for c in CONTRACTS:
        for name, n in feats.get(c["file"], {}).items():
            by_tool.setdefault((c["tool"], name), 0)
            by_tool[(c["tool"], name)] += n
    for (tool, name), n in by_tool.items():
        if n == 0:
            errors.append("%s: tool feature absent from every file: %s" % (tool, name))
    for r in RULES:
        k = counts[r]
        if os.environ.get("SET22_PARTIAL") == "1":
            continue
        if k["pass"] < RULE_PASS_MIN or k["weak"] + k["gap"] < RULE_NONPASS_MIN or k["weak"] < 1:
            errors.append("rule %s below minimums: %s" % (r, k))
    if tools != WANT_TOOLS and os.environ.get("SET22_PARTIAL") != "1":
        errors.append("tool split wrong: %s" % tools)
    return errors, counts, words, feats


def versions():
    import docx
    v = {"python-docx": docx.__version__}
    v["pandoc"] = subprocess.run(["pandoc", "--version"], stdout=subprocess.PIPE, text=True).stdout.splitlines()[0]
    v["LibreOffice"] = subprocess.run(["soffice", "--version"], stdout=subprocess.PIPE, text=True).stdout.strip().split("\n")[0]
    v["pdftotext"] = subprocess.run(["pdftotext", "-v"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout.splitlines()[0]
    return v


def readme(counts, words, feats):
    out = [README.strip(), "", "## Contracts", "",
           "| File | Tool | Subject | Jurisdiction and drafting | Parties as named | Words | Where the duties and traps sit |",
           "|---|---|---|---|---|---|---|"]
    for c in CONTRACTS:
        out.append("| %s | %s | %s | %s | %s | %d | %s |" % (c["file"], c["tool"], c["subject"], c["jurisdiction"], c["parties"],
                                                          words[c["file"]], c["shapes"]))
    out += ["", "## Tool features counted in the built files", "",
            "Counted by the builder's checks in each file as built; each feature must occur at least once across the files made by that tool (a 0 in a single file is allowed).", ""]
    for c in CONTRACTS:
        out.append("* %s (%s): %s" % (c["file"], c["tool"], "; ".join("%s %d" % (k, n) for k, n in feats[c["file"]].items())))
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
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="set22-")
    try:
        build(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    errors, counts, words, feats = check()
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n").write(readme(counts, words, feats))
    for c in CONTRACTS:
        print("%-44s %-12s %5d words %3d duty sentences" % (c["file"], c["tool"], words.get(c["file"], 0), len(duty_sentences(c))))
    for r in RULES:
        k = counts[r]
        print("%-7s pass %2d  weak %2d  gap %2d" % (r, k["pass"], k["weak"], k["gap"]))
    for fn, f in feats.items():
        print("features %s: %s" % (fn, "; ".join("%s %d" % (k, n) for k, n in f.items())))
    for fn in sorted(os.listdir(OUT)):
        print("sha256 %s  %s" % (hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()[:16], fn))
    print("empty XML members left as the tool wrote them (not parsed): %s" % ", ".join(empty_members))
    if errors:
        print("\n".join("ERROR: " + e for e in errors), file=sys.stderr)
        sys.exit(1)
    print("set22 OK")


if __name__ == "__main__":
    main()
