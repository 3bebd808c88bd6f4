#!/usr/bin/env python3
"""Render blind evaluation set 5 into fixtures/blind/set5/ (deleted and rebuilt).

Usage (from the repository root):  python3 scripts/make-blind-set5.py

Deterministic: hand-built DOCX/ODT zips use fixed timestamps and a fixed member order
(ODT `mimetype` first and stored); the two soffice conversions (HTML -> DOCX, FODT -> ODT)
are scrubbed of volatile metadata (dates, generator, rsids, change ids, thumbnails) and
re-zipped the same way. Needs Python 3 stdlib and /usr/bin/soffice.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import blind_set5_contracts as data  # noqa: E402

OUT = ROOT / "fixtures" / "blind" / "set5"
ZIP_DATE = (2025, 1, 1, 0, 0, 0)
FIXED_DATE = "2025-01-01T00:00:00Z"
SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"


def esc(s):
    return escape(s, {'"': "&quot;"})


# ---------------------------------------------------------------------------
# zip writing
# ---------------------------------------------------------------------------
def write_zip(path, members):
    """members: list of (name, bytes, stored?)"""
    with zipfile.ZipFile(path, "w") as zf:
        for name, content, stored in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.create_system = 3
            if name.endswith("/"):
                zi.external_attr = (0o40755 << 16) | 0x10
            else:
                zi.external_attr = 0o100644 << 16
            if stored:
                zi.compress_type = zipfile.ZIP_STORED
                zf.writestr(zi, content)
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(zi, content, compresslevel=6)


# ---------------------------------------------------------------------------
# inline markup
# ---------------------------------------------------------------------------
TOKEN_RE = re.compile(r"\{(del|ins|cm|fn|bm)\|([^{}]*)\}|\{(r|pe|/pe)\}")


def tokens(text):
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            yield ("text", text[pos:m.start()])
        if m.group(1):
            kind, body = m.group(1), m.group(2)
            if kind == "cm":
                anchor, comment = body.split("|", 1)
                yield ("cm", anchor, comment)
            else:
                yield (kind, body)
        else:
            yield ({"r": "split", "pe": "pe_start", "/pe": "pe_end"}[m.group(3)],)
        pos = m.end()
    if pos < len(text):
        yield ("text", text[pos:])


def plain(text):
    """Contract text only (deletions and comments dropped) - used for HTML."""
    out = []
    for t in tokens(text):
        if t[0] in ("text", "ins"):
            out.append(t[1])
        elif t[0] == "cm":
            out.append(t[1])
    return "".join(out)


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


class DocxCtx:
    def __init__(self, contract):
        self.author, self.date = contract.get("revision", ("Author", FIXED_DATE))
        if not self.date.endswith("Z"):
            self.date += "Z"
        self.change_id = 100
        self.comments = []
        self.footnotes = []
        self.bookmark_id = 0
        self.alt = False


def docx_text_run(text, alt, deleted=False):
    rpr = '<w:rPr><w:lang w:val="en-GB"/></w:rPr>' if alt else ""
    tag = "w:delText" if deleted else "w:t"
    parts = text.split("\t")
    inner = []
    for i, part in enumerate(parts):
        if i:
            inner.append("<w:tab/>")
        if part:
            inner.append('<%s xml:space="preserve">%s</%s>' % (tag, esc(part), tag))
    return "<w:r>%s%s</w:r>" % (rpr, "".join(inner))


def docx_inline(text, ctx):
    out = []
    for t in tokens(text):
        kind = t[0]
        if kind == "text":
            out.append(docx_text_run(t[1], ctx.alt))
        elif kind == "split":
            ctx.alt = not ctx.alt
        elif kind == "pe_start":
            out.append('<w:proofErr w:type="spellStart"/>')
            ctx.alt = not ctx.alt
        elif kind == "pe_end":
            out.append('<w:proofErr w:type="spellEnd"/>')
            ctx.alt = not ctx.alt
        elif kind == "del":
            ctx.change_id += 1
            out.append('<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>' % (
                ctx.change_id, esc(ctx.author), ctx.date, docx_text_run(t[1], ctx.alt, True)))
        elif kind == "ins":
            ctx.change_id += 1
            out.append('<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (
                ctx.change_id, esc(ctx.author), ctx.date, docx_text_run(t[1], ctx.alt)))
        elif kind == "cm":
            cid = len(ctx.comments)
            ctx.comments.append(t[2])
            out.append('<w:commentRangeStart w:id="%d"/>' % cid)
            out.append(docx_text_run(t[1], ctx.alt))
            out.append('<w:commentRangeEnd w:id="%d"/>' % cid)
            out.append('<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                       '<w:commentReference w:id="%d"/></w:r>' % cid)
        elif kind == "fn":
            ctx.footnotes.append(t[1])
            fid = len(ctx.footnotes)
            out.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                       '<w:footnoteReference w:id="%d"/></w:r>' % fid)
        elif kind == "bm":
            ctx.bookmark_id += 1
            out.append('<w:bookmarkStart w:id="%d" w:name="%s"/><w:bookmarkEnd w:id="%d"/>' % (
                ctx.bookmark_id, esc(t[1]), ctx.bookmark_id))
    ctx.alt = False
    return "".join(out)


def docx_para(text, ctx, style=None, numpr=None, jc=None, extra_ppr=""):
    ppr = []
    if style:
        ppr.append('<w:pStyle w:val="%s"/>' % style)
    if numpr:
        ppr.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % numpr)
    if jc:
        ppr.append('<w:jc w:val="%s"/>' % jc)
    ppr.append(extra_ppr)
    ppr_xml = "<w:pPr>%s</w:pPr>" % "".join(ppr) if any(ppr) else ""
    return "<w:p>%s%s</w:p>" % (ppr_xml, docx_inline(text, ctx))


def docx_table(rows, ctx):
    ncols = len(rows[0])
    total = 9000
    widths = [total // ncols] * ncols
    if ncols == 2:
        widths = [2600, 6400]
    elif ncols == 3:
        widths = [2200, 5200, 1600]
    border = ('<w:tblBorders>' + "".join(
        '<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b
        for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>')
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/>%s'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           'w:noHBand="0" w:noVBand="1"/></w:tblPr>' % (total, border)]
    out.append("<w:tblGrid>%s</w:tblGrid>" % "".join('<w:gridCol w:w="%d"/>' % w for w in widths))
    for ri, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else ""
        out.append("<w:tr>%s" % trpr)
        for ci, cell in enumerate(row):
            style = "TableHeading" if ri == 0 else "TableText"
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (
                widths[ci], docx_para(cell, ctx, style=style)))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


DOCX_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ClauseText"><w:name w:val="Clause Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs><w:spacing w:after="60"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="40"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="TableText"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/></w:style>
</w:styles>
""" % W_NS


