#!/usr/bin/env bash
# Render the sample report (Samples/source/bao-cao-mau.md) into the inputs baocao is tried on:
#   Samples/bao-cao-mau.pdf       digital PDF: Liberation Serif 14 pt, bold headings, page number on
#                                 top from page 2, real footnotes at page bottoms in 10 pt
#   Samples/bao-cao-mau-scan.pdf  the same pages "printed and scanned": image-only, 200 dpi, grey,
#                                 slightly rotated, blurred, noisy, JPEG
#   Samples/bao-cao-mau.txt       the digital PDF's plain text, pages separated by form feeds
#
# Debian packages needed (the Makefile installs them):
#   SAMPLES_APT_PACKAGES: libreoffice-writer-nogui fonts-liberation poppler-utils imagemagick img2pdf python3
#
# Usage: scripts/make-samples.sh [SAMPLES_DIR]   (default: Samples/ next to this script's folder)
# The output is deterministic apart from LibreOffice's PDF metadata (creation date).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
samples="${1:-$here/../Samples}"
source_md="$samples/source/bao-cao-mau.md"
name="bao-cao-mau"

for tool in soffice pdftoppm pdftotext img2pdf python3; do
  command -v "$tool" >/dev/null || { echo "make-samples: '$tool' is missing (apt-get install" \
    "libreoffice-writer-nogui fonts-liberation poppler-utils imagemagick img2pdf)" >&2; exit 1; }
done
# /usr/bin/convert is ImageMagick itself; another 'convert' earlier on PATH may be a stand-in.
convert=/usr/bin/convert
[ -x "$convert" ] || { echo "make-samples: ImageMagick's $convert is missing (apt-get install imagemagick)" >&2; exit 1; }
[ -n "$(fc-list "Liberation Serif")" ] || { echo "make-samples: Liberation Serif is missing (apt-get install fonts-liberation)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 1. Digital PDF: Markdown source -> flat ODT -> LibreOffice PDF export.
python3 "$here/samples/render_report.py" "$source_md" "$work/$name.fodt"
# A throw-away LibreOffice profile keeps the run independent of the user's settings.
soffice --headless "-env:UserInstallation=file://$work/profile" \
  --convert-to pdf --outdir "$work" "$work/$name.fodt" >/dev/null 2>&1
mv "$work/$name.pdf" "$samples/$name.pdf"

# 2. Plain-text sample: what the PDF's text layer says, one form feed after each page.
pdftotext -enc UTF-8 "$samples/$name.pdf" "$samples/$name.txt"

# 3. Scanned PDF: render grey pages at 200 dpi, then skew, blur, speckle and compress each page
#    the way a desk scanner does; angles alternate so pages do not all lean the same way.
pdftoppm -r 200 -gray -png "$samples/$name.pdf" "$work/page"
angles=(0.45 -0.35 0.3 -0.5 0.4 -0.25)
index=0
scans=()
for page in "$work"/page-*.png; do
  angle="${angles[$((index % ${#angles[@]}))]}"
  scan="$work/scan-$(printf '%03d' "$index").jpg"
  "$convert" "$page" -seed "$((index + 7))" -background white -rotate "$angle" \
    -blur 0x0.7 -attenuate 0.3 +noise Gaussian -level 6%,94% \
    -gravity center -extent "$(identify -format '%wx%h' "$page")" \
    -colorspace Gray -density 200 -units PixelsPerInch -quality 55 "$scan"
  scans+=("$scan")
  index=$((index + 1))
done
img2pdf --pagesize A4 -o "$samples/$name-scan.pdf" "${scans[@]}"

pages="$(pdfinfo "$samples/$name.pdf" | awk '/^Pages:/ {print $2}')"
echo "make-samples: $pages pages -> $samples/$name.pdf, $name-scan.pdf ($(du -k "$samples/$name-scan.pdf" | cut -f1) KiB), $name.txt"

# Line breaks must not cut a document code ("25-" / "NQ/TW"): pdftotext would glue the halves
# and the text sample would lie. Reword the source if this check fires.
python3 - "$source_md" "$samples/$name.txt" <<'PY'
import re, sys
source, text = (open(path, encoding="utf-8").read() for path in sys.argv[1:3])
codes = set(re.findall(r"\d+[-/][0-9A-ZĐ]+(?:[-/][0-9A-ZĐ]+)+", source))
broken = sorted(code for code in codes if code not in text)
if broken:
    sys.exit("make-samples: codes cut at a line end in the PDF: " + ", ".join(broken))
PY
