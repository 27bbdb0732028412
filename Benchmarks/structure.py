#!/usr/bin/env python3
"""Structure accuracy on the benchmark cases (issue 3).

    python3 Benchmarks/structure.py [BAOCAO] [--out DIR] [--jobs N] [--digital-only]

Every `../shared/bench/cases/sNNN.{digital,scanned}.pdf` goes through
`baocao extract --format json` (the `baocao.document/1` document) and is scored with
`../shared/bench/score.py doc sNNN.gold.json OUT.json`: heading F1, heading level accuracy,
footnote F1, footnote leakage into the body, paragraph integrity. Prints a Markdown table
and whether every row meets the issue's targets (HEAD_F1, LEVEL, FOOT_F1 >= 0.95,
LEAK <= 0.02, PARA >= 0.90). Scanned inputs run OCR and take minutes.
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

from benchlib import SHARED, default_baocao, markdown_table, run_timed

TARGETS = {"HEAD_F1": (">=", 0.95), "LEVEL": (">=", 0.95), "FOOT_F1": (">=", 0.95), "LEAK": ("<=", 0.02),
           "PARA": (">=", 0.90)}


def score(gold, out):
    result = subprocess.run([sys.executable, os.path.join(SHARED, "bench", "score.py"), "doc", gold, out],
                            capture_output=True, text=True)
    return {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", result.stdout.strip().splitlines()[-1])}


def meets(metrics):
    return all(metrics.get(name, 0) >= bound if op == ">=" else metrics.get(name, 1) <= bound
               for name, (op, bound) in TARGETS.items())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("baocao", nargs="?", default=default_baocao())
    parser.add_argument("--out", help="keep the documents here (default: a temporary directory)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--digital-only", action="store_true")
    args = parser.parse_args()
    out = args.out or tempfile.mkdtemp(prefix="baocao-structure-")
    kinds = ["digital"] if args.digital_only else ["digital", "scanned"]
    rows, all_met = [], True
    for gold in sorted(glob.glob(os.path.join(SHARED, "bench", "cases", "s*.gold.json"))):
        case = os.path.basename(gold).split(".")[0]
        for kind in kinds:
            pdf = os.path.join(SHARED, "bench", "cases", f"{case}.{kind}.pdf")
            run = run_timed([args.baocao, "extract", pdf, "--out", out, "--format", "json", "--jobs", str(args.jobs)])
            if run.returncode != 0:
                rows.append([case, kind, "failed: " + run.describe()] + [""] * 5)
                all_met = False
                continue
            metrics = score(gold, os.path.join(out, f"{case}.{kind}.json"))
            all_met &= meets(metrics)
            rows.append([case, kind] + [f"{metrics.get(name, 0):.3f}" for name in TARGETS] + [f"{run.wall:.1f}"])
    print(markdown_table(["case", "input", *TARGETS, "seconds"], rows))
    print(f"\nall targets met: {'yes' if all_met else 'no'}; documents in {out}")


if __name__ == "__main__":
    main()
