#!/usr/bin/env bash
# Regenerates fixtures/broken/: small files a real scan meets that cannot be read, each of
# which must be reported with a clear error while the rest of the run goes on.
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/broken
mkdir -p "$out"
# A "DOCX" that is not a zip at all.
printf 'PK\003\004 this is not a zip archive' > "$out/not-a-zip.docx"
# A DOCX cut off half way (as an interrupted download leaves it).
head -c 3000 fixtures/sample/greenfield-home-care.docx > "$out/truncated.docx"
# A legacy Word file: an OLE2 header and a WordDocument stream name.
python3 - "$out/legacy.doc" <<'PY'
import sys
data = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
data += "WordDocument".encode("utf-16-le") + bytes(64)
open(sys.argv[1], "wb").write(data)
PY
# An empty file and binary junk with a text extension.
: > "$out/empty.txt"
head -c 2048 /dev/urandom > "$out/junk.txt"
# A zip holding no document.
python3 - "$out/photos.docx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("photo.jpg", b"\xff\xd8\xff not really")
PY
ls -l "$out"
