#!/usr/bin/env python3
"""Prints, as a Markdown table, what a probity JSON report says per document: the provider
found, the clause rules passed, and the gaps that carry evidence (weak matches). Used to
write docs/accuracy.md:

    probity check ../shared/corpus/contracts --format json -o report.json
    python3 scripts/corpus-table.py report.json
"""
import json
import sys


def main(path):
    report = json.load(open(path))
    rows = {}
    for provider in report["providers"]:
        for f in provider["findings"]:
            if int(f["rule"].split("-")[1]) >= 50:
                continue
            row = rows.setdefault(f["file"], {"pass": [], "weak": []})
            if f["status"] == "pass":
                row["pass"].append(f["rule"])
            elif f.get("evidence"):
                row["weak"].append(f["rule"])
    print("| document | format | provider found | pass | weak (gap quoting evidence) |")
    print("|---|---|---|---|---|")
    for i in report["inputs"]:
        name = i["path"].split("/")[-1]
        if i["status"] != "ok":
            print(f"| {name} | {i['format']} | | error: {i['error'][:80]} | |")
            continue
        row = rows.get(i["path"], {"pass": [], "weak": []})
        print(f"| {name} | {i['format']} | {i.get('provider') or ''} | {', '.join(row['pass'])} | {', '.join(row['weak'])} |")


if __name__ == "__main__":
    main(sys.argv[1])
