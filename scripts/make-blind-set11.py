#!/usr/bin/env python3
"""Build blind evaluation set 11 (fixtures/blind/set11/) from scripts/blind_set11_contracts.py.

Deletes and rebuilds the folder deterministically, then checks it and exits non-zero on any
failure.  Usage (from the repository root):  python3 scripts/make-blind-set11.py

Formats: plain text and Markdown are written directly; one DOCX and two ODT files are
hand-built zips; two DOCX files and one ODT are converted by LibreOffice (from HTML or flat
ODT generated here) and then normalised (dates, rsids, paraIds, list ids, generator strings;
thumbnails, Configurations2 and settings.xml dropped with their manifest entries).
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
from collections import Counter
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import blind_set11_contracts as data  # noqa: E402

OUT = os.path.join(REPO, "fixtures", "blind", "set11")
LO_PROFILE = "file:///tmp/lo-set11-profile"
FIXED_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
FIXED_ISO = "2025-01-01T00:00:00Z"
AUTHOR = "Contracts Team"
GENERATOR = "LibreOffice"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


def x(s):
    return escape(s, {'"': "&quot;"})


def norm_ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


# ---------------------------------------------------------------------------
# Expected contract text per block
# ---------------------------------------------------------------------------

def is_auto(c, b):
    return c["build"].startswith("hand-built") and b["t"] in ("h1", "c", "s", "ss") and not b["sched"]


def block_strings(c, b):
    """Contract-text strings (paragraphs or cells) that must appear in the built file."""
    if b["t"] == "table":
        return [data.clean_inline(cell) for row in b["rows"] for cell in row]
    t = data.clean_inline(b["text"])
    if b["t"] in ("h1", "c", "s", "ss") and not is_auto(c, b):
        return [b["num"] + " " + t]
    return [t]


def all_expected(c):
    out = []
    for b in c["blocks"]:
        out.extend(block_strings(c, b))
    return out


def inline_all(c, kind):
    res = []
    for b in c["blocks"]:
        texts = [cell for row in b["rows"] for cell in row] if b["t"] == "table" else [b["text"]]
        for t in texts:
            res.extend(data.inline_parts(t, kind))
    return res


def word_count(c):
    words = 0
    for s in all_expected(c) + inline_all(c, "fn"):
        words += len([w for w in s.split() if re.search(r"[A-Za-z0-9]", w)])
    return words


# ---------------------------------------------------------------------------
# Plain text and Markdown
# ---------------------------------------------------------------------------

def render_txt(c):
    lines = []
    indent = {"s": "    ", "ss": "        "}
    for b in c["blocks"]:
        if b["t"] == "table":
            for row in b["rows"]:
                lines.append("    " + " | ".join(data.clean_inline(x_) for x_ in row))
            lines.append("")
            continue
        t = data.clean_inline(b["text"])
        if b["t"] == "title":
            lines += [t, ""]
        elif b["t"] == "sched":
            lines += ["", "=" * 72, t, "=" * 72, ""]
        elif b["t"] == "part":
            lines += [t, ""]
        elif b["t"] in ("h1", "c", "s", "ss"):
            lines += [indent.get(b["t"], "") + b["num"] + " " + t, ""]
        else:
            lines += [t, ""]
    return "\n".join(lines).rstrip() + "\n"


def render_md(c):
    lines = []
    for b in c["blocks"]:
        if b["t"] == "table":
            rows = [[data.clean_inline(x_) for x_ in r] for r in b["rows"]]
            lines.append("| " + " | ".join(rows[0]) + " |")
            lines.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for r in rows[1:]:
                lines.append("| " + " | ".join(r) + " |")
            lines.append("")
            continue
        t = data.clean_inline(b["text"])
        if b["t"] == "title":
            lines += ["# " + t, ""]
        elif b["t"] == "sched":
            lines += ["## " + t, ""]
        elif b["t"] == "part":
            lines += ["**" + t + "**", ""]
        elif b["t"] == "h1":
            lines += [("### " if b["sched"] else "## ") + b["num"] + " " + t, ""]
        elif b["t"] == "c":
            lines += [b["num"] + " " + t, ""]
        elif b["t"] == "s":
            lines += ["   " + b["num"] + " " + t, ""]
        elif b["t"] == "ss":
            lines += ["      " + b["num"] + " " + t, ""]
        else:
            lines += [t, ""]
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------------------
# HTML and flat ODT sources for LibreOffice conversion (explicit numbering)
# ---------------------------------------------------------------------------

def render_html(c):
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">',
           '<title>%s</title>' % x(data.clean_inline(c["blocks"][0]["text"])),
           '<style>body{font-family:Arial,sans-serif;font-size:11pt} td,th{border:1px solid #000;padding:4px;vertical-align:top} table{border-collapse:collapse;width:100%}</style>',
           '</head><body>']
    margin = {"s": "1.0cm", "ss": "2.0cm"}
    for b in c["blocks"]:
        if b["t"] == "table":
            out.append('<table width="100%" border="1" cellpadding="4" cellspacing="0">')
            for i, row in enumerate(b["rows"]):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, x(data.clean_inline(cell)), tag) for cell in row) + "</tr>")
            out.append("</table>")
            continue
        t = x(data.clean_inline(b["text"]))
        if b["t"] == "title":
            out.append('<h1>%s</h1>' % t)
        elif b["t"] == "sched":
            out.append('<h1>%s</h1>' % t)
        elif b["t"] == "part":
            out.append('<p><b>%s</b></p>' % t)
        elif b["t"] == "h1":
            out.append('<h2>%s %s</h2>' % (x(b["num"]), t))
        elif b["t"] == "c":
            out.append('<p>%s %s</p>' % (x(b["num"]), t))
        elif b["t"] in ("s", "ss"):
            out.append('<p style="margin-left:%s">%s %s</p>' % (margin[b["t"]], x(b["num"]), t))
        else:
            out.append('<p>%s</p>' % t)
    out.append("</body></html>")
    return "\n".join(out) + "\n"


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%s</dc:title><meta:generator>%s</meta:generator></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12in"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2in"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.2in" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.12in" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Clause" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="Sub" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.4in"/></style:style>
<style:style style:name="SubSub" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.8in"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="6.5in" table:align="margins"/></style:style>
<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.04in" fo:border="0.5pt solid #000000"/></style:style>
</office:automatic-styles>
<office:body><office:text>
"""


