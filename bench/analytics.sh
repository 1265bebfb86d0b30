#!/usr/bin/env bash
# All analyses on the full knowledge base (issue 7's acceptance: "all analyses together finish in under 2 seconds
# after the JVM starts"). Builds a database from data/ (and imports ../shared/data/unvotes when present, for the
# alignment), then runs `astropol analyse-all` N times: one JVM per run, every analysis once on the loaded
# knowledge base; the time reported is measured inside the JVM from its start (RuntimeMXBean start time) to the end
# of the last analysis. Also times each analysis command as a whole process (JVM start included) once.
#   bench/analytics.sh [--reps N]        prints a markdown section for docs/benchmarks.md
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench/work"
REPS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) REPS="$2"; shift 2 ;;
    *) echo "usage: bench/analytics.sh [--reps N]" >&2; exit 2 ;;
  esac
done
mkdir -p "$WORK"
DB="$WORK/analytics.duckdb"
A=("$ROOT/astropol")
"${A[@]}" build --db "$DB" >/dev/null
UNVOTES="$ROOT/../shared/data/unvotes"
if [ -d "$UNVOTES" ]; then "${A[@]}" import unvotes "$UNVOTES" --db "$DB" >/dev/null 2>&1; else echo "bench: $UNVOTES absent: alignment not measured" >&2; fi
AS_OF=2025-06-30
OUT="$WORK/analytics-runs.jsonl"
: > "$OUT"
# An AOT cache of the application's classes (JDK 25+, JEP 483/515), made by one training run; runs with and without
# it alternate so that both see the same machine load.
AOT="$WORK/astropol.aot"; OUT_AOT="$WORK/analytics-runs-aot.jsonl"
rm -f "$AOT" "$AOT.config"; : > "$OUT_AOT"
ASTROPOL_JAVA_OPTS="-XX:AOTCacheOutput=$AOT" "${A[@]}" analyse-all --db "$DB" --as-of "$AS_OF" --format json >/dev/null 2>&1 || true
for i in $(seq "$REPS"); do
  "${A[@]}" analyse-all --db "$DB" --as-of "$AS_OF" --format json | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)))' >> "$OUT"
  if [ -f "$AOT" ]; then
    ASTROPOL_JAVA_OPTS="-XX:AOTCache=$AOT" "${A[@]}" analyse-all --db "$DB" --as-of "$AS_OF" --format json 2>/dev/null | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)))' >> "$OUT_AOT"
  fi
done
"${A[@]}" analyse-all --db "$DB" --as-of "$AS_OF" --explain --format json | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)))' > "$WORK/analytics-explain.json"

now() { date +%s%N; }
PROC="$WORK/analytics-process.tsv"
: > "$PROC"
proc() { # NAME ARGS... : wall time of one whole process
  local name="$1"; shift
  local t0 t1; t0=$(now); "${A[@]}" "$@" --db "$DB" --as-of "$AS_OF" --format json >/dev/null 2>&1 || true; t1=$(now)
  printf '%s\t%s\n' "$name" "$(( (t1 - t0) / 1000000 ))" >> "$PROC"
}
proc "--version (JVM start only)" --version 2>/dev/null || true
proc "firsts orbital-launch" firsts orbital-launch
proc "network" network
proc "tiers" tiers
proc "density css ilrs artemis-accords" density chinese-space-station ilrs artemis-accords
proc "compare ilrs artemis-accords" compare ilrs artemis-accords
proc "timeline RUS CHN --phases" timeline RUS CHN --phases
[ -d "$UNVOTES" ] && proc "alignment CHN RUS --topic space-security" alignment CHN RUS --topic space-security
[ -d "$UNVOTES" ] && proc "alignment --matrix --topic space-security" alignment --matrix --topic space-security

python3 - "$OUT" "$WORK/analytics-explain.json" "$PROC" "$REPS" "$OUT_AOT" <<'PY'
import json, sys, statistics, os, platform
runs = [json.loads(l) for l in open(sys.argv[1])]
aot = [json.loads(l) for l in open(sys.argv[5]) if l.strip()]
explain = json.load(open(sys.argv[2]))
proc = [l.rstrip("\n").split("\t") for l in open(sys.argv[3]) if l.strip()]
med = lambda k: statistics.median(r[k] for r in runs)
load = os.getloadavg()
print("## All analyses on the full knowledge base\n")
print(f"`bench/analytics.sh --reps {sys.argv[4]}`, as of {runs[0]['asOf']}; {os.cpu_count()} CPUs, load average "
      f"{load[0]:.1f}, {load[1]:.1f}, {load[2]:.1f} at the end, {runs[0]['loadAverage']:.1f} during the first run (shared machine); {runs[0]['java']}.\n")
print("| measure | median ms | min ms | max ms | with AOT cache: median | min | max |\n|---|---|---|---|---|---|---|")
for k, label in [("totalAfterJvmStartMs", "**all analyses, from JVM start to the end of the last**"),
                 ("jvmStartToCommandMs", "JVM start to the command (class loading, picocli)"),
                 ("loadMs", "open database, check data/ unchanged, read the knowledge base"),
                 ("analysesMs", "all analyses on the loaded knowledge base"),
                 ("analysesWithoutAlignmentMs", "of which without alignment")]:
    xs = [r[k] for r in runs]
    ys = [r[k] for r in aot]
    a = f"{statistics.median(ys):.0f} | {min(ys):.0f} | {max(ys):.0f}" if ys else "- | - | -"
    print(f"| {label} | {med(k):.0f} | {min(xs):.0f} | {max(xs):.0f} | {a} |")
print("\nPer analysis (median of the runs, ms):\n")
print("| step | ms | size |\n|---|---|---|")
for i, s in enumerate(runs[0]["steps"]):
    print(f"| {s['step']} | {statistics.median(r['steps'][i]['ms'] for r in runs):.1f} | {s['size'] or ''} |")
print(f"\nWith `--explain` computed too: {explain['totalAfterJvmStartMs']} ms after JVM start (one run).\n")
print("Each command as its own process (wall time, JVM start included, one run):\n")
print("| command | ms |\n|---|---|")
for name, ms in proc: print(f"| {name} | {ms} |")
PY
