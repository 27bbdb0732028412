#!/usr/bin/env python3
"""Petition figures on real sentences: `baocao figures` against hand gold, per half.

  real.py BAOCAO [--half dev|test|both] [--rounds 4,5] [--misses] [--keep DIR]
  real.py BAOCAO --reports [--misses]
  real.py BAOCAO --written NAME [--misses]   (NAME: a folder here with its NAME.gold.csv)
  any of these with [--matcher maximal|greedy]

The gold (`dev.gold.csv`, `test.gold.csv`) holds references, never text: each article of
`split.tsv` is rebuilt at run time from ../shared/corpus (its lines, by number, each checked
against its sha1) into a temporary text file, and one `baocao figures` call reads all files of a
half. Petition rows (measures under don, vu_viec, tiep_cong_dan, doi_thoai, thanh_tra) are
matched to the gold of their article with the bench's own rule, imported from
../shared/bench/score.py (`figures`): value, denominator and measure must agree (a gold
"a|b" accepts either, a gold without a dot any measure under it); FINE also needs the type.
FIG_P = matched / petition rows out, FIG_R = matched / gold, FINE_R = matched with type / gold,
summed over the articles of the half. Articles without gold rows are part of the half: a
petition row there is a false positive.

Matching: by default the most pairs the rule allows (`--matcher maximal`, a maximum bipartite
matching by augmenting paths; FINE its own maximum over the pairs that also agree on type).
score.py's `cmd_figures` matches greedily, first come: a gold row can be taken by an out row
another gold row needed, which costs a pair. So the two can now differ, in one direction only:
every article is also passed through `cmd_figures`, whose counts must equal this script's greedy
matcher (`greedy_match`, kept for that check and for `--matcher greedy`, the old ruler), and the
maximal counts must be at least those. The `gained` line of the table says how many pairs the
maximal matcher found beyond the greedy one; `--matcher greedy` gives the numbers of earlier rounds.

Calibration: precision of the petition rows whose confidence is at least 0.9, and a
reliability table (rows, matched, precision, mean confidence) per confidence bucket.

--reports scores the three reports written for this benchmark (reports/*.txt against
reports.gold.csv, the bench's figures.gold.csv format) the same way, one document each;
--written NAME any such written set: NAME/*.txt against NAME.gold.csv (`shapes`, the issue's ten
shapes in six voices, tuned on; `shapes-heldout`, the same classes in other sentences, never tuned on;
`voices`, five reports in voices not used before and two texts rewording dev and shape sentences, tuned on;
`voices-heldout`, seven whole reports in seven new voices, never tuned on;
`voices-heldout3`, eight texts in eight more voices, four of them news, never tuned on;
`voices-heldout4`, eight texts in eight more voices, six of them news, never tuned on;
`voices-heldout5`, eight texts in eight more voices, six of them news, never tuned on;
`scraped-heldout`, twelve news articles as scraped web pages leave them (one line or a few), never tuned on;
`news6`, eight news texts in the manner of online newspapers — wire brief, conference report,
feature, interview, a council's question time, readers' letters, an inspection and court piece, a
year-end roundup — written with their gold before baocao ran on them, tuned on;
`news7`, sixteen short news items in sixteen outlets' manners, written with their gold first, tuned on).
--flat (with --written) joins each text's prose lines into one line before the run, tables kept
apart: the layout of the news corpus's articles and of scraped web pages, which the written sets
(laid out in paragraphs) never show. --sentence-lines (with --written) puts every sentence on a
line of its own: pages whose paragraphs hold a sentence each. A text's figures should not depend
on either.
--misses prints, per article, the gold rows not found and the rows out that match no gold
(corpus text goes to the terminal only). Test is scored only when asked for.
"""
import argparse
import collections
import contextlib
import csv
import gzip
import hashlib
import io
import os
import re
import subprocess
import sys
import shutil
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))
BUCKETS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]


def load_score():
    sys.path.insert(0, os.path.join(SHARED, "bench"))
    import score
    return score


def read_csv(path, delimiter=","):
    with open(path, encoding="utf-8-sig", newline="") as source:
        return list(csv.DictReader(source, delimiter=delimiter))


