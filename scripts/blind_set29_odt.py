"""Flat-ODT (.fodt) helpers for blind set 29: LibreOffice-native structure written by hand.

Texts are OpenDocument XML fragments (inline elements such as <text:s/>, <text:tab/>, notes and fields
are written in the strings themselves); fodt_document() wraps a contract's body in one office:document
with its styles, outline numbering, list styles, page header and footer.
"""
import re

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:ooow="http://openoffice.org/2004/writer" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

_n = {"note": 0, "frame": 0}


def _lvl(level, fmt, prefix="", suffix=".", display=1, indent=0.762):
    pos = indent * level
    return ('<text:list-level-style-number text:level="%d" style:num-format="%s"%s%s%s>'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="%.3fcm" '
            'fo:text-indent="-%.3fcm" fo:margin-left="%.3fcm"/></style:list-level-properties></text:list-level-style-number>'
            % (level, fmt, ' style:num-prefix="%s"' % prefix if prefix else "", ' style:num-suffix="%s"' % suffix if suffix else "",
               ' text:display-levels="%d"' % display if display > 1 else "", pos, indent, pos))


def _outline(fmt1, fmt2, fmt3):
    out = ['<text:outline-style style:name="Outline">']
    for level, fmt, disp, suf in ((1, fmt1, 1, "."), (2, fmt2, 2, ""), (3, fmt3, 3, "")):
        out.append('<text:outline-level-style text:level="%d" style:num-format="%s"%s%s>'
                   '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                   '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="%.3fcm" '
                   'fo:text-indent="-%.3fcm" fo:margin-left="%.3fcm"/></style:list-level-properties></text:outline-level-style>'
                   % (level, fmt, ' style:num-suffix="%s"' % suf if suf else "", ' text:display-levels="%d"' % disp if disp > 1 else "",
                      1.27 * level, 1.27 * level, 1.27 * level))
    out.append("</text:outline-style>")
    return "".join(out)


LIST_STYLES = (
    '<text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123">'
    + _lvl(1, "1") + _lvl(2, "1", display=2) + _lvl(3, "a", "(", ")") + "</text:list-style>"
    '<text:list-style style:name="Numbering_20_abc" style:display-name="Numbering abc">'
    + _lvl(1, "a", "(", ")", indent=1.0) + _lvl(2, "i", "(", ")", indent=1.0) + "</text:list-style>"
    '<text:list-style style:name="Numbering_20_ABC" style:display-name="Numbering ABC">'
    + _lvl(1, "A", "", ".") + _lvl(2, "1", "", ")") + "</text:list-style>"
    '<text:list-style style:name="List_20_1" style:display-name="List 1">'
    '<text:list-level-style-bullet text:level="1" text:bullet-char="\u2022"><style:list-level-properties '
    'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" '
    'text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties>'
    '</text:list-level-style-bullet>'
    '<text:list-level-style-bullet text:level="2" text:bullet-char="\u2013"><style:list-level-properties '
    'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" '
    'text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties>'
    '</text:list-level-style-bullet></text:list-style>')


def _pstyle(name, display, parent="Standard", cls="text", props="", extra=""):
    return ('<style:style style:name="%s"%s style:family="paragraph" style:parent-style-name="%s"%s style:class="%s">%s</style:style>'
            % (name, ' style:display-name="%s"' % display if display else "", parent, extra, cls, props))


def styles(font):
    return "".join([
        '<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>'
        '<style:text-properties style:font-name="%s" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>' % font,
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>',
        _pstyle("Heading", None, props='<style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/>'
                '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>'),
        _pstyle("Heading_20_1", "Heading 1", "Heading", extra=' style:next-style-name="Text_20_body" style:default-outline-level="1"'),
        _pstyle("Heading_20_2", "Heading 2", "Heading", extra=' style:next-style-name="Text_20_body" style:default-outline-level="2"',
                props='<style:text-properties fo:font-size="11.5pt"/>'),
        _pstyle("Heading_20_3", "Heading 3", "Heading", extra=' style:next-style-name="Text_20_body" style:default-outline-level="3"',
                props='<style:text-properties fo:font-size="11pt" fo:font-style="italic"/>'),
        _pstyle("Title", None, "Heading", cls="chapter", props='<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="18pt"/>'),
        _pstyle("Subtitle", None, "Heading", cls="chapter", props='<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" fo:font-weight="normal"/>'),
        _pstyle("Text_20_body", "Text body", props='<style:paragraph-properties fo:margin-bottom="0.247cm" fo:line-height="115%"/>'),
        _pstyle("Clause", None, "Text_20_body", props='<style:paragraph-properties fo:margin-left="1.27cm" fo:text-indent="-1.27cm"/>'),
        _pstyle("Schedule_20_Heading", "Schedule Heading", "Heading", props='<style:paragraph-properties fo:text-align="center" fo:break-before="page"/>'),
        _pstyle("Drafting_20_Note", "Drafting Note", "Text_20_body", props='<style:text-properties fo:color="#c9211e" fo:font-style="italic"/>'),
        _pstyle("Quotations", None, "Text_20_body", props='<style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm"/>'),
        _pstyle("Table_20_Contents", "Table Contents", cls="extra"),
        _pstyle("Table_20_Heading", "Table Heading", "Table_20_Contents", cls="extra", props='<style:text-properties fo:font-weight="bold"/>'),
        _pstyle("Caption", None, cls="extra", props='<style:text-properties fo:font-style="italic"/>'),
        _pstyle("Footnote", None, cls="extra", props='<style:text-properties fo:font-size="9pt"/>'),
        _pstyle("Endnote", None, cls="extra", props='<style:text-properties fo:font-size="9pt"/>'),
        _pstyle("Header", None, cls="extra", props='<style:text-properties fo:font-size="9pt"/>'),
        _pstyle("Footer", None, cls="extra", props='<style:text-properties fo:font-size="9pt"/>'),
        _pstyle("Frame_20_contents", "Frame contents", cls="extra"),
        _pstyle("Contents_20_Heading", "Contents Heading", "Heading", cls="index"),
        _pstyle("Contents_20_1", "Contents 1", cls="index"),
        _pstyle("Contents_20_2", "Contents 2", cls="index", props='<style:paragraph-properties fo:margin-left="0.5cm"/>'),
        '<style:style style:name="Frame" style:family="graphic"><style:graphic-properties fo:border="0.06pt solid #000000" '
        'fo:padding="0.15cm" style:wrap="none" style:vertical-pos="top" style:horizontal-pos="center" style:horizontal-rel="paragraph"/></style:style>',
        '<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>',
        '<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>',
    ])


