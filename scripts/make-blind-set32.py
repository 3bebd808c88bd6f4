#!/usr/bin/env python3
"""Build blind set 32 (who is bound: party labels, several parties, people around them).

Run from the repository root:  python3 scripts/make-blind-set32.py

Deletes and rebuilds fixtures/blind/set32/ (except README.md) from the texts in
scripts/blind_set32_contracts.py, then checks:
  * every .expected file has exactly 22 lines, one per rule in catalogue order,
    each `RULE pass|weak|gap  # ...`;
  * every rule has at least one pass and one non-pass in the set;
  * every "double-quoted" evidence piece occurs verbatim (after whitespace
    normalisation) in the text extracted from the delivered file (DOCX: word/document.xml;
    ODT: content.xml; TXT/MD: the file itself);
  * every contract has 1,000-1,800 words (extracted text);
and exits non-zero on any failure.

Formats: DOCX by python-docx (c01, c10) and by LibreOffice from HTML (c03, c04), ODT by
LibreOffice from HTML (c02, c08), plain text (c05, c09), Markdown (c06, c07).
Determinism: zip members rewritten with a fixed timestamp (1980-01-01), document dates
fixed, LibreOffice rsids renumbered, SOURCE_DATE_EPOCH set; LibreOffice runs with a
private profile (/tmp/lo32), one process at a time.
"""
import html
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_set32_contracts import CONTRACTS  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "fixtures", "blind", "set32")
LO_PROFILE = "file:///tmp/lo32"
FIXED = (1980, 1, 1, 0, 0, 0)
FIXED_W3C = "2026-01-12T09:00:00Z"
FIXED_ODF = "2026-01-12T09:00:00"
EPOCH = "1768208400"
RULES = ["ES-%02d" % i for i in range(1, 11)] + ["COI-%02d" % i for i in range(1, 7)] + ["CDM-%02d" % i for i in range(1, 7)]


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip()


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
    out = []
    for info in zin.infolist():
        out.append((info.filename, fix(info.filename, zin.read(info.filename)), info.compress_type == zipfile.ZIP_STORED))
    return out


