# Helpers shared by the reference PACS benchmarks (sourced, not run). Every server binds 127.0.0.1 on a free port.
export TCP_NODELAY=1   # DCMTK and Orthanc: Nagle off, as the harness's own sockets (PEERS.md)

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_port() {   # PORT [TENTHS]: wait until 127.0.0.1:PORT accepts connections
  local tries=${2:-600}
  for _ in $(seq "$tries"); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "nothing listens on 127.0.0.1:$1" >&2
  return 1
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

median() { sort -n | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# Starts the reference PACS (harness pacs) on PORT with DATA; extra options follow. Sets PACS_PID.
start_refpacs() {
  local port=$1 data=$2; shift 2
  java -Xmx1g -jar "$HARNESS_JAR" pacs --aet REFPACS --port "$port" --data "$data" --monitoring-port -1 "$@" \
    > "$data.log" 2>&1 &
  PACS_PID=$!
  for _ in $(seq 1200); do
    grep -q "ready" "$data.log" 2>/dev/null && return 0
    kill -0 "$PACS_PID" 2>/dev/null || { cat "$data.log" >&2; return 1; }
    sleep 0.1
  done
  echo "harness pacs did not start" >&2; cat "$data.log" >&2; return 1
}

# Writes an Orthanc configuration for AET ORTHANC on PORT/HTTP_PORT with storage in DIR (fsync on), and starts it.
# Sets ORTHANC_PID.
start_orthanc() {
  local port=$1 http=$2 dir=$3
  mkdir -p "$dir/storage" "$dir/index"
  cat > "$dir/orthanc.json" <<JSON
{ "Name": "bench", "DicomAet": "ORTHANC", "DicomPort": $port, "HttpPort": $http,
  "StorageDirectory": "$dir/storage", "IndexDirectory": "$dir/index", "Plugins": [],
  "RemoteAccessAllowed": false, "AuthenticationEnabled": false, "DicomCheckCalledAet": false,
  "DicomAlwaysAllowEcho": true, "DicomAlwaysAllowStore": true, "DicomAlwaysAllowFind": true,
  "DicomAlwaysAllowMove": true, "DicomAlwaysAllowGet": true, "AcceptedTransferSyntaxes": ["1.2.840.10008.1.*"],
  "UnknownSopClassAccepted": true, "OverwriteInstances": false, "SyncStorageArea": true, "SaveJobs": false }
JSON
  Orthanc --no-jobs "$dir/orthanc.json" > "$dir/orthanc.log" 2>&1 &
  ORTHANC_PID=$!
  wait_port "$port"
}

stop_pid() {   # PID: SIGTERM, then wait for it
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
