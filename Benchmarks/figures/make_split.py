#!/usr/bin/env python3
"""Choose the real-sentence figures corpus from ../shared/corpus and split it into dev and test.

Written and run BEFORE any annotation: `split.tsv` fixes which corpus lines are read and which
half each one belongs to. It holds references only (file, line number, sha1 of the line), never
corpus text.

  make_split.py [--corpus ../shared/corpus] [--out Benchmarks/figures/split.tsv]

Rules (all deterministic; the seed is the issue number):
- A candidate line names a petition word and has a numeral followed by a counting word.
- news-civic (the closest in domain): every candidate up to 1 500 characters; longer lines (a
  whole article) when they hold at least two petition counts ("3.547 đơn", "12 cuộc") and are
  at most 8 000 characters, or at least four and at most 16 000.
- news-baomoi: lines naming complaints/denunciations/citizen reception/voters with at least
  three petition counts, at most 8 000 characters; 16 drawn at random.
- news-vietnews (one sentence a line): lines naming complaints with a petition count; 30 drawn.
- gazette (legal text, where numbers near petition words are nearly never petition figures):
  8 documents drawn among those with candidate lines; the article is the document's candidate lines.
- An article is a news line, or a gazette document (opened by its `### path` line).
- Articles that repeat one story (the same line, or two shared counts, or one shared count of
  three or more digits) form one group, so a republished story cannot sit in both halves.
- Groups are shuffled with random.Random(14) and dealt alternately to dev and test.

Round 2 (column `round`), chosen after round 1 had been annotated and held only 151 petition
figures, most of its lines being noise: every news line (at most 16 000 characters) about
complaints or inspections with at least one petition count of a precise form ("12 đơn",
"3.278 lượt công dân", "14 cuộc tiếp xúc", "5 vụ việc"), not already in round 1. A round-2 line
repeating a round-1 story joins that story's half; the new groups are shuffled with
random.Random(15) and dealt alternately. Round-1 rows are unchanged.

Round 3, chosen after round 2 had been annotated (314 figures in all): the news lines of at most
1 500 characters with a precise petition count but no complaint word, mostly noise ("840 nghìn
lượt người xem", "3 đơn kháng cáo"); new groups dealt with random.Random(16).

Round 4 (`--round4`, issue #14 round two; appends to an existing split.tsv, earlier rows
untouched): the remaining news lines of at most 3 000 characters that name complaints,
reception, voters, dialogue or inspections and hold ANY count (a numeral before any counting
word, "người", "hộ", "lần", "việc", "ý kiến" included: lines whose right answer may be an
empty-measure row or no row at all). Drawn with random.Random(17): every news-civic line, 70
news-baomoi and 70 news-vietnews lines; and 4 more gazette documents. A new article repeating an
earlier story joins that story's half; any other goes to the half named by the parity of the
first byte of sha1(article id) — fixed before any of it is read.

Round 5 (`--round5`, chosen after round 4 had been read and found to hold three figures in 209
articles): the long news-civic lines (3 000 to 16 000 characters) not chosen before that name
complaints, reception or voters and hold at least two counts of round 4's wide form; dealt the
same way as round 4.

Round 6 (`--round6`, issue #14 round four; chosen after rounds 1–5 had been annotated and the
grammar tuned on them): every news line of at most 16 000 characters not chosen before that names
complaints, reception, voters, dialogue or inspections and holds at least one count of round 1's
counting form ("12 cuộc", "5 vụ", "300 lượt", "4 đoàn", "7 trường hợp": the forms rounds 2–3's
precise pattern left out) — all of them in news-civic, news-baomoi and news-vietnews (round 4
drew only 70 of each of the last two) — and 4 more gazette documents (random.Random(19)). Dealt
as rounds 4–5: a story already placed keeps its half, any other goes by the parity of the first
byte of sha1(article id). Committed before any of it was read.

Round 7 (`--round7`, chosen after round 6 had been annotated and found to hold 12 figures): the
news lines over 16 000 characters, which no round took, that name complaints, reception,
voters, dialogue or inspections and hold a count of round 4's wide form; dealt as round 6, no
gazette documents.
"""
import argparse
import gzip
import hashlib
import os
import random
import re
import sys

