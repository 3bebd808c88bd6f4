#!/usr/bin/env python3
"""Writes the register test cases under fixtures/registers/<case>/: CSV sources in
fixtures/registers-src/<case>/, converted by LibreOffice Calc into the formats councils and
trusts publish (XLSX, XLS, ODS; some kept as CSV), with case.toml listing every planted
fault at its cell. Deterministic; needs `soffice` (Debian: libreoffice-calc).

    python3 scripts/make-register-fixtures.py
"""
import csv
import pathlib
import shutil
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "fixtures/registers-src"
OUT = ROOT / "fixtures/registers"

CASES = {}


def case(name, as_of, description):
    def register(fn):
        CASES[name] = (as_of, description, fn)
        return fn
    return register


@case("council-lgtc", "2026-02-28",
      "a council contract register with Transparency Code columns worded its own way, two text contracts it names by reference")
def council(c):
    c.table("contract-register", "xlsx", [
        ["Westshire Borough Council"],
        ["Contracts register (Local Government Transparency Code) - February 2026"],
        [],
        ["Ref No.", "Contract Name", "Service Area", "Description of Works/Services", "Contractor Name",
         "Companies House No", "Contract Value (inc VAT)", "Irrecoverable VAT", "Commencement Date", "Expiry Date",
         "Next Review", "Procurement Method", "SME (Y/N)", "VCSE (Y/N)", "Status"],
        ["WBC-0101", "Supported living", "Adult Services", "Supported living for adults with learning disabilities",
         "Oakleaf Support Ltd", "05551234", "£3,200,000", "0", "01/04/2024", "31/03/2029", "01/04/2026",
         "Open procedure", "Y", "N", "Live"],
        ["WBC-0102", "Grounds maintenance", "Environment", "Grounds maintenance services",
         "Greenkeepers & Sons Limited", "02223334", "480000", "0", "01/06/2025", "31/05/2025", "01/06/2026",
         "Open procedure", "N", "N", "Live"],
        ["WBC-0103", "Advocacy", "Adult Services", "Independent advocacy services", "Voice Matters",
         "1122334", "95000", "0", "01/04/2023", "31/03/2025", "01/10/2024", "Request for quotation", "Y", "Y", "Active"],
        ["WBC-0104", "Meals at home", "Adult Services", "Hot meals delivered at home", "",
         "06667778", "£210k", "0", "01/07/2025", "30/06/2027", "01/07/2026", "Open procedure", "Y", "N", "Live"],
        ["WBC-0105", "Carers support", "Adult Services", "Carers' information and support services",
         "Westshire Carers Trust", "1099887", "-5000", "0", "01/04/2025", "31/03/2027", "01/04/2026",
         "Grant", "Y", "Y", "Live"],
        ["WBC-0106", "Day opportunities", "Adult Services", "Day opportunities for older people",
         "Sunrise Day Services CIC", "09990001", "150000", "0", "01/09/2025", "31/08/2027", "01/01/2030",
         "Open procedure", "Y", "Y", "Live"],
        [],
        ["Values are the total over the initial term. Published under the Transparency Code 2015."],
    ])
    c.text("oakleaf-supported-living.txt", """SUPPORTED LIVING SERVICES CONTRACT

Contract reference: WBC-0101

This Contract is made between (1) Westshire Borough Council (the "Council") and (2) Oakleaf Support Ltd (the "Provider").

1. Complaints
1.1 The Provider shall operate a complaints procedure for Service Users.
""")
    c.text("sunrise-day-opportunities.txt", """DAY OPPORTUNITIES AGREEMENT (ref WBC-0106)

This Agreement is made between Westshire Borough Council (the "Council") and Sunrise Day Services CIC (the "Provider").

1. Conduct
1.1 The Provider shall comply with the Seven Principles of Public Life.
""")
    c.expect("ES-51", "contract-register.xlsx", "contract-register", cell="J6",
             why="expiry 31/05/2025 before commencement 01/06/2025")
    c.expect("ES-51", "contract-register.xlsx", "contract-register", cell="O7",
             why="status Active but the contract expired on 31/03/2025")
    c.expect("ES-50", "contract-register.xlsx", "contract-register", row=8, why="no contractor name")
    c.expect("ES-51", "contract-register.xlsx", "contract-register", cell="G9", why="value -5000")
    c.expect("ES-51", "contract-register.xlsx", "contract-register", cell="K10",
             why="review 01/01/2030 after the end of the term 31/08/2027")


@case("nhs-declarations", "2026-01-31",
      "a trust's declarations register (surname and forename columns, NHS categories) beside a contract register")
