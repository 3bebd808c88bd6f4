#!/usr/bin/env python3
"""Render blind evaluation set 7 into fixtures/blind/set7/ (deleted and rebuilt).

Usage (from the repository root):  python3 scripts/make-blind-set7.py

Texts and verdicts live in scripts/blind_set7_contracts.py (data only; its docstring
describes the small line markup). Formats: .txt and .md written directly; DOCX and ODT
either hand-built (fixed timestamps, fixed member order, ODT `mimetype` first and stored)
or converted by LibreOffice (HTML -> DOCX, flat ODT -> ODT) and then scrubbed of volatile
metadata (dates, generator, rsids, paraIds, change ids, thumbnails) and re-zipped the same
way. Deterministic: two runs give byte-identical files. Needs Python 3 stdlib and soffice.
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
import blind_set7_contracts as data  # noqa: E402

OUT = ROOT / "fixtures" / "blind" / "set7"
ZIP_DATE = (2025, 1, 1, 0, 0, 0)
FIXED_DATE = "2025-01-01T00:00:00Z"
ODF_DATE = "2025-01-01T00:00:00"
SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
AUTHOR = "Contracts Team"

RULES = (
    [f"ES-{i:02d}" for i in range(1, 11)]
    + [f"COI-{i:02d}" for i in range(1, 7)]
    + [f"CDM-{i:02d}" for i in range(1, 7)]
)


def esc(s):
    return escape(s, {'"': "&quot;"})


# ---------------------------------------------------------------------------
# parsing the markup
# ---------------------------------------------------------------------------

INLINE = re.compile(r"\[\[(ins|del|com|fn):(.*?)\]\]")


def inline(s):
    """Split a line into segments: ("t"|"ins"|"del"|"com"|"fn", text)."""
    segs, pos = [], 0
    for m in INLINE.finditer(s):
        if m.start() > pos:
            segs.append(("t", s[pos:m.start()]))
        segs.append((m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(s):
        segs.append(("t", s[pos:]))
    return segs


def parse(text):
    blocks = []
    for line in text.strip("\n").splitlines():
        if not line.strip():
            continue
        if line.startswith("= "):
            blocks.append(("title", inline(line[2:])))
        elif line.startswith("# "):
            blocks.append(("h", inline(line[2:])))
        elif line.startswith("~~ "):
            blocks.append(("np", inline(line[3:])))
        elif line.startswith("~ "):
            blocks.append(("nh", inline(line[2:])))
        elif line.startswith("> "):
            if blocks and blocks[-1][0] == "toc":
                blocks[-1][1].append(line[2:])
            else:
                blocks.append(("toc", [line[2:]]))
        elif line.startswith("* "):
            last = blocks[-1]
            if last[0] == "p":
                blocks[-1] = ("list", last[1], [inline(line[2:])])
            else:
                assert last[0] == "list", line
                last[2].append(inline(line[2:]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        else:
            blocks.append(("p", inline(line)))
    return blocks


def plain(segs, notes):
    """Contract text of a segment list for txt/md (deletions and comments dropped)."""
    out = []
    for kind, s in segs:
        if kind in ("t", "ins"):
            out.append(s.replace("¦", ""))
        elif kind == "fn":
            notes.append(s)
            out.append(f"[{len(notes)}]")
    return "".join(out)


def letters(i):
    return "abcdefghijklmnopqrstuvwxyz"[i]


# ---------------------------------------------------------------------------
# zip writing
# ---------------------------------------------------------------------------


def write_zip(path, members, stored=()):
    """members: list of (name, bytes) in order; names in `stored` are not compressed."""
    with zipfile.ZipFile(path, "w") as z:
        for name, blob in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.create_system = 3
            info.external_attr = (0o40755 << 16) | 0x10 if name.endswith("/") else 0o644 << 16
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            z.writestr(info, blob)


def xml_bytes(s):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + s).encode("utf-8")


# ---------------------------------------------------------------------------
# plain text and Markdown
# ---------------------------------------------------------------------------


def render_txt(blocks):
    lines, notes, num = [], [], [0, 0]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            t = plain(b[1], notes)
            lines += [t, "=" * len(t), ""]
        elif kind == "h":
            lines += [plain(b[1], notes), ""]
        elif kind == "nh":
            num[0] += 1
            num[1] = 0
            lines += [f"{num[0]}. {plain(b[1], notes)}", ""]
        elif kind == "np":
            num[1] += 1
            lines += [f"{num[0]}.{num[1]} {plain(b[1], notes)}", ""]
        elif kind == "p":
            lines += [plain(b[1], notes), ""]
        elif kind == "list":
            lines.append(plain(b[1], notes))
            for i, item in enumerate(b[2]):
                lines.append(f"    ({letters(i)}) {plain(item, notes)}")
            lines.append("")
        elif kind == "toc":
            lines += b[1] + [""]
        elif kind == "table":
            for row in b[1]:
                lines.append(" | ".join(plain(inline(c), notes) for c in row))
            lines.append("")
    if notes:
        lines += ["Notes", ""] + [f"[{i}] {n}" for i, n in enumerate(notes, 1)] + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


def render_md(blocks):
    lines, notes, first_title = [], [], True
    for b in blocks:
        kind = b[0]
        if kind == "title":
            lines += [("# " if first_title else "## ") + plain(b[1], notes), ""]
            first_title = False
        elif kind == "h":
            lines += ["## " + plain(b[1], notes), ""]
        elif kind == "p":
            lines += [plain(b[1], notes), ""]
        elif kind == "list":
            lines += [plain(b[1], notes), ""]
            for i, item in enumerate(b[2]):
                lines.append(f"- ({letters(i)}) {plain(item, notes)}")
            lines.append("")
        elif kind == "toc":
            lines += [f"- {t}" for t in b[1]] + [""]
        elif kind == "table":
            rows = b[1]
            lines.append("| " + " | ".join(rows[0]) + " |")
            lines.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for row in rows[1:]:
                lines.append("| " + " | ".join(row) + " |")
            lines.append("")
        else:
            raise ValueError(kind)
    if notes:
        lines += ["---", ""] + [f"[{i}] {n}" for i, n in enumerate(notes, 1)] + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------
# hand-built DOCX
# ---------------------------------------------------------------------------

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class DocxBuilder:
    def __init__(self):
        self.comments = []
        self.footnotes = []
        self.rev = 100
        self.numbering = False

    def run(self, text, rstyle=None):
        rpr = f'<w:rPr><w:rStyle w:val="{rstyle}"/></w:rPr>' if rstyle else ""
        return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'

    def runs(self, segs):
        out = []
        has_com = any(k == "com" for k, _ in segs)
        cid = len(self.comments)
        if has_com:
            out.append(f'<w:commentRangeStart w:id="{cid}"/>')
        for kind, s in segs:
            if kind == "t":
                out += [self.run(part) for part in s.split("¦") if part]
            elif kind == "ins":
                self.rev += 1
                out.append(
                    f'<w:ins w:id="{self.rev}" w:author="{AUTHOR}" w:date="{FIXED_DATE}">'
                    f"{self.run(s)}</w:ins>"
                )
            elif kind == "del":
                self.rev += 1
                out.append(
                    f'<w:del w:id="{self.rev}" w:author="{AUTHOR}" w:date="{FIXED_DATE}">'
                    f'<w:r><w:delText xml:space="preserve">{esc(s)}</w:delText></w:r></w:del>'
                )
            elif kind == "com":
                self.comments.append(s)
                out.append(f'<w:commentRangeEnd w:id="{cid}"/>')
                out.append(
                    '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                    f'<w:commentReference w:id="{cid}"/></w:r>'
                )
            elif kind == "fn":
                self.footnotes.append(s)
                fid = len(self.footnotes)
                out.append(
                    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                    f'<w:footnoteReference w:id="{fid}"/></w:r>'
                )
        return "".join(out)

    def para(self, segs, style=None, num=None):
        ppr = ""
        if style or num is not None:
            ppr = "<w:pPr>"
            if style:
                ppr += f'<w:pStyle w:val="{style}"/>'
            if num is not None:
                self.numbering = True
                ppr += f'<w:numPr><w:ilvl w:val="{num}"/><w:numId w:val="1"/></w:numPr>'
            ppr += "</w:pPr>"
        return f"<w:p>{ppr}{self.runs(segs)}</w:p>"

    def table(self, rows):
        ncol = len(rows[0])
        width = 9000 // ncol
        out = [
            '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
        ]
        out += [f'<w:gridCol w:w="{width}"/>' for _ in range(ncol)]
        out.append("</w:tblGrid>")
        for ri, row in enumerate(rows):
            trpr = "<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else ""
            out.append(f"<w:tr>{trpr}")
            for cell in row:
                out.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                    f"{self.para(inline(cell))}</w:tc>"
                )
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def body(self, blocks):
        out = []
        for b in blocks:
            kind = b[0]
            if kind == "title":
                out.append(self.para(b[1], "Title"))
            elif kind == "h":
                out.append(self.para(b[1], "Heading1"))
            elif kind == "nh":
                out.append(self.para(b[1], "Heading1", num=0))
            elif kind == "np":
                out.append(self.para(b[1], None, num=1))
            elif kind == "p":
                out.append(self.para(b[1]))
            elif kind == "list":
                out.append(self.para(b[1]))
                for i, item in enumerate(b[2]):
                    out.append(self.para([("t", f"({letters(i)}) ")] + item, "ListParagraph"))
            elif kind == "toc":
                out += [self.para([("t", t)], "TOC1") for t in b[1]]
            elif kind == "table":
                out.append(self.table(b[1]))
                out.append("<w:p/>")
        return "".join(out)


DOCX_STYLES = f"""<w:styles {W_NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""

DOCX_NUMBERING = f"""<w:numbering {W_NS}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""


def build_docx(path, c, blocks):
    b = DocxBuilder()
    body = b.body(blocks)
    document = (
        f"<w:document {W_NS} {R_NS}><w:body>{body}"
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
        'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
        "</w:body></w:document>"
    )
    parts = [("word/styles.xml", "styles", "styles", DOCX_STYLES)]
    parts.append(
        ("word/settings.xml", "settings", "settings",
         f'<w:settings {W_NS}><w:defaultTabStop w:val="720"/>'
         '<w:characterSpacingControl w:val="doNotCompress"/></w:settings>')
    )
    if b.numbering:
        parts.append(("word/numbering.xml", "numbering", "numbering", DOCX_NUMBERING))
    if b.comments:
        cs = "".join(
            f'<w:comment w:id="{i}" w:author="Legal Services" w:date="{FIXED_DATE}" w:initials="LS">'
            f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>{b.run(t)}</w:p></w:comment>'
            for i, t in enumerate(b.comments)
        )
        parts.append(("word/comments.xml", "comments", "comments", f"<w:comments {W_NS}>{cs}</w:comments>"))
    if b.footnotes:
        fs = (
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            "</w:r></w:p></w:footnote>"
        )
        fs += "".join(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'{b.run(" " + t)}</w:p></w:footnote>'
            for i, t in enumerate(b.footnotes, 1)
        )
        parts.append(("word/footnotes.xml", "footnotes", "footnotes", f"<w:footnotes {W_NS}>{fs}</w:footnotes>"))

    ct_main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    overrides = [
        ("/word/document.xml", f"{ct_main}.document.main+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ] + [("/" + name, f"{ct_main}.{ct}+xml") for name, ct, _, _ in parts]
    content_types = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
        + "</Types>"
    )
    root_rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
        'metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )
    doc_rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{i}" Type="{REL}/{rel}" Target="{name[5:]}"/>'
            for i, (name, _, rel, _) in enumerate(parts, 1)
        )
        + "</Relationships>"
    )
    title = esc(plain(blocks[0][1], []))
    core = (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{title}</dc:title><dc:creator>{AUTHOR}</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{FIXED_DATE}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{FIXED_DATE}</dcterms:modified>'
        "</cp:coreProperties>"
    )
    app = (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>probity make-blind-set7.py</Application></Properties>"
    )
    members = [
        ("[Content_Types].xml", xml_bytes(content_types)),
        ("_rels/.rels", xml_bytes(root_rels)),
        ("word/document.xml", xml_bytes(document)),
        ("word/_rels/document.xml.rels", xml_bytes(doc_rels)),
    ] + [(name, xml_bytes(x)) for name, _, _, x in parts] + [
        ("docProps/core.xml", xml_bytes(core)),
        ("docProps/app.xml", xml_bytes(app)),
    ]
    write_zip(path, members)


# ---------------------------------------------------------------------------
# ODF (hand-built ODT and flat ODT for soffice)
# ---------------------------------------------------------------------------

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)

ODF_STYLES = """<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.4cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index"/>
<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="1.27cm"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
</office:styles>"""


class OdfBuilder:
    def __init__(self):
        self.changes = []  # (id, kind, text)
        self.tables = 0

    def spans(self, segs):
        out = []
        for kind, s in segs:
            if kind == "t":
                parts = [p for p in s.split("¦") if p]
                if len(parts) > 1:
                    out += [f"<text:span>{esc(p)}</text:span>" for p in parts]
                else:
                    out += [esc(p) for p in parts]
            elif kind == "ins":
                cid = f"ct{len(self.changes) + 1}"
                self.changes.append((cid, "insertion", s))
                out.append(
                    f'<text:change-start text:change-id="{cid}"/>{esc(s)}'
                    f'<text:change-end text:change-id="{cid}"/>'
                )
            elif kind == "del":
                cid = f"ct{len(self.changes) + 1}"
                self.changes.append((cid, "deletion", s))
                out.append(f'<text:change text:change-id="{cid}"/>')
            elif kind == "com":
                out.append(
                    f"<office:annotation><dc:creator>Legal</dc:creator><dc:date>{ODF_DATE}</dc:date>"
                    f"<text:p>{esc(s)}</text:p></office:annotation>"
                )
            elif kind == "fn":
                self.notes = getattr(self, "notes", 0) + 1
                n = self.notes
                out.append(
                    f'<text:note text:id="ftn{n}" text:note-class="footnote">'
                    f"<text:note-citation>{n}</text:note-citation><text:note-body>"
                    f'<text:p text:style-name="Footnote">{esc(s)}</text:p></text:note-body></text:note>'
                )
        return "".join(out)

    def p(self, segs, style="Standard"):
        return f'<text:p text:style-name="{style}">{self.spans(segs)}</text:p>'

    def table(self, rows):
        self.tables += 1
        ncol = len(rows[0])
        out = [f'<table:table table:name="Table{self.tables}">'
               f'<table:table-column table:number-columns-repeated="{ncol}"/>']
        for ri, row in enumerate(rows):
            if ri == 0:
                out.append("<table:table-header-rows>")
            out.append("<table:table-row>")
            for cell in row:
                out.append('<table:table-cell office:value-type="string">'
                           f'{self.p(inline(cell), "Table_20_Contents")}</table:table-cell>')
            out.append("</table:table-row>")
            if ri == 0:
                out.append("</table:table-header-rows>")
        out.append("</table:table>")
        return "".join(out)

    def body(self, blocks):
        out = []
        for b in blocks:
            kind = b[0]
            if kind == "title":
                out.append(self.p(b[1], "Title"))
            elif kind == "h":
                out.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">'
                           f"{self.spans(b[1])}</text:h>")
            elif kind == "p":
                out.append(self.p(b[1]))
            elif kind == "list":
                out.append(self.p(b[1]))
                for i, item in enumerate(b[2]):
                    out.append(self.p([("t", f"({letters(i)}) ")] + item, "List_20_Paragraph"))
            elif kind == "toc":
                out += [self.p([("t", t)], "Contents_20_1") for t in b[1]]
            elif kind == "table":
                out.append(self.table(b[1]))
            else:
                raise ValueError(kind)
        tracked = ""
        if self.changes:
            regions = []
            for cid, kind, s in self.changes:
                info = (f"<office:change-info><dc:creator>{AUTHOR}</dc:creator>"
                        f"<dc:date>{ODF_DATE}</dc:date></office:change-info>")
                inner = f"<text:p>{esc(s)}</text:p>" if kind == "deletion" else ""
                regions.append(f'<text:changed-region text:id="{cid}"><text:{kind}>{info}{inner}'
                               f"</text:{kind}></text:changed-region>")
            tracked = '<text:tracked-changes text:track-changes="false">' + "".join(regions) + "</text:tracked-changes>"
        return tracked + "".join(out)


def odf_meta(title):
    return (f"<office:meta><meta:generator>probity make-blind-set7.py</meta:generator>"
            f"<dc:title>{esc(title)}</dc:title><meta:initial-creator>{AUTHOR}</meta:initial-creator>"
            f"<meta:creation-date>{ODF_DATE}</meta:creation-date><dc:date>{ODF_DATE}</dc:date>"
            "</office:meta>")


def build_odt(path, c, blocks):
    body = OdfBuilder().body(blocks)
    title = plain(blocks[0][1], [])
    content = (f'<office:document-content {ODF_NS} office:version="1.3"><office:automatic-styles/>'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    styles = f'<office:document-styles {ODF_NS} office:version="1.3">{ODF_STYLES}</office:document-styles>'
    meta = f'<office:document-meta {ODF_NS} office:version="1.3">{odf_meta(title)}</office:document-meta>'
    manifest = (
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    members = [
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("META-INF/manifest.xml", xml_bytes(manifest)),
        ("content.xml", xml_bytes(content)),
        ("styles.xml", xml_bytes(styles)),
        ("meta.xml", xml_bytes(meta)),
    ]
    write_zip(path, members, stored=("mimetype",))


def build_fodt(blocks):
    body = OdfBuilder().body(blocks)
    title = plain(blocks[0][1], [])
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document {ODF_NS} office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            f"{odf_meta(title)}{ODF_STYLES}<office:automatic-styles/>"
            f"<office:body><office:text>{body}</office:text></office:body></office:document>\n")


# ---------------------------------------------------------------------------
# HTML (for soffice -> DOCX)
# ---------------------------------------------------------------------------


def build_html(blocks):
    notes = []
    out = ['<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">']
    out.append(f"<title>{esc(plain(blocks[0][1], notes))}</title></head><body>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{esc(plain(b[1], notes))}</h1>")
        elif kind == "h":
            out.append(f"<h2>{esc(plain(b[1], notes))}</h2>")
        elif kind == "p":
            out.append(f"<p>{esc(plain(b[1], notes))}</p>")
        elif kind == "list":
            out.append(f"<p>{esc(plain(b[1], notes))}</p>")
            out.append('<ol type="a">' + "".join(f"<li>{esc(plain(i, notes))}</li>" for i in b[2]) + "</ol>")
        elif kind == "toc":
            out += [f"<p>{esc(t)}</p>" for t in b[1]]
        elif kind == "table":
            rows = b[1]
            out.append('<table border="1">')
            out.append("<tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
        else:
            raise ValueError(kind)
    assert not notes
    out.append("</body></html>\n")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# soffice conversion and scrubbing
# ---------------------------------------------------------------------------


def soffice_convert(src, target, tmp, infilter=None):
    profile = Path(tmp) / "lo-profile"
    cmd = [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(Path(tmp) / "out"), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8"))
    ext = target.split(":")[0]
    return Path(tmp) / "out" / (Path(src).stem + "." + ext)


RSID_ATTR = re.compile(rb'\s(?:w:rsid\w*|w14:paraId|w14:textId)="[^"]*"')


def scrub_docx(blob_by_name):
    out = {}
    for name, blob in blob_by_name.items():
        if name.endswith(".xml") or name.endswith(".rels"):
            blob = RSID_ATTR.sub(b"", blob)
        if name == "word/settings.xml":
            blob = re.sub(rb"<w:rsids>.*?</w:rsids>", b"", blob, flags=re.S)
        if name == "docProps/core.xml":
            blob = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                          rb"\g<1>" + FIXED_DATE.encode() + rb"\2", blob)
            blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>" + FIXED_DATE.encode() + rb"\2", blob)
            blob = re.sub(rb"<cp:revision>[^<]*</cp:revision>", b"<cp:revision>1</cp:revision>", blob)
        if name == "docProps/app.xml":
            blob = re.sub(rb"<Application>[^<]*</Application>",
                          b"<Application>LibreOffice (scrubbed)</Application>", blob)
            blob = re.sub(rb"<TotalTime>[^<]*</TotalTime>", b"<TotalTime>0</TotalTime>", blob)
        if name == "docProps/custom.xml":
            continue
        out[name] = blob
    return out


def scrub_odt(blob_by_name):
    out = {}
    for name, blob in blob_by_name.items():
        if name.startswith("Thumbnails/"):
            continue
        if name in ("content.xml", "styles.xml"):
            blob = re.sub(rb'\sofficeooo:(?:paragraph-)?rsid="[^"]*"', b"", blob)
            blob = re.sub(rb'\s(?:xml:id|text:xml-id)="[^"]*"', b"", blob)
        if name == "meta.xml":
            blob = re.sub(rb"<meta:generator>[^<]*</meta:generator>",
                          b"<meta:generator>LibreOffice (scrubbed)</meta:generator>", blob)
            blob = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>",
                          b"<meta:creation-date>" + ODF_DATE.encode() + b"</meta:creation-date>", blob)
            blob = re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>" + ODF_DATE.encode() + b"</dc:date>", blob)
            blob = re.sub(rb"<meta:editing-duration>[^<]*</meta:editing-duration>",
                          b"<meta:editing-duration>PT0S</meta:editing-duration>", blob)
            blob = re.sub(rb"<meta:editing-cycles>[^<]*</meta:editing-cycles>",
                          b"<meta:editing-cycles>1</meta:editing-cycles>", blob)
        if name == "settings.xml":
            blob = re.sub(rb'<config:config-item config:name="(?:Rsid|RsidRoot)"[^>]*>[^<]*</config:config-item>',
                          b"", blob)
        if name == "META-INF/manifest.xml":
            blob = re.sub(rb'<manifest:file-entry[^>]*manifest:full-path="Thumbnails/[^"]*"[^>]*/>\s*', b"", blob)
        out[name] = blob
    return out


def rezip(src, dest, scrub, mimetype_first):
    with zipfile.ZipFile(src) as z:
        names = z.namelist()
        blobs = {n: z.read(n) for n in names}
    blobs = scrub(blobs)
    order = [n for n in names if n in blobs]
    if mimetype_first:
        order = ["mimetype"] + [n for n in order if n != "mimetype"]
    else:
        order = ["[Content_Types].xml"] + sorted(n for n in order if n != "[Content_Types].xml")
    write_zip(dest, [(n, blobs[n]) for n in order], stored=("mimetype",) if mimetype_first else ())


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def check_verdicts(c):
    lines = c["verdicts"].strip("\n").splitlines()
    assert len(lines) == 22, (c["name"], len(lines))
    for rule, line in zip(RULES, lines):
        m = re.fullmatch(r"(\S+) (pass|gap|weak)  # (.+)", line)
        assert m and m.group(1) == rule, (c["name"], line)
    return "\n".join(lines) + "\n"


def main():
    names = [c["name"] for c in data.CONTRACTS]
    assert len(names) == len(set(names)) == 14
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="blind-set7-") as tmp:
        for c in data.CONTRACTS:
            blocks = parse(c["text"])
            expected = check_verdicts(c)
            target = OUT / f'{c["name"]}.{c["fmt"]}'
            if c["fmt"] == "txt":
                target.write_text(render_txt(blocks), encoding="utf-8")
            elif c["fmt"] == "md":
                target.write_text(render_md(blocks), encoding="utf-8")
            elif c["fmt"] == "docx" and c["build"] == "hand":
                build_docx(target, c, blocks)
            elif c["fmt"] == "odt" and c["build"] == "hand":
                build_odt(target, c, blocks)
            elif c["fmt"] == "docx":
                src = Path(tmp) / f'{c["name"]}.html'
                src.write_text(build_html(blocks), encoding="utf-8")
                conv = soffice_convert(src, 'docx:MS Word 2007 XML', tmp, infilter="HTML (StarWriter)")
                rezip(conv, target, scrub_docx, mimetype_first=False)
            elif c["fmt"] == "odt":
                src = Path(tmp) / f'{c["name"]}.fodt'
                src.write_text(build_fodt(blocks), encoding="utf-8")
                conv = soffice_convert(src, "odt", tmp)
                rezip(conv, target, scrub_odt, mimetype_first=True)
            else:
                raise ValueError(c["fmt"])
            (OUT / f'{c["name"]}.expected').write_text(expected, encoding="utf-8")
    print(f"wrote {len(names)} contracts to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
