#!/usr/bin/env python3
"""Build blind evaluation set 9 (fixtures/blind/set9/).

Texts and expected verdicts live in scripts/blind_set9_contracts.py; this file
only renders them.  Run from the repository root:

    python3 scripts/make-blind-set9.py

Formats: .txt and .md are written directly; .docx and .odt are either built by
hand as zip packages or converted by LibreOffice (HTML -> DOCX, flat ODT ->
DOCX, flat ODT -> ODT) and then normalised (volatile metadata, rsids, paraIds,
thumbnails and generated ids removed or renumbered) and re-zipped with fixed
timestamps so two runs give byte-identical output.

Block mini-language used by the contract data (one block per line):
  T: title        H1:/H2: styled headings     O1: heading by outline level only
  N0[key]: / N1[key]: / N2: auto-numbered clauses (levels 1., 1.1, (a))
  L: list item    P: or plain text: paragraph   | a | b | table rows
Inline: {del:..} tracked deletion (not contract text), {ins:..} tracked
insertion (contract text), {cmt:..} comment (not contract text), {fn:..}
footnote, {ref:key} clause number of a keyed N block, {split} run split
inside a word.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from blind_set9_contracts import CONTRACTS, RULES  # noqa: E402

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "fixtures", "blind", "set9")
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
REV_DATE = "2025-01-20T09:30:00Z"
REV_DATE_ODF = "2025-01-20T09:30:00"
AUTHOR = "Contracts Team"

# --------------------------------------------------------------------------
# parsing

LINE_RE = re.compile(r"^(T|H1|H2|O1|N0|N1|N2|L|P)(?:\[(\w+)\])?:\s?(.*)$")
INLINE_RE = re.compile(r"\{(del|ins|cmt|fn):([^{}]*)\}|\{split\}")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def parse(body):
    blocks = []
    for raw in body.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if blocks and blocks[-1]["kind"] == "table":
                blocks[-1]["rows"].append(cells)
            else:
                blocks.append({"kind": "table", "rows": [cells]})
            continue
        m = LINE_RE.match(line)
        if m:
            kind, key, text = m.groups()
        else:
            kind, key, text = "P", None, line
        blocks.append({"kind": kind, "key": key, "text": text})
    counters = [0, 0, 0]
    refs = {}
    for b in blocks:
        if b["kind"] in ("N0", "N1", "N2"):
            lvl = int(b["kind"][1])
            counters[lvl] += 1
            for j in range(lvl + 1, 3):
                counters[j] = 0
            if lvl == 0:
                b["label"], ref = "%d." % counters[0], "%d" % counters[0]
            elif lvl == 1:
                b["label"] = ref = "%d.%d" % (counters[0], counters[1])
            else:
                b["label"] = "(%s)" % LETTERS[counters[2] - 1]
                ref = "%d.%d%s" % (counters[0], counters[1], b["label"])
            b["level"] = lvl
            if b["key"]:
                refs[b["key"]] = ref

    def sub(s):
        return re.sub(r"\{ref:(\w+)\}", lambda m: refs[m.group(1)], s)

    for b in blocks:
        if "text" in b:
            b["text"] = sub(b["text"])
        if b["kind"] == "table":
            b["rows"] = [[sub(x) for x in r] for r in b["rows"]]
    return blocks, refs


def segments(text):
    out, pos = [], 0
    for m in INLINE_RE.finditer(text):
        if m.start() > pos:
            out.append(("t", text[pos:m.start()]))
        if m.group(0) == "{split}":
            out.append(("split", ""))
        else:
            out.append((m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(text):
        out.append(("t", text[pos:]))
    if "{" in "".join(v for k, v in out if k == "t"):
        raise ValueError("unparsed markup in: " + text)
    return out


def plain(text, notes, md=False):
    s = ""
    for k, v in segments(text):
        if k in ("t", "ins"):
            s += v
        elif k == "fn":
            notes.append(v)
            s += ("[^%d]" if md else "[%d]") % len(notes)
    return re.sub(r"  +", " ", s).strip()


# --------------------------------------------------------------------------
# plain text and markdown


def render_txt(c, blocks):
    notes, out = [], []
    width = c.get("wrap")

    def para(s, indent=""):
        if width:
            out.append(textwrap.fill(s, width=width, initial_indent=indent,
                                     subsequent_indent=indent + ("    " if indent else "")))
        else:
            out.append(indent + s)
        out.append("")

    for b in blocks:
        k = b["kind"]
        if k == "T":
            t = plain(b["text"], notes)
            out += [t, "=" * min(len(t), 76), ""]
        elif k in ("H1", "O1"):
            t = plain(b["text"], notes)
            out += [t.upper(), ""]
        elif k == "H2":
            out += [plain(b["text"], notes), ""]
        elif k in ("N0", "N1", "N2"):
            ind = "    " * b["level"] if c.get("indent", True) else ""
            para(b["label"] + " " + plain(b["text"], notes), ind)
        elif k == "L":
            para("- " + plain(b["text"], notes), "  ")
        elif k == "table":
            rows = [[plain(x, notes) for x in r] for r in b["rows"]]
            for r in rows:
                out.append(" | ".join(r))
            out.append("")
        else:
            para(plain(b["text"], notes))
    if notes:
        out += ["Notes", ""]
        for i, n in enumerate(notes, 1):
            out += ["[%d] %s" % (i, n), ""]
    return "\n".join(out).rstrip() + "\n"


def render_md(c, blocks):
    notes, out = [], []
    for b in blocks:
        k = b["kind"]
        t = plain(b["text"], notes, md=True) if "text" in b else None
        if k == "T":
            out += ["# " + t, ""]
        elif k in ("H1", "O1"):
            out += ["## " + t, ""]
        elif k == "H2":
            out += ["### " + t, ""]
        elif k in ("N0", "N1"):
            out += ["**%s** %s" % (b["label"].rstrip("."), t), ""]
        elif k == "N2":
            out += ["   %s %s" % (b["label"], t), ""]
        elif k == "L":
            out.append("- " + t)
            out.append("")
        elif k == "table":
            rows = [[plain(x, notes, md=True) for x in r] for r in b["rows"]]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        else:
            out += [t, ""]
    # collapse blank lines between consecutive list items
    text = "\n".join(out)
    text = re.sub(r"(\n- [^\n]*)\n\n(?=- )", r"\1\n", text)
    text = re.sub(r"(\n- [^\n]*)\n\n(?=- )", r"\1\n", text)
    if notes:
        text = text.rstrip() + "\n\n"
        text += "\n".join("[^%d]: %s" % (i, n) for i, n in enumerate(notes, 1))
    return text.rstrip() + "\n"


# --------------------------------------------------------------------------
# zip helpers


def write_zip(path, members):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)


# --------------------------------------------------------------------------
# hand-built DOCX

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def w_run(text, rpr=""):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


class DocxCtx:
    def __init__(self):
        self.comments, self.footnotes = [], []
        self.rev = 100
        self.bm = 0

    def next_rev(self):
        self.rev += 1
        return self.rev


def w_inline(text, ctx):
    items = []  # list of ('run', text, rpr) or ('raw', xml)
    pending_end = False
    for k, v in segments(text):
        if k == "t":
            if pending_end:
                m = re.match(r"[\w-]*", v)
                wend, post = v[:m.end()], v[m.end():]
                items.append(("run", wend, '<w:rPr><w:lang w:val="en-GB"/></w:rPr>'))
                items.append(("raw", '<w:proofErr w:type="spellEnd"/>'))
                if post:
                    items.append(("run", post, ""))
                pending_end = False
            else:
                items.append(("run", v, ""))
        elif k == "split":
            prev = items.pop()
            m = re.search(r"[\w-]*$", prev[1])
            pre, wstart = prev[1][:m.start()], prev[1][m.start():]
            if pre:
                items.append(("run", pre, prev[2]))
            items.append(("raw", '<w:proofErr w:type="spellStart"/>'))
            items.append(("run", wstart, ""))
            ctx.bm += 1
            items.append(("raw", '<w:bookmarkStart w:id="%d" w:name="_Hlk%06d"/>'
                          '<w:bookmarkEnd w:id="%d"/>' % (ctx.bm, 4100 + ctx.bm, ctx.bm)))
            pending_end = True
        elif k == "del":
            items.append(("raw", '<w:del w:id="%d" w:author="%s" w:date="%s"><w:r>'
                          '<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                          % (ctx.next_rev(), AUTHOR, REV_DATE, escape(v))))
        elif k == "ins":
            items.append(("raw", '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>'
                          % (ctx.next_rev(), AUTHOR, REV_DATE, w_run(v))))
        elif k == "cmt":
            cid = len(ctx.comments)
            ctx.comments.append(v)
            items.append(("raw", '<w:commentRangeStart w:id="%d"/><w:commentRangeEnd w:id="%d"/>'
                          '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                          '<w:commentReference w:id="%d"/></w:r>' % (cid, cid, cid)))
        elif k == "fn":
            fid = len(ctx.footnotes) + 2
            ctx.footnotes.append(v)
            items.append(("raw", '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                          '<w:footnoteReference w:id="%d"/></w:r>' % fid))
    return "".join(w_run(i[1], i[2]) if i[0] == "run" else i[1] for i in items if i[0] == "raw" or i[1])


def w_para(text, ctx, style=None, num=None, outline=None, bold=False):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if num is not None:
        ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr>' % num
    if outline is not None:
        ppr += '<w:outlineLvl w:val="%d"/>' % outline
    body = w_inline(text, ctx)
    if bold:
        body = body.replace("<w:r><w:t", "<w:r><w:rPr><w:b/></w:rPr><w:t")
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", body)


def w_table(rows, ctx):
    ncol = max(len(r) for r in rows)
    colw = 9000 // ncol
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
         '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
         'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
    x += ['<w:gridCol w:w="%d"/>' % colw] * ncol
    x.append("</w:tblGrid>")
    for i, r in enumerate(rows):
        x.append("<w:tr>%s" % ('<w:trPr><w:tblHeader/></w:trPr>' if i == 0 else ""))
        for cell in r + [""] * (ncol - len(r)):
            x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                     % (colw, w_para(cell, ctx, bold=(i == 0))))
        x.append("</w:tr>")
    x.append("</w:tbl>")
    return "".join(x)


DOCX_STYLES = XML_HEAD + """<w:styles %s>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ClauseText"><w:name w:val="Clause Text"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>""" % W_NS