def declarations(c):
    c.table("declarations", "ods", [
        ["Register of interests - decision-making staff"],
        [],
        ["Surname", "Forename(s)", "Job Title", "Declaration Category", "Nature of Interest", "Company / Organisation",
         "Date of Declaration", "Interest Start", "Interest End", "Actions to mitigate"],
        ["Ahmed", "Sara", "Director of Finance", "Financial", "Shareholding", "Oakleaf Support Ltd",
         "12/05/2025", "01/01/2020", "", "None"],
        ["Brown", "Tom", "Head of Procurement", "Non-financial professional", "Trustee", "Care",
         "03/06/2025", "01/03/2021", "", "Excluded from procurement decisions"],
        ["Clarke", "Amy", "Chief Nurse", "Financial", "Consultancy", "Greenkeepers & Sons Limited",
         "01/02/2025", "01/01/2019", "31/12/2019", "None"],
        ["Davies", "John", "Medical Director", "Nil return", "No declared interests", "",
         "", "", "", ""],
        ["Evans", "Ruth", "Director of Strategy", "Non-financial personal", "Spouse employed", "Northside Trust",
         "15/04/2025", "01/05/2025", "01/04/2025", "Declared to board"],
        ["Fisher", "Paul", "Deputy Director", "Nil return", "No declared interests", "",
         "10/03/2026", "", "", ""],
        ["Green", "Lucy", "Head of Estates", "Nil return", "No declared interests", "",
         "20/11/2024", "", "", ""],
        ["Hill", "Ben", "Director of Operations", "Nil return", "No declared interests", "",
         "20/06/2025", "", "", ""],
    ])
    c.table("contracts", "csv", [
        ["Contract reference", "Title", "Supplier", "Value", "Start date", "End date"],
        ["T-001", "Supported living", "Oakleaf Support Ltd", "3200000", "2024-04-01", "2029-03-31"],
        ["T-002", "Grounds maintenance", "Greenkeepers & Sons Ltd", "480000", "2024-06-01", "2027-05-31"],
    ])
    c.expect("COI-53", "declarations.ods", "declarations", cell="J4",
             why="interest in Oakleaf Support Ltd, which holds T-001, action None")
    c.expect("COI-50", "declarations.ods", "declarations", row=7, why="no declaration date")
    c.expect("COI-56", "declarations.ods", "declarations", cell="I8", why="interest end before its start")
    c.expect("COI-56", "declarations.ods", "declarations", cell="G9", why="declared 10/03/2026, after as-of")
    c.expect("COI-51", "declarations.ods", "declarations", cell="G10", why="Lucy Green last declared 20/11/2024")


@case("ko41-returns", "2026-01-31",
      "quarterly aggregate returns with KO41 wording in several period forms, and a case log")
