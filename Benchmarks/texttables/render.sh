#!/usr/bin/env bash
# Renders the text-table header dev set into OUTDIR: NAME.gold.json, NAME.digital.pdf,
# NAME.pages.txt (pdftotext -layout rows for table pages) and NAME.stripped.txt, the steps of
# the bench's mkbench.sh without its scans and OCR.
#   Benchmarks/texttables/render.sh OUTDIR [SHARED=/work/shared]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$1"; bench="${2:-/work/shared}/bench"
mkdir -p "$out/src"
python3 "$here/make_gold.py" "$out/src"
for name in tt01 tt02 tt03 tt04 tt05; do
  cp "$out/src/$name.json" "$out/$name.src.json"
  python3 "$bench/render.py" "$out/$name.src.json" "$out"
  rm -f "$out/$name.src.json"
  python3 "$bench/pagetext.py" "$out/$name.digital.pdf" "$out/$name.gold.json" > "$out/$name.pages.txt"
  python3 "$bench/strip.py" < "$out/$name.pages.txt" > "$out/$name.stripped.txt"
done
