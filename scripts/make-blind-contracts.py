#!/usr/bin/env python3
"""Blind evaluation set for probity contract-clause rules (ES-01..ES-10, COI-01..06, CDM-01..06).

Written by a helper from ../shared/rule-catalogue.md only, without reading probity's rules,
code or other fixtures and without running probity. Deterministic:
    python3 scripts/make-blind-contracts.py
Writes fixtures/blind/set1/NAME.{txt,md,docx,odt}, NAME.expected (22 lines each) and README.md;
tests/blind_contracts.rs scores probity against them.
Needs only the standard library plus /usr/bin/soffice (for the converted files).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from xml.sax.saxutils import escape as _esc

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "fixtures", "blind", "set1")
# soffice's intermediate sources (txt/html/fodt) are scratch, not fixtures.
BUILD = os.path.join(tempfile.gettempdir(), "probity-blind-build")
SOFFICE = "/usr/bin/soffice"
FIXED_ZIP_DT = (2024, 5, 1, 9, 0, 0)
FIXED_ISO = "2024-05-01T09:00:00"

RULES = ["ES-%02d" % i for i in range(1, 11)] + ["COI-%02d" % i for i in range(1, 7)] + \
        ["CDM-%02d" % i for i in range(1, 7)]

# kinds of case, used in .expected reasons and README tallies
TRICKY_KINDS = ("negated", "wrong-party", "decoy", "weak", "deleted", "comment-only",
                "disabled", "heading-only", "toc-only", "definition-only", "recital")


def esc(s):
    return _esc(s, {'"': "&quot;"})


# ---------------------------------------------------------------------------
# Document model
# ---------------------------------------------------------------------------
# Inline markup inside paragraph text (only used for DOCX / ODT sources):
#   **bold**
#   «del:text»              tracked deletion (NOT contract text)
#   «ins:text»              tracked insertion (IS contract text)
#   «cmt:anchor|comment»    comment/annotation on anchor (comment is NOT contract text)
#   «fn:text»               footnote
#   «bm:name»               bookmark (empty)
#   «fld:instr|result»      field (instr is not text, result is)
#   «split»                 run boundary (mid-word) with proofErr in DOCX / span in ODT
MARK_RE = re.compile(r"«(del|ins|cmt|fn|bm|fld|split)(?::(.*?))?»|\*\*(.+?)\*\*", re.S)


def parse_inline(text):
    """-> list of (kind, payload) with kind in text,bold,del,ins,cmt,fn,bm,fld,split"""
    out, pos = [], 0
    for m in MARK_RE.finditer(text):
        if m.start() > pos:
            out.append(("text", text[pos:m.start()]))
        if m.group(3) is not None:
            out.append(("bold", m.group(3)))
        else:
            out.append((m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(text):
        out.append(("text", text[pos:]))
    return out


def plain(text, keep_bold=False):
    """Contract text as a plain producer would show it (deletions and comments dropped)."""
    res = []
    for kind, pay in parse_inline(text):
        if kind == "text":
            res.append(pay)
        elif kind == "bold":
            res.append("**%s**" % pay if keep_bold else pay)
        elif kind == "ins":
            res.append(pay)
        elif kind == "cmt":
            res.append(pay.split("|", 1)[0])
        elif kind == "fld":
            res.append(pay.split("|", 1)[1])
        elif kind == "fn":
            res.append("")
    return "".join(res)


class Doc:
    def __init__(self, name, fmt, ctx, title, wrap=0, producer="hand"):
        self.name, self.fmt, self.ctx, self.title = name, fmt, ctx, title
        self.wrap = wrap            # txt: hard-wrap width (0 = one line per paragraph)
        self.producer = producer    # hand | soffice-txt | soffice-html | soffice-fodt
        self.blocks = []            # (type, payload)
        self.tags = []              # (rule, verdict, kind, reason)
        self.numbered = False       # DOCX: clause numbers via numbering.xml
        self.used = []              # library clauses used (rule, key)

    # -- tagging -----------------------------------------------------------
    def tag(self, rule, verdict, kind, reason):
        assert rule in RULES, rule
        assert verdict in ("pass", "gap", "weak"), verdict
        self.tags.append((rule, verdict, kind, reason))

    def _tags(self, tags):
        for t in tags or ():
            self.tag(*t)

    def f(self, s):
        return s.format_map(self.ctx)

    # -- blocks ------------------------------------------------------------
    def title_(self, text):
        self.blocks.append(("title", self.f(text)))

    def h(self, level, text, tags=None):
        self.blocks.append(("h%d" % level, self.f(text)))
        self._tags(tags)

    def p(self, text, tags=None, style=None):
        self.blocks.append(("p", (self.f(text), style)))
        self._tags(tags)

    def raw(self, text, tags=None, style=None):
        """paragraph without format substitution"""
        self.blocks.append(("p", (text, style)))
        self._tags(tags)

    def table(self, rows, tags=None, header=True):
        self.blocks.append(("table", ([[self.f(c) for c in r] for r in rows], header)))
        self._tags(tags)

    def toc(self, lines):
        self.blocks.append(("toc", [self.f(x) for x in lines]))

    def c(self, rule, key, num="", extra=""):
        """Add a library clause (see LIB) for rule/key with clause number num."""
        verdict, kind, reason, tmpl, more = LIB[rule][key]
        self.used.append((rule, key))
        text = self.f(tmpl)
        text = text[0].upper() + text[1:]
        if extra:
            text = text + " " + self.f(extra)
        self.p((num + " " if num else "") + text)
        self.tag(rule, verdict, kind, reason)
        for t in more:
            self.tag(*t)

    # -- expected ----------------------------------------------------------
    def expected(self):
        lines = []
        for r in RULES:
            ts = [t for t in self.tags if t[0] == r]
            pas = [t for t in ts if t[1] == "pass"]
            weak = [t for t in ts if t[1] == "weak"]
            gap = [t for t in ts if t[1] == "gap"]
            if pas:
                v, why = "pass", pas[0][3]
            elif weak:
                v, why = "weak", "; ".join("%s: %s" % (t[2], t[3]) for t in weak[:2])
                if gap:
                    why += "; also " + "; ".join("%s: %s" % (t[2], t[3]) for t in gap[:2])
            elif gap:
                v, why = "gap", "; ".join("%s: %s" % (t[2], t[3]) for t in gap[:3])
            else:
                v, why = "gap", "absent"
            lines.append("%s %s  # %s" % (r, v, why))
        return "\n".join(lines) + "\n"

    def kinds(self):
        """rule -> (verdict, set of tricky kinds present when not pass)"""
        res = {}
        for r in RULES:
            ts = [t for t in self.tags if t[0] == r]
            if any(t[1] == "pass" for t in ts):
                res[r] = ("pass", {t[2] for t in ts if t[1] == "pass"})
            elif any(t[1] == "weak" for t in ts):
                res[r] = ("weak", {t[2] for t in ts})
            elif ts:
                res[r] = ("gap", {t[2] for t in ts})
            else:
                res[r] = ("gap", {"absent"})
        return res


# ---------------------------------------------------------------------------
# Plain renderers
# ---------------------------------------------------------------------------
def _assert_plain(text, where):
    for kind, _ in parse_inline(text):
        if kind not in ("text", "bold"):
            raise ValueError("markup %s not allowed in %s" % (kind, where))


def render_txt(doc):
    out = []
    width = doc.wrap
    for typ, pay in doc.blocks:
        if typ == "title":
            out.append(pay.upper())
            out.append("")
        elif typ in ("h1", "h2", "h3"):
            _assert_plain(pay, doc.name)
            out.append(plain(pay).upper() if typ == "h1" else plain(pay))
            out.append("")
        elif typ == "p":
            text, style = pay
            _assert_plain(text, doc.name)
            t = plain(text)
            if width:
                m = re.match(r"^(\(?[0-9a-z]{1,3}[.)](?:[0-9]{1,2}\.?)?(?:[0-9]{1,2})?\s+)", t)
                ind = " " * (len(m.group(1)) if m else 0)
                t = textwrap.fill(t, width, subsequent_indent=ind, break_long_words=False,
                                  break_on_hyphens=False)
            out.append(t)
            out.append("")
        elif typ == "toc":
            for line in pay:
                out.append(line)
            out.append("")
        elif typ == "table":
            rows, header = pay
            for r in rows:
                _assert_plain(" ".join(r), doc.name)
            # plain-text tables as pipe-separated lines
            for r in rows:
                out.append(" | ".join(plain(c) for c in r))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_md(doc):
    out = []
    for typ, pay in doc.blocks:
        if typ == "title":
            out.append("# " + pay)
            out.append("")
        elif typ in ("h1", "h2", "h3"):
            _assert_plain(pay, doc.name)
            out.append("#" * (int(typ[1]) + 1) + " " + plain(pay, keep_bold=False))
            out.append("")
        elif typ == "p":
            text, style = pay
            _assert_plain(text, doc.name)
            t = plain(text, keep_bold=True)
            if style == "quote":
                t = "> " + t
            elif style == "sig":
                t = t + "  "
            out.append(t)
            out.append("")
        elif typ == "toc":
            for line in pay:
                out.append("- " + line)
            out.append("")
        elif typ == "table":
            rows, header = pay
            n = len(rows[0])
            out.append("| " + " | ".join(plain(c, True) for c in rows[0]) + " |")
            out.append("|" + "---|" * n)
            for r in rows[1:]:
                out.append("| " + " | ".join(plain(c, True) for c in r) + " |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_html(doc):
    """Simple HTML for the soffice html->docx route."""
    b = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>%s</title></head><body>'
         % esc(doc.title)]
    for typ, pay in doc.blocks:
        if typ == "title":
            b.append("<h1>%s</h1>" % esc(pay))
        elif typ in ("h1", "h2", "h3"):
            lvl = int(typ[1]) + 1
            b.append("<h%d>%s</h%d>" % (lvl, esc(plain(pay)), lvl))
        elif typ == "p":
            text, style = pay
            _assert_plain(text, doc.name)
            h = esc(plain(text, keep_bold=True))
            h = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", h)
            b.append("<p>%s</p>" % h)
        elif typ == "toc":
            for line in pay:
                b.append("<p>%s</p>" % esc(line))
        elif typ == "table":
            rows, header = pay
            b.append('<table border="1">')
            for i, r in enumerate(rows):
                tag = "th" if (i == 0 and header) else "td"
                b.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(plain(c)), tag) for c in r)
                         + "</tr>")
            b.append("</table>")
    b.append("</body></html>")
    return "\n".join(b) + "\n"


# ---------------------------------------------------------------------------
# DOCX (hand-built OOXML)
# ---------------------------------------------------------------------------
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
AUTHORS = ["Priya Natarajan", "Gareth Lloyd", "Morag Finlay", "Tom Okafor"]


class DocxWriter:
    def __init__(self, doc):
        self.doc = doc
        self.comments = []
        self.footnotes = []
        self.rev = 100
        self.bm = 0
        self.rsid = 0

    def _run(self, text, bold=False, tag="w:t", rsid=True):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        self.rsid += 1
        attr = ' w:rsidR="00%06X"' % (0x3A1000 + self.rsid) if rsid else ""
        return '<w:r%s>%s<%s xml:space="preserve">%s</%s></w:r>' % (attr, rpr, tag, esc(text), tag)

    def _date(self):
        return "2024-04-%02dT1%d:%02d:00Z" % (3 + self.rev % 20, self.rev % 7, self.rev % 60)

    def inline(self, text):
        xs = []
        for kind, pay in parse_inline(text):
            if kind == "text":
                xs.append(self._run(pay))
            elif kind == "bold":
                xs.append(self._run(pay, bold=True))
            elif kind == "split":
                xs.append('<w:proofErr w:type="spellStart"/>')
            elif kind == "del":
                self.rev += 1
                xs.append('<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>' % (
                    self.rev, AUTHORS[self.rev % 4], self._date(),
                    self._run(pay, tag="w:delText")))
            elif kind == "ins":
                self.rev += 1
                xs.append('<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (
                    self.rev, AUTHORS[self.rev % 4], self._date(), self._run(pay)))
            elif kind == "cmt":
                anchor, body = pay.split("|", 1)
                cid = len(self.comments)
                self.comments.append(body)
                xs.append('<w:commentRangeStart w:id="%d"/>' % cid)
                xs.append(self._run(anchor))
                xs.append('<w:commentRangeEnd w:id="%d"/>' % cid)
                xs.append('<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                          '<w:commentReference w:id="%d"/></w:r>' % cid)
            elif kind == "fn":
                fid = len(self.footnotes) + 1
                self.footnotes.append(pay)
                xs.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                          '<w:footnoteReference w:id="%d"/></w:r>' % fid)
            elif kind == "bm":
                self.bm += 1
                xs.append('<w:bookmarkStart w:id="%d" w:name="%s"/><w:bookmarkEnd w:id="%d"/>'
                          % (self.bm, esc(pay), self.bm))
            elif kind == "fld":
                instr, result = pay.split("|", 1)
                xs.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                          '<w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
                          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s'
                          '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                          % (esc(instr), self._run(result)))
        return "".join(xs)

    def para(self, text, style=None, numbered=False, lvl=0):
        ppr = ""
        bits = []
        if style:
            bits.append('<w:pStyle w:val="%s"/>' % style)
        if numbered:
            bits.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr>' % lvl)
        if bits:
            ppr = "<w:pPr>%s</w:pPr>" % "".join(bits)
        return "<w:p>%s%s</w:p>" % (ppr, self.inline(text))

    def body(self):
        d = self.doc
        xs = []
        for typ, pay in d.blocks:
            if typ == "title":
                xs.append(self.para(pay, "Title"))
            elif typ in ("h1", "h2", "h3"):
                lvl = int(typ[1])
                if d.numbered:
                    xs.append(self.para(re.sub(r"^[0-9.]+\s+", "", pay), "Heading%d" % lvl,
                                        True, lvl - 1))
                else:
                    xs.append(self.para(pay, "Heading%d" % lvl))
            elif typ == "p":
                text, style = pay
                sty = {"quote": "Quote", "sig": None, "small": "Note"}.get(style, style)
                m = re.match(r"^(\d+\.\d+)\s+", text) if d.numbered else None
                if m:
                    xs.append(self.para(text[m.end():], sty or "BodyText", True, 1))
                else:
                    xs.append(self.para(text, sty))
            elif typ == "toc":
                xs.append('<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr>%s</w:p>'
                          % self._run("Contents"))
                first = True
                for i, line in enumerate(pay):
                    label, page = line.rsplit(" ", 1)
                    pre = ""
                    if first:
                        pre = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                               '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u '
                               '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
                        first = False
                    post = ""
                    if i == len(pay) - 1:
                        post = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                    label = label.rstrip(". ")
                    xs.append('<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" '
                              'w:leader="dot" w:pos="9016"/></w:tabs></w:pPr>%s%s<w:r><w:tab/></w:r>%s%s</w:p>'
                              % (pre, self._run(label), self._run(page), post))
            elif typ == "table":
                rows, header = pay
                n = len(rows[0])
                wcol = 9000 // n
                t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                     '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>'
                     + "".join('<w:gridCol w:w="%d"/>' % wcol for _ in range(n)) + "</w:tblGrid>"]
                for i, r in enumerate(rows):
                    t.append("<w:tr>")
                    for c in r:
                        txt = "**%s**" % c if (i == 0 and header and "**" not in c and "«" not in c) else c
                        t.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                                 % (wcol, self.para(txt, "TableText")))
                    t.append("</w:tr>")
                t.append("</w:tbl>")
                xs.append("".join(t))
                xs.append("<w:p/>")
        sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
                'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s'
                '</w:body></w:document>' % (W_NS, "".join(xs), sect))

    STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:caps/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="180" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Drafting Note"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:color w:val="1F4E79"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="40"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>
"""

    NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
