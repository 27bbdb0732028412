#!/bin/sh
# Runs baocao over every file of the hostile corpus, one run per file, each under a 4 GB
# address-space cap (ulimit -v) and a 120 s wall limit, and prints one table: crashes (a
# signal or an exit status other than 0 and 1), hangs (the wall limit reached), outputs
# written outside --out, outputs lost (a `done` entry whose files are missing), then the
# slowest file and the largest peak RSS.
#
#   scripts/hostile-run.sh [BAOCAO] [CORPUS]     (defaults: .build/release/baocao, Tests/Fixtures/hostile)
set -eu
BAOCAO=$(realpath "${1:-.build/release/baocao}")
CORPUS=$(realpath "${2:-Tests/Fixtures/hostile}")
WORK=$(mktemp -d /tmp/baocao-hostile.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/sandbox"
: > "$WORK/runs.tsv"
for input in "$CORPUS"/*; do
    name=$(basename "$input")
    out="$WORK/sandbox/out"
    rm -rf "$out"
    status=0
    # /usr/bin/time reports the run's peak RSS, which counts the document's child process.
    ( cd "$WORK/sandbox" && ulimit -v 4194304 && exec /usr/bin/time -f '%e %M' -o "$WORK/time" \
        timeout -s KILL 120 "$BAOCAO" extract "$input" --out "$out" --format txt,json,md,body,csv --quiet \
        > /dev/null 2> "$WORK/stderr" ) || status=$?
    seconds=$(cut -d' ' -f1 "$WORK/time" 2>/dev/null | tail -n 1)
    rss=$(cut -d' ' -f2 "$WORK/time" 2>/dev/null | tail -n 1)
    # Anything in the sandbox but the output folder was written outside --out.
    outside=$(find "$WORK/sandbox" -mindepth 1 -maxdepth 1 ! -name out | wc -l)
    lost=$(python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
lost = 0
try:
    lines = open(os.path.join(out, "manifest.jsonl"), encoding="utf-8").read().splitlines()
except OSError:
    lines = []
for line in lines:
    try:
        entry = json.loads(line)
    except ValueError:
        continue
    if entry.get("status") == "done":
        lost += sum(not os.path.exists(os.path.join(out, o)) for o in entry.get("outputs", []))
print(lost if lines else -1)
PY
)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$status" "${seconds:-0}" "${rss:-0}" "$outside" "$lost" >> "$WORK/runs.tsv"
    find "$WORK/sandbox" -mindepth 1 -maxdepth 1 ! -name out -exec rm -rf {} +
done
python3 - "$WORK/runs.tsv" <<'PY'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
crashes = [r[0] for r in rows if r[1] not in ("0", "1", "124", "137")]
hangs = [r[0] for r in rows if r[1] in ("124", "137")]
outside = [r[0] for r in rows if r[4] != "0"]
lost = [r[0] for r in rows if r[5] not in ("0", "-1")]
unrecorded = [r[0] for r in rows if r[5] == "-1"]
slowest = max(rows, key=lambda r: float(r[2]))
largest = max(rows, key=lambda r: int(r[3]))
print(f"| files | crashes | hangs | written outside --out | outputs lost | no manifest entry |")
print(f"| --- | --- | --- | --- | --- | --- |")
print(f"| {len(rows)} | {len(crashes)} | {len(hangs)} | {len(outside)} | {len(lost)} | {len(unrecorded)} |")
print()
print(f"slowest: {slowest[0]} {float(slowest[2]):.1f} s; largest peak RSS: {largest[0]} {int(largest[3]) / 1024:.0f} MB")
for label, names in (("crashed", crashes), ("hung", hangs), ("outside", outside), ("lost", lost), ("unrecorded", unrecorded)):
    if names:
        print(f"{label}: {' '.join(names[:20])}")
PY