SEED = 14
PETITION = re.compile(r"đơn(?! vị| giá| hàng| đặt)|khiếu nại|tố cáo|tiếp công dân|tiếp dân|lượt|vụ việc|kiến nghị|đối thoại|cử tri|"
                      r"phản ánh|kntc|khiếu kiện", re.I)
COMPLAINT = re.compile(r"khiếu nại|tố cáo|tiếp công dân|tiếp dân|đơn thư|kntc|cử tri|đối thoại|khiếu kiện", re.I)
NUMERAL = r"(?<![\w.,/])\d+(?:[.,]\d+)*"
# "đơn vị", "đơn giá" are units and prices, not petitions.
COUNT_WORDS = r"(?:đơn(?! vị| giá| hàng| đặt)|lượt|vụ việc|vụ|cuộc|buổi|hội nghị|ý kiến|kiến nghị|đoàn|trường hợp|thư|hồ sơ|phiên|cử tri)"
ANY_WORDS = r"(?:" + COUNT_WORDS[3:-1] + r"|người|hộ|lần|công dân)"
COUNT = re.compile(NUMERAL + r" " + COUNT_WORDS + r"(?!\w)", re.I)
ANY_COUNT = re.compile(NUMERAL + r" " + ANY_WORDS + r"(?!\w)", re.I)


def lines(path):
    """(number, raw bytes without the newline) of a gzip file, numbered from 1."""
    with gzip.open(path, "rb") as source:
        for number, raw in enumerate(source, 1):
            yield number, raw.rstrip(b"\n")


def text(raw):
    return raw.decode("utf-8", errors="replace")


def sha1(raw):
    return hashlib.sha1(raw).hexdigest()


def counts(line):
    return [" ".join(m.lower().split()) for m in COUNT.findall(line)]


def news_civic(path):
    for number, raw in lines(path):
        line = text(raw)
        if not PETITION.search(line) or not ANY_COUNT.search(line):
            continue
        strong = len(counts(line))
        size = len(line)
        if size <= 1500 or (size <= 8000 and strong >= 2) or (size <= 16000 and strong >= 4):
            yield number, raw


def news_complaints(path, min_counts, max_chars):
    for number, raw in lines(path):
        line = text(raw)
        if len(line) <= max_chars and COMPLAINT.search(line) and len(counts(line)) >= min_counts:
            yield number, raw


PRECISE = re.compile(NUMERAL + r"(?: nghìn| ngàn)? (?:đơn(?! vị| giá| hàng| đặt)|thư khiếu|lượt công dân|lượt người|"
                     r"lượt tiếp|lượt cử tri|lượt(?= với)|vụ việc|vụ khiếu|cuộc tiếp xúc|cuộc đối thoại|buổi tiếp xúc|"
                     r"buổi đối thoại|hội nghị tiếp xúc|hội nghị đối thoại|cuộc thanh tra|ý kiến, kiến nghị|ý kiến|"
                     r"kiến nghị|đoàn đông người|trường hợp khiếu)", re.I)
PRECISE_TOPIC = re.compile(COMPLAINT.pattern + r"|thanh tra", re.I)


def precise_counts(path):
    """Round 2: news lines about complaints with at least one petition count of a precise form."""
    for number, raw in lines(path):
        line = text(raw)
        if len(line) <= 16000 and PRECISE_TOPIC.search(line) and PRECISE.search(line):
            yield number, raw


def precise_counts_off_topic(path):
    """Round 3: short news lines with such a count but no complaint word."""
    for number, raw in lines(path):
        line = text(raw)
        if len(line) <= 1500 and PRECISE.search(line) and not PRECISE_TOPIC.search(line):
            yield number, raw


def gazette_documents(path):
    """{header line number: [(number, raw)]} of documents with candidate lines."""
    documents, header = {}, 0
    for number, raw in lines(path):
        if raw.startswith(b"### "):
            header = number
            continue
        line = text(raw)
        if PETITION.search(line) and ANY_COUNT.search(line):
            documents.setdefault(header, []).append((number, raw))
    return documents


