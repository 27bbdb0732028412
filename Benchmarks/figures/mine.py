#!/usr/bin/env python3
"""Draw corpus lines nobody tuned on, to mine the false petition rows of `baocao figures`.

  mine.py [--corpus ../shared/corpus] [--out Benchmarks/figures/mine.tsv]
  mine.py --texts DIR [--half dev|test]      # rebuild a half into DIR, one text file a line
  mine.py --score BAOCAO [--half dev|test]   # petition rows of BAOCAO against mine-HALF.verdicts.csv

Written and run BEFORE `baocao` saw any of these lines: `mine.tsv` fixes which lines are read
and which half each belongs to. It holds references only (file, line number, sha1 of the line),
never corpus text; `--texts` rebuilds the lines at run time, checking each sha1.

Rules (deterministic, random.Random(1414)):
- Only lines never used before: no (file, line) of `split.tsv`, and no line of a gazette
  document that `split.tsv` draws from. Lines of 20 to 1 500 characters that hold a numeral.
- "hard" (1 500): lines naming a word of the petition lexicon (đơn, vụ, lượt, khiếu nại, tố cáo,
  kiến nghị, tiếp công dân, cử tri, đối thoại, thanh tra, trường hợp, đoàn, …) with a numeral:
  500 news-baomoi, 500 news-vietnews, 200 news-civic, 300 gazette.
- "any" (1 500): any other line with a numeral: 600 news-baomoi, 600 news-vietnews, 100
  news-civic, 200 gazette.
- Each file's lines are drawn by reservoir sampling; a line repeated word for word is taken once.
- Half: parity of the first byte of sha1(line): even is mine-dev, odd is mine-test. mine-dev is
  judged and tuned on; mine-test is judged once, at the end, for the anchor and the branch.

Verdicts (`mine-HALF.verdicts.csv`: ref, value, measure, confidence, verdict, reason): every
petition row (measure under don, vu_viec, tiep_cong_dan, doi_thoai, thanh_tra) a binary wrote on
the half, judged by hand from its sentence by the annotation rules of README.md; `reason` names
the class of a wrong row. `--score` runs a binary on the half and counts its petition rows right
and wrong by these verdicts (a row is the same row when ref, value and measure agree), and lists
the rows no verdict covers yet, to be judged before the numbers mean anything.

Round 2 (`--round2`, appends; round 1 rows untouched). Round 1 ran the anchor on mine-dev once and
found it nearly too easy: 1 559 lines gave one petition row, since most lexicon hits are "nhiệm
vụ", "phục vụ", "đơn vị". Round 2 takes the lines with a COUNT: a numeral right before a counting
word a petition figure uses (đơn, vụ, vụ việc, lượt, cuộc, buổi, đoàn, trường hợp, hồ sơ, kiến
nghị, ý kiến, thư, phiên, cử tri, người, hộ, lần, công dân), 20 to 1 500 characters, not drawn
before: 800 news-baomoi, 1 200 news-vietnews, 300 news-civic, 300 gazette, 400 wiki (users run
`figures` on every subject); random.Random(1415), same halves by sha1 parity.

Round 3 (`--round3`, appends; chosen after the anchor's 13 petition rows of round 1–2 mine-dev
were seen, all wrong): more of round 2's count lines, not drawn before — all that remain of
news-baomoi, news-civic and gazette, 4 000 news-vietnews and 2 000 wiki; random.Random(1416),
same halves.

Round 4 (`--round4`, appends; chosen after the fixes learned from rounds 1–3 left 4 petition rows
on mine-dev): the count lines not drawn before that also name the topic (khiếu nại, tố cáo,
kiến nghị, phản ánh, cử tri, thanh tra, tiếp công dân, tiếp dân, đối thoại, tiếp xúc, đơn thư,
trình báo, khiếu kiện) — all of them in news-vietnews and wiki (random.Random(1417) is unused:
every such line is taken), same halves.

Round 5 (`--round5`, appends; chosen after rounds 1–4 were nearly clean on mine-dev, 1 wrong of
4 rows, while the news test half stayed at precision .873): where the remaining risk is — whole
articles. Lines not drawn before, with a count (round 2's counting words), random.Random(1418):
1 200 news-baomoi and every news-vietnews line (4) of 1 500 to 12 000 characters (a whole
article, on any topic: traffic, tourism, crime, sport …); every laws.txt.gz count line (348) and
1 450 more wiki lines, of 20 to 1 500 characters: 3 002 lines, 1 521 dev and 1 481 test. Same
halves by sha1 parity.
"""
import argparse
import collections
import csv
import gzip
import hashlib
import os
import random
import re
import sys