def docx_numbering(schemes, alpha_groups):
    """schemes: list of (numId, [lvl0, lvl1, lvl2] texts); alpha_groups: list of numIds."""
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>' % W_NS]
    fmts = ["decimal", "decimal", "lowerLetter"]
    for i, (num_id, texts) in enumerate(schemes):
        out.append('<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>' % i)
        for lvl, txt in enumerate(texts):
            ind = [(720, 720), (720, 720), (1440, 720)][lvl]
            out.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                       '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                       '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>' % (
                           lvl, fmts[lvl], esc(txt), ind[0], ind[1]))
        out.append("</w:abstractNum>")
    alpha_abs = len(schemes)
    if alpha_groups:
        out.append('<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
                   '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
                   '<w:lvlText w:val="(%%1)"/><w:lvlJc w:val="left"/>'
                   '<w:pPr><w:ind w:left="1440" w:hanging="720"/></w:pPr></w:lvl></w:abstractNum>' % alpha_abs)
    for i, (num_id, _) in enumerate(schemes):
        out.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (num_id, i))
    for num_id in alpha_groups:
        out.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>'
                   '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (
                       num_id, alpha_abs))
    out.append("</w:numbering>")
    return "".join(out)


def build_docx(contract, path):
    ctx = DocxCtx(contract)
    schemes_cfg = contract.get("numbering", {})
    scheme_ids = {}
    schemes = []
    for i, (name, texts) in enumerate(schemes_cfg.items()):
        scheme_ids[name] = i + 1
        schemes.append((i + 1, texts))
    next_num = len(schemes) + 1
    alpha_groups = []
    body = []
    prev_kind = None
    for block in contract["blocks"]:
        kind = block[0]
        if kind == "title":
            body.append(docx_para(block[1], ctx, style="Title"))
        elif kind == "center":
            body.append(docx_para(block[1], ctx, jc="center", extra_ppr=""))
        elif kind == "h1":
            body.append(docx_para(block[1], ctx, style="Heading1"))
        elif kind == "h2":
            body.append(docx_para(block[1], ctx, style="Heading2"))
        elif kind == "p":
            body.append(docx_para(block[1], ctx, style="ClauseText"))
        elif kind == "toc":
            body.append(docx_para(block[1], ctx, style="TOC1"))
        elif kind in ("nh", "n2", "n3"):
            scheme = block[2] if len(block) > 2 else "main"
            lvl = {"nh": 0, "n2": 1, "n3": 2}[kind]
            style = "Heading1" if kind == "nh" else "ClauseText"
            body.append(docx_para(block[1], ctx, style=style, numpr=(lvl, scheme_ids[scheme])))
        elif kind == "a":
            if prev_kind != "a":
                alpha_groups.append(next_num)
                next_num += 1
            body.append(docx_para(block[1], ctx, style="ClauseText", numpr=(0, alpha_groups[-1])))
        elif kind == "table":
            body.append(docx_table(block[1], ctx))
            body.append("<w:p/>")
        else:
            raise ValueError(kind)
        prev_kind = kind
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
            'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s'
                '</w:body></w:document>' % (W_NS, "".join(body), sect))

    has_num = bool(schemes or alpha_groups)
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
    overrides = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    parts = []
    if has_num:
        rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
        overrides.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
        parts.append(("word/numbering.xml", docx_numbering(schemes, alpha_groups)))
    if ctx.comments:
        rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        overrides.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        cm = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>' % W_NS]
        initials = "".join(w[0] for w in ctx.author.split() if w[:1].isalpha())[:3]
        for i, text in enumerate(ctx.comments):
            cm.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">'
                      '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                      '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                      '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>' % (
                          i, esc(ctx.author), ctx.date, esc(initials), esc(text)))
        cm.append("</w:comments>")
        parts.append(("word/comments.xml", "".join(cm)))
    fn_settings = ""
    if ctx.footnotes:
        rels.append('<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        overrides.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
        fn = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>' % W_NS,
              '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for i, text in enumerate(ctx.footnotes, 1):
            fn.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                      '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                      '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, esc(text)))
        fn.append("</w:footnotes>")
        parts.append(("word/footnotes.xml", "".join(fn)))
        fn_settings = '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s>'
                '<w:defaultTabStop w:val="720"/>%s<w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>' % (W_NS, fn_settings))
    title = contract["blocks"][0][1]
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>' % (
                esc(title), esc(ctx.author), ctx.date, ctx.date))
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>probity blind set 5</Application></Properties>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>%s</Types>' % "".join(overrides))
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                 '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(rels))
    members = [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
               ("docProps/core.xml", core), ("docProps/app.xml", app),
               ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels),
               ("word/styles.xml", DOCX_STYLES), ("word/settings.xml", settings)] + parts
    write_zip(path, [(n, c.encode("utf-8"), False) for n, c in members])