DOCX_NUMBERING = XML_HEAD + """<w:numbering %s>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%%3)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1701" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>""" % W_NS


def build_docx(c, blocks, path):
    ctx = DocxCtx()
    body = []
    for b in blocks:
        k = b["kind"]
        if k == "T":
            body.append(w_para(b["text"], ctx, style="Title"))
        elif k == "H1":
            body.append(w_para(b["text"], ctx, style="Heading1"))
        elif k == "H2":
            body.append(w_para(b["text"], ctx, style="Heading2"))
        elif k == "O1":
            body.append(w_para(b["text"], ctx, outline=0, bold=True))
        elif k in ("N0", "N1", "N2"):
            body.append(w_para(b["text"], ctx, style="ClauseText", num=b["level"]))
        elif k == "L":
            body.append(w_para(b["text"], ctx, style="ListParagraph"))
        elif k == "table":
            body.append(w_table(b["rows"], ctx))
            body.append("<w:p/>")
        else:
            body.append(w_para(b["text"], ctx))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
            'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    document = XML_HEAD + "<w:document %s><w:body>%s%s</w:body></w:document>" % (W_NS, "".join(body), sect)
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
    overrides = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
                 '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    members = []
    if ctx.comments:
        rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        overrides.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        cx = "".join('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="CT"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>%s</w:p></w:comment>'
                     % (i, AUTHOR, REV_DATE, w_run(t)) for i, t in enumerate(ctx.comments))
        members.append(("word/comments.xml", XML_HEAD + "<w:comments %s>%s</w:comments>" % (W_NS, cx)))
    fnpr = ""
    if ctx.footnotes:
        rels.append('<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        overrides.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
        fx = ('<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        fx += "".join('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>%s</w:p></w:footnote>'
                      % (i + 2, w_run(" " + t)) for i, t in enumerate(ctx.footnotes))
        members.append(("word/footnotes.xml", XML_HEAD + "<w:footnotes %s>%s</w:footnotes>" % (W_NS, fx)))
        fnpr = '<w:footnotePr><w:footnote w:id="0"/><w:footnote w:id="1"/></w:footnotePr>'
    settings = XML_HEAD + ('<w:settings %s><w:trackRevisions/><w:defaultTabStop w:val="720"/>%s'
                           '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
                           'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>') % (W_NS, fnpr)
    ctypes = XML_HEAD + ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         '<Default Extension="xml" ContentType="application/xml"/>%s</Types>') % "".join(overrides)
    root_rels = XML_HEAD + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                            '</Relationships>')
    doc_rels = XML_HEAD + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(rels))
    out = [("[Content_Types].xml", ctypes), ("_rels/.rels", root_rels),
           ("docProps/core.xml", DOCX_CORE % escape(c["title"])), ("docProps/app.xml", DOCX_APP),
           ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels),
           ("word/styles.xml", DOCX_STYLES), ("word/numbering.xml", DOCX_NUMBERING),
           ("word/settings.xml", settings)] + members
    write_zip(path, out)