def corpus_lines(corpus, wanted):
    """{(file, line): text} of the wanted lines, each checked against its sha1."""
    by_file = collections.defaultdict(dict)
    for (name, number), digest in wanted.items():
        by_file[name][number] = digest
    found = {}
    for name, numbers in by_file.items():
        last = max(numbers)
        with gzip.open(os.path.join(corpus, name), "rb") as source:
            for number, raw in enumerate(source, 1):
                if number in numbers:
                    raw = raw.rstrip(b"\n")
                    if hashlib.sha1(raw).hexdigest() != numbers[number]:
                        sys.exit(f"real.py: {name} line {number} is not the annotated line (sha1 differs)")
                    found[(name, number)] = raw.decode("utf-8", errors="replace")
                if number >= last:
                    break
    missing = set(wanted) - set(found)
    if missing:
        sys.exit(f"real.py: {len(missing)} annotated lines are missing from the corpus, e.g. {sorted(missing)[0]}")
    return found


def run_figures(baocao, paths, work):
    out = os.path.join(work, "figures.csv")
    subprocess.run([baocao, "figures", *paths, "--csv", out], check=True)
    rows = collections.defaultdict(list)
    for row in read_csv(out):
        rows[os.path.splitext(os.path.basename(row.get("doc", "")))[0]].append(row)
    return rows


def accepts(score, g, o, fine=False):
    """score.py's acceptance rule for one pair: value, denominator, measure (and type for FINE)."""
    if score.num(o.get("value")) != score.num(g["value"]):
        return False
    if score.num(o.get("denominator")) != score.num(g["denominator"]):
        return False
    if not score.measure_ok(g["measure"], o.get("measure", "")):
        return False
    return not fine or (g["type"] or "") == (o.get("type") or "")


def greedy_match(score, gold, out, fine=False):
    """score.py's greedy matching (first come): {gold index: out index}. A gold row may be taken
    by an out row that another gold row needed, so this can fall short of the most pairs."""
    used, pairs = set(), {}
    for j, g in enumerate(gold):
        for i, o in enumerate(out):
            if i not in used and accepts(score, g, o, fine):
                used.add(i)
                pairs[j] = i
                break
    return pairs


def maximal_match(score, gold, out, fine=False, start=None):
    """The most pairs the acceptance rule allows: a maximum bipartite matching by augmenting
    paths (Kuhn), starting from `start` (a matching it only grows: an augmenting path never
    leaves a matched row unmatched). {gold index: out index}."""
    edges = [[i for i, o in enumerate(out) if accepts(score, g, o, fine)] for g in gold]
    owner = {}  # out index -> gold index
    for j, i in (start or {}).items():
        if i in edges[j]:
            owner[i] = j

    def augment(j, seen):
        for i in edges[j]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], seen):
                owner[i] = j
                return True
        return False

    matched_gold = set(owner.values())
    for j in range(len(gold)):
        if j not in matched_gold:
            augment(j, set())
    return {j: i for i, j in owner.items()}


MATCHERS = ("maximal", "greedy")
matcher = "maximal"


def match(score, gold, out, fine=False):
    """{gold index: out index} of the matched pairs, by the chosen matcher. The maximal coarse
    matching grows the maximal FINE one, so rows matched with their type stay paired with it
    (the FINE count itself is its own maximum either way)."""
    if matcher == "greedy":
        return greedy_match(score, gold, out, fine)
    fine_pairs = maximal_match(score, gold, out, fine=True)
    return fine_pairs if fine else maximal_match(score, gold, out, start=fine_pairs)


def cross_check(score, doc, gold, out, work):
    """The counts of score.py's own cmd_figures on this document."""
    gold_path, out_path = os.path.join(work, "check-gold.csv"), os.path.join(work, "check-out.csv")
    with open(gold_path, "w", encoding="utf-8", newline="") as target:
        writer = csv.writer(target)
        writer.writerow(["doc", "measure", "type", "value", "denominator"])
        for g in gold:
            writer.writerow([doc, g["measure"], g["type"], g["value"], g["denominator"]])
    with open(out_path, "w", encoding="utf-8", newline="") as target:
        writer = csv.writer(target)
        writer.writerow(["doc", "measure", "type", "value", "denominator"])
        for o in out:
            writer.writerow([doc, o.get("measure", ""), o.get("type", ""), o.get("value", ""), o.get("denominator", "")])
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        score.cmd_figures(gold_path, out_path, doc)
    fields = dict(part.split("=") for part in printed.getvalue().split("\n")[0].split())
    return int(fields["matched"]), int(fields["matched_fine"])


