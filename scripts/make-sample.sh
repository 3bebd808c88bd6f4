#!/usr/bin/env bash
# Regenerates the shipped sample's office documents from their HTML sources with LibreOffice,
# so the sample is what a real producer writes. Needs `soffice` (Debian: libreoffice-writer).
#   fixtures/sample-src/greenfield-home-care.html -> fixtures/sample/greenfield-home-care.docx
#   fixtures/sample-src/brightway-facilities.html -> fixtures/sample/brightway-facilities.odt
#   fixtures/sample-src/registers/*.csv -> fixtures/sample/registers/ as XLSX, ODS, XLS and CSV
#   (the registers and returns an auditor would hold for the same providers; see
#   fixtures/sample-src/registers/expected.toml for the gaps planted in them)
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

# Registers: LibreOffice Calc reads the CSV sources (comma, double quote, UTF-8, from row 1,
# English (UK) so 01/04/2025 is 1 April) and writes each in the format a council might use.
src=fixtures/sample-src/registers
mkdir -p "$out/registers"
calc() { # calc SOURCE FORMAT
  soffice --headless --infilter="CSV:44,34,76,1,,2057" --convert-to "$2" --outdir "$tmp" \
    "$src/$1.csv" >/dev/null
  cp "$tmp/$1.${2%%:*}" "$out/registers/"
}
calc contract-register xlsx
calc complaints-returns xlsx
calc declarations ods
calc former-office-holders ods
calc satisfaction 'xls:MS Excel 97'
cp "$src/supplier-register.csv" "$out/registers/"
ls -l "$out" "$out/registers"
