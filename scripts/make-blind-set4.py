#!/usr/bin/env python3
"""Build blind evaluation set 4 into ./out (deterministic).

Usage: python3 scripts/make-blind-set4.py   # writes fixtures/blind/set4/*
Needs Python 3 stdlib and soffice (LibreOffice) for c03 (.fodt -> .odt) and c10 (.html -> .docx).
"""
import io
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
from blind_set4_contracts import CONTRACTS  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "fixtures", "blind", "set4")
RULES = ["ES-%02d" % i for i in range(1, 11)] + ["COI-%02d" % i for i in range(1, 7)] + ["CDM-%02d" % i for i in range(1, 7)]
ZIP_DATE = (2025, 1, 1, 0, 0, 0)
ISO_DATE = "2025-01-01T00:00:00Z"
AUTHOR = "Contracts Team"
INLINE = re.compile(r"\{-(.*?)-\}|\{\+(.*?)\+\}|\{#(.*?)#\}|\{\^(.*?)\^\}|\{\|\}", re.S)


def segments(text):
    """Split text with inline markup into (kind, text): t, del, ins, cmt, fn, split."""
    out, pos = [], 0
    for m in INLINE.finditer(text):
        if m.start() > pos:
            out.append(("t", text[pos:m.start()]))
        if m.group(1) is not None:
            out.append(("del", m.group(1)))
        elif m.group(2) is not None:
            out.append(("ins", m.group(2)))
        elif m.group(3) is not None:
            out.append(("cmt", m.group(3)))
        elif m.group(4) is not None:
            out.append(("fn", m.group(4)))
        else:
            out.append(("split", ""))
        pos = m.end()
    if pos < len(text):
        out.append(("t", text[pos:]))
    return out


def plain(text, notes=None):
    """Contract text as read: insertions kept, deletions/comments dropped, footnotes as [n]."""
    s = ""
    for kind, t in segments(text):
        if kind in ("t", "ins"):
            s += t
        elif kind == "fn" and notes is not None:
            notes.append(t)
            s += "[%d]" % len(notes)
    return s


# ------------------------------------------------------------------ txt / md
def render_txt(c):
    notes, L = [], []
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            L += [plain(b[1], notes).upper(), ""]
        elif k == "p":
            L += [plain(b[1], notes), ""]
        elif k == "h":
            t = plain(b[2], notes).upper()
            L += [("%s. %s" % (b[1], t)) if b[1] else t, ""]
        elif k == "cl":
            L += ["%s %s" % (b[1], plain(b[2], notes)), ""]
        elif k == "list":
            L.append(("%s %s" % (b[1], plain(b[2], notes))) if b[1] else plain(b[2], notes))
            for i, it in enumerate(b[3]):
                L.append("    (%s) %s" % ("abcdefgh"[i], plain(it, notes)))
            L.append("")
        elif k == "table":
            for row in b[1]:
                L.append(" | ".join(plain(x, notes) for x in row))
            L.append("")
        elif k == "toc":
            for line in b[1]:
                L.append(line.replace("\t", " .......... "))
            L.append("")
    if notes:
        L += ["Notes"] + ["[%d] %s" % (i + 1, n) for i, n in enumerate(notes)] + [""]
    return "\n".join(L).rstrip() + "\n"


def render_md(c):
    notes, L = [], []
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            L += ["# " + plain(b[1], notes), ""]
        elif k == "p":
            L += [plain(b[1], notes), ""]
        elif k == "h":
            t = plain(b[2], notes)
            L += ["## " + (("%s. %s" % (b[1], t)) if b[1] else t), ""]
        elif k == "cl":
            L += ["%s %s" % (b[1], plain(b[2], notes)), ""]
        elif k == "list":
            L += [("%s %s" % (b[1], plain(b[2], notes))) if b[1] else plain(b[2], notes), ""]
            for i, it in enumerate(b[3]):
                L.append("- (%s) %s" % ("abcdefgh"[i], plain(it, notes)))
            L.append("")
        elif k == "table":
            rows = b[1]
            L.append("| " + " | ".join(plain(x, notes) for x in rows[0]) + " |")
            L.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for row in rows[1:]:
                L.append("| " + " | ".join(plain(x, notes) for x in row) + " |")
            L.append("")
        elif k == "toc":
            L += ["**" + b[1][0] + "**", ""] + ["- " + x.split("\t")[0] for x in b[1][1:]] + [""]
    if notes:
        L += ["---", ""] + ["[%d] %s" % (i + 1, n) for i, n in enumerate(notes)] + [""]
    return "\n".join(L).rstrip() + "\n"


