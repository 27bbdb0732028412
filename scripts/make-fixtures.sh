#!/usr/bin/env bash
# Derive the ingest test fixtures from the sample report (run scripts/make-samples.sh first):
#   Tests/Fixtures/encrypted.pdf   the digital sample, AES-256 encrypted, user password "mat-khau"
#   Tests/Fixtures/page.png        page 1 of the scanned sample, 8-bit gray PNG at 150 dpi
#   Tests/Fixtures/pages.tiff      pages 1-2 of the scanned sample as one two-page TIFF at 100 dpi
#
# Debian packages needed: qpdf poppler-utils libtiff-tools
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
samples="$here/../Samples"
fixtures="$here/../Tests/Fixtures"
mkdir -p "$fixtures"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

qpdf --encrypt mat-khau owner-mat-khau 256 -- "$samples/bao-cao-mau.pdf" "$fixtures/encrypted.pdf"
pdftoppm -r 150 -gray -png -f 1 -l 1 -singlefile "$samples/bao-cao-mau-scan.pdf" "$work/page"
mv "$work/page.png" "$fixtures/page.png"
pdftoppm -r 100 -gray -tiff -tiffcompression deflate -f 1 -l 2 "$samples/bao-cao-mau-scan.pdf" "$work/p"
tiffcp "$work"/p-*.tif "$fixtures/pages.tiff"
ls -l "$fixtures"
