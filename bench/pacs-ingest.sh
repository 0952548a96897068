#!/usr/bin/env bash
# Ingest rate of the reference PACS, beside DCMTK storescp and Orthanc receiving the same corpus in the same run,
# with two senders: DCMTK storescu and the harness's own SCU (DimseClient, bench/jmh StoreSender). Each run starts
# a fresh receiver with an empty data folder, sends a warm-up corpus (other objects, untimed: the reference PACS and
# our SCU run on the JVM, whose first few hundred objects pay for the JIT), then the measured corpus over one
# association, and stops the receiver.
# Usage: bench/pacs-ingest.sh [RUNS] [OBJECTS] [WARMUP]     (defaults: 5 runs of 500 x 525 KB CT after 200)
# Prints Markdown table rows for BENCHMARKS.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/pacs-lib.sh"
runs=${1:-5}
objects=${2:-500}
warmup=${3:-200}
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do stop_pid "$p"; done; rm -rf "$work"; }
trap cleanup EXIT

for p in storescu storescp Orthanc; do
  command -v "$p" >/dev/null || { echo "$p missing: apt-get install -y dcmtk orthanc" >&2; exit 1; }
done
(cd "$root" && mvn -q -B package -DskipTests -pl cli,bench/jmh -am)
HARNESS_JAR="$root/cli/target/harness.jar"
BENCH_JAR="$root/bench/jmh/target/benchmarks.jar"
java -cp "$BENCH_JAR" org.dicomharness.bench.CtCorpus "$work/corpus" "$objects" > /dev/null
java -cp "$BENCH_JAR" org.dicomharness.bench.CtCorpus "$work/warmup" "$warmup" 100001 > /dev/null
bytes=$(du -sb "$work/corpus" | cut -f1)
echo "corpus: $objects CT objects, $bytes bytes, after $warmup warm-up objects; $runs runs per (receiver, sender)" >&2

# send SENDER PORT AET -> elapsed milliseconds on stdout; fails unless every object was answered Success
send() {
  local sender=$1 port=$2 aet=$3 out
  if [ "$sender" = storescu ]; then
    local s e
    storescu +sd -aet STORESCU -aec "$aet" 127.0.0.1 "$port" "$work/warmup" > /dev/null 2>&1
    s=$(now_ms)
    out=$(storescu -v +sd -aet STORESCU -aec "$aet" 127.0.0.1 "$port" "$work/corpus" 2>&1)
    e=$(now_ms)
    [ "$(grep -c 'Received Store Response (Success)' <<<"$out")" -eq "$objects" ] || { echo "$out" >&2; return 1; }
    echo $(( e - s ))
  else
    out=$(java -cp "$BENCH_JAR" org.dicomharness.bench.StoreSender 127.0.0.1 "$port" "$aet" "$work/corpus" \
      "$work/warmup")
    grep -q "sent $objects objects .* 0 failure" <<<"$out" || { echo "$out" >&2; return 1; }
    sed -E 's/.* in ([0-9]+) ms.*/\1/' <<<"$out"
  fi
}

# one_run RECEIVER SENDER N -> elapsed ms
one_run() {
  local receiver=$1 sender=$2 n=$3 port dir ms
  port=$(free_port)
  dir="$work/$receiver-$sender-$n"
  mkdir -p "$dir"
  case $receiver in
    refpacs)         start_refpacs "$port" "$dir/data"; pids+=("$PACS_PID"); pid=$PACS_PID; aet=REFPACS ;;
    refpacs-nofsync) start_refpacs "$port" "$dir/data" --no-fsync; pids+=("$PACS_PID"); pid=$PACS_PID; aet=REFPACS ;;
    storescp)        storescp -aet STORESCP -od "$dir" "$port" > "$dir.log" 2>&1 & pid=$!; pids+=("$pid")
                     wait_port "$port"; aet=STORESCP ;;
    orthanc)         start_orthanc "$port" "$(free_port)" "$dir"; pid=$ORTHANC_PID; pids+=("$pid"); aet=ORTHANC ;;
  esac
  ms=$(send "$sender" "$port" "$aet")
  stop_pid "$pid"
  rm -rf "$dir" "$dir.log" "$dir/data.log"
  echo "$ms"
}

declare -A med
echo "| receiver | sender | median objects/s | MB/s | runs: ms (min-max) |"
echo "|---|---|---|---|---|"
for receiver in refpacs refpacs-nofsync storescp orthanc; do
  for sender in storescu harness-scu; do
    times=()
    for n in $(seq "$runs"); do
      times+=("$(one_run "$receiver" "$sender" "$n")")
    done
    m=$(printf '%s\n' "${times[@]}" | median)
    lo=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
    hi=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
    rate=$(awk -v n="$objects" -v ms="$m" 'BEGIN {printf "%.0f", n * 1000 / ms}')
    mbs=$(awk -v b="$bytes" -v ms="$m" 'BEGIN {printf "%.0f", b / 1e6 * 1000 / ms}')
    med[$receiver,$sender]=$rate
    echo "| $receiver | $sender | $rate | $mbs | $m ($lo-$hi) |"
  done
done
echo
for sender in storescu harness-scu; do
  awk -v s="$sender" -v p="${med[refpacs,$sender]}" -v q="${med[refpacs-nofsync,$sender]}" \
      -v d="${med[storescp,$sender]}" -v o="${med[orthanc,$sender]}" 'BEGIN {
    printf "%s: refpacs (fsync) / orthanc (fsync) = %.2f; refpacs (no fsync) / storescp (no fsync) = %.2f\n",
      s, p / o, q / d }'
done
