#!/usr/bin/env python3
"""Build blind test set 12 (fixtures/blind/set12/) from scripts/blind_set12_contracts.py.

Run from the repository root:  python3 scripts/make-blind-set12.py

The script deletes and rebuilds fixtures/blind/set12/, writing twelve fictional
public-service contracts (3 .txt, 2 .md, 4 .docx, 3 .odt) and one NAME.expected file
per contract. Output is deterministic: zip members have fixed timestamps (1980-01-01)
and a fixed order, the ODT mimetype member comes first and is stored, and every
LibreOffice conversion is normalised (dates, rsids, paraIds, generator strings and
random list ids rewritten; thumbnails and settings dropped with their manifest entries).

LibreOffice (soffice) is needed for the converted files and for the rendering check;
it runs with a private profile under /tmp (lo-set12).

After building, the script checks the set and exits non-zero on any failure:
22 well-formed .expected lines in rule order citing real clause numbers, per-rule
minimums, the format split, word counts, XML well-formedness of every zip part, every
model paragraph and table cell present in the built file, tracked-deleted text and
comments absent from the body text, and (via a LibreOffice text export in a scratch
folder) automatic numbering rendering as cited.
"""

import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blind_set12_contracts as C  # noqa: E402

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "fixtures", "blind", "set12")
LO_PROFILE = "file:///tmp/lo-set12"
FIXED_DT = (1980, 1, 1, 0, 0, 0)
FIXED_DATE = "2024-01-01T00:00:00Z"

RULES = ["ES-%02d" % i for i in range(1, 11)] + ["COI-%02d" % i for i in range(1, 7)] + [
    "CDM-%02d" % i for i in range(1, 7)]

# ---------------------------------------------------------------------------
# inline markup: {+inserted+} {-deleted-} {#comment#}
MARK_RE = re.compile(r"\{\+(.*?)\+\}|\{-(.*?)-\}|\{#(.*?)#\}")


def segments(text):
    """Split text into (kind, str) with kind in normal/ins/del/comment."""
    out, pos = [], 0
    for m in MARK_RE.finditer(text):
        if m.start() > pos:
            out.append(("normal", text[pos:m.start()]))
        if m.group(1) is not None:
            out.append(("ins", m.group(1)))
        elif m.group(2) is not None:
            out.append(("del", m.group(2)))
        else:
            out.append(("comment", m.group(3)))
        pos = m.end()
    if pos < len(text):
        out.append(("normal", text[pos:]))
    return out


def clean(text):
    return "".join(s for k, s in segments(text) if k in ("normal", "ins"))


def hidden_parts(text):
    return [(k, s) for k, s in segments(text) if k in ("del", "comment")]


def has_markup(text):
    return bool(MARK_RE.search(text))


def norm_ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


# ---------------------------------------------------------------------------
# numbering model
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def letters(n):
    return "abcdefghijklmnopqrstuvwxyz"[n - 1]


def full_labels(contract):
    """Map each numbered element index to its full citation label and check that the
    model's numbers follow the numbering the build produces."""
    html_style = contract["build"].endswith("html")
    zero = contract.get("zero_pad", False)
    item_fmt = contract.get("item_fmt", "alpha")
    labels = {}
    errors = []
    h = p = i = sp = 0
    cur_h = cur_p = None
    for idx, el in enumerate(contract["body"]):
        kind = el[0]
        if kind == "sh":
            sp = 0
        elif kind == "h":
            h += 1
            p = 0
            cur_h = el[1]
            if not html_style and el[1] != str(h):
                errors.append("%s: heading %s expected %d" % (contract["name"], el[1], h))
            labels[idx] = el[1]
        elif kind == "p":
            p += 1
            i = 0
            if html_style:
                want = "(%s)" % letters(p)
                full = cur_h + want
            else:
                want = "%s.%s" % (cur_h, ("%02d" % p) if zero else str(p))
                full = want
            if el[1] != want:
                errors.append("%s: para %s expected %s" % (contract["name"], el[1], want))
            cur_p = full
            labels[idx] = full
        elif kind == "i":
            i += 1
            if html_style or item_fmt == "roman":
                want = "(%s)" % ROMAN[i - 1]
            else:
                want = "(%s)" % letters(i)
            if el[1] != want:
                errors.append("%s: item %s expected %s" % (contract["name"], el[1], want))
            labels[idx] = cur_p + el[1]
        elif kind == "sp":
            sp += 1
            if el[1] != str(sp):
                errors.append("%s: schedule para %s expected %d" % (contract["name"], el[1], sp))
    return labels, errors


def display_label(contract, el):
    """The label a reader sees before the element's text in the built file."""
    kind = el[0]
    b = contract["build"]
    if kind == "h":
        return contract.get("h_label", "{n}.").format(n=el[1])
    if kind == "p":
        if b.endswith("html"):
            return el[1].strip("()") + "."
        return el[1]
    if kind == "i":
        if b.endswith("html"):
            return el[1].strip("()") + "."
        return el[1]
    if kind == "sp":
        return el[1] + "."
    return ""


# ---------------------------------------------------------------------------
# plain text and Markdown


