#!/usr/bin/env python3
"""Build blind fixture set 14 (cross-references, incorporation by reference, and PDFs).

Run from the repository root:  python3 scripts/make-blind-set14.py
Deletes and rebuilds fixtures/blind/set14/ deterministically, then checks it
and exits non-zero on any failure. Contract text lives in
scripts/blind_set14_contracts.py.

Formats: plain text, Markdown, hand-built DOCX (one with numbering.xml
auto-numbered clauses, one with tracked changes and comments), hand-built ODT,
and PDF made by LibreOffice (soffice --headless --convert-to pdf) from a
hand-built ODT or DOCX that carries a page header and a "Page N of M" footer.
PDF checks use pdftotext/pdfinfo (poppler-utils) when installed, otherwise the
content streams are inflated and searched for text operators.
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
import zlib
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_set14_contracts import CONTRACTS, RULES  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set14")
LO_PROFILE = "file:///tmp/lo-set14"
FIXED = (1980, 1, 1, 0, 0, 0)
FIXED_ISO = "1980-01-01T00:00:00Z"
GENERATOR = "probity-blind-set14"
WANT_FORMATS = {"pdf": 4, "docx": 3, "odt": 2, "txt": 2, "md": 1}
WORDS_MIN, WORDS_MAX = 1000, 2200


# ---------------------------------------------------------------- blocks
def segments(block):
    """Paragraph segments [(kind, text)] for a "p" block."""
    if isinstance(block[1], str):
        return [("t", block[1])]
    return list(block[1])


def popts(block):
    return block[2] if len(block) > 2 and isinstance(block[2], dict) else {}


def clause_numbers(blocks):
    """Numbers Word shows for n0/n1 blocks (multi-level list, level 1 restarts)."""
    out, a, b = {}, 0, 0
    for i, blk in enumerate(blocks):
        if blk[0] == "n0":
            a, b = a + 1, 0
            out[i] = "%d" % a
        elif blk[0] == "n1":
            b += 1
            out[i] = "%d.%d" % (a, b)
    return out


def visible(block):
    """Visible paragraph texts of one block (tracked deletions and comments excluded)."""
    kind = block[0]
    if kind in ("h1", "h2", "n0", "n1"):
        return [block[1]]
    if kind == "p":
        t = "".join(x for k, x in segments(block) if k in ("t", "ins"))
        return [t] if t else []
    if kind == "t":
        return [c for row in block[1] for c in row]
    if kind == "ol":
        return list(block[1])
    raise ValueError(kind)


def hidden(block):
    """Text that must not appear in the body: long tracked deletions and comments."""
    if block[0] != "p":
        return []
    out = [x for k, x in segments(block) if k == "del" and len(x) >= 20]
    if popts(block).get("comment"):
        out.append(popts(block)["comment"])
    return out


def word_count(c):
    nums = clause_numbers(c["blocks"])
    n = 0
    for i, b in enumerate(c["blocks"]):
        for t in visible(b):
            n += len(t.split())
        if i in nums:
            n += 1
    return n


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


# ---------------------------------------------------------------- text / markdown
def render_txt(c):
    out = []
    for b in c["blocks"]:
        k = b[0]
        if k == "h1":
            out += [b[1], "=" * len(b[1]), ""]
        elif k == "h2":
            out += [b[1], "-" * len(b[1]), ""]
        elif k == "p":
            out += [visible(b)[0], ""]
        elif k == "t":
            for row in b[1]:
                out.append(" | ".join(row))
            out.append("")
        elif k == "ol":
            out += ["%d. %s" % (i + 1, t) for i, t in enumerate(b[1])] + [""]
        else:
            raise ValueError("txt cannot render " + k)
    return "\n".join(out).rstrip() + "\n"


def render_md(c):
    out = []
    for b in c["blocks"]:
        k = b[0]
        if k == "h1":
            out += ["# " + b[1], ""]
        elif k == "h2":
            out += ["## " + b[1], ""]
        elif k == "p":
            out += [visible(b)[0], ""]
        elif k == "t":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for row in rows[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
        elif k == "ol":
            out += ["%d. %s" % (i + 1, t) for i, t in enumerate(b[1])] + [""]
        else:
            raise ValueError("md cannot render " + k)
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- hand-built ODT
ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)


def render_odt(c, header=None):
    body = []
    ntab = 0
    for b in c["blocks"]:
        k = b[0]
        if k == "h1":
            body.append('<text:h text:style-name="H1" text:outline-level="1">%s</text:h>' % escape(b[1]))
        elif k == "h2":
            body.append('<text:h text:style-name="H2" text:outline-level="2">%s</text:h>' % escape(b[1]))
        elif k == "p":
            if any(s[0] != "t" for s in segments(b)) or popts(b):
                raise ValueError("ODT builder takes plain paragraphs only")
            body.append('<text:p text:style-name="Body">%s</text:p>' % escape(visible(b)[0]))
        elif k == "t":
            ntab += 1
            rows = b[1]
            t = ['<table:table table:name="Table%d" table:style-name="Tbl">' % ntab,
                 '<table:table-column table:number-columns-repeated="%d"/>' % len(rows[0])]
            for i, row in enumerate(rows):
                cells = "".join('<table:table-cell office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                                % ("TH" if i == 0 else "Cell", escape(x)) for x in row)
                if i == 0:
                    t.append("<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>" % cells)
                else:
                    t.append("<table:table-row>%s</table:table-row>" % cells)
            t.append("</table:table>")
            body.append("".join(t))
        elif k == "ol":
            items = "".join('<text:list-item><text:p text:style-name="ListPara">%s</text:p></text:list-item>' % escape(x) for x in b[1])
            body.append('<text:list text:style-name="Num1">%s</text:list>' % items)
        else:
            raise ValueError("ODT cannot render " + k)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content %s office:version="1.3">'
        '<office:font-face-decls/>'
        '<office:automatic-styles>'
        '<style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Body" style:list-style-name="Num1"/>'
        '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.5cm" table:align="left"/></style:style>'
        '<text:list-style style:name="Num1">'
        '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>'
        '</style:list-level-properties></text:list-level-style-number></text:list-style>'
        '</office:automatic-styles>'
        '<office:body><office:text>%s</office:text></office:body></office:document-content>'
        % (ODT_NS, "".join(body)))
    page = ""
    if header:
        page = (
            '<office:automatic-styles>'
            '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
            'style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>'
            '<style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.4cm"/></style:header-style>'
            '<style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style>'
            '</style:page-layout></office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
            '<style:header><text:p text:style-name="Header">%s</text:p></style:header>'
            '<style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number>'
            ' of <text:page-count>1</text:page-count></text:p></style:footer>'
            '</style:master-page></office:master-styles>' % escape(header))
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-styles %s office:version="1.3"><office:styles>'
        '<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-family="\'Liberation Serif\'" fo:font-size="11pt"/></style:style>'
        '<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>'
        '<style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard"/>'
        '<style:style style:name="TH" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/>'
        '<style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>'
        '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/>'
        '<style:text-properties fo:font-size="9pt"/></style:style>'
        '<style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">'
        '<style:paragraph-properties fo:margin-bottom="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="H2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">'
        '<style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
        '</office:styles>%s</office:document-styles>' % (ODT_NS, page))
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-meta %s office:version="1.3"><office:meta>'
        '<meta:generator>%s</meta:generator><dc:title>%s</dc:title>'
        '<meta:creation-date>1980-01-01T00:00:00</meta:creation-date><dc:date>1980-01-01T00:00:00</dc:date>'
        '</office:meta></office:document-meta>' % (ODT_NS, GENERATOR, escape(c["title"])))
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
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


# ---------------------------------------------------------------- hand-built DOCX
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DATE = "2025-02-03T11:00:00Z"
PAGE = {"A4": (11906, 16838), "Letter": (12240, 15840)}


def render_docx(c, header=None):
    body, comments = [], []
    ids = [100]

    def nid():
        ids[0] += 1
        return ids[0]

    def run(t, rpr=""):
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(t))

    for i, b in enumerate(c["blocks"]):
        k = b[0]
        if k in ("h1", "h2"):
            body.append('<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr>%s</w:p>' % ("Heading1" if k == "h1" else "Heading2", run(b[1])))
        elif k == "n0":
            body.append('<w:p><w:pPr><w:pStyle w:val="ClauseHeading"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>%s</w:p>' % run(b[1]))
        elif k == "n1":
            body.append('<w:p><w:pPr><w:pStyle w:val="ClauseText"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr>%s</w:p>' % run(b[1]))
        elif k == "p":
            o = popts(b)
            author = escape(o.get("author", "Reviewer"))
            inner = ""
            for kind, text in segments(b):
                if kind == "t":
                    inner += run(text)
                elif kind == "ins":
                    inner += '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (nid(), author, DATE, run(text))
                elif kind == "del":
                    inner += ('<w:del w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                              % (nid(), author, DATE, escape(text)))
                else:
                    raise ValueError(kind)
            if o.get("comment"):
                cid = len(comments)
                comments.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="R"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                                '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>'
                                % (cid, author, DATE, escape(o["comment"])))
                inner = ('<w:commentRangeStart w:id="%d"/>' % cid) + inner + (
                    '<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>' % (cid, cid))
            mark = ""
            if o.get("whole"):
                mark = '<w:rPr><w:del w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (nid(), author, DATE)
            body.append('<w:p><w:pPr><w:pStyle w:val="BodyText"/>%s</w:pPr>%s</w:p>' % (mark, inner))
        elif k == "t":
            rows = b[1]
            ncol = len(rows[0])
            width = 9000 // ncol
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
                 '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr>',
                 "<w:tblGrid>%s</w:tblGrid>" % "".join('<w:gridCol w:w="%d"/>' % width for _ in range(ncol))]
            for ri, row in enumerate(rows):
                trpr = '<w:trPr><w:tblHeader/></w:trPr>' if ri == 0 else ""
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p>%s</w:p></w:tc>'
                                % (width, run(x, "<w:rPr><w:b/></w:rPr>" if ri == 0 else "")) for x in row)
                t.append("<w:tr>%s%s</w:tr>" % (trpr, cells))
            t.append("</w:tbl><w:p/>")
            body.append("".join(t))
        elif k == "ol":
            for x in b[1]:
                body.append('<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>%s</w:p>' % run(x))
        else:
            raise ValueError("DOCX cannot render " + k)
    pw, ph = PAGE[c.get("page", "A4")]
    hdr_refs = ""
    if header:
        hdr_refs = '<w:headerReference w:type="default" r:id="rId10"/><w:footerReference w:type="default" r:id="rId11"/>'
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s'
                '<w:sectPr>%s<w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="1080" w:right="1260" w:bottom="1080" w:left="1260" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
                '</w:body></w:document>' % (W, R_NS, "".join(body), hdr_refs, pw, ph))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles xmlns:w="%s">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:cs="Liberation Serif"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ClauseHeading"><w:name w:val="Clause Heading"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="80"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ClauseText"><w:name w:val="Clause Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:after="160"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:i/><w:sz w:val="17"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
              '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
              '</w:styles>' % W)
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<w:numbering xmlns:w="%s">'
                 '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
                 '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
                 '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/>'
                 '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
                 '</w:numbering>' % W)
    comments_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<w:comments xmlns:w="%s">%s</w:comments>' % (W, "".join(comments)))
    parts_ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
                '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
                '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
                '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>',
                '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    docrels = ['<Relationship Id="rId1" Type="%s/styles" Target="styles.xml"/>' % R_NS,
               '<Relationship Id="rId2" Type="%s/numbering" Target="numbering.xml"/>' % R_NS,
               '<Relationship Id="rId3" Type="%s/comments" Target="comments.xml"/>' % R_NS]
    extra = []
    if header:
        parts_ct += ['<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>',
                     '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>']
        docrels += ['<Relationship Id="rId10" Type="%s/header" Target="header1.xml"/>' % R_NS,
                    '<Relationship Id="rId11" Type="%s/footer" Target="footer1.xml"/>' % R_NS]
        hdr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<w:hdr xmlns:w="%s" xmlns:r="%s"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>%s</w:p></w:hdr>' % (W, R_NS, run(header)))
        ftr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<w:ftr xmlns:w="%s" xmlns:r="%s"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>%s'
               '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>%s'
               '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>'
               % (W, R_NS, run("Page "), run(" of ")))
        extra = [("word/header1.xml", hdr.encode(), False), ("word/footer1.xml", ftr.encode(), False)]
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>%s</Types>' % "".join(parts_ct))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>' % R_NS)
    docrels_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(docrels))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (escape(c["title"]), GENERATOR, FIXED_ISO, FIXED_ISO))
    return ([("[Content_Types].xml", ctypes.encode(), False), ("_rels/.rels", rels.encode(), False),
             ("docProps/core.xml", core.encode(), False), ("word/document.xml", document.encode(), False),
             ("word/styles.xml", styles.encode(), False), ("word/numbering.xml", numbering.encode(), False),
             ("word/comments.xml", comments_xml.encode(), False)] + extra +
            [("word/_rels/document.xml.rels", docrels_xml.encode(), False)])


# ---------------------------------------------------------------- LibreOffice -> PDF, normalised
def lo_pdf(src):
    outdir = os.path.dirname(src)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.splitext(src)[0] + ".pdf"
    if not os.path.exists(out):
        raise SystemExit("LibreOffice conversion failed: " + src)
    return out


def normalise_pdf(data):
    """Fix the volatile parts of a LibreOffice PDF without moving any byte offset."""
    def fixdate_bytes(m):
        s = m.group(1).decode("latin-1")
        fixed = ("D:19800101000000" + re.sub(r"[0-9]", "0", s[16:]))[:len(s)]
        return m.group(0)[:m.start(1) - m.start(0)] + fixed.encode("latin-1") + b")"

    data = re.sub(rb"/(?:CreationDate|ModDate)\s*\((D:[^)]*)\)", fixdate_bytes, data)
    # LibreOffice's /DocChecksum varies between runs: replace it with a content hash of equal length
    volatile = rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]|/DocChecksum\s*/[0-9A-Fa-f]+"
    stable = hashlib.md5(re.sub(volatile, b"", data)).hexdigest().upper().encode()
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
                  lambda m: m.group(1) + (stable * 4)[:len(m.group(2))], data)
    # document /ID: derive both halves from the content, same length as before
    digest = stable

    def fixid(m):
        a, b = m.group(1), m.group(2)
        return m.group(0).replace(a, digest[:len(a)].ljust(len(a), b"0"), 1).replace(b, digest[:len(b)].ljust(len(b), b"0"), 1)

    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", fixid, data)
    # XMP metadata dates, if any (uncompressed in LibreOffice output)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)",
                  lambda m: m.group(1) + re.sub(rb"[0-9]", b"0", m.group(2)) + m.group(3), data)
    return data


# ---------------------------------------------------------------- text extraction for checks
def docx_body_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter("{%s}p" % W):
        paras.append("".join(t.text or "" for t in p.iter("{%s}t" % W)))
    return "\n".join(paras)


ONS = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
       "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}


def odt_body_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = ET.fromstring(z.read("content.xml"))
    skip = {"{%s}tracked-changes" % ONS["text"], "{%s}annotation" % ONS["office"]}

    def walk(e):
        if e.tag in skip:
            return ""
        s = e.text or ""
        for ch in e:
            s += walk(ch)
            s += ch.tail or ""
        if e.tag in ("{%s}p" % ONS["text"], "{%s}h" % ONS["text"]):
            s += "\n"
        return s

    body = root.find("office:body/office:text", {"office": ONS["office"]})
    return walk(body)


def squash(s):
    """Comparison key for PDF text: pdftotext drops line-end hyphens and may join words."""
    return re.sub(r"[\s\-\u2010-\u2015]+", "", norm(s))


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", " ", s).strip()


def pdf_pages_text(path):
    """List of page texts via pdftotext, or None if poppler is not installed."""
    if not shutil.which("pdftotext") or not shutil.which("pdfinfo"):
        return None
    info = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    n = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    pages = []
    for i in range(1, n + 1):
        pages.append(subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(i), "-l", str(i), path, "-"],
                                    check=True, capture_output=True).stdout.decode("utf-8"))
    return pages


def pdf_streams_have_text(data):
    """Fallback check: inflate content streams and look for text-showing operators."""
    found_bt = found_tj = False
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        raw = m.group(1)
        try:
            s = zlib.decompress(raw)
        except zlib.error:
            s = raw
        if re.search(rb"\bBT\b", s):
            found_bt = True
        if re.search(rb"\bT[jJ]\b", s):
            found_tj = True
    return found_bt and found_tj and b"/ToUnicode" in data


# ---------------------------------------------------------------- checks
CITE = re.compile(r"(?i)\b(clause|condition|para(graph)?|section|article|schedule|annex|part|appendix|attachment|gcc|specification|recital|definition)s?\b|\b\d+\.\d+")


def check():
    errors = []
    fmt_count = {}
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    words, pages_of = {}, {}
    have_numbered = have_tracked = False
    for c in CONTRACTS:
        fn = c["file"]
        path = os.path.join(OUT, fn)
        if not os.path.isfile(path):
            errors.append(fn + ": missing")
            continue
        data = open(path, "rb").read()
        ext = fn.rsplit(".", 1)[1]
        fmt_count[ext] = fmt_count.get(ext, 0) + 1
        body = None
        if ext in ("docx", "odt"):
            with zipfile.ZipFile(path) as z:
                names = z.namelist()
                if ext == "odt" and (names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED):
                    errors.append(fn + ": mimetype not first/stored")
                for n in names:
                    if z.getinfo(n).date_time != FIXED:
                        errors.append(fn + ": timestamp " + n)
                    if n.endswith(".xml") or n.endswith(".rels"):
                        try:
                            ET.fromstring(z.read(n))
                        except ET.ParseError as e:
                            errors.append("%s: %s not well-formed: %s" % (fn, n, e))
                if ext == "docx":
                    doc = z.read("word/document.xml").decode("utf-8")
                    com = z.read("word/comments.xml").decode("utf-8")
                    if any(b[0] == "n0" for b in c["blocks"]):
                        if '<w:numId w:val="2"/>' in doc and 'w:abstractNumId="1"' in z.read("word/numbering.xml").decode():
                            have_numbered = True
                        else:
                            errors.append(fn + ": auto-numbered clauses missing numbering")
                    if "<w:ins " in doc and "<w:del " in doc and "<w:delText" in doc and "<w:comment " in com:
                        have_tracked = True
            body = docx_body_text(data) if ext == "docx" else odt_body_text(data)
        elif ext == "pdf":
            if not data.startswith(b"%PDF-"):
                errors.append(fn + ": not a PDF")
                continue
            pages = pdf_pages_text(path)
            if pages is None:
                npages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
                if not pdf_streams_have_text(data):
                    errors.append(fn + ": no text layer (no BT/Tj operators or ToUnicode)")
            else:
                npages = len(pages)
                stripped = []
                for i, pg in enumerate(pages, 1):
                    if norm(c["header"]) not in norm(pg):
                        errors.append("%s: page %d lacks the header" % (fn, i))
                    foot = "Page %d of %d" % (i, npages)
                    if foot not in norm(pg):
                        errors.append("%s: page %d lacks footer %r" % (fn, i, foot))
                    pg = norm(pg).replace(norm(c["header"]), " ").replace(foot, " ")
                    stripped.append(pg)
                body = " ".join(stripped)
                if len(norm(body).split()) < WORDS_MIN:
                    errors.append(fn + ": text layer too short")
            pages_of[fn] = npages
            if npages < 3:
                errors.append("%s: %d pages, need 3 or more" % (fn, npages))
        else:
            body = data.decode("utf-8")
        if body is not None:
            key = squash if ext == "pdf" else norm
            nb = key(body)
            for b in c["blocks"]:
                for t in visible(b):
                    if key(t) not in nb:
                        errors.append("%s: text missing from built file: %r" % (fn, t[:60]))
                for t in hidden(b):
                    if key(t) in nb:
                        errors.append("%s: hidden (deleted/comment) text present in body: %r" % (fn, t[:60]))
        nums = clause_numbers(c["blocks"])
        for i, b in enumerate(c["blocks"]):
            if b[0] in ("n0", "n1") and nums[i] != b[2]:
                errors.append("%s: clause %r numbered %s by Word, declared %s" % (fn, b[1][:30], nums[i], b[2]))
        wc = word_count(c)
        words[fn] = wc
        if not WORDS_MIN <= wc <= WORDS_MAX:
            errors.append("%s: %d words outside %d-%d" % (fn, wc, WORDS_MIN, WORDS_MAX))
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
    for r in RULES:
        k = counts[r]
        if min(k.values()) < 1:
            errors.append("rule %s lacks a pass, weak or gap: %s" % (r, k))
    if fmt_count != WANT_FORMATS:
        errors.append("format split wrong: %s" % fmt_count)
    if not have_numbered:
        errors.append("no DOCX with numbering.xml auto-numbered clauses")
    if not have_tracked:
        errors.append("no DOCX with tracked insertion, deletion and comment")
    readme = os.path.join(OUT, "README.md")
    if not os.path.isfile(readme):
        errors.append("README.md missing")
    return errors, counts, words, pages_of


# ---------------------------------------------------------------- README
def readme(counts, words, pages_of):
    fmt = {"pdf-odt": "PDF (LibreOffice from hand-built ODT)", "pdf-docx": "PDF (LibreOffice from hand-built DOCX)",
           "docx-hand": "DOCX (hand-built)", "odt-hand": "ODT (hand-built)", "txt": "plain text", "md": "Markdown"}
    out = [README_HEAD, "## Contracts", "",
           "| File | Subject | Jurisdiction | Provider identified by | Format | Words |", "|---|---|---|---|---|---|"]
    for c in CONTRACTS:
        f = fmt[c["build"]]
        if c["file"] in pages_of:
            f += ", %d pages" % pages_of[c["file"]]
        if any(b[0] == "n0" for b in c["blocks"]):
            f += ", numbering.xml auto-numbered clauses"
        if any(b[0] == "p" and not isinstance(b[1], str) for b in c["blocks"]):
            f += ", tracked deletion/insertion and comments"
        out.append("| %s | %s | %s | %s | %s | %d |" % (c["file"], c["subject"], c["jurisdiction"], c["provider"], f, words[c["file"]]))
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
    out += ["", README_TAIL]
    return "\n".join(out).rstrip() + "\n"


README_HEAD = """# Blind set 14: cross-references, incorporation by reference, and PDFs

