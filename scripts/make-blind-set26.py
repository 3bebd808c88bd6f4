#!/usr/bin/env python3
"""Build blind fixture set 26 (short instruments and forms: purchase order, grant letter, call-off
order form, SLA, MOU, spot purchase, tick-box form, terms summary, variation letter, award email).

Run from the repository root:  python3 scripts/make-blind-set26.py
Deletes and rebuilds fixtures/blind/set26/, then checks it and exits non-zero on any failure.
Texts and verdicts live in scripts/blind_set26_contracts.py.

Kinds:
  lo-docx   HTML (real <table>s, <ol> list numbering) -> DOCX by LibreOffice (MS Word 2007 XML)
  lo-odt    HTML -> ODT by LibreOffice (writer8)
  lo-pdf    HTML -> PDF by LibreOffice (writer_pdf_Export), form-like tables
  md        Markdown written directly
  txt       plain text (an email) written directly
LibreOffice runs with a private profile (/tmp/lo26). After conversion only volatile parts are fixed:
zip member timestamps (1980-01-01), meta dates, rsids renumbered in order of first use, PDF
CreationDate/ModDate and trailer /ID (same-length replacements, so xref offsets stay valid).

Copied from scripts/make-blind-set22.py (zip writer, rsid/date fixes, checks) and adapted.
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
from blind_set26_contracts import DOCS, RULES, README  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set26")
LO_PROFILE = "file:///tmp/lo26"
FIXED = (1980, 1, 1, 0, 0, 0)
FIXED_W3C = "2026-02-09T09:00:00Z"
FIXED_ODF = "2026-02-09T09:00:00"
EXT = {"lo-docx": "docx", "lo-odt": "odt", "lo-pdf": "pdf", "md": "md", "txt": "txt"}
FILTER = {"lo-docx": "docx:MS Word 2007 XML", "lo-odt": "odt:writer8", "lo-pdf": "pdf:writer_pdf_Export"}
RULE_PASS_MIN, RULE_NONPASS_MIN = 2, 2
CITE = re.compile(r"(?i)\b(clause|condition|para(graph)?|section|article|schedule|annex|part|appendix|table|row|item|"
                  r"box|heading|note|bullet|field|line|definition|term|recital|letter|email|column|variation|key terms?|order|form|anywhere|summary)s?\b|\b\d+(\.\d+)+")


# ---------------------------------------------------------------- text helpers
def norm(s):
    s = (s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
         .replace("\u2013", "-").replace("\u2014", "-").replace("\u2026", "...").replace("\u00a0", " ")
         .replace("\u00ad", ""))
    return re.sub(r"\s+", " ", s).strip()


def block_texts(d):
    out = []
    for b in d.get("blocks", []):
        k = b[0]
        if k in ("title", "h1", "h2", "h3", "p", "small"):
            out.append((k, b[1]))
        elif k in ("ol", "ul"):
            out += [(k, x) for x in b[1]]
        elif k == "table":
            out += [("cell", x) for row in b[1] for x in row if x]
        else:
            raise SystemExit("unknown block " + k)
    return out


def word_count(d):
    if d["kind"] in ("md", "txt"):
        return len(d["text"].split())
    return sum(len(t.split()) for k, t in block_texts(d))


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


_odt_ids = {}


def fix_lo_odt(name, b):
    b = fix_common(name, b)
    if name.endswith(".xml"):
        s = b.decode("utf-8")

        def rs(m):
            _odt_ids.setdefault(m.group(2), "%08x" % (0x00100000 + len(_odt_ids)))
            return m.group(1) + _odt_ids[m.group(2)] + '"'
        s = re.sub(r'(officeooo:(?:paragraph-)?rsid=")([0-9a-fA-F]{8})"', rs, s)
        s = re.sub(r'(<config:config-item config:name="Rsid(?:Root)?" config:type="int">)(\d+)<', r"\g<1>0<", s)
        b = s.encode("utf-8")
    return b


def fix_pdf(b):
    b = re.sub(rb"(/(?:CreationDate|ModDate)\(D:)\d{14}", rb"\g<1>20260209090000", b)
    fixed = hashlib.md5(b"set26").hexdigest().upper().encode()
    b = re.sub(rb"/ID\s*\[\s*<[0-9A-F]{32}>\s*<[0-9A-F]{32}>\s*\]",
               lambda m: re.sub(rb"[0-9A-F]{32}", fixed, m.group(0)), b)
    b = re.sub(rb"(/DocChecksum /)[0-9A-F]{32}", lambda m: m.group(1) + fixed, b)
    return b


# ---------------------------------------------------------------- HTML for LibreOffice
def render_html(d):
    e = escape
    out = ['<!DOCTYPE html>', '<html lang="%s">' % d.get("lang", "en-GB"), "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(d["title"]), "<style>body{font-family:'Liberation Sans',sans-serif;font-size:10pt}"
           " td,th{vertical-align:top;font-size:9pt} h1{font-size:14pt} h2{font-size:11pt} p.small{font-size:8pt}</style>",
           "</head>", "<body>"]
    for b in d["blocks"]:
        k = b[0]
        opts = b[2] if len(b) > 2 else {}
        if k == "title":
            out.append("<h1>%s</h1>" % e(b[1]))
        elif k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k in ("h2", "h3"):
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "small":
            out.append('<p class="small">%s</p>' % e(b[1]))
        elif k == "ol":
            attrs = "".join(' %s="%s"' % (a, opts[a]) for a in ("type", "start") if a in opts)
            out.append("<ol%s>" % attrs + "".join("<li>%s</li>" % e(x) for x in b[1]) + "</ol>")
        elif k == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in b[1]) + "</ul>")
        elif k == "table":
            rows = b[1]
            head = opts.get("header", True)
            out.append('<table border="1" cellpadding="4" cellspacing="0" width="100%">')
            for i, row in enumerate(rows):
                tag = "th" if head and i == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, e(x), tag) for x in row) + "</tr>")
            out.append("</table>")
        else:
            raise SystemExit("block " + k)
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def soffice(args, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--infilter=HTML (StarWriter)"] + args + ["--outdir", outdir]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ---------------------------------------------------------------- independent extraction
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFF = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def docx_extract(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        s = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                s.append(el.text)
            elif el.tag == W + "tab":
                s.append(" ")
        paras.append("".join(s))
    return paras


def odt_extract(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("content.xml"))

    def text_of(el):
        s = [el.text or ""]
        for ch in el:
            if ch.tag == TXT + "s":
                s.append(" " * int(ch.get(TXT + "c", "1")))
            elif ch.tag in (TXT + "tab", TXT + "line-break"):
                s.append(" ")
            else:
                s.append(text_of(ch))
            s.append(ch.tail or "")
        return "".join(s)
    return [text_of(el) for el in root.find(OFF + "body").iter() if el.tag in (TXT + "p", TXT + "h")]


def extract(d, path):
    data = open(path, "rb").read()
    kind = d["kind"]
    if kind == "lo-docx":
        return norm(" | ".join(docx_extract(data)))
    if kind == "lo-odt":
        return norm(" | ".join(odt_extract(data)))
    if kind == "lo-pdf":
        return norm(subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True, stdout=subprocess.PIPE).stdout.decode("utf-8"))
    return norm(data.decode("utf-8"))


# ---------------------------------------------------------------- build
def expected_text(d):
    return "".join("%s %s  # %s\n" % (r, v, why) for r, v, why, ev in d["verdicts"])


def build(tmp):
    _odt_ids.clear()
    for d in DOCS:
        stem, kind = d["name"], d["kind"]
        dest = os.path.join(OUT, stem + "." + EXT[kind])
        if kind in ("md", "txt"):
            open(dest, "w", encoding="utf-8", newline="\n").write(d["text"].lstrip("\n"))
        else:
            src = os.path.join(tmp, stem + ".html")
            open(src, "w", encoding="utf-8", newline="\n").write(render_html(d))
            outdir = os.path.join(tmp, "lo-" + stem)
            os.makedirs(outdir)
            soffice(["--convert-to", FILTER[kind], src], outdir)
            res = os.path.join(outdir, stem + "." + EXT[kind])
            if not os.path.exists(res):
                raise SystemExit("LibreOffice conversion failed: " + src)
            raw = open(res, "rb").read()
            if kind == "lo-docx":
                write_zip(dest, rezip(raw, fix_lo_docx))
            elif kind == "lo-odt":
                _odt_ids.clear()
                write_zip(dest, rezip(raw, fix_lo_odt))
            else:
                open(dest, "wb").write(fix_pdf(raw))
        open(os.path.join(OUT, stem + ".expected"), "w", encoding="utf-8", newline="\n").write(expected_text(d))


# ---------------------------------------------------------------- checks
def check():
    errors = []
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    words, pages, fmts = {}, {}, {}
    for d in DOCS:
        ext = EXT[d["kind"]]
        fn = d["name"] + "." + ext
        fmts[ext] = fmts.get(ext, 0) + 1
        path = os.path.join(OUT, fn)
        if not os.path.isfile(path) or os.path.getsize(path) == 0:
            errors.append(fn + ": missing or empty (conversion failed)")
            continue
        if ext in ("docx", "odt"):
            with zipfile.ZipFile(path) as z:
                names = z.namelist()
                if ext == "odt" and (names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED):
                    errors.append(fn + ": mimetype not first/stored")
                for n in names:
                    if z.getinfo(n).date_time != FIXED:
                        errors.append(fn + ": timestamp " + n)
                    if n.endswith((".xml", ".rels", ".rdf")) and z.getinfo(n).file_size:
                        try:
                            ET.fromstring(z.read(n))
                        except ET.ParseError as ex:
                            errors.append("%s: %s not well-formed: %s" % (fn, n, ex))
        text = extract(d, path)
        if ext == "pdf":
            out = subprocess.run(["pdfinfo", path], stdout=subprocess.PIPE, text=True).stdout
            m = re.search(r"Pages:\s+(\d+)", out)
            pages[fn] = int(m.group(1)) if m else 0
            if not 1 <= pages[fn] <= 4:
                errors.append("%s: %s pages, want 1-4" % (fn, pages[fn]))
            tw = set(re.findall(r"\w+", text))
            for k, t in block_texts(d):
                miss = [w for w in re.findall(r"\w+", norm(t)) if w not in tw]
                if miss:
                    errors.append("%s: words of a %s missing from pdftotext: %r" % (fn, k, miss[:5]))
        elif ext in ("docx", "odt"):
            for k, t in block_texts(d):
                if norm(t) not in text:
                    errors.append("%s: %s text missing from extraction: %r" % (fn, k, norm(t)[:70]))
        words[fn] = word_count(d)
        if not 200 <= words[fn] <= 1600:
            errors.append("%s: %d words" % (fn, words[fn]))
        exp = os.path.join(OUT, d["name"] + ".expected")
        raw = open(exp, "rb").read()
        if not raw.endswith(b"\n") or b"\r" in raw:
            errors.append(exp + ": bad line endings")
        lines = raw.decode("utf-8").splitlines()
        if len(lines) != 22:
            errors.append("%s: %d lines" % (exp, len(lines)))
        for i, r in enumerate(RULES):
            line = lines[i] if i < len(lines) else ""
            m = re.match(r"^(\S+) (pass|weak|gap)  # (.+)$", line)
            if not m or m.group(1) != r:
                errors.append("%s: bad or missing line for %s: %r" % (exp, r, line))
                continue
            if not CITE.search(m.group(3)):
                errors.append("%s: %s cites no clause" % (exp, r))
            counts[r][m.group(2)] += 1
        for r, v, why, ev in d["verdicts"]:
            if v in ("pass", "weak") and not ev:
                errors.append("%s: %s %s has no evidence quote" % (fn, r, v))
            for q in ([ev] if isinstance(ev, str) else (ev or [])):
                if norm(q) not in text:
                    errors.append("%s: %s evidence not found in the produced file's text: %r" % (fn, r, q[:80]))
    for r in RULES:
        k = counts[r]
        if k["pass"] < RULE_PASS_MIN or k["weak"] + k["gap"] < RULE_NONPASS_MIN:
            errors.append("rule %s below minimums: %s" % (r, k))
    if fmts.get("docx", 0) + fmts.get("odt", 0) < 5 or fmts.get("pdf", 0) < 2 or fmts.get("md", 0) + fmts.get("txt", 0) < 2:
        errors.append("format split wrong: %s" % fmts)
    if not 10 <= len(DOCS) <= 12:
        errors.append("%d documents, want 10-12" % len(DOCS))
    return errors, counts, words, pages, fmts


def readme(counts, words, pages):
    out = [README.strip(), "", "## Documents", "",
           "| File | Made by | Instrument | Authority | Provider as named | Words | Passes | Where the duties and traps sit |",
           "|---|---|---|---|---|---|---|---|"]
    for d in DOCS:
        fn = d["name"] + "." + EXT[d["kind"]]
        made = {"lo-docx": "LibreOffice HTML->DOCX", "lo-odt": "LibreOffice HTML->ODT", "lo-pdf": "LibreOffice HTML->PDF (%d pp.)" % pages.get(fn, 0),
                "md": "Markdown by hand", "txt": "plain text by hand"}[d["kind"]]
        npass = sum(1 for r, v, w, e in d["verdicts"] if v == "pass")
        out.append("| %s | %s | %s | %s | %s | %d | %d | %s |" % (fn, made, d["instrument"], d["authority"], d["provider"], words[fn], npass, d["shapes"]))
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
    tmp = tempfile.mkdtemp(prefix="set26-")
    try:
        build(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    errors, counts, words, pages, fmts = check()
    if not errors:
        open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n").write(readme(counts, words, pages))
    for d in DOCS:
        fn = d["name"] + "." + EXT[d["kind"]]
        print("%-48s %5d words %2d pass" % (fn, words.get(fn, 0), sum(1 for r, v, w, e in d["verdicts"] if v == "pass")))
    for r in RULES:
        k = counts[r]
        print("%-7s pass %2d  weak %2d  gap %2d" % (r, k["pass"], k["weak"], k["gap"]))
    print("formats: %s" % fmts)
    for fn in sorted(os.listdir(OUT)):
        print("sha256 %s  %s" % (hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()[:16], fn))
    if errors:
        print("\n".join("ERROR: " + e for e in errors), file=sys.stderr)
        sys.exit(1)
    print("set26 OK")


if __name__ == "__main__":
    main()