class Tally:
    def __init__(self):
        self.gold = self.out = self.matched = self.fine = self.documents = 0
        self.gained = 0  # pairs the maximal matcher finds beyond score.py's greedy one
        self.confidence = []  # (confidence, matched) of every petition row out

    def add(self, score, doc, gold, out, work):
        pairs = match(score, gold, out)
        coarse, fine = len(pairs), len(match(score, gold, out, fine=True))
        # score.py's cmd_figures matches greedily: our greedy matcher must give its counts exactly,
        # and the maximal one can only add pairs to them (never fewer, never more than either side).
        greedy = (len(greedy_match(score, gold, out)), len(greedy_match(score, gold, out, fine=True)))
        if greedy != cross_check(score, doc, gold, out, work):
            sys.exit(f"real.py: {doc}: matching disagrees with score.py")
        if coarse < greedy[0] or fine < greedy[1] or coarse > min(len(gold), len(out)) or fine > coarse:
            sys.exit(f"real.py: {doc}: maximal matching below score.py's greedy one")
        self.gained += coarse - greedy[0]
        self.documents += 1
        self.gold += len(gold)
        self.out += len(out)
        self.matched += coarse
        self.fine += fine
        used = set(pairs.values())
        for i, o in enumerate(out):
            try:
                confidence = float(o.get("confidence") or 0)
            except ValueError:
                confidence = 0.0
            self.confidence.append((confidence, i in used))
        return pairs

    def merge(self, other):
        for name in ("gold", "out", "matched", "fine", "documents", "gained"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.confidence += other.confidence

    def metrics(self):
        high = [m for c, m in self.confidence if c >= 0.9]
        return {
            "documents": self.documents, "gold": self.gold, "out": self.out, "matched": self.matched,
            "FIG_P": self.matched / max(self.out, 1), "FIG_R": self.matched / max(self.gold, 1),
            "FINE_R": self.fine / max(self.gold, 1),
            "P@0.9": sum(high) / max(len(high), 1), "rows@0.9": len(high),
            "gained": self.gained,
        }

    def buckets(self):
        table = []
        for low, high in BUCKETS:
            inside = [(c, m) for c, m in self.confidence if low <= c < high]
            n = len(inside)
            table.append((f"[{low:.1f}, {min(high, 1.0):.1f}{']' if high > 1 else ')'}", n, sum(m for _, m in inside),
                          sum(m for _, m in inside) / max(n, 1), sum(c for c, _ in inside) / max(n, 1)))
        return table


# Measures added to the vocabulary after the gold was annotated: the gold does not hold them (its
# rules: "not in the vocabulary, so not annotated"), so their rows are counted apart, not scored.
UNANNOTATED = {"tiep_cong_dan.buoi"}
unannotated_rows = collections.Counter()


def petition_rows(score, rows):
    kept = []
    for r in rows:
        measure = r.get("measure") or ""
        if measure in UNANNOTATED:
            unannotated_rows[measure] += 1
        elif measure.split(".")[0] in score.DOMAINS:
            kept.append(r)
    return kept


def show_misses(doc, gold, out, pairs, texts):
    used = set(pairs.values())
    if len(pairs) == len(gold) and len(used) == len(out):
        return
    print(f"== {doc}")
    for text in texts:
        print(f"   | {text[:600]}")
    for j, g in enumerate(gold):
        if j not in pairs:
            fraction = f"/{g['denominator']}" if g["denominator"] else ""
            print(f"   MISS  {g['measure']:<36} {g['type']:<19} {g['value']}{fraction}  «{g.get('raw', g.get('context', ''))}»")
    for i, o in enumerate(out):
        if i not in used:
            fraction = f"/{o['denominator']}" if o.get("denominator") else ""
            print(f"   EXTRA {o['measure']:<36} {o.get('type', ''):<19} {o['value']}{fraction}  «{o.get('raw', '')}» "
                  f"conf {o.get('confidence', '')}")


def score_half(score, baocao, half, corpus, keep, misses, rounds=None):
    split = [r for r in read_csv(os.path.join(HERE, "split.tsv"), "\t")
             if r["half"] == half and (not rounds or r["round"] in rounds)]
    gold_rows = collections.defaultdict(list)
    for row in read_csv(os.path.join(HERE, f"{half}.gold.csv")):
        gold_rows[row["article"]].append(row)
    articles = collections.defaultdict(list)
    for row in split:
        articles[row["article"]].append(row)
    texts = corpus_lines(corpus, {(r["file"], int(r["line"])): r["line_sha1"] for r in split})
    work = keep or tempfile.mkdtemp(prefix=f"real-{half}-")
    os.makedirs(work, exist_ok=True)
    paths = []
    for article, rows in sorted(articles.items()):
        path = os.path.join(work, f"{article}.txt")
        with open(path, "w", encoding="utf-8") as target:
            target.write("\n".join(texts[(r["file"], int(r["line"]))] for r in rows) + "\n")
        paths.append(path)
    out = run_figures(baocao, paths, work)
    tally = Tally()
    for article, rows in sorted(articles.items()):
        gold = gold_rows.get(article, [])
        found = petition_rows(score, out.get(article, []))
        pairs = tally.add(score, article, gold, found, work)
        if misses:
            show_misses(article, gold, found, pairs, [texts[(r["file"], int(r["line"]))] for r in rows])
    if not keep:
        for name in os.listdir(work):
            os.remove(os.path.join(work, name))
        os.rmdir(work)
    return tally


def is_table_line(line):
    return line.startswith("|") or line.count("|") >= 2 or line.count("\t") >= 2


def table_lines(lines):
    """Which lines are a table's: pipe or tab rows, and runs of three or more lines that part
    the same number (two or more) of cells with semicolons, as `baocao` reads tables in text."""
    table = [is_table_line(line.strip(" ")) for line in lines]
    start = 0
    while start < len(lines):
        cells = lines[start].count(";")
        end = start + 1
        while end < len(lines) and cells >= 2 and lines[end].count(";") == cells:
            end += 1
        if end - start >= 3:
            table[start:end] = [True] * (end - start)
        start = end
    return table


def flattened(text):
    """The text as a web page's scrape or a corpus article gives it: every run of prose lines
    joined into one line (headings, list items and paragraphs alike), table lines kept apart
    as they are (a tab table's empty first cell too). The news corpus holds its articles so;
    the written sets are laid out in paragraphs."""
    raw = [line.rstrip("\n") for line in text.split("\n")]
    lines, prose = [], []
    for line, in_table in zip(raw, table_lines(raw)):
        if not line.strip():
            continue
        if in_table:
            if prose:
                lines.append(" ".join(prose))
                prose = []
            lines.append(line)
        else:
            prose.append(line.strip())
    if prose:
        lines.append(" ".join(prose))
    return "\n".join(lines) + "\n"


def sentence_lines(text):
    """The text with every sentence on a line of its own, tables kept: how a page whose
    paragraphs hold a sentence or two, or a converter that breaks at every full stop, gives it.
    A sentence ends at ".", ";", "!", "?" or "…" before a space and a capital."""
    lines = []
    raw = text.split("\n")
    for line, in_table in zip(raw, table_lines(raw)):
        if in_table:
            lines.append(line)
            continue
        start = 0
        for match in re.finditer(r"(?<=[.;!?…])\s+", line):
            rest = line[match.end():].lstrip("“\"(")
            if rest[:1].isupper():
                lines.append(line[start:match.start()])
                start = match.end()
        lines.append(line[start:])
    return "\n".join(lines)


def score_written(score, baocao, name, misses, flat=False, sentences=False):
    folder = os.path.join(HERE, name)
    gold = collections.defaultdict(list)
    for row in read_csv(os.path.join(HERE, f"{name}.gold.csv")):
        gold[row["doc"]].append(row)
    paths = sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".txt"))
    work = tempfile.mkdtemp(prefix=f"real-{name}-")
    if flat or sentences:
        os.mkdir(os.path.join(work, "relaid"))
        relaid_paths = []
        for path in paths:
            relaid_path = os.path.join(work, "relaid", os.path.basename(path))
            with open(path, encoding="utf-8") as source, open(relaid_path, "w", encoding="utf-8") as sink:
                sink.write(flattened(source.read()) if flat else sentence_lines(source.read()))
            relaid_paths.append(relaid_path)
        paths = relaid_paths
    out = run_figures(baocao, paths, work)
    tallies = {}
    for path in paths:
        doc = os.path.splitext(os.path.basename(path))[0]
        tally = Tally()
        found = petition_rows(score, out.get(doc, []))
        pairs = tally.add(score, doc, gold.get(doc, []), found, work)
        if misses:
            show_misses(doc, gold.get(doc, []), found, pairs, [])
        tallies[doc] = tally
    shutil.rmtree(work)
    return tallies