def render_txt(c):
    lines = []
    hfmt = c.get("txt_h", "{n}. {T}")
    for el in c["body"]:
        k = el[0]
        if k == "title":
            lines += [el[1].upper(), ""]
        elif k == "meta":
            lines += [el[1], ""]
        elif k == "sh":
            lines += ["", el[1].upper(), ""]
        elif k == "h":
            lines += [hfmt.format(n=el[1], t=el[2], T=el[2].upper()), ""]
        elif k == "p":
            lines += ["%s %s" % (el[1], el[2]), ""]
        elif k == "i":
            lines += ["    %s %s" % (el[1], el[2]), ""]
        elif k == "sp":
            lines += ["%s. %s" % (el[1], el[2]), ""]
        elif k == "table":
            for r, row in enumerate(el[1]):
                lines.append(" | ".join(row))
                if r == 0:
                    lines.append("-" * 40)
            lines.append("")
        else:
            raise ValueError(k)
    return "\n".join(lines).rstrip() + "\n"


def render_md(c):
    lines = []
    hfmt = c.get("md_h", "## {n}. {t}")
    for el in c["body"]:
        k = el[0]
        if k == "title":
            lines += ["# " + el[1], ""]
        elif k == "meta":
            lines += [el[1], ""]
        elif k == "sh":
            lines += ["## " + el[1], ""]
        elif k == "h":
            lines += [hfmt.format(n=el[1], t=el[2], T=el[2].upper()), ""]
        elif k == "p":
            lines += ["%s %s" % (el[1], el[2]), ""]
        elif k == "i":
            lines += ["- %s %s" % (el[1], el[2]), ""]
        elif k == "sp":
            lines += ["%s. %s" % (el[1], el[2]), ""]
        elif k == "table":
            rows = el[1]
            lines.append("| " + " | ".join(rows[0]) + " |")
            lines.append("|" + "|".join(["---"] * len(rows[0])) + "|")
            for row in rows[1:]:
                lines.append("| " + " | ".join(row) + " |")
            lines.append("")
        else:
            raise ValueError(k)
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------------------
# HTML (source for LibreOffice conversions)


def render_html(c):
    e = html.escape
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           '<title>%s</title></head><body>' % e(c["title"])]
    body = c["body"]
    n = len(body)
    idx = 0
    while idx < n:
        el = body[idx]
        k = el[0]
        if k == "title":
            out.append('<p class="title"><b>%s</b></p>' % e(el[1]))
        elif k == "meta":
            out.append("<p>%s</p>" % e(el[1]))
        elif k == "sh":
            out.append("<h1>%s</h1>" % e(el[1]))
        elif k == "h":
            out.append("<h2>%s %s</h2>" % (e(el[1]), e(el[2])))
        elif k == "table":
            rows = el[1]
            out.append('<table border="1" cellpadding="4">')
            out.append("<tr>" + "".join("<th>%s</th>" % e(x) for x in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join("<td>%s</td>" % e(x) for x in row) + "</tr>")
            out.append("</table>")
        elif k in ("p", "sp"):
            # a run of p (with nested i) or sp elements forms one ordered list
            first = el[1].strip("()")
            if k == "p":
                start = "abcdefghijklmnopqrstuvwxyz".index(first) + 1
                out.append('<ol type="a" start="%d">' % start)
            else:
                out.append('<ol type="1" start="%s">' % first)
            while idx < n and body[idx][0] in (k, "i"):
                cur = body[idx]
                if cur[0] == k:
                    items = []
                    j = idx + 1
                    while j < n and body[j][0] == "i":
                        items.append(body[j])
                        j += 1
                    li = "<li><p>%s</p>" % e(cur[2])
                    if items:
                        li += '<ol type="i">' + "".join(
                            "<li><p>%s</p></li>" % e(it[2]) for it in items) + "</ol>"
                    li += "</li>"
                    out.append(li)
                    idx = j
                else:
                    raise ValueError("item without parent in " + c["name"])
            out.append("</ol>")
            continue
        else:
            raise ValueError(k)
        idx += 1
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# zip helpers


def write_zip(path, members, kind):
    """members: dict name -> bytes. kind: 'odt' or 'docx'. Fixed order and dates."""
    names = list(members)
    if kind == "odt":
        first = ["mimetype", "META-INF/manifest.xml"]
    else:
        first = ["[Content_Types].xml", "_rels/.rels"]
    order = [x for x in first if x in members] + sorted(x for x in names if x not in first)
    with zipfile.ZipFile(path, "w") as z:
        for name in order:
            data = members[name]
            if isinstance(data, str):
                data = data.encode("utf-8")
            info = zipfile.ZipInfo(name, FIXED_DT)
            info.external_attr = 0o644 << 16
            info.create_system = 3
            if kind == "odt" and name == "mimetype":
                info.compress_type = zipfile.ZIP_STORED
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def read_zip(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


# ---------------------------------------------------------------------------
# hand-built WordprocessingML

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def w_text_runs(text, splits, rpr=""):
    """Runs for plain text, split mid-word at the '|' of each split token."""
    cuts = set()
    for tok in splits:
        a, b = tok.split("|")
        whole = a + b
        start = 0
        while True:
            pos = text.find(whole, start)
            if pos < 0:
                break
            cuts.add(pos + len(a))
            start = pos + 1
    pieces, last = [], 0
    for cpos in sorted(cuts):
        pieces.append(text[last:cpos])
        last = cpos
    pieces.append(text[last:])
    runs = []
    for n, piece in enumerate(pieces):
        if not piece:
            continue
        extra = '<w:lang w:val="en-GB"/>' if n % 2 else ""
        props = rpr + extra
        rp = "<w:rPr>%s</w:rPr>" % props if props else ""
        runs.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rp, xesc(piece)))
    return "".join(runs)