def render_html(c):
    H = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>%s</title></head><body>" % escape(c["blocks"][0][1])]
    for b in c["blocks"]:
        k = b[0]
        if k == "title":
            H.append("<h1>%s</h1>" % escape(plain(b[1])))
        elif k == "p":
            H.append("<p>%s</p>" % escape(plain(b[1])))
        elif k == "h":
            t = escape(plain(b[2]))
            H.append("<h2>%s</h2>" % (("%s. %s" % (b[1], t)) if b[1] else t))
        elif k == "cl":
            H.append("<p><b>%s</b> %s</p>" % (escape(b[1]), escape(plain(b[2]))))
        elif k == "list":
            H.append("<p>%s %s</p><ol type=\"a\">" % (escape(b[1] or ""), escape(plain(b[2]))))
            H += ["<li>%s</li>" % escape(plain(x)) for x in b[3]]
            H.append("</ol>")
        elif k == "table":
            H.append("<table border=\"1\">")
            for i, row in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                H.append("<tr>" + "".join("<%s>%s</%s>" % (tag, escape(plain(x)), tag) for x in row) + "</tr>")
            H.append("</table>")
    H.append("</body></html>")
    return "\n".join(H) + "\n"


# ------------------------------------------------------------------ zip helpers
def write_zip(path, members):
    """members: list of (name, bytes); 'mimetype' (if present) must be first and is stored."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def normalise_zip(path):
    """Re-pack a soffice-made zip deterministically (fixed dates, no random rsids)."""
    with zipfile.ZipFile(path) as z:
        items = [(n, z.read(n)) for n in z.namelist()]
    out = []
    for n, data in items:
        if n.endswith(".xml") or n.endswith(".rels"):
            s = data.decode("utf-8")
            s = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", ISO_DATE, s)
            s = re.sub(r'(w:rsid\w*)="[0-9A-Fa-f]{8}"', r'\1="00A1B2C3"', s)
            s = re.sub(r"<w:rsid w:val=\"[0-9A-Fa-f]{8}\"/>", "", s)
            s = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>", "<meta:editing-duration>PT0S</meta:editing-duration>", s)
            s = re.sub(r"<meta:editing-cycles>[^<]*</meta:editing-cycles>", "<meta:editing-cycles>1</meta:editing-cycles>", s)
            s = re.sub(r'config:name="(Rsid|RsidRoot)" config:type="int">\d+<', r'config:name="\1" config:type="int">0<', s)
            ids = []
            for m in re.finditer(r'text:change-id="(ct\d+)"|xml:id="(ct\d+)"', s):
                i = m.group(1) or m.group(2)
                if i not in ids:
                    ids.append(i)
            for k, i in enumerate(ids):
                s = s.replace('"%s"' % i, '"ctX%d"' % (k + 1))
            data = s.encode("utf-8")
        out.append((n, data))
    out.sort(key=lambda x: (x[0] != "mimetype", 0))  # mimetype first, else keep order
    write_zip(path, out)


def soffice_convert(src, fmt, outdir):
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", fmt, "--outdir", outdir, src]
        if src.endswith(".html"):
            cmd[3:3] = ["--infilter=HTML (StarWriter)"]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------------------------ DOCX
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


class Docx:
    def __init__(self):
        self.comments, self.footnotes, self.rev = [], [], 100

    def rid(self):
        self.rev += 1
        return self.rev

    @staticmethod
    def run(text, deleted=False):
        tag = "w:delText" if deleted else "w:t"
        return '<w:r><%s xml:space="preserve">%s</%s></w:r>' % (tag, escape(text), tag)

    def runs(self, text):
        body, cids = "", []
        for kind, t in segments(text):
            if kind == "t":
                body += self.run(t)
            elif kind == "ins":
                body += '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (self.rid(), AUTHOR, ISO_DATE, self.run(t))
            elif kind == "del":
                body += '<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>' % (self.rid(), AUTHOR, ISO_DATE, self.run(t, True))
            elif kind == "cmt":
                cid = len(self.comments)
                self.comments.append(t)
                cids.append(cid)
                body += ('<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                         '<w:commentReference w:id="%d"/></w:r>' % (cid, cid))
            elif kind == "fn":
                self.footnotes.append(t)
                body += ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>'
                         % len(self.footnotes))
        start = "".join('<w:commentRangeStart w:id="%d"/>' % c for c in cids)
        return start + body

    def para(self, text, style=None, num=None):
        ppr = ""
        if style or num:
            ppr = "<w:pPr>"
            if style:
                ppr += '<w:pStyle w:val="%s"/>' % style
            if num:
                ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (num[1], num[0])
            ppr += "</w:pPr>"
        return "<w:p>%s%s</w:p>" % (ppr, self.runs(text))

    def table(self, rows):
        ncol = len(rows[0])
        width = 9000 // ncol
        x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
             '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
             '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
             '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
             '</w:tblBorders></w:tblPr><w:tblGrid>' + "".join('<w:gridCol w:w="%d"/>' % width for _ in range(ncol)) + "</w:tblGrid>"]
        for i, row in enumerate(rows):
            x.append("<w:tr>")
            for cell in row:
                x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                         % (width, self.para(cell, "TableHeading" if i == 0 else "TableText")))
            x.append("</w:tr>")
        x.append("</w:tbl>")
        return "".join(x)

    def build(self, c, path):
        body, h, cl = [], 0, 0
        for b in c["blocks"]:
            k = b[0]
            if k == "title":
                body.append(self.para(b[1], "Title"))
            elif k == "p":
                body.append(self.para(b[1]))
            elif k == "toc":
                body.append(self.para(b[1][0], "TOCHeading"))
                for line in b[1][1:]:
                    t, _, pg = line.partition("\t")
                    body.append('<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs></w:pPr>'
                                '%s<w:r><w:tab/></w:r>%s</w:p>' % (self.run(t), self.run(pg)))
            elif k == "h":
                if b[1]:
                    h, cl = h + 1, 0
                    assert b[1] == str(h), (c["name"], b)
                    body.append(self.para(b[2], "Heading1", (1, 0)))
                else:
                    body.append(self.para(b[2], "Heading1"))
            elif k in ("cl", "list"):
                cl += 1
                assert b[1] == "%d.%d" % (h, cl), (c["name"], b, h, cl)
                body.append(self.para(b[2], "Clause", (1, 1)))
                if k == "list":
                    for it in b[3]:
                        body.append(self.para(it, "ListItem", (1, 2)))
            elif k == "table":
                body.append(self.table(b[1]))
                body.append(self.para(""))
        doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
               '<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/>'
               '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
               '</w:body></w:document>' % (W_NS, "".join(body)))
        comments = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>' % W_NS +
                    "".join('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="CT"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>%s</w:p></w:comment>'
                            % (i, AUTHOR, ISO_DATE, self.run(t)) for i, t in enumerate(self.comments)) + "</w:comments>")
        footnotes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>' % W_NS +
                     '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                     '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
                     "".join('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>%s</w:p></w:footnote>'
                             % (i + 1, self.run(" " + t)) for i, t in enumerate(self.footnotes)) + "</w:footnotes>")
        members = [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", ROOT_RELS),
            ("docProps/core.xml", CORE % escape(c["blocks"][0][1])),
            ("word/document.xml", doc),
            ("word/_rels/document.xml.rels", DOC_RELS),
            ("word/styles.xml", STYLES),
            ("word/numbering.xml", NUMBERING),
            ("word/settings.xml", SETTINGS),
            ("word/comments.xml", comments),
            ("word/footnotes.xml", footnotes),
        ]
        write_zip(path, [(n, d.encode("utf-8")) for n, d in members])


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>%s</dc:title><dc:creator>Contracts Team</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified>
</cp:coreProperties>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
</Relationships>"""

SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:trackRevisions/><w:defaultTabStop w:val="720"/>
<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr></w:settings>"""


def _style(sid, name, typ="paragraph", ppr="", rpr="", based="Normal"):
    b = '<w:basedOn w:val="%s"/>' % based if based and sid != "Normal" else ""
    return ('<w:style w:type="%s" w:styleId="%s"><w:name w:val="%s"/>%s<w:qFormat/>%s%s</w:style>'
            % (typ, sid, name, b, "<w:pPr>%s</w:pPr>" % ppr if ppr else "", "<w:rPr>%s</w:rPr>" % rpr if rpr else ""))


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
          + _style("Normal", "Normal", based=None)
          + _style("Title", "Title", ppr='<w:jc w:val="center"/><w:spacing w:after="240"/>', rpr='<w:b/><w:sz w:val="32"/>')
          + _style("Heading1", "heading 1", ppr='<w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/>', rpr='<w:b/><w:sz w:val="26"/>')
          + _style("Heading2", "heading 2", ppr='<w:keepNext/><w:outlineLvl w:val="1"/>', rpr='<w:b/><w:sz w:val="24"/>')
          + _style("Clause", "Clause", ppr='<w:ind w:left="720" w:hanging="720"/>')
          + _style("ListItem", "List Item", ppr='<w:ind w:left="1440" w:hanging="720"/>')
          + _style("TOCHeading", "TOC Heading", rpr="<w:b/>")
          + _style("TOC1", "toc 1")
          + _style("TableHeading", "Table Heading", rpr="<w:b/>")
          + _style("TableText", "Table Text")
          + _style("CommentText", "annotation text")
          + _style("FootnoteText", "footnote text", rpr='<w:sz w:val="18"/>')
          + _style("CommentReference", "annotation reference", typ="character", rpr='<w:sz w:val="16"/>', based=None)
          + _style("FootnoteReference", "footnote reference", typ="character", rpr='<w:vertAlign w:val="superscript"/>', based=None)
          + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
          + "</w:styles>")

NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Clause"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>'
             '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:pStyle w:val="ListItem"/><w:lvlText w:val="(%3)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="720"/></w:pPr></w:lvl>'
             '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


# ------------------------------------------------------------------ ODT
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')

ODT_STYLES = """<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.4cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="13pt"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"/>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="9pt"/></style:style>
<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format=""/><text:outline-level-style text:level="2" style:num-format=""/></text:outline-style>
</office:styles>"""

ODT_AUTO = """<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>
<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<text:list-style style:name="LAlpha"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="2cm" fo:text-indent="-0.8cm" fo:margin-left="2cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:automatic-styles>"""


