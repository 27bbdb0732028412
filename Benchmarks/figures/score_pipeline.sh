#!/bin/sh
# Figures through the whole pipeline: `baocao figures` on the bench's digital and scanned PDFs,
# each CSV scored with the bench's score.py. OCR makes the scanned runs slow (minutes each).
# Usage: Benchmarks/figures/score_pipeline.sh [BAOCAO] [JOBS]
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
bench="$repo/../shared/bench"
baocao=${1:-"$repo/.build-figures/debug/baocao"}
jobs=${2:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for doc in s000 s002 s003; do
    for kind in digital scanned; do
        "$baocao" figures "$bench/cases/$doc.$kind.pdf" --csv "$work/$doc.$kind.csv" --jobs "$jobs"
        printf '%s %s: ' "$doc" "$kind"
        python3 "$bench/score.py" figures "$bench/figures.gold.csv" "$work/$doc.$kind.csv" "$doc" | tail -1
    done
done
