#!/usr/bin/env bash
# Ingests every raw file in a datasets folder: each FILE has its codebook beside it as FILE.codebook.yaml;
# Eurostat bulk TSV extracts under DATASETS_DIR/eurostat/ need none.
# Usage: scripts/ingest-datasets.sh SITAN DATASETS_DIR   (the database comes from SITAN_DB)
set -euo pipefail
sitan=$1
dir=$2
"$sitan" init
found=0
while IFS= read -r codebook; do
  file=${codebook%.codebook.yaml}
  [ -f "$file" ] || { echo "error: $codebook has no data file $file" >&2; exit 65; }
  "$sitan" ingest "$file" --codebook "$codebook" --dictionary "$dir/variables.yaml"
  found=$((found + 1))
done < <(find "$dir" -name '*.codebook.yaml' | LC_ALL=C sort)
[ "$found" -gt 0 ] || { echo "error: no *.codebook.yaml under $dir" >&2; exit 65; }
for tsv in "$dir"/eurostat/*.tsv; do
  if [ -f "$tsv" ]; then "$sitan" ingest "$tsv"; fi
done