class Odt:
    def __init__(self):
        self.changes, self.nfn = [], 0

    def change_info(self):
        return "<office:change-info><dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info>" % (AUTHOR, ISO_DATE[:-1])

    def inline(self, text):
        s = ""
        for kind, t in segments(text):
            if kind == "t":
                s += escape(t)
            elif kind == "del":
                cid = "ct%d" % (len(self.changes) + 1)
                self.changes.append('<text:changed-region xml:id="%s" text:id="%s"><text:deletion>%s<text:p>%s</text:p></text:deletion></text:changed-region>'
                                    % (cid, cid, self.change_info(), escape(t)))
                s += '<text:change text:change-id="%s"/>' % cid
            elif kind == "ins":
                cid = "ct%d" % (len(self.changes) + 1)
                self.changes.append('<text:changed-region xml:id="%s" text:id="%s"><text:insertion>%s</text:insertion></text:changed-region>'
                                    % (cid, cid, self.change_info()))
                s += '<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>' % (cid, escape(t), cid)
            elif kind == "cmt":
                s += ('<office:annotation><dc:creator>%s</dc:creator><dc:date>%s</dc:date><text:p>%s</text:p></office:annotation>'
                      % (AUTHOR, ISO_DATE[:-1], escape(t)))
            elif kind == "fn":
                self.nfn += 1
                s += ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
                      '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>' % (self.nfn, self.nfn, escape(t)))
        return s

    def body(self, c):
        B = []
        for b in c["blocks"]:
            k = b[0]
            if k == "title":
                B.append('<text:p text:style-name="Title">%s</text:p>' % self.inline(b[1]))
            elif k == "p":
                B.append('<text:p text:style-name="Text_20_body">%s</text:p>' % self.inline(b[1]))
            elif k == "h":
                t = (b[1] + ". " if b[1] else "") + b[2]
                B.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % self.inline(t))
            elif k == "cl":
                B.append('<text:p text:style-name="Text_20_body">%s</text:p>' % self.inline(b[1] + " " + b[2]))
            elif k == "list":
                B.append('<text:p text:style-name="Text_20_body">%s</text:p>' % self.inline((b[1] + " " if b[1] else "") + b[2]))
                B.append('<text:list text:style-name="LAlpha">' + "".join(
                    '<text:list-item><text:p text:style-name="Text_20_body">%s</text:p></text:list-item>' % self.inline(it) for it in b[3]) + "</text:list>")
            elif k == "table":
                rows = b[1]
                n = len(rows[0])
                x = '<table:table table:name="Table%d" table:style-name="Tbl"><table:table-column table:number-columns-repeated="%d"/>' % (len(B), n)
                for i, row in enumerate(rows):
                    x += "<table:table-row>" + "".join(
                        '<table:table-cell table:style-name="TblCell" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                        % ("Table_20_Heading" if i == 0 else "Table_20_Contents", self.inline(cell)) for cell in row) + "</table:table-row>"
                B.append(x + "</table:table>")
        tc = ('<text:tracked-changes text:track-changes="true">%s</text:tracked-changes>' % "".join(self.changes)) if self.changes else ""
        return "<office:body><office:text>%s%s</office:text></office:body>" % (tc, "".join(B))

    def build_zip(self, c, path):
        body = self.body(c)
        content = '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">%s%s</office:document-content>' % (ODT_NS, ODT_AUTO, body)
        styles = '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">%s</office:document-styles>' % (ODT_NS, ODT_STYLES)
        meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3"><office:meta><dc:title>%s</dc:title>'
                '<meta:initial-creator>%s</meta:initial-creator><meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date></office:meta></office:document-meta>'
                % (ODT_NS, escape(c["blocks"][0][1]), AUTHOR, ISO_DATE[:-1], ISO_DATE[:-1]))
        manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                    '</manifest:manifest>')
        write_zip(path, [("mimetype", b"application/vnd.oasis.opendocument.text"),
                         ("META-INF/manifest.xml", manifest.encode()), ("content.xml", content.encode()),
                         ("styles.xml", styles.encode()), ("meta.xml", meta.encode())])

    def build_fodt(self, c):
        body = self.body(c)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
                '<office:meta><dc:title>%s</dc:title><meta:creation-date>%s</meta:creation-date></office:meta>%s%s%s</office:document>\n'
                % (ODT_NS, escape(c["blocks"][0][1]), ISO_DATE[:-1], ODT_STYLES, ODT_AUTO, body))


