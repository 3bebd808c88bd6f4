#!/usr/bin/env bash
# Regenerates the PDF reader's fixtures from a flat-ODT contract, with real producers:
#   fixtures/documents-src/pdf-contract.fodt -> fixtures/documents/pdf-contract.pdf
#       (LibreOffice; running header, "Page N of M" footer, numbered clauses, a word hyphenated
#       across a line break, clauses running over page breaks)
#   -> fixtures/documents/pdf-scanned.pdf        page images only, no text layer
#       (poppler's pdftoppm renders the pages, LibreOffice prints the images to PDF)
#   -> fixtures/documents/pdf-encrypted.pdf      AES-256, user password "secret" (qpdf)
#   -> fixtures/documents/pdf-empty-password.pdf AES-256, empty user password (qpdf)
#   fixtures/documents-src/pdf-tables.fodt -> fixtures/documents/pdf-tables.pdf
#       (LibreOffice; ruled tables: a details schedule with a merged title row, cells that
#       wrap and hyphenate, a clause switched off by "Not applicable", a Responsible column)
#   fixtures/documents-src/pdf-columns.fodt -> fixtures/documents/pdf-columns.pdf
#       (LibreOffice; a two-column section under a full-width title, a clause running from
#       the foot of the left column to the head of the right)
# Needs: soffice (libreoffice-writer), pdftoppm (poppler-utils), qpdf.
set -euo pipefail
cd "$(dirname "$0")/.."
src=fixtures/documents-src/pdf-contract.fodt
out=fixtures/documents
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
soffice --headless --convert-to pdf:writer_pdf_Export --outdir "$tmp" "$src" >/dev/null
cp "$tmp/pdf-contract.pdf" "$out/pdf-contract.pdf"
soffice --headless --convert-to pdf:writer_pdf_Export --outdir "$tmp" \
  fixtures/documents-src/pdf-tables.fodt >/dev/null
cp "$tmp/pdf-tables.pdf" "$out/pdf-tables.pdf"
soffice --headless --convert-to pdf:writer_pdf_Export --outdir "$tmp" \
  fixtures/documents-src/pdf-columns.fodt >/dev/null
cp "$tmp/pdf-columns.pdf" "$out/pdf-columns.pdf"
# Two pages as 60 dpi greyscale images: a scan with no text layer.
pdftoppm -r 60 -gray -png -f 1 -l 2 "$out/pdf-contract.pdf" "$tmp/page"
{
  echo '<html><body>'
  for png in "$tmp"/page-*.png; do
    echo "<p style=\"page-break-before: always\"><img src=\"$(basename "$png")\" width=\"600\"></p>"
  done
  echo '</body></html>'
} > "$tmp/pdf-scanned.html"
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
  --outdir "$tmp/scan" "$tmp/pdf-scanned.html" >/dev/null
cp "$tmp/scan/pdf-scanned.pdf" "$out/pdf-scanned.pdf"
qpdf --encrypt secret owner-secret 256 -- "$out/pdf-contract.pdf" "$out/pdf-encrypted.pdf"
qpdf --encrypt "" owner-secret 256 -- "$out/pdf-contract.pdf" "$out/pdf-empty-password.pdf"
ls -l "$out"