def render_fodt(c):
    out = [FODT_HEAD % (x(data.clean_inline(c["blocks"][0]["text"])), GENERATOR)]
    for b in c["blocks"]:
        if b["t"] == "table":
            ncol = max(len(r) for r in b["rows"])
            out.append('<table:table table:style-name="Tbl"><table:table-column table:number-columns-repeated="%d"/>' % ncol)
            for i, row in enumerate(b["rows"]):
                sty = "Table_20_Heading" if i == 0 else "Table_20_Contents"
                out.append("<table:table-row>" + "".join(
                    '<table:table-cell table:style-name="TblCell" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (sty, x(data.clean_inline(cell)))
                    for cell in row) + "</table:table-row>")
            out.append("</table:table>")
            continue
        t = x(data.clean_inline(b["text"]))
        if b["t"] == "title":
            out.append('<text:p text:style-name="Title">%s</text:p>' % t)
        elif b["t"] == "sched":
            out.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % t)
        elif b["t"] == "part":
            out.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % t)
        elif b["t"] == "h1":
            out.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s %s</text:h>' % (x(b["num"]), t))
        elif b["t"] == "c":
            out.append('<text:p text:style-name="Clause">%s %s</text:p>' % (x(b["num"]), t))
        elif b["t"] == "s":
            out.append('<text:p text:style-name="Sub">%s %s</text:p>' % (x(b["num"]), t))
        elif b["t"] == "ss":
            out.append('<text:p text:style-name="SubSub">%s %s</text:p>' % (x(b["num"]), t))
        else:
            out.append('<text:p text:style-name="Standard">%s</text:p>' % t)
    out.append("</office:text></office:body></office:document>\n")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Deterministic zip writing
# ---------------------------------------------------------------------------

def write_zip(path, members):
    """members: list of (name, bytes, stored?) in the order to write."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content, stored in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, content)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# Inline markup segments (tracked changes, comments, footnotes)
# ---------------------------------------------------------------------------

SEG = re.compile(r"⟦(del|ins|cm|fn):(.*?)⟧", re.S)


def segments(text):
    pos = 0
    for m in SEG.finditer(text):
        if m.start() > pos:
            yield ("text", text[pos:m.start()])
        yield (m.group(1), m.group(2))
        pos = m.end()
    if pos < len(text):
        yield ("text", text[pos:])


# ---------------------------------------------------------------------------
# Hand-built DOCX
# ---------------------------------------------------------------------------

DOCX_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:pageBreakBefore/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ClauseHeading"><w:name w:val="Clause Heading"/><w:basedOn w:val="Normal"/><w:next w:val="ClauseText"/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:before="240"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:caps/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ClauseText"><w:name w:val="Clause Text"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Definition"><w:name w:val="Definition"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>
"""

DOCX_NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="720"/></w:pPr></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%4)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="2160" w:hanging="720"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
"""

DOCX_SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:trackRevisions/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
"""

DOCX_CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
"""

DOCX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>
"""

DOCX_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>
"""

DOCX_CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>
"""

