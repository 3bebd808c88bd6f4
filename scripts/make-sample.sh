#!/usr/bin/env bash
# Regenerates the shipped sample's office documents from their HTML sources with LibreOffice,
# so the sample is what a real producer writes. Needs `soffice` (Debian: libreoffice-writer).
#   fixtures/sample-src/greenfield-home-care.html -> fixtures/sample/greenfield-home-care.docx
#   fixtures/sample-src/brightway-facilities.html -> fixtures/sample/brightway-facilities.odt
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/sample
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# HTML opens in Writer/Web; the explicit writer import filter makes a normal text document.
soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" \
  --outdir "$tmp" fixtures/sample-src/greenfield-home-care.html >/dev/null
soffice --headless --infilter="HTML (StarWriter)" --convert-to odt:writer8 \
  --outdir "$tmp" fixtures/sample-src/brightway-facilities.html >/dev/null
cp "$tmp/greenfield-home-care.docx" "$tmp/brightway-facilities.odt" "$out/"
ls -l "$out"
