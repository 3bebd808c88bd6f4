#!/usr/bin/env python3
"""Benchmark comparison: the straightforward single-process Python way of doing probity's
checks, for issue 4's "at least 50x faster than python-docx + openpyxl" target.

It does what a competent scripter would write in an afternoon, without tricks that make it
slow or fast: load the same rule pack (rules/*.toml, rules/vocabulary.toml), compile every
pattern once, read each DOCX with python-docx (paragraphs, then table cells), split into
sentences, and per sentence and rule look for a topic match outside the rule's decoys, then
judge it by the party, obligation, permissive and negation vocabulary of the same sentence.
Spreadsheets (XLSX via openpyxl in read-only mode, CSV via the csv module) get the record
checks a register needs: the header row found, every row's required fields present and dates
parseable. It prints one summary line that benches/run.sh reads.

    python3 benches/python_baseline.py [--rules DIR] FILE...
"""
import csv
import datetime as dt
import glob
import os
import re
import sys
import time
import tomllib

import docx  # python-docx
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def compile_all(patterns):
    out = []
    for p in patterns:
        try:
            out.append(re.compile(p, re.IGNORECASE))
        except re.error:
            # A Rust-only construct; a baseline that skips it is only faster.
            pass
    return out


def alternation(words):
    return re.compile(r"\b(?:" + "|".join(f"(?:{w})" for w in words) + r")\b", re.IGNORECASE)


def load_rules(rules_dir):
    vocab = tomllib.load(open(os.path.join(rules_dir, "vocabulary.toml"), "rb"))["vocabulary"]
    v = {k: alternation(vocab[k]) for k in
         ("provider", "authority", "obligation", "permissive", "qualifier", "negation", "disabled")}
    rules = []
    for path in sorted(glob.glob(os.path.join(rules_dir, "*", "*.toml"))):
        for rule in tomllib.load(open(path, "rb")).get("rule", []):
            clause = rule.get("clause")
            if not clause:
                continue
            topic_set = clause.get("topic_set")
            rules.append({
                "id": rule["id"],
                "topic": compile_all(clause.get("topic", [])),
                "weak": compile_all(clause.get("weak_topic", [])),
                "exclude": compile_all(clause.get("exclude", [])),
                "set": (compile_all([rf"\b(?:{w})\b" for w in topic_set["words"]]), topic_set["min"])
                if topic_set else None,
            })
    return v, rules


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


def topic_hit(rule, s):
    decoys = [m.span() for r in rule["exclude"] for m in r.finditer(s)]

    def clear(m):
        return not any(m.start() < de and m.end() > ds for ds, de in decoys)

    if any(clear(m) for r in rule["topic"] for m in r.finditer(s)):
        return "specific"
    if rule["set"]:
        words, least = rule["set"]
        if sum(1 for r in words if any(clear(m) for m in r.finditer(s))) >= least:
            return "specific"
    if any(clear(m) for r in rule["weak"] for m in r.finditer(s)):
        return "generic"
    return None


def judge(v, s, hit):
    if v["disabled"].search(s) or v["negation"].search(s):
        return "not counted"
    if not v["provider"].search(s):
        return "weak" if v["authority"].search(s) else "not counted"
    if v["obligation"].search(s) and not v["qualifier"].search(s):
        return "satisfied" if hit == "specific" else "weak"
    if v["permissive"].search(s):
        return "weak"
    return "not counted"


RANK = {None: 0, "not counted": 1, "weak": 2, "satisfied": 3}


def check_contract(path, v, rules):
    d = docx.Document(path)
    texts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                texts.extend(p.text for p in cell.paragraphs)
    best = {r["id"]: None for r in rules}
    for text in texts:
        for sentence in SENTENCE_END.split(text.strip()):
            s = " ".join(sentence.split()).lower()
            if not s:
                continue
            for rule in rules:
                if best[rule["id"]] == "satisfied":
                    continue
                hit = topic_hit(rule, s)
                if hit:
                    verdict = judge(v, s, hit)
                    if RANK[verdict] > RANK[best[rule["id"]]]:
                        best[rule["id"]] = verdict
    return sum(1 for verdict in best.values() if verdict != "satisfied")


def parse_date(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return True
    try:
        dt.date.fromisoformat(str(value)[:10])
        return True
    except ValueError:
        return False


def check_rows(rows):
    """Record checks: required fields present, dates parse. Returns the number of findings."""
    header = None
    findings = 0
    for row in rows:
        cells = ["" if c is None else str(c).strip() for c in row]
        if header is None:
            if sum(1 for c in cells if c) >= 3:
                header = [c.lower() for c in cells]
                required = [i for i, h in enumerate(header)
                            if h in ("name", "provider", "complaint id", "date received",
                                     "date declared", "type of interest", "supplier")]
                dates = [i for i, h in enumerate(header) if "date" in h]
            continue
        for i in required:
            if i >= len(cells) or not cells[i]:
                findings += 1
        for i in dates:
            if i < len(cells) and cells[i] and not parse_date(row[i]):
                findings += 1
    return findings


def check_sheet(path):
    if path.lower().endswith(".csv"):
        with open(path, newline="", encoding="utf-8") as f:
            return check_rows(csv.reader(f))
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    total = sum(check_rows(ws.iter_rows(values_only=True)) for ws in wb.worksheets)
    wb.close()
    return total


def main():
    args = sys.argv[1:]
    rules_dir = os.path.join(HERE, "..", "rules")
    if args[:1] == ["--rules"]:
        rules_dir, args = args[1], args[2:]
    v, rules = load_rules(rules_dir)
    start = time.perf_counter()
    contracts = sheets = gaps = 0
    for path in args:
        if path.lower().endswith(".docx"):
            gaps += check_contract(path, v, rules)
            contracts += 1
        elif path.lower().endswith((".xlsx", ".csv")):
            gaps += check_sheet(path)
            sheets += 1
    secs = time.perf_counter() - start
    rate = contracts / secs if secs and contracts else 0.0
    print(f"python_baseline files={contracts + sheets} contracts={contracts} sheets={sheets} "
          f"rules={len(rules)} gaps={gaps} seconds={secs:.3f} contracts_per_s={rate:.2f}")


if __name__ == "__main__":
    main()
