#!/usr/bin/env bash
# Issue 16, point 9: publishes the service as docs/deploy.md does (self-contained, linux-x64), starts the
# published folder on a free loopback port with a data folder of its own, and checks that it is ready
# (/health/ready 200) and renders a PDF that pdftotext reads back. Not part of the unit tests (a publish takes
# minutes on two shared cores); .ci/run runs it once.
#
#   bash bench/deploy-smoke.sh [OUT]     OUT: where to publish (default: a temporary folder, removed after)
set -euo pipefail
cd "$(dirname "$0")/.."

keep=${1:-}
out=${1:-$(mktemp -d -t supervision-publish-XXXXXX)}
work=$(mktemp -d -t supervision-deploy-XXXXXX)
server=
cleanup() {
  if [[ -n $server ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
  if [[ -z $keep ]]; then rm -rf "$out"; fi
}
trap cleanup EXIT

echo "publishing to $out"
dotnet publish src/Api -c Release -r linux-x64 --self-contained -o "$out" -nologo -v quiet

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
# As the systemd unit of docs/deploy.md runs it: the published executable, from its folder, no SDK involved.
( cd "$out" && exec env -u DOTNET_ROOT ASPNETCORE_URLS="http://127.0.0.1:$port" SUPERVISION_DATA="$work/data" \
    ./Supervision.Api >"$work/server.log" 2>&1 ) &
server=$!

ready=
for _ in $(seq 1 300); do
  if curl -fs "http://127.0.0.1:$port/health/ready" -o "$work/ready.json"; then ready=1; break; fi
  sleep 0.2
done
if [[ -z $ready ]]; then
  echo "the published service did not become ready on port $port; its answer and log:" >&2
  curl -s "http://127.0.0.1:$port/health/ready" >&2 || true
  cat "$work/server.log" >&2
  exit 1
fi
echo "ready: $(cat "$work/ready.json")"

curl -s --fail-with-body -X POST "http://127.0.0.1:$port/api/acts/render?format=pdf" \
  -H 'Content-Type: application/json' --data-binary @examples/order.kk.json -o "$work/order.pdf"
pdftotext "$work/order.pdf" "$work/order.txt"
grep -q 'ҰЙҒАРЫМ' "$work/order.txt" || { echo "the PDF does not read back as an order:" >&2; head -20 "$work/order.txt" >&2; exit 1; }
[[ -f "$work/data/supervision.db" ]] || { echo "the register is not in the data folder $work/data" >&2; exit 1; }
echo "the published folder ($(du -sh "$out" | cut -f1)) serves: ready, and a PDF order that reads back; register in $work/data"
