#!/bin/sh
# Restoration of English-model OCR of REAL scans (issue 18): the bench's scans are our own
# renders, and real scans break glyphs in ways those do not. Four scanned gazette PDFs of
# ../shared/pdfs are rendered at 300 dpi and read by Tesseract twice: `-l eng` is the broken
# input, `-l vie` a silver reference (good OCR with ~1-3% errors, the same for every binary
# compared, so differences between binaries are real even though the absolute SER is not).
# Pages are joined per document with a form feed after each, as the bench's NAME.ocr-eng.txt /
# NAME.pages.txt. The dev set is thong-bao-so-02 and nghi-quyet-so-115; nghi-quyet-so-99 and
# quyet-dinh-so-109 are held out (score them at the start and the end of a round only).
# The data stays in OUTDIR, outside the repository (it is outside text).
# Usage: Benchmarks/realscans.sh OUTDIR [dev|heldout] [BAOCAO ...]
#   builds OUTDIR/{dev,heldout} once (~5 min of one core per page pair), then prints per
#   document the SER of the raw English OCR and of each binary's `restore --mode ocr` and
#   `restore` (auto). Default binaries: .build/release/baocao.
set -eu
cd "$(dirname "$0")/.."
OUT=${1:?usage: realscans.sh OUTDIR [dev|heldout] [BAOCAO ...]}
SET=${2:-dev}
[ $# -ge 2 ] && shift 2 || shift $#
PDFS=${PDFS:-../shared/pdfs}
SCORE=${SCORE:-../shared/bench/score.py}
export OMP_THREAD_LIMIT=1  # one core per tesseract: the machine is shared
build() {  # build NAME SET: OUTDIR/SET/NAME.ocr-eng.txt and NAME.pages.txt
  name=$1 dir="$OUT/$2"
  [ -s "$dir/$name.pages.txt" ] && return 0
  mkdir -p "$dir/pages-$name"
  nice pdftoppm -r 300 -gray -png "$PDFS/$name.pdf" "$dir/pages-$name/p"
  : > "$dir/$name.ocr-eng.txt.part"
  : > "$dir/$name.pages.txt.part"
  for png in "$dir/pages-$name"/p-*.png; do
    { nice tesseract "$png" - -l eng 2>/dev/null; printf '\f'; } >> "$dir/$name.ocr-eng.txt.part"
    { nice tesseract "$png" - -l vie 2>/dev/null; printf '\f'; } >> "$dir/$name.pages.txt.part"
  done
  mv "$dir/$name.ocr-eng.txt.part" "$dir/$name.ocr-eng.txt"
  mv "$dir/$name.pages.txt.part" "$dir/$name.pages.txt"
  rm -rf "$dir/pages-$name"
}
case $SET in
  dev) NAMES="thong-bao-so-02-2023-tb-lpqt-39022 nghi-quyet-so-115-nq-cp-469452" ;;
  heldout) NAMES="nghi-quyet-so-99-nq-cp-469343 quyet-dinh-so-109-qd-btc-468842" ;;
  *) echo "set is dev or heldout" >&2; exit 1 ;;
esac
for name in $NAMES; do build "$name" "$SET"; done
BINARIES=${*:-.build/release/baocao}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
ser() { python3 "$SCORE" text "$1" "$2" | sed -n 's/.*SER[= :]*\([0-9.]*\).*/\1/p' | head -1; }
for name in $NAMES; do
  ref="$OUT/$SET/$name.pages.txt" eng="$OUT/$SET/$name.ocr-eng.txt"
  printf '%s raw=%s' "$name" "$(ser "$ref" "$eng")"
  i=0
  for bin in $BINARIES; do
    i=$((i + 1))
    "$bin" restore --mode ocr "$eng" > "$WORK/ocr$i.txt"
    "$bin" restore "$eng" > "$WORK/auto$i.txt"
    printf ' | bin%d ocr=%s auto=%s' "$i" "$(ser "$ref" "$WORK/ocr$i.txt")" "$(ser "$ref" "$WORK/auto$i.txt")"
  done
  echo
done
