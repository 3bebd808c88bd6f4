#!/usr/bin/env python3
"""Build blind fixture set 25 (a plain hold-out of ordinary single-file public-service contracts).

Run from the repository root:  python3 scripts/make-blind-set25.py
Deletes and rebuilds fixtures/blind/set25/, then checks it and exits non-zero on any failure.
Contract texts and verdicts live in scripts/blind_set25_contracts.py.

Formats (adapted from scripts/make-blind-set22.py):
  lo-docx   HTML with real headings (h1-h3), <ol>/<ul> lists and tables, opened as a Writer document
            (--infilter="HTML (StarWriter)") and converted by LibreOffice to DOCX.
  lo-odt    the same HTML route converted by LibreOffice to ODT.
  lo-pdf    the same HTML route exported by LibreOffice to PDF.
  md        Markdown written as a commissioner would keep it in a repository.
  txt       plain text with typed clause numbers and a fixed-width table.
Only volatile parts are fixed afterwards: zip member timestamps (1980-01-01), document dates,
LibreOffice rsids (renumbered in order of first use), PDF dates and document ID (same lengths,
so the xref offsets stay valid). Two consecutive runs give byte-identical files.

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
import zipfile
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_set25_contracts import CONTRACTS, RULES, README  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set25")
LO_PROFILE = "file:///tmp/lo25"
FIXED = (1980, 1, 1, 0, 0, 0)
FIXED_W3C = "2026-01-19T09:00:00Z"
FIXED_ODF = "2026-01-19T09:00:00"
WANT_FORMATS = {"lo-docx": 4, "lo-odt": 2, "lo-pdf": 2, "md": 1, "txt": 1}
WORDS_MIN, WORDS_MAX = 1500, 3500
RULE_PASS_MIN, RULE_NONPASS_MIN = 2, 2
CITE = re.compile(r"(?i)\b(clause|condition|para(graph)?|section|article|schedule|annex|part|appendix|table|row|item|"
                  r"heading|note|definition|recital|order form|particulars)s?\b|\b\d+(\.\d+)+")
PARTIAL = os.environ.get("SET25_PARTIAL") == "1"


# ---------------------------------------------------------------- text helpers
def norm(s):
    s = (s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
         .replace("\u2013", "-").replace("\u2014", "-").replace("\u2026", "...").replace("\u00a0", " ")
         .replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl"))
    return re.sub(r"\s+", " ", s).strip()


def block_texts(c):
    out = []
    for b in c["blocks"]:
        k = b[0]
        if k in ("title", "h1", "h2", "h3", "p"):
            out.append((k, b[1]))
        elif k in ("ol", "la", "ul"):
            out += [(k, x) for x in b[1]]
        elif k == "table":
            out += [("cell", x) for row in b[1] for x in row]
        else:
            raise SystemExit("unknown block " + k)
    return out


def word_count(c):
    return sum(len(t.split()) for k, t in block_texts(c))


# ---------------------------------------------------------------- renderers
def render_html(c):
    e = escape
    title = [b[1] for b in c["blocks"] if b[0] == "title"][0]
    out = ['<!DOCTYPE html>', '<html lang="%s">' % c.get("lang", "en-GB"), "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(title), "</head>", "<body>"]
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            out.append("<h1>%s</h1>" % e(b[1]))
        elif k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k in ("h2", "h3"):
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "ol":
            out.append("<ol>" + "".join("<li>%s</li>" % e(x) for x in b[1]) + "</ol>")
        elif k == "la":
            out.append('<ol type="a">' + "".join("<li>%s</li>" % e(x) for x in b[1]) + "</ol>")
        elif k == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in b[1]) + "</ul>")
        elif k == "table":
            rows = b[1]
            out.append('<table border="1" cellpadding="4" cellspacing="0" width="100%">')
            out.append("<tr>" + "".join("<th>%s</th>" % e(x) for x in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join("<td>%s</td>" % e(x) for x in row) + "</tr>")
            out.append("</table>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def render_md(c):
    out = []
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            out += ["# " + b[1], ""]
        elif k == "h1":
            out += ["## " + b[1], ""]
        elif k in ("h2", "h3"):
            out += ["### " + b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "ol":
            out += ["%d. %s" % (i + 1, x) for i, x in enumerate(b[1])] + [""]
        elif k == "la":
            out += ["- (%s) %s" % (chr(97 + i), x) for i, x in enumerate(b[1])] + [""]
        elif k == "ul":
            out += ["- " + x for x in b[1]] + [""]
        elif k == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for row in rows[1:]:
                out.append("| " + " | ".join(x.replace("|", "\\|") for x in row) + " |")
            out.append("")
    return "\n".join(out)


def render_txt(c):
    out = []
    wrap = lambda s, ind="": textwrap.fill(s, 78, initial_indent=ind, subsequent_indent=" " * len(ind),
                                           break_long_words=False, break_on_hyphens=False)
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            out += [b[1], "=" * min(78, len(b[1])), ""]
        elif k == "h1":
            out += ["", b[1], "~" * min(78, len(b[1])), ""]
        elif k in ("h2", "h3"):
            out += [b[1], "-" * len(b[1]), ""]
        elif k == "p":
            out += [wrap(b[1]), ""]
        elif k == "ol":
            out += [wrap(x, "  %d. " % (i + 1)) for i, x in enumerate(b[1])] + [""]
        elif k == "la":
            out += [wrap(x, "  (%s) " % chr(97 + i)) for i, x in enumerate(b[1])] + [""]
        elif k == "ul":
            out += [wrap(x, "  * ") for x in b[1]] + [""]
        elif k == "table":
            rows = b[1]
            w = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
            line = "+" + "+".join("-" * (n + 2) for n in w) + "+"
            out.append(line)
            for i, r in enumerate(rows):
                out.append("| " + " | ".join(x.ljust(w[j]) for j, x in enumerate(r)) + " |")
                if i == 0:
                    out.append(line.replace("-", "="))
            out += [line, ""]
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- LibreOffice and fixing volatile parts
def soffice(args, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--infilter=HTML (StarWriter)"] + args + ["--outdir", outdir]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


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


def fix_xml(name, b):
    if not name.endswith((".xml", ".rels", ".rdf")):
        return b
    s = b.decode("utf-8")
    s = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", r"\g<1>" + FIXED_W3C, s)
    s = re.sub(r"(<meta:creation-date>|<dc:date>|<meta:print-date>)[^<]*", r"\g<1>" + FIXED_ODF, s)
    s = re.sub(r"(<meta:editing-duration>)[^<]*", r"\g<1>PT0S", s)
    s = re.sub(r"(<TotalTime>)[^<]*", r"\g<1>0", s)
    s = re.sub(r'(<config:config-item config:name="(?:PrinterSetup|PrinterName)"[^>]*>)[^<]*', r"\g<1>", s)
    s = re.sub(r'(<config:config-item config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>2097152", s)
    if name.startswith("word/"):
        ids = {}

        def rs(m):
            ids.setdefault(m.group(2).upper(), "%08X" % (0x00200000 + len(ids)))
            return m.group(1) + ids[m.group(2).upper()] + '"'
        s = re.sub(r'(w:rsid\w*=")([0-9A-Fa-f]{8})"', rs, s)
        s = re.sub(r'(<w:rsid(?:Root)? w:val=")([0-9A-Fa-f]{8})"', rs, s)
    if name == "content.xml" or name == "styles.xml":
        s = re.sub(r'officeooo:(rsid|paragraph-rsid)="[0-9a-f]+"', "", s)
    return s.encode("utf-8")


def fix_pdf(b):
    def same(m, repl):
        return m.group(1) + repl.ljust(len(m.group(2)), "0")[:len(m.group(2))].encode() + m.group(3)
    b = re.sub(rb"(/CreationDate\s*\()([^)]*)(\))", lambda m: same(m, "D:20260119090000Z"), b)
    b = re.sub(rb"(/ModDate\s*\()([^)]*)(\))", lambda m: same(m, "D:20260119090000Z"), b)
    b = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>)", lambda m: same(m, "25" * 32), b)
    b = re.sub(rb"(>\s*<)([0-9A-Fa-f]+)(>\s*\])", lambda m: same(m, "52" * 32), b)
    b = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)(\s)", lambda m: same(m, "25" * 32), b)
    b = re.sub(rb"(<xmp:CreateDate>|<xmp:ModifyDate>|<xmp:MetadataDate>)([^<]*)(<)", lambda m: same(m, "2026-01-19T09:00:00Z"), b)
    return b


# ---------------------------------------------------------------- extraction (independent of the renderers)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def extract(path, fmt):
    data = open(path, "rb").read()
    if fmt == "lo-docx":
        root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
        paras = ["".join((t.text or "") if t.tag == W + "t" else " " for t in p.iter() if t.tag in (W + "t", W + "tab")) for p in root.iter(W + "p")]
        return norm(" \u2016 ".join(paras))
    if fmt == "lo-odt":
        root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("content.xml"))
        paras = []
        for p in root.iter():
            if p.tag in (TXT + "p", TXT + "h"):
                s = []
                for e in p.iter():
                    if e is not p and e.tag in (TXT + "p", TXT + "h"):
                        continue
                    s.append(e.text or "" if e.tag not in (TXT + "s", TXT + "tab") else " ")
                    if e is not p:
                        s.append(e.tail or "")
                paras.append("".join(s))
        return norm(" \u2016 ".join(paras))
    if fmt == "lo-pdf":
        t = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True, stdout=subprocess.PIPE).stdout.decode("utf-8")
        return norm(t.replace("\f", "\n"))
    t = data.decode("utf-8")
    if fmt == "md":
        t = re.sub(r"(?m)^#+ |^\s*(?:\d+\.|-) |\|", " ", t)
    if fmt == "txt":
        t = re.sub(r"(?m)^\s*(?:\(\w\)|\d+\.|\*) ", " ", t).replace("|", " ")
    return norm(t)


# ---------------------------------------------------------------- build
def build(tmp):
    jobs = []
    for c in CONTRACTS:
        fn, fmt = c["file"], c["format"]
        stem = fn.rsplit(".", 1)[0]
        dest = os.path.join(OUT, fn)
        if fmt == "md":
            open(dest, "w", encoding="utf-8", newline="\n").write(render_md(c))
        elif fmt == "txt":
            open(dest, "w", encoding="utf-8", newline="\n").write(render_txt(c))
        else:
            src = os.path.join(tmp, stem + ".html")
            open(src, "w", encoding="utf-8", newline="\n").write(render_html(c))
            jobs.append((fmt, src, dest))
        open(os.path.join(OUT, stem + ".expected"), "w", encoding="utf-8", newline="\n").write(expected_text(c))
    for fmt, src, dest in jobs:
        outdir = os.path.join(tmp, "lo-" + os.path.basename(src))
        os.makedirs(outdir)
        base = os.path.splitext(os.path.basename(src))[0]
        target = {"lo-docx": ("docx:MS Word 2007 XML", "docx"), "lo-odt": ("odt:writer8", "odt"), "lo-pdf": ("pdf:writer_pdf_Export", "pdf")}[fmt]
        soffice(["--convert-to", target[0], src], outdir)
        res = os.path.join(outdir, base + "." + target[1])
        if not os.path.exists(res):
            raise SystemExit("LibreOffice conversion failed: " + src)
        raw = open(res, "rb").read()
        if fmt == "lo-pdf":
            open(dest, "wb").write(fix_pdf(raw))
        else:
            write_zip(dest, rezip(raw, fix_xml))


def expected_lines(c):
    out = []
    for rule, verdict, why, quote in c["verdicts"]:
        out.append("%s %s  # %s" % (rule, verdict, why + (": '%s'" % quote if quote else "")))
    return out


def expected_text(c):
    return "\n".join(expected_lines(c)) + "\n"


# ---------------------------------------------------------------- checks
def check():
    errors, fmts, words = [], {}, {}
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    for c in CONTRACTS:
        fn, fmt = c["file"], c["format"]
        path = os.path.join(OUT, fn)
        fmts[fmt] = fmts.get(fmt, 0) + 1
        if not os.path.isfile(path):
            errors.append(fn + ": missing")
            continue
        ext = fn.rsplit(".", 1)[1]
        if ext != {"lo-docx": "docx", "lo-odt": "odt", "lo-pdf": "pdf", "md": "md", "txt": "txt"}[fmt]:
            errors.append(fn + ": extension does not match format")
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
                        except ET.ParseError as e:
                            errors.append("%s: %s not well-formed: %s" % (fn, n, e))
                if ext == "docx":
                    doc = z.read("word/document.xml").decode("utf-8")
                    if "<w:tbl>" not in doc and c.get("has_table", True):
                        errors.append(fn + ": no table in DOCX")
                    if not re.search(r'<w:pStyle w:val="Heading\d"', doc):
                        errors.append(fn + ": no heading styles in DOCX")
                    if "<w:numPr>" not in doc:
                        errors.append(fn + ": no numbered/bulleted list in DOCX")
                else:
                    content = z.read("content.xml").decode("utf-8")
                    if "<text:h " not in content or "<text:list " not in content or "<table:table " not in content:
                        errors.append(fn + ": ODT lacks headings, lists or tables")
        if ext == "pdf" and not open(path, "rb").read().startswith(b"%PDF-"):
            errors.append(fn + ": not a PDF")
        text = extract(path, fmt)
        for k, t in block_texts(c):
            if k == "cell" and fmt == "txt":
                continue
            if norm(t) not in text:
                errors.append("%s: %s text not found in produced file: %r" % (fn, k, norm(t)[:70]))
        wc = word_count(c)
        words[fn] = wc
        if not WORDS_MIN <= wc <= WORDS_MAX:
            errors.append("%s: %d words outside %d-%d" % (fn, wc, WORDS_MIN, WORDS_MAX))
        if not any(b[0] == "table" for b in c["blocks"]) and c.get("has_table", True):
            errors.append(fn + ": no table")
        exp = os.path.join(OUT, fn.rsplit(".", 1)[0] + ".expected")
        raw = open(exp, "rb").read()
        if not raw.endswith(b"\n") or b"\r" in raw:
            errors.append(exp + ": bad line endings")
        lines = raw.decode("utf-8").splitlines()
        if len(lines) != 22:
            errors.append("%s: %d lines" % (exp, len(lines)))
        for r, line, v in zip(RULES, lines, c["verdicts"]):
            m = re.match(r"^(\S+) (pass|weak|gap)  # (.+)$", line)
            if not m or m.group(1) != r:
                errors.append("%s: bad line for %s: %r" % (exp, r, line))
                continue
            if not CITE.search(m.group(3)):
                errors.append("%s: %s cites no clause" % (exp, r))
            counts[r][m.group(2)] += 1
            quote = v[3]
            if m.group(2) in ("pass", "weak") and not quote:
                errors.append("%s: %s %s has no quoted evidence" % (exp, r, m.group(2)))
            if quote and norm(quote) not in text:
                errors.append("%s: %s quoted evidence not found in %s: %r" % (exp, r, fn, quote[:70]))
    for r in RULES:
        k = counts[r]
        if not PARTIAL and (k["pass"] < RULE_PASS_MIN or k["weak"] + k["gap"] < RULE_NONPASS_MIN):
            errors.append("rule %s below minimums: %s" % (r, k))
    if fmts != WANT_FORMATS and not PARTIAL:
        errors.append("format split wrong: %s" % fmts)
    return errors, counts, words


def readme(counts, words):
    out = [README.strip(), "", "## Contracts", "",
           "| File | Format | Sector | Authority and jurisdiction | Parties as named | Words | Passes | Where the traps sit |",
           "|---|---|---|---|---|---|---|---|"]
    for c in CONTRACTS:
        npass = sum(1 for v in c["verdicts"] if v[1] == "pass")
        out.append("| %s | %s | %s | %s | %s | %d | %d | %s |" % (c["file"], c["format"], c["sector"], c["jurisdiction"], c["parties"],
                                                               words[c["file"]], npass, c["shapes"]))
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
    tmp = tempfile.mkdtemp(prefix="set25-")
    try:
        build(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    errors, counts, words = check()
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n").write(readme(counts, words))
    for c in CONTRACTS:
        print("%-46s %-8s %5d words %2d passes" % (c["file"], c["format"], words.get(c["file"], 0), sum(1 for v in c["verdicts"] if v[1] == "pass")))
    for r in RULES:
        k = counts[r]
        print("%-7s pass %2d  weak %2d  gap %2d" % (r, k["pass"], k["weak"], k["gap"]))
    for fn in sorted(os.listdir(OUT)):
        print("sha256 %s  %s" % (hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()[:16], fn))
    if errors:
        print("\n".join("ERROR: " + e for e in errors), file=sys.stderr)
        sys.exit(1)
    print("set25 OK")


if __name__ == "__main__":
    main()
