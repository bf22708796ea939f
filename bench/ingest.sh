#!/usr/bin/env bash
# Ingest benchmark: `sitan ingest` against `sqlite3 .import` on the same synthetic survey file
# (Polish layout: 21 columns, Windows-1250, decimal commas), in the same run, as ratios.
#
# sqlite3 .import is the floor a researcher would otherwise use: it copies the raw bytes into
# TEXT columns with no decoding, no types, no validation, no PII guard and no provenance.
# sitan does all of those. Each tool runs RUNS times on a fresh database; medians are compared.
# Usage: bench/ingest.sh [SITAN]   (ROWS and RUNS may be set in the environment)
set -euo pipefail
sitan=${1:-.build/release/sitan}
rows_list=${ROWS:-"100000 1000000"}
runs=${RUNS:-3}
out=build/bench
mkdir -p "$out"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

printf '%-9s %-14s %10s %10s %12s\n' rows tool seconds "peak MiB" "ratio"
for rows in $rows_list; do
  file=$out/pl-survey-$rows.csv
  [ -f "$file" ] || "$sitan" synth --country PL --kind survey --seed 7 --rows "$rows" --out "$file" >/dev/null
  : >"$out/sitan.times"; : >"$out/import.times"; : >"$out/sitan.rss"; : >"$out/import.rss"
  for _ in $(seq "$runs"); do
    rm -f "$out/s.sqlite" "$out/i.sqlite"
    /usr/bin/time -f "%e %M" -o "$out/t" "$sitan" ingest --quiet --db "$out/s.sqlite" "$file" \
      --codebook "$file.codebook.yaml" --dictionary datasets/variables.yaml >/dev/null
    read -r s m <"$out/t"; echo "$s" >>"$out/sitan.times"; echo "$m" >>"$out/sitan.rss"
    /usr/bin/time -f "%e %M" -o "$out/t" sqlite3 "$out/i.sqlite" ".mode csv" ".separator ;" ".import $file raw" >/dev/null
    read -r s m <"$out/t"; echo "$s" >>"$out/import.times"; echo "$m" >>"$out/import.rss"
  done
  st=$(median <"$out/sitan.times"); it=$(median <"$out/import.times")
  sm=$(median <"$out/sitan.rss"); im=$(median <"$out/import.rss")
  loaded=$(sqlite3 "$out/s.sqlite" "SELECT count(*) FROM survey"); imported=$(sqlite3 "$out/i.sqlite" "SELECT count(*) FROM raw")
  [ "$loaded" = "$rows" ] && [ "$imported" = "$rows" ] || { echo "error: loaded $loaded / imported $imported of $rows rows" >&2; exit 1; }
  printf '%-9s %-14s %10.2f %10.1f %12s\n' "$rows" "sitan ingest" "$st" "$(echo "$sm/1024" | bc -l)" \
    "$(echo "scale=2; $st/$it" | bc -l)x"
  printf '%-9s %-14s %10.2f %10.1f %12s\n' "$rows" "sqlite3 .import" "$it" "$(echo "$im/1024" | bc -l)" "1.00x"
done
echo "ratio = sitan time / sqlite3 .import time on the same file (median of $runs runs); target <= 1.5"
