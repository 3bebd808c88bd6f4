#!/usr/bin/env python3
"""Build blind fixture set 13 (order forms and schedule-heavy documents).

Run from the repository root:  python3 scripts/make-blind-set13.py
Deletes and rebuilds fixtures/blind/set13/ deterministically, then checks it
and exits non-zero on any failure. Contract text lives in
scripts/blind_set13_contracts.py.
"""
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
from blind_set13_contracts import CONTRACTS, RULES  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set13")
LO_PROFILE = "file:///tmp/lo-set13"
FIXED = (1980, 1, 1, 0, 0, 0)
FIXED_ISO = "1980-01-01T00:00:00Z"
GENERATOR = "probity-blind-set13"


# ---------------------------------------------------------------- blocks
def visible(block):
    """Visible paragraph texts of one block (tracked deletions and comments excluded)."""
    kind = block[0]
    if kind in ("h1", "h2"):
        return [block[1]]
    if kind == "p":
        opts = block[2] if len(block) > 2 else {}
        t = block[1]
        if opts.get("ins"):
            t = t + " " + opts["ins"]
        return [t]
    if kind == "t":
        return [c for row in block[1] for c in row]
    if kind == "ol":
        return list(block[1])
    raise ValueError(kind)


def hidden(block):
    if block[0] == "p" and len(block) > 2:
        o = block[2]
        return [x for x in (o.get("del"), o.get("comment")) if x]
    return []


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
            out += [b[1], ""]
        elif k == "t":
            for row in b[1]:
                out.append(" | ".join(row))
            out.append("")
        elif k == "ol":
            out += ["%d. %s" % (i + 1, t) for i, t in enumerate(b[1])] + [""]
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
            out += [b[1], ""]
        elif k == "t":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for row in rows[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
        elif k == "ol":
            out += ["%d. %s" % (i + 1, t) for i, t in enumerate(b[1])] + [""]
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- HTML (for LibreOffice)
def render_html(c):
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           "<title>%s</title></head><body>" % escape(c["title"])]
    for b in c["blocks"]:
        k = b[0]
        if k in ("h1", "h2"):
            out.append("<%s>%s</%s>" % (k, escape(b[1]), k))
        elif k == "p":
            out.append("<p>%s</p>" % escape(b[1]))
        elif k == "t":
            out.append('<table border="1" cellpadding="4">')
            for i, row in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, escape(x), tag) for x in row) + "</tr>")
            out.append("</table>")
        elif k == "ol":
            out += ["<p>%d. %s</p>" % (i + 1, escape(t)) for i, t in enumerate(b[1])]
    out.append("</body></html>")
    return "\n".join(out) + "\n"


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


def render_odt(c):
    body, changes = [], []
    nchg = 0
    for b in c["blocks"]:
        k = b[0]
        if k == "h1":
            body.append('<text:h text:style-name="H1" text:outline-level="1">%s</text:h>' % escape(b[1]))
        elif k == "h2":
            body.append('<text:h text:style-name="H2" text:outline-level="2">%s</text:h>' % escape(b[1]))
        elif k == "p":
            o = b[2] if len(b) > 2 else {}
            inner = escape(b[1])
            if o.get("comment"):
                inner = ('<office:annotation><dc:creator>%s</dc:creator><dc:date>2025-01-15T10:00:00</dc:date>'
                         '<text:p>%s</text:p></office:annotation>' % (escape(o.get("author", "Reviewer")), escape(o["comment"]))) + inner
            if o.get("del"):
                nchg += 1
                cid = "ct%d" % nchg
                changes.append(
                    '<text:changed-region text:id="%s"><text:deletion><office:change-info>'
                    '<dc:creator>%s</dc:creator><dc:date>2025-01-14T09:30:00</dc:date></office:change-info>'
                    '<text:p>%s</text:p></text:deletion></text:changed-region>'
                    % (cid, escape(o.get("author", "Reviewer")), escape(" " + o["del"])))
                inner += '<text:change text:change-id="%s"/>' % cid
            assert not o.get("ins"), "ODT builder supports deletions only"
            body.append('<text:p text:style-name="Body">%s</text:p>' % inner)
        elif k == "t":
            rows = b[1]
            ncol = len(rows[0])
            t = ['<table:table table:name="Table%d" table:style-name="Tbl">' % (len([x for x in body if x.startswith("<table:table")]) + 1),
                 '<table:table-column table:number-columns-repeated="%d"/>' % ncol]
            for i, row in enumerate(rows):
                cells = "".join('<table:table-cell office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                                % ("TH" if i == 0 else "Body", escape(x)) for x in row)
                if i == 0:
                    t.append("<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>" % cells)
                else:
                    t.append("<table:table-row>%s</table:table-row>" % cells)
            t.append("</table:table>")
            body.append("".join(t))
        elif k == "ol":
            items = "".join('<text:list-item><text:p text:style-name="ListPara">%s</text:p></text:list-item>' % escape(x) for x in b[1])
            body.append('<text:list text:style-name="Num1">%s</text:list>' % items)
    tracked = ""
    if changes:
        tracked = '<text:tracked-changes text:track-changes="true">%s</text:tracked-changes>' % "".join(changes)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content %s office:version="1.3">'
        '<office:automatic-styles>'
        '<style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Body" style:list-style-name="Num1"/>'
        '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>'
        '<text:list-style style:name="Num1">'
        '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>'
        '</style:list-level-properties></text:list-level-style-number></text:list-style>'
        '</office:automatic-styles>'
        '<office:body><office:text>%s%s</office:text></office:body></office:document-content>'
        % (ODT_NS, tracked, "".join(body)))
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-styles %s office:version="1.3"><office:styles>'
        '<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>'
        '<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-bottom="0.2cm"/></style:style>'
        '<style:style style:name="TH" style:family="paragraph" style:parent-style-name="Body"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">'
        '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="H2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">'
        '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
        '</office:styles></office:document-styles>' % ODT_NS)
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
DATE = "2025-02-03T11:00:00Z"


