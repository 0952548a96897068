#!/usr/bin/env bash
# Network C-STORE benchmark (issue 3): 1,000 CT images of 512 x 512 x 16 bit (about 525 KB each) over
# loopback, one association per run, in three pairings measured in the same run:
#   1. harness send (our SCU)        -> DCMTK storescp
#   2. DCMTK storescu                -> our storage SCP (bench/BenchScp.java)
#   3. DCMTK storescu                -> DCMTK storescp   (the baseline)
# and, as a fourth row, pairing 1 with the JVM limited to its fast-starting C1 compiler
# (-XX:TieredStopAtLevel=1, which HARNESS_JAVA_OPTS passes to ./harness): a short CLI run is dominated by
# JIT warm-up, not by the network code.
# Both receivers write every object to a file. Each pairing runs RUNS times; the median wall time of the
# sending command (process start to exit, association and release included) is reported.
#
# Usage: bench/net-store.sh            (N_IMAGES=1000 RUNS=5 by default)
#        N_IMAGES=200 RUNS=3 bench/net-store.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n_images="${N_IMAGES:-1000}"
runs="${RUNS:-5}"
jar="$root/cli/target/harness.jar"
export TCP_NODELAY=1

for tool in storescp storescu java python3; do
  command -v "$tool" >/dev/null || { echo "net-store.sh: $tool is needed (apt-get install -y dcmtk)" >&2; exit 2; }
done
if [[ ! -f "$jar" ]]; then
  (cd "$root" && mvn -q -B package -DskipTests) >&2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/net-bench.XXXXXX")"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
now() { date +%s.%N; }
count() { find "$1" -type f | wc -l; }

echo "generating $n_images CT images..." >&2
java -cp "$jar" "$root/bench/GenerateCt.java" "$work/images" "$n_images"
bytes=$(du -sb "$work/images" | cut -f1)

storescp_port=$(free_port)
mkdir -p "$work/storescp-out" "$work/scp-out"
storescp -aet STORESCP -od "$work/storescp-out" "$storescp_port" >"$work/storescp.log" 2>&1 &
pids+=($!)
java -cp "$jar" "$root/bench/BenchScp.java" "$work/scp-out" >"$work/scp.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 200); do
  grep -q LISTENING "$work/scp.log" 2>/dev/null && break
  sleep 0.05
done
scp_port=$(awk '/LISTENING/ {print $2}' "$work/scp.log")
[[ -n "$scp_port" ]] || { echo "our SCP did not start: $(cat "$work/scp.log")" >&2; exit 1; }
sleep 0.3

declare -A times
run_one() { # name, output dir, command...
  local name="$1" out="$2"; shift 2
  rm -rf "${out:?}"/*
  local t0 t1
  t0=$(now)
  "$@" >"$work/$name.out" 2>&1 || { echo "$name failed:" >&2; tail -20 "$work/$name.out" >&2; exit 1; }
  t1=$(now)
  local got
  got=$(count "$out")
  [[ "$got" -eq "$n_images" ]] || { echo "$name stored $got of $n_images" >&2; exit 1; }
  times[$name]+="$(echo "$t1 - $t0" | bc -l) "
}

for r in $(seq 1 "$runs"); do
  echo "run $r of $runs" >&2
  run_one harness-to-storescp "$work/storescp-out" java -jar "$jar" send "STORESCP@127.0.0.1:$storescp_port" "$work/images"
  run_one harness-c1-to-storescp "$work/storescp-out" java -XX:TieredStopAtLevel=1 -jar "$jar" send "STORESCP@127.0.0.1:$storescp_port" "$work/images"
  run_one storescu-to-harness "$work/scp-out" storescu -aec BENCHSCP +sd "127.0.0.1" "$scp_port" "$work/images"
  run_one storescu-to-storescp "$work/storescp-out" storescu -aec STORESCP +sd "127.0.0.1" "$storescp_port" "$work/images"
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
base=$(echo "${times[storescu-to-storescp]}" | median)
echo
echo "$n_images CT images, $(echo "$bytes / 1000000" | bc) MB, median of $runs runs; $(nproc) cores, $(java -version 2>&1 | head -1), $(storescu --version | head -1)"
echo
echo "| sender -> receiver | median s | instances/s | MB/s | time vs DCMTK -> DCMTK | all runs (s) |"
echo "|---|---|---|---|---|---|"
for name in harness-to-storescp harness-c1-to-storescp storescu-to-harness storescu-to-storescp; do
  m=$(echo "${times[$name]}" | median)
  label=${name//-to-/ -> }
  printf "| %s | %.2f | %.0f | %.0f | %.2f | %s|\n" "$label" "$m" "$(echo "$n_images / $m" | bc -l)" \
    "$(echo "$bytes / 1000000 / $m" | bc -l)" "$(echo "$m / $base" | bc -l)" \
    "$(for t in ${times[$name]}; do printf '%.2f ' "$t"; done)"
done