def fix_xml(name, b):
    if not name.endswith((".xml", ".rels", ".rdf")):
        return b
    s = b.decode("utf-8")
    s = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", r"\g<1>" + FIXED_W3C, s)
    s = re.sub(r"(<cp:lastPrinted>)[^<]*", r"\g<1>" + FIXED_W3C, s)
    s = re.sub(r"(<meta:creation-date>|<dc:date>|<meta:print-date>)[^<]*", r"\g<1>" + FIXED_ODF, s)
    s = re.sub(r"(<meta:editing-duration>)[^<]*", r"\g<1>PT0S", s)
    s = re.sub(r"(<TotalTime>)[^<]*", r"\g<1>0", s)
    ids = {}

    def rs(m):
        ids.setdefault(m.group(2).upper(), "%08X" % (0x00100000 + len(ids)))
        return m.group(1) + ids[m.group(2).upper()] + '"'
    s = re.sub(r'(w:rsid\w*=")([0-9A-Fa-f]{8})"', rs, s)
    s = re.sub(r'(<w:rsid(?:Root)? w:val=")([0-9A-Fa-f]{8})"', rs, s)
    s = re.sub(r'(<config:config-item config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>1048576", s)
    lists = {}

    def lid(m):
        lists.setdefault(m.group(1), "list%d" % (len(lists) + 1))
        return 'xml:id="' + lists[m.group(1)] + '"'
    s = re.sub(r'xml:id="(list\d+)"', lid, s)
    return s.encode("utf-8")


# ---------------------------------------------------------------- renderers
def docx_bytes(c):
    import datetime
    import docx
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = c["header"]
    sec.footer.paragraphs[0].text = c["footer"]
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            d.add_paragraph(b[1], style="Title")
        elif k == "h":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = d.styles["Table Grid"]
            for i, row in enumerate(rows):
                for j, x in enumerate(row):
                    t.cell(i, j).text = x
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    cp = d.core_properties
    when = datetime.datetime(2026, 1, 12, 9, 0, 0)
    cp.created = cp.modified = cp.last_printed = when
    cp.author = cp.last_modified_by = "contract-generator"
    cp.title = [b[1] for b in c["blocks"] if b[0] == "title"][0]
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def render_html(c):
    e = html.escape
    title = [b[1] for b in c["blocks"] if b[0] == "title"][0]
    out = ['<!DOCTYPE html>', '<html lang="%s">' % c.get("lang", "en-GB"), "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(title), "</head>", "<body>"]
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            out.append("<h1>%s</h1>" % e(b[1]))
        elif k == "h":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "table":
            out.append('<table border="1">')
            for i, row in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, e(x), tag) for x in row) + "</tr>")
            out.append("</table>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def render_txt(c):
    out = []
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif k in ("h", "h2"):
            out += [b[1].upper() if k == "h" else b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "table":
            for row in b[1]:
                out.append("  " + " | ".join(row))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_md(c):
    out = []
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            out += ["# " + b[1], ""]
        elif k == "h":
            out += ["## " + b[1], ""]
        elif k == "h2":
            out += ["### " + b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for row in rows[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def soffice(args, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless"] + args + ["--outdir", outdir]
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


# ---------------------------------------------------------------- extraction
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def extract(path):
    if path.endswith(".docx"):
        z = zipfile.ZipFile(path)
        root = ET.fromstring(z.read("word/document.xml"))
        paras = []
        for p in root.iter(W + "p"):
            paras.append("".join((e.text or "") if e.tag == W + "t" else " " for e in p.iter() if e.tag in (W + "t", W + "tab")))
        return "\n".join(paras)
    if path.endswith(".odt"):
        z = zipfile.ZipFile(path)
        root = ET.fromstring(z.read("content.xml"))
        paras = []
        for p in root.iter():
            if p.tag in (TXT + "p", TXT + "h"):
                s = []
                for e in p.iter():
                    if e is not p and e.tag == TXT + "s":
                        s.append(" " * int(e.get(TXT + "c", "1")))
                    elif e.tag in (TXT + "tab", TXT + "line-break"):
                        s.append(" ")
                    if e.text and e.tag not in (TXT + "s",):
                        s.append(e.text)
                    if e is not p and e.tail:
                        s.append(e.tail)
                paras.append("".join(s))
        return "\n".join(paras)
    with open(path, encoding="utf-8") as f:
        return f.read()


# ---------------------------------------------------------------- build
def build():
    if os.path.isdir(OUT):
        for n in os.listdir(OUT):
            if n != "README.md":
                os.remove(os.path.join(OUT, n))
    else:
        os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="set32-")
    try:
        for c in CONTRACTS:
            dest = os.path.join(OUT, c["file"])
            how = c["make"]
            if how == "python-docx":
                write_zip(dest, rezip(docx_bytes(c), fix_xml))
            elif how in ("lo-html-docx", "lo-html-odt"):
                stem = c["file"].rsplit(".", 1)[0]
                src = os.path.join(tmp, stem + ".html")
                with open(src, "w", encoding="utf-8") as f:
                    f.write(render_html(c))
                target = 'docx:MS Word 2007 XML' if how == "lo-html-docx" else "odt:writer8"
                soffice(["--infilter=HTML (StarWriter)", "--convert-to", target, src], tmp)
                with open(os.path.join(tmp, stem + "." + ("docx" if how == "lo-html-docx" else "odt")), "rb") as f:
                    data = f.read()
                write_zip(dest, rezip(data, fix_xml))
            elif how == "txt":
                with open(dest, "w", encoding="utf-8", newline="\n") as f:
                    f.write(render_txt(c))
            elif how == "md":
                with open(dest, "w", encoding="utf-8", newline="\n") as f:
                    f.write(render_md(c))
            else:
                raise SystemExit("unknown make " + how)
            with open(os.path.join(OUT, c["file"].rsplit(".", 1)[0] + ".expected"), "w", encoding="utf-8", newline="\n") as f:
                f.write(c["expected"].strip() + "\n")
    finally:
        shutil.rmtree(tmp)


def check():
    errors = []
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    words = {}
    for c in CONTRACTS:
        path = os.path.join(OUT, c["file"])
        text = norm(extract(path))
        wc = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.,/&-]*", text))
        words[c["file"]] = wc
        if not 1000 <= wc <= 1800:
            errors.append("%s: %d words" % (c["file"], wc))
        lines = c["expected"].strip().split("\n")
        if len(lines) != 22:
            errors.append("%s: %d expected lines" % (c["file"], len(lines)))
        for rule, line in zip(RULES, lines):
            m = re.match(r"^(\S+) (pass|weak|gap)  # (.+)$", line)
            if not m or m.group(1) != rule:
                errors.append("%s: bad line %r" % (c["file"], line))
                continue
            counts[rule][m.group(2)] += 1
            for q in re.findall(r'"([^"]+)"', m.group(3)):
                if norm(q) not in text:
                    errors.append("%s %s: evidence not found: %r" % (c["file"], rule, q))
    for r in RULES:
        if counts[r]["pass"] == 0 or counts[r]["weak"] + counts[r]["gap"] == 0:
            errors.append("%s: needs a pass and a non-pass %r" % (r, counts[r]))
    return errors, counts, words


def main():
    build()
    errors, counts, words = check()
    for f, w in words.items():
        print("%-55s %5d words" % (f, w))
    print("| Rule | pass | weak | gap |\n|---|---|---|---|")
    tot = {"pass": 0, "weak": 0, "gap": 0}
    for r in RULES:
        print("| %s | %d | %d | %d |" % (r, counts[r]["pass"], counts[r]["weak"], counts[r]["gap"]))
        for k in tot:
            tot[k] += counts[r][k]
    print("| all | %d | %d | %d |" % (tot["pass"], tot["weak"], tot["gap"]))
    if errors:
        print("\n".join("ERROR: " + e for e in errors))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