# ---------------------------------------------------------------------------
# ODF (hand ODT and flat ODT for soffice)
# ---------------------------------------------------------------------------
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')

ODF_STYLES = """<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.25cm"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Subtitle_20_Centre" style:display-name="Subtitle Centre" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="9pt"/></style:style>
<text:list-style style:name="Alpha_20_List" style:display-name="Alpha List">
<text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="2.5cm" fo:text-indent="-1.25cm" fo:margin-left="2.5cm"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>"""

ODF_AUTO_INNER = """<style:style style:name="T1" style:family="text"><style:text-properties fo:language="en" fo:country="GB"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>
<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>"""

ODF_PAGE_LAYOUT = """<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>"""

ODF_MASTER = """<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>"""


class OdfCtx:
    def __init__(self, contract):
        self.author, self.date = contract.get("revision", ("Author", "2025-01-01T00:00:00"))
        self.date = self.date.rstrip("Z")
        self.changes = []
        self.n_change = 0
        self.n_note = 0
        self.n_ann = 0
        self.alt = False


def odf_text(text, alt):
    parts = text.split("\t")
    inner = "<text:tab/>".join(esc(p) for p in parts)
    inner = re.sub(r"  +", lambda m: " <text:s text:c=\"%d\"/>" % (len(m.group(0)) - 1), inner)
    if alt and inner:
        return '<text:span text:style-name="T1">%s</text:span>' % inner
    return inner


