#!/usr/bin/env bash
# Measures the PDF text-extraction candidates on the shared corpus (see docs/decisions.md,
# "PDF reader"). Needs pdftotext (poppler-utils) as the reference. Builds in release in its own
# workspace, so none of the candidates enters probity's build.
#   benches/pdf-compare/run.sh            comparison table (text, order, pages, speed)
#   benches/pdf-compare/run.sh mutate     robustness on truncated and mutated copies
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
corpus="$here/../../../shared/corpus/contracts"
cargo build --release --manifest-path "$here/Cargo.toml"
bin="${CARGO_TARGET_DIR:-$here/target}/release/pdf-compare"
shopt -s nullglob nocaseglob
files=("$corpus"/*.pdf)
case "${1:-compare}" in
  compare) "$bin" compare "${files[@]}" ;;
  mutate) "$bin" mutate "${files[@]}" "$here"/../../fixtures/documents/*.pdf ;;
  *) echo "usage: $0 [compare|mutate]" >&2; exit 2 ;;
esac
