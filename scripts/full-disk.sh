#!/usr/bin/env bash
# The output directory on a disk that fills up in the middle of a batch: a real tmpfs about
# half the size the batch's outputs need. The first run must fail the documents it cannot
# write (one `baocao: FILE: ... No space left on device` line each, a `failed` manifest entry
# or a line saying the manifest could not record it), leave no partial or temporary file and
# no incomplete set of outputs; after the tmpfs is grown (space freed) a re-run must write
# exactly what is missing. Needs root to mount; skipped with a message otherwise.
# (CI checks the same behaviour without root through the BAOCAO_FAULT_ENOSPC_AFTER hook.)
#
#   scripts/full-disk.sh [BAOCAO]     (default .build/release/baocao)
set -euo pipefail

BAOCAO=$(realpath "${1:-.build/release/baocao}")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" -ne 0 ]; then
    echo "full-disk: skipped (mounting a tmpfs needs root; FaultTests cover this through a test hook)"
    exit 0
fi
WORK=$(mktemp -d /tmp/baocao-full-disk.XXXXXX)
INPUTS=$WORK/inputs
REFERENCE=$WORK/reference
DISK=$WORK/disk
OUT=$DISK/out
mkdir -p "$INPUTS/2025" "$REFERENCE" "$DISK"
trap 'umount "$DISK" 2> /dev/null || true; rm -rf "$WORK"' EXIT

# 40 inputs: digital reports and text files, some in a folder mirrored under the output.
for i in $(seq -w 1 30); do cp "$ROOT/Samples/bao-cao-mau.pdf" "$INPUTS/bao-cao-$i.pdf"; done
for i in $(seq -w 1 5); do cp "$ROOT/Samples/bao-cao-mau.txt" "$INPUTS/van-ban-$i.txt"; done
for i in $(seq -w 1 5); do cp "$ROOT/Samples/bao-cao-mau.pdf" "$INPUTS/2025/quy-$i.pdf"; done
ARGS=(extract "$INPUTS" --format txt,json,md,csv --jobs 2 --quiet --ocr never)

# What the outputs weigh on a disk with room; the tmpfs gets about half of it.
"$BAOCAO" "${ARGS[@]}" --out "$REFERENCE"
needed=$(du -sk "$REFERENCE" | cut -f1)
size=$((needed / 2))
if ! mount -t tmpfs -o "size=${size}k" tmpfs "$DISK" 2> "$WORK/mount.err"; then
    echo "full-disk: skipped (cannot mount a tmpfs: $(head -1 "$WORK/mount.err"))"
    exit 0
fi

start=$(date +%s.%N)
set +e
"$BAOCAO" "${ARGS[@]}" --out "$OUT" 2> "$WORK/full.err"
full_status=$?
set -e
cp -a "$OUT" "$WORK/after-full"   # what the full disk held, looked at below
# Space freed: the same filesystem grown, then the same command again.
mount -o remount,size=64m "$DISK"
set +e
"$BAOCAO" "${ARGS[@]}" --out "$OUT" 2> "$WORK/freed.err"
freed_status=$?
set -e
end=$(date +%s.%N)

set +e
python3 - "$INPUTS" "$REFERENCE" "$OUT" "$WORK" "$full_status" "$freed_status" "$size" "$needed" "$start" "$end" <<'EOF'
import filecmp, json, os, sys
inputs, reference, out, work = sys.argv[1:5]
full_status, freed_status, size, needed = map(int, sys.argv[5:9])
seconds = float(sys.argv[10]) - float(sys.argv[9])

def files(top):
    return sorted(os.path.relpath(os.path.join(d, f), top) for d, _, names in os.walk(top) for f in names)

def latest_entries(path):
    latest = {}
    for line in open(path, "rb").read().split(b"\n"):
        try:
            entry = json.loads(line)
        except ValueError:
            continue  # a line torn when the disk filled
        latest[entry["input"]] = entry
    return latest

documents = [os.path.join(inputs, f) for f in files(inputs)]
outputs_of = {}  # input -> its output files, as the reference run named them
for entry in latest_entries(os.path.join(reference, "manifest.jsonl")).values():
    outputs_of[entry["input"]] = entry["outputs"]
problems = []

# The first run, on the full disk.
full_err = open(os.path.join(work, "full.err"), encoding="utf-8").read().splitlines()
stray = [l for l in full_err if not l.startswith("baocao: ")]
if stray:
    problems.append(f"unlabelled stderr lines: {stray[:3]}")
enospc = [l for l in full_err if l.endswith("No space left on device")]
unrecorded = [l for l in full_err if "manifest.jsonl: cannot record " in l]
if full_status != 1 or not enospc:
    problems.append(f"full disk: exit {full_status}, {len(enospc)} 'No space left on device' lines")