DOCX_APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>%s</Application><TotalTime>0</TotalTime></Properties>
"""

SPLIT_WORD = re.compile(r"[A-Za-z]{9,}")


def docx_text_runs(s, rpr=""):
    """Runs for a text string; the first long word is split mid-word across two runs."""
    if not s:
        return ""
    m = SPLIT_WORD.search(s)
    parts = [s]
    if m:
        cut = m.start() + (m.end() - m.start()) // 2
        parts = [s[:cut], s[cut:]]
    out = []
    for i, p in enumerate(parts):
        props = rpr + ("<w:noProof/>" if i == 1 else "")
        out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (("<w:rPr>%s</w:rPr>" % props) if props else "", x(p)))
    return "".join(out)


class DocxBuilder:
    def __init__(self):
        self.rev = 100
        self.comments = []
        self.footnotes = []

    def para(self, text, style=None, numlvl=None, bold=False, keep=False):
        ppr = ""
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if keep:
            ppr += "<w:keepNext/>"
        if numlvl is not None:
            ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr>' % numlvl
        rpr = "<w:b/>" if bold else ""
        body = []
        open_comments = []
        for kind, s in segments(text):
            if kind == "text":
                body.append(docx_text_runs(s, rpr))
            elif kind == "ins":
                self.rev += 1
                body.append('<w:ins w:id="%d" w:author="%s" w:date="2025-02-14T10:00:00Z">%s</w:ins>' % (self.rev, AUTHOR, docx_text_runs(s, rpr)))
            elif kind == "del":
                self.rev += 1
                body.append('<w:del w:id="%d" w:author="%s" w:date="2025-02-14T10:00:00Z"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % (self.rev, AUTHOR, x(s)))
            elif kind == "cm":
                cid = len(self.comments)
                self.comments.append(s)
                open_comments.append(cid)
                body.append('<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>' % (cid, cid))
            elif kind == "fn":
                self.footnotes.append(s)
                body.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % len(self.footnotes))
        starts = "".join('<w:commentRangeStart w:id="%d"/>' % cid for cid in open_comments)
        return "<w:p>%s%s%s</w:p>" % (("<w:pPr>%s</w:pPr>" % ppr) if ppr else "", starts, "".join(body))

    def table(self, rows):
        ncol = max(len(r) for r in rows)
        width = 9000 // ncol
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
               + "".join('<w:gridCol w:w="%d"/>' % width for _ in range(ncol)) + "</w:tblGrid>"]
        for i, row in enumerate(rows):
            out.append("<w:tr>" + ('<w:trPr><w:tblHeader/></w:trPr>' if i == 0 else ""))
            for cell in row:
                out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (width, self.para(cell, bold=(i == 0))))
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)


def build_docx_hand(c, path):
    bld = DocxBuilder()
    body = []
    in_defs = False
    for b in c["blocks"]:
        t = b["text"] if b["t"] != "table" else None
        if b["t"] == "table":
            body.append(bld.table(b["rows"]))
            body.append(bld.para(""))
        elif b["t"] == "title":
            body.append(bld.para(t, "Title"))
        elif b["t"] == "part":
            body.append(bld.para(t, "Heading2"))
        elif b["t"] == "sched":
            body.append(bld.para(t, "Heading1"))
        elif is_auto(c, b):
            style = "ClauseHeading" if b["t"] == "h1" else "ClauseText"
            body.append(bld.para(t, style, numlvl=b["lvl"]))
            in_defs = b["t"] == "c" and "definitions apply" in t
        elif b["t"] in ("h1", "c", "s", "ss"):
            style = "Heading2" if b["t"] == "h1" else "ClauseText"
            body.append(bld.para(b["num"] + " " + t, style))
        else:
            body.append(bld.para(t, "Definition" if in_defs and t.startswith("“") else None))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s'
           '<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>\n') % (W_NS, "".join(body))
    comments = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="%s">' % W_NS]
    for i, s in enumerate(bld.comments):
        comments.append('<w:comment w:id="%d" w:author="%s" w:date="2025-02-14T11:00:00Z" w:initials="CT"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>' % (i, AUTHOR, x(s)))
    comments.append("</w:comments>\n")
    foot = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="%s">' % W_NS,
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, s in enumerate(bld.footnotes, 1):
        foot.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, x(s)))
    foot.append("</w:footnotes>\n")
    title = data.clean_inline(c["blocks"][0]["text"])
    members = [
        ("[Content_Types].xml", DOCX_CT, False),
        ("_rels/.rels", DOCX_RELS, False),
        ("docProps/core.xml", DOCX_CORE % (x(title), AUTHOR, AUTHOR, FIXED_ISO, FIXED_ISO), False),
        ("docProps/app.xml", DOCX_APP % "Microsoft Office Word", False),
        ("word/_rels/document.xml.rels", DOCX_DOC_RELS, False),
        ("word/document.xml", doc, False),
        ("word/styles.xml", DOCX_STYLES, False),
        ("word/numbering.xml", DOCX_NUMBERING, False),
        ("word/settings.xml", DOCX_SETTINGS, False),
        ("word/comments.xml", "".join(comments), False),
        ("word/footnotes.xml", "".join(foot), False),
    ]
    write_zip(path, [(n, s.encode("utf-8"), st) for n, s, st in members])


# ---------------------------------------------------------------------------
# Hand-built ODT
# ---------------------------------------------------------------------------

ODT_NS_DECL = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
               'xmlns:dc="http://purl.org/dc/elements/1.1/" '
               'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
               'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"')

ODT_STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles %s>
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:margin-bottom="0.08in"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2in"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.25in" fo:break-before="page" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.15in" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Clause_20_Heading" style:display-name="Clause Heading" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.15in" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:text-transform="uppercase"/></style:style>
<style:style style:name="Clause_20_Text" style:display-name="Clause Text" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="Definition" style:family="paragraph" style:parent-style-name="Clause_20_Text"/>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
<text:list-style style:name="Clauses">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5in" fo:text-indent="-0.5in" fo:margin-left="0.5in"/></style:list-level-properties></text:list-level-style-number>
<text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5in" fo:text-indent="-0.5in" fo:margin-left="0.5in"/></style:list-level-properties></text:list-level-style-number>
<text:list-level-style-number text:level="3" style:num-prefix="(" style:num-suffix=")" style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1in" fo:text-indent="-0.5in" fo:margin-left="1in"/></style:list-level-properties></text:list-level-style-number>
<text:list-level-style-number text:level="4" style:num-prefix="(" style:num-suffix=")" style:num-format="i"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.5in" fo:text-indent="-0.5in" fo:margin-left="1.5in"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.268in" fo:page-height="11.693in" fo:margin-top="0.9in" fo:margin-bottom="0.9in" fo:margin-left="1in" fo:margin-right="1in"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>
""" % ODT_NS_DECL

