#!/usr/bin/env bash
# ab.sh ROUNDS 'LABEL|ENV|GENERATOR' ...: builds SITE (default /tmp/natl)
# with each generator in turn, ROUNDS times, each run into the same new
# output folder on OUT_DIR (default /dev/shm: tmpfs, so that the disk's
# state does not enter the figures), removed before the next run and not
# timed. ENV is space-separated VAR=value settings for that generator's
# runs, or empty. GENERATOR "hugo" runs Hugo on HUGO_SITE (a site made by
# bench/hugo-site.sh) into the same folder instead. Prints every run (wall, user, system seconds, peak KB),
# then per generator the medians, and for each generator after the first
# the median of the pair-by-pair ratios to the first (wall and CPU): pairing
# keeps a ratio meaningful when the machine's speed drifts between rounds.
#
#   bench/ab.sh 4 'before||/tmp/gen-old' 'after||/tmp/gen-new'
#   bench/ab.sh 3 'gogc100|GOGC=100|/tmp/gen' 'gogc50|GOGC=50|/tmp/gen'
#   HUGO_SITE=/tmp/hugo-natl bench/ab.sh 5 'hugo||hugo' 'ours||/tmp/gen'
set -euo pipefail
rounds=$1
shift
site=${SITE:-/tmp/natl}
out=${OUT_DIR:-/dev/shm}/ab-out
log=$(mktemp)
trap 'rm -rf "$out" "$log"' EXIT
for _ in $(seq "$rounds"); do
  for v in "$@"; do
    IFS='|' read -r label envs gen <<<"$v"
    rm -rf "$out"
    sync
    sleep 3
    if [ "$gen" = hugo ]; then
      cmd=(hugo --quiet --source "${HUGO_SITE:?HUGO_SITE: the Hugo site to build}" --destination "$out")
    else
      cmd=("$gen" build --quiet --no-reuse --source "$site" --out "$out")
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
