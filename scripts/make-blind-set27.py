#!/usr/bin/env python3
"""Build blind fixture set 27 (contracts as Microsoft Word writes them, second round).

Run from the repository root:  python3 scripts/make-blind-set27.py
Deletes and rebuilds fixtures/blind/set27/ deterministically, then checks it and exits non-zero on
any failure. Contract texts and verdicts live in scripts/blind_set27_contracts.py.

Every contract is a DOCX hand-built the way Word saves departmental and law-firm templates, with
conventions deliberately different from set 21: built-in Heading1..Heading4 numbered by ONE
multi-level list whose levels name the heading styles through w:pStyle inside w:lvl (the styles
carry no w:numPr), legal-style w:isLgl levels ('Section 1.01' under 'ARTICLE I'), 'Clause %1' and
'%1.' level texts, body clauses in ListParagraph with direct w:numPr, a 'Schedule %1' list whose
'%1.%2' paragraphs restart under each schedule; block and run content controls incl. placeholder
text (w:showingPlcHdr) and w14:checkbox tick boxes; tracked changes (w:ins, w:del, a deletion by a
second author inside an insertion, w:rPrChange, w:pPrChange, a deleted paragraph mark, inserted and
deleted table rows, paragraph moves with range markers); comments spanning paragraphs with replies
(commentsExtended); hidden text (w:vanish); w:fldSimple DOCPROPERTY and complex REF / PAGEREF /
HYPERLINK / nested IF fields with cached results; w:hyperlink; w:smartTag and w:customXml
wrappers; w:sym, w:noBreakHyphen, w:softHyphen, w:ptab, w:cr; tables with w:gridSpan, w:vMerge,
a nested table and repeated header rows; text boxes (wps with VML fallback); footnotes and
endnotes; several sections with a landscape schedule; OFFICIAL headers and footers.

Needs Python 3 and LibreOffice (soffice, private profile /tmp/lo27) for the open/convert check.
"""
import hashlib
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
from blind_set27_contracts import CONTRACTS, RULES, README_HEAD, README_TAIL  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set27")
LO_PROFILE = "file:///tmp/lo27"
FIXED = (1980, 1, 1, 0, 0, 0)
FIXED_ISO = "2026-03-02T09:30:00Z"
DATE = "2026-03-02T09:30:00Z"
DATE2 = "2026-03-04T14:05:00Z"
WORDS_MIN, WORDS_MAX = 1000, 2200
PASS_MIN, PASS_MAX = 7, 15
VERDICT = re.compile(r"^(ES-(0[1-9]|10)|COI-0[1-6]|CDM-0[1-6]) (pass|weak|gap)  # \S.*$")
CITE = re.compile(r"(?i)\b(clause|section|article|schedule|para(graph)?|table|row|item|footnote|endnote|comment|text box|box|"
                  r"definition|heading|note|option|field|particulars|part|annex|recital|condition|KPI)s?\b|\bSC\d")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="%s" xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="%s" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'mc:Ignorable="w14 w15 wp14"' % (R_NS, W))
XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
RSIDS = ["00D15A2B", "004E7C19", "00B2963F", "0061A0D4", "00F3C852", "00287E6A"]

# numbering schemes: list levels 0-3 (format, text, isLgl) for the heading list (numId 1), linked to Heading1..Heading4
SCHEMES = {
    "article": [("upperRoman", "ARTICLE %1", False), ("decimalZero", "Section %1.%2", True), ("lowerLetter", "(%3)", False), ("lowerRoman", "(%4)", False)],
    "clause": [("decimal", "Clause %1", False), ("decimal", "%1.%2", False), ("lowerLetter", "(%3)", False), ("lowerRoman", "(%4)", False)],
    "decimal": [("decimal", "%1.", False), ("decimal", "%1.%2", False), ("lowerLetter", "(%3)", False), ("lowerRoman", "(%4)", False)],
    "part": [("upperLetter", "Part %1", False), ("decimal", "%2.", False), ("decimal", "%2.%3", False), ("lowerLetter", "(%4)", False)],
    "short": [("decimal", "%1", False), ("lowerLetter", "(%2)", False), ("lowerRoman", "(%3)", False), ("upperLetter", "(%4)", False)],
    "firm": [("decimal", "%1.", False), ("decimal", "%1.%2", False), ("decimal", "%1.%2.%3", False), ("lowerLetter", "(%4)", False)],
    "section": [("decimal", "Section %1", False), ("decimal", "%1.%2", False), ("lowerLetter", "(%3)", False), ("lowerRoman", "(%4)", False)],
    "sc": [("decimal", "SC%1", False), ("decimal", "SC%1.%2", True), ("lowerLetter", "(%3)", False), ("lowerRoman", "(%4)", False)],
    "legal": [("decimal", "%1", False), ("decimal", "%1.%2", True), ("decimal", "%1.%2.%3", True), ("lowerLetter", "(%4)", False)],
}


def _h(*parts):
    return int(hashlib.sha256(repr(parts).encode()).hexdigest()[:8], 16)


def smart(s):
    s = re.sub(r"(\w)'", "\\1\u2019", s)
    s = s.replace("'", "\u2018")
    out, opn = [], True
    for ch in s:
        if ch == '"':
            out.append("\u201c" if opn else "\u201d")
            opn = not opn
        else:
            out.append(ch)
    return "".join(out)


def norm(s):
    s = s.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2011", "-").replace("\u00ad", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- parts