class DocxState:
    def __init__(self):
        self.comments = []
        self.rev = 100


def w_para_content(text, splits, st, rpr=""):
    out = []
    for kind, s in segments(text):
        if kind == "normal":
            out.append(w_text_runs(s, splits, rpr))
        elif kind == "ins":
            st.rev += 1
            out.append('<w:ins w:id="%d" w:author="Buyer Legal" w:date="%s">%s</w:ins>' % (
                st.rev, FIXED_DATE, w_text_runs(s, [], rpr)))
        elif kind == "del":
            st.rev += 1
            rp = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
            out.append('<w:del w:id="%d" w:author="Buyer Legal" w:date="%s"><w:r>%s'
                       '<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % (
                           st.rev, FIXED_DATE, rp, xesc(s)))
        else:
            cid = len(st.comments)
            st.comments.append(s)
            out.append('<w:commentRangeStart w:id="%d"/><w:commentRangeEnd w:id="%d"/>'
                       '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                       '<w:commentReference w:id="%d"/></w:r>' % (cid, cid, cid))
    return "".join(out)


def build_docx_hand(c):
    st = DocxState()
    splits = c.get("splits", [])
    zero = c.get("zero_pad", False)
    body = []
    sched_num = 1  # numId for schedule lists: 2, 3, ...
    for el in c["body"]:
        k = el[0]
        if k == "title":
            body.append('<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>%s</w:p>' %
                        w_para_content(el[1], [], st))
        elif k == "meta":
            body.append('<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr>%s</w:p>' %
                        w_para_content(el[1], splits, st))
        elif k == "sh":
            sched_num += 1
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/>'
                        '<w:numId w:val="0"/></w:numPr></w:pPr>%s</w:p>' %
                        w_para_content(el[1], [], st))
        elif k == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' %
                        w_para_content(el[2], splits, st))
        elif k in ("p", "i"):
            lvl = 1 if k == "p" else 2
            style = "ClauseLevel2" if k == "p" else "ClauseLevel3"
            body.append('<w:p><w:pPr><w:pStyle w:val="%s"/><w:numPr><w:ilvl w:val="%d"/>'
                        '<w:numId w:val="1"/></w:numPr></w:pPr>%s</w:p>' % (
                            style, lvl, w_para_content(el[2], splits, st)))
        elif k == "sp":
            body.append('<w:p><w:pPr><w:pStyle w:val="ScheduleText"/><w:numPr><w:ilvl w:val="0"/>'
                        '<w:numId w:val="%d"/></w:numPr></w:pPr>%s</w:p>' % (
                            sched_num, w_para_content(el[2], splits, st)))
        elif k == "table":
            rows = el[1]
            ncol = len(rows[0])
            width = 9000 // ncol
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
                 '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '</w:tblBorders></w:tblPr><w:tblGrid>']
            t += ['<w:gridCol w:w="%d"/>' % width] * ncol
            t.append("</w:tblGrid>")
            for r, row in enumerate(rows):
                t.append("<w:tr>%s" % ('<w:trPr><w:tblHeader/></w:trPr>' if r == 0 else ""))
                for cell in row:
                    rpr = "<w:b/>" if r == 0 else ""
                    t.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p>'
                             '<w:pPr><w:pStyle w:val="TableText"/></w:pPr>%s</w:p></w:tc>' % (
                                 width, w_para_content(cell, splits, st, rpr)))
                t.append("</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
        else:
            raise ValueError(k)
    # heading numbering: attach numPr to numbered headings via the style
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document %s><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
                'w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>' % (
                    W_NS, "".join(body)))
    h_text = c.get("docx_h_lvl", "%1.")
    lvl1_fmt = "decimalZero" if zero else "decimal"
    item_fmt = "lowerRoman" if c.get("item_fmt") == "roman" else "lowerLetter"
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<w:numbering %s>'
                 '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
                 '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:pStyle w:val="ClauseLevel2"/>'
                 '<w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>'
                 '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:pStyle w:val="ClauseLevel3"/>'
                 '<w:lvlText w:val="(%%3)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1418" w:hanging="709"/></w:pPr></w:lvl>'
                 '</w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>'
                 '</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' % (
                     W_NS, xesc(h_text, {'"': "&quot;"}), lvl1_fmt, item_fmt))
    for n in range(2, sched_num + 1):
        numbering += ('<w:num w:numId="%d"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
                      '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % n)
    numbering += "</w:numbering>"
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles %s>'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
              '<w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:next w:val="ClauseLevel2"/><w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
              '<w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ClauseLevel2"><w:name w:val="Clause Level 2"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ClauseLevel3"><w:name w:val="Clause Level 3"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ScheduleText"><w:name w:val="Schedule Text"/><w:basedOn w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:spacing w:after="0"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/></w:style>'
              '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
              '<w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
              '</w:styles>' % W_NS)
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>']
    ctypes = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    members = {}
    if st.comments:
        cx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>' % W_NS]
        for cid, ctext in enumerate(st.comments):
            cx.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p>'
                      '<w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:annotationRef/></w:r>'
                      '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>' % (
                          cid, xesc(c.get("comment_author", "Reviewer")), FIXED_DATE,
                          xesc(c.get("comment_initials", "RV")), xesc(ctext)))
        cx.append("</w:comments>")
        members["word/comments.xml"] = "".join(cx)
        rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ctypes.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    members["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>%s</Types>' % "".join(ctypes))
    members["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')
    members["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
        % "".join(rels))
    members["word/document.xml"] = document
    members["word/styles.xml"] = styles
    members["word/numbering.xml"] = numbering
    members["docProps/core.xml"] = core_xml(c)
    members["docProps/app.xml"] = app_xml()
    return members


def core_xml(c):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>blind set 12</dc:creator><cp:revision>1</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (xesc(c["title"]), FIXED_DATE, FIXED_DATE))


def app_xml():
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<Application>make-blind-set12</Application></Properties>')


# ---------------------------------------------------------------------------
# hand-built ODF

O_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


class OdtState:
    def __init__(self):
        self.changes = []  # (id, kind, text)


def o_text(s):
    """Escape text for ODF, keeping runs of spaces."""
    s = xesc(s)
    return re.sub(r"  +", lambda m: " <text:s text:c=\"%d\"/>" % (len(m.group(0)) - 1), s)


def o_para_content(text, st, c):
    out = []
    for kind, s in segments(text):
        if kind == "normal":
            out.append(o_text(s))
        elif kind == "ins":
            cid = "ct%d" % (len(st.changes) + 1)
            st.changes.append((cid, "insertion", s))
            out.append('<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>'
                       % (cid, o_text(s), cid))
        elif kind == "del":
            cid = "ct%d" % (len(st.changes) + 1)
            st.changes.append((cid, "deletion", s))
            out.append('<text:change text:change-id="%s"/>' % cid)
        else:
            out.append('<office:annotation><dc:creator>%s</dc:creator><dc:date>%s</dc:date>'
                       '<text:p text:style-name="Annotation">%s</text:p></office:annotation>' % (
                           xesc(c.get("comment_author", "Reviewer")), FIXED_DATE[:-1], o_text(s)))
    return "".join(out)


def build_odt_hand(c):
    """Returns members of a hand-built ODT. Main clauses form one continued list."""
    st = OdtState()
    body = c["body"]
    out = []
    in_main = False      # inside the main text:list
    open_h = False       # a level-1 list-item is open
    open_p = False       # a level-2 list is open
    open_pi = False      # a level-2 list-item is open
    open_i = False       # a level-3 list is open
    started_main = False
    sched_open = False

    def close_i():
        nonlocal open_i
        if open_i:
            out.append("</text:list>")
            open_i = False

    def close_pi():
        nonlocal open_pi
        close_i()
        if open_pi:
            out.append("</text:list-item>")
            open_pi = False

    def close_p():
        nonlocal open_p
        close_pi()
        if open_p:
            out.append("</text:list>")
            open_p = False

    def close_h():
        nonlocal open_h
        close_p()
        if open_h:
            out.append("</text:list-item>")
            open_h = False

    def close_main():
        nonlocal in_main
        close_h()
        if in_main:
            out.append("</text:list>")
            in_main = False

    sched_no = [0, False]  # current schedule number, whether its list has started

    def close_sched():
        nonlocal sched_open
        if sched_open:
            out.append("</text:list>")
            sched_open = False

    def open_main(resume_level):
        """Open (or continue) the main list; resume_level 2/3 re-enters an open clause."""
        nonlocal in_main, started_main, open_h, open_p, open_pi, open_i
        if not in_main:
            if started_main:
                out.append('<text:list text:style-name="LMain" text:continue-list="LMain1">')
            else:
                out.append('<text:list text:style-name="LMain" xml:id="LMain1">')
                started_main = True
            in_main = True
            if resume_level >= 2:
                out.append("<text:list-item>")
                open_h = True
                out.append("<text:list>")
                open_p = True
            if resume_level >= 3:
                out.append("<text:list-item>")
                open_pi = True
                out.append("<text:list>")
                open_i = True

    last_level = 0
    for el in body:
        k = el[0]
        if k in ("title", "meta", "table", "sh"):
            close_main()
            if k != "sh" and k != "table":
                close_sched()
            if k == "title":
                out.append('<text:p text:style-name="Title">%s</text:p>' % o_para_content(el[1], st, c))
            elif k == "meta":
                out.append('<text:p text:style-name="Text_20_body">%s</text:p>' % o_para_content(el[1], st, c))
            elif k == "sh":
                close_sched()
                sched_no[0] += 1
                sched_no[1] = False
                out.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>'
                           % o_para_content(el[1], st, c))
                last_level = 0
            else:
                close_sched()
                rows = el[1]
                tn = "Table%d" % (out.count("<!--t-->") + 1)
                out.append("<!--t-->")
                t = ['<table:table table:name="%s" table:style-name="Tbl">'
                     '<table:table-column table:number-columns-repeated="%d"/>' % (tn, len(rows[0]))]
                for r, row in enumerate(rows):
                    if r == 0:
                        t.append("<table:table-header-rows>")
                    t.append("<table:table-row>")
                    for cell in row:
                        t.append('<table:table-cell table:style-name="TblCell" office:value-type="string">'
                                 '<text:p text:style-name="%s">%s</text:p></table:table-cell>' % (
                                     "Table_20_Heading" if r == 0 else "Table_20_Contents",
                                     o_para_content(cell, st, c)))
                    t.append("</table:table-row>")
                    if r == 0:
                        t.append("</table:table-header-rows>")
                t.append("</table:table>")
                out.append("".join(t))
            continue
        if k == "sp":
            close_main()
            if not sched_open:
                if sched_no[1]:
                    out.append('<text:list text:style-name="LSched" text:continue-list="LSched%d">' % sched_no[0])
                else:
                    out.append('<text:list text:style-name="LSched" xml:id="LSched%d">' % sched_no[0])
                    sched_no[1] = True
                sched_open = True
            out.append('<text:list-item><text:p text:style-name="Schedule_20_Text">%s</text:p></text:list-item>'
                       % o_para_content(el[2], st, c))
            continue
        close_sched()
        if k == "h":
            if not in_main:
                open_main(1)
            close_h()
            hstyle, hlevel = c.get("odt_clause_heading", ("Heading_20_1", 1))
            out.append('<text:list-item><text:h text:style-name="%s" text:outline-level="%d">%s</text:h>'
                       % (hstyle, hlevel, o_para_content(el[2], st, c)))
            open_h = True
            last_level = 1
        elif k == "p":
            if not in_main:
                open_main(2)
            close_pi()
            if not open_p:
                out.append("<text:list>")
                open_p = True
            out.append('<text:list-item><text:p text:style-name="Clause_20_Text">%s</text:p>'
                       % o_para_content(el[2], st, c))
            open_pi = True
            last_level = 2
        elif k == "i":
            if not in_main:
                open_main(3)
            if not open_i:
                out.append("<text:list>")
                open_i = True
            out.append('<text:list-item><text:p text:style-name="Clause_20_Item">%s</text:p></text:list-item>'
                       % o_para_content(el[2], st, c))
            last_level = 3
        else:
            raise ValueError(k)
    close_main()
    close_sched()
    body_xml = "".join(x for x in out if x != "<!--t-->")
    tracked = ""
    if st.changes:
        regions = []
        for cid, kind, s in st.changes:
            info = ('<office:change-info><dc:creator>%s</dc:creator><dc:date>%s</dc:date>'
                    '</office:change-info>' % (xesc(c.get("comment_author", "Reviewer")), FIXED_DATE[:-1]))
            if kind == "deletion":
                regions.append('<text:changed-region xml:id="%s" text:id="%s"><text:deletion>%s'
                               '<text:p>%s</text:p></text:deletion></text:changed-region>' % (
                                   cid, cid, info, o_text(s)))
            else:
                regions.append('<text:changed-region xml:id="%s" text:id="%s"><text:insertion>%s'
                               '</text:insertion></text:changed-region>' % (cid, cid, info))
        tracked = '<text:tracked-changes text:track-changes="false">%s</text:tracked-changes>' % "".join(regions)
    item = c.get("item_fmt", "alpha")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.2">'
               '<office:automatic-styles>'
               '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>'
               '<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
               '</office:automatic-styles>'
               '<office:body><office:text>%s%s</office:text></office:body></office:document-content>' % (
                   O_NS, tracked, body_xml))
    h_prefix, h_suffix = c.get("odt_h_affix", ("", "."))
    lvl = ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
           '<style:list-level-label-alignment text:label-followed-by="listtab" '
           'text:list-tab-stop-position="%s" fo:text-indent="-%s" fo:margin-left="%s"/></style:list-level-properties>')
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s office:version="1.2"><office:styles>'
              '<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/>'
              '<style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>'
              '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">'
              '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text">'
              '<style:paragraph-properties fo:margin-top="0.4cm" fo:keep-with-next="always"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
              'style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">'
              '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
              'style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">'
              '<style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Clause_20_Text" style:display-name="Clause Text" style:family="paragraph" style:parent-style-name="Text_20_body"/>'
              '<style:style style:name="Clause_20_Item" style:display-name="Clause Item" style:family="paragraph" style:parent-style-name="Text_20_body"/>'
              '<style:style style:name="Schedule_20_Text" style:display-name="Schedule Text" style:family="paragraph" style:parent-style-name="Text_20_body"/>'
              '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>'
              '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
              '<style:text-properties fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Annotation" style:family="paragraph" style:parent-style-name="Standard"/>'
              '<text:list-style style:name="LMain" style:display-name="Contract Clauses">'
              '<text:list-level-style-number text:level="1" style:num-prefix="%s" style:num-suffix="%s" style:num-format="1">%s</text:list-level-style-number>'
              '<text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2">%s</text:list-level-style-number>'
              '<text:list-level-style-number text:level="3" style:num-prefix="(" style:num-suffix=")" style:num-format="%s">%s</text:list-level-style-number>'
              '</text:list-style>'
              '<text:list-style style:name="LSched" style:display-name="Schedule Paragraphs">'
              '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">%s</text:list-level-style-number>'
              '</text:list-style>'
              '</office:styles></office:document-styles>' % (
                  O_NS, xesc(h_prefix, {'"': "&quot;"}), h_suffix,
                  lvl % ("1.27cm", "1.27cm", "1.27cm"), lvl % ("1.27cm", "1.27cm", "1.27cm"),
                  "i" if item == "roman" else "a", lvl % ("2.27cm", "1cm", "2.27cm"),
                  lvl % ("1.27cm", "1.27cm", "1.27cm")))
    meta = odt_meta(c)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return {"mimetype": "application/vnd.oasis.opendocument.text", "META-INF/manifest.xml": manifest,
            "content.xml": content, "styles.xml": styles, "meta.xml": meta}