Twelve fictional public-service contracts for measuring probity on text it has never seen.
All organisations, people, reference numbers and documents are invented.

## How it was written

The author read only sections 1 and 2 of `shared/rule-catalogue.md` (with
`sed -n '1,/^## 3/p'`) and `scripts/make-blind-set13.py` (builder machinery, no contract
text). No other part of the repository, no other fixture set, no corpus file and no
probity output was read or run. (Two slips, both with output discarded so nothing was seen:
an `ls` of `fixtures/blind/` piped to `head -0`, and a `git status` piped to `head -0`.)
poppler-utils was installed with apt for the PDF checks. Each verdict was decided from the catalogue alone, reading
the whole document as a careful commissioner would, following every cross-reference to the
part it names.

Texts and verdicts are data in `scripts/blind_set14_contracts.py`; `scripts/make-blind-set14.py`
builds this folder (fixed zip timestamps, LibreOffice for the PDFs, PDF dates and /ID fixed
in place) and checks it: every file present, 22 well-formed lines per `.expected`, visible
text present and deleted/comment text absent, Word's clause numbers as declared, and for each
PDF a text layer with the header and `Page N of M` footer on every page and at least 3 pages.
On the authoring machine (LibreOffice 7.4.7.2, poppler 22.12) two consecutive runs gave
byte-identical output for every file, PDFs included; PDF dates, /ID and /DocChecksum are
normalised in place without moving any byte offset. Another LibreOffice version may lay the
PDFs out differently, so their bytes (not their text) can change there.

