#!/usr/bin/env python3
"""Build blind fixture set 31 (contracts published as web pages, printed to PDF by headless Chromium
or scraped to Markdown / plain text by pandoc).

Run from the repository root:  python3 scripts/make-blind-set31.py
Deletes and rebuilds fixtures/blind/set31/ (README.md from scripts/blind_set31_README.md with the word
counts and verdict counts filled in) and the HTML page sources in scripts/blind_set31_sources/,
then checks the set and exits non-zero on any failure. Texts and verdicts: scripts/blind_set31_contracts.py;
page chrome: scripts/blind_set31_site.py.

Output kinds
  pdf   headless Chromium (--headless --no-sandbox --print-to-pdf, --virtual-time-budget=2000, no
        network: the pages load nothing external). The pages are written to /tmp/set31-site/ so the
        URL in Chromium's default footer is stable. Modes:
          default-hf     Chromium's own header and footer (date, title, URL, N/M)
          margin-box     --no-pdf-header-footer and CSS @page margin boxes of the site's own
          print-header   --no-pdf-header-footer and the site's own print header, a <thead> repeated on every page
        Paper from CSS @page size (A4 or letter). Chromium runs under faketime (clock started at
        2025-03-14 09:30:00 UTC, TZ=UTC) so the date in the default header is fixed; after printing,
        /CreationDate and /ModDate are byte-patched (equal length) to D:20250314093000+00'00'.
  md    pandoc -f html -t gfm of the whole saved page (what a scraper keeps), SOURCE_DATE_EPOCH set.
  txt   pandoc -f html -t plain of the whole saved page.

Checks: 22 well-formed lines per .expected in rule order citing a clause; every rule has >= 1 pass and
>= 1 non-pass; every "double-quoted" evidence piece occurs in the text extracted from the delivered
file (pdftotext without -layout; the .md/.txt file itself) and in the contract text (the article, minus
closed <details> for PDFs), after normalising whitespace, curly quotes and hyphen + line break; chrome
probes are in the delivered text but not in the contract text; closed-<details> probes are in the HTML
source but not in the PDF text; contract text is 1,000-1,800 words.
"""
import hashlib
import html
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_set31_contracts import CONTRACTS, RULES  # noqa: E402
from blind_set31_site import page  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set31")
SRC = os.path.join("scripts", "blind_set31_sources")
SITE = "/tmp/set31-site"
FAKETIME = "@2025-03-14 09:30:00"
PDF_DATE = b"D:20250314093000+00'00'"
WORDS_MIN, WORDS_MAX = 1000, 1800
LINE = re.compile(r"^(?P<rule>[A-Z]{2,3}-\d\d) (?P<v>pass|weak|gap)  # (?P<why>.+)$")
CITE = re.compile(r"(?i)\b(clause|condition|para(graph)?|section|schedule|table|row|footnote|definition|"
                  r"accordion|sidebar|note|part|item|term|page)s?\b|\b\d+(\.\d+)+")

PAGE_CSS = {
    "default-hf": "@page{{size:{paper};margin:16mm 14mm}}",
    "margin-box": "@page{{size:{paper};margin:22mm 16mm 20mm}}",
    "print-header": "@page{{size:{paper};margin:14mm 15mm 16mm}}",
}


def norm(s):
    s = html.unescape(s)
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\ufb01", "fi"),
                 ("\ufb02", "fl"), ("\u00a0", " "), ("\u2013", "-"), ("\u2014", "-"), ("\f", " ")):
        s = s.replace(a, b)
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"(?<=\w)- (?=\w)", "-", s)
    return s.strip()


