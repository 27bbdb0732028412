#!/usr/bin/env python3
"""Metadata and legal structure, measured with ../shared/bench/score.py (issue 16).

    python3 Benchmarks/meta/measure.py BAOCAO WHAT [--work DIR] [--jobs N]

WHAT is one of
  gazettes        META_ACC of the 21 digital gazettes (../shared/bench/gazette/*.meta.json) and
                  of the bench cases' digital and scanned PDFs; legal F1 on the four gold texts;
                  pages/s over the gazettes.
  legal-scans     the four legal gold texts printed-and-scanned (scan_gazettes.py; --pages N for
                  their first N pages, the gold cut to match) through extract (OCR):
                  ARTICLE_F1, CHAPTER_F1, ITEM_F1 each.
  scanned         the four scanned gazettes of ../shared/pdfs: the metadata read (no gold; shown).
  heldout         the documents of Benchmarks/meta/heldout (hand-written texts and meta gold),
                  built by ../shared/bench/mkbench.sh, digital and scanned: META_ACC per document
                  and per field.
Outputs and generated PDFs go under --work (default /tmp/baocao-meta), outside the repository.
"""
import glob
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from benchlib import SHARED, pdf_pages  # noqa: E402

BENCH = os.path.join(SHARED, "bench")
SCORE = os.path.join(BENCH, "score.py")
LEGAL = ["luat-so-69-2020-qh14-32699", "nghi-dinh-so-158-2025-nd-cp-45240",
         "thong-tu-so-01-2025-tt-bkhdt-43795", "quyet-dinh-so-892-qd-ttg-469579"]
SCANNED = ["nghi-quyet-so-115-nq-cp-469452", "nghi-quyet-so-99-nq-cp-469343",
           "quyet-dinh-so-109-qd-btc-468842", "thong-bao-so-02-2023-tb-lpqt-39022"]


def extract(baocao, pdf, out):
    """The document JSON of one input (kept: a second run reads it again)."""
    name = os.path.splitext(os.path.basename(pdf))[0]
    os.makedirs(out, exist_ok=True)
    start = time.perf_counter()
    subprocess.run([baocao, "extract", pdf, "--out", out, "--format", "json", "--quiet"],
                   check=False, capture_output=True)
    return os.path.join(out, f"{name}.json"), time.perf_counter() - start


def score(kind, gold, out):
    """score.py's lines for one document: {field or metric: verdict} and the summary."""
    text = subprocess.run([sys.executable, SCORE, kind, gold, out], capture_output=True, text=True).stdout
    lines = text.strip().splitlines()
    if kind == "meta":
        fields = {line.split()[0]: line.split()[1] for line in lines[:-1] if line.split()}
        return fields, dict(kv.split("=") for kv in lines[-1].split())
    return lines, dict(kv.split("=") for kv in lines[-1].split())


def meta_table(rows):
    """rows: (name, fields verdicts, summary). Per document and per field."""
    print("| document | META_ACC | fields | wrong or missing |\n| --- | --- | --- | --- |")
    right = total = 0
    per_field = {}
    for name, fields, summary in rows:
        bad = [f"{f} {v}" for f, v in fields.items() if v in ("WRONG", "MISSING")]
        n = int(summary["META_FIELDS"])
        right += round(float(summary["META_ACC"]) * n)
        total += n
        for f, v in fields.items():
            if v != "n/a":
                ok, seen = per_field.get(f, (0, 0))
                per_field[f] = (ok + (v == "OK"), seen + 1)
        print(f"| {name} | {summary['META_ACC']} | {n} | {', '.join(bad)} |")
    print(f"\nall: {right}/{total} = {right / max(total, 1):.3f}\n")
    print("| field | right |\n| --- | --- |")
    for f, (ok, seen) in per_field.items():
        print(f"| {f} | {ok}/{seen} |")
    print()


def gazettes(baocao, work, jobs):
    out = os.path.join(work, "gazettes")
    golds = sorted(glob.glob(os.path.join(BENCH, "gazette", "*.meta.json")))
    names = [os.path.basename(g)[:-len(".meta.json")] for g in golds]
    pdfs = [os.path.join(SHARED, "pdfs", f"{n}.pdf") for n in names]
    start = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(lambda p: extract(baocao, p, out), pdfs))
    wall = time.perf_counter() - start
    pages = sum(pdf_pages(p) for p in pdfs)
    print(f"## Gazettes: {len(pdfs)} digital PDFs, {pages} pages, {wall:.1f} s wall with {jobs} jobs, "
          f"{pages / wall:.2f} pages/s\n")
    meta_table([(n, *score("meta", g, r[0])) for n, g, r in zip(names, golds, results)])
    print("## Legal structure (digital)\n\n| document | ARTICLE_F1 | CHAPTER_F1 | ITEM_F1 | LEVEL |\n| --- | --- | --- | --- | --- |")
    for name in LEGAL:
        _, s = score("legal", os.path.join(BENCH, "gazette", f"{name}.legal.json"), os.path.join(out, f"{name}.json"))
        print(f"| {name} | {s['ARTICLE_F1']} | {s['CHAPTER_F1']} | {s['ITEM_F1']} | {s['LEVEL']} |")
    print("\n## Bench cases\n")
    rows = []
    for gold in sorted(glob.glob(os.path.join(BENCH, "cases", "*.meta.json"))):
        case = os.path.basename(gold)[:-len(".meta.json")]
        for kind in ("digital", "scanned"):
            result, _ = extract(baocao, os.path.join(BENCH, "cases", f"{case}.{kind}.pdf"), os.path.join(out, "cases"))
            rows.append((f"{case} {kind}", *score("meta", gold, result)))
    meta_table(rows)


