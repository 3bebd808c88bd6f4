#!/usr/bin/env python3
"""Build blind fixture set 29 (LibreOffice-native ODT, a pandoc gfm conversion and a council web export).

Run from the repository root:  python3 scripts/make-blind-set29.py
Deletes and rebuilds fixtures/blind/set29/ (and the flat-ODT sources in
scripts/blind_set29_sources/), then checks it and exits non-zero on any failure.
Contract texts and verdicts live in scripts/blind_set29_contracts.py.

  lo-fodt     hand-written flat ODT (.fodt, LibreOffice-native structure) converted with
              soffice --headless --convert-to odt (private profile /tmp/lo29). After conversion
              only volatile parts are fixed: zip timestamps (1980-01-01), tracked-change ids
              (LibreOffice writes memory addresses; renumbered ct1, ct2 ... in order of first use; random list xml:ids likewise list1, list2 ...),
              the Rsid/RsidRoot numbers in settings.xml, and meta dates/editing duration if present.
              Member order is LibreOffice's own (mimetype first, stored).
  md          Markdown written by hand (wiki export with YAML front matter, a lawyer's typed
              numbering, Setext headings with block quotes, footnotes and HTML comments; here a council website export).
  pandoc-gfm  Markdown -> DOCX by pandoc, then DOCX -> GitHub-flavoured Markdown by pandoc
              (pandoc -t gfm), as a Word document converted to Markdown.

Checks: 22 well-formed `RULE pass|weak|gap  # why` lines per .expected in rule order, each citing a
clause; per rule >= 1 pass and >= 1 non-pass; every ODT converts (LibreOffice text
export succeeds) and its zip members parse; the contract text extracted independently (zipfile +
ElementTree over content.xml; notes and text boxes in, tracked deletions, annotations, hidden
paragraphs/text and the table of contents out) contains every paragraph of the .fodt source; every
"double-quoted" piece of evidence in a .expected line is found in the contract text (and, for ODT
body text, in LibreOffice's own text export; for Markdown, in pandoc's plain-text rendering);
every "not contract text" probe is present in the file but absent from the contract text;
heading numbers from the outline style appear in LibreOffice's text export; 1,000-1,800 words.
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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blind_set29_contracts import CONTRACTS, RULES, README  # noqa: E402
from blind_set29_odt import fodt_document  # noqa: E402

OUT = os.path.join("fixtures", "blind", "set29")
SRC = os.path.join("scripts", "blind_set29_sources")
LO_PROFILE = "file:///tmp/lo29"
FIXED = (1980, 1, 1, 0, 0, 0)
FIXED_ODF = "2026-01-12T09:00:00"
WANT_TOOLS = {"lo-fodt": 4, "md": 1, "pandoc-gfm": 1}
WORDS_MIN, WORDS_MAX = 1000, 1800
RULE_PASS_MIN, RULE_NONPASS_MIN = 1, 1
CITE = re.compile(r"(?i)\b(clause|condition|para(graph)?|section|article|schedule|annex|part|appendix|table|row|item|"
                  r"footnote|endnote|heading|note|definition|part|bullet|chapter|box|frame|line|comment|term|recital|block ?quote|front matter)s?\b|\b\d+(\.\d+)+")

TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFF = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def norm(s):
    s = (s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
         .replace("\u2013", "-").replace("\u2014", "-").replace("\u2026", "...").replace("\u00a0", " ")
         .replace("\u00ad", "").replace("\ufeff", ""))
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- ODT extraction (independent of LibreOffice)
def odt_blocks(root):
    """(kind, text) for the contract text of an ODT/FODT body: body paragraphs, headings, cells, notes, text
    boxes. Left out as not contract text: tracked deletions (text:tracked-changes), office:annotation,
    paragraphs carrying a hidden text:hidden-paragraph, text:hidden-text, sections with text:display none,
    and the table of contents (returned as kind 'toc')."""
    out = []

    def text_of(e, sink_kind):
        s = [e.text or ""]
        for ch in e:
            t = ch.tag
            if t == TXT + "s":
                s.append(" " * int(ch.get(TXT + "c", "1")))
            elif t in (TXT + "tab", TXT + "line-break"):
                s.append(" ")
            elif t == TXT + "note":
                body = ch.find(TXT + "note-body")
                cls = ch.get(TXT + "note-class")
                if body is not None:
                    for p in body.iter():
                        if p.tag in (TXT + "p", TXT + "h"):
                            out.append((cls, text_of(p, cls)))
            elif t in (OFF + "annotation", OFF + "annotation-end", TXT + "hidden-text", TXT + "tracked-changes"):
                pass
            elif t == DRAW + "frame":
                for p in ch.iter():
                    if p.tag in (TXT + "p", TXT + "h"):
                        out.append(("frame", text_of(p, "frame")))
            else:
                s.append(text_of(ch, sink_kind))
            s.append(ch.tail or "")
        return "".join(s)

    def walk(e, kind):
        for ch in e:
            t = ch.tag
            if t in (TXT + "tracked-changes", OFF + "annotation", TXT + "sequence-decls"):
                continue
            if t == TXT + "section" and ch.get(TXT + "display") == "none":
                continue
            if t == TXT + "table-of-content":
                walk(ch.find(TXT + "index-body"), "toc")
                continue
            if t in (TXT + "p", TXT + "h"):
                hp = ch.find(TXT + "hidden-paragraph")
                if hp is not None and hp.get(TXT + "is-hidden", "true") == "true":
                    out.append(("hidden", text_of(ch, "hidden")))
                    continue
                k = kind if kind == "toc" else ("h" if t == TXT + "h" else ("cell" if kind == "cell" else "p"))
                out.append((k, text_of(ch, k)))
                continue
            if t == TABLE + "table-cell":
                walk(ch, "toc" if kind == "toc" else "cell")
                continue
            walk(ch, kind)

    text = root.find(OFF + "body").find(OFF + "text")
    walk(text, "p")
    return out


def contract_text_odt(blocks):
    return norm(" \u2016 ".join(t for k, t in blocks if k not in ("toc", "hidden")))


# ---------------------------------------------------------------- Markdown extraction
def md_plain(s):
    """Contract text of a Markdown file as a reader of the rendered page sees it: front matter and HTML
    comments out, markup stripped (escapes, emphasis, links, headings, quotes, table pipes, footnote marks)."""
    s = re.sub(r"\A---\n.*?\n---\n", "", s, flags=re.S)
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    lines = []
    for ln in s.splitlines():
        if re.match(r"^\s*(=+|-+)\s*$", ln):
            continue
        if re.match(r"^\s*\|?\s*:?-{3,}", ln):
            continue
        ln = re.sub(r"^\s*>\s?", "", ln)
        ln = re.sub(r"^\s*#{1,6}\s+", "", ln)
        ln = re.sub(r"^\[\^(\w+)\]:\s*", "", ln)
        ln = re.sub(r"\[\^\w+\]", "", ln)
        ln = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", ln)
        ln = ln.replace("|", " ")
        lines.append(ln)
    s = "\n".join(lines)
    s = re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>|~\"'$&])", r"\1", s)
    s = s.replace("**", "").replace("__", "")
    s = re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)\*(?!\w)", r"\1", s)
    s = s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return norm(s)


# ---------------------------------------------------------------- zips
def write_zip(path, members):
    with zipfile.ZipFile(path, "w") as z:
        for name, data, stored in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = (0o40755 << 16) | 0x10 if name.endswith("/") else 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)


def normalise_lo_odt(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    ids = {}

    def ct(m):
        ids.setdefault(m.group(1), "ct%d" % (len(ids) + 1))
        return ids[m.group(1)]
    lists = {}

    def lid(x):
        lists.setdefault(x, "list%d" % (len(lists) + 1))
        return lists[x]
    members = []
    for info in zin.infolist():
        b = zin.read(info.filename)
        n = info.filename
        if n.endswith(".xml") and b:
            s = b.decode("utf-8")
            if n == "content.xml":
                s = re.sub(r"\b(ct\d{6,})\b", ct, s)
                s = re.sub(r'"(list\d{6,})"', lambda m: '"%s"' % lid(m.group(1)), s)
            if n == "settings.xml":
                s = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>1000000", s)
            s = re.sub(r"(<meta:creation-date>|<dc:date>|<meta:print-date>)[^<]*(?=</)", r"\g<1>" + FIXED_ODF, s) if n == "meta.xml" else s
            s = re.sub(r"(<meta:editing-duration>)[^<]*", r"\g<1>PT0S", s)
            b = s.encode("utf-8")
        members.append((n, b, info.compress_type == zipfile.ZIP_STORED))
    return members


def soffice(args, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless"] + args + ["--outdir", outdir]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def stem(c):
    return c["file"].rsplit(".", 1)[0]


# ---------------------------------------------------------------- build
def build(tmp):
    if os.path.exists(SRC):
        shutil.rmtree(SRC)
    os.makedirs(SRC)
    fodts = []
    for c in CONTRACTS:
        open(os.path.join(OUT, stem(c) + ".expected"), "w", encoding="utf-8", newline="\n").write(c["expected"].strip("\n") + "\n")
        if c["tool"] == "lo-fodt":
            src = os.path.join(SRC, stem(c) + ".fodt")
            open(src, "w", encoding="utf-8", newline="\n").write(fodt_document(c))
            fodts.append(src)
        elif c["tool"] == "md":
            open(os.path.join(OUT, c["file"]), "w", encoding="utf-8", newline="\n").write(c["md"].lstrip("\n"))
        elif c["tool"] == "pandoc-gfm":
            src = os.path.join(SRC, stem(c) + ".pandoc.md")
            open(src, "w", encoding="utf-8", newline="\n").write(c["pandoc_src"].lstrip("\n"))
            env = dict(os.environ, SOURCE_DATE_EPOCH="1768208400")
            docx = os.path.join(tmp, stem(c) + ".docx")
            subprocess.run(["pandoc", "-f", "markdown", src, "-o", docx], check=True, env=env)
            subprocess.run(["pandoc", "-f", "docx", "-t", "gfm", "--wrap=auto", docx, "-o", os.path.join(OUT, c["file"])],
                           check=True, env=env)
    lo = os.path.join(tmp, "lo")
    os.makedirs(lo)
    soffice(["--convert-to", "odt"] + fodts, lo)
    for c in CONTRACTS:
        if c["tool"] != "lo-fodt":
            continue
        res = os.path.join(lo, stem(c) + ".odt")
        if not os.path.exists(res):
            raise SystemExit("LibreOffice conversion failed: " + c["file"])
        write_zip(os.path.join(OUT, c["file"]), normalise_lo_odt(open(res, "rb").read()))


# ---------------------------------------------------------------- features
ODT_FEATURES = [
    ("text:h with outline-level", r"<text:h [^>]*text:outline-level="),
    ("outline-style numbering (styles.xml)", None),
    ("text:list", r"<text:list[ >]"),
    ("nested text:list", None),
    ("text:continue-numbering", r'text:continue-numbering="true"'),
    ("list restart (start-value)", r"text:start-value="),
    ("text:section", r"<text:section "),
    ("text:table-of-content", r"<text:table-of-content "),
    ("table:table", r"<table:table "),
    ("table header rows", r"<table:table-header-rows>"),
    ("spanned cells", r"table:number-(?:columns|rows)-spanned="),
    ("covered cells", r"<table:covered-table-cell"),
    ("footnotes", r'text:note-class="footnote"'),
    ("endnotes", r'text:note-class="endnote"'),
    ("draw:frame text boxes", r"<draw:text-box"),
    ("office:annotation", r"<office:annotation[ >]"),
    ("tracked insertions", r"<text:insertion>"),
    ("tracked deletions", r"<text:deletion>"),
    ("tracked format changes", r"<text:format-change>"),
    ("text:hidden-paragraph", r"<text:hidden-paragraph "),
    ("text:hidden-text", r"<text:hidden-text "),
    ("text:bookmark-ref", r"<text:bookmark-ref "),
    ("text:sequence", r"<text:sequence "),
    ("text:s", r"<text:s[ /]"),
    ("text:tab", r"<text:tab/>"),
    ("text:line-break", r"<text:line-break/>"),
    ("text:soft-page-break (LibreOffice's own)", r"<text:soft-page-break/>"),
    ("typed clause numbers", None),
    ("page header/footer (styles.xml)", None),
    ("page-number field (styles.xml)", None),
]
MD_FEATURES = [
    ("YAML front matter", r"\A---\n"),
    ("pipe tables (rows)", r"(?m)^\|.*\|\s*$"),
    ("ATX headings", r"(?m)^#{1,6} "),
    ("Setext headings", r"(?m)^(=+|-{3,})\s*$"),
    ("typed 1.1 numbering", r"(?m)^\s*(\*\*)?\d+\.\d+(\.\d+)?\.? "),
    ("ordered list items", r"(?m)^\s*\d+\. "),
    ("nested list items", r"(?m)^ {2,}([-*+]|\d+\.|\([a-z]\)) "),
    ("block quotes", r"(?m)^> "),
    ("footnote definitions", r"(?m)^\[\^\w+\]:"),
    ("HTML comments", r"<!--"),
    ("escaped characters", r"\\[\[\]*_#.()<>$-]"),
    ("**bold** terms", r"\*\*[^*\n]+\*\*"),
    ("links", r"\]\((?:https?|mailto):"),
]


def count_features(c, path):
    f = {}
    if c["file"].endswith(".odt"):
        z = zipfile.ZipFile(path)
        content = z.read("content.xml").decode("utf-8")
        styles = z.read("styles.xml").decode("utf-8")
        for name, rx in ODT_FEATURES:
            if rx:
                f[name] = len(re.findall(rx, content))
        f["outline-style numbering (styles.xml)"] = len(re.findall(r'<text:outline-level-style [^>]*style:num-format="[1aAiI]', styles))
        f["nested text:list"] = len(re.findall(r"<text:list-item>(?:(?!</text:list-item>).)*?<text:list[ >]", content))
        f["typed clause numbers"] = len(re.findall(r'<text:p [^>]*>(?:<text:bookmark[^>]*>)?\d+(?:\.\d+)+\.?(?:<text:tab/>|<text:s/>| )', content))
        f["page header/footer (styles.xml)"] = len(re.findall(r"<style:(?:header|footer)>", styles))
        f["page-number field (styles.xml)"] = len(re.findall(r"<text:page-number ", styles))
    else:
        s = open(path, encoding="utf-8").read()
        for name, rx in MD_FEATURES:
            f[name] = len(re.findall(rx, s))
    return f


# ---------------------------------------------------------------- checks
def evidence(why):
    return [q for q in re.findall(r'"([^"]+)"', why)]


def check(tmp):
    errors, words, feats, lo_notes = [], {}, {}, []
    counts = {r: {"pass": 0, "weak": 0, "gap": 0} for r in RULES}
    tools = {}
    txtdir = os.path.join(tmp, "txt")
    os.makedirs(txtdir)
    odts = [os.path.join(OUT, c["file"]) for c in CONTRACTS if c["tool"] == "lo-fodt"]
    soffice(["--convert-to", "txt:Text (encoded):UTF8"] + odts, txtdir)
    for c in CONTRACTS:
        fn = c["file"]
        path = os.path.join(OUT, fn)
        tools[c["tool"]] = tools.get(c["tool"], 0) + 1
        if not os.path.isfile(path):
            errors.append(fn + ": missing")
            continue
        raw_all = ""
        if fn.endswith(".odt"):
            with zipfile.ZipFile(path) as z:
                names = z.namelist()
                if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
                    errors.append(fn + ": mimetype not first/stored")
                for n in names:
                    if z.getinfo(n).date_time != FIXED:
                        errors.append(fn + ": timestamp " + n)
                    if n.endswith((".xml", ".rdf")) and z.getinfo(n).file_size:
                        try:
                            ET.fromstring(z.read(n))
                        except ET.ParseError as e:
                            errors.append("%s: %s not well-formed: %s" % (fn, n, e))
                content = z.read("content.xml")
                raw_all = content.decode("utf-8") + z.read("styles.xml").decode("utf-8")
            blocks = odt_blocks(ET.fromstring(content))
            text = contract_text_odt(blocks)
            src_blocks = odt_blocks(ET.fromstring(open(os.path.join(SRC, stem(c) + ".fodt"), "rb").read()))
            for k, t in src_blocks:
                if k in ("toc", "hidden"):
                    continue
                if norm(t) and norm(t) not in text:
                    errors.append("%s: source %s text missing after conversion: %r" % (fn, k, norm(t)[:70]))
            txtp = os.path.join(txtdir, stem(c) + ".txt")
            if not os.path.exists(txtp):
                errors.append(fn + ": LibreOffice text export failed")
                lotxt = ""
            else:
                lotxt = norm(open(txtp, encoding="utf-8-sig").read())
            note_frame = norm(" ".join(t for k, t in blocks if k in ("footnote", "endnote", "frame")))
            for k, t in blocks:
                if k in ("p", "h", "cell") and norm(t) and norm(t) not in lotxt:
                    errors.append("%s: %s text not in LibreOffice text export: %r" % (fn, k, norm(t)[:70]))
            for num, head in c.get("headings", []):
                if norm(num + " " + head) not in lotxt:
                    errors.append("%s: heading number %s %r not in LibreOffice text export" % (fn, num, head))
            # what LibreOffice's own text export does with non-contract text
            for probe in c.get("hidden", []):
                lo_notes.append("%s: %r %s LibreOffice's text export" % (fn, probe[:40], "IN" if norm(probe) in lotxt else "not in"))
        else:
            raw = open(path, encoding="utf-8").read()
            raw_all = raw
            text = md_plain(raw)
            r = subprocess.run(["pandoc", "-f", "gfm" if c["tool"] == "pandoc-gfm" else "markdown", "-t", "plain", "--wrap=none", path],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            if r.returncode:
                errors.append(fn + ": pandoc cannot read it: " + r.stderr[:200])
            lotxt = norm(r.stdout)
            note_frame = ""
            blocks = []
        for probe in c.get("hidden", []):
            if norm(probe) not in norm(raw_all.replace("&apos;", "'").replace("&quot;", '"')):
                errors.append("%s: non-contract probe not in the file: %r" % (fn, probe[:60]))
            if norm(probe) in text:
                errors.append("%s: non-contract probe leaked into contract text: %r" % (fn, probe[:60]))
        words[fn] = len(re.findall(r"\w[\w'’-]*", text))
        if not WORDS_MIN <= words[fn] <= WORDS_MAX:
            errors.append("%s: %d words outside %d-%d" % (fn, words[fn], WORDS_MIN, WORDS_MAX))
        feats[fn] = count_features(c, path)
        exp = os.path.join(OUT, stem(c) + ".expected")
        rawx = open(exp, "rb").read()
        if not rawx.endswith(b"\n") or b"\r" in rawx:
            errors.append(exp + ": bad line endings")
        lines = rawx.decode("utf-8").splitlines()
        if len(lines) != 22:
            errors.append("%s: %d lines" % (exp, len(lines)))
        for r_, line in zip(RULES, lines):
            m = re.match(r"^(\S+) (pass|weak|gap)  # (.+)$", line)
            if not m or m.group(1) != r_:
                errors.append("%s: bad line for %s: %r" % (exp, r_, line))
                continue
            why = m.group(3)
            if not CITE.search(why):
                errors.append("%s: %s cites no clause" % (exp, r_))
            qs = evidence(why)
            if m.group(2) in ("pass", "weak") and not qs:
                errors.append("%s: %s %s quotes no evidence" % (exp, r_, m.group(2)))
            for q in qs:
                nq = norm(q)
                if nq not in text:
                    errors.append("%s: %s evidence not in contract text: %r" % (exp, r_, q))
                elif nq not in lotxt and nq not in note_frame:
                    errors.append("%s: %s evidence not in the converter's text (%s): %r" % (exp, r_, "LibreOffice txt" if fn.endswith(".odt") else "pandoc plain", q))
            counts[r_][m.group(2)] += 1
    for r_ in RULES:
        k = counts[r_]
        if os.environ.get("SET29_PARTIAL") == "1":
            continue
        if k["pass"] < RULE_PASS_MIN or k["weak"] + k["gap"] < RULE_NONPASS_MIN:
            errors.append("rule %s below minimums: %s" % (r_, k))
    if tools != WANT_TOOLS and os.environ.get("SET29_PARTIAL") != "1":
        errors.append("tool split wrong: %s" % tools)
    for name, _ in (ODT_FEATURES if os.environ.get("SET29_PARTIAL") != "1" else []):
        if sum(feats[c["file"]].get(name, 0) for c in CONTRACTS if c["file"].endswith(".odt")) == 0:
            errors.append("ODT feature absent from every ODT: " + name)
    return errors, counts, words, feats, lo_notes


def readme(counts, words, feats, lo_notes):
    out = [README.strip(), "", "## Contracts", "",
           "| File | Made by | Kind and subject | Country and parties as named | Words | Where the duties and traps sit |",
           "|---|---|---|---|---|---|"]
    for c in CONTRACTS:
        out.append("| %s | %s | %s | %s | %d | %s |" % (c["file"], c["tool"], c["subject"], c["parties"], words[c["file"]], c["shapes"]))
    out += ["", "## Format features (counted in the built files by the builder)", ""]
    for names, ext in ((ODT_FEATURES, ".odt"), (MD_FEATURES, ".md")):
        for name, _ in names:
            per = [(c["file"], feats[c["file"]].get(name, 0)) for c in CONTRACTS if c["file"].endswith(ext)]
            n_files = sum(1 for _, n in per if n)
            total = sum(n for _, n in per)
            out.append("* %s `%s`: %d file(s), %d occurrence(s) (%s)" % (ext[1:].upper(), name, n_files, total,
                                                                     ", ".join("%s %d" % (f.split("-")[0], n) for f, n in per if n) or "none"))
    out += ["", "## What LibreOffice's own text export does with the non-contract text", "",
            "Recorded by the builder (soffice --convert-to txt of each delivered ODT); the independent extraction leaves all of these out.", ""]
    out += ["* " + x for x in lo_notes]
    tot = {"pass": 0, "weak": 0, "gap": 0}
    out += ["", "## Verdict counts", "", "| Rule | pass | weak | gap |", "|---|---|---|---|"]
    for r in RULES:
        k = counts[r]
        for v in tot:
            tot[v] += k[v]
        out.append("| %s | %d | %d | %d |" % (r, k["pass"], k["weak"], k["gap"]))
    out.append("| all | %d | %d | %d |" % (tot["pass"], tot["weak"], tot["gap"]))
    return "\n".join(out) + "\n"


def main():
    if not os.path.isdir("scripts") or not os.path.isdir("fixtures"):
        raise SystemExit("run from the repository root")
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="set29-")
    try:
        build(tmp)
        errors, counts, words, feats, lo_notes = check(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n").write(readme(counts, words, feats, lo_notes))
    for c in CONTRACTS:
        print("%-44s %-10s %5d words" % (c["file"], c["tool"], words.get(c["file"], 0)))
    for r in RULES:
        k = counts[r]
        print("%-7s pass %2d  weak %2d  gap %2d" % (r, k["pass"], k["weak"], k["gap"]))
    for x in lo_notes:
        print("lo-txt " + x)
    for fn in sorted(os.listdir(OUT)):
        print("sha256 %s  %s" % (hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()[:16], fn))
    if errors:
        print("\n".join("ERROR: " + e for e in errors), file=sys.stderr)
        sys.exit(1)
    print("set29 OK")


if __name__ == "__main__":
    main()
