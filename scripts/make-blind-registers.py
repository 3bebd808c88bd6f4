#!/usr/bin/env python3
"""Blind register cases for the spreadsheet rules (issue 3).

Writes six cases under fixtures/registers/<case>/, each a small folder as an auditor would
receive it (registers as XLSX, XLS, ODS and CSV in several encodings, and short text
contracts), with case.toml listing every planted fault at its cell, row or provider. The
cases were written from docs/rule-catalogue sections 3 and 4 only, without reading the
table-recognition or record-rule code, and use header wording and layouts the code was not
tuned to: title rows, merged titles, blank rows above the header, a table that starts in
column B, notes below the table, trailing formatted empty rows, non-table sheets, dates as
date cells and as text in three forms, numbers as text, placeholders.

Sources: spreadsheets are written as flat ODS (fixtures/registers-src/<case>/*.fods, so cell
types, merges and styles are explicit) and converted by LibreOffice Calc; CSV and text files
are written directly. Deterministic: re-running gives the same cells; XLSX and ODS archives
get fixed timestamps. Needs `soffice` (Debian: libreoffice-calc).

    python3 scripts/make-blind-registers.py            # all cases
    python3 scripts/make-blind-registers.py CASE ...   # some
    python3 scripts/make-blind-registers.py --show     # print what stands at each expected cell

Only the case folders named below are replaced; other cases under fixtures/registers/ (those
of scripts/make-register-fixtures.py) are left alone.
"""
import datetime as dt
import io
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "fixtures/registers-src"
OUT = ROOT / "fixtures/registers"

D = dt.date


# --------------------------------------------------------------------------------------------
# Cell values
# --------------------------------------------------------------------------------------------

class Date:
    """A real date cell (shown DD/MM/YYYY)."""
    def __init__(self, y, m, d):
        self.date = D(y, m, d)


class Money:
    """A numeric cell formatted as pounds."""
    def __init__(self, amount):
        self.amount = amount


def text(v):
    """How a value reads in CSV, and what the report quotes."""
    if v is None:
        return ""
    if isinstance(v, Date):
        return v.date.strftime("%d/%m/%Y")
    if isinstance(v, Money):
        return f"£{v.amount:,.0f}" if v.amount == int(v.amount) else f"£{v.amount:,.2f}"
    return str(v)


def col_letter(i):
    """0-based column index -> A, B, ..., AA."""
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


# --------------------------------------------------------------------------------------------
# UK working days (England and Wales bank holidays, which include Christmas Day and Good Friday)
# --------------------------------------------------------------------------------------------

HOLIDAYS = {
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27), D(2024, 8, 26),
    D(2024, 12, 25), D(2024, 12, 26),
    D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26), D(2025, 8, 25),
    D(2025, 12, 25), D(2025, 12, 26),
    D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25), D(2026, 8, 31),
    D(2026, 12, 25), D(2026, 12, 28),
}


def working_days_after(start, end):
    """Working days after `start` up to and including `end`."""
    n, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in HOLIDAYS:
            n += 1
    return n


def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    return D(d.year + y, m + 1, min(d.day, 28 if m + 1 == 2 else 30 if m + 1 in (4, 6, 9, 11) else 31))


# --------------------------------------------------------------------------------------------
# Sheets, workbooks, cases
# --------------------------------------------------------------------------------------------

class Sheet:
    """Rows as a spreadsheet program shows them (row 1 first). A table inside has a header
    row and starts at column `first_col` (0 = A)."""

    def __init__(self, name, first_col=0):
        self.name = name
        self.rows = []          # list of (cells, kind) ; kind: title/header/data/blank/note/trail
        self.first_col = first_col
        self.header = None
        self.merges = {}        # row index -> span of its first cell
        self.width = 0

    def _put(self, cells, kind):
        cells = [None] * self.first_col + list(cells) if kind in ("header", "data") else list(cells)
        self.rows.append((cells, kind))
        self.width = max(self.width, len(cells))
        return len(self.rows)

    def title(self, value, span=None):
        n = self._put([value], "title")
        if span:
            self.merges[n] = span
        return n

    def blank(self):
        return self._put([], "blank")

    def note(self, value):
        return self._put([None] * self.first_col + [value], "note")

    def head(self, *names):
        self.header = list(names)
        return self._put(names, "header")

    def row(self, *cells):
        assert self.header is not None and len(cells) == len(self.header), (self.name, cells)
        return self._put(cells, "data")

    def trailing(self, n):
        """Empty rows that still carry the table's borders and fill."""
        for _ in range(n):
            self._put([], "trail")

    def cell(self, header, row):
        return f"{col_letter(self.first_col + self.header.index(header))}{row}"


class Workbook:
    def __init__(self, name, fmt):
        self.name, self.fmt, self.sheets = name, fmt, []

    def sheet(self, name, first_col=0):
        s = Sheet(name, first_col)
        self.sheets.append(s)
        return s

    @property
    def file(self):
        return f"{self.name}.{self.fmt}"


class Case:
    def __init__(self, name, as_of, description):
        self.name, self.as_of, self.description = name, as_of, description
        self.workbooks, self.csvs, self.texts, self.expects = [], [], [], []

    def workbook(self, name, fmt):
        wb = Workbook(name, fmt)
        self.workbooks.append(wb)
        return wb

    def csv(self, name, sheet, encoding="utf-8", delimiter=",", bom=False):
        """A CSV file; `sheet` holds its lines (row n = line n)."""
        self.csvs.append((name, sheet, encoding, delimiter, bom))

    def text(self, name, body):
        self.texts.append((name, body))

    def at(self, rule, file, sheet, header, row, why):
        """A record finding at the cell in column `header` of `row`."""
        self.expects.append(dict(rule=rule, file=file, sheet=sheet.name, cell=sheet.cell(header, row), why=why))

    def at_row(self, rule, file, sheet, row, why):
        self.expects.append(dict(rule=rule, file=file, sheet=sheet.name, row=row, why=why))

    def provider(self, rule, name, why):
        self.expects.append(dict(rule=rule, provider=name, why=why))


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------

FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N_dmy"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <number:currency-style style:name="N_gbp"><number:currency-symbol number:language="en" number:country="GB">£</number:currency-symbol><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:currency-style>
 <style:style style:name="co" style:family="table-column"><style:table-column-properties style:column-width="1.2in"/></style:style>
 <style:style style:name="ce_title" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>
 <style:style style:name="ce_head" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#d9e1f2" fo:wrap-option="wrap"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="ce_box" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="ce_date" style:family="table-cell" style:data-style-name="N_dmy"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="ce_gbp" style:family="table-cell" style:data-style-name="N_gbp"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="ce_note" style:family="table-cell"><style:text-properties fo:font-style="italic"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
