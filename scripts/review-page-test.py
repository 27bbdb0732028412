#!/usr/bin/env python3
"""Checks a review page (`baocao extract --format html`) in a real browser.

Usage: review-page-test.py PAGE.html DOCUMENT.json SCREENSHOT.png

Debian's chromium, headless, loads the page with `#selftest`: the page's own script then
clicks the last row that has a box, clicks another figure's box, tries the measure filter,
and writes what it saw into <pre id="selftest">, which `--dump-dom` hands back. The counts
are compared with the document JSON written by the same run (rows: every figure; boxes: the
figures with a `box`). A screenshot of the page, the clicked row's box highlighted, is saved.
Exit status 0 when every check holds, 1 otherwise (each failed check printed), 2 when
chromium is missing.
"""
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser")


def run_browser(binary, profile, *arguments):
    # Root in a container needs --no-sandbox; a small /dev/shm needs --disable-dev-shm-usage.
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", f"--user-data-dir={profile}", "--virtual-time-budget=5000", *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=180)


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    page, document, screenshot = Path(sys.argv[1]).resolve(), Path(sys.argv[2]), Path(sys.argv[3])
    binary = chromium()
    if binary is None:
        print("chromium is not installed")
        return 2
    figures = json.loads(document.read_text(encoding="utf-8"))["figures"]
    placed = [f for f in figures if f.get("box")]
    url = page.as_uri() + "#selftest"
    failures = []
    with tempfile.TemporaryDirectory() as profile:
        dom = run_browser(binary, profile, "--dump-dom", url).stdout
        found = re.search(r'<pre id="selftest">([^<]*)</pre>', dom)
        if not found:
            print("the page wrote no self-test result; chromium said:\n" + dom[-2000:])
            return 1
        result = json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))
        shot = run_browser(binary, profile, "--hide-scrollbars", "--window-size=1440,900",
                           f"--screenshot={screenshot}", url)
    print("self-test:", json.dumps(result, ensure_ascii=False))

    def check(condition, message):
        if not condition:
            failures.append(message)

    check(result.get("rows") == len(figures), f"{result.get('rows')} rows, the JSON has {len(figures)} figures")
    check(result.get("boxes") == len(placed), f"{result.get('boxes')} boxes, the JSON places {len(placed)} figures")
    check(len(placed) > 0, "no figure has a box")
    clicked = result.get("clicked")
    check(result.get("highlighted") == [clicked], f"clicking row {clicked} highlighted {result.get('highlighted')}")
    check(result.get("boxVisible") is True, "the clicked row's box was not scrolled into view")
    check(result.get("boxSelectsRow") is True, "clicking a box did not select its row")
    check(result.get("rowVisible") is True, "the row of a clicked box was not scrolled into view")
    if "filterMeasure" in result:
        measure = result["filterMeasure"]
        expected = sum(1 for f in figures if f["measure"] == measure)
        check(result.get("filterShown") == expected,
              f"filtering by '{measure}' shows {result.get('filterShown')} rows, the JSON has {expected}")
        hidden = sum(1 for f in placed if f["measure"] != measure)
        check(result.get("filterBoxesHidden") == hidden,
              f"filtering by '{measure}' hides {result.get('filterBoxesHidden')} boxes, expected {hidden}")
    check(screenshot.exists() and screenshot.stat().st_size > 10_000,
          f"no screenshot at {screenshot}: {shot.stderr[-500:]}")
    for failure in failures:
        print("FAIL:", failure)
    if not failures:
        print(f"ok: {len(figures)} rows, {len(placed)} boxes, row {clicked} highlights its box; screenshot {screenshot}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
