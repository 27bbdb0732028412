#!/usr/bin/env python3
"""Estimate an OCR channel model from aligned pairs (align_pairs.py output).

    estimate_channel.py LANG < pairs.tsv > Dictionaries/ocr-channel-LANG.tsv

Writes counts only (no text): `C ref-char ocr-string count` (what one source character
became: a character, nothing, or two or three characters as in ủ→"ii", ớ→"é&"),
`T ocr-token source-syllable count` for whole tokens seen at least twice, and
`S source-syllable count` (how often each syllable was seen, the denominator of T);
T and S are case-folded and leave out all-capital tokens.
Character alignments are re-estimated twice (hard EM): the first pass costs edits by
accent-folded equality, later passes by the previous pass's -log probabilities.
Syllables on both sides are brought to the old tone placement ("hòa", "thủy") first: the
decoder reads a token with its mark placed that way, so a "uỷ" printed for a "uỷ" is no
confusion (it was counted as ủ→u and y→ỷ when only the source side was moved).
"""
import collections
import math
import sys
import unicodedata

LANG = sys.argv[1] if len(sys.argv) > 1 else "eng"
MAXLEN = 3
NEW_TO_OLD = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
              "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
              "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}


def old_style(s):
    low = s.lower()
    for new, old in NEW_TO_OLD.items():
        if low.endswith(new) and not low.startswith("qu") and not (len(low) > len(new) and low[-len(new) - 1] in "aeiouy"):
            cut = len(s) - len(new)
            repl = old if s[cut:].islower() else old.upper()
            return s[:cut] + repl
    return s


def base(c):
    c = c.lower().replace("đ", "d")
    return "".join(x for x in unicodedata.normalize("NFD", c) if unicodedata.category(x) != "Mn")


def align(ref, ocr, logp):
    """Best segmentation of ocr into len(ref) pieces of 0..MAXLEN chars plus free leading junk."""
    n, m = len(ref), len(ocr)
    INF = float("inf")
    best = [[INF] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    for j in range(m + 1):
        best[0][j] = 3.0 * j  # leading junk characters
    for i in range(1, n + 1):
        for j in range(m + 1):
            for k in range(0, min(MAXLEN, j) + 1):
                prev = best[i - 1][j - k]
                if prev == INF:
                    continue
                c = prev + logp(ref[i - 1], ocr[j - k:j])
                if c < best[i][j]:
                    best[i][j], back[i][j] = c, k
    if best[n][m] == INF:
        return None
    pieces, j = [], m
    for i in range(n, 0, -1):
        k = back[i][j]
        pieces.append((ref[i - 1], ocr[j - k:j]))
        j -= k
    return pieces[::-1]


def first_cost(r, o):
    if o == r:
        return 0.0
    if o == "":
        return 2.5
    if len(o) == 1 and base(o) == base(r):
        return 0.7
    return 1.5 + 0.8 * (len(o) - 1)


def main():
    units = []
    for line in sys.stdin:
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 2:
            continue
        ref, ocr = parts
        ref = " ".join(old_style(w) for w in unicodedata.normalize("NFC", ref).split())
        units.append((ref, " ".join(old_style(w) for w in unicodedata.normalize("NFC", ocr).split())))
    singles = [(r, o) for r, o in units if " " not in r and " " not in o]
    cost = first_cost
    for _ in range(3):
        counts = collections.Counter()
        totals = collections.Counter()
        for r, o in singles:
            pieces = align(r, o, cost)
            if pieces is None:
                continue
            for rc, oc in pieces:
                counts[(rc, oc)] += 1
                totals[rc] += 1
        table = {k: -math.log((v + 0.1) / (totals[k[0]] + 1.0)) for k, v in counts.items()}

        def cost(r, o, table=table, totals=totals):
            v = table.get((r, o))
            if v is not None:
                return v
            return first_cost(r, o) * 3 + 4.0
    out = sys.stdout
    out.write(f"# baocao OCR channel, tesseract -l {LANG} on rendered corpus pages; "
              "see scripts/ocr-pairs/README.md\n")
    for (rc, oc), v in sorted(counts.items()):
        if v >= 2 or rc == oc:
            out.write(f"C\t{rc}\t{oc}\t{v}\n")
    # Whole tokens are counted case-folded; all-capital tokens are left to the letter table,
    # whose upper-case rows they feed, because capitals are misread differently.
    folded = [(r.lower(), o.lower()) for r, o in units if not (len(o) > 1 and o.isupper())]
    syl = collections.Counter(r for r, o in folded if " " not in r and " " not in o)
    tok = collections.Counter(folded)
    for (r, o), v in sorted(tok.items()):
        if v >= 2:
            out.write(f"T\t{o}\t{r}\t{v}\n")
    for r, v in sorted(syl.items()):
        if v >= 2:
            out.write(f"S\t{r}\t{v}\n")


if __name__ == "__main__":
    main()
