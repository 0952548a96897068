#!/usr/bin/env bash
# C-FIND latency of the reference PACS on an index of 100,000 instances, beside Orthanc holding the same objects.
#   1. IndexSeeder fills a data folder in-process (ObjectStore + InstanceIndex.insert, as ingest does after receipt):
#      10,000 studies x 2 series x 5 small CT objects, 5,000 patients, study dates spread over 2020-2024.
#   2. harness pacs starts on it; FindLatency (our SCU, one association) times study-level queries by Patient ID and
#      by a 7-day Study Date range; findscu is timed per process (start-up and association included).
#   3. With --orthanc: the same object files are sent to Orthanc with storescu, and the same queries are timed.
# Usage: bench/pacs-find.sh [INSTANCES] [ROUNDS] [--orthanc]      (defaults: 100000 200)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/pacs-lib.sh"
instances=${1:-100000}
rounds=${2:-200}
orthanc=${3:-}
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do stop_pid "$p"; done; rm -rf "$work"; }
trap cleanup EXIT

(cd "$root" && mvn -q -B package -DskipTests -pl cli,bench/jmh -am)
HARNESS_JAR="$root/cli/target/harness.jar"
BENCH_JAR="$root/bench/jmh/target/benchmarks.jar"
data="$work/pacs-data"

s=$(now_ms)
java -cp "$BENCH_JAR" org.dicomharness.bench.IndexSeeder "$data" "$instances" 2>/dev/null | tail -1
e=$(now_ms)
echo "seeding: $(( (e - s) / 1000 )) s; H2 file $(du -sm "$data/index" | cut -f1) MB, objects $(du -sm "$data/objects" | cut -f1) MB"
# The seeder commits 100,000 small transactions in two minutes; H2 keeps the superseded chunks of the file until its
# retention time passes, so the file is mostly free space. Compact it once, as a long-running archive would be.
java -cp "$BENCH_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$data/index/pacs" -sql "SHUTDOWN COMPACT" > /dev/null 2>&1 || true
rm -f "$data/index/pacs.trace.db"
echo "after SHUTDOWN COMPACT: H2 file $(du -sm "$data/index" | cut -f1) MB"

# findscu_median PORT AET KEY... -> median wall-clock ms of 31 findscu processes, each with its own association
findscu_median() {
  local port=$1 aet=$2; shift 2
  local t=()
  for i in $(seq 31); do
    local s e
    s=$(now_ms)
    findscu -S -aec "$aet" -k QueryRetrieveLevel=STUDY -k StudyInstanceUID -k PatientName -k StudyDate "$@" \
      127.0.0.1 "$port" > /dev/null 2>&1
    e=$(now_ms)
    t+=($(( e - s )))
  done
  printf '%s\n' "${t[@]}" | median
}

measure() {   # NAME PORT AET
  local name=$1 port=$2 aet=$3
  echo "== $name"
  java -cp "$BENCH_JAR" org.dicomharness.bench.FindLatency 127.0.0.1 "$port" "$aet" "$instances" "$rounds"
  echo "findscu (process + association + query), Patient ID: median $(findscu_median "$port" "$aet" -k PatientID=BENCH001234) ms"
  echo "findscu (process + association + query), 7-day range: median $(findscu_median "$port" "$aet" -k StudyDate=20220301-20220307) ms"
}

port=$(free_port)
s=$(now_ms)
start_refpacs "$port" "$data" --no-fsync
pids+=("$PACS_PID")
e=$(now_ms)
echo "harness pacs start-up on $instances instances (recovery scan included): $(( e - s )) ms"
measure "reference PACS (H2 embedded)" "$port" REFPACS
stop_pid "$PACS_PID"

if [ "$orthanc" = "--orthanc" ]; then
  command -v Orthanc >/dev/null || { echo "Orthanc missing: apt-get install -y orthanc" >&2; exit 1; }
  oport=$(free_port)
  start_orthanc "$oport" "$(free_port)" "$work/orthanc"
  pids+=("$ORTHANC_PID")
  s=$(now_ms)
  storescu +sd +r -aec ORTHANC 127.0.0.1 "$oport" "$data/objects" > "$work/orthanc-load.log" 2>&1
  e=$(now_ms)
  echo "Orthanc load: $instances objects by storescu in $(( (e - s) / 1000 )) s"
  measure "Orthanc 1.10.1 (SQLite index)" "$oport" ORTHANC
fi
