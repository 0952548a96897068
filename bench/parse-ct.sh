#!/usr/bin/env bash
# Parsing a 512x512 16-bit CT: our reader under JMH, beside DCMTK dcmdump on the same file in the same run.
# Usage: bench/parse-ct.sh            (prints a Markdown table row set for BENCHMARKS.md)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$root" && mvn -q -B package -DskipTests -pl bench/jmh -am)
jar="$root/bench/jmh/target/benchmarks.jar"
ct="$work/ct.dcm"
java -cp "$jar" org.dicomharness.bench.CtFixture "$ct"
echo "input: $(stat -c %s "$ct") bytes"

java -jar "$jar" ParseCtBenchmark -jvmArgs "-Dbench.ctFile=$ct" -rf json -rff "$work/jmh.json" | tail -n 6

command -v dcmdump >/dev/null || { echo "dcmdump missing: apt-get install -y dcmtk" >&2; exit 1; }
# dcmdump once per process (includes process start), median of 31 runs.
times=()
for _ in $(seq 31); do
  s=$(date +%s%N); dcmdump "$ct" > /dev/null; e=$(date +%s%N)
  times+=($(( (e - s) / 1000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 16p)
# dcmdump over 200 copies of the file in one process: per-file cost without process start.
args=(); for _ in $(seq 200); do args+=("$ct"); done
amort=()
for _ in $(seq 5); do
  s=$(date +%s%N); dcmdump "${args[@]}" > /dev/null; e=$(date +%s%N)
  amort+=($(( (e - s) / 1000 / 200 )))
done
amortized=$(printf '%s\n' "${amort[@]}" | sort -n | sed -n 3p)

python3 - "$work/jmh.json" "$median" "$amortized" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
median_proc, amortized = int(sys.argv[2]), int(sys.argv[3])
for b in data:
    name = b["benchmark"].rsplit(".", 1)[1]
    score = b["primaryMetric"]["score"]; err = b["primaryMetric"]["scoreError"]
    print(f"| harness {name} (JMH, in-process) | {score:.0f} ± {err:.0f} µs | dcmdump ÷ harness = {amortized / score:.2f} |")
print(f"| dcmdump, 200 files in one process | {amortized} µs per file (median of 5) | |")
print(f"| dcmdump, one process per file | {median_proc} µs (median of 31, includes process start) | |")
PY
