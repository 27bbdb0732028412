#!/usr/bin/env python3
"""Fits and checks the document weighing of figure confidence (Sources/Figures/FigureConfidence.swift).

  calibrate.py BAOCAO [--folds 5] [--rows]

Pools the tuning data — the dev half, the written `shapes` and `reports`, and the public bench's
gold documents s000, s002, s003 (../shared/bench, gold figures.gold.csv) — runs `baocao figures`
on it and labels every petition row right or wrong with real.py's (the bench's) matching. Never
reads the test half or `shapes-heldout`.

Every row's confidence is the additive score FigureConfidence documents: a local evidence level
plus a document term (+corroboration when the document holds at least `corroboratingFigures`
petition figures, -isolation otherwise). The script reads those constants from the Swift file
(their one home), recovers each row's local level and its document's petition count, and then:

1. prints the pool's rows and precision per (local level, petition figures in the document);
2. cross-validates by article (folds dealt by a hash of the article name): on the training folds
   it chooses the threshold k — the smallest count of petition figures per document from which
   the training rows are all right — and reports the precision of the held-out fold's rows that
   reach 0.9 with that k, next to the committed k;
3. prints the reliability table (rows, matched, precision, mean confidence per bucket) of the
   committed scoring on the pool.

The pool cannot say which local levels should reach 0.9 in a corroborated document: its wrong
rows all stand in documents with one or two petition figures, so every level there is right. The
levels that cross (a verb of the figure's own, strong or said) follow the local-evidence order
established on earlier rounds, keeping carried and guessed verbs below.
"""
import argparse
import collections
import hashlib
import math
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import real  # noqa: E402

SWIFT = os.path.join(HERE, "..", "..", "Sources", "Figures", "FigureConfidence.swift")
LEVELS = ("strong", "said", "carried", "bareCases", "guessed")
BENCH_DOCS = ("s000", "s002", "s003")


def constants():
    """The named weights of FigureConfidence.swift: {name: number}."""
    text = open(SWIFT, encoding="utf-8").read()
    return {name: float(value) for name, value in re.findall(r"static let (\w+) = ([0-9.]+)\n", text)}


def pool_rows(score, baocao):
    """Every petition row of the pool: (set, document, confidence, right, petition rows in document)."""
    rows = []
    original = real.Tally.add
    current = {}

    def add(self, score_, doc, gold, out, work):
        pairs = real.match(score, gold, out)
        used = set(pairs.values())
        for i, o in enumerate(out):
            rows.append((current["set"], doc, float(o.get("confidence") or 0), i in used, len(out)))
        return original(self, score_, doc, gold, out, work)

    real.Tally.add = add
    try:
        current["set"] = "dev"
        real.score_half(score, baocao, "dev", os.path.join(real.SHARED, "corpus"), None, False)
        for name in ("shapes", "reports"):
            current["set"] = name
            real.score_written(score, baocao, name, False)
        current["set"] = "bench"
        bench_rows(score, baocao, add)
    finally:
        real.Tally.add = original
    return rows


def bench_rows(score, baocao, add):
    import gold_document
    import json
    bench = os.path.join(real.SHARED, "bench")
    gold = collections.defaultdict(list)
    for row in real.read_csv(os.path.join(bench, "figures.gold.csv")):
        gold[row["doc"]].append(row)
    work = tempfile.mkdtemp(prefix="calibrate-bench-")
    paths = []
    for doc in BENCH_DOCS:
        with open(os.path.join(bench, "cases", f"{doc}.gold.json"), encoding="utf-8") as source:
            document = gold_document.convert(json.load(source))
        path = os.path.join(work, f"{doc}.json")
        with open(path, "w", encoding="utf-8") as target:
            json.dump(document, target, ensure_ascii=False)
        paths.append(path)
    out = real.run_figures(baocao, paths, work)
    for doc in BENCH_DOCS:
        add(real.Tally(), score, doc, gold[doc], real.petition_rows(score, out.get(doc, [])), work)
    for name in os.listdir(work):
        os.remove(os.path.join(work, name))
    os.rmdir(work)


def local_level(confidence, count, weights):
    """The row's confidence before the document term (exact: no weighed level reaches the ceiling's clip)."""
    term = weights["corroboration"] if count >= weights["corroboratingFigures"] else -weights["isolation"]
    return round(confidence - term, 2)


