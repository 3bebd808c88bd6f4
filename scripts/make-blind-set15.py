#!/usr/bin/env python3
"""Build blind fixture set 15 (the reviewer's checklist for real files).

Run from the repository root:  python3 scripts/make-blind-set15.py
Deletes and rebuilds fixtures/blind/set15/ deterministically, then checks it
and exits non-zero on any failure. Contract text and verdicts live in
scripts/blind_set15_contracts.py.

Builds (12 files):
  docx-hand  Word-style DOCX written by hand: runs split mid-word, w:proofErr,
             bookmarks, REF cross-reference fields (w:fldSimple and
             w:instrText), w:tab, w:br, w:softHyphen, w:noBreakHyphen, NBSP,
             footnotes, a text box (mc:AlternateContent, wps + VML fallback),
             comments, tracked insertions/deletions, numbering.xml
             auto-numbering (direct or style-linked).
  docx-html  HTML converted by LibreOffice (soffice --convert-to docx).
  docx-fodt  Flat ODT (.fodt) converted by LibreOffice to DOCX (its own
             numbering.xml, comments, tracked changes, footnotes, text frame).
  odt-fodt   Flat ODT converted by LibreOffice to ODT.
  odt-hand   ODT written by hand with text:tracked-changes and office:annotation.
  txt, md    Plain text and Markdown (typed clause numbers).
LibreOffice output is re-zipped with fixed timestamps and its volatile ids
(tracked-change ids, list ids, rsids, dates) are normalised.
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
from blind_set15_contracts import CONTRACTS, RULES  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set15")
LO_PROFILE = "file:///tmp/lo-set15"
FIXED = (1980, 1, 1, 0, 0, 0)
FIXED_ISO = "1980-01-01T00:00:00Z"
DATE = "2025-04-14T09:30:00Z"
ODF_DATE = "2025-04-14T09:30:00"
GENERATOR = "probity-blind-set15"
WANT_BUILDS = {"docx-hand": 3, "docx-html": 1, "docx-fodt": 1, "odt-fodt": 1, "odt-hand": 2, "txt": 2, "md": 2}
WORDS_MIN, WORDS_MAX = 1000, 2400
MARKS = "\u00a6\u2039\u203a"  # run split (broken bar) and proofing-error range markers, DOCX-hand only


# ---------------------------------------------------------------- data helpers
def clean(s):
    """Text without the DOCX-hand markers."""
    for m in MARKS:
        s = s.replace(m, "")
    return s


def norm(s):
    """Comparison key: what a reader sees, whitespace collapsed."""
    s = clean(s).replace("\u00ad", "").replace("\u00a0", " ").replace("\u2011", "-").replace("\u2010", "-")
    s = s.replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", " ", s).strip()


def items(inl):
    if isinstance(inl, str):
        return [("t", inl)]
    return [("t", x) if isinstance(x, str) else x for x in inl]


def bopts(b):
    last = b[-1]
    return last if isinstance(last, dict) else {}


def binl(b):
    """Inline content of an n or p block."""
    return b[3] if b[0] == "n" else b[1]


def pieces(b):
    """Visible text pieces of a block (main text split at footnotes and deletions, then notes)."""
    k = b[0]
    if k in ("title", "h"):
        return [b[1]]
    if k in ("n", "p"):
        if bopts(b).get("del"):
            return []
        main, notes = [""], []
        for it in items(binl(b)):
            t = it[0]
            if t in ("t", "ins"):
                main[-1] += it[1]
            elif t == "ref":
                main[-1] += it[2]
            elif t == "c":
                main[-1] += it[2]
            elif t == "fn":
                notes.append(it[1])
                main.append("")
            elif t == "del":
                main.append("")
            else:
                raise ValueError(t)
        return [m for m in main if norm(m)] + notes
    if k == "table":
        return [c for row in b[1] for c in row]
    if k == "box":
        return list(b[1])
    if k == "cmt":
        return []
    raise ValueError(k)


def hidden(b):
    """Text that must not be in the body: deletions (20+ chars), comments, deleted paragraphs."""
    k = b[0]
    out = []
    if k in ("n", "p"):
        o = bopts(b)
        if o.get("del"):
            out.append("".join(it[1] for it in items(binl(b)) if it[0] == "t"))
        for it in items(binl(b)):
            if it[0] == "del" and len(norm(it[1])) >= 20:
                out.append(it[1])
            if it[0] == "c":
                out.append(it[1])
        if o.get("comment"):
            out.append(o["comment"])
    if k == "cmt":
        out.append(b[1])
    return out


def word_count(c):
    n = 0
    for b in c["blocks"]:
        for t in pieces(b):
            n += len(norm(t).split())
        if b[0] == "n" and not bopts(b).get("del"):
            n += 1
    return n


def auto_numbered(c, b):
    """Is this n block numbered by the producer (True) or typed (False)?"""
    if b[0] != "n":
        return False
    build = c["build"]
    if build in ("docx-hand", "docx-fodt", "odt-fodt", "odt-hand"):
        return True
    if build == "docx-html":
        return b[1] >= 3
    return False


# ---------------------------------------------------------------- zip
def write_zip(path, members):
    """members: list of (name, bytes, stored?) in final order."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data, stored in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)


# ---------------------------------------------------------------- plain text
def render_txt(c):
    out, notes = [], []
    indent = {0: "", 1: "", 2: "", 3: "    ", 4: "        "}

    def inline(inl):
        s = ""
        for it in items(inl):
            if it[0] == "t":
                s += clean(it[1])
            elif it[0] == "fn":
                notes.append(it[1])
                s += "[%d]" % len(notes)
            else:
                raise ValueError("txt cannot render " + it[0])
        return s

    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            out += [b[1], "=" * len(b[1]), ""]
        elif k == "h":
            out += [b[1], ""]
        elif k == "n":
            lvl, num = b[1], b[2]
            sep = "  " if lvl in (0, 1, 2) else " "
            out += [indent[lvl] + num + sep + inline(b[3]), ""]
        elif k == "p":
            out += [inline(b[1]), ""]
        elif k == "table":
            rows = b[1]
            for i, row in enumerate(rows):
                out.append(" | ".join(clean(x) for x in row))
                if i == 0:
                    out.append("-" * min(78, len(out[-1])))
            out.append("")
        elif k == "cmt":
            out += ["[Comment %s: %s]" % (b[2], b[1]), ""]
        else:
            raise ValueError("txt cannot render " + k)
    if notes:
        out += ["Notes", ""]
        out += ["[%d] %s" % (i + 1, n) for i, n in enumerate(notes)] + [""]
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- markdown
def render_md(c):
    out, notes = [], []

    def inline(inl):
        s = ""
        for it in items(inl):
            if it[0] == "t":
                s += clean(it[1])
            elif it[0] == "fn":
                notes.append(it[1])
                s += "[^%d]" % len(notes)
            else:
                raise ValueError("md cannot render " + it[0])
        return s

    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            out += ["# " + b[1], ""]
        elif k == "h":
            out += ["## " + b[1], ""]
        elif k == "n":
            lvl, num = b[1], b[2]
            if lvl == 0:
                out += ["## %s %s" % (num, inline(b[3])), ""]
            elif lvl in (1, 2):
                out += ["**%s** %s" % (num, inline(b[3])), ""]
            else:
                out += ["%s %s" % (num, inline(b[3])), ""]
        elif k == "p":
            out += [inline(b[1]), ""]
        elif k == "table":
            rows = b[1]
            out.append("| " + " | ".join(clean(x) for x in rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for row in rows[1:]:
                out.append("| " + " | ".join(clean(x).replace("|", "\\|") for x in row) + " |")
            out.append("")
        elif k == "cmt":
            out += ["<!-- Comment (%s): %s -->" % (b[2], b[1]), ""]
        else:
            raise ValueError("md cannot render " + k)
    if notes:
        out += ["[^%d]: %s" % (i + 1, n) for i, n in enumerate(notes)] + [""]
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- HTML (for LibreOffice)
def render_html(c):
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">',
           '<title>%s</title>' % escape(c["title"]),
           '<style>body{font-family:"Liberation Serif";font-size:11pt} td,th{vertical-align:top;padding:3pt}</style>',
           '</head><body>']
    notes = []

    def inline(inl):
        s = ""
        for it in items(inl):
            if it[0] == "t":
                s += escape(clean(it[1])).replace("\u00a0", "&nbsp;").replace("\u00ad", "&shy;")
            elif it[0] == "fn":
                notes.append(it[1])
                n = len(notes)
                s += ('<a class="sdfootnoteanc" name="sdfootnote%danc" href="#sdfootnote%dsym"><sup>%d</sup></a>' % (n, n, n))
            else:
                raise ValueError("html cannot render " + it[0])
        return s

    open_lists = []  # stack of levels with an open <ol>
    for b in c["blocks"]:
        k = b[0]
        lvl = b[1] if k == "n" else None
        if not (k == "n" and lvl >= 3):
            while open_lists:
                out.append("</li></ol>")
                open_lists.pop()
        if k == "title":
            out.append("<h1>%s</h1>" % escape(b[1]))
        elif k == "h":
            out.append("<h2>%s</h2>" % escape(b[1]))
        elif k == "n" and lvl == 0:
            out.append("<h2>%s %s</h2>" % (escape(b[2]), inline(b[3])))
        elif k == "n" and lvl in (1, 2):
            out.append("<p>%s %s</p>" % (escape(b[2]), inline(b[3])))
        elif k == "n":
            typ = {3: "a", 4: "i"}[lvl]
            if open_lists and open_lists[-1] == lvl:
                out.append("</li><li>")
            elif open_lists and open_lists[-1] > lvl:
                while open_lists and open_lists[-1] > lvl:
                    out.append("</li></ol>")
                    open_lists.pop()
                out.append("</li><li>")
            else:
                out.append('<ol type="%s"><li>' % typ)
                open_lists.append(lvl)
            out.append("<p>%s</p>" % inline(b[3]))
        elif k == "p":
            out.append("<p>%s</p>" % inline(b[1]))
        elif k == "table":
            rows = b[1]
            t = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">']
            for i, row in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, escape(clean(x)), tag) for x in row))
            t.append("</table>")
            out.append("".join(t))
        else:
            raise ValueError("html cannot render " + k)
    while open_lists:
        out.append("</li></ol>")
        open_lists.pop()
    for i, n in enumerate(notes, 1):
        out.append('<div id="sdfootnote%d"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote%dsym" '
                   'href="#sdfootnote%danc">%d</a>%s</p></div>' % (i, i, i, i, escape(n)))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- ODF (flat for LibreOffice, or zipped by hand)
ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)

