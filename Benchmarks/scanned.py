#!/usr/bin/env python3
"""baocao on the scanned benchmark cases, next to the tesseract CLI in the same run.

    Benchmarks/scanned.py [BAOCAO] [--cases DIR] [--out DIR] [--jobs N] [--dpi 200]

For every DIR/sNNN.scanned.pdf (DIR defaults to ../shared/bench/cases):
  - `BAOCAO extract sNNN.scanned.pdf --format txt`, timed, scored with
    `score.py text sNNN.pages.txt OUT` (CER, SER, TONE);
  - the anchor: `pdftoppm -r 200 -gray -png` renders the pages (timed apart), then
    `tesseract PAGE - -l vie` runs page after page (timed; OMP_THREAD_LIMIT=1 unless
    --tesseract-threads says otherwise), pages joined by form feeds, and scored the same way.
  - the second anchor, when `ocrmypdf` is installed (Debian's package; --no-ocrmypdf skips it):
    `ocrmypdf --jobs 2 -l vie --sidecar TXT PDF OUT.pdf`, timed and scored the same way
    (it also writes a PDF, which is its job).
Prints a Markdown table per case and the throughput of all (pages/s, wall and CPU) and their
ratios; tesseract is reported with and without the pdftoppm rendering time. Outputs are kept in
--out (default: a temporary folder that is removed).
"""
import argparse
import os
import re
import shutil
import sys
import tempfile

from benchlib import SHARED, default_baocao, markdown_table, pdf_pages, rate, run_timed

SCORE = os.path.join(SHARED, "bench", "score.py")


def score(reference, hypothesis):
    """score.py's summary line as {'CER': …, 'SER': …, 'TONE': …}."""
    result = run_timed([sys.executable, SCORE, "text", reference, hypothesis])
    last = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    return {key: float(value) for key, value in re.findall(r"(\w+)=([0-9.]+)", last)}


def tesseract_pages(pdf, work, dpi, environment):
    """Render with pdftoppm, then OCR each page with the tesseract CLI; returns
    (text, render run, [tesseract runs])."""
    images = os.path.join(work, "page")
    render = run_timed(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, images])
    pngs = sorted(f for f in os.listdir(work) if f.startswith("page") and f.endswith(".png"))
    runs = [run_timed(["tesseract", os.path.join(work, png), "-", "-l", "vie"], env=environment) for png in pngs]
    return "".join(run.stdout + "\f" for run in runs), render, runs


