#!/usr/bin/env bash
# The Dockerfile's recipe without a Docker engine: a debootstrap bookworm tree (minbase, the
# packages of deploy/runtime-packages.txt and nothing else), the binary and the model copied
# where the Dockerfile puts them, then the binary run inside it (chroot) on the bench PDFs,
# digital and scanned (a generous --page-timeout: the check runs beside other work). Slow
# (downloads Debian); not part of make test.
#   scripts/image-check.sh .build/release/baocao
set -euo pipefail
binary="${1:-.build/release/baocao}"
here="$(cd "$(dirname "$0")/.." && pwd)"
cases="$here/../shared/bench/cases"
root="${IMAGE_CHECK_ROOT:-/tmp/baocao-image-check}"
# The mirror apt already uses (deb822 sources or a sources.list line).
mirror="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null \
  | grep -E '^(URIs:|deb) ' | grep -oE 'https?://[^ ]+/debian/?( |$)' | head -n 1 | tr -d ' ' || true)"
mirror="${mirror:-http://deb.debian.org/debian}"

[ "$(id -u)" -eq 0 ] || { echo "image-check: needs root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "image-check: apt-get install debootstrap" >&2; exit 1; }

if [ ! -x "$root/usr/bin/apt-get" ]; then
  echo "== debootstrap bookworm (minbase) from $mirror into $root"
  rm -rf "$root"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1 || { tail -n 20 "$root.log"; exit 1; }
fi
# A container has /proc (the Swift runtime reads its arguments from /proc/self/cmdline).
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
echo "== the Dockerfile's packages"
cp "$here/deploy/runtime-packages.txt" "$root/tmp/runtime-packages.txt"
chroot "$root" /bin/sh -c 'apt-get update -qq && xargs apt-get install -y -qq --no-install-recommends < /tmp/runtime-packages.txt' >"$root.apt.log" 2>&1 \
  || { tail -n 20 "$root.apt.log"; exit 1; }
install -D -m 755 "$binary" "$root/usr/local/bin/baocao"
install -d "$root/usr/local/share/baocao"
install -m 644 "$here"/Dictionaries/vi-syllables.lm "$here"/Dictionaries/ocr-channel-*.tsv "$root/usr/local/share/baocao/"
echo "== libraries the binary needs, all found in the tree"
if chroot "$root" ldd /usr/local/bin/baocao | grep 'not found'; then exit 1; fi
rm -rf "$root/work" && mkdir -p "$root/work/in" "$root/work/out"
cp "$cases"/*.pdf "$root/work/in/"
chroot "$root" /usr/local/bin/baocao --version
echo "== extract the bench PDFs inside the tree (as user nobody, like the image)"
chroot --userspec=nobody:nogroup "$root" /bin/sh -c 'cd /tmp && /usr/local/bin/baocao extract /work/in --out /tmp/out --format json,csv,xlsx --page-timeout 900 --quiet; status=$?; ls /tmp/out | wc -l; exit $status' \
  || { echo "image-check: extract failed inside the tree" >&2; exit 1; }
chroot "$root" /bin/sh -c 'grep -c "\"status\":\"done\"" /tmp/out/manifest.jsonl'
echo "image-check: ok"
