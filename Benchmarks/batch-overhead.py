#!/usr/bin/env python3
"""What a batch pays per document: `baocao extract DIR --out OUT` over many small inputs,
two binaries run alternately in one session (wall and CPU seconds, user + system of the
whole process tree), so a change to how documents are handed out is measured as users run it.

    python3 Benchmarks/batch-overhead.py ANCHOR NEW [--repeat 3] [--texts 200]

Inputs: (a) the digital gazettes of ../shared/pdfs (the four scanned ones left out) with
--jobs 2 and --jobs 1; (b) --texts short reports written by this script from its own
sentences, with --jobs 2 and --jobs 1. Every run starts from an empty --out.
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("nghi-quyet-so-115", "nghi-quyet-so-99", "quyet-dinh-so-109", "thong-bao-so-02-2023")

OPENINGS = ["BÁO CÁO", "BÁO CÁO TỔNG HỢP", "BÁO CÁO KẾT QUẢ", "THÔNG BÁO"]
SENTENCES = [
    "Trong kỳ, Ban tiếp công dân đã tiếp {a} lượt người đến trình bày ý kiến.",
    "Tổng số đơn thư nhận được là {a} đơn, trong đó có {b} đơn khiếu nại và {c} đơn tố cáo.",
    "Đã giải quyết xong {b} vụ việc, đạt tỷ lệ {p}% so với số vụ việc thuộc thẩm quyền.",
    "Số đơn chuyển cơ quan có thẩm quyền giải quyết là {c} đơn.",
    "Ủy ban nhân dân xã đã tổ chức {c} cuộc đối thoại với người dân về đất đai.",
    "Kinh phí hỗ trợ cho các hộ gia đình là {a} triệu đồng.",
    "Còn {c} vụ việc đang trong thời hạn giải quyết, dự kiến hoàn thành trong quý tới.",
]


def write_texts(folder, count, seed=2026):
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        lines = [f"{rng.choice(OPENINGS)} SỐ {index + 1}/BC-UBND", ""]
        for _ in range(rng.randint(3, 8)):
            a, b, c = rng.randint(10, 900), rng.randint(5, 300), rng.randint(1, 60)
            lines.append(rng.choice(SENTENCES).format(a=a, b=b, c=c, p=rng.randint(50, 100)))
        (folder / f"bao-cao-{index + 1:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(binary, inputs, jobs, work):
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    start = time.monotonic()
    process = subprocess.Popen([binary, "extract", *inputs, "--out", str(out), "--jobs", str(jobs), "--quiet"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    process.returncode = status
    if status != 0:
        sys.exit(f"{binary} failed on {inputs[:1]}…: {process.stderr.read().decode()[-500:]}")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("anchor")
    parser.add_argument("new")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--texts", type=int, default=200)
    args = parser.parse_args()
    pdfs = sorted(str(p) for p in (ROOT.parent / "shared" / "pdfs").glob("*.pdf") if not p.name.startswith(SCANNED))
    with tempfile.TemporaryDirectory(prefix="baocao-overhead-") as temporary:
        work = Path(temporary)
        write_texts(work / "texts", args.texts)
        cases = [(f"{len(pdfs)} digital gazettes", pdfs), (f"{args.texts} short texts", [str(work / "texts")])]
        print("| inputs | jobs | binary | wall s (runs) | CPU s (runs) |")
        print("|---|---|---|---|---|")
        for label, inputs in cases:
            for jobs in (2, 1):
                results = {args.anchor: [], args.new: []}
                for _ in range(args.repeat):
                    for binary in (args.anchor, args.new):
                        results[binary].append(run(binary, inputs, jobs, work))
                for binary, runs in results.items():
                    walls = " ".join(f"{w:.2f}" for w, _ in runs)
                    cpus = " ".join(f"{c:.2f}" for _, c in runs)
                    name = "anchor" if binary == args.anchor else "new"
                    print(f"| {label} | {jobs} | {name} | {walls} | {cpus} |", flush=True)


if __name__ == "__main__":
    main()