def odt_meta(c):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.2"><office:meta>'
            '<dc:title>%s</dc:title><meta:generator>make-blind-set12</meta:generator>'
            '</office:meta></office:document-meta>' % (O_NS, xesc(c["title"])))


# ---------------------------------------------------------------------------
# LibreOffice conversion and normalisation


def soffice(src, fmt, outdir, infilter=None):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--norestore"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    env = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8")
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=300)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, base + "." + ext)
    if not os.path.exists(out):
        raise RuntimeError("soffice failed on %s: %s %s" % (src, res.stdout, res.stderr))
    return out


def renumber_ids(data, pattern, prefix):
    mapping = {}

    def rep(m):
        old = m.group(1)
        if old not in mapping:
            mapping[old] = "%s%d" % (prefix, len(mapping) + 1)
        return m.group(0).replace(old, mapping[old])
    return re.sub(pattern, rep, data)


def normalise_docx(members, c):
    out = {}
    drop = {n for n in members if n.startswith("docProps/thumbnail") or n == "docProps/custom.xml"}
    for name, data in members.items():
        if name in drop:
            continue
        if name == "docProps/core.xml":
            out[name] = core_xml(c).encode()
            continue
        if name == "docProps/app.xml":
            out[name] = app_xml().encode()
            continue
        if name.endswith(".xml") or name.endswith(".rels"):
            s = data.decode("utf-8")
            s = re.sub(r'\s(?:w:rsid\w*|w14:paraId|w14:textId)="[^"]*"', "", s)
            s = re.sub(r"<w:rsids>.*?</w:rsids>", "", s, flags=re.S)
            s = re.sub(r"<w1[45]:docId [^>]*/>", "", s)
            s = re.sub(r'w:date="[^"]*"', 'w:date="%s"' % FIXED_DATE, s)
            if name == "[Content_Types].xml" or name.endswith(".rels"):
                for d in drop:
                    s = re.sub(r'<Override PartName="/%s"[^>]*/>' % re.escape(d), "", s)
                    s = re.sub(r'<Relationship [^>]*Target="%s"[^>]*/>' % re.escape(d), "", s)
            data = s.encode("utf-8")
        out[name] = data
    return out


