#!/usr/bin/env python3
"""Build blind fixture set 21 (contracts as Word writes them).

Run from the repository root:  python3 scripts/make-blind-set21.py
Deletes and rebuilds fixtures/blind/set21/ deterministically, then checks it and exits non-zero on
any failure. Contract texts and verdicts live in scripts/blind_set21_contracts.py.

Builds (14 files):
  docx   hand-built WordprocessingML the way Word saves a departmental template: custom paragraph
         styles with basedOn chains and w:outlineLvl (Level1/Level2/Level3, GPSL1/GPSL2,
         ScheduleHeading, DefinitionText, plain Heading1), clause numbers only from numbering.xml
         (attached through the style's w:numPr and directly on paragraphs; one restart by
         w:lvlOverride/w:startOverride), rsid attributes, runs split mid-word, w:proofErr,
         bookmarks, w:lastRenderedPageBreak, REF cross-reference fields with cached results,
         PAGE / NUMPAGES fields in the footer, a header, smart quotes and no-break spaces, tracked
         insertions, deletions and moves, comments, content controls (block and run level),
         tables with w:gridSpan and w:vMerge, footnotes, a text box with its VML fallback, a
         table of contents in a docPartObj content control.
  odt    flat ODT written here and converted to ODT by LibreOffice (one with tracked changes).
  txt    plain text with typed numbering.
  md     Markdown with typed numbering and pipe tables.

Needs Python 3 and LibreOffice (soffice; a private profile in /tmp/lo21).
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
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_set21_contracts import CONTRACTS, RULES, README_HEAD, README_TAIL  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set21")
LO_PROFILE = "file:///tmp/lo21"
FIXED = (1980, 1, 1, 0, 0, 0)
FIXED_ISO = "1980-01-01T00:00:00Z"
DATE = "2025-10-06T10:15:00Z"
ODF_DATE = "2025-10-06T10:15:00"
GENERATOR = "probity-blind-set21"
WANT_BUILDS = {"docx": 8, "txt": 1, "md": 1}  # planned: 2 odt, 2 txt, 2 md; not all written in time (see README)
WORDS_MIN, WORDS_MAX = 1000, 2200
PASS_MIN, PASS_MAX = 8, 14
SPLIT, PE_OPEN, PE_CLOSE = "\u00a6", "\u2039", "\u203a"
CUE = re.compile(r"\b(shall|must|will|agrees? to|undertakes? to|is required to|are required to|warrants?|confirms?)\b", re.I)
CITE = re.compile(r"(?i)\b(clause|condition|para(graph)?|section|article|schedule|annex|part|appendix|table|row|kpi|item|"
                  r"footnote|comment|text box|recital|definition|heading|note|box|field|line|particulars|GC\d+|SC\d+)s?\b|\b\d+(\.\d+)+")


# ---------------------------------------------------------------- data helpers
def clean(s):
    return s.replace(SPLIT, "").replace(PE_OPEN, "").replace(PE_CLOSE, "")


def norm(s):
    s = clean(s).replace("\u00a0", " ").replace("\u2011", "-")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def items(inl):
    if isinstance(inl, str):
        return [("t", inl)]
    return [("t", x) if isinstance(x, str) else x for x in inl]


def visible(inl):
    """Contract text of an inline: plain, inserted, moved-to, commented-on, field results, content
    controls. Not deleted or moved-from text, not comment bodies; footnotes are their own stream."""
    s = ""
    for it in items(inl):
        k = it[0]
        if k in ("t", "ins", "mt"):
            s += it[1]
        elif k == "c":
            s += it[2]
        elif k == "ref":
            s += it[2]
        elif k == "sdt":
            s += it[2]
        elif k in ("del", "mf", "fn", "pb"):
            pass
        else:
            raise ValueError(k)
    return clean(s)


def raw_text(inl):
    """Text as LibreOffice's text export shows a paragraph with its tracked changes: deleted and
    moved-from text included, comment bodies not."""
    s = ""
    for it in items(inl):
        if it[0] in ("t", "ins", "mt", "del", "mf"):
            s += it[1]
        elif it[0] in ("c", "ref", "sdt"):
            s += it[2]
    return clean(s)


def hidden_bits(inl):
    out = []
    for it in items(inl):
        if it[0] in ("del", "mf"):
            out.append((it[0], clean(it[1])))
        elif it[0] == "c":
            out.append(("comment", clean(it[1])))
    return out


def cell_text(x):
    if isinstance(x, dict):
        return clean(x.get("t", ""))
    return clean(x)


def walk(c):
    """(kind, label, text) for every piece of contract text, in order, plus footnotes and hidden bits."""
    out, fns, hid = [], [], []

    def inl(kind, label, x):
        out.append((kind, label, visible(x)))
        for it in items(x):
            if it[0] == "fn":
                fns.append(clean(it[1]))
        hid.extend(hidden_bits(x))

    def blocks(bs):
        for b in bs:
            k = b[0]
            if k in ("title", "h", "sh", "p", "def"):
                inl(k, None, b[1])
            elif k == "n":
                inl("n", b[2], b[3])
            elif k == "toc":
                for line in b[1]:
                    out.append(("toc", None, clean(line)))
            elif k == "table":
                for row in b[1]:
                    for x in row:
                        t = cell_text(x)
                        if t.strip():
                            out.append(("cell", None, t))
            elif k == "box":
                for x in b[1]:
                    out.append(("box", None, clean(x)))
            elif k == "sdt":
                blocks(b[2])
            else:
                raise ValueError(k)
    blocks(c["blocks"])
    return out, fns, hid


def all_blocks(bs):
    for b in bs:
        if b[0] == "sdt":
            yield from all_blocks(b[2])
        else:
            yield b


def word_count(c):
    out, fns, hid = walk(c)
    n = sum(len(norm(t).split()) for k, lab, t in out) + sum(len(norm(t).split()) for t in fns)
    return n + sum(1 for k, lab, t in out if lab)


def sentences(s):
    return [x for x in re.split(r"(?<=[.;:])\s+(?=[A-Z(\"'])", norm(s)) if x]


def duty_sentences(c):
    party = re.compile(c["party_re"])
    out, fns, hid = walk(c)
    res = []
    for t in [t for k, lab, t in out if k in ("p", "n", "def", "cell", "box")] + fns:
        for s in sentences(t):
            if CUE.search(s) and party.search(s) and len(s.split()) >= 6:
                res.append(s)
    return res


def _h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:8], 16)


def write_zip(path, members):
    with zipfile.ZipFile(path, "w") as z:
        for name, data, stored in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)


# ---------------------------------------------------------------- plain text and Markdown
def typed_inline(inl):
    for it in items(inl):
        if it[0] not in ("t",):
            raise ValueError("text formats take plain text only: %r" % (it,))
    return visible(inl)


def render_txt(c):
    out = []
    width = c.get("wrap", 0)

    def para(s, indent=""):
        if not width:
            out.extend([indent + s, ""])
            return
        line = indent
        for w in s.split(" "):
            if len(line) + len(w) + 1 > width and line.strip():
                out.append(line.rstrip())
                line = indent + "   " if indent or line.startswith(" ") else ""
                line = (" " * len(indent)) + w + " "
            else:
                line += w + " "
        out.append(line.rstrip())
        out.append("")

    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            out.extend([b[1], "=" * len(b[1]), ""])
        elif k in ("h", "sh"):
            out.extend([b[1].upper() if c.get("caps_headings") else b[1], ""])
        elif k in ("p", "def"):
            para(typed_inline(b[1]))
        elif k == "n":
            ind = "    " * max(0, b[1] - 1)
            para(b[2] + " " + typed_inline(b[3]), ind)
        elif k == "toc":
            out.extend(b[1] + [""])
        elif k == "table":
            for row in b[1]:
                out.append(" | ".join(cell_text(x) for x in row))
            out.append("")
        else:
            raise ValueError("txt cannot render " + k)
    return "\n".join(out).rstrip() + "\n"


def render_md(c):
    out = []
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            out.extend(["# " + b[1], ""])
        elif k == "h":
            out.extend(["## " + b[1], ""])
        elif k == "sh":
            out.extend(["## " + b[1], ""])
        elif k in ("p", "def"):
            out.extend([typed_inline(b[1]), ""])
        elif k == "n":
            if b[1] == 0:
                out.extend(["### " + b[2] + " " + typed_inline(b[3]), ""])
            elif b[1] == 1:
                out.extend(["**" + b[2] + "** " + typed_inline(b[3]), ""])
            else:
                out.append("    " * (b[1] - 2) + "- " + b[2] + " " + typed_inline(b[3]))
                out.append("")
        elif k == "toc":
            out.extend(["- " + x for x in b[1]] + [""])
        elif k == "table":
            rows = b[1]
            out.append("| " + " | ".join(cell_text(x) for x in rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for row in rows[1:]:
                out.append("| " + " | ".join(cell_text(x).replace("|", "\\|") for x in row) + " |")
            out.append("")
        else:
            raise ValueError("md cannot render " + k)
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- flat ODT -> ODT by LibreOffice
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def odf_text(s):
    s = escape(clean(s))
    s = re.sub(r"  +", lambda m: " <text:s text:c=\"%d\"/>" % (len(m.group(0)) - 1), s)
    return s


def render_fodt(c):
    changes = []
    body = []

    def inline(inl):
        s = ""
        for it in items(inl):
            k = it[0]
            if k == "t":
                s += odf_text(it[1])
            elif k == "ins":
                cid = "ct%d" % (len(changes) + 1)
                changes.append('<text:changed-region xml:id="%s" text:id="%s"><text:insertion><office:change-info><dc:creator>%s</dc:creator>'
                               '<dc:date>%s</dc:date></office:change-info></text:insertion></text:changed-region>' % (cid, cid, escape(it[2] if len(it) > 2 else c["author"]), ODF_DATE))
                s += '<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>' % (cid, odf_text(it[1]), cid)
            elif k == "del":
                cid = "ct%d" % (len(changes) + 1)
                changes.append('<text:changed-region xml:id="%s" text:id="%s"><text:deletion><office:change-info><dc:creator>%s</dc:creator>'
                               '<dc:date>%s</dc:date></office:change-info><text:p>%s</text:p></text:deletion></text:changed-region>'
                               % (cid, cid, escape(it[2] if len(it) > 2 else c["author"]), ODF_DATE, odf_text(it[1])))
                s += '<text:change text:change-id="%s"/>' % cid
            elif k == "c":
                s += ('<office:annotation><dc:creator>%s</dc:creator><dc:date>%s</dc:date><text:p>%s</text:p></office:annotation>%s'
                      % (escape(c["author"]), ODF_DATE, odf_text(it[1]), odf_text(it[2])))
            else:
                raise ValueError("odt cannot render " + k)
        return s

    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            body.append('<text:p text:style-name="Title">%s</text:p>' % odf_text(b[1]))
        elif k in ("h", "sh"):
            body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % odf_text(b[1]))
        elif k in ("p", "def"):
            body.append('<text:p text:style-name="Text_20_body">%s</text:p>' % inline(b[1]))
        elif k == "n":
            if b[1] == 0:
                body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s %s</text:h>' % (odf_text(b[2]), inline(b[3])))
            else:
                body.append('<text:p text:style-name="Clause%d">%s<text:tab/>%s</text:p>' % (min(b[1], 3), odf_text(b[2]), inline(b[3])))
        elif k == "table":
            rows = b[1]
            n = len(rows[0])
            t = ['<table:table table:name="Table%d" table:style-name="Tbl"><table:table-column table:number-columns-repeated="%d"/>' % (len(body), n)]
            for ri, row in enumerate(rows):
                cells = "".join('<table:table-cell office:value-type="string" table:style-name="Cell"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                                % ("TableHead" if ri == 0 else "TableText", odf_text(cell_text(x))) for x in row)
                t.append("<table:table-row>%s</table:table-row>" % cells)
            t.append("</table:table>")
            body.append("".join(t))
        else:
            raise ValueError("odt cannot render " + k)
    tracked = '<text:tracked-changes text:track-changes="true">%s</text:tracked-changes>' % "".join(changes) if changes else ""
    styles = ('<office:font-face-decls/><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>'
              '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">'
              '<style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>'
              '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/>'
              '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">'
              '<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">'
              '<style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>'
              + "".join('<style:style style:name="Clause%d" style:family="paragraph" style:parent-style-name="Text_20_body">'
                        '<style:paragraph-properties fo:margin-left="%.1fcm" fo:text-indent="-1.2cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>'
                        '</style:paragraph-properties></style:style>' % (i, 1.2 * i) for i in (1, 2, 3))
              + '<style:style style:name="TableText" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="10pt"/></style:style>'
              '<style:style style:name="TableHead" style:family="paragraph" style:parent-style-name="TableText"><style:text-properties fo:font-weight="bold"/></style:style>'
              '</office:styles><office:automatic-styles>'
              '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>'
              '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
              '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout>'
              '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:meta><meta:generator>%s</meta:generator><dc:title>%s</dc:title><meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date></office:meta>'
            '%s<office:body><office:text>%s%s</office:text></office:body></office:document>\n'
            % (ODF_NS, GENERATOR, escape(c["title"]), ODF_DATE, ODF_DATE, styles, tracked, "".join(body)))


def lo_convert(srcs, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", fmt, "--outdir", outdir] + list(srcs)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def normalise_lo(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    members = []
    idmaps = {}

    def seq(prefix):
        def f(m):
            key = (prefix, m.group(0))
            if key not in idmaps:
                idmaps[key] = "%s%d" % (prefix, sum(1 for k in idmaps if k[0] == prefix) + 1)
            return idmaps[key]
        return f

    for info in zin.infolist():
        b = zin.read(info.filename)
        name = info.filename
        if name.endswith(".xml") or name.endswith(".rdf"):
            s = b.decode("utf-8")
            s = re.sub(r"\bct\d{6,}\b", seq("ct"), s)
            s = re.sub(r"\blist\d{6,}\b", seq("list"), s)
            s = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>1000000", s)
            s = re.sub(r"(<meta:creation-date>|<dc:date>)[^<]*", r"\g<1>" + ODF_DATE, s)
            s = re.sub(r'(meta:editing-duration=|<meta:editing-duration>)("?)[^<"]*', r"\g<1>\g<2>PT0S", s)
            b = s.encode("utf-8")
        members.append((name, b, info.compress_type == zipfile.ZIP_STORED))
    return members


# ---------------------------------------------------------------- DOCX, as Word writes it
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOC_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="%s" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" '
          'xmlns:w="%s" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'mc:Ignorable="w14 w15 wp14"' % (R_NS, W))
RSIDS = ["00A41C7E", "0052B9D3", "00E07F15", "00319A6C", "00C85D20", "007F3E41", "001B6A97"]

# numbering families: style ids per level, numId, and whether level 0/1 carry numbering in the style
FAMILIES = {
    "level": {"styles": ["Level1", "Level2", "Level3", "Level4"], "num": 1, "restart": 4, "by_style": 2},
    "gpsl": {"styles": ["GPSL1", "GPSL2", "GPSL3", "GPSL4"], "num": 2, "restart": 5, "by_style": 2},
    "direct": {"styles": ["Heading1", "BodyText", "ListClause", "ListClause"], "num": 3, "restart": 6, "by_style": 0},
}

STYLES = None  # filled by styles_xml()


def styles_xml():
    def ps(sid, name, based, ppr="", rpr="", custom=True, nxt=None, extra=""):
        return ('<w:style w:type="paragraph"%s w:styleId="%s"><w:name w:val="%s"/>%s%s%s<w:pPr>%s</w:pPr>%s</w:style>'
                % (' w:customStyle="1"' if custom else "", sid, name, '<w:basedOn w:val="%s"/>' % based if based else "",
                   '<w:next w:val="%s"/>' % nxt if nxt else "", '<w:qFormat/>' + extra, ppr, "<w:rPr>%s</w:rPr>" % rpr if rpr else ""))

    def npr(num, lvl):
        return '<w:numPr>%s<w:numId w:val="%d"/></w:numPr>' % ('<w:ilvl w:val="%d"/>' % lvl if lvl else "", num)
    s = [ps("Normal", "Normal", None, "", "", False),
         ps("Title", "Title", "Normal", '<w:jc w:val="center"/><w:spacing w:after="240"/>', '<w:b/><w:sz w:val="32"/>', False),
         ps("Heading1", "heading 1", "Normal", '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>', '<w:b/><w:sz w:val="24"/>', False, "BodyText"),
         ps("BodyText", "Body Text", "Normal", '<w:jc w:val="both"/>', "", False),
         ps("ListClause", "List Clause", "BodyText", '<w:ind w:left="1134" w:hanging="567"/>'),
         ps("Level1", "Level 1", "Normal", npr(1, 0) + '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>', '<w:b/><w:caps/>', nxt="Level2"),
         ps("Level2", "Level 2", "Level1", npr(1, 1) + '<w:keepNext w:val="0"/><w:spacing w:before="0" w:after="120"/><w:jc w:val="both"/><w:outlineLvl w:val="1"/>', '<w:b w:val="0"/><w:caps w:val="0"/>'),
         ps("Level3", "Level 3", "Level2", '<w:ind w:left="1418" w:hanging="567"/><w:outlineLvl w:val="2"/>'),
         ps("Level4", "Level 4", "Level3", '<w:ind w:left="1985" w:hanging="567"/><w:outlineLvl w:val="3"/>'),
         ps("GPSL1", "GPS L1 Numbered", "Heading1", npr(2, 0) + '<w:outlineLvl w:val="0"/>', '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'),
         ps("GPSL2", "GPS L2 Numbered", "BodyText", npr(2, 1) + '<w:outlineLvl w:val="1"/>', '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'),
         ps("GPSL3", "GPS L3 Numbered", "GPSL2", '<w:ind w:left="1418" w:hanging="567"/><w:outlineLvl w:val="2"/>'),
         ps("GPSL4", "GPS L4 Numbered", "GPSL3", '<w:ind w:left="1985" w:hanging="567"/><w:outlineLvl w:val="3"/>'),
         ps("ScheduleHeading", "Schedule Heading", "Heading1", '<w:pageBreakBefore/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>', '<w:caps/>'),
         ps("ScheduleText", "Schedule Text", "BodyText", '<w:ind w:left="567" w:hanging="567"/>'),
         ps("DefinitionText", "Definition Text", "BodyText", '<w:ind w:left="567"/>'),
         ps("TOC1", "toc 1", "Normal", '<w:tabs><w:tab w:val="left" w:pos="567"/><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs><w:spacing w:after="60"/>', "", False),
         ps("TOCHeading", "TOC Heading", "Heading1", '<w:outlineLvl w:val="9"/>', "", False),
         ps("TableText", "Table Text", "Normal", '<w:spacing w:after="0"/>', '<w:sz w:val="20"/>'),
         ps("BoxText", "Box Text", "Normal", '<w:spacing w:after="60"/>', '<w:sz w:val="20"/>'),
         ps("Header", "header", "Normal", '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/>', "", False),
         ps("Footer", "footer", "Normal", '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/>', "", False),
         ps("FootnoteText", "footnote text", "Normal", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>', False),
         ps("CommentText", "annotation text", "Normal", "", '<w:sz w:val="20"/>', False)]
    s.append('<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>')
    s.append('<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>')
    s.append('<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>')
    s.append('<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>')
    s.append('<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
             '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>')
    s.append('<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
             '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="%s">'
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/>'
            '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>%s</w:styles>'
            % (W, "".join(s)))


def numbering_xml():
    def lvls(pstyles):
        defs = [("decimal", "%1.", 567), ("decimal", "%1.%2", 1134), ("lowerLetter", "(%3)", 1701), ("lowerRoman", "(%4)", 2268)]
        out = ""
        for i, (fmt, txt, left) in enumerate(defs):
            pst = '<w:pStyle w:val="%s"/>' % pstyles[i] if pstyles and pstyles[i] else ""
            out += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                    '<w:pPr><w:ind w:left="%d" w:hanging="567"/></w:pPr>%s</w:lvl>'
                    % (i, fmt, pst, txt, left, "<w:rPr><w:b/></w:rPr>" if i == 0 else ""))
        for i in range(4, 9):
            out += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%%d."/><w:lvlJc w:val="left"/>'
                    '<w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>' % (i, i + 1, 2835 + 360 * i))
        return out
    absn = [("0", "6B1E2F40", None), ("1", "2C7A5D13", ["Level1", "Level2", None, None]), ("2", "41F08B6E", ["GPSL1", "GPSL2", None, None])]
    x = ""
    for aid, nsid, pst in absn:
        x += ('<w:abstractNum w:abstractNumId="%s" w15:restartNumberingAfterBreak="0"><w:nsid w:val="%s"/><w:multiLevelType w:val="multilevel"/>'
              '<w:tmpl w:val="%s"/>%s</w:abstractNum>' % (aid, nsid, nsid[::-1], lvls(pst)))
    x += ('<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
          '<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>')
    for nid, aid in ((4, 1), (5, 2), (6, 0)):
        x += ('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (nid, aid))
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>%s</w:numbering>' % (DOC_NS, x)


class DocxWriter:
    def __init__(self, c):
        self.c = c
        self.fam = FAMILIES[c.get("family", "level")]
        self.ids = 100
        self.comments = []
        self.footnotes = []
        self.bm = 0
        self.shape = 0
        self.sdt = 0
        self.author = c.get("author", "Contracts Officer")

    def nid(self):
        self.ids += 1
        return self.ids

    # -- runs: Word splits text where editing sessions (rsids) and formatting changed, often mid-word
    def runs(self, text, key, tag="w:t", rpr_extra=""):
        chunks = []
        for part in text.split(SPLIT):
            while len(part) > 40:
                cut = 14 + _h(key, part[:24]) % (len(part) - 24)
                chunks.append(part[:cut])
                part = part[cut:]
            chunks.append(part)
        out = []
        for i, ch in enumerate(chunks):
            if ch:
                out.append(self.one_run(ch, _h(key, i, ch), tag, rpr_extra))
        return "".join(out)

    def one_run(self, ch, h, tag, rpr_extra):
        rsid = RSIDS[h % len(RSIDS)]
        rpr = rpr_extra + ('<w:lang w:val="en-GB"/>' if h % 4 == 0 else "")
        body, buf = [], ""
        for x in ch:
            if x == "\t":
                if buf:
                    body.append('<%s xml:space="preserve">%s</%s>' % (tag, escape(buf), tag))
                    buf = ""
                body.append("<w:tab/>")
            else:
                buf += x
        if buf:
            body.append('<%s xml:space="preserve">%s</%s>' % (tag, escape(buf), tag))
        attr = ' w:rsidR="%s"' % rsid if tag == "w:t" else ' w:rsidDel="%s"' % rsid
        return "<w:r%s>%s%s</w:r>" % (attr, "<w:rPr>%s</w:rPr>" % rpr if rpr else "", "".join(body))

    def text(self, text, key, tag="w:t"):
        out = []
        for i, part in enumerate(re.split("(%s[^%s]*%s)" % (PE_OPEN, PE_CLOSE, PE_CLOSE), text)):
            if not part:
                continue
            if part.startswith(PE_OPEN):
                out.append('<w:proofErr w:type="spellStart"/>%s<w:proofErr w:type="spellEnd"/>' % self.runs(part[1:-1], (key, i), tag))
            else:
                out.append(self.runs(part, (key, i), tag))
        return "".join(out)

    def rev(self, kind, inner):
        return '<w:%s w:id="%d" w:author="%s" w:date="%s">%s</w:%s>' % (kind, self.nid(), escape(self.author), DATE, inner, kind)

    def inline(self, inl, key):
        s = ""
        for j, it in enumerate(items(inl)):
            k, kk = it[0], (key, j)
            if k == "t":
                s += self.text(it[1], kk)
            elif k == "ins":
                s += self.rev("ins", self.text(it[1], kk))
            elif k == "del":
                s += self.rev("del", self.text(it[1], kk, "w:delText"))
            elif k in ("mf", "mt"):
                name = it[2]
                rng = "moveFrom" if k == "mf" else "moveTo"
                rid = self.nid()
                s += ('<w:%sRangeStart w:id="%d" w:author="%s" w:date="%s" w:name="%s"/>%s<w:%sRangeEnd w:id="%d"/>'
                      % (rng, rid, escape(self.author), DATE, name, self.rev(rng, self.text(it[1], kk)), rng, rid))
            elif k == "fn":
                self.footnotes.append(it[1])
                s += '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % len(self.footnotes)
            elif k == "c":
                cid = len(self.comments)
                self.comments.append(it[1])
                s += ('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                      '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>'
                      % (cid, self.text(it[2], kk), cid, cid))
            elif k == "ref":
                s += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF %s \\w \\h </w:instrText></w:r>'
                      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r w:rsidR="%s"><w:t>%s</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
                      % (it[1], RSIDS[2], escape(it[2])))
            elif k == "sdt":
                self.sdt += 1
                s += ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
                      % (escape(it[1]), escape(re.sub(r"\W", "", it[1])), 418000 + self.sdt, self.text(it[2], kk)))
            elif k == "pb":
                s += '<w:r><w:lastRenderedPageBreak/></w:r>'
            else:
                raise ValueError("DOCX cannot render " + k)
        return s

    def para(self, style, inl, key, numpr="", opts=None):
        opts = opts or {}
        inner = self.inline(inl, key)
        if opts.get("bm"):
            self.bm += 1
            inner = '<w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/>' % (self.bm, opts["bm"], inner, self.bm)
        mark = ""
        if opts.get("ins"):
            mark = '<w:rPr><w:ins w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (self.nid(), escape(self.author), DATE)
        rsid = RSIDS[_h("p", key) % len(RSIDS)]
        return '<w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s"><w:pPr><w:pStyle w:val="%s"/>%s%s</w:pPr>%s</w:p>' % (
            rsid, RSIDS[0], RSIDS[(_h("q", key)) % len(RSIDS)], style, numpr, mark, inner)

    def numbered(self, b, key):
        lvl, label, inl = b[1], b[2], b[3]
        opts = b[4] if len(b) > 4 else {}
        fam = self.fam
        style = opts.get("style", fam["styles"][lvl])
        if opts.get("restart") is not None:
            numpr = '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (lvl, fam["restart"])
            style = opts.get("style", "ScheduleText")
        elif lvl < fam["by_style"] and not opts.get("direct"):
            numpr = ""
        else:
            numpr = '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (lvl, fam["num"])
        if opts.get("ins"):
            inl = [("ins", it[1]) if it[0] == "t" else it for it in items(inl)]
        return self.para(style, inl, key, numpr, opts)

    def cell(self, x, width, key, head):
        opts = x if isinstance(x, dict) else {"t": x}
        tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
        if opts.get("span"):
            tcpr += '<w:gridSpan w:val="%d"/>' % opts["span"]
        if opts.get("vm") == "restart":
            tcpr += '<w:vMerge w:val="restart"/>'
        elif opts.get("vm") == "cont":
            tcpr += "<w:vMerge/>"
        if head:
            tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
        t = opts.get("t", "")
        rpr = "<w:b/>" if head else ""
        if opts.get("sdt"):
            self.sdt += 1
            runs = ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/><w:text/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
                    % (escape(opts["sdt"]), escape(re.sub(r"\W", "", opts["sdt"])), 418000 + self.sdt, self.runs(t, key, "w:t", rpr)))
        else:
            runs = self.text(t, key) if not head else self.runs(t, key, "w:t", rpr)
        return '<w:tc><w:tcPr>%s</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>%s</w:p></w:tc>' % (tcpr, runs)

    def table(self, b, key):
        rows = b[1]
        widths = b[2] if len(b) > 2 and b[2] else None
        ncol = sum((x.get("span", 1) if isinstance(x, dict) else 1) for x in rows[0])
        if not widths:
            widths = [9000 // ncol] * ncol
        t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>' % sum(widths),
             "<w:tblGrid>%s</w:tblGrid>" % "".join('<w:gridCol w:w="%d"/>' % w for w in widths)]
        for ri, row in enumerate(rows):
            trpr = '<w:trPr><w:tblHeader/></w:trPr>' if ri == 0 else ""
            cells, col = [], 0
            for ci, x in enumerate(row):
                span = x.get("span", 1) if isinstance(x, dict) else 1
                cells.append(self.cell(x, sum(widths[col:col + span]), (key, ri, ci), ri == 0))
                col += span
            if col != ncol:
                raise ValueError("%s: table row %d spans %d of %d columns" % (self.c["file"], ri, col, ncol))
            t.append('<w:tr w:rsidR="%s">%s%s</w:tr>' % (RSIDS[(ri + 3) % len(RSIDS)], trpr, "".join(cells)))
        t.append("</w:tbl>")
        return "".join(t)

    def textbox(self, paras, key):
        self.shape += 1
        n = self.shape
        inner = "".join('<w:p><w:pPr><w:pStyle w:val="BoxText"/></w:pPr>%s</w:p>' % self.text(x, (key, i)) for i, x in enumerate(paras))
        height = 330000 * (2 + sum(len(x) // 85 + 1 for x in paras))
        anchor = (
            '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
            '<wp:extent cx="5715000" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
            '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5715000" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="Text Box %d" o:spid="_x0000_s10%02d" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:3.6pt;width:450pt;height:%dpt;z-index:%d;mso-wrap-style:square" fillcolor="#f2f2f2">'
            '<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>'
            '</mc:Fallback></mc:AlternateContent></w:r>'
            % (251659264 + n, height, n, n, height, inner, n, n, height // 12700, n, inner))
        return '<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr>%s</w:p>' % anchor

    def toc(self, lines, key):
        ps = ['<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>']
        for i, line in enumerate(lines):
            fld = ""
            if i == 0:
                fld = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>'
                       '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
            end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(lines) - 1 else ""
            ps.append('<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>%s%s%s</w:p>' % (fld, self.runs(line, (key, i)), end))
        return ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>'
                '<w:sdtContent>%s</w:sdtContent></w:sdt>' % "".join(ps))

    def blocks(self, bs, key):
        out = []
        for idx, b in enumerate(bs):
            k, kk = b[0], (key, idx)
            opts = b[2] if k in ("p", "def", "h", "sh") and len(b) > 2 else {}
            if k == "title":
                out.append(self.para("Title", b[1], kk))
            elif k == "h":
                out.append(self.para("Heading1", b[1], kk, "", opts))
            elif k == "sh":
                out.append(self.para("ScheduleHeading", b[1], kk, "", opts))
            elif k == "p":
                out.append(self.para(opts.get("style", "BodyText"), b[1], kk, "", opts))
            elif k == "def":
                out.append(self.para("DefinitionText", b[1], kk, "", opts))
            elif k == "n":
                out.append(self.numbered(b, kk))
            elif k == "table":
                out.append(self.table(b, kk))
                out.append('<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr></w:p>')
            elif k == "box":
                out.append(self.textbox(b[1], kk))
            elif k == "toc":
                out.append(self.toc(b[1], kk))
            elif k == "sdt":
                self.sdt += 1
                out.append('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
                           % (escape(b[1]), escape(re.sub(r"\W", "", b[1])), 418000 + self.sdt, "".join(self.blocks(b[2], kk))))
            else:
                raise ValueError("DOCX cannot render " + k)
        return out

    def parts(self):
        c = self.c
        body = self.blocks(c["blocks"], "b")
        body[-1] = body[-1].replace("</w:pPr>", '</w:pPr><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>', 1)
        pw, ph = (12240, 15840) if c.get("page") == "Letter" else (11906, 16838)
        document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
                    '<w:sectPr w:rsidR="%s"><w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" r:id="rId8"/>'
                    '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="%d" w:h="%d"/>'
                    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
                    '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>'
                    % (DOC_NS, "".join(body), RSIDS[0], pw, ph))
        header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>%s</w:p></w:hdr>'
                  % (DOC_NS, self.runs(c["header"], ("hdr",))))
        footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>%s'
                  '<w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
                  '<w:r><w:t xml:space="preserve"> of </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r>'
                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>'
                  % (DOC_NS, self.runs(c["footer"] + "\t", ("ftr",))))
        comments_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>%s</w:comments>'
                        % (DOC_NS, "".join('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                                           '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>%s</w:p></w:comment>'
                                           % (i, escape(c.get("commenter", "Legal Services")), DATE, "LS", self.runs(t, ("cm", i)))
                                           for i, t in enumerate(self.comments))))
        fns = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for i, t in enumerate(self.footnotes, 1):
            fns += ('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                    '<w:r><w:t xml:space="preserve"> </w:t></w:r>%s</w:p></w:footnote>' % (i, self.text(t, ("fn", i))))
        footnotes_xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>' % (DOC_NS, fns)
        settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<w:settings xmlns:w="%s"><w:zoom w:percent="100"/>%s<w:defaultTabStop w:val="720"/>'
                    '<w:characterSpacingControl w:val="doNotCompress"/>'
                    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                    '<w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids><w:themeFontLang w:val="en-GB"/>'
                    '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
                    % (W, "<w:trackRevisions/>" if c.get("track") else "", RSIDS[0], "".join('<w:rsid w:val="%s"/>' % r for r in RSIDS)))
        wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              + "".join('<Override PartName="/word/%s.xml" ContentType="%s%s+xml"/>' % (p, wml, t) for p, t in (
                  ("document", "document.main"), ("numbering", "numbering"), ("styles", "styles"), ("settings", "settings"),
                  ("footnotes", "footnotes"), ("comments", "comments"), ("header1", "header"), ("footer1", "footer")))
              + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/></Relationships>' % R_NS)
        docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join('<Relationship Id="rId%d" Type="%s/%s" Target="%s.xml"/>' % (i, R_NS, t, p) for i, (t, p) in enumerate((
                       ("numbering", "numbering"), ("styles", "styles"), ("settings", "settings"), ("footnotes", "footnotes"),
                       ("comments", "comments"), ("theme", "theme/theme1"), ("header", "header1"), ("footer", "footer1")), 1) if t != "theme")
                   + '</Relationships>')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>11</cp:revision>'
                '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
                '</cp:coreProperties>' % (escape(c["title"]), GENERATOR, escape(self.author), FIXED_ISO, FIXED_ISO))
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
               '<Template>%s</Template><TotalTime>0</TotalTime><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
               '<AppVersion>16.0000</AppVersion></Properties>' % escape(c.get("template", "Normal.dotm")))
        return [("[Content_Types].xml", ct.encode(), False), ("_rels/.rels", rels.encode(), False),
                ("word/document.xml", document.encode(), False), ("word/_rels/document.xml.rels", docrels.encode(), False),
                ("word/numbering.xml", numbering_xml().encode(), False), ("word/styles.xml", styles_xml().encode(), False),
                ("word/settings.xml", settings.encode(), False), ("word/footnotes.xml", footnotes_xml.encode(), False),
                ("word/comments.xml", comments_xml.encode(), False), ("word/header1.xml", header.encode(), False),
                ("word/footer1.xml", footer.encode(), False), ("docProps/core.xml", core.encode(), False),
                ("docProps/app.xml", app.encode(), False)]


# ---------------------------------------------------------------- independent DOCX extraction (for checks)
WQ = "{%s}" % W
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def docx_extract(data):
    """Contract text as a reader sees the final version: w:t outside w:del and w:moveFrom (w:ins and
    w:moveTo kept), no field instructions, text boxes once (mc:Choice, never mc:Fallback), footnote
    bodies; comments.xml, header and footer not read. Returns (body paragraphs, footnotes)."""
    z = zipfile.ZipFile(io.BytesIO(data))
    SKIP = {WQ + "del", WQ + "moveFrom", MC + "Fallback", WQ + "instrText", WQ + "delText"}

    def collect(e, s, extra):
        if e.tag in SKIP:
            return
        if e.tag == WQ + "txbxContent":
            for p in e.findall(WQ + "p"):
                bs = []
                collect(p, bs, extra)
                extra.append("".join(bs))
            return
        if e.tag == WQ + "t":
            s.append(e.text or "")
        elif e.tag in (WQ + "tab", WQ + "br"):
            s.append(" ")
        for ch in e:
            collect(ch, s, extra)

    def paras(e, out):
        for ch in e:
            if ch.tag == WQ + "p":
                s, extra = [], []
                collect(ch, s, extra)
                out.append("".join(s))
                out.extend(extra)
            elif ch.tag not in SKIP:
                paras(ch, out)
    body = []
    paras(ET.fromstring(z.read("word/document.xml")).find(WQ + "body"), body)
    notes = []
    for fn in ET.fromstring(z.read("word/footnotes.xml")):
        if fn.get(WQ + "type") in ("separator", "continuationSeparator"):
            continue
        paras(fn, notes)
    return body, notes


def fmt_num(n, f):
    if f == "decimal":
        return str(n)
    if f == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    if f == "lowerRoman":
        vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        s, x = "", n
        for v, r in vals:
            while x >= v:
                s += r
                x -= v
        return s
    return str(n)


def word_numbers(data):
    """Word's numbering rules over numbering.xml: [(label, text, bookmarks)] for numbered paragraphs
    (style-linked through basedOn chains or direct w:numPr, lvlOverride/startOverride honoured),
    and REF fields [(bookmark, cached result)]."""
    z = zipfile.ZipFile(io.BytesIO(data))
    numb = ET.fromstring(z.read("word/numbering.xml"))
    abstract, nums = {}, {}
    for a in numb.findall(WQ + "abstractNum"):
        lv = {}
        for l in a.findall(WQ + "lvl"):
            lv[int(l.get(WQ + "ilvl"))] = (int(l.find(WQ + "start").get(WQ + "val")), l.find(WQ + "numFmt").get(WQ + "val"),
                                           l.find(WQ + "lvlText").get(WQ + "val"))
        abstract[a.get(WQ + "abstractNumId")] = lv
    for n in numb.findall(WQ + "num"):
        ov = {int(o.get(WQ + "ilvl")): int(o.find(WQ + "startOverride").get(WQ + "val")) for o in n.findall(WQ + "lvlOverride")}
        nums[n.get(WQ + "numId")] = (n.find(WQ + "abstractNumId").get(WQ + "val"), ov)
    styles = ET.fromstring(z.read("word/styles.xml"))
    style_num, based = {}, {}
    for s in styles.findall(WQ + "style"):
        sid = s.get(WQ + "styleId")
        bo = s.find(WQ + "basedOn")
        if bo is not None:
            based[sid] = bo.get(WQ + "val")
        np_ = s.find(WQ + "pPr/" + WQ + "numPr")
        if np_ is not None:
            il = np_.find(WQ + "ilvl")
            style_num[sid] = (np_.find(WQ + "numId").get(WQ + "val"), int(il.get(WQ + "val")) if il is not None else 0)

    def style_numpr(sid):
        for _ in range(10):
            if sid is None:
                return None
            if sid in style_num:
                return style_num[sid]
            sid = based.get(sid)
        return None

    body = ET.fromstring(z.read("word/document.xml")).find(WQ + "body")
    counters, used, out, fields = {}, set(), [], []

    def paras(e):
        for ch in e:
            if ch.tag == WQ + "p":
                yield ch
            elif ch.tag in (WQ + "tbl", WQ + "tr", WQ + "tc", WQ + "sdt", WQ + "sdtContent"):
                yield from paras(ch)

    for p in paras(body):
        ppr = p.find(WQ + "pPr")
        numid, ilvl = None, 0
        if ppr is not None:
            ps = ppr.find(WQ + "pStyle")
            if ps is not None:
                sn = style_numpr(ps.get(WQ + "val"))
                if sn:
                    numid, ilvl = sn
            np_ = ppr.find(WQ + "numPr")
            if np_ is not None:
                if np_.find(WQ + "numId") is not None:
                    numid = np_.find(WQ + "numId").get(WQ + "val")
                if np_.find(WQ + "ilvl") is not None:
                    ilvl = int(np_.find(WQ + "ilvl").get(WQ + "val"))
        state, instr, res = None, "", ""
        for e in p.iter():
            if e.tag == WQ + "fldChar":
                ft = e.get(WQ + "fldCharType")
                if ft == "begin":
                    state, instr, res = "instr", "", ""
                elif ft == "separate":
                    state = "result"
                elif ft == "end":
                    m = re.match(r"\s*REF\s+(\S+)", instr)
                    if m:
                        fields.append((m.group(1), res))
                    state = None
            elif e.tag == WQ + "instrText" and state == "instr":
                instr += e.text or ""
            elif e.tag == WQ + "t" and state == "result":
                res += e.text or ""
        bms = [b.get(WQ + "name") for b in p.iter(WQ + "bookmarkStart")]
        if not numid or numid not in nums:
            continue
        aid, ov = nums[numid]
        lv = abstract[aid]
        cnt = counters.setdefault(aid, [None] * 9)
        if numid not in used:
            used.add(numid)
            for k, v in ov.items():
                cnt[k] = v - 1
                for j in range(k + 1, 9):
                    cnt[j] = None
        cnt[ilvl] = lv[ilvl][0] if cnt[ilvl] is None else cnt[ilvl] + 1
        for j in range(ilvl + 1, 9):
            cnt[j] = None
        label = lv[ilvl][2]
        for j in range(9):
            if "%%%d" % (j + 1) in label:
                label = label.replace("%%%d" % (j + 1), fmt_num(cnt[j] if cnt[j] is not None else lv[j][0], lv[j][1]))
        text = "".join(t.text or "" for t in p.iter(WQ + "t"))
        out.append((label, text, bms))
    return out, fields


def count_features(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    doc = z.read("word/document.xml").decode()
    sty = z.read("word/styles.xml").decode()
    num = z.read("word/numbering.xml").decode()
    ftr = z.read("word/footer1.xml").decode()
    hdr = z.read("word/header1.xml").decode()
    fns = z.read("word/footnotes.xml").decode()
    com = z.read("word/comments.xml").decode()
    root = ET.fromstring(doc)
    sroot = ET.fromstring(sty)
    used_styles = {e.get(WQ + "val") for e in root.iter(WQ + "pStyle")}
    custom = [s for s in sroot.findall(WQ + "style") if s.get(WQ + "customStyle") == "1" and s.get(WQ + "styleId") in used_styles
              and s.find(WQ + "basedOn") is not None]
    outl = [s for s in custom if s.find(WQ + "pPr/" + WQ + "outlineLvl") is not None]
    style_np = [s for s in sroot.findall(WQ + "style") if s.find(WQ + "pPr/" + WQ + "numPr") is not None and s.get(WQ + "styleId") in used_styles]
    body = root.find(WQ + "body")
    direct_np = sum(1 for p in body.iter(WQ + "p") if p.find(WQ + "pPr/" + WQ + "numPr") is not None)
    runs = list(body.iter(WQ + "r"))
    # a split inside a word: a run whose text ends in a letter followed by a run whose text starts with one
    mid = 0
    prev = None
    for r in runs:
        t = "".join(x.text or "" for x in r.findall(WQ + "t"))
        if prev and t and prev[-1:].isalpha() and t[:1].isalpha():
            mid += 1
        prev = t if t else prev
    used_num = set()
    for p in body.iter(WQ + "p"):
        n = p.find(WQ + "pPr/" + WQ + "numPr/" + WQ + "numId")
        if n is not None:
            used_num.add(n.get(WQ + "val"))
    restart = any(('<w:num w:numId="%s"><w:abstractNumId w:val="%s"/><w:lvlOverride' % (nid, a)) in num for nid, a in (("4", "1"), ("5", "2"), ("6", "0")) if nid in used_num)
    f = {
        "custom styles (basedOn, used)": len(custom),
        "custom styles with w:outlineLvl": len(outl),
        "numbering through the style's w:numPr": len(style_np),
        "direct w:numPr paragraphs": direct_np,
        "w:lvlOverride/w:startOverride restart used": int(restart),
        "runs with w:rsidR": doc.count("w:rsidR=\"") - doc.count("<w:p w:rsidR") - doc.count("<w:tr w:rsidR") - doc.count("<w:sectPr w:rsidR"),
        "runs split mid-word": mid,
        "w:proofErr": doc.count("<w:proofErr"),
        "bookmarks": doc.count("<w:bookmarkStart"),
        "w:lastRenderedPageBreak": doc.count("<w:lastRenderedPageBreak"),
        "REF fields (fldChar/instrText)": len(re.findall(r"<w:instrText[^>]*> REF ", doc)),
        "PAGE field in footer": len(re.findall(r"<w:instrText[^>]*> PAGE ", ftr)),
        "header": int(bool(re.search(r"<w:t[ >]", hdr))),
        "smart quotes": len(re.findall("[\u2018\u2019\u201c\u201d]", doc)),
        "no-break spaces": doc.count("\u00a0"),
        "w:ins": doc.count("<w:ins "),
        "w:del with w:delText": len(re.findall(r"<w:del [^>]*>(?:(?!</w:del>).)*<w:delText", doc)),
        "w:moveFrom/w:moveTo pairs": min(doc.count("<w:moveFrom "), doc.count("<w:moveTo ")),
        "comments": com.count("<w:comment "),
        "content controls (w:sdt)": doc.count("<w:sdt>"),
        "w:gridSpan": doc.count("<w:gridSpan"),
        "w:vMerge": doc.count("<w:vMerge"),
        "'Not applicable'/'N/A' table rows": len(re.findall(r"<w:tr [^>]*>(?:(?!</w:tr>).)*(Not applicable|N/A)(?:(?!</w:tr>).)*</w:tr>", doc)),
        "footnotes": fns.count("<w:footnote w:id=") - 2 + 2 * 0 if fns.count("<w:footnote w:id=") >= 2 else 0,
        "text boxes (mc:AlternateContent + fallback)": doc.count("<mc:Fallback>"),
        "table of contents (docPartObj)": doc.count('w:val="Table of Contents"'),
    }
    f["footnotes"] = len(re.findall(r'<w:footnote w:id="[1-9]', fns))
    return f


# ---------------------------------------------------------------- checks
def lo_text_exports(paths, tmp):
    d = os.path.join(tmp, "txtcheck")
    os.makedirs(d, exist_ok=True)
    lo_convert(paths, "txt:Text (encoded):UTF8,LF,,,", d)
    out = {}
    for p in paths:
        t = os.path.join(d, os.path.splitext(os.path.basename(p))[0] + ".txt")
        out[p] = open(t, encoding="utf-8-sig").read() if os.path.exists(t) else None
    return out


def check(tmp):
    errors, builds, words, feats = [], {}, {}, {}
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    office = []
    for c in CONTRACTS:
        fn = c["file"]
        path = os.path.join(OUT, fn)
        builds[c["build"]] = builds.get(c["build"], 0) + 1
        if not os.path.isfile(path):
            errors.append(fn + ": missing")
            continue
        if fn.rsplit(".", 1)[1] != c["build"]:
            errors.append(fn + ": extension does not match build")
        data = open(path, "rb").read()
        texts, fns, hid = walk(c)
        duties = duty_sentences(c)
        if len(duties) < 15:
            errors.append("%s: only %d duty sentences" % (fn, len(duties)))
        if c["build"] in ("docx", "odt"):
            office.append(path)
            with zipfile.ZipFile(path) as z:
                names = z.namelist()
                if c["build"] == "odt" and (names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED):
                    errors.append(fn + ": mimetype not first/stored")
                for n in names:
                    if z.getinfo(n).date_time != FIXED:
                        errors.append(fn + ": timestamp " + n)
                    if n.endswith((".xml", ".rels", ".rdf")):
                        try:
                            ET.fromstring(z.read(n))
                        except ET.ParseError as e:
                            errors.append("%s: %s not well-formed: %s" % (fn, n, e))
        if c["build"] == "docx":
            body, notes = docx_extract(data)
            allt = norm(" \u2016 ".join(body + notes))
            for s in duties:
                if s not in allt:
                    errors.append("%s: duty sentence missing from extraction: %r" % (fn, s[:80]))
            for k, lab, t in texts:
                if k != "toc" and norm(t) and norm(t) not in allt:
                    errors.append("%s: text missing from extraction: %r" % (fn, norm(t)[:70]))
            for kind, t in hid:
                n_ = allt.count(norm(t))
                if kind == "mf":
                    if n_ != 1:
                        errors.append("%s: moved text seen %d times, want once where it lands: %r" % (fn, n_, t[:50]))
                elif n_:
                    errors.append("%s: %s text leaked into extraction: %r" % (fn, kind, t[:50]))
            for k, lab, t in texts:
                if k == "box" and allt.count(norm(t)) != 1:
                    errors.append("%s: text box paragraph not seen exactly once: %r" % (fn, t[:50]))
            for t in fns:
                if norm(t) not in norm(" ".join(notes)):
                    errors.append("%s: footnote missing: %r" % (fn, t[:50]))
            nums, fields = word_numbers(data)
            want = [(lab, t) for k, lab, t in texts if k == "n"]
            if [l for l, t, b in nums] != [l for l, t in want]:
                errors.append("%s: Word numbering gives %s, want %s" % (fn, [l for l, t, b in nums], [l for l, t in want]))
            bm = {b: l for l, t, bs in nums for b in bs}
            for name, shown in fields:
                if bm.get(name) != shown:
                    errors.append("%s: REF %s shows %r, bookmark is on %r" % (fn, name, shown, bm.get(name)))
            feats[fn] = count_features(data)
        elif c["build"] == "txt" or c["build"] == "md":
            body = norm(data.decode("utf-8").replace("**", ""))
            for k, lab, t in texts:
                if norm(t) not in body:
                    errors.append("%s: text missing: %r" % (fn, norm(t)[:70]))
                if lab and norm(lab + " " + t)[:40] not in body:
                    errors.append("%s: %s not before its text" % (fn, lab))
        wc = word_count(c)
        words[fn] = wc
        if not WORDS_MIN <= wc <= WORDS_MAX:
            errors.append("%s: %d words outside %d-%d" % (fn, wc, WORDS_MIN, WORDS_MAX))
        exp = os.path.join(OUT, fn.rsplit(".", 1)[0] + ".expected")
        raw = open(exp, "rb").read()
        if not raw.endswith(b"\n") or b"\r" in raw:
            errors.append(exp + ": bad line endings")
        lines = raw.decode("utf-8").splitlines()
        if len(lines) != 22:
            errors.append("%s: %d lines" % (exp, len(lines)))
        npass = 0
        for r, line in zip(RULES, lines):
            m = re.match(r"^(\S+) (pass|weak|gap)  # (.+)$", line)
            if not m or m.group(1) != r:
                errors.append("%s: bad line for %s: %r" % (exp, r, line))
                continue
            if not CITE.search(m.group(3)):
                errors.append("%s: %s cites no clause" % (exp, r))
            counts[r][m.group(2)] += 1
            npass += m.group(2) == "pass"
        if not PASS_MIN <= npass <= PASS_MAX:
            errors.append("%s: %d passes, want %d-%d" % (exp, npass, PASS_MIN, PASS_MAX))
    # LibreOffice opens every DOCX and ODT: its text export shows the clause labels before their text
    lo = lo_text_exports(office, tmp)
    lo_labels = {}
    for c in CONTRACTS:
        path = os.path.join(OUT, c["file"])
        if path not in lo:
            continue
        t = lo[path]
        if t is None:
            errors.append(c["file"] + ": LibreOffice could not export text")
            continue
        lines = [norm(x) for x in t.splitlines()]
        texts, fns, hid = walk(c)
        shown = 0
        raws = [raw_text(b[3]) for b in all_blocks(c["blocks"]) if b[0] == "n"]
        ns = [(lab, piece) for k, lab, piece in texts if k == "n"]
        for (lab, piece), raw in zip(ns, raws):
            f, g = norm(piece)[:24], norm(raw)[:24]
            if any(ln.startswith(lab + " " + f) or ln.startswith(lab + " " + g) for ln in lines):
                shown += 1
            else:
                errors.append("%s: LibreOffice does not show %s before %r" % (c["file"], lab, f))
        lo_labels[c["file"]] = shown
        for k, lab, piece in texts:
            if k not in ("n", "toc", "box") and norm(piece) and norm(piece)[:60] not in norm(t):
                errors.append("%s: LibreOffice text export lacks %r" % (c["file"], norm(piece)[:60]))
    for r in RULES:
        k = counts[r]
        if k["pass"] < 3 or k["weak"] + k["gap"] < 3 or k["weak"] < 1:
            errors.append("rule %s below minimums: %s" % (r, k))
    if builds != WANT_BUILDS:
        errors.append("build split wrong: %s" % builds)
    totals = {}
    for fn, f in feats.items():
        for name, n in f.items():
            totals.setdefault(name, [0, 0])
            totals[name][0] += n
            totals[name][1] += 1 if n else 0
    for name, (n, files) in totals.items():
        if n == 0:
            errors.append("DOCX feature absent from every DOCX: " + name)
    return errors, counts, words, feats, totals, lo_labels


# ---------------------------------------------------------------- README and main
BUILD_NAMES = {"docx": "DOCX, hand-built as Word writes it", "odt": "ODT, LibreOffice from flat ODT", "txt": "plain text", "md": "Markdown"}


def readme(counts, words, feats, totals, lo_labels):
    out = [README_HEAD.strip(), "", "## Contracts", "",
           "| File | Subject | Jurisdiction and drafting | Parties as named | Format | Words | Where the duties and traps sit |",
           "|---|---|---|---|---|---|---|"]
    for c in CONTRACTS:
        out.append("| %s | %s | %s | %s | %s | %d | %s |" % (c["file"], c["subject"], c["jurisdiction"], c["parties"],
                                                          BUILD_NAMES[c["build"]], words[c["file"]], c["shapes"]))
    out += ["", "## Word features counted in the built DOCX files", "",
            "Counted by the builder's checks in the files as built (total over the 8 DOCX files; number of files).", ""]
    for name, (n, files) in totals.items():
        out.append("* %s: %d in %d file%s" % (name, n, files, "" if files == 1 else "s"))
    out += ["", "Numbered clause labels shown by LibreOffice's own text export before their clause text: "
            + ", ".join("%s %d" % (fn.split("-")[0], n) for fn, n in lo_labels.items()) + "."]
    tot = {"pass": 0, "weak": 0, "gap": 0}
    out += ["", "## Verdict counts", "", "| Rule | pass | weak | gap |", "|---|---|---|---|"]
    for r in RULES:
        k = counts[r]
        for v in tot:
            tot[v] += k[v]
        out.append("| %s | %d | %d | %d |" % (r, k["pass"], k["weak"], k["gap"]))
    out.append("| all | %d | %d | %d |" % (tot["pass"], tot["weak"], tot["gap"]))
    out += ["", README_TAIL.strip()]
    return "\n".join(out) + "\n"


def expected_text(c):
    lines = []
    if len(c["verdicts"]) != 22:
        raise SystemExit("%s: %d verdicts" % (c["file"], len(c["verdicts"])))
    for r, (rule, verdict, why) in zip(RULES, c["verdicts"]):
        if rule != r:
            raise SystemExit("%s: verdict for %s out of order (%s)" % (c["file"], r, rule))
        lines.append("%s %s  # %s" % (rule, verdict, why))
    return "\n".join(lines) + "\n"


def build(tmp):
    jobs = []
    for c in CONTRACTS:
        fn, b = c["file"], c["build"]
        stem = fn.rsplit(".", 1)[0]
        dest = os.path.join(OUT, fn)
        if b == "md":
            open(dest, "w", encoding="utf-8", newline="\n").write(render_md(c))
        elif b == "txt":
            open(dest, "w", encoding="utf-8", newline="\n").write(render_txt(c))
        elif b == "docx":
            write_zip(dest, DocxWriter(c).parts())
        elif b == "odt":
            src = os.path.join(tmp, stem + ".fodt")
            open(src, "w", encoding="utf-8", newline="\n").write(render_fodt(c))
            jobs.append((src, dest))
        else:
            raise SystemExit("unknown build " + b)
        open(os.path.join(OUT, stem + ".expected"), "w", encoding="utf-8", newline="\n").write(expected_text(c))
    for src, dest in jobs:
        outdir = os.path.join(tmp, "lo-" + os.path.basename(src))
        os.makedirs(outdir)
        lo_convert([src], "odt:writer8", outdir)
        res = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".odt")
        if not os.path.exists(res):
            raise SystemExit("LibreOffice conversion failed: " + src)
        write_zip(dest, normalise_lo(open(res, "rb").read()))


def main():
    if not os.path.isdir("scripts") or not os.path.isdir("fixtures"):
        raise SystemExit("run from the repository root")
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="set21-")
    try:
        build(tmp)
        errors, counts, words, feats, totals, lo_labels = check(tmp)
        open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n").write(readme(counts, words, feats, totals, lo_labels))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for c in CONTRACTS:
        print("%-46s %5d words %3d duty sentences" % (c["file"], words.get(c["file"], 0), len(duty_sentences(c))))
    for r in RULES:
        k = counts[r]
        print("%-7s pass %2d  weak %2d  gap %2d" % (r, k["pass"], k["weak"], k["gap"]))
    for name, (n, files) in totals.items():
        print("feature %-48s %4d in %d files" % (name, n, files))
    for fn in sorted(os.listdir(OUT)):
        print("sha256 %s  %s" % (hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()[:16], fn))
    if errors:
        print("\n".join("ERROR: " + e for e in errors), file=sys.stderr)
        sys.exit(1)
    print("set21 OK")


if __name__ == "__main__":
    main()