def group(articles):
    """Union of articles repeating one story: {article id: group id}."""
    parent = {a: a for a in articles}

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_key = {}
    for article, rows in articles.items():
        joined = "\n".join(text(raw) for _, raw in rows)
        found = set(counts(joined))
        keys = {("line", sha1(raw)) for _, raw in rows}
        keys |= {("count", c) for c in found if len(re.sub(r"\D", "", c.split()[0])) >= 3}
        keys |= {("pair", a, b) for a in found for b in found if a < b}
        for key in keys:
            by_key.setdefault(key, []).append(article)
    for members in by_key.values():
        for other in members[1:]:
            union(members[0], other)
    return {a: find(a) for a in articles}


TOPIC4 = re.compile(COMPLAINT.pattern + r"|thanh tra|tiếp xúc|kiến nghị", re.I)
WIDE = re.compile(NUMERAL + r"(?: nghìn| ngàn)? (?:" + ANY_WORDS[3:-1] + r"|việc|ý kiến)(?!\w)", re.I)


def long_civic(line):
    """Round 5's rule for a news-civic line not chosen before."""
    return 3000 < len(line) <= 16000 and COMPLAINT.search(line) and len(WIDE.findall(line)) >= 2


def round6_line(line):
    """Round 6's rule for a news line not chosen before."""
    return len(line) <= 16000 and TOPIC4.search(line) and counts(line)


def round7_line(line):
    """Round 7's rule for a news line not chosen before."""
    return len(line) > 16000 and TOPIC4.search(line) and WIDE.search(line)


