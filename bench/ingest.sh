#!/usr/bin/env bash
# Ingest benchmark: `sitan ingest` against `sqlite3 .import` on the same synthetic survey file
# (Polish layout: 21 columns, Windows-1250, decimal commas), in the same run, as ratios.
#
# sqlite3 .import is the floor a researcher would otherwise use: it copies the raw bytes into
# TEXT columns with no decoding, no types, no validation, no PII guard and no provenance.
# sitan does all of those. Each tool runs on a fresh database, RUNS times (RUNS_LARGE times
# above one million rows); medians are compared, for wall-clock time and for CPU time
# (user + system, the steadier of the two when other work shares the machine), with peak RSS
# and the size of the database file.
# Prints a Markdown table. Usage: bench/ingest.sh [SITAN]
# Env: ROWS (default "100000 1000000 5000000 10000000"), RUNS (3), RUNS_LARGE (1).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
sitan=${1:-.build/release/sitan}
out=build/bench
mib() { echo "$1" | awk '{printf "%.1f", $1 / 1048576}'; }

echo "| rows | tool | runs | wall s | CPU s | peak RSS MiB | database MiB | wall ratio | CPU ratio |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
for rows in ${ROWS:-100000 1000000 5000000 10000000}; do
  runs=$(runs_for "$rows")
  file=$(survey_file "$sitan" "$rows")
  rm -f "$out"/{sitan,import}.{w,c,m}
  for _ in $(seq "$runs"); do
    rm -f "$out/s.sqlite" "$out/i.sqlite"
    timed "$out/sitan" "$sitan" ingest --quiet --db "$out/s.sqlite" "$file" --codebook "$file.codebook.yaml" \
      --dictionary datasets/variables.yaml
    timed "$out/import" sqlite3 "$out/i.sqlite" ".mode csv" ".separator ;" ".import $file raw"
  done
  loaded=$(sqlite3 "$out/s.sqlite" "SELECT count(*) FROM survey"); imported=$(sqlite3 "$out/i.sqlite" "SELECT count(*) FROM raw")
  [ "$loaded" = "$rows" ] && [ "$imported" = "$rows" ] || { echo "error: loaded $loaded / imported $imported of $rows rows" >&2; exit 1; }
  st=$(median <"$out/sitan.w"); it=$(median <"$out/import.w")
  sc=$(median <"$out/sitan.c"); ic=$(median <"$out/import.c")
  printf '| %s | sitan ingest | %s | %.2f | %.2f | %.1f | %s | %.2f× | %.2f× |\n' "$rows" "$runs" "$st" "$sc" \
    "$(echo "$(median <"$out/sitan.m")/1024" | bc -l)" "$(mib "$(stat -c %s "$out/s.sqlite")")" \
    "$(echo "$st/$it" | bc -l)" "$(echo "$sc/$ic" | bc -l)"
  printf '| %s | sqlite3 .import | %s | %.2f | %.2f | %.1f | %s | 1 | 1 |\n' "$rows" "$runs" "$it" "$ic" \
    "$(echo "$(median <"$out/import.m")/1024" | bc -l)" "$(mib "$(stat -c %s "$out/i.sqlite")")"
done
rm -f "$out/s.sqlite" "$out/i.sqlite"
