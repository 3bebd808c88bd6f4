#!/usr/bin/env bash
# Regenerates fixtures/documents/features.{docx,odt} from the flat-ODF source with LibreOffice,
# so the DOCX and ODT readers are tested on what a real word processor writes: headings,
# multi-level clause numbering, a footnote, a tracked deletion, a comment, a table and a text
# box. Needs `soffice` (Debian: libreoffice-writer).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
src=fixtures/documents-src/features.fodt
soffice --headless --convert-to odt --outdir "$tmp" "$src" >/dev/null 2>&1
soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$tmp" "$src" >/dev/null 2>&1
cp "$tmp/features.odt" "$tmp/features.docx" fixtures/documents/
ls -l fixtures/documents

# A three-page PDF with a running header and page-number footer, and a PDF whose only page is
# a filled rectangle: no text layer, as a scan would be.
soffice --headless --convert-to pdf --outdir "$tmp" fixtures/documents-src/paged.fodt >/dev/null 2>&1
cp "$tmp/paged.pdf" fixtures/documents/
python3 - fixtures/documents/no-text-layer.pdf <<'PY'
import sys
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
]
stream = b"0.2 0.2 0.2 rg 72 600 450 120 re f"
objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
out = b"%PDF-1.4\n"
offsets = []
for i, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for off in offsets:
    out += b"%010d 00000 n \n" % off
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(sys.argv[1], "wb").write(out)
PY
ls -l fixtures/documents

# A schedule published on its own, which states its contract only in the page header (two
# pages, so that the PDF's running header repeats): what joins it to its core terms.
for to in odt 'docx:MS Word 2007 XML' pdf; do
    soffice --headless --convert-to "$to" --outdir "$tmp" fixtures/documents-src/schedule-header.fodt >/dev/null 2>&1
done
cp "$tmp/schedule-header.odt" "$tmp/schedule-header.docx" "$tmp/schedule-header.pdf" fixtures/documents/
