#!/usr/bin/env bash
# Two replicas of the service on one PostgreSQL against one: prepares a schema of its own on the server named by
# SUPERVISION_TEST_POSTGRES with submitted drafts (bench/issuing's IssueBench), starts the API in Release on two
# free loopback ports over that schema, with one audit key, then
#   warm-up: 200 acts through each replica, not counted (JIT, connection pools);
#   run 1, one process:   CLIENTS sessions of office B's signatory, all on replica 1, sign ACTS drafts;
#   run 2, two processes: CLIENTS sessions of office B's signatory, spread over both replicas, sign ACTS drafts
#                         (one office: both replicas take numbers from the same counter);
#   run 3, two processes: CLIENTS/2 sessions of office A and CLIENTS/2 of office B, spread over both replicas
#                         (two offices: two counters).
# Then checks that every number is unique and gapless per office and that the audit chain holds. Prints
# throughput, latency, the servers' CPU time per act, the date and the load average. Stops the servers it
# started, by their PIDs, and drops the schema it made.
#
#   SUPERVISION_TEST_POSTGRES="$(bash .ci/postgres.sh)" bench/replicas/run.sh [ACTS] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/../.."

acts=${1:-1000}
clients=${2:-16}
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
export Register__AuditKeyFile="$out/audit.key"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

server_connection=${SUPERVISION_TEST_POSTGRES:?set SUPERVISION_TEST_POSTGRES (bash .ci/postgres.sh): replicas share a PostgreSQL}
schema="bench_replicas_$$"
psql_url=$(echo "$server_connection" | sed -E 's/Host=([^;]*);Port=([^;]*);Database=([^;]*);Username=([^;]*);Password=([^;]*).*/postgresql:\/\/\4:\5@\1:\2\/\3/')
db="$server_connection;Search Path=$schema"

dotnet build -c Release -v quiet -nologo src/Api/Supervision.Api.csproj >/dev/null
dotnet build -c Release -v quiet -nologo bench/issuing/IssueBench/Supervision.IssueBench.csproj >/dev/null
bench() { dotnet bench/issuing/IssueBench/bin/Release/net10.0/Supervision.IssueBench.dll "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  psql "$psql_url" -qc "SET client_min_messages = warning; DROP SCHEMA IF EXISTS $schema CASCADE" || true
}
trap cleanup EXIT
psql "$psql_url" -qc "CREATE SCHEMA $schema"

warmup=200
half=$((clients / 2))
echo "setup: $((2 * warmup + 2 * acts + acts / 2)) drafts of office B, $((acts / 2)) of office A (postgres)"
bench setup --db "$db" --examples examples --out "$out" --a "$((acts / 2))" --b "$((2 * warmup + 2 * acts + acts / 2))"
. bench/lib/slice.sh
slice "$out/b.txt" 0 "$warmup" >"$out/warm1.txt"
slice "$out/b.txt" "$warmup" "$warmup" >"$out/warm2.txt"
slice "$out/b.txt" "$((2 * warmup))" "$acts" >"$out/run1.txt"
slice "$out/b.txt" "$((2 * warmup + acts))" "$acts" >"$out/run2.txt"
slice "$out/b.txt" "$((2 * warmup + 2 * acts))" "$((acts / 2))" >"$out/run3b.txt"

. bench/lib/api.sh
port1=$(free_port)
mkdir -p "$out/1" "$out/2"
start_api "$port1" "$out/1" Register__Connection="$db"
pids+=("$server"); pid1=$server
await_api "$port1" "$out/1"
url1="http://127.0.0.1:$port1"

echo "run 1 (one process) at $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
bench sign --url "$url1" --group "warm-up:b.head:$out/warm1.txt:$clients" >/dev/null
bench sign --url "$url1" --group "B:b.head:$out/run1.txt:$clients" --server-pid "$pid1"

port2=$(free_port)
start_api "$port2" "$out/2" Register__Connection="$db"
pids+=("$server"); pid2=$server
await_api "$port2" "$out/2"
url2="http://127.0.0.1:$port2"
bench sign --url "$url2" --group "warm-up:b.head:$out/warm2.txt:$clients" >/dev/null

echo "run 2 (two processes, one office) at $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
bench sign --url "$url1" --url "$url2" --group "B:b.head:$out/run2.txt:$clients" --server-pid "$pid1" --server-pid "$pid2"

echo "run 3 (two processes, two offices) at $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
bench sign --url "$url1" --url "$url2" --group "A:a.deputy:$out/a.txt:$half" --group "B:b.head:$out/run3b.txt:$half" --server-pid "$pid1" --server-pid "$pid2"

# Numbers unique and gapless per office and printed year, the counter at the last one.
psql "$psql_url" -qAt -c "SET search_path = $schema" -c "
  SELECT office_code || ': ' || COUNT(*) || ' acts, numbers ' || MIN(sequence) || '..' || MAX(sequence) || ', ' || COUNT(DISTINCT sequence) || ' distinct, counter '
         || (SELECT MAX(last_sequence) FROM number_sequences s WHERE s.office_code = a.office_code)
         || CASE WHEN COUNT(*) = COUNT(DISTINCT sequence) AND MIN(sequence) = 1 AND MAX(sequence) = COUNT(*) THEN ' (gapless)' ELSE ' (NOT GAPLESS)' END
  FROM issued_acts a GROUP BY office_code ORDER BY office_code"
dotnet build -c Release -v quiet -nologo src/Cli/Supervision.Cli.csproj >/dev/null
dotnet src/Cli/bin/Release/net10.0/supervision.dll audit verify --db "$db" >"$out/verify.txt"
head -1 "$out/verify.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); servers' logs: $out/1/server.log, $out/2/server.log"
