#!/usr/bin/env python3
"""Add up OCR channel models (estimate_channel.py output) made from different page sets.

    merge_channels.py A.tsv B.tsv ... > Dictionaries/ocr-channel-LANG.tsv

Counts of the same line (`C` source piece, `T` token source, `S` syllable) are summed, so a
model learned on new pages (other fonts, resolutions, degradations) widens the shipped one
instead of replacing the pages it was learned on. The first file's header comment is kept.
"""
import collections
import sys


def main():
    counts = collections.Counter()
    header = None
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("#"):
                    header = header or line
                    continue
                if line:
                    *key, count = line.split("\t")
                    counts[tuple(key)] += int(count)
    out = sys.stdout
    if header:
        out.write(header + f" (+ {len(sys.argv) - 2} more page sets, merge_channels.py)\n")
    for key in sorted(counts):
        out.write("\t".join(key) + f"\t{counts[key]}\n")


if __name__ == "__main__":
    main()