ODF_STYLES = (
    '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" '
    'fo:font-family="\'Liberation Serif\'" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>'
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
    '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">'
    '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>'
    '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">'
    '<style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" '
    'style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>'
    '<style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Clause_20_Heading" style:display-name="Clause Heading" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Clause_20_Text" style:display-name="Clause Text" style:family="paragraph" style:parent-style-name="Text_20_body"/>'
    '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
    '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">'
    '<style:text-properties fo:font-size="9pt"/></style:style>'
    '<style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
)

ODF_LIST_STYLE = (
    '<text:list-style style:name="LClause">'
    '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.25cm" fo:text-indent="-1.25cm" fo:margin-left="1.25cm"/></style:list-level-properties></text:list-level-style-number>'
    '<text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.25cm" fo:text-indent="-1.25cm" fo:margin-left="1.25cm"/></style:list-level-properties></text:list-level-style-number>'
    '<text:list-level-style-number text:level="3" style:num-format="1" text:display-levels="3">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="2.5cm" fo:text-indent="-1.25cm" fo:margin-left="2.5cm"/></style:list-level-properties></text:list-level-style-number>'
    '<text:list-level-style-number text:level="4" style:num-prefix="(" style:num-suffix=")" style:num-format="a">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="2.5cm" fo:text-indent="-1cm" fo:margin-left="2.5cm"/></style:list-level-properties></text:list-level-style-number>'
    '<text:list-level-style-number text:level="5" style:num-prefix="(" style:num-suffix=")" style:num-format="i">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="3.5cm" fo:text-indent="-1cm" fo:margin-left="3.5cm"/></style:list-level-properties></text:list-level-style-number>'
    '</text:list-style>'
)


def odf_text(s):
    """Escape text for ODF, with tabs, line breaks and runs of spaces as elements."""
    s = clean(s)
    out = []
    for part in re.split(r"(\t|\n| {2,})", s):
        if part == "\t":
            out.append("<text:tab/>")
        elif part == "\n":
            out.append("<text:line-break/>")
        elif part.startswith("  "):
            out.append(' <text:s text:c="%d"/>' % (len(part) - 1))
        else:
            out.append(escape(part))
    return "".join(out)


def render_odf_body(c):
    """Returns (automatic styles, body xml) for office:text."""
    changes, body = [], []
    st = {"ct": 0, "fn": 0, "ann": 0, "tbl": 0, "frame": 0}

    def ann(text, author, name=None):
        st["ann"] += 1
        nm = ' office:name="__Annotation__%d"' % st["ann"] if name else ""
        return ('<office:annotation%s><dc:creator>%s</dc:creator><dc:date>%s</dc:date><text:p text:style-name="Standard">%s</text:p></office:annotation>'
                % (nm, escape(author), ODF_DATE, odf_text(text)), "__Annotation__%d" % st["ann"])

    def inline(inl, author):
        s = ""
        for it in items(inl):
            k = it[0]
            if k == "t":
                s += odf_text(it[1])
            elif k == "ins":
                st["ct"] += 1
                cid = "ct%d" % st["ct"]
                changes.append('<text:changed-region text:id="%s"><text:insertion><office:change-info><dc:creator>%s</dc:creator>'
                               '<dc:date>%s</dc:date></office:change-info></text:insertion></text:changed-region>' % (cid, escape(author), ODF_DATE))
                s += '<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>' % (cid, odf_text(it[1]), cid)
            elif k == "del":
                st["ct"] += 1
                cid = "ct%d" % st["ct"]
                changes.append('<text:changed-region text:id="%s"><text:deletion><office:change-info><dc:creator>%s</dc:creator>'
                               '<dc:date>%s</dc:date></office:change-info><text:p>%s</text:p></text:deletion></text:changed-region>'
                               % (cid, escape(author), ODF_DATE, odf_text(it[1])))
                s += '<text:change text:change-id="%s"/>' % cid
            elif k == "fn":
                st["fn"] += 1
                s += ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
                      '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                      % (st["fn"], st["fn"], odf_text(it[1])))
            elif k == "c":
                x, name = ann(it[1], author, True)
                s += x + odf_text(it[2]) + '<office:annotation-end office:name="%s"/>' % name
            elif k == "ref":
                s += '<text:bookmark-ref text:reference-format="number-all-superior" text:ref-name="%s">%s</text:bookmark-ref>' % (it[1], escape(it[2]))
            else:
                raise ValueError("ODF cannot render " + k)
        return s

    def para(b, style):
        o = bopts(b)
        if o.get("del") or o.get("ins"):
            raise ValueError("ODF builder: whole-paragraph changes not supported")
        author = o.get("author", c.get("author", "Reviewer"))
        inner = inline(binl(b), author)
        if o.get("bm"):
            inner = '<text:bookmark-start text:name="%s"/>%s<text:bookmark-end text:name="%s"/>' % (o["bm"], inner, o["bm"])
        if o.get("comment"):
            inner += ann(o["comment"], author)[0]
        return '<text:p text:style-name="%s">%s</text:p>' % (style, inner)

    prev_list = False
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            body.append('<text:p text:style-name="Title">%s</text:p>' % odf_text(b[1]))
        elif k == "h":
            body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % odf_text(b[1]))
        elif k == "n":
            lvl = b[1]
            x = para(b, "Clause_20_Heading" if lvl == 0 else "Clause_20_Text")
            for _ in range(lvl):
                x = "<text:list><text:list-item>%s</text:list-item></text:list>" % x
            cont = ' text:continue-numbering="true"' if prev_list else ""
            body.append('<text:list text:style-name="LClause"%s><text:list-item>%s</text:list-item></text:list>' % (cont, x))
            prev_list = True
        elif k == "p":
            body.append(para(b, "Text_20_body"))
        elif k == "table":
            st["tbl"] += 1
            rows = b[1]
            t = ['<table:table table:name="Table%d" table:style-name="Tbl">' % st["tbl"],
                 '<table:table-column table:number-columns-repeated="%d"/>' % len(rows[0])]
            for i, row in enumerate(rows):
                cells = "".join('<table:table-cell table:style-name="TblCell" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                                % ("Table_20_Heading" if i == 0 else "Table_20_Contents", odf_text(x)) for x in row)
                if i == 0:
                    t.append("<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>" % cells)
                else:
                    t.append("<table:table-row>%s</table:table-row>" % cells)
            t.append("</table:table>")
            body.append("".join(t))
        elif k == "box":
            st["frame"] += 1
            inner = "".join('<text:p text:style-name="Frame_20_contents">%s</text:p>' % odf_text(x) for x in b[1])
            body.append('<text:p text:style-name="Text_20_body"><draw:frame draw:style-name="FrBox" draw:name="Frame%d" text:anchor-type="paragraph" '
                        'svg:width="16cm" draw:z-index="0"><draw:text-box fo:min-height="1cm">%s</draw:text-box></draw:frame></text:p>'
                        % (st["frame"], inner))
        else:
            raise ValueError("ODF cannot render " + k)
    auto = (
        '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.5cm" table:align="left"/></style:style>'
        '<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="FrBox" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="top" '
        'style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph" fo:border="0.06pt solid #000000" fo:padding="0.2cm" '
        'draw:fill="none" fo:background-color="transparent"/></style:style>'
        + ODF_LIST_STYLE)
    tracked = ""
    if changes:
        tracked = '<text:tracked-changes text:track-changes="true">%s</text:tracked-changes>' % "".join(changes)
    return auto, tracked + "".join(body)


def render_fodt(c):
    auto, body = render_odf_body(c)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:meta><dc:title>%s</dc:title><meta:generator>%s</meta:generator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date></office:meta>'
            '<office:styles>%s</office:styles><office:automatic-styles>%s</office:automatic-styles>'
            '<office:body><office:text>%s</office:text></office:body></office:document>\n'
            % (ODF_NS, escape(c["title"]), GENERATOR, ODF_DATE, ODF_DATE, ODF_STYLES, auto, body))


