#!/usr/bin/env bash
# Runs every benchmark and writes docs/benchmarks.md: the machine, the load average before and
# after, the exact commands, and the tables bench/ingest.sh, bench/estimate.sh, bench/report.sh
# and bench/ledger.sh print.
# Usage: bench/benchmarks.sh [SITAN]   (run by `make bench`; sizes and runs as in each script)
# Env: PARTS (default "ingest estimate report ledger": the parts to run; a part not run is
#      marked so in the document), RESULTS (a folder for the tables; default a fresh one: give
#      the folder of an interrupted run with PARTS="" to write the document from what it measured),
#      A file RESULTS/note, if present, is printed under the title.
#      LEDGER_QUERIES (default 1000: the estimates bench/ledger.sh runs against one ledger).
#      The sizes: ROWS (bench/ingest.sh; bench/report.sh unless REPORT_ROWS is set), ESTIMATE_ROWS
#      and R_MAX_ROWS (bench/estimate.sh); RUNS and RUNS_LARGE (all three).
set -euo pipefail
sitan=${1:-.build/release/sitan}
doc=docs/benchmarks.md
tmp=${RESULTS:-$(mktemp -d /tmp/sitan-benchmarks.XXXXXX)}
parts=${PARTS-ingest estimate report ledger}
mkdir -p "$tmp"
[ -f "$tmp/started" ] || { date -u '+%Y-%m-%d %H:%M UTC' >"$tmp/started"; cut -d' ' -f1-3 /proc/loadavg >"$tmp/load_before"; }
echo "results in $tmp" >&2
runs() { [[ " $parts " == *" $1 "* ]]; }
table() { if [ -s "$tmp/$1" ]; then cat "$tmp/$1"; else echo "Not measured in this run."; fi; }

if runs ingest; then bash bench/ingest.sh "$sitan" | tee "$tmp/ingest.md"; fi
if runs estimate; then
  SITAN=$(realpath "$sitan") BENCH_DIR=${BENCH_DIR:-build/bench/estimate} bash bench/estimate.sh | tee "$tmp/estimate.md"
fi
if runs report; then bash bench/report.sh "$sitan" | tee "$tmp/report.md"; fi
if runs ledger; then SITAN=$(realpath "$sitan") bash bench/ledger.sh "${LEDGER_QUERIES:-1000}" | tee "$tmp/ledger.txt"; fi
[ -n "$parts" ] || [ -f "$tmp/load_after" ] || cut -d' ' -f1-3 /proc/loadavg >"$tmp/load_after"
[ -z "$parts" ] || cut -d' ' -f1-3 /proc/loadavg >"$tmp/load_after"
started=$(cat "$tmp/started"); load_before=$(cat "$tmp/load_before"); load_after=$(cat "$tmp/load_after")

{
  echo "# Benchmarks"
  echo
  echo "Written by \`make bench\` (bench/benchmarks.sh); do not edit by hand. Run on $started."
  echo
  if [ -s "$tmp/note" ]; then cat "$tmp/note"; echo; fi
  echo "## Machine"
  echo
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), \`nproc\` = $(nproc)"
  echo "- RAM: $(free -g | awk '/^Mem:/ {print $2}') GiB; $(uname -sr); $(sqlite3 --version | cut -d' ' -f1 | sed 's/^/SQLite /'); $(R --version | head -1)"
  echo "- Load average (1, 5, 15 min) before: $load_before; after: $load_after. On this 2-core machine a load"
  echo "  above 1 means other work (for example other builds) shared the cores during the run: wall times"
  echo "  then suffer most; CPU time (user + system) and peak RSS are the steadier figures, and every"
  echo "  ratio compares tools measured in the same run."
  echo
  echo "## Ingest: sitan against sqlite3 .import"
  echo
  echo "The same synthetic Polish survey file (21 columns, Windows-1250, semicolons, decimal commas) loaded"
  echo "by \`sitan ingest\` (decoding, typing, validating, scanning every field for identifiers, provenance)"
  echo "and by \`sqlite3 .import\` (raw text, nothing checked). Ratios are sitan / .import (below 1: sitan is"
  echo "faster). Commands, on a fresh database each run:"
  echo
  echo '```'
  echo "sitan synth --country PL --kind survey --seed 7 --rows N --out build/bench/pl-survey-N.csv"
  echo "sitan ingest --quiet --db s.sqlite build/bench/pl-survey-N.csv --codebook build/bench/pl-survey-N.csv.codebook.yaml --dictionary datasets/variables.yaml"
  echo "sqlite3 i.sqlite '.mode csv' '.separator ;' '.import build/bench/pl-survey-N.csv raw'"
  echo '```'
  echo
  table ingest.md
  echo
  echo "## Estimate and model: sitan against R survey"
  echo
  echo "End to end on the same synthetic respondents (20 strata × 20 PSUs, bench/estimate.R): R reads the"
  echo "CSV, builds the design and runs the estimator; sitan reads its database. R runs once per size and"
  echo "only up to R_MAX_ROWS respondents (default one million: at that size R's model already needs"
  echo "about a gigabyte, and five times as many would need several). The model's coefficients, SEs and CI limits agree with R's to 1e-9"
  echo "(checked in the same run). Commands:"
  echo
  echo '```'
  echo "sitan estimate --db bench-N.sqlite y --by country,sex --format json"
  echo "sitan model --db bench-N.sqlite 'y ~ country + sex' --format csv"
  echo "Rscript bench/estimate.R svyby bench-N.csv     # svydesign(ids = ~psu, strata = ~stratum, weights = ~w, nest = TRUE); svyby(~y, ~country + sex, des, svymean, na.rm = TRUE)"
  echo "Rscript bench/estimate.R svyglm bench-N.csv    # svyglm(y ~ country + sex, des, family = quasibinomial()); summary(); confint()"
  echo '```'
  echo
  table estimate.md
  echo
  echo "## Report"
  echo
  echo "\`sitan report --lang en\` on the shipped data with the Polish survey round replaced by a synthetic"
  echo "one of N respondents (every table, figure and the disclosure audit of the whole report):"
  echo
  echo '```'
  echo "sitan report --quiet --db build/bench/report-N.sqlite --lang en --out build/bench/report-N"
  echo '```'
  echo
  table report.md
  echo
  echo "## Release ledger"
  echo
  echo "bench/ledger.sh: one ledger of estimate and compare commands on the shipped data, then many"
  echo "estimates against one ledger on a synthetic survey (wall seconds each)."
  echo
  if [ -s "$tmp/ledger.txt" ]; then echo '```'; cat "$tmp/ledger.txt"; echo '```'; else echo "Not measured in this run."; fi
} >"$doc"
echo "wrote $doc (tables in $tmp)" >&2
