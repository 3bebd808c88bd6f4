#!/usr/bin/env python3
"""Build blind evaluation set 8 (fixtures/blind/set8/).

Texts and verdicts live in scripts/blind_set8_contracts.py; this file only renders them.
Run from the repository root:  python3 scripts/make-blind-set8.py

Formats
  txt / md   written verbatim from the data module.
  docx-hand  hand-built WordprocessingML zip (numbering.xml, styles, outline levels,
             w:ins / w:del, comments, footnotes, proofErr / bookmark run splits, tables).
  odt-hand   hand-built ODF zip (outline headings, auto-numbered lists, tables,
             text:tracked-changes, annotations, footnotes).
  html>docx, html>odt, fodt>docx, fodt>odt
             real LibreOffice conversions (soffice --headless --convert-to); the output
             is then normalised (dates, generator, rsids, paraIds, tracked-change ids,
             annotation names, thumbnails, settings) and re-zipped deterministically.

Determinism: fixed zip timestamps, fixed member order, ODF mimetype first and stored.
"""
import hashlib
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep scripts/ free of __pycache__
import blind_set8_contracts as data  # noqa: E402

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "fixtures", "blind", "set8")

RULES = ["ES-%02d" % i for i in range(1, 11)] + ["COI-%02d" % i for i in range(1, 7)] + \
    ["CDM-%02d" % i for i in range(1, 7)]
FIXED_ZIP_DATE = (2025, 1, 1, 0, 0, 0)
FIXED_ISO = "2025-01-01T00:00:00Z"
CHANGE_DATE = "2025-02-03T09:30:00Z"

# --------------------------------------------------------------------------- zip

def write_zip(path, members, odf=False):
    """members: list of (name, bytes). Deterministic zip."""
    with zipfile.ZipFile(path, "w") as z:
        for name, payload in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE)
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            if odf and name == "mimetype":
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(payload, str):
                payload = payload.encode("utf-8")
            z.writestr(zi, payload)


# --------------------------------------------------------------------------- inline markup
# [[del:..]] tracked deletion (not contract text)   [[ins:..]] tracked insertion (contract text)
# [[fn:..]] footnote   [[cmt:..]] comment / annotation (not contract text)
# [[pe]] split the run here with a w:proofErr   [[bm]] split the run here with a bookmark
INLINE = re.compile(r"\[\[(del|ins|fn|cmt):(.*?)\]\]|\[\[(pe|bm)\]\]", re.S)


def tokens(text):
    pos = 0
    for m in INLINE.finditer(text):
        if m.start() > pos:
            yield ("t", text[pos:m.start()])
        if m.group(1):
            yield (m.group(1), m.group(2))
        else:
            yield (m.group(3), "")
        pos = m.end()
    if pos < len(text):
        yield ("t", text[pos:])


def plain(text):
    """Contract text as a reader sees it: insertions and footnotes kept, deletions and
    comments dropped, split markers removed."""
    out = []
    for kind, val in tokens(text):
        if kind in ("t", "ins"):
            out.append(val)
        elif kind == "fn":
            out.append(" [footnote: %s]" % val)
    return "".join(out)


def x(s):
    return html.escape(s, quote=True)


# --------------------------------------------------------------------------- DOCX (hand-built)
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

DOCX_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="23"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="ClauseTitle"><w:name w:val="Clause Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/></w:pPr><w:rPr><w:b/><w:caps/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="ClauseSub"><w:name w:val="Clause Sub"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>
""" % W_NS

DOCX_NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering %s>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%%3)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%%4)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1701" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#8226;"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>
""" % W_NS


