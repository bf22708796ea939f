#!/usr/bin/env bash
# Benchmark: the release-ledger audit. Ingests a synthetic LV survey, then runs QUERIES
# `sitan estimate` commands (cycling through --by / --where combinations) against one ledger
# and prints the wall time of the first and the last ten, and of the whole run.
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
rm -f ledger.sqlite
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