Theme: duties stated by reference rather than in one sentence - defined terms that carry the
content ("Ethical Standards", "Probity Requirements"), schedules, annexes, appendices, parts
of schedules, Articles, Sections, Conditions and paragraphs of a specification, ranges
("clauses 21 to 24", "conditions 12-14", "Sections 4.1 through 4.6", "Articles 8 and 9",
"paragraphs (a) to (d)"), and remedies (termination, audit, flow-down) stated for a referenced
range. Some references point to a part that holds the duty; others point to a part that is
`[Not used]`, `[Reserved]`, `Deleted`, `Intentionally left blank`, an unfilled `[insert ...]`
placeholder, or a part about something else (decoys).
"""

README_TAIL = """## Judgement calls

* **Following references.** A duty incorporated by reference (clause binds the provider to
  "the Ethical Standards" / "Schedule 7" / "Annex C") is judged by what the referenced part
  says. If that part is disabled (`[Not used]`, `[Reserved]`, `Deleted`, `Intentionally left
  blank`, `[insert number]`) or is about something else, the rule is a **gap**, not weak
  (nt-remote-power ES-02, ns-winter-warmth ES-10, guernsey CDM-06, university ES-01,
  ha-lift ES-10, antigua CDM-06, malta ES-01). A remedy stated for a range (termination,
  audit, flow-down) counts only if the range covers the ethics clauses (antigua ES-03 and
  ES-09 and malta ES-09 point at insurance/IP/liability ranges).