def styles_xml():
    def ps(sid, name, based, ppr="", rpr="", builtin=True, nxt=None, link=None):
        return ('<w:style w:type="paragraph"%s w:styleId="%s"><w:name w:val="%s"/>%s%s%s<w:uiPriority w:val="9"/><w:qFormat/><w:pPr>%s</w:pPr>%s</w:style>'
                % ("" if builtin else ' w:customStyle="1"', sid, name, '<w:basedOn w:val="%s"/>' % based if based else "",
                   '<w:next w:val="%s"/>' % nxt if nxt else "", '<w:link w:val="%s"/>' % link if link else "", ppr,
                   "<w:rPr>%s</w:rPr>" % rpr if rpr else ""))
    s = ['<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>',
         ps("Title", "Title", "Normal", '<w:jc w:val="center"/><w:spacing w:after="200"/><w:contextualSpacing/>', '<w:b/><w:caps/><w:sz w:val="30"/>', nxt="Normal"),
         ps("Subtitle", "Subtitle", "Normal", '<w:jc w:val="center"/><w:spacing w:after="240"/>', '<w:i/><w:sz w:val="22"/>', nxt="Normal")]
    for i, (sz, extra) in enumerate(((26, "<w:caps/>"), (23, ""), (22, ""), (22, "<w:i/>")), 1):
        s.append(ps("Heading%d" % i, "heading %d" % i, "Normal",
                    '<w:keepNext/><w:keepLines/><w:spacing w:before="%d" w:after="120"/><w:outlineLvl w:val="%d"/>' % (360 if i == 1 else 200, i - 1),
                    '<w:b/>%s<w:sz w:val="%d"/>' % (extra if i != 4 else "", sz) if i < 4 else '<w:b/><w:i/>', nxt="BodyText"))
    s += [ps("BodyText", "Body Text", "Normal", '<w:jc w:val="both"/>', ""),
          ps("ListParagraph", "List Paragraph", "Normal", '<w:ind w:left="720"/><w:contextualSpacing/><w:jc w:val="both"/>', ""),
          ps("ScheduleTitle", "Schedule Title", "Heading1", '<w:pageBreakBefore/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>', "", builtin=False, nxt="ListParagraph"),
          ps("TableParagraph", "Table Paragraph", "Normal", '<w:spacing w:after="0"/>', '<w:sz w:val="20"/>', builtin=False),
          ps("Quote", "Quote", "Normal", '<w:ind w:left="864" w:right="864"/><w:jc w:val="center"/>', '<w:i/>'),
          ps("Header", "header", "Normal", '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/>', ""),
          ps("Footer", "footer", "Normal", '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/>', ""),
          ps("FootnoteText", "footnote text", "Normal", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>'),
          ps("EndnoteText", "endnote text", "Normal", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>'),
          ps("CommentText", "annotation text", "Normal", "", '<w:sz w:val="20"/>')]
    s.append('<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>')
    for sid, name, rpr in (("FootnoteReference", "footnote reference", '<w:vertAlign w:val="superscript"/>'),
                           ("EndnoteReference", "endnote reference", '<w:vertAlign w:val="superscript"/>'),
                           ("CommentReference", "annotation reference", '<w:sz w:val="16"/>'),
                           ("Hyperlink", "Hyperlink", '<w:color w:val="0563C1"/><w:u w:val="single"/>'),
                           ("PlaceholderText", "Placeholder Text", '<w:color w:val="808080"/>'),
                           ("Strong", "Strong", "<w:b/>")):
        s.append('<w:style w:type="character" w:styleId="%s"><w:name w:val="%s"/><w:rPr>%s</w:rPr></w:style>' % (sid, name, rpr))
    s.append('<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
             '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>')
    s.append('<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
             + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="auto"/>' % b for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
             + '</w:tblBorders></w:tblPr></w:style>')
    return (XMLDECL + '<w:styles xmlns:w="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/>'
            '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>%s</w:styles>'
            % (W, "".join(s)))


def numbering_xml(scheme):
    def lvl(i, fmt, txt, lgl, pstyle, left):
        return ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s%s<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
                % (i, fmt, '<w:pStyle w:val="%s"/>' % pstyle if pstyle else "", "<w:isLgl/>" if lgl else "", txt, left, 720 if i < 2 else 567))
    a = ""
    for i, (fmt, txt, lgl) in enumerate(SCHEMES[scheme]):
        a += lvl(i, fmt, txt, lgl, "Heading%d" % (i + 1), 720 + 567 * i)
    for i in range(4, 9):
        a += lvl(i, "decimal", "%%%d." % (i + 1), False, None, 2880 + 360 * i)
    b = lvl(0, "decimal", "Schedule %1", False, "ScheduleTitle", 0) + lvl(1, "decimal", "%1.%2", False, None, 720) + lvl(2, "lowerLetter", "(%3)", False, None, 1287)
    for i in range(3, 9):
        b += lvl(i, "decimal", "%%%d." % (i + 1), False, None, 2880 + 360 * i)
    return (XMLDECL + '<w:numbering %s>'
            '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="3E1F6A20"/><w:multiLevelType w:val="multilevel"/>'
            '<w:tmpl w:val="9A2C4B10"/><w:name w:val="Clause Numbering"/>%s</w:abstractNum>'
            '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="5D07C3B4"/><w:multiLevelType w:val="multilevel"/>'
            '<w:tmpl w:val="1C8E0F72"/><w:name w:val="Schedule Numbering"/>%s</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
            % (NS, a, b))


class Writer:
    """Turns one contract's blocks into WordprocessingML parts."""
    TOKEN = re.compile(r"\{(\w+)(?::([^{}]*))?\}")

    def __init__(self, c):
        self.c = c
        self.rid = 100
        self.comments = []      # (id, [paragraph texts], author, parent id or None)
        self.open_comments = {}
        self.footnotes, self.endnotes, self.links = [], [], []
        self.sdt = 0
        self.shape = 0
        self.bm = 10
        self.a1 = c.get("author", "Contracts Team")
        self.a2 = c.get("author2", "Legal Services")

    def nid(self):
        self.rid += 1
        return self.rid

    def mark(self, kind, author=None, date=DATE):
        return '<w:%s w:id="%d" w:author="%s" w:date="%s"/>' % (kind, self.nid(), escape(author or self.a1), date)

    def wrap(self, kind, inner, author=None, date=DATE):
        return '<w:%s w:id="%d" w:author="%s" w:date="%s">%s</w:%s>' % (kind, self.nid(), escape(author or self.a1), date, inner, kind)

    # -- runs split where Word's editing sessions left rsid boundaries (sometimes mid-word)
    def runs(self, text, key, tag="w:t", rpr=""):
        text = smart(text)
        chunks, part = [], text
        while len(part) > 48:
            cut = 17 + _h(key, part[:20]) % (len(part) - 30)
            chunks.append(part[:cut])
            part = part[cut:]
        chunks.append(part)
        out = []
        for i, ch in enumerate(chunks):
            if not ch:
                continue
            h = _h(key, i)
            rp = rpr + ('<w:lang w:val="en-GB"/>' if h % 5 == 0 else "")
            attr = ' w:rsidR="%s"' % RSIDS[h % len(RSIDS)] if tag == "w:t" else ' w:rsidDel="%s"' % RSIDS[h % len(RSIDS)]
            pieces = ch.split("\t")
            body = "<w:tab/>".join('<%s xml:space="preserve">%s</%s>' % (tag, escape(p), tag) if p else "" for p in pieces)
            out.append("<w:r%s>%s%s</w:r>" % (attr, "<w:rPr>%s</w:rPr>" % rp if rp else "", body))
        return "".join(out)

    def field(self, instr, result_xml):
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">%s</w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>' % (escape(instr), result_xml))

    def inline(self, text, key, tag="w:t", wrap=None):
        out, pos = [], 0
        for j, m in enumerate(self.TOKEN.finditer(text)):
            if m.start() > pos:
                out.append(self.runs(text[pos:m.start()], (key, j, "t"), tag))
            pos = m.end()
            out.append(self.token(m.group(1), (m.group(2) or "").split("|"), (key, j), tag))
        if pos < len(text):
            out.append(self.runs(text[pos:], (key, "end"), tag))
        return "".join(out)

    def token(self, k, a, key, tag):
        if k == "ins":
            return self.wrap("ins", self.inline(a[0], key))
        if k == "del":
            return self.wrap("del", self.runs(a[0], key, "w:delText"), self.a2 if len(a) > 1 else None)
        if k == "insdel":  # author 1 inserted a[0]+a[1]+a[2]; author 2 deleted a[1] and inserted a[3]
            return (self.wrap("ins", self.runs(a[0], (key, 0))) + self.wrap("ins", self.wrap("del", self.runs(a[1], (key, 1), "w:delText"), self.a2, DATE2))
                    + self.wrap("ins", self.runs(a[3], (key, 3)), self.a2, DATE2) + self.wrap("ins", self.runs(a[2], (key, 2))))
        if k == "fmt":  # formatting-only tracked change: made bold
            return self.runs(a[0], key, "w:t", '<w:b/><w:rPrChange w:id="%d" w:author="%s" w:date="%s"><w:rPr/></w:rPrChange>' % (self.nid(), escape(self.a2), DATE2))
        if k == "hid":
            return self.runs(a[0], key, "w:t", '<w:vanish/>')
        if k == "ph":  # run-level content control showing its placeholder text
            self.sdt += 1
            return ('<w:sdt><w:sdtPr><w:id w:val="%d"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/><w:text/></w:sdtPr>'
                    '<w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>' % (-1902300000 + self.sdt, escape(a[0])))
        if k == "sdt":  # run-level content control with filled-in text
            self.sdt += 1
            return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/><w:text/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
                    % (escape(a[0]), re.sub(r"\W", "", a[0]), 1457000 + self.sdt, self.runs(a[1], key)))
        if k == "cb":  # Word check-box content control
            self.sdt += 1
            on = a[0] == "1"
            return ('<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:id w:val="%d"/>'
                    '<w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                    '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
                    '<w:r><w:tab/></w:r>' % (-688100000 + self.sdt, 1 if on else 0, "\u2612" if on else "\u2610"))
        if k == "fn":
            self.footnotes.append(a[0])
            return '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % len(self.footnotes)
        if k == "en":
            self.endnotes.append(a[0])
            return '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="%d"/></w:r>' % len(self.endnotes)
        if k == "c":  # comment on a span within one paragraph: {c:comment text|anchored text|reply text}
            cid = len(self.comments)
            self.comments.append((cid, a[0].split("//"), self.a2, None))
            rep = ""
            if len(a) > 2 and a[2]:
                rid = len(self.comments)
                self.comments.append((rid, a[2].split("//"), self.a1, cid))
                rep = '<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>' % (rid, rid)
            return ('<w:commentRangeStart w:id="%d"/>%s%s<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>%s'
                    % (cid, '<w:commentRangeStart w:id="%d"/>' % (cid + 1) if rep else "", self.inline(a[1], key), cid, cid, rep))
        if k == "cs":  # start of a comment spanning paragraphs: {cs:key|comment text}
            cid = len(self.comments)
            self.comments.append((cid, a[1].split("//"), self.a2, None))
            self.open_comments[a[0]] = cid
            return '<w:commentRangeStart w:id="%d"/>' % cid
        if k == "ce":
            cid = self.open_comments.pop(a[0])
            return '<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>' % (cid, cid)
        if k == "bm":
            self.bm += 1
            return '<w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/>' % (self.bm, a[0], self.inline(a[1], key), self.bm)
        if k == "ref":
            return self.field(" REF %s \\r \\h " % a[0], '<w:r><w:t>%s</w:t></w:r>' % escape(a[1]))
        if k == "pageref":
            return self.field(" PAGEREF %s \\h " % a[0], '<w:r><w:t>%s</w:t></w:r>' % escape(a[1]))
        if k == "prop":
            return ('<w:fldSimple w:instr=" DOCPROPERTY  %s  \\* MERGEFORMAT "><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:fldSimple>' % (a[0], escape(smart(a[1]))))
        if k == "hl":  # complex HYPERLINK field
            return self.field(' HYPERLINK "%s" ' % a[0], '<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % escape(smart(a[1])))
        if k == "link":  # w:hyperlink element
            self.links.append(a[0])
            return '<w:hyperlink r:id="rIdL%d" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:hyperlink>' % (len(self.links), escape(smart(a[1])))
        if k == "if":  # nested IF { IF { DOCPROPERTY a0 } = "a1" "a2" "a3" } showing cached a4
            inner = self.field(" DOCPROPERTY %s " % a[0], '<w:r><w:t>%s</w:t></w:r>' % escape(a[5]))
            return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>%s'
                    '<w:r><w:instrText xml:space="preserve"> = "%s" "%s" "%s" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>%s'
                    '<w:r><w:fldChar w:fldCharType="end"/></w:r>' % (inner, escape(a[1]), escape(smart(a[2])), escape(smart(a[3])), self.runs(a[4], key)))
        if k == "smart":
            return '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="%s">%s</w:smartTag>' % (a[0], self.runs(a[1], key))
        if k == "cx":
            return '<w:customXml w:uri="http://schemas.example.org/contract-data" w:element="%s">%s</w:customXml>' % (a[0], self.runs(a[1], key))
        if k == "sym":
            return '<w:r><w:sym w:font="Wingdings" w:char="%s"/></w:r>' % a[0]
        if k == "nbh":
            return '<w:r><w:noBreakHyphen/></w:r>'
        if k == "shy":
            return '<w:r><w:softHyphen/></w:r>'
        if k == "ptab":
            return '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>'
        if k == "cr":
            return '<w:r><w:cr/></w:r>'
        if k == "b":
            return self.runs(a[0], key, "w:t", '<w:rStyle w:val="Strong"/>')
        raise ValueError("unknown token " + k)

    def para(self, style, text, key, numpr="", o=None):
        o = o or {}
        inner = self.inline(text, key, "w:delText" if o.get("del") else "w:t")
        mark, pchange = "", ""
        if o.get("del"):
            inner = self.wrap("del", inner)
            mark = "<w:rPr>%s</w:rPr>" % self.mark("del")
        if o.get("ins"):
            inner = self.wrap("ins", inner)
            mark = "<w:rPr>%s</w:rPr>" % self.mark("ins")
        for mv in ("moveFrom", "moveTo"):
            if o.get(mv):
                rid = self.nid()
                inner = ('<w:%sRangeStart w:id="%d" w:author="%s" w:date="%s" w:name="%s"/>%s<w:%sRangeEnd w:id="%d"/>'
                         % (mv, rid, escape(self.a1), DATE, o[mv], self.wrap(mv, inner), mv, rid))
                mark = "<w:rPr>%s</w:rPr>" % self.mark(mv)
        extra = ""
        if o.get("pchange"):
            extra = '<w:ind w:left="1440"/>'
            pchange = '<w:pPrChange w:id="%d" w:author="%s" w:date="%s"><w:pPr><w:pStyle w:val="%s"/>%s</w:pPr></w:pPrChange>' % (
                self.nid(), escape(self.a2), DATE2, style, numpr)
        if o.get("center"):
            extra += '<w:jc w:val="center"/>'
        sect = o.get("sect", "")
        rsid = RSIDS[_h("p", key) % len(RSIDS)]
        return '<w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"><w:pPr><w:pStyle w:val="%s"/>%s%s%s%s%s</w:pPr>%s</w:p>' % (
            rsid, RSIDS[0], RSIDS[_h("q", key) % len(RSIDS)], style, numpr, extra, mark, sect, pchange, inner)

    def cell(self, x, width, key, head):
        o = x if isinstance(x, dict) else {"t": x}
        tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
        if o.get("span"):
            tcpr += '<w:gridSpan w:val="%d"/>' % o["span"]
        if o.get("vm") == "restart":
            tcpr += '<w:vMerge w:val="restart"/>'
        elif o.get("vm") == "cont":
            tcpr += "<w:vMerge/>"
        if head:
            tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="DEEAF6"/>'
        body = ""
        if o.get("tbl"):
            body = self.table(o["tbl"], (key, "n"), {"nested": True}) + '<w:p><w:pPr><w:pStyle w:val="TableParagraph"/></w:pPr></w:p>'
        else:
            rowmark = o.get("_row")
            t = o.get("t", "")
            paras = t.split("//")
            for pi, pt in enumerate(paras):
                if rowmark == "del":
                    r = self.wrap("del", self.inline(pt, (key, pi), "w:delText"))
                    m = "<w:rPr>%s</w:rPr>" % self.mark("del")
                elif rowmark == "ins":
                    r = self.wrap("ins", self.inline(pt, (key, pi)))
                    m = "<w:rPr>%s</w:rPr>" % self.mark("ins")
                elif head:
                    r = self.runs(pt, (key, pi), "w:t", "<w:b/>")
                    m = ""
                else:
                    r = self.inline(pt, (key, pi))
                    m = ""
                body += '<w:p><w:pPr><w:pStyle w:val="TableParagraph"/>%s</w:pPr>%s</w:p>' % (m, r)
        return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (tcpr, body)

    def table(self, rows, key, o=None):
        o = o or {}
        norm_rows = [r if isinstance(r, dict) else {"cells": r} for r in rows]
        first = norm_rows[0]["cells"]
        ncol = sum((x.get("span", 1) if isinstance(x, dict) else 1) for x in first)
        widths = o.get("widths") or [(4200 if o.get("nested") else 9000) // ncol] * ncol
        t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>' % sum(widths),
             "<w:tblGrid>%s</w:tblGrid>" % "".join('<w:gridCol w:w="%d"/>' % w for w in widths)]
        for ri, row in enumerate(norm_rows):
            head = ri < o.get("head", 1)
            trpr = ""
            if head:
                trpr += "<w:tblHeader/>"
            if row.get("ins"):
                trpr += self.mark("ins")
            if row.get("del"):
                trpr += self.mark("del")
            cells, col = [], 0
            for ci, x in enumerate(row["cells"]):
                span = x.get("span", 1) if isinstance(x, dict) else 1
                xx = dict(x) if isinstance(x, dict) else {"t": x}
                if row.get("ins"):
                    xx["_row"] = "ins"
                if row.get("del"):
                    xx["_row"] = "del"
                cells.append(self.cell(xx, sum(widths[col:col + span]), (key, ri, ci), head))
                col += span
            if col != ncol:
                raise ValueError("%s: table row %d spans %d of %d columns" % (self.c["file"], ri, col, ncol))
            t.append('<w:tr w:rsidR="%s">%s%s</w:tr>' % (RSIDS[(ri + 2) % len(RSIDS)], "<w:trPr>%s</w:trPr>" % trpr if trpr else "", "".join(cells)))
        t.append("</w:tbl>")
        return "".join(t)

    def textbox(self, paras, key):
        self.shape += 1
        n = self.shape
        inner = "".join('<w:p><w:pPr><w:pStyle w:val="TableParagraph"/><w:spacing w:after="60"/></w:pPr>%s</w:p>' % self.inline(x, (key, i)) for i, x in enumerate(paras))
        fb = "".join('<w:p><w:pPr><w:pStyle w:val="TableParagraph"/><w:spacing w:after="60"/></w:pPr>%s</w:p>' % self.inline(x, (key, "fb", i)) for i, x in enumerate(paras))
        h = 300000 * (2 + sum(len(x) // 80 + 1 for x in paras))
        return ('<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
                '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
                '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
                '<wp:extent cx="5580000" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
                '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
                '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
                '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5580000" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
                '<a:solidFill><a:srgbClr val="EDF3F9"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="2F5496"/></a:solidFill></a:ln></wps:spPr>'
                '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr>'
                '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                '<v:shape id="Text Box %d" o:spid="_x0000_s20%02d" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:439.4pt;height:%dpt;z-index:%d;mso-position-horizontal:center;mso-position-horizontal-relative:margin" fillcolor="#edf3f9" strokecolor="#2f5496" strokeweight="1pt">'
                '<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict>'
                '</mc:Fallback></mc:AlternateContent></w:r></w:p>'
                % (251660288 + n, h, n, n, h, inner, n, n, h // 12700, n, fb))

    def sectpr(self, orient):
        pw, ph = (11906, 16838) if self.c.get("page") != "Letter" else (12240, 15840)
        size = '<w:pgSz w:w="%d" w:h="%d" w:orient="landscape"/>' % (ph, pw) if orient == "landscape" else '<w:pgSz w:w="%d" w:h="%d"/>' % (pw, ph)
        return ('<w:sectPr w:rsidR="%s"><w:headerReference w:type="default" r:id="rId20"/><w:footerReference w:type="default" r:id="rId21"/>'
                '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:endnotePr><w:numFmt w:val="lowerRoman"/></w:endnotePr>%s'
                '<w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="709" w:footer="709" w:gutter="0"/>'
                '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>' % (RSIDS[1], size))

    def blocks(self, bs, key):
        out = []
        for i, b in enumerate(bs):
            k, kk = b[0], (key, i)
            o = b[-1] if isinstance(b[-1], dict) else {}
            if k == "title":
                out.append(self.para("Title", b[1], kk, "", o))
            elif k == "sub":
                out.append(self.para("Subtitle", b[1], kk, "", o))
            elif k == "h":  # numbered through the list level linked to HeadingN
                out.append(self.para("Heading%d" % b[1], b[2], kk, "", o))
            elif k == "hu":  # heading taken out of the list
                out.append(self.para("Heading%d" % b[1], b[2], kk, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>', o))
            elif k == "n":  # body clause with direct numbering on the heading list
                out.append(self.para(o.get("style", "ListParagraph"), b[2], kk, '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr>' % b[1], o))
            elif k == "sch":
                out.append(self.para("ScheduleTitle", b[1], kk, "", o))
            elif k == "sn":
                out.append(self.para("ListParagraph", b[2], kk, '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="2"/></w:numPr>' % b[1], o))
            elif k == "p":
                out.append(self.para(o.get("style", "BodyText"), b[1], kk, "", o))
            elif k == "table":
                out.append(self.table(b[1], kk, o))
                out.append('<w:p><w:pPr><w:pStyle w:val="BodyText"/><w:spacing w:after="0"/></w:pPr></w:p>')
            elif k == "box":
                out.append(self.textbox(b[1], kk))
            elif k == "sect":  # ends the current section, whose orientation is b[1]
                out.append('<w:p><w:pPr><w:pStyle w:val="BodyText"/>%s</w:pPr></w:p>' % self.sectpr(b[1]))
            elif k == "sdt":  # block-level content control holding filled-in paragraphs
                self.sdt += 1
                out.append('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
                           % (escape(b[1]), re.sub(r"\W", "", b[1]), 731000 + self.sdt, "".join(self.blocks(b[2], kk))))
            elif k == "phblock":  # block-level content control still showing its placeholder
                self.sdt += 1
                out.append('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:id w:val="%d"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/></w:sdtPr>'
                           '<w:sdtContent><w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>%s</w:t></w:r></w:p></w:sdtContent></w:sdt>'
                           % (escape(b[1]), 731000 + self.sdt, escape(b[2])))
            else:
                raise ValueError("unknown block " + k)
        return out

    def parts(self):
        c = self.c
        body = "".join(self.blocks(c["blocks"], "b"))
        if self.open_comments:
            raise ValueError("%s: comment left open" % c["file"])
        document = XMLDECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, body, self.sectpr("portrait"))
        header = (XMLDECL + '<w:hdr %s><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>%s<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>%s</w:p>'
                  '<w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>%s</w:p></w:hdr>'
                  % (NS, self.runs(c.get("marking", "OFFICIAL"), ("hm",), "w:t", '<w:b/><w:color w:val="C00000"/>'),
                     '<w:fldSimple w:instr=" TITLE  \\* MERGEFORMAT "><w:r><w:t>%s</w:t></w:r></w:fldSimple>' % escape(c["title"]),
                     self.runs(c.get("header", ""), ("hh",))))
        footer = (XMLDECL + '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>%s<w:r><w:tab/></w:r>%s<w:r><w:tab/></w:r>'
                  '<w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p>'
                  '<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>%s</w:p></w:ftr>'
                  % (NS, self.runs(c.get("footer", ""), ("ff",)), self.runs(c.get("marking", "OFFICIAL"), ("fm",), "w:t", "<w:b/>"),
                     self.runs(c.get("footer2", ""), ("f2",))))
        cm, cx = [], []
        for cid, paras, author, parent in self.comments:
            ps = ""
            for pi, t in enumerate(paras):
                pid = "%08X" % (0x1A000000 + cid * 16 + pi)
                ps += ('<w:p w14:paraId="%s" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>%s%s</w:p>'
                       % (pid, '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' if pi == 0 else "", self.runs(t, ("cm", cid, pi))))
            cm.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">%s</w:comment>'
                      % (cid, escape(author), DATE2 if parent is not None else DATE, "".join(w[0] for w in author.split()), ps))
            last = "%08X" % (0x1A000000 + cid * 16 + len(paras) - 1)
            if parent is None:
                cx.append('<w15:commentEx w15:paraId="%s" w15:done="0"/>' % last)
            else:
                ppar = [x for x in self.comments if x[0] == parent][0]
                cx.append('<w15:commentEx w15:paraId="%s" w15:paraIdParent="%s" w15:done="0"/>' % (last, "%08X" % (0x1A000000 + parent * 16 + len(ppar[1]) - 1)))
        comments_xml = XMLDECL + '<w:comments %s>%s</w:comments>' % (NS, "".join(cm))
        cext_xml = XMLDECL + '<w15:commentsEx %s>%s</w15:commentsEx>' % (NS, "".join(cx))

        def notes(kind, items, style, ref):
            x = ('<w:%s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s>'
                 '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:%s>'
                 % (kind, kind, kind, kind))
            for i, t in enumerate(items, 1):
                x += ('<w:%s w:id="%d"><w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr><w:r><w:rPr><w:rStyle w:val="%s"/></w:rPr><w:%sRef/></w:r>'
                      '<w:r><w:t xml:space="preserve"> </w:t></w:r>%s</w:p></w:%s>' % (kind, i, style, ref, kind, self.inline(t, (kind, i)), kind))
            return XMLDECL + '<w:%ss %s>%s</w:%ss>' % (kind, NS, x, kind)
        footnotes_xml = notes("footnote", self.footnotes, "FootnoteText", "FootnoteReference")
        endnotes_xml = notes("endnote", self.endnotes, "EndnoteText", "EndnoteReference")
        settings = (XMLDECL + '<w:settings xmlns:w="%s" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">'
                    '<w:zoom w:percent="110"/>%s<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
                    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
                    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                    '<w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids><w:themeFontLang w:val="en-GB"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
                    % (W, "<w:trackRevisions/>" if c.get("track") else "", RSIDS[0], "".join('<w:rsid w:val="%s"/>' % r for r in RSIDS)))
        wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        ct = (XMLDECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
              + "".join('<Override PartName="/word/%s.xml" ContentType="%s%s+xml"/>' % (p, wml, t) for p, t in (
                  ("document", "document.main"), ("numbering", "numbering"), ("styles", "styles"), ("settings", "settings"), ("footnotes", "footnotes"),
                  ("endnotes", "endnotes"), ("comments", "comments"), ("commentsExtended", "commentsExtended"), ("header1", "header"), ("footer1", "footer")))
              + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
        rels = (XMLDECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId4" Type="%s/custom-properties" Target="docProps/custom.xml"/></Relationships>' % (R_NS, R_NS))
        dr = [("rId1", "numbering", "numbering.xml"), ("rId2", "styles", "styles.xml"), ("rId3", "settings", "settings.xml"),
              ("rId4", "footnotes", "footnotes.xml"), ("rId5", "endnotes", "endnotes.xml"), ("rId6", "comments", "comments.xml"),
              ("rId20", "header", "header1.xml"), ("rId21", "footer", "footer1.xml")]
        docrels = (XMLDECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join('<Relationship Id="%s" Type="%s/%s" Target="%s"/>' % (i, R_NS, t, p) for i, t, p in dr)
                   + '<Relationship Id="rId7" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>'
                   + "".join('<Relationship Id="rIdL%d" Type="%s/hyperlink" Target="%s" TargetMode="External"/>' % (i, R_NS, escape(u)) for i, u in enumerate(self.links, 1))
                   + '</Relationships>')
        core = (XMLDECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%d</cp:revision>'
                '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
                '</cp:coreProperties>' % (escape(c["title"]), escape(self.a1), escape(self.a2), 4 + _h(c["file"]) % 20, FIXED_ISO, DATE2))
        app = (XMLDECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
               '<Template>%s</Template><TotalTime>%d</TotalTime><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
               '<Company>%s</Company><AppVersion>16.0000</AppVersion></Properties>' % (escape(c.get("template", "Normal.dotm")), 30 + _h(c["file"]) % 300, escape(c.get("company", ""))))
        props = c.get("props", {})
        custom = (XMLDECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">%s</Properties>'
                  % "".join('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s"><vt:lpwstr>%s</vt:lpwstr></property>'
                            % (i, escape(k), escape(v)) for i, (k, v) in enumerate(sorted(props.items()), 2)))
        return [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", document), ("word/_rels/document.xml.rels", docrels),
                ("word/numbering.xml", numbering_xml(c["scheme"])), ("word/styles.xml", styles_xml()), ("word/settings.xml", settings),
                ("word/footnotes.xml", footnotes_xml), ("word/endnotes.xml", endnotes_xml), ("word/comments.xml", comments_xml),
                ("word/commentsExtended.xml", cext_xml), ("word/header1.xml", header), ("word/footer1.xml", footer),
                ("docProps/core.xml", core), ("docProps/app.xml", app), ("docProps/custom.xml", custom)]


def write_zip(path, members):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))


# ---------------------------------------------------------------- independent extraction (checks only)
WQ = "{%s}" % W
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
SKIP = {WQ + "del", WQ + "moveFrom", WQ + "delText", WQ + "instrText", MC + "Fallback", WQ + "rPr", WQ + "pPr", WQ + "sdtPr",
        WQ + "tblPr", WQ + "trPr", WQ + "tcPr", WQ + "tblGrid"}


class Extract:
    """Walks document.xml the way a careful reader of Word's final view would.

    Contract text skips: deletions and move sources, instruction text of fields (incl. nested
    field results inside an instruction), VML fallbacks, hidden (w:vanish) runs, content controls
    showing their placeholder, and a paragraph or table row whose leading check box is unticked
    (kept apart as 'unticked'). Footnotes and endnotes are kept; comments, headers and footers are
    not part of document.xml."""

    def __init__(self, z):
        self.z = z
        self.paras = []          # dicts: text, style, numpr, kind
        self.hidden, self.placeholder, self.unticked, self.deleted = [], [], [], []
        doc = ET.fromstring(z.read("word/document.xml"))
        self.depth = 0
        self.body(doc.find(WQ + "body"))
        for part, tag in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
            root = ET.fromstring(z.read(part))
            for n in root.findall(WQ + tag):
                if int(n.get(WQ + "id")) > 0:
                    for p in n.iter(WQ + "p"):
                        self.para(p, tag)

    def body(self, el, kind="body"):
        for ch in el:
            if ch.tag == WQ + "p":
                self.para(ch, kind)
            elif ch.tag == WQ + "tbl":
                self.table(ch)
            elif ch.tag == WQ + "sdt":
                if ch.find(WQ + "sdtPr/" + WQ + "showingPlcHdr") is not None:
                    self.placeholder.append("".join(t.text or "" for t in ch.iter(WQ + "t")))
                    continue
                self.body(ch.find(WQ + "sdtContent"), kind)

    def table(self, tbl):
        for tr in tbl.findall(WQ + "tr"):
            cells = []
            for tc in tr.findall(WQ + "tc"):
                start = len(self.paras)
                self.body(tc, "cell")
                cells.append(" ".join(p["text"] for p in self.paras[start:] if p["kind"] == "cell" and p["text"]))
            first = next((c for c in cells if c), "")
            if first.startswith("\u2610"):
                self.unticked.append(" ".join(cells))
            elif tr.find(WQ + "trPr/" + WQ + "del") is not None:
                self.deleted.append(" ".join(cells))

    def para(self, p, kind):
        ppr = p.find(WQ + "pPr")
        style, numpr, gone = "", None, False
        if ppr is not None:
            ps = ppr.find(WQ + "pStyle")
            style = ps.get(WQ + "val") if ps is not None else ""
            npr = ppr.find(WQ + "numPr")
            if npr is not None:
                il, ni = npr.find(WQ + "ilvl"), npr.find(WQ + "numId")
                numpr = (int(ni.get(WQ + "val")), int(il.get(WQ + "val")) if il is not None else 0)
            mrpr = ppr.find(WQ + "rPr")
            if mrpr is not None and (mrpr.find(WQ + "del") is not None or mrpr.find(WQ + "moveFrom") is not None):
                gone = True
        self.buf, self.fld = [], []
        self.boxes, self.hid_buf = [], []
        self.walk(p)
        if self.hid_buf:
            self.hidden.append("".join(self.hid_buf))
        text = norm("".join(self.buf))
        rec = {"text": text, "style": style, "numpr": numpr, "kind": kind, "gone": gone and not text}
        if text.startswith("\u2610"):
            self.unticked.append(text)
            rec["text"] = ""
            rec["unticked"] = text
        self.paras.append(rec)
        for box in self.boxes:
            self.body(box, "box")

    def walk(self, el):
        for ch in el:
            t = ch.tag
            if t == WQ + "fldChar":
                typ = ch.get(WQ + "fldCharType")
                if typ == "begin":
                    self.fld.append("instr")
                elif typ == "separate" and self.fld:
                    self.fld[-1] = "result"
                elif typ == "end" and self.fld:
                    self.fld.pop()
                continue
            if t in SKIP:
                if t in (WQ + "del", WQ + "moveFrom"):
                    self.deleted.append("".join(x.text or "" for x in ch.iter(WQ + "delText")) + "".join(x.text or "" for x in ch.iter(WQ + "t")))
                continue
            if t == WQ + "r":
                rpr = ch.find(WQ + "rPr")
                if rpr is not None and rpr.find(WQ + "vanish") is not None:
                    self.hid_buf.append("".join(x.text or "" for x in ch.iter(WQ + "t")))
                    continue
            if t == WQ + "sdt" and ch.find(WQ + "sdtPr/" + WQ + "showingPlcHdr") is not None:
                self.placeholder.append("".join(x.text or "" for x in ch.iter(WQ + "t")))
                continue
            if t == WQ + "txbxContent":
                self.boxes.append(ch)
                continue
            if "instr" in self.fld:
                # inside a field instruction (even a nested field's result): not shown
                self.walk(ch)
                continue
            if t == WQ + "t":
                self.buf.append(ch.text or "")
            elif t in (WQ + "tab", WQ + "ptab"):
                self.buf.append("\t")
            elif t in (WQ + "cr", WQ + "br"):
                self.buf.append(" ")
            elif t == WQ + "noBreakHyphen":
                self.buf.append("-")
            elif t == WQ + "softHyphen":
                pass
            elif t == WQ + "sym":
                self.buf.append(" ")
            else:
                self.walk(ch)

    def walk_guard(self):
        pass


def fmt_num(n, f):
    if f in ("decimal",):
        return str(n)
    if f == "decimalZero":
        return "%02d" % n
    if f in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s if f == "lowerLetter" else s.upper()
    if f in ("lowerRoman", "upperRoman"):
        vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        out = ""
        for v, r in vals:
            while n >= v:
                out += r
                n -= v
        return out if f == "lowerRoman" else out.upper()
    raise ValueError(f)


def number_paras(z, paras):
    """A Word numbering engine: direct w:numPr, else the list level whose w:pStyle names the paragraph's style."""
    num = ET.fromstring(z.read("word/numbering.xml"))
    absn, nums, style_link = {}, {}, {}
    for a in num.findall(WQ + "abstractNum"):
        aid = a.get(WQ + "abstractNumId")
        lv = {}
        for l in a.findall(WQ + "lvl"):
            il = int(l.get(WQ + "ilvl"))
            lv[il] = (l.find(WQ + "numFmt").get(WQ + "val"), l.find(WQ + "lvlText").get(WQ + "val"), l.find(WQ + "isLgl") is not None)
            ps = l.find(WQ + "pStyle")
            if ps is not None:
                style_link[ps.get(WQ + "val")] = (aid, il)
        absn[aid] = lv
    for n in num.findall(WQ + "num"):
        nums[int(n.get(WQ + "numId"))] = n.find(WQ + "abstractNumId").get(WQ + "val")
    # styles carry no numPr in this set; check that
    st = ET.fromstring(z.read("word/styles.xml"))
    style_numpr = [s.get(WQ + "styleId") for s in st.findall(WQ + "style") if s.find(WQ + "pPr/" + WQ + "numPr") is not None]
    counters = {}
    current = {}
    for p in paras:
        p["label"], p["cite"] = None, None
        if p["kind"] not in ("body", "box") or p.get("gone"):
            continue
        if p["numpr"] is not None:
            nid, il = p["numpr"]
            if nid == 0:
                continue
            aid = nums[nid]
        elif p["style"] in style_link:
            aid, il = style_link[p["style"]]
        else:
            continue
        cnt = counters.setdefault(aid, [0] * 9)
        cnt[il] += 1
        for d in range(il + 1, 9):
            cnt[d] = 0
        fmt, txt, lgl = absn[aid][il]

        def sub(m):
            k = int(m.group(1)) - 1
            f = absn[aid][k][0]
            if lgl and k != il and f != "decimalZero":
                f = "decimal"
            return fmt_num(max(cnt[k], 1), f)
        label = re.sub(r"%(\d)", sub, txt)
        cur = current.setdefault(aid, {})
        cur[il] = label
        for d in list(cur):
            if d > il:
                del cur[d]
        bare = [re.sub(r"^(ARTICLE|Article|Section|Clause|Schedule|Part)\s+", "", cur[d]).rstrip(".") for d in sorted(cur)]
        cite = ""
        for b in bare:
            if b.startswith("("):
                cite += b
            else:
                cite = b
        p["label"], p["cite"] = label, cite
    return style_numpr


def lo_convert(paths, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", outdir] + paths
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


FEATURES = [
    ("Heading1-4 numbered through w:pStyle in w:lvl (no style w:numPr)", r'<w:pStyle w:val="Heading\d"/>(?:(?!</w:pPr>).)*</w:pPr>', "document"),
    ("w:isLgl legal-style level", r"<w:isLgl/>", "numbering:used"),
    ("ListParagraph with direct w:numPr", r'<w:pStyle w:val="ListParagraph"/><w:numPr>', "document"),
    ("'Schedule %1' list with '%1.%2' paragraphs", r'<w:pStyle w:val="ScheduleTitle"/>', "document"),
    ("block content control with filled-in text", r"<w:sdt><w:sdtPr><w:alias [^>]*/><w:tag [^>]*/><w:id [^>]*/></w:sdtPr>", "document"),
    ("run content control with filled-in text", r"<w:sdt><w:sdtPr><w:alias [^>]*/><w:tag [^>]*/><w:id [^>]*/><w:text/>", "document"),
    ("content control showing placeholder (w:showingPlcHdr)", r"<w:showingPlcHdr/>", "document"),
    ("w14:checkbox ticked", r'<w14:checked w14:val="1"/>', "document"),
    ("w14:checkbox unticked", r'<w14:checked w14:val="0"/>', "document"),
    ("w:ins", r"<w:ins w:id", "document"),
    ("w:del with w:delText", r"<w:delText", "document"),
    ("deletion by a second author inside an insertion", r"<w:ins [^>]*><w:del ", "document"),
    ("w:rPrChange (formatting only)", r"<w:rPrChange", "document"),
    ("w:pPrChange (formatting only)", r"<w:pPrChange", "document"),
    ("deleted paragraph mark", r"<w:rPr><w:del w:id", "document"),
    ("inserted table row (w:trPr/w:ins)", r"<w:trPr>(?:<w:tblHeader/>)?<w:ins ", "document"),
    ("deleted table row (w:trPr/w:del)", r"<w:trPr>(?:<w:tblHeader/>)?<w:del ", "document"),
    ("w:moveFrom/w:moveTo with range markers", r"<w:moveToRangeStart", "document"),
    ("comments", r"<w:comment w:id", "comments"),
    ("comment spanning paragraphs", r"SPAN", "special"),
    ("comment replies (commentsExtended paraIdParent)", r"paraIdParent", "commentsExtended"),
    ("hidden text (w:vanish)", r"<w:vanish/>", "document"),
    ("w:fldSimple DOCPROPERTY", r'<w:fldSimple w:instr=" DOCPROPERTY', "document"),
    ("REF field", r"> REF _", "document"),
    ("PAGEREF field", r"> PAGEREF _", "document"),
    ("HYPERLINK field", r"> HYPERLINK ", "document"),
    ("nested IF field", r"> IF </w:instrText>", "document"),
    ("w:hyperlink", r"<w:hyperlink ", "document"),
    ("w:smartTag", r"<w:smartTag ", "document"),
    ("w:customXml", r"<w:customXml ", "document"),
    ("w:sym", r"<w:sym ", "document"),
    ("w:noBreakHyphen", r"<w:noBreakHyphen/>", "document"),
    ("w:softHyphen", r"<w:softHyphen/>", "document"),
    ("w:ptab in body", r"<w:ptab ", "document"),
    ("w:cr", r"<w:cr/>", "document"),
    ("w:gridSpan", r"<w:gridSpan ", "document"),
    ("w:vMerge", r"<w:vMerge", "document"),
    ("nested table", r"<w:tc><w:tcPr>(?:(?!</w:tcPr>).)*</w:tcPr><w:tbl>", "document"),
    ("repeated header row (w:tblHeader)", r"<w:tblHeader/>", "document"),
    ("text box (wps + VML fallback)", r"<mc:Fallback><w:pict>", "document"),
    ("footnotes", r'<w:footnote w:id="[1-9]', "footnotes"),
    ("endnotes", r'<w:endnote w:id="[1-9]', "endnotes"),
    ("section breaks (w:sectPr in a paragraph)", r"<w:pPr><w:pStyle w:val=\"BodyText\"/><w:sectPr", "document"),
    ("landscape section", r'w:orient="landscape"', "document"),
    ("OFFICIAL header with TITLE field", r"TITLE", "header1"),
    ("PAGE field in footer", r" PAGE ", "footer1"),
]


def count_features(z, c):
    out = {}
    parts = {n: z.read(n).decode() for n in z.namelist()}
    for name, rx, where in FEATURES:
        if where == "special":
            doc = ET.fromstring(z.read("word/document.xml"))
            starts, ends = {}, {}
            for i, p in enumerate(doc.iter(WQ + "p")):
                for e in p.iter(WQ + "commentRangeStart"):
                    starts[e.get(WQ + "id")] = i
                for e in p.iter(WQ + "commentRangeEnd"):
                    ends[e.get(WQ + "id")] = i
            n = sum(1 for k in starts if ends.get(k, starts[k]) != starts[k])
        elif where == "numbering:used":
            n = len(re.findall(rx, parts["word/numbering.xml"])) if c["scheme"] in ("article", "legal", "sc") else 0
        else:
            n = len(re.findall(rx, parts["word/%s.xml" % where]))
        out[name] = n
    return out


def check(tmp):
    errors = []
    E = errors.append
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    words, feats, lo_found = {}, {}, {}
    files = sorted(os.listdir(OUT))
    names = [c["file"] for c in CONTRACTS]
    if len(set(names)) != len(names):
        E("duplicate contract names")
    for c in CONTRACTS:
        path = os.path.join(OUT, c["file"] + ".docx")
        z = zipfile.ZipFile(path)
        for info in z.infolist():
            if info.date_time != FIXED:
                E("%s: %s timestamp" % (c["file"], info.filename))
            try:
                ET.fromstring(z.read(info.filename))
            except ET.ParseError as e:
                E("%s: %s not well-formed: %s" % (c["file"], info.filename, e))
        x = Extract(z)
        style_numpr = number_paras(z, x.paras)
        if style_numpr:
            E("%s: styles carry numPr: %s" % (c["file"], style_numpr))
        text = " ".join(p["text"] for p in x.paras if p["text"])
        nt = norm(text)
        labels = " ".join(p["label"] for p in x.paras if p.get("label"))
        words[c["file"]] = len(re.findall(r"[A-Za-z0-9][\w'\u2019\-]*", nt))
        if not WORDS_MIN <= words[c["file"]] <= WORDS_MAX:
            E("%s: %d words" % (c["file"], words[c["file"]]))
        # expected lines
        lines = open(os.path.join(OUT, c["file"] + ".expected"), encoding="utf-8").read().splitlines()
        if [ln.split()[0] for ln in lines] != RULES:
            E("%s: .expected rules missing or out of order" % c["file"])
        npass = 0
        for ln, v in zip(lines, c["verdicts"]):
            if not VERDICT.match(ln):
                E("%s: bad line %r" % (c["file"], ln))
            if not CITE.search(ln.split("#", 1)[1]):
                E("%s: %s why names no clause/row/box" % (c["file"], v[0]))
            counts[v[0]][v[1]] += 1
            npass += v[1] == "pass"
            q = v[3] if len(v) > 3 else None
            if v[1] in ("pass", "weak") and not q:
                E("%s %s: a %s needs quoted evidence" % (c["file"], v[0], v[1]))
            if q:
                qn = norm(smart(q))
                hits = [p for p in x.paras if qn in norm(p["text"])]
                if not hits:
                    E("%s %s: evidence not in contract text: %r" % (c["file"], v[0], q))
                else:
                    p = hits[0]
                    if p.get("cite") and p["cite"] not in v[2]:
                        E("%s %s: evidence sits in %s (%s) but the why does not cite it" % (c["file"], v[0], p["cite"], p["label"]))
        if not PASS_MIN <= npass <= PASS_MAX:
            E("%s: %d passes" % (c["file"], npass))
        # text that is not contract text must be in the file but not in the contract text
        raw = " ".join(norm(z.read(n).decode()) for n in z.namelist())
        pools = {"hidden": x.hidden, "placeholder": x.placeholder, "unticked": x.unticked, "deleted": x.deleted}
        for kind, s in c.get("absent", []):
            sn = norm(smart(s))
            if sn in nt:
                E("%s: %r should not be contract text" % (c["file"], s))
            if kind == "comment":
                cm = norm(" ".join(t.text or "" for t in ET.fromstring(z.read("word/comments.xml")).iter(WQ + "t")))
                if sn not in cm:
                    E("%s: comment text %r not found in comments.xml" % (c["file"], s))
            elif kind == "instr":
                if escape(sn) not in raw and sn not in raw:
                    E("%s: field instruction %r not in the file" % (c["file"], s))
            elif kind == "fallback":
                if sn not in raw:
                    E("%s: %r not in the file" % (c["file"], s))
            elif not any(sn in norm(t) for t in pools[kind]):
                E("%s: %r not found among %s text" % (c["file"], s, kind))
        for s in c.get("once", []):
            n = nt.count(norm(smart(s)))
            if n != 1:
                E("%s: %r found %d times in contract text (want exactly once)" % (c["file"], s, n))
        for lab in c.get("labels", []):
            if lab not in labels:
                E("%s: numbering label %r not produced (labels: %s)" % (c["file"], lab, labels[:300]))
        feats[c["file"]] = count_features(z, c)
        c["_labels"] = labels
    # LibreOffice opens and converts every file
    lo_dir = os.path.join(tmp, "lo")
    os.makedirs(lo_dir, exist_ok=True)
    lo_convert([os.path.join(OUT, c["file"] + ".docx") for c in CONTRACTS], lo_dir)
    for c in CONTRACTS:
        tp = os.path.join(lo_dir, c["file"] + ".txt")
        if not os.path.exists(tp) or os.path.getsize(tp) < 2000:
            E("%s: LibreOffice did not convert it" % c["file"])
            continue
        lt = norm(open(tp, encoding="utf-8-sig").read())
        qs = [v[3] for v in c["verdicts"] if len(v) > 3 and v[3]]
        lo_found[c["file"]] = (sum(1 for q in qs if norm(smart(q)) in lt), len(qs))
        if norm(smart(c["blocks"][0][1])) not in lt:
            E("%s: title not in LibreOffice text" % c["file"])
    for r in RULES:
        k = counts[r]
        if k["pass"] < 2 or k["weak"] + k["gap"] < 2:
            E("%s: balance %s" % (r, k))
    exp = set()
    for c in CONTRACTS:
        exp |= {c["file"] + ".docx", c["file"] + ".expected"}
    if set(files) != exp:
        E("unexpected files: %s" % sorted(set(files) ^ exp))
    return errors, counts, words, feats, lo_found


def expected_text(c):
    if [v[0] for v in c["verdicts"]] != RULES:
        raise SystemExit("%s: verdicts not in rule order" % c["file"])
    return "".join("%s %s  # %s\n" % (v[0], v[1], v[2]) for v in c["verdicts"])


def readme(counts, words, feats, lo_found):
    more = "".join(", " + c["kind"] for c in CONTRACTS if c.get("kind"))
    head = README_HEAD.strip().replace("{n}", str(len(CONTRACTS))).replace("{more}", more)
    out = [head, "", "## Contracts", "",
           "| File | Subject | Jurisdiction and drafting | Parties as named | Numbering | Words | Where the duties and traps sit |",
           "|---|---|---|---|---|---|---|"]
    for c in CONTRACTS:
        out.append("| %s.docx | %s | %s | %s | %s | %d | %s |" % (c["file"], c["subject"], c["jurisdiction"], c["parties"],
                                                              " / ".join(t for _, t, _ in SCHEMES[c["scheme"]][:3]), words[c["file"]], c["where"]))
    out += ["", "## Word features counted in the built files", "",
            "Counted by the builder in the files as built (occurrences in total; number of files carrying the feature).", ""]
    for name, _, _ in FEATURES:
        tot = sum(f[name] for f in feats.values())
        nf = sum(1 for f in feats.values() if f[name])
        out.append("* %s: %d in %d file%s" % (name, tot, nf, "" if nf == 1 else "s"))
    out += ["", "Evidence quotes found verbatim in LibreOffice's own text export (informational; LibreOffice exports "
            "tracked deletions inline, drops text boxes and may render fields differently): "
            + ", ".join("%s %d/%d" % (k, a, b) for k, (a, b) in sorted(lo_found.items())) + ".", ""]
    tot = {"pass": 0, "weak": 0, "gap": 0}
    out += ["## Verdict counts", "", "| Rule | pass | weak | gap |", "|---|---|---|---|"]
    for r in RULES:
        k = counts[r]
        for v in tot:
            tot[v] += k[v]
        out.append("| %s | %d | %d | %d |" % (r, k["pass"], k["weak"], k["gap"]))
    out.append("| all | %d | %d | %d |" % (tot["pass"], tot["weak"], tot["gap"]))
    out += ["", README_TAIL.strip(), ""]
    return "\n".join(out)


def build():
    for c in CONTRACTS:
        w = Writer(c)
        parts = w.parts()
        write_zip(os.path.join(OUT, c["file"] + ".docx"), parts)
        with open(os.path.join(OUT, c["file"] + ".expected"), "w", encoding="utf-8", newline="\n") as f:
            f.write(expected_text(c))


def main():
    if not os.path.isdir("scripts") or not os.path.isdir("fixtures"):
        raise SystemExit("run from the repository root")
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    build()
    tmp = tempfile.mkdtemp(prefix="set27-")
    try:
        errors, counts, words, feats, lo_found = check(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(counts, words, feats, lo_found))
    for c in CONTRACTS:
        print("%-44s %5d words  LO quotes %s  labels: %s" % (c["file"], words.get(c["file"], 0), lo_found.get(c["file"]), c.get("_labels", "")[:160]))
    for r in RULES:
        k = counts[r]
        print("%-7s pass %2d  weak %2d  gap %2d" % (r, k["pass"], k["weak"], k["gap"]))
    for fn in sorted(os.listdir(OUT)):
        print("sha256 %s  %s" % (hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()[:16], fn))
    if errors:
        print("\n".join("ERROR: " + e for e in errors), file=sys.stderr)
        sys.exit(1)
    print("set27 OK")


if __name__ == "__main__":
    main()
