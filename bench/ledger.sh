#!/usr/bin/env bash
# Benchmark: the release-ledger audit.
# 1. The shipped datasets (three survey rounds): one ledger of estimate and compare commands over
#    many variables (region, setting, single years of age, sex, outcomes), each timed; then the
#    same commands on a database whose ledger holds the report.
# 2. A synthetic LV survey: QUERIES `sitan estimate` commands (cycling through --by / --where
#    combinations) against one ledger; the wall time of the first and the last ten, and in all.
# Usage: bench/ledger.sh [QUERIES] [ROWS]   Env: SITAN (default: a release build), BENCH_DIR.
set -euo pipefail
QUERIES=${1:-1000}
ROWS=${2:-3000}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
DIR=${BENCH_DIR:-$(mktemp -d /tmp/sitan-bench-ledger.XXXXXX)}
if [[ -z "${SITAN:-}" ]]; then
  swift build -c release --package-path "$ROOT" --product sitan >&2
  SITAN="$(swift build -c release --package-path "$ROOT" --show-bin-path)/sitan"
fi
mkdir -p "$DIR"
cd "$DIR"
rm -f ledger.sqlite shipped.sqlite
SITAN_DB="$DIR/shipped.sqlite" bash "$ROOT/scripts/ingest-datasets.sh" "$SITAN" "$ROOT/datasets" >/dev/null 2>&1
cp shipped.sqlite reported.sqlite
shipped=(
  "estimate csa_any_lifetime --by survey"
  "estimate csa_any_lifetime --by survey,sex"
  "estimate csa_contact_lifetime --by survey,age_group"
  "estimate csa_any_lifetime --by survey,region"
  "estimate csa_any_lifetime --by survey,setting --where sex=female"
  "estimate perpetrator_relation --by survey"
  "estimate csa_any_lifetime --by age --survey LV-2019"
  "estimate disclosed_anyone --by survey,sex --where csa_any_lifetime=1"
  "compare csa_any_lifetime --across survey --by sex"
  "estimate online_solicitation --by survey,setting,sex"
)
# Runs the shipped commands against one database, each timed: run_shipped DATABASE LABEL.
run_shipped() {
  for c in "${shipped[@]}"; do
    t0=$(date +%s.%N)
    status=0
    # shellcheck disable=SC2086
    "$SITAN" $c --lonely-psu adjust --db "$1" --format csv >/dev/null 2>&1 || status=$?
    t1=$(date +%s.%N)
    printf '%s %6.3f s  exit %d  %s\n' "$2" "$(echo "$t1 - $t0" | bc)" "$status" "$c"
  done
}
start=$(date +%s.%N)
run_shipped shipped.sqlite shipped
end=$(date +%s.%N)
printf 'shipped datasets, one ledger of %d outputs: %.1f s in all\n' "${#shipped[@]}" "$(echo "$end - $start" | bc)"
# 1b. The same commands after `sitan report`, whose parts the ledger then holds.
t0=$(date +%s.%N)
"$SITAN" report --quiet --db reported.sqlite --out "$DIR/report" >/dev/null 2>&1
t1=$(date +%s.%N)
printf 'report (recorded in the ledger) %6.3f s\n' "$(echo "$t1 - $t0" | bc)"
run_shipped reported.sqlite "after the report"
"$SITAN" synth --country LV --kind survey --seed 7 --rows "$ROWS" --out survey.csv >/dev/null
"$SITAN" ingest --quiet --db ledger.sqlite survey.csv --codebook survey.csv.codebook.yaml \
  --dictionary "$ROOT/datasets/variables.yaml" >/dev/null
outcomes=(csa_any_lifetime csa_contact_lifetime sex age_group)
bys=("" "--by sex" "--by age_group" "--by sex,age_group")
wheres=("" "--where age_group=11-13,14-15" "--where sex=female" "--where csa_contact_lifetime=1")
commands=()
for o in "${outcomes[@]}"; do for b in "${bys[@]}"; do for w in "${wheres[@]}"; do
  commands+=("estimate $o $b $w")
done; done; done
start=$(date +%s.%N)
refused=0
for ((i = 0; i < QUERIES; i++)); do
  c=${commands[$((i % ${#commands[@]}))]}
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  "$SITAN" $c --lonely-psu adjust --db ledger.sqlite --format csv >/dev/null 2>&1 || refused=$((refused + 1))
  t1=$(date +%s.%N)
  if ((i == 0 || i >= QUERIES - 10)); then printf 'query %4d: %6.3f s  %s\n' "$((i + 1))" "$(echo "$t1 - $t0" | bc)" "$c"; fi
done
end=$(date +%s.%N)
printf 'ledger of %d queries (%d refused or failed): %.1f s in all\n' "$QUERIES" "$refused" "$(echo "$end - $start" | bc)"