class DocxBuilder:
    def __init__(self, meta):
        self.meta = meta
        self.footnotes = []
        self.comments = []
        self.change_id = 100
        self.bm_id = 0

    def runs(self, text, bold=False):
        out = []
        spell_open = False
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        for kind, val in tokens(text):
            if kind == "t":
                out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, x(val)))
                if spell_open:
                    out.append('<w:proofErr w:type="spellEnd"/>')
                    spell_open = False
            elif kind == "ins":
                self.change_id += 1
                out.append('<w:ins w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
                           % (self.change_id, x(self.meta["reviser"]), CHANGE_DATE, rpr, x(val)))
            elif kind == "del":
                self.change_id += 1
                out.append('<w:del w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                           % (self.change_id, x(self.meta["reviser"]), CHANGE_DATE, rpr, x(val)))
            elif kind == "fn":
                self.footnotes.append(val)
                fid = len(self.footnotes)
                out.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % fid)
            elif kind == "cmt":
                cid = len(self.comments)
                self.comments.append(val)
                # the comment range covers everything written so far in this paragraph
                out.insert(0, '<w:commentRangeStart w:id="%d"/>' % cid)
                out.append('<w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>' % (cid, cid))
            elif kind == "pe":
                out.append('<w:proofErr w:type="spellStart"/>')
                spell_open = True
            elif kind == "bm":
                self.bm_id += 1
                out.append('<w:bookmarkStart w:id="%d" w:name="_Ref%d"/><w:bookmarkEnd w:id="%d"/>'
                           % (self.bm_id, 480000 + self.bm_id, self.bm_id))
        return "".join(out)

    def para(self, text, style=None, num=None, outline=None, bold=False, keep=False):
        ppr = []
        if style:
            ppr.append('<w:pStyle w:val="%s"/>' % style)
        if keep:
            ppr.append("<w:keepNext/>")
        if num:
            ppr.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % num)
        if outline is not None:
            ppr.append('<w:outlineLvl w:val="%d"/>' % outline)
        p = "<w:p>"
        if ppr:
            p += "<w:pPr>%s</w:pPr>" % "".join(ppr)
        return p + self.runs(text, bold) + "</w:p>"

    def table(self, rows, widths=None):
        ncol = max(len(r) for r in rows)
        if not widths:
            widths = [int(9000 / ncol)] * ncol
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid>']
        out += ['<w:gridCol w:w="%d"/>' % w for w in widths]
        out.append("</w:tblGrid>")
        for i, row in enumerate(rows):
            out.append("<w:tr>")
            if i == 0:
                out[-1] = '<w:tr><w:trPr><w:tblHeader/></w:trPr>'
            for j, cell in enumerate(row):
                out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>' % widths[j])
                for part in cell.split("\n"):
                    out.append(self.para(part, bold=(i == 0)))
                out.append("</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def body(self, blocks, mode):
        out = []
        for b in blocks:
            kind = b[0]
            if kind == "title":
                out.append(self.para(b[1], style="Title"))
            elif kind == "sub":
                out.append(self.para(b[1], bold=True))
            elif kind in ("h1", "h2", "h3"):
                lvl = int(kind[1]) - 1
                if mode == "outline":
                    out.append(self.para(b[1], style="ClauseTitle" if lvl == 0 else "ClauseSub",
                                         outline=lvl))
                else:
                    out.append(self.para(b[1], style="Heading%d" % (lvl + 1)))
            elif kind == "n0":
                out.append(self.para(b[1], style="Heading1", num=(0, 1)))
            elif kind == "n1":
                out.append(self.para(b[1], num=(1, 1)))
            elif kind == "n2":
                out.append(self.para(b[1], style="ListParagraph", num=(2, 1)))
            elif kind == "li":
                out.append(self.para(b[1], style="ListParagraph", num=(0, 2)))
            elif kind == "p":
                out.append(self.para(b[1]))
            elif kind == "table":
                out.append(self.table(b[1], b[2] if len(b) > 2 else None))
                out.append("<w:p/>")
            else:
                raise ValueError("unknown block %r" % (kind,))
        return "".join(out)

    def build(self, path, blocks, mode):
        body = self.body(blocks, mode)
        doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
               '<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
               '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" '
               'w:left="1304" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>\n'
               % (W_NS, body))
        fns = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for i, f in enumerate(self.footnotes, 1):
            fns.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                       '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                       '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, x(f)))
        footnotes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>\n'
                     % (W_NS, "".join(fns)))
        cms = []
        for i, c in enumerate(self.comments):
            cms.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p><w:pPr>'
                       '<w:pStyle w:val="CommentText"/></w:pPr><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>'
                       % (i, x(self.meta["reviewer"]), CHANGE_DATE, x(self.meta["initials"]), x(c)))
        comments = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>%s</w:comments>\n'
                    % (W_NS, "".join(cms)))
        settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s>'
                    '<w:trackRevisions/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
                    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                    '</w:settings>\n' % W_NS)
        ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/>'
                  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                  '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
                  '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                  '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
                  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                  '</Types>\n')
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '</Relationships>\n')
        docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                   '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
                   '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                   '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
                   '</Relationships>\n')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:revision>3</cp:revision>'
                '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
                '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>\n'
                % (x(self.meta["title"]), x(self.meta["reviewer"]), FIXED_ISO, FIXED_ISO))
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               '<Application>Microsoft Office Word</Application><TotalTime>0</TotalTime></Properties>\n')
        write_zip(path, [
            ("[Content_Types].xml", ctypes),
            ("_rels/.rels", rels),
            ("docProps/core.xml", core),
            ("docProps/app.xml", app),
            ("word/document.xml", doc),
            ("word/styles.xml", DOCX_STYLES),
            ("word/numbering.xml", DOCX_NUMBERING),
            ("word/settings.xml", settings),
            ("word/footnotes.xml", footnotes),
            ("word/comments.xml", comments),
            ("word/_rels/document.xml.rels", docrels),
        ])


