#!/usr/bin/env python3
"""Blind hold-out set #2 for probity: 16 whole contracts + .expected verdicts.

Deterministic: stdlib only, plus /usr/bin/soffice for the 3 converted files
(c04, c10 from .fodt; c11 from .html). All zips are rewritten with a fixed
timestamp and volatile metadata stripped.
Usage: python3 scripts/make-blind-set2.py   (writes fixtures/blind/set2/)
"""
import os, re, io, sys, shutil, zipfile, subprocess, tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "fixtures", "blind", "set2")
FIXED = (2024, 1, 1, 0, 0, 0)
DATE = "2024-05-01T09:00:00Z"
RULES = ["ES-01","ES-02","ES-03","ES-04","ES-05","ES-06","ES-07","ES-08","ES-09","ES-10",
         "COI-01","COI-02","COI-03","COI-04","COI-05","COI-06",
         "CDM-01","CDM-02","CDM-03","CDM-04","CDM-05","CDM-06"]

# ---------------------------------------------------------------- block model
# Line syntax (one block per line):
#  T: title | # H1 | ## H2 | * list item | |a|b| table row | TOC: text|page
#  N1: auto-numbered heading (docx numPr) | N2: auto-numbered clause
#  otherwise a paragraph.
# Inline: {del:..} tracked deletion, {ins:..} tracked insertion,
#  {cm:anchor|comment} comment, {fn:..} footnote, '¦' run split, {bm} bookmark.
INLINE = re.compile(r"\{(del|ins|cm|fn):(.*?)\}|(¦)|(\{bm\})")