def render_odt_hand(c):
    auto, body = render_odf_body(c)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.3"><office:font-face-decls/>'
               '<office:automatic-styles>%s</office:automatic-styles>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % (ODF_NS, auto, body))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s office:version="1.3"><office:styles>%s</office:styles>'
              '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
              'fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>'
              '</style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
              'style:page-layout-name="pm1"/></office:master-styles></office:document-styles>' % (ODF_NS, ODF_STYLES))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>%s</meta:generator><dc:title>%s</dc:title>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '</office:meta></office:document-meta>' % (ODF_NS, GENERATOR, escape(c["title"]), ODF_DATE, ODF_DATE))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return [("mimetype", b"application/vnd.oasis.opendocument.text", True),
            ("META-INF/manifest.xml", manifest.encode(), False),
            ("content.xml", content.encode(), False),
            ("styles.xml", styles.encode(), False),
            ("meta.xml", meta.encode(), False)]


# ---------------------------------------------------------------- hand-built Word-style DOCX
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOC_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="%s" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" '
          'xmlns:w="%s" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'mc:Ignorable="w14 wp14"' % (R_NS, W))
RSIDS = ["00B31F2A", "004C7D19", "00E2A5C8", "0061F0B3", "00D93E47", "007A2C5E"]


def _h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:8], 16)