# --------------------------------------------------------------------------- ODF (flat and zipped)
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')

ODF_STYLES = """<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="17pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0.42cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="14pt"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="12pt"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3" style:class="text"><style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>
<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Standard" style:class="list"/>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="9pt"/></style:style>
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>"""


class OdfBuilder:
    def __init__(self, meta):
        self.meta = meta
        self.changes = []  # (id, kind, deleted_text)
        self.notes = 0
        self.lists = []  # automatic list styles: (name, prefix)
        self.bullets = False
        self.tables = 0
        self.marks = 0

    def inline(self, text):
        out = []
        for kind, val in tokens(text):
            if kind == "t":
                out.append(x(val))
            elif kind == "ins":
                cid = "ct%d" % (len(self.changes) + 1)
                self.changes.append((cid, "insertion", None))
                out.append('<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>'
                           % (cid, x(val), cid))
            elif kind == "del":
                cid = "ct%d" % (len(self.changes) + 1)
                self.changes.append((cid, "deletion", val))
                out.append('<text:change text:change-id="%s"/>' % cid)
            elif kind == "fn":
                self.notes += 1
                out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
                           '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                           % (self.notes, self.notes, x(val)))
            elif kind == "cmt":
                out.append('<office:annotation><dc:creator>%s</dc:creator><dc:date>%s</dc:date>'
                           '<text:p>%s</text:p></office:annotation>'
                           % (x(self.meta["reviewer"]), CHANGE_DATE[:-1], x(val)))
            elif kind in ("pe", "bm"):
                self.marks += 1
                out.append('<text:bookmark text:name="_Ref%d"/>' % (480000 + self.marks))
        return "".join(out)

    def list_style(self, prefix):
        name = "LN%d" % (len(self.lists) + 1)
        self.lists.append((name, prefix))
        return name

    def table(self, rows):
        ncol = max(len(r) for r in rows)
        self.tables += 1
        out = ['<table:table table:name="Table%d" table:style-name="Tbl">' % self.tables,
               '<table:table-column table:number-columns-repeated="%d"/>' % ncol]
        for i, row in enumerate(rows):
            if i == 0:
                out.append("<table:table-header-rows>")
            out.append("<table:table-row>")
            for cell in row:
                out.append('<table:table-cell table:style-name="Cell" office:value-type="string">')
                for part in cell.split("\n"):
                    out.append('<text:p text:style-name="%s">%s</text:p>'
                               % ("Table_20_Heading" if i == 0 else "Table_20_Contents", self.inline(part)))
                out.append("</table:table-cell>")
            out.append("</table:table-row>")
            if i == 0:
                out.append("</table:table-header-rows>")
        out.append("</table:table>")
        return "".join(out)

    def body(self, blocks):
        out = []
        section = "0"
        i = 0
        while i < len(blocks):
            b = blocks[i]
            kind = b[0]
            if kind == "title":
                out.append('<text:p text:style-name="Title">%s</text:p>' % self.inline(b[1]))
            elif kind == "sub":
                out.append('<text:p text:style-name="P_Bold">%s</text:p>' % self.inline(b[1]))
            elif kind in ("h1", "h2", "h3"):
                lvl = int(kind[1])
                m = re.match(r"\s*(\d+)\.?\s", plain(b[1]))
                if m and lvl == 1:
                    section = m.group(1)
                out.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                           % (lvl, lvl, self.inline(b[1])))
            elif kind == "p":
                out.append('<text:p text:style-name="Text_20_body">%s</text:p>' % self.inline(b[1]))
            elif kind in ("n1", "n2", "li"):
                # gather a run of list items; n2 items nest under the preceding n1
                j = i
                items = []
                while j < len(blocks) and blocks[j][0] in ("n1", "n2", "li"):
                    items.append(blocks[j])
                    j += 1
                out.append(self.list_xml(items, section))
                i = j
                continue
            elif kind == "table":
                out.append(self.table(b[1]))
            else:
                raise ValueError("unknown block %r" % (kind,))
            i += 1
        return "".join(out)

    def list_xml(self, items, section):
        if items[0][0] == "li":
            self.bullets = True
            return ('<text:list text:style-name="LB">%s</text:list>'
                    % "".join('<text:list-item><text:p text:style-name="List_20_Paragraph">%s</text:p></text:list-item>'
                              % self.inline(it[1]) for it in items))
        name = self.list_style(section + ".")
        out = ['<text:list text:style-name="%s">' % name]
        k = 0
        while k < len(items):
            it = items[k]
            if it[0] == "n1":
                out.append('<text:list-item><text:p text:style-name="List_20_Paragraph">%s</text:p>' % self.inline(it[1]))
                k += 1
                if k < len(items) and items[k][0] == "n2":
                    out.append("<text:list>")
                    while k < len(items) and items[k][0] == "n2":
                        out.append('<text:list-item><text:p text:style-name="List_20_Paragraph">%s</text:p></text:list-item>'
                                   % self.inline(items[k][1]))
                        k += 1
                    out.append("</text:list>")
                out.append("</text:list-item>")
            else:
                raise ValueError("n2 without preceding n1")
        out.append("</text:list>")
        return "".join(out)

    def tracked(self):
        if not self.changes:
            return ""
        out = ["<text:tracked-changes>"]
        for cid, kind, val in self.changes:
            info = ('<office:change-info><dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info>'
                    % (x(self.meta["reviser"]), CHANGE_DATE[:-1]))
            if kind == "deletion":
                out.append('<text:changed-region text:id="%s"><text:deletion>%s<text:p>%s</text:p></text:deletion></text:changed-region>'
                           % (cid, info, x(val)))
            else:
                out.append('<text:changed-region text:id="%s"><text:insertion>%s</text:insertion></text:changed-region>'
                           % (cid, info))
        out.append("</text:tracked-changes>")
        return "".join(out)

    def auto_styles(self):
        out = ['<office:automatic-styles>',
               '<style:style style:name="P_Bold" style:family="paragraph" style:parent-style-name="Standard">'
               '<style:text-properties fo:font-weight="bold"/></style:style>',
               '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>',
               '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>']
        for name, prefix in self.lists:
            out.append('<text:list-style style:name="%s">'
                       '<text:list-level-style-number text:level="1" style:num-prefix="%s" style:num-suffix=" " style:num-format="1">'
                       '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                       '<style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-1cm" fo:margin-left="1cm"/>'
                       '</style:list-level-properties></text:list-level-style-number>'
                       '<text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="a">'
                       '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                       '<style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.8cm" fo:margin-left="1.8cm"/>'
                       '</style:list-level-properties></text:list-level-style-number></text:list-style>'
                       % (name, x(prefix)))
        if self.bullets:
            out.append('<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="&#8226;">'
                       '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                       '<style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.6cm" fo:margin-left="1.2cm"/>'
                       '</style:list-level-properties></text:list-level-style-bullet></text:list-style>')
        out.append("</office:automatic-styles>")
        return "".join(out)

    def office_text(self, blocks):
        body = self.body(blocks)
        return "<office:body><office:text>%s%s</office:text></office:body>" % (self.tracked(), body)

    def meta_xml(self, flat=False):
        inner = ('<office:meta><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
                 '<meta:creation-date>2025-01-01T00:00:00</meta:creation-date><dc:date>2025-01-01T00:00:00</dc:date>'
                 '</office:meta>' % (x(self.meta["title"]), x(self.meta["reviewer"])))
        if flat:
            return inner
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3">%s'
                '</office:document-meta>\n' % (ODF_NS, inner))

    def fodt(self, blocks):
        text = self.office_text(blocks)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
                'office:mimetype="application/vnd.oasis.opendocument.text">%s%s%s%s</office:document>\n'
                % (ODF_NS, self.meta_xml(flat=True), ODF_STYLES, self.auto_styles(), text))

    def build_odt(self, path, blocks):
        text = self.office_text(blocks)
        content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
                   '%s%s</office:document-content>\n' % (ODF_NS, self.auto_styles(), text))
        styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">'
                  '%s</office:document-styles>\n' % (ODF_NS, ODF_STYLES))
        manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                    '</manifest:manifest>\n')
        write_zip(path, [
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("META-INF/manifest.xml", manifest),
            ("content.xml", content),
            ("styles.xml", styles),
            ("meta.xml", self.meta_xml()),
        ], odf=True)


