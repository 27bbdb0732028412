#!/bin/sh
# Instructions `baocao restore` executes, counted by callgrind: unlike CPU time on a shared
# machine, the count repeats from run to run (to a few parts in 10^4: temporary paths differ),
# so two builds compare to the instruction.
# Counted from process start until RestoreCommand.run returns; an empty input gives what process
# start and model load cost, which the per-syllable figure leaves out.
# Usage: Benchmarks/restore-instructions.sh BAOCAO MODE INPUT...   (e.g. stripped ../shared/bench/cases/s00[0-4].stripped.txt)
# CACHE=1 also simulates the caches and gives L1 and last-level read misses per syllable, the
# latency that instruction counts miss (the n-gram lookups' misses set the stripped mode's time).
# The last level is given as 32 MB 16-way, the L3 of the machine this was tuned on: left to
# itself, callgrind read a 256 MB direct-mapped one from the virtual machine's CPUID there, in
# which a 52 MB model misses only on first touch. LL=SIZE,WAYS,64 sets another (1048576,8,64: L2).
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
CACHE_OPTIONS=
if [ "${CACHE:-0}" = 1 ]; then CACHE_OPTIONS="--cache-sim=yes --D1=32768,8,64 --LL=${LL:-33554432,16,64}"; fi
# Prints the summary's counts: instructions, then (CACHE=1) Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw.
count() {
    # shellcheck disable=SC2086 # CACHE_OPTIONS is several words
    LD_PRELOAD="$WORK/shim.so" valgrind --tool=callgrind $CACHE_OPTIONS --dump-after='$s6baocao14RestoreCommandV3runyyKF' \
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
path, mode = sys.argv[1], sys.argv[2]
start, total = [int(n) for n in sys.argv[3].split()], [int(n) for n in sys.argv[4].split()]
syllables = max(1, len(re.findall(r"[^\W\d_]+", open(path, encoding="utf-8").read())))
print(f"{mode}: {total[0]:,} instructions, of which start+load {start[0]:,}; "
      f"{(total[0] - start[0]) / syllables:,.0f} per syllable ({syllables} syllables)")
if len(total) == 9:
    d1, ll = (total[4] - start[4]) / syllables, (total[7] - start[7]) / syllables
    print(f"{mode}: per syllable {d1:.1f} L1 data read misses, {ll:.1f} last-level read misses")
PY
