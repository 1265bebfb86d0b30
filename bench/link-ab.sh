#!/usr/bin/env bash
# Two versions of the extraction code in LinkBench's own scenario, alternated round by round so both see the same
# machine: BEFORE = a folder of another commit's astropol-ingest classes, AFTER = this tree's, each ahead of the
# application jar in its own JVM (a JVM per round: what the JIT compiles during the passes counts, as in LinkBench).
#   bench/link-ab.sh BEFORE_CLASSES [ROUNDS]
# e.g. git worktree add /tmp/old COMMIT && (cd /tmp/old && mvn -q -o -pl astropol-ingest -am compile)
#      bench/link-ab.sh /tmp/old/astropol-ingest/target/classes 4
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 1 ] && [ -d "$1" ] || { echo "usage: bench/link-ab.sh BEFORE_CLASSES [ROUNDS]" >&2; exit 2; }
before="$1"; rounds="${2:-3}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar="$ROOT/astropol-app/target/astropol.jar" after="$ROOT/astropol-ingest/target/classes"
[ -f "$jar" ] && [ -d "$after" ] || { echo "build first: ./astropol --version" >&2; exit 2; }
pin=(); command -v taskset >/dev/null && pin=(taskset -c 1)
for i in $(seq "$rounds"); do
  for v in before after; do
    cp="$before:$jar"; [ "$v" = after ] && cp="$after:$jar"
    r=$(NO_BASELINE=1 "${pin[@]}" "$JAVA" -XX:ActiveProcessorCount=1 -cp "$cp" "$ROOT/bench/LinkBench.java" "$ROOT/data" "$ROOT/../shared/corpus" 20 \
        | sed -n 's/^astropol linking + extraction: .* = \([0-9.]*\) MB\/s.*/\1/p')
    echo "round $i $v $r MB/s (load $(cut -d' ' -f1 /proc/loadavg))"
  done
done