def h(level, t):
    return '<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (level, level, t)


def p(t, style="Text_20_body"):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, t)


def ps(*ts):
    return "".join(p(t) for t in ts)


def cl(num, t):
    """A paragraph whose clause number is typed by hand, followed by a tab."""
    return '<text:p text:style-name="Clause">%s<text:tab/>%s</text:p>' % (num, t)


def _items(items, style="Text_20_body"):
    out = []
    for it in items:
        start = None
        if isinstance(it, tuple) and it and it[0] == "start":
            start, it = it[1], it[2]
        sub = None
        if isinstance(it, tuple):
            it, sub = it
        out.append("<text:list-item%s>" % (' text:start-value="%d"' % start if start else ""))
        out.append(p(it, style))
        if sub:
            out.append("<text:list>" + _items(sub, style) + "</text:list>")
        out.append("</text:list-item>")
    return "".join(out)


def lst(items, style="Numbering_20_abc", cont=False):
    """items: strings, (string, [subitems]) or ('start', n, item) to restart numbering."""
    return '<text:list text:style-name="%s"%s>%s</text:list>' % (style, ' text:continue-numbering="true"' if cont else "", _items(items))


def cell(t, span=1, head=False, rows=1):
    return ('<table:table-cell table:style-name="Tc" office:value-type="string"%s%s>%s</table:table-cell>'
            % (' table:number-columns-spanned="%d"' % span if span > 1 else "",
               ' table:number-rows-spanned="%d"' % rows if rows > 1 else "",
               "".join(p(x, "Table_20_Heading" if head else "Table_20_Contents") for x in (t if isinstance(t, list) else [t]))))


COVERED = "<table:covered-table-cell/>"


def table(name, ncols, header, rows):
    """header: list of cells (strings); rows: list of rows, each a list of raw cell XML or strings."""
    def row(cells, head=False):
        out = []
        for x in cells:
            out.append(x if x.startswith("<table:") else cell(x, head=head))
        return "<table:table-row>" + "".join(out) + "</table:table-row>"
    return ('<table:table table:name="%s" table:style-name="Tbl"><table:table-column table:style-name="Tcol" table:number-columns-repeated="%d"/>'
            '<table:table-header-rows>%s</table:table-header-rows>%s</table:table>'
            % (name, ncols, row(header, True), "".join(row(r) for r in rows)))


def fn(t):
    _n["note"] += 1
    return ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
            '<text:note-body>%s</text:note-body></text:note>' % (_n["note"], 0, p(t, "Footnote")))


def en(t):
    _n["note"] += 1
    return ('<text:note text:id="edn%d" text:note-class="endnote"><text:note-citation>i</text:note-citation>'
            '<text:note-body>%s</text:note-body></text:note>' % (_n["note"], p(t, "Endnote")))


def frame(name, paras, width="15.5cm"):
    _n["frame"] += 1
    return ('<draw:frame draw:style-name="fr1" draw:name="%s" text:anchor-type="paragraph" svg:width="%s" draw:z-index="%d">'
            '<draw:text-box fo:min-height="0.5cm">%s</draw:text-box></draw:frame>'
            % (name, width, _n["frame"], "".join(p(x, "Frame_20_contents") for x in paras)))


def section(name, inner):
    return '<text:section text:style-name="Sect1" text:name="%s">%s</text:section>' % (name, inner)


def hidden_para(t):
    return ('<text:p text:style-name="Drafting_20_Note"><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>%s</text:p>' % t)