class DocxWriter:
    def __init__(self, c):
        self.c = c
        self.ids = 0
        self.comments = []
        self.footnotes = []
        self.bm = 0
        self.shape = 0
        self.style_numbering = c.get("style_numbering", False)

    def nid(self):
        self.ids += 1
        return self.ids

    # -- runs
    def run_xml(self, text, key, deleted=False, rpr_extra=""):
        """Split one text into Word-like runs (rsid boundaries, some mid-word)."""
        chunks = []
        for part in text.split("\u00a6"):
            # automatic extra splits for long parts
            while len(part) > 34:
                cut = 12 + _h(key, part[:20]) % (len(part) - 20)
                chunks.append(part[:cut])
                part = part[cut:]
            chunks.append(part)
        out = []
        for i, ch in enumerate(chunks):
            if not ch:
                continue
            out.append(self.one_run(ch, _h(key, i, ch), deleted, rpr_extra))
        return "".join(out)

    def one_run(self, ch, h, deleted, rpr_extra):
        rsid = RSIDS[h % len(RSIDS)]
        rpr = rpr_extra
        if h % 3 == 0:
            rpr += '<w:lang w:val="en-GB"/>'
        rpr_xml = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
        tag = "w:delText" if deleted else "w:t"
        body = []
        buf = ""

        def flush():
            nonlocal buf
            if buf:
                body.append('<%s xml:space="preserve">%s</%s>' % (tag, escape(buf), tag))
                buf = ""

        for chx in ch:
            if chx == "\t":
                flush()
                body.append("<w:tab/>")
            elif chx == "\n":
                flush()
                body.append("<w:br/>")
            elif chx == "\u00ad":
                flush()
                body.append("<w:softHyphen/>")
            elif chx == "\u2011":
                flush()
                body.append("<w:noBreakHyphen/>")
            else:
                buf += chx
        flush()
        attr = ' w:rsidR="%s"' % rsid if not deleted else ' w:rsidDel="%s"' % rsid
        return "<w:r%s>%s%s</w:r>" % (attr, rpr_xml, "".join(body))

    def text_xml(self, text, key, deleted=False):
        """Text with proofing-error ranges (U+2039 ... U+203A) and run splits."""
        out = []
        for i, part in enumerate(re.split(r"(\u2039[^\u203a]*\u203a)", text)):
            if not part:
                continue
            if part.startswith("\u2039"):
                out.append('<w:proofErr w:type="spellStart"/>%s<w:proofErr w:type="spellEnd"/>'
                           % self.run_xml(part[1:-1], (key, i), deleted))
            else:
                out.append(self.run_xml(part, (key, i), deleted))
        return "".join(out)

    def inline(self, inl, key, author):
        s = ""
        for j, it in enumerate(items(inl)):
            k = it[0]
            kk = (key, j)
            if k == "t":
                s += self.text_xml(it[1], kk)
            elif k == "ins":
                s += '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (self.nid(), escape(author), DATE, self.text_xml(it[1], kk))
            elif k == "del":
                s += '<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>' % (self.nid(), escape(author), DATE, self.text_xml(it[1], kk, True))
            elif k == "fn":
                self.footnotes.append(it[1])
                s += '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % len(self.footnotes)
            elif k == "c":
                cid = len(self.comments)
                self.comments.append((it[1], author))
                s += ('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                      '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>'
                      % (cid, self.text_xml(it[2], kk), cid, cid))
            elif k == "ref":
                name, shown, form = it[1], it[2], it[3]
                if form == "simple":
                    s += '<w:fldSimple w:instr=" REF %s \\w \\h "><w:r><w:t>%s</w:t></w:r></w:fldSimple>' % (name, escape(shown))
                else:
                    s += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF %s \\w \\h </w:instrText></w:r>'
                          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>%s</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
                          % (name, escape(shown)))
            else:
                raise ValueError("DOCX cannot render " + k)
        return s

    def para(self, b, idx):
        k = b[0]
        o = bopts(b)
        author = o.get("author", self.c.get("author", "Reviewer"))
        ppr = ""
        if k == "n":
            lvl = b[1]
            if self.style_numbering:
                ppr = '<w:pStyle w:val="%s"/>' % ("ClauseL%d" % lvl)
            else:
                ppr = '<w:pStyle w:val="%s"/><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="3"/></w:numPr>' % (
                    "ClauseHeading" if lvl == 0 else "ClauseText", lvl)
        else:
            ppr = '<w:pStyle w:val="BodyText"/>'
        mark = ""
        if o.get("del"):
            mark = '<w:rPr><w:del w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (self.nid(), escape(author), DATE)
        elif o.get("ins"):
            mark = '<w:rPr><w:ins w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (self.nid(), escape(author), DATE)
        inl = binl(b)
        if o.get("del"):
            inl = [("del", "".join(it[1] for it in items(inl)))]
        elif o.get("ins"):
            inl = [("ins", it[1]) if it[0] == "t" else it for it in items(inl)]
        inner = self.inline(inl, idx, author)
        if o.get("comment"):
            cid = len(self.comments)
            self.comments.append((o["comment"], author))
            inner = ('<w:commentRangeStart w:id="%d"/>' % cid) + inner + (
                '<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>' % (cid, cid))
        if o.get("bm"):
            self.bm += 1
            inner = '<w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/>' % (self.bm, o["bm"], inner, self.bm)
        rsid = RSIDS[_h("p", idx) % len(RSIDS)]
        return '<w:p w:rsidR="%s" w:rsidRDefault="%s"><w:pPr>%s%s</w:pPr>%s</w:p>' % (rsid, RSIDS[0], ppr, mark, inner)

    def table(self, rows):
        ncol = len(rows[0])
        widths = [9000 // ncol] * ncol
        t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>',
             "<w:tblGrid>%s</w:tblGrid>" % "".join('<w:gridCol w:w="%d"/>' % w for w in widths)]
        for ri, row in enumerate(rows):
            trpr = '<w:trPr><w:tblHeader/></w:trPr>' if ri == 0 else ""
            cells = []
            for ci, x in enumerate(row):
                rpr = "<w:b/>" if ri == 0 else ""
                runs = self.run_xml(clean(x), ("tbl", ri, ci, x), False, rpr)
                cells.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>%s</w:p></w:tc>' % (widths[ci], runs))
            t.append("<w:tr>%s%s</w:tr>" % (trpr, "".join(cells)))
        t.append("</w:tbl>")
        return "".join(t)

    def textbox(self, paras, idx):
        self.shape += 1
        inner = "".join('<w:p><w:pPr><w:pStyle w:val="BoxText"/></w:pPr>%s</w:p>' % self.run_xml(x, ("box", idx, i)) for i, x in enumerate(paras))
        n = self.shape
        height = 360000 * (2 + sum(len(x) // 80 + 1 for x in paras))
        anchor = (
            '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
            '<wp:extent cx="5715000" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
            '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5715000" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="Text Box %d" o:spid="_x0000_s10%02d" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:3.6pt;width:450pt;height:%dpt;z-index:%d;mso-wrap-style:square" fillcolor="#f2f2f2">'
            '<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>'
            '</mc:Fallback></mc:AlternateContent></w:r>'
            % (251659264 + n, height, n, n, height, inner, n, n, height // 12700, n, inner))
        return '<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr>%s</w:p>' % anchor

    def render(self):
        c = self.c
        body = []
        for idx, b in enumerate(c["blocks"]):
            k = b[0]
            if k == "title":
                body.append('<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>%s</w:p>' % self.run_xml(b[1], ("title",)))
            elif k == "h":
                body.append('<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>%s</w:p>' % self.run_xml(b[1], ("h", idx)))
            elif k in ("n", "p"):
                body.append(self.para(b, idx))
            elif k == "table":
                body.append(self.table(b[1]))
                body.append('<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr></w:p>')
            elif k == "box":
                body.append(self.textbox(b[1], idx))
            else:
                raise ValueError("DOCX cannot render " + k)
        # Word's "last cursor position" bookmark
        body[-1] = body[-1].replace("</w:pPr>", '</w:pPr><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>', 1)
        pw, ph = (12240, 15840) if c.get("page") == "Letter" else (11906, 16838)
        document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<w:document %s><w:body>%s'
                    '<w:sectPr w:rsidR="%s"><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="%d" w:h="%d"/>'
                    '<w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="709" w:footer="709" w:gutter="0"/>'
                    '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>'
                    % (DOC_NS, "".join(body), RSIDS[0], pw, ph))
        return document

    def parts(self):
        c = self.c
        document = self.render()
        lvl_defs = [("decimal", "%1.", 0), ("decimal", "%1.%2", 0), ("decimal", "%1.%2.%3", 567),
                    ("lowerLetter", "(%4)", 1134), ("lowerRoman", "(%5)", 1701)]
        lvls = ""
        for i, (fmt, txt, left) in enumerate(lvl_defs):
            pstyle = '<w:pStyle w:val="ClauseL%d"/>' % i if self.style_numbering else ""
            lvls += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                     '<w:pPr><w:tabs><w:tab w:val="num" w:pos="%d"/></w:tabs><w:ind w:left="%d" w:hanging="567"/></w:pPr>%s</w:lvl>'
                     % (i, fmt, pstyle, txt, left + 567, left + 567, "<w:rPr><w:b/></w:rPr>" if i == 0 else ""))
        for i in range(5, 9):
            lvls += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%%d."/><w:lvlJc w:val="left"/>'
                     '<w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>' % (i, i + 1, 3600 + 360 * i))
        numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<w:numbering %s>'
                     '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
                     '<w:nsid w:val="3A5C1F02"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0C09000F"/>'
                     '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
                     '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
                     '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="5F2B7C41"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="2D4E8A10"/>%s</w:abstractNum>'
                     '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                     '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>'
                     '</w:numbering>' % (DOC_NS, lvls))
        clause_styles = ""
        for i in range(5):
            npr = '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="3"/></w:numPr>' % i if self.style_numbering else ""
            clause_styles += ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="ClauseL%d"><w:name w:val="Clause Level %d"/><w:basedOn w:val="Normal"/>'
                              '<w:qFormat/><w:pPr>%s<w:spacing w:before="%d" w:after="120"/><w:jc w:val="both"/>%s</w:pPr>%s</w:style>'
                              % (i, i + 1, npr, 200 if i == 0 else 0, "<w:keepNext/><w:outlineLvl w:val=\"0\"/>" if i == 0 else "",
                                 "<w:rPr><w:b/></w:rPr>" if i == 0 else ""))
        styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<w:styles xmlns:w="%s">'
                  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:cs="Liberation Serif" w:eastAsia="Liberation Serif"/>'
                  '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
                  '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
                  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
                  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
                  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>'
                  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ClauseHeading"><w:name w:val="Clause Heading"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ClauseText"><w:name w:val="Clause Text"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>'
                  '%s'
                  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="BoxText"><w:name w:val="Box Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
                  '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
                  '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
                  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
                  '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
                  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
                  '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                  '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                  '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
                  '</w:styles>' % (W, clause_styles))
        comments_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>%s</w:comments>'
                        % (DOC_NS, "".join('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                                           '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>%s</w:p></w:comment>'
                                           % (i, escape(a), DATE, "".join(x[0] for x in a.split()[:2]), self.run_xml(t, ("cm", i)))
                                           for i, (t, a) in enumerate(self.comments))))
        fns = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for i, t in enumerate(self.footnotes, 1):
            fns += ('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                    '<w:r><w:t xml:space="preserve"> </w:t></w:r>%s</w:p></w:footnote>' % (i, self.run_xml(t, ("fn", i))))
        footnotes_xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>' % (DOC_NS, fns)
        settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<w:settings xmlns:w="%s"><w:zoom w:percent="100"/><w:trackRevisions/><w:defaultTabStop w:val="720"/>'
                    '<w:characterSpacingControl w:val="doNotCompress"/>'
                    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                    '<w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids><w:themeFontLang w:val="en-GB"/>'
                    '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
                    % (W, RSIDS[0], "".join('<w:rsid w:val="%s"/>' % r for r in RSIDS)))
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
              '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/></Relationships>' % R_NS)
        docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="%s/numbering" Target="numbering.xml"/>'
                   '<Relationship Id="rId2" Type="%s/styles" Target="styles.xml"/>'
                   '<Relationship Id="rId3" Type="%s/settings" Target="settings.xml"/>'
                   '<Relationship Id="rId4" Type="%s/footnotes" Target="footnotes.xml"/>'
                   '<Relationship Id="rId5" Type="%s/comments" Target="comments.xml"/>'
                   '</Relationships>' % ((R_NS,) * 5))
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>7</cp:revision>'
                '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
                '</cp:coreProperties>' % (escape(c["title"]), GENERATOR, escape(c.get("author", "Reviewer")), FIXED_ISO, FIXED_ISO))
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
               '<Template>Normal.dotm</Template><TotalTime>0</TotalTime><Application>%s</Application><DocSecurity>0</DocSecurity></Properties>' % GENERATOR)
        return [("[Content_Types].xml", ct.encode(), False), ("_rels/.rels", rels.encode(), False),
                ("word/document.xml", document.encode(), False), ("word/_rels/document.xml.rels", docrels.encode(), False),
                ("word/footnotes.xml", footnotes_xml.encode(), False), ("word/comments.xml", comments_xml.encode(), False),
                ("word/numbering.xml", numbering.encode(), False), ("word/styles.xml", styles.encode(), False),
                ("word/settings.xml", settings.encode(), False), ("docProps/core.xml", core.encode(), False),
                ("docProps/app.xml", app.encode(), False)]


