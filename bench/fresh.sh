#!/usr/bin/env bash
# fresh.sh GENERATOR SITE HUGO_SITE [RUNS]: alternating builds into an EMPTY
# output folder (no spare beside it: a CI runner's first build) with our
# generator binary and with Hugo (a site made by bench/hugo-site.sh), each
# timed with GNU time. With BASELINE=/path/to/another/generator set, that
# binary (an older commit, say) takes a third turn in each round.
#
# Every run writes into a new folder, and the outputs are removed only at
# the end: on this machine's file system (ext4 mounted with discard) a
# mass removal slows every file created for minutes after it, by a varying
# amount, which made the figures of a remove-then-build protocol swing by
# 3x from run to run (bench/README.md). Before every run: `sync`, then,
# when run as root, the page cache dropped (so that each run finds the
# free memory a new machine has, not what the previous outputs left), and
# a 40 s pause, so that no run pays for the previous one's write-back.
# Needs about RUNS x 3.6 GB of free disk at national scale (7 GB more
# with BASELINE).
set -euo pipefail
gen=$1 site=$2 hugo_site=$3 runs=${4:-3}
tmp=${BENCH_DIR:-/tmp}/fresh
rm -rf "$tmp"
mkdir -p "$tmp"
pause() {
  sync
  if [ -w /proc/sys/vm/drop_caches ]; then echo 3 >/proc/sys/vm/drop_caches; fi
  sleep 40
}
for i in $(seq "$runs"); do
  pause
  /usr/bin/time -f "ours $i: %e s wall, %U s user, %S s system, %M KB" \
    "$gen" build --quiet --source "$site" --out "$tmp/ours-$i"
  pause
  /usr/bin/time -f "hugo $i: %e s wall, %U s user, %S s system, %M KB" \
    hugo --source "$hugo_site" --destination "$tmp/hugo-$i" --quiet
  if [ -n "${BASELINE:-}" ]; then
    pause
    /usr/bin/time -f "baseline $i: %e s wall, %U s user, %S s system, %M KB" \
      "$BASELINE" build --quiet --source "$site" --out "$tmp/base-$i"
  fi
done
rm -rf "$tmp"