* **Tracked changes and comments** (tas-grants-program-review.docx) are read as if all changes
  were accepted: the deletion of 24.3 (gifts) removes COI-03; the "may" -> "must" change in
  23.1 makes ES-10 pass. Comment text is not contract text (COI-03, CDM-01 stay gap).
* **Definition only = weak.** The catalogue's own weak list names "definition-only", while
  §1.3 says a definition-only hit does not satisfy; both fit "weak" (malta COI-05, a defined
  but never used "Register of Interests").
* **ES-01 versus ES-02.** ES-01 needs the Seven Principles, five of the seven principle words,
  the "holders of public office" standard, or other named ethical principles bound on the
  provider; a code of conduct (own, authority's or HM Government's) is judged under ES-02
  only. "Observe the highest standard of ethics" names no standard and is **weak** (tpm ES-01).
  "Is expected to" act consistently with named public-service values is weak (ns ES-01).
* **ES-04.** Generic "induction programme", "appropriately trained and qualified", "competent
  and trained" = weak; training named on first aid, equipment or data protection only = gap.
* **ES-05.** A report-breaches or no-detriment duty passes; Staff who "may raise" or "may
  report" concerns with the authority or a funder, with no provider duty = weak; gagging or
  public-statement bans and privacy-incident notices are not a speaking-up route (gap). A fraud
  notification under ES-06 was not relied on for ES-05 (texts where ES-05 is not pass carry
  no such notification).