ODT_META = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta %s><office:meta><meta:generator>%s</meta:generator><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator><meta:creation-date>2025-01-01T00:00:00</meta:creation-date><dc:date>2025-01-01T00:00:00</dc:date></office:meta></office:document-meta>
"""

ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


class OdtBuilder:
    def __init__(self):
        self.changes = []   # (id, kind, text)
        self.notes = 0

    def inline(self, text):
        out = []
        for kind, s in segments(text):
            if kind == "text":
                out.append(x(s))
            elif kind == "del":
                cid = "ct%d" % (len(self.changes) + 1)
                self.changes.append((cid, "deletion", s))
                out.append('<text:change text:change-id="%s"/>' % cid)
            elif kind == "ins":
                cid = "ct%d" % (len(self.changes) + 1)
                self.changes.append((cid, "insertion", s))
                out.append('<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>' % (cid, x(s), cid))
            elif kind == "cm":
                out.append('<office:annotation><dc:creator>%s</dc:creator><dc:date>2025-02-14T11:00:00</dc:date><text:p>%s</text:p></office:annotation>' % (AUTHOR, x(s)))
            elif kind == "fn":
                self.notes += 1
                out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation><text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>' % (self.notes, self.notes, x(s)))
        return "".join(out)

    def p(self, text, style="Standard"):
        return '<text:p text:style-name="%s">%s</text:p>' % (style, self.inline(text))

    def tracked(self):
        if not self.changes:
            return ""
        out = ['<text:tracked-changes text:track-changes="false">']
        for cid, kind, s in self.changes:
            info = '<office:change-info><dc:creator>%s</dc:creator><dc:date>2025-02-14T10:00:00</dc:date></office:change-info>' % AUTHOR
            if kind == "deletion":
                out.append('<text:changed-region xml:id="%s" text:id="%s"><text:deletion>%s<text:p>%s</text:p></text:deletion></text:changed-region>' % (cid, cid, info, x(s)))
            else:
                out.append('<text:changed-region xml:id="%s" text:id="%s"><text:insertion>%s</text:insertion></text:changed-region>' % (cid, cid, info))
        out.append("</text:tracked-changes>")
        return "".join(out)


def build_odt_hand(c, path):
    bld = OdtBuilder()
    body = []
    stack = []          # open list levels (0..3) currently holding an open list-item
    first_list = [True]
    list_no = [0]

    def close_to(level):
        # close list-items and lists deeper than or equal to level
        while stack and stack[-1] >= level:
            stack.pop()
            body.append("</text:list-item></text:list>")

    def open_item(level, para_xml):
        if stack and stack[-1] == level:
            body.append("</text:list-item><text:list-item>")
        else:
            close_to(level + 1)
            if stack and stack[-1] == level:
                body.append("</text:list-item><text:list-item>")
            else:
                if level == 0:
                    list_no[0] += 1
                    attrs = ' xml:id="clauses%d"' % list_no[0]
                    if not first_list[0]:
                        attrs += ' text:continue-list="clauses%d"' % (list_no[0] - 1)
                    first_list[0] = False
                    body.append('<text:list text:style-name="Clauses"%s><text:list-item>' % attrs)
                else:
                    body.append("<text:list><text:list-item>")
                stack.append(level)
        body.append(para_xml)

    in_defs = False
    for b in c["blocks"]:
        if is_auto(c, b):
            style = "Clause_20_Heading" if b["t"] == "h1" else "Clause_20_Text"
            open_item(b["lvl"], bld.p(b["text"], style))
            in_defs = b["t"] == "c" and "definitions apply" in b["text"]
            continue
        if b["t"] == "p" and stack and not b["sched"]:
            body.append(bld.p(b["text"], "Definition" if in_defs else "Clause_20_Text"))
            continue
        close_to(0)
        if b["t"] == "table":
            ncol = max(len(r) for r in b["rows"])
            body.append('<table:table table:name="Table%d"><table:table-column table:number-columns-repeated="%d"/>' % (len([y for y in body if y.startswith("<table:table ")]) + 1, ncol))
            for i, row in enumerate(b["rows"]):
                sty = "Table_20_Heading" if i == 0 else "Table_20_Contents"
                body.append("<table:table-row>" + "".join('<table:table-cell office:value-type="string">%s</table:table-cell>' % bld.p(cell, sty) for cell in row) + "</table:table-row>")
            body.append("</table:table>")
        elif b["t"] == "title":
            body.append(bld.p(b["text"], "Title"))
        elif b["t"] == "part":
            body.append(bld.p(b["text"], "Heading_20_2"))
        elif b["t"] == "sched":
            body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % bld.inline(b["text"]))
        elif b["t"] in ("h1", "c", "s", "ss"):
            style = "Heading_20_2" if b["t"] == "h1" else "Clause_20_Text"
            body.append(bld.p(b["num"] + " " + b["text"], style))
        else:
            body.append(bld.p(b["text"]))
    close_to(0)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:automatic-styles/><office:body><office:text>%s%s</office:text></office:body></office:document-content>\n'
               % (ODT_NS_DECL, bld.tracked(), "".join(body)))
    title = data.clean_inline(c["blocks"][0]["text"])
    members = [
        ("mimetype", b"application/vnd.oasis.opendocument.text", True),
        ("META-INF/manifest.xml", ODT_MANIFEST.encode(), False),
        ("meta.xml", (ODT_META % (ODT_NS_DECL, "probity set 11 builder", x(title), AUTHOR)).encode(), False),
        ("styles.xml", ODT_STYLES.encode(), False),
        ("content.xml", content.encode(), False),
    ]
    write_zip(path, members)


# ---------------------------------------------------------------------------
# LibreOffice conversion and normalisation
# ---------------------------------------------------------------------------

def lo_convert(src, target, infilter=None):
    outdir = os.path.dirname(src)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--norestore"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", target, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ext = target.split(":")[0]
    res = os.path.splitext(src)[0] + "." + ext
    if not os.path.exists(res):
        raise RuntimeError("LibreOffice did not produce " + res)
    with open(res, "rb") as f:
        return f.read()


def _renumber(pattern, fmt, text):
    mapping = {}

    def rep(m):
        old = m.group(2)
        if old not in mapping:
            mapping[old] = fmt % (len(mapping) + 1)
        return m.group(1) + mapping[old] + m.group(3)
    return re.sub(pattern, rep, text)


def normalise_docx(raw, path):
    zin = zipfile.ZipFile(io.BytesIO(raw))
    members = []
    for info in zin.infolist():
        name = info.filename
        s = zin.read(name)
        if name.endswith(".xml") or name.endswith(".rels"):
            t = s.decode("utf-8")
            t = re.sub(r' w:rsid[A-Za-z]*="[0-9A-Fa-f]*"', "", t)
            t = re.sub(r"<w:rsids>.*?</w:rsids>", "", t, flags=re.S)
            t = re.sub(r"<w:rsid [^>]*/>", "", t)
            t = _renumber(r'( w14:paraId=")([0-9A-Fa-f]+)(")', "%08X", t)
            t = _renumber(r'( w14:textId=")([0-9A-Fa-f]+)(")', "%08X", t)
            t = re.sub(r"<dcterms:created([^>]*)>[^<]*</dcterms:created>", r"<dcterms:created\1>%s</dcterms:created>" % FIXED_ISO, t)
            t = re.sub(r"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>", r"<dcterms:modified\1>%s</dcterms:modified>" % FIXED_ISO, t)
            t = re.sub(r"<cp:revision>[^<]*</cp:revision>", "<cp:revision>1</cp:revision>", t)
            t = re.sub(r"<Application>[^<]*</Application>", "<Application>%s</Application>" % GENERATOR, t)
            t = re.sub(r"<AppVersion>[^<]*</AppVersion>", "", t)
            t = re.sub(r"<TotalTime>[^<]*</TotalTime>", "<TotalTime>0</TotalTime>", t)
            t = re.sub(r' w:date="[^"]*"', ' w:date="%s"' % FIXED_ISO, t)
            s = t.encode("utf-8")
        members.append((name, s, False))
    write_zip(path, members)


ODT_DROP = re.compile(r"^(Thumbnails/|Configurations2/|settings\.xml$|layout-cache$)")


def normalise_odt(raw, path):
    zin = zipfile.ZipFile(io.BytesIO(raw))
    names = [i.filename for i in zin.infolist()]
    keep = [n for n in names if not ODT_DROP.match(n)]
    members = []
    for name in ["mimetype"] + [n for n in keep if n != "mimetype"]:
        s = zin.read(name)
        if name.endswith(".xml") or name.endswith(".rdf"):
            t = s.decode("utf-8")
            if name == "META-INF/manifest.xml":
                t = re.sub(r'\s*<manifest:file-entry manifest:full-path="(Thumbnails/[^"]*|Configurations2/[^"]*|settings\.xml|layout-cache)"[^>]*/>', "", t)
            t = re.sub(r"<meta:creation-date>[^<]*</meta:creation-date>", "<meta:creation-date>2025-01-01T00:00:00</meta:creation-date>", t)
            t = re.sub(r"<dc:date>[^<]*</dc:date>", "<dc:date>2025-01-01T00:00:00</dc:date>", t)
            t = re.sub(r"<meta:print-date>[^<]*</meta:print-date>", "", t)
            t = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>", "<meta:editing-duration>PT0S</meta:editing-duration>", t)
            t = re.sub(r"<meta:editing-cycles>[^<]*</meta:editing-cycles>", "<meta:editing-cycles>1</meta:editing-cycles>", t)
            t = re.sub(r"<meta:generator>[^<]*</meta:generator>", "<meta:generator>%s</meta:generator>" % GENERATOR, t)
            t = re.sub(r' officeooo:(paragraph-)?rsid="[0-9a-fA-F]*"', "", t)
            t = _renumber(r'((?:xml:id|text:continue-list)="list)(\d+)(")', "%d", t)
            s = t.encode("utf-8")
        members.append((name, s, name == "mimetype"))
    write_zip(path, members)


# ---------------------------------------------------------------------------
# Text extraction for checks
# ---------------------------------------------------------------------------

def q(ns, tag):
    return "{%s}%s" % (NS[ns] if ns in NS else ns, tag)


def docx_paragraphs(zf):
    root = ET.fromstring(zf.read("word/document.xml"))
    W = "{%s}" % W_NS
    paras = []

    def ptext(p):
        out = []

        def walk(e):
            if e.tag in (W + "del", W + "footnoteReference", W + "commentReference"):
                return
            if e.tag == W + "t":
                out.append(e.text or "")
            elif e.tag == W + "tab":
                out.append("\t")
            for ch in e:
                walk(ch)
        walk(p)
        return "".join(out)
    for p in root.iter(W + "p"):
        paras.append(norm_ws(ptext(p)))
    notes = []
    if "word/footnotes.xml" in zf.namelist():
        froot = ET.fromstring(zf.read("word/footnotes.xml"))
        for fn in froot.findall(W + "footnote"):
            if int(fn.get(W + "id")) > 0:
                notes.append(norm_ws("".join(t.text or "" for t in fn.iter(W + "t"))))
    comments = []
    if "word/comments.xml" in zf.namelist():
        croot = ET.fromstring(zf.read("word/comments.xml"))
        for cm in croot.findall(W + "comment"):
            comments.append(norm_ws("".join(t.text or "" for t in cm.iter(W + "t"))))
    deleted = [norm_ws("".join(t.text or "" for t in d.iter(W + "delText"))) for d in root.iter(W + "del")]
    return paras, notes, comments, deleted


def odt_paragraphs(zf):
    root = ET.fromstring(zf.read("content.xml"))
    T, O = "{%s}" % NS["text"], "{%s}" % NS["office"]
    skip = {O + "annotation", T + "note", T + "tracked-changes", O + "annotation-end"}
    paras, notes, comments, deleted = [], [], [], []

    def ptext(p):
        out = [p.text or ""]
        for ch in p:
            if ch.tag not in skip:
                if ch.tag == T + "s":
                    out.append(" " * int(ch.get(T + "c", "1")))
                elif ch.tag == T + "tab":
                    out.append("\t")
                elif ch.tag == T + "line-break":
                    out.append("\n")
                else:
                    out.append(ptext(ch))
            out.append(ch.tail or "")
        return "".join(out)

    def walk(e, ctx):
        for ch in e:
            if ch.tag == T + "tracked-changes":
                for d in ch.iter(T + "deletion"):
                    deleted.append(norm_ws(" ".join(ptext(p) for p in d.iter(T + "p"))))
                continue
            if ch.tag == O + "annotation":
                comments.append(norm_ws(" ".join(ptext(p) for p in ch.iter(T + "p"))))
                continue
            if ch.tag == T + "note":
                for nb in ch.iter(T + "note-body"):
                    notes.append(norm_ws(" ".join(ptext(p) for p in nb.iter(T + "p"))))
                continue
            if ch.tag in (T + "p", T + "h"):
                paras.append(norm_ws(ptext(ch)))
            walk(ch, ctx)
    walk(root.find(q("office", "body")), None)
    return paras, notes, comments, deleted


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

class Failures(list):
    def add(self, msg):
        self.append(msg)


def check_zip(path, kind, fails):
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        fails.add("%s: not a zip" % path)
        return None
    infos = zf.infolist()
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        fails.add("%s: duplicate zip members" % path)
    for i in infos:
        if i.date_time != FIXED_ZIP_DATE:
            fails.add("%s: %s has timestamp %s" % (path, i.filename, i.date_time))
        if i.filename.endswith("/"):
            fails.add("%s: directory entry %s" % (path, i.filename))
        if i.filename.endswith((".xml", ".rels", ".rdf")):
            try:
                ET.fromstring(zf.read(i.filename))
            except ET.ParseError as e:
                fails.add("%s: %s not well-formed: %s" % (path, i.filename, e))
        if re.match(r"^(Thumbnails/|Configurations2/|settings\.xml$)", i.filename):
            fails.add("%s: unwanted member %s" % (path, i.filename))
    if zf.testzip() is not None:
        fails.add("%s: CRC error" % path)
    if kind == "odt":
        if names[0] != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED or infos[0].extra:
            fails.add("%s: mimetype not first/stored" % path)
        elif zf.read("mimetype") != b"application/vnd.oasis.opendocument.text":
            fails.add("%s: wrong mimetype" % path)
        man = ET.fromstring(zf.read("META-INF/manifest.xml"))
        listed = {e.get(q("manifest", "full-path")) for e in man.iter(q("manifest", "file-entry"))}
        files = set(names) - {"mimetype", "META-INF/manifest.xml"}
        if files - listed:
            fails.add("%s: not in manifest: %s" % (path, sorted(files - listed)))
        if listed - files - {"/"}:
            extra = [p for p in listed - files - {"/"} if not p.endswith("/")]
            if extra:
                fails.add("%s: manifest lists missing %s" % (path, sorted(extra)))
        meta = zf.read("meta.xml").decode()
        if re.search(r"<meta:generator>(?!%s<)" % re.escape(GENERATOR), meta) and "probity set 11 builder" not in meta:
            fails.add("%s: generator not normalised" % path)
    else:
        ct = ET.fromstring(zf.read("[Content_Types].xml"))
        ctns = "{http://schemas.openxmlformats.org/package/2006/content-types}"
        defaults = {e.get("Extension").lower() for e in ct.findall(ctns + "Default")}
        overrides = {e.get("PartName") for e in ct.findall(ctns + "Override")}
        for n in names:
            if n == "[Content_Types].xml":
                continue
            if "/" + n not in overrides and n.rsplit(".", 1)[-1].lower() not in defaults:
                fails.add("%s: no content type for %s" % (path, n))
        for o in overrides:
            if o.lstrip("/") not in names:
                fails.add("%s: content type for missing part %s" % (path, o))
        for n in names:
            if n.endswith(".rels"):
                base = os.path.dirname(os.path.dirname(n))
                rr = ET.fromstring(zf.read(n))
                for r in rr:
                    if r.get("TargetMode") == "External":
                        continue
                    tgt = os.path.normpath(os.path.join(base, r.get("Target"))).lstrip("/")
                    if tgt not in names:
                        fails.add("%s: %s targets missing %s" % (path, n, tgt))
        for n in names:
            if n.endswith(".xml"):
                t = zf.read(n).decode("utf-8", "replace")
                if re.search(r'w:rsid[A-Za-z]*="|w14:paraId="(?!0000)', t):
                    fails.add("%s: %s keeps rsids or raw paraIds" % (path, n))
        if "docProps/core.xml" in names:
            core = zf.read("docProps/core.xml").decode()
            for val in re.findall(r"<dcterms:(?:created|modified)[^>]*>([^<]*)<", core):
                if val != FIXED_ISO:
                    fails.add("%s: core date %s not normalised" % (path, val))
        if "docProps/app.xml" in names:
            app = zf.read("docProps/app.xml").decode()
            if re.search(r"<Application>[^<]*(\d\.\d|\$)", app):
                fails.add("%s: generator string not normalised" % path)
    return zf


def check_contract(c, path, fails):
    exp = [norm_ws(s) for s in all_expected(c) if norm_ws(s)]
    dels = [norm_ws(s) for s in inline_all(c, "del")]
    fns = [norm_ws(s) for s in inline_all(c, "fn")]
    cms = [norm_ws(s) for s in inline_all(c, "cm")]
    ext = os.path.splitext(path)[1]
    if ext in (".txt", ".md"):
        body = norm_ws(open(path, encoding="utf-8").read())
        if ext == ".md":
            body = body.replace("**", "")
        missing = [s for s in exp if s not in body]
        for s in dels + cms:
            if s and s in body:
                fails.add("%s: deleted/comment text present: %.60s" % (path, s))
        if "⟦" in body:
            fails.add("%s: raw inline markup" % path)
    else:
        zf = check_zip(path, ext[1:], fails)
        if zf is None:
            return
        paras, notes, comments, deleted = (docx_paragraphs if ext == ".docx" else odt_paragraphs)(zf)
        pset = set(paras)
        missing = [s for s in exp if s not in pset]
        joined = "\n".join(paras)
        for s in dels:
            if s in joined:
                fails.add("%s: tracked-deleted text present in body: %.60s" % (path, s))
            if s not in deleted:
                fails.add("%s: tracked deletion not stored: %.60s" % (path, s))
        for s in fns:
            if s not in notes:
                fails.add("%s: footnote missing: %.60s" % (path, s))
        for s in cms:
            if s not in comments:
                fails.add("%s: comment missing: %.60s" % (path, s))
            if s in joined:
                fails.add("%s: comment text in body: %.60s" % (path, s))
        if "⟦" in joined:
            fails.add("%s: raw inline markup" % path)
    for s in missing:
        fails.add("%s: contract text missing: %.80s" % (path, s))


def check_expected(c, path, fails):
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 22:
        fails.add("%s: %d lines" % (path, len(lines)))
    for rule, line in zip(data.RULES, lines):
        m = re.fullmatch(r"(\S+) (pass|weak|gap)  # (.+)", line)
        if not m or m.group(1) != rule:
            fails.add("%s: bad line for %s: %s" % (path, rule, line))
        elif not re.search(r"\d", m.group(3)):
            fails.add("%s: reason cites no clause: %s" % (path, line))
        elif m.group(2) != c["expected"][data.RULES.index(rule)][1]:
            fails.add("%s: verdict differs from data for %s" % (path, rule))


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def build(contracts, tmp):
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    files = []
    for c in contracts:
        base = os.path.join(OUT, c["slug"])
        path = base + "." + c["fmt"]
        if c["fmt"] == "txt":
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(render_txt(c))
        elif c["fmt"] == "md":
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(render_md(c))
        elif c["build"] == "hand-built DOCX":
            build_docx_hand(c, path)
        elif c["build"] == "hand-built ODT":
            build_odt_hand(c, path)
        else:
            work = os.path.join(tmp, c["slug"])
            os.makedirs(work)
            if "from HTML" in c["build"]:
                src = os.path.join(work, c["slug"] + ".html")
                with open(src, "w", encoding="utf-8") as f:
                    f.write(render_html(c))
                infilter = "HTML (StarWriter)"
            else:
                src = os.path.join(work, c["slug"] + ".fodt")
                with open(src, "w", encoding="utf-8") as f:
                    f.write(render_fodt(c))
                infilter = None
            if c["fmt"] == "docx":
                normalise_docx(lo_convert(src, 'docx:MS Word 2007 XML', infilter), path)
            else:
                normalise_odt(lo_convert(src, "odt", infilter), path)
        with open(base + ".expected", "w", encoding="utf-8", newline="\n") as f:
            for rule, v, reason in c["expected"]:
                f.write("%s %s  # %s\n" % (rule, v, reason))
        files += [path, base + ".expected"]
    return files


def main():
    contracts = data.build_contracts()
    fails = Failures()
    with tempfile.TemporaryDirectory(prefix="set11-") as tmp:
        files = build(contracts, tmp)

    # format split
    fmts = Counter(c["fmt"] for c in contracts)
    builds = Counter(c["build"] for c in contracts)
    if dict(fmts) != {"txt": 4, "md": 2, "docx": 3, "odt": 3}:
        fails.add("format split is %s" % dict(fmts))
    if builds["hand-built DOCX"] != 1 or builds["hand-built ODT"] != 2:
        fails.add("build split is %s" % dict(builds))
    if sum(1 for c in contracts if c["fmt"] == "docx" and "LibreOffice" in c["build"]) != 2 or \
       sum(1 for c in contracts if c["fmt"] == "odt" and "LibreOffice" in c["build"]) != 1:
        fails.add("LibreOffice conversion split wrong: %s" % dict(builds))
    if len({c["slug"] for c in contracts}) != 12 or len(contracts) != 12:
        fails.add("need 12 distinct contracts")

    print("Word counts")
    over6k = 0
    for c in contracts:
        wc = word_count(c)
        over6k += wc > 6000
        flag = "" if 3500 <= wc <= 7000 else "  <-- out of range"
        print("  %-34s %-5s %6d%s" % (c["slug"], c["fmt"], wc, flag))
        if not 3500 <= wc <= 7000:
            fails.add("%s: %d words" % (c["slug"], wc))
    if over6k < 2:
        fails.add("fewer than two contracts above 6,000 words")

    for c in contracts:
        base = os.path.join(OUT, c["slug"])
        check_contract(c, base + "." + c["fmt"], fails)
        check_expected(c, base + ".expected", fails)

    print("\nPer-rule verdicts (pass / weak / gap)")
    for i, rule in enumerate(data.RULES):
        cnt = Counter(c["expected"][i][1] for c in contracts)
        row = "".join({"pass": "P", "weak": "w", "gap": "."}[c["expected"][i][1]] for c in contracts)
        print("  %-7s %2d %2d %2d  %s" % (rule, cnt["pass"], cnt["weak"], cnt["gap"], row))
        if cnt["pass"] < 3 or cnt["weak"] + cnt["gap"] < 4 or cnt["weak"] == 0 or cnt["gap"] == 0:
            fails.add("%s: counts pass=%d weak=%d gap=%d" % (rule, cnt["pass"], cnt["weak"], cnt["gap"]))

    print("\nsha256")
    for p in sorted(files):
        with open(p, "rb") as f:
            print("  %s  %s" % (hashlib.sha256(f.read()).hexdigest(), os.path.relpath(p, REPO)))

    if fails:
        print("\nFAILED (%d)" % len(fails))
        for f in fails:
            print("  " + f)
        return 1
    print("\nOK: %d contracts, all checks passed" % len(contracts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
