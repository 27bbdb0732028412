#!/bin/sh
# Speed of diacritic restoration: model load time, syllables per second (one core, release
# build) and peak memory. Speed is given on CPU time (user+sys), which a busy shared machine
# does not distort, and on wall-clock time. Input: the stripped benchmark texts, repeated to about 300k syllables
# (`stripped` and `post` modes), and their accented originals (`auto` on good text: the cost of telling good
# paragraphs apart, which the extract pipeline pays on every page).
# Usage: Benchmarks/restore.sh [path/to/baocao]   (default: release build in .build)
set -eu
cd "$(dirname "$0")/.."
BAOCAO=${1:-.build/release/baocao}
CASES=${CASES:-../shared/bench/cases}
[ -x "$BAOCAO" ] || { echo "build first: swift build -c release (or pass the binary)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$CASES"/s00[0-4].stripped.txt; done > "$WORK/stripped.txt"
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$CASES"/s00[0-4].pages.txt; done > "$WORK/good.txt"
: > "$WORK/empty.txt"
python3 - "$BAOCAO" "$WORK" <<'PY'
import re, subprocess, sys, time
baocao, work = sys.argv[1], sys.argv[2]
def run(path, mode="stripped"):
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "taskset", "-c", "0", baocao, "restore", "--mode", mode, path],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    user, system, peak = done.stderr.strip().splitlines()[-1].split()
    return time.perf_counter() - start, float(user) + float(system), int(peak)
empty = [run(f"{work}/empty.txt") for _ in range(3)]
load, load_cpu = min(e[0] for e in empty), min(e[1] for e in empty)
for mode, name in (("stripped", "stripped"), ("post", "stripped"), ("auto", "good")):
    text = open(f"{work}/{name}.txt", encoding="utf-8").read()
    syllables = len([w for w in re.findall(r"[^\W\d_]+", text)])
    runs = [run(f"{work}/{name}.txt", mode) for _ in range(3)]
    elapsed, cpu, peak_kb = min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs)
    print(f"{mode + ' on ' + name:17s} syllables={syllables} cpu={cpu - load_cpu:.2f}s "
          f"speed={syllables / max(cpu - load_cpu, 1e-9):,.0f} syllables/s (cpu) "
          f"{syllables / max(elapsed - load, 1e-9):,.0f} syllables/s (wall) peak={peak_kb / 1024:.0f} MB")
print(f"startup+load: {load * 1000:.0f} ms wall, {load_cpu * 1000:.0f} ms cpu (process start, model mmap, empty input)")
PY