"""
FODS_TAIL = "</office:spreadsheet></office:body></office:document>\n"


def fods_cell(v, style):
    if v is None:
        return f'<table:table-cell table:style-name="{style}"/>' if style != "-" else "<table:table-cell/>"
    st = "" if style == "-" else f' table:style-name="{style}"'
    if isinstance(v, Date):
        return (f'<table:table-cell table:style-name="ce_date" office:value-type="date" '
                f'office:date-value="{v.date.isoformat()}"><text:p>{text(v)}</text:p></table:table-cell>')
    if isinstance(v, Money):
        return (f'<table:table-cell table:style-name="ce_gbp" office:value-type="currency" office:currency="GBP" '
                f'office:value="{v.amount}"><text:p>{escape(text(v))}</text:p></table:table-cell>')
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return (f'<table:table-cell{st} office:value-type="float" office:value="{v}">'
                f'<text:p>{v}</text:p></table:table-cell>')
    return f'<table:table-cell{st} office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'


def write_fods(wb, path):
    out = [FODS_HEAD]
    for sh in wb.sheets:
        out.append(f'<table:table table:name="{escape(sh.name)}">')
        out.append(f'<table:table-column table:style-name="co" table:number-columns-repeated="{max(sh.width, 1)}"/>')
        table_cols = range(sh.first_col, sh.first_col + len(sh.header)) if sh.header else range(0)
        for i, (cells, kind) in enumerate(sh.rows, start=1):
            out.append("<table:table-row>")
            if not cells and kind != "trail":
                out.append("<table:table-cell/>")
            elif kind == "title" and i in sh.merges:
                span = sh.merges[i]
                out.append(f'<table:table-cell table:style-name="ce_title" table:number-columns-spanned="{span}" '
                           f'office:value-type="string"><text:p>{escape(str(cells[0]))}</text:p></table:table-cell>')
                out.append("<table:covered-table-cell/>" * (span - 1))
            elif kind == "trail":
                for c in range(sh.first_col + len(sh.header)):
                    out.append(fods_cell(None, "ce_box" if c in table_cols else "-"))
            else:
                for c, v in enumerate(cells):
                    if kind == "title":
                        style = "ce_title"
                    elif kind == "note":
                        style = "ce_note"
                    elif kind == "header":
                        style = "ce_head" if c in table_cols else "-"
                    elif kind == "data":
                        style = "ce_box" if c in table_cols else "-"
                    else:
                        style = "-"
                    out.append(fods_cell(v, style))
            out.append("</table:table-row>")
        out.append("</table:table>")
    out.append(FODS_TAIL)
    path.write_text("".join(out), encoding="utf-8")


def write_csv(path, sheet, encoding, delimiter, bom):
    lines = []
    for cells, kind in sheet.rows:
        fields = []
        for v in cells:
            s = text(v)
            if any(ch in s for ch in (delimiter, '"', "\n")):
                s = '"' + s.replace('"', '""') + '"'
            fields.append(s)
        lines.append(delimiter.join(fields))
    body = "\r\n".join(lines) + "\r\n"
    data = body.encode(encoding)
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    path.write_bytes(data)


FIXED = (2026, 1, 1, 0, 0, 0)


def normalise_zip(path):
    """Fixed timestamps inside XLSX/ODS, so re-running changes nothing."""
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", r"\g<1>2026-01-01T00:00:00Z", s)
                s = re.sub(r"(<(?:meta:creation-date|dc:date)>)[^<]*", r"\g<1>2026-01-01T00:00:00", s)
                s = re.sub(r"<meta:generator>[^<]*</meta:generator>", "", s)
                s = re.sub(r"<Application>[^<]*</Application>", "", s)
                data = s.encode("utf-8")
            new = zipfile.ZipInfo(info.filename, FIXED)
            new.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            new.external_attr = 0o644 << 16
            dst.writestr(new, data)
    src.close()
    path.write_bytes(buf.getvalue())


def convert(src, fmt, outdir, tmp):
    filt = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods"}[fmt]
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp}/lo-profile", "--headless", "--convert-to", filt,
         "--outdir", str(outdir), str(src)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    made = outdir / f"{src.stem}.{fmt}"
    assert made.is_file(), f"LibreOffice did not write {made}"
    if fmt in ("xlsx", "ods"):
        normalise_zip(made)


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_case(c, tmp):
    out, src = OUT / c.name, SRC / c.name
    for d in (out, src):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for wb in c.workbooks:
        fods = src / f"{wb.name}.fods"
        write_fods(wb, fods)
        convert(fods, wb.fmt, out, tmp)
    for name, sheet, encoding, delimiter, bom in c.csvs:
        write_csv(out / name, sheet, encoding, delimiter, bom)
    for name, body in c.texts:
        (out / name).write_text(body, encoding="utf-8")
    lines = ["# Written by scripts/make-blind-registers.py (blind cases: written from the rule catalogue,",
             "# not from the code). Every planted fault, at its cell, row or provider; every other data row",
             "# is clean under docs/rule-catalogue.md sections 3 and 4 at as_of.",
             f"as_of = {toml_str(c.as_of)}", f"description = {toml_str(c.description)}", ""]
    for e in c.expects:
        lines.append("[[expect]]")
        for key in ("rule", "file", "sheet", "cell", "row", "provider", "why"):
            if key in e:
                lines.append(f"{key} = {e[key]}" if key == "row" else f"{key} = {toml_str(e[key])}")
        lines.append("")
    (out / "case.toml").write_text("\n".join(lines), encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Shared pieces
# --------------------------------------------------------------------------------------------

def contract_register_csv(sheet, rows, headers=None):
    """A plain Transparency Code register (every field filled; rows are clean)."""
    sheet.head(*(headers or ["Reference", "Title", "Department", "Description", "Supplier", "Company number",
                             "Value", "Irrecoverable VAT", "Start date", "End date", "Review date",
                             "Procurement route", "SME", "VCSE"]))
    for r in rows:
        sheet.row(*r)


CASES = {}


def case(name, as_of, description):
    def register(fn):
        CASES[name] = (as_of, description, fn)
        return fn
    return register


# --------------------------------------------------------------------------------------------
# 1. A borough's Transparency Code register with two text contracts
# --------------------------------------------------------------------------------------------

MEALS = """MEALS AT HOME SERVICE AGREEMENT

Contract Reference: LBH/ASC/0412

THIS AGREEMENT is made on 28 March 2024

BETWEEN

(1) THE MAYOR AND BURGESSES OF THE LONDON BOROUGH OF HARTSFIELD of Town Hall, Market Street,
Hartsfield HF1 1AA (the "Council"); and

(2) PARKSIDE MEALS LIMITED (company number 04455121) whose registered office is at Unit 4,
Canal Wharf, Hartsfield HF3 7QP (the "Provider").

1. SERVICES

1.1 The Provider shall deliver a hot midday meal to each Service User referred by the Council,
seven days a week, in accordance with the Specification.

2. STANDARDS OF CONDUCT

2.1 The Provider shall comply with, and shall ensure that its Staff comply with, the Seven
Principles of Public Life in delivering the Services.

2.2 The Provider shall not offer or give any gift or hospitality to any officer of the Council.

3. COMPLAINTS

3.1 The Provider shall operate a complaints procedure for Service Users and shall report the
number of complaints received, upheld, partially upheld and not upheld to the Council each
quarter.

Signed for and on behalf of the Council ..................
Signed for and on behalf of the Provider ..................
"""

CARERS = """CONTRACT FOR CARERS SUPPORT SERVICES
London Borough of Hartsfield - Adults and Health Directorate
Our ref: LBH/ASC/0457

This Agreement is made between (1) London Borough of Hartsfield, Town Hall, Market Street,
Hartsfield HF1 1AA (the "Council") and (2) Hartsfield Carers Network, a charitable company
(registered charity number 1098765, company number 04870012) of 12 Mill Lane, Hartsfield
HF2 4RS (the "Provider").

1. DURATION

1.1 This Contract starts on 1 October 2025 and ends on 30 September 2028.

2. THE SERVICES

2.1 The Provider shall provide information, advice, carers' assessments and short breaks for
unpaid carers living in the borough.

3. CONFLICTS OF INTEREST

3.1 The Provider shall take appropriate steps to ensure that neither the Provider nor its Staff
are placed in a position where there is or may be an actual or potential conflict between
their interests and the Provider's duties under this Contract, and shall notify the Council
promptly in writing of any such conflict.

4. SPEAKING UP