def round4(corpus, out, round_=4):
    """Appends round 4 (or 5, or 6) to `out` (see the docstring)."""
    with open(out, encoding="utf-8") as source:
        earlier = [line.rstrip("\n").split("\t") for line in source][1:]
    taken = {(row[3], int(row[4])) for row in earlier}
    placed = {row[0]: (row[1], row[2]) for row in earlier}
    by_file = {}
    for row in earlier:
        by_file.setdefault(row[3], {}).setdefault(int(row[4]), []).append(row[0])
    rng = random.Random(SEED + 3 if round_ != 6 else SEED + 5)
    known, fresh = {}, {}
    sources = (("news-civic.txt.gz", "civic", None), ("news-baomoi.txt.gz", "baomoi", 70),
               ("news-vietnews.txt.gz", "vietnews", 70))
    for name, short, quota in sources[:1] if round_ == 5 else sources:
        pool = []
        for number, raw in lines(corpus(name)):
            if number in by_file.get(name, {}):
                for article in by_file[name][number]:
                    known.setdefault(article, []).append((number, raw))
                continue
            line = text(raw)
            if round_ == 7:
                wanted = round7_line(line)
            elif round_ == 6:
                wanted = round6_line(line)
            elif round_ == 5:
                wanted = long_civic(line)
            else:
                wanted = len(line) <= 3000 and TOPIC4.search(line) and WIDE.search(line)
            if wanted:
                pool.append((number, raw))
        chosen = pool if quota is None or round_ >= 6 else sorted(rng.sample(pool, min(quota, len(pool))))
        for number, raw in chosen:
            fresh[f"{short}-{number:07d}"] = (name, [(number, raw)])
    if round_ in (4, 6):
        documents = gazette_documents(corpus("gazette.txt.gz"))
        old = {int(a.split("-")[1]) for a in placed if a.startswith("gazette-")}
        unused = sorted(h for h in documents if h not in old)
        for header in sorted(rng.sample(unused, min(4, len(unused)))):
            fresh[f"gazette-{header:07d}"] = ("gazette.txt.gz", documents[header][:8])
    together = group({**known, **{a: rows for a, (_, rows) in fresh.items()}})
    story_half = {}
    for article in known:
        story_half.setdefault(together[article], (placed[article][0], placed[article][1]))
    with open(out, "a", encoding="utf-8") as target:
        for article in sorted(fresh):
            name, rows = fresh[article]
            story = together[article]
            if story in story_half:
                group_id, side = story_half[story]
            else:
                group_id, side = story, ("dev", "test")[hashlib.sha1(article.encode()).digest()[0] % 2]
                story_half[story] = (group_id, side)
            for number, raw in rows:
                target.write(f"{article}\t{group_id}\t{side}\t{name}\t{number}\t{sha1(raw)}\t{len(text(raw))}\t{round_}\n")
    print(f"round {round_}: {len(fresh)} articles", file=sys.stderr)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=os.path.join(here, "..", "..", "..", "shared", "corpus"))
    parser.add_argument("--out", default=os.path.join(here, "split.tsv"))
    parser.add_argument("--round4", action="store_true", help="append round 4 to an existing split")
    parser.add_argument("--round5", action="store_true", help="append round 5 to an existing split")
    parser.add_argument("--round6", action="store_true", help="append round 6 to an existing split")
    parser.add_argument("--round7", action="store_true", help="append round 7 to an existing split")
    args = parser.parse_args()
    rng = random.Random(SEED)
    corpus = lambda name: os.path.join(args.corpus, name)
    if args.round4 or args.round5 or args.round6 or args.round7:
        round4(corpus, args.out, 7 if args.round7 else 6 if args.round6 else 5 if args.round5 else 4)
        return

    articles = {}
    for number, raw in news_civic(corpus("news-civic.txt.gz")):
        articles[f"civic-{number:07d}"] = ("news-civic.txt.gz", [(number, raw)])
    baomoi = list(news_complaints(corpus("news-baomoi.txt.gz"), 3, 8000))
    for number, raw in sorted(rng.sample(baomoi, min(16, len(baomoi)))):
        articles[f"baomoi-{number:07d}"] = ("news-baomoi.txt.gz", [(number, raw)])
    vietnews = list(news_complaints(corpus("news-vietnews.txt.gz"), 1, 1500))
    for number, raw in sorted(rng.sample(vietnews, min(30, len(vietnews)))):
        articles[f"vietnews-{number:07d}"] = ("news-vietnews.txt.gz", [(number, raw)])
    documents = gazette_documents(corpus("gazette.txt.gz"))
    for header in sorted(rng.sample(sorted(documents), min(8, len(documents)))):
        articles[f"gazette-{header:07d}"] = ("gazette.txt.gz", documents[header][:8])

    groups = group({a: rows for a, (_, rows) in articles.items()})
    names = sorted(set(groups.values()))
    rng.shuffle(names)
    half = {g: ("dev", "test")[i % 2] for i, g in enumerate(names)}
    placed = {a: (groups[a], half[groups[a]], 1) for a in articles}

    # Round 2, added after round 1 was annotated and found to hold 151 figures: every other news
    # line about complaints with a petition count of an unambiguous form. Round 3, added after
    # round 2 was annotated: the short news lines with such a count and no complaint word (mostly
    # noise: "840 nghìn lượt người xem"). Earlier rounds keep their halves.
    everything = dict(articles)
    for round_, select in ((2, precise_counts), (3, precise_counts_off_topic)):
        added = {}
        for name, short in (("news-civic.txt.gz", "civic"), ("news-baomoi.txt.gz", "baomoi"),
                            ("news-vietnews.txt.gz", "vietnews")):
            for number, raw in select(corpus(name)):
                article = f"{short}-{number:07d}"
                if article not in everything:
                    added[article] = (name, [(number, raw)])
        everything.update(added)
        together = group({a: rows for a, (_, rows) in everything.items()})
        members = {}
        for article in sorted(everything):
            members.setdefault(together[article], []).append(article)
        fresh = []
        for story, names_in in sorted(members.items()):
            earlier = [a for a in names_in if a in placed]
            for article in names_in:
                if article in added:
                    if earlier:
                        placed[article] = (placed[earlier[0]][0], placed[earlier[0]][1], round_)
                    elif story not in fresh:
                        fresh.append(story)
        round_rng = random.Random(SEED + round_ - 1)
        round_rng.shuffle(fresh)
        fresh_half = {g: ("dev", "test")[i % 2] for i, g in enumerate(fresh)}
        for article in added:
            if article not in placed:
                story = together[article]
                placed[article] = (story, fresh_half[story], round_)

    with open(args.out, "w", encoding="utf-8") as out:
        out.write("article\tgroup\thalf\tfile\tline\tline_sha1\tchars\tround\n")
        for article in sorted(placed):
            name, rows = everything[article]
            story, side, round_ = placed[article]
            for number, raw in rows:
                out.write(f"{article}\t{story}\t{side}\t{name}\t{number}\t{sha1(raw)}\t{len(text(raw))}\t{round_}\n")
    per = {}
    for story, side, round_ in placed.values():
        per[(round_, side)] = per.get((round_, side), 0) + 1
    print(f"articles per (round, half): {sorted(per.items())}", file=sys.stderr)


if __name__ == "__main__":
    main()
