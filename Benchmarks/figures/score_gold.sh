#!/bin/sh
# Figures on gold structure: converts each bench gold document, runs `baocao figures` on it and
# scores the CSV with the bench's score.py. Usage: Benchmarks/figures/score_gold.sh [BAOCAO]
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
bench="$repo/../shared/bench"
baocao=${1:-"$repo/.build-figures/debug/baocao"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for doc in s000 s002 s003; do
    python3 "$repo/Benchmarks/figures/gold_document.py" "$bench/cases/$doc.gold.json" "$work/$doc.json"
    "$baocao" figures "$work/$doc.json" --csv "$work/$doc.csv"
    printf '%s gold-doc: ' "$doc"
    python3 "$bench/score.py" figures "$bench/figures.gold.csv" "$work/$doc.csv" "$doc" | tail -1
done
