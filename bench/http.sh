#!/usr/bin/env bash
# Load benchmark of the HTTP API on loopback: the entity and members endpoints, 64 connections, 30 s each,
# with wrk (Debian package wrk). Starts `./astropol serve` with the rate limit off, warms it up, runs wrk and
# prints the latency distribution. Usage: bench/http.sh [DURATION_SECONDS]   (bench/run --only http puts the results in docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 2; }
duration="${1:-30}"
port=$((20000 + RANDOM % 20000))
./astropol build >&2
./astropol serve --port "$port" --rate-limit 0 > /dev/null &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1" && break; sleep 0.5; done
echo "astropol $(git rev-parse --short HEAD 2>/dev/null || echo "?") on $(nproc) cores, JDK of ./astropol"
for path in "/api/v1/entities/CHN" "/api/v1/members/artemis-accords?asOf=2022-06-30"; do
  url="http://127.0.0.1:$port$path"
  wrk -t2 -c64 -d5s "$url" > /dev/null   # warm-up (JIT)
  echo "== GET $path  (64 connections, ${duration}s)"
  wrk -t2 -c64 -d"${duration}s" --latency "$url"
done
