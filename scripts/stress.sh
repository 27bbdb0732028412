#!/usr/bin/env bash
# make stress: 200 inputs (copies of the samples and 10% broken files from the hostile
# corpus), extracted into one directory twice, the first run killed with SIGKILL part way.
# Then every good input must have complete outputs, every broken one its error line and a
# `failed` manifest entry, and no temporary file may be left. Then scripts/full-disk.sh: the
# output directory on a tmpfs that fills up (as root; skipped with a message otherwise).
#
#   scripts/stress.sh [BAOCAO]     (default .build/release/baocao; STRESS_DIR to keep the work)
set -euo pipefail

BAOCAO=${1:-.build/release/baocao}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${STRESS_DIR:-$(mktemp -d /tmp/baocao-stress.XXXXXX)}
INPUTS=$WORK/inputs
OUT=$WORK/out
KILL_AFTER=${KILL_AFTER:-60}   # manifest entries the first run finishes before the kill
JOBS=${JOBS:-2}
rm -rf "$INPUTS" "$OUT"
mkdir -p "$INPUTS" "$OUT"

# 180 good inputs: the digital and text samples, and a few scans (OCR is the slow part).
for i in $(seq -w 1 180); do
    case $((10#$i % 30)) in
        0) cp "$ROOT/Samples/bao-cao-mau-scan.pdf" "$INPUTS/good-$i-scan.pdf" ;;
        1|2|3|4|5|6|7|8|9|10) cp "$ROOT/Samples/bao-cao-mau.txt" "$INPUTS/good-$i.txt" ;;
        *) cp "$ROOT/Samples/bao-cao-mau.pdf" "$INPUTS/good-$i.pdf" ;;
    esac
done
# 20 broken inputs: hostile files no reader can make anything of.
BROKEN=(empty.pdf empty.png empty.txt random0.pdf random1.pdf random2.png random0.jpg random1.tiff
        sample-header-only.pdf encrypted-header-only.pdf sample-cut8.pdf encrypted-cut16.pdf
        png-100000x100000.png jpeg-65535x65535.jpg tiff-100000x100000.tiff tiff-second-page-bomb.tiff
        hand-zero-pages.pdf hand-many-pages.pdf hand-mediabox-200in.pdf only-header.pdf)
for name in "${BROKEN[@]}"; do cp "$ROOT/Tests/Fixtures/hostile/$name" "$INPUTS/broken-$name"; done

ARGS=(extract "$INPUTS" --out "$OUT" --jobs "$JOBS" --quiet)

start=$(date +%s.%N)
# baocao itself in the background (not a subshell around it), so $! is the process killed.
"$BAOCAO" "${ARGS[@]}" 2> "$WORK/run1.err" &
pid=$!
while kill -0 "$pid" 2> /dev/null; do
    done_now=$( (cat "$OUT/manifest.jsonl" 2> /dev/null || true) | wc -l)
    if [ "$done_now" -ge "$KILL_AFTER" ]; then
        kill -9 "$pid"
        echo "stress: first run killed with SIGKILL after $done_now manifest entries"
        break
    fi
    sleep 0.2
done
wait "$pid" 2> /dev/null || true
if [ -n "$(ls -A "$OUT" | grep -v -e '\.txt$' -e '\.json$' -e '^manifest\.jsonl$' || true)" ]; then
    echo "stress: the kill left: $(ls -A "$OUT" | grep -v -e '\.txt$' -e '\.json$' -e '^manifest\.jsonl$' | head -3 | tr '\n' ' ')"
fi
set +e
"$BAOCAO" "${ARGS[@]}" 2> "$WORK/run2.err"
status=$?
set -e
end=$(date +%s.%N)

set +e
python3 - "$INPUTS" "$OUT" "$WORK/run2.err" "$status" "$start" "$end" <<'EOF'
import json, os, sys
inputs, out, errors, status, start, end = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
latest = {}
for line in open(os.path.join(out, "manifest.jsonl"), encoding="utf-8"):
    entry = json.loads(line)
    latest[os.path.basename(entry["input"])] = entry
lines = open(errors, encoding="utf-8").read().splitlines()
problems, verified, reported = [], 0, 0
expected = {"manifest.jsonl"}
for name in sorted(os.listdir(inputs)):
    entry = latest.get(name)
    said = [l for l in lines if l.startswith(f"baocao: {os.path.join(inputs, name)}: ")]
    if entry is None:
        problems.append(f"{name}: no manifest entry")
    elif name.startswith("broken-"):
        if entry["status"] != "failed" or len(said) != 1:
            problems.append(f"{name}: status {entry['status']}, {len(said)} error lines")
        else:
            reported += 1
    else:
        if entry["status"] != "done" or said:
            problems.append(f"{name}: status {entry['status']}: {said}")
            continue
        for output in entry["outputs"]:
            expected.add(output)
            path = os.path.join(out, output)
            data = open(path, "rb").read() if os.path.exists(path) else b""
            if not data:
                problems.append(f"{output}: missing or empty")
                continue
            if output.endswith(".json"):
                try:
                    json.loads(data)
                except ValueError:
                    problems.append(f"{output}: not whole JSON")
                    continue
            verified += 1
stray = [l for l in lines if not l.startswith("baocao: ")]
if stray:
    problems.append(f"stderr lines naming no file (a library talking): {stray[:3]}")
left = sorted(set(os.listdir(out)) - expected)
if left:
    problems.append(f"files that are no input's output (temporary or partial): {left[:5]}")
if status not in (0, 1):
    problems.append(f"second run exited with {status}")
print(f"stress: inputs processed {len(latest)} of {len(os.listdir(inputs))}, errors reported {reported}, "
      f"outputs verified {verified}, temporary files left {len(left)}, time {end - start:.1f} s")
for problem in problems[:20]:
    print("stress: PROBLEM:", problem)
sys.exit(1 if problems else 0)
EOF
stress=$?
# Issue #20.4: a 600 MB text file on one line is refused from its bytes, not decoded.
big="$WORK/one-line.txt"
head -c 600000000 /dev/zero | tr '\0' 'a' > "$big"
big_status=0
big_err=$("$BAOCAO" extract "$big" --out "$WORK/big-out" --quiet 2>&1) || big_status=$?
rm -f "$big"
case "$big_status:$big_err" in
    "1:"*"bytes of text without a page break"*) echo "stress: 600 MB one-line text refused from its bytes" ;;
    *) echo "stress: PROBLEM: 600 MB one-line text: status $big_status: $big_err"; stress=1 ;;
esac
set -e
"$ROOT/scripts/full-disk.sh" "$BAOCAO"
exit $stress
