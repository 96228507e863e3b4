#!/usr/bin/env bash
# pages.sh BUILT: what a built site costs the page cache. For each top
# folder (and top file) of BUILT: files, bytes, and 4 KB pages (each file
# takes its size rounded up to whole pages: the kernel fills, copies and
# zeroes the page cache page by page), then the totals; then the sizes of
# the unit pages under 14 KB (at national scale, the team pages) at the
# 10th, 50th, 90th and 99th percentiles, and how many fit in 8 KB.
#
#   bench/pages.sh /tmp/out-national
set -euo pipefail
built=${1:?usage: bench/pages.sh BUILT}
cd "$built"
find . -type f -printf '%s %P\n' | awk '
  { split($2, p, "/"); top = p[1]; n[top]++; b[top] += $1; g[top] += int(($1 + 4095) / 4096) }
  END {
    for (t in n) printf "%-16s %8d files %10.1f MB %8d pages\n", t, n[t], b[t] / 1e6, g[t]
    for (t in n) { N += n[t]; B += b[t]; G += g[t] }
    printf "%-16s %8d files %10.1f MB %8d pages\n", "TOTAL", N, B / 1e6, G
  }' | sort -k6,6nr
if [ -d don-vi ]; then
  find don-vi -type f -size -14k -printf '%s\n' | sort -n | awk '
    { s[NR] = $1; if ($1 <= 8192) fit++ }
    END {
      if (NR == 0) exit
      printf "unit pages under 14 KB: %d; p10 %d, p50 %d, p90 %d, p99 %d bytes; %d (%.0f%%) fit in 8 KB\n",
        NR, s[int(NR * .1) + 1], s[int(NR * .5) + 1], s[int(NR * .9) + 1], s[int(NR * .99) + 1], fit, 100 * fit / NR
    }'
fi
