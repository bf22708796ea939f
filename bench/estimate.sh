#!/usr/bin/env bash
# Benchmark: `sitan estimate y --by country,sex` against R survey's
# svyby(~y, ~country + sex, design, svymean) on the same 1M synthetic respondents
# (400 PSUs in 20 strata), side by side: wall time and peak RSS from /usr/bin/time -v.
# Usage: bench/estimate.sh [ROWS]   (needs R with the survey package; builds sitan in release)
# Env: SITAN (a release sitan binary; default: build one), BENCH_DIR (default: a temp dir).
set -euo pipefail
ROWS=${1:-1000000}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
DIR=${BENCH_DIR:-$(mktemp -d /tmp/sitan-bench-estimate.XXXXXX)}
if [[ -z "${SITAN:-}" ]]; then
  swift build -c release --package-path "$ROOT" --product sitan >&2
  SITAN="$(swift build -c release --package-path "$ROOT" --show-bin-path)/sitan"
fi
mkdir -p "$DIR"
cd "$DIR"

cat > variables.yaml <<'YAML'
variables:
  country: {type: categorical, categories: [LV, LT, PL], labels: {en: Country}}
  sex: {type: categorical, categories: [male, female], labels: {en: Sex}}
  y: {type: binary, labels: {en: Synthetic outcome}}
YAML
cat > bench.codebook.yaml <<'YAML'
source: {name: bench-synthetic, country: LV, kind: survey, year: 2026, synthetic: true, description: "bench/estimate.sh"}
file: {encoding: utf-8, delimiter: ",", decimal: ".", missing: [""]}
design: {id: id, weight: w, strata: stratum, psu: psu, fpc: null}
columns:
  country: {variable: country, codes: {"1": LV, "2": LT, "3": PL}}
  sex: {variable: sex, codes: {"1": male, "2": female}}
  y: {variable: y, codes: {"1": 1, "0": 0}}
YAML

if [[ ! -f bench.csv ]]; then
  echo "generating $ROWS respondents ..." >&2
  Rscript "$HERE/estimate.R" generate bench.csv "$ROWS"
fi
if [[ ! -f bench.sqlite ]]; then
  echo "ingesting ..." >&2
  SITAN_DICTIONARY=variables.yaml "$SITAN" ingest --quiet --db bench.sqlite bench.csv --codebook bench.codebook.yaml >&2
fi

measure() { # label, command...: prints "seconds kilobytes"
  local label=$1; shift
  /usr/bin/time -v "$@" > "$label.out" 2> "$label.time"
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$label.time" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$label.time")
  echo "$wall $rss"
}

"$SITAN" estimate --db bench.sqlite y --by country,sex --format json > /dev/null   # warm the page cache
read -r S_WALL S_RSS < <(measure sitan "$SITAN" estimate --db bench.sqlite y --by country,sex --format json)
read -r R_WALL R_RSS < <(measure r Rscript "$HERE/estimate.R" svyby bench.csv)

echo "sitan estimate: ${S_WALL}s, peak RSS ${S_RSS} kB"
echo "R svyby:        ${R_WALL}s, peak RSS ${R_RSS} kB ($(grep -E 'R_(READ|SVYBY)' r.out | tr '\n' ' '))"
awk -v sw="$S_WALL" -v sr="$S_RSS" -v rw="$R_WALL" -v rr="$R_RSS" 'BEGIN {
  printf "time: sitan is %.1fx faster (target >= 10x)\n", rw / sw
  printf "memory: sitan uses %.3f of R peak RSS (target < 0.25)\n", sr / rr }'
echo "results in $DIR (sitan.out, r.out)" >&2
