#!/usr/bin/env bash
# Ingest benchmark: `sitan ingest` against `sqlite3 .import` on the same synthetic survey file
# (Polish layout: 21 columns, Windows-1250, decimal commas), in the same run, as ratios.
#
# sqlite3 .import is the floor a researcher would otherwise use: it copies the raw bytes into
# TEXT columns with no decoding, no types, no validation, no PII guard and no provenance.
# sitan does all of those. Each tool runs RUNS times on a fresh database; medians are compared,
# for wall-clock time and for CPU time (user + system), which is the steadier of the two when
# other work shares the machine.
# Usage: bench/ingest.sh [SITAN]   (ROWS and RUNS may be set in the environment)
set -euo pipefail
sitan=${1:-.build/release/sitan}
rows_list=${ROWS:-"100000 1000000"}
runs=${RUNS:-3}
out=build/bench
mkdir -p "$out"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

printf '%-9s %-16s %9s %9s %9s %11s %11s\n' rows tool "wall s" "cpu s" "peak MiB" "wall ratio" "cpu ratio"
for rows in $rows_list; do
  file=$out/pl-survey-$rows.csv
  [ -f "$file" ] || "$sitan" synth --country PL --kind survey --seed 7 --rows "$rows" --out "$file" >/dev/null
  for f in sitan.times import.times sitan.cpu import.cpu sitan.rss import.rss; do : >"$out/$f"; done
  for _ in $(seq "$runs"); do
    rm -f "$out/s.sqlite" "$out/i.sqlite"
    /usr/bin/time -f "%e %U %S %M" -o "$out/t" "$sitan" ingest --quiet --db "$out/s.sqlite" "$file" \
      --codebook "$file.codebook.yaml" --dictionary datasets/variables.yaml >/dev/null
    read -r s u k m <"$out/t"; echo "$s" >>"$out/sitan.times"; echo "$u + $k" | bc >>"$out/sitan.cpu"; echo "$m" >>"$out/sitan.rss"
    /usr/bin/time -f "%e %U %S %M" -o "$out/t" sqlite3 "$out/i.sqlite" ".mode csv" ".separator ;" ".import $file raw" >/dev/null
    read -r s u k m <"$out/t"; echo "$s" >>"$out/import.times"; echo "$u + $k" | bc >>"$out/import.cpu"; echo "$m" >>"$out/import.rss"
  done
  st=$(median <"$out/sitan.times"); it=$(median <"$out/import.times")
  sc=$(median <"$out/sitan.cpu"); ic=$(median <"$out/import.cpu")
  sm=$(median <"$out/sitan.rss"); im=$(median <"$out/import.rss")
  loaded=$(sqlite3 "$out/s.sqlite" "SELECT count(*) FROM survey"); imported=$(sqlite3 "$out/i.sqlite" "SELECT count(*) FROM raw")
  [ "$loaded" = "$rows" ] && [ "$imported" = "$rows" ] || { echo "error: loaded $loaded / imported $imported of $rows rows" >&2; exit 1; }
  printf '%-9s %-16s %9.2f %9.2f %9.1f %10.2fx %10.2fx\n' "$rows" "sitan ingest" "$st" "$sc" "$(echo "$sm/1024" | bc -l)" \
    "$(echo "$st/$it" | bc -l)" "$(echo "$sc/$ic" | bc -l)"
  printf '%-9s %-16s %9.2f %9.2f %9.1f %10.2fx %10.2fx\n' "$rows" "sqlite3 .import" "$it" "$ic" "$(echo "$im/1024" | bc -l)" 1 1
done
echo "ratio = sitan / sqlite3 .import on the same file (median of $runs runs; load average $(cut -d' ' -f1 /proc/loadavg)); target <= 1.5"