def level_name(level, weights):
    """The level's name where one named level alone has this value, else the value: several
    levels minus offTopic or approximate meet (said 0.85 is also strong minus approximate)."""
    names = [name for name in LEVELS if abs(level - weights[name]) < 1e-6]
    return f"{level:.2f} {names[0]}" if names else f"{level:.2f}"


def fold_of(doc, folds):
    return int(hashlib.sha1(doc.encode()).hexdigest(), 16) % folds


def reaches(level, count, k, weights):
    """Whether a row of this local level reaches 0.9 in a document of this count with threshold k."""
    weighed = level + (weights["corroboration"] if count >= k else -weights["isolation"])
    return round(min(weighed, weights["ceiling"]), 2) >= 0.9


def choose_k(rows, weights):
    """The smallest k from which every training row of a corroborated document is right."""
    for k in range(1, 10):
        if all(right for _, _, _, right, count, _ in rows if count >= k):
            return k
    return 10


def lower_bound(rows, matched, alpha=0.05):
    """One-sided Clopper-Pearson lower bound of a precision (exact for zero failures)."""
    if rows == 0:
        return 0.0
    if matched == rows:
        return alpha ** (1 / rows)
    # Normal approximation with continuity correction for the few cases with failures.
    p = (matched - 0.5) / rows
    return max(0.0, p - 1.645 * math.sqrt(p * (1 - p) / rows))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("baocao")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    score = real.load_score()
    weights = constants()
    raw = pool_rows(score, os.path.abspath(args.baocao))
    rows = [(s, doc, c, right, count, local_level(c, count, weights)) for s, doc, c, right, count in raw]
    print(f"pool: {len(rows)} petition rows, {sum(r[3] for r in rows)} right, "
          f"{len({(r[0], r[1]) for r in rows})} documents; weights {', '.join(f'{k}={v:g}' for k, v in sorted(weights.items()))}")

    print("\n1. rows, right (precision) per local level and petition figures in the document")
    table = collections.defaultdict(lambda: [0, 0])
    for _, _, _, right, count, level in rows:
        cell = table[(level_name(level, weights), min(count, 3))]
        cell[0] += 1
        cell[1] += right
    level_of = {level_name(r[5], weights): r[5] for r in rows}
    names = sorted(level_of, key=lambda name: -level_of[name])
    print("| local level | 1 | 2 | 3+ |\n|---|---|---|---|")
    for name in names:
        cells = []
        for count in (1, 2, 3):
            n, m = table.get((name, count), (0, 0))
            cells.append(f"{m}/{n}" if n else "-")
        print(f"| {name} | " + " | ".join(cells) + " |")

    print(f"\n2. cross-validation by article, {args.folds} folds: k chosen on the other folds, rows reaching 0.9 in the fold")
    committed = int(weights["corroboratingFigures"])
    totals = {"chosen": [0, 0], "committed": [0, 0]}
    for fold in range(args.folds):
        train = [r for r in rows if fold_of(r[0] + "/" + r[1], args.folds) != fold]
        held = [r for r in rows if fold_of(r[0] + "/" + r[1], args.folds) == fold]
        k = choose_k(train, weights)
        for name, rule in (("chosen", lambda r: reaches(r[5], r[4], k, weights)),
                           ("committed", lambda r: reaches(r[5], r[4], committed, weights))):
            high = [r for r in held if rule(r)]
            totals[name][0] += len(high)
            totals[name][1] += sum(r[3] for r in high)
        print(f"   fold {fold}: k = {k}, held-out rows {len(held)}")
    for name, (n, m) in totals.items():
        print(f"   {name:10}: {m}/{n} rows at ≥ 0.9 right, precision {m / max(n, 1):.3f}, lower bound (95%) {lower_bound(n, m):.3f}")

    print("\n3. reliability of the committed scoring on the pool (rows, matched, precision, mean confidence)")
    for low, high in real.BUCKETS:
        inside = [r for r in rows if low <= r[2] < high]
        n, m = len(inside), sum(r[3] for r in inside)
        mean = sum(r[2] for r in inside) / max(n, 1)
        print(f"   [{low:.1f}, {min(high, 1.0):.1f}{']' if high > 1 else ')'}: {n}, {m}, {m / max(n, 1):.2f}, {mean:.2f}")


if __name__ == "__main__":
    main()
