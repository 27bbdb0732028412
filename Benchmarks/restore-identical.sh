#!/bin/sh
# Outputs of `baocao restore` compared byte for byte between two builds, on every bench case
# text and seed in every mode: a speed change must not change a single output byte.
# Usage: Benchmarks/restore-identical.sh OLD_BAOCAO [NEW_BAOCAO]   (new: .build/release/baocao)
# Exit status 1 and the differing inputs listed when any output differs. OLD_OUTPUTS=DIR keeps the
# old build's outputs in DIR and reuses them on the next run (the old build does not change).
set -eu
cd "$(dirname "$0")/.."
OLD=${1:?usage: restore-identical.sh OLD_BAOCAO [NEW_BAOCAO]}
NEW=${2:-.build/release/baocao}
SHARED=${SHARED:-../shared}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
KEEP=${OLD_OUTPUTS:-$WORK/kept}
mkdir -p "$KEEP"
status=0 compared=0
for input in "$SHARED"/bench/cases/*.stripped.txt "$SHARED"/bench/cases/*.ocr-eng.txt \
             "$SHARED"/bench/cases/*.ocr-vie.txt "$SHARED"/bench/cases/*.pages.txt "$SHARED"/seeds/*.txt; do
    for mode in stripped ocr post auto; do
        old="$KEEP/$(basename "$input").$mode"
        if [ ! -f "$old" ]; then
            "$OLD" restore --mode "$mode" "$input" > "$old.part" 2>&1 || echo "exit $?" >> "$old.part"
            mv "$old.part" "$old"
        fi
        "$NEW" restore --mode "$mode" "$input" > "$WORK/new" 2>&1 || echo "exit $?" >> "$WORK/new"
        compared=$((compared + 1))
        if ! cmp -s "$old" "$WORK/new"; then
            echo "DIFFERS: --mode $mode $input"
            status=1
        fi
    done
done
[ $status -eq 0 ] && echo "identical: $compared outputs (inputs × modes)"
exit $status
