#!/usr/bin/env bash
# The bulk-scan benchmark (issue 4): one command measures, in one run on this machine,
#   1. inflate only: reading the generated DOCX files and inflating their XML parts;
#   2. probity check -j 1 and -j 2 on the same DOCX files (throughput, ratio to 1.);
#   3. the Python baseline (benches/python_baseline.py, python-docx + openpyxl) on a subset;
#   4. peak RSS (/usr/bin/time -v) of probity check on a 2,000- and a 20,000-contract corpus;
#   5. a 50,000-row declarations register and a 20,000-row complaints log (XLSX and CSV).
# Corpora are generated from a fixed seed by examples/gen_corpus.rs into $BENCH_DIR.
#
#   benches/run.sh                 everything (the 20,000 corpus takes several minutes)
#   BENCH_SKIP_20K=1 benches/run.sh     without step 4's 20,000 run
# Knobs: BENCH_DIR (default /tmp/probity-bench), BENCH_CONTRACTS (2000), BENCH_LARGE (20000),
# BENCH_PY_FILES (40), BENCH_SEED. Needs python-docx and openpyxl (pip) and GNU time (apt
# package `time`); the script installs what is missing when it can.
# Results: a summary on stdout and in $BENCH_DIR/summary.txt; docs/benchmarks.md records them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
dir=${BENCH_DIR:-/tmp/probity-bench}
n=${BENCH_CONTRACTS:-2000}
large=${BENCH_LARGE:-20000}
py_files=${BENCH_PY_FILES:-40}
seed=${BENCH_SEED:-20251123}
mkdir -p "$dir"
summary="$dir/summary.txt"
: >"$summary"
say() { echo "$*" | tee -a "$summary"; }

if [ ! -x /usr/bin/time ]; then apt-get install -y time >/dev/null 2>&1 || true; fi
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
python3 -c "import docx, openpyxl" 2>/dev/null || pip install -q python-docx openpyxl

cd "$root"
cargo build --release --quiet --bin probity --example gen_corpus --example inflate_only \
  --example read_timing
target=${CARGO_TARGET_DIR:-$root/target}/release
probity="$target/probity"