import real

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))
SEED = 1414
LEXICON = re.compile(r"đơn|vụ|lượt|khiếu nại|tố cáo|kiến nghị|tiếp công dân|tiếp dân|cử tri|đối thoại|"
                     r"thanh tra|trường hợp|đoàn|phản ánh|khiếu kiện|tiếp xúc|hồ sơ|thư", re.I)
NUMERAL = re.compile(r"\d")
COUNT = re.compile(r"(?<![\w.,/])\d+(?:[.,]\d+)*(?: nghìn| ngàn| triệu)? (?:đơn|vụ việc|vụ|lượt|cuộc|buổi|đoàn|"
                   r"trường hợp|hồ sơ|kiến nghị|ý kiến|thư|phiên|cử tri|người|hộ|lần|công dân)(?!\w)", re.I)
ROUND3 = {"news-baomoi.txt.gz": 100000, "news-vietnews.txt.gz": 4000, "news-civic.txt.gz": 100000,
          "gazette.txt.gz": 100000, "wiki.txt.gz": 2000}
TOPIC = re.compile(r"khiếu nại|tố cáo|kiến nghị|phản ánh|cử tri|thanh tra|tiếp công dân|tiếp dân|đối thoại|tiếp xúc|"
                   r"đơn thư|trình báo|khiếu kiện", re.I)
ROUND4 = {"news-vietnews.txt.gz": 10 ** 6, "wiki.txt.gz": 10 ** 6, "news-baomoi.txt.gz": 10 ** 6}
ROUND5 = {"news-baomoi.txt.gz": (1200, 1500, 12000), "news-vietnews.txt.gz": (10 ** 6, 1500, 12000),
          "laws.txt.gz": (900, 20, 1500), "wiki.txt.gz": (1450, 20, 1500)}  # file: (lines, chars from, to)
ROUND2 = {"news-baomoi.txt.gz": 800, "news-vietnews.txt.gz": 1200, "news-civic.txt.gz": 300,
          "gazette.txt.gz": 300, "wiki.txt.gz": 400}
QUOTAS = {  # file: (hard, any)
    "news-baomoi.txt.gz": (500, 600),
    "news-vietnews.txt.gz": (500, 600),
    "news-civic.txt.gz": (200, 100),
    "gazette.txt.gz": (300, 200),
}


def used_lines():
    """(file, line) pairs of split.tsv, and the gazette lines split.tsv draws from."""
    used, gazette = set(), set()
    with open(os.path.join(HERE, "split.tsv"), encoding="utf-8") as source:
        for row in csv.DictReader(source, delimiter="\t"):
            used.add((row["file"], int(row["line"])))
            if row["file"] == "gazette.txt.gz":
                gazette.add(int(row["line"]))
    return used, gazette


class Reservoir:
    def __init__(self, size, rng):
        self.size, self.rng, self.seen, self.items = size, rng, 0, []

    def offer(self, item):
        self.seen += 1
        if len(self.items) < self.size:
            self.items.append(item)
        else:
            j = self.rng.randrange(self.seen)
            if j < self.size:
                self.items[j] = item


def unused_lines(corpus, name, used, gazette_used, taken=frozenset(), longest=4500):
    """(number, raw bytes) of the lines of one corpus file no round has used: not in split.tsv
    nor `taken`, not in a gazette document split.tsv reads (documents are whole texts), not a
    document's title line, 20 to `longest` bytes long."""
    skipped_docs = set()
    if name == "gazette.txt.gz":
        start = 0
        with gzip.open(os.path.join(corpus, name), "rb") as source:
            for number, raw in enumerate(source, 1):
                if raw.startswith(b"### "):
                    start = number
                if number in gazette_used:
                    skipped_docs.add(start)
    start = 0
    with gzip.open(os.path.join(corpus, name), "rb") as source:
        for number, raw in enumerate(source, 1):
            raw = raw.rstrip(b"\n")
            if raw.startswith(b"### "):
                start = number
                continue
            if (name, number) in used or (name, number) in taken or start in skipped_docs:
                continue
            if 20 <= len(raw) <= longest:
                yield number, raw


