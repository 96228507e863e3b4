#!/usr/bin/env bash
# fresh.sh GENERATOR SITE HUGO_SITE [RUNS]: alternating builds into an EMPTY
# output folder (no spare beside it: a CI runner's first build) with our
# generator binary and with Hugo (a site made by bench/hugo-site.sh), each
# timed with GNU time. Both outputs are removed, then `sync` and a 40 s
# pause, before every run: writing right after a mass removal is slower.
set -euo pipefail
gen=$1 site=$2 hugo_site=$3 runs=${4:-3}
tmp=${BENCH_DIR:-/tmp}/fresh
clean() { rm -rf "$tmp"; mkdir -p "$tmp"; sync; sleep 40; }
for i in $(seq "$runs"); do
  clean
  /usr/bin/time -f "ours $i: %e s wall, %U s user, %S s system, %M KB" \
    "$gen" build --quiet --source "$site" --out "$tmp/ours"
  clean
  /usr/bin/time -f "hugo $i: %e s wall, %U s user, %S s system, %M KB" \
    hugo --source "$hugo_site" --destination "$tmp/hugo" --quiet
done
rm -rf "$tmp"
