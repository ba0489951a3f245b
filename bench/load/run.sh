#!/usr/bin/env bash
# Load run of the render API: builds it in Release, starts it on 127.0.0.1:$PORT, posts one example act
# from 16 concurrent clients for 60 s, and prints throughput, p50/p99 latency, errors and the server's
# peak resident memory (sampled with `ps -o rss=` every 0.2 s). Stops the server it started, by its PID.
#
#   bench/load/run.sh [FORMAT] [EXAMPLE] [SECONDS] [CLIENTS] [RATE]
#   bench/load/run.sh docx order.kk 60 16          # closed loop: as fast as the service answers
#   bench/load/run.sh docx order.kk 60 16 300      # open loop: 300 requests/s, latency at that load
#   bench/load/run.sh pdf  instruction.ru
set -euo pipefail
cd "$(dirname "$0")/../.."

format=${1:-docx}
example=${2:-instruction.kk}
seconds=${3:-60}
clients=${4:-16}
rate=${5:-0}
port=${PORT:-5090}
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build -c Release -v quiet -nologo src/Api/Supervision.Api.csproj >/dev/null
dotnet build -c Release -v quiet -nologo bench/load/LoadClient/Supervision.LoadClient.csproj >/dev/null

# The service as it runs in production: Production environment, request logs on (to a file).
. bench/lib/api.sh
start_api "$port" "$out"
trap 'kill "$server" 2>/dev/null || true' EXIT
await_api "$port" "$out"

# Peak memory: the server's resident set size, sampled until it exits.
( while kill -0 "$server" 2>/dev/null; do ps -o rss= -p "$server" >>"$out/rss.txt" || true; sleep 0.2; done ) &
sampler=$!

status=0
dotnet bench/load/LoadClient/bin/Release/net10.0/Supervision.LoadClient.dll \
  --url "http://127.0.0.1:$port/api/acts/render?format=$format" \
  --body "examples/$example.json" --concurrency "$clients" --duration "$seconds" --warmup 5 --rate "$rate" || status=$?

kill "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
peak=$(sort -n "$out/rss.txt" | tail -1)
echo "peak memory: $((peak / 1024)) MiB resident (ps -o rss, sampled every 0.2 s; samples in $out/rss.txt)"
echo "server log: $out/server.log ($(grep -c 'RequestLogMiddleware' "$out/server.log" || true) request lines)"
exit "$status"
