#!/usr/bin/env bash
# Server time and size of /network and the JSON its layout is drawn from, on the full knowledge base: `./astropol
# serve` over a scratch database, then per URL one first request (the analysis computed) and N more, timed by curl
# from the request sent to the first byte of the answer. Also the server's CPU time (user+sys, from /proc) over the
# N warm requests of each URL, since wall time alone is unreliable on a loaded machine.
# Usage: bench/network.sh [N]   Prints TSV: path, status, bytes, first ms, median ms, max ms, server CPU ms per request.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-20}"
work=bench/work/network
mkdir -p "$work"
db="$work/network.duckdb"
if [ ! -f "$db" ] || [ -n "${REBUILD:-}" ]; then rm -rf "$db" "$db".*; ASTROPOL_DB="$db" ./astropol build >&2; fi
. bench/server.sh
start_server "$db" "$work/serve.log" 1200
jvm=$(pgrep -P "$server_pid" java || echo "$server_pid")
y=$(date +%Y)
pages=(/network "/network?ties=all" "/network?year=2010" "/api/v1/network?year=$y" "/api/v1/network?year=$y&ties=backbone"
       "/api/v1/network?year=$y&ties=all" "/api/v1/network?year=2010&ties=backbone")
echo "astropol $(git rev-parse --short HEAD 2>/dev/null || echo "?") on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $n requests a URL after the first"
cpu() { awk '{print $14 + $15}' "/proc/$jvm/stat"; }
hz=$(getconf CLK_TCK)
for p in "${pages[@]}"; do
  first="$(t "$p")"
  c0=$(cpu)
  for _ in $(seq 1 "$n"); do t "$p"; done > "$work/times.txt"
  c1=$(cpu)
  python3 - "$p" "$first" "$work/times.txt" "$c0" "$c1" "$hz" "$n" <<'PY'
import statistics, sys
path, first, f, c0, c1, hz, n = sys.argv[1], sys.argv[2].split(), sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
ms = lambda r: (float(r[3]) - float(r[2])) * 1000
xs = sorted(ms(l.split()) for l in open(f) if l.strip())
print("\t".join([path, first[0], first[1], "%.1f" % ms(first), "%.1f" % statistics.median(xs), "%.1f" % xs[-1], "%.1f" % ((c1 - c0) * 1000 / hz / n)]))
PY
done