# --------------------------------------------------------------------------- HTML (for soffice import)

def html_inline(text):
    out = []
    for kind, val in tokens(text):
        if kind in ("t", "ins"):
            out.append(x(val))
        elif kind in ("del", "cmt", "fn", "pe", "bm"):
            raise ValueError("HTML sources support plain text only")
    return "".join(out)


def build_html(blocks, meta):
    out = ['<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>%s</title>'
           '<style>body{font-family:Arial} td,th{vertical-align:top;padding:4px}</style></head><body>' % x(meta["title"])]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        k = b[0]
        if k == "title":
            out.append('<p style="text-align:center;font-size:16pt"><b>%s</b></p>' % html_inline(b[1]))
        elif k == "sub":
            out.append("<p><b>%s</b></p>" % html_inline(b[1]))
        elif k in ("h1", "h2", "h3"):
            out.append("<%s>%s</%s>" % (k, html_inline(b[1]), k))
        elif k == "p":
            out.append("<p>%s</p>" % html_inline(b[1]))
        elif k in ("n2", "li"):
            tag = "ol" if k == "n2" else "ul"
            items = []
            while i < len(blocks) and blocks[i][0] == k:
                items.append("<li><p>%s</p></li>" % html_inline(blocks[i][1]))
                i += 1
            out.append('<%s%s>%s</%s>' % (tag, ' type="a"' if tag == "ol" else "", "".join(items), tag))
            continue
        elif k == "table":
            rows = b[1]
            t = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">']
            for r, row in enumerate(rows):
                cell = "th" if r == 0 else "td"
                t.append("<tr>" + "".join("<%s>%s</%s>" % (cell, "<br>".join(html_inline(p) for p in c.split("\n")), cell)
                                          for c in row) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
        else:
            raise ValueError("unknown block %r" % (k,))
        i += 1
    out.append("</body></html>\n")
    return "".join(out)


# --------------------------------------------------------------------------- soffice + normalisation

def soffice_convert(src, target, workdir):
    filt = {"docx": "docx:MS Word 2007 XML", "odt": "odt:writer8"}[target]
    profile = os.path.join(workdir, "lo-profile")
    outdir = os.path.join(workdir, "out")
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", "--headless", "--norestore", "--nologo",
           "-env:UserInstallation=file://" + profile]
    if src.endswith(".html"):
        # open HTML as a Writer text document (not Writer/Web), so the ODT is a plain text document
        cmd.append("--infilter=HTML (StarWriter)")
    cmd += ["--convert-to", filt, "--outdir", outdir, src]
    env = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8")
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    base = os.path.splitext(os.path.basename(src))[0]
    res = os.path.join(outdir, base + "." + target)
    if not os.path.exists(res):
        raise RuntimeError("soffice produced no output for %s" % src)
    with open(res, "rb") as f:
        payload = f.read()
    os.remove(res)
    return payload