# ------------------------------------------------------------------ expected
def expected(c):
    lines = [ln.strip() for ln in c["expect"].strip().splitlines() if ln.strip()]
    out = []
    for rule, ln in zip(RULES, lines):
        head, _, reason = ln.partition("#")
        r, v = head.split()
        assert r == rule and v in ("pass", "gap", "weak"), (c["name"], ln)
        out.append("%s %s  # %s" % (r, v, reason.strip()))
    assert len(lines) == 22 and len(out) == 22, c["name"]
    return "\n".join(out) + "\n"


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for c in CONTRACTS:
        base = os.path.join(OUT, c["name"])
        fmt = c["fmt"]
        if fmt == "txt":
            open(base + ".txt", "w", encoding="utf-8").write(render_txt(c))
        elif fmt == "md":
            open(base + ".md", "w", encoding="utf-8").write(render_md(c))
        elif fmt == "docx":
            Docx().build(c, base + ".docx")
        elif fmt == "odt":
            Odt().build_zip(c, base + ".odt")
        elif fmt in ("odt-fodt", "docx-html"):
            with tempfile.TemporaryDirectory() as td:
                if fmt == "odt-fodt":
                    src, target, ext = os.path.join(td, c["name"] + ".fodt"), "odt", ".odt"
                    open(src, "w", encoding="utf-8").write(Odt().build_fodt(c))
                else:
                    src, target, ext = os.path.join(td, c["name"] + ".html"), "docx:MS Word 2007 XML", ".docx"
                    open(src, "w", encoding="utf-8").write(render_html(c))
                od = os.path.join(td, "o")
                os.makedirs(od)
                soffice_convert(src, target, od)
                shutil.copy(os.path.join(od, c["name"] + ext), base + ext)
            normalise_zip(base + ext)
        else:
            raise SystemExit("bad fmt " + fmt)
        open(base + ".expected", "w", encoding="utf-8").write(expected(c))
    print("wrote %d contracts to %s" % (len(CONTRACTS), OUT))


if __name__ == "__main__":
    main()