# ---------------------------------------------------------------- LibreOffice conversions, normalised
def lo_convert(srcs, fmt, outdir, infilter=None):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", fmt, "--outdir", outdir] + list(srcs)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def normalise_lo(data, kind):
    """Re-zip LibreOffice output with fixed timestamps, member order kept, volatile ids/dates fixed."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    members = []
    idmaps = {}

    def seq(prefix):
        def f(m):
            key = (prefix, m.group(0))
            if key not in idmaps:
                idmaps[key] = "%s%d" % (prefix, sum(1 for k in idmaps if k[0] == prefix) + 1)
            return idmaps[key]
        return f

    for info in zin.infolist():
        b = zin.read(info.filename)
        name = info.filename
        if name.endswith(".xml") or name.endswith(".rdf"):
            s = b.decode("utf-8")
            s = re.sub(r"\bct\d{6,}\b", seq("ct"), s)
            s = re.sub(r"\blist\d{6,}\b", seq("list"), s)
            s = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>1000000", s)
            s = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", r"\g<1>" + FIXED_ISO, s)
            s = re.sub(r"(<meta:creation-date>|<dc:date>)[^<]*", r"\g<1>" + ODF_DATE, s)
            s = re.sub(r'(meta:editing-duration=|<meta:editing-duration>)("?)[^<"]*', r"\g<1>\g<2>PT0S", s)
            b = s.encode("utf-8")
        members.append((name, b, info.compress_type == zipfile.ZIP_STORED))
    return members


# ---------------------------------------------------------------- text extraction for checks
def local(tag):
    return tag.rsplit("}", 1)[-1]


def docx_streams(data):
    """(body paragraphs, footnote paragraphs, text box paragraphs) of visible text."""
    z = zipfile.ZipFile(io.BytesIO(data))
    wq = "{%s}" % W
    MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

    def collect(e, s, boxes):
        if e.tag == MC_FALLBACK:
            return
        if e.tag == wq + "txbxContent":
            for p in e.iter(wq + "p"):
                bs = []
                collect_p(p, bs, boxes)
                boxes.append("".join(bs))
            return
        if e.tag == wq + "t":
            s.append(e.text or "")
        elif e.tag in (wq + "tab", wq + "br"):
            s.append(" ")
        elif e.tag == wq + "noBreakHyphen":
            s.append("-")
        for ch in e:
            collect(ch, s, boxes)

    def collect_p(p, s, boxes):
        for ch in p:
            collect(ch, s, boxes)

    def paras(e, out, boxes):
        for ch in e:
            if ch.tag == wq + "p":
                s = []
                collect_p(ch, s, boxes)
                out.append("".join(s))
            else:
                paras(ch, out, boxes)

    body, boxes = [], []
    paras(ET.fromstring(z.read("word/document.xml")), body, boxes)
    notes = []
    if "word/footnotes.xml" in z.namelist():
        for fn in ET.fromstring(z.read("word/footnotes.xml")):
            if fn.get(wq + "type") in ("separator", "continuationSeparator"):
                continue
            paras(fn, notes, boxes)
    return body, notes, boxes


ONS = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
       "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"}


def odt_streams(data):
    """(body paragraphs, footnote paragraphs, frame paragraphs); tracked deletions and annotations skipped."""
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("content.xml"))
    T, O, D = ("{%s}" % ONS[k] for k in ("text", "office", "draw"))
    skip = {T + "tracked-changes", O + "annotation", T + "note-citation"}
    body, notes, boxes = [], [], []

    def ptext(p):
        s = []
        collect(p, s)
        return "".join(s)

    def collect(e, s):
        if e.tag == T + "s":
            s.append(" " * int(e.get(T + "c", "1")))
        elif e.tag in (T + "tab", T + "line-break"):
            s.append(" ")
        else:
            s.append(e.text or "")
        for ch in e:
            if ch.tag in skip:
                pass
            elif ch.tag == T + "note-body":
                notes.extend(ptext(q) for q in ch.iter(T + "p"))
            elif ch.tag == D + "text-box":
                boxes.extend(ptext(q) for q in ch.iter(T + "p"))
            else:
                collect(ch, s)
            s.append(ch.tail or "")

    def walk(e):
        for ch in e:
            if ch.tag in skip:
                continue
            if ch.tag in (T + "p", T + "h"):
                body.append(ptext(ch))
            else:
                walk(ch)

    walk(root.find("office:body/office:text", ONS))
    return body, notes, boxes


# ---------------------------------------------------------------- Word numbering engine (for checks)
def fmt_num(n, f):
    if f == "decimal":
        return str(n)
    if f in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s if f == "lowerLetter" else s.upper()
    if f in ("lowerRoman", "upperRoman"):
        vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
                (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        s, x = "", n
        for v, r in vals:
            while x >= v:
                s += r
                x -= v
        return s if f == "lowerRoman" else s.upper()
    if f == "none":
        return ""
    return str(n)


def word_numbers(data):
    """[(label, paragraph text, bookmark names)] for every numbered body paragraph, Word's rules;
    plus fields [(bookmark, result text)]."""
    z = zipfile.ZipFile(io.BytesIO(data))
    wq = "{%s}" % W
    numb = ET.fromstring(z.read("word/numbering.xml"))
    abstract, nums = {}, {}
    for a in numb.findall(wq + "abstractNum"):
        lv = {}
        for l in a.findall(wq + "lvl"):
            i = int(l.get(wq + "ilvl"))
            st = l.find(wq + "start")
            nf = l.find(wq + "numFmt")
            lt = l.find(wq + "lvlText")
            lv[i] = (int(st.get(wq + "val")) if st is not None else 0,
                     nf.get(wq + "val") if nf is not None else "decimal",
                     lt.get(wq + "val") if lt is not None else "")
        abstract[a.get(wq + "abstractNumId")] = lv
    for n in numb.findall(wq + "num"):
        ov = {}
        for o in n.findall(wq + "lvlOverride"):
            so = o.find(wq + "startOverride")
            if so is not None:
                ov[int(o.get(wq + "ilvl"))] = int(so.get(wq + "val"))
        nums[n.get(wq + "numId")] = (n.find(wq + "abstractNumId").get(wq + "val"), ov)
    styles = ET.fromstring(z.read("word/styles.xml"))
    style_num, based = {}, {}
    for s in styles.findall(wq + "style"):
        sid = s.get(wq + "styleId")
        bo = s.find(wq + "basedOn")
        if bo is not None:
            based[sid] = bo.get(wq + "val")
        np_ = s.find(wq + "pPr/" + wq + "numPr")
        if np_ is not None:
            nid = np_.find(wq + "numId")
            il = np_.find(wq + "ilvl")
            style_num[sid] = (nid.get(wq + "val") if nid is not None else None, int(il.get(wq + "val")) if il is not None else 0)

    def numpr_of_style(sid):
        seen = 0
        while sid and seen < 10:
            if sid in style_num:
                return style_num[sid]
            sid = based.get(sid)
            seen += 1
        return None

    doc = ET.fromstring(z.read("word/document.xml"))
    body = doc.find(wq + "body")
    counters, used = {}, set()
    out, fields = [], []

    def paras(e):
        for ch in e:
            t = local(ch.tag)
            if ch.tag == wq + "p":
                yield ch
            elif t in ("tbl", "tr", "tc", "sdt", "sdtContent"):
                yield from paras(ch)

    for p in paras(body):
        ppr = p.find(wq + "pPr")
        numid, ilvl = None, 0
        if ppr is not None:
            ps = ppr.find(wq + "pStyle")
            if ps is not None:
                sn = numpr_of_style(ps.get(wq + "val"))
                if sn:
                    numid, ilvl = sn
            np_ = ppr.find(wq + "numPr")
            if np_ is not None:
                nid = np_.find(wq + "numId")
                il = np_.find(wq + "ilvl")
                if nid is not None:
                    numid = nid.get(wq + "val")
                if il is not None:
                    ilvl = int(il.get(wq + "val"))
        text = "".join((e.text or "") if e.tag == wq + "t" else (" " if e.tag in (wq + "tab", wq + "br") else "-" if e.tag == wq + "noBreakHyphen" else "")
                       for e in p.iter() if True)
        # fields in this paragraph
        for fs in p.iter(wq + "fldSimple"):
            m = re.match(r"\s*REF\s+(\S+)", fs.get(wq + "instr", ""))
            if m:
                fields.append((m.group(1), "".join(t.text or "" for t in fs.iter(wq + "t"))))
        state, instr, res = None, "", ""
        for e in p.iter():
            if e.tag == wq + "fldChar":
                ft = e.get(wq + "fldCharType")
                if ft == "begin":
                    state, instr, res = "instr", "", ""
                elif ft == "separate":
                    state = "result"
                elif ft == "end":
                    m = re.match(r"\s*REF\s+(\S+)", instr)
                    if m:
                        fields.append((m.group(1), res))
                    state = None
            elif e.tag == wq + "instrText" and state == "instr":
                instr += e.text or ""
            elif e.tag == wq + "t" and state == "result":
                res += e.text or ""
        bms = [b.get(wq + "name") for b in p.iter(wq + "bookmarkStart")]
        if not numid or numid == "0" or numid not in nums:
            continue
        aid, ov = nums[numid]
        lv = abstract[aid]
        if aid not in counters:
            counters[aid] = [None] * 9
        cnt = counters[aid]
        if numid not in used:
            used.add(numid)
            for k, v in ov.items():
                cnt[k] = v - 1
                for j in range(k + 1, 9):
                    cnt[j] = None
        start = lv.get(ilvl, (1, "decimal", ""))[0]
        cnt[ilvl] = start if cnt[ilvl] is None else cnt[ilvl] + 1
        for j in range(ilvl + 1, 9):
            cnt[j] = None
        label = lv.get(ilvl, (1, "decimal", ""))[2]
        for j in range(9):
            if "%%%d" % (j + 1) in label:
                val = cnt[j] if cnt[j] is not None else lv.get(j, (1,))[0]
                label = label.replace("%%%d" % (j + 1), fmt_num(val, lv.get(j, (1, "decimal"))[1]))
        out.append((label, text, bms))
    return out, fields


# ---------------------------------------------------------------- checks
CITE = re.compile(r"(?i)\b(clause|condition|para(graph)?|section|article|schedule|annex|part|appendix|table|row|kpi|"
                  r"footnote|comment|text box|recital|definition|heading|note|box)s?\b|\b\d+(\.\d+)+")


def lo_text_exports(paths, tmp):
    """Plain-text exports by LibreOffice, {path: text}."""
    d = os.path.join(tmp, "txtcheck")
    os.makedirs(d, exist_ok=True)
    lo_convert(paths, "txt:Text (encoded):UTF8,LF,,,", d)
    out = {}
    for p in paths:
        t = os.path.join(d, os.path.splitext(os.path.basename(p))[0] + ".txt")
        out[p] = open(t, encoding="utf-8-sig").read() if os.path.exists(t) else None
    return out


def first_plain(b):
    for it in items(binl(b)):
        if it[0] == "t" and len(norm(it[1])) >= 3:
            return norm(it[1])[:24]
    return ""


def check(tmp):
    errors = []
    builds = {}
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    words = {}
    office_paths = []
    features = {}
    for c in CONTRACTS:
        fn = c["file"]
        path = os.path.join(OUT, fn)
        builds[c["build"]] = builds.get(c["build"], 0) + 1
        if not os.path.isfile(path):
            errors.append(fn + ": missing")
            continue
        data = open(path, "rb").read()
        ext = fn.rsplit(".", 1)[1]
        if ext != c["build"].split("-")[0]:
            errors.append(fn + ": extension does not match build " + c["build"])
        body_paras = None
        if ext in ("docx", "odt"):
            office_paths.append(path)
            with zipfile.ZipFile(path) as z:
                names = z.namelist()
                if ext == "odt" and (names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED):
                    errors.append(fn + ": mimetype not first/stored")
                for n in names:
                    if z.getinfo(n).date_time != FIXED:
                        errors.append(fn + ": timestamp " + n)
                    if n.endswith(".xml") or n.endswith(".rels") or n.endswith(".rdf"):
                        try:
                            ET.fromstring(z.read(n))
                        except ET.ParseError as e:
                            errors.append("%s: %s not well-formed: %s" % (fn, n, e))
                allxml = {n: z.read(n).decode("utf-8", "replace") for n in names if n.endswith(".xml")}
            if ext == "docx":
                b, notes, boxes = docx_streams(data)
            else:
                b, notes, boxes = odt_streams(data)
            body_paras = b
            stream = norm(" \n ".join(b + notes + boxes))
            doc = allxml.get("word/document.xml", "") + allxml.get("content.xml", "")
            f = features.setdefault(fn, [])
            if c["build"] == "docx-hand":
                want = {"split run mid-word": re.search(r"[A-Za-z]</w:t></w:r><w:r[ >](?:(?!</w:r>).)*?<w:t[^>]*>[a-z]", doc) is not None,
                        "w:proofErr": "<w:proofErr" in doc, "bookmark": "<w:bookmarkStart" in doc,
                        "REF field": ("<w:fldSimple" in doc or "<w:instrText" in doc), "w:tab": "<w:tab/>" in doc, "w:br": "<w:br/>" in doc,
                        "soft hyphen": "<w:softHyphen/>" in doc, "NBSP": "\u00a0" in doc, "tracked insertion": "<w:ins " in doc,
                        "tracked deletion": "<w:delText" in doc, "comment": "<w:comment " in allxml.get("word/comments.xml", ""),
                        "numbering.xml auto-numbering": True}
                for k, v in want.items():
                    if not v:
                        errors.append("%s: DOCX-hand lacks %s" % (fn, k))
                    else:
                        f.append(k)
                if "<w:noBreakHyphen/>" in doc:
                    f.append("non-breaking hyphen")
                if "w:footnoteReference" in doc:
                    f.append("footnote")
                if "<w:txbxContent>" in doc:
                    f.append("text box")
                if c.get("style_numbering"):
                    f.append("style-linked numbering")
            elif c["build"] == "odt-hand":
                for k, v in {"text:tracked-changes deletion": "<text:deletion>" in doc,
                             "office:annotation": "<office:annotation" in doc}.items():
                    if not v:
                        errors.append("%s: ODT-hand lacks %s" % (fn, k))
                    else:
                        f.append(k)
                if "<text:change-start" in doc:
                    f.append("tracked insertion")
            else:
                gen = allxml.get("docProps/app.xml", "") + allxml.get("meta.xml", "")
                if "LibreOffice" not in gen:
                    errors.append(fn + ": not produced by LibreOffice")
                if ext == "docx":
                    for k, pat in {"comment": "<w:comment ", "tracked insertion": "<w:ins ", "tracked deletion": "<w:delText",
                                   "footnote": "<w:footnoteReference", "REF field": "REF ", "text box/frame": "txbxContent"}.items():
                        if pat in doc or pat in allxml.get("word/comments.xml", ""):
                            f.append(k)
                else:
                    for k, pat in {"office:annotation": "<office:annotation", "tracked deletion": "<text:deletion>",
                                   "footnote": "<text:note ", "cross-reference": "<text:bookmark-ref"}.items():
                        if pat in doc:
                            f.append(k)
        else:
            text = data.decode("utf-8")
            if ext == "md":
                stream = norm(re.sub(r"<!--.*?-->", " ", text, flags=re.S))
            else:
                stream = norm(re.sub(r"\[Comment [^\]]*\]", " ", text))
            f = features.setdefault(fn, [])
            if ext == "md" and re.search(r"^\|---", text, re.M):
                f.append("pipe table")
        # visible text present, hidden absent
        for b in c["blocks"]:
            for t in pieces(b):
                if norm(t) not in stream:
                    errors.append("%s: text missing from built file: %r" % (fn, norm(t)[:70]))
            for t in hidden(b):
                if norm(t) in stream:
                    errors.append("%s: hidden (deleted/comment) text present in body: %r" % (fn, norm(t)[:70]))
        # numbering as Word shows it (DOCX)
        if ext == "docx":
            nums, fields = word_numbers(data)
            auto = [b for b in c["blocks"] if auto_numbered(c, b)]
            if len(nums) != len(auto):
                errors.append("%s: %d numbered paragraphs in DOCX, %d declared" % (fn, len(nums), len(auto)))
            bm_label = {}
            for (label, ptext, bms), b in zip(nums, auto):
                if label != b[2]:
                    errors.append("%s: paragraph %r numbered %r by Word rules, declared %r" % (fn, norm(ptext)[:40], label, b[2]))
                fp = first_plain(b)
                if fp and not bopts(b).get("del") and fp not in norm(ptext):
                    errors.append("%s: numbering misaligned at %r / %r" % (fn, norm(ptext)[:40], fp))
                for bm in bms:
                    bm_label[bm] = label
            for name, res in fields:
                want = bm_label.get(name, "?").rstrip(".")
                if res != want:
                    errors.append("%s: REF %s shows %r, target is numbered %r" % (fn, name, res, want))
            if fields:
                features[fn].append("%d REF field(s) checked" % len(fields))
        # typed numbers in text formats
        if ext in ("txt", "md"):
            for b in c["blocks"]:
                if b[0] == "n" and b[2] not in text:
                    errors.append("%s: typed number %s missing" % (fn, b[2]))
        wc = word_count(c)
        words[fn] = wc
        if not WORDS_MIN <= wc <= WORDS_MAX:
            errors.append("%s: %d words outside %d-%d" % (fn, wc, WORDS_MIN, WORDS_MAX))
        # expected
        exp = os.path.join(OUT, fn.rsplit(".", 1)[0] + ".expected")
        if not os.path.isfile(exp):
            errors.append(exp + ": missing")
            continue
        raw = open(exp, "rb").read()
        if not raw.endswith(b"\n") or b"\r" in raw:
            errors.append(exp + ": bad line endings")
        lines = raw.decode("utf-8").splitlines()
        if len(lines) != 22:
            errors.append("%s: %d lines" % (exp, len(lines)))
        for r, line in zip(RULES, lines):
            m = re.match(r"^(\S+) (pass|weak|gap)  # (.+)$", line)
            if not m or m.group(1) != r:
                errors.append("%s: bad line for %s: %r" % (exp, r, line))
                continue
            if not CITE.search(m.group(3)):
                errors.append("%s: %s cites no clause" % (exp, r))
            counts[r][m.group(2)] += 1
    # numbering as LibreOffice shows it (all DOCX and ODT)
    lo_txt = lo_text_exports(office_paths, tmp)
    for c in CONTRACTS:
        path = os.path.join(OUT, c["file"])
        if path not in lo_txt:
            continue
        t = lo_txt[path]
        if t is None:
            errors.append(c["file"] + ": LibreOffice could not export text")
            continue
        lines = [norm(x) for x in t.splitlines()]
        for b in c["blocks"]:
            if b[0] != "n":
                continue
            fp = first_plain(b)
            ok = any(ln.startswith(b[2] + " ") and fp in ln for ln in lines)
            if not ok:
                errors.append("%s: LibreOffice does not show %r before %r" % (c["file"], b[2], fp))
        for b in c["blocks"]:
            if b[0] in ("n", "p"):
                o = bopts(b)
                cm = [o.get("comment")] + [it[1] for it in items(binl(b)) if it[0] == "c"]
                for x in cm:
                    if x and norm(x) in norm(t):
                        errors.append("%s: comment text shown as body text by LibreOffice: %r" % (c["file"], x[:50]))
    for r in RULES:
        k = counts[r]
        if k["pass"] < 1 or k["gap"] < 1:
            errors.append("rule %s lacks a pass or a gap: %s" % (r, k))
    if sum(counts[r]["weak"] for r in RULES) < 12:
        errors.append("fewer than 12 weak verdicts")
    if builds != WANT_BUILDS:
        errors.append("build split wrong: %s" % builds)
    if not any("pipe table" in v for v in features.values()):
        errors.append("no Markdown pipe table")
    if not os.path.isfile(os.path.join(OUT, "README.md")):
        errors.append("README.md missing")
    return errors, counts, words, features


# ---------------------------------------------------------------- README
README_HEAD = """# Blind set 15: the reviewer's checklist for real files