def gold_cut(gold_path, reference, target):
    """The gold's blocks up to the last legal unit `reference` (the digital text of the same
    pages) holds: the gold of a document's first pages. Written to `target`."""
    sys.path.insert(0, BENCH)
    import score as scorer  # the scorer's own unit reading (../shared, at run time)
    blocks = json.load(open(gold_path, encoding="utf-8"))["blocks"]
    seen = json.load(open(reference, encoding="utf-8"))["blocks"]

    def keys(blocks):
        article, out = None, []
        for b in blocks:
            label = scorer.legal_label(b)
            if b.get("kind") == "heading" and scorer.ARTICLE_RX.match(label):
                article = label
                out.append(label)
            elif b.get("kind") == "heading" and scorer.CHAPTER_RX.match(label):
                article = None
                out.append(label)
            elif b.get("kind") == "item" and article and scorer.ITEM_RX.match(label):
                out.append(f"{article}/{label}")
            else:
                out.append(None)
        return out
    last = next((k for k in reversed(keys(seen)) if k), None)
    gold_keys = keys(blocks)
    end = max((i for i, k in enumerate(gold_keys) if k == last), default=len(blocks) - 1)
    json.dump({"blocks": blocks[:end + 1]}, open(target, "w", encoding="utf-8"), ensure_ascii=False)
    return target


def legal_scans(baocao, work, jobs):
    scans = os.path.join(work, "scans")
    pages = sys.argv[sys.argv.index("--pages") + 1] if "--pages" in sys.argv else None
    subprocess.run([sys.executable, os.path.join(HERE, "scan_gazettes.py"), scans]
                   + (["--pages", pages] if pages else []), check=True)
    out = os.path.join(work, "legal-scans")
    start = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(lambda n: extract(baocao, os.path.join(scans, f"{n}.pdf"), out), LEGAL))
    wall = time.perf_counter() - start
    print(f"## Legal structure of the four gold texts, printed and scanned ({wall:.0f} s wall)\n")
    print("The gold is cut where the scanned pages end (the last unit the digital text of those pages"
          " holds); `digital` scores that digital text against the same cut gold.\n")
    print("| document | pages | s | articles g/o/m | chapters g/o/m | items g/o/m | ARTICLE_F1 | CHAPTER_F1 | ITEM_F1 | LEVEL | digital A/C/I |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, (result, seconds) in zip(LEGAL, results):
        reference, _ = extract(baocao, os.path.join(scans, f"{name}.digital.pdf"), os.path.join(out, "digital"))
        gold = gold_cut(os.path.join(BENCH, "gazette", f"{name}.legal.json"), reference,
                        os.path.join(out, f"{name}.gold.json"))
        lines, s = score("legal", gold, result)
        _, d = score("legal", gold, reference)
        counts = ["/".join(kv.split("=")[1] for kv in line.split()[1:]) for line in lines[:3]]
        print(f"| {name} | {pdf_pages(os.path.join(scans, name + '.pdf'))} | {seconds:.0f} | {' | '.join(counts)} | "
              f"{s['ARTICLE_F1']} | {s['CHAPTER_F1']} | {s['ITEM_F1']} | {s['LEVEL']} | "
              f"{d['ARTICLE_F1']}/{d['CHAPTER_F1']}/{d['ITEM_F1']} |")


def scanned(baocao, work, jobs):
    out = os.path.join(work, "scanned")
    pdfs = [os.path.join(SHARED, "pdfs", f"{n}.pdf") for n in SCANNED]
    with ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(lambda p: extract(baocao, p, out), pdfs))
    print("## Scanned gazettes: metadata read (no gold; check against the page images)\n")
    for name, (result, _) in zip(SCANNED, results):
        meta = json.load(open(result, encoding="utf-8")).get("meta") or {}
        print(f"### {name}\n```\n{json.dumps(meta, ensure_ascii=False, indent=1)}\n```")


def heldout(baocao, work, jobs):
    built = os.path.join(work, "heldout")
    golds = sorted(glob.glob(os.path.join(HERE, "heldout", "*.gold.json")))
    names = [os.path.basename(g)[:-len(".gold.json")] for g in golds]
    todo = [f"{n}={g}" for n, g in zip(names, golds) if not os.path.exists(os.path.join(built, f"{n}.scanned.pdf"))]
    if todo:
        subprocess.run(["bash", os.path.join(BENCH, "mkbench.sh"), built] + todo, check=True)
    out = os.path.join(work, "heldout-out")
    inputs = [(n, kind) for n in names for kind in ("digital", "scanned")]
    with ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(
            lambda nk: extract(baocao, os.path.join(built, f"{nk[0]}.{nk[1]}.pdf"), os.path.join(out, nk[1])), inputs))
    print("## Held-out documents (Benchmarks/meta/heldout), hand-written meta gold\n")
    for kind in ("digital", "scanned"):
        print(f"### {kind}\n")
        meta_table([(n, *score("meta", os.path.join(HERE, "heldout", f"{n}.meta.json"), r[0]))
                    for (n, k), r in zip(inputs, results) if k == kind])


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    work = sys.argv[sys.argv.index("--work") + 1] if "--work" in sys.argv else "/tmp/baocao-meta"
    jobs = int(sys.argv[sys.argv.index("--jobs") + 1]) if "--jobs" in sys.argv else 2
    pages = sys.argv[sys.argv.index("--pages") + 1] if "--pages" in sys.argv else None
    args = [a for a in args if a not in (work, str(jobs), pages)]
    baocao, what = os.path.abspath(args[0]), args[1]
    {"gazettes": gazettes, "legal-scans": legal_scans, "scanned": scanned, "heldout": heldout}[what](baocao, work, jobs)


if __name__ == "__main__":
    main()