DOCX_CORE = XML_HEAD + ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title>'
                        '<dc:creator>Contracts Team</dc:creator></cp:coreProperties>')
DOCX_APP = XML_HEAD + ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                       '<Application>probity blind set 9</Application></Properties>')

# --------------------------------------------------------------------------
# ODF (hand-built ODT and flat ODT for LibreOffice)

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')

ODF_STYLES = """<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.4cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="14pt"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="12pt"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Standard" style:class="list"><style:paragraph-properties fo:margin-left="1cm"/></style:style>
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>"""

ODF_AUTO = """<style:style style:name="Pout" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.4cm"/><style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>
<style:style style:name="Pclause" style:family="paragraph" style:parent-style-name="Text_20_body" style:list-style-name="LN"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="Tsplit" style:family="text"><style:text-properties fo:language="en" fo:country="GB"/></style:style>
<style:style style:name="Tbl1" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>
<text:list-style style:name="LN">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" fo:margin-left="1cm"/></style:list-level-properties></text:list-level-style-number>
<text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="2cm" fo:text-indent="-1cm" fo:margin-left="2cm"/></style:list-level-properties></text:list-level-style-number>
<text:list-level-style-number text:level="3" style:num-prefix="(" style:num-suffix=")" style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="3cm" fo:text-indent="-1cm" fo:margin-left="3cm"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>"""