* **Timescales.** Verdicts follow the document as issued; unfilled `[insert ...]` text is a
  disabled placeholder (antigua CDM-06 gap). A blank `[insert period]` inside a certificate
  form (antigua Schedule 4) does not disable the operative duty in clause 20.1 (ES-10 pass).
* **ES-06.** "Reasonable endeavours" to prevent bribery = weak; anti-corruption law named only
  in a laws list = gap (catalogue decoy). Where the first element (no bribery/fraud) is
  firm, the other elements are not required for pass.
* **ES-08.** Audit restricted to accounts/invoices = gap (catalogue "financial-only audit");
  a general audit or monitoring right over the contract or project delivery = weak.
* **ES-09.** Generic material-breach termination = weak; termination only for insolvency,
  non-ethics ranges, service levels or convenience = gap (malta). Removal of staff for a
  Sanctionable Practice counts as a remedy (tpm).
* **ES-10.** Ethics lead or compliance officer only = weak (structures only); a certificate on
  one topic (fraud, commissions) = weak; an annual statement on the ethics clauses = pass.
* **COI-02.** Needs a conflict-specific duty to mitigate/follow directions or an authority
  power to act or terminate where a conflict arises. A generic material-breach termination
  does not supply it (pcc COI-02 gap), and "reasonable efforts to resolve" or "may propose
  measures" is weak.
