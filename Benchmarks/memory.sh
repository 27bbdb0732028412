#!/usr/bin/env bash
# Peak memory against document length: the scanned sample repeated to 10 and to 200 pages,
# each run through `baocao extract` at its defaults (OCR at the scan's 200 dpi, --jobs = cores).
# Streaming holds when the two peaks are about the same.
#   Benchmarks/memory.sh [BAOCAO]     (default .build/release/baocao; needs qpdf and GNU time)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
baocao="${1:-$here/.build/release/baocao}"
scan="$here/Samples/bao-cao-mau-scan.pdf"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

pages_of() { qpdf --show-npages "$1"; }
make_pdf() {  # make_pdf PAGES OUT: the scanned sample's pages, over and over
  local want=$1 out=$2 have; have=$(pages_of "$scan")
  local copies=$(( (want + have - 1) / have )) args=()
  for _ in $(seq "$copies"); do args+=("$scan"); done
  qpdf --empty --pages "${args[@]}" -- "$work/all.pdf"
  qpdf --empty --pages "$work/all.pdf" "1-$want" -- "$out"
}

echo "| pages | wall s | pages/s | peak RSS MB |"
echo "| ---: | ---: | ---: | ---: |"
for pages in 10 200; do
  make_pdf "$pages" "$work/scan-$pages.pdf"
  /usr/bin/time -f "%e %M" -o "$work/time" "$baocao" extract "$work/scan-$pages.pdf" --restore off > "$work/out.txt"
  read -r wall rss < "$work/time"
  got=$(tr -cd '\f' < "$work/out.txt" | wc -c)
  [ "$got" -eq "$pages" ] || { echo "memory.sh: expected $pages pages, got $got" >&2; exit 1; }
  printf '| %d | %.1f | %.2f | %.0f |\n' "$pages" "$wall" "$(echo "$pages / $wall" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
done
