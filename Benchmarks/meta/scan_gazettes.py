#!/usr/bin/env python3
"""Print-and-scan the four gazette documents that have legal-structure gold, with the bench's
own scan function (../shared/bench/render.py: 200 dpi, grey, skew, blur, noise, JPEG, image
only), into a directory outside the repository.

    python3 Benchmarks/meta/scan_gazettes.py [OUTDIR] [--seed 1] [--pages N]

OUTDIR defaults to /tmp/baocao-meta/scans; a scan already there is kept. With --pages N only
the first N pages of each document longer than 12 pages are printed and scanned (OUTDIR/NAME.pdf), their digital
pages kept beside (OUTDIR/NAME.digital.pdf): scanning and OCR cost about a minute a page on a
loaded machine, and measure.py cuts the gold where those pages end.
"""
import glob
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "bench"))
import render  # noqa: E402  (the bench's scan, read from ../shared at run time)

# Documents of up to this many pages are scanned whole, whatever --pages says.
WHOLE = 12
LEGAL = ["luat-so-69-2020-qh14-32699", "nghi-dinh-so-158-2025-nd-cp-45240",
         "thong-tu-so-01-2025-tt-bkhdt-43795", "quyet-dinh-so-892-qd-ttg-469579"]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    pages = int(sys.argv[sys.argv.index("--pages") + 1]) if "--pages" in sys.argv else None
    out = args[0] if args else "/tmp/baocao-meta/scans"
    os.makedirs(out, exist_ok=True)
    for name in LEGAL:
        target = os.path.join(out, f"{name}.pdf")
        if os.path.exists(target):
            continue
        digital = os.path.join(out, f"{name}.digital.pdf")
        source = os.path.join(SHARED, "pdfs", f"{name}.pdf")
        # A short document is scanned whole: its first pages may not hold two articles,
        # and a text with fewer is no legal text.
        first_pages(source, digital, pages if pages and page_count(source) > WHOLE else None)
        render.scan(digital, target, 200, seed)
        print(name, "scanned", flush=True)


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((int(line.split()[1]) for line in info.splitlines() if line.startswith("Pages:")), 0)


def first_pages(pdf, out, count):
    """The first `count` pages of `pdf` (all of them when count is None) as `out`."""
    with tempfile.TemporaryDirectory() as tmp:
        last = min(count or page_count(pdf), page_count(pdf))
        subprocess.run(["pdfseparate", "-l", str(last), pdf, os.path.join(tmp, "p-%04d.pdf")], check=True)
        parts = sorted(glob.glob(os.path.join(tmp, "p-*.pdf")))
        subprocess.run(["pdfunite"] + parts + [out], check=True)


if __name__ == "__main__":
    main()
