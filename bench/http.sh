#!/usr/bin/env bash
# Load benchmark of the HTTP API on loopback, 64 connections, 30 s each, with wrk (Debian package wrk): the entity
# and members endpoints (served from memory), then the database-backed endpoints (votes, search, documents,
# alignment) in one mix while `astropol import unvotes` and `astropol ingest` write the same database file beside it.
# Starts `./astropol serve` with the rate limit off, warms it up, runs wrk and prints the latency distribution.
# Usage: bench/http.sh [DURATION_SECONDS]   (bench/run --only http puts the results in docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 2; }
duration="${1:-30}"
port=$((20000 + RANDOM % 20000))
./astropol build >&2
./astropol serve --port "$port" --rate-limit 0 > /dev/null &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; [ -z "${pid2:-}" ] || kill "$pid2" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1" && break; sleep 0.5; done
echo "astropol $(git rev-parse --short HEAD 2>/dev/null || echo "?") on $(nproc) cores, JDK of ./astropol"
for path in "/api/v1/entities/CHN" "/api/v1/members/artemis-accords?asOf=2022-06-30"; do
  url="http://127.0.0.1:$port$path"
  wrk -t2 -c64 -d5s "$url" > /dev/null   # warm-up (JIT)
  echo "== GET $path  (64 connections, ${duration}s)"
  wrk -t2 -c64 -d"${duration}s" --latency "$url"
done

# ---- database-backed endpoints beside writers: needs the shared bulk data (UN votes) and corpus
shared="$(cd .. && pwd)/shared"
if [ ! -f "$shared/data/unvotes/un_votes.csv" ] || [ ! -d "$shared/corpus" ] || [ ! -d "$shared/corpus-law" ]; then
  echo "== skipped: database-backed endpoints need $shared/data/unvotes, corpus and corpus-law"
  exit 0
fi
work=bench/work/http
mkdir -p "$work"
db="$work/bench.duckdb"
rm -rf "$db" "$db.wal" "$db.writers" "$work/index"
# a scratch database: the knowledge base, the UN votes and one corpus ingested; the other corpus is ingested under load
./astropol build --db "$db" >&2
./astropol import unvotes "$shared/data/unvotes" --db "$db" >&2
./astropol ingest "$shared/corpus" --db "$db" >&2
port2=$((port + 1))
./astropol serve --port "$port2" --rate-limit 0 --db "$db" > "$work/serve.log" 2>&1 &
pid2=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port2/api/v1" && break; sleep 0.5; done
paths=(/api/v1/votes/A/RES/69/32 "/api/v1/search?q=lunar%20station" /api/v1/documents "/api/v1/alignment?a=CHN&b=RUS"
       "/api/v1/alignment?states=USA,CHN,RUS,IND,FRA&topic=space-security")
lua="$work/mix.lua"
{
  printf 'local paths = {'
  for p in "${paths[@]}"; do printf '"%s",' "$p"; done
  printf '}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i %% #paths) + 1])\nend\n'
} > "$lua"
for p in "${paths[@]}"; do curl -s -o /dev/null -w "warm-up %{http_code} %{time_total}s $p\n" "http://127.0.0.1:$port2$p" >&2; done
wrk -t2 -c64 -d5s -s "$lua" "http://127.0.0.1:$port2" > /dev/null
echo "== GET /api/v1/{votes,search,documents,alignment}  (64 connections, ${duration}s, import then ingest writing meanwhile)"
# one writer after the other (DuckDB has one writer at a time; each waits for the file, bounded, see docs/cli.md)
( sleep 3; t0=$(date +%s.%N); rc=0; ./astropol import unvotes "$shared/data/unvotes" --db "$db" > "$work/import.log" 2>&1 || rc=$?
  echo "import $rc $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')" > "$work/import.rc"
  t0=$(date +%s.%N); rc=0; ./astropol ingest "$shared/corpus-law" --db "$db" > "$work/ingest.log" 2>&1 || rc=$?
  echo "ingest $rc $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')" > "$work/ingest.rc" ) &
wi=$!
wrk -t2 -c64 -d"${duration}s" --latency -s "$lua" "http://127.0.0.1:$port2"
wait "$wi"
read -r _ irc isec < "$work/import.rc"
read -r _ grc gsec < "$work/ingest.rc"
after=$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port2/api/v1/votes/A/RES/69/32")
docs=$(curl -s "http://127.0.0.1:$port2/api/v1/documents" | grep -o '"count":[0-9]*' | head -1)
printf 'writers: import unvotes exit %s in %.1f s; ingest corpus-law exit %s in %.1f s; afterwards /api/v1/votes answers %s, /api/v1/documents %s\n' \
  "$irc" "$isec" "$grc" "$gsec" "$after" "$docs"