def draw(corpus):
    used, gazette_used = used_lines()
    rng = random.Random(SEED)
    chosen = []
    for name, (hard, other) in QUOTAS.items():
        pools = {"hard": Reservoir(hard, rng), "any": Reservoir(other, rng)}
        seen = set()
        for number, raw in unused_lines(corpus, name, used, gazette_used):
            line = raw.decode("utf-8", errors="replace")
            if not 20 <= len(line) <= 1500 or not NUMERAL.search(line):
                continue
            digest = hashlib.sha1(raw).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            pools["hard" if LEXICON.search(line) else "any"].offer((name, number, digest, len(line)))
        for kind, pool in pools.items():
            for name_, number, digest, size in pool.items:
                chosen.append((name_, number, digest, size, kind))
        print(f"mine.py: {name}: hard {pools['hard'].seen} any {pools['any'].seen} candidates", file=sys.stderr)
    rows = []
    for name, number, digest, size, kind in sorted(chosen):
        half = "dev" if int(digest[:2], 16) % 2 == 0 else "test"
        ref = f"{name.split('.')[0].replace('news-', '')}-{number:07d}"
        rows.append((ref, half, name, number, digest, size, kind, 1))
    return rows


def draw_round2(corpus, earlier, quotas=ROUND2, seed=SEED + 1, number_of_round=2, topic=False):
    """Count lines not drawn before; a quota is a number of lines (20 to 1 500 characters) or
    (lines, fewest characters, most characters)."""
    used, gazette_used = used_lines()
    taken = {(row["file"], int(row["line"])) for row in earlier}
    rng = random.Random(seed)
    chosen = []
    for name, quota in quotas.items():
        quota, shortest, longest = quota if isinstance(quota, tuple) else (quota, 20, 1500)
        pool, seen = Reservoir(quota, rng), set()
        for number, raw in unused_lines(corpus, name, used, gazette_used, taken, 4500 if longest <= 1500 else 4 * longest):
            line = raw.decode("utf-8", errors="replace")
            if not shortest <= len(line) <= longest or not COUNT.search(line) or topic and not TOPIC.search(line):
                continue
            digest = hashlib.sha1(raw).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            pool.offer((name, number, digest, len(line)))
        chosen += pool.items
        print(f"mine.py: round {number_of_round} {name}: {pool.seen} candidates", file=sys.stderr)
    rows = []
    for name, number, digest, size in sorted(chosen):
        half = "dev" if int(digest[:2], 16) % 2 == 0 else "test"
        ref = f"{name.split('.')[0].replace('news-', '')}-{number:07d}"
        rows.append((ref, half, name, number, digest, size, "count", number_of_round))
    return rows


def write(rows, out):
    with open(out, "w", encoding="utf-8", newline="") as sink:
        sink.write("ref\thalf\tfile\tline\tline_sha1\tchars\tkind\tround\n")
        for row in rows:
            sink.write("\t".join(str(x) for x in row) + "\n")


def read(path):
    with open(path, encoding="utf-8") as source:
        return list(csv.DictReader(source, delimiter="\t"))


def texts(corpus, rows, directory):
    """Write each row's line to DIR/REF.txt, checked against its sha1 by real.py's reader."""
    lines = real.corpus_lines(corpus, {(row["file"], int(row["line"])): row["line_sha1"] for row in rows})
    os.makedirs(directory, exist_ok=True)
    for row in rows:
        with open(os.path.join(directory, row["ref"] + ".txt"), "w", encoding="utf-8") as sink:
            sink.write(lines[(row["file"], int(row["line"]))] + "\n")