def normalise_odt(members, c):
    out = {}
    dropped = []
    for name, data in members.items():
        if (name.startswith("Thumbnails/") or name == "settings.xml" or name.startswith("Configurations2/")
                or name == "layout-cache"):
            dropped.append(name)
            continue
        out[name] = data
    out["meta.xml"] = odt_meta(c).encode()
    man = out["META-INF/manifest.xml"].decode("utf-8")
    man = re.sub(r'\s*<manifest:file-entry manifest:full-path="(Thumbnails/|settings\.xml|Configurations2/|layout-cache)[^"]*"[^>]*/>',
                 "", man)
    out["META-INF/manifest.xml"] = man.encode()
    for name in ("content.xml", "styles.xml"):
        s = out[name].decode("utf-8")
        s = re.sub(r'\sofficeooo:(?:rsid|paragraph-rsid)="[^"]*"', "", s)
        s = renumber_ids(s, r'(?:xml:id|text:continue-list)="(list\d+)"', "list")
        s = re.sub(r'<dc:date>[^<]*</dc:date>', "<dc:date>%s</dc:date>" % FIXED_DATE[:-1], s)
        out[name] = s.encode("utf-8")
    return out


def build_converted(c, tmp):
    b = c["build"]
    work = os.path.join(tmp, c["name"])
    os.makedirs(work, exist_ok=True)
    if b == "docx-lo-odt":
        src = os.path.join(work, c["name"] + ".odt")
        write_zip(src, build_odt_hand(c), "odt")
        res = soffice(src, "docx:MS Word 2007 XML", os.path.join(work, "out"))
        return normalise_docx(read_zip(res), c)
    src = os.path.join(work, c["name"] + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(render_html(c))
    if b == "docx-lo-html":
        res = soffice(src, "docx:MS Word 2007 XML", os.path.join(work, "out"), "HTML (StarWriter)")
        return normalise_docx(read_zip(res), c)
    if b == "odt-lo-html":
        res = soffice(src, "odt:writer8", os.path.join(work, "out"), "HTML (StarWriter)")
        return normalise_odt(read_zip(res), c)
    raise ValueError(b)


# ---------------------------------------------------------------------------
# text extraction for checks

WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TNS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
ONS = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def docx_body_text(members):
    root = ET.fromstring(members["word/document.xml"])
    paras = []

    def walk(el, acc, skip=False):
        tag = el.tag
        if tag in (WNS + "del", WNS + "delText"):
            return
        if tag == WNS + "t":
            acc.append(el.text or "")
        elif tag == WNS + "tab":
            acc.append(" ")
        for ch in el:
            walk(ch, acc)
    for p in root.iter(WNS + "p"):
        acc = []
        walk(p, acc)
        paras.append("".join(acc))
    return "\n".join(paras)


def odt_body_text(members):
    root = ET.fromstring(members["content.xml"])
    body = root.find(ONS + "body")
    paras = []

    def walk(el, acc):
        if el.tag in (TNS + "tracked-changes", ONS + "annotation"):
            return
        if el.tag == TNS + "s":
            acc.append(" " * int(el.get(TNS + "c", "1")))
        elif el.tag in (TNS + "tab", TNS + "line-break"):
            acc.append(" ")
        if el.text and el.tag not in (TNS + "tracked-changes", ONS + "annotation"):
            acc.append(el.text)
        for ch in el:
            walk(ch, acc)
            if ch.tail:
                acc.append(ch.tail)

    def paras_of(el):
        if el.tag in (TNS + "tracked-changes", ONS + "annotation"):
            return
        if el.tag in (TNS + "p", TNS + "h"):
            acc = []
            walk(el, acc)
            paras.append("".join(acc))
            return
        for ch in el:
            paras_of(ch)
    paras_of(body)
    return "\n".join(paras)


def body_text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    members = read_zip(path)
    return docx_body_text(members) if ext == "docx" else odt_body_text(members)


# ---------------------------------------------------------------------------
# checks

EXPECTED_RE = re.compile(r"^(ES-(?:0[1-9]|10)|COI-0[1-6]|CDM-0[1-6]) (pass|weak|gap)  # (\S.*)$")
CITE_CL = re.compile(r"\bcl\. (\d+(?:\.\d+)*(?:\([a-z0-9]+\))*)")
CITE_SCH = re.compile(r"\b(?:Sch|Part|Annex|Annexure) ([0-9A-Z]+) (para (\d+)|table)")


def element_texts(c):
    for el in c["body"]:
        k = el[0]
        if k in ("title", "meta", "sh"):
            yield el[1]
        elif k in ("h", "p", "i", "sp"):
            yield el[2]
        elif k == "table":
            for row in el[1]:
                for cell in row:
                    yield cell


def txt_words(c):
    """Words of contract text (every paragraph, heading and table cell as it reads in the
    built file, tracked deletions and comments excluded), not counting numbering labels."""
    return sum(len(clean(t).split()) for t in element_texts(c))


def schedules_of(c):
    """Map schedule number -> set of paragraph numbers and whether it has a table."""
    sch = {}
    cur = None
    for el in c["body"]:
        if el[0] == "sh":
            m = re.match(r"(?:Schedule|Annexure|Annex|Part)\s+([0-9A-Z]+)", clean(el[1]), re.I)
            cur = m.group(1) if m else None
            if cur:
                sch[cur] = {"paras": set(), "table": False}
        elif el[0] == "h":
            cur = None
        elif cur and el[0] == "sp":
            sch[cur]["paras"].add(el[1])
        elif cur and el[0] == "table":
            sch[cur]["table"] = True
    return sch


def lo_text(path, tmp):
    outdir = os.path.join(tmp, "render", os.path.basename(path))
    os.makedirs(outdir, exist_ok=True)
    res = soffice(path, "txt:Text (encoded):UTF8", outdir)
    with open(res, encoding="utf-8-sig") as f:
        return f.read()


def check(tmp):
    errors = []
    files = sorted(f for f in os.listdir(OUT) if not f.endswith(".expected"))
    exts = {}
    for f in files:
        exts.setdefault(f.rsplit(".", 1)[1], []).append(f)
    want = {"txt": 3, "md": 2, "docx": 4, "odt": 3}
    for e, n in want.items():
        if len(exts.get(e, [])) != n:
            errors.append("format split: %s has %d, want %d" % (e, len(exts.get(e, [])), n))
    builds = [c["build"] for c in C.CONTRACTS]
    if sum(b in ("docx-lo-odt", "docx-lo-html") for b in builds) < 2:
        errors.append("need >=2 LibreOffice-converted DOCX")
    if "docx-hand" not in builds or "odt-hand" not in builds or "odt-lo-html" not in builds:
        errors.append("missing hand-built docx/odt or converted odt")
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    for c in C.CONTRACTS:
        name = c["name"]
        path = os.path.join(OUT, name + "." + c["ext"])
        labels, errs = full_labels(c)
        errors += errs
        label_set = set(labels.values())
        sch = schedules_of(c)
        # expected file
        with open(os.path.join(OUT, name + ".expected"), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines[-1] == "":
            lines = lines[:-1]
        if len(lines) != 22:
            errors.append("%s.expected: %d lines" % (name, len(lines)))
        for n, line in enumerate(lines):
            m = EXPECTED_RE.match(line)
            if not m:
                errors.append("%s.expected line %d malformed: %r" % (name, n + 1, line))
                continue
            if n < 22 and m.group(1) != RULES[n]:
                errors.append("%s.expected line %d: %s out of order" % (name, n + 1, m.group(1)))
            counts[m.group(1)][m.group(2)] += 1
            why = m.group(3)
            cites = 0
            for cm in CITE_CL.finditer(why):
                cites += 1
                if cm.group(1) not in label_set:
                    errors.append("%s %s cites unknown cl. %s" % (name, m.group(1), cm.group(1)))
            for sm in CITE_SCH.finditer(why):
                cites += 1
                s = sch.get(sm.group(1))
                if s is None:
                    errors.append("%s %s cites unknown Schedule %s" % (name, m.group(1), sm.group(1)))
                elif sm.group(3) and sm.group(3) not in s["paras"]:
                    errors.append("%s %s cites unknown Sch %s para %s" % (
                        name, m.group(1), sm.group(1), sm.group(3)))
                elif sm.group(2) == "table" and not s["table"]:
                    errors.append("%s %s cites table in Sch %s without one" % (name, m.group(1), sm.group(1)))
            if cites == 0:
                errors.append("%s %s cites no clause" % (name, m.group(1)))
        # words
        words = txt_words(c)
        c["_words"] = words
        if not 1500 <= words <= 4000:
            errors.append("%s: %d words" % (name, words))
        # XML well-formedness
        if c["ext"] in ("docx", "odt"):
            for mname, data in read_zip(path).items():
                if mname.endswith(".xml") or mname.endswith(".rels"):
                    try:
                        ET.fromstring(data)
                    except ET.ParseError as ex:
                        errors.append("%s: %s not well-formed: %s" % (name, mname, ex))
            with zipfile.ZipFile(path) as z:
                infos = z.infolist()
                if any(i.date_time != FIXED_DT for i in infos):
                    errors.append("%s: zip timestamps not fixed" % name)
                if c["ext"] == "odt" and (infos[0].filename != "mimetype"
                                          or infos[0].compress_type != zipfile.ZIP_STORED):
                    errors.append("%s: mimetype not first/stored" % name)
        else:
            for t in element_texts(c):
                if has_markup(t):
                    errors.append("%s: markup in plain format" % name)
        # paragraphs present; hidden text absent
        # case-insensitive: the plain-text renderer sets titles and headings in capitals
        body = norm_ws(body_text_of(path)).casefold()
        if c["ext"] == "md":
            body = norm_ws(body.replace("| ", " ").replace(" |", " "))
        for t in element_texts(c):
            ct = norm_ws(clean(t)).casefold()
            if ct and ct not in body:
                errors.append("%s: paragraph missing from built file: %.60s" % (name, ct))
            for kind, s in hidden_parts(t):
                s = norm_ws(s).casefold()
                if s and s in body:
                    errors.append("%s: %s text present in body: %.60s" % (name, kind, s))
        # rendering of automatic numbering (LibreOffice text export)
        if c["ext"] in ("docx", "odt"):
            rendered = [norm_ws(x) for x in lo_text(path, tmp).split("\n")]
            rendered = [x for x in rendered if x]
            pos = 0
            for el in c["body"]:
                if el[0] not in ("h", "p", "i", "sp"):
                    continue
                lab = display_label(c, el)
                first = norm_ws(segments(el[2])[0][1])[:30] if segments(el[2])[0][0] == "normal" else ""
                if c["build"].endswith("html") and el[0] == "h":
                    want = norm_ws("%s %s" % (el[1], el[2]))[:40]
                else:
                    want = norm_ws(lab + " " + first)
                found = False
                for j in range(pos, len(rendered)):
                    if rendered[j].startswith(want):
                        found = True
                        pos = j + 1
                        break
                if not found:
                    errors.append("%s: numbering not rendered as cited: %r" % (name, want))
    for r in RULES:
        cnt = counts[r]
        if cnt["pass"] < 3 or cnt["weak"] < 1 or cnt["gap"] < 1 or cnt["weak"] + cnt["gap"] < 4:
            errors.append("per-rule minimum failed for %s: %s" % (r, cnt))
    return errors, counts


# ---------------------------------------------------------------------------


def main():
    os.chdir(ROOT)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    names = [c["name"] for c in C.CONTRACTS]
    assert len(names) == len(set(names)) == 12
    with tempfile.TemporaryDirectory(prefix="set12-build-") as tmp:
        for c in C.CONTRACTS:
            path = os.path.join(OUT, c["name"] + "." + c["ext"])
            b = c["build"]
            if b == "txt":
                with open(path, "w", encoding="utf-8", newline="\n") as f:
                    f.write(render_txt(c))
            elif b == "md":
                with open(path, "w", encoding="utf-8", newline="\n") as f:
                    f.write(render_md(c))
            elif b == "docx-hand":
                write_zip(path, build_docx_hand(c), "docx")
            elif b == "odt-hand":
                write_zip(path, build_odt_hand(c), "odt")
            else:
                write_zip(path, build_converted(c, tmp), c["ext"])
            exp = c["expected"]
            assert [r for r, _, _ in exp] == RULES, c["name"]
            with open(os.path.join(OUT, c["name"] + ".expected"), "w", encoding="utf-8", newline="\n") as f:
                for r, v, why in exp:
                    f.write("%s %s  # %s\n" % (r, v, why))
        errors, counts = check(tmp)
    for c in C.CONTRACTS:
        print("%-48s %-5s %-13s %5d words" % (c["name"], c["ext"], c["build"], c["_words"]))
    print("rule      pass weak gap")
    for r in RULES:
        print("%-8s %5d %4d %3d" % (r, counts[r]["pass"], counts[r]["weak"], counts[r]["gap"]))
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("set12 OK")


if __name__ == "__main__":
    main()
