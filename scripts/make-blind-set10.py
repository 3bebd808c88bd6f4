#!/usr/bin/env python3
"""Build blind evaluation set 10 (fixtures/blind/set10/).

Deletes and rebuilds the folder from scripts/blind_set10_contracts.py:
  * .txt and .md contracts are written from their texts;
  * hand-built DOCX and ODT zips are rendered from block lists;
  * LibreOffice-converted files are rendered to HTML or flat ODT first and then
    converted with soffice (private profile under $TMPDIR), then normalised
    (fixed dates, no rsids/paraIds/textIds, renumbered change/comment/list ids,
    no thumbnails, Configurations2 or settings.xml) and re-zipped with fixed
    1980-01-01 timestamps and a fixed member order (ODT: mimetype first, stored);
  * NAME.expected is written beside each contract (22 lines, rule order).

Then it checks the set: well-formed .expected files, per-rule counts (at least 4
passes and 5 non-passes per rule), format counts, word counts, zip structure,
XML well-formedness, and that text meant to be contract text survives in each
document while tracked deletions do not.

Python 3 standard library + soffice only.

Usage:
  python3 scripts/make-blind-set10.py            build and check
  python3 scripts/make-blind-set10.py --outline  also print auto-numbered outlines
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
from xml.dom import minidom
from xml.sax.saxutils import escape as _esc

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUT = os.path.join(REPO, "fixtures", "blind", "set10")
sys.path.insert(0, HERE)
import blind_set10_contracts as data  # noqa: E402

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
META_DATE = "2025-01-01T00:00:00"
CHANGE_DATE = "2025-01-15T10:00:00"
AUTHOR = "Contracts Reviewer"
SPLIT = "\u00a6"  # broken bar: run split inside a word
VERDICTS = ("pass", "weak", "gap")
EXPECTED_FORMATS = {"txt": 4, "md": 3, "docx": 4, "odt": 3}


def esc(s):
    return _esc(s, {'"': "&quot;"})


# ---------------------------------------------------------------------------
# block parsing and inline tokens
# ---------------------------------------------------------------------------
TAGS = {"T", "S", "H", "H2", "N", "L", "P", "D"}


def parse_blocks(src):
    blocks, table = [], None
    for line in src.splitlines():
        if not line.strip():
            continue
        if line.startswith("|"):
            cells = line[1:].split("|")
            if table is None:
                table = ("table", [])
                blocks.append(table)
            table[1].append(cells)
            continue
        table = None
        tag, sep, text = line.partition(": ")
        if not sep or tag not in TAGS:
            raise ValueError("bad block line: %r" % line)
        blocks.append((tag, text))
    return blocks


INLINE = re.compile(r"\[\[(del|ins|fn|cm):(.*?)\]\]|\*\*(.+?)\*\*")
SPLITWORD = re.compile(r"(\w+)" + SPLIT + r"(\w+)")


def tokens(text):
    """Yield ('t', text, bold) | ('split', a, b, bold) | (kind, text) for del/ins/fn/cm."""
    pos = 0
    for m in INLINE.finditer(text):
        if m.start() > pos:
            yield from _plain(text[pos:m.start()], False)
        if m.group(1):
            yield (m.group(1), m.group(2))
        else:
            yield from _plain(m.group(3), True)
        pos = m.end()
    if pos < len(text):
        yield from _plain(text[pos:], False)


def _plain(s, bold):
    pos = 0
    for m in SPLITWORD.finditer(s):
        if m.start() > pos:
            yield ("t", s[pos:m.start()], bold)
        yield ("split", m.group(1), m.group(2), bold)
        pos = m.end()
    if pos < len(s):
        yield ("t", s[pos:], bold)
    if SPLIT in s[pos:]:
        raise ValueError("split marker not inside a word: %r" % s)


def visible_text(text):
    """Contract text of an inline string: insertions kept, deletions and comments dropped."""
    out = []
    for tok in tokens(text):
        if tok[0] == "t":
            out.append(tok[1])
        elif tok[0] == "split":
            out.append(tok[1] + tok[2])
        elif tok[0] == "ins":
            out.append(tok[1])
        elif tok[0] == "fn":
            out.append(" " + tok[1] + " ")
    return "".join(out)


def deleted_text(text):
    return [tok[1] for tok in tokens(text) if tok[0] == "del"]


def auto_outline(blocks):
    """Rendered numbers for auto-numbered block lists: [(label, tag, text)]."""
    c1 = c2 = c3 = 0
    out = []
    for b in blocks:
        tag = b[0]
        if tag == "H":
            c1, c2, c3 = c1 + 1, 0, 0
            out.append(("%d." % c1, tag, b[1]))
        elif tag == "N":
            c2, c3 = c2 + 1, 0
            out.append(("%d.%d" % (c1, c2), tag, b[1]))
        elif tag == "L":
            c3 += 1
            out.append(("(%s)" % "abcdefghijklmnopqrstuvwxyz"[c3 - 1], tag, b[1]))
        elif tag == "table":
            out.append(("[table]", tag, " | ".join(b[1][0])))
        else:
            out.append(("", tag, b[1]))
    return out


# ---------------------------------------------------------------------------
# plain text and Markdown
# ---------------------------------------------------------------------------
NUMLEAD = re.compile(r"^((?:\d+\.)+\d*|\(\w+\))\s+")


def render_txt(c):
    lines = []
    width = c.get("wrap")
    for line in c["text"].split("\n"):
        if not width or not line.strip() or line.startswith("|"):
            lines.append(line.rstrip())
            continue
        m = NUMLEAD.match(line)
        indent = " " * len(m.group(0)) if m else ""
        lines.append(textwrap.fill(line, width=width, subsequent_indent=indent,
                                   break_long_words=False, break_on_hyphens=False))
    text = "\n".join(lines).rstrip("\n") + "\n"
    if c.get("crlf"):
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def render_md(c):
    return (c["text"].rstrip("\n") + "\n").encode("utf-8")


# ---------------------------------------------------------------------------
# zip helper
# ---------------------------------------------------------------------------
def zip_bytes(members, stored=()):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, payload in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            if isinstance(payload, str):
                payload = payload.encode("utf-8")
            z.writestr(zi, payload)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# DOCX (hand-built)
# ---------------------------------------------------------------------------
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class DocxCtx:
    def __init__(self):
        self.rev = 0
        self.cm = 0
        self.bm = 0
        self.split = 0
        self.footnotes = []
        self.comments = []

    def next_rev(self):
        self.rev += 1
        return self.rev


def w_run(text, bold=False, lang=False, deleted=False):
    rpr = ""
    props = ("<w:b/>" if bold else "") + ('<w:lang w:val="en-GB"/>' if lang else "")
    if props:
        rpr = "<w:rPr>%s</w:rPr>" % props
    tag = "w:delText" if deleted else "w:t"
    return '<w:r>%s<%s xml:space="preserve">%s</%s></w:r>' % (rpr, tag, esc(text), tag)


def docx_inline(text, ctx, bold_all=False):
    toks = list(tokens(text))
    parts = []
    # comments anchored from the start of the paragraph to their marker
    cm_ids = []
    for tok in toks:
        if tok[0] == "cm":
            cid = ctx.cm
            ctx.cm += 1
            cm_ids.append(cid)
            ctx.comments.append((cid, tok[1]))
            parts.append('<w:commentRangeStart w:id="%d"/>' % cid)
    cm_iter = iter(cm_ids)
    for tok in toks:
        kind = tok[0]
        if kind == "t":
            parts.append(w_run(tok[1], tok[2] or bold_all))
        elif kind == "split":
            a, b, bold = tok[1], tok[2], tok[3] or bold_all
            ctx.split += 1
            if ctx.split % 2:
                parts.append('<w:proofErr w:type="spellStart"/>' + w_run(a, bold) +
                             w_run(b, bold, lang=True) + '<w:proofErr w:type="spellEnd"/>')
            else:
                bid = ctx.bm
                ctx.bm += 1
                parts.append(w_run(a, bold) +
                             '<w:bookmarkStart w:id="%d" w:name="_Ref_s10_%d"/>' % (bid, bid) +
                             w_run(b, bold) + '<w:bookmarkEnd w:id="%d"/>' % bid)
        elif kind == "ins":
            parts.append('<w:ins w:id="%d" w:author="%s" w:date="%sZ">%s</w:ins>'
                         % (ctx.next_rev(), AUTHOR, CHANGE_DATE, w_run(tok[1], bold_all)))
        elif kind == "del":
            parts.append('<w:del w:id="%d" w:author="%s" w:date="%sZ">%s</w:del>'
                         % (ctx.next_rev(), AUTHOR, CHANGE_DATE,
                            w_run(tok[1], bold_all, deleted=True)))
        elif kind == "fn":
            fid = len(ctx.footnotes) + 1
            ctx.footnotes.append((fid, tok[1]))
            parts.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                         '<w:footnoteReference w:id="%d"/></w:r>' % fid)
        elif kind == "cm":
            cid = next(cm_iter)
            parts.append('<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle '
                         'w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>'
                         % (cid, cid))
    return "".join(parts)


def w_para(ppr, body):
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", body)


def docx_table(rows, ctx):
    ncols = max(len(r) for r in rows)
    width = 9000 // ncols
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
    out.append("".join('<w:gridCol w:w="%d"/>' % width for _ in range(ncols)))
    out.append("</w:tblGrid>")
    for i, row in enumerate(rows):
        out.append("<w:tr>%s" % ("<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""))
        for cell in row + [""] * (ncols - len(row)):
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                       % (width, w_para('<w:spacing w:after="0"/>',
                                        docx_inline(cell, ctx, bold_all=(i == 0)))))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    out.append(w_para("", ""))
    return "".join(out)


def docx_body(c, ctx):
    auto = c.get("numbering") == "auto"
    styled = c.get("headings") == "style"
    out = []
    for b in parse_blocks(c["blocks"]):
        tag = b[0]
        if tag == "table":
            out.append(docx_table(b[1], ctx))
            continue
        text = b[1]
        if tag == "T":
            out.append(w_para('<w:pStyle w:val="Title"/>', docx_inline(text, ctx)))
        elif tag == "S":
            out.append(w_para('<w:pStyle w:val="Subtitle"/>', docx_inline(text, ctx)))
        elif tag == "H":
            if styled:
                out.append(w_para('<w:pStyle w:val="Heading1"/>', docx_inline(text, ctx)))
            elif auto:
                out.append(w_para('<w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/>'
                                  '</w:numPr><w:spacing w:before="240" w:after="120"/>'
                                  '<w:outlineLvl w:val="0"/>', docx_inline(text, ctx, True)))
            else:
                out.append(w_para('<w:keepNext/><w:outlineLvl w:val="0"/>',
                                  docx_inline(text, ctx, True)))
        elif tag == "H2":
            if styled:
                out.append(w_para('<w:pStyle w:val="Heading2"/>', docx_inline(text, ctx)))
            else:
                out.append(w_para('<w:keepNext/><w:spacing w:before="240" w:after="120"/>'
                                  '<w:outlineLvl w:val="1"/>', docx_inline(text, ctx, True)))
        elif tag == "N":
            if auto:
                out.append(w_para('<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>',
                                  docx_inline(text, ctx)))
            else:
                out.append(w_para('<w:ind w:left="567" w:hanging="567"/>', docx_inline(text, ctx)))
        elif tag == "L":
            if auto:
                out.append(w_para('<w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr>',
                                  docx_inline(text, ctx)))
            else:
                out.append(w_para('<w:ind w:left="1134" w:hanging="567"/>', docx_inline(text, ctx)))
        elif tag == "P":
            out.append(w_para("", docx_inline(text, ctx)))
        elif tag == "D":
            rid = ctx.next_rev()
            mark = '<w:del w:id="%d" w:author="%s" w:date="%sZ"/>' % (rid, AUTHOR, CHANGE_DATE)
            ind = "" if auto else '<w:ind w:left="567" w:hanging="567"/>'
            body = '<w:del w:id="%d" w:author="%s" w:date="%sZ">%s</w:del>' % (
                ctx.next_rev(), AUTHOR, CHANGE_DATE, w_run(text, deleted=True))
            out.append(w_para("%s<w:rPr>%s</w:rPr>" % (ind, mark), body))
    return "".join(out)


def docx_styles(styled):
    heading = ""
    if styled:
        heading = (
            '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
            '<w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>'
            '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
            '<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr>'
            '<w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:styles xmlns:w="%s"><w:docDefaults><w:rPrDefault><w:rPr>'
        '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/>'
        '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        '</w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '<w:qFormat/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/>'
        '<w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:caps/><w:sz w:val="30"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/>'
        '<w:spacing w:after="240"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>'
        '%s'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
        '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr>'
        '<w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
        '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
        '<w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '</w:tblBorders></w:tblPr></w:style>'
        '</w:styles>' % (W, heading))


DOCX_NUMBERING = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:numbering xmlns:w="%s">'
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>'
    '<w:rPr><w:b/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%%3)"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % W)


def render_docx(c):
    ctx = DocxCtx()
    body = docx_body(c, ctx)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
        'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
        '</w:body></w:document>' % (W, R_NS, body))
    auto = c.get("numbering") == "auto"
    rels = [("rIdStyles", "styles", "styles.xml"), ("rIdSettings", "settings", "settings.xml")]
    overrides = [("/word/document.xml",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
                 ("/word/styles.xml",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
                 ("/word/settings.xml",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
                 ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")]
    members = []
    if auto:
        rels.append(("rIdNumbering", "numbering", "numbering.xml"))
        overrides.append(("/word/numbering.xml",
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"))
        members.append(("word/numbering.xml", DOCX_NUMBERING))
    if ctx.footnotes:
        rels.append(("rIdFootnotes", "footnotes", "footnotes.xml"))
        overrides.append(("/word/footnotes.xml",
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"))
        fns = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/>'
               '</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
               '<w:spacing w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
               '</w:footnote>']
        for fid, text in ctx.footnotes:
            fns.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                       '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/>'
                       '</w:r>%s</w:p></w:footnote>' % (fid, w_run(" " + text)))
        members.append(("word/footnotes.xml",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<w:footnotes xmlns:w="%s">%s</w:footnotes>' % (W, "".join(fns))))
    if ctx.comments:
        rels.append(("rIdComments", "comments", "comments.xml"))
        overrides.append(("/word/comments.xml",
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"))
        cms = []
        for cid, text in ctx.comments:
            cms.append('<w:comment w:id="%d" w:author="%s" w:date="%sZ" w:initials="CR"><w:p>'
                       '<w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle '
                       'w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>%s</w:p></w:comment>'
                       % (cid, AUTHOR, CHANGE_DATE, w_run(text)))
        members.append(("word/comments.xml",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<w:comments xmlns:w="%s">%s</w:comments>' % (W, "".join(cms))))
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:settings xmlns:w="%s"><w:defaultTabStop w:val="720"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting '
                'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
                'w:val="15"/></w:compat></w:settings>' % W)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>%s</Types>'
          % "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in overrides))
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                 'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
                '</Relationships>' % "".join(
                    '<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/'
                    '2006/relationships/%s" Target="%s"/>' % r for r in rels))
    head = [("[Content_Types].xml", ct), ("_rels/.rels", root_rels),
            ("docProps/core.xml", docx_core(c)), ("word/document.xml", document),
            ("word/_rels/document.xml.rels", doc_rels), ("word/styles.xml", docx_styles(
                c.get("headings") == "style")), ("word/settings.xml", settings)]
    return zip_bytes(head + sorted(members))


def docx_core(c):
    title = parse_blocks(c["blocks"])[0][1] if c.get("blocks") else c["name"]
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:revision>1</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%sZ</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%sZ</dcterms:modified>'
            '</cp:coreProperties>' % (esc(title), AUTHOR, META_DATE, META_DATE))


# ---------------------------------------------------------------------------
# ODT / FODT
# ---------------------------------------------------------------------------
ODF_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
}
ODF_NSDECL = " ".join('xmlns:%s="%s"' % kv for kv in ODF_NS.items())


class OdtCtx:
    def __init__(self):
        self.changes = []  # (id, kind, text)
        self.notes = 0
        self.ann = 0
        self.split = 0
        self.tables = 0
        self.lists = 0

    def change(self, kind, text):
        cid = "ct%d" % (len(self.changes) + 1)
        self.changes.append((cid, kind, text))
        return cid


def odt_inline(text, ctx, bold_all=False):
    toks = list(tokens(text))
    parts = []
    anns = []
    for tok in toks:
        if tok[0] == "cm":
            ctx.ann += 1
            name = "ann%d" % ctx.ann
            anns.append(name)
            parts.append('<office:annotation office:name="%s"><dc:creator>%s</dc:creator>'
                         '<dc:date>%s</dc:date><text:p>%s</text:p></office:annotation>'
                         % (name, AUTHOR, CHANGE_DATE, esc(tok[1])))
    ann_iter = iter(anns)

    def span(s, bold):
        if bold:
            return '<text:span text:style-name="T_bold">%s</text:span>' % esc(s)
        return esc(s)

    for tok in toks:
        kind = tok[0]
        if kind == "t":
            parts.append(span(tok[1], tok[2] or bold_all))
        elif kind == "split":
            a, b, bold = tok[1], tok[2], tok[3] or bold_all
            ctx.split += 1
            if ctx.split % 2:
                parts.append(span(a, bold) + '<text:bookmark text:name="_s10_%d"/>' % ctx.split +
                             span(b, bold))
            else:
                parts.append(span(a, bold) + '<text:span text:style-name="T_lang">%s</text:span>'
                             % esc(b))
        elif kind == "ins":
            cid = ctx.change("insertion", tok[1])
            parts.append('<text:change-start text:change-id="%s"/>%s<text:change-end '
                         'text:change-id="%s"/>' % (cid, span(tok[1], bold_all), cid))
        elif kind == "del":
            cid = ctx.change("deletion", tok[1])
            parts.append('<text:change text:change-id="%s"/>' % cid)
        elif kind == "fn":
            ctx.notes += 1
            parts.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>'
                         '%d</text:note-citation><text:note-body><text:p text:style-name="Footnote">'
                         '%s</text:p></text:note-body></text:note>' % (ctx.notes, ctx.notes, esc(tok[1])))
        elif kind == "cm":
            parts.append('<office:annotation-end office:name="%s"/>' % next(ann_iter))
    return "".join(parts)


def odt_table(rows, ctx):
    ctx.tables += 1
    n = ctx.tables
    ncols = max(len(r) for r in rows)
    out = ['<table:table table:name="Table%d" table:style-name="Tbl">'
           '<table:table-column table:style-name="TblCol" table:number-columns-repeated="%d"/>'
           % (n, ncols)]
    for i, row in enumerate(rows):
        if i == 0:
            out.append("<table:table-header-rows>")
        out.append("<table:table-row>")
        for cell in row + [""] * (ncols - len(row)):
            style = "Table_20_Heading" if i == 0 else "Table_20_Contents"
            out.append('<table:table-cell table:style-name="TblCell" office:value-type="string">'
                       '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                       % (style, odt_inline(cell, ctx)))
        out.append("</table:table-row>")
        if i == 0:
            out.append("</table:table-header-rows>")
    out.append("</table:table>")
    return "".join(out)


def odt_body(c, ctx):
    auto = c.get("numbering") == "auto"
    out = []
    in_list = False

    def open_list():
        ctx.lists += 1
        cont = ' text:continue-list="list1"' if ctx.lists > 1 else ""
        return '<text:list xml:id="list%d" text:style-name="Clause_20_Numbering"%s>' % (ctx.lists, cont)

    for b in parse_blocks(c["blocks"]):
        tag = b[0]
        listed = auto and tag in ("H", "N", "L")
        if listed and not in_list:
            out.append(open_list())
            in_list = True
        elif not listed and in_list:
            out.append("</text:list>")
            in_list = False
        if tag == "table":
            out.append(odt_table(b[1], ctx))
            continue
        text = b[1]
        if tag == "T":
            out.append('<text:p text:style-name="Title">%s</text:p>' % odt_inline(text, ctx))
        elif tag == "S":
            out.append('<text:p text:style-name="Subtitle">%s</text:p>' % odt_inline(text, ctx))
        elif tag == "H":
            h = ('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>'
                 % odt_inline(text, ctx))
            out.append("<text:list-item>%s</text:list-item>" % h if auto else h)
        elif tag == "H2":
            out.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>'
                       % odt_inline(text, ctx))
        elif tag in ("N", "L"):
            p = '<text:p text:style-name="Text_20_body">%s</text:p>' % odt_inline(text, ctx)
            if auto:
                depth = 2 if tag == "N" else 3
                for _ in range(depth - 1):
                    p = "<text:list><text:list-item>%s</text:list-item></text:list>" % p
                p = "<text:list-item>%s</text:list-item>" % p
            out.append(p)
        elif tag == "P":
            out.append('<text:p text:style-name="Text_20_body">%s</text:p>' % odt_inline(text, ctx))
        elif tag == "D":
            cid = ctx.change("deletion", text)
            out.append('<text:p text:style-name="Text_20_body"><text:change text:change-id="%s"/>'
                       '</text:p>' % cid)
    if in_list:
        out.append("</text:list>")
    tracked = ""
    if ctx.changes:
        regions = []
        for cid, kind, text in ctx.changes:
            info = ('<office:change-info><dc:creator>%s</dc:creator><dc:date>%s</dc:date>'
                    '</office:change-info>' % (AUTHOR, CHANGE_DATE))
            if kind == "deletion":
                inner = '<text:deletion>%s<text:p text:style-name="Text_20_body">%s</text:p>' \
                        '</text:deletion>' % (info, esc(text))
            else:
                inner = "<text:insertion>%s</text:insertion>" % info
            regions.append('<text:changed-region xml:id="%s" text:id="%s">%s</text:changed-region>'
                           % (cid, cid, inner))
        tracked = '<text:tracked-changes text:track-changes="false">%s</text:tracked-changes>' \
                  % "".join(regions)
    return tracked + "".join(out)


ODT_FONTS = ('<office:font-face-decls><style:font-face style:name="Liberation Serif" '
             'svg:font-family="&apos;Liberation Serif&apos;" style:font-family-generic="roman" '
             'style:font-pitch="variable"/><style:font-face style:name="Liberation Sans" '
             'svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" '
             'style:font-pitch="variable"/></office:font-face-decls>')


def _lvl(level, fmt, prefix, suffix, display, indent_cm):
    return ('<text:list-level-style-number text:level="%d"%s style:num-suffix="%s" '
            'style:num-format="%s"%s><style:list-level-properties '
            'text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" '
            'text:list-tab-stop-position="%.2fcm" fo:text-indent="-1.25cm" fo:margin-left="%.2fcm"/>'
            '</style:list-level-properties></text:list-level-style-number>'
            % (level, ' style:num-prefix="%s"' % prefix if prefix else "", suffix, fmt,
               ' text:display-levels="%d"' % display if display > 1 else "", indent_cm, indent_cm))


ODT_STYLES_INNER = (
    '<style:default-style style:family="paragraph"><style:paragraph-properties '
    'fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/><style:text-properties '
    'style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="GB"/>'
    '</style:default-style>'
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
    '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
    'style:parent-style-name="Standard" style:class="text"><style:paragraph-properties '
    'fo:margin-top="0cm" fo:margin-bottom="0.2cm"/></style:style>'
    '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" '
    'style:class="chapter"><style:paragraph-properties fo:text-align="center" '
    'fo:margin-bottom="0.3cm"/><style:text-properties style:font-name="Liberation Sans" '
    'fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" '
    'style:class="chapter"><style:paragraph-properties fo:text-align="center" '
    'fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="12pt" fo:font-style="italic"/>'
    '</style:style>'
    '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" '
    'style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties '
    'fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/>'
    '<style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
    'style:parent-style-name="Heading" style:next-style-name="Text_20_body" '
    'style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="12pt"/>'
    '</style:style>'
    '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
    'style:parent-style-name="Heading" style:next-style-name="Text_20_body" '
    'style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="11pt"/>'
    '</style:style>'
    '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" '
    'style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
    '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" '
    'style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" '
    'style:class="extra"><style:text-properties fo:font-size="9pt"/></style:style>'
    '<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" '
    'style:num-format=""/><text:outline-level-style text:level="2" style:num-format=""/>'
    '</text:outline-style>'
    '<text:list-style style:name="Clause_20_Numbering" style:display-name="Clause Numbering">'
    + _lvl(1, "1", "", ".", 1, 1.25) + _lvl(2, "1", "", "", 2, 1.25) + _lvl(3, "a", "(", ")", 1, 2.5)
    + '</text:list-style>'
    '<text:notes-configuration text:note-class="footnote" style:num-format="1" '
    'text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>')

ODT_AUTO_CONTENT = (
    '<style:style style:name="T_bold" style:family="text"><style:text-properties '
    'fo:font-weight="bold"/></style:style>'
    '<style:style style:name="T_lang" style:family="text"><style:text-properties fo:language="en" '
    'fo:country="GB"/></style:style>'
    '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" '
    'table:align="margins"/></style:style>'
    '<style:style style:name="TblCol" style:family="table-column"/>'
    '<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties '
    'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>')

ODT_PAGE = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
            'fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" '
            'fo:margin-right="2.5cm"/></style:page-layout>')
ODT_MASTER = ('<office:master-styles><style:master-page style:name="Standard" '
              'style:page-layout-name="pm1"/></office:master-styles>')


def odt_meta_inner(c):
    title = parse_blocks(c["blocks"])[0][1]
    return ('<meta:generator>set10-generator</meta:generator><dc:title>%s</dc:title>'
            '<meta:initial-creator>%s</meta:initial-creator><meta:creation-date>%s</meta:creation-date>'
            '<dc:creator>%s</dc:creator><dc:date>%s</dc:date><dc:language>en-GB</dc:language>'
            % (esc(title), AUTHOR, META_DATE, AUTHOR, META_DATE))


def render_odt(c):
    ctx = OdtCtx()
    body = odt_body(c, ctx)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s '
               'office:version="1.3">%s<office:automatic-styles>%s</office:automatic-styles>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (ODF_NSDECL, ODT_FONTS, ODT_AUTO_CONTENT, body))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">'
              '%s<office:styles>%s</office:styles><office:automatic-styles>%s</office:automatic-styles>'
              '%s</office:document-styles>' % (ODF_NSDECL, ODT_FONTS, ODT_STYLES_INNER, ODT_PAGE,
                                               ODT_MASTER))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3">'
            '<office:meta>%s</office:meta></office:document-meta>' % (ODF_NSDECL, odt_meta_inner(c)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:'
                'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return zip_bytes([("mimetype", "application/vnd.oasis.opendocument.text"),
                      ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                      ("META-INF/manifest.xml", manifest)], stored={"mimetype"})


def render_fodt(c):
    ctx = OdtCtx()
    body = odt_body(c, ctx)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text"><office:meta>%s</office:meta>'
            '%s<office:styles>%s</office:styles><office:automatic-styles>%s%s</office:automatic-styles>'
            '%s<office:body><office:text>%s</office:text></office:body></office:document>'
            % (ODF_NSDECL, odt_meta_inner(c), ODT_FONTS, ODT_STYLES_INNER, ODT_AUTO_CONTENT, ODT_PAGE,
               ODT_MASTER, body)).encode("utf-8")


# ---------------------------------------------------------------------------
# HTML (for LibreOffice HTML -> DOCX)
# ---------------------------------------------------------------------------
def html_inline(text):
    out = []
    for tok in tokens(text):
        if tok[0] == "t":
            out.append("<b>%s</b>" % esc(tok[1]) if tok[2] else esc(tok[1]))
        elif tok[0] == "split":
            out.append(esc(tok[1] + tok[2]))
        else:
            raise ValueError("HTML contracts cannot carry %s markup" % tok[0])
    return "".join(out)


def render_html(c):
    blocks = parse_blocks(c["blocks"])
    title = blocks[0][1]
    out = ['<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>%s</title>'
           '</head><body>' % esc(title)]
    in_ol = False
    for b in blocks:
        tag = b[0]
        if tag != "L" and in_ol:
            out.append("</ol>")
            in_ol = False
        if tag == "table":
            rows = b[1]
            out.append('<table border="1" cellpadding="4" cellspacing="0" width="100%">')
            for i, row in enumerate(rows):
                cell = "th" if i == 0 else "td"
                out.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (cell, html_inline(x), cell)
                                                   for x in row))
            out.append("</table>")
        elif tag == "T":
            out.append("<h1>%s</h1>" % html_inline(b[1]))
        elif tag == "S":
            out.append("<p><b>%s</b></p>" % html_inline(b[1]))
        elif tag == "H":
            out.append("<h2>%s</h2>" % html_inline(b[1]))
        elif tag == "H2":
            out.append("<h3>%s</h3>" % html_inline(b[1]))
        elif tag == "L":
            if not in_ol:
                out.append('<ol type="a">')
                in_ol = True
            out.append("<li>%s</li>" % html_inline(b[1]))
        elif tag in ("N", "P"):
            out.append("<p>%s</p>" % html_inline(b[1]))
        else:
            raise ValueError("HTML contracts cannot carry %s blocks" % tag)
    if in_ol:
        out.append("</ol>")
    out.append("</body></html>\n")
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------------------
# LibreOffice conversion and normalisation
# ---------------------------------------------------------------------------
class LibreOffice:
    def __init__(self, workdir):
        self.workdir = workdir
        self.profile = os.path.join(workdir, "lo-profile")
        if not shutil.which("soffice"):
            sys.exit("soffice not found: apt-get update && apt-get install -y libreoffice-writer-nogui")

    def convert(self, src_name, payload, target, infilter=None):
        src = os.path.join(self.workdir, src_name)
        with open(src, "wb") as f:
            f.write(payload)
        outdir = os.path.join(self.workdir, "out")
        os.makedirs(outdir, exist_ok=True)
        cmd = ["soffice", "-env:UserInstallation=file://" + self.profile, "--headless",
               "--norestore", "--nolockcheck"]
        if infilter:
            cmd.append("--infilter=" + infilter)
        cmd += ["--convert-to", target, "--outdir", outdir, src]
        env = dict(os.environ, HOME=self.workdir, LC_ALL="C.UTF-8", TZ="UTC")
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=600, env=env)
        ext = target.split(":")[0]
        out = os.path.join(outdir, os.path.splitext(src_name)[0] + "." + ext)
        if not os.path.exists(out):
            sys.exit("LibreOffice did not produce %s" % out)
        with open(out, "rb") as f:
            result = f.read()
        os.remove(out)
        return result


def _renumber(xml, pattern, fmt):
    """Renumber ids matched by pattern (group 1 = id) in order of first appearance."""
    mapping = {}
    for m in re.finditer(pattern, xml):
        mapping.setdefault(m.group(1), fmt % (len(mapping) + 1))
    return mapping


def normalise_docx(raw, c):
    zin = zipfile.ZipFile(io.BytesIO(raw))
    files = {n: zin.read(n) for n in zin.namelist()}
    out = {}
    rev_map = None
    for name, payload in files.items():
        if name.endswith(".xml") or name.endswith(".rels"):
            s = payload.decode("utf-8")
            s = re.sub(r' w:rsid\w*="[^"]*"', "", s)
            s = re.sub(r' w14:(?:paraId|textId)="[^"]*"', "", s)
            s = re.sub(r"<w:rsids>.*?</w:rsids>", "", s, flags=re.S)
            s = re.sub(r'w:date="[^"]*"', 'w:date="%sZ"' % CHANGE_DATE, s)
            if name == "word/document.xml":
                rev_map = _renumber(s, r'<w:(?:ins|del) w:id="(\d+)"', "%d")
                s = re.sub(r'(<w:(?:ins|del) w:id=")(\d+)"',
                           lambda m: m.group(1) + rev_map[m.group(2)] + '"', s)
            if name == "docProps/app.xml":
                s = re.sub(r"<Application>.*?</Application>", "<Application>LibreOffice</Application>", s)
                s = re.sub(r"<TotalTime>.*?</TotalTime>", "<TotalTime>0</TotalTime>", s)
            if name == "docProps/core.xml":
                s = docx_core(c)
            payload = s.encode("utf-8")
        out[name] = payload
    # comment ids: renumber consistently in comments.xml and document.xml
    if "word/comments.xml" in out:
        cs = out["word/comments.xml"].decode("utf-8")
        cmap = _renumber(cs, r'<w:comment w:id="(\d+)"', "%d")
        cmap = {k: str(int(v) - 1) for k, v in cmap.items()}
        sub = lambda m: m.group(1) + cmap.get(m.group(2), m.group(2)) + '"'  # noqa: E731
        out["word/comments.xml"] = re.sub(r'(<w:comment w:id=")(\d+)"', sub, cs).encode("utf-8")
        ds = out["word/document.xml"].decode("utf-8")
        ds = re.sub(r'(<w:comment(?:RangeStart|RangeEnd|Reference) w:id=")(\d+)"', sub, ds)
        out["word/document.xml"] = ds.encode("utf-8")
    first = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
             "word/document.xml", "word/_rels/document.xml.rels"]
    order = [n for n in first if n in out] + sorted(n for n in out if n not in first)
    return zip_bytes([(n, out[n]) for n in order])


def normalise_odt(raw, c):
    zin = zipfile.ZipFile(io.BytesIO(raw))
    drop = lambda n: (n.startswith("Thumbnails/") or n.startswith("Configurations2/")  # noqa: E731
                      or n == "settings.xml")
    files = {n: zin.read(n) for n in zin.namelist() if not drop(n)}
    content = files["content.xml"].decode("utf-8")
    # ids generated by LibreOffice: tracked changes, annotations, lists
    chg = _renumber(content, r'<text:changed-region[^>]*? text:id="([^"]+)"', "ct%d")
    for old, new in chg.items():
        content = re.sub(r'(text:id|text:change-id|xml:id)="%s"' % re.escape(old),
                         lambda m, new=new: '%s="%s"' % (m.group(1), new), content)
    ann = _renumber(content, r'<office:annotation[^>]*? office:name="([^"]+)"', "ann%d")
    for old, new in ann.items():
        content = content.replace('office:name="%s"' % old, 'office:name="%s"' % new)
    lst = _renumber(content, r'<text:list xml:id="([^"]+)"', "list%d")
    for old, new in lst.items():
        content = re.sub(r'(xml:id|text:continue-list)="%s"' % re.escape(old),
                         lambda m, new=new: '%s="%s"' % (m.group(1), new), content)
    files["content.xml"] = content.encode("utf-8")
    for name in ("content.xml", "styles.xml"):
        s = files[name].decode("utf-8")
        s = re.sub(r' officeooo:(?:rsid|paragraph-rsid)="[^"]*"', "", s)
        s = re.sub(r"<dc:date>[^<]*</dc:date>", "<dc:date>%s</dc:date>" % CHANGE_DATE, s)
        files[name] = s.encode("utf-8")
    meta = files["meta.xml"].decode("utf-8")
    meta = re.sub(r"<meta:generator>.*?</meta:generator>", "<meta:generator>LibreOffice</meta:generator>",
                  meta)
    meta = re.sub(r"<meta:(?:creation-date|editing-duration|editing-cycles|print-date)>[^<]*"
                  r"</meta:(?:creation-date|editing-duration|editing-cycles|print-date)>", "", meta)
    meta = re.sub(r"<dc:date>[^<]*</dc:date>", "", meta)
    meta = meta.replace("<office:meta>", "<office:meta><meta:creation-date>%s</meta:creation-date>"
                        "<dc:date>%s</dc:date>" % (META_DATE, META_DATE), 1)
    files["meta.xml"] = meta.encode("utf-8")
    man = files["META-INF/manifest.xml"].decode("utf-8")
    man = re.sub(r'\s*<manifest:file-entry manifest:full-path="(?:Thumbnails/|Configurations2/|'
                 r'settings\.xml)[^"]*"[^>]*/>', "", man)
    files["META-INF/manifest.xml"] = man.encode("utf-8")
    first = ["mimetype", "content.xml", "styles.xml", "meta.xml"]
    order = [n for n in first if n in files] + sorted(n for n in files if n not in first)
    return zip_bytes([(n, files[n]) for n in order], stored={"mimetype"})


# ---------------------------------------------------------------------------
# text extraction (for checks)
# ---------------------------------------------------------------------------
def _strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


def extract_docx(raw):
    z = zipfile.ZipFile(io.BytesIO(raw))
    doc = z.read("word/document.xml").decode("utf-8")
    doc = re.sub(r"<w:del\b[^>]*/>", "", doc)
    doc = re.sub(r"<w:del\b.*?</w:del>", "", doc, flags=re.S)
    doc = re.sub(r"</w:p>", "\n", doc)
    text = _strip_tags(doc)
    if "word/footnotes.xml" in z.namelist():
        text += "\n" + _strip_tags(re.sub(r"</w:p>", "\n", z.read("word/footnotes.xml").decode("utf-8")))
    return unescape_xml(text)


def extract_odt(raw):
    z = zipfile.ZipFile(io.BytesIO(raw))
    s = z.read("content.xml").decode("utf-8")
    s = re.sub(r"<text:tracked-changes.*?</text:tracked-changes>", "", s, flags=re.S)
    s = re.sub(r"<office:annotation\b.*?</office:annotation>", "", s, flags=re.S)
    s = re.sub(r"</text:(?:p|h)>", "\n", s)
    s = s.split("<office:text", 1)[1]
    return unescape_xml(_strip_tags(s))


def unescape_xml(s):
    return (s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------
def render(c, lo):
    fmt, build = c["fmt"], c["build"]
    if fmt == "txt":
        return render_txt(c)
    if fmt == "md":
        return render_md(c)
    if build.startswith("hand-built DOCX"):
        return render_docx(c)
    if build.startswith("hand-built ODT"):
        return render_odt(c)
    if build.startswith("HTML converted to DOCX"):
        raw = lo.convert(c["name"] + ".html", render_html(c), "docx:MS Word 2007 XML",
                         infilter="HTML (StarWriter)")
        return normalise_docx(raw, c)
    if build.startswith("flat ODT (.fodt) converted to DOCX"):
        raw = lo.convert(c["name"] + ".fodt", render_fodt(c), "docx:MS Word 2007 XML")
        return normalise_docx(raw, c)
    if build.startswith("flat ODT (.fodt) converted to ODT"):
        raw = lo.convert(c["name"] + ".fodt", render_fodt(c), "odt:writer8")
        return normalise_odt(raw, c)
    raise ValueError("unknown build %r" % build)


def parse_verdicts(c):
    rows = []
    for line in c["verdicts"].strip("\n").split("\n"):
        rule, verdict, reason = line.split(" ", 2)
        rows.append((rule, verdict, reason.strip()))
    return rows


def expected_text(c):
    return "".join("%s %s  # %s\n" % row for row in parse_verdicts(c))


def word_count(c, payload):
    if c["fmt"] in ("txt", "md"):
        text = payload.decode("utf-8")
    elif c["fmt"] == "docx":
        text = extract_docx(payload)
    else:
        text = extract_odt(payload)
    return len(re.findall(r"[A-Za-z0-9][\w'.,/-]*", text)), text


EXPECTED_LINE = re.compile(r"^(ES-(?:0[1-9]|10)|COI-0[1-6]|CDM-0[1-6]) (pass|weak|gap)  # \S.*$")


def check(contracts, built, errors):
    counts = {r: {v: 0 for v in VERDICTS} for r in data.RULES}
    fmts = {}
    names = set()
    for c in contracts:
        name = c["name"]
        if name in names:
            errors.append("duplicate name %s" % name)
        names.add(name)
        fmts[c["fmt"]] = fmts.get(c["fmt"], 0) + 1
        exp_path = os.path.join(OUT, name + ".expected")
        with open(exp_path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines[-1] != "":
            errors.append("%s.expected: no final newline" % name)
        lines = lines[:-1]
        if len(lines) != 22:
            errors.append("%s.expected: %d lines, want 22" % (name, len(lines)))
        for i, line in enumerate(lines):
            m = EXPECTED_LINE.match(line)
            if not m:
                errors.append("%s.expected line %d malformed: %r" % (name, i + 1, line))
                continue
            if i < len(data.RULES) and m.group(1) != data.RULES[i]:
                errors.append("%s.expected line %d: %s out of order" % (name, i + 1, m.group(1)))
            counts[m.group(1)][m.group(2)] += 1
        payload = built[name]
        words, text = word_count(c, payload)
        low = 300 if c.get("short") else 700
        if not low <= words <= 2700:
            errors.append("%s: %d words outside %d-2700" % (name, words, low))
        c["_words"] = words
        if c["fmt"] in ("docx", "odt"):
            check_package(c, payload, text, errors)
    for fmt, want in EXPECTED_FORMATS.items():
        if fmts.get(fmt, 0) != want:
            errors.append("format %s: %d files, want %d" % (fmt, fmts.get(fmt, 0), want))
    for rule in data.RULES:
        p = counts[rule]["pass"]
        n = counts[rule]["weak"] + counts[rule]["gap"]
        if p < 4 or n < 5:
            errors.append("%s: %d passes and %d non-passes (need >=4 and >=5)" % (rule, p, n))
    return counts


def check_package(c, payload, text, errors):
    name = c["name"]
    z = zipfile.ZipFile(io.BytesIO(payload))
    if z.testzip() is not None:
        errors.append("%s: corrupt zip member" % name)
    infos = z.infolist()
    for zi in infos:
        if zi.date_time != ZIP_DATE:
            errors.append("%s: %s has timestamp %s" % (name, zi.filename, zi.date_time))
        if zi.filename.endswith(".xml") or zi.filename.endswith(".rels"):
            try:
                minidom.parseString(z.read(zi.filename))
            except Exception as exc:  # noqa: BLE001
                errors.append("%s: %s not well-formed: %s" % (name, zi.filename, exc))
    if c["fmt"] == "odt":
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            errors.append("%s: mimetype not first and stored" % name)
        for bad in ("settings.xml", "Thumbnails/", "Configurations2/"):
            if any(i.filename.startswith(bad) for i in infos):
                errors.append("%s: %s not removed" % (name, bad))
    else:
        doc = z.read("word/document.xml").decode("utf-8")
        if re.search(r"w:rsid|w14:paraId|w14:textId", doc):
            errors.append("%s: rsid/paraId left in document.xml" % name)
    flat = norm_ws(text)
    blocks = parse_blocks(c["blocks"])
    for b in blocks:
        if b[0] == "table":
            for row in b[1]:
                for cell in row:
                    probe = norm_ws(visible_text(cell))[:40]
                    if probe and probe not in flat:
                        errors.append("%s: table text missing: %r" % (name, probe))
            continue
        if b[0] == "D":
            if norm_ws(b[1])[:60] in flat:
                errors.append("%s: deleted paragraph visible: %r" % (name, b[1][:60]))
            continue
        vis = norm_ws(visible_text(b[1]))
        probe = vis[:50]
        if probe and probe not in flat:
            errors.append("%s: text missing: %r" % (name, probe))
        for d in deleted_text(b[1]):
            if norm_ws(d)[:50] in flat:
                errors.append("%s: deleted text visible: %r" % (name, d[:50]))


def main():
    outline = "--outline" in sys.argv
    contracts = data.CONTRACTS
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    built = {}
    with tempfile.TemporaryDirectory(prefix="set10-") as work:
        lo = LibreOffice(work)
        for c in contracts:
            payload = render(c, lo)
            built[c["name"]] = payload
            with open(os.path.join(OUT, "%s.%s" % (c["name"], c["fmt"])), "wb") as f:
                f.write(payload)
            with open(os.path.join(OUT, c["name"] + ".expected"), "w", encoding="utf-8",
                      newline="\n") as f:
                f.write(expected_text(c))
    errors = []
    counts = check(contracts, built, errors)
    if outline:
        for c in contracts:
            if c.get("numbering") == "auto":
                print("== %s" % c["name"])
                for label, tag, text in auto_outline(parse_blocks(c["blocks"])):
                    print("  %-7s %-5s %s" % (label, tag, norm_ws(visible_text(text))[:90]))
    print("%-34s %-5s %6s" % ("contract", "fmt", "words"))
    for c in contracts:
        print("%-34s %-5s %6d" % (c["name"], c["fmt"], c["_words"]))
    print("\n%-7s %5s %5s %5s" % ("rule", "pass", "gap", "weak"))
    tot = {v: 0 for v in VERDICTS}
    for rule in data.RULES:
        print("%-7s %5d %5d %5d" % (rule, counts[rule]["pass"], counts[rule]["gap"],
                                      counts[rule]["weak"]))
        for v in VERDICTS:
            tot[v] += counts[rule][v]
    print("%-7s %5d %5d %5d" % ("total", tot["pass"], tot["gap"], tot["weak"]))
    print("\nsha256")
    for fn in sorted(os.listdir(OUT)):
        with open(os.path.join(OUT, fn), "rb") as f:
            print("%s  %s" % (hashlib.sha256(f.read()).hexdigest(), fn))
    if errors:
        print("\nCHECKS FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed (%d contracts)" % len(contracts))


if __name__ == "__main__":
    main()