class OdfCtx:
    def __init__(self):
        self.changes = []  # (id, kind, text)
        self.notes = 0
        self.bm = 0


def o_inline(text, ctx):
    out = []
    pending_end = False
    for k, v in segments(text):
        if k == "t":
            if pending_end:
                m = re.match(r"[\w-]*", v)
                out.append('<text:span text:style-name="Tsplit">%s</text:span>%s'
                           % (escape(v[:m.end()]), escape(v[m.end():])))
                pending_end = False
            else:
                out.append(escape(v))
        elif k == "split":
            ctx.bm += 1
            out.append('<text:bookmark text:name="_Ref%05d"/>' % (700 + ctx.bm))
            pending_end = True
        elif k == "del":
            cid = "ct%d" % (len(ctx.changes) + 1)
            ctx.changes.append((cid, "deletion", v))
            out.append('<text:change text:change-id="%s"/>' % cid)
        elif k == "ins":
            cid = "ct%d" % (len(ctx.changes) + 1)
            ctx.changes.append((cid, "insertion", v))
            out.append('<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>'
                       % (cid, escape(v), cid))
        elif k == "cmt":
            out.append('<office:annotation><dc:creator>%s</dc:creator><dc:date>%s</dc:date>'
                       '<text:p>%s</text:p></office:annotation>' % (AUTHOR, REV_DATE_ODF, escape(v)))
        elif k == "fn":
            ctx.notes += 1
            out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d'
                       '</text:note-citation><text:note-body><text:p text:style-name="Footnote">%s'
                       '</text:p></text:note-body></text:note>' % (ctx.notes, ctx.notes, escape(v)))
    return "".join(out)


def o_list(items, i, lvl):
    xml = []
    while i < len(items) and items[i][0] == lvl:
        p = items[i][1]
        i += 1
        sub = ""
        if i < len(items) and items[i][0] > lvl:
            if items[i][0] != lvl + 1:
                raise ValueError("list level jump")
            inner, i = o_list(items, i, lvl + 1)
            sub = "<text:list>%s</text:list>" % inner
        xml.append("<text:list-item>%s%s</text:list-item>" % (p, sub))
    return "".join(xml), i