"""

    def write(self, path):
        d = self.doc
        body = self.body()
        has_c, has_f = bool(self.comments), bool(self.footnotes)
        ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
        rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                '<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>']
        if d.numbered:
            ct.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
            rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
        if has_c:
            ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
            rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        if has_f:
            ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
            rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        ct.append("</Types>")
        rels.append("</Relationships>")
        footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s><w:p><w:pPr>'
                  '<w:pStyle w:val="Footer"/></w:pPr>%s<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                  '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar '
                  'w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar '
                  'w:fldCharType="end"/></w:r></w:p></w:ftr>' % (W_NS, self._run(d.ctx.get("footer", d.title) + " - page ")))
        files = [
            ("[Content_Types].xml", "".join(ct)),
            ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
             '</Relationships>'),
            ("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title>'
             '<dc:creator>Legal Services</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">%sZ</dcterms:created>'
             '<dcterms:modified xsi:type="dcterms:W3CDTF">%sZ</dcterms:modified></cp:coreProperties>'
             % (esc(d.title), FIXED_ISO, FIXED_ISO)),
            ("docProps/app.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
             '<Application>Microsoft Office Word</Application></Properties>'),
            ("word/document.xml", body),
            ("word/_rels/document.xml.rels", "".join(rels)),
            ("word/styles.xml", self.STYLES),
            ("word/footer1.xml", footer),
        ]
        if d.numbered:
            files.append(("word/numbering.xml", self.NUMBERING))
        if has_c:
            cs = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>' % W_NS]
            for i, c in enumerate(self.comments):
                cs.append('<w:comment w:id="%d" w:author="%s" w:date="2024-04-1%dT10:00:00Z" w:initials="%s">'
                          '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle '
                          'w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>%s</w:p></w:comment>'
                          % (i, AUTHORS[i % 4], i % 10, "".join(x[0] for x in AUTHORS[i % 4].split()),
                             self._run(c)))
            cs.append("</w:comments>")
            files.append(("word/comments.xml", "".join(cs)))
        if has_f:
            fs = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>'
                  '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                  '</w:r></w:p></w:footnote>' % W_NS]
            for i, f in enumerate(self.footnotes):
                fs.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                          '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                          '%s</w:p></w:footnote>' % (i + 1, self._run(" " + f)))
            fs.append("</w:footnotes>")
            files.append(("word/footnotes.xml", "".join(fs)))
        write_zip(path, files)


def write_zip(path, files, stored_first=None):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DT)
            zi.external_attr = 0o644 << 16
            if name == "mimetype":
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)


# ---------------------------------------------------------------------------
# ODT (flat .fodt for soffice, or hand-zipped content.xml)
# ---------------------------------------------------------------------------
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink"')

ODF_STYLES = """<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.25cm"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="13pt" fo:text-transform="uppercase"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Quotations" style:family="paragraph" style:parent-style-name="Standard" style:class="html"><style:paragraph-properties fo:margin-left="1cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index"/>
<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>"""

ODF_AUTO = """<office:automatic-styles>
<style:style style:name="T1" style:family="text"><style:text-properties fo:language="en" fo:country="US"/></style:style>
<style:style style:name="Tbl1" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>
<style:style style:name="Tbl1.A1" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
</office:automatic-styles>"""


class OdtWriter:
    def __init__(self, doc):
        self.doc = doc
        self.changes = []   # (id, kind, text)
        self.nnote = 0
        self.nann = 0

    def inline(self, text):
        xs = []
        for kind, pay in parse_inline(text):
            if kind == "text":
                xs.append(esc(pay))
            elif kind == "bold":
                xs.append('<text:span text:style-name="Strong_20_Emphasis">%s</text:span>' % esc(pay))
            elif kind == "split":
                xs.append("\x00SPLIT\x00")
            elif kind == "del":
                cid = "ct%d" % (len(self.changes) + 1)
                self.changes.append((cid, "deletion", pay))
                xs.append('<text:change text:change-id="%s"/>' % cid)
            elif kind == "ins":
                cid = "ct%d" % (len(self.changes) + 1)
                self.changes.append((cid, "insertion", pay))
                xs.append('<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>'
                          % (cid, esc(pay), cid))
            elif kind == "cmt":
                anchor, body = pay.split("|", 1)
                self.nann += 1
                nm = "__Annotation__%d" % self.nann
                xs.append('<office:annotation office:name="%s"><dc:creator>%s</dc:creator><dc:date>2024-04-1%dT10:00:00</dc:date>'
                          '<text:p>%s</text:p></office:annotation>%s<office:annotation-end office:name="%s"/>'
                          % (nm, AUTHORS[self.nann % 4], self.nann % 10, esc(body), esc(anchor), nm))
            elif kind == "fn":
                self.nnote += 1
                xs.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d'
                          '</text:note-citation><text:note-body><text:p text:style-name="Footnote">%s</text:p>'
                          '</text:note-body></text:note>' % (self.nnote, self.nnote, esc(pay)))
            elif kind == "bm":
                xs.append('<text:bookmark text:name="%s"/>' % esc(pay))
            elif kind == "fld":
                instr, result = pay.split("|", 1)
                ref = re.sub(r"[^A-Za-z0-9_]", "", instr.split()[1] if len(instr.split()) > 1 else instr)
                xs.append('<text:bookmark-ref text:reference-format="text" text:ref-name="%s">%s</text:bookmark-ref>'
                          % (ref, esc(result)))
        s = "".join(xs)
        # split marker: wrap the remainder of the word in a span
        while "\x00SPLIT\x00" in s:
            a, b = s.split("\x00SPLIT\x00", 1)
            m = re.match(r"^([A-Za-z\-]+)(.*)$", b, re.S)
            if m:
                s = a + '<text:span text:style-name="T1">%s</text:span>' % m.group(1) + m.group(2)
            else:
                s = a + b
        return s

    def body(self):
        d = self.doc
        xs = []
        ntab = 0
        for typ, pay in d.blocks:
            if typ == "title":
                xs.append('<text:p text:style-name="Title">%s</text:p>' % self.inline(pay))
            elif typ in ("h1", "h2", "h3"):
                lvl = int(typ[1])
                xs.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                          % (lvl, lvl, self.inline(pay)))
            elif typ == "p":
                text, style = pay
                sty = {"quote": "Quotations"}.get(style, "Text_20_body")
                xs.append('<text:p text:style-name="%s">%s</text:p>' % (sty, self.inline(text)))
            elif typ == "toc":
                xs.append('<text:table-of-content text:protected="true" text:name="Table of Contents1">'
                          '<text:table-of-content-source text:outline-level="2"><text:index-title-template>'
                          'Contents</text:index-title-template></text:table-of-content-source><text:index-body>'
                          '<text:index-title text:name="Table of Contents1_Head"><text:p text:style-name="Heading">'
                          'Contents</text:p></text:index-title>')
                for line in pay:
                    label, page = line.rsplit(" ", 1)
                    xs.append('<text:p text:style-name="Contents_20_1">%s<text:tab/>%s</text:p>'
                              % (esc(label.rstrip(". ")), esc(page)))
                xs.append("</text:index-body></text:table-of-content>")
            elif typ == "table":
                rows, header = pay
                ntab += 1
                n = len(rows[0])
                t = ['<table:table table:name="Table%d" table:style-name="Tbl1"><table:table-column '
                     'table:number-columns-repeated="%d"/>' % (ntab, n)]
                for i, r in enumerate(rows):
                    t.append("<table:table-row>")
                    for c in r:
                        cc = "**%s**" % c if (i == 0 and header and "**" not in c and "«" not in c) else c
                        t.append('<table:table-cell table:style-name="Tbl1.A1" office:value-type="string">'
                                 '<text:p text:style-name="Table_20_Contents">%s</text:p></table:table-cell>'
                                 % self.inline(cc))
                    t.append("</table:table-row>")
                t.append("</table:table>")
                xs.append("".join(t))
        tc = ""
        if self.changes:
            regs = []
            for cid, kind, txt in self.changes:
                info = ('<office:change-info><dc:creator>%s</dc:creator><dc:date>2024-04-0%dT11:30:00</dc:date>'
                        '</office:change-info>' % (AUTHORS[int(cid[2:]) % 4], int(cid[2:]) % 9 + 1))
                if kind == "deletion":
                    regs.append('<text:changed-region xml:id="%s" text:id="%s"><text:deletion>%s'
                                '<text:p text:style-name="Text_20_body">%s</text:p></text:deletion></text:changed-region>'
                                % (cid, cid, info, esc(txt)))
                else:
                    regs.append('<text:changed-region xml:id="%s" text:id="%s"><text:insertion>%s'
                                '</text:insertion></text:changed-region>' % (cid, cid, info))
            tc = '<text:tracked-changes text:track-changes="false">%s</text:tracked-changes>' % "".join(regs)
        return tc + "".join(xs)

    def fodt(self):
        body = self.body()
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
                'office:mimetype="application/vnd.oasis.opendocument.text"><office:meta><dc:title>%s</dc:title>'
                '<meta:creation-date>%s</meta:creation-date></office:meta>%s%s<office:body><office:text>%s'
                '</office:text></office:body></office:document>\n'
                % (ODF_NS, esc(self.doc.title), FIXED_ISO, ODF_STYLES, ODF_AUTO, body))

    def write_odt(self, path):
        body = self.body()
        content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
                   '%s<office:body><office:text>%s</office:text></office:body></office:document-content>'
                   % (ODF_NS, ODF_AUTO, body))
        styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">'
                  '%s</office:document-styles>' % (ODF_NS, ODF_STYLES))
        meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3">'
                '<office:meta><dc:title>%s</dc:title><meta:creation-date>%s</meta:creation-date>'
                '<meta:generator>LegalDraft/2.1</meta:generator></office:meta></office:document-meta>'
                % (ODF_NS, esc(self.doc.title), FIXED_ISO))
        manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
                    '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                    '</manifest:manifest>')
        write_zip(path, [("mimetype", "application/vnd.oasis.opendocument.text"),
                         ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                         ("META-INF/manifest.xml", manifest)])


# ---------------------------------------------------------------------------
# soffice conversion + normalisation (fixed timestamps / dates for determinism)
# ---------------------------------------------------------------------------
def soffice_convert(src, fmt, outdir):
    tmp = tempfile.mkdtemp(prefix="bc_so_")
    try:
        env = dict(os.environ, HOME=tmp)
        cmd = [SOFFICE, "-env:UserInstallation=file://%s/profile" % tmp, "--headless",
               "--convert-to", fmt, "--outdir", outdir, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=env, timeout=180)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    return os.path.join(outdir, base + "." + ext)


DATE_RES = [
    (re.compile(rb"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:\1>"),
     lambda m: b"<dcterms:%s%s>%sZ</dcterms:%s>" % (m.group(1), m.group(2), FIXED_ISO.encode(), m.group(1))),
    (re.compile(rb"<meta:(creation-date|print-date)>[^<]*</meta:\1>"),
     lambda m: b"<meta:%s>%s</meta:%s>" % (m.group(1), FIXED_ISO.encode(), m.group(1))),
    (re.compile(rb"<dc:date>[^<]*</dc:date>"), lambda m: b"<dc:date>" + FIXED_ISO.encode() + b"</dc:date>"),
    (re.compile(rb"<meta:editing-duration>[^<]*</meta:editing-duration>"),
     lambda m: b"<meta:editing-duration>PT0S</meta:editing-duration>"),
    (re.compile(rb"<meta:generator>[^<]*</meta:generator>"),
     lambda m: b"<meta:generator>LibreOffice</meta:generator>"),
    (re.compile(rb"<Application>[^<]*</Application>"), lambda m: b"<Application>LibreOffice</Application>"),
    (re.compile(rb"<cp:revision>[^<]*</cp:revision>"), lambda m: b"<cp:revision>1</cp:revision>"),
    (re.compile(rb'(w:rsid\w*|w14:paraId|w14:textId)="[0-9A-Fa-f]+"'), lambda m: m.group(1) + b'="00000000"'),
    (re.compile(rb'<w:rsid w:val="[0-9A-Fa-f]+"/>'), lambda m: b""),
    (re.compile(rb'<w:rsidRoot w:val="[0-9A-Fa-f]+"/>'), lambda m: b""),
    (re.compile(rb"(officeooo:rsid|officeooo:paragraph-rsid)=\"[0-9a-f]+\""), lambda m: m.group(1) + b'="00000000"'),
    (re.compile(rb'<config:config-item config:name="Rsid(Root)?" config:type="int">\d+</config:config-item>'),
     lambda m: b""),
]


def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name.endswith(".xml") or name.endswith(".rels"):
            for rx, fn in DATE_RES:
                data = rx.sub(fn, data)
            # soffice gives tracked-change regions random ids: renumber in order of appearance
            ids = {}
            for m in re.finditer(rb'"(ct\d{6,})"', data):
                ids.setdefault(m.group(1), b"ct%d" % (len(ids) + 1))
            for old, new in ids.items():
                data = data.replace(b'"' + old + b'"', b'"' + new + b'"')
        if name.startswith("Thumbnails/"):
            continue
        out.append((name, data))
    if any(n == "mimetype" for n, _ in out):
        out.sort(key=lambda x: x[0] != "mimetype")
        # drop manifest entry for removed thumbnail
        out = [(n, re.sub(rb'<manifest:file-entry[^>]*Thumbnails/[^>]*/>', b"", d) if n.endswith("manifest.xml") else d)
               for n, d in out]
    write_zip(path, out)


# ===========================================================================
# CLAUSE LIBRARY  (rule -> key -> (verdict, kind, reason, template, extra_tags))
# placeholders: {P} provider label, {A} authority label, {St} staff term,
# {SU} service users, {Agr} "Contract"/"Agreement", {E} ethics clause ref
# ===========================================================================
LIB = {r: {} for r in RULES}


def L(rule, key, verdict, kind, reason, tmpl, *extra):
    LIB[rule][key] = (verdict, kind, reason, tmpl, list(extra))


# ---- ES-01 Seven Principles -------------------------------------------------
L("ES-01", "p1", "pass", "pass", "provider and its staff must comply with the Seven Principles of Public Life",
  "The {P} shall comply with, and shall ensure that its {St} comply with, the Seven Principles of Public "
  "Life (the Nolan Principles) in delivering the Services.")
L("ES-01", "p2", "pass", "pass", "all seven principle words bound to the provider",
  "The {P} shall at all times act in accordance with the principles of selflessness, integrity, objectivity, "
  "accountability, openness, honesty and leadership when performing its obligations under this {Agr}.")
L("ES-01", "p3", "pass", "pass", "provider must uphold standards expected of holders of public office",
  "The {P} must uphold the standards of conduct expected of holders of public office in everything it does "
  "in connection with the Services.")
L("ES-01", "p4", "pass", "pass", "provider undertakes to observe the 7 principles of public life",
  "The {P} undertakes to observe the 7 principles of public life set out by the Committee on Standards in "
  "Public Life throughout the Term.")
L("ES-01", "p5", "pass", "pass", "provider will (and will procure staff) observe the Nolan Principles",
  "In delivering the Services the {P} will, and will procure that its {St} will, observe the Nolan Principles.")
L("ES-01", "p6", "pass", "pass", "five of the seven principle words in one sentence binding the provider",
  "The {P} shall ensure that its dealings with {SU} and with the {A} are conducted with integrity, "
  "objectivity, accountability, openness and honesty.")
L("ES-01", "n1", "gap", "negated", "provider shall not be required to comply with the Seven Principles",
  "The {P} shall not be required to comply with the Seven Principles of Public Life, which apply to the "
  "{A}'s own officers and members only.")
L("ES-01", "w1", "gap", "wrong-party", "obligation on the authority only",
  "The {A} shall comply with the Seven Principles of Public Life in all of its dealings with the {P}.")
L("ES-01", "w2", "gap", "wrong-party", "authority officers bound, not provider",
  "The {A}'s officers are bound by the Seven Principles of Public Life and by the {A}'s Code of Conduct for "
  "Employees.", ("ES-02", "gap", "wrong-party", "authority's employee code only"))
L("ES-01", "d1", "gap", "decoy", "'integrity' only as data integrity",
  "The {P} shall ensure the integrity, availability and confidentiality of all {A} Data that it processes.")
L("ES-01", "d2", "weak", "definition-only", "Nolan Principles only in a definition (catalogue: definition-only = weak)",
  "**\"Nolan Principles\"** means the Seven Principles of Public Life published by the Committee on "
  "Standards in Public Life;")
L("ES-01", "d5", "gap", "decoy", "'integrity' only as structural integrity",
  "The {P} shall not do anything which may affect the structural integrity of the Premises.")
L("ES-01", "k1", "weak", "weak", "permissive: encouraged to have regard to the Seven Principles",
  "The {P} is encouraged to have regard to the Seven Principles of Public Life in delivering the Services.")
L("ES-01", "k2", "weak", "weak", "'expects' only",
  "The {A} expects the {P} to observe the Nolan Principles in its dealings with {SU}.")
L("ES-01", "k3", "weak", "weak", "'should consider' only",
  "The {P} should consider the Seven Principles of Public Life when it designs its service policies.")
L("ES-01", "k4", "weak", "weak", "reasonable endeavours only",
  "The {P} shall use reasonable endeavours to ensure that its {St} observe the Nolan Principles.")

# ---- ES-02 Code of conduct --------------------------------------------------
L("ES-02", "p1", "pass", "pass", "provider must meet the Supplier Code of Conduct",
  "The {P} shall meet the standards set out in the Supplier Code of Conduct published by HM Government, as "
  "updated from time to time.")
L("ES-02", "p2", "pass", "pass", "provider must adopt and enforce a written code of conduct for employees",
  "The {P} shall adopt, maintain and enforce a written code of conduct for its employees which is no less "
  "demanding than the Supplier Code of Conduct, and shall give the {A} a copy on request.")
L("ES-02", "p3", "pass", "pass", "provider must comply with the authority's supplier code",
  "The {P} must comply with the {A}'s Supplier Code of Conduct set out in Schedule 6.")
L("ES-02", "p4", "pass", "pass", "provider shall abide by its code of business conduct",
  "The {P} shall abide by its code of business conduct and ethics and shall apply it to all {St} engaged in "
  "the Services.")
L("ES-02", "p5", "pass", "pass", "provider will maintain and comply with an ethical code",
  "The {P} will maintain an ethical code for its workforce and will comply with it in delivering the Services.")
L("ES-02", "n1", "gap", "negated", "provider stated not to be bound by the Supplier Code of Conduct",
  "For the avoidance of doubt, the {P} is not bound by the Supplier Code of Conduct.")
L("ES-02", "n2", "gap", "negated", "Supplier Code of Conduct paragraph disapplied",
  "Paragraph 2 (Supplier Code of Conduct) of Joint Schedule 5 shall not apply to this {Agr}.")
L("ES-02", "w1", "gap", "wrong-party", "authority's own employee code only",
  "The {A} shall comply with its own Code of Conduct for Officers when managing this {Agr}.")
L("ES-02", "d1", "gap", "decoy", "technical code of practice (waste)",
  "The {P} shall handle all waste arising from the Services in accordance with the Waste Duty of Care Code of "
  "Practice.")
L("ES-02", "d2", "gap", "decoy", "technical code of practice (CCTV)",
  "The {P} shall operate the CCTV system at the Premises in accordance with the Surveillance Camera Code of "
  "Practice.")
L("ES-02", "d3", "gap", "decoy", "technical code of practice (data sharing)",
  "The {P} shall comply with the Data Sharing Code of Practice issued by the Information Commissioner.")
L("ES-02", "k1", "weak", "weak", "'expects' suppliers and subcontractors to meet the Code",
  "The {A} expects its suppliers and their subcontractors to meet the standards set out in the Supplier Code "
  "of Conduct.", ("ES-03", "weak", "weak", "'expects' suppliers and subcontractors to meet the Code"))
L("ES-02", "k2", "weak", "weak", "permissive: encouraged to adopt a code of ethics",
  "The {P} is encouraged to adopt a code of ethics for its {St}.")
L("ES-02", "k3", "weak", "weak", "permissive: may adopt the model code",
  "The {P} may adopt the {A}'s model code of business conduct for use in connection with the Services.")

# ---- ES-03 Flow-down to subcontractors ----------------------------------------
L("ES-03", "p1", "pass", "pass", "sub-contractors must comply with Seven Principles / equivalent ethics obligations",
  "The {P} shall procure that its Sub-contractors comply with the Seven Principles of Public Life and with "
  "obligations equivalent to those set out in this Clause.")
L("ES-03", "p2", "pass", "pass", "every sub-contract to carry no less onerous code-of-conduct obligations",
  "The {P} shall include in every Sub-contract obligations no less onerous than those in this Clause relating "
  "to the Supplier Code of Conduct, and shall enforce those obligations.")
L("ES-03", "p3", "pass", "pass", "ethical standards obligations flowed down to all sub-contractors",
  "The {P} shall flow down the ethical standards obligations of this {Agr} to each of its Sub-contractors and "
  "shall take action against any Sub-contractor which fails to meet them.")
L("ES-03", "p4", "pass", "pass", "sub-contractors to have equivalent anti-bribery obligations",
  "The {P} shall impose on each Sub-contractor obligations equivalent to those in this Clause to prevent "
  "bribery and corruption, and shall enforce them.")
L("ES-03", "n1", "gap", "negated", "flow-down of ethics clause expressly not required",
  "The {P} shall not be required to flow down the obligations in {E} to its Sub-contractors.")
L("ES-03", "d1", "gap", "decoy", "flow-down of payment terms only",
  "The {P} shall ensure that every Sub-contract contains a provision requiring the {P} to pay the "
  "Sub-contractor within 30 days of receipt of a valid invoice.")
L("ES-03", "d2", "gap", "decoy", "flow-down of data-protection terms only",
  "The {P} shall impose on any Sub-contractor which processes Personal Data obligations no less onerous than "
  "those set out in the Data Protection Clause.")
L("ES-03", "d3", "gap", "decoy", "consent to sub-contract only",
  "The {P} shall not sub-contract any of its obligations under this {Agr} without the prior written consent "
  "of the {A}.")
L("ES-03", "d4", "gap", "decoy", "provider liable for sub-contractors only",
  "The {P} shall be responsible for the acts and omissions of its Sub-contractors as though they were its own.")
L("ES-03", "d5", "gap", "decoy", "flow-down of insurance only",
  "The {P} shall procure that its Sub-contractors maintain insurances equivalent to those required by this "
  "{Agr}.")
L("ES-03", "k2", "weak", "weak", "'should consider' flow-down only",
  "The {P} should consider requiring its Sub-contractors to adopt equivalent ethical standards.")
L("ES-03", "k3", "weak", "weak", "reasonable endeavours flow-down",
  "The {P} shall use reasonable endeavours to procure that its Sub-contractors comply with the Supplier Code "
  "of Conduct.")

# ---- ES-04 Ethics training --------------------------------------------------
L("ES-04", "p1", "pass", "pass", "induction and refresher training on code, conflicts and anti-bribery, with records",
  "The {P} shall ensure that all {St} receive induction and annual refresher training on the code of conduct, "
  "conflicts of interest and anti-bribery, and shall make training records available to the {A} on request.")
L("ES-04", "p2", "pass", "pass", "ethics and integrity training at induction and yearly, records kept",
  "The {P} shall provide ethics and integrity training to all {St} at induction and at least once in every "
  "Contract Year, and shall keep records of completion.")
L("ES-04", "p3", "pass", "pass", "staff must complete probity/ethical conduct training; records kept",
  "All {St} engaged on the Services must complete the {P}'s probity training module on ethical conduct within "
  "one month of starting, and the {P} must keep a record of completion.")
L("ES-04", "p4", "pass", "pass", "Freedom to Speak Up training for all staff",
  "The {P} shall ensure that all {St} complete Freedom to Speak Up training and shall keep training records "
  "which it shall make available to the {A}.")
L("ES-04", "n1", "gap", "negated", "ethics training expressly not required",
  "The {P} shall not be required to provide ethics or integrity training to its {St} under this {Agr}.")
L("ES-04", "d1", "gap", "decoy", "health-and-safety training only",
  "The {P} shall ensure that all {St} receive manual handling, fire safety and food hygiene training before "
  "starting work.")
L("ES-04", "d2", "gap", "decoy", "ethics training delivered to the authority as a deliverable",
  "The {P} shall deliver an ethics awareness workshop to the {A}'s commissioning officers as a Deliverable in "
  "the first Contract Year.")
L("ES-04", "k1", "weak", "weak", "generic 'appropriately trained and qualified'",
  "The {P} shall ensure that all {St} are appropriately trained and qualified to perform the Services.")
L("ES-04", "k2", "weak", "weak", "generic induction programme, ethics not named",
  "The {P} shall provide an induction programme for all {St}.")
L("ES-04", "k3", "weak", "weak", "permissive: may offer ethics training",
  "The {P} may offer ethics training to its {St}.")

# ---- ES-05 Whistleblowing ----------------------------------------------------
L("ES-05", "p1", "pass", "pass", "whistleblowing policy, concerns to authority/prescribed person, no detriment (PIDA)",
  "The {P} shall have in place a whistleblowing policy which allows its {St} to raise concerns in confidence, "
  "including with the {A} or a Prescribed Person, and shall not subject any of its {St} to any detriment for "
  "making a protected disclosure within the meaning of the Public Interest Disclosure Act 1998.")
L("ES-05", "p2", "pass", "pass", "report suspected breaches; no retaliation against good-faith reporters",
  "The {P} and its {St} must report to the {A} any actual or suspected breach of Law or of this {Agr} as soon "
  "as they become aware of it, and the {P} must not retaliate against any of its {St} who in good faith "
  "reports a breach to the {A} or a Prescribed Person.")
L("ES-05", "p3", "pass", "pass", "confidential reporting line to speak up; no victimisation",
  "The {P} shall operate a confidential reporting line through which its {St} can speak up about wrongdoing, "
  "and shall ensure that nobody who speaks up in good faith suffers victimisation.")
L("ES-05", "p4", "pass", "pass", "Freedom to Speak Up Guardian; staff can raise concerns",
  "The {P} shall appoint a Freedom to Speak Up Guardian and shall ensure that its {St} can raise concerns "
  "with that Guardian, in confidence, at any time.")
L("ES-05", "n1", "gap", "negated", "authority's whistleblowing policy expressly does not apply to provider",
  "The {A}'s Whistleblowing Policy does not apply to the {P} or to its {St}.")
L("ES-05", "w1", "gap", "wrong-party", "authority's own whistleblowing policy for its officers",
  "The {A} operates a whistleblowing policy for its own officers, which is published on the {A}'s website.")
L("ES-05", "d2", "gap", "decoy", "gagging wording (adverse), no speaking-up route",
  "No member of {St} may make any public statement concerning the Services without the prior written approval "
  "of the {A}.")
L("ES-05", "d3", "gap", "decoy", "confidentiality clause only",
  "The {P} shall keep confidential all Confidential Information of the {A} and shall not disclose it except as "
  "expressly permitted by this {Agr}.")
L("ES-05", "d4", "weak", "definition-only", "Prescribed Person only defined (definition-only = weak)",
  "**\"Prescribed Person\"** means a legal adviser, a Member of Parliament or an appropriate body to which a "
  "whistle-blower may make a disclosure, as listed in \"Whistleblowing: list of prescribed people and bodies\";")
L("ES-05", "k1", "weak", "weak", "permissive: encouraged to adopt whistleblowing policy",
  "The {P} is encouraged to adopt a whistleblowing policy.")
L("ES-05", "k2", "weak", "weak", "'should consider' a Freedom to Speak Up Guardian",
  "The {P} should consider appointing a Freedom to Speak Up Guardian.")

# ---- ES-06 Anti-bribery -----------------------------------------------------
L("ES-06", "p1", "pass", "pass", "provider and staff must not commit a Prohibited Act",
  "The {P} shall not, and shall procure that its {St} shall not, commit any Prohibited Act in connection with "
  "this {Agr}.")
L("ES-06", "p2", "pass", "pass", "comply with Bribery Act 2010; adequate procedures to prevent Prohibited Acts",
  "The {P} shall comply with the Bribery Act 2010 and shall create, maintain and enforce adequate policies and "
  "procedures to prevent any Prohibited Act by its {St}.")
L("ES-06", "p3", "pass", "pass", "must not offer any inducement or reward to authority officers",
  "The {P} must not offer, give or agree to give any inducement or reward to any officer of the {A} for doing "
  "or not doing anything in relation to this {Agr}.")
L("ES-06", "p4", "pass", "pass", "no Fraud Act / Bribery Act offence; counter fraud procedures",
  "The {P} shall not commit, and shall maintain counter fraud procedures designed to prevent its {St} "
  "committing, any offence under the Fraud Act 2006 or the Bribery Act 2010 in connection with this {Agr}.")
L("ES-06", "n1", "gap", "negated", "anti-bribery clause disapplied",
  "Clause 27 (Bribery and Corruption) of the Core Terms does not apply to this {Agr}.")
L("ES-06", "w1", "gap", "wrong-party", "authority's own anti-fraud policy only",
  "The {A} shall maintain its own anti-fraud and anti-bribery policy and shall apply it to its officers.")
L("ES-06", "d1", "gap", "decoy", "Bribery Act only in a list of Laws",
  "**\"Law\"** means any law, statute, regulation or byelaw in force from time to time, including the Equality "
  "Act 2010, the Bribery Act 2010, the Modern Slavery Act 2015 and the Data Protection Legislation;")
L("ES-06", "d2", "weak", "definition-only", "Prohibited Act only defined (definition-only = weak)",
  "**\"Prohibited Act\"** means to directly or indirectly offer, promise or give any person working for or "
  "engaged by the {A} a financial or other advantage to induce that person to perform improperly a relevant "
  "function or activity, or committing any offence under the Bribery Act 2010;")
L("ES-06", "k1", "weak", "weak", "'should have regard' to adequate procedures guidance",
  "The {P} should have regard to the Ministry of Justice guidance on adequate procedures under the Bribery Act "
  "2010.")
L("ES-06", "k2", "weak", "weak", "reasonable endeavours only",
  "The {P} shall use reasonable endeavours to ensure that none of its {St} offers any bribe in connection with "
  "this {Agr}.")

# ---- ES-07 Transparency / FOI -----------------------------------------------
L("ES-07", "p1", "pass", "pass", "co-operation so authority can publish Transparency Information and answer FOIA/EIR",
  "The {P} shall provide all co-operation and information reasonably requested by the {A} so that the {A} can "
  "publish the Transparency Information and comply with any request made under the Freedom of Information Act "
  "2000 or the Environmental Information Regulations 2004.")
L("ES-07", "p2", "pass", "pass", "transfer Requests for Information and supply information within deadlines",
  "The {P} shall transfer to the {A} any Request for Information it receives within two Working Days and shall "
  "provide the {A} with any information it holds that the {A} needs to respond within five Working Days.")
L("ES-07", "p3", "pass", "pass", "quarterly Transparency Reports for publication",
  "The {P} shall provide the Transparency Reports to the {A} each quarter in a form suitable for publication "
  "on the {A}'s website.")
L("ES-07", "p4", "pass", "pass", "assist with FOISA and EIR (Scotland) obligations",
  "The {P} will assist the {A} in meeting its obligations under the Freedom of Information (Scotland) Act 2002 "
  "and the Environmental Information (Scotland) Regulations 2004, including by providing information it holds "
  "within five working days of a request.")
L("ES-07", "p5", "pass", "pass", "provide information for FOI Act 1982 (Cth) applications",
  "The {P} must provide the {A} with any information in its possession relating to this {Agr} which the {A} "
  "requests in order to respond to an application under the Freedom of Information Act 1982 (Cth).")
L("ES-07", "n1", "gap", "negated", "provider not required to assist with FOIA requests",
  "The {P} shall not be required to assist with any Freedom of Information Act request relating to this {Agr}.")
L("ES-07", "w1", "gap", "wrong-party", "acknowledgement of authority's FOIA duty only, no co-operation duty",
  "The {P} acknowledges that the {A} is subject to the Freedom of Information Act 2000 and the Environmental "
  "Information Regulations 2004.")
L("ES-07", "d1", "gap", "decoy", "confidentiality-only clause",
  "The {P} shall treat the terms of this {Agr} as confidential and shall not publish them.")
L("ES-07", "k1", "weak", "weak", "permissive: encouraged to publish performance information",
  "The {P} is encouraged to publish information about its performance of the Services on its website.")
L("ES-07", "k2", "weak", "weak", "reasonable endeavours to assist with RFIs",
  "The {P} shall use reasonable endeavours to assist the {A} with any Request for Information.")

# ---- ES-08 Monitoring and audit of ethics ----------------------------------
L("ES-08", "p1", "pass", "pass", "authority may audit ethical standards compliance; auditor access",
  "The {A} may audit the {P}'s compliance with its ethical standards obligations under this {Agr}, and the {P} "
  "shall allow any Auditor access to its premises, records and {St} for that purpose.")
L("ES-08", "p2", "pass", "pass", "ethical performance reviewed at contract review meetings",
  "The {P}'s ethical performance, including its compliance with {E}, shall be reviewed at each quarterly "
  "contract review meeting.")
L("ES-08", "p3", "pass", "pass", "authority may monitor ethical standards compliance incl. inspection",
  "The {A} may monitor the {P}'s compliance with the ethical standards in {E} by any means it reasonably "
  "considers appropriate, including unannounced inspection.")
L("ES-08", "n1", "gap", "negated", "audit rights expressly do not extend to ethics",
  "The {A}'s rights of audit under this {Agr} shall not apply to the {P}'s compliance with its ethical "
  "obligations.")
L("ES-08", "d1", "gap", "decoy", "financial-only audit",
  "The {A} may audit the {P}'s financial records relating to the Charges at any time during the Term and for "
  "six years afterwards.")
L("ES-08", "k1", "weak", "weak", "general audit right naming neither ethics nor ethics clauses",
  "The {P} shall allow the {A} and any Auditor access to its premises, records and {St} to audit its "
  "compliance with this {Agr}.")
L("ES-08", "k2", "weak", "weak", "general performance audit, ethics not named",
  "The {A} may carry out audits of the {P}'s performance of the Services on reasonable notice.")

# ---- ES-09 Remedies for ethical breach ---------------------------------------
L("ES-09", "p1", "pass", "pass", "replace staff whose acts caused breach of ethics clause",
  "The {P} shall replace any member of {St} whose acts or omissions have caused the {P} to breach {E}.")
L("ES-09", "p2", "pass", "pass", "termination where provider brings authority into disrepute / diminishes public trust",
  "The {A} may terminate this {Agr} with immediate effect by notice in writing if the {P} or its Affiliates "
  "embarrass or bring the {A} into disrepute or diminish the public trust in the {A}.")
L("ES-09", "p3", "pass", "pass", "rectification plan and termination for material/repeated breach of ethics clause",
  "Where the {P} breaches any of its obligations under {E}, the {A} may require the {P} to submit a "
  "Rectification Plan within ten Working Days and, if the breach is material or repeated, may terminate this "
  "{Agr} by written notice.")
L("ES-09", "d1", "gap", "decoy", "termination for convenience only",
  "The {A} may terminate this {Agr} at any time for convenience by giving the {P} not less than three months' "
  "written notice.", ("COI-02", "gap", "decoy", "termination for convenience, no conflict link"))
L("ES-09", "k1", "weak", "weak", "material-breach termination with no ethics link",
  "The {A} may terminate this {Agr} by written notice if the {P} commits a material breach of this {Agr} which "
  "is irremediable or is not remedied within 30 days of notice.")

# ---- ES-10 Assurance / certification -----------------------------------------
L("ES-10", "p1", "pass", "pass", "warranty of structures plus start and annual signed certificate of compliance",
  "The {P} warrants that it has in place, and will maintain throughout the Term, the structures and "
  "arrangements necessary to support the ethical standards in this {Agr}, and shall give the {A}, within 20 "
  "Working Days of the Commencement Date and annually afterwards, a certificate signed by a director confirming "
  "its compliance with those standards.")
L("ES-10", "p2", "pass", "pass", "board member for ethics and annual signed compliance statement",
  "The {P} shall nominate a board member with responsibility for ethics and shall submit to the {A} an annual "
  "compliance statement, signed by that board member, confirming that its arrangements supporting the ethical "
  "standards in {E} have operated effectively throughout the preceding Contract Year.")
L("ES-10", "p3", "pass", "pass", "annual ethics attestation; nominated ethics lead and supporting policies",
  "By 30 April in each year the {P} must give the {A} an ethics attestation signed by its chief executive "
  "confirming that it has complied with {E} and that it maintains a nominated ethics lead and the supporting "
  "policies.")
L("ES-10", "n1", "gap", "negated", "annual compliance statement expressly not required",
  "The {P} shall not be required to provide any annual compliance statement under this {Agr}.")
L("ES-10", "w1", "gap", "wrong-party", "certification duty on the authority only",
  "The {A}'s accounting officer shall certify annually that the {A} has effective arrangements to secure "
  "ethical standards in the services it commissions.")
L("ES-10", "d1", "gap", "decoy", "financial Self Audit Certificate only",
  "The {P} shall provide a Self Audit Certificate in respect of its financial records supporting the Charges "
  "within three months of the end of each Contract Year.")
L("ES-10", "k1", "weak", "weak", "structures-only warranty, no assurance/certificate",
  "The {P} warrants that it has in place, and will maintain, the structures and arrangements necessary to "
  "support ethical standards.")
L("ES-10", "k2", "weak", "weak", "one-topic (anti-bribery) certificate only",
  "Within 20 Working Days of the Commencement Date, and then annually, the {P} shall certify in writing to the "
  "{A} that it and its {St} have complied with the anti-bribery obligations in this Clause.")
L("ES-10", "k3", "weak", "weak", "permissive: may provide an annual statement",
  "The {P} may provide an annual statement to the {A} describing its approach to ethical standards.")

# ---- COI-01 Avoid and notify conflicts ---------------------------------------
L("COI-01", "p1", "pass", "pass", "avoid actual/potential conflict (provider and staff) and promptly notify",
  "The {P} shall take appropriate action to ensure that neither the {P} nor any of its {St} is placed in a "
  "position where there is or may be an actual or potential conflict between their pecuniary or personal "
  "interests and the duties owed to the {A} under this {Agr}, and shall promptly notify the {A} in writing "
  "with full details of any such conflict.")
L("COI-01", "p2", "pass", "pass", "must avoid actual, potential or perceived conflict and notify without delay",
  "The {P} must avoid any actual, potential or perceived conflict of interest in delivering the Services and "
  "must notify the {A} without delay if one arises.")
L("COI-01", "p3", "pass", "pass", "no conflicting personal/professional/financial interest; disclose immediately",
  "The {P} shall not, and shall ensure that its {St} do not, hold any personal, professional or financial "
  "interest, direct or indirect, which conflicts or may conflict with the proper performance of this {Agr}, "
  "and shall disclose any such interest to the {A} immediately upon becoming aware of it.")
L("COI-01", "n1", "gap", "negated", "conflicts clause disapplied",
  "Clause 32 (Conflict of Interest) of the Core Terms is disapplied for the purposes of this {Agr}.",
  ("COI-02", "gap", "negated", "conflicts clause (incl. termination) disapplied"))
L("COI-01", "w1", "gap", "wrong-party", "authority officers declare conflicts, not provider",
  "The {A} shall ensure that its officers involved in the award or management of this {Agr} declare any "
  "conflict of interest in accordance with the {A}'s own procedures.",
  ("COI-05", "gap", "wrong-party", "buyer-side officer declarations only"))
L("COI-01", "d1", "gap", "decoy", "precedence wording (conflict or inconsistency between documents)",
  "In the event of any conflict or inconsistency between the Clauses and the Schedules, the Clauses shall "
  "prevail.")
L("COI-01", "d2", "gap", "decoy", "provider notifies conflict between Specification and Tender (precedence)",
  "The {P} shall notify the {A} promptly of any conflict between the Specification and the {P}'s Tender.")
L("COI-01", "d3", "gap", "decoy", "'armed conflict' in force majeure definition",
  "**\"Force Majeure Event\"** means any event beyond the reasonable control of the affected Party, including "
  "acts of God, war, armed conflict, terrorism, riot, fire, flood or epidemic;")
L("COI-01", "d4", "gap", "decoy", "conflict of laws",
  "This {Agr} shall be governed by the laws of England and Wales, without regard to conflict of laws "
  "principles.")
L("COI-01", "d6", "weak", "definition-only", "Conflict of Interest only defined (definition-only = weak)",
  "**\"Conflict of Interest\"** means a conflict between the financial or personal duties of the {P} or its "
  "{St} and the duties owed to the {A} under this {Agr}, in the reasonable opinion of the {A};")
L("COI-01", "k1", "weak", "weak", "'should consider' / 'may notify' only",
  "The {P} should consider whether any conflict of interest arises in connection with the Services and may "
  "notify the {A} of it.")
L("COI-01", "k2", "weak", "weak", "reasonable endeavours to avoid conflicts",
  "The {P} shall use reasonable endeavours to avoid conflicts of interest.")

# ---- COI-02 Manage/mitigate, authority may direct or terminate -----------------
L("COI-02", "p1", "pass", "pass", "provider must manage/remove conflict as authority directs (mitigation plan)",
  "Where a conflict of interest arises, the {P} shall take such steps as the {A} may direct to manage or "
  "remove the conflict, including submitting a mitigation plan for the {A}'s approval.")
L("COI-02", "p2", "pass", "pass", "authority may terminate or take any necessary steps where conflict arises",
  "If a conflict of interest arises which, in the opinion of the {A}, cannot be adequately managed, the {A} may "
  "terminate this {Agr} immediately by written notice or take any other steps it thinks are necessary.")
L("COI-02", "p3", "pass", "pass", "authority may require removal of individual with unresolved conflict",
  "The {A} may require the removal from the Services of any individual who has a conflict of interest which "
  "has not been resolved to the {A}'s satisfaction.")
L("COI-02", "w1", "gap", "wrong-party", "authority manages its own officers' conflicts only",
  "The {A} shall manage any conflicts of interest of its own officers in accordance with its Standing Orders.")
L("COI-02", "k1", "weak", "weak", "permissive: provider may propose measures",
  "The {P} may propose measures to manage any conflict of interest which arises.")
L("COI-02", "k2", "weak", "weak", "'should consider' mitigation",
  "The {P} should consider how any conflict of interest might be mitigated.")

# ---- COI-03 Gifts and hospitality --------------------------------------------
L("COI-03", "p1", "pass", "pass", "no gifts or hospitality to authority officers or members",
  "The {P} shall not offer or give, and shall ensure that its {St} do not offer or give, any gift or "
  "hospitality to any officer or member of the {A} involved in the award or management of this {Agr}.")
L("COI-03", "p2", "pass", "pass", "gifts and hospitality register kept and provided",
  "The {P} shall maintain a gifts and hospitality register recording all gifts and hospitality offered to or "
  "received by its {St} in connection with the Services, and shall provide a copy to the {A} on request.")
L("COI-03", "p3", "pass", "pass", "record and refuse hospitality, gifts or inducements over threshold",
  "The {P} must record, and must refuse where their value exceeds £50, all hospitality, gifts or inducements "
  "offered to its {St} by any person seeking to influence the delivery of the Services.")
L("COI-03", "p4", "pass", "pass", "staff must not accept gifts/hospitality/sponsorship; declare nominal items",
  "{St} must not accept any gift, hospitality or sponsorship from {SU} or their families, other than items of "
  "nominal value, which must be declared to the {P}'s service manager.")
L("COI-03", "n1", "gap", "negated", "gifts register expressly not needed",
  "The {P} need not maintain a gifts and hospitality register for the purposes of this {Agr}.")
L("COI-03", "w1", "gap", "wrong-party", "authority officers declare gifts in authority register",
  "The {A}'s officers shall declare any gifts or hospitality offered by the {P} in the {A}'s Gifts and "
  "Hospitality Register.")
L("COI-03", "d1", "gap", "decoy", "catering 'Hospitality and Meetings' service line",
  "Service Line 4 (Hospitality and Meetings): the {P} shall provide tea, coffee and buffet lunches for meetings "
  "held in the Building when requested by the {A}.")
L("COI-03", "d2", "gap", "decoy", "Gift Aid",
  "The {P} shall claim Gift Aid on eligible donations received in connection with the Project where it is "
  "entitled to do so.")
L("COI-03", "k1", "weak", "weak", "permissive: encouraged to record gifts",
  "The {P} is encouraged to keep a record of any gifts and hospitality offered to its {St}.")
L("COI-03", "k2", "weak", "weak", "'should' only",
  "{St} should not normally accept gifts from {SU}.")

# ---- COI-04 Former office holders ----------------------------------------------
L("COI-04", "p1", "pass", "pass", "no engagement of former authority procurement staff within 24 months without consent",
  "The {P} shall not, without the {A}'s prior written consent, engage in connection with this {Agr} any person "
  "who within the preceding 24 months was employed by the {A} in a role connected with the procurement or "
  "management of this {Agr}.")
L("COI-04", "p2", "pass", "pass", "notify before engaging former officers/Ministers/Crown servants; Business Appointment Rules",
  "The {P} shall notify the {A} before engaging any former officer or member of the {A}, or any former Minister "
  "or Crown servant, to work on or lobby in connection with this {Agr} within two years of that person leaving "
  "office, and shall ensure that any conditions imposed under the Business Appointment Rules are complied with.")
L("COI-04", "p3", "pass", "pass", "disclose engagement of former authority employees within 2 years; no use of confidential info",
  "The {P} must tell the {A} in writing if it engages any former employee of the {A} who left the {A} within the "
  "last two years and who was involved with the Services, and must ensure that person makes no use of "
  "confidential information obtained in their former role.")
L("COI-04", "n1", "gap", "negated", "no duty to notify engagement of former employees",
  "The {P} is not required to notify the {A} of the engagement of any former employee of the {A}.")
L("COI-04", "w1", "gap", "wrong-party", "authority's own officers and Business Appointment Rules",
  "The {A} shall ensure that its own senior officers comply with the Business Appointment Rules on leaving the "
  "{A}'s employment.")
L("COI-04", "d1", "gap", "decoy", "TUPE transfer of former authority employees",
  "The {P} shall comply with the Transfer of Undertakings (Protection of Employment) Regulations 2006 in "
  "respect of any former employees of the {A} who transfer to the {P} on the Commencement Date.")
L("COI-04", "k1", "weak", "weak", "'should consider' Business Appointment Rules",
  "The {P} should consider the Business Appointment Rules before engaging any former Crown servant.")
L("COI-04", "k2", "weak", "weak", "permissive: may inform authority",
  "The {P} may inform the {A} if it engages a former officer of the {A}.")

# ---- COI-05 Declarations register ----------------------------------------------
L("COI-05", "p1", "pass", "pass", "NHS conflicts guidance; annual declarations or nil returns; register published",
  "The {P} shall ensure that all {St} comply with Managing Conflicts of Interest in the NHS, and shall obtain "
  "from each of its Decision-Making Staff a declaration of interests (or a nil declaration) on appointment and "
  "at least annually, keep those declarations in a register of interests, and publish that register on its "
  "website.")
L("COI-05", "p2", "pass", "pass", "register of interests; annual declaration or nil return; provided on request",
  "The {P} shall maintain a register of interests for its directors and Decision-Making Staff, shall obtain an "
  "annual declaration of interests or nil return from each of them, and shall provide the register to the {A} "
  "on request.")
L("COI-05", "p3", "pass", "pass", "declarations from decision-makers; publish names of those without declaration or nil return",
  "The {P} shall obtain a declaration of interest or nil return from each of its Decision-Making Staff every "
  "year and shall publish on its website the name and position of any Decision-Making Staff who have neither "
  "completed a declaration of interest nor submitted a nil return.")
L("COI-05", "n1", "gap", "negated", "register of interests expressly not required",
  "The {P} is not required to maintain a register of interests.")
L("COI-05", "w1", "gap", "wrong-party", "authority officers' s.117 notices only",
  "Officers of the {A} must give written notice of any pecuniary interest in this {Agr} in accordance with "
  "section 117 of the Local Government Act 1972.")
L("COI-05", "k1", "weak", "weak", "permissive: may keep a register",
  "The {P} may keep a register of interests for its Decision-Making Staff.")
L("COI-05", "k2", "weak", "weak", "'expects' only",
  "The {A} expects the {P}'s directors to complete an annual declaration of interests.")

# ---- COI-06 Procurement-stage disclosure ----------------------------------------
L("COI-06", "p1", "pass", "pass", "confirms disclosure of relationships with procurement staff; keep current",
  "The {P} confirms that it has disclosed to the {A} any relationship between the {P} (or any of its {St}) and "
  "any person involved in the procurement of this {Agr}, and shall promptly update that disclosure if "
  "circumstances change.")
L("COI-06", "p3", "pass", "pass", "confirms info for conflicts assessment (PA 2023 s.83), will update",
  "The {P} confirms that it has provided all information requested by the {A} for the purposes of the {A}'s "
  "conflicts assessment under section 83 of the Procurement Act 2023, and will inform the {A} of any change to "
  "that information during the Term.")
L("COI-06", "w1", "gap", "wrong-party", "authority's own conflicts assessment only",
  "The {A} has carried out a conflicts assessment in accordance with section 83 of the Procurement Act 2023.")
L("COI-06", "d1", "gap", "decoy", "exclusion-ground self-declaration (convictions only)",
  "The {P} confirms that neither it nor any of its directors has been convicted of any offence listed in "
  "Schedule 6 to the Procurement Act 2023 (mandatory exclusion grounds).")
L("COI-06", "k1", "weak", "weak", "permissive: encouraged to disclose relationships",
  "The {P} is encouraged to disclose any relationship it has with persons involved in the procurement of this "
  "{Agr}.")

# ---- CDM-01 Complaints procedure ---------------------------------------------
L("CDM-01", "p1", "pass", "pass", "complaints procedure for service users; 2009 Complaints Regulations",
  "The {P} shall establish and operate a complaints procedure to deal with complaints made by {SU} in relation "
  "to any matter reasonably connected with the provision of the Services, and shall comply with the Local "
  "Authority Social Services and National Health Service Complaints (England) Regulations 2009.")
L("CDM-01", "p2", "pass", "pass", "accessible, publicised complaints policy for service users",
  "The {P} must have a clear and accessible complaints policy for {SU}, must publicise it at the Premises and "
  "on its website, and must make it available in alternative formats on request.")
L("CDM-01", "p3", "pass", "pass", "free compliments, comments and complaints procedure meeting Regulation 16",
  "The {P} shall operate a compliments, comments and complaints procedure which is free of charge to {SU} and "
  "which meets the requirements of Regulation 16 of the Health and Social Care Act 2008 (Regulated Activities) "
  "Regulations 2014.")
L("CDM-01", "p4", "pass", "pass", "complaints handling procedure consistent with SPSO model",
  "The {P} shall operate a complaints handling procedure for {SU} that is consistent with the Model Complaints "
  "Handling Procedure published by the Scottish Public Services Ombudsman.")
L("CDM-01", "n1", "gap", "negated", "provider not required to run its own procedure; authority handles complaints",
  "The {P} is not required to operate its own complaints procedure, and all complaints from {SU} shall be "
  "handled by the {A} under the {A}'s Corporate Complaints Procedure.")
L("CDM-01", "w1", "gap", "wrong-party", "service users complain to the authority's procedure",
  "{SU} may complain about the Services to the {A} under the {A}'s Corporate Complaints Procedure.")
L("CDM-01", "d1", "gap", "decoy", "'Complaint' defined as authority's complaint about provider performance",
  "**\"Complaint\"** means any formal complaint raised by the {A} in relation to the performance of this {Agr} "
  "by the {P};")
L("CDM-01", "d2", "gap", "decoy", "data-protection request, complaint or communication",
  "The {P} shall notify the {A} within 48 hours if it receives any request, complaint or communication "
  "relating to either Party's obligations under the Data Protection Legislation.")
L("CDM-01", "d3", "gap", "decoy", "staff grievance procedure only",
  "The {P} shall operate a grievance procedure for its {St} in line with the Acas Code of Practice on "
  "Disciplinary and Grievance Procedures.", ("ES-02", "gap", "decoy", "Acas code of practice, not a conduct code"))
L("CDM-01", "k1", "weak", "weak", "'should' have a complaints procedure",
  "The {P} should have a complaints procedure for {SU}.")
L("CDM-01", "k2", "weak", "weak", "'is expected to' deal with complaints",
  "The {P} is expected to deal with complaints from {SU} fairly and promptly.")

# ---- CDM-02 Complaint reporting ------------------------------------------------
L("CDM-02", "p1", "pass", "pass", "quarterly complaints return: received, upheld, partially/not upheld, actions",
  "The {P} shall submit to the {A} a quarterly complaints return within 15 Working Days of the end of each "
  "quarter, showing the number of complaints received, upheld, partially upheld and not upheld, and the action "
  "taken.")
L("CDM-02", "p2", "pass", "pass", "complaints and actions in each monthly performance report",
  "The {P} shall include in each Monthly Performance Report details of all complaints received from {SU} and "
  "the action taken in response.")
L("CDM-02", "p3", "pass", "pass", "KO41a complaints return submitted annually and copied to commissioner",
  "The {P} shall complete and submit the KO41a complaints return for the Services annually and shall copy it "
  "to the {A}.")
L("CDM-02", "n1", "gap", "negated", "complaints expressly excluded from reporting",
  "The {P} shall not be required to report complaints to the {A} as part of the Monthly Performance Report.")
L("CDM-02", "d1", "gap", "decoy", "incident reporting without complaints",
  "The {P} shall report all serious incidents to the {A} within 24 hours of becoming aware of them.")
L("CDM-02", "k1", "weak", "weak", "complaint details on request only",
  "The {P} shall provide details of complaints received to the {A} on request.")

# ---- CDM-03 Satisfaction data ------------------------------------------------
L("CDM-03", "p1", "pass", "pass", "annual service-user satisfaction survey reported to authority",
  "The {P} shall conduct a satisfaction survey of {SU} at least once a year, in a form approved by the {A}, "
  "and shall report the results to the {A} within one month of completing it.")
L("CDM-03", "p2", "pass", "pass", "Friends and Family Test reported monthly",
  "The {P} shall implement the Friends and Family Test for the Services and shall report the results to the "
  "{A} monthly.")
L("CDM-03", "p3", "pass", "pass", "collect service-user feedback; share summary quarterly",
  "The {P} will collect feedback from {SU} on their experience of the Services at the end of each episode of "
  "support and will share a summary of that feedback with the {A} at each quarterly review meeting.")
L("CDM-03", "n1", "gap", "negated", "surveys expressly not required",
  "The {P} shall not be required to carry out customer satisfaction surveys.")
L("CDM-03", "d1", "gap", "decoy", "staff-only survey",
  "The {P} shall carry out an annual survey of its {St} and shall share the anonymised results with the {A}.")
L("CDM-03", "k1", "weak", "weak", "permissive: may conduct surveys",
  "The {P} may conduct customer satisfaction surveys from time to time.")
L("CDM-03", "k2", "weak", "weak", "permissive: encouraged to seek feedback",
  "The {P} is encouraged to seek feedback from {SU}.")

# ---- CDM-04 Ombudsman -----------------------------------------------------------
L("CDM-04", "p1", "pass", "pass", "co-operate with authority and LGSCO; implement recommendations",
  "The {P} shall co-operate fully with the {A} and with the Local Government and Social Care Ombudsman in the "
  "investigation of any complaint about the Services, including by answering questions, providing information "
  "and attending meetings, and shall implement any recommendation made by the Ombudsman.")
L("CDM-04", "p2", "pass", "pass", "co-operate with PHSO; comply with accepted recommendations",
  "The {P} shall co-operate with the Parliamentary and Health Service Ombudsman in any investigation relating "
  "to the Services and shall comply with any recommendation accepted by the {A}.")
L("CDM-04", "p3", "pass", "pass", "co-operate with Public Services Ombudsman for Wales; implement remedies",
  "The {P} shall co-operate with any investigation by the Public Services Ombudsman for Wales and shall "
  "implement any remedy agreed between the Ombudsman and the {A}.")
L("CDM-04", "p4", "pass", "pass", "co-operate with SPSO; implement recommendations",
  "The {P} shall co-operate with the Scottish Public Services Ombudsman (SPSO) in the investigation of any "
  "complaint about the Services and shall implement any recommendation the SPSO makes.")
L("CDM-04", "n1", "gap", "negated", "provider not obliged to implement Ombudsman recommendations",
  "The {P} shall not be obliged to co-operate with, or to implement any recommendation of, the Ombudsman "
  "unless it agrees to do so.")
L("CDM-04", "w1", "gap", "wrong-party", "service users' right to go to Ombudsman; no provider duty",
  "{SU} who remain dissatisfied with the {A}'s final response may refer their complaint to the Local "
  "Government and Social Care Ombudsman.")
L("CDM-04", "d1", "gap", "decoy", "dispute resolution between the parties (CEDR mediation)",
  "Any dispute between the Parties shall first be referred to mediation in accordance with the CEDR Model "
  "Mediation Procedure.")
L("CDM-04", "k1", "weak", "weak", "'should' co-operate with the Ombudsman",
  "The {P} should co-operate with any Ombudsman investigation relating to the Services.")
L("CDM-04", "k2", "weak", "weak", "reasonable endeavours to assist Ombudsman",
  "The {P} shall use reasonable endeavours to assist the Ombudsman with any investigation.")

# ---- CDM-05 Learning from complaints -------------------------------------------
L("CDM-05", "p1", "pass", "pass", "investigate cause and action plan when satisfaction below agreed level",
  "Where the results of any satisfaction survey fall below the agreed satisfaction level, the {P} shall "
  "investigate the cause and produce an action plan for the {A}'s approval within 20 Working Days.")
L("CDM-05", "p2", "pass", "pass", "quarterly analysis for trends, root causes, lessons learned; actions agreed",
  "The {P} shall analyse complaints each quarter to identify trends, root causes and lessons learned, and "
  "shall agree with the {A} any actions needed to improve the Services.")
L("CDM-05", "p3", "pass", "pass", "annual learning from complaints report with themes and actions",
  "The {P} must produce an annual learning from complaints report describing themes, actions taken and the "
  "changes made to the Services, and must give a copy to the {A}.")
L("CDM-05", "d2", "gap", "decoy", "staff-survey analysis only",
  "The {P} shall analyse the results of its annual {St} survey and shall agree an action plan with its "
  "recognised trade union.")
L("CDM-05", "k1", "weak", "weak", "permissive: encouraged to review complaints for lessons learned",
  "The {P} is encouraged to review complaints for lessons learned.")
L("CDM-05", "k2", "weak", "weak", "'should consider' an action plan",
  "The {P} should consider producing an action plan where satisfaction falls below the agreed level.")

# ---- CDM-06 Timescales -------------------------------------------------------
L("CDM-06", "p1", "pass", "pass", "acknowledge in 3 Working Days; respond in 20 or agreed; explain delay",
  "The {P} shall acknowledge every complaint within three Working Days of receipt and shall send a full "
  "written response within 20 Working Days, or such longer period as is agreed with the complainant, "
  "explaining the reasons for any delay.")
L("CDM-06", "p2", "pass", "pass", "acknowledge in 3 working days; respond within six months unless agreed",
  "The {P} must acknowledge complaints within 3 working days and must respond within six months of receipt "
  "unless a longer period is agreed with the complainant.")
L("CDM-06", "p3", "pass", "pass", "stage 1 in 5 working days, stage 2 acknowledged in 3 and answered in 20",
  "The {P} shall respond to frontline (stage 1) complaints within five working days and shall acknowledge "
  "investigation (stage 2) complaints within three working days and respond to them within 20 working days.")
L("CDM-06", "d1", "gap", "decoy", "timescale for authority's queries only",
  "The {P} shall respond to any query from the {A}'s Contract Manager within five Working Days.")
L("CDM-06", "d2", "gap", "decoy", "payment terms timescale only",
  "The {A} shall pay each valid and undisputed invoice within 30 days of receipt.")
L("CDM-06", "d3", "gap", "disabled", "timescales left as [insert] placeholders",
  "The {P} shall acknowledge complaints within [insert number] Working Days and respond within [insert number] "
  "Working Days.")
L("CDM-06", "k1", "weak", "weak", "'should aim' only",
  "The {P} should aim to acknowledge complaints within three Working Days.")

# Library clauses whose wording touches another rule's topic: only use them where
# the other rule passes anyway (so the touch cannot change that rule's verdict).
REQUIRES = {
    ("ES-03", "p1"): ["ES-01"], ("ES-03", "p2"): ["ES-02"], ("ES-03", "p3"): ["ES-01"],
    ("ES-03", "p4"): ["ES-06"], ("ES-03", "k3"): ["ES-02"],
    ("ES-04", "p1"): ["ES-02", "COI-01", "ES-06"], ("ES-04", "p4"): ["ES-05"],
    ("ES-06", "p3"): ["COI-03"], ("COI-02", "p2"): ["ES-09"], ("COI-02", "p3"): ["ES-09"], ("COI-03", "p3"): ["ES-06"],
    ("ES-10", "k2"): ["ES-06"], ("COI-05", "p1"): ["COI-01"], ("COI-06", "p3"): ["COI-01"],
    ("CDM-01", "p4"): ["CDM-04"], ("CDM-04", "p1"): ["CDM-01"], ("CDM-04", "p4"): ["CDM-01"],
    ("CDM-05", "p1"): ["CDM-03"], ("CDM-05", "p2"): ["CDM-02"], ("CDM-05", "p3"): ["CDM-02"],
    ("CDM-06", "p1"): ["CDM-01"], ("CDM-06", "p2"): ["CDM-01"], ("CDM-06", "p3"): ["CDM-01"],
    ("CDM-06", "d3"): ["CDM-01"],
}


def ctx(**kw):
    base = dict(Agr="Contract", St="Staff", SU="Service Users", E="Clause 8 (Ethical Standards)")
    base.update(kw)
    return base


def parties(d, a_full, a_desc, p_full, p_desc, date, lead="THIS CONTRACT is dated"):
    d.p("%s %s" % (lead, date))
    d.p("BETWEEN:")
    d.p("(1) %s, %s (the \"{A}\"); and" % (a_full, a_desc))
    d.p("(2) %s, %s (the \"{P}\")." % (p_full, p_desc))


def signatures(d, a_full, p_full, a_role="Director of Commissioning", p_role="Director"):
    d.p("Signed for and on behalf of %s" % a_full, style="sig")
    d.p("Signature: ............................  Name: ............................  Position: %s" % a_role,
        style="sig")
    d.p("Date: ....................", style="sig")
    d.p("Signed for and on behalf of %s" % p_full, style="sig")
    d.p("Signature: ............................  Name: ............................  Position: %s" % p_role,
        style="sig")
    d.p("Date: ....................", style="sig")


DOCS = []


def register(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# TXT contracts
# ===========================================================================
@register
def t01():
    d = Doc("t01_hartshire_homecare", "txt", ctx(P="Provider", A="Council", E="Clause 6 (Ethical Standards)"),
            "Hartshire County Council - Home Care and Support Services Contract", wrap=88)
    d.title_("Hartshire County Council - Contract for the Provision of Home Care and Support Services "
             "(Lot 3: North Hartshire)")
    d.p("Contract reference: HCC/ASC/2024/117")
    parties(d, "HARTSHIRE COUNTY COUNCIL", "of County Hall, Market Street, Hartford HT1 2AB",
            "BRIGHTWELL HOME CARE LIMITED", "a company registered in England and Wales (company number "
            "08812345) whose registered office is at Unit 4, Kestrel Court, Hartford HT4 9QP", "3 June 2024")
    d.h(1, "Background")
    d.p("(A) The Council has duties under the Care Act 2014 to meet the eligible care and support needs of "
        "adults in its area.")
    d.p("(B) Following an open procurement procedure the Council has appointed the Provider to deliver home "
        "care and support services in Lot 3 on the terms of this Contract.")
    d.h(1, "1. Definitions and interpretation")
    d.p("1.1 In this Contract the following words have the following meanings:")
    d.p("\"Commencement Date\" means 1 July 2024;")
    d.c("COI-01", "d3")
    d.p("\"Service Users\" means adults assessed by the Council as eligible for home care and referred to the "
        "Provider under this Contract;")
    d.c("ES-05", "d4")
    d.p("\"Staff\" means all persons employed or engaged by the Provider (including agency workers and "
        "volunteers) in the delivery of the Services;")
    d.p("\"Working Day\" means any day other than a Saturday, Sunday or public holiday in England.")
    d.c("COI-01", "d1", "1.2")
    d.h(1, "2. Term")
    d.p("2.1 This Contract starts on the Commencement Date and continues for three years unless terminated "
        "earlier in accordance with Clause 13. The Council may extend it once by up to two years by giving "
        "at least three months' notice.")
    d.h(1, "3. The Services")
    d.p("3.1 The Provider shall provide the Services to each Service User in accordance with the "
        "Specification in Schedule 1, the Service User's care and support plan and the fundamental standards "
        "of the Care Quality Commission.")
    d.c("ES-04", "k1", "3.2")
    d.h(1, "4. Charges and payment")
    d.p("4.1 The Council shall pay the Provider the hourly rates set out in Schedule 2 for care delivered "
        "and recorded on the Council's electronic call monitoring system.")
    d.c("CDM-06", "d2", "4.2")
    d.h(1, "5. Staff")
    d.p("5.1 The Provider shall ensure that every member of Staff has an enhanced Disclosure and Barring "
        "Service check before working unsupervised with Service Users.")
    d.c("COI-04", "d1", "5.2")
    d.h(1, "6. Ethical standards")
    d.c("ES-01", "p1", "6.1")
    d.c("ES-02", "p3", "6.2")
    d.c("ES-03", "p1", "6.3")
    d.c("COI-03", "k1", "6.4")
    d.c("ES-10", "p1", "6.5")
    d.h(1, "7. Whistleblowing")
    d.c("ES-05", "p1", "7.1")
    d.h(1, "8. Prevention of bribery")
    d.c("ES-06", "p2", "8.1")
    d.p("8.2 The Provider shall notify the Council immediately if it becomes aware of any breach of "
        "Clause 8.1.")
    d.h(1, "9. Freedom of information and confidentiality")
    d.c("ES-07", "w1", "9.1")
    d.p("9.2 The Council shall decide in its absolute discretion whether any information is exempt from "
        "disclosure.")
    d.h(1, "10. Complaints")
    d.c("CDM-01", "p1", "10.1")
    d.c("CDM-06", "p1", "10.2")
    d.c("CDM-04", "p1", "10.3")
    d.c("CDM-02", "p1", "10.4")
    d.c("CDM-05", "p1", "10.5")
    d.h(1, "11. Service user feedback")
    d.c("CDM-03", "p1", "11.1")
    d.h(1, "12. Records and audit")
    d.p("12.1 The Provider shall keep full and accurate records of the Services for six years after the end "
        "of this Contract.")
    d.c("ES-08", "k1", "12.2")
    d.h(1, "13. Termination")
    d.c("ES-09", "k1", "13.1")
    d.c("ES-09", "d1", "13.2")
    d.h(1, "14. General")
    d.c("ES-03", "d3", "14.1")
    d.c("COI-01", "d4", "14.2")
    d.p("This Contract has been entered into on the date stated at the beginning of it.")
    signatures(d, "Hartshire County Council", "Brightwell Home Care Limited",
               "Head of Adult Social Care Commissioning", "Managing Director")
    d.h(1, "Schedule 6 - Council's Supplier Code of Conduct")
    d.p("The Council's Supplier Code of Conduct (version 3, April 2024) is incorporated by reference and is "
        "published at www.hartshire.gov.uk/suppliercode.")
    return d


@register
def t02():
    d = Doc("t02_northmoor_icb_podiatry", "txt",
            ctx(P="Provider", A="Commissioner", E="Service Condition 4 (Standards of Conduct)"),
            "NHS Northmoor ICB - Community Podiatry Services Contract (extract)")
    d.title_("NHS Standard Contract 2024/25 (Shorter Form) - Community Podiatry Services - Particulars and "
             "Local Service Conditions (extract)")
    d.p("This Contract is made between (1) NHS NORTHMOOR INTEGRATED CARE BOARD of Riverside House, "
        "Northmoor NM2 4RT (the \"Commissioner\") and (2) VALEBRIDGE COMMUNITY HEALTH CIC, a community "
        "interest company (number 10455678) of 22 Mill Lane, Valebridge NM7 1BB (the \"Provider\").")
    d.p("Contract reference: NICB-CH-0412. Expected Service Commencement Date: 1 October 2024. Expiry "
        "Date: 30 September 2027.")
    d.h(1, "Part A - Definitions")
    d.c("COI-01", "d6")
    d.c("ES-06", "d2")
    d.p("\"Service Users\" means patients registered with a GP practice in the Commissioner's area who are "
        "referred to the Services;")
    d.p("\"Staff\" means all persons employed or engaged by the Provider or any Sub-contractor in the "
        "provision of the Services.")
    d.h(1, "Part B - Service Conditions")
    d.h(2, "SC1 Services")
    d.p("SC1.1 The Provider shall provide the Services described in Schedule 2A (Service Specification) "
        "from the Expected Service Commencement Date, including home visits for housebound Service Users.")
    d.h(2, "SC2 Staff")
    d.p("SC2.1 The Provider shall ensure that all clinical Staff are registered with the Health and Care "
        "Professions Council.")
    d.c("ES-04", "p4", "SC2.2")
    d.h(2, "SC3 Freedom to speak up")
    d.c("ES-05", "p4", "SC3.1")
    d.h(2, "SC4 Standards of conduct")
    d.c("ES-01", "k2", "SC4.1")
    d.h(2, "SC5 Counter-fraud and bribery")
    d.c("ES-06", "p1", "SC5.1")
    d.p("SC5.2 The Provider shall put in place and maintain appropriate counter-fraud and security "
        "management arrangements having regard to NHS Counter Fraud Authority requirements.")
    d.h(2, "SC6 Conflicts of interest")
    d.c("COI-01", "p1", "SC6.1")
    d.c("COI-02", "p1", "SC6.2")
    d.c("COI-05", "p1", "SC6.3")
    d.h(2, "SC7 Transparency")
    d.c("ES-07", "p1", "SC7.1")
    d.h(2, "SC8 Complaints")
    d.c("CDM-01", "p1", "SC8.1")
    d.c("CDM-06", "p2", "SC8.2")
    d.c("CDM-04", "p2", "SC8.3")
    d.c("CDM-02", "p3", "SC8.4")
    d.c("CDM-05", "p2", "SC8.5")
    d.h(2, "SC9 Patient experience")
    d.c("CDM-03", "p2", "SC9.1")
    d.h(2, "SC10 Sub-contracting")
    d.c("ES-03", "d4", "SC10.1")
    d.h(2, "SC11 Termination")
    d.c("ES-09", "d1", "SC11.1")
    d.p("IN WITNESS of which the Parties have signed this Contract on the dates shown below.")
    signatures(d, "NHS Northmoor Integrated Care Board", "Valebridge Community Health CIC",
               "Chief Finance Officer", "Chief Executive")
    return d


@register
def t03():
    d = Doc("t03_strathmorven_housing_support", "txt",
            ctx(P="Service Provider", A="Council", SU="service users", E="Clause 8 (Conduct)"),
            "Strathmorven Council - Housing Support Services Contract", wrap=80)
    d.title_("Strathmorven Council - Contract for Housing Support and Homelessness Prevention Services")
    d.p("This Contract is made between (1) STRATHMORVEN COUNCIL, a local authority constituted under the "
        "Local Government etc. (Scotland) Act 1994, having its principal office at Council Buildings, "
        "Harbour Road, Port Morven PM1 3XY (the \"Council\") and (2) HARBOUR LIGHT HOUSING SUPPORT, a "
        "Scottish charitable incorporated organisation (SC049876) of 8 Quay Street, Port Morven PM1 2QA "
        "(the \"Service Provider\").")
    d.h(1, "1. Interpretation")
    d.p("1.1 In this Contract \"service users\" means people who are homeless or threatened with "
        "homelessness and are referred to the Service Provider by the Council's housing options team; "
        "\"Staff\" means the employees, volunteers and agency workers of the Service Provider engaged in the "
        "Services; and \"working day\" means a day other than a Saturday, Sunday or public holiday in "
        "Scotland.")
    d.h(1, "2. Duration")
    d.p("2.1 This Contract runs from 1 April 2024 to 31 March 2027.")
    d.h(1, "3. Services")
    d.p("3.1 The Service Provider shall deliver visiting housing support to up to 140 households at any "
        "one time in accordance with the Service Specification in Schedule 1 and the National Health and "
        "Social Care Standards.")
    d.c("ES-03", "d3", "3.2")
    d.h(1, "4. Price and payment")
    d.p("4.1 The Council shall pay the annual contract price of £612,000 in twelve equal monthly "
        "instalments in arrears.")
    d.h(1, "5. Confidentiality and publicity")
    d.c("ES-05", "d3", "5.1")
    d.c("ES-05", "d2", "5.2")
    d.h(1, "6. Freedom of information")
    d.c("ES-07", "p4", "6.1")
    d.h(1, "7. Fraud and corruption")
    d.c("ES-06", "p3", "7.1")
    d.h(1, "8. Conduct")
    d.c("ES-01", "n1", "8.1")
    d.c("ES-02", "p4", "8.2")
    d.c("ES-04", "p2", "8.3")
    d.c("COI-03", "p4", "8.4")
    d.c("COI-05", "k1", "8.5")
    d.c("COI-06", "k1", "8.6")
    d.c("ES-10", "k1", "8.7")
    d.h(1, "9. Conflicts")
    d.c("COI-01", "d2", "9.1")
    d.c("COI-02", "p2", "9.2")
    d.h(1, "10. Complaints")
    d.c("CDM-01", "p4", "10.1")
    d.c("CDM-06", "p3", "10.2")
    d.c("CDM-04", "p4", "10.3")
    d.c("CDM-02", "k1", "10.4")
    d.c("CDM-05", "k1", "10.5")
    d.h(1, "11. Monitoring")
    d.p("11.1 The Service Provider shall attend quarterly contract monitoring meetings with the Council and "
        "shall provide the outcome data listed in Schedule 3.")
    d.c("ES-08", "p3", "11.2")
    d.h(1, "12. Remedies")
    d.c("ES-09", "p3", "12.1")
    d.h(1, "13. Law")
    d.p("13.1 This Contract is governed by the law of Scotland and the parties submit to the exclusive "
        "jurisdiction of the Scottish courts.")
    d.p("IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as "
        "follows:")
    signatures(d, "Strathmorven Council", "Harbour Light Housing Support", "Chief Officer, Housing",
               "Chair of Trustees")
    return d


@register
def t04():
    d = Doc("t04_dyffryn_youth_grant", "txt",
            ctx(P="Grantee", A="Funder", Agr="Agreement", E="Clause 7 (Conduct)"),
            "Dyffryn County Borough Council - Youth Project Grant Agreement")
    d.title_("Grant Agreement - Dyffryn County Borough Council Youth Inclusion Fund 2024-2026")
    d.p("THIS AGREEMENT is made on 15 May 2024 between (1) DYFFRYN COUNTY BOROUGH COUNCIL of Civic Centre, "
        "Heol y Bont, Dyffryn CF99 1AA (the \"Funder\") and (2) CWM ARIAN YOUTH PROJECT, a charitable "
        "incorporated organisation (registered charity 1187654) of The Old Chapel, Stryd Fawr, Cwm Arian "
        "CF98 3JJ (the \"Grantee\").")
    d.h(1, "1. Definitions")
    d.p("In this Agreement: \"Grant\" means the sum of £148,500 payable under Clause 3; \"Project\" means the "
        "detached youth work project described in the Grantee's application dated 12 January 2024; "
        "\"Service Users\" means the young people aged 11 to 25 who take part in the Project; and \"Staff\" "
        "means the Grantee's employees, sessional workers and volunteers working on the Project.")
    d.h(1, "2. Purpose")
    d.p("2.1 The Grantee shall use the Grant only for the Project and in accordance with the approved budget "
        "in Schedule 1.")
    d.h(1, "3. Payment of the Grant")
    d.p("3.1 The Funder will pay the Grant in quarterly instalments in advance, subject to receipt of "
        "satisfactory monitoring returns.")
    d.c("COI-03", "d2", "3.2")
    d.h(1, "4. Monitoring and evaluation")
    d.p("4.1 The Grantee shall submit a monitoring return each quarter showing attendance, outcomes achieved "
        "and expenditure against budget.")
    d.c("CDM-03", "p3", "4.2")
    d.c("ES-08", "k2", "4.3")
    d.h(1, "5. Publicity and information")
    d.p("5.1 The Grantee shall acknowledge the Funder's support in all publicity about the Project, in Welsh "
        "and English.")
    d.c("ES-07", "k1", "5.2")
    d.h(1, "6. Safeguarding")
    d.p("6.1 The Grantee shall comply with the Wales Safeguarding Procedures and shall have a designated "
        "safeguarding lead.")
    d.h(1, "7. Conduct")
    d.c("ES-01", "p2", "7.1")
    d.c("ES-02", "k2", "7.2")
    d.c("ES-05", "p3", "7.3")
    d.c("ES-06", "k1", "7.4")
    d.c("COI-01", "p2", "7.5")
    d.h(1, "8. Complaints")
    d.c("CDM-01", "p2", "8.1")
    d.c("CDM-04", "p3", "8.2")
    d.h(1, "9. Withholding and repayment of the Grant")
    d.p("9.1 The Funder may withhold or suspend payment of the Grant, or require repayment of all or part of "
        "it, if the Grantee uses the Grant for purposes other than the Project.")
    d.c("ES-09", "p2", "9.2")
    d.c("ES-09", "k1", "9.3")
    d.h(1, "10. General")
    d.p("10.1 This Agreement is governed by the law of England and Wales as applied in Wales.")
    signatures(d, "Dyffryn County Borough Council", "Cwm Arian Youth Project", "Head of Communities",
               "Chair of Trustees")
    return d


@register
def t05():
    d = Doc("t05_eastbridge_community_transport", "txt", ctx(P="Operator", A="Council", Agr="agreement"),
            "Eastbridge Borough Council - Community Transport Agreement (plain English)")
    d.title_("Community Transport Agreement")
    d.p("This agreement is between (1) Eastbridge Borough Council, Town Hall, Eastbridge EB1 1TH (\"we\", "
        "\"us\", \"our\" or the \"Council\") and (2) Eastbridge Dial-a-Ride Limited, company number 04567123, "
        "of The Depot, Canal Road, Eastbridge EB3 5DR (\"you\", \"your\" or the \"Operator\").")
    d.p("It starts on 1 September 2024 and ends on 31 August 2026.")
    d.h(1, "1. What this agreement is about")
    d.p("1.1 You will run a door-to-door minibus service for residents of Eastbridge who cannot use ordinary "
        "buses (the \"Service\"). The Service is described in Schedule 1.")
    d.p("1.2 In this agreement \"your Staff\" means your drivers, passenger assistants, office staff and "
        "volunteers, and \"passengers\" means the members of the public who use the Service.")
    d.h(1, "2. What we will pay")
    d.p("2.1 We will pay you £18,250 each month. You must send us an invoice at the end of each month and we "
        "will pay it within 30 days.", [("CDM-06", "gap", "decoy", "payment timescale only")])
    d.h(1, "3. How you must behave")
    d.p("3.1 You must make sure that you and your Staff follow the Seven Principles of Public Life (the Nolan "
        "Principles) when you provide the Service.",
        [("ES-01", "pass", "you-form", "you and your Staff must follow the Seven Principles")])
    d.p("3.2 Our own employees must follow our Employee Code of Conduct when they deal with you.",
        [("ES-02", "gap", "wrong-party", "council's employee code only")])
    d.p("3.3 You should give your Staff training in ethics and in how to treat passengers with respect.",
        [("ES-04", "weak", "weak", "'should' only")])
    d.p("3.4 You and your Staff must not offer or accept bribes, and you must have adequate procedures in "
        "place to prevent bribery, as required by the Bribery Act 2010.",
        [("ES-06", "pass", "you-form", "you and your Staff must not offer or accept bribes; adequate procedures")])
    d.p("3.5 You and your Staff must not give gifts or hospitality to any of our councillors or officers.",
        [("COI-03", "pass", "you-form", "no gifts or hospitality to councillors or officers")])
    d.p("3.6 We will make sure that none of our officers who manage this agreement has a conflict of "
        "interest with you.", [("COI-01", "gap", "wrong-party", "council's own officers only")])
    d.h(1, "4. Speaking up")
    d.p("4.1 You must have a whistleblowing policy that lets your Staff raise concerns with us in "
        "confidence, and you must not treat anyone badly because they raised a concern in good faith.",
        [("ES-05", "pass", "you-form", "whistleblowing policy; concerns to council; no detriment")])
    d.h(1, "5. Information")
    d.p("5.1 If we receive a request under the Freedom of Information Act 2000 about this agreement, you must "
        "give us any information we ask for within five working days.",
        [("ES-07", "pass", "you-form", "FOIA information within five working days")])
    d.p("5.2 We may audit your records relating to this agreement at any reasonable time.",
        [("ES-08", "weak", "weak", "general audit right, ethics not named")])
    d.h(1, "6. Complaints and feedback")
    d.p("6.1 As the Operator, you must have a complaints procedure for passengers and other members of the "
        "public, and you must tell passengers about it on your vehicles and your website.",
        [("CDM-01", "pass", "you-form", "operator complaints procedure for passengers/public, publicised")])
    d.p("6.2 You must acknowledge a complaint within 3 working days and give a full reply within 15 working "
        "days.", [("CDM-06", "pass", "you-form", "acknowledge in 3, reply in 15 working days")])
    d.p("6.3 Every three months you must send us a report showing how many complaints you received, how many "
        "you upheld and what you did about them.",
        [("CDM-02", "pass", "you-form", "quarterly complaints report: received, upheld, action")])
    d.p("6.4 You may ask passengers what they think of the Service.",
        [("CDM-03", "weak", "weak", "permissive: may ask passengers")])
    d.p("6.5 If passengers are unhappy with how a complaint has been handled they can ask us to review it, "
        "and after that they can contact the Local Government and Social Care Ombudsman.",
        [("CDM-04", "gap", "wrong-party", "passengers' right only; no operator duty to co-operate")])
    d.h(1, "7. Ending this agreement")
    d.p("7.1 We may end this agreement if you seriously break it (a \"material breach\") and do not put "
        "things right within 30 days of us asking you to.",
        [("ES-09", "weak", "weak", "material-breach termination, no ethics link")])
    d.h(1, "8. Disagreements")
    d.p("8.1 If you and we disagree about this agreement, we will first try to sort it out by talking, and "
        "then by mediation.", [("CDM-04", "gap", "decoy", "dispute resolution between the parties")])
    d.p("Signed for Eastbridge Borough Council: ....................  (Head of Transport)")
    d.p("Signed for Eastbridge Dial-a-Ride Limited: ....................  (Director)")
    return d


@register
def t06():
    d = Doc("t06_vic_evaluation_consultancy", "txt",
            ctx(P="Consultant", A="Customer", St="Consultant Personnel", SU="members of the public",
                Agr="Agreement", E="clause 9 (Probity)"),
            "Department of Community Inclusion - Evaluation Services Consultancy Agreement", wrap=90)
    d.title_("Consultancy Services Agreement - Evaluation of the Community Connections Program")
    d.p("This Agreement is made on 22 July 2024 between (1) THE STATE OF VICTORIA acting through the "
        "DEPARTMENT OF COMMUNITY INCLUSION (ABN 11 222 333 444) of 50 Lonsdale Street, Melbourne VIC 3000 "
        "(the \"Customer\"); and (2) SOUTHERN CROSS EVALUATION PARTNERS PTY LTD (ACN 612 345 678) of Level 9, "
        "120 Collins Street, Melbourne VIC 3000 (the \"Consultant\").")
    d.h(1, "1. Definitions")
    d.p("1.1 \"Consultant Personnel\" means the Consultant's officers, employees, contractors and agents who "
        "perform the Services. \"Customer Data\" means all data provided by the Customer or collected by the "
        "Consultant in performing the Services. \"Services\" means the evaluation services in Schedule 1.")
    d.h(1, "2. Services")
    d.p("2.1 The Consultant must perform the Services with due care and skill and deliver the Deliverables "
        "by the dates in Schedule 2.")
    d.c("ES-04", "d2", "2.2")
    d.h(1, "3. Fees")
    d.p("3.1 The Customer will pay the Fees in Schedule 3 within 30 days of receiving a correctly rendered "
        "tax invoice.")
    d.h(1, "4. Customer Data")
    d.c("ES-01", "d1", "4.1")
    d.h(1, "5. Subcontracting")
    d.p("5.1 The Consultant must not subcontract any part of the Services without the Customer's prior "
        "written approval.")
    d.c("ES-03", "p2", "5.2")
    d.h(1, "6. Conflict of interest")
    d.c("COI-06", "p1", "6.1")
    d.c("COI-01", "p3", "6.2")
    d.c("COI-02", "p1", "6.3")
    d.c("COI-04", "p3", "6.4")
    d.h(1, "7. Freedom of information")
    d.c("ES-07", "p5", "7.1")
    d.h(1, "8. Audit")
    d.c("ES-08", "k1", "8.1")
    d.h(1, "9. Probity")
    d.c("ES-02", "p3", "9.1")
    d.c("ES-06", "p3", "9.2")
    d.c("COI-03", "p1", "9.3")
    d.c("ES-10", "k3", "9.4")
    d.h(1, "10. Queries and disputes")
    d.c("CDM-06", "d1", "10.1")
    d.p("10.2 Any dispute must first be referred to the parties' senior representatives and, if unresolved "
        "after 20 business days, to mediation administered by the Resolution Institute.",
        [("CDM-04", "gap", "decoy", "dispute resolution between the parties (mediation)")])
    d.h(1, "11. Termination")
    d.c("ES-09", "k1", "11.1")
    d.p("11.2 This Agreement is governed by the laws of Victoria.")
    d.p("Schedule 6 - Customer's Supplier Code of Conduct: the Victorian Government Supplier Code of Conduct "
        "as in force from time to time.")
    d.p("EXECUTED as an agreement.")
    signatures(d, "the State of Victoria (Department of Community Inclusion)",
               "Southern Cross Evaluation Partners Pty Ltd", "Executive Director, Strategy", "Director")
    return d


# ===========================================================================
# Markdown contracts
# ===========================================================================
@register
def m01():
    d = Doc("m01_riverside_vale_repairs", "md",
            ctx(P="Contractor", A="Client", St="Personnel", SU="Residents", E="Clause 9 (Conduct)"),
            "Riverside Vale Homes - Responsive Repairs and Voids Term Contract (Contract Particulars and "
            "Special Terms)")
    d.title_("Riverside Vale Homes - Responsive Repairs and Voids Term Contract: Special Terms")
    d.p("**Contract No.** RVH/REP/24/02  ")
    d.p("This Contract is made between (1) **Riverside Vale Homes Limited**, a registered society under the "
        "Co-operative and Community Benefit Societies Act 2014 and a registered provider of social housing, "
        "of 1 Wharf Street, Riverside RV1 6AL (the **\"Client\"**) and (2) **Castlegate Property Services "
        "Limited** (company number 06123987) of Castlegate Yard, Riverside RV4 2JN (the **\"Contractor\"**).")
    d.h(1, "1. Definitions")
    d.c("ES-06", "d1")
    d.p("**\"Personnel\"** means all operatives, supervisors and office staff employed or engaged by the "
        "Contractor or any sub-contractor in the Works;")
    d.p("**\"Residents\"** means tenants, leaseholders and other occupiers of the Client's homes.")
    d.h(1, "2. Works")
    d.p("2.1 The Contractor shall carry out responsive repairs and void property works to approximately "
        "6,800 homes in accordance with the Specification and the Schedule of Rates.")
    d.p("2.2 The Contractor shall attend emergency repairs within 4 hours, urgent repairs within 3 Working "
        "Days and routine repairs within 20 Working Days.")
    d.c("ES-02", "d1", "2.3")
    d.h(1, "3. Payment")
    d.p("3.1 The Client shall pay each valid application for payment within 28 days of its receipt.")
    d.c("ES-03", "d1", "3.2")
    d.h(1, "4. Personnel")
    d.c("ES-04", "k2", "4.1")
    d.p("4.2 All Personnel shall carry photographic identification and show it to Residents before "
        "entering a home.")
    d.h(1, "5. Residents")
    d.c("CDM-01", "p2", "5.1")
    d.c("CDM-06", "p1", "5.2")
    d.c("CDM-04", "k1", "5.3")
    d.c("CDM-03", "p1", "5.4")
    d.h(1, "6. Performance reporting")
    d.c("CDM-02", "p2", "6.1")
    d.c("CDM-05", "p2", "6.2")
    d.table([["KPI", "Measure", "Target"],
             ["KPI 1", "Emergency repairs attended within 4 hours", "99%"],
             ["KPI 2", "Routine repairs completed within 20 Working Days", "92%"],
             ["KPI 3", "Appointments made and kept", "95%"]])
    d.h(1, "7. Audit")
    d.c("ES-08", "d1", "7.1")
    d.h(1, "8. Conflicts of interest")
    d.c("COI-01", "k2", "8.1")
    d.c("COI-02", "k1", "8.2")
    d.h(1, "9. Conduct")
    d.c("ES-01", "k4", "9.1")
    d.c("COI-03", "p2", "9.2")
    d.c("ES-06", "k2", "9.3")
    d.h(1, "10. Termination")
    d.c("ES-09", "k1", "10.1")
    d.p("Signed by the duly authorised representatives of the parties:")
    d.table([["For the Client", "For the Contractor"],
             ["Name: Director of Property Services", "Name: Operations Director"],
             ["Signature: ................", "Signature: ................"]])
    return d


@register
def m02():
    d = Doc("m02_ccs_fm_calloff", "md",
            ctx(P="Supplier", A="Buyer", St="Supplier Staff", SU="Building Users",
                E="Clause 27 (Bribery and corruption)"),
            "Call-Off Contract for Total Facilities Management - Order Form and Special Terms")
    d.title_("Call-Off Contract: Total Facilities Management - Order Form and Call-Off Special "
             "Terms")
    d.p("This Call-Off Contract is made between (1) **the Office for Public Estates**, 10 Victoria Street, "
        "London SW1H 0NB (the **\"Buyer\"**) and (2) **Halcyon Facilities Management Limited** (company "
        "number 05566778), 1 Exchange Square, Leeds LS1 4DL (the **\"Supplier\"**).")
    d.h(1, "Order Form")
    d.table([["Item", "Detail"],
             ["Call-Off Reference", "OPE-FM-2024-009"],
             ["Call-Off Start Date", "1 November 2024"],
             ["Call-Off Expiry Date", "31 October 2029"],
             ["Services", "Total FM for the Buyer's Estate (Lots 1a and 1b)"],
             ["Call-Off Incorporated Terms", "Core Terms v2.7; Joint Schedules 1, 5 and 6; Call-Off "
              "Schedules 1, 8 and 10"]])
    d.h(1, "Call-Off Special Terms")
    d.h(2, "Special Term 1: Corporate social responsibility")
    d.c("ES-02", "k1", "1.1")
    d.h(2, "Special Term 2: Supplier Staff")
    d.c("ES-04", "k1", "2.1")
    d.h(2, "Special Term 3: Whistleblowing")
    d.c("ES-05", "p2", "3.1")
    d.h(2, "Special Term 4: Bribery and corruption")
    d.c("ES-06", "p2", "4.1")
    d.c("ES-10", "k2", "4.2")
    d.h(2, "Special Term 5: Transparency")
    d.c("ES-07", "p1", "5.1")
    d.h(2, "Special Term 6: Records and audit")
    d.c("ES-08", "k1", "6.1")
    d.c("ES-10", "d1", "6.2")
    d.h(2, "Special Term 7: Conflicts of interest")
    d.c("COI-01", "p1", "7.1")
    d.c("COI-02", "p2", "7.2")
    d.c("COI-06", "d1", "7.3")
    d.h(2, "Special Term 8: Termination")
    d.c("ES-09", "p2", "8.1")
    d.h(2, "Special Term 9: Data protection")
    d.c("CDM-01", "d2", "9.1")
    d.h(2, "Special Term 10: Disputes")
    d.c("CDM-04", "d1", "10.1")
    d.h(1, "Call-Off Schedule 20 (Specification) - extract")
    d.c("COI-03", "d1", "A.4")
    d.c("CDM-02", "p2", "A.10.2")
    d.c("CDM-03", "p1", "A.9.5")
    d.c("CDM-05", "p1", "A.9.6")
    d.c("CDM-06", "d1", "A.10.4")
    d.p("Signed for and on behalf of the Buyer: ........................ (Commercial Director)")
    d.p("Signed for and on behalf of the Supplier: ........................ (Chief Executive)")
    return d


@register
def m03():
    d = Doc("m03_kingsmere_diagnostics_subcontract", "md",
            ctx(P="Sub-contractor", A="Trust", SU="patients", E="Clause 4 (Conflicts of interest)"),
            "Kingsmere University Hospitals NHS Foundation Trust - Diagnostic Imaging Sub-contract")
    d.title_("Sub-contract for Community Diagnostic Imaging Services")
    d.p("**Parties.** This Sub-contract is made between (1) **Kingsmere University Hospitals NHS Foundation "
        "Trust** of Kingsmere Hospital, Hospital Road, Kingsmere KM1 7HH (the **\"Trust\"**) and (2) "
        "**Meridian Diagnostics Limited** (company number 09988776) of 3 Science Park, Kingsmere KM4 5SP (the "
        "**\"Sub-contractor\"**).")
    d.p("**Background.** The Trust holds an NHS Standard Contract with NHS Kingsmere Integrated Care Board "
        "for community diagnostic services and wishes to sub-contract MRI and CT scanning at the Kingsmere "
        "Community Diagnostic Centre to the Sub-contractor.")
    d.h(1, "1. Definitions")
    d.p("**\"Decision-Making Staff\"** means those Staff of the Sub-contractor at Agenda for Change band 8d "
        "or equivalent and above, and any other Staff who can influence purchasing decisions;")
    d.p("**\"Staff\"** means all persons employed or engaged by the Sub-contractor in delivering the "
        "Services.")
    d.h(1, "2. Flow-down of the Head Contract")
    d.p("2.1 The Sub-contractor shall perform the Services so as to enable the Trust to meet its obligations "
        "under the Head Contract in so far as they relate to the Services.")
    d.h(1, "3. Standards of business conduct")
    d.c("ES-01", "w1", "3.1")
    d.c("ES-02", "n1", "3.2")
    d.c("ES-06", "p1", "3.3")
    d.h(1, "4. Conflicts of interest")
    d.c("COI-01", "p3", "4.1")
    d.c("COI-02", "p3", "4.2")
    d.c("COI-05", "p3", "4.3")
    d.c("COI-04", "k1", "4.4")
    d.c("COI-06", "w1", "4.5")
    d.c("COI-03", "p4", "4.6")
    d.h(1, "5. Staff")
    d.c("ES-04", "p2", "5.1")
    d.c("ES-05", "k2", "5.2")
    d.c("CDM-03", "d1", "5.3")
    d.c("CDM-05", "d2", "5.4")
    d.h(1, "6. Assurance and review")
    d.c("ES-10", "p2", "6.1")
    d.c("ES-08", "p2", "6.2")
    d.c("ES-09", "p1", "6.3")
    d.h(1, "7. Information")
    d.c("ES-07", "p2", "7.1")
    d.h(1, "8. Patient complaints")
    d.c("CDM-01", "w1", "8.1")
    d.c("CDM-02", "k1", "8.2")
    d.c("CDM-06", "d1", "8.3")
    d.p("Signed by the parties' authorised signatories on the dates below.")
    d.table([["Trust", "Sub-contractor"],
             ["Chief Operating Officer", "Managing Director"],
             ["Date:", "Date:"]])
    return d


@register
def m04():
    d = Doc("m04_kestrel_valley_community_grant", "md",
            ctx(P="Grantee", A="Funder", Agr="agreement"),
            "Kestrel Valley Council - Community Wellbeing Grant: Grant Conditions (plain English)")
    d.title_("Community Wellbeing Grant - Your Grant Agreement")
    d.p("This agreement is between **Kestrel Valley Council** of Council Offices, Bridge Street, Kestrel "
        "KV1 1AB (the **\"Funder\"**, \"we\", \"us\") and **Kestrel Valley Food Network CIO** (charity "
        "number 1199001) of St Luke's Hall, Mill Road, Kestrel KV2 3CD (the **\"Grantee\"**, \"you\").")
    d.p("**Grant:** £42,000 over two years for the Community Pantry project (the \"Project\").  ")
    d.p("**Reference:** KVC/CWG/2024/031")
    d.h(1, "1. Using the grant")
    d.p("1.1 You must spend the grant only on the Project and as set out in your approved budget.")
    d.p("1.2 In this agreement, \"your Staff\" means your employees, volunteers and trustees who work on the "
        "Project.")
    d.h(1, "2. Reporting to us")
    d.p("2.1 Every six months you must send us a monitoring report on the form we provide.")
    d.p("2.2 You must collect feedback from people who use the Project at least twice a year and include a "
        "summary of it in your six-monthly monitoring report to us.",
        [("CDM-03", "pass", "you-form", "collect user feedback twice yearly; report to funder")])
    d.p("2.3 If we get a Freedom of Information request about the Project, you must help us answer it and "
        "give us any information we need within 5 working days.",
        [("ES-07", "pass", "you-form", "help answer FOI requests within 5 working days")])
    d.h(1, "3. Checking and repayment")
    d.p("3.1 We may check that you are meeting the ethical standards in section 6, and you must let us or "
        "our auditors see your records and talk to your Staff for that purpose.",
        [("ES-08", "pass", "you-form", "funder may check ethical standards; auditor access")])
    d.p("3.2 If you break any of the conditions in section 6, we may ask you to repay some or all of the "
        "grant, and if the breach is serious we may end this agreement.",
        [("ES-09", "pass", "you-form", "repayment/termination for breach of ethical standards section")])
    d.h(1, "4. Complaints")
    d.p("4.1 You must have a simple complaints procedure that anyone using the Project, including members of "
        "the public, can use free of charge, and you must publicise it at the Pantry.",
        [("CDM-01", "pass", "you-form", "free, publicised complaints procedure for users/public")])
    d.p("4.2 You should consider what you can learn from any complaints you receive.",
        [("CDM-05", "weak", "weak", "'should consider' only")])
    d.h(1, "5. Gift Aid")
    d.p("5.1 You must claim Gift Aid on eligible donations to the Project where you can.",
        [("COI-03", "gap", "decoy", "Gift Aid, not gifts and hospitality")])
    d.h(1, "6. Ethical standards")
    d.p("6.1 We expect you to follow the Seven Principles of Public Life.",
        [("ES-01", "weak", "weak", "'expect' only")])
    d.p("6.2 You must have a code of conduct for your Staff, and you must make sure they follow it.",
        [("ES-02", "pass", "you-form", "grantee must have and enforce a staff code of conduct")])
    d.p("6.3 You must make sure your Staff complete safeguarding and ethics training before they start work "
        "on the Project, and you must keep a record of that training.",
        [("ES-04", "pass", "you-form", "ethics training before start, records kept")])
    d.p("6.4 You may wish to adopt a whistleblowing policy.", [("ES-05", "weak", "weak", "permissive only")])
    d.p("6.5 You must not use the grant to pay any bribe, and you must have procedures in place to prevent "
        "fraud and bribery.", [("ES-06", "pass", "you-form", "no bribes; fraud and bribery prevention procedures")])
    d.p("6.6 You must avoid any conflict of interest, and you must tell us straight away if one arises or "
        "might arise.", [("COI-01", "pass", "you-form", "avoid conflicts; tell funder straight away")])
    d.p("6.7 You confirm that you have told us about any relationship between you (or your Staff) and any "
        "member of our grants panel or any officer involved in assessing your application, and you must tell "
        "us promptly if that changes.",
        [("COI-06", "pass", "you-form", "confirms disclosure of relationships with assessors; keep current")])
    d.p("6.8 We will manage any conflicts of interest of our own grants panel members under our Standing "
        "Orders.", [("COI-02", "gap", "wrong-party", "funder's own panel members only")])
    d.p("6.9 You are not required to pass the conditions in this section 6 on to anyone you sub-contract "
        "work to.", [("ES-03", "gap", "negated", "flow-down expressly not required")])
    d.p("Signed for Kestrel Valley Council: ..................  Signed for the Grantee: ..................")
    return d


# ===========================================================================
# DOCX contracts (hand-built OOXML)
# ===========================================================================
@register
def d01():
    d = Doc("d01_dre_policy_consultancy", "docx",
            ctx(P="Consultant", A="Department", St="Personnel", Agr="Contract",
                E="Clause 7 (Standards)", footer="DRE/CS/2024/044"),
            "Department for Rural Economy - Policy Research Consultancy Contract (tracked draft v3)")
    d.title_("Department for Rural Economy - Contract for Policy Research Consultancy Services")
    d.p("Contract reference: DRE/CS/2024/044 - Draft v3 (tracked changes between the parties)", style="small")
    d.p("This Contract is made between (1) THE SECRETARY OF STATE FOR RURAL ECONOMY acting through the "
        "DEPARTMENT FOR RURAL ECONOMY of 2 Marsham Street, London SW1P 4DF (the \"Department\") and (2) "
        "PENNANT POLICY CONSULTING LLP (OC412345) of 14 Castle Street, Shrewsbury SY1 2BQ (the "
        "\"Consultant\").")
    d.h(1, "1. Definitions")
    d.c("CDM-01", "d1")
    d.p("\"Personnel\" means the Consultant's partners, employees and approved sub-consultants engaged in "
        "the Services;")
    d.p("\"Services\" means the research, stakeholder engagement and reporting services set out in Schedule 1.")
    d.h(1, "2. Services and deliverables")
    d.p("2.1 The Consultant shall provide the Services and deliver the interim and final reports by the "
        "Milestone Dates in Schedule 2.")
    d.c("ES-04", "n1", "2.2")
    d.p("2.3 The Consultant shall respond to any Complaint within 10 Working Days of receiving it.",
        [("CDM-06", "gap", "decoy", "timescale for the Department's own Complaints about performance"),
         ("CDM-01", "gap", "decoy", "Complaint = Department's complaint about performance")])
    d.h(1, "3. Charges")
    d.p("3.1 The Department shall pay the Charges in Schedule 3 within 30 days of receipt of a valid invoice.")
    d.c("ES-08", "d1", "3.2")
    d.h(1, "4. Conflicts of interest")
    d.c("COI-01", "p2", "4.1")
    d.c("COI-02", "p1", "4.2")
    d.c("COI-06", "p3", "4.3")
    d.p("4.4 «ins:The Consultant shall notify the Department before engaging any former officer of the "
        "Department, or any former Minister or Crown servant, to work on or lobby in connection with this "
        "Contract within two years of that person leaving office, and shall ensure that any conditions "
        "imposed under the Business Appointment Rules are complied with.»",
        [("COI-04", "pass", "inserted", "tracked INSERTION: notify before engaging former officials; BAR conditions")])
    d.h(1, "5. Freedom of information")
    d.p("5.1 The Consultant shall «del:not be required to »assist the Department in complying with any "
        "request made under the Freedom of Information Act 2000, and shall provide any information the "
        "Department requests for that purpose within five Working Days.",
        [("ES-07", "pass", "negation-deleted", "negation removed by tracked deletion: shall assist with FOIA requests")])
    d.h(1, "6. Prevention of bribery")
    d.c("ES-06", "p2", "6.1")
    d.c("COI-03", "p1", "6.2")
    d.h(1, "7. Standards")
    d.p("7.1 «del:The Consultant shall comply with, and shall ensure that its Personnel comply with, the "
        "Seven Principles of Public Life in delivering the Services.»«ins:[Not used]»",
        [("ES-01", "gap", "deleted", "satisfying clause removed by tracked deletion; '[Not used]' inserted")])
    d.c("ES-02", "k3", "7.2")
    d.p("7.3 «cmt:The Consultant shall maintain appropriate internal policies.|DRE Legal: suggest adding - "
        "The Consultant shall have a whistleblowing policy and shall not subject any Personnel to any "
        "detriment for raising concerns with the Department.»",
        [("ES-05", "gap", "comment-only", "whistleblowing wording appears only in a Word comment")])
    d.c("ES-10", "w1", "7.4")
    d.h(1, "8. Termination")
    d.c("ES-09", "k1", "8.1")
    d.h(1, "9. Disputes")
    d.c("CDM-04", "d1", "9.1")
    d.p("9.2 This Contract is governed by the law of England and Wales.")
    signatures(d, "the Department for Rural Economy", "Pennant Policy Consulting LLP", "Deputy Director, "
               "Commercial", "Partner")
    return d


@register
def d02():
    d = Doc("d02_ope_fm_calloff", "docx",
            ctx(P="Supplier", A="Buyer", St="Supplier Staff", SU="Building Users",
                E="Clause 27 (Bribery and corruption)", footer="OPE-FM-2024-011 Core Terms"),
            "Office for Public Estates - Call-Off Contract (Core Terms extract)")
    d.title_("Call-Off Contract - Core Terms (extract) and Performance Schedule")
    d.p("This Call-Off Contract is made between (1) the OFFICE FOR PUBLIC ESTATES of 10 Victoria Street, London "
        "SW1H 0NB (the \"Buyer\") and (2) NORTHGATE INTEGRATED SERVICES LIMITED (company number 07711223) of "
        "40 Temple Row, Birmingham B2 5JT (the \"Supplier\").")
    d.h(1, "1. Definitions used in the Contract")
    d.c("ES-01", "d2")
    d.p("\"Supplier Staff\" means all individuals employed or engaged by the Supplier or any Subcontractor "
        "to perform its obligations under this Contract;")
    d.p("\"Building Users\" means all consumers of the Services, including the Buyer's employees and "
        "visitors.")
    d.h(1, "7. Supplier Staff")
    d.c("ES-04", "k1", "7.1")
    d.c("ES-09", "p1", "7.3")
    d.h(1, "16. Transparency and Freedom of Information")
    d.c("ES-07", "p3", "16.1")
    d.h(1, "27. Bribery and corruption")
    d.p("27.1 The Supplier must not«bm:_Ref27_1» commit or attempt to commit any Prohibited Act, and must "
        "create, maintain and enforce adequate policies and procedures to ensure that its Supplier Staff do not "
        "commit a Prohibited Act, as described in Clause «fld:REF _Ref27_1 \\r \\h|27.1» and the Bribery Act "
        "2010.", [("ES-06", "pass", "bookmark-field", "must not commit Prohibited Act; adequate procedures (bookmark+field between runs)")])
    d.p("27.2 «cmt:The Supplier shall keep records of its compliance with this Clause 27.|Buyer: add annual "
        "certificate - The Supplier warrants that it has in place the structures and arrangements necessary "
        "to support ethical standards, and shall certify its compliance with them to the Buyer annually.»",
        [("ES-10", "gap", "comment-only", "assurance/certificate wording only in a Word comment")])
    d.h(1, "29. Corporate social responsibility")
    d.c("ES-02", "p1", "29.1")
    d.c("ES-03", "p2", "29.2")
    d.h(1, "32. Conflict of interest")
    d.p("32.1 The Supplier must take action to ensure that neither the Supplier nor the Supplier Staff are "
        "placed in the position of an actual or potential confl«split»ict of interest in relation to this "
        "Contract, and must promptly notify and provide details to the Buyer if a confl«split»ict of "
        "interest happens or is expected to happen.",
        [("COI-01", "pass", "split-runs", "avoid actual/potential conflict; promptly notify (word split across runs)")])
    d.c("COI-02", "p2", "32.2")
    d.c("COI-04", "p2", "32.3")
    d.c("COI-06", "d1", "32.4")
    d.h(1, "33. Reporting a breach of the Contract")
    d.c("ES-05", "p2", "33.1")
    d.h(1, "34. Resolving disputes")
    d.c("CDM-04", "d1", "34.1")
    d.h(1, "Call-Off Schedule 6 - Audit and performance monitoring")
    d.c("ES-08", "p2", "1.1")
    d.c("ES-10", "d1", "1.2")
    d.c("CDM-01", "d2", "1.3")
    d.p("1.4 The Supplier shall report on the matters in the table below in accordance with the frequency "
        "stated.")
    d.table([["Item", "Requirement", "Frequency"],
             ["Helpdesk", "The Supplier shall report the number of helpdesk calls logged and resolved.", "Monthly"],
             ["Complaints", "The Supplier shall report to the Buyer the number of complaints received from "
              "Building Users, their outcome and the action taken, in each Monthly Performance Report.",
              "Monthly"],
             ["Hospitality and Meetings", "Room bookings and catering orders fulfilled.", "Quarterly"]],
            [("CDM-02", "pass", "table-cell", "complaints reporting obligation inside a table cell"),
             ("COI-03", "gap", "decoy", "'Hospitality and Meetings' catering service line")])
    d.c("CDM-03", "p1", "1.5")
    d.c("CDM-05", "p1", "1.6")
    signatures(d, "the Office for Public Estates", "Northgate Integrated Services Limited", "Commercial Director",
               "Chief Executive")
    return d


@register
def d03():
    d = Doc("d03_wendmoor_leisure_operator", "docx",
            ctx(P="Operator", A="Council", St="Staff", SU="members of the public",
                E="Clause 11 (Conduct and probity)", footer="Wendmoor Leisure Operating Contract"),
            "Wendmoor County Council - Leisure Centres Management Contract (extract)")
    d.title_("Wendmoor County Council - Leisure Centres Management and Operation Contract")
    d.p("This Contract is made between (1) WENDMOOR COUNTY COUNCIL of Shire Hall, Wendmoor WM1 1SH (the "
        "\"Council\") and (2) ACTIVELIFE LEISURE CIC (company number 11223344) of The Pavilion, Park Lane, "
        "Wendmoor WM3 8PL (the \"Operator\").«fn:Company details as registered at Companies House on 1 May 2024.»")
    d.h(1, "1. Definitions and interpretation")
    d.c("COI-01", "d3", "1.1")
    d.c("COI-01", "d1", "1.2")
    d.h(1, "2. Operation of the Facilities")
    d.p("2.1 The Operator shall manage and operate the three leisure centres listed in Schedule 1 (the "
        "\"Facilities\") in accordance with the Service Specification and Sport England's Quest standard.«fn:"
        "Quest is the UK quality scheme for sport and leisure.»")
    d.c("ES-04", "d1", "2.2", extra="This includes pool lifeguard qualifications for all poolside Staff.")
    d.c("ES-02", "d2", "2.3")
    d.h(1, "3. Insurance")
    d.c("ES-03", "d5", "3.1")
    d.h(1, "4. Freedom of information")
    d.c("ES-07", "p1", "4.1")
    d.h(1, "5. Whistleblowing")
    d.p("[Not used]", [("ES-05", "gap", "heading-only", "'Whistleblowing' heading with body '[Not used]'")])
    d.h(1, "6. Customer experience")
    d.c("CDM-01", "p2", "6.1")
    d.c("CDM-06", "d3", "6.2")
    d.c("CDM-04", "p1", "6.3")
    d.c("CDM-02", "k1", "6.4")
    d.c("CDM-03", "p1", "6.5")
    d.c("CDM-05", "k2", "6.6")
    d.h(1, "7. Monitoring")
    d.c("ES-08", "p2", "7.1", extra="The Council's Contract Manager shall chair those meetings.")
    d.h(1, "8. Remedies")
    d.c("ES-09", "p3", "8.1")
    d.h(1, "9. Former employees")
    d.c("COI-04", "w1", "9.1")
    d.h(1, "10. Register of interests")
    d.c("COI-05", "n1", "10.1", extra="The Council's Monitoring Officer maintains the register of members' "
        "interests under the Localism Act 2011.«fn:Localism Act 2011, sections 29 to 34.»")
    d.h(1, "11. Conduct and probity")
    d.c("ES-01", "p6", "11.1")
    d.c("ES-06", "p3", "11.2")
    d.c("ES-10", "k3", "11.3")
    d.p("11.4 The Operator shall comply with the requirements in the table below.")
    d.table([["Topic", "Requirement"],
             ["Gifts and hospitality", "The Operator shall maintain a gifts and hospitality register recording "
              "all gifts and hospitality offered to or received by its Staff in connection with the Services, "
              "and shall provide a copy to the Council on request."],
             ["Uniform", "The Operator shall ensure all Staff on duty wear the approved uniform and name badge."]],
            [("COI-03", "pass", "table-cell", "gifts and hospitality register obligation inside a table cell")])
    d.p("The Council's Contract Manager is set out in Clause «fld:REF _RefCM \\h|7.1».")
    signatures(d, "Wendmoor County Council", "ActiveLife Leisure CIC", "Director of Place", "Chief Executive")
    return d


@register
def d04():
    d = Doc("d04_kestrel_bay_patient_transport", "docx",
            ctx(P="Contractor", A="Trust", SU="patients", E="Clause 9 (Conduct)",
                footer="KBH Non-Emergency Patient Transport - tracked"),
            "Kestrel Bay Hospitals NHS Trust - Non-Emergency Patient Transport Services Contract (tracked)")
    d.title_("Kestrel Bay Hospitals NHS Trust - Non-Emergency Patient Transport Services Contract")
    d.p("Draft for signature - tracked changes from the Trust's Procurement team shown.", style="small")
    d.p("This Contract is made between (1) KESTREL BAY HOSPITALS NHS TRUST of Kestrel Bay General Hospital, "
        "Shore Road, Kestrel Bay KB2 4HT (the \"Trust\") and (2) SWIFTCARE AMBULANCE SERVICES LIMITED "
        "(company number 08899001) of Unit 12, Harbour Business Park, Kestrel Bay KB5 1EE (the "
        "\"Contractor\").")
    d.h(1, "1. Services")
    d.p("1.1 The Contractor shall provide non-emergency patient transport for eligible patients between their "
        "homes and the Trust's hospital sites in accordance with the Specification.")
    d.c("COI-04", "d1", "1.2")
    d.h(1, "2. Staff")
    d.p("2.1 The Contractor shall «del:not be required to »provide ethics and integrity training to all Staff "
        "at induction and at least once in every Contract Year, and shall keep records of completion.",
        [("ES-04", "pass", "negation-deleted", "negation removed by tracked deletion: ethics training with records")])
    d.c("ES-05", "p3", "2.2")
    d.h(1, "3. Information")
    d.c("ES-07", "n1", "3.1")
    d.h(1, "4. Counter fraud and bribery")
    d.p("4.1 «ins:The Contractor shall not, and shall procure that its Staff shall not, commit any Prohibited "
        "Act in connection with this Contract.»",
        [("ES-06", "pass", "inserted", "tracked INSERTION: must not commit a Prohibited Act")])
    d.h(1, "5. Conflicts of interest")
    d.c("COI-01", "p2", "5.1")
    d.c("COI-02", "k2", "5.2")
    d.c("COI-03", "w1", "5.3")
    d.p("5.4 «cmt:The Contractor shall comply with the Trust's Standards of Business Conduct Policy as it "
        "applies to contractors.|Procurement: should we add - The Contractor shall maintain a register of "
        "interests for its Decision-Making Staff and obtain an annual declaration of interests or nil return "
        "from each of them?»",
        [("COI-05", "gap", "comment-only", "register-of-interests wording appears only in a comment"),
         ("ES-02", "pass", "comment-anchor", "must comply with the Trust's Standards of Business Conduct Policy")])
    d.c("COI-06", "p1", "5.5")
    d.h(1, "6. Patient complaints and experience")
    d.c("CDM-01", "p1", "6.1")
    d.p("6.2 «del:The Contractor shall acknowledge every complaint within three Working Days of receipt and "
        "shall send a full written response within 20 Working Days.»«ins:Complaint handling arrangements to be "
        "agreed at the first contract management meeting.»",
        [("CDM-06", "gap", "deleted", "timescales removed by tracked deletion; replacement sets none")])
    d.c("CDM-04", "p2", "6.3")
    d.c("CDM-02", "p1", "6.4")
    d.c("CDM-05", "p2", "6.5")
    d.c("CDM-03", "p2", "6.6")
    d.h(1, "7. Sub-contracting")
    d.c("ES-03", "p2", "7.1")
    d.h(1, "8. Assurance")
    d.c("ES-10", "n1", "8.1")
    d.h(1, "9. Conduct")
    d.c("ES-01", "k3", "9.1")
    d.h(1, "10. Termination")
    d.c("ES-09", "k1", "10.1")
    signatures(d, "Kestrel Bay Hospitals NHS Trust", "Swiftcare Ambulance Services Limited",
               "Director of Operations", "Managing Director")
    return d


@register
def d05():
    d = Doc("d05_greenacre_tenancy_support", "docx",
            ctx(P="Service Provider", A="Customer", SU="Residents", E="Clause 6 (Probity and Conduct)",
                footer="Greenacre Tenancy Sustainment Services Agreement"),
            "Greenacre Housing Group - Tenancy Sustainment Services Agreement")
    d.numbered = True
    d.title_("Greenacre Housing Group - Tenancy Sustainment Services Agreement")
    d.p("This Agreement is made between (1) GREENACRE HOUSING GROUP LIMITED, a registered society (number "
        "30123R) of Greenacre House, 5 Meadow Way, Fenbury FB1 2GG (the \"Customer\") and (2) PATHWAYS "
        "TENANCY SUPPORT LIMITED (company number 10987654) of 77 High Street, Fenbury FB2 9PT (the \"Service "
        "Provider\").")
    d.toc(["1. Definitions 2", "2. Services 2", "3. Payment 2", "4. Staff 2", "5. Conflicts of Interest 3",
           "6. Probity and Conduct 3", "7. Complaints 3", "8. Termination 4"])
    d.h(1, "1. Definitions")
    d.p("1.1 In this Agreement \"Residents\" means the Customer's tenants and their households who are referred "
        "to the Service Provider, and \"Staff\" means all persons employed or engaged by the Service Provider "
        "in the Services.")
    d.h(1, "2. Services")
    d.p("2.1 The Service Provider shall provide tenancy sustainment support, including money advice and "
        "referral to specialist services, to Residents at risk of losing their tenancy.")
    d.h(1, "3. Payment")
    d.p("3.1 The Customer shall pay the Service Provider £26,500 per quarter in arrears.")
    d.h(1, "4. Staff")
    d.c("ES-04", "p3", "4.1")
    d.c("COI-04", "p1", "4.2")
    d.h(1, "5. Conflicts of Interest")
    d.p("[Guidance: The Service Provider shall avoid any actual or potential conflict of interest and shall "
        "notify the Customer promptly of any conflict. Delete this Clause if the Customer's standard conflicts "
        "policy is incorporated.]", style="small",
        tags=[("COI-01", "gap", "disabled", "heading plus bracketed [Guidance: ...] drafting note only")])
    d.h(1, "6. Probity and Conduct")
    d.p("[Guidance: For publicly funded services insert: \"The Service Provider shall comply with the Seven "
        "Principles of Public Life.\" Delete if not required.]", style="small",
        tags=[("ES-01", "gap", "disabled", "Seven Principles only inside a [Guidance: ...] drafting note")])
    d.c("ES-02", "p5", "6.1")
    d.c("ES-03", "k2", "6.2")
    d.c("ES-05", "p1", "6.3")
    d.c("ES-06", "k1", "6.4")
    d.c("ES-07", "k2", "6.5")
    d.c("COI-03", "n1", "6.6")
    d.c("COI-05", "p2", "6.7")
    d.c("ES-08", "p3", "6.8")
    d.c("ES-10", "p3", "6.9")
    d.c("ES-09", "p1", "6.10")
    d.h(1, "7. Complaints")
    d.c("CDM-01", "p2", "7.1")
    d.c("CDM-06", "p1", "7.2")
    d.p("7.3 The Service Provider shall co-operate with the Customer and with the Housing Ombudsman in the "
        "investigation of any complaint about the Services and shall implement any remedy ordered by the "
        "Ombudsman.", [("CDM-04", "pass", "pass", "co-operate with Housing Ombudsman; implement remedies")])
    d.c("CDM-02", "p1", "7.4")
    d.c("CDM-05", "p2", "7.5")
    d.c("CDM-03", "k2", "7.6")
    d.h(1, "8. Termination")
    d.c("ES-09", "k1", "8.1")
    signatures(d, "Greenacre Housing Group Limited", "Pathways Tenancy Support Limited",
               "Director of Housing", "Director")
    return d


@register
def d06():
    d = Doc("d06_ashdown_parking_enforcement", "docx",
            ctx(P="Contractor", A="Council", SU="members of the public", E="Clause 10 (Conduct)"),
            "Ashdown Vale Borough Council - Civil Parking Enforcement Services Contract", producer="soffice-txt")
    d.title_("Ashdown Vale Borough Council - Civil Parking Enforcement Services Contract")
    d.p("This Contract is made on 1 February 2024 between (1) ASHDOWN VALE BOROUGH COUNCIL of the Civic "
        "Offices, Station Road, Ashdown AV1 1CO (the \"Council\") and (2) CIVIC ENFORCEMENT SOLUTIONS LIMITED "
        "(company number 05432100) of 9 Enterprise Way, Reading RG2 6GH (the \"Contractor\").")
    d.p("1. DEFINITIONS")
    d.c("ES-06", "d2", "1.1")
    d.p("1.2 \"Staff\" means the Contractor's civil enforcement officers, supervisors and back-office staff.")
    d.c("COI-01", "d1", "1.3")
    d.p("2. SERVICES")
    d.p("2.1 The Contractor shall provide on-street and off-street civil parking enforcement in accordance "
        "with the Traffic Management Act 2004 and the Statutory Guidance to Local Authorities on the Civil "
        "Enforcement of Parking Contraventions.")
    d.c("ES-02", "d2", "2.2")
    d.c("ES-04", "k1", "2.3")
    d.p("3. SUB-CONTRACTING")
    d.c("ES-03", "d3", "3.1")
    d.c("ES-03", "d4", "3.2")
    d.p("4. CONFIDENTIALITY AND INFORMATION")
    d.c("ES-05", "d3", "4.1")
    d.c("ES-07", "n1", "4.2")
    d.p("5. STANDARDS")
    d.c("ES-01", "p3", "5.1")
    d.c("ES-06", "p1", "5.2")
    d.c("COI-03", "p1", "5.3")
    d.c("COI-04", "k2", "5.4")
    d.c("COI-06", "w1", "5.5")
    d.p("6. COMPLAINTS AND APPEALS")
    d.c("CDM-01", "w1", "6.1")
    d.c("CDM-02", "p2", "6.2")
    d.c("CDM-04", "w1", "6.3")
    d.c("CDM-06", "d1", "6.4")
    d.p("7. AUDIT")
    d.c("ES-08", "k1", "7.1")
    d.p("8. TERMINATION")
    d.c("ES-09", "p2", "8.1")
    d.c("ES-09", "d1", "8.2")
    d.p("9. LAW")
    d.c("COI-01", "d4", "9.1")
    signatures(d, "Ashdown Vale Borough Council", "Civic Enforcement Solutions Limited",
               "Head of Parking Services", "Director")
    return d


@register
def d07():
    d = Doc("d07_teifi_valley_counselling", "docx",
            ctx(P="Provider", A="Commissioner", E="Clause 5 (Ethical standards)"),
            "Teifi Valley University Health Board - Primary Care Counselling Services Contract",
            producer="soffice-html")
    d.title_("Teifi Valley University Health Board - Contract for Primary Care Counselling Services")
    d.p("This Contract is made between (1) TEIFI VALLEY UNIVERSITY HEALTH BOARD of Ysbyty Teifi, Ffordd y "
        "Parc, Aberteifi SA43 1ZZ, acting as commissioner (the \"Commissioner\") and (2) CYMORTH MIND "
        "SERVICES LIMITED (company number 12345098) of 4 Heol y Castell, Caerfyrddin SA31 1AB (the "
        "\"Provider\").")
    d.h(1, "1. Definitions")
    d.p("\"Service Users\" means adults registered with a GP practice in the Commissioner's area who are "
        "referred for counselling; \"Staff\" means the Provider's counsellors, supervisors and administrators.")
    d.h(1, "2. Services")
    d.p("2.1 The Provider shall provide up to eight sessions of counselling to each Service User in accordance "
        "with the Service Specification, in Welsh or English as the Service User prefers.")
    d.c("COI-04", "d1", "2.2")
    d.h(1, "3. Information governance and transparency")
    d.c("ES-07", "p1", "3.1")
    d.h(1, "4. Conflicts of interest")
    d.c("COI-01", "p1", "4.1")
    d.c("COI-02", "p1", "4.2")
    d.c("COI-05", "p2", "4.3")
    d.c("COI-06", "p3", "4.4")
    d.c("COI-03", "p2", "4.5")
    d.h(1, "5. Ethical standards")
    d.c("ES-01", "p4", "5.1")
    d.c("ES-02", "p1", "5.2")
    d.c("ES-03", "p2", "5.3")
    d.c("ES-04", "p1", "5.4")
    d.c("ES-05", "p1", "5.5")
    d.c("ES-06", "p1", "5.6")
    d.c("ES-10", "p1", "5.7")
    d.c("ES-08", "p1", "5.8")
    d.c("ES-09", "p3", "5.9")
    d.h(1, "6. Concerns and complaints")
    d.p("6.1 The Provider shall operate a concerns and complaints procedure for Service Users that complies "
        "with the National Health Service (Concerns, Complaints and Redress Arrangements) (Wales) Regulations "
        "2011 (\"Putting Things Right\").",
        [("CDM-01", "pass", "pass", "concerns and complaints procedure complying with Putting Things Right")])
    d.p("6.2 The Provider shall acknowledge every concern or complaint within two working days and shall send "
        "a final response within 30 working days, or explain to the complainant the reason for any delay.",
        [("CDM-06", "pass", "pass", "acknowledge in 2 working days; respond in 30 or explain delay")])
    d.c("CDM-04", "p3", "6.3")
    d.c("CDM-02", "n1", "6.4")
    d.c("CDM-05", "k1", "6.5")
    d.h(1, "7. Termination")
    d.c("ES-09", "k1", "7.1")
    signatures(d, "Teifi Valley University Health Board", "Cymorth Mind Services Limited",
               "Director of Primary Care", "Director")
    return d


@register
def d08():
    d = Doc("d08_nsw_contact_centre", "docx",
            ctx(P="Vendor", A="Customer", St="Personnel", SU="members of the public",
                E="clause 8 (Ethical conduct)"),
            "Department of Community Futures (NSW) - Contact Centre Services Agreement", producer="soffice-fodt")
    d.title_("Contact Centre Services Agreement")
    d.p("This Agreement is made between (1) THE STATE OF NEW SOUTH WALES acting through the DEPARTMENT OF "
        "COMMUNITY FUTURES (ABN 55 666 777 888) of 4 Parramatta Square, Parramatta NSW 2150 (the "
        "\"Customer\"); and (2) HARBOURSIDE CONTACT SOLUTIONS PTY LTD (ACN 601 234 567) of Level 3, 1 "
        "Market Street, Sydney NSW 2000 (the \"Vendor\").")
    d.h(1, "1. Interpretation")
    d.p("1.1 \"Personnel\" means the Vendor's employees, agents and subcontractors engaged in the Services. "
        "\"Services\" means the contact centre services for members of the public described in Schedule 1.")
    d.h(1, "2. Services")
    d.p("2.1 The Vendor must answer 80% of calls within 60 seconds and must resolve at least 70% of enquiries "
        "at first contact.")
    d.c("ES-03", "d2", "2.2")
    d.h(1, "3. Personnel")
    d.c("ES-04", "p2", "3.1")
    d.c("COI-04", "p3", "3.2")
    d.h(1, "4. Information access")
    d.p("4.1 The Vendor must provide the Customer with any information in its possession relating to this "
        "Agreement which the Customer requests in order to comply with the Government Information (Public "
        "Access) Act 2009 (NSW).",
        [("ES-07", "pass", "pass", "provide information for GIPA Act (NSW) access applications")])
    d.h(1, "5. Conflicts of interest")
    d.c("COI-01", "p3", "5.1")
    d.c("COI-02", "p1", "5.2")
    d.c("COI-06", "p1", "5.3")
    d.h(1, "6. Customer feedback")
    d.c("CDM-01", "k2", "6.1")
    d.c("CDM-03", "p1", "6.2")
    d.c("CDM-05", "p1", "6.3")
    d.c("CDM-02", "k1", "6.4")
    d.h(1, "7. Public interest disclosures")
    d.c("ES-05", "p3", "7.1")
    d.h(1, "8. Ethical conduct")
    d.c("ES-01", "w1", "8.1")
    d.c("ES-02", "p4", "8.2")
    d.p("8.3 The Vendor must not, and must ensure its Personnel do not, offer or give any bribe or secret "
        "commission to any person in connection with this Agreement, and must "
        "maintain procedures designed to prevent such conduct.",
        [("ES-06", "pass", "pass", "must not offer bribes/secret commissions; prevention procedures")])
    d.c("ES-10", "k1", "8.4")
    d.h(1, "9. Termination")
    d.c("ES-09", "k1", "9.1")
    d.p("9.2 This Agreement is governed by the laws of New South Wales.")
    signatures(d, "the Department of Community Futures", "Harbourside Contact Solutions Pty Ltd",
               "Executive Director, Customer Service", "Chief Executive Officer")
    return d


# ===========================================================================
# ODT contracts
# ===========================================================================
@register
def o01():
    d = Doc("o01_inverlochan_care_at_home", "odt",
            ctx(P="Service Provider", A="Council", SU="service users", E="Clause 7 (Conduct)"),
            "Inverlochan Council - Care at Home Services Contract (tracked)", producer="soffice-fodt")
    d.title_("Inverlochan Council - Contract for Care at Home Services (Framework Lot 2: Loch Side)")
    d.p("This Contract is made between (1) INVERLOCHAN COUNCIL, Council Headquarters, Glen Road, Inverlochan "
        "IV9 1AA (the \"Council\") and (2) CEÒL CARE SERVICES LIMITED (SC612345) of 3 Pier Road, Inverlochan "
        "IV9 2PR (the \"Service Provider\").")
    d.h(1, "1. Definitions")
    d.c("COI-01", "d6", "1.1")
    d.c("COI-01", "d1", "1.2")
    d.p("1.3 \"service users\" means people assessed by the Council's social work service as needing care at "
        "home; \"Staff\" means the Service Provider's care workers, coordinators and managers.")
    d.h(1, "2. Services")
    d.p("2.1 The Service Provider shall deliver care at home in accordance with each service user's personal "
        "plan, the Health and Social Care Standards and the requirements of the Care Inspectorate.")
    d.c("ES-04", "k2", "2.2")
    d.h(1, "3. Freedom of information")
    d.c("ES-07", "p4", "3.1")
    d.h(1, "4. Fraud and corruption")
    d.c("ES-06", "p2", "4.1")
    d.h(1, "5. Complaints")
    d.c("CDM-01", "p4", "5.1")
    d.c("CDM-06", "p3", "5.2")
    d.c("CDM-04", "p4", "5.3")
    d.c("CDM-02", "p1", "5.4")
    d.c("CDM-05", "p2", "5.5")
    d.c("CDM-03", "p3", "5.6")
    d.h(1, "6. Staff concerns")
    d.p("6.1 «cmt:The Service Provider shall comply with its internal HR policies.|Council legal: add - The "
        "Service Provider shall operate a whistleblowing procedure allowing Staff to raise concerns with the "
        "Council, and shall protect Staff who speak up from any detriment.»",
        [("ES-05", "gap", "comment-only", "whistleblowing wording appears only in an annotation")])
    d.h(1, "7. Conduct")
    d.p("7.1 «del:The Service Provider shall comply with, and shall ensure that its Staff comply with, the Seven "
        "Principles of Public Life in delivering the Services.»[Not used]",
        [("ES-01", "gap", "deleted", "Seven Principles clause removed by tracked deletion; '[Not used]' remains")])
    d.c("ES-02", "p2", "7.2")
    d.c("ES-03", "p2", "7.3")
    d.c("ES-10", "p2", "7.4")
    d.c("COI-05", "k1", "7.5")
    d.p("7.6 The Service Provider shall comply with the requirements in the following table.")
    d.table([["Topic", "Requirement"],
             ["Gifts and hospitality", "The Service Provider must record, and must refuse where their value "
              "exceeds £50, all hospitality, gifts or inducements offered to its Staff by any person seeking to "
              "influence the delivery of the Services."],
             ["Identification", "Staff must carry photographic identification at all times."]],
            [("COI-03", "pass", "table-cell", "record/refuse gifts and hospitality (table cell)")])
    d.h(1, "8. Monitoring and remedies")
    d.c("ES-08", "k2", "8.1")
    d.c("ES-09", "p2", "8.2")
    d.p("Signed on behalf of Inverlochan Council: ....................  Head of Adult Services")
    d.p("Signed on behalf of Ceòl Care Services Limited: ....................  Managing Director")
    return d


@register
def o02():
    d = Doc("o02_westerly_icb_mental_health", "odt",
            ctx(P="Provider", A="Commissioner", E="Section 3 (Ethical standards)"),
            "NHS Westerly ICB - Community Mental Health Support Services Contract", producer="soffice-fodt")
    d.title_("NHS Westerly Integrated Care Board - Community Mental Health Support Services")
    d.p("This Contract is made between (1) NHS WESTERLY INTEGRATED CARE BOARD of Westerly House, Quay Street, "
        "Westport WP1 1QS (the \"Commissioner\") and (2) BRIGHTPATH MENTAL HEALTH SERVICES CIC (company number "
        "12121212) of 18 Chapel Walk, Westport WP3 4CW (the \"Provider\").")
    d.h(1, "1. Scope")
    d.p("1.1 The Provider shall deliver community-based recovery support for adults with severe mental illness "
        "in accordance with the Service Specification, working with the local NHS mental health trust.")
    d.h(1, "2. Staff and speaking up")
    d.c("ES-05", "p4", "2.1")
    d.c("ES-04", "p4", "2.2")
    d.h(1, "3. Ethical standards")
    d.c("ES-01", "p1", "3.1")
    d.c("ES-02", "w1", "3.2")
    d.c("ES-03", "p1", "3.3")
    d.c("ES-06", "w1", "3.4")
    d.c("ES-10", "w1", "3.5")
    d.c("ES-08", "p2", "3.6")
    d.h(2, "3A Conflicts of interest")
    d.c("COI-01", "p2", "3.7")
    d.c("COI-02", "p1", "3.8")
    d.c("COI-05", "p1", "3.9")
    d.h(1, "4. Information")
    d.c("ES-07", "k2", "4.1")
    d.h(1, "5. Complaints and patient experience")
    d.c("CDM-01", "k2", "5.1")
    d.c("CDM-02", "p3", "5.2")
    d.c("CDM-03", "p2", "5.3")
    d.c("CDM-05", "d2", "5.4")
    d.c("CDM-06", "k1", "5.5")
    d.p("Signed for the Commissioner: ....................  Signed for the Provider: ....................")
    return d


@register
def o03():
    d = Doc("o03_fenmarsh_waste_collection", "odt",
            ctx(P="Contractor", A="Council", SU="residents", E="Clause 9 (Probity)"),
            "Fenmarsh District Council - Waste Collection and Street Cleansing Contract (tracked)")
    d.title_("Fenmarsh District Council - Waste Collection and Street Cleansing Services Contract")
    d.p("This Contract is made between (1) FENMARSH DISTRICT COUNCIL of Fenmarsh House, Long Drove, Marchby "
        "PE15 0FD (the \"Council\") and (2) GREENLINE ENVIRONMENTAL SERVICES LIMITED (company number 03987654) "
        "of Riverside Depot, Marchby PE15 9GL (the \"Contractor\").")
    d.h(1, "1. Interpretation")
    d.c("COI-01", "d1", "1.1")
    d.c("COI-01", "d2", "1.2")
    d.h(1, "2. Services")
    d.p("2.1 The Contractor shall collect household residual waste, recycling and garden waste from "
        "approximately 41,000 properties on the collection rounds in Schedule 2, and shall cleanse streets to "
        "the standards in the Code of Practice on Litter and Refuse.",
        [("ES-02", "gap", "decoy", "Code of Practice on Litter and Refuse (technical)")])
    d.c("ES-02", "d1", "2.2")
    d.c("ES-04", "d1", "2.3")
    d.h(1, "3. Sub-contracting and payment")
    d.c("ES-03", "d1", "3.1")
    d.h(1, "4. Staff")
    d.c("COI-04", "d1", "4.1")
    d.p("4.2 «ins:The Contractor shall not, without the Council's prior written consent, engage in connection "
        "with this Contract any person who within the preceding 24 months was employed by the Council in a "
        "role connected with the procurement or management of this Contract.»",
        [("COI-04", "pass", "inserted", "tracked INSERTION: no engagement of former procurement officers for 24 months")])
    d.h(1, "5. Residents")
    d.c("CDM-01", "p2", "5.1")
    d.c("CDM-06", "p1", "5.2")
    d.c("CDM-04", "p1", "5.3")
    d.p("5.4 «del:The Contractor shall submit to the Council a quarterly complaints return within 15 Working "
        "Days of the end of each quarter, showing the number of complaints received, upheld, partially upheld "
        "and not upheld, and the action taken.»«ins:The Contractor shall provide details of complaints received "
        "to the Council on request.»",
        [("CDM-02", "weak", "weak", "quarterly return deleted; inserted replacement is 'on request' only")])
    d.c("CDM-03", "n1", "5.5")
    d.h(1, "6. Audit")
    d.c("ES-08", "d1", "6.1")
    d.h(1, "7. Whistleblowing")
    d.c("ES-05", "p2", "7.1")
    d.h(1, "8. Information")
    d.c("ES-07", "p2", "8.1")
    d.h(1, "9. Probity")
    d.c("ES-01", "p2", "9.1")
    d.c("ES-06", "p1", "9.2")
    d.c("COI-05", "w1", "9.3")
    d.c("COI-02", "w1", "9.4")
    d.p("9.5 «cmt:The Contractor shall act honestly in all dealings with the Council.|Suggest adding: The "
        "Contractor shall not offer or give any gift or hospitality to any officer or member of the Council "
        "involved in the award or management of this Contract.»",
        [("COI-03", "gap", "comment-only", "gifts and hospitality wording appears only in an annotation")])
    d.h(1, "10. Termination")
    d.c("ES-09", "k1", "10.1")
    d.c("ES-09", "d1", "10.2")
    d.p("Signed for Fenmarsh District Council: ....................  Signed for the Contractor: "
        "....................")
    return d


@register
def o04():
    d = Doc("o04_lowmoor_arts_grant", "odt",
            ctx(P="Grantee", A="Funder", Agr="Agreement", SU="members of the public",
                E="Clause 6 (Conduct)"),
            "Lowmoor City Council - Cultural Programme Grant Agreement")
    d.title_("Lowmoor City Council - Cultural Programme Grant Agreement 2024/25")
    d.p("This Agreement is made between (1) LOWMOOR CITY COUNCIL of the Guildhall, Lowmoor LM1 1GH (the "
        "\"Funder\") and (2) TIDEWATER THEATRE COMPANY LIMITED (company number 04433221, registered charity "
        "1098765) of The Old Fish Market, Quayside, Lowmoor LM2 3QF (the \"Grantee\").")
    d.h(1, "1. The Grant")
    d.p("1.1 The Funder shall pay the Grantee a grant of £75,000 towards the costs of the 2024/25 touring "
        "programme described in Schedule 1 (the \"Programme\").")
    d.c("COI-03", "d2", "1.2")
    d.h(1, "2. Conditions of the Grant")
    d.p("2.1 The Grantee shall deliver the Programme substantially as described in its application and shall "
        "tell the Funder promptly of any significant change.")
    d.c("ES-03", "n1", "2.2")
    d.h(1, "3. Information and monitoring")
    d.c("ES-07", "p1", "3.1")
    d.c("ES-08", "p3", "3.2")
    d.c("CDM-03", "k2", "3.3")
    d.h(1, "4. Conflicts of interest")
    d.c("COI-01", "p3", "4.1")
    d.c("COI-06", "k1", "4.2")
    d.h(1, "5. Fraud")
    d.c("ES-06", "w1", "5.1")
    d.h(1, "6. Conduct")
    d.c("ES-01", "k1", "6.1")
    d.c("ES-02", "p2", "6.2")
    d.c("ES-05", "k1", "6.3")
    d.c("ES-10", "k3", "6.4")
    d.h(1, "7. Repayment")
    d.c("ES-09", "p3", "7.1")
    d.p("Signed for Lowmoor City Council: ....................  Signed for the Grantee: ....................")
    return d


@register
def o05():
    d = Doc("o05_eda_digital_services", "odt",
            ctx(P="Supplier", A="Authority", St="Supplier Staff", SU="members of the public",
                E="Clause 20 (Standards of conduct)"),
            "Environmental Data Agency - Digital Services Contract", producer="soffice-fodt")
    d.title_("Environmental Data Agency - Contract for the Discovery and Alpha of the Flood Data Service")
    d.p("This Contract is made between (1) THE SECRETARY OF STATE FOR ENVIRONMENT acting through the "
        "ENVIRONMENTAL DATA AGENCY of Horizon House, Deanery Road, Bristol BS1 5AH (the \"Authority\") and (2) "
        "NORTHWIND DIGITAL LIMITED (company number 09876543) of 5 Mill Yard, Manchester M4 1HN (the "
        "\"Supplier\").")
    d.h(1, "1. Services")
    d.p("1.1 The Supplier shall carry out the discovery and alpha phases of the Flood Data Service in "
        "accordance with the Government Service Standard.")
    d.c("CDM-03", "p3", "1.2")
    d.c("CDM-01", "d2", "1.3")
    d.h(1, "2. Standards of conduct")
    d.c("ES-01", "p5", "2.1")
    d.c("ES-02", "p1", "2.2")
    d.c("ES-03", "p1", "2.3")
    d.c("ES-04", "k3", "2.4")
    d.c("ES-05", "p2", "2.5")
    d.c("ES-06", "n1", "2.6")
    d.c("ES-10", "p2", "2.7")
    d.h(1, "3. Conflicts of interest")
    d.c("COI-01", "p3", "3.1")
    d.c("COI-02", "p1", "3.2")
    d.c("COI-03", "p1", "3.3")
    d.c("COI-04", "p2", "3.4")
    d.c("COI-05", "k2", "3.5")
    d.c("COI-06", "p1", "3.6")
    d.h(1, "4. Transparency")
    d.c("ES-07", "p1", "4.1")
    d.h(1, "5. Audit and remedies")
    d.c("ES-08", "k1", "5.1")
    d.c("ES-09", "p1", "5.2")
    d.p("Signed for the Authority: ....................  Signed for the Supplier: ....................")
    return d


@register
def o06():
    d = Doc("o06_north_ferrand_bus_services", "odt", ctx(P="Operator", A="Authority", Agr="contract"),
            "North Ferrand Combined Authority - Supported Bus Services Contract (plain English, tracked)")
    d.title_("Supported Local Bus Services - Your Contract with North Ferrand Combined Authority")
    d.p("This contract is between North Ferrand Combined Authority, 1 Exchange Quay, Ferrand FE1 1XQ (the "
        "\"Authority\", \"we\", \"us\") and Moorland Buses Limited, company number 02345678, of Moor Lane "
        "Garage, Ferrand FE6 2MB (the \"Operator\", \"you\").")
    d.h(1, "1. The services")
    d.p("1.1 You will run bus routes 41, 42 and 43 to the timetables in Schedule 1 from 1 January 2025 to 31 "
        "December 2027.")
    d.p("1.2 In this contract \"your Staff\" means your drivers, engineers, inspectors and office staff, and "
        "\"passengers\" means members of the public travelling on the services.")
    d.p("1.3 Your Staff must be appropriately trained for their roles.",
        [("ES-04", "weak", "weak", "generic 'appropriately trained', ethics not named")])
    d.h(1, "2. Your conduct")
    d.p("2.1 You and your Staff must follow the Seven Principles of Public Life (the Nolan Principles) in "
        "everything you do under this contract.",
        [("ES-01", "pass", "you-form", "you and your Staff must follow the Nolan Principles")])
    d.p("2.2 We expect you to meet the standards in the Supplier Code of Conduct.",
        [("ES-02", "weak", "weak", "'expect' only")])
    d.p("2.3 You must not offer or accept any bribe, and you must have adequate procedures in place to prevent "
        "bribery under the Bribery Act 2010.",
        [("ES-06", "pass", "you-form", "no bribes; adequate procedures (Bribery Act 2010)")])
    d.p("2.4 You must avoid any conflict of interest and tell us straight away about any actual or potential "
        "conflict of interest affecting you or your Staff.",
        [("COI-01", "pass", "you-form", "avoid conflicts; tell authority straight away")])
    d.p("2.5 «cmt:You must treat your Staff fairly.|Policy team: we could add - You must have a whistleblowing "
        "policy and you must not treat any of your Staff badly for raising a concern with us in good faith.»",
        [("ES-05", "gap", "comment-only", "whistleblowing wording only in an annotation")])
    d.h(1, "3. Information and checks")
    d.p("3.1 You must publish the performance information listed in Schedule 3 on your website every quarter, "
        "and you must help us answer any Freedom of Information request about the services.",
        [("ES-07", "pass", "you-form", "publish performance info; help with FOI requests")])
    d.p("3.2 We may check whether you are meeting the ethical standards in section 2, including by auditing "
        "your records.", [("ES-08", "pass", "you-form", "authority may check/audit ethical standards compliance")])
    d.h(1, "4. Passengers")
    d.p("4.1 «ins:As the Operator, you must have a complaints procedure for passengers and other members of "
        "the public, and you must publicise it on your buses and your website.»",
        [("CDM-01", "pass", "inserted", "tracked INSERTION: complaints procedure for passengers/public")])
    d.p("4.2 «del:You must acknowledge complaints within 3 working days and reply in full within 15 working "
        "days.»",
        [("CDM-06", "gap", "deleted", "timescales exist only in a tracked deletion")])
    d.p("4.3 Every month you must send us a report showing the number of complaints you received from "
        "passengers and members of the public, what they were about and what you did about them.",
        [("CDM-02", "pass", "you-form", "monthly complaints report: numbers, themes, actions")])
    d.p("4.4 You must carry out a passenger satisfaction survey each year and send us the results.",
        [("CDM-03", "pass", "you-form", "annual passenger satisfaction survey sent to authority")])
    d.p("4.5 If the survey shows satisfaction below the target level in Schedule 3, you must find out why and "
        "agree an action plan with us.",
        [("CDM-05", "pass", "you-form", "investigate and agree action plan when satisfaction below target")])
    d.p("4.6 Passengers who are unhappy with how you dealt with their complaint can ask us to review it, and "
        "may then contact the Local Government and Social Care Ombudsman.",
        [("CDM-04", "gap", "wrong-party", "passengers' right only; no operator duty to co-operate")])
    d.h(1, "5. Ending the contract")
    d.p("5.1 We may end this contract if you commit a material breach of it and do not put it right within 28 "
        "days.", [("ES-09", "weak", "weak", "material-breach termination, no ethics link")])
    d.p("Signed for the Authority: ....................  Signed for the Operator: ....................")
    return d


# ===========================================================================
# Build
# ===========================================================================
def check(doc):
    verdicts = {r: v for r, (v, _) in doc.kinds().items()}
    for rk in doc.used:
        for need in REQUIRES.get(rk, []):
            if verdicts[need] != "pass":
                raise SystemExit("%s: clause %s/%s touches %s, which is %s (must be pass)"
                                 % (doc.name, rk[0], rk[1], need, verdicts[need]))
    words = 0
    for typ, pay in doc.blocks:
        if typ == "p":
            words += len(plain(pay[0]).split())
        elif typ == "table":
            words += sum(len(plain(c).split()) for r in pay[0] for c in r)
        elif typ == "toc":
            words += sum(len(x.split()) for x in pay)
        else:
            words += len(plain(pay).split())
    if not 350 <= words <= 2200:
        raise SystemExit("%s: %d words (want 1-4 pages)" % (doc.name, words))
    return words


def build_one(doc):
    name = doc.name
    if doc.fmt == "txt":
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(render_txt(doc))
    elif doc.fmt == "md":
        with open(os.path.join(OUT, name + ".md"), "w", encoding="utf-8") as fh:
            fh.write(render_md(doc))
    elif doc.fmt == "docx" and doc.producer == "hand":
        DocxWriter(doc).write(os.path.join(OUT, name + ".docx"))
    elif doc.fmt == "odt" and doc.producer == "hand":
        OdtWriter(doc).write_odt(os.path.join(OUT, name + ".odt"))
    else:
        if doc.producer == "soffice-txt":
            src = os.path.join(BUILD, name + ".txt")
            with open(src, "w", encoding="utf-8") as fh:
                fh.write(render_txt(doc))
        elif doc.producer == "soffice-html":
            src = os.path.join(BUILD, name + ".html")
            with open(src, "w", encoding="utf-8") as fh:
                fh.write(render_html(doc))
        elif doc.producer == "soffice-fodt":
            src = os.path.join(BUILD, name + ".fodt")
            with open(src, "w", encoding="utf-8") as fh:
                fh.write(OdtWriter(doc).fodt())
        else:
            raise ValueError(doc.producer)
        fmt = {"docx": "docx:MS Word 2007 XML", "odt": "odt"}[doc.fmt]
        res = soffice_convert(src, fmt, BUILD)
        normalise_zip(res)
        shutil.copyfile(res, os.path.join(OUT, name + "." + doc.fmt))
    with open(os.path.join(OUT, name + ".expected"), "w", encoding="utf-8") as fh:
        fh.write(doc.expected())


def summary(docs):
    tally = {r: {"pass": 0, "gap": 0, "weak": 0} for r in RULES}
    kinds = {r: {} for r in RULES}
    for d in docs:
        for r, (v, ks) in d.kinds().items():
            tally[r][v] += 1
            if v != "pass":
                for k in ks:
                    kinds[r][k] = kinds[r].get(k, 0) + 1
            else:
                for k in ks:
                    if k != "pass":
                        kinds[r]["pass-" + k] = kinds[r].get("pass-" + k, 0) + 1
    return tally, kinds


def write_readme(docs, tally, kinds):
    by_fmt = {}
    for d in docs:
        by_fmt[d.fmt] = by_fmt.get(d.fmt, 0) + 1
    lines = []
    lines.append("# Blind clause evaluation set for probity (ES-01..ES-10, COI-01..COI-06, CDM-01..CDM-06)")
    lines.append("")
    lines.append(
        "This folder holds a blind evaluation set of %d synthetic but realistic public-service contracts and "
        "contract extracts (%d .txt, %d .md, %d .docx, %d .odt; English councils, NHS ICB/trust, CCS-style "
        "call-offs, central government, housing associations, grant agreements, Scottish, Welsh and Australian "
        "public bodies and plain-English \"we/you\" contracts), each with an `NAME.expected` file giving, for "
        "all 22 contract-clause rules, `RULE VERDICT  # reason` with VERDICT `pass`, `gap` or `weak`, for "
        "measuring per-rule precision and recall of probity's `gap` findings on text it was never tuned to. It "
        "was written from `../shared/rule-catalogue.md` (sections 1-2) only, without reading probity's "
        "rules, sources, fixtures, tests or docs and without running probity; verdicts follow the catalogue: "
        "`pass` = topic + provider party + obligation cue in one sentence/clause with no decoy, `weak` = the best "
        "match is permissive (may / should / expects / is encouraged to / reasonable endeavours) or a weak form "
        "the rule names (generic training, general audit right, material-breach termination with no ethics "
        "link, structures-only or one-topic certificate, complaint data only on request, definition-only), `gap` = absent, "
        "negated/disapplied, wrong party, decoy, bracketed drafting note or heading/TOC only, or present "
        "only in tracked-deleted text or a comment/annotation (tracked insertions and table cells count as "
        "contract text; footnotes carry nothing decisive). Two judgement calls are recorded in the reasons: a topic that appears only in a definition is scored `weak` (the catalogue's summary lists definition-only as weak, while section 1.3 only says it does not satisfy), and in the three plain-English contracts (t05, m04, o06) obligations on 'you', where the parties clause defines 'you' as the provider, are scored as provider obligations (kind `you-form` in the table below; many of them also name 'your Staff' or 'the Operator'), so a scorer can drop them if probity is not expected to resolve 'you'. Scorers who treat weak as a gap (as the catalogue "
        "does) should count `weak` as `gap`. Regenerate with `python3 scripts/make-blind-contracts.py` (Python 3 stdlib plus "
        "`/usr/bin/soffice`, which produces 3 of the .docx from txt/html/fodt sources and 3 of the .odt from "
        ".fodt; every other DOCX/ODT is hand-built OOXML/ODF with fixed zip timestamps, and the soffice "
        "outputs are re-zipped with their dates and rsids normalised); intermediate sources go to a scratch folder under the system temp directory. "
        "Per-rule counts across the set, the kinds of evidence behind each rule's non-pass cases (number of "
        "contracts with that kind; a contract can have several) and the special forms among its pass cases are:" % (len(docs), by_fmt.get("txt", 0), by_fmt.get("md", 0), by_fmt.get("docx", 0),
                                 by_fmt.get("odt", 0)))
    lines.append("")
    lines.append("| Rule | pass | gap | weak | tricky kinds in non-pass cases | special pass cases |")
    lines.append("|---|---|---|---|---|---|")
    for r in RULES:
        k = kinds[r]
        tricky = ", ".join("%s %d" % (x, k[x]) for x in sorted(k) if not x.startswith("pass-") and x != "absent")
        if "absent" in k:
            tricky = (tricky + ", " if tricky else "") + "absent %d" % k["absent"]
        sp = ", ".join("%s %d" % (x[5:], k[x]) for x in sorted(k) if x.startswith("pass-"))
        lines.append("| %s | %d | %d | %d | %s | %s |" % (r, tally[r]["pass"], tally[r]["gap"], tally[r]["weak"],
                                                       tricky, sp or "-"))
    lines.append("")
    lines.append("Files: " + ", ".join("`%s.%s`" % (d.name, d.fmt) for d in docs) + ".")
    lines.append("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(OUT)
    os.makedirs(BUILD)
    docs = []
    for fn in DOCS:
        d = fn()
        words = check(d)
        build_one(d)
        docs.append(d)
        print("%-42s %-5s %-13s %5d words" % (d.name, d.fmt, d.producer, words))
    tally, kinds = summary(docs)
    write_readme(docs, tally, kinds)
    for r in RULES:
        t = tally[r]
        print("%-7s pass %2d  gap %2d  weak %2d" % (r, t["pass"], t["gap"], t["weak"]))


if __name__ == "__main__":
    main()
