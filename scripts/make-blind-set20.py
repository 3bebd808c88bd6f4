#!/usr/bin/env python3
"""Build blind fixture set 20 (published PDFs).

Run from the repository root:  python3 scripts/make-blind-set20.py
Deletes and rebuilds fixtures/blind/set20/ deterministically, then checks it and exits
non-zero on any failure. Contract texts and verdicts live in scripts/blind_set20_contracts.py.

Builds (14 files):
  pdf-lo     flat ODT (.fodt) written here, converted to PDF by LibreOffice the way published
             contracts are made: page headers and footers on every page (reference, running
             title, protective marking, 'Page N of M'), numbered clauses 1. / 1.1 / 1.1.1 and
             (a) / (i) lists and bullets as real ODF lists (labels come from list numbering),
             tables (responsibilities matrices, KPI and reporting tables, details schedules,
             obligations tables with wrapping cells, signature blocks), justified text with
             automatic hyphenation on small pages or narrow columns, a two-column section, a
             landscape schedule page, footnotes, a cover page with a table of contents.
  docx-lo    the same flat ODT converted to DOCX by LibreOffice.
  odt-lo     the same flat ODT converted to ODT by LibreOffice.
  md         Markdown with typed clause numbers, (a)/(i) list items and pipe tables.
LibreOffice output is re-zipped with fixed timestamps and its volatile ids and dates are
normalised; PDF dates, /ID and /DocChecksum are fixed without moving any byte offset.

Needs Python 3, LibreOffice (soffice, private profile under /tmp/lo20), poppler's pdftotext and
pdfinfo, and the system hyphenation patterns for English (Debian: hyphen-en-gb, hyphen-en-us).

Checks: 22 well-formed lines per .expected in rule order, each citing a clause, row or item;
per-rule minimums (3 pass, 3 non-pass) and 8-14 passes per contract; the format split; the PDF
features each claimed by enough PDFs; 1,000-2,200 words per contract; XML well-formedness and
fixed timestamps of every zip member; every paragraph, clause, list item, table cell, contents
line and footnote present in pdftotext's output (raw reading order, with the page headers and
footers removed, line-end hyphens rejoined and footnote bodies cut out of the running text; and
again in the default reading order, compared without spaces and hyphens); clause and list
labels shown before their text (pdftotext -layout for PDF, LibreOffice's text export for DOCX
and ODT); every header and footer line, with the right page number, on every page; hyphenation
actually happening (line-end hyphens in pdftotext -raw, at least one inside a duty sentence) in
every PDF that switches it on; duty sentences that run across a page break in at least two
PDFs; table of contents page numbers matching the pages their headings are on; the landscape
page; wrapped cells in the tables said to wrap.
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
from blind_set20_contracts import CONTRACTS, RULES, README_HEAD, README_TAIL  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set20")
LO_PROFILE = "file:///tmp/lo20"
FIXED = (1980, 1, 1, 0, 0, 0)
FIXED_ISO = "1980-01-01T00:00:00Z"
ODF_DATE = "2025-09-22T09:30:00"
GENERATOR = "probity-blind-set20"
WANT_BUILDS = {"pdf-lo": 10, "docx-lo": 2, "odt-lo": 1, "md": 1}
WORDS_MIN, WORDS_MAX = 1000, 2200
PASS_MIN, PASS_MAX = 8, 14
NESTED = {"alpha": "roman", "bullet": "dash", "dash": "bullet", "num": "alpha", "roman": "alpha"}
PAGE_SIZES = {"A4": (21.0, 29.7), "A5": (14.8, 21.0), "Letter": (21.59, 27.94)}
CUE = re.compile(r"\b(shall|must|will|agrees? to|undertakes? to|is required to|are required to|warrants?|confirms?)\b", re.I)
HYPHEN_PATTERNS = ["/usr/share/hyphen/hyph_en_GB.dic", "/usr/share/hyphen/hyph_en_US.dic", "/usr/share/hyphen/hyph_en_AU.dic"]


# ---------------------------------------------------------------- data helpers
def items(inl):
    if isinstance(inl, str):
        return [("t", inl)]
    return [("t", x) if isinstance(x, str) else x for x in inl]


def norm(s):
    s = s.replace("\u00ad", "").replace("\u00a0", " ").replace("\ufb01", "fi").replace("\ufb02", "fl")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def squash(s):
    """Comparison key for the default pdftotext reading order: no spaces, no hyphens."""
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


def is_nested(it):
    return isinstance(it, tuple) and len(it) == 2 and isinstance(it[1], tuple) and it[1][0] == "list"


def list_items(b):
    """[(level, style, index, inline)] for a list block, depth first."""
    out = []

    def walk(style, its, lvl):
        for i, it in enumerate(its):
            if is_nested(it):
                out.append((lvl, style, i, it[0]))
                walk(NESTED[style], it[1][2], lvl + 1)
            else:
                out.append((lvl, style, i, it))
    walk(b[1], b[2], 0)
    return out


class Walker:
    """Walks a contract's blocks in document order: visible texts (footnote citations numbered),
    footnote bodies, and the labels expected before each list item or clause."""

    def __init__(self, c):
        self.c = c
        self.fn = 0
        self.texts = []    # (kind, text)
        self.labels = []   # (label, first words of the text)
        self.footnotes = []  # (number, text)
        self.tables = []   # (opts, rows)
        for b in c["blocks"]:
            self.block(b)

    def inline(self, inl):
        s = ""
        for it in items(inl):
            if it[0] == "t":
                s += it[1]
            elif it[0] == "fn":
                self.fn += 1
                s += str(self.fn)
                self.footnotes.append((self.fn, it[1]))
                self.texts.append(("fn", it[1]))
            else:
                raise ValueError(it[0])
        return s

    def add(self, kind, inl, lab=None):
        s = self.inline(inl)
        self.texts.append((kind, s))
        if lab:
            self.labels.append((lab, s))
        return s

    def clauses(self, cls):
        for cl in cls:
            self.add("clause", cl[1], cl[0])
            if len(cl) > 2:
                sub = cl[2]
                if isinstance(sub, tuple) and sub[0] == "list":
                    self.block(sub)
                else:
                    self.clauses(sub)

    def block(self, b):
        k = b[0]
        if k in ("title", "center", "h1", "h"):
            self.add(k, b[1])
        elif k == "p":
            self.add("p", b[1])
        elif k == "list":
            for lvl, style, i, inl in list_items(b):
                self.add("item", inl, label(style, i))
        elif k == "sec":
            if b[2] is not None:
                self.add("sectitle", b[2], b[1] + ".")
            self.clauses(b[3])
        elif k in ("table", "sig"):
            opts = b[2] if len(b) > 2 else {}
            self.tables.append((dict(opts, sig=(k == "sig")), b[1]))
            for row in b[1]:
                for cell in row:
                    if cell.strip():
                        self.add("cell", cell)
        elif k == "toc":
            self.add("toc", b[1])
            for e in b[2]:
                self.add("toc", e[0])
        elif k in ("cols", "landscape"):
            for x in b[1]:
                self.block(x)
        elif k == "pagebreak":
            pass
        else:
            raise ValueError(k)


def word_count(c):
    return sum(len(norm(t).split()) for k, t in Walker(c).texts)


def sentences(s):
    return [x for x in re.split(r"(?<=[.;:])\s+(?=[A-Z(\"'\u201c])", norm(s)) if x]


def duty_sentences(c):
    party = re.compile(c["party_re"])
    out = []
    for k, t in Walker(c).texts:
        if k in ("p", "clause", "item", "fn", "cell"):
            for s in sentences(t):
                if CUE.search(s) and party.search(s) and len(s.split()) >= 6:
                    out.append(s)
    return out


# ---------------------------------------------------------------- zip
def write_zip(path, members):
    with zipfile.ZipFile(path, "w") as z:
        for name, data, stored in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)


# ---------------------------------------------------------------- Markdown
def md_inline(inl):
    s = ""
    for it in items(inl):
        if it[0] != "t":
            raise ValueError("Markdown takes plain text only: " + it[0])
        s += it[1]
    return s


def render_md(c):
    out = []

    def clauses(cls, depth):
        for cl in cls:
            out.append(cl[0] + " " + md_inline(cl[1]))
            out.append("")
            if len(cl) > 2:
                sub = cl[2]
                if isinstance(sub, tuple):
                    for lvl, style, i, inl in list_items(sub):
                        lab = "" if style in ("bullet", "dash") else label(style, i) + " "
                        out.append("    " * lvl + "- " + lab + md_inline(inl))
                    out.append("")
                else:
                    clauses(sub, depth + 1)

    def block(b):
        k = b[0]
        if k == "title":
            out.extend(["# " + b[1], ""])
        elif k == "center":
            out.extend(["**" + b[1] + "**", ""])
        elif k == "h1":
            out.extend(["## " + b[1], ""])
        elif k == "h":
            out.extend(["### " + b[1], ""])
        elif k == "p":
            out.extend([md_inline(b[1]), ""])
        elif k == "list":
            for lvl, style, i, inl in list_items(b):
                pad = "    " * lvl
                if style in ("bullet", "dash"):
                    out.append(pad + "- " + md_inline(inl))
                elif style == "num":
                    out.append(pad + "%d. " % (i + 1) + md_inline(inl))
                else:
                    out.append(pad + "- " + label(style, i) + " " + md_inline(inl))
            out.append("")
        elif k == "sec":
            if b[2] is not None:
                out.extend(["**%s. %s**" % (b[1], md_inline(b[2])), ""])
            clauses(b[3], 0)
        elif k in ("table", "sig"):
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for row in rows[1:]:
                out.append("| " + " | ".join(x.replace("|", "\\|") for x in row) + " |")
            out.append("")
        elif k in ("cols", "landscape"):
            for x in b[1]:
                block(x)
        elif k == "pagebreak":
            pass
        else:
            raise ValueError("md cannot render " + k)
    for b in c["blocks"]:
        block(b)
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


def _props(margin, indent, tab):
    return ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="%.2fcm" '
            'fo:text-indent="-%.2fcm" fo:margin-left="%.2fcm"/></style:list-level-properties>' % (tab, indent, margin))


def _num(n, fmt, prefix, suffix, props, display=1):
    return ('<text:list-level-style-number text:level="%d" style:num-prefix="%s" style:num-suffix="%s" style:num-format="%s"%s>%s'
            '</text:list-level-style-number>' % (n, prefix, suffix, fmt,
                                                  ' text:display-levels="%d"' % display if display > 1 else "", props))


def _bullet(n, ch, props):
    return ('<text:list-level-style-bullet text:level="%d" text:bullet-char="%s">%s'
            '<style:text-properties style:font-name="Liberation Serif"/></text:list-level-style-bullet>' % (n, ch, props))


def odf_list_styles(legal_step):
    def pr(lvl):
        m = legal_step + 0.7 + 0.7 * lvl
        return _props(m, 0.7, m)
    lv = {"alpha": lambda n: _num(n, "a", "(", ")", pr(n - 1)), "roman": lambda n: _num(n, "i", "(", ")", pr(n - 1)),
          "num": lambda n: _num(n, "1", "", ".", pr(n - 1)), "bullet": lambda n: _bullet(n, "\u2022", pr(n - 1)),
          "dash": lambda n: _bullet(n, "\u2013", pr(n - 1))}
    out = ""
    for style in ("alpha", "roman", "num", "bullet", "dash"):
        out += '<text:list-style style:name="L_%s">%s%s</text:list-style>' % (style, lv[style](1), lv[NESTED[style]](2))
    s = legal_step
    out += ('<text:list-style style:name="L_legal">'
            + _num(1, "1", "", ".", _props(s, s, s))
            + _num(2, "1", "", "", _props(s, s, s), 2)
            + _num(3, "1", "", "", _props(2.1 * s, 1.1 * s, 2.1 * s), 3)
            + _num(4, "a", "(", ")", _props(s + 0.8, 0.8, s + 0.8))
            + _num(5, "i", "(", ")", _props(s + 1.6, 0.8, s + 1.6))
            + "</text:list-style>")
    return out


def odf_styles(c):
    pg = c["page"]
    lang, country = pg.get("lang", ("en", "GB"))
    hy = pg.get("hyphenate", False)
    hyph = (' fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"'
            if hy else ' fo:hyphenate="false"')
    font, pt = pg.get("font", "Liberation Serif"), pg.get("pt", 11)
    align = pg.get("align", "justify")
    small = "%.1fpt" % (pt * 0.88)
    return (
        '<style:default-style style:family="paragraph"><style:paragraph-properties style:writing-mode="lr-tb"/>'
        '<style:text-properties style:font-name="%s" fo:font-family="\'%s\'" fo:font-size="%.1fpt" fo:language="%s" fo:country="%s"%s/>'
        '</style:default-style>' % (font, font, pt, lang, country, hyph)
        + '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">'
        '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:text-align="%s" style:justify-single-word="false"/>'
        '<style:text-properties fo:language="%s" fo:country="%s"%s/></style:style>' % (align, lang, country, hyph)
        + '<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>'
        '<style:style style:name="Clause_20_Heading" style:display-name="Clause Heading" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list">'
        '<style:paragraph-properties fo:margin-top="0.25cm" fo:keep-with-next="always" fo:text-align="start"/><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">'
        '<style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="%.1fpt" fo:font-weight="bold" fo:hyphenate="false"/></style:style>'
        % (pt + 4)
        + '<style:style style:name="Centred" style:family="paragraph" style:parent-style-name="Standard" style:class="text">'
        '<style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/><style:text-properties fo:hyphenate="false"/></style:style>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" '
        'style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>'
        '<style:text-properties fo:font-size="%.1fpt" fo:font-weight="bold" fo:hyphenate="false"/></style:style>' % (pt + 2)
        + '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" '
        'style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>'
        '<style:text-properties fo:font-size="%.1fpt" fo:font-weight="bold" fo:hyphenate="false"/></style:style>' % (pt + 1)
        + '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">'
        '<style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="%s"/></style:style>' % small
        + '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="index">'
        '<style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="%.1fpt" fo:font-weight="bold"/></style:style>' % (pt + 2)
        + '<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index">'
        '<style:paragraph-properties fo:margin-bottom="0.15cm"><style:tab-stops><style:tab-stop style:position="%.2fcm" style:type="right" style:leader-style="dotted" style:leader-text="."/>'
        '</style:tab-stops></style:paragraph-properties></style:style>' % text_width(c)
        + '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">'
        '<style:paragraph-properties fo:text-align="%s"/><style:text-properties fo:font-size="8pt" fo:hyphenate="false"/></style:style>'
        % c.get("header_align", "end")
        + '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">'
        '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:hyphenate="false"/></style:style>'
        '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">'
        '<style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:text-align="start"/><style:text-properties fo:font-size="%s"/></style:style>' % small
    )


def page_dims(c, landscape=False):
    w, h = PAGE_SIZES[c["page"].get("size", "A4")]
    return (h, w) if landscape else (w, h)


def margins(c):
    return c["page"].get("margins", (1.8, 1.6, 2.0, 2.0))  # top, bottom, left, right (cm)


def text_width(c, landscape=False):
    w, _ = page_dims(c, landscape)
    t, b, l, r = margins(c)
    return w - l - r


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


class FodtWriter:
    def __init__(self, c):
        self.c = c
        self.fn = 0
        self.ntab = 0
        self.colstyles = []
        self.legal_first = None   # xml:id of the first legal list
        self.legal_last = 0       # last level-1 clause number
        self.nlegal = 0
        self.pending_style = None  # paragraph style forced on the next paragraph (master page switch)
        self.landscape = False

    def inline(self, inl):
        s = ""
        for it in items(inl):
            if it[0] == "t":
                s += odf_text(it[1])
            elif it[0] == "fn":
                self.fn += 1
                s += ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
                      '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                      % (self.fn, self.fn, odf_text(it[1])))
            else:
                raise ValueError(it[0])
        return s

    def switch(self, style):
        if self.pending_style:
            if style not in ("Heading_20_1", "Heading_20_2", "Text_20_body"):
                raise ValueError("a landscape block must start, and be followed by, a heading or paragraph")
            style = self.pending_style + "_" + style
            self.pending_style = None
        return style

    def para(self, style, inl):
        style = self.switch(style)
        return '<text:p text:style-name="%s">%s</text:p>' % (style, self.inline(inl))

    def heading(self, style, lvl, s):
        style = self.switch(style)
        return '<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>' % (style, lvl, odf_text(s))

    def alpha_list(self, sub):
        def render(style, its):
            x = "<text:list>"
            for it in its:
                if is_nested(it):
                    x += ('<text:list-item>%s%s</text:list-item>'
                          % (self.para("List_20_Paragraph", it[0]), render(NESTED[style], it[1][2])))
                else:
                    x += '<text:list-item>%s</text:list-item>' % self.para("List_20_Paragraph", it)
            return x + "</text:list>"
        if sub[1] != "alpha":
            raise ValueError("lists inside clauses are (a)/(i) lists")
        return render("alpha", sub[2])

    def clause_items(self, cls, level):
        x = "<text:list>"
        for cl in cls:
            x += "<text:list-item>" + self.para("List_20_Paragraph", cl[1])
            if len(cl) > 2:
                sub = cl[2]
                if isinstance(sub, tuple):
                    a = self.alpha_list(sub)
                    # (a) lists sit at level 4: an empty level-3 wrapper below a level-2 clause
                    x += a if level == 3 else "<text:list><text:list-item>%s</text:list-item></text:list>" % a
                else:
                    x += self.clause_items(sub, 3)
            x += "</text:list-item>"
        return x + "</text:list>"

    def sec(self, b):
        num, title, cls = b[1], b[2], b[3]
        start = ""
        if num is None:
            if self.legal_first is None:
                raise ValueError("a clause continuation before any numbered clause")
            head = '<text:list text:continue-list="%s" text:style-name="L_legal">' % self.legal_first
        elif self.legal_first is not None and int(num) == self.legal_last + 1:
            head = '<text:list text:continue-list="%s" text:style-name="L_legal">' % self.legal_first
        else:
            self.nlegal += 1
            self.legal_first = "legal%d" % self.nlegal
            head = '<text:list xml:id="%s" text:style-name="L_legal">' % self.legal_first
            if int(num) != 1:
                start = ' text:start-value="%s"' % num
        if num is not None:
            self.legal_last = int(num)
            item = '<text:list-item%s>%s%s</text:list-item>' % (
                start, self.para("Clause_20_Heading", title), self.clause_items(cls, 2) if cls else "")
        else:
            item = '<text:list-item>%s</text:list-item>' % self.clause_items(cls, 2)
        return head + item + "</text:list>"

    def plain_list(self, b):
        def render(style, its, top):
            x = '<text:list text:style-name="L_%s">' % style if top else "<text:list>"
            for it in its:
                if is_nested(it):
                    x += ('<text:list-item>%s%s</text:list-item>'
                          % (self.para("List_20_Paragraph", it[0]), render(NESTED[style], it[1][2], False)))
                else:
                    x += '<text:list-item>%s</text:list-item>' % self.para("List_20_Paragraph", it)
            return x + "</text:list>"
        return render(b[1], b[2], True)

    def table(self, b, sig=False):
        self.ntab += 1
        rows = b[1]
        opts = b[2] if len(b) > 2 else {}
        total = text_width(self.c, self.landscape)
        if opts.get("widths"):
            ws = opts["widths"]
            widths = [total * w / sum(ws) for w in ws]
        else:
            weights = [min(max(max(len(r[j]) for r in rows), 6), 60) for j in range(len(rows[0]))]
            widths = [total * w / sum(weights) for w in weights]
        n = self.ntab
        cell = "TblCellNB" if sig else "TblCell"
        self.colstyles.append('<style:style style:name="Tbl%d" style:family="table"><style:table-properties style:width="%.2fcm" '
                              'table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>' % (n, total))
        t = ['<table:table table:name="Table%d" table:style-name="Tbl%d">' % (n, n)]
        for j, w in enumerate(widths):
            self.colstyles.append('<style:style style:name="Tbl%d.C%d" style:family="table-column">'
                                  '<style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (n, j, w))
            t.append('<table:table-column table:style-name="Tbl%d.C%d"/>' % (n, j))
        for i, row in enumerate(rows):
            head = i == 0 and not sig
            cells = "".join('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                            % (cell, self.para("Table_20_Heading" if head else "Table_20_Contents", x)) for x in row)
            if head:
                t.append('<table:table-header-rows><table:table-row table:style-name="TblRow">%s</table:table-row></table:table-header-rows>' % cells)
            else:
                t.append('<table:table-row table:style-name="TblRow">%s</table:table-row>' % cells)
        t.append("</table:table>")
        return "".join(t)

    def toc(self, b):
        return ('<text:table-of-content text:name="Table of Contents1" text:protected="true">'
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

    def block(self, b):
        k = b[0]
        if k == "title":
            return self.para("Title", b[1])
        if k == "center":
            return self.para("Centred", b[1])
        if k == "h1":
            return self.heading("Heading_20_1", 1, b[1])
        if k == "h":
            return self.heading("Heading_20_2", 2, b[1])
        if k == "p":
            return self.para("Text_20_body", b[1])
        if k == "list":
            return self.plain_list(b)
        if k == "sec":
            return self.sec(b)
        if k == "table":
            return self.table(b)
        if k == "sig":
            return self.table(b, sig=True)
        if k == "toc":
            return self.toc(b)
        if k == "pagebreak":
            return '<text:p text:style-name="PageBreakAfter"/>'
        if k == "cols":
            return ('<text:section text:style-name="Sect2" text:name="TwoColumns">%s</text:section>'
                    % "".join(self.block(x) for x in b[1]))
        if k == "landscape":
            if b[1][0][0] not in ("h1", "h", "p"):
                raise ValueError("a landscape block starts with a heading or paragraph")
            self.pending_style = "Land"
            self.landscape = True
            s = "".join(self.block(x) for x in b[1])
            self.landscape = False
            self.pending_style = "Port"
            return s
        raise ValueError("ODF cannot render " + k)

    def render(self):
        c = self.c
        body = "".join(self.block(b) for b in c["blocks"])
        if self.pending_style == "Port":
            raise ValueError("a landscape block must be followed by a heading or paragraph")
        w, h = page_dims(c)
        t, bm, l, r = margins(c)
        hf = ('<style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.35cm"/></style:header-style>'
              '<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.35cm"/></style:footer-style>')
        layouts = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%.2fcm" fo:page-height="%.2fcm" '
                   'style:print-orientation="portrait" fo:margin-top="%.2fcm" fo:margin-bottom="%.2fcm" fo:margin-left="%.2fcm" fo:margin-right="%.2fcm">'
                   '<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:rel-width="25%%" style:color="#000000"/>'
                   '</style:page-layout-properties>%s</style:page-layout>'
                   '<style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="%.2fcm" fo:page-height="%.2fcm" '
                   'style:print-orientation="landscape" fo:margin-top="%.2fcm" fo:margin-bottom="%.2fcm" fo:margin-left="%.2fcm" fo:margin-right="%.2fcm"/>%s</style:page-layout>'
                   % (w, h, t, bm, l, r, hf, h, w, t, bm, l, r, hf))
        switch = ""
        for m, master in (("Land", "Landscape"), ("Port", "Standard")):
            for base in ("Heading_20_1", "Heading_20_2", "Text_20_body"):
                switch += ('<style:style style:name="%s_%s" style:family="paragraph" style:parent-style-name="%s" style:master-page-name="%s">'
                           '<style:paragraph-properties style:page-number="auto"/></style:style>' % (m, base, base, master))
        auto = ('<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>'
                '<style:style style:name="TblCellNB" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="none"/></style:style>'
                '<style:style style:name="TblRow" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>'
                '<style:style style:name="PageBreakAfter" style:family="paragraph" style:parent-style-name="Standard">'
                '<style:paragraph-properties fo:break-after="page"/></style:style>'
                '<style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="true">'
                '<style:columns fo:column-count="2" fo:column-gap="0.6cm"><style:column-sep style:width="0.02cm" style:color="#000000" style:height="100%%"/></style:columns>'
                '</style:section-properties></style:style>'
                + switch + layouts + "".join(self.colstyles) + odf_list_styles(c["page"].get("legal_step", 1.1)))
        hdr = ""
        if c.get("header"):
            hdr += "<style:header>%s</style:header>" % "".join(
                '<text:p text:style-name="Header">%s</text:p>' % escape(x) for x in c["header"])
        if c.get("footer"):
            def fl(x):
                x = escape(x)
                x = x.replace("{page}", '<text:page-number text:select-page="current">1</text:page-number>')
                return x.replace("{pages}", "<text:page-count>1</text:page-count>")
            hdr += "<style:footer>%s</style:footer>" % "".join('<text:p text:style-name="Footer">%s</text:p>' % fl(x) for x in c["footer"])
        notes = ('<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" '
                 'text:footnotes-position="page" text:start-numbering-at="document"/>')
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
                '<office:meta><dc:title>%s</dc:title><meta:generator>%s</meta:generator>'
                '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date></office:meta>'
                '<office:styles>%s%s</office:styles><office:automatic-styles>%s</office:automatic-styles>'
                '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s</style:master-page>'
                '<style:master-page style:name="Landscape" style:page-layout-name="pm2">%s</style:master-page></office:master-styles>'
                '<office:body><office:text>%s</office:text></office:body></office:document>\n'
                % (ODF_NS, escape(c["title"]), GENERATOR, ODF_DATE, ODF_DATE, odf_styles(c), notes, auto, hdr, hdr, body))


# ---------------------------------------------------------------- LibreOffice conversions, normalised
def lo_convert(srcs, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", fmt, "--outdir", outdir] + list(srcs)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


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
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p"))


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
    if not paths:
        return {}
    d = os.path.join(tmp, "txtcheck")
    os.makedirs(d, exist_ok=True)
    lo_convert(paths, "txt:Text (encoded):UTF8,LF,,,", d)
    out = {}
    for p in paths:
        t = os.path.join(d, os.path.splitext(os.path.basename(p))[0] + ".txt")
        out[p] = open(t, encoding="utf-8-sig").read() if os.path.exists(t) else None
    return out


def pdftotext(path, *opts):
    return subprocess.run(["pdftotext", "-enc", "UTF-8"] + list(opts) + [path, "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def page_sizes(path):
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", path], check=True, capture_output=True).stdout.decode()
    return [(float(a), float(b)) for a, b in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out)]


def hf_lines(c, page, pages):
    return {norm(x) for x in c.get("header", [])} | {norm(x.replace("{page}", str(page)).replace("{pages}", str(pages)))
                                                    for x in c.get("footer", [])}


def lig(s):
    return s.replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\u2019", "'").replace("\u2018", "'") \
            .replace("\u201c", '"').replace("\u201d", '"').replace("\u00a0", " ")


class PdfText:
    """pdftotext -raw output with the page headers and footers removed, line-end hyphens rejoined
    and footnote bodies cut out; remembers where lines, pages and hyphenations were joined."""

    def __init__(self, c, raw, errors, fn):
        pages = raw.split("\f")
        if pages and not pages[-1].strip():
            pages = pages[:-1]
        self.npages = len(pages)
        lines = []
        for n, pg in enumerate(pages):
            want = hf_lines(c, n + 1, len(pages))
            have = [norm(x) for x in pg.splitlines()]
            for w in sorted(want):
                if w not in have:
                    errors.append("%s: page %d lacks the header/footer line %r" % (fn, n + 1, w))
            for x in pg.splitlines():
                if norm(x) and norm(x) not in want:
                    lines.append((lig(x).strip(), n))
        text, marks = "", []
        for i, (ln, pg) in enumerate(lines):
            if i:
                if pg != lines[i - 1][1]:
                    marks.append((len(text), "page"))
                if re.search(r"[A-Za-z]-$", text) and re.match(r"[a-z]", ln):
                    text = text[:-1]
                    marks.append((len(text), "hyph"))
                else:
                    text += " "
                marks.append((len(text), "nl"))
            text += ln
        self.text, self.marks = text, marks
        for num, body in Walker(c).footnotes:
            m = re.search(r"(?<!\d)%d\s*%s" % (num, self.pattern(body)), self.text)
            if not m:
                errors.append("%s: footnote %d missing from pdftotext output: %r" % (fn, num, body[:60]))
                continue
            a, b = m.span()
            self.text = self.text[:a] + self.text[b:]
            self.marks = [(p if p <= a else (a if p < b else p - (b - a)), k) for p, k in self.marks]

    @staticmethod
    def pattern(s):
        out = []
        for ch in norm(s):
            if ch == " ":
                out.append(r"\s+")
            elif ch in "-\u2010\u2011":
                out.append(r"-?\s*")
            else:
                out.append(re.escape(ch) + r"-?" if ch.isalpha() else re.escape(ch))
        return "".join(out)

    def find(self, s):
        return re.search(self.pattern(s), self.text)

    def marks_in(self, m):
        a, b = m.span()
        return [k for p, k in self.marks if a < p < b]


CITE = re.compile(r"(?i)\b(clause|condition|para(graph)?|section|schedule|annex|part|appendix|table|row|item|"
                  r"definition|heading|footnote|note|recital|article|term|exhibit|attachment|contents|cover|header|"
                  r"signature|kpi|measure)s?\b|\b\d+(\.\d+)+|\b[A-Z]\d+\b")


def check_pdf(c, path, errors, info):
    fn = c["file"]
    data = open(path, "rb").read()
    if not data.startswith(b"%PDF-"):
        errors.append(fn + ": not a PDF")
    w = Walker(c)
    raw = pdftotext(path, "-raw")
    pt = PdfText(c, raw, errors, fn)
    info["pages"] = pt.npages
    if pt.npages < 2:
        errors.append(fn + ": PDF has fewer than two pages")
    if not c.get("header") or not c.get("footer") or not any("{page}" in x for x in c["footer"]):
        errors.append(fn + ": the PDF needs a page header and a footer with the page number")
    # every text piece, in reading order, headers/footers out, hyphens rejoined
    for kind, t in w.texts:
        if kind == "fn":
            continue
        if not pt.find(t):
            errors.append("%s: %s missing from pdftotext -raw output: %r" % (fn, kind, norm(t)[:70]))
    # the default reading order, compared without spaces and hyphens (set 19's check); table
    # cells are left to the raw order, since the default order interleaves wrapped cells of a row,
    # and a text that the default order breaks in two (a column or page break) is noted
    default = pdftotext(path)
    pages = [p for p in default.split("\f") if p.strip()]
    keep = []
    for n, pg in enumerate(pages):
        want = hf_lines(c, n + 1, len(pages))
        keep += [x for x in pg.splitlines() if norm(x) not in want]
    sq = squash("\n".join(keep))
    info["default_split"] = []
    for kind, t in w.texts:
        if kind == "cell" or squash(t) in sq:
            continue
        q = squash(t)
        if any(q[:k] in sq and q[k:] in sq for k in range(8, len(q) - 8)):
            # the default reading order puts the rest of the text elsewhere (a column or page break)
            info["default_split"].append(norm(t))
        else:
            errors.append("%s: %s missing from default pdftotext output: %r" % (fn, kind, norm(t)[:70]))
    # duty sentences: hyphenated at a line end, or running over a page break
    hy_duty, split_duty = [], []
    for s in duty_sentences(c):
        m = pt.find(s)
        if not m:
            continue
        ks = pt.marks_in(m)
        if "hyph" in ks:
            hy_duty.append(s)
        if "page" in ks:
            split_duty.append(s)
    nhyph = sum(1 for p, k in pt.marks if k == "hyph")
    info["hyphenations"] = nhyph
    info["hyphenated_duty"] = hy_duty
    info["split_duty"] = split_duty
    if c["page"].get("hyphenate"):
        if not any(os.path.exists(p) for p in HYPHEN_PATTERNS):
            errors.append(fn + ": no English hyphenation patterns installed (apt-get install hyphen-en-gb hyphen-en-us)")
        if nhyph < 5:
            errors.append("%s: hyphenation switched on but only %d line-end hyphenations" % (fn, nhyph))
        if not hy_duty:
            errors.append(fn + ": no duty sentence is hyphenated at a line end")
    # labels from list numbering, shown beside their text in the physical layout
    layout = norm(pdftotext(path, "-layout"))
    for lab, first in w.labels:
        fw = norm(first).split()
        if not fw:
            continue
        if not re.search(r"(^|\s)" + re.escape(lab) + r"\s+" + re.escape(fw[0]), layout):
            errors.append("%s: PDF does not show %s before %r" % (fn, lab, norm(first)[:30]))
    # tables said to wrap: a cell running over at least three lines
    for opts, rows in w.tables:
        if opts.get("wrap"):
            best = 0
            for row in rows[1:]:
                for cell in row:
                    m = pt.find(cell)
                    if m:
                        best = max(best, pt.marks_in(m).count("nl") + pt.marks_in(m).count("hyph"))
            if best < 2:
                errors.append("%s: no cell of the wrapping table %r runs over three lines" % (fn, rows[0]))
    # landscape page
    sizes = page_sizes(path)
    land = [i + 1 for i, (a, b) in enumerate(sizes) if a > b]
    has_land = any(b[0] == "landscape" for b in c["blocks"])
    info["landscape_pages"] = land
    if has_land != bool(land) or len(land) > 2:
        errors.append("%s: landscape pages %s do not match the landscape block" % (fn, land))
    # table of contents: page numbers as typed match the pages the headings are on
    for b in c["blocks"]:
        if b[0] != "toc":
            continue
        plist = [norm(p) for p in raw.split("\f")]
        tocpage = next(i for i, p in enumerate(plist) if norm(b[1]) in p)
        for entry, page in b[2]:
            key = squash(entry)
            found = [i + 1 for i, p in enumerate(plist) if i > tocpage and key in squash(p)]
            if not found or str(found[0]) != page:
                errors.append("%s: contents line %r says page %s, heading found on %s" % (fn, entry, page, found[:3]))


def check(tmp, partial=False):
    errors, builds, words, infos = [], {}, {}, {}
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
        w = Walker(c)
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
            if "LibreOffice" not in gen:
                errors.append(fn + ": not produced by LibreOffice")
            own = norm(docx_body(data) if ext == "docx" else odt_body(data))
            for kind, t in w.texts:
                if norm(t) not in own and kind != "fn":
                    errors.append("%s: text missing from body XML: %r" % (fn, norm(t)[:70]))
        elif ext == "pdf":
            infos[fn] = {}
            check_pdf(c, path, errors, infos[fn])
        else:
            body = norm(data.decode("utf-8").replace("**", ""))
            for kind, t in w.texts:
                if norm(t) not in body:
                    errors.append("%s: text missing: %r" % (fn, norm(t)[:70]))
            for lab, first in w.labels:
                if not re.search(r"(^|\s)" + re.escape(lab) + r"\s+" + re.escape(norm(first)[:20]), body) and lab not in ("\u2022", "\u2013"):
                    errors.append("%s: %s not before %r" % (fn, lab, norm(first)[:30]))
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
            errors.append("%s: %d passes, want about half (%d-%d)" % (exp, npass, PASS_MIN, PASS_MAX))
    # LibreOffice's own text export of every DOCX and ODT: text and labels
    lo = lo_text_exports(office, tmp)
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
        w = Walker(c)
        for kind, piece in w.texts:
            if kind != "fn" and norm(piece) not in nt:
                errors.append("%s: LibreOffice text export lacks %r" % (c["file"], norm(piece)[:60]))
        for lab, first in w.labels:
            f = norm(first)[:24]
            if not any(ln.startswith(lab + " " + f) for ln in lines):
                errors.append("%s: LibreOffice does not show %s before %r" % (c["file"], lab, f))
    if partial:
        return errors, counts, words, infos, {}
    for r in RULES:
        k = counts[r]
        if k["pass"] < 3 or k["weak"] + k["gap"] < 3:
            errors.append("rule %s below minimums: %s" % (r, k))
    if builds != WANT_BUILDS:
        errors.append("build split wrong: %s" % builds)
    # PDF features, each in enough PDFs
    pdfs = [c for c in CONTRACTS if c["build"] == "pdf-lo"]

    def tabs(c):
        return Walker(c).tables

    def has_block(c, kind):
        def walk(bs):
            return any(b[0] == kind or (b[0] in ("cols", "landscape") and walk(b[1])) for b in bs)
        return walk(c["blocks"])

    def deep_labels(c, pat):
        return any(re.match(pat, lab) for lab, _ in Walker(c).labels)

    def bullet_duty(c):
        """A bullet list whose items carry duties: an item with an obligation cue, or items that
        complete a lead-in ending in ':' that has one ('The Supplier must:')."""
        flat = []
        for b in c["blocks"]:
            flat += b[1] if b[0] in ("cols", "landscape") else [b]
        for k, b in enumerate(flat):
            if b[0] != "list" or b[1] != "bullet":
                continue
            if any(CUE.search(norm(str(i[3]))) for i in list_items(b)):
                return True
            prev = flat[k - 1] if k else None
            lead = ""
            if prev and prev[0] == "sec" and prev[3]:
                lead = norm(str(prev[3][-1][1]))
            elif prev and prev[0] == "p":
                lead = norm(str(prev[1]))
            if lead.endswith(":") and CUE.search(lead):
                return True
        return False

    feats = {
        "responsibilities matrix": [c for c in pdfs if any(any("Responsib" in h for h in rows[0]) for o, rows in tabs(c))],
        "KPI / reporting table": [c for c in pdfs if any(any("Frequency" in h for h in rows[0]) and any(re.search("Report|to whom|Submitted", h) for h in rows[0])
                                                         for o, rows in tabs(c))],
        "details schedule with Not applicable rows": [c for c in pdfs if any(any("Not applicable" in x for row in rows[1:] for x in row) for o, rows in tabs(c))],
        "obligations table with wrapping cells": [c for c in pdfs if any(o.get("wrap") for o, rows in tabs(c))],
        "hyphenation": [c for c in pdfs if c["page"].get("hyphenate")],
        "1.1.1 clauses": [c for c in pdfs if deep_labels(c, r"^\d+\.\d+\.\d+$")],
        "(a)/(i) lists": [c for c in pdfs if deep_labels(c, r"^\((i|ii)\)$")],
        "bullets carrying duties": [c for c in pdfs if bullet_duty(c)],
        "signature block": [c for c in pdfs if has_block(c, "sig")],
        "DRAFT or OFFICIAL-SENSITIVE marking": [c for c in pdfs if any(re.search(r"DRAFT|OFFICIAL-SENSITIVE", x) for x in c.get("header", []) + c.get("footer", []))],
        "duty sentence across a page break": [c for c in pdfs if infos.get(c["file"], {}).get("split_duty")],
    }
    for name, cs in feats.items():
        if len(cs) < 2:
            errors.append("PDF feature %r in fewer than two PDFs: %s" % (name, [c["file"] for c in cs]))
    once = {"two-column section": [c for c in pdfs if has_block(c, "cols")],
            "landscape page": [c for c in pdfs if has_block(c, "landscape")],
            "footnotes": [c for c in pdfs if Walker(c).footnotes],
            "cover page and table of contents": [c for c in pdfs if has_block(c, "toc")]}
    for name, cs in once.items():
        if len(cs) < 1:
            errors.append("PDF feature %r in no PDF" % name)
    feats.update(once)
    return errors, counts, words, infos, feats


# ---------------------------------------------------------------- README
BUILD_NAMES = {"docx-lo": "DOCX, LibreOffice from flat ODT", "odt-lo": "ODT, LibreOffice from flat ODT",
               "pdf-lo": "PDF, LibreOffice from flat ODT", "md": "Markdown"}


def readme(counts, words, infos, feats):
    out = [README_HEAD.strip(), "", "## Contracts", "",
           "| File | Subject | Jurisdiction and drafting | Parties as named | Format | Words | Layout | Where the duties and traps sit |",
           "|---|---|---|---|---|---|---|---|"]
    for c in CONTRACTS:
        lay = c.get("layout", "")
        i = infos.get(c["file"])
        if i:
            lay += "; %d pages, %d line-end hyphenations" % (i["pages"], i["hyphenations"])
        out.append("| %s | %s | %s | %s | %s | %d | %s | %s |" % (c["file"], c["subject"], c["jurisdiction"], c["parties"],
                                                               BUILD_NAMES[c["build"]], words[c["file"]], lay, c["shapes"]))
    out += ["", "## PDF features and where they are", ""]
    for name, cs in feats.items():
        out.append("* %s: %s" % (name, ", ".join(c["file"].split("-")[0] for c in cs)))
    out += ["", "## What the PDF layout does to the text (measured on the built files)", "",
            "Counted in `pdftotext -raw` output with the page headers and footers removed. A line-end hyphen is",
            "a line ending in a letter and '-' followed by a line starting in lower case (automatic hyphenation,",
            "or a compound word broken at its own hyphen). A duty sentence is a sentence with an obligation cue",
            "(shall, must, will, agrees to, ...) and the provider side.", ""]
    for c in CONTRACTS:
        i = infos.get(c["file"])
        if not i:
            continue
        line = "* %s: %d pages, %d line-end hyphens, %d duty sentences hyphenated at a line end" % (
            c["file"].split("-")[0], i["pages"], i["hyphenations"], len(i["hyphenated_duty"]))
        if i["split_duty"]:
            line += "; over a page break: " + "; ".join("'%s'" % x[:90] + ("..." if len(x) > 90 else "") for x in i["split_duty"])
        if i["default_split"]:
            line += "; cut in two by pdftotext's default reading order: " + "; ".join(
                "'%s'" % x[:90] + ("..." if len(x) > 90 else "") for x in i["default_split"])
        out.append(line)
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
        if b == "md":
            open(dest, "w", encoding="utf-8", newline="\n").write(render_md(c))
        elif b in ("docx-lo", "odt-lo", "pdf-lo"):
            src = os.path.join(tmp, stem + ".fodt")
            open(src, "w", encoding="utf-8", newline="\n").write(FodtWriter(c).render())
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
    only = sys.argv[1:]  # optional file stems, for drafting: build and check only these (no README)
    if os.path.exists(OUT) and not only:
        shutil.rmtree(OUT)
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="set20-")
    global CONTRACTS
    if only:
        CONTRACTS = [c for c in CONTRACTS if any(c["file"].startswith(o) for o in only)]
    try:
        build(tmp)
        errors, counts, words, infos, feats = check(tmp, partial=bool(only))
        if not only:
            open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n").write(readme(counts, words, infos, feats))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for c in CONTRACTS:
        i = infos.get(c["file"], {})
        print("%-44s %5d words %s" % (c["file"], words.get(c["file"], 0),
                                      "%d pages, %d hyphenations, %d hyphenated duty sentences, %d duty sentences over a page break"
                                      % (i["pages"], i["hyphenations"], len(i["hyphenated_duty"]), len(i["split_duty"])) if i else ""))
    for r in RULES:
        k = counts[r]
        print("%-7s pass %2d  weak %2d  gap %2d" % (r, k["pass"], k["weak"], k["gap"]))
    for fn in sorted(os.listdir(OUT)):
        print("sha256 %s  %s" % (hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()[:16], fn))
    if errors:
        print("\n".join("ERROR: " + e for e in errors), file=sys.stderr)
        sys.exit(1)
    print("set20 OK" if not only else "partial build OK")


if __name__ == "__main__":
    main()
