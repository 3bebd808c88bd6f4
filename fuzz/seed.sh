#!/usr/bin/env bash
# Fills fuzz/corpus/TARGET with seed inputs: the repository's fixtures, and the shared corpus
# of real public contracts when it sits beside the checkout (../shared/corpus). The sheet
# target's inputs start with one byte that picks the extension (0 xlsx, 1 xls, 2 ods, 3 csv).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fx="$here/../fixtures"
shared="${SHARED_CORPUS:-$here/../../shared/corpus}"
for t in docx odt pdf sheet; do mkdir -p "$here/corpus/$t"; done
shopt -s nullglob
cp "$fx"/documents/*.docx "$fx"/sample/*.docx "$fx"/broken/*.docx "$here/corpus/docx/"
cp "$fx"/documents/*.odt "$fx"/sample/*.odt "$here/corpus/odt/"
cp "$fx"/documents/*.pdf "$here/corpus/pdf/"
if [ -d "$shared" ]; then
  cp "$shared"/contracts/*.docx "$here/corpus/docx/"
  cp "$shared"/contracts/*.odt "$here/corpus/odt/"
  cp "$shared"/contracts/*.pdf "$here/corpus/pdf/"
fi
i=0
for f in "$fx"/sheets/* "$shared"/sheets/*; do
  case "$f" in
    *.xlsx | *.xlsm) p='\x00' ;;
    *.xls) p='\x01' ;;
    *.ods) p='\x02' ;;
    *.csv) p='\x03' ;;
    *) continue ;;
  esac
  { printf "$p"; cat "$f"; } >"$here/corpus/sheet/seed-$i"
  i=$((i + 1))
done
echo "seeded: $(ls "$here"/corpus/docx | wc -l) docx, $(ls "$here"/corpus/odt | wc -l) odt, $(ls "$here"/corpus/pdf | wc -l) pdf, $i sheets"