* **COI-03.** A bribery prohibition ("inducement or reward") is judged under ES-06, not as
  gifts and hospitality control. "Hospitality Zone" (malta) is a coverage area, not hospitality.
* **COI-06.** A confirmation about convictions and insolvency is an exclusion-ground
  declaration (gap); a confirmation that relationships with evaluators were disclosed and will
  be kept current passes.
* **CDM rules.** Complaints raised by the authority about performance, timescales for the
  authority's queries, root-cause analysis of equipment failures, dispute resolution between
  the parties, and surveys run by the authority are decoys (gap). "On request" complaint data
  = weak (CDM-02). Telling complainants they may go to an Ombudsman is not a co-operation duty
  (university CDM-04 gap).
* **Wrong party.** Duties stated only for the authority (its members bound by the Seven
  Principles, its own gifts register, its own code for officers, its publication of the
  contract or award, its board's regulatory certificate, its officers under an integrity Act)
  give a gap for the provider.
"""


# ---------------------------------------------------------------- main
def main():
    if not os.path.isdir("scripts") or not os.path.isdir("fixtures"):
        raise SystemExit("run from the repository root")
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="set14-")
    try:
        for c in CONTRACTS:
            fn, build = c["file"], c["build"]
            stem = fn.rsplit(".", 1)[0]
            dest = os.path.join(OUT, fn)
            if build == "txt":
                open(dest, "w", encoding="utf-8", newline="\n").write(render_txt(c))
            elif build == "md":
                open(dest, "w", encoding="utf-8", newline="\n").write(render_md(c))
            elif build == "odt-hand":
                write_zip(dest, render_odt(c))
            elif build == "docx-hand":
                write_zip(dest, render_docx(c))
            elif build in ("pdf-odt", "pdf-docx"):
                kind = build.split("-")[1]
                src = os.path.join(tmp, stem + "." + kind)
                write_zip(src, render_odt(c, c["header"]) if kind == "odt" else render_docx(c, c["header"]))
                pdf = lo_pdf(src)
                open(dest, "wb").write(normalise_pdf(open(pdf, "rb").read()))
            else:
                raise SystemExit("unknown build " + build)
            with open(os.path.join(OUT, stem + ".expected"), "w", encoding="utf-8", newline="\n") as f:
                f.write(c["expected"])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    # counts and words for the README come from the data; the check re-reads the files
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    for c in CONTRACTS:
        for r, line in zip(RULES, c["expected"].splitlines()):
            counts[r][line.split()[1]] += 1
    words = {c["file"]: word_count(c) for c in CONTRACTS}
    pages_of = {}
    for c in CONTRACTS:
        if c["file"].endswith(".pdf"):
            data = open(os.path.join(OUT, c["file"]), "rb").read()
            pages_of[c["file"]] = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n").write(readme(counts, words, pages_of))
    errors, counts2, words2, pages2 = check()
    for fn in sorted(words2):
        extra = "  %d pages" % pages2[fn] if fn in pages2 else ""
        print("%-42s %5d words%s" % (fn, words2[fn], extra))
    tot = {"pass": 0, "weak": 0, "gap": 0}
    for r in RULES:
        k = counts2[r]
        for v in tot:
            tot[v] += k[v]
        print("%-7s pass %2d  weak %2d  gap %2d" % (r, k["pass"], k["weak"], k["gap"]))
    print("total   pass %d  weak %d  gap %d" % (tot["pass"], tot["weak"], tot["gap"]))
    if pages_of != pages2 and pages2:
        errors.append("page count in README differs from check: %s vs %s" % (pages_of, pages2))
    if errors:
        print("\n".join("ERROR: " + e for e in errors), file=sys.stderr)
        sys.exit(1)
    print("set14 OK")


if __name__ == "__main__":
    main()
