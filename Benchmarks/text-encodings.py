"""Legacy-encoding detection for text inputs (issue 7, item 3), measured on the corpus.

Lines of ../shared/corpus/gazette.txt.gz are written out in a temporary directory as UTF-8,
TCVN3 and VNI (one line per file, and paragraphs of ten lines), together with the corpus lines
whose only non-ASCII letters are Latin-1 (kept as UTF-8: the case most easily taken for a legacy
encoding). `baocao extract DIR --out OUT --format txt` reads them all; the script counts, per
kind and encoding, the files whose warning line names the right encoding (none for UTF-8) and
whose text comes back exactly (TCVN3 without case, since its single font has no capitals with
a tone; "case-exact" counts those that match with case too).

The encoders below are written apart from the Swift tables, from the same published charts, so
the round trip also checks the tables. Nothing generated here goes into the repository.

    python3 Benchmarks/text-encodings.py [.build/release/baocao] [--lines 300]
"""
import argparse
import collections
import gzip
import os
import random
import re
import subprocess
import tempfile
import unicodedata

from benchlib import SHARED, default_baocao, markdown_table

TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]  # TCVN3 order: grave hook tilde acute dot
TCVN3_TONED = {
    "a": [None, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9], "ă": [0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6],
    "â": [0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB], "e": [None, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1],
    "ê": [0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6], "i": [None, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE],
    "o": [None, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4], "ô": [0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9],
    "ơ": [0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE], "u": [None, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4],
    "ư": [0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9], "y": [None, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE],
}
TCVN3 = {"đ": 0xAE, **dict(zip("ĂÂÊÔƠƯĐ", range(0xA1, 0xA8)))}
for vowel, codes in TCVN3_TONED.items():
    for tone, code in zip(TONES, codes):
        if code is not None:
            TCVN3[unicodedata.normalize("NFC", vowel + tone)] = code

VNI_TONE = {"\u0301": 0xF9, "\u0300": 0xF8, "\u0309": 0xFB, "\u0303": 0xF5, "\u0323": 0xEF}
VNI_CIRCUMFLEX = {"": 0xE2, "\u0301": 0xE1, "\u0300": 0xE0, "\u0309": 0xE5, "\u0303": 0xE3, "\u0323": 0xE4}
VNI_BREVE = {"": 0xEA, "\u0301": 0xE9, "\u0300": 0xE8, "\u0309": 0xFA, "\u0303": 0xFC, "\u0323": 0xEB}
VNI_TONED_I = {"\u0300": 0xEC, "\u0301": 0xED, "\u0309": 0xE6, "\u0303": 0xF3, "\u0323": 0xF2}


def tcvn3(text):
    """Capitals with a tone take the lowercase code, as the all-capital font did."""
    out = bytearray()
    for ch in text:
        code = ord(ch) if ord(ch) < 128 else TCVN3.get(ch, TCVN3.get(ch.lower()))
        if code is None:
            return None
        out.append(code)
    return bytes(out)


def vni(text):
    out = bytearray()
    for ch in text:
        if ord(ch) < 128:
            out.append(ord(ch))
            continue
        low = ch.lower()
        shift = 0x20 if low != ch else 0
        base, *marks = unicodedata.normalize("NFD", low)
        modifier = "".join(m for m in marks if m in "\u0302\u0306\u031b")
        tone = "".join(m for m in marks if m in VNI_TONE)
        if base == "đ":
            out.append(0xF1 - shift)
        elif base not in "aeiouy":
            return None
        elif base == "i" and tone:
            out.append(VNI_TONED_I[tone] - shift)
        elif base == "y" and tone == "\u0323":
            out.append(0xEE - shift)
        elif modifier == "\u031b":
            out.append((0xF4 if base == "o" else 0xF6) - shift)
            if tone:
                out.append(VNI_TONE[tone] - shift)
        else:
            out.append(ord(base) - shift)
            if modifier == "\u0302":
                out.append(VNI_CIRCUMFLEX[tone] - shift)
            elif modifier == "\u0306":
                out.append(VNI_BREVE[tone] - shift)
            elif tone:
                out.append(VNI_TONE[tone] - shift)
    return bytes(out)


def corpus_lines(limit):
    lines = []
    with gzip.open(os.path.join(SHARED, "corpus", "gazette.txt.gz"), "rt", encoding="utf-8") as corpus:
        for index, line in enumerate(corpus):
            if index > limit:
                break
            line = unicodedata.normalize("NFC", line.rstrip("\n"))
            if 20 <= len(line) <= 300:
                lines.append(line)
    random.Random(7).shuffle(lines)
    return lines


def write_inputs(directory, lines, count):
    """Returns {file name: (kind, encoding, original text)}."""
    cases, used = {}, 0
    for kind, size in [("line", 1), ("paragraph", 10)]:
        for number in range(count):
            text = "\n".join(lines[used:used + size]) + "\n"
            used += size
            for encoding, data in [("UTF-8", text.encode()), ("TCVN3", tcvn3(text)), ("VNI", vni(text))]:
                if data is None or (encoding != "UTF-8" and data.isascii()):
                    continue  # not encodable, or plain ASCII that every encoding writes alike
                name = f"{kind}-{number:03d}-{encoding}.txt"
                open(os.path.join(directory, name), "wb").write(data)
                cases[name] = (kind, encoding, text)
    latin1 = [l for l in lines[used:] if all(ord(c) < 256 for c in l) and not l.isascii()][:count]
    for number, line in enumerate(latin1):
        name = f"latin1-{number:03d}-UTF-8.txt"
        open(os.path.join(directory, name), "wb").write((line + "\n").encode())
        cases[name] = ("latin1-only line", "UTF-8", line + "\n")
    return cases


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("baocao", nargs="?", default=default_baocao())
    parser.add_argument("--lines", type=int, default=300, help="files per kind")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="baocao-encodings-")
    inputs, out = os.path.join(work, "in"), os.path.join(work, "out")
    os.makedirs(inputs)
    cases = write_inputs(inputs, corpus_lines(400_000), args.lines)
    run = subprocess.run(
        [args.baocao, "extract", inputs, "--out", out, "--format", "txt", "--restore", "off", "--quiet"],
        capture_output=True, text=True)
    warnings = {}
    for line in run.stderr.splitlines():
        match = re.match(r"baocao: .*/([^/]+\.txt): (.*)$", line)
        if match:
            warnings[match.group(1)] = match.group(2)
    counts = collections.defaultdict(collections.Counter)
    for name, (kind, encoding, text) in cases.items():
        expected = None if encoding == "UTF-8" else f"converted from {encoding}"
        got = open(os.path.join(out, name), encoding="utf-8").read().replace("\f", "").strip()
        row = counts[(kind, encoding)]
        row["files"] += 1
        row["detected"] += warnings.get(name) == expected
        same = got == text.strip() or (encoding == "TCVN3" and got.lower() == text.strip().lower())
        row["exact"] += warnings.get(name) == expected and same
        row["case-exact"] += warnings.get(name) == expected and got == text.strip()
    rows = [[kind, encoding, c["files"], c["detected"], c["exact"], c["case-exact"]]
            for (kind, encoding), c in sorted(counts.items())]
    print(markdown_table(["input", "written as", "files", "right warning", "text exact", "with case"], rows))


if __name__ == "__main__":
    main()
