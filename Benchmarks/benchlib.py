"""Helpers shared by the benchmark scripts: timed subprocess runs, text normalisation, CER,
and Markdown tables. Plain Python 3; `pip install rapidfuzz` makes the edit distances fast."""
import os
import resource
import signal
import subprocess
import time
import unicodedata
from dataclasses import dataclass

try:
    from rapidfuzz.distance import Levenshtein

    def edit_distance(a, b):
        return Levenshtein.distance(a, b)
except ImportError:  # pure-Python fallback: correct, but slow on long documents
    def edit_distance(a, b):
        previous = list(range(len(b) + 1))
        for i, x in enumerate(a, 1):
            current = [i]
            for j, y in enumerate(b, 1):
                current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
            previous = current
        return previous[-1]

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(REPO), "shared")


@dataclass
class Run:
    """One finished (or killed) child process: what it printed and what it cost."""
    returncode: int
    stdout: str
    stderr: str
    wall: float
    cpu: float
    timed_out: bool = False

    @property
    def crashed(self):
        """Killed by a signal (negative code from Popen, or a shell's 128+N) or hung."""
        return self.timed_out or self.returncode < 0 or self.returncode > 128

    def describe(self):
        if self.timed_out:
            return "timeout"
        if self.returncode < 0:
            return f"signal {signal.Signals(-self.returncode).name}"
        if self.returncode > 128:
            return f"exit {self.returncode}"
        return "ok" if self.returncode == 0 else f"exit {self.returncode}"


def run_timed(command, timeout=900, env=None):
    """Run a command, capturing output; wall time and children's user+system CPU time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, env=env)
        code, out, err, timed_out = done.returncode, done.stdout, done.stderr, False
    except subprocess.TimeoutExpired as expired:
        code, out, err, timed_out = -1, expired.stdout or b"", expired.stderr or b"", True
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), wall, cpu, timed_out)


def normalise(text):
    """NFC, every run of whitespace (form feeds included) collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def page_texts(text):
    """Pages of a form-feed separated text; the feed after the last page ends it, not a page."""
    pages = text.split("\f")
    if pages and pages[-1].strip() == "":
        pages.pop()
    return pages


def cer(reference, hypothesis):
    """Character error rate of hypothesis against reference, page by page when both have the same
    page count (faster and immune to page-order drift), else over the whole normalised text.
    Returns (errors, reference characters)."""
    reference_pages, hypothesis_pages = page_texts(reference), page_texts(hypothesis)
    if len(reference_pages) != len(hypothesis_pages):
        reference_pages, hypothesis_pages = [reference], [hypothesis]
    errors = characters = 0
    for r, h in zip(reference_pages, hypothesis_pages):
        r, h = normalise(r), normalise(h)
        errors += edit_distance(r, h)
        characters += len(r)
    return errors, characters


def pdf_pages(path):
    """Page count from pdfinfo; 0 when pdfinfo cannot read the file."""
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True)
    for line in info.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


def markdown_table(header, rows):
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def line(row):
        return "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |"
    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(cells[0]), rule] + [line(row) for row in cells[1:]])


def rate(pages, seconds):
    return f"{pages / seconds:.2f}" if seconds > 0 else "–"


def default_baocao():
    return os.path.join(REPO, ".build", "release", "baocao")
