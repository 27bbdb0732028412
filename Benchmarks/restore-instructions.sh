#!/bin/sh
# Instructions `baocao restore` executes, counted by callgrind: unlike CPU time on a shared
# machine, the count repeats from run to run (to a few parts in 10^4: temporary paths differ),
# so two builds compare to the instruction.
# Counted from process start until RestoreCommand.run returns; an empty input gives what process
# start and model load cost, which the per-syllable figure leaves out.
# Usage: Benchmarks/restore-instructions.sh BAOCAO MODE INPUT...   (e.g. stripped ../shared/bench/cases/s00[0-4].stripped.txt)
# Needs valgrind and a C compiler.
set -eu
BAOCAO=${1:?usage: restore-instructions.sh BAOCAO MODE INPUT...}
MODE=${2:?usage: restore-instructions.sh BAOCAO MODE INPUT...}
shift 2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cat "$@" > "$WORK/input.txt"
: > "$WORK/empty.txt"
# valgrind 3.19 writes into the signal mask a program hands to sigsuspend, and libdispatch (the
# async main's thread) hands it a constant one: valgrind crashes. This shim passes a copy.
cat > "$WORK/shim.c" <<'C'
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>
int sigsuspend(const sigset_t *mask) {
    sigset_t copy = *mask;
    return (int)syscall(SYS_rt_sigsuspend, &copy, 8);
}
C
cc -O2 -shared -fPIC "$WORK/shim.c" -o "$WORK/shim.so"
count() {
    LD_PRELOAD="$WORK/shim.so" valgrind --tool=callgrind --dump-after='$s6baocao14RestoreCommandV3runyyKF' \
        --callgrind-out-file="$WORK/out.%p" "$BAOCAO" restore --mode "$MODE" "$1" > /dev/null 2> "$WORK/log"
    total=$(cat "$WORK"/out.*.1 | sed -n 's/^summary: //p')
    rm -f "$WORK"/out.*
    [ -n "$total" ] || { cat "$WORK/log" >&2; exit 1; }
    echo "$total"
}
start=$(count "$WORK/empty.txt")
total=$(count "$WORK/input.txt")
python3 - "$WORK/input.txt" "$MODE" "$start" "$total" <<'PY'
import re, sys
path, mode, start, total = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
syllables = len(re.findall(r"[^\W\d_]+", open(path, encoding="utf-8").read()))
print(f"{mode}: {total:,} instructions, of which start+load {start:,}; "
      f"{(total - start) / max(syllables, 1):,.0f} per syllable ({syllables} syllables)")
PY
