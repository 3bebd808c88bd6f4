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