def renumber(pattern, text, fmt):
    """Replace each distinct id matched by group 1 of pattern with a sequential one."""
    mapping = {}

    def sub(m):
        old = m.group(1)
        if old not in mapping:
            mapping[old] = fmt % (len(mapping) + 1)
        return m.group(0).replace(old, mapping[old])
    return re.sub(pattern, sub, text)


def normalise_docx(payload, title):
    zin = zipfile.ZipFile(__import__("io").BytesIO(payload))
    members = []
    names = zin.namelist()
    drop = [n for n in names if n.startswith("docProps/thumbnail") or n == "docProps/custom.xml"]
    for name in names:
        if name in drop:
            continue
        data_ = zin.read(name).decode("utf-8")
        if name == "docProps/core.xml":
            data_ = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\2" % FIXED_ISO, data_)
            data_ = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\2" % FIXED_ISO, data_)
            data_ = re.sub(r"<cp:revision>[^<]*</cp:revision>", "<cp:revision>1</cp:revision>", data_)
            data_ = re.sub(r"<dc:title>[^<]*</dc:title>", "", data_)
            data_ = data_.replace("</cp:coreProperties>", "<dc:title>%s</dc:title></cp:coreProperties>" % x(title))
        elif name == "docProps/app.xml":
            data_ = re.sub(r"<Application>[^<]*</Application>", "<Application>LibreOffice</Application>", data_)
            data_ = re.sub(r"<TotalTime>[^<]*</TotalTime>", "<TotalTime>0</TotalTime>", data_)
        elif name == "word/settings.xml":
            data_ = re.sub(r"<w:rsids>.*?</w:rsids>", "", data_, flags=re.S)
        elif name in ("[Content_Types].xml", "_rels/.rels"):
            data_ = re.sub(r'<Override PartName="/docProps/(thumbnail[^"]*|custom\.xml)"[^>]*/>', "", data_)
            data_ = re.sub(r'<Relationship [^>]*Target="docProps/(thumbnail[^"]*|custom\.xml)"[^>]*/>', "", data_)
        if name.startswith("word/") and name.endswith(".xml"):
            data_ = re.sub(r' w:rsid\w*="[0-9A-Fa-f]*"', "", data_)
            data_ = re.sub(r' w14:(paraId|textId)="[0-9A-Fa-f]*"', "", data_)
            data_ = re.sub(r'(<w:(?:ins|del|comment|rPrChange|pPrChange)\b[^>]*?) w:date="[^"]*"',
                           r'\1 w:date="%s"' % CHANGE_DATE, data_)
            if name == "word/document.xml":
                data_ = renumber(r'<w:(?:ins|del|rPrChange|pPrChange) w:id="(\d+)"', data_, "%d")
        members.append((name, data_.encode("utf-8")))
    order = {n: i for i, n in enumerate(["[Content_Types].xml", "_rels/.rels"])}
    members.sort(key=lambda m: (order.get(m[0], 9), m[0]))
    return members


