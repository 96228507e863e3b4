#!/usr/bin/env bash
# ab.sh ROUNDS 'LABEL|ENV|GENERATOR' ...: builds SITE (default /tmp/natl)
# with each generator in turn, ROUNDS times, each run into the same new
# output folder on OUT_DIR (default /dev/shm: tmpfs, so that the disk's
# state does not enter the figures), removed before the next run and not
# timed. ENV is space-separated VAR=value settings for that generator's
# runs, or empty; a setting AB_SITE=DIR builds DIR instead of SITE with that
# generator (an older generator may need a copy of the site without the
# keys added since). GENERATOR "hugo" runs Hugo on HUGO_SITE (a site made by
# bench/hugo-site.sh) into the same folder instead. Prints every run (wall, user, system seconds, peak KB),
# then per generator the medians, and for each generator after the first
# the median of the pair-by-pair ratios to the first (wall and CPU): pairing
# keeps a ratio meaningful when the machine's speed drifts between rounds.
#
#   bench/ab.sh 4 'before||/tmp/gen-old' 'after||/tmp/gen-new'
#   bench/ab.sh 3 'main|AB_SITE=/tmp/natl-old|/tmp/gen-main' 'now||/tmp/gen'
#   bench/ab.sh 3 'gogc100|GOGC=100|/tmp/gen' 'gogc50|GOGC=50|/tmp/gen'
#   HUGO_SITE=/tmp/hugo-natl bench/ab.sh 5 'hugo||hugo' 'ours||/tmp/gen'
#
# With FRESH_FS=SIZE (root only; 6G fits the national site), every run
# writes instead onto a new ext4 file system of that size, made with
# mkfs.ext4's defaults (a journal) plus MKFS_OPTS, its journal and inode
# tables initialised by mkfs (which, on an image file, marks the tables
# zeroed whatever the options), in an image file on the disk (IMAGE_DIR, default /tmp) mounted through a
# loop device: a fresh disk. With KEEP_FS=1 the file system is made once
# and each run's output removed before the next, as without FRESH_FS:
# with MKFS_OPTS='-O ^has_journal' this shows what a removal costs the
# next run on a journal-less ext4, such as this machine's root (ext4
# skips inodes freed within minutes there: bench/README.md, session 8).
#
#   FRESH_FS=6G HUGO_SITE=/tmp/hugo-natl bench/ab.sh 3 'hugo||hugo' 'ours||/tmp/gen'
#   FRESH_FS=6G KEEP_FS=1 MKFS_OPTS='-O ^has_journal' bench/ab.sh 3 'ours||/tmp/gen'
set -euo pipefail
rounds=$1
shift
site=${SITE:-/tmp/natl}
out=${OUT_DIR:-/dev/shm}/ab-out
log=$(mktemp)
mnt= img=
if [ -n "${FRESH_FS:-}" ]; then
  mnt=$(mktemp -d)
  img=${IMAGE_DIR:-/tmp}/ab-fs-$$.img
  out=$mnt/out
fi
cleanup() {
  if [ -n "$mnt" ]; then
    umount "$mnt" 2>/dev/null || true
    rm -rf "$img" "$mnt"
  fi
  rm -rf "$out" "$log"
}
trap cleanup EXIT
# fresh makes the new, empty output place of a run.
fresh() {
  if [ -z "$mnt" ] || { [ -n "${KEEP_FS:-}" ] && mountpoint -q "$mnt"; }; then
    rm -rf "$out"
    return
  fi
  umount "$mnt" 2>/dev/null || true
  rm -f "$img"
  truncate -s "$FRESH_FS" "$img"
  # shellcheck disable=SC2086 # MKFS_OPTS is a list of words on purpose
  mkfs.ext4 -q -F -E lazy_itable_init=0,lazy_journal_init=0 ${MKFS_OPTS:-} "$img"
  mount -o loop "$img" "$mnt"
}
for _ in $(seq "$rounds"); do
  for v in "$@"; do
    IFS='|' read -r label envs gen <<<"$v"
    src=$site
    for e in $envs; do
      case $e in AB_SITE=*) src=${e#AB_SITE=} ;; esac
    done
    fresh
    sync
    sleep 3
    if [ "$gen" = hugo ]; then
      cmd=(hugo --quiet --source "${HUGO_SITE:?HUGO_SITE: the Hugo site to build}" --destination "$out")
    else
      cmd=("$gen" build --quiet --no-reuse --source "$src" --out "$out")
    fi
    # shellcheck disable=SC2086 # ENV is a list of words on purpose
    env $envs /usr/bin/time -f "$label %e %U %S %M" -a -o "$log" "${cmd[@]}" >/dev/null
    tail -n 1 "$log"
  done
done
median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
first=
for v in "$@"; do
  IFS='|' read -r label _ _ <<<"$v"
  runs=$(grep "^$label " "$log")
  printf '%s: median wall %s s, user %s s, system %s s, peak %s KB\n' "$label" \
    "$(awk '{print $2}' <<<"$runs" | median)" "$(awk '{print $3}' <<<"$runs" | median)" \
    "$(awk '{print $4}' <<<"$runs" | median)" "$(awk '{print $5}' <<<"$runs" | median)"
  if [ -z "$first" ]; then
    first=$label
    continue
  fi
  pairs=$(paste <(grep "^$first " "$log") <(grep "^$label " "$log"))
  printf '  %s/%s pair by pair: wall %s (%s), CPU %s\n' "$label" "$first" \
    "$(awk '{printf "%.3f\n", $7 / $2}' <<<"$pairs" | median)" \
    "$(awk '{printf "%.2f ", $7 / $2}' <<<"$pairs")" \
    "$(awk '{printf "%.3f\n", ($8 + $9) / ($3 + $4)}' <<<"$pairs" | median)"
done