# Runs a command under GNU time; prints "wall_seconds peak_rss_kb" (the command's own
# output goes to $dir/last.out; probity exits 1 when it finds gaps, which is not a failure).
timed() {
  /usr/bin/time -v -o "$dir/time.txt" "$@" >"$dir/last.out" 2>"$dir/last.err" || true
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$dir/time.txt" |
    awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time.txt")
  echo "$wall $rss"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

say "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"

corpus="$dir/corpus-$n"
if [ ! -f "$corpus/.done" ]; then
  rm -rf "$corpus"
  "$target/examples/gen_corpus" --out "$corpus" --contracts "$n" --seed "$seed" --registers
  touch "$corpus/.done"
fi
# The large registers live outside the corpus, so the corpus runs compare like with like.
registers="$dir/registers-large"
if [ ! -f "$registers/.done" ]; then
  rm -rf "$registers"
  "$target/examples/gen_corpus" --out "$registers" --contracts 0 --seed "$seed" \
    --declarations 50000 --complaints 20000
  touch "$registers/.done"
fi
find "$corpus/contracts" -name '*.docx' | sort >"$dir/docx.list"
docx_count=$(wc -l <"$dir/docx.list")
docx_mb=$(du -cm $(cat "$dir/docx.list") | tail -1 | cut -f1)
say "== corpus: $n contracts ($docx_count DOCX, ${docx_mb} MB of DOCX) in $corpus"

# Warm the page cache so that every step reads from memory alike.
cat $(cat "$dir/docx.list") >/dev/null

read -r inflate_s _ < <(timed "$target/examples/inflate_only" @"$dir/docx.list")
say "inflate only, 1 thread:   $(cat "$dir/last.out")"
read -r inflate2_s _ < <(timed "$target/examples/inflate_only" -j 2 @"$dir/docx.list")
say "inflate only, 2 threads:  $(cat "$dir/last.out")"

# The same DOCX files, given as paths; JSON is the most complete report.
read -r j1_s j1_rss < <(timed "$probity" check --format json --no-progress -j 1 $(cat "$dir/docx.list"))
say "probity -j 1 on the DOCX: ${j1_s} s, peak RSS ${j1_rss} KB ($(tail -1 "$dir/last.err"))"
cp "$dir/last.out" "$dir/report-j1.json"
read -r j2_s j2_rss < <(timed "$probity" check --format json --no-progress -j 2 $(cat "$dir/docx.list"))
say "probity -j 2 on the DOCX: ${j2_s} s, peak RSS ${j2_rss} KB"
cmp -s "$dir/last.out" "$dir/report-j1.json" && same=identical || same=DIFFERENT
say "reports -j 1 / -j 2: $same (md5 $(md5sum <"$dir/report-j1.json" | cut -c1-12))"
say "RATIO probity -j 1 / inflate (1 thread): $(ratio "$j1_s" "$inflate_s")   (target <= 3)"
say "RATIO probity -j 2 / inflate (2 threads): $(ratio "$j2_s" "$inflate2_s")"
say "RATIO speed-up -j 1 -> -j 2: $(ratio "$j1_s" "$j2_s")   (target near 2)"

head -n "$py_files" "$dir/docx.list" >"$dir/py.list"
python3 "$here/python_baseline.py" $(cat "$dir/py.list") | tee "$dir/python.txt"
py_rate=$(sed -n 's/.*contracts_per_s=\([0-9.]*\).*/\1/p' "$dir/python.txt")
say "python baseline (1 process, first $py_files DOCX): $(cat "$dir/python.txt")"
read -r sub_s _ < <(timed "$probity" check --format json --no-progress -j 1 $(cat "$dir/py.list"))
say "probity -j 1 on the same $py_files DOCX: ${sub_s} s (includes ~0.5 s of rule-pack compile)"
rs_rate=$(awk -v n="$docx_count" -v s="$j1_s" 'BEGIN { printf "%.1f", n / s }')
say "RATIO probity -j 1 (${rs_rate} contracts/s on $docx_count) / python (${py_rate} contracts/s): $(ratio "$rs_rate" "$py_rate")   (target >= 50)"

# The whole corpus as a user would scan it (all formats, registers included), default threads.
read -r all_s all_rss < <(timed "$probity" check --format json --no-progress "$corpus")
say "probity (all cores) on the whole $n corpus: ${all_s} s, peak RSS ${all_rss} KB, report $(wc -c <"$dir/last.out") bytes"
read -r all1_s all1_rss < <(timed "$probity" check --format json --no-progress -j 1 "$corpus")
say "probity -j 1 on the whole $n corpus: ${all1_s} s, peak RSS ${all1_rss} KB"

for f in declarations.xlsx declarations.csv complaints-log.xlsx complaints-log.csv; do
  read -r s rss < <(timed "$probity" check --format json --no-progress -j 1 "$registers/large/$f")
  say "register $f ($(du -k "$registers/large/$f" | cut -f1) KB): probity check ${s} s wall, peak RSS ${rss} KB; $(tail -1 "$dir/last.err")"
done
# The same files' read and table-recognition time in-process (no process start, no rule-pack
# compile, which every `probity check` pays once).
"$target/examples/read_timing" "$registers"/large/* | tee -a "$summary"

if [ -z "${BENCH_SKIP_20K:-}" ]; then
  big="$dir/corpus-$large"
  if [ ! -f "$big/.done" ]; then
    rm -rf "$big"
    "$target/examples/gen_corpus" --out "$big" --contracts "$large" --seed "$seed" --registers
    touch "$big/.done"
  fi
  read -r big_s big_rss < <(timed "$probity" check --format json --no-progress "$big")
  say "probity (all cores) on the whole $large corpus: ${big_s} s, peak RSS ${big_rss} KB, report $(wc -c <"$dir/last.out") bytes"
  read -r big1_s big1_rss < <(timed "$probity" check --format json --no-progress -j 1 "$big")
  say "probity -j 1 on the whole $large corpus: ${big1_s} s, peak RSS ${big1_rss} KB"
  say "RSS $large vs $n (all cores): ${big_rss} KB vs ${all_rss} KB (target: < 204800 KB, and no more than the $n run plus the findings)"
fi
say "== summary written to $summary"