def odf_inline(text, ctx):
    out = []
    info = '<office:change-info><dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info>' % (
        esc(ctx.author), ctx.date)
    for t in tokens(text):
        kind = t[0]
        if kind == "text":
            out.append(odf_text(t[1], ctx.alt))
        elif kind in ("split", "pe_start", "pe_end"):
            ctx.alt = not ctx.alt
        elif kind == "del":
            ctx.n_change += 1
            cid = "ct%d" % ctx.n_change
            deleted = odf_text(t[1].lstrip(" "), False)
            if t[1].startswith(" "):
                deleted = "<text:s/>" + deleted
            ctx.changes.append('<text:changed-region text:id="%s" xml:id="%s"><text:deletion>%s'
                               '<text:p>%s</text:p></text:deletion></text:changed-region>' % (
                                   cid, cid, info, deleted))
            out.append('<text:change text:change-id="%s"/>' % cid)
        elif kind == "ins":
            ctx.n_change += 1
            cid = "ct%d" % ctx.n_change
            ctx.changes.append('<text:changed-region text:id="%s" xml:id="%s"><text:insertion>%s'
                               '</text:insertion></text:changed-region>' % (cid, cid, info))
            out.append('<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>' % (
                cid, odf_text(t[1], ctx.alt), cid))
        elif kind == "cm":
            ctx.n_ann += 1
            name = "__Annotation__%d" % ctx.n_ann
            out.append('<office:annotation office:name="%s"><dc:creator>%s</dc:creator><dc:date>%s</dc:date>'
                       '<text:p>%s</text:p></office:annotation>%s<office:annotation-end office:name="%s"/>' % (
                           name, esc(ctx.author), ctx.date, esc(t[2]), odf_text(t[1], ctx.alt), name))
        elif kind == "fn":
            ctx.n_note += 1
            out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d'
                       '</text:note-citation><text:note-body><text:p text:style-name="Footnote">%s</text:p>'
                       '</text:note-body></text:note>' % (ctx.n_note, ctx.n_note, esc(t[1])))
        elif kind == "bm":
            out.append('<text:bookmark text:name="%s"/>' % esc(t[1]))
    ctx.alt = False
    return "".join(out)


def odf_body(contract, ctx):
    body = []
    blocks = contract["blocks"]
    i = 0
    ntable = 0
    while i < len(blocks):
        block = blocks[i]
        kind = block[0]
        if kind == "title":
            body.append('<text:p text:style-name="Title">%s</text:p>' % odf_inline(block[1], ctx))
        elif kind == "center":
            body.append('<text:p text:style-name="Subtitle_20_Centre">%s</text:p>' % odf_inline(block[1], ctx))
        elif kind in ("h1", "h2"):
            lvl = 1 if kind == "h1" else 2
            body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (
                lvl, lvl, odf_inline(block[1], ctx)))
        elif kind == "p":
            body.append('<text:p text:style-name="Text_20_body">%s</text:p>' % odf_inline(block[1], ctx))
        elif kind == "a":
            items = []
            while i < len(blocks) and blocks[i][0] == "a":
                items.append('<text:list-item><text:p text:style-name="Text_20_body">%s</text:p></text:list-item>'
                             % odf_inline(blocks[i][1], ctx))
                i += 1
            body.append('<text:list text:style-name="Alpha_20_List">%s</text:list>' % "".join(items))
            continue
        elif kind == "table":
            ntable += 1
            rows = block[1]
            ncols = len(rows[0])
            t = ['<table:table table:name="Table%d" table:style-name="Tbl">' % ntable,
                 '<table:table-column table:number-columns-repeated="%d"/>' % ncols]
            for ri, row in enumerate(rows):
                if ri == 0:
                    t.append("<table:table-header-rows>")
                t.append("<table:table-row>")
                for cell in row:
                    style = "Table_20_Heading" if ri == 0 else "Table_20_Contents"
                    t.append('<table:table-cell table:style-name="TblCell" office:value-type="string">'
                             '<text:p text:style-name="%s">%s</text:p></table:table-cell>' % (
                                 style, odf_inline(cell, ctx)))
                t.append("</table:table-row>")
                if ri == 0:
                    t.append("</table:table-header-rows>")
            t.append("</table:table>")
            body.append("".join(t))
        else:
            raise ValueError("unsupported ODF block %s" % kind)
        i += 1
    tracked = ""
    if ctx.changes:
        tracked = '<text:tracked-changes text:track-changes="false">%s</text:tracked-changes>' % "".join(ctx.changes)
    return tracked + "".join(body)


def odf_meta_inner(contract, ctx):
    title = contract["blocks"][0][1]
    return ('<meta:generator>probity blind set 5</meta:generator><dc:title>%s</dc:title>'
            '<meta:initial-creator>%s</meta:initial-creator><meta:creation-date>%s</meta:creation-date>'
            '<dc:date>%s</dc:date>' % (esc(title), esc(ctx.author), ctx.date, ctx.date))