def odf_body(blocks):
    ctx = OdfCtx()
    out = []
    group = []
    nlists = [0]
    tables = [0]

    def flush():
        if not group:
            return
        if group[0][0] != 0:
            raise ValueError("numbered run must start at level 0")
        inner, i = o_list(group, 0, 0)
        if i != len(group):
            raise ValueError("bad list nesting")
        nlists[0] += 1
        attrs = 'xml:id="list%d" text:style-name="LN"' % nlists[0]
        if nlists[0] > 1:
            attrs += ' text:continue-list="list1"'
        out.append("<text:list %s>%s</text:list>" % (attrs, inner))
        del group[:]

    for b in blocks:
        k = b["kind"]
        if k in ("N0", "N1", "N2"):
            group.append((b["level"], '<text:p text:style-name="Pclause">%s</text:p>' % o_inline(b["text"], ctx)))
            continue
        flush()
        if k == "T":
            out.append('<text:p text:style-name="Title">%s</text:p>' % o_inline(b["text"], ctx))
        elif k in ("H1", "H2"):
            lvl = int(k[1])
            out.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                       % (lvl, lvl, o_inline(b["text"], ctx)))
        elif k == "O1":
            out.append('<text:p text:style-name="Pout">%s</text:p>' % o_inline(b["text"], ctx))
        elif k == "L":
            out.append('<text:p text:style-name="List_20_Bullet">\u2022 %s</text:p>' % o_inline(b["text"], ctx))
        elif k == "table":
            tables[0] += 1
            rows = b["rows"]
            ncol = max(len(r) for r in rows)
            x = ['<table:table table:name="Table%d" table:style-name="Tbl1"><table:table-column table:number-columns-repeated="%d"/>' % (tables[0], ncol)]
            for ri, r in enumerate(rows):
                style = "Table_20_Heading" if ri == 0 else "Table_20_Contents"
                cells = "".join('<table:table-cell office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                                % (style, o_inline(cell, ctx)) for cell in r + [""] * (ncol - len(r)))
                row = "<table:table-row>%s</table:table-row>" % cells
                x.append("<table:table-header-rows>%s</table:table-header-rows>" % row if ri == 0 else row)
            x.append("</table:table>")
            out.append("".join(x))
        else:
            out.append('<text:p text:style-name="Text_20_body">%s</text:p>' % o_inline(b["text"], ctx))
    flush()
    tc = ""
    if ctx.changes:
        regions = []
        for cid, kind, text in ctx.changes:
            info = ('<office:change-info><dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info>'
                    % (AUTHOR, REV_DATE_ODF))
            if kind == "deletion":
                regions.append('<text:changed-region text:id="%s"><text:deletion>%s<text:p>%s</text:p>'
                               '</text:deletion></text:changed-region>' % (cid, info, escape(text)))
            else:
                regions.append('<text:changed-region text:id="%s"><text:insertion>%s</text:insertion>'
                               '</text:changed-region>' % (cid, info))
        tc = '<text:tracked-changes text:track-changes="false">%s</text:tracked-changes>' % "".join(regions)
    return tc + "".join(out)


def odf_meta(c):
    return ('<office:meta><meta:generator>probity blind set 9</meta:generator><dc:title>%s</dc:title>'
            '</office:meta>' % escape(c["title"]))


def build_odt(c, blocks, path):
    body = odf_body(blocks)
    content = (XML_HEAD + '<office:document-content %s office:version="1.3"><office:automatic-styles>%s'
               '</office:automatic-styles><office:body><office:text>%s</office:text></office:body>'
               '</office:document-content>') % (ODF_NS, ODF_AUTO, body)
    styles = (XML_HEAD + '<office:document-styles %s office:version="1.3">%s</office:document-styles>'
              % (ODF_NS, ODF_STYLES))
    meta = (XML_HEAD + '<office:document-meta %s office:version="1.3">%s</office:document-meta>'
            % (ODF_NS, odf_meta(c)))
    manifest = (XML_HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    write_zip(path, [("mimetype", "application/vnd.oasis.opendocument.text"),
                     ("META-INF/manifest.xml", manifest), ("content.xml", content),
                     ("styles.xml", styles), ("meta.xml", meta)])


def build_fodt(c, blocks):
    return (XML_HEAD + '<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            '%s%s<office:automatic-styles>%s</office:automatic-styles><office:body><office:text>%s</office:text>'
            '</office:body></office:document>') % (ODF_NS, odf_meta(c), ODF_STYLES, ODF_AUTO, odf_body(blocks))


def build_html(c, blocks):
    notes = []
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8"><title>%s</title></head><body>' % escape(c["title"])]
    open_list = None
    for b in blocks:
        k = b["kind"]
        if k != "L" and open_list:
            out.append("</ul>")
            open_list = None
        t = escape(plain(b["text"], notes)) if "text" in b else None
        if k == "T":
            out.append("<h1>%s</h1>" % t)
        elif k in ("H1", "O1"):
            out.append("<h2>%s</h2>" % t)
        elif k == "H2":
            out.append("<h3>%s</h3>" % t)
        elif k in ("N0", "N1", "N2"):
            style = ' style="margin-left:%dem"' % (2 * b["level"]) if b["level"] else ""
            out.append("<p%s>%s %s</p>" % (style, b["label"], t))
        elif k == "L":
            if not open_list:
                out.append("<ul>")
                open_list = True
            out.append("<li>%s</li>" % t)
        elif k == "table":
            out.append('<table border="1" cellpadding="4">')
            for ri, r in enumerate(b["rows"]):
                tag = "th" if ri == 0 else "td"
                out.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, escape(plain(x, notes)), tag) for x in r))
            out.append("</table>")
        else:
            out.append("<p>%s</p>" % t)
    if open_list:
        out.append("</ul>")
    if notes:
        raise ValueError("footnotes not supported in HTML route")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# LibreOffice conversion and normalisation