def hidden_text(t):
    return '<text:hidden-text text:condition="ooow:1" text:string-value="%s" text:is-hidden="true"/>' % t


def annot(who, t):
    return ('<office:annotation><dc:creator>%s</dc:creator><dc:date>2026-01-09T14:20:00</dc:date>%s</office:annotation>'
            % (who, p(t)))


def toc(entries, title="Contents"):
    body = "".join('<text:p text:style-name="Contents_20_%d">%s<text:tab/>%s<text:tab/>%s</text:p>' % (lv, num, t, pg)
                   for lv, num, t, pg in entries)
    return ('<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="Table of Contents1">'
            '<text:table-of-content-source text:outline-level="2"><text:index-title-template text:style-name="Contents_20_Heading">%s</text:index-title-template>'
            '<text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents_20_1"><text:index-entry-chapter/>'
            '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/>'
            '</text:table-of-content-entry-template><text:table-of-content-entry-template text:outline-level="2" text:style-name="Contents_20_2">'
            '<text:index-entry-chapter/><text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
            '<text:index-entry-page-number/></text:table-of-content-entry-template></text:table-of-content-source>'
            '<text:index-body><text:index-title text:style-name="Sect1" text:name="Table of Contents1_Head">'
            '<text:p text:style-name="Contents_20_Heading">%s</text:p></text:index-title>%s</text:index-body></text:table-of-content>'
            % (title, title, body))


def change_region(cid, kind, who, when, deleted=""):
    inner = '<office:change-info><dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info>' % (who, when)
    if kind == "deletion":
        inner += p(deleted)
    return '<text:changed-region text:id="%s"><text:%s>%s</text:%s></text:changed-region>' % (cid, kind, inner, kind)


def ins(cid, t):
    return '<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>' % (cid, t, cid)


def dele(cid):
    return '<text:change text:change-id="%s"/>' % cid


def headings_of(body):
    """Chapter numbers the outline style gives each text:h (level 1 'N.', level 2 'N.M', level 3 'N.M.K')."""
    nums, out = [0, 0, 0], []
    for m in re.finditer(r'<text:h [^>]*text:outline-level="(\d)"[^>]*>(.*?)</text:h>', body):
        lv = int(m.group(1))
        nums[lv - 1] += 1
        for i in range(lv, 3):
            nums[i] = 0
        label = ".".join(str(n) for n in nums[:lv]) + ("." if lv == 1 else "")
        out.append((label, re.sub(r"<[^>]+>", "", m.group(2))))
    return out


def fodt_document(c):
    body = c["body"]
    c["headings"] = headings_of(body)
    changes = "".join(change_region(*x) for x in c.get("changes", []))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:meta><meta:initial-creator>%s</meta:initial-creator><dc:title>%s</dc:title>'
            '<meta:creation-date>2026-01-12T09:00:00</meta:creation-date></office:meta>'
            '<office:font-face-decls><style:font-face style:name="%s" svg:font-family="&apos;%s&apos;" style:font-family-generic="roman"/></office:font-face-decls>'
            '<office:styles>%s%s%s</office:styles>'
            '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
            'fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>'
            '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>'
            '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>'
            '<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"/>'
            '<style:style style:name="Sect1" style:family="section"><style:section-properties style:editable="false"/></style:style>'
            '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.6cm" table:align="margins"/></style:style>'
            '<style:style style:name="Tcol" style:family="table-column"/>'
            '<style:style style:name="Tc" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
            '</office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
            '<style:header><text:p text:style-name="Header">%s</text:p></style:header>'
            '<style:footer><text:p text:style-name="Footer">%s<text:tab/>Page <text:page-number text:select-page="current">1</text:page-number>'
            ' of <text:page-count>1</text:page-count></text:p></style:footer></style:master-page></office:master-styles>'
            '<office:body><office:text>%s<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
            '</text:sequence-decls>%s</office:text></office:body></office:document>\n'
            % (NS, c.get("author", "Legal Services"), c["title"], c.get("font", "Liberation Serif"), c.get("font", "Liberation Serif"),
               styles(c.get("font", "Liberation Serif")), _outline(*c.get("outline", ("1", "1", "a"))), LIST_STYLES,
               c["header"], c["footer"],
               "<text:tracked-changes>%s</text:tracked-changes>" % changes if changes else "", body))


def fmt_change(cid, t):
    """Text under a tracked attribute (format) change: the change-info lives in text:tracked-changes."""
    return '<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>' % (cid, t, cid)


def bookmark(name, t):
    return '<text:bookmark-start text:name="%s"/>%s<text:bookmark-end text:name="%s"/>' % (name, t, name)


def ref(name, shown):
    return '<text:bookmark-ref text:reference-format="text" text:ref-name="%s">%s</text:bookmark-ref>' % (name, shown)


def seq(n):
    return '<text:sequence text:ref-name="refTable%d" text:name="Table" text:formula="ooow:Table+1" style:num-format="1">%d</text:sequence>' % (n - 1, n)