def build_odt(contract, path):
    ctx = OdfCtx(contract)
    body = odf_body(contract, ctx)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:automatic-styles>%s</office:automatic-styles>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % (
                   ODF_NS, ODF_AUTO_INNER, body))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">'
              '%s<office:automatic-styles>%s</office:automatic-styles>%s</office:document-styles>' % (
                  ODF_NS, ODF_STYLES, ODF_PAGE_LAYOUT, ODF_MASTER))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3">'
            '<office:meta>%s</office:meta></office:document-meta>' % (ODF_NS, odf_meta_inner(contract, ctx)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    write_zip(path, [("mimetype", b"application/vnd.oasis.opendocument.text", True),
                     ("META-INF/manifest.xml", manifest.encode("utf-8"), False),
                     ("meta.xml", meta.encode("utf-8"), False),
                     ("styles.xml", styles.encode("utf-8"), False),
                     ("content.xml", content.encode("utf-8"), False)])


def build_fodt(contract):
    ctx = OdfCtx(contract)
    body = odf_body(contract, ctx)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text"><office:meta>%s</office:meta>'
            '%s<office:automatic-styles>%s%s</office:automatic-styles>%s'
            '<office:body><office:text>%s</office:text></office:body></office:document>\n' % (
                ODF_NS, odf_meta_inner(contract, ctx), ODF_STYLES, ODF_AUTO_INNER, ODF_PAGE_LAYOUT,
                ODF_MASTER, body))


# ---------------------------------------------------------------------------
# HTML (for soffice -> DOCX)
# ---------------------------------------------------------------------------
def build_html(contract):
    title = contract["blocks"][0][1]
    out = ['<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>%s</title></head><body>' % esc(title)]
    blocks = contract["blocks"]
    i = 0
    while i < len(blocks):
        kind = blocks[i][0]
        if kind == "title":
            out.append("<h1>%s</h1>" % esc(plain(blocks[i][1])))
        elif kind == "center":
            out.append('<p align="center"><b>%s</b></p>' % esc(plain(blocks[i][1])))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % esc(plain(blocks[i][1])))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % esc(plain(blocks[i][1])))
        elif kind == "p":
            out.append("<p>%s</p>" % esc(plain(blocks[i][1])))
        elif kind == "a":
            items = []
            while i < len(blocks) and blocks[i][0] == "a":
                items.append("<li>%s</li>" % esc(plain(blocks[i][1])))
                i += 1
            out.append('<ol type="a">%s</ol>' % "".join(items))
            continue
        elif kind == "table":
            rows = blocks[i][1]
            t = ['<table border="1" cellpadding="4" cellspacing="0" width="100%">']
            for ri, row in enumerate(rows):
                tag = "th" if ri == 0 else "td"
                t.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, esc(plain(c)), tag) for c in row))
            t.append("</table>")
            out.append("".join(t))
        else:
            raise ValueError("unsupported HTML block %s" % kind)
        i += 1
    out.append("</body></html>\n")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# soffice conversion and scrubbing
# ---------------------------------------------------------------------------
def soffice_convert(src, fmt, outdir, profile, infilter=None):
    cmd = [SOFFICE, "-env:UserInstallation=" + Path(profile).as_uri(), "--headless", "--norestore"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", fmt, "--outdir", str(outdir), str(src)]
    env = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8", LANG="C.UTF-8")
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=300)


def read_zip(path):
    with zipfile.ZipFile(path) as zf:
        return [(zi.filename, zf.read(zi.filename)) for zi in zf.infolist()]