def normalise_odt(payload, builder):
    zin = zipfile.ZipFile(__import__("io").BytesIO(payload))
    members = []
    for name in zin.namelist():
        if name.startswith("Thumbnails/") or name.startswith("Configurations2/") or name == "settings.xml":
            continue
        raw = zin.read(name)
        if name == "mimetype":
            members.append((name, raw))
            continue
        data_ = raw.decode("utf-8")
        if name == "meta.xml":
            data_ = builder.meta_xml()
        elif name == "META-INF/manifest.xml":
            data_ = re.sub(r'<manifest:file-entry manifest:full-path="(Thumbnails/[^"]*|Configurations2/[^"]*|settings\.xml)"[^>]*/>',
                           "", data_)
        elif name in ("content.xml", "styles.xml"):
            data_ = re.sub(r' officeooo:(?:rsid|paragraph-rsid)="[0-9a-fA-F]*"', "", data_)
            data_ = renumber(r'(?:text:id|xml:id|text:change-id)="(ct\d+)"', data_, "ct%d")
            data_ = re.sub(r"(<office:change-info>.*?<dc:date>)[^<]*(</dc:date>)", r"\g<1>%s\2" % CHANGE_DATE[:-1],
                           data_, flags=re.S)
            data_ = re.sub(r"(<office:annotation\b[^>]*>.*?<dc:date>)[^<]*(</dc:date>)", r"\g<1>%s\2" % CHANGE_DATE[:-1],
                           data_, flags=re.S)
            data_ = renumber(r'office:name="(__Annotation__[^"]*)"', data_, "__Annotation__%d")
        members.append((name, data_.encode("utf-8")))
    order = {"mimetype": 0, "META-INF/manifest.xml": 1}
    members.sort(key=lambda m: (order.get(m[0], 9), m[0]))
    return members


