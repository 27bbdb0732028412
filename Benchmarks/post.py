#!/usr/bin/env python3
"""`restore --mode post` on Vietnamese-model OCR (issue 18): per case, syllable errors of the raw
OCR and of post against the reference pages, scored as `../shared/bench/score.py text` scores
them (word tokens, case-insensitive, page by page), and a listing of the errors post leaves.

    python3 Benchmarks/post.py [BAOCAO ...] [--cases DIR ...] [--only NAME ...] [--list N]
                               [--mode post|auto] [--classify] [--classify-raw]

BAOCAO: one or more binaries (default .build/release/baocao); with several (say the anchor's
and yours) each case runs through them alternately and the table has one post column per
binary. --cases: folders of more cases, each NAME.ocr-vie.txt beside NAME.pages.txt (pages end
with a form feed); the bench cases are read from ../shared/bench/cases unless --cases is given
with --no-bench. --list N prints, for the last binary, up to N of the remaining errors per
case aligned gold / raw / post, each with its class (see `error_class`); --classify counts
the classes per case. --classify-raw counts the raw OCR's errors (raw against gold) in the same
classes and says how many of them no text-only mending can fix (`LAYOUT_CLASSES`: missing and
extra tokens, numbers), so the best post could do on a case is the rest.
Nothing is written into the repository.
"""
import argparse
import os
import re
import subprocess
import sys
import time
import unicodedata
from collections import Counter

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(os.path.dirname(REPO), "shared", "bench")
sys.path.insert(0, BENCH)
import score  # noqa: E402  ../shared/bench/score.py: its tokenizer and edit distance

BENCH_CASES = ["s000", "s002", "s003", "s004", "t001", "t002"]


def pages(text):
    return text.split("\f")


def words(page):
    return score.words(page)


def page_errors(ref_pages, hyp_pages):
    """Token edit distance of each page, and the number of reference tokens."""
    n = max(len(ref_pages), len(hyp_pages))
    ref_pages = ref_pages + [""] * (n - len(ref_pages))
    hyp_pages = hyp_pages + [""] * (n - len(hyp_pages))
    per_page, count = [], 0
    for r, h in zip(ref_pages, hyp_pages):
        rw = words(r)
        per_page.append(score.distance(rw, words(h)))
        count += len(rw)
    return per_page, count


def errors(ref_pages, hyp_pages):
    """Token edit distance summed over pages, and the number of reference tokens."""
    per_page, count = page_errors(ref_pages, hyp_pages)
    return sum(per_page), count


def align(a, b):
    """Levenshtein alignment of two token lists: (a_token or None, b_token or None) pairs."""
    try:
        from rapidfuzz.distance import Levenshtein
        ops = Levenshtein.opcodes(a, b)
        pairs = []
        for tag, i1, i2, j1, j2 in ops:
            if tag == "equal" or tag == "replace" and i2 - i1 == j2 - j1:
                pairs += list(zip(a[i1:i2], b[j1:j2]))
            else:
                pairs += [(x, None) for x in a[i1:i2]] + [(None, y) for y in b[j1:j2]]
        return pairs
    except ImportError:
        import difflib
        pairs = []
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if tag == "equal" or tag == "replace" and i2 - i1 == j2 - j1:
                pairs += list(zip(a[i1:i2], b[j1:j2]))
            else:
                pairs += [(x, None) for x in a[i1:i2]] + [(None, y) for y in b[j1:j2]]
        return pairs


def by_gold(gold, hyp):
    """Per gold token the hypothesis token aligned to it (None: deleted), and the extra
    hypothesis tokens by the gold position they come before."""
    at, extra = [None] * len(gold), {}
    position = 0
    for g, h in align(gold, hyp):
        if g is None:
            extra.setdefault(position, []).append(h)
        else:
            at[position] = h
            position += 1
    return at, extra


def bare(word):
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def error_class(gold, post):
    """A coarse class of one remaining error (gold token, post token; None for a gap)."""
    if gold is None:
        if post is not None and post.isdigit():
            return "extra number"
        return "extra token"
    if post is None:
        return "missing token"
    if gold.isdigit() or post.isdigit():
        return "number"
    if re.search(r"\d", post) and re.sub(r"\d+$", "", post) == gold:
        return "footnote digit glued"
    if re.search(r"\d", post):
        return "digit in word"
    if post.startswith(gold) or gold.startswith(post) or post.endswith(gold) or gold.endswith(post):
        return "split/glued"
    if bare(gold) == bare(post):
        return "marks"
    return "letters"


# Classes of error that mending the words of a text cannot undo: tokens the OCR lost or added
# (layout: reading order, table cells, running heads), and numbers, which carry no syllable.
LAYOUT_CLASSES = ("missing token", "extra token", "extra number", "number")


def classify_tokens(gold_words, hyp_words):
    """Counter of the classes of every token of `hyp_words` that differs from `gold_words`."""
    counter = Counter()
    at, extra = by_gold(gold_words, hyp_words)
    for position, gold in enumerate(gold_words):
        if at[position] != gold:
            counter[error_class(gold, at[position])] += 1
    for tokens in extra.values():
        for token in tokens:
            counter[error_class(None, token)] += 1
    return counter


