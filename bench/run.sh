#!/usr/bin/env bash
# Benchmark: astropol's centralities and Louvain against networkx on the same graphs, in one run.
#   bench/run.sh [--data DIR --db FILE]     (options go to ./astropol network for the cooperation graph)
# Graphs: the cooperation network of the knowledge base today, and a generated Barabasi-Albert graph of
# 100,000 nodes (m = 3, seed 1, weights uniform in [0.1, 1], seed 1). Exact betweenness on the cooperation
# graph; on the generated graph betweenness from SAMPLE (default 20) random sources, in both tools.
# Writes the results table to stdout (bench/run --only graph puts it in docs/benchmarks.md). Needs python3 with networkx
# (Debian: apt-get install python3-networkx).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
SAMPLE="${SAMPLE:-20}"
N="${N:-100000}"
PY=/usr/bin/python3
"$PY" -c "import networkx" 2>/dev/null || { echo "bench: python3-networkx is needed (apt-get install python3-networkx)" >&2; exit 2; }

"$ROOT/astropol" network --format csv --edges "$@" 2>/dev/null > "$WORK/coop.csv"
"$PY" - "$WORK" "$N" <<'PYEOF'
import csv, random, sys
import networkx as nx
work, n = sys.argv[1], int(sys.argv[2])
with open(f"{work}/coop.csv") as f, open(f"{work}/coop.tsv", "w") as out:
    for row in csv.DictReader(f):
        out.write(f"{row['source']}\t{row['target']}\t{row['weight']}\n")
g = nx.barabasi_albert_graph(n, 3, seed=1)
rnd = random.Random(1)
with open(f"{work}/ba.tsv", "w") as out:
    for u, v in g.edges():
        out.write(f"{u}\t{v}\t{rnd.uniform(0.1, 1.0):.6f}\n")
PYEOF
JAVA="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-2* 2>/dev/null | head -1)}/bin/java"
CP="$ROOT/astropol-analysis/target/classes"
[ -d "$CP" ] || { echo "bench: build first (./astropol build or mvn install)" >&2; exit 2; }

run() { # graph-file sample label
  "$JAVA" -Xss64m -cp "$CP" "$ROOT/bench/GraphBench.java" "$1" "$2" > "$WORK/j.txt"
  "$PY" "$ROOT/bench/nx_bench.py" "$1" "$2" > "$WORK/p.txt"
  echo "### $3 ($(head -1 "$WORK/j.txt"))"
  echo
  echo "| algorithm | astropol (s) | networkx (s) | ratio |"
  echo "|---|---|---|---|"
  for a in degree pagerank eigenvector louvain betweenness; do
    j=$(awk -v a=$a '$1==a {print $2}' "$WORK/j.txt"); p=$(awk -v a=$a '$1==a {print $2}' "$WORK/p.txt")
    echo "| $a | $j | $p | $(awk -v j="$j" -v p="$p" 'BEGIN { if (j > 0) printf "%.0f", p / j; else print "inf" }')x |"
  done
  echo
  echo "Louvain: astropol $(grep communities "$WORK/j.txt"); networkx $(grep communities "$WORK/p.txt")."
  echo
}
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), networkx $("$PY" -c 'import networkx; print(networkx.__version__)')."
echo
run "$WORK/coop.tsv" 0 "Cooperation network (exact betweenness)"
run "$WORK/ba.tsv" "$SAMPLE" "Barabasi-Albert graph, betweenness from $SAMPLE sources"