# --------------------------------------------------------------------------- expected files

def check_expected(c):
    lines = c["expected"].strip("\n").split("\n")
    if len(lines) != 22:
        raise SystemExit("%s: expected 22 verdict lines, got %d" % (c["id"], len(lines)))
    for rule, line in zip(RULES, lines):
        m = re.match(r"^(\S+) (pass|gap|weak)  # \S.*$", line)
        if not m or m.group(1) != rule:
            raise SystemExit("%s: bad verdict line for %s: %r" % (c["id"], rule, line))
    return "\n".join(lines) + "\n"


def build(c, tmp):
    name = "%s_%s.%s" % (c["id"], c["slug"], c["ext"])
    path = os.path.join(OUT, name)
    meta = {"title": c["title"], "reviewer": c.get("reviewer", "Contracts Team"),
            "initials": c.get("initials", "CT"), "reviser": c.get("reviser", "Legal Services")}
    build_kind = c["build"]
    if build_kind in ("txt", "md"):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(c["text"].strip("\n") + "\n")
    elif build_kind == "docx-hand":
        DocxBuilder(meta).build(path, c["blocks"], c.get("docx_mode", "styles"))
    elif build_kind == "odt-hand":
        OdfBuilder(meta).build_odt(path, c["blocks"])
    elif build_kind in ("html>docx", "html>odt", "fodt>docx", "fodt>odt"):
        src_kind, target = build_kind.split(">")
        work = os.path.join(tmp, c["id"])
        os.makedirs(work, exist_ok=True)
        src = os.path.join(work, "%s_%s.%s" % (c["id"], c["slug"], "html" if src_kind == "html" else "fodt"))
        ob = OdfBuilder(meta)
        with open(src, "w", encoding="utf-8") as f:
            f.write(build_html(c["blocks"], meta) if src_kind == "html" else ob.fodt(c["blocks"]))
        payload = soffice_convert(src, target, work)
        if target == "docx":
            write_zip(path, normalise_docx(payload, c["title"]))
        else:
            write_zip(path, normalise_odt(payload, ob), odf=True)
    else:
        raise SystemExit("unknown build %s" % build_kind)
    with open(os.path.join(OUT, "%s_%s.expected" % (c["id"], c["slug"])), "w", encoding="utf-8", newline="\n") as f:
        f.write(check_expected(c))
    return name


def contract_plain(c):
    if "text" in c:
        return c["text"]
    parts = []
    for b in c["blocks"]:
        if b[0] == "table":
            for row in b[1]:
                parts.append(" | ".join(plain(cell) for cell in row))
        else:
            parts.append(plain(b[1]))
    return "\n".join(parts)


def main():
    if shutil.which("soffice") is None:
        raise SystemExit("soffice not found: apt-get install -y libreoffice-writer-nogui")
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    counts = {r: {"pass": 0, "gap": 0, "weak": 0} for r in RULES}
    with tempfile.TemporaryDirectory(prefix="blind-set8-") as tmp:
        for c in data.CONTRACTS:
            name = build(c, tmp)
            for rule, line in zip(RULES, c["expected"].strip("\n").split("\n")):
                counts[rule][line.split()[1]] += 1
            words = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’\-]*", contract_plain(c)))
            with open(os.path.join(OUT, name), "rb") as f:
                digest = hashlib.sha256(f.read()).hexdigest()[:12]
            print("%-52s %-10s %5d words  %s" % (name, c["build"], words, digest))
    print("\n%-7s %4s %4s %4s" % ("rule", "pass", "gap", "weak"))
    for r in RULES:
        print("%-7s %4d %4d %4d" % (r, counts[r]["pass"], counts[r]["gap"], counts[r]["weak"]))


if __name__ == "__main__":
    main()