4.1 The Provider shall maintain a whistleblowing policy under which Staff may raise concerns
with the Provider or the Council, and shall not subject any member of Staff to any detriment
for raising a concern in good faith.
"""


@case("borough-contract-register", "2026-01-31",
      "a London borough's Transparency Code register (XLSX: merged title, blank row, notes row, "
      "formatted empty rows, a Notes sheet; dates as date cells and as text in three forms, values "
      "as text) naming two text contracts by file name and by reference, and a missing PDF")
def borough(c):
    name = "Contracts Register Q3 2025-26"
    f = f"{name}.xlsx"
    wb = c.workbook(name, "xlsx")
    s = wb.sheet("Contracts")
    s.title("London Borough of Hartsfield", span=8)
    s.title("Contracts Register - published under the Local Government Transparency Code 2015")
    s.title("Data as at 31 December 2025. Contracts over £5,000.")
    s.blank()
    s.head("Contract Reference", "Contract Title", "Directorate", "Description of Goods and Services",
           "Name of supplier", "Company / Charity Reg No.", "Total Contract Value (£)", "VAT not recoverable (£)",
           "Contract Start", "Contract End", "Review Date", "Procurement Procedure", "SME", "VCSE", "Status",
           "Document")
    s.row("LBH/ASC/0412", "Meals at Home", "Adults and Health", "Hot meals delivered to housebound residents",
          "Parkside Meals Ltd", "04455121", Money(412000), 0, Date(2024, 4, 1), Date(2027, 3, 31), Date(2026, 4, 1),
          "Open tender (Find a Tender)", "Y", "N", "Active", "meals-at-home-agreement.txt")
    s.row("LBH/ASC/0457", "Carers Support Service", "Adults and Health",
          "Information, advice and short breaks for unpaid carers", "Hartsfield Carers Network", "1098765",
          "£186,500", "0", "01/10/2025", "30/09/2028", "01/10/2026", "Open tender", "N", "Y", "Active", None)
    s.row("LBH/CH/0390", "Children's residential placements", "Children's Services",
          "Residential care placements for looked-after children", "Oakridge Children's Homes Limited", "07788123",
          "£1.2m", "0", "1 April 2025", "31 March 2029", "1 April 2027", "Competitive procedure with negotiation",
          "N", "N", "Active", None)
    r = s.row("LBH/HSG/0233", "Floating support", "Housing", "Tenancy sustainment support for vulnerable tenants",
              "Brightpath Housing Support Ltd", "09911223", Money(96000), 0, Date(2023, 7, 1), Date(2025, 6, 30),
              Date(2024, 7, 1), "Request for quotation", "N", "N", "Active", None)
    c.at_row("ES-51", f, s, r, "status Active but the contract ended on 30/06/2025 (as of 31/01/2026)")
    r = s.row("LBH/ENV/0511", "Grounds maintenance", "Environment and Regeneration",
              "Grounds maintenance of parks and open spaces", "Greenway Landscapes Ltd", "06123987", Money(640000), 0,
              Date(2026, 4, 1), Date(2026, 3, 31), Date(2026, 4, 1), "Open tender (Find a Tender)", "N", "N",
              "Awarded", None)
    c.at("ES-51", f, s, "Contract End", r, "end 31/03/2026 before start 01/04/2026 (the review date, equal to the "
         "start, then also falls outside start..end)")
    r = s.row("LBH/CORP/0102", "Agency staff managed service", "Corporate Resources",
              "Managed service for temporary agency workers", "Matrix Staffing Solutions Ltd", "03344556", "TBC", 0,
              Date(2025, 4, 1), Date(2027, 3, 31), Date(2026, 4, 1), "Call-off from framework (ESPO 653F)", "N", "N",
              "Active", None)
    c.at_row("ES-50", f, s, r, "contract value is TBC (a placeholder counts as blank)")
    r = s.row("LBH/ASC/0460", "Home care - North locality", "Adults and Health", "Domiciliary care for adults",
              "Kingfisher Home Care Ltd", None, Money(1450000), 0, Date(2025, 11, 1), Date(2028, 10, 31),
              Date(2026, 11, 1), "Open tender (Find a Tender)", "Y", "N", "Active",
              "kingfisher-home-care-contract.pdf")
    c.at_row("ES-50", f, s, r, "SME = Y but no company number (warning)")
    c.provider("ES-52", "Kingfisher Home Care Ltd",
               "the register names kingfisher-home-care-contract.pdf for LBH/ASC/0460; no such file in the folder")
    s.row("LBH/ENV/0499", "Refuse collection vehicles", "Environment and Regeneration",
          "Lease of 12 refuse collection vehicles", "Fleetline Vehicle Hire Ltd", "02233445", "£120k", "0",
          "2025-01-06", "2030-01-05", "2027-01-06", "Call-off from framework (CCS RM6060)", "N", "N", "Active", None)
    r = s.row("LBH/CH/0415", "Short breaks for disabled children", "Children's Services",
              "Holiday and weekend short breaks", "Playwise Short Breaks CIC", "11223344", Money(0), 0,
              Date(2025, 7, 1), Date(2027, 6, 30), Date(2026, 7, 1), "Open tender", "Y", "Y", "Active", None)
    c.at("ES-51", f, s, "Total Contract Value (£)", r, "contract value £0 (must be > 0)")
    r = s.row("LBH/PH/0300", "Stop smoking service", "Public Health", "Community stop smoking service",
              "Clearway Health Ltd", "08765432", Money(75000), 0, Date(2025, 4, 1), Date(2027, 3, 31),
              Date(2028, 1, 1), "Open tender", "N", "N", "Active", None)
    c.at_row("ES-51", f, s, r, "review date 01/01/2028 after the end date 31/03/2027 (warning)")
    s.row("LBH/ASC/0398", "Advocacy services", "Adults and Health",
          "Independent advocacy (Care Act, IMCA and IMHA)", "Speakwell Advocacy Trust", "1123456", Money(210000), 0,
          Date(2022, 4, 1), Date(2025, 3, 31), Date(2023, 4, 1), "Open tender", "N", "Y", "Expired", None)
    s.blank()
    s.note("Values include irrecoverable VAT where applicable. Source: Hartsfield contracts database; "
           "queries to procurement@hartsfield.example.")
    s.trailing(6)
    n = wb.sheet("Notes")
    n.title("About this register")
    n.title("The Council publishes details of every contract, commissioned activity, purchase order, "
            "framework agreement and other legally enforceable agreement with a value over £5,000.")
    n.title("Status: Active = in force; Awarded = signed, not yet started; Expired = ended.")
    n.title("Last updated 12 January 2026 by Corporate Procurement.")
    c.text("meals-at-home-agreement.txt", MEALS)
    c.text("carers-support-contract.txt", CARERS)


# --------------------------------------------------------------------------------------------
# 2. An ICB's declarations of interests and gifts and hospitality register
# --------------------------------------------------------------------------------------------

@case("icb-interests-gifts", "2026-03-31",
      "an ICB's combined register of interests and gifts and hospitality (ODS, two table sheets and a "
      "guidance sheet) with declarations from its own staff and from its providers' staff, beside a "
      "Windows-1252 contract register")
def icb(c):
    reg = c.workbook("Register of Interests and Gifts 2025-26", "ods")
    f = reg.file
    s = reg.sheet("Declarations")
    s.title("Northmoor Integrated Care Board", span=6)
    s.title("Register of declared interests - staff, board members and providers' decision-making staff")
    s.blank()
    s.head("Staff Name", "Job Title", "Employer", "Type of Interest", "Details of interest", "Related organisation",
           "Interest start", "Interest end", "Date declared", "Action taken to manage", "Last reviewed")
    s.row("Dr Helen Marsh", "Clinical Director", "Northmoor ICB", "Financial",
          "Spouse holds shares in Meadowbank Care Ltd", "Meadowbank Care Ltd", Date(2019, 6, 1), None,
          Date(2025, 5, 12), "Excluded from commissioning decisions on home care; recorded by the Board Secretary",
          Date(2025, 11, 3))
    r = s.row("Mark Ellison", "Head of Contracts", "Northmoor ICB", "Non-financial personal",
              "Brother-in-law is operations manager at Linden Lodge Nursing Homes", "Linden Lodge Nursing Homes Ltd",
              Date(2024, 1, 1), None, Date(2025, 6, 2), "None", None)
    c.at("COI-53", f, s, "Action taken to manage", r,
         "interest in Linden Lodge Nursing Homes Ltd, which holds NICB-0105 (01/01/2025-31/12/2027); action None")
    s.row("Sarah Quinn", "Finance Manager", "Northmoor ICB", "Non-financial professional",
          "Trustee of Community Care Forum, a local charity", "Community Care Forum", Date(2022, 9, 1), None,
          Date(2025, 7, 14), "N/A", None)
    r = s.row("Ana Silva", "Catering Manager", "Café Nova Catering Ltd", "Indirect",
              "Partner owns a food wholesaler that supplies Café Nova", "Freshfields Wholesale Ltd",
              Date(2025, 1, 1), Date(2024, 12, 31), Date(2025, 8, 11), "Partner's firm not used for ICB sites", None)
    c.at("COI-56", f, s, "Interest end", r, "interest end 31/12/2024 before its start 01/01/2025")
    s.row("Priya Natarajan", "Registered Manager", "Meadowbank Care Ltd", "Nil return", None, None, None, None,
          Date(2025, 9, 30), None, None)
    s.row("Tom Okafor", "Director", "Meadowbank Care Ltd", "Outside employment",
          "Non-executive director of Westbrook Housing Association", "Westbrook Housing Association",
          Date(2023, 4, 1), None, Date(2025, 6, 20), "No conflict with the home care contract", None)
    s.row("Gareth Lewis", "Finance Director", "Riverside Diagnostics Limited", "No declared interests", None, None,
          None, None, Date(2025, 10, 1), None, None)
    s.row("Sarah Quinn", "Finance Manager", "Northmoor ICB", "Financial",
          "Held shares in Riverside Diagnostics Limited (sold)", "Riverside Diagnostics Limited", Date(2018, 3, 1),
          Date(2021, 2, 28), Date(2021, 3, 1), "None", None)
    r = s.row("James Whitaker", "Commissioning Manager", "Northmoor ICB", "Financial",
              "Consultancy fees from Summit Physio & Rehab Ltd (ended)", "Summit Physio and Rehab Ltd",
              Date(2022, 1, 1), Date(2024, 12, 31), "14/05/2026", "Declared to Audit Committee; no further action",
              None)
    c.at("COI-56", f, s, "Date declared", r, "declared 14/05/2026, after as-of 31/03/2026")
    r = s.row("Lucy Brennan", "Deputy Director of Nursing", "Northmoor ICB", "Non-financial professional",
              "Member of a Royal College of Nursing professional forum", "Royal College of Nursing",
              Date(2020, 2, 1), None, Date(2024, 9, 16), "No action required", None)
    c.at("COI-51", f, s, "Date declared", r, "Lucy Brennan last declared 16/09/2024, over 12 months before 31/03/2026")
    r = s.row("Ben Carter", "Procurement Officer", "Northmoor ICB", None,
              "Wife works as a chef for Café Nova Catering Ltd", "Café Nova Catering Ltd", Date(2025, 3, 1), None,
              Date(2025, 12, 1), "Removed from the catering contract evaluation panel", None)
    c.at_row("COI-50", f, s, r, "no type of interest")
    s.row("Rachel Adeyemi", "Head of Estates", "Northmoor ICB", "Financial",
          "Holds shares in Meadowbank Care Ltd through a family trust", "Meadowbank Care Ltd", Date(2015, 5, 1), None,
          Date(2025, 10, 20), "Excluded from home care contract management", Date(2026, 2, 1))
    s.row("Karen Doyle", "Clinical Lead", "Summit Physio & Rehab Ltd", "Nil return", None, None, None, None,
          Date(2025, 11, 18), None, None)
    s.blank()
    s.note("Nil return = the member of staff has no interests to declare.")
    s.trailing(4)

    g = reg.sheet("Gifts and Hospitality")
    g.title("Gifts and hospitality register 2025-26", span=6)
    g.title("Offers accepted and declined, declared by ICB staff")
    g.blank()
    g.head("Date of offer", "Recipient", "Position", "Gift or hospitality", "Description of item", "Offered by",
           "Estimated value", "Accepted or declined", "Approved by", "Date declared", "Reason", "Action taken")
    g.row(Date(2025, 6, 10), "Dr Helen Marsh", "Clinical Director", "Gift", "Box of biscuits",
          "Meadowbank Care Ltd", Money(5), "Accepted", None, Date(2025, 6, 11), "Promotional item",
          "Shared with the team")
    r = g.row(Date(2025, 7, 2), "Mark Ellison", "Head of Contracts", "Hospitality",
              "Dinner at a supplier awards evening", "Linden Lodge Nursing Homes Ltd", Money(140), "Accepted", None,
              Date(2025, 7, 4), "Networking", "Attended")
    c.at("COI-55", f, g, "Estimated value", r, "hospitality £140 accepted (> £75) with no approval")
    g.row(Date(2025, 9, 19), "Sarah Quinn", "Finance Manager", "Gift", "Bottle of champagne",
          "Riverside Diagnostics Limited", Money(45), "Declined", None, Date(2025, 9, 19), "Contract under review",
          "Returned to sender")
    r = g.row(Date(2025, 10, 8), "James Whitaker", "Commissioning Manager", "Gift", "Theatre vouchers",
              "Summit Physio & Rehab Ltd", "£30.00", "Accepted", None, Date(2025, 10, 9), "Thank-you for a visit",
              "Kept")
    c.at("COI-55", f, g, "Estimated value", r, "vouchers £30 accepted (cash or vouchers), from a supplier (> £6)")
    g.row(Date(2025, 11, 27), "Ben Carter", "Procurement Officer", "Hospitality", "Working lunch at supplier briefing",
          "Café Nova Catering Ltd", Money(18), "Accepted", None, Date(2025, 11, 28), "Business meeting",
          "Declared; modest working lunch")
    g.row(Date(2025, 12, 15), "Rachel Adeyemi", "Head of Estates", "Hospitality", "Conference dinner",
          "Riverside Diagnostics Limited", Money(95), "Accepted", "Chief Executive", Date(2025, 12, 16),
          "Speaking at the conference", "Approved in advance")
    g.row(Date(2026, 1, 20), "Dr Helen Marsh", "Clinical Director", "Gift", "Christmas hamper",
          "Meadowbank Care Ltd", Money(60), "Declined", None, Date(2026, 1, 20), "Over the gift limit",
          "Returned with thanks")
    g.trailing(5)

    h = reg.sheet("Guidance")
    h.title("How to use this register")
    h.title("Declare any interest within 28 days of it arising, and at least once a year (a nil return if none).")
    h.title("Gifts: promotional gifts up to £6 may be accepted; other gifts from suppliers must be declined.")
    h.title("Hospitality over £75 needs the approval of a director before it is accepted.")

    cr = Sheet("contracts")
    contract_register_csv(cr, [
        ["NICB-0101", "Home care", "Community Services", "Home care for adults", "Meadowbank Care Ltd", "05123456",
         "£2,400,000", "0", "01/04/2024", "31/03/2027", "01/04/2026", "Open procedure", "N", "N"],
        ["NICB-0102", "Community diagnostics", "Planned Care", "Community ultrasound and echocardiography",
         "Riverside Diagnostics Limited", "06234567", "£380,000", "0", "01/10/2024", "30/09/2026", "01/04/2026",
         "Open procedure", "N", "N"],
        ["NICB-0103", "Catering", "Estates", "Patient and staff catering at two community hospitals",
         "Café Nova Catering Ltd", "07345678", "£96,500", "0", "01/07/2025", "30/06/2027", "01/01/2026",
         "Request for quotation", "Y", "N"],
        ["NICB-0104", "MSK physiotherapy", "Planned Care", "Community musculoskeletal physiotherapy",
         "Summit Physio & Rehab Ltd", "08456789", "£520,000", "0", "01/04/2025", "31/03/2028", "01/04/2026",
         "Open procedure", "Y", "N"],
        ["NICB-0105", "Nursing home beds", "Community Services", "Block-booked nursing home beds",
         "Linden Lodge Nursing Homes Ltd", "04567890", "£1,150,000", "0", "01/01/2025", "31/12/2027", "01/01/2026",
         "Open procedure", "N", "N"],
    ])
    c.csv("contracts.csv", cr, encoding="cp1252")
    c.provider("COI-52", "Linden Lodge Nursing Homes Ltd",
               "holds NICB-0105; it appears only as a counterparty (Mark Ellison's interest, a gift), no declaration "
               "or nil return from its own staff")


# --------------------------------------------------------------------------------------------
# 3. Quarterly KO41-style returns in several period forms
# --------------------------------------------------------------------------------------------

def ko41(bf, new, up, part, notup, **override):
    """A consistent return: resolved = outcomes, c/f = b/f + new - resolved; override to break it."""
    res = override["res"] if "res" in override else up + part + notup
    cf = override["cf"] if "cf" in override else bf + new - res
    return dict(bf=bf, new=new, res=res, up=up, part=part, notup=notup, cf=cf)


@case("ko41-quarterly-periods", "2026-01-31",
      "quarterly complaint returns (XLSX) from seven providers written in five period forms (2025/26 Q1, "
      "Q2 2025-26, Oct-Dec 2025, 2025-Q4 and a calendar/financial duplicate), counts as text with thousands "
      "separators, a suppressed count, a Total row, beside a semicolon-separated contract register")
def quarterly(c):
    wb = c.workbook("Complaints returns 2025-26", "xlsx")
    f = wb.file
    s = wb.sheet("KO41 returns")
    s.title("Eastvale ICB - quarterly written complaints returns from providers (KO41b-style)", span=8)
    s.title("Figures as submitted. See the Notes tab for definitions.")
    s.blank()
    cols = ["Provider", "Org code", "Quarter", "Cases b/fwd", "New complaints received", "Total resolved",
            "Upheld", "Partially upheld", "Not upheld", "Cases c/fwd"]
    s.head(*cols)

    def put(org, code, period, k, as_text=False):
        vals = [k["bf"], k["new"], k["res"], k["up"], k["part"], k["notup"], k["cf"]]
        if as_text:
            vals = [f"{v:,}" if isinstance(v, int) else v for v in vals]
        return s.row(org, code, period, *vals)

    # A: financial-year quarters; outcome sum wrong in Q2.
    a = "Eastvale Community Healthcare CIC"
    put(a, "NQ1", "2025/26 Q1", ko41(4, 18, 6, 5, 7))               # c/f 4
    r = put(a, "NQ1", "2025/26 Q2", ko41(4, 22, 7, 5, 9, res=20))   # outcomes 21, c/f 6 = 4 + 22 - 20
    c.at("CDM-52", f, s, "Total resolved", r, "upheld 7 + partially 5 + not upheld 9 = 21, total resolved 20")
    put(a, "NQ1", "2025/26 Q3", ko41(6, 15, 5, 4, 6))               # c/f 6
    # B: calendar quarters (contract from January 2025); c/f wrong in 2025-Q3.
    b = "Brookside Dental Care Ltd"
    put(b, "V1K2", "2025-Q1", ko41(0, 9, 3, 2, 3))                   # c/f 1
    put(b, "V1K2", "2025-Q2", ko41(1, 11, 4, 3, 4))                  # c/f 1
    r = put(b, "V1K2", "2025-Q3", ko41(1, 14, 4, 3, 5, cf=4))        # should be 1 + 14 - 12 = 3
    c.at("CDM-52", f, s, "Cases c/fwd", r, "carried forward 4, but 1 + 14 - 12 = 3")
    put(b, "V1K2", "2025-Q4", ko41(4, 10, 3, 2, 4))                  # b/f follows the reported 4
    # C: month ranges; b/f of Oct-Dec does not follow Jul-Sep c/f; a suppressed count.
    cc = "Greyfriars Hospice Care"
    r = put(cc, "GHC", "Apr-Jun 2025", ko41(2, 7, 2, 2, "*", res=7, cf=2))
    c.at("CDM-51", f, s, "Not upheld", r, "not upheld given as '*' (suppressed), not a whole number")
    put(cc, "GHC", "Jul-Sep 2025", ko41(2, 8, 2, 3, 1))              # c/f 4
    r = put(cc, "GHC", "Oct-Dec 2025", ko41(7, 9, 2, 3, 5))          # c/f 6
    c.at("CDM-52", f, s, "Cases b/fwd", r, "Oct-Dec 2025 brought forward 7, but Jul-Sep 2025 carried forward 4")
    # D: 'Q2 2025-26' form, quarter 2 never returned.
    d = "Marsh Lane Medical Practice"
    put(d, "M85011", "Q1 2025-26", ko41(1, 5, 1, 2, 1))              # c/f 2
    put(d, "M85011", "Q3 2025-26", ko41(2, 6, 2, 1, 2))              # c/f 3
    c.provider("CDM-53", d, "Q1 2025-26 and Q3 2025-26 returned; Q2 2025-26 (Jul-Sep 2025) missing")
    # E: Oct-Dec 2025 returned twice, once as '2025/26 Q3' and once as calendar '2025-Q4', different figures.
    e = "Sandpiper Mental Health Services Ltd"
    put(e, "NSP", "2025/26 Q1", ko41(3, 12, 4, 4, 3))                # c/f 4
    put(e, "NSP", "2025/26 Q2", ko41(4, 13, 5, 3, 4))                # c/f 5
    put(e, "NSP", "2025/26 Q3", ko41(5, 11, 3, 4, 4))                # c/f 5
    put(e, "NSP", "2025-Q4", ko41(5, 14, 4, 4, 5))                   # same quarter, other figures
    c.provider("CDM-53", e, "2025/26 Q3 and 2025-Q4 are both Oct-Dec 2025, with new 11 and 14: duplicate period")
    # G: a large trust, counts as text with thousands separators; resolved > b/f + new in Q2.
    g = "Eastvale University Hospitals NHS Foundation Trust"
    put(g, "RXE", "2025/26 Q1", ko41(298, 1188, 402, 511, 561), as_text=True)      # c/f 12
    r = put(g, "RXE", "2025/26 Q2", ko41(12, 1204, 410, 520, 600, cf=0), as_text=True)
    c.at("CDM-52", f, s, "Total resolved", r, "total resolved 1,530 > brought forward 12 + new 1,204 = 1,216")
    c.at("CDM-52", f, s, "Cases c/fwd", r, "carried forward 0, but 12 + 1,204 - 1,530 = -314")
    put(g, "RXE", "2025/26 Q3", ko41(0, 1131, 388, 402, 329), as_text=True)       # c/f 12
    # Total row (a decoy: not a return).
    s.row("Total", None, None, 1346, 5054, 4994, 1585, 1684, "1,725", 1406)
    s.blank()
    s.note("'*' = fewer than 3 cases, suppressed by the provider. Quarters are as written by each provider.")
    s.trailing(5)
    n = wb.sheet("Notes")
    n.title("Definitions")
    n.title("Cases b/fwd: complaints open at the start of the quarter. Cases c/fwd: open at its end.")
    n.title("Upheld + partially upheld + not upheld = total resolved.")
    n.title("Financial year quarters: Q1 = April-June ... Q4 = January-March.")

    cr = Sheet("contract-register")
    contract_register_csv(cr, [
        ["EV-101", "Community nursing and therapies", "Community", "Adult community health services", a,
         "CIC 11987654", "£14,200,000", "0", "01/04/2025", "31/03/2030", "01/04/2027", "Open procedure", "N", "Y"],
        ["EV-102", "Community dental service", "Primary Care", "Special care and paediatric dentistry", b,
         "08811223", "£1,050,000", "0", "01/01/2025", "31/12/2027", "01/01/2026", "Open procedure", "Y", "N"],
        ["EV-103", "Specialist palliative care", "Community", "Hospice at home and in-patient beds", cc,
         "1012345", "£2,300,000", "0", "01/04/2025", "31/03/2028", "01/04/2026", "Direct award (PSR)", "N", "Y"],
        ["EV-104", "Enhanced access appointments", "Primary Care", "Evening and weekend GP appointments", d,
         "OC412345", "£180,000", "0", "01/04/2025", "31/03/2027", "01/04/2026", "Direct award (PSR)", "N",
         "N"],
        ["EV-105", "Talking therapies", "Mental Health", "Talking therapies for anxiety and depression", e,
         "09955667", "£3,600,000", "0", "01/04/2025", "31/03/2028", "01/10/2026", "Open procedure", "N", "N"],
        ["EV-106", "Acute services", "Acute", "Elective and non-elective acute services", g, "RXE (NHS FT)",
         "£412,000,000", "0", "01/04/2025", "31/03/2026", "01/10/2025", "Direct award (PSR)", "N", "N"],
        ["EV-107", "Pharmacy minor ailments service", "Primary Care", "Minor ailments consultations in pharmacies",
         "Ashgrove Community Pharmacy Ltd", "07700112", "£64,000", "0", "01/04/2025", "31/03/2027", "01/04/2026",
         "Request for quotation", "Y", "N"],
    ])
    c.csv("contract-register.csv", cr, delimiter=";", bom=True)
    c.provider("CDM-55", "Ashgrove Community Pharmacy Ltd",
               "holds EV-107 (01/04/2025-31/03/2027, a service) and has no complaint return for any quarter")


# --------------------------------------------------------------------------------------------
# 4. A complaints case log and satisfaction results
# --------------------------------------------------------------------------------------------

@case("complaints-case-log", "2026-02-27",
      "an adult social care complaints case log (XLS, table starting in column B under a title, a Lookup "
      "sheet, dates as date cells and as text) with Easter and Christmas acknowledgements, open cases with "
      "and without agreed extensions, beside UTF-16 satisfaction results and a contract register")
def case_log(c):
    as_of = D(2026, 2, 27)
    wb = c.workbook("complaints-log-2025", "xls")
    f = wb.file
    s = wb.sheet("Case log", first_col=1)
    s.title("Shireford County Council - complaints about commissioned adult social care providers")
    s.blank()
    s.head("Provider", "Complaint Ref", "Date Complaint Received", "Date Acknowledged", "Final response sent",
           "Outcome", "Extension agreed?", "Service", "Subject")

    def check(received, ack, late):
        n = working_days_after(received, ack)
        assert (n > 3) == late, (received, ack, n)

    k = "Kestrel Home Care Ltd"
    s.row(k, "KHC-25-001", Date(2025, 4, 14), Date(2025, 4, 16), Date(2025, 5, 20), "Upheld", None, "Home care",
          "Missed visit")
    check(D(2025, 4, 17), D(2025, 4, 23), False)     # Good Friday and Easter Monday between
    s.row(k, "KHC-25-002", "17/04/2025", "23/04/2025", "30/05/2025", "Partially upheld", None, "Home care",
          "Late calls over Easter")
    check(D(2025, 8, 22), D(2025, 8, 29), True)
    r = s.row(k, "KHC-25-003", Date(2025, 8, 22), Date(2025, 8, 29), Date(2025, 9, 26), "Not upheld", None,
              "Home care", "Carer attitude")
    c.at("CDM-54", f, s, "Date Acknowledged", r,
         "received Fri 22/08/2025, acknowledged Fri 29/08/2025: 4 working days (Mon 25/08 a bank holiday)")
    check(D(2025, 12, 23), D(2025, 12, 29), False)
    s.row(k, "KHC-25-004", Date(2025, 12, 23), Date(2025, 12, 29), Date(2026, 1, 30), "Upheld", None, "Home care",
          "Cancelled visit on Christmas Eve")
    s.row(k, "KHC-25-005", "2025-06-02", "2025-06-03", None, "Open", "Y", "Home care",
          "Safeguarding concern (police investigation)")
    w = "Willowbrook Residential Care Ltd"
    s.row(w, "WRC/0142", "3 March 2025", "4 March 2025", "28 March 2025", "Upheld", None, "Residential care",
          "Lost property")
    r = s.row(w, "WRC/0151", "12 May 2025", "13 May 2025", None, "Open", "N", "Residential care",
              "Fees charged after death")
    assert add_months(D(2025, 5, 12), 6) < as_of
    c.at_row("CDM-54", f, s, r, "open since 12/05/2025 (over 9 months at 27/02/2026), extension N")
    r = s.row(w, "WRC/0163", "1 October 2025", "30 September 2025", "14 November 2025", "Not upheld", None,
              "Residential care", "Visiting restrictions")
    c.at("CDM-51", f, s, "Date Acknowledged", r, "acknowledged 30/09/2025, before it was received on 01/10/2025")
    r = s.row(w, "WRC/0170", "10 November 2025", "11 November 2025", "5 November 2025", "Upheld", None,
              "Residential care", "Medication error")
    c.at("CDM-51", f, s, "Final response sent", r, "final response 05/11/2025, before it was received on 10/11/2025")
    h = "Hartley Day Services CIC"
    s.row(h, "HDS-2025-07", Date(2025, 7, 7), Date(2025, 7, 8), Date(2025, 8, 15), "Not upheld", None,
          "Day opportunities", "Transport times")
    r = s.row(h, None, Date(2025, 9, 15), Date(2025, 9, 16), Date(2025, 10, 10), "Partially upheld", None,
              "Day opportunities", "Activity cancelled")
    c.at_row("CDM-50", f, s, r, "no complaint reference")
    check(D(2025, 11, 3), D(2025, 11, 13), True)
    r = s.row(h, "HDS-2025-12", Date(2025, 11, 3), Date(2025, 11, 13), Date(2025, 12, 12), "Upheld", None,
              "Day opportunities", "Staff conduct")
    c.at("CDM-54", f, s, "Date Acknowledged", r, "received Mon 03/11/2025, acknowledged Thu 13/11/2025: 8 working days")
    s.row(h, "HDS-2026-01", Date(2026, 1, 12), Date(2026, 1, 13), None, "Open", None, "Day opportunities",
          "Lunch provision")
    o = "Oakfield Reablement Ltd"
    assert add_months(D(2025, 9, 1), 6) > as_of
    s.row(o, "ORL-001", "01/09/2025", "02/09/2025", None, "Open", None, "Reablement", "Equipment not delivered")
    s.row(o, "ORL-002", "02/02/2026", "03/02/2026", "20/02/2026", "Withdrawn", None, "Reablement",
          "Visit times")
    s.row(o, "ORL-003", Date(2025, 10, 6), Date(2025, 10, 7), Date(2025, 10, 31), "Not upheld", None,
          "Reablement", "Discharge planning")
    s.blank()
    s.note("Targets: acknowledge within 3 working days; respond within 20 working days or as agreed with "
           "the complainant.")
    s.trailing(5)
    lk = wb.sheet("Lookup")
    lk.title("Outcome codes")
    lk.title("Upheld / Partially upheld / Not upheld / Withdrawn / Open")
    lk.title("Extension agreed: Y (with date) or N")

    sat = Sheet("satisfaction-survey")
    sat.head("Provider", "Quarter", "Survey", "Respondents", "% satisfied")
    for p, q, n_, pct in [(k, "2025/26 Q2", 48, "91%"), (k, "2025/26 Q3", 52, "89%"),
                          (w, "2025/26 Q2", 31, "84%"), (w, "2025/26 Q3", 29, "86%"),
                          (h, "2025/26 Q2", 40, "95%"), (h, "2025/26 Q3", 37, "93%")]:
        sat.row(p, q, "Service user survey", n_, pct)
    sat.row(o, "2025/26 Q3", "Staff survey", 22, "71%")
    c.csv("satisfaction-survey.csv", sat, encoding="utf-16-le", delimiter="\t")
    c.provider("CDM-56", o, "holds SCC-ASC-044 from 01/07/2025; only a staff survey row, no service-user "
               "satisfaction or feedback")

    cr = Sheet("contracts")
    contract_register_csv(cr, [
        ["SCC-ASC-031", "Home care - West", "Adult Social Care", "Domiciliary care", k, "06612345",
         "£2,900,000", "0", "01/04/2024", "31/03/2028", "01/04/2026", "Open procedure", "N", "N"],
        ["SCC-ASC-032", "Residential care", "Adult Social Care", "Residential care home placements", w, "05598765",
         "£1,700,000", "0", "01/04/2024", "31/03/2027", "01/04/2026", "Open procedure", "Y", "N"],
        ["SCC-ASC-040", "Day opportunities", "Adult Social Care", "Day services for adults with learning disabilities",
         h, "10234567", "£640,000", "0", "01/04/2025", "31/03/2028", "01/04/2026", "Open procedure", "Y", "Y"],
        ["SCC-ASC-044", "Reablement", "Adult Social Care", "Short-term reablement after hospital discharge", o,
         "11345678", "£880,000", "0", "01/07/2025", "30/06/2028", "01/07/2026", "Open procedure", "Y", "N"],
    ])
    c.csv("contracts.csv", cr)


# --------------------------------------------------------------------------------------------
# 5. Supplier ethics register with key staff, and providers' declarations
# --------------------------------------------------------------------------------------------

@case("supplier-assurance", "2026-03-31",
      "a county council's supplier ethics register (XLSX: a Suppliers sheet, a Key staff sheet, a read-me "
      "sheet) with acceptance written as Y, Yes, TRUE, Signed and dates, providers' declarations (ODS) "
      "submitted by name, and a contract register (CSV); part-name and surname-only decoys")
def supplier(c):
    bv, bv_alt = "Brook and Vale Support Ltd", "Brook & Vale Support Limited"
    kf = "Kingfisher Home Care Ltd"
    ad = "Ashdown Supported Living Ltd"
    mc = "Marlowe Care Homes Ltd"
    tv = "Tern Valley Transport CIC"
    la = "Lantern Advocacy Trust"
    ol = "Orchard Lane Day Centres Ltd"
    nf = "Northfield Home Support Ltd"

    wb = c.workbook("Supplier ethics register", "xlsx")
    s = wb.sheet("Suppliers")
    s.title("Fenwick County Council - supplier ethics assurance", span=6)
    s.blank()
    s.head("Supplier", "Companies House no.", "Contract reference", "Code of Conduct signed",
           "Annual ethics certificate date", "Speak Up policy", "Anti-bribery policy", "Conflicts of interest policy",
           "Gifts & hospitality register", "Last ethics training")
    s.row(bv_alt, "07123456", "FCC-1001", "Y", Date(2025, 9, 12), "Y", "Y", "Y", "Y", Date(2025, 10, 2))
    s.row("Kingfisher Care", "09876543", "n/a (not contracted)", "Yes", Date(2025, 7, 1), "Y", "Y", "Y", "Y",
          Date(2025, 6, 15))
    s.row(ad, "08234567", "FCC-1003", "Pending", None, "Y", "Y", "Y", "Y", Date(2025, 11, 20))
    s.row(mc, "04345678", "FCC-1004", "Signed", Date(2024, 9, 30), "Y", "Y", "Y", "Y", Date(2025, 10, 14))
    s.row(tv, "10456789", "FCC-1005", "Yes", Date(2025, 11, 14), "N", "Y", "Y", "Y", Date(2025, 12, 1))
    s.row(la, "1134567", "FCC-1006", "TRUE", Date(2025, 6, 30), "Y", "Y", "Y", "Y", Date(2024, 11, 20))
    s.row(ol, "06567890", "FCC-1007", "12/01/2026", "12/01/2026", "Yes", "Yes", "Yes", "Yes", "15/01/2026")
    s.row(nf, "05678901", "FCC-1008", "Y", "2025-08-04", "Y", "Y", "Y", "Y", "2025-09-10")
    s.trailing(4)
    c.provider("ES-53", kf, "holds FCC-1002 but has no row in the supplier register (the 'Kingfisher Care' row is "
               "another company)")
    c.provider("ES-53", ad, "code of conduct 'Pending' and no ethics certificate")
    c.provider("ES-53", mc, "code 'Signed', last ethics certificate 30/09/2024: over 12 months before 31/03/2026")
    c.provider("ES-54", tv, "Speak Up policy N")
    c.provider("ES-54", la, "last ethics training 20/11/2024, over 12 months before 31/03/2026")

    k = wb.sheet("Key staff")
    k.title("Suppliers' directors and decision-making staff")
    k.blank()
    k.head("Supplier", "Staff name", "Role", "Decision-making staff (Y/N)", "Director")
    for row in [(bv_alt, "Helen Achebe", "Managing Director", "Y", "Y"),
                (bv_alt, "Rob Fielding", "Service Manager", "Y", "N"),
                (kf, "Tariq Mahmood", "Managing Director", "Y", "Y"),
                (ad, "Claire Benton", "Chief Executive", "Y", "Y"),
                (mc, "Fiona Grant", "Finance Director", "Y", "Y"),
                (mc, "Declan Hughes", "Registered Manager", "Y", "N"),
                (tv, "Gordon Price", "Chief Executive", "Y", "Y"),
                (la, "Meera Pillai", "Director", "Y", "Y"),
                (ol, "Priya Shah", "Operations Director", "Y", "Y"),
                (ol, "Anil Shah", "Driver", "N", "N"),
                (nf, "Sam Rowe", "Care Coordinator", "N", "N")]:
        k.row(*row)
    c.provider("COI-57", ol, "decision-maker Priya Shah has no declaration; the only Shah declaring is Anil Shah "
               "(surname-only match)")
    c.provider("COI-57", mc, "decision-maker Declan Hughes has no declaration of his own; he appears only as the "
               "related party in Fiona Grant's")
    rm = wb.sheet("Read me")
    rm.title("Suppliers confirm each April that they accept the Council's Supplier Code of Conduct and send an "
             "annual ethics certificate signed by a director.")
    rm.title("Key staff: directors and anyone who takes or influences decisions on the contract.")

    dec = c.workbook("supplier-declarations", "ods")
    d = dec.sheet("Declarations")
    d.title("Declarations of interest from providers' decision-making staff (GC27-style)")
    d.blank()
    d.head("Declarant", "Position", "Submitted by", "Category of interest", "Interest disclosed", "Related party",
           "From", "To", "Date of declaration", "Mitigation")
    d.row("Helen Achebe", "Managing Director", bv, "Nil return", None, None, None, None, Date(2025, 9, 12), None)
    d.row("Rob Fielding", "Service Manager", bv, "Nil return", None, None, None, None, Date(2025, 9, 15), None)
    d.row("Tariq Mahmood", "Managing Director", kf, "Outside employment", "Trustee of Fenwick Carers' Centre",
          "Fenwick Carers' Centre", Date(2021, 1, 1), None, Date(2025, 6, 3), "No conflict identified")
    d.row("Claire Benton", "Chief Executive", ad, "Nil return", None, None, None, None, Date(2025, 12, 1), None)
    d.row("Fiona Grant", "Finance Director", mc, "Non-financial personal",
          "Brother Declan Hughes is Registered Manager at Marlowe Care Homes", "Declan Hughes", Date(2022, 5, 1),
          None, Date(2025, 10, 6), "Declan does not report to Fiona; noted by the board")
    d.row("Gordon Price", "Chief Executive", tv, "Nil return", None, None, None, None, Date(2025, 5, 19), None)
    d.row("Meera Pillai", "Director", la, "Financial", "Spouse is a partner at Pillai & Co, the Trust's auditors",
          "Pillai & Co", Date(2018, 4, 1), None, Date(2025, 7, 22), "Excluded from decisions on audit appointment")
    d.row("Anil Shah", "Driver", ol, "Nil return", None, None, None, None, Date(2025, 10, 1), None)
    d.trailing(3)
    c.provider("COI-52", nf, "holds FCC-1008; no declaration or nil return submitted by it")

    cr = Sheet("contract-register")
    contract_register_csv(cr, [
        ["FCC-1001", "Supported living - East", "Adults", "Supported living for adults with learning disabilities",
         bv, "07123456", "£1,250,000", "0", "01/04/2025", "31/03/2028", "01/04/2026", "Open procedure", "Y", "N"],
        ["FCC-1002", "Home care - Central", "Adults", "Domiciliary care", kf, "08998877", "£2,100,000", "0",
         "01/10/2025", "30/09/2028", "01/10/2026", "Open procedure", "Y", "N"],
        ["FCC-1003", "Supported living - West", "Adults", "Supported living for adults with mental health needs",
         ad, "08234567", "£980,000", "0", "01/04/2025", "31/03/2028", "01/04/2026", "Open procedure", "Y", "N"],
        ["FCC-1004", "Care home beds", "Adults", "Block-purchased residential and nursing beds", mc, "04345678",
         "£3,400,000", "0", "01/01/2025", "31/12/2027", "01/01/2026", "Open procedure", "N", "N"],
        ["FCC-1005", "Community transport", "Adults", "Door-to-door transport to day services", tv, "10456789",
         "£310,000", "0", "01/04/2025", "31/03/2027", "01/04/2026", "Open procedure", "Y", "Y"],
        ["FCC-1006", "Independent advocacy", "Adults", "Care Act and statutory advocacy", la, "1134567",
         "£420,000", "0", "01/07/2025", "30/06/2028", "01/07/2026", "Open procedure", "N", "Y"],
        ["FCC-1007", "Day opportunities", "Adults", "Day centres for older people", ol, "06567890", "£560,000", "0",
         "01/04/2025", "31/03/2028", "01/04/2026", "Open procedure", "Y", "N"],
        ["FCC-1008", "Home support - North", "Adults", "Domiciliary care and sitting service", nf, "05678901",
         "£1,900,000", "0", "01/11/2025", "31/10/2028", "01/11/2026", "Open procedure", "Y", "N"],
    ])
    c.csv("contract-register.csv", cr)


# --------------------------------------------------------------------------------------------
# 6. Former office holders (revolving door)
# --------------------------------------------------------------------------------------------

@case("revolving-door", "2026-02-15",
      "a department's list of former office holders (ODS) with grades from Minister to Grade 7, advice "
      "as Y/N or a date, waiting periods, beside a Windows-1252 directors and staff register (CSV) and "
      "a contract register (XLSX); grade windows, surname-only and blank-employer decoys")
def revolving(c):
    cs = "Cornerstone Housing Partnerships Ltd"
    ns = "Northstar Facilities Management Ltd"
    bw = "Brightwater Training Ltd"
    mr = "Meridian Regeneration Ltd"
    al = "Alder Community Services Ltd"
    pn = "Pennant Care Cymru Ltd"

    wb = c.workbook("former-office-holders", "ods")
    s = wb.sheet("Leavers and appointments")
    s.title("Department for Communities and Local Growth", span=6)
    s.title("Former office holders: new appointments notified under the Business Appointment Rules")
    s.blank()
    s.head("Name", "Previous position", "Grade", "Former department", "Last day of service", "New employer",
           "New role", "Date appointment taken up", "Advice sought (Y/N)", "Advice date", "Advising body",
           "Waiting period ends", "Lobbying restriction ends")
    dept = "Department for Communities and Local Growth"
    s.row("Margaret Holt", "Director General, Housing", "SCS3", dept, Date(2023, 9, 30), cs,
          "Non-executive Director", Date(2024, 3, 1), "Y", Date(2023, 11, 15), "ACOBA", Date(2024, 1, 31),
          Date(2025, 9, 30))
    s.row("David Okoro", "Deputy Director, Commercial", "SCS1", dept, Date(2025, 3, 31), ns, "Commercial Director",
          Date(2025, 9, 1), "N", None, None, None, None)
    c.provider("COI-54", ns, "David Okoro (SCS1) left 31/03/2025, started 01/09/2025, inside the 2-year window, "
               "advice not sought")
    s.row("Janet Lowe", "Senior Policy Adviser", "Grade 7", dept, Date(2025, 6, 30), bw, "Head of Policy",
          Date(2025, 10, 6), "No", None, None, None, None)
    c.provider("COI-54", bw, "Janet Lowe (Grade 7) left 30/06/2025, started 06/10/2025, inside the 1-year window, "
               "advice not sought")
    s.row("Peter Walsh", "Head of Grants", "Grade 6", dept, Date(2024, 5, 31), cs, "Head of Partnerships",
          Date(2025, 8, 1), "N", None, None, None, None)
    s.row("Aisha Rahman", "Director, Local Growth", "SCS2", dept, "31/01/2025", mr, "Strategy Director",
          "03/11/2025", "Y", "12/03/2025", "ACOBA", "31/01/2026", "31/01/2027")
    c.provider("COI-54", mr, "Aisha Rahman (SCS2) started 03/11/2025, before her waiting period ended 31/01/2026")
    s.row("Linda Osei", "Deputy Director, Housing Supply", "SCS1", dept, "31 December 2024", cs,
          "Development Director", "2 June 2025", "14/02/2025", None, "ACOBA", "31 March 2025", None)
    s.row("Richard Kerr", "Deputy Director, Analysis", "SCS1", dept, Date(2025, 12, 31), None, None, None, "N",
          None, None, None, None)
    s.row("Helen Price", "Deputy Director, Finance", "SCS1", dept, Date(2025, 2, 28), None, None, None, "N", None,
          None, None, None)
    c.provider("COI-54", al, "Helen Price (SCS1) left 28/02/2025; the directors register shows her appointed a "
               "director of Alder Community Services Ltd on 01/10/2025; advice not sought")
    s.row("Owen Griffiths", "Estates Manager", "Grade 7", dept, "2025-10-31", pn, "Property Manager", "2025-09-01",
          "Y", "2025-08-20", "Departmental", None, None)
    c.provider("COI-54", pn, "Owen Griffiths took up his appointment 01/09/2025, before his last day of service "
               "31/10/2025 (data error)")
    s.row("Rt Hon Colin Bright", "Minister of State for Local Growth", "Minister", dept, Date(2024, 7, 5),
          "Harbourside Consulting LLP", "Senior Adviser", Date(2025, 2, 3), "Y", Date(2024, 11, 1), "ACOBA",
          Date(2025, 1, 5), Date(2026, 7, 5))
    s.blank()
    s.note("Grades: SCS1 = Deputy Director, SCS2 = Director, SCS3 = Director General.")
    s.trailing(4)

    ds = Sheet("directors-and-staff")
    ds.head("Company", "Name", "Role", "Director (Y/N)", "Date appointed")
    for row in [(cs, "Margaret Holt", "Non-executive Director", "Y", "01/03/2024"),
                (cs, "Sarah Kerr", "Chief Operating Officer", "Y", "12/01/2026"),
                (cs, "Peter Walsh", "Head of Partnerships", "N", "01/08/2025"),
                (cs, "Linda Osei", "Development Director", "Y", "02/06/2025"),
                (ns, "David Okoro", "Commercial Director", "Y", "01/09/2025"),
                (bw, "Janet Lowe", "Head of Policy", "N", "06/10/2025"),
                (mr, "Aisha Rahman", "Strategy Director", "Y", "03/11/2025"),
                (al, "Tomás Reilly", "Managing Director", "Y", "14/05/2019"),
                (al, "Helen Price", "Finance Director", "Y", "01/10/2025"),
                (pn, "Owen Griffiths", "Property Manager", "N", "01/09/2025")]:
        ds.row(*row)
    c.csv("directors-and-staff.csv", ds, encoding="cp1252")

    cwb = c.workbook("contracts", "xlsx")
    cr = cwb.sheet("Contracts awarded")
    cr.title("Department for Communities and Local Growth - contracts over £5,000")
    cr.blank()
    contract_register_csv(cr, [
        ["DCLG-24-019", "Temporary accommodation support", "Housing", "Support for households in temporary "
         "accommodation", cs, "06677889", Money(2750000), 0, Date(2024, 6, 1), Date(2027, 5, 31), Date(2026, 6, 1),
         "Open procedure", "N", "N"],
        ["DCLG-25-004", "Estate facilities management", "Estates", "Facilities management for two regional offices",
         ns, "03322110", Money(1800000), 0, Date(2025, 4, 1), Date(2028, 3, 31), Date(2026, 4, 1),
         "Call-off from framework (CCS RM6232)", "N", "N"],
        ["DCLG-25-011", "Policy skills programme", "People", "Policy and analysis training for staff", bw,
         "09090909", Money(145000), 0, Date(2025, 9, 1), Date(2027, 8, 31), Date(2026, 9, 1), "Open procedure",
         "Y", "N"],
        ["DCLG-25-015", "Levelling-up evaluation", "Local Growth", "Evaluation of local growth funds", mr,
         "07070707", Money(620000), 0, Date(2025, 7, 1), Date(2027, 6, 30), Date(2026, 7, 1), "Open procedure",
         "Y", "N"],
        ["DCLG-25-021", "Community resilience grants administration", "Communities", "Administration of community "
         "resilience grants", al, "05050505", Money(380000), 0, Date(2025, 10, 1), Date(2027, 9, 30),
         Date(2026, 10, 1), "Open procedure", "Y", "N"],
        ["DCLG-25-026", "Wales estates management", "Estates", "Property management for Welsh offices", pn,
         "04040404", Money(260000), 0, Date(2025, 8, 1), Date(2028, 7, 31), Date(2026, 8, 1), "Open procedure",
         "Y", "N"],
    ])
    cr.trailing(3)



# --------------------------------------------------------------------------------------------
# 7. One sheet per quarter, newest first
# --------------------------------------------------------------------------------------------

@case("ko41-sheet-per-quarter", "2026-02-10",
      "a regional KO41 collection (XLS) with one sheet per quarter, newest sheet first, a cover sheet, "
      "KO41 wording, a Total row on each sheet, a provider that starts mid-year, a blank count, a '-' "
      "count, and a quarter missing for one practice")
def per_quarter(c):
    wb = c.workbook("KO41 collection 2025-26", "xls")
    f = wb.file
    cover = wb.sheet("Cover")
    cover.title("Fenbridge and Northmere ICB - written complaints (KO41-style) collection 2025-26", span=5)
    cover.title("One tab per quarter, most recent first. Returns as submitted by each organisation.")
    cover.title("Contact: complaints.data@fnicb.example")

    hosp, comm, amb = "Northmere Hospitals NHS Trust", "Northmere Community Services", \
        "Fenbridge Ambulance Service NHS Trust"
    hospice, gp, dental = "St Olave's Hospice", "Kestrel Park Surgery", "Greenlane Dental Practice"
    codes = {hosp: "R1N", comm: "R1C", amb: "RFA", hospice: "HOS01", gp: "Y01234", dental: "V22118"}
    quarters = {
        "Q1 2025/26": {hosp: ko41(40, 120, 30, 40, 45), comm: ko41(5, 21, 6, 7, 6), amb: ko41(12, 64, 20, 22, 25),
                       hospice: ko41(1, 4, "-", 1, 2, res=3, cf=2), gp: ko41(0, 6, 2, 1, 2)},
        "Q2 2025/26": {hosp: ko41(45, 131, 30, 50, 41), comm: ko41(9, 18, 5, 6, 8), amb: ko41(9, 70, 22, 25, 24),
                       hospice: ko41(2, 3, 1, 1, 1), dental: ko41(0, 5, 1, 2, 1)},
        "Q3 2025/26": {hosp: ko41(55, 118, 35, 44, 50, res=128), comm: ko41(8, 20, 7, 6, 7),
                       amb: ko41(8, None, 21, 20, 22, res=63, cf=11), hospice: ko41(2, 5, 2, 1, 2),
                       gp: ko41(1, 7, 3, 2, 2), dental: ko41(1, 4, 1, 1, 2)},
    }
    cols = ["Organisation name", "Org code", "Period", "Total brought forward", "Total new complaints",
            "Total resolved", "Number upheld", "Partially upheld", "Not upheld", "Total carried forward"]
    for q in reversed(list(quarters)):
        s = wb.sheet(q.replace("/", "-"))     # a sheet name cannot hold '/'
        s.title(f"Written complaints - {q}")
        s.blank()
        s.head(*cols)
        totals = [0] * 7
        for org, k in quarters[q].items():
            r = s.row(org, codes[org], q, k["bf"], k["new"], k["res"], k["up"], k["part"], k["notup"], k["cf"])
            for i, key in enumerate(("bf", "new", "res", "up", "part", "notup", "cf")):
                totals[i] += k[key] if isinstance(k[key], int) else 0
            if q == "Q1 2025/26" and org == hospice:
                c.at("CDM-51", f, s, "Number upheld", r, "upheld given as '-', not a count (0 must be written 0)")
            if q == "Q2 2025/26" and org == comm:
                c.at("CDM-52", f, s, "Total brought forward", r,
                     "Q2 2025/26 brought forward 9, but Q1 2025/26 (sheet 'Q1 2025-26') carried forward 7")
            if q == "Q3 2025/26" and org == hosp:
                c.at("CDM-52", f, s, "Total resolved", r, "upheld 35 + partially 44 + not upheld 50 = 129, "
                     "total resolved 128")
            if q == "Q3 2025/26" and org == amb:
                c.at_row("CDM-50", f, s, r, "total new complaints blank")
        s.row("Total", None, None, *totals)
        s.trailing(3)
    c.provider("CDM-53", gp, "returns for Q1 and Q3 2025/26; no Q2 2025/26 (Jul-Sep 2025) on the Q2 sheet")

# --------------------------------------------------------------------------------------------

def show(tmp, names):
    """Re-open the written files (XLS and ODS through LibreOffice) and print what stands at each
    expected cell or row, to check the case files by eye."""
    import csv
    import tomllib
    import openpyxl
    for name in names:
        out = OUT / name
        case_toml = tomllib.loads((out / "case.toml").read_text(encoding="utf-8"))
        books = {}
        for e in case_toml["expect"]:
            if "file" not in e:
                print(f"{name}: {e['rule']} provider {e['provider']!r}: {e['why']}")
                continue
            f = out / e["file"]
            if f.suffix == ".csv":
                raw = f.read_bytes()
                enc = "utf-16" if raw[:2] == b"\xff\xfe" else "utf-8-sig" if raw[:3] == b"\xef\xbb\xbf" else "cp1252"
                lines = raw.decode(enc).splitlines()
                delim = ";" if ";" in lines[0] else "\t" if "\t" in lines[0] else ","
                grid = [next(csv.reader([ln], delimiter=delim)) for ln in lines]
                def at(ref, grid=grid):
                    m = re.match(r"([A-Z]+)(\d+)", ref)
                    ci = sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(m[1]))) - 1
                    row = grid[int(m[2]) - 1]
                    return row[ci] if ci < len(row) else ""
                rowvals = lambda r, grid=grid: grid[r - 1]
            else:
                if f not in books:
                    x = f
                    if f.suffix != ".xlsx":
                        conv = pathlib.Path(tmp) / "show"
                        conv.mkdir(exist_ok=True)
                        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo-profile", "--headless",
                                        "--convert-to", "xlsx", "--outdir", str(conv), str(f)], check=True,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                        x = conv / f"{f.stem}.xlsx"
                    books[f] = openpyxl.load_workbook(x)
                ws = books[f][e["sheet"]]
                at = lambda ref, ws=ws: ws[ref].value
                rowvals = lambda r, ws=ws: [c.value for c in ws[r] if c.value is not None]
            where = e.get("cell") or f"row {e['row']}"
            got = at(e["cell"]) if "cell" in e else rowvals(e["row"])
            print(f"{name}: {e['rule']} {e['file']} {e['sheet']}!{where} = {got!r}: {e['why']}")


def main():
    if sys.argv[1:2] == ["--show"]:
        with tempfile.TemporaryDirectory() as tmp:
            show(tmp, sys.argv[2:] or list(CASES))
        return
    wanted = sys.argv[1:] or list(CASES)
    unknown = [w for w in wanted if w not in CASES]
    if unknown:
        sys.exit(f"unknown case(s): {', '.join(unknown)}; known: {', '.join(CASES)}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in wanted:
            as_of, description, fn = CASES[name]
            c = Case(name, as_of, description)
            fn(c)
            write_case(c, tmp)
            print(f"{name}: {len(c.expects)} expectations")


if __name__ == "__main__":
    main()
