#!/usr/bin/env bash
# Regenerates the synthetic raw files in a datasets folder with `sitan synth` (seed 2025).
# Tests/SynthesisTests/DatasetsTests checks that the committed files equal this output: keep the
# seed and row counts in step with it.
# Usage: scripts/make-datasets.sh SITAN DATASETS_DIR
set -euo pipefail
sitan=$1
dir=$2
# A spec is COUNTRY KIND ROWS [YEAR]: a YEAR makes a later survey round, written as LOWER-survey-YEAR.csv.
for spec in "LV survey 1200" "LV survey 1200 2023" "LT survey 1600" "PL survey 2400" "LV incidents 1000" \
            "LT incidents 1500" "PL incidents 4000" "LV population 360" "LT population 360" "PL population 360"; do
  read -r country kind rows year <<<"$spec"
  lower=$(echo "$country" | tr 'A-Z' 'a-z')
  if [ -n "$year" ]; then
    "$sitan" synth --country "$country" --kind "$kind" --seed 2025 --rows "$rows" --year "$year" --out "$dir/$lower-$kind-$year.csv"
  else
    "$sitan" synth --country "$country" --kind "$kind" --seed 2025 --rows "$rows" --out "$dir/$lower-$kind.csv"
  fi
done