PROFILE = os.path.join(tempfile.gettempdir(), "probity-set9-lo-profile")


def soffice_convert(src, target, outdir, infilter=None):
    cmd = ["soffice", "-env:UserInstallation=file://" + PROFILE, "--headless", "--norestore"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", target, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def renumber(data, pattern, fmt):
    """Renumber ids matched by pattern (group 1 = id) in order of first appearance."""
    seen = {}

    def repl(m):
        old = m.group(1)
        if old not in seen:
            seen[old] = fmt % (len(seen) + 1)
        return m.group(0).replace(old, seen[old])
    return re.sub(pattern, repl, data)


def normalise_docx(path, c):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        files = {n: z.read(n) for n in names}
    out = []
    for n in names:
        if n.startswith("docProps/thumbnail") or n == "docProps/custom.xml":
            continue
        d = files[n]
        if n == "docProps/core.xml":
            d = DOCX_CORE % escape(c["title"])
        elif n == "docProps/app.xml":
            d = DOCX_APP
        elif n.endswith(".xml") or n.endswith(".rels"):
            s = d.decode("utf-8")
            s = re.sub(r'\s+w:rsid\w*="[^"]*"', "", s)
            s = re.sub(r"<w:rsids>.*?</w:rsids>", "", s, flags=re.S)
            s = re.sub(r"<w:rsid [^>]*/>", "", s)
            s = re.sub(r'\s+w14:(paraId|textId)="[^"]*"', "", s)
            s = re.sub(r'\s+w15:paraIdParent="[^"]*"', "", s)
            s = re.sub(r'w:date="[^"]*"', 'w:date="%s"' % REV_DATE, s)
            s = re.sub(r"<dc:date>[^<]*</dc:date>", "", s)
            if n == "[Content_Types].xml":
                s = re.sub(r'<Override PartName="/docProps/(thumbnail|custom)[^>]*/>', "", s)
                s = re.sub(r'<Default Extension="(png|jpeg)"[^>]*/>', "", s)
            if n == "_rels/.rels":
                s = re.sub(r'<Relationship [^>]*Target="docProps/(thumbnail|custom)[^"]*"[^>]*/>', "", s)
            if n == "word/document.xml":
                # tracked-change ids: renumber in order of appearance
                s = renumber(s, r'<w:(?:ins|del|moveFrom|moveTo|pPrChange|rPrChange) w:id="(\d+)"', "%d")
            d = s.encode("utf-8")
        out.append((n, d))
    out.sort(key=lambda x: (x[0] != "[Content_Types].xml", x[0]))
    write_zip(path, out)


def normalise_odt(path, c):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        files = {n: z.read(n) for n in names}
    out = []
    for n in names:
        if n.startswith("Thumbnails/") or n.startswith("Configurations2/"):
            continue
        d = files[n]
        if n == "meta.xml":
            d = (XML_HEAD + '<office:document-meta %s office:version="1.3">%s</office:document-meta>'
                 % (ODF_NS, odf_meta(c)))
        elif n == "settings.xml":
            d = (XML_HEAD + '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                 'office:version="1.3"/>')
        elif n.endswith(".xml"):
            s = d.decode("utf-8")
            s = re.sub(r"<dc:date>[^<]*</dc:date>", "<dc:date>%s</dc:date>" % REV_DATE_ODF, s)
            s = renumber(s, r'(?:xml:id|text:id|text:change-id)="(ct\d+)"', "ct%d")
            s = renumber(s, r'office:name="(__Annotation__[^"]*)"', "__Annotation__%d")
            s = renumber(s, r'(?:xml:id|text:continue-list)="(list\d+)"', "list%d")
            s = re.sub(r'\s+loext:[\w-]+="[^"]*rsid[^"]*"', "", s)
            s = re.sub(r'\s+officeooo:(rsid|paragraph-rsid)="[^"]*"', "", s)
            if n == "META-INF/manifest.xml":
                s = re.sub(r'<manifest:file-entry manifest:full-path="(Thumbnails|Configurations2)/[^"]*"[^>]*/>', "", s)
            d = s.encode("utf-8")
        out.append((n, d))
    out.sort(key=lambda x: (x[0] != "mimetype", x[0]))
    write_zip(path, out)


# --------------------------------------------------------------------------
# expected files and checks

VERDICTS = ("pass", "gap", "weak")


def check_expected(c, refs):
    text = re.sub(r"\{ref:(\w+)\}", lambda m: refs[m.group(1)], c["expected"].strip("\n"))
    lines = [l.strip() for l in text.split("\n") if l.strip()]
    if len(lines) != 22:
        raise ValueError("%s: %d expected lines" % (c["id"], len(lines)))
    result = []
    for rule, line in zip(RULES, lines):
        m = re.match(r"^(\S+) (pass|gap|weak)  # (.+)$", line)
        if not m or m.group(1) != rule:
            raise ValueError("%s: bad line for %s: %s" % (c["id"], rule, line))
        result.append((rule, m.group(2)))
    return "\n".join(lines) + "\n", result


def build(c):
    blocks, refs = parse(c["body"])
    base = os.path.join(OUT, "%s_%s" % (c["id"], c["slug"]))
    fmt, route = c["format"], c["build"]
    if fmt == "txt":
        with open(base + ".txt", "w", encoding="utf-8", newline="\n") as f:
            f.write(render_txt(c, blocks))
    elif fmt == "md":
        with open(base + ".md", "w", encoding="utf-8", newline="\n") as f:
            f.write(render_md(c, blocks))
    elif route == "hand":
        (build_docx if fmt == "docx" else build_odt)(c, blocks, base + "." + fmt)
    else:
        tmp = tempfile.mkdtemp(prefix="set9-")
        try:
            stem = "%s_%s" % (c["id"], c["slug"])
            if route == "html":
                src = os.path.join(tmp, stem + ".html")
                with open(src, "w", encoding="utf-8") as f:
                    f.write(build_html(c, blocks))
                soffice_convert(src, 'docx:MS Word 2007 XML', tmp, infilter="HTML (StarWriter)")
            elif route == "fodt":
                src = os.path.join(tmp, stem + ".fodt")
                with open(src, "w", encoding="utf-8") as f:
                    f.write(build_fodt(c, blocks))
                soffice_convert(src, 'docx:MS Word 2007 XML' if fmt == "docx" else "odt", tmp)
            else:
                raise ValueError(route)
            produced = os.path.join(tmp, stem + "." + fmt)
            (normalise_docx if fmt == "docx" else normalise_odt)(produced, c)
            shutil.copyfile(produced, base + "." + fmt)
        finally:
            shutil.rmtree(tmp)
    text, verdicts = check_expected(c, refs)
    with open(base + ".expected", "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return verdicts


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    counts = {r: {v: 0 for v in VERDICTS} for r in RULES}
    for c in CONTRACTS:
        for rule, v in build(c):
            counts[rule][v] += 1
    bad = []
    print("%-7s %4s %4s %4s" % ("rule", "pass", "gap", "weak"))
    for r in RULES:
        k = counts[r]
        print("%-7s %4d %4d %4d" % (r, k["pass"], k["gap"], k["weak"]))
        if k["pass"] < 4 or k["gap"] + k["weak"] < 5:
            bad.append(r)
    tot = {v: sum(counts[r][v] for r in RULES) for v in VERDICTS}
    print("%-7s %4d %4d %4d" % ("total", tot["pass"], tot["gap"], tot["weak"]))
    if bad:
        raise SystemExit("coverage too thin for: " + ", ".join(bad))
    print("wrote %d files to %s" % (len(os.listdir(OUT)), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