def print_table(columns):
    names = list(columns)
    metrics = {name: tally.metrics() for name, tally in columns.items()}
    print("| | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for key in ("documents", "gold", "out", "matched", "FIG_P", "FIG_R", "FINE_R", "P@0.9", "rows@0.9", "gained"):
        cells = [f"{metrics[n][key]:.3f}" if isinstance(metrics[n][key], float) else str(metrics[n][key]) for n in names]
        print(f"| {key} | " + " | ".join(cells) + " |")
    print()
    print("| confidence | " + " | ".join(f"{n}: rows, matched, P, mean conf" for n in names) + " |")
    print("|---|" + "---|" * len(names))
    tables = {n: columns[n].buckets() for n in names}
    for i, (low, high) in enumerate(BUCKETS):
        label = tables[names[0]][i][0]
        cells = []
        for n in names:
            _, rows, matched, precision, mean = tables[n][i]
            cells.append(f"{rows}, {matched}, {precision:.2f}, {mean:.2f}" if rows else "0")
        print(f"| {label} | " + " | ".join(cells) + " |")
    if unannotated_rows:
        print("\nrows of measures the gold does not annotate (not scored): "
              + ", ".join(f"{measure} {count}" for measure, count in sorted(unannotated_rows.items())))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("baocao")
    parser.add_argument("--half", choices=("dev", "test", "both"), default="dev")
    parser.add_argument("--reports", action="store_true", help="the same as --written reports")
    # Every folder beside its NAME.gold.csv is a written set: a new set needs no edit here.
    written_sets = sorted(name[:-len(".gold.csv")] for name in os.listdir(HERE)
                          if name.endswith(".gold.csv") and os.path.isdir(os.path.join(HERE, name[:-len(".gold.csv")])))
    parser.add_argument("--written", choices=written_sets,
                        help="a set of texts written for this benchmark, one document each")
    parser.add_argument("--misses", action="store_true")
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument("--flat", action="store_true",
                        help="with --written: each text's prose lines joined into one line, as the news corpus holds articles")
    layout.add_argument("--sentence-lines", action="store_true",
                        help="with --written: every sentence on a line of its own")
    parser.add_argument("--matcher", choices=MATCHERS, default="maximal",
                        help="maximal (default): the most pairs score.py's rule allows; greedy: score.py's own first-come order")
    parser.add_argument("--keep", help="keep the article files and the CSV in this folder")
    parser.add_argument("--rounds", help="only the articles of these selection rounds (e.g. 4,5: the slice chosen last)")
    parser.add_argument("--corpus", default=os.path.join(SHARED, "corpus"))
    args = parser.parse_args()
    score = load_score()
    global matcher
    matcher = args.matcher
    baocao = os.path.abspath(args.baocao)
    written = "reports" if args.reports else args.written
    if written:
        tallies = score_written(score, baocao, written, args.misses, args.flat, args.sentence_lines)
        total = Tally()
        for tally in tallies.values():
            total.merge(tally)
        print_table({**tallies, "all": total})
        return
    halves = ("dev", "test") if args.half == "both" else (args.half,)
    columns = {}
    for half in halves:
        keep = os.path.join(args.keep, half) if args.keep else None
        rounds = set(args.rounds.split(",")) if args.rounds else None
        columns[half] = score_half(score, baocao, half, args.corpus, keep, args.misses, rounds)
    print_table(columns)


if __name__ == "__main__":
    main()
