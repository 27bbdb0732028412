#!/bin/sh
# The scans `Benchmarks/post.py --cases DIR` measures `restore --mode post` on besides the bench
# (issue 18): corpus pages rendered and read by Tesseract's Vietnamese model with
# scripts/ocr-pairs/render_pages.py (font by seed: seed % 4 picks dejavu, freeserif,
# liberation, termes; dpi and degradation drawn from the seed; see each page's .how.txt),
# three pages per seed joined into one case NAME.ocr-vie.txt / NAME.pages.txt (form feed after
# every page). Seeds 32, 33, 34, 36 are the dev set (tune on them); 41, 42, 44, 45, 46, 48 the
# held-out set, measured at the start and at the end of a round only (seeds ≡ 3 mod 4 take
# TeX Gyre Termes, whose files fonts-texgyre holds: these sets were chosen while
# make bench-deps installed only tex-gyre, which lacks them). Seeds 1, 11 and 21–28
# made the channels and the last round's held-out pages. Output stays outside the repository.
# Usage: Benchmarks/post-scans.sh OUTDIR [SEED ...]   (default: the dev and held-out seeds)
set -eu
cd "$(dirname "$0")/.."
OUT=${1:?usage: post-scans.sh OUTDIR [SEED ...]}
shift
SEEDS=${*:-32 33 34 36 41 42 44 45 46 48}
PY=/usr/bin/python3  # Debian's, which has python3-pil (make bench-deps)
for seed in $SEEDS; do
  case $seed in 4?) set_name=heldout ;; *) set_name=dev ;; esac
  pages="$OUT/pages-$seed"
  nice "$PY" scripts/ocr-pairs/render_pages.py "$pages" --pages 3 --seed "$seed" --langs vie
  mkdir -p "$OUT/$set_name"
  : > "$OUT/$set_name/r$seed.ocr-vie.txt"
  : > "$OUT/$set_name/r$seed.pages.txt"
  : > "$OUT/$set_name/r$seed.how.txt"
  for ref in "$pages"/p"$seed"*.ref.txt; do
    stem=${ref%.ref.txt}
    { cat "$stem.ocr-vie.txt"; printf '\f'; } >> "$OUT/$set_name/r$seed.ocr-vie.txt"
    { cat "$ref"; printf '\f'; } >> "$OUT/$set_name/r$seed.pages.txt"
    echo "$(basename "$stem"): $(cat "$stem.how.txt")" >> "$OUT/$set_name/r$seed.how.txt"
  done
done