def strip_tags(h):
    h = re.sub(r"(?s)<style.*?</style>", " ", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return norm(h)


def article_text(c, for_pdf):
    body = c["body"]
    if for_pdf:  # closed <details> is not printed by Chromium: only its <summary> shows
        body = re.sub(r"(?s)<details>(\s*<summary>.*?</summary>).*?</details>", r"\1", body)
    return strip_tags(body)


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise SystemExit(f"command failed: {cmd}\n{r.stderr[-2000:]}")
    return r.stdout


def build_page(c):
    c = dict(c)
    if c["kind"] == "pdf":
        c["css"] = PAGE_CSS[c["mode"]].format(paper=c["paper"]) + c.get("css", "")
    return page(c)


def print_pdf(html_path, out_pdf, mode):
    env = dict(os.environ, TZ="UTC", FAKETIME=FAKETIME)
    cmd = ["faketime", "-f", FAKETIME, "chromium", "--headless", "--no-sandbox", "--disable-gpu",
           "--no-first-run", "--disable-extensions", "--disable-background-networking",
           "--virtual-time-budget=2000", f"--print-to-pdf={out_pdf}"]
    if mode != "default-hf":
        cmd.append("--no-pdf-header-footer")
    cmd.append("file://" + html_path)
    subprocess.run(cmd, capture_output=True, env=env, check=True)
    data = open(out_pdf, "rb").read()
    data, n1 = re.subn(rb"/CreationDate \(D:\d{14}\+00'00'\)", b"/CreationDate (" + PDF_DATE + b")", data)
    data, n2 = re.subn(rb"/ModDate \(D:\d{14}\+00'00'\)", b"/ModDate (" + PDF_DATE + b")", data)
    if n1 != 1 or n2 != 1:
        raise SystemExit(f"{out_pdf}: CreationDate/ModDate not found once ({n1}, {n2})")
    open(out_pdf, "wb").write(data)


def build():
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.rmtree(SRC, ignore_errors=True)
    shutil.rmtree(SITE, ignore_errors=True)
    for d in (OUT, SRC, SITE):
        os.makedirs(d)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1741944600")
    for c in CONTRACTS:
        h = build_page(c)
        name = c["slug"] + ".html"
        open(os.path.join(SRC, name), "w", encoding="utf-8").write(h)
        site_path = os.path.join(SITE, name)
        open(site_path, "w", encoding="utf-8").write(h)
        out = os.path.join(OUT, c["slug"] + "." + c["kind"])
        if c["kind"] == "pdf":
            print_pdf(site_path, out, c["mode"])
        elif c["kind"] == "md":
            run(["pandoc", "-f", "html", "-t", "gfm", "-o", out, site_path], env=env)
        elif c["kind"] == "txt":
            run(["pandoc", "-f", "html", "-t", "plain", "-o", out, site_path], env=env)
        exp = c["expected"].strip("\n") + "\n"
        open(os.path.join(OUT, c["slug"] + ".expected"), "w", encoding="utf-8").write(exp)


def delivered_text(c):
    path = os.path.join(OUT, c["slug"] + "." + c["kind"])
    if c["kind"] == "pdf":
        return run(["pdftotext", path, "-"])
    return open(path, encoding="utf-8").read()


def running_furniture(c):
    """Regexes (on normalised text) for what the printer repeats on every page: Chromium's default
    header/footer, the @page margin boxes, or the site's own repeated print header."""
    title = norm(f"{c['title']} | {c['site']['name']}")
    if c.get("kind") != "pdf":
        return []
    if c["mode"] == "default-hf":
        # Chromium truncates a long title with an ellipsis
        t = re.escape(title[:60]) + "(?:" + re.escape(title[60:]) + "|[^\u2026]{0,60}?\u2026)"
        return [r"\d{1,2}/\d{1,2}/\d\d, \d{1,2}:\d\d [AP]M", t,
                re.escape(f"file://{SITE}/{c['slug']}.html"), r"(?<![\w.])\d{1,2}/\d{1,2}(?![\w/])"]
    if c["mode"] == "margin-box":
        return [re.escape(norm(x)) for x in c["margin_texts"]] + [r"Page \d+ of \d+"]
    return [re.escape(norm(strip_tags(c["thead_header"])))]


def md_unescape(s):
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>|'\"$~&])", r"\1", s)


def check():
    errors = []
    per_rule = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    words = {}
    for c in CONTRACTS:
        slug = c["slug"]
        raw = delivered_text(c)
        text = full = norm(md_unescape(raw) if c["kind"] == "md" else raw)
        for rx in running_furniture(c):
            if not re.search(rx, text):
                errors.append(f"{slug}: running page furniture not found: {rx}")
            text = re.sub(r"\s+", " ", re.sub(rx, " ", text))
        art = article_text(c, c["kind"] == "pdf")
        words[slug] = len(art.split())
        if not WORDS_MIN <= words[slug] <= WORDS_MAX:
            errors.append(f"{slug}: {words[slug]} words")
        lines = open(os.path.join(OUT, slug + ".expected"), encoding="utf-8").read().splitlines()
        if len(lines) != 22:
            errors.append(f"{slug}: {len(lines)} lines")
        for rule, line in zip(RULES, lines):
            m = LINE.match(line)
            if not m or m["rule"] != rule:
                errors.append(f"{slug}: bad line for {rule}: {line}")
                continue
            per_rule[rule][m["v"]] += 1
            if not CITE.search(m["why"]):
                errors.append(f"{slug} {rule}: no clause cited")
            for q in re.findall(r'"([^"]+)"', m["why"]):
                qn = norm(q)
                if qn not in text:
                    errors.append(f"{slug} {rule}: evidence not in delivered text: {q}")
                if qn not in art:
                    errors.append(f"{slug} {rule}: evidence not in contract text: {q}")
        for p in c.get("probes", []):
            if norm(p) not in full:
                errors.append(f"{slug}: chrome probe missing from delivered text: {p}")
            if norm(p) in art:
                errors.append(f"{slug}: chrome probe found in contract text: {p}")
        for p in c.get("hidden", []):
            if norm(p) not in strip_tags(c["body"]):
                errors.append(f"{slug}: hidden probe not in page source: {p}")
            if norm(p) in full:
                errors.append(f"{slug}: hidden probe printed: {p}")
    for r, v in per_rule.items():
        if v["pass"] < 1 or v["weak"] + v["gap"] < 1:
            errors.append(f"{r}: needs a pass and a non-pass: {v}")
    return errors, per_rule, words


def write_readme(per_rule, words):
    table = ["| Rule | pass | weak | gap |", "|---|---|---|---|"]
    tot = {"pass": 0, "weak": 0, "gap": 0}
    for r, v in per_rule.items():
        table.append(f"| {r} | {v['pass']} | {v['weak']} | {v['gap']} |")
        for k in tot:
            tot[k] += v[k]
    table.append(f"| all | {tot['pass']} | {tot['weak']} | {tot['gap']} |")
    wl = [f"| {c['slug']}.{c['kind']} | {words[c['slug']]} |" for c in CONTRACTS]
    text = open(os.path.join("scripts", "blind_set31_README.md"), encoding="utf-8").read()
    text = text.replace("{{COUNTS}}", "\n".join(table)).replace("{{WORDS}}", "\n".join(wl))
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write(text)


def main():
    build()
    errors, per_rule, words = check()
    write_readme(per_rule, words)
    for slug, n in words.items():
        print(f"{slug}: {n} words")
    print("| Rule | pass | weak | gap |\n|---|---|---|---|")
    tot = {"pass": 0, "weak": 0, "gap": 0}
    for r, v in per_rule.items():
        print(f"| {r} | {v['pass']} | {v['weak']} | {v['gap']} |")
        for k in tot:
            tot[k] += v[k]
    print(f"| all | {tot['pass']} | {tot['weak']} | {tot['gap']} |")
    for f in sorted(os.listdir(OUT)):
        print(hashlib.sha256(open(os.path.join(OUT, f), "rb").read()).hexdigest(), f)
    if errors:
        print("\n".join(["FAILED:"] + errors))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
