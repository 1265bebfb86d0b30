# Sourced by the server benchmarks (pages.sh, network.sh): start `./astropol serve` over a database, wait until it
# answers, stop it when the script ends, and time one request the way every server section reports it.
#   start_server DB LOG [TRIES]   sets $base (http://127.0.0.1:PORT) and $server_pid; TRIES half-seconds to wait
#                                  (a stale jar is rebuilt first, which can take minutes)
#   t PATH                         prints: status, bytes, time_pretransfer, time_starttransfer (curl, seconds)
start_server() {
  local db="$1" log="$2" tries="${3:-240}" port=$((20000 + RANDOM % 20000))
  ./astropol serve --port "$port" --rate-limit 0 --db "$db" > "$log" 2>&1 &
  server_pid=$!
  trap 'kill "$server_pid" 2>/dev/null || true' EXIT
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 "$tries"); do curl -sf -o /dev/null "$base/api/v1" && return 0; sleep 0.5; done
  echo "bench: the server did not answer on $base (see $log)" >&2; return 1
}
t() { curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_pretransfer} %{time_starttransfer}\n' "$base$1"; }