def render_docx(c):
    body, comments = [], []
    rid = [0]

    def nid():
        rid[0] += 1
        return rid[0]

    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(t)

    for b in c["blocks"]:
        k = b[0]
        if k in ("h1", "h2"):
            body.append('<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr>%s</w:p>' % ("Heading1" if k == "h1" else "Heading2", run(b[1])))
        elif k == "p":
            o = b[2] if len(b) > 2 else {}
            inner = run(b[1])
            if o.get("comment"):
                cid = len(comments)
                comments.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="R"><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>'
                                % (cid, escape(o.get("author", "Reviewer")), DATE, escape(o["comment"])))
                inner = ('<w:commentRangeStart w:id="%d"/>' % cid) + inner + (
                    '<w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>' % (cid, cid))
            if o.get("ins"):
                inner += '<w:ins w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:ins>' % (
                    100 + nid(), escape(o.get("author", "Reviewer")), DATE, escape(o["ins"]))
            if o.get("del"):
                inner += '<w:del w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve"> %s</w:delText></w:r></w:del>' % (
                    100 + nid(), escape(o.get("author", "Reviewer")), DATE, escape(o["del"]))
            body.append('<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr>%s</w:p>' % inner)
        elif k == "t":
            rows = b[1]
            ncol = len(rows[0])
            width = 9000 // ncol
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
                 '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr>',
                 "<w:tblGrid>%s</w:tblGrid>" % ('<w:gridCol w:w="%d"/>' % width) * 1]
            t[1] = "<w:tblGrid>%s</w:tblGrid>" % ("".join('<w:gridCol w:w="%d"/>' % width for _ in range(ncol)))
            for i, row in enumerate(rows):
                trpr = '<w:trPr><w:tblHeader/></w:trPr>' if i == 0 else ""
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p>%s</w:p></w:tc>'
                                % (width, ('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % escape(x)) if i == 0 else run(x)) for x in row)
                t.append("<w:tr>%s%s</w:tr>" % (trpr, cells))
            t.append("</w:tbl>")
            body.append("".join(t))
        elif k == "ol":
            for x in b[1]:
                body.append('<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>%s</w:p>' % run(x))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s'
                '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
                '</w:body></w:document>' % (W, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles xmlns:w="%s">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
              '</w:styles>' % W)
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<w:numbering xmlns:w="%s"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
                 '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % W)
    comments_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<w:comments xmlns:w="%s">%s</w:comments>' % (W, "".join(comments)))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
               '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
               '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (escape(c["title"]), GENERATOR, FIXED_ISO, FIXED_ISO))
    return [("[Content_Types].xml", ctypes.encode(), False), ("_rels/.rels", rels.encode(), False),
            ("docProps/core.xml", core.encode(), False), ("word/document.xml", document.encode(), False),
            ("word/styles.xml", styles.encode(), False), ("word/numbering.xml", numbering.encode(), False),
            ("word/comments.xml", comments_xml.encode(), False), ("word/_rels/document.xml.rels", docrels.encode(), False)]


# ---------------------------------------------------------------- LibreOffice conversion + normalisation
def lo_convert(src, target, infilter=None):
    outdir = os.path.dirname(src)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", target, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ext = target.split(":")[0]
    out = os.path.splitext(src)[0] + "." + ext
    if not os.path.exists(out):
        raise SystemExit("LibreOffice conversion failed: " + src)
    return out


DROP_DOCX = {"word/settings.xml", "docProps/thumbnail.jpeg", "docProps/custom.xml"}
DROP_ODT_PREFIX = ("Thumbnails/", "settings.xml", "Configurations2/", "layout-cache")


def normalise_lo(path, kind):
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    out = {}
    for name, data in parts.items():
        if kind == "docx" and name in DROP_DOCX:
            continue
        if kind == "odt" and name.startswith(DROP_ODT_PREFIX):
            continue
        if name.endswith(".xml") or name.endswith(".rels"):
            s = data.decode("utf-8")
            s = re.sub(r' w:rsid\w*="[^"]*"', "", s)
            s = re.sub(r"<w:rsids>.*?</w:rsids>", "", s, flags=re.S)
            s = re.sub(r' w14:(paraId|textId)="[^"]*"', "", s)
            s = re.sub(r' officeooo:(rsid|paragraph-rsid)="[^"]*"', "", s)
            s = re.sub(r"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:\1>", r"<dcterms:\1\2>%s</dcterms:\1>" % FIXED_ISO, s)
            s = re.sub(r"<cp:revision>[^<]*</cp:revision>", "<cp:revision>1</cp:revision>", s)
            s = re.sub(r"<Application>[^<]*</Application>", "<Application>%s</Application>" % GENERATOR, s)
            s = re.sub(r"<TotalTime>[^<]*</TotalTime>", "<TotalTime>0</TotalTime>", s)
            s = re.sub(r"<meta:generator>[^<]*</meta:generator>", "<meta:generator>%s</meta:generator>" % GENERATOR, s)
            s = re.sub(r"<meta:creation-date>[^<]*</meta:creation-date>", "<meta:creation-date>1980-01-01T00:00:00</meta:creation-date>", s)
            s = re.sub(r"<dc:date>[^<]*</dc:date>", "<dc:date>1980-01-01T00:00:00</dc:date>", s)
            s = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>", "<meta:editing-duration>PT0S</meta:editing-duration>", s)
            s = re.sub(r"<meta:editing-cycles>[^<]*</meta:editing-cycles>", "<meta:editing-cycles>1</meta:editing-cycles>", s)
            s = re.sub(r"<meta:document-statistic[^>]*/>", "", s)
            if kind == "docx" and name == "[Content_Types].xml":
                s = re.sub(r'<Override PartName="/(word/settings\.xml|docProps/custom\.xml|docProps/thumbnail\.jpeg)"[^>]*/>', "", s)
            if kind == "docx" and name.endswith(".rels"):
                s = re.sub(r'<Relationship [^>]*Target="(settings\.xml|docProps/custom\.xml|docProps/thumbnail\.jpeg)"[^>]*/>', "", s)
            if kind == "odt" and name == "META-INF/manifest.xml":
                s = re.sub(r'<manifest:file-entry manifest:full-path="(Thumbnails/[^"]*|settings\.xml|Configurations2/[^"]*|layout-cache)"[^>]*/>', "", s)
            data = s.encode("utf-8")
        out[name] = data
    if kind == "odt":
        order = ["mimetype"] + sorted(n for n in out if n != "mimetype")
    else:
        order = ["[Content_Types].xml"] + sorted(n for n in out if n != "[Content_Types].xml")
    return [(n, out[n], n == "mimetype") for n in order]


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
    out = []

    def walk(e):
        if e.tag in skip:
            return ""
        s = e.text or ""
        for ch in e:
            s += walk(ch)
            s += ch.tail or ""
        if e.tag in ("{%s}p" % ONS["text"], "{%s}h" % ONS["text"]):
            s += "\n"
        if e.tag == "{%s}s" % ONS["text"]:
            s += " "
        return s

    body = root.find("office:body/office:text", {"office": ONS["office"]})
    out.append(walk(body))
    return "".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- checks
CITE = re.compile(r"(?i)\b(clause|condition|para(graph)?|section|article|row|item|schedule|annex|part|term|kpi|table|appendix)s?\b")


def check(built):
    errors = []
    fmt_count = {}
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    words = {}
    for c in CONTRACTS:
        fn = c["file"]
        path = os.path.join(OUT, fn)
        data = open(path, "rb").read()
        ext = fn.rsplit(".", 1)[1]
        fmt_count[ext] = fmt_count.get(ext, 0) + 1
        if ext in ("docx", "odt"):
            with zipfile.ZipFile(path) as z:
                names = z.namelist()
                if ext == "odt":
                    if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
                        errors.append(fn + ": mimetype not first/stored")
                for n in names:
                    if z.getinfo(n).date_time != FIXED:
                        errors.append(fn + ": timestamp " + n)
                    if n.endswith(".xml") or n.endswith(".rels"):
                        try:
                            ET.fromstring(z.read(n))
                        except ET.ParseError as e:
                            errors.append("%s: %s not well-formed: %s" % (fn, n, e))
            body = docx_body_text(data) if ext == "docx" else odt_body_text(data)
        else:
            body = data.decode("utf-8")
        nb = norm(body)
        for b in c["blocks"]:
            for t in visible(b):
                if norm(t) not in nb:
                    errors.append("%s: text missing from built file: %r" % (fn, t[:60]))
            for t in hidden(b):
                if norm(t) in nb:
                    errors.append("%s: hidden (deleted/comment) text present in body: %r" % (fn, t[:60]))
        wc = len(nb.split())
        words[fn] = wc
        if not 800 <= wc <= 2500:
            errors.append("%s: %d words outside 800-2500" % (fn, wc))
        # expected file
        exp = os.path.join(OUT, fn.rsplit(".", 1)[0] + ".expected")
        lines = open(exp, encoding="utf-8").read().splitlines()
        if len(lines) != 22:
            errors.append("%s: %d lines" % (exp, len(lines)))
        for r, line in zip(RULES, lines):
            m = re.match(r"^(\S+) (pass|weak|gap)  # (.+)$", line)
            if not m or m.group(1) != r:
                errors.append("%s: bad line for %s: %r" % (exp, r, line))
                continue
            if not CITE.search(m.group(3)):
                errors.append("%s: %s cites no clause/row" % (exp, r))
            counts[r][m.group(2)] += 1
    for r in RULES:
        k = counts[r]
        if k["pass"] < 3 or k["weak"] < 1 or k["gap"] < 1 or k["weak"] + k["gap"] < 4:
            errors.append("rule %s minimums not met: %s" % (r, k))
    if fmt_count != {"txt": 3, "md": 2, "docx": 4, "odt": 3}:
        errors.append("format split wrong: %s" % fmt_count)
    builds = [c["build"] for c in CONTRACTS]
    if sum(b.startswith("docx-lo") for b in builds) < 2 or "docx-hand" not in builds:
        errors.append("docx build mix wrong")
    if "odt-hand" not in builds or not any(b.startswith("odt-lo") for b in builds):
        errors.append("odt build mix wrong")
    return errors, counts, words


# ---------------------------------------------------------------- main
def main():
    if not os.path.isdir("scripts") or not os.path.isdir("fixtures"):
        raise SystemExit("run from the repository root")
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="set13-")
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
            elif build in ("docx-lo-html", "odt-lo-html"):
                src = os.path.join(tmp, stem + ".html")
                open(src, "w", encoding="utf-8").write(render_html(c))
                kind = build.split("-")[0]
                target = "docx:MS Word 2007 XML" if kind == "docx" else "odt:writer8"
                conv = lo_convert(src, target, infilter="HTML (StarWriter)")
                write_zip(dest, normalise_lo(conv, kind))
            elif build == "docx-lo-odt":
                src = os.path.join(tmp, stem + ".odt")
                write_zip(src, render_odt(c))
                conv = lo_convert(src, "docx:MS Word 2007 XML")
                write_zip(dest, normalise_lo(conv, "docx"))
            else:
                raise SystemExit("unknown build " + build)
            with open(os.path.join(OUT, stem + ".expected"), "w", encoding="utf-8", newline="\n") as f:
                for r in RULES:
                    v, why = c["expected"][r]
                    f.write("%s %s  # %s\n" % (r, v, why))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    errors, counts, words = check(True)
    for fn in sorted(words):
        print("%-40s %5d words" % (fn, words[fn]))
    for r in RULES:
        k = counts[r]
        print("%-7s pass %2d  weak %2d  gap %2d" % (r, k["pass"], k["weak"], k["gap"]))
    if errors:
        print("\n".join("ERROR: " + e for e in errors), file=sys.stderr)
        sys.exit(1)
    print("set13 OK")


if __name__ == "__main__":
    main()