def scrub_docx(members):
    out = []
    for name, content in members:
        if name.endswith(".xml") or name.endswith(".rels"):
            s = content.decode("utf-8")
            s = re.sub(r' w:rsid\w*="[0-9A-Fa-f]+"', "", s)
            s = re.sub(r' w14:(paraId|textId)="[0-9A-Fa-f]+"', "", s)
            s = re.sub(r' w15:(paraId|paraIdParent)="[0-9A-Fa-f]+"', "", s)
            if name == "word/settings.xml":
                s = re.sub(r"<w:rsids>.*?</w:rsids>", "", s, flags=re.S)
                s = re.sub(r"<w:rsid [^>]*/>", "", s)
            if name == "docProps/core.xml":
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\2" % FIXED_DATE, s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\2" % FIXED_DATE, s)
                s = re.sub(r"<cp:revision>[^<]*</cp:revision>", "", s)
                s = re.sub(r"<dc:language>[^<]*</dc:language>", "", s)
            if name == "docProps/app.xml":
                s = re.sub(r"<Application>[^<]*</Application>", "<Application>probity blind set 5</Application>", s)
                s = re.sub(r"<AppVersion>[^<]*</AppVersion>", "", s)
                s = re.sub(r"<TotalTime>[^<]*</TotalTime>", "<TotalTime>0</TotalTime>", s)
            content = s.encode("utf-8")
        out.append((name, content))
    order = {"[Content_Types].xml": 0, "_rels/.rels": 1}
    out.sort(key=lambda m: (order.get(m[0], 2), m[0]))
    return [(n, c, False) for n, c in out]


def scrub_odt(members):
    ids = {}

    def ct(m):
        return ids.setdefault(m.group(0), "ct%d" % (len(ids) + 1))

    out = []
    for name, content in members:
        if name.startswith("Thumbnails/"):
            continue
        if name.endswith(".xml"):
            s = content.decode("utf-8")
            s = re.sub(r"\bct\d{6,}\b", ct, s)
            s = re.sub(r' officeooo:(paragraph-)?rsid="[0-9a-f]+"', "", s)
            if name == "meta.xml":
                s = re.sub(r"<meta:generator>[^<]*</meta:generator>", "<meta:generator>probity blind set 5</meta:generator>", s)
                s = re.sub(r"(<meta:creation-date>)[^<]*(</meta:creation-date>)", r"\g<1>2025-01-01T00:00:00\2", s)
                s = re.sub(r"(<dc:date>)[^<]*(</dc:date>)", r"\g<1>2025-01-01T00:00:00\2", s)
                s = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>", "<meta:editing-duration>PT0S</meta:editing-duration>", s)
                s = re.sub(r"<meta:editing-cycles>[^<]*</meta:editing-cycles>", "<meta:editing-cycles>1</meta:editing-cycles>", s)
            if name == "settings.xml":
                s = re.sub(r'<config:config-item config:name="(Rsid|RsidRoot)"[^>]*>[^<]*</config:config-item>', "", s)
                s = re.sub(r'(<config:config-item config:name="PrinterSetup"[^>]*>)[^<]*(</config:config-item>)', r"\1\2", s)
            if name == "META-INF/manifest.xml":
                s = re.sub(r'<manifest:file-entry manifest:full-path="Thumbnails/[^"]*"[^>]*/>', "", s)
            content = s.encode("utf-8")
        out.append((name, content))
    first = [m for m in out if m[0] == "mimetype"]
    rest = [m for m in out if m[0] != "mimetype"]
    return [(n, c, True) for n, c in first] + [(n, c, False) for n, c in rest]


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def check_expected(contract):
    lines = contract["expected"].rstrip("\n").split("\n")
    assert len(lines) == 22, (contract["id"], len(lines))
    for rule, line in zip(data.RULES, lines):
        m = re.match(r"^(\S+) (pass|gap|weak)  # \S.*$", line)
        assert m and m.group(1) == rule, (contract["id"], line)
    return "\n".join(lines) + "\n"


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="blind-set5-"))
    try:
        profile = tmp / "lo-profile"
        for c in data.CONTRACTS:
            stem = "%s_%s" % (c["id"], c["name"])
            target = OUT / ("%s.%s" % (stem, c["ext"]))
            build = c["build"]
            if build == "text":
                target.write_text(c["text"], encoding="utf-8")
            elif build == "docx":
                build_docx(c, target)
            elif build == "odt":
                build_odt(c, target)
            elif build == "soffice-html":
                src = tmp / (stem + ".html")
                src.write_text(build_html(c), encoding="utf-8")
                soffice_convert(src, "docx:MS Word 2007 XML", tmp, profile, infilter="HTML (StarWriter)")
                write_zip(target, scrub_docx(read_zip(tmp / (stem + ".docx"))))
            elif build == "soffice-fodt":
                src = tmp / (stem + ".fodt")
                src.write_text(build_fodt(c), encoding="utf-8")
                soffice_convert(src, "odt", tmp, profile)
                write_zip(target, scrub_odt(read_zip(tmp / (stem + ".odt"))))
            else:
                raise ValueError(build)
            (OUT / (stem + ".expected")).write_text(check_expected(c), encoding="utf-8")
            print("wrote", target.relative_to(ROOT))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