def returns(c):
    c.table("ko41-returns", "xls", [
        ["KO41a-style quarterly return"],
        ["Organisation Code", "Organisation Name", "Period", "Open at start of period", "Number received",
         "Number resolved", "Well founded", "Partly upheld", "Unfounded", "Open at end of period"],
        ["RX1", "Oakleaf Support Ltd", "2024/25 Q1", "4", "20", "18", "6", "6", "6", "6"],
        ["RX1", "Oakleaf Support Ltd", "Q2 2024-25", "6", "15", "17", "5", "5", "6", "4"],
        ["RX1", "Oakleaf Support Ltd", "Oct-Dec 2024", "4", "12", "10", "4", "3", "3", "7"],
        ["RX1", "Oakleaf Support Ltd", "2025-Q1", "7", "n/a", "9", "3", "3", "3", "3"],
        ["RX1", "Oakleaf Support Ltd", "2025/26 Q1", "3", "11", "10", "4", "3", "3", "4"],
        ["RX1", "Oakleaf Support Ltd", "2025/26 Q2", "2", "9", "8", "3", "3", "2", "3"],
        ["RX1", "Oakleaf Support Ltd", "2025/26 Q3", "3", "10", "9", "3", "3", "3", "4"],
        ["RX1", "Oakleaf Support Ltd", "Q3 2025/26", "3", "12", "9", "3", "3", "3", "6"],
        ["Total", "", "", "", "", "", "", "", "", ""],
    ])
    c.table("case-log", "csv", [
        ["Case Ref", "Provider", "Date Complaint Received", "Date Acknowledged", "Date of Final Response", "Result",
         "Extension Agreed?"],
        ["C-1001", "Oakleaf Support Ltd", "2025-04-01", "2025-04-02", "2025-05-10", "Upheld", "No"],
        ["C-1002", "Oakleaf Support Ltd", "2025-04-17", "2025-04-25", "2025-05-20", "Not upheld", "No"],
        ["C-1003", "Oakleaf Support Ltd", "2025-05-01", "2025-05-02", "2025-04-20", "Upheld", "No"],
        ["C-1004", "Oakleaf Support Ltd", "2025-03-03", "2025-03-04", "", "Open", "No"],
        ["C-1005", "Oakleaf Support Ltd", "2025-03-10", "2025-03-11", "", "Open", "Yes"],
        ["C-1006", "Oakleaf Support Ltd", "2025-12-01", "2025-12-02", "2026-01-10", "Partly upheld", "No"],
    ])
    c.expect("CDM-52", "ko41-returns.xls", "ko41-returns", cell="F4",
             why="upheld 5 + partly 5 + unfounded 6 = 16, resolved 17")
    c.expect("CDM-52", "ko41-returns.xls", "ko41-returns", cell="J5",
             why="carried forward 7, but 4 + 12 - 10 = 6")
    c.expect("CDM-51", "ko41-returns.xls", "ko41-returns", cell="E6", why="received is n/a")
    c.expect("CDM-52", "ko41-returns.xls", "ko41-returns", cell="D8",
             why="2025/26 Q2 brought forward 2, but 2025/26 Q1 carried forward 4")
    c.expect("CDM-53", provider="Oakleaf Support Ltd", why="2025/26 Q3 reported twice with different figures")
    c.expect("CDM-54", "case-log.csv", "case-log", cell="D3",
             why="received Thu 17/04/2025, acknowledged Fri 25/04/2025: 4 working days after Easter")
    c.expect("CDM-51", "case-log.csv", "case-log", cell="E4", why="final response before receipt")
    c.expect("CDM-54", "case-log.csv", "case-log", row=5, why="open since 03/03/2025 with no extension")


class Case:
    def __init__(self, name):
        self.name = name
        self.src = SRC / name
        self.out = OUT / name
        self.expects = []
        self.conversions = []

    def table(self, stem, fmt, rows):
        self.src.mkdir(parents=True, exist_ok=True)
        with open(self.src / f"{stem}.csv", "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(rows)
        self.conversions.append((stem, fmt))

    def text(self, name, body):
        self.src.mkdir(parents=True, exist_ok=True)
        (self.src / name).write_text(body, encoding="utf-8")
        self.conversions.append((name, None))

    def expect(self, rule, file=None, sheet=None, cell=None, row=None, provider=None, why=""):
        self.expects.append(dict(rule=rule, file=file, sheet=sheet, cell=cell, row=row, provider=provider, why=why))


def convert(case_obj, tmp):
    case_obj.out.mkdir(parents=True, exist_ok=True)
    for stem, fmt in case_obj.conversions:
        if fmt is None:
            shutil.copy(case_obj.src / stem, case_obj.out / stem)
        elif fmt == "csv":
            shutil.copy(case_obj.src / f"{stem}.csv", case_obj.out / f"{stem}.csv")
        else:
            target = {"xls": "xls:MS Excel 97", "xlsx": "xlsx", "ods": "ods"}[fmt]
            subprocess.run(
                ["soffice", "--headless", "--infilter=CSV:44,34,76,1,,2057", "--convert-to", target,
                 "--outdir", tmp, str(case_obj.src / f"{stem}.csv")],
                check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(pathlib.Path(tmp) / f"{stem}.{fmt}", case_obj.out / f"{stem}.{fmt}")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_case_toml(case_obj, as_of, description):
    lines = [f"# Written by scripts/make-register-fixtures.py; planted faults at their cells.",
             f"as_of = {toml_str(as_of)}", f"description = {toml_str(description)}", ""]
    for e in case_obj.expects:
        lines.append("[[expect]]")
        for key in ("rule", "file", "sheet", "cell", "row", "provider", "why"):
            value = e[key]
            if value is None or value == "":
                continue
            lines.append(f"{key} = {value}" if key == "row" else f"{key} = {toml_str(value)}")
        lines.append("")
    (case_obj.out / "case.toml").write_text("\n".join(lines), encoding="utf-8")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for name, (as_of, description, fn) in CASES.items():
            c = Case(name)
            if c.out.exists():
                shutil.rmtree(c.out)
            fn(c)
            convert(c, tmp)
            write_case_toml(c, as_of, description)
            print(f"{name}: {len(c.expects)} planted faults")


if __name__ == "__main__":
    main()
