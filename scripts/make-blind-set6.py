#!/usr/bin/env python3
"""Render blind evaluation set 6 into fixtures/blind/set6/ (deleted and rebuilt).

Run from the repository root:  python3 scripts/make-blind-set6.py

Deterministic: hand-written OOXML/ODF zips use fixed timestamps and entry order,
with an uncompressed 'mimetype' first in ODT. Two documents (one DOCX, one ODT)
are produced by /usr/bin/soffice (private profile /tmp/set6-lo-profile) and then
scrubbed of volatile metadata (dates, generator, rsids, thumbnails) and re-zipped.
Data lives in scripts/blind_set6_contracts.py.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blind_set6_contracts as data  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set6")
SOFFICE = "/usr/bin/soffice"
PROFILE = "file:///tmp/set6-lo-profile"
ZIP_DATE = (2025, 1, 1, 0, 0, 0)
AUTHOR = "Contracts Team"
CHANGE_DATE = "2025-02-10T09:30:00Z"
SPLIT = "\u00a6"  # run-split marker in the DSL


# ---------------------------------------------------------------------------
# DSL parsing
# ---------------------------------------------------------------------------
def parse_inline(s):
    """Return a list of segments: (kind, ...)."""
    segs = []
    pos = 0
    for m in re.finditer(r"\[\[(del|ins|com|fn|bm):(.*?)\]\]", s):
        if m.start() > pos:
            segs.append(("t", s[pos:m.start()]))
        kind, body = m.group(1), m.group(2)
        if kind == "com":
            anchor, comment = body.split("||", 1)
            segs.append(("com", anchor, comment))
        elif kind == "bm":
            name, text = body.split("|", 1)
            segs.append(("bm", name, text))
        else:
            segs.append((kind, body))
        pos = m.end()
    if pos < len(s):
        segs.append(("t", s[pos:]))
    return segs


def parse_dsl(text):
    blocks = []
    lines = text.rstrip("\n").split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("BOX:"):
            box = []
            i += 1
            while lines[i] != "ENDBOX":
                box.append(parse_inline(lines[i]))
                i += 1
            blocks.append(("box", box))
        elif ln.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                rows.append([parse_inline(c) for c in cells])
                i += 1
            blocks.append(("table", rows))
            continue
        elif ln.startswith("### "):
            blocks.append(("h", 3, parse_inline(ln[4:])))
        elif ln.startswith("## "):
            blocks.append(("h", 2, parse_inline(ln[3:])))
        elif ln.startswith("# "):
            blocks.append(("title", parse_inline(ln[2:])))
        elif ln.startswith("N1: "):
            blocks.append(("n", 1, parse_inline(ln[4:])))
        elif ln.startswith("N2: "):
            blocks.append(("n", 2, parse_inline(ln[4:])))
        elif ln.startswith("- "):
            blocks.append(("li", parse_inline(ln[2:])))
        elif ln.strip():
            blocks.append(("p", parse_inline(ln)))
        i += 1
    return blocks


def plain(segs, keep_deleted=False):
    out = []
    for s in segs:
        if s[0] in ("t", "ins"):
            out.append(s[1])
        elif s[0] == "del" and keep_deleted:
            out.append(s[1])
        elif s[0] in ("com", "bm"):
            out.append(s[2] if s[0] == "bm" else s[1])
    return "".join(out).replace(SPLIT, "")


# ---------------------------------------------------------------------------
# Deterministic zip
# ---------------------------------------------------------------------------
def write_zip(path, entries):
    """entries: list of (name, bytes); 'mimetype' (if present) is stored first."""
    entries = sorted(entries, key=lambda e: 0 if e[0] == "mimetype" else 1)
    with zipfile.ZipFile(path, "w") as z:
        for name, payload in entries:
            if isinstance(payload, str):
                payload = payload.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.create_system = 3
            zi.external_attr = 0o100644 << 16
            if name == "mimetype" or name.endswith("/"):
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, payload)


# ---------------------------------------------------------------------------
# DOCX writer
# ---------------------------------------------------------------------------
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _t(text, tag="w:t"):
    return '<%s xml:space="preserve">%s</%s>' % (tag, escape(text), tag)


class Docx:
    def __init__(self):
        self.change_id = 100
        self.comments = []
        self.footnotes = []
        self.bm_id = 0
        self.uses_numbering = False

    def nid(self):
        self.change_id += 1
        return self.change_id

    def runs(self, text, tag="w:t"):
        """Split at SPLIT markers into separate runs; a doubled marker wraps the
        next fragment in a proofing-error (spelling) mark."""
        out = []
        parts = re.split("(%s%s?)" % (SPLIT, SPLIT), text)
        proof = False
        for p in parts:
            if p == SPLIT:
                continue
            if p == SPLIT * 2:
                proof = True
                continue
            if not p:
                continue
            r = "<w:r>%s</w:r>" % _t(p, tag)
            if proof:
                r = '<w:proofErr w:type="spellStart"/>%s<w:proofErr w:type="spellEnd"/>' % r
                proof = False
            out.append(r)
        return "".join(out)

    def inline(self, segs):
        x = []
        for s in segs:
            k = s[0]
            if k == "t":
                x.append(self.runs(s[1]))
            elif k == "del":
                x.append('<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>'
                         % (self.nid(), AUTHOR, CHANGE_DATE, self.runs(s[1], "w:delText")))
            elif k == "ins":
                x.append('<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>'
                         % (self.nid(), AUTHOR, CHANGE_DATE, self.runs(s[1])))
            elif k == "com":
                cid = len(self.comments)
                self.comments.append(s[2])
                x.append('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                         '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                         '<w:commentReference w:id="%d"/></w:r>' % (cid, self.runs(s[1]), cid, cid))
            elif k == "fn":
                fid = len(self.footnotes) + 1
                self.footnotes.append(s[1])
                x.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                         '<w:footnoteReference w:id="%d"/></w:r>' % fid)
            elif k == "bm":
                self.bm_id += 1
                x.append('<w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/>'
                         % (self.bm_id, escape(s[1]), self.runs(s[2]), self.bm_id))
        return "".join(x)

    def para(self, segs, style=None, num=None):
        ppr = ""
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % num
        if len(segs) == 1 and segs[0][0] == "del":
            ppr += ('<w:rPr><w:del w:id="%d" w:author="%s" w:date="%s"/></w:rPr>'
                    % (self.nid(), AUTHOR, CHANGE_DATE))
        return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", self.inline(segs))

    def table(self, rows, widths=None):
        ncol = max(len(r) for r in rows)
        total = 9000
        widths = widths or [total // ncol] * ncol
        b = ('<w:tblBorders>' + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % e
                                        for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
             + '</w:tblBorders>')
        x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/>%s'
             '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>' % (total, b)]
        x += ['<w:gridCol w:w="%d"/>' % w for w in widths]
        x.append("</w:tblGrid>")
        for r in rows:
            x.append("<w:tr>")
            for ci, cell in enumerate(r):
                paras = cell if isinstance(cell, list) and cell and isinstance(cell[0], list) else [cell]
                x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                         % (widths[ci], "".join(self.para(p) for p in paras)))
            x.append("</w:tr>")
        x.append("</w:tbl>")
        return "".join(x)

    def body(self, blocks):
        x = []
        for b in blocks:
            k = b[0]
            if k == "title":
                x.append(self.para(b[1], "Title"))
            elif k == "h":
                x.append(self.para(b[2], "Heading%d" % (b[1] - 1)))
            elif k == "p":
                x.append(self.para(b[1]))
            elif k == "n":
                self.uses_numbering = True
                if b[1] == 1:
                    x.append(self.para(b[2], "Heading1", (0, 1)))
                else:
                    x.append(self.para(b[2], "ClauseText", (1, 1)))
            elif k == "li":
                self.uses_numbering = True
                x.append(self.para(b[1], "ListParagraph", (0, 2)))
            elif k == "table":
                widths = None
                if len(b[1][0]) == 2:
                    widths = [2000, 7000]
                x.append(self.table(b[1], widths))
                x.append("<w:p/>")
            elif k == "box":
                x.append(self.table([[b[1]]], [9000]))
                x.append("<w:p/>")
        return "".join(x)

    def build(self, blocks, title):
        body = self.body(blocks)
        doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
               '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
               'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
               '</w:body></w:document>' % (W_NS, body))
        files = [("[Content_Types].xml", None), ("_rels/.rels", DOCX_RELS),
                 ("docProps/core.xml", DOCX_CORE % escape(title)), ("docProps/app.xml", DOCX_APP),
                 ("word/document.xml", doc), ("word/styles.xml", DOCX_STYLES),
                 ("word/settings.xml", DOCX_SETTINGS)]
        rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/styles" Target="styles.xml"/>',
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/settings" Target="settings.xml"/>']
        ctypes = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.wordprocessingml.document.main+xml"/>',
                  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.wordprocessingml.styles+xml"/>',
                  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.wordprocessingml.settings+xml"/>',
                  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
                  'package.core-properties+xml"/>',
                  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.extended-properties+xml"/>']
        if self.uses_numbering:
            files.append(("word/numbering.xml", DOCX_NUMBERING))
            rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/'
                        '2006/relationships/numbering" Target="numbering.xml"/>')
            ctypes.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.'
                          'openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
        if self.comments:
            cx = "".join('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="JH"><w:p><w:pPr>'
                         '<w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle '
                         'w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>%s</w:p></w:comment>'
                         % (i, AUTHOR, CHANGE_DATE, "<w:r>%s</w:r>" % _t(c))
                         for i, c in enumerate(self.comments))
            files.append(("word/comments.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                          '<w:comments %s>%s</w:comments>' % (W_NS, cx)))
            rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/'
                        '2006/relationships/comments" Target="comments.xml"/>')
            ctypes.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.'
                          'openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        if self.footnotes:
            fx = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                  '</w:r></w:p></w:footnote>')
            fx += "".join('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                          '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                          '<w:r>%s</w:r></w:p></w:footnote>' % (i + 1, _t(" " + f))
                          for i, f in enumerate(self.footnotes))
            files.append(("word/footnotes.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                          '<w:footnotes %s>%s</w:footnotes>' % (W_NS, fx)))
            rels.append('<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/'
                        '2006/relationships/footnotes" Target="footnotes.xml"/>')
            ctypes.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.'
                          'openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
        files.append(("word/_rels/document.xml.rels",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
                      '"http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
                      % "".join(rels)))
        files[0] = ("[Content_Types].xml",
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
                    'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType='
                    '"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                    'ContentType="application/xml"/>%s</Types>' % "".join(ctypes))
        return files


DOCX_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
             'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
             'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
             'metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://'
             'schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" '
             'Target="docProps/app.xml"/></Relationships>')
DOCX_CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://'
             'schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/'
             'elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/'
             'XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>Contracts Team</dc:creator>'
             '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created>'
             '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified>'
             '</cp:coreProperties>')
DOCX_APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.'
            'openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word'
            '</Application></Properties>')
DOCX_SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s>'
                 '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
                 '</w:settings>' % W_NS)


def _style(sid, name, kind="paragraph", ppr="", rpr="", based="Normal", extra=""):
    return ('<w:style w:type="%s" w:styleId="%s"><w:name w:val="%s"/>%s%s%s%s</w:style>'
            % (kind, sid, name, '<w:basedOn w:val="%s"/>' % based if based else "", extra,
               "<w:pPr>%s</w:pPr>" % ppr if ppr else "", "<w:rPr>%s</w:rPr>" % rpr if rpr else ""))


DOCX_STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s><w:docDefaults>'
               '<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/>'
               '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/>'
               '</w:pPr></w:pPrDefault></w:docDefaults>' % W_NS
               + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
               + _style("Title", "Title", rpr='<w:b/><w:sz w:val="32"/>')
               + _style("Heading1", "heading 1", ppr='<w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/>',
                        rpr='<w:b/><w:sz w:val="26"/>', extra='<w:next w:val="Normal"/><w:qFormat/>')
               + _style("Heading2", "heading 2", ppr='<w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="1"/>',
                        rpr='<w:b/><w:sz w:val="24"/>', extra='<w:next w:val="Normal"/><w:qFormat/>')
               + _style("Heading3", "heading 3", ppr='<w:keepNext/><w:outlineLvl w:val="2"/>',
                        rpr='<w:b/>', extra='<w:next w:val="Normal"/><w:qFormat/>')
               + _style("ClauseText", "Clause Text", ppr='<w:ind w:left="720" w:hanging="720"/>')
               + _style("ListParagraph", "List Paragraph", ppr='<w:ind w:left="720"/>')
               + _style("CommentText", "annotation text", rpr='<w:sz w:val="20"/>')
               + _style("FootnoteText", "footnote text", rpr='<w:sz w:val="18"/>')
               + _style("CommentReference", "annotation reference", kind="character", based=None,
                        rpr='<w:sz w:val="16"/>')
               + _style("FootnoteReference", "footnote reference", kind="character", based=None,
                        rpr='<w:vertAlign w:val="superscript"/>')
               + _style("TableGrid", "Table Grid", kind="table", based=None)
               + '</w:styles>')

DOCX_NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>'
                  '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
                  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
                  '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/>'
                  '</w:pPr></w:lvl>'
                  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2"/>'
                  '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>'
                  '</w:abstractNum>'
                  '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>'
                  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%%1)"/>'
                  '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1080" w:hanging="360"/></w:pPr></w:lvl>'
                  '</w:abstractNum>'
                  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                  '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>' % W_NS)


# ---------------------------------------------------------------------------
# ODT writer
# ---------------------------------------------------------------------------
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')


class Odt:
    def __init__(self):
        self.changes = []  # (id, kind, text)
        self.n_ann = 0
        self.n_fn = 0
        self.n_tab = 0

    def spans(self, text):
        parts = re.split("(%s%s?)" % (SPLIT, SPLIT), text)
        out = []
        style = "T1"
        first = True
        for p in parts:
            if p in (SPLIT, SPLIT * 2):
                style = "T2" if p == SPLIT * 2 else "T1"
                first = False
                continue
            if not p:
                continue
            if first:
                out.append(self.txt(p))
            else:
                out.append('<text:span text:style-name="%s">%s</text:span>' % (style, self.txt(p)))
        return "".join(out)

    @staticmethod
    def txt(s):
        # collapse runs of spaces the ODF way
        return re.sub(r"  +", lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), escape(s))

    def inline(self, segs):
        x = []
        for s in segs:
            k = s[0]
            if k == "t":
                x.append(self.spans(s[1]))
            elif k == "del":
                cid = "ct%d" % (len(self.changes) + 1)
                self.changes.append((cid, "deletion", s[1]))
                x.append('<text:change text:change-id="%s"/>' % cid)
            elif k == "ins":
                cid = "ct%d" % (len(self.changes) + 1)
                self.changes.append((cid, "insertion", s[1]))
                x.append('<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>'
                         % (cid, self.spans(s[1]), cid))
            elif k == "com":
                self.n_ann += 1
                name = "__Annotation__%d" % self.n_ann
                x.append('<office:annotation office:name="%s"><dc:creator>%s</dc:creator><dc:date>%s</dc:date>'
                         '<text:p text:style-name="Comment">%s</text:p></office:annotation>%s'
                         '<office:annotation-end office:name="%s"/>'
                         % (name, AUTHOR, CHANGE_DATE[:-1], escape(s[2]), self.spans(s[1]), name))
            elif k == "fn":
                self.n_fn += 1
                x.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d'
                         '</text:note-citation><text:note-body><text:p text:style-name="Footnote">%s</text:p>'
                         '</text:note-body></text:note>' % (self.n_fn, self.n_fn, escape(s[1])))
            elif k == "bm":
                x.append('<text:bookmark-start text:name="%s"/>%s<text:bookmark-end text:name="%s"/>'
                         % (escape(s[1]), self.spans(s[2]), escape(s[1])))
        return "".join(x)

    def table(self, rows, ncol=None):
        self.n_tab += 1
        ncol = ncol or max(len(r) for r in rows)
        x = ['<table:table table:name="Table%d" table:style-name="Tbl"><table:table-column '
             'table:number-columns-repeated="%d"/>' % (self.n_tab, ncol)]
        for r in rows:
            x.append("<table:table-row>")
            for cell in r:
                paras = cell if cell and isinstance(cell[0], list) else [cell]
                x.append('<table:table-cell table:style-name="Cell" office:value-type="string">%s'
                         '</table:table-cell>' % "".join(
                             '<text:p text:style-name="Table_20_Contents">%s</text:p>' % self.inline(p)
                             for p in paras))
            x.append("</table:table-row>")
        x.append("</table:table>")
        return "".join(x)

    def body(self, blocks):
        x = []
        in_list = False
        for b in blocks:
            k = b[0]
            if k != "li" and in_list:
                x.append("</text:list>")
                in_list = False
            if k == "title":
                x.append('<text:p text:style-name="Title">%s</text:p>' % self.inline(b[1]))
            elif k == "h":
                lvl = b[1] - 1
                x.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                         % (lvl, lvl, self.inline(b[2])))
            elif k == "n":
                x.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                         % (b[1], b[1], self.inline(b[2])))
            elif k == "p":
                x.append('<text:p text:style-name="Text_20_body">%s</text:p>' % self.inline(b[1]))
            elif k == "li":
                if not in_list:
                    x.append('<text:list text:style-name="L1">')
                    in_list = True
                x.append('<text:list-item><text:p text:style-name="Text_20_body">%s</text:p></text:list-item>'
                         % self.inline(b[1]))
            elif k == "table":
                x.append(self.table(b[1]))
            elif k == "box":
                x.append(self.table([[b[1]]], 1))
        if in_list:
            x.append("</text:list>")
        return "".join(x)

    def build(self, blocks, title):
        body = self.body(blocks)
        tc = ""
        if self.changes:
            regions = []
            for cid, kind, text in self.changes:
                info = ('<office:change-info><dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info>'
                        % (AUTHOR, CHANGE_DATE[:-1]))
                if kind == "deletion":
                    regions.append('<text:changed-region text:id="%s"><text:deletion>%s<text:p>%s</text:p>'
                                   '</text:deletion></text:changed-region>' % (cid, info, escape(text)))
                else:
                    regions.append('<text:changed-region text:id="%s"><text:insertion>%s</text:insertion>'
                                   '</text:changed-region>' % (cid, info))
            tc = '<text:tracked-changes text:track-changes="false">%s</text:tracked-changes>' % "".join(regions)
        content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
                   '<office:font-face-decls><style:font-face style:name="Liberation Sans" '
                   'svg:font-family="\'Liberation Sans\'"/></office:font-face-decls>'
                   '<office:automatic-styles>'
                   '<style:style style:name="T1" style:family="text"/>'
                   '<style:style style:name="T2" style:family="text"><style:text-properties '
                   'fo:language="zxx" fo:country="none"/></style:style>'
                   '<style:style style:name="Tbl" style:family="table"><style:table-properties '
                   'style:width="16cm" table:align="left"/></style:style>'
                   '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
                   'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
                   '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
                   'style:num-prefix="(" style:num-suffix=")" style:num-format="a"><style:list-level-properties '
                   'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
                   'text:label-followed-by="listtab" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>'
                   '</style:list-level-properties></text:list-level-style-number></text:list-style>'
                   '</office:automatic-styles><office:body><office:text>%s%s</office:text></office:body>'
                   '</office:document-content>' % (ODF_NS, tc, body))
        meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3">'
                '<office:meta><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
                '<meta:creation-date>2025-01-01T00:00:00</meta:creation-date></office:meta>'
                '</office:document-meta>' % (ODF_NS, escape(title), AUTHOR))
        manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:'
                    'tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type='
                    '"application/vnd.oasis.opendocument.text"/>'
                    + "".join('<manifest:file-entry manifest:full-path="%s" manifest:media-type="text/xml"/>' % f
                              for f in ("content.xml", "styles.xml", "meta.xml"))
                    + '</manifest:manifest>')
        return [("mimetype", "application/vnd.oasis.opendocument.text"),
                ("META-INF/manifest.xml", manifest), ("meta.xml", meta),
                ("styles.xml", ODT_STYLES), ("content.xml", content)]


def _ostyle(name, display, parent="Standard", pprops="", tprops="", extra=""):
    return ('<style:style style:name="%s" style:display-name="%s" style:family="paragraph" '
            'style:parent-style-name="%s"%s>%s%s</style:style>'
            % (name, display, parent, extra,
               "<style:paragraph-properties %s/>" % pprops if pprops else "",
               "<style:text-properties %s/>" % tprops if tprops else ""))


ODT_STYLES = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">'
              '<office:font-face-decls><style:font-face style:name="Liberation Sans" '
              'svg:font-family="\'Liberation Sans\'"/></office:font-face-decls><office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" '
              'fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>' % ODF_NS
              + _ostyle("Text_20_body", "Text body", pprops='fo:margin-bottom="0.2cm"')
              + _ostyle("Title", "Title", tprops='fo:font-size="16pt" fo:font-weight="bold"')
              + _ostyle("Heading", "Heading", tprops='fo:font-weight="bold"', pprops='fo:keep-with-next="always"')
              + _ostyle("Heading_20_1", "Heading 1", "Heading", tprops='fo:font-size="13pt" fo:font-weight="bold"',
                        extra=' style:default-outline-level="1"')
              + _ostyle("Heading_20_2", "Heading 2", "Heading", tprops='fo:font-size="12pt" fo:font-weight="bold"',
                        extra=' style:default-outline-level="2"')
              + _ostyle("Footnote", "Footnote", tprops='fo:font-size="9pt"')
              + _ostyle("Comment", "Comment", tprops='fo:font-size="9pt"')
              + _ostyle("Table_20_Contents", "Table Contents")
              + '<text:outline-style style:name="Outline">'
              + "".join('<text:outline-level-style text:level="%d" style:num-format=""/>' % i for i in range(1, 11))
              + '</text:outline-style>'
              '<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" '
              'text:footnotes-position="page" text:start-numbering-at="document"/>'
              '</office:styles></office:document-styles>')


# ---------------------------------------------------------------------------
# HTML / RTF sources for soffice conversion, and scrubbing
# ---------------------------------------------------------------------------
def to_html(blocks, title):
    x = ['<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>%s</title></head><body>'
         % escape(title)]
    for b in blocks:
        k = b[0]
        if k == "title":
            x.append("<h1>%s</h1>" % escape(plain(b[1])))
        elif k == "h":
            x.append("<h%d>%s</h%d>" % (b[1], escape(plain(b[2])), b[1]))
        elif k in ("p", "li", "n"):
            x.append("<p>%s</p>" % escape(plain(b[-1])))
        elif k == "table":
            x.append('<table border="1" cellpadding="4">')
            for i, r in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                x.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, escape(plain(c)), tag) for c in r))
            x.append("</table>")
    x.append("</body></html>\n")
    return "\n".join(x)


def rtf_escape(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append("\\u%d?" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def to_rtf(blocks, title):
    x = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}",
         "{\\stylesheet{\\s0\\f0\\fs22 Normal;}{\\s1\\outlinelevel0\\keepn\\b\\f0\\fs28\\sbasedon0\\snext0 heading 1;}"
         "{\\s2\\outlinelevel1\\keepn\\b\\f0\\fs24\\sbasedon0\\snext0 heading 2;}"
         "{\\s15\\qc\\b\\f0\\fs32\\sbasedon0\\snext0 Title;}}",
         "{\\info{\\title %s}}" % rtf_escape(title), "\\paperw11906\\paperh16838\\margl1440\\margr1440"]
    for b in blocks:
        k = b[0]
        if k == "title":
            x.append("{\\pard\\s15\\qc\\b\\f0\\fs32 %s\\par}" % rtf_escape(plain(b[1])))
        elif k == "h":
            lvl = b[1] - 1
            x.append("{\\pard\\s%d\\outlinelevel%d\\keepn\\sb240\\sa120\\b\\f0\\fs%d %s\\par}"
                     % (lvl, lvl - 1, 28 if lvl == 1 else 24, rtf_escape(plain(b[2]))))
        else:
            x.append("{\\pard\\s0\\sa120\\f0\\fs22 %s\\par}" % rtf_escape(plain(b[-1])))
    x.append("}")
    return "\n".join(x) + "\n"


def soffice_convert(src, target, outdir):
    cmd = [SOFFICE, "-env:UserInstallation=" + PROFILE, "--headless"]
    if src.endswith(".html"):
        cmd += ["--infilter=HTML (StarWriter)"]
    cmd += ["--convert-to", target, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def scrub_docx(path, title):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, b in items:
        if name.endswith(".xml") or name.endswith(".rels"):
            s = b.decode("utf-8")
            s = re.sub(r'\s+w:rsid\w*="[^"]*"', "", s)
            s = re.sub(r"<w:rsids>.*?</w:rsids>", "", s, flags=re.S)
            s = re.sub(r'\s+w14:(paraId|textId)="[^"]*"', "", s)
            s = re.sub(r'(w:date=")[^"]*(")', r"\g<1>%s\g<2>" % CHANGE_DATE, s)
            if name == "docProps/core.xml":
                s = re.sub(r"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", "", s)
                s = re.sub(r"<cp:revision>[^<]*</cp:revision>", "", s)
                s = re.sub(r"<dc:title>[^<]*</dc:title>", "<dc:title>%s</dc:title>" % escape(title), s)
            if name == "docProps/app.xml":
                s = re.sub(r"<Application>[^<]*</Application>", "<Application>LibreOffice</Application>", s)
                s = re.sub(r"<AppVersion>[^<]*</AppVersion>", "", s)
                s = re.sub(r"<TotalTime>[^<]*</TotalTime>", "", s)
            b = s.encode("utf-8")
        out.append((name, b))
    write_zip(path, out)


def scrub_odt(path, title):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, b in items:
        if name.startswith("Thumbnails/") or name.startswith("Configurations2/"):
            continue
        if name.endswith(".xml") or name.endswith(".rdf"):
            s = b.decode("utf-8")
            s = re.sub(r'\s+officeooo:(paragraph-)?rsid="[^"]*"', "", s)
            if name == "META-INF/manifest.xml":
                s = re.sub(r'<manifest:file-entry manifest:full-path="(Thumbnails|Configurations2)/[^>]*/>', "", s)
            if name == "settings.xml":
                s = re.sub(r'<config:config-item config:name="(Rsid|RsidRoot)"[^>]*>[^<]*</config:config-item>',
                           "", s)
            if name == "meta.xml":
                s = re.sub(r"<meta:generator>[^<]*</meta:generator>", "<meta:generator>LibreOffice</meta:generator>", s)
                s = re.sub(r"<meta:(creation-date|editing-duration|editing-cycles|print-date)>[^<]*</meta:\1>", "", s)
                s = re.sub(r"<dc:date>[^<]*</dc:date>", "", s)
                s = re.sub(r"<dc:title>[^<]*</dc:title>", "", s)
                s = s.replace("<office:meta>", "<office:meta><dc:title>%s</dc:title>" % escape(title), 1)
            b = s.encode("utf-8")
        out.append((name, b))
    write_zip(path, out)


# ---------------------------------------------------------------------------
def title_of(c):
    for ln in c["text"].split("\n"):
        ln = ln.strip().lstrip("#").strip()
        if ln:
            return ln
    return c["name"]


def main():
    if not os.path.isdir("fixtures") or not os.path.isdir("scripts"):
        sys.exit("run from the repository root")
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="set6-build-")
    try:
        for c in data.CONTRACTS:
            base = "%s_%s" % (c["id"], c["name"])
            target = os.path.join(OUT, "%s.%s" % (base, c["fmt"]))
            title = title_of(c)
            if c["fmt"] in ("txt", "md"):
                with open(target, "w", encoding="utf-8", newline="\n") as f:
                    f.write(c["text"])
            else:
                blocks = parse_dsl(c["text"])
                if c["build"] == "hand":
                    files = (Docx() if c["fmt"] == "docx" else Odt()).build(blocks, title)
                    write_zip(target, files)
                else:
                    if c["fmt"] == "docx":
                        src = os.path.join(tmp, base + ".html")
                        with open(src, "w", encoding="utf-8") as f:
                            f.write(to_html(blocks, title))
                        soffice_convert(src, "docx:MS Word 2007 XML", tmp)
                    else:
                        src = os.path.join(tmp, base + ".rtf")
                        with open(src, "w", encoding="ascii") as f:
                            f.write(to_rtf(blocks, title))
                        soffice_convert(src, "odt:writer8", tmp)
                    produced = os.path.join(tmp, "%s.%s" % (base, c["fmt"]))
                    shutil.move(produced, target)
                    (scrub_docx if c["fmt"] == "docx" else scrub_odt)(target, title)
            with open(os.path.join(OUT, base + ".expected"), "w", encoding="utf-8", newline="\n") as f:
                for rule in data.RULES:
                    verdict, reason = c["expected"][rule]
                    assert verdict in ("pass", "gap", "weak"), (c["id"], rule, verdict)
                    f.write("%s %s  # %s\n" % (rule, verdict, reason))
            print("wrote", target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
