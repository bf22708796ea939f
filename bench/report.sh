#!/usr/bin/env bash
# Report benchmark: `sitan report` (English) on a database holding the shipped incident,
# population and Eurostat data and the shipped Latvian and Lithuanian survey rounds, with the
# Polish round replaced by a synthetic one of N respondents (`sitan synth --country PL`, the
# file bench/ingest.sh uses). Wall time, CPU time and peak RSS: the median of RUNS runs
# (RUNS_LARGE above one million respondents).
# Prints a Markdown table. Usage: bench/report.sh [SITAN]
# Env: REPORT_ROWS, else ROWS (default "100000 1000000 5000000"), RUNS (3), RUNS_LARGE (1).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
sitan=$(realpath "${1:-.build/release/sitan}")
out=build/bench

echo "| survey respondents (PL round) | runs | wall s | CPU s | peak RSS MiB | database MiB |"
echo "|---:|---:|---:|---:|---:|---:|"
for rows in ${REPORT_ROWS:-${ROWS:-100000 1000000 5000000}}; do
  runs=$(runs_for "$rows")
  file=$(survey_file "$sitan" "$rows")
  db=$out/report-$rows.sqlite
  if [ ! -f "$db" ]; then
    rm -f "$db.tmp"
    "$sitan" init --quiet --db "$db.tmp"
    while IFS= read -r codebook; do
      data=${codebook%.codebook.yaml}
      [ "$(basename "$data")" = pl-survey.csv ] && continue
      "$sitan" ingest --quiet --db "$db.tmp" "$data" --codebook "$codebook" --dictionary datasets/variables.yaml >&2
    done < <(find datasets -name '*.codebook.yaml' | LC_ALL=C sort)
    for tsv in datasets/eurostat/*.tsv; do if [ -f "$tsv" ]; then "$sitan" ingest --quiet --db "$db.tmp" "$tsv" >&2; fi; done
    "$sitan" ingest --quiet --db "$db.tmp" "$file" --codebook "$file.codebook.yaml" --dictionary datasets/variables.yaml >&2
    mv "$db.tmp" "$db"
  fi
  rm -f "$out"/report.{w,c,m}
  for _ in $(seq "$runs"); do
    rm -rf "$out/report-$rows"
    timed "$out/report" "$sitan" report --quiet --db "$db" --lang en --out "$out/report-$rows"
  done
  printf '| %s | %s | %.2f | %.2f | %.1f | %.1f |\n' "$rows" "$runs" "$(median <"$out/report.w")" "$(median <"$out/report.c")" \
    "$(echo "$(median <"$out/report.m")/1024" | bc -l)" "$(echo "$(stat -c %s "$db")/1048576" | bc -l)"
done