def score(baocao, corpus, rows, half):
    import subprocess
    import tempfile
    verdicts = {}
    with open(os.path.join(HERE, f"mine-{half}.verdicts.csv"), encoding="utf-8") as source:
        for row in csv.DictReader(source):
            verdicts[(row["ref"], row["value"], row["measure"])] = row
    with tempfile.TemporaryDirectory() as work:
        texts(corpus, rows, os.path.join(work, "t"))
        out = os.path.join(work, "figures.csv")
        names = sorted(os.listdir(os.path.join(work, "t")))
        subprocess.run([baocao, "figures", *[os.path.join(work, "t", n) for n in names], "--csv", out], check=True)
        with open(out, encoding="utf-8") as source:
            found = list(csv.DictReader(source))
    tally = collections.Counter()
    unjudged = []
    for row in found:
        if row["measure"].split(".")[0] not in real.load_score().DOMAINS:
            continue
        ref = os.path.splitext(os.path.basename(row["doc"]))[0]
        verdict = verdicts.get((ref, row["value"], row["measure"]))
        high = float(row["confidence"] or 0) >= 0.9
        tally["rows"] += 1
        tally["high"] += high
        if verdict is None:
            unjudged.append((ref, row["value"], row["measure"], row["confidence"], row["raw"]))
            continue
        right = verdict["verdict"] == "right"
        tally["right"] += right
        tally["high right"] += right and high
        if not right:
            tally["wrong " + verdict["reason"]] += 1
    print(f"mine-{half}: {len(rows)} lines, {tally['rows']} petition rows, right {tally['right']}, "
          f"wrong {tally['rows'] - tally['right'] - len(unjudged)}, unjudged {len(unjudged)}")
    if tally["rows"]:
        print(f"precision {tally['right'] / tally['rows']:.3f}; P@0.9 "
              + (f"{tally['high right'] / tally['high']:.3f} ({tally['high']})" if tally["high"] else "- (0)"))
    for key in sorted(k for k in tally if k.startswith("wrong ")):
        print(f"  {key}: {tally[key]}")
    for row in unjudged:
        print("  unjudged:", *row)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=os.path.join(SHARED, "corpus"))
    parser.add_argument("--out", default=os.path.join(HERE, "mine.tsv"))
    parser.add_argument("--texts", help="rebuild the lines of a half into this directory")
    parser.add_argument("--half", default="dev", choices=["dev", "test"])
    parser.add_argument("--round", help="only these rounds with --texts, e.g. 2")
    parser.add_argument("--round2", action="store_true", help="append round 2 to the list")
    parser.add_argument("--round3", action="store_true", help="append round 3 to the list")
    parser.add_argument("--round4", action="store_true", help="append round 4 to the list")
    parser.add_argument("--round5", action="store_true", help="append round 5 to the list")
    parser.add_argument("--score", metavar="BAOCAO", help="count a binary's petition rows right and wrong")
    args = parser.parse_args()
    if args.score:
        rows = [row for row in read(args.out) if row["half"] == args.half]
        score(os.path.abspath(args.score), args.corpus, rows, args.half)
        return
    if args.texts:
        rows = [row for row in read(args.out) if row["half"] == args.half
                and (not args.round or row["round"] in args.round.split(","))]
        texts(args.corpus, rows, args.texts)
        print(f"mine.py: {len(rows)} {args.half} lines in {args.texts}", file=sys.stderr)
        return
    if args.round2 or args.round3 or args.round4 or args.round5:
        earlier = read(args.out)
        rows = [tuple(row[k] for k in ("ref", "half", "file", "line", "line_sha1", "chars", "kind")) + (row.get("round", "1"),)
                for row in earlier]
        if args.round2:
            rows += draw_round2(args.corpus, earlier)
        elif args.round3:
            rows += draw_round2(args.corpus, earlier, ROUND3, SEED + 2, 3)
        elif args.round4:
            rows += draw_round2(args.corpus, earlier, ROUND4, SEED + 3, 4, topic=True)
        else:
            rows += draw_round2(args.corpus, earlier, ROUND5, SEED + 4, 5)
    else:
        rows = draw(args.corpus)
    write(rows, args.out)
    halves = collections.Counter((row[1], row[6]) for row in rows)
    print(f"mine.py: {len(rows)} lines; " + ", ".join(f"{h} {k} {n}" for (h, k), n in sorted(halves.items())),
          file=sys.stderr)


if __name__ == "__main__":
    main()
