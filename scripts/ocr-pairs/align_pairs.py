#!/usr/bin/env python3
"""Align OCR tokens with the source syllables they came from.

    align_pairs.py PAGEDIR LANG > pairs.tsv

Reads PAGEDIR/*.ref.txt and the matching *.ocr-LANG.txt written by render_pages.py and
prints one aligned unit per line: `REF<TAB>OCR`, where REF is one or two source syllables
and OCR one or two OCR tokens (1:1, a syllable split in two tokens, or two syllables glued
into one token). Alignment is a banded edit distance over tokens whose substitution cost
is the edit distance of accent-folded forms, so "nim" aligns with "năm", "d6i" with "đổi".
"""
import glob
import os
import re
import sys
import unicodedata

from rapidfuzz.distance import Levenshtein

EDGE = "\"'“”‘’()[]{}.,;:!…«»*-–—"
LOOKALIKE = str.maketrans({"6": "o", "0": "o", "1": "l", "4": "a", "&": "a", "@": "a", "w": "u",
                           "y": "u", "é": "e", "¢": "c", "$": "s", "|": "l", "!": "i"})


def fold(s):
    s = s.lower().replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return s.translate(LOOKALIKE)


def tokens(text):
    out = []
    for raw in text.split():
        t = raw.strip(EDGE)
        if t:
            out.append(unicodedata.normalize("NFC", t))
    return out


def cost(r, o):
    a, b = fold(r), fold(o)
    return Levenshtein.distance(a, b) / max(len(a), len(b), 1)


def align(ref, ocr, band=40):
    n, m = len(ref), len(ocr)
    INF = float("inf")
    best = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        centre = i * m // max(n, 1)
        for j in range(max(0, centre - band), min(m, centre + band) + 1):
            if (i, j) == (0, 0):
                continue
            cands = []
            def add(pi, pj, c, kind):
                prev = best.get((pi, pj))
                if prev is not None:
                    cands.append((prev[0] + c, (pi, pj, kind)))
            if i and j:
                add(i - 1, j - 1, cost(ref[i - 1], ocr[j - 1]), "11")
            if i and j > 1:
                add(i - 1, j - 2, cost(ref[i - 1], ocr[j - 2] + ocr[j - 1]) + 0.35, "12")
            if i > 1 and j:
                add(i - 2, j - 1, cost(ref[i - 2] + ref[i - 1], ocr[j - 1]) + 0.35, "21")
            if i:
                add(i - 1, j, 0.9, "10")
            if j:
                add(i, j - 1, 0.9, "01")
            if cands:
                best[(i, j)] = min(cands, key=lambda x: x[0])
    if (n, m) not in best:
        return []
    units, cur = [], (n, m)
    while cur != (0, 0):
        _, back = best[cur]
        pi, pj, kind = back
        units.append((ref[pi:cur[0]], ocr[pj:cur[1]], kind))
        cur = (pi, pj)
    return units[::-1]


def main():
    pagedir, lang = sys.argv[1], sys.argv[2]
    for refp in sorted(glob.glob(os.path.join(pagedir, "*.ref.txt"))):
        ocrp = refp.replace(".ref.txt", f".ocr-{lang}.txt")
        if not os.path.exists(ocrp):
            continue
        ref = tokens(open(refp, encoding="utf-8").read())
        ocr = tokens(open(ocrp, encoding="utf-8").read())
        for r, o, kind in align(ref, ocr):
            if kind in ("10", "01"):
                continue
            # A unit whose folded forms are far apart is a misalignment, not a confusion.
            if cost(" ".join(r), " ".join(o)) > 0.75:
                continue
            print(" ".join(r) + "\t" + " ".join(o))


if __name__ == "__main__":
    main()