snapshot = os.path.join(work, "after-full")
manifest = os.path.join(snapshot, "manifest.jsonl")
after_full = latest_entries(manifest) if os.path.exists(manifest) else {}
present = set(files(snapshot))
done_full = failed_full = 0
for document in documents:
    entry = after_full.get(document)
    said = [l for l in full_err if l.startswith(f"baocao: {document}: ")]
    recorded_not = any(l.endswith(f"cannot record {document}: No space left on device") for l in unrecorded)
    have = [o for o in outputs_of[document] if o in present]
    if have and len(have) != len(outputs_of[document]):
        problems.append(f"{document}: an incomplete set of outputs {have}")
    if entry and entry["status"] == "done":
        done_full += 1
        if said or len(have) != len(outputs_of[document]):
            problems.append(f"{document}: done but {said} / {have}")
    elif entry and entry["status"] == "failed":
        failed_full += 1
        if len(said) != 1 or "No space left on device" not in entry.get("error", "") or have:
            problems.append(f"{document}: failed entry {entry.get('error')}, lines {said}, outputs {have}")
    elif not recorded_not:
        problems.append(f"{document}: no manifest entry and no line saying it could not be recorded")
for name in present:
    if name == "manifest.jsonl":
        continue
    if name.startswith(".baocao-tmp-"):
        problems.append(f"temporary file left: {name}")
    elif not filecmp.cmp(os.path.join(snapshot, name), os.path.join(reference, name), shallow=False):
        problems.append(f"partial output: {name}")

# The re-run with space.
freed_err = open(os.path.join(work, "freed.err"), encoding="utf-8").read().splitlines()
after = latest_entries(os.path.join(out, "manifest.jsonl"))
verified = 0
for document in documents:
    if after.get(document, {}).get("status") != "done":
        problems.append(f"re-run: {document} is {after.get(document, {}).get('status')}")
    for name in outputs_of[document]:
        path = os.path.join(out, name)
        if os.path.exists(path) and filecmp.cmp(path, os.path.join(reference, name), shallow=False):
            verified += 1
        else:
            problems.append(f"re-run: {name} missing or different")
extra = sorted(set(files(out)) - set(files(reference)))
if extra:
    problems.append(f"re-run: files no input accounts for: {extra[:5]}")
if freed_status != 0 or freed_err:
    problems.append(f"re-run: exit {freed_status}, stderr {freed_err[:3]}")

print(f"full-disk: {len(documents)} inputs, outputs need {needed} KB, tmpfs of {size} KB; "
      f"first run: exit {full_status}, {done_full} done, {failed_full} failed with 'No space left on device', "
      f"{len(unrecorded)} not recorded (manifest full), {len(present)} files left, none partial or temporary; "
      f"after space freed: exit {freed_status}, outputs verified {verified}; time {seconds:.1f} s")
for problem in problems[:20]:
    print("full-disk: PROBLEM:", problem)
sys.exit(1 if problems else 0)
EOF
first=$?
set -e

# Then a disk with not one byte left, so the manifest cannot take a line either: the run must
# say so for every input and fail, not crash; once the filler is gone a re-run does it all.
OUT2=$DISK/out2
mkdir -p "$OUT2"
dd if=/dev/zero of="$DISK/filler" bs=4k 2> /dev/null || true
set +e
"$BAOCAO" "${ARGS[@]}" --out "$OUT2" 2> "$WORK/nothing.err"
nothing_status=$?
set -e
left=$(find "$OUT2" -type f ! -name manifest.jsonl | wc -l)
rm -f "$DISK/filler"
set +e
"$BAOCAO" "${ARGS[@]}" --out "$OUT2" 2> "$WORK/refilled.err"
refilled_status=$?
set -e
set +e
python3 - "$INPUTS" "$REFERENCE" "$OUT2" "$WORK" "$nothing_status" "$refilled_status" "$left" <<'EOF'
import filecmp, json, os, sys
inputs, reference, out, work = sys.argv[1:5]
nothing_status, refilled_status, left = map(int, sys.argv[5:8])
documents = sorted(os.path.join(d, f) for d, _, names in os.walk(inputs) for f in names)
lines = open(os.path.join(work, "nothing.err"), encoding="utf-8").read().splitlines()
problems = []
if nothing_status != 1:
    problems.append(f"disk with no room: exit {nothing_status} (1 expected, never a signal)")
for document in documents:
    own = [l for l in lines if l.startswith(f"baocao: {document}: ")]
    record = [l for l in lines if l.endswith(f"manifest.jsonl: cannot record {document}: No space left on device")]
    if len(own) != 1 or not own[0].endswith("No space left on device") or len(record) != 1:
        problems.append(f"{document}: {own} {record}")
if left:
    problems.append(f"{left} files besides the manifest on the disk with no room")
entries = [json.loads(l) for l in open(os.path.join(out, "manifest.jsonl"), encoding="utf-8") if l.strip()]
done = {e["input"] for e in entries if e["status"] == "done"}
verified = sum(filecmp.cmp(os.path.join(out, o), os.path.join(reference, o), shallow=False)
               for e in entries for o in e["outputs"])
if refilled_status != 0 or done != set(documents):
    problems.append(f"re-run: exit {refilled_status}, {len(done)} of {len(documents)} done")
print(f"full-disk: disk with no room at all: exit {nothing_status}, {len(documents)} inputs, "
      f"{sum(l.endswith('No space left on device') and 'cannot record' not in l for l in lines)} error lines, "
      f"{sum('cannot record' in l for l in lines)} 'cannot record' lines, {left} files left; "
      f"after space freed: exit {refilled_status}, {len(done)} done, outputs verified {verified}")
for problem in problems[:20]:
    print("full-disk: PROBLEM:", problem)
sys.exit(1 if problems else 0)
EOF
second=$?
exit $((first || second))
