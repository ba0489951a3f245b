#!/usr/bin/env bash
# Issuing under load, through the API as signatories sign: prepares a fresh register (SQLite file, or a
# schema of its own on the PostgreSQL server named by SUPERVISION_TEST_POSTGRES) with submitted drafts,
# starts the API on 127.0.0.1:$PORT in Release, then
#   warm-up: acts signed and not counted, in rounds, until the runtime's compilers in the server and in the
#            client have been quiet for two rounds (at most WARMUP acts; the client's own process);
#   run 1: CLIENTS sessions of office B's signatory sign ACTS normal acts (the example instruction);
#   run 2: one session of office A's signatory signs HUGE acts of about 200 pages, one after another,
#          while CLIENTS-1 sessions of office B sign normal acts: B's latency beside run 1's.
# Prints throughput and p50/p90/p99/max per group, the date and the load average. Stops the server it
# started, by its PID, and drops the schema it made.
#
#   bench/issuing/run.sh [sqlite|postgres] [ACTS] [CLIENTS] [HUGE]   (HUGE 0: run 1 only)
set -euo pipefail
cd "$(dirname "$0")/../.."

provider=${1:-sqlite}
acts=${2:-4000}
clients=${3:-16}
huge=${4:-3}
port=${PORT:-5091}
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
# One audit key for the benchmark's program and the server it starts (the service and the register library
# read the same setting): on PostgreSQL the default key file lies in each one's working folder.
export Register__AuditKeyFile="${Register__AuditKeyFile:-$out/audit.key}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# A failed build shows its output (it went unseen before, and the script ended without a word).
for project in src/Api/Supervision.Api.csproj bench/issuing/IssueBench/Supervision.IssueBench.csproj; do
  dotnet build -c Release -v quiet -nologo "$project" >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 2; }
done
bench() { dotnet bench/issuing/IssueBench/bin/Release/net10.0/Supervision.IssueBench.dll "$@"; }

schema=""
if [ "$provider" = postgres ]; then
  server=${SUPERVISION_TEST_POSTGRES:?set SUPERVISION_TEST_POSTGRES (bash .ci/postgres.sh)}
  schema="bench_issuing_$$"
  psql_url=$(echo "$server" | sed -E 's/Host=([^;]*);Port=([^;]*);Database=([^;]*);Username=([^;]*);Password=([^;]*).*/postgresql:\/\/\4:\5@\1:\2\/\3/')
  psql "$psql_url" -qc "CREATE SCHEMA $schema"
  # What the figures were measured on: PostgreSQL's defaults stall every writer now and then (bench/lib/postgres-server.sh).
  echo "server: $(psql "$psql_url" -qAtc "select string_agg(name || '=' || current_setting(name), ' ' order by name) from pg_settings where name in ('shared_buffers','max_wal_size','min_wal_size','checkpoint_timeout','wal_compression')") vm.dirty_background_bytes=$(cat /proc/sys/vm/dirty_background_bytes)"
  ready=$(psql "$psql_url" -qAtc "select count(*) from pg_ls_waldir() where name > pg_walfile_name(pg_current_wal_lsn())" 2>/dev/null || echo "unknown (the role lacks pg_monitor)")
  echo "WAL files ready for reuse: $ready (16 MB each; a full run uses about 70, and each one created instead holds every commit up for some 50 ms)"
  db="$server;Search Path=$schema"
else
  db="$out/register-$$.db"  # a file of its own: OUT may hold an earlier run's register
fi

cleanup() {
  [ -n "${api:-}" ] && kill "$api" 2>/dev/null || true
  [ -n "$schema" ] && psql "$psql_url" -qc "SET client_min_messages = warning; DROP SCHEMA $schema CASCADE" || true
}
trap cleanup EXIT

# WARMUP: the most acts run 1's warm-up may sign; run 2's client (a new process, the server already warm) gets half as many.
warmup=${WARMUP:-6000}
warmup2=$((warmup / 2))
second=$acts
[ "$huge" -gt 0 ] || { warmup2=0; second=0; }
echo "setup: $((warmup + warmup2 + acts + second)) normal drafts of office B, $huge huge drafts of office A ($provider)"
bench setup --db "$db" --examples examples --out "$out" --b "$((warmup + warmup2 + acts + second))" --huge "$huge"
. bench/lib/slice.sh
slice "$out/b.txt" 0 "$warmup" >"$out/b0.txt"
slice "$out/b.txt" "$warmup" "$acts" >"$out/b1.txt"
slice "$out/b.txt" "$((warmup + acts))" "$second" >"$out/b2.txt"
slice "$out/b.txt" "$((warmup + acts + second))" >"$out/b3.txt"

. bench/lib/api.sh
# SERVER_ENV: extra NAME=VALUE words for the server only (a profile: DOTNET_PerfMapEnabled=1, DOTNET_JitStdOutFile=…)
# shellcheck disable=SC2086
start_api "$port" "$out" Register__Connection="$db" ${SERVER_ENV:-}
api=$server
await_api "$port" "$out"

url="http://127.0.0.1:$port"
echo "run 1 at $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
# The server's CPU time per act (user + system, from /proc, counted once the sessions are signed in): it does not
# depend on the machine's other load as wall-clock figures do.
bench sign --url "$url" --warmup "b.head:$out/b0.txt:$clients" --group "B:b.head:$out/b1.txt:$clients" --server-pid "$api" --trace "$out/run1.txt"
# HUGE=0: run 1 alone (comparing two builds or settings, where run 2 only doubles the time).
if [ "$huge" -gt 0 ]; then
  echo "run 2 at $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  bench sign --url "$url" --warmup "b.head:$out/b3.txt:$clients" --server-pid "$api" --group "A-huge:a.deputy:$out/huge.txt:1" --group "B:b.head:$out/b2.txt:$((clients - 1))" --trace "$out/run2.txt"
  bench pages --db "$db" --number 2-11-25/1
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); server log: $out/server.log"