def parse(src):
    blocks = []
    for raw in src.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("T: "): blocks.append(("title", line[3:]))
        elif line.startswith("## "): blocks.append(("h2", line[3:]))
        elif line.startswith("# "): blocks.append(("h1", line[2:]))
        elif line.startswith("* "):
            if blocks and blocks[-1][0] == "list": blocks[-1][1].append(line[2:])
            else: blocks.append(("list", [line[2:]]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if blocks and blocks[-1][0] == "table": blocks[-1][1].append(cells)
            else: blocks.append(("table", [cells]))
        elif line.startswith("TOC: "):
            t, p = line[5:].rsplit("|", 1); blocks.append(("toc", (t, p)))
        elif line.startswith("N1: "): blocks.append(("n1", line[4:]))
        elif line.startswith("N2: "): blocks.append(("n2", line[4:]))
        else: blocks.append(("p", line))
    return blocks

def tokens(s):
    pos = 0
    for m in INLINE.finditer(s):
        if m.start() > pos: yield ("text", s[pos:m.start()])
        if m.group(1): yield (m.group(1), m.group(2))
        elif m.group(3): yield ("split", None)
        else: yield ("bm", None)
        pos = m.end()
    if pos < len(s): yield ("text", s[pos:])

def plain(s):
    """Contract text as a reader sees it: deletions and comments dropped."""
    out = []
    for k, v in tokens(s):
        if k in ("text", "ins"): out.append(v)
        elif k == "cm": out.append(v.split("|", 1)[0])
    return "".join(out)

# ---------------------------------------------------------------- txt / md
def render_txt(blocks):
    out, n1, n2, prev = [], 0, 0, None
    for kind, v in blocks:
        if prev == "toc" and kind != "toc": out.append("")
        prev = kind
        if kind == "title": out += [plain(v).upper(), ""]
        elif kind == "h1": out += [plain(v).upper(), ""]
        elif kind == "h2": out += [plain(v), ""]
        elif kind == "toc": out.append(f"{v[0]} {'.'*max(3,60-len(v[0]))} {v[1]}")
        elif kind == "list": out += ["    " + plain(i) for i in v] + [""]
        elif kind == "table":
            for r in v: out.append("  " + " | ".join(plain(c) for c in r))
            out.append("")
        elif kind == "n1": n1 += 1; n2 = 0; out += [f"{n1}. {plain(v).upper()}", ""]
        elif kind == "n2": n2 += 1; out += [f"{n1}.{n2} {plain(v)}", ""]
        else: out += [plain(v), ""]
    txt = "\n".join(out)
    txt = re.sub(r"\n{3,}", "\n\n", txt)
    return txt.strip() + "\n"

def render_md(blocks):
    out = []
    for kind, v in blocks:
        if kind == "title": out += ["# " + plain(v), ""]
        elif kind == "h1": out += ["## " + plain(v), ""]
        elif kind == "h2": out += ["### " + plain(v), ""]
        elif kind == "list": out += ["- " + plain(i) for i in v] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(plain(c) for c in v[0]) + " |")
            out.append("|" + "---|" * len(v[0]))
            for r in v[1:]: out.append("| " + " | ".join(plain(c) for c in r) + " |")
            out.append("")
        elif kind == "toc": out.append(f"- {v[0]} ... {v[1]}")
        else: out += [plain(v), ""]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"

# ---------------------------------------------------------------- zip writer
def write_zip(path, entries):
    """entries: list of (name, bytes). mimetype (if present) stored first."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)

# ---------------------------------------------------------------- DOCX
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

class Docx:
    def __init__(self, author="Contracts Team"):
        self.author = author; self.cid = 0; self.fid = 0; self.rid = 100; self.bid = 0
        self.comments = []; self.footnotes = []; self.uses_num = False

    def t(self, s):
        return f'<w:t xml:space="preserve">{escape(s)}</w:t>'

    def runs(self, s, rpr=""):
        x = []
        for k, v in tokens(s):
            if k == "text": x.append(f"<w:r>{rpr}{self.t(v)}</w:r>")
            elif k == "split": x.append('<w:proofErr w:type="spellStart"/><w:proofErr w:type="spellEnd"/>')
            elif k == "bm":
                self.bid += 1
                x.append(f'<w:bookmarkStart w:id="{self.bid}" w:name="_Ref{4000+self.bid}"/><w:bookmarkEnd w:id="{self.bid}"/>')
            elif k == "ins":
                self.rid += 1
                x.append(f'<w:ins w:id="{self.rid}" w:author="{self.author}" w:date="{DATE}"><w:r>{rpr}{self.t(v)}</w:r></w:ins>')
            elif k == "del":
                self.rid += 1
                x.append(f'<w:del w:id="{self.rid}" w:author="{self.author}" w:date="{DATE}"><w:r>{rpr}<w:delText xml:space="preserve">{escape(v)}</w:delText></w:r></w:del>')
            elif k == "cm":
                anchor, body = v.split("|", 1); i = self.cid; self.cid += 1
                self.comments.append((i, body))
                x.append(f'<w:commentRangeStart w:id="{i}"/><w:r>{rpr}{self.t(anchor)}</w:r><w:commentRangeEnd w:id="{i}"/>'
                         f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{i}"/></w:r>')
            elif k == "fn":
                self.fid += 1; self.footnotes.append((self.fid, v))
                x.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{self.fid}"/></w:r>')
        return "".join(x)

    def para(self, s, style=None, num=None):
        ppr = ""
        if style or num:
            ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
            if num: ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
            ppr += "</w:pPr>"
        return f"<w:p>{ppr}{self.runs(s)}</w:p>"

    def body(self, blocks):
        x = []
        for kind, v in blocks:
            if kind == "title": x.append(self.para(v, "Title"))
            elif kind == "h1": x.append(self.para(v, "Heading1"))
            elif kind == "h2": x.append(self.para(v, "Heading2"))
            elif kind == "toc": x.append(f'<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>{self.runs(v[0])}<w:r><w:tab/></w:r><w:r>{self.t(v[1])}</w:r></w:p>')
            elif kind == "n1": self.uses_num = True; x.append(self.para(v, "Heading1", (1, 0)))
            elif kind == "n2": self.uses_num = True; x.append(self.para(v, None, (1, 1)))
            elif kind == "list":
                self.uses_num = True
                for it in v: x.append(self.para(it, "ListParagraph", (2, 0)))
            elif kind == "table":
                rows = []
                for ri, r in enumerate(v):
                    cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{4500 if len(r)==2 else 3000}" w:type="dxa"/></w:tcPr>'
                                    f'{self.para(c, "TableHeading" if ri == 0 else None)}</w:tc>' for c in r)
                    rows.append(f"<w:tr>{cells}</w:tr>")
                grid = "".join('<w:gridCol w:w="4500"/>' for _ in v[0])
                x.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                         '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                         '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                         '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                         f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')
                x.append("<w:p/>")
            else: x.append(self.para(v))
        return "".join(x)

    def build(self, blocks, path):
        body = self.body(blocks)
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>{body}'
               '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
               '</w:body></w:document>')
        ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
              '<Default Extension="xml" ContentType="application/xml"/>',
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
        rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
        parts = [("word/document.xml", doc), ("word/styles.xml", STYLES_XML)]
        if self.uses_num:
            ct.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
            rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
            parts.append(("word/numbering.xml", NUMBERING_XML))
        if self.comments:
            ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
            rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
            cs = "".join(f'<w:comment w:id="{i}" w:author="Reviewer" w:date="{DATE}" w:initials="RV"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                         f'<w:r><w:annotationRef/></w:r><w:r>{self.t(b)}</w:r></w:p></w:comment>' for i, b in self.comments)
            parts.append(("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W_NS}>{cs}</w:comments>'))
        if self.footnotes:
            ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
            rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
            fs = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
            fs += "".join(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                          f'<w:r>{self.t(" " + b)}</w:r></w:p></w:footnote>' for i, b in self.footnotes)
            parts.append(("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>{fs}</w:footnotes>'))
        ct.append("</Types>")
        root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                     '</Relationships>')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:creator>{self.author}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{DATE}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{DATE}</dcterms:modified></cp:coreProperties>')
        doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    + "".join(rels) + "</Relationships>")
        entries = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", root_rels), ("docProps/core.xml", core),
                   ("word/_rels/document.xml.rels", doc_rels)] + parts
        write_zip(path, [(n, d.encode("utf-8")) for n, d in entries])

def _style(sid, name, ptype="paragraph", extra=""):
    return f'<w:style w:type="{ptype}" w:styleId="{sid}"><w:name w:val="{name}"/>{extra}</w:style>'

STYLES_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="21"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
    + _style("Normal", "Normal", extra='')
    + _style("Title", "Title", extra='<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr>')
    + _style("Heading1", "heading 1", extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr>')
    + _style("Heading2", "heading 2", extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr>')
    + _style("TOC1", "toc 1", extra='<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs></w:pPr>')
    + _style("ListParagraph", "List Paragraph", extra='<w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr>')
    + _style("TableHeading", "Table Heading", extra='<w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr>')
    + _style("CommentText", "annotation text", extra='<w:basedOn w:val="Normal"/>')
    + _style("FootnoteText", "footnote text", extra='<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr>')
    + _style("CommentReference", "annotation reference", "character", '<w:rPr><w:sz w:val="16"/></w:rPr>')
    + _style("FootnoteReference", "footnote reference", "character", '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>')
    + _style("TableGrid", "Table Grid", "table")
    + '</w:styles>')

NUMBERING_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:numbering {W_NS}>'
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
    '</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '</w:numbering>')

# ---------------------------------------------------------------- ODF
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" office:version="1.3"')

ODF_STYLES = ('<office:styles>'
    '<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="10.5pt"/></style:style>'
    '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>'
    '</office:styles>')
ODF_AUTO = ('<office:automatic-styles>'
    '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>'
    '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>'
    '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="a">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.6cm" fo:margin-left="1.2cm"/></style:list-level-properties>'
    '</text:list-level-style-number></text:list-style>'
    '</office:automatic-styles>')

class Odf:
    def __init__(self, author="Legal Services"):
        self.author = author; self.changes = []; self.n = 0; self.ann = 0; self.fn = 0

    def inline(self, s):
        x = []
        for k, v in tokens(s):
            if k == "text": x.append(escape(v))
            elif k == "del":
                self.n += 1; cid = f"ct{self.n}"
                self.changes.append(f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:deletion><office:change-info>'
                                    f'<dc:creator>{self.author}</dc:creator><dc:date>{DATE[:-1]}</dc:date></office:change-info>'
                                    f'<text:p>{escape(v)}</text:p></text:deletion></text:changed-region>')
                x.append(f'<text:change text:change-id="{cid}"/>')
            elif k == "ins":
                self.n += 1; cid = f"ct{self.n}"
                self.changes.append(f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:insertion><office:change-info>'
                                    f'<dc:creator>{self.author}</dc:creator><dc:date>{DATE[:-1]}</dc:date></office:change-info>'
                                    '</text:insertion></text:changed-region>')
                x.append(f'<text:change-start text:change-id="{cid}"/>{escape(v)}<text:change-end text:change-id="{cid}"/>')
            elif k == "cm":
                anchor, body = v.split("|", 1); self.ann += 1; nm = f"__Annotation__{self.ann}"
                x.append(f'<office:annotation office:name="{nm}"><dc:creator>Reviewer</dc:creator><dc:date>{DATE[:-1]}</dc:date>'
                         f'<text:p>{escape(body)}</text:p></office:annotation>{escape(anchor)}<office:annotation-end office:name="{nm}"/>')
            elif k == "fn":
                self.fn += 1
                x.append(f'<text:note text:id="ftn{self.fn}" text:note-class="footnote"><text:note-citation>{self.fn}</text:note-citation>'
                         f'<text:note-body><text:p>{escape(v)}</text:p></text:note-body></text:note>')
            elif k == "bm":
                self.fn += 0; x.append(f'<text:bookmark text:name="ref{self.n}{self.ann}"/>')
        return "".join(x)

    def body(self, blocks):
        x = []; n1 = n2 = 0
        for kind, v in blocks:
            if kind == "title": x.append(f'<text:p text:style-name="Title">{self.inline(v)}</text:p>')
            elif kind == "h1": x.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{self.inline(v)}</text:h>')
            elif kind == "h2": x.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{self.inline(v)}</text:h>')
            elif kind == "toc": x.append(f'<text:p text:style-name="Standard">{self.inline(v[0])}<text:tab/>{escape(v[1])}</text:p>')
            elif kind == "list":
                items = "".join(f'<text:list-item><text:p text:style-name="Standard">{self.inline(i)}</text:p></text:list-item>' for i in v)
                x.append(f'<text:list text:style-name="L1">{items}</text:list>')
            elif kind == "table":
                cols = "".join('<table:table-column/>' for _ in v[0])
                rows = "".join('<table:table-row>' + "".join(
                    f'<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="Table_20_Contents">{self.inline(c)}</text:p></table:table-cell>'
                    for c in r) + '</table:table-row>' for r in v)
                x.append(f'<table:table table:name="Table{len(x)}" table:style-name="Tbl">{cols}{rows}</table:table>')
            elif kind == "n1": n1 += 1; n2 = 0; x.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{n1}. {self.inline(v)}</text:h>')
            elif kind == "n2": n2 += 1; x.append(f'<text:p text:style-name="Standard">{n1}.{n2} {self.inline(v)}</text:p>')
            else: x.append(f'<text:p text:style-name="Standard">{self.inline(v)}</text:p>')
        tc = ""
        if self.changes:
            tc = '<text:tracked-changes text:track-changes="true">' + "".join(self.changes) + '</text:tracked-changes>'
        return f'<office:body><office:text>{tc}{"".join(x)}</office:text></office:body>'

    def fodt(self, blocks):
        body = self.body(blocks)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ODF_NS} office:mimetype="application/vnd.oasis.opendocument.text">'
                f'<office:meta><meta:generator>probity-blind-holdout</meta:generator><dc:title>contract</dc:title></office:meta>'
                f'{ODF_STYLES}{ODF_AUTO}{body}</office:document>')

    def odt_zip(self, blocks, path):
        body = self.body(blocks)
        content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>{ODF_AUTO}{body}</office:document-content>'
        styles = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODF_NS}>{ODF_STYLES}</office:document-styles>'
        meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}><office:meta>'
                '<meta:generator>probity-blind-holdout</meta:generator></office:meta></office:document-meta>')
        manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                    '</manifest:manifest>')
        write_zip(path, [("mimetype", b"application/vnd.oasis.opendocument.text"),
                         ("META-INF/manifest.xml", manifest.encode()), ("content.xml", content.encode()),
                         ("styles.xml", styles.encode()), ("meta.xml", meta.encode())])

# ---------------------------------------------------------------- HTML (for soffice)
def render_html(blocks):
    x = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>contract</title></head><body>']
    for kind, v in blocks:
        if kind == "title": x.append(f"<h1>{escape(plain(v))}</h1>")
        elif kind == "h1": x.append(f"<h2>{escape(plain(v))}</h2>")
        elif kind == "h2": x.append(f"<h3>{escape(plain(v))}</h3>")
        elif kind == "list": x.append('<ol type="a">' + "".join(f"<li>{escape(plain(i))}</li>" for i in v) + "</ol>")
        elif kind == "table":
            x.append('<table border="1" cellpadding="4">' + "".join(
                "<tr>" + "".join((f"<th>{escape(plain(c))}</th>" if ri == 0 else f"<td>{escape(plain(c))}</td>") for c in r) + "</tr>"
                for ri, r in enumerate(v)) + "</table>")
        else: x.append(f"<p>{escape(plain(v))}</p>")
    x.append("</body></html>")
    return "\n".join(x)

# ---------------------------------------------------------------- soffice + normalisation
def soffice_convert(src, fmt, outdir, infilter=None):
    prof = tempfile.mkdtemp(prefix="lo_prof_")
    cmd = ["/usr/bin/soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter: cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)

VOLATILE = [
    (re.compile(rb"<meta:creation-date>[^<]*</meta:creation-date>"), b""),
    (re.compile(rb"<dc:date>[^<]*</dc:date>"), b"<dc:date>" + DATE[:-1].encode() + b"</dc:date>"),
    (re.compile(rb"<meta:editing-duration>[^<]*</meta:editing-duration>"), b""),
    (re.compile(rb"<meta:editing-cycles>[^<]*</meta:editing-cycles>"), b""),
    (re.compile(rb"<meta:generator>[^<]*</meta:generator>"), b"<meta:generator>soffice</meta:generator>"),
    (re.compile(rb"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:\1>"), rb"<dcterms:\1\2>2024-05-01T09:00:00Z</dcterms:\1>"),
    (re.compile(rb'\sw:rsid\w*="[0-9A-Fa-f]+"'), b""),
    (re.compile(rb"<w:rsids>.*?</w:rsids>", re.S), b""),
    (re.compile(rb'<config:config-item config:name="(PrinterSetup|Rsid|RsidRoot)"[^>]*>[^<]*</config:config-item>'), b""),
    (re.compile(rb"<TotalTime>[^<]*</TotalTime>"), b"<TotalTime>0</TotalTime>"),
    (re.compile(rb"<Application>[^<]*</Application>"), b"<Application>soffice</Application>"),
    (re.compile(rb'officeooo:rsid="[0-9a-f]+"'), b""),
    (re.compile(rb'officeooo:paragraph-rsid="[0-9a-f]+"'), b""),
]

def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda t: (t[0] != "mimetype",))
    out = []
    for name, data in items:
        if name.endswith(".xml") or name.endswith(".rels"):
            for rx, rep in VOLATILE: data = rx.sub(rep, data)
        if name.startswith("Thumbnails/"): continue
        if name == "content.xml":  # soffice names tracked changes after memory addresses
            ids = {}
            data = re.sub(rb'"ct(\d+)"', lambda m: b'"ct%d"' % ids.setdefault(m.group(1), len(ids) + 1), data)
        out.append((name, data))
    if any(n == "mimetype" for n, _ in out):
        out = [(n, d) for n, d in out]
        man = [i for i, (n, _) in enumerate(out) if n == "META-INF/manifest.xml"]
        if man:
            i = man[0]; out[i] = (out[i][0], re.sub(rb'<manifest:file-entry manifest:full-path="Thumbnails/[^"]*"[^>]*/>', b"", out[i][1]))
    write_zip(path, out)

# ---------------------------------------------------------------- contracts
from blind_set2_contracts import CONTRACTS  # noqa: E402  (name, fmt, mode, source, expected)

def main():
    sys.path.insert(0, HERE)
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="bh_build_")
    for name, fmt, mode, src, expected in CONTRACTS:
        blocks = parse(src)
        path = os.path.join(OUT, f"{name}.{fmt}")
        if fmt == "txt": open(path, "w", encoding="utf-8").write(render_txt(blocks))
        elif fmt == "md": open(path, "w", encoding="utf-8").write(render_md(blocks))
        elif fmt == "docx" and mode == "hand": Docx().build(blocks, path)
        elif fmt == "docx" and mode == "html":
            h = os.path.join(tmp, f"{name}.html"); open(h, "w", encoding="utf-8").write(render_html(blocks))
            soffice_convert(h, 'docx:MS Word 2007 XML', tmp, infilter="HTML (StarWriter)")
            shutil.move(os.path.join(tmp, f"{name}.docx"), path); normalise_zip(path)
        elif fmt == "odt" and mode == "hand": Odf().odt_zip(blocks, path)
        elif fmt == "odt" and mode == "fodt":
            f = os.path.join(tmp, f"{name}.fodt"); open(f, "w", encoding="utf-8").write(Odf().fodt(blocks))
            soffice_convert(f, "odt", tmp)
            shutil.move(os.path.join(tmp, f"{name}.odt"), path); normalise_zip(path)
        else: raise SystemExit(f"bad fmt/mode {fmt}/{mode}")
        lines = [l for l in expected.strip().split("\n") if l.strip()]
        rows = []
        for l in lines:
            rule, verdict, reason = l.split(None, 2)
            rows.append((rule, verdict, reason))
        assert [r[0] for r in rows] == RULES, (name, [r[0] for r in rows])
        assert all(r[1] in ("pass", "gap", "weak") for r in rows), name
        with open(os.path.join(OUT, f"{name}.expected"), "w", encoding="utf-8") as fh:
            for rule, verdict, reason in rows:
                fh.write(f"{rule} {verdict}  # {reason}\n")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"wrote {len(CONTRACTS)} contracts to {OUT}")

def check():
    """Round-trip every contract through soffice to text in a temp dir."""
    tmp = tempfile.mkdtemp(prefix="bh_check_")
    files = sorted(f for f in os.listdir(OUT) if not f.endswith(".expected"))
    prof = os.path.join(tmp, "prof")
    subprocess.run(["/usr/bin/soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
                    "txt:Text (encoded):UTF8", "--outdir", os.path.join(tmp, "txt")] + [os.path.join(OUT, f) for f in files],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    bad = 0
    for f in files:
        t = os.path.join(tmp, "txt", os.path.splitext(f)[0] + ".txt")
        txt = open(t, encoding="utf-8-sig").read() if os.path.exists(t) else ""
        ok = len(txt) > 1000 and re.search(r"\b(shall|must)\b", txt) and os.path.exists(os.path.join(OUT, os.path.splitext(f)[0] + ".expected"))
        bad += not ok
        print(f"{'ok ' if ok else 'BAD'} {f}: {len(txt)} chars of text after soffice round-trip")
    shutil.rmtree(tmp, ignore_errors=True)
    if bad: raise SystemExit(f"{bad} file(s) failed")

if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
    if "--check" in sys.argv: check()