def run(binary, path, mode):
    start = time.perf_counter()
    done = subprocess.run(["nice", binary, "restore", "--mode", mode, path], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{binary} failed on {path}: {done.stderr[:500]}")
    return done.stdout, time.perf_counter() - start


def case_paths(args):
    found = []
    if not args.no_bench:
        found += [(name, os.path.join(BENCH, "cases")) for name in BENCH_CASES]
    for folder in args.cases:
        for file in sorted(os.listdir(folder)):
            if file.endswith(".ocr-vie.txt"):
                name = file[: -len(".ocr-vie.txt")]
                if os.path.exists(os.path.join(folder, name + ".pages.txt")):
                    found.append((name, folder))
    if args.only:
        found = [(n, f) for n, f in found if n in args.only]
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binaries", nargs="*", default=[os.path.join(REPO, ".build/release/baocao")])
    parser.add_argument("--cases", action="append", default=[])
    parser.add_argument("--no-bench", action="store_true")
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--list", type=int, default=0)
    parser.add_argument("--classify", action="store_true")
    parser.add_argument("--classify-raw", action="store_true")
    parser.add_argument("--mode", default="post")
    args = parser.parse_args()

    names = [os.path.basename(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(b))))) or b for b in args.binaries]
    header = "| case | syllables | raw errors | raw SER | " + " | ".join(
        f"{args.mode} {n} errors | SER | fewer" for n in names) + " |"
    rows, listings, classes, raw_classes = [], [], {}, {}
    totals = [0, 0] + [0] * len(args.binaries)
    worse_pages = [0] * len(args.binaries)
    for name, folder in case_paths(args):
        raw_path = os.path.join(folder, name + ".ocr-vie.txt")
        ref = pages(open(os.path.join(folder, name + ".pages.txt"), encoding="utf-8").read())
        raw = pages(open(raw_path, encoding="utf-8").read())
        raw_pages, count = page_errors(ref, raw)
        raw_errors = sum(raw_pages)
        cells = [name, str(count), str(raw_errors), f"{raw_errors / max(count, 1):.4f}"]
        totals[0] += count
        totals[1] += raw_errors
        if args.classify_raw:
            raw_classes[name] = sum((classify_tokens(words(r), words(h)) for r, h in zip(ref, raw)), Counter())
        last = None
        for index, binary in enumerate(args.binaries):
            out, _ = run(binary, raw_path, args.mode)
            post = pages(out)
            post_pages, _ = page_errors(ref, post)
            post_errors = sum(post_pages)
            totals[2 + index] += post_errors
            fewer = 1 - post_errors / max(raw_errors, 1)
            worse = sum(p > r for p, r in zip(post_pages, raw_pages))
            worse_pages[index] += worse
            cells += [str(post_errors) + (f" ({worse} pages worse)" if worse else ""),
                      f"{post_errors / max(count, 1):.4f}", f"{fewer:.0%}"]
            last = post
        rows.append("| " + " | ".join(cells) + " |")
        if (args.list or args.classify) and last is not None:
            counter = Counter()
            shown = []
            for page_number, (r, h, p) in enumerate(zip(ref, raw, last), 1):
                rw = words(r)
                raw_at, raw_extra = by_gold(rw, words(h))
                post_at, post_extra = by_gold(rw, words(p))
                for position, gold in enumerate(rw):
                    post_token, raw_token = post_at[position], raw_at[position]
                    if post_token == gold:
                        continue
                    kind = error_class(gold, post_token)
                    if raw_token == gold:
                        kind += " (post made it)"
                    counter[kind] += 1
                    context = " ".join(rw[max(0, position - 3): position + 4])
                    shown.append(f"  p{page_number} {kind}: gold {gold!r} raw {raw_token!r} post {post_token!r}  …{context}…")
                for position in sorted(post_extra):
                    for token in post_extra[position]:
                        kind = error_class(None, token)
                        if token in raw_extra.get(position, []):
                            pass
                        else:
                            kind += " (post made it)"
                        counter[kind] += 1
                        context = " ".join(rw[max(0, position - 3): position + 3])
                        shown.append(f"  p{page_number} {kind}: extra {token!r} before gold #{position}  …{context}…")
            classes[name] = counter
            if args.list:
                listings.append(f"### {name}: {len(shown)} tokens differ after {args.mode}")
                listings += shown[: args.list]
    print(header)
    print("|" + "---|" * (4 + 3 * len(args.binaries)))
    for row in rows:
        print(row)
    all_cells = ["all", str(totals[0]), str(totals[1]), f"{totals[1] / max(totals[0], 1):.4f}"]
    for index in range(len(args.binaries)):
        e = totals[2 + index]
        all_cells += [str(e) + (f" ({worse_pages[index]} pages worse)" if worse_pages[index] else ""), f"{e / max(totals[0], 1):.4f}", f"{1 - e / max(totals[1], 1):.0%}"]
    print("| " + " | ".join(all_cells) + " |")
    if args.classify:
        print()
        for name, counter in classes.items():
            print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    if args.classify_raw:
        print()
        for name, counter in raw_classes.items():
            total = sum(counter.values())
            layout = sum(counter[k] for k in LAYOUT_CLASSES)
            print(f"{name} raw: {total} tokens differ, {layout} missing/extra/number "
                  f"({layout / max(total, 1):.0%}): post could remove at most {1 - layout / max(total, 1):.0%}; "
                  + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    for line in listings:
        print(line)


if __name__ == "__main__":
    main()
