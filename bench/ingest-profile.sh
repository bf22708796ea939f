#!/usr/bin/env bash
# Where `sitan ingest` spends its time and its database's bytes, on the synthetic survey file
# bench/ingest.sh uses (Polish layout: 21 columns, Windows-1250, decimal commas).
#
# 1. CPU: records the ingest with `perf record -g` and prints each thread's share of the samples
#    (the reading thread: decode, parse, identifier guard, mapping; the writing thread: binds and
#    inserts) and the functions that cost most on each, demangled.
# 2. Size: the database's bytes per row against `sqlite3 .import`'s, and the average stored bytes
#    of every column of the survey table by storage class (the record header adds about one byte
#    per column, the cell about six per row).
# Usage: bench/ingest-profile.sh [SITAN]   Env: ROWS (default 100000), TOP (default 15).
# Needs perf (Debian: linux-perf); run it on a release build.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
sitan=${1:-.build/release/sitan}
rows=${ROWS:-100000}
top=${TOP:-15}
out=build/bench/profile
mkdir -p "$out"
file=$(survey_file "$sitan" "$rows")
rm -f "$out/s.sqlite" "$out/i.sqlite"
perf record -q -F 999 -g -o "$out/perf.data" "$sitan" ingest --quiet --db "$out/s.sqlite" "$file" \
  --codebook "$file.codebook.yaml" --dictionary datasets/variables.yaml >/dev/null 2>"$out/perf.err"
sqlite3 "$out/i.sqlite" ".mode csv" ".separator ;" ".import $file raw"

echo "## CPU samples per thread ($rows rows), and the functions that cost most on each (self time)"
# perf script prints each sample as a "TID" line and then its call chain, leaf first.
perf script -i "$out/perf.data" -F tid,ip,sym,dso 2>/dev/null | awk -v top="$top" '
  /^[^\t]/ { tid = $1; leaf = 1; all++; n[tid]++; next }
  leaf { leaf = 0; $1 = ""; self[tid SUBSEP $0]++ }
  END {
    for (t in n) printf "### thread %s: %d samples, %.1f%%\n", t, n[t], 100 * n[t] / all
    for (k in self) { split(k, part, SUBSEP); printf "%s %6.2f%% %s\n", part[1], 100 * self[k] / n[part[1]], part[2] }
  }' >"$out/samples.txt"
grep '^###' "$out/samples.txt" | sort -t' ' -k4 -nr | while read -r _ _ tid rest; do
  echo "### thread $tid $rest"
  grep "^${tid%:} " "$out/samples.txt" | cut -d' ' -f2- | sort -nr | head -"$top" | swift demangle --simplified | cut -c1-160
done

echo "## Database bytes per row"
for db in s i; do
  echo "$db.sqlite: $(echo "$(stat -c %s "$out/$db.sqlite") / $rows" | bc -l | xargs printf '%.1f')"
done
echo "## survey: average stored bytes per column and storage class (0 and 1 take none)"
query=$(sqlite3 "$out/s.sqlite" "SELECT name FROM pragma_table_info('survey')" | while read -r c; do
  printf "SELECT '%s' AS \"column\", typeof(\"%s\") AS class, count(*) AS \"rows\", round(avg(CASE typeof(\"%s\") WHEN 'text' THEN length(CAST(\"%s\" AS BLOB)) WHEN 'real' THEN 8 WHEN 'integer' THEN (CASE WHEN \"%s\" IN (0, 1) THEN 0 WHEN abs(\"%s\") < 128 THEN 1 WHEN abs(\"%s\") < 32768 THEN 2 WHEN abs(\"%s\") < 8388608 THEN 3 ELSE 4 END) ELSE 0 END), 2) AS bytes FROM survey GROUP BY class UNION ALL " \
    "$c" "$c" "$c" "$c" "$c" "$c" "$c" "$c"
done)
sqlite3 -header -column "$out/s.sqlite" "${query% UNION ALL }"
