#!/bin/sh
# Exports the LV-2019 round of datasets/ as .dta, .sav and .csv and checks with R (haven,
# survey) that the files give sitan's estimates: Tests/Fixtures/statfiles/check_export.R; and that
# `frictionless validate` (pip install frictionless) accepts the data package.
# Usage: scripts/check-export-roundtrip.sh [path/to/sitan]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
sitan=${1:-$root/.build/debug/sitan}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for kind in survey; do
  f="$root/datasets/lv-$kind.csv"
  "$sitan" ingest --quiet --db "$work/d.sqlite" "$f" --codebook "$f.codebook.yaml" --dictionary "$root/datasets/variables.yaml" >/dev/null
done
for format in dta sav csv; do
  "$sitan" export --quiet --db "$work/d.sqlite" --survey LV-2019 --format "$format" --out "$work/export" >/dev/null
done
"$sitan" estimate csa_any_lifetime --by sex --db "$work/d.sqlite" --survey LV-2019 --format csv 2>/dev/null >"$work/sitan.csv"
Rscript "$root/Tests/Fixtures/statfiles/check_export.R" "$work/export" LV-2019 "$work/sitan.csv"
"$sitan" export --quiet --db "$work/d.sqlite" --survey LV-2019 --format datapackage --out "$work/package" >/dev/null
frictionless validate "$work/package/datapackage.json"
