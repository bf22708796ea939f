#!/usr/bin/env bash
# Benchmark: `sitan estimate y --by country,sex` against R survey's
# svyby(~y, ~country + sex, design, svymean), and `sitan model 'y ~ country + sex'` against
# svyglm(y ~ country + sex, design, family = quasibinomial()), on the same 1M synthetic
# respondents (400 PSUs in 20 strata), side by side: wall time and peak RSS from /usr/bin/time -v;
# the model's coefficients, SEs and lower CI limits are checked against R's in the same run.
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

"$SITAN" model --db bench.sqlite 'y ~ country + sex' --format csv > /dev/null 2>&1   # warm the page cache
read -r SM_WALL SM_RSS < <(measure sitan-model "$SITAN" model --db bench.sqlite 'y ~ country + sex' --format csv)
read -r RM_WALL RM_RSS < <(measure r-model Rscript "$HERE/estimate.R" svyglm bench.csv)
echo "sitan model:    ${SM_WALL}s, peak RSS ${SM_RSS} kB"
echo "R svyglm:       ${RM_WALL}s, peak RSS ${RM_RSS} kB ($(grep -E 'R_(READ|SVYGLM)' r-model.out | tr '\n' ' '))"
awk -v sw="$SM_WALL" -v sr="$SM_RSS" -v rw="$RM_WALL" -v rr="$RM_RSS" 'BEGIN {
  printf "model time: sitan is %.1fx faster (goal >= 20x)\n", rw / sw
  printf "model memory: sitan uses %.3f of R peak RSS (goal < 0.125)\n", sr / rr }'
# The same numbers: estimate, se and ci_lower of each coefficient (csv columns 4, 5, 9).
awk -F, 'FNR == NR { if ($1 == "R_COEF") { b[$2] = $3; se[$2] = $4; lo[$2] = $5 }; next }
  FNR > 1 { j = FNR - 2; for (k = 0; k < 3; k++) { a = (k == 0 ? $4 : k == 1 ? $5 : $9); e = (k == 0 ? b[j] : k == 1 ? se[j] : lo[j])
    d = a - e; if (d < 0) d = -d; if (e < 0) e = -e; r = d / e; if (r > worst) worst = r } ; rows++ }
  END { printf "model agreement with R: %d coefficients, worst relative difference %.2g\n", rows, worst
    if (rows == 0 || worst > 1e-9) exit 1 }' <(tr ' ' ',' < r-model.out) sitan-model.out
echo "results in $DIR (sitan.out, r.out, sitan-model.out, r-model.out)" >&2
