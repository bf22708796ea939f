#!/usr/bin/env bash
# Benchmark: `sitan estimate y --by country,sex` against R survey's
# svyby(~y, ~country + sex, design, svymean), and `sitan model 'y ~ country + sex'` against
# svyglm(y ~ country + sex, design, family = quasibinomial()), on the same synthetic
# respondents (400 PSUs in 20 strata), side by side, end to end (R reads the CSV; sitan reads
# its database): wall time, CPU time and peak RSS from /usr/bin/time; the model's
# coefficients, SEs and lower CI limits are checked against R's in the same run.
# sitan runs RUNS times (RUNS_LARGE above one million respondents; medians); R once per size,
# and only up to R_MAX_ROWS respondents (R survey takes minutes and gigabytes beyond).
# Prints a Markdown table. Usage: bench/estimate.sh [ROWS...]   (default: ESTIMATE_ROWS, else 100000 1000000 5000000)
# Env: SITAN (a release sitan binary; default: build one), BENCH_DIR (default: a temp dir),
#      RUNS (3), RUNS_LARGE (1), R_MAX_ROWS (1000000), ESTIMATE_ROWS (the sizes when none are given).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SIZES=${*:-${ESTIMATE_ROWS:-"100000 1000000 5000000"}}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
DIR=${BENCH_DIR:-$(mktemp -d /tmp/sitan-bench-estimate.XXXXXX)}
R_MAX_ROWS=${R_MAX_ROWS:-1000000}
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

measure() { # label runs command...: prints the medians "wall cpu kilobytes"; stdout of the last run in label.out
  local label=$1 runs=$2; shift 2
  rm -f "$label".{w,c,m}
  for _ in $(seq "$runs"); do timed "$label" "$@"; done
  echo "$(median <"$label.w") $(median <"$label.c") $(median <"$label.m")"
}
row() { # rows what sitan(w c m) R(w c m or -)
  local rows=$1 what=$2 sw=$3 sc=$4 sm=$5 rw=${6:-} rc=${7:-} rm=${8:-}
  if [[ -n "$rw" ]]; then
    awk -v n="$rows" -v what="$what" -v sw="$sw" -v sc="$sc" -v sm="$sm" -v rw="$rw" -v rc="$rc" -v rm="$rm" 'BEGIN {
      printf "| %s | %s | %.2f | %.2f | %.1f | %.1f | %.1f | %.0f | %.1f× | %.3f |\n", n, what, sw, sc, sm / 1024, rw, rc, rm / 1024, rw / sw, sm / rm }'
  else
    awk -v n="$rows" -v what="$what" -v sw="$sw" -v sc="$sc" -v sm="$sm" 'BEGIN {
      printf "| %s | %s | %.2f | %.2f | %.1f | not run | | | | |\n", n, what, sw, sc, sm / 1024 }'
  fi
}

echo "| respondents | command | sitan wall s | sitan CPU s | sitan peak MiB | R wall s | R CPU s | R peak MiB | sitan faster | sitan / R memory |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for ROWS in $SIZES; do
  runs=$(runs_for "$ROWS")
  csv=bench-$ROWS.csv db=bench-$ROWS.sqlite
  if [[ ! -f $csv ]]; then
    echo "generating $ROWS respondents ..." >&2
    Rscript "$HERE/estimate.R" generate "$csv" "$ROWS"
  fi
  if [[ ! -f $db ]]; then
    cp bench.codebook.yaml "$csv.codebook.yaml"
    SITAN_DICTIONARY=variables.yaml "$SITAN" ingest --quiet --db "$db" "$csv" --codebook "$csv.codebook.yaml" >&2
  fi
  "$SITAN" estimate --db "$db" y --by country,sex --format json >/dev/null   # warm the page cache
  read -r SW SC SM < <(measure sitan "$runs" "$SITAN" estimate --db "$db" y --by country,sex --format json)
  read -r MW MC MM < <(measure sitan-model "$runs" "$SITAN" model --db "$db" 'y ~ country + sex' --format csv)
  if [[ "$ROWS" -le "$R_MAX_ROWS" ]]; then
    read -r RW RC RM < <(measure r 1 Rscript "$HERE/estimate.R" svyby "$csv")
    read -r QW QC QM < <(measure r-model 1 Rscript "$HERE/estimate.R" svyglm "$csv")
    row "$ROWS" "estimate --by country,sex (R svyby)" "$SW" "$SC" "$SM" "$RW" "$RC" "$RM"
    row "$ROWS" "model y ~ country + sex (R svyglm)" "$MW" "$MC" "$MM" "$QW" "$QC" "$QM"
    # The same numbers: estimate, se and ci_lower of each coefficient (csv columns 4, 5, 9).
    awk -F, 'FNR == NR { if ($1 == "R_COEF") { b[$2] = $3; se[$2] = $4; lo[$2] = $5 }; next }
      FNR > 1 { j = FNR - 2; for (k = 0; k < 3; k++) { a = (k == 0 ? $4 : k == 1 ? $5 : $9); e = (k == 0 ? b[j] : k == 1 ? se[j] : lo[j])
        d = a - e; if (d < 0) d = -d; if (e < 0) e = -e; r = d / e; if (r > worst) worst = r } ; rows++ }
      END { printf "model agreement with R at %s respondents: %d coefficients, worst relative difference %.2g\n", n, rows, worst > "/dev/stderr"
        if (rows == 0 || worst > 1e-9) exit 1 }' n="$ROWS" <(tr ' ' ',' < r-model.out) sitan-model.out
  else
    row "$ROWS" "estimate --by country,sex" "$SW" "$SC" "$SM"
    row "$ROWS" "model y ~ country + sex" "$MW" "$MC" "$MM"
  fi
done
echo "results in $DIR" >&2