def ocrmypdf_text(pdf, work):
    """OCRmyPDF's sidecar text (form feeds between pages, as ours) and its run."""
    sidecar = os.path.join(work, "sidecar.txt")
    run = run_timed(["ocrmypdf", "--jobs", "2", "-l", "vie", "--sidecar", sidecar,
                     pdf, os.path.join(work, "out.pdf")])
    text = open(sidecar, encoding="utf-8").read() if os.path.exists(sidecar) else ""
    return text, run


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("baocao", nargs="?", default=default_baocao())
    parser.add_argument("--baocao", dest="baocao_option", help="the same as the positional BAOCAO")
    parser.add_argument("--cases", default=os.path.join(SHARED, "bench", "cases"))
    parser.add_argument("--out", help="keep the outputs here")
    parser.add_argument("--jobs", type=int, help="passed to baocao as --jobs")
    parser.add_argument("--dpi", type=int, default=200, help="pdftoppm resolution for the anchor")
    parser.add_argument("--tesseract-threads", type=int, default=1,
                        help="OMP_THREAD_LIMIT for the tesseract CLI (Debian's is built with OpenMP; "
                             "on a busy machine its spinning threads cost more than they give)")
    parser.add_argument("--no-ocrmypdf", action="store_true", help="leave OCRmyPDF out")
    args = parser.parse_args()
    args.baocao = args.baocao_option or args.baocao
    with_ocrmypdf = not args.no_ocrmypdf and shutil.which("ocrmypdf") is not None
    tesseract_environment = dict(os.environ, OMP_THREAD_LIMIT=str(args.tesseract_threads))
    if not os.access(args.baocao, os.X_OK):
        sys.exit(f"scanned.py: no baocao executable at {args.baocao} (swift build -c release first)")

    temporary = tempfile.TemporaryDirectory()
    out = args.out or temporary.name
    os.makedirs(out, exist_ok=True)
    cases = sorted(f[:-len(".scanned.pdf")] for f in os.listdir(args.cases) if f.endswith(".scanned.pdf"))
    rows = []
    totals = {"pages": 0, "baocao": [0.0, 0.0], "render": [0.0, 0.0], "tesseract": [0.0, 0.0], "ocrmypdf": [0.0, 0.0]}
    ocrmypdf_rows = []
    for case in cases:
        pdf = os.path.join(args.cases, f"{case}.scanned.pdf")
        reference = os.path.join(args.cases, f"{case}.pages.txt")
        pages = pdf_pages(pdf)
        command = [args.baocao, "extract", pdf, "--format", "txt"]
        if args.jobs:
            command += ["--jobs", str(args.jobs)]
        ours = run_timed(command)
        ours_path = os.path.join(out, f"{case}.baocao.txt")
        with open(ours_path, "w", encoding="utf-8") as f:
            f.write(ours.stdout)
        with tempfile.TemporaryDirectory() as work:
            text, render, ocr_runs = tesseract_pages(pdf, work, args.dpi, tesseract_environment)
        anchor_path = os.path.join(out, f"{case}.tesseract.txt")
        with open(anchor_path, "w", encoding="utf-8") as f:
            f.write(text)
        ours_score, anchor_score = score(reference, ours_path), score(reference, anchor_path)
        if with_ocrmypdf:
            with tempfile.TemporaryDirectory() as work:
                text, run = ocrmypdf_text(pdf, work)
            ocrmypdf_path = os.path.join(out, f"{case}.ocrmypdf.txt")
            with open(ocrmypdf_path, "w", encoding="utf-8") as f:
                f.write(text)
            ocrmypdf_score = score(reference, ocrmypdf_path)
            totals["ocrmypdf"][0] += run.wall
            totals["ocrmypdf"][1] += run.cpu
            ocrmypdf_rows.append([case, pages, run.describe(), f"{run.wall:.1f}",
                                  f"{ocrmypdf_score.get('CER', float('nan')):.2%}",
                                  f"{ocrmypdf_score.get('SER', float('nan')):.2%}", f"{ours.wall:.1f}",
                                  f"{ours_score.get('CER', float('nan')):.2%}", f"{ours_score.get('SER', float('nan')):.2%}"])
        ocr_wall, ocr_cpu = sum(r.wall for r in ocr_runs), sum(r.cpu for r in ocr_runs)
        totals["pages"] += pages
        for key, wall, cpu in (("baocao", ours.wall, ours.cpu), ("render", render.wall, render.cpu),
                               ("tesseract", ocr_wall, ocr_cpu)):
            totals[key][0] += wall
            totals[key][1] += cpu
        rows.append([case, pages, ours.describe(), f"{ours_score.get('CER', float('nan')):.2%}",
                     f"{ours_score.get('SER', float('nan')):.2%}", f"{ours_score.get('TONE', float('nan')):.2%}",
                     f"{ours.wall:.1f}", f"{anchor_score.get('CER', float('nan')):.2%}",
                     f"{anchor_score.get('SER', float('nan')):.2%}", f"{anchor_score.get('TONE', float('nan')):.2%}",
                     f"{render.wall:.1f}", f"{ocr_wall:.1f}"])
        print(f"  {case}: baocao CER {rows[-1][3]}, tesseract CER {rows[-1][7]}", file=sys.stderr)

    print(f"## Scanned cases: baocao vs tesseract CLI ({args.cases}, {args.dpi} dpi, "
          f"tesseract OMP_THREAD_LIMIT={args.tesseract_threads}, baocao --jobs {args.jobs or 'default'})\n")
    print(markdown_table(["case", "pages", "baocao", "CER", "SER", "TONE", "baocao s",
                          "tess CER", "tess SER", "tess TONE", "pdftoppm s", "tesseract s"], rows))
    p = totals["pages"]
    bw, bc = totals["baocao"]
    rw, rc = totals["render"]
    tw, tc = totals["tesseract"]
    print()
    print(markdown_table(["run", "pages", "wall s", "pages/s (wall)", "CPU s", "pages/s (CPU)"], [
        ["baocao extract", p, f"{bw:.1f}", rate(p, bw), f"{bc:.1f}", rate(p, bc)],
        ["tesseract CLI (OCR only)", p, f"{tw:.1f}", rate(p, tw), f"{tc:.1f}", rate(p, tc)],
        ["pdftoppm render", p, f"{rw:.1f}", rate(p, rw), f"{rc:.1f}", rate(p, rc)],
        ["tesseract CLI + render", p, f"{tw + rw:.1f}", rate(p, tw + rw), f"{tc + rc:.1f}", rate(p, tc + rc)]]))
    if bw > 0 and bc > 0:
        print(f"\nratio baocao/tesseract pages/s: wall {tw / bw:.2f} (with render {(tw + rw) / bw:.2f}), "
              f"CPU {tc / bc:.2f} (with render {(tc + rc) / bc:.2f})")
    if ocrmypdf_rows:
        ow, oc = totals["ocrmypdf"]
        print("\n### OCRmyPDF on the same PDFs (`ocrmypdf --jobs 2 -l vie --sidecar`)\n")
        print(markdown_table(["case", "pages", "ocrmypdf", "ocrmypdf s", "CER", "SER", "baocao s", "CER", "SER"],
                             ocrmypdf_rows))
        print(f"\nOCRmyPDF: {p} pages in {ow:.1f} s wall ({rate(p, ow)} pages/s), {oc:.1f} s CPU; "
              f"baocao reads {ow / bw:.2f} times as many pages per second (wall)" if bw > 0 else "")
    temporary.cleanup()


if __name__ == "__main__":
    main()
