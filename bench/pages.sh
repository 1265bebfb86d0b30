#!/usr/bin/env bash
# Server time of every web page on the full knowledge base: `./astropol serve` over a scratch database (the curated
# data of this checkout, plus the UN votes of ../shared/data/unvotes when present), then per page one first request
# (the answer computed, nothing kept yet) and N more, one at a time, timed by curl from the request sent to the first
# byte of the answer (time_starttransfer - time_pretransfer: the server's time plus a loopback round trip).
# Usage: bench/pages.sh [N]   Prints one TSV line per page: path, status, bytes, first ms, median ms, p90 ms, max ms.
# (bench/run --only pages puts the results in docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-20}"
work=bench/work/pages
mkdir -p "$work"
db="$work/pages.duckdb"
rm -rf "$db" "$db".*
ASTROPOL_DB="$db" ./astropol build >&2
unv="$(cd .. && pwd)/shared/data/unvotes"
if [ -f "$unv/un_votes.csv" ]; then ASTROPOL_DB="$db" ./astropol import unvotes "$unv" >&2; fi
. bench/server.sh
start_server "$db" "$work/serve.log"
doc="$(curl -s "$base/api/v1/documents" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d[0]["id"] if d else "")' 2>/dev/null || true)"
y=$(date +%Y)
pages=(/ "/search?q=china" /entity/CHN /entity/USA /entity/ilrs /entity/nasa /members/artemis-accords /compare "/compare?a=esa&b=ilrs"
       /map "/map?a=esa&b=" "/timeline?a=RUS&b=CHN" /network "/network?year=2010" "/network?year=$y&kind=partnership&node=CHN" /sources
       /tiers "/tiers?weight.budget=20" /firsts /firsts/orbital-launch /votes /votes/A%2FRES%2F69%2F32 /alignment
       "/alignment?states=USA,CHN,RUS,IND,FRA&topic=space" /documents
       /api/v1/network "/api/v1/network?year=2010")   # the last two: the JSON /network draws its layout from
[ -n "$doc" ] && pages+=("/documents/$doc")
echo "astropol $(git rev-parse --short HEAD 2>/dev/null || echo "?") on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $n requests a page after the first"
for p in "${pages[@]}"; do
  first="$(t "$p")"
  for _ in $(seq 1 "$n"); do t "$p"; done > "$work/times.txt"
  python3 - "$p" "$first" "$work/times.txt" <<'PY'
import statistics, sys
path, first, f = sys.argv[1], sys.argv[2].split(), sys.argv[3]
ms = lambda r: (float(r[3]) - float(r[2])) * 1000
runs = [l.split() for l in open(f) if l.strip()]
xs = sorted(ms(r) for r in runs)
p90 = xs[min(len(xs) - 1, int(round(0.9 * (len(xs) - 1))))]
print("\t".join([path, first[0], first[1], "%.1f" % ms(first), "%.1f" % statistics.median(xs), "%.1f" % p90, "%.1f" % xs[-1]]))
PY
done
