#!/usr/bin/env python3
"""Build blind fixture set 19 (drafting traditions).

Run from the repository root:  python3 scripts/make-blind-set19.py
Deletes and rebuilds fixtures/blind/set19/ deterministically, then checks it and
exits non-zero on any failure. Contract texts and verdicts live in
scripts/blind_set19_contracts.py.

Builds (14 files):
  docx-lo    flat ODT (.fodt) written here (Heading 1 / Heading 2 styles, table columns
             sized to their text, one real table-of-contents index), converted to DOCX by
             LibreOffice (its own numbering.xml for the (a)/(i), 1. and bullet lists).
  odt-lo     flat ODT converted to ODT by LibreOffice.
  pdf-lo     flat ODT converted to PDF by LibreOffice (page header, and a page footer with
             the page number).
  docx-hand  WordprocessingML written by hand: numbering.xml lists, tracked insertions
             (w:ins), tracked deletions (w:del) and comments.
  md, txt    Markdown (bullet lists, pipe tables) and plain text, typed numbers; one plain
             text file has ALL-CAPS headings and no numbering markup at all.
LibreOffice output is re-zipped with fixed timestamps and its volatile ids and
dates are normalised; PDF dates, /ID and /DocChecksum are fixed without moving
any byte offset.

Checks: 22 well-formed lines per .expected in rule order, each citing a clause;
per-rule minimums (3 pass, 3 non-pass); the format split; tables in at least four
contracts; exactly one table of contents (in a LibreOffice DOCX); 1,000-2,200 words per
contract; XML well-formedness and fixed timestamps of every zip member; every
paragraph, list item, contents line and table cell visible in LibreOffice's text export
(DOCX, ODT), in pdftotext's output (PDF, with its header and footer on every page) or in
the file (text formats); list labels (a), (i), 1., bullets shown by LibreOffice before
each list item; comment text and tracked-deleted text absent from the body text; the
ALL-CAPS plain text has upper-case headings and no list labels or clause numbers.
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
from blind_set19_contracts import CONTRACTS, RULES, README_HEAD, README_TAIL  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set19")
LO_PROFILE = "file:///tmp/lo19"
FIXED = (1980, 1, 1, 0, 0, 0)
FIXED_ISO = "1980-01-01T00:00:00Z"
DATE = "2025-06-16T09:30:00Z"
ODF_DATE = "2025-06-16T09:30:00"
GENERATOR = "probity-blind-set19"
WANT_BUILDS = {"docx-lo": 4, "docx-hand": 1, "odt-lo": 3, "pdf-lo": 1, "md": 3, "txt": 2}
WORDS_MIN, WORDS_MAX = 1000, 2200
NESTED = {"alpha": "roman", "bullet": "dash", "dash": "bullet", "num": "alpha", "roman": "alpha"}


# ---------------------------------------------------------------- data helpers
def items(inl):
    if isinstance(inl, str):
        return [("t", inl)]
    return [("t", x) if isinstance(x, str) else x for x in inl]


def visible(inl):
    """Text a reader sees: plain text, insertions and comment anchors; not deletions or comments."""
    s = ""
    for it in items(inl):
        if it[0] in ("t", "ins"):
            s += it[1]
        elif it[0] == "c":
            s += it[2]
        elif it[0] == "del":
            pass
        else:
            raise ValueError(it[0])
    return s


def hidden_of(inl):
    out = []
    for it in items(inl):
        if it[0] == "del" and len(norm(it[1])) >= 12:
            out.append(it[1])
        if it[0] == "c":
            out.append(it[1])
    return out


def norm(s):
    s = s.replace("\u00ad", "").replace("\u00a0", " ").replace("\ufb01", "fi").replace("\ufb02", "fl")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def squash(s):
    """Comparison key for PDF text: pdftotext drops line-end hyphens and may join words."""
    return re.sub(r"[\s\-\u2010-\u2015]+", "", norm(s))


def label(style, i):
    if style == "alpha":
        return "(%s)" % chr(ord("a") + i)
    if style == "roman":
        return "(%s)" % ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][i]
    if style == "num":
        return "%d." % (i + 1)
    if style == "bullet":
        return "\u2022"
    if style == "dash":
        return "\u2013"
    raise ValueError(style)


def list_items(b):
    """[(level, style, index, inline)] for a list block, depth first."""
    out = []

    def walk(style, its, lvl):
        for i, it in enumerate(its):
            if isinstance(it, tuple) and len(it) == 2 and isinstance(it[1], tuple) and it[1][0] == "list":
                out.append((lvl, style, i, it[0]))
                walk(NESTED[style], it[1][2], lvl + 1)
            else:
                out.append((lvl, style, i, it))
    walk(b[1], b[2], 0)
    return out


def pieces(b):
    """Visible text pieces of a block."""
    k = b[0]
    if k in ("title", "h", "h1"):
        return [b[1]]
    if k == "toc":
        return [b[1]] + [e[0] for e in b[2]]
    if k == "p":
        return [visible(b[1])]
    if k == "list":
        return [visible(x[3]) for x in list_items(b)]
    if k == "table":
        return [c for row in b[1] for c in row]
    raise ValueError(k)


def hidden(b):
    if b[0] == "p":
        return hidden_of(b[1])
    if b[0] == "list":
        return [h for x in list_items(b) for h in hidden_of(x[3])]
    return []


def word_count(c):
    return sum(len(norm(t).split()) for b in c["blocks"] for t in pieces(b))


# ---------------------------------------------------------------- zip
def write_zip(path, members):
    with zipfile.ZipFile(path, "w") as z:
        for name, data, stored in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)


# ---------------------------------------------------------------- plain text and Markdown
def plain_inline(inl, fmt):
    s = ""
    for it in items(inl):
        if it[0] == "t":
            s += it[1]
        elif it[0] == "c" and fmt == "md":
            s += it[2] + "<!-- Comment: %s -->" % it[1]
        else:
            raise ValueError("%s cannot render %s" % (fmt, it[0]))
    return s


def render_txt(c):
    out = []
    caps = c.get("txt_style") == "caps"
    for b in c["blocks"]:
        k = b[0]
        if caps and k in ("title", "h", "h1"):
            out += [b[1], ""]
        elif k == "title":
            out += [b[1], "=" * len(b[1]), ""]
        elif k == "h1":
            out += [b[1], "=" * len(b[1]), ""]
        elif k == "h":
            out += [b[1], "-" * len(b[1]), ""]
        elif k == "toc":
            w = max(len(e[0]) for e in b[2]) + 4
            out += [b[1], ""] + [e[0].ljust(w, ".") + " " + e[1] for e in b[2]] + [""]
        elif k == "p":
            out += [plain_inline(b[1], "txt"), ""]
        elif k == "list":
            if caps:
                raise ValueError("the ALL-CAPS plain text takes no list markup")
            for lvl, style, i, inl in list_items(b):
                lab = {"bullet": "*", "dash": "-"}.get(style) or label(style, i)
                out.append("    " * (lvl + 1) + lab + " " + plain_inline(inl, "txt"))
            out.append("")
        elif k == "table":
            rows = b[1]
            widths = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
            for n, row in enumerate(rows):
                out.append(" | ".join(x.ljust(widths[j]) for j, x in enumerate(row)).rstrip())
                if n == 0:
                    out.append("-+-".join("-" * w for w in widths))
            out.append("")
        else:
            raise ValueError("txt cannot render " + k)
    return "\n".join(out).rstrip() + "\n"


def render_md(c):
    out = []
    hx = "### " if any(b[0] == "h1" for b in c["blocks"]) else "## "
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            out += ["# " + b[1], ""]
        elif k == "h1":
            out += ["## " + b[1], ""]
        elif k == "h":
            out += [hx + b[1], ""]
        elif k == "toc":
            out += ["**" + b[1] + "**", ""] + [e[0] + " .... " + e[1] + "  " for e in b[2]] + [""]
        elif k == "p":
            out += [plain_inline(b[1], "md"), ""]
        elif k == "list":
            for lvl, style, i, inl in list_items(b):
                pad = "    " * lvl
                if style in ("bullet", "dash"):
                    out.append(pad + "- " + plain_inline(inl, "md"))
                elif style == "num":
                    out.append(pad + "%d. " % (i + 1) + plain_inline(inl, "md"))
                else:  # typed (a)/(i) labels as list items, the way converted contracts carry them
                    out.append(pad + "- " + label(style, i) + " " + plain_inline(inl, "md"))
            out.append("")
        elif k == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for row in rows[1:]:
                out.append("| " + " | ".join(x.replace("|", "\\|") for x in row) + " |")
            out.append("")
        else:
            raise ValueError("md cannot render " + k)
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- flat ODT (for LibreOffice)
ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)


def _lvl_props(lvl):
    m = 1.0 + 0.9 * lvl
    return ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="%.2fcm" '
            'fo:text-indent="-0.9cm" fo:margin-left="%.2fcm"/></style:list-level-properties>' % (m + 0.9, m + 0.9))


def _num_level(n, fmt, prefix, suffix):
    return ('<text:list-level-style-number text:level="%d" style:num-prefix="%s" style:num-suffix="%s" style:num-format="%s">%s'
            '</text:list-level-style-number>' % (n, prefix, suffix, fmt, _lvl_props(n - 1)))


def _bullet_level(n, ch):
    return ('<text:list-level-style-bullet text:level="%d" text:bullet-char="%s">%s'
            '<style:text-properties style:font-name="Liberation Serif"/></text:list-level-style-bullet>' % (n, ch, _lvl_props(n - 1)))


def odf_list_styles():
    lv = {"alpha": lambda n: _num_level(n, "a", "(", ")"), "roman": lambda n: _num_level(n, "i", "(", ")"),
          "num": lambda n: _num_level(n, "1", "", "."), "bullet": lambda n: _bullet_level(n, "\u2022"),
          "dash": lambda n: _bullet_level(n, "\u2013")}
    out = ""
    for style in ("alpha", "roman", "num", "bullet", "dash"):
        out += '<text:list-style style:name="L_%s">%s%s</text:list-style>' % (style, lv[style](1), lv[NESTED[style]](2))
    return out


ODF_STYLES = (
    '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" '
    'fo:font-family="\'Liberation Serif\'" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>'
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
    '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">'
    '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>'
    '<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>'
    '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">'
    '<style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" '
    'style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>'
    '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" '
    'style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>'
    '<style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
    '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="index">'
    '<style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index">'
    '<style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16.5cm" style:type="right" style:leader-style="dotted" style:leader-text="."/>'
    '</style:tab-stops></style:paragraph-properties></style:style>'
    '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">'
    '<style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>'
    '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">'
    '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>'
)


def odf_text(s):
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


def odf_inline(inl):
    s = ""
    for it in items(inl):
        if it[0] != "t":
            raise ValueError("LibreOffice builds take plain text only: " + it[0])
        s += odf_text(it[1])
    return s


def odf_list(b):
    def render(style, its, top):
        x = '<text:list text:style-name="L_%s">' % style if top else "<text:list>"
        for it in its:
            if isinstance(it, tuple) and len(it) == 2 and isinstance(it[1], tuple) and it[1][0] == "list":
                x += ('<text:list-item><text:p text:style-name="List_20_Paragraph">%s</text:p>%s</text:list-item>'
                      % (odf_inline(it[0]), render(NESTED[style], it[1][2], False)))
            else:
                x += '<text:list-item><text:p text:style-name="List_20_Paragraph">%s</text:p></text:list-item>' % odf_inline(it)
        return x + "</text:list>"
    return render(b[1], b[2], True)


def column_widths(rows, total=16.5):
    """Column widths (cm) in proportion to the longest cell of each column, so short columns
    (references, responsible party) do not wrap and the long text column takes the room."""
    weights = [min(max(max(len(r[j]) for r in rows), 6), 60) for j in range(len(rows[0]))]
    return [total * w / sum(weights) for w in weights]


def render_fodt(c):
    body = []
    colstyles = []
    ntab = 0
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            body.append('<text:p text:style-name="Title">%s</text:p>' % odf_text(b[1]))
        elif k == "h1":
            body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % odf_text(b[1]))
        elif k == "h":
            body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % odf_text(b[1]))
        elif k == "toc":
            # a real index whose body holds the entries as typed (LibreOffice does not regenerate it on conversion)
            body.append('<text:table-of-content text:name="Table of Contents1" text:protected="true">'
                        '<text:table-of-content-source text:outline-level="1" text:use-index-marks="false">'
                        '<text:index-title-template text:style-name="Contents_20_Heading">%s</text:index-title-template>'
                        '<text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents_20_1">'
                        '<text:index-entry-link-start/><text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
                        '<text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>'
                        '</text:table-of-content-source><text:index-body>'
                        '<text:index-title text:name="Table of Contents1_Head"><text:p text:style-name="Contents_20_Heading">%s</text:p></text:index-title>'
                        '%s</text:index-body></text:table-of-content>'
                        % (odf_text(b[1]), odf_text(b[1]),
                           "".join('<text:p text:style-name="Contents_20_1">%s<text:tab/>%s</text:p>' % (odf_text(e[0]), odf_text(e[1])) for e in b[2])))
        elif k == "p":
            body.append('<text:p text:style-name="Text_20_body">%s</text:p>' % odf_inline(b[1]))
        elif k == "list":
            body.append(odf_list(b))
        elif k == "table":
            ntab += 1
            rows = b[1]
            t = ['<table:table table:name="Table%d" table:style-name="Tbl">' % ntab]
            for j, w in enumerate(column_widths(rows)):
                colstyles.append('<style:style style:name="Tbl%d.C%d" style:family="table-column">'
                                 '<style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (ntab, j, w))
                t.append('<table:table-column table:style-name="Tbl%d.C%d"/>' % (ntab, j))
            for i, row in enumerate(rows):
                cells = "".join('<table:table-cell table:style-name="TblCell" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                                % ("Table_20_Heading" if i == 0 else "Table_20_Contents", odf_text(x)) for x in row)
                t.append(("<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>" if i == 0
                          else "<table:table-row>%s</table:table-row>") % cells)
            t.append("</table:table>")
            body.append("".join(t))
        else:
            raise ValueError("ODF cannot render " + k)
    auto = ('<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.5cm" table:align="left"/></style:style>'
            '<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
            '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
            'fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>'
            '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>'
            '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>'
            + "".join(colstyles) + odf_list_styles())
    footer = ""
    if c.get("header"):
        footer += '<style:header><text:p text:style-name="Header">%s</text:p></style:header>' % escape(c["header"])
    if c.get("footer"):
        footer += ('<style:footer><text:p text:style-name="Footer">%s \u2013 page <text:page-number text:select-page="current">1</text:page-number>'
                  ' of <text:page-count>1</text:page-count></text:p></style:footer>' % escape(c["footer"]))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:meta><dc:title>%s</dc:title><meta:generator>%s</meta:generator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date></office:meta>'
            '<office:styles>%s</office:styles><office:automatic-styles>%s</office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s</style:master-page></office:master-styles>'
            '<office:body><office:text>%s</office:text></office:body></office:document>\n'
            % (ODF_NS, escape(c["title"]), GENERATOR, ODF_DATE, ODF_DATE, ODF_STYLES, auto, footer, "".join(body)))


# ---------------------------------------------------------------- hand-built DOCX (tracked changes, comment, numbering)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOC_NS = 'xmlns:w="%s" xmlns:r="%s"' % (W, R_NS)
WORD_FMT = {"alpha": ("lowerLetter", "(%{n})"), "roman": ("lowerRoman", "(%{n})"), "num": ("decimal", "%{n}."),
            "bullet": ("bullet", "\u2022"), "dash": ("bullet", "\u2013")}


class DocxWriter:
    def __init__(self, c):
        self.c = c
        self.rev = 0
        self.comments = []
        self.nums = []  # (numId, style) one per list block, so every list restarts

    def run(self, text, deleted=False):
        tag = "w:delText" if deleted else "w:t"
        return '<w:r><%s xml:space="preserve">%s</%s></w:r>' % (tag, escape(text), tag)

    def inline(self, inl):
        s = ""
        author = self.c.get("author", "Reviewer")
        for it in items(inl):
            k = it[0]
            if k == "t":
                s += self.run(it[1])
            elif k in ("ins", "del"):
                self.rev += 1
                s += '<w:%s w:id="%d" w:author="%s" w:date="%s">%s</w:%s>' % (
                    k, 100 + self.rev, escape(author), DATE, self.run(it[1], k == "del"), k)
            elif k == "c":
                cid = len(self.comments)
                self.comments.append((it[1], author))
                s += ('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                      '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>'
                      % (cid, self.run(it[2]), cid, cid))
            else:
                raise ValueError(k)
        return s

    def para(self, style, inl, numpr=""):
        return '<w:p><w:pPr><w:pStyle w:val="%s"/>%s</w:pPr>%s</w:p>' % (style, numpr, self.inline(inl))

    def render(self):
        body = []
        for b in self.c["blocks"]:
            k = b[0]
            if k == "title":
                body.append(self.para("Title", b[1]))
            elif k == "h1":
                body.append(self.para("Heading1", b[1]))
            elif k == "h":
                body.append(self.para("Heading2", b[1]))
            elif k == "p":
                body.append(self.para("BodyText", b[1]))
            elif k == "list":
                numid = len(self.nums) + 10
                self.nums.append((numid, b[1]))
                for lvl, style, i, inl in list_items(b):
                    body.append(self.para("ListParagraph", inl,
                                          '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (lvl, numid)))
            elif k == "table":
                rows = b[1]
                t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>']
                t += ['<w:gridCol w:w="%d"/>' % (9000 // len(rows[0]))] * len(rows[0])
                t.append("</w:tblGrid>")
                for i, row in enumerate(rows):
                    t.append("<w:tr>" + "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                                                % (9000 // len(rows[0]), self.para("TableText", x)) for x in row) + "</w:tr>")
                t.append("</w:tbl>")
                body.append("".join(t))
                body.append('<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr></w:p>')
            else:
                raise ValueError("DOCX cannot render " + k)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" '
                'w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>' % (DOC_NS, "".join(body)))

    def numbering(self):
        abstracts, nums = "", ""
        styles = ["alpha", "num", "bullet", "dash", "roman"]
        for a, style in enumerate(styles):
            lv = ""
            for lvl, st in enumerate((style, NESTED[style])):
                fmt, txt = WORD_FMT[st]
                txt = txt.replace("{n}", str(lvl + 1))
                font = '<w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/></w:rPr>' if fmt == "bullet" else ""
                lv += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                       '<w:pPr><w:ind w:left="%d" w:hanging="567"/></w:pPr>%s</w:lvl>' % (lvl, fmt, txt, 1134 + 567 * lvl, font))
            abstracts += ('<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>' % (a, lv))
        for numid, style in self.nums:
            nums += ('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                     % (numid, styles.index(style)))
        return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>%s%s</w:numbering>' % (DOC_NS, abstracts, nums)

    def parts(self):
        c = self.c
        document = self.render()
        styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="%s">'
                  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:cs="Liberation Serif" w:eastAsia="Liberation Serif"/>'
                  '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
                  '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
                  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
                  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>'
                  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
                  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
                  '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
                  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
                  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
                  '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                  '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                  '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
                  '</w:styles>' % W)
        comments = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>%s</w:comments>'
                    % (DOC_NS, "".join('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                                       '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>%s</w:p></w:comment>'
                                       % (i, escape(a), DATE, "".join(x[0] for x in a.split()[:2]), self.run(t))
                                       for i, (t, a) in enumerate(self.comments))))
        settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="%s"><w:zoom w:percent="100"/>'
                    '<w:trackRevisions/><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" '
                    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>' % W)
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
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
                   '<Relationship Id="rId4" Type="%s/comments" Target="comments.xml"/>'
                   '</Relationships>' % ((R_NS,) * 4))
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>4</cp:revision>'
                '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
                '</cp:coreProperties>' % (escape(c["title"]), GENERATOR, escape(c.get("author", "Reviewer")), FIXED_ISO, FIXED_ISO))
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               '<Application>%s</Application></Properties>' % GENERATOR)
        return [("[Content_Types].xml", ct.encode(), False), ("_rels/.rels", rels.encode(), False),
                ("word/document.xml", document.encode(), False), ("word/_rels/document.xml.rels", docrels.encode(), False),
                ("word/comments.xml", comments.encode(), False), ("word/numbering.xml", self.numbering().encode(), False),
                ("word/styles.xml", styles.encode(), False), ("word/settings.xml", settings.encode(), False),
                ("docProps/core.xml", core.encode(), False), ("docProps/app.xml", app.encode(), False)]


# ---------------------------------------------------------------- LibreOffice conversions, normalised
def lo_convert(srcs, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", fmt, "--outdir", outdir] + list(srcs)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


DROP = ("Thumbnails/", "Configurations2/", "settings.xml", "word/settings.xml", "docProps/custom.xml")


def normalise_lo(data):
    """Re-zip LibreOffice output with fixed timestamps, member order kept, volatile ids and dates fixed."""
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
            s = re.sub(r"(<cp:revision>)\d+", r"\g<1>1", s)
            s = re.sub(r'w:rsid\w*="[0-9A-F]{8}"', "", s)
            s = re.sub(r"<w:rsid[^/]*/>", "", s)
            b = s.encode("utf-8")
        members.append((name, b, info.compress_type == zipfile.ZIP_STORED))
    return members


def normalise_pdf(data):
    """Fix the volatile parts of a LibreOffice PDF without moving any byte offset."""
    def fixdate_bytes(m):
        s = m.group(1).decode("latin-1")
        fixed = ("D:19800101000000" + re.sub(r"[0-9]", "0", s[16:]))[:len(s)]
        return m.group(0)[:m.start(1) - m.start(0)] + fixed.encode("latin-1") + b")"

    data = re.sub(rb"/(?:CreationDate|ModDate)\s*\((D:[^)]*)\)", fixdate_bytes, data)
    volatile = rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]|/DocChecksum\s*/[0-9A-Fa-f]+"
    stable = hashlib.md5(re.sub(volatile, b"", data)).hexdigest().upper().encode()
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + (stable * 4)[:len(m.group(2))], data)

    def fixid(m):
        a, b = m.group(1), m.group(2)
        return m.group(0).replace(a, stable[:len(a)].ljust(len(a), b"0"), 1).replace(b, stable[:len(b)].ljust(len(b), b"0"), 1)

    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", fixid, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)",
                  lambda m: m.group(1) + re.sub(rb"[0-9]", b"0", m.group(2)) + m.group(3), data)
    return data


# ---------------------------------------------------------------- text extraction for checks
def docx_body(data):
    """Paragraph texts of word/document.xml: w:t only (w:delText and comments are elsewhere)."""
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("word/document.xml"))
    wq = "{%s}" % W
    out = []
    for p in root.iter(wq + "p"):
        out.append("".join(t.text or "" for t in p.iter(wq + "t")))
    return "\n".join(out)


def odt_body(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("content.xml"))
    T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
    skip = {T + "tracked-changes", O + "annotation"}

    def walk(e):
        if e.tag in skip:
            return ""
        s = e.text or ""
        for ch in e:
            s += walk(ch) + (ch.tail or "")
        if e.tag in (T + "p", T + "h"):
            s += "\n"
        return s
    return walk(root)


def lo_text_exports(paths, tmp):
    d = os.path.join(tmp, "txtcheck")
    os.makedirs(d, exist_ok=True)
    lo_convert(paths, "txt:Text (encoded):UTF8,LF,,,", d)
    out = {}
    for p in paths:
        t = os.path.join(d, os.path.splitext(os.path.basename(p))[0] + ".txt")
        out[p] = open(t, encoding="utf-8-sig").read() if os.path.exists(t) else None
    return out


def pdf_text(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True, capture_output=True).stdout.decode("utf-8")


CITE = re.compile(r"(?i)\b(clause|condition|para(graph)?|section|schedule|annex|part|appendix|table|row|item|"
                  r"definition|heading|comment|note|recital|article|term|exhibit|certification|gcc?|scc?)s?\b|"
                  r"\b(gcc?|scc?)\s?\d+|\b\d+(\.\d+)+")


def check(tmp):
    errors, builds, words = [], {}, {}
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    office = []
    for c in CONTRACTS:
        fn = c["file"]
        path = os.path.join(OUT, fn)
        builds[c["build"]] = builds.get(c["build"], 0) + 1
        if not os.path.isfile(path):
            errors.append(fn + ": missing")
            continue
        ext = fn.rsplit(".", 1)[1]
        if ext != c["build"].split("-")[0]:
            errors.append(fn + ": extension does not match build")
        data = open(path, "rb").read()
        if ext in ("docx", "odt"):
            office.append(path)
            with zipfile.ZipFile(path) as z:
                names = z.namelist()
                if ext == "odt" and (names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED):
                    errors.append(fn + ": mimetype not first/stored")
                for n in names:
                    if z.getinfo(n).date_time != FIXED:
                        errors.append(fn + ": timestamp " + n)
                    if n.endswith((".xml", ".rels", ".rdf")):
                        try:
                            ET.fromstring(z.read(n))
                        except ET.ParseError as e:
                            errors.append("%s: %s not well-formed: %s" % (fn, n, e))
                gen = "".join(z.read(n).decode("utf-8", "replace") for n in names if n in ("docProps/app.xml", "meta.xml"))
            if c["build"] != "docx-hand" and "LibreOffice" not in gen:
                errors.append(fn + ": not produced by LibreOffice")
            own = docx_body(data) if ext == "docx" else odt_body(data)
            for b in c["blocks"]:
                for t in pieces(b):
                    if norm(t) not in norm(own):
                        errors.append("%s: text missing from body XML: %r" % (fn, norm(t)[:70]))
                for t in hidden(b):
                    if norm(t) in norm(own):
                        errors.append("%s: hidden text in body XML: %r" % (fn, norm(t)[:70]))
            if c["build"] == "docx-hand":
                with zipfile.ZipFile(path) as z:
                    doc = z.read("word/document.xml").decode()
                    cm = z.read("word/comments.xml").decode()
                for k, v in {"tracked insertion": "<w:ins " in doc, "tracked deletion": "<w:delText" in doc,
                             "comment": "<w:comment " in cm, "numbered list": "<w:numPr>" in doc}.items():
                    if not v:
                        errors.append("%s: hand-built DOCX lacks %s" % (fn, k))
        elif ext == "pdf":
            if not data.startswith(b"%PDF-"):
                errors.append(fn + ": not a PDF")
            txt = pdf_text(path)
            layout = norm(subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"], check=True,
                                         capture_output=True).stdout.decode("utf-8"))
            pages = [pg for pg in txt.split("\f") if pg.strip()]
            if not c.get("header") or not c.get("footer"):
                errors.append(fn + ": the PDF needs a page header and a page footer")
            for n, pg in enumerate(pages):
                if c.get("header") and norm(c["header"]) not in norm(pg):
                    errors.append("%s: page %d lacks the header" % (fn, n + 1))
                if c.get("footer") and "%s \u2013 page %d of %d" % (norm(c["footer"]), n + 1, len(pages)) not in norm(pg):
                    errors.append("%s: page %d lacks the footer with its page number" % (fn, n + 1))
            if len(pages) < 2:
                errors.append(fn + ": PDF has fewer than two pages")
            # page headers and footers interrupt paragraphs that run over a page break
            txt = "\n".join(x for x in txt.splitlines()
                            if not (c.get("footer") and x.startswith(c["footer"])) and not (c.get("header") and norm(x) == norm(c["header"])))
            txt = norm(txt)
            for b in c["blocks"]:
                for t in pieces(b):
                    if squash(t) not in squash(txt):
                        errors.append("%s: text missing from pdftotext output: %r" % (fn, norm(t)[:70]))
                if b[0] == "list":
                    for lvl, style, i, inl in list_items(b):
                        lab = label(style, i)
                        first = norm(visible(inl))[:20]
                        # reading order puts a label on its own line before nested items; the layout text keeps it beside its item
                        if not re.search(re.escape(lab) + r"\s*" + re.escape(first.split()[0]), layout):
                            errors.append("%s: PDF does not show %s before %r" % (fn, lab, first))
        else:
            text = data.decode("utf-8")
            if c.get("txt_style") == "caps":
                for b in c["blocks"]:
                    if b[0] in ("title", "h", "h1") and b[1] != b[1].upper():
                        errors.append("%s: heading not in capitals: %r" % (fn, b[1]))
                    if b[0] in ("list", "toc"):
                        errors.append(fn + ": the ALL-CAPS plain text must carry no list or contents markup")
                for ln in text.splitlines():
                    if re.match(r"^\s*(\(?[a-z0-9]{1,4}[.)]|[*\-\u2022]\s|(section|article|clause)\s+\d|\d+(\.\d+)*\s)", ln, re.I) and not ln.startswith("-+-"):
                        errors.append("%s: numbering markup in line %r" % (fn, ln[:40]))
                    if re.match(r"^[=\-]{3,}$", ln):
                        errors.append("%s: underline markup in line %r" % (fn, ln[:40]))
            if ext == "md":
                body = norm(re.sub(r"<!--.*?-->", "", text, flags=re.S))
            else:
                body = norm(text)
            for b in c["blocks"]:
                for t in pieces(b):
                    if norm(t) not in body:
                        errors.append("%s: text missing: %r" % (fn, norm(t)[:70]))
                for t in hidden(b):
                    if norm(t) in body:
                        errors.append("%s: comment text in body: %r" % (fn, norm(t)[:70]))
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
        for r, line in zip(RULES, lines):
            m = re.match(r"^(\S+) (pass|weak|gap)  # (.+)$", line)
            if not m or m.group(1) != r:
                errors.append("%s: bad line for %s: %r" % (exp, r, line))
                continue
            if not CITE.search(m.group(3)):
                errors.append("%s: %s cites no clause" % (exp, r))
            counts[r][m.group(2)] += 1
    # LibreOffice's own text export of every DOCX and ODT: text, list labels, no comments
    lo = lo_text_exports(office, tmp)
    notes = []
    for c in CONTRACTS:
        path = os.path.join(OUT, c["file"])
        if path not in lo:
            continue
        t = lo[path]
        if t is None:
            errors.append(c["file"] + ": LibreOffice could not export text")
            continue
        lines = [norm(x) for x in t.splitlines()]
        nt = norm(t)
        for b in c["blocks"]:
            inls = [b[1]] if b[0] == "p" else [x[3] for x in list_items(b)] if b[0] == "list" else []
            for inl in inls:
                for it in items(inl):
                    if it[0] == "c" and norm(it[1]) in nt:
                        errors.append("%s: comment text shown by LibreOffice: %r" % (c["file"], it[1][:50]))
                    if it[0] == "del" and len(norm(it[1])) >= 12 and norm(it[1]) in nt:
                        notes.append("%s: LibreOffice's text export shows the tracked deletion %r" % (c["file"], norm(it[1])[:50]))
            if c["build"] != "docx-hand":
                for piece in pieces(b):
                    if norm(piece) not in nt:
                        errors.append("%s: LibreOffice text export lacks %r" % (c["file"], norm(piece)[:60]))
            if b[0] == "list":
                for lvl, style, i, inl in list_items(b):
                    labs = ["\u2022", "\u2013"] if style in ("bullet", "dash") else [label(style, i)]
                    first = norm(visible(inl))[:24]
                    if not any(ln.startswith(lab + " " + first) for ln in lines for lab in labs):
                        errors.append("%s: LibreOffice does not show %s before %r" % (c["file"], lab, first))
    for r in RULES:
        k = counts[r]
        if k["pass"] < 3 or k["weak"] + k["gap"] < 3:
            errors.append("rule %s below minimums: %s" % (r, k))
    if builds != WANT_BUILDS:
        errors.append("build split wrong: %s" % builds)
    with_tables = [c["file"] for c in CONTRACTS if any(b[0] == "table" for b in c["blocks"])]
    if len(with_tables) < 4:
        errors.append("tables in fewer than four contracts: %s" % with_tables)
    tocs = [c for c in CONTRACTS if any(b[0] == "toc" for b in c["blocks"])]
    if len(tocs) != 1 or tocs[0]["build"] != "docx-lo":
        errors.append("want exactly one table of contents, in a LibreOffice DOCX: %s" % [c["file"] for c in tocs])
    else:
        with zipfile.ZipFile(os.path.join(OUT, tocs[0]["file"])) as z:
            doc = z.read("word/document.xml").decode()
        if not re.search(r"<w:instrText[^>]*>\s*TOC \\o", doc):
            errors.append(tocs[0]["file"] + ": no TOC field in the DOCX")
    if sum(1 for c in CONTRACTS if c.get("txt_style") == "caps") != 1:
        errors.append("want exactly one ALL-CAPS plain text contract")
    for c in CONTRACTS:
        if c["build"] in ("docx-lo", "odt-lo", "pdf-lo", "docx-hand"):
            if not any(b[0] == "h1" for b in c["blocks"]) and c["build"] == "docx-lo":
                errors.append(c["file"] + ": LibreOffice DOCX without Heading 1")
    hand = [os.path.join(OUT, c["file"]) for c in CONTRACTS if c["build"] == "docx-hand"]
    if hand:
        d = os.path.join(tmp, "handcheck")
        os.makedirs(d)
        lo_convert(hand, "odt:writer8", d)
        for c in CONTRACTS:
            if c["build"] != "docx-hand":
                continue
            res = os.path.join(d, c["file"].rsplit(".", 1)[0] + ".odt")
            if not os.path.exists(res):
                errors.append(c["file"] + ": LibreOffice could not open it")
                continue
            body = norm(odt_body(open(res, "rb").read()))
            for b in c["blocks"]:
                for t in pieces(b):
                    if norm(t) not in body:
                        errors.append("%s: LibreOffice (as ODT, changes shown as changes) lacks %r" % (c["file"], norm(t)[:60]))
                for t in hidden(b):
                    if norm(t) in body:
                        errors.append("%s: LibreOffice (as ODT) shows deleted or comment text in the body: %r" % (c["file"], norm(t)[:60]))
    for n in notes:
        print("note: " + n)
    return errors, counts, words


# ---------------------------------------------------------------- README
BUILD_NAMES = {"docx-lo": "DOCX, LibreOffice from flat ODT", "odt-lo": "ODT, LibreOffice from flat ODT",
               "pdf-lo": "PDF, LibreOffice from flat ODT", "docx-hand": "DOCX, hand-built (tracked changes, comments)",
               "txt": "plain text", "md": "Markdown"}


def readme(counts, words):
    out = [README_HEAD.strip(), "", "## Contracts", "",
           "| File | Subject | Jurisdiction and tradition | Parties as named | Format | Words | Where the duties and traps sit |",
           "|---|---|---|---|---|---|---|"]
    for c in CONTRACTS:
        out.append("| %s | %s | %s | %s | %s | %d | %s |" % (c["file"], c["subject"], c["jurisdiction"], c["parties"],
                                                         BUILD_NAMES[c["build"]], words[c["file"]], c["shapes"]))
    tot = {"pass": 0, "weak": 0, "gap": 0}
    out += ["", "## Verdict counts", "", "| Rule | pass | weak | gap |", "|---|---|---|---|"]
    for r in RULES:
        k = counts[r]
        for v in tot:
            tot[v] += k[v]
        out.append("| %s | %d | %d | %d |" % (r, k["pass"], k["weak"], k["gap"]))
    out.append("| all | %d | %d | %d |" % (tot["pass"], tot["weak"], tot["gap"]))
    out += ["", README_TAIL.strip()]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- main
def expected_text(c):
    lines = []
    for r, (rule, verdict, why) in zip(RULES, c["verdicts"]):
        if rule != r:
            raise SystemExit("%s: verdict for %s out of order (%s)" % (c["file"], r, rule))
        lines.append("%s %s  # %s" % (rule, verdict, why))
    if len(lines) != 22 or len(c["verdicts"]) != 22:
        raise SystemExit("%s: %d verdicts" % (c["file"], len(c["verdicts"])))
    return "\n".join(lines) + "\n"


def build(tmp):
    jobs = []
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
        elif b in ("docx-lo", "odt-lo", "pdf-lo"):
            src = os.path.join(tmp, stem + ".fodt")
            open(src, "w", encoding="utf-8", newline="\n").write(render_fodt(c))
            jobs.append((src, b, dest))
        else:
            raise SystemExit("unknown build " + b)
        open(os.path.join(OUT, stem + ".expected"), "w", encoding="utf-8", newline="\n").write(expected_text(c))
    fmts = {"docx-lo": "docx:MS Word 2007 XML", "odt-lo": "odt:writer8", "pdf-lo": "pdf:writer_pdf_Export"}
    for src, b, dest in jobs:
        outdir = os.path.join(tmp, "lo-" + os.path.basename(src))
        os.makedirs(outdir)
        lo_convert([src], fmts[b], outdir)
        ext = b.split("-")[0]
        res = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)
        if not os.path.exists(res):
            raise SystemExit("LibreOffice conversion failed: " + src)
        data = open(res, "rb").read()
        if ext == "pdf":
            open(dest, "wb").write(normalise_pdf(data))
        else:
            write_zip(dest, normalise_lo(data))


def main():
    if not os.path.isdir("scripts") or not os.path.isdir("fixtures"):
        raise SystemExit("run from the repository root")
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="set19-")
    try:
        build(tmp)
        counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
        for c in CONTRACTS:
            for rule, verdict, why in c["verdicts"]:
                counts[rule][verdict] += 1
        words = {c["file"]: word_count(c) for c in CONTRACTS}
        open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n").write(readme(counts, words))
        errors, counts2, words2 = check(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for c in CONTRACTS:
        print("%-44s %5d words" % (c["file"], words2.get(c["file"], 0)))
    for r in RULES:
        k = counts2[r]
        print("%-7s pass %2d  weak %2d  gap %2d" % (r, k["pass"], k["weak"], k["gap"]))
    for fn in sorted(os.listdir(OUT)):
        print("sha256 %s  %s" % (hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()[:16], fn))
    if errors:
        print("\n".join("ERROR: " + e for e in errors), file=sys.stderr)
        sys.exit(1)
    print("set19 OK")


if __name__ == "__main__":
    main()
