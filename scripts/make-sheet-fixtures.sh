#!/usr/bin/env bash
# Regenerates fixtures/sheets/: spreadsheets written by a real producer (LibreOffice) from
# the sources in fixtures/sheets-src/, so the reader is tested on what programs write.
#   supplier-register.csv  title rows above the header, amounts and dates typed as text
#   declarations.fods      merged header, real and text dates, an Excel serial, a formula,
#                          a formula whose reference was deleted (#REF!), a value far to
#                          the right (AE7), trailing empty formatted rows, a second sheet
# Needs `soffice` (LibreOffice). Outputs are committed; rerun only to change them.
set -euo pipefail
cd "$(dirname "$0")/.."
src=fixtures/sheets-src
out=fixtures/sheets
mkdir -p "$out"
convert() { # FORMAT FILE [IMPORT-FILTER]
    soffice --headless ${3:+--infilter="$3"} --convert-to "$1" --outdir "$out" "$2" >/dev/null 2>&1
}
# CSV import: comma, double quote, UTF-8 (76), from line 1, English (UK) (2057) so that
# day-first dates become date cells as they would for a UK user.
csv_in='CSV:44,34,76,1,,2057'

for fmt in xlsx xls ods; do
    convert "$fmt" "$src/supplier-register.csv" "$csv_in"
    convert "$fmt" "$src/declarations.fods"
done
cp "$src/supplier-register.csv" "$out/supplier-register.csv"
# The same register as Excel on Windows saves "CSV": Windows-1252, semicolons, CRLF.
python3 - "$src/supplier-register.csv" "$out/supplier-register-cp1252.csv" <<'PY'
import csv, io, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
buf = io.StringIO()
csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
open(sys.argv[2], "wb").write(buf.getvalue().encode("cp1252"))
PY
ls -l "$out"
