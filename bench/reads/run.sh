#!/usr/bin/env bash
# Reads in bounded memory: builds a register of ACTS acts through the real issuing path (once; kept in $DB),
# starts the API on 127.0.0.1:$PORT over it, and has CLIENTS signed-in clients read it for SECONDS: the
# control lists, their far pages, the control page, the list and the indicators ("control"), GET
# /api/audit/verify alone ("verify"), or both in one round ("both"). Prints throughput and latency per path
# and the server's peak resident memory (ps -o rss every 0.2 s, warm-up included). Stops the server it
# started, by its PID.
#
#   bench/reads/run.sh [MIX] [SECONDS] [CLIENTS]        # MIX: control (default), verify, both
#   ACTS=10000 DB=/tmp/supervision-reads/supervision.db PORT=5197 bench/reads/run.sh both 60 16
#   HEAP_LIMIT=0xC0000000 bench/reads/run.sh both       # cap the server's GC heap (here 3 GiB), e.g. while verify is not streaming
set -euo pipefail
cd "$(dirname "$0")/../.."

mix=${1:-control}
seconds=${2:-60}
clients=${3:-16}
acts=${ACTS:-10000}
port=${PORT:-5197}
db=${DB:-/tmp/supervision-reads/supervision.db}
out=${OUT:-$(mktemp -d)}
mkdir -p "$out" "$(dirname "$db")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build -c Release -v quiet -nologo src/Api/Supervision.Api.csproj >/dev/null
dotnet build -c Release -v quiet -nologo bench/reads/ReadsBench/Supervision.ReadsBench.csproj >/dev/null
bench=bench/reads/ReadsBench/bin/Release/net10.0/Supervision.ReadsBench.dll

if [ ! -f "$db" ]; then
  # Issued in memory-backed storage (every act is a committed transaction: on disk the fsyncs, not the
  # issuing, would set the pace), then moved to $DB with its WAL, if one is left.
  seed=$(mktemp -d /dev/shm/supervision-reads.XXXXXX)
  dotnet "$bench" seed --db "$seed/supervision.db" --acts "$acts" --examples examples
  for file in "$seed"/supervision.db*; do mv "$file" "$db${file#"$seed"/supervision.db}"; done
  rm -rf "$seed"
fi

echo "register: $db ($(du -h "$db" | cut -f1)); $(date -u '+%Y-%m-%d %H:%M UTC'); load average$(uptime | sed 's/.*load average//')"

if curl -s -o /dev/null "http://127.0.0.1:$port/health"; then
  echo "something already answers on port $port: give another with PORT=" >&2
  exit 2
fi

. bench/lib/api.sh
start_api "$port" "$out" Register__Connection="$db" ${HEAP_LIMIT:+DOTNET_GCHeapHardLimit=$HEAP_LIMIT}
trap 'kill "$server" 2>/dev/null || true' EXIT
await_api "$port" "$out"

( while kill -0 "$server" 2>/dev/null; do ps -o rss= -p "$server" >>"$out/rss.txt" || true; sleep 0.2; done ) &
sampler=$!

status=0
dotnet "$bench" load --base "http://127.0.0.1:$port" --mix "$mix" --clients "$clients" --seconds "$seconds" --warmup 5 || status=$?

kill "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
peak=$(sort -n "$out/rss.txt" | tail -1)
echo "peak memory: $((peak / 1024)) MiB resident (ps -o rss, sampled every 0.2 s; samples in $out/rss.txt)"
echo "load average after the run$(uptime | sed 's/.*load average//')"
exit "$status"