Twelve fictional public-service contracts for measuring probity on contract text it has never
seen. All parties, people, addresses and reference numbers are invented; the statutes,
regulators and ombudsmen the texts refer to are real.

## How it was written

The author read only sections 1 and 2 of the rule catalogue (`sed -n '1,/^## 3/p'
../shared/rule-catalogue.md`) and `scripts/make-blind-set14.py` (builder machinery; the
set-14 texts it imports were not opened). No probity source, rule pack, test, document,
corpus file or probity output was read, and neither `cargo` nor `probity` was run.
Slips, recorded honestly: (1) while checking the tools, `ls` of the worktree root and of
`scripts/` listed file names (no file was opened); (2) a `grep -n "whole-paragraph" scripts/*.py`
meant for this set's builder also matched, and printed, four one-line `features=` descriptions
in `scripts/blind_set10_contracts.py` and `scripts/blind_set6_contracts.py` (descriptions of
other sets' formats; no contract text or verdict was seen). Neither touches probity itself.
Each verdict was decided from the catalogue alone, reading the whole document as a careful
commissioner would and following every cross-reference.

Texts and verdicts are data in `scripts/blind_set15_contracts.py`; `scripts/make-blind-set15.py`
deletes and rebuilds this folder and then checks it, exiting non-zero on any failure:

* every file present; 22 well-formed `RULE pass|weak|gap  # why` lines per `.expected`, each
  naming a clause; every rule has at least one pass and one gap, and there are 12+ weak verdicts;
* the build split (3 hand-built DOCX, 1 DOCX from HTML and 1 from flat ODT by LibreOffice,
  1 ODT from flat ODT by LibreOffice, 2 hand-built ODT, 2 plain text, 2 Markdown with one
  pipe table) and, for the hand-built files, the Word/ODF features they claim;
* zip members well-formed with fixed timestamps (ODT `mimetype` first and stored);
* visible text present and tracked-deleted or comment text absent, using the builder's own
  extraction (DOCX: `w:t` outside `w:del`, field results, footnotes, text boxes read once from
  `mc:Choice`; ODT: body without `text:tracked-changes` and `office:annotation`, plus note
  bodies and frames; Markdown without HTML comments; plain text without bracketed comments);
* clause numbers: for every DOCX, a Word numbering engine over `numbering.xml` (direct or
  style-linked `w:numPr`, levels restarting under their parent) must give the declared number
  for each auto-numbered paragraph, and every `REF` field (`w:fldSimple` or `w:instrText`) must
  show the number of its bookmarked paragraph; for every DOCX and ODT, LibreOffice's own text
  export (`soffice --convert-to txt`) must show each declared number before the clause text and
  must not show comment text; typed numbers must be present in the text formats;
* word counts 1,000-2,400 (visible words plus clause numbers).

LibreOffice (7.4.7.2 on the authoring machine) converts the `.html`/`.fodt` sources; its
output is re-zipped with fixed timestamps in its own member order, and tracked-change ids,
list ids, rsids and dates are normalised. Two consecutive runs gave byte-identical output for
every file, LibreOffice outputs included. Another LibreOffice version may write different XML
for those three files (not different text).

Rebuild from the repository root with `python3 scripts/make-blind-set15.py` (needs Python 3
and LibreOffice `soffice`; a private profile in `/tmp/lo-set15` is used).

## Theme

The checklist a reviewer uses on real files. Each file exercises several items, placed as
they occur in real drafts:

* **Tracked changes** - insertions count, deletions do not: inserted flow-down clause
  (social-prescribing 8.3), inserted protected-disclosure clause (insurance 5.4), inserted
  complaints clause (test-purchasing 8.1); weak -> firm ("should aim to" -> "shall",
  social-prescribing 10.2; "may provide" -> "shall provide", internal-audit 4.5); firm -> weak
  ("shall" -> "may", fire-risk 26.3; "must ensure ... observe" -> "should encourage ... to
  observe", remote-nursing 5.1); deletions removing the only qualifying text for a rule
  (anti-bribery clause, social-prescribing 8.4; disclosure confirmation, internal-audit 5.6;
  conflict termination right, fire-risk 21B.2; gifts clause, insurance 6.1; whistleblowing
  sentence, test-purchasing 5.2; monthly complaint reporting, remote-nursing 9.2).
* **Comments** stating or discussing duties (Word comments, ODF annotations, a Markdown HTML
  comment, a bracketed note in plain text) - never contract text.
* **Tables**: reporting schedules, KPI tables, Responsibilities matrices whose "Responsible
  party" column names the provider or the authority (rows on the authority are wrong-party,
  except an audit right, which is the authority's by nature - ES-08).
* **Word-style DOCX**: words split across runs mid-word, `w:proofErr`, bookmarks, `REF`
  fields (simple and complex), `w:tab`, `w:br`, `w:softHyphen`, `w:noBreakHyphen`, NBSP inside
  key words, footnotes and a text box carrying contract text, comments, numbering.xml
  auto-numbering (one file links the numbering to paragraph styles).
* **Real producer output**: LibreOffice's own numbering.xml, styles, tables, comments,
  tracked changes, footnotes and frames (from `.fodt`), and from HTML its list numbering for
  a./b. items under typed section numbers.
* **Negations and disapplications** ("shall not be required to", "is not required to",
  "is disapplied", "does not apply", "[Not used]", "[Guidance: ...]"), **decoys** (conflict
  between documents, data integrity, armed conflict, complaints about the authority's own
  services, the authority's own codes, registers and certificates, technical codes of
  practice, Gift Aid, a victims' "confidential reporting line", TUPE), **wrong-party** duties
  and **permissive wording** (may, should, should consider, is encouraged to, expects,
  reasonable endeavours/efforts).
* **Lists**: inline "(a) ...; (b) ...; and (c) ..." in one paragraph, and lead-ins with
  sub-clauses; multi-level numbering 1., 1.1, 1.1.1, (a); headings with and without numbers;
  parties named in different realistic forms.
"""

README_TAIL = """## Judgement calls

* **Tracked changes** are read as if all changes were accepted: inserted text counts,
  deleted text does not. A change from firm to permissive wording gives **weak**; from
  permissive to firm gives **pass**. Where the whole text of a clause is deleted the
  (empty) numbered paragraph stays, so no other clause number moves in any view.
* **Comments** (Word comments, ODF annotations, Markdown HTML comments, bracketed
  "[Comment ...]" notes in plain text) are not contract text, even when they state a duty.
* **Footnotes and text boxes** that carry contract text count (social-prescribing COI-02 and
  ES-04, insurance CDM-04). The insurance text frame holds notice details only.
* **Tables**: a row binds the party it names when the text introducing the table makes the
  rows binding ("Each party shall carry out the activities for which it is shown as the
  Responsible party"; "The Contractor shall meet each KPI"). A row whose Responsible party is
  the authority is wrong-party for a provider duty (fire-risk ES-01 and ES-07, test-purchasing
  officer-code row, hate-crime register row) but supplies the authority's right under ES-08
  (test-purchasing).
* **A variation** (fire-risk) is judged on what it does to the contract: quoted new clauses
  it inserts count; clauses it deletes or replaces with "[Not used]" are gaps; "is disapplied"
  and "shall not be required to" are negations.
* **ES-01**: the Seven Principles, five or more of the seven words, the Scottish principles of
  public life, or "the standards of conduct expected of holders of public office", bound on the
  provider; "is encouraged to", "should encourage", "should have regard to" = weak; integrity
  of data = decoy.
* **ES-04**: generic "appropriately trained and qualified" or "should receive an induction" =
  weak; technical training only (PAS 79, ASE, GROWSAFE, BOHS P402) = gap.
* **ES-05**: where ES-05 is not a pass the text carries no provider duty to report breaches;
  "may raise concerns with the Council" and "is encouraged to adopt a whistleblower policy" =
  weak; public-statement bans and a victims' reporting line = gap.
* **ES-08**: audit of invoices/financial records only = gap; a general audit of performance
  or of the project = weak; audit of the ethics or conflict clauses = pass.
* **ES-09**: generic material-breach termination = weak; termination only on notice, for
  convenience, insolvency or withdrawn funding = gap; withholding or reclaiming a grant,
  removal of staff or termination for breach of the ethics clauses = pass.
* **ES-10**: nominated ethics lead or compliance officer only = weak; a one-topic (fraud)
  certificate = weak; a certificate by the authority's own officer = gap; an unfilled
  "[Guidance: ...]" note = gap.
* **COI-01**: a definition of "Conflict of Interest" with no operative clause = weak
  (definition-only); "should avoid" = weak.
* **COI-02**: "the parties will discuss in good faith whether and how it may be managed" and
  "may propose measures" = weak; a duty to follow the authority's directions or a mitigation
  plan as directed = pass.
* **COI-03**: a bribery or inducement ban is judged under ES-06, not as gifts control; Gift Aid
  is a decoy.
* **COI-06**: "expects" the provider to disclose relationships with tender evaluators = weak;
  exclusion-ground certifications (debarment, convictions, collusion) = gap.
* **CDM rules**: complaints by the authority's departments, audits of the authority's own
  complaints handling, Ombudsman routes for the authority's own administration, timescales for
  the authority's queries, root-cause analysis of vehicle comebacks, and dispute resolution
  between the parties are decoys (gap). Complaint data "on request" = weak (CDM-02); a
  firm-to-permissive change on root-cause analysis = weak (CDM-05).
"""


BUILD_NAMES = {"docx-hand": "DOCX, hand-built Word-style", "docx-html": "DOCX, LibreOffice from HTML",
               "docx-fodt": "DOCX, LibreOffice from flat ODT", "odt-fodt": "ODT, LibreOffice from flat ODT",
               "odt-hand": "ODT, hand-built", "txt": "plain text", "md": "Markdown"}


def readme(counts, words):
    out = [README_HEAD.rstrip(), "", "## Contracts", "",
           "| File | Subject | Jurisdiction | Document | Parties as named | Format | Words | Exercises |",
           "|---|---|---|---|---|---|---|---|"]
    for c in CONTRACTS:
        out.append("| %s | %s | %s | %s | %s | %s | %d | %s |" % (
            c["file"], c["subject"], c["jurisdiction"], c["doctype"], c["parties"], BUILD_NAMES[c["build"]],
            words[c["file"]], c["exercises"]))
    tot = {"pass": 0, "weak": 0, "gap": 0}
    out += ["", "## Verdict counts", "", "| Rule | pass | weak | gap |", "|---|---|---|---|"]
    for r in RULES:
        k = counts[r]
        for v in tot:
            tot[v] += k[v]
        out.append("| %s | %d | %d | %d |" % (r, k["pass"], k["weak"], k["gap"]))
    n = sum(tot.values())
    out.append("| all | %d (%.0f%%) | %d (%.0f%%) | %d (%.0f%%) |" % (
        tot["pass"], 100.0 * tot["pass"] / n, tot["weak"], 100.0 * tot["weak"] / n, tot["gap"], 100.0 * tot["gap"] / n))
    out += ["", README_TAIL.rstrip()]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- main
def build(tmp):
    lo_jobs = []  # (src, fmt, dest, infilter)
    for c in CONTRACTS:
        fn, b = c["file"], c["build"]
        stem = fn.rsplit(".", 1)[0]
        dest = os.path.join(OUT, fn)
        if b == "txt":
            open(dest, "w", encoding="utf-8", newline="\n").write(render_txt(c))
        elif b == "md":
            open(dest, "w", encoding="utf-8", newline="\n").write(render_md(c))
        elif b == "docx-hand":
            write_zip(dest, DocxWriter(c).parts())
        elif b == "odt-hand":
            write_zip(dest, render_odt_hand(c))
        elif b == "docx-html":
            src = os.path.join(tmp, stem + ".html")
            open(src, "w", encoding="utf-8", newline="\n").write(render_html(c))
            lo_jobs.append((src, "docx:MS Word 2007 XML", dest, "HTML (StarWriter)"))
        elif b in ("docx-fodt", "odt-fodt"):
            src = os.path.join(tmp, stem + ".fodt")
            open(src, "w", encoding="utf-8", newline="\n").write(render_fodt(c))
            lo_jobs.append((src, "docx:MS Word 2007 XML" if b == "docx-fodt" else "odt:writer8", dest, None))
        else:
            raise SystemExit("unknown build " + b)
        with open(os.path.join(OUT, stem + ".expected"), "w", encoding="utf-8", newline="\n") as f:
            f.write(c["expected"].strip("\n") + "\n")
    for src, fmt, dest, infilter in lo_jobs:
        outdir = os.path.join(tmp, "lo-" + os.path.basename(src))
        os.makedirs(outdir)
        lo_convert([src], fmt, outdir, infilter)
        ext = fmt.split(":")[0]
        res = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)
        if not os.path.exists(res):
            raise SystemExit("LibreOffice conversion failed: " + src)
        write_zip(dest, normalise_lo(open(res, "rb").read(), ext))


def main():
    if not os.path.isdir("scripts") or not os.path.isdir("fixtures"):
        raise SystemExit("run from the repository root")
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="set15-")
    try:
        build(tmp)
        counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
        for c in CONTRACTS:
            for r, line in zip(RULES, c["expected"].strip("\n").splitlines()):
                counts[r][line.split()[1]] += 1
        words = {c["file"]: word_count(c) for c in CONTRACTS}
        open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n").write(readme(counts, words))
        errors, counts2, words2, features = check(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for c in CONTRACTS:
        fn = c["file"]
        print("%-44s %5d words  %s" % (fn, words2.get(fn, 0), ", ".join(features.get(fn, []))))
    tot = {"pass": 0, "weak": 0, "gap": 0}
    for r in RULES:
        k = counts2[r]
        for v in tot:
            tot[v] += k[v]
        print("%-7s pass %2d  weak %2d  gap %2d" % (r, k["pass"], k["weak"], k["gap"]))
    print("total   pass %d  weak %d  gap %d" % (tot["pass"], tot["weak"], tot["gap"]))
    for fn in sorted(os.listdir(OUT)):
        print("sha256 %s  %s" % (hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()[:16], fn))
    if errors:
        print("\n".join("ERROR: " + e for e in errors), file=sys.stderr)
        sys.exit(1)
    print("set15 OK")


if __name__ == "__main__":
    main()
